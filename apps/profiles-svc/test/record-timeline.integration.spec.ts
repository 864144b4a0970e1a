import { randomUUID } from 'node:crypto';
import type { INestMicroservice } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { jetstream, jetstreamManager, type JetStreamClient } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import pg from 'pg';
import { composePatientContext } from '@pg/client';
import { loadServiceConfig, type ServiceConfig } from '@pg/config';
import {
  CHECK_IN_EVENTS, CheckInRecordedEvent, DomainException, LabReportParsedEvent, PatientDeletedEvent, PatientRestoredEvent, PrescriptionUpdatedEvent, PROFILES, TreatmentTransitionedEvent, type ActorContext, type ConversationDetailDto, type ConversationDto, type ConversationSearchHitDto,
  type ContextPartsReply, type ConversationTurnDto, type MessageDto, type Page, type PatientDto, type TimelineEntryDto,
} from '@pg/contracts';
import { HEADER, publishDomainEvent, startService, type NatsRpcClient } from '@pg/messaging';
import { headers as natsHeaders } from '@nats-io/transport-node';
import {
  actor, createTestWorld, destroyTestWorld, migrateAsServiceRole, natsConnection, publishedAuditEvents, rejection, rpcClient, schemaDiff, TEST_DATABASE_URL, until, type TestWorld,
} from '@pg/testing';
import { profilesOrmOptions } from '../src/mikro-orm.config.js';
import { rebuildTimeline } from '../src/timeline/timeline-rebuild.js';
import { ProfilesModule, SERVICE_NAME } from '../src/profiles.module.js';
import { TimelineProjector, TIMELINE_CONSUMER } from '../src/timeline/timeline.projector.js';

/*
 * Issue 12, items 3, 5, 6: the timeline projection (real JetStream EVENTS), manual events, conversations (paging,
 * search, roles, the coordinator's view, the assistant over NATS) and the assistant's view composed from the
 * services' patterns. profiles-svc runs as its own database role; expected answers are written from the spec.
 */

let world: TestWorld;
let app: INestMicroservice;
let rpc: NatsRpcClient;
let nc: NatsConnection;
let js: JetStreamClient;
let schema: string;
let config: ServiceConfig;
let A: PatientDto;
let B: PatientDto;

const admin = actor(['admin']);
let clinicianA: ActorContext;
let clinicianB: ActorContext;
let coordinatorA: ActorContext;
let patientA: ActorContext;

const newPatient = (givenName: string) => ({ givenName, familyName: 'Timeline', birthDate: '1980-05-05' });

async function codeOf(p: Promise<unknown>): Promise<string> {
  return p.then(() => 'success', (e: { code?: string }) => e.code ?? 'error');
}

/** Every timeline entry of a patient, all pages (as a clinician of the care team). */
async function timelineOf(patientId: string, who: ActorContext, query: Record<string, unknown> = {}, limit = 200): Promise<TimelineEntryDto[]> {
  const out: TimelineEntryDto[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<TimelineEntryDto> = await rpc.request(PROFILES.timelineList, { patientId, query: { ...query, limit, ...(cursor ? { cursor } : {}) } }, who);
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

beforeAll(async () => {
  world = await createTestWorld();
  const env = await migrateAsServiceRole(world, 'profiles', 'read-write', profilesOrmOptions);
  config = loadServiceConfig('profiles', env);
  schema = config.dbSchema;
  app = await startService(SERVICE_NAME, ProfilesModule.forRoot(config) as never, config, { logger: false });
  rpc = await rpcClient(world);
  nc = await natsConnection();
  js = jetstream(nc);
  A = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient('Ana') }, admin);
  B = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient('Bea') }, admin);
  clinicianA = actor(['clinician'], { careTeam: [A.id] });
  clinicianB = actor(['clinician'], { careTeam: [B.id] });
  coordinatorA = actor(['coordinator'], { careTeam: [A.id] });
  patientA = actor(['patient'], { patientId: A.id });
}, 60_000);

afterAll(async () => {
  await rpc?.close();
  await nc?.close();
  await app?.close();
  if (world) await destroyTestWorld(world);
});

describe('schema', () => {
  it('the entities and the migrations agree', async () => {
    await expect(schemaDiff(app.get(MikroORM), schema)).resolves.toBe('');
  });
});

