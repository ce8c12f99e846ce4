import { Fragment } from 'react';
import { PACE_WORDS, VARIETY_WORDS, paceBand, varietyBand } from '#shared/analysis/delivery-bands.js';
import type { LibraryQuestion } from '#shared/content/schema.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import type { BandLimits } from '#renderer/lib/answerBand.js';
import { formatSpoken } from '#renderer/lib/answerBand.js';
import { plural } from '#renderer/lib/format.js';
import { ReportAnswer } from './ReportAnswer.js';

type Props = {
  position: number;
  stage: string;
  question: LibraryQuestion | undefined;
  questionId: string;
  attempts: readonly Attempt[];
  limits: BandLimits;
  onReview(attemptId: string): void;
  onPractice(): void;
};

/** The take's delivery in one line of the report. */
export function measuredText(attempt: Attempt): string {
  const m = attempt.measurements;
  if (!m) return 'not measured';
  const parts = [
    `spoke ${formatSpoken(m.speechMs)}`,
    `first word after ${(m.leadingSilenceMs / 1000).toFixed(1)} s`,
    plural(m.pauseCount, 'pause'),
  ];
  // Absent on takes measured before pace and pitch; they get them when their review is next opened.
  if (m.wordsPerMinute != null) parts.push(`${m.wordsPerMinute} words/min (${PACE_WORDS[paceBand(m.wordsPerMinute)]})`);
  if (m.pitchVariety != null && m.pitchRangeSemitones != null)
    parts.push(`pitch: ${VARIETY_WORDS[varietyBand(m.pitchVariety, m.pitchRangeSemitones)]}`);
  return parts.map(keepNumberWithUnit).join(' · ');
}

/** "first word after 0.1 s" never ends a line on "0.1" with the "s" on the next. */
const keepNumberWithUnit = (part: string): string => part.replace(/(\d) (?=\S)/g, '$1\u00a0');

/** One question of the report: each answer given to it (and each follow-up under its answer), with length, rating, checklist and measurements. */
export function ReportRow({ position, stage, question, questionId, attempts, limits, onReview, onPractice }: Props) {
  const text = question?.text ?? `A question no longer in the library (${questionId})`;
  // Follow-ups the interviewer asked go under the answer they followed, not beside it.
  const answers = attempts.filter((a) => a.parentAttemptId === undefined);
  const followUpsOf = (id: string) => attempts.filter((a) => a.parentAttemptId === id);
  return (
    <li className="report-row">
      <div className="report-row__head">
        <span className="report-row__position" aria-hidden="true">
          {position}
        </span>
        <div>
          <p className="report-row__stage">
            <span className="visually-hidden">Question {position}, </span>
            {stage}
          </p>
          <h3 className="report-row__question">{text}</h3>
          {/* Hidden while the interview ran, as in a real one; revealed here for the review. */}
          {question && (
            <details className="report-row__hints">
              <summary>What the interviewer listens for</summary>
              <p>{question.listenFor}</p>
              <p className="muted">{question.starHint}</p>
            </details>
          )}
        </div>
      </div>
      {answers.length === 0 ? (
        <div className="report-answer report-answer--missing">
          <p className="muted">Not answered in this session.</p>
          {question && (
            <button type="button" className="button button--small" onClick={onPractice}>
              Practice it now<span className="visually-hidden">: {text}</span>
            </button>
          )}
        </div>
      ) : (
        answers.map((a) => (
          <Fragment key={a.id}>
            <ReportAnswer attempt={a} limits={limits} measured={measuredText(a)} label={text} onReview={onReview} />
            {followUpsOf(a.id).map((f) => {
              const asked = question?.followUps[f.followUpIndex ?? 0] ?? 'A follow-up question';
              return (
                <ReportAnswer
                  key={f.id}
                  attempt={f}
                  limits={limits}
                  measured={measuredText(f)}
                  label={`follow-up: ${asked}`}
                  onReview={onReview}
                  followUp={asked}
                />
              );
            })}
          </Fragment>
        ))
      )}
    </li>
  );
}
