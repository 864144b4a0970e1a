import { randomUUID } from 'node:crypto';
import type { INestMicroservice } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { loadServiceConfig } from '@pg/config';
import {
  DomainException, IDENTITY, PROFILES, TREATMENTS, type AuditEvent, type Page, type ParkedEventDto, type PatientDto, type PrescriptionDetailDto,
  type PrescriptionDto, type PrincipalWithSecretDto, type RimoWebhookReceiptDto, type TreatmentDetailDto, type TreatmentDto,
} from '@pg/contracts';
import { startService, STREAM, type NatsRpcClient } from '@pg/messaging';
import { clearPatientMerged, markPatientMerged, migrate } from '@pg/persistence';
import {
  actor, createTestWorld, destroyTestWorld, migrateAsServiceRole, natsConnection, publishedAuditEvents, rpcClient, schemaDiff, until, type TestWorld,
} from '@pg/testing';
import { MikroORM } from '@mikro-orm/postgresql';
import { identityOrmOptions } from '../../identity-svc/src/mikro-orm.config.js';
import { IdentityModule, SERVICE_NAME as IDENTITY_SVC } from '../../identity-svc/src/identity.module.js';
import { profilesOrmOptions } from '../../profiles-svc/src/mikro-orm.config.js';
import { ProfilesModule, SERVICE_NAME as PROFILES_SVC } from '../../profiles-svc/src/profiles.module.js';
import { treatmentsOrmOptions } from '../src/mikro-orm.config.js';
import { SERVICE_NAME, TreatmentsModule } from '../src/treatments.module.js';
import { PartnerInboxRepository } from '../src/webhooks/partner-inbox.repository.js';
import { ProfileEventsListener } from '../src/webhooks/profile-events.listener.js';
import { signRimo } from '../src/webhooks/rimo-signature.js';

/*
 * Issue 11, items 3–7, through treatments-svc's message patterns on a real PostgreSQL and NATS, with identity-svc
 * and profiles-svc running: treatments-svc resolves the partner's patient ids at profiles-svc with its own service
 * credential. Deliveries are signed here with node:crypto from the definition (hex HMAC-SHA256 of
 * `${timestamp}.${rawBody}`), not with the code under test; expected states come from the machines.
 */

const SECRET = 'whsec_test_current_0123456789abcdefghij';
const PREVIOUS = 'whsec_test_previous_0123456789abcdefghi';

let world: TestWorld;
const apps: INestMicroservice[] = [];
let treatmentsApp: INestMicroservice;
let rpc: NatsRpcClient;
let nc: NatsConnection;
let schema: string;
let A: PatientDto;
let B: PatientDto;
const RIMO_A = `rimo-pat-a-${randomUUID().slice(0, 8)}`;
const RIMO_B = `rimo-pat-b-${randomUUID().slice(0, 8)}`;
const admin = actor(['admin']);
let clinician: ReturnType<typeof actor>;
let outsider: ReturnType<typeof actor>;
let coordinator: ReturnType<typeof actor>;
let self: ReturnType<typeof actor>;

type Envelope = { id: string; type: string; data: Record<string, unknown>; timestamp: string };
let seq = 0;
const evtId = () => `evt_${Date.now().toString(36)}${(seq++).toString(36)}${randomUUID().slice(0, 6)}`;
const minute = (m: number) => new Date(Date.UTC(2026, 10, 1, 9, m)).toISOString();
const event = (type: string, data: Record<string, unknown>, timestamp = minute(0), id = evtId()): Envelope => ({ id, type, data, timestamp });

/** A delivery as Rimo makes it: the raw bytes and the two headers. */
function signed(body: string, opts: { secret?: string; ts?: number } = {}) {
  const ts = String(opts.ts ?? Math.floor(Date.now() / 1000));
  const signature = signRimo(body, ts, opts.secret ?? SECRET);
  return { body: Buffer.from(body).toString('base64'), timestamp: ts, signature };
}

function deliver(e: Envelope | string, opts: { secret?: string; ts?: number; requestId?: string } = {}): Promise<RimoWebhookReceiptDto> {
  const body = typeof e === 'string' ? e : JSON.stringify(e);
  return rpc.request<RimoWebhookReceiptDto>(TREATMENTS.rimoWebhook, signed(body, opts), null, opts.requestId ? { requestId: opts.requestId } : {});
}

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as DomainException);

/**
 * The partner is answered once an event is stored; its effect follows from the inbox. Effects are awaited by
 * polling what a user sees, within a deadline (never a fixed sleep); `settled` waits until the inbox has nothing
 * pending, so an assertion that something did NOT happen is made after everything stored was processed.
 */
