import { catalog, codedWithRangeText, resultsOf } from '../../testing/reader.js';
import { codeRows } from './coding.js';
import type { RawRow } from './parse.types.js';

/*
 * (fixnm) Names the reader left unknown though their words are known (a Finnish `-V`, a Romanian specimen adjective
 * between a name's words, a Turkish `Hidroksi`, `Sugar`, a dotted ESR short name, `Microalb`), a differential printed
 * as fractions of one with no unit, pending words in Romanian and Russian, tiers in one cell parted by `/` with a
 * status word after them, and a dash between a name and its value in a chat line. Every line is made up.
 */

const lines = (...l: string[]) => l.join('\n');
const keys = (text: string) => resultsOf(text).map((r) => r.biomarker?.key ?? `?${r.name}`);
/** [key, value, valueText, unit, range text, flag] of each row read. */
const seen = (text: string) => resultsOf(text).map((r) => [r.biomarker?.key ?? `?${r.name}`, r.value, r.valueText ?? null, r.unit ?? null, r.range.text ?? null, r.flag ?? null]);
const named = (name: string) => catalog.matchName(name)?.key;

describe('fixnm: names of known tests in local words', () => {
  it('Finnish: `-V` after a specimen prefix\'s name is vapaa (free); `D-25` the 25-OH vitamin D', () => {
    expect(keys(lines('P -T4-V          17,9     pmol/l    11 - 22', 'P -T3-V          5,1      pmol/l    3,1 - 6,8',
      'S -D-25          71       nmol/l    50 - 125'))).toEqual(['free-t4', 'free-t3', 'vitamin-d']);
  });

  it('negative: `-V` after a name with no free fraction, or without a specimen prefix, is no free test', () => {
    expect(named('P -Krea-V')).toBeUndefined();
    expect(named('T4-V')).toBeUndefined();
    expect(named('P -D-26')).toBeUndefined();
  });

  it('Romanian: `seric`, `serice` (of the serum) between or after a name\'s words say the specimen', () => {
    expect(keys(lines('Colesterol seric total        241    mg/dL    < 200', 'Trigliceride serice          98     mg/dL    < 150',
      'Fier seric                   77     µg/dL    60 - 180'))).toEqual(['total-cholesterol', 'triglycerides', 'iron']);
  });

  it('negative: a specimen word between a name\'s words where the sample cannot fit it, or words the catalog does not know', () => {
    expect(named('Hemoglobina serica totala')).toBeUndefined();
    expect(named('Colesterol seric oxidat')).toBeUndefined();
    // A heading's specimen words before a name are no word between its words.
    expect(named('SERUM/PLASMA Creatinine')).toBeUndefined();
  });

  it('Turkish `Hidroksi` (hydroxy): `25-Hidroksi Vitamin D`', () => {
    expect(named('25-Hidroksi Vitamin D')).toBe('vitamin-d');
    expect(named('25 Hidroksi Vitamin D3')).toBe('vitamin-d');
  });

  it('`Sugar` is the glucose: `Glucose/Sugar` under a urinalysis the urine\'s glucose, `Urine Sugar` too; `Blood Sugar` the blood\'s', () => {
    expect(seen(lines('URINALYSIS', 'Protein              Negative        Negative', 'Glucose/Sugar        Negative        Negative',
      'Urine Sugar          Nil'))).toEqual([
      ['protein-urine-presence', null, 'Negative', null, 'Negative', 'normal'],
      ['glucose-in-urine', null, 'Negative', null, 'Negative', 'normal'],
      ['glucose-in-urine', null, 'Nil', null, null, null],
    ]);
    expect(keys('Blood Sugar (Random)   6.1   mmol/L   3.9 - 7.8')).toEqual(['glucose']);
  });

  it('negative: a slash between two different analytes under a urinalysis is none of them', () => {
    expect(keys(lines('URINALYSIS', 'Glucose/Ketones      Negative        Negative'))).toEqual(['?Glucose/Ketones']);
  });

  it('the ESR\'s short name with points (`V.S.G.`, `V.H.S.`) in mm/h', () => {
    expect(keys(lines('V.S.G.               31     mm/h     0 - 20', 'V.H.S.               12     mm/h     < 15'))).toEqual([
      'erythrocyte-sedimentation-rate', 'erythrocyte-sedimentation-rate']);
  });

  it('negative: a dotted short name in another unit is no ESR', () => {
    expect(keys('V.S.G.               31     mg/dL     0 - 20')).toEqual(['?V.S.G']);
  });

  it('`Microalb/Creat Ratio`, `Urine Microalb/Cr`: the albumin/creatinine ratio', () => {
    expect(named('Microalb/Creat Ratio')).toBe('microalbumin-creatinine-ratio');
    expect(named('Urine Microalb/Cr')).toBe('microalbumin-creatinine-ratio');
    expect(named('Microalb/Creat Ratio')).toBe(named('Microalbumin/Creatinine Ratio'));
  });
});

