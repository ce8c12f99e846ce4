import { useCallback, useState } from 'react';
import { useClient } from '../api/ClientContext.js';
import { PracticeScreen } from '../practice/PracticeScreen.js';
import { QuestionList } from '../questions/QuestionList.js';
import { MicCheckScreen } from '../settings/MicCheckScreen.js';
import { SettingsScreen } from '../settings/SettingsScreen.js';
import { AppHeader } from './AppHeader.js';
import { HelpDialog } from './HelpDialog.js';
import { NoticeBanner } from './NoticeBanner.js';
import { useShortcuts } from './shortcuts.js';
import { useAppData } from './useAppData.js';

export type Screen =
  | { name: 'questions' }
  | { name: 'practice'; questionId: string }
  | { name: 'settings' }
  | { name: 'micCheck'; then: 'questions' | 'settings' };

export function App() {
  const client = useClient();
  const { data, loadError, refreshAttempts, updateSettings, dismissNotice, upsertAttempt } = useAppData(client);
  const [screen, setScreen] = useState<Screen | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);

  useShortcuts((event) => {
    if (event.key !== '?') return false;
    setHelpOpen(true);
    return true;
  });

  const goTo = useCallback((next: Screen) => setScreen(next), []);

  if (loadError) {
    return (
      <main className="app-loading" role="alert">
        <h1>Interview Studio could not start</h1>
        <p>{loadError}</p>
      </main>
    );
  }
  if (!data) {
    return (
      <main className="app-loading" aria-busy="true">
        <p>Loading…</p>
      </main>
    );
  }

  // First run opens on the microphone check; it can be skipped and found again in Settings.
  const current: Screen = screen ?? (data.settings.micCheckDone ? { name: 'questions' } : { name: 'micCheck', then: 'questions' });

  return (
    <div className="app">
      <AppHeader current={current.name} onNavigate={goTo} onHelp={() => setHelpOpen(true)} />
      <NoticeBanner notices={data.notices} onDismiss={(id) => void dismissNotice(id)} />
      <main className="app__main" id="main">
        {current.name === 'questions' && (
          <QuestionList
            library={data.library}
            attempts={data.attempts}
            onPractise={(questionId) => goTo({ name: 'practice', questionId })}
          />
        )}
        {current.name === 'practice' && (
          <PracticeScreen
            key={current.questionId}
            questionId={current.questionId}
            library={data.library}
            settings={data.settings}
            attempts={data.attempts}
            onBack={() => goTo({ name: 'questions' })}
            onAttemptsChanged={refreshAttempts}
            onAttemptSaved={upsertAttempt}
          />
        )}
        {current.name === 'settings' && (
          <SettingsScreen
            settings={data.settings}
            onSave={updateSettings}
            onMicCheck={() => goTo({ name: 'micCheck', then: 'settings' })}
          />
        )}
        {current.name === 'micCheck' && (
          <MicCheckScreen
            settings={data.settings}
            onSave={updateSettings}
            onDone={() => goTo({ name: current.then })}
          />
        )}
      </main>
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
