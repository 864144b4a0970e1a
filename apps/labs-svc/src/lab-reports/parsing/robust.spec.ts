import { catalog, coded, opts, resultsOf, rowsOf } from '../../testing/reader.js';
import { normalizeName } from './catalog.js';
import { analyzeReport, StructuredInputError, validateStructured } from './report-reader.js';
import { parseTextReport } from './text-report.parser.js';

/*
 * (robust2) Robustness of the readers of patients' exports (JSON, FHIR, CSV): what docs/labs.md listed as left. Every
 * expected row is written from the made-up text (what a clinician reads in it), not from the reader. Timings are
 * measured and reported in docs/labs.md, never asserted here.
 */

const lines = (...l: string[]) => l.join('\n');
const bytes = (text: string) => new TextEncoder().encode(text);
const UPLOADED = new Date('2026-01-01T00:00:00Z');

describe('robust2: JSON nested thousands deep', () => {
  const deepArrays = '['.repeat(10_000) + ']'.repeat(10_000);
  const deepObjects = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);

  it('a text of arrays or objects nested 10,000 deep reads no row, with a warning, and throws nothing', async () => {
    expect(coded(deepArrays)).toEqual([]);
    expect(coded(deepObjects)).toEqual([]);
    expect(coded(`export default ${deepObjects};`)).toEqual([]);
    const read = await analyzeReport('text', bytes(deepArrays), catalog, UPLOADED);
    expect(read.results).toEqual([]);
    expect(read.warnings.map((w) => w.code)).toContain('nested-too-deep');
  });

  it('a structured upload nested 10,000 deep is invalid input (the report fails with its reason), not a crash', async () => {
    expect(() => validateStructured(JSON.parse(`{"results":[],"x":${deepObjects}}`))).toThrow(StructuredInputError);
    await expect(analyzeReport('json', bytes(deepObjects), catalog, UPLOADED)).rejects.toThrow(StructuredInputError);
  });

  it('records a few levels deep read as before', () => {
    const json = JSON.stringify({ patient: { panels: [{ panel: 'Chemistry', results: [
      { test: 'Glucose', result: '104', unit: 'mg/dL', range: '70 - 99' },
      { test: 'Sodium', result: '139', unit: 'mmol/L', range: '135 - 145' },
    ] }] } });
    expect(coded(json)).toEqual([['glucose', 104, 'mg/dL', 70, 99, 'high'], ['sodium', 139, 'mmol/L', 135, 145, 'normal']]);
  });

  it('a FHIR Bundle with a deeply nested extension beside its Observation reads the Observation', () => {
    const bundle = `{"resourceType":"Bundle","meta":{"x":${deepArrays}},"entry":[{"resource":{"resourceType":"Observation",`
      + '"status":"final","code":{"text":"Potassium"},"valueQuantity":{"value":5.9,"unit":"mmol/L"},'
      + '"referenceRange":[{"low":{"value":3.5,"unit":"mmol/L"},"high":{"value":5.1,"unit":"mmol/L"}}]}}]}';
    expect(coded(bundle)).toEqual([['potassium', 5.9, 'mmol/L', 3.5, 5.1, 'high']]);
  });
});

describe('robust2: a name with a long run of spaces', () => {
  const spaces = ' '.repeat(50_000);

  it('normalizes as the name with one space does', () => {
    expect(normalizeName(`1${spaces}-`)).toBe(normalizeName('1 -'));
    // `в крови` (in blood) is the test's own specimen: glucose.
    expect(normalizeName(`Глюкоза${spaces}в крови`)).toBe('glucose');
    // `(моча)`: the urine's uric acid, another test than the serum's the catalog holds: unknown.
    expect(normalizeName(`Мочевая кислота${spaces}(моча)`)).toBe('');
    expect(normalizeName(`x${' в'.repeat(25_000)} (моча)`)).toBe(normalizeName('x в (моча)'));
  });
});

