import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { INestMicroservice } from '@nestjs/common';
import pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { Objm, StorageType } from '@nats-io/obj';
import type { NatsConnection } from '@nats-io/transport-node';
import {
  DomainException, ErrorCode, LABS, LABS_EVENTS, LABS_JOBS, type BiomarkerDto, type LabReportDetailDto, type LabReportDto, type LabReportFileDto,
  type LabResultDto, type LabTrendDto, type LabUploadDto, type Page,
} from '@pg/contracts';
import { loadLabsSettings, type LabsSettings } from '@pg/config';
import { startService, STREAM, type NatsRpcClient } from '@pg/messaging';
import { migrate } from '@pg/persistence';
import {
  actor, createTestWorld, destroyTestWorld, natsConnection, publishedAuditEvents, rpcClient, schemaDiff, TEST_DATABASE_URL, type TestWorld,
} from '@pg/testing';
import { labsOrmOptions } from '../src/mikro-orm.config.js';
import { LabsModule, SERVICE_NAME } from '../src/labs.module.js';
import { ReportParser } from '../src/lab-reports/report-parser.service.js';
import { LabParseQueue } from '../src/lab-reports/parse-queue.js';
import { renderTextAsPdf, scannedPdf } from '../src/testing/lab-pdf.renderer.js';

const DATA = new URL('../../../../shared/data/lab-reports/', import.meta.url);
const fixture = (f: string) => readFileSync(new URL(f, DATA));

let world: TestWorld;
let app: INestMicroservice;
let rpc: NatsRpcClient;
let nc: NatsConnection;
let db: pg.Client;
let schema: string;
let migrated: string[];

const PATIENT = randomUUID();
const OTHER = randomUUID();
const patient = actor(['patient'], { patientId: PATIENT });
const clinician = actor(['clinician'], { careTeam: [PATIENT] });
const outsider = actor(['clinician'], { careTeam: [OTHER] });
const coordinator = actor(['coordinator'], { careTeam: [PATIENT] });
const auditor = actor(['auditor']);

/** Not a pattern of libs/contracts on purpose: a subject under labs' domain that nothing serves. */
const UNSERVED_PATTERN = 'labs.no-such.pattern';

/** Starts labs-svc, with settings of its own for a test (a short ack wait, a slow parse, a one-connection pool). */
async function start(opts: { labs?: Partial<Omit<LabsSettings, 'testDelays'>> & { testDelays?: Partial<LabsSettings['testDelays']> }; dbPoolMax?: number } = {}): Promise<void> {
  const defaults = loadLabsSettings(world.env);
  const labs: LabsSettings = { ...defaults, ...opts.labs, testDelays: { ...defaults.testDelays, ...opts.labs?.testDelays } };
  const config = { ...world.serviceConfig('labs'), ...(opts.dbPoolMax ? { dbPoolMax: opts.dbPoolMax } : {}), labs };
  app = await startService(SERVICE_NAME, LabsModule.forRoot(config) as never, config, { logger: false });
}

/** What the gateway does with an upload: the bytes into the object store, then the request with the object name. */
async function stored(bytes: Uint8Array, kind: LabUploadDto['kind'], contentType: string, fileName?: string): Promise<LabUploadDto> {
  const os = await new Objm(nc).create(world.ns.stream(LABS_JOBS.fileBucket), { storage: StorageType.File });
  const object = randomUUID();
  await os.putBlob({ name: object }, bytes);
  return { object, kind, contentType, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), ...(fileName ? { fileName } : {}) };
}

async function upload(who: ReturnType<typeof actor>, bytes: Uint8Array, kind: LabUploadDto['kind'], contentType: string, patientId: string = PATIENT): Promise<LabReportDto> {
  return rpc.request<LabReportDto>(LABS.reportCreate, { patientId, upload: await stored(bytes, kind, contentType, 'report') }, who);
}

/** Polls until the report leaves received/parsing (no sleeps in the tests beyond this bounded poll). */
async function settled(reportId: string, patientId: string = PATIENT, deadlineMs = 15_000): Promise<LabReportDetailDto> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const r = await rpc.request<LabReportDetailDto>(LABS.reportGet, { patientId, reportId }, clinician.careTeam.includes(patientId) ? clinician : outsider);
    if (r.status === 'parsed' || r.status === 'failed') return r;
    if (Date.now() > until) throw new Error(`report still ${r.status} after ${deadlineMs} ms`);
    await new Promise((res) => setTimeout(res, 50));
  }
}

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as DomainException);

async function domainEvents(prefix: string): Promise<{ subject: string; data: Record<string, unknown> }[]> {
  const jsm = await jetstreamManager(nc);
  const stream = world.ns.stream(STREAM.events);
  const info = await jsm.streams.info(stream);
  if (!info.state.messages) return [];
  const consumer = await jetstream(nc).consumers.get(stream, { deliver_policy: DeliverPolicy.All, ack_policy: AckPolicy.None } as never);
  const out: { subject: string; data: Record<string, unknown> }[] = [];
  const total = info.state.messages;
  let seen = 0;
  for await (const m of await consumer.fetch({ max_messages: total, expires: 2000 })) {
    if (m.subject.startsWith(world.ns.subject(`events.${prefix}.`))) out.push({ subject: m.subject, data: m.json() });
    if (++seen >= total) break;
  }
  return out;
}

beforeAll(async () => {
  world = await createTestWorld();
  const config = world.serviceConfig('labs');
  schema = config.dbSchema;
  migrated = await migrate(labsOrmOptions(config));
  nc = await natsConnection();
  await start();
  rpc = await rpcClient(world, 10_000);
  db = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await rpc?.close();
  await app?.close();
  if (nc) {
    const jsm = await jetstreamManager(nc);
    for (const s of [world.ns.stream(LABS_JOBS.stream), `OBJ_${world.ns.stream(LABS_JOBS.fileBucket)}`]) await jsm.streams.delete(s).catch(() => undefined);
    await nc.close();
  }
  if (world) await destroyTestWorld(world);
});

