import type { BudgetCheck, Row, SectionResult } from '#tests/bench/report/types.js';
import { startBenchHost, type BenchHost } from '#tests/bench/support/host.js';
import { median, ratio, round } from '#tests/bench/support/stats.js';
import { stubRendererDir } from '#tests/bench/support/stub-renderer.js';
import { loadChunks } from '#tests/electron/services/recordings/support.js';
import { asChunks, longWebm } from '#tests/support/long-webm.js';
import { WebmScanner } from '#electron/services/recordings/containers/webm-scanner.js';
import { MAX_WAVEFORM_PEAKS } from '#shared/schemas/waveform.js';
import type { SectionContext } from './context.js';

const REPLAYABLE_BUDGET_MS = 300;
const LONG_VS_SHORT_BUDGET = 1.5;
const SHORT_SECONDS = 10;
/** What the player asks for first: enough to start playing (the audio element reads on by ranges). */
const FIRST_RANGE_BYTES = 64 * 1024;

interface Finish {
  seconds: number;
  bytes: number;
  appendMs: number;
  finishMs: number;
  waveformMs: number;
  firstRangeMs: number;
  /** finish sent → the peaks read back and the first range of audio received. */
  replayableMs: number;
  peaks: number;
}

/**
 * Long answers: a 30-minute take, fed through the contract (the browser host over HTTP, as the page
 * does) in ~1 s chunks of real MediaRecorder opus (the 4 s fixture's clusters repeated, not in
 * real time), then finished with its peaks, as the page finishes a take; timed until it is
 * replayable: `recordings:finish` answered, `recordings:waveform` read back and the first range of
 * `/media/<id>` received. Beside it, the same for a 10 s take in the same run: finishing should not
 * grow with the length of the answer.
 *
 * BENCH_LONG_MINUTES sets the long take's length (default 30; --quick 5).
 */
export async function benchLongAnswers(ctx: SectionContext): Promise<SectionResult> {
  const started = performance.now();
  const longMinutes = Number(process.env.BENCH_LONG_MINUTES ?? (ctx.quick ? 5 : 30));
  if (!(longMinutes > 0)) throw new Error('BENCH_LONG_MINUTES must be a positive number');
  const shortRuns = ctx.quick ? 3 : 7;
  const longRuns = ctx.quick ? 1 : 3;
  const fixture = (await loadChunks('webm')).chunks;
  const host = await startBenchHost(ctx.cleanup, stubRendererDir(ctx.cleanup), {});

  const library = await host.call<{ questions: { id: string }[] }>('library:get');
  const questionId = library.questions[0]!.id;
  const shortBytes = longWebm(fixture, SHORT_SECONDS);
  const longBytes = longWebm(fixture, longMinutes * 60);
  const short: Finish[] = [];
  const long: Finish[] = [];
  // Interleaved, so a busy moment on the machine falls on both.
  for (let i = 0; i < Math.max(shortRuns, longRuns); i++) {
    if (i < shortRuns) short.push(await feedAndFinish(host, questionId, shortBytes));
    if (i < longRuns) {
      ctx.log(`long answers: ${longMinutes} min take ${i + 1} of ${longRuns}`);
      long.push(await feedAndFinish(host, questionId, longBytes));
    }
  }

  const med = (takes: Finish[], pick: (f: Finish) => number) => round(median(takes.map(pick)));
  const longLabel = `${longMinutes} min`;
  const shortReplayable = median(short.map((f) => f.replayableMs));
  const longReplayable = median(long.map((f) => f.replayableMs));
  const growth = ratio(longReplayable, shortReplayable);
  const beside = (name: string, pick: (f: Finish) => number): Row => {
    const ours = med(long, pick);
    const ref = med(short, pick);
    return {
      name,
      value: ours,
      unit: 'ms',
      reference: ref,
      referenceName: `${SHORT_SECONDS} s take`,
      ratio: ratio(ours, ref),
      samples: long.length,
    };
  };
  const rows: Row[] = [
    beside(`finish sent → replayable, ${longLabel} take (median)`, (f) => f.replayableMs),
    beside('  recordings:finish round trip', (f) => f.finishMs),
    beside('  recordings:waveform round trip', (f) => f.waveformMs),
    beside(`  first ${FIRST_RANGE_BYTES / 1024} KiB of /media/<id>`, (f) => f.firstRangeMs),
    {
      name: `feeding the ${longLabel} take through recordings:append`,
      value: med(long, (f) => f.appendMs),
      unit: 'ms',
      note: `${round(long[0]!.bytes / 2 ** 20)} MiB in ${Math.ceil(long[0]!.bytes / (16 * 1024))} chunks`,
    },
    {
      name: `peaks saved with the ${longLabel} take`,
      value: Math.min(...long.map((f) => f.peaks)),
      unit: 'peaks',
      note: 'as the page sends them',
    },
  ];
  const budgets: BudgetCheck[] = [
    {
      budget: `finished and replayable ≤ ${REPLAYABLE_BUDGET_MS} ms (${longLabel} take)`,
      met: longReplayable <= REPLAYABLE_BUDGET_MS,
      actual: `${round(longReplayable, 0)} ms median`,
    },
    {
      budget: `finished and replayable ≤ ${REPLAYABLE_BUDGET_MS} ms (${SHORT_SECONDS} s take)`,
      met: shortReplayable <= REPLAYABLE_BUDGET_MS,
      actual: `${round(shortReplayable, 0)} ms median`,
    },
    {
      budget: `${longLabel} take ≤ ${LONG_VS_SHORT_BUDGET}× the ${SHORT_SECONDS} s one (finishing does not grow with length)`,
      met: growth === null ? null : growth <= LONG_VS_SHORT_BUDGET,
      actual: growth === null ? 'not measured' : `${round(growth, 2)}×`,
    },
  ];
  const notes = [
    "Through the browser host over HTTP, as the page calls it; the take is not recorded in real time but made of the fixture recording's real opus clusters, so the container is exactly what MediaRecorder writes.",
  ];
  if (longMinutes !== 30) notes.push(`The long take is ${longLabel} (BENCH_LONG_MINUTES or --quick), not 30 min.`);
  return {
    id: 'long-answers',
    title: 'Long answers: finish → replayable',
    rows,
    budgets,
    notes,
    details: { short, long },
    elapsedMs: performance.now() - started,
  };
}

