import { useCallback, useEffect, useState } from 'react';
import type { StorageInfo } from '#shared/schemas/storage.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { describeError } from '#renderer/api/messages.js';

/** The storage panel's numbers, loaded on mount and refreshed after anything that changes them. */
export function useStorageInfo() {
  const client = useClient();
  const [info, setInfo] = useState<StorageInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    try {
      setInfo(await client.storage.info());
      setError(null);
    } catch (e) {
      setError(describeError(e));
    }
  }, [client]);
  useEffect(() => void refresh(), [refresh]);
  return { info, error, refresh };
}
