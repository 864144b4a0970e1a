import { coded } from '../../testing/reader.js';

// (prose) A text that is no report (prose with a number on every line, as bench-labs' non-report texts): it reads no
// row, and a report inside it still reads its own. The text reader now asks the catalog about a name with its number
// (`CA 125`, `Vitamin D 25 Hydroxy`, `the level of buffer 5 read`) only where the line would read a row: the rows are
// those it read when it asked first.
const WORDS = ['the', 'level', 'window', 'of', 'buffer', 'was', 'read', 'and', 'each', 'value', 'after', 'it', 'Normal', 'High'];
const prose = (lines: number, seed = 0) => Array.from({ length: lines }, (_, i) => `${Array.from({ length: 12 }, (_, k) => (k === 5
  ? String((i * 7 + k + seed) % 250) : WORDS[(i * 5 + k * 3 + seed) % WORDS.length]!)).join(' ')}.`).join('\n');

const REPORT = ['Glucose  95  mg/dL  70-99', 'CA 125  41  U/mL  0-35', 'Vitamin D 25 Hydroxy  27.4  ng/mL  30-100', 'IGF 1  180  ng/mL  100-300'].join('\n');
const REPORT_ROWS = [
  ['glucose', 95, 'mg/dL', 70, 99, 'normal'], ['cancer-antigen-125', 41, 'U/mL', 0, 35, 'high'],
  ['vitamin-d', 27.4, 'ng/mL', 30, 100, 'low'], ['somatomedin-c', 180, 'ng/mL', 100, 300, 'normal'],
];

describe('nonreport: a text that is no report', () => {
  it('prose with a number and status words on every line reads no row', () => {
    expect(coded(prose(300))).toEqual([]);
  });

  it('a report between paragraphs of prose reads its rows, as alone', () => {
    expect(coded(REPORT)).toEqual(REPORT_ROWS);
    expect(coded(`${prose(40, 1)}\n\n${REPORT}\n\n${prose(40, 3)}\n`)).toEqual(REPORT_ROWS);
  });

  it('a name owning its number still reads its result; a number inside a name no test has ends the line', () => {
    expect(coded('Apolipoprotein B 100  90  mg/dL  60-130')).toEqual([['apolipoprotein-b', 90, 'mg/dL', 60, 130, 'normal']]);
    expect(coded('Testosterone 01  450  ng/dL  264-916')).toEqual([['testosterone', 450, 'ng/dL', 264, 916, 'normal']]);
    // The later split (`Foo 5 bar` = 7 mg/dL) would read a row: the number inside the name, asked then, ends the line.
    expect(coded('Foo 5 bar 7 mg/dL 1-10')).toEqual([]);
    expect(coded('Sodium level 5 buffer 140 mmol/L 135-145')).toEqual([]);
    expect(coded('LDL 1 3 4')).toEqual([]);
  });

  it('a sentence that mentions a number is no row, before or after the value', () => {
    expect(coded('Vitamin D is defined as deficient at a level below 20 ng/mL.')).toEqual([]);
    expect(coded('the level of sodium 5 was read and each 140 mmol/L 135-145')).toEqual([]);
  });
});
