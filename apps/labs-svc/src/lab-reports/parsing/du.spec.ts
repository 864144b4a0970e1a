import { readResults } from '../../testing/reader.js';

// (du) A calendar date printed where the unit stands is the result's date, never its unit.
const rows = async (text: string) => (await readResults(text)).map((r) => ({ key: r.biomarker?.key, value: r.value, unit: r.unit }));

describe('a date where the unit stands (du)', () => {
  it('reads no unit from a date in the unit column', async () => {
    expect(await rows('Glucose   5.4   12/03/24   3.9-5.5')).toEqual([{ key: 'glucose', value: 5.4, unit: null }]);
    expect(await rows('T4 Free\nStandard Range: 0.80 - 1.50 ng/dL\n\n6/29/18      0.81')).toEqual([{ key: 'free-t4', value: 0.81, unit: null }]);
  });

  it('keeps real units, with and without a date elsewhere on the line', async () => {
    expect(await rows('Glucose   5.4   mmol/L   3.9-5.5')).toEqual([{ key: 'glucose', value: 5.4, unit: 'mmol/L' }]);
    expect(await rows('Platelets   250   10^9/L   150-400')).toEqual([{ key: 'platelet-count', value: 250, unit: '10*9/L' }]);
  });
});
