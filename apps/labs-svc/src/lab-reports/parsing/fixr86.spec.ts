import { codedWithRangeText } from '../../testing/reader.js';
import { withCodeApartFromValue } from './line-tidy.js';

/*
 * (fixr86) Made-up inputs (other words, analytes and figures than the probe set's) for three shapes:
 * 1. a results list re-set in Markdown bullets, each range on the next bullet in emphasis (`* *Reference range: …*`):
 *    the range of the row right above it, and of no other row;
 * 2. a GP record's clinical code in brackets glued to the value (`Haemoglobin (XaBLm)135 g/L [130 - 170]`);
 * 3. `Inorganic phosphate` as phosphorus.
 */
describe('fixr86: a range line under its result in a Markdown list', () => {
  it('reads a plain bullet range line under a bold name (as before)', () => {
    expect(codedWithRangeText('- **Ferritin**: 45 ug/L\n  - Reference range: 15 - 300\n')).toEqual([
      ['ferritin', 45, 'ug/L', '15 - 300', 15, 300, 'normal']]);
  });

  it('reads a range line set in italic or bold, with or without its bullet, as the row\'s range', () => {
    expect(codedWithRangeText('* **Plasma Magnesium:** 0.62 mmol/L\n* *Reference range: 0.70 to 1.00*\n')).toEqual([
      ['magnesium', 0.62, 'mmol/L', '0.70 to 1.00', 0.7, 1, 'low']]);
    expect(codedWithRangeText('**Serum Urate:** 512 umol/L\n_Normal range: 200 - 430_\n')).toEqual([
      ['uric-acid', 512, 'umol/L', '200 - 430', 200, 430, 'high']]);
    expect(codedWithRangeText('- **Serum Iron:** 14 umol/L\n- **Ref range: 10 - 30**\n')).toEqual([
      ['iron', 14, 'umol/L', '10 - 30', 10, 30, 'normal']]);
  });

  it('reads a whole list: each range under its row, `No range provided` no range, notes no range and no flag', () => {
    const list = [
      '## Iron studies', '',
      '* **Ferritin:** 12 ug/L', '* *Reference Range: 15 to 300*', '* *Note: Below reference range (15-30 is noted as "low stores").*', '', '',
      '* **Serum Transferrin:** 2.9 g/L', '* *Reference Range: No range provided*', '', '',
      '* **Serum Iron:** 31 umol/L', '* _Ref range: 10 - 30_', '* *Note: 25-35 is noted as "upper borderline".*', '', '',
      '### **2. Body measurements**', '', '* **Body Weight:** 71 kg', ''].join('\n');
    expect(codedWithRangeText(list)).toEqual([
      ['ferritin', 12, 'ug/L', '15 to 300', 15, 300, 'low'],
      ['transferrin', 2.9, 'g/L', null, null, null, null],
      ['iron', 31, 'umol/L', '10 - 30', 10, 30, 'high']]);
  });

  it('gives one range line under two results to the second (the row right above it)', () => {
    expect(codedWithRangeText('* **Ferritin:** 45 ug/L\n* **Transferrin:** 2.9 g/L\n* *Reference Range: 2.0 to 3.6*\n')).toEqual([
      ['ferritin', 45, 'ug/L', null, null, null, null],
      ['transferrin', 2.9, 'g/L', '2.0 to 3.6', 2, 3.6, 'normal']]);
  });

  it('gives an italic range line after a note or a paragraph to no row', () => {
    expect(codedWithRangeText('* **Ferritin:** 45 ug/L\n* *Note: 20 to 30 is noted as "borderline".*\n* *Reference Range: 15 to 300*\n')).toEqual([
      ['ferritin', 45, 'ug/L', null, null, null, null]]);
    expect(codedWithRangeText([
      '* **Ferritin:** 45 ug/L',
      'The surgery noted that the sample was taken late in the day',
      'and that a repeat in three months would be sensible.',
      '* *Reference Range: 15 to 300*'].join('\n'))).toEqual([
      ['ferritin', 45, 'ug/L', null, null, null, null]]);
  });

  it('gives a range line under a Markdown heading to no row above the heading', () => {
    expect(codedWithRangeText('- **Ferritin**: 45 ug/L\n\n### Iron studies\n- Reference range: 15 - 300\n')).toEqual([
      ['ferritin', 45, 'ug/L', null, null, null, null]]);
    expect(codedWithRangeText('* **Ferritin:** 45 ug/L\n\n### Iron studies\n* *Reference range: 15 - 300*\n')).toEqual([
      ['ferritin', 45, 'ug/L', null, null, null, null]]);
  });

  it('never reads a numbered Markdown heading after a range as a tier of it', () => {
    expect(codedWithRangeText('* **Mean Platelet Volume:** 9.4 fL\n* *Reference Range: 7.5 to 11.5*\n\n\n### **4. Urine**\n\n* **Sodium:** 140 mmol/L\n')).toEqual([
      ['mean-platelet-volume', 9.4, 'fL', '7.5 to 11.5', 7.5, 11.5, 'normal'],
      ['sodium', 140, 'mmol/L', null, null, null, null]]);
  });

  it('leaves an italic line that is no range line as before', () => {
    expect(codedWithRangeText('* **Ferritin:** 45 ug/L\n* *Iron stores adequate*\n')).toEqual([
      ['ferritin', 45, 'ug/L', null, null, null, null]]);
  });
});

