import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportScope } from '#shared/schemas/archive.js';
import type { ExportJobStatus } from '#shared/schemas/exports.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { errorText as describeError } from '#renderer/lib/errorText.js';

const POLL_MS = 250;

/**
 * Starts an export in main and follows it by polling `exports:status` until it is done,
 * failed or cancelled. Polling stops when the screen goes away; the job itself carries on.
 */
export function useExportJob(onFinished: () => void) {
  const client = useClient();
  const [status, setStatus] = useState<ExportJobStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const follow = useCallback(
    (jobId: string) => {
      const poll = async () => {
        try {
          const next = await client.exports.status({ jobId });
          setStatus(next);
          if (next.state === 'running') timer.current = setTimeout(() => void poll(), POLL_MS);
          else finished.current();
        } catch (e) {
          setError(describeError(e));
        }
      };
      void poll();
    },
    [client],
  );

  const start = useCallback(
    async (scope: ExportScope) => {
      setError(null);
      setStatus(null);
      try {
        const { jobId } = await client.exports.start({ scope });
        follow(jobId);
      } catch (e) {
        setError(describeError(e));
      }
    },
    [client, follow],
  );

  const cancel = useCallback(async () => {
    if (!status) return;
    try {
      await client.exports.cancel({ jobId: status.jobId });
    } catch (e) {
      setError(describeError(e));
    }
  }, [client, status]);

  return { status, error, start, cancel, running: status?.state === 'running' };
}
