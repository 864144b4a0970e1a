import { catalog, coded, codedWithRangeText } from '../../testing/reader.js';
import { parseReferenceRange } from './reference-range.js';
import { toUcum } from './units.js';

/*
 * (countries) The general rules made from the keyed countries set (keyed-countries.spec.ts), each with the cases that
 * must not change: names read without a word that does not make them another test, and not where it does; an ellipsis
 * range; the ESR's first hour in Spanish and German. Expected keys are the catalog's, by what each name means.
 */
describe('countries: a name read without a word that does not make it another test', () => {
  it.each([
    ['TSH reflex', 'thyroid-stimulating-hormone'],
    ['TSH w/Reflex to FT4', 'thyroid-stimulating-hormone'],
    ['TSH (Reflex)', 'thyroid-stimulating-hormone'],
    ['HIV 1/2 antibody screen', 'hiv-1-antibody'],
    ['Hepatitis C antibody screen', 'hepatitis-c-antibody'],
    ['Índice HOMA-IR', 'homa-ir'],
    ['HOMA-IR index', 'homa-ir'],
    ['Fosfatasas alcalinas', 'alkaline-phosphatase'],
    ['S-25-OH-vitamin D', 'vitamin-d'],
  ])('%s is %s', (name, key) => {
    expect(catalog.matchName(name)?.key).toBe(key);
  });

  it.each([
    ['Glucose screen', 'a glucose challenge test, not a fasting glucose: screen only after a test answered in words'],
    ['Drug screen', 'no test of the catalog'],
    ['Asos', 'OCR\'s Basos, no ASO: four letters at least before a plural\'s ending'],
    ['Reflex', 'the word alone'],
  ])('%s is no catalog test (%s)', (name) => {
    expect(catalog.matchName(name)).toBeUndefined();
  });
});

describe('countries: ranges and units', () => {
  it('an ellipsis between two numbers is the range\'s to, its text as printed', () => {
    expect(parseReferenceRange('0,27 ... 4,20')).toMatchObject({ low: 0.27, high: 4.2, text: '0,27 ... 4,20' });
    expect(parseReferenceRange('12,0…22,0')).toMatchObject({ low: 12, high: 22 });
    expect(parseReferenceRange('0,27 .... 4,20').low).toBeUndefined();
  });

  it.each([['mm/1a hora'], ['mm/1ª hora'], ['mm/Std.']])('%s is the ESR\'s mm/h', (unit) => {
    expect(toUcum(unit)).toBe('mm/h');
  });
});

describe('countries: a previous result at its date in the last column', () => {
  it('is set aside after a value and its range (a French report\'s Antériorités)', () => {
    expect(coded(['Glycémie à jeun           1,12 g/l    0,70 à 1,05      14/02/24 : 1,01', 'Créatinine                9,4 mg/l    7,2 à 11,8       14/02/24 : 9,0'].join('\n'))).toEqual([
      ['glucose', 1.12, 'g/L', 0.7, 1.05, 'high'],
      ['creatinine', 9.4, 'mg/L', 7.2, 11.8, 'normal'],
    ]);
  });

  it('is not taken for one where the line holds no range (a dated value is the row\'s own, or which is current is not said)', () => {
    expect(coded('Glucose           14/02/24 : 98')).toEqual([]);
    expect(coded('Glucose    98 mg/dL    14/02/24 : 95')).toEqual([]);
  });
});

describe('countries: groups\' intervals with a Romance `to`', () => {
  it('a card\'s reference line of sexes\' intervals written `a` is the result\'s text range, as with a dash', () => {
    const text = ['TESTOSTERONA TOTAL, soro', 'Resultado: 512 ng/dL', 'Valores de referência: Homens: 175 a 781 ng/dL   Mulheres: 10 a 75 ng/dL'].join('\n');
    expect(codedWithRangeText(text)).toEqual([['testosterone', 512, 'ng/dL', 'Homens: 175 a 781 ng/dL Mulheres: 10 a 75 ng/dL', null, null, null]]);
  });
});
