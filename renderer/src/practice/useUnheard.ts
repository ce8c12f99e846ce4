import { useCallback, useRef } from 'react';

/** How long the level may stay at the noise floor before the recording panel says so. */
export const SILENCE_WARNING_MS = 5000;
/** Louder than this (about -45 dBFS on the meter's scale) counts as hearing something. */
const HEARD_LEVEL = 0.25;

/**
 * How long, on the answer's own clock, the microphone has heard nothing above the noise floor. The
 * meter reports every level it draws; the answer timer's ticks re-render with the elapsed time.
 */
export function useUnheard(elapsedMs: number): { silentMs: number; onLevel(level: number): void } {
  const elapsed = useRef(elapsedMs);
  elapsed.current = elapsedMs;
  const lastHeard = useRef(0);
  const onLevel = useCallback((level: number) => {
    if (level > HEARD_LEVEL) lastHeard.current = elapsed.current;
  }, []);
  return { silentMs: Math.max(0, elapsedMs - lastHeard.current), onLevel };
}
