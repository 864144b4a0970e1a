import { coded } from '../../testing/reader.js';

/*
 * (cards) Cards — a name on its own line, its value and its range on lines under it (patient portals: Epic MyChart, the
 * NHS App) — that a made-up probe of portal copies found read wrong:
 * 1. The NHS App's (and a GP record's) value label `Test result:` (and `Test value:`, `Result value:`, `Your test
 *    result:`) was read as the name of a result (`?Test result`), the card's name lost; `Result:` read right. The same
 *    words heading a Markdown or CSV table's value column read no row.
 * 2. A consumer lab's `Standard:` (or `Lab range:`) line under a card's value, the laboratory's range beside an
 *    optimal one, was lost (`Standard range:` read right). An optimal range is never the lab's range.
 * 3. `Previous: 102 mg/dL (Sep 2024)`, `Last result:`, `Prior:` under a card became a row of its own (`?Previous`), or
 *    the value of the name above it: a previous result is no row and never the row's value.
 * 4. MyChart's phone app prints the range bar's labels (the range's bounds, one a line) between the range and the
 *    `Value` label: the low bound was taken for the value (a silently wrong value).
 * Every expected row is written from the printed lines (made-up lines), not from the reader's output.
 */

const lines = (...l: string[]) => l.join('\n');

describe('cards 1: the value labels `Test result:`, `Test value:`, `Result value:`', () => {
  it('the NHS App\'s card: the name above, `Test result:` the value, `Normal range:` the range', () => {
    expect(coded(lines('Serum testosterone', 'Test result: 9.8 nmol/L', 'Normal range: 8.64 to 29.0')))
      .toEqual([['testosterone', 9.8, 'nmol/L', 8.64, 29, 'normal']]);
  });

  it('several NHS cards, one with the status line under its range', () => {
    expect(coded(lines(
      'Test results from 12 March 2025',
      'Requested by: Dr A Example, Example Surgery',
      '',
      'Sex hormone binding globulin',
      'Test result: 42 nmol/L',
      'Normal range: 18.3 to 54.1',
      '',
      'Calculated free testosterone',
      'Test result: 0.171 nmol/L',
      'Normal range: 0.198 to 0.619',
      'Below normal range',
      '',
      'Serum TSH level',
      'Test result: 1.9 mU/L',
      'Normal range: 0.27 to 4.2',
      '',
      'Haematocrit',
      'Test result: 0.47 L/L',
      'Normal range: 0.40 to 0.50',
    ))).toEqual([
      ['shbg', 42, 'nmol/L', 18.3, 54.1, 'normal'],
      ['testosterone-free', 0.171, 'nmol/L', 0.198, 0.619, 'low'],
      ['thyroid-stimulating-hormone', 1.9, 'mU/L', 0.27, 4.2, 'normal'],
      ['hematocrit', 0.47, 'L/L', 0.4, 0.5, 'normal'],
    ]);
  });

  it('`Test value:`, `Result value:`, `Your test result:` and `Test result` alone over its value', () => {
    const sodium = [['sodium', 140, 'mmol/L', 135, 145, 'normal']];
    expect(coded(lines('Sodium', 'Test value: 140 mmol/L', 'Reference range: 135 - 145'))).toEqual(sodium);
    expect(coded(lines('Sodium', 'Result value: 140 mmol/L', 'Reference range: 135 - 145'))).toEqual(sodium);
    expect(coded(lines('Sodium', 'Your test result: 140 mmol/L', 'Reference range: 135 - 145'))).toEqual(sodium);
    expect(coded(lines('Sodium', 'Test result', '140 mmol/L', 'Reference range: 135 - 145'))).toEqual(sodium);
  });

  it('`Test result` heading a table\'s value column (Markdown, CSV) is the value column, as `Result` is', () => {
    expect(coded(lines('| Test | Test result | Units | Reference range |', '|---|---|---|---|', '| Sodium | 140 | mmol/L | 135 - 145 |')))
      .toEqual([['sodium', 140, 'mmol/L', 135, 145, 'normal']]);
    expect(coded(lines('Test name,Test result,Units,Normal range', 'Sodium,140,mmol/L,135-145', 'Potassium,4.1,mmol/L,3.5-5.1')))
      .toEqual([['sodium', 140, 'mmol/L', 135, 145, 'normal'], ['potassium', 4.1, 'mmol/L', 3.5, 5.1, 'normal']]);
  });

  it('a worded answer after `Test result:` is read as after `Result:`', () => {
    expect(coded(lines('Hepatitis B surface antigen', 'Test result: Negative')))
      .toEqual(coded(lines('Hepatitis B surface antigen', 'Result: Negative')));
    expect(coded(lines('Hepatitis B surface antigen', 'Test result: Negative'))[0]![0]).toBe('hepatitis-b-surface-antigen');
    expect(coded(lines('Glucose, urine', 'Test result: Negative', 'Normal range: Negative')))
      .toEqual(coded(lines('Glucose, urine', 'Result: Negative', 'Normal range: Negative')));
    expect(coded(lines('Urine protein', 'Test result: Normal'))).toEqual(coded(lines('Urine protein', 'Result: Normal')));
  });

  it('negatives: `Result:` cards as before; `Test result` as a column header; a `Test result:` line with no value', () => {
    expect(coded(lines('Serum testosterone', 'Result: 9.8 nmol/L', 'Normal range: 8.64 to 29.0')))
      .toEqual([['testosterone', 9.8, 'nmol/L', 8.64, 29, 'normal']]);
    expect(coded(lines('Serum testosterone', 'Result', '9.8 nmol/L', 'Normal range: 8.64 to 29.0')))
      .toEqual([['testosterone', 9.8, 'nmol/L', 8.64, 29, 'normal']]);
    expect(coded(lines(
      'Test                 Test result   Units    Reference range',
      'Sodium               140           mmol/L   135 - 145',
      'Potassium            4.1           mmol/L   3.5 - 5.1',
    ))).toEqual([['sodium', 140, 'mmol/L', 135, 145, 'normal'], ['potassium', 4.1, 'mmol/L', 3.5, 5.1, 'normal']]);
    expect(coded(lines('Test  Test result  Units  Reference range', 'Sodium  140  mmol/L  135 - 145')))
      .toEqual([['sodium', 140, 'mmol/L', 135, 145, 'normal']]);
    expect(coded(lines('Test Result            Units      Reference Range', 'Glucose   96           mg/dL      70-99')))
      .toEqual([['glucose', 96, 'mg/dL', 70, 99, 'normal']]);
    // `Test result` alone over a column of values, two names above it: a column's header, not the card label of the
    // name over it (MCV is not 14.2).
    expect(coded(lines('Hemoglobin', 'MCV', 'Test result', '14.2 g/dL', '91 fL'))).not.toContainEqual(['mean-corpuscular-volume', 14.2, 'g/dL', null, null, null]);
    expect(coded(lines('Test result', 'Sodium  140 mmol/L  135 - 145', 'Potassium  4.1 mmol/L  3.5 - 5.1')))
      .toEqual([['sodium', 140, 'mmol/L', 135, 145, 'normal'], ['potassium', 4.1, 'mmol/L', 3.5, 5.1, 'normal']]);
    expect(coded(lines('Test result: Final', 'Glucose 96 mg/dL'))).toEqual([['glucose', 96, 'mg/dL', null, null, null]]);
    expect(coded(lines('Test results: 12 March 2025', 'Glucose 96 mg/dL'))).toEqual([['glucose', 96, 'mg/dL', null, null, null]]);
  });
});

