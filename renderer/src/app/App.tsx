import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Library } from '#shared/content/schema.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { HomePanel } from '#renderer/progress/HomePanel.js';
import { QuestionList } from '#renderer/questions/QuestionList.js';
import { AppHeader } from './AppHeader.js';
import { HelpDialog } from './HelpDialog.js';
import { NoticeBanner } from './NoticeBanner.js';
import { ScreenBoundary } from './ScreenBoundary.js';
import type { Screen } from '#renderer/lib/screen.js';
import {
  CompareScreen,
  DataRoute,
  DueRunScreen,
  DueScreen,
  FacilityScreen,
  MicCheckScreen,
  MockReportScreen,
  MockRunScreen,
  MockSetupScreen,
  PracticeRoute,
  preloadScreens,
  ProgressScreen,
  ReadinessReport,
  SettingsScreen,
} from './screens.js';
import { useShortcuts } from '#renderer/lib/shortcuts.js';
import { applyTheme } from '#renderer/lib/theme.js';
import { rememberPlaybackRate } from '#renderer/lib/playbackRate.js';
import { useAppData } from './useAppData.js';

export type { Screen } from '#renderer/lib/screen.js';

type Props = {
  /**
   * The built-in questions, when the page came with the first screen prerendered (boot.tsx): until
   * main answers, the app draws that same screen with them, so hydration keeps the markup as it is.
   */
  firstLibrary?: Library;
};

