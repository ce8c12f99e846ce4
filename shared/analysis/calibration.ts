import type { CriterionMark, StarMarks } from '#shared/schemas/attempt.js';
import type { Measurements } from '#shared/schemas/measurements.js';
import { COMFORTABLE_WPM, paceBand } from './delivery-bands.js';
import { answerSpan, starAdvice, starTiming } from './star-timing.js';

/** The criteria a measured fact can speak to (content/criteria.json). */
export const LENGTH_CRITERION = 'length';
export const STAR_CRITERION = 'star';

/**
 * A few seconds either side of the target is still on target: nobody can stop on the second, and a
 * note about one second would read as nagging rather than help.
 */
export const LENGTH_GRACE_MS = 5000;

export interface CalibrationInput {
  marks: Readonly<Record<string, CriterionMark>>;
  /** The recording's length from the attempt, used when there are no measurements yet. */
  durationMs: number;
  measurements: Measurements | null;
  starMarks: StarMarks;
  target: { minSeconds: number; maxSeconds: number };
}

export interface CalibrationNote {
  criterionId: string;
  text: string;
}

/**
 * Gentle notes where a measured fact contradicts the user's own tick: a "met" that the clock or the
 * STAR marks do not bear out. Only "met" is questioned: a harsher self-judgement than the numbers
 * suggest may be right for reasons no measurement sees (rambling inside the time, a weak result).
 */
export function calibrationNotes(input: CalibrationInput): CalibrationNote[] {
  const notes: CalibrationNote[] = [];
  const length = lengthNote(input);
  if (length) notes.push({ criterionId: LENGTH_CRITERION, text: length });
  const pace = length ? null : paceNote(input);
  if (pace) notes.push({ criterionId: LENGTH_CRITERION, text: pace });
  if (input.marks[STAR_CRITERION] === 'met') {
    for (const text of starNotes(input)) notes.push({ criterionId: STAR_CRITERION, text });
  }
  return notes;
}

/** The answer's length as a listener hears it: from the start of the recording to the last word. */
export function answerLengthMs(durationMs: number, measurements: Measurements | null): number {
  return answerSpan(durationMs, measurements).endMs;
}

function lengthNote({ marks, durationMs, measurements, target }: CalibrationInput): string | null {
  if (marks[LENGTH_CRITERION] !== 'met') return null;
  const ran = answerLengthMs(durationMs, measurements);
  const maxMs = target.maxSeconds * 1000;
  const minMs = target.minSeconds * 1000;
  if (ran > maxMs + LENGTH_GRACE_MS) {
    return `You marked this concise, but it ran ${clock(ran)} — over your ${clock(maxMs)} target.`;
  }
  if (ran < minMs - LENGTH_GRACE_MS) {
    return `You marked this within the target, but it ran ${clock(ran)} — under your ${clock(minMs)} minimum.`;
  }
  return null;
}

/**
 * The length criterion is the one that speaks to delivery ("concise, within the target length"): a
 * take that fits the time only by rushing, or that drags, is not what it asks for. Only a pace clearly
 * outside the comfortable band is mentioned (see paceBand), and only when the length itself is fine
 * (one note per tick is enough).
 */
function paceNote({ marks, measurements }: CalibrationInput): string | null {
  if (marks[LENGTH_CRITERION] !== 'met' || measurements?.wordsPerMinute == null) return null;
  const wpm = measurements.wordsPerMinute;
  const band = paceBand(wpm);
  const comfortable = `about ${COMFORTABLE_WPM.min}–${COMFORTABLE_WPM.max}`;
  if (band === 'fast')
    return `You marked this concise, and it fits the time — but at about ${wpm} words/min it went fast (${comfortable} is easy to follow).`;
  if (band === 'slow')
    return `You marked this concise, but at about ${wpm} words/min the delivery was slow (${comfortable} keeps a listener with you).`;
  return null;
}

function starNotes({ durationMs, measurements, starMarks }: CalibrationInput): string[] {
  // With no marks at all there is nothing measured to set against the tick.
  const timing = starTiming(starMarks, answerSpan(durationMs, measurements));
  if (!timing) return [];
  const percent = (share: number) => `${Math.round(share * 100)}%`;
  return starAdvice(timing, starMarks).flatMap((advice) => {
    switch (advice) {
      case 'no_result':
        return ['You marked STAR as met, but no Result is marked — did the answer say how it turned out?'];
      case 'result_short': {
        const result = timing.segments.find((s) => s.part === 'result')!;
        return [
          `You marked STAR as met, but the Result took only ${seconds(result.endMs - result.startMs)} (${percent(result.share)} of the answer).`,
        ];
      }
      case 'setup_long':
        return [
          `You marked STAR as met, but Situation and Task took ${percent(timing.setupShare)} of the answer — ` +
            'coaching advice (not the guide’s words) is to spend most of it on your Action and the Result.',
        ];
      case 'no_action':
        return ['You marked STAR as met, but no Action is marked — where did you say what you did?'];
      default:
        return []; // Marks out of order are shown with the timing; they say nothing about the tick.
    }
  });
}

/** "3:10", the way the answer timer reads. */
function clock(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** "4 s", or "1 min 5 s". */
function seconds(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(total / 60);
  return m === 0 ? `${total} s` : `${m} min ${total % 60} s`;
}
