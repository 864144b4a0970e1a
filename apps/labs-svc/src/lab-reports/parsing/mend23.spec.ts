import { coded, codedWithRangeText } from '../../testing/reader.js';

/*
 * (mend23) Mends of fixr81's rules after review cr17. Every line is made up in the shape the review found misread.
 */

const lines = (...l: string[]) => l.join('\n');
const post = (...s: string[]) => ['Had my bloods back today.', ...s].join(' ');

describe('mend23 1: a range said in another unit than the result\'s', () => {
  it('gives the result no range', () => {
    expect(coded(post('My vitamin D is 28 ng/mL.', 'It should be over 75 nmol/L.'))).toEqual([['vitamin-d', 28, 'ng/mL', null, null, null]]);
    expect(coded(post('My ferritin was 9 ug/L.', 'It should be 30 to 400 ng/dL.'))).toEqual([['ferritin', 9, 'ug/L', null, null, null]]);
  });
  it('keeps a range said in the row\'s own unit', () => {
    expect(codedWithRangeText(post('My CRP is 12 mg/L.', 'It should be under 5 mg/L.'))).toEqual([['c-reactive-protein', 12, 'mg/L', 'under 5', null, 5, 'high']]);
  });
});

describe('mend23 2: a writer\'s aim said after the range', () => {
  it('is no laboratory\'s range', () => {
    for (const aim of ['It should be above 50 for hair growth.', 'It should be over 70 to stop hair loss.', 'It should be below 48 for me.',
      'It should be more than 500 in Japan.', 'It should be less than 7 for diabetics.', 'It should be above 30, for energy.', 'It should be 30 to 60 for athletes.']) {
      expect(coded(post('My ferritin is 31 ug/L.', aim))).toEqual([['ferritin', 31, 'ug/L', null, null, null]]);
    }
  });
  it('reads no span of time as a range', () => {
    expect(coded(post('My TSH is 5.8 mIU/L.', 'It should be 6 to 8 weeks.'))).toEqual([['thyroid-stimulating-hormone', 5.8, 'm[IU]/L', null, null, null]]);
    expect(coded(post('My TSH is 5.8 mIU/L.', 'It should be between 4 and 6 months.'))).toEqual([['thyroid-stimulating-hormone', 5.8, 'm[IU]/L', null, null, null]]);
  });
  it('keeps a range said alone, or for a population', () => {
    expect(codedWithRangeText(post('My ferritin is 31 ug/L.', 'It should be above 30.'))).toEqual([['ferritin', 31, 'ug/L', 'above 30', 30, null, 'normal']]);
    expect(codedWithRangeText(post('My SHBG is 45 nmol/L.', 'It should be 18 to 114 for women.'))).toEqual([['shbg', 45, 'nmol/L', '18 to 114', 18, 114, 'normal']]);
    expect(codedWithRangeText(post('My sodium was 131 mmol/L.', 'It should be between 133 and 146.'))).toEqual([['sodium', 131, 'mmol/L', 'between 133 and 146', 133, 146, 'low']]);
    expect(codedWithRangeText(post('My INR is 1.7.', 'It should be between 2.5 and 3.5.'))).toEqual([['inr', 1.7, '{ratio}', 'between 2.5 and 3.5', 2.5, 3.5, 'low']]);
    expect(codedWithRangeText(post('My iron is 7 umol/L.', 'It should be between 9 and 31 umol/L so I am low.'))).toEqual([['iron', 7, 'umol/L', 'between 9 and 31', 9, 31, 'low']]);
    expect(codedWithRangeText(post('My LH is 6.1 iu/L.', 'It should be between 2 and 12 in the luteal phase, which is where I am.'))).toEqual([
      ['luteinizing-hormone', 6.1, '[IU]/L', 'between 2 and 12', 2, 12, 'normal']]);
  });
});

