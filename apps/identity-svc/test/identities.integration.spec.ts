import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MikroORM } from '@mikro-orm/postgresql';
import { RequestContext } from '@mikro-orm/core';
import type { INestMicroservice } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import {
  type ActorContext, DomainException, IDENTITY, type IdentityDto, type IdentityWebhookReceiptDto, type ImportMatchResultDto, type MatchCandidateDto, type Page,
  type ResolvedIdentifierDto, type ReviewItemDto,
} from '@pg/contracts';
import { startService, type NatsRpcClient } from '@pg/messaging';
import { markPatientDeleted, markPatientMerged, markPatientRestored, migrate } from '@pg/persistence';
import { actor, createTestWorld, destroyTestWorld, natsConnection, publishedAuditEvents, rejection, rpcClient, schemaDiff, type TestWorld } from '@pg/testing';
import { IdentityModule, SERVICE_NAME } from '../src/identity.module.js';
import { identityOrmOptions } from '../src/mikro-orm.config.js';
import { IDENTIFIER_SYSTEMS, type IdentifierSystems } from '../src/identities/identifier-systems.js';
import { copyProfileIdentifiers } from '../src/identities/profile-identifiers.js';
import { MergesService } from '../src/merges/merges.service.js';
import { pairKey, recordDecision, recordNoMatch } from '../src/review/decisions.js';
import { queueIdentifierConflict } from '../src/review/review.repository.js';
import { MatchIndexRepository } from '../src/identities/match-index.repository.js';
import { normalizePerson } from '../src/matching/index.js';
import { signSvix } from '../src/webhooks/svix-signature.js';

const CLERK_SECRET = `whsec_${Buffer.from('clerk-test-secret-0123456789abcdef').toString('base64')}`;
const BC_SECRET = 'bc-shared-secret-0123456789abcdef';

let world: TestWorld;
let app: INestMicroservice;
let rpc: NatsRpcClient;
let nc: NatsConnection;
let store: Server;
/** The BigCommerce simulator's customers, by id (what `GET /v3/customers?id:in=` answers). */
const customers = new Map<number, Record<string, unknown>>();
let storeCalls = 0;

const admin = actor(['admin']);
const sentRequestIds: string[] = [];

function call<T>(pattern: string, data: unknown, who: ActorContext | null): Promise<T> {
  const requestId = randomUUID();
  sentRequestIds.push(requestId);
  return rpc.request<T>(pattern, data, who, { requestId });
}

const link = (patientId: string, system: string, value: string, who: ActorContext = admin) =>
  call<IdentityDto>(IDENTITY.identityLink, { patientId, body: { system, value } }, who);
const resolveId = (system: string, value: string, who: ActorContext = admin) =>
  call<ResolvedIdentifierDto>(IDENTITY.identityResolve, { query: { system, value } }, who);
const match = (body: Record<string, unknown>, who: ActorContext = admin) => call<Page<MatchCandidateDto>>(IDENTITY.match, { body }, who);
const queue = (status?: string) => call<Page<ReviewItemDto>>(IDENTITY.reviewQueueList, { query: status ? { status } : {} }, admin);

let deliveries = 0;
/** A Clerk delivery as Svix sends it, signed now (or `at`). */
function clerk(type: string, data: Record<string, unknown>, opts: { id?: string; at?: number; secret?: string } = {}) {
  const id = opts.id ?? `msg_${++deliveries}_${randomUUID().slice(0, 8)}`;
  const ts = String(Math.floor((opts.at ?? Date.now()) / 1000));
  const body = JSON.stringify({ type, object: 'event', data });
  return call<IdentityWebhookReceiptDto>(IDENTITY.webhookClerk, {
    body: Buffer.from(body).toString('base64'), svixId: id, svixTimestamp: ts, svixSignature: signSvix(id, ts, body, opts.secret ?? CLERK_SECRET),
  }, null);
}
const clerkUser = (id: string, p: { given: string; family: string; email?: string; phone?: string; birthday?: string }) => ({
  id, object: 'user', first_name: p.given, last_name: p.family, birthday: p.birthday ?? '',
  primary_email_address_id: 'idn_1', email_addresses: p.email ? [{ id: 'idn_1', email_address: p.email }] : [],
  primary_phone_number_id: 'idn_2', phone_numbers: p.phone ? [{ id: 'idn_2', phone_number: p.phone }] : [],
});
function bigcommerce(scope: string, id: number, opts: { hash?: string; secret?: string } = {}) {
  const body = JSON.stringify({ scope, store_id: '1025646', data: { type: 'customer', id }, hash: opts.hash ?? randomUUID().replace(/-/g, ''), created_at: Math.floor(Date.now() / 1000) });
  return call<IdentityWebhookReceiptDto>(IDENTITY.webhookBigcommerce, { body: Buffer.from(body).toString('base64'), secret: opts.secret ?? BC_SECRET }, null);
}

/** Ada, as three systems know her: what the matcher must find to be the same person. */
const ADA = { given: 'Ada', family: 'Lovelace', email: 'ada.lovelace@example.org', phone: '+1 415 555 0134', birthday: '1985-12-10' };

