import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { measureRecording } from '#shared/analysis/measure-recording.js';
import { decodeWav } from '#shared/analysis/wav.js';
import { MeasurementsSchema } from '#shared/schemas/measurements.js';
import { ANSWER_SET, type AnswerAudio, makeAnswerAudio } from '#tests/support/answer-audio.js';
import { bundledScript } from '#tests/support/bundle-child.js';
import { useTempDirs } from '#tests/support/temp-dir.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

type Run = { code: number | null; stdout: string; stderr: string };

/** Runs the CLI's code as its own process (bundled once; the last test runs it through npm as people do). */
function analyze(args: string[]): Run {
  const run = spawnSync(process.execPath, [bundledScript('scripts/analyze.ts'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run analyze', () => {
  const tempDir = useTempDirs();
  let answer: AnswerAudio;
  let jsonRun: Run;

  beforeAll(() => {
    answer = makeAnswerAudio(ANSWER_SET.find((spec) => spec.name === 'phone-8k')!);
    jsonRun = analyze([answer.wavPath, '--json']);
  });

  it('prints exactly one JSON object with --json, the same as the analysis in-process', () => {
    const run = jsonRun;
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    const printed: unknown = JSON.parse(run.stdout);
    const measurements = MeasurementsSchema.parse(printed);
    expect(measurements).toMatchObject({
      durationMs: expect.any(Number),
      speechMs: expect.any(Number),
      leadingSilenceMs: expect.any(Number),
      trailingSilenceMs: expect.any(Number),
      // Pace and pitch under the names the issue gives them (phone-8k is espeak-ng at -s 175).
      wordsPerMinute: expect.any(Number),
      syllablesPerSecond: expect.any(Number),
      articulationRate: expect.any(Number),
      pitchMedianHz: expect.any(Number),
      pitchRangeSemitones: expect.any(Number),
      pitchVariety: expect.any(Number),
    });
    expect(measurements.wordsPerMinute).toBeGreaterThan(140);
    expect(measurements.wordsPerMinute).toBeLessThan(210);
    expect(measurements.pauses.length).toBeGreaterThan(0);
    for (const pause of measurements.pauses) expect(Object.keys(pause).sort()).toEqual(['endMs', 'startMs']);
    expect(printed).toEqual(measureRecording(decodeWav(fs.readFileSync(answer.wavPath))));
  });

  it('is wired up in package.json (npm run -s analyze -- FILE --json)', () => {
    const run = spawnSync('npm', ['run', '-s', 'analyze', '--', answer.wavPath, '--json'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    expect(MeasurementsSchema.safeParse(JSON.parse(run.stdout)).success).toBe(true);
  });

  it('passes --min-pause-ms on to the analysis', () => {
    const longOnly = JSON.parse(analyze([answer.wavPath, '--json', '--min-pause-ms', '1200']).stdout) as { pauses: unknown[] };
    const all = JSON.parse(jsonRun.stdout) as { pauses: unknown[] };
    expect(longOnly.pauses.length).toBeLessThan(all.pauses.length);
  });

  it('prints a readable summary without --json', () => {
    const run = analyze([answer.wavPath]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('8000 Hz mono 16-bit PCM');
    expect(run.stdout).toMatch(/first word after\s+0\.5 s/);
    expect(run.stdout).toMatch(/pauses\s+3 \(longest 1\.\d s\)/);
    expect(run.stdout).toMatch(/pace\s+about \d+ words\/min \([\d.]+ syllables\/s; [\d.]+ while speaking\)/);
    expect(run.stdout).toMatch(/pitch\s+median \d+ Hz, range [\d.]+ semitones, variety [\d.]+ semitones/);
  });

  it('exits 2 with a clear message for a file that is not a WAV', () => {
    const file = path.join(tempDir(), 'notes.wav');
    fs.writeFileSync(file, 'this is not audio');
    const run = analyze([file, '--json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('not a WAV file');
  });

  it('exits 2 for a WAV in an encoding it cannot read', () => {
    const file = path.join(tempDir(), 'mp3-in-wav.wav');
    const header = Buffer.alloc(44);
    header.write('RIFF', 0, 'ascii');
    header.writeUInt32LE(36, 4);
    header.write('WAVEfmt ', 8, 'ascii');
    header.writeUInt32LE(16, 16);
    header.writeUInt16LE(0x55, 20); // MPEG Layer 3
    header.writeUInt16LE(1, 22);
    header.writeUInt32LE(8000, 24);
    header.write('data', 36, 'ascii');
    fs.writeFileSync(file, header);
    const run = analyze([file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('MPEG Layer 3');
  });

  it('exits 2 for a missing file and for a folder', () => {
    const missing = analyze([path.join(tempDir(), 'gone.wav'), '--json']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('no such file');
    const folder = analyze([tempDir()]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('cannot read');
  });

  it('exits 2 with the usage when no file is given', () => {
    const run = analyze(['--json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage: npm run analyze -- FILE.wav');
  });
});
