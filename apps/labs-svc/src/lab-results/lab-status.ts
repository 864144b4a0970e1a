import type { LabFlag, LabOptimalRangeDto, LabReportSummaryDto, LabStatus, SexAtBirth } from '@pg/contracts';
import { OUT_OF_RANGE_STATUSES } from '@pg/contracts';
import { OPTIMAL_RANGES_V1, type OptimalBounds, type OptimalRangeEntry } from '../biomarkers/catalog/optimal-ranges.v1.js';
import { analyteFacts } from '../biomarkers/catalog/analyte-facts.js';
import { normalizeValue } from '../lab-reports/parsing/units.js';

/** What rating a result needs: the coded value and the lab's flag (never the printed name). */
export interface RatingInput {
  biomarkerKey: string | null;
  value: number | null;
  /** `<`, `<=`, `>`, `>=` when the lab reported a bound (`<0.3`). */
  comparator?: string | null;
  /** UCUM (or as printed when it is not). */
  unit: string | null;
  flag: LabFlag | null;
  molarMass?: number | null;
  charge?: number | null;
}

export interface Rating {
  status: LabStatus | null;
  optimal?: LabOptimalRangeDto;
}

const BY_KEY = new Map<string, OptimalRangeEntry>(OPTIMAL_RANGES_V1.map((e) => [e.key, e]));

/** The bounds for this biomarker and this sex at birth: sex-specific bounds rate only `male` and `female`. */
function optimalBoundsFor(key: string | null, sex: SexAtBirth | null | undefined): { entry: OptimalRangeEntry; bounds: readonly OptimalBounds[] } | null {
  const entry = key ? BY_KEY.get(key) : undefined;
  if (!entry) return null;
  const bounds = entry.all ?? (sex === 'male' ? entry.male : sex === 'female' ? entry.female : undefined);
  return bounds?.length ? { entry, bounds } : null;
}

/** The values a reported number allows: `<5` is (−∞, 5), `5` is [5, 5]. */
function interval(value: number, comparator: string | null | undefined): { lo: number; hi: number; loOpen: boolean; hiOpen: boolean } {
  switch (comparator) {
    case '<': return { lo: -Infinity, hi: value, loOpen: true, hiOpen: true };
    case '<=': return { lo: -Infinity, hi: value, loOpen: true, hiOpen: false };
    case '>': return { lo: value, hi: Infinity, loOpen: true, hiOpen: true };
    case '>=': return { lo: value, hi: Infinity, loOpen: false, hiOpen: true };
    default: return { lo: value, hi: value, loOpen: false, hiOpen: false };
  }
}

/** Whether every value the result allows lies inside the bounds. */
function inside(v: ReturnType<typeof interval>, b: OptimalBounds): boolean {
  if (b.atLeast !== undefined && v.lo < b.atLeast) return false;
  if (b.below !== undefined && (v.hi > b.below || (v.hi === b.below && !v.hiOpen))) return false;
  if (b.atMost !== undefined && v.hi > b.atMost) return false;
  return true;
}

function toDto(b: OptimalBounds, source: string): LabOptimalRangeDto {
  // `below` is exclusive and `atMost` inclusive: the DTO gives the bound's number (docs/labs.md says which is which).
  const high = b.below ?? b.atMost;
  return { ...(b.atLeast !== undefined ? { low: b.atLeast } : {}), ...(high !== undefined ? { high } : {}), unit: b.unit, source };
}

/**
 * The clinic's status of a result (docs/labs.md, "Optimal ranges and status"):
 * 1. the lab's own flag decides what is outside its normal range: `low`, `high`, `critical-low`, `critical-high`,
 *    `abnormal` are the status as they are;
 * 2. a result the lab calls normal (or did not flag) is `optimal` when every value it allows lies inside the optimal
 *    bounds for the patient's sex at birth (converted into their unit);
 * 3. otherwise a result the lab calls normal is `normal`; one without a flag is not rated (null) — no lab range and
 *    outside (or not comparable with) the optimal bounds says nothing about the lab's normal range.
 */
export function rateResult(input: RatingInput, sex: SexAtBirth | null | undefined): Rating {
  const found = optimalBoundsFor(input.biomarkerKey, sex);
  let optimal: LabOptimalRangeDto | undefined;
  let isOptimal = false;
  if (found && input.value !== null && input.unit) {
    // (cr28) Converted as a result is normalized (an HbA1c in mmol/mol by the IFCC–NGSP equation: 48 is 6.5 %, not
    // UCUM's 4.8 %, which rated a diabetic result optimal).
    const facts = analyteFacts({ key: input.biomarkerKey, molarMass: input.molarMass, charge: input.charge });
    for (const b of found.bounds) {
      const converted = normalizeValue(input.value, input.unit, b.unit, facts)?.value ?? null;
      if (converted === null) continue;
      optimal = toDto(b, found.entry.source);
      isOptimal = inside(interval(converted, input.comparator), b);
      break;
    }
  } else if (found) {
    optimal = toDto(found.bounds[0]!, found.entry.source);
  }
  const withRange = optimal ? { optimal } : {};
  if (input.flag && input.flag !== 'normal') return { status: input.flag, ...withRange };
  if (isOptimal) return { status: 'optimal', ...withRange };
  return { status: input.flag === 'normal' ? 'normal' : null, ...withRange };
}

export function isOutOfRange(status: LabStatus | null | undefined): boolean {
  return !!status && OUT_OF_RANGE_STATUSES.includes(status);
}

/** A report's counts by status. */
export function summarize(statuses: readonly (LabStatus | null | undefined)[]): LabReportSummaryDto {
  return summarizeCounts(statuses.map((status) => ({ status, n: 1 })));
}

/** A report's counts by status, from (status, how many) rows (the repository counts them in SQL). */
export function summarizeCounts(counts: readonly { status: LabStatus | null | undefined; n: number }[]): LabReportSummaryDto {
  const s: LabReportSummaryDto = { total: 0, optimal: 0, normal: 0, outOfRange: 0, unrated: 0 };
  for (const { status: st, n } of counts) {
    s.total += n;
    if (st === 'optimal') s.optimal += n;
    else if (st === 'normal') s.normal += n;
    else if (isOutOfRange(st)) s.outOfRange += n;
    else s.unrated += n;
  }
  return s;
}
