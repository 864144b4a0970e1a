import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { INestMicroservice } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadServiceConfig } from '@pg/config';
import {
  DomainException, PROFILES, type CheckInDto, type CheckInTrendDto, type ConditionDto, type MedicationDto, type Page, type PatientDto, type RecordedCheckInDto,
} from '@pg/contracts';
import { startService, STREAM, type NatsRpcClient } from '@pg/messaging';
import {
  actor, createTestWorld, destroyTestWorld, migrateAsServiceRole, natsConnection, publishedAuditEvents, rejection, rpcClient, schemaDiff, type TestWorld,
} from '@pg/testing';
import { profilesOrmOptions } from '../src/mikro-orm.config.js';
import { ProfilesModule, SERVICE_NAME } from '../src/profiles.module.js';

/*
 * Issue 12, items 1, 2 and 4: the rest of the patient's record in profiles-svc, through its message patterns, on a
 * real PostgreSQL (logged in as the service's own DML-only role) and NATS. Expected answers are the issue's, API.md's,
 * RBAC.md's (docs/rbac.md's decisions) and FHIR's, written down here.
 */

let world: TestWorld;
let app: INestMicroservice;
let rpc: NatsRpcClient;
let nc: NatsConnection;

const admin = actor(['admin']);
const SNOMED = 'http://snomed.info/sct';
const ICD10CM = 'http://hl7.org/fhir/sid/icd-10-cm';
const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';

const newPatient = (over: Record<string, unknown> = {}) => ({ givenName: 'Ada', familyName: 'Lovelace', birthDate: '1985-12-10', email: 'ada@example.org', ...over });
const createPatient = (over: Record<string, unknown> = {}) => rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient(over) }, admin);
const code = async (p: Promise<unknown>) => (await rejection<DomainException>(p)).code;

/** Codes from the Synthea bundles of ../shared/data/fhir-synthea: the conditions' SNOMED CT and the medications' RxNorm codes. */
function syntheaCodes(): { snomed: string[]; rxnorm: string[] } {
  const dir = new URL('../../../../shared/data/fhir-synthea/', import.meta.url);
  const snomed = new Set<string>();
  const rxnorm = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const bundle = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { entry: { resource: Record<string, any> }[] };
    for (const { resource: r } of bundle.entry) {
      if (r.resourceType === 'Condition') for (const c of r.code.coding) if (c.system === SNOMED) snomed.add(c.code);
      if (r.resourceType === 'MedicationRequest') for (const c of r.medicationCodeableConcept?.coding ?? []) if (c.system === RXNORM) rxnorm.add(c.code);
    }
  }
  return { snomed: [...snomed], rxnorm: [...rxnorm] };
}
/** The same code with another last digit: a Verhoeff check digit catches every single-digit error. */
const wrongCheckDigit = (c: string) => `${c.slice(0, -1)}${(Number(c.at(-1)) + 1) % 10}`;

/** Domain events of this world's EVENTS stream under `events.<prefix>`, with their subject names (without namespace). */
async function domainEvents(prefix: string): Promise<{ name: string; body: Record<string, unknown> }[]> {
  const jsm = await jetstreamManager(nc);
  const stream = world.ns.stream(STREAM.events);
  const total = (await jsm.streams.info(stream)).state.messages;
  if (!total) return [];
  const consumer = await jetstream(nc).consumers.get(stream, { deliver_policy: DeliverPolicy.All, ack_policy: AckPolicy.None } as never);
  const out: { name: string; body: Record<string, unknown> }[] = [];
  for await (const m of await consumer.fetch({ max_messages: total, expires: 2000 })) {
    const at = m.subject.indexOf('events.');
    out.push({ name: m.subject.slice(at + 'events.'.length), body: m.json() });
    if (out.length >= total) break;
  }
  return out.filter((e) => e.name.startsWith(prefix));
}

beforeAll(async () => {
  world = await createTestWorld();
  const config = loadServiceConfig('profiles', await migrateAsServiceRole(world, 'profiles', 'read-write', profilesOrmOptions));
  app = await startService(SERVICE_NAME, ProfilesModule.forRoot(config) as never, config, { logger: false });
  rpc = await rpcClient(world);
  nc = await natsConnection();
}, 60_000);

afterAll(async () => {
  await rpc?.close();
  await nc?.close();
  await app?.close();
  if (world) await destroyTestWorld(world);
});

