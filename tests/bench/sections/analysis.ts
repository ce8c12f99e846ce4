import fs from 'node:fs';
import { measureRecording } from '#shared/analysis/measure-recording.js';
import { decodeWav } from '#shared/analysis/wav.js';
import type { Measurements } from '#shared/schemas/measurements.js';
import { type PauseScore, median as scoreMedian, scorePauses } from '#tests/shared/analysis/pause-scoring.js';
import { ANSWER_SET, makeAnswerAudio, truePauses } from '#tests/support/answer-audio.js';
import { ffmpegSilencedetect, type SilencedetectResult } from '#tests/support/ffmpeg-silencedetect.js';
import type { BudgetCheck, Row, SectionResult } from '#tests/bench/report/types.js';
import { longSpokenWav, wavSeconds } from '#tests/bench/support/long-spoken-wav.js';
import { median, ratio, round } from '#tests/bench/support/stats.js';
import { benchPace } from './analysis-pace.js';
import { benchPacePipeline } from './analysis-pipeline.js';
import type { SectionContext } from './context.js';

const SPEED_BUDGET = 100;

interface FileTiming {
  name: string;
  audioMs: number;
  /** Median over the repetitions: decodeWav + measureRecording on bytes already in memory. */
  oursMs: number;
  /** Median over the repetitions: one ffmpeg silencedetect process, start to exit. */
  ffmpegMs: number;
}

/**
 * Analysis: how fast the app's own speech measurement runs (× real time) and how close its pause
 * boundaries land to the truth, on the generated answers with known pauses
 * (tests/support/answer-audio.ts), beside ffmpeg's silencedetect (-35 dB, 0.5 s) on the same files.
 */
