/**
 * Runs `start` once the page's first contentful frame is on screen (the prerendered header and
 * question list), or after `fallbackMs` if no frame is reported (a window that draws nothing).
 *
 * Why after, not before: React's code is fetched from the host and compiled on the browser's
 * worker threads, the same threads that rasterize that first frame; started earlier (preloads in
 * the HTML, or an import from the frame callback, which runs before the paint), the two competed
 * and the first frame waited for both. The "first-contentful-paint" entry is delivered after the
 * frame has been presented.
 */
export function afterFirstPaint(start: () => void, fallbackMs: number): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    clearTimeout(timer);
    start();
  };
  const timer = setTimeout(once, fallbackMs);
  // Observers report in a task of their own, never during observe(), so `once` cannot run before this is set.
  const observer = paintTimingSupported()
    ? new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) once();
      })
    : undefined;
  if (!observer) {
    // No paint timing (not a browser we ship): the next frame is the best sign there is.
    requestAnimationFrame(() => setTimeout(once, 0));
    return;
  }
  // Buffered: a frame already presented (the header, while the rest was parsed) counts as well.
  observer.observe({ type: 'paint', buffered: true });
}

function paintTimingSupported(): boolean {
  return typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint') === true;
}
