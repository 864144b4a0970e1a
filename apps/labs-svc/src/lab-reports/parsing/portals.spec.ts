import { catalog, resultsOf } from '../../testing/reader.js';
import { analyzeReport } from './report-reader.js';

/*
 * (portals) What patients copy from US portals and consumer laboratory services, from the first run of keyed set 6
 * (testing/data/keyed-portals): an assay's method at the end of Quest's names (`TESTOSTERONE, TOTAL, MS`, `IGF 1,
 * LC/MS`) had been read as the unit, and the row lost its unit after the range (nothing normalized); a consumer
 * service's `Lab range` label in a row (`HbA1c  5.9 %  Lab range 4.8-5.6 %  Out of range`) made the line unreadable;
 * its status words (`In range`, `Above range`) and a card's `Lab range` line without a colon, or with the optimal
 * range beside it, were not read.
 */
const read = (text: string) => resultsOf(text).map((r) => [r.biomarker?.key ?? `?${r.name}`, r.value ?? r.valueText ?? null, r.unit,
  r.range.low ?? null, r.range.high ?? null, r.flag]);
const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('portals: an assay method after a name is no unit', () => {
  it.each<[string, unknown[]]>([
    ['TESTOSTERONE, TOTAL, MS  1186  H  250-1100 ng/dL', ['testosterone', 1186, 'ng/dL', 250, 1100, 'high']],
    ['IGF 1, LC/MS  188  52-328 ng/mL', ['somatomedin-c', 188, 'ng/mL', 52, 328, 'normal']],
    ['ESTRADIOL, ULTRASENSITIVE, LC/MS  18  <=39 pg/mL', ['estradiol', 18, 'pg/mL', null, 39, 'normal']],
    ['VITAMIN D,25-OH,TOTAL,IA  32  30-100 ng/mL', ['vitamin-d', 32, 'ng/mL', 30, 100, 'normal']],
  ])('%s', (line, row) => {
    expect(read(lines(line))).toEqual([row]);
  });
});

describe('portals: a consumer service\'s lab range and status words', () => {
  it.each<[string, unknown[]]>([
    ['HbA1c  5.9 %  Lab range 4.8-5.6 %  Out of range', ['hemoglobin-a1c', 5.9, '%', 4.8, 5.6, 'high']],
    ['Cystatin C  0.92 mg/L  In range  Lab range 0.61-0.95 mg/L', ['cystatin-c', 0.92, 'mg/L', 0.61, 0.95, 'normal']],
    ['TSH  1.6 mIU/L  Lab range 0.45-4.50 mIU/L  In range', ['thyroid-stimulating-hormone', 1.6, 'm[IU]/L', 0.45, 4.5, 'normal']],
    ['Ferritin  46 ng/mL  Standard range: 30-400', ['ferritin', 46, 'ng/mL', 30, 400, 'normal']],
    ['Ferritin  460 ng/mL  Laboratory range 30-400  Above range', ['ferritin', 460, 'ng/mL', 30, 400, 'high']],
    ['Glucose  87 mg/dL  In range  ·  Lab range 65-99  ·  Optimal 72-90', ['glucose', 87, 'mg/dL', 65, 99, 'normal']],
  ])('%s', (line, row) => {
    expect(read(lines(line))).toEqual([row]);
  });

  it('reads a card\'s lab range line without a colon, and without the optimal range beside it', () => {
    expect(read(lines(
      'Free Testosterone', '7.2 pg/mL', 'Below range', 'Lab range 8.7-25.1 pg/mL    Optimal range 15-25 pg/mL',
      'TSH  2.14 uIU/mL', 'In range  ·  Lab range 0.45-4.50  ·  Optimal 0.5-2.5',
    ))).toEqual([
      ['testosterone-free', 7.2, 'pg/mL', 8.7, 25.1, 'low'],
      ['thyroid-stimulating-hormone', 2.14, 'u[IU]/mL', 0.45, 4.5, 'normal'],
    ]);
  });

  it('negative: Quest\'s header columns `In Range` and `Out Of Range` stay columns', () => {
    expect(read(lines(
      'Test Name                 In Range    Out Of Range    Reference Range    Lab',
      'LDL-CHOLESTEROL                       138 H           <100 mg/dL         EZ',
      'HDL CHOLESTEROL           52                          > OR = 40 mg/dL    EZ',
    ))).toEqual([
      ['ldl-cholesterol', 138, 'mg/dL', null, 100, 'high'],
      ['hdl-cholesterol', 52, 'mg/dL', 40, null, 'normal'],
    ]);
  });

  it('negative: `in range` inside a sentence is no flag', () => {
    expect(read(lines('Glucose  87 mg/dL  65-99', 'Most of your results are in range this time.'))).toEqual([['glucose', 87, 'mg/dL', 65, 99, 'normal']]);
  });
});

