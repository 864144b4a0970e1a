import { createHash } from 'node:crypto';
import { isUuid } from '@pg/contracts';
import { identifierSystem, SYSTEMS, US_CORE_BIRTH_SEX } from '../codes.js';
import type { BundleEntry, FhirResource } from './bundle-reader.js';
import { arr, dateOf, num, obj, str, type Json } from './json.js';
import { hasMedicationActivity, mapCarePlan, type ProtocolImport } from './care-plan.js';

/**
 * The import of one Bundle, planned before anything is written: what each service will write (its part), and one
 * line per resource of the bundle saying where it goes or why it is skipped. Pure: no database, no NATS.
 */

export type ImportPart = 'profiles' | 'labs' | 'treatments';
export type Outcome = 'imported' | 'merged' | 'skipped';

/** One resource of the bundle. `key` is its stable source identity (see sourceKey); `part` the service writing it. */
export interface PlanLine {
  resourceType: string;
  key: string;
  part?: ImportPart;
  /** Set when nothing is written for it. */
  skipped?: string;
}

export interface Coded { system: string; code: string; display?: string }

export interface PatientItem {
  key: string;
  identifiers: { system: string; value: string }[];
  givenName: string;
  familyName: string;
  birthDate: string;
  sexAtBirth?: 'female' | 'male' | 'intersex' | 'unknown';
  phone?: string;
  email?: string;
  address?: { line1: string; line2?: string; city: string; state?: string; postalCode?: string; country: string };
}
export interface ConditionItem {
  key: string;
  /** This system's own row the resource was exported from (`urn:patient-graph:<kind>` identifier): see localIdOf. */
  localId?: string;
  code: Coded | null;
  display: string;
  clinicalStatus: 'active' | 'recurrence' | 'relapse' | 'inactive' | 'remission' | 'resolved';
  verificationStatus?: string;
  onsetDate?: string;
  abatementDate?: string;
}
export interface MedicationItem {
  key: string;
  /** This system's own row the resource was exported from (`urn:patient-graph:<kind>` identifier): see localIdOf. */
  localId?: string;
  resourceType: 'MedicationRequest' | 'MedicationStatement';
  code: Coded | null;
  name: string;
  status: string;
  dose?: string;
  startDate?: string;
  endDate?: string;
}
export interface EncounterItem {
  key: string;
  /** This system's own row the resource was exported from (`urn:patient-graph:<kind>` identifier): see localIdOf. */
  localId?: string;
  occurredAt: string;
  endedAt?: string;
  title: string;
  class?: string;
  code?: Coded;
  reason?: Coded;
}
export interface LabResultItem {
  key: string;
  /** This system's own row the resource was exported from (`urn:patient-graph:<kind>` identifier): see localIdOf. */
  localId?: string;
  loinc?: string;
  name: string;
  value?: number;
  comparator?: string;
  valueText?: string;
  unit?: string;
  referenceRange: { low?: number; high?: number; text?: string };
  flag?: 'normal' | 'low' | 'high' | 'critical-low' | 'critical-high' | 'abnormal';
  reportedFlag?: string;
  collectedAt: string;
}
export interface LabReportItem {
  /** The DiagnosticReport's key; for results no report groups: `loose:<date>` (one report per collection time). */
  key: string;
  localId?: string;
  code?: Coded;
  name: string;
  collectedAt: string;
  results: LabResultItem[];
}
export interface VitalItem {
  key: string;
  /** The source key of this system's reading the Observation was exported from (`urn:patient-graph:vital-reading`). */
  localKey?: string;
  metric: string;
  value: number;
  unit?: string;
  at: string;
}

export interface ImportPlan {
  bundleType: string;
  patient: PatientItem;
  profiles: { conditions: ConditionItem[]; medications: MedicationItem[]; encounters: EncounterItem[] };
  labs: { reports: LabReportItem[]; vitals: VitalItem[] };
  /** treatments-svc's part: the CarePlans that map, as protocols (care-plan.ts). */
  treatments: { protocols: ProtocolImport[] };
  lines: PlanLine[];
}

