import { randomUUID } from 'node:crypto';
import type { INestMicroservice } from '@nestjs/common';
import { headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import { DomainException, PROFILES, type PatientDto, type Page } from '@pg/contracts';
import { jetstreamManager } from '@nats-io/jetstream';
import { MikroORM } from '@mikro-orm/postgresql';
import { ensureStreams, startService, STREAM, type NatsRpcClient } from '@pg/messaging';
import { migrate } from '@pg/persistence';
import { rejection, actor, createTestWorld, destroyTestWorld, natsConnection, publishedAuditEvents, rpcClient, schemaDiff, type TestWorld } from '@pg/testing';
import { profilesOrmOptions } from '../src/mikro-orm.config.js';
import { ProfilesModule, SERVICE_NAME } from '../src/profiles.module.js';

let world: TestWorld;
let app: INestMicroservice;
let rpc: NatsRpcClient;
let nc: NatsConnection;

const admin = actor(['admin']);
const newPatient = (over: Record<string, unknown> = {}) => ({
  givenName: 'Ada', familyName: 'Lovelace', birthDate: '1985-12-10', sexAtBirth: 'female', email: 'Ada@Example.org', phone: '+1 415 555 2671', ...over,
});

/** Every patient row an admin sees, all pages: ids and versions (a "nothing changed" check compares these, not a count). */
async function allRows(): Promise<string[]> {
  const rows: string[] = [];
  let cursor: string | null | undefined;
  do {
    const page = await rpc.request<Page<PatientDto>>(PROFILES.patientSearch, { query: { limit: 200, ...(cursor ? { cursor } : {}) } }, admin);
    rows.push(...page.items.map((p) => `${p.id}@${p.version}`));
    cursor = page.nextCursor;
  } while (cursor);
  return rows.sort();
}

beforeAll(async () => {
  world = await createTestWorld();
  const config = world.serviceConfig('profiles');
  await migrate(profilesOrmOptions(config));
  app = await startService(SERVICE_NAME, ProfilesModule.forRoot(config) as never, config, { logger: false });
  rpc = await rpcClient(world);
  nc = await natsConnection();
});

afterAll(async () => {
  await rpc?.close();
  await nc?.close();
  await app?.close();
  if (world) await destroyTestWorld(world);
});

describe('profiles-svc over NATS', () => {
  it('answers its health check without an actor', async () => {
    await expect(rpc.request(PROFILES.health, {}, null)).resolves.toMatchObject({ status: 'ok', service: 'profiles-svc', db: 'up' });
  });

  it('creates a patient for an admin, normalizing email and phone, and records the access', async () => {
    const created = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient() }, admin);
    expect(created).toMatchObject({ givenName: 'Ada', email: 'ada@example.org', phone: '+14155552671', status: 'active', version: 1 });
    const events = await publishedAuditEvents(nc, world);
    expect(events).toContainEqual(expect.objectContaining({
      action: 'create', outcome: 'success', resource: { type: 'patient', id: created.id, patientId: created.id },
    }));
  });

  it('lets a clinician read a care-team patient and hides anyone else as not found', async () => {
    const p = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient() }, admin);
    const other = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient({ givenName: 'Bob' }) }, admin);
    const clinician = actor(['clinician'], { careTeam: [p.id] });
    await expect(rpc.request(PROFILES.patientGet, { patientId: p.id }, clinician)).resolves.toMatchObject({ id: p.id, birthDate: '1985-12-10' });
    const err = await rejection<DomainException>(rpc.request(PROFILES.patientGet, { patientId: other.id }, clinician));
    expect(err.code).toBe('NOT_FOUND');
    const missing = await rejection<DomainException>(rpc.request(PROFILES.patientGet, { patientId: randomUUID() }, clinician));
    expect(missing.code).toBe('NOT_FOUND');
    const events = await publishedAuditEvents(nc, world);
    expect(events).toContainEqual(expect.objectContaining({ action: 'read', outcome: 'denied', resource: { type: 'patient', id: other.id, patientId: other.id } }));
  });

  it('gives a coordinator no clinical fields', async () => {
    const p = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient() }, admin);
    const coordinator = actor(['coordinator'], { careTeam: [p.id] });
    const seen = await rpc.request<Record<string, unknown>>(PROFILES.patientGet, { patientId: p.id }, coordinator);
    expect(seen.givenName).toBe('Ada');
    expect(seen).not.toHaveProperty('birthDate');
    expect(seen).not.toHaveProperty('sexAtBirth');
  });

  it('lets a patient change their contact fields but not their tier, and changes nothing when refused', async () => {
    const p = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient() }, admin);
    const self = actor(['patient'], { patientId: p.id });
    const refused = await rejection<DomainException>(rpc.request(PROFILES.patientUpdate, { patientId: p.id, body: { email: 'new@example.org', subscriptionTier: 'concierge' } }, self));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.details).toEqual([expect.objectContaining({ field: 'subscriptionTier' })]);
    await expect(rpc.request(PROFILES.patientGet, { patientId: p.id }, self)).resolves.toMatchObject({ email: 'ada@example.org', subscriptionTier: 'none', version: 1 });
    const updated = await rpc.request<PatientDto>(PROFILES.patientUpdate, { patientId: p.id, ifMatch: 1, body: { email: 'new@example.org' } }, self);
    expect(updated).toMatchObject({ email: 'new@example.org', version: 2 });
    const stale = await rejection<DomainException>(rpc.request(PROFILES.patientUpdate, { patientId: p.id, ifMatch: 1, body: { phone: '+14155550000' } }, self));
    expect(stale.code).toBe('CONFLICT');
  });

  it('refuses unknown fields and malformed values with VALIDATION_FAILED and stores nothing', async () => {
    const before = await allRows();
    const unknown = await rejection<DomainException>(rpc.request(PROFILES.patientCreate, { body: { ...newPatient(), isAdmin: true } }, admin));
    expect(unknown.code).toBe('VALIDATION_FAILED');
    expect(unknown.details).toContainEqual(expect.objectContaining({ field: 'body.isAdmin' }));
    const bad = await rejection<DomainException>(rpc.request(PROFILES.patientCreate, { body: newPatient({ birthDate: '2999-01-01', email: 'nope' }) }, admin));
    expect(bad.details?.map((d) => d.field).sort()).toEqual(['body.birthDate', 'body.email']);
    expect(await allRows()).toEqual(before);
  });

  it('searches only within scope, in pages, and records one event per patient returned', async () => {
    const team = await Promise.all(['Ann', 'Ben', 'Cat'].map((g) => rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient({ givenName: g, familyName: 'Zeta' }) }, admin)));
    const outsider = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient({ givenName: 'Dan', familyName: 'Zeta' }) }, admin);
    const clinician = actor(['clinician'], { careTeam: team.map((t) => t.id) });
    const first = await rpc.request<Page<PatientDto>>(PROFILES.patientSearch, { query: { q: 'zet', limit: 2 } }, clinician);
    expect(first.items.map((p) => p.givenName)).toEqual(['Ann', 'Ben']);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await rpc.request<Page<PatientDto>>(PROFILES.patientSearch, { query: { q: 'zet', limit: 2, cursor: first.nextCursor } }, clinician);
    expect(second.items.map((p) => p.givenName)).toEqual(['Cat']);
    expect(second.nextCursor).toBeNull();
    const events = await publishedAuditEvents(nc, world);
    const mine = events.filter((e) => e.actor.principalId === clinician.principalId && e.action === 'search');
    expect(mine.filter((e) => e.resource.patientId).map((e) => e.resource.patientId).sort()).toEqual(team.map((t) => t.id).sort());
    expect(mine.some((e) => e.resource.patientId === outsider.id)).toBe(false);
    expect(mine.find((e) => e.query)?.query).toEqual({ q: '[present]', limit: 2 });
  });

  it('refuses a message with no context or a forged one, and records the refusal', async () => {
    const p = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient() }, admin);
    const none = await rejection<DomainException>(rpc.requestRaw(PROFILES.patientGet, { patientId: p.id }));
    expect(none.code).toBe('UNAUTHENTICATED');
    const h = natsHeaders();
    const forged = actor(['admin']);
    h.set('x-request-id', 'forged-1');
    h.set('x-actor-context', Buffer.from(JSON.stringify({ actor: forged, requestId: 'forged-1', exp: Date.now() + 60000 })).toString('base64url'));
    h.set('x-actor-signature', 'not-a-real-signature');
    const bad = await rejection<DomainException>(rpc.requestRaw(PROFILES.patientGet, { patientId: p.id }, h));
    expect(bad.code).toBe('UNAUTHENTICATED');
    const events = await publishedAuditEvents(nc, world);
    expect(events).toContainEqual(expect.objectContaining({ outcome: 'denied', reason: 'context-missing', resource: expect.objectContaining({ patientId: p.id }) }));
    expect(events).toContainEqual(expect.objectContaining({ outcome: 'denied', reason: 'context-bad-signature', actor: expect.objectContaining({ principalId: forged.principalId, kind: 'anonymous' }) }));
  });
});

