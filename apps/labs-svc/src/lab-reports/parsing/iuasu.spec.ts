import { resultsOf } from '../../testing/reader.js';

/*
 * (iuasu) A result printed in units where the catalog reports the analyte in international units, or the other way
 * round (a UK laboratory's TSH in mU/L, an ALT in IU/L), is normalized to the catalog's unit — the same quantity as
 * laboratories print it, which UCUM does not convert — so it takes part in trends and report comparisons.
 */
const normalizedOf = (line: string) => {
  const [r] = resultsOf(`${line}\n`);
  return r?.normalized;
};

describe('iuasu: a unit and an international unit are one when a result is normalized', () => {
  it('normalizes a TSH in mU/L and an ALT in IU/L to the catalog unit', () => {
    expect(normalizedOf('TSH   2.3 mU/L   (0.3 - 4.2)')).toEqual({ value: 2.3, unit: 'm[IU]/L' });
    // (review cr29) Not between scales of international units: a TSH in µU/L, mIU/mL or IU/L is the usual mIU/L
    // misprinted far more often than a result a thousand times off (the audit found such rows, ranges 0.30-4.5).
    expect(normalizedOf('TSH   2300 uU/L')).toBeUndefined();
    expect(normalizedOf('ALT   31 IU/L   (7 - 56)')).toEqual({ value: 31, unit: 'U/L' });
  });

  it('still leaves out what two factors are in use for: an insulin in pmol/L against the catalog\'s µIU/mL', () => {
    expect(normalizedOf('Insulin   42 pmol/L')).toBeUndefined();
    expect(resultsOf('Insulin   42 pmol/L\n')[0]?.biomarker?.key).toBe('insulin');
  });
});
