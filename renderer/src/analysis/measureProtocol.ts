import { measureRecording, type PcmAudio } from '#shared/analysis/measure-recording.js';
import type { Measurements } from '#shared/schemas/measurements.js';

/** What the page sends the measuring worker, and what it answers. */
export type MeasureRequest = { channels: Float32Array[]; sampleRate: number };
export type MeasureReply = { ok: true; measurements: Measurements } | { ok: false; message: string };

/** The worker's whole job, kept apart from the worker file so it can be tested without a worker. */
export function answerMeasureRequest(request: MeasureRequest): MeasureReply {
  try {
    const audio: PcmAudio = { channels: request.channels, sampleRate: request.sampleRate };
    return { ok: true, measurements: measureRecording(audio) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
