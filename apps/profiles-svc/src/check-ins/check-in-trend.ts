import {
  CHECK_IN_DIRECTION_THRESHOLD, CHECK_IN_METRICS, type CheckInMetric, type CheckInMetricTrendDto,
} from '@pg/contracts';

export type CheckInScores = { date: string } & Record<CheckInMetric, number>;

const DAY_MS = 86_400_000;
/** YYYY-MM-DD plus `days` (calendar arithmetic in UTC, where every day has 24 hours). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
/** Days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);

/**
 * The trend of each metric over the check-ins of one range (`to` inclusive), the formulas of CheckInMetricTrendDto:
 * mean, min and max of the range; for each day with a check-in, the mean of that day and the 6 before it; and the
 * direction of the last 7 days of the range against the 7 before them (a move of at least the threshold). Means
 * are rounded to 2 decimals only when reported (the direction compares unrounded means).
 */
export function checkInTrend(rows: readonly CheckInScores[], to: string): Record<CheckInMetric, CheckInMetricTrendDto> {
  const sorted = [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const lastWeekFrom = addDays(to, -6);
  const prevWeekFrom = addDays(to, -13);
  const out = {} as Record<CheckInMetric, CheckInMetricTrendDto>;
  for (const metric of CHECK_IN_METRICS) {
    const values = sorted.map((r) => r[metric]);
    const m = mean(values);
    const rolling7 = sorted.map((r) => {
      const from = addDays(r.date, -6);
      return { date: r.date, mean: round2(mean(sorted.filter((x) => x.date >= from && x.date <= r.date).map((x) => x[metric]))!) };
    });
    const last = mean(sorted.filter((r) => r.date >= lastWeekFrom && r.date <= to).map((r) => r[metric]));
    const prev = mean(sorted.filter((r) => r.date >= prevWeekFrom && r.date < lastWeekFrom).map((r) => r[metric]));
    let direction: CheckInMetricTrendDto['direction'] = null;
    if (last !== null && prev !== null) {
      const change = last - prev;
      direction = change >= CHECK_IN_DIRECTION_THRESHOLD ? 'up' : change <= -CHECK_IN_DIRECTION_THRESHOLD ? 'down' : 'same';
    }
    out[metric] = {
      count: values.length,
      mean: m === null ? null : round2(m),
      min: values.length ? Math.min(...values) : null,
      max: values.length ? Math.max(...values) : null,
      rolling7,
      direction,
    };
  }
  return out;
}
