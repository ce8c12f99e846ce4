import { useSyncExternalStore } from 'react';

/**
 * The replay speed the person chose last, shared by every player (review, compare) without each
 * screen passing it down: the app feeds it from the settings and gives the way to save a change.
 */
type Remembered = { rate: number; setRate(rate: number): void };

let remembered: Remembered = { rate: 1, setRate: () => undefined };
const listeners = new Set<() => void>();

export function rememberPlaybackRate(rate: number, save: (rate: number) => void): void {
  remembered = { rate, setRate: save };
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const usePlaybackRate = (): Remembered => useSyncExternalStore(subscribe, () => remembered);
