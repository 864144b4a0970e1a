import { coded, resultsOf } from '../../testing/reader.js';

/*
 * (fixr87) Made-up inputs (other words, analytes and figures than the probe set's) for general shapes of a patient's
 * post:
 * 1. a printed unit of another kind than any its analyte is reported in refuses the name's code (an arbitrary unit
 *    under a small molecule's name, a cell count under a concentration's, a concentration under a count's).
 */
describe('fixr87: a printed unit the analyte cannot have refuses the code', () => {
  it('keeps uncoded an international unit under the name of a molecule measured by mass or amount', () => {
    expect(coded('Serum cortisol   2.4 mIU/L   0.5 - 4.5 mIU/L\n')).toEqual([['?Serum cortisol', 2.4, 'm[IU]/L', 0.5, 4.5, 'normal']]);
    expect(coded('Plasma glucose   7.9 U/L   (4 - 10)\n')[0]?.[0]).toBe('?Plasma glucose');
    expect(coded('Free thyroxine   6.10 mU/L   0.35 - 4.94\n')[0]?.[0]).toBe('?Free thyroxine');
  });

  it('keeps uncoded a cell count under a concentration, and a concentration under a count', () => {
    expect(coded('Ferritin   4.2 x10^9/L   (15 - 300)\n')[0]?.[0]).toBe('?Ferritin');
    expect(coded('Platelets   142 mmol/L   (150 - 400)\n')[0]?.[0]).toBe('?Platelets');
  });

  it('warns that the unit cannot measure the analyte', () => {
    const [r] = resultsOf('Serum cortisol   2.4 mIU/L   0.5 - 4.5 mIU/L\n');
    expect(r?.biomarker).toBeNull();
  });

  it('keeps the code where the unit is one the analyte is reported in, converted or of the same kind', () => {
    expect(coded('Free T4   15.2 pmol/L   (12 - 22)\n')[0]?.[0]).toBe('free-t4');
    expect(coded('Free T4   1.2 ng/dL   (0.8 - 1.8)\n')[0]?.[0]).toBe('free-t4');
    expect(coded('Cortisol   420 nmol/L   (140 - 690)\n')[0]?.[0]).toBe('cortisol');
    expect(coded('Platelets   240 G/L   (150 - 400)\n')[0]?.[0]).toBe('platelet-count');
    expect(coded('TSH   2.1 mU/L   (0.3 - 4.2)\n')[0]?.[0]).toBe('thyroid-stimulating-hormone');
    expect(coded('Insulin   60 pmol/L   (18 - 173)\n')[0]?.[0]).toBe('insulin');
    expect(coded('Prolactin   250 mIU/L   (100 - 500)\n')[0]?.[0]).toBe('prolactin');
    expect(coded('Ferritin   45 ug/L   (15 - 300)\n')[0]?.[0]).toBe('ferritin');
  });

  it('keeps the code where the unit is garbled (read as another unit of no kind it checks, or as none)', () => {
    expect(coded('Free T4   15.2 pm/L   (12 - 22)\n')[0]?.[0]).toBe('free-t4');
    expect(coded('Serum B12   402 Ng/L   (189 - 883)\n')[0]?.[0]).toBe('vitamin-b12');
    expect(coded('Free T4   15.2 pmol/1   (12 - 22)\n')[0]?.[0]).toBe('free-t4');
  });
});
