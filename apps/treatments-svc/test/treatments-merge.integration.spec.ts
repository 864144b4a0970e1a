import { randomUUID } from 'node:crypto';
import type { INestMicroservice } from '@nestjs/common';
import pg from 'pg';
import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { loadServiceConfig, type Env } from '@pg/config';
import { DomainException, ErrorCode, MERGE_EVENTS, TREATMENTS, type ProtocolDto } from '@pg/contracts';
import { publishDomainEvent, startService, type NatsRpcClient } from '@pg/messaging';
import {
  actor, createTestWorld, destroyTestWorld, migrateAsServiceRole, natsConnection, publishedDomainEvents, rpcClient, until, type TestWorld,
} from '@pg/testing';
import { treatmentsOrmOptions } from '../src/mikro-orm.config.js';
import { SERVICE_NAME, TreatmentsModule } from '../src/treatments.module.js';

/*
 * treatments-svc's part of a merge (docs/identity.md, "Merges") on a real PostgreSQL (as its app role) and a real
 * NATS: the merge request arrives on EVENTS as identity-svc publishes it; the answer is read back from EVENTS.
 * Expected counts are the rows this file created.
 */

let world: TestWorld;
let app: INestMicroservice;
let rpc: NatsRpcClient;
let nc: NatsConnection;
let db: pg.Client;
let schema: string;

const SOURCE = randomUUID();
const TARGET = randomUUID();
const clinician = actor(['clinician'], { careTeam: [SOURCE, TARGET] });
const protocol = (name: string) => ({
  name, status: 'active', startDate: '2026-03-01', timeZone: 'UTC',
  items: [{ compound: 'Cholecalciferol', dose: 5000, unit: '[iU]', route: 'oral', schedule: { rrule: 'FREQ=DAILY;BYHOUR=8;BYMINUTE=0' } }],
});
const create = (patientId: string, name: string) => rpc.request<ProtocolDto>(TREATMENTS.protocolCreate, { patientId, body: protocol(name) }, clinician);
const list = async (patientId: string) =>
  (await rpc.request<{ items: ProtocolDto[] }>(TREATMENTS.protocolList, { patientId, query: {} }, clinician)).items.map((p) => p.id).sort();

/** The answers treatments-svc published for one merge (`events.treatments.merge.*`), in stream order. */
const answers = async (mergeId: string) =>
  (await publishedDomainEvents<{ mergeId: string; moved: Record<string, number> }>(nc, world, 'treatments.merge.')).filter((e) => e.data.mergeId === mergeId);

const request = (name: string, mergeId: string, msgId: string) =>
  publishDomainEvent(jetstream(nc), world.ns, name, { mergeId, sourcePatientId: SOURCE, targetPatientId: TARGET, occurredAt: new Date().toISOString() }, msgId);
const stateOf = async (patientId: string) =>
  (await db.query<{ state: string; merged_into: string }>(`select state, merged_into from "${schema}".patient_state where patient_id = $1`, [patientId])).rows[0] ?? null;

beforeAll(async () => {
  world = await createTestWorld();
  const env = await migrateAsServiceRole(world, 'treatments', 'read-write', treatmentsOrmOptions);
  const config = loadServiceConfig('treatments', env as Env);
  schema = config.dbSchema;
  app = await startService(SERVICE_NAME, TreatmentsModule.forRoot(config) as never, config, { logger: false });
  rpc = await rpcClient(world, 10_000);
  nc = await natsConnection();
  db = new pg.Client({ connectionString: config.databaseUrl });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await nc?.close();
  await rpc?.close();
  await app?.close();
  if (world) await destroyTestWorld(world);
});

describe('treatments-svc in a merge', () => {
  const mergeId = randomUUID();
  let sourceProtocols: string[];
  let targetProtocols: string[];

  it('moves every protocol of the source (versions included, append-only as they are) once, even when the request comes twice', async () => {
    await create(SOURCE, 'Source one');
    const changed = await create(SOURCE, 'Source two');
    // A second version of one source protocol: two versions move with it.
    await rpc.request(TREATMENTS.protocolUpdate, { patientId: SOURCE, protocolId: changed.id, body: { name: 'Source two, renamed' }, ifMatch: 1 }, clinician);
    await create(TARGET, 'Target one');
    sourceProtocols = await list(SOURCE);
    targetProtocols = await list(TARGET);

    await request(MERGE_EVENTS.requested, mergeId, `${mergeId}:requested`);
    // The same request again under another message id (a redelivery, a replay): nothing moves twice.
    await request(MERGE_EVENTS.requested, mergeId, `${mergeId}:requested-again`);
    const applied = await until('the applied answer', async () => {
      const a = await answers(mergeId);
      return a.length ? a : undefined;
    });
    expect(applied.map((a) => a.subject)).toEqual(['events.treatments.merge.applied']);
    expect(applied[0]!.data.moved).toEqual({ protocol: 2, protocol_version: 3 });

    expect(await list(TARGET)).toEqual([...sourceProtocols, ...targetProtocols].sort());
    const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from "${schema}".merge_journal where merge_id = $1 and action = 'moved'`, [mergeId]);
    expect(rows[0]!.n).toBe(5);
    expect(await stateOf(SOURCE)).toEqual({ state: 'merged', merged_into: TARGET });
  });

  it('the merged source answers NOT_FOUND', async () => {
    const err = await rpc.request(TREATMENTS.protocolList, { patientId: SOURCE, query: {} }, clinician).then(() => null, (e: unknown) => e as DomainException);
    expect(err?.code).toBe(ErrorCode.NOT_FOUND);
  });

  it('undo moves back exactly the journalled rows; a protocol created on the target since stays there', async () => {
    const later = await create(TARGET, 'Target, after the merge');
    await request(MERGE_EVENTS.undoRequested, mergeId, `${mergeId}:undo-requested`);
    await request(MERGE_EVENTS.undoRequested, mergeId, `${mergeId}:undo-requested-again`);
    const undone = await until('the undone answer', async () => (await answers(mergeId)).find((a) => a.subject.endsWith('.undone')));
    expect(undone.data.moved).toEqual({ protocol: 2, protocol_version: 3 });
    expect(await list(SOURCE)).toEqual(sourceProtocols);
    expect(await list(TARGET)).toEqual([...targetProtocols, later.id].sort());
    expect(await stateOf(SOURCE)).toBeNull();
    expect((await answers(mergeId)).map((a) => a.subject.split('.').pop())).toEqual(['applied', 'undone']);
  });
});
