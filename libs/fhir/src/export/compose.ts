import type { Resource } from '@medplum/fhirtypes';
import { decide, defineAbilityFor, type PatientSubject } from '@pg/access';
import {
  DomainException, ErrorCode, LABS, MAX_PAGE_LIMIT, PROFILES, TREATMENTS, type ActorContext, type CheckInDto, type ConditionDto,
  type ConversationDetailDto, type ConversationDto, type LabReportDetailDto, type LabReportDto, type LabResultDto, type MedicationDto,
  type Page, type PatientDto, type PrescriptionDto, type ProtocolDto, type TimelineEntryDto, type WearableReadingDto, type WearableSamplesDto,
} from '@pg/contracts';
import { toDiagnosticReport, toLabObservation, toVitalSignObservation, toWearableDayObservation } from './labs.js';
import { toCheckInObservation, toCommunication, toCondition, toEncounter, toMedicationStatement, toPatient } from './record.js';
import { toCarePlan, toPrescriptionResources } from './treatments.js';

/** Sends one part's request as the caller (an audited request at the service that owns the part). */
export type PartCaller = (pattern: string, payload: object) => Promise<unknown>;

export const FHIR_EXPORT_PARTS = [
  'patient', 'conditions', 'medications', 'check-ins', 'lab-results', 'lab-reports', 'protocols', 'prescriptions', 'conversations', 'wearables',
  'encounters', 'vital-signs',
] as const;
export type FhirExportPart = (typeof FHIR_EXPORT_PARTS)[number];

export interface OmittedFhirPart {
  part: FhirExportPart;
  /** `forbidden`: the caller may not read it; `unavailable`: its service did not answer. */
  reason: 'forbidden' | 'unavailable';
}

/** Where a page ends: the part, that part's own cursor, and how many resources of that part's page were already sent. */
export interface FhirExportPosition {
  part: number;
  cursor: string | null;
  skip: number;
}

export function isFhirExportPosition(v: unknown): v is FhirExportPosition {
  const p = v as FhirExportPosition;
  return !!p && typeof p === 'object' && Number.isInteger(p.part) && p.part >= 0 && p.part < FHIR_EXPORT_PARTS.length
    && (p.cursor === null || (typeof p.cursor === 'string' && p.cursor.length <= 4096)) && Number.isInteger(p.skip) && p.skip >= 0;
}

/** Wearable metrics exported as daily summaries (every metric the importers write), over this many days up to today. */
export const WEARABLE_EXPORT_METRICS = [
  'glucose', 'glucose_meter', 'heart_rate', 'steps', 'spo2', 'active_energy', 'workout_energy', 'exercise', 'sleep_duration', 'sleep_score',
  'readiness_score', 'temperature_deviation', 'insulin', 'carbohydrate_intake', 'ketone',
] as const;
export const WEARABLE_EXPORT_DAYS = 400;

interface PartPage {
  resources: Resource[];
  /** The part's cursor of the page after this one; null at its end. */
  next: string | null;
}

interface PartSpec {
  part: FhirExportPart;
  subject: PatientSubject;
  field?: string;
  /** One page of the part from `cursor` (null: its start), asking the service for about `limit` rows. Same cursor, same page. */
  fetch(cursor: string | null, limit: number): Promise<PartPage>;
}

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

