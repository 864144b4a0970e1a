import { catalog, coded, codedWithRangeText, resultsOf } from '../../testing/reader.js';

// (fixk) A portal's result blocks with the flag after the value (`Your result: 2.8 mmol/L   Flag: LL`), a sensitive
// assay's word after PSA, and Quest's lines that report no result (a correction's
// previous value, `NOT APPLICABLE` as a ratio's value).
describe('fixk: a block\'s flag after its value, ultrasensitive PSA, a word range\'s unit, no-result lines', () => {
  const blocks = (flagged: string) => [
    'POTASSIUM, SERUM',
    'Collected: Nov 12, 2026 8:14 AM        Resulted: Nov 12, 2026 11:02 AM',
    `Your result: 2.8 mmol/L${flagged}`,
    'Normal range: 3.5 - 5.3 mmol/L',
    '',
    'MAGNESIUM, SERUM',
    'Collected: Nov 12, 2026 8:14 AM        Resulted: Nov 12, 2026 11:02 AM',
    'Your result: 1.6 mg/dL      Flag: L',
    'Normal range: 1.7 - 2.4 mg/dL',
    '',
    'GGT',
    'Your result: 61 U/L         Flag: H',
    'Normal range: 0 - 58 U/L',
    '',
    'URIC ACID',
    'Your result: 6.4 mg/dL',
    'Normal range: 3.5 - 8.5 mg/dL',
  ].join('\n');

  it('reads a `Flag:` printed after a block\'s value as its flag (LL critical-low), each block with its own range', () => {
    expect(coded(blocks('     Flag: LL'))).toEqual([
      ['potassium', 2.8, 'mmol/L', 3.5, 5.3, 'critical-low'],
      ['magnesium', 1.6, 'mg/dL', 1.7, 2.4, 'low'],
      ['gamma-glutamyl-transferase', 61, 'U/L', 0, 58, 'high'],
      ['uric-acid', 6.4, 'mg/dL', 3.5, 8.5, 'normal'],
    ]);
    expect(coded(blocks('  Flag: HH'))[0]).toEqual(['potassium', 2.8, 'mmol/L', 3.5, 5.3, 'critical-high']);
  });

  it('negatives: blocks without a flag read as before; a `Flag:` that says no flag word is not taken as one', () => {
    expect(coded(blocks(''))[0]).toEqual(['potassium', 2.8, 'mmol/L', 3.5, 5.3, 'low']);
    expect(coded(['URIC ACID', 'Your result: 6.4 mg/dL', 'Normal range: 3.5 - 8.5 mg/dL'].join('\n')))
      .toEqual([['uric-acid', 6.4, 'mg/dL', 3.5, 8.5, 'normal']]);
    expect(coded(['GGT', 'Your result: 61 U/L  Flag: see comment', 'Normal range: 0 - 58 U/L'].join('\n'))).toEqual([]);
  });

  it('reads `PSA, Ultrasensitive` (and hypersensitive, high sensitivity) as PSA', () => {
    for (const name of ['PSA, Ultrasensitive', 'PSA, ultra-sensitive', 'PSA, Hypersensitive', 'PSA, High Sensitivity', 'PSA Ultrasensitive']) {
      expect(catalog.match(name)?.key).toBe('prostate-specific-antigen');
    }
  });

  it('negatives: a sensitivity word still names no analyte the catalog has no sensitive assay of', () => {
    expect(catalog.match('Glucose, ultrasensitive')).toBeUndefined();
    // (fixr77b) Troponin I's sensitive assay is troponin I now (catalog.ts SENSITIVE_ASSAY_IS_ANALYTE): ferritin stands for an unknown one.
    expect(catalog.match('Ferritin, high sensitivity')).toBeUndefined();
    expect(catalog.match('Glucose, hypersensitive')).toBeUndefined();
    expect(catalog.match('CRP, hypersensitive')?.key).toBe('hs-crp');
    expect(catalog.match('Free PSA, ultrasensitive')?.key).not.toBe('prostate-specific-antigen');
  });

  const quest = (rows: string[]) => [
    'Test Name                               Result            Flag    Reference Range            Lab',
    ...rows,
  ].join('\n');

  it('reads no row from a correction note\'s previous value nor from NOT APPLICABLE as a value', () => {
    const rows = resultsOf(quest([
      '  BUN/CREATININE RATIO                  NOT APPLICABLE            6-22 (calc)                AU',
      '  SODIUM                                139                       135-146 mmol/L             AU',
      '  ALT                                   44                        9-46 U/L                   AU',
      '        CORRECTED ON 11/12 AT 0944: PREVIOUSLY REPORTED AS 4.4 U/L',
      '  AST                                   31                        10-40 U/L                  AU',
    ]));
    expect(rows.map((r) => [r.biomarker?.key ?? `?${r.name}`, r.value])).toEqual([
      ['sodium', 139], ['alanine-aminotransferase', 44], ['aspartate-aminotransferase', 31],
    ]);
  });

  it('negatives: a text result and a plain row after a note still read', () => {
    const rows = resultsOf(quest([
      '  ALT                                   44                        9-46 U/L                   AU',
      '  HIV 1/2 ANTIGEN AND ANTIBODIES        NON-REACTIVE              NON-REACTIVE               AU',
    ]));
    expect(rows.map((r) => [r.biomarker?.key ?? `?${r.name}`, r.value ?? r.valueText])).toEqual([
      ['alanine-aminotransferase', 44], [expect.any(String), 'NON-REACTIVE'],
    ]);
  });
});
