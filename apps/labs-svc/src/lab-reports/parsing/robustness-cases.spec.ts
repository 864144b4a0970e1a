import { catalog, coded, opts } from '../../testing/reader.js';
import { codeRows } from './coding.js';
import { parseTextReport } from './text-report.parser.js';

/*
 * A report's meaning does not change with its presentation (scripts/robustness.ts), so neither may its rows. Each
 * case here is a presentation the robustness run (`node dist/scripts/robustness.js --delta`) found the reader losing
 * or inventing on, written again as made-up lines: the same rows printed two ways, the expected rows written from
 * the printed line.
 */

const lines = (...l: string[]) => l.join('\n');

describe('robustdelta: a name led by its abbreviation and a dash, printed all in lower case', () => {
  const mch = [['mean-corpuscular-hemoglobin', 29.4, 'pg', 26, 32, 'normal'], ['mean-corpuscular-volume', 99.5, 'fL', 80, 96, 'high'],
    ['mean-corpuscular-hemoglobin-concentration', 31, 'g/dL', 32, 36, 'low']];
  it('`hcm-hb corpuscular media`, `vcm-volumen corpuscular medio`, `chcm-conc.hb corpuscular media` read as their capitals do', () => {
    const upper = lines('HCM-Hb Corpuscular Media 29.4 pg [26-32]', 'VCM-Volumen Corpuscular Medio 99.5 fL [80-96]', 'CHCM-Conc.Hb Corpuscular Media 31.0 g/dL [32-36]');
    expect(coded(upper)).toEqual(mch);
    expect(coded(upper.toLowerCase())).toEqual(mch);
  });

  it('negative: a lower-case hyphenated name whose first part is not the rest\'s initials stays as printed', () => {
    expect(coded('abc-serum index 5 mg/dL 1-10')).toEqual([['?abc-serum index', 5, 'mg/dL', 1, 10, 'normal']]);
    // `hcm` is no set of initials of `serum index`: the printed name, though the catalog knows `HCM`.
    expect(coded('hcm-serum index 29.4 pg 26-32')).toEqual([['?hcm-serum index', 29.4, 'pg', 26, 32, 'normal']]);
    // (review1) Initials that are a known abbreviation over a name the catalog does not know: the printed name.
    expect(coded(lines('tg-total glutathione 900 umol/L 700-1100', 'rf-random factor 5 mg/dL 1-10', 'RF-Random Factor 5 mg/dL 1-10')).map((r) => r[0]))
      .toEqual(['?tg-total glutathione', '?rf-random factor', '?RF-Random Factor']);
  });
});

describe('labsgap\'s find: a hydroxy group (`25OH`) is no value with a high flag', () => {
  // Made-up lines: the vitamin D's name carries `25OH`; the first has no value printed (a result lost in extraction).
  it('`Vitamin D 25OH  30 - 100` with no value reads no row (not 250, high); with a value it reads the value', () => {
    expect(coded('Vitamin D 25OH  30 - 100')).toEqual([]);
    expect(coded('Vitamin D 25OH  32 ng/mL  30 - 100')).toEqual([['vitamin-d', 32, 'ng/mL', 30, 100, 'normal']]);
  });

  it('negative: an OCR\'s O between digits before a stuck flag is still a zero (`1O5H`), a plain stuck flag still a flag (`145H`)', () => {
    expect(coded(lines('Glucose 1O5H mg/dL 70-99', 'Sodium 150H mmol/L 135-145')))
      .toEqual([['glucose', 105, 'mg/dL', 70, 99, 'high'], ['sodium', 150, 'mmol/L', 135, 145, 'high']]);
  });
});

describe('gapfix\'s find: a bare `10` over a volume is a power of ten whose exponent was lost, never a unit to convert', () => {
  const normalized = (text: string) => codeRows(parseTextReport(text, opts).rows, catalog, '2026-01-01T00:00:00.000Z').results
    .map((c) => [c.biomarker?.key ?? `?${c.name}`, c.value, c.unit ?? null, c.normalized ?? null]);
  // Made-up lines: `x10³/µL` extracted as `10/uL`, with a star before it or not.
  it('`WBC  6.4 10/uL  4.0-11.0` and `6.4 *10/uL`: 6.4 in the unit as printed, not stored as 0.064 ×10³/µL', () => {
    expect(normalized(lines('WBC  6.4 10/uL  4.0-11.0', 'Platelets  250 *10/uL  150-400')))
      .toEqual([['white-blood-cell-count', 6.4, '10/uL', null], ['platelet-count', 250, '10/uL', null]]);
  });

  it('negative: a power with its mark converts as before (`10^3/uL`, `10*9/L`)', () => {
    expect(normalized(lines('WBC  6.4 10^3/uL  4.0-11.0', 'Platelets  250 10*9/L  150-400')))
      .toEqual([['white-blood-cell-count', 6.4, '10*3/uL', { value: 6.4, unit: '10*3/uL' }], ['platelet-count', 250, '10*9/L', { value: 250, unit: '10*3/uL' }]]);
  });
});

describe('review2\'s finds: a `Routine` subheading keeps the urine; the microscope\'s grades of `RBC` and `WBC`', () => {
  const worded = (text: string) => codeRows(parseTextReport(text, opts).rows, catalog, '2026-01-01T00:00:00.000Z').results
    .map((c) => [c.biomarker?.key ?? `?${c.name}`, c.valueText ?? null]);
  // Made-up urinalysis lines, a Philippine laboratory's layout: a `Routine` part, then the microscopy's grades.
  it('`URINALYSIS` / `Routine` / `Color  Yellow`, and `RBC  FEW`, `WBC  RARE` under its microscopy, read as the urine\'s', () => {
    expect(worded(lines('URINALYSIS', 'Routine', 'Color  Yellow', 'Transparency  Clear', 'Microscopy', 'RBC  FEW', 'WBC  RARE')))
      .toEqual([['urine-color', 'Yellow'], ['urine-clarity', 'Clear'], ['erythrocytes-in-urine', 'FEW'], ['leukocytes-in-urine', 'RARE']]);
  });

  it('negative: outside a urine section neither reads; a strip\'s `Moderate` is no microscope grade', () => {
    expect(worded(lines('Routine', 'Color  Yellow'))).toEqual([]);
    expect(worded(lines('COMPLETE BLOOD COUNT', 'RBC  FEW'))).toEqual([]);
    expect(worded(lines('STOOL EXAMINATION', 'Microscopy', 'RBC  FEW'))).toEqual([]);
    expect(worded(lines('URINALYSIS', 'Chemical', 'WBC  Moderate'))).toEqual([]);
  });
});
