import { z } from 'zod';
import { MockQuestionCountSchema } from './mock.js';

/** The fields of the user's settings, written once; the full settings and a patch derive from it. */
export const SettingsFieldsSchema = z.object({
  thinkSeconds: z.number().int().min(0).max(600),
  answerTargetMinSeconds: z.number().int().min(0).max(1800),
  answerTargetMaxSeconds: z.number().int().min(1).max(1800),
  /** Stop recording on its own at this length; null means no hard limit. */
  hardLimitSeconds: z.number().int().min(10).max(3600).nullable(),
  autoStartRecording: z.boolean(),
  speakPrompts: z.boolean(),
  voiceURI: z.string().max(500).nullable(),
  speechRate: z.number().min(0.5).max(2),
  microphoneId: z.string().max(500).nullable(),
  micCheckDone: z.boolean(),
  /** Delete the audio (never the review) of answers older than this many days; null keeps everything. */
  retentionDays: z.number().int().min(1).max(3650).nullable(),
  /** Never-practised questions the spaced-review queue brings in per day. */
  newQuestionsPerDay: z.number().int().min(0).max(50),
  /** Questions in a mock interview, as last chosen. */
  mockQuestionCount: MockQuestionCountSchema,
});

export const SettingsSchema = SettingsFieldsSchema.refine((s) => s.answerTargetMinSeconds < s.answerTargetMaxSeconds, {
  message: 'the shortest target length must be below the longest',
  path: ['answerTargetMinSeconds'],
});
export type Settings = z.infer<typeof SettingsSchema>;

/** Sensible first-run values: 30 s to think, a 1–2 minute answer, recording starts on its own. */
export const DEFAULT_SETTINGS: Settings = {
  thinkSeconds: 30,
  answerTargetMinSeconds: 60,
  answerTargetMaxSeconds: 120,
  hardLimitSeconds: null,
  autoStartRecording: true,
  speakPrompts: true,
  voiceURI: null,
  speechRate: 1,
  microphoneId: null,
  micCheckDone: false,
  retentionDays: null,
  newQuestionsPerDay: 5,
  mockQuestionCount: 6,
};

/** A patch names any subset of fields; unknown keys are refused rather than ignored. */
export const SettingsPatchSchema = SettingsFieldsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;