const LOINC = 'http://loinc.org';
const LAB = { category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }] };
const obs = (text: string | null, loinc: string, value: object, extra: object = {}) => ({
  resourceType: 'Observation', status: 'final', ...LAB,
  code: { coding: [{ system: LOINC, code: loinc, ...(text ? { display: text } : {}) }], ...(text ? { text } : {}) },
  effectiveDateTime: '2026-10-08T07:55:00Z', ...value, ...extra,
});
const qty = (value: number, unit: string) => ({ value, unit, system: 'http://unitsofmeasure.org', code: unit });
const bounds = (low: number, high: number, unit: string) => ({ referenceRange: [{ low: qty(low, unit), high: qty(high, unit) }] });
const bundle = (...resources: object[]) => JSON.stringify({ resourceType: 'Bundle', type: 'searchset', entry: resources.map((resource) => ({ resource })) }, null, 2);

describe('robust2: one bad line of an NDJSON export', () => {
  it('is skipped with a warning on its line; the other lines are read', () => {
    const glucose = JSON.stringify(obs('Glucose', '2345-7', { valueQuantity: qty(104, 'mg/dL') }, bounds(70, 99, 'mg/dL')));
    const sodium = JSON.stringify(obs('Sodium', '2951-2', { valueQuantity: qty(139, 'mmol/L') }, bounds(135, 145, 'mmol/L')));
    const text = lines(glucose, sodium.slice(0, 60), sodium);
    expect(coded(text)).toEqual([['glucose', 104, 'mg/dL', 70, 99, 'high'], ['sodium', 139, 'mmol/L', 135, 145, 'normal']]);
    expect(parseTextReport(text, opts).warnings).toContainEqual(expect.objectContaining({ code: 'unreadable-line', line: 2 }));
  });
});

