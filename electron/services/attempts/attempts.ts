import path from 'node:path';
import { cleanStrings } from '#shared/content/clean-text.js';
import { StudioError } from '#shared/contract/errors.js';
import type { Attempt, Review, StarMarks } from '#shared/schemas/attempt.js';
import type { Measurements } from '#shared/schemas/measurements.js';
import type { AttemptsPort } from './attempts-port.js';
import type { Clock } from '#electron/services/storage/clock.js';
import type { NoticesService } from '#electron/services/storage/notices.js';
import { readOnlyRefusal } from '#electron/services/storage/read-only.js';
import { writeCheckedMark } from './journal-check.js';
import { JournalWriter, loadJournal } from './journal.js';

/**
 * Compact when the journal holds this many lines per live attempt (plus a floor, for tiny histories).
 * Every start reads every line, superseded or not, so 1.5 keeps a start within 1.5× the reading of a
 * compact journal; the price is one rewrite per half-history of changes (at 10,000 attempts, one
 * rewrite of ~10 MB per 5,000 saves, reviews or measurements).
 */
const COMPACT_RATIO = 1.5;
const COMPACT_FLOOR = 200;

/**
 * The attempt store: all attempts in memory (10,000 attempts are a few MB), every change
 * appended to the journal before it is visible, so a crash never loses an acknowledged save.
 */
export async function openAttempts(deps: {
  dataDir: string;
  clock: Clock;
  notices: NoticesService;
  /**
   * For work that only reads (an export from the command line beside the running app): the journal
   * is read and nothing in the folder is written, not even a compaction, a checked mark or a copy
   * of damaged lines. Every change is refused.
   */
  readOnly?: boolean;
}): Promise<AttemptsService> {
  const file = path.join(deps.dataDir, 'attempts', 'attempts.jsonl');
  const stamp = deps.clock().toISOString().replace(/[:.]/g, '-');
  const loaded = await loadJournal(file, stamp, { keepDamagedAside: !deps.readOnly });
  const attempts = loaded.attempts;
  if (deps.readOnly) return readOnlyAttempts(attempts);
  const writer = new JournalWriter(file);

  if (loaded.damagedLines > 0) {
    deps.notices.add(
      'store_reset',
      'warning',
      `${loaded.damagedLines} damaged line(s) in your practice history could not be read and were skipped. ` +
        `The original file was kept at ${loaded.asidePath}.`,
    );
  }
  // A delete line left by a run that ended before its scrub (below) still has the answer's words above it.
  if (
    loaded.damagedLines > 0 ||
    loaded.deleteLines > 0 ||
    loaded.lineFormsToUpdate > 0 || // older lines rewritten in today's form, so later starts need not check them
    loaded.lineCount > attempts.size * COMPACT_RATIO + COMPACT_FLOOR
  ) {
    await writer.compact(attempts.values()); // also marks the new journal as checked
  } else if (loaded.newMark) {
    await writeCheckedMark(file, loaded.newMark); // the lines checked now need not be checked next time
  }

  function require(id: string): Attempt {
    const attempt = attempts.get(id);
    if (!attempt) throw new StudioError('not_found', 'That answer no longer exists.');
    return attempt;
  }

  // Bumped on every change, so derived views (progress, the review schedule) know when to recompute.
  let revision = 0;

  /**
   * A deleted answer's review, notes and STAR marks are still in the journal's earlier lines
   * after its delete line is appended. Rewriting the journal without them makes "delete" mean
   * gone from the disk. Coalesced, so deleting every answer to a question rewrites the journal
   * once, after the last of them. If the rewrite fails (a full disk), the delete still stands and
   * the next start rewrites the journal instead.
   */
  let scrubScheduled = false;
  let lastScrub: Promise<void> = Promise.resolve();
  function scrubDeletedSoon(): void {
    if (scrubScheduled) return;
    scrubScheduled = true;
    lastScrub = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => {
        scrubScheduled = false;
        return writer.compact(attempts.values());
      })
      .catch(() => undefined);
  }

  async function put(attempt: Attempt): Promise<Attempt> {
    await writer.append({ op: 'put', attempt }, () => {
      attempts.set(attempt.id, attempt);
      revision++;
    });
    return attempt;
  }

  /**
   * Changes one stored attempt, one change at a time. put() shows an attempt only once its line is on
   * disk, so two changes in flight together (a review tick while the measurements arrive) would both
   * start from the old attempt and the second would undo the first; queueing each read-change-write
   * after the previous one keeps every field.
   */
  let changes: Promise<unknown> = Promise.resolve();
  function change(id: string, edit: (attempt: Attempt) => Attempt): Promise<Attempt> {
    const run = changes.then(() => put(edit(require(id))));
    changes = run.catch(() => undefined);
    return run;
  }

  return {
    async create(attempt) {
      if (attempts.has(attempt.id)) throw new StudioError('conflict', 'That answer was already saved.');
      return put(attempt);
    },
    get: (id) => attempts.get(id),
    require,
    list: (filter) => listOf(attempts, filter),
    // The notes are stored as they will be shown: invisible direction overrides removed (see cleanText).
    review: (id: string, review: Review) =>
      change(id, (a) => ({ ...a, review: cleanStrings(review), reviewedAt: deps.clock().toISOString() })),
    markRecordingDeleted: (id) => change(id, (a) => ({ ...a, hasRecording: false })),
    // Measurements and STAR marks are one appended line each, like a review: the journal stays the one
    // place an attempt changes.
    setMeasurements: (id: string, measurements: Measurements) => change(id, (a) => ({ ...a, measurements })),
    setStarMarks: (id: string, starMarks: StarMarks) => change(id, (a) => ({ ...a, starMarks })),
    async delete(id) {
      if (!attempts.has(id)) return false;
      await writer.append({ op: 'delete', id }, () => {
        attempts.delete(id);
        revision++;
      });
      scrubDeletedSoon();
      return true;
    },
    applyBatch(batch) {
      // One rewrite of the whole journal, whatever the batch's size: 2,000 replaced answers are
      // one rename, not 2,000 deletes each followed by a rewrite.
      const run = changes.then(() =>
        writer.rewrite(
          () => {
            const next = new Map(attempts);
            for (const id of batch.remove ?? []) next.delete(id);
            for (const attempt of batch.put) next.set(attempt.id, attempt);
            return next.values();
          },
          () => {
            for (const id of batch.remove ?? []) attempts.delete(id);
            for (const attempt of batch.put) attempts.set(attempt.id, attempt);
            revision++;
          },
        ),
      );
      changes = run.catch(() => undefined);
      return run;
    },
    all: () => [...attempts.values()],
    revision: () => revision,
    journalRewrites: () => writer.rewrites,
    close: async () => {
      await changes; // a change already asked for reaches the journal before it is closed
      await lastScrub; // the rewrite finishes before the folder is let go
      await writer.close(); // waits for every queued append
    },
  };
}

