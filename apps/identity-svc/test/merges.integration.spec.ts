import { randomUUID } from 'node:crypto';
import type { INestMicroservice } from '@nestjs/common';
import pg from 'pg';
import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { DomainException, ErrorCode, IDENTITY, mergeAnswerEvent, type MergeDto, type MergeParticipant } from '@pg/contracts';
import { publishDomainEvent, startService, type NatsRpcClient } from '@pg/messaging';
import { migrate } from '@pg/persistence';
import {
  actor, createTestWorld, destroyTestWorld, natsConnection, publishedDomainEvents, rpcClient, TEST_DATABASE_URL, until, type TestWorld,
} from '@pg/testing';
import { identityOrmOptions } from '../src/mikro-orm.config.js';
import { IdentityModule, SERVICE_NAME } from '../src/identity.module.js';

/*
 * identity-svc's side of the merge saga (docs/identity.md, "Merges"): admission and its refusals, its own rows moved
 * (a care-team membership, an identifier), the coordinator completing once all four participants applied — the other
 * three answer here as their services would, on EVENTS — and the undo, which records a manual no-match.
 */

let world: TestWorld;
let app: INestMicroservice;
let rpc: NatsRpcClient;
let nc: NatsConnection;
let db: pg.Client;
let schema: string;

const admin = actor(['admin']);
const clinician = actor(['clinician']);
const OTHERS: MergeParticipant[] = ['profiles-svc', 'labs-svc', 'treatments-svc'];

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as DomainException);
const create = (target: string, source: string, who = admin) => rpc.request<MergeDto>(IDENTITY.mergeCreate, { patientId: target, body: { sourcePatientId: source } }, who);
const get = (id: string) => rpc.request<MergeDto>(IDENTITY.mergeGet, { mergeId: id }, admin);
const inState = (id: string, state: MergeDto['state']) => until(`merge ${id} ${state}`, async () => {
  const m = await get(id);
  return m.state === state ? m : undefined;
});
const answer = (service: MergeParticipant, kind: 'applied' | 'undone' | 'failed', mergeId: string, moved: Record<string, number> = {}) =>
  publishDomainEvent(jetstream(nc), world.ns, mergeAnswerEvent(service, kind), { mergeId, service, moved, superseded: {}, ...(kind === 'failed' ? { error: 'TestError' } : {}), occurredAt: new Date().toISOString() }, randomUUID());

/** The `identity.patient.*merged` events of one merge on EVENTS (`merged`, `unmerged`). */
const patientEvents = async (mergeId: string) =>
  (await publishedDomainEvents<{ mergeId: string }>(nc, world, 'identity.patient.')).filter((e) => e.data.mergeId === mergeId).map((e) => e.subject.split('.').pop()!);

beforeAll(async () => {
  world = await createTestWorld();
  const config = world.serviceConfig('identity');
  schema = config.dbSchema;
  await migrate(identityOrmOptions(config));
  app = await startService(SERVICE_NAME, IdentityModule.forRoot(world.identityConfig()) as never, config, { logger: false });
  rpc = await rpcClient(world);
  nc = await natsConnection();
  db = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await rpc?.close();
  await nc?.close();
  await app?.close();
  if (world) await destroyTestWorld(world);
});

