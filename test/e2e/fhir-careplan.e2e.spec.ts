import type { Bundle, BundleEntry } from '@medplum/fhirtypes';
import { validateFhir } from '@pg/fhir';
import { reportLine, startFhirSystem, type FhirSystem, type Json } from './fhir-kit.js';

/*
 * Issue 14, CarePlans as protocols (docs/fhir.md "Import"): a protocol a clinician made through the API, the patient
 * exported (`GET /v1/patients/{id}/fhir`), that export imported as another system's patient (its identifiers
 * changed, so it is a new patient here) → treatments-svc holds the same protocol: name, status, dates, time zone,
 * items, and the same doses due on a day. Importing it twice adds nothing; a treatments part treatments-svc refuses
 * rolls the whole import back (no patient left). Expected values are the protocol as the clinician created it.
 */

let f: FhirSystem;
let patientId: string;

const PROTOCOL = {
  name: 'Hormone support',
  status: 'active',
  startDate: '2026-03-01',
  endDate: '2026-09-30',
  timeZone: 'America/Los_Angeles',
  items: [
    { compound: 'Testosterone cypionate', dose: 100, unit: 'mg', route: 'intramuscular', schedule: { rrule: 'FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0' } },
    { compound: 'Vitamin D3', dose: 5000, unit: '[iU]', route: 'oral', schedule: { rrule: 'FREQ=DAILY', dtstart: '2026-03-01T08:30' }, instructions: 'with breakfast; not on an empty stomach' },
  ],
};

async function onCareTeam(id: string): Promise<void> {
  const { status } = await f.call(f.adminToken, 'POST', `/v1/patients/${id}/care-team`, JSON.stringify({ principalId: f.clinicianId, role: 'clinician' }));
  expect([201, 409]).toContain(status);
}

/** A patient's protocols as a clinician reads them, without this system's ids. */
async function protocols(id: string) {
  await onCareTeam(id);
  return (await f.all(f.clinicianToken, `/v1/patients/${id}/protocols`)).map((p) => ({
    name: p.name, status: p.status, startDate: p.startDate, endDate: p.endDate, timeZone: p.timeZone, version: p.version,
    items: (p.items as Json[]).map(({ id: _id, ...item }) => item),
  }));
}

/** The doses due on a day (across the DST change in Los Angeles on 2026-03-08), per compound. */
async function due(id: string, date: string) {
  const { status, body } = await f.call(f.clinicianToken, 'GET', `/v1/patients/${id}/regimen?date=${date}`);
  expect(status).toBe(200);
  return (body.data.protocols as Json[]).flatMap((p) => (p.items as Json[]).map((i) => [i.compound, (i.doses as Json[]).map((d) => d.dueAt)]));
}

async function exportAll(id: string): Promise<Bundle> {
  const entries: BundleEntry[] = [];
  let url: string | undefined = `/v1/patients/${id}/fhir?_count=100`;
  while (url) {
    const res = await f.call(f.clinicianToken, 'GET', url);
    expect(res.status).toBe(200);
    expect(validateFhir(res.body as Bundle)).toEqual([]);
    entries.push(...((res.body as Bundle).entry ?? []));
    url = (res.body as Bundle).link?.find((l) => l.relation === 'next')?.url;
  }
  return { resourceType: 'Bundle', type: 'searchset', entry: entries };
}

beforeAll(async () => {
  f = await startFhirSystem('dr-careplan');
  patientId = (await f.sys.admin.patients.create({ givenName: 'Carla', familyName: 'Planner', birthDate: '1980-02-03', email: 'carla@example.org' } as never)).id;
  await onCareTeam(patientId);
  const made = await f.call(f.clinicianToken, 'POST', `/v1/patients/${patientId}/protocols`, JSON.stringify(PROTOCOL));
  expect(made.status).toBe(201);
}, 180_000);

afterAll(async () => {
  await f?.sys.stop();
});

describe('FHIR CarePlan ↔ protocol', () => {
  it('a protocol exported as a CarePlan and imported as another system\'s patient is the same protocol, due the same doses; importing twice adds nothing', async () => {
    const exported = await exportAll(patientId);
    expect(exported.entry!.filter((e) => e.resource?.resourceType === 'CarePlan')).toHaveLength(1);
    // As another system would hold it: identifiers this system does not know, so the import makes a new patient.
    const patient = exported.entry!.find((e) => e.resource?.resourceType === 'Patient')!.resource as Json;
    patient.identifier = (patient.identifier as Json[]).map((i) => ({ system: i.system, value: `${i.value}-elsewhere` }));

    const first = await f.importBundle(JSON.stringify(exported));
    expect([first.state, first.error]).toEqual(['completed', null]);
    expect(first.patientId).not.toBe(patientId);
    expect(reportLine(first, 'CarePlan')).toMatchObject({ total: 1, imported: 1, merged: 0, skipped: 0 });
    const { items, ...head } = PROTOCOL;
    expect(await protocols(first.patientId!)).toEqual([{ ...head, version: 1, items }]);
    for (const date of ['2026-03-02', '2026-03-09']) expect(await due(first.patientId!, date)).toEqual(await due(patientId, date));

    const again = await f.importBundle(JSON.stringify(exported));
    expect([again.state, again.error, again.patientId]).toEqual(['completed', null, first.patientId]);
    expect(reportLine(again, 'CarePlan')).toMatchObject({ total: 1, imported: 0, merged: 1 });
    expect(await protocols(first.patientId!)).toHaveLength(1);
  }, 180_000);

  it('rolls back the whole import (its lab part, written before, included) when treatments-svc refuses its part: no patient left', async () => {
    const ref = { reference: 'urn:uuid:cp-rb' };
    const bundle = {
      resourceType: 'Bundle', type: 'collection', entry: [
        { fullUrl: 'urn:uuid:cp-rb', resource: { resourceType: 'Patient', id: 'cp-rb', identifier: [{ system: 'urn:oid:2.999.14', value: 'CAREPLAN-RB' }], name: [{ family: 'Backe', given: ['Cora'] }], birthDate: '1971-01-01' } },
        { resource: { resourceType: 'Observation', id: 'cp-rb-o', status: 'final', subject: ref, category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }], code: { coding: [{ system: 'http://loinc.org', code: '2345-7', display: 'Glucose' }] }, effectiveDateTime: '2025-01-01T08:00:00Z', valueQuantity: { value: 90, unit: 'mg/dL', system: 'http://unitsofmeasure.org', code: 'mg/dL' } } },
        // An RRULE in form, which treatments-svc does not take (UNTIL: a protocol's end date bounds its schedules).
        { resource: { resourceType: 'CarePlan', id: 'cp-rb-p', status: 'active', intent: 'plan', subject: ref, title: 'Refused', period: { start: '2025-01-01' }, activity: [{ detail: {
          kind: 'MedicationRequest', status: 'in-progress', productCodeableConcept: { text: 'Berberine' }, quantity: { value: 500, unit: 'mg', system: 'http://unitsofmeasure.org', code: 'mg' },
          scheduledString: 'FREQ=DAILY;UNTIL=20250201T000000Z',
        } }] } },
      ],
    };
    const job = await f.importBundle(JSON.stringify(bundle));
    expect(job).toMatchObject({ state: 'rolled_back', patientId: null, report: null });
    expect(job.error).toMatch(/UNPROCESSABLE: The CarePlan CarePlan\/cp-rb-p/);
    const found = await f.call(f.adminToken, 'GET', `/v1/patients?identifier=${encodeURIComponent('urn:oid:2.999.14|CAREPLAN-RB')}`);
    expect(found.body.data).toEqual([]);
  }, 120_000);
});
