import { randomUUID } from 'node:crypto';
import type { INestMicroservice } from '@nestjs/common';
import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { loadLabsSettings } from '@pg/config';
import {
  LABS, PATIENT_EVENTS, PatientDeletedEvent, PatientRestoredEvent, type DomainException, type LabReportDetailDto, type LabReportDto, type LabResultDto, type Page,
} from '@pg/contracts';
import { publishDomainEvent, startService, type NatsRpcClient } from '@pg/messaging';
import { migrate } from '@pg/persistence';
import { actor, createTestWorld, destroyTestWorld, natsConnection, publishedAuditEvents, rpcClient, until, type TestWorld } from '@pg/testing';
import { labsOrmOptions } from '../src/mikro-orm.config.js';
import { LabsModule, SERVICE_NAME } from '../src/labs.module.js';
import { deleteLabsStreams, putJsonUpload } from './labs-test-kit.js';

/*
 * A patient soft-deleted in profiles-svc is gone from labs-svc too: reports, results and uploads answer NOT_FOUND
 * (recorded as refused) until the patient is restored. Another patient is untouched.
 */

let world: TestWorld;
let app: INestMicroservice;
let rpc: NatsRpcClient;
let nc: NatsConnection;

const PATIENT = randomUUID();
const OTHER = randomUUID();
const clinician = actor(['clinician'], { careTeam: [PATIENT, OTHER] });
const patient = actor(['patient'], { patientId: PATIENT });
const admin = actor(['admin']);
const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as DomainException);

const REPORT = { collectedAt: '2024-01-10', results: [{ biomarker: 'glucose', value: 92, unit: 'mg/dL', referenceRange: { low: 70, high: 99 } }] };

async function upload(who: ReturnType<typeof actor>, patientId: string): Promise<LabReportDto> {
  const up = await putJsonUpload(nc, world, REPORT);
  return rpc.request<LabReportDto>(LABS.reportCreate, { patientId, upload: up }, who);
}
const getReport = (patientId: string, reportId: string, who = clinician) => rpc.request<LabReportDetailDto>(LABS.reportGet, { patientId, reportId }, who);
const parsed = (patientId: string, reportId: string) =>
  until('the report to be parsed', async () => ((await getReport(patientId, reportId)).status === 'parsed' ? true : undefined));
const publish = (name: string, event: object) => publishDomainEvent(jetstream(nc), world.ns, name, event, randomUUID());

let mine: LabReportDto;
let theirs: LabReportDto;

beforeAll(async () => {
  world = await createTestWorld();
  const config = world.serviceConfig('labs');
  await migrate(labsOrmOptions(config));
  nc = await natsConnection();
  const withLabs = { ...config, labs: loadLabsSettings(world.env) };
  app = await startService(SERVICE_NAME, LabsModule.forRoot(withLabs) as never, withLabs, { logger: false });
  rpc = await rpcClient(world, 10_000);
  mine = await upload(patient, PATIENT);
  theirs = await upload(clinician, OTHER);
  await parsed(PATIENT, mine.id);
  await parsed(OTHER, theirs.id);
});

afterAll(async () => {
  await rpc?.close();
  await app?.close();
  if (nc) {
    await deleteLabsStreams(nc, world);
    await nc.close();
  }
  if (world) await destroyTestWorld(world);
});

describe('a deleted patient in labs-svc', () => {
  it('answers NOT_FOUND to reads of reports and results and to uploads, recorded as refused; the other patient is served', async () => {
    await publish(PATIENT_EVENTS.deleted, new PatientDeletedEvent(PATIENT));
    await until('the deletion to reach labs-svc', async () => (await failure(getReport(PATIENT, mine.id)))?.code === 'NOT_FOUND');

    for (const [what, call] of [
      ['the patient reads the report', getReport(PATIENT, mine.id, patient)],
      ['report list', rpc.request(LABS.reportList, { patientId: PATIENT, query: {} }, clinician)],
      ['result search', rpc.request(LABS.resultSearch, { patientId: PATIENT, query: {} }, clinician)],
      ['latest results', rpc.request(LABS.resultLatest, { patientId: PATIENT }, clinician)],
      ['an admin deletes the report', rpc.request(LABS.reportDelete, { patientId: PATIENT, reportId: mine.id, body: { reason: 'entered for the wrong patient' } }, admin)],
      ['upload', upload(patient, PATIENT)],
    ] as const) {
      const err = await failure(call);
      expect([what, err?.toBody?.() ?? err]).toEqual([what, { code: 'NOT_FOUND', message: 'Patient not found' }]);
    }
    expect((await getReport(OTHER, theirs.id)).status).toBe('parsed');

    const refused = (await publishedAuditEvents(nc, world)).filter((e) => e.resource.patientId === PATIENT && e.outcome !== 'success');
    expect(refused.map((e) => [e.action, e.outcome, e.reason])).toEqual(expect.arrayContaining([
      ['read', 'denied', 'NOT_FOUND'], ['search', 'denied', 'NOT_FOUND'], ['delete', 'denied', 'NOT_FOUND'], ['create', 'denied', 'NOT_FOUND'],
    ]));
  });

  it('serves the patient again after a restore, with nothing changed meanwhile', async () => {
    await publish(PATIENT_EVENTS.restored, new PatientRestoredEvent(PATIENT));
    const back = await until('the restore to reach labs-svc', () => getReport(PATIENT, mine.id).catch(() => undefined));
    expect(back.status).toBe('parsed');
    const reports = await rpc.request<Page<LabReportDto>>(LABS.reportList, { patientId: PATIENT, query: {} }, clinician);
    expect(reports.items.map((r) => r.id)).toEqual([mine.id]);
    const results = await rpc.request<Page<LabResultDto>>(LABS.resultSearch, { patientId: PATIENT, query: {} }, clinician);
    expect(results.items.map((r) => [r.reportId, r.value])).toEqual([[mine.id, 92]]);
  });
});
