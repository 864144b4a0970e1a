import { catalog, coded } from '../../testing/reader.js';

/*
 * (rangelabels) A reference range named by its label in the report's language — inside the result's parentheses or
 * brackets (`(VR: 0,70 - 1,10 g/L)`), on a labelled line of its own under the result (`Valor de referência: 22 a 322
 * ng/mL`) — and a footer line listing several tests' ranges (`T3 : 60-200 ng/dL   T4 : 4.5-12 ug/dL   TSH : 0.3-5.5
 * uIU/mL`). Every expected row below is written from the printed lines (made up), not from the reader's output.
 */

const lines = (...l: string[]) => l.join('\n');

describe('rangelabels: a range\'s label inside its parentheses or brackets', () => {
  it('the Spanish, Portuguese, French, German, Italian and English labels are no part of the range', () => {
    expect(coded('Glucemia  0,95 g/L  (VR: 0,70 - 1,10 g/L)')).toEqual([['glucose', 0.95, 'g/L', 0.7, 1.1, 'normal']]);
    expect(coded('Glucemia  0,95 g/L  (VR 0,70 - 1,10)')).toEqual([['glucose', 0.95, 'g/L', 0.7, 1.1, 'normal']]);
    expect(coded('Glicose  104 mg/dL  (Valor de referência: 70 a 99 mg/dL)')).toEqual([['glucose', 104, 'mg/dL', 70, 99, 'high']]);
    expect(coded('Glucosa  104 mg/dL  (Valores de referencia: 70 - 99)')).toEqual([['glucose', 104, 'mg/dL', 70, 99, 'high']]);
    expect(coded('Glucosa  104 mg/dL  (Intervalo de referencia: 70 - 99)')).toEqual([['glucose', 104, 'mg/dL', 70, 99, 'high']]);
    expect(coded('Glucosa  104 mg/dL  (V.R.: 70 - 99)')).toEqual([['glucose', 104, 'mg/dL', 70, 99, 'high']]);
    expect(coded('Glucosa  104 mg/dL  (VN: 70 - 99)')).toEqual([['glucose', 104, 'mg/dL', 70, 99, 'high']]);
    expect(coded('Glucosa  104 mg/dL  (Rango: 70 - 99)')).toEqual([['glucose', 104, 'mg/dL', 70, 99, 'high']]);
    expect(coded('Ferritine  412 µg/L  [Valeurs de référence : 30 - 400]')).toEqual([['ferritin', 412, 'ug/L', 30, 400, 'high']]);
    expect(coded('Ferritine  412 µg/L  (Référence: 30 - 400)')).toEqual([['ferritin', 412, 'ug/L', 30, 400, 'high']]);
    expect(coded('Ferritin  412 ng/mL  (Referenzbereich: 30 - 400)')).toEqual([['ferritin', 412, 'ng/mL', 30, 400, 'high']]);
    expect(coded('Ferritin  412 ng/mL  (Norm: 30 - 400)')).toEqual([['ferritin', 412, 'ng/mL', 30, 400, 'high']]);
    expect(coded('Ferritina  412 ng/mL  (Valori di riferimento: 30 - 400)')).toEqual([['ferritin', 412, 'ng/mL', 30, 400, 'high']]);
    expect(coded('Sodium  131 mmol/L  (Ref. 135 - 145)')).toEqual([['sodium', 131, 'mmol/L', 135, 145, 'low']]);
    expect(coded('Sodium  131 mmol/L  [Ref: 135 - 145]')).toEqual([['sodium', 131, 'mmol/L', 135, 145, 'low']]);
    expect(coded('TSH  6.12 uIU/mL  (N: 0.3 - 5.5)')).toEqual([['thyroid-stimulating-hormone', 6.12, 'u[IU]/mL', 0.3, 5.5, 'high']]);
    // A bound in words after the label.
    expect(coded('Colesterol total  2,35 g/L  (VR: hasta 2,00 g/L)')).toEqual([['total-cholesterol', 2.35, 'g/L', null, 2, 'high']]);
  });

  it('a report of such rows is read whole', () => {
    expect(coded(lines(
      'Glucemia ........................ 0,95 g/L         (VR: 0,70 - 1,10 g/L)',
      'Uremia .......................... 0,32 g/L         (VR: 0,15 - 0,45 g/L)',
      'Ferritina ....................... 88 ng/mL         (VR: 13 - 150)',
    ))).toEqual([
      ['glucose', 0.95, 'g/L', 0.7, 1.1, 'normal'],
      ['urea', 0.32, 'g/L', 0.15, 0.45, 'normal'],
      ['ferritin', 88, 'ng/mL', 13, 150, 'normal'],
    ]);
  });

  it('a tier\'s, a population\'s or an earlier result\'s label keeps what it labels from being the range', () => {
    // Neither `>= 126` (diabetes), `13.5 - 17.5` (men's) nor `25` (an earlier result) is the row's reference range.
    for (const text of ['Glucose  128 mg/dL  (Diabetes: >= 126)', 'Hemoglobin  13.0 g/dL  (Male: 13.5 - 17.5)', 'Ferritin  30 ng/mL  (Previous: 25)']) {
      expect(coded(text).filter((r) => r[3] !== null || r[4] !== null)).toEqual([]);
    }
    // Words with a number that are no range: not a range.
    expect(coded('Glucose  105 mg/dL  (Normal 3 months ago)').filter((r) => r[3] !== null || r[4] !== null)).toEqual([]);
  });
});

