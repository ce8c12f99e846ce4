import type { Library } from '#shared/content/schema.js';
import type { Settings } from '#shared/schemas/settings.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { formatDateTime, formatRating, plural } from '#renderer/lib/format.js';
import { useFocusOnMount } from '#renderer/lib/useFocusOnMount.js';
import { formatSpoken } from '#renderer/lib/answerBand.js';
import { useRemote } from '#renderer/lib/useRemote.js';
import { FollowUpChecklist } from './FollowUpChecklist.js';
import { ReportRow } from './ReportRow.js';
import { useMeasureMissing } from './useMeasureMissing.js';
import './mock.css';
import { LoadState } from '#renderer/ui/LoadState.js';

type Props = {
  sessionId: string;
  library: Library;
  settings: Settings;
  onReview(questionId: string, attemptId: string): void;
  onPractice(questionId: string): void;
  onNewSession(): void;
};

const STAGE_LABEL = { opening: 'Opening', behavioral: 'Behavioral and situational', role: 'Role knowledge', closing: 'Closing' } as const;
export const FOLLOW_UP_CHECKLIST_ID = 'after-the-interview';

/** After a mock interview: each answer against the target length, its review once done, and the follow-up. */
export function MockReportScreen({ sessionId, library, settings, onReview, onPractice, onNewSession }: Props) {
  const client = useClient();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const report = useRemote(() => client.mock.report({ sessionId }), [client, sessionId]);
  const limits = { minSeconds: settings.answerTargetMinSeconds, maxSeconds: settings.answerTargetMaxSeconds };
  const checklist = library.checklists.find((c) => c.id === FOLLOW_UP_CHECKLIST_ID);
  const data = report.data;
  useMeasureMissing(client, data?.attempts, report.reload);

  const stageOf = (questionId: string) => {
    const q = library.questions.find((x) => x.id === questionId);
    const stage = library.categories.find((c) => c.id === q?.categoryId)?.interviewStage;
    return stage ? STAGE_LABEL[stage] : 'Question';
  };

  const answered = data ? new Set(data.attempts.map((a) => a.questionId)) : new Set<string>();
  const reviewed = data?.attempts.filter((a) => a.review.rating !== null) ?? [];
  const totalMs = data?.attempts.reduce((n, a) => n + a.durationMs, 0) ?? 0;
  const average = reviewed.length > 0 ? reviewed.reduce((n, a) => n + a.review.rating!, 0) / reviewed.length : null;

  return (
    <div className="screen screen--narrow">
      <div className="screen__intro">
        <h1 ref={heading} tabIndex={-1}>
          Mock interview report
        </h1>
        {data && <p className="muted">{formatDateTime(data.session.startedAt)}</p>}
      </div>
      {!data && <LoadState what="The report" error={report.error} onRetry={report.reload} />}
      {data && (
        <>
          <section className="card" aria-labelledby="report-summary-title">
            <h2 id="report-summary-title">Summary</h2>
            <p>
              You answered {data.session.questionIds.filter((id) => answered.has(id)).length} of{' '}
              {plural(data.session.questionIds.length, 'question')}
              {data.attempts.length > 0 ? `, speaking for ${formatSpoken(totalMs)} in all` : ''}.{' '}
              {data.attempts.length === 0
                ? ''
                : reviewed.length === data.attempts.length
                  ? `All reviewed; average rating ${formatRating(average!)}.`
                  : `${reviewed.length === 0 ? 'None' : reviewed.length} of ${plural(data.attempts.length, 'answer')} reviewed so far. Review ${reviewed.length === 0 ? 'them' : 'the rest'} to see how it went: your ratings also decide when each question comes back.`}
            </p>
          </section>
          <section aria-labelledby="report-answers-title">
            <h2 id="report-answers-title" className="visually-hidden">
              Answers
            </h2>
            <ol className="report-list">
              {data.session.questionIds.map((questionId, i) => (
                <ReportRow
                  key={`${questionId}-${i}`}
                  position={i + 1}
                  stage={stageOf(questionId)}
                  questionId={questionId}
                  question={library.questions.find((q) => q.id === questionId)}
                  attempts={data.attempts.filter((a) => a.questionId === questionId)}
                  limits={limits}
                  onReview={(attemptId) => onReview(questionId, attemptId)}
                  onPractice={() => onPractice(questionId)}
                />
              ))}
            </ol>
          </section>
          {checklist && <FollowUpChecklist session={data.session} checklist={checklist} />}
          <div className="screen__actions">
            <button type="button" className="button" onClick={onNewSession}>
              Start another mock interview
            </button>
          </div>
        </>
      )}
    </div>
  );
}
