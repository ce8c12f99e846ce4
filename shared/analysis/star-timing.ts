import type { StarMarks } from '#shared/schemas/attempt.js';

/** The four parts in the order the guide tells them: Situation, Task, Action, Result. */
export const STAR_PARTS = ['situation', 'task', 'action', 'result'] as const;
export type StarPart = (typeof STAR_PARTS)[number];

export const STAR_LABELS: Record<StarPart, string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
};

/**
 * Coaching advice, not the guide's words: most of an answer should go on what you did and what came of it. More than 40 % on
 * Situation and Task leaves Action and Result under 60 %: the setup has crowded out the substance.
 */
export const SETUP_SHARE_LIMIT = 0.4;

/** A Result under a tenth of the answer is usually one closing sentence: "and it worked out". */
export const RESULT_SHARE_MIN = 0.1;

export interface StarSegment {
  part: StarPart;
  startMs: number;
  endMs: number;
  /** Share of the answer (first word to last word, or the marks' span if wider), 0..1. */
  share: number;
}

export interface StarTiming {
  /** Marked parts in the order they were spoken; each runs until the next mark or the answer's end. */
  segments: StarSegment[];
  /** Time from the first word to the first mark, when the first mark came late; 0 otherwise. */
  unmarkedLeadMs: number;
  /** Length of the answer the shares are taken of. */
  answerMs: number;
  setupShare: number;
  /** True when the marks' time order is not Situation, Task, Action, Result. */
  outOfOrder: boolean;
}

/** Where the spoken answer begins and ends within the recording (its first and last word). */
export interface AnswerSpan {
  startMs: number;
  endMs: number;
}

/**
 * Time spent in each STAR part. Marks may come in any order (a part marked by mistake, then moved):
 * parts are laid out in time order, and each lasts until the next mark. The answer runs from its first
 * word to its last, so think time before speaking and silence before Stop count for no part.
 */
export function starTiming(marks: StarMarks, span: AnswerSpan): StarTiming | null {
  const marked = STAR_PARTS.filter((part) => marks[part] !== null)
    .map((part) => ({ part, at: marks[part]! }))
    .sort((a, b) => a.at - b.at || STAR_PARTS.indexOf(a.part) - STAR_PARTS.indexOf(b.part));
  if (marked.length === 0) return null;

  const startMs = Math.min(span.startMs, marked[0]!.at);
  const endMs = Math.max(span.endMs, marked[marked.length - 1]!.at);
  const answerMs = Math.max(1, endMs - startMs);
  const segments = marked.map(({ part, at }, i) => {
    const end = marked[i + 1]?.at ?? endMs;
    return { part, startMs: at, endMs: end, share: (end - at) / answerMs };
  });
  const setupShare = segments.filter((s) => s.part === 'situation' || s.part === 'task').reduce((sum, s) => sum + s.share, 0);
  const outOfOrder = marked.some((m, i) => i > 0 && STAR_PARTS.indexOf(m.part) < STAR_PARTS.indexOf(marked[i - 1]!.part));
  return { segments, unmarkedLeadMs: Math.max(0, marked[0]!.at - span.startMs), answerMs, setupShare, outOfOrder };
}

/** What the timing says against that coaching advice, most important first; empty when it looks balanced. */
export type StarAdvice = 'out_of_order' | 'no_result' | 'result_short' | 'setup_long' | 'no_action';

export function starAdvice(timing: StarTiming, marks: StarMarks): StarAdvice[] {
  const advice: StarAdvice[] = [];
  if (timing.outOfOrder) advice.push('out_of_order');
  const result = timing.segments.find((s) => s.part === 'result');
  if (marks.result === null) advice.push('no_result');
  else if (result && result.share < RESULT_SHARE_MIN) advice.push('result_short');
  if (timing.setupShare > SETUP_SHARE_LIMIT) advice.push('setup_long');
  if (marks.action === null) advice.push('no_action');
  return advice;
}

/** The answer's first and last word, from measurements when there are some, else the whole recording. */
export function answerSpan(
  durationMs: number,
  measured: { durationMs: number; leadingSilenceMs: number; trailingSilenceMs: number; speechMs: number } | null,
): AnswerSpan {
  if (!measured || measured.speechMs === 0) return { startMs: 0, endMs: durationMs };
  return { startMs: measured.leadingSilenceMs, endMs: measured.durationMs - measured.trailingSilenceMs };
}
