import type { WearableSample } from './wearable-sample.js';

/**
 * The quarter-hour rollup rows of a span new to the patient, computed from the readings as the store stages them —
 * the rows `wearable_rollup_insert` (Migration20261202040000) computes from the staged rows, column for column, so the
 * store can COPY them instead of running that function's sort and window over a year of readings a second time
 * (docs/wearables.md, "Rollups"). The refresh from the samples (triggers, edges) stays the SQL function's:
 * `wearable-rollup.integration.spec.ts` checks that a fresh import's rollups equal a rebuild by it.
 */

/** `date_bin(interval '15 minutes', start_at, timestamptz '2000-01-01 00:00:00+00')`, in epoch ms. */
const ORIGIN_MS = Date.UTC(2000, 0, 1);
const QUARTER_MS = 900_000;
const US = 1000;

/** One stream's readings: (metric, provider, device or ''), as the rollups key them. */
interface Stream {
  metric: string;
  provider: string;
  device: string;
  /** Parallel arrays, one entry a reading: epoch ms, value, censoring (0 none, 1 `>`, 2 `<`), unit. */
  at: number[];
  value: number[];
  censored: number[];
  unit: string[];
}

/** PostgreSQL's round(double precision): the nearest integer, halves to the even one (rint). */
function rint(v: number): number {
  const r = Math.round(v);
  return r - v === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** A float8 as COPY text (PostgreSQL reads JavaScript's shortest round-trip form back to the same double; an integer,
 * the usual value, prints as its digits). */
function f8(v: number): string {
  if (Number.isFinite(v)) return `${v}`;
  return Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
}

/**
 * One record per stream of a write's readings, found by (metric, provider, device or ''). A file's readings come stream
 * after stream: the last stream's fields are compared before any key is made.
 */
class Streams<T extends { metric: string; provider: string; device: string }> {
  private readonly byKey = new Map<string, T>();
  private last: T | null = null;

  constructor(private readonly make: (s: WearableSample, device: string) => T) {}

  of(s: WearableSample): T {
    const device = s.device ?? '';
    const last = this.last;
    if (last && last.metric === s.metric && last.provider === s.provider && last.device === device) return last;
    const key = `${s.metric}\u0000${s.provider}\u0000${device}`;
    let found = this.byKey.get(key);
    if (!found) {
      found = this.make(s, device);
      this.byKey.set(key, found);
    }
    this.last = found;
    return found;
  }

  values(): IterableIterator<T> {
    return this.byKey.values();
  }
}

export class StagedRollups {
  private readonly streams = new Streams<Stream>((s, device) => ({ metric: s.metric, provider: s.provider, device, at: [], value: [], censored: [], unit: [] }));

  /** The staged readings: each one as it is staged (after the in-file dedupe). */
  add(s: WearableSample): void {
    const stream = this.streams.of(s);
    stream.at.push(s.start.getTime());
    stream.value.push(s.value);
    stream.censored.push(s.censored === '>' ? 1 : s.censored === '<' ? 2 : 0);
    stream.unit.push(s.unit);
  }

  /** The rollup rows as COPY text lines for `wearable_sample_rollup (ROLLUP_COPY_COLUMNS)`, a batch at a time. */
  *copyLines(patientId: string): Generator<string> {
    for (const s of this.streams.values()) {
      const n = s.at.length;
      // The window's order: by quarter hour, then time (the same as by time); a stable sort keeps a file's order for
      // readings at the same instant. A file's readings mostly come in order (no sort then).
      let sorted = true;
      for (let i = 1; i < n && sorted; i++) if (s.at[i]! < s.at[i - 1]!) sorted = false;
      let at = s.at;
      let value = s.value;
      let censored = s.censored;
      let units = s.unit;
      if (!sorted) {
        const order = Array.from(s.at.keys()).sort((x, y) => s.at[x]! - s.at[y]!);
        at = order.map((i) => s.at[i]!);
        value = order.map((i) => s.value[i]!);
        censored = order.map((i) => s.censored[i]!);
        units = order.map((i) => s.unit[i]!);
      }
      // What every row of the stream starts with, escaped once.
      const head = `${patientId}\t${copyText(s.metric)}\t`;
      const mid = `\t${copyText(s.provider)}\t${copyText(s.device)}\t`;
      const glucose = s.metric === 'glucose';
      let unitOf = '';
      let unitText = '';
      let out = '';
      let i = 0;
      while (i < n) {
        const first = i;
        const bucket = Math.floor((at[first]! - ORIGIN_MS) / QUARTER_MS);
        const bucketEnd = ORIGIN_MS + (bucket + 1) * QUARTER_MS;
        let j = first;
        while (j < n && at[j]! < bucketEnd) j++;
        let sum = 0;
        let min = Infinity;
        let max = -Infinity;
        let unit: string | null = null;
        let uncN = 0;
        let uncSum = 0;
        let uncSumsq = 0;
        let high = 0;
        let low = 0;
        let veryLow = 0;
        let lowBand = 0;
        let inRange = 0;
        let highBand = 0;
        let veryHigh = 0;
        let gaps1 = 0;
        let gaps5 = 0;
        let gaps15 = 0;
        let cov1 = 0;
        let cov5 = 0;
        let cov15 = 0;
        let vals = '';
        for (let k = first; k < j; k++) {
          const v = value[k]!;
          sum += v;
          if (v < min) min = v;
          if (v > max) max = v;
          const u = units[k]!;
          if (unit === null || (u !== unit && u < unit)) unit = u;
          const c = censored[k]!;
          if (c === 0) {
            uncN++;
            uncSum += v;
            uncSumsq += v * v;
          } else if (c === 1) high++;
          else low++;
          const rv = rint(v);
          if (rv < 54) veryLow++;
          else if (rv < 70) lowBand++;
          else if (rv <= 180) inRange++;
          else if (rv <= 250) highBand++;
          else veryHigh++;
          if (k > 0) {
            const gap = (at[k]! - at[k - 1]!) * US;
            if (gap <= 150_000_000) gaps1++;
            else if (gap <= 600_000_000) gaps5++;
            else gaps15++;
          }
          if (k + 1 < n) {
            const next = (at[k + 1]! - at[k]!) * US;
            cov1 += next < 60_000_000 ? next : 60_000_000;
            cov5 += next < 300_000_000 ? next : 300_000_000;
            cov15 += next < 900_000_000 ? next : 900_000_000;
          } else {
            cov1 += 60_000_000;
            cov5 += 300_000_000;
            cov15 += 900_000_000;
          }
          if (glucose) vals += k === first ? f8(v) : `,${f8(v)}`;
        }
        const firstGap = first > 0 ? String((at[first]! - at[first - 1]!) * US) : '\\N';
        const lastGap = j < n ? String((at[j]! - at[j - 1]!) * US) : '\\N';
        const b = new Date(ORIGIN_MS + bucket * QUARTER_MS).toISOString();
        if (unit !== unitOf) {
          unitOf = unit!;
          unitText = copyText(unitOf);
        }
        out += `${head}${b}${mid}${unitText}\t${j - first}\t${f8(sum)}\t${f8(min)}\t${f8(max)}\t`
          + `${uncN}\t${f8(uncSum)}\t${f8(uncSumsq)}\t${high}\t${low}\t${veryLow}\t${lowBand}\t${inRange}\t${highBand}\t${veryHigh}\t${gaps1}\t${gaps5}\t${gaps15}\t${firstGap}\t${lastGap}\t`
          + `${cov1}\t${cov5}\t${cov15}\t${glucose ? `{${vals}}` : '\\N'}\n`;
        if (out.length > 256 * 1024) {
          yield out;
          out = '';
        }
        i = j;
      }
      if (out) yield out;
    }
  }
}

export const ROLLUP_COPY_COLUMNS = 'patient_id, metric, bucket, provider, device, unit, n, sum, min, max, unc_n, unc_sum, unc_sumsq, censored_high, censored_low, '
  + 'very_low, low, in_range, high, very_high, gaps_1m, gaps_5m, gaps_15m, first_gap_us, last_gap_us, covered_1m_us, covered_5m_us, covered_15m_us, vals';

/** COPY text: backslash, tab, newline and carriage return escaped (a stream's names, once per stream or unit). */
function copyText(v: string): string {
  return /[\\\t\n\r]/.test(v) ? v.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : v;
}

/** One stream's first and last staged reading (epoch ms). */
export interface StreamSpan { metric: string; provider: string; device: string; lo: number; hi: number }

/**
 * The span of each stream a write stages, kept as the rows go by, so that the statements after the insert (the
 * rollups' edges, the rolling means of the days written) get their streams and days as a parameter instead of
 * grouping the staged rows again.
 */
export class StagedSpans {
  private readonly spans = new Streams<StreamSpan>((s, device) => ({ metric: s.metric, provider: s.provider, device, lo: Infinity, hi: -Infinity }));

  add(s: WearableSample, at: number): void {
    const span = this.spans.of(s);
    if (at < span.lo) span.lo = at;
    if (at > span.hi) span.hi = at;
  }

  /** `[{ metric, provider, device, lo, hi }]` as JSON, instants in ISO form, for `jsonb_to_recordset`. */
  json(): string {
    return JSON.stringify([...this.spans.values()].map((s) => ({ ...s, lo: new Date(s.lo).toISOString(), hi: new Date(s.hi).toISOString() })));
  }
}
