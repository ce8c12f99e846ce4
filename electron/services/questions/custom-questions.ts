import { randomInt } from 'node:crypto';
import path from 'node:path';
import type { Library, Question } from '#shared/content/schema.js';
import { cleanStrings } from '#shared/content/clean-text.js';
import { StudioError } from '#shared/contract/errors.js';
import {
  CUSTOM_QUESTION_ID_PREFIX,
  MAX_CUSTOM_QUESTIONS,
  type CustomQuestionDraft,
  type StoredCustomQuestion,
} from '#shared/schemas/questions.js';
import type { Clock } from '#electron/services/storage/clock.js';
import type { NoticesService } from '#electron/services/storage/notices.js';
import { READ_ONLY_MESSAGE } from '#electron/services/storage/read-only.js';
import { referenceProblem, sameText } from './check-question.js';
import { completeDraft } from './defaults.js';
import { damagedFileNotice, unreadableFileNotice } from './questions-file-notices.js';
import { CUSTOM_QUESTIONS_FILE, loadQuestionsFile, writeQuestionsFile } from './questions-file.js';

export interface CustomQuestionsDeps {
  dataDir: string;
  clock: Clock;
  /** The built-in bank: custom questions use its categories and criteria and never take its ids. */
  builtIn: Library;
  notices: Pick<NoticesService, 'add'>;
  /** Tests pass a fixed sequence; the app uses random slugs. */
  newId?: () => string;
  /** Read without writing anything to the folder (no copy aside, no rewrite); changes are then refused by the caller's store. */
  readOnly?: boolean;
}

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** 36^10 ids: two questions written on two computers and later merged by an import will not meet. */
export const randomCustomId = (): string =>
  CUSTOM_QUESTION_ID_PREFIX + Array.from({ length: 10 }, () => ID_ALPHABET[randomInt(ID_ALPHABET.length)]).join('');

const builtInRefusal = () =>
  new StudioError('conflict', 'That is one of the built-in questions, which cannot be changed or deleted. Add your own question instead.');
const notFound = () => new StudioError('not_found', 'That question is not one of your own questions (it may have been deleted).');

/** The fields a user edits, for telling a real change from saving the same thing again. */
const contentOf = ({ createdAt: _c, updatedAt: _u, ...question }: StoredCustomQuestion): Question => question;
const sameContent = (a: Question, b: Question) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The user's own questions, kept in one small JSON file in the data folder (rewritten whole and
 * atomically on each change: a few hundred questions are a few hundred KB). Changes run one at a
 * time and show in memory only once the file holds them, so a failed save changes nothing.
 */
