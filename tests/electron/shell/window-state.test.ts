import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, boundsToRestore } from '#electron/shell/window-state.js';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const external = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('boundsToRestore', () => {
  it('restores saved bounds that are on a display', () => {
    expect(boundsToRestore({ x: 100, y: 50, width: 1000, height: 700, maximized: false }, [laptop])).toEqual({
      bounds: { x: 100, y: 50, width: 1000, height: 700 },
      maximized: false,
    });
  });

  it('keeps the size but lets the OS place a window whose monitor is gone', () => {
    expect(boundsToRestore({ x: 2000, y: 100, width: 1000, height: 700, maximized: true }, [laptop])).toEqual({
      bounds: { width: 1000, height: 700 },
      maximized: true,
    });
    expect(boundsToRestore({ x: 2000, y: 100, width: 1000, height: 700, maximized: false }, [laptop, external]).bounds).toMatchObject({
      x: 2000,
    });
  });

  it('falls back to the default for missing or malformed state', () => {
    for (const saved of [undefined, null, 'x', { x: 1 }, { x: 0, y: 0, width: 10, height: 10, maximized: false }]) {
      expect(boundsToRestore(saved, [laptop])).toEqual({ bounds: DEFAULT_SIZE, maximized: false });
    }
  });
});