export class ImportPlanError extends Error {}


/** Vital-sign LOINC codes kept as samples, by the sample metric they become. */
export const VITAL_METRICS: Record<string, string> = {
  '8867-4': 'heart_rate',
  '9279-1': 'respiratory_rate',
  '8310-5': 'body_temperature',
  '8331-1': 'body_temperature',
  '8302-2': 'body_height',
  '29463-7': 'body_weight',
  '39156-5': 'bmi',
  '59408-5': 'spo2',
  '2708-6': 'spo2',
  '8480-6': 'systolic_bp',
  '8462-4': 'diastolic_bp',
  '72514-3': 'pain_score',
  '8287-5': 'head_circumference',
};

const INTERPRETATION: Record<string, LabResultItem['flag']> = {
  N: 'normal', L: 'low', H: 'high', LL: 'critical-low', HH: 'critical-high', LU: 'critical-low', HU: 'critical-high', A: 'abnormal', AA: 'abnormal',
};

const MED_REQUEST_STATUS: Record<string, string> = {
  active: 'active', 'on-hold': 'on-hold', cancelled: 'stopped', completed: 'completed', 'entered-in-error': 'entered-in-error', stopped: 'stopped', draft: 'intended', unknown: 'unknown',
};
const MED_STATEMENT_STATUS = new Set(['active', 'completed', 'entered-in-error', 'intended', 'stopped', 'on-hold', 'unknown', 'not-taken']);
const CONDITION_CLINICAL = new Set(['active', 'recurrence', 'relapse', 'inactive', 'remission', 'resolved']);

/** Why each type the Patient Graph keeps no record of is skipped (docs/fhir.md repeats these). */
export const SKIP_REASONS: Record<string, string> = {
  Organization: 'directory resource: the Patient Graph keeps no directory of organizations',
  Practitioner: 'directory resource: the Patient Graph keeps no directory of practitioners',
  PractitionerRole: 'directory resource: the Patient Graph keeps no directory of practitioners',
  Location: 'directory resource: the Patient Graph keeps no directory of locations',
  Claim: 'billing resource: not part of the clinical record',
  ExplanationOfBenefit: 'billing resource: not part of the clinical record',
  Coverage: 'billing resource: not part of the clinical record',
  Immunization: 'the Patient Graph keeps no immunization record',
  Procedure: 'the Patient Graph keeps no procedure record',
  ImagingStudy: 'the Patient Graph keeps no imaging record',
  Goal: 'the Patient Graph keeps no care goals',
  AllergyIntolerance: 'the Patient Graph keeps no allergy record',
  Device: 'the Patient Graph keeps no device record',
  Provenance: 'provenance of the sending system: the import itself is the provenance here',
  OperationOutcome: 'an OperationOutcome of the sender (e.g. the parts an export left out): a message, not part of the record',
  Medication: 'a medication definition: its code is kept on the MedicationRequest or MedicationStatement that names it',
  CarePlan: 'the CarePlan has no medication activity (a diet, exercise or therapy plan): a protocol is compounds with a dose, unit and schedule',
  Communication: 'a message: conversations are not imported (a message without its conversation would be a guess)',
  MedicationDispense: "a pharmacy's dispense: prescriptions and their fulfilment are the partner pharmacy's, not imported",
};

/**
 * A resource's stable identity in the source: `<type>/<id>` when it has an id, the fullUrl when that is a
 * `urn:uuid:`, otherwise a content key (sha-256 of its JSON), so the same bundle imported twice gives the same keys.
 */