describe('portals: earlier results, a status column, a previous result\'s cell, an optimal column', () => {
  it('leaves out the dated lines under a phone card\'s `Past Results` (they had been rows named `Ferritin 11/04/2024`)', () => {
    expect(read(lines('Ferritin', 'Normal range: 30 - 400 ng/mL', 'Value', '46 ng/mL', 'Past Results', 'Ferritin  11/04/2024  38 ng/mL', 'hs-CRP  Nov 4, 2024  1.12 mg/L'))).toEqual([
      ['ferritin', 46, 'ng/mL', 30, 400, 'normal'],
    ]);
  });

  it('negative: a dated line with no such heading above it is read as before', () => {
    expect(read(lines('Glucose  98 mg/dL  70-99', 'Collected 11/04/2024 08:15'))).toEqual([['glucose', 98, 'mg/dL', 70, 99, 'normal']]);
  });

  it('reads a row whose result status fills its last column (`Final`): no flag, no part of the range', () => {
    expect(read(lines(
      'Component    Value    Ref Range & Units    Status',
      'Testosterone    1,214 (H)    264 - 916 ng/dL    Final',
      'PSA    2.2    0.0 - 4.0 ng/mL    Final',
    ))).toEqual([
      ['testosterone', 1214, 'ng/dL', 264, 916, 'high'],
      ['prostate-specific-antigen', 2.2, 'ng/mL', 0, 4, 'normal'],
    ]);
  });

  it('reads a previous result with its date as a previous result\'s cell, never the unit, where the flag cell is empty', () => {
    expect(read(lines(
      'Test  Your result  Flag  Standard range  Units  Previous result',
      'Testosterone, Serum  298    264 - 916  ng/dL  412 (08/12/2024)',
      'Free Testosterone(Direct)  6.9  Low  8.7 - 25.1  pg/mL  11.2 (08/12/2024)',
    ))).toEqual([
      ['testosterone', 298, 'ng/dL', 264, 916, 'normal'],
      ['testosterone-free', 6.9, 'pg/mL', 8.7, 25.1, 'low'],
    ]);
  });

  it('reads the value and the lab\'s range of a row with no flag under a header with an optimal and a flag column', () => {
    expect(read(lines(
      'Marker  Result  Units  Lab Range  Optimal  Flag',
      'Total Testosterone  842  ng/dL  264-916  600-900',
      'Estradiol, Sensitive  38.9  pg/mL  8.0-35.0  20-30  High',
      'PSA  0.9  ng/mL  0.0-4.0  <2.5',
    ))).toEqual([
      ['testosterone', 842, 'ng/dL', 264, 916, 'normal'],
      ['estradiol', 38.9, 'pg/mL', 8, 35, 'high'],
      ['prostate-specific-antigen', 0.9, 'ng/mL', 0, 4, 'normal'],
    ]);
  });
});

