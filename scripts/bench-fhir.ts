/**
 * `npm run bench:fhir`: FHIR R4 through the gateway of the whole system (launcher, its own database
 * `patient_graph_bench` and NATS namespace). Sections run in order; `--only=export` runs one.
 *
 * export: a big record is written through the API — `--conditions` (300) conditions, `--medications` (150)
 *   medications, `--reports` (40) lab reports of `--results` (50) results each, `--checkins` (365) daily check-ins,
 *   one conversation of `--messages` (2,000) messages — then `GET /v1/patients/{id}/fhir` is walked page by page
 *   (`next` links) with `_count=1000` and with the default page size, `--runs` (3) times each: the time of the whole
 *   walk (median), resources per second, and the time to validate every page with libs/fhir's validator.
 *   The import half of the issue's benchmark (the largest Synthea bundle in) is scripts/bench-fhir-import.ts.
 */
import 'reflect-metadata';
import type { Bundle } from '@medplum/fhirtypes';
import { PatientGraphClient } from '@pg/client';
import { validateFhir } from '@pg/fhir';
import { withBenchSystem } from './lib/bench-system.js';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const n = (name: string, dflt: number) => Number(args.get(name) ?? dflt);
const ONLY = args.get('only');
const PORT = n('port', 3919);
const RUNS = n('runs', 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** `count` calls of `make(i)`, `width` at a time. */
async function pool(count: number, width: number, make: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < count) await make(next++);
  }));
}

async function walk(client: PatientGraphClient, first: string): Promise<{ ms: number; pages: Bundle[] }> {
  const t0 = performance.now();
  const pages: Bundle[] = [];
  for await (const page of client.fhirPages<Bundle>(first)) pages.push(page);
  return { ms: performance.now() - t0, pages };
}

async function exportSection(url: string, admin: PatientGraphClient, tokenFor: (sub: string) => Promise<string>, namespace: string): Promise<void> {
  const clin = await admin.principals.create({ subject: `bench-fhir-clinician-${namespace}`, displayName: 'Bench clinician', roles: ['clinician'] });
  const patient = await admin.patients.create({ givenName: 'Bench', familyName: 'Export', birthDate: '1960-05-05', sexAtBirth: 'male' });
  await principalFor(admin, patient.id, namespace);
  await admin.careTeam.add(patient.id, { principalId: clin.id, role: 'clinician' });
  const client = new PatientGraphClient(url, { token: await tokenFor(clin.subject) });
  const me = new PatientGraphClient(url, { token: await tokenFor(`bench-fhir-patient-${namespace}`) });
  const p = patient.id;
  const t0 = performance.now();
  await pool(n('conditions', 300), 8, (i) => client.conditions.create(p, { code: { system: 'http://hl7.org/fhir/sid/icd-10-cm', code: `E${10 + (i % 80)}.${i % 10}`, display: `Condition ${i}` }, clinicalStatus: i % 3 ? 'active' : 'resolved', ...(i % 3 ? {} : { abatementDate: '2024-01-01' }) }));
  await pool(n('medications', 150), 8, (i) => client.medications.create(p, { name: `Medication ${i}`, dose: `${i} mg`, route: 'oral', frequency: 'daily', status: 'active' }));
  const results = n('results', 50);
  await pool(n('reports', 40), 4, (i) => client.labs.uploadResults(p, {
    collectedAt: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10),
    results: Array.from({ length: results }, (_, j) => ({ name: `Analyte ${j}`, value: 10 + j + i / 10, unit: 'mg/dL', referenceRange: { low: 5, high: 60 } })),
  }));
  await pool(n('checkins', 365), 8, (i) => me.checkIns.record(p, { date: new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10), energy: i % 11, mood: (i + 3) % 11, focus: (i + 5) % 11, sleepQuality: (i + 7) % 11 }));
  const conv = await me.createConversation(p, { channel: 'app', title: 'Long thread' });
  await pool(n('messages', 2000), 8, (i) => me.appendMessage(p, conv.id!, { role: 'patient', content: `Message ${i}` }));
  // Lab reports parse in the background: wait until every one is parsed.
  for (const deadline = Date.now() + 300_000; ;) {
    const { data } = await client.labs.reports(p, { status: 'parsed', limit: 200 });
    if (data.length >= n('reports', 40)) break;
    if (Date.now() > deadline) throw new Error('lab reports still parsing');
    await new Promise((r) => setTimeout(r, 200));
  }
  console.log(`export: record written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  for (const [label, first] of [['_count=1000', `/v1/patients/${p}/fhir?_count=1000`], ['default _count (200)', `/v1/patients/${p}/fhir`]] as const) {
    await walk(client, first); // warm up
    const times: number[] = [];
    let pages: Bundle[] = [];
    for (let i = 0; i < RUNS; i++) ({ ms: times[i]!, pages } = await walk(client, first));
    const resources = pages.reduce((s, b) => s + (b.entry?.filter((e) => !['Provenance', 'OperationOutcome'].includes(e.resource!.resourceType)).length ?? 0), 0);
    const t1 = performance.now();
    const issues = pages.reduce((s, b) => s + validateFhir(b).length, 0);
    const validateMs = performance.now() - t1;
    const ms = median(times);
    console.log(`export ${label}: ${resources} resources in ${pages.length} pages, median ${(ms / 1000).toFixed(2)} s over ${RUNS} runs (${Math.round(resources / (ms / 1000))} resources/s); validation ${(validateMs / 1000).toFixed(2)} s, ${issues} issues`);
  }
}

async function principalFor(admin: PatientGraphClient, patientId: string, namespace: string): Promise<void> {
  await admin.principals.create({ subject: `bench-fhir-patient-${namespace}`, displayName: 'Bench patient', roles: ['patient'], patientId });
}

await withBenchSystem('benchfhir', PORT, async ({ url, admin, tokenFor, namespace }) => {
  if (!ONLY || ONLY === 'export') await exportSection(url, admin, tokenFor, namespace);
});