export function sourceKey(entry: BundleEntry): string {
  const r = entry.resource!;
  if (r.id) return `${r.resourceType}/${r.id}`;
  if (entry.fullUrl?.startsWith('urn:uuid:')) return `${r.resourceType}/${entry.fullUrl.slice(9)}`;
  return `${r.resourceType}#${createHash('sha256').update(JSON.stringify(r)).digest('hex').slice(0, 32)}`;
}


/**
 * The row of this system a resource was exported from: its `urn:patient-graph:<kind>` identifier (every exported
 * resource carries one, docs/fhir.md). An import into the patient that holds that row merges the resource into it
 * instead of writing it twice; anywhere else (another system, another patient) it is an ordinary resource.
 */
export function localIdOf(r: FhirResource, kind: string): string | undefined {
  const system = identifierSystem(kind);
  const value = str(obj(arr(r.identifier).find((i) => obj(i)?.system === system))?.value);
  return value && isUuid(value) ? value.toLowerCase() : undefined;
}
const withLocal = (id: string | undefined) => (id ? { localId: id } : {});

function codings(cc: unknown): Coded[] {
  return arr(obj(cc)?.coding).flatMap((c) => {
    const o = obj(c);
    const system = str(o?.system);
    const code = str(o?.code);
    return system && code ? [{ system, code, ...(str(o?.display) ? { display: str(o?.display)! } : {}) }] : [];
  });
}
const ccText = (cc: unknown): string | undefined => str(obj(cc)?.text) ?? codings(cc).find((c) => c.display)?.display;
const codeIn = (cc: unknown, system: string): Coded | undefined => codings(cc).find((c) => c.system === system);
/** A FHIR dateTime as an instant (a date alone: midnight UTC). */
function instantOf(v: unknown): string | undefined {
  const s = str(v);
  if (!s) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return `${s}T00:00:00Z`;
  return Number.isNaN(Date.parse(s)) ? undefined : new Date(s).toISOString();
}

