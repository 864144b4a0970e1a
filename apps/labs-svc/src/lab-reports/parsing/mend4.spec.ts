import { codedWithRangeText, resultsOf } from '../../testing/reader.js';

/*
 * (mend4) Misfires of the day's merged changes (fixg, fixu, fixh) found by an adversarial review: a bracketed cut-off
 * of illness or treatment read as the normal range, a target or a past value read as a result, a urine section kept
 * into a blood table, a real row dropped as a comment's sentence, the ESR's French first hour. Every line is made up.
 */
const lines = (...l: string[]) => l.join('\n');
/** [key, value, unit, range text, flag] of each row read. */
const seen = (text: string) => resultsOf(text).map((r) => [r.biomarker?.key ?? `?${r.name}`, r.value, r.unit ?? null, r.range.text ?? null, r.flag ?? null]);
const keys = (text: string) => resultsOf(text).map((r) => r.biomarker?.key ?? `?${r.name}`);

describe('mend4 1: a bracketed cut-off of illness or treatment is no normal range', () => {
  it.each([
    ['Your vitamin D was 40 nmol/L (deficient below 25).', 'vitamin-d', 40, 'nmol/L'],
    ['Your eGFR was 75 (kidney disease below 60).', 'egfr', 75, null],
    ['Your TSH was 5.5 mIU/L (we treat above 10).', 'thyroid-stimulating-hormone', 5.5, 'm[IU]/L'],
    ['Your PSA was 3.2 ug/L (raised above 4).', 'prostate-specific-antigen', 3.2, 'ug/L'],
    ['Your fasting glucose was 6.5 mmol/L (diabetes is above 7).', 'glucose', 6.5, 'mmol/L'],
    ['Your triglycerides were 2.4 mmol/L (high over 2).', 'triglycerides', 2.4, 'mmol/L'],
    ['Your HbA1c was 46 mmol/mol (prediabetes above 42).', 'hemoglobin-a1c', 46, 'mmol/mol'],
    ['Your vitamin B12 was 180 ng/L (we treat below 200).', 'vitamin-b12', 180, 'ng/L'],
  ])('%s: the value, no range and no flag from the bracket', (text, key, value, unit) => {
    expect(seen(text)).toEqual([[key, value, unit, null, null]]);
  });

  it('a range\'s own words or none before the bound keep it the range', () => {
    expect(codedWithRangeText('Your HbA1c was 46 mmol/mol (normal below 42).')).toEqual([['hemoglobin-a1c', 46, 'mmol/mol', 'below 42', null, 42, 'high']]);
    expect(codedWithRangeText('Your eGFR was 55 (reference range above 60).')).toEqual([['egfr', 55, null, 'above 60', 60, null, 'low']]);
    expect(codedWithRangeText('Your vitamin D was 38 nmol/L (we like it to be above 50).')).toEqual([['vitamin-d', 38, 'nmol/L', 'above 50', 50, null, 'low']]);
    expect(codedWithRangeText('Your eGFR was >90 (>60).')).toEqual([['egfr', 90, null, '>60', 60, null, 'normal']]);
  });
});

describe('mend4 2: a target or a past value after your/the is no result', () => {
  it.each([
    'A good level for your vitamin D is 75 nmol/L.',
    'The recommended level for your ferritin is 50 ug/L.',
    'The lowest acceptable level for your haemoglobin is 100 g/L.',
    'The ideal for your LDL is 1.8 mmol/L.',
    'The ideal for your LDL\nis 1.8 mmol/L.',
    'In hospital your sodium was 128 mmol/L.',
  ])('%s: no row', (text) => {
    expect(keys(lines('Hi Jane, your blood test results are back.', text))).toEqual([]);
  });

  it('joiners before your/the keep the result', () => {
    expect(keys('Your haemoglobin was normal, although your ferritin was low at 12 ug/L.')).toEqual(['ferritin']);
    expect(keys('Your sodium was 140 mmol/L and your potassium was 4.1 mmol/L.')).toEqual(['sodium', 'potassium']);
  });
});

