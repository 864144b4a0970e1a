import { catalog, coded } from '../../testing/reader.js';

/*
 * Review 38's leftovers, mended in the twenty-fourth session: each mechanism with a negative. Expected rows are what the
 * printed line says — the test, value, unit, bounds and flag a laboratory professional reads — not the reader's output.
 */

const lines = (...l: string[]) => l.join('\n');

describe('wordratio: two words about a slash after the name are the end of a ratio\'s name, not a unit', () => {
  it('`Cholesterol, Total/HDL  4.1  <5.0` is the cholesterol/HDL ratio, not a total cholesterol of no value', () => {
    expect(coded('Cholesterol, Total/HDL  4.1  <5.0')).toEqual([['cholesterol-hdl-ratio', 4.1, '{ratio}', null, 5, 'normal']]);
  });

  it('`PSA, Free/Total  0.18  >0.25` is the free PSA fraction, low — not a total PSA of 0.18 in a unit `Free/Total`', () => {
    const [row] = coded('PSA, Free/Total  0.18  >0.25');
    expect(row![0]).toBe('prostate-specific-antigen-free-percent');
    expect([row![1], row![3], row![5]]).toEqual([0.18, 0.25, 'low']);
  });

  it('a unit UCUM reads in the unit column before the value stays the unit', () => {
    expect(coded('Sodium  mmol/L  141  135-145')).toEqual([['sodium', 141, 'mmol/L', 135, 145, 'normal']]);
  });
});

describe('an element\'s letter after Chinese words that name another test', () => {
  it('`葡萄糖 K` (glucose) is no potassium; `钾 K` and `血清钾 K` are', () => {
    expect(catalog.matchName('葡萄糖 K')?.key).toBeUndefined();
    expect(catalog.matchName('钾 K')?.key).toBe('potassium');
    expect(catalog.matchName('血清钾 K')?.key).toBe('potassium');
    expect(catalog.matchName('睾酮 T')?.key).toBe('testosterone');
  });
});

describe('postfix: a bound word of another language after its number, on a printed line', () => {
  it('Hungarian `6,1 alatt` (below) and `1,0 felett` (above) after the value and its unit are the range', () => {
    expect(coded(lines('Glükóz  5,1 mmol/L  6,1 alatt', 'Koleszterin  5,8 mmol/L  5,2 alatt', 'HDL-koleszterin  1,4 mmol/L  1,0 felett'))
      .map((r) => [r[0], r[3], r[4], r[5]])).toEqual([
      ['glucose', null, 6.1, 'normal'],
      ['total-cholesterol', null, 5.2, 'high'],
      ['hdl-cholesterol', 1, null, 'normal'],
    ]);
  });

  it('Korean `200 미만` (below) and `40 이상` (at least), Turkish `1,0 ve üzeri`, a flag after the words', () => {
    expect(coded(lines('총콜레스테롤  220 mg/dL  200 미만', 'HDL 콜레스테롤  55 mg/dL  40 이상', '공복혈당  105 mg/dL  100 미만  H', 'HDL  1,4 mmol/L  1,0 ve üzeri')))
      .toEqual([
        ['total-cholesterol', 220, 'mg/dL', null, 200, 'high'],
        ['hdl-cholesterol', 55, 'mg/dL', 40, null, 'normal'],
        ['glucose', 105, 'mg/dL', null, 100, 'high'],
        ['hdl-cholesterol', 1.4, 'mmol/L', 1, null, 'normal'],
      ]);
  });

  it('a sentence after the words is a criterion, not a range: the line reads no range from it', () => {
    expect(coded('Glükóz  5,1 mmol/L, a 6,1 alatt kell legyen').filter((r) => r[4] === 6.1)).toEqual([]);
  });
});