/** The attempts as read, for work that must not write: every change is refused in plain words. */
function readOnlyAttempts(attempts: Map<string, Attempt>): AttemptsService {
  const refuse = (): Promise<never> => Promise.reject(readOnlyRefusal());
  const require = (id: string): Attempt => {
    const attempt = attempts.get(id);
    if (!attempt) throw new StudioError('not_found', 'That answer no longer exists.');
    return attempt;
  };
  return {
    create: refuse,
    get: (id) => attempts.get(id),
    require,
    list: (filter) => listOf(attempts, filter),
    review: refuse,
    markRecordingDeleted: refuse,
    setMeasurements: refuse,
    setStarMarks: refuse,
    delete: refuse,
    applyBatch: refuse,
    all: () => [...attempts.values()],
    revision: () => 0,
    journalRewrites: () => 0,
    close: async () => undefined,
  };
}

export interface AttemptsService extends AttemptsPort {
  require(id: string): Attempt;
  /** Every attempt, in no particular order: for aggregates, which do not need list()'s sort. */
  all(): Attempt[];
  /** A number that changes whenever any attempt is created, changed or deleted. */
  revision(): number;
  /** Stores what the renderer measured from the audio; replaces any earlier measurements. */
  setMeasurements(id: string, measurements: Measurements): Promise<Attempt>;
  /** Stores where each STAR part begins (ms into the recording); the whole set each time. */
  setStarMarks(id: string, starMarks: StarMarks): Promise<Attempt>;
  /**
   * Puts many attempts in place (and removes `remove`) in ONE journal transaction: the new journal is
   * written beside the old one, synced and renamed over it. An import uses it, so a kill leaves all
   * of it or none, and its cost is one rewrite whatever the count.
   */
  applyBatch(batch: AttemptBatch): Promise<void>;
  /** How many times the journal was rewritten whole since it was opened (compactions and batches): an import's cost, for tests. */
  journalRewrites(): number;
  close(): Promise<void>;
}

export interface AttemptBatch {
  put: readonly Attempt[];
  remove?: readonly string[];
}

/** Newest first, optionally one question's. */
function listOf(attempts: Map<string, Attempt>, filter?: { questionId?: string }): Attempt[] {
  const all = [...attempts.values()];
  const chosen = filter?.questionId ? all.filter((a) => a.questionId === filter.questionId) : all;
  return chosen.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
