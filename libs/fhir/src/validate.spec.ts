import type { Resource } from '@medplum/fhirtypes';
import { validateFhir } from './validate.js';

const subject = { reference: 'Patient/p1' };
const medication = { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '860975' }] };
const loinc = { coding: [{ system: 'http://loinc.org', code: '2345-7' }] };
const clinical = (code: string) => ({ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code }] });

describe('validateFhir (R4 structure + required bindings)', () => {
  it.each<[string, Resource]>([
    ['MedicationRequest', { resourceType: 'MedicationRequest', status: 'active', intent: 'order', subject, medicationCodeableConcept: medication }],
    ['MedicationDispense', { resourceType: 'MedicationDispense', status: 'in-progress', subject, medicationCodeableConcept: medication }],
    ['Observation', { resourceType: 'Observation', status: 'final', code: loinc, subject, valueQuantity: { value: 5.4, unit: 'mmol/L', system: 'http://unitsofmeasure.org', code: 'mmol/L' } }],
    ['Condition', { resourceType: 'Condition', clinicalStatus: clinical('remission'), subject, code: { text: 'asthma' } }],
    ['Patient', { resourceType: 'Patient', gender: 'female', birthDate: '1980-02-29', name: [{ family: 'Doe', given: ['Jane'] }] }],
  ])('accepts a valid %s', (_name, resource) => {
    expect(validateFhir(resource)).toEqual([]);
  });

  it('refuses MedicationRequest.status "shipped", which the structural check alone accepts', () => {
    const issues = validateFhir({ resourceType: 'MedicationRequest', status: 'shipped' as never, intent: 'order', subject, medicationCodeableConcept: medication });
    expect(issues).toEqual([{ path: 'MedicationRequest.status', message: expect.stringContaining('http://hl7.org/fhir/ValueSet/medicationrequest-status') }]);
  });

  it('refuses an Observation.status outside observation-status', () => {
    const issues = validateFhir({ resourceType: 'Observation', status: 'done' as never, code: loinc, subject });
    expect(issues.map((i) => i.path)).toEqual(['Observation.status']);
  });

  it('refuses a Condition.clinicalStatus coding outside condition-clinical, and one with text only', () => {
    expect(validateFhir({ resourceType: 'Condition', clinicalStatus: clinical('healed'), subject, code: { text: 'x' } }).map((i) => i.path))
      .toEqual(['Condition.clinicalStatus']);
    // The right code in another system is not the value set's code either.
    const otherSystem = { coding: [{ system: 'http://snomed.info/sct', code: 'active' }] };
    expect(validateFhir({ resourceType: 'Condition', clinicalStatus: otherSystem, subject, code: { text: 'x' } }).map((i) => i.path))
      .toEqual(['Condition.clinicalStatus']);
    expect(validateFhir({ resourceType: 'Condition', clinicalStatus: { text: 'active' }, subject, code: { text: 'x' } }).map((i) => i.path))
      .toEqual(['Condition.clinicalStatus']);
  });

  it('refuses MedicationDispense.status "shipped" (a fulfilment state, not a dispense status)', () => {
    const issues = validateFhir({ resourceType: 'MedicationDispense', status: 'shipped' as never, subject, medicationCodeableConcept: medication });
    expect(issues.map((i) => i.path)).toEqual(['MedicationDispense.status']);
  });

  it('checks bindings inside backbone elements and datatypes (Patient.contact.gender, Patient.telecom.system)', () => {
    const issues = validateFhir({
      resourceType: 'Patient',
      telecom: [{ system: 'phone', value: '+1 555 0100' }, { system: 'pager-ish' as never, value: '1' }],
      contact: [{ gender: 'woman' as never, name: { family: 'Roe' } }],
    });
    expect(issues.map((i) => i.path).sort()).toEqual(['Patient.contact[0].gender', 'Patient.telecom[1].system']);
  });

  it('reports structural errors: a missing required element, an unknown property, a malformed date', () => {
    const issues = validateFhir({ resourceType: 'Observation', code: loinc, effectiveDateTime: '2024-13-40', colour: 'red' } as never);
    // Medplum names a choice element by its [x] path.
    expect(issues.map((i) => i.path).sort()).toEqual(['Observation.colour', 'Observation.effective[x]', 'Observation.status']);
  });

  it('checks the resources inside a Bundle, naming the entry', () => {
    const issues = validateFhir({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        { fullUrl: 'urn:uuid:0d9f1c2e-7b0a-4f55-9a55-5e8f1b0a9c01', resource: { resourceType: 'Observation', status: 'final', code: loinc, subject } },
        { fullUrl: 'urn:uuid:0d9f1c2e-7b0a-4f55-9a55-5e8f1b0a9c02', resource: { resourceType: 'MedicationRequest', status: 'shipped' as never, intent: 'order', subject, medicationCodeableConcept: medication } },
      ],
    });
    expect(issues.map((i) => i.path)).toEqual(['Bundle.entry[1].resource.status']);
  });
});
