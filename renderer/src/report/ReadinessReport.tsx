import type { Library } from '#shared/content/schema.js';
import { suggestNextSteps } from '#shared/progress/next-steps.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { useFocusOnMount } from '#renderer/lib/useFocusOnMount.js';
import { formatDateTime, formatFullDate, formatNumber, formatRating, plural } from '#renderer/lib/format.js';
import { userTimeZone } from '#renderer/lib/timeZone.js';
import { useRemote } from '#renderer/lib/useRemote.js';
import { DeliverySection } from './DeliverySection.js';
import { ReportActions } from './ReportActions.js';
import './report.css';
import { LoadState } from '#renderer/ui/LoadState.js';

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

/**
 * A one-page summary to hand a mentor or career coach: where the user stands per criterion
 * and category, recent mock interviews, and what to do next; saved as a PDF or printed (ReportActions).
 */
export function ReadinessReport({ library, onBack }: { library: Library; onBack(): void }) {
  const client = useClient();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const summary = useRemote(() => client.progress.summary({ timeZone: userTimeZone() }), [client]);
  const sessions = useRemote(() => client.mock.list(), [client]);
  const data = summary.data;
  const criteria = new Map(library.criteria.map((c) => [c.id, c]));
  const categories = new Map(library.categories.map((c) => [c.id, c]));
  const questions = new Map(library.questions.map((q) => [q.id, q]));

  return (
    <div className="screen report">
      <div className="report__actions no-print">
        <button type="button" className="button button--quiet back-link" onClick={onBack}>
          ← Back to progress
        </button>
        <ReportActions ready={data !== null} />
      </div>
      <h1 ref={heading} tabIndex={-1}>
        Interview readiness — Patient Coordinator
      </h1>
      {!data && <LoadState what="The report" error={summary.error} onRetry={summary.reload} />}
      {data && (
        <>
          <p className="report__meta">
            Prepared {formatFullDate(data.generatedAt)} from {plural(data.totals.attempts, 'recorded answer')} (
            {formatNumber(data.totals.rated)} self-rated) to {data.totals.questionsPractised} of {data.totals.questionsTotal} questions,
            over {plural(data.calendar.activeDays, 'day')} of practice.
          </p>
          <p className="report__readiness">{data.readiness}</p>

          <section>
            <h2>Criteria and must-haves</h2>
            <table className="report__table">
              <thead>
                <tr>
                  <th scope="col">Criterion</th>
                  <th scope="col">Met</th>
                  <th scope="col">Partly</th>
                  <th scope="col">Not met</th>
                  <th scope="col">Share met</th>
                </tr>
              </thead>
              <tbody>
                {data.criteria.map((c) => (
                  <tr key={c.criterionId}>
                    <th scope="row">{criteria.get(c.criterionId)?.label ?? c.criterionId}</th>
                    <td>{c.met}</td>
                    <td>{c.partly}</td>
                    <td>{c.notMet}</td>
                    <td>{percent(c.share)}</td>
                  </tr>
                ))}
                {/* Each question's own points, counted together (shared/progress/criterion-stats.ts). */}
                <tr>
                  <th scope="row">Questions’ own must-haves</th>
                  <td>{data.mustHaves.met}</td>
                  <td>{data.mustHaves.partly}</td>
                  <td>{data.mustHaves.notMet}</td>
                  <td>{percent(data.mustHaves.share)}</td>
                </tr>
              </tbody>
            </table>
          </section>

          <section>
            <h2>Question categories</h2>
            <table className="report__table">
              <thead>
                <tr>
                  <th scope="col">Category</th>
                  <th scope="col">Questions practiced</th>
                  <th scope="col">Answers</th>
                  <th scope="col">Average rating</th>
                </tr>
              </thead>
              <tbody>
                {data.categories.map((c) => (
                  <tr key={c.categoryId}>
                    <th scope="row">{categories.get(c.categoryId)?.label ?? c.categoryId}</th>
                    <td>
                      {c.questionsPractised} of {c.questionsTotal}
                    </td>
                    <td>{c.attempts}</td>
                    <td>{formatRating(c.averageRating)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <DeliverySection days={data.measurements} />

          <section>
            <h2>Recent mock interviews</h2>
            {sessions.data && sessions.data.length > 0 ? (
              <ul className="report__sessions">
                {sessions.data.slice(0, 5).map((s) => (
                  <li key={s.id}>
                    {formatDateTime(s.startedAt)}: {plural(s.questionIds.length, 'question')} —{' '}
                    {s.questionIds.map((id) => questions.get(id)?.text ?? '(deleted question)').join(' · ')}
                  </li>
                ))}
              </ul>
            ) : (
              <p>No mock interviews yet.</p>
            )}
          </section>

          <section>
            <h2>Suggested next steps</h2>
            <ol className="report__steps">
              {suggestNextSteps(data, library, sessions.data?.length ?? 0).map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </section>
          <p className="report__footer">Made with Interview Studio, on the candidate’s own computer. Recordings are not included.</p>
        </>
      )}
    </div>
  );
}
