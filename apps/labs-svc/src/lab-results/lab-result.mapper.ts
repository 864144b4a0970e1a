import type { LabResultDto } from '@pg/contracts';
import type { LabResult } from './lab-result.entity.js';

/** A stored result as API.md's lab result. */
export function toResultDto(r: LabResult): LabResultDto {
  const range = r.referenceRange ?? {};
  return {
    id: r.id,
    patientId: r.patientId,
    reportId: r.reportId ?? null,
    biomarker: { key: r.biomarkerKey ?? null, display: r.display, ...(r.loinc ? { loinc: r.loinc } : {}) },
    name: r.name,
    value: r.value ?? null,
    unit: r.unit ?? null,
    ...(r.valueText ? { valueText: r.valueText } : {}),
    referenceRange: {
      ...(range.low !== undefined ? { low: range.low } : {}),
      ...(range.high !== undefined ? { high: range.high } : {}),
      ...(range.text !== undefined ? { text: range.text } : {}),
    },
    flag: r.flag ?? null,
    status: r.status ?? null,
    ...(r.reportedFlag ? { reportedFlag: r.reportedFlag } : {}),
    ...(r.normalizedValue !== null && r.normalizedValue !== undefined && r.normalizedUnit ? { normalized: { value: r.normalizedValue, unit: r.normalizedUnit } } : {}),
    collectedAt: r.collectedAt.toISOString(),
    source: r.source,
    ...(r.reportedCode ? { reportedCode: r.reportedCode } : {}),
    ...(r.comment ? { comment: r.comment } : {}),
  };
}
