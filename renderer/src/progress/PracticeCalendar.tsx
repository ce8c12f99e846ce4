import type { Calendar } from '#shared/schemas/progress.js';
import { formatLongDay, plural } from '#renderer/lib/format.js';
import { monthLabels } from './calendarMonths.js';

type Props = { calendar: Calendar };

const level = (answers: number) => (answers === 0 ? 0 : answers === 1 ? 1 : answers <= 3 ? 2 : answers <= 6 ? 3 : 4);
const WEEKDAYS = ['Mon', '', 'Wed', '', 'Fri', '', ''];

/**
 * The last weeks as a grid, a column per week, Monday at the top, darker for more answers. To a
 * screen reader it is one image with a summary; each day's count is in its tooltip for the mouse.
 */
export function PracticeCalendar({ calendar }: Props) {
  const { days } = calendar;
  const weeks: (typeof days)[] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  const practicedDays = days.filter((d) => d.answers > 0).length;
  const summary = `Practice calendar for the last ${weeks.length} weeks: practiced on ${plural(practicedDays, 'day')} of ${days.length}.`;

  return (
    <section className="card" aria-labelledby="calendar-title">
      <h2 id="calendar-title">Practice calendar</h2>
      <div className="calendar" role="img" aria-label={summary}>
        <div className="calendar__months" aria-hidden="true">
          {monthLabels(weeks.map((week) => week[0]!.date)).map((label, i) => (
            <span key={weeks[i]![0]!.date}>{label}</span>
          ))}
        </div>
        <div className="calendar__body" aria-hidden="true">
          <div className="calendar__weekdays">
            {WEEKDAYS.map((d, i) => (
              <span key={i}>{d}</span>
            ))}
          </div>
          <div className="calendar__grid">
            {weeks.map((week) => (
              <div key={week[0]!.date} className="calendar__week">
                {week.map((d) => (
                  <span
                    key={d.date}
                    className={`calendar__day calendar__day--${level(d.answers)} ${d.date === calendar.today ? 'calendar__day--today' : ''}`}
                    title={`${formatLongDay(d.date)}: ${d.answers === 0 ? 'no practice' : plural(d.answers, 'answer')}`}
                  />
                ))}
              </div>
            ))}
          </div>
        </div>
      </div>
      <p className="calendar__legend muted" aria-hidden="true">
        Less <span className="calendar__day calendar__day--0" /> <span className="calendar__day calendar__day--1" />{' '}
        <span className="calendar__day calendar__day--2" /> <span className="calendar__day calendar__day--3" />{' '}
        <span className="calendar__day calendar__day--4" /> More
      </p>
    </section>
  );
}
