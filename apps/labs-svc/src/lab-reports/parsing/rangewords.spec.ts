import { coded } from '../../testing/reader.js';
import { parseReferenceRange } from './reference-range.js';

/*
 * (rangewords) An interval said in words, `from A to B` and `between A and B`, in English and as laboratories of other
 * languages print it (tokens.ts RANGE_FROM, RANGE_TO_WORD, RANGE_BETWEEN, RANGE_AND): in a range cell, on a line of
 * single spaces, and in brackets. Written from the languages' grammar, not from a test set; the expected rows are what
 * the printed line says.
 */

const bounds = (text: string) => {
  const r = parseReferenceRange(text);
  return [r.low ?? null, r.high ?? null];
};

describe('rangewords: a range cell of an interval in words is its two bounds', () => {
  it.each([
    ['from 135 to 145', 135, 145],
    ['between 98 and 107', 98, 107],
    ['von 2,15 bis 2,55', 2.15, 2.55],
    ['zwischen 3 und 5', 3, 5],
    ['de 0,7 a 1,0', 0.7, 1],
    ['entre 11 et 18', 11, 18],
    ['entre 3,5 y 5,1', 3.5, 5.1],
    ['da 3 a 5', 3, 5],
    ['tra 3 e 5', 3, 5],
    ['van 3,5 tot 5,1', 3.5, 5.1],
    ['tussen 3 en 5', 3, 5],
    ['od 2,5 do 7,5', 2.5, 7.5],
    ['från 3,5 till 5,0', 3.5, 5],
    ['mellan 3 och 5', 3, 5],
    ['fra 3,5 til 5,0', 3.5, 5],
    ['3,5 til 5,0', 3.5, 5],
    ['de la 3 la 5', 3, 5],
    ['între 3 și 5', 3, 5],
    ['από 3 έως 5', 3, 5],
    ['dari 3 sampai 5', 3, 5],
    ['3 s/d 5', 3, 5],
    ['VON 3 BIS 5', 3, 5],
  ])('%s', (text, low, high) => {
    expect(bounds(text)).toEqual([low, high]);
  });

  it('a word alone, a pair of words with no second number, or an age group\'s words after it are no interval', () => {
    expect(bounds('de 3')).toEqual([null, null]);
    expect(bounds('between 3')).toEqual([null, null]);
    expect(bounds('de 12 a 16 años')).toEqual([null, null]);
    expect(bounds('between 2 and 4 hours')).toEqual([null, null]);
  });
});

describe('rangewords: rows whose range is an interval in words', () => {
  it('in a table\'s range column', () => {
    expect(coded([
      'Test         Result   Units    Reference Range',
      'Sodium       139      mmol/L   from 135 to 145',
      'Chloride     109      mmol/L   between 98 and 107',
      'Calcium      2.3      mmol/L   von 2,15 bis 2,55',
    ].join('\n'))).toEqual([
      ['sodium', 139, 'mmol/L', 135, 145, 'normal'],
      ['chloride', 109, 'mmol/L', 98, 107, 'high'],
      ['calcium', 2.3, 'mmol/L', 2.15, 2.55, 'normal'],
    ]);
  });

  it.each([
    ['Natrium 139 mmol/l von 135 bis 145', ['sodium', 139, 'mmol/L', 135, 145, 'normal']],
    ['Glucose 105 mg/dL between 70 and 99', ['glucose', 105, 'mg/dL', 70, 99, 'high']],
    ['Kalium 3,2 mmol/l od 3,5 do 5,1', ['potassium', 3.2, 'mmol/L', 3.5, 5.1, 'low']],
    ['Natrium 139 mmol/l (von 135 bis 145)', ['sodium', 139, 'mmol/L', 135, 145, 'normal']],
    ['Glucose 105 mg/dL (between 70 and 99)', ['glucose', 105, 'mg/dL', 70, 99, 'high']],
    ['Hemoglobina 13,1 g/dL (de 12,0 a 16,0)', ['hemoglobin', 13.1, 'g/dL', 12, 16, 'normal']],
  ] as const)('on a line: %s', (line, row) => {
    expect(coded(line)).toEqual([row]);
  });

  it('a decreasing pair is no interval, and an age group\'s interval gives the row no bounds', () => {
    expect(coded('Glucose 105 mg/dL between 99 and 70')).not.toContainEqual(['glucose', 105, 'mg/dL', 70, 99, 'high']);
    expect(coded('Hemoglobina 13,1 g/dL de 12 a 16 años').map((r) => [r[3], r[4]])).not.toContainEqual([12, 16]);
  });
});
