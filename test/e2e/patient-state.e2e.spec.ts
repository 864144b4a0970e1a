import { ApiError, type PatientGraphClient } from '@pg/client';
import type { CreateProtocolDto, LabReportDetailDto, PatientDto, ProtocolDto } from '@pg/contracts';
import { until } from '@pg/testing';
import { startSystem, type TestSystem } from '@pg/testing/system';

/*
 * Issue 12, soft delete across services, through the gateway: an admin deletes a patient who has a lab report, a
 * protocol and a care team; for a clinician on that team every one of them (and the assistant's view) answers 404
 * until the admin restores the patient. Another patient of the same clinician is untouched.
 */

let sys: TestSystem;
let ana: PatientDto;
let bo: PatientDto;
let clinician: PatientGraphClient;
let report: LabReportDetailDto;
let protocol: ProtocolDto;

const PROTOCOL: CreateProtocolDto = {
  name: 'Vitamin D', status: 'active', startDate: '2026-11-01', timeZone: 'UTC',
  items: [{ compound: 'Cholecalciferol', dose: 2000, unit: '[IU]', route: 'oral' as const, schedule: { rrule: 'FREQ=DAILY;BYHOUR=8;BYMINUTE=0' } }],
};

/** The status each read answers (200, or the ApiError's status). */
const status = (p: Promise<unknown>) => p.then(() => 200, (e: unknown) => (e instanceof ApiError ? e.status : Promise.reject(e)));
const reads = (patientId: string, reportId: string, protocolId: string) => Promise.all([
  status(clinician.patients.get(patientId)),
  status(clinician.labs.report(patientId, reportId)),
  status(clinician.labs.reports(patientId)),
  status(clinician.protocols.get(patientId, protocolId)),
  status(clinician.protocols.list(patientId)),
  status(clinician.careTeam.list(patientId)),
  status(clinician.getPatientContext(patientId)),
]);

beforeAll(async () => {
  sys = await startSystem();
  ana = await sys.admin.patients.create({ givenName: 'Ana', familyName: 'Deleted', birthDate: '1981-02-03' });
  bo = await sys.admin.patients.create({ givenName: 'Bo', familyName: 'Kept', birthDate: '1975-05-06' });
  const dr = await sys.admin.principals.create({ subject: 'dr-state', displayName: 'dr-state', roles: ['clinician'] });
  clinician = sys.client(await sys.tokenFor('dr-state'));
  for (const p of [ana, bo]) await sys.admin.careTeam.add(p.id, { principalId: dr.id, role: 'clinician' });
  const uploaded = await clinician.labs.uploadResults(ana.id, { collectedAt: '2026-11-01', results: [{ biomarker: 'ferritin', value: 120, unit: 'ng/mL' }] });
  report = await until('the report parsed', async () => {
    const r = await clinician.labs.report(ana.id, uploaded.id);
    return r.status === 'parsed' ? r : undefined;
  });
  protocol = await clinician.protocols.create(ana.id, PROTOCOL);
}, 120_000);

afterAll(async () => {
  await sys?.stop();
});

describe('a soft-deleted patient across the services', () => {
  it('answers 404 for the profile, the lab report, the protocol, the care team and the context; another patient is served', async () => {
    expect(await reads(ana.id, report.id, protocol.id)).toEqual([200, 200, 200, 200, 200, 200, 200]);
    const boProtocol = await clinician.protocols.create(bo.id, PROTOCOL);

    await sys.admin.patients.softDelete(ana.id, 'Duplicate record created at intake by mistake');
    // profiles-svc hides the patient at once; the other services once the deletion event reached them.
    const after = await until('the deletion to reach every service', async () => {
      const s = await reads(ana.id, report.id, protocol.id);
      return s.every((x) => x === 404) ? s : undefined;
    });
    expect(after).toEqual([404, 404, 404, 404, 404, 404, 404]);
    // Writes too: a new protocol for the deleted patient is refused.
    expect(await status(clinician.protocols.create(ana.id, PROTOCOL))).toBe(404);
    expect(await status(clinician.protocols.get(bo.id, boProtocol.id))).toBe(200);
  });

  it('serves everything again once restored', async () => {
    await sys.admin.patients.restore(ana.id, 'Not a duplicate after all: confirmed with the patient');
    const back = await until('the restore to reach every service', async () => {
      const s = await reads(ana.id, report.id, protocol.id);
      return s.every((x) => x === 200) ? s : undefined;
    });
    expect(back).toEqual([200, 200, 200, 200, 200, 200, 200]);
    expect((await clinician.protocols.list(ana.id)).data.map((p) => p.id)).toEqual([protocol.id]);
  });
});
