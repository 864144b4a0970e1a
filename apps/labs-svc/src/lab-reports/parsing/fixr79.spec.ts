import { coded, codedWithRangeText } from '../../testing/reader.js';

/*
 * (fixr79) Shapes a blind probe of real English-language reports showed: a lab's recommended levels and a risk-tier
 * table printed above a patient's results, a supplement's dose in a sentence, a flag letter between a name and its
 * value, several `name value (range). unit` results on one retyped line with stray full stops, and a patient's comma
 * list of tests after a sentence that says the others were within the reference range. Every line is made up in the
 * printed shape.
 */

const lines = (...l: string[]) => l.join('\n');

describe('fixr79 1: a list of recommended levels or targets is no result', () => {
  it('reads nothing from censored bounds listed under a line that introduces targets', () => {
    expect(coded(lines('For most adults the desirable levels are (per the clinic leaflet):', '', 'LDL <  100 mg/dL', 'HDL > 50 mg/dL',
      'Triglycerides < 150 mg/dL', '', 'Mine this spring:', '', 'LDL 121', 'HDL 44', 'Triglycerides 180'))).toEqual([
      ['ldl-cholesterol', 121, null, null, null, null], ['hdl-cholesterol', 44, null, null, null, null], ['triglycerides', 180, null, null, null, null]]);
    expect(coded(lines('Targets:', 'LDL < 70 mg/dL', 'HbA1c < 7 %'))).toEqual([]);
    expect(coded(lines('Your optimal levels should be', 'Ferritin > 70 ug/L', 'Vitamin D > 75 nmol/L'))).toEqual([]);
  });

  it('reads nothing from a risk table whose names are tiers only', () => {
    expect(coded(lines('Risk by ratio, men (women)', '', 'Optimal  < 3.5 (< 3.2)', 'Very low, 1/2 average  < 3.1 (< 3.0)', 'Average 5.1 (4.6)',
      'Moderate, 2x average 9.1 (7.2)', 'High, 3x average >21 (>12)', 'Borderline high < 6.0 (< 5.5)'))).toEqual([]);
  });

  it('keeps censored results in an ordinary list, and a censored value with a range under any line', () => {
    expect(coded(lines('Lipid panel', 'LDL < 130 mg/dL', 'HDL 52 mg/dL', 'Triglycerides 98 mg/dL'))).toEqual([
      ['ldl-cholesterol', 130, 'mg/dL', null, null, null], ['hdl-cholesterol', 52, 'mg/dL', null, null, null], ['triglycerides', 98, 'mg/dL', null, null, null]]);
    expect(coded(lines('Recommended levels are:', '', 'CRP <3 (0 - 5)'))).toEqual([['c-reactive-protein', 3, null, 0, 5, 'normal']]);
    expect(coded(lines('Latest results:', 'CRP <4 (0 - 9)', 'Ferritin 51 (22 - 322)'))).toEqual([
      ['c-reactive-protein', 4, null, 0, 9, 'normal'], ['ferritin', 51, null, 22, 322, 'normal']]);
  });
});

describe('fixr79 2: a supplement dose in a sentence is no result', () => {
  it('reads nothing from a dose in mass units ending a sentence', () => {
    expect(coded('Also worth saying she takes Solgar iron 25mg.')).toEqual([]);
    expect(coded('I forgot to add he is on magnesium glycinate 200 mg.')).toEqual([]);
  });
  it('keeps a 24-hour urine total and a result with its range', () => {
    expect(coded('24h urine calcium  180  mg/24h  100 - 300').map((r) => [r[1], r[2], r[5]])).toEqual([[180, 'mg/24h', 'normal']]);
    expect(coded('Total protein 7.1 g/dL (6.0 - 8.3).')).toEqual([['total-protein', 7.1, 'g/dL', 6, 8.3, 'normal']]);
    expect(coded('Ferritin 42 ug/L (30 - 400).')).toEqual([['ferritin', 42, 'ug/L', 30, 400, 'normal']]);
  });
});