beforeAll(async () => {
  store = createServer((req, res) => {
    storeCalls++;
    const url = new URL(req.url ?? '/', 'http://store');
    const wanted = Number(url.searchParams.get('id:in'));
    const c = customers.get(wanted);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: c ? [{ id: wanted, ...c }] : [], meta: {} }));
  });
  await new Promise<void>((r) => store.listen(0, '127.0.0.1', r));
  const { port } = store.address() as AddressInfo;
  world = await createTestWorld({
    CLERK_WEBHOOK_SECRET: CLERK_SECRET, BIGCOMMERCE_WEBHOOK_SECRET: BC_SECRET, BIGCOMMERCE_API_URL: `http://127.0.0.1:${port}/stores/abc`,
    IDENTITY_SYSTEMS: 'shopify',
  });
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
  await new Promise((r) => store?.close(r));
  if (world) await destroyTestWorld(world);
});

describe('identifiers', () => {
  it('links any number of identifiers with provenance, resolves them, and refuses a pair held by another patient with 409 and a review item', async () => {
    const p = randomUUID();
    const other = randomUUID();
    const a = await link(p, 'clerk', 'user_2abcLINK');
    const b = await link(p, 'shopify', 'cust-77');
    expect(a).toMatchObject({ patientId: p, system: 'clerk', value: 'user_2abcLINK', method: 'manual', linkedBy: admin.principalId, tombstonedAt: null });
    expect(b.system).toBe('shopify');
    await expect(resolveId('clerk', 'user_2abcLINK')).resolves.toEqual({ patientId: p });
    // Linking the same pair to the same patient again is the same identifier.
    await expect(link(p, 'clerk', 'user_2abcLINK')).resolves.toMatchObject({ id: a.id });

    const refused = await rejection<DomainException>(link(other, 'clerk', 'user_2abcLINK'));
    expect(refused.code).toBe('CONFLICT');
    const itemId = refused.details[0]?.reviewItemId as string;
    const items = (await queue()).items.filter((i) => i.id === itemId);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ reason: 'identifier-conflict', status: 'open', a: { patientId: p }, b: { patientId: other } });
    // Still the first patient's.
    await expect(resolveId('clerk', 'user_2abcLINK')).resolves.toEqual({ patientId: p });

    const listed = await call<Page<IdentityDto>>(IDENTITY.identityList, { patientId: p, query: {} }, admin);
    expect(listed.items.map((i) => i.value).sort()).toEqual(['cust-77', 'user_2abcLINK']);
  });

  it('refuses an unknown system, and unlinking tombstones: the pair stops resolving and can be linked again', async () => {
    const p = randomUUID();
    expect((await rejection<DomainException>(link(p, 'myspace', 'x1'))).code).toBe('VALIDATION_FAILED');
    const row = await link(p, 'stripe', 'cus_TOMB1');
    const gone = await call<IdentityDto>(IDENTITY.identityUnlink, { patientId: p, id: row.id }, admin);
    expect(gone.tombstonedAt).not.toBeNull();
    expect((await rejection<DomainException>(resolveId('stripe', 'cus_TOMB1'))).code).toBe('NOT_FOUND');
    expect((await rejection<DomainException>(call(IDENTITY.identityUnlink, { patientId: p, id: row.id }, admin))).code).toBe('NOT_FOUND');
    const q = randomUUID();
    await expect(link(q, 'stripe', 'cus_TOMB1')).resolves.toMatchObject({ patientId: q, tombstonedAt: null });
    const history = await call<Page<IdentityDto>>(IDENTITY.identityList, { patientId: p, query: { includeTombstoned: true } }, admin);
    expect(history.items).toEqual([]);
  });

  it('answers NOT_FOUND for a patient outside the caller\'s scope and FORBIDDEN to a role that never links', async () => {
    const p = randomUUID();
    await link(p, 'rimo', 'pat_SCOPE1');
    const teamClinician = actor(['clinician'], { careTeam: [p] });
    const stranger = actor(['clinician'], { careTeam: [randomUUID()] });
    await expect(resolveId('rimo', 'pat_SCOPE1', teamClinician)).resolves.toEqual({ patientId: p });
    expect((await rejection<DomainException>(resolveId('rimo', 'pat_SCOPE1', stranger))).code).toBe('NOT_FOUND');
    expect((await rejection<DomainException>(call(IDENTITY.identityList, { patientId: p, query: {} }, stranger))).code).toBe('NOT_FOUND');
    expect((await rejection<DomainException>(link(p, 'rimo', 'pat_SCOPE2', teamClinician))).code).toBe('FORBIDDEN');
    expect((await rejection<DomainException>(resolveId('rimo', 'pat_SCOPE1', actor(['auditor'])))).code).toBe('FORBIDDEN');
  });

  it('does not resolve or match to a deleted or merged patient: NOT_FOUND, naming the survivor only to a caller who may read it', async () => {
    const [gone, merged, survivor] = [randomUUID(), randomUUID(), randomUUID()];
    await link(gone, 'rimo', 'pat_GONE1');
    await link(merged, 'rimo', 'pat_MERGED1');
    // The deleted patient is in the match index too (her Clerk user, linked to her).
    const hedy = { given: 'Hedwig', family: 'Kiesler', email: 'hedy.kiesler@example.org', phone: '+1 310 555 0199', birthday: '1914-11-09' };
    await link(gone, 'clerk', 'user_GONE1');
    await clerk('user.created', clerkUser('user_GONE1', hedy));
    const asHedy = { givenName: 'Hedwig', familyName: 'Kiesler', birthDate: '1914-11-09', email: 'hedy.kiesler@example.org' };
    expect((await match(asHedy)).items.map((c) => c.patientId)).toEqual([gone]);
    const em = app.get(MikroORM).em.fork();
    const schema = world.serviceConfig('identity').dbSchema;
    await markPatientDeleted(em, schema, gone, new Date());
    await markPatientMerged(em, schema, merged, survivor, new Date());

    const deleted = await rejection<DomainException>(resolveId('rimo', 'pat_GONE1'));
    expect([deleted.code, deleted.details]).toEqual(['NOT_FOUND', []]);
    const toAdmin = await rejection<DomainException>(resolveId('rimo', 'pat_MERGED1'));
    expect([toAdmin.code, toAdmin.details]).toEqual(['NOT_FOUND', [{ mergedInto: survivor }]]);
    // A clinician of the merged record's team who is not on the survivor's: the survivor is not named.
    const sourceTeam = await rejection<DomainException>(resolveId('rimo', 'pat_MERGED1', actor(['clinician'], { careTeam: [merged] })));
    expect([sourceTeam.code, sourceTeam.details]).toEqual(['NOT_FOUND', []]);
    expect((await match(asHedy)).items).toEqual([]);

    await markPatientRestored(em, schema, gone, new Date());
    await expect(resolveId('rimo', 'pat_GONE1')).resolves.toEqual({ patientId: gone });
    expect((await match(asHedy)).items.map((c) => c.patientId)).toEqual([gone]);
  });
});

