/**
 * A sample at or beyond 0.999 of full scale has almost certainly hit the converter's limit: speech peaks
 * that loud are flattened, and the flattening is what a listener hears as distortion.
 */
export const DEFAULT_CLIP_LEVEL = 0.999;

/**
 * The level at which a format's samples count as clipped. 8-bit PCM cannot reach 0.999 (its largest
 * positive sample is 127/128), so its own full scale is used instead.
 */
export function clipLevelFor(fullScale: number): number {
  return Math.min(DEFAULT_CLIP_LEVEL, fullScale);
}

/**
 * Share (0..1) of samples with |x| >= clipLevel over all channels. Counted per channel, before any
 * mixing, because averaging a clipped channel with a clean one hides the clipping.
 */
export function clippedShare(channels: readonly Float32Array[], clipLevel = DEFAULT_CLIP_LEVEL): number {
  let clipped = 0;
  let total = 0;
  for (const channel of channels) {
    total += channel.length;
    for (let i = 0; i < channel.length; i++) {
      const sample = channel[i]!;
      if (sample >= clipLevel || sample <= -clipLevel) clipped++;
    }
  }
  return total === 0 ? 0 : clipped / total;
}
