import { describe, expect, it } from 'vitest';
import { formatPath, validateContent, type ContentFile } from '#shared/content/validate.js';

const criterion = (id: string) => ({
  id,
  label: `Label ${id}`,
  meaning: 'What it means.',
  listenFor: 'What to listen for.',
  guideSection: 'Some section',
  guideQuote: 'Words from the guide',
});
const category = (id: string, interviewStage = 'behavioral') => ({
  id,
  label: `Label ${id}`,
  description: 'What it covers.',
  interviewStage,
});
const question = (id: string, categoryId: string, overrides: Record<string, unknown> = {}) => ({
  id,
  text: `Question ${id}?`,
  categoryId,
  criteriaIds: ['star'],
  listenFor: 'Listen for this.',
  starHint: 'Situation, task, action, result.',
  followUps: ['And then?'],
  difficulty: 'medium',
  answerType: 'behavioral',
  ...overrides,
});
const checklist = {
  id: 'before',
  title: 'Before the interview',
  items: [{ id: 'research', text: 'Research the facility', source: 'coaching' }],
};

/** A small library that passes; each test breaks one thing in it. */
function goodFiles(): ContentFile[] {
  return [
    { file: 'criteria.json', data: [criterion('star'), criterion('empathy')] },
    { file: 'categories.json', data: [category('opening', 'opening'), category('billing', 'role')] },
    { file: 'checklists.json', data: [checklist] },
    { file: 'questions/billing.json', data: [question('billing-error', 'billing', { text: 'How would you handle a billing error?' })] },
    {
      file: 'questions/opening.json',
      data: [question('about-you', 'opening', { text: 'Tell me about yourself.' }), question('why-us', 'opening', { text: 'Why this job?' })],
    },
  ];
}

/** Replaces the data of one file. */
function withFile(file: string, data: unknown, files = goodFiles()): ContentFile[] {
  return files.map((f) => (f.file === file ? { file, data } : f));
}

function errorsOf(files: ContentFile[]) {
  const result = validateContent(files);
  if (result.ok) throw new Error('expected validation to fail');
  return result.errors;
}