describe('timeline projection of EVENTS', () => {
  const ids: Record<'report' | 'result' | 'reviewer' | 'import' | 'connection' | 'protocol' | 'treatment' | 'prescription' | 'merged', string> = {
    report: randomUUID(), result: randomUUID(), reviewer: randomUUID(), import: randomUUID(), connection: randomUUID(), protocol: randomUUID(),
    treatment: randomUUID(), prescription: randomUUID(), merged: randomUUID(),
  };
  const at = (minute: number) => `2026-11-20T08:${String(minute).padStart(2, '0')}:00Z`;
  /** Each event of shared-contracts.md, its body as written there, and the entry it must make (written by hand). */
  const cases = () => [
    { name: 'labs.report.parsed', body: { ...new LabReportParsedEvent(ids.report, A.id, 'pdf', 12, 1, at(1)) },
      entry: { type: 'lab-report-parsed', source: { service: 'labs-svc', kind: 'lab-report', id: ids.report }, summary: { kind: 'pdf', resultCount: 12, warningCount: 1 } } },
    { name: 'labs.result.out-of-range', body: { resultId: ids.result, reportId: ids.report, patientId: A.id, biomarkerKey: 'ferritin', status: 'high', occurredAt: at(2) },
      entry: { type: 'lab-result-out-of-range', source: { service: 'labs-svc', kind: 'lab-result', id: ids.result }, summary: { reportId: ids.report, biomarkerKey: 'ferritin', status: 'high' } } },
    { name: 'labs.report.reviewed', body: { reportId: ids.report, patientId: A.id, reviewedBy: ids.reviewer, occurredAt: at(3) },
      entry: { type: 'lab-report-reviewed', source: { service: 'labs-svc', kind: 'lab-report', id: ids.report }, summary: { reviewedBy: ids.reviewer } } },
    { name: 'labs.wearable.imported', body: { importId: ids.import, patientId: A.id, provider: 'oura', accepted: 30, duplicates: 2, rejected: 1, occurredAt: at(4) },
      entry: { type: 'wearable-imported', source: { service: 'labs-svc', kind: 'wearable-import', id: ids.import }, summary: { provider: 'oura', accepted: 30, duplicates: 2, rejected: 1 } } },
    { name: 'labs.wearable.synced', body: { connectionId: ids.connection, patientId: A.id, provider: 'whoop', accepted: 7, duplicates: 0, occurredAt: at(5) },
      entry: { type: 'wearable-synced', source: { service: 'labs-svc', kind: 'wearable-connection', id: ids.connection }, summary: { provider: 'whoop', accepted: 7, duplicates: 0 } } },
    { name: 'treatments.protocol.changed', body: { protocolId: ids.protocol, patientId: A.id, version: 3, status: 'active', occurredAt: at(6) },
      entry: { type: 'protocol-changed', source: { service: 'treatments-svc', kind: 'protocol', id: ids.protocol }, summary: { version: 3, status: 'active' } } },
    { name: 'treatments.treatment.transitioned', body: { ...new TreatmentTransitionedEvent(ids.treatment, A.id, 'pending', 'approved', 'clinician', at(7)) },
      entry: { type: 'treatment-transitioned', source: { service: 'treatments-svc', kind: 'treatment', id: ids.treatment }, summary: { from: 'pending', to: 'approved', by: 'clinician' } } },
    { name: 'treatments.prescription.updated', body: { ...new PrescriptionUpdatedEvent(ids.prescription, A.id, 'shipped', at(8)) },
      entry: { type: 'prescription-updated', source: { service: 'treatments-svc', kind: 'prescription', id: ids.prescription }, summary: { status: 'shipped' } } },
    { name: 'profiles.patient.deleted', body: { ...new PatientDeletedEvent(A.id, at(9)) },
      entry: { type: 'patient-deleted', source: { service: 'profiles-svc', kind: 'patient', id: A.id }, summary: {} } },
    { name: 'profiles.patient.restored', body: { ...new PatientRestoredEvent(A.id, '2026-11-20T10:10:00+01:00') },
      entry: { type: 'patient-restored', source: { service: 'profiles-svc', kind: 'patient', id: A.id }, summary: {} } },
    { name: 'identity.patient.merged', body: { survivorId: A.id, mergedId: ids.merged, occurredAt: at(11) },
      entry: { type: 'patient-merged', source: { service: 'identity-svc', kind: 'patient', id: ids.merged }, summary: { survivorId: A.id, mergedId: ids.merged } } },
  ];

  let live: TimelineEntryDto[];

  it('maps each event of the shared contracts to its entry, skips unknown names and malformed bodies, newest first', async () => {
    // The merged patient is a patient of this service too (its timeline is read below).
    ids.merged = (await rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient('Merged') }, admin)).id;
    for (const c of cases()) await publishDomainEvent(js, world.ns, c.name, c.body, randomUUID());
    // Not timeline events: an unknown name, a known name without a patient, one with a value that is not a code.
    await publishDomainEvent(js, world.ns, 'labs.result.recorded', { resultId: randomUUID(), patientId: A.id, occurredAt: at(20) }, randomUUID());
    await publishDomainEvent(js, world.ns, 'labs.report.parsed', { reportId: randomUUID(), kind: 'pdf', occurredAt: at(21) }, randomUUID());
    await publishDomainEvent(js, world.ns, 'labs.report.parsed', { reportId: randomUUID(), patientId: A.id, occurredAt: 'yesterday' }, randomUUID());
    await publishDomainEvent(js, world.ns, 'treatments.prescription.updated', { prescriptionId: ids.prescription, patientId: B.id, status: 'Free text, with spaces', occurredAt: at(30) }, randomUUID());

    live = await until('the projection of 11 events on A and 1 on B', async () => {
      const [a, b] = await Promise.all([timelineOf(A.id, clinicianA), timelineOf(B.id, clinicianB)]);
      return a.length === 11 && b.length === 1 ? a : undefined;
    });
    const expected = cases().map((c) => expect.objectContaining({ patientId: A.id, ...c.entry, occurredAt: new Date(c.body.occurredAt).toISOString() }));
    expect(live).toEqual(expect.arrayContaining(expected));
    // Newest first (patient.restored is 09:10Z, the newest; the others 08:01 … 08:11).
    expect(live.map((e) => e.type)).toEqual([
      'patient-restored', 'patient-merged', 'patient-deleted', 'prescription-updated', 'treatment-transitioned', 'protocol-changed', 'wearable-synced',
      'wearable-imported', 'lab-report-reviewed', 'lab-result-out-of-range', 'lab-report-parsed',
    ]);
    // Each entry links to its source record (API.md paths).
    const linkOf = (type: string) => live.find((e) => e.type === type)?.link;
    expect([linkOf('lab-report-parsed'), linkOf('lab-result-out-of-range'), linkOf('protocol-changed'), linkOf('prescription-updated'), linkOf('patient-merged')]).toEqual([
      `/v1/patients/${A.id}/lab-reports/${ids.report}`, `/v1/patients/${A.id}/lab-reports/${ids.report}`, `/v1/patients/${A.id}/protocols/${ids.protocol}`,
      `/v1/patients/${A.id}/prescriptions/${ids.prescription}`, `/v1/patients/${ids.merged}`,
    ]);
    // The merge is on the merged patient's timeline too.
    const merged = await timelineOf(ids.merged, actor(['clinician'], { careTeam: [ids.merged] }));
    expect(merged).toEqual([expect.objectContaining({ type: 'patient-merged', patientId: ids.merged, source: { service: 'identity-svc', kind: 'patient', id: ids.merged } })]);
    // A summary value that is not a code is dropped (the entry stays).
    const [onB] = await timelineOf(B.id, clinicianB);
    expect(onB).toMatchObject({ type: 'prescription-updated', summary: {} });
  });

  it('is idempotent: a redelivery of the whole stream and a rebuild from a replay give the same timeline', async () => {
    const before = JSON.stringify(await timelineOf(A.id, clinicianA));
    // The durable consumer is deleted: the projector creates it again and every event is delivered a second time.
    const jsm = await jetstreamManager(nc);
    const projector = app.get(TimelineProjector);
    await jsm.consumers.delete(projector.stream, world.ns.consumer(TIMELINE_CONSUMER));
    await until('the consumer re-created and caught up', async () => {
      const info = await jsm.consumers.info(projector.stream, world.ns.consumer(TIMELINE_CONSUMER)).catch(() => undefined);
      return info && info.num_pending === 0 && info.num_ack_pending === 0 && info.delivered.stream_seq > 0 ? info : undefined;
    });
    expect(JSON.stringify(await timelineOf(A.id, clinicianA))).toBe(before);
    // From scratch: the projected rows are gone (as after a restore of an empty table), then replayed from the stream.
    const db = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await db.connect();
    try {
      await db.query(`delete from "${schema}"."timeline_entry" where "event_key" not like 'manual:%'`);
    } finally {
      await db.end();
    }
    expect(await timelineOf(A.id, clinicianA)).toEqual([]);
    // Through the operator's trigger (`npm run timeline:rebuild`): its own connections, the service's configuration.
    const rebuilt = await rebuildTimeline(config);
    // 15 events published above plus profiles-svc's own `profiles.patient.changed` for the 3 patients created so far
    // (A, B, the merged one: not timeline entries); 13 entries (11 on A, the merge on the merged patient too, 1 on B).
    expect(rebuilt).toEqual({ events: 18, entries: 13 });
    expect(JSON.stringify(await timelineOf(A.id, clinicianA))).toBe(before);
    await rebuildTimeline(config);
    expect(JSON.stringify(await timelineOf(A.id, clinicianA))).toBe(before);
  });

  it('shows a check-in recorded twice (record-clinical\'s event) once, as last recorded, also after a rebuild', async () => {
    const p = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient('Cora') }, admin);
    const clin = actor(['clinician'], { careTeam: [p.id] });
    const checkInId = randomUUID();
    await publishDomainEvent(js, world.ns, CHECK_IN_EVENTS.recorded, { ...new CheckInRecordedEvent(checkInId, p.id, '2026-11-28', '2026-11-28T07:00:00Z') }, randomUUID());
    await publishDomainEvent(js, world.ns, CHECK_IN_EVENTS.recorded, { ...new CheckInRecordedEvent(checkInId, p.id, '2026-11-28', '2026-11-28T21:30:00Z') }, randomUUID());
    const expected = [expect.objectContaining({ type: 'check-in', occurredAt: '2026-11-28T21:30:00.000Z', source: { service: 'profiles-svc', kind: 'check-in', id: checkInId }, summary: { date: '2026-11-28' } })];
    await until('the second recording', async () => {
      const entries = await timelineOf(p.id, clin);
      return entries.length === 1 && entries[0]!.occurredAt === '2026-11-28T21:30:00.000Z' ? entries : undefined;
    });
    await app.get(TimelineProjector).rebuild();
    expect(await timelineOf(p.id, clin)).toEqual(expected);
  });

  it('filters by type and time, pages by cursor, and refuses a forged cursor', async () => {
    const all = await timelineOf(A.id, clinicianA);
    const paged = await timelineOf(A.id, clinicianA, {}, 3);
    expect(paged).toEqual(all);
    expect((await timelineOf(A.id, clinicianA, { type: 'protocol-changed' })).map((e) => e.source.id)).toEqual([ids.protocol]);
    // 08:03 … 08:07 inclusive: reviewed, imported, synced, protocol, treatment.
    const window = await timelineOf(A.id, clinicianA, { from: at(3), to: at(7) });
    expect(window.map((e) => e.type)).toEqual(['treatment-transitioned', 'protocol-changed', 'wearable-synced', 'wearable-imported', 'lab-report-reviewed']);
    expect(await timelineOf(A.id, clinicianA, { from: '2026-11-21' })).toEqual([]);
    const err = await rejection<DomainException>(rpc.request(PROFILES.timelineList, { patientId: A.id, query: { cursor: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } }, clinicianA));
    expect(err.code).toBe('VALIDATION_FAILED');
  });

  it('is read by the patient and the care team; a clinician off the team gets 404, a coordinator 403, each recorded as denied', async () => {
    expect((await timelineOf(A.id, patientA)).length).toBe(11);
    const requestIds = { off: randomUUID(), coord: randomUUID() };
    expect(await codeOf(rpc.request(PROFILES.timelineList, { patientId: A.id, query: {} }, clinicianB, { requestId: requestIds.off }))).toBe('NOT_FOUND');
    expect(await codeOf(rpc.request(PROFILES.timelineList, { patientId: A.id, query: {} }, coordinatorA, { requestId: requestIds.coord }))).toBe('FORBIDDEN');
    const events = await publishedAuditEvents(nc, world);
    for (const requestId of Object.values(requestIds)) {
      expect(events.filter((e) => e.requestId === requestId).map((e) => e.outcome)).toEqual(['denied']);
    }
  });
});

