import { coded } from '../../testing/reader.js';

/*
 * (status) A status word or phrase printed between a test's name and its value — `Low`, `High`, `Normal`, `Within
 * range`, `Above range`, `Below range` in a cell of its own (a DUTCH urine hormone table's result column), or ending a
 * card's name line over the value (Everlywell's `Free T4   NORMAL` / `1.3 ng/dL`) — is the row's flag, never the end of
 * the test's name. The printed range decides where the word contradicts it (flags.ts phraseGivesWay). And a hormone
 * measured in urine (under a urine heading, or per mg of creatinine: `ng/mg`) is never its serum analyte: unknown.
 * Every expected row is written from the printed (made-up) line, not from the reader's output.
 */

const lines = (...l: string[]) => l.join('\n');

describe('status: a status word between the name and the value is the flag', () => {
  it('a word or a phrase in a cell of its own (a DUTCH row)', () => {
    expect(coded('b-Pregnanediol                Low           243        ng/mg        600 - 2000')).toEqual([['?b-Pregnanediol', 243, 'ng/mg', 600, 2000, 'low']]);
    expect(coded('Cortisol A (Waking)           Within range   18        ng/mg        12 - 40')).toEqual([['?Cortisol A (Waking)', 18, 'ng/mg', 12, 40, 'normal']]);
    expect(coded('Cortisol B (Morning)          Below range    29        ng/mg        30 - 90')).toEqual([['?Cortisol B (Morning)', 29, 'ng/mg', 30, 90, 'low']]);
    expect(coded('4-OH-E1                       Above range    2.1       ng/mg        0 - 1.8')).toEqual([['?4-OH-E1', 2.1, 'ng/mg', 0, 1.8, 'high']]);
  });

  it('in blood, under names the catalog knows', () => {
    expect(coded('Ferritin        High        410     ng/mL     16 - 232')).toEqual([['ferritin', 410, 'ng/mL', 16, 232, 'high']]);
    expect(coded('Sodium    Low    128    mmol/L    135 - 145')).toEqual([['sodium', 128, 'mmol/L', 135, 145, 'low']]);
    expect(coded('Glucose    Normal    88    mg/dL    70 - 99')).toEqual([['glucose', 88, 'mg/dL', 70, 99, 'normal']]);
    expect(coded('TSH    ABOVE NORMAL    5.9    uIU/mL    0.4 - 4.5')).toEqual([['thyroid-stimulating-hormone', 5.9, 'u[IU]/mL', 0.4, 4.5, 'high']]);
  });

  it('the range decides where the word contradicts it', () => {
    expect(coded('b-Pregnanediol                Normal        243        ng/mg        600 - 2000')).toEqual([['?b-Pregnanediol', 243, 'ng/mg', 600, 2000, 'low']]);
    expect(coded('Ferritin        Low        410     ng/mL     16 - 232')).toEqual([['ferritin', 410, 'ng/mL', 16, 232, 'high']]);
    // A flag letter after the value that says another side than the word, the range with it: the word gives way.
    expect(coded('Glucose    Low    150 H    mg/dL    70 - 99')).toEqual([['glucose', 150, 'mg/dL', 70, 99, 'high']]);
  });

  it('under a header whose first column is the category (DUTCH\'s summary)', () => {
    expect(coded(lines(
      'Category                   Test                          Result                   Units        Normal Range',
      'Progesterone Metabolites (Urine)',
      '                           b-Pregnanediol                Low           243        ng/mg        600 - 2000',
      '                           a-Pregnanediol                Low            71        ng/mg        200 - 740',
      'Estrogens and Metabolites (Urine)',
      '                           Estrone(E1)                   Within range  16.2       ng/mg        12 - 26',
      '                           Estradiol(E2)                 Above range    4.9       ng/mg        1.8 - 4.5',
      'Androgens and Metabolites (Urine)',
      '                           Testosterone                  Within range   4.1       ng/mg        2.3 - 14',
      'Adrenal Hormones (Urine)',
      '                           Cortisol B (Morning)          Below range    29        ng/mg        30 - 90',
    ))).toEqual([
      ['?b-Pregnanediol', 243, 'ng/mg', 600, 2000, 'low'],
      ['?a-Pregnanediol', 71, 'ng/mg', 200, 740, 'low'],
      ['?Estrone(E1)', 16.2, 'ng/mg', 12, 26, 'normal'],
      ['?Estradiol(E2)', 4.9, 'ng/mg', 1.8, 4.5, 'high'],
      ['?Testosterone', 4.1, 'ng/mg', 2.3, 14, 'normal'],
      ['?Cortisol B (Morning)', 29, 'ng/mg', 30, 90, 'low'],
    ]);
  });

  it('under a header without the category column', () => {
    expect(coded(lines(
      'Test                          Result                   Units        Normal Range',
      '    b-Pregnanediol                Low           243        ng/mg        600 - 2000',
      '    Sodium                        High          151        mmol/L       135 - 145',
    ))).toEqual([['?b-Pregnanediol', 243, 'ng/mg', 600, 2000, 'low'], ['sodium', 151, 'mmol/L', 135, 145, 'high']]);
  });
});

