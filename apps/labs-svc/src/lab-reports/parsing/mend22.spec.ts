import { catalog, coded, codedWithRangeText, opts, readResults } from '../../testing/reader.js';
import { codeRows } from './coding.js';
import { withFlagWordAfterRow, withoutOlderResultsAfterRange, withRangeBeforeDatedValue } from './line-tidy.js';
import { readReport } from './report-reader.js';
import type { RawRow } from './parse.types.js';

/*
 * (mend22) Mends of review cr16 of fixr82: a digit in a name read as the value before a range (a row lost), a flag's
 * word before a known name with a printed range (a row lost), a `-U` code part on a blood test, a urine pH counted as
 * the 37 °C symbol beside a `(T)` one, a time after `Low at`. Every line is made up in the printed shape.
 */

const lines = (...l: string[]) => l.join('\n');
/** A report read as the service reads it: [key, value, unit] rows. */
async function read(text: string) {
  return (await readResults(text)).map((r) => [r.biomarker?.key ?? `?${r.name}`, r.value]);
}

describe('mend22 1: a digit inside the name is no value before the range (older dated results)', () => {
  it('keeps the line whole where the range follows the name and the value its date', () => {
    for (const t of ['Free T4 (10 - 24) 02/06/2023 - 16.3 pmol/L', 'Vitamin B12 (180-900) 05/04/2024: 388 ng/L', 'HbA1c (20-42) 11/11/2023: 39 mmol/mol',
      'CA 15-3 (0-30) 08/08/2023 - 21 U/mL', 'T4 (9-19) 3.3.2024: 14 pmol/L', 'Vitamin D3 (50-125) 2/2/22 = 61 nmol/L']) {
      expect(withoutOlderResultsAfterRange(t)).toBe(t);
    }
  });
  it('reads the row from such a line under a known name: its value, unit and range, the date left out', () => {
    expect(codedWithRangeText(lines('Free T4 (10 - 24) 02/06/2023 - 16.3 pmol/L', 'HbA1c (20-42) 11/11/2023: 44 mmol/mol'))).toEqual([
      ['free-t4', 16.3, 'pmol/L', '10 - 24', 10, 24, 'normal'], ['hemoglobin-a1c', 44, 'mmol/mol', '20-42', 20, 42, 'high']]);
    expect(withRangeBeforeDatedValue('Vitamin B12 (180-900) 05/04/2024: 388 ng/L', opts.knows)).toBe('Vitamin B12 388 ng/L (180-900)');
    expect(withRangeBeforeDatedValue('Ferritin (15-150) 1.2.2024 = 41', opts.knows)).toBe('Ferritin 41 (15-150)');
  });
  it('leaves an unknown name, several dated results, or words after the value as printed', () => {
    for (const t of ['Reference (3.9 - 5.5) 12/03/2024 - 5.0', 'Widget X2 (10 - 24) 02/06/2023 - 16.3 pmol/L',
      'FT4 (12-22) 1/1/20 - 14 and 2/2/21 - 15', 'TSH (0.4-4.0) 3/3/23 - 2.1 mIU/L repeat in 6 weeks', 'Glucose (3.9-5.5) 12/03/2024']) {
      expect(withRangeBeforeDatedValue(t, opts.knows)).toBe(t);
    }
  });
  it('still leaves out older results after a value standing alone, with or without its unit, under a name with a digit', () => {
    expect(withoutOlderResultsAfterRange('Vitamin B6 - 42 nmol/L (35-110) 3/3/22 - 30')).toBe('Vitamin B6 - 42 nmol/L (35-110)');
    expect(withoutOlderResultsAfterRange('TSH - 2.4 mIU/L (0.3 - 4.5) 02/02/19 - 1.1 (0.3 - 4.5)')).toBe('TSH - 2.4 mIU/L (0.3 - 4.5)');
    expect(withoutOlderResultsAfterRange('Ferritin: 60 (20-200) 1/2/21: 45')).toBe('Ferritin: 60 (20-200)');
    expect(withoutOlderResultsAfterRange('FT3 5.1 pmol/L (3.1-6.8) 4/4/21 - 4.0')).toBe('FT3 5.1 pmol/L (3.1-6.8)');
  });
});

describe('mend22 2: a flag\'s word before a known name, a range printed', () => {
  it('reads the word as the flag and the rest as the name where the range agrees', () => {
    expect(codedWithRangeText('High Sodium 149 mmol/L (135-145)')).toEqual([['sodium', 149, 'mmol/L', '135-145', 135, 145, 'high']]);
    expect(codedWithRangeText('Low Ferritin 9 ug/L (15-150)')).toEqual([['ferritin', 9, 'ug/L', '15-150', 15, 150, 'low']]);
    expect(codedWithRangeText('Raised ALT 88 U/L (<40)').map((r) => [r[0], r[1], r[6]])).toEqual([['alanine-aminotransferase', 88, 'high']]);
  });
  it('keeps a row under the printed name where the word and the range disagree', () => {
    expect(coded('High Sodium 131 mmol/L (135-145)').map((r) => [r[0], r[1]])).toEqual([['?High Sodium', 131]]);
  });
  it('still reads no row from a flag\'s word before a known name with no range and no flag', () => {
    expect(coded('Low platelet count 98')).toEqual([]);
    expect(coded('Raised ferritin: 700 ug/L')).toEqual([]);
  });
});

