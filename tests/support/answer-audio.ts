import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Spoken answers with known pauses, made at test time: sentences spoken by espeak-ng, joined by silences
 * of known length, with faint background noise mixed in. The truth comes from the pieces' exact lengths
 * (`soxi -s`), so every boundary is known to the sample. Cached under tests/.generated/answers/.
 */

export interface AnswerSpec {
  name: string;
  sentences: string[];
  /** Silence inserted after each sentence but the last, in seconds (one fewer than sentences). */
  gapsSeconds: number[];
  leadSeconds: number;
  tailSeconds: number;
  sampleRate: number;
  /** Final file encoding; speech and noise are mixed in float first. */
  encoding: 'pcm16' | 'pcm24' | 'float32';
  channels: 1 | 2;
  voice: string;
  wordsPerMinute: number;
  /** Peak level of the speech, dBFS: -3 is a close microphone, -20 a quiet speaker. */
  speechPeakDb: number;
  /** Background noise colour and peak level, dBFS (pink noise's RMS sits about 12 dB below its peak). */
  noise: 'pinknoise' | 'brownnoise' | 'whitenoise';
  noisePeakDb: number;
}

export interface Interval {
  startMs: number;
  endMs: number;
}

export interface AnswerAudio {
  spec: AnswerSpec;
  wavPath: string;
  durationMs: number;
  leadingSilenceMs: number;
  trailingSilenceMs: number;
  /** Each sentence's span, from its first to its last non-silent sample. */
  sentences: Interval[];
  /** Every inserted silence between sentences, with its length as given. */
  gaps: (Interval & { seconds: number })[];
}

/** Bump when the way answers are made changes, so stale cached files are not reused. */
const RECIPE_VERSION = 2;

const generatedDir = path.resolve(import.meta.dirname, '..', '.generated', 'answers');

/**
 * espeak-ng leaves about 0.4 s of digital silence after each sentence (and could start with some);
 * trimming at -60 dBFS (0.1 %) removes it without touching the quietest speech sounds, which espeak
 * renders well above that. Trimming the reversed audio trims the end.
 */
const TRIM_EDGES = ['silence', '1', '0.001', '0.1%', 'reverse', 'silence', '1', '0.001', '0.1%', 'reverse'];

const FLOAT_WAV = ['-e', 'floating-point', '-b', '32'];

/** The true pauses of an answer: inserted silences at least `minPauseMs` long. */
export function truePauses(answer: AnswerAudio, minPauseMs = 500): Interval[] {
  return answer.gaps.filter((gap) => gap.endMs - gap.startMs >= minPauseMs).map(({ startMs, endMs }) => ({ startMs, endMs }));
}