describe('a soft-deleted patient', () => {
  it('has no timeline and no conversations to read or write (404 like the patient), until restored', async () => {
    const p = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient('Dora') }, admin);
    const clin = actor(['clinician'], { careTeam: [p.id] });
    const conv = await rpc.request<ConversationDto>(PROFILES.conversationCreate, { patientId: p.id, body: { channel: 'app' } }, clin);
    await rpc.request(PROFILES.patientDelete, { patientId: p.id, body: { reason: 'Duplicate record created by mistake' } }, admin);
    const calls: [string, object][] = [
      [PROFILES.timelineList, { patientId: p.id, query: {} }],
      [PROFILES.eventCreate, { patientId: p.id, body: { type: 'note', occurredAt: '2026-11-25T09:30:00Z' } }],
      [PROFILES.conversationList, { patientId: p.id, query: {} }],
      [PROFILES.conversationGet, { patientId: p.id, conversationId: conv.id }],
      [PROFILES.messageAppend, { patientId: p.id, conversationId: conv.id, body: { role: 'clinician', content: 'x' } }],
      [PROFILES.conversationSearch, { patientId: p.id, query: { q: 'x' } }],
      [PROFILES.conversationRecent, { patientId: p.id, limit: 5 }],
    ];
    for (const [pattern, payload] of calls) expect([pattern, await codeOf(rpc.request(pattern, payload, clin))]).toEqual([pattern, 'NOT_FOUND']);
    await rpc.request(PROFILES.patientRestore, { patientId: p.id, body: { reason: 'Restored after review of the duplicate' } }, admin);
    await expect(rpc.request(PROFILES.conversationGet, { patientId: p.id, conversationId: conv.id }, clin)).resolves.toMatchObject({ id: conv.id });
  });
});

