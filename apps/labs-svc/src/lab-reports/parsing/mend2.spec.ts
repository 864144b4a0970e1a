import { coded, codedWithRangeText } from '../../testing/reader.js';

/*
 * (mend2) Four misfires a review (cr1, M2–M5) found in the Markdown range rules of b66r/b66r2:
 * M2 a range-only line in a layout that prints ranges ABOVE their rows is never the row above's;
 * M3 several consecutive range-only lines under a row (tiers, cycle phases) are none of them its range, and a bracket
 *    whose unit is an age is never a range;
 * M4 a status label followed by an age band gives no bounds;
 * M5 a label saying a side followed by a one-sided bound of the abnormal zone gives no bounds (text kept, flag from the label).
 * Every line here is made up.
 */

const lines = (...l: string[]) => l.join('\n');

describe('mend2 M2: a layout printing its ranges above its rows', () => {
  it('bullets: the first range-only line has no row above it — each range is the row under it, never the row above', () => {
    expect(coded(lines('- (135 - 145 mmol/L)', '- Sodium: 140 mmol/L', '- (3.5 - 5.1 mmol/L)', '- Potassium: 5.4 mmol/L', '- (98 - 107 mmol/L)', '- Chloride: 101 mmol/L')))
      .toEqual([['sodium', 140, 'mmol/L', 135, 145, 'normal'], ['potassium', 5.4, 'mmol/L', 3.5, 5.1, 'high'], ['chloride', 101, 'mmol/L', 98, 107, 'normal']]);
  });

  it('plain lines, bounds without a unit', () => {
    expect(coded(lines('(3.5 - 5.1)', 'Potassium 4.1 mmol/L', '(135 - 145)', 'Sodium 140 mmol/L', '(98 - 107)', 'Chloride 101 mmol/L')))
      .toEqual([['potassium', 4.1, 'mmol/L', 3.5, 5.1, 'normal'], ['sodium', 140, 'mmol/L', 135, 145, 'normal'], ['chloride', 101, 'mmol/L', 98, 107, 'normal']]);
  });

  it('under a heading', () => {
    expect(coded(lines('## Electrolytes', '', '- (135 - 145 mmol/L)', '- Sodium: 131 mmol/L', '- (3.5 - 5.1 mmol/L)', '- Potassium: 5.4 mmol/L')))
      .toEqual([['sodium', 131, 'mmol/L', 135, 145, 'low'], ['potassium', 5.4, 'mmol/L', 3.5, 5.1, 'high']]);
  });

  it('guards: ranges printed under their rows stay each row\'s own', () => {
    expect(coded(lines('- Sodium: 140 mmol/L', '- (135 - 145 mmol/L)', '- Potassium: 5.4 mmol/L', '- (3.5 - 5.1 mmol/L)', '- Chloride: 101 mmol/L', '- (98 - 107 mmol/L)')))
      .toEqual([['sodium', 140, 'mmol/L', 135, 145, 'normal'], ['potassium', 5.4, 'mmol/L', 3.5, 5.1, 'high'], ['chloride', 101, 'mmol/L', 98, 107, 'normal']]);
    expect(coded(lines('TEST                RESULT', 'Glucose             92 mg/dL', '                    (70 - 99 mg/dL)', 'Urea                31 mg/dL', '                    (15 - 45 mg/dL)', 'Creatinine          0.9 mg/dL')))
      .toEqual([['glucose', 92, 'mg/dL', 70, 99, 'normal'], ['urea', 31, 'mg/dL', 15, 45, 'normal'], ['creatinine', 0.9, 'mg/dL', null, null, null]]);
    expect(coded(lines('### Hemoglobin: 11.2 g/dL', '* Lower than normal range (12.0 - 16.0 g/dL)', '', '### Ferritin: 40 ng/mL', '* (30 - 400 ng/mL)')))
      .toEqual([['hemoglobin', 11.2, 'g/dL', 12, 16, 'low'], ['ferritin', 40, 'ng/mL', 30, 400, 'normal']]);
  });

  it('guards: a stray bracket over the first row of ranges printed under their rows shows no layout (the last range has no row after it)', () => {
    expect(coded(lines('(2 - 10)', 'Glucose 92 mg/dL', '(70 - 99 mg/dL)', 'Urea 31 mg/dL', '(15 - 45 mg/dL)')))
      .toEqual([['glucose', 92, 'mg/dL', 70, 99, 'normal'], ['urea', 31, 'mg/dL', 15, 45, 'normal']]);
  });

  it('a card layout (name, range, value) reads its rows, each with the range printed over its value', () => {
    expect(coded(lines('Sodium', '(135 - 145 mmol/L)', '140 mmol/L', 'Potassium', '(3.5 - 5.1 mmol/L)', '5.4 mmol/L')))
      .toEqual([['sodium', 140, 'mmol/L', 135, 145, 'normal'], ['potassium', 5.4, 'mmol/L', 3.5, 5.1, 'high']]);
  });

  it('guards: a row with its range above the first range-only line does not turn the layout', () => {
    expect(coded(lines('Hemoglobin: 14.0 g/dL (13.0 - 17.0 g/dL)', 'Ferritin: 40 ng/mL', '(30 - 400 ng/mL)', 'Vitamin B12: 300 pg/mL', '(200 - 900 pg/mL)')))
      .toEqual([['hemoglobin', 14, 'g/dL', 13, 17, 'normal'], ['ferritin', 40, 'ng/mL', 30, 400, 'normal'], ['vitamin-b12', 300, 'pg/mL', 200, 900, 'normal']]);
  });
});

