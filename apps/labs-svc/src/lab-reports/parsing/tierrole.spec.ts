import { codedWithRangeText as coded } from '../../testing/reader.js';

/*
 * (tierrole) Columns of risk categories (`Optimal | Moderate | High`, table.ts tierColumns) have a role of their own,
 * `tier`, no longer the range's: each row's tiers are its range as text, every cell after its column's label, never a
 * bound range and never the flag. The lines below are made up; each expected row is written from the printed lines.
 */

const lines = (...l: string[]) => l.join('\n');

describe('tierrole: columns of risk categories are tiers, not ranges', () => {
  it('Markdown: a flag column after the tier columns gives the flag; the tiers stay text, no bounds', () => {
    expect(coded(lines(
      '| Test | Result | Units | Optimal | Moderate | High | Flag |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      '| Triglycerides | 212 | mg/dL | <150 | 150-199 | >=200 | H |',
      '| Apolipoprotein B | 71 | mg/dL | <90 | 90-129 | >=130 | |',
    ))).toEqual([
      ['triglycerides', 212, 'mg/dL', 'Optimal <150 Moderate 150-199 High >=200', null, null, 'high'],
      ['apolipoprotein-b', 71, 'mg/dL', 'Optimal <90 Moderate 90-129 High >=130', null, null, null],
    ]);
  });

  it('Markdown: a column of remarks after the tier columns is no part of the tiers', () => {
    const rows = coded(lines(
      '| Test | Result | Units | Desirable | Borderline | Very High | Comment |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      '| LDL Cholesterol | 141 | mg/dL | <100 | 130-159 | >=190 | fasting sample |',
    ));
    expect(rows).toEqual([['ldl-cholesterol', 141, 'mg/dL', 'Desirable <100 Borderline 130-159 Very High >=190', null, null, null]]);
  });

  it('fixed-width: a flag column before the tier columns gives the flag; the tiers stay text', () => {
    expect(coded(lines(
      'Test Name            Result   Flag   Units    Optimal   Moderate   High',
      'LDL Cholesterol      141      H      mg/dL    <100      100-129    >=130',
      'Apolipoprotein B     71              mg/dL    <90       90-129     >=130',
    ))).toEqual([
      ['ldl-cholesterol', 141, 'mg/dL', 'Optimal <100 Moderate 100-129 High >=130', null, null, 'high'],
      ['apolipoprotein-b', 71, 'mg/dL', 'Optimal <90 Moderate 90-129 High >=130', null, null, null],
    ]);
  });

  it('fixed-width: a lone range on the next line under a tier column is that tier of the row above, never its bound range', () => {
    expect(coded(lines(
      'Test Name          Units    Result   Optimal   Moderate   High',
      'hs-CRP             mg/L     2.4',
      '                                     <1.0',
      'Triglycerides      mg/dL    162      <150      150-199    >=200',
    ))).toEqual([
      ['hs-crp', 2.4, 'mg/L', 'Optimal <1.0', null, null, null],
      ['triglycerides', 162, 'mg/dL', 'Optimal <150 Moderate 150-199 High >=200', null, null, null],
    ]);
  });

  it('fixed-width: a tier printed alone on the next line under a later tier column follows the row\'s other tiers', () => {
    expect(coded(lines(
      'Test Name          Units    Result   Optimal   Moderate   High',
      'Lipoprotein (a)    nmol/L   48       <75       75-125',
      '                                                          >125',
    ))).toEqual([['lipoprotein-a', 48, 'nmol/L', 'Optimal <75 Moderate 75-125 High >125', null, null, null]]);
  });

  it('Markdown: a tier row whose tier cells are empty has no range; a range in the next row\'s tier cell alone is no bound of it', () => {
    const rows = coded(lines(
      '| Test | Result | Units | Optimal | Moderate | High |',
      '| --- | --- | --- | --- | --- | --- |',
      '| hs-CRP | 2.4 | mg/L | | | |',
      '| | | | <1.0 | | |',
    ));
    expect(rows.map((r) => r.slice(0, 3))).toEqual([['hs-crp', 2.4, 'mg/L']]);
    expect(rows[0]!.slice(4)).toEqual([null, null, null]);
  });

  it('fixed-width: a row\'s tiers printed on the line under it are its tiers, each after its label', () => {
    expect(coded(lines(
      'Test Name          Units    Result   Optimal   Moderate   High',
      'Triglycerides      mg/dL    162',
      '                                     <150      150-199    >=200',
    ))).toEqual([['triglycerides', 162, 'mg/dL', 'Optimal <150 Moderate 150-199 High >=200', null, null, null]]);
  });

  it('Markdown: a tier cell cut at its dash goes on in the next row without its label again; the later tiers after theirs', () => {
    expect(coded(lines(
      '| Test | Result | Units | Optimal | Moderate | High |',
      '| --- | --- | --- | --- | --- | --- |',
      '| Triglycerides | 162 | mg/dL | <150 | 150- | |',
      '| | | | | 199 | >=200 |',
    ))).toEqual([['triglycerides', 162, 'mg/dL', 'Optimal <150 Moderate 150- 199 High >=200', null, null, null]]);
  });

  it('fixed-width: a value printed one space from the first tier (`162 <150`) is the value, the rest that tier', () => {
    expect(coded(lines(
      'Test Name          Result  Optimal  Moderate  High    Units',
      'Triglycerides      162 <150         150-199   >=200   mg/dL',
    ))).toEqual([['triglycerides', 162, 'mg/dL', 'Optimal <150 Moderate 150-199 High >=200', null, null, null]]);
  });

  it('Markdown: a result cell the columns cannot read (`17/40`) is read without the tiers, before or after it; they stay its text', () => {
    const expected = [['erythrocyte-sedimentation-rate', null, 'mm/h', 'Optimal <20 Moderate 20-40 High >40', null, null, null]];
    expect(coded(lines(
      '| Parameter | Result | Optimal | Moderate | High |',
      '| --- | --- | --- | --- | --- |',
      '| ESR (mm/h) | 17/40 | <20 | 20-40 | >40 |',
    ))).toEqual(expected);
    expect(coded(lines(
      '| Parameter | High | Moderate | Optimal | Result |',
      '| --- | --- | --- | --- | --- |',
      '| ESR (mm/h) | >40 | 20-40 | <20 | 17/40 |',
    ))).toEqual(expected);
  });

  it('a delimited export with tier columns and a column the reader has no word for: the tiers are the result\'s columns', () => {
    expect(coded(lines(
      'Test,Result,Units,Optimal,Moderate,High,Resulting Lab',
      'Triglycerides,162,mg/dL,<150,150-199,>=200,Acme',
    ))).toEqual([['triglycerides', 162, 'mg/dL', 'Optimal <150 Moderate 150-199 High >=200', null, null, null]]);
  });

  it('not tiers: a laboratory\'s range column beside a `High` header keeps its bounds and flag', () => {
    expect(coded(lines(
      'Test Name          Result   Units    Reference Range   High',
      'Glucose            104      mg/dL    70-99             H',
    )).map((r) => r.slice(0, 6))).toEqual([['glucose', 104, 'mg/dL', '70-99', 70, 99]]);
  });
});
