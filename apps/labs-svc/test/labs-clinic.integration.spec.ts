import { createHash, randomUUID } from 'node:crypto';
import type { INestMicroservice } from '@nestjs/common';
import pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { Objm, StorageType } from '@nats-io/obj';
import type { NatsConnection } from '@nats-io/transport-node';
import {
  ErrorCode, LABS, LABS_EVENTS, LABS_JOBS, type DomainException, type BiomarkerDto, type LabReportComparisonDto, type LabReportDeletionDto, type LabReportDetailDto,
  type LabReportDto, type LabResultDto, type LabTrendDto, type LatestLabResultDto, type Page, type SexAtBirth,
} from '@pg/contracts';
import { loadLabsSettings } from '@pg/config';
import { startService, STREAM, type NatsRpcClient } from '@pg/messaging';
import { migrate } from '@pg/persistence';
import { actor, createTestWorld, destroyTestWorld, natsConnection, publishedAuditEvents, rpcClient, TEST_DATABASE_URL, type TestWorld } from '@pg/testing';
import { labsOrmOptions } from '../src/mikro-orm.config.js';
import { LabsModule, SERVICE_NAME } from '../src/labs.module.js';

/*
 * Issue 9, "what the clinic asks of results": statuses against the cited optimal ranges (by sex at birth), the report
 * summary, compare, review, soft delete and restore, latest results, and who may do each. The expected numbers are
 * worked out by hand below from the inputs, the cited bounds (docs/labs.md) and UCUM's conversions (glucose
 * 180.156 g/mol, cholesterol 386.65 g/mol), never taken from the code under test.
 */

let world: TestWorld;
let app: INestMicroservice;
let rpc: NatsRpcClient;
let nc: NatsConnection;
let db: pg.Client;
let schema: string;

const MAN = randomUUID();
const WOMAN = randomUUID();
const OTHER = randomUUID();
const man = actor(['patient'], { patientId: MAN });
const woman = actor(['patient'], { patientId: WOMAN });
const clinician = actor(['clinician'], { careTeam: [MAN, WOMAN] });
const clinician2 = actor(['clinician'], { careTeam: [MAN] });
const outsider = actor(['clinician'], { careTeam: [OTHER] });
const coordinator = actor(['coordinator'], { careTeam: [MAN] });
const admin = actor(['admin']);
const otherPatient = actor(['patient'], { patientId: OTHER });

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as DomainException);

async function upload(who: ReturnType<typeof actor>, patientId: string, body: object, sexAtBirth?: SexAtBirth): Promise<LabReportDto> {
  const bytes = Buffer.from(JSON.stringify(body));
  const os = await new Objm(nc).create(world.ns.stream(LABS_JOBS.fileBucket), { storage: StorageType.File });
  const object = randomUUID();
  await os.putBlob({ name: object }, bytes);
  const up = { object, kind: 'json', contentType: 'application/json', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  return rpc.request<LabReportDto>(LABS.reportCreate, { patientId, upload: up, ...(sexAtBirth ? { sexAtBirth } : {}) }, who);
}

async function settled(reportId: string, patientId: string, who = clinician): Promise<LabReportDetailDto> {
  const until = Date.now() + 15_000;
  for (;;) {
    const r = await rpc.request<LabReportDetailDto>(LABS.reportGet, { patientId, reportId }, who);
    if (r.status === 'parsed' || r.status === 'failed') return r;
    if (Date.now() > until) throw new Error(`report still ${r.status}`);
    await new Promise((res) => setTimeout(res, 50));
  }
}

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
    if (m.subject.startsWith(world.ns.subject(`events.${prefix}`))) out.push({ subject: m.subject, data: m.json() });
    if (++seen >= total) break;
  }
  return out;
}

/** January: every biomarker the tests rate, with the lab's ranges. */
const JANUARY = {
  collectedAt: '2024-01-10',
  results: [
    { biomarker: 'glucose', value: 92, unit: 'mg/dL', referenceRange: { low: 70, high: 99 } },
    { biomarker: 'ldl-cholesterol', value: 128, unit: 'mg/dL', referenceRange: { high: 129 } },
    { biomarker: 'alanine-aminotransferase', value: 30, unit: 'U/L', referenceRange: { low: 0, high: 44 } },
    { biomarker: 'triglycerides', value: 180, unit: 'mg/dL', referenceRange: { low: 0, high: 149 } },
    { biomarker: 'hemoglobin-a1c', value: 5.4, unit: '%', referenceRange: { low: 4.8, high: 5.6 } },
    { biomarker: 'sodium', value: 140, unit: 'mmol/L', referenceRange: { low: 136, high: 145 } },
    { name: 'Zonulin', value: 48.2, unit: 'ng/mL' },
  ],
};
/** June: glucose and LDL in mmol/L, triglycerides down, vitamin D new. */
const JUNE = {
  collectedAt: '2024-06-10',
  results: [
    { biomarker: 'glucose', value: 6.0, unit: 'mmol/L', referenceRange: { low: 3.9, high: 5.5 } },
    { biomarker: 'ldl-cholesterol', value: 2.6, unit: 'mmol/L' },
    { biomarker: 'triglycerides', value: 95, unit: 'mg/dL', referenceRange: { low: 0, high: 149 } },
    { biomarker: 'vitamin-d', value: 45, unit: 'ng/mL', referenceRange: { low: 30, high: 100 } },
  ],
};

let jan: LabReportDetailDto;
let jun: LabReportDetailDto;
let janWoman: LabReportDetailDto;

