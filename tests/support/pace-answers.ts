import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Spoken answers with a known pace, for measuring how well the words per minute are estimated from
 * the sound alone. Two synthesizers (espeak-ng at several -s rates and voices; Festival with two US
 * English voices at several duration stretches), sentences joined by silences, clean or in a "room"
 * (a little reverberation and background noise, made with sox).
 *
 * The truth is the synthesizer's own: the number of words in the text, and the time from the first
 * word's start to the last word's end. Festival reports each word's start and end (its Word relation),
 * so each sentence is cut to exactly those; espeak-ng reports no timings, so its sentences are trimmed
 * where the sound rises above -60 dBFS, which espeak's output (digital silence around the speech) makes
 * exact. Cached under tests/.generated/pace/.
 */

export type Synth = 'espeak' | 'festival';

export interface PaceSpec {
  name: string;
  synth: Synth;
  /** espeak-ng voice (en-us, en-gb+f3, …) or Festival voice (cmu_us_slt_arctic_hts, kal_diphone). */
  voice: string;
  /**
   * espeak-ng: its -s words per minute. Festival: a speed factor (1 = the voice's own pace, above 1
   * faster): the HTS voice's engine rate (-r), or 1/Duration_Stretch for a diphone voice.
   */
  rate: number;
  sentences: string[];
  /** Silence after each sentence but the last, seconds. */
  gapsSeconds: number[];
  room: boolean;
}

export interface PaceAnswer {
  spec: PaceSpec;
  wavPath: string;
  durationMs: number;
  words: number;
  /** From the first word's start to the last word's end. */
  spanStartMs: number;
  spanEndMs: number;
  /** words / span. */
  wordsPerMinute: number;
}

const RECIPE_VERSION = 1;
const RATE = 48000;
const LEAD_SECONDS = 0.8;
const TAIL_SECONDS = 0.7;
const SPEECH_PEAK_DB = -6;
/** Pink noise with its peaks at -32 dBFS sits about 44 dB down (RMS): 20–25 dB under the speech. */
const ROOM_NOISE_PEAK_DB = -32;
const generatedDir = path.resolve(import.meta.dirname, '..', '.generated', 'pace');
const FLOAT_WAV = ['-e', 'floating-point', '-b', '32'];
const TRIM_EDGES = ['silence', '1', '0.001', '0.1%', 'reverse', 'silence', '1', '0.001', '0.1%', 'reverse'];

