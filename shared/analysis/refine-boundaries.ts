import type { FrameSpan } from './speech-spans.js';

/** A stretch of speech in samples: `start` inclusive, `end` exclusive. */
export interface SampleSpan {
  start: number;
  end: number;
}

/**
 * Sub-frames of an eighth of a frame (about 1.25 ms): fine enough that a boundary lands within a couple of
 * milliseconds of where the sound starts, and still several samples long at 8 kHz.
 */
const SUB_FRAMES_PER_FRAME = 8;

/**
 * Two sub-frames in a row above the threshold: one alone is often the noise floor's own flicker at this
 * short length, two together rarely are, while any real onset stays loud for longer than that.
 */
const CONFIRM_SUB_FRAMES = 2;

/**
 * Moves each span's edges from frame resolution (10 ms) to sub-frame resolution. Frame levels say which
 * frame an onset falls in; the frame boundary itself can be up to a frame early (for a start) or late (for
 * an end). Only the two frames around each edge are looked at again, so the cost is negligible.
 */
export function refineBoundaries(
  samples: Float32Array,
  spans: readonly FrameSpan[],
  frameLength: number,
  thresholdDb: number,
  dcOffset: number,
): SampleSpan[] {
  const subLength = Math.max(1, Math.round(frameLength / SUB_FRAMES_PER_FRAME));
  const thresholdPower = 10 ** (thresholdDb / 10);
  const loud = (at: number) => meanSquare(samples, at, Math.min(at + subLength, samples.length), dcOffset) > thresholdPower;

  return spans.map((span) => {
    const frameStart = span.start * frameLength;
    const frameEnd = Math.min(span.end * frameLength, samples.length);

    // Start: the first confirmed loud sub-frame from one frame before the first speech frame.
    let start = frameStart;
    let run = 0;
    const searchStart = Math.max(0, frameStart - frameLength);
    const searchEnd = Math.min(frameStart + frameLength, frameEnd);
    for (let at = searchStart; at < searchEnd; at += subLength) {
      run = loud(at) ? run + 1 : 0;
      if (run === CONFIRM_SUB_FRAMES) {
        start = at - (CONFIRM_SUB_FRAMES - 1) * subLength;
        break;
      }
    }

    // End: the same from the other side, walking back from one frame after the last speech frame.
    let end = frameEnd;
    run = 0;
    const backFrom = Math.min(samples.length, frameEnd + frameLength);
    const backTo = Math.max(start, frameEnd - frameLength);
    for (let at = backFrom - subLength; at >= backTo; at -= subLength) {
      run = loud(at) ? run + 1 : 0;
      if (run === CONFIRM_SUB_FRAMES) {
        end = Math.min(samples.length, at + CONFIRM_SUB_FRAMES * subLength);
        break;
      }
    }
    return { start, end: Math.max(end, start + 1) };
  });
}

function meanSquare(samples: Float32Array, from: number, to: number, dcOffset: number): number {
  let power = 0;
  for (let i = from; i < to; i++) {
    const centred = samples[i]! - dcOffset;
    power += centred * centred;
  }
  return to > from ? power / (to - from) : 0;
}