describe('validateContent', () => {
  it('accepts good content, marks built-in questions as not custom and orders them by category', () => {
    const result = validateContent(goodFiles());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.library.criteria.map((c) => c.id)).toEqual(['star', 'empathy']);
    expect(result.library.questions.map((q) => q.id)).toEqual(['about-you', 'why-us', 'billing-error']);
    expect(result.library.questions.every((q) => q.custom === false)).toBe(true);
    expect(result.library.checklists[0]?.items[0]?.id).toBe('research');
  });

  it('reports a file that could not be parsed, by file name', () => {
    const files = goodFiles().map((f) =>
      f.file === 'categories.json' ? { file: f.file, parseError: 'not valid JSON: Unexpected end' } : f,
    );
    expect(errorsOf(files)).toEqual([{ file: 'categories.json', path: '', message: 'not valid JSON: Unexpected end' }]);
  });

  it('reports a required file that is missing', () => {
    const files = goodFiles().filter((f) => f.file !== 'checklists.json');
    expect(errorsOf(files)).toEqual([{ file: 'checklists.json', path: '', message: 'file is missing' }]);
  });

  it('reports a file that is not an array', () => {
    expect(errorsOf(withFile('criteria.json', { star: {} }))).toEqual([
      { file: 'criteria.json', path: 'criteria', message: 'must be a JSON array' },
    ]);
  });

  it('maps schema problems to the file and the JSON path inside it', () => {
    const bad = question('about-you', 'opening', { criteriaIds: ['star', 7], difficulty: 'impossible' });
    delete (bad as Partial<typeof bad>).listenFor;
    const errors = errorsOf(withFile('questions/opening.json', [question('why-us', 'opening'), bad]));
    expect(errors.map((e) => [e.file, e.path])).toEqual([
      ['questions/opening.json', 'questions[1].criteriaIds[1]'],
      ['questions/opening.json', 'questions[1].listenFor'],
      ['questions/opening.json', 'questions[1].difficulty'],
    ]);
  });

  it('reports an id that is not a slug', () => {
    const errors = errorsOf(withFile('categories.json', [category('opening', 'opening'), category('Billing Desk')]));
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'categories.json', path: 'categories[1].id', message: expect.stringContaining('slug') }),
    );
  });

  it('reports empty and whitespace-only text', () => {
    const errors = errorsOf(
      withFile('questions/billing.json', [question('billing-error', 'billing', { text: '   ', followUps: [''] })]),
    );
    expect(errors).toEqual([
      { file: 'questions/billing.json', path: 'questions[0].text', message: 'must not be empty' },
      { file: 'questions/billing.json', path: 'questions[0].followUps[0]', message: 'must not be empty' },
    ]);
  });

  it('reports empty text in a checklist item', () => {
    const errors = errorsOf(withFile('checklists.json', [{ ...checklist, items: [{ id: 'research', text: '' }] }]));
    expect(errors).toEqual([{ file: 'checklists.json', path: 'checklists[0].items[0].text', message: 'must not be empty' }]);
  });

  it('reports an unknown field by its own path, since it is usually a typo', () => {
    const errors = errorsOf(withFile('questions/billing.json', [{ ...question('billing-error', 'billing'), followups: ['x'] }]));
    expect(errors).toEqual([{ file: 'questions/billing.json', path: 'questions[0].followups', message: 'unknown field "followups"' }]);
  });

  it('reports a question naming an unknown criterion', () => {
    const errors = errorsOf(
      withFile('questions/opening.json', [question('about-you', 'opening', { criteriaIds: ['star', 'charisma'] })]),
    );
    expect(errors).toEqual([
      { file: 'questions/opening.json', path: 'questions[0].criteriaIds[1]', message: 'unknown criterion "charisma"' },
    ]);
  });

  it('reports a question naming an unknown category', () => {
    const files = [...goodFiles(), { file: 'questions/ghosts.json', data: [question('boo', 'ghosts')] }];
    expect(errorsOf(files)).toEqual([
      { file: 'questions/ghosts.json', path: 'questions[0].categoryId', message: 'unknown category "ghosts"' },
    ]);
  });

  it('reports a question filed under another category than its own', () => {
    const errors = errorsOf(withFile('questions/billing.json', [question('billing-error', 'opening')]));
    expect(errors).toEqual([
      {
        file: 'questions/billing.json',
        path: 'questions[0].categoryId',
        message: '"opening" does not match the file\'s category "billing"',
      },
    ]);
  });

  it('reports a question id used twice across files, pointing at both places', () => {
    const errors = errorsOf(withFile('questions/billing.json', [question('why-us', 'billing', { text: 'Other text?' })]));
    expect(errors).toEqual([
      {
        file: 'questions/opening.json',
        path: 'questions[1].id',
        message: 'duplicate question id (also at questions/billing.json: questions[0])',
      },
    ]);
  });

  it('reports the same question text twice, ignoring case and spacing', () => {
    const errors = errorsOf(
      withFile('questions/billing.json', [question('billing-error', 'billing', { text: 'tell me  ABOUT yourself' })]),
    );
    expect(errors).toEqual([
      expect.objectContaining({ file: 'questions/opening.json', path: 'questions[0].text' }),
    ]);
  });

  it('reports duplicate criterion, category and checklist item ids', () => {
    let files = withFile('criteria.json', [criterion('star'), criterion('star')]);
    files = withFile('categories.json', [category('opening'), category('billing'), category('opening')], files);
    files = withFile('checklists.json', [{ ...checklist, items: [...checklist.items, { id: 'research', text: 'Again', source: 'coaching' }] }], files);
    expect(errorsOf(files).map((e) => [e.file, e.path, e.message.split(' (')[0]])).toEqual([
      ['criteria.json', 'criteria[1].id', 'duplicate criterion id'],
      ['categories.json', 'categories[2].id', 'duplicate category id'],
      ['checklists.json', 'checklists[0].items[1].id', 'duplicate checklist item id'],
    ]);
  });

  it('does not pile "unknown criterion" errors on top of a broken criteria file', () => {
    const files = goodFiles().map((f) => (f.file === 'criteria.json' ? { file: f.file, parseError: 'not valid JSON' } : f));
    expect(errorsOf(files).map((e) => e.file)).toEqual(['criteria.json']);
  });

  it('reports a content folder without question files', () => {
    const files = goodFiles().filter((f) => !f.file.startsWith('questions/'));
    expect(errorsOf(files)).toEqual([
      { file: 'questions/', path: '', message: expect.stringContaining('no question files') },
    ]);
  });

  it('reports a question file outside the naming rule and a file that is not content', () => {
    const files = [
      ...goodFiles(),
      { file: 'questions/extra/deep.json', data: [] },
      { file: 'notes.json', data: [] },
    ];
    expect(errorsOf(files).map((e) => e.file)).toEqual(['questions/extra/deep.json', 'notes.json']);
  });

  it('collects every error instead of stopping at the first', () => {
    let files = withFile('questions/billing.json', [question('billing-error', 'billing', { criteriaIds: ['star', 'nope'] })]);
    files = withFile('questions/opening.json', [question('about-you', 'opening', { text: '' })], files);
    expect(errorsOf(files)).toHaveLength(2);
  });
});

