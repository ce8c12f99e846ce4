import type { SpeechThresholds } from './speech-thresholds.js';

/** A stretch of speech in frames: `start` inclusive, `end` exclusive. */
export interface FrameSpan {
  start: number;
  end: number;
}

export interface SpanRules {
  /** Gaps shorter than this (in frames) are part of the speech around them: stop closures, word joins. */
  bridgeFrames: number;
  /** Speech shorter than this (in frames, after bridging) is a click or a bump, not a word. */
  minSpeechFrames: number;
}

/**
 * Finds the stretches of speech in a run of frame levels.
 *
 * A stretch is a maximal run of frames above `exitDb` that somewhere rises above `enterDb` (hysteresis:
 * the loud core proves it is speech, the softer edges around it still belong to it, and the same rule
 * places both ends). Stretches closer than `bridgeFrames` merge (the hangover); what stays shorter than
 * `minSpeechFrames` is dropped. Merging comes first so a short syllable next to others is kept.
 */
export function findSpeechSpans(levelsDb: Float32Array, thresholds: SpeechThresholds, rules: SpanRules): FrameSpan[] {
  const merged: FrameSpan[] = [];
  const { enterDb, exitDb } = thresholds;
  let runStart = -1;
  let runIsSpeech = false;

  const closeRun = (end: number) => {
    if (!runIsSpeech) return;
    const last = merged[merged.length - 1];
    if (last && runStart - last.end < rules.bridgeFrames) last.end = end;
    else merged.push({ start: runStart, end });
  };

  for (let frame = 0; frame < levelsDb.length; frame++) {
    const level = levelsDb[frame]!;
    if (level > exitDb) {
      if (runStart < 0) {
        runStart = frame;
        runIsSpeech = false;
      }
      if (level > enterDb) runIsSpeech = true;
    } else if (runStart >= 0) {
      closeRun(frame);
      runStart = -1;
    }
  }
  if (runStart >= 0) closeRun(levelsDb.length);

  return merged.filter((span) => span.end - span.start >= rules.minSpeechFrames);
}