describe('mend2 M3: consecutive range-only lines under a row, age bands', () => {
  it('tiers on consecutive bracket lines: none is the range', () => {
    expect(coded(lines('**Vitamin D (25-OH): 24 ng/mL**', '- (< 20 ng/mL)', '- (20 - 29 ng/mL)', '- (30 - 100 ng/mL)')))
      .toEqual([['vitamin-d', 24, 'ng/mL', null, null, null]]);
    expect(coded(lines('**Fasting glucose: 105 mg/dL**', '* (< 100 mg/dL)', '* (100 - 125 mg/dL)', '* (>= 126 mg/dL)')))
      .toEqual([['glucose', 105, 'mg/dL', null, null, null]]);
    expect(coded(lines('HbA1c: 5.9 %', '* (< 5.7 %)', '* (5.7 - 6.4 %)', '* (>= 6.5 %)'))).toEqual([['hemoglobin-a1c', 5.9, '%', null, null, null]]);
    expect(coded(lines('### Vitamin D: 24 ng/mL', '', '- (< 20 ng/mL)', '', '- (20 - 29 ng/mL)', '', '- (30 - 100 ng/mL)')))
      .toEqual([['vitamin-d', 24, 'ng/mL', null, null, null]]);
  });

  it('tiers with their words on consecutive bullets: none is the range', () => {
    expect(coded(lines('### HbA1c: 5.9 %', '* Normal (< 5.7 %)', '* Prediabetes (5.7 - 6.4 %)', '* Diabetes (>= 6.5 %)')))
      .toEqual([['hemoglobin-a1c', 5.9, '%', null, null, null]]);
  });

  it('cycle phases on consecutive lines: none is the range', () => {
    expect(coded(lines('FSH: 30.2 IU/L', '(3.5 - 12.5 IU/L follicular phase)', '(4.7 - 21.5 IU/L ovulation)', '(25.8 - 134.8 IU/L postmenopause)')))
      .toEqual([['follicle-stimulating-hormone', 30.2, '[IU]/L', null, null, null]]);
    expect(coded(lines('Estradiol: 250 pg/mL', '(12.5 - 166 pg/mL)', '(85.8 - 498 pg/mL)', '(43.8 - 211 pg/mL)')))
      .toEqual([['estradiol', 250, 'pg/mL', null, null, null]]);
  });

  it.each([
    [lines('### PSA: 1.9 ng/mL', '* (40 - 49 years)'), 'prostate-specific-antigen', 1.9, 'ng/mL'],
    [lines('### Hemoglobin: 13.1 g/dL', '* Within normal range (18 - 65 years)'), 'hemoglobin', 13.1, 'g/dL'],
    [lines('Ferritin: 40 ng/mL', '(18 - 65 years)'), 'ferritin', 40, 'ng/mL'],
    [lines('IGF-1: 150 ng/mL', '(40 - 50 y)'), 'somatomedin-c', 150, 'ng/mL'],
    [lines('Ferritin: 40 ng/mL', '(18 - 65 yrs)'), 'ferritin', 40, 'ng/mL'],
    [lines('Ferritina: 40 ng/mL', '(18 - 65 años)'), 'ferritin', 40, 'ng/mL'],
    [lines('Ferritina: 40 ng/mL', '(18 - 65 anos)'), 'ferritin', 40, 'ng/mL'],
    [lines('Ferritin: 40 ng/mL', '(18 - 65 Jahre)'), 'ferritin', 40, 'ng/mL'],
    [lines('Ferritine : 40 ng/mL', '(18 - 65 ans)'), 'ferritin', 40, 'ng/mL'],
    [lines('Ferritina: 40 ng/mL', '(18 - 65 anni)'), 'ferritin', 40, 'ng/mL'],
  ])('a bracket whose unit is an age is no range: %s', (text, key, value, unit) => {
    expect(coded(text)).toEqual([[key, value, unit, null, null, null]]);
  });

  it('guards: one range-only line under a row is still its range', () => {
    expect(coded(lines('**Ferritin: 12 ng/mL**', '* (> 30 ng/mL)'))).toEqual([['ferritin', 12, 'ng/mL', 30, null, 'low']]);
    expect(coded(lines('### Triglycerides: 140 mg/dL', '* (< 150 mg/dL)'))).toEqual([['triglycerides', 140, 'mg/dL', null, 150, 'normal']]);
    expect(coded(lines('### Hemoglobin: 13.1 g/dL', '* Within normal range (12.0 - 16.0 g/dL)'))).toEqual([['hemoglobin', 13.1, 'g/dL', 12, 16, 'normal']]);
  });
});

