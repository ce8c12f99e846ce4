import { describe, expect, it } from 'vitest';
import { mockFollowUpIndex } from '#shared/progress/mock-follow-ups.js';

describe('follow-ups in a mock interview', () => {
  it('come after every second answer, taking the question’s follow-ups in turn', () => {
    const some = { followUpQuestions: 'some' as const };
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((position) => mockFollowUpIndex(some, position, 2))).toEqual([null, 0, null, 1, null, 0, null, 1]);
  });

  it('never when none were chosen, the session is from before follow-ups were asked, or the question has none', () => {
    expect(mockFollowUpIndex({ followUpQuestions: 'none' }, 1, 3)).toBeNull();
    expect(mockFollowUpIndex({}, 1, 3)).toBeNull();
    expect(mockFollowUpIndex({ followUpQuestions: 'some' }, 1, 0)).toBeNull();
  });
});
