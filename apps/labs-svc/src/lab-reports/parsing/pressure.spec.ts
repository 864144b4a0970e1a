import { coded, resultsOf } from '../../testing/reader.js';

/**
 * A blood gas printed in kPa, as European and British laboratories print pCO2 and pO2: the unit is the row's (UCUM
 * `kPa`, converted to the catalog's mm[Hg] where a value is normalised), not dropped as a misprint.
 */
describe('partial pressures in kPa', () => {
  it('keeps kPa on a blood gas table', async () => {
    const rows = await coded([
      'Test        Result   Unit    Range          Flag',
      'pH          7.31             7.35 - 7.45    L',
      'pCO2        6.8      kPa     4.7 - 6.0      H',
      'pO2         8.9      kPa     10.0 - 13.3    L',
      'Bicarbonate 24       mmol/L  22 - 29',
    ].join('\n'));
    expect(rows).toEqual(expect.arrayContaining([
      ['carbon-dioxide-partial-pressure', 6.8, 'kPa', 4.7, 6, 'high'],
      ['oxygen-partial-pressure', 8.9, 'kPa', 10, 13.3, 'low'],
    ]));
  });

  it('keeps kPa on an inline row and mmHg beside it', async () => {
    const rows = await coded([
      'pCO2: 5.1 kPa (Ref: 4.7 - 6.0)',
      'pO2: 82 mmHg (Ref: 80 - 100)',
    ].join('\n'));
    expect(rows).toEqual([
      ['carbon-dioxide-partial-pressure', 5.1, 'kPa', 4.7, 6, 'normal'],
      ['oxygen-partial-pressure', 82, 'mm[Hg]', 80, 100, 'normal'],
    ]);
  });

  it('normalises kPa to the catalog\'s mm[Hg] (1 kPa = 7.50062 mm[Hg])', () => {
    const [row] = resultsOf('PaCO2: 5.1 kPa (Ref: 4.7 - 6.0)');
    expect(row?.normalized).toEqual({ value: 38.2533, unit: 'mm[Hg]' });
  });

  it('reads no pressure out of a sentence', () => {
    expect(coded('The tyre was at 220 kPa today and 5 more were fitted.')).toEqual([]);
  });
});