describe('mend2 M4: a status label before an age band', () => {
  it('gives no bounds; the text is kept as printed', () => {
    expect(codedWithRangeText('PSA: 1.9 ng/mL (Within normal range: 40-49 years)'))
      .toEqual([['prostate-specific-antigen', 1.9, 'ng/mL', 'Within normal range: 40-49 years', null, null, null]]);
    expect(codedWithRangeText('PSA: 1.9 ng/mL (Dentro del rango normal: 40-49 años)'))
      .toEqual([['prostate-specific-antigen', 1.9, 'ng/mL', 'Dentro del rango normal: 40-49 años', null, null, null]]);
    expect(codedWithRangeText('PSA: 1.9 ng/mL (Dentro de la normalidad: 40-49 años)'))
      .toEqual([['prostate-specific-antigen', 1.9, 'ng/mL', 'Dentro de la normalidad: 40-49 años', null, null, null]]);
  });

  it('guards: a status label before bounds in the value\'s unit still gives them', () => {
    expect(coded('TSH: 2.1 mIU/L (In the reference range: 0.4 - 4.0 mIU/L)')).toEqual([['thyroid-stimulating-hormone', 2.1, 'm[IU]/L', 0.4, 4, 'normal']]);
    expect(coded('Glucosa: 112 mg/dL (Por encima del rango normal: 70 - 110 mg/dL)')).toEqual([['glucose', 112, 'mg/dL', 70, 110, 'high']]);
  });
});

describe('mend2 M5: a side\'s label before a one-sided bound of the abnormal zone', () => {
  it('gives no bounds: the text kept, the flag from the label', () => {
    expect(codedWithRangeText('Triglycerides: 180 mg/dL (Above normal range: > 150 mg/dL)'))
      .toEqual([['triglycerides', 180, 'mg/dL', 'Above normal range: > 150 mg/dL', null, null, 'high']]);
    expect(codedWithRangeText('Vitamin D: 25 ng/mL (Below normal range: < 30 ng/mL)'))
      .toEqual([['vitamin-d', 25, 'ng/mL', 'Below normal range: < 30 ng/mL', null, null, 'low']]);
    expect(codedWithRangeText('Triglicéridos: 180 mg/dL (Por encima del rango normal: > 150 mg/dL)'))
      .toEqual([['triglycerides', 180, 'mg/dL', 'Por encima del rango normal: > 150 mg/dL', null, null, 'high']]);
  });

  it('on the bullet under a heading row: no bounds, the flag from the words', () => {
    expect(coded(lines('### Triglycerides: 180 mg/dL', '* Above normal range (> 150 mg/dL)'))).toEqual([['triglycerides', 180, 'mg/dL', null, null, 'high']]);
    expect(coded(lines('### Vitamin D: 25 ng/mL', '* Below normal range (< 30 ng/mL)'))).toEqual([['vitamin-d', 25, 'ng/mL', null, null, 'low']]);
  });

  it('guards: a bound on the normal side, a two-sided range, a label saying normal keep their bounds', () => {
    expect(coded('HDL Cholesterol: 38 mg/dL (Below normal range: > 40 mg/dL)')).toEqual([['hdl-cholesterol', 38, 'mg/dL', 40, null, 'low']]);
    expect(coded('Total Cholesterol: 250 mg/dL (Above normal range: < 200 mg/dL)')).toEqual([['total-cholesterol', 250, 'mg/dL', null, 200, 'high']]);
    expect(coded('Total Cholesterol: 190 mg/dL (Within normal range: < 200 mg/dL)')).toEqual([['total-cholesterol', 190, 'mg/dL', null, 200, 'normal']]);
    expect(coded('Vitamin D: 18 ng/mL (Below the reference range: 30 - 100 ng/mL)')).toEqual([['vitamin-d', 18, 'ng/mL', 30, 100, 'low']]);
  });
});
