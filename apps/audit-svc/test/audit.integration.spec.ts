import { createHash, randomUUID } from 'node:crypto';
import type { INestMicroservice } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager, type JetStreamClient } from '@nats-io/jetstream';
import pg from 'pg';
import { AuditPublisher, type AuditEventInput } from '@pg/audit';
import { loadAuditServiceConfig, type AuditServiceConfig } from '@pg/config';
import {
  AUDIT, AUDIT_RECORD_SUBJECT, DomainException, type AuditEvent, type Page, type StoredAuditEvent, type VerifyChainResultDto,
} from '@pg/contracts';
import { jetStreamClient, startService, STREAM, type NatsRpcClient } from '@pg/messaging';
import { until, rejection, actor, createTestWorld, destroyTestWorld, migrateAsServiceRole, natsConnection, rpcClient, TEST_DATABASE_URL, type TestWorld, auditEventFixture } from '@pg/testing';
import { auditOrmOptions } from '../src/mikro-orm.config.js';
import { AUDIT_CONSUMER } from '../src/ingest/audit-stream.consumer.js';
import { AuditModule, SERVICE_NAME } from '../src/audit.module.js';

let world: TestWorld;
let config: AuditServiceConfig;
let app: INestMicroservice | undefined;
let rpc: NatsRpcClient;
let nc: NatsConnection;
let js: JetStreamClient;
let publisher: AuditPublisher;
let db: pg.Client;
let table: string;

const auditor = actor(['auditor']);
const GENESIS = '0'.repeat(64);

/** An event as a service would publish it; every test uses its own patient so filters see its events only. */
const event = (over: Partial<AuditEventInput> = {}) => auditEventFixture({ resource: { type: 'patient', id: randomUUID() }, ...over });



async function storedCount(ids: string[]): Promise<number> {
  const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from ${table} where id = any($1::uuid[])`, [ids]);
  return rows[0]!.n;
}

async function totalCount(): Promise<number> {
  const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from ${table}`);
  return rows[0]!.n;
}

/** The row count once audit-svc has stored everything published so far (reads of the trail publish events too). */
async function settledTotal(): Promise<number> {
  await waitCaughtUp();
  return totalCount();
}

const waitStored = (ids: string[]) => until(`${ids.length} events stored`, async () => (await storedCount(ids)) === ids.length);

/** audit-svc has been handed every message of the stream and acknowledged (or set aside) each one. */
async function waitCaughtUp(): Promise<void> {
  const jsm = await jetstreamManager(nc);
  await until('the audit consumer to catch up', async () => {
    const info = await jsm.consumers.info(world.ns.stream(STREAM.audit), world.ns.consumer(AUDIT_CONSUMER));
    return info.num_pending === 0 && info.num_ack_pending === 0;
  });
}

async function startAudit(): Promise<INestMicroservice> {
  return startService(SERVICE_NAME, AuditModule.forRoot(config) as never, config, { logger: process.env.AUDIT_TEST_LOGS ? undefined : false });
}

