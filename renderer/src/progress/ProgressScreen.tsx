import type { Library } from '#shared/content/schema.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { useFocusOnMount } from '#renderer/lib/useFocusOnMount.js';
import { MockHistoryList } from '#renderer/mock/index.js';
import { CategoryPanel } from './CategoryPanel.js';
import { CriteriaPanel } from './CriteriaPanel.js';
import { DeliveryPanel } from './DeliveryPanel.js';
import { PracticeCalendar } from './PracticeCalendar.js';
import { QuestionTable } from './QuestionTable.js';
import { ReadinessCard } from './ReadinessCard.js';
import { userTimeZone } from '#renderer/lib/timeZone.js';
import { useRemote } from '#renderer/lib/useRemote.js';
import './progress.css';
import { LoadState } from '#renderer/ui/LoadState.js';

type Props = {
  library: Library;
  onPractice(questionId: string): void;
  onCompare(questionId: string): void;
  onOpenReport(sessionId: string): void;
  onReadinessReport(): void;
};

/** How the user is improving, from a summary main computes (never the whole history). */
export function ProgressScreen({ library, onPractice, onCompare, onOpenReport, onReadinessReport }: Props) {
  const client = useClient();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const summary = useRemote(() => client.progress.summary({ timeZone: userTimeZone() }), [client]);
  const sessions = useRemote(() => client.mock.list(), [client]);
  const data = summary.data;

  return (
    <div className="screen screen--progress">
      <div className="screen__intro">
        <h1 ref={heading} tabIndex={-1}>
          Your progress
        </h1>
        {data && data.totals.attempts > 0 && (
          <button type="button" className="button" onClick={onReadinessReport}>
            Readiness report for a mentor
          </button>
        )}
      </div>
      {!data && <LoadState what="Progress" error={summary.error} onRetry={summary.reload} />}
      {data && data.totals.attempts === 0 && (
        <section className="card empty-state">
          <h2>No answers yet</h2>
          <p>Practice a question and your progress will show here.</p>
          {library.questions[0] && (
            <button type="button" className="button button--primary" onClick={() => onPractice(library.questions[0]!.id)}>
              Practice “{library.questions[0].text}”
            </button>
          )}
        </section>
      )}
      {data && data.totals.attempts > 0 && (
        <>
          <ReadinessCard summary={data} />
          <div className="progress-grid">
            <PracticeCalendar calendar={data.calendar} />
            <CategoryPanel library={library} categories={data.categories} />
          </div>
          <CriteriaPanel library={library} criteria={data.criteria} mustHaves={data.mustHaves} overallTrend={data.overallTrend} />
          <DeliveryPanel days={data.measurements} />
          <QuestionTable library={library} questions={data.questions} onPractice={onPractice} onCompare={onCompare} />
        </>
      )}
      {sessions.data && (data?.totals.attempts ?? 0) > 0 && <MockHistoryList sessions={sessions.data} onOpen={onOpenReport} />}
    </div>
  );
}