describe('robust2: FHIR Observation value types', () => {
  it('valueBoolean: true is a positive finding, false a negative one', () => {
    expect(coded(bundle(
      obs('Hepatitis B surface Ag', '5196-1', { valueBoolean: false }),
      obs('Nitrite in Urine', '5802-4', { valueBoolean: true }),
    )).map((r) => [r[0], r[1]])).toEqual([['hepatitis-b-surface-antigen', null], ['nitrite-in-urine', null]]);
    const text = bundle(obs('Hepatitis B surface Ag', '5196-1', { valueBoolean: false }), obs('Nitrite in Urine', '5802-4', { valueBoolean: true }));
    expect(resultsOf(text).map((r) => r.valueText)).toEqual(['Negative', 'Positive']);
  });

  // (A valueInteger has no unit in FHIR: none is made up from the range's.)
  it('valueInteger, valueString and valueCodeableConcept (text or a coding\'s display) as the result', () => {
    const text = bundle(
      obs('ESR', '4537-7', { valueInteger: 24, }, bounds(0, 20, 'mm/h')),
      obs('Hepatitis C Antibody', '13955-0', { valueString: 'Non-reactive' }),
      obs('HBsAg', '5196-1', { valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '260385009', display: 'Negative' }] } }),
      obs('Malaria Antigen', '50687-3', { valueCodeableConcept: { text: 'Detected' } }),
    );
    expect(coded(text).map((r) => r.slice(0, 3))).toEqual([
      ['erythrocyte-sedimentation-rate', 24, null], ['hepatitis-c-antibody', null, null], ['hepatitis-b-surface-antigen', null, null], ['malaria-antigen', null, null]]);
    expect(resultsOf(text).map((r) => r.valueText ?? null)).toEqual([null, 'Non-reactive', 'Negative', 'Detected']);
  });

  it('valueRange: a span of cells per field is the span, with its unit', () => {
    const text = bundle(obs('Urine WBC', '5821-4', { valueRange: { low: qty(4, '/[HPF]'), high: qty(6, '/[HPF]') } }));
    expect(resultsOf(text).map((r) => [r.biomarker?.key, r.value, r.valueText, r.unit])).toEqual([['leukocytes-in-urine', null, '4-6', '/[HPF]']]);
  });

  it('an Observation coded only by a LOINC code the catalog knows is that analyte; an unknown code alone gives no row', () => {
    expect(coded(bundle(
      obs(null, '2345-7', { valueQuantity: qty(92, 'mg/dL') }, bounds(70, 99, 'mg/dL')),
      obs(null, '99999-9', { valueQuantity: qty(5, 'mg/dL') }),
    ))).toEqual([['glucose', 92, 'mg/dL', 70, 99, 'normal']]);
  });

  it('components: a blood pressure\'s systolic and diastolic are no lab rows; a panel\'s analytes are', () => {
    const bp = { resourceType: 'Observation', status: 'final', code: { text: 'Blood pressure panel' }, effectiveDateTime: '2026-10-08T07:55:00Z',
      component: [
        { code: { coding: [{ system: LOINC, code: '8480-6', display: 'Systolic blood pressure' }] }, valueQuantity: qty(128, 'mm[Hg]') },
        { code: { coding: [{ system: LOINC, code: '8462-4', display: 'Diastolic blood pressure' }] }, valueQuantity: qty(84, 'mm[Hg]') },
      ] };
    const lipids = { resourceType: 'Observation', status: 'final', code: { text: 'Lipid panel' }, effectiveDateTime: '2026-10-08T07:55:00Z',
      component: [
        { code: { coding: [{ system: LOINC, code: '2093-3' }], text: 'Total Cholesterol' }, valueQuantity: qty(236, 'mg/dL'), ...bounds(0, 200, 'mg/dL') },
        { code: { coding: [{ system: LOINC, code: '2085-9' }] }, valueQuantity: qty(47, 'mg/dL') },
      ] };
    expect(coded(bundle(bp, lipids, obs('Glucose', '2345-7', { valueQuantity: qty(92, 'mg/dL') }, bounds(70, 99, 'mg/dL')))))
      .toEqual([['total-cholesterol', 236, 'mg/dL', 0, 200, 'high'], ['hdl-cholesterol', 47, 'mg/dL', null, null, null], ['glucose', 92, 'mg/dL', 70, 99, 'normal']]);
  });
});

describe('robust2: a European CSV (semicolons, decimal commas)', () => {
  it('lines of semicolon-separated fields without a header read as the printed rows they are', () => {
    expect(coded(lines('Hämoglobin;13,5;g/dl;12,0 - 16,0', 'Leukozyten;11,2;G/l;4,0 - 10,0', 'Kreatinin;0,9;mg/dl;0,5 - 1,0')))
      .toEqual([['hemoglobin', 13.5, 'g/dL', 12, 16, 'normal'], ['white-blood-cell-count', 11.2, '10*9/L', 4, 10, 'high'], ['creatinine', 0.9, 'mg/dL', 0.5, 1, 'normal']]);
    // A trailing semicolon (an empty last field) on every line.
    expect(coded(lines('Hämoglobin;13,5;g/dl;12,0 - 16,0;', 'Kreatinin;1,3;mg/dl;0,5 - 1,0;')))
      .toEqual([['hemoglobin', 13.5, 'g/dL', 12, 16, 'normal'], ['creatinine', 1.3, 'mg/dL', 0.5, 1, 'high']]);
  });

  it.each<[string, string]>([
    ['German', 'Parameter;Ergebnis;Einheit;Referenzbereich;Flag\nHämoglobin;11,5;g/dl;12,0 - 16,0;L\nKreatinin;1,3;mg/dl;0,5 - 1,0;H'],
    ['German, quoted', '"Test";"Ergebnis";"Einheit";"Referenzbereich"\n"Hämoglobin";"11,5";"g/dl";"12,0 - 16,0"\n"Kreatinin";"1,3";"mg/dl";"0,5 - 1,0"'],
    ['French', 'Analyse;Résultat;Unité;Valeurs de référence\nHémoglobine;11,5;g/dl;12,0 - 16,0\nCréatinine;1,3;mg/dl;0,5 - 1,0'],
    ['Spanish', 'Prueba;Resultado;Unidades;Valores de referencia\nHemoglobina;11,5;g/dl;12,0 - 16,0\nCreatinina;1,3;mg/dl;0,5 - 1,0'],
    ['Italian', 'Esame;Risultato;Unità;Valori di riferimento\nEmoglobina;11,5;g/dl;12,0 - 16,0\nCreatinina;1,3;mg/dl;0,5 - 1,0'],
  ])('a %s header over semicolon-separated rows names their columns', (_language, text) => {
    expect(coded(text)).toEqual([['hemoglobin', 11.5, 'g/dL', 12, 16, 'low'], ['creatinine', 1.3, 'mg/dL', 0.5, 1, 'high']]);
  });
});

