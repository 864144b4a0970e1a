import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import type { INestMicroservice } from '@nestjs/common';
import { jetstreamManager } from '@nats-io/jetstream';
import type { Msg, NatsConnection, Subscription } from '@nats-io/transport-node';
import {
  type ActorContext, type CareTeamMemberDto, DomainException, IDENTITY, IDENTITY_EVENTS, type Page, type PrincipalDto, PRINCIPALS_RESOLVE_SCOPE,
  type ResolvedPrincipalDto, type Role,
} from '@pg/contracts';
import { startService, STREAM, type NatsRpcClient } from '@pg/messaging';
import { migrate } from '@pg/persistence';
import { rejection, actor, createTestWorld, destroyTestWorld, natsConnection, publishedAuditEvents, rpcClient, schemaDiff, uniqueSuffix, type TestWorld } from '@pg/testing';
import { IdentityModule, SERVICE_NAME } from '../src/identity.module.js';
import { identityOrmOptions } from '../src/mikro-orm.config.js';

const BOOT_ADMIN = 'boot-admin';
const DAY = 24 * 60 * 60 * 1000;

let world: TestWorld;
let app: INestMicroservice;
let rpc: NatsRpcClient;
let nc: NatsConnection;

const admin = actor(['admin']);
/** The gateway's context when it resolves a subject. */
const gateway = actor(['service'], { scopes: [PRINCIPALS_RESOLVE_SCOPE], purposeOfUse: 'operations' });

/** Every request id sent (health aside): the last test checks each one left an audit event. */
const sentRequestIds: string[] = [];

function call<T>(pattern: string, data: unknown, who: ActorContext | null): Promise<T> {
  const requestId = randomUUID();
  sentRequestIds.push(requestId);
  return rpc.request<T>(pattern, data, who, { requestId });
}


const subject = (prefix = 'user') => `${prefix}|${uniqueSuffix()}`;
const createPrincipal = (roles: Role[], over: Record<string, unknown> = {}) =>
  call<PrincipalDto>(IDENTITY.principalCreate, { body: { subject: subject(), displayName: 'Test Person', roles, ...over } }, admin);
const addMember = (patientId: string, body: Record<string, unknown>) => call<CareTeamMemberDto>(IDENTITY.careTeamAdd, { patientId, body }, admin);
const resolve = (sub: string, who: ActorContext | null = gateway) => call<ResolvedPrincipalDto>(IDENTITY.principalResolve, { subject: sub }, who);
const listTeam = (patientId: string, who: ActorContext, query: Record<string, unknown> = {}) =>
  call<Page<CareTeamMemberDto>>(IDENTITY.careTeamList, { patientId, query }, who);

/** Collects what arrives on a core NATS subscription until `count` messages came or the wait ends. */
async function collect(sub: Subscription, count: number, timeoutMs = 3000): Promise<Msg[]> {
  const out: Msg[] = [];
  const timer = setTimeout(() => sub.unsubscribe(), timeoutMs);
  for await (const m of sub) {
    out.push(m);
    if (out.length >= count) break;
  }
  clearTimeout(timer);
  sub.unsubscribe();
  return out;
}

beforeAll(async () => {
  world = await createTestWorld({ BOOTSTRAP_ADMIN_SUBJECT: BOOT_ADMIN });
  const config = world.serviceConfig('identity');
  await migrate(identityOrmOptions(config));
  app = await startService(SERVICE_NAME, IdentityModule.forRoot(world.identityConfig()) as never, config, { logger: false });
  rpc = await rpcClient(world);
  nc = await natsConnection();
});

afterAll(async () => {
  await rpc?.close();
  await nc?.close();
  await app?.close();
  if (world) await destroyTestWorld(world);
});