/** The chain recomputed here, independently of audit-svc's code. */
const canonical = (v: unknown): string =>
  Array.isArray(v) ? `[${v.map(canonical).join(',')}]`
  : v !== null && typeof v === 'object' ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`
  : JSON.stringify(v);

const search = (query: Record<string, unknown>, who = auditor) => rpc.request<Page<StoredAuditEvent>>(AUDIT.eventSearch, { query }, who);
const verify = (who = auditor) => rpc.request<VerifyChainResultDto>(AUDIT.verify, {}, who);

beforeAll(async () => {
  world = await createTestWorld();
  // As npm start does it: migrations as the schema's owner, audit-svc logged in as its writer role.
  config = loadAuditServiceConfig(await migrateAsServiceRole(world, 'audit', 'append-only', auditOrmOptions));
  table = `"${config.dbSchema}"."audit_event"`;
  app = await startAudit();
  rpc = await rpcClient(world);
  nc = await natsConnection();
  js = jetStreamClient(nc, 2000);
  publisher = new AuditPublisher(js, world.ns, 'profiles-svc', 2000);
  db = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await db.connect();
});

afterAll(async () => {
  await rpc?.close();
  await app?.close();
  await nc?.close();
  if (world) await destroyTestWorld(world);
  await db?.end();
});

describe('audit-svc: storing the stream', () => {
  it('answers its health check without an actor', async () => {
    await expect(rpc.request(AUDIT.health, {}, null)).resolves.toMatchObject({ status: 'ok', service: 'audit-svc', db: 'up' });
  });

  it('stores published events, in stream order, each linked to its predecessor by hash', async () => {
    const events = Array.from({ length: 25 }, (_, i) => event({ resource: { type: 'patient', id: randomUUID(), patientId: randomUUID() }, reason: `r${i}` }));
    for (const e of events) await publisher.publish(e);
    await waitStored(events.map((e) => e.id));

    const { rows } = await db.query<{ sequence: string; id: string; prev_hash: string; hash: string; event: Record<string, unknown>; patient_id: string; action: string }>(
      `select t.sequence::text, t.id, t.prev_hash, t.hash, t.event, t.patient_id, t.action from ${table} t order by t.sequence`,
    );
    let prev = GENESIS;
    rows.forEach((row, i) => {
      expect(row.sequence).toBe(String(i + 1));
      expect(row.prev_hash).toBe(prev);
      expect(row.hash).toBe(createHash('sha256').update(prev + canonical(row.event)).digest('hex'));
      prev = row.hash;
    });
    const mine = rows.filter((r) => events.some((e) => e.id === r.id));
    expect(mine.map((r) => r.id)).toEqual(events.map((e) => e.id));
    expect(mine[3]).toMatchObject({ patient_id: events[3]!.resource.patientId, action: 'read', event: expect.objectContaining({ id: events[3]!.id, reason: 'r3' }) });
    await expect(verify()).resolves.toMatchObject({ valid: true, checked: rows.length, firstBadId: null, problem: null });
  });

  it('stores an event once when the same id arrives twice', async () => {
    const e = await publisher.publish(event());
    // A second message with the same event id, past JetStream's own de-duplication (another Nats-Msg-Id).
    await js.publish(world.ns.subject(`${AUDIT_RECORD_SUBJECT}.profiles-svc`), JSON.stringify(e), { msgID: `${e.id}-again` });
    await waitCaughtUp();
    expect(await storedCount([e.id])).toBe(1);
    const batchTwice = { ...event(), recordedAt: new Date().toISOString() };
    await Promise.all([0, 1, 2].map((n) => js.publish(world.ns.subject(`${AUDIT_RECORD_SUBJECT}.labs-svc`), JSON.stringify(batchTwice), { msgID: `${batchTwice.id}-${n}` })));
    await waitCaughtUp();
    expect(await storedCount([batchTwice.id])).toBe(1);
  });

  it('sets a malformed message aside without blocking the events behind it', async () => {
    const before = await settledTotal();
    const subject = world.ns.subject(`${AUDIT_RECORD_SUBJECT}.broken-svc`);
    await js.publish(subject, 'this is not json', { msgID: randomUUID() });
    await js.publish(subject, JSON.stringify({ action: 'read', note: 'no id' }), { msgID: randomUUID() });
    await js.publish(subject, JSON.stringify({ ...event(), recordedAt: 'last tuesday' }), { msgID: randomUUID() });
    const after = await publisher.publish(event());
    await waitStored([after.id]);
    await waitCaughtUp();
    expect(await totalCount()).toBe(before + 1);
  });

  it('sets aside only the event Postgres refuses, storing the rest of its batch', async () => {
    const before = await settledTotal();
    const subject = world.ns.subject(`${AUDIT_RECORD_SUBJECT}.profiles-svc`);
    const good = Array.from({ length: 20 }, () => ({ ...event(), recordedAt: new Date().toISOString() }));
    // Well-formed JSON with an instant JavaScript reads and Postgres does not (there is no year 0).
    const refused = { ...event(), recordedAt: '0000-01-01T00:00:00Z' };
    const all = [...good.slice(0, 10), refused, ...good.slice(10)];
    await Promise.all(all.map((e) => js.publish(subject, JSON.stringify(e), { msgID: e.id })));
    await waitStored(good.map((e) => e.id));
    await waitCaughtUp();
    expect(await storedCount([refused.id])).toBe(0);
    expect(await totalCount()).toBe(before + 20);
  });

  it('loses nothing and doubles nothing while audit-svc is down', async () => {
    const before = await settledTotal();
    await app!.close();
    app = undefined;
    const events = Array.from({ length: 500 }, () => event());
    await publisher.publishAll(events);
    expect(await storedCount(events.map((e) => e.id))).toBe(0);

    app = await startAudit();
    await waitStored(events.map((e) => e.id));
    await waitCaughtUp();
    expect(await totalCount()).toBe(before + 500);
    await expect(verify()).resolves.toMatchObject({ valid: true, firstBadId: null });
  });

  it('re-creates its consumer when it is deleted, and the whole stream delivered again stores nothing twice', async () => {
    const before = await settledTotal();
    const jsm = await jetstreamManager(nc);
    await jsm.consumers.delete(world.ns.stream(STREAM.audit), world.ns.consumer(AUDIT_CONSUMER));
    const e = await publisher.publish(event());
    await waitStored([e.id]);
    await waitCaughtUp();
    expect(await totalCount()).toBe(before + 1);
    await expect(verify()).resolves.toMatchObject({ valid: true });
  });

  it('keeps one chain when a second instance consumes alongside (the chain writer lock)', async () => {
    const second = await startAudit();
    try {
      const events = Array.from({ length: 400 }, () => event());
      await publisher.publishAll(events);
      await waitStored(events.map((e) => e.id));
      await waitCaughtUp();
    } finally {
      await second.close();
    }
    await waitCaughtUp();
    const { rows } = await db.query<{ gaps: number; n: number; max: string }>(
      `select count(*)::int as n, max(sequence)::text as max,
         count(*) filter (where prev_hash <> coalesce((select p.hash from ${table} p where p.sequence = t.sequence - 1), '${GENESIS}'))::int as gaps
       from ${table} t`,
    );
    expect(Number(rows[0]!.max)).toBe(rows[0]!.n);
    expect(rows[0]!.gaps).toBe(0);
    await expect(verify()).resolves.toMatchObject({ valid: true, checked: rows[0]!.n });
  });
});

describe('audit-svc: append-only', () => {
  it('refuses UPDATE, DELETE and TRUNCATE of the trail', async () => {
    const e = await publisher.publish(event());
    await waitStored([e.id]);
    await expect(db.query(`update ${table} set action = 'delete' where id = $1`, [e.id])).rejects.toThrow(/append-only: UPDATE/);
    await expect(db.query(`delete from ${table} where id = $1`, [e.id])).rejects.toThrow(/append-only: DELETE/);
    await expect(db.query(`truncate ${table}`)).rejects.toThrow(/append-only: TRUNCATE/);
    expect(await storedCount([e.id])).toBe(1);
  });

  it('names the first altered row when the chain is verified, whether the event or a column was changed', async () => {
    const events = Array.from({ length: 3 }, () => event({ resource: { type: 'patient', patientId: randomUUID() } }));
    for (const e of events) await publisher.publish(e);
    await waitStored(events.map((e) => e.id));
    const target = events[1]!;
    const tamper = async (sql: string) => {
      await db.query(`alter table ${table} disable trigger audit_event_append_only`);
      try {
        await db.query(sql, [target.id]);
      } finally {
        await db.query(`alter table ${table} enable trigger audit_event_append_only`);
      }
    };

    await tamper(`update ${table} set event = jsonb_set(event, '{outcome}', '"denied"') where id = $1`);
    await expect(verify()).resolves.toMatchObject({ valid: false, firstBadId: target.id });
    await tamper(`update ${table} set event = jsonb_set(event, '{outcome}', '"success"') where id = $1`);
    await expect(verify()).resolves.toMatchObject({ valid: true, firstBadId: null });

    // The event still hashes right, but the searchable column no longer says what it says.
    await tamper(`update ${table} set patient_id = gen_random_uuid() where id = $1`);
    await expect(verify()).resolves.toMatchObject({ valid: false, firstBadId: target.id });
    await tamper(`update ${table} set patient_id = (event->'resource'->>'patientId')::uuid where id = $1`);
    await expect(verify()).resolves.toMatchObject({ valid: true });

    // A row removed: the one after it no longer links.
    await db.query(`alter table ${table} disable trigger audit_event_append_only`);
    const { rows } = await db.query(`delete from ${table} where id = $1 returning *`, [target.id]);
    await db.query(`alter table ${table} enable trigger audit_event_append_only`);
    await expect(verify()).resolves.toMatchObject({ valid: false, firstBadId: events[2]!.id });
    const row = rows[0] as Record<string, unknown>;
    const cols = Object.keys(row);
    await db.query(`insert into ${table} (${cols.map((c) => `"${c}"`).join(',')}) select * from jsonb_populate_record(null::${table}, $1::jsonb)`, [JSON.stringify(row)]);
    await expect(verify()).resolves.toMatchObject({ valid: true });
  });
});

describe('audit-svc: answering auditors', () => {
  const patientId = randomUUID();
  const alice = actor(['clinician']);
  const bob = actor(['coordinator']);
  const by = (who: typeof alice) => ({ principalId: who.principalId, subject: who.subject, roles: who.roles, kind: 'user' as const });
  const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T12:00:00.000Z`;
  const trail = [
    event({ recordedAt: at(1), actor: by(alice), action: 'read', resource: { type: 'patient', id: patientId, patientId } }),
    event({ recordedAt: at(2), actor: by(alice), action: 'update', resource: { type: 'patient', id: patientId, patientId } }),
    event({ recordedAt: at(3), actor: by(bob), action: 'read', outcome: 'denied', reason: 'NOT_FOUND', resource: { type: 'patient', id: patientId, patientId } }),
    event({ recordedAt: at(4), actor: by(alice), action: 'read', breakGlass: { reason: 'unconscious patient in the emergency room' }, resource: { type: 'lab-report', id: randomUUID(), patientId } }),
    event({ recordedAt: at(5), actor: by(bob), action: 'search', resource: { type: 'patient', patientId } }),
  ];
  const ids = (page: Page<StoredAuditEvent>) => page.items.map((e) => e.id);
  const newestFirst = (...idx: number[]) => idx.map((i) => trail[i]!.id);

  beforeAll(async () => {
    for (const e of trail) await publisher.publish(e);
    await waitStored(trail.map((e) => e.id));
  });

  it('finds a patient\'s events, newest first, with their place in the chain', async () => {
    const page = await search({ patientId });
    expect(ids(page)).toEqual(newestFirst(4, 3, 2, 1, 0));
    expect(page.nextCursor).toBeNull();
    const first = page.items[4]!;
    expect(first).toMatchObject({ ...trail[0], sequence: expect.stringMatching(/^\d+$/), hash: expect.stringMatching(/^[0-9a-f]{64}$/), prevHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(page.items[3]!.prevHash).toBe(first.hash);
    expect(BigInt(page.items[0]!.sequence)).toBeGreaterThan(BigInt(first.sequence));
  });

  it('filters by actor, action, outcome, time range and break-glass', async () => {
    expect(ids(await search({ patientId, actorId: bob.principalId }))).toEqual(newestFirst(4, 2));
    expect(ids(await search({ patientId, action: 'read' }))).toEqual(newestFirst(3, 2, 0));
    expect(ids(await search({ patientId, outcome: 'denied' }))).toEqual(newestFirst(2));
    expect(ids(await search({ patientId, from: at(2), to: at(4) }))).toEqual(newestFirst(3, 2, 1));
    expect(ids(await search({ patientId, breakGlass: true }))).toEqual(newestFirst(3));
    expect(ids(await search({ patientId, breakGlass: 'false' }))).toEqual(newestFirst(4, 2, 1, 0));
    expect(ids(await search({ patientId, actorId: alice.principalId, action: 'read', outcome: 'success' }))).toEqual(newestFirst(3, 0));
    const byActor = await search({ actorId: alice.principalId });
    expect(ids(byActor)).toEqual(newestFirst(3, 1, 0));
  });

  it('pages with a cursor until the end', async () => {
    const p1 = await search({ patientId, limit: 2 });
    const p2 = await search({ patientId, limit: 2, cursor: p1.nextCursor });
    const p3 = await search({ patientId, limit: 2, cursor: p2.nextCursor });
    expect([ids(p1), ids(p2), ids(p3)]).toEqual([newestFirst(4, 3), newestFirst(2, 1), newestFirst(0)]);
    expect(p1.nextCursor).toEqual(expect.any(String));
    expect(p3.nextCursor).toBeNull();
    const bad = await rejection<DomainException>(search({ patientId, cursor: 'bm90LWEtY3Vyc29y' }));
    expect(bad.code).toBe('VALIDATION_FAILED');
  });

  it('refuses filters that are not ids, enums or instants', async () => {
    const err = await rejection<DomainException>(search({ patientId: 'Ada Lovelace', action: 'peek', from: 'yesterday' }));
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.details?.map((d) => d.field).sort()).toEqual(['query.action', 'query.from', 'query.patientId']);
  });

  it('gets one event by id, and NOT_FOUND for an id it does not hold', async () => {
    const got = await rpc.request<StoredAuditEvent>(AUDIT.eventGet, { id: trail[3]!.id }, auditor);
    expect(got).toMatchObject({ id: trail[3]!.id, breakGlass: { reason: 'unconscious patient in the emergency room' }, sequence: expect.any(String) });
    const missing = await rejection<DomainException>(rpc.request(AUDIT.eventGet, { id: randomUUID() }, auditor));
    expect(missing.code).toBe('NOT_FOUND');
  });

  it('refuses anyone but an auditor', async () => {
    for (const who of [actor(['clinician'], { careTeam: [patientId] }), actor(['admin']), actor(['patient'], { patientId })]) {
      expect((await rejection<DomainException>(search({ patientId }, who))).code).toBe('FORBIDDEN');
      expect((await rejection<DomainException>(rpc.request(AUDIT.eventGet, { id: trail[0]!.id }, who))).code).toBe('FORBIDDEN');
      expect((await rejection<DomainException>(verify(who))).code).toBe('FORBIDDEN');
    }
  });

  it('records reading the trail in the trail, refusals included', async () => {
    const reader = actor(['auditor']);
    const snoop = actor(['admin']);
    await search({ patientId, action: 'update' }, reader);
    await rejection<DomainException>(search({ patientId }, snoop));
    const readerEvents = await until('the auditor\'s search to be recorded', async () => {
      const page = await search({ actorId: reader.principalId });
      return page.items.length ? page.items : undefined;
    });
    const searchEvent = readerEvents.find((e) => e.query);
    expect(searchEvent).toMatchObject({
      action: 'search', outcome: 'success', resource: { type: 'audit-event' }, source: expect.objectContaining({ service: 'audit-svc' }),
      query: { patientId, action: 'update' },
    });
    // Reading audit events about a patient is not an access to the patient's record, and one search is one
    // event (not one more per event returned, which would make every page of the trail grow the trail).
    expect(readerEvents.every((e) => e.resource.patientId === undefined)).toBe(true);
    expect(readerEvents).toHaveLength(1);
    const refused = await until('the refusal to be recorded', async () => {
      const page = await search({ actorId: snoop.principalId, outcome: 'denied' });
      return page.items[0];
    });
    expect(refused).toMatchObject({ action: 'search', reason: 'FORBIDDEN', resource: { type: 'audit-event' } });
  });
});