export async function openCustomQuestions(deps: CustomQuestionsDeps) {
  const { builtIn, clock } = deps;
  const file = path.join(deps.dataDir, CUSTOM_QUESTIONS_FILE);
  const newId = deps.newId ?? randomCustomId;
  const loaded = await loadQuestionsFile(file, builtIn, clock().toISOString().replace(/[:.]/g, '-'), { readOnly: deps.readOnly });

  let questions: StoredCustomQuestion[] = [];
  // A file that exists but cannot be read must not be replaced by an empty list on the next save.
  let unreadable: string | null = null;
  if (loaded.status === 'unreadable') {
    unreadable = loaded.reason;
    deps.notices.add('content_error', 'warning', unreadableFileNotice(file, loaded.reason));
  } else {
    questions = loaded.questions;
    if (loaded.asidePath) {
      deps.notices.add('content_error', 'warning', damagedFileNotice(loaded));
      // Rewritten with what was kept, so the same damage is not reported at every start. If that
      // fails (a full disk) the next change rewrites it; the original is safe aside either way.
      await writeQuestionsFile(file, questions).catch(() => undefined);
    }
  }

  let revision = 0;
  let queue: Promise<unknown> = Promise.resolve();
  /** Runs one change after the previous one; `next` is written to disk before it becomes the list. */
  function change<T>(edit: (current: readonly StoredCustomQuestion[]) => { next: StoredCustomQuestion[]; value: T }): Promise<T> {
    const run = queue.then(async () => {
      if (deps.readOnly) throw new StudioError('not_available', READ_ONLY_MESSAGE);
      if (unreadable !== null) {
        throw new StudioError('io_error', `Your questions file could not be read (${unreadable}), so nothing was changed.`);
      }
      const { next, value } = edit(questions);
      if (next !== questions) {
        await writeQuestionsFile(file, next);
        questions = next;
        revision++;
      }
      return value;
    });
    queue = run.catch(() => undefined);
    return run;
  }

  /** The draft cleaned of invisible controls, made whole and checked against the bank and the user's other questions. */
  function checked(id: string, draft: CustomQuestionDraft, others: readonly StoredCustomQuestion[]): Question {
    const question: Question = { id, ...completeDraft(cleanStrings(draft), builtIn.criteria) };
    const problem = referenceProblem(question, builtIn);
    if (problem) throw new StudioError('invalid_request', `This question cannot be saved: ${problem}.`);
    const twin = [...builtIn.questions, ...others].find((q) => q.id !== id && sameText(q.text, question.text));
    if (twin) {
      throw new StudioError(
        'conflict',
        `That question is already in the list${'createdAt' in twin ? ' (one of your own)' : ''}: “${twin.text}”`,
      );
    }
    return question;
  }

  const isBuiltIn = (id: string) => builtIn.questions.some((q) => q.id === id);

  function unusedId(current: readonly StoredCustomQuestion[]): string {
    for (;;) {
      const id = newId();
      if (!isBuiltIn(id) && !current.some((q) => q.id === id)) return id;
    }
  }

  return {
    list: (): readonly StoredCustomQuestion[] => questions,
    get: (id: string): StoredCustomQuestion | undefined => questions.find((q) => q.id === id),
    /** Moves on every change, so views built from the list (the library, progress) know to rebuild. */
    revision: () => revision,

    create(draft: CustomQuestionDraft): Promise<StoredCustomQuestion> {
      return change((current) => {
        if (current.length >= MAX_CUSTOM_QUESTIONS) {
          throw new StudioError('conflict', `You already have ${MAX_CUSTOM_QUESTIONS} questions of your own; delete one to add another.`);
        }
        const now = clock().toISOString();
        const stored = { ...checked(unusedId(current), draft, current), createdAt: now, updatedAt: now };
        return { next: [...current, stored], value: stored };
      });
    },

    update(id: string, draft: CustomQuestionDraft): Promise<StoredCustomQuestion> {
      return change((current) => {
        if (isBuiltIn(id)) throw builtInRefusal();
        const before = current.find((q) => q.id === id);
        if (!before) throw notFound();
        const question = checked(id, draft, current);
        if (sameContent(question, contentOf(before))) return { next: current as StoredCustomQuestion[], value: before };
        const after = { ...question, createdAt: before.createdAt, updatedAt: clock().toISOString() };
        return { next: current.map((q) => (q.id === id ? after : q)), value: after };
      });
    },

    /** Removes the question only; answers to it stay (the caller says how many). */
    remove(id: string): Promise<StoredCustomQuestion> {
      return change((current) => {
        if (isBuiltIn(id)) throw builtInRefusal();
        const gone = current.find((q) => q.id === id);
        if (!gone) throw notFound();
        return { next: current.filter((q) => q.id !== id), value: gone };
      });
    },

    /** "Delete everything": the user's own questions go too (they may quote a real job posting). */
    removeAll(): Promise<number> {
      return change((current) => ({ next: [], value: current.length }));
    },

    /** Why a question from elsewhere (an import) cannot be kept here, or null. */
    problemWith: (question: Question): string | null => referenceProblem(question, builtIn),

    /**
     * An import's questions, added or replacing the ones with the same id, in one write. Answers
     * an undo that puts the list back, for an import that fails after this step.
     */
    putAll(incoming: readonly StoredCustomQuestion[]): Promise<() => Promise<void>> {
      return change((current) => {
        if (incoming.length === 0) return { next: current as StoredCustomQuestion[], value: async () => undefined };
        const byId = new Map(incoming.map((q) => [q.id, q]));
        const replaced = current.map((q) => byId.get(q.id) ?? q);
        const added = incoming.filter((q) => !current.some((c) => c.id === q.id));
        const undo = () => change(() => ({ next: [...current], value: undefined }));
        return { next: [...replaced, ...added], value: undo };
      });
    },
  };
}
export type CustomQuestionsService = Awaited<ReturnType<typeof openCustomQuestions>>;
