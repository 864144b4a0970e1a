import { catalog, coded, codedWithRangeText, opts, rangeTextRow } from '../../testing/reader.js';
import { codeRows } from './coding.js';
import { withFlagWordAfterRow, withoutOlderResultsAfterRange, percentAndCountApart } from './line-tidy.js';
import { parseReferenceRange } from './reference-range.js';
import { readReport } from './report-reader.js';
import { toUcum } from './units.js';

/*
 * (fixr82) Shapes a blind probe of record files (HL7 v2, ASTM, HealthOne, LDT) and of patients' retyped panels showed:
 * a blood gas printed at 37 °C and at the patient's temperature, analyser codes glued (`RDWSD`), French and German
 * names of record files, a urine code's specimen, typo units, older dated results after a row's range, a full stop
 * for a range's dash, a flag's word before the value, a per cent and a count on one line, a post's title stating a
 * finding. Every record and line is made up in the printed shape; none is copied from a probe file.
 */

const lines = (...l: string[]) => l.join('\n');
const key = (name: string) => catalog.matchName(name)?.key ?? null;
/** A report read as the service reads it: [key, value, valueText, unit, range text, low, high, flag] rows. */
async function read(kind: 'text' | 'hl7v2', text: string) {
  const parsed = await readReport(kind, Buffer.from(text, 'utf8'), opts);
  return codeRows(parsed.rows, catalog, '2026-01-01T00:00:00.000Z').results.map((r) => {
    const [k, value, unit, rangeText, low, high, flag] = rangeTextRow(r);
    return [k, value, r.valueText ?? null, unit, rangeText, low, high, flag];
  });
}

describe('fixr82 1: a blood gas at the patient\'s temperature beside the same symbol at 37 °C', () => {
  const msh = 'MSH|^~\\&|GAS|ICU|||20250301101500||ORU^R01|77|P|2.3';
  const head = [msh, 'PID|1||P-991||Test^Patient||19700101|F', 'OBR|1||S-12||||20250301101000'];

  it('keeps the corrected value unknown under its printed name, the 37 °C value the analyte', async () => {
    const rows = await read('hl7v2', lines(...head,
      'OBX|1|ST|^pH^M||7.381|||N|||F',
      'OBX|2|ST|^pCO2^M||41.0|mmHg||N|||F',
      'OBX|3|ST|^pH(T)^M||7.395|||N|||F',
      'OBX|4|ST|^pCO2(T)^M||39.2|mmHg||N|||F'));
    expect(rows.map((r) => [r[0], r[1]])).toEqual([['ph-arterial', 7.381], ['carbon-dioxide-partial-pressure', 41], ['?pH(T)', 7.395], ['?pCO2(T)', 39.2]]);
  });

  it('reads a `(T)` symbol alone in its report as its analyte, and a name in words with `(T)` as before', async () => {
    const rows = await read('hl7v2', lines(...head, 'OBX|1|ST|^pO2(T)^M||88|mmHg||N|||F', 'OBX|2|ST|^K+^M||4.1|mmol/L||N|||F'));
    expect(rows.map((r) => r[0])).toEqual(['oxygen-partial-pressure', 'potassium']);
    expect(coded(lines('Bilirubin  1.0  mg/dL  0.2 - 1.2', 'Bilirubin (T)  1.0  mg/dL  0.2 - 1.2'))[1]![0]).not.toMatch(/^\?/);
  });
});

