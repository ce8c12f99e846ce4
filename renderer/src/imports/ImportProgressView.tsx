/** The import's one progress bar, what it is doing in words, and its Cancel (none where it cannot stop). */
export function ImportProgressView({
  value,
  max,
  text,
  onCancel,
}: {
  value: number;
  max: number;
  text: string;
  onCancel: (() => void) | null;
}) {
  return (
    <div className="data-progress">
      <progress aria-label="Import progress" max={Math.max(1, max)} value={Math.min(value, Math.max(1, max))} />
      <p className="save-status" role="status">
        {text}
      </p>
      {onCancel && (
        <button type="button" className="button" onClick={onCancel}>
          Cancel import
        </button>
      )}
    </div>
  );
}
