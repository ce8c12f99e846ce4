import { useEffect, useRef } from 'react';

/**
 * Moves focus to a screen's heading when the screen appears, so keyboard and screen-reader users
 * land at the start of what changed instead of on a button that no longer exists.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, []);
  return ref;
}
