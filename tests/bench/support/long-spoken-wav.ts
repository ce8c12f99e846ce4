import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '#tests/support/browser-host-process.js';

/**
 * Length of the fake microphone's answer for the browser sections: longer than every take of a full
 * run together (5 × 10 s + 5 min, or 50 short takes), in case the fake device does not rewind
 * between getUserMedia calls.
 */
export const MIC_WAV_SECONDS = 420;

/** Bump when the recipe changes, so a stale cached file is not reused. */
const RECIPE_VERSION = 1;

const PARAGRAPH = [
  'At my last clinic I ran the front desk for four doctors and about ninety patients a day.',
  'One morning the booking system went down just as the waiting room filled up.',
  'I kept a paper list, called every patient booked for the afternoon, and moved the urgent ones first.',
  'The doctors saw every patient that day, and nobody had to come back.',
  'Afterwards I wrote down what we did, so the next outage would be calmer.',
  'What I learned is that a clear plan, said out loud, settles a room faster than anything else.',
].join(' ');

/**
 * A spoken answer at least `seconds` long for the fake microphone: one paragraph spoken by
 * espeak-ng (48 kHz mono 16-bit, like tests/support/spoken-wav.ts), repeated with a pause
 * between repeats until it is long enough. Cached in tests/.generated/ (git-ignored).
 */
export function longSpokenWav(seconds: number): string {
  const key = createHash('sha256').update(JSON.stringify({ RECIPE_VERSION, PARAGRAPH, seconds })).digest('hex').slice(0, 12);
  const dir = path.join(repoRoot, 'tests', '.generated', 'bench');
  const out = path.join(dir, `long-answer-${seconds}s-${key}.wav`);
  if (fs.existsSync(out)) return out;
  fs.mkdirSync(dir, { recursive: true });
  const work = fs.mkdtempSync(path.join(dir, 'work-'));
  try {
    const raw = path.join(work, 'raw.wav');
    execFileSync('espeak-ng', ['-s', '150', '-w', raw, PARAGRAPH]);
    const once = path.join(work, 'once.wav');
    // One paragraph with 1.5 s of quiet after it, at the fake microphone's format.
    execFileSync('sox', ['-D', '-V1', raw, '-r', '48000', '-c', '1', '-b', '16', once, 'pad', '0.3', '1.5']);
    const onceSeconds = Number(execFileSync('soxi', ['-D', once], { encoding: 'utf8' }).trim());
    const repeats = Math.max(0, Math.ceil(seconds / onceSeconds) - 1);
    const temp = path.join(work, 'long.wav');
    execFileSync('sox', ['-D', '-V1', once, temp, 'repeat', String(repeats)]);
    // Renamed into place last, so a file with the final name is always complete.
    fs.renameSync(temp, out);
    return out;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Length of a WAV in seconds. */
export function wavSeconds(file: string): number {
  return Number(execFileSync('soxi', ['-D', file], { encoding: 'utf8' }).trim());
}
