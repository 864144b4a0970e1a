import { coded, codedWithRangeText } from '../../testing/reader.js';

/*
 * (mend3, the cr2 review) Status words said of a range in an answer's parenthesis or on the bullet under a heading row
 * give way to the bounds where the two disagree, as a status in words does everywhere else in the reader (flags.ts
 * phraseGivesWay): `Normal (70 - 99)` names the normal range, it does not say the value is in it. And a zone named
 * abnormal, critical or a panic is where the trouble starts, never the row's reference range. Expected answers from the
 * printed numbers: a value above the printed normal range is high, below it low. Every line here is made up.
 */

const lines = (...l: string[]) => l.join('\n');

describe('mend3: a status said of a range gives way to its bounds', () => {
  it.each([
    ['- **Glucose:** 150 mg/dL (Dans la norme : 70 - 99 mg/dL)', ['glucose', 150, 'mg/dL', '70 - 99 mg/dL', 70, 99, 'high']],
    ['- **Glucose:** 150 mg/dL (En rango: 70 - 99 mg/dL)', ['glucose', 150, 'mg/dL', '70 - 99 mg/dL', 70, 99, 'high']],
    ['- **Glucose:** 150 mg/dL (Within normal range: 70 - 99 mg/dL)', ['glucose', 150, 'mg/dL', '70 - 99 mg/dL', 70, 99, 'high']],
    ['*   **Hemoglobina:** 10.1 g/dL (Dentro del rango normal: 12.0 - 16.0 g/dL)', ['hemoglobin', 10.1, 'g/dL', '12.0 - 16.0 g/dL', 12, 16, 'low']],
    ['- **Ferritin:** 80 ng/mL (Below the normal range: 15 - 150 ng/mL)', ['ferritin', 80, 'ng/mL', '15 - 150 ng/mL', 15, 150, 'normal']],
  ])('in the parenthesis after the value: %s', (line, row) => {
    expect(codedWithRangeText(line)).toEqual([row]);
  });

  it('on the bullet under a heading row', () => {
    expect(coded(lines('### Glucose: 150 mg/dL', '* Normal (70 - 99 mg/dL)'))).toEqual([['glucose', 150, 'mg/dL', 70, 99, 'high']]);
    expect(coded(lines('### Hemoglobin: 10 g/dL', '* Within normal range (12.0 - 16.0 g/dL)'))).toEqual([['hemoglobin', 10, 'g/dL', 12, 16, 'low']]);
    expect(coded(lines('### Vitamin B12: 100 pg/mL', '- Dans la norme (187 - 883 pg/mL)'))).toEqual([['vitamin-b12', 100, 'pg/mL', 187, 883, 'low']]);
  });

  it('where status and bounds agree nothing changes', () => {
    expect(coded('- **Sodium :** 148 mmol/L (Au-dessus de la normale : 135 - 145 mmol/L)')).toEqual([['sodium', 148, 'mmol/L', 135, 145, 'high']]);
    expect(coded(lines('### Hemoglobin (Hb): 12.9', '* Within normal range (12.0 - 16.0 g/dL)'))).toEqual([['hemoglobin', 12.9, 'g/dL', 12, 16, 'normal']]);
  });
});

describe('mend3: an abnormal, critical or panic zone is no reference range', () => {
  it.each([
    ['- **Sodium:** 140 mmol/L (Abnormal: > 145 mmol/L)', 'Abnormal: > 145 mmol/L'],
    ['- **Sodium:** 140 mmol/L (Out of range: > 145 mmol/L)', 'Out of range: > 145 mmol/L'],
    ['- **Potassium:** 4.0 mmol/L (Critical: < 2.5 mmol/L)', 'Critical: < 2.5 mmol/L'],
    ['Potassium: 4.0 mmol/L (Critical value: < 2.5 mmol/L)', 'Critical value: < 2.5 mmol/L'],
    ['- **Potassium:** 5.9 mmol/L (Panic: > 6.5 mmol/L)', 'Panic: > 6.5 mmol/L'],
    ['- **Kalium:** 5,9 mmol/l (Kritisch: > 6,5 mmol/l)', 'Kritisch: > 6,5 mmol/l'],
  ])('%s: the text kept, no bounds, no flag', (line, text) => {
    const rows = codedWithRangeText(line);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.slice(3)).toEqual([text, null, null, null]);
  });

  it('a critical zone on the bullet under a heading row gives the row no range and no flag', () => {
    expect(coded(lines('### Potassium: 4.0 mmol/L', '* Critical (< 2.5 mmol/L)'))).toEqual([['potassium', 4, 'mmol/L', null, null, null]]);
  });
});