describe('status: a status word ending a card\'s name line (Everlywell)', () => {
  it('the name without it, the word the flag', () => {
    expect(coded(lines(
      'Thyroid Test',
      '',
      '   Thyroid Stimulating Hormone (TSH)                                                  NORMAL',
      '        1.92    uIU/mL',
      '        Reference Range:   0.4 - 4.5 uIU/mL',
      '',
      '   Free T4                                                                            NORMAL',
      '        1.3     ng/dL',
      '        Reference Range:   0.7 - 2.5 ng/dL',
      '',
      '   Free T3                                                                            ABOVE NORMAL',
      '        4.8     pg/mL',
      '        Reference Range:   2.5 - 4.3 pg/mL',
      '',
      '   TPO Antibodies                                                                     ABOVE NORMAL',
      '        182     IU/mL',
      '        Reference Range:   0 - 150 IU/mL',
    ))).toEqual([
      ['thyroid-stimulating-hormone', 1.92, 'u[IU]/mL', 0.4, 4.5, 'normal'],
      ['free-t4', 1.3, 'ng/dL', 0.7, 2.5, 'normal'],
      ['free-t3', 4.8, 'pg/mL', 2.5, 4.3, 'high'],
      ['thyroid-peroxidase-antibody', 182, '[IU]/mL', 0, 150, 'high'],
    ]);
  });

  it('one card alone; the range decides a word it contradicts', () => {
    expect(coded(lines('Free T4                                       NORMAL', '     1.3     ng/dL', '     Reference Range:   0.7 - 2.5 ng/dL')))
      .toEqual([['free-t4', 1.3, 'ng/dL', 0.7, 2.5, 'normal']]);
    expect(coded(lines('Free T3                                       NORMAL', '     4.8     pg/mL', '     Reference Range:   2.5 - 4.3 pg/mL')))
      .toEqual([['free-t3', 4.8, 'pg/mL', 2.5, 4.3, 'high']]);
  });
});

describe('status: a hormone in urine is no serum analyte', () => {
  it('under a urine heading, in a unit per mg of creatinine', () => {
    expect(coded(lines('Androgens and Metabolites (Urine)', '   Testosterone    4.1   ng/mg   2.3 - 14'))).toEqual([['?Testosterone', 4.1, 'ng/mg', 2.3, 14, 'normal']]);
    expect(coded(lines('Estrogens and Metabolites (Urine)', '    Estradiol(E2)   4.9   ng/mg   1.8 - 4.5'))).toEqual([['?Estradiol(E2)', 4.9, 'ng/mg', 1.8, 4.5, 'high']]);
    expect(coded(lines('DUTCH Complete (Dried Urine)', 'Cortisol   18   ng/mg   12 - 40'))).toEqual([['?Cortisol', 18, 'ng/mg', 12, 40, 'normal']]);
  });

  it('per mg of creatinine without a heading', () => {
    expect(coded('Testosterone    4.1   ng/mg   2.3 - 14')).toEqual([['?Testosterone', 4.1, 'ng/mg', 2.3, 14, 'normal']]);
  });
});

describe('status: what stays as it was', () => {
  it('names with such a word of their own', () => {
    expect(coded('HDL    45   mg/dL   >40')).toEqual([['hdl-cholesterol', 45, 'mg/dL', 40, null, 'normal']]);
    expect(coded('High Sensitivity CRP    2.1    mg/L    <3.0')).toEqual([['hs-crp', 2.1, 'mg/L', null, 3, 'normal']]);
    expect(coded('Low Density Lipoprotein    130   mg/dL   <100')).toEqual([['ldl-cholesterol', 130, 'mg/dL', null, 100, 'high']]);
    expect(coded('CRP, High Sensitivity    2.1    mg/L    <3.0')).toEqual([['hs-crp', 2.1, 'mg/L', null, 3, 'normal']]);
    expect(coded('Protein    Total    7.1    g/dL    6.0 - 8.3')).toEqual([['total-protein', 7.1, 'g/dL', 6, 8.3, 'normal']]);
  });

  it('a serum testosterone and estradiol under a blood heading', () => {
    expect(coded(lines('Serum Hormones', 'Testosterone, Total    450    ng/dL    264 - 916'))).toEqual([['testosterone', 450, 'ng/dL', 264, 916, 'normal']]);
    expect(coded(lines('Serum', 'Estradiol    32    pg/mL    8 - 35'))).toEqual([['estradiol', 32, 'pg/mL', 8, 35, 'normal']]);
  });
});