describe('break-glass binds to one patient read by id (issue 8, item 1)', () => {
  const REASON = 'Unconscious in the emergency room, no care team reachable';

  it('a break-glass bound to a patient off the care team reads that patient, flagged with the reason', async () => {
    const off = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient({ givenName: 'Glass' }) }, admin);
    const clinician = actor(['clinician'], { careTeam: [], breakGlass: { reason: REASON, patientId: off.id } });
    await expect(rpc.request(PROFILES.patientGet, { patientId: off.id }, clinician)).resolves.toMatchObject({ id: off.id, birthDate: '1985-12-10' });
    const events = await publishedAuditEvents(nc, world);
    expect(events.filter((e) => e.actor.principalId === clinician.principalId)).toEqual([
      expect.objectContaining({ action: 'read', outcome: 'success', breakGlass: { reason: REASON }, resource: expect.objectContaining({ patientId: off.id }) }),
    ]);
  });

  it('the same context names one patient: another one off the team is not found, and it writes nothing', async () => {
    const bound = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient({ givenName: 'Bound' }) }, admin);
    const other = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient({ givenName: 'Other' }) }, admin);
    const clinician = actor(['clinician'], { careTeam: [], breakGlass: { reason: REASON, patientId: bound.id } });
    expect((await rejection<DomainException>(rpc.request(PROFILES.patientGet, { patientId: other.id }, clinician))).code).toBe('NOT_FOUND');
    // A clinician never updates a profile (403), break-glass or not.
    expect((await rejection<DomainException>(rpc.request(PROFILES.patientUpdate, { patientId: bound.id, body: { email: 'x@example.org' } }, clinician))).code).toBe('FORBIDDEN');
    await expect(rpc.request(PROFILES.patientGet, { patientId: bound.id }, admin)).resolves.toMatchObject({ email: 'ada@example.org', version: 1 });
  });

  it('a search never widens with break-glass, bound or refused: only the care team comes back, and the event says refused', async () => {
    const family = `Glasswing${randomUUID().slice(0, 8)}`;
    const [mine, off] = await Promise.all(['Mine', 'Off'].map((g) => rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient({ givenName: g, familyName: family }) }, admin)));
    const bound = actor(['clinician'], { careTeam: [mine!.id], breakGlass: { reason: REASON, patientId: off!.id } });
    const refused = actor(['clinician'], { careTeam: [mine!.id], breakGlass: { reason: REASON, refused: true } });
    for (const who of [bound, refused]) {
      const page = await rpc.request<Page<PatientDto>>(PROFILES.patientSearch, { query: { q: family.toLowerCase(), limit: 50 } }, who);
      expect(page.items.map((p) => p.id)).toEqual([mine!.id]);
    }
    const events = (await publishedAuditEvents(nc, world)).filter((e) => e.actor.principalId === refused.principalId);
    expect(events.map((e) => [e.resource.patientId ?? null, e.breakGlass])).toEqual([[null, { reason: REASON, refused: true }], [mine!.id, { reason: REASON, refused: true }]]);
  });

  it('flags only a clinician\'s break-glass, and stores at most 200 characters of the reason', async () => {
    const p = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient() }, admin);
    const coordinator = actor(['coordinator'], { careTeam: [p.id], breakGlass: { reason: REASON, patientId: p.id } });
    await rpc.request(PROFILES.patientGet, { patientId: p.id }, coordinator);
    const long = `${'a'.repeat(150)}${'b'.repeat(150)}`;
    const clinician = actor(['clinician'], { careTeam: [], breakGlass: { reason: long, patientId: p.id } });
    await rpc.request(PROFILES.patientGet, { patientId: p.id }, clinician);
    const events = await publishedAuditEvents(nc, world);
    expect(events.find((e) => e.actor.principalId === coordinator.principalId)).not.toHaveProperty('breakGlass');
    expect(events.find((e) => e.actor.principalId === clinician.principalId)?.breakGlass).toEqual({ reason: `${'a'.repeat(150)}${'b'.repeat(50)}` });
  });
});

