import type { DiagnosticReport, Observation, ObservationReferenceRange } from '@medplum/fhirtypes';
import type { LabReportDto, LabResultDto, WearableBucketDto, WearableReadingDto } from '@pg/contracts';
import { identifierSystem, LAB_STATUS_INTERPRETATION, SYSTEMS } from '../codes.js';
import { VITAL_METRICS } from '../import/plan.js';
import { coding, concept, dateTime, derivedId, quantity, ref, sourceIdentifier } from './common.js';

/** Lab report parse state → DiagnosticReport.status: parsed is final; not parsed yet is registered; a failed parse is cancelled. */
export const LAB_REPORT_FHIR_STATUS = { received: 'registered', parsing: 'registered', parsed: 'final', failed: 'cancelled' } as const;

/** The lab's own flag → v3 ObservationInterpretation (the flag wins over the clinic's rating, which adds `optimal`). */
const FLAG_INTERPRETATION = {
  normal: LAB_STATUS_INTERPRETATION.normal,
  low: LAB_STATUS_INTERPRETATION.low,
  high: LAB_STATUS_INTERPRETATION.high,
  'critical-low': LAB_STATUS_INTERPRETATION['critical-low'],
  'critical-high': LAB_STATUS_INTERPRETATION['critical-high'],
  abnormal: LAB_STATUS_INTERPRETATION.abnormal,
} as const;

/** Observation (category laboratory) ← one lab result. */
export function toLabObservation(r: LabResultDto): Observation {
  const codings = [];
  // The code the report itself gave (HL7 OBX-3, a FHIR import's LOINC), when it is another one, comes first: an
  // import of this export takes the first LOINC coding as what the report said, so the source's code survives a
  // round trip (Synthea's 2339-0 blood glucose would otherwise come back as the catalog's 2345-7).
  if (r.reportedCode && !(r.reportedCode.system === SYSTEMS.loinc && r.reportedCode.code === r.biomarker.loinc)) {
    codings.push(coding(r.reportedCode.system, r.reportedCode.code, r.reportedCode.display));
  }
  if (r.biomarker.loinc) codings.push(coding(SYSTEMS.loinc, r.biomarker.loinc, r.biomarker.display));
  const unit = r.unit ?? undefined;
  const range: ObservationReferenceRange = {
    ...(r.referenceRange.low !== undefined ? { low: quantity(r.referenceRange.low, unit) } : {}),
    ...(r.referenceRange.high !== undefined ? { high: quantity(r.referenceRange.high, unit) } : {}),
    ...(r.referenceRange.text ? { text: r.referenceRange.text } : {}),
  };
  const interp = r.flag ? FLAG_INTERPRETATION[r.flag] : r.status ? LAB_STATUS_INTERPRETATION[r.status] : undefined;
  // A censored (`<5.0`) or qualitative (`Negative`) result is what the report said: valueString.
  const value = r.valueText !== undefined ? { valueString: r.valueText } : r.value !== null ? { valueQuantity: quantity(r.value, unit) } : {};
  return {
    resourceType: 'Observation',
    id: r.id,
    identifier: [sourceIdentifier('lab-result', r.id)],
    status: 'final',
    category: [concept([coding(SYSTEMS.observationCategory, 'laboratory', 'Laboratory')])],
    code: concept(codings, r.biomarker.display || r.name),
    subject: ref(r.patientId),
    effectiveDateTime: dateTime(r.collectedAt),
    ...value,
    ...(!('valueString' in value) && !('valueQuantity' in value) ? { dataAbsentReason: concept([coding(SYSTEMS.dataAbsentReason, 'unknown', 'Unknown')]) } : {}),
    ...(interp ? { interpretation: [concept([coding(SYSTEMS.interpretation, interp.code, interp.display)])] } : {}),
    ...(Object.keys(range).length ? { referenceRange: [range] } : {}),
  };
}

/** DiagnosticReport (category LAB) ← one lab report, its results referenced as the Observations above. */
export function toDiagnosticReport(report: LabReportDto, resultIds: string[]): DiagnosticReport {
  return {
    resourceType: 'DiagnosticReport',
    id: report.id,
    meta: { lastUpdated: dateTime(report.updatedAt) },
    identifier: [sourceIdentifier('lab-report', report.id)],
    status: LAB_REPORT_FHIR_STATUS[report.status],
    category: [concept([coding(SYSTEMS.diagnosticServiceSection, 'LAB', 'Laboratory')])],
    code: concept([coding(SYSTEMS.loinc, '11502-2', 'Laboratory report')], 'Laboratory report'),
    subject: ref(report.patientId),
    ...(report.collectedAt ? { effectiveDateTime: dateTime(report.collectedAt) } : {}),
    issued: dateTime(report.parsedAt ?? report.createdAt),
    ...(resultIds.length ? { result: resultIds.map((id) => ref(id)) } : {}),
    ...(report.error ? { conclusion: 'The report could not be read.' } : {}),
  };
}

