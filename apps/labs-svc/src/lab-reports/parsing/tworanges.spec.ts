import { coded, rowsOf } from '../../testing/reader.js';

/*
 * (tworanges) A consumer or longevity lab's export (InsideTracker, Function Health, Superpower-like printouts) prints
 * two ranges per result: an optimal range and the laboratory's standard (reference) range. Every expected row is
 * written from the printed line: the laboratory's range (`Standard`, `Reference`, `Normal`, `Lab Range`) is the
 * result's range and flags it; the optimal one (`Optimal`, `Ideal`, `Target`) is informational — the row's comment,
 * never its range. Two bare ranges, with no label or header saying which is the laboratory's, stay text with no bounds.
 */

describe('tworanges: columns of an optimal and a standard range', () => {
  it('reads the standard range column as the range under `Optimal Range   Standard Range`', () => {
    expect(coded([
      'Biomarker          Result   Unit      Optimal Range   Standard Range',
      'Glucose            101      mg/dL     72 - 86         65 - 99',
      'Ferritin           45       ng/mL     50 - 150        30 - 400',
      'Vitamin D, 25-OH   24       ng/mL     40 - 80         30 - 100',
      'ApoB               104      mg/dL     < 80            < 90',
    ].join('\n'))).toEqual([
      ['glucose', 101, 'mg/dL', 65, 99, 'high'],
      ['ferritin', 45, 'ng/mL', 30, 400, 'normal'],
      ['vitamin-d', 24, 'ng/mL', 30, 100, 'low'],
      ['apolipoprotein-b', 104, 'mg/dL', null, 90, 'high'],
    ]);
  });

  it('reads the reference range column in the other order (`Reference Range  Optimal Range`)', () => {
    expect(coded([
      'Marker        Value    Units     Reference Range   Optimal Range',
      'Glucose       101      mg/dL     65 - 99           72 - 86',
      'Ferritin      45       ng/mL     30 - 400          50 - 150',
    ].join('\n'))).toEqual([
      ['glucose', 101, 'mg/dL', 65, 99, 'high'],
      ['ferritin', 45, 'ng/mL', 30, 400, 'normal'],
    ]);
  });

  it('reads the other labels of the two columns (`Normal Range`, `Lab Range`, `Standard`; `Optimal`, `Ideal`, `Target`)', () => {
    expect(coded([
      'Test          Result   Units     Normal Range   Optimal',
      'Glucose       101      mg/dL     65 - 99        72 - 86',
    ].join('\n'))).toEqual([['glucose', 101, 'mg/dL', 65, 99, 'high']]);
    expect(coded([
      'Test          Result   Units     Ideal          Lab Range',
      'Glucose       101      mg/dL     72 - 86        65 - 99',
    ].join('\n'))).toEqual([['glucose', 101, 'mg/dL', 65, 99, 'high']]);
    expect(coded([
      'Test          Result   Units     Standard       Target',
      'Glucose       101      mg/dL     65 - 99        72 - 86',
      'Ferritin      45       ng/mL     30 - 400       50 - 150',
    ].join('\n'))).toEqual([['glucose', 101, 'mg/dL', 65, 99, 'high'], ['ferritin', 45, 'ng/mL', 30, 400, 'normal']]);
  });

  it('reads Markdown tables of the same', () => {
    expect(coded(['| Biomarker | Result | Unit | Optimal Range | Standard Range |', '|---|---|---|---|---|',
      '| Glucose | 101 | mg/dL | 72 - 86 | 65 - 99 |', '| Ferritin | 45 | ng/mL | 50 - 150 | 30 - 400 |'].join('\n'))).toEqual([
      ['glucose', 101, 'mg/dL', 65, 99, 'high'],
      ['ferritin', 45, 'ng/mL', 30, 400, 'normal'],
    ]);
    expect(coded(['| Marker | Value | Units | Reference Range | Optimal Range |', '|---|---|---|---|---|',
      '| Insulin | 21.4 | uIU/mL | <=18.4 | 2.0-8.0 |', '| hs-CRP | 0.6 | mg/L | <3.0 | <1.0 |'].join('\n'))).toEqual([
      ['insulin', 21.4, 'u[IU]/mL', null, 18.4, 'high'],
      ['hs-crp', 0.6, 'mg/L', null, 3, 'normal'],
    ]);
  });

  it('keeps the optimal range as printed in the row\'s comment, never as its range', () => {
    const [row] = rowsOf(['| Biomarker | Result | Unit | Optimal Range | Standard Range |', '|---|---|---|---|---|',
      '| Glucose | 101 | mg/dL | 72 - 86 | 65 - 99 |'].join('\n'));
    expect(row).toMatchObject({ name: 'Glucose', value: 101, unit: 'mg/dL', rangeText: '65 - 99', comment: 'Optimal Range: 72 - 86' });
    const [text] = rowsOf(['Biomarker          Result   Unit      Optimal Range   Standard Range',
      'Glucose            101      mg/dL     72 - 86         65 - 99'].join('\n'));
    expect(text).toMatchObject({ value: 101, rangeText: '65 - 99', comment: 'Optimal Range: 72 - 86' });
  });
});

