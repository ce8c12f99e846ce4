import { useCallback, useRef } from 'react';

/** One breath of the recording dot, bright → dim → bright, as the CSS `pulse` animation had it. */
export const PULSE_MS = 1600;
/** The dot's opacity at its dimmest. */
const DIMMEST = 0.35;

/** The dot's opacity at `time` (ms), to two decimals: a cosine from 1 down to DIMMEST and back. */
export function pulseOpacity(time: number): number {
  const depth = (1 - Math.cos((2 * Math.PI * (time % PULSE_MS)) / PULSE_MS)) / 2;
  return Math.round((1 - (1 - DIMMEST) * depth) * 100) / 100;
}

/**
 * Longest the dot waits between two steps: in a pause, when the meter draws nothing, it steps at
 * every third of the meter's reads (66 ms apart), about 5 times a second, eight steps a breath.
 */
export const PULSE_STEP_MAX_MS = 180;

/**
 * The recording dot's pulse, stepped by the level meter's reads: `step(time, free)` is called at
 * each, with `free` when the meter redrew its bar then, so the dot changes in a frame made anyway;
 * otherwise at most every PULSE_STEP_MAX_MS. A CSS animation of its own made the compositor and the
 * display compositor draw 60 frames a second for a 12-pixel dot. Under reduced motion the dot stays
 * still (fully shown).
 */
export function useRecordingPulse(): { ref(element: HTMLElement | null): void; step(time: number, free: boolean): void } {
  const dot = useRef<HTMLElement | null>(null);
  const shown = useRef<number | null>(null);
  const steppedAt = useRef(-Infinity);
  const reduced = useRef<MediaQueryList | null>(null);

  const ref = useCallback((element: HTMLElement | null) => {
    dot.current = element;
    shown.current = null;
    steppedAt.current = -Infinity;
    reduced.current = element && typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;
  }, []);

  const step = useCallback((time: number, free: boolean) => {
    const element = dot.current;
    if (!element) return;
    if (!free && time - steppedAt.current < PULSE_STEP_MAX_MS) return;
    // Read at each step, so a change of the system setting mid-answer is followed.
    const opacity = reduced.current?.matches ? 1 : pulseOpacity(time);
    steppedAt.current = time;
    if (opacity === shown.current) return;
    shown.current = opacity;
    element.style.opacity = String(opacity);
  }, []);

  return { ref, step };
}
