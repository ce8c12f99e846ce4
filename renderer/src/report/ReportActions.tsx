import { useState } from 'react';
import { useClient } from '#renderer/api/ClientContext.js';
import { describeError } from '#renderer/api/messages.js';
import { useRemote } from '#renderer/lib/useRemote.js';

type Outcome = { kind: 'saving' } | { kind: 'saved'; path: string } | { kind: 'failed'; message: string } | null;

/**
 * How the report leaves the app. The desktop app saves a PDF straight to a file the user picks
 * (Electron's printToPDF); a browser has no such door, so there the system's print dialog does
 * it ("Save as PDF" is one of its printers). Printing on paper is offered in both.
 */
export function ReportActions({ ready }: { ready: boolean }) {
  const client = useClient();
  const info = useRemote(() => client.app.info(), [client]);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const canSavePdf = info.data?.canSavePdf === true;

  const savePdf = async () => {
    setOutcome({ kind: 'saving' });
    try {
      const result = await client.report.savePdf();
      setOutcome(result.saved ? { kind: 'saved', path: result.path } : null);
    } catch (error) {
      setOutcome({ kind: 'failed', message: describeError(error) });
    }
  };

  return (
    <div className="report__save">
      <div className="report__buttons">
        {canSavePdf && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => void savePdf()}
            disabled={!ready || outcome?.kind === 'saving'}
          >
            {outcome?.kind === 'saving' ? 'Saving…' : 'Save as PDF…'}
          </button>
        )}
        <button type="button" className={`button ${canSavePdf ? '' : 'button--primary'}`} onClick={() => window.print()} disabled={!ready}>
          {canSavePdf ? 'Print…' : 'Print or save as PDF'}
        </button>
      </div>
      <p className="save-status" role="status">
        {outcome?.kind === 'saved' && `Saved to ${outcome.path}`}
      </p>
      {outcome?.kind === 'failed' && (
        <p className="error-text" role="alert">
          The PDF was not saved: {outcome.message}
        </p>
      )}
    </div>
  );
}