/** Builds (or finds in the cache) the WAV for a spec and returns it with its truth. */
export function makeAnswerAudio(spec: AnswerSpec): AnswerAudio {
  if (spec.gapsSeconds.length !== spec.sentences.length - 1) throw new Error(`${spec.name}: need one gap between each pair of sentences`);
  const key = createHash('sha256').update(JSON.stringify({ RECIPE_VERSION, spec })).digest('hex').slice(0, 16);
  fs.mkdirSync(generatedDir, { recursive: true });
  const wavPath = path.join(generatedDir, `${spec.name}-${key}.wav`);
  const truthPath = `${wavPath}.truth.json`;
  // The truth file is written last, so its presence means the WAV beside it is complete.
  if (fs.existsSync(truthPath) && fs.existsSync(wavPath)) return JSON.parse(fs.readFileSync(truthPath, 'utf8')) as AnswerAudio;

  // Parallel test workers may build the same answer: each works in its own folder and renames into place.
  const work = fs.mkdtempSync(path.join(generatedDir, `${spec.name}-work-`));
  try {
    const answer = buildAnswer(spec, work, wavPath);
    const tempWav = path.join(work, 'answer.wav');
    fs.renameSync(tempWav, wavPath);
    const tempTruth = path.join(work, 'truth.json');
    fs.writeFileSync(tempTruth, JSON.stringify(answer, null, 2));
    fs.renameSync(tempTruth, truthPath);
    return answer;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function buildAnswer(spec: AnswerSpec, work: string, finalPath: string): AnswerAudio {
  const rate = spec.sampleRate;
  const at = (name: string) => path.join(work, name);
  // Options before -n describe the null input, so the silence is made at the answer's own rate.
  const silence = (name: string, seconds: number) => {
    sox(['-r', String(rate), '-c', '1', '-n', ...FLOAT_WAV, at(name), 'trim', '0', `${Math.round(seconds * rate)}s`]);
    return at(name);
  };

  const pieces: { file: string; kind: 'edge' | 'sentence' | 'gap' }[] = [{ file: silence('lead.wav', spec.leadSeconds), kind: 'edge' }];
  spec.sentences.forEach((text, i) => {
    const raw = at(`raw-${i}.wav`);
    execFileSync('espeak-ng', ['-v', spec.voice, '-s', String(spec.wordsPerMinute), '-w', raw, text]);
    // Resample before trimming: the resampler's filter smears a little energy ahead of the onset.
    const sentence = at(`sentence-${i}.wav`);
    sox([raw, '-c', '1', ...FLOAT_WAV, sentence, 'rate', '-v', String(rate), ...TRIM_EDGES, 'gain', '-n', String(spec.speechPeakDb)]);
    pieces.push({ file: sentence, kind: 'sentence' });
    const gap = spec.gapsSeconds[i];
    if (gap !== undefined) pieces.push({ file: silence(`gap-${i}.wav`, gap), kind: 'gap' });
  });
  pieces.push({ file: silence('tail.wav', spec.tailSeconds), kind: 'edge' });

  // Truth from the pieces' exact sample counts, accumulated in samples so no rounding builds up.
  const sentences: Interval[] = [];
  const gaps: AnswerAudio['gaps'] = [];
  const ms = (samples: number) => (samples * 1000) / rate;
  let cursor = 0;
  for (const piece of pieces) {
    const length = sampleCount(piece.file);
    const interval = { startMs: ms(cursor), endMs: ms(cursor + length) };
    if (piece.kind === 'sentence') sentences.push(interval);
    if (piece.kind === 'gap') gaps.push({ ...interval, seconds: spec.gapsSeconds[gaps.length]! });
    cursor += length;
  }
  const totalSamples = cursor;

  const speech = at('speech.wav');
  sox([...pieces.map((piece) => piece.file), speech]);
  const noise = at('noise.wav');
  sox([
    '-r',
    String(rate),
    '-c',
    '1',
    '-n',
    ...FLOAT_WAV,
    noise,
    'synth',
    `${totalSamples}s`,
    spec.noise,
    'gain',
    '-n',
    String(spec.noisePeakDb),
  ]);
  const encoding =
    spec.encoding === 'pcm16'
      ? ['-e', 'signed-integer', '-b', '16']
      : spec.encoding === 'pcm24'
        ? ['-e', 'signed-integer', '-b', '24']
        : FLOAT_WAV;
  // -m would otherwise scale each input by 1/2; the noise is meant to add on top of the speech at its level.
  sox(['-m', '-v', '1', speech, '-v', '1', noise, ...encoding, '-c', String(spec.channels), at('answer.wav')]);

  return {
    spec,
    wavPath: finalPath,
    durationMs: ms(totalSamples),
    leadingSilenceMs: sentences[0]!.startMs,
    trailingSilenceMs: ms(totalSamples) - sentences[sentences.length - 1]!.endMs,
    sentences,
    gaps,
  };
}

function sox(args: string[]): void {
  // -D: no dither, so "silence" pieces stay digital silence until the noise is mixed in;
  // -R: a fixed random seed, so the noise (and so every result) is the same on every machine and run;
  // -V1: only errors on stderr.
  execFileSync('sox', ['-D', '-R', '-V1', ...args]);
}

function sampleCount(file: string): number {
  return Number(execFileSync('soxi', ['-s', file], { encoding: 'utf8' }).trim());
}

const SENTENCES = [
  'I led a team of five people through a difficult product launch last spring',
  'The main problem was that our supplier missed two delivery dates in a row',
  'So I set up a daily call with their manager and we agreed on a new plan',
  'In the end we shipped only one week late and the client renewed the contract',
  'What I learned is to raise a risk early instead of hoping it goes away',
  'I enjoy working with patients because every day brings a new problem to solve',
  'At my last clinic I handled the front desk schedule for four doctors',
  'When the booking system went down I kept a paper list and called every patient',
  'Nobody missed an appointment that week and my manager asked me to train others',
  'I am looking for a role where I can keep learning and take on more responsibility',
];

/** Six answers covering rates, encodings, voices, speeds, speaker levels and noise colours. */
export const ANSWER_SET: AnswerSpec[] = [
  {
    name: 'steady-48k',
    sentences: SENTENCES.slice(0, 5),
    gapsSeconds: [0.6, 1.5, 0.3, 2.5],
    leadSeconds: 1.2,
    tailSeconds: 0.8,
    sampleRate: 48000,
    encoding: 'pcm16',
    channels: 1,
    voice: 'en-us',
    wordsPerMinute: 160,
    speechPeakDb: -3,
    noise: 'pinknoise',
    noisePeakDb: -42,
  },
  {
    name: 'quiet-speaker-44k',
    sentences: SENTENCES.slice(5, 10),
    gapsSeconds: [0.9, 0.3, 2.5, 0.6],
    leadSeconds: 2.0,
    tailSeconds: 1.5,
    sampleRate: 44100,
    encoding: 'pcm24',
    channels: 1,
    voice: 'en',
    wordsPerMinute: 140,
    speechPeakDb: -18,
    noise: 'pinknoise',
    noisePeakDb: -50,
  },
  {
    name: 'phone-8k',
    sentences: [SENTENCES[1]!, SENTENCES[3]!, SENTENCES[6]!, SENTENCES[8]!],
    gapsSeconds: [1.5, 0.6, 0.9],
    leadSeconds: 0.5,
    tailSeconds: 0.6,
    sampleRate: 8000,
    encoding: 'pcm16',
    channels: 1,
    voice: 'en-us+f3',
    wordsPerMinute: 175,
    speechPeakDb: -6,
    noise: 'whitenoise',
    noisePeakDb: -40,
  },
  {
    name: 'stereo-float-22k',
    sentences: [SENTENCES[2]!, SENTENCES[4]!, SENTENCES[5]!, SENTENCES[9]!, SENTENCES[0]!],
    gapsSeconds: [0.3, 0.9, 0.6, 1.5],
    leadSeconds: 0.9,
    tailSeconds: 2.0,
    sampleRate: 22050,
    encoding: 'float32',
    channels: 2,
    voice: 'en-gb',
    wordsPerMinute: 150,
    speechPeakDb: -10,
    noise: 'brownnoise',
    noisePeakDb: -36,
  },
  {
    name: 'fast-16k',
    sentences: [SENTENCES[7]!, SENTENCES[3]!, SENTENCES[1]!, SENTENCES[6]!, SENTENCES[4]!],
    gapsSeconds: [0.6, 0.3, 0.9, 0.3],
    leadSeconds: 0.3,
    tailSeconds: 0.4,
    sampleRate: 16000,
    encoding: 'pcm16',
    channels: 1,
    voice: 'en-us',
    wordsPerMinute: 200,
    speechPeakDb: -8,
    noise: 'pinknoise',
    noisePeakDb: -44,
  },
  {
    name: 'slow-noisy-32k',
    sentences: [SENTENCES[9]!, SENTENCES[5]!, SENTENCES[2]!, SENTENCES[8]!],
    gapsSeconds: [2.5, 0.9, 1.5],
    leadSeconds: 3.0,
    tailSeconds: 1.0,
    sampleRate: 32000,
    encoding: 'pcm16',
    channels: 1,
    voice: 'en+m3',
    wordsPerMinute: 120,
    speechPeakDb: -6,
    noise: 'pinknoise',
    noisePeakDb: -32,
  },
];