describe('a merge in identity-svc', () => {
  const target = randomUUID();
  const source = randomUUID();
  let merge: MergeDto;
  let drId: string;

  it('refuses a merge into itself (CONFLICT) and a non-admin (FORBIDDEN)', async () => {
    expect((await failure(create(target, target)))?.code).toBe(ErrorCode.CONFLICT);
    expect((await failure(create(target, source, clinician)))?.code).toBe(ErrorCode.FORBIDDEN);
  });

  it('admits a merge as pending; identity-svc moves its own rows (care team, identifiers) at once', async () => {
    const dr = await rpc.request<{ id: string }>(IDENTITY.principalCreate, { body: { subject: `dr-${randomUUID()}`, displayName: 'Dr', roles: ['clinician'] } }, admin);
    drId = dr.id;
    await rpc.request(IDENTITY.careTeamAdd, { patientId: source, body: { principalId: dr.id, role: 'clinician' } }, admin);
    await db.query(`insert into "${schema}".patient_identifier (id, patient_id, system, value, method, linked_by, linked_at) values ($1, $2, 'clerk', $3, 'manual', 'test', now())`,
      [randomUUID(), source, `user_${randomUUID()}`]);
    merge = await create(target, source);
    expect(merge).toMatchObject({ patientId: target, sourcePatientId: source, targetPatientId: target, state: 'pending' });
    const applied = await until('identity-svc to apply', async () => {
      const m = await get(merge.id);
      return m.services['identity-svc']?.state === 'applied' ? m : undefined;
    });
    expect(applied.state).toBe('pending');
    expect(applied.services['identity-svc']!.moved).toEqual({ care_team_member: 1, patient_identifier: 1 });
    const { rows } = await db.query(`select patient_id from "${schema}".care_team_member where principal_id = $1`, [drId]);
    expect(rows).toEqual([{ patient_id: target }]);
  });

  it('refuses a second merge of a source in a merge (CONFLICT); the merged source itself answers NOT_FOUND naming the survivor', async () => {
    expect((await failure(create(randomUUID(), source)))?.code).toBe(ErrorCode.CONFLICT);
    // identity-svc marked the source merged (patient_state): like every call naming it, a merge into it is NOT_FOUND
    // (the gateway turns that into CONFLICT for the merge route, docs/identity.md).
    const into = await failure(create(source, randomUUID()));
    expect([into?.code, into?.details]).toEqual([ErrorCode.NOT_FOUND, [{ mergedInto: target }]]);
  });

  it('completes once all four applied, and announces identity.patient.merged once', async () => {
    for (const s of OTHERS) await answer(s, 'applied', merge.id, { rows: 1 });
    await answer('labs-svc', 'applied', merge.id, { rows: 1 }); // a repeated answer changes nothing
    const done = await inState(merge.id, 'completed');
    expect(done.completedAt).not.toBeNull();
    expect(done.services['labs-svc']).toMatchObject({ state: 'applied', moved: { rows: 1 } });
    await until('identity.patient.merged', async () => (await patientEvents(merge.id)).includes('merged'));
  });

  it('undo: the participants move back, the merge is undone and the pair is recorded as a manual no-match', async () => {
    const asked = await rpc.request<MergeDto>(IDENTITY.mergeUndo, { mergeId: merge.id }, admin);
    expect(asked.state).toBe('undo_pending');
    await until('identity-svc to move back', async () => (await get(merge.id)).services['identity-svc']?.state === 'undone');
    for (const s of OTHERS) await answer(s, 'undone', merge.id, { rows: 1 });
    const undone = await inState(merge.id, 'undone');
    expect(undone.services['identity-svc']!.undoneMoved).toEqual({ care_team_member: 1, patient_identifier: 1 });
    const { rows } = await db.query(`select patient_id from "${schema}".care_team_member where principal_id = $1`, [drId]);
    expect(rows).toEqual([{ patient_id: source }]);
    const [a, b] = [source, target].sort();
    const decisions = await db.query(`select kind, decision, reason from "${schema}".match_decision where a = $1 and b = $2`, [a, b]);
    expect(decisions.rows).toEqual([{ kind: 'patients', decision: 'no-match', reason: 'merge undone' }]);
    await until('identity.patient.unmerged', async () => (await patientEvents(merge.id)).includes('unmerged'));
    expect((await failure(rpc.request(IDENTITY.mergeUndo, { mergeId: merge.id }, admin)))?.code).toBe(ErrorCode.CONFLICT);
  });

  it('a participant that cannot apply fails the merge; a failed merge may be undone', async () => {
    const m = await create(randomUUID(), randomUUID());
    await answer('treatments-svc', 'failed', m.id);
    const failed = await inState(m.id, 'failed');
    expect(failed.services['treatments-svc']).toMatchObject({ state: 'failed', error: 'TestError' });
    expect((await rpc.request<MergeDto>(IDENTITY.mergeUndo, { mergeId: m.id }, admin)).state).toBe('undo_pending');
  });

  it('an unknown merge is NOT_FOUND', async () => {
    expect((await failure(get(randomUUID())))?.code).toBe(ErrorCode.NOT_FOUND);
  });
});