describe('tworanges: an optimal and a standard range labelled on the line', () => {
  it('reads the labelled laboratory range, in either order, as the range', () => {
    expect(coded('Glucose  101  mg/dL  Optimal: 72-86  Standard: 65-99')).toEqual([['glucose', 101, 'mg/dL', 65, 99, 'high']]);
    expect(coded('Glucose  101  mg/dL  Standard: 65-99  Optimal: 72-86')).toEqual([['glucose', 101, 'mg/dL', 65, 99, 'high']]);
    expect(coded('Glucose 101 mg/dL Target: 72-86 Normal: 65-99')).toEqual([['glucose', 101, 'mg/dL', 65, 99, 'high']]);
    expect(coded('Vitamin D 24 ng/mL Optimal: 40 to 80, Lab range: 30 to 100')).toEqual([['vitamin-d', 24, 'ng/mL', 30, 100, 'low']]);
    expect(coded('ApoB  104 mg/dL  Optimal < 80 | Standard < 90')).toEqual([['apolipoprotein-b', 104, 'mg/dL', null, 90, 'high']]);
    expect(coded('Insulin  21.4  uIU/mL  Reference range: <=18.4 uIU/mL  Optimal range: 2.0-8.0 uIU/mL')).toEqual([['insulin', 21.4, 'u[IU]/mL', null, 18.4, 'high']]);
    expect(coded('Glucose  101  mg/dL  Optimal Range 72 - 86  Standard Range 65 - 99')).toEqual([['glucose', 101, 'mg/dL', 65, 99, 'high']]);
  });

  it('reads both in the result\'s parentheses', () => {
    expect(coded('Ferritin 45 ng/mL (Optimal 50-150; Reference 30-400)')).toEqual([['ferritin', 45, 'ng/mL', 30, 400, 'normal']]);
    expect(coded('hs-CRP 0.6 mg/L (Ideal: <1.0; Normal range: <3.0)')).toEqual([['hs-crp', 0.6, 'mg/L', null, 3, 'normal']]);
    expect(coded('Ferritin 12 ng/mL (Reference 30-400; Optimal 50-150)')).toEqual([['ferritin', 12, 'ng/mL', 30, 400, 'low']]);
    // After a name and its colon (an inline row), with a bar between the two.
    expect(coded('Glucose: 101 mg/dL (Optimal: 72-86 | Standard: 65-99)')).toEqual([['glucose', 101, 'mg/dL', 65, 99, 'high']]);
  });

  it('reads a printed flag after the pair, or before it', () => {
    expect(coded('Glucose 101 mg/dL Optimal: 72-86 Standard: 65-99 H')).toEqual([['glucose', 101, 'mg/dL', 65, 99, 'high']]);
    expect(coded('Glucose 101 H mg/dL Optimal: 72-86 Standard: 65-99')).toEqual([['glucose', 101, 'mg/dL', 65, 99, 'high']]);
  });

  it('reads the bare range at the range\'s place with a labelled optimal range after it', () => {
    expect(coded('Glucose  101  mg/dL  65-99  Optimal: 72-86')).toEqual([['glucose', 101, 'mg/dL', 65, 99, 'high']]);
    expect(coded('Ferritin 45 ng/mL 30-400 (Optimal 50-150)')).toEqual([['ferritin', 45, 'ng/mL', 30, 400, 'normal']]);
    expect(coded('Glucose 101 mg/dL 65-99 | Optimal 72-86 | H')).toEqual([['glucose', 101, 'mg/dL', 65, 99, 'high']]);
  });

  it('reads a bare range right after the optimal range, only separators between, as the laboratory\'s', () => {
    expect(coded('Glucose 101 mg/dL Optimal 72-86 65-99')).toEqual([['glucose', 101, 'mg/dL', 65, 99, 'high']]);
    expect(coded('Glucose 101 mg/dL Optimal: 72-86 | 65-99')).toEqual([['glucose', 101, 'mg/dL', 65, 99, 'high']]);
    expect(coded('Glucose 101 mg/dL Optimal 72-86 65 - 99 mg/dL')).toEqual([['glucose', 101, 'mg/dL', 65, 99, 'high']]);
    expect(coded('Glucose 101 mg/dL Optimal 72-86 65-99 H')).toEqual([['glucose', 101, 'mg/dL', 65, 99, 'high']]);
    expect(coded('Ferritin 45 ng/mL (Optimal 50-150; 30-400)')).toEqual([['ferritin', 45, 'ng/mL', 30, 400, 'normal']]);
    expect(coded('HbA1c 5.3 % Optimal <5.4 <5.7')).toEqual([['hemoglobin-a1c', 5.3, '%', null, 5.7, 'normal']]);
    // A range that is not a date, with nothing between: the laboratory's, whatever its bounds (an odd one still reads).
    expect(coded('Glucose 101 mg/dL Optimal 72-86 95-101')).toEqual([['glucose', 101, 'mg/dL', 95, 101, 'normal']]);
  });

  it('keeps the optimal range in the row\'s comment', () => {
    const [row] = rowsOf('Ferritin 45 ng/mL (Optimal 50-150; Reference 30-400)');
    expect(row).toMatchObject({ name: 'Ferritin', value: 45, unit: 'ng/mL', rangeText: '30-400' });
    expect(row!.comment).toBe('Optimal 50-150');
    const [line] = rowsOf('Glucose  101  mg/dL  Optimal: 72-86  Standard: 65-99');
    expect(line).toMatchObject({ rangeText: '65-99', comment: 'Optimal: 72-86' });
  });

  it('reads a report of such lines', () => {
    expect(coded([
      'Glucose  101  mg/dL  Optimal: 72-86  Standard: 65-99',
      'Ferritin  45  ng/mL  Optimal: 50-150  Standard: 30-400',
      'HbA1c  5.3  %  Optimal: <5.4  Standard: <5.7',
    ].join('\n'))).toEqual([
      ['glucose', 101, 'mg/dL', 65, 99, 'high'],
      ['ferritin', 45, 'ng/mL', 30, 400, 'normal'],
      ['hemoglobin-a1c', 5.3, '%', null, 5.7, 'normal'],
    ]);
  });
});