describe('field rules on filters and writes (issue 8, items 2 and 3)', () => {
  it('a coordinator filtering on birth date is FORBIDDEN, returns nothing, and is recorded as denied', async () => {
    const p = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient({ birthDate: '1961-07-08' }) }, admin);
    const coordinator = actor(['coordinator'], { careTeam: [p.id] });
    const refused = await rejection<DomainException>(rpc.request(PROFILES.patientSearch, { query: { birthDate: '1961-07-08' } }, coordinator));
    expect([refused.code, refused.details?.map((d) => d.field)]).toEqual(['FORBIDDEN', ['birthDate']]);
    // The same coordinator may search by name and status (fields it reads).
    const page = await rpc.request<Page<PatientDto>>(PROFILES.patientSearch, { query: { q: 'lovelace', status: 'active' } }, coordinator);
    expect(page.items.map((x) => x.id)).toEqual([p.id]);
    const events = (await publishedAuditEvents(nc, world)).filter((e) => e.actor.principalId === coordinator.principalId);
    expect(events).toContainEqual(expect.objectContaining({ action: 'search', outcome: 'denied', reason: 'FORBIDDEN' }));
    expect(events.filter((e) => e.outcome === 'denied').every((e) => !e.resource.patientId)).toBe(true);
  });

  it('a principal who is a patient and a coordinator filters birth dates of their own record only', async () => {
    const own = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient({ birthDate: '1955-05-05' }) }, admin);
    const coordinated = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient({ birthDate: '1955-05-05' }) }, admin);
    const both = actor(['patient', 'coordinator'], { patientId: own.id, careTeam: [coordinated.id] });
    const byBirthDate = await rpc.request<Page<PatientDto>>(PROFILES.patientSearch, { query: { birthDate: '1955-05-05' } }, both);
    expect(byBirthDate.items.map((x) => x.id)).toEqual([own.id]);
    // Without the birth-date filter both are listed (the coordinated one without its birth date).
    const all = await rpc.request<Page<Partial<PatientDto>>>(PROFILES.patientSearch, { query: { status: 'active' } }, both);
    expect(all.items.map((x) => [x.id, 'birthDate' in x]).sort()).toEqual([[own.id, true], [coordinated.id, false]].sort());
  });

  it('a patient writing tier, status or identifiers is FORBIDDEN and the row keeps its version', async () => {
    const p = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient() }, admin);
    const self = actor(['patient'], { patientId: p.id });
    const before = await rpc.request<PatientDto>(PROFILES.patientGet, { patientId: p.id }, admin);
    for (const body of [{ subscriptionTier: 'concierge' }, { status: 'inactive' }, { identifiers: [{ system: 'mrn', value: 'X-1' }] }]) {
      const refused = await rejection<DomainException>(rpc.request(PROFILES.patientUpdate, { patientId: p.id, body }, self));
      expect([refused.code, refused.details?.map((d) => d.field)]).toEqual(['FORBIDDEN', Object.keys(body)]);
    }
    expect(await rpc.request<PatientDto>(PROFILES.patientGet, { patientId: p.id }, admin)).toEqual(before);
  });

  it('nobody writes identifiers through PATCH, not even an admin', async () => {
    const p = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient() }, admin);
    const refused = await rejection<DomainException>(rpc.request(PROFILES.patientUpdate, { patientId: p.id, body: { identifiers: [{ system: 'mrn', value: 'X-2' }] } }, admin));
    expect(refused.code).toBe('FORBIDDEN');
    await expect(rpc.request(PROFILES.patientGet, { patientId: p.id }, admin)).resolves.toMatchObject({ identifiers: [], version: 1 });
  });
});

