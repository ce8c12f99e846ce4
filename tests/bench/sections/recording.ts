import type { Page } from '@playwright/test';
import type { BudgetCheck, Row, SectionResult } from '#tests/bench/report/types.js';
import { launchChromium } from '#tests/bench/support/chromium.js';
import { startBenchHost } from '#tests/bench/support/host.js';
import { MIC_WAV_SECONDS, longSpokenWav } from '#tests/bench/support/long-spoken-wav.js';
import {
  backToQuestions,
  openQuestion,
  playerDurationSeconds,
  stopAndReview,
  UI_TIMEOUT_MS,
  waitForRecording,
} from '#tests/bench/support/practice-page.js';
import { installProbes, readProbes, resetReplayMarks, waitForReplayable } from '#tests/bench/support/page-probes.js';
import { median, ratio, round } from '#tests/bench/support/stats.js';
import type { SectionContext } from './context.js';

const REPLAYABLE_BUDGET_MS = 300;
const LONG_VS_SHORT_BUDGET = 1.5;

interface Take {
  answerSeconds: number;
  /** Click on "Record my answer" → MediaRecorder.start(). */
  clickToRecorderMs: number;
  /** Click on "Stop and review" → each step until the take can be played. */
  stopToRecorderStoppedMs: number | null;
  stopToFinishSentMs: number | null;
  finishRoundTripMs: number | null;
  stopToListenBackMs: number | null;
  /** "Listen back" shown → Play enabled: the waveform drawn and the audio element able to play. */
  listenBackToPlayMs: number | null;
  /** The player's request for the recording (/media/…, request start → last byte), when it ended before Play was enabled. */
  mediaFetchMs: number | null;
  /** Last byte of that request → Play enabled (when the player fetched the whole file: decoding it and drawing the waveform). */
  decodeAndDrawMs: number | null;
  stopToReplayableMs: number;
  /** What the player shows as the take's length, s (finite means the recording is seekable). */
  playerSeconds: number | null;
}

/**
 * Recording: through the real UI with the fake microphone speaking a long answer, the time from
 * clicking Record to the recorder running, and from clicking Stop to the take being replayable
 * (Listen back shown and its Play button enabled: the waveform is drawn and the audio element
 * reports it can play), for a 10 s answer (several takes) and a long one (one take: it takes real
 * time).
 */
export async function benchRecording(ctx: SectionContext): Promise<SectionResult> {
  const started = performance.now();
  const shortTakes = ctx.quick ? 2 : 5;
  const longSeconds = ctx.quick ? 60 : 300;
  const micWav = longSpokenWav(MIC_WAV_SECONDS);
  const host = await startBenchHost(ctx.cleanup, ctx.renderer().dir, { thinkSeconds: 0, autoStartRecording: false, speakPrompts: false });
  const browser = await launchChromium(ctx.cleanup, { micWav });
  const context = ctx.cleanup.add(await browser.newContext({ viewport: { width: 1280, height: 860 } }), 'browser context', (c) =>
    c.close(),
  );
  const page = await context.newPage();
  await installProbes(page);
  await page.goto(host.url, { timeout: UI_TIMEOUT_MS });

  const short: Take[] = [];
  for (let i = 0; i < shortTakes; i++) {
    ctx.log(`recording: 10 s take ${i + 1} of ${shortTakes}`);
    short.push(await recordTake(page, i, 10));
  }
  ctx.log(`recording: one ${longSeconds} s take (real time)`);
  const long = await recordTake(page, shortTakes, longSeconds);

  const shortReplayable = median(short.map((t) => t.stopToReplayableMs));
  const longLabel = longSeconds >= 60 ? `${longSeconds / 60} min` : `${longSeconds} s`;
  const med = (pick: (t: Take) => number | null) => {
    const values = short.map(pick).filter((v): v is number => v !== null);
    return values.length ? round(median(values)) : null;
  };
  const rows: Row[] = [
    {
      name: 'click Record → MediaRecorder.start (10 s takes, median)',
      value: med((t) => t.clickToRecorderMs),
      unit: 'ms',
      samples: short.length,
    },
    { name: `click Record → MediaRecorder.start (${longLabel} take)`, value: round(long.clickToRecorderMs), unit: 'ms', samples: 1 },
    {
      name: 'stop → replayable, 10 s answer (median)',
      value: round(shortReplayable),
      unit: 'ms',
      samples: short.length,
    },
    {
      name: `stop → replayable, ${longLabel} answer`,
      value: round(long.stopToReplayableMs),
      unit: 'ms',
      reference: round(shortReplayable),
      referenceName: '10 s answer',
      ratio: ratio(long.stopToReplayableMs, shortReplayable),
      samples: 1,
    },
    ...breakdownRows('10 s, median', {
      recorder: med((t) => t.stopToRecorderStoppedMs),
      sent: med((t) => t.stopToFinishSentMs),
      roundTrip: med((t) => t.finishRoundTripMs),
      listenBack: med((t) => t.stopToListenBackMs),
      toPlay: med((t) => t.listenBackToPlayMs),
      fetch: med((t) => t.mediaFetchMs),
      decode: med((t) => t.decodeAndDrawMs),
    }),
    ...breakdownRows(longLabel, {
      recorder: nullableRound(long.stopToRecorderStoppedMs),
      sent: nullableRound(long.stopToFinishSentMs),
      roundTrip: nullableRound(long.finishRoundTripMs),
      listenBack: nullableRound(long.stopToListenBackMs),
      toPlay: nullableRound(long.listenBackToPlayMs),
      fetch: nullableRound(long.mediaFetchMs),
      decode: nullableRound(long.decodeAndDrawMs),
    }),
    { name: `player shows a finite length (${longLabel} take)`, value: long.playerSeconds, unit: 's' },
  ];
  const ratioLong = ratio(long.stopToReplayableMs, shortReplayable);
  const budgets: BudgetCheck[] = [
    {
      budget: `stop → replayable ≤ ${REPLAYABLE_BUDGET_MS} ms (10 s answer)`,
      met: shortReplayable <= REPLAYABLE_BUDGET_MS,
      actual: `${round(shortReplayable, 0)} ms median`,
    },
    {
      budget: `stop → replayable ≤ ${REPLAYABLE_BUDGET_MS} ms (${longLabel} answer)`,
      met: long.stopToReplayableMs <= REPLAYABLE_BUDGET_MS,
      actual: `${round(long.stopToReplayableMs, 0)} ms`,
    },
    {
      budget: `${longLabel} answer ≤ ${LONG_VS_SHORT_BUDGET}× the 10 s one`,
      met: ratioLong === null ? null : ratioLong <= LONG_VS_SHORT_BUDGET,
      actual: ratioLong === null ? 'not measured' : `${round(ratioLong, 2)}×`,
    },
  ];
  const notes = [
    'Times are on the page clock: from the click event to MediaRecorder.start(), and from the click on "Stop and review" to the Play button of the review being enabled.',
    'Steps after stop: the recorder flushes its last chunk (and the waveform meter its peaks), the bridge sends recordings:finish (main finalizes the file), the review appears, the waveform is drawn from the peaks measured while recording and the audio element loads the file by byte ranges until it can play. A take without peaks is fetched whole (Resource Timing) and decoded to draw it.',
  ];
  if (ctx.quick) notes.push(`--quick: the long answer is ${longLabel}, not 5 min.`);
  return {
    id: 'recording',
    title: 'Recording: click → recording, stop → replayable',
    rows,
    budgets,
    notes,
    details: { short, long, micWav },
    elapsedMs: performance.now() - started,
  };
}