describe('profile fields of the seed: tags, metadata, time zone (issue 12, item 1)', () => {
  it('stores tags lowercase and once, metadata as given, and the canonical IANA name of the time zone', async () => {
    const p = await createPatient({ tags: ['VIP', 'vip', 'trt-onboarding'], metadata: { clerk: { plan: 'gold', seats: 2 }, source: 'import' }, timeZone: 'america/new_york' });
    expect(p).toMatchObject({ tags: ['vip', 'trt-onboarding'], metadata: { clerk: { plan: 'gold', seats: 2 }, source: 'import' }, timeZone: 'America/New_York' });
    await expect(rpc.request(PROFILES.patientGet, { patientId: p.id }, admin)).resolves.toMatchObject({ tags: ['vip', 'trt-onboarding'], timeZone: 'America/New_York' });
  });

  it.each([
    ['an unknown zone', { timeZone: 'Mars/Olympus_Mons' }, 'body.timeZone'],
    ['a UTC offset instead of a zone', { timeZone: '+01:00' }, 'body.timeZone'],
    ['metadata nested 5 levels', { metadata: { a: { b: { c: { d: { e: 1 } } } } } }, 'body.metadata'],
    ['metadata over 8 KB', { metadata: { blob: 'x'.repeat(1000), more: Array.from({ length: 9 }, () => 'y'.repeat(1000)) } }, 'body.metadata'],
    ['metadata with 101 keys', { metadata: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, i])) }, 'body.metadata'],
    ['metadata that is an array', { metadata: [1, 2] }, 'body.metadata'],
    ['a tag with a space', { tags: ['two words'] }, 'body.tags'],
    ['21 tags', { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'body.tags'],
  ])('refuses %s with VALIDATION_FAILED naming the field', async (_what, over, field) => {
    const err = await rejection<DomainException>(rpc.request(PROFILES.patientCreate, { body: newPatient(over) }, admin));
    expect([err.code, err.details?.map((d) => d.field)]).toEqual(['VALIDATION_FAILED', [field]]);
  });

  it('filters by tag (any case), exact email (any case, no prefix) and tier, only among live patients in scope', async () => {
    const family = `Tagged${randomUUID().slice(0, 8)}`;
    const tag = `cohort-${randomUUID().slice(0, 6)}`;
    const a = await createPatient({ familyName: family, givenName: 'Ann', tags: [tag], email: `ann.${tag}@example.org`, subscriptionTier: 'concierge' });
    const b = await createPatient({ familyName: family, givenName: 'Ben', tags: [tag, 'other'], subscriptionTier: 'essential' });
    await createPatient({ familyName: family, givenName: 'Cat', tags: ['other'], subscriptionTier: 'concierge' });
    const ids = async (query: Record<string, unknown>, who = admin) => (await rpc.request<Page<PatientDto>>(PROFILES.patientSearch, { query: { q: family, ...query } }, who)).items.map((p) => p.id);
    expect(await ids({ tag: tag.toUpperCase() })).toEqual([a.id, b.id]);
    expect(await ids({ tag, subscriptionTier: 'concierge' })).toEqual([a.id]);
    expect(await ids({ email: `ANN.${tag}@EXAMPLE.ORG` })).toEqual([a.id]);
    expect(await ids({ email: `ann.${tag}@example.or` })).toEqual([]);
    const clinician = actor(['clinician'], { careTeam: [b.id] });
    expect(await ids({ tag }, clinician)).toEqual([b.id]);
  });

  it('a coordinator reads the time zone but not tags or metadata, and filtering on a tag is FORBIDDEN', async () => {
    const p = await createPatient({ tags: ['vip'], metadata: { k: 'v' }, timeZone: 'Europe/Berlin' });
    const coordinator = actor(['coordinator'], { careTeam: [p.id] });
    const seen = await rpc.request<Record<string, unknown>>(PROFILES.patientGet, { patientId: p.id }, coordinator);
    expect(seen.timeZone).toBe('Europe/Berlin');
    expect(seen).not.toHaveProperty('tags');
    expect(seen).not.toHaveProperty('metadata');
    const refused = await rejection<DomainException>(rpc.request(PROFILES.patientSearch, { query: { tag: 'vip' } }, coordinator));
    expect([refused.code, refused.details?.map((d) => d.field)]).toEqual(['FORBIDDEN', ['tag']]);
    await expect(rpc.request<Page<PatientDto>>(PROFILES.patientSearch, { query: { email: 'ada@example.org', subscriptionTier: 'none' } }, coordinator))
      .resolves.toMatchObject({ items: [expect.objectContaining({ id: p.id })] });
  });

  it('a patient sets their own time zone but not their tags or metadata; an admin writes tags and metadata', async () => {
    const p = await createPatient();
    const self = actor(['patient'], { patientId: p.id });
    await expect(rpc.request(PROFILES.patientUpdate, { patientId: p.id, body: { timeZone: 'Asia/Tokyo' } }, self)).resolves.toMatchObject({ timeZone: 'Asia/Tokyo', version: 2 });
    for (const body of [{ tags: ['vip'] }, { metadata: { a: 1 } }]) {
      const refused = await rejection<DomainException>(rpc.request(PROFILES.patientUpdate, { patientId: p.id, body }, self));
      expect([refused.code, refused.details?.map((d) => d.field)]).toEqual(['FORBIDDEN', Object.keys(body)]);
    }
    await expect(rpc.request(PROFILES.patientUpdate, { patientId: p.id, ifMatch: 2, body: { tags: ['Lead'], metadata: { crm: 'x1' }, timeZone: null } }, admin))
      .resolves.toMatchObject({ tags: ['lead'], metadata: { crm: 'x1' }, timeZone: null, version: 3 });
  });

  it('refuses null for a field a profile cannot be without (400, not a database error), and clears the optional ones', async () => {
    const p = await createPatient({ tags: ['vip'], phone: '+1 415 555 2671', metadata: { a: 1 } });
    for (const field of ['givenName', 'familyName', 'subscriptionTier', 'status', 'tags']) {
      const err = await rejection<DomainException>(rpc.request(PROFILES.patientUpdate, { patientId: p.id, body: { [field]: null } }, admin));
      expect([field, err.code, [...new Set(err.details?.map((d) => d.field))]]).toEqual([field, 'VALIDATION_FAILED', [`body.${field}`]]);
    }
    await expect(rpc.request(PROFILES.patientUpdate, { patientId: p.id, body: { phone: null, metadata: null } }, admin)).resolves.toMatchObject({ phone: null, metadata: {}, tags: ['vip'], version: 2 });
  });
});

