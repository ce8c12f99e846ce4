import { COMFORTABLE_WPM, PACE_WORDS, VARIETY_WORDS, paceBand, varietyBand } from '#shared/analysis/delivery-bands.js';
import { deliverySummary } from '#shared/progress/delivery-summary.js';
import type { MeasurementDay } from '#shared/schemas/progress.js';

/** Pace and pitch variety, now and at the start, in the readiness report. */
export function DeliverySection({ days }: { days: readonly MeasurementDay[] }) {
  const { pace, variety } = deliverySummary(days);
  const { min, max } = COMFORTABLE_WPM;
  return (
    <section>
      <h2>Delivery</h2>
      {pace.recent === null && variety.recent === null ? (
        <p>No answers measured for pace and pitch yet: they are measured when a recording is reviewed.</p>
      ) : (
        <ul className="report__delivery">
          {pace.recent !== null && (
            <li>
              Pace: about {Math.round(pace.recent)} words/min over the latest practice days — {PACE_WORDS[paceBand(pace.recent)]}{' '}
              (comfortable is about{' '}
              <span className="report__range">
                {min}–{max}
              </span>
              ){pace.first !== null && <>; {Math.round(pace.first)} words/min over the first days</>}. Estimated from the sound of the
              recordings, without a transcript.
            </li>
          )}
          {variety.recent !== null && (
            <li>
              Pitch variety: {variety.recent.toFixed(1)} semitones — {VARIETY_WORDS[varietyBand(variety.recent, null)]}
              {variety.first !== null && <> ({variety.first.toFixed(1)} over the first days)</>}.
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
