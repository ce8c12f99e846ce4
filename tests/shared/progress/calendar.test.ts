import { describe, expect, it } from 'vitest';
import { practiceCalendar } from '#shared/progress/calendar.js';
import { localDays } from '#shared/progress/local-day.js';

describe('practice calendar and streaks', () => {
  it('counts a streak up to today, and keeps it open while today has no practice yet', () => {
    const days = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26'];
    expect(practiceCalendar(days, '2026-11-26')).toMatchObject({ currentStreak: 4, practisedToday: true });
    expect(practiceCalendar(days, '2026-11-27')).toMatchObject({ currentStreak: 4, practisedToday: false });
    expect(practiceCalendar(days, '2026-11-28')).toMatchObject({ currentStreak: 0, longestStreak: 4 });
  });

  it('finds the longest run anywhere in the history and counts several answers a day once', () => {
    const days = ['2026-10-01', '2026-10-02', '2026-10-02', '2026-10-03', '2026-10-10', '2026-11-27'];
    const calendar = practiceCalendar(days, '2026-11-27');
    expect(calendar.longestStreak).toBe(3);
    expect(calendar.currentStreak).toBe(1);
    expect(calendar.activeDays).toBe(5);
  });

  it('shows whole weeks from a Monday to today, with the answers of each day', () => {
    const calendar = practiceCalendar(['2026-11-27', '2026-11-27', '2026-11-25'], '2026-11-27', 2);
    expect(calendar.days[0]).toEqual({ date: '2026-11-16', answers: 0 });
    expect(calendar.days.at(-1)).toEqual({ date: '2026-11-27', answers: 2 });
    expect(calendar.days).toHaveLength(12);
    expect(calendar.days.find((d) => d.date === '2026-11-25')?.answers).toBe(1);
  });

  it('keeps a streak across a clock change, in the user’s own zone', () => {
    const ny = localDays('America/New_York');
    // Late-evening practice on the days around the spring change: in UTC these fall on other days.
    const answers = ['2026-03-07T04:30:00Z', '2026-03-08T04:30:00Z', '2026-03-09T03:30:00Z', '2026-03-10T03:30:00Z'];
    const days = answers.map((a) => ny.dayOf(a));
    expect(days).toEqual(['2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09']);
    expect(practiceCalendar(days, ny.dayOf('2026-03-10T03:45:00Z')).currentStreak).toBe(4);
    // The same instants read in UTC would make a different calendar: the zone matters.
    const utc = localDays('UTC');
    expect(answers.map((a) => utc.dayOf(a))).toEqual(['2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10']);
  });

  it('has no streak with no practice', () => {
    expect(practiceCalendar([], '2026-11-27')).toMatchObject({ currentStreak: 0, longestStreak: 0, activeDays: 0 });
  });
});
