import { coded, codedWithRangeText } from '../../testing/reader.js';

/*
 * (fixr81) Shapes a blind probe of real English-language reports showed. Every line is made up in the printed shape.
 */

const lines = (...l: string[]) => l.join('\n');

describe('fixr81 1: a range in parentheses with a label word after it', () => {
  it('drops a label that names the reference range (`Optimal`, `Normal`, `reference range`) and keeps the bounds', () => {
    expect(codedWithRangeText('Ferritin - 58.2 ug/l (15 - 150 Optimal)')).toEqual([['ferritin', 58.2, 'ug/L', '15 - 150', 15, 150, 'normal']]);
    expect(codedWithRangeText('Iron 31.0 umol/L (9 - 30.4 optimal)')).toEqual([['iron', 31, 'umol/L', '9 - 30.4', 9, 30.4, 'high']]);
    expect(codedWithRangeText('TPO antibodies 12.1 kU/L (≤60.0 optimal)')).toEqual([['thyroid-peroxidase-antibody', 12.1, 'kU/L', '≤60.0', null, 60, 'normal']]);
    expect(codedWithRangeText('Glucose 105 mg/dL (70 - 99 Normal)')).toEqual([['glucose', 105, 'mg/dL', '70 - 99', 70, 99, 'high']]);
    expect(codedWithRangeText('Sodium 139 mmol/L (133 - 146 reference range)')).toEqual([['sodium', 139, 'mmol/L', '133 - 146', 133, 146, 'normal']]);
  });

  it('keeps a tier label with its range as text: no bounds, no flag', () => {
    expect(codedWithRangeText('Vitamin D - 31 nmol/l (<30 Deficient)')).toEqual([['vitamin-d', 31, 'nmol/L', '<30 Deficient', null, null, null]]);
    expect(codedWithRangeText('Glucose 131 mg/dL (>= 126 Diabetes)')).toEqual([['glucose', 131, 'mg/dL', '>= 126 Diabetes', null, null, null]]);
  });

  it('reads a post of such lines whole', () => {
    expect(coded(lines('Folate - 12.0 ug/l (3.0 - 20.0 Optimal)', '', 'B12 - 410 ng/l (180 - 900 Optimal)', '',
      'TSH - 2.1 mIU/l'))).toEqual([
      ['folate', 12, 'ug/L', 3, 20, 'normal'], ['vitamin-b12', 410, 'ng/L', 180, 900, 'normal'],
      ['thyroid-stimulating-hormone', 2.1, 'm[IU]/L', null, null, null]]);
  });

  it('leaves other words after a number in parentheses as they were', () => {
    // A population's label, an earlier result, a time: no row with a range from them.
    for (const text of ['Hemoglobin 13.0 g/dL (13.5 - 17.5 Male)', 'Ferritin 30 ng/mL (25 last year)', 'Ferritin 30 ng/mL (12 - 150 two weeks ago)']) {
      expect(coded(text).filter((r) => r[3] !== null || r[4] !== null || r[5] !== null)).toEqual([]);
    }
    // A name the catalog does not know: nothing new.
    expect(coded('Widget index 4.2 (1 - 5 Optimal)').filter((r) => r[3] !== null || r[4] !== null)).toEqual([]);
  });

  it('does not change ordinary rows', () => {
    expect(coded('Ferritin 58 ug/L (15 - 150)')).toEqual([['ferritin', 58, 'ug/L', 15, 150, 'normal']]);
    expect(coded('Ferritin 58 ug/L (Optimal: 15 - 150)')).toEqual([['ferritin', 58, 'ug/L', 15, 150, 'normal']]);
    expect(coded('Vit D 88 (50 is sufficient for most)')).toEqual([['vitamin-d', 88, null, null, null, null]]);
  });
});