describe('rangelabels: a labelled range on its own line under the result, in the report\'s language', () => {
  it('Portuguese, Spanish, French, German and Italian labels', () => {
    expect(coded(lines('FERRITINA', 'Resultado: 412,0 ng/mL', 'Valor de referência: 22 a 322 ng/mL')))
      .toEqual([['ferritin', 412, 'ng/mL', 22, 322, 'high']]);
    expect(coded(lines('Ferritina  412,0 ng/mL', 'Valores de referencia: 22 - 322 ng/mL'))).toEqual([['ferritin', 412, 'ng/mL', 22, 322, 'high']]);
    expect(coded(lines('Ferritina  412 ng/mL', 'Intervalo de referencia: 22 - 322'))).toEqual([['ferritin', 412, 'ng/mL', 22, 322, 'high']]);
    expect(coded(lines('Ferritina  412 ng/mL', 'Referencia: 22 - 322'))).toEqual([['ferritin', 412, 'ng/mL', 22, 322, 'high']]);
    expect(coded(lines('Ferritina  412 ng/mL', 'VN: 22 - 322'))).toEqual([['ferritin', 412, 'ng/mL', 22, 322, 'high']]);
    expect(coded(lines('Ferritina  412 ng/mL', 'Rango: 22 - 322'))).toEqual([['ferritin', 412, 'ng/mL', 22, 322, 'high']]);
    expect(coded(lines('Ferritine  412 µg/L', 'Valeurs de référence : 22 - 322'))).toEqual([['ferritin', 412, 'ug/L', 22, 322, 'high']]);
    expect(coded(lines('Ferritin  412 ng/mL', 'Referenzbereich: 22 - 322'))).toEqual([['ferritin', 412, 'ng/mL', 22, 322, 'high']]);
    expect(coded(lines('Ferritin  412 ng/mL', 'Norm: 22 - 322'))).toEqual([['ferritin', 412, 'ng/mL', 22, 322, 'high']]);
    expect(coded(lines('Ferritina  412 ng/mL', 'Valori di riferimento: 22 - 322'))).toEqual([['ferritin', 412, 'ng/mL', 22, 322, 'high']]);
    expect(coded(lines('TSH - HORMÔNIO TIREOESTIMULANTE', 'Resultado: 3,85 µUI/mL', 'Valor de referência: 0,45 a 4,50 µUI/mL')))
      .toEqual([['thyroid-stimulating-hormone', 3.85, 'u[IU]/mL', 0.45, 4.5, 'normal']]);
  });

  it('a range line in another unit is not the row\'s; a condition\'s label (desirable, fasting) is no reference label here', () => {
    expect(coded(lines('Glucosa  105 mg/dL', 'Valor de referencia: 3,9 - 5,5 mmol/L'))).toEqual([['glucose', 105, 'mg/dL', null, null, null]]);
    expect(coded(lines('Glucose  105 mg/dL', 'Desirable: < 100'))).toEqual([['glucose', 105, 'mg/dL', null, null, null]]);
    expect(coded(lines('Glucose  105 mg/dL', 'Fasting: 70 - 99'))).toEqual([['glucose', 105, 'mg/dL', null, null, null]]);
  });
});

