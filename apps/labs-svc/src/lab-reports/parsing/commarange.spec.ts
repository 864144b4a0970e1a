import { readFileSync } from 'node:fs';
import { coded } from '../../testing/reader.js';

/*
 * (commarange) A row that writes its range with decimal commas in a report whose mark is a point: its value and range
 * read with commas as decimals. Expected rows are written from the printed lines (a TSH of 1.006 µIU/mL in 0.27–4.2).
 */

describe('commarange: a comma report row among point decimals', () => {
  it('the TSH\'s `1,006` and its range `0,270 - 4,200` are 1.006 in 0.27–4.2; a CK far above a range of whole numbers stays thousands', () => {
    expect(coded([
      'TSH  1,006  uIU/ml  0,270 - 4,200',
      'Glucose  5.4  mmol/l  3.9 - 5.6',
      'CK  5,025  U/L  30 - 200',
    ].join('\n'))).toEqual([
      ['thyroid-stimulating-hormone', 1.006, 'u[IU]/mL', 0.27, 4.2, 'normal'],
      ['glucose', 5.4, 'mmol/L', 3.9, 5.6, 'normal'],
      ['creatine-kinase', 5025, 'U/L', 30, 200, 'high'],
    ]);
  });

  it('in a run-on line of a PDF\'s text (the tuning set\'s Czech report, one printed line): the value is found in its own part', () => {
    const text = readFileSync(new URL('../../../test/accuracy/tuning/cz_euc_pdf_text_one_run_on_line_name_value_range_unit_two_pages_censored_crp_unit_glued_to_footer_dipstick_arb_units.txt', import.meta.url), 'utf8');
    expect(text.split('\n').filter(Boolean)).toHaveLength(1);
    expect(coded(text).find((r) => r[0] === 'thyroid-stimulating-hormone')).toEqual(['thyroid-stimulating-hormone', 1.006, 'u[IU]/mL', 0.27, 4.2, 'normal']);
  });
});
