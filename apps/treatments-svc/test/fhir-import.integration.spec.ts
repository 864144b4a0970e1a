import { randomUUID } from 'node:crypto';
import type { INestMicroservice } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import type { NatsConnection } from '@nats-io/transport-node';
import { loadServiceConfig, type Env } from '@pg/config';
import { DomainException, ErrorCode, TREATMENTS, type FhirPartResultDto, type Page, type ProtocolDto } from '@pg/contracts';
import { startService, type NatsRpcClient } from '@pg/messaging';
import { actor, createTestWorld, destroyTestWorld, migrateAsServiceRole, natsConnection, publishedAuditEvents, rejection, rpcClient, schemaDiff, type TestWorld } from '@pg/testing';
import { treatmentsOrmOptions } from '../src/mikro-orm.config.js';
import { SERVICE_NAME, TreatmentsModule } from '../src/treatments.module.js';

/*
 * treatments-svc's part of a FHIR import (issue 14, docs/fhir.md "Import") on a real PostgreSQL (as its app role) and
 * NATS: who may write it (docs/rbac.md: only profiles-svc's import principal with `protocols:import`, on behalf of the
 * patient), the protocols it writes (read back as a clinician would), idempotency, a newer CarePlan, refusals, undo.
 */

let world: TestWorld;
let app: INestMicroservice;
let rpc: NatsRpcClient;
let nc: NatsConnection;
let schema: string;

const PATIENT = randomUUID();
const OTHER = randomUUID();
const IMPORT = randomUUID();
const importer = actor(['service'], { subject: 'service:profiles-svc', scopes: ['labs:write', 'protocols:import'], onBehalfOf: PATIENT });
const clinician = actor(['clinician'], { careTeam: [PATIENT] });

const CAREPLAN = {
  key: 'CarePlan/cp-1', name: 'Hormone support', status: 'paused', startDate: '2026-01-01', endDate: '2026-06-30', timeZone: 'America/Los_Angeles',
  items: [
    { compound: 'Testosterone cypionate', dose: 100, unit: 'mg', route: 'intramuscular', schedule: { rrule: 'FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0' } },
    { compound: 'Vitamin D3', dose: 5000, unit: '[iU]', route: 'oral', schedule: { rrule: 'FREQ=DAILY', dtstart: '2026-01-01T08:30' }, instructions: 'with breakfast' },
  ],
};
const write = (who: ReturnType<typeof actor>, protocols: object[], importId = IMPORT, patientId = PATIENT) =>
  rpc.request<FhirPartResultDto>(TREATMENTS.fhirImport, { importId, patientId, protocols }, who);
const protocolsOf = async (patientId = PATIENT) =>
  (await rpc.request<Page<ProtocolDto>>(TREATMENTS.protocolList, { patientId, query: {} }, actor(['clinician'], { careTeam: [patientId] }))).items;

beforeAll(async () => {
  world = await createTestWorld();
  const env = await migrateAsServiceRole(world, 'treatments', 'read-write', treatmentsOrmOptions);
  const config = loadServiceConfig('treatments', env as Env);
  schema = config.dbSchema;
  app = await startService(SERVICE_NAME, TreatmentsModule.forRoot(config) as never, config, { logger: false });
  rpc = await rpcClient(world, 10_000);
  nc = await natsConnection();
});

afterAll(async () => {
  await nc?.close();
  await rpc?.close();
  await app?.close();
  if (world) await destroyTestWorld(world);
});

