import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WavError, decodeWav } from '#shared/analysis/wav.js';
import { useTempDirs } from '#tests/support/temp-dir.js';
import { type WavEncoding, riff, wavBytes } from './wav-bytes.js';

/** A short ramp through the whole range, so sign handling and scaling are both exercised. */
const RAMP = Float32Array.from([-1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 0.99]);

/** One quantisation step of each encoding: the most a decoded sample may differ from what was written. */
const STEP: Record<WavEncoding, number> = {
  pcm8: 1 / 128,
  pcm16: 1 / 32768,
  pcm24: 1 / 8388608,
  pcm32: 1 / 2147483648,
  float32: 1e-7,
  float64: 0,
};

function expectClose(actual: Float32Array, expected: Float32Array, tolerance: number) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => expect(Math.abs(value - expected[i]!)).toBeLessThanOrEqual(tolerance + 1e-9));
}

describe('decodeWav formats', () => {
  it.each(Object.keys(STEP) as WavEncoding[])('decodes %s', (encoding) => {
    const wav = decodeWav(wavBytes({ sampleRate: 16000, channels: [RAMP], encoding }));
    expect(wav.sampleRate).toBe(16000);
    expect(wav.format).toMatchObject({ encoding: encoding.startsWith('pcm') ? 'pcm' : 'float', channelCount: 1, extensible: false });
    expectClose(wav.channels[0]!, RAMP, STEP[encoding]);
  });

  it.each(['pcm16', 'pcm24', 'pcm32', 'float32'] as WavEncoding[])('decodes WAVE_FORMAT_EXTENSIBLE %s', (encoding) => {
    const wav = decodeWav(wavBytes({ sampleRate: 48000, channels: [RAMP], encoding, extensible: true }));
    expect(wav.format.extensible).toBe(true);
    expectClose(wav.channels[0]!, RAMP, STEP[encoding]);
  });

  it('de-interleaves stereo', () => {
    const right = RAMP.map((x) => -x / 2);
    const wav = decodeWav(wavBytes({ sampleRate: 44100, channels: [RAMP, right], encoding: 'pcm16' }));
    expect(wav.channels).toHaveLength(2);
    expectClose(wav.channels[0]!, RAMP, STEP.pcm16);
    expectClose(wav.channels[1]!, right, STEP.pcm16);
  });

  it('reports the full scale each format can reach, for clipping', () => {
    expect(decodeWav(wavBytes({ sampleRate: 8000, channels: [RAMP], encoding: 'pcm8' })).fullScale).toBe(127 / 128);
    expect(decodeWav(wavBytes({ sampleRate: 8000, channels: [RAMP], encoding: 'pcm16' })).fullScale).toBe(32767 / 32768);
    expect(decodeWav(wavBytes({ sampleRate: 8000, channels: [RAMP], encoding: 'float32' })).fullScale).toBe(1);
  });

  it('keeps any sample rate as given', () => {
    expect(decodeWav(wavBytes({ sampleRate: 7350, channels: [RAMP], encoding: 'pcm16' })).sampleRate).toBe(7350);
  });

  it('reads silence for NaN and infinity in float data', () => {
    const wav = decodeWav(
      wavBytes({ sampleRate: 8000, channels: [Float32Array.from([0.5, Number.NaN, Infinity, -0.5])], encoding: 'float32' }),
    );
    expect([...wav.channels[0]!]).toEqual([0.5, 0, 0, -0.5]);
  });
});

describe('decodeWav chunks', () => {
  it('skips unknown chunks, including odd-sized ones with their pad byte', () => {
    const extraChunks: [string, Uint8Array][] = [
      ['LIST', new Uint8Array([1, 2, 3, 4, 5])],
      ['bext', new Uint8Array(7)],
    ];
    const wav = decodeWav(wavBytes({ sampleRate: 16000, channels: [RAMP], encoding: 'pcm16', extraChunks }));
    expectClose(wav.channels[0]!, RAMP, STEP.pcm16);
  });

  it('reads a streamed file whose data size was never filled in', () => {
    for (const dataSizeField of [0, 0xffffffff]) {
      const wav = decodeWav(wavBytes({ sampleRate: 16000, channels: [RAMP], encoding: 'pcm16', dataSizeField }));
      expect(wav.channels[0]).toHaveLength(RAMP.length);
    }
  });

  it('reads what is there of a truncated file, dropping a partial sample frame', () => {
    const bytes = wavBytes({ sampleRate: 16000, channels: [RAMP, RAMP], encoding: 'pcm24' });
    const wav = decodeWav(bytes.subarray(0, bytes.length - 4));
    expect(wav.channels[0]).toHaveLength(RAMP.length - 1);
  });

  it('decodes from a view into a larger buffer', () => {
    const bytes = wavBytes({ sampleRate: 16000, channels: [RAMP], encoding: 'pcm16' });
    const padded = new Uint8Array(bytes.length + 10);
    padded.set(bytes, 3);
    expectClose(decodeWav(padded.subarray(3, 3 + bytes.length)).channels[0]!, RAMP, STEP.pcm16);
  });
});

