import type { LabComparisonRowDto, LabComparisonSideDto } from '@pg/contracts';
import type { BiomarkerCatalog } from '../lab-reports/parsing/catalog.js';
import { analyteFacts } from '../biomarkers/catalog/analyte-facts.js';
import { convertUnit, normalizeValue, roundSignificant, writtenAsUcum, type AnalyteFacts } from '../lab-reports/parsing/units.js';
import type { LabResult } from './lab-result.entity.js';

/** A biomarker's identity across two reports: its catalog key, or the printed name (lower case) when the catalog does not know it. */
const idOf = (r: LabResult) => r.biomarkerKey ?? `name:${r.name.trim().toLowerCase()}`;

/** Up, down or the same: by the values in one unit (rounded to 6 significant digits, so 5.0 and 5 are the same). */
export function directionOf(from: number | null, to: number | null): 'up' | 'down' | 'same' | null {
  if (from === null || to === null) return null;
  const a = roundSignificant(from);
  const b = roundSignificant(to);
  return b > a ? 'up' : b < a ? 'down' : 'same';
}

/**
 * The result's value in `unit`: its normalized value when that is in `unit`, its own value when printed in `unit`;
 * else, for a catalog analyte (`facts`), what normalization gives today (normalizeValue: UCUM, a unit read as an
 * international unit, the analyte's WHO standard or equation, no blood count per litre below a million) — only between
 * units stored as the UCUM the reader writes (a unit it refused is stored as printed, and stays out, as trends leave
 * it out; reviews cr27, cr28); a name the catalog does not know (`facts` null) by UCUM alone.
 */
export function valueIn(r: LabResult, unit: string | null, facts: AnalyteFacts | null): number | null {
  if (r.value === null || r.value === undefined) return null;
  if (unit === null) return r.unit ? null : r.value;
  if (r.normalizedUnit === unit && r.normalizedValue !== null && r.normalizedValue !== undefined) return r.normalizedValue;
  if (!r.unit) return null;
  if (r.unit === unit) return r.value;
  if (!writtenAsUcum(r.unit) || !writtenAsUcum(unit)) return null;
  return facts ? (normalizeValue(r.value, r.unit, unit, facts)?.value ?? null) : convertUnit(r.value, r.unit, unit);
}

function side(r: LabResult, value: number | null): LabComparisonSideDto {
  return {
    resultId: r.id,
    value,
    valueText: r.valueText ?? null,
    reportedValue: r.value ?? null,
    reportedUnit: r.unit ?? null,
    status: r.status ?? null,
    flag: r.flag ?? null,
    collectedAt: r.collectedAt.toISOString(),
  };
}

/**
 * Two reports' results side by side, one row per biomarker (the first result of it in each report), in report a's
 * order then b's new ones. Both values in one unit: the catalog's, else a's reported unit (b converted into it).
 */
export function compareResults(a: readonly LabResult[], b: readonly LabResult[], catalog: BiomarkerCatalog): LabComparisonRowDto[] {
  const first = (rows: readonly LabResult[]) => {
    const m = new Map<string, LabResult>();
    for (const r of rows) if (!m.has(idOf(r))) m.set(idOf(r), r);
    return m;
  };
  const ma = first(a);
  const mb = first(b);
  const ids = [...ma.keys(), ...[...mb.keys()].filter((k) => !ma.has(k))];
  return ids.map((id) => {
    const ra = ma.get(id);
    const rb = mb.get(id);
    const any = (ra ?? rb)!;
    const entry = any.biomarkerKey ? catalog.resolve(any.biomarkerKey) : undefined;
    const unit = entry?.ucumUnit ?? ra?.unit ?? rb?.unit ?? null;
    const facts = entry ? analyteFacts(entry) : null;
    const va = ra ? valueIn(ra, unit, facts) : null;
    const vb = rb ? valueIn(rb, unit, facts) : null;
    const change = va !== null && vb !== null ? roundSignificant(vb - va) : null;
    return {
      biomarker: { key: any.biomarkerKey ?? null, display: any.display, ...(any.loinc ? { loinc: any.loinc } : {}) },
      unit,
      a: ra ? side(ra, va) : null,
      b: rb ? side(rb, vb) : null,
      change,
      changePercent: change !== null && va ? Math.round((change / va) * 1000) / 10 : null,
      direction: directionOf(va, vb),
      statusChanged: !!(ra?.status && rb?.status && ra.status !== rb.status),
    };
  });
}
