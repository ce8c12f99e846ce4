import { useEffect } from 'react';

/**
 * Flushes a saver when the window is hidden or unloaded, and when the component goes away, so an
 * edit made just before closing the window or leaving the screen is not lost.
 */
export function useFlushOnLeave(saver: { flush(): Promise<void> }) {
  useEffect(() => {
    const flushNow = () => void saver.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flushNow();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flushNow);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flushNow);
      flushNow();
    };
  }, [saver]);
}
