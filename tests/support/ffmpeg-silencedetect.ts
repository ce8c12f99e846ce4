import { spawnSync } from 'node:child_process';
import type { Interval } from './answer-audio.js';

/**
 * ffmpeg's silencedetect as a reference to compare our analysis with. ffmpeg is a TEST ORACLE ONLY: the
 * app never needs it. silencedetect calls a sample silent when its amplitude is below `noiseDb` (one fixed
 * level, not adapted to the recording) and reports silences lasting at least `minSeconds`.
 */
export interface SilencedetectResult {
  /** Every silence ffmpeg reported, including leading and trailing silence. */
  silences: Interval[];
  /** Silences with sound on both sides: the same meaning as our `pauses`. */
  pauses: Interval[];
  durationMs: number;
}

/** Leading/trailing silence is recognised by touching the start or end; the log rounds the duration to 10 ms. */
const EDGE_TOLERANCE_MS = 20;

export function ffmpegSilencedetect(file: string, options: { noiseDb?: number; minSeconds?: number } = {}): SilencedetectResult {
  const noiseDb = options.noiseDb ?? -35;
  const minSeconds = options.minSeconds ?? 0.5;
  const args = ['-hide_banner', '-nostats', '-i', file, '-af', `silencedetect=noise=${noiseDb}dB:d=${minSeconds}`, '-f', 'null', '-'];
  // silencedetect reports through ffmpeg's log, which goes to stderr.
  const run = spawnSync('ffmpeg', args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`ffmpeg failed on ${file}: ${run.stderr.trim().split('\n').pop()}`);
  return parseSilencedetect(run.stderr);
}

/** Parses ffmpeg's log: the input's `Duration:` line and the `silence_start` / `silence_end` lines. */
export function parseSilencedetect(log: string): SilencedetectResult {
  const duration = /Duration: (\d+):(\d+):(\d+(?:\.\d+)?)/.exec(log);
  if (!duration) throw new Error('ffmpeg log has no Duration line');
  const durationMs = (Number(duration[1]) * 3600 + Number(duration[2]) * 60 + Number(duration[3])) * 1000;

  const silences: Interval[] = [];
  let openStart: number | null = null;
  for (const match of log.matchAll(/silence_(start|end): (-?\d+(?:\.\d+)?)/g)) {
    const ms = Number(match[2]) * 1000;
    if (match[1] === 'start') openStart = Math.max(0, ms);
    else if (openStart !== null) {
      silences.push({ startMs: openStart, endMs: Math.min(ms, durationMs) });
      openStart = null;
    }
  }
  // Some ffmpeg versions never close a silence that runs to the end of the file.
  if (openStart !== null) silences.push({ startMs: openStart, endMs: durationMs });

  const pauses = silences.filter((s) => s.startMs > EDGE_TOLERANCE_MS && s.endMs < durationMs - EDGE_TOLERANCE_MS);
  return { silences, pauses, durationMs };
}