describe('soft delete and restore by an admin with a reason (issue 12, item 1)', () => {
  it('hides the patient and their records from every read, list and search (404 as if it never existed), and restore brings all back', async () => {
    const family = `Deleted${randomUUID().slice(0, 8)}`;
    const p = await createPatient({ familyName: family, tags: ['gone'] });
    const clinician = actor(['clinician'], { careTeam: [p.id] });
    const self = actor(['patient'], { patientId: p.id });
    const condition = await rpc.request<ConditionDto>(PROFILES.conditionCreate, { patientId: p.id, body: { code: { system: SNOMED, code: '15777000', display: 'Prediabetes' }, clinicalStatus: 'active' } }, clinician);
    await rpc.request(PROFILES.medicationCreate, { patientId: p.id, body: { name: 'Metformin 500 MG', status: 'active' } }, clinician);
    await rpc.request(PROFILES.checkInRecord, { patientId: p.id, body: { date: '2026-01-05', energy: 5, mood: 5, focus: 5, sleepQuality: 5 } }, self);

    const deleted = await rpc.request<{ deletedAt: string; retainUntil: string }>(PROFILES.patientDelete, { patientId: p.id, body: { reason: 'Duplicate created by the intake form' } }, admin);
    // Kept at least 7 years: retainUntil is the deletion's instant 7 calendar years later.
    const at = new Date(deleted.deletedAt);
    expect(deleted.retainUntil).toBe(new Date(Date.UTC(at.getUTCFullYear() + 7, at.getUTCMonth(), at.getUTCDate(), at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds(), at.getUTCMilliseconds())).toISOString());

    for (const who of [admin, clinician, self]) expect(await code(rpc.request(PROFILES.patientGet, { patientId: p.id }, who))).toBe('NOT_FOUND');
    expect(await code(rpc.request(PROFILES.patientUpdate, { patientId: p.id, body: { email: 'x@example.org' } }, admin))).toBe('NOT_FOUND');
    expect(await code(rpc.request(PROFILES.patientDeactivate, { patientId: p.id }, admin))).toBe('NOT_FOUND');
    expect(await code(rpc.request(PROFILES.patientDelete, { patientId: p.id, body: { reason: 'again' } }, admin))).toBe('NOT_FOUND');
    expect((await rpc.request<Page<PatientDto>>(PROFILES.patientSearch, { query: { q: family } }, admin)).items).toEqual([]);
    expect((await rpc.request<Page<PatientDto>>(PROFILES.patientSearch, { query: { tag: 'gone', q: family } }, clinician)).items).toEqual([]);
    for (const [pattern, body] of [
      [PROFILES.conditionList, { patientId: p.id, query: {} }], [PROFILES.conditionGet, { patientId: p.id, conditionId: condition.id }],
      [PROFILES.conditionCreate, { patientId: p.id, body: { code: { display: 'x' }, clinicalStatus: 'active' } }],
      [PROFILES.medicationList, { patientId: p.id, query: {} }], [PROFILES.checkInList, { patientId: p.id, query: {} }],
      [PROFILES.checkInTrend, { patientId: p.id, query: {} }],
    ] as const) {
      expect([pattern, await code(rpc.request(pattern, body, clinician))]).toEqual([pattern, 'NOT_FOUND']);
    }
    expect(await code(rpc.request(PROFILES.checkInRecord, { patientId: p.id, body: { date: '2026-01-06', energy: 1, mood: 1, focus: 1, sleepQuality: 1 } }, self))).toBe('NOT_FOUND');

    const restored = await rpc.request<PatientDto>(PROFILES.patientRestore, { patientId: p.id, body: { reason: 'Deleted the wrong record' } }, admin);
    expect(restored).toMatchObject({ id: p.id, familyName: family, status: 'active' });
    await expect(rpc.request(PROFILES.patientGet, { patientId: p.id }, clinician)).resolves.toMatchObject({ id: p.id });
    expect((await rpc.request<Page<ConditionDto>>(PROFILES.conditionList, { patientId: p.id, query: {} }, clinician)).items.map((c) => c.id)).toEqual([condition.id]);
    expect((await rpc.request<Page<CheckInDto>>(PROFILES.checkInList, { patientId: p.id, query: {} }, self)).items.map((c) => c.date)).toEqual(['2026-01-05']);
    expect((await rpc.request<Page<PatientDto>>(PROFILES.patientSearch, { query: { q: family } }, admin)).items.map((x) => x.id)).toEqual([p.id]);

    // Audited (ids, never the reason), and announced on EVENTS with ids only.
    const audit = (await publishedAuditEvents(nc, world)).filter((e) => e.actor.principalId === admin.principalId && e.resource.patientId === p.id);
    expect(audit).toContainEqual(expect.objectContaining({ action: 'delete', outcome: 'success', resource: { type: 'patient', id: p.id, patientId: p.id } }));
    expect(audit).toContainEqual(expect.objectContaining({ action: 'update', outcome: 'success', resource: { type: 'patient', id: p.id, patientId: p.id } }));
    expect(JSON.stringify(audit)).not.toContain('intake form');
    const events = (await domainEvents('profiles.patient.')).filter((e) => e.body.patientId === p.id);
    expect(events.filter((e) => e.name !== 'profiles.patient.changed').map((e) => [e.name, Object.keys(e.body).sort()])).toEqual([
      ['profiles.patient.deleted', ['occurredAt', 'patientId']],
      ['profiles.patient.restored', ['occurredAt', 'patientId']],
    ]);
    // Its creation was announced too (identity-svc's match index follows it), with ids only.
    expect(events.find((e) => e.name === 'profiles.patient.changed')?.body).toEqual({ patientId: p.id, occurredAt: expect.any(String) });
  });

  it("a merged patient's records answer as the patient: 404 naming the survivor to who may read it, a bare 404 to others", async () => {
    const source = await createPatient({ familyName: `Merged${randomUUID().slice(0, 8)}` });
    const target = await createPatient();
    const clinician = actor(['clinician'], { careTeam: [source.id] }); // on the source's team, not the survivor's
    const both = actor(['clinician'], { careTeam: [source.id, target.id] });
    const condition = await rpc.request<ConditionDto>(PROFILES.conditionCreate, { patientId: source.id, body: { code: { display: 'Prediabetes' }, clinicalStatus: 'active' } }, clinician);
    // What the merge participant marks on the source when a merge completes (docs/identity.md, "Merges").
    const em = app.get(MikroORM).em.fork();
    await em.execute(`update "${em.config.get('schema')}"."patient" set "merged_into" = ? where "id" = ?`, [target.id, source.id]);

    const answer = async (p: Promise<unknown>) => {
      const e = await rejection<DomainException>(p);
      return { code: e.code, details: e.details };
    };
    const merged = { code: 'NOT_FOUND', details: [{ mergedInto: target.id }] };
    expect(await answer(rpc.request(PROFILES.patientGet, { patientId: source.id }, both))).toEqual(merged);
    for (const [pattern, body] of [
      [PROFILES.conditionList, { patientId: source.id, query: {} }], [PROFILES.conditionGet, { patientId: source.id, conditionId: condition.id }],
      [PROFILES.medicationList, { patientId: source.id, query: {} }], [PROFILES.checkInList, { patientId: source.id, query: {} }],
      [PROFILES.checkInTrend, { patientId: source.id, query: {} }],
    ] as const) {
      expect([pattern, await answer(rpc.request(pattern, body, both))]).toEqual([pattern, merged]);
      expect([pattern, await answer(rpc.request(pattern, body, clinician))]).toEqual([pattern, { code: 'NOT_FOUND', details: [] }]);
    }
  });

  it('only an admin deletes or restores, with a reason; restoring a live patient is a CONFLICT, an unknown one NOT_FOUND', async () => {
    const p = await createPatient();
    const clinician = actor(['clinician'], { careTeam: [p.id] });
    expect(await code(rpc.request(PROFILES.patientDelete, { patientId: p.id, body: { reason: 'not mine to delete' } }, clinician))).toBe('FORBIDDEN');
    expect(await code(rpc.request(PROFILES.patientDelete, { patientId: p.id, body: {} }, admin))).toBe('VALIDATION_FAILED');
    expect(await code(rpc.request(PROFILES.patientRestore, { patientId: p.id, body: { reason: 'nothing to undo' } }, admin))).toBe('CONFLICT');
    expect(await code(rpc.request(PROFILES.patientRestore, { patientId: randomUUID(), body: { reason: 'nobody' } }, admin))).toBe('NOT_FOUND');
    await expect(rpc.request(PROFILES.patientGet, { patientId: p.id }, admin)).resolves.toMatchObject({ version: 1 });
  });
});

