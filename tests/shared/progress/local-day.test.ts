import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isDayKey, isValidTimeZone, localDays, weekStartOf } from '#shared/progress/local-day.js';

describe('local days', () => {
  it('puts an instant on the day the user lives it, not the UTC day', () => {
    const ny = localDays('America/New_York');
    expect(ny.dayOf('2026-11-28T03:30:00.000Z')).toBe('2026-11-27'); // 22:30 the evening before
    expect(ny.dayOf('2026-11-28T05:00:00.000Z')).toBe('2026-11-28');
    const kolkata = localDays('Asia/Kolkata'); // +05:30, a half-hour zone
    expect(kolkata.dayOf('2026-11-27T18:29:00.000Z')).toBe('2026-11-27');
    expect(kolkata.dayOf('2026-11-27T18:30:00.000Z')).toBe('2026-11-28');
    const auckland = localDays('Pacific/Auckland'); // +13 in its summer
    expect(auckland.dayOf('2026-11-27T11:00:00.000Z')).toBe('2026-11-28');
  });

  it('is right on both sides of a clock change, including the changeover day itself', () => {
    const ny = localDays('America/New_York');
    // 2026-03-08: clocks jump 02:00 EST → 03:00 EDT (07:00 UTC).
    expect(ny.dayOf('2026-03-08T04:59:00.000Z')).toBe('2026-03-07'); // 23:59 EST
    expect(ny.dayOf('2026-03-08T05:00:00.000Z')).toBe('2026-03-08'); // 00:00 EST
    expect(ny.dayOf('2026-03-09T03:59:00.000Z')).toBe('2026-03-08'); // 23:59 EDT
    expect(ny.dayOf('2026-03-09T04:00:00.000Z')).toBe('2026-03-09'); // 00:00 EDT
    // 2026-11-01: clocks fall back 02:00 EDT → 01:00 EST; the day has 25 hours.
    expect(ny.dayOf('2026-11-02T04:59:00.000Z')).toBe('2026-11-01'); // 23:59 EST
    expect(ny.dayOf('2026-11-01T04:00:00.000Z')).toBe('2026-11-01'); // 00:00 EDT
    const berlin = localDays('Europe/Berlin');
    expect(berlin.dayOf('2026-03-28T23:30:00.000Z')).toBe('2026-03-29'); // 00:30 CET, the night clocks go forward
    expect(berlin.dayOf('2026-10-24T22:30:00.000Z')).toBe('2026-10-25'); // 00:30 CEST
  });

  it('does calendar arithmetic on day keys, so a 23-hour day is still one day', () => {
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-03-07', '2026-03-10')).toBe(3);
    expect(daysBetween('2026-03-10', '2026-03-07')).toBe(-3);
  });

  it('starts weeks on Monday', () => {
    expect(weekStartOf('2026-11-27')).toBe('2026-11-23'); // a Friday
    expect(weekStartOf('2026-11-23')).toBe('2026-11-23');
    expect(weekStartOf('2026-11-29')).toBe('2026-11-23'); // Sunday still belongs to the week before
  });

  it('knows real zones and real days', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isDayKey('2026-02-28')).toBe(true);
    expect(isDayKey('2026-02-31')).toBe(false);
    expect(isDayKey('26-02-01')).toBe(false);
  });
});

describe('day arithmetic at and beyond the edges of time', () => {
  it('never throws: a far instant or day is taken as the nearest end, no date at all as the first day', () => {
    for (const timeZone of ['UTC', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const days = localDays(timeZone);
      expect(days.dayOf('9999-12-31T23:59:00.000Z')).toBe('9999-12-31'); // east of UTC this was +010000-01-01
      expect(days.dayOf('+275760-09-13T00:00:00.000Z')).toBe('9999-12-31');
      expect(days.dayOf(new Date(Number.NaN))).toBe('1000-01-01');
      expect(days.dayOf('not a date')).toBe('1000-01-01');
      expect(days.dayOf('-000001-01-01T00:00:00.000Z')).toBe('1000-01-01');
    }
    expect(addDays('9999-12-01', 60)).toBe('9999-12-31');
    expect(addDays('1000-01-05', -30)).toBe('1000-01-01');
    expect(addDays('+010000-01', 1)).toBe('1000-01-02');
    expect(daysBetween('2026-11-27', '+010000-01')).toBe(daysBetween('2026-11-27', '1000-01-01'));
    expect(weekStartOf('+010000-01')).toBe('1000-01-01'); // the first day, not an exception
    expect(isDayKey('+010000-01')).toBe(false);
    expect(isDayKey('2026-02-31')).toBe(false);
  });
});
