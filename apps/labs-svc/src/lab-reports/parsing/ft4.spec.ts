import { readResults } from '../../testing/reader.js';

// (ft4, review cr24 of fixr85d) A free thyroid hormone's bracketed abbreviation after the hormone's name is the free
// hormone only in a unit the free fraction is reported in; in the total's unit it is the total the name says.
const first = async (text: string) => {
  const [r] = await readResults(text);
  return { key: r?.biomarker?.key, value: r?.value, unit: r?.unit };
};

describe('a free thyroid abbreviation after the hormone name, checked against the unit (ft4)', () => {
  it("reads the total where the unit and range are the total's", async () => {
    expect(await first('Thyroxine (FT4)   98 nmol/L   (59-154)')).toEqual({ key: 'total-t4', value: 98, unit: 'nmol/L' });
    expect(await first('Thyroxine (FT4)   6.5 ug/dL   4.5-12.0')).toEqual({ key: 'total-t4', value: 6.5, unit: 'ug/dL' });
    expect(await first('Triiodothyronine (FT3)   1.6 nmol/L   1.2-2.8')).toEqual({ key: 'total-t3', value: 1.6, unit: 'nmol/L' });
  });

  it("keeps the free hormone in a free fraction's unit, and where the name says free", async () => {
    expect(await first('Triiodothyronine (FT3)   5.0 pmol/L   (3.1-6.8)')).toEqual({ key: 'free-t3', value: 5, unit: 'pmol/L' });
    expect(await first('Thyroxine (FT4)   15.2 pmol/L   (12-22)')).toEqual({ key: 'free-t4', value: 15.2, unit: 'pmol/L' });
    expect(await first('Free Thyroxine (FT4)   1.1 ng/dL   0.8-1.8')).toEqual({ key: 'free-t4', value: 1.1, unit: 'ng/dL' });
    expect(await first('FT4   14.1 pmol/L   12-22')).toEqual({ key: 'free-t4', value: 14.1, unit: 'pmol/L' });
  });
});
