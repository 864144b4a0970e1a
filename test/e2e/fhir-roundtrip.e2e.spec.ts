import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bundle, BundleEntry } from '@medplum/fhirtypes';
import pg from 'pg';
import { validateFhir, VITAL_METRICS } from '@pg/fhir';
import { TEST_DATABASE_URL } from '@pg/testing';
import { reportLine, startFhirSystem, type FhirSystem, type ImportJob, type Json } from './fhir-kit.js';

/*
 * Issue 14, import → export → import: a Synthea bundle imported over HTTP, the patient exported
 * (`GET /v1/patients/{id}/fhir`, every page), that export imported again as another patient (its identifiers changed,
 * as a second system would hold it), and once more unchanged (the same patient: nothing may be duplicated).
 * Every expectation is read from the source bundle with plain JSON.parse and docs/fhir.md's mapping tables, never
 * from the import's code: the conditions, medications, lab results (code, value, unit, time), their grouping by
 * DiagnosticReport, the encounters and the vital signs (metric, time, value) must be the same after the round trip as
 * after the first import.
 */

const FILE = join(process.cwd(), '../shared/data/fhir-synthea/Dirk_Kuhlman_1e503533-b8c2-42cb-a6d5-bbd7d70d07ad.json');

let f: FhirSystem;
let db: pg.Client;

/** Every page of the patient's export, following `next`. */
async function exportAll(patientId: string): Promise<Bundle[]> {
  const pages: Bundle[] = [];
  let url: string | undefined = `/v1/patients/${patientId}/fhir?_count=100`;
  while (url) {
    const res = await f.call(f.clinicianToken, 'GET', url);
    expect(res.status).toBe(200);
    pages.push(res.body as Bundle);
    url = (res.body as Bundle).link?.find((l) => l.relation === 'next')?.url;
    if (pages.length > 100) throw new Error('the export does not end');
  }
  return pages;
}

const sorted = (xs: string[]) => [...xs].sort();
const day = (v: string | undefined | null) => (v ? v.slice(0, 10) : '-');
const instant = (v: string) => new Date(v).toISOString();

/** What a clinician reads of a patient, as comparable strings. */
async function record(patientId: string) {
  const { status } = await f.call(f.adminToken, 'POST', `/v1/patients/${patientId}/care-team`, JSON.stringify({ principalId: f.clinicianId, role: 'clinician' }));
  expect([201, 409]).toContain(status);
  const patient = (await f.call(f.clinicianToken, 'GET', `/v1/patients/${patientId}`)).body.data as Json;
  const results = await f.all(f.clinicianToken, `/v1/patients/${patientId}/lab-results`);
  const reports = await f.all(f.clinicianToken, `/v1/patients/${patientId}/lab-reports`);
  // The code the source gave (kept as the reported code; the catalog's biomarker may have another LOINC).
  const code = (r: Json) => (r.reportedCode?.code ?? r.biomarker.loinc) as string;
  const loincOf = new Map(results.map((r) => [r.id as string, code(r)]));
  const grouping: string[] = [];
  for (const r of reports) {
    const detail = (await f.call(f.clinicianToken, 'GET', `/v1/patients/${patientId}/lab-reports/${r.id}`)).body.data as Json;
    grouping.push(`${instant(detail.collectedAt)} ${sorted((detail.results as Json[]).map((x) => loincOf.get(x.id)!)).join(',')}`);
  }
  return {
    patient: { givenName: patient.givenName, familyName: patient.familyName, birthDate: patient.birthDate, sexAtBirth: patient.sexAtBirth },
    conditions: sorted((await f.all(f.clinicianToken, `/v1/patients/${patientId}/conditions`)).map((c) => `${c.code.code} ${c.clinicalStatus} ${day(c.onsetDate)} ${day(c.abatementDate)}`)),
    medications: sorted((await f.all(f.clinicianToken, `/v1/patients/${patientId}/medications`)).map((m) => `${m.code?.code} ${m.status} ${day(m.startDate)}`)),
    labResults: sorted(results.map((r) => `${code(r)} ${r.value ?? r.valueText} ${r.unit} ${instant(r.collectedAt)}`)),
    labReports: sorted(grouping),
    encounters: sorted((await f.all(f.clinicianToken, `/v1/patients/${patientId}/timeline?type=encounter`)).map((e) => instant(e.occurredAt))),
    // Every stored reading (no route lists them one by one: the wearable reads are buckets), from labs' own table.
    vitals: sorted((await db.query<{ metric: string; start_at: Date; value: number }>(
      `select metric, start_at, value from "${f.sys.world.env.LABS_DB_SCHEMA}".wearable_sample where patient_id = $1 and provider = 'fhir'`, [patientId],
    )).rows.map((r) => `${r.metric} ${r.start_at.toISOString()} ${r.value}`)),
  };
}

/** Units are stored as UCUM (docs/labs.md): Synthea's `pH` is not a UCUM unit, `[pH]` is. */
const ucum = (unit: string | undefined) => (unit === 'pH' ? '[pH]' : unit ?? null);

/** docs/fhir.md's MedicationRequest status mapping (R4 request status → this system's medication status). */
const REQUEST_STATUS: Record<string, string> = { cancelled: 'stopped', draft: 'intended' };