describe('identity-svc over NATS', () => {
  it('answers its health check without an actor', async () => {
    await expect(rpc.request(IDENTITY.health, {}, null)).resolves.toMatchObject({ status: 'ok', service: 'identity-svc', db: 'up' });
  });

  it('creates the bootstrap admin once at boot, and records its creation', async () => {
    const boot = await resolve(BOOT_ADMIN);
    expect(boot).toMatchObject({ subject: BOOT_ADMIN, kind: 'user', roles: ['admin'], patientId: null, careTeam: [] });
    // A second instance booting with the same setting finds the principal and creates nothing.
    const config = world.serviceConfig('identity');
    const second = await startService(SERVICE_NAME, IdentityModule.forRoot(world.identityConfig()) as never, config, { logger: false });
    await second.close();
    const admins = await call<Page<PrincipalDto>>(IDENTITY.principalList, { query: { role: 'admin', limit: 200 } }, admin);
    expect(admins.items.filter((p) => p.subject === BOOT_ADMIN)).toHaveLength(1);
    const events = await publishedAuditEvents(nc, world);
    const created = events.filter((e) => e.action === 'create' && e.resource.type === 'principal' && e.resource.id === boot.principalId);
    expect(created).toEqual([expect.objectContaining({ outcome: 'success', actor: { principalId: null, subject: null, roles: [], kind: 'service' } })]);
  });

  it('resolves a subject with the care teams active now only, and records the login', async () => {
    const clinician = await createPrincipal(['clinician']);
    const [current, alsoCurrent, ended, upcoming] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await addMember(current, { principalId: clinician.id, role: 'clinician' });
    await addMember(alsoCurrent, { principalId: clinician.id, role: 'clinician', since: new Date(Date.now() - 30 * DAY).toISOString(), until: new Date(Date.now() + DAY).toISOString() });
    await addMember(ended, { principalId: clinician.id, role: 'clinician', since: new Date(Date.now() - 10 * DAY).toISOString(), until: new Date(Date.now() - DAY).toISOString() });
    await addMember(upcoming, { principalId: clinician.id, role: 'clinician', since: new Date(Date.now() + DAY).toISOString() });

    const resolved = await resolve(clinician.subject);
    expect(resolved).toMatchObject({ principalId: clinician.id, subject: clinician.subject, kind: 'user', roles: ['clinician'], patientId: null, scopes: [] });
    expect([...resolved.careTeam].sort()).toEqual([current, alsoCurrent].sort());

    const events = await publishedAuditEvents(nc, world);
    expect(events).toContainEqual(expect.objectContaining({
      action: 'login', outcome: 'success', resource: { type: 'principal', id: clinician.id }, actor: expect.objectContaining({ principalId: gateway.principalId, kind: 'service' }),
    }));
  });

  it('counts a membership only while the principal holds its role', async () => {
    const p = await createPrincipal(['clinician']);
    const patientId = randomUUID();
    await addMember(patientId, { principalId: p.id, role: 'clinician' });
    expect((await resolve(p.subject)).careTeam).toEqual([patientId]);
    await call(IDENTITY.principalUpdate, { principalId: p.id, body: { roles: ['coordinator'] } }, admin);
    expect(await resolve(p.subject)).toMatchObject({ roles: ['coordinator'], careTeam: [] });
  });

  it('answers NOT_FOUND for an unknown or deactivated subject, and FORBIDDEN to anyone but the gateway', async () => {
    const unknown = await rejection<DomainException>(resolve(subject('nobody')));
    expect(unknown.code).toBe('NOT_FOUND');

    const p = await createPrincipal(['coordinator']);
    await call(IDENTITY.principalDeactivate, { principalId: p.id }, admin);
    expect((await rejection<DomainException>(resolve(p.subject))).code).toBe('NOT_FOUND');

    const active = await createPrincipal(['clinician']);
    expect((await rejection<DomainException>(resolve(active.subject, admin))).code).toBe('FORBIDDEN');
    expect((await rejection<DomainException>(resolve(active.subject, actor(['service'], { scopes: ['profiles:read'] })))).code).toBe('FORBIDDEN');
    // A user context carrying a scope: the gateway's key signs no scopes (issue 8), so the service refuses the context itself.
    expect((await rejection<DomainException>(resolve(active.subject, actor(['clinician'], { scopes: [PRINCIPALS_RESOLVE_SCOPE] })))).code).toBe('UNAUTHENTICATED');

    const events = await publishedAuditEvents(nc, world);
    expect(events.filter((e) => e.action === 'login' && e.actor.principalId === admin.principalId)).toEqual([
      expect.objectContaining({ outcome: 'denied', reason: 'FORBIDDEN' }),
    ]);
    expect(events).toContainEqual(expect.objectContaining({ action: 'login', outcome: 'error', reason: 'NOT_FOUND', actor: expect.objectContaining({ principalId: gateway.principalId }) }));
  });

  it("returns the caller's own principal, with a patient's binding in the audit record", async () => {
    const patientId = randomUUID();
    const p = await createPrincipal(['patient'], { patientId });
    const me = await call<PrincipalDto>(IDENTITY.meGet, {}, actor(['patient'], { principalId: p.id, subject: p.subject, patientId }));
    expect(me).toMatchObject({ id: p.id, subject: p.subject, roles: ['patient'], patientId, status: 'active' });
    const stranger = await rejection<DomainException>(call(IDENTITY.meGet, {}, actor(['clinician'])));
    expect(stranger.code).toBe('NOT_FOUND');
    const events = await publishedAuditEvents(nc, world);
    expect(events).toContainEqual(expect.objectContaining({
      action: 'read', outcome: 'success', actor: expect.objectContaining({ principalId: p.id }), resource: { type: 'principal', id: p.id, patientId },
    }));
  });

  it('lets an admin create, read, update, list and deactivate principals', async () => {
    const sub = subject('crud');
    const created = await call<PrincipalDto>(IDENTITY.principalCreate, { body: { subject: sub, displayName: '  Grace Hopper ', roles: ['clinician'] } }, admin);
    expect(created).toMatchObject({ subject: sub, displayName: 'Grace Hopper', kind: 'user', roles: ['clinician'], patientId: null, scopes: [], status: 'active', version: 1 });
    await expect(call(IDENTITY.principalGet, { principalId: created.id }, admin)).resolves.toEqual(created);

    const dup = await rejection<DomainException>(call(IDENTITY.principalCreate, { body: { subject: sub, displayName: 'Someone Else', roles: ['auditor'] } }, admin));
    expect(dup.code).toBe('CONFLICT');

    const updated = await call<PrincipalDto>(IDENTITY.principalUpdate, { principalId: created.id, ifMatch: 1, body: { roles: ['clinician', 'coordinator'], displayName: 'Dr Hopper' } }, admin);
    expect(updated).toMatchObject({ roles: ['clinician', 'coordinator'], displayName: 'Dr Hopper', version: 2 });
    const stale = await rejection<DomainException>(call(IDENTITY.principalUpdate, { principalId: created.id, ifMatch: 1, body: { displayName: 'Late' } }, admin));
    expect(stale.code).toBe('CONFLICT');

    const coordinators = await call<Page<PrincipalDto>>(IDENTITY.principalList, { query: { role: 'coordinator', status: 'active', limit: 200 } }, admin);
    expect(coordinators.items.map((p) => p.id)).toContain(created.id);
    expect(coordinators.items.every((p) => p.roles.includes('coordinator') && p.status === 'active')).toBe(true);

    const gone = await call<PrincipalDto>(IDENTITY.principalDeactivate, { principalId: created.id }, admin);
    expect(gone).toMatchObject({ status: 'deactivated', version: 3 });
    const again = await call<PrincipalDto>(IDENTITY.principalDeactivate, { principalId: created.id }, admin);
    expect(again).toMatchObject({ status: 'deactivated', version: 3 });
    const active = await call<Page<PrincipalDto>>(IDENTITY.principalList, { query: { status: 'active', limit: 200 } }, admin);
    expect(active.items.map((p) => p.id)).not.toContain(created.id);
    expect((await rejection<DomainException>(call(IDENTITY.principalGet, { principalId: randomUUID() }, admin))).code).toBe('NOT_FOUND');

    const events = await publishedAuditEvents(nc, world);
    expect(events).toContainEqual(expect.objectContaining({ action: 'create', outcome: 'success', resource: { type: 'principal', id: created.id } }));
    expect(events).toContainEqual(expect.objectContaining({ action: 'delete', outcome: 'success', resource: { type: 'principal', id: created.id } }));
  });

  it('pages the principal list in creation order', async () => {
    const mine = await Promise.all([0, 1, 2].map(() => createPrincipal(['auditor'])));
    const seen: string[] = [];
    let cursor: string | null | undefined;
    do {
      const page: Page<PrincipalDto> = await call(IDENTITY.principalList, { query: { role: 'auditor', limit: 2, ...(cursor ? { cursor } : {}) } }, admin);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(mine.map((p) => p.id)));
    const bad = await rejection<DomainException>(call(IDENTITY.principalList, { query: { cursor: 'bm90LWEtY3Vyc29y' } }, admin));
    expect(bad.code).toBe('VALIDATION_FAILED');
  });

  it('binds a patient principal to a patient and nobody else, and stores nothing when refused', async () => {
    const unbound = await rejection<DomainException>(createPrincipal(['patient']));
    expect(unbound.code).toBe('VALIDATION_FAILED');
    expect(unbound.details).toEqual([expect.objectContaining({ field: 'body.patientId' })]);
    const sub = subject('bound');
    const wrong = await rejection<DomainException>(call(IDENTITY.principalCreate, { body: { subject: sub, displayName: 'Nurse', roles: ['clinician'], patientId: randomUUID() } }, admin));
    expect(wrong.code).toBe('VALIDATION_FAILED');
    expect((await rejection<DomainException>(resolve(sub))).code).toBe('NOT_FOUND');

    const patientId = randomUUID();
    const p = await createPrincipal(['patient'], { patientId });
    const dropBinding = await rejection<DomainException>(call(IDENTITY.principalUpdate, { principalId: p.id, body: { roles: ['auditor'] } }, admin));
    expect(dropBinding.code).toBe('VALIDATION_FAILED');
    await expect(call(IDENTITY.principalUpdate, { principalId: p.id, body: { roles: ['auditor'], patientId: null } }, admin))
      .resolves.toMatchObject({ roles: ['auditor'], patientId: null });

    const unknownField = await rejection<DomainException>(call(IDENTITY.principalCreate, { body: { subject: subject(), displayName: 'X', roles: ['admin'], isRoot: true } }, admin));
    expect(unknownField.details).toContainEqual(expect.objectContaining({ field: 'body.isRoot' }));
  });

  it('creates service principals with scopes that resolve with them', async () => {
    const svc = await createPrincipal(['service'], { kind: 'service', scopes: ['labs:read', 'conversations:write'] });
    await expect(resolve(svc.subject)).resolves.toMatchObject({ kind: 'service', roles: ['service'], scopes: ['labs:read', 'conversations:write'] });
    const noScopes = await rejection<DomainException>(createPrincipal(['service'], { kind: 'service' }));
    expect(noScopes.details).toEqual([expect.objectContaining({ field: 'body.scopes' })]);
    const userWithService = await rejection<DomainException>(createPrincipal(['service']));
    expect(userWithService.code).toBe('VALIDATION_FAILED');
  });

  it('refuses principal management to anyone but an admin, and records the refusals', async () => {
    const target = await createPrincipal(['clinician']);
    for (const who of [actor(['clinician']), actor(['coordinator']), actor(['auditor']), actor(['patient'], { patientId: randomUUID() })]) {
      expect((await rejection<DomainException>(call(IDENTITY.principalList, { query: {} }, who))).code).toBe('FORBIDDEN');
      expect((await rejection<DomainException>(call(IDENTITY.principalGet, { principalId: target.id }, who))).code).toBe('FORBIDDEN');
      expect((await rejection<DomainException>(call(IDENTITY.principalCreate, { body: { subject: subject(), displayName: 'Me', roles: ['admin'] } }, who))).code).toBe('FORBIDDEN');
      expect((await rejection<DomainException>(call(IDENTITY.principalUpdate, { principalId: target.id, body: { roles: ['admin'] } }, who))).code).toBe('FORBIDDEN');
      expect((await rejection<DomainException>(call(IDENTITY.principalDeactivate, { principalId: target.id }, who))).code).toBe('FORBIDDEN');
    }
    await expect(call(IDENTITY.principalGet, { principalId: target.id }, admin)).resolves.toMatchObject({ roles: ['clinician'], status: 'active', version: 1 });
    const events = await publishedAuditEvents(nc, world);
    expect(events).toContainEqual(expect.objectContaining({ action: 'update', outcome: 'denied', reason: 'FORBIDDEN', resource: { type: 'principal', id: target.id } }));
  });

  it('shows a care team to its clinicians and coordinators and hides it from anyone else as not found', async () => {
    const patientId = randomUUID();
    const clinician = await createPrincipal(['clinician']);
    const coordinator = await createPrincipal(['coordinator']);
    const m1 = await addMember(patientId, { principalId: clinician.id, role: 'clinician' });
    const m2 = await addMember(patientId, { principalId: coordinator.id, role: 'coordinator' });

    const asClinician = actor(['clinician'], { principalId: clinician.id, careTeam: [patientId] });
    const page = await listTeam(patientId, asClinician);
    expect(page.items.map((m) => m.id).sort()).toEqual([m1.id, m2.id].sort());
    expect(page.items.every((m) => m.patientId === patientId && m.active)).toBe(true);
    const asCoordinator = actor(['coordinator'], { principalId: coordinator.id, careTeam: [patientId] });
    await expect(listTeam(patientId, asCoordinator)).resolves.toMatchObject({ items: expect.arrayContaining([expect.objectContaining({ id: m1.id, role: 'clinician' })]) });
    await expect(listTeam(patientId, admin)).resolves.toMatchObject({ items: expect.any(Array) });

    const offTeam = actor(['clinician'], { careTeam: [randomUUID()] });
    const hidden = await rejection<DomainException>(listTeam(patientId, offTeam));
    expect(hidden.code).toBe('NOT_FOUND');
    expect((await rejection<DomainException>(listTeam(patientId, actor(['auditor'])))).code).toBe('FORBIDDEN');

    const events = await publishedAuditEvents(nc, world);
    expect(events).toContainEqual(expect.objectContaining({ action: 'search', outcome: 'denied', reason: 'NOT_FOUND', actor: expect.objectContaining({ principalId: offTeam.principalId }), resource: { type: 'care-team', patientId } }));
    expect(events).toContainEqual(expect.objectContaining({ action: 'search', outcome: 'success', actor: expect.objectContaining({ principalId: clinician.id }), resource: { type: 'care-team', id: m2.id, patientId } }));
  });

  it('adds and removes members, keeping the history', async () => {
    const patientId = randomUUID();
    const clinician = await createPrincipal(['clinician']);
    const added = await addMember(patientId, { principalId: clinician.id, role: 'clinician' });
    expect(added).toMatchObject({ patientId, principalId: clinician.id, role: 'clinician', until: null, active: true });
    expect((await resolve(clinician.subject)).careTeam).toEqual([patientId]);

    expect((await rejection<DomainException>(addMember(patientId, { principalId: clinician.id, role: 'clinician' }))).code).toBe('CONFLICT');
    expect((await rejection<DomainException>(addMember(patientId, { principalId: clinician.id, role: 'coordinator' }))).code).toBe('VALIDATION_FAILED');
    expect((await rejection<DomainException>(addMember(patientId, { principalId: randomUUID(), role: 'clinician' }))).code).toBe('NOT_FOUND');
    const retired = await createPrincipal(['clinician']);
    await call(IDENTITY.principalDeactivate, { principalId: retired.id }, admin);
    expect((await rejection<DomainException>(addMember(patientId, { principalId: retired.id, role: 'clinician' }))).code).toBe('VALIDATION_FAILED');
    const backwards = await rejection<DomainException>(addMember(randomUUID(), { principalId: clinician.id, role: 'clinician', since: new Date().toISOString(), until: new Date(Date.now() - DAY).toISOString() }));
    expect(backwards.details).toEqual([expect.objectContaining({ field: 'body.until' })]);
    const onTeam = actor(['clinician'], { principalId: clinician.id, careTeam: [patientId] });
    expect((await rejection<DomainException>(call(IDENTITY.careTeamAdd, { patientId, body: { principalId: clinician.id, role: 'clinician' } }, onTeam))).code).toBe('FORBIDDEN');
    expect((await rejection<DomainException>(call(IDENTITY.careTeamRemove, { patientId, principalId: clinician.id }, onTeam))).code).toBe('FORBIDDEN');

    const removed = await call<CareTeamMemberDto>(IDENTITY.careTeamRemove, { patientId, principalId: clinician.id }, admin);
    expect(removed).toMatchObject({ id: added.id, active: false, until: expect.any(String) });
    expect((await resolve(clinician.subject)).careTeam).toEqual([]);
    expect((await listTeam(patientId, admin)).items).toEqual([]);
    expect((await listTeam(patientId, admin, { includeInactive: true })).items).toEqual([expect.objectContaining({ id: added.id, until: removed.until, active: false })]);
    expect((await rejection<DomainException>(call(IDENTITY.careTeamRemove, { patientId, principalId: clinician.id }, admin))).code).toBe('NOT_FOUND');

    const back = await addMember(patientId, { principalId: clinician.id, role: 'clinician' });
    expect((await listTeam(patientId, admin, { includeInactive: true })).items.map((m) => [m.id, m.active])).toEqual([[added.id, false], [back.id, true]]);

    const events = await publishedAuditEvents(nc, world);
    expect(events).toContainEqual(expect.objectContaining({ action: 'create', outcome: 'success', resource: { type: 'care-team', id: added.id, patientId } }));
    expect(events).toContainEqual(expect.objectContaining({ action: 'delete', outcome: 'success', resource: { type: 'care-team', id: added.id, patientId } }));
  });

  it('lets only one of several concurrent overlapping adds through', async () => {
    const patientId = randomUUID();
    const p = await createPrincipal(['clinician']);
    const until = new Date(Date.now() + DAY).toISOString();
    const outcomes = await Promise.allSettled([0, 1, 2, 3].map(() => addMember(patientId, { principalId: p.id, role: 'clinician', until })));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.flatMap((o) => (o.status === 'rejected' ? [(o.reason as DomainException).code] : []))).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT']);
    expect((await listTeam(patientId, admin, { includeInactive: true })).items).toHaveLength(1);
  });

  it('cancels an upcoming membership on removal', async () => {
    const patientId = randomUUID();
    const p = await createPrincipal(['coordinator']);
    const upcoming = await addMember(patientId, { principalId: p.id, role: 'coordinator', since: new Date(Date.now() + 7 * DAY).toISOString() });
    expect(upcoming.active).toBe(false);
    const removed = await call<CareTeamMemberDto>(IDENTITY.careTeamRemove, { patientId, principalId: p.id }, admin);
    expect(removed).toMatchObject({ id: upcoming.id, until: upcoming.since, active: false });
    // Its slot is free again.
    await expect(addMember(patientId, { principalId: p.id, role: 'coordinator', since: new Date(Date.now() + 8 * DAY).toISOString() })).resolves.toMatchObject({ active: false });
  });

  it('publishes a change event on EVENTS for every committed principal and care-team change', async () => {
    const sub = nc.subscribe(world.ns.subject('events.identity.>'));
    await nc.flush(); // registered at the server before the first change
    const jsm = await jetstreamManager(nc);
    const before = (await jsm.streams.info(world.ns.stream(STREAM.events))).state.messages;

    const p = await createPrincipal(['clinician']);
    await call(IDENTITY.principalUpdate, { principalId: p.id, body: { displayName: 'Renamed' } }, admin);
    await call(IDENTITY.principalUpdate, { principalId: p.id, body: { displayName: 'Renamed' } }, admin); // no change: no event
    const patientId = randomUUID();
    await addMember(patientId, { principalId: p.id, role: 'clinician' });
    await call(IDENTITY.careTeamRemove, { patientId, principalId: p.id }, admin);
    await call(IDENTITY.principalDeactivate, { principalId: p.id }, admin);
    await call(IDENTITY.principalDeactivate, { principalId: p.id }, admin); // already deactivated: no event

    const msgs = await collect(sub, 6, 1500);
    expect(msgs.map((m) => [m.subject, m.json<{ change: string }>().change])).toEqual([
      [world.ns.subject(`events.${IDENTITY_EVENTS.principalChanged}`), 'created'],
      [world.ns.subject(`events.${IDENTITY_EVENTS.principalChanged}`), 'updated'],
      [world.ns.subject(`events.${IDENTITY_EVENTS.careTeamChanged}`), 'added'],
      [world.ns.subject(`events.${IDENTITY_EVENTS.careTeamChanged}`), 'removed'],
      [world.ns.subject(`events.${IDENTITY_EVENTS.principalChanged}`), 'deactivated'],
    ]);
    expect(msgs[0]!.json()).toEqual({ principalId: p.id, subject: p.subject, change: 'created', occurredAt: expect.any(String) });
    expect(msgs[2]!.json()).toEqual({ patientId, principalId: p.id, subject: p.subject, change: 'added', occurredAt: expect.any(String) });
    expect((await jsm.streams.info(world.ns.stream(STREAM.events))).state.messages - before).toBe(5);
  });

  it('refuses to deactivate or demote the last active admin', async () => {
    const admins = await call<Page<PrincipalDto>>(IDENTITY.principalList, { query: { role: 'admin', status: 'active', limit: 200 } }, admin);
    for (const a of admins.items.filter((p) => p.subject !== BOOT_ADMIN)) await call(IDENTITY.principalDeactivate, { principalId: a.id }, admin);
    const boot = await resolve(BOOT_ADMIN);
    expect((await rejection<DomainException>(call(IDENTITY.principalDeactivate, { principalId: boot.principalId }, admin))).code).toBe('CONFLICT');
    expect((await rejection<DomainException>(call(IDENTITY.principalUpdate, { principalId: boot.principalId, body: { roles: ['auditor'] } }, admin))).code).toBe('CONFLICT');
    await expect(resolve(BOOT_ADMIN)).resolves.toMatchObject({ roles: ['admin'] });
    const second = await createPrincipal(['admin', 'clinician']);
    await expect(call(IDENTITY.principalUpdate, { principalId: boot.principalId, body: { roles: ['auditor'] } }, admin)).resolves.toMatchObject({ roles: ['auditor'] });
    expect(second.roles).toContain('admin');
  });

  it('left an audit event for every call above, before answering', async () => {
    const events = await publishedAuditEvents(nc, world);
    const recorded = new Set(events.map((e) => e.requestId));
    expect(sentRequestIds.length).toBeGreaterThan(50);
    expect(sentRequestIds.filter((id) => !recorded.has(id))).toEqual([]);
    expect(events.every((e) => e.source.service === 'identity-svc')).toBe(true);
  });
});

describe('schema', () => {
  it('matches the entities: the migrations leave nothing for the ORM to change', async () => {
    const schema = world.serviceConfig('identity').dbSchema;
    await expect(schemaDiff(app.get(MikroORM), schema)).resolves.toBe('');
  });
});
