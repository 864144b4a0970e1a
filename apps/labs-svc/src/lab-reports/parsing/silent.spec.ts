import { codeRows } from './coding.js';
import { parseTextReport } from './text-report.parser.js';
import { catalog, opts } from '../../testing/reader.js';

/*
 * (silent) Lines a clinician reads as results that the reader skipped without a word, as a report's `label: value`
 * detail (`Patient: …`, `Collected: …`): several results after their names' colons on one line, each with its range,
 * are read, each one; a test's name and a number after its colon (then nothing, another number, the next label, or a
 * unit the test is measured in) that no reading takes is warned of, never dropped in silence. (review) Lines of names
 * and values without ranges are goals, limits or earlier results as often as results: warned of, not read. Each expected
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
    ['Hb: 13.2 g/dL (12-16)   Hct: 48 % (36-46)   MCV: 82 fL (80-100)', [[2, 'hemoglobin', 13.2, 'g/dL', 12, 16, 'normal'], [2, 'hematocrit', 48, '%', 36, 46, 'high'], [2, 'mean-corpuscular-volume', 82, 'fL', 80, 100, 'normal']]],
    ['Sodium: 131 mmol/L (135-145)   Potassium: 4.1 mmol/L (3.5-5.1)   Chloride: 101 mmol/L (98-107)', [[2, 'sodium', 131, 'mmol/L', 135, 145, 'low'], [2, 'potassium', 4.1, 'mmol/L', 3.5, 5.1, 'normal'], [2, 'chloride', 101, 'mmol/L', 98, 107, 'normal']]],
    ['Glucose: 98 mg/dL (Ref: 70-99)   HbA1c: 6.1 % (Ref: 4.0-5.6)', [[2, 'glucose', 98, 'mg/dL', 70, 99, 'normal'], [2, 'hemoglobin-a1c', 6.1, '%', 4, 5.6, 'high']]],
  ])('%s (each with its range)', (line, rows) => {
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
    ['goals under their label: names and values with no range', 'LDL: 70 mg/dL   HbA1c: 7.0 %   Triglycerides: 150 mg/dL'],
    ['names and values with no range: goals, limits or earlier results as often as results', 'Hb: 13.2 g/dL   Hct: 40 %   MCV: 82 fL'],
  ])('%s reads no row and is warned of on its line', (_why, line) => {
    const r = read(line);
    expect(r.rows).toEqual([]);
    expect(r.unread).toEqual([2]);
    expect(r.around).toEqual(['sodium', 'potassium']);
  });

  it('a name in a script the catalog does not know, an answer in words and the same answer as its range, is warned of', () => {
    expect(read('Белок                       отрицательно    г/л     отрицательно').unread).toEqual([2]);
    expect(read('Ωμέγα  Negative  Negative').unread).toEqual([2]);
    // (A heading or a legend with no answer repeated says nothing; a Latin name is read as an unknown test, as before.)
    expect(read('Общий анализ мочи').unread).toEqual([]);
    expect(read('Proteinxyz                  Negative    g/L     Negative').rows).toEqual([[2, '?Proteinxyz', null, 'g/L', null, null, 'normal']]);
  });

  it('three or more without their ranges: the line read as before (its first result) and warned of, the others no longer dropped in silence', () => {
    const r = read('Hemoglobin: 13.5 g/dL   White Blood Cells: 7.2 x10^3/uL   Platelets: 250 x10^3/uL');
    expect(r.rows).toEqual([[2, 'hemoglobin', 13.5, 'g/dL', null, null, null]]);
    expect(r.unread).toEqual([2]);
  });

  it.each([
    ['a note under a row, words first', ['Ferritin   45   ng/mL   30-400', 'Ferritin: repeat in 3 months']],
    ['tiers under a row, a range first', ['Vitamin D, 25-OH   24   L   ng/mL   30-100', 'Vitamin D: 20-29 insufficiency, <20 deficiency']],
    ['a stage under a row', ['eGFR   75   mL/min/1.73m2   >60', 'eGFR: Stage 2 CKD 60-89']],
    ['a report\'s details', ['Patient: Jane Roe   DOB: 01/02/1970', 'Collected: 12/01/2025 08:30']],
    ['a count, a time or a dose after the number', ['Glucose: 2 hour post 75 g load', 'Cortisol: 8 AM collection', 'Iron: 65 mg elemental iron daily', 'Hb: 2 units PRBC transfused']],
    ['a note after the unit, or a unit\'s equivalence', ['Potassium: 2 mmol/L increase since last draw', 'Creatinine: 1 mg/dL = 88.4 umol/L', 'Cholesterol: 2018 AHA/ACC guidelines applied']],
    ['amounts, not concentrations (a nutrition label)', ['Sodium: 140 mg   Potassium: 400 mg   Calcium: 200 mg   Iron: 8 mg']],
  ])('%s is not warned of', (_why, lines) => {
    expect(read(...lines).unread).toEqual([]);
  });
});
