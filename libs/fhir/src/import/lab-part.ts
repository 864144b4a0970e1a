import { isUuid } from '@pg/contracts';
import { ImportPlanError, type ImportPlan, type LabReportItem, type LabResultItem, type PatientItem, type VitalItem } from './plan.js';

/**
 * labs-svc's part of an import as profiles-svc planned it (docs/fhir.md "Import"): handed to labs-svc with the
 * request (or as an object of its own when large) so the Bundle is read from the store and planned once per import.
 */
export type LabPart = ImportPlan['labs'] & { sexAtBirth?: PatientItem['sexAtBirth'] };

/**
 * The object in FHIR_IMPORTS that holds a lab part too large for a message: named by the import and the patient, so
 * labs-svc reads only the part written for the patient the request is for (LabsFhirImportRequest.partStored).
 */
export const labPartObject = (importId: string, patientId: string) => `lab-part/${importId}/${patientId}`;

/** The lab part of a plan as JSON text (what labs-svc is sent). */
export function encodeLabPart(plan: ImportPlan): string {
  const part: LabPart = { ...(plan.patient.sexAtBirth ? { sexAtBirth: plan.patient.sexAtBirth } : {}), reports: plan.labs.reports, vitals: plan.labs.vitals };
  return JSON.stringify(part);
}

/** Per field of T, its check: a field added to the plan's types must be added here (the compiler says so). */
type Fields<T> = { [K in keyof T]-?: (v: unknown) => boolean };
const isString = (v: unknown) => typeof v === 'string';
const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const isInstant = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v));
const oneOf = (...values: string[]) => (v: unknown) => typeof v === 'string' && values.includes(v);
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
/** An object of these fields only, each passing its check; those named in `optional` may be absent. */
function object<T>(fields: Fields<T>, optional: (keyof T & string)[] = []): (v: unknown) => boolean {
  const checks = fields as Record<string, (v: unknown) => boolean>;
  const required = Object.keys(checks).filter((k) => !(optional as string[]).includes(k));
  return (v) => isObject(v) && required.every((k) => k in v) && Object.keys(v).every((k) => k in checks && checks[k]!(v[k]));
}
const arrayOf = (ok: (v: unknown) => boolean) => (v: unknown) => Array.isArray(v) && v.every(ok);

const CODED = object<NonNullable<LabReportItem['code']>>({ system: isString, code: isString, display: isString }, ['display']);
const RANGE = object<LabResultItem['referenceRange']>({ low: isNumber, high: isNumber, text: isString }, ['low', 'high', 'text']);
const RESULT = object<LabResultItem>({
  key: isString, localId: isUuid, loinc: isString, name: isString, value: isNumber, comparator: isString, valueText: isString, unit: isString,
  referenceRange: RANGE, flag: oneOf('normal', 'low', 'high', 'critical-low', 'critical-high', 'abnormal'), reportedFlag: isString, collectedAt: isInstant,
}, ['localId', 'loinc', 'value', 'comparator', 'valueText', 'unit', 'flag', 'reportedFlag']);
const REPORT = object<LabReportItem>({ key: isString, localId: isUuid, code: CODED, name: isString, collectedAt: isInstant, results: arrayOf(RESULT) }, ['localId', 'code']);
const VITAL = object<VitalItem>({ key: isString, localKey: isString, metric: isString, value: isNumber, unit: isString, at: isInstant }, ['localKey', 'unit']);
const PART = object<LabPart>({ reports: arrayOf(REPORT), vitals: arrayOf(VITAL), sexAtBirth: oneOf('female', 'male', 'intersex', 'unknown') }, ['sexAtBirth']);

/**
 * The lab part read back and checked field by field against its shape (LabReportItem, LabResultItem, VitalItem:
 * every field typed, unknown fields refused). The parsed object itself is returned: its keys keep the plan's order,
 * so the ledger's content hashes are those of the plan. (A hand-written check: class-validator took ~100 ms for a
 * part of 230 items, more than reading the Bundle again.) An unusable part is an ImportPlanError, without values.
 */
export function decodeLabPart(json: string): LabPart {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new ImportPlanError('The planned lab part is not valid JSON');
  }
  if (!PART(parsed)) throw new ImportPlanError('The planned lab part does not have the shape of one');
  return parsed as LabPart;
}
