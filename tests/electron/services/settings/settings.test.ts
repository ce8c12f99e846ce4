import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { createSettingsService } from '#electron/services/settings/settings.js';
import { DEFAULT_SETTINGS } from '#shared/schemas/settings.js';
import { useTempDirs } from '#tests/support/temp-dir.js';

describe('settings service on a real conf store', () => {
  const tempDir = useTempDirs();
  const open = (cwd: string) => new Conf({ cwd, configName: 'config', projectName: 'interview-studio' });

  it('starts on defaults', () => {
    expect(createSettingsService(open(tempDir())).get()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a patch and reads it back in a new store on the same folder', () => {
    const dir = tempDir();
    createSettingsService(open(dir)).set({ thinkSeconds: 0, speakPrompts: false });
    expect(createSettingsService(open(dir)).get()).toMatchObject({ thinkSeconds: 0, speakPrompts: false, answerTargetMaxSeconds: 120 });
  });

  it('refuses a patch that breaks a rule across fields and writes nothing', () => {
    const dir = tempDir();
    const settings = createSettingsService(open(dir));
    expect(() => settings.set({ answerTargetMinSeconds: 200 })).toThrowError(/shortest target length/);
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('fills in fields a stored file from an older version lacks', () => {
    const dir = tempDir();
    open(dir).set('settings', { thinkSeconds: 12 });
    expect(createSettingsService(open(dir)).get()).toEqual({ ...DEFAULT_SETTINGS, thinkSeconds: 12 });
  });

  it('reads a config.json from before the theme and playback speed as system colors at normal speed, and keeps them once chosen', () => {
    const dir = tempDir();
    const { theme: _t, playbackRate: _p, ...older } = DEFAULT_SETTINGS;
    open(dir).set('settings', { ...older, thinkSeconds: 12 });
    const settings = createSettingsService(open(dir));
    expect(settings.get()).toMatchObject({ thinkSeconds: 12, theme: 'system', playbackRate: 1 });
    settings.set({ theme: 'dark' });
    settings.set({ playbackRate: 1.25 });
    expect(createSettingsService(open(dir)).get()).toMatchObject({ thinkSeconds: 12, theme: 'dark', playbackRate: 1.25 });
    expect(() => settings.set({ theme: 'sepia' as never })).toThrowError();
  });
});
