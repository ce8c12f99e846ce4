import type { ProgressSummary } from '#shared/schemas/progress.js';
import { plural } from '#renderer/lib/format.js';

type Props = { summary: ProgressSummary };

/** The readiness sentence and the handful of numbers a returning user looks for first. */
export function ReadinessCard({ summary }: Props) {
  const { totals, calendar } = summary;
  const streakNote = calendar.practisedToday
    ? 'including today'
    : calendar.currentStreak > 0
      ? 'practice today to keep it going'
      : 'practice today to start one';
  return (
    <section className="card readiness" aria-labelledby="readiness-title">
      <h2 id="readiness-title">Where you stand</h2>
      <p className="readiness__text">{summary.readiness}</p>
      <dl className="stat-tiles">
        <div className="stat-tile">
          <dt>Streak</dt>
          <dd>
            <span className="stat-tile__value">{plural(calendar.currentStreak, 'day')}</span>
            <span className="stat-tile__note">{streakNote}</span>
          </dd>
        </div>
        <div className="stat-tile">
          <dt>Longest streak</dt>
          <dd>
            <span className="stat-tile__value">{plural(calendar.longestStreak, 'day')}</span>
            <span className="stat-tile__note">{plural(calendar.activeDays, 'day')} practiced in all</span>
          </dd>
        </div>
        <div className="stat-tile">
          <dt>Answers recorded</dt>
          <dd>
            <span className="stat-tile__value">{totals.attempts.toLocaleString()}</span>
            <span className="stat-tile__note">
              {totals.rated.toLocaleString()} rated, {totals.measured.toLocaleString()} measured
            </span>
          </dd>
        </div>
        <div className="stat-tile">
          <dt>Questions covered</dt>
          <dd>
            <span className="stat-tile__value">
              {totals.questionsPractised} of {totals.questionsTotal}
            </span>
            <span className="stat-tile__note">
              {totals.questionsTotal > 0 ? Math.round((totals.questionsPractised / totals.questionsTotal) * 100) : 0}% of the bank
            </span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
