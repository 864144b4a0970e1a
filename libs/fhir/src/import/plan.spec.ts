import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { BundleFormatError, readBundle, type BundleEntry } from './bundle-reader.js';
import { ImportPlanError, partKeys, planImport } from './plan.js';
import { buildReport, type PartOutcomes } from './report.js';

const DIR = join(process.cwd(), '../shared/data/fhir-synthea');
const SYNTHEA = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

async function collect(source: Readable): Promise<{ type: string; entries: BundleEntry[] }> {
  const entries: BundleEntry[] = [];
  for await (const e of readBundle(source)) entries.push(e);
  return { type: 'transaction', entries };
}
const allCreated = (keys: Record<string, string[]>): PartOutcomes =>
  Object.fromEntries(Object.entries(keys).map(([part, ks]) => [part, Object.fromEntries(ks.map((k) => [k, 'created' as const]))]));

describe('FHIR import plan of the shared Synthea bundles', () => {
  it('finds the 8 shared bundles', () => expect(SYNTHEA).toHaveLength(8));

  it.each(SYNTHEA)('%s: every resource is reported once, by type, imported or skipped with a reason', async (file) => {
    // Counted independently with plain JSON.parse.
    const raw = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { entry: { resource: Record<string, any> }[] };
    const count = (pred: (r: Record<string, any>) => boolean) => raw.entry.filter((e) => pred(e.resource)).length;
    const byType = new Map<string, number>();
    for (const e of raw.entry) byType.set(e.resource.resourceType, (byType.get(e.resource.resourceType) ?? 0) + 1);
    const category = (r: Record<string, any>) => r.category?.[0]?.coding?.[0]?.code;

    const { entries } = await collect(createReadStream(join(DIR, file)));
    expect(entries).toHaveLength(raw.entry.length);
    const plan = planImport('transaction', entries);
    const report = buildReport(plan.lines, allCreated(partKeys(plan)));

    expect(report.total).toBe(raw.entry.length);
    expect(new Map(report.byType.map((t) => [t.resourceType, t.total]))).toEqual(byType);
    for (const t of report.byType) {
      expect(t.imported + t.merged + t.skipped).toBe(t.total);
      expect(t.reasons.reduce((n, r) => n + r.count, 0)).toBe(t.skipped);
    }
    const line = (type: string) => report.byType.find((t) => t.resourceType === type);
    expect(line('Patient')).toMatchObject({ total: 1, imported: 1 });
    expect(line('Condition')?.imported).toBe(count((r) => r.resourceType === 'Condition'));
    expect(line('MedicationRequest')?.imported ?? 0).toBe(count((r) => r.resourceType === 'MedicationRequest'));
    expect(line('Encounter')?.imported).toBe(count((r) => r.resourceType === 'Encounter'));
    const labs = count((r) => r.resourceType === 'Observation' && category(r) === 'laboratory');
    const vitals = count((r) => r.resourceType === 'Observation' && category(r) === 'vital-signs');
    const surveys = count((r) => r.resourceType === 'Observation' && !['laboratory', 'vital-signs'].includes(category(r)));
    expect(line('Observation')).toMatchObject({ imported: labs + vitals, skipped: surveys });
    for (const type of ['Claim', 'ExplanationOfBenefit', 'Organization', 'Practitioner']) {
      expect(line(type)).toMatchObject({ imported: 0, skipped: byType.get(type) });
    }
    // Every laboratory result lands in exactly one lab report; a blood pressure panel is two samples.
    expect(plan.labs.reports.reduce((n, r) => n + r.results.length, 0)).toBe(labs);
    const bp = count((r) => r.resourceType === 'Observation' && (r.component ?? []).some((c: any) => c.code?.coding?.[0]?.code === '8480-6'));
    expect(plan.labs.vitals.filter((v) => v.metric === 'systolic_bp')).toHaveLength(bp);
  });

  it('keeps the Synthea identifiers of the patient and reads the US Core birth sex', async () => {
    const file = SYNTHEA.find((f) => f.startsWith('Dirk_Kuhlman'))!;
    const plan = planImport('transaction', (await collect(createReadStream(join(DIR, file)))).entries);
    expect(plan.patient.identifiers).toEqual(expect.arrayContaining([
      { system: 'https://github.com/synthetichealth/synthea', value: '1e503533-b8c2-42cb-a6d5-bbd7d70d07ad' },
      { system: 'http://hospital.smarthealthit.org', value: '1e503533-b8c2-42cb-a6d5-bbd7d70d07ad' },
    ]));
    expect(plan.patient.sexAtBirth).toBe('male');
    expect(plan.patient.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

const hand = (entries: unknown[], type = 'collection') => Readable.from([Buffer.from(JSON.stringify({ resourceType: 'Bundle', type, entry: entries }))]);
const patient = { fullUrl: 'urn:uuid:p1', resource: { resourceType: 'Patient', id: 'p1', identifier: [{ system: 'urn:oid:1.2.3', value: 'MRN-7' }], name: [{ family: 'Lovelace', given: ['Ada'] }], birthDate: '1985-12-10' } };

describe('FHIR import plan of hand-written bundles', () => {
  it('resolves a conditional reference Patient?identifier=system|value, and refuses a subject that is another patient', async () => {
    const { entries } = await collect(hand([
      patient,
      { resource: { resourceType: 'Condition', id: 'c1', subject: { reference: 'Patient?identifier=urn:oid:1.2.3|MRN-7' }, clinicalStatus: { coding: [{ code: 'active' }] }, code: { coding: [{ system: 'http://snomed.info/sct', code: '44054006', display: 'Diabetes mellitus type 2' }] } } },
      { resource: { resourceType: 'Condition', id: 'c2', subject: { reference: 'Patient?identifier=urn:oid:1.2.3|OTHER' }, clinicalStatus: { coding: [{ code: 'active' }] }, code: { text: 'Asthma' } } },
      { resource: { resourceType: 'Condition', id: 'c3', subject: { reference: 'Patient/p1' }, clinicalStatus: { coding: [{ code: 'active' }] }, code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'E11.9' }] } } },
    ]));
    const plan = planImport('collection', entries);
    expect(plan.profiles.conditions.map((c) => c.key)).toEqual(['Condition/c1', 'Condition/c3']);
    expect(plan.profiles.conditions[1]!.code).toEqual({ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'E11.9' });
    expect(plan.lines.find((l) => l.key === 'Condition/c2')?.skipped).toMatch(/subject/);
  });

  it('maps a lab Observation with UCUM unit, reference range and interpretation, grouped by its DiagnosticReport', async () => {
    const { entries } = await collect(hand([
      patient,
      { fullUrl: 'urn:uuid:o1', resource: { resourceType: 'Observation', status: 'final', category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }], code: { coding: [{ system: 'http://loinc.org', code: '2345-7', display: 'Glucose' }] }, subject: { reference: 'urn:uuid:p1' }, effectiveDateTime: '2024-03-01T08:00:00+01:00', valueQuantity: { value: 126, unit: 'mg/dL', system: 'http://unitsofmeasure.org', code: 'mg/dL' }, referenceRange: [{ low: { value: 70 }, high: { value: 99 } }], interpretation: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation', code: 'H' }] }] } },
      { fullUrl: 'urn:uuid:r1', resource: { resourceType: 'DiagnosticReport', status: 'final', code: { text: 'Metabolic panel' }, subject: { reference: 'urn:uuid:p1' }, effectiveDateTime: '2024-03-01T08:00:00+01:00', result: [{ reference: 'urn:uuid:o1' }] } },
    ]));
    const plan = planImport('collection', entries);
    expect(plan.labs.reports).toEqual([{
      key: 'DiagnosticReport/r1', name: 'Metabolic panel', collectedAt: '2024-03-01T07:00:00.000Z',
      results: [{ key: 'Observation/o1', loinc: '2345-7', name: 'Glucose', value: 126, unit: 'mg/dL', referenceRange: { low: 70, high: 99 }, flag: 'high', reportedFlag: 'H', collectedAt: '2024-03-01T07:00:00.000Z' }],
    }]);
  });

  it('maps MedicationRequest and MedicationStatement statuses to the R4 value sets, and refuses an invalid one', async () => {
    const rx = (id: string, type: string, status: string) => ({ resource: { resourceType: type, id, status, subject: { reference: 'urn:uuid:p1' }, medicationCodeableConcept: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '860975', display: 'Metformin 500 MG' }] } } });
    const plan = planImport('collection', (await collect(hand([patient, rx('m1', 'MedicationRequest', 'cancelled'), rx('m2', 'MedicationStatement', 'not-taken'), rx('m3', 'MedicationRequest', 'shipped')]))).entries);
    expect(plan.profiles.medications.map((m) => [m.key, m.status])).toEqual([['MedicationRequest/m1', 'stopped'], ['MedicationStatement/m2', 'not-taken']]);
    expect(plan.lines.find((l) => l.key === 'MedicationRequest/m3')?.skipped).toMatch(/status/);
  });

  it('refuses what is not a transaction, collection or searchset Bundle, and a bundle without exactly one patient', async () => {
    await expect(collect(hand([patient], 'history'))).rejects.toThrow(BundleFormatError);
    await expect(collect(hand([patient], 'batch'))).rejects.toThrow(BundleFormatError);
    // A searchset is this system's own export: imported again.
    expect((await collect(hand([patient], 'searchset'))).entries).toHaveLength(1);
    await expect(collect(Readable.from([Buffer.from('{"resourceType":"Patient","id":"x"}')]))).rejects.toThrow(BundleFormatError);
    await expect(collect(Readable.from([Buffer.from('{"resourceType":"Bundle","type":"collection","entry":[{')]))).rejects.toThrow(BundleFormatError);
    expect(() => planImport('collection', [])).toThrow(ImportPlanError);
  });

  it("knows this system's own export: a resource's urn:patient-graph row id is kept (merged there), a wearable day summary is skipped", async () => {
    const rowId = 'c0a80101-0000-4000-8000-000000000001';
    const lab = (id: string, extra: object) => ({ resource: { resourceType: 'Observation', id, status: 'final', subject: { reference: 'urn:uuid:p1' }, effectiveDateTime: '2024-03-01T07:00:00Z', valueQuantity: { value: 70, unit: '/min', code: '/min' }, ...extra } });
    const plan = planImport('searchset', (await collect(hand([
      patient,
      { resource: { resourceType: 'Condition', id: rowId, identifier: [{ system: 'urn:patient-graph:condition', value: rowId.toUpperCase() }], subject: { reference: 'urn:uuid:p1' }, clinicalStatus: { coding: [{ code: 'active' }] }, code: { text: 'Asthma' } } },
      lab('w1', { identifier: [{ system: 'urn:patient-graph:wearable-day', value: 'heart_rate/2024-03-01' }], category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'vital-signs' }] }], code: { coding: [{ system: 'http://loinc.org', code: '8867-4' }] } }),
      { resource: { resourceType: 'OperationOutcome', issue: [] }, search: { mode: 'outcome' } },
      { resource: { resourceType: 'CarePlan', id: 'cp1', status: 'active', intent: 'plan', subject: { reference: 'urn:uuid:p1' }, activity: [{ detail: { kind: 'MedicationRequest', status: 'in-progress', productCodeableConcept: { text: 'Berberine' }, quantity: { value: 500, unit: 'mg' } } }] } },
    ], 'searchset'))).entries);
    expect(plan.profiles.conditions.map((c) => c.localId)).toEqual([rowId]);
    expect(plan.labs.vitals).toEqual([]);
    expect(plan.lines.find((l) => l.key === 'Observation/w1')?.skipped).toMatch(/daily summary/);
    expect(plan.lines.find((l) => l.resourceType === 'OperationOutcome')?.skipped).toMatch(/OperationOutcome/);
    // A CarePlan with a medication activity but no period and no schedule half-maps: skipped whole, with the reason.
    expect(plan.lines.find((l) => l.key === 'CarePlan/cp1')?.skipped).toMatch(/^the CarePlan does not map to a protocol: .*start date/);
    expect(plan.treatments.protocols).toEqual([]);
    // Synthea's care plans (diet, exercise …) have no medication activity: the other reason.
    const dirk = planImport('transaction', (await collect(createReadStream(join(DIR, SYNTHEA.find((f) => f.startsWith('Dirk_Kuhlman'))!)))).entries);
    expect(new Set(dirk.lines.filter((l) => l.resourceType === 'CarePlan').map((l) => l.skipped))).toEqual(new Set(['the CarePlan has no medication activity (a diet, exercise or therapy plan): a protocol is compounds with a dose, unit and schedule']));
  });

  it('reads the same entries whatever the chunking (a chunk may end inside a string, an escape or a multi-byte character)', async () => {
    const tricky = { fullUrl: 'urn:uuid:c1', resource: { resourceType: 'Condition', id: 'c1', note: [{ text: 'Müller said "ok" \\ {not a brace} [nor this] ✓ 𝄞' }], subject: { reference: 'urn:uuid:p1' } } };
    const bytes = Buffer.from(`\uFEFF  ${JSON.stringify({ resourceType: 'Bundle', type: 'collection', meta: { tag: [{ code: 'x' }] }, total: 2, entry: [patient, tricky], link: [{ relation: 'self', url: 'x' }] }, null, 1)}\n`);
    for (const size of [1, 3, 7, 64, bytes.length]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      expect((await collect(Readable.from(chunks))).entries).toEqual([patient, tricky]);
    }
    const file = SYNTHEA.find((f) => f.startsWith('Dirk_Kuhlman'))!;
    const whole = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { entry: unknown[] };
    expect((await collect(createReadStream(join(DIR, file), { highWaterMark: 1000 }))).entries).toEqual(whole.entry);
    await expect(collect(Readable.from([Buffer.from('{"resourceType":"Bundle","type":"collection","entry":[]}]')]))).rejects.toThrow(BundleFormatError);
    await expect(collect(Readable.from([Buffer.from('{"resourceType":"Bundle","type":"collection","entry":[{"a":1]}')]))).rejects.toThrow(BundleFormatError);
  });
});