/** Words as a listener counts them: the text split at spaces (the sentences spell numbers out). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length;
}

export function makePaceAnswer(spec: PaceSpec): PaceAnswer {
  if (spec.gapsSeconds.length !== spec.sentences.length - 1) throw new Error(`${spec.name}: one gap between each pair of sentences`);
  const key = createHash('sha256').update(JSON.stringify({ RECIPE_VERSION, spec })).digest('hex').slice(0, 16);
  fs.mkdirSync(generatedDir, { recursive: true });
  const wavPath = path.join(generatedDir, `${spec.name}-${key}.wav`);
  const truthPath = `${wavPath}.truth.json`;
  if (fs.existsSync(truthPath) && fs.existsSync(wavPath)) return JSON.parse(fs.readFileSync(truthPath, 'utf8')) as PaceAnswer;
  const work = fs.mkdtempSync(path.join(generatedDir, `${spec.name}-work-`));
  try {
    const answer = build(spec, work, wavPath);
    fs.renameSync(path.join(work, 'answer.wav'), wavPath);
    fs.writeFileSync(path.join(work, 'truth.json'), JSON.stringify(answer, null, 2));
    fs.renameSync(path.join(work, 'truth.json'), truthPath);
    return answer;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function build(spec: PaceSpec, work: string, finalPath: string): PaceAnswer {
  const at = (name: string) => path.join(work, name);
  const sentenceFiles = spec.synth === 'espeak' ? espeakSentences(spec, at) : festivalSentences(spec, work, at);
  const silence = (name: string, seconds: number) => {
    sox(['-r', String(RATE), '-c', '1', '-n', ...FLOAT_WAV, at(name), 'trim', '0', `${Math.round(seconds * RATE)}s`]);
    return at(name);
  };
  const pieces = [silence('lead.wav', LEAD_SECONDS)];
  sentenceFiles.forEach((file, i) => {
    pieces.push(file);
    const gap = spec.gapsSeconds[i];
    if (gap !== undefined) pieces.push(silence(`gap-${i}.wav`, gap));
  });
  pieces.push(silence('tail.wav', TAIL_SECONDS));
  const lengths = pieces.map(sampleCount);
  const total = lengths.reduce((a, b) => a + b, 0);
  const ms = (samples: number) => (samples * 1000) / RATE;
  const spanStartMs = ms(lengths[0]!);
  const spanEndMs = ms(total - lengths[lengths.length - 1]!);

  const speech = at('speech.wav');
  sox([...pieces, speech]);
  const out = at('answer.wav');
  const pcm16 = ['-e', 'signed-integer', '-b', '16'];
  if (spec.room) {
    const wet = at('wet.wav');
    // A small, fairly dead room: a short tail that blurs the dips between syllables a little.
    sox([speech, ...FLOAT_WAV, wet, 'reverb', '30', '50', '40', '100', '0', '-6']);
    const noise = at('noise.wav');
    sox([
      '-r',
      String(RATE),
      '-c',
      '1',
      '-n',
      ...FLOAT_WAV,
      noise,
      'synth',
      `${total}s`,
      'pinknoise',
      'gain',
      '-n',
      String(ROOM_NOISE_PEAK_DB),
    ]);
    sox(['-m', '-v', '1', wet, '-v', '1', noise, ...pcm16, out, 'trim', '0', `${total}s`]);
  } else {
    sox([speech, ...pcm16, out]);
  }
  const words = spec.sentences.reduce((n, s) => n + countWords(s), 0);
  return {
    spec,
    wavPath: finalPath,
    durationMs: ms(total),
    words,
    spanStartMs,
    spanEndMs,
    wordsPerMinute: (words * 60_000) / (spanEndMs - spanStartMs),
  };
}

function espeakSentences(spec: PaceSpec, at: (name: string) => string): string[] {
  return spec.sentences.map((text, i) => {
    const raw = at(`raw-${i}.wav`);
    execFileSync('espeak-ng', ['-v', spec.voice, '-s', String(spec.rate), '-w', raw, text]);
    const out = at(`sentence-${i}.wav`);
    sox([raw, '-c', '1', ...FLOAT_WAV, out, 'rate', '-v', String(RATE), ...TRIM_EDGES, 'gain', '-n', String(SPEECH_PEAK_DB)]);
    return out;
  });
}

/** One Festival run synthesizes every sentence and prints the first word's start and the last word's end. */
function festivalSentences(spec: PaceSpec, work: string, at: (name: string) => string): string[] {
  // An HTS voice computes its own durations and ignores Duration_Stretch; its engine takes a rate instead.
  const speed = spec.voice.endsWith('_hts')
    ? `(set! hts_engine_params (append hts_engine_params (list (list "-r" ${spec.rate}))))`
    : `(Parameter.set 'Duration_Stretch ${1 / spec.rate})`;
  const lines = [`(voice_${spec.voice})`, speed];
  spec.sentences.forEach((text, i) => {
    if (/["\\]/.test(text)) throw new Error('no quotes or backslashes in Festival sentences');
    lines.push(
      `(set! u (utt.synth (eval (list 'Utterance 'Text "${text}"))))`,
      `(utt.save.wave u "${at(`raw-${i}.wav`)}" 'riff)`,
      `(set! ws (utt.relation.items u 'Word))`,
      `(format t "SPAN ${i} %f %f\\n" (item.feat (car ws) "word_start") (item.feat (car (last ws)) "word_end"))`,
    );
  });
  const script = path.join(work, 'say.scm');
  fs.writeFileSync(script, lines.join('\n') + '\n');
  const output = execFileSync('festival', ['-b', script], { encoding: 'utf8' });
  return spec.sentences.map((_, i) => {
    const match = new RegExp(`SPAN ${i} ([\\d.]+) ([\\d.]+)`).exec(output);
    if (!match) throw new Error(`Festival gave no word timings for sentence ${i}: ${output}`);
    const [start, end] = [Number(match[1]), Number(match[2])];
    const out = at(`sentence-${i}.wav`);
    sox([
      at(`raw-${i}.wav`),
      '-c',
      '1',
      ...FLOAT_WAV,
      out,
      'trim',
      String(start),
      `=${end}`,
      'rate',
      '-v',
      String(RATE),
      'gain',
      '-n',
      String(SPEECH_PEAK_DB),
    ]);
    return out;
  });
}

function sox(args: string[]): void {
  execFileSync('sox', ['-D', '-R', '-V1', ...args]);
}

function sampleCount(file: string): number {
  return Number(execFileSync('soxi', ['-s', file], { encoding: 'utf8' }).trim());
}