describe('manual events', () => {
  it('a clinician records a note, a call and a check-in: on the timeline at once, with title and note', async () => {
    const note = await rpc.request<TimelineEntryDto>(PROFILES.eventCreate, {
      patientId: B.id, body: { type: 'note', occurredAt: '2026-11-25T09:30:00-05:00', title: 'Follow-up', note: 'Discussed sleep.\nNext visit in 4 weeks.' },
    }, clinicianB);
    expect(note).toMatchObject({
      patientId: B.id, type: 'note', occurredAt: '2026-11-25T14:30:00.000Z', title: 'Follow-up', note: 'Discussed sleep.\nNext visit in 4 weeks.',
      source: { service: 'profiles-svc', kind: 'clinical-event', id: note.id }, summary: {},
    });
    await rpc.request(PROFILES.eventCreate, { patientId: B.id, body: { type: 'call', occurredAt: '2026-11-26T10:00:00Z' } }, clinicianB);
    await rpc.request(PROFILES.eventCreate, { patientId: B.id, body: { type: 'check-in', occurredAt: '2026-11-24T07:00:00Z' } }, clinicianB);
    const entries = await timelineOf(B.id, clinicianB);
    expect(entries.map((e) => e.type)).toEqual(['call', 'note', 'check-in', 'prescription-updated']);
    // Manual entries survive a rebuild of the projection.
    await app.get(TimelineProjector).rebuild();
    expect(await timelineOf(B.id, clinicianB)).toEqual(entries);
  });

  it('refuses a patient (403), a clinician off the team (404), an unknown type and a time without offset (400)', async () => {
    const body = { type: 'note', occurredAt: '2026-11-25T09:30:00Z' };
    expect(await codeOf(rpc.request(PROFILES.eventCreate, { patientId: A.id, body }, patientA))).toBe('FORBIDDEN');
    expect(await codeOf(rpc.request(PROFILES.eventCreate, { patientId: A.id, body }, clinicianB))).toBe('NOT_FOUND');
    expect(await codeOf(rpc.request(PROFILES.eventCreate, { patientId: A.id, body: { ...body, type: 'lab-report-parsed' } }, clinicianA))).toBe('VALIDATION_FAILED');
    expect(await codeOf(rpc.request(PROFILES.eventCreate, { patientId: A.id, body: { ...body, occurredAt: '2026-11-25T09:30:00' } }, clinicianA))).toBe('VALIDATION_FAILED');
    expect(await codeOf(rpc.request(PROFILES.eventCreate, { patientId: A.id, body: { ...body, extra: 1 } }, clinicianA))).toBe('VALIDATION_FAILED');
  });
});