describe("treatments-svc's part of a FHIR import", () => {
  it('the ledger migration leaves no difference between the entities and the schema', async () => {
    await expect(schemaDiff(app.get(MikroORM), schema)).resolves.toBe('');
  });

  it('refuses everyone but the import principal with protocols:import on behalf of the patient: clinicians, protocols:write, another subject, another patient', async () => {
    const refused: [ReturnType<typeof actor>, string][] = [
      [clinician, ErrorCode.FORBIDDEN],
      [actor(['admin']), ErrorCode.FORBIDDEN],
      [actor(['service'], { subject: 'service:profiles-svc', scopes: ['protocols:write'], onBehalfOf: PATIENT }), ErrorCode.FORBIDDEN],
      [actor(['service'], { subject: 'service:assistant', scopes: ['protocols:import'], onBehalfOf: PATIENT }), ErrorCode.FORBIDDEN],
      [actor(['service'], { subject: 'service:profiles-svc', scopes: ['protocols:import'] }), ErrorCode.FORBIDDEN],
      [actor(['service'], { subject: 'service:profiles-svc', scopes: ['protocols:import'], onBehalfOf: OTHER }), ErrorCode.NOT_FOUND],
    ];
    for (const [who, code] of refused) expect((await rejection<DomainException>(write(who, [CAREPLAN])))?.code).toBe(code);
    expect(await protocolsOf()).toEqual([]);
    // The refusals are in the audit trail as denied.
    const denied = (await publishedAuditEvents(nc, world)).filter((e) => e.resource.type === 'protocol' && e.action === 'import');
    expect(denied.filter((e) => e.outcome === 'denied').length).toBeGreaterThanOrEqual(refused.length);
  });

  it('writes each CarePlan as a protocol with its first version, as a clinician then reads it; the same part again adds nothing', async () => {
    expect(await write(importer, [CAREPLAN])).toEqual({ patientId: PATIENT, outcomes: { 'CarePlan/cp-1': 'created' } });
    const [p, ...more] = await protocolsOf();
    expect(more).toEqual([]);
    expect(p).toMatchObject({ version: 1, latestVersion: 1, name: 'Hormone support', status: 'paused', startDate: '2026-01-01', endDate: '2026-06-30', timeZone: 'America/Los_Angeles' });
    expect(p!.items.map(({ id: _id, ...i }) => i)).toEqual(CAREPLAN.items);
    const events = (await publishedAuditEvents(nc, world)).filter((e) => e.resource.type === 'protocol' && e.action === 'import' && e.outcome === 'success');
    expect(events.map((e) => [e.actor.subject, e.resource.patientId])).toEqual([['service:profiles-svc', PATIENT]]);

    expect(await write(importer, [CAREPLAN], randomUUID())).toEqual({ patientId: PATIENT, outcomes: { 'CarePlan/cp-1': 'existing' } });
    expect((await protocolsOf()).map((x) => [x.id, x.latestVersion])).toEqual([[p!.id, 1]]);
  });

  it('a newer bundle whose CarePlan changed makes the next version of the protocol it made', async () => {
    const changed = { ...CAREPLAN, status: 'active', items: [{ ...CAREPLAN.items[0], dose: 120 }, CAREPLAN.items[1]] };
    expect(await write(importer, [changed], randomUUID())).toEqual({ patientId: PATIENT, outcomes: { 'CarePlan/cp-1': 'existing' } });
    const [p, ...more] = await protocolsOf();
    expect(more).toEqual([]);
    expect([p!.version, p!.status, p!.items[0]!.dose]).toEqual([2, 'active', 120]);
  });

  it('a newer bundle never reopens a protocol the clinic completed: its version and status stay as the clinician left them', async () => {
    const [p] = await protocolsOf();
    await rpc.request(TREATMENTS.protocolUpdate, { patientId: PATIENT, protocolId: p!.id, body: { status: 'completed' } }, clinician);
    const newer = { ...CAREPLAN, status: 'active', items: [{ ...CAREPLAN.items[0], dose: 140 }, CAREPLAN.items[1]] };
    expect(await write(importer, [newer], randomUUID())).toEqual({ patientId: PATIENT, outcomes: { 'CarePlan/cp-1': 'existing' } });
    const [after] = await protocolsOf();
    expect([after!.version, after!.status, after!.items[0]!.dose]).toEqual([3, 'completed', 120]);
  });

  it('refuses, writing nothing, a CarePlan whose unit is not UCUM or whose rule does not compile (UNPROCESSABLE, naming it)', async () => {
    const bad = { ...CAREPLAN, key: 'CarePlan/cp-bad', items: [{ ...CAREPLAN.items[0], schedule: { rrule: 'FREQ=DAILY;UNTIL=20260401T000000Z' } }] };
    const err = await rejection<DomainException>(write(importer, [{ ...CAREPLAN, key: 'CarePlan/cp-ok' }, bad], randomUUID()));
    expect(err?.code).toBe(ErrorCode.UNPROCESSABLE);
    expect(err?.details.map((d) => d.field)).toEqual(['CarePlan/cp-bad.items.0.schedule.rrule']);
    expect(await protocolsOf()).toHaveLength(1);
  });

  it('undo deletes the protocols (and their versions) the import created, and only those', async () => {
    const second = randomUUID();
    await write(importer, [{ ...CAREPLAN, key: 'CarePlan/cp-2', name: 'Second' }], second);
    expect(await protocolsOf()).toHaveLength(2);
    const refused = await rejection<DomainException>(rpc.request(TREATMENTS.fhirImportUndo, { importId: second, patientId: PATIENT }, clinician));
    expect(refused?.code).toBe(ErrorCode.FORBIDDEN);
    expect(await rpc.request(TREATMENTS.fhirImportUndo, { importId: second, patientId: PATIENT }, importer)).toEqual({ patientId: PATIENT, removed: 1 });
    expect((await protocolsOf()).map((p) => p.name)).toEqual(['Hormone support']);
    // The first import's protocol (two versions) goes with the undo of the first import; an undo twice removes nothing.
    expect(await rpc.request(TREATMENTS.fhirImportUndo, { importId: IMPORT, patientId: PATIENT }, importer)).toEqual({ patientId: PATIENT, removed: 1 });
    expect(await rpc.request(TREATMENTS.fhirImportUndo, { importId: IMPORT, patientId: PATIENT }, importer)).toEqual({ patientId: PATIENT, removed: 0 });
    expect(await protocolsOf()).toEqual([]);
  });

  it('merges a CarePlan exported from a protocol of this patient into it (no second protocol, and an undo leaves it alone)', async () => {
    const own = await rpc.request<ProtocolDto>(TREATMENTS.protocolCreate, {
      patientId: PATIENT, body: { name: 'Own', status: 'active', startDate: '2026-01-01', timeZone: 'UTC', items: [CAREPLAN.items[0]] },
    }, clinician);
    const again = randomUUID();
    expect(await write(importer, [{ ...CAREPLAN, key: `CarePlan/${own.id}`, localId: own.id, name: 'Own' }], again)).toEqual({ patientId: PATIENT, outcomes: { [`CarePlan/${own.id}`]: 'existing' } });
    await rpc.request(TREATMENTS.fhirImportUndo, { importId: again, patientId: PATIENT }, importer);
    expect((await protocolsOf()).map((p) => p.id)).toEqual([own.id]);
  });
});
