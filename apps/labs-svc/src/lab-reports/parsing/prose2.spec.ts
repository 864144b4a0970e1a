import { coded } from '../../testing/reader.js';
import { readsNothingAt } from './text-report.parser.js';

// (prose2) A line of prose that cannot read a row is told cheaply before the row readers run (readsNothingAt): a
// sentence of eight words or more, single-spaced, of words of letters and one plain number (not first, three words or
// more after it, the word after it no unit, flag, answer or range in words), ended by a full stop. Made-up lines.
const WORDS = ['the', 'level', 'window', 'of', 'buffer', 'was', 'read', 'and', 'each', 'value', 'after', 'it', 'Normal', 'High'];
const sentence = (i: number) => `${Array.from({ length: 12 }, (_, k) => (k === 5 ? String((i * 7 + k) % 250) : WORDS[(i * 5 + k * 3) % WORDS.length]!)).join(' ')}.`;

describe('prose2: a sentence of prose reads no row, told before the row readers run', () => {
  it('a sentence of plain words with one number reads nothing', () => {
    expect(readsNothingAt('the level window of buffer 12 read and each value after it.')).toBe(true);
    expect(readsNothingAt('was each it the of 12 value Normal level buffer and after.')).toBe(true);
  });

  it('any other line is left to the row readers', () => {
    expect(readsNothingAt('the level window of buffer 12 read and each value after it')).toBe(false); // no full stop
    expect(readsNothingAt('the of buffer 12 read and it.')).toBe(false); // seven words
    expect(readsNothingAt('the level window of buffer 12 read and 14 value after it.')).toBe(false); // two numbers
    expect(readsNothingAt('12 the level window of buffer read and each value after it.')).toBe(false); // the number first
    expect(readsNothingAt('the level window of buffer read and each value 12 after it.')).toBe(false); // two words after it
    expect(readsNothingAt('the level window of buffer  12 read and each value after it.')).toBe(false); // a column gap
    expect(readsNothingAt('the level window of buffer 12.5 read and each value after it.')).toBe(false); // a decimal
    expect(readsNothingAt('the level window of glucose 140 mg and each value after it.')).toBe(false); // a unit after it
    expect(readsNothingAt('the level window of sodium 140 High and each value after it.')).toBe(false); // a flag after it
    expect(readsNothingAt('the level window of nitrite 1 Negative and each value after it.')).toBe(false); // an answer after it
    expect(readsNothingAt('Glucose 95 mg/dL 70-99')).toBe(false);
  });

  it('prose reads no row; report lines between its sentences read theirs, as alone', () => {
    const report = ['Glucose 95 mg/dL 70-99', 'Sodium 140 mmol/L 135-145', 'Hemoglobin 13.1 g/dL 12.0-15.5'];
    const alone = coded(report.join('\n'));
    expect(alone).toEqual([['glucose', 95, 'mg/dL', 70, 99, 'normal'], ['sodium', 140, 'mmol/L', 135, 145, 'normal'],
      ['hemoglobin', 13.1, 'g/dL', 12, 15.5, 'normal']]);
    expect(coded(Array.from({ length: 200 }, (_, i) => sentence(i)).join('\n'))).toEqual([]);
    const mixed = report.flatMap((l, i) => [sentence(3 * i), sentence(3 * i + 1), l, sentence(3 * i + 2)]);
    expect(coded(mixed.join('\n'))).toEqual(alone);
  });

  it('a sentence whose number has a unit, a range in words and a flag after it is still read as the readers read it', () => {
    // The row readers take a value's unit, range and flag and leave the words after them: such a line is theirs to read.
    expect(readsNothingAt('Leukocytes 40 Neg pg High days Glucose nmol.')).toBe(false);
    expect(coded('Leukocytes 40 Neg pg High days Glucose nmol.').length).toBe(1);
  });
});
