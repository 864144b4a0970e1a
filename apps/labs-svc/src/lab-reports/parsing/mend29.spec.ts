import { coded, codedWithRangeText } from '../../testing/reader.js';

/*
 * (mend29, review cr24 of fixr85d) A percentage, its range and a count on one line are a differential's two results
 * only after a white cell's name: after another name the count is another analyte's, never invented under that name.
 */
describe('mend29: a percentage, its range and a count after a name that is no white cell', () => {
  it('reads no count row for a red cell or platelet index', () => {
    expect(coded('Hematocrit: 44 % 40 - 52 5.1 M/uL').filter((r) => r[2] !== '%')).toEqual([]);
    expect(coded('RDW: 13 % 11 - 15 4.5 M/uL').filter((r) => r[2] !== '%')).toEqual([]);
    expect(coded('MPV 10 % 7 - 11 250 K/uL').filter((r) => r[2] !== '%')).toEqual([]);
  });
  it('keeps a differential\'s two results in English, Turkish and abbreviations', () => {
    expect(codedWithRangeText('Lymphocytes (LYM) : 16 % 20 - 45 1.26 K/ul')).toEqual([
      ['lymphocytes', 16, '%', '20 - 45', 20, 45, 'low'], ['lymphocytes-absolute', 1.26, '10*3/uL', null, null, null, null]]);
    expect(coded('Lenfosit: 28 % 20 - 40 1,9 bin/µL')).toEqual([
      ['lymphocytes', 28, '%', 20, 40, 'normal'], ['lymphocytes-absolute', 1.9, '10*3/uL', null, null, null]]);
    expect(coded('Basophils: 1 % 0 to 2 0.05 x10^9/L').map((r) => r[0])).toEqual(['basophils', 'basophils-absolute']);
  });
});
