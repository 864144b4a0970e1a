import { coded, codedWithRangeText } from '../../testing/reader.js';

/*
 * (b66r2) A status label before the bounds of a range, as a mechanism rather than a list: in a parenthesis after a
 * value, words ending in a colon before bounds that parse (`(Low: 80 - 100 fL)`, `(Dans la norme : 12,0 - 16,0 g/dL)`);
 * on the bullet line under a heading row, words before a bracketed range (`* Borderline high (desirable: < 200 mg/dL)`).
 * The bounds and their text are the range; the flag from the label where the flag vocabulary reads a side or normal,
 * else from the range. A label naming a tier or risk whose bounds hold the value is a tier's range (kept as printed).
 * Quoted values (`"148"`, `« 1,85 »`, `“24”`) are the value; prose after the parenthesis keeps the row.
 * Every line here is made up (English, Spanish, French).
 */

const lines = (...l: string[]) => l.join('\n');

describe('b66r2: words ending in a colon before the bounds in a parenthesis after a value', () => {
  it.each([
    ['- **Hemoglobin:** 11.4 g/dL (Slightly below the normal range: 12.0 - 15.5 g/dL)', ['hemoglobin', 11.4, 'g/dL', '12.0 - 15.5 g/dL', 12, 15.5, 'low']],
    ['- **MCV:** 76 fL (Low: 80 - 100 fL)', ['mean-corpuscular-volume', 76, 'fL', '80 - 100 fL', 80, 100, 'low']],
    ['- **Platelets:** 480 10^3/uL (Mildly elevated: 150 - 400 10^3/uL)', ['platelet-count', 480, '10*3/uL', '150 - 400 10^3/uL', 150, 400, 'high']],
    ['*   **Glucosa en ayunas:** 126 mg/dL (Elevada: 70 - 100 mg/dL)', ['glucose', 126, 'mg/dL', '70 - 100 mg/dL', 70, 100, 'high']],
    ['- **Sodio:** 131 mmol/L (Ligeramente bajo: 135 - 145 mmol/L)', ['sodium', 131, 'mmol/L', '135 - 145 mmol/L', 135, 145, 'low']],
    ['- **Hémoglobine :** 12,9 g/dL (Dans la norme : 12,0 - 16,0 g/dL)', ['hemoglobin', 12.9, 'g/dL', '12,0 - 16,0 g/dL', 12, 16, 'normal']],
    ['- **Potassium :** 3,2 mmol/L (En dessous de la normale : 3,5 - 5,1 mmol/L)', ['potassium', 3.2, 'mmol/L', '3,5 - 5,1 mmol/L', 3.5, 5.1, 'low']],
    ['- **Sodium :** 148 mmol/L (Au-dessus de la normale : 135 - 145 mmol/L)', ['sodium', 148, 'mmol/L', '135 - 145 mmol/L', 135, 145, 'high']],
    ['- **Calcium :** 2,3 mmol/L (Normal : 2,2 - 2,6 mmol/L)', ['calcium', 2.3, 'mmol/L', '2,2 - 2,6 mmol/L', 2.2, 2.6, 'normal']],
  ])('the bounds are the range, the flag from the label: %s', (line, row) => {
    expect(codedWithRangeText(line)).toEqual([row]);
  });

  it('a label the flag words do not read: the flag from the range', () => {
    expect(coded('- **Vitamin D (25-OH):** 24 ng/mL (Insufficient: 30 - 100 ng/mL)')).toEqual([['vitamin-d', 24, 'ng/mL', 30, 100, 'low']]);
  });

  it('a target label (recomendado, desirable): its bound is the row\'s range', () => {
    expect(codedWithRangeText('*   **Colesterol LDL:** "163" mg/dL (Por encima de lo recomendado: < 130 mg/dL)'))
      .toEqual([['ldl-cholesterol', 163, 'mg/dL', '< 130 mg/dL', null, 130, 'high']]);
  });

  it('quoted values are the value', () => {
    expect(coded('- **Vitamin D (25-OH):** "24" ng/mL (Insufficient: 30 - 100 ng/mL)')).toEqual([['vitamin-d', 24, 'ng/mL', 30, 100, 'low']]);
    expect(coded('- **Vitamin D:** “24” ng/mL (Insufficient: 30 - 100 ng/mL)')).toEqual([['vitamin-d', 24, 'ng/mL', 30, 100, 'low']]);
  });

  it('prose after the closing parenthesis does not lose the row', () => {
    const row = ['ferritin', 9, 'ng/mL', 15, 150, 'low'];
    expect(coded('- **Ferritin:** 9 ng/mL (Below the normal range: 15 - 150 ng/mL) - this fits with the low hemoglobin.')).toEqual([row]);
    expect(coded('- **Ferritin:** 9 ng/mL (Below the normal range: 15 - 150 ng/mL), which fits with the low hemoglobin.')).toEqual([row]);
    expect(coded('- **Ferritin:** 9 ng/mL (15 - 150 ng/mL), which fits with the low hemoglobin.')).toEqual([row]);
  });

  it('guards: a tier or a risk whose bounds hold the value is kept as printed (no bounds, no flag)', () => {
    expect(codedWithRangeText('Total Cholesterol: 221 mg/dL (Borderline high: 200 - 239 mg/dL)'))
      .toEqual([['total-cholesterol', 221, 'mg/dL', 'Borderline high: 200 - 239 mg/dL', null, null, null]]);
    expect(coded('Glucose: 110 mg/dL (Prediabetes: 100 - 125 mg/dL)')).toEqual([['glucose', 110, 'mg/dL', null, null, null]]);
    expect(coded('Glucose: 140 mg/dL (Diabetes: >= 126 mg/dL)')).toEqual([['glucose', 140, 'mg/dL', null, null, null]]);
    expect(coded('Vitamin D: 24 ng/mL (Insufficient: 20 - 29 ng/mL)')).toEqual([['vitamin-d', 24, 'ng/mL', null, null, null]]);
  });

  it('guards: a population, a condition or an earlier result is no status; a label without bounds gives no bounds', () => {
    // (fixr) A population's one interval is the range (the lead's decision), its flag the range's: no status.
    expect(codedWithRangeText('Hemoglobin: 13.1 g/dL (Female adult: 12.0 - 15.5 g/dL)')[0]!.slice(4)).toEqual([12, 15.5, 'normal']);
    expect(codedWithRangeText('Hemoglobina: 13.1 g/dL (Mujeres: 12.0 - 15.5 g/dL)')[0]!.slice(4)).toEqual([12, 15.5, 'normal']);
    expect(coded('Glucose: 95 mg/dL (Previous: 70 - 99 mg/dL)').flatMap((r) => r.slice(3, 5))).toEqual([null, null]);
    expect(codedWithRangeText('Triglycerides: 150 mg/dL (Non-fasting: <175 mg/dL)')[0]!.slice(3, 6)).toEqual(['Non-fasting: <175 mg/dL', null, null]);
    expect(codedWithRangeText('Progesterone: 12 ng/mL (Luteal phase: 1.8 - 23.9 ng/mL)')[0]!.slice(4)).toEqual([1.8, 23.9, 'normal']);
    expect(coded('Glucose: 88 mg/dL (Normal: see comment)').flatMap((r) => r.slice(3, 5)).every((b) => b === null)).toBe(true);
    expect(coded('Glucose: 88 mg/dL (Dans la norme)').flatMap((r) => r.slice(3, 5)).every((b) => b === null)).toBe(true);
  });

  it('guards: a tier table in prose is a reference sentence, no row', () => {
    expect(coded('The HbA1c reference: normal below 5.7 %, prediabetes 5.7 - 6.4 %, diabetes 6.5 % or more.')).toEqual([]);
  });
});

