import { readFileSync } from 'node:fs';
import { jetstreamManager } from '@nats-io/jetstream';
import { ApiError, type PatientGraphClient } from '@pg/client';
import { LABS_JOBS, type LabReportDetailDto, type PatientDto, type StoredAuditEvent } from '@pg/contracts';
import { rejection, natsConnection } from '@pg/testing';
import { startSystem, type TestSystem } from '@pg/testing/system';
import { renderTextAsPdf, scannedPdf } from '../../apps/labs-svc/src/testing/lab-pdf.renderer.js';

const DATA = new URL('../../../shared/data/lab-reports/', import.meta.url);
const fixture = (f: string) => readFileSync(new URL(f, DATA));

let sys: TestSystem;
let alice: PatientDto;
let bob: PatientDto;
let aliceClient: PatientGraphClient;
let bobClient: PatientGraphClient;
let clinician: PatientGraphClient;
let otherClinician: PatientGraphClient;
let coordinator: PatientGraphClient;
let auditor: PatientGraphClient;


async function principal(sub: string, roles: ('patient' | 'clinician' | 'coordinator' | 'auditor')[], patientId?: string) {
  const p = await sys.admin.principals.create({ subject: sub, displayName: sub, roles, ...(patientId ? { patientId } : {}) });
  return { p, client: sys.client(await sys.tokenFor(sub)) };
}

/** Polls the report until its parse is over (bounded; no fixed sleeps). */
async function parsed(client: PatientGraphClient, patientId: string, reportId: string): Promise<LabReportDetailDto> {
  const until = Date.now() + 20_000;
  for (;;) {
    const r = await client.labs.report(patientId, reportId);
    if (r.status === 'parsed' || r.status === 'failed') return r;
    if (Date.now() > until) throw new Error(`report still ${r.status}`);
    await new Promise((res) => setTimeout(res, 50));
  }
}

/** Waits until audit-svc has stored events matching `pred`. */
async function storedEvents(query: Record<string, string>, pred: (events: StoredAuditEvent[]) => boolean): Promise<StoredAuditEvent[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const events = (await auditor.audit.events({ ...query, limit: 200 })).data;
    if (pred(events) || Date.now() > deadline) return events;
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  sys = await startSystem();
  alice = await sys.admin.patients.create({ givenName: 'Alice', familyName: 'Labs', birthDate: '1975-06-01' });
  bob = await sys.admin.patients.create({ givenName: 'Bob', familyName: 'Labs', birthDate: '1970-01-01' });
  aliceClient = (await principal('alice-labs', ['patient'], alice.id)).client;
  bobClient = (await principal('bob-labs', ['patient'], bob.id)).client;
  const dr = await principal('dr-labs', ['clinician']);
  clinician = dr.client;
  const other = await principal('dr-other', ['clinician']);
  otherClinician = other.client;
  const coord = await principal('coord-labs', ['coordinator']);
  coordinator = coord.client;
  auditor = (await principal('auditor-labs', ['auditor'])).client;
  await sys.admin.careTeam.add(alice.id, { principalId: dr.p.id, role: 'clinician' });
  await sys.admin.careTeam.add(bob.id, { principalId: other.p.id, role: 'clinician' });
  await sys.admin.careTeam.add(alice.id, { principalId: coord.p.id, role: 'coordinator' });
}, 120_000);

afterAll(async () => {
  const stopping = sys?.stop();
  await stopping;
  if (sys) {
    // startSystem's world knows the AUDIT and EVENTS streams only: remove labs-svc's queue and file bucket too.
    const nc = await natsConnection();
    const jsm = await jetstreamManager(nc);
    for (const s of [sys.world.ns.stream(LABS_JOBS.stream), `OBJ_${sys.world.ns.stream(LABS_JOBS.fileBucket)}`]) await jsm.streams.delete(s).catch(() => undefined);
    await nc.close();
  }
});

