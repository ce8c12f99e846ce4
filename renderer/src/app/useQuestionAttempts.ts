import { useCallback, useEffect, useState } from 'react';
import type { Attempt } from '#shared/schemas/attempt.js';
import type { StudioClient } from '#renderer/api/client.js';

/**
 * The takes of one question, loaded when its screen opens (attempts:list {questionId}), kept up to
 * date as takes are saved or reviewed. Null until the first answer arrives.
 */
export function useQuestionAttempts(client: StudioClient, questionId: string) {
  const [attempts, setAttempts] = useState<Attempt[] | null>(null);

  const refresh = useCallback(async () => {
    try {
      const list = await client.attempts.list({ questionId });
      setAttempts(list);
    } catch {
      setAttempts((current) => current ?? []); // shown as "no takes yet" rather than loading forever
    }
  }, [client, questionId]);

  useEffect(() => {
    setAttempts(null);
    void refresh();
  }, [refresh]);

  /** Puts a new or updated attempt into the list without a reload. */
  const upsert = useCallback((attempt: Attempt) => {
    setAttempts((list) => {
      const current = list ?? [];
      return current.some((a) => a.id === attempt.id) ? current.map((a) => (a.id === attempt.id ? attempt : a)) : [attempt, ...current];
    });
  }, []);

  return { attempts, refresh, upsert };
}
