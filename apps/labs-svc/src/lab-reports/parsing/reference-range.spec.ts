import { flagFromRange, normalizeFlag } from './flags.js';
import { parseReferenceRange, rangeFromBounds } from './reference-range.js';

describe('parseReferenceRange', () => {
  it.each([
    ['3.5-5.0', { low: 3.5, high: 5, lowInclusive: true, highInclusive: true, text: '3.5-5.0' }],
    ['3.5 - 5.0', { low: 3.5, high: 5, lowInclusive: true, highInclusive: true, text: '3.5 - 5.0' }],
    ['70 to 99', { low: 70, high: 99, lowInclusive: true, highInclusive: true, text: '70 to 99' }],
    ['<200', { high: 200, highInclusive: false, text: '<200' }],
    ['< 200', { high: 200, highInclusive: false, text: '< 200' }],
    ['<=5.0', { high: 5, highInclusive: true, text: '<=5.0' }],
    ['≤5.0', { high: 5, highInclusive: true, text: '≤5.0' }],
    ['>=40', { low: 40, lowInclusive: true, text: '>=40' }],
    ['>40', { low: 40, lowInclusive: false, text: '>40' }],
    ['above >=90', { low: 90, lowInclusive: true, text: 'above >=90' }],
    ['below 5', { high: 5, highInclusive: false, text: 'below 5' }],
    ['up to 5.0', { high: 5, highInclusive: true, text: 'up to 5.0' }],
    ['<100 OPTIMAL', { high: 100, highInclusive: false, text: '<100 OPTIMAL' }],
    ['l3.0-l7.7', { low: 13, high: 17.7, lowInclusive: true, highInclusive: true, text: 'l3.0-l7.7' }],
    ['O.5-1.O', { low: 0.5, high: 1, lowInclusive: true, highInclusive: true, text: 'O.5-1.O' }],
    ['Negative', { expected: 'negative', text: 'Negative' }],
    ['NEG', { expected: 'negative', text: 'NEG' }],
    ['Non Reactive', { expected: 'negative', text: 'Non Reactive' }],
    ['Not Detected', { expected: 'negative', text: 'Not Detected' }],
    ['Not Estab.', { text: 'Not Estab.' }],
    ['', {}],
  ])('%j', (text, expected) => {
    expect(parseReferenceRange(text)).toEqual(expected);
  });

  it('builds a range from bounds given as numbers', () => {
    expect(rangeFromBounds(3.5, 5)).toEqual({ low: 3.5, high: 5, lowInclusive: true, highInclusive: true, text: '3.5-5' });
    expect(rangeFromBounds(undefined, 200)).toEqual({ high: 200, highInclusive: true, text: '<=200' });
    expect(rangeFromBounds(undefined, undefined, '<200')).toEqual({ high: 200, highInclusive: false, text: '<200' });
  });
});

describe('normalizeFlag: printed flags kept in our vocabulary', () => {
  it.each([
    ['H', 'high'], ['High', 'high'], ['(H)', 'high'], ['L', 'low'], ['low', 'low'], ['HH', 'critical-high'], ['LL', 'critical-low'],
    ['Critical High', 'critical-high'], ['CL', 'critical-low'], ['A', 'abnormal'], ['AA', 'abnormal'], ['*', 'abnormal'], ['Abnormal', 'abnormal'],
    ['N', 'normal'], ['>', 'high'], ['<', 'low'], ['Q', null], ['', null],
  ])('%j → %j', (printed, flag) => {
    expect(normalizeFlag(printed)).toBe(flag);
  });
});

describe('flagFromRange: computed when the report prints none', () => {
  const r = (t: string) => parseReferenceRange(t);
  it.each([
    [92, undefined, undefined, '70-99', 'normal'],
    [70, undefined, undefined, '70-99', 'normal'],
    [69.9, undefined, undefined, '70-99', 'low'],
    [99.1, undefined, undefined, '70-99', 'high'],
    [199, undefined, undefined, '<200', 'normal'],
    [200, undefined, undefined, '<200', 'high'],
    [200, undefined, undefined, '<=200', 'normal'],
    [40, undefined, undefined, '>=40', 'normal'],
    [40, undefined, undefined, '>40', 'low'],
    [126, undefined, undefined, 'above >=90', 'normal'],
    [5, '<', '<5.0', '7.6-42.6', 'low'],
    [0.1, '<', '<0.1', '0.0-4.0', 'normal'], // (labs39fix: a low bound of zero is none)
    [0.1, '<', '<0.1', '<4.0', 'normal'],
    [1000, '>', '>1000', '10-200', 'high'],
    [52, undefined, undefined, 'Not Estab.', null],
    [null, undefined, 'Negative', 'Negative', 'normal'],
    [null, undefined, 'Positive', 'Negative', 'abnormal'],
    [null, undefined, 'Non Reactive', 'Non-Reactive', 'normal'],
    [5, undefined, undefined, '', null],
  ] as const)('%j %j %j against %j → %j', (value, comparator, text, range, flag) => {
    expect(flagFromRange(value, comparator, text, r(range))).toBe(flag);
  });
});

describe('a label after `=`: one list of reference labels with the text reader (REFERENCE_LABEL, EQUALS_LABEL)', () => {
  // The range parser had its own short list of labels that name the range after `=`; the text reader's `unlabelled`
  // the long one (other languages, `nüchtern`, `ayuno`, `jejum`, `норма`). One list now, so a JSON, ASTM or table range
  // reads as a text line's does.
  it('`70-99 = Nüchtern`, `3.5-5.5 = Норма` are the range (text only before); a tier\'s label still gives no bounds', () => {
    expect(parseReferenceRange('70-99 = Nüchtern')).toMatchObject({ low: 70, high: 99 });
    expect(parseReferenceRange('3.5-5.5 = Норма')).toMatchObject({ low: 3.5, high: 5.5 });
    expect(parseReferenceRange('≥90 = Normal')).toMatchObject({ low: 90 });
    const tier = parseReferenceRange('60-89 = Mild');
    expect(tier.text).toBe('60-89 = Mild');
    expect(tier.low).toBeUndefined();
    expect(tier.high).toBeUndefined();
  });
});