const DEADLINE_MS = 20_000;
const settled = () => until('the inbox to be processed', async () => (await treatmentsApp.get(PartnerInboxRepository).pendingCount()) === 0 || undefined, DEADLINE_MS);
const eventually = <T>(what: string, probe: () => Promise<T | undefined | false>) => until(what, probe, DEADLINE_MS);

async function treatmentByExternal(patientId: string, externalId: string, who = clinician): Promise<TreatmentDetailDto | undefined> {
  const page = await rpc.request<Page<TreatmentDto>>(TREATMENTS.treatmentList, { patientId, query: { limit: 200 } }, who);
  const t = page.items.find((x) => x.externalId === externalId);
  return t ? rpc.request<TreatmentDetailDto>(TREATMENTS.treatmentGet, { patientId, treatmentId: t.id }, who) : undefined;
}

async function prescriptionByExternal(patientId: string, externalId: string, who = clinician): Promise<PrescriptionDetailDto | undefined> {
  const page = await rpc.request<Page<PrescriptionDto>>(TREATMENTS.prescriptionList, { patientId, query: { limit: 200 } }, who);
  const p = page.items.find((x) => x.externalId === externalId);
  return p ? rpc.request<PrescriptionDetailDto>(TREATMENTS.prescriptionGet, { patientId, prescriptionId: p.id }, who) : undefined;
}

async function domainEvents(name: string): Promise<Record<string, unknown>[]> {
  const jsm = await jetstreamManager(nc);
  const stream = world.ns.stream(STREAM.events);
  const total = (await jsm.streams.info(stream)).state.messages;
  if (!total) return [];
  const consumer = await jetstream(nc).consumers.get(stream, { deliver_policy: DeliverPolicy.All, ack_policy: AckPolicy.None } as never);
  const out: Record<string, unknown>[] = [];
  let seen = 0;
  for await (const m of await consumer.fetch({ max_messages: total, expires: 2000 })) {
    if (m.subject === world.ns.subject(`events.${name}`)) out.push(m.json());
    if (++seen >= total) break;
  }
  return out;
}

beforeAll(async () => {
  world = await createTestWorld();
  const identityConfig = world.identityConfig();
  const profilesConfig = world.serviceConfig('profiles');
  await Promise.all([migrate(identityOrmOptions(identityConfig)), migrate(profilesOrmOptions(profilesConfig))]);
  // treatments-svc logs in as its own database role, as in production.
  const treatmentsEnv = await migrateAsServiceRole(world, 'treatments', 'read-write', treatmentsOrmOptions);
  apps.push(await startService(IDENTITY_SVC, IdentityModule.forRoot(identityConfig) as never, identityConfig, { logger: false }));
  apps.push(await startService(PROFILES_SVC, ProfilesModule.forRoot(profilesConfig) as never, profilesConfig, { logger: false }));
  rpc = await rpcClient(world, 10_000);
  nc = await natsConnection();
  // treatments-svc's own service principal: it reads profiles to resolve the partner's patient ids.
  const svc = await rpc.request<PrincipalWithSecretDto>(IDENTITY.principalCreate, {
    body: { subject: `service:treatments-${world.namespace}`, displayName: 'treatments-svc', kind: 'service', roles: ['service'], scopes: ['profiles:read'] },
  }, admin);
  const config = {
    ...loadServiceConfig('treatments', treatmentsEnv),
    rimo: { webhookSecrets: [SECRET, PREVIOUS], serviceCredential: { subject: svc.subject, secret: svc.clientSecret! } },
  };
  schema = config.dbSchema;
  treatmentsApp = await startService(SERVICE_NAME, TreatmentsModule.forRoot(config) as never, config, { logger: false });
  apps.push(treatmentsApp);
  A = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: { givenName: 'Ada', familyName: 'Rimo', birthDate: '1980-01-01', identifiers: [{ system: 'rimo', value: RIMO_A }] } }, admin);
  B = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: { givenName: 'Bea', familyName: 'Other', birthDate: '1981-01-01' } }, admin);
  clinician = actor(['clinician'], { careTeam: [A.id] });
  outsider = actor(['clinician'], { careTeam: [B.id] });
  coordinator = actor(['coordinator'], { careTeam: [A.id] });
  self = actor(['patient'], { patientId: A.id });
}, 90_000);

afterAll(async () => {
  await rpc?.close();
  await nc?.close();
  for (const app of apps.reverse()) await app.close();
  if (world) await destroyTestWorld(world);
});

