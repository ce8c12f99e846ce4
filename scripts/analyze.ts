/**
 * Delivery measurements of a recorded answer: `npm run analyze -- FILE.wav [--json] [--min-pause-ms N]`.
 * Prints a readable summary, or with --json exactly one JSON object (the Measurements schema, with pace
 * and pitch as wordsPerMinute, syllablesPerSecond, articulationRate, pitchMedianHz, pitchRangeSemitones
 * and pitchVariety; null where there is too little speech to tell).
 * Exit codes: 0 measured; 2 the input is missing, unreadable or not a WAV we can decode (or bad usage).
 */
import fs from 'node:fs';
import path from 'node:path';
import { type DecodedWav, WavError, decodeWav, measureRecording } from '#shared/analysis/index.js';
import type { Measurements } from '#shared/schemas/measurements.js';

const USAGE = 'usage: npm run analyze -- FILE.wav [--json] [--min-pause-ms N]';

class InputError extends Error {}

function main(argv: string[]): void {
  const { file, json, minPauseMs } = parseArgs(argv);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${(error as Error).message}`);
  }
  let wav: DecodedWav;
  try {
    wav = decodeWav(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    if (error instanceof WavError) throw new InputError(`${file}: ${error.message}`);
    throw error;
  }
  const measurements = measureRecording(wav, minPauseMs === undefined ? {} : { minPauseMs });
  console.log(json ? JSON.stringify(measurements) : describe(path.basename(file), wav, measurements));
}

function parseArgs(argv: string[]): { file: string; json: boolean; minPauseMs: number | undefined } {
  let file: string | undefined;
  let json = false;
  let minPauseMs: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--min-pause-ms') {
      minPauseMs = Number(argv[++i]);
      if (!Number.isInteger(minPauseMs) || minPauseMs < 1)
        throw new InputError(`--min-pause-ms needs a whole number of milliseconds\n${USAGE}`);
    } else if (arg.startsWith('--')) throw new InputError(`unknown option ${arg}\n${USAGE}`);
    else if (file === undefined) file = arg;
    else throw new InputError(`only one file at a time\n${USAGE}`);
  }
  if (file === undefined) throw new InputError(USAGE);
  return { file, json, minPauseMs };
}

function describe(name: string, wav: DecodedWav, m: Measurements): string {
  const { format } = wav;
  const layout = format.channelCount === 1 ? 'mono' : format.channelCount === 2 ? 'stereo' : `${format.channelCount} channels`;
  const encoding = `${format.bitsPerSample}-bit ${format.encoding === 'pcm' ? 'PCM' : 'float'}`;
  const lines = [`${name}: ${seconds(m.durationMs)}, ${format.sampleRate} Hz ${layout} ${encoding}`];
  const row = (label: string, value: string) => lines.push(`  ${label.padEnd(18)}${value}`);
  if (m.speechMs === 0) {
    row('speech', 'none found');
    row('background', `${m.noiseFloorDb} dBFS`);
    return lines.join('\n');
  }
  const share = m.durationMs > 0 ? Math.round((100 * m.speechMs) / m.durationMs) : 0;
  row('first word after', seconds(m.leadingSilenceMs));
  row('speaking', `${seconds(m.speechMs)} (${share}% of the recording)`);
  row('pauses', m.pauseCount === 0 ? 'none' : `${m.pauseCount} (longest ${seconds(m.longestPauseMs)})`);
  for (const pause of m.pauses) {
    lines.push(
      `    ${seconds(pause.startMs, 2).padStart(8)} – ${seconds(pause.endMs, 2).padEnd(8)} ${seconds(pause.endMs - pause.startMs, 2)}`,
    );
  }
  row('after last word', seconds(m.trailingSilenceMs));
  row('speech level', `${m.speechLevelDb} dBFS (varies by ±${m.levelSteadinessDb} dB)`);
  row('background', `${m.noiseFloorDb} dBFS`);
  row('clipping', m.clippedShare === 0 ? 'none' : `${(m.clippedShare * 100).toFixed(2)}% of samples`);
  row(
    'pace',
    m.wordsPerMinute == null
      ? 'too little speech to tell'
      : `about ${m.wordsPerMinute} words/min (${m.syllablesPerSecond} syllables/s; ${m.articulationRate} while speaking)`,
  );
  row(
    'pitch',
    m.pitchMedianHz == null
      ? 'too little voiced speech to tell'
      : `median ${m.pitchMedianHz} Hz, range ${m.pitchRangeSemitones} semitones, variety ${m.pitchVariety} semitones`,
  );
  return lines.join('\n');
}

function seconds(ms: number, digits = 1): string {
  return `${(ms / 1000).toFixed(digits)} s`;
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  console.error(`analyze: ${error.message}`);
  process.exitCode = 2;
}