describe('labs-svc: schema and catalog', () => {
  it('answers its health check without an actor, with the database up', async () => {
    await expect(rpc.request(LABS.health, {}, null)).resolves.toEqual({ status: 'ok', service: 'labs-svc', db: 'up' });
  });

  it('migrates into the world\'s own schema, once, and the entities match the migrations', async () => {
    expect(schema).toMatch(/^labs_/);
    expect(migrated).toEqual([
      'Migration20261124060000_biomarker', 'Migration20261124061000_biomarker_catalog', 'Migration20261124062000_lab_reports', 'Migration20261129070000_lab_report_request_key',
      'Migration20261129100000_biomarker_catalog_v2', 'Migration20261129110000_lab_clinic', 'Migration20261129120000_wearables', 'Migration20261129130000_wearable_connections',
      'Migration20261130030000_merges', 'Migration20261130040000_patient_state', 'Migration20261130070000_wearable_ingest',
      'Migration20261130050000_fhir_import_ledger', 'Migration20261201020000_lab_result_comment', 'Migration20261201060000_wearable_rollup', 'Migration20261202040000_wearable_rollup_from_stage', 'Migration20261204300000_rollup_unit_bytewise',
      'Migration20261205000000_biomarker_catalog_v3', 'Migration20261206000000_biomarker_catalog_v4', 'Migration20261207000000_biomarker_catalog_v5',
      'Migration20261208000000_biomarker_catalog_v6', 'Migration20261209000000_biomarker_catalog_v7',
      'Migration20261210000000_biomarker_catalog_v8', 'Migration20261211000000_biomarker_catalog_v9', 'Migration20261212000000_normalize_stored_results',
      'Migration20261213000000_biomarker_catalog_v10', 'Migration20261213000001_stored_results_v10',
      'Migration20261214000000_biomarker_catalog_v11',
    ]);
    await expect(migrate(labsOrmOptions(world.serviceConfig('labs')))).resolves.toEqual([]);
    await expect(schemaDiff(app.get(MikroORM), schema)).resolves.toBe('');
  });

  it('seeds the biomarker catalog: GET /v1/biomarkers for anyone whose role reads it, 403 otherwise', async () => {
    const all = await rpc.request<BiomarkerDto[]>(LABS.biomarkerList, { query: {} }, patient);
    expect(all.length).toBeGreaterThanOrEqual(200);
    expect(all.find((b) => b.key === 'glucose')).toMatchObject({ display: 'Glucose', loinc: '2345-7', ucumUnit: 'mg/dL', molarMass: 180.156, alternateLoinc: ['2339-0'] });
    const found = await rpc.request<BiomarkerDto[]>(LABS.biomarkerList, { query: { q: 'K/uL' } }, clinician);
    expect(found).toEqual([]);
    expect((await rpc.request<BiomarkerDto[]>(LABS.biomarkerList, { query: { q: 'bun' } }, clinician)).map((b) => b.key)).toContain('blood-urea-nitrogen');
    // Catalog v3: the TC/HDL ratio is a biomarker of its own, and its names are no longer the LDL/HDL ratio's.
    expect(all.find((b) => b.key === 'cholesterol-hdl-ratio')).toMatchObject({ loinc: '9830-1', ucumUnit: '{ratio}', aliases: expect.arrayContaining(['Total Cholesterol/HDL Ratio']) });
    expect(all.find((b) => b.key === 'ldl-hdl-ratio')?.aliases).toEqual(['LDL/HDL Ratio', 'LDL/HDL']);
    // Catalog v4: the tumour markers beside PSA, the indirect bilirubin, and IGF-1's Roman-numeral name.
    expect(all.find((b) => b.key === 'indirect-bilirubin')).toMatchObject({ loinc: '1971-1', ucumUnit: 'mg/dL', molarMass: 584.66 });
    expect(all.filter((b) => ['carcinoembryonic-antigen', 'cancer-antigen-15-3', 'cancer-antigen-19-9', 'cancer-antigen-125'].includes(b.key))
      .map((b) => [b.key, b.loinc, b.ucumUnit])).toEqual(expect.arrayContaining([
      ['carcinoembryonic-antigen', '2039-6', 'ng/mL'], ['cancer-antigen-15-3', '6875-9', 'U/mL'], ['cancer-antigen-19-9', '24108-3', 'U/mL'], ['cancer-antigen-125', '10334-1', 'U/mL'],
    ]));
    expect(all.find((b) => b.key === 'somatomedin-c')?.aliases).toContain('Insulin-like Growth Factor I');
    // Catalog v9: IGF-1 and PTH gain their molar masses (results in nmol/L and pmol/L are normalized).
    expect(all.find((b) => b.key === 'somatomedin-c')).toMatchObject({ molarMass: 7649 });
    expect(all.find((b) => b.key === 'parathyroid-hormone')).toMatchObject({ molarMass: 9425 });
    // Catalog v5: hepatitis B surface antigen (its antibody stays its own), procalcitonin; the hepatitis C antibody gains its LOINC code.
    expect(all.find((b) => b.key === 'hepatitis-b-surface-antigen')).toMatchObject({ loinc: '5195-3' });
    expect(all.find((b) => b.key === 'procalcitonin')).toMatchObject({ loinc: '33959-8', ucumUnit: 'ng/mL' });
    expect(all.find((b) => b.key === 'hepatitis-c-antibody')).toMatchObject({ loinc: '16128-1', alternateLoinc: ['13955-0'] });
    // Catalog v6: the HDL/LDL and triglyceride/HDL ratios, ASO; the LDL/HDL ratio gains its LOINC code.
    expect(all.filter((b) => ['hdl-ldl-ratio', 'triglyceride-hdl-ratio', 'ldl-hdl-ratio', 'antistreptolysin-o'].includes(b.key)).map((b) => [b.key, b.loinc, b.ucumUnit]))
      .toEqual(expect.arrayContaining([['hdl-ldl-ratio', '16616-5', '{ratio}'], ['triglyceride-hdl-ratio', '44733-4', '{ratio}'], ['ldl-hdl-ratio', '11054-4', '{ratio}'], ['antistreptolysin-o', '5370-2', '[IU]/mL']]));
    // Catalog v7: what a hormone and longevity clinic orders beyond v6 — AMH converts ng/mL ↔ pmol/L (7.14), the free PSA
    // is not the total's, zinc and lactate are minerals and metabolites with their molar masses.
    expect(all.filter((b) => ['anti-mullerian-hormone', 'estrone', 'prostate-specific-antigen-free', 'zinc', 'lactate', 'thyroglobulin'].includes(b.key))
      .map((b) => [b.key, b.loinc, b.ucumUnit, b.molarMass])).toEqual(expect.arrayContaining([
      ['anti-mullerian-hormone', '38476-8', 'ng/mL', 140000], ['estrone', '2258-2', 'pg/mL', 270.37], ['prostate-specific-antigen-free', '10886-0', 'ng/mL', null],
      ['zinc', '5763-8', 'ug/dL', 65.38], ['lactate', '2524-7', 'mmol/L', 90.08], ['thyroglobulin', '3013-0', 'ng/mL', null],
    ]));
    // Catalog v8: unconjugated DHEA beside the sulfate, the direct renin beside the activity, the red cells' magnesium beside
    // the serum's, vitamins with their molar masses, TMAO without a code.
    expect(all.filter((b) => ['dhea', 'dhea-sulfate', 'renin-direct', 'magnesium-rbc', 'magnesium', 'vitamin-a', 'vitamin-b6', 'tmao'].includes(b.key))
      .map((b) => [b.key, b.loinc, b.ucumUnit, b.molarMass])).toEqual(expect.arrayContaining([
      ['dhea', '2193-1', 'ng/dL', 288.42], ['dhea-sulfate', '2191-5', 'ug/dL', 368.5], ['renin-direct', '35570-1', 'pg/mL', null],
      ['magnesium-rbc', '26746-8', 'mg/dL', 24.305], ['magnesium', '2601-3', 'mg/dL', 24.305], ['vitamin-a', '2923-1', 'ug/dL', 286.45],
      ['vitamin-b6', '62236-5', 'nmol/L', 247.14], ['tmao', null, 'umol/L', 75.11],
    ]));
    // A search matches what the catalog prints: `ap` finds the apolipoproteins (a report's row named `AP` is coded as
    // alkaline phosphatase; a search is not a row), `Haemoglobin` the hemoglobin (spelling is folded).
    const ap = (await rpc.request<BiomarkerDto[]>(LABS.biomarkerList, { query: { q: 'ap' } }, clinician)).map((b) => b.key);
    expect(ap).toEqual(expect.arrayContaining(['apolipoprotein-b', 'apolipoprotein-a1']));
    expect((await rpc.request<BiomarkerDto[]>(LABS.biomarkerList, { query: { q: 'Haemoglobin' } }, clinician)).map((b) => b.key)).toContain('hemoglobin');
    expect((await failure(rpc.request(LABS.biomarkerList, { query: {} }, auditor)))?.code).toBe(ErrorCode.FORBIDDEN);
  });

  it('gives no answer on a pattern it does not serve: the caller gets UNAVAILABLE', async () => {
    const err = await failure(rpc.request(UNSERVED_PATTERN, {}, actor(['admin'])));
    expect(err).toBeInstanceOf(DomainException);
    expect(err?.code).toBe(ErrorCode.UNAVAILABLE);
  });
});

