import { codedWithRangeText } from '../../testing/reader.js';

/*
 * (fixr85a) A result line under its test's heading (`Result: 318 ng/dL`) with the range column printed right of it over
 * several lines of tiers (sex, age, phase, time of collection). Every line is made up, in several languages.
 */

const lines = (...l: string[]) => l.join('\n');
/** A line with its left part and its right-hand column's text at column 60 (or the right part alone). */
const at = (left: string, right = '') => (right ? `${left.padEnd(60)}${right}` : left);
const under = (right: string) => `${' '.repeat(60)}${right}`;

describe('fixr85a 1: a result line beside a range column of several tier lines', () => {
  it('keeps the row, its range the column\'s lines joined, text only, no flag (English, sex and age tiers)', () => {
    const text = lines(
      'TESTOSTERONE, TOTAL',
      at('', 'Reference range'),
      at('Result: 318 ng/dL', 'Men'),
      under('21-49 years: 165-753 ng/dL'),
      under('50 years and over: 86-788 ng/dL'),
      under('Women: 12-59 ng/dL'),
      '',
      'Note: immunoassays may cross-react with other steroids.',
    );
    expect(codedWithRangeText(text)).toEqual([
      ['testosterone', 318, 'ng/dL', 'Men 21-49 years: 165-753 ng/dL 50 years and over: 86-788 ng/dL Women: 12-59 ng/dL', null, null, null],
    ]);
  });
  it('reads German sex tiers under an `Ergebnis:` line, the first tier beside the value', () => {
    const text = lines(
      'SHBG',
      at('Ergebnis: 21,9 nmol/l', 'Männer: 18,3 - 54,1 nmol/l'),
      under('Frauen: 26,1 - 110 nmol/l'),
      '',
    );
    expect(codedWithRangeText(text)).toEqual([['shbg', 21.9, 'nmol/L', 'Männer: 18,3 - 54,1 nmol/l Frauen: 26,1 - 110 nmol/l', null, null, null]]);
  });
  it('reads Spanish phase tiers after a label line alone beside the value, blank lines between tiers kept', () => {
    const text = lines(
      'HORMONA FOLICULOESTIMULANTE (FSH)',
      at('Resultado: 6,1 mUI/mL', 'Mujeres:'),
      under('Fase folicular: 3,5 a 12,5 mUI/mL'),
      under('Fase lútea: 1,7 a 7,7 mUI/mL'),
      '',
      under('Hombres: 1,5 a 12,4 mUI/mL'),
      '',
      '',
      '',
      'Notas: resultado validado.',
    );
    expect(codedWithRangeText(text)).toEqual([
      ['follicle-stimulating-hormone', 6.1, 'm[IU]/mL', 'Mujeres: Fase folicular: 3,5 a 12,5 mUI/mL Fase lútea: 1,7 a 7,7 mUI/mL Hombres: 1,5 a 12,4 mUI/mL', null, null, null],
    ]);
  });
  it('reads collection-time tiers (French) with the value after a wide gap', () => {
    const text = lines(
      'CORTISOL',
      at('Résultat:            17,02 µg/dL', 'Prélèvement 6h - 10h: 6,02 à 18,40 µg/dL'),
      under('Prélèvement 16h - 20h: 2,68 à 10,50 µg/dL'),
    );
    expect(codedWithRangeText(text)).toEqual([['cortisol', 17.02, 'ug/dL', 'Prélèvement 6h - 10h: 6,02 à 18,40 µg/dL Prélèvement 16h - 20h: 2,68 à 10,50 µg/dL', null, null, null]]);
  });
  it('keeps one labelled plain range on its own as bounds and a flag (a label with a stray dot)', () => {
    const text = lines('PHOSPHORUS', at('Result: 5,1 mg/dL', 'Adults.: 2,5 a 4,5 mg/dL'), '', 'Previous results:');
    expect(codedWithRangeText(text)).toEqual([['phosphorus', 5.1, 'mg/dL', 'Adults.: 2,5 a 4,5', 2.5, 4.5, 'high']]);
  });
});

