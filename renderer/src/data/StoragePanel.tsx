import { useState } from 'react';
import type { StorageInfo } from '#shared/schemas/storage.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { errorText } from '#renderer/lib/errorText.js';
import { formatBytes } from '#renderer/lib/formatBytes.js';

type Props = { info: StorageInfo | null; error: string | null; onChanged(): void };

const countAndSize = (count: number, bytes: number) => (count === 0 && bytes === 0 ? 'None' : `${count} · ${formatBytes(bytes)}`);

/** Where the data lives and how much room it takes; opens the folder where the host can. */
export function StoragePanel({ info, error, onChanged }: Props) {
  const client = useClient();
  const [message, setMessage] = useState<string | null>(null);
  const run = async (task: () => Promise<string | null>) => {
    try {
      setMessage(await task());
    } catch (e) {
      setMessage(errorText(e));
    }
  };

  return (
    <section className="card data-panel" aria-labelledby="storage-title">
      <h2 id="storage-title">Storage</h2>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {info && (
        <>
          <p className="data-panel__lead">Everything stays in this folder on your computer:</p>
          <p className="data-folder">
            <code aria-label="Data folder">{info.dataDir}</code>
          </p>
          <dl className="data-stats">
            <div>
              <dt>Answers</dt>
              <dd>{info.attemptCount}</dd>
            </div>
            <div>
              <dt>Recordings</dt>
              <dd>{countAndSize(info.recordingCount, info.recordingsBytes)}</dd>
            </div>
            <div>
              <dt>Exported archives</dt>
              <dd>{countAndSize(info.exportCount, info.exportsBytes)}</dd>
            </div>
          </dl>
          {(info.canOpenFolder || info.exportCount > 0) && (
            <div className="screen__actions">
              {info.canOpenFolder && (
                <button type="button" className="button" onClick={() => void run(async () => (await client.storage.openFolder(), null))}>
                  Open data folder
                </button>
              )}
              {info.exportCount > 0 && (
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() =>
                    void run(async () => {
                      const { removed, freedBytes } = await client.exports.clear();
                      onChanged();
                      return `Removed ${removed} exported archive${removed === 1 ? '' : 's'}, freeing ${formatBytes(freedBytes)}.`;
                    })
                  }
                >
                  Remove exported archives
                </button>
              )}
            </div>
          )}
          <p className="save-status" role="status">
            {message ?? ''}
          </p>
        </>
      )}
    </section>
  );
}
