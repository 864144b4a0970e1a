import { randomUUID } from 'node:crypto';
import type { INestMicroservice } from '@nestjs/common';
import pg from 'pg';
import type { NatsConnection } from '@nats-io/transport-node';
import { loadLabsSettings } from '@pg/config';
import { LABS, type LabReportDetailDto, type LabReportDto } from '@pg/contracts';
import { startService, type NatsRpcClient } from '@pg/messaging';
import { migrate, RetentionPurger } from '@pg/persistence';
import { actor, createTestWorld, destroyTestWorld, natsConnection, publishedAuditEvents, rpcClient, TEST_DATABASE_URL, until, type TestWorld } from '@pg/testing';
import { labsOrmOptions } from '../src/mikro-orm.config.js';
import { LabsModule, SERVICE_NAME } from '../src/labs.module.js';
import { deleteLabsStreams, putJsonUpload } from './labs-test-kit.js';

/*
 * Retention purge of labs-svc: lab reports soft-deleted more than 7 years ago (retention date passed) are
 * hard-deleted with their results; a report deleted recently and a live one stay. The past is made by backdating rows.
 */

let world: TestWorld;
let app: INestMicroservice;
let rpc: NatsRpcClient;
let nc: NatsConnection;
let db: pg.Client;
let schema: string;

const PATIENT = randomUUID();
const patient = actor(['patient'], { patientId: PATIENT });
const admin = actor(['admin']);
const REPORT = { collectedAt: '2019-01-10', results: [{ biomarker: 'glucose', value: 92, unit: 'mg/dL' }, { biomarker: 'sodium', value: 140, unit: 'mmol/L' }] };
const REASON = { reason: 'Uploaded to the wrong patient at intake' };

async function upload(): Promise<LabReportDto> {
  const up = await putJsonUpload(nc, world, REPORT);
  const r = await rpc.request<LabReportDto>(LABS.reportCreate, { patientId: PATIENT, upload: up }, patient);
  await until('the report parsed', async () => (await rpc.request<LabReportDetailDto>(LABS.reportGet, { patientId: PATIENT, reportId: r.id }, patient)).status === 'parsed');
  return r;
}
const rows = async (reportId: string) => [
  Number((await db.query(`select count(*)::int as n from "${schema}"."lab_report" where "id" = $1`, [reportId])).rows[0].n),
  Number((await db.query(`select count(*)::int as n from "${schema}"."lab_result" where "report_id" = $1`, [reportId])).rows[0].n),
];

let old: LabReportDto;
let recent: LabReportDto;
let live: LabReportDto;

beforeAll(async () => {
  world = await createTestWorld({ RETENTION_PURGE_INTERVAL_MINUTES: '0' });
  const config = world.serviceConfig('labs');
  schema = config.dbSchema;
  await migrate(labsOrmOptions(config));
  nc = await natsConnection();
  const withLabs = { ...config, labs: loadLabsSettings(world.env) };
  app = await startService(SERVICE_NAME, LabsModule.forRoot(withLabs) as never, withLabs, { logger: false });
  rpc = await rpcClient(world, 10_000);
  db = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await db.connect();
  [old, recent, live] = [await upload(), await upload(), await upload()];
  for (const r of [old, recent]) await rpc.request(LABS.reportDelete, { patientId: PATIENT, reportId: r.id, body: REASON }, admin);
  // The first was deleted 7 years and 2 days ago: its retention date (and its results') was yesterday.
  for (const table of ['lab_report', 'lab_result']) {
    await db.query(`update "${schema}"."${table}" set "deleted_at" = now() - interval '7 years 2 days', "retain_until" = now() - interval '1 day' where "${table === 'lab_report' ? 'id' : 'report_id'}" = $1`, [old.id]);
  }
});

afterAll(async () => {
  await db?.end();
  await rpc?.close();
  await app?.close();
  if (nc) {
    await deleteLabsStreams(nc, world);
    await nc.close();
  }
  if (world) await destroyTestWorld(world);
});

describe('retention purge (labs-svc)', () => {
  it('reports in a dry run the report it would purge, and changes nothing', async () => {
    expect(await app.get(RetentionPurger).run({ dryRun: true })).toEqual({ dryRun: true, ran: true, purged: [{ resource: 'lab-report', id: old.id, patientId: PATIENT }] });
    expect(await rows(old.id)).toEqual([1, 2]);
  });

  it('hard-deletes exactly the report past retention with its results, records it, and keeps the others', async () => {
    expect((await app.get(RetentionPurger).run()).purged).toEqual([{ resource: 'lab-report', id: old.id, patientId: PATIENT }]);
    expect(await rows(old.id)).toEqual([0, 0]);
    expect(await rows(recent.id)).toEqual([1, 2]);
    expect(await rows(live.id)).toEqual([1, 2]);
    const purges = (await publishedAuditEvents(nc, world)).filter((e) => e.purposeOfUse === 'operations' && e.action === 'delete');
    expect(purges.map((e) => [e.resource, e.outcome, e.actor.subject])).toEqual([[{ type: 'lab-report', id: old.id, patientId: PATIENT }, 'success', 'service:labs-svc:retention']]);
    // Recently deleted: still restorable.
    await expect(rpc.request(LABS.reportRestore, { patientId: PATIENT, reportId: recent.id }, admin)).resolves.toBeDefined();
    expect((await app.get(RetentionPurger).run()).purged).toEqual([]);
  });
});
