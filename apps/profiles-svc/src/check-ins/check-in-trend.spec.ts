import { addDays, checkInTrend, daysBetween } from './check-in-trend.js';

/* Expected values worked by hand from the formulas documented on CheckInMetricTrendDto (docs/clinical-record.md). */

const row = (date: string, energy: number, mood = 5, focus = 5, sleepQuality = 5) => ({ date, energy, mood, focus, sleepQuality });

describe('check-in trend', () => {
  it('mean, min, max and the 7-day rolling mean at each check-in (that day and the 6 before)', () => {
    const t = checkInTrend([row('2026-01-14', 10), row('2026-01-01', 2), row('2026-01-03', 4), row('2026-01-08', 6), row('2026-01-10', 8)], '2026-01-14');
    expect(t.energy).toEqual({
      count: 5, mean: 6, min: 2, max: 10, direction: 'up',
      rolling7: [{ date: '2026-01-01', mean: 2 }, { date: '2026-01-03', mean: 3 }, { date: '2026-01-08', mean: 5 }, { date: '2026-01-10', mean: 7 }, { date: '2026-01-14', mean: 8 }],
    });
    expect(t.mood).toMatchObject({ mean: 5, direction: 'same' });
  });

  it.each([
    // last week (Jan 8–14) mean − previous week (Jan 1–7) mean
    [[row('2026-01-02', 5), row('2026-01-09', 5.5)], 'up'], // +0.5 exactly: up
    [[row('2026-01-02', 5), row('2026-01-09', 5.49)], 'same'],
    [[row('2026-01-02', 5), row('2026-01-09', 4.5)], 'down'],
    [[row('2026-01-09', 5)], null], // no check-in in the previous week
    [[row('2026-01-02', 5)], null], // none in the last week
    [[row('2026-01-07', 3), row('2026-01-08', 9)], 'up'], // Jan 7 is the previous week, Jan 8 the last
  ] as const)('direction %#', (rows, direction) => {
    expect(checkInTrend(rows, '2026-01-14').energy.direction).toBe(direction);
  });

  it('is empty without check-ins', () => {
    expect(checkInTrend([], '2026-01-14').focus).toEqual({ count: 0, mean: null, min: null, max: null, rolling7: [], direction: null });
  });

  it('rounds reported means to 2 decimals', () => {
    expect(checkInTrend([row('2026-01-12', 5), row('2026-01-13', 6), row('2026-01-14', 5)], '2026-01-14').energy.mean).toBe(5.33);
  });

  it('counts days across months and leap years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2025-12-25', '2026-01-14')).toBe(20);
  });
});
