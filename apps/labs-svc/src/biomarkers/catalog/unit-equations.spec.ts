import { catalog, opts, resultsOf } from '../../testing/reader.js';
import { codeRows } from '../../lab-reports/parsing/coding.js';
import { parseTextReport } from '../../lab-reports/parsing/text-report.parser.js';
import { normalizeValue } from '../../lab-reports/parsing/units.js';
import { rateResult } from '../../lab-results/lab-status.js';
import { analyteFacts } from './analyte-facts.js';

/*
 * (review cr28) An HbA1c in IFCC mmol/mol is the NGSP % of the IFCC–NGSP master equation (NGSP % = 0.09148 × IFCC +
 * 2.152), never UCUM's ratio (a tenth of a per cent): 48 mmol/mol, the diagnostic threshold of diabetes, had been
 * normalized to 4.8 % and rated optimal against the clinic's < 5.7 %. Expected values worked by hand from the equation:
 * 48 → 4.39104 + 2.152 = 6.54304; 38 → 3.47624 + 2.152 = 5.62824; 6.5 % → 4.348 / 0.09148 = 47.5295 mmol/mol.
 */
const a1c = analyteFacts({ key: 'hemoglobin-a1c' });

describe('cr28: HbA1c between IFCC mmol/mol and NGSP % by the master equation', () => {
  it('converts both ways by the equation, naming it', () => {
    expect(normalizeValue(48, 'mmol/mol', '%', a1c)).toEqual({ value: 6.54304, by: expect.stringContaining('IFCC–NGSP') });
    expect(normalizeValue(6.5, '%', 'mmol/mol', a1c)?.value).toBeCloseTo(47.5295, 3);
    expect(normalizeValue(6.5, '%', '%', a1c)).toEqual({ value: 6.5 });
  });

  it('never by UCUM\'s ratio, nor into another unit', () => {
    expect(normalizeValue(48, 'mmol/mol', '{ratio}', a1c)).toBeNull();
    // Another analyte in mmol/mol keeps UCUM's conversion (no equation): an albumin/creatinine ratio's mg/mmol is no %.
    expect(normalizeValue(48, 'mmol/mol', '%')?.value).toBe(4.8);
  });

  it('normalizes a UK report\'s HbA1c to 6.54 %, keeps it as printed, and says by which equation', () => {
    const [r] = resultsOf('HbA1c   48 mmol/mol   (20 - 41)\n');
    expect(r).toMatchObject({ value: 48, unit: 'mmol/mol', normalized: { value: 6.54304, unit: '%' } });
    const { warnings } = codeRows(parseTextReport('HbA1c   48 mmol/mol   (20 - 41)\n', opts).rows, catalog, '2026-01-01T00:00:00.000Z');
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'converted-by-standard', line: 1, message: expect.stringContaining('master equation') }));
  });

  it('rates 48 mmol/mol the lab calls normal as normal, not optimal (< 5.7 %); 38 mmol/mol (5.63 %) optimal', () => {
    expect(rateResult({ biomarkerKey: 'hemoglobin-a1c', value: 48, unit: 'mmol/mol', flag: 'normal' }, 'female').status).toBe('normal');
    expect(rateResult({ biomarkerKey: 'hemoglobin-a1c', value: 38, unit: 'mmol/mol', flag: 'normal' }, 'female').status).toBe('optimal');
  });
});
