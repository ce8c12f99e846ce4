import { SUB_FRAMES_PER_FRAME } from './frame-levels.js';
import type { FrameSpan } from './speech-spans.js';

/** A stretch of speech in samples: `start` inclusive, `end` exclusive. */
export interface SampleSpan {
  start: number;
  end: number;
}

/**
 * Two sub-frames in a row above the threshold: one alone is often the noise floor's own flicker at this
 * short length (1.25 ms), two together rarely are, while any real onset stays loud for longer than that.
 */
const CONFIRM_SUB_FRAMES = 2;

/**
 * Moves each span's edges from frame resolution (10 ms) to sub-frame resolution (1.25 ms). Frame levels say
 * which frame an onset falls in; the frame edge itself can be up to a frame early (for a start) or late (for
 * an end). Only the sub-frames of the frames around each edge are looked at, so the cost is negligible.
 */
export function refineBoundaries(
  spans: readonly FrameSpan[],
  subPower: Float32Array,
  subLength: number,
  sampleCount: number,
  thresholdDb: number,
): SampleSpan[] {
  const threshold = 10 ** (thresholdDb / 10);
  const subCount = subPower.length;
  const toSample = (sub: number) => Math.min(sub * subLength, sampleCount);

  return spans.map((span) => {
    const firstSub = span.start * SUB_FRAMES_PER_FRAME;
    const endSub = Math.min(span.end * SUB_FRAMES_PER_FRAME, subCount);

    // Start: the first confirmed loud sub-frame, from one frame before the first speech frame to the end of
    // the one after it (an onset late in the first speech frame may need the next one to be confirmed).
    let start = firstSub;
    let run = 0;
    for (let sub = Math.max(0, firstSub - SUB_FRAMES_PER_FRAME); sub < Math.min(firstSub + 2 * SUB_FRAMES_PER_FRAME, endSub); sub++) {
      run = subPower[sub]! > threshold ? run + 1 : 0;
      if (run === CONFIRM_SUB_FRAMES) {
        start = sub - CONFIRM_SUB_FRAMES + 1;
        break;
      }
    }

    // End: the same from the other side, walking back from one frame after the last speech frame.
    let end = endSub;
    run = 0;
    for (
      let sub = Math.min(subCount, endSub + SUB_FRAMES_PER_FRAME) - 1;
      sub >= Math.max(start, endSub - 2 * SUB_FRAMES_PER_FRAME);
      sub--
    ) {
      run = subPower[sub]! > threshold ? run + 1 : 0;
      if (run === CONFIRM_SUB_FRAMES) {
        end = sub + CONFIRM_SUB_FRAMES;
        break;
      }
    }
    return { start: toSample(start), end: toSample(Math.max(end, start + 1)) };
  });
}
