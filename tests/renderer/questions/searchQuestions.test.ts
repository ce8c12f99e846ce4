import { describe, expect, it } from 'vitest';
import type { Category, LibraryQuestion } from '#shared/content/schema.js';
import { searchQuestions } from '#renderer/questions/searchQuestions.js';

const category = (id: string, label: string): Category => ({ id, label, description: 'd', interviewStage: 'role' }) as Category;
const question = (id: string, text: string, extra: Partial<LibraryQuestion> = {}): LibraryQuestion =>
  ({
    id,
    text,
    categoryId: 'c',
    criteriaIds: ['star'],
    listenFor: 'a clear example',
    starHint: 'Say what you did',
    followUps: ['What would you do differently?'],
    difficulty: 'medium',
    custom: false,
    ...extra,
  }) as LibraryQuestion;

const groups = [
  {
    category: category('billing', 'Billing and insurance'),
    questions: [question('copay', 'A patient disputes a copay.'), question('prior-auth', 'Explain prior authorization.')],
  },
  {
    category: category('ehr', 'EHR and technology'),
    questions: [
      question('epic', 'Which scheduling systems have you used?', { starHint: 'Name Epic or athenahealth' }),
      question('custom-x1', 'Tell me about your résumé gap.', { custom: true }),
    ],
  },
];
const ids = (query: string) => searchQuestions(groups, query).flatMap((g) => g.questions.map((q) => q.id));

describe('searching the questions', () => {
  it('finds words in the text, whatever their case', () => {
    expect(ids('COPAY')).toEqual(['copay']);
    expect(ids('authorization')).toEqual(['prior-auth']);
  });

  it('finds words in the category name and in the hints', () => {
    expect(ids('insurance')).toEqual(['copay', 'prior-auth']);
    expect(ids('athenahealth')).toEqual(['epic']);
  });

  it('finds your own questions like the built-in ones, accents or not', () => {
    expect(ids('resume')).toEqual(['custom-x1']);
  });

  it('needs every word of the query, and keeps everything for an empty one', () => {
    expect(ids('billing copay')).toEqual(['copay']);
    expect(ids('billing epic')).toEqual([]);
    expect(ids('   ')).toEqual(['copay', 'prior-auth', 'epic', 'custom-x1']);
  });
});
