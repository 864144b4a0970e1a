import type { GlucoseSummaryDto } from '@pg/contracts';
import { MGDL_PER_MMOL, mgdlToMmol } from './glucose.js';
import type { GlucoseAggregates } from './wearable-series.repository.js';
import { AGP_BIN_MINUTES } from './wearable-series.repository.js';

/** The consensus minimums for an AGP worth reading (Battelino 2019): 14 days, 70% of readings. */
export const AGP_MIN_DAYS = 14;
export const AGP_MIN_COVERAGE = 70;

const r1 = (v: number) => Math.round(v * 10) / 10;
const r2 = (v: number) => Math.round(v * 100) / 100;

export const CENSORED_NOTE = 'High/Low readings (over 400 / under 40 mg/dL) are counted in the >250 / <54 bands and left out of mean, SD, CV and GMI';

/**
 * The consensus metrics from the aggregates (pure arithmetic; the SQL did the sums):
 * mean = Σwᵢxᵢ / Σwᵢ over uncensored readings, wᵢ the reading's stream interval; SD the interval-weighted SD with
 * Bessel's correction (n/(n−1), n readings: equal intervals give the ordinary sample SD); CV = SD / mean × 100;
 * GMI = 3.31 + 0.02392 × mean (mg/dL); time in a band = Σw in the band / Σw × 100; coverage = time covered / window.
 */
export function glucoseSummary(a: GlucoseAggregates, window: { from: string; to: string; timeZone: string; days: number; seconds: number }): GlucoseSummaryDto {
  const coverage = window.seconds > 0 ? Math.min(100, (a.coveredS / window.seconds) * 100) : 0;
  const u = a.uncensored;
  const mean = u.weightS > 0 ? u.wx / u.weightS : null;
  let sd: number | null = null;
  if (mean !== null && u.n > 1) {
    const variance = Math.max(0, u.wxx / u.weightS - mean * mean) * (u.n / (u.n - 1));
    sd = Math.sqrt(variance);
  }
  const pct = (w: number) => (a.weightS > 0 ? r1((w / a.weightS) * 100) : 0);
  const sufficient = a.daysWithData >= AGP_MIN_DAYS && coverage >= AGP_MIN_COVERAGE;
  const reason = sufficient ? null
    : a.daysWithData < AGP_MIN_DAYS
      ? `insufficient data: ${a.daysWithData} days with readings (the AGP needs ${AGP_MIN_DAYS})`
      : `insufficient data: ${r1(coverage)}% of readings (the AGP needs ${AGP_MIN_COVERAGE}%)`;
  return {
    from: window.from,
    to: window.to,
    timeZone: window.timeZone,
    days: window.days,
    daysWithData: a.daysWithData,
    readings: a.readings,
    coveragePercent: r1(coverage),
    streams: a.streams.map((s) => ({ provider: s.provider, device: s.device, intervalMinutes: s.intervalS / 60, readings: s.readings })),
    mean: mean === null ? null : { mgdl: r1(mean), mmol: mgdlToMmol(mean) },
    sd: sd === null ? null : { mgdl: r1(sd), mmol: r2(sd / MGDL_PER_MMOL) },
    cv: mean !== null && sd !== null ? r1((sd / mean) * 100) : null,
    gmi: mean === null ? null : r2(3.31 + 0.02392 * mean),
    timeInRanges: {
      veryLow: pct(a.bandWeightS.veryLow), low: pct(a.bandWeightS.low), inRange: pct(a.bandWeightS.inRange), high: pct(a.bandWeightS.high), veryHigh: pct(a.bandWeightS.veryHigh),
    },
    censored: { high: a.censored.high, low: a.censored.low, note: CENSORED_NOTE },
    agp: { sufficient, reason, binMinutes: AGP_BIN_MINUTES, bins: sufficient ? a.agp : [] },
  };
}
