import { readKeyed } from '../../testing/keyed-sets.js';
import { catalog, coded } from '../../testing/reader.js';

/*
 * Mechanisms found by keyed set 21 (laboratory printouts of 34 countries keyed blind: testing/data/keyed-printouts) and
 * keyed set 8 (countries), each with a negative. Expected rows are the printed lines' — value, unit, bounds and flag as a
 * laboratory professional reads them — not the reader's output.
 */

const lines = (...l: string[]) => l.join('\n');

describe('outofrange: Quest\'s In Range / Out Of Range columns copied without their header', () => {
  it('the flagged results in the second column are the rows\' results, not previous ones', () => {
    expect(coded(lines(
      'IRON, TIBC AND FERRITIN PANEL',
      '  IRON, TOTAL                   58                 50-180 mcg/dL',
      '  IRON BINDING CAPACITY         412                250-425 mcg/dL (calc)',
      '  % SATURATION                         14 L        20-48 % (calc)',
      '  FERRITIN                             22 L        38-380 ng/mL',
    ))).toEqual([
      ['iron', 58, 'ug/dL', 50, 180, 'normal'],
      ['total-iron-binding-capacity', 412, 'ug/dL', 250, 425, 'normal'],
      ['transferrin-saturation', 14, '%', 20, 48, 'low'],
      ['ferritin', 22, 'ng/mL', 38, 380, 'low'],
    ]);
  });

  it('a true previous-result column (rows with both numbers) stays previous', () => {
    expect(coded(lines(
      'Sodium          140        138        135-145 mmol/L',
      'Potassium       4.1        4.4        3.5-5.1 mmol/L',
      'Chloride        101        99         98-107 mmol/L',
    ))).toEqual([
      ['sodium', 140, 'mmol/L', 135, 145, 'normal'],
      ['potassium', 4.1, 'mmol/L', 3.5, 5.1, 'normal'],
      ['chloride', 101, 'mmol/L', 98, 107, 'normal'],
    ]);
  });
});

describe('basflag: the French `Bas` (low) between a value and its unit', () => {
  it('Ferritine and vitamin B12 flagged low', () => {
    expect(coded(lines(
      'Analyse                    Résultat             Unités      Valeurs de référence',
      'Ferritine                  18       Bas         µg/L        20 - 200',
      'Vitamine B12               148      Bas         pmol/L      150 - 600',
    ))).toEqual([
      ['ferritin', 18, 'ug/L', 20, 200, 'low'],
      ['vitamin-b12', 148, 'pmol/L', 150, 600, 'low'],
    ]);
  });
});

describe('frenchto: `à` and `bis` between a bracketed range\'s bounds', () => {
  it.each([
    ['Hémoglobine  14,6  g/dL  (13,0 à 18,0)', ['hemoglobin', 14.6, 'g/dL', 13, 18, 'normal']],
    ['Hämoglobin  12,6  g/dl  (13,5 bis 17,5)', ['hemoglobin', 12.6, 'g/dL', 13.5, 17.5, 'low']],
  ] as const)('%s', (line, row) => {
    expect(coded(line)).toEqual([row]);
  });
});

describe('kprev and greek2: a Korean previous-result header with its day, Greek names', () => {
  it('testosterone named in Korean under `이전결과(2024-03-15)`: the current result, in ng/dL', () => {
    expect(coded(lines(
      '검사항목                  결과            이전결과(2024-03-15)     단위         참고범위',
      '갑상선자극호르몬(TSH)     1.62            1.88                     μIU/mL       0.35~4.94',
      '테스토스테론              3.42            3.95                     ng/mL        2.80~8.00',
    ))).toEqual([
      ['thyroid-stimulating-hormone', 1.62, 'u[IU]/mL', 0.35, 4.94, 'normal'],
      ['testosterone', 3.42, 'ng/mL', 2.8, 8, 'normal'],
    ]);
  });

  it.each([
    ['ΤΚΕ', 'erythrocyte-sedimentation-rate'], ['Ομοκυστεΐνη', 'homocysteine'], ['Φυλλικό οξύ', 'folate'],
    ['Ελεύθερη Θυροξίνη', 'free-t4'], ['Χοληστερόλη', 'total-cholesterol'], ['Απολιποπρωτεΐνη Β', 'apolipoprotein-b'],
  ])('%s is %s', (name, key) => {
    expect(catalog.matchName(name)?.key).toBe(key);
  });
});