describe('mend23 3: a flag\'s word after a parenthesised range', () => {
  it('keeps the bounds; the flag is the bounds\'', () => {
    expect(codedWithRangeText('Haemoglobin 10.9 g/dL (11.5 - 15.5 Low)')).toEqual([['hemoglobin', 10.9, 'g/dL', '11.5 - 15.5', 11.5, 15.5, 'low']]);
    expect(codedWithRangeText('Ferritin 260 ug/L (13 - 150 High)')).toEqual([['ferritin', 260, 'ug/L', '13 - 150', 13, 150, 'high']]);
    expect(codedWithRangeText('Magnesium 0.71 mmol/L (0.70 - 1.00 Low normal)')).toEqual([['magnesium', 0.71, 'mmol/L', '0.70 - 1.00', 0.7, 1, 'normal']]);
  });
  it('leaves a tier\'s label as text (a flag\'s word with a tier\'s: `Low risk`)', () => {
    expect(codedWithRangeText('Vitamin D - 28 nmol/l (<30 Deficient)')).toEqual([['vitamin-d', 28, 'nmol/L', '<30 Deficient', null, null, null]]);
    expect(codedWithRangeText('HDL 1.6 mmol/L (>1.5 Low risk)')).toEqual([['hdl-cholesterol', 1.6, 'mmol/L', '>1.5 Low risk', null, null, null]]);
  });
});

describe('mend23 4: a flag\'s word after a tier printed before the unit', () => {
  it('is the row\'s flag', () => {
    expect(codedWithRangeText('Vitamin D 19 deficient <25 nmol/l Low')).toEqual([['vitamin-d', 19, 'nmol/L', 'deficient <25', null, null, 'low']]);
  });
  it('a remark\'s words are no flag', () => {
    expect(codedWithRangeText('vitamin b12 230 deficient <145 pmol/l new range')).toEqual([['vitamin-b12', 230, 'pmol/L', 'deficient <145', null, null, null]]);
  });
});

describe('mend23 5: a method\'s words that start with a tier\'s word, after a tier\'s bound', () => {
  const header = 'Test Name Result Unit Bio. Ref. Interval Method';
  it('are the method\'s, not the range\'s', () => {
    expect(codedWithRangeText(lines(header, 'HbA1c 6.9 % Non-diabetic: < 5.7 High Performance Liquid Chromatography', 'Diabetes: >= 6.5'))).toEqual([
      ['hemoglobin-a1c', 6.9, '%', 'Non-diabetic: < 5.7 Diabetes: >= 6.5', null, null, null]]);
  });
  it('keeps a tier\'s word whose cell goes on with a colon or a number', () => {
    expect(codedWithRangeText(lines(header, 'Glucose Fasting 104 mg/dL Normal: < 100 Impaired: 100 - 125 Hexokinase', 'Diabetes: >= 126'))).toEqual([
      ['glucose', 104, 'mg/dL', 'Normal: < 100 Impaired: 100 - 125 Diabetes: >= 126', null, null, null]]);
  });
});

describe('mend23 6: a population\'s words after a parenthesised range; a change from an earlier value after a dash', () => {
  it('reads the range as the same range unbracketed is read', () => {
    expect(codedWithRangeText('Hemoglobin 12.9 g/dL (13.0 - 17.0 Male)')).toEqual([['hemoglobin', 12.9, 'g/dL', '13.0 - 17.0', 13, 17, 'low']]);
    expect(codedWithRangeText('Hemoglobin 12.9 g/dL 13.0 - 17.0 Male')).toEqual([['hemoglobin', 12.9, 'g/dL', '13.0 - 17.0', 13, 17, 'low']]);
    expect(codedWithRangeText('LDL 2.2 mmol/L (<1.8 Female)')).toEqual([['ldl-cholesterol', 2.2, 'mmol/L', '<1.8', null, 1.8, 'high']]);
    expect(codedWithRangeText('Testosterone 15.1 nmol/L (8.6 - 29 Male adult)')).toEqual([['testosterone', 15.1, 'nmol/L', '8.6 - 29', 8.6, 29, 'normal']]);
  });
  it('leaves other words after a range as before', () => {
    expect(coded('Ferritin 30 ng/mL (12 - 150 two weeks ago)').filter((r) => r[3] !== null || r[4] !== null)).toEqual([]);
  });
  it('keeps the value before the dash, never the earlier one after `from`', () => {
    expect(coded(post('Ferritin 41 ug/L – up from 11 in February.'))).toEqual([['ferritin', 41, 'ug/L', null, null, null]]);
    expect(coded(post('TSH 2.3 mIU/L – down from 3.4.'))).toEqual([['thyroid-stimulating-hormone', 2.3, 'm[IU]/L', null, null, null]]);
  });
  it('leaves a remark going to a value, or a date after `from`, as before', () => {
    expect(coded(post('Ferritin 41 ug/L – down to 30 now.')).filter((r) => r[1] === 30)).toEqual([]);
    expect(coded(post('Ferritin 41 ug/L – up from 12/03.')).filter((r) => r[1] === 12)).toEqual([]);
  });
});
