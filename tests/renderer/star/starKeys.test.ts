import { describe, expect, it } from 'vitest';
import { starPartForKey } from '#renderer/star/starKeys.js';
import { SHORTCUTS } from '#renderer/lib/shortcuts.js';

describe('STAR keys', () => {
  it('are Shift and the part’s initial, whatever Caps Lock says', () => {
    expect(starPartForKey({ key: 'S', shiftKey: true })).toBe('situation');
    expect(starPartForKey({ key: 't', shiftKey: true })).toBe('task');
    expect(starPartForKey({ key: 'A', shiftKey: true })).toBe('action');
    expect(starPartForKey({ key: 'R', shiftKey: true })).toBe('result');
  });

  it('leave plain letters (record, skip) and other shifted keys alone', () => {
    expect(starPartForKey({ key: 'r', shiftKey: false })).toBeNull();
    expect(starPartForKey({ key: 'R', shiftKey: false })).toBeNull(); // Caps Lock on: still "record"
    expect(starPartForKey({ key: 'P', shiftKey: true })).toBeNull();
    expect(starPartForKey({ key: '?', shiftKey: true })).toBeNull();
  });

  it('are listed in the help panel', () => {
    expect(SHORTCUTS.some((s) => s.keys.join('+') === 'Shift+S T A R' && s.action.includes('Situation, Task, Action or Result'))).toBe(
      true,
    );
  });
});