describe('webhooks feed the match index; the matcher links, queues or leaves alone', () => {
  const ada = randomUUID();

  it('refuses a Clerk delivery with a bad or stale signature, and changes nothing', async () => {
    const data = clerkUser('user_BADSIG', ADA);
    expect((await rejection<DomainException>(clerk('user.created', data, { secret: `whsec_${Buffer.from('another-secret').toString('base64')}` }))).code).toBe('UNAUTHENTICATED');
    expect((await rejection<DomainException>(clerk('user.created', data, { at: Date.now() - 6 * 60_000 }))).code).toBe('UNAUTHENTICATED');
    expect((await rejection<DomainException>(resolveId('clerk', 'user_BADSIG'))).code).toBe('NOT_FOUND');
  });

  it('takes a Clerk user of a known identifier, deduplicates by svix-id, and matches a BigCommerce customer to her (auto-link)', async () => {
    await link(ada, 'clerk', 'user_ADA');
    const first = await clerk('user.created', clerkUser('user_ADA', ADA), { id: 'msg_ada_1' });
    // (The patient is in the reply for the audit event only; the gateway answers the partner eventId and status.)
    expect(first).toMatchObject({ eventId: 'msg_ada_1', status: 'applied', patientId: ada });
    await expect(clerk('user.created', clerkUser('user_ADA', ADA), { id: 'msg_ada_1' })).resolves.toEqual({ eventId: 'msg_ada_1', status: 'duplicate' });

    // The same person at the store, her phone written the local way: certain → linked, method webhook.
    customers.set(4242, { first_name: 'Ada', last_name: 'Lovelace', email: 'Ada.Lovelace@example.org', phone: '(415) 555-0134', addresses: [{ country_code: 'US' }] });
    const calls = storeCalls;
    await expect(bigcommerce('store/customer/created', 4242, { hash: 'h-4242-1' })).resolves.toMatchObject({ eventId: 'h-4242-1', status: 'applied', patientId: ada });
    expect(storeCalls).toBe(calls + 1);
    await expect(resolveId('bigcommerce', '4242')).resolves.toEqual({ patientId: ada });
    const ids = await call<Page<IdentityDto>>(IDENTITY.identityList, { patientId: ada, query: {} }, admin);
    expect(ids.items.find((i) => i.system === 'bigcommerce')).toMatchObject({ method: 'webhook', linkedBy: 'partner:bigcommerce' });
    await expect(bigcommerce('store/customer/created', 4242, { hash: 'h-4242-1' })).resolves.toMatchObject({ status: 'duplicate' });
    expect((await rejection<DomainException>(bigcommerce('store/customer/updated', 4242, { secret: 'wrong' }))).code).toBe('UNAUTHENTICATED');
  });

  it('matches demographics to ranked candidates with an explanation whose weights sum to the total', async () => {
    const res = await match({ givenName: 'Ada', familyName: 'Lovelace', birthDate: '1985-12-10', email: 'ada.lovelace@example.org', phone: '+14155550134' });
    expect(res.items[0]).toMatchObject({ patientId: ada, grade: 'certain' });
    const e = res.items[0]!.explanation;
    expect(e.prior + e.fields.reduce((s, f) => s + f.weight, 0)).toBeCloseTo(e.total, 6);
    expect(e.probability).toBeGreaterThan(0.9);
    expect(res.items[0]!.blockingKeys.length).toBeGreaterThan(0);
    const only = await match({ givenName: 'Ada', familyName: 'Lovelace', birthDate: '1985-12-10', email: 'ada.lovelace@example.org', phone: '415-555-0134', onlyCertainMatches: true });
    expect(only.items.map((c) => c.patientId)).toEqual([ada]);
    // Someone else entirely: nothing.
    await expect(match({ givenName: 'Grace', familyName: 'Hopper', birthDate: '1906-12-09', email: 'grace@navy.example' })).resolves.toMatchObject({ items: [] });
    // A clinician sees candidates of their care team only.
    const offTeam = await match({ givenName: 'Ada', familyName: 'Lovelace', birthDate: '1985-12-10', email: 'ada.lovelace@example.org' }, actor(['clinician'], { careTeam: [randomUUID()] }));
    expect(offTeam.items).toEqual([]);
    expect((await rejection<DomainException>(match({ givenName: 'Ada' }, actor(['coordinator'], { careTeam: [ada] })))).code).toBe('FORBIDDEN');
  });

  it('queues a twin for review instead of linking, and a reject is never undone by re-ingesting', async () => {
    // Same surname, birth date, phone and email as Ada; another given name: a twin (hard negative) or at best probable.
    const twin = clerkUser('user_TWIN', { ...ADA, given: 'Augusta' });
    await clerk('user.created', twin);
    expect((await rejection<DomainException>(resolveId('clerk', 'user_TWIN'))).code).toBe('NOT_FOUND');
    const waiting = (await queue()).items.filter((i) => i.a.sourceId === 'user_TWIN' || i.b.sourceId === 'user_TWIN');
    expect(waiting).toHaveLength(1);
    const item = waiting[0]!;
    expect(item.explanation?.fields.length).toBeGreaterThan(0);
    expect(item.blockingKey).toBeTruthy();
    expect([item.a.patientId, item.b.patientId]).toContain(ada);

    const rejected = await call<ReviewItemDto>(IDENTITY.reviewDecide, { id: item.id, body: { decision: 'reject', reason: 'twin sister, different person' } }, admin);
    expect(rejected).toMatchObject({ status: 'rejected', decision: 'reject', decidedBy: admin.principalId });
    expect((await rejection<DomainException>(call(IDENTITY.reviewDecide, { id: item.id, body: { decision: 'accept', reason: 'changed my mind' } }, admin))).code).toBe('CONFLICT');

    // Re-ingest (an update from Clerk) and re-score: no link, no new item.
    await clerk('user.updated', twin);
    await clerk('user.updated', twin);
    expect((await rejection<DomainException>(resolveId('clerk', 'user_TWIN'))).code).toBe('NOT_FOUND');
    expect((await queue()).items.filter((i) => i.a.sourceId === 'user_TWIN' || i.b.sourceId === 'user_TWIN')).toEqual([]);
  });

  it('links on accept, keeps a deferred item waiting, and refuses the queue to non-admins', async () => {
    const twin = clerkUser('user_TWIN2', { ...ADA, given: 'Annabella' });
    await clerk('user.created', twin);
    const item = (await queue()).items.find((i) => i.a.sourceId === 'user_TWIN2' || i.b.sourceId === 'user_TWIN2')!;
    const deferred = await call<ReviewItemDto>(IDENTITY.reviewDecide, { id: item.id, body: { decision: 'defer', reason: 'ask the clinic' } }, admin);
    expect(deferred.status).toBe('deferred');
    expect((await queue('deferred')).items.map((i) => i.id)).toContain(item.id);
    const accepted = await call<ReviewItemDto>(IDENTITY.reviewDecide, { id: item.id, body: { decision: 'accept', reason: 'same person, confirmed by phone' } }, admin);
    expect(accepted.status).toBe('accepted');
    await expect(resolveId('clerk', 'user_TWIN2')).resolves.toEqual({ patientId: ada });
    const ids = await call<Page<IdentityDto>>(IDENTITY.identityList, { patientId: ada, query: {} }, admin);
    expect(ids.items.find((i) => i.value === 'user_TWIN2')).toMatchObject({ method: 'manual', linkedBy: admin.principalId });
    expect((await rejection<DomainException>(call(IDENTITY.reviewQueueList, { query: {} }, actor(['clinician'], { careTeam: [ada] })))).code).toBe('FORBIDDEN');
  });

  it('queues a household record without a given name even when one member is known, and links one with her own e-mail', async () => {
    const robert = randomUUID();
    const mina = randomUUID();
    const landline = '+1 617 555 0199';
    await link(robert, 'clerk', 'user_ROBERT');
    await clerk('user.created', clerkUser('user_ROBERT', { given: 'Robert', family: 'Quill', phone: landline, email: 'robert.quill50@outlook.com', birthday: '1950-03-04' }));
    // Surname and the home phone, no given name: Robert is the one member known, but a member (or a twin) not known
    // yet could be it — nothing corroborates Robert (docs/identity.md, "Corroboration") → a person decides.
    await clerk('user.created', clerkUser('user_QUILL_1', { given: '', family: 'Quill', phone: landline }));
    expect((await rejection<DomainException>(resolveId('clerk', 'user_QUILL_1'))).code).toBe('NOT_FOUND');
    const first = (await queue()).items.filter((i) => i.a.sourceId === 'user_QUILL_1' || i.b.sourceId === 'user_QUILL_1');
    expect(first.map((i) => i.reason)).toEqual(['ambiguous']);
    // His own e-mail says which member it is → Robert.
    await clerk('user.created', clerkUser('user_QUILL_3', { given: '', family: 'Quill', phone: landline, email: 'robert.quill50@outlook.com' }));
    await expect(resolveId('clerk', 'user_QUILL_3')).resolves.toEqual({ patientId: robert });

    // Mina lives there too: the next nameless record could be either of them → a person decides, for each.
    await link(mina, 'clerk', 'user_MINA');
    await clerk('user.created', clerkUser('user_MINA', { given: 'Mina', family: 'Quill', phone: landline, birthday: '1952-07-19' }));
    await clerk('user.created', clerkUser('user_QUILL_2', { given: '', family: 'Quill', phone: landline }));
    expect((await rejection<DomainException>(resolveId('clerk', 'user_QUILL_2'))).code).toBe('NOT_FOUND');
    const items = (await queue()).items.filter((i) => i.a.sourceId === 'user_QUILL_2' || i.b.sourceId === 'user_QUILL_2');
    expect(items.map((i) => i.reason)).toEqual(['ambiguous', 'ambiguous']);
    expect(items.flatMap((i) => [i.a.patientId, i.b.patientId]).filter(Boolean).sort()).toEqual([robert, mina].sort());
  });

  it('queues, as uncorroborated, a record at the same home whose given name is only close (a household member?)', async () => {
    const bart = randomUUID();
    const home = { address1: '77 Larch Lane', city: 'Salem', postal_code: '01970', country_code: 'US' };
    await link(bart, 'bigcommerce', '6161');
    customers.set(6161, { first_name: 'Bartholomew', last_name: 'Quarrington', email: 'bq77@outlook.com', addresses: [home] });
    await bigcommerce('store/customer/created', 6161);
    // Bartholemew: a typo, or another member of the household with a close name; his e-mail is not Bartholomew's.
    // The score is certain; nothing but the names and the home agrees → a person decides (docs/identity.md, "Corroboration").
    customers.set(6162, { first_name: 'Bartholemew', last_name: 'Quarrington', email: 'bart.shop@gmail.com', addresses: [home] });
    await bigcommerce('store/customer/created', 6162);
    expect((await rejection<DomainException>(resolveId('bigcommerce', '6162'))).code).toBe('NOT_FOUND');
    const items = (await queue()).items.filter((i) => i.a.sourceId === '6162' || i.b.sourceId === '6162');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ reason: 'uncorroborated', status: 'open' });
    expect(items[0]!.explanation?.probability).toBeGreaterThanOrEqual(0.9995);
  });

  it('tombstones the identifier of a user deleted at Clerk; the patient keeps her other identifiers', async () => {
    await clerk('user.deleted', { id: 'user_ADA', object: 'user', deleted: true });
    expect((await rejection<DomainException>(resolveId('clerk', 'user_ADA'))).code).toBe('NOT_FOUND');
    await expect(resolveId('bigcommerce', '4242')).resolves.toEqual({ patientId: ada });
    const all = await call<Page<IdentityDto>>(IDENTITY.identityList, { patientId: ada, query: { includeTombstoned: true } }, admin);
    expect(all.items.find((i) => i.value === 'user_ADA')?.tombstonedAt).not.toBeNull();
  });

  it('a user.updated delivered after user.deleted (out of order, a late retry) is ignored: the identifier stays tombstoned, no patient is made', async () => {
    const receipt = await clerk('user.updated', clerkUser('user_ADA', ADA));
    expect(receipt).toMatchObject({ status: 'ignored' });
    expect((await rejection<DomainException>(resolveId('clerk', 'user_ADA'))).code).toBe('NOT_FOUND');
    const all = await call<Page<IdentityDto>>(IDENTITY.identityList, { patientId: ada, query: { includeTombstoned: true } }, admin);
    expect(all.items.filter((i) => i.value === 'user_ADA').map((i) => i.tombstonedAt === null)).toEqual([false]);
  });

  it('a BigCommerce customer updated after it was deleted is ignored: its identifier stays tombstoned', async () => {
    const owner = randomUUID();
    await link(owner, 'bigcommerce', '7171');
    customers.set(7171, { first_name: 'Perpetua', last_name: 'Vantongeren', email: 'perpetua.vantongeren@fastmail.com', addresses: [] });
    await expect(bigcommerce('store/customer/deleted', 7171)).resolves.toMatchObject({ status: 'applied' });
    await expect(bigcommerce('store/customer/updated', 7171)).resolves.toMatchObject({ status: 'ignored' });
    expect((await rejection<DomainException>(resolveId('bigcommerce', '7171'))).code).toBe('NOT_FOUND');
  });

  it('resolveIdentity: a known identifier, a certain match linked (auto-link), nothing without a fallback', async () => {
    const importer = actor(['service'], { scopes: ['identities:write'], purposeOfUse: 'operations' });
    await expect(call(IDENTITY.resolveIdentity, { system: 'bigcommerce', value: '4242' }, importer)).resolves.toEqual({ patientId: ada, outcome: 'existing' });
    await expect(call(IDENTITY.resolveIdentity, {
      system: 'stripe', value: 'cus_ADA', fallback: { givenName: 'Ada', familyName: 'Lovelace', phone: '415.555.0134', email: 'ada.lovelace@example.org' },
    }, importer)).resolves.toEqual({ patientId: ada, outcome: 'auto-link' });
    const ids = await call<Page<IdentityDto>>(IDENTITY.identityList, { patientId: ada, query: {} }, admin);
    expect(ids.items.find((i) => i.system === 'stripe')).toMatchObject({ value: 'cus_ADA', method: 'auto-link', linkedBy: importer.principalId });
    expect((await rejection<DomainException>(call(IDENTITY.resolveIdentity, { system: 'stripe', value: 'cus_NOBODY' }, importer))).code).toBe('NOT_FOUND');
    expect((await rejection<DomainException>(call(IDENTITY.resolveIdentity, { system: 'stripe', value: 'cus_ADA' }, actor(['clinician'], { careTeam: [ada] })))).code).toBe('FORBIDDEN');
  });

  it('merges one person known twice (two profiles, her Clerk and her store account) when a record joins them certainly; a reviewer\'s reject keeps another pair apart', async () => {
    const importer = actor(['service'], { scopes: ['identities:write'], purposeOfUse: 'operations' });
    const schema = world.serviceConfig('identity').dbSchema;
    const orm = app.get(MikroORM);
    const em = orm.em.fork();
    const mergesOf = (x: string, y: string) =>
      em.execute<Array<{ id: string; source_patient_id: string; target_patient_id: string }>>(
        `select "id", "source_patient_id", "target_patient_id" from "${schema}"."merge" where "source_patient_id" in (?, ?) or "target_patient_id" in (?, ?)`, [x, y, x, y],
      );
    const recordId = async (source: string, sourceId: string) =>
      (await em.execute<Array<{ id: string }>>(`select "id" from "${schema}"."match_record" where "source" = ? and "source_id" = ?`, [source, sourceId]))[0]!.id;
    // Two patients, each with its profile (as the patient feed indexes it) and one partner account: Clerk knows her
    // e-mail and birth date, the store her phone and home. The two profiles share her birth date and phone.
    const knownTwice = async (tag: string, given: string, family: string, phone: string, customer: number) => {
      const [viaClerk, viaStore] = [randomUUID(), randomUUID()];
      const email = `${given}.${family}@fastmail.com`.toLowerCase();
      await orm.em.fork().transactional(async (tx) => {
        const index = new MatchIndexRepository(tx);
        await index.upsert('patient-graph', viaClerk, normalizePerson({ source: 'patient-graph', givenName: given, familyName: family, birthDate: '1976-12-09', email, phone }), viaClerk);
        await index.upsert('patient-graph', viaStore, normalizePerson({ source: 'patient-graph', givenName: given, familyName: family, birthDate: '1976-12-09', phone }), viaStore);
      });
      await link(viaClerk, 'clerk', `user_${tag}`);
      await clerk('user.created', clerkUser(`user_${tag}`, { given, family, email, birthday: '1976-12-09' }));
      await link(viaStore, 'bigcommerce', String(customer));
      customers.set(customer, { first_name: given, last_name: family, email: `${given}${family}@shopmail.com`.toLowerCase(), phone, addresses: [{ country_code: 'US', address1: '12 Harbor Lane', city: 'Arlington', zip: '22201' }] });
      await bigcommerce('store/customer/created', customer);
      return [viaClerk, viaStore] as const;
    };
    // Her payment account: her e-mail, her phone and her birth date.
    const joiner = (value: string, given: string, family: string, phone: string) => call<{ patientId: string; outcome: string }>(IDENTITY.resolveIdentity, {
      system: 'stripe', value, fallback: { givenName: given, familyName: family, email: `${given}.${family}@fastmail.com`.toLowerCase(), phone, birthDate: '1976-12-09' },
    }, importer);

    const [g1, g2] = await knownTwice('GRACE', 'Grace', 'Hopper', '+1 703 555 0188', 5150);
    expect(await mergesOf(g1, g2)).toEqual([]);
    // It joins one patient and merges the other into it.
    const joined = await joiner('cus_GRACE', 'Grace', 'Hopper', '703-555-0188');
    expect(joined.outcome).toBe('auto-link');
    expect([g1, g2]).toContain(joined.patientId);
    const other = joined.patientId === g1 ? g2 : g1;
    const merges = await mergesOf(g1, g2);
    expect(merges).toHaveLength(1);
    expect(merges[0]).toMatchObject({ source_patient_id: other, target_patient_id: joined.patientId });
    const merge = await call<{ state: string; requestedBy: string | null; sourcePatientId: string }>(IDENTITY.mergeGet, { mergeId: merges[0]!.id }, admin);
    expect(merge).toMatchObject({ requestedBy: null, sourcePatientId: other });
    expect(['pending', 'completed']).toContain(merge.state);
    // Recorded in both patients' trails, as identity-svc's automation.
    const events = (await publishedAuditEvents(nc, world)).filter((e) => e.requestId === `identity-auto-merge:${merges[0]!.id}`);
    expect(events.map((e) => e.resource.patientId).sort()).toEqual([g1, g2].sort());
    expect(events.every((e) => e.action === 'merge' && e.outcome === 'success' && e.actor.kind === 'service' && e.actor.subject === 'service:identity-svc')).toBe(true);
    // Another record of hers while the merge is in flight: no second merge, nothing for a person to review.
    await expect(joiner('cus_GRACE_2', 'Grace', 'Hopper', '703-555-0188')).resolves.toMatchObject({ outcome: 'auto-link' });
    expect(await mergesOf(g1, g2)).toHaveLength(1);
    expect((await queue()).items.filter((i) => [i.a.patientId, i.b.patientId].some((p) => p === g1 || p === g2))).toEqual([]);

    // The same shape, but a reviewer rejected a pair of their records (what a reject of a queued item stores): no merge, a review item.
    const [h1, h2] = await knownTwice('HEDY', 'Hedy', 'Lamarr', '+1 703 555 0177', 5151);
    await recordDecision(em as never, 'records', await recordId('clerk', 'user_HEDY'), await recordId('bigcommerce', '5151'), 'no-match', 'two people: checked with the clinic', admin.principalId!);
    const hedy = await joiner('cus_HEDY', 'Hedy', 'Lamarr', '703-555-0177');
    expect([h1, h2]).toContain(hedy.patientId);
    expect(await mergesOf(h1, h2)).toEqual([]);
    const waiting = (await queue()).items.filter((i) => [i.a.patientId, i.b.patientId].includes(hedy.patientId === h1 ? h2 : h1));
    expect(waiting.map((i) => i.reason)).toEqual(['ambiguous']);

    // And a patient-level no-match (what an undone merge records): no merge either.
    const [k1, k2] = await knownTwice('KATE', 'Katherine', 'Johnson', '+1 703 555 0166', 5152);
    await recordNoMatch(em as never, k1, k2, 'merge undone', 'merge:test');
    const kate = await joiner('cus_KATE', 'Katherine', 'Johnson', '703-555-0166');
    expect([k1, k2]).toContain(kate.patientId);
    expect(await mergesOf(k1, k2)).toEqual([]);
  });

  it('the waiting queue leaves out a pair a merge made one patient (its records moved, or its two patients merged); an undo shows it again', async () => {
    const schema = world.serviceConfig('identity').dbSchema;
    const orm = app.get(MikroORM);
    const em = orm.em.fork();
    const [x, y, p, q] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const [rx, ry] = [randomUUID(), randomUUID()];
    const index = new MatchIndexRepository(em);
    const { id: a } = await index.upsert('clerk', `user_${rx}`, normalizePerson({ source: 'clerk', givenName: 'Mary', familyName: 'Jackson', birthDate: '1921-04-09' }), x);
    const { id: b } = await index.upsert('bigcommerce', ry, normalizePerson({ source: 'bigcommerce', givenName: 'Mary', familyName: 'Jackson' }), y);
    const recordsItem = randomUUID();
    await em.execute(
      `insert into "${schema}"."review_item" ("id", "reason", "status", "record_a", "record_b", "patient_b", "pair_key", "created_at") values (?, 'probable', 'open', ?, ?, ?, ?, ?)`,
      [recordsItem, a, b, y, pairKey('records', a, b), new Date()],
    );
    const patientsItem = await queueIdentifierConflict(em, p, q, 'stripe');
    const waiting = async () => (await queue()).items.map((i) => i.id).filter((id) => id === recordsItem || id === patientsItem);
    expect((await waiting()).sort()).toEqual([recordsItem, patientsItem].sort());

    // A merge of y into x moves y's record (what identity-svc's merge part does); p into q completes.
    await index.setPatientById(b, x);
    const mergeId = randomUUID();
    await em.execute(
      `insert into "${schema}"."merge" ("id", "source_patient_id", "target_patient_id", "state", "requested_at", "completed_at") values (?, ?, ?, 'completed', ?, ?)`,
      [mergeId, p, q, new Date(), new Date()],
    );
    expect(await waiting()).toEqual([]);
    // Not decided by anyone: both items are still open, only not listed.
    const statuses = await em.execute<Array<{ status: string }>>(`select "status" from "${schema}"."review_item" where "id" in (?, ?)`, [recordsItem, patientsItem]);
    expect(statuses.map((r) => r.status)).toEqual(['open', 'open']);

    // Undone: the record moves back, the merge is undone; both pairs wait for a person again.
    await index.setPatientById(b, y);
    await em.execute(`update "${schema}"."merge" set "state" = 'undone' where "id" = ?`, [mergeId]);
    expect((await waiting()).sort()).toEqual([recordsItem, patientsItem].sort());
  });

  it('an automatic merge asked again for a pair whose merge is in flight starts nothing; one asked for a patient in another merge is refused', async () => {
    const orm = app.get(MikroORM);
    const merges = app.get(MergesService);
    const inContext = <T>(work: () => Promise<T>) => RequestContext.create(orm.em, () => orm.em.transactional(() => work()));
    const [x, y, z] = [randomUUID(), randomUUID(), randomUUID()];
    const first = await inContext(() => merges.createAutomatic(x, y));
    expect(first).toMatchObject({ created: true, merge: { sourcePatientId: y, targetPatientId: x, state: 'pending', requestedBy: null } });
    // Still pending (the other participants are not running here): the same pair, either way round, is that merge.
    const again = await inContext(() => merges.createAutomatic(y, x));
    expect(again).toMatchObject({ created: false, merge: { id: first!.merge.id } });
    // A third patient with one of them: for a person to decide.
    await expect(inContext(() => merges.createAutomatic(x, z))).resolves.toBeNull();
  });

  it('importMatch (a FHIR import as profiles-svc): certain → her, a twin → review items (the same on a retry), nobody → none; the import principal only', async () => {
    // docs/rbac.md "FHIR import": profiles-svc's subject (identity-svc's PROFILES_SERVICE_SUBJECT, default
    // service:profiles-svc) with identities:import, on behalf of nobody.
    const profilesSvc = actor(['service'], { subject: 'service:profiles-svc', scopes: ['labs:write', 'wearables:write', 'identities:import'], purposeOfUse: 'operations' });
    const importMatch = (importId: string, person: Record<string, unknown>, who: ActorContext = profilesSvc) =>
      call<ImportMatchResultDto>(IDENTITY.importMatch, { importId, person }, who);
    const asBundled = { givenName: 'Ada', familyName: 'Lovelace', birthDate: '1985-12-10', phone: '+1 415 555 0134', email: 'ada.lovelace@example.org' };
    const certain = randomUUID();
    await expect(importMatch(certain, asBundled)).resolves.toEqual({ outcome: 'certain', patientId: ada, candidatePatientIds: [], reviewItemIds: [] });
    // A retried import step: the same answer (its record's identifier is hers now).
    await expect(importMatch(certain, asBundled)).resolves.toEqual({ outcome: 'certain', patientId: ada, candidatePatientIds: [], reviewItemIds: [] });
    const ids = await call<Page<IdentityDto>>(IDENTITY.identityList, { patientId: ada, query: {} }, admin);
    expect(ids.items.find((i) => i.system === 'fhir-import')).toMatchObject({ value: certain, method: 'auto-link', linkedBy: profilesSvc.principalId });

    // Her twin's bundle: a person decides; the import creates its patient meanwhile.
    const twinImport = randomUUID();
    const twin = { ...asBundled, givenName: 'Ariadne', email: 'ariadne.lovelace@example.org' };
    const first = await importMatch(twinImport, twin);
    expect(first).toMatchObject({ outcome: 'review', patientId: null, candidatePatientIds: [ada] });
    expect(first.reviewItemIds).toHaveLength(1);
    await expect(importMatch(twinImport, twin)).resolves.toEqual(first);
    const item = (await queue()).items.find((i) => i.id === first.reviewItemIds[0]);
    expect(item).toMatchObject({ status: 'open', a: { source: 'fhir-import', sourceId: twinImport, patientId: null }, b: { patientId: ada } });

    await expect(importMatch(randomUUID(), { givenName: 'Zebulon', familyName: 'Quarrington', birthDate: '1931-02-03' }))
      .resolves.toEqual({ outcome: 'none', patientId: null, candidatePatientIds: [], reviewItemIds: [] });
    for (const who of [
      actor(['service'], { scopes: ['labs:write', 'identities:write'] }),
      // A principal holding identities:read (treatments-svc resolves with it) never reaches the match.
      actor(['service'], { subject: 'service:treatments-svc', scopes: ['profiles:read', 'identities:read'] }),
      actor(['service'], { subject: 'service:profiles-svc', scopes: ['identities:read', 'identities:write'] }),
      // The scope in another principal's hands, or the import principal acting for a patient.
      actor(['service'], { subject: 'service:someone-else', scopes: ['identities:import'] }),
      actor(['service'], { subject: 'service:profiles-svc', scopes: ['identities:import'], onBehalfOf: ada }),
      actor(['clinician'], { careTeam: [ada] }),
      admin,
    ]) expect((await rejection<DomainException>(importMatch(randomUUID(), asBundled, who))).code).toBe('FORBIDDEN');
  });

  it("copies a profile's identifiers (the patient feed): configured systems only, never another patient's, never a tombstoned one back", async () => {
    const patient = randomUUID();
    const copy = () => app.get(MikroORM).em.fork().transactional((em) => copyProfileIdentifiers(em, patient, [
      { system: 'rimo', value: 'rimo-feed-1' },
      { system: 'synthea', value: 'not-a-configured-system' },
      { system: 'bigcommerce', value: '4242' }, // Ada's
    ], app.get<IdentifierSystems>(IDENTIFIER_SYSTEMS)));
    await expect(copy()).resolves.toEqual({ copied: 1, conflicts: 1, linked: [{ system: 'rimo', value: 'rimo-feed-1' }] });
    await expect(resolveId('rimo', 'rimo-feed-1')).resolves.toEqual({ patientId: patient });
    await expect(resolveId('bigcommerce', '4242')).resolves.toEqual({ patientId: ada });
    const ids = await call<Page<IdentityDto>>(IDENTITY.identityList, { patientId: patient, query: {} }, admin);
    expect(ids.items.map((i) => [i.system, i.value, i.method])).toEqual([['rimo', 'rimo-feed-1', 'import']]);
    const conflict = (await queue()).items.filter((i) => i.reason === 'identifier-conflict' && [i.a.patientId, i.b.patientId].includes(patient));
    expect(conflict.flatMap((i) => [i.a.patientId, i.b.patientId]).sort()).toEqual([ada, patient].sort());

    // Fed again: nothing new (the conflict item is the one waiting). Unlinked by a person: not brought back.
    await expect(copy()).resolves.toEqual({ copied: 0, conflicts: 1, linked: [] });
    expect((await queue()).items.filter((i) => i.reason === 'identifier-conflict' && [i.a.patientId, i.b.patientId].includes(patient))).toHaveLength(1);
    await call(IDENTITY.identityUnlink, { patientId: patient, id: ids.items[0]!.id }, admin);
    await copy();
    expect((await rejection<DomainException>(resolveId('rimo', 'rimo-feed-1'))).code).toBe('NOT_FOUND');
  });

  it('a recorded patient-level no-match (an undone merge) is stored for the pair', async () => {
    const orm = app.get(MikroORM);
    const em = orm.em.fork();
    const [x, y] = [randomUUID(), randomUUID()];
    await recordNoMatch(em as never, x, y, 'merge undone', 'merge:test');
    const schema = world.serviceConfig('identity').dbSchema;
    const rows = await em.execute<Array<{ decision: string }>>(`select "decision" from "${schema}"."match_decision" where "kind" = 'patients' and (("a" = ? and "b" = ?) or ("a" = ? and "b" = ?))`, [x, y, y, x]);
    expect(rows).toEqual([{ decision: 'no-match' }]);
  });
});

describe('audit and schema', () => {
  it('left an audit event for every call above, partners named as partners', async () => {
    const events = await publishedAuditEvents(nc, world);
    const recorded = new Set(events.map((e) => e.requestId));
    expect(sentRequestIds.filter((id) => !recorded.has(id))).toEqual([]);
    expect(events.some((e) => e.actor.subject === 'partner:clerk' && e.outcome === 'success')).toBe(true);
    expect(events.some((e) => e.actor.subject === 'partner:clerk' && e.outcome === 'denied')).toBe(true);
    // No external id value and no name in any event.
    expect(JSON.stringify(events)).not.toMatch(/user_ADA|Lovelace|ada.lovelace/);
  });

  it('matches the entities: the migrations leave nothing for the ORM to change', async () => {
    await expect(schemaDiff(app.get(MikroORM), world.serviceConfig('identity').dbSchema)).resolves.toBe('');
  });
});
