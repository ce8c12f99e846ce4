/** Where an answer's length sits against the target band from settings. */
export type Band = 'under' | 'in' | 'over';

export type BandLimits = { minSeconds: number; maxSeconds: number };

export function bandFor(elapsedMs: number, { minSeconds, maxSeconds }: BandLimits): Band {
  const seconds = elapsedMs / 1000;
  if (seconds < minSeconds) return 'under';
  if (seconds <= maxSeconds) return 'in';
  return 'over';
}

/**
 * The soft warning starts shortly before the longest target length: 15 s before, or a quarter of the
 * band's width when the band is narrow, so a 20–30 s band does not warn from its very start.
 */
export function warningLeadMs({ minSeconds, maxSeconds }: BandLimits): number {
  return Math.min(15_000, ((maxSeconds - minSeconds) * 1000) / 4);
}

export function isNearMax(elapsedMs: number, limits: BandLimits): boolean {
  const maxMs = limits.maxSeconds * 1000;
  return elapsedMs < maxMs && elapsedMs >= maxMs - warningLeadMs(limits);
}

/** "1:05" — minutes and zero-padded seconds, the way a stopwatch reads. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** "1 min 5 s" — for screen readers and labels, where "1:05" reads badly. */
export function formatSpoken(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  if (m === 0) return `${s} s`;
  return s === 0 ? `${m} min` : `${m} min ${s} s`;
}

/**
 * The target band in words, the one way it is written on every screen: "1–2 min", "20–45 s", or
 * "45 s to 1 min 30 s" when the ends are not in the same unit.
 */
export function formatTargetRange({ minSeconds, maxSeconds }: BandLimits): string {
  if (minSeconds % 60 === 0 && maxSeconds % 60 === 0) return `${minSeconds / 60}–${maxSeconds / 60} min`;
  if (maxSeconds < 60) return `${minSeconds}–${maxSeconds} s`;
  return `${formatSpoken(minSeconds * 1000)} to ${formatSpoken(maxSeconds * 1000)}`;
}