/*
 * (robust3) After a review of robust2: what it read worse than before, and what it left. Expected rows are written from
 * the made-up text, as above.
 */
describe('robust3: results listed with semicolons, no space after them', () => {
  const key = (rows: unknown[][]) => rows.map((r) => r.slice(0, 3));

  it.each<[string, string, unknown[][]]>([
    ['name and value', 'Na 140;K 4.1;Cl 102\nBUN 15;Cr 0.9;Glu 98',
      [['sodium', 140, null], ['potassium', 4.1, null], ['chloride', 102, null], ['blood-urea-nitrogen', 15, null], ['creatinine', 0.9, null], ['glucose', 98, null]]],
    ['name: value', 'Na:140;K:4.1;Cl:102\nBUN:15;Cr:0.9;Glu:98',
      [['sodium', 140, null], ['potassium', 4.1, null], ['chloride', 102, null], ['blood-urea-nitrogen', 15, null], ['creatinine', 0.9, null], ['glucose', 98, null]]],
    ['a differential', 'Neutrophils 60%;Lymphocytes 30%;Monocytes 6%\nEosinophils 3%;Basophils 1%;Bands 0%',
      [['neutrophils', 60, '%'], ['lymphocytes', 30, '%'], ['monocytes', 6, '%'], ['eosinophils', 3, '%'], ['basophils', 1, '%'], ['band-form-neutrophils', 0, '%']]],
    ['values with units', 'Glucose 95 mg/dL;HbA1c 5.6 %;LDL 110 mg/dL\nHDL 45 mg/dL;Triglycerides 150 mg/dL;Cholesterol 190 mg/dL',
      [['glucose', 95, 'mg/dL'], ['hemoglobin-a1c', 5.6, '%'], ['ldl-cholesterol', 110, 'mg/dL'], ['hdl-cholesterol', 45, 'mg/dL'], ['triglycerides', 150, 'mg/dL'], ['total-cholesterol', 190, 'mg/dL']]],
    ['German, decimal commas', 'Labor vom 01.12.2026:\nHb 13,5 g/dl;Leukozyten 6,8 /nl;Thrombozyten 250 /nl\nNatrium 139 mmol/l;Kalium 4,4 mmol/l;Kreatinin 0,9 mg/dl',
      [['hemoglobin', 13.5, 'g/dL'], ['white-blood-cell-count', 6.8, '/nL'], ['platelet-count', 250, '/nL'], ['sodium', 139, 'mmol/L'], ['potassium', 4.4, 'mmol/L'], ['creatinine', 0.9, 'mg/dL']]],
  ])('two lines of as many items (%s) read as the list they are, not as an export table', (_kind, text, expected) => {
    expect(key(coded(text))).toEqual(expected);
  });

  it('an export\'s headerless lines (a bare name and a bare value in fields of their own) still read as its rows', () => {
    expect(coded(lines('HBs-Antigen;negativ;;negativ', 'Hämoglobin;13,5;g/dl;12,0 - 16,0', 'CRP;<0,6;mg/l;< 5,0')))
      .toEqual([['hepatitis-b-surface-antigen', null, null, null, null, 'normal'], ['hemoglobin', 13.5, 'g/dL', 12, 16, 'normal'], ['c-reactive-protein', 0.6, 'mg/L', null, 5, 'normal']]);
  });
});