/** Plans the import of the entries of one Bundle (collected first: references may point forwards). */
export function planImport(bundleType: string, entries: BundleEntry[]): ImportPlan {
  const lines: PlanLine[] = [];
  const byRef = new Map<string, { entry: BundleEntry; key: string }>();
  const keyed: { entry: BundleEntry; key: string; line: PlanLine }[] = [];
  for (const entry of entries) {
    const r = entry.resource;
    if (!r || typeof r.resourceType !== 'string') {
      lines.push({ resourceType: '(none)', key: entry.fullUrl ?? `entry/${lines.length}`, skipped: 'the entry holds no resource' });
      continue;
    }
    const key = sourceKey(entry);
    const line: PlanLine = { resourceType: r.resourceType, key };
    lines.push(line);
    keyed.push({ entry, key, line });
    if (entry.fullUrl) byRef.set(entry.fullUrl, { entry, key });
    if (r.id) byRef.set(`${r.resourceType}/${r.id}`, { entry, key });
  }

  const patients = keyed.filter((k) => k.entry.resource!.resourceType === 'Patient');
  if (patients.length !== 1) throw new ImportPlanError(`A bundle imports exactly one patient; this one holds ${patients.length} Patient resources`);
  const patientEntry = patients[0]!;
  const patient = mapPatient(patientEntry.entry.resource!, patientEntry.key);
  patientEntry.line.part = 'profiles';

  /** Whether a reference names the bundle's patient: by fullUrl, `Patient/<id>`, or conditionally by identifier. */
  const isPatient = (ref: unknown): boolean => {
    const reference = str(obj(ref)?.reference);
    if (!reference) return false;
    if (reference.startsWith('Patient?')) {
      const params = new URLSearchParams(reference.slice(8));
      const ids = params.getAll('identifier');
      return ids.length > 0 && ids.every((id) => {
        const bar = id.indexOf('|');
        const [system, value] = bar < 0 ? [undefined, id] : [id.slice(0, bar), id.slice(bar + 1)];
        return patient.identifiers.some((i) => i.value === value && (system === undefined || system === '' || i.system === system));
      });
    }
    return byRef.get(reference)?.key === patientEntry.key;
  };
  const resolve = (ref: unknown) => {
    const reference = str(obj(ref)?.reference);
    return reference ? byRef.get(reference) : undefined;
  };

  const conditions: ConditionItem[] = [];
  const medications: MedicationItem[] = [];
  const encounters: EncounterItem[] = [];
  const vitals: VitalItem[] = [];
  const labResults = new Map<string, LabResultItem>();
  const reportItems: { item: LabReportItem; resultKeys: string[]; line: PlanLine }[] = [];
  const protocols: ProtocolImport[] = [];

  for (const { entry, key, line } of keyed) {
    const r = entry.resource!;
    if (r.resourceType === 'Patient') continue;
    const skip = (reason: string) => { line.skipped = reason; };
    const subject = r.resourceType === 'Immunization' ? r.patient : r.subject;
    const clinical = ['Condition', 'MedicationRequest', 'MedicationStatement', 'Encounter', 'Observation', 'DiagnosticReport', 'CarePlan'].includes(r.resourceType);
    if (clinical && !isPatient(subject)) {
      skip('its subject is not the bundle\'s patient (an unresolved or other reference)');
      continue;
    }
    switch (r.resourceType) {
      case 'Condition': {
        const item = mapCondition(r, key);
        if (typeof item === 'string') skip(item);
        else { conditions.push(item); line.part = 'profiles'; }
        break;
      }
      case 'MedicationRequest':
      case 'MedicationStatement': {
        const item = mapMedication(r, key, resolve);
        if (typeof item === 'string') skip(item);
        else { medications.push(item); line.part = 'profiles'; }
        break;
      }
      case 'Encounter': {
        const item = mapEncounter(r, key);
        if (typeof item === 'string') skip(item);
        else { encounters.push(item); line.part = 'profiles'; }
        break;
      }
      case 'Observation': {
        const mapped = mapObservation(r, key);
        if (typeof mapped === 'string') skip(mapped);
        else if (mapped.kind === 'vitals') { vitals.push(...mapped.items); line.part = 'labs'; }
        else { labResults.set(key, mapped.item); line.part = 'labs'; }
        break;
      }
      case 'DiagnosticReport': {
        const collectedAt = instantOf(r.effectiveDateTime) ?? instantOf(obj(r.effectivePeriod)?.start) ?? instantOf(r.issued);
        if (!collectedAt) { skip('the DiagnosticReport has no effective time'); break; }
        const code = codeIn(r.code, SYSTEMS.loinc);
        const resultKeys = arr(r.result).map((ref) => resolve(ref)?.key).filter((k): k is string => !!k);
        reportItems.push({ item: { key, ...withLocal(localIdOf(r, 'lab-report')), ...(code ? { code } : {}), name: ccText(r.code) ?? 'Laboratory report', collectedAt, results: [] }, resultKeys, line });
        break;
      }
      case 'CarePlan': {
        // Synthea's plans (diet, exercise …) name no medication: the type's reason. One that does maps whole or not at all.
        if (!hasMedicationActivity(r)) { skip(SKIP_REASONS.CarePlan!); break; }
        const item = mapCarePlan(r, key, localIdOf(r, 'protocol'), (ref) => ccText(obj(resolve(ref)?.entry.resource)?.code));
        if (typeof item === 'string') skip(`the CarePlan does not map to a protocol: ${item}`);
        else { protocols.push(item); line.part = 'treatments'; }
        break;
      }
      default:
        skip(SKIP_REASONS[r.resourceType] ?? `the Patient Graph keeps no ${r.resourceType} record`);
    }
  }

  // Lab results grouped by the report that lists them; a result in no report is grouped with others of the same
  // collection time, as a report of its own. A report listing no lab result we keep is skipped.
  const grouped = new Set<string>();
  const reports: LabReportItem[] = [];
  for (const { item, resultKeys, line } of reportItems) {
    for (const k of resultKeys) {
      const res = labResults.get(k);
      if (res && !grouped.has(k)) { item.results.push(res); grouped.add(k); }
    }
    if (item.results.length) { reports.push(item); line.part = 'labs'; }
    else line.skipped = 'the DiagnosticReport lists no laboratory result that is imported (e.g. a note or an imaging report)';
  }
  const loose = new Map<string, LabReportItem>();
  for (const [k, res] of labResults) {
    if (grouped.has(k)) continue;
    let report = loose.get(res.collectedAt);
    if (!report) {
      report = { key: `loose:${res.collectedAt}`, name: 'Laboratory results', collectedAt: res.collectedAt, results: [] };
      loose.set(res.collectedAt, report);
      reports.push(report);
    }
    report.results.push(res);
  }

  return { bundleType, patient, profiles: { conditions, medications, encounters }, labs: { reports, vitals }, treatments: { protocols }, lines };
}