describe('fixr79 3: a flag letter between a known name and its value', () => {
  it('reads the letter as the flag and the name without it', () => {
    expect(codedWithRangeText('Thyroglobulin antibodies H 512 (<100) kU/L')).toEqual([
      ['thyroglobulin-antibody', 512, 'kU/L', '<100', null, 100, 'high']]);
    expect(codedWithRangeText('Anti TPO abs H 88 (<34) kIU/L')).toEqual([
      ['thyroid-peroxidase-antibody', 88, 'k[IU]/L', '<34', null, 34, 'high']]);
    expect(codedWithRangeText('Free T4 L 9.1 (12 - 22). pmol/L.')).toEqual([['free-t4', 9.1, 'pmol/L', '12 - 22', 12, 22, 'low']]);
  });
  it('keeps a letter that is the name\'s, and a letter that disagrees with the range', () => {
    expect(coded('Factor H 420 (250 - 880) mg/L')[0]![0]).not.toBe('thyroglobulin-antibody');
    expect(coded('Thyroglobulin antibodies L 512 (<100) kU/L').every((r) => r[5] !== 'low')).toBe(true);
  });
});

describe('fixr79 4: several `name value (range). unit` results on one line', () => {
  it('reads each result with the unit after its range and stray full stops', () => {
    expect(codedWithRangeText('CRP 1.2 (<5.0). mg/L Free T4 15.5 (12-22). pmol/L Free T3 5.01 (3.1-6.8) .pmol/L')).toEqual([
      ['c-reactive-protein', 1.2, 'mg/L', '<5.0', null, 5, 'normal'],
      ['free-t4', 15.5, 'pmol/L', '12-22', 12, 22, 'normal'],
      ['free-t3', 5.01, 'pmol/L', '3.1-6.8', 3.1, 6.8, 'normal'],
    ]);
    expect(codedWithRangeText('Ferritin 61.2 (20 -150). ug/L. TSH H 6.10 (0.27 - 4.20). mIU/L. T4 Total 99.1 (64.5 - 142.0) nmol/L')).toEqual([
      ['ferritin', 61.2, 'ug/L', '20 -150', 20, 150, 'normal'],
      ['thyroid-stimulating-hormone', 6.1, 'm[IU]/L', '0.27 - 4.20', 0.27, 4.2, 'high'],
      ['total-t4', 99.1, 'nmol/L', '64.5 - 142.0', 64.5, 142, 'normal'],
    ]);
    expect(codedWithRangeText('Serum Folate 12.2 (8.83-60.8). nmol/L')).toEqual([['folate', 12.2, 'nmol/L', '8.83-60.8', 8.83, 60.8, 'normal']]);
  });
  it('leaves a bracket that is no range and a unit letter before a value alone', () => {
    // `(25OH).` is the name's, `L` before the value a flag: no unit read from them.
    expect(coded('Vitamin D (25OH). L 31 (50 - 175) nmol/L').every((r) => r[2] !== 'L')).toBe(true);
  });
});

describe('fixr79 5: a comma list of known tests in prose', () => {
  it('reads the list after a sentence that says the others were within the reference range', () => {
    expect(coded('Q: I had a fever last week. All other counts were within the reference range. Hemoglobin 13.2, Neutrophils 71, Monocytes 04, Eosinophils 0, ESR 09, Platelet count 310, Red cell count 4.71. Should I worry?')).toEqual([
      ['hemoglobin', 13.2, null, null, null, null], ['neutrophils', 71, null, null, null, null], ['monocytes', 4, null, null, null, null],
      ['eosinophils', 0, null, null, null, null], ['erythrocyte-sedimentation-rate', 9, null, null, null, null], ['platelet-count', 310, null, null, null, null],
      ['red-blood-cell-count', 4.71, null, null, null, null]]);
  });
  it('still reads nothing after a sentence of doses, targets or normal values', () => {
    expect(coded('Normal values are as follows. Hemoglobin 13.5, Neutrophils 60, Monocytes 05, Platelet count 250, ESR 10.')).toEqual([]);
    expect(coded('My LDL went down to 92 on its own.')).toEqual([]);
  });
});