beforeAll(async () => {
  world = await createTestWorld();
  const config = world.serviceConfig('labs');
  schema = config.dbSchema;
  await migrate(labsOrmOptions(config));
  nc = await natsConnection();
  const withLabs = { ...config, labs: loadLabsSettings(world.env) };
  app = await startService(SERVICE_NAME, LabsModule.forRoot(withLabs) as never, withLabs, { logger: false });
  rpc = await rpcClient(world, 10_000);
  db = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await db.connect();
  jan = await settled((await upload(man, MAN, JANUARY, 'male')).id, MAN);
  jun = await settled((await upload(clinician, MAN, JUNE, 'male')).id, MAN);
  janWoman = await settled((await upload(woman, WOMAN, JANUARY, 'female')).id, WOMAN);
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

const statuses = (r: LabReportDetailDto) => r.results.map((x) => [x.biomarker.key ?? x.name, x.flag, x.status]);

describe('status: the lab flag and the cited optimal ranges, for the sex at birth', () => {
  it('rates a man\'s results: optimal inside the bounds, normal outside them, the lab\'s flag beyond its range', () => {
    expect(statuses(jan)).toEqual([
      ['glucose', 'normal', 'optimal'], // 70 ≤ 92 < 100 (ADA)
      ['ldl-cholesterol', 'normal', 'normal'], // 128 ≥ 100 (ATP III optimal <100), inside the lab's ≤129
      ['alanine-aminotransferase', 'normal', 'optimal'], // men ≤33 U/L (ACG 2017)
      ['triglycerides', 'high', 'high'], // above the lab's 149
      ['hemoglobin-a1c', 'normal', 'optimal'], // <5.7 % (ADA)
      ['sodium', 'normal', 'normal'], // no optimal range
      ['Zonulin', null, null], // unknown, no range: not rated
    ]);
  });

  it('the catalog carries the optimal bounds, by sex where they differ, with their source', async () => {
    const all = await rpc.request<BiomarkerDto[]>(LABS.biomarkerList, { query: {} }, clinician);
    expect(all.find((b) => b.key === 'alanine-aminotransferase')?.optimal).toMatchObject({
      male: [{ unit: 'U/L', atMost: 33 }], female: [{ unit: 'U/L', atMost: 25 }], source: 'acg-2017', citation: expect.stringContaining('Am J Gastroenterol 2017'),
    });
    expect(all.find((b) => b.key === 'triglycerides')?.optimal).toMatchObject({ all: [{ unit: 'mg/dL', below: 100 }], source: 'aha-tg-2011' });
    expect(all.find((b) => b.key === 'sodium')?.optimal).toBeNull();
  });

  it('rates the same ALT of a woman as normal only (women ≤25 U/L)', () => {
    expect(janWoman.results.find((r) => r.biomarker.key === 'alanine-aminotransferase')).toMatchObject({ value: 30, flag: 'normal', status: 'normal' });
  });

  it('rates mmol/L against bounds in mg/dL (converted), and leaves a result without a range outside the bounds unrated', () => {
    expect(statuses(jun)).toEqual([
      ['glucose', 'high', 'high'], // 6.0 > 5.5 mmol/L
      ['ldl-cholesterol', null, null], // 2.6 mmol/L = 100.529 mg/dL: not below 100, and no lab range
      ['triglycerides', 'normal', 'optimal'], // 95 < 100 (AHA 2011)
      ['vitamin-d', 'normal', 'optimal'], // 40–60 ng/mL (Endocrine Society 2011)
    ]);
  });

  it('filters results by status (what is out of range, what is optimal)', async () => {
    const q = (status: string) => rpc.request<Page<LabResultDto>>(LABS.resultSearch, { patientId: MAN, query: { status } }, clinician);
    expect((await q('high')).items.map((r) => [r.biomarker.key, r.collectedAt.slice(0, 10)])).toEqual([['glucose', '2024-06-10'], ['triglycerides', '2024-01-10']]);
    expect((await q('optimal')).items.map((r) => r.biomarker.key).sort()).toEqual(['alanine-aminotransferase', 'glucose', 'hemoglobin-a1c', 'triglycerides', 'vitamin-d']);
  });

  it('publishes labs.result.out-of-range for each result outside the lab\'s normal range, ids and the status only', async () => {
    const events = (await domainEvents(LABS_EVENTS.resultOutOfRange)).map((e) => e.data);
    const tg = jan.results.find((r) => r.biomarker.key === 'triglycerides')!;
    const glucose = jun.results.find((r) => r.biomarker.key === 'glucose')!;
    expect(events.filter((e) => e.patientId === MAN).map((e) => [e.resultId, e.status]).sort()).toEqual([[tg.id, 'high'], [glucose.id, 'high']].sort());
    const one = events.find((e) => e.resultId === tg.id)!;
    expect(Object.keys(one).sort()).toEqual(['biomarkerKey', 'occurredAt', 'patientId', 'reportId', 'resultId', 'status']);
    expect(one).toMatchObject({ reportId: jan.id, patientId: MAN, biomarkerKey: 'triglycerides', status: 'high' });
  });
});

describe('summary', () => {
  it('counts a report\'s results: total, optimal, normal, out of range (and those not rated)', async () => {
    expect(jan.summary).toEqual({ total: 7, optimal: 3, normal: 2, outOfRange: 1, unrated: 1 });
    expect(janWoman.summary).toEqual({ total: 7, optimal: 2, normal: 3, outOfRange: 1, unrated: 1 });
    const page = await rpc.request<Page<LabReportDto>>(LABS.reportList, { patientId: MAN, query: {} }, man);
    expect(page.items.map((r) => [r.id, r.summary])).toEqual([
      [jun.id, { total: 4, optimal: 2, normal: 0, outOfRange: 1, unrated: 1 }],
      [jan.id, { total: 7, optimal: 3, normal: 2, outOfRange: 1, unrated: 1 }],
    ]);
  });
});

describe('compare two reports', () => {
  it('puts both values of each biomarker in one unit, with the change, its direction and the status change', async () => {
    const c = await rpc.request<LabReportComparisonDto>(LABS.reportCompare, { patientId: MAN, query: { a: jan.id, b: jun.id } }, clinician);
    expect(c.a).toEqual({ reportId: jan.id, collectedAt: '2024-01-10T00:00:00.000Z' });
    expect(c.b).toEqual({ reportId: jun.id, collectedAt: '2024-06-10T00:00:00.000Z' });
    const row = (key: string) => c.rows.find((r) => (r.biomarker.key ?? r.biomarker.display) === key)!;
    // 6.0 mmol/L × 180.156 g/mol = 108.094 mg/dL; 108.094 − 92 = 16.094 (+17.5 %).
    expect(row('glucose')).toMatchObject({ unit: 'mg/dL', a: { value: 92, status: 'optimal' }, b: { value: 108.094, reportedValue: 6, reportedUnit: 'mmol/L', status: 'high' }, change: 16.094, changePercent: 17.5, direction: 'up', statusChanged: true });
    // 2.6 mmol/L × 386.65 g/mol = 100.529 mg/dL; − 128 = −27.471 (−21.5 %); June's LDL is not rated: no status change.
    expect(row('ldl-cholesterol')).toMatchObject({ unit: 'mg/dL', a: { value: 128 }, b: { value: 100.529 }, change: -27.471, changePercent: -21.5, direction: 'down', statusChanged: false });
    expect(row('triglycerides')).toMatchObject({ a: { value: 180, status: 'high' }, b: { value: 95, status: 'optimal' }, change: -85, direction: 'down', statusChanged: true });
    expect(row('sodium')).toMatchObject({ a: { value: 140 }, b: null, change: null, direction: null, statusChanged: false });
    expect(row('vitamin-d')).toMatchObject({ a: null, b: { value: 45, status: 'optimal' }, direction: null });
    expect(c.rows.map((r) => r.biomarker.key ?? r.biomarker.display)).toEqual([
      'glucose', 'ldl-cholesterol', 'alanine-aminotransferase', 'triglycerides', 'hemoglobin-a1c', 'sodium', 'Zonulin', 'vitamin-d',
    ]);
  });

  it('is 404 for a report of another patient (no existence leak), 404 off the care team, 403 for a coordinator', async () => {
    const theirs = await upload(otherPatient, OTHER, JUNE, 'female');
    expect((await failure(rpc.request(LABS.reportCompare, { patientId: MAN, query: { a: jan.id, b: theirs.id } }, clinician)))?.code).toBe(ErrorCode.NOT_FOUND);
    expect((await failure(rpc.request(LABS.reportCompare, { patientId: MAN, query: { a: jan.id, b: randomUUID() } }, clinician)))?.code).toBe(ErrorCode.NOT_FOUND);
    expect((await failure(rpc.request(LABS.reportCompare, { patientId: MAN, query: { a: jan.id, b: jun.id } }, outsider)))?.code).toBe(ErrorCode.NOT_FOUND);
    expect((await failure(rpc.request(LABS.reportCompare, { patientId: MAN, query: { a: jan.id, b: jun.id } }, coordinator)))?.code).toBe(ErrorCode.FORBIDDEN);
    expect((await rpc.request<LabReportComparisonDto>(LABS.reportCompare, { patientId: MAN, query: { a: jan.id, b: jun.id } }, man)).rows).toHaveLength(8);
  });
});

describe('latest results (the assistant\'s context)', () => {
  it('gives each biomarker\'s newest result with its status, the one before it in the same unit, and the direction', async () => {
    const { data } = await rpc.request<{ data: LatestLabResultDto[] }>(LABS.resultLatest, { patientId: MAN }, clinician);
    const by = (k: string) => data.find((d) => d.biomarker === k);
    expect(by('glucose')).toEqual({
      biomarker: 'glucose', display: 'Glucose', loinc: '2345-7', value: 108.094, valueText: null, unit: 'mg/dL', collectedAt: '2024-06-10T00:00:00.000Z',
      status: 'high', flag: 'high', previous: { value: 92, collectedAt: '2024-01-10T00:00:00.000Z' }, direction: 'up',
    });
    expect(by('triglycerides')).toMatchObject({ value: 95, status: 'optimal', previous: { value: 180 }, direction: 'down' });
    expect(by('alanine-aminotransferase')).toMatchObject({ value: 30, status: 'optimal', previous: null, direction: null });
    expect(data.map((d) => d.biomarker).sort()).toEqual(['alanine-aminotransferase', 'glucose', 'hemoglobin-a1c', 'ldl-cholesterol', 'sodium', 'triglycerides', 'vitamin-d']);
    expect((await failure(rpc.request(LABS.resultLatest, { patientId: MAN }, coordinator)))?.code).toBe(ErrorCode.FORBIDDEN);
    expect((await failure(rpc.request(LABS.resultLatest, { patientId: MAN }, outsider)))?.code).toBe(ErrorCode.NOT_FOUND);
  });
});

describe('review', () => {
  it('a clinician marks a report reviewed (who, when); a repeat keeps the first review; the patient sees it', async () => {
    const before = Date.now();
    const first = await rpc.request<LabReportDto>(LABS.reportReview, { patientId: MAN, reportId: jan.id }, clinician);
    expect(first).toMatchObject({ id: jan.id, reviewed: true, review: { reviewedBy: clinician.principalId } });
    expect(Date.parse(first.review!.reviewedAt)).toBeGreaterThanOrEqual(before - 1000);
    const again = await rpc.request<LabReportDto>(LABS.reportReview, { patientId: MAN, reportId: jan.id }, clinician2);
    expect(again.review).toEqual(first.review);
    const seen = await rpc.request<LabReportDetailDto>(LABS.reportGet, { patientId: MAN, reportId: jan.id }, man);
    expect(seen).toMatchObject({ reviewed: true, review: first.review });
    const unreviewed = await rpc.request<LabReportDetailDto>(LABS.reportGet, { patientId: MAN, reportId: jun.id }, man);
    expect(unreviewed).toMatchObject({ reviewed: false, review: null });
  });

  it('publishes labs.report.reviewed once, and audits every review', async () => {
    const events = (await domainEvents(LABS_EVENTS.reportReviewed)).map((e) => e.data).filter((e) => e.reportId === jan.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ reportId: jan.id, patientId: MAN, reviewedBy: clinician.principalId });
    expect(Object.keys(events[0]!).sort()).toEqual(['occurredAt', 'patientId', 'reportId', 'reviewedBy']);
    const audit = (await publishedAuditEvents(nc, world)).filter((e) => e.resource?.type === 'lab-report-review' && e.resource?.id === jan.id);
    expect(audit.map((e) => [e.action, e.outcome, e.actor.principalId]).sort()).toEqual([
      ['update', 'success', clinician.principalId], ['update', 'success', clinician2.principalId],
    ].sort());
  });

  it('is refused: a coordinator 403, a clinician off the care team 404, the patient 403', async () => {
    expect((await failure(rpc.request(LABS.reportReview, { patientId: MAN, reportId: jun.id }, coordinator)))?.code).toBe(ErrorCode.FORBIDDEN);
    expect((await failure(rpc.request(LABS.reportReview, { patientId: MAN, reportId: jun.id }, outsider)))?.code).toBe(ErrorCode.NOT_FOUND);
    expect((await failure(rpc.request(LABS.reportReview, { patientId: MAN, reportId: jun.id }, man)))?.code).toBe(ErrorCode.FORBIDDEN);
    expect((await failure(rpc.request(LABS.reportReview, { patientId: WOMAN, reportId: jun.id }, clinician)))?.code).toBe(ErrorCode.NOT_FOUND);
  });
});

describe('soft delete and restore by an admin', () => {
  const reason = { reason: 'Uploaded to the wrong patient by the front desk' };

  it('is an admin\'s: a clinician and the patient get 403, an admin reads nothing of the report', async () => {
    expect((await failure(rpc.request(LABS.reportDelete, { patientId: MAN, reportId: jun.id, body: reason }, clinician)))?.code).toBe(ErrorCode.FORBIDDEN);
    expect((await failure(rpc.request(LABS.reportDelete, { patientId: MAN, reportId: jun.id, body: reason }, man)))?.code).toBe(ErrorCode.FORBIDDEN);
    expect((await failure(rpc.request(LABS.reportGet, { patientId: MAN, reportId: jun.id }, admin)))?.code).toBe(ErrorCode.FORBIDDEN);
    expect((await failure(rpc.request(LABS.reportDelete, { patientId: MAN, reportId: jun.id, body: { reason: 'short' } }, admin)))?.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect((await failure(rpc.request(LABS.reportDelete, { patientId: MAN, reportId: randomUUID(), body: reason }, admin)))?.code).toBe(ErrorCode.NOT_FOUND);
    // The reason is checked after the record: another patient's report is 404 with or without one; ours needs one.
    expect((await failure(rpc.request(LABS.reportDelete, { patientId: WOMAN, reportId: jun.id }, admin)))?.code).toBe(ErrorCode.NOT_FOUND);
    const missing = await failure(rpc.request(LABS.reportDelete, { patientId: MAN, reportId: jun.id }, admin));
    expect(missing).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, details: [expect.objectContaining({ field: 'reason' })] });
  });

  it('hides the report and its results from every read, list, trend, compare and latest; keeps the rows 7 years', async () => {
    const deleted = await rpc.request<LabReportDeletionDto>(LABS.reportDelete, { patientId: MAN, reportId: jun.id, body: reason }, admin);
    expect(deleted).toMatchObject({ id: jun.id, patientId: MAN, deleted: true, deletedBy: admin.principalId });
    const at = new Date(deleted.deletedAt!);
    expect(deleted.retainUntil).toBe(new Date(Date.UTC(at.getUTCFullYear() + 7, at.getUTCMonth(), at.getUTCDate(), at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds(), at.getUTCMilliseconds())).toISOString());
    expect(Object.keys(deleted).sort()).toEqual(['deleted', 'deletedAt', 'deletedBy', 'id', 'patientId', 'retainUntil']);

    for (const who of [clinician, man]) {
      expect((await failure(rpc.request(LABS.reportGet, { patientId: MAN, reportId: jun.id }, who)))?.code).toBe(ErrorCode.NOT_FOUND);
      expect((await failure(rpc.request(LABS.reportFile, { patientId: MAN, reportId: jun.id }, who)))?.code).toBe(ErrorCode.NOT_FOUND);
    }
    const list = await rpc.request<Page<LabReportDto>>(LABS.reportList, { patientId: MAN, query: {} }, clinician);
    expect(list.items.map((r) => r.id)).toEqual([jan.id]);
    expect((await rpc.request<Page<LabResultDto>>(LABS.resultSearch, { patientId: MAN, query: { reportId: jun.id } }, clinician)).items).toEqual([]);
    expect((await rpc.request<Page<LabResultDto>>(LABS.resultSearch, { patientId: MAN, query: {} }, clinician)).items.every((r) => r.reportId === jan.id)).toBe(true);
    const trend = await rpc.request<LabTrendDto>(LABS.resultTrend, { patientId: MAN, query: { biomarker: 'glucose' } }, clinician);
    expect(trend.points.map((p) => p.value)).toEqual([92]);
    expect(trend.excluded).toEqual([]);
    expect((await failure(rpc.request(LABS.reportCompare, { patientId: MAN, query: { a: jan.id, b: jun.id } }, clinician)))?.code).toBe(ErrorCode.NOT_FOUND);
    const { data } = await rpc.request<{ data: LatestLabResultDto[] }>(LABS.resultLatest, { patientId: MAN }, clinician);
    expect(data.find((d) => d.biomarker === 'glucose')).toMatchObject({ value: 92, status: 'optimal', previous: null, direction: null });
    expect(data.find((d) => d.biomarker === 'vitamin-d')).toBeUndefined();
    expect((await failure(rpc.request(LABS.reportReview, { patientId: MAN, reportId: jun.id }, clinician)))?.code).toBe(ErrorCode.NOT_FOUND);

    // The rows are kept, with who, why and until when; the database refuses to delete them before that date.
    const { rows } = await db.query(`select deleted_by, delete_reason, retain_until from "${schema}".lab_report where id = $1`, [jun.id]);
    expect(rows[0]).toMatchObject({ deleted_by: admin.principalId, delete_reason: reason.reason });
    expect(rows[0].retain_until.toISOString()).toBe(deleted.retainUntil);
    const results = await db.query(`select count(*)::int as n from "${schema}".lab_result where report_id = $1 and deleted_at is not null`, [jun.id]);
    expect(results.rows[0].n).toBe(4);
    await expect(db.query(`delete from "${schema}".lab_result where report_id = $1`, [jun.id])).rejects.toThrow(/kept until its retention date/);
    await expect(db.query(`delete from "${schema}".lab_report where id = $1`, [jun.id])).rejects.toThrow(/kept until its retention date/);
    // A live report is not deleted either: nothing purges a report that was never soft-deleted.
    await expect(db.query(`delete from "${schema}".lab_report where id = $1`, [jan.id])).rejects.toThrow(/kept until its retention date/);

    expect((await failure(rpc.request(LABS.reportDelete, { patientId: MAN, reportId: jun.id, body: reason }, admin)))?.code).toBe(ErrorCode.CONFLICT);
    const audit = (await publishedAuditEvents(nc, world)).filter((e) => e.resource?.type === 'lab-report' && e.resource?.id === jun.id && e.action === 'delete');
    expect(audit.map((e) => [e.outcome, e.actor.principalId])).toEqual(expect.arrayContaining([['success', admin.principalId], ['denied', clinician.principalId]]));
    expect(JSON.stringify(audit)).not.toContain(reason.reason);
  });

  it('restores: everything reads as before; restoring a live report is 409', async () => {
    const restored = await rpc.request<LabReportDeletionDto>(LABS.reportRestore, { patientId: MAN, reportId: jun.id }, admin);
    expect(restored).toEqual({ id: jun.id, patientId: MAN, deleted: false, deletedAt: null, deletedBy: null, retainUntil: null });
    const back = await rpc.request<LabReportDetailDto>(LABS.reportGet, { patientId: MAN, reportId: jun.id }, man);
    expect(statuses(back)).toEqual(statuses(jun));
    expect(back.summary).toEqual(jun.summary);
    const trend = await rpc.request<LabTrendDto>(LABS.resultTrend, { patientId: MAN, query: { biomarker: 'glucose' } }, clinician);
    expect(trend.points.map((p) => p.value)).toEqual([92, 108.094]);
    expect((await rpc.request<LabReportComparisonDto>(LABS.reportCompare, { patientId: MAN, query: { a: jan.id, b: jun.id } }, clinician)).rows).toHaveLength(8);
    expect((await failure(rpc.request(LABS.reportRestore, { patientId: MAN, reportId: jun.id }, admin)))?.code).toBe(ErrorCode.CONFLICT);
    expect((await failure(rpc.request(LABS.reportRestore, { patientId: MAN, reportId: jun.id }, clinician)))?.code).toBe(ErrorCode.FORBIDDEN);
  });
});

