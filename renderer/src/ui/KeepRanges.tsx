import { Fragment } from 'react';

/** "1:00–2:00", "120–160": a range joined by an en dash, with what touches it on either side. */
const RANGE = /(\S+–\S+)/;

/**
 * Text whose ranges never break at their dash at the end of a line ("1:00–" / "2:00"): each
 * range is kept on one line; the text itself, and so what is read and copied, is unchanged.
 */
export function KeepRanges({ text }: { text: string }) {
  return text.split(RANGE).map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} style={{ whiteSpace: 'nowrap' }}>
        {part}
      </span>
    ) : (
      <Fragment key={i}>{part}</Fragment>
    ),
  );
}
