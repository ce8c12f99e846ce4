import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveInside } from '#electron/core/security/confine.js';

const root = path.resolve('/data/recordings');

describe('resolveInside', () => {
  it('resolves plain names inside the root', () => {
    expect(resolveInside(root, 'a.webm')).toBe(path.join(root, 'a.webm'));
    expect(resolveInside(root, '/assets/x.js')).toBe(path.join(root, 'assets', 'x.js'));
  });

  it.each(['../x', 'a/../../x', '..', '', '/', 'a\0b', 'C:/Windows', '..\\x', '../recordings-evil/a'])('refuses %j', (bad) => {
    expect(resolveInside(root, bad)).toBeNull();
  });

  it('never returns a path outside the root, whatever it is given', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('..', '.', 'a', '/', '\\', '\0', 'recordings-evil', '%2e', 'b.webm')), (parts) => {
        const result = resolveInside(root, parts.join(''));
        if (result !== null) {
          const rel = path.relative(root, result);
          expect(rel.startsWith('..') || path.isAbsolute(rel) || rel === '').toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