describe('robust3: a deep branch of a JSON document', () => {
  const deep = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);
  const records = '[{"test":"Glucose","value":95,"unit":"mg/dL","range":"70-100"},{"test":"Sodium","value":140,"unit":"mmol/L","range":"135-145"}]';
  const both = [['glucose', 95, 'mg/dL', 70, 100, 'normal'], ['sodium', 140, 'mmol/L', 135, 145, 'normal']];

  it('is skipped with a warning; the records beside it are read', () => {
    for (const n of [300, 10_000]) {
      const text = `{"meta":${deep(n)},"results":${records}}`;
      expect(coded(text)).toEqual(both);
      expect(parseTextReport(text, opts).warnings.map((w) => w.code)).toContain('nested-too-deep');
    }
  });

  it('records nested 120 levels deep (an app\'s export) are read', () => {
    let text = records;
    for (let i = 0; i < 120; i++) text = `{"level${i}":${text}}`;
    expect(coded(text)).toEqual(both);
  });

  it('a document whose only content is too deep reads nothing, with the warning', () => {
    const text = `{"results":[],"meta":${deep(10_000)}}`;
    expect(coded(text)).toEqual([]);
    expect(parseTextReport(text, opts).warnings.map((w) => w.code)).toContain('nested-too-deep');
  });
});

describe('robust3: FHIR DSTU2 and STU3 Observations (category one object, no array)', () => {
  it('a vital sign coded by LOINC alone is no lab result; the laboratory\'s Observation beside it is', () => {
    const dstu2 = (code: string) => ({ coding: [{ system: 'http://hl7.org/fhir/observation-category', code }] });
    const spo2 = { resourceType: 'Observation', status: 'final', category: dstu2('vital-signs'), code: { coding: [{ system: LOINC, code: '2708-6' }, { system: LOINC, code: '59408-5' }] },
      effectiveDateTime: '2026-11-20', valueQuantity: { value: 98, unit: '%' } };
    const glucose = { ...obs('Glucose', '2345-7', { valueQuantity: qty(105, 'mg/dL') }, bounds(70, 99, 'mg/dL')), category: dstu2('laboratory') };
    expect(coded(bundle(spo2, glucose))).toEqual([['glucose', 105, 'mg/dL', 70, 99, 'high']]);
  });
});

describe('robust3: a Markdown table\'s cells with semicolons', () => {
  it('keep their semicolons (no export\'s fields)', () => {
    const text = lines('| Test | Result | Unit | Range |', '|---|---|---|---|', '| Hemoglobin | 14.1 | g/dL | M:13.5-17.5;F:12.0-15.5;C:11-13 |', '| Hematocrit | 42 | % | M:41-53;F:36-46;C:33-39 |');
    expect(rowsOf(text).map((r) => r.rangeText)).toEqual(['M:13.5-17.5;F:12.0-15.5;C:11-13', 'M:41-53;F:36-46;C:33-39']);
  });
});

describe('robust3: thousands in a semicolon-separated export', () => {
  it('a point before three digits groups thousands, in the value as in its range', () => {
    expect(coded(lines('Analyt;Ergebnis;Einheit;Referenzbereich', 'Thrombozyten;250.000;/µl;150.000 - 400.000', 'Leukozyten;12.345;/µl;4.000 - 10.000', 'CK;1.234;U/l;< 190')))
      .toEqual([['platelet-count', 250000, '/uL', 150000, 400000, 'normal'], ['white-blood-cell-count', 12345, '/uL', 4000, 10000, 'high'], ['creatine-kinase', 1234, 'U/L', null, 190, 'high']]);
  });

  it('a semicolon export that writes decimal points keeps them', () => {
    expect(coded(lines('Test;Result;Unit;Reference range', 'TSH;1.234;mU/L;0.27 - 4.20', 'Creatinine;0.9;mg/dL;0.5 - 1.0')))
      .toEqual([['thyroid-stimulating-hormone', 1.234, 'mU/L', 0.27, 4.2, 'normal'], ['creatinine', 0.9, 'mg/dL', 0.5, 1, 'normal']]);
  });
});

