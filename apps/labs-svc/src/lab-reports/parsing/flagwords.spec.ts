import { catalog, codedWithRangeText as coded } from '../../testing/reader.js';
import { normalizeFlag } from './flags.js';

/*
 * (flagwords) A flag printed in words after a row's range — SNOMED's interpretation as a UK GP record prints it
 * (`Below low reference limit`, `Above high reference limit`, `Outside reference range`), or any phrase normalizeFlag
 * knows — is the row's flag, whether the range is in square brackets, in parentheses or bare. Every expected row below
 * is written from the printed line (made-up lines), not from the reader's output.
 */

const lines = (...l: string[]) => l.join('\n');

describe('flagwords: a flag in words after a range is the row\'s flag', () => {
  it('a UK GP record\'s square-bracket range, then SNOMED\'s interpretation: the row kept, the phrase its flag', () => {
    expect(coded('Haemoglobin estimation   121 g/L   [130 - 170]   Below low reference limit'))
      .toEqual([['hemoglobin', 121, 'g/L', '130 - 170', 130, 170, 'low']]);
    expect(coded('Serum ferritin level  412 ug/L  [30 - 400]  Above high reference limit'))
      .toEqual([['ferritin', 412, 'ug/L', '30 - 400', 30, 400, 'high']]);
    // The phrase says no side: the side the value lies on, as the range gives it (review 10: `abnormal` lost it).
    expect(coded('Serum ferritin level  412 ug/L  [30 - 400]  Outside reference range'))
      .toEqual([['ferritin', 412, 'ug/L', '30 - 400', 30, 400, 'high']]);
  });

  it('the same in parentheses and with the range bare', () => {
    expect(coded('Serum ferritin level  412 ug/L  (30 - 400)  Outside reference range'))
      .toEqual([['ferritin', 412, 'ug/L', '30 - 400', 30, 400, 'high']]);
    expect(coded('Serum ferritin level  412 ug/L  30 - 400  Above high reference limit'))
      .toEqual([['ferritin', 412, 'ug/L', '30 - 400', 30, 400, 'high']]);
    expect(coded('Haemoglobin estimation   121 g/L   130 - 170   Below low reference limit'))
      .toEqual([['hemoglobin', 121, 'g/L', '130 - 170', 130, 170, 'low']]);
  });

  it('a GP record\'s block: the abnormal rows are read with the normal ones', () => {
    expect(coded(lines(
      'Haemoglobin estimation   121 g/L   [130 - 170]   Below low reference limit',
      'Serum sodium level   140 mmol/L   [133 - 146]',
      'Serum potassium level   5.9 mmol/L   [3.5 - 5.3]   Above high reference limit',
    ))).toEqual([
      ['hemoglobin', 121, 'g/L', '130 - 170', 130, 170, 'low'],
      ['sodium', 140, 'mmol/L', '133 - 146', 133, 146, 'normal'],
      ['potassium', 5.9, 'mmol/L', '3.5 - 5.3', 3.5, 5.3, 'high'],
    ]);
  });

  it('a flag letter and the phrase that says the same side are one flag', () => {
    expect(coded('Haemoglobin estimation   121 L  g/L   [130 - 170]   Below low reference limit'))
      .toEqual([['hemoglobin', 121, 'g/L', '130 - 170', 130, 170, 'low']]);
  });

  it('SNOMED\'s other spellings of a side are flags (`Above upper reference limit`, `Below reference range`)', () => {
    expect(normalizeFlag('Above upper reference limit')).toBe('high');
    expect(normalizeFlag('Below lower reference limit')).toBe('low');
    expect(normalizeFlag('Above reference range')).toBe('high');
    expect(normalizeFlag('Below reference range')).toBe('low');
  });

  it('guards: method words after a range, a phrase not ending the row, prose, tiers and previous results read as before', () => {
    expect(coded('Glucose  95 mg/dL  70-99  Hexokinase method')).toEqual([['glucose', 95, 'mg/dL', '70-99', 70, 99, 'normal']]);
    expect(coded('Sodium  150 mmol/L  135 - 145  148')).toEqual([['sodium', 150, 'mmol/L', '135 - 145', 135, 145, 'high']]);
    expect(coded('Total cholesterol  5.2 mmol/L  < 5.0 (desirable)')).toEqual([['total-cholesterol', 5.2, 'mmol/L', '< 5.0', null, 5, 'high']]);
    // A sentence mentioning the phrase with a number is no row.
    expect(coded('The value of 121 was below low reference limit on review')).toEqual([]);
    // A phrase a flag letter contradicts leaves the line unread rather than guessed.
    expect(coded('Haemoglobin estimation   121 H  g/L   [130 - 170]   Below low reference limit')).toEqual([]);
  });
});

describe('flagwords review: the printed range decides where the words contradict it; a critical phrase is critical', () => {
  // Made-up lines from review 10 (expected readings written before either build ran).
  it('words that contradict the range do not hide an out-of-range value, nor flag one inside it', () => {
    expect(coded('Sodium  150 mmol/L  135-145  Within reference range')).toEqual([['sodium', 150, 'mmol/L', '135-145', 135, 145, 'high']]);
    expect(coded('Sodium  128 mmol/L  135-145  Within reference range')).toEqual([['sodium', 128, 'mmol/L', '135-145', 135, 145, 'low']]);
    expect(coded('Hemoglobin 15 g/dL 12.0-16.0 Below reference range')).toEqual([['hemoglobin', 15, 'g/dL', '12.0-16.0', 12, 16, 'normal']]);
  });
  it('a letter and a critical phrase of its side are the critical flag', () => {
    expect(coded('Potassium  6.9 H mmol/L  3.5-5.3  Critical high')).toEqual([['potassium', 6.9, 'mmol/L', '3.5-5.3', 3.5, 5.3, 'critical-high']]);
    expect(coded('Haemoglobin  121 L g/L  [130 - 170]  Critical low')).toEqual([['hemoglobin', 121, 'g/L', '130 - 170', 130, 170, 'critical-low']]);
  });
});

describe('tierflag: a flag word that begins a label after the range is no flag', () => {
  // Made-up lines from review 10 (expected readings written before either build ran): each value lies inside its range.
  it('`High risk`, `Low risk`, `High sensitivity assay`, `Critical low <2.5` after a range: the range decides (normal)', () => {
    expect(coded('Glucose  90 mg/dL  70-99  High risk')).toEqual([['glucose', 90, 'mg/dL', '70-99', 70, 99, 'normal']]);
    expect(coded('CEA  2.1 ng/mL  0-5  Low risk')).toEqual([['carcinoembryonic-antigen', 2.1, 'ng/mL', '0-5', 0, 5, 'normal']]);
    expect(coded('CRP  3.2 mg/L  0-5  High sensitivity assay')).toEqual([['c-reactive-protein', 3.2, 'mg/L', '0-5', 0, 5, 'normal']]);
    expect(coded('Potassium  4.2 mmol/L  3.5-5.3  Critical low <2.5')).toEqual([['potassium', 4.2, 'mmol/L', '3.5-5.3', 3.5, 5.3, 'normal']]);
  });
  it('a flag word alone after the range stays the lab\'s flag', () => {
    expect(coded('Glucose  90 mg/dL  70-99  High')).toEqual([['glucose', 90, 'mg/dL', '70-99', 70, 99, 'high']]);
  });
});