describe('fixnm: a differential as fractions of one, no unit', () => {
  it('each cell\'s share with a fraction\'s range is the catalog\'s relative entry, no unit; a flag letter is no unit', () => {
    expect(codedWithRangeText(lines('Differential Count:', '  Segmenters      0.66  H        0.45 - 0.62',
      '  Lymphocytes     0.22  L        0.25 - 0.45', '  Monocytes       0.07           0.03 - 0.09',
      '  Eosinophils     0.04           0.01 - 0.05', '  Basophils       0.01           0.00 - 0.02'))).toEqual([
      ['neutrophils', 0.66, null, '0.45 - 0.62', 0.45, 0.62, 'high'],
      ['lymphocytes', 0.22, null, '0.25 - 0.45', 0.25, 0.45, 'low'],
      ['monocytes', 0.07, null, '0.03 - 0.09', 0.03, 0.09, 'normal'],
      ['eosinophils', 0.04, null, '0.01 - 0.05', 0.01, 0.05, 'normal'],
      ['basophils', 0.01, null, '0.00 - 0.02', 0, 0.02, 'normal'],
    ]);
  });

  it('in a table with a flag column and a unit column, the flag letter `L` where the unit column is empty is the flag', () => {
    expect(codedWithRangeText(lines(' EXAMINATION                 RESULT      UNIT          REFERENCE VALUES',
      '   Hemoglobin                 131   L    g/L           135 - 175', '   WBC Count                  12.2  H    x10^9/L       5.0 - 10.0',
      '   Differential Count:', '     Segmenters               0.72  H                  0.50 - 0.70',
      '     Lymphocytes              0.18  L                  0.20 - 0.40', '     Monocytes                0.06                     0.02 - 0.08'))).toEqual([
      ['hemoglobin', 131, 'g/L', '135 - 175', 135, 175, 'low'],
      ['white-blood-cell-count', 12.2, '10*9/L', '5.0 - 10.0', 5, 10, 'high'],
      ['neutrophils', 0.72, null, '0.50 - 0.70', 0.5, 0.7, 'high'],
      ['lymphocytes', 0.18, null, '0.20 - 0.40', 0.2, 0.4, 'low'],
      ['monocytes', 0.06, null, '0.02 - 0.08', 0.02, 0.08, 'normal'],
    ]);
  });

  it('coding: a lone `L` unit under a name measured in no volume is the flag; under a volume\'s or an unknown name, the unit', () => {
    const rows: RawRow[] = [
      { name: 'Lymphocytes', value: 0.19, unit: 'L', rangeText: '0.20 - 0.40', line: 1 },
      { name: 'Tympanometry', value: 0.9, unit: 'L', line: 2 },
      { name: 'Drainage volume', value: 1.2, unit: 'L', line: 3 },
    ];
    expect(codeRows(rows, catalog, '2026-01-01T00:00:00.000Z').results.map((r) => [r.biomarker?.key ?? `?${r.name}`, r.unit ?? null, r.flag ?? null]))
      .toEqual([['lymphocytes', null, 'low'], ['tympanometry', 'L', null], ['?Drainage volume', 'L', null]]);
  });

  it('negative: counts with no unit keep their absolute entries; a value over one under a fraction\'s range is none', () => {
    expect(keys(lines('Neutrophils     4.1     2.0 - 7.5', 'Lymphocytes     2.2     1.0 - 4.0', 'Monocytes       0.5     0.2 - 1.0'))).toEqual([
      'neutrophils-absolute', 'lymphocytes-absolute', 'monocytes-absolute']);
    expect(keys('Monocytes       5      0.02 - 0.08')).toEqual(['?Monocytes']);
  });
});

