import { useId, useState } from 'react';
import type { ExportScope } from '#shared/schemas/archive.js';
import { formatBytes, percent } from '#renderer/lib/formatBytes.js';
import { plural } from '#renderer/lib/format.js';
import type { QuestionOption } from '#renderer/lib/questionOptions.js';
import { ExportDownload } from './ExportDownload.js';
import { useExportJob } from './useExportJob.js';

type Props = { questions: QuestionOption[]; onFinished(): void };

/** Export everything, or a date range and/or some questions, as one .zip with progress and cancel. */
export function ExportPanel({ questions, onFinished }: Props) {
  const { status, error, start, cancel, running } = useExportJob(onFinished);
  const [mode, setMode] = useState<'all' | 'some'>('all');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const id = useId();

  const scope: ExportScope =
    mode === 'all' ? {} : { ...(from ? { from } : {}), ...(to ? { to } : {}), ...(chosen.size ? { questionIds: [...chosen] } : {}) };
  const badRange = mode === 'some' && from !== '' && to !== '' && from > to;
  const toggle = (questionId: string) =>
    setChosen((set) => {
      const next = new Set(set);
      if (!next.delete(questionId)) next.add(questionId);
      return next;
    });

  return (
    <section className="card data-panel" aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <p className="data-panel__lead">
        One .zip with your recordings as they are, your answers and reviews (JSON and a spreadsheet-ready CSV), your settings, your own
        questions, mock interviews, the questions you set aside, your facility profile and a README that explains each file.
      </p>
      <fieldset className="data-choice" disabled={running}>
        <legend>What to export</legend>
        <label className="field--radio">
          <input type="radio" name={`${id}-mode`} checked={mode === 'all'} onChange={() => setMode('all')} /> Everything
        </label>
        <label className="field--radio">
          <input type="radio" name={`${id}-mode`} checked={mode === 'some'} onChange={() => setMode('some')} /> Only some answers
        </label>
      </fieldset>
      {mode === 'some' && (
        <div className="data-scope">
          <div className="field-pair">
            <label className="field">
              <span className="field__label">Recorded from</span>
              <input type="date" value={from} max={to || undefined} onChange={(e) => setFrom(e.target.value)} disabled={running} />
            </label>
            <label className="field">
              <span className="field__label">Recorded until</span>
              <input type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} disabled={running} />
            </label>
          </div>
          <fieldset className="data-questions" disabled={running}>
            <legend>Questions (none ticked means all)</legend>
            {questions.length === 0 && <p className="quiet-note">No answers recorded yet.</p>}
            {questions.map((q) => (
              <label key={q.id} className="data-questions__item">
                <input type="checkbox" checked={chosen.has(q.id)} onChange={() => toggle(q.id)} />
                <span>{q.text}</span>
                <span className="tag">{q.answers}</span>
              </label>
            ))}
          </fieldset>
          {badRange && (
            <p className="error-text" role="alert">
              The first day must not be after the last.
            </p>
          )}
        </div>
      )}

      <div className="screen__actions">
        {!running && (
          <button
            type="button"
            className={`button ${status?.state === 'done' ? '' : 'button--primary'}`}
            disabled={badRange}
            onClick={() => void start(scope)}
          >
            {status?.state === 'done' ? 'Export again' : 'Export'}
          </button>
        )}
        {running && (
          <button type="button" className="button" onClick={() => void cancel()}>
            Cancel export
          </button>
        )}
        {status?.state === 'done' && status.downloadUrl && <ExportDownload fileName={status.fileName} downloadUrl={status.downloadUrl} />}
      </div>

      {status && (
        <div className="data-progress">
          <progress aria-label="Export progress" max={Math.max(1, status.totalBytes)} value={status.doneBytes} />
          <p className="save-status" role="status">
            {status.state === 'running' &&
              `Exporting… ${percent(status.doneBytes, status.totalBytes)}% (${formatBytes(status.doneBytes)} of ${formatBytes(status.totalBytes)})`}
            {status.state === 'done' &&
              `Ready: ${plural(status.attemptCount, 'answer')} and ${plural(status.recordingCount, 'recording')}, ${formatBytes(status.totalBytes)}.`}
            {status.state === 'cancelled' && 'Export cancelled. Nothing was kept.'}
          </p>
          {status.state === 'failed' && (
            <p className="error-text" role="alert">
              Export failed: {status.error?.message}
            </p>
          )}
        </div>
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
