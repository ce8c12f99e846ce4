import { useEffect, useRef } from 'react';
import type { Attempt } from '#shared/schemas/attempt.js';
import type { StudioClient } from '#renderer/api/client.js';
import { measureAttempt } from '#renderer/analysis/index.js';

const noop = () => {};

/**
 * Measures the report's answers that are not measured yet (the last one may still be measuring in
 * the background when the report opens), then asks for the report again. Each answer is tried
 * once per report, so one whose audio cannot be measured does not loop.
 */
export function useMeasureMissing(client: StudioClient, attempts: readonly Attempt[] | undefined, onMeasured: () => void) {
  const tried = useRef(new Set<string>());
  const latest = useRef(onMeasured);
  latest.current = onMeasured;
  useEffect(() => {
    const missing = (attempts ?? []).filter((a) => a.measurements === null && a.hasRecording && !tried.current.has(a.id));
    if (missing.length === 0) return;
    for (const a of missing) tried.current.add(a.id);
    let current = true;
    void Promise.allSettled(missing.map((a) => measureAttempt(client, a.id, noop))).then(() => current && latest.current());
    return () => {
      current = false;
    };
  }, [client, attempts]);
}
