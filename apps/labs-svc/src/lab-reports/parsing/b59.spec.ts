import { catalog, codedWithRangeText as coded } from '../../testing/reader.js';

/*
 * (b59) Batch 59's layouts: a results table whose columns after the result are risk categories (`Optimal | Moderate |
 * High`, a cardiometabolic panel's), and body-composition lines printed among results. Every expected row below is
 * written from the printed (made-up) lines, not from the reader's output.
 */

const lines = (...l: string[]) => l.join('\n');

describe('b59: columns of risk categories after the result', () => {
  it('a Markdown table whose range columns are tiers (Optimal, Moderate, High): each row\'s tiers are its range as text, no bounds, no flag', () => {
    expect(coded(lines(
      '| Analyte | Units | Result | Optimal | Moderate | High |',
      '| --- | --- | --- | --- | --- | --- |',
      '| Triglycerides | mg/dL | 162 | <150 | 150-199 | >=200 |',
      '| Apolipoprotein B | mg/dL | 71 | <90 | 90-129 | >=130 |',
    ))).toEqual([
      ['triglycerides', 162, 'mg/dL', 'Optimal <150 Moderate 150-199 High >=200', null, null, null],
      ['apolipoprotein-b', 71, 'mg/dL', 'Optimal <90 Moderate 90-129 High >=130', null, null, null],
    ]);
  });

  it('the first tier headed with a caption before its label (`Risk Category Ranges Optimal`), other tier words (`Desirable | Borderline | Very High`)', () => {
    expect(coded(lines(
      '| Test | Result | Units | Risk Category Ranges Optimal | Moderate | High |',
      '| :-- | :-- | :-- | :-- | :-- | :-- |',
      '| Lipoprotein (a) | 48 | nmol/L | <75 | 75-125 | >125 |',
    ))).toEqual([['lipoprotein-a', 48, 'nmol/L', 'Optimal <75 Moderate 75-125 High >125', null, null, null]]);
    expect(coded(lines(
      '| Test | Result | Units | Desirable | Borderline | Very High |',
      '| --- | --- | --- | --- | --- | --- |',
      '| LDL Cholesterol | 141 | mg/dL | <100 | 130-159 | >=190 |',
    ))).toEqual([['ldl-cholesterol', 141, 'mg/dL', 'Desirable <100 Borderline 130-159 Very High >=190', null, null, null]]);
  });

  it('a group row under tier columns (a bold panel name, a lab code in the first tier) is no row; N/A in a tier stays as printed', () => {
    expect(coded(lines(
      '| Test Name | Units | Result | Optimal | Moderate | High |',
      '| --- | --- | --- | --- | --- | --- |',
      '| **Apolipoproteins** | | | Lab: XY | | |',
      '| HDL CHOLESTEROL | mg/dL | 61 | >=40 | N/A | <40 |',
    ))).toEqual([['hdl-cholesterol', 61, 'mg/dL', 'Optimal >=40 Moderate N/A High <40', null, null, null]]);
  });

  it('not tiers: bound columns `Low | High` of numbers stay the range\'s bounds; a laboratory range column beside an optimal one stays the range', () => {
    expect(coded(lines(
      '| Test | Result | Units | Low | High |',
      '| --- | --- | --- | --- | --- |',
      '| Potassium | 5.6 | mmol/L | 3.5 | 5.1 |',
    ))).toEqual([['potassium', 5.6, 'mmol/L', '3.5 5.1', 3.5, 5.1, 'high']]);
    const optimalBeside = coded(lines(
      '| Test | Result | Units | Optimal Range | Standard Range |',
      '| --- | --- | --- | --- | --- |',
      '| Ferritin | 42 | ng/mL | 50-150 | 30-400 |',
    ));
    expect(optimalBeside.map((r) => r.slice(0, 7))).toEqual([['ferritin', 42, 'ng/mL', '30-400', 30, 400, 'normal']]);
  });

  it('the tier columns printed the other way round, before the result (`High | Moderate | Optimal | Result`): the first category still first', () => {
    expect(coded(lines(
      '| Test | High | Moderate | Optimal | Result | Units |',
      '| --- | --- | --- | --- | --- | --- |',
      '| Triglycerides | >=200 | 150-199 | <150 | 162 | mg/dL |',
    ))).toEqual([['triglycerides', 162, 'mg/dL', 'Optimal <150 Moderate 150-199 High >=200', null, null, null]]);
  });

  it('the same columns printed fixed-width under a header line', () => {
    expect(coded(lines(
      'LIPID RISK',
      'Test Name              Units    Result   Optimal   Moderate   High',
      'NON-HDL CHOLESTEROL    mg/dL    147      <130      130-159    >159',
    ))).toEqual([['non-hdl-cholesterol', 147, 'mg/dL', 'Optimal <130 Moderate 130-159 High >159', null, null, null]]);
  });

  it('`Low | Normal | High` after the result (columns a result is printed in by its status) are no tiers', () => {
    const rows = coded(lines(
      '| Test | Result | Low | Normal | High |',
      '| --- | --- | --- | --- | --- |',
      '| Sodium | 139 | | 139 | |',
    ));
    expect(rows.every((r) => !String(r[3] ?? '').includes('Normal'))).toBe(true);
  });

  it('(review) `Normal | High` or `Normal | Elevated` after the result: the reference range and what lies above it, no tiers — bounds and flag kept', () => {
    expect(coded(lines(
      '| Test | Result | Units | Normal | High |',
      '| --- | --- | --- | --- | --- |',
      '| Calcium | 10.9 | mg/dL | 8.6-10.3 | >10.3 |',
      '| Albumin | 4.1 | g/dL | 3.5-5.0 | >5.0 |',
    ))).toEqual([
      ['calcium', 10.9, 'mg/dL', '8.6-10.3', 8.6, 10.3, 'high'],
      ['albumin', 4.1, 'g/dL', '3.5-5.0', 3.5, 5, 'normal'],
    ]);
    expect(coded(lines(
      'TEST            RESULT   UNITS    NORMAL     ELEVATED',
      'Magnesium       2.9      mg/dL    1.7-2.2    >2.2',
    ))).toEqual([['magnesium', 2.9, 'mg/dL', '1.7-2.2', 1.7, 2.2, 'high']]);
  });

  it('(review) three or more categories starting with `Normal` are tiers (`Normal | Borderline | High`)', () => {
    expect(coded(lines(
      '| Test | Result | Units | Normal | Borderline | High |',
      '| --- | --- | --- | --- | --- | --- |',
      '| Triglycerides | 171 | mg/dL | <150 | 150-199 | >=200 |',
    ))).toEqual([['triglycerides', 171, 'mg/dL', 'Normal <150 Borderline 150-199 High >=200', null, null, null]]);
  });

  it('a tier word alone among other headers (`| Test | Result | High |`) makes no tier columns', () => {
    expect(coded(lines(
      '| Test | Result | Units | Reference Range | High |',
      '| --- | --- | --- | --- | --- |',
      '| Glucose | 104 | mg/dL | 70-99 | H |',
    )).map((r) => r[0])).not.toContain('?High');
  });
});