describe('optimalbound: an optimal level\'s bound in a methods footnote is no result', () => {
  it('nothing is read from a performing site\'s methods', () => {
    expect(coded(lines(
      'PERFORMING SITES AND METHODS',
      '    Testosterone, Total, MS: LC/MS/MS. Free testosterone by equilibrium dialysis.',
      '    Vitamin D, 25-OH: LC/MS/MS. Optimal level > or = 30 ng/mL.',
    ))).toEqual([]);
  });

  it('a censored result with a range is still a result', () => {
    expect(coded('CRP  <0.5  mg/L  0-5')).toEqual([['c-reactive-protein', 0.5, 'mg/L', 0, 5, 'normal']]);
  });
});

describe('vnlabel: a range\'s label with no colon inside the parenthesis', () => {
  it.each([
    ['Vitamina D 25-OH: 24,6 ng/mL (v.n. 30 - 100)', ['vitamin-d', 24.6, 'ng/mL', 30, 100, 'low']],
    ['Glucose: 95 mg/dL (VR 70-99)', ['glucose', 95, 'mg/dL', 70, 99, 'normal']],
    ['Kalium: 5,4 mmol/l (Norm 3,5 - 5,1)', ['potassium', 5.4, 'mmol/L', 3.5, 5.1, 'high']],
  ] as const)('%s', (line, row) => {
    expect(coded(line)).toEqual([row]);
  });
});

describe('negpower: a negative power of ten before a unit', () => {
  it('the Danish TSH in × 10⁻³ IU/L is in mIU/L', () => {
    expect(coded(lines(
      'Analyse                                  Resultat    Enhed            Referenceinterval',
      'P-Thyrotropin (TSH)                      2,6         × 10⁻³ IU/L      0,3 - 4,0',
      'P-Jern                                   11          µmol/L           9 - 34',
    ))).toEqual([
      ['thyroid-stimulating-hormone', 2.6, 'm[IU]/L', 0.3, 4, 'normal'],
      ['iron', 11, 'umol/L', 9, 34, 'normal'],
    ]);
  });
});

describe('names29: names of common tests the catalog did not read', () => {
  it.each([
    ['Non-HDL Chol', 'non-hdl-cholesterol'], ['VLDL Chol', 'vldl-cholesterol'], ['Insulinemia basal', 'insulin'], ['Insulinemia', 'insulin'],
    ['eGFR-EPI', 'egfr'], ['eGFR CKD-EPI', 'egfr'], ['Rapport PSA libre/total', 'prostate-specific-antigen-free-percent'],
    ['ALBUMIN/CREATININE RATIO, RANDOM URINE', 'microalbumin-creatinine-ratio'],
  ])('%s is %s', (name, key) => {
    expect(catalog.matchName(name)?.key).toBe(key);
  });

  it('a random urine\'s albumin or creatinine alone is no blood test', () => {
    expect(catalog.matchName('CREATININE, RANDOM URINE')?.key).not.toBe('creatinine');
    expect(catalog.matchName('ALBUMIN, RANDOM URINE')?.key).not.toBe('albumin');
  });
});

describe('diffcols: a differential\'s per cent and count on one line, each with its range', () => {
  it('the German relativ / absolut columns', () => {
    expect(coded(lines(
      'Differentialblutbild   relativ     Ref.         absolut      Ref.',
      'Neutrophile            56,8 %      42,0-77,0    3,92 /nl     1,5-7,7',
      'Lymphozyten            31,2 %      20,0-44,0    2,15 /nl     1,1-4,5',
    ))).toEqual([
      ['neutrophils', 56.8, '%', 42, 77, 'normal'],
      ['neutrophils-absolute', 3.92, '/nL', 1.5, 7.7, 'normal'],
      ['lymphocytes', 31.2, '%', 20, 44, 'normal'],
      ['lymphocytes-absolute', 2.15, '/nL', 1.1, 4.5, 'normal'],
    ]);
  });

  it('a count in 10^9/L', () => {
    expect(coded('Neutrophils  76.1 %  40-75  5.92 10^9/L  2.0-7.5')).toEqual([
      ['neutrophils', 76.1, '%', 40, 75, 'high'],
      ['neutrophils-absolute', 5.92, '10*9/L', 2, 7.5, 'normal'],
    ]);
  });
});

describe('nonreactive: a serology\'s `Non reactive` in French, Spanish, Portuguese and Italian', () => {
  it.each([
    ['Antigène HBs ...................... Non réactif         [Non réactif]', 'Non réactif', 'normal'],
    ['Anticorps anti-VHC  Non réactif  Négatif', 'Non réactif', 'normal'],
    ['Anticorps anti-VHC  Réactif  Non réactif', 'Réactif', 'abnormal'],
    ['Anticorps anti-VHC  No reactivo  Negativo', 'No reactivo', 'normal'],
    ['Anticorps anti-VHC  Não reagente  Não reagente', 'Não reagente', 'normal'],
  ])('%s: %s, %s', async (line, answer, flag) => {
    const [row] = await readKeyed(line);
    expect(row?.split('|').slice(0, 3)).toEqual(['hepatitis-c-antibody', answer, flag].map((x, i) => (i === 0 && line.startsWith('Antigène') ? 'hepatitis-b-surface-antigen' : x)));
  });
});