describe('a range printed for one sex', () => {
  // A lab's one labelled interval is read as the patient's range (docs/labs.md, Ranges: fixr); on the report of a
  // patient of the other sex at birth its bounds are not the patient's: kept as text, no flag computed from them.
  const SHE = randomUUID();
  const HE = randomUUID();
  const body = (flag?: 'low') => ({
    collectedAt: '2024-03-01',
    results: [{ biomarker: 'hemoglobin', value: 12.5, unit: 'g/dL', referenceRange: { text: 'Male: 13.5 - 17.5' }, ...(flag ? { flag } : {}) }],
  });
  const only = (r: LabReportDetailDto) => r.results.map((x) => [x.biomarker.key, x.value, x.flag, x.referenceRange.low ?? null, x.referenceRange.high ?? null, x.referenceRange.text]);

  it('on a woman\'s report: the text only, no low flag from a man\'s bounds', async () => {
    const r = await settled((await upload(actor(['patient'], { patientId: SHE }), SHE, body(), 'female')).id, SHE, actor(['clinician'], { careTeam: [SHE] }));
    expect(only(r)).toEqual([['hemoglobin', 12.5, null, null, null, 'Male: 13.5 - 17.5']]);
  });

  it('on a man\'s report: the bounds, and 12.5 is low', async () => {
    const r = await settled((await upload(actor(['patient'], { patientId: HE }), HE, body(), 'male')).id, HE, actor(['clinician'], { careTeam: [HE] }));
    expect(only(r)).toEqual([['hemoglobin', 12.5, 'low', 13.5, 17.5, 'Male: 13.5 - 17.5']]);
  });

  it('a flag the lab printed stays on a woman\'s report', async () => {
    const id = randomUUID();
    const r = await settled((await upload(actor(['patient'], { patientId: id }), id, body('low'), 'female')).id, id, actor(['clinician'], { careTeam: [id] }));
    expect(only(r)).toEqual([['hemoglobin', 12.5, 'low', null, null, 'Male: 13.5 - 17.5']]);
  });
});

