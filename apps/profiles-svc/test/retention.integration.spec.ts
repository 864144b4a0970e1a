import type { INestMicroservice } from '@nestjs/common';
import pg from 'pg';
import type { NatsConnection } from '@nats-io/transport-node';
import { loadServiceConfig } from '@pg/config';
import { PROFILES, type PatientDto } from '@pg/contracts';
import { startService, type NatsRpcClient } from '@pg/messaging';
import { RetentionPurger } from '@pg/persistence';
import { actor, createTestWorld, destroyTestWorld, migrateAsServiceRole, natsConnection, publishedAuditEvents, rpcClient, TEST_DATABASE_URL, type TestWorld } from '@pg/testing';
import { profilesOrmOptions } from '../src/mikro-orm.config.js';
import { ProfilesModule, SERVICE_NAME } from '../src/profiles.module.js';

/*
 * Retention purge of profiles-svc: patients soft-deleted more than 7 years ago (their retention date passed) are
 * hard-deleted with what profiles-svc holds of them; a patient deleted recently and a live patient stay. The past
 * is made by backdating rows (as the database owner), never by a clock in the code under test.
 */

let world: TestWorld;
let app: INestMicroservice;
let rpc: NatsRpcClient;
let nc: NatsConnection;
let db: pg.Client;
let schema: string;

const admin = actor(['admin']);
const REASON = { reason: 'Duplicate record created at intake by mistake' };
let old: PatientDto;
let recent: PatientDto;
let live: PatientDto;

const count = async (table: string, patientId: string, column = 'patient_id') =>
  Number((await db.query(`select count(*)::int as n from "${schema}"."${table}" where "${column}" = $1`, [patientId])).rows[0].n);

beforeAll(async () => {
  world = await createTestWorld({ RETENTION_PURGE_INTERVAL_MINUTES: '0' });
  const env = await migrateAsServiceRole(world, 'profiles', 'read-write', profilesOrmOptions);
  const config = loadServiceConfig('profiles', env);
  schema = config.dbSchema;
  app = await startService(SERVICE_NAME, ProfilesModule.forRoot(config) as never, config, { logger: false });
  rpc = await rpcClient(world);
  nc = await natsConnection();
  db = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await db.connect();
  const create = (givenName: string) => rpc.request<PatientDto>(PROFILES.patientCreate, { body: { givenName, familyName: 'Retention', birthDate: '1950-01-01' } }, admin);
  [old, recent, live] = [await create('Olga'), await create('Rita'), await create('Lena')];
  for (const p of [old, recent, live]) {
    const clinician = actor(['clinician'], { careTeam: [p.id] });
    await rpc.request(PROFILES.conditionCreate, { patientId: p.id, body: { code: { system: 'http://snomed.info/sct', code: '44054006', display: 'Diabetes mellitus type 2' }, clinicalStatus: 'active' } }, clinician);
    await rpc.request(PROFILES.checkInRecord, { patientId: p.id, body: { date: '2026-11-01', energy: 5, mood: 6, focus: 7, sleepQuality: 8 } }, actor(['patient'], { patientId: p.id }));
  }
  for (const p of [old, recent]) await rpc.request(PROFILES.patientDelete, { patientId: p.id, body: REASON }, admin);
  // Olga was deleted 7 years and 2 days ago: her retention date was yesterday.
  await db.query(`update "${schema}"."patient" set "deleted_at" = now() - interval '7 years 2 days', "retain_until" = now() - interval '1 day' where "id" = $1`, [old.id]);
});

afterAll(async () => {
  await db?.end();
  await nc?.close();
  await rpc?.close();
  await app?.close();
  if (world) await destroyTestWorld(world);
});

describe('retention purge (profiles-svc)', () => {
  it('reports in a dry run what it would purge, and changes nothing', async () => {
    const report = await app.get(RetentionPurger).run({ dryRun: true });
    expect(report).toEqual({ dryRun: true, ran: true, purged: [{ resource: 'patient', id: old.id, patientId: old.id }] });
    expect(await count('patient', old.id, 'id')).toBe(1);
  });

  it('hard-deletes exactly the patient past retention, with their conditions and check-ins, and records the purge', async () => {
    const report = await app.get(RetentionPurger).run();
    expect(report.purged).toEqual([{ resource: 'patient', id: old.id, patientId: old.id }]);
    expect([await count('patient', old.id, 'id'), await count('condition', old.id), await count('check_in', old.id)]).toEqual([0, 0, 0]);
    for (const p of [recent, live]) expect([await count('patient', p.id, 'id'), await count('condition', p.id), await count('check_in', p.id)]).toEqual([1, 1, 1]);

    const purges = (await publishedAuditEvents(nc, world)).filter((e) => e.purposeOfUse === 'operations' && e.action === 'delete');
    expect(purges.map((e) => [e.resource, e.outcome, e.actor.kind, e.actor.subject])).toEqual([
      [{ type: 'patient', id: old.id, patientId: old.id }, 'success', 'service', 'service:profiles-svc:retention'],
    ]);
    // The one deleted recently can still be restored; a second run finds nothing.
    await expect(rpc.request(PROFILES.patientRestore, { patientId: recent.id, body: { reason: 'Not a duplicate after all, confirmed' } }, admin)).resolves.toMatchObject({ id: recent.id });
    expect((await app.get(RetentionPurger).run()).purged).toEqual([]);
  });
});