function mapPatient(r: FhirResource, key: string): PatientItem {
  const names = arr(r.name).map(obj).filter((n): n is Json => !!n);
  const name = names.find((n) => n.use === 'official') ?? names[0];
  const givenName = str(arr(name?.given)[0]);
  const familyName = str(name?.family);
  const birthDate = dateOf(r.birthDate);
  if (!givenName || !familyName || !birthDate) throw new ImportPlanError('The Patient needs a given name, a family name and a birth date');
  const identifiers = arr(r.identifier).flatMap((i) => {
    const system = str(obj(i)?.system);
    const value = str(obj(i)?.value);
    return system && value && system.length <= 100 && value.length <= 100 && /^[A-Za-z0-9:._/-]+$/.test(system) && !value.includes('|') ? [{ system, value }] : [];
  });
  // The patient's own id at the source is an identifier too, so a later bundle of the same source finds it.
  const birthSex = str(obj(arr(r.extension).find((e) => obj(e)?.url === US_CORE_BIRTH_SEX))?.valueCode);
  const sexAtBirth = birthSex === 'F' ? 'female' : birthSex === 'M' ? 'male' : birthSex === 'UNK' ? 'unknown' : undefined;
  const telecom = arr(r.telecom).map(obj);
  const phone = str(telecom.find((t) => t?.system === 'phone')?.value);
  const email = str(telecom.find((t) => t?.system === 'email')?.value);
  const a = obj(arr(r.address)[0]);
  const line1 = str(arr(a?.line)[0]);
  const city = str(a?.city);
  const countryRaw = str(a?.country);
  const country = countryRaw && /^[A-Z]{2}$/.test(countryRaw) ? countryRaw : undefined;
  const address = line1 && city && country
    ? { line1, ...(str(arr(a?.line)[1]) ? { line2: str(arr(a?.line)[1])! } : {}), city, ...(str(a?.state) ? { state: str(a?.state)! } : {}), ...(str(a?.postalCode) ? { postalCode: str(a?.postalCode)! } : {}), country }
    : undefined;
  return {
    key, identifiers, givenName, familyName, birthDate,
    ...(sexAtBirth ? { sexAtBirth } : {}), ...(phone ? { phone } : {}), ...(email ? { email } : {}), ...(address ? { address } : {}),
  };
}