describe('rangelabels: a footer line listing several tests\' ranges', () => {
  it('each range goes to the one row of its test that has none (Thyrocare)', () => {
    expect(coded(lines(
      'TEST NAME                                TECHNOLOGY     VALUE     UNITS',
      'TOTAL TRIIODOTHYRONINE (T3)              C.L.I.A        118       ng/dL',
      'TOTAL THYROXINE (T4)                     C.L.I.A        8.4       ug/dL',
      'THYROID STIMULATING HORMONE (TSH)        C.L.I.A        6.12      uIU/mL',
      'Bio. Ref. Interval. :-',
      'T3 : 60-200 ng/dL   T4 : 4.5-12 ug/dL   TSH : 0.3-5.5 uIU/mL',
    ))).toEqual([
      ['total-t3', 118, 'ng/dL', 60, 200, 'normal'],
      ['total-t4', 8.4, 'ug/dL', 4.5, 12, 'normal'],
      ['thyroid-stimulating-hormone', 6.12, 'u[IU]/mL', 0.3, 5.5, 'high'],
    ]);
    expect(coded(lines('TSH 6.12 uIU/mL', 'Bio. Ref. Interval. :-', 'T3 : 60-200 ng/dL   T4 : 4.5-12 ug/dL   TSH : 0.3-5.5 uIU/mL')))
      .toEqual([['thyroid-stimulating-hormone', 6.12, 'u[IU]/mL', 0.3, 5.5, 'high']]);
    // A row that has a range keeps it; the other takes the footer's.
    expect(coded(lines('Glucose  105 mg/dL  70 - 99', 'Urea  30 mg/dL', 'Glucose : 70-100 mg/dL   Urea : 15-40 mg/dL'))).toEqual([
      ['glucose', 105, 'mg/dL', 70, 99, 'high'],
      ['urea', 30, 'mg/dL', 15, 40, 'normal'],
    ]);
  });

  it('not in another unit, not to a test printed twice, not to rows under the line', () => {
    expect(coded(lines('Glucose  105 mg/dL', 'Urea  30 mg/dL', 'Glucose : 3.9-5.5 mmol/L   Urea : 2.5-7.8 mmol/L'))).toEqual([
      ['glucose', 105, 'mg/dL', null, null, null],
      ['urea', 30, 'mg/dL', null, null, null],
    ]);
    expect(coded(lines('TSH  6.12 uIU/mL', 'TSH  5.90 uIU/mL', 'T4 : 4.5-12 ug/dL   TSH : 0.3-5.5 uIU/mL')).filter((r) => r[3] !== null)).toEqual([]);
    // A test named twice on the line (ranges by sex) takes neither.
    expect(coded(lines('Hemoglobin  12.1 g/dL', 'Hb : 13.5-17.5 g/dL   Hb : 12.0-15.5 g/dL'))).toEqual([['hemoglobin', 12.1, 'g/dL', null, null, null]]);
    expect(coded(lines('Glucose : 70-100 mg/dL   Urea : 15-40 mg/dL', 'Glucose  105 mg/dL', 'Urea  30 mg/dL'))).toEqual([
      ['glucose', 105, 'mg/dL', null, null, null],
      ['urea', 30, 'mg/dL', null, null, null],
    ]);
  });
});

describe('rangelabels review: a footer\'s range only where it is the row\'s own', () => {
  // Made-up lines from review 11 (expected readings written before either build ran).
  it('a fasting range is no post-prandial or random glucose\'s; a post-prandial range is the post-prandial\'s', () => {
    expect(coded(lines('Glucose PP  160 mg/dL', 'Urea  30 mg/dL', 'Glucose : 70-100 mg/dL   Urea : 15-40 mg/dL')))
      .toEqual([['glucose', 160, 'mg/dL', null, null, null], ['urea', 30, 'mg/dL', 15, 40, 'normal']]);
    expect(coded(lines('Random Blood Sugar  125 mg/dL', 'Glucose Fasting : 70-100 mg/dL   Urea : 15-40 mg/dL'))[0]).toEqual(['glucose', 125, 'mg/dL', null, null, null]);
    expect(coded(lines('Glucose PP  125 mg/dL', 'Glucose Fasting : 70-100 mg/dL   Glucose PP : 70-140 mg/dL'))[0]).toEqual(['glucose', 125, 'mg/dL', 70, 140, 'normal']);
  });
  it('a row printed with no unit takes no listed range (its number may be in another unit)', () => {
    expect(coded(lines('Creatinine  88', 'Urea  5.0', 'Creatinine : 0.6-1.2 mg/dL   Urea : 15-40 mg/dL')))
      .toEqual([['creatinine', 88, null, null, null, null], ['urea', 5, null, null, null, null]]);
  });
  it('a group\'s heading over a listed line (pregnancy, children) keeps its ranges off the rows; the adults\' line gives them', () => {
    const rows = ['TOTAL TRIIODOTHYRONINE (T3)      118   ng/dL', 'TOTAL THYROXINE (T4)             8.4   ug/dL', 'THYROID STIMULATING HORMONE (TSH)  3.10  uIU/mL'];
    const tsh = (text: string) => coded(text).find((r) => r[0] === 'thyroid-stimulating-hormone');
    expect(tsh(lines(...rows, 'Children (1-10 yrs) :', 'T3 : 90-240 ng/dL   T4 : 6.4-13.3 ug/dL   TSH : 0.7-6.4 uIU/mL')))
      .toEqual(['thyroid-stimulating-hormone', 3.1, 'u[IU]/mL', null, null, null]);
    expect(tsh(lines(...rows, 'Bio. Ref. Interval (Pregnancy, 1st trimester) :-', 'T3 : 81-190 ng/dL   T4 : 5.6-13.7 ug/dL   TSH : 0.1-2.5 uIU/mL',
      'Adults :-', 'T3 : 60-200 ng/dL   T4 : 4.5-12 ug/dL   TSH : 0.3-5.5 uIU/mL'))).toEqual(['thyroid-stimulating-hormone', 3.1, 'u[IU]/mL', 0.3, 5.5, 'normal']);
  });
});