describe('a patient uploads the PDF their lab sent', () => {
  it('gets 202 with the report and its Location; the parse runs on the queue; the clinician sees coded results', async () => {
    const pdf = fixture('pdf/hmis_sample_lab_report_cbc_cmp.pdf');
    const form = new FormData();
    // The name says nothing: the bytes decide.
    form.append('file', new Blob([new Uint8Array(pdf)], { type: 'application/octet-stream' }), 'scan from phone.bin');
    const res = await aliceClient.labs.fetch('POST', `/v1/patients/${alice.id}/lab-reports`, form);
    expect(res.status).toBe(202);
    const { data } = (await res.json()) as { data: { id: string; status: string } };
    expect(data.status).toBe('received');
    expect(res.headers.get('location')).toBe(`/v1/patients/${alice.id}/lab-reports/${data.id}`);

    const report = await parsed(clinician, alice.id, data.id);
    expect(report).toMatchObject({ status: 'parsed', kind: 'pdf', layout: 'generic', resultCount: 11, fileName: 'scan from phone.bin' });
    const hgb = report.results.find((r) => r.biomarker.key === 'hemoglobin')!;
    expect(hgb).toMatchObject({ value: 6.2, unit: 'g/dL', referenceRange: { low: 13.5, high: 17.5, text: '13.5 - 17.5' }, flag: 'low', source: 'pdf' });
    expect(report.warnings.map((w) => w.code).sort()).toEqual(['no-collection-date', 'unreadable-line']);

    const file = await clinician.labs.file(alice.id, data.id);
    expect(file.contentType).toBe('application/pdf');
    expect(Buffer.from(file.bytes).equals(pdf)).toBe(true);
    const downloads = await storedEvents({ patientId: alice.id }, (evs) => evs.some((e) => e.resource.type === 'lab-report-file'));
    expect(downloads.find((e) => e.resource.type === 'lab-report-file')).toMatchObject({ action: 'read', outcome: 'success', actor: { subject: 'dr-labs' }, resource: { id: data.id, patientId: alice.id } });
  });

  it('a text report rendered as PDF, an HL7 message (application/hl7-v2 and text/plain) and JSON results all become coded results', async () => {
    const pdf = await renderTextAsPdf(fixture('text/medikeep_quest_diagnostics_sample.txt').toString('utf8'));
    const fromPdf = await aliceClient.labs.uploadPdf(alice.id, pdf);
    const fromHl7 = await aliceClient.labs.uploadHl7(alice.id, fixture('hl7v2/LAB-ORU-2.hl7.txt').toString('utf8'));
    const fromText = await aliceClient.labs.uploadHl7(alice.id, fixture('hl7v2/LAB-ORU-1.hl7.txt').toString('utf8'), 'text/plain');
    const fromJson = await clinician.labs.uploadResults(alice.id, { collectedAt: '2024-06-01', results: [{ biomarker: 'glucose', value: 5.9, unit: 'mmol/L', referenceRange: { low: 3.9, high: 5.5 } }] });
    const [q, h2, h1, j] = await Promise.all([fromPdf, fromHl7, fromText, fromJson].map((r) => parsed(clinician, alice.id, r.id)));
    expect(q).toMatchObject({ status: 'parsed', layout: 'quest', resultCount: 4 });
    expect(q!.results.find((r) => r.biomarker.key === 'ldl-cholesterol')).toMatchObject({ value: 105, flag: 'high', referenceRange: { high: 100 } });
    expect(h2).toMatchObject({ status: 'parsed', kind: 'hl7v2', resultCount: 10 });
    expect(h1).toMatchObject({ status: 'parsed', kind: 'hl7v2', contentType: 'application/hl7-v2', resultCount: 8 });
    expect(j!.results[0]).toMatchObject({ biomarker: { key: 'glucose' }, value: 5.9, unit: 'mmol/L', flag: 'high', normalized: { value: 106.292, unit: 'mg/dL' } });
  });
});

describe('results over time', () => {
  it('filters by biomarker, flag and dates; trends glucose in mg/dL whatever the unit it was reported in', async () => {
    const glucose = await clinician.labs.results(alice.id, { biomarker: 'glucose' });
    expect(glucose.data.map((r) => [r.collectedAt.slice(0, 10), r.value, r.unit])).toEqual([
      ['2025-10-13', 110, 'mg/dL'], ['2024-06-01', 5.9, 'mmol/L'],
    ]);
    const high = await clinician.labs.results(alice.id, { flag: 'high', from: '2024-01-01', to: '2024-12-31' });
    expect(high.data.map((r) => r.biomarker.key)).toEqual(['glucose']);
    const byLoinc = await aliceClient.labs.results(alice.id, { biomarker: '2345-7', limit: 1 });
    expect(byLoinc.data).toHaveLength(1);
    expect(byLoinc.meta.nextCursor).not.toBeNull();
    const trend = await clinician.labs.trend(alice.id, { biomarker: 'glucose' });
    expect(trend).toMatchObject({ unit: 'mg/dL', biomarker: { key: 'glucose', loinc: '2345-7' } });
    expect(trend.points.map((p) => [p.value, p.reportedValue, p.reportedUnit])).toEqual([[106.292, 5.9, 'mmol/L'], [110, 110, 'mg/dL']]);
    const list = await aliceClient.labs.reports(alice.id);
    expect(list.data.length).toBe(5);
    const catalog = await bobClient.labs.biomarkers({ q: 'glucose' });
    expect(catalog.data.map((b) => b.key)).toContain('glucose');
    expect(catalog.meta.nextCursor).toBeNull();
  });
});