describe('fixr81 2: a typed unit misspelled where no other unit is meant', () => {
  it('reads `pmo/l`, `nmo/l` (the mole\'s l dropped) and `kl/ul` (kIU/L) as meant', () => {
    expect(coded('Free T3 5.02 3.1-6.8 pmo/l')).toEqual([['free-t3', 5.02, 'pmol/L', 3.1, 6.8, 'normal']]);
    expect(coded('Total T4 101 66-181 nmo/l')).toEqual([['total-t4', 101, 'nmol/L', 66, 181, 'normal']]);
    expect(coded('anti-TPO abs H 120 <34 kl/ul')).toEqual([['thyroid-peroxidase-antibody', 120, 'k[IU]/L', null, 34, 'high']]);
  });
  it('keeps the units spelled right', () => {
    expect(coded('Free T3 5.02 3.1-6.8 pmol/l')).toEqual([['free-t3', 5.02, 'pmol/L', 3.1, 6.8, 'normal']]);
    expect(coded('anti-TPO abs 20 <34 kIU/L')).toEqual([['thyroid-peroxidase-antibody', 20, 'k[IU]/L', null, 34, 'normal']]);
  });
});

describe('fixr81 3: a tier of the range printed between the value and its unit', () => {
  it('reads the value and unit, the tier as range text with no bounds and no flag of its own', () => {
    expect(codedWithRangeText('vitamin d (25oh) 61 deficient <30 nmol/l')).toEqual([['vitamin-d', 61, 'nmol/L', 'deficient <30', null, null, null]]);
    expect(codedWithRangeText('folate 5.1 deficient <3.0 ug/l new range')).toEqual([['folate', 5.1, 'ug/L', 'deficient <3.0', null, null, null]]);
  });
  it('keeps a printed flag letter before the value', () => {
    expect(codedWithRangeText('Vitamin D (25OH) L 19 (deficient <30) (insufficient 30 - 60) nmol/L')).toEqual([
      ['vitamin-d', 19, 'nmol/L', '(deficient <30) (insufficient 30 - 60)', null, null, 'low']]);
    expect(codedWithRangeText('Vitamin B12 301 (deficient <150) (insufficient 150-300) (above 800 consider stopping) pmol/L')).toEqual([
      ['vitamin-b12', 301, 'pmol/L', '(deficient <150) (insufficient 150-300) (above 800 consider stopping)', null, null, null]]);
  });
  it('leaves a flag word before the range, a reference label, and other words as they were', () => {
    expect(coded('Haemoglobin 10.2 low 12.0 - 15.0 g/dL')).toEqual(coded('Haemoglobin 10.2 L 12.0 - 15.0 g/dL'));
    expect(coded('Haemoglobin 16.2 High 12.0 - 15.0 g/dL').map((r) => r[5])).not.toContain(null);
    expect(coded('Sodium 128 mmol/L (reduced dose <150)').filter((r) => r[3] !== null || r[4] !== null)).toEqual([]);
    expect(coded('Widget index 4.2 deficient <5 mg/L').filter((r) => r[3] !== null || r[4] !== null)).toEqual([]);
  });
});

describe('fixr81 4: the next tiers of a row\'s tier list on lines of their own under it', () => {
  it('join the row\'s range text', () => {
    expect(codedWithRangeText(lines('vitamin d (25oh) 61 deficient <30 nmol/l', '', 'insufficient 30-50', '', 'folate 5.1 3-20 ug/l'))).toEqual([
      ['vitamin-d', 61, 'nmol/L', 'deficient <30 insufficient 30-50', null, null, null], ['folate', 5.1, 'ug/L', '3-20', 3, 20, 'normal']]);
  });
  it('only under such a row, and only tier lines', () => {
    expect(codedWithRangeText(lines('Ferritin 61 30-400 ug/l', 'insufficient 30-50'))).toEqual([['ferritin', 61, 'ug/L', '30-400', 30, 400, 'normal']]);
    expect(codedWithRangeText(lines('vitamin d 61 deficient <30 nmol/l', 'the GP said 30-50 is fine'))).toEqual([
      ['vitamin-d', 61, 'nmol/L', 'deficient <30', null, null, null]]);
  });
});