describe('the signature', () => {
  const created = () => event('treatment.created', { treatmentId: `trt_${randomUUID().slice(0, 8)}`, patientId: RIMO_A, product: 'Testosterone cypionate 200 mg/mL' });

  it('takes a delivery signed with the current secret, and one with the previous secret during a rotation', async () => {
    const now = created();
    const before = created();
    await expect(deliver(now)).resolves.toEqual({ eventId: now.id, status: 'accepted' });
    await expect(deliver(before, { secret: PREVIOUS })).resolves.toEqual({ eventId: before.id, status: 'accepted' });
    // Stored, then applied from the inbox: both treatments appear.
    await eventually('both treatments', async () => (await treatmentByExternal(A.id, now.data.treatmentId as string)) && treatmentByExternal(A.id, before.data.treatmentId as string));
  });

  it('refuses a bad signature and a stale delivery (401), stores nothing, and records the refusal as the partner', async () => {
    const bad = created();
    const requestId = randomUUID();
    expect((await failure(deliver(bad, { secret: 'whsec_someone_else_0123456789abcdef', requestId })))?.code).toBe('UNAUTHENTICATED');
    const stale = created();
    expect((await failure(deliver(stale, { ts: Math.floor(Date.now() / 1000) - 301 })))?.code).toBe('UNAUTHENTICATED');
    await settled();
    expect(await treatmentByExternal(A.id, bad.data.treatmentId as string)).toBeUndefined();
    expect(await treatmentByExternal(A.id, stale.data.treatmentId as string)).toBeUndefined();
    // The same event, well signed now, is new: nothing of it was taken before.
    await expect(deliver(bad)).resolves.toMatchObject({ status: 'accepted' });
    await eventually('the treatment of the event delivered again', () => treatmentByExternal(A.id, bad.data.treatmentId as string));
    const refused = (await publishedAuditEvents(nc, world)).filter((e) => e.requestId === requestId);
    expect(refused).toEqual([expect.objectContaining({ action: 'import', outcome: 'denied', reason: 'UNAUTHENTICATED', actor: expect.objectContaining({ subject: 'partner:rimo' }) })]);
  });

  it('makes nothing of a captured delivery replayed as is: a duplicate while fresh, 401 once older than 5 minutes', async () => {
    const e = event('treatment.created', { treatmentId: `trt_${randomUUID().slice(0, 8)}`, patientId: RIMO_A });
    const body = JSON.stringify(e);
    const captured = signed(body);
    // What Rimo learns: its event id and that it is stored, never which patient it resolved to.
    await expect(rpc.request(TREATMENTS.rimoWebhook, captured, null)).resolves.toEqual({ eventId: e.id, status: 'accepted' });
    await expect(rpc.request(TREATMENTS.rimoWebhook, captured, null)).resolves.toEqual({ eventId: e.id, status: 'duplicate' });
    const old = signed(body, { ts: Math.floor(Date.now() / 1000) - 360 });
    expect((await failure(rpc.request(TREATMENTS.rimoWebhook, old, null)))?.code).toBe('UNAUTHENTICATED');
    await eventually('the treatment', () => treatmentByExternal(A.id, e.data.treatmentId as string));
    await settled();
    expect((await treatmentByExternal(A.id, e.data.treatmentId as string))!.history).toHaveLength(1);
  });

  it('answers 400 for a body that is not JSON, an unknown type, or an event without its fields', async () => {
    expect((await failure(deliver('{"id": "evt_1", ')))?.code).toBe('VALIDATION_FAILED');
    expect((await failure(deliver(event('treatment.exploded', { treatmentId: 'trt_x', patientId: RIMO_A }))))?.code).toBe('VALIDATION_FAILED');
    const noCarrier = await failure(deliver(event('order.shipped', { orderId: 'ord_x', treatmentId: 'trt_x', patientId: RIMO_A })));
    expect(noCarrier?.code).toBe('VALIDATION_FAILED');
    expect(noCarrier?.details.map((d) => d.field)).toEqual(expect.arrayContaining(['data.carrier', 'data.trackingNumber']));
  });

  it('records the delivery in the audit trail as the partner, and its effect on the patient it touched under the same request id', async () => {
    const requestId = randomUUID();
    await deliver(created(), { requestId });
    const partner = expect.objectContaining({ principalId: null, subject: 'partner:rimo', kind: 'service' });
    const events = await eventually('the audit event of the effect', async () => {
      const mine = (await publishedAuditEvents(nc, world)).filter((e) => e.requestId === requestId);
      return mine.some((e) => e.resource.patientId) && mine;
    });
    expect(events).toEqual(expect.arrayContaining([
      // The delivery: stored, before its patient was resolved.
      expect.objectContaining({ action: 'import', outcome: 'success', resource: { type: 'partner-event' }, actor: partner }),
      // Its effect: the treatment it made, on patient A.
      expect.objectContaining({ action: 'import', outcome: 'success', resource: { type: 'partner-event', id: expect.any(String), patientId: A.id }, actor: partner }),
    ]));
    expect(events).toHaveLength(2);
  });

  it('records an event parked for an unknown partner patient as the partner, under the delivery\'s request id, with no patient', async () => {
    const requestId = randomUUID();
    await deliver(event('treatment.created', { treatmentId: `trt_${randomUUID().slice(0, 8)}`, patientId: `rimo_nobody_${randomUUID().slice(0, 8)}`, product: 'Sermorelin' }), { requestId });
    const events = await eventually('the audit event of the parking', async () => {
      const mine = (await publishedAuditEvents(nc, world)).filter((e) => e.requestId === requestId);
      return mine.some((e) => e.query?.parked) && mine;
    });
    expect(events).toEqual([
      expect.objectContaining({ action: 'import', outcome: 'success', resource: { type: 'partner-event' } }),
      expect.objectContaining({ action: 'import', outcome: 'success', resource: { type: 'partner-event' }, query: { parked: 'no patient holds this identifier' }, actor: expect.objectContaining({ subject: 'partner:rimo' }) }),
    ]);
  });
});

