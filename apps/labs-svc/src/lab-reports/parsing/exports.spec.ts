import { coded, opts } from '../../testing/reader.js';
import { parseTextReport } from './text-report.parser.js';

/*
 * (exports) What patients export from portals and apps and upload as text: CSV downloads whose header carries columns
 * the reader has no word for (the resulting lab, a category, an optimal zone, a result level), JSON whose range is an
 * object of its bounds, and FHIR R4 resources (an Observation, a Bundle of them, a DiagnosticReport with contained
 * Observations, a bulk export's NDJSON). Every expected row is written from the made-up text, not from the reader.
 */

const lines = (...l: string[]) => l.join('\n');

describe('exports: a CSV header with columns the reader has no word for', () => {
  it('a column of the resulting lab, a category, an optimal zone or a result level beside known columns is a column of its own', () => {
    expect(coded(lines(
      '"Component","Value","Units","Reference Range","Flag","Resulting Lab"',
      '"SHBG","58","nmol/L","10 - 50","High","Quest Diagnostics"',
      '"Prolactin","9.8","ng/mL","4.0 - 15.2","","Quest Diagnostics"',
    ))).toEqual([['shbg', 58, 'nmol/L', 10, 50, 'high'], ['prolactin', 9.8, 'ng/mL', 4, 15.2, 'normal']]);
    expect(coded(lines(
      'Biomarker,Category,Result,Unit,Reference Range,Status',
      'ApoB,Heart,92,mg/dL,<90,Above Range',
      'Zinc,Nutrients,94,ug/dL,60-130,In Range',
    ))).toEqual([['apolipoprotein-b', 92, 'mg/dL', null, 90, 'high'], ['zinc', 94, 'ug/dL', 60, 130, 'normal']]);
    expect(coded(lines(
      '"Biomarker","Your Result","Unit","Optimized Zone","Lab Reference Range"',
      '"Cortisol","21.8","ug/dL","10 - 15","6.2 - 19.4"',
      '"Ferritin","41","ng/mL","60 - 150","30 - 400"',
    ))).toEqual([['cortisol', 21.8, 'ug/dL', 6.2, 19.4, 'high'], ['ferritin', 41, 'ng/mL', 30, 400, 'normal']]);
    expect(coded(lines(
      'Biomarker,Result,Unit,Reference Range,Result Level',
      'TSH,4.9,mIU/L,0.45 - 4.5,Above normal range',
      'Free T4,1.1,ng/dL,0.8 - 1.8,Normal',
    ))).toEqual([['thyroid-stimulating-hormone', 4.9, 'm[IU]/L', 0.45, 4.5, 'high'], ['free-t4', 1.1, 'ng/dL', 0.8, 1.8, 'normal']]);
  });

  it('bounds headed with the range\'s name, a test\'s date column, and a component beside the test ordered', () => {
    // (`Reference Range Low` empty: the range is its upper bound alone.)
    expect(coded(lines('Name,Value,Unit,Reference Range Low,Reference Range High', 'Glucose,104,mg/dL,70,99', 'Homocysteine,13.1,umol/L,,10.3')))
      .toEqual([['glucose', 104, 'mg/dL', 70, 99, 'high'], ['homocysteine', 13.1, 'umol/L', null, 10.3, 'high']]);
    expect(coded(lines('"Biomarker","Your Result","Unit","Lab Reference Range","Test Date"', '"Vitamin D","38","ng/mL","30 - 100","Mar 14, 2026"')))
      .toEqual([['vitamin-d', 38, 'ng/mL', 30, 100, 'normal']]);
    expect(coded(lines('"Test","Component","Value","Units","Reference Range"', '"LIPID PANEL","HDL Cholesterol","47","mg/dL",">39"', '"T4, FREE","Free T4","1.18","ng/dL","0.82 - 1.77"')))
      .toEqual([['hdl-cholesterol', 47, 'mg/dL', 39, null, 'normal'], ['free-t4', 1.18, 'ng/dL', 0.82, 1.77, 'normal']]);
  });

  it('a line of words with commas that names no result column, or with more unknown cells than known ones, heads nothing', () => {
    expect(coded(lines('Patient,Address,City,Phone,Insurer', 'Sodium,139,mmol/L,135-145,x'))).toEqual([]);
    expect(coded(lines('Test,Result,Category,Owner,Colour,Size', 'Sodium,139,Chem,Lee,Red,Big'))).toEqual([]);
  });
});