describe('conversations', () => {
  let convA: ConversationDto;
  let convB: ConversationDto;

  beforeAll(async () => {
    convA = await rpc.request<ConversationDto>(PROFILES.conversationCreate, { patientId: A.id, body: { channel: 'app', title: 'Sleep questions' } }, patientA);
    convB = await rpc.request<ConversationDto>(PROFILES.conversationCreate, { patientId: B.id, body: { channel: 'sms' } }, clinicianB);
  });

  it('lets the patient write as the patient and a clinician as a clinician, never the other way round', async () => {
    const m = await rpc.request<MessageDto>(PROFILES.messageAppend, { patientId: A.id, conversationId: convA.id, body: { role: 'patient', content: 'Hello' } }, patientA);
    expect(m).toMatchObject({ conversationId: convA.id, patientId: A.id, role: 'patient', content: 'Hello', seq: 1 });
    const refused = await rejection<DomainException>(rpc.request(PROFILES.messageAppend, { patientId: A.id, conversationId: convA.id, body: { role: 'clinician', content: 'I am your doctor' } }, patientA));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.details).toEqual([expect.objectContaining({ field: 'role' })]);
    expect(await codeOf(rpc.request(PROFILES.messageAppend, { patientId: A.id, conversationId: convA.id, body: { role: 'assistant', content: 'x' } }, clinicianA))).toBe('FORBIDDEN');
    await expect(rpc.request(PROFILES.messageAppend, { patientId: A.id, conversationId: convA.id, body: { role: 'clinician', content: 'Hi Ana' } }, clinicianA))
      .resolves.toMatchObject({ seq: 2, role: 'clinician' });
    // Line breaks and tabs are text; other control characters (C0, C1, lone surrogates) are not.
    for (const bad of ['a\u0000b', 'a\u001b[2Jb', 'a\u0085b', 'a\ud800b']) {
      expect(await codeOf(rpc.request(PROFILES.messageAppend, { patientId: A.id, conversationId: convA.id, body: { role: 'patient', content: bad } }, patientA))).toBe('VALIDATION_FAILED');
    }
    // Another patient's conversation under this patient's path: not found.
    expect(await codeOf(rpc.request(PROFILES.messageAppend, { patientId: A.id, conversationId: convB.id, body: { role: 'clinician', content: 'x' } }, clinicianA))).toBe('NOT_FOUND');
    // … whatever the message says (its role is judged only on a conversation of this patient).
    expect(await codeOf(rpc.request(PROFILES.messageAppend, { patientId: A.id, conversationId: convB.id, body: { role: 'patient', content: 'x' } }, clinicianA))).toBe('NOT_FOUND');
    // A forged messages cursor is a 400, on a conversation that exists or not.
    for (const conversationId of [convA.id, randomUUID()]) {
      expect(await codeOf(rpc.request(PROFILES.conversationGet, { patientId: A.id, conversationId, query: { cursor: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } }, clinicianA))).toBe('VALIDATION_FAILED');
    }
    const detail = await rpc.request<ConversationDetailDto>(PROFILES.conversationGet, { patientId: A.id, conversationId: convA.id }, patientA);
    expect(detail).toMatchObject({ messageCount: 2, title: 'Sleep questions' });
    expect(detail.messages.map((x) => [x.seq, x.role, x.content])).toEqual([[1, 'patient', 'Hello'], [2, 'clinician', 'Hi Ana']]);
  });

  it('pages through messages by sequence, both ways', async () => {
    const conv = await rpc.request<ConversationDto>(PROFILES.conversationCreate, { patientId: B.id, body: { channel: 'web' } }, clinicianB);
    for (let i = 1; i <= 7; i++) {
      await rpc.request(PROFILES.messageAppend, { patientId: B.id, conversationId: conv.id, body: { role: 'clinician', content: `message ${i}`, at: `2026-11-2${i}T10:00:00Z` } }, clinicianB);
    }
    const read = async (order: 'asc' | 'desc') => {
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const page: ConversationDetailDto = await rpc.request(PROFILES.conversationGet, { patientId: B.id, conversationId: conv.id, query: { limit: 3, order, ...(cursor ? { cursor } : {}) } }, clinicianB);
        expect(page.messages.length).toBeLessThanOrEqual(3);
        seen.push(...page.messages.map((m) => m.seq));
        cursor = page.messagesNextCursor;
      } while (cursor);
      return seen;
    };
    expect(await read('asc')).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(await read('desc')).toEqual([7, 6, 5, 4, 3, 2, 1]);
  });

  it('searches one patient\'s messages, best match first, and never records the query text', async () => {
    const conv = await rpc.request<ConversationDto>(PROFILES.conversationCreate, { patientId: A.id, body: { channel: 'assistant' } }, patientA);
    const say = (content: string) => rpc.request<MessageDto>(PROFILES.messageAppend, { patientId: A.id, conversationId: conv.id, body: { role: 'patient', content } }, patientA);
    const once = await say('My ferritin came back a bit high last month.');
    const twice = await say('Ferritin again: is a ferritin of 400 dangerous?');
    await say('I slept badly all week.');
    await rpc.request(PROFILES.messageAppend, { patientId: B.id, conversationId: convB.id, body: { role: 'clinician', content: 'Ferritin looks fine.' } }, clinicianB);
    const requestId = randomUUID();
    const hits = await rpc.request<Page<ConversationSearchHitDto>>(PROFILES.conversationSearch, { patientId: A.id, query: { q: 'ferritin' } }, patientA, { requestId });
    // Two occurrences rank above one (ts_rank counts them); the other patient's message is not there.
    expect(hits.items.map((h) => h.id)).toEqual([twice.id, once.id]);
    expect(hits.items[0]!.rank).toBeGreaterThan(hits.items[1]!.rank);
    const paged = await rpc.request<Page<ConversationSearchHitDto>>(PROFILES.conversationSearch, { patientId: A.id, query: { q: 'ferritin', limit: 1 } }, patientA);
    const next = await rpc.request<Page<ConversationSearchHitDto>>(PROFILES.conversationSearch, { patientId: A.id, query: { q: 'ferritin', limit: 1, cursor: paged.nextCursor } }, patientA);
    expect([...paged.items, ...next.items].map((h) => h.id)).toEqual([twice.id, once.id]);
    expect(next.nextCursor).toBeNull();
    const events = (await publishedAuditEvents(nc, world)).filter((e) => e.requestId === requestId);
    expect(events[0]).toMatchObject({ action: 'search', outcome: 'success', query: { q: '[present]' } });
    expect(events.length).toBe(3);
    expect(JSON.stringify(events).toLowerCase()).not.toContain('ferritin');
  });

  it('shows a coordinator that conversations exist, not what they say', async () => {
    const list = await rpc.request<Page<Record<string, unknown>>>(PROFILES.conversationList, { patientId: A.id, query: {} }, coordinatorA);
    expect(list.items.length).toBeGreaterThanOrEqual(2);
    for (const c of list.items) expect(Object.keys(c).sort()).toEqual(['channel', 'createdAt', 'id', 'messageCount', 'patientId']);
    const one = await rpc.request<Record<string, unknown>>(PROFILES.conversationGet, { patientId: A.id, conversationId: convA.id }, coordinatorA);
    expect(one).toEqual({ id: convA.id, patientId: A.id, channel: 'app', createdAt: convA.createdAt, messageCount: 2 });
    const search = await rejection<DomainException>(rpc.request(PROFILES.conversationSearch, { patientId: A.id, query: { q: 'hello', channel: 'app' } }, coordinatorA));
    expect(search.code).toBe('FORBIDDEN');
    expect(search.details.map((d) => d.field).sort()).toEqual(['channel', 'order', 'q']);
    expect(await codeOf(rpc.request(PROFILES.conversationRecent, { patientId: A.id, limit: 5 }, coordinatorA))).toBe('FORBIDDEN');
    expect(await codeOf(rpc.request(PROFILES.messageAppend, { patientId: A.id, conversationId: convA.id, body: { role: 'clinician', content: 'x' } }, coordinatorA))).toBe('FORBIDDEN');
  });

  it('lets the assistant write over NATS on behalf of the patient, and nowhere else', async () => {
    const assistant = (onBehalfOf: string) => actor(['service'], { principalId: assistantId, subject: 'service:ai-assistant', scopes: ['conversations:write'], onBehalfOf });
    const assistantId = randomUUID();
    const body = { role: 'assistant', content: 'Your ferritin is above the range; your clinician will follow up.', sessionId: 'sess-1', toolCalls: [{ name: 'labs.latest' }] };
    await expect(rpc.request(PROFILES.messageAppend, { patientId: A.id, conversationId: convA.id, body }, assistant(A.id)))
      .resolves.toMatchObject({ role: 'assistant', sessionId: 'sess-1', toolCalls: [{ name: 'labs.latest' }] });
    expect(await codeOf(rpc.request(PROFILES.messageAppend, { patientId: A.id, conversationId: convA.id, body: { ...body, role: 'patient' } }, assistant(A.id)))).toBe('FORBIDDEN');
    const requestId = randomUUID();
    expect(await codeOf(rpc.request(PROFILES.messageAppend, { patientId: B.id, conversationId: convB.id, body }, assistant(A.id), { requestId }))).toBe('NOT_FOUND');
    const denied = (await publishedAuditEvents(nc, world)).filter((e) => e.requestId === requestId);
    expect(denied).toEqual([expect.objectContaining({
      outcome: 'denied', reason: 'NOT_FOUND', resource: expect.objectContaining({ patientId: B.id }),
      actor: expect.objectContaining({ principalId: assistantId, kind: 'service', onBehalfOf: A.id }),
    })]);
    const b = await rpc.request<ConversationDetailDto>(PROFILES.conversationGet, { patientId: B.id, conversationId: convB.id }, clinicianB);
    expect(b.messages.some((m) => m.role === 'assistant')).toBe(false);
  });

  it('gives the last turns across conversations, oldest of them first', async () => {
    const p = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient('Cleo') }, admin);
    const self = actor(['patient'], { patientId: p.id });
    const c1 = await rpc.request<ConversationDto>(PROFILES.conversationCreate, { patientId: p.id, body: { channel: 'sms' } }, self);
    const c2 = await rpc.request<ConversationDto>(PROFILES.conversationCreate, { patientId: p.id, body: { channel: 'app' } }, self);
    await rpc.request(PROFILES.messageAppend, { patientId: p.id, conversationId: c1.id, body: { role: 'patient', content: 'one', at: '2026-11-01T10:00:00Z' } }, self);
    await rpc.request(PROFILES.messageAppend, { patientId: p.id, conversationId: c2.id, body: { role: 'patient', content: 'two', at: '2026-11-02T10:00:00Z' } }, self);
    await rpc.request(PROFILES.messageAppend, { patientId: p.id, conversationId: c1.id, body: { role: 'patient', content: 'three', at: '2026-11-03T10:00:00Z' } }, self);
    const recent = await rpc.request<{ data: ConversationTurnDto[] }>(PROFILES.conversationRecent, { patientId: p.id, limit: 2 }, self);
    expect(recent.data.map((t) => [t.content, t.channel])).toEqual([['two', 'app'], ['three', 'sms']]);
  });
});

