import type { Attempt } from '#shared/schemas/attempt.js';
import { formatDateTime, formatRating } from '#renderer/lib/format.js';
import { formatSpoken } from '#renderer/lib/answerBand.js';

/** "Nov 27, 2026, 2:05 PM · 1 min 5 s · rated 4 / 5": enough to tell takes apart in a list. */
export const takeLabel = (a: Attempt): string =>
  `${formatDateTime(a.createdAt)} · ${formatSpoken(a.durationMs)} · ${a.review.rating === null ? 'not rated' : `rated ${formatRating(a.review.rating)}`}`;