describe('b59: body-composition lines are no laboratory results', () => {
  it('body fat, lean or muscle mass, visceral fat printed like results beside them: no rows; the results kept', () => {
    expect(coded(lines(
      'FERRITIN 64 ng/mL (Range: 30-400)',
      'Body Fat 22.4 % (Range: 8-19)',
      'Body Fat Percentage 22.4 %',
      'Lean Body Mass 61.2 kg',
      'Skeletal Muscle Mass 34.8 kg',
      'Visceral Fat Level 9 (Range: 1-12)',
      'Fat Mass 18.1 kg',
      'HBA1C 5.6 % (Range: <5.7)',
    ))).toEqual([
      ['ferritin', 64, 'ng/mL', '30-400', 30, 400, 'normal'],
      ['hemoglobin-a1c', 5.6, '%', '<5.7', null, 5.7, 'normal'],
    ]);
  });

  it('a laboratory name holding such words stays a result (`Fat, fecal`, `Muscle-specific kinase antibody`)', () => {
    expect(coded('Fecal Fat 4.1 g/24 h (Range: <7)').length).toBe(1);
  });
});

describe('b59: `Total/HDL ratio` is the cholesterol/HDL ratio', () => {
  it('`Total` over HDL (`Total/HDL ratio`, `Total/HDL-C`, `Total : HDL Ratio`) names the total cholesterol over HDL', () => {
    expect(coded(lines(
      'Total/HDL ratio  3.8  <4.5',
      'Total/HDL-C  5.2  <5.0',
      'Total : HDL Ratio  2.9',
    ))).toEqual([
      ['cholesterol-hdl-ratio', 3.8, '{ratio}', '<4.5', null, 4.5, 'normal'],
      ['cholesterol-hdl-ratio', 5.2, '{ratio}', '<5.0', null, 5, 'high'],
      ['cholesterol-hdl-ratio', 2.9, '{ratio}', null, null, null, null],
    ]);
  });

  it('other words over HDL stay as they were (`LDL/HDL ratio` the LDL/HDL ratio; `Total protein` untouched)', () => {
    expect(coded(lines(
      'LDL/HDL ratio  2.4  <3.0',
      'Total protein  71 g/L  60-80',
    )).map((r) => r[0])).toEqual(['ldl-hdl-ratio', 'total-protein']);
  });
});

describe('b59: a hyphenated pair of words is no unit', () => {
  it('a status word pair after the result in a fixed-width row (`Low-normal`, `High-normal`) is not read as the unit; the printed unit kept', () => {
    expect(coded(lines(
      'Test                   Unit     Reference  Result  Flag',
      'Ferritin               ug/L     30–400     41      Low-normal',
      'Platelets              ×10⁹/L   150–450    402     High-normal',
    ))).toEqual([
      ['ferritin', 41, 'ug/L', '30–400', 30, 400, 'normal'],
      ['platelet-count', 402, '10*9/L', '150–450', 150, 450, 'normal'],
    ]);
  });

  it('a tier\'s hyphenated words in a range (`Borderline-High`) still read as the range\'s words', () => {
    expect(coded(lines(
      '| Test | Result | Reference/Status |',
      '|------|--------|------------------|',
      '| Small LDL-P | 702 nmol/L | **High** (Normal <500, Borderline-High 500-649) |',
    ))).toEqual([['?Small LDL-P', 702, 'nmol/L', 'Normal <500, Borderline-High 500-649', null, null, 'high']]);
  });
});
