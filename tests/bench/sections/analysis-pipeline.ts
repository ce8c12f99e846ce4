import type { Page } from '@playwright/test';
import { measureRecording } from '#shared/analysis/measure-recording.js';
import type { Row } from '#tests/bench/report/types.js';
import { launchChromium } from '#tests/bench/support/chromium.js';
import { startBenchHost } from '#tests/bench/support/host.js';
import { BLANK_PAGE } from '#tests/bench/support/renderer-build.js';
import { makePaceAnswer } from '#tests/support/pace-answers.js';
import { HELD_OUT_SET } from '#tests/support/pace-sets.js';
import { paceRows, scorePace, type PaceScore } from './analysis-pace.js';
import type { SectionContext } from './context.js';

/**
 * Pace after the way a take really travels: Chromium's fake microphone plays the held-out answer,
 * getUserMedia with the app's constraints (voice processing off), MediaRecorder writes Opus in WebM
 * as the app's recorder does, and Web Audio decodes it at 48 kHz as the app's decodeRecording does;
 * the samples are then measured here. A bare page on the bench host's origin (a secure context), not
 * the app: what is measured is the sound after the codec, not the app's screens.
 *
 * The recorder starts a little after the fake microphone does, which cuts nothing but lead-in
 * silence; it is stopped 300 ms after the answer's length, so the last word is in.
 */
export async function benchPacePipeline(ctx: SectionContext): Promise<{ rows: Row[]; notes: string[]; scores: PaceScore[] }> {
  // Every other held-out voice, clean and in the room; two voices with --quick.
  const bases = [...new Set(HELD_OUT_SET.map((s) => s.name.replace(/-(clean|room)$/, '')))].filter((_, i) => i % 2 === 0);
  const chosen = HELD_OUT_SET.filter((s) => (ctx.quick ? bases.slice(0, 2) : bases).some((b) => s.name.startsWith(`${b}-`)));
  const host = await startBenchHost(ctx.cleanup, ctx.renderer().dir, { speakPrompts: false });
  const scores: PaceScore[] = [];
  for (const spec of chosen) {
    ctx.log(`analysis: pace through the microphone, ${spec.name}`);
    const answer = makePaceAnswer(spec);
    const browser = await launchChromium(ctx.cleanup, { micWav: answer.wavPath });
    try {
      const page = await browser.newPage();
      await page.goto(`${host.origin}/${BLANK_PAGE}?token=${host.token}`);
      const decoded = await recordAndDecode(page, answer.durationMs + 300);
      const m = measureRecording({ channels: [decoded], sampleRate: 48_000 });
      scores.push(scorePace(answer, m));
    } finally {
      await browser.close();
    }
  }
  const rows: Row[] = [];
  for (const room of [false, true])
    rows.push(
      ...paceRows(
        scores.filter((s) => s.room === room),
        room ? 'held-out, room, via microphone' : 'held-out, clean, via microphone',
      ),
    );
  const notes = [
    `Via microphone: ${chosen.length} of the held-out answers played through Chromium's fake microphone, recorded by MediaRecorder (Opus in WebM, voice processing off, as the app records) and decoded by Web Audio at 48 kHz; the span error there includes the recorder starting a little late (lead-in only).`,
  ];
  return { rows, notes, scores };
}

/** Records the fake microphone for `ms` and hands back the decoded mono samples. */
async function recordAndDecode(page: Page, ms: number): Promise<Float32Array> {
  const base64 = await page.evaluate(async (durationMs) => {
    const stream = await navigator.mediaDevices.getUserMedia({
      audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false },
    });
    const recorder = new MediaRecorder(stream, { mimeType: 'audio/webm;codecs=opus' });
    const chunks: Blob[] = [];
    recorder.addEventListener('dataavailable', (e) => chunks.push(e.data));
    const stopped = new Promise((resolve) => recorder.addEventListener('stop', resolve, { once: true }));
    recorder.start(1000);
    await new Promise((resolve) => setTimeout(resolve, durationMs));
    recorder.stop();
    await stopped;
    for (const track of stream.getTracks()) track.stop();
    const bytes = await new Blob(chunks, { type: 'audio/webm' }).arrayBuffer();
    const buffer = await new OfflineAudioContext(1, 1, 48_000).decodeAudioData(bytes);
    const samples = buffer.getChannelData(0);
    const raw = new Uint8Array(samples.buffer, samples.byteOffset, samples.byteLength);
    let text = '';
    for (let i = 0; i < raw.length; i += 0x8000) text += String.fromCharCode(...raw.subarray(i, i + 0x8000));
    return btoa(text);
  }, ms);
  const bytes = Buffer.from(base64, 'base64');
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Float32Array(copy.buffer);
}
