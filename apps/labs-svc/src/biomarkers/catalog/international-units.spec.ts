import { catalog, opts, resultsOf } from '../../testing/reader.js';
import { codeRows } from '../../lab-reports/parsing/coding.js';
import { parseTextReport } from '../../lab-reports/parsing/text-report.parser.js';
import { normalizeValue, type AnalyteFacts } from '../../lab-reports/parsing/units.js';

const convertResultUnit = (v: number, from: string, to: string, facts: AnalyteFacts = {}) => normalizeValue(v, from, to, facts)?.value ?? null;
import { internationalStandardOf } from './international-units.v1.js';

/*
 * (iustd) A hormone laboratories print by mass in one country and in international units in another is normalized
 * through its WHO International Standard, so the two are one series. Expected values worked by hand from the
 * standards' stated factors (prolactin, IS 84/500: 1 ng/mL = 21.2 mIU/L; growth hormone, IS 98/574: 1 ng/mL = 3.0 mIU/L),
 * not from the code.
 */
const gramsPerIu = (key: string) => { const standard = internationalStandardOf(key); return standard ? { standard } : {}; };

describe('iustd: international units through the analyte\'s International Standard', () => {
  it('converts prolactin between mIU/L (or mU/L, µIU/mL as printed) and ng/mL by 21.2', () => {
    expect(convertResultUnit(318, 'm[IU]/L', 'ng/mL', gramsPerIu('prolactin'))).toBeCloseTo(15.0, 4);
    expect(convertResultUnit(318, 'mU/L', 'ng/mL', gramsPerIu('prolactin'))).toBeCloseTo(15.0, 4);
    expect(convertResultUnit(300, 'u[IU]/mL', 'ng/mL', gramsPerIu('prolactin'))).toBeCloseTo(14.1509, 3);
    expect(convertResultUnit(15, 'ng/mL', 'm[IU]/L', gramsPerIu('prolactin'))).toBeCloseTo(318, 3);
    expect(convertResultUnit(15, 'ug/L', 'm[IU]/L', gramsPerIu('prolactin'))).toBeCloseTo(318, 3);
  });

  it('converts nothing a thousand times off the usual scale: mIU/mL, IU/L (review cr26: `450 mIU/ml  86-324` is a misprint of mIU/L)', () => {
    expect(convertResultUnit(450, 'm[IU]/mL', 'ng/mL', gramsPerIu('prolactin'))).toBeNull();
    expect(convertResultUnit(0.32, 'U/L', 'ng/mL', gramsPerIu('prolactin'))).toBeNull();
    const [misprint] = resultsOf('Prolactin   450 mIU/ml   86 - 324\n');
    expect(misprint?.biomarker?.key).toBe('prolactin');
    expect(misprint?.normalized).toBeUndefined();
  });

  it('converts growth hormone by 3.0, and a mass unit to another as before', () => {
    expect(convertResultUnit(4.5, 'm[IU]/L', 'ng/mL', gramsPerIu('growth-hormone'))).toBeCloseTo(1.5, 5);
    expect(convertResultUnit(1.2, 'ug/L', 'ng/mL', gramsPerIu('growth-hormone'))).toBe(1.2);
  });

  it('converts nothing without a standard: insulin, lipoprotein(a), an unknown key', () => {
    expect(internationalStandardOf('insulin')).toBeUndefined();
    expect(internationalStandardOf('lipoprotein-a')).toBeUndefined();
    expect(internationalStandardOf('toString')).toBeUndefined();
    expect(convertResultUnit(42, 'pmol/L', 'u[IU]/mL', gramsPerIu('insulin'))).toBeNull();
    expect(convertResultUnit(318, 'm[IU]/L', 'ng/mL')).toBeNull();
  });

  it('normalizes a UK report\'s prolactin and growth hormone to ng/mL, keeps them as printed, and says by which standard', () => {
    const [prl] = resultsOf('Prolactin   318 mU/L   (102 - 496)\n');
    expect(prl).toMatchObject({ value: 318, unit: 'mU/L' });
    expect(prl?.normalized?.unit).toBe('ng/mL');
    expect(prl?.normalized?.value).toBeCloseTo(15.0, 4);
    const [gh] = resultsOf('Growth hormone   4.5 mIU/L\n');
    expect(gh?.normalized?.value).toBeCloseTo(1.5, 5);
    const [ghMicro] = resultsOf('Growth hormone   4.5 uU/mL\n');
    expect(ghMicro?.normalized?.value).toBeCloseTo(1.5, 5);
    const { warnings } = codeRows(parseTextReport('Prolactin   318 mU/L   (102 - 496)\n', opts).rows, catalog, '2026-01-01T00:00:00.000Z');
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'converted-by-standard', line: 1, message: expect.stringContaining('WHO IS 84/500') }));
  });
});