describe('a patient uploads lab reports', () => {
  it('a PDF: 202-style answer at once, then parsed on the queue into coded results with ranges and flags', async () => {
    const pdf = await renderTextAsPdf(fixture('text/medikeep_labcorp_with_flags.txt').toString('utf8'));
    const created = await upload(patient, pdf, 'pdf', 'application/pdf');
    expect(created).toMatchObject({ patientId: PATIENT, status: 'received', kind: 'pdf', contentType: 'application/pdf', size: pdf.length, resultCount: 0 });
    const report = await settled(created.id);
    expect(report).toMatchObject({ status: 'parsed', layout: 'labcorp', resultCount: 4, collectedAt: '2023-06-12T00:00:00.000Z', error: null });
    expect(report.results.map((r) => [r.biomarker.key, r.value, r.unit, r.referenceRange, r.flag, r.normalized])).toEqual([
      ['glucose', 145, 'mg/dL', { low: 70, high: 99, text: '70-99' }, 'high', { value: 145, unit: 'mg/dL' }],
      ['creatinine', 0.8, 'mg/dL', { low: 0.7, high: 1.3, text: '0.7-1.3' }, 'normal', { value: 0.8, unit: 'mg/dL' }],
      ['blood-urea-nitrogen', 18, 'mg/dL', { low: 7, high: 20, text: '7-20' }, 'normal', { value: 18, unit: 'mg/dL' }],
      ['sodium', 142, 'meq/L', { low: 136, high: 145, text: '136-145' }, 'normal', { value: 142, unit: 'mmol/L' }],
    ]);
    expect(report.results[0]).toMatchObject({ reportId: created.id, patientId: PATIENT, reportedFlag: 'High', source: 'pdf', biomarker: { key: 'glucose', display: 'Glucose', loinc: '2345-7' } });
    const file = await rpc.request<LabReportFileDto>(LABS.reportFile, { patientId: PATIENT, reportId: created.id }, patient);
    expect(file).toMatchObject({ reportId: created.id, contentType: 'application/pdf', size: pdf.length, sha256: createHash('sha256').update(pdf).digest('hex') });
    const bytes = await (await new Objm(nc).open(world.ns.stream(LABS_JOBS.fileBucket))).getBlob(file.object);
    expect(Buffer.from(bytes!).equals(Buffer.from(pdf))).toBe(true);
  });

  it('an HL7 v2 ORU^R01 message: results with LOINC codes and their collection time, a warning per OBX not read', async () => {
    const created = await upload(patient, fixture('hl7v2/LAB-ORU-1.hl7.txt'), 'hl7v2', 'application/hl7-v2');
    const report = await settled(created.id);
    expect(report).toMatchObject({ status: 'parsed', layout: 'hl7v2', resultCount: 8 });
    expect(report.warnings.map((w) => [w.code, w.line])).toEqual([['no-value', 4], ['no-value', 6]]);
    expect(report.results[0]).toMatchObject({ biomarker: { key: 'red-blood-cell-count' }, value: 4.06, unit: '10*12/L', normalized: { value: 4.06, unit: '10*6/uL' }, flag: 'normal', reportedFlag: 'N', collectedAt: '2014-10-05T22:35:00.000Z', reportedCode: { system: 'http://loinc.org', code: '11273-0', display: 'ERYTHROCYTES' } });
  });

  it('structured JSON: glucose in mmol/L is converted to mg/dL; an unknown biomarker is kept with its name', async () => {
    const body = { collectedAt: '2024-02-01', results: [{ biomarker: 'glucose', value: 6.1, unit: 'mmol/L', referenceRange: { low: 3.9, high: 5.5 } }, { name: 'Zonulin', value: 48.2, unit: 'ng/mL' }] };
    const created = await upload(clinician, Buffer.from(JSON.stringify(body)), 'json', 'application/json');
    const report = await settled(created.id);
    expect(report.results.map((r) => [r.biomarker, r.value, r.unit, r.flag, r.normalized ?? null])).toEqual([
      [{ key: 'glucose', display: 'Glucose', loinc: '2345-7' }, 6.1, 'mmol/L', 'high', { value: 109.895, unit: 'mg/dL' }],
      [{ key: null, display: 'Zonulin' }, 48.2, 'ng/mL', null, null],
    ]);
    expect(report.warnings.map((w) => w.code)).toEqual(['unknown-biomarker']);
  });

  it('method and comment lines (printed text) and NTE segments (HL7) are stored with their result and returned with it', async () => {
    const text = ['Glucose 92 mg/dL 70-99', 'Method - Hexokinase', 'Eval: fasting 8 h', 'Sodium 140 mmol/L 135-145'].join('\n');
    const fromText = await settled((await upload(clinician, Buffer.from(text), 'text', 'text/plain')).id);
    expect(fromText.results.map((r) => [r.name, r.comment ?? null])).toEqual([['Glucose', 'Method - Hexokinase\nEval: fasting 8 h'], ['Sodium', null]]);
    const hl7 = Buffer.from('MSH|^~\\&|L||E||20240301||ORU^R01|1|P|2.5\rOBR|1|||x^y^LN|||20240301\rOBX|1|NM|2160-0^Creatinine^LN||1.4|mg/dL|0.7-1.3|H|||F\rNTE|1|L|Verified by repeat analysis\r');
    const fromHl7 = await settled((await upload(clinician, hl7, 'hl7v2', 'application/hl7-v2')).id);
    expect(fromHl7.results.map((r) => [r.name, r.comment ?? null])).toEqual([['Creatinine', 'Verified by repeat analysis']]);
    // The result search answers it too (what the timeline and the assistant read).
    const found = await rpc.request<Page<LabResultDto>>(LABS.resultSearch, { patientId: PATIENT, query: { reportId: fromHl7.id } }, clinician);
    expect(found.items.map((r) => r.comment)).toEqual(['Verified by repeat analysis']);
  });

  it('refuses at once what cannot be a report: a scan without text (422, saying so), non-PDF bytes, bad JSON, a non-HL7 body', async () => {
    const scan = await failure(upload(patient, await scannedPdf(), 'pdf', 'application/pdf'));
    expect(scan).toMatchObject({ code: ErrorCode.UNPROCESSABLE });
    expect(scan?.message).toMatch(/no text layer/);
    const gif = await failure(upload(patient, Buffer.from('GIF89a....'), 'pdf', 'application/pdf'));
    expect(gif).toMatchObject({ code: ErrorCode.UNPROCESSABLE, message: 'The file is not a PDF (its bytes do not start with %PDF-)' });
    const json = await failure(upload(patient, Buffer.from(JSON.stringify({ results: [{ name: 'Glucose', value: 'high' }] })), 'json', 'application/json'));
    expect(json).toMatchObject({ code: ErrorCode.VALIDATION_FAILED });
    expect(json?.details.map((d) => d.field)).toEqual(['results.0.value']);
    const hl7 = await failure(upload(patient, Buffer.from('hello'), 'hl7v2', 'application/hl7-v2'));
    expect(hl7).toMatchObject({ code: ErrorCode.UNPROCESSABLE });
    const { rows } = await db.query(`select count(*)::int as n from "${schema}".lab_report where patient_id = $1 and status = 'received'`, [PATIENT]);
    expect(rows[0].n).toBe(0);
  });

  it('a text report with no results ends failed, with the reason and a warning for each line not read', async () => {
    const created = await upload(patient, fixture('text/medikeep_labcorp_no_tests.txt'), 'text', 'text/plain');
    const report = await settled(created.id);
    expect(report).toMatchObject({ status: 'failed', error: 'No results could be read from this report', resultCount: 0, results: [] });
    expect(report.warnings.map((w) => [w.code, w.line])).toEqual([['text-not-read', 7], ['text-not-read', 8]]);
  });

  it('checks the stored file against the upload: a wrong checksum or a missing object is refused', async () => {
    const u = await stored(Buffer.from('Glucose 92 mg/dL 70-99'), 'text', 'text/plain');
    expect((await failure(rpc.request(LABS.reportCreate, { patientId: PATIENT, upload: { ...u, sha256: '0'.repeat(64) } }, patient)))?.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect((await failure(rpc.request(LABS.reportCreate, { patientId: PATIENT, upload: { ...u, object: randomUUID() } }, patient)))?.code).toBe(ErrorCode.VALIDATION_FAILED);
  });
});

describe('who may do what', () => {
  it('a patient uploads and reads their own; 404 for anyone else\'s; a coordinator and an auditor get 403', async () => {
    const text = Buffer.from('Glucose 92 mg/dL 70-99');
    expect((await failure(upload(patient, text, 'text', 'text/plain', OTHER)))?.code).toBe(ErrorCode.NOT_FOUND);
    expect((await failure(rpc.request(LABS.resultSearch, { patientId: OTHER, query: {} }, patient)))?.code).toBe(ErrorCode.NOT_FOUND);
    expect((await failure(rpc.request(LABS.resultSearch, { patientId: PATIENT, query: {} }, outsider)))?.code).toBe(ErrorCode.NOT_FOUND);
    expect((await failure(rpc.request(LABS.reportList, { patientId: PATIENT, query: {} }, coordinator)))?.code).toBe(ErrorCode.FORBIDDEN);
    expect((await failure(rpc.request(LABS.resultSearch, { patientId: PATIENT, query: {} }, coordinator)))?.code).toBe(ErrorCode.FORBIDDEN);
    expect((await failure(upload(auditor, text, 'text', 'text/plain')))?.code).toBe(ErrorCode.FORBIDDEN);
    const mine = await rpc.request<Page<LabReportDto>>(LABS.reportList, { patientId: PATIENT, query: {} }, patient);
    expect(mine.items.length).toBeGreaterThanOrEqual(4);
    expect(mine.items.every((r) => r.patientId === PATIENT)).toBe(true);
    const reportId = mine.items[0]!.id;
    expect((await failure(rpc.request(LABS.reportGet, { patientId: OTHER, reportId }, outsider)))?.code).toBe(ErrorCode.NOT_FOUND);
    expect((await failure(rpc.request(LABS.reportFile, { patientId: PATIENT, reportId }, outsider)))?.code).toBe(ErrorCode.NOT_FOUND);
  });
});

describe('results: filters, pages, trends', () => {
  let pid: string;

  beforeAll(async () => {
    pid = randomUUID();
    clinician.careTeam.push(pid);
    const doc = (at: string, glucose: string, unit: string, range: string, flag = '') => Buffer.from(`Date Collected: ${at}\nGlucose ${glucose}${flag} ${unit} ${range}\nCreatinine 0.9 mg/dL 0.7-1.3\n`);
    const uploads = [
      doc('01/15/2022', '92', 'mg/dL', '70-99'), doc('01/15/2023', '6.1', 'mmol/L', '3.9-5.5'), doc('01/15/2024', '145', 'mg/dL', '70-99', ' H'),
    ];
    for (const b of uploads) await settled((await upload(clinician, b, 'text', 'text/plain', pid)).id, pid);
    const hl7 = Buffer.from('MSH|^~\\&|L||E||20240301||ORU^R01|1|P|2.5\rOBR|1|||x^y^LN|||20240301\rOBX|1|NM|2345-7^Glucose^LN||13.4|g/l-1|||||F\r');
    await settled((await upload(clinician, hl7, 'hl7v2', 'application/hl7-v2', pid)).id, pid);
  });

  it('filters by biomarker (key or LOINC), by dates and by flag; newest first; pages with a cursor', async () => {
    const q = (query: object) => rpc.request<Page<LabResultDto>>(LABS.resultSearch, { patientId: pid, query }, clinician);
    expect((await q({})).items).toHaveLength(7);
    const byKey = await q({ biomarker: 'glucose' });
    expect(byKey.items.map((r) => [r.collectedAt.slice(0, 10), r.value, r.flag])).toEqual([
      ['2024-03-01', 13.4, null], ['2024-01-15', 145, 'high'], ['2023-01-15', 6.1, 'high'], ['2022-01-15', 92, 'normal'],
    ]);
    expect((await q({ biomarker: '2345-7' })).items).toHaveLength(4);
    expect((await q({ biomarker: '2339-0' })).items).toHaveLength(4);
    expect((await q({ biomarker: 'glucose', from: '2023-01-01', to: '2024-01-15' })).items.map((r) => r.value)).toEqual([145, 6.1]);
    expect((await q({ flag: 'high' })).items.map((r) => r.value)).toEqual([145, 6.1]);
    const first = await q({ limit: 3 });
    const second = await q({ limit: 3, cursor: first.nextCursor });
    const third = await q({ limit: 3, cursor: second.nextCursor });
    expect([...first.items, ...second.items, ...third.items].map((r) => r.id)).toEqual((await q({})).items.map((r) => r.id));
    expect(third.nextCursor).toBeNull();
    expect((await failure(q({ biomarker: 'no-such-thing' })))?.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect((await failure(q({ cursor: 'bm90LWEtY3Vyc29y' })))?.code).toBe(ErrorCode.VALIDATION_FAILED);
  });

  it('a trend per biomarker in one unit (mmol/L converted with the molar mass); what does not convert is listed, not plotted', async () => {
    const trend = await rpc.request<LabTrendDto>(LABS.resultTrend, { patientId: pid, query: { biomarker: 'glucose' } }, clinician);
    expect(trend.biomarker).toEqual({ key: 'glucose', display: 'Glucose', loinc: '2345-7' });
    expect(trend.unit).toBe('mg/dL');
    expect(trend.points.map((p) => [p.collectedAt.slice(0, 10), p.value, p.reportedValue, p.reportedUnit])).toEqual([
      ['2022-01-15', 92, 92, 'mg/dL'], ['2023-01-15', 109.895, 6.1, 'mmol/L'], ['2024-01-15', 145, 145, 'mg/dL'],
    ]);
    expect(trend.excluded).toEqual([{ resultId: expect.any(String), reason: 'unit g/l-1 does not convert to mg/dL' }]);
    expect((await failure(rpc.request(LABS.resultTrend, { patientId: pid, query: { biomarker: 'nope' } }, clinician)))?.code).toBe(ErrorCode.NOT_FOUND);
  });

  it('every result read is in the audit trail, one event per result, before the answer', async () => {
    const reader = actor(['clinician'], { careTeam: [pid] });
    const page = await rpc.request<Page<LabResultDto>>(LABS.resultSearch, { patientId: pid, query: { biomarker: 'glucose' } }, reader);
    const events = (await publishedAuditEvents(nc, world)).filter((e) => e.actor.principalId === reader.principalId);
    expect(events.filter((e) => e.resource.type === 'lab-result' && e.resource.id).map((e) => e.resource.id).sort()).toEqual(page.items.map((r) => r.id).sort());
    expect(events.find((e) => !e.resource.id)).toMatchObject({ action: 'search', query: { biomarker: 'glucose' }, resource: { patientId: pid } });
  });

  it('publishes labs.result.recorded for each result and labs.report.parsed for each report, for the timeline', async () => {
    const events = await domainEvents('labs');
    const mine = events.filter((e) => e.data.patientId === pid);
    expect(mine.filter((e) => e.subject.endsWith(LABS_EVENTS.reportParsed))).toHaveLength(4);
    const recorded = mine.filter((e) => e.subject.endsWith(LABS_EVENTS.resultRecorded));
    expect(recorded).toHaveLength(7);
    const high = (await rpc.request<Page<LabResultDto>>(LABS.resultSearch, { patientId: pid, query: { biomarker: 'glucose', flag: 'high' } }, clinician)).items;
    const r145 = high.find((r) => r.value === 145)!;
    expect(recorded.find((e) => e.data.resultId === r145.id)?.data).toEqual({
      resultId: r145.id, reportId: r145.reportId, patientId: pid, biomarkerKey: 'glucose', loinc: '2345-7', occurredAt: expect.any(String),
    });
  });

  it('domain events carry ids, codes and counts only: no value, unit, flag, name or collection time (EVENTS is not audited)', async () => {
    const events = await domainEvents('labs');
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      const keys = Object.keys(e.data).sort();
      if (e.subject.endsWith(LABS_EVENTS.resultRecorded)) expect(keys).toEqual(['biomarkerKey', 'loinc', 'occurredAt', 'patientId', 'reportId', 'resultId']);
      else if (e.subject.endsWith(LABS_EVENTS.resultOutOfRange)) expect(keys).toEqual(['biomarkerKey', 'occurredAt', 'patientId', 'reportId', 'resultId', 'status']);
      else expect(keys).toEqual(['kind', 'occurredAt', 'patientId', 'reportId', 'resultCount', 'warningCount']);
    }
    // What the uploads of this file printed, none of which may be on the stream: names, values, units, dates.
    // occurredAt is when the event happened (now), whose digits may spell a value ("…:54.061Z" holds "4.06"): it is
    // checked above to be there, and left out of the search for printed values.
    const raw = JSON.stringify(events.map((e) => ({ ...e.data, occurredAt: undefined })));
    for (const printed of ['Zonulin', 'Glucose', 'ERYTHROCYTES', '48.2', '4.06', 'ng/mL', 'mg/dL', 'mmol/L', '2024-01-15', '2014-10-05']) expect(raw).not.toContain(printed);
  });
});

describe('the parse queue survives restarts', () => {
  const text = Buffer.from('Date Collected: 03/03/2024\nPotassium 4.1 mmol/L 3.5-5.1\nSodium 139 mmol/L 136-145\n');

  async function insertReport(status: 'received' | 'parsing', u: LabUploadDto): Promise<string> {
    const id = randomUUID();
    await db.query(
      `insert into "${schema}".lab_report (id, patient_id, status, kind, content_type, file_object, file_size, file_sha256, created_by, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, 'test', now(), now())`,
      [id, PATIENT, status, u.kind, u.contentType, u.object, u.size, u.sha256],
    );
    return id;
  }

  it('a job delivered to a worker that died (never acked) is delivered again, and the parse replaces half-written results', async () => {
    await app.close();
    const jsm = await jetstreamManager(nc);
    const stream = world.ns.stream(LABS_JOBS.stream);
    const durable = world.ns.consumer(LABS_JOBS.parser);
    await jsm.consumers.update(stream, durable, { ack_wait: 1_000_000_000 });
    const id = await insertReport('parsing', await stored(text, 'text', 'text/plain'));
    // What a crashed parse left behind: a stale result at position 0.
    await db.query(`insert into "${schema}".lab_result (id, patient_id, report_id, position, display, name, value, collected_at, source, created_at) values ($1, $2, $3, 0, 'stale', 'stale', 999, now(), 'text', now())`, [randomUUID(), PATIENT, id]);
    await jetstream(nc).publish(world.ns.subject(LABS_JOBS.parseSubject), JSON.stringify({ reportId: id }));
    // A worker takes the job and dies without acking it.
    const consumer = await jetstream(nc).consumers.get(stream, durable);
    const taken = await consumer.next({ expires: 2000 });
    expect(taken?.json()).toEqual({ reportId: id });
    // The dead worker's claim on the report lapses after half the ack wait, before the job comes again.
    await start({ labs: { parseAckWaitMs: 1000 } });
    const report = await settled(id);
    expect(report.status).toBe('parsed');
    expect(report.results.map((r) => [r.biomarker.key, r.value])).toEqual([['potassium', 4.1], ['sodium', 139]]);
    const { rows } = await db.query(`select count(*)::int as n from "${schema}".lab_result where report_id = $1`, [id]);
    expect(rows[0].n).toBe(2);
    await jsm.consumers.update(stream, durable, { ack_wait: 60_000_000_000 });
  });

  it('a report whose job was never queued (lost publish) is found and parsed at boot', async () => {
    await app.close();
    const id = await insertReport('received', await stored(text, 'text', 'text/plain'));
    await start();
    await expect(settled(id)).resolves.toMatchObject({ status: 'parsed', resultCount: 2 });
  });

  it('parsing a report again changes nothing: same result ids, no doubled events', async () => {
    const created = await upload(patient, text, 'text', 'text/plain');
    const first = await settled(created.id);
    const before = (await domainEvents('labs')).length;
    await app.get(ReportParser).run(created.id, { attempt: 2, maxAttempts: 5, leaseMs: 30_000 });
    const again = await rpc.request<LabReportDetailDto>(LABS.reportGet, { patientId: PATIENT, reportId: created.id }, patient);
    expect(again.results.map((r) => r.id)).toEqual(first.results.map((r) => r.id));
    expect((await domainEvents('labs')).length).toBe(before);
  });
});

describe('the parse pipeline loses nothing and runs nothing twice', () => {
  const text = Buffer.from('Date Collected: 03/03/2024\nPotassium 4.1 mmol/L 3.5-5.1\nSodium 139 mmol/L 136-145\n');
  const stream = () => world.ns.stream(LABS_JOBS.stream);
  const durable = () => world.ns.consumer(LABS_JOBS.parser);

  async function restart(opts: Parameters<typeof start>[0] = {}): Promise<void> {
    await app.close();
    await start(opts);
  }

  async function reportRow(id: string): Promise<{ status: string; attempts: number; results: number }> {
    const { rows } = await db.query(
      `select status, attempts, (select count(*)::int from "${schema}".lab_result where report_id = r.id) as results from "${schema}".lab_report r where id = $1`, [id],
    );
    return rows[0];
  }

  /** A report as an upload leaves it (received), with no job queued yet: the test queues its own. */
  async function receivedReport(): Promise<string> {
    const u = await stored(text, 'text', 'text/plain');
    const id = randomUUID();
    await db.query(
      `insert into "${schema}".lab_report (id, patient_id, status, kind, content_type, file_object, file_size, file_sha256, created_by, created_at, updated_at)
       values ($1, $2, 'received', $3, $4, $5, $6, $7, 'test', now(), now())`,
      [id, PATIENT, u.kind, u.contentType, u.object, u.size, u.sha256],
    );
    return id;
  }

  const parseEvents = async (reportId: string) => (await publishedAuditEvents(nc, world)).filter((e) => e.action === 'import' && e.resource.id === reportId);

  afterAll(async () => {
    // Back to the defaults for whatever runs after.
    await restart();
  });

  it('restarts its consume loop when the consumer is deleted: a later upload is still parsed', async () => {
    const jsm = await jetstreamManager(nc);
    await jsm.consumers.delete(stream(), durable());
    const created = await upload(patient, text, 'text', 'text/plain');
    await expect(settled(created.id, PATIENT, 30_000)).resolves.toMatchObject({ status: 'parsed', resultCount: 2 });
    // The consumer is back (made again by the restarted loop).
    await expect(jsm.consumers.info(stream(), durable())).resolves.toMatchObject({ name: durable() });
  });

  it('a parse longer than the ack wait sends heartbeats: its job is delivered once and the report parsed once', async () => {
    await restart({ labs: { parseAckWaitMs: 1000, testDelays: { parseMs: 3500 } } });
    const jsm = await jetstreamManager(nc);
    const before = (await jsm.consumers.info(stream(), durable())).delivered.consumer_seq;
    const created = await upload(patient, text, 'text', 'text/plain');
    await expect(settled(created.id, PATIENT, 30_000)).resolves.toMatchObject({ status: 'parsed', resultCount: 2 });
    // 3.5 s of parsing against a 1 s ack wait: without working() JetStream would have delivered the job 3 or 4 times.
    expect((await jsm.consumers.info(stream(), durable())).delivered.consumer_seq - before).toBe(1);
    expect(await reportRow(created.id)).toEqual({ status: 'parsed', attempts: 1, results: 2 });
  });

  it('two deliveries of one job at once parse the report once (a database claim)', async () => {
    // Still the slow parse: both jobs are taken while the first is parsing.
    const id = await receivedReport();
    const js = jetstream(nc);
    await Promise.all([1, 2].map(() => js.publish(world.ns.subject(LABS_JOBS.parseSubject), JSON.stringify({ reportId: id }))));
    await expect(settled(id, PATIENT, 30_000)).resolves.toMatchObject({ status: 'parsed', resultCount: 2 });
    // One claim, one parse: the second delivery found the report claimed and was dropped.
    expect(await reportRow(id)).toEqual({ status: 'parsed', attempts: 1, results: 2 });
    const events = await parseEvents(id);
    expect(events.map((e) => e.outcome)).toEqual(['success']);
  });

  it('a report that takes longer than the time limit to read is stopped and ends failed, once; the next report reads', async () => {
    // A limit of 1 ms (the settings' own minimum is 1 s; 30 s by default): building the catalog on the new thread and
    // reading take longer, so every read runs past it (LABS_PARSE_TIME_LIMIT_MS).
    await restart({ labs: { parseTimeLimitMs: 1 } });
    const slow = await upload(patient, text, 'text', 'text/plain');
    const report = await settled(slow.id, PATIENT, 30_000);
    expect(report).toMatchObject({ status: 'failed', error: 'The report was not read within 0.001 s', resultCount: 0 });
    // Failed for good at the first delivery (a read that ran past its limit would again), with its audit event.
    expect(await reportRow(slow.id)).toEqual({ status: 'failed', attempts: 1, results: 0 });
    expect((await parseEvents(slow.id)).map((e) => [e.outcome, e.reason])).toEqual([['error', 'UNPROCESSABLE']]);
    await restart();
    const next = await upload(patient, text, 'text', 'text/plain');
    await expect(settled(next.id, PATIENT, 30_000)).resolves.toMatchObject({ status: 'parsed', resultCount: 2 });
  });

  it('a parse that fails on every delivery ends failed, with one failed-parse audit event', async () => {
    await restart({ labs: { parseAckWaitMs: 1000 } });
    // Something outside the report breaks each time (as a database error would): retried, then given up.
    const parser = app.get(ReportParser) as unknown as { analyze: () => Promise<unknown> };
    parser.analyze = () => Promise.reject(new Error('storage is down'));
    try {
      const id = await receivedReport();
      await jetstream(nc).publish(world.ns.subject(LABS_JOBS.parseSubject), JSON.stringify({ reportId: id }));
      const report = await settled(id, PATIENT, 30_000);
      expect(report.status).toBe('failed');
      expect(report.error).toBe('The report could not be parsed (5 attempts)');
      expect(await reportRow(id)).toEqual({ status: 'failed', attempts: 5, results: 0 });
      const events = await parseEvents(id);
      expect(events.map((e) => [e.outcome, e.reason])).toEqual([['error', 'UNPROCESSABLE']]);
    } finally {
      delete (parser as { analyze?: unknown }).analyze; // the prototype's again
    }
  });

  it('a parse that fails once for a reason outside the report frees its claim: the next delivery parses it at once', async () => {
    // The default ack wait (60 s; a claim lapses after 30 s): the retry comes after about a second, long before that.
    await restart();
    const parser = app.get(ReportParser) as unknown as { analyze: (...a: unknown[]) => Promise<unknown> };
    const real = ReportParser.prototype as unknown as { analyze: (...a: unknown[]) => Promise<unknown> };
    let calls = 0;
    parser.analyze = function (this: unknown, ...args: unknown[]) {
      calls++;
      return calls === 1 ? Promise.reject(new Error('storage is down')) : real.analyze.apply(this, args);
    };
    try {
      const id = await receivedReport();
      await jetstream(nc).publish(world.ns.subject(LABS_JOBS.parseSubject), JSON.stringify({ reportId: id }));
      await expect(settled(id, PATIENT, 10_000)).resolves.toMatchObject({ status: 'parsed', resultCount: 2 });
      expect(calls).toBe(2);
      expect(await reportRow(id)).toEqual({ status: 'parsed', attempts: 2, results: 2 });
    } finally {
      delete (parser as { analyze?: unknown }).analyze;
    }
  });

  it('removes originals no report holds once they are old enough, and keeps every report\'s', async () => {
    await restart({ labs: { orphanAfterMs: 0 } });
    const held = await upload(patient, text, 'text', 'text/plain');
    const heldObject = (await rpc.request<LabReportFileDto>(LABS.reportFile, { patientId: PATIENT, reportId: held.id }, patient)).object;
    // An upload the gateway stored but that never became a report (refused, or its request never arrived).
    const orphan = await stored(text, 'text', 'text/plain');
    const os = await new Objm(nc).open(world.ns.stream(LABS_JOBS.fileBucket));
    expect(await os.info(orphan.object)).not.toBeNull();
    expect(await app.get(LabParseQueue).removeOrphans()).toBeGreaterThanOrEqual(1);
    expect(await os.info(orphan.object)).toMatchObject({ deleted: true });
    expect(await os.info(heldObject)).toMatchObject({ name: heldObject, deleted: false });
    await expect(settled(held.id)).resolves.toMatchObject({ status: 'parsed' });
  });

  it('an upload is checked before its transaction: a slow check holds no database connection', async () => {
    // One connection in the pool, and an upload whose checks take 2 s.
    await restart({ dbPoolMax: 1, labs: { testDelays: { createMs: 2000 } } });
    const u = await stored(text, 'text', 'text/plain', 'report');
    let done = false;
    const uploading = rpc.request<LabReportDto>(LABS.reportCreate, { patientId: PATIENT, upload: u }, patient).finally(() => {
      done = true;
    });
    // Reads sent one after another while the upload is being checked are answered, not held until its commit
    // (with the connection taken by the upload's transaction, at most one that raced ahead of it would be).
    let answeredMeanwhile = 0;
    while (!done) {
      await rpc.request<Page<LabReportDto>>(LABS.reportList, { patientId: PATIENT, query: {} }, clinician);
      if (!done) answeredMeanwhile++;
    }
    expect(answeredMeanwhile).toBeGreaterThanOrEqual(3);
    await expect(settled((await uploading).id)).resolves.toMatchObject({ status: 'parsed' });
  });
});