/** The record the source bundle should become, from the bundle itself. */
function expected(bundle: { entry: { resource: Json }[] }) {
  const rs = bundle.entry.map((e) => e.resource);
  const of = (type: string) => rs.filter((r) => r.resourceType === type);
  const loinc = (r: Json) => (r.code.coding as Json[]).find((c) => c.system === 'http://loinc.org')!.code as string;
  const labs = of('Observation').filter((o) => o.category?.[0]?.coding?.[0]?.code === 'laboratory');
  const labById = new Map(labs.map((o) => [`urn:uuid:${o.id}`, o]));
  const listed = new Set(of('DiagnosticReport').flatMap((d) => ((d.result ?? []) as Json[]).map((x) => x.reference as string)));
  const loose = new Map<string, string[]>();
  for (const o of labs.filter((x) => !listed.has(`urn:uuid:${x.id}`))) {
    const at = instant(o.effectiveDateTime);
    loose.set(at, [...(loose.get(at) ?? []), loinc(o)]);
  }
  const patient = of('Patient')[0]!;
  const official = (patient.name as Json[]).find((n) => n.use === 'official') ?? patient.name[0];
  const birthSex = (patient.extension as Json[]).find((e) => e.url.endsWith('us-core-birthsex'))?.valueCode;
  return {
    patient: { givenName: official.given[0], familyName: official.family, birthDate: patient.birthDate, sexAtBirth: { M: 'male', F: 'female' }[birthSex as string] },
    conditions: sorted(of('Condition').map((c) => `${c.code.coding[0].code} ${c.clinicalStatus.coding[0].code} ${day(c.onsetDateTime)} ${day(c.abatementDateTime)}`)),
    medications: sorted(of('MedicationRequest').map((m) => `${m.medicationCodeableConcept.coding[0].code} ${REQUEST_STATUS[m.status] ?? m.status} ${day(m.authoredOn)}`)),
    // A quantity: its value and UCUM code; a coded value (a urine dipstick): its text, no unit.
    labResults: sorted(labs.map((o) => `${loinc(o)} ${o.valueQuantity?.value ?? o.valueCodeableConcept?.text ?? o.valueCodeableConcept?.coding[0].display} ${ucum(o.valueQuantity?.code)} ${instant(o.effectiveDateTime)}`)),
    // Each DiagnosticReport with its results; the results no report lists grouped per collection time (docs/fhir.md).
    labReports: sorted([
      ...of('DiagnosticReport').filter((d) => (d.result as Json[] | undefined)?.some((x) => labById.has(x.reference)))
        .map((d) => `${instant(d.effectiveDateTime)} ${sorted((d.result as Json[]).map((x) => loinc(labById.get(x.reference)!))).join(',')}`),
      ...[...loose].map(([at, codes]) => `${at} ${sorted(codes).join(',')}`),
    ]),
    encounters: sorted(of('Encounter').map((e) => instant(e.period.start))),
    // Vital signs: each reading (a panel's components each) whose LOINC code VITAL_METRICS keeps, with a numeric value.
    vitals: sorted(of('Observation').filter((o) => (o.category as Json[] | undefined)?.some((c) => c.coding?.some((x: Json) => x.code === 'vital-signs')))
      .flatMap((o) => ((o.component as Json[] | undefined)?.length ? (o.component as Json[]) : [o]).flatMap((p) => {
        const code = (p.code?.coding as Json[] | undefined)?.find((c) => c.system === 'http://loinc.org')?.code as string | undefined;
        const metric = code ? VITAL_METRICS[code] : undefined;
        return metric && typeof p.valueQuantity?.value === 'number' ? [`${metric} ${instant(o.effectiveDateTime)} ${p.valueQuantity.value}`] : [];
      }))),
  };
}


beforeAll(async () => {
  f = await startFhirSystem('dr-roundtrip');
  db = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await db.connect();
}, 180_000);

afterAll(async () => {
  await db?.end();
  await f?.sys.stop();
});

describe('FHIR import → export → import', () => {
  it('keeps the conditions, medications, lab results and their reports, the encounters and the vital signs of a Synthea bundle; the export validates', async () => {
    const source = readFileSync(FILE, 'utf8');
    const want = expected(JSON.parse(source) as { entry: { resource: Json }[] });
    expect(want.vitals.length).toBeGreaterThan(0);

    const first = await f.importBundle(source);
    expect([first.state, first.error]).toEqual(['completed', null]);
    const imported = await record(first.patientId!);
    expect(imported).toEqual(want);

    const pages = await exportAll(first.patientId!);
    for (const page of pages) expect(validateFhir(page)).toEqual([]);
    const entries = pages.flatMap((p) => p.entry ?? []);
    const exported = { resourceType: 'Bundle', type: 'searchset', entry: entries } as Bundle;

    // As another system would hold it: the patient's identifiers are not this system's (nothing matches them here).
    const asOther = structuredClone(exported);
    const patient = asOther.entry!.find((e: BundleEntry) => e.resource?.resourceType === 'Patient')!.resource as Json;
    patient.identifier = (patient.identifier as Json[]).map((i) => ({ system: i.system, value: `${i.value}-elsewhere` }));
    const second = await f.importBundle(JSON.stringify(asOther));
    expect([second.state, second.error]).toEqual(['completed', null]);
    expect(second.patientId).not.toBe(first.patientId);
    expect(await record(second.patientId!)).toEqual(want);
    // Nothing of the export is dropped silently: every entry is in the report.
    expect(second.report!.total).toBe(entries.length);
    for (const t of second.report!.byType) expect(t.imported + t.merged + t.skipped).toBe(t.total);

    // The export imported as it is: the same patient (its identifiers), and nothing of its record twice.
    const third = await f.importBundle(JSON.stringify(exported));
    expect([third.state, third.error, third.patientId]).toEqual(['completed', null, first.patientId]);
    for (const t of ['Condition', 'MedicationStatement', 'Observation', 'DiagnosticReport', 'Encounter']) expect(reportLine(third, t).imported).toBe(0);
    expect(await record(first.patientId!)).toEqual(want);
  }, 300_000);
});
