import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureLevels, SUB_FRAMES_PER_FRAME } from '#shared/analysis/frame-levels.js';
import { lowBand } from '#shared/analysis/low-band.js';
import { mixToMono } from '#shared/analysis/mix-down.js';
import { findSpeechSpans } from '#shared/analysis/speech-spans.js';
import { chooseSpeechThresholds } from '#shared/analysis/speech-thresholds.js';
import { measureVoice } from '#shared/analysis/voice-delivery.js';
import { vowelEnvelope } from '#shared/analysis/vowel-envelope.js';
import { decodeWav } from '#shared/analysis/wav.js';

/**
 * Why a syllable was missed: synthesizes one sentence with Festival, which reports every phone's timing,
 * and prints the vowel band's loudness frame by frame with Festival's vowels beside it and the nuclei
 * the analysis found, then each vowel that got no nucleus. A tool for looking, not a test:
 *
 *   npx tsx tests/support/pace-nuclei-dump.ts [voice] [speed] "Sentence to say"
 *
 * voice: cmu_us_slt_arctic_hts (default) or kal_diphone; speed as in pace-answers.ts (1 = the voice's
 * own pace, above 1 faster). Use sentences of the development half (pace-sets.ts), not held-out ones.
 */

/** As measure-speech.ts: gaps under 250 ms are speech, bursts under 60 ms are not. */
const BRIDGE_MS = 250;
const MIN_SPEECH_MS = 60;
const PAD_S = 0.5;

interface Vowel {
  name: string;
  startS: number;
  endS: number;
}

function synthesize(voice: string, speed: number, text: string, dir: string): { wav: string; vowels: Vowel[] } {
  if (/["\\]/.test(text)) throw new Error('no quotes or backslashes in the sentence');
  const raw = path.join(dir, 'raw.wav');
  const rate = voice.endsWith('_hts')
    ? `(set! hts_engine_params (append hts_engine_params (list (list "-r" ${speed}))))`
    : `(Parameter.set 'Duration_Stretch ${1 / speed})`;
  const script = [
    `(voice_${voice})`,
    rate,
    `(set! u (utt.synth (eval (list 'Utterance 'Text "${text}"))))`,
    `(utt.save.wave u "${raw}" 'riff)`,
    `(mapcar (lambda (s) (format t "SEG %s %f %f %s\\n" (item.name s) (item.feat s "segment_start") (item.feat s "segment_end") (item.feat s "ph_vc"))) (utt.relation.items u 'Segment))`,
  ];
  fs.writeFileSync(path.join(dir, 'say.scm'), script.join('\n') + '\n');
  const output = execFileSync('festival', ['-b', path.join(dir, 'say.scm')], { encoding: 'utf8' });
  const vowels = [...output.matchAll(/SEG (\S+) ([\d.]+) ([\d.]+) (\S+)/g)]
    .filter((m) => m[4] === '+')
    .map((m) => ({ name: m[1]!, startS: Number(m[2]) + PAD_S, endS: Number(m[3]) + PAD_S }));
  const wav = path.join(dir, 'padded.wav');
  execFileSync('sox', [
    '-D',
    '-R',
    '-V1',
    raw,
    '-c',
    '1',
    '-b',
    '16',
    wav,
    'rate',
    '-v',
    '48000',
    'gain',
    '-n',
    '-6',
    'pad',
    `${PAD_S}`,
    `${PAD_S}`,
  ]);
  return { wav, vowels };
}

function dump(voice: string, speed: number, text: string): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pace-nuclei-'));
  try {
    const { wav, vowels } = synthesize(voice, speed, text, dir);
    const pcm = decodeWav(new Uint8Array(fs.readFileSync(wav)));
    const samples = mixToMono(pcm.channels);
    const levels = measureLevels(samples, pcm.sampleRate);
    const frameSamples = levels.subLength * SUB_FRAMES_PER_FRAME;
    const frameMs = (frameSamples * 1000) / pcm.sampleRate;
    const frameCount = levels.frameDb.length;
    const spans = findSpeechSpans(levels.frameDb, chooseSpeechThresholds(levels.frameDb), {
      bridgeFrames: Math.round(BRIDGE_MS / frameMs),
      minSpeechFrames: Math.round(MIN_SPEECH_MS / frameMs),
    });
    if (spans.length === 0) throw new Error('no speech found');
    const delivery = measureVoice({ samples, sampleRate: pcm.sampleRate, spans, frameCount, frameSamples, answerSpanMs: 0, speakingMs: 0 });
    const envelope = vowelEnvelope(lowBand(samples, pcm.sampleRate), frameCount, frameSamples);
    const nuclei = new Set(delivery.nuclei);
    const seconds = (f: number) => (f * frameMs) / 1000;
    const vowelAt = (f: number) => vowels.find((v) => seconds(f) >= v.startS && seconds(f) < v.endS);
    console.log(`${vowels.length} vowels (Festival), ${nuclei.size} nuclei found; frame, vowel band dB, N = nucleus, vowel`);
    let shown: Vowel | undefined;
    for (let f = spans[0]!.start; f < spans[spans.length - 1]!.end; f++) {
      const v = vowelAt(f);
      const label = v && v !== shown ? v.name : v ? '|' : '';
      shown = v;
      const bar = '#'.repeat(Math.max(0, Math.round(envelope[f]! + 80)));
      console.log(`${String(f).padStart(5)} ${envelope[f]!.toFixed(1).padStart(6)} ${nuclei.has(f) ? 'N' : ' '} ${label.padEnd(4)} ${bar}`);
    }
    // A vowel counts as found when a nucleus lies in it or within 40 ms after it (voicing lags the onset).
    const missed = vowels.filter((v) => ![...nuclei].some((f) => seconds(f) >= v.startS && seconds(f) < v.endS + 0.04));
    console.log(`vowels without a nucleus: ${missed.map((v) => `${v.name}@${(v.startS - PAD_S).toFixed(2)}s`).join(' ') || 'none'}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const [
  voice = 'cmu_us_slt_arctic_hts',
  speed = '1.15',
  text = 'My manager trusted me with the monthly reports after my first three months',
] = process.argv.slice(2);
dump(voice, Number(speed), text);