describe('fixr86: a clinical code in brackets glued to the value', () => {
  it('reads a GP record\'s rows: CTV3 and Read v2 codes, square-bracket ranges, a comparator, no range', () => {
    const record = [
      'Full blood count (XaBLm)', '',
      'InvestigationNormalityResult', '',
      'Haemoglobin estimation (XaBLm)135 g/L [130 - 170]',
      'Serum urea level (44J9.)9.1 mmol/L [2.5 - 7.8]',
      'Serum ferritin level (XE2q1)<5 ug/L [15 - 300]',
      'Serum triglycerides level (XE2q9)1.4 mmol/L',
      'Serum creatinine level (XE2q5)61 umol/L [45.0 - 84.0]'].join('\n');
    expect(codedWithRangeText(record)).toEqual([
      ['hemoglobin', 135, 'g/L', '130 - 170', 130, 170, 'normal'],
      ['urea', 9.1, 'mmol/L', '2.5 - 7.8', 2.5, 7.8, 'high'],
      ['ferritin', 5, 'ug/L', '15 - 300', 15, 300, 'low'],
      ['triglycerides', 1.4, 'mmol/L', null, null, null, null],
      ['creatinine', 61, 'umol/L', '45.0 - 84.0', 45, 84, 'normal']]);
  });

  it('sets a five-character code with a letter apart from the number after it, nothing else', () => {
    expect(withCodeApartFromValue('Haemoglobin (XaBLm)135 g/L')).toBe('Haemoglobin (XaBLm) 135 g/L');
    expect(withCodeApartFromValue('Serum urea level (44J9.)<9.1 mmol/L')).toBe('Serum urea level (44J9.) <9.1 mmol/L');
    // A unit in brackets before a number is no code: left as printed (the reader reads it as before).
    expect(withCodeApartFromValue('Glucose (mmol/L)5.4')).toBe('Glucose (mmol/L)5.4');
    // A count, a shorter word, a number, a code with nothing after it, a code glued to a name: left.
    expect(withCodeApartFromValue('Take (2)3 tablets daily')).toBe('Take (2)3 tablets daily');
    expect(withCodeApartFromValue('HbA1c (IFCC)48 mmol/mol')).toBe('HbA1c (IFCC)48 mmol/mol');
    expect(withCodeApartFromValue('Range (120.5)130')).toBe('Range (120.5)130');
    expect(withCodeApartFromValue('Urea and electrolytes (X77Wi)')).toBe('Urea and electrolytes (X77Wi)');
    expect(withCodeApartFromValue('Urea(X77Wi)5.1')).toBe('Urea(X77Wi)5.1');
  });

  it('reads no row from a count in brackets before a number in prose', () => {
    expect(codedWithRangeText('Take (2)3 tablets daily with food\n')).toEqual([]);
  });
});

describe('fixr86: inorganic phosphate', () => {
  it('is phosphorus, with or without the sample\'s word before it', () => {
    expect(codedWithRangeText('Serum inorganic phosphate 0.71 mmol/L 0.80-1.50\nInorganic phosphorus 3.4 mg/dL 2.5-4.5\n')).toEqual([
      ['phosphorus', 0.71, 'mmol/L', '0.80-1.50', 0.8, 1.5, 'low'],
      ['phosphorus', 3.4, 'mg/dL', '2.5-4.5', 2.5, 4.5, 'normal']]);
  });
});