describe('tworanges: lines that stay as they read', () => {
  it('two bare ranges with no label or header naming them: no bounds, no flag', () => {
    expect(coded('Glucose   101   mg/dL   72 - 86   65 - 99')).toEqual([['glucose', 101, 'mg/dL', null, null, null]]);
    expect(coded('Ferritin  45  ng/mL  50-150  30-400')).toEqual([['ferritin', 45, 'ng/mL', null, null, null]]);
    expect(coded(['Test          Result   Units', 'Glucose       101      mg/dL     72 - 86        65 - 99'].join('\n')))
      .toEqual([['glucose', 101, 'mg/dL', null, null, null]]);
  });

  it('groups\' ranges still read as groups (no bounds, no flag)', () => {
    expect(coded('Hemoglobina  14,2 g/dL  Homens: 13,5 a 17,5  Mulheres: 12,0 a 15,5')).toEqual([['hemoglobin', 14.2, 'g/dL', null, null, null]]);
    expect(coded('Creatinine 0.9 mg/dL Male 0.2-1.4 Female 0.1-1.2')).toEqual([['creatinine', 0.9, 'mg/dL', null, null, null]]);
    expect(coded('Hemoglobin 12.5 g/dL Male: 13.5-17.5 Female: 12.0-15.5')).toEqual([['hemoglobin', 12.5, 'g/dL', null, null, null]]);
  });

  it('one optimal label alone, a tier or another label beside it: read as before', () => {
    // `Optimal <100` is LDL's reference range as US laboratories print it.
    expect(coded('LDL Cholesterol 95 mg/dL Optimal: <100')).toEqual([['ldl-cholesterol', 95, 'mg/dL', null, 100, 'normal']]);
    // Tiers (no reference label among them): (tiers, 2026-12-05) no row of the label's reading, then tiers alone — their
    // text the range, no bounds, no flag (tiers-alone.spec.ts).
    expect(coded('Total Cholesterol 210 mg/dL Desirable: <200 Borderline: 200-239 High: >=240')).toEqual([['total-cholesterol', 210, 'mg/dL', null, null, null]]);
    // A previous result is no laboratory range.
    expect(coded('Glucose 101 mg/dL Optimal: 72-86 Previous: 95')).toEqual([]);
    // A population's range beside the optimal one is not the laboratory's for this patient.
    expect(coded('Hemoglobin 12.5 g/dL Optimal: 13.5-15.0 Female: 12.0-15.5')).toEqual([['hemoglobin', 12.5, 'g/dL', null, null, null]]);
  });

  it('a card\'s optimal range line under the reference range line stays the comment', () => {
    const text = ['Insulin', 'Above Range', '21.4 uIU/mL', 'Reference range: <=18.4 uIU/mL', 'Optimal range: 2.0-8.0 uIU/mL'].join('\n');
    expect(coded(text)).toEqual([['insulin', 21.4, 'u[IU]/mL', null, 18.4, 'high']]);
  });

  it('the card\'s other range line takes every optimal label word and noun (`Optimum`, `ranges`, `zone`, `interval`)', () => {
    // OTHER_RANGE_LINE reads OPTIMAL_RANGE_WORDS/NOUNS: these lines were dropped before (no row, no comment).
    for (const label of ['Optimum range', 'Optimal ranges', 'Optimal values', 'Target zone', 'Ideal interval', 'Goal levels']) {
      const text = ['Insulin', 'Above Range', '21.4 uIU/mL', 'Reference range: <=18.4 uIU/mL', `${label}: 2.0-8.0 uIU/mL`].join('\n');
      expect(coded(text)).toEqual([['insulin', 21.4, 'u[IU]/mL', null, 18.4, 'high']]);
      expect(rowsOf(text).map((r) => r.comment)).toEqual([`${label}: 2.0-8.0 uIU/mL`]);
    }
  });
});

