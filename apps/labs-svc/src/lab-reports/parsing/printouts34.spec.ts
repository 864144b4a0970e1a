import { catalog, coded } from '../../testing/reader.js';

/*
 * What keyed set 26 (testing/data/keyed-printouts-heldout5) found once it was tuned on, in the twenty-fifth session:
 * each mechanism with a negative. The lines are made up in the shapes the set printed; expected rows are what a reader
 * of the printout takes from it — the test, value, unit, bounds and flag — not the reader's output.
 */

const lines = (...l: string[]) => l.join('\n');
const keyValueFlag = (text: string) => coded(text).map((r) => [r[0], r[1], r[5]]);

describe('slides: a dry-chemistry slide\'s generation after the test\'s short name', () => {
  it('Fuji DRI-CHEM `GLU-PIII`, `GPT/ALT-PIII`, `CRE-PIII` are glucose, ALT and creatinine', () => {
    expect(['GLU-PIII', 'GPT/ALT-PIII', 'CRE-PIII', 'GGT-PIII'].map((n) => catalog.matchName(n)?.key)).toEqual([
      'glucose', 'alanine-aminotransferase', 'creatinine', 'gamma-glutamyl-transferase',
    ]);
    expect(keyValueFlag('GLU-PIII         118  mg/dL   ( 70- 110)  H')).toEqual([['glucose', 118, 'high']]);
  });

  it('a bare `-P` is no slide: `HDL-P` and `LDL-P` (particle numbers) are not the HDL or LDL cholesterol', () => {
    expect(catalog.matchName('HDL-P')?.key).not.toBe('hdl-cholesterol');
    expect(catalog.matchName('LDL-P')?.key).not.toBe('ldl-cholesterol');
  });
});

describe('visits: a monitoring summary\'s columns, each a visit with its date in brackets', () => {
  it('`Baseline (10/14/24)  Week 6 (12/02/24)  Today (03/06/25)`: the newest date\'s column is the result', () => {
    expect(keyValueFlag(lines(
      'Marker              Baseline (10/14/24)   Week 6 (12/02/24)   Today (03/06/25)   Reference',
      'Total T (ng/dL)     241                   1,212               894                264-916',
      'Hematocrit (%)      44.8                  50.9                52.6 ↑             37.5-51.0',
    ))).toEqual([['testosterone', 894, 'normal'], ['hematocrit', 52.6, 'high']]);
  });

  it('the newest printed first is read so too; `Previous (date)` beside the result stays a previous result', () => {
    expect(keyValueFlag(lines(
      'Marker              Today (03/06/25)   Baseline (10/14/24)   Reference',
      'Hematocrit (%)      52.6               44.8                  37.5-51.0',
    ))).toEqual([['hematocrit', 52.6, 'high']]);
    expect(keyValueFlag(lines(
      'Test                Result             Previous (12/02/24)   Reference',
      'Hematocrit (%)      44.8               52.6                  37.5-51.0',
    ))).toEqual([['hematocrit', 44.8, 'normal']]);
  });
});

describe('cells of a record summary that are no part of the result', () => {
  it('an aggregator\'s source in square brackets at the row\'s end (`[Sutter Health Epic]`) is dropped', () => {
    expect(keyValueFlag(lines(
      'Lab Results (most recent)',
      '2025-02-21  Ferritin  22 ng/mL  (ref 30-400)  L   [Sutter Health Epic]',
      '2025-01-09  Folate  15.8 ng/mL  (ref >5.8)   [One Medical]',
    ))).toEqual([['ferritin', 22, 'low'], ['folate', 15.8, 'normal']]);
  });

  it('a flag in square brackets at the row\'s end stays the flag (`[H]`)', () => {
    expect(keyValueFlag('Ferritin  22 ng/mL  (ref 30-400)   [L]')).toEqual([['ferritin', 22, 'low']]);
  });

  it('a trend card\'s `Latest:` value with its date in brackets after it is the result', () => {
    expect(coded(lines(
      'Hematocrit',
      'Latest: 51.4 %  (Mar 3, 2025)  High',
      'Standard range: 38.5 - 50.0 %',
      'Trend: 51.4 (Mar 3, 2025) · 46.9 (Nov 18, 2024) · 45.2 (Aug 2, 2024)',
    ))).toEqual([['hematocrit', 51.4, '%', 38.5, 50, 'high']]);
  });

  it('a date cell between the value and the range goes; a range in brackets is no date (`(3.5 - 5.1)` stays the range)', () => {
    expect(coded('Glucose  95 mg/dL  (12/01/2024)  70-99')).toEqual([['glucose', 95, 'mg/dL', 70, 99, 'normal']]);
    expect(coded('Potassium  5.4 mmol/L  (3.5 - 5.1)  H')).toEqual([['potassium', 5.4, 'mmol/L', 3.5, 5.1, 'high']]);
  });
});