describe('mend22 3: a HealthOne code\'s `U` part on a test not measured in urine', () => {
  const header = ['A1\\Q-7\\LABO TEST\\', 'A2\\Q-7\\DOE\\ANNE\\F\\03041972\\', 'A4\\Q-7\\Dr Test\\10032025\\\\C\\'];
  it('keeps the blood reading of a thyroid test', async () => {
    const rows = await read(lines(...header, 'L1\\Q-7\\TSH-U\\TSH\\0.30-4.50\\mU/L\\\\2.2\\', 'L1\\Q-7\\FT3-U\\T3 libre\\3.1-6.8\\pmol/L\\\\4.9\\', 'END'));
    expect(rows).toEqual([['thyroid-stimulating-hormone', 2.2], ['free-t3', 4.9]]);
  });
  it('still reads urine chemistry and urinalysis under such a code as the urine\'s', async () => {
    const rows = await read(lines(...header, 'L1\\Q-7\\U-LEU\\Leucocytes\\<15\\/µL\\*\\40\\', 'L1\\Q-7\\CREA_U\\Créatinine\\\\mg/dL\\\\95\\', 'END'));
    expect(rows.map((r) => r[0])).toEqual(['leukocytes-in-urine', '?Créatinine']);
  });
});

describe('mend22 4: the 37 °C symbol beside a `(T)` one is the blood\'s', () => {
  const row = (name: string, value: number, more: Partial<RawRow> = {}): RawRow => ({ name, value, line: 1, ...more });
  it('reads a `(T)` symbol as its analyte where the plain symbol is the urine\'s', () => {
    const out = codeRows([row('pH', 6.0, { specimen: 'urine' }), row('pH(T)', 7.41)], catalog, '2026-01-01T00:00:00.000Z').results;
    expect(out[1]!.biomarker?.key).toBe('ph-arterial');
  });
  it('still keeps it unknown beside the blood\'s plain symbol', () => {
    const out = codeRows([row('pH', 7.39), row('pH(T)', 7.41)], catalog, '2026-01-01T00:00:00.000Z').results;
    expect(out[1]!.biomarker?.key ?? null).toBe(null);
  });
});

describe('mend22 5: a time after `Low at` is no value', () => {
  it('leaves the line as printed', () => {
    expect(withFlagWordAfterRow('- Cortisol: High at 9am 610 nmol/L', opts.knows)).toBe('- Cortisol: High at 9am 610 nmol/L');
    expect(withFlagWordAfterRow('- Glucose: High at 2 hours 10.9 mmol/L', opts.knows)).toBe('- Glucose: High at 2 hours 10.9 mmol/L');
    expect(withFlagWordAfterRow('- Cortisol: Low at 7:30 90 nmol/L', opts.knows)).toBe('- Cortisol: Low at 7:30 90 nmol/L');
  });
  it('still moves the word where the value follows `at`', () => {
    expect(withFlagWordAfterRow('- Ferritin: High at 520 ug/L', opts.knows)).toBe('- Ferritin: 520 ug/L High');
    expect(withFlagWordAfterRow('- HbA1c: High at 6.4%', opts.knows)).toBe('- HbA1c: 6.4% High');
    expect(withFlagWordAfterRow('- TSH: Low at 0.1', opts.knows)).toBe('- TSH: 0.1 Low');
  });
});

describe('mend22 6: capital gas symbols, decimal bounds with a full stop, a flag after two ranges, spaced leaders', () => {
  const msh = 'MSH|^~\\&|GAS|ICU|||20250301101500||ORU^R01|77|P|2.3';
  const head = [msh, 'PID|1||P-991||Test^Patient||19700101|F', 'OBR|1||S-12||||20250301101000'];
  it('keeps a capital `PH(T)` unknown beside a capital `PH`', async () => {
    const parsed = await readReport('hl7v2', Buffer.from(lines(...head, 'OBX|1|NM|^PH^M||7.36|||N|||F', 'OBX|2|NM|^PCO2^M||44|mmHg||N|||F',
      'OBX|3|NM|^PH(T)^M||7.37|||N|||F', 'OBX|4|NM|^PCO2(T)^M||42|mmHg||N|||F'), 'utf8'), opts);
    const keys = codeRows(parsed.rows, catalog, '2026-01-01T00:00:00.000Z').results.map((r) => r.biomarker?.key ?? `?${r.name}`);
    expect(keys).toEqual(['ph-arterial', 'carbon-dioxide-partial-pressure', '?PH(T)', '?PCO2(T)']);
  });
  it('reads `(3.5. 5.1)` as 3.5 to 5.1, and no bounds from a decreasing pair', () => {
    expect(codedWithRangeText('Potassium: 5.4 mmol/L (3.5. 5.1)')).toEqual([['potassium', 5.4, 'mmol/L', '3.5. 5.1', 3.5, 5.1, 'high']]);
    expect(coded('Potassium: 4.4 mmol/L (5.1. 3.5)').every((r) => r[3] === null && r[4] === null)).toBe(true);
  });
  it('reads a per cent and a count with a flag\'s word after their ranges', () => {
    expect(codedWithRangeText('- Neutrophils: 82.4%; 8.9/nL (Normal: 40-75%; 1.8-7.7) High')).toEqual([
      ['neutrophils', 82.4, '%', '40-75', 40, 75, 'high'], ['neutrophils-absolute', 8.9, '/nL', '1.8-7.7', 1.8, 7.7, 'high']]);
  });
  it('reads dotted leaders with a space before them as a gap', () => {
    expect(codedWithRangeText(lines('Basic Metabolic Panel', 'Sodium ............ 139 mmol/L ...... 135-145', 'Urea ......... 5.1 mmol/L ..... 2.5-7.8'))).toEqual([
      ['sodium', 139, 'mmol/L', '135-145', 135, 145, 'normal'], ['urea', 5.1, 'mmol/L', '2.5-7.8', 2.5, 7.8, 'normal']]);
  });
  it('reads no row from leaders in a contents line or before a word', () => {
    expect(coded(lines('Contents', 'Introduction ........ 3', 'Results ............ 12'))).toEqual([]);
  });
});
