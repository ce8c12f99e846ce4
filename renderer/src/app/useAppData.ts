import { useCallback, useEffect, useState } from 'react';
import type { Library } from '#shared/content/schema.js';
import type { Notice } from '#shared/schemas/notice.js';
import type { QuestionProgress } from '#shared/schemas/progress.js';
import type { Settings, SettingsPatch } from '#shared/schemas/settings.js';
import type { StudioClient } from '#renderer/api/client.js';
import { describeError } from '#renderer/api/messages.js';
import { takeStartupData } from './startup-data.js';

export type AppData = {
  library: Library;
  settings: Settings;
  notices: Notice[];
  /** Per practiced question: counts and ratings, computed in main (not the attempts themselves). */
  questionStats: ReadonlyMap<string, QuestionProgress>;
};

const byQuestion = (rows: QuestionProgress[]) => new Map(rows.map((r) => [r.questionId, r]));

/**
 * What every screen reads: the library, settings, notices and per-question counts, loaded once at
 * start (the notices just after the first screen, which does not need them) and refreshed after
 * the changes that touch them. The attempts themselves are not loaded
 * here: with thousands of them that would slow every start; a screen loads the ones it shows.
 */
export function useAppData(client: StudioClient) {
  const [data, setData] = useState<AppData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    // Only what the first screen needs (started in main.tsx); the notices follow once it is on screen.
    takeStartupData(client)
      .then(([library, settings, stats]) => {
        if (!current) return;
        setData({ library, settings, notices: [], questionStats: byQuestion(stats) });
        // A recording left open by the page before this one (a reload mid-answer) is finished first,
        // so its notice, naming the question, is among these, and its take is in the counts.
        return client.recordings
          .pageStarted()
          .then(async ({ recovered }) => {
            if (recovered.length === 0) return;
            const counts = byQuestion(await client.progress.questions());
            if (current) setData((d) => (d ? { ...d, questionStats: counts } : d));
          })
          .catch(() => undefined)
          .then(() => client.app.notices())
          .then((notices) => current && setData((d) => (d ? { ...d, notices } : d)));
      })
      .catch((error: unknown) => current && setLoadError(describeError(error)));
    return () => {
      current = false;
    };
  }, [client]);

  const refreshQuestionStats = useCallback(async () => {
    try {
      const stats = await client.progress.questions();
      setData((d) => (d ? { ...d, questionStats: byQuestion(stats) } : d));
    } catch {
      // The counts are a convenience; the next change will refresh them again.
    }
  }, [client]);

  /** The library again (built-in plus the user's own questions), with the counts, after one of theirs changed or an import. */
  const refreshLibrary = useCallback(async () => {
    const [library, stats] = await Promise.all([client.library.get(), client.progress.questions()]);
    setData((d) => (d ? { ...d, library, questionStats: byQuestion(stats) } : d));
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

  return { data, loadError, refreshQuestionStats, refreshLibrary, updateSettings, dismissNotice };
}
