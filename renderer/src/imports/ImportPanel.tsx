import { useId, useRef, useState } from 'react';
import type { ConflictChoice, ImportPreview, ImportProgress, ImportResult } from '#shared/schemas/imports.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { formatDateTime, formatNumber, plural, pluralWord } from '#renderer/lib/format.js';
import { errorText } from '#renderer/lib/errorText.js';
import { formatBytes, percent } from '#renderer/lib/formatBytes.js';
import { uploadArchive } from './uploadArchive.js';
import { ImportProgressView } from './ImportProgressView.js';
import { useImportProgress } from './useImportProgress.js';

type Stage =
  | { name: 'idle' }
  | { name: 'sending'; sent: number; total: number }
  /** Every byte is in main, which reads the whole archive before it answers the preview. */
  | { name: 'checking'; importId: string; total: number }
  | { name: 'preview'; preview: ImportPreview }
  | { name: 'applying'; preview: ImportPreview; cancelling: boolean }
  | { name: 'done'; result: ImportResult }
  /** Stopped by the person while it was being sent: main has removed what it had received. */
  | { name: 'cancelled' };

const CHOICES: [ConflictChoice, string][] = [
  ['keep_newer', 'Keep whichever is newer'],
  ['keep_mine', 'Keep mine'],
  ['take_imported', 'Take the imported ones'],
];

