import { catalog, coded } from '../../testing/reader.js';
import { normalizeFlag } from './flags.js';

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

  it('a date cell goes only on a card\'s labelled value line (a row\'s own date stays: review 40r); a range in brackets is no date', () => {
    expect(coded('Glucose  95 mg/dL  (12/01/2024)  70-99').filter((r) => r[0] === 'glucose' && r[1] === 95)).toEqual([]);
    expect(coded('Potassium  5.4 mmol/L  (3.5 - 5.1)  H')).toEqual([['potassium', 5.4, 'mmol/L', 3.5, 5.1, 'high']]);
  });
});

describe('spaced: a table pasted with its tabs turned into single spaces, bounds in Low and High columns', () => {
  it('`Test Result Unit Low High Flag` over one-space rows: the two numbers after the unit are the bounds, two spaces an empty Low', () => {
    expect(coded(lines(
      'Test Result Unit Low High Flag',
      'Fasting Insulin 6.2 uIU/mL 2.6 24.9',
      'ApoB 104 mg/dL  90 H',
      'hs-CRP <0.3 mg/L  3.0',
    ))).toEqual([
      ['insulin', 6.2, 'u[IU]/mL', 2.6, 24.9, 'normal'],
      ['apolipoprotein-b', 104, 'mg/dL', null, 90, 'high'],
      ['hs-crp', 0.3, 'mg/L', null, 3, 'normal'],
    ]);
  });

  it('a header with the range in one column (`Reference interval`) is read as before: decimal commas, ranges with a dash', () => {
    expect(coded(lines(
      'Test Result Units Reference interval',
      'Oestradiol 301,5 pmol/L 100,0 - 500,0',
      'Prolactin 420 mIU/L 102 - 496',
    )).map((r) => [r[0], r[1], r[3], r[4]])).toEqual([['estradiol', 301.5, 100, 500], ['prolactin', 420, 102, 496]]);
  });
});

describe('quoted: a forwarded e-mail\'s quoted paragraph, wrapped between a value and its unit or range', () => {
  it('the quoted lines are one paragraph again: every result with its unit and range', () => {
    expect(coded(lines(
      'Subject: Re: labs',
      '> Hi Tom, your labs from Tuesday came back. Lipid panel: Chol 242 mg/dL',
      '> (ref <200), LDL 158 mg/dL (ref <100), HDL 49 mg/dL (ref >39), Trig 176',
      '> mg/dL (ref <150). Lp(a) 32 nmol/L (ref',
      '> <75). Your fasting insulin was 8.1',
      '> uIU/mL (ref 2.6-24.9). Let\'s talk about a statin at your visit.',
    )).map((r) => [r[0], r[1], r[2], r[3], r[4]]).sort((x, y) => String(x[0]).localeCompare(String(y[0])))).toEqual([
      ['hdl-cholesterol', 49, 'mg/dL', 39, null],
      ['insulin', 8.1, 'u[IU]/mL', 2.6, 24.9],
      ['ldl-cholesterol', 158, 'mg/dL', null, 100],
      ['lipoprotein-a', 32, 'nmol/L', null, 75],
      ['total-cholesterol', 242, 'mg/dL', null, 200],
      ['triglycerides', 176, 'mg/dL', null, 150],
    ]);
  });

  it('a quoted table\'s rows stay rows (short lines, columns two spaces apart)', () => {
    expect(coded(lines(
      '> Glucose  95  mg/dL  70-99',
      '> Sodium  141  mmol/L  135-145',
    )).map((r) => [r[0], r[1]])).toEqual([['glucose', 95], ['sodium', 141]]);
  });
});

describe('meters and strips: a reading\'s date before its name, a measuring temperature after its unit', () => {
  it('a meter report\'s reading dated as the report is printed (`Printed 03/11/2025`) is the day\'s glucose, whichever way the date reads', () => {
    const meter = (...head: string[]) => keyValueFlag(lines(
      ...head,
      'Date/Time          Test                 Result        Flag   Reference     Comment',
      '03/11/2025 06:02   Glucose              62 mg/dL      L      70-110        Treated per hypoglycemia protocol',
    ));
    expect(meter('NovaNet  —  Patient Results Report          Printed 03/11/2025 06:40')).toEqual([['glucose', 62, 'low']]);
    // With no other date that says which day it is, a date that reads both ways keeps the row unknown (nameprefix).
    expect(meter('NovaNet  —  Patient Results Report').map((r) => r[0])).toEqual(['?03/11/2025 06:02 Glucose']);
  });

  it('`GPT  46 U/l  37°C` on a strip analyser\'s ticket is the ALT of 46 U/L', () => {
    expect(coded(lines('11.03.25  09:31   Pat.-Nr. 4471', 'GPT          46 U/l      37°C'))).toEqual([['alanine-aminotransferase', 46, 'U/L', null, null, null]]);
  });
});

