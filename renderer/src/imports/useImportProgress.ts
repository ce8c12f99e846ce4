import { useEffect, useState } from 'react';
import type { ImportProgress } from '#shared/schemas/imports.js';
import { useClient } from '#renderer/api/ClientContext.js';

const POLL_MS = 250;

/**
 * Follows `imports:status` while main checks or applies an import (those calls answer only at the
 * end): every 250 ms, one call at a time, until `importId` is null or the screen goes away.
 * A failed poll just waits for the next; the call it watches reports its own errors.
 */
export function useImportProgress(importId: string | null): ImportProgress | null {
  const client = useClient();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => {
    setProgress(null);
    if (!importId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const next = await client.imports.status({ importId }).catch(() => null);
      if (stopped) return;
      if (next) setProgress(next);
      timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [client, importId]);
  return progress;
}