describe('fixr82 2: names of analysers and record files', () => {
  it('reads an RDW code with its kind glued on', () => {
    expect(key('RDWSD')).toBe('rdw-sd');
    expect(key('RDWCV')).toBe('red-cell-distribution-width');
    expect(key('RDWX')).toBeNull();
  });
  it('reads French `Globules rouges` / `Gl.blancs` as the red and white cells', () => {
    expect(key('Globules rouges')).toBe('red-blood-cell-count');
    expect(key('Gl. blancs')).toBe('white-blood-cell-count');
    expect(key('Gl.rouges')).toBe('red-blood-cell-count');
    expect(key('Globulines')).not.toBe('red-blood-cell-count');
  });
  it('reads an antibody named with both classes as the antibody; one class alone stays as printed', () => {
    expect(key('Anti-HCV IgG/IgM')).toBe('hepatitis-c-antibody');
    expect(key('Anti-HCV IgM + IgG')).toBe('hepatitis-c-antibody');
    expect(key('Anti-HCV IgG')).toBeNull();
    expect(key('Anti-HBc IgG/IgM')).toBeNull();
  });
  it('reads `Treponema pallidum` with a screening test\'s word as its antibody; the organism alone as printed', () => {
    expect(key('Treponema pallidum (Suchtest)')).toBe('treponema-pallidum-antibody');
    expect(key('Treponema pallidum Antikörper')).toBe('treponema-pallidum-antibody');
    expect(key('Treponema pallidum')).toBeNull();
    expect(key('Treponema pallidum DNA')).toBeNull();
  });
  it('reads a lower-case l for the I of kIU/L, and per hundred white cells as UCUM\'s annotation', () => {
    expect(toUcum('klU/L')).toBe('k[IU]/L');
    expect(toUcum('/100WBC')).toBe('/100{WBC}');
    expect(toUcum('/100 WBCs')).toBe('/100{WBC}');
    expect(toUcum('kU/L')).toBe('kU/L');
  });
});

describe('fixr82 3: a HealthOne test code naming the urine', () => {
  const header = ['A1\\Q-7\\LABO TEST\\', 'A2\\Q-7\\DOE\\ANNE\\F\\03041972\\', 'A4\\Q-7\\Dr Test\\10032025\\\\C\\'];
  it('makes the row the urine\'s where the code has a separate `U` part', async () => {
    const rows = await read('text', lines(...header,
      'L1\\Q-7\\SED_U\\Hématies\\<10\\/µL\\\\2\\',
      'L1\\Q-7\\U-LEU\\Leucocytes\\<15\\/µL\\*\\60\\',
      'END'));
    expect(rows.map((r) => [r[0], r[1]])).toEqual([['erythrocytes-in-urine', 2], ['leukocytes-in-urine', 60]]);
  });
  it('leaves a code with the letter inside a word, or another specimen\'s part, as the blood\'s', async () => {
    const rows = await read('text', lines(...header,
      'L1\\Q-7\\UREE\\Urée\\15-45\\mg/dL\\\\30\\',
      'L1\\Q-7\\HEMU\\Hématies\\4.0-5.5\\10^6/µL\\\\4.6\\',
      'L1\\Q-7\\EX_H\\Leucocytes\\4.0-10.0\\10^3/µL\\\\6.1\\',
      'END'));
    expect(rows.map((r) => r[0])).toEqual(['urea', 'red-blood-cell-count', 'white-blood-cell-count']);
  });
});

describe('fixr82 4: older dated results typed after a row\'s range', () => {
  it('reads the row before them, not the older ones', () => {
    expect(codedWithRangeText(lines('My results:', 'FT4 - 14.2 pmol/L (12 - 22) .. 3/4/21 - 11.0 (10 - 25) and 9/9/21 - 13 (10 - 25)'))).toEqual([
      ['free-t4', 14.2, 'pmol/L', '12 - 22', 12, 22, 'normal']]);
    expect(codedWithRangeText('Ferritin - 41 ug/L (15 - 150) 01.02.2020: 22 (15 - 150)')).toEqual([['ferritin', 41, 'ug/L', '15 - 150', 15, 150, 'normal']]);
  });
  it('reads a row whose range is followed by dots alone', () => {
    expect(codedWithRangeText('TSH - 2.10 mIU/L (0.27 - 4.2) ..')).toEqual([['thyroid-stimulating-hormone', 2.1, 'm[IU]/L', '0.27 - 4.2', 0.27, 4.2, 'normal']]);
  });
  it('leaves a date alone after the range, and a line with no value before its range', () => {
    expect(withoutOlderResultsAfterRange('Glucose 5.2 mmol/L (3.9 - 5.5) 12/03/2024')).toBe('Glucose 5.2 mmol/L (3.9 - 5.5) 12/03/2024');
    expect(withoutOlderResultsAfterRange('Reference (3.9 - 5.5) 12/03/2024 - 5.0')).toBe('Reference (3.9 - 5.5) 12/03/2024 - 5.0');
    expect(withoutOlderResultsAfterRange('Sodium 140 (135 - 145) Potassium 4.1 (3.5 - 5.1)')).toBe('Sodium 140 (135 - 145) Potassium 4.1 (3.5 - 5.1)');
  });
});

