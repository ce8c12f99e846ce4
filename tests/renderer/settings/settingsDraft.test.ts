import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SettingsFieldsSchema } from '#shared/schemas/settings.js';
import { draftFrom, NUMBER_FIELDS, savablePatch, settingsErrors } from '#renderer/settings/settingsDraft.js';

const draft = draftFrom(DEFAULT_SETTINGS);

describe('settings errors in words', () => {
  it('says what a number must be, never a schema message', () => {
    expect(settingsErrors({ ...draft, thinkSeconds: Number.NaN }).thinkSeconds).toBe(
      'Think time must be a whole number of seconds, 0 or more.',
    );
    expect(settingsErrors({ ...draft, thinkSeconds: -1 }).thinkSeconds).toBe('Think time must be a whole number of seconds, 0 or more.');
    expect(settingsErrors({ ...draft, thinkSeconds: 2.5 }).thinkSeconds).toBe('Think time must be a whole number of seconds, 0 or more.');
    expect(settingsErrors({ ...draft, thinkSeconds: 601 }).thinkSeconds).toBe('Think time must be 600 seconds or less.');
    expect(settingsErrors({ ...draft, hardLimitSeconds: 5 }).hardLimitSeconds).toBe(
      'Time limit must be a whole number of seconds, 10 or more.',
    );
    expect(settingsErrors(draft)).toEqual({});
  });

  it('names the rule across the two target lengths once', () => {
    expect(settingsErrors({ ...draft, answerTargetMinSeconds: 120, answerTargetMaxSeconds: 120 })).toEqual({
      answerTarget: 'The shortest good answer must be shorter than the longest.',
    });
  });

  it('holds the same limits as the schema main checks against', () => {
    for (const [key, { min, max }] of Object.entries(NUMBER_FIELDS)) {
      const field = SettingsFieldsSchema.shape[key as keyof typeof NUMBER_FIELDS];
      expect(field.safeParse(min).success, `${key} ${min}`).toBe(true);
      expect(field.safeParse(max).success, `${key} ${max}`).toBe(true);
      expect(field.safeParse(min - 1).success, `${key} ${min - 1}`).toBe(false);
      expect(field.safeParse(max + 1).success, `${key} ${max + 1}`).toBe(false);
    }
  });
});

describe('what is saved while a field is wrong', () => {
  it('saves the other changes and keeps the saved value of the wrong field', () => {
    expect(savablePatch(DEFAULT_SETTINGS, { ...draft, thinkSeconds: Number.NaN, speakPrompts: false, theme: 'dark' })).toEqual({
      speakPrompts: false,
      theme: 'dark',
    });
  });

  it('holds back both target lengths while they disagree', () => {
    expect(savablePatch(DEFAULT_SETTINGS, { ...draft, answerTargetMinSeconds: 200, playbackRate: 1.5 })).toEqual({ playbackRate: 1.5 });
    expect(savablePatch(DEFAULT_SETTINGS, { ...draft, answerTargetMinSeconds: 90 })).toEqual({ answerTargetMinSeconds: 90 });
  });
});