describe('what is refused', () => {
  it('a scan without text (422, says so), bytes that are not a PDF (422), over 20 MB (413), bad JSON (400 naming fields), an unknown content type (400)', async () => {
    const scan = await rejection<ApiError>(aliceClient.labs.uploadPdf(alice.id, await scannedPdf()));
    expect(scan.status).toBe(422);
    expect(scan.body.error).toMatchObject({ code: 'UNPROCESSABLE' });
    expect(scan.body.error.message).toMatch(/no text layer/);
    const gif = await rejection<ApiError>(aliceClient.labs.uploadPdf(alice.id, new Uint8Array(Buffer.from('GIF89a fake image'))));
    expect([gif.status, gif.body.error.message]).toEqual([422, 'The file is not a PDF (its bytes do not start with %PDF-)']);
    const huge = new Uint8Array(20 * 1024 * 1024 + 10);
    huge.set(Buffer.from('%PDF-1.7\n'));
    expect((await rejection<ApiError>(aliceClient.labs.uploadPdf(alice.id, huge))).status).toBe(413);
    const bad = await rejection<ApiError>(aliceClient.labs.uploadResults(alice.id, { results: [{ name: 'Glucose', value: 'high' as never }] }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.details?.map((d) => d.field)).toEqual(['results.0.value']);
    const csv = await aliceClient.raw('POST', `/v1/patients/${alice.id}/lab-reports`, { body: 'a,b\n1,2', headers: { 'content-type': 'text/csv' } });
    expect(csv.status).toBe(400);
    expect((await aliceClient.labs.reports(alice.id)).data.length).toBe(5);
  });

  it('out of scope is 404, never allowed is 403, for uploads, results and originals', async () => {
    const mine = (await aliceClient.labs.reports(alice.id)).data[0]!;
    expect((await rejection<ApiError>(bobClient.labs.uploadText(alice.id, 'Glucose 92 mg/dL 70-99'))).status).toBe(404);
    expect((await rejection<ApiError>(bobClient.labs.results(alice.id))).status).toBe(404);
    expect((await rejection<ApiError>(otherClinician.labs.report(alice.id, mine.id))).status).toBe(404);
    expect((await rejection<ApiError>(otherClinician.labs.file(alice.id, mine.id))).status).toBe(404);
    expect((await rejection<ApiError>(coordinator.labs.results(alice.id))).status).toBe(403);
    expect((await rejection<ApiError>(coordinator.labs.file(alice.id, mine.id))).status).toBe(403);
    expect((await rejection<ApiError>(auditor.labs.biomarkers())).status).toBe(403);
    expect((await rejection<ApiError>(bobClient.labs.report(bob.id, mine.id))).status).toBe(404);
  });

  it('the OpenAPI document lists the lab routes', async () => {
    const doc = await sys.client().raw<{ paths: Record<string, unknown> }>('GET', '/openapi.json');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining([
      '/v1/patients/{patientId}/lab-reports', '/v1/patients/{patientId}/lab-reports/{reportId}', '/v1/patients/{patientId}/lab-reports/{reportId}/file',
      '/v1/patients/{patientId}/lab-results', '/v1/patients/{patientId}/lab-results/trend', '/v1/biomarkers',
    ]));
  });
});

