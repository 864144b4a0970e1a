import { resultsOf } from '../../testing/reader.js';

/*
 * (mixed) Numbers that are no laboratory results, among results, as keyed set 7's documents print them (a DEXA scan, a
 * bioimpedance scan, a continuous glucose monitor's summary, a visit note), and the laboratory lines beside them. The
 * expected readings are what a clinician reads on the page: a DEXA's `A/G Ratio` is its android/gynoid fat ratio, an
 * InBody's `Protein (kg)` the body's protein mass, a monitor's `Average Glucose` the sensor's mean (no laboratory's
 * estimated average glucose, which is computed from an HbA1c).
 */
const read = (text: string) => resultsOf(text).map((r) => [r.biomarker?.key ?? `?${r.name}`, r.value ?? r.valueText ?? null, r.unit ?? null]);
const keys = (text: string) => read(text).map((r) => r[0]);
const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('mixed: a body-composition scan is no laboratory report', () => {
  it('a DEXA table\'s android/gynoid ratio is no albumin/globulin ratio', () => {
    expect(keys(lines(
      'Region    Tissue (%Fat)    Fat (g)    Lean (g)',
      'Android    31.2    1,939    4,275',
      'Gynoid    24.6    3,415    10,467',
      'A/G Ratio: 1.27',
    ))).not.toContain('albumin-globulin-ratio');
  });

  it('a laboratory\'s A/G ratio beside its albumin and globulin is read', () => {
    expect(keys(lines('Albumin  4.5  g/dL  3.5-5.0', 'Globulin  2.8  g/dL  2.0-3.5', 'A/G Ratio  1.6  1.1-2.5'))).toContain('albumin-globulin-ratio');
  });

  it('an InBody sheet reads no rows: body water, protein and minerals in kg, fat, muscle, BMI', () => {
    expect(read(lines(
      'Body Composition Analysis    Values    Normal Range',
      'Total Body Water (L)    33.6    30.2 - 36.9',
      'Protein (kg)    8.9    8.1 - 9.9',
      'Minerals (kg)    3.12    2.79 - 3.41',
      'Body Fat Mass (kg)    24.8    13.3 - 21.2',
      'SMM Skeletal Muscle Mass (kg)    24.7    22.1 - 27.1',
      'PBF Percent Body Fat (%)    35.2    18.0 - 28.0',
      'ECW/TBW    0.386    0.360 - 0.390',
      'Whole Body Phase Angle (50 kHz)  6.1',
    ))).toEqual([]);
  });

  it('a laboratory\'s protein in g/dL is still the total protein', () => {
    expect(keys(lines('Protein, Total  7.0  g/dL  6.1-8.1'))).toEqual(['total-protein']);
  });

  it('fitness and device figures in a body\'s units are no rows', () => {
    expect(read(lines('VO2max  31.4  mL/kg/min', 'ALMI  8.62  kg/m2', 'Grip  38  kg', 'Basal Metabolic Rate  1,326  kcal',
      'OSA on CPAP, pressure 9 cmH2O.'))).toEqual([]);
  });
});

describe('mixed: a glucose monitor\'s summary is no laboratory report', () => {
  it('its average glucose, GMI, variability and time in ranges read no rows', () => {
    expect(read(lines(
      'Average Glucose  108 mg/dL',
      'Standard Deviation  21 mg/dL',
      'GMI  5.9%',
      'Time in Range',
      'High 181-250 mg/dL  2%',
      'In Range 70-180 mg/dL  96%',
      'Low 54-69 mg/dL  2%',
    ))).toEqual([]);
  });

  it('a laboratory\'s average glucose under its HbA1c, no monitor\'s words in the report, is the estimated average glucose', () => {
    expect(keys(lines('Hemoglobin A1c  5.7  %  <5.7', 'Average Glucose  117  mg/dL'))).toEqual(['hemoglobin-a1c', 'estimated-average-glucose']);
  });

  it('the laboratory results under a monitor\'s weekly report are read', () => {
    expect(keys(lines(
      'Avg glucose 98 mg/dL    Time in target (70-140)  97%',
      'Your Lab Results (uploaded 06/03/2025, Quest)',
      'Hemoglobin A1c  5.2%  Ref <5.7',
      'Triglycerides  71 mg/dL  Ref <150',
    ))).toEqual(['hemoglobin-a1c', 'triglycerides']);
  });
});