describe('mend3: a urine section opens at a urinalysis heading, not at any line naming urine', () => {
  const keys = (text: string) => coded(text).map((r) => r[0]);

  it.each([
    [['Infection urinaire', 'Hématies 4,5 T/L', 'Leucocytes 12,5 G/L'], ['red-blood-cell-count', 'white-blood-cell-count']],
    [['Protéines urinaires', 'Hématies 4,5 T/L'], ['red-blood-cell-count']],
    [['BIOCHIMIE SANGUINE ET URINAIRE', 'Glucose 5,2 mmol/L 4,1 - 5,9'], ['glucose']],
    [['Eas Diagnostics Laboratory', 'Hemoglobina 14,2 g/dL 12,0 - 16,0'], ['hemoglobin']],
  ])('%j reads blood', (text, want) => {
    expect(keys(lines(...text))).toEqual(want);
  });

  it.each([
    [["Analyse d'urines", 'Hématies 25 /mm3 < 10'], ['erythrocytes-in-urine']],
    [['Examen des urines', 'Hématies 25 /mm3 < 10'], ['erythrocytes-in-urine']],
    [['EAS - Urina tipo I', 'Hemácias 2 p/c'], ['erythrocytes-in-urine']],
  ])('%j reads urine', (text, want) => {
    expect(keys(lines(...text))).toEqual(want);
  });
});

describe('mend3: against the bound where an abnormal zone starts (mend2), the value decides too', () => {
  it('in the zone its side, short of it normal; no bounds stored either way', () => {
    expect(coded('Triglycerides: 180 mg/dL (Above normal range: > 150 mg/dL)')).toEqual([['triglycerides', 180, 'mg/dL', null, null, 'high']]);
    expect(coded('Triglycerides: 120 mg/dL (Above normal range: > 150 mg/dL)')).toEqual([['triglycerides', 120, 'mg/dL', null, null, 'normal']]);
    expect(coded(lines('### Triglycerides: 180 mg/dL', '* Above normal range (> 150 mg/dL)'))).toEqual([['triglycerides', 180, 'mg/dL', null, null, 'high']]);
    expect(coded(lines('### Vitamin D: 45 ng/mL', '* Below normal range (< 30 ng/mL)'))).toEqual([['vitamin-d', 45, 'ng/mL', null, null, 'normal']]);
  });
});

describe('cr2 leftovers: a label word is a whole word; German hoch and niedrig are flags', () => {
  it('(Normale: …) and (Normales: …) are a status label, not `Normal` and a letter', () => {
    expect(codedWithRangeText('Glucosio: 150 mg/dL (Normale: 70 - 110)')).toEqual([['glucose', 150, 'mg/dL', '70 - 110', 70, 110, 'high']]);
    expect(codedWithRangeText('Glucosa: 90 mg/dL (Normales: 70 - 110)')).toEqual([['glucose', 90, 'mg/dL', '70 - 110', 70, 110, 'normal']]);
    expect(codedWithRangeText('Glucose: 90 mg/dL (Ref.: 70 - 110)')).toEqual([['glucose', 90, 'mg/dL', '70 - 110', 70, 110, 'normal']]);
    expect(codedWithRangeText('Glucose: 90 mg/dL (N: 70 - 110)')).toEqual([['glucose', 90, 'mg/dL', '70 - 110', 70, 110, 'normal']]);
  });

  it('hoch and niedrig after a range or before it are the row\'s flag, not range text', () => {
    expect(codedWithRangeText('Kalium 5,4 mmol/l 3,5 - 5,1 (hoch)')).toEqual([['potassium', 5.4, 'mmol/L', '3,5 - 5,1', 3.5, 5.1, 'high']]);
    expect(codedWithRangeText('Natrium 131 mmol/l 135 - 145 (niedrig)')).toEqual([['sodium', 131, 'mmol/L', '135 - 145', 135, 145, 'low']]);
    expect(codedWithRangeText('Kalium 5,4 mmol/l hoch 3,5 - 5,1')).toEqual([['potassium', 5.4, 'mmol/L', '3,5 - 5,1', 3.5, 5.1, 'high']]);
  });

  it('guard: hochsensitiv stays the hs-CRP\'s name', () => {
    expect(coded('CRP hochsensitiv 0,8 mg/l < 5')).toEqual([['hs-crp', 0.8, 'mg/L', null, 5, 'normal']]);
  });
});
