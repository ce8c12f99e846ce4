import { describe, expect, it } from 'vitest';
import { checkForm, emptyForm, firstInvalid, formFromQuestion, type QuestionForm } from '#renderer/questions/custom/questionForm.js';
import { builtInLibrary } from '#tests/electron/services/questions/support.js';

const filled = (patch: Partial<QuestionForm> = {}): QuestionForm => ({
  ...emptyForm('ehr-technology'),
  text: '  Tell me about learning athenahealth.  ',
  criteriaIds: ['ehr-technology'],
  ...patch,
});

describe('the question form', () => {
  it('names every missing required part, in the order they appear', async () => {
    const { errors, draft } = checkForm(emptyForm(), await builtInLibrary());
    expect(draft).toBeNull();
    expect(errors).toEqual({
      text: 'Write the question as the interviewer would ask it.',
      categoryId: 'Choose the category it belongs to.',
      criteriaIds: 'Tick at least one thing to judge your answer by.',
    });
    expect(firstInvalid(errors)).toBe('text');
  });

  it('leaves empty optional fields out, so main fills its defaults, and trims what was typed', async () => {
    const { errors, draft } = checkForm(filled({ followUps: ['', '  Which module?  ', ''] }), await builtInLibrary());
    expect(errors).toEqual({});
    expect(draft).toEqual({
      text: 'Tell me about learning athenahealth.',
      categoryId: 'ehr-technology',
      criteriaIds: ['ehr-technology'],
      listenFor: undefined,
      starHint: undefined,
      followUps: ['Which module?'],
      difficulty: 'medium',
    });
  });

  it('says how long is too long, under "More" too', async () => {
    const { errors } = checkForm(filled({ text: 'x'.repeat(501), followUps: ['', 'y'.repeat(301), ''] }), await builtInLibrary());
    expect(errors).toEqual({ text: 'Keep it to 500 characters (it has 501).', followUps: 'Keep it to 300 characters (it has 301).' });
  });

  it('opens an existing question with what it has, follow-ups padded to three boxes', async () => {
    const question = (await builtInLibrary()).questions[0]!;
    const form = formFromQuestion(question);
    expect(form.followUps).toHaveLength(3);
    expect(form.followUps[0]).toBe(question.followUps[0]);
    expect(checkForm(form, await builtInLibrary()).errors).toEqual({});
  });
});

describe('must-haves on your own question', () => {
  it('sends the lines typed, trimmed, and leaves them out when empty', async () => {
    const { draft } = checkForm(filled({ mustHaves: ['  Name the EHR you used ', ''] }), await builtInLibrary());
    expect(draft?.mustHaves).toEqual(['Name the EHR you used']);
    expect(checkForm(filled(), await builtInLibrary()).draft?.mustHaves).toBeUndefined();
  });

  it('says when one is too long, and opens the form with a question’s must-haves', async () => {
    const { errors } = checkForm(filled({ mustHaves: ['x'.repeat(161), ''] }), await builtInLibrary());
    expect(errors.mustHaves).toBe('Keep it to 160 characters (it has 161).');
    const question = (await builtInLibrary()).questions.find((q) => q.id === 'interpreter-not-booked')!;
    expect(formFromQuestion(question).mustHaves[0]).toMatch(/^A qualified interpreter/);
  });
});
