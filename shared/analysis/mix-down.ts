/**
 * Mixes any number of channels to one by averaging them, sample by sample.
 * A single channel is returned as it is (no copy); channels of unequal length mix over the shortest.
 * Averaging (rather than summing) keeps the level on the same dBFS scale and cannot clip.
 */
export function mixToMono(channels: readonly Float32Array[]): Float32Array {
  const first = channels[0];
  if (!first) return new Float32Array(0);
  if (channels.length === 1) return first;
  const length = Math.min(...channels.map((channel) => channel.length));
  const mono = new Float32Array(length);
  for (const channel of channels) {
    for (let i = 0; i < length; i++) mono[i]! += channel[i]!;
  }
  const scale = 1 / channels.length;
  for (let i = 0; i < length; i++) mono[i]! *= scale;
  return mono;
}