function mapCondition(r: FhirResource, key: string): ConditionItem | string {
  const code = codeIn(r.code, SYSTEMS.snomed) ?? codeIn(r.code, SYSTEMS.icd10cm) ?? null;
  const display = ccText(r.code);
  if (!display && !code) return 'the Condition has no code and no text';
  // The status value sets are bound to one system each: the code decides (a sender may leave the system out).
  const clinical = str(obj(arr(obj(r.clinicalStatus)?.coding)[0])?.code);
  if (!clinical || !CONDITION_CLINICAL.has(clinical)) return `the Condition has no clinical status of the R4 value set (${clinical ?? 'none'})`;
  const verification = str(obj(arr(obj(r.verificationStatus)?.coding)[0])?.code);
  const onsetDate = dateOf(r.onsetDateTime) ?? dateOf(obj(r.onsetPeriod)?.start);
  const abatementDate = dateOf(r.abatementDateTime) ?? dateOf(obj(r.abatementPeriod)?.end);
  return {
    key, ...withLocal(localIdOf(r, 'condition')), code, display: (display ?? code!.code).slice(0, 200), clinicalStatus: clinical as ConditionItem['clinicalStatus'],
    ...(verification ? { verificationStatus: verification } : {}), ...(onsetDate ? { onsetDate } : {}), ...(abatementDate ? { abatementDate } : {}),
  };
}

function mapMedication(r: FhirResource, key: string, resolve: (ref: unknown) => { entry: BundleEntry } | undefined): MedicationItem | string {
  const concept = r.medicationCodeableConcept ?? obj(resolve(r.medicationReference)?.entry.resource)?.code;
  const code = codeIn(concept, SYSTEMS.rxnorm) ?? codeIn(concept, SYSTEMS.snomed) ?? null;
  const name = ccText(concept);
  if (!name) return 'the medication is neither named nor coded (or its Medication is not in the bundle)';
  const raw = str(r.status);
  const status = r.resourceType === 'MedicationRequest' ? MED_REQUEST_STATUS[raw ?? ''] : raw && MED_STATEMENT_STATUS.has(raw) ? raw : undefined;
  if (!status) return `the ${r.resourceType} status is not one of the R4 value set (${raw ?? 'none'})`;
  const dosage = obj(arr(r.resourceType === 'MedicationRequest' ? r.dosageInstruction : r.dosage)[0]);
  const dose = str(dosage?.text)?.slice(0, 100);
  const period = obj(r.effectivePeriod);
  const startDate = r.resourceType === 'MedicationRequest' ? dateOf(r.authoredOn) : dateOf(r.effectiveDateTime) ?? dateOf(period?.start);
  const endDate = r.resourceType === 'MedicationStatement' ? dateOf(period?.end) : undefined;
  return {
    key, ...withLocal(localIdOf(r, 'medication')), resourceType: r.resourceType as MedicationItem['resourceType'], code, name: name.slice(0, 300), status,
    ...(dose ? { dose } : {}), ...(startDate ? { startDate } : {}), ...(endDate ? { endDate } : {}),
  };
}

function mapEncounter(r: FhirResource, key: string): EncounterItem | string {
  const period = obj(r.period);
  const occurredAt = instantOf(period?.start);
  if (!occurredAt) return 'the Encounter has no start';
  const endedAt = instantOf(period?.end);
  const type = arr(r.type)[0];
  const code = codings(type)[0];
  const reason = codings(arr(r.reasonCode)[0])[0];
  const cls = str(obj(r.class)?.code);
  return {
    key, ...withLocal(localIdOf(r, 'encounter')), occurredAt, title: (ccText(type) ?? 'Encounter').slice(0, 200),
    ...(endedAt ? { endedAt } : {}), ...(cls ? { class: cls } : {}), ...(code ? { code } : {}), ...(reason ? { reason } : {}),
  };
}

type ObservationMapping = { kind: 'vitals'; items: VitalItem[] } | { kind: 'lab'; item: LabResultItem };