describe('treatments', () => {
  const T = `trt_${randomUUID().slice(0, 8)}`;

  it('follows the partner: created → under review → approved, with who, when and why', async () => {
    await deliver(event('treatment.created', { treatmentId: T, patientId: RIMO_A, product: 'Enclomiphene 12.5 mg' }, minute(0)));
    await deliver(event('treatment.updated', { treatmentId: T, patientId: RIMO_A, status: 'under_review' }, minute(1)));
    await deliver(event('treatment.approved', { treatmentId: T, patientId: RIMO_A, reason: 'Labs within range' }, minute(2)));
    await settled();
    const t = (await treatmentByExternal(A.id, T))!;
    expect(t).toMatchObject({ patientId: A.id, externalId: T, status: 'approved', product: 'Enclomiphene 12.5 mg' });
    expect(t.history.map((h) => [h.from, h.to, h.by, h.applied, h.at, h.reason])).toEqual([
      [null, 'pending', 'partner', true, minute(0), null],
      ['pending', 'under_review', 'partner', true, minute(1), null],
      ['under_review', 'approved', 'partner', true, minute(2), 'Labs within range'],
    ]);
  });

  it('lets a clinician of the patient move it (recorded with their id and reason), and refuses an illegal move with 409 naming the allowed ones', async () => {
    const t = (await treatmentByExternal(A.id, T))!;
    const moved = await rpc.request<TreatmentDetailDto>(TREATMENTS.treatmentTransition, { patientId: A.id, treatmentId: t.id, body: { to: 'active', reason: 'First dose given' } }, clinician);
    expect(moved.status).toBe('active');
    expect(moved.history.at(-1)).toMatchObject({ from: 'approved', to: 'active', by: 'clinician', actorId: clinician.principalId, reason: 'First dose given', applied: true });
    const illegal = await failure(rpc.request(TREATMENTS.treatmentTransition, { patientId: A.id, treatmentId: t.id, body: { to: 'approved' } }, clinician));
    expect(illegal?.code).toBe('CONFLICT');
    expect(illegal?.details).toEqual([expect.objectContaining({ field: 'to', from: 'active', allowed: ['paused', 'completed', 'cancelled'] })]);
    await expect(rpc.request(TREATMENTS.treatmentTransition, { patientId: A.id, treatmentId: t.id, body: { to: 'paused' } }, clinician)).resolves.toMatchObject({ status: 'paused' });
    await expect(rpc.request(TREATMENTS.treatmentTransition, { patientId: A.id, treatmentId: t.id, body: { to: 'active' } }, clinician)).resolves.toMatchObject({ status: 'active' });
  });

  it('is read by the patient, status only by the coordinator; a clinician off the team gets 404, a patient may not transition (403)', async () => {
    const t = (await treatmentByExternal(A.id, T))!;
    await expect(rpc.request<TreatmentDetailDto>(TREATMENTS.treatmentGet, { patientId: A.id, treatmentId: t.id }, self)).resolves.toMatchObject({ product: 'Enclomiphene 12.5 mg', status: 'active' });
    const seen = await rpc.request<Record<string, unknown>>(TREATMENTS.treatmentGet, { patientId: A.id, treatmentId: t.id }, coordinator);
    expect(Object.keys(seen).sort()).toEqual(['createdAt', 'externalId', 'id', 'patientId', 'status', 'updatedAt']);
    expect((await failure(rpc.request(TREATMENTS.treatmentGet, { patientId: A.id, treatmentId: t.id }, outsider)))?.code).toBe('NOT_FOUND');
    expect((await failure(rpc.request(TREATMENTS.treatmentTransition, { patientId: A.id, treatmentId: t.id, body: { to: 'paused' } }, self)))?.code).toBe('FORBIDDEN');
    expect((await failure(rpc.request(TREATMENTS.treatmentTransition, { patientId: A.id, treatmentId: t.id, body: { to: 'paused' } }, coordinator)))?.code).toBe('FORBIDDEN');
    expect((await failure(rpc.request(TREATMENTS.treatmentTransition, { patientId: A.id, treatmentId: t.id, body: { to: 'paused' } }, outsider)))?.code).toBe('NOT_FOUND');
  });

  it('publishes treatments.treatment.transitioned with ids and codes only, by partner and by clinician', async () => {
    const t = (await treatmentByExternal(A.id, T))!;
    const mine = await eventually('six transitions published', async () => {
      const found = (await domainEvents('treatments.treatment.transitioned')).filter((e) => e.treatmentId === t.id);
      return found.length >= 6 && found;
    });
    expect(mine.map((e) => [e.from, e.to, e.by])).toEqual([
      [null, 'pending', 'partner'], ['pending', 'under_review', 'partner'], ['under_review', 'approved', 'partner'],
      ['approved', 'active', 'clinician'], ['active', 'paused', 'clinician'], ['paused', 'active', 'clinician'],
    ]);
    for (const e of mine) expect(Object.keys(e).sort()).toEqual(['by', 'from', 'occurredAt', 'patientId', 'to', 'treatmentId']);
  });

  it('keeps an update for a treatment not seen yet until the treatment comes, then applies it', async () => {
    const late = `trt_${randomUUID().slice(0, 8)}`;
    await expect(deliver(event('treatment.approved', { treatmentId: late, patientId: RIMO_A }, minute(2)))).resolves.toMatchObject({ status: 'accepted' });
    await deliver(event('treatment.updated', { treatmentId: late, patientId: RIMO_A, status: 'under_review' }, minute(1)));
    await settled();
    expect(await treatmentByExternal(A.id, late)).toBeUndefined();
    await deliver(event('treatment.created', { treatmentId: late, patientId: RIMO_A }, minute(0)));
    await settled();
    const t = (await treatmentByExternal(A.id, late))!;
    expect(t.status).toBe('approved');
    expect(t.history.map((h) => [h.from, h.to, h.applied])).toEqual([[null, 'pending', true], ['pending', 'under_review', true], ['under_review', 'approved', true]]);
  });

  it('applies events while deliveries keep coming: processing yields to them, but never stops', async () => {
    await settled();
    // Four callers delivering without a pause all along. Once 40 were stored (processing caught up with some of them
    // meanwhile), the one looked for; the flood goes on until its treatment shows — or the deadline, which only a
    // processing that stopped while deliveries flow misses.
    let flooding = true;
    let stored = 0;
    const caller = async () => {
      while (flooding) {
        await deliver(event('treatment.created', { treatmentId: `trt_${randomUUID().slice(0, 8)}`, patientId: RIMO_A }, minute(0)));
        stored++;
      }
    };
    const callers = Promise.all([caller(), caller(), caller(), caller()]);
    try {
      await until('40 deliveries stored', async () => stored >= 40 || undefined, DEADLINE_MS);
      const marked = `trt_${randomUUID().slice(0, 8)}`;
      await deliver(event('treatment.created', { treatmentId: marked, patientId: RIMO_A }, minute(0)));
      const before = stored;
      const shown = await eventually('the marked treatment, during the flood', () => treatmentByExternal(A.id, marked));
      expect(shown.status).toBe('pending');
      expect(stored).toBeGreaterThan(before); // still flooding when it showed
    } finally {
      flooding = false;
      await callers;
    }
    await settled();
  });

  it('makes one transition of 20 concurrent deliveries of one event', async () => {
    const X = `trt_${randomUUID().slice(0, 8)}`;
    await deliver(event('treatment.created', { treatmentId: X, patientId: RIMO_A }, minute(0)));
    const once = event('treatment.updated', { treatmentId: X, patientId: RIMO_A, status: 'under_review' }, minute(1));
    const answers = await Promise.all(Array.from({ length: 20 }, () => deliver(once)));
    expect(answers.filter((a) => a.status === 'accepted')).toHaveLength(1);
    expect(answers.filter((a) => a.status === 'duplicate')).toHaveLength(19);
    await settled();
    const t = (await treatmentByExternal(A.id, X))!;
    expect(t.history.map((h) => h.to)).toEqual(['pending', 'under_review']);
    const published = await eventually('the transition published', async () => {
      const found = (await domainEvents('treatments.treatment.transitioned')).filter((e) => e.treatmentId === t.id && e.to === 'under_review');
      return found.length > 0 && found;
    });
    expect(published).toHaveLength(1);
  });
});

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}