describe('what the clinic asks of results, through the gateway (issue 9)', () => {
  let carol: PatientDto;
  let dana: PatientDto;
  let carolClient: PatientGraphClient;
  let danaClient: PatientGraphClient;
  /** ACG 2017: a healthy ALT is ≤33 U/L for men, ≤25 U/L for women; 30 U/L is inside the lab's 0–44 either way. */
  const alt = (collectedAt: string, value: number) => ({ collectedAt, results: [{ biomarker: 'alanine-aminotransferase', value, unit: 'U/L', referenceRange: { low: 0, high: 44 } }] });

  beforeAll(async () => {
    carol = await sys.admin.patients.create({ givenName: 'Carol', familyName: 'Clinic', birthDate: '1968-03-02', sexAtBirth: 'male' });
    dana = await sys.admin.patients.create({ givenName: 'Dana', familyName: 'Clinic', birthDate: '1971-09-12', sexAtBirth: 'female' });
    carolClient = (await principal('carol-clinic', ['patient'], carol.id)).client;
    danaClient = (await principal('dana-clinic', ['patient'], dana.id)).client;
    const dr = (await clinician.me()).id;
    await sys.admin.careTeam.add(carol.id, { principalId: dr, role: 'clinician' });
    await sys.admin.careTeam.add(dana.id, { principalId: dr, role: 'clinician' });
  }, 30_000);

  it('rates a result for the sex at birth the profile holds (read by the gateway, not sent by the client)', async () => {
    const c = await parsed(carolClient, carol.id, (await carolClient.labs.uploadResults(carol.id, alt('2024-01-10', 30))).id);
    const d = await parsed(danaClient, dana.id, (await danaClient.labs.uploadResults(dana.id, alt('2024-01-10', 30))).id);
    expect(c.results.map((r) => [r.flag, r.status])).toEqual([['normal', 'optimal']]);
    expect(d.results.map((r) => [r.flag, r.status])).toEqual([['normal', 'normal']]);
    expect(c.summary).toEqual({ total: 1, optimal: 1, normal: 0, outOfRange: 0, unrated: 0 });
    const sneaky = await carolClient.raw('POST', `/v1/patients/${carol.id}/lab-reports`, { body: { ...alt('2024-01-11', 30), sexAtBirth: 'female' } });
    expect(sneaky.status).toBe(400);
  });

  it('compares two reports, lists the latest results, and records a clinician\'s review the patient can see', async () => {
    const later = await parsed(carolClient, carol.id, (await carolClient.labs.uploadResults(carol.id, alt('2024-06-10', 36))).id);
    const first = (await carolClient.labs.reports(carol.id)).data.find((r) => r.id !== later.id)!;
    const cmp = await clinician.labs.compare(carol.id, first.id, later.id);
    expect(cmp.rows).toEqual([expect.objectContaining({ unit: 'U/L', change: 6, direction: 'up', statusChanged: true, a: expect.objectContaining({ value: 30, status: 'optimal' }), b: expect.objectContaining({ value: 36, status: 'normal' }) })]);
    const latest = await carolClient.labs.latest(carol.id);
    expect(latest).toEqual([expect.objectContaining({ biomarker: 'alanine-aminotransferase', value: 36, status: 'normal', previous: { value: 30, collectedAt: '2024-01-10T00:00:00.000Z' }, direction: 'up' })]);
    expect((await rejection<ApiError>(coordinator.labs.latest(alice.id))).status).toBe(403);
    expect((await rejection<ApiError>(bobClient.labs.compare(carol.id, first.id, later.id))).status).toBe(404);

    const reviewed = await clinician.labs.review(carol.id, later.id);
    expect(reviewed).toMatchObject({ reviewed: true, review: { reviewedBy: (await clinician.me()).id } });
    expect(await carolClient.labs.report(carol.id, later.id)).toMatchObject({ reviewed: true, review: reviewed.review });
    expect((await rejection<ApiError>(carolClient.labs.review(carol.id, later.id))).status).toBe(403);
    expect((await rejection<ApiError>(otherClinician.labs.review(carol.id, later.id))).status).toBe(404);
  });

  it('an admin soft-deletes a report with a reason (hidden from the patient and the clinician) and restores it', async () => {
    const report = (await carolClient.labs.reports(carol.id)).data[0]!;
    expect((await rejection<ApiError>(clinician.labs.remove(carol.id, report.id, 'Filed for the wrong patient'))).status).toBe(403);
    const noReason = await sys.admin.raw('DELETE', `/v1/patients/${carol.id}/lab-reports/${report.id}`, { body: {} });
    expect(noReason.status).toBe(400);
    const gone = await sys.admin.labs.remove(carol.id, report.id, 'Filed for the wrong patient');
    expect(gone).toMatchObject({ id: report.id, deleted: true });
    expect((await rejection<ApiError>(carolClient.labs.report(carol.id, report.id))).status).toBe(404);
    expect((await clinician.labs.reports(carol.id)).data.map((r) => r.id)).not.toContain(report.id);
    expect((await carolClient.labs.results(carol.id, { reportId: report.id })).data).toEqual([]);
    expect((await sys.admin.labs.restore(carol.id, report.id))).toMatchObject({ id: report.id, deleted: false });
    expect((await carolClient.labs.report(carol.id, report.id)).id).toBe(report.id);
  });
});