describe('mixed: laboratory lines of visit notes and phone records', () => {
  it('Quest\'s `> OR =` and `< OR =` in brackets are the bounds', () => {
    expect(resultsOf(lines('HDL 51 mg/dL (> OR = 40)', 'PSA, Total 1.4 ng/mL (< OR = 4.0)')).map((r) => [r.biomarker?.key, r.range.low ?? null, r.range.high ?? null, r.flag]))
      .toEqual([['hdl-cholesterol', 40, null, 'normal'], ['prostate-specific-antigen', null, 4, 'normal']]);
  });

  it('a `Range` line with no label under each result is its range', () => {
    expect(resultsOf(lines('Cholesterol, Total    212 mg/dL    Out of Range', '  Range 0-199 mg/dL', 'HDL Cholesterol    48 mg/dL', '  Range 40-60 mg/dL'))
      .map((r) => [r.biomarker?.key, r.range.low ?? null, r.range.high ?? null])).toEqual([['total-cholesterol', 0, 199], ['hdl-cholesterol', 40, 60]]);
  });

  it('two analytes\' names with a slash are the ratio\'s name, no unit', () => {
    expect(read(lines('Urine protein/creatinine    0.11    <0.30'))).toEqual([['?Urine protein/creatinine', 0.11, null]]);
  });

  it('a note\'s sentence ending on a goal is no result; a row named with a goal and a range is', () => {
    expect(read(lines('Nausea resolved with smaller meals; protein goal 120 g/day'))).toEqual([]);
    expect(keys(lines('Hemoglobin A1c goal  6.8 %  <7.0'))).toEqual(['?Hemoglobin A1c goal']);
  });
});

describe('mixed: a dried-urine panel\'s creatinine', () => {
  it('is the urine\'s beside results per mg of creatinine, never the serum creatinine', () => {
    expect(keys(lines(
      'Testosterone    62    ng/mg    25 - 115',
      'Estrone (E1)    12.4    ng/mg    4 - 10',
      'Cortisol A (Waking)    14.1    ng/mg    10 - 50',
      'Creatinine (A)    0.86    mg/mL    0.2 - 2',
    ))).not.toContain('creatinine');
  });

  it('a serum creatinine beside one albumin/creatinine ratio stays the serum\'s', () => {
    expect(keys(lines('Albumin/Creatinine Ratio  41  mg/g creat  <30', 'Creatinine  1.04  mg/dL  0.70-1.33'))).toContain('creatinine');
  });
});

/*
 * (review 12) Laboratory rows the first form of these rules lost, with the expected readings a laboratory prints them
 * with: a name of an abbreviation and a word of the no-result list (`TSH Result`), a PDW's `SD` and `CV`, an IGF-1's
 * Z-score with its range, an estimated average glucose under its HbA1c in a report whose comment names a monitor's GMI,
 * an A/G ratio with its range in a report that mentions a DEXA, a serum creatinine printed with no unit.
 */
describe('mixed (review 12): laboratory rows beside the words of measurements are kept', () => {
  it.each<[string, string]>([
    ['TSH Result  2.1  uIU/mL  0.4-4.0', '?TSH Result'],
    ['PDW SD  11.2  fL  9.0-17.0', '?PDW SD'],
    ['Z-score  0.8  -2 to +2', '?Z-score'],
  ])('%s is a row', (line, name) => {
    expect(keys(lines(line))).toEqual([name]);
  });

  it('an estimated average glucose right under its HbA1c, a comment naming GMI and time in range', () => {
    expect(keys(lines('HbA1c  7.2  %  <5.7', 'Mean Blood Glucose  160  mg/dL', 'Comment: ADA recommends CGM metrics (time in range, GMI) where available.')))
      .toEqual(['hemoglobin-a1c', 'estimated-average-glucose']);
  });

  it('a laboratory\'s A/G ratio with its range in a report that mentions a DEXA\'s android and gynoid fat', () => {
    expect(keys(lines('Albumin  4.4  g/dL  3.5-5.0', 'Globulin  2.8  g/dL  2.0-3.5', 'A/G Ratio  1.57  1.0-2.1', 'DEXA Summary: Android fat 31%, Gynoid fat 25%')))
      .toContain('albumin-globulin-ratio');
  });

  it('a serum creatinine printed with no unit beside urine ratios per gram of creatinine stays the serum\'s', () => {
    expect(keys(lines('Albumin/Creatinine  12  mg/g  <30', 'Protein/Creatinine  90  mg/g  <150', 'Calcium/Creatinine  110  mg/g  <200',
      'Creatinine  1.04  0.70-1.33'))).toContain('creatinine');
  });

  it('a urine\'s creatinine on a urine\'s scale is no serum creatinine', () => {
    expect(keys(lines('Arsenic  12  ug/g creat  <50', 'Creatinine  95  mg/dL  20-370'))).not.toContain('creatinine');
  });

  it('a monitor\'s statistics and a DEXA\'s regions read no rows', () => {
    expect(read(lines('GMI (%)  6.1', '% Body Fat  22.1  %', 'Android %Fat  31.2', 'TIR  78  %', 'Lumbar spine BMD  1.012  g/cm2'))).toEqual([]);
  });
});