describe('prescriptions', () => {
  const TREATMENT = `trt_${randomUUID().slice(0, 8)}`;

  it('ends every one of the 24 orderings of transmitted, processing, shipped, delivered in the same state and history', async () => {
    const orders = permutations([0, 1, 2, 3]);
    expect(orders).toHaveLength(24);
    const results = await Promise.all(orders.map(async (order, n) => {
      const orderId = `ord_perm_${n}_${randomUUID().slice(0, 6)}`;
      const base = { orderId, treatmentId: TREATMENT, patientId: RIMO_A };
      const events = [
        event('order.transmitted', { ...base, medication: 'Anastrozole 0.5 mg' }, minute(10)),
        event('order.processing', base, minute(20)),
        event('order.shipped', { ...base, carrier: 'UPS', trackingNumber: '1Z999AA10123456784' }, minute(30)),
        event('order.delivered', base, minute(40)),
      ];
      for (const i of order) await deliver(events[i]!);
      return { orderId, ids: events.map((e) => e.id) };
    }));
    await settled();
    for (const { orderId, ids } of results) {
      const p = (await prescriptionByExternal(A.id, orderId))!;
      expect(p).toMatchObject({ status: 'delivered', carrier: 'UPS', trackingNumber: '1Z999AA10123456784', medication: 'Anastrozole 0.5 mg', treatmentExternalId: TREATMENT });
      expect(p.fulfilment.map((f) => [f.eventId, f.from, f.status, f.at, f.applied])).toEqual([
        [ids[0], 'created', 'transmitted', minute(10), true],
        [ids[1], 'transmitted', 'processing', minute(20), true],
        [ids[2], 'processing', 'shipped', minute(30), true],
        [ids[3], 'shipped', 'delivered', minute(40), true],
      ]);
    }
  }, 120_000);

  it('applies a batch holding several events of one order and of one treatment, stored newest first, as if they came one by one in order', async () => {
    // Stored in one statement (as concurrent deliveries are), then processed: the processor takes up to 25 pending
    // events per transaction, so these eight are applied together, each seeing the ones before it in the batch.
    const orderId = `ord_batch_${randomUUID().slice(0, 6)}`;
    const treatmentId = `trt_batch_${randomUUID().slice(0, 6)}`;
    const order = { orderId, treatmentId: TREATMENT, patientId: RIMO_A };
    const trt = { treatmentId, patientId: RIMO_A };
    const events = [
      event('order.delivered', order, minute(40)),
      event('treatment.approved', trt, minute(3)),
      event('order.shipped', { ...order, carrier: 'UPS', trackingNumber: '1Z999AA10123456784' }, minute(30)),
      event('treatment.updated', { ...trt, status: 'under_review' }, minute(2)),
      event('order.processing', order, minute(20)),
      event('order.shipped', { ...order, carrier: 'FedEx', trackingNumber: '999999999999' }, minute(50)),
      event('order.transmitted', { ...order, medication: 'Anastrozole 0.5 mg' }, minute(10)),
      event('treatment.created', { ...trt, product: 'Anastrozole' }, minute(1)),
    ];
    await settled();
    const stored = await treatmentsApp.get(PartnerInboxRepository).store(events.map((e) => ({
      partner: 'rimo', eventId: e.id, payloadHash: randomUUID(), payload: { type: e.type, timestamp: e.timestamp, data: e.data }, requestId: null,
    })));
    expect(stored).toEqual(events.map(() => true));
    await settled();
    const p = (await prescriptionByExternal(A.id, orderId))!;
    // The shipment stamped after the delivery is kept, not applied: the parcel stays the one that was delivered.
    expect(p).toMatchObject({ status: 'delivered', carrier: 'UPS', trackingNumber: '1Z999AA10123456784', medication: 'Anastrozole 0.5 mg' });
    expect(p.fulfilment.map((f) => [f.eventId, f.from, f.status, f.applied])).toEqual([
      [events[6]!.id, 'created', 'transmitted', true],
      [events[4]!.id, 'transmitted', 'processing', true],
      [events[2]!.id, 'processing', 'shipped', true],
      [events[0]!.id, 'shipped', 'delivered', true],
      [events[5]!.id, 'delivered', 'shipped', false],
    ]);
    const t = (await treatmentByExternal(A.id, treatmentId))!;
    expect(t.status).toBe('approved');
    expect(t.history.map((h) => [h.from, h.to, h.applied])).toEqual([[null, 'pending', true], ['pending', 'under_review', true], ['under_review', 'approved', true]]);
  });

  it('never moves a delivered order back (a late shipped is kept in the history, not applied)', async () => {
    const orderId = `ord_${randomUUID().slice(0, 8)}`;
    const base = { orderId, treatmentId: TREATMENT, patientId: RIMO_A };
    await deliver(event('order.delivered', base, minute(40)));
    await deliver(event('order.shipped', { ...base, carrier: 'USPS', trackingNumber: '9400100000000000000000' }, minute(41)));
    await settled();
    const p = (await prescriptionByExternal(A.id, orderId))!;
    expect(p.status).toBe('delivered');
    expect(p.fulfilment.map((f) => [f.status, f.applied])).toEqual([['delivered', true], ['shipped', false]]);
  });

  it('gives a refill its own order and fulfilment, listed on the original', async () => {
    const original = `ord_${randomUUID().slice(0, 8)}`;
    const refill = `ord_${randomUUID().slice(0, 8)}`;
    await deliver(event('order.delivered', { orderId: original, treatmentId: TREATMENT, patientId: RIMO_A }, minute(40)));
    await deliver(event('order.shipped', { orderId: refill, treatmentId: TREATMENT, patientId: RIMO_A, carrier: 'FedEx', trackingNumber: '123456789012' }, minute(50)));
    await deliver(event('prescription.refilled', { orderId: refill, originalOrderId: original, refillNumber: 1, treatmentId: TREATMENT, patientId: RIMO_A }, minute(45)));
    await settled();
    const o = (await prescriptionByExternal(A.id, original))!;
    expect(o.status).toBe('delivered');
    expect(o.refills.map((r) => [r.externalId, r.refillNumber, r.status])).toEqual([[refill, 1, 'shipped']]);
    const r = (await prescriptionByExternal(A.id, refill))!;
    expect(r).toMatchObject({ refillOf: original, refillNumber: 1, status: 'shipped', carrier: 'FedEx' });
    expect(r.fulfilment.map((f) => f.status)).toEqual(['shipped']);
  });

  it('shows a coordinator status and tracking, not the medication; publishes treatments.prescription.updated', async () => {
    const orderId = `ord_${randomUUID().slice(0, 8)}`;
    await deliver(event('order.shipped', { orderId, treatmentId: TREATMENT, patientId: RIMO_A, medication: 'hCG 5000 IU', carrier: 'UPS', trackingNumber: '1Z0000000000000001' }, minute(30)));
    await settled();
    const seen = (await prescriptionByExternal(A.id, orderId, coordinator)) as unknown as Record<string, unknown>;
    expect(Object.keys(seen).sort()).toEqual(['carrier', 'createdAt', 'externalId', 'id', 'patientId', 'status', 'trackingNumber', 'updatedAt']);
    expect(seen).toMatchObject({ status: 'shipped', carrier: 'UPS', trackingNumber: '1Z0000000000000001' });
    const published = await eventually('the prescription event', async () => {
      const found = (await domainEvents('treatments.prescription.updated')).filter((e) => e.prescriptionId === seen.id);
      return found.length > 0 && found;
    });
    expect(published.map((e) => [e.patientId, e.status])).toEqual([[A.id, 'shipped']]);
  });
});