describe('tworanges review: with no laboratory label, a tier\'s cut-off or a date is no laboratory range', () => {
  it('a tier beside the optimal range reads as before (no row, or the row main reads)', () => {
    // Two tiers, no reference range: (tiers, 2026-12-05) their text the range, no bounds, no flag — `Low` the first tier's label.
    expect(coded('HDL Cholesterol 45 mg/dL Low <40 Optimal >=60')).toEqual([['hdl-cholesterol', 45, 'mg/dL', null, null, null]]);
    // `Optimal <100` is LDL's range as US laboratories print it; `High >=160` a tier's cut-off, not the range.
    expect(coded('LDL Cholesterol 135 mg/dL Optimal <100 High >=160')).toEqual([['ldl-cholesterol', 135, 'mg/dL', null, 100, 'high']]);
    // As on main: the optimal range is read as the range (the limit docs/labs.md names), never the tier's cut-off.
    expect(coded('Glucose 101 mg/dL Optimal 72-86 High >125')).toEqual([['glucose', 101, 'mg/dL', 72, 86, 'high']]);
    expect(coded('Ferritin 12 ng/mL Optimal 50-150 Low <15')).toEqual([['ferritin', 12, 'ng/mL', 50, 150, 'low']]);
    expect(coded('Testosterone 250 ng/dL Optimal 600-900 Low <264')).toEqual([['testosterone', 250, 'ng/dL', 600, 900, 'low']]);
    expect(coded('HDL Cholesterol 45 mg/dL Optimal >60 Low <40')).toEqual([['hdl-cholesterol', 45, 'mg/dL', 60, null, 'low']]);
  });

  it('a flag or tier word between the two ranges, or a tier word after the bare one: read as before (no row)', () => {
    expect(coded('Glucose 101 mg/dL Optimal 72-86 H 65-99')).toEqual([]);
    // (bands, 2026-12-05) The bare range after the value, its unit and the printed flag's letter is the laboratory's, and
    // what follows it to the line's end is its bands (interpretation-bands.spec.ts): the row against it, flagged as
    // printed, the optimal band its comment — this line had read nothing.
    expect(coded('Glucose 101 mg/dL H 65-99 Optimal 72-86')).toEqual([['glucose', 101, 'mg/dL', 65, 99, 'high']]);
    expect(rowsOf('Glucose 101 mg/dL H 65-99 Optimal 72-86').map((r) => r.comment)).toEqual(['Optimal 72-86']);
    // (tiers, 2026-12-05) Read nothing by the optimal label: tiers alone, their text the range (tiers-alone.spec.ts).
    expect(coded('Glucose 101 mg/dL Optimal 72-86 Borderline 100-125')).toEqual([['glucose', 101, 'mg/dL', null, null, null]]);
    expect(coded('Glucose 101 mg/dL Optimal 72-86 100-125 Prediabetes')).toEqual([]);
  });

  it('a date after the optimal range is no range (no bounds, or no row, as before)', () => {
    expect(coded('Glucose 101 mg/dL Optimal 72-86 03-2025')).toEqual([['glucose', 101, 'mg/dL', null, null, null]]);
    expect(coded('Glucose 101 mg/dL Optimal 72-86 12-2024')).toEqual([['glucose', 101, 'mg/dL', null, null, null]]);
    // A month and a two-digit year: a date too (no row, as before).
    expect(coded('Glucose 101 mg/dL Optimal 72-86 12-24')).toEqual([]);
    expect(coded('Glucose 101 mg/dL Optimal 72-86 2024-12')).toEqual([]);
  });
});