describe('diffcols: a Brazilian leucogram, the per cent and the count before their ranges', () => {
  it('segmented neutrophils and lymphocytes, each two rows', () => {
    expect(coded(lines(
      'LEUCOGRAMA',
      'Leucócitos.....: 6.200 /mm³                3.500 a 10.500',
      '                     %        /mm³         Valores de referência',
      'Segmentados        55       3.410          45 a 70 %      1.700 a 7.000 /mm³',
      'Linfócitos         33       2.046          20 a 45 %      900 a 2.900 /mm³',
    )).slice(1)).toEqual([
      ['neutrophils', 55, '%', 45, 70, 'normal'],
      ['neutrophils-absolute', 3410, '/uL', 1700, 7000, 'normal'],
      ['lymphocytes', 33, '%', 20, 45, 'normal'],
      ['lymphocytes-absolute', 2046, '/uL', 900, 2900, 'normal'],
    ]);
  });
});

describe('review 31: what these rules must not read', () => {
  it('negpower: a range of 10 to 12 before its unit is a range, no power of ten', () => {
    expect(coded('Hemoglobin  11.2 g/dL  10-12 g/dL')).toEqual([['hemoglobin', 11.2, 'g/dL', 10, 12, 'normal']]);
    expect(coded('Urea  11  10-12 mg/dL')).toEqual([['urea', 11, 'mg/dL', 10, 12, 'normal']]);
  });

  it('remarkafter: a dose or a time in brackets with a remark after it is a medication list\'s or a note\'s line', () => {
    expect(coded('Magnesium: 400 mg (2 capsules) at bedtime')).toEqual([]);
    expect(coded('Cortisol: 18 ug/dL (8 AM) normal morning level')).toEqual([]);
  });

  it('methodline: the next test\'s name with a method\'s word in it is that test\'s name', () => {
    expect(coded('Vitamin D\nVitamin K Assay\nResult: 0.5 ng/mL  0.2-3.2').map((r) => r[0])).toEqual(['?Vitamin K Assay']);
    expect(coded('Ferritin\nHepcidin ELISA\nResult: 15 ng/mL  5-40').map((r) => r[0])).toEqual(['?Hepcidin ELISA']);
  });

  it('basflag: `BAS` after a unit or ending a row is the basophils\', no flag', () => {
    expect(coded('Eosinophils 0.2 10^9/L  BAS  <0.1 10^9/L')).toEqual([]);
    expect(coded('EOS  2  BAS')).toEqual([]);
  });

  it('basflag: a range-first row\'s `bas` before its unit makes no unknown test of the name and the range', () => {
    expect(coded('T4 libre                         12.0-22.0                  10.8    bas        pmol/l').filter((r) => String(r[0]).startsWith('?'))).toEqual([]);
  });

  it('optimalbound: a viral load\'s `Target` is its name\'s, the censored result kept', () => {
    expect(coded('HIV-1 RNA Target  <20  copies/mL').map((r) => r[0])).toEqual(['?HIV-1 RNA Target']);
  });

  it('outofrange: one flagged number in a second column is no result of this report', () => {
    expect(coded(lines(
      'Glucose            95                mg/dL    70-99',
      'Ferritin                      8 L    ng/mL    15-150',
      'Creatinine         0.9               mg/dL    0.6-1.2',
      'Sodium             140               mmol/L   135-145',
    )).map((r) => r[0])).toEqual(['glucose', 'creatinine', 'sodium']);
  });

  it('nonreactive: `[Nil]` after a number is no urine test\'s expected answer', () => {
    expect(coded('Glucose  95  mg/dL  [Nil]')).toEqual([]);
  });
});

describe('review 31: a weak reaction is one answer', () => {
  it.each([
    ['HBsAg  Weakly reactive  Non reactive', 'hepatitis-b-surface-antigen|Weakly reactive|abnormal'],
    ['Anti-HCV  Faiblement réactif  [Non réactif]', 'hepatitis-c-antibody|Faiblement réactif|abnormal'],
    ['Anti-HCV  Débilmente reactivo  No reactivo', 'hepatitis-c-antibody|Débilmente reactivo|abnormal'],
  ])('%s', async (line, row) => {
    expect((await readKeyed(line)).map((r) => r.split('|').slice(0, 3).join('|'))).toEqual([row]);
  });
});
