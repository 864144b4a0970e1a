import { codeRows } from './coding.js';
import { parseTextReport } from './text-report.parser.js';
import { catalog, opts } from '../../testing/reader.js';

/*
 * (silent) Lines a clinician reads as results that the reader skipped without a word, as a report's `label: value`
 * detail (`Patient: …`, `Collected: …`): several results after their names' colons on one line are read, each one; a
 * test's name and a number after its colon that no reading takes is warned of, never dropped in silence. Each expected
 * row is what a clinician reads in the made-up line.
 */
const read = (...lines: string[]) => {
  const parsed = parseTextReport(['Sodium: 140 mmol/L (135-145)', ...lines, 'Potassium: 4.1 mmol/L (3.5-5.1)'].join('\n'), opts);
  const r = codeRows(parsed.rows, catalog, '2026-01-01T00:00:00.000Z');
  return {
    rows: r.results.filter((c) => c.line > 1 && c.line <= lines.length + 1).map((c) => [c.line, c.biomarker?.key ?? `?${c.name}`, c.value, c.unit, c.range.low ?? null, c.range.high ?? null, c.flag]),
    unread: [...parsed.warnings, ...r.warnings].filter((w) => w.code === 'unreadable-line').map((w) => w.line),
    around: r.results.filter((c) => c.line === 1 || c.line === lines.length + 2).map((c) => c.biomarker?.key),
  };
};

describe('silent: several results after their names\' colons on one line', () => {
  it.each([
    ['Hb: 13.2 g/dL   Hct: 40 %   MCV: 82 fL', [[2, 'hemoglobin', 13.2, 'g/dL', null, null, null], [2, 'hematocrit', 40, '%', null, null, null], [2, 'mean-corpuscular-volume', 82, 'fL', null, null, null]]],
    ['Hb: 13.2 g/dL (12-16)   Hct: 48 % (36-46)   MCV: 82 fL (80-100)', [[2, 'hemoglobin', 13.2, 'g/dL', 12, 16, 'normal'], [2, 'hematocrit', 48, '%', 36, 46, 'high'], [2, 'mean-corpuscular-volume', 82, 'fL', 80, 100, 'normal']]],
    ['Hemoglobin: 13.5 g/dL   White Blood Cells: 7.2 x10^3/uL   Platelets: 250 x10^3/uL', [[2, 'hemoglobin', 13.5, 'g/dL', null, null, null], [2, 'white-blood-cell-count', 7.2, '10*3/uL', null, null, null], [2, 'platelet-count', 250, '10*3/uL', null, null, null]]],
    ['Cholesterol: 210   HDL: 45   LDL: 140   Triglycerides: 125', [[2, 'total-cholesterol', 210, null, null, null, null], [2, 'hdl-cholesterol', 45, null, null, null, null], [2, 'ldl-cholesterol', 140, null, null, null, null], [2, 'triglycerides', 125, null, null, null, null]]],
    ['Sodium: 138   Chloride: 101', [[2, 'sodium', 138, null, null, null, null], [2, 'chloride', 101, null, null, null, null]]],
  ])('%s', (line, rows) => {
    const r = read(line);
    expect(r.rows).toEqual(rows);
    expect(r.unread).toEqual([]);
    expect(r.around).toEqual(['sodium', 'potassium']);
  });

  it.each([
    ['a cumulative line: which number is this report\'s is not said', 'Glucose: 98  102  95  70-99'],
    ['a previous and a current result after the name', 'Glucose   Previous: 95 mg/dL   Current: 140 mg/dL   70-99'],
    ['the same test twice on the line', 'Glucose: 98   Glucose: 102'],
    ['a label no test is named by among them', 'Iron: 80 ug/dL   TIBC: 300 ug/dL   Saturation: 27 %'],
    ['only censored values: goals as often as results', 'LDL: <70   HbA1c: <7'],
    ['amounts, not concentrations', 'Sodium: 140 mg   Potassium: 400 mg   Calcium: 200 mg   Iron: 8 mg'],
  ])('%s reads no row and is warned of on its line', (_why, line) => {
    const r = read(line);
    expect(r.rows).toEqual([]);
    expect(r.unread).toEqual([2]);
    expect(r.around).toEqual(['sodium', 'potassium']);
  });

  it.each([
    ['a note under a row, words first', ['Ferritin   45   ng/mL   30-400', 'Ferritin: repeat in 3 months']],
    ['tiers under a row, a range first', ['Vitamin D, 25-OH   24   L   ng/mL   30-100', 'Vitamin D: 20-29 insufficiency, <20 deficiency']],
    ['a stage under a row', ['eGFR   75   mL/min/1.73m2   >60', 'eGFR: Stage 2 CKD 60-89']],
    ['a report\'s details', ['Patient: Jane Roe   DOB: 01/02/1970', 'Collected: 12/01/2025 08:30']],
  ])('%s is not warned of', (_why, lines) => {
    expect(read(...lines).unread).toEqual([]);
  });
});
