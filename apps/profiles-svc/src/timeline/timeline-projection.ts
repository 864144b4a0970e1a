import { createHash } from 'node:crypto';
import { isUuid, isZonedDateTime, TIMELINE_EVENT_TYPES, type ProjectedEntryType } from '@pg/contracts';

/** A row the projection writes: what one domain event puts on one patient's timeline. */
export interface ProjectedEntry {
  id: string;
  patientId: string;
  type: ProjectedEntryType;
  occurredAt: string;
  sourceService: string;
  sourceKind: string;
  sourceId: string;
  summary: Record<string, string | number | boolean | null>;
  eventName: string;
  eventKey: string;
  recordedAt: string;
}

/** Where an event was read: its name, its unique key (message id, else stream sequence) and its stream time. */
export interface EventEnvelope {
  name: string;
  key: string;
  publishedAt: string;
}

interface Rule {
  service: string;
  kind: string;
  /** The body field naming the source record. */
  idField: string;
  /** Body fields copied into the summary (ids, codes, counts: checked again below). */
  summary: readonly string[];
  /**
   * One entry per source record, not per event: a later event of the same record replaces the entry (a check-in
   * recorded again the same day). The key is the record's, and the entry is the one of the latest event.
   */
  perSource?: boolean;
}

/** Event name → how it becomes an entry (shared-contracts.md). */
const RULES: Record<keyof typeof TIMELINE_EVENT_TYPES, Rule> = {
  'labs.report.parsed': { service: 'labs-svc', kind: 'lab-report', idField: 'reportId', summary: ['kind', 'resultCount', 'warningCount'] },
  'labs.result.out-of-range': { service: 'labs-svc', kind: 'lab-result', idField: 'resultId', summary: ['reportId', 'biomarkerKey', 'status'] },
  'labs.report.reviewed': { service: 'labs-svc', kind: 'lab-report', idField: 'reportId', summary: ['reviewedBy'] },
  'labs.wearable.imported': { service: 'labs-svc', kind: 'wearable-import', idField: 'importId', summary: ['provider', 'accepted', 'duplicates', 'rejected'] },
  'labs.wearable.synced': { service: 'labs-svc', kind: 'wearable-connection', idField: 'connectionId', summary: ['provider', 'accepted', 'duplicates'] },
  'treatments.protocol.changed': { service: 'treatments-svc', kind: 'protocol', idField: 'protocolId', summary: ['version', 'status'] },
  'treatments.treatment.transitioned': { service: 'treatments-svc', kind: 'treatment', idField: 'treatmentId', summary: ['from', 'to', 'by'] },
  'treatments.prescription.updated': { service: 'treatments-svc', kind: 'prescription', idField: 'prescriptionId', summary: ['status'] },
  'profiles.patient.deleted': { service: 'profiles-svc', kind: 'patient', idField: 'patientId', summary: [] },
  'profiles.patient.restored': { service: 'profiles-svc', kind: 'patient', idField: 'patientId', summary: [] },
  'profiles.checkin.recorded': { service: 'profiles-svc', kind: 'check-in', idField: 'checkInId', summary: ['date'], perSource: true },
  'identity.patient.merged': { service: 'identity-svc', kind: 'patient', idField: 'mergedId', summary: ['survivorId', 'mergedId'] },
};

/** A code, an id or an enum: what a summary may hold (never free text, a value with its unit, or a name). */
const CODE = /^[A-Za-z0-9_.:|@/-]{0,100}$/;

function summaryValue(v: unknown): string | number | boolean | null | undefined {
  if (v === null || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string') return CODE.test(v) ? v : undefined;
  return undefined;
}

/** A uuid derived from the event key: the same event always makes the same entry id (a rebuild is equal row for row). */
export function entryIdOf(key: string): string {
  const h = createHash('sha256').update(`timeline:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

/**
 * The entries one domain event makes (none for a name the timeline does not show, or a body that is not that
 * event's: no patient, no instant, no source id). Pure: the live projection and a rebuild call it alike.
 * `identity.patient.merged` goes on both patients' timelines.
 */
export function projectEvent(envelope: EventEnvelope, body: unknown): ProjectedEntry[] {
  if (!Object.hasOwn(RULES, envelope.name) || typeof body !== 'object' || body === null || Array.isArray(body)) return [];
  const name = envelope.name as keyof typeof TIMELINE_EVENT_TYPES;
  const rule = RULES[name];
  const b = body as Record<string, unknown>;
  const sourceId = b[rule.idField];
  if (!isUuid(sourceId) || !isZonedDateTime(b.occurredAt)) return [];
  const summary: ProjectedEntry['summary'] = {};
  for (const field of rule.summary) {
    const v = summaryValue(b[field]);
    if (v !== undefined) summary[field] = v;
  }
  const base = {
    type: TIMELINE_EVENT_TYPES[name],
    occurredAt: new Date(b.occurredAt).toISOString(),
    sourceService: rule.service,
    sourceKind: rule.kind,
    sourceId,
    summary,
    eventName: name,
    recordedAt: envelope.publishedAt,
  };
  if (name === 'identity.patient.merged') {
    if (!isUuid(b.survivorId)) return [];
    return [
      { ...base, id: entryIdOf(envelope.key), patientId: b.survivorId, eventKey: envelope.key },
      { ...base, id: entryIdOf(`${envelope.key}#merged`), patientId: sourceId, eventKey: `${envelope.key}#merged` },
    ];
  }
  if (!isUuid(b.patientId)) return [];
  const key = rule.perSource ? `${name}:source:${sourceId}` : envelope.key;
  return [{ ...base, id: entryIdOf(key), patientId: b.patientId, eventKey: key }];
}
