import { readFileSync } from 'node:fs';
import { jetstreamManager } from '@nats-io/jetstream';
import type { Bundle, OperationOutcome, Resource } from '@medplum/fhirtypes';
import { WEARABLE_FILES_BUCKET, type PatientDto } from '@pg/contracts';
import { validateFhir } from '@pg/fhir';
import { natsConnection } from '@pg/testing';
import { startSystem, type TestSystem } from '@pg/testing/system';
import { rimoRecords } from '../attack-suite/rimo.js';

/*
 * Issue 14 §2–§4 through the gateway: a patient with something in every part of the record → the FHIR export.
 * Expected counts are what this test wrote (and, for wearables, the days of the fixture file), never what the code says.
 */

const NIGHTSCOUT = new URL('../../../shared/data/cgm/nightscout/cgm_format_nightscout_entries.json', import.meta.url);

let sys: TestSystem;
let pat: PatientDto;
const tokens: Record<string, string> = {};
let auditorId: string;
let second: PatientDto;

async function principal(sub: string, roles: ('patient' | 'clinician' | 'coordinator' | 'auditor')[], patientId?: string) {
  const p = await sys.admin.principals.create({ subject: sub, displayName: sub, roles, ...(patientId ? { patientId } : {}) });
  tokens[sub] = await sys.tokenFor(sub);
  return p;
}

async function call<T>(who: string, method: string, path: string, opts: { body?: unknown; headers?: Record<string, string> } = {}): Promise<{ status: number; body: T; type: string | null }> {
  const res = await fetch(path.startsWith('http') ? path : `${sys.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${tokens[who]}`, ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}), ...opts.headers },
    ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, type: res.headers.get('content-type') };
}

/** Every page of the export, following `next` links. */
async function exportAll(who: string, count?: number, headers?: Record<string, string>): Promise<Bundle[]> {
  const pages: Bundle[] = [];
  let url: string | undefined = `/v1/patients/${pat.id}/fhir${count ? `?_count=${count}` : ''}`;
  while (url) {
    const res: { status: number; body: Bundle } = await call<Bundle>(who, 'GET', url, { headers });
    expect(res.status).toBe(200);
    pages.push(res.body);
    url = res.body.link?.find((l) => l.relation === 'next')?.url;
    if (pages.length > 200) throw new Error('the export does not end');
  }
  return pages;
}

const recordResources = (pages: Bundle[]) =>
  pages.flatMap((b) => (b.entry ?? []).map((e) => e.resource!)).filter((r) => r.resourceType !== 'Provenance' && r.resourceType !== 'OperationOutcome');
const countByType = (resources: Resource[]) => resources.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.resourceType]: (acc[r.resourceType] ?? 0) + 1 }), {});
const outcomes = (pages: Bundle[]) => pages.flatMap((b) => (b.entry ?? []).map((e) => e.resource!)).filter((r): r is OperationOutcome => r.resourceType === 'OperationOutcome');

/** Days (UTC) of the fixture's glucose readings: the wearable day summaries to expect. */
const fixtureDays = () => new Set((JSON.parse(readFileSync(NIGHTSCOUT, 'utf8')) as { type: string; date: number }[]).filter((e) => e.type === 'sgv').map((e) => new Date(e.date).toISOString().slice(0, 10))).size;

async function parsed(reportId: string) {
  const until = Date.now() + 20_000;
  for (;;) {
    const r = await call<{ data: { status: string } }>('dr-fhir', 'GET', `/v1/patients/${pat.id}/lab-reports/${reportId}`);
    if (r.body.data.status === 'parsed') return;
    if (Date.now() > until) throw new Error(`report still ${r.body.data.status}`);
    await new Promise((res) => setTimeout(res, 50));
  }
}