describe('fixnm: pending words in Romanian and Russian', () => {
  it('`in lucru`, `în lucru`, `в работе` in place of a result give no row', () => {
    expect(keys(lines('Anticorpi anti-TPO                 in lucru', 'TSH      2,1     µUI/mL     0,27 - 4,2',
      'Feritina                 în lucru', 'Кортизол    в работе    нмоль/л    171 - 536', 'P -Ferrit      tulossa      15 - 125'))).toEqual(['thyroid-stimulating-hormone']);
  });

  it('negative: a name holding the words is still read', () => {
    expect(keys('Glucoza     92     mg/dL     70 - 105')).toEqual(['glucose']);
  });
});

describe('fixnm: tiers in one cell parted by slashes, a status word after', () => {
  it('the tiers are the range\'s text (no bounds), the status word the flag', () => {
    expect(seen('25-OH Vitamin D\t14,2\tng/mL\tEksiklik: <20 / Yetersizlik: 20-30 / Yeterli: 30-100\tDüşük')).toEqual([
      ['vitamin-d', 14.2, null, 'ng/mL', 'Eksiklik: <20 / Yetersizlik: 20-30 / Yeterli: 30-100', 'low'],
    ]);
    expect(seen('Vitamin D\t41\tng/mL\tDeficient: <20 / Insufficient: 20-30 / Sufficient: 30-100\tNormal')).toEqual([
      ['vitamin-d', 41, null, 'ng/mL', 'Deficient: <20 / Insufficient: 20-30 / Sufficient: 30-100', 'normal'],
    ]);
  });

  it('negative: a plain range before the status word keeps its bounds', () => {
    expect(codedWithRangeText('25-OH Vitamin D\t14,2\tng/mL\t30 - 100\tDüşük')).toEqual([['vitamin-d', 14.2, 'ng/mL', '30 - 100', 30, 100, 'low']]);
  });
});

describe('fixnm: a labelled range in one bracket after the value', () => {
  it('`Estradiol - 212 pg/mL (mid-cycle 131-1655)` in a chat line: the row, the phase\'s range with its bounds (one group\'s interval: the lead\'s fixr decision, colon or none)', () => {
    expect(codedWithRangeText(lines('hi doctor, my results from this week:', 'Estradiol - 187 pg/mL  (mid-cycle 120-1500)',
      'FSH 5.9 mIU/mL'))).toEqual([
      ['estradiol', 187, 'pg/mL', 'mid-cycle 120-1500', 120, 1500, 'normal'],
      ['follicle-stimulating-hormone', 5.9, 'm[IU]/mL', null, null, null, null],
    ]);
    expect(codedWithRangeText('Progesterone 0.6 ng/mL  (follicular: 0.1-1.5)')).toEqual([
      ['progesterone', 0.6, 'ng/mL', 'follicular: 0.1-1.5', 0.1, 1.5, 'normal']]);
  });

  it('negative: a bracket of another word and numbers, or words after the value, gives no row', () => {
    expect(keys(lines('hi doctor, my results from this week:', 'Estradiol - 12 weeks ago it was lower', 'FSH 5.9 mIU/mL'))).toEqual([
      'follicle-stimulating-hormone']);
    expect(keys('Estradiol 187 pg/mL  (office 555-1234)')).toEqual([]);
    // A tier's label keeps its reading: the normal tier's bound.
    expect(codedWithRangeText('APOLIPOPROTEIN B 78 mg/dL (Optimal <90)')).toEqual([['apolipoprotein-b', 78, 'mg/dL', '<90', null, 90, 'normal']]);
  });
});