describe('fixr85a 1: near-misses that keep their reading', () => {
  it('a result line with one plain range beside it keeps its bounds and flag', () => {
    const text = lines('POTASSIUM', at('Result: 4,4 mEq/L', '3,5 a 5,1 mEq/L'), '', 'Note: haemolysed samples read high.');
    expect(codedWithRangeText(text)).toEqual([['potassium', 4.4, 'meq/L', '3,5 a 5,1', 3.5, 5.1, 'normal']]);
  });
  it('a second result line at the left margin under the column stays its own row', () => {
    const text = lines(
      'TSH',
      at('Result: 2,1 mIU/L', 'Adults'),
      under('20-59 years: 0,4-4,2'),
      under('60 years and over: 0,5-5,6'),
      at('Free T4: 1,2 ng/dL', '0,9-1,7'),
    );
    expect(codedWithRangeText(text)).toEqual([
      ['thyroid-stimulating-hormone', 2.1, 'm[IU]/L', 'Adults 20-59 years: 0,4-4,2 60 years and over: 0,5-5,6', null, null, null],
      ['free-t4', 1.2, 'ng/dL', '0,9-1,7', 0.9, 1.7, 'normal'],
    ]);
  });
  it('a previous result beside the value is no range', () => {
    const text = lines('FERRITIN', at('Result: 722 ng/mL', 'Previous: 573 ng/mL'), under('12/2024'));
    const read = codedWithRangeText(text);
    expect(read.map((r) => r[3])).not.toContain('Previous: 573 ng/mL 12/2024');
  });
  it('a note paragraph at the left margin under the row is not its range', () => {
    const text = lines(
      'LH',
      at('Result: 4,8 mIU/mL', 'Women:'),
      under('Follicular: 2,4-12,6'),
      under('Men: 1,7-8,6'),
      'Notes: biotin at high doses may interfere with this assay; stop 72 hours',
      'before the sample is taken.',
    );
    expect(codedWithRangeText(text)).toEqual([['luteinizing-hormone', 4.8, 'm[IU]/mL', 'Women: Follicular: 2,4-12,6 Men: 1,7-8,6', null, null, null]]);
  });
  it('a note line in the range column ends the range', () => {
    const text = lines(
      'FREE T3',
      at('Result: 3,2 pg/mL', '1-12 years: 3,3-4,8 pg/mL'),
      under('Over 20 years: 2,3-4,2 pg/mL'),
      under('Attention: new reference interval from'),
      under('11/10/2021.'),
    );
    expect(codedWithRangeText(text)).toEqual([['free-t3', 3.2, 'pg/mL', '1-12 years: 3,3-4,8 pg/mL Over 20 years: 2,3-4,2 pg/mL', null, null, null]]);
  });
});

describe('fixr85a 2: OCR\'s lost decimal point (a space where the point was)', () => {
  it('reads the value and a range\'s lower bound with the point back, the range text as printed', () => {
    expect(codedWithRangeText(lines('WBC  白血球数         6 42          10^9/L        3 50-9.50'))).toEqual([
      ['white-blood-cell-count', 6.42, '10*9/L', '3 50-9.50', 3.5, 9.5, 'normal'],
    ]);
    expect(codedWithRangeText(lines('Creatinine          0 92          mg/dL         0 70-1.30'))).toEqual([['creatinine', 0.92, 'mg/dL', '0 70-1.30', 0.7, 1.3, 'normal']]);
    expect(codedWithRangeText(lines('EOS%   嗜酸性粒细胞百分数   3.1        %      0 4-8.0'))).toEqual([['eosinophils', 3.1, '%', '0 4-8.0', 0.4, 8, 'normal']]);
  });
  it('leaves lines that read as printed, and a count\'s `10 9/L` unit, as they were', () => {
    expect(codedWithRangeText(lines('Glucose             95            mg/dL         70-99'))).toEqual([['glucose', 95, 'mg/dL', '70-99', 70, 99, 'normal']]);
    expect(codedWithRangeText(lines('WBC 白细胞计数        6.42          10 9/L        3.5-9.5'))).toEqual([['white-blood-cell-count', 6.42, '10*9/L', '3.5-9.5', 3.5, 9.5, 'normal']]);
  });
  it('reads no row where the rejoined line names no test the catalog knows', () => {
    expect(codedWithRangeText(lines('Room 4 12          floor 2'))).toEqual([]);
  });
});

describe('fixr85a 2: OCR debris after a row\'s last cell', () => {
  it('reads the row without one-character debris at the line\'s end', () => {
    expect(codedWithRangeText(lines('游离前列腺特异性抗原0.031         t'))).toEqual([['prostate-specific-antigen-free', 0.031, null, null, null, null, null]]);
    expect(codedWithRangeText(lines('总前列腺特异性抗原1.25         0-4 1 性'))).toEqual([['prostate-specific-antigen', 1.25, null, '0-4', 0, 4, 'normal']]);
  });
  it('keeps a capital flag letter at the end as the flag', () => {
    expect(codedWithRangeText(lines('Ferritin            85            ng/mL         30-400      H'))).toEqual([['ferritin', 85, 'ng/mL', '30-400', 30, 400, 'high']]);
  });
});

describe('fixr85a 2: a row named by its code and Chinese words the catalog does not know', () => {
  it('is named by the code, with or without a row number before it', () => {
    expect(codedWithRangeText(lines('9 IPF 未成熟血小板比率     3.1      %      1.1-6.1'))).toEqual([['?IPF', 3.1, '%', '1.1-6.1', 1.1, 6.1, 'normal']]);
    expect(codedWithRangeText(lines('IPF   未成熟血小板比率     3.1      %      1.1-6.1'))).toEqual([['?IPF', 3.1, '%', '1.1-6.1', 1.1, 6.1, 'normal']]);
  });
  it('keeps a known code\'s test, and a name of Chinese words alone', () => {
    expect(codedWithRangeText(lines('18 RDW-SD 红细胞体积分布宽度SD 44.1                   fL              37-54'))).toEqual([['rdw-sd', 44.1, 'fL', '37-54', 37, 54, 'normal']]);
    expect(codedWithRangeText(lines('5 HGB 血红蛋白   140   g/L   130-175'))).toEqual([['hemoglobin', 140, 'g/L', '130-175', 130, 175, 'normal']]);
    expect(codedWithRangeText(lines('网织红细胞计数:  0.05  10^12/L  0.024-0.084')).map((r) => r[0])).not.toContain('?');
  });
});