describe('validateContent: what makes the bank good to rehearse with', () => {
  it('requires a built-in question to say how it is answered', () => {
    const bad = question('about-you', 'opening', { text: 'Tell me about yourself.' });
    delete (bad as Partial<typeof bad>).answerType;
    expect(errorsOf(withFile('questions/opening.json', [bad]))).toEqual([
      expect.objectContaining({ file: 'questions/opening.json', path: 'questions[0].answerType' }),
    ]);
  });

  it('keeps STAR to behavioral questions, and behavioral questions to STAR', () => {
    const files = withFile('questions/opening.json', [
      question('about-you', 'opening', { text: 'Tell me about yourself.', answerType: 'general' }),
      question('why-us', 'opening', { text: 'Tell me about a time you helped someone.', criteriaIds: ['empathy'] }),
    ]);
    expect(errorsOf(files)).toEqual([
      { file: 'questions/opening.json', path: 'questions[0].criteriaIds', message: '"star" only fits behavioral questions, not general ones' },
      { file: 'questions/opening.json', path: 'questions[1].criteriaIds', message: 'a behavioral question is judged on "star"' },
    ]);
  });

  it('reports near-duplicate question texts, naming the other question', () => {
    const files = withFile('questions/opening.json', [
      question('about-you', 'opening', { text: 'Tell me about a time you resolved a conflict with an angry patient.' }),
      question('why-us', 'opening', { text: 'Describe a time when you resolved a conflict with an angry family member.' }),
    ]);
    const errors = errorsOf(files);
    expect(errors).toEqual([
      {
        file: 'questions/opening.json',
        path: 'questions[1].text',
        message: expect.stringMatching(/^near-duplicate of "about-you" \(questions\/opening\.json\): \d+% of words shared/),
      },
    ]);
  });

  it('reports placeholder text wherever it is', () => {
    const files = withFile('questions/billing.json', [
      question('billing-error', 'billing', { text: 'How would you handle a billing error?', followUps: ['TODO: write one'], mustHaves: [{ id: 'x', text: '[insert point]' }] }),
    ]);
    expect(errorsOf(files)).toEqual([
      { file: 'questions/billing.json', path: 'questions[0].followUps[0]', message: 'placeholder text "TODO"' },
      { file: 'questions/billing.json', path: 'questions[0].mustHaves[0].text', message: 'placeholder text "[insert point]"' },
    ]);
  });

  it('reports two must-haves of one question with the same id', () => {
    const mustHaves = [
      { id: 'interpreter', text: 'A qualified interpreter' },
      { id: 'interpreter', text: 'Not the son' },
    ];
    const files = withFile('questions/billing.json', [question('billing-error', 'billing', { text: 'How would you handle a billing error?', mustHaves })]);
    expect(errorsOf(files)).toEqual([
      { file: 'questions/billing.json', path: 'questions[0].mustHaves[1].id', message: 'duplicate must-have id "interpreter"' },
    ]);
  });

  it('asks advice from the guide for the guide\'s words, and accepts coaching advice without them', () => {
    const { guideQuote: _unused, ...unquoted } = criterion('empathy');
    const files = withFile('criteria.json', [criterion('star'), unquoted, { ...unquoted, id: 'length', source: 'coaching' }]);
    expect(errorsOf(files)).toEqual([
      { file: 'criteria.json', path: 'criteria[1]', message: expect.stringContaining('needs a guideQuote') },
    ]);
  });
});

describe('formatPath', () => {
  it('writes indexes in brackets and keys with dots', () => {
    expect(formatPath('questions', [3, 'criteriaIds', 1])).toBe('questions[3].criteriaIds[1]');
    expect(formatPath('checklists', [])).toBe('checklists');
  });
});
