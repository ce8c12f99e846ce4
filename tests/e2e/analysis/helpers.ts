import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import type { Attempt } from '#shared/schemas/attempt.js';
import type { Measurements } from '#shared/schemas/measurements.js';
import { makeAnswerAudio, type AnswerAudio } from '#tests/support/answer-audio.js';
import { expect } from '#tests/e2e/fixtures.js';
export { seriousViolations } from '#tests/support/axe.js';

type StudioWindow = {
  studio: { attempts: { list(request: object): Promise<{ ok: true; value: Attempt[] } | { ok: false; error: { message: string } }> } };
};

/** A finished recording's bytes, fetched by the page from the app's media URL. */
export async function recordingBytes(page: Page, attemptId: string): Promise<Buffer> {
  const base64 = await page.evaluate(async (id) => {
    const studio = (window as unknown as { studio: { mediaUrl(id: string): string } }).studio;
    const bytes = new Uint8Array(await (await fetch(studio.mediaUrl(id))).arrayBuffer());
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  }, attemptId);
  return Buffer.from(base64, 'base64');
}

/** Every attempt, newest first, read through the page's own bridge (the same call the app makes). */
export async function listAttempts(page: Page): Promise<Attempt[]> {
  const result = await page.evaluate(() => (window as unknown as StudioWindow).studio.attempts.list({}));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Waits until the app has measured the newest attempt and stored the result, then returns it. */
export async function storedMeasurements(page: Page, timeout = 30_000): Promise<{ attempt: Attempt; measurements: Measurements }> {
  let found: Attempt | undefined;
  await expect
    .poll(
      async () => {
        found = (await listAttempts(page))[0];
        return found?.measurements !== null && found !== undefined;
      },
      { timeout, message: 'the app stores measurements for the take' },
    )
    .toBe(true);
  return { attempt: found!, measurements: found!.measurements! };
}

/**
 * The answer as the fake microphone is given it: 48 kHz mono 16-bit, the format Chromium's fake
 * capture device reads without surprises. Only the format changes (sox, no dither), not the timing,
 * so the answer's truth still holds. Cached beside the answer.
 */
export function micWavFor(answer: AnswerAudio): string {
  const out = answer.wavPath.replace(/\.wav$/, '.mic48k.wav');
  if (fs.existsSync(out)) return out;
  const temp = `${out}.${process.pid}.tmp.wav`;
  execFileSync('sox', [
    '-D',
    '-V1',
    answer.wavPath,
    '-r',
    '48000',
    '-c',
    '1',
    '-b',
    '16',
    '-e',
    'signed-integer',
    temp,
    'rate',
    '-v',
    '48000',
  ]);
  fs.renameSync(temp, out);
  return out;
}

/** A short answer with two clear pauses (1.5 s and 2 s) and quiet room noise: about 13 s. */
export const TWO_PAUSE_ANSWER: AnswerAudio = makeAnswerAudio({
  name: 'e2e-two-pauses',
  sentences: [
    'I greeted the patient by name and listened to the whole concern',
    'Then I rebooked the appointment within the hour',
    'She thanked me and came back the next week',
  ],
  gapsSeconds: [1.5, 2.0],
  leadSeconds: 1.0,
  tailSeconds: 0.5,
  sampleRate: 48000,
  encoding: 'pcm16',
  channels: 1,
  voice: 'en-us',
  wordsPerMinute: 160,
  speechPeakDb: -6,
  noise: 'pinknoise',
  noisePeakDb: -50,
});

export type MicTiming = { gumResolved?: number; recorderStart?: number };

/**
 * Notes, on the page's clock, when getUserMedia handed out the microphone and when a MediaRecorder
 * started. Must be added before the page (re)loads. The app itself exposes nothing of the kind.
 */
export async function watchMicrophoneClock(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __timing: MicTiming };
    w.__timing = {};
    const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await open(constraints);
      w.__timing.gumResolved = performance.now();
      return stream;
    };
    const start = MediaRecorder.prototype.start;
    MediaRecorder.prototype.start = function (this: MediaRecorder, ...args: Parameters<MediaRecorder['start']>) {
      w.__timing.recorderStart = performance.now();
      return start.apply(this, args);
    };
  });
}

export const micTiming = (page: Page) => page.evaluate(() => (window as unknown as { __timing: MicTiming }).__timing);

/**
 * Waits until the fake microphone's WAV is `earlyMs` from its end. After its end the fake microphone
 * gives digital silence, out of which the browser's voice processing ramps up a hiss that can read as
 * one more "word"; no real microphone does that, so takes are stopped just before it.
 */
export async function waitUntilShortlyBeforeWavEnds(page: Page, wavMs: number, earlyMs = 250) {
  const sinceMicOpened = await page.evaluate(
    () => performance.now() - (window as unknown as { __timing: MicTiming }).__timing.gumResolved!,
  );
  await page.waitForTimeout(Math.max(0, wavMs - sinceMicOpened - earlyMs));
}
