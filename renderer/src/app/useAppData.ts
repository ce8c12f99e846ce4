import { useCallback, useEffect, useState } from 'react';
import type { Library } from '../../../shared/content/schema.js';
import type { Attempt } from '../../../shared/schemas/attempt.js';
import type { Notice } from '../../../shared/schemas/notice.js';
import type { Settings, SettingsPatch } from '../../../shared/schemas/settings.js';
import type { StudioClient } from '../api/client.js';
import { describeError } from '../api/messages.js';

export type AppData = {
  library: Library;
  settings: Settings;
  notices: Notice[];
  attempts: Attempt[];
};

/**
 * What every screen reads: the library, settings, notices and the attempt list, loaded once at
 * start and refreshed after the changes that touch them.
 */
export function useAppData(client: StudioClient) {
  const [data, setData] = useState<AppData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    Promise.all([client.library.get(), client.settings.get(), client.app.notices(), client.attempts.list({})]).then(
      ([library, settings, notices, attempts]) => current && setData({ library, settings, notices, attempts }),
      (error: unknown) => current && setLoadError(describeError(error)),
    );
    return () => {
      current = false;
    };
  }, [client]);

  const refreshAttempts = useCallback(async () => {
    try {
      const attempts = await client.attempts.list({});
      setData((d) => (d ? { ...d, attempts } : d));
    } catch {
      // The list is a convenience; the next change will refresh it again.
    }
  }, [client]);

  /** Saves a settings patch; throws (with main's validation message) so forms can show it. */
  const updateSettings = useCallback(
    async (patch: SettingsPatch) => {
      const settings = await client.settings.set(patch);
      setData((d) => (d ? { ...d, settings } : d));
      return settings;
    },
    [client],
  );

  const dismissNotice = useCallback(
    async (noticeId: string) => {
      const notices = await client.app.dismissNotice({ noticeId });
      setData((d) => (d ? { ...d, notices } : d));
    },
    [client],
  );

  /** Puts a new or updated attempt (a finished take, a saved review) into the list without a reload. */
  const upsertAttempt = useCallback((attempt: Attempt) => {
    setData((d) => {
      if (!d) return d;
      const known = d.attempts.some((a) => a.id === attempt.id);
      const attempts = known ? d.attempts.map((a) => (a.id === attempt.id ? attempt : a)) : [...d.attempts, attempt];
      return { ...d, attempts };
    });
  }, []);

  return { data, loadError, refreshAttempts, updateSettings, dismissNotice, upsertAttempt };
}