describe('cards 2: `Standard:` (no word `range`) under a card\'s value', () => {
  const shbg = [['shbg', 44, 'nmol/L', 10, 50, 'normal']];

  it('`Standard:` and `Lab range:` are the laboratory\'s range', () => {
    expect(coded(lines('SHBG', '44 nmol/L', 'Standard: 10 - 50 nmol/L'))).toEqual(shbg);
    expect(coded(lines('SHBG', '44 nmol/L', 'Lab range: 10 - 50 nmol/L'))).toEqual(shbg);
  });

  it('beside an optimal range, before or after it, with the card\'s status line', () => {
    expect(coded(lines('Sex Hormone Binding Globulin', 'In Range', '44 nmol/L', 'Optimal: 20 - 40 nmol/L', 'Standard: 10 - 50 nmol/L'))).toEqual(shbg);
    expect(coded(lines('SHBG', '44 nmol/L', 'Standard: 10 - 50 nmol/L', 'Optimal: 20 - 40 nmol/L'))).toEqual(shbg);
  });

  it('negatives: an optimal range alone is never the lab\'s; `Standard range:` as before; `Standard:` with no range', () => {
    expect(coded(lines('SHBG', '44 nmol/L', 'Optimal: 20 - 40 nmol/L'))).toEqual([['shbg', 44, 'nmol/L', null, null, null]]);
    expect(coded(lines('SHBG', '44 nmol/L', 'Optimal range: 20 - 40 nmol/L'))).toEqual([['shbg', 44, 'nmol/L', null, null, null]]);
    expect(coded(lines('SHBG', '44 nmol/L', 'Standard range: 10 - 50 nmol/L'))).toEqual(shbg);
    expect(coded(lines('SHBG', '44 nmol/L', 'Standard: WHO 2nd IS 80/552'))).toEqual([['shbg', 44, 'nmol/L', null, null, null]]);
  });
});

