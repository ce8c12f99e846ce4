import { measureRecording, type PcmAudio } from '#shared/analysis/measure-recording.js';
import type { Measurements } from '#shared/schemas/measurements.js';
import type { MeasureReply, MeasureRequest } from './measureProtocol.js';

/**
 * The analysis takes about 25 ns a sample (1.2 ms per second of 48 kHz audio, measured in Node 20; see
 * the speed test): up to a million samples (about 20 s of mono) is done in well under 50 ms, too quick
 * to notice, and a worker's start-up would cost about as much. Longer recordings go to a worker so the
 * page keeps answering while they are measured.
 */
export const INLINE_LIMIT_SAMPLES = 1_000_000;

/** The smallest part of a Worker this needs, so tests can pass a fake one. */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate' | 'addEventListener'>;

function startMeasureWorker(): WorkerLike | null {
  if (typeof Worker !== 'function') return null;
  // Written out in full so Vite sees the pattern and bundles the worker as its own module file.
  return new Worker(new URL('./measure.worker.ts', import.meta.url), { type: 'module', name: 'measure' });
}

export type MeasureOptions = { startWorker?: () => WorkerLike | null };

/** Measures decoded audio: inline when short, otherwise in a worker (inline again if that fails to start). */
export async function measurePcm(audio: PcmAudio, options: MeasureOptions = {}): Promise<Measurements> {
  const samples = audio.channels.reduce((sum, channel) => sum + channel.length, 0);
  if (samples <= INLINE_LIMIT_SAMPLES) return measureRecording(audio);
  let worker: WorkerLike | null = null;
  try {
    worker = (options.startWorker ?? startMeasureWorker)();
  } catch {
    worker = null; // a page whose policy refuses workers still gets its measurements, just on this thread
  }
  if (!worker) return measureRecording(audio);
  const reply = await inWorker(worker, { channels: [...audio.channels], sampleRate: audio.sampleRate });
  if (reply === 'worker_failed') return measureRecording(audio);
  if (!reply.ok) throw new Error(reply.message);
  return reply.measurements;
}

function inWorker(worker: WorkerLike, request: MeasureRequest): Promise<MeasureReply | 'worker_failed'> {
  return new Promise((resolve) => {
    const done = (value: MeasureReply | 'worker_failed') => {
      worker.terminate();
      resolve(value);
    };
    worker.addEventListener('message', (event) => done((event as MessageEvent<MeasureReply>).data));
    // A worker that fails to load (or crashes) reports an error event and never answers.
    worker.addEventListener('error', () => done('worker_failed'));
    worker.addEventListener('messageerror', () => done('worker_failed'));
    // Copied, not transferred: if the worker fails, the inline fallback still has the samples.
    worker.postMessage(request);
  });
}
