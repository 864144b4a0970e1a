import { readdirSync, readFileSync } from 'node:fs';
import { CODE_SYSTEMS, codeProblem, CONDITION_CODE_SYSTEMS, isIcd10CmCode, isRxNormCui, isSnomedConceptId, MEDICATION_CODE_SYSTEMS, verhoeffValid } from './clinical-code.js';

/*
 * Valid examples are real codes: every SNOMED CT condition and RxNorm medication code of the Synthea bundles in
 * ../shared/data/fhir-synthea, and ICD-10-CM codes from the CDC's code set. Invalid ones change one digit of a
 * valid SNOMED CT id (a Verhoeff check digit catches every single-digit error) or break the printed shape.
 */

const dir = new URL('../../../../../shared/data/fhir-synthea/', import.meta.url);
const snomed = new Set<string>();
const rxnorm = new Set<string>();
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const bundle = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { entry: { resource: Record<string, any> }[] };
  for (const { resource: r } of bundle.entry) {
    const codings = r.resourceType === 'Condition' ? r.code.coding : r.resourceType === 'MedicationRequest' ? (r.medicationCodeableConcept?.coding ?? []) : [];
    for (const c of codings as { system: string; code: string }[]) {
      if (c.system === CODE_SYSTEMS.snomed) snomed.add(c.code);
      if (c.system === CODE_SYSTEMS.rxnorm) rxnorm.add(c.code);
    }
  }
}

describe('SNOMED CT concept ids', () => {
  it('finds the codes in the bundles', () => {
    expect(snomed.size).toBeGreaterThanOrEqual(20);
    expect(rxnorm.size).toBeGreaterThanOrEqual(10);
  });

  it.each([...snomed])('%s (Synthea) is valid, and each single-digit change of it is not', (code) => {
    expect(isSnomedConceptId(code)).toBe(true);
    for (let i = 0; i < code.length; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === code[i]) continue;
        const changed = `${code.slice(0, i)}${d}${code.slice(i + 1)}`;
        expect([changed, verhoeffValid(changed)]).toEqual([changed, false]);
      }
    }
  });

  it.each([
    ['73211009', true], // Diabetes mellitus (SNOMED CT browser)
    ['22298006', true], // Myocardial infarction
    ['73211008', false], // wrong check digit
    ['12345', false], // too short
    ['1234567890123456789', false], // too long
    ['073211009', false], // leading zero
    ['44054006a', false],
  ])('%s → %s', (code, valid) => {
    expect(isSnomedConceptId(code)).toBe(valid);
  });

  it('refuses ids of other partitions (descriptions 01, relationships 02) even with a valid check digit', () => {
    for (const partition of ['01', '02', '11', '12']) {
      const id = [...'0123456789'].map((d) => `73211${partition}${d}`).find(verhoeffValid)!;
      expect([id, isSnomedConceptId(id)]).toEqual([id, false]);
    }
  });
});

describe('ICD-10-CM codes', () => {
  it.each([
    ['E11.9', true], ['I10', true], ['E78.5', true], ['U07.1', true], ['S72.001A', true], ['Z79.4', true], ['M1A.0710', true],
    ['e11.9', false], ['E11.', false], ['E119', false], ['11.9', false], ['E11.12345', false], ['E1', false], ['E11 9', false],
  ])('%s → %s', (code, valid) => {
    expect(isIcd10CmCode(code)).toBe(valid);
  });
});

describe('RxNorm RXCUIs', () => {
  it.each([...rxnorm])('%s (Synthea) is valid', (code) => {
    expect(isRxNormCui(code)).toBe(true);
  });
  it.each([['0310965', false], ['31096A', false], ['123456789', false], ['', false]])('%s → %s', (code, valid) => {
    expect(isRxNormCui(code)).toBe(valid);
  });
});

describe('codeProblem: the system decides the shape, and each resource its systems', () => {
  it.each([
    [CODE_SYSTEMS.snomed, '44054006', CONDITION_CODE_SYSTEMS, null],
    [CODE_SYSTEMS.icd10cm, 'E11.9', CONDITION_CODE_SYSTEMS, null],
    [CODE_SYSTEMS.rxnorm, '310965', CONDITION_CODE_SYSTEMS, 'system'],
    [CODE_SYSTEMS.rxnorm, '310965', MEDICATION_CODE_SYSTEMS, null],
    [CODE_SYSTEMS.icd10cm, 'E11.9', MEDICATION_CODE_SYSTEMS, 'system'],
    [CODE_SYSTEMS.snomed, 'E11.9', CONDITION_CODE_SYSTEMS, 'code'],
    [CODE_SYSTEMS.icd10cm, '44054006', CONDITION_CODE_SYSTEMS, 'code'],
    ['http://loinc.org', '2345-7', CONDITION_CODE_SYSTEMS, 'system'],
  ] as const)('%s|%s', (system, code, allowed, problem) => {
    const found = codeProblem(system, code, allowed);
    expect(found === null ? null : found.startsWith('system') ? 'system' : 'code').toBe(problem);
  });
});