describe('a range printed for each sex', () => {
  // (sexrange) The reader keeps `Male : … Female : …` as text (it cannot know the patient's sex); the service takes the
  // patient's sex's interval as the range and computes the flag from it (docs/labs.md, Ranges).
  const body = (value: number) => ({
    collectedAt: '2024-03-01',
    results: [{ biomarker: 'testosterone', value, unit: 'ng/dL', referenceRange: { text: 'Male : 249 - 836 Female : 8.4 - 48.1' } }],
  });
  const only = (r: LabReportDetailDto) => r.results.map((x) => [x.value, x.flag, x.referenceRange.low ?? null, x.referenceRange.high ?? null, x.referenceRange.text]);
  const read = async (value: number, sex?: 'male' | 'female') => {
    const id = randomUUID();
    return only(await settled((await upload(actor(['patient'], { patientId: id }), id, body(value), sex)).id, id, actor(['clinician'], { careTeam: [id] })));
  };

  it('a man\'s 200 ng/dL is low against the men\'s interval; a woman\'s 30 is normal against the women\'s', async () => {
    expect(await read(200, 'male')).toEqual([[200, 'low', 249, 836, 'Male : 249 - 836 Female : 8.4 - 48.1']]);
    expect(await read(30, 'female')).toEqual([[30, 'normal', 8.4, 48.1, 'Male : 249 - 836 Female : 8.4 - 48.1']]);
  });

  it('with the sex at birth unknown: the text only, no flag', async () => {
    expect(await read(200)).toEqual([[200, null, null, null, 'Male : 249 - 836 Female : 8.4 - 48.1']]);
  });
});

