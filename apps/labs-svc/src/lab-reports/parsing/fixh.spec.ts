import { catalog, coded } from '../../testing/reader.js';
import { ocrReadings } from './catalog.js';

/*
 * (fixh) Causes of the rev70 probe set (formats), each a general mechanism with its negatives. Every expected row is
 * written from the made-up lines here, not from the reader's output.
 */

const lines = (...l: string[]) => l.join('\n');

describe('fixh 1: an HTML cell spanning rows (`rowspan`) or columns (`colspan`) takes its slots in every row it spans', () => {
  const HEADER = [
    '<table>',
    '<tr><th rowspan="2">Panel</th><th rowspan="2">Test Name</th><th colspan="2">Result</th><th rowspan="2">Units</th><th rowspan="2">Reference Range</th></tr>',
    '<tr><th>Value</th><th>Flag</th></tr>',
  ];
  it('a panel cell spanning the rows below: their cells stay under their own columns', () => {
    expect(coded(lines(...HEADER,
      '<tr><td rowspan="3">CBC</td><td>WBC</td><td>7.2</td><td></td><td>Thousand/uL</td><td>3.8-10.8</td></tr>',
      '<tr><td>HEMOGLOBIN</td><td>11.4</td><td>L</td><td>g/dL</td><td>11.7-15.5</td></tr>',
      '<tr><td>SODIUM</td><td>138</td><td></td><td>mmol/L</td><td>135-146</td></tr>',
      '<tr><td>LIPIDS</td><td>LDL CHOLESTEROL</td><td>162</td><td>H</td><td>mg/dL</td><td>&lt;100</td></tr>',
      '</table>'))).toEqual([
      ['white-blood-cell-count', 7.2, '10*3/uL', 3.8, 10.8, 'normal'],
      ['hemoglobin', 11.4, 'g/dL', 11.7, 15.5, 'low'],
      ['sodium', 138, 'mmol/L', 135, 146, 'normal'],
      ['ldl-cholesterol', 162, 'mg/dL', null, 100, 'high'],
    ]);
  });

  it('a spanning cell in the middle of a row (a unit shared by the rows below), and a span ending at the table\'s end', () => {
    expect(coded(lines('<table>',
      '<tr><th>Test</th><th>Result</th><th>Units</th><th>Range</th></tr>',
      '<tr><td>Sodium</td><td>141</td><td rowspan="2">mmol/L</td><td>135-145</td></tr>',
      '<tr><td>Potassium</td><td>5.9</td><td>3.5-5.1</td></tr>',
      '</table>',
      '<table>',
      '<tr><th>Test</th><th>Result</th><th>Units</th><th>Range</th></tr>',
      '<tr><td>Glucose</td><td>105</td><td>mg/dL</td><td>70-99</td></tr>',
      '</table>'))).toEqual([
      ['sodium', 141, 'mmol/L', 135, 145, 'normal'],
      ['potassium', 5.9, 'mmol/L', 3.5, 5.1, 'high'],
      ['glucose', 105, 'mg/dL', 70, 99, 'high'],
    ]);
  });

  it('negatives: a table without spans, and one with a colspan header only, read as before', () => {
    expect(coded(lines('<table>',
      '<tr><th>Test</th><th>Result</th><th>Units</th><th>Range</th></tr>',
      '<tr><td>Sodium</td><td>141</td><td>mmol/L</td><td>135-145</td></tr>',
      '<tr><td>Potassium</td><td>5.9</td><td>mmol/L</td><td>3.5-5.1</td></tr>',
      '</table>'))).toEqual([
      ['sodium', 141, 'mmol/L', 135, 145, 'normal'],
      ['potassium', 5.9, 'mmol/L', 3.5, 5.1, 'high'],
    ]);
    expect(coded(lines('<table><tr><th>Analyte</th><th colspan="2">Result / Units</th><th>Reference</th><th>Flag</th></tr>',
      '<tr><td>Glucose</td><td>105</td><td>mg/dL</td><td>70 - 99</td><td>H</td></tr>',
      '<tr><td>Sodium</td><td>140</td><td>mmol/L</td><td>135 - 145</td><td></td></tr></table>'))).toEqual([
      ['glucose', 105, 'mg/dL', 70, 99, 'high'], ['sodium', 140, 'mmol/L', 135, 145, 'normal']]);
  });
});