describe('the assistant\'s view (composer over the services\' patterns)', () => {
  const viaRpc = (who: ActorContext, requestId: string) => (pattern: string, payload: object) => rpc.request(pattern, payload, who, { requestId, timeoutMs: 1500 });

  it('gives a clinician the parts that exist and names the others unavailable; each part is an audited read', async () => {
    const code = (display: string) => ({ system: 'http://snomed.info/sct', code: '44054006', display });
    await rpc.request(PROFILES.conditionCreate, { patientId: A.id, body: { code: code('Diabetes mellitus type 2'), clinicalStatus: 'active' } }, clinicianA);
    await rpc.request(PROFILES.conditionCreate, { patientId: A.id, body: { code: code('Old episode'), clinicalStatus: 'resolved' } }, clinicianA);
    await rpc.request(PROFILES.conditionCreate, { patientId: A.id, body: { code: code('Back again'), clinicalStatus: 'recurrence' } }, clinicianA);
    await rpc.request(PROFILES.medicationCreate, { patientId: A.id, body: { name: 'Metformin 500 mg', status: 'active' } }, clinicianA);
    await rpc.request(PROFILES.medicationCreate, { patientId: A.id, body: { name: 'Stopped drug', status: 'stopped' } }, clinicianA);
    const requestId = randomUUID();
    const ctx = await composePatientContext(viaRpc(clinicianA, requestId), A.id, { actor: clinicianA, now: new Date('2026-11-29T12:00:00Z') });
    expect(ctx).toMatchObject({ patientId: A.id, date: '2026-11-29', profile: { id: A.id, givenName: 'Ana', birthDate: '1980-05-05' } });
    expect(ctx.profile).not.toHaveProperty('email');
    expect(ctx.conversation!.map((t) => t.content)).toContain('Hi Ana');
    // Active conditions are FHIR's active, recurrence and relapse; active medications are status active.
    expect((ctx.conditions as { code: { display: string } }[]).map((c) => c.code.display).sort()).toEqual(['Back again', 'Diabetes mellitus type 2']);
    expect((ctx.medications as { name: string }[]).map((m) => m.name)).toEqual(['Metformin 500 mg']);
    // Not on this branch yet (other services' handlers): left out as unavailable.
    expect(ctx.omitted).toEqual(['protocols', 'biomarkers', 'wearables'].map((part) => ({ part, reason: 'unavailable' })));
    const events = (await publishedAuditEvents(nc, world)).filter((e) => e.requestId === requestId && e.resource.id === undefined);
    expect(events.map((e) => [e.resource.type, e.action, e.outcome]).sort()).toEqual([
      ['condition', 'search', 'success'], ['conversation-turns', 'read', 'success'], ['medication', 'search', 'success'],
    ]);
    expect((await publishedAuditEvents(nc, world)).some((e) => e.requestId === requestId && e.resource.type === 'patient' && e.outcome === 'success')).toBe(true);
  });

  it('leaves out what a coordinator may not read as forbidden, without asking', async () => {
    const ctx = await composePatientContext(viaRpc(coordinatorA, randomUUID()), A.id, { actor: coordinatorA });
    expect(ctx.profile).toMatchObject({ id: A.id, givenName: 'Ana' });
    expect(ctx.profile).not.toHaveProperty('birthDate');
    expect(ctx.conversation).toBeUndefined();
    expect(ctx.omitted).toEqual(['conditions', 'medications', 'protocols', 'biomarkers', 'wearables', 'conversation'].map((part) => ({ part, reason: 'forbidden' })));
  });

  it('gives profiles-svc\'s parts in one request, each recorded as its own pattern records it, a refused part as refused', async () => {
    // A service principal with profile and record rights but no conversation content.
    const svc = actor(['service'], { scopes: ['profiles:read'], onBehalfOf: A.id });
    const requestId = randomUUID();
    const reply = await rpc.request<ContextPartsReply>(PROFILES.contextRead, { patientId: A.id, parts: ['profile', 'conversation'], turns: 5 }, svc, { requestId });
    expect(reply.parts.profile).toMatchObject({ value: { id: A.id, givenName: 'Ana' } });
    expect(reply.parts.conversation).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const events = (await publishedAuditEvents(nc, world)).filter((e) => e.requestId === requestId);
    expect(events.map((e) => [e.resource.type, e.action, e.outcome, e.resource.patientId]).sort()).toEqual([
      ['conversation-turns', 'read', 'denied', A.id], ['patient', 'read', 'success', A.id],
    ]);
  });

  it('records a refused request for the parts at once as a refusal of each part it asked for', async () => {
    const requestId = randomUUID();
    const h = natsHeaders();
    h.set(HEADER.requestId, requestId);
    h.set(HEADER.actor, Buffer.from(JSON.stringify({ actor: clinicianA, requestId, pattern: PROFILES.contextRead, exp: Date.now() + 60_000 })).toString('base64url'));
    h.set(HEADER.signature, 'forged-signature');
    expect(await codeOf(rpc.requestRaw(PROFILES.contextRead, { patientId: A.id, parts: ['profile', 'conditions'] }, h))).toBe('UNAUTHENTICATED');
    const events = (await publishedAuditEvents(nc, world)).filter((e) => e.requestId === requestId);
    expect(events.map((e) => [e.resource.type, e.outcome, e.reason, e.resource.patientId]).sort()).toEqual([
      ['condition', 'denied', 'context-bad-signature', A.id], ['patient', 'denied', 'context-bad-signature', A.id],
    ]);
  });

  it('is NOT_FOUND as a whole for a patient out of scope; a service without the scope gets the part refused by the service', async () => {
    expect(await codeOf(composePatientContext(viaRpc(clinicianB, randomUUID()), A.id, { actor: clinicianB }))).toBe('NOT_FOUND');
    // Without an actor the composer asks every part and maps the services' refusals.
    const svc = actor(['service'], { scopes: ['profiles:read', 'conversations:write'], onBehalfOf: A.id });
    const ctx = await composePatientContext(viaRpc(svc, randomUUID()), A.id);
    expect(ctx.profile).toMatchObject({ id: A.id });
    expect(ctx.omitted).toContainEqual({ part: 'conversation', reason: 'forbidden' });
  });
});
