import { z } from 'zod';
import { MockQuestionCountSchema } from './mock.js';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export const ThemeChoiceSchema = z.enum(THEME_CHOICES);
export type ThemeChoice = z.infer<typeof ThemeChoiceSchema>;

/** The replay speeds offered; a stored value outside them reads as normal speed (see the player). */
export const PLAYBACK_RATES = [0.75, 1, 1.25, 1.5] as const;
export const PlaybackRateSchema = z.number().min(0.5).max(2);

/**
 * The fields of the user's settings, written once; the full settings and a patch derive from it.
 * A field added later (theme, playbackRate) is still required here: the settings service and the
 * import fill what an older config.json or export lacks from DEFAULT_SETTINGS, so no zod default
 * is needed (one here would also slip into every patch).
 */
export const SettingsFieldsSchema = z.object({
  thinkSeconds: z.number().int().min(0).max(600),
  answerTargetMinSeconds: z.number().int().min(0).max(1800),
  answerTargetMaxSeconds: z.number().int().min(1).max(1800),
  /** Stop recording on its own at this length; null means no hard limit. */
  hardLimitSeconds: z.number().int().min(10).max(3600).nullable(),
  autoStartRecording: z.boolean(),
  /**
   * Start the take (reading aloud, then think time) as soon as a question is opened from a list.
   * Off by default: opening a question shows it, and the person starts when they have read it.
   */
  startOnOpen: z.boolean(),
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
  /** Light or dark colors, or whichever the system uses. */
  theme: ThemeChoiceSchema,
  /** Speed of replaying an answer, as last chosen. */
  playbackRate: PlaybackRateSchema,
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
  startOnOpen: false,
  speakPrompts: true,
  voiceURI: null,
  speechRate: 1,
  microphoneId: null,
  micCheckDone: false,
  retentionDays: null,
  newQuestionsPerDay: 5,
  mockQuestionCount: 6,
  theme: 'system',
  playbackRate: 1,
};

/** A patch names any subset of fields; unknown keys are refused rather than ignored. */
export const SettingsPatchSchema = SettingsFieldsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;
