import { useState } from 'react';
import { useClient } from '#renderer/api/ClientContext.js';
import { describeError } from '#renderer/api/messages.js';
import { useRemote } from '#renderer/lib/useRemote.js';

type Outcome = { kind: 'saving' } | { kind: 'saved'; path: string } | { kind: 'failed'; message: string } | null;

/**
 * How a finished export leaves the app. A browser downloads it from its link. The desktop app
 * cannot (the archive is on another scheme, so the link would be a navigation, which the window
 * refuses): there a save dialog asks where, and main copies the archive there.
 */
export function ExportDownload({ fileName, downloadUrl }: { fileName: string; downloadUrl: string }) {
  const client = useClient();
  const info = useRemote(() => client.app.info(), [client]);
  const [outcome, setOutcome] = useState<Outcome>(null);

  if (!info.data) return null; // a moment at most: which of the two is right depends on the host
  if (info.data.host === 'browser') {
    return (
      <a className="button button--primary" href={downloadUrl} download={fileName}>
        Download {fileName}
      </a>
    );
  }

  const save = async () => {
    setOutcome({ kind: 'saving' });
    try {
      const result = await client.exports.saveAs({ fileName });
      setOutcome(result.saved ? { kind: 'saved', path: result.path } : null);
    } catch (error) {
      setOutcome({ kind: 'failed', message: describeError(error) });
    }
  };
  return (
    <>
      <button type="button" className="button button--primary" disabled={outcome?.kind === 'saving'} onClick={() => void save()}>
        {outcome?.kind === 'saving' ? 'Saving…' : `Save ${fileName}…`}
      </button>
      <p className="save-status" role="status">
        {outcome?.kind === 'saved' && `Saved to ${outcome.path}`}
      </p>
      {outcome?.kind === 'failed' && (
        <p className="error-text" role="alert">
          The export was not saved: {outcome.message}
        </p>
      )}
    </>
  );
}