describe('portals: a provider\'s message in prose', () => {
  it.each<[string, unknown[][]]>([
    ['Your A1c is 5.5% (4.8-5.6), fasting insulin 11 uIU/mL (2.6-24.9), and fasting glucose 97 mg/dL (70-99).', [
      ['hemoglobin-a1c', 5.5, '%', 4.8, 5.6, 'normal'], ['insulin', 11, 'u[IU]/mL', 2.6, 24.9, 'normal'], ['glucose', 97, 'mg/dL', 70, 99, 'normal']]],
    ['Good news: your vitamin D is now 46 ng/mL (30-100), up from 22 in October.', [['vitamin-d', 46, 'ng/mL', 30, 100, 'normal']]],
    ['IGF-1 came back at 318 ng/mL (reference 88-246), higher than we want, so please hold it for 2 weeks.', [['somatomedin-c', 318, 'ng/mL', 88, 246, 'high']]],
    ['Your AM cortisol was 3.1 mcg/dL (6.2-19.4), which is low.', [['cortisol', 3.1, 'ug/dL', 6.2, 19.4, 'low']]],
  ])('%s', (line, rows) => {
    expect(read(lines(line))).toEqual(rows);
  });

  it.each([
    'Please repeat your ferritin in 6 weeks.',
    'Take vitamin D 5000 IU daily for 8 weeks, then recheck.',
    'Your testosterone was 350 last year, up from 280.',
  ])('negative: no result in a plan, a dose or a history: %s', (line) => {
    expect(read(lines(line))).toEqual([]);
  });
});

describe('portals: the time of day before a name', () => {
  it.each(['AM Cortisol', 'Morning cortisol', 'PM Cortisol'])('%s is the cortisol', (name) => {
    expect(read(lines(`${name}  3.1  ug/dL  6.2-19.4`))).toEqual([['cortisol', 3.1, 'ug/dL', 6.2, 19.4, 'low']]);
  });
});

describe('portals: Quest\'s phase ranges with a peak, and its short reflex orders', () => {
  it('keeps the phases with a mid-cycle peak as the text range (they had been dropped, the row with no range)', () => {
    const [r] = resultsOf(lines('FSH  6.2  mIU/mL', '  Reference Range:  Follicular Phase 2.5-10.2  Mid-cycle Peak 3.1-17.7  Luteal Phase 1.5-9.1  Postmenopausal 23.0-116.3'));
    expect([r!.biomarker?.key, r!.value, r!.range.low, r!.range.high, r!.range.text]).toEqual(
      ['follicle-stimulating-hormone', 6.2, undefined, undefined, 'Follicular Phase 2.5-10.2 Mid-cycle Peak 3.1-17.7 Luteal Phase 1.5-9.1 Postmenopausal 23.0-116.3']);
  });

  it.each<[string, string]>([
    ['RPR (DX) W/REFL TITER AND CONFIRMATORY TESTING  NON-REACTIVE  NON-REACTIVE', 'venereal-disease-research-laboratory'],
    ['TSH W/REFL FT4  2.1  0.45-4.5 mIU/L', 'thyroid-stimulating-hormone'],
    ['TSH w/rfx to FT4  2.1  0.45-4.5 mIU/L', 'thyroid-stimulating-hormone'],
  ])('%s', (line, key) => {
    expect(resultsOf(lines(line)).map((r) => r.biomarker?.key)).toEqual([key]);
  });

  it('negative: a number after the short reflex is no part of the name (the value is never read into it)', () => {
    expect(read(lines('PSA W/REFL FREE PSA  5.2 ng/mL  <4.0'))).toEqual([['prostate-specific-antigen', 5.2, 'ng/mL', null, 4, 'high']]);
  });
});