type Steps = { [K in 'recorder' | 'sent' | 'roundTrip' | 'listenBack' | 'toPlay' | 'fetch' | 'decode']: number | null };

function breakdownRows(label: string, steps: Steps): Row[] {
  return [
    { name: `  stop → recorder stopped (${label})`, value: steps.recorder, unit: 'ms' },
    { name: `  stop → recordings:finish sent (${label})`, value: steps.sent, unit: 'ms' },
    { name: `  recordings:finish round trip (${label})`, value: steps.roundTrip, unit: 'ms' },
    { name: `  stop → "Listen back" shown (${label})`, value: steps.listenBack, unit: 'ms' },
    { name: `  "Listen back" shown → Play enabled (${label})`, value: steps.toPlay, unit: 'ms', note: 'waveform drawn, audio can play' },
    { name: `  the player's request for the audio (${label})`, value: steps.fetch, unit: 'ms', note: 'when it ended before Play' },
    { name: `  its last byte → Play enabled (${label})`, value: steps.decode, unit: 'ms', note: 'decode + waveform if no peaks' },
  ];
}

const nullableRound = (value: number | null) => (value === null ? null : round(value));

async function recordTake(page: Page, questionIndex: number, answerSeconds: number): Promise<Take> {
  // A different question each time, so the "Your takes" list stays the same short length.
  await openQuestion(page, questionIndex);
  const before = (await readProbes(page)).recorderStarts.length;
  await page.getByRole('button', { name: 'Record my answer' }).click({ timeout: UI_TIMEOUT_MS });
  await waitForRecording(page);
  await page.waitForFunction(
    (n) => (window as unknown as { __benchProbes: { recorderStarts: number[] } }).__benchProbes.recorderStarts.length > n,
    before,
    {
      timeout: UI_TIMEOUT_MS,
    },
  );
  const atStart = await readProbes(page);
  const recorderStartedAt = atStart.recorderStarts.at(-1)!;
  const clickToRecorderMs = recorderStartedAt - atStart.lastClickAt!;

  // Speak for the answer's length, counted from the recorder's start.
  const elapsedMs = (await page.evaluate(() => performance.now())) - recorderStartedAt;
  await page.waitForTimeout(Math.max(0, answerSeconds * 1000 - elapsedMs));

  await resetReplayMarks(page);
  await stopAndReview(page);
  await waitForReplayable(page, UI_TIMEOUT_MS * 2);
  const after = await readProbes(page);
  const stopAt = after.lastClickAt!;
  const since = (t: number | null | undefined) => (t == null ? null : t - stopAt);
  const fetchedBeforePlay =
    after.mediaRequestedAt !== null && after.mediaReceivedAt !== null && after.mediaReceivedAt <= after.playEnabledAt!;
  const take: Take = {
    answerSeconds,
    clickToRecorderMs,
    stopToRecorderStoppedMs: since(after.recorderStops.at(-1)),
    stopToFinishSentMs: since(after.finishSentAt),
    finishRoundTripMs: after.finishSentAt !== null && after.finishAnsweredAt !== null ? after.finishAnsweredAt - after.finishSentAt : null,
    stopToListenBackMs: since(after.listenBackAt),
    listenBackToPlayMs: after.listenBackAt !== null ? after.playEnabledAt! - after.listenBackAt : null,
    // Only a whole-file fetch that ended before Play was enabled is part of getting there.
    mediaFetchMs: fetchedBeforePlay ? after.mediaReceivedAt! - after.mediaRequestedAt! : null,
    decodeAndDrawMs: fetchedBeforePlay ? after.playEnabledAt! - after.mediaReceivedAt! : null,
    stopToReplayableMs: after.playEnabledAt! - stopAt,
    playerSeconds: await playerDurationSeconds(page),
  };
  await backToQuestions(page);
  return take;
}
