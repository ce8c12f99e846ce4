import { answerLengthMs } from '#shared/analysis/calibration.js';
import { COMFORTABLE_WPM, PACE_WORDS, paceBand, varietyBand } from '#shared/analysis/delivery-bands.js';
import { answerSpan } from '#shared/analysis/star-timing.js';
import type { Measurements } from '#shared/schemas/measurements.js';
import { bandFor, formatClock, formatTargetRange, type BandLimits } from '#renderer/lib/answerBand.js';

export type Tone = 'plain' | 'good' | 'warn';

/** One measured fact in plain words: what it is, the finding, and (muted) the number behind it. */
export type FactLine = { id: string; label: string; value: string; detail?: string; tone: Tone };

/** Seconds with one decimal under a minute ("2.4 s"), minutes and seconds above ("1 min 5 s"). */
export function formatSeconds(ms: number): string {
  if (ms < 60_000) return `${(Math.round(ms / 100) / 10).toFixed(1)} s`;
  const total = Math.round(ms / 1000);
  const s = total % 60;
  return s === 0 ? `${Math.floor(total / 60)} min` : `${Math.floor(total / 60)} min ${s} s`;
}

/**
 * Speech level (RMS over speech, dBFS) in words. A close microphone with Chromium's automatic gain
 * puts conversational speech around -25 to -15 dBFS; below -40 the words sink towards the room's
 * noise, and above -12 peaks start to reach full scale.
 */
export function loudnessWords(levelDb: number): { text: string; tone: Tone } {
  if (levelDb < -40) return { text: 'Very quiet — move closer or turn the microphone up', tone: 'warn' };
  if (levelDb < -30) return { text: 'On the quiet side', tone: 'plain' };
  if (levelDb <= -12) return { text: 'A comfortable level', tone: 'good' };
  return { text: 'Loud — close to the microphone’s limit', tone: 'warn' };
}

/**
 * Steadiness is the spread of the 10 ms level over speech; syllables alone make 6–9 dB of it, so the
 * words describe the spread beyond that, and the number is best compared between takes.
 */
export function steadinessWords(spreadDb: number): { text: string; tone: Tone } {
  if (spreadDb <= 9) return { text: 'Steady', tone: 'good' };
  if (spreadDb <= 12) return { text: 'Some rise and fall', tone: 'plain' };
  return { text: 'Uneven — some stretches much louder or softer than others', tone: 'warn' };
}

/** A few clipped samples are inaudible; from about one in two thousand, distortion can be heard. */
export const AUDIBLE_CLIPPING_SHARE = 0.0005;

/** Decibels below full scale in words: "dBFS" means nothing to someone rehearsing an interview. */
const db = (value: number) => `${Math.abs(Number(value.toFixed(0)))} dB below the loudest a recording can be`;

/** The measurements as lines of plain words, in the order someone reviewing an answer asks about them. */
export function describeMeasurements(m: Measurements, limits: BandLimits): FactLine[] {
  const lines: FactLine[] = [];
  const lengthMs = answerLengthMs(m.durationMs, m);
  const band = bandFor(lengthMs, limits);
  const target = formatTargetRange(limits);
  lines.push({
    id: 'length',
    label: 'Length',
    value: `${formatClock(lengthMs)} — ${{ under: 'under', in: 'within', over: 'over' }[band]} your ${target} target`,
    detail: 'to your last word',
    tone: band === 'in' ? 'good' : 'warn',
  });
  if (m.speechLevelDb === null) {
    lines.push({ id: 'speech', label: 'Speaking time', value: 'No speech was found in this recording', tone: 'warn' });
    return lines;
  }
  const span = answerSpan(m.durationMs, m);
  const share = Math.round((m.speechMs / Math.max(1, span.endMs - span.startMs)) * 100);
  lines.push({
    id: 'speech',
    label: 'Speaking time',
    value: formatClock(m.speechMs),
    detail: `${share}% of the time between your first and last word`,
    tone: 'plain',
  });
  lines.push({ id: 'first-word', label: 'Time to first word', value: formatSeconds(m.leadingSilenceMs), tone: 'plain' });
  lines.push({
    id: 'pauses',
    label: 'Pauses',
    value:
      m.pauseCount === 0
        ? 'None of half a second or more'
        : `${m.pauseCount} of half a second or more; the longest ${formatSeconds(m.longestPauseMs)}`,
    tone: 'plain',
  });
  const loud = loudnessWords(m.speechLevelDb);
  lines.push({ id: 'loudness', label: 'Loudness', value: loud.text, detail: db(m.speechLevelDb), tone: loud.tone });
  if (m.levelSteadinessDb !== null) {
    const steady = steadinessWords(m.levelSteadinessDb);
    lines.push({
      id: 'steadiness',
      label: 'Steadiness',
      value: steady.text,
      detail: `${m.levelSteadinessDb.toFixed(1)} dB spread`,
      tone: steady.tone,
    });
  }
  const pace = paceLine(m);
  if (pace) lines.push(pace);
  const pitch = pitchLine(m);
  if (pitch) lines.push(pitch);
  return lines;
}

/** "148 words/min — comfortable (about 120–160)"; null for measurements from before pace, or too short a take. */
export function paceLine(m: Measurements): FactLine | null {
  if (m.wordsPerMinute == null) return null;
  const band = paceBand(m.wordsPerMinute);
  const { min, max } = COMFORTABLE_WPM;
  const words = band === 'comfortable' ? `comfortable (about ${min}–${max})` : `${PACE_WORDS[band]} (comfortable is about ${min}–${max})`;
  return {
    id: 'pace',
    label: 'Pace',
    value: `${m.wordsPerMinute} words/min — ${words}`,
    detail:
      m.syllablesPerSecond != null && m.articulationRate != null
        ? `estimated from ${m.syllablesPerSecond.toFixed(1)} syllables a second, ${m.articulationRate.toFixed(1)} while speaking`
        : undefined,
    tone: band === 'comfortable' ? 'good' : band === 'slow' || band === 'fast' ? 'warn' : 'plain',
  };
}

/** Pitch variety in plain words, with the median pitch and range behind it. */
export function pitchLine(m: Measurements): FactLine | null {
  if (m.pitchVariety == null || m.pitchRangeSemitones == null) return null;
  const band = varietyBand(m.pitchVariety, m.pitchRangeSemitones);
  const value = {
    monotone: 'Fairly monotone — let your voice rise and fall with the story',
    some: 'Some variety',
    lively: 'Lively — your voice moves with what you say',
  }[band];
  const median = m.pitchMedianHz != null ? `around ${Math.round(m.pitchMedianHz)} Hz, ` : '';
  return {
    id: 'pitch',
    label: 'Pitch variety',
    value,
    detail: `${median}a range of ${m.pitchRangeSemitones.toFixed(0)} semitones`,
    tone: band === 'monotone' ? 'warn' : band === 'lively' ? 'good' : 'plain',
  };
}

/** The clipping warning, or null when too little clipped to hear. */
export function clippingWarning(m: Measurements): string | null {
  if (m.clippedShare < AUDIBLE_CLIPPING_SHARE) return null;
  const percent = m.clippedShare * 100;
  const amount = percent < 0.1 ? 'under 0.1%' : `${percent.toFixed(1)}%`;
  return `Some peaks hit the microphone’s limit and will sound distorted (${amount} of the audio). Sit a little further back or turn the input down.`;
}
