type Props = {
  /** What is loading, as the start of a sentence: "Progress", "The report". */
  what: string;
  /** The load's error in words, or null while it is still loading. */
  error: string | null;
  onRetry(): void;
};

/**
 * What a screen shows before its data arrives: "Loading…" (announced as busy), or what could not
 * be loaded and a way to try again. One component, so every screen fails the same readable way.
 */
export function LoadState({ what, error, onRetry }: Props) {
  if (error) {
    return (
      <div className="notice notice--error" role="alert">
        <p>
          {what} could not be loaded: {error}
        </p>
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <p className="muted" aria-busy="true">
      Loading…
    </p>
  );
}