describe('a range labelled with the patient\'s age group, and a TRT clinic\'s short codes', () => {
  it('`Reference for age 35-39: 5.0 - 28.6 pmol/L` is the range', () => {
    expect(coded('AMH (anti-Müllerian hormone)    8.4 pmol/L     Reference for age 35-39: 5.0 - 28.6 pmol/L').map((r) => [r[0], r[3], r[4], r[5]]))
      .toEqual([['anti-mullerian-hormone', 5, 28.6, 'normal']]);
  });

  it('`TT` and `FT` with a range on testosterone\'s scale are the total and free testosterone; a thrombin time and a free T4 are not', () => {
    expect(keyValueFlag(lines('TT   612  ng/dL   264-916', 'FT   14.8  ng/dL   8.7-25.1'))).toEqual([['testosterone', 612, 'normal'], ['testosterone-free', 14.8, 'normal']]);
    expect(coded(lines('TT   18  sec   14-21', 'FT   1.2  ng/dL   0.8-1.8')).map((r) => r[0])).toEqual(['?TT', '?FT']);
  });
});

describe('skewed: a range\'s bracket closed at the start of the next line', () => {
  it('each bound, bracket and flag goes back to the row the bracket opened on', () => {
    expect(coded(lines(
      'Sodium             139   mmol/L   (133 -',
      '146)  Potassium    5.6   mmol/L   (3.5 -',
      '5.3) H  eGFR       58    mL/min/1.73m2 (>',
      '60) L  GGT          64    U/L      (0 -',
      '60) H',
    ))).toEqual([
      ['sodium', 139, 'mmol/L', 133, 146, 'normal'],
      ['potassium', 5.6, 'mmol/L', 3.5, 5.3, 'high'],
      ['egfr', 58, 'mL/min/{1.73_m2}', 60, null, 'low'],
      ['gamma-glutamyl-transferase', 64, 'U/L', 0, 60, 'high'],
    ]);
  });

  it('a bracket opened on a line with no value before it stays as printed', () => {
    expect(coded(lines('Children under five (2 -', '5) years: see the paediatric table', 'Sodium  139  mmol/L  133-146'))).toEqual([['sodium', 139, 'mmol/L', 133, 146, 'normal']]);
  });
});

describe('review 40r: what the first forms of these rules read wrong', () => {
  it('a bracket that names the sample, fraction or state is no source: the row is not read as the serum\'s total test', () => {
    for (const line of ['Glucose  15 mg/dL  <15  [Urine]', 'Calcium  1.32 mmol/L  1.15-1.30  [Ionized]', 'Testosterone  120 pg/mL  47-244  [Free]', 'LDH  480 U/L  135-225  [Pleural Fluid]']) {
      expect(coded(line).map((r) => r[0])).not.toContain(line.startsWith('Glucose') ? 'glucose' : line.startsWith('Calcium') ? 'calcium' : line.startsWith('Testosterone') ? 'testosterone' : 'lactate-dehydrogenase');
    }
    expect(keyValueFlag('TSH  2.1 mIU/L  0.4-4.0  [Quest Diagnostics]')).toEqual([['thyroid-stimulating-hormone', 2.1, 'normal']]);
    expect(keyValueFlag('WBC: 3.6 x10E3/uL   Ref: 4.0-10.5   [Out of Range - Low]')).toEqual([['white-blood-cell-count', 3.6, 'low']]);
  });

  it('a flag\'s words in square brackets are the flag (second reading: flags.ts reads a status with its side); a word alone as before', () => {
    expect(normalizeFlag('Out of Range - Low')).toBe('low');
    expect(normalizeFlag('Abnormal: High')).toBe('high');
    expect(keyValueFlag('Potassium  6.8 mmol/L  3.5-5.1  [Critical High]')).toEqual([['potassium', 6.8, 'critical-high']]);
    expect(keyValueFlag('Potassium  6.8 mmol/L  3.5-5.1  [Critical]')).toEqual([['potassium', 6.8, 'critical-high']]);
  });

  it('a history\'s heading that prints an old row\'s date does not make that row today\'s', () => {
    const rows = coded(lines(
      'Report date 05/06/2025',
      'ALT  88 U/L  7-56  H',
      'Previous result 04/06/2025 reviewed',
      '04/06/2025  ALT  34 U/L  7-56',
    ));
    expect(rows.map((r) => [r[0], r[1]])).toEqual([['alanine-aminotransferase', 88], ['?04/06/2025 ALT', 34]]);
  });

  it('a row\'s own date in brackets is not dropped: a 2019 PSA is not read as today\'s', () => {
    expect(coded('PSA  1.2 ng/mL  (06/14/2019)  <4.0').filter((r) => r[0] === 'prostate-specific-antigen' && r[1] === 1.2)).toEqual([]);
  });

  it('`FT` on a free T4\'s scale in pg/mL (`9.3-20.0`) is no free testosterone', () => {
    expect(coded('FT   12.6  pg/mL   9.3-20.0').map((r) => r[0])).not.toContain('testosterone-free');
  });

  it('a one-space row short of a cell with a flag last (`ApoB 104 mg/dL 90 H`) does not take its bound for a lower one', () => {
    const rows = coded(lines('Test Result Unit Low High Flag', 'Fasting Insulin 6.2 uIU/mL 2.6 24.9', 'Glucose 88 mg/dL 65 99', 'ApoB 104 mg/dL 90 H'));
    expect(rows.find((r) => r[0] === 'apolipoprotein-b')?.[3] ?? null).toBeNull();
    expect(rows.slice(0, 2).map((r) => [r[0], r[3], r[4]])).toEqual([['insulin', 2.6, 24.9], ['glucose', 65, 99]]);
  });

  it('a row in small letters whose name holds a digit (`ft4`, `hba1c`) under a wrapped comment stays a row', () => {
    expect(keyValueFlag(lines(
      'interpretive comment: results should be interpreted in the light of the clinical picture and',
      'ft4 9.1 pmol/L 12-22 L',
    ))).toEqual([['free-t4', 9.1, 'low']]);
  });

  it('a wrap that cuts no name is left as printed (`… on call this evening` / `creatinine 88 umol/L 60-110`)', () => {
    expect(coded(lines('the following results were verified by the duty biochemist on call this evening', 'creatinine 88 umol/L 60-110', 'urea 5.1 mmol/L 2.5-7.8')).map((r) => r[0]))
      .toEqual(['creatinine', 'urea']);
  });

  it('a quoted `… and free` / `>> T4 was 1.2 ng/dL` is the free T4, not the total', () => {
    expect(coded(lines('>> Your labs look good overall. Your TSH was 2.1 mIU/L (0.4-4.0) and free', '>> T4 was 1.2 ng/dL (0.8-1.8). Vitamin D was 24 ng/mL (30-100), which is low.')).map((r) => r[0]))
      .toEqual(['thyroid-stimulating-hormone', 'free-t4', 'vitamin-d']);
  });

  it('a hyphen\'s compound before a name skips that result only: `Bone-specific alkaline phosphatase …, calcium 2.4 mmol/L (2.2-2.6)` reads the calcium', () => {
    expect(coded('Bone-specific alkaline phosphatase 31 ug/L (5.5-24.6), calcium 2.4 mmol/L (2.2-2.6).').map((r) => [r[0], r[1]])).toEqual([['calcium', 2.4]]);
  });
});