/*
 * (status review) A ratio per creatinine is no blood analyte made unknown: the albumin/creatinine ratio is measured per
 * an amount of creatinine (its catalog unit `mg/g`), so `mg/mmol` (which needs a molar mass to reach `mg/g`) or a urine
 * heading is its own. DUTCH's `Low end of range` / `High end of range` are statuses (within the range, near an end).
 */
describe('status review: a ratio per creatinine stays known', () => {
  it('in mg/mmol under a urine heading, in mg/mmol creat without one', () => {
    expect(coded(lines('URINE', 'Albumin/Creatinine Ratio    3.2    mg/mmol    <3.0'))).toEqual([['microalbumin-creatinine-ratio', 3.2, 'mg/mmol', null, 3, 'high']]);
    expect(coded(lines('Urine', 'Albumin/Creatinine Ratio    3.2    mg/mmol    0 - 3.0'))).toEqual([['microalbumin-creatinine-ratio', 3.2, 'mg/mmol', 0, 3, 'high']]);
    expect(coded('Microalbumin/Creatinine Ratio    3.2    mg/mmol creat    <3.0')).toEqual([['microalbumin-creatinine-ratio', 3.2, 'mg/mmol', null, 3, 'high']]);
  });

  it('what stays: a protein/creatinine ratio the catalog has no entry for, a hormone per mg creatinine, a creatinine per g', () => {
    expect(coded('Protein/Creatinine Ratio    25    mg/mmol creat    <15')).toEqual([['?Protein/Creatinine Ratio', 25, 'mg/mmol', null, 15, 'high']]);
    expect(coded(lines('Urine', 'Protein/Creatinine Ratio    0.25    mg/mg    <0.20'))).toEqual([['?Protein/Creatinine Ratio', 0.25, 'mg/mg', null, 0.2, 'high']]);
    expect(coded('Cortisol   18   ug/g   12 - 40')).toEqual([['?Cortisol', 18, 'ug/g', 12, 40, 'normal']]);
    expect(coded(lines('Urine', 'Glucose    15    mg/dL    <15'))).toEqual([['glucose-in-urine', 15, 'mg/dL', null, 15, 'high']]);
  });
});

describe('status review: DUTCH\'s end of range, and a word with too little beside it', () => {
  it('`Low end of range`, `High end of range` on a line and under the header', () => {
    expect(coded('b-Pregnanediol                Low end of range   700        ng/mg        600 - 2000')).toEqual([['?b-Pregnanediol', 700, 'ng/mg', 600, 2000, 'normal']]);
    expect(coded(lines(
      'Category                   Test                          Result                   Units        Normal Range',
      'Progesterone Metabolites (Urine)',
      '                           b-Pregnanediol                Low end of range   700        ng/mg        600 - 2000',
      '                           Estradiol(E2)                 High end of range   4.3       ng/mg        1.8 - 4.5',
      '                           Estrone(E1)                   Low end of range   10         ng/mg        12 - 26',
    ))).toEqual([
      ['?b-Pregnanediol', 700, 'ng/mg', 600, 2000, 'normal'],
      ['?Estradiol(E2)', 4.3, 'ng/mg', 1.8, 4.5, 'normal'],
      // The range decides a status it contradicts.
      ['?Estrone(E1)', 10, 'ng/mg', 12, 26, 'low'],
    ]);
  });

  it('a word before a value with no unit under a name the catalog does not know stays the name\'s; a known one\'s is the flag', () => {
    expect(coded('Ratio  Normal   3.2      <5.0')).toEqual([['?Ratio Normal', 3.2, null, null, 5, 'normal']]);
    expect(coded('INR   High   1.8      0.8 - 1.2')).toEqual([['inr', 1.8, '{ratio}', 0.8, 1.2, 'high']]);
  });
});