function mapObservation(r: FhirResource, key: string): ObservationMapping | string {
  const categories = arr(r.category).flatMap((c) => codings(c)).filter((c) => c.system === SYSTEMS.observationCategory).map((c) => c.code);
  const at = instantOf(r.effectiveDateTime) ?? instantOf(obj(r.effectivePeriod)?.start) ?? instantOf(r.effectiveInstant) ?? instantOf(r.issued);
  if (r.status === 'entered-in-error' || r.status === 'cancelled') return `the Observation is ${String(r.status)}`;
  if (!at) return 'the Observation has no effective time';
  if (arr(r.identifier).some((i) => obj(i)?.system === identifierSystem('wearable-day'))) {
    return 'a daily summary of wearable readings (mean, minimum, maximum) exported by a Patient Graph: not a reading';
  }
  if (categories.includes('vital-signs')) {
    const parts = arr(r.component).length ? arr(r.component).map(obj) : [r as Json];
    // An exported reading of this system (one per Observation): an import into the patient that holds it merges.
    const localKey = str(obj(arr(r.identifier).find((i) => obj(i)?.system === identifierSystem('vital-reading')))?.value)?.slice(0, 1000);
    const items: VitalItem[] = [];
    for (const part of parts) {
      const loinc = codeIn(part?.code, SYSTEMS.loinc)?.code;
      const metric = loinc ? VITAL_METRICS[loinc] : undefined;
      const q = obj(part?.valueQuantity);
      const value = num(q?.value);
      if (!metric || value === undefined) continue;
      const unit = str(q?.code) ?? str(q?.unit);
      items.push({ key: parts.length > 1 ? `${key}@${loinc}` : key, ...(localKey && parts.length === 1 ? { localKey } : {}), metric, value, ...(unit ? { unit } : {}), at });
    }
    return items.length ? { kind: 'vitals', items } : 'a vital sign without a LOINC code of the sample catalog or a numeric value';
  }
  if (!categories.includes('laboratory')) return `an Observation of category ${categories.join(', ') || 'none'} (only laboratory results and vital signs are imported)`;
  const loinc = codeIn(r.code, SYSTEMS.loinc)?.code;
  const name = ccText(r.code);
  if (!name && !loinc) return 'the laboratory Observation has no code and no text';
  const q = obj(r.valueQuantity);
  const value = num(q?.value);
  const valueText = str(r.valueString) ?? ccText(r.valueCodeableConcept) ?? (typeof r.valueBoolean === 'boolean' ? String(r.valueBoolean) : undefined);
  if (value === undefined && !valueText) return 'the laboratory Observation has no value';
  const unit = str(q?.code) ?? str(q?.unit);
  const comparator = str(q?.comparator);
  const range = obj(arr(r.referenceRange)[0]);
  const low = num(obj(range?.low)?.value);
  const high = num(obj(range?.high)?.value);
  const rangeText = str(range?.text);
  const interp = codings(arr(r.interpretation)[0]).find((c) => c.system === SYSTEMS.interpretation)?.code;
  const flag = interp ? INTERPRETATION[interp] : undefined;
  return {
    kind: 'lab',
    item: {
      key, ...withLocal(localIdOf(r, 'lab-result')), ...(loinc ? { loinc } : {}), name: (name ?? loinc!).slice(0, 500),
      ...(value !== undefined ? { value } : {}), ...(comparator ? { comparator } : {}), ...(value === undefined && valueText ? { valueText } : {}),
      ...(unit ? { unit } : {}),
      referenceRange: { ...(low !== undefined ? { low } : {}), ...(high !== undefined ? { high } : {}), ...(rangeText ? { text: rangeText } : {}) },
      ...(flag ? { flag } : {}), ...(interp ? { reportedFlag: interp } : {}),
      collectedAt: at,
    },
  };
}

/** The keys each service writes for a plan (a lab report's and each of its results'; a sample's). */
export function partKeys(plan: ImportPlan): Record<ImportPart, string[]> {
  return {
    treatments: plan.treatments.protocols.map((p) => p.key),
    profiles: [plan.patient.key, ...plan.profiles.conditions.map((c) => c.key), ...plan.profiles.medications.map((m) => m.key), ...plan.profiles.encounters.map((e) => e.key)],
    labs: [...plan.labs.reports.flatMap((r) => [r.key, ...r.results.map((x) => x.key)]), ...plan.labs.vitals.map((v) => v.key)],
  };
}
