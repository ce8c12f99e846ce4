/**
 * Shown while a screen's code arrives (rarely seen: the code is preloaded once the first screen
 * is up). It keeps the main area's height so nothing jumps, says in words what is happening rather
 * than leaving the area blank, and the status role reads it politely to a screen reader.
 */
export function ScreenLoading() {
  return (
    <div className="screen screen-loading" role="status" aria-live="polite">
      <p className="muted">Loading…</p>
    </div>
  );
}