/** Import an earlier export: send it, see what it would change, choose for conflicts, merge. */
export function ImportPanel({ onImported }: { onImported(result: ImportResult): void }) {
  const client = useClient();
  const id = useId();
  const [stage, setStage] = useState<Stage>({ name: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [choice, setChoice] = useState<ConflictChoice>('keep_newer');
  const [takeSettings, setTakeSettings] = useState(false);
  const [takeProfile, setTakeProfile] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const cancelRequested = useRef(false);
  const watched = stage.name === 'checking' ? stage.importId : stage.name === 'applying' ? stage.preview.importId : null;
  const progress = useImportProgress(watched);

  const reset = () => {
    if (fileInput.current) fileInput.current.value = '';
  };

  const send = async (file: File) => {
    setError(null);
    abort.current = new AbortController();
    setStage({ name: 'sending', sent: 0, total: file.size });
    try {
      const preview = await uploadArchive(
        client,
        file,
        (sent) => setStage({ name: 'sending', sent, total: file.size }),
        abort.current.signal,
        (importId) => setStage({ name: 'checking', importId, total: file.size }),
      );
      setChoice('keep_newer');
      setTakeSettings(false);
      setTakeProfile(false);
      setStage({ name: 'preview', preview });
    } catch (e) {
      const cancelled = abort.current.signal.aborted;
      setStage(cancelled ? { name: 'cancelled' } : { name: 'idle' });
      setError(cancelled ? null : errorText(e));
      reset();
    }
  };

  const apply = async (preview: ImportPreview) => {
    cancelRequested.current = false;
    setStage({ name: 'applying', preview, cancelling: false });
    try {
      const result = await client.imports.apply({ importId: preview.importId, conflicts: choice, takeSettings, takeProfile });
      // A cancel that came too late (the answers were already saved) leaves a complete import: say so.
      setStage({ name: 'done', result });
      onImported(result);
    } catch (e) {
      setStage(cancelRequested.current ? { name: 'cancelled' } : { name: 'idle' });
      setError(cancelRequested.current ? null : `Nothing was imported: ${errorText(e)}`);
    }
    reset();
  };

  /** Stops an apply under way; main undoes what it did, unless the answers were already saved. */
  const cancelApply = async (preview: ImportPreview) => {
    cancelRequested.current = true;
    setStage({ name: 'applying', preview, cancelling: true });
    await client.imports.cancel({ importId: preview.importId }).catch(() => undefined);
  };

  const dismiss = async (preview: ImportPreview) => {
    await client.imports.cancel({ importId: preview.importId }).catch(() => undefined);
    setStage({ name: 'idle' });
    reset();
  };

  const busy = stage.name === 'sending' || stage.name === 'checking' || stage.name === 'applying';
  return (
    <section className="card data-panel" aria-labelledby="import-title">
      <h2 id="import-title">Import</h2>
      <p className="data-panel__lead">Bring back an export from this computer or another. It is checked in full before anything changes.</p>
      <label className="field" htmlFor={`${id}-file`}>
        <span className="field__label">Export file (.zip)</span>
        <input
          ref={fileInput}
          id={`${id}-file`}
          type="file"
          accept=".zip,application/zip"
          disabled={busy || stage.name === 'preview'}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void send(file);
          }}
        />
      </label>

      {stage.name === 'sending' && (
        <ImportProgressView
          value={stage.sent}
          max={stage.total}
          text={`Sending… ${percent(stage.sent, stage.total)}% (${formatBytes(stage.sent)} of ${formatBytes(stage.total)})`}
          onCancel={() => abort.current?.abort()}
        />
      )}

      {stage.name === 'checking' && (
        <ImportProgressView
          value={progress?.stage === 'checking' ? progress.bytesDone : 0}
          max={progress?.stage === 'checking' ? progress.bytesTotal : stage.total}
          text={progress?.stage === 'checking' ? `Checking… ${checkedText(progress)}` : 'Checking…'}
          onCancel={() => abort.current?.abort()}
        />
      )}

      {(stage.name === 'preview' || stage.name === 'applying') && (
        <ImportPreviewView
          preview={stage.preview}
          choice={choice}
          onChoice={setChoice}
          takeSettings={takeSettings}
          onTakeSettings={setTakeSettings}
          takeProfile={takeProfile}
          onTakeProfile={setTakeProfile}
          busy={stage.name === 'applying'}
          onApply={() => void apply(stage.preview)}
          onCancel={() => void dismiss(stage.preview)}
        />
      )}
      {stage.name === 'applying' && (
        <ImportProgressView
          value={progress?.stage === 'applying' || progress?.stage === 'saving' ? progress.bytesDone : 0}
          max={progress?.stage === 'applying' || progress?.stage === 'saving' ? progress.bytesTotal : 1}
          text={stage.cancelling ? 'Cancelling… what was copied is being removed.' : applyingText(progress)}
          onCancel={stage.cancelling || progress?.stage === 'saving' ? null : () => void cancelApply(stage.preview)}
        />
      )}

      {stage.name === 'cancelled' && (
        <p className="save-status" role="status">
          Import cancelled. Nothing was changed, and the part already sent was removed.
        </p>
      )}

      {stage.name === 'done' && (
        <p className="save-status" role="status">
          Imported: {stage.result.added} new, {stage.result.updated} updated, {stage.result.unchanged} already here;{' '}
          {plural(stage.result.recordingsWritten, 'recording')} copied
          {stage.result.settingsApplied ? '; settings applied' : ''}.{customQuestionsDone(stage.result)}
          {practiceDone(stage.result)}
        </p>
      )}
      {error && (
        <p className="error-text data-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

type PreviewProps = {
  preview: ImportPreview;
  choice: ConflictChoice;
  onChoice(choice: ConflictChoice): void;
  takeSettings: boolean;
  onTakeSettings(take: boolean): void;
  takeProfile: boolean;
  onTakeProfile(take: boolean): void;
  busy: boolean;
  onApply(): void;
  onCancel(): void;
};

function ImportPreviewView(props: PreviewProps) {
  const { preview, choice, onChoice, takeSettings, onTakeSettings, takeProfile, onTakeProfile, busy, onApply, onCancel } = props;
  const { attempts, customQuestionPlan: questions, mockSessions: mock, facilityProfile: profile } = preview;
  const id = useId();
  return (
    <div className="data-preview" aria-live="polite">
      <p>
        This export from {formatDateTime(preview.exportedAt)} holds {plural(attempts.total, 'answer')} and{' '}
        {plural(preview.recordings, 'recording')}: {attempts.new} new, {attempts.identical} already here
        {attempts.audioRestored ? `, ${attempts.audioRestored} with audio that is missing here` : ''}
        {attempts.conflicts ? `, ${attempts.conflicts} reviewed differently here` : ''}.{customQuestionsPreview(preview)}
        {practicePreview(preview)}
      </p>
      {attempts.conflicts + questions.conflicts + mock.conflicts > 0 && (
        <fieldset className="data-choice" disabled={busy}>
          <legend>{conflictQuestion(attempts.conflicts, questions.conflicts, mock.conflicts)}</legend>
          {CHOICES.map(([value, label]) => (
            <label key={value} className="field--radio">
              <input type="radio" name={`${id}-choice`} value={value} checked={choice === value} onChange={() => onChoice(value)} /> {label}
            </label>
          ))}
        </fieldset>
      )}
      {preview.settingsIncluded && (
        <label className="field field--check">
          <input type="checkbox" checked={takeSettings} disabled={busy} onChange={(e) => onTakeSettings(e.target.checked)} />
          <span>Also use the export's settings (your microphone and voice stay as they are)</span>
        </label>
      )}
      {profile.state === 'differs' && (
        <label className="field field--check">
          <input type="checkbox" checked={takeProfile} disabled={busy} onChange={(e) => onTakeProfile(e.target.checked)} />
          <span>{profileChoiceLabel(profile)}</span>
        </label>
      )}
      <div className="screen__actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={onApply}>
          {busy ? 'Importing…' : 'Import'}
        </button>
        <button type="button" className="button button--quiet" disabled={busy} onClick={onCancel}>
          Don't import
        </button>
      </div>
    </div>
  );
}

/** "12 of 1,004 files (3.2 MB of 985 MB)": how far main's check of the archive has come. */
function checkedText(progress: ImportProgress): string {
  return `${formatNumber(progress.done)} of ${plural(progress.total, 'file')} (${formatBytes(progress.bytesDone)} of ${formatBytes(progress.bytesTotal)})`;
}

/** What the apply is doing: copying the recordings in (counted), then saving the answers (one short step, no cancel). */
function applyingText(progress: ImportProgress | null): string {
  if (progress?.stage === 'saving') return 'Saving your answers…';
  if (progress?.stage !== 'applying' || progress.total === 0) return 'Importing…';
  return `Copying recordings… ${formatNumber(progress.done)} of ${formatNumber(progress.total)} (${formatBytes(progress.bytesDone)} of ${formatBytes(progress.bytesTotal)})`;
}

/** The user's own questions in the archive, after the answers' summary. */
function customQuestionsPreview({ customQuestions, customQuestionPlan: q }: ImportPreview): string {
  if (customQuestions === 0) return '';
  const parts = [`${q.new} new`, `${q.identical} already here`];
  if (q.conflicts) parts.push(`${q.conflicts} edited differently here`);
  if (q.skipped) parts.push(`${q.skipped} this version cannot use`);
  return ` It also holds ${customQuestions} of your own ${pluralWord(customQuestions, 'question')}: ${parts.join(', ')}.`;
}

function conflictQuestion(answers: number, questions: number, mockSessions = 0): string {
  const parts = [
    answers ? `${plural(answers, 'answer')} ${pluralWord(answers, 'has', 'have')} a different review here` : '',
    questions ? `${questions} of your questions were edited differently here` : '',
    // A follow-up has no date: "whichever is newer" keeps yours for these.
    mockSessions
      ? `${plural(mockSessions, 'mock interview')} ${pluralWord(mockSessions, 'has', 'have')} a different follow-up here (kept unless you take the imported ones)`
      : '',
  ].filter(Boolean);
  const what = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  return `${what}. Which should stay?`;
}

/** The facility profile, mock interviews and set-aside questions the archive brings, after the rest. */
function practicePreview({ mockSessions: mock, suspensions, checklistTicks: ticks, facilityProfile: profile }: ImportPreview): string {
  const parts: string[] = [];
  if (mock.total) {
    const detail = [
      `${mock.new} new`,
      `${mock.identical} already here`,
      ...(mock.conflicts ? [`${mock.conflicts} with a different follow-up here`] : []),
    ];
    parts.push(` It also holds ${plural(mock.total, 'mock interview')}: ${detail.join(', ')}.`);
  }
  if (suspensions.new) parts.push(` ${plural(suspensions.new, 'question')} set aside there will be set aside here too.`);
  if (ticks.new) parts.push(` ${plural(ticks.new, 'item')} of “Before the interview” ticked there will be ticked here too.`);
  const name = profile.name.trim() ? ` for ${profile.name.trim()}` : '';
  if (profile.state === 'new') parts.push(` Its facility profile${name} will be added.`);
  if (profile.state === 'identical') parts.push(' Its facility profile is the same as yours.');
  if (profile.state === 'differs')
    parts.push(` Its facility profile${name} differs from yours; yours stays unless you tick the box below.`);
  return parts.join('');
}

function profileChoiceLabel(profile: ImportPreview['facilityProfile']): string {
  const when = (at: string | null) => (at ? `saved ${formatDateTime(at)}` : 'undated');
  const newer = profile.newer === 'imported' ? "the export's is newer" : 'yours is newer';
  return `Use the export's facility profile instead of yours (the export's ${when(profile.importedUpdatedAt)}, yours ${when(profile.mineUpdatedAt)}: ${newer})`;
}

function practiceDone(result: ImportResult): string {
  const parts: string[] = [];
  if (result.mockSessionsAdded || result.mockSessionsUpdated) {
    parts.push(`Mock interviews: ${result.mockSessionsAdded} added, ${result.mockSessionsUpdated} updated.`);
  }
  if (result.suspensionsAdded) parts.push(`${plural(result.suspensionsAdded, 'question')} set aside.`);
  if (result.checklistTicksAdded) parts.push(`${plural(result.checklistTicksAdded, 'checklist item')} ticked.`);
  if (result.profileApplied) parts.push('Facility profile imported.');
  return parts.map((p) => ` ${p}`).join('');
}

function customQuestionsDone(result: ImportResult): string {
  const { customQuestionsAdded: added, customQuestionsUpdated: updated, customQuestionsSkipped: skipped } = result;
  const kept = added || updated ? ` Your questions: ${added} added, ${updated} updated.` : '';
  const lost = skipped
    ? ` ${skipped} of the archive's own ${pluralWord(skipped, 'question')} ${pluralWord(skipped, 'was', 'were')} not imported: they name a category or criterion this version does not have.`
    : '';
  return kept + lost;
}
