/**
 * Issue 8: identity-svc never lets the last active admin go, even when two admins demote or deactivate each other
 * at the same moment. Real concurrent requests over NATS to two identity-svc instances (one queue group) on a real
 * PostgreSQL; after every race exactly one of the two changes went through and the other was refused with CONFLICT.
 */
import type { INestMicroservice } from '@nestjs/common';
import { type ActorContext, DomainException, IDENTITY, type Page, type PrincipalDto } from '@pg/contracts';
import { loadIdentityServiceConfig } from '@pg/config';
import { startService, type NatsRpcClient } from '@pg/messaging';
import { actor, createTestWorld, destroyTestWorld, migrateAsServiceRole, rpcClient, uniqueSuffix, type TestWorld } from '@pg/testing';
import { IdentityModule, SERVICE_NAME } from '../src/identity.module.js';
import { identityOrmOptions } from '../src/mikro-orm.config.js';

const ROUNDS = 8;

let world: TestWorld;
const apps: INestMicroservice[] = [];
let rpc: NatsRpcClient;

/** Someone acting as an admin principal of this world (the test's own setup actor is not a stored principal). */
const setup = actor(['admin']);
const as = (p: PrincipalDto): ActorContext => actor(['admin'], { principalId: p.id, subject: p.subject });

const createAdmin = () =>
  rpc.request<PrincipalDto>(IDENTITY.principalCreate, { body: { subject: `admin|${uniqueSuffix()}`, displayName: 'Admin', roles: ['admin'] } }, setup);
const activeAdmins = async () =>
  (await rpc.request<Page<PrincipalDto>>(IDENTITY.principalList, { query: { role: 'admin', status: 'active', limit: 200 } }, setup)).items;

type Change = (by: PrincipalDto, target: PrincipalDto) => Promise<PrincipalDto>;
const demote: Change = (by, target) => rpc.request(IDENTITY.principalUpdate, { principalId: target.id, body: { roles: ['coordinator'] } }, as(by));
const deactivate: Change = (by, target) => rpc.request(IDENTITY.principalDeactivate, { principalId: target.id }, as(by));

/** Runs both changes at once; returns how each ended ('ok' or the error code) and the active admins afterwards. */
async function race(a: PrincipalDto, b: PrincipalDto, first: Change, second: Change) {
  const outcomes = await Promise.all([first(a, b), second(b, a)].map((p) => p.then(() => 'ok', (e: DomainException) => e.code)));
  return { outcomes: outcomes.sort(), admins: await activeAdmins() };
}

beforeAll(async () => {
  world = await createTestWorld();
  const config = loadIdentityServiceConfig(await migrateAsServiceRole(world, 'identity', 'read-write', identityOrmOptions));
  for (let i = 0; i < 2; i++) apps.push(await startService(SERVICE_NAME, IdentityModule.forRoot(config) as never, config, { logger: false }));
  rpc = await rpcClient(world, 10_000);
}, 60_000);

afterAll(async () => {
  await rpc?.close();
  for (const app of apps) await app.close();
  if (world) await destroyTestWorld(world);
});

describe('the last active admin stays, whatever the race', () => {
  it.each([
    ['demote each other', demote, demote],
    ['deactivate each other', deactivate, deactivate],
    ['one demotes while the other deactivates', demote, deactivate],
  ] as const)('two admins %s at once, %#: one change wins, the other is a CONFLICT, one admin remains', async (_name, first, second) => {
    let survivor = (await activeAdmins())[0] ?? (await createAdmin());
    for (let round = 0; round < ROUNDS; round++) {
      const newcomer = await createAdmin();
      expect((await activeAdmins()).map((p) => p.id).sort()).toEqual([survivor.id, newcomer.id].sort());

      const { outcomes, admins } = await race(survivor, newcomer, first, second);

      expect(outcomes).toEqual(['CONFLICT', 'ok']);
      expect(admins).toHaveLength(1);
      expect([survivor.id, newcomer.id]).toContain(admins[0]!.id);
      survivor = admins[0]!;
    }
  }, 60_000);

  it('says why, in the error body', async () => {
    const [last] = await activeAdmins();
    const err = await rpc.request(IDENTITY.principalUpdate, { principalId: last!.id, body: { roles: ['auditor'] } }, as(last!)).catch((e: DomainException) => e);
    expect(err).toMatchObject({ code: 'CONFLICT', message: 'This would leave no active admin' });
  });
});