describe('mend4 3: a urine section ends at a blood table', () => {
  it('French: a repeated header of `Valeurs usuelles` after a page break; a blood count\'s units end the urine', () => {
    expect(keys(lines('EXAMEN CYTOBACTERIOLOGIQUE DES URINES',
      'Leucocytes      < 10 /mm3       < 10',
      'Hématies        < 10 /mm3       < 10',
      '',
      'Page 2/3',
      '                      Résultat        Valeurs usuelles',
      'Hémoglobine           13.5 g/dL       13.0-17.0',
      'Leucocytes            7.2 G/L         4.0-10.0',
      'Glucose               5.1 mmol/L      3.9-5.5'))).toEqual(['leukocytes-in-urine', 'erythrocytes-in-urine', 'hemoglobin', 'white-blood-cell-count', 'glucose']);
  });

  it('English: `Test  Result  Reference range` under URINALYSIS, a haemoglobin in g/L', () => {
    expect(keys(lines('URINALYSIS',
      'Colour: Yellow',
      'Protein: Negative',
      '',
      'Test                 Result     Reference range',
      'Haemoglobin          135 g/L    130-170',
      'Glucose              5.1 mmol/L 3.9-5.5',
      'Protein              72 g/L     60-80'))).toEqual(['urine-color', 'protein-urine-presence', 'hemoglobin', 'glucose', 'total-protein']);
  });

  it('a header naming serum ends the urine', () => {
    expect(keys(lines('URINALYSIS',
      'Colour          Yellow          Yellow',
      'Protein         Negative        Negative',
      'Serum           Result          Reference',
      'Protein         72              g/L        60-80',
      'Glucose         5.1             mmol/L     3.9-5.5'))).toEqual(['urine-color', 'protein-urine-presence', 'total-protein', 'glucose']);
  });

  it('NEGATIVE: urine rows in urine units stay the urine\'s', () => {
    expect(keys(lines('URINALYSIS',
      'Test            Result      Units     Reference',
      'Protein         0.15        g/L       <0.15',
      'Glucose         Negative              Negative',
      'Leukocytes      25          /uL       <10'))).toEqual(['proteins-in-urine', 'glucose-in-urine', 'leukocytes-in-urine']);
  });
});

describe('mend4 4: a real row in a sentence\'s full stop is kept', () => {
  it.each([
    ['Ionised calcium on blood gas 1.18 mmol/L.', 1.18],
    ['Lactate on venous blood gas 1.2 mmol/L.', 1.2],
    ['Potassium on blood gas analyser 4.9 mmol/L.', 4.9],
    ['Urine albumin to creatinine ratio 2.1 mg/mmol.', 2.1],
    ['Serum sodium measured on blood gas 131 mmol/L.', 131],
  ])('%s: a row', (text, value) => {
    const rows = resultsOf(lines('CHEMISTRY', text));
    expect(rows.map((r) => r.value)).toEqual([value]);
  });

  it('NEGATIVE: a comment\'s sentence ending on an approximate value or after a sentence end stays no row', () => {
    expect(keys(lines('CHEMISTRY', 'Sodium 128 mmol/L', 'Interpret with blood glucose. Corrected sodium for glucose approx. 131 mmol/L.'))).toEqual(['sodium']);
    expect(keys(lines('CHEMISTRY', 'Sodium 128 mmol/L', 'Please note the corrected sodium for the glucose is about 131 mmol/L.'))).toEqual(['sodium']);
  });
});

describe('mend4 5: the ESR\'s first hour in French', () => {
  it('`1ère heure` after `VS` and after the long name', () => {
    expect(seen(lines('HEMATOLOGIE', 'VS 1ère heure       12 mm       < 20'))).toEqual([['erythrocyte-sedimentation-rate', 12, 'mm/h', '< 20', 'normal']]);
    expect(seen(lines('HEMATOLOGIE', 'Vitesse de sédimentation 1ère heure   15 mm   < 20'))).toEqual([['erythrocyte-sedimentation-rate', 15, 'mm/h', '< 20', 'normal']]);
  });
});
