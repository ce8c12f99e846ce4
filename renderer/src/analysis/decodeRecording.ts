import type { PcmAudio } from '#shared/analysis/measure-recording.js';

/**
 * Opus, which the recorder writes, runs at 48 kHz whatever rate it was fed; decoding at that rate
 * resamples nothing, so pause boundaries and peaks (for clipping) are measured on the samples as coded.
 */
const DECODE_RATE = 48_000;

/**
 * Fetches a recording through the media URL and decodes it with Web Audio. decodeAudioData does its
 * work off the page's thread; what comes back is copied out of the AudioBuffer (copyFromChannel),
 * because its own arrays cannot be handed to a worker.
 */
export async function decodeRecording(url: string, fetchImpl: typeof fetch = fetch): Promise<PcmAudio> {
  const response = await fetchImpl(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`the audio could not be read (HTTP ${response.status})`);
  const bytes = await response.arrayBuffer();
  // An OfflineAudioContext needs no audio device and never plays: it is only used to decode.
  const context = new OfflineAudioContext(1, 1, DECODE_RATE);
  const buffer = await context.decodeAudioData(bytes);
  const channels: Float32Array[] = [];
  for (let i = 0; i < buffer.numberOfChannels; i++) {
    const samples = new Float32Array(buffer.length);
    buffer.copyFromChannel(samples, i);
    channels.push(samples);
  }
  return { channels, sampleRate: buffer.sampleRate };
}
