import { describe, expect, it } from 'vitest';
import { createPeakBlocks } from '#renderer/recording/peakBlocks.js';

// Values a Float32Array holds exactly, so the peaks compare equal.
describe('createPeakBlocks', () => {
  it('keeps the loudest sample of each block, whatever length the quanta come in', () => {
    const blocks = createPeakBlocks(4);
    blocks.add([Float32Array.from([0.125, -0.5, 0.25])]);
    blocks.add([Float32Array.from([0.375, 0, 0.0625, -0.875, 0.25, 0.125])]);
    blocks.add([Float32Array.from([0.4375])]);
    expect(blocks.finish()).toEqual({ peaks: [0.5, 0.875, 0.4375], samples: 10 });
  });

  it('listens to every channel', () => {
    const blocks = createPeakBlocks(2);
    blocks.add([Float32Array.from([0.125, 0.125, 0.25, 0.125]), Float32Array.from([0, 0.75, 0, 0.375])]);
    expect(blocks.finish()).toEqual({ peaks: [0.75, 0.375], samples: 4 });
  });

  it('has nothing before any audio, and ignores an input with no channels', () => {
    const blocks = createPeakBlocks(128);
    blocks.add([]);
    expect(blocks.finish()).toEqual({ peaks: [], samples: 0 });
  });
});
