import { describe, expect, it } from 'vitest';
import { contentWords, findNearDuplicates, NEAR_DUPLICATE_THRESHOLD, wordOverlap } from '#shared/content/near-duplicates.js';

describe('near-duplicate questions', () => {
  it('ignores the frames every question uses and matches word forms', () => {
    expect([...contentWords('Tell me about a time you scheduled patients for several departments.')].sort()).toEqual([
      'department',
      'schedul',
      'several',
    ]);
    expect(wordOverlap('Tell me about a time you ...', 'Describe a time when you ...')).toBe(0);
  });

  it('flags a reworded question above the threshold and leaves different ones alone', () => {
    const questions = [
      { id: 'resolved-conflict', text: 'Tell me about a time you resolved a conflict with an angry patient.' },
      { id: 'conflict-again', text: 'Describe a time when you resolved a conflict with an angry family member.' },
      { id: 'billing', text: 'How would you handle a patient who is upset about a billing error?' },
    ];
    const found = findNearDuplicates(questions);
    expect(found).toEqual([{ first: 0, second: 1, similarity: expect.any(Number) }]);
    expect(found[0]!.similarity).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
  });

  it('lets an allowed pair through, in either order', () => {
    const questions = [
      { id: 'a', text: 'Which scheduling systems have you used?' },
      { id: 'b', text: 'Which scheduling systems have you used most?' },
    ];
    expect(findNearDuplicates(questions)).toHaveLength(1);
    expect(findNearDuplicates(questions, NEAR_DUPLICATE_THRESHOLD, [['b', 'a', 'one asks for the main one']])).toEqual([]);
  });

  it('uses the threshold given', () => {
    const questions = [
      { id: 'a', text: 'How do you verify insurance coverage?' },
      { id: 'b', text: 'How do you explain insurance coverage to a patient?' },
    ];
    expect(findNearDuplicates(questions, 0.9)).toEqual([]);
    expect(findNearDuplicates(questions, 0.3)).toHaveLength(1);
  });
});
