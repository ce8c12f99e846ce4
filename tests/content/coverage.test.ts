import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentDir } from '#electron/services/library/library.js';
import { guideSections, normalizeQuote } from '#shared/content/guide-coverage.js';
import type { Library } from '#shared/content/schema.js';

/**
 * What the shipped question bank must cover, taken from the Patient Coordinator guide. Validation
 * says the files are well formed; this says they are enough to rehearse with.
 */
const repoContent = fileURLToPath(new URL('../../content/', import.meta.url));
const guide = readFileSync(fileURLToPath(new URL('../../docs/patient-coordinator-interview-guide.txt', import.meta.url)), 'utf8');

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
  'patient-flow',
  'teamwork-flow',
  'problem-solving',
  'role-limits',
  'tailoring',
  'length',
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
  it('has at least 85 questions in at least 8 categories', () => {
    expect(library.questions.length).toBeGreaterThanOrEqual(85);
    expect(library.categories.length).toBeGreaterThanOrEqual(8);
  });

  it('has at least 5 questions in every category', () => {
    for (const category of library.categories) {
      const count = library.questions.filter((q) => q.categoryId === category.id).length;
      expect(count, category.id).toBeGreaterThanOrEqual(5);
    }
  });

  it('has easy, medium and hard questions in every category', () => {
    for (const category of library.categories) {
      const levels = new Set(library.questions.filter((q) => q.categoryId === category.id).map((q) => q.difficulty));
      expect([...levels].sort(), category.id).toEqual(['easy', 'hard', 'medium']);
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

  it("quotes every section of the guide in its own words, and only words the guide has", () => {
    const quotes = [
      ...library.criteria.flatMap((c) => (c.guideQuote ? [c.guideQuote] : [])),
      ...library.checklists.flatMap((l) => l.items.flatMap((i) => (i.guideQuote ? [i.guideQuote] : []))),
    ].map(normalizeQuote);
    const sections = guideSections(guide);
    expect(sections.length).toBeGreaterThanOrEqual(9);
    for (const section of sections) {
      expect(
        quotes.some((q) => normalizeQuote(section).includes(q)),
        section.slice(0, 50),
      ).toBe(true);
    }
    for (const q of quotes) expect(normalizeQuote(guide), q).toContain(q);
  });

  it('maps every guide section a criterion quotes to at least 5 questions', () => {
    for (const section of guideSections(guide)) {
      const criteria = library.criteria.filter((c) => c.guideQuote && normalizeQuote(section).includes(normalizeQuote(c.guideQuote)));
      if (criteria.length > 0) expect(questionsUsing(criteria.map((c) => c.id)).length, section.slice(0, 50)).toBeGreaterThanOrEqual(5);
    }
  });

  it('says where advice is coaching rather than the guide', () => {
    for (const c of library.criteria) {
      if (c.source === 'coaching') expect(c.meaning, c.id).toMatch(/^Coaching advice/);
      else expect(c.guideQuote, c.id).toBeTruthy();
    }
    const items = library.checklists.flatMap((l) => l.items);
    const thankYou = items.find((i) => i.id === 'send-thank-you-note')!;
    expect(thankYou.text).not.toMatch(/within a day/);
    expect(thankYou.detail).toMatch(/Coaching advice.*within a day/);
    expect(items.map((i) => i.text).join(' ')).not.toMatch(/come up often/);
    expect(library.criteria.find((c) => c.id === 'star')!.listenFor).toMatch(/Coaching advice[^.]*: if the situation takes more than about a quarter/);
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
    expect([...stages].sort()).toEqual(['behavioral', 'closing', 'opening', 'role']);
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

describe('second edition of the bank', () => {
  const q = (id: string) => {
    const found = library.questions.find((x) => x.id === id);
    if (!found) throw new Error(`no question ${id}`);
    return found;
  };

  it('checks role limits where an answer could overstep, and says what to listen for', () => {
    for (const id of ['unwell-in-waiting-room', 'eight-oh-five', 'urgent-slot-full-calendar', 'double-booked-morning', 'insurance-denial']) {
      expect(q(id).criteriaIds, id).toContain('role-limits');
      expect(q(id).listenFor, id).toMatch(/Role limits/);
    }
    expect(q('unwell-in-waiting-room').listenFor).toMatch(/911/);
    expect(q('urgent-slot-full-calendar').listenFor).toMatch(/never tell the patient a result is abnormal/);
    expect(q('insurance-denial').listenFor).toMatch(/never change a code/);
  });

  it('gives the legal-trap follow-ups their privacy guidance', () => {
    const records = q('relative-asks-for-records').listenFor;
    for (const phrase of ['personal representative', 'healthcare power of attorney', 'release of information', 'health information management', 'privacy officer']) {
      expect(records).toContain(phrase);
    }
    expect(q('patient-portal-login').followUps.join(' ')).toMatch(/husband/);
    expect(q('patient-portal-login').listenFor).toMatch(/never share a password.*proxy access/);
    expect(q('upset-about-billing-error').listenFor).toMatch(/verifying identity before discussing the account/);
    expect(q('copay-at-check-in').listenFor).toMatch(/verifying identity first/);
    expect(q('repeated-no-shows').followUps.join(' ')).toMatch(/voicemail/);
    expect(q('repeated-no-shows').listenFor).toMatch(/minimum necessary/);
    for (const id of ['upset-at-check-in', 'interpreter-not-booked', 'uninsured-patient', 'upset-about-billing-error']) {
      expect(q(id).criteriaIds, id).toContain('confidentiality');
    }
  });

  it('marks STAR only on behavioral questions, and gives situational ones a plan', () => {
    for (const question of library.questions) {
      expect(question.criteriaIds.includes('star'), question.id).toBe(question.answerType === 'behavioral');
      if (question.answerType === 'situational') expect(question.starHint, question.id).toMatch(/^Give your plan, step by step/);
      if (question.answerType === 'general') expect(question.starHint, question.id).not.toMatch(/\bSTAR\b|Situation:/);
    }
  });

  it('speaks with one voice: what the interviewer listens for, to the candidate', () => {
    for (const question of library.questions) expect(question.listenFor, question.id).toMatch(/^The interviewer listens for /);
  });

  it('splits patient flow from teamwork and keeps organization to questions about organizing', () => {
    const share = (id: string) => questionsUsing([id]).length / library.questions.length;
    expect(share('teamwork-flow')).toBeLessThan(0.3);
    expect(share('organization')).toBeLessThan(0.2);
    expect(questionsUsing(['patient-flow']).length).toBeGreaterThanOrEqual(10);
  });

  it('adds the questions real interviewers ask, with criteria, hints and follow-ups', () => {
    const added = [
      'hipaa-in-daily-work',
      'mistake-you-made',
      'medical-terminology-coding',
      'caller-describes-symptoms',
      'patient-twenty-minutes-late',
      'registering-new-patient',
      'copay-at-check-in',
      'explain-deductible',
      'check-out-next-steps',
      'handling-stress',
      'referral-follow-up',
      'phones-and-walk-ins',
      'above-and-beyond',
      'demanding-doctor-now',
      'greatest-weakness',
      'why-leaving',
      'availability',
      'salary-expectations',
      'self-pay-good-faith-estimate',
    ];
    expect(added.length).toBeGreaterThanOrEqual(15);
    for (const id of added) {
      expect(q(id).criteriaIds.length, id).toBeGreaterThan(0);
      expect(q(id).followUps.length, id).toBeGreaterThan(0);
    }
    expect(q('self-pay-good-faith-estimate').listenFor).toMatch(/Good Faith Estimate/);
    expect(q('never-used-epic').text).toMatch(/Cadence.*MyChart.*In Basket/);
    expect(q('systems-you-have-used').listenFor).toMatch(/Cerner, now Oracle Health/);
  });

  it('lets a question carry its own must-haves', () => {
    expect(q('interpreter-not-booked').mustHaves?.map((m) => m.text).join(' ')).toMatch(/qualified interpreter.*not the son/);
    expect(library.questions.filter((x) => (x.mustHaves ?? []).length > 0).length).toBeGreaterThanOrEqual(25);
  });
});
