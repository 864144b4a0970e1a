import type { Resource } from '@medplum/fhirtypes';
import type { CheckInDto, ConditionDto, LabReportDto, LabResultDto, MedicationDto, MessageDto, PatientDto, PrescriptionDto, PrescriptionStatus, ProtocolDto } from '@pg/contracts';
import { validateFhir } from '../validate.js';
import { exportBundle } from './bundle.js';
import { derivedId } from './common.js';
import { planImport } from '../import/plan.js';
import { toDiagnosticReport, toLabObservation, toVitalSignObservation, toWearableDayObservation } from './labs.js';
import { toCheckInObservation, toCommunication, toCondition, toEncounter, toMedicationStatement, toPatient } from './record.js';
import { toCarePlan, toPrescriptionResources } from './treatments.js';

const P = '7d1b3c9e-5a4f-4e21-9c6b-0f2a8d3e4b51';
const subject = { reference: `urn:uuid:${P}` };
const at = '2026-03-04T05:06:07.000Z';

const noErrors = (r: Resource) => expect(validateFhir(r)).toEqual([]);

describe('FHIR export mapping (hand-written expected resources)', () => {
  it('Patient ← profile: identifiers kept, name, telecom, gender, birth date, address', () => {
    const p: PatientDto = {
      id: P, givenName: 'Ada', familyName: 'Okafor', birthDate: '1975-11-02', sexAtBirth: 'female', email: 'ada@example.org', phone: '+14155550100',
      address: { line1: '1 Main St', line2: 'Apt 4', city: 'Springfield', state: 'IL', postalCode: '62701', country: 'US' },
      subscriptionTier: 'essential', status: 'active', identifiers: [{ system: 'https://github.com/synthetichealth/synthea', value: 'abc-123' }],
      version: 3, createdAt: at, updatedAt: at,
    };
    const r = toPatient(p);
    expect(r).toEqual({
      resourceType: 'Patient', id: P, meta: { lastUpdated: at },
      // US Core birth sex: what an import of this export reads the sex at birth from (gender is administrative).
      extension: [{ url: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex', valueCode: 'F' }],
      identifier: [{ system: 'urn:patient-graph:patient', value: P }, { system: 'https://github.com/synthetichealth/synthea', value: 'abc-123' }],
      active: true, name: [{ use: 'official', family: 'Okafor', given: ['Ada'] }],
      telecom: [{ system: 'email', value: 'ada@example.org' }, { system: 'phone', value: '+14155550100' }],
      gender: 'female', birthDate: '1975-11-02',
      address: [{ line: ['1 Main St', 'Apt 4'], city: 'Springfield', state: 'IL', postalCode: '62701', country: 'US' }],
    });
    noErrors(r);
  });

  it('Encounter ← an imported encounter on the timeline (class, type, reason, period); class UNK when none was given', () => {
    const e = {
      id: 'c0a80101-0000-4000-8000-0000000000e1', patientId: P, type: 'encounter' as const, occurredAt: '2019-03-05T20:32:26.000Z', recordedAt: at,
      source: { service: 'profiles-svc', kind: 'fhir-encounter', id: 'c0a80101-0000-4000-8000-0000000000e1' }, title: 'Emergency Room Admission',
      summary: { class: 'EMER', code: { system: 'http://snomed.info/sct', code: '50849002', display: 'Emergency Room Admission' }, reason: { system: 'http://snomed.info/sct', code: '128613002', display: 'Seizure disorder' }, endedAt: '2019-03-05T23:45:26.000Z' } as never,
    };
    expect(toEncounter(e)).toEqual({
      resourceType: 'Encounter', id: e.id, identifier: [{ system: 'urn:patient-graph:encounter', value: e.id }], status: 'finished',
      class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'EMER' },
      type: [{ coding: [{ system: 'http://snomed.info/sct', code: '50849002', display: 'Emergency Room Admission' }], text: 'Emergency Room Admission' }],
      subject, period: { start: '2019-03-05T20:32:26.000Z', end: '2019-03-05T23:45:26.000Z' },
      reasonCode: [{ coding: [{ system: 'http://snomed.info/sct', code: '128613002', display: 'Seizure disorder' }] }],
    });
    noErrors(toEncounter(e));
    const bare = toEncounter({ ...e, title: undefined, summary: {} });
    expect(bare).toMatchObject({ status: 'unknown', class: { system: 'http://terminology.hl7.org/CodeSystem/v3-NullFlavor', code: 'UNK' } });
    expect(bare.type).toBeUndefined();
    noErrors(bare);
  });

  it('Condition ← condition (SNOMED coding, FHIR statuses); entered-in-error drops the clinical status (con-5)', () => {
    const c: ConditionDto = {
      id: 'c0a80101-0000-4000-8000-000000000001', patientId: P, code: { system: 'http://snomed.info/sct', code: '44054006', display: 'Diabetes mellitus type 2' },
      clinicalStatus: 'resolved', verificationStatus: 'confirmed', onsetDate: '2019-05-01', abatementDate: '2024-01-10', note: null, version: 1, createdAt: at, updatedAt: at,
    };
    expect(toCondition(c)).toEqual({
      resourceType: 'Condition', id: c.id, meta: { lastUpdated: at }, identifier: [{ system: 'urn:patient-graph:condition', value: c.id }],
      clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'resolved' }] },
      verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'confirmed' }] },
      code: { coding: [{ system: 'http://snomed.info/sct', code: '44054006', display: 'Diabetes mellitus type 2' }], text: 'Diabetes mellitus type 2' },
      subject, onsetDateTime: '2019-05-01', abatementDateTime: '2024-01-10', recordedDate: at,
    });
    noErrors(toCondition(c));
    const wrong = toCondition({ ...c, verificationStatus: 'entered-in-error' });
    expect(wrong.clinicalStatus).toBeUndefined();
    expect(wrong.abatementDateTime).toBeUndefined();
    noErrors(wrong);
  });

  it('MedicationStatement ← medication (RxNorm, dosage text and route)', () => {
    const m: MedicationDto = {
      id: 'c0a80101-0000-4000-8000-000000000002', patientId: P, code: { system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '860975', display: null },
      name: 'Metformin 500 mg', dose: '500 mg', route: 'oral', frequency: 'twice daily', status: 'active', startDate: '2024-02-01', endDate: null, note: null,
      version: 1, createdAt: at, updatedAt: at,
    };
    const r = toMedicationStatement(m);
    expect(r).toMatchObject({
      status: 'active', subject,
      medicationCodeableConcept: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '860975' }], text: 'Metformin 500 mg' },
      effectivePeriod: { start: '2024-02-01' }, dosage: [{ text: '500 mg, twice daily', route: { text: 'oral' } }],
    });
    noErrors(r);
  });

  it('lab Observation ← result: LOINC, UCUM quantity, range, interpretation from the lab flag; valueString for a censored value', () => {
    const r: LabResultDto = {
      id: 'c0a80101-0000-4000-8000-000000000003', patientId: P, reportId: 'c0a80101-0000-4000-8000-0000000000aa',
      biomarker: { key: 'glucose', display: 'Glucose', loinc: '2345-7' }, name: 'GLUCOSE', value: 112, unit: 'mg/dL',
      referenceRange: { low: 65, high: 99 }, flag: 'high', status: 'high', collectedAt: at, source: 'json',
    };
    expect(toLabObservation(r)).toEqual({
      resourceType: 'Observation', id: r.id, identifier: [{ system: 'urn:patient-graph:lab-result', value: r.id }], status: 'final',
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory', display: 'Laboratory' }] }],
      code: { coding: [{ system: 'http://loinc.org', code: '2345-7', display: 'Glucose' }], text: 'Glucose' },
      subject, effectiveDateTime: at,
      valueQuantity: { value: 112, unit: 'mg/dL', system: 'http://unitsofmeasure.org', code: 'mg/dL' },
      interpretation: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation', code: 'H', display: 'High' }] }],
      referenceRange: [{ low: { value: 65, unit: 'mg/dL', system: 'http://unitsofmeasure.org', code: 'mg/dL' }, high: { value: 99, unit: 'mg/dL', system: 'http://unitsofmeasure.org', code: 'mg/dL' } }],
    });
    noErrors(toLabObservation(r));
    const censored = toLabObservation({ ...r, value: 5, valueText: '<5.0', unit: 'mIU/L-ish', flag: null, status: 'optimal', referenceRange: { text: '0.4-4.0' } });
    expect(censored).toMatchObject({ valueString: '<5.0', interpretation: [{ coding: [{ code: 'N' }] }], referenceRange: [{ text: '0.4-4.0' }] });
    expect(censored.valueQuantity).toBeUndefined();
    noErrors(censored);
    // A unit that is not UCUM is kept as printed, without a system.
    expect(toLabObservation({ ...r, unit: 'x10E3/uL' }).valueQuantity).toEqual({ value: 112, unit: 'x10E3/uL' });
  });

  it('DiagnosticReport ← report, its results referenced', () => {
    const report = { id: 'c0a80101-0000-4000-8000-0000000000aa', patientId: P, status: 'parsed', collectedAt: at, parsedAt: at, createdAt: at, updatedAt: at, error: null } as LabReportDto;
    const r = toDiagnosticReport(report, ['c0a80101-0000-4000-8000-000000000003']);
    expect(r).toMatchObject({ status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '11502-2' }] }, result: [{ reference: 'urn:uuid:c0a80101-0000-4000-8000-000000000003' }] });
    noErrors(r);
    expect(toDiagnosticReport({ ...report, status: 'parsing' }, []).status).toBe('registered');
  });

  // The fulfilment table of docs/fhir.md, written out.
  it.each<[PrescriptionStatus, string, string | null]>([
    ['created', 'draft', null],
    ['transmitted', 'active', 'preparation'],
    ['processing', 'active', 'in-progress'],
    ['shipped', 'active', 'in-progress'],
    ['delivered', 'completed', 'completed'],
    ['cancelled', 'cancelled', 'cancelled'],
    ['failed', 'stopped', 'stopped'],
  ])('prescription %s → MedicationRequest %s, MedicationDispense %s (both valid)', (status, request, dispense) => {
    const p: PrescriptionDto = {
      id: 'c0a80101-0000-4000-8000-000000000004', patientId: P, externalId: 'ord_123', treatmentExternalId: null, status, medication: 'Semaglutide 0.25 mg',
      carrier: 'UPS', trackingNumber: '1Z999', refillOf: null, refillNumber: null, createdAt: at, updatedAt: at,
    };
    const out = toPrescriptionResources(p);
    expect(out.request.status).toBe(request);
    expect(out.dispense?.status ?? null).toBe(dispense);
    noErrors(out.request);
    if (out.dispense) {
      expect(out.dispense.authorizingPrescription).toEqual([{ reference: `urn:uuid:${p.id}` }]);
      noErrors(out.dispense);
    }
  });

  it('a prescription without its medication (a coordinator reads status only) is masked, still valid', () => {
    const { request } = toPrescriptionResources({ id: 'c0a80101-0000-4000-8000-000000000005', patientId: P, externalId: 'o', treatmentExternalId: null, status: 'shipped', medication: null, carrier: null, trackingNumber: null, refillOf: null, refillNumber: null, createdAt: at, updatedAt: at });
    expect(request.medicationCodeableConcept).toEqual({ extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/data-absent-reason', valueCode: 'masked' }] });
    noErrors(request);
  });

  it('CarePlan ← protocol: paused is on-hold, one activity per item', () => {
    const p = {
      id: 'c0a80101-0000-4000-8000-000000000006', patientId: P, version: 2, latestVersion: 2, name: 'TRT', status: 'paused', startDate: '2026-01-01', endDate: null, timeZone: 'UTC',
      items: [{ id: 'i1', compound: 'Testosterone cypionate', dose: 100, unit: 'mg', route: 'intramuscular', schedule: { rrule: 'FREQ=WEEKLY;BYDAY=MO' } }],
      effectiveFrom: null, effectiveTo: null, createdBy: 'x', createdAt: at,
    } as ProtocolDto;
    const r = toCarePlan(p);
    expect(r).toMatchObject({
      status: 'on-hold', intent: 'plan', title: 'TRT', period: { start: '2026-01-01' },
      activity: [{ detail: { kind: 'MedicationRequest', status: 'on-hold', productCodeableConcept: { text: 'Testosterone cypionate' }, quantity: { value: 100, unit: 'mg', system: 'http://unitsofmeasure.org', code: 'mg' }, scheduledString: 'FREQ=WEEKLY;BYDAY=MO' } }],
    });
    noErrors(r);
  });

  it('check-in, message and a wearable day are valid Observations / Communication', () => {
    const c: CheckInDto = { id: 'c0a80101-0000-4000-8000-000000000007', patientId: P, date: '2026-03-01', energy: 7, mood: 6, focus: 5, sleepQuality: 8, note: null, version: 1, createdAt: at, updatedAt: at };
    const obs = toCheckInObservation(c);
    expect(obs.component?.map((x) => [x.code.text, x.valueInteger])).toEqual([['Energy', 7], ['Mood', 6], ['Focus', 5], ['Sleep quality', 8]]);
    noErrors(obs);
    const m: MessageDto = { id: 'c0a80101-0000-4000-8000-000000000008', conversationId: 'c0a80101-0000-4000-8000-000000000009', patientId: P, seq: 1, role: 'assistant', content: 'Hello', at, createdAt: at };
    const com = toCommunication(m, { id: m.conversationId, channel: 'app', title: null });
    expect(com).toMatchObject({ status: 'completed', sender: { display: 'assistant' }, recipient: [subject], payload: [{ contentString: 'Hello' }] });
    noErrors(com);
    const day = toWearableDayObservation(P, 'heart_rate', '/min', { start: '2026-03-01T00:00:00.000Z', min: 50, max: 150, mean: 72.5, count: 1440 }, '2026-03-02T00:00:00.000Z');
    expect(day).toMatchObject({
      id: derivedId('wearable-day', P, 'heart_rate', '2026-03-01T00:00:00.000Z'),
      category: [{ coding: [{ code: 'vital-signs' }] }], code: { coding: [{ system: 'http://loinc.org', code: '8867-4' }, { code: 'heart_rate' }] },
      valueQuantity: { value: 72.5, unit: '/min', system: 'http://unitsofmeasure.org', code: '/min' },
      effectivePeriod: { start: '2026-03-01T00:00:00.000Z', end: '2026-03-02T00:00:00.000Z' },
    });
    noErrors(day);
  });

  it('vital signs: one Observation per reading, LOINC code of the import, UCUM unit as stored, the time; a re-import merges by its key', () => {
    const readings = [
      { metric: 'heart_rate', at: '2019-03-05T20:32:26.000Z', value: 82, unit: '/min', key: 'Observation/hr-1' },
      { metric: 'body_temperature', at: '2019-03-05T20:32:26.000Z', value: 37.1, unit: 'Cel', key: 'Observation/t-1' },
      { metric: 'systolic_bp', at: '2019-03-05T20:32:26.000Z', value: 121, unit: 'mm[Hg]', key: 'Observation/bp-1@8480-6' },
      { metric: 'body_weight', at: '2020-01-02T03:04:05.000Z', value: 70.5, unit: 'kg', key: 'Observation/w-1' },
    ];
    const obs = readings.map((r) => toVitalSignObservation(P, r));
    for (const o of obs) noErrors(o);
    // heart rate 8867-4, body temperature 8310-5, systolic 8480-6, body weight 29463-7 (US Core vital signs).
    expect(obs.map((o) => [o.code.coding?.[0]?.system, o.code.coding?.[0]?.code, o.valueQuantity, o.effectiveDateTime])).toEqual([
      ['http://loinc.org', '8867-4', { value: 82, unit: '/min', system: 'http://unitsofmeasure.org', code: '/min' }, '2019-03-05T20:32:26.000Z'],
      ['http://loinc.org', '8310-5', { value: 37.1, unit: 'Cel', system: 'http://unitsofmeasure.org', code: 'Cel' }, '2019-03-05T20:32:26.000Z'],
      ['http://loinc.org', '8480-6', { value: 121, unit: 'mm[Hg]', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' }, '2019-03-05T20:32:26.000Z'],
      ['http://loinc.org', '29463-7', { value: 70.5, unit: 'kg', system: 'http://unitsofmeasure.org', code: 'kg' }, '2020-01-02T03:04:05.000Z'],
    ]);
    expect(obs[0]).toMatchObject({
      status: 'final', category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'vital-signs' }] }], subject,
      identifier: [{ system: 'urn:patient-graph:vital-reading', value: 'Observation/hr-1' }],
    });
    // Read back by the importer: the same readings, each naming the reading it came from.
    const plan = planImport('collection', [
      { fullUrl: `urn:uuid:${P}`, resource: { resourceType: 'Patient', id: P, name: [{ family: 'B', given: ['A'] }], birthDate: '1980-01-01' } },
      ...obs.map((o) => ({ fullUrl: `urn:uuid:${o.id}`, resource: o as never })),
    ]);
    expect(plan.labs.vitals.map((v) => [v.metric, v.at, v.value, v.unit, v.localKey])).toEqual(readings.map((r) => [r.metric, r.at, r.value, r.unit, r.key]));
  });

  it('a Bundle page: Patient is the match, one Provenance, omitted parts in an OperationOutcome; all valid', () => {
    const patient = toPatient({ id: P, givenName: 'A', familyName: 'B' });
    const b = exportBundle({ type: 'searchset', resources: [patient], omitted: [{ part: 'conditions', reason: 'forbidden' }], links: [{ relation: 'self', url: 'https://pg.example/v1/patients/x/fhir' }] });
    expect(b.entry?.map((e) => [e.resource?.resourceType, e.search?.mode])).toEqual([['Patient', 'match'], ['Provenance', 'include'], ['OperationOutcome', 'outcome']]);
    expect((b.entry![2]!.resource as { issue: { details: { text: string } }[] }).issue[0]!.details.text).toMatch(/^conditions: left out/);
    expect(validateFhir(b)).toEqual([]);
  });
});