describe('cards 3: a previous result under a card', () => {
  const apoB = [['apolipoprotein-b', 96, 'mg/dL', null, 90, 'high']];

  it('`Previous:`, `Last result:`, `Prior:`, `Previous result:`, `Previous value:` are no rows', () => {
    expect(coded(lines('Apolipoprotein B (ApoB)', 'Above Range', '96 mg/dL', 'Optimal range: < 80 mg/dL', 'Standard range: < 90 mg/dL',
      'Previous: 102 mg/dL (Sep 2024)'))).toEqual(apoB);
    expect(coded(lines('Apolipoprotein B', '96 mg/dL', 'Standard range: < 90 mg/dL', 'Last result: 102 mg/dL (Sep 2024)'))).toEqual(apoB);
    expect(coded(lines('Apolipoprotein B', '96 mg/dL', 'Standard range: < 90 mg/dL', 'Prior: 102 mg/dL'))).toEqual(apoB);
    expect(coded(lines('Apolipoprotein B', '96 mg/dL', 'Standard range: < 90 mg/dL', 'Previous result: 102 mg/dL on 03/09/2024'))).toEqual(apoB);
    expect(coded(lines('Apolipoprotein B', '96 mg/dL', 'Previous: 102 mg/dL'))).toEqual([['apolipoprotein-b', 96, 'mg/dL', null, null, null]]);
    expect(coded(lines('Glucose', 'Value: 96 mg/dL', 'Previous value: 102 mg/dL', 'Reference range: 70 - 99')))
      .toEqual([['glucose', 96, 'mg/dL', 70, 99, 'normal']]);
  });

  it('a previous result printed between the name and its value is not the value', () => {
    expect(coded(lines('Apolipoprotein B', 'Previous: 102 mg/dL', '96 mg/dL', 'Standard range: < 90 mg/dL'))).toEqual(apoB);
  });

  it('the next card after a previous line is read', () => {
    expect(coded(lines('Apolipoprotein B', '96 mg/dL', 'Standard range: < 90 mg/dL', 'Previous: 102 mg/dL (Sep 2024)', '',
      'LDL Cholesterol', '88 mg/dL', 'Standard range: 0 - 99 mg/dL')))
      .toEqual([...apoB, ['ldl-cholesterol', 88, 'mg/dL', 0, 99, 'normal']]);
  });

  it('negatives: a Previous column; a `Last …:` line that is no result', () => {
    expect(coded(lines('Test      Result    Previous   Range', 'Glucose   96        102        70-99')))
      .toEqual([['glucose', 96, null, 70, 99, 'normal']]);
    expect(coded(lines('Glucose', '96 mg/dL', 'Reference range: 70 - 99', 'Last menstrual period: 03/01/2025')))
      .toEqual([['glucose', 96, 'mg/dL', 70, 99, 'normal']]);
  });
});