function parts(call: PartCaller, patientId: string, today: string): PartSpec[] {
  const list = async <T>(pattern: string, cursor: string | null, limit: number, filter: object = {}) =>
    (await call(pattern, { patientId, query: { ...filter, limit: Math.min(MAX_PAGE_LIMIT, limit), ...(cursor ? { cursor } : {}) } })) as Page<T>;
  const simple = <T>(part: FhirExportPart, subject: PatientSubject, pattern: string, map: (row: T) => Resource[], filter?: object): PartSpec => ({
    part,
    subject,
    async fetch(cursor, limit) {
      const page = await list<T>(pattern, cursor, limit, filter);
      return { resources: page.items.flatMap(map), next: page.nextCursor };
    },
  });
  return [
    {
      part: 'patient',
      subject: 'Patient',
      async fetch() {
        return { resources: [toPatient((await call(PROFILES.patientGet, { patientId })) as PatientDto)], next: null };
      },
    },
    simple<ConditionDto>('conditions', 'Condition', PROFILES.conditionList, (c) => [toCondition(c)]),
    simple<MedicationDto>('medications', 'Medication', PROFILES.medicationList, (m) => [toMedicationStatement(m)]),
    simple<CheckInDto>('check-ins', 'CheckIn', PROFILES.checkInList, (c) => [toCheckInObservation(c)]),
    simple<LabResultDto>('lab-results', 'LabResult', LABS.resultSearch, (r) => [toLabObservation(r)]),
    {
      part: 'lab-reports',
      subject: 'LabReport',
      async fetch(cursor, limit) {
        const page = await list<LabReportDto>(LABS.reportList, cursor, limit);
        // The report's results, to reference them (each is exported once, by lab-results).
        const details = await Promise.all(page.items.map((r) => call(LABS.reportGet, { patientId, reportId: r.id }) as Promise<LabReportDetailDto>));
        return { resources: details.map((d) => toDiagnosticReport(d, d.results.map((r) => r.id))), next: page.nextCursor };
      },
    },
    simple<ProtocolDto>('protocols', 'Protocol', TREATMENTS.protocolList, (p) => [toCarePlan(p)]),
    simple<PrescriptionDto>('prescriptions', 'Prescription', TREATMENTS.prescriptionList, (p) => {
      const { request, dispense } = toPrescriptionResources(p);
      return dispense ? [request, dispense] : [request];
    }),
    {
      // Nested: a page of conversations, and in each the messages page by page. The cursor says where in both.
      part: 'conversations',
      subject: 'Conversation',
      field: 'content',
      async fetch(cursor, limit) {
        const at = cursor ? (JSON.parse(cursor) as { list: string | null; index: number; messages: string | null }) : { list: null, index: 0, messages: null };
        const conversations = await list<ConversationDto>(PROFILES.conversationList, at.list, MAX_PAGE_LIMIT);
        const conversation = conversations.items[at.index];
        const after = (): string | null => {
          if (at.index + 1 < conversations.items.length) return JSON.stringify({ list: at.list, index: at.index + 1, messages: null });
          return conversations.nextCursor ? JSON.stringify({ list: conversations.nextCursor, index: 0, messages: null }) : null;
        };
        if (!conversation) return { resources: [], next: after() };
        const detail = (await call(PROFILES.conversationGet, {
          patientId,
          conversationId: conversation.id,
          query: { limit: Math.min(MAX_PAGE_LIMIT, limit), ...(at.messages ? { cursor: at.messages } : {}) },
        })) as ConversationDetailDto;
        return {
          resources: detail.messages.map((m) => toCommunication(m, conversation)),
          next: detail.messagesNextCursor ? JSON.stringify({ ...at, messages: detail.messagesNextCursor }) : after(),
        };
      },
    },
    {
      // Daily summaries per metric (not the readings): one metric per part page, the cursor is the metric's index.
      part: 'wearables',
      subject: 'Wearable',
      field: 'value',
      async fetch(cursor) {
        const index = cursor ? Number(cursor) : 0;
        const metric = WEARABLE_EXPORT_METRICS[index];
        const next = index + 1 < WEARABLE_EXPORT_METRICS.length ? String(index + 1) : null;
        if (!metric) return { resources: [], next: null };
        const from = addDays(today, 1 - WEARABLE_EXPORT_DAYS);
        const s = (await call(LABS.wearableSamples, { patientId, query: { metric, from, to: today, bucket: '1d' } })) as WearableSamplesDto;
        const resources = s.buckets.map((b) => toWearableDayObservation(patientId, metric, s.unit, b, new Date(Date.parse(b.start) + 86_400_000).toISOString()));
        return { resources, next };
      },
    },
    // Last, so a cursor of an export made before this part existed still points where it did.
    simple<TimelineEntryDto>('encounters', 'ClinicalEvent', PROFILES.timelineList, (e) => [toEncounter(e)], { type: 'encounter' }),
    // The readings a FHIR import stored, one Observation each (the daily summaries above are not imported back).
    // Last, as encounters are, for the older exports' cursors.
    {
      part: 'vital-signs',
      subject: 'Wearable',
      field: 'value',
      async fetch(cursor, limit) {
        const page = await list<WearableReadingDto>(LABS.wearableReadings, cursor, limit);
        return { resources: page.items.map((r) => toVitalSignObservation(patientId, r)), next: page.nextCursor };
      },
    },
  ];
}