/**
 * Wearable metrics with a LOINC code and the Observation category they belong to. Metrics not listed keep this
 * system's metric name as their code (system `urn:patient-graph:wearable-metric`).
 */
export const WEARABLE_METRIC_CODES: Record<string, { loinc?: string; display: string; category: 'vital-signs' | 'activity' | 'laboratory' }> = {
  heart_rate: { loinc: '8867-4', display: 'Heart rate', category: 'vital-signs' },
  spo2: { loinc: '59408-5', display: 'Oxygen saturation in Arterial blood by Pulse oximetry', category: 'vital-signs' },
  steps: { loinc: '55423-8', display: 'Number of steps in unspecified time Pedometer', category: 'activity' },
  glucose: { display: 'Glucose (continuous glucose monitor)', category: 'vital-signs' },
  glucose_meter: { loinc: '2339-0', display: 'Glucose [Mass/volume] in Blood', category: 'laboratory' },
  active_energy: { display: 'Active energy burned', category: 'activity' },
  workout_energy: { display: 'Workout energy burned', category: 'activity' },
  exercise: { display: 'Exercise time', category: 'activity' },
};

/**
 * Observation ← one local day of a wearable metric (a daily summary, not the readings): value = the day's mean,
 * components = minimum and maximum, all in the metric's stored unit; the number of readings in a note.
 */
export function toWearableDayObservation(patientId: string, metric: string, unit: string | null, day: WearableBucketDto, endExclusive: string): Observation {
  const known = WEARABLE_METRIC_CODES[metric];
  const display = known?.display ?? metric;
  const codings = [coding(identifierSystem('wearable-metric'), metric, display)];
  if (known?.loinc) codings.unshift(coding(SYSTEMS.loinc, known.loinc, known.display));
  const category = known?.category ?? 'vital-signs';
  const stat = (code: string, text: string, value: number) => ({
    code: concept([coding(identifierSystem('wearable-statistic'), code, text)], text),
    valueQuantity: quantity(value, unit),
  });
  const start = dateTime(day.start)!;
  return {
    resourceType: 'Observation',
    id: derivedId('wearable-day', patientId, metric, start),
    identifier: [{ system: identifierSystem('wearable-day'), value: `${metric}/${start}` }],
    status: 'final',
    category: [concept([coding(SYSTEMS.observationCategory, category)])],
    code: concept(codings, `${display}, daily mean`),
    subject: ref(patientId),
    effectivePeriod: { start, end: dateTime(endExclusive) },
    valueQuantity: quantity(day.mean, unit),
    component: [stat('minimum', 'Minimum', day.min), stat('maximum', 'Maximum', day.max)],
    note: [{ text: `${day.count} readings` }],
  };
}

/**
 * The LOINC code each vital-sign metric is exported with: the first code VITAL_METRICS (what an import keeps as
 * samples) maps to it, so an export imports back as the same metric.
 */
const VITAL_METRIC_LOINC: Record<string, string> = Object.entries(VITAL_METRICS).reduce<Record<string, string>>(
  (acc, [loinc, metric]) => (acc[metric] ? acc : { ...acc, [metric]: loinc }), {},
);

/** Displays of the exported vital-sign codes (LOINC short names) the wearable metrics (WEARABLE_METRIC_CODES) lack. */
const VITAL_DISPLAY: Record<string, string> = {
  respiratory_rate: 'Respiratory rate', body_temperature: 'Body temperature', body_height: 'Body height',
  body_weight: 'Body weight', bmi: 'Body mass index (BMI) [Ratio]',
  systolic_bp: 'Systolic blood pressure', diastolic_bp: 'Diastolic blood pressure', pain_score: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
  head_circumference: 'Head Occipital-frontal circumference',
};

/**
 * Observation (category vital-signs) ← one reading a FHIR import stored (a blood-pressure panel's systolic and
 * diastolic are two readings, so two Observations). The identifier is the reading's source key: an import of this
 * export into the same patient finds the reading by it (a merge), into another patient it is a new reading.
 */
export function toVitalSignObservation(patientId: string, r: WearableReadingDto): Observation {
  const loinc = VITAL_METRIC_LOINC[r.metric];
  const display = VITAL_DISPLAY[r.metric] ?? WEARABLE_METRIC_CODES[r.metric]?.display ?? r.metric;
  const code = loinc ? coding(SYSTEMS.loinc, loinc, display) : coding(identifierSystem('wearable-metric'), r.metric, display);
  return {
    resourceType: 'Observation',
    id: derivedId('vital-reading', patientId, r.key),
    identifier: [{ system: identifierSystem('vital-reading'), value: r.key }],
    status: 'final',
    category: [concept([coding(SYSTEMS.observationCategory, 'vital-signs', 'Vital Signs')])],
    code: concept([code], display),
    subject: ref(patientId),
    effectiveDateTime: dateTime(r.at),
    valueQuantity: quantity(r.value, r.unit),
  };
}
