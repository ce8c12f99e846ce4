import { describe, expect, it } from 'vitest';
import { contentOf } from '#electron/services/imports/import-questions.js';
import { completeDraft, mustHavesFrom } from '#electron/services/questions/defaults.js';
import { builtInLibrary } from './support.js';

describe('must-haves on custom questions', () => {
  it('get ids from their words, cut between words, unique within the question', () => {
    expect(mustHavesFrom(['Name the system and how fast I learned it'])[0]!.id).toBe('name-the-system-and-how-fast-i-learned');
    expect(mustHavesFrom(['Ask for photo ID & the insurance card', '  ', 'ask for photo ID, the insurance card!', '¿?'])).toEqual([
      { id: 'ask-for-photo-id-the-insurance-card', text: 'Ask for photo ID & the insurance card' },
      { id: 'ask-for-photo-id-the-insurance-card-2', text: 'ask for photo ID, the insurance card!' },
      { id: 'point', text: '¿?' },
    ]);
  });

  it('are kept with the question when given, and left out when not, so older questions keep their bytes', async () => {
    const { criteria } = await builtInLibrary();
    const draft = { text: 'How would you register a walk-in?', categoryId: 'scheduling-patient-flow', criteriaIds: ['accuracy'] };
    const plain = completeDraft(draft, criteria);
    expect(plain).not.toHaveProperty('mustHaves');
    const withPoints = completeDraft({ ...draft, mustHaves: ['Two identifiers'] }, criteria);
    expect(withPoints.mustHaves).toEqual([{ id: 'two-identifiers', text: 'Two identifiers' }]);
    expect(Object.keys(contentOf({ id: 'custom-1', ...plain }))).not.toContain('mustHaves');
    expect(contentOf({ id: 'custom-1', ...withPoints }).mustHaves).toEqual(withPoints.mustHaves);
  });
});