describe('audit-svc: disclosures and access logs', () => {
  const patientId = randomUUID();
  const clinician = actor(['clinician'], { careTeam: [patientId] });
  const coordinator = actor(['coordinator'], { careTeam: [patientId] });
  const self = actor(['patient'], { patientId });
  const by = (who: ReturnType<typeof actor>) => ({ principalId: who.principalId, subject: who.subject, roles: who.roles, kind: who.kind });
  const onRecord = { type: 'patient', id: patientId, patientId };
  const yearsAgo = (n: number) => new Date(Date.now() - n * 365.25 * 24 * 3600 * 1000).toISOString();
  const researcher = actor(['clinician']);
  const trail = {
    treatment: event({ actor: by(clinician), resource: onRecord }),
    research: event({ actor: by(researcher), resource: onRecord, purposeOfUse: 'research' }),
    sentOut: event({
      actor: { principalId: randomUUID(), subject: 'svc|fhir-export', roles: ['service'], kind: 'service' }, action: 'export', resource: { type: 'fhir-bundle', patientId },
      disclosure: { recipient: 'County health department', description: 'Immunization history', purpose: 'public-health' },
    }),
    sentForTreatment: event({ actor: by(clinician), action: 'export', resource: { type: 'fhir-bundle', patientId }, disclosure: { recipient: 'St. Elsewhere', description: 'Referral', purpose: 'treatment' } }),
    longAgo: event({ actor: by(researcher), resource: onRecord, purposeOfUse: 'legal', recordedAt: yearsAgo(6.5) }),
    ownRead: event({ actor: by(self), resource: onRecord, purposeOfUse: 'patient-request' }),
    otherPatientTried: event({ actor: { ...by(actor(['patient'])) }, resource: onRecord, outcome: 'denied', reason: 'NOT_FOUND', purposeOfUse: 'patient-request' }),
    researchRefused: event({ actor: by(researcher), resource: onRecord, outcome: 'denied', reason: 'NOT_FOUND', purposeOfUse: 'research' }),
    trailRead: event({ actor: by(auditor), action: 'search', resource: { type: 'audit-event', patientId }, purposeOfUse: 'legal' }),
    payment: event({ actor: by(coordinator), resource: onRecord, purposeOfUse: 'payment' }),
    emergency: event({ actor: by(researcher), resource: { type: 'lab-report', id: randomUUID(), patientId }, breakGlass: { reason: 'unconscious in the emergency room' } }),
  };
  type Key = keyof typeof trail;
  const newestFirst = (...keys: Key[]) => keys.map((k) => trail[k].id).reverse();
  const disclosures = (who: ReturnType<typeof actor>, query: Record<string, unknown> = {}, id = patientId) =>
    rpc.request<Page<{ eventId: string; date: string; recipient: string; description: string; purpose: string }>>(AUDIT.disclosureList, { patientId: id, query }, who);
  const accessLog = (who: ReturnType<typeof actor>, query: Record<string, unknown> = {}, id = patientId) =>
    rpc.request<Page<Record<string, unknown> & { eventId: string }>>(AUDIT.accessLogList, { patientId: id, query }, who);

  /** As published, with the `recordedAt` the publisher gave each. */
  const sent = {} as Record<Key, AuditEvent>;

  beforeAll(async () => {
    for (const [key, e] of Object.entries(trail)) sent[key as Key] = await publisher.publish(e);
    await waitStored(Object.values(trail).map((e) => e.id));
  });

  it('accounts for disclosures of the last six years, treatment, payment and operations left out, the patient\'s own accesses too', async () => {
    const page = await disclosures(auditor);
    expect(page.items.map((d) => d.eventId)).toEqual(newestFirst('research', 'sentOut'));
    expect(page.items[0]).toEqual({
      eventId: trail.sentOut.id, date: sent.sentOut.recordedAt, recipient: 'County health department', description: 'Immunization history', purpose: 'public-health',
    });
    expect(page.items[1]).toEqual({
      eventId: trail.research.id, date: sent.research.recordedAt, recipient: `user ${researcher.principalId} (clinician)`, description: `read of patient ${patientId}`, purpose: 'research',
    });
  });

  it('gives the accounting to the patient for themself, not to another patient, a clinician or an admin', async () => {
    expect((await disclosures(self)).items).toHaveLength(2);
    expect((await rejection<DomainException>(disclosures(actor(['patient'], { patientId: randomUUID() })))).code).toBe('NOT_FOUND');
    expect((await rejection<DomainException>(disclosures(clinician))).code).toBe('FORBIDDEN');
    expect((await rejection<DomainException>(disclosures(actor(['admin'])))).code).toBe('FORBIDDEN');
  });

  it('lists who accessed the record, refusals included, for the care team and the patient: not the patient\'s own reads, not reads of the trail', async () => {
    const expected = newestFirst('treatment', 'research', 'sentOut', 'sentForTreatment', 'longAgo', 'otherPatientTried', 'researchRefused', 'payment', 'emergency');
    for (const who of [clinician, coordinator, self]) expect((await accessLog(who, { limit: 50 })).items.map((e) => e.eventId)).toEqual(expected);
    const [emergency, payment] = (await accessLog(self)).items;
    expect(emergency).toEqual({
      eventId: trail.emergency.id, at: sent.emergency.recordedAt, actor: { principalId: researcher.principalId, roles: ['clinician'], kind: 'user' },
      action: 'read', outcome: 'success', resource: { type: 'lab-report', id: trail.emergency.resource.id }, purposeOfUse: 'treatment', breakGlassReason: 'unconscious in the emergency room',
    });
    expect(payment).toMatchObject({ purposeOfUse: 'payment', breakGlassReason: null, actor: { roles: ['coordinator'] } });
  });

  it('pages the access log with a cursor', async () => {
    const all = (await accessLog(clinician)).items.map((e) => e.eventId);
    const seen: string[] = [];
    let cursor: string | null | undefined;
    do {
      const page = await accessLog(clinician, { limit: 4, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((e) => e.eventId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('refuses the access log to anyone outside the care team (404) and to roles that never have it (403)', async () => {
    expect((await rejection<DomainException>(accessLog(actor(['clinician'], { careTeam: [randomUUID()] })))).code).toBe('NOT_FOUND');
    expect((await rejection<DomainException>(accessLog(actor(['clinician'], { breakGlass: { reason: 'unconscious in the emergency room', patientId } })))).code).toBe('NOT_FOUND');
    expect((await rejection<DomainException>(accessLog(actor(['patient'], { patientId: randomUUID() })))).code).toBe('NOT_FOUND');
    expect((await rejection<DomainException>(accessLog(auditor))).code).toBe('FORBIDDEN');
    expect((await rejection<DomainException>(accessLog(actor(['admin'])))).code).toBe('FORBIDDEN');
  });

  it('records reading the accounting and the access log, about the patient', async () => {
    const reader = actor(['patient'], { patientId });
    await disclosures(reader);
    await accessLog(reader);
    const events = await until('the reads to be recorded', async () => {
      const page = await search({ actorId: reader.principalId });
      return page.items.length === 2 ? page.items : undefined;
    });
    expect(events.map((e) => [e.action, e.resource.type, e.resource.patientId]).sort()).toEqual([['search', 'access-log', patientId], ['search', 'disclosure', patientId]]);
  });
});