describe('conditions (issue 12, item 2)', () => {
  const { snomed } = syntheaCodes();
  const ICD10_VALID = ['E11.9', 'I10', 'E78.5', 'U07.1', 'S72.001A'];
  const cases: [string, string, string, boolean][] = [
    ...snomed.map((c): [string, string, string, boolean] => ['SNOMED CT (Synthea)', SNOMED, c, true]),
    ...snomed.slice(0, 5).map((c): [string, string, string, boolean] => ['SNOMED CT, wrong check digit', SNOMED, wrongCheckDigit(c), false]),
    ...ICD10_VALID.map((c): [string, string, string, boolean] => ['ICD-10-CM', ICD10CM, c, true]),
    ['ICD-10-CM lowercase', ICD10CM, 'e11.9', false], ['ICD-10-CM, digit first', ICD10CM, '1E1.9', false],
    ['RxNorm is not a condition system', RXNORM, '310965', false],
  ];

  it('reads SNOMED CT conditions from the Synthea bundles', () => {
    expect(snomed.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('%s %s|%s valid=%s', async (_what, system, value, valid) => {
    const p = await createPatient();
    const clinician = actor(['clinician'], { careTeam: [p.id] });
    const req = rpc.request<ConditionDto>(PROFILES.conditionCreate, { patientId: p.id, body: { code: { system, code: value, display: 'Coded' }, clinicalStatus: 'active' } }, clinician);
    if (valid) {
      await expect(req).resolves.toMatchObject({ patientId: p.id, code: { system, code: value, display: 'Coded' }, version: 1 });
    } else {
      const err = await rejection<DomainException>(req);
      expect(err.code).toBe('VALIDATION_FAILED');
      expect(err.details?.map((d) => d.field)).toEqual([system === RXNORM ? 'body.code.system' : 'body.code.code']);
    }
  });

  it('takes text without a code, but not a system without a code; FHIR value sets and con-4 (abated → inactive, remission or resolved)', async () => {
    const p = await createPatient();
    const clinician = actor(['clinician'], { careTeam: [p.id] });
    const create = (body: Record<string, unknown>) => rpc.request<ConditionDto>(PROFILES.conditionCreate, { patientId: p.id, body }, clinician);
    await expect(create({ code: { display: 'Low libido' }, clinicalStatus: 'active', verificationStatus: 'provisional', onsetDate: '2025-03-01', note: 'Reported at intake' }))
      .resolves.toMatchObject({ code: { system: null, code: null, display: 'Low libido' }, verificationStatus: 'provisional', onsetDate: '2025-03-01' });
    expect((await rejection<DomainException>(create({ code: { system: SNOMED, display: 'x' }, clinicalStatus: 'active' }))).details?.map((d) => d.field)).toEqual(['body.code.code']);
    expect((await rejection<DomainException>(create({ code: { display: 'x' }, clinicalStatus: 'cured' }))).details?.map((d) => d.field)).toEqual(['body.clinicalStatus']);
    expect((await rejection<DomainException>(create({ code: { display: 'x' }, clinicalStatus: 'active', verificationStatus: 'maybe' }))).details?.map((d) => d.field)).toEqual(['body.verificationStatus']);
    expect((await rejection<DomainException>(create({ code: { display: 'x' }, clinicalStatus: 'active', abatementDate: '2025-05-01' }))).details?.map((d) => d.field)).toEqual(['clinicalStatus']);
    expect((await rejection<DomainException>(create({ code: { display: 'x' }, clinicalStatus: 'resolved', onsetDate: '2025-05-01', abatementDate: '2025-04-01' }))).details?.map((d) => d.field)).toEqual(['abatementDate']);
    await expect(create({ code: { display: 'Flu' }, clinicalStatus: 'resolved', onsetDate: '2025-04-01', abatementDate: '2025-04-10' })).resolves.toMatchObject({ abatementDate: '2025-04-10' });
  });

  it('is versioned: If-Match with the current version updates, a stale one is a CONFLICT that changes nothing; DELETE removes it from every read', async () => {
    const p = await createPatient();
    const clinician = actor(['clinician'], { careTeam: [p.id] });
    const c = await rpc.request<ConditionDto>(PROFILES.conditionCreate, { patientId: p.id, body: { code: { system: ICD10CM, code: 'E11.9', display: 'Type 2 diabetes mellitus without complications' }, clinicalStatus: 'active' } }, clinician);
    const updated = await rpc.request<ConditionDto>(PROFILES.conditionUpdate, { patientId: p.id, conditionId: c.id, ifMatch: 1, body: { clinicalStatus: 'remission', note: 'HbA1c normal' } }, clinician);
    expect(updated).toMatchObject({ clinicalStatus: 'remission', note: 'HbA1c normal', version: 2 });
    const stale = await rejection<DomainException>(rpc.request(PROFILES.conditionUpdate, { patientId: p.id, conditionId: c.id, ifMatch: 1, body: { clinicalStatus: 'active' } }, clinician));
    expect(stale.code).toBe('CONFLICT');
    expect(await code(rpc.request(PROFILES.conditionDelete, { patientId: p.id, conditionId: c.id, ifMatch: 1 }, clinician))).toBe('CONFLICT');
    for (const body of [{ clinicalStatus: null }, { code: null }]) {
      expect(await code(rpc.request(PROFILES.conditionUpdate, { patientId: p.id, conditionId: c.id, body }, clinician))).toBe('VALIDATION_FAILED');
    }
    await expect(rpc.request(PROFILES.conditionGet, { patientId: p.id, conditionId: c.id }, clinician)).resolves.toEqual(updated);
    await rpc.request(PROFILES.conditionDelete, { patientId: p.id, conditionId: c.id, ifMatch: 2 }, clinician);
    expect(await code(rpc.request(PROFILES.conditionGet, { patientId: p.id, conditionId: c.id }, clinician))).toBe('NOT_FOUND');
    expect(await code(rpc.request(PROFILES.conditionUpdate, { patientId: p.id, conditionId: c.id, body: { note: 'x' } }, clinician))).toBe('NOT_FOUND');
    expect((await rpc.request<Page<ConditionDto>>(PROFILES.conditionList, { patientId: p.id, query: {} }, clinician)).items).toEqual([]);
  });

  it('lists newest first in cursor pages, filtered by clinicalStatus (the PROFILES.conditionList contract)', async () => {
    const p = await createPatient();
    const clinician = actor(['clinician'], { careTeam: [p.id] });
    const made: ConditionDto[] = [];
    for (const [display, clinicalStatus] of [['A', 'active'], ['B', 'resolved'], ['C', 'active'], ['D', 'relapse']]) {
      made.push(await rpc.request<ConditionDto>(PROFILES.conditionCreate, { patientId: p.id, body: { code: { display }, clinicalStatus } }, clinician));
    }
    const first = await rpc.request<Page<ConditionDto>>(PROFILES.conditionList, { patientId: p.id, query: { limit: 3 } }, clinician);
    expect(first.items.map((c) => c.code.display)).toEqual(['D', 'C', 'B']);
    const second = await rpc.request<Page<ConditionDto>>(PROFILES.conditionList, { patientId: p.id, query: { limit: 3, cursor: first.nextCursor } }, clinician);
    expect([second.items.map((c) => c.code.display), second.nextCursor]).toEqual([['A'], null]);
    const active = await rpc.request<Page<ConditionDto>>(PROFILES.conditionList, { patientId: p.id, query: { clinicalStatus: 'active' } }, clinician);
    expect(active.items.map((c) => c.code.display)).toEqual(['C', 'A']);
    expect(await code(rpc.request(PROFILES.conditionList, { patientId: p.id, query: { cursor: 'forged-cursor' } }, clinician))).toBe('VALIDATION_FAILED');
  });

  it('who: coordinators 403 (RBAC.md), off the team or another patient 404, the patient reads but never writes, a service reads only with the scope', async () => {
    const p = await createPatient();
    const other = await createPatient({ givenName: 'Other' });
    const clinician = actor(['clinician'], { careTeam: [p.id] });
    const c = await rpc.request<ConditionDto>(PROFILES.conditionCreate, { patientId: p.id, body: { code: { display: 'Hypogonadism' }, clinicalStatus: 'active' } }, clinician);
    const coordinator = actor(['coordinator'], { careTeam: [p.id] });
    expect(await code(rpc.request(PROFILES.conditionList, { patientId: p.id, query: {} }, coordinator))).toBe('FORBIDDEN');
    expect(await code(rpc.request(PROFILES.conditionGet, { patientId: p.id, conditionId: c.id }, coordinator))).toBe('FORBIDDEN');
    expect(await code(rpc.request(PROFILES.conditionList, { patientId: other.id, query: {} }, clinician))).toBe('NOT_FOUND');
    // Another patient's condition id under one's own patient: not found.
    expect(await code(rpc.request(PROFILES.conditionGet, { patientId: other.id, conditionId: c.id }, actor(['clinician'], { careTeam: [other.id] })))).toBe('NOT_FOUND');
    const self = actor(['patient'], { patientId: p.id });
    await expect(rpc.request(PROFILES.conditionGet, { patientId: p.id, conditionId: c.id }, self)).resolves.toMatchObject({ id: c.id });
    expect(await code(rpc.request(PROFILES.conditionUpdate, { patientId: p.id, conditionId: c.id, body: { note: 'mine' } }, self))).toBe('FORBIDDEN');
    expect(await code(rpc.request(PROFILES.conditionList, { patientId: p.id, query: {} }, actor(['patient'], { patientId: other.id })))).toBe('NOT_FOUND');
    expect(await code(rpc.request(PROFILES.conditionList, { patientId: p.id, query: {} }, admin))).toBe('FORBIDDEN');
    const assistant = actor(['service'], { scopes: ['conditions:read', 'medications:read'], onBehalfOf: p.id });
    await expect(rpc.request<Page<ConditionDto>>(PROFILES.conditionList, { patientId: p.id, query: { clinicalStatus: 'active' } }, assistant))
      .resolves.toMatchObject({ items: [expect.objectContaining({ id: c.id })], nextCursor: null });
    expect(await code(rpc.request(PROFILES.conditionList, { patientId: other.id, query: {} }, assistant))).toBe('NOT_FOUND');
    expect(await code(rpc.request(PROFILES.conditionList, { patientId: p.id, query: {} }, actor(['service'], { scopes: ['profiles:read'] })))).toBe('FORBIDDEN');
    const denied = (await publishedAuditEvents(nc, world)).filter((e) => e.actor.principalId === coordinator.principalId);
    expect(denied.every((e) => e.outcome === 'denied')).toBe(true);
    expect(denied.length).toBe(2);
  });
});

describe('medications (issue 12, item 2)', () => {
  const { rxnorm } = syntheaCodes();

  it.each([
    ...rxnorm.map((c): [string, string, boolean] => [RXNORM, c, true]),
    [RXNORM, '0310965', false], [RXNORM, '31096A', false], [ICD10CM, 'E11.9', false],
    [SNOMED, '387517004', true], [SNOMED, wrongCheckDigit('387517004'), false],
  ])('%s|%s valid=%s', async (system, value, valid) => {
    const p = await createPatient();
    const clinician = actor(['clinician'], { careTeam: [p.id] });
    const req = rpc.request<MedicationDto>(PROFILES.medicationCreate, { patientId: p.id, body: { code: { system, code: value, display: 'Coded' }, name: 'Coded medication', status: 'active' } }, clinician);
    if (valid) await expect(req).resolves.toMatchObject({ code: { system, code: value, display: 'Coded' } });
    else expect((await rejection<DomainException>(req)).code).toBe('VALIDATION_FAILED');
  });

  it('records dose, route, frequency, start and end; versioned with If-Match; lists by status; removed ones are gone', async () => {
    const p = await createPatient();
    const clinician = actor(['clinician'], { careTeam: [p.id] });
    const create = (body: Record<string, unknown>) => rpc.request<MedicationDto>(PROFILES.medicationCreate, { patientId: p.id, body }, clinician);
    const trt = await create({ code: { system: RXNORM, code: '835827', display: 'testosterone cypionate 200 MG/ML Injectable Solution' }, name: 'Testosterone cypionate 200 mg/mL', dose: '100 mg', route: 'intramuscular', frequency: 'weekly', status: 'active', startDate: '2025-06-01' });
    expect(trt).toMatchObject({ dose: '100 mg', route: 'intramuscular', frequency: 'weekly', status: 'active', startDate: '2025-06-01', endDate: null, version: 1 });
    const old = await create({ name: 'Clomiphene 25 mg', status: 'completed', startDate: '2025-01-01', endDate: '2025-03-01' });
    expect((await rejection<DomainException>(create({ name: 'x', status: 'active', route: 'by mouth' }))).details?.map((d) => d.field)).toEqual(['body.route']);
    expect((await rejection<DomainException>(create({ name: 'x', status: 'taking' }))).details?.map((d) => d.field)).toEqual(['body.status']);
    expect((await rejection<DomainException>(create({ name: 'x', status: 'active', startDate: '2025-03-01', endDate: '2025-02-01' }))).details?.map((d) => d.field)).toEqual(['endDate']);
    const stopped = await rpc.request<MedicationDto>(PROFILES.medicationUpdate, { patientId: p.id, medicationId: trt.id, ifMatch: 1, body: { status: 'stopped', endDate: '2025-12-01', dose: null } }, clinician);
    expect(stopped).toMatchObject({ status: 'stopped', endDate: '2025-12-01', dose: null, version: 2 });
    expect(await code(rpc.request(PROFILES.medicationUpdate, { patientId: p.id, medicationId: trt.id, ifMatch: 1, body: { status: 'active' } }, clinician))).toBe('CONFLICT');
    for (const body of [{ name: null }, { status: null }]) {
      expect(await code(rpc.request(PROFILES.medicationUpdate, { patientId: p.id, medicationId: trt.id, body }, clinician))).toBe('VALIDATION_FAILED');
    }
    const list = async (query: Record<string, unknown>) => (await rpc.request<Page<MedicationDto>>(PROFILES.medicationList, { patientId: p.id, query }, clinician)).items.map((m) => m.id);
    expect(await list({})).toEqual([old.id, trt.id]);
    expect(await list({ status: 'stopped' })).toEqual([trt.id]);
    await rpc.request(PROFILES.medicationDelete, { patientId: p.id, medicationId: old.id }, clinician);
    expect(await list({})).toEqual([trt.id]);
    const coordinator = actor(['coordinator'], { careTeam: [p.id] });
    expect(await code(rpc.request(PROFILES.medicationList, { patientId: p.id, query: {} }, coordinator))).toBe('FORBIDDEN');
    expect(await code(rpc.request(PROFILES.medicationList, { patientId: p.id, query: {} }, actor(['clinician'], { careTeam: [] })))).toBe('NOT_FOUND');
  });
});

describe('daily check-ins (issue 12, item 4)', () => {
  it('one per patient and day: the first is created, a second that day replaces it (same id, next version), and each is announced for the timeline', async () => {
    const p = await createPatient();
    const self = actor(['patient'], { patientId: p.id });
    const first = await rpc.request<RecordedCheckInDto>(PROFILES.checkInRecord, { patientId: p.id, body: { date: '2026-02-01', energy: 3, mood: 4, focus: 5, sleepQuality: 6, note: 'Tired' } }, self);
    expect(first).toMatchObject({ created: true, date: '2026-02-01', energy: 3, mood: 4, focus: 5, sleepQuality: 6, note: 'Tired', version: 1 });
    const second = await rpc.request<RecordedCheckInDto>(PROFILES.checkInRecord, { patientId: p.id, body: { date: '2026-02-01', energy: 7, mood: 7, focus: 7, sleepQuality: 7 } }, self);
    expect(second).toMatchObject({ created: false, id: first.id, energy: 7, note: null, version: 2 });
    const list = await rpc.request<Page<CheckInDto>>(PROFILES.checkInList, { patientId: p.id, query: {} }, self);
    expect(list.items.map((c) => [c.id, c.energy])).toEqual([[first.id, 7]]);
    const events = (await domainEvents('profiles.checkin.')).filter((e) => e.body.patientId === p.id);
    expect(events.map((e) => e.name)).toEqual(['profiles.checkin.recorded', 'profiles.checkin.recorded']);
    expect(events.map((e) => ({ ...e.body, occurredAt: typeof e.body.occurredAt }))).toEqual([
      { checkInId: first.id, patientId: p.id, date: '2026-02-01', occurredAt: 'string' },
      { checkInId: first.id, patientId: p.id, date: '2026-02-01', occurredAt: 'string' },
    ]);
  });

  it("takes scores 0–10 only, and no day after the patient's today in their time zone", async () => {
    // Pacific/Kiritimati is UTC+14 all year: its today is the UTC date of now + 14 hours.
    const p = await createPatient({ timeZone: 'Pacific/Kiritimati' });
    const self = actor(['patient'], { patientId: p.id });
    const theirToday = new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);
    const theirTomorrow = new Date(Date.now() + 38 * 3_600_000).toISOString().slice(0, 10);
    const record = (body: Record<string, unknown>) => rpc.request<RecordedCheckInDto>(PROFILES.checkInRecord, { patientId: p.id, body: { energy: 5, mood: 5, focus: 5, sleepQuality: 5, ...body } }, self);
    await expect(record({ date: theirToday })).resolves.toMatchObject({ created: true, date: theirToday });
    expect((await rejection<DomainException>(record({ date: theirTomorrow }))).details?.map((d) => d.field)).toEqual(['date']);
    expect((await rejection<DomainException>(record({ date: '2026-02-30' }))).details?.map((d) => d.field)).toEqual(['date']);
    expect((await rejection<DomainException>(record({ date: '2026-01-01', energy: 11 }))).details?.map((d) => d.field)).toEqual(['body.energy']);
    expect((await rejection<DomainException>(record({ date: '2026-01-01', sleepQuality: 2.5 }))).details?.map((d) => d.field)).toEqual(['body.sleepQuality']);
    // A note spans lines, but holds no other control character (C0 or C1) and no lone surrogate.
    await expect(record({ date: '2026-01-02', note: 'Slept badly.\nWoke at 4.\tAgain.' })).resolves.toMatchObject({ note: 'Slept badly.\nWoke at 4.\tAgain.' });
    for (const bad of ['\u0000', '\u001b[2J', '\u0085', '\ud800']) {
      expect((await rejection<DomainException>(record({ date: '2026-01-03', note: `a${bad}b` }))).details?.map((d) => d.field)).toEqual(['body.note']);
    }
  });

  it('who: the patient writes their own; the clinician reads but never writes; coordinators 403; another patient 404', async () => {
    const p = await createPatient();
    const other = await createPatient({ givenName: 'Other' });
    const body = { date: '2026-01-10', energy: 5, mood: 5, focus: 5, sleepQuality: 5 };
    const clinician = actor(['clinician'], { careTeam: [p.id] });
    expect(await code(rpc.request(PROFILES.checkInRecord, { patientId: p.id, body }, clinician))).toBe('FORBIDDEN');
    expect(await code(rpc.request(PROFILES.checkInRecord, { patientId: other.id, body }, actor(['patient'], { patientId: p.id })))).toBe('NOT_FOUND');
    await rpc.request(PROFILES.checkInRecord, { patientId: p.id, body }, actor(['patient'], { patientId: p.id }));
    await expect(rpc.request<Page<CheckInDto>>(PROFILES.checkInList, { patientId: p.id, query: {} }, clinician)).resolves.toMatchObject({ items: [expect.objectContaining({ date: '2026-01-10' })] });
    expect(await code(rpc.request(PROFILES.checkInList, { patientId: p.id, query: {} }, actor(['coordinator'], { careTeam: [p.id] })))).toBe('FORBIDDEN');
    expect(await code(rpc.request(PROFILES.checkInTrend, { patientId: p.id, query: {} }, actor(['patient'], { patientId: other.id })))).toBe('NOT_FOUND');
    // The assistant records a check-in for the patient it acts for (scope checkins:write), never for another one.
    const assistant = actor(['service'], { scopes: ['checkins:write'], onBehalfOf: p.id });
    await expect(rpc.request(PROFILES.checkInRecord, { patientId: p.id, body: { ...body, date: '2026-01-11' } }, assistant)).resolves.toMatchObject({ created: true });
    expect(await code(rpc.request(PROFILES.checkInRecord, { patientId: other.id, body }, assistant))).toBe('NOT_FOUND');
    expect(await code(rpc.request(PROFILES.checkInList, { patientId: p.id, query: {} }, assistant))).toBe('FORBIDDEN');
    // Break-glass reads the one patient it names, never writes there.
    const glass = actor(['clinician'], { careTeam: [], breakGlass: { reason: 'Unconscious in the emergency room, no care team reachable', patientId: other.id } });
    await expect(rpc.request(PROFILES.checkInList, { patientId: other.id, query: {} }, glass)).resolves.toMatchObject({ items: [] });
    expect(await code(rpc.request(PROFILES.checkInList, { patientId: p.id, query: {} }, glass))).toBe('NOT_FOUND');
  });

  it('lists a range newest first in pages, and trends each metric (mean, min, max, 7-day rolling mean, direction)', async () => {
    const p = await createPatient();
    const self = actor(['patient'], { patientId: p.id });
    const days: [string, number, number, number, number][] = [
      // date, energy, mood, focus, sleepQuality
      ['2026-01-01', 2, 5, 9, 5], ['2026-01-03', 4, 5, 8, 6], ['2026-01-08', 6, 5, 7, 5], ['2026-01-10', 8, 5, 6, 6], ['2026-01-14', 10, 5, 5, 5],
      ['2026-01-20', 0, 0, 0, 0],
    ];
    for (const [date, energy, mood, focus, sleepQuality] of days) {
      await rpc.request(PROFILES.checkInRecord, { patientId: p.id, body: { date, energy, mood, focus, sleepQuality } }, self);
    }
    const page1 = await rpc.request<Page<CheckInDto>>(PROFILES.checkInList, { patientId: p.id, query: { from: '2026-01-02', to: '2026-01-14', limit: 2 } }, self);
    expect(page1.items.map((c) => c.date)).toEqual(['2026-01-14', '2026-01-10']);
    const page2 = await rpc.request<Page<CheckInDto>>(PROFILES.checkInList, { patientId: p.id, query: { from: '2026-01-02', to: '2026-01-14', limit: 2, cursor: page1.nextCursor } }, self);
    expect([page2.items.map((c) => c.date), page2.nextCursor]).toEqual([['2026-01-08', '2026-01-03'], null]);

    const trend = await rpc.request<CheckInTrendDto>(PROFILES.checkInTrend, { patientId: p.id, query: { from: '2026-01-01', to: '2026-01-14' } }, actor(['clinician'], { careTeam: [p.id] }));
    // Worked by hand from the formulas of the API (docs/clinical-record.md): last week Jan 8–14 against Jan 1–7.
    expect(trend).toEqual({
      patientId: p.id, from: '2026-01-01', to: '2026-01-14',
      metrics: {
        energy: { count: 5, mean: 6, min: 2, max: 10, direction: 'up', rolling7: [{ date: '2026-01-01', mean: 2 }, { date: '2026-01-03', mean: 3 }, { date: '2026-01-08', mean: 5 }, { date: '2026-01-10', mean: 7 }, { date: '2026-01-14', mean: 8 }] },
        mood: { count: 5, mean: 5, min: 5, max: 5, direction: 'same', rolling7: ['01', '03', '08', '10', '14'].map((d) => ({ date: `2026-01-${d}`, mean: 5 })) },
        focus: { count: 5, mean: 7, min: 5, max: 9, direction: 'down', rolling7: [{ date: '2026-01-01', mean: 9 }, { date: '2026-01-03', mean: 8.5 }, { date: '2026-01-08', mean: 7.5 }, { date: '2026-01-10', mean: 6.5 }, { date: '2026-01-14', mean: 6 }] },
        sleepQuality: { count: 5, mean: 5.4, min: 5, max: 6, direction: 'same', rolling7: [{ date: '2026-01-01', mean: 5 }, { date: '2026-01-03', mean: 5.5 }, { date: '2026-01-08', mean: 5.5 }, { date: '2026-01-10', mean: 5.5 }, { date: '2026-01-14', mean: 5.33 }] },
      },
    });
    expect(await code(rpc.request(PROFILES.checkInTrend, { patientId: p.id, query: { from: '2025-01-01', to: '2026-01-14' } }, self))).toBe('VALIDATION_FAILED');
    expect(await code(rpc.request(PROFILES.checkInTrend, { patientId: p.id, query: { from: '2026-01-14', to: '2026-01-01' } }, self))).toBe('VALIDATION_FAILED');
  });
});

describe('schema', () => {
  it('matches the entities: the migrations leave nothing for the ORM to change', async () => {
    await expect(schemaDiff(app.get(MikroORM), world.serviceConfig('profiles').dbSchema)).resolves.toBe('');
  });
});