export async function benchAnalysis(ctx: SectionContext): Promise<SectionResult> {
  const started = performance.now();
  const repetitions = ctx.quick ? 2 : 5;
  const timings: FileTiming[] = [];
  const ourErrors: number[] = [];
  const ffmpegErrors: number[] = [];
  let ourMissed = 0;
  let ffmpegMissed = 0;

  for (const spec of ANSWER_SET) {
    ctx.log(`analysis: ${spec.name}`);
    const answer = makeAnswerAudio(spec);
    const { timing, ours, ffmpeg } = timeFile(spec.name, answer.wavPath, answer.durationMs, repetitions);
    timings.push(timing);
    const truth = truePauses(answer);
    const ourScore: PauseScore = scorePauses(ours.pauses, truth, answer.gaps);
    const ffmpegScore: PauseScore = scorePauses(ffmpeg.pauses, truth, answer.gaps);
    ourErrors.push(...ourScore.boundaryErrorsMs);
    ffmpegErrors.push(...ffmpegScore.boundaryErrorsMs);
    ourMissed += ourScore.missed.length;
    ffmpegMissed += ffmpegScore.missed.length;
  }
  ctx.log('analysis: a 5 minute answer');
  const longWav = longSpokenWav(300);
  const long = timeFile('5 min answer', longWav, wavSeconds(longWav) * 1000, repetitions).timing;

  const pace = benchPace(ctx);
  const viaMicrophone = await benchPacePipeline(ctx);

  const setAudio = timings.reduce((sum, t) => sum + t.audioMs, 0);
  const setOurs = timings.reduce((sum, t) => sum + t.oursMs, 0);
  const setFfmpeg = timings.reduce((sum, t) => sum + t.ffmpegMs, 0);
  const speed = (audioMs: number, ms: number) => audioMs / ms;
  const setSpeed = speed(setAudio, setOurs);
  const setFfmpegSpeed = speed(setAudio, setFfmpeg);
  const longSpeed = speed(long.audioMs, long.oursMs);
  const longFfmpegSpeed = speed(long.audioMs, long.ffmpegMs);
  const ourMedianError = scoreMedian(ourErrors);
  const ffmpegMedianError = scoreMedian(ffmpegErrors);

  const rows: Row[] = [
    {
      name: `speed, ${timings.length} answers (${round(setAudio / 1000, 0)} s of audio)`,
      value: round(setSpeed, 0),
      unit: '× real time',
      reference: round(setFfmpegSpeed, 0),
      referenceName: 'ffmpeg',
      ratio: ratio(setSpeed, setFfmpegSpeed),
      samples: repetitions,
    },
    {
      name: `speed, 5 min answer`,
      value: round(longSpeed, 0),
      unit: '× real time',
      reference: round(longFfmpegSpeed, 0),
      referenceName: 'ffmpeg',
      ratio: ratio(longSpeed, longFfmpegSpeed),
      samples: repetitions,
    },
    {
      name: 'time for the 5 min answer',
      value: round(long.oursMs),
      unit: 'ms',
      reference: round(long.ffmpegMs),
      referenceName: 'ffmpeg',
      ratio: ratio(long.oursMs, long.ffmpegMs),
    },
    {
      name: 'pause boundary error (median)',
      value: round(ourMedianError),
      unit: 'ms',
      reference: round(ffmpegMedianError),
      referenceName: 'ffmpeg',
      ratio: ratio(ourMedianError, ffmpegMedianError),
      samples: ourErrors.length,
      note: `ffmpeg: ${ffmpegErrors.length} boundaries`,
    },
    { name: 'true pauses missed', value: ourMissed, unit: '', reference: ffmpegMissed, referenceName: 'ffmpeg' },
    ...pace.rows,
    ...viaMicrophone.rows,
  ];
  const budgets: BudgetCheck[] = [
    { budget: `speed ≥ ${SPEED_BUDGET}× real time (answer set)`, met: setSpeed >= SPEED_BUDGET, actual: `${round(setSpeed, 0)}×` },
    { budget: `speed ≥ ${SPEED_BUDGET}× real time (5 min answer)`, met: longSpeed >= SPEED_BUDGET, actual: `${round(longSpeed, 0)}×` },
    {
      budget: 'median pause boundary error no worse than ffmpeg silencedetect',
      met: ourMedianError <= ffmpegMedianError,
      actual: `${round(ourMedianError)} ms vs ${round(ffmpegMedianError)} ms; missed ${ourMissed} vs ${ffmpegMissed}`,
    },
    ...pace.budgets,
  ];
  return {
    id: 'analysis',
    title: 'Analysis: speed, pause and pace accuracy',
    rows,
    budgets,
    notes: [
      'Ours = decodeWav + measureRecording (shared/analysis) on the file already in memory, in this Node process, single-threaded; ffmpeg = one `ffmpeg -af silencedetect` process per file, start to exit (its process start-up included: that is what using it costs).',
      'Pause boundaries: |found − true| for the start and end of every true pause (inserted silence ≥ 0.5 s) that was found, over all answers (scoring as in tests/shared/analysis/accuracy.test.ts).',
      'Speed includes the pace and pitch analysis (syllable nuclei and a YIN pitch track), part of measureRecording.',
      ...pace.notes,
      ...viaMicrophone.notes,
    ],
    details: {
      timings,
      long,
      ourErrors,
      ffmpegErrors,
      pace: pace.scores,
      paceDevelopment: pace.development,
      paceSecondHeldOut: pace.secondHeldOut,
      paceViaMicrophone: viaMicrophone.scores,
    },
    elapsedMs: performance.now() - started,
  };
}

function timeFile(
  name: string,
  wavPath: string,
  audioMs: number,
  repetitions: number,
): { timing: FileTiming; ours: Measurements; ffmpeg: SilencedetectResult } {
  const bytes = new Uint8Array(fs.readFileSync(wavPath));
  let ours: Measurements | null = null;
  let ffmpeg: SilencedetectResult | null = null;
  const oursTimes: number[] = [];
  const ffmpegTimes: number[] = [];
  // One untimed pass each: the first call pays for JIT compilation, the first ffmpeg for the disk cache.
  measureRecording(decodeWav(bytes));
  ffmpegSilencedetect(wavPath);
  for (let i = 0; i < repetitions; i++) {
    const t0 = performance.now();
    ours = measureRecording(decodeWav(bytes));
    oursTimes.push(performance.now() - t0);
    const t1 = performance.now();
    ffmpeg = ffmpegSilencedetect(wavPath);
    ffmpegTimes.push(performance.now() - t1);
  }
  return { timing: { name, audioMs, oursMs: median(oursTimes), ffmpegMs: median(ffmpegTimes) }, ours: ours!, ffmpeg: ffmpeg! };
}
