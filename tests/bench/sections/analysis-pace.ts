import fs from 'node:fs';
import { SYLLABLES_PER_WORD } from '#shared/analysis/pace.js';
import { measureRecording } from '#shared/analysis/measure-recording.js';
import { decodeWav } from '#shared/analysis/wav.js';
import type { Measurements } from '#shared/schemas/measurements.js';
import type { BudgetCheck, Row } from '#tests/bench/report/types.js';
import { percentile, round } from '#tests/bench/support/stats.js';
import { makePaceAnswer, type PaceAnswer, type PaceSpec } from '#tests/support/pace-answers.js';
import { HELD_OUT_SET, SECOND_HELD_OUT_SET, TUNING_SET } from '#tests/support/pace-sets.js';
import type { SectionContext } from './context.js';

/**
 * The baseline: a fixed syllable rate over the time spent speaking, with the same speech detection and
 * the same syllables per word. 4.4 syllables a second is the median articulation rate of the tuning
 * set's truth (its words × 1.35 over its speaking time), about what is quoted for English read aloud.
 * It knows how long someone talked, not how fast: what a pace figure must beat to mean anything.
 */
const BASELINE_SYLLABLES_PER_SECOND = 4.4;

const MEDIAN_BUDGET = 0.08;
const WORST_BUDGET = 0.2;

export interface PaceScore {
  name: string;
  room: boolean;
  trueWpm: number;
  oursWpm: number | null;
  baselineWpm: number;
  /** Measured minus true span (first word to last), ms. */
  spanErrorMs: number;
}

export function scorePace(answer: PaceAnswer, m: Measurements): PaceScore {
  const spanMs = m.durationMs - m.leadingSilenceMs - m.trailingSilenceMs;
  const baselineSyllables = (BASELINE_SYLLABLES_PER_SECOND * m.speechMs) / 1000;
  return {
    name: answer.spec.name,
    room: answer.spec.room,
    trueWpm: answer.wordsPerMinute,
    oursWpm: m.wordsPerMinute ?? null,
    baselineWpm: (baselineSyllables / SYLLABLES_PER_WORD / Math.max(1, spanMs)) * 60_000,
    spanErrorMs: spanMs - (answer.spanEndMs - answer.spanStartMs),
  };
}

/** Relative error of words per minute; a missing figure counts as 100 % wrong. */
export function relativeError(estimate: number | null, truth: number): number {
  return estimate === null ? 1 : Math.abs(estimate - truth) / truth;
}

/**
 * Pace accuracy on the held-out answers (never used for tuning), clean and in a room, beside the baseline:
 * these carry the budgets. The development answers (what the thresholds were chosen on) are reported too,
 * words/min only, so the gap between the two shows how much the tuning flatters the figures; and the
 * second held-out set, made after the rate-adaptive dip, words/min only.
 */
export function benchPace(ctx: SectionContext): {
  rows: Row[];
  budgets: BudgetCheck[];
  notes: string[];
  scores: PaceScore[];
  development: PaceScore[];
  secondHeldOut: PaceScore[];
} {
  const scores = scoreSet(ctx, HELD_OUT_SET);
  const development = scoreSet(ctx, TUNING_SET);
  const secondHeldOut = scoreSet(ctx, SECOND_HELD_OUT_SET);
  const rows: Row[] = [];
  const budgets: BudgetCheck[] = [];
  for (const room of [false, true]) {
    const group = scores.filter((s) => s.room === room);
    const label = room ? 'room' : 'clean';
    rows.push(...paceRows(group, `held-out, ${label}`));
    const ours = group.map((s) => relativeError(s.oursWpm, s.trueWpm));
    budgets.push({
      budget: `words/min error, held-out, ${label}: median ≤ ${MEDIAN_BUDGET * 100} %, worst ≤ ${WORST_BUDGET * 100} %`,
      met: percentile(ours, 50) <= MEDIAN_BUDGET && Math.max(...ours) <= WORST_BUDGET,
      actual: `median ${pct(percentile(ours, 50))}, worst ${pct(Math.max(...ours))}`,
    });
  }
  for (const room of [false, true]) {
    const group = development.filter((s) => s.room === room);
    rows.push(...paceRows(group, `development, ${room ? 'room' : 'clean'}`).filter((r) => r.name.startsWith('words/min')));
  }
  for (const room of [false, true]) {
    const group = secondHeldOut.filter((s) => s.room === room);
    rows.push(...paceRows(group, `second held-out, ${room ? 'room' : 'clean'}`).filter((r) => r.name.startsWith('words/min')));
  }
  const notes = [
    `Pace: ${HELD_OUT_SET.length} held-out answers (${HELD_OUT_SET.length / 2} clean, the same in a room: reverberation and pink noise about 20 dB under the speech) from espeak-ng (5 voices, -s 110–200) and Festival (cmu_us_slt_arctic_hts, kal_diphone at several speeds), ${range(scores)} words/min as spoken; tests/support/pace-sets.ts. Truth: the text's word count over the synthesizer's first-word-to-last-word time. The budgets are on these.`,
    `Development: the ${TUNING_SET.length} answers the thresholds were chosen on (other sentences; some voice and rate combinations only in the held-out half), ${range(development)} words/min as spoken.`,
    `Second held-out: ${SECOND_HELD_OUT_SET.length} answers made after the dip between syllables was made to adapt to the speaking rate (new sentences and rates, two espeak-ng voices of its own), ${range(secondHeldOut)} words/min as spoken.`,
    `Baseline: ${BASELINE_SYLLABLES_PER_SECOND} syllables per second of detected speech ÷ ${SYLLABLES_PER_WORD} syllables per word, over the same span. Span error: measured minus true time from the first word to the last.`,
  ];
  return { rows, budgets, notes, scores, development, secondHeldOut };
}

function scoreSet(ctx: SectionContext, set: readonly PaceSpec[]): PaceScore[] {
  return set.map((spec) => {
    ctx.log(`analysis: pace ${spec.name}`);
    const answer = makePaceAnswer(spec);
    const bytes = new Uint8Array(fs.readFileSync(answer.wavPath));
    return scorePace(answer, measureRecording(decodeWav(bytes)));
  });
}

export function paceRows(group: PaceScore[], label: string): Row[] {
  const ours = group.map((s) => relativeError(s.oursWpm, s.trueWpm));
  const base = group.map((s) => relativeError(s.baselineWpm, s.trueWpm));
  const span = group.map((s) => Math.abs(s.spanErrorMs));
  return [
    {
      name: `words/min error, ${label} (median)`,
      value: round(percentile(ours, 50) * 100),
      unit: '%',
      reference: round(percentile(base, 50) * 100),
      referenceName: 'fixed-rate baseline',
      samples: group.length,
    },
    {
      name: `words/min error, ${label} (worst)`,
      value: round(Math.max(...ours) * 100),
      unit: '%',
      reference: round(Math.max(...base) * 100),
      referenceName: 'fixed-rate baseline',
      samples: group.length,
    },
    { name: `speech span error, ${label} (median)`, value: round(percentile(span, 50)), unit: 'ms', samples: group.length },
    { name: `speech span error, ${label} (worst)`, value: round(Math.max(...span)), unit: 'ms', samples: group.length },
  ];
}

function pct(x: number): string {
  return `${round(x * 100)} %`;
}

function range(scores: PaceScore[]): string {
  const wpm = scores.map((s) => s.trueWpm);
  return `${Math.round(Math.min(...wpm))}–${Math.round(Math.max(...wpm))}`;
}
