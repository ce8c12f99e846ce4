import type { MeasurementDay } from '#shared/schemas/progress.js';

/** A measure at the start of practice and now: null where there is too little to say. */
export interface Then {
  first: number | null;
  recent: number | null;
}

export interface DeliverySummary {
  /** Words per minute. */
  pace: Then;
  /** Pitch variety, semitones. */
  variety: Then;
}

/**
 * Pace and pitch variety for the readiness report: the average over the latest `window` practice days
 * that have the figure, and over the first `window` when there are enough days for the two not to
 * overlap (otherwise "first" is null: there is no "before" yet). Days weigh by their answers.
 */
export function deliverySummary(days: readonly MeasurementDay[], window = 3): DeliverySummary {
  return { pace: then(days, (d) => d.wordsPerMinute, window), variety: then(days, (d) => d.pitchVariety, window) };
}

function then(days: readonly MeasurementDay[], pick: (d: MeasurementDay) => number | null | undefined, window: number): Then {
  const having = days.filter((d) => pick(d) != null);
  if (having.length === 0) return { first: null, recent: null };
  return {
    first: having.length >= 2 * window ? weighted(having.slice(0, window), pick) : null,
    recent: weighted(having.slice(-window), pick),
  };
}

function weighted(days: readonly MeasurementDay[], pick: (d: MeasurementDay) => number | null | undefined): number {
  let sum = 0;
  let weight = 0;
  for (const d of days) {
    sum += pick(d)! * d.answers;
    weight += d.answers;
  }
  return sum / weight;
}