/*
 * (mixed) Results in a note's sentences with what the note adds around the range (set 7's visit notes and letters):
 * expected readings are the result and the laboratory's range, never the therapy's range, a goal or an earlier value.
 */
describe('mixed: a note\'s remarks around a result\'s range', () => {
  const withRange = (text: string) => resultsOf(text).map((r) => [r.biomarker?.key ?? `?${r.name}`, r.value, r.range.low ?? null, r.range.high ?? null, r.flag]);

  it.each<[string, unknown[]]>([
    ['INR  3.4  (0.9-1.1; therapeutic 2.0-3.0)  H', ['inr', 3.4, 0.9, 1.1, 'high']],
    ['Fasting insulin 7.9 uIU/mL (2.6-24.9, down from 14.3)', ['insulin', 7.9, 2.6, 24.9, 'normal']],
    ['Also my LH is <0.2 mIU/mL (1.7-8.6), which I guess is expected?', ['luteinizing-hormone', 0.2, 1.7, 8.6, 'low']],
    ['IGF-1 271 ng/mL (ref 77-224).', ['somatomedin-c', 271, 77, 224, 'high']],
    ['- LDL cholesterol 96 mg/dL (lab reference <100; your personal goal is <70 given the stent in 2019).', ['ldl-cholesterol', 96, null, 100, 'normal']],
  ])('%s', (line, row) => {
    expect(withRange(lines(line))).toEqual([row]);
  });

  it('a trough level is the hormone\'s, and the second result after `and` is read', () => {
    expect(withRange(lines('His trough total testosterone is 684 ng/dL (264-916) and free testosterone 16.9 pg/mL (8.7-25.1).')))
      .toEqual([['testosterone', 684, 264, 916, 'normal'], ['testosterone-free', 16.9, 8.7, 25.1, 'normal']]);
  });

  it('a bracket with a date and no range makes no row of an earlier value\'s sentence', () => {
    expect(read(lines('Previous ferritin 09/12/2026: 512 ng/mL (after 1 unit phlebotomy 10/01/2026).'))).toEqual([]);
  });
});

/*
 * (review 13) What the remarks' rule must leave alone, with the readings a laboratory's line says: results after a
 * clause on the same line, a specimen's word after the bracket, a dose's bracket, a phase's label in a range.
 */
describe('mixed (review 13): a note\'s remarks rule leaves results, specimens and doses alone', () => {
  it.each<[string, string[]]>([
    ['TSH 2.1 mIU/L (0.4-4.0), unchanged, free T4 1.2 ng/dL', ['thyroid-stimulating-hormone', 'free-t4']],
    ['ALT 30 U/L (7-56), which is normal; AST 28 U/L, GGT 20 U/L', ['alanine-aminotransferase', 'aspartate-aminotransferase', 'gamma-glutamyl-transferase']],
    ['Creatinine 1.1 mg/dL (0.7-1.3), down from 1.4 in June. BUN 18 mg/dL.', ['creatinine', 'blood-urea-nitrogen']],
  ])('%s', (line, expected) => {
    expect(keys(lines(line))).toEqual(expected);
  });

  it.each<[string, string]>([
    ['Glucose 55 mg/dL (40-70), CSF', 'glucose'],
    ['Vitamin D3 5000 IU (1000-5000), your dose', 'vitamin-d'],
  ])('%s is no %s result', (line, key) => {
    expect(keys(lines(line))).not.toContain(key);
  });

  it('a dose\'s bracket makes no row', () => {
    expect(read(lines('Testosterone cypionate 100 mg (80-120, previously 140 mg) weekly'))).toEqual([]);
  });
});
