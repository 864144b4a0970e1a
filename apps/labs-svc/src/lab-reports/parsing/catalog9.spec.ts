import { hl7Results, resultsOf } from '../../testing/reader.js';

/*
 * (cat9) Catalog version 9's molar masses: a result printed in a substance unit is normalized to the catalog's mass unit
 * (so it takes part in trends, comparisons and statuses). Expected values by hand: 25 nmol/L × 7,649 g/mol = 191.2
 * ng/mL (IGF-1); 5.3 pmol/L × 9,425 g/mol = 49.95 pg/mL (PTH); 35 pmol/L × 8,457 g/mol = 296 pg/mL (NT-proBNP);
 * 1.9 fmol × 16,114.5 g/mol = 30.6 pg (MCH); 20.5 mmol/L × 16,114.5 g/mol = 33.0 g/dL (MCHC); 7.0 mmol/L × 180.156 g/mol
 * = 126 mg/dL (eAG).
 */
const normalizedOf = (line: string) => resultsOf(`${line}\n`)[0]?.normalized;

describe('catalog v9: substance units normalized through the molar masses a hormone clinic needs', () => {
  it.each<[string, string, number, string]>([
    ['IGF-1   25 nmol/L   (13 - 39)', 'somatomedin-c', 191.2, 'ng/mL'],
    ['PTH   5.3 pmol/L   (1.6 - 6.9)', 'parathyroid-hormone', 49.95, 'pg/mL'],
    ['NT-proBNP   35 pmol/L', 'nt-probnp', 296, 'pg/mL'],
    ['MCHC   20.5 mmol/L   (19.5 - 22.0)', 'mean-corpuscular-hemoglobin-concentration', 33.0, 'g/dL'],
    ['eAG   7.0 mmol/L', 'estimated-average-glucose', 126.1, 'mg/dL'],
  ])('%s → %s %d %s', (line, key, value, unit) => {
    const [r] = resultsOf(`${line}\n`);
    expect(r?.biomarker?.key).toBe(key);
    expect(r?.normalized?.unit).toBe(unit);
    expect(r?.normalized?.value).toBeCloseTo(value, value > 100 ? 0 : 1);
  });

  it('normalizes an MCH in fmol (an HL7 result, as a German laboratory sends it) to pg', () => {
    const [r] = hl7Results('OBX|1|NM|785-6^MCH^LN||1.9|fmol|1.7-2.1|N|||F');
    expect(r?.biomarker?.key).toBe('mean-corpuscular-hemoglobin');
    expect(r?.normalized?.unit).toBe('pg');
    expect(r?.normalized?.value).toBeCloseTo(30.6, 1);
  });

  it('reads `fmol` printed in a text report as the MCH\'s unit, normalized to pg', () => {
    const [r] = resultsOf('MCH   1.9 fmol   (1.7 - 2.1)\n');
    expect([r?.biomarker?.key, r?.value, r?.unit, r?.range.low, r?.range.high, r?.flag]).toEqual(['mean-corpuscular-hemoglobin', 1.9, 'fmol', 1.7, 2.1, 'normal']);
    expect(r?.normalized?.value).toBeCloseTo(30.6, 1);
  });

  it('still converts nothing that needs an assay\'s factor: insulin pmol/L, lipoprotein(a) mg/dL against nmol/L', () => {
    expect(normalizedOf('Insulin   60 pmol/L')).toBeUndefined();
    expect(normalizedOf('Lipoprotein(a)   30 mg/dL')).toBeUndefined();
  });
});