describe('exports: a JSON range written as an object of its bounds', () => {
  it('`"range": {"low": …, "high": …}` (or min/max, or one bound) is the record\'s range', () => {
    const json = JSON.stringify({ panels: [{ panel: 'Hormones', markers: [
      { name: 'Estrone', value: 48, unit: 'pg/mL', range: { low: 12, high: 72 }, status: 'normal' },
      { name: 'HbA1c', value: 5.1, unit: '%', range: { high: 5.6 }, status: 'normal' },
      { name: 'Omega-3 Index', value: 7.4, unit: '%', range: { min: 8 }, status: 'low' },
    ] }] }, null, 2);
    expect(coded(json)).toEqual([
      ['estrone', 48, 'pg/mL', 12, 72, 'normal'], ['hemoglobin-a1c', 5.1, '%', null, 5.6, 'normal'], ['omega-3-index', 7.4, '%', 8, null, 'low']]);
  });
});

const LOINC = 'http://loinc.org';
const quantity = (value: number, unit: string, code = unit, comparator?: string) => ({ ...(comparator ? { comparator } : {}), value, unit, system: 'http://unitsofmeasure.org', code });
const observation = (text: string, loinc: string, value: object, extra: object = {}) => ({
  resourceType: 'Observation', status: 'final', code: { coding: [{ system: LOINC, code: loinc, display: `${text} [LOINC display]` }], text },
  effectiveDateTime: '2026-10-08T07:55:00-04:00', ...value, ...extra,
});
const range = (low: number | null, high: number | null, unit: string) => ({ referenceRange: [{ ...(low !== null ? { low: quantity(low, unit) } : {}), ...(high !== null ? { high: quantity(high, unit) } : {}) }] });
const interpretation = (code: string) => ({ interpretation: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation', code }] }] });

describe('exports: FHIR R4 Observations', () => {
  const ferritin = observation('Ferritin', '2276-4', { valueQuantity: quantity(18, 'ng/mL') }, { ...range(30, 400, 'ng/mL'), ...interpretation('L') });
  const testosterone = observation('Testosterone, Total', '2986-8', { valueQuantity: quantity(312, 'ng/dL') }, range(264, 916, 'ng/dL'));
  const b12 = observation('Vitamin B12', '2132-9', { valueQuantity: quantity(2000, 'pg/mL', 'pg/mL', '>') }, { ...range(232, 1245, 'pg/mL'), ...interpretation('H') });
  const apob = observation('Apolipoprotein B', '1884-6', { valueQuantity: quantity(71, 'mg/dL') }, { referenceRange: [{ text: '<90 mg/dL' }] });
  const hcv = observation('Hepatitis C Antibody', '13955-0', { valueCodeableConcept: { text: 'Non-reactive' } }, { referenceRange: [{ text: 'Non-reactive' }] });
  const freePsa = observation('PSA, Free', '10886-0', { valueQuantity: quantity(0.42, 'ng/mL') });
  const READ = [
    ['ferritin', 18, 'ng/mL', 30, 400, 'low'], ['testosterone', 312, 'ng/dL', 264, 916, 'normal'], ['vitamin-b12', 2000, 'pg/mL', 232, 1245, 'high'],
    ['apolipoprotein-b', 71, 'mg/dL', null, 90, 'normal'], ['hepatitis-c-antibody', null, null, null, null, 'normal'], ['prostate-specific-antigen-free', 0.42, 'ng/mL', null, null, null]];
  const all = [ferritin, testosterone, b12, apob, hcv, freePsa];

  it('a Bundle\'s entries: name, valueQuantity (with its comparator), referenceRange (bounds or text), interpretation; a value in words', () => {
    expect(coded(JSON.stringify({ resourceType: 'Bundle', type: 'searchset', entry: all.map((resource) => ({ resource })) }, null, 2))).toEqual(READ);
  });

  it('a bulk export\'s NDJSON (one Observation a line), and a lone Observation', () => {
    expect(coded(all.map((o) => JSON.stringify(o)).join('\n'))).toEqual(READ);
    expect(coded(JSON.stringify(ferritin, null, 2))).toEqual([READ[0]]);
  });

  it('a DiagnosticReport\'s contained Observations, and an Observation\'s components', () => {
    expect(coded(JSON.stringify({ resourceType: 'DiagnosticReport', status: 'final', code: { text: 'Panel' }, contained: [ferritin, testosterone], result: [{ reference: '#a' }] }, null, 2)))
      .toEqual([READ[0], READ[1]]);
    const component = (text: string, loinc: string, v: number, unit: string, high: number) => ({ code: { coding: [{ system: LOINC, code: loinc }], text }, valueQuantity: quantity(v, unit), ...range(null, high, unit) });
    expect(coded(JSON.stringify(observation('Lipid panel', '57698-3', {}, { component: [component('Total Cholesterol', '2093-3', 236, 'mg/dL', 200), component('Lipoprotein (a)', '43583-4', 31, 'nmol/L', 75)] }), null, 2)))
      .toEqual([['total-cholesterol', 236, 'mg/dL', null, 200, 'high'], ['lipoprotein-a', 31, 'nmol/L', null, 75, 'normal']]);
  });

  it('each row is dated by its Observation\'s effective time, on the line of its name, and coded by a LOINC code the catalog knows', () => {
    const ferr = observation('FERR-S', '2276-4', { valueQuantity: quantity(18, 'ng/mL') }, range(30, 400, 'ng/mL'));
    const text = JSON.stringify({ resourceType: 'Bundle', entry: [{ resource: ferr }, { resource: testosterone }] }, null, 2);
    const lineOf = (name: string) => text.split('\n').findIndex((l) => l.includes(`"text": "${name}"`)) + 1;
    expect(parseTextReport(text, opts).rows.map((r) => [r.name, r.line, r.collectedAt, r.code?.code])).toEqual([
      ['FERR-S', lineOf('FERR-S'), '2026-10-08T11:55:00.000Z', '2276-4'], ['Testosterone, Total', lineOf('Testosterone, Total'), '2026-10-08T11:55:00.000Z', '2986-8']]);
    expect(coded(text)[0]).toEqual(['ferritin', 18, 'ng/mL', 30, 400, 'low']);
  });

  it('a cancelled or entered-in-error Observation, a vital sign and a resource that is no Observation give no row', () => {
    const cancelled = { ...ferritin, status: 'cancelled' };
    const error = { ...testosterone, status: 'entered-in-error' };
    const vital = observation('Body weight', '29463-7', { valueQuantity: quantity(81, 'kg') }, { category: [{ coding: [{ code: 'vital-signs' }] }] });
    const patient = { resourceType: 'Patient', name: [{ text: 'Sample' }] };
    expect(coded(JSON.stringify({ resourceType: 'Bundle', entry: [cancelled, error, vital, patient].map((resource) => ({ resource })) }, null, 2))).toEqual([]);
  });
});

describe('exports review: what is no lab table, no FHIR result, no range', () => {
  it('a CSV of claims, orders or medications is no results table, nor one whose analyte column is headed Marker', () => {
    for (const text of [
      lines('Date,Description,Value,Paid,Claim Number', '2026-01-05,Glucose,25,20,C123'),
      lines('Test,Patient,Ordered By', 'Glucose,Jane Doe,Dr. A', 'TSH,Jane Doe,Dr. A'),
      lines('Name,Current,Dose', 'Vitamin D,Yes,5000 IU', 'Iron,No,65 mg'),
      lines('Test,Marker,Result,Unit,Range', 'CMP,Glucose,110,mg/dL,70-99'),
    ]) expect([text, coded(text)]).toEqual([text, []]);
  });

  it('a JSON app export whose records say resourceType without FHIR\'s shape is read as other JSON', () => {
    const text = JSON.stringify({ results: [
      { resourceType: 'Observation', name: 'Glucose', value: 110, unit: 'mg/dL', range: '70-99' },
      { resourceType: 'Observation', name: 'Hemoglobin', value: 11.2, unit: 'g/dL', range: '12-16' },
    ] }, null, 2);
    expect(coded(text)).toEqual([['glucose', 110, 'mg/dL', 70, 99, 'high'], ['hemoglobin', 11.2, 'g/dL', 12, 16, 'low']]);
  });

  it('FHIR: ranges for groups (appliesTo) or in another unit than the value\'s give no bounds; an inverted JSON range none', () => {
    const obs = (referenceRange: unknown[], quantity: Record<string, unknown>) => JSON.stringify({ resourceType: 'Observation', status: 'final',
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }],
      code: { coding: [{ system: 'http://loinc.org', code: '718-7', display: 'Hemoglobin' }], text: 'Hemoglobin' },
      effectiveDateTime: '2026-02-01T08:00:00Z', valueQuantity: quantity, referenceRange });
    const g = (value: number) => ({ value, unit: 'g/dL', system: 'http://unitsofmeasure.org', code: 'g/dL' });
    expect(coded(obs([{ low: g(13.5), high: g(17.5), appliesTo: [{ text: 'Male' }] }, { low: g(12), high: g(15.5), appliesTo: [{ text: 'Female' }] }], g(14.1))))
      .toEqual([['hemoglobin', 14.1, 'g/dL', null, null, null]]);
    const mgdl = (value: number) => ({ value, unit: 'mg/dL', code: 'mg/dL' });
    expect(coded(obs([{ low: mgdl(70), high: mgdl(99) }], { value: 6.1, unit: 'mmol/L', code: 'mmol/L' })).map((r) => [r[3], r[4], r[5]])).toEqual([[null, null, null]]);
    // An inverted range is no range; a record with nothing else beside its value reads nothing (as before exports).
    expect(coded(JSON.stringify({ results: [{ name: 'Glucose', value: 85, unit: 'mg/dL', range: { min: 99, max: 70 } }] }))).toEqual([]);
  });
});