describe('b66r2: words before a bracketed range on the bullet line under a heading row', () => {
  it.each([
    [['### Total Cholesterol: 221 mg/dL', '', '* Borderline high (desirable: < 200 mg/dL)'], ['total-cholesterol', 221, 'mg/dL', null, 200, 'high']],
    [['### LDL Cholesterol: "148"', '', '* Above optimal (< 100 mg/dL)'], ['ldl-cholesterol', 148, 'mg/dL', null, 100, 'high']],
    [['### Potasio: 5,6 mmol/L', '', '* Ligeramente por encima del rango (3,5 - 5,1 mmol/L)'], ['potassium', 5.6, 'mmol/L', 3.5, 5.1, 'high']],
    [['### Cholestérol LDL : « 1,85 » g/L', '', '- Au-dessus de l\'objectif (< 1,60 g/L)'], ['ldl-cholesterol', 1.85, 'g/L', null, 1.6, 'high']],
    [['### Vitamine B12 : "245"', '', '- Dans la norme (187 - 883 pg/mL)'], ['vitamin-b12', 245, 'pg/mL', 187, 883, 'normal']],
    [['### Ferritin: 9 ng/mL', '* Low (15 - 150 ng/mL)'], ['ferritin', 9, 'ng/mL', 15, 150, 'low']],
  ])('the row\'s range, its unit where it has none, the flag from the words or the range: %j', (text, row) => {
    expect(coded(lines(...text))).toEqual([row]);
  });

  it('the range\'s text is the bounds, the target\'s label not kept', () => {
    expect(codedWithRangeText(lines('### Total Cholesterol: 221 mg/dL', '', '* Borderline high (desirable: < 200 mg/dL)'))[0]![3]).toBe('< 200 mg/dL');
  });

  it('guards: a target alone under a section heading reads no row, nor any invented row', () => {
    expect(coded(lines('## Lipids', '', '* Optimal (< 100 mg/dL)'))).toEqual([]);
    expect(coded(lines('## Lípidos', '', '- Por encima de lo recomendado (< 130 mg/dL)'))).toEqual([]);
  });

  it('guards: words and no bounds, a bracket with a unit not the row\'s, a sentence: no range', () => {
    expect(coded(lines('### Potassium: 4.0 mmol/L', '* Check again (see note)'))).toEqual([['potassium', 4, 'mmol/L', null, null, null]]);
    expect(coded(lines('### Potassium: 4.0 mmol/L', '* Repeat the test (in 3 - 5 days)'))).toEqual([['potassium', 4, 'mmol/L', null, null, null]]);
    expect(coded(lines('### Potassium: 4.0 mmol/L', '* Normal (4000 - 11000 cumm)'))).toEqual([['potassium', 4, 'mmol/L', null, null, null]]);
  });

  it('guards: not onto a row that has its range, nor across a heading', () => {
    expect(coded(lines('### Potassium: 4.0 mmol/L (3.6 - 5.0)', '* Normal (3.5 - 5.1 mmol/L)'))).toEqual([['potassium', 4, 'mmol/L', 3.6, 5, 'normal']]);
    expect(coded(lines('### Potassium: 4.0 mmol/L', '', '### Notes', '* Normal (3.5 - 5.1 mmol/L)'))).toEqual([['potassium', 4, 'mmol/L', null, null, null]]);
  });
});
