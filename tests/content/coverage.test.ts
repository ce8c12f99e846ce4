import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentDir } from '#electron/services/library/library.js';
import type { Library } from '#shared/content/schema.js';

/**
 * What the shipped question bank must cover, taken from the Patient Coordinator guide. Validation
 * says the files are well formed; this says they are enough to rehearse with.
 */
const repoContent = fileURLToPath(new URL('../../content/', import.meta.url));

/** The guide's two example questions, which must appear word for word. */
const GUIDE_QUESTIONS = [
  'How would you handle a patient who is upset about a billing error?',
  'Describe a time when you had to coordinate care for a patient with complex needs.',
];

/** The UI refers to these ids, so none may disappear. */
const CRITERIA_IDS = [
  'star',
  'specific-example',
  'empathy',
  'organization',
  'accuracy',
  'ehr-technology',
  'confidentiality',
  'teamwork-flow',
  'problem-solving',
  'tailoring',
  'length',
];

/**
 * The guide's sections about answering questions, by the names the criteria use. Its section on
 * the thank-you note is about after the interview, so it is covered by a checklist instead.
 */
const GUIDE_SECTIONS = [
  'Know the role and the facility',
  'Interpersonal skills',
  'Organizational skills',
  'Technology and EHR systems',
  'The wider healthcare context',
  'Problem-solving under pressure',
  'Behavioural questions and the STAR method',
  'Putting it together',
];

let library: Library;
beforeAll(async () => {
  const result = await loadContentDir(repoContent);
  if (!result.ok) throw new Error(`shipped content is invalid:\n${JSON.stringify(result.errors, null, 2)}`);
  library = result.library;
});

const questionsUsing = (criterionIds: string[]) =>
  library.questions.filter((q) => q.criteriaIds.some((id) => criterionIds.includes(id)));

describe('shipped question bank', () => {
  it('has at least 60 questions in at least 8 categories', () => {
    expect(library.questions.length).toBeGreaterThanOrEqual(60);
    expect(library.categories.length).toBeGreaterThanOrEqual(8);
  });

  it('has at least 5 questions in every category', () => {
    for (const category of library.categories) {
      const count = library.questions.filter((q) => q.categoryId === category.id).length;
      expect(count, category.id).toBeGreaterThanOrEqual(5);
    }
  });

  it('has exactly the criteria the UI refers to', () => {
    expect(library.criteria.map((c) => c.id).sort()).toEqual([...CRITERIA_IDS].sort());
  });

  it('uses every criterion in at least 5 questions', () => {
    for (const criterion of library.criteria) {
      expect(questionsUsing([criterion.id]).length, criterion.id).toBeGreaterThanOrEqual(5);
    }
  });

  it('maps every guide section to criteria and to at least 5 questions', () => {
    for (const section of GUIDE_SECTIONS) {
      const criteria = library.criteria.filter((c) => c.guideSection === section).map((c) => c.id);
      expect(criteria.length, section).toBeGreaterThan(0);
      expect(questionsUsing(criteria).length, section).toBeGreaterThanOrEqual(5);
    }
    expect(library.criteria.every((c) => GUIDE_SECTIONS.includes(c.guideSection))).toBe(true);
  });

  it("contains the guide's two example questions word for word", () => {
    const texts = library.questions.map((q) => q.text);
    for (const text of GUIDE_QUESTIONS) expect(texts).toContain(text);
  });

  it('never asks the same question twice', () => {
    const texts = library.questions.map((q) => q.text.toLowerCase().trim());
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('gives every question one or two follow-ups', () => {
    for (const q of library.questions) expect(q.followUps.length, q.id).toBeLessThanOrEqual(2);
  });

  it('covers every interview stage and ends with questions for the interviewer', () => {
    const stages = new Set(library.categories.map((c) => c.interviewStage));
    expect([...stages].sort()).toEqual(['behavioural', 'closing', 'opening', 'role']);
    const closing = library.categories.filter((c) => c.interviewStage === 'closing').map((c) => c.id);
    expect(
      library.questions.some((q) => closing.includes(q.categoryId) && /questions for us/i.test(q.text)),
    ).toBe(true);
  });

  it('has a checklist for before the interview and one for the thank-you note after it', () => {
    const ids = library.checklists.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['before-the-interview', 'after-the-interview']));
    const after = library.checklists.find((c) => c.id === 'after-the-interview');
    expect(after?.items.some((i) => /thank-you note/i.test(i.text))).toBe(true);
  });
});