describe('audit of searches', () => {
  it('records that a birth date or an identifier was searched for, never the value (PHI)', async () => {
    const searcher = actor(['admin']);
    await rpc.request(PROFILES.patientSearch, { query: { birthDate: '1985-12-10', identifier: 'mrn|12345', status: 'active', limit: 5 } }, searcher);
    const events = await publishedAuditEvents(nc, world);
    const search = events.find((e) => e.actor.principalId === searcher.principalId && e.query);
    expect(search?.query).toEqual({ birthDate: '[present]', identifier: '[present]', status: 'active', limit: 5 });
    expect(JSON.stringify(events)).not.toContain('1985-12-10');
  });
});

describe('fail closed on writes', () => {
  it('rolls a change back when the audit stream cannot record it: 503, nothing changed', async () => {
    const p = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient() }, admin);
    const before = await allRows();
    const jsm = await jetstreamManager(nc);
    await jsm.streams.delete(world.ns.stream(STREAM.audit));
    try {
      const update = await rejection<DomainException>(rpc.request(PROFILES.patientUpdate, { patientId: p.id, body: { email: 'unrecorded@example.org' } }, admin));
      expect(update.code).toBe('UNAVAILABLE');
      const create = await rejection<DomainException>(rpc.request(PROFILES.patientCreate, { body: newPatient({ givenName: 'Ghost' }) }, admin));
      expect(create.code).toBe('UNAVAILABLE');
      const read = await rejection<DomainException>(rpc.request(PROFILES.patientGet, { patientId: p.id }, admin));
      expect(read.code).toBe('UNAVAILABLE');
    } finally {
      await ensureStreams(nc, world.ns);
    }
    await expect(rpc.request(PROFILES.patientGet, { patientId: p.id }, admin)).resolves.toMatchObject({ email: 'ada@example.org', version: 1 });
    expect(await allRows()).toEqual(before);
  });
});

describe('schema', () => {
  it('matches the entities: the migrations leave nothing for the ORM to change', async () => {
    const schema = world.serviceConfig('profiles').dbSchema;
    await expect(schemaDiff(app.get(MikroORM), schema)).resolves.toBe('');
  });
});