describe('fixr82 5: a full stop typed for a range\'s dash', () => {
  it('reads `(12. 22)` as 12 to 22, its text as printed', () => {
    expect(codedWithRangeText('FREE T4 - 15.1 pmol/L (12. 22)')).toEqual([['free-t4', 15.1, 'pmol/L', '12. 22', 12, 22, 'normal']]);
    expect(parseReferenceRange('135. 145')).toMatchObject({ low: 135, high: 145 });
  });
  it('reads no bounds from a decreasing pair or a decimal', () => {
    expect(parseReferenceRange('22. 12')).toEqual({ text: '22. 12' });
    expect(parseReferenceRange('12.22')).not.toHaveProperty('high');
    expect(coded('Sodium 140 (145. 135)').every((r) => r[3] === null && r[4] === null)).toBe(true);
  });
});

describe('fixr82 6: a flag\'s word before the value, a per cent and a count on one line', () => {
  it('reads `Name: Low at value` with the name the catalog knows and the flag', () => {
    expect(codedWithRangeText('- MCV: Low at 76.1 fL (Normal: 80-99)')).toEqual([['mean-corpuscular-volume', 76.1, 'fL', '80-99', 80, 99, 'low']]);
    expect(coded('- Ferritin: High at 520 ug/L')).toEqual([['ferritin', 520, 'ug/L', null, null, 'high']]);
    expect(withFlagWordAfterRow('- Pain score: Low at 3 today')).toBe('- Pain score: Low at 3 today');
  });
  it('reads a per cent and a count with their two ranges as two rows', () => {
    expect(codedWithRangeText('- Monocytes: High at 12.5%; 0.95/nL (Normal: 2-10%; 0.1-0.8)')).toEqual([
      ['monocytes', 12.5, '%', '2-10', 2, 10, 'high'], ['monocytes-absolute', 0.95, '/nL', '0.1-0.8', 0.1, 0.8, 'high']]);
  });
  it('reads the per cent alone where the count\'s unit is no count, and leaves an unknown name', () => {
    expect(percentAndCountApart('- Eosinophils: 3.1%; 0.2 mL (Normal: 1-6%; 0.0-0.5)', opts.knows)).toEqual(['- Eosinophils: 3.1% (Normal: 1-6)']);
    expect(percentAndCountApart('- Widgets: 3.1%; 0.2/nL (Normal: 1-6%; 0.0-0.5)', opts.knows)).toEqual(['- Widgets: 3.1%; 0.2/nL (Normal: 1-6%; 0.0-0.5)']);
  });
});

describe('fixr82 7: a finding about a test in a title, a leader before a flag\'s word', () => {
  it('reads no row from a flag\'s word before a known name', () => {
    expect(coded(lines('High ferritin: 612 ug/L', 'Hello doctor,'))).toEqual([]);
    expect(coded('Low platelet count 98')).toEqual([]);
  });
  it('reads a name the catalog knows whole that starts with such a word', () => {
    expect(coded('High Sensitivity CRP 1.2 mg/L (<3)').map((r) => r[0])).toEqual(['hs-crp']);
    expect(coded('Low density lipoprotein 3.1 mmol/L').map((r) => r[0])).toEqual(['ldl-cholesterol']);
  });
  it('reads dotted leaders after a range\'s bracket and a space as a gap before the flag\'s word', () => {
    expect(codedWithRangeText('APTT Ratio - 1.42 (<1.2) .........  High')).toEqual([['?APTT Ratio', 1.42, '{ratio}', '<1.2', null, 1.2, 'high']]);
  });
});

describe('fixr82 8: a range whose dash was lost, the unit in its parenthesis', () => {
  it('reads the row with the unit and the range\'s text, no bounds and no flag', () => {
    expect(codedWithRangeText('Free T4 - 9.8 (12.22.0 pmol/L)')).toEqual([['free-t4', 9.8, 'pmol/L', '12.22.0', null, null, null]]);
  });
  it('reads nothing from an unknown name, a date\'s dots or a unit printed twice', () => {
    expect(coded('Widget - 4.2 (3.16.8 pmol/L)')).toEqual([]);
    expect(coded('Ferritin - 44 (3.11.22 visit)')).toEqual([]);
    expect(coded('Ferritin - 44 ug/L (3.16.8 ug/L)')).toEqual([]);
  });
});