describe('cards 4: MyChart\'s range bar labels between the range and the value', () => {
  const creatinine = [['creatinine', 1.31, 'mg/dL', 0.76, 1.27, 'high']];

  it('the bounds one a line, then `Value`, then the value', () => {
    expect(coded(lines('Creatinine', 'Normal range: 0.76 - 1.27 mg/dL', '0.76', '1.27', 'Value', '1.31', 'High'))).toEqual(creatinine);
    expect(coded(lines('Creatinine', 'Normal range: 0.76 - 1.27 mg/dL', '0.76', '1.27', 'Value', '1.31'))).toEqual(creatinine);
    expect(coded(lines('Creatinine', 'Standard range: 0.76 - 1.27 mg/dL', '0.76', '1.27', 'Value', '1.31'))).toEqual(creatinine);
  });

  it('among other MyChart blocks', () => {
    expect(coded(lines(
      'Glucose', 'Normal range: 65 - 99 mg/dL', 'Value', '104', 'High', '',
      'Creatinine', 'Normal range: 0.76 - 1.27 mg/dL', '0.76', '1.27', 'Value', '1.31', 'High', '',
      'Sodium', 'Normal range: 134 - 144 mmol/L', 'Value', '140',
    ))).toEqual([['glucose', 104, 'mg/dL', 65, 99, 'high'], ...creatinine, ['sodium', 140, 'mmol/L', 134, 144, 'normal']]);
  });

  it('negatives: a value that is one of its bounds stays the value', () => {
    const atLow = [['creatinine', 0.76, 'mg/dL', 0.76, 1.27, 'normal']];
    expect(coded(lines('Creatinine', 'Normal range: 0.76 - 1.27 mg/dL', 'Value', '0.76'))).toEqual(atLow);
    expect(coded(lines('Creatinine', 'Normal range: 0.76 - 1.27 mg/dL', '0.76', '1.27', 'Value', '0.76'))).toEqual(atLow);
    expect(coded(lines('Creatinine', 'Normal range: 0.76 - 1.27 mg/dL', '0.76'))).toEqual(atLow);
    expect(coded(lines('Creatinine', 'Normal range: 0.76 - 1.27 mg/dL', 'Value', '1.27')))
      .toEqual([['creatinine', 1.27, 'mg/dL', 0.76, 1.27, 'normal']]);
    expect(coded(lines('Creatinine', 'Normal range: 0.76 - 1.27 mg/dL', '0.76    1.27', 'Value', '1.31', 'High'))).toEqual(creatinine);
  });
});