describe('portals review: the past results block ends where this report\'s rows begin', () => {
  it('ends at a blank line, a flowsheet header of several dates, or a line with its own range', () => {
    expect(read(lines('Previous results:', 'TSH  2.8  06/01/2024', '', 'TSH  2.1  mIU/L  0.45-4.50  01/02/2026'))).toEqual([
      ['thyroid-stimulating-hormone', 2.1, 'm[IU]/L', 0.45, 4.5, 'normal']]);
    expect(read(lines('Previous results', 'HbA1c  6.4 %  10/01/2024', 'HbA1c  6.1 %  4.8-5.6  01/02/2026'))).toEqual([
      ['hemoglobin-a1c', 6.1, '%', 4.8, 5.6, 'high']]);
    expect(resultsOf(lines('Past Results', 'Test  01/02/2026  10/01/2025', 'TSH  2.1  3.4', 'Ferritin  45  22')).map((r) => [r.biomarker?.key, r.value]))
      .toEqual([['thyroid-stimulating-hormone', 2.1], ['ferritin', 45]]);
  });

  it('keeps a line opening with its date, read at its own date as before', () => {
    expect(resultsOf(lines('Hemoglobin 13.5 g/dL 12.0 - 16.0', 'Previous results:', '25/01/2025 Hemoglobin 10.9 g/dL 12.0 - 16.0')).map((r) => [r.value, r.collectedAt]))
      .toEqual([[13.5, '2026-01-01T00:00:00.000Z'], [10.9, '2025-01-25T00:00:00.000Z']]);
  });
});

describe('portals review: a count per field in words is never a blood count', () => {
  it.each<[string, unknown[][]]>([
    ['Microscopic\nWBC  2  per hpf  0-5\nRBC  1  per hpf  0-2', [['leukocytes-in-urine', 2, '/[HPF]', 0, 5, 'normal'], ['erythrocytes-in-urine', 1, '/[HPF]', 0, 2, 'normal']]],
    ['Complete Blood Count\nWBC  6.1  x10E3/uL  3.4-10.8\nLymphocytes  2  per hpf', [['white-blood-cell-count', 6.1, '10*3/uL', 3.4, 10.8, 'normal'], ['?Lymphocytes', 2, '/[HPF]', null, null, null]]],
  ])('%s', (text, rows) => {
    expect(read(lines(text))).toEqual(rows);
  });
});

describe('portals review: an assay method after a comma is no part of the name', () => {
  it.each<[string, string]>([
    ['Hemoglobin A1c, HPLC  5.4  %  4.0-5.6', 'hemoglobin-a1c'],
    ['Ferritin, CLIA  45  ng/mL  30-400', 'ferritin'],
    ['Testosterone, LC-MS/MS  512  ng/dL  264-916', 'testosterone'],
    ['Vitamin D, 25-Hydroxy, CMIA  32  ng/mL  30-100', 'vitamin-d'],
  ])('%s', (line, key) => {
    expect(resultsOf(lines(line)).map((r) => r.biomarker?.key)).toEqual([key]);
  });
});

describe('portals review: a word answer with a status after it; an unknown name with an answer alone', () => {
  it.each<[string, string]>([
    ['Hepatitis C Antibody  Reactive  Out of range', 'abnormal'],
    ['HIV 1/2 Ab  Reactive  Out of range', 'abnormal'],
    ['Hepatitis C Antibody  Non-Reactive  In range', 'normal'],
  ])('%s (had been dropped in silence)', (line, flag) => {
    expect(resultsOf(lines(line)).map((r) => r.flag)).toEqual([flag]);
  });

  it('warns of an unknown name answered in words alone (a positive result had been dropped in silence)', async () => {
    const { warnings, results } = await analyzeReport('text', Buffer.from(lines('HIV 1/2 Ag/Ab  Reactive')), catalog, new Date('2026-01-01T00:00:00Z'));
    expect(results).toEqual([]);
    expect(warnings.map((w) => [w.line, w.code])).toContainEqual([1, 'unreadable-line']);
  });
});

describe('portals review, missed: a pH no blood shows is no blood pH', () => {
  it.each<[string, string | undefined]>([
    ['pH  5.5  4.5-8.0', 'urine-ph'],
    ['pH  6.0', undefined],
    ['pH  7.38  7.35-7.45', 'ph-arterial'],
    ['Arterial pH  7.10  7.35-7.45', 'ph-arterial'],
  ])('%s', (line, key) => {
    expect(resultsOf(lines(line)).map((r) => r.biomarker?.key)).toEqual([key]);
  });
});