describe('an unknown patient', () => {
  const RIMO_C = `rimo-pat-c-${randomUUID().slice(0, 8)}`;
  const T = `trt_${randomUUID().slice(0, 8)}`;
  const ORDER = `ord_${randomUUID().slice(0, 8)}`;
  let first: Envelope;

  it('parks the event (2xx: stored), lists it for admins only, and keeps it parked while the identity is still unknown', async () => {
    first = event('treatment.created', { treatmentId: T, patientId: RIMO_C, product: 'Sermorelin' }, minute(0));
    await expect(deliver(first)).resolves.toEqual({ eventId: first.id, status: 'accepted' });
    await expect(deliver(first)).resolves.toEqual({ eventId: first.id, status: 'duplicate' });
    await expect(deliver(event('order.transmitted', { orderId: ORDER, treatmentId: T, patientId: RIMO_C }, minute(5)))).resolves.toMatchObject({ status: 'accepted' });
    await settled();
    const list = await rpc.request<Page<ParkedEventDto>>(TREATMENTS.rimoParkedList, { query: { status: 'parked', limit: 200 } }, admin);
    const parked = list.items.find((p) => p.eventId === first.id)!;
    expect(parked).toMatchObject({ partner: 'rimo', type: 'treatment.created', partnerPatientId: RIMO_C, status: 'parked', patientId: null, reason: 'no patient holds this identifier' });
    expect((await failure(rpc.request(TREATMENTS.rimoParkedList, { query: {} }, clinician)))?.code).toBe('FORBIDDEN');
    expect((await failure(rpc.request(TREATMENTS.rimoParkedReplay, { id: parked.id }, coordinator)))?.code).toBe('FORBIDDEN');
    await expect(rpc.request(TREATMENTS.rimoParkedReplay, { id: parked.id }, admin)).resolves.toMatchObject({ status: 'parked', attempts: 1 });
  });

  it('replays the parked events when the identity appears (a profile event), in any order, and never drops one', async () => {
    const C = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: { givenName: 'Cy', familyName: 'Late', birthDate: '1982-01-01', identifiers: [{ system: 'rimo', value: RIMO_C }] } }, admin);
    // What profiles-svc publishes when a profile changes (the listener reacts to any events.profiles.> event).
    nc.publish(world.ns.subject('events.profiles.patient.created'), JSON.stringify({ patientId: C.id, occurredAt: new Date().toISOString() }));
    await nc.flush();
    await treatmentsApp.get(ProfileEventsListener).trigger();
    const caring = actor(['clinician'], { careTeam: [C.id] });
    const t = (await treatmentByExternal(C.id, T, caring))!;
    expect(t).toMatchObject({ status: 'pending', product: 'Sermorelin', patientId: C.id });
    expect((await prescriptionByExternal(C.id, ORDER, caring))!.status).toBe('transmitted');
    const list = await rpc.request<Page<ParkedEventDto>>(TREATMENTS.rimoParkedList, { query: { limit: 200 } }, admin);
    expect(list.items.filter((p) => p.partnerPatientId === RIMO_C).map((p) => [p.status, p.patientId])).toEqual([['replayed', C.id], ['replayed', C.id]]);
    // A replay by an admin of one already replayed changes nothing.
    const one = list.items.find((p) => p.eventId === first.id)!;
    await expect(rpc.request(TREATMENTS.rimoParkedReplay, { id: one.id }, admin)).resolves.toMatchObject({ status: 'replayed' });
    expect((await treatmentByExternal(C.id, T, caring))!.history).toHaveLength(1);
    const audit = (await publishedAuditEvents(nc, world)).filter((e: AuditEvent) => e.resource.type === 'partner-event' && e.resource.patientId === C.id && e.actor.subject === 'partner:rimo');
    expect(audit).toHaveLength(2);
  });
});

describe('a merged patient', () => {
  it("lands the partner's events for the merged-away patient on the survivor (its Rimo id resolved before the merge)", async () => {
    const em = treatmentsApp.get(MikroORM).em.fork();
    // What this service's merge participant marks when A is merged into B (docs/identity.md, "Merges").
    await markPatientMerged(em, schema, A.id, B.id, new Date());
    const T2 = `trt_${randomUUID().slice(0, 8)}`;
    try {
      await expect(deliver(event('treatment.created', { treatmentId: T2, patientId: RIMO_A, product: 'Sermorelin' }))).resolves.toMatchObject({ status: 'accepted' });
      await settled();
      expect(await treatmentByExternal(B.id, T2, outsider)).toMatchObject({ patientId: B.id, product: 'Sermorelin' });
    } finally {
      await clearPatientMerged(em, schema, A.id);
    }
    expect(await treatmentByExternal(A.id, T2)).toBeUndefined();
  });
});

describe('schema', () => {
  it('maps its tables exactly as migrated', async () => {
    await expect(schemaDiff(treatmentsApp.get(MikroORM), schema)).resolves.toBe('');
  });
});