beforeAll(async () => {
  sys = await startSystem();
  pat = await sys.admin.patients.create({
    givenName: 'Farah', familyName: 'Export', birthDate: '1981-07-14', sexAtBirth: 'female', email: 'farah@example.org', phone: '+14155550123',
    address: { line1: '5 Export Way', city: 'Oakland', state: 'CA', postalCode: '94607', country: 'US' },
    identifiers: [{ system: 'rimo', value: `fhir-rimo-${Date.now()}` }],
  });
  await principal('farah-fhir', ['patient'], pat.id);
  const dr = await principal('dr-fhir', ['clinician']);
  const co = await principal('co-fhir', ['coordinator']);
  await principal('dr-elsewhere-fhir', ['clinician']);
  auditorId = (await principal('auditor-fhir', ['auditor'])).id;
  await sys.admin.careTeam.add(pat.id, { principalId: dr.id, role: 'clinician' });
  await sys.admin.careTeam.add(pat.id, { principalId: co.id, role: 'coordinator' });

  const base = `/v1/patients/${pat.id}`;
  const ok = (r: { status: number }) => expect([200, 201, 202]).toContain(r.status);
  ok(await call('dr-fhir', 'POST', `${base}/conditions`, { body: { code: { system: 'http://snomed.info/sct', code: '44054006', display: 'Diabetes mellitus type 2' }, clinicalStatus: 'active', onsetDate: '2020-03-01' } }));
  ok(await call('dr-fhir', 'POST', `${base}/conditions`, { body: { code: { system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'E78.5', display: 'Hyperlipidemia' }, clinicalStatus: 'resolved', abatementDate: '2024-01-01' } }));
  ok(await call('dr-fhir', 'POST', `${base}/medications`, { body: { code: { system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '860975' }, name: 'Metformin 500 mg', dose: '500 mg', route: 'oral', frequency: 'twice daily', status: 'active' } }));
  ok(await call('farah-fhir', 'POST', `${base}/check-ins`, { body: { date: '2026-01-05', energy: 4, mood: 5, focus: 6, sleepQuality: 7 } }));
  ok(await call('farah-fhir', 'POST', `${base}/check-ins`, { body: { date: '2026-01-06', energy: 6, mood: 6, focus: 6, sleepQuality: 6, note: 'better' } }));
  const report = await call<{ data: { id: string } }>('dr-fhir', 'POST', `${base}/lab-reports`, {
    body: {
      collectedAt: '2026-02-01',
      results: [
        { biomarker: 'glucose', value: 112, unit: 'mg/dL', referenceRange: { low: 65, high: 99 } },
        { biomarker: 'hba1c', value: 6.1, unit: '%' },
        { name: 'HIV 1/2 Ab', valueText: 'Negative' },
      ],
    },
  });
  ok(report);
  await parsed(report.body.data.id);
  ok(await call('dr-fhir', 'POST', `${base}/protocols`, {
    body: { name: 'Metabolic reset', status: 'active', startDate: '2026-03-01', timeZone: 'UTC', items: [{ compound: 'Berberine', dose: 500, unit: 'mg', route: 'oral', schedule: { rrule: 'FREQ=DAILY;BYHOUR=8;BYMINUTE=0' } }] },
  }));
  const conv = await call<{ data: { id: string } }>('farah-fhir', 'POST', `${base}/conversations`, { body: { channel: 'app', title: 'Questions' } });
  ok(conv);
  for (const [who, role, content] of [['farah-fhir', 'patient', 'Is my glucose ok?'], ['dr-fhir', 'clinician', 'Slightly high; we will recheck.'], ['farah-fhir', 'patient', 'Thanks']] as const) {
    ok(await call(who, 'POST', `${base}/conversations/${conv.body.data.id}/messages`, { body: { role, content } }));
  }
  const form = new FormData();
  form.append('file', new Blob([readFileSync(NIGHTSCOUT)], { type: 'application/json' }), 'entries.json');
  const up = await fetch(`${sys.url}${base}/wearables/imports?timeZone=UTC`, { method: 'POST', headers: { authorization: `Bearer ${tokens['farah-fhir']}` }, body: form });
  // The import is a job (202 + Location): wait until it completed.
  expect([201, 202]).toContain(up.status);
  const importUrl = up.headers.get('location')!;
  for (const until = Date.now() + 60_000; ;) {
    const job = await call<{ data: { status: string } }>('farah-fhir', 'GET', importUrl);
    if (job.body.data.status === 'completed') break;
    if (job.body.data.status === 'failed' || Date.now() > until) throw new Error(`wearable import ${job.body.data.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  // A second patient of the clinician's care team (bulk export), with one condition; a third off the team.
  second = await sys.admin.patients.create({ givenName: 'Gus', familyName: 'Second', birthDate: '1990-01-01' });
  await sys.admin.careTeam.add(second.id, { principalId: dr.id, role: 'clinician' });
  ok(await call('dr-fhir', 'POST', `/v1/patients/${second.id}/conditions`, { body: { code: { system: 'http://snomed.info/sct', code: '38341003', display: 'Hypertension' }, clinicalStatus: 'active' } }));
  await sys.admin.patients.create({ givenName: 'Olga', familyName: 'Offteam', birthDate: '1970-01-01' });
  // One prescription from the partner's webhook (order.shipped).
  await rimoRecords(sys, [{ id: pat.id, rimoId: pat.identifiers[0]!.value }]);
}, 180_000);

afterAll(async () => {
  await sys?.stop();
  if (sys) {
    const nc = await natsConnection();
    const jsm = await jetstreamManager(nc);
    await jsm.streams.delete(`OBJ_${sys.world.ns.stream(WEARABLE_FILES_BUCKET)}`).catch(() => undefined);
    await jsm.streams.delete(`OBJ_${sys.world.ns.stream('FHIR_EXPORTS')}`).catch(() => undefined);
    await nc.close();
  }
});

describe('GET /v1/patients/{patientId}/fhir', () => {
  it('exports the whole record: every resource valid (zero errors), counts equal what was written, nothing left out', async () => {
    const pages = await exportAll('dr-fhir');
    for (const page of pages) {
      expect(page).toMatchObject({ resourceType: 'Bundle', type: 'searchset' });
      expect(validateFhir(page)).toEqual([]);
    }
    expect(outcomes(pages)).toEqual([]);
    const resources = recordResources(pages);
    expect(countByType(resources)).toEqual({
      Patient: 1, Condition: 2, MedicationStatement: 1,
      Observation: 3 + 2 + fixtureDays(), // lab results, check-ins, daily CGM summaries
      DiagnosticReport: 1, CarePlan: 1, MedicationRequest: 1, MedicationDispense: 1, Communication: 3,
    });
    const patient = resources.find((r) => r.resourceType === 'Patient');
    expect(patient).toMatchObject({ id: pat.id, birthDate: '1981-07-14', gender: 'female', name: [{ family: 'Export', given: ['Farah'] }] });
    // The shipped order: an active request and a dispense in progress (docs/fhir.md's fulfilment table).
    expect(resources.filter((r) => r.resourceType === 'MedicationRequest' || r.resourceType === 'MedicationDispense').map((r) => [r.resourceType, (r as { status: string }).status]).sort())
      .toEqual([['MedicationDispense', 'in-progress'], ['MedicationRequest', 'active']]);
    const report = resources.find((r) => r.resourceType === 'DiagnosticReport') as { result: { reference: string }[] };
    const labIds = resources.filter((r) => r.resourceType === 'Observation' && JSON.stringify(r).includes('"laboratory"')).map((r) => `urn:uuid:${r.id}`);
    expect(report.result.map((x) => x.reference).sort()).toEqual(labIds.sort());
    const qualitative = resources.find((r) => (r as { valueString?: string }).valueString === 'Negative');
    expect(qualitative).toBeDefined();
  }, 90_000);

  it('pages with _count and next links: every resource exactly once, the same set as one big page', async () => {
    const small = await exportAll('dr-fhir', 4);
    expect(small.length).toBeGreaterThan(5);
    for (const page of small.slice(0, -1)) expect(recordResources([page])).toHaveLength(4);
    const ids = recordResources(small).map((r) => `${r.resourceType}/${r.id}`);
    expect(new Set(ids).size).toBe(ids.length);
    const whole = recordResources(await exportAll('dr-fhir', 1000)).map((r) => `${r.resourceType}/${r.id}`);
    expect(ids.sort()).toEqual(whole.sort());
    // A cursor is sealed: an edited one is a 400, never a query.
    const next = small[0]!.link!.find((l) => l.relation === 'next')!.url;
    const edited = next.replace(/_cursor=(.)/, (_m, c: string) => `_cursor=${c === 'A' ? 'B' : 'A'}`);
    expect((await call('dr-fhir', 'GET', edited)).status).toBe(400);
  }, 90_000);

  it('the typed client walks the same pages (PatientGraphClient.fhirPages, what the benchmarks use)', async () => {
    const byHand = await exportAll('dr-fhir', 4);
    const client = sys.admin.with({ token: tokens['dr-fhir']! });
    const walked: Bundle[] = [];
    for await (const page of client.fhirPages<Bundle>(`/v1/patients/${pat.id}/fhir?_count=4`)) walked.push(page);
    const ids = (pages: Bundle[]) => recordResources(pages).map((r) => `${r.resourceType}/${r.id}`).sort();
    expect(walked).toHaveLength(byHand.length);
    expect(ids(walked)).toEqual(ids(byHand));
  }, 90_000);

  it("a coordinator's export leaves out the clinical parts and names them", async () => {
    const pages = await exportAll('co-fhir');
    for (const page of pages) expect(validateFhir(page)).toEqual([]);
    const resources = recordResources(pages);
    expect(countByType(resources)).toEqual({ Patient: 1, MedicationRequest: 1, MedicationDispense: 1 });
    expect((resources.find((r) => r.resourceType === 'Patient') as { birthDate?: string }).birthDate).toBeUndefined();
    const named = outcomes(pages).flatMap((o) => o.issue.map((i) => i.expression![0])).sort();
    expect(named).toEqual(['check-ins', 'conditions', 'conversations', 'encounters', 'lab-reports', 'lab-results', 'medications', 'protocols', 'vital-signs', 'wearables']);
  });

  it('a patient outside the caller’s scope is 404 (and an unknown id too)', async () => {
    const res = await call<{ error: { code: string } }>('dr-elsewhere-fhir', 'GET', `/v1/patients/${pat.id}/fhir`);
    expect([res.status, res.body.error.code]).toEqual([404, 'NOT_FOUND']);
    expect((await call('dr-fhir', 'GET', '/v1/patients/0b6e5a0c-1111-4222-8333-944455556666/fhir')).status).toBe(404);
    expect((await call('auditor-fhir', 'GET', `/v1/patients/${pat.id}/fhir`)).status).toBe(403);
  });

  it('is recorded as a disclosure when the purpose is not treatment', async () => {
    const before = await disclosures();
    await exportAll('dr-fhir', 1000, { 'x-purpose-of-use': 'legal' });
    const deadline = Date.now() + 45_000;
    let found: { description: string; purpose: string }[] = [];
    while (Date.now() < deadline) {
      found = (await disclosures()).filter((d) => d.description === 'FHIR R4 export of the patient record');
      if (found.length > before.filter((d) => d.description === 'FHIR R4 export of the patient record').length) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(found).toEqual([expect.objectContaining({ purpose: 'legal' })]);
    // A treatment export is no disclosure.
    expect(before.filter((d) => d.description === 'FHIR R4 export of the patient record')).toEqual([]);
  }, 90_000);
});

describe('POST /v1/fhir/$export (bulk)', () => {
  it('exports the 2 patients of the clinician’s care team as NDJSON per type, valid, audited per patient; the job is its starter’s', async () => {
    const kick = await call<{ data: { id: string } }>('dr-fhir', 'POST', '/v1/fhir/$export', { body: {} });
    expect(kick.status).toBe(202);
    const statusUrl = `/v1/fhir/$export/${kick.body.data.id}`;
    const deadline = Date.now() + 90_000;
    let status: { status: number; body: { data: { state: string; output: { type: string; url: string; count: number }[]; error: { count: number }[] } } };
    for (;;) {
      status = await call('dr-fhir', 'GET', statusUrl);
      if (status.status !== 202) break;
      if (Date.now() > deadline) throw new Error('the export did not finish');
      await new Promise((r) => setTimeout(r, 100));
    }
    expect([status.status, status.body.data.state]).toEqual([200, 'completed']);
    expect(status.body.data.error).toEqual([]);
    const files: Record<string, Resource[]> = {};
    for (const o of status.body.data.output) {
      const res = await fetch(`${sys.url}${o.url}`, { headers: { authorization: `Bearer ${tokens['dr-fhir']}` } });
      expect([res.status, res.headers.get('content-type')]).toEqual([200, 'application/fhir+ndjson']);
      files[o.type] = (await res.text()).trim().split('\n').map((l) => JSON.parse(l) as Resource);
      expect(files[o.type]).toHaveLength(o.count);
    }
    for (const r of Object.values(files).flat()) expect(validateFhir(r)).toEqual([]);
    expect(files.Patient!.map((p) => p.id).sort()).toEqual([pat.id, second.id].sort());
    expect(files.Condition).toHaveLength(3);
    expect(files.Communication).toHaveLength(3);
    // Another principal does not learn the job exists.
    expect((await call('farah-fhir', 'GET', statusUrl)).status).toBe(404);
    expect((await call('dr-fhir', 'GET', `${statusUrl}/files/Basic`)).status).toBe(400);
    // One export event per patient, recorded by the gateway.
    for (const patientId of [pat.id, second.id]) {
      const until = Date.now() + 45_000;
      let events: { resource: { patientId: string }; query?: { bulk?: string } }[] = [];
      while (Date.now() < until) {
        events = (await call<{ data: typeof events }>('auditor-fhir', 'GET', `/v1/audit/events?action=export&patientId=${patientId}&limit=200`)).body.data
          .filter((e) => e.query?.bulk === kick.body.data.id);
        if (events.length) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(events).toHaveLength(1);
    }
  }, 150_000);

  it('an auditor (no patient reads) may not start one', async () => {
    expect((await call('auditor-fhir', 'POST', '/v1/fhir/$export', { body: {} })).status).toBe(403);
  });
});

async function disclosures(): Promise<{ description: string; purpose: string }[]> {
  expect(auditorId).toBeDefined();
  const res = await call<{ data: { description: string; purpose: string }[] }>('auditor-fhir', 'GET', `/v1/audit/patients/${pat.id}/disclosures?limit=200`);
  expect(res.status).toBe(200);
  return res.body.data;
}
