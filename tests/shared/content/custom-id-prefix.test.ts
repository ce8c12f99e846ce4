import { describe, expect, it } from 'vitest';
import { validateContent } from '#shared/content/validate.js';

const files = (questionId: string) => [
  { file: 'criteria.json', data: [{ id: 'star', label: 'STAR', meaning: 'm', listenFor: 'l', guideSection: 'g', guideQuote: 'q' }] },
  { file: 'categories.json', data: [{ id: 'opening', label: 'Opening', description: 'd', interviewStage: 'opening' }] },
  { file: 'checklists.json', data: [{ id: 'before', title: 'Before', items: [{ id: 'research', text: 'Research', source: 'coaching' }] }] },
  {
    file: 'questions/opening.json',
    data: [{ id: questionId, text: 'Why us?', categoryId: 'opening', criteriaIds: ['star'], listenFor: 'l', starHint: 's', followUps: ['f'], difficulty: 'easy', answerType: 'behavioral' }],
  },
];

describe('built-in question ids', () => {
  it('may not start with "custom-", which is kept for the user’s own questions', () => {
    expect(validateContent(files('custom-why-us'))).toEqual({
      ok: false,
      errors: [{ file: 'questions/opening.json', path: 'questions[0].id', message: 'ids starting with "custom-" are kept for your own questions' }],
    });
    expect(validateContent(files('customer-service')).ok).toBe(true);
  });
});
