import { readKeyed } from '../../testing/keyed-sets.js';

/*
 * The thirteenth session's table rules, made from keyed set 9's first run (keyed-tables.spec.ts), each held here by
 * hand on lines of its own: the expected rows are what a laboratory professional reads off the printed line.
 */
const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('cumulative tables (set 9)', () => {
  it('a unit and a range printed between the name and the dates are the row\'s, and the newest date\'s value is the result', async () => {
    expect(await readKeyed(lines(
      'Test                 Units   Ref Range  10/02/25  07/15/25  04/01/25',
      'TSH                  mIU/L   0.45-4.50  2.14      3.88      5.02 H',
      'Testosterone, Total  ng/dL   264-916    612       455       238 L',
    ))).toEqual(['thyroid-stimulating-hormone||normal|2.14|m[IU]/L|0.45..4.5', 'testosterone||normal|612|ng/dL|264..916']);
  });

  it('an older column\'s flag one space after its value is that value\'s, never the newest result\'s (newest on the right)', async () => {
    expect(await readKeyed(lines(
      'Test        Units   Range      01/05/25  03/09/25  06/14/25',
      'Ferritin    ng/mL   30-400     12 L      24 L      71',
      'Glucose     mg/dL   65-99      92        96        104 H',
    ))).toEqual(['ferritin||normal|71|ng/mL|30..400', 'glucose||high|104|mg/dL|65..99']);
  });

  it('a bare line of three dates over their draw times heads the columns: the newest date\'s value, not the first printed', async () => {
    expect(await readKeyed(lines(
      '                 11/02/24  02/11/25  05/20/25',
      '                 07:55     08:10     07:42',
      'HGB       g/dL   16.9 H    17.4 H    15.9       [13.2-17.1]',
      'FERRITIN  ng/mL  142       88        19 L       [38-380]',
    ))).toEqual(['hemoglobin||normal|15.9|g/dL|13.2..17.1', 'ferritin||low|19|ng/mL|38..380']);
  });

  it('a flag column after an earlier date\'s column (`F`) flags that earlier result only', async () => {
    expect(await readKeyed(lines(
      'Test                 08/14/25  F  02/03/25  F  Units   Reference',
      'Triglycerides        104          160       H  mg/dL   <150',
      'hs-CRP               3.6       H  3.4       H  mg/L    <3.0',
    ))).toEqual(['triglycerides||normal|104|mg/dL|..150', 'hs-crp||high|3.6|mg/L|..3']);
  });
});

describe('a differential\'s percentage and count on one line (set 9)', () => {
  it('each with its bracketed range, the count perhaps labelled `Abs` and its unit after the range: two rows', async () => {
    expect(await readKeyed(lines(
      'Lymphocytes     22 %   (20-45)    1.7 x10^9/L   (1.0-4.0)',
      'Bands    4 %  (0-5)    Abs 0.3  (0.0-0.5)  K/uL',
    ))).toEqual([
      'lymphocytes||normal|22|%|20..45', 'lymphocytes-absolute||normal|1.7|10*3/uL|1..4',
      'band-form-neutrophils||normal|4|%|0..5', 'band-form-neutrophils-absolute||normal|0.3|10*3/uL|0..0.5',
    ]);
  });

  it('not under a name of another cell than a white cell (the count after a hematocrit is no hematocrit\'s)', async () => {
    const read = await readKeyed(lines('Hematocrit     44 %   (40-52)    5.1 M/uL   (4.2-5.8)'));
    expect(read.filter((r) => r.startsWith('hematocrit|') && !r.includes('|%|'))).toEqual([]);
  });
});