describe('fixh 2: a critical word with no side (`CRITICAL`, `Crit`, `PANIC`) in a flag column is critical on the side its range gives', () => {
  const HEADER = ['Investigation                 Result      Flag        Units        Reference Range',
    '---------------------------------------------------------------------------------------'];
  it('above the high bound critical-high, below the low bound critical-low', () => {
    expect(coded(lines(...HEADER,
      'Glucose, Random               486         CRITICAL    mg/dL        70 - 140',
      'Sodium                        118         CRITICAL    mmol/L       136 - 145',
      'Potassium                     6.9         Crit        mmol/L       3.5 - 5.1',
      'Calcium                       5.9         PANIC       mg/dL        8.6 - 10.3',
      'Chloride                      88          LOW         mmol/L       98 - 107',
    ))).toEqual([
      ['glucose', 486, 'mg/dL', 70, 140, 'critical-high'],
      ['sodium', 118, 'mmol/L', 136, 145, 'critical-low'],
      ['potassium', 6.9, 'mmol/L', 3.5, 5.1, 'critical-high'],
      ['calcium', 5.9, 'mg/dL', 8.6, 10.3, 'critical-low'],
      ['chloride', 88, 'mmol/L', 98, 107, 'low'],
    ]);
  });

  it('negatives: no range, or a value within it, leaves it abnormal; a side printed with it, or a letter flag, stays as printed', () => {
    expect(coded(lines(...HEADER,
      'Glucose, Random               486         CRITICAL    mg/dL',
      'Sodium                        140         CRITICAL    mmol/L       136 - 145',
      'Potassium                     6.9         Critical High  mmol/L    3.5 - 5.1',
      'Calcium                       5.9         L           mg/dL        8.6 - 10.3',
    ))).toEqual([
      ['glucose', 486, 'mg/dL', null, null, 'abnormal'],
      ['sodium', 140, 'mmol/L', 136, 145, 'abnormal'],
      ['potassium', 6.9, 'mmol/L', 3.5, 5.1, 'critical-high'],
      ['calcium', 5.9, 'mg/dL', 8.6, 10.3, 'low'],
    ]);
  });
});

describe('fixh 3: a comment\'s sentence whose number and unit end it (`… approx. 127 mmol/L.`) is no row', () => {
  const ROWS = ['Investigation                 Result      Flag        Units        Reference Range',
    'Sodium                        118         L           mmol/L       136 - 145'];
  const SODIUM = ['sodium', 118, 'mmol/L', 136, 145, 'low'];
  it('a unit glued to the sentence\'s full stop after a name of a sentence\'s words; a word glued to its bracket and full stop', () => {
    expect(coded(lines(...ROWS, '',
      'Interpretive comment: Findings may be consistent with hyperglycaemic crisis with ketosis. Suggest venous',
      'blood gas and serum osmolality. Corrected sodium for glucose approx. 127 mmol/L.'))).toEqual([SODIUM]);
    expect(coded(lines(...ROWS, '', 'Corrected sodium for glucose approx. 127 mmol/L.'))).toEqual([SODIUM]);
    expect(coded(lines(...ROWS, '', 'Lipid targets depend on overall cardiovascular risk (SA Heart/LASSA 2018 guideline).'))).toEqual([SODIUM]);
  });

  it('negatives: a name the catalog knows, or a short name in a name\'s capitals, keeps its row whatever full stop ends it', () => {
    expect(coded('Sodium  140  mmol/L.')).toEqual([['sodium', 140, 'mmol/L', null, null, null]]);
    expect(coded('Fibrinogen level 3.1 g/L.')).toEqual([['fibrinogen', 3.1, 'g/L', null, null, null]]);
    expect(coded('Prothrombin time 12.1 sec.')).toEqual([['prothrombin-time', 12.1, 's', null, null, null]]);
    expect(coded('Some New Marker Assay 12 mg/L.')).toEqual([['?Some New Marker Assay', 12, 'mg/L', null, null, null]]);
  });
});

describe('fixh 4: an OCR\'s `0` for `o` at the end of a word (`Rati0`), and a name broken over two lines', () => {
  it('the name\'s first line alone, its rest with the value on the next: one row of the whole name', () => {
    expect(coded(lines(
      'TEST                    RESULT    FLAG   UNITS      REFERENCE',
      'Vitamin B12             355              pg/mL      200-900',
      'Micr0albumin/Creatinine',
      'Rati0, Urine            41        H      mg/g       <30',
    ))).toEqual([
      ['vitamin-b12', 355, 'pg/mL', 200, 900, 'normal'],
      ['microalbumin-creatinine-ratio', 41, 'mg/g', null, 30, 'high'],
    ]);
    expect(catalog.matchName('Albumin/Creatinine Rati0')?.key).toBe('microalbumin-creatinine-ratio');
  });

  it('negatives: a zero after a capital, one small letter or a digit stays (`CA 150`, `pC0`, `IgG40`), a line of its own test is no rest', () => {
    expect(ocrReadings('Rati0, Urine')).toContain('Ratio, Urine');
    for (const n of ['CA 150', 'pC0', 'IgG40', 'Factor X0', 'a0']) expect(ocrReadings(n)).toEqual([]);
    expect(coded(lines(
      'TEST                    RESULT    FLAG   UNITS      REFERENCE',
      'Vitamin B12             355              pg/mL      200-900',
      'Sodium                  140              mmol/L     136-145',
    ))).toEqual([['vitamin-b12', 355, 'pg/mL', 200, 900, 'normal'], ['sodium', 140, 'mmol/L', 136, 145, 'normal']]);
  });
});
