import type { StructuredLabReportDto } from '@pg/contracts';
import type { ParsedReport, ParseWarning, RawRow } from './parse.types.js';
import { parseValueToken } from './tokens.js';

/**
 * Structured results (`{ collectedAt?, results: [...] }`, already validated): one row per result. A result names its
 * biomarker by catalog key or LOINC (`biomarker`) or by the printed `name`; a `valueText` that is a bound (`<5.0`)
 * becomes a value with a comparator. A result without a value, or without any time, is a warning.
 */
export function parseStructured(input: StructuredLabReportDto): ParsedReport {
  const rows: RawRow[] = [];
  const warnings: ParseWarning[] = [];
  input.results.forEach((r, i) => {
    const line = i + 1;
    const name = r.name ?? r.biomarker ?? '';
    if (r.value === undefined && !r.valueText) {
      warnings.push({ code: 'no-value', message: `Result ${line} (${name}) has neither value nor valueText`, line });
      return;
    }
    if (!r.collectedAt && !input.collectedAt) {
      warnings.push({ code: 'no-date', message: `Result ${line} (${name}) has no collectedAt, and the report has none`, line });
      return;
    }
    let value: number | null = r.value ?? null;
    let comparator: RawRow['comparator'];
    if (value === null && r.valueText) {
      const v = parseValueToken(r.valueText.replace(/\s+/g, ''));
      if (v?.comparator) {
        value = v.value;
        comparator = v.comparator;
      }
    }
    const range = r.referenceRange;
    rows.push({
      name,
      value,
      ...(r.valueText ? { valueText: r.valueText } : {}),
      ...(comparator ? { comparator } : {}),
      ...(r.unit ? { unit: r.unit } : {}),
      ...(range?.text ? { rangeText: range.text } : {}),
      ...(range && (range.low !== undefined || range.high !== undefined) ? { range: { low: range.low, high: range.high } } : {}),
      ...(r.flag ? { normalizedFlag: r.flag } : {}),
      ...(r.biomarker ? { biomarkerRef: r.biomarker } : {}),
      collectedAt: new Date(r.collectedAt ?? input.collectedAt!).toISOString(),
      line,
    });
  });
  return { layout: 'json', rows, warnings, ...(input.collectedAt ? { collectedAt: new Date(input.collectedAt).toISOString() } : {}) };
}