export function App({ firstLibrary }: Props = {}) {
  const client = useClient();
  const { data, loadError, refreshQuestionStats, refreshLibrary, updateSettings, dismissNotice } = useAppData(client);
  const [screen, setScreen] = useState<Screen | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);

  useShortcuts((event) => {
    if (event.key !== '?') return false;
    setHelpOpen(true);
    return true;
  });

  const goTo = useCallback(
    (next: Screen) => {
      // The question list shows counts from main: fetch them fresh whenever it is shown again.
      if (next.name === 'questions') void refreshQuestionStats();
      setScreen(next);
    },
    [refreshQuestionStats],
  );

  const theme = data?.settings.theme ?? 'system';
  useEffect(() => applyTheme(theme), [theme]);
  const playbackRate = data?.settings.playbackRate ?? 1;
  useEffect(
    // A speed that fails to save is still used in the player; it is only not remembered.
    () => rememberPlaybackRate(playbackRate, (rate) => void updateSettings({ playbackRate: rate }).catch(() => undefined)),
    [playbackRate, updateSettings],
  );

  // The other screens' code is fetched once the first screen is up, while the user reads it.
  const loaded = data !== null;
  useEffect(() => {
    if (!loaded) return;
    const idle = requestIdleCallback(() => void preloadScreens(), { timeout: 2000 });
    return () => cancelIdleCallback(idle);
  }, [loaded]);

  const listStats = useMemo(
    () =>
      new Map(
        [...(data?.questionStats ?? new Map()).values()].map((s) => [s.questionId, { count: s.attempts, lastAt: s.lastPractisedAt }]),
      ),
    [data?.questionStats],
  );

  if (loadError) {
    return (
      <main className="app-loading" role="alert">
        <h1>Interview Studio could not start</h1>
        <p>{loadError}</p>
      </main>
    );
  }
  const library = data?.library ?? firstLibrary;
  if (!library) {
    return (
      <main className="app-loading" aria-busy="true">
        <p>Loading…</p>
      </main>
    );
  }

  // First run opens on the microphone check; it can be skipped and found again in Settings. Until
  // main answers (a prerendered start) the question list is shown; a screen chosen meanwhile follows.
  const current: Screen = !data
    ? { name: 'questions' }
    : (screen ?? (data.settings.micCheckDone ? { name: 'questions' } : { name: 'micCheck', then: 'questions' }));
  const practiceQuestion = (questionId: string, from: Screen, attemptId?: string) =>
    goTo({ name: 'practice', questionId, attemptId, back: from });
  const compare = (questionId: string, from: Screen) => goTo({ name: 'compare', questionId, back: from });

  return (
    <div className="app">
      <AppHeader current={current} onNavigate={goTo} onHelp={() => setHelpOpen(true)} />
      <NoticeBanner notices={data?.notices ?? []} onDismiss={(id) => void dismissNotice(id)} />
      <main className="app__main" id="main">
        <ScreenBoundary key={current.name}>
          {current.name === 'questions' && (
            <>
              <HomePanel library={library} onNavigate={goTo} />
              <QuestionList
                library={library}
                stats={listStats}
                onPractice={(questionId) => goTo({ name: 'practice', questionId })}
                onLibraryChanged={refreshLibrary}
              />
            </>
          )}
          {data && (
            <>
              {current.name === 'practice' && (
                <PracticeRoute
                  key={`${current.questionId}/${current.attemptId ?? ''}`}
                  questionId={current.questionId}
                  attemptId={current.attemptId}
                  back={current.back}
                  library={data.library}
                  settings={data.settings}
                  onNavigate={goTo}
                  onChanged={refreshQuestionStats}
                />
              )}
              {current.name === 'progress' && (
                <ProgressScreen
                  library={data.library}
                  onPractice={(questionId) => practiceQuestion(questionId, current)}
                  onCompare={(questionId) => compare(questionId, current)}
                  onOpenReport={(sessionId) => goTo({ name: 'mockReport', sessionId })}
                  onReadinessReport={() => goTo({ name: 'report' })}
                />
              )}
              {current.name === 'report' && <ReadinessReport library={data.library} onBack={() => goTo({ name: 'progress' })} />}
              {current.name === 'due' && (
                <DueScreen library={data.library} settings={data.settings} onSaveSettings={updateSettings} onNavigate={goTo} />
              )}
              {current.name === 'dueRun' && (
                <DueRunScreen
                  key={current.index}
                  run={current}
                  library={data.library}
                  settings={data.settings}
                  onNavigate={goTo}
                  onChanged={refreshQuestionStats}
                />
              )}
              {current.name === 'mock' && (
                <MockSetupScreen
                  library={data.library}
                  settings={data.settings}
                  onStarted={(session, startIndex) => goTo({ name: 'mockRun', session, startIndex })}
                  onOpenReport={(sessionId) => goTo({ name: 'mockReport', sessionId })}
                />
              )}
              {current.name === 'mockRun' && (
                <MockRunScreen
                  key={current.session.id}
                  session={current.session}
                  startIndex={current.startIndex}
                  library={data.library}
                  settings={data.settings}
                  onFinished={() => goTo({ name: 'mockReport', sessionId: current.session.id })}
                />
              )}
              {current.name === 'mockReport' && (
                <MockReportScreen
                  key={current.sessionId}
                  sessionId={current.sessionId}
                  library={data.library}
                  settings={data.settings}
                  onReview={(questionId, attemptId) => practiceQuestion(questionId, current, attemptId)}
                  onPractice={(questionId) => practiceQuestion(questionId, current)}
                  onNewSession={() => goTo({ name: 'mock' })}
                />
              )}
              {current.name === 'compare' && (
                <CompareScreen
                  key={current.questionId}
                  questionId={current.questionId}
                  library={data.library}
                  back={current.back}
                  onNavigate={goTo}
                />
              )}
              {current.name === 'data' && (
                // An import may bring questions of the user's own, so the library is fetched again with the counts.
                <DataRoute
                  library={data.library}
                  settings={data.settings}
                  onSaveSettings={updateSettings}
                  onChanged={() => void refreshLibrary().catch(() => undefined)}
                />
              )}
              {current.name === 'settings' && (
                <SettingsScreen
                  settings={data.settings}
                  onSave={updateSettings}
                  onMicCheck={() => goTo({ name: 'micCheck', then: 'settings' })}
                />
              )}
              {current.name === 'facility' && <FacilityScreen back={current.back} onNavigate={goTo} />}
              {current.name === 'micCheck' && (
                <MicCheckScreen settings={data.settings} onSave={updateSettings} onDone={() => goTo({ name: current.then })} />
              )}
            </>
          )}
        </ScreenBoundary>
      </main>
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
