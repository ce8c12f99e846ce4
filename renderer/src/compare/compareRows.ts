import { PACE_WORDS, VARIETY_WORDS, paceBand, varietyBand } from '#shared/analysis/delivery-bands.js';
import type { Criterion } from '#shared/content/schema.js';
import type { Attempt, CriterionMark } from '#shared/schemas/attempt.js';
import type { Measurements } from '#shared/schemas/measurements.js';
import { formatSpoken } from '#renderer/lib/answerBand.js';
import { formatRating } from '#renderer/lib/format.js';

export type CompareRow = { label: string; a: string; b: string };
export type CompareGroup = { title: string; rows: CompareRow[] };

const MARK_TEXT: Record<CriterionMark, string> = { met: 'Met', partly: 'Partly', not_met: 'Not met' };
export const NOT_MEASURED = 'not measured';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const MEASURES: ReadonlyArray<[string, (m: Measurements) => string]> = [
  ['Speaking time', (m) => formatSpoken(m.speechMs)],
  ['Time to first word', (m) => seconds(m.leadingSilenceMs)],
  ['Pauses', (m) => String(m.pauseCount)],
  ['Longest pause', (m) => (m.pauseCount === 0 ? '—' : seconds(m.longestPauseMs))],
  ['Silence at the end', (m) => seconds(m.trailingSilenceMs)],
  ['Speech level', (m) => (m.speechLevelDb === null ? '—' : `${Math.abs(m.speechLevelDb).toFixed(1)} dB below maximum`)],
  ['Pace', (m) => paceText(m)],
  ['Pitch variety', (m) => varietyText(m)],
];

/** A take measured before pace existed says so (it is measured again when opened); too little speech is "—". */
function paceText(m: Measurements): string {
  if (m.wordsPerMinute === undefined) return NOT_MEASURED;
  return m.wordsPerMinute === null ? '—' : `${m.wordsPerMinute} words/min (${PACE_WORDS[paceBand(m.wordsPerMinute)]})`;
}

function varietyText(m: Measurements): string {
  if (m.pitchVariety === undefined) return NOT_MEASURED;
  if (m.pitchVariety === null || m.pitchRangeSemitones == null) return '—';
  const words = VARIETY_WORDS[varietyBand(m.pitchVariety, m.pitchRangeSemitones)];
  return `${words[0]!.toUpperCase()}${words.slice(1)} (${m.pitchRangeSemitones.toFixed(0)} semitones)`;
}

/**
 * The two takes' reviews and measurements as rows of one table, so each line reads across: A
 * against B. A take with no measurements says so in every measurement row.
 */
export function compareGroups(a: Attempt, b: Attempt, criteria: readonly Criterion[]): CompareGroup[] {
  const both = (f: (x: Attempt) => string) => ({ a: f(a), b: f(b) });
  const measured = (f: (m: Measurements) => string) => both((x) => (x.measurements ? f(x.measurements) : NOT_MEASURED));
  return [
    {
      title: 'Review',
      rows: [
        { label: 'Overall rating', ...both((x) => formatRating(x.review.rating)) },
        ...criteria.map((c) => ({ label: c.label, ...both((x) => MARK_TEXT[x.review.marks[c.id]!] ?? 'not marked') })),
        { label: 'Next time I will…', ...both((x) => x.review.nextTime.trim() || '—') },
      ],
    },
    {
      title: 'Measurements',
      rows: [{ label: 'Length', ...both((x) => formatSpoken(x.durationMs)) }, ...MEASURES.map(([label, f]) => ({ label, ...measured(f) }))],
    },
  ];
}