describe('a hormone printed by mass in one country and in international units in another (iustd)', () => {
  // Worked by hand from the WHO International Standards (docs/labs.md): prolactin 1 ng/mL = 21.2 mIU/L (IS 84/500), so
  // 318 mU/L = 15.0 ng/mL; growth hormone 1 ng/mL = 3.0 mIU/L (IS 98/574), so 4.5 mU/L = 1.5 ng/mL. Insulin has no one
  // factor (6.00 and 6.945 pmol/L per µIU/mL are both in use): its pmol/L result stays out of the µIU/mL series.
  const HORMONES = randomUUID();
  const clinicianH = actor(['clinician'], { careTeam: [HORMONES] });
  const US = { collectedAt: '2024-02-01', results: [
    { biomarker: 'prolactin', value: 12.1, unit: 'ng/mL', referenceRange: { low: 4, high: 15.2 } },
    { biomarker: 'growth-hormone', value: 1.2, unit: 'ng/mL' },
    { biomarker: 'insulin', value: 8, unit: 'u[IU]/mL' },
  ] };
  const UK = { collectedAt: '2024-08-01', results: [
    { biomarker: 'prolactin', value: 318, unit: 'mU/L', referenceRange: { low: 102, high: 496 } },
    { biomarker: 'growth-hormone', value: 4.5, unit: 'mU/L' },
    { biomarker: 'insulin', value: 42, unit: 'pmol/L' },
  ] };
  let us: LabReportDetailDto;
  let uk: LabReportDetailDto;

  beforeAll(async () => {
    us = await settled((await upload(clinicianH, HORMONES, US, 'female')).id, HORMONES, clinicianH);
    uk = await settled((await upload(clinicianH, HORMONES, UK, 'female')).id, HORMONES, clinicianH);
  });

  it('compares them in ng/mL, the UK values as printed beside; insulin in pmol/L is not put in µIU/mL', async () => {
    const c = await rpc.request<LabReportComparisonDto>(LABS.reportCompare, { patientId: HORMONES, query: { a: us.id, b: uk.id } }, clinicianH);
    const row = (key: string) => c.rows.find((r) => r.biomarker.key === key)!;
    expect(row('prolactin')).toMatchObject({ unit: 'ng/mL', a: { value: 12.1 }, b: { reportedValue: 318, reportedUnit: 'mU/L' }, direction: 'up', changePercent: 24 });
    expect(row('prolactin').b!.value).toBeCloseTo(15.0, 4);
    expect(row('prolactin').change).toBeCloseTo(2.9, 4);
    expect(row('growth-hormone')).toMatchObject({ unit: 'ng/mL', a: { value: 1.2 }, direction: 'up', changePercent: 25 });
    expect(row('growth-hormone').b!.value).toBeCloseTo(1.5, 5);
    expect(row('insulin')).toMatchObject({ unit: 'u[IU]/mL', a: { value: 8 }, b: { value: null, reportedValue: 42, reportedUnit: 'pmol/L' }, change: null, direction: null });
  });

  it('draws one prolactin trend in ng/mL, and tells the reader of the UK report by which standard it was converted', async () => {
    const trend = await rpc.request<LabTrendDto>(LABS.resultTrend, { patientId: HORMONES, query: { biomarker: 'prolactin' } }, clinicianH);
    expect(trend.unit).toBe('ng/mL');
    expect(trend.excluded).toEqual([]);
    expect(trend.points.map((p) => [p.collectedAt.slice(0, 10), p.reportedValue, p.reportedUnit])).toEqual([['2024-02-01', 12.1, 'ng/mL'], ['2024-08-01', 318, 'mU/L']]);
    expect(trend.points[1]!.value).toBeCloseTo(15.0, 4);
    expect(uk.warnings).toContainEqual(expect.objectContaining({ code: 'converted-by-standard', message: expect.stringContaining('WHO IS 84/500') }));
    const insulin = await rpc.request<LabTrendDto>(LABS.resultTrend, { patientId: HORMONES, query: { biomarker: 'insulin' } }, clinicianH);
    expect(insulin.points.map((p) => p.reportedValue)).toEqual([8]);
    expect(insulin.excluded).toHaveLength(1);
  });

  // Migrates this file's schema down and up again: last in the file, and every other patient's rows it touches are read
  // before it (their values stay as they were: it writes only what a parse of today would).
  it('normalizes results stored before the reader could (Migration20261212000000_normalize_stored_results, Migration20261213000001_stored_results_v10), moves FDPs stored as D-dimers, flags stored titres, and nothing else', async () => {
    const table = `"${schema}"."lab_result"`;
    // A count report parsed before review cr26: its platelets per litre below a million normalized a million times low;
    // and one printed in a unit the reader refuses, kept as printed (`10^3/1`), never normalized.
    const counts = await settled((await upload(clinicianH, HORMONES, { collectedAt: '2024-09-01', results: [
      { biomarker: 'platelet-count', value: 250, unit: '10*3/L', referenceRange: { low: 150, high: 400 } },
      { biomarker: 'white-blood-cell-count', value: 6.5, unit: '10^3/1' },
      { biomarker: 'platelet-count', value: 260, unit: '10*9/L' },
      { biomarker: 'red-blood-cell-count', value: 4.52, unit: '10*6/mL' },
      { biomarker: 'hemoglobin-a1c', value: 48, unit: 'mmol/mol', referenceRange: { low: 20, high: 41 } },
    ] }, 'female')).id, HORMONES, clinicianH);
    // As parses before reviews cr26 and cr28 stored them: a million, a thousand times low; UCUM's 4.8 % for 48 mmol/mol.
    await db.query(`update ${table} set normalized_value = 0.00025, normalized_unit = '10*3/uL' where report_id = $1 and position = 0`, [counts.id]);
    await db.query(`update ${table} set normalized_value = 0.00452, normalized_unit = '10*6/uL' where report_id = $1 and position = 3`, [counts.id]);
    await db.query(`update ${table} set normalized_value = 4.8, normalized_unit = '%' where report_id = $1 and position = 4`, [counts.id]);
    // The UK report as a database from before this change holds it: no normalized value on any of its results.
    await db.query(`update ${table} set normalized_value = null, normalized_unit = null where report_id = $1`, [uk.id]);
    // (catalog v10, 2026-12-13 migrations) Results as a database from before version 10 holds them: an FDP coded as the
    // D-dimer (version 1 named it so), a UK albumin/creatinine ratio in mg/mmol and an MCHC in % not normalized, a titre
    // against a titre range not flagged.
    const older = await settled((await upload(clinicianH, HORMONES, { collectedAt: '2024-10-01', results: [
      { name: 'FDP', value: 3.2, unit: 'ug/mL', referenceRange: { text: '<5.0' } },
      { biomarker: 'microalbumin-creatinine-ratio', value: 3.4, unit: 'mg/mmol', referenceRange: { high: 3 } },
      { biomarker: 'mean-corpuscular-hemoglobin-concentration', value: 33.5, unit: '%', referenceRange: { low: 32, high: 36 } },
      { name: 'ANA Titre', valueText: '1:320', referenceRange: { text: '<1:80' } },
      { name: 'ANA Titre', valueText: '1:40', referenceRange: { text: '<1:80' } },
      { name: 'ANA Titre', valueText: '1:320', referenceRange: { text: '<1:80' }, flag: 'abnormal' },
      { name: 'Fibrin Split Products', value: 12, unit: 'ug/mL', referenceRange: { text: '<5' } },
      { name: 'FDP', value: 350, unit: 'ng/mL', referenceRange: { text: '<500' } },
    ] }, 'female')).id, HORMONES, clinicianH);
    expect(older.results.map((r) => [r.biomarker.key, r.flag])).toEqual([
      ['fibrin-degradation-products', 'normal'], ['microalbumin-creatinine-ratio', 'high'], ['mean-corpuscular-hemoglobin-concentration', 'normal'],
      ['antinuclear-antibody', 'high'], ['antinuclear-antibody', 'normal'], ['antinuclear-antibody', 'abnormal'],
      ['fibrin-degradation-products', 'high'], ['fibrin-degradation-products', 'normal'],
    ]);
    await db.query(`update ${table} set biomarker_key = 'd-dimer', display = 'D-Dimer', loinc = '48058-2', normalized_value = 3200, normalized_unit = 'ug/L' where report_id = $1 and position = 0`, [older.id]);
    await db.query(`update ${table} set normalized_value = null, normalized_unit = null where report_id = $1 and position in (1, 2)`, [older.id]);
    await db.query(`update ${table} set flag = null, status = null where report_id = $1 and position in (3, 4)`, [older.id]);
    // A D-dimer an HL7 laboratory sent by its code (48058-2) under the name `FDP`: the code decides, as the reader's.
    await db.query(`update ${table} set biomarker_key = 'd-dimer', display = 'D-Dimer', loinc = '48058-2', normalized_value = 350, normalized_unit = 'ug/L',
      reported_code = '{"system":"http://loinc.org","code":"48058-2","display":"FDP"}' where report_id = $1 and position = 7`, [older.id]);
    const olderIds = (await db.query(`select id from ${table} where report_id = $1 and position in (0, 3, 4)`, [older.id])).rows.map((r) => r.id as string);
    const compareNow = () => rpc.request<LabReportComparisonDto>(LABS.reportCompare, { patientId: HORMONES, query: { a: us.id, b: uk.id } }, clinicianH);
    // Not normalized: the trend leaves it out until the migration (compare converts it as parsing does today).
    const prolactinTrend = () => rpc.request<LabTrendDto>(LABS.resultTrend, { patientId: HORMONES, query: { biomarker: 'prolactin' } }, clinicianH);
    expect((await prolactinTrend()).points).toHaveLength(1);
    expect((await compareNow()).rows.find((r) => r.biomarker.key === 'prolactin')!.b!.value).toBeCloseTo(15.0, 4);
    const before = (await db.query(`select id, biomarker_key, value, unit, flag, status from ${table} where id <> all($1::uuid[]) order by id`, [olderIds])).rows;
    const orm = await MikroORM.init({ ...labsOrmOptions(world.serviceConfig('labs')), pool: { min: 0, max: 1 } });
    try {
      await orm.migrator.down({ to: 'Migration20261211000000_biomarker_catalog_v9' });
      await orm.migrator.up();
    } finally {
      await orm.close(true);
    }
    // Nothing but normalized values changed, in any row of the schema but the FDP moved and the titres flagged.
    expect((await db.query(`select id, biomarker_key, value, unit, flag, status from ${table} where id <> all($1::uuid[]) order by id`, [olderIds])).rows).toEqual(before);
    // 3.4 mg/mmol ÷ 0.11312 g/mmol of creatinine = 30.06 mg/g; an MCHC of 33.5 % is 33.5 g/dL; the FDP in its own µg/mL.
    const olderNow = (await db.query(`select biomarker_key, display, loinc, value, unit, flag, status, normalized_value, normalized_unit from ${table} where report_id = $1 order by position`, [older.id])).rows;
    expect(olderNow.map((r) => [r.biomarker_key, r.display, r.loinc, r.flag, r.status, r.normalized_unit])).toEqual([
      ['fibrin-degradation-products', 'Fibrin/Fibrinogen Degradation Products', null, 'normal', 'normal', 'ug/mL'],
      ['microalbumin-creatinine-ratio', expect.any(String), expect.any(String), 'high', 'high', 'mg/g'],
      ['mean-corpuscular-hemoglobin-concentration', expect.any(String), expect.any(String), 'normal', expect.any(String), 'g/dL'],
      ['antinuclear-antibody', expect.any(String), null, 'high', 'high', null],
      ['antinuclear-antibody', expect.any(String), null, 'normal', 'normal', null],
      ['antinuclear-antibody', expect.any(String), null, 'abnormal', 'abnormal', null],
      // Coded FDP by a name version 9 did not know: unknown after down, the FDP again after up.
      ['fibrin-degradation-products', 'Fibrin/Fibrinogen Degradation Products', null, 'high', 'high', 'ug/mL'],
      ['d-dimer', 'D-Dimer', '48058-2', 'normal', 'normal', 'ug/L'],
    ]);
    expect(olderNow.map((r) => r.normalized_value === null ? null : Number(r.normalized_value))).toEqual([3.2, expect.closeTo(30.0566, 3), 33.5, null, null, null, 12, 350]);
    const ukNow = (await db.query(`select biomarker_key, normalized_value, normalized_unit from ${table} where report_id = $1 order by position`, [uk.id])).rows;
    expect(ukNow.map((r) => [r.biomarker_key, r.normalized_unit])).toEqual([['prolactin', 'ng/mL'], ['growth-hormone', 'ng/mL'], ['insulin', null]]);
    expect(ukNow[0].normalized_value).toBeCloseTo(15.0, 4);
    expect(ukNow[1].normalized_value).toBeCloseTo(1.5, 5);
    const countsNow = (await db.query(`select unit, normalized_value, normalized_unit from ${table} where report_id = $1 order by position`, [counts.id])).rows;
    // 48 mmol/mol by the IFCC–NGSP master equation: 0.09148 × 48 + 2.152 = 6.54304 %.
    expect(countsNow).toEqual([
      { unit: '10*3/L', normalized_value: null, normalized_unit: null },
      { unit: '10^3/1', normalized_value: null, normalized_unit: null },
      { unit: '10*9/L', normalized_value: 260, normalized_unit: '10*3/uL' },
      { unit: '10*6/mL', normalized_value: null, normalized_unit: null },
      { unit: 'mmol/mol', normalized_value: 6.54304, normalized_unit: '%' },
    ]);
    expect((await prolactinTrend()).points.map((p) => p.reportedValue)).toEqual([12.1, 318]);
    const platelets = await rpc.request<LabTrendDto>(LABS.resultTrend, { patientId: HORMONES, query: { biomarker: 'platelet-count' } }, clinicianH);
    expect(platelets.points.map((p) => [p.reportedValue, p.value])).toEqual([[260, 260]]);
  });

  // After the test above (it migrates down to version 9): this one migrates down to version 10 and up again.
  it('moves D-dimers stored before catalog version 11 that print FEU, or were sent with its code, to the D-dimer in FEU, and back on down (Migration20261214000000_biomarker_catalog_v11)', async () => {
    const table = `"${schema}"."lab_result"`;
    const report = await settled((await upload(clinicianH, HORMONES, { collectedAt: '2024-11-01', results: [
      { name: 'D-Dimer', value: 0.62, unit: 'mg/L', referenceRange: { text: '<0.50 mg/L FEU' } },
      { name: 'D-Dimer FEU', value: 380, unit: 'ng/mL', referenceRange: { text: '<500' } },
      { name: 'D-dimer', value: 0.3, unit: 'mg/L', referenceRange: { text: '<0.50' } },
      { name: 'D-Dimer', value: 610, unit: 'ng/mL', referenceRange: { text: '<230 ng/mL DDU' } },
      { name: 'D-Dimer', value: 0.45, unit: 'mg/L', referenceRange: { text: '<0.50' } },
    ] }, 'female')).id, HORMONES, clinicianH);
    // Today's reader: the basis in the range's text or the name.
    expect(report.results.map((r) => r.biomarker.key)).toEqual(['d-dimer-feu', 'd-dimer-feu', 'd-dimer', 'd-dimer', 'd-dimer']);
    // The third as an HL7 laboratory sent it, by the FEU's code 48065-7: version 10 did not know the code and coded it by
    // its name, as the D-dimer (DDU).
    await db.query(`update ${table} set reported_code = '{"system":"http://loinc.org","code":"48065-7","display":"D-dimer"}' where report_id = $1 and position = 2`, [report.id]);
    const stored = () => db.query(`select biomarker_key, display, loinc, value, unit, flag, normalized_value, normalized_unit from ${table} where report_id = $1 order by position`, [report.id])
      .then((q) => q.rows.map((r) => [r.biomarker_key, r.display, r.loinc, Number(r.value), r.unit, r.flag, r.normalized_value === null ? null : Number(r.normalized_value), r.normalized_unit]));
    const others = () => db.query(`select id, biomarker_key, display, loinc, value, flag, status, normalized_value from ${table} where report_id <> $1 order by id`, [report.id]).then((q) => q.rows);
    const othersBefore = await others();
    const migrate = async (to?: string) => {
      const orm = await MikroORM.init({ ...labsOrmOptions(world.serviceConfig('labs')), pool: { min: 0, max: 1 } });
      try {
        await (to ? orm.migrator.down({ to }) : orm.migrator.up());
      } finally {
        await orm.close(true);
      }
    };
    // Down: as version 10 codes them — the FEU's range text not read (the D-dimer's, in µg/L), `D-Dimer FEU` a name it
    // does not know (kept under its printed name, no normalized value).
    await migrate('Migration20261213000001_stored_results_v10');
    expect(await stored()).toEqual([
      ['d-dimer', 'D-Dimer', '48058-2', 0.62, 'mg/L', 'high', 620, 'ug/L'],
      [null, 'D-Dimer FEU', null, 380, 'ng/mL', 'normal', null, null],
      ['d-dimer', 'D-Dimer', '48058-2', 0.3, 'mg/L', 'normal', 300, 'ug/L'],
      ['d-dimer', 'D-Dimer', '48058-2', 610, 'ng/mL', 'high', 610, 'ug/L'],
      ['d-dimer', 'D-Dimer', '48058-2', 0.45, 'mg/L', 'normal', 450, 'ug/L'],
    ]);
    await migrate();
    // 0.62 mg/L = 0.62 µg/mL; 380 ng/mL = 0.38 µg/mL. The DDU's, and the one whose FEU stood only in its unit (stored as
    // UCUM), stay the D-dimer's; value, unit and flag of every one as they were.
    expect(await stored()).toEqual([
      ['d-dimer-feu', 'D-Dimer (FEU)', '48065-7', 0.62, 'mg/L', 'high', 0.62, 'ug/mL'],
      ['d-dimer-feu', 'D-Dimer (FEU)', '48065-7', 380, 'ng/mL', 'normal', 0.38, 'ug/mL'],
      ['d-dimer-feu', 'D-Dimer (FEU)', '48065-7', 0.3, 'mg/L', 'normal', 0.3, 'ug/mL'],
      ['d-dimer', 'D-Dimer', '48058-2', 610, 'ng/mL', 'high', 610, 'ug/L'],
      ['d-dimer', 'D-Dimer', '48058-2', 0.45, 'mg/L', 'normal', 450, 'ug/L'],
    ]);
    expect(await others()).toEqual(othersBefore);
    // The patient's D-dimer trends: one per basis (the points of one day in no order the test relies on).
    const trend = async (biomarker: string) => {
      const t = await rpc.request<LabTrendDto>(LABS.resultTrend, { patientId: HORMONES, query: { biomarker } }, clinicianH);
      return [t.biomarker.loinc, t.unit, t.points.map((p) => p.value).sort((x, y) => x - y)];
    };
    expect(await trend('d-dimer-feu')).toEqual(['48065-7', 'ug/mL', [0.3, 0.38, 0.62]]);
    // (350: the D-dimer the test above stored, sent by its DDU code under the name `FDP`.)
    expect(await trend('d-dimer')).toEqual(['48058-2', 'ug/L', [350, 450, 610]]);
  });
});
