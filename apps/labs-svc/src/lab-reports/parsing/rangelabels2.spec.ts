import { coded } from '../../testing/reader.js';

/*
 * (rangelabels2) Labels of the reference range in more languages (reference-range.ts RANGE_NAME_LABELS), read before a
 * range in a result's parentheses, after a row's cells and on a line of their own. Each line's expected row is the
 * calcium of 2.52 mmol/L in 2.1–2.55, as printed; before, the label left the range as text or cost the row.
 */

const CALCIUM = ['calcium', 2.52, 'mmol/L', 2.1, 2.55, 'normal'];

describe('rangelabels2: a range after a label in the report\'s language', () => {
  it.each([
    'Calcium: 2,52 mmol/l (normes : 2,1-2,55)',
    'Calcium: 2,52 mmol/l (Norme: 2,1-2,55)',
    'Calcium: 2,52 mmol/l (Referenzwerte: 2,1-2,55)',
    'Calcium: 2,52 mmol/l (Normwert: 2,1-2,55)',
    'Calcium: 2,52 mmol/l (referentiewaarden: 2,1-2,55)',
    'Calcium: 2,52 mmol/l (wartości referencyjne: 2,1-2,55)',
    'Calcium: 2,52 mmol/l (referenční meze: 2,1-2,55)',
    'Calcium: 2,52 mmol/l (viitearvot: 2,1-2,55)',
    'Calcium: 2,52 mmol/l (rif.: 2,1-2,55)',
    'Calcium: 2.52 mmol/L (Normal Ranges: 2.1-2.55)',
    'Calcium: 2.52 mmol/L (Expected range: 2.1-2.55)',
    'Calcium: 2.52 mmol/L (Biological ref. interval: 2.1-2.55)',
    'Calcium  2,52  mmol/l  Referenzwerte: 2,1-2,55',
    'Calcium 2,52 mmol/l [normes : 2,1 - 2,55]',
    'Calcium: 2,52 mmol/l\nNormwert: 2,1 - 2,55',
  ])('%j', (line) => {
    expect(coded(line)).toEqual([CALCIUM]);
  });

  it('a tier\'s label stays the range\'s text, as before', () => {
    expect(coded('Calcium: 2,52 mmol/l (Diabetes: 2,2-2,7)')).toEqual([['calcium', 2.52, 'mmol/L', null, null, null]]);
  });
});