async function feedAndFinish(host: BenchHost, questionId: string, webm: Uint8Array): Promise<Finish> {
  const scanned = new WebmScanner();
  scanned.push(webm);
  const scan = scanned.result();
  if (scan.kind !== 'audio') throw new Error('the long take did not scan as audio');
  const coveredMs = Math.round(scan.layout.durationMs);

  const { recordingId } = await host.call<{ recordingId: string }>('recordings:begin', {
    questionId,
    mimeType: 'audio/webm;codecs=opus',
  });
  const appendStarted = performance.now();
  const chunks = asChunks(webm);
  for (const [seq, chunk] of chunks.entries()) {
    await host.call('recordings:append', { recordingId, seq, bytes: { $bytes: Buffer.from(chunk).toString('base64') } });
  }
  const appendMs = performance.now() - appendStarted;

  // The peaks the page measured while recording: the most it sends.
  const peaks = Array.from({ length: MAX_WAVEFORM_PEAKS }, (_, i) => round(0.5 + 0.4 * Math.sin(i / 7), 3));
  const t0 = performance.now();
  await host.call('recordings:finish', { recordingId, waveform: { peaks, coveredMs } });
  const t1 = performance.now();
  const waveform = await host.call<{ peaks: number[] | null }>('recordings:waveform', { recordingId });
  const t2 = performance.now();
  const response = await fetch(`${host.origin}/media/${recordingId}`, {
    headers: { 'X-Studio-Token': host.token, Range: `bytes=0-${FIRST_RANGE_BYTES - 1}` },
  });
  if (response.status !== 206) throw new Error(`/media answered ${response.status} to a range request`);
  await response.arrayBuffer();
  const t3 = performance.now();
  return {
    seconds: coveredMs / 1000,
    bytes: webm.byteLength,
    appendMs,
    finishMs: t1 - t0,
    waveformMs: t2 - t1,
    firstRangeMs: t3 - t2,
    replayableMs: t3 - t0,
    peaks: waveform.peaks?.length ?? 0,
  };
}