describe('decodeWav refusals', () => {
  const code = (bytes: Uint8Array) => {
    try {
      decodeWav(bytes);
    } catch (error) {
      expect(error).toBeInstanceOf(WavError);
      return (error as WavError).code;
    }
    return 'decoded';
  };
  const fmt = (tag: number, bits: number) => {
    const view = new DataView(new ArrayBuffer(16));
    view.setUint16(0, tag, true);
    view.setUint16(2, 1, true);
    view.setUint32(4, 8000, true);
    view.setUint16(12, bits / 8, true);
    view.setUint16(14, bits, true);
    return new Uint8Array(view.buffer);
  };

  it('says "not_wav" for text, an empty file, and other RIFF types', () => {
    expect(code(new TextEncoder().encode('{"not": "a wav"}'))).toBe('not_wav');
    expect(code(new Uint8Array(0))).toBe('not_wav');
    const avi = wavBytes({ sampleRate: 8000, channels: [RAMP], encoding: 'pcm16' });
    avi.set(new TextEncoder().encode('AVI '), 8);
    expect(code(avi)).toBe('not_wav');
  });

  it('says "unsupported" for compressed encodings, odd sample sizes and big-endian files', () => {
    expect(
      code(
        riff([
          ['fmt ', fmt(0x55, 16)],
          ['data', new Uint8Array(4)],
        ]),
      ),
    ).toBe('unsupported');
    expect(
      code(
        riff([
          ['fmt ', fmt(0x06, 8)],
          ['data', new Uint8Array(4)],
        ]),
      ),
    ).toBe('unsupported');
    expect(
      code(
        riff([
          ['fmt ', fmt(1, 12)],
          ['data', new Uint8Array(4)],
        ]),
      ),
    ).toBe('unsupported');
    expect(
      code(
        riff([
          ['fmt ', fmt(3, 16)],
          ['data', new Uint8Array(4)],
        ]),
      ),
    ).toBe('unsupported');
    const rifx = wavBytes({ sampleRate: 8000, channels: [RAMP], encoding: 'pcm16' });
    rifx.set(new TextEncoder().encode('RIFX'), 0);
    expect(code(rifx)).toBe('unsupported');
  });

  it('says "malformed" for a missing fmt or data chunk, or a nonsense header', () => {
    expect(code(riff([['data', new Uint8Array(4)]]))).toBe('malformed');
    expect(code(riff([['fmt ', fmt(1, 16)]]))).toBe('malformed');
    expect(
      code(
        riff([
          ['fmt ', new Uint8Array(10)],
          ['data', new Uint8Array(4)],
        ]),
      ),
    ).toBe('malformed');
    const noChannels = fmt(1, 16);
    noChannels[2] = 0;
    expect(
      code(
        riff([
          ['fmt ', noChannels],
          ['data', new Uint8Array(4)],
        ]),
      ),
    ).toBe('malformed');
  });
});

describe('decodeWav against sox', () => {
  const tempDir = useTempDirs();

  it.each([
    ['8-bit unsigned', ['-e', 'unsigned-integer', '-b', '8'], 1 / 128],
    ['16-bit', ['-e', 'signed-integer', '-b', '16'], 1 / 32768],
    ['24-bit', ['-e', 'signed-integer', '-b', '24'], 1 / 8388608],
    ['32-bit', ['-e', 'signed-integer', '-b', '32'], 1e-7],
    ['32-bit float', ['-e', 'floating-point', '-b', '32'], 1e-7],
    ['64-bit float', ['-e', 'floating-point', '-b', '64'], 1e-7],
  ])('reads what sox writes as %s stereo', (_name, encoding, tolerance) => {
    const dir = tempDir();
    const reference = path.join(dir, 'reference.f32');
    const file = path.join(dir, 'tone.wav');
    // The same two tones written once as raw floats (the reference) and once in the format under test.
    const make = (out: string[]) =>
      execFileSync('sox', [
        '-D',
        '-r',
        '11025',
        '-n',
        ...out,
        'synth',
        '0.05',
        'sine',
        '440',
        'sine',
        '660',
        'channels',
        '2',
        'vol',
        '0.8',
      ]);
    make(['-c', '2', '-t', 'f32', '-e', 'floating-point', '-b', '32', reference]);
    make(['-c', '2', ...encoding, file]);
    const raw = fs.readFileSync(reference);
    const interleaved = new Float32Array(raw.buffer, raw.byteOffset, raw.byteLength / 4);
    const wav = decodeWav(fs.readFileSync(file));
    expect(wav.sampleRate).toBe(11025);
    expect(wav.channels).toHaveLength(2);
    const left = interleaved.filter((_, i) => i % 2 === 0);
    expectClose(wav.channels[0]!, left, tolerance);
  });
});