describe('an age group inside the range\'s bracket, a transcription\'s `flagged High`', () => {
  it('`(Age 45-49: 11.3-35.1)` after an IGF-1 is its range; two groups in brackets stay tiers', () => {
    expect(coded('IGF-1              61.2 nmol/L      H    (Age 45-49: 11.3-35.1)').map((r) => [r[0], r[3], r[4], r[5]])).toEqual([['somatomedin-c', 11.3, 35.1, 'high']]);
    expect(coded('IGF-1   300 ng/mL   (Age 20-29: 120-450) (Age 30-39: 100-300)').filter((r) => r[3] === 120 || r[3] === 100)).toEqual([]);
  });

  it('groups printed one a line below (tiers, the patient\'s not said) give no range, either form (second reading)', () => {
    expect(coded(lines('IGF-1   300 ng/mL   (Age 20-29: 120-450)', '                    (Age 30-39: 100-300)', '                    (Age 40-49: 90-260)'))
      .filter((r) => r[3] === 120)).toEqual([]);
    expect(coded(lines('AMH   8.4 pmol/L   Reference for age 25-29: 12.0 - 60.0 pmol/L', '                   Reference for age 30-34: 9.0 - 50.0 pmol/L'))
      .filter((r) => r[3] === 12)).toEqual([]);
  });

  it('`- flagged High` after a range is the flag', () => {
    expect(keyValueFlag('Cystatin C: 1.09 mg/L (ref 0.61–0.95) - flagged High')).toEqual([['cystatin-c', 1.09, 'high']]);
  });

  it('`— flagged **High**` after an em dash too (second reading: flags.ts reads `flagged …` as its flag word); `flagged for review` says no flag', () => {
    expect(keyValueFlag('- **Cystatin C:** 1.09 mg/L (ref 0.61–0.95) — flagged **High**')).toEqual([['cystatin-c', 1.09, 'high']]);
    expect(normalizeFlag('flagged for review')).toBeNull();
    expect(normalizeFlag('flagged as low')).toBe('low');
  });
});

describe('OCR\'s `RN` for `M` in a word of capitals', () => {
  it('`VITARNIN D,25-OH,TOTAL` is the vitamin D; `INTERNAL STANDARD` stays no test', () => {
    expect(catalog.matchName('VITARNIN D,25-OH,TOTAL')?.key).toBe('vitamin-d');
    expect(catalog.matchName('INTERNAL STANDARD')).toBeUndefined();
  });
});