describe('robust3: a German urine status exported with semicolons', () => {
  // `Spez. Gewicht` (specific gravity) `1,015` is a decimal comma in the export of a comma locale, and `Eiweiß` under
  // the urine heading is the urine's protein.
  it('reads its decimal commas before three digits and its German names', () => {
    const text = lines('Urinstatus', 'Parameter;Ergebnis;Einheit;Referenz', 'pH;6,0;;5,0 - 8,0', 'Spez. Gewicht;1,015;;1,005 - 1,030', 'Eiweiß;negativ;;negativ', 'Glukose;negativ;;negativ');
    expect(coded(text).map((r) => [r[0], r[1], r[3], r[4], r[5]])).toEqual([
      ['urine-ph', 6, 5, 8, 'normal'], ['specific-gravity-urine', 1.015, 1.005, 1.03, 'normal'],
      ['protein-urine-presence', null, null, null, 'normal'], ['glucose-in-urine', null, null, null, 'normal']]);
  });
});

describe('robust3: more languages\' header words of a semicolon export', () => {
  it.each<[string, string]>([
    ['Referenz', 'Test;Ergebnis;Einheit;Referenz'],
    ['Referenzwert', 'Test;Wert;Einheit;Referenzwert'],
    ['Normalwert', 'Parameter;Messwert;Einheit;Normalwert'],
    ['Norm', 'Test;Ergebnis;Einheit;Norm'],
    ['Valore', 'Esame;Valore;Unità;Valori di riferimento'],
    ['Resultado', 'Prueba;Resultado;Unidades;Valores de referencia'],
    ['Résultat', 'Analyse;Résultat;Unité;Valeurs de référence'],
  ])('%s', (_word, header) => {
    expect(coded(lines(header, 'Glukose;126;mg/dl;70 - 100', 'Kalium;4,2;mmol/l;3,5 - 5,1')))
      .toEqual([['glucose', 126, 'mg/dL', 70, 100, 'high'], ['potassium', 4.2, 'mmol/L', 3.5, 5.1, 'normal']]);
  });
});

describe('robust3: an NDJSON export with lines that are no JSON', () => {
  const line = (name: string, loinc: string, v: number, unit: string) => JSON.stringify(obs(name, loinc, { valueQuantity: qty(v, unit) }));
  const good = [line('Glucose', '2345-7', 105, 'mg/dL'), line('Sodium', '2951-2', 139, 'mmol/L'), line('Potassium', '2823-3', 4, 'mmol/L')];

  it('says how many lines it skipped', () => {
    const text = lines(good[0]!, good[1]!.slice(0, 50), good[2]!, good[1]!.slice(0, 30), good[1]!);
    expect(coded(text).map((r) => r[0])).toEqual(['glucose', 'potassium', 'sodium']);
    const said = parseTextReport(text, opts).warnings.filter((w) => w.code === 'unreadable-line');
    expect(said).toHaveLength(1);
    expect(said[0]!.message).toMatch(/\b2 of the 5 lines\b/);
  });

  it('half of its lines or more bad: read as text, and when that reads nothing the warning says why', () => {
    const text = lines(good[0]!, good[1]!.slice(0, 50), good[2]!.slice(0, 40));
    const read = parseTextReport(text, opts);
    expect(read.rows).toEqual([]);
    expect(read.warnings).toContainEqual(expect.objectContaining({ code: 'unreadable-line', message: expect.stringMatching(/\b2 of the 3 lines\b.*NDJSON/) }));
  });
});
