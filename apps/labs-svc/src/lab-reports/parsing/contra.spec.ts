import { codeRows } from './coding.js';
import { parseTextReport } from './text-report.parser.js';
import { catalog, hl7Message, opts } from '../../testing/reader.js';
import { parseHl7 } from './hl7.parser.js';

/*
 * (contra) A flag the laboratory printed that its own printed range contradicts is kept — the laboratory may hold the
 * value against a range it did not print (a sex's, an age's, a panic limit) — and the report says so, as a JSON
 * record's status already did. Expected answers are what a clinician reads in each made-up line: the printed flag, and
 * whether the printed range agrees with it.
 */
const CODED_AT = '2026-01-01T00:00:00.000Z';
const read = (text: string) => codeRows(parseTextReport(text, opts).rows, catalog, CODED_AT);
const said = (r: ReturnType<typeof read>) => r.warnings.filter((w) => w.code === 'flag-contradicts-range').map((w) => [w.line, w.message]);

describe('contra: a printed flag its printed range contradicts', () => {
  it('is kept, and the report warns on its line naming the side the range gives', () => {
    const r = read([
      'Test        Result  Flag  Units   Reference',
      'Calcium     7.9     H     mg/dL   8.5-10.5',
      'Magnesium   1.2     N     mg/dL   1.5-2.5',
      'Potassium   4.2     L     mmol/L  3.5-5.1',
    ].join('\n'));
    expect(r.results.map((c) => [c.biomarker?.key, c.value, c.flag])).toEqual([['calcium', 7.9, 'high'], ['magnesium', 1.2, 'normal'], ['potassium', 4.2, 'low']]);
    expect(said(r)).toEqual([
      [2, 'The printed flag "H" of "Calcium" disagrees with its printed range (8.5-10.5), which makes it low: the laboratory\'s flag is kept'],
      [3, 'The printed flag "N" of "Magnesium" disagrees with its printed range (1.5-2.5), which makes it low: the laboratory\'s flag is kept'],
      [4, 'The printed flag "L" of "Potassium" disagrees with its printed range (3.5-5.1), which makes it normal: the laboratory\'s flag is kept'],
    ]);
  });

  it('a critical flag on the other side of the range is a contradiction too', () => {
    const r = read('Potassium   2.1   HH   mmol/L   3.5-5.1');
    expect(r.results.map((c) => c.flag)).toEqual(['critical-high']);
    expect(said(r).map(([line]) => line)).toEqual([1]);
  });

  it('says nothing where the flag and the range agree, the value sits on a bound, the value is censored, or the flag names no side', () => {
    const r = read([
      'Test          Result  Flag  Units   Reference',
      'Calcium       11.2    H     mg/dL   8.5-10.5',
      'Sodium        135     L     mmol/L  135-145',
      'Neutrophils   1.9     L     10^9/L  1.9-7.0',
      'Troponin I    <0.01   H     ng/mL   0.00-0.04',
      'Glucose       95      A     mg/dL   70-99',
      'Potassium     2.1     LL    mmol/L  3.5-5.1',
    ].join('\n'));
    expect(r.results.map((c) => [c.biomarker?.key, c.flag])).toEqual([
      ['calcium', 'high'], ['sodium', 'low'], ['neutrophils-absolute', 'low'], ['troponin-i', 'high'], ['glucose', 'abnormal'], ['potassium', 'critical-low'],
    ]);
    expect(said(r)).toEqual([]);
  });

  it('says nothing for a flag the range does not bound (a range in words, or none printed)', () => {
    const r = read(['Glucose   130   H   mg/dL', 'Ketones   Negative   H   mg/dL   Negative'].join('\n'));
    expect(r.results.map((c) => c.flag)).toEqual(['high', 'high']);
    expect(said(r)).toEqual([]);
  });

  it('an HL7 OBX whose abnormal flag its own range contradicts is kept with the warning', () => {
    const msg = hl7Message('OBX|1|NM|718-7^Hemoglobin^LN||12.8|g/dL|11.3-15.2|L|||F');
    const r = codeRows(parseHl7(msg, opts).rows, catalog, CODED_AT);
    expect(r.results.map((c) => [c.biomarker?.key, c.value, c.flag])).toEqual([['hemoglobin', 12.8, 'low']]);
    expect(r.warnings.filter((w) => w.code === 'flag-contradicts-range')).toHaveLength(1);
  });
});