function reasonOf(err: unknown): OmittedFhirPart['reason'] {
  const code = err instanceof DomainException ? err.code : (err as { code?: string } | null)?.code;
  return code === ErrorCode.FORBIDDEN || code === ErrorCode.NOT_FOUND ? 'forbidden' : 'unavailable';
}

export interface FhirExportPage {
  resources: Resource[];
  /** Parts left out on this page (those the caller may never read are named on the first page). */
  omitted: OmittedFhirPart[];
  /** Where the next page starts; null after the last. */
  next: FhirExportPosition | null;
}

export interface FhirExportOptions {
  /** The caller's verified actor: parts the ability model refuses are left out without a request. */
  actor?: Pick<ActorContext, 'roles' | 'patientId' | 'careTeam' | 'scopes' | 'onBehalfOf' | 'breakGlass'>;
  /** Resources per page (the Provenance and OperationOutcome entries come on top). */
  count: number;
  from?: FhirExportPosition;
  /** Today (UTC), the end of the wearable window (tests). */
  today?: string;
}

/**
 * One page of a patient's whole record as FHIR resources, composed from the services that own each part, each
 * request made as the caller (so each is audited, and scoped, at its service). Parts are walked in order, each
 * through every one of its pages: nothing is capped. A page holds exactly `count` resources unless it is the last.
 * A patient the caller may not see is NOT_FOUND; a part the caller may not read, or whose service fails, is named in
 * `omitted`, never dropped silently.
 */
export async function exportFhirPage(call: PartCaller, patientId: string, opts: FhirExportOptions): Promise<FhirExportPage> {
  const ability = opts.actor ? defineAbilityFor(opts.actor) : undefined;
  const specs = parts(call, patientId, opts.today ?? new Date().toISOString().slice(0, 10));
  const resources: Resource[] = [];
  const omitted: OmittedFhirPart[] = [];
  let pos: FhirExportPosition = opts.from ?? { part: 0, cursor: null, skip: 0 };
  if (!opts.from && ability) {
    for (const s of specs) if (decide(ability, 'read', s.subject, patientId, s.field) !== 'allow') omitted.push({ part: s.part, reason: 'forbidden' });
  }
  const allowed = (s: PartSpec) => !omitted.some((o) => o.part === s.part) && (!ability || decide(ability, 'read', s.subject, patientId, s.field) === 'allow');
  while (pos.part < specs.length && resources.length < opts.count) {
    const spec = specs[pos.part]!;
    if (!allowed(spec)) {
      pos = { part: pos.part + 1, cursor: null, skip: 0 };
      continue;
    }
    let page: PartPage;
    try {
      page = await spec.fetch(pos.cursor, opts.count - resources.length + pos.skip);
    } catch (err) {
      if (spec.part === 'patient' && err instanceof DomainException && err.code === ErrorCode.NOT_FOUND) throw err;
      omitted.push({ part: spec.part, reason: reasonOf(err) });
      pos = { part: pos.part + 1, cursor: null, skip: 0 };
      continue;
    }
    const room = opts.count - resources.length;
    const rest = page.resources.slice(pos.skip);
    resources.push(...rest.slice(0, room));
    if (rest.length > room) pos = { ...pos, skip: pos.skip + room };
    else if (page.next) pos = { part: pos.part, cursor: page.next, skip: 0 };
    else pos = { part: pos.part + 1, cursor: null, skip: 0 };
  }
  return { resources, omitted, next: pos.part < specs.length ? pos : null };
}
