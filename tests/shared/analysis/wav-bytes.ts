/**
 * Builds WAV files byte by byte for decoder tests, so every header variant is exactly what the test says.
 * Samples are given as floats in [-1, 1] and quantised the way the format does it.
 */
export type WavEncoding = 'pcm8' | 'pcm16' | 'pcm24' | 'pcm32' | 'float32' | 'float64';

export interface WavBytesOptions {
  sampleRate: number;
  channels: Float32Array[];
  encoding: WavEncoding;
  extensible?: boolean;
  /** Chunks to put between fmt and data, e.g. a LIST chunk, as [id, body]. */
  extraChunks?: [string, Uint8Array][];
  /** Override the size written in the data chunk header (e.g. 0xFFFFFFFF for a streamed file). */
  dataSizeField?: number;
}

const BITS: Record<WavEncoding, number> = { pcm8: 8, pcm16: 16, pcm24: 24, pcm32: 32, float32: 32, float64: 64 };

export function wavBytes(options: WavBytesOptions): Uint8Array {
  const { sampleRate, channels, encoding } = options;
  const bits = BITS[encoding];
  const bytesPerSample = bits / 8;
  const frames = channels[0]?.length ?? 0;
  const blockAlign = bytesPerSample * channels.length;
  const isFloat = encoding.startsWith('float');

  const fmt = new DataView(new ArrayBuffer(options.extensible ? 40 : 16));
  fmt.setUint16(0, options.extensible ? 0xfffe : isFloat ? 3 : 1, true);
  fmt.setUint16(2, channels.length, true);
  fmt.setUint32(4, sampleRate, true);
  fmt.setUint32(8, sampleRate * blockAlign, true);
  fmt.setUint16(12, blockAlign, true);
  fmt.setUint16(14, bits, true);
  if (options.extensible) {
    fmt.setUint16(16, 22, true); // cbSize
    fmt.setUint16(18, bits, true); // valid bits
    fmt.setUint32(20, channels.length === 2 ? 0x3 : 0x4, true); // speaker mask
    const guid = [isFloat ? 3 : 1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71];
    guid.forEach((byte, i) => fmt.setUint8(24 + i, byte));
  }

  const data = new DataView(new ArrayBuffer(frames * blockAlign));
  for (let i = 0; i < frames; i++) {
    channels.forEach((channel, c) => writeSample(data, i * blockAlign + c * bytesPerSample, channel[i]!, encoding));
  }

  const chunks: [string, Uint8Array, number?][] = [
    ['fmt ', new Uint8Array(fmt.buffer)],
    ...(options.extraChunks ?? []),
    ['data', new Uint8Array(data.buffer), options.dataSizeField],
  ];
  return riff(chunks);
}

/** A RIFF/WAVE file from chunks, each padded to an even length as the spec asks. */
export function riff(chunks: [string, Uint8Array, number?][]): Uint8Array {
  const size = 12 + chunks.reduce((sum, [, body]) => sum + 8 + body.length + (body.length & 1), 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  writeAscii(out, 0, 'RIFF');
  view.setUint32(4, size - 8, true);
  writeAscii(out, 8, 'WAVE');
  let at = 12;
  for (const [id, body, sizeField] of chunks) {
    writeAscii(out, at, id);
    view.setUint32(at + 4, sizeField ?? body.length, true);
    out.set(body, at + 8);
    at += 8 + body.length + (body.length & 1);
  }
  return out;
}

function writeSample(view: DataView, at: number, value: number, encoding: WavEncoding): void {
  const clamp = (x: number, max: number) => Math.max(-max - 1, Math.min(max, Math.round(x * (max + 1))));
  switch (encoding) {
    case 'pcm8':
      return view.setUint8(at, clamp(value, 127) + 128);
    case 'pcm16':
      return view.setInt16(at, clamp(value, 32767), true);
    case 'pcm24': {
      const v = clamp(value, 8388607);
      view.setUint8(at, v & 0xff);
      view.setUint8(at + 1, (v >> 8) & 0xff);
      return view.setInt8(at + 2, v >> 16);
    }
    case 'pcm32':
      return view.setInt32(at, clamp(value, 2147483647), true);
    case 'float32':
      return view.setFloat32(at, value, true);
    case 'float64':
      return view.setFloat64(at, value, true);
  }
}

function writeAscii(out: Uint8Array, at: number, text: string): void {
  for (let i = 0; i < 4; i++) out[at + i] = text.charCodeAt(i);
}
