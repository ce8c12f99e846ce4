import { decodeSamples } from './wav-samples.js';

/**
 * A small WAV decoder: RIFF/WAVE with integer PCM (8/16/24/32-bit) or IEEE float (32/64-bit), plain or
 * WAVE_FORMAT_EXTENSIBLE, any sample rate and channel count. Unknown chunks (LIST, bext, fact, cue …)
 * are skipped. Pure: bytes in, normalised Float32 channels out, so it runs in either process.
 *
 * Spec: Microsoft "Multimedia Programming Interface and Data Specifications 1.0" (RIFF, WAVE) and
 * "WAVEFORMATEXTENSIBLE" (KSDATAFORMAT_SUBTYPE_PCM / _IEEE_FLOAT).
 */

export type WavErrorCode = 'not_wav' | 'unsupported' | 'malformed';

/** Why a file could not be decoded, with a code a caller can act on and a message a person can read. */
export class WavError extends Error {
  constructor(
    readonly code: WavErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WavError';
  }
}

export interface WavFormat {
  encoding: 'pcm' | 'float';
  bitsPerSample: number;
  channelCount: number;
  sampleRate: number;
  /** True when the header was WAVE_FORMAT_EXTENSIBLE. */
  extensible: boolean;
}

export interface DecodedWav {
  sampleRate: number;
  /** One array per channel, samples in [-1, 1] (float files may exceed it). */
  channels: Float32Array[];
  format: WavFormat;
  /** The largest positive sample the format can hold: 127/128 for 8-bit, 1 for float. */
  fullScale: number;
}

const FORMAT_PCM = 0x0001;
const FORMAT_IEEE_FLOAT = 0x0003;
const FORMAT_EXTENSIBLE = 0xfffe;

/** Bytes 2..15 of every KSDATAFORMAT_SUBTYPE GUID; bytes 0..1 carry the actual format tag. */
const SUBTYPE_GUID_TAIL = [0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71];

const KNOWN_TAGS: Record<number, string> = {
  0x0002: 'ADPCM',
  0x0006: 'A-law',
  0x0007: 'µ-law',
  0x0011: 'IMA ADPCM',
  0x0055: 'MPEG Layer 3',
};

export function decodeWav(bytes: Uint8Array): DecodedWav {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const riff = bytes.length >= 12 ? fourCC(bytes, 0) : '';
  if (riff === 'RIFX' || riff === 'RF64')
    throw new WavError('unsupported', `${riff} WAV files are not supported (only little-endian RIFF)`);
  if (riff !== 'RIFF' || fourCC(bytes, 8) !== 'WAVE') throw new WavError('not_wav', 'not a WAV file (no RIFF/WAVE header)');

  let format: WavFormat | null = null;
  let data: { offset: number; size: number } | null = null;
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = fourCC(bytes, offset);
    const declared = view.getUint32(offset + 4, true);
    const body = offset + 8;
    // Writers that stream (or crash) leave a size of 0 or 0xFFFFFFFF or one past the end: take what is there.
    const size = Math.min(declared, bytes.length - body);
    if (id === 'fmt ') format = parseFormat(view, body, size);
    else if (id === 'data') {
      // A writer that streams leaves a size of 0 or 0xFFFFFFFF: the data then runs to the end of the file.
      // A truncated file declares more than is there: take what is there (size is already clamped).
      const streamed = declared === 0 || declared === 0xffffffff;
      data = { offset: body, size: streamed ? bytes.length - body : size };
      if (streamed) break;
    }
    offset = body + size + (size & 1); // chunks are padded to an even length
  }
  if (!format) throw new WavError('malformed', 'WAV file has no fmt chunk');
  if (!data) throw new WavError('malformed', 'WAV file has no data chunk');

  const channels = decodeSamples(bytes, data.offset, data.size, format);
  const fullScale = format.encoding === 'float' ? 1 : 1 - 1 / 2 ** (format.bitsPerSample - 1);
  return { sampleRate: format.sampleRate, channels, format, fullScale };
}

function parseFormat(view: DataView, at: number, size: number): WavFormat {
  if (size < 16) throw new WavError('malformed', 'WAV fmt chunk is too short');
  let tag = view.getUint16(at, true);
  const channelCount = view.getUint16(at + 2, true);
  const sampleRate = view.getUint32(at + 4, true);
  const blockAlign = view.getUint16(at + 12, true);
  const bitsPerSample = view.getUint16(at + 14, true);
  const extensible = tag === FORMAT_EXTENSIBLE;
  if (extensible) {
    if (size < 40) throw new WavError('malformed', 'WAVE_FORMAT_EXTENSIBLE fmt chunk is too short');
    const guid = at + 24;
    const tailMatches = SUBTYPE_GUID_TAIL.every((byte, i) => view.getUint8(guid + 2 + i) === byte);
    if (!tailMatches) throw new WavError('unsupported', 'WAVE_FORMAT_EXTENSIBLE with an unknown sub-format');
    tag = view.getUint16(guid, true);
  }
  if (tag !== FORMAT_PCM && tag !== FORMAT_IEEE_FLOAT) {
    const name = KNOWN_TAGS[tag] ?? `format tag 0x${tag.toString(16).padStart(4, '0')}`;
    throw new WavError('unsupported', `unsupported WAV encoding: ${name} (only PCM and IEEE float)`);
  }
  const encoding = tag === FORMAT_PCM ? 'pcm' : 'float';
  const allowedBits = encoding === 'pcm' ? [8, 16, 24, 32] : [32, 64];
  if (!allowedBits.includes(bitsPerSample)) {
    throw new WavError('unsupported', `unsupported WAV sample size: ${bitsPerSample}-bit ${encoding === 'pcm' ? 'integer' : 'float'}`);
  }
  if (channelCount === 0) throw new WavError('malformed', 'WAV header says 0 channels');
  if (sampleRate === 0) throw new WavError('malformed', 'WAV header says a sample rate of 0');
  if (blockAlign !== 0 && blockAlign !== (channelCount * bitsPerSample) / 8) {
    throw new WavError('malformed', `WAV block size ${blockAlign} does not match ${channelCount} × ${bitsPerSample}-bit samples`);
  }
  return { encoding, bitsPerSample, channelCount, sampleRate, extensible };
}

function fourCC(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
}