describe('cards review: `Test Result(s)` heading the first column, or beside another value column', () => {
  const sodiumGlucose = [['sodium', 140, 'mmol/L', 135, 145, 'normal'], ['glucose', 88, 'mg/dL', 70, 99, 'normal']];

  it('the first column headed `Test Results` or `Test Result` is the name column (Markdown, CSV, HTML)', () => {
    expect(coded(lines('| Test Results | Value | Units | Reference |', '|---|---|---|---|', '| Sodium | 140 | mmol/L | 135-145 |', '| Glucose | 88 | mg/dL | 70-99 |')))
      .toEqual(sodiumGlucose);
    expect(coded(lines('Test Results,Result,Units,Reference Range', 'Sodium,140,mmol/L,135-145', 'Glucose,88,mg/dL,70-99'))).toEqual(sodiumGlucose);
    expect(coded(lines('<table><tr><th>Test Results</th><th>Value</th><th>Units</th><th>Reference Range</th></tr>',
      '<tr><td>Sodium</td><td>140</td><td>mmol/L</td><td>135-145</td></tr>',
      '<tr><td>Glucose</td><td>88</td><td>mg/dL</td><td>70-99</td></tr></table>'))).toEqual(sodiumGlucose);
    expect(coded(lines('| Test Result | Result | Units | Range |', '|---|---|---|---|', '| Sodium | 140 | mmol/L | 135-145 |', '| Glucose | 88 | mg/dL | 70-99 |')))
      .toEqual(sodiumGlucose);
  });

  it('`Test Value` beside a `Result` column is another column: the value is the `Result` column\'s', () => {
    expect(coded(lines('| Test | Result | Test Value | Units | Range |', '|---|---|---|---|---|', '| Glucose | 96 | 5.3 | mg/dL | 70-99 |')))
      .toEqual([['glucose', 96, 'mg/dL', 70, 99, 'normal']]);
  });

  it('negatives: `Test Result` as the only value column, and a fixed-width `Test Result` header, as before', () => {
    expect(coded(lines('| Test Name | Test Result | Units | Normal Range |', '|---|---|---|---|', '| Ferritin | 22 | ng/mL | 30-400 |')))
      .toEqual([['ferritin', 22, 'ng/mL', 30, 400, 'low']]);
    expect(coded(lines('TEST RESULTS           RESULT     FLAG   UNITS     REFERENCE INTERVAL', 'Glucose                104        H      mg/dL     65-99')))
      .toEqual([['glucose', 104, 'mg/dL', 65, 99, 'high']]);
    expect(coded(lines('Test Result Units Reference Range', 'Glucose 96 mg/dL 70-99'))).toEqual([['glucose', 96, 'mg/dL', 70, 99, 'normal']]);
  });
});

describe('cards review: one number under a range, then a labelled line', () => {
  it('one bound alone, then `Result:` with no number: the number is the value, no range bar label', () => {
    expect(coded(lines('Vitamin D', 'Reference range: 30 - 100 ng/mL', '30', 'Result: Low-normal')))
      .toEqual([['vitamin-d', 30, 'ng/mL', 30, 100, 'normal']]);
  });

  it('negatives: one bound then `Value` alone or `Value:` with the value, still a bar\'s label', () => {
    expect(coded(lines('Hemoglobin', 'Normal range: 13.2 - 17.1 g/dL', '13.2', 'Value', '12.9')))
      .toEqual([['hemoglobin', 12.9, 'g/dL', 13.2, 17.1, 'low']]);
  });
});

describe('cards review: previous-result lines in other languages', () => {
  it('French `Antériorité`, Dutch `Vorige uitslag`, Italian `Valore precedente`, Spanish `Resultado(s) anterior(es)` are no rows', () => {
    expect(coded(lines('Ferritine', 'Résultat : 85 µg/L', 'Antériorité : 70 µg/L (12/01/2024)', 'Valeurs de référence : 30 - 400')))
      .toEqual([['ferritin', 85, 'ug/L', 30, 400, 'normal']]);
    expect(coded(lines('Ferritin', 'Result: 85 ug/L', 'Vorige uitslag: 70 ug/L', 'Reference range: 30 - 400')))
      .toEqual([['ferritin', 85, 'ug/L', 30, 400, 'normal']]);
    expect(coded(lines('Ferritina', 'Risultato: 85 ng/mL', 'Valore precedente: 70 ng/mL', 'Valori di riferimento: 30 - 400')))
      .toEqual([['ferritin', 85, 'ng/mL', 30, 400, 'normal']]);
    expect(coded(lines('Glucosa', 'Resultado: 96 mg/dL', 'Resultados anteriores: 102 mg/dL', 'Valores de referencia: 70 - 110')))
      .toEqual([['glucose', 96, 'mg/dL', 70, 110, 'normal']]);
    expect(coded(lines('Glucosa', 'Resultado: 96 mg/dL', 'Resultado anterior: 102 mg/dL', 'Valores de referencia: 70 - 110')))
      .toEqual([['glucose', 96, 'mg/dL', 70, 110, 'normal']]);
  });
});
