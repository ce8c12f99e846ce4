import { z } from 'zod';
import { SlugSchema } from '#shared/content/schema.js';
import { FollowUpLinkSchema } from './attempt.js';
import { OpaqueIdSchema } from './ids.js';
import { RecordedWaveformSchema } from './waveform.js';

/** Largest chunk main accepts: a 1 s timeslice of opus is a few KiB, so this only stops abuse. */
export const MAX_CHUNK_BYTES = 4 * 1024 * 1024;

/** Container types the recorder may produce; anything else is refused at `recordings:begin`. */
export const RecordingMimeTypeSchema = z
  .string()
  .max(100)
  .regex(/^audio\/(webm|mp4|ogg)(;\s*codecs=[\w.]+)?$/, 'not a supported audio type');

export const BeginRecordingSchema = z.object({
  questionId: SlugSchema,
  mimeType: RecordingMimeTypeSchema,
  /** Set when the answer is part of a mock interview; the attempt carries it. */
  sessionId: OpaqueIdSchema.optional(),
  /** Set when the answer replies to a follow-up of an earlier answer; the attempt carries the link. */
  followUpOf: FollowUpLinkSchema.optional(),
});

export const AppendChunkSchema = z.object({
  recordingId: OpaqueIdSchema,
  seq: z.number().int().min(0),
  /** Size is checked by the recordings service so an oversize chunk gets its own error code. */
  bytes: z.instanceof(Uint8Array),
});
export type AppendChunk = z.infer<typeof AppendChunkSchema>;

export const FinishRecordingSchema = z.object({
  recordingId: OpaqueIdSchema,
  /** Absent when the window could not measure it (the replay then decodes the audio instead). */
  waveform: RecordedWaveformSchema.optional(),
});
export type FinishRecording = z.infer<typeof FinishRecordingSchema>;
