import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { LabFlag, LabReportKind } from '@pg/contracts';
import { BIOMARKER_CATALOG } from '../../biomarkers/catalog/biomarker-catalog.js';
import { renderTextAsPdf } from '../../testing/lab-pdf.renderer.js';
import { BiomarkerCatalog } from './catalog.js';
import type { CodedResult } from './coding.js';
import { analyzeReport } from './report-reader.js';

/*
 * Accuracy of the whole parse (read + code) on every fixture of ../shared/data/lab-reports: the text fixtures as
 * text AND rendered as PDFs, the real PDF and the HL7 messages. Every expected row below was written by hand from
 * the fixture (biomarker, value, unit, range, flag). A row is right when all of them match; a parsed row that no
 * expected row matches is an invented row. Goal: >= 98% of rows exactly right and no invented rows.
 */

const DATA = new URL('../../../../../../shared/data/lab-reports/', import.meta.url);
const catalog = new BiomarkerCatalog(BIOMARKER_CATALOG);
const UPLOADED = new Date('2026-01-01T00:00:00Z');

interface Expected {
  /** Catalog key, or `?Printed Name` for a name the catalog does not know. */
  biomarker: string;
  value: number | null;
  valueText?: string;
  unit: string | null;
  range: { low?: number; high?: number; text?: string };
  flag: LabFlag | null;
}

/** r(biomarker, value, unit, range text, low, high, flag). */
const r = (biomarker: string, value: number, unit: string | null, text: string | undefined, low: number | undefined, high: number | undefined, flag: LabFlag | null): Expected => ({
  biomarker, value, unit, flag,
  range: { ...(low !== undefined ? { low } : {}), ...(high !== undefined ? { high } : {}), ...(text !== undefined ? { text } : {}) },
});

const EPIC_FULL: Expected[] = [
  r('glucose', 92, 'mg/dL', '74 - 106', 74, 106, 'normal'),
  r('blood-urea-nitrogen', 15, 'mg/dL', '7 - 25', 7, 25, 'normal'),
  r('creatinine', 0.72, 'mg/dL', '0.50 - 0.90', 0.5, 0.9, 'normal'),
  r('egfr', 126, 'mL/min/{1.73_m2}', 'above >=90', 90, undefined, 'normal'),
  r('sodium', 140, 'mmol/L', '136 - 145', 136, 145, 'normal'),
  r('potassium', 4.2, 'mmol/L', '3.5 - 5.1', 3.5, 5.1, 'normal'),
  r('chloride', 102, 'mmol/L', '98 - 106', 98, 106, 'normal'),
  r('carbon-dioxide', 24, 'mmol/L', '20 - 29', 20, 29, 'normal'),
  r('calcium', 9.4, 'mg/dL', '8.5 - 10.5', 8.5, 10.5, 'normal'),
  r('total-protein', 7.1, 'g/dL', '6.0 - 8.5', 6, 8.5, 'normal'),
  r('albumin', 4.3, 'g/dL', '3.5 - 5.5', 3.5, 5.5, 'normal'),
  r('anion-gap', 10, 'mmol/L', '5 - 15', 5, 15, 'normal'),
];
const EPIC_RENAL: Expected[] = [
  r('creatinine', 0.72, 'mg/dL', '0.50 - 0.90', 0.5, 0.9, 'normal'),
  r('blood-urea-nitrogen', 15, 'mg/dL', '7 - 25', 7, 25, 'normal'),
  r('calcium', 9.4, 'mg/dL', '8.5 - 10.5', 8.5, 10.5, 'normal'),
];
const NOT_ESTAB = 'Not Estab.';
const LABCORP_CLEAN: Expected[] = [
  r('white-blood-cell-count', 6.2, '10*3/uL', '3.4-10.8', 3.4, 10.8, 'normal'),
  r('red-blood-cell-count', 4.85, '10*6/uL', '4.14-5.80', 4.14, 5.8, 'normal'),
  r('hemoglobin', 14, 'g/dL', '13.0-17.7', 13, 17.7, 'normal'),
  r('hematocrit', 41.4, '%', '37.5-51.0', 37.5, 51, 'normal'),
  r('mean-corpuscular-volume', 85, 'fL', '79-97', 79, 97, 'normal'),
  r('mean-corpuscular-hemoglobin', 28.9, 'pg', '26.6-33.0', 26.6, 33, 'normal'),
  r('mean-corpuscular-hemoglobin-concentration', 33.8, 'g/dL', '31.5-35.7', 31.5, 35.7, 'normal'),
  r('red-cell-distribution-width', 12.2, '%', '11.6-15.4', 11.6, 15.4, 'normal'),
  r('platelet-count', 225, '10*3/uL', '150-450', 150, 450, 'normal'),
  r('neutrophils', 52, '%', NOT_ESTAB, undefined, undefined, null),
  r('lymphocytes', 33, '%', NOT_ESTAB, undefined, undefined, null),
  r('monocytes', 11, '%', NOT_ESTAB, undefined, undefined, null),
  r('eosinophils', 3, '%', NOT_ESTAB, undefined, undefined, null),
  r('basophils', 1, '%', NOT_ESTAB, undefined, undefined, null),
  r('neutrophils-absolute', 3.2, '10*3/uL', '1.4-7.0', 1.4, 7, 'normal'),
  r('lymphocytes-absolute', 2, '10*3/uL', '0.7-3.1', 0.7, 3.1, 'normal'),
  r('monocytes-absolute', 0.7, '10*3/uL', '0.1-0.9', 0.1, 0.9, 'normal'),
  r('eosinophils-absolute', 0.2, '10*3/uL', '0.0-0.4', 0, 0.4, 'normal'),
  r('basophils-absolute', 0.1, '10*3/uL', '0.0-0.2', 0, 0.2, 'normal'),
  r('immature-granulocytes', 0, '%', NOT_ESTAB, undefined, undefined, null),
  r('immature-granulocytes-absolute', 0, '10*3/uL', '0.0-0.1', 0, 0.1, 'normal'),
  r('estradiol', 18, 'pg/mL', '7.6-42.6', 7.6, 42.6, 'normal'),
];
const LABCORP_MINIMAL: Expected[] = [
  r('white-blood-cell-count', 6.2, '10*3/uL', '3.4-10.8', 3.4, 10.8, 'normal'),
  r('red-blood-cell-count', 4.85, '10*6/uL', '4.14-5.80', 4.14, 5.8, 'normal'),
  r('hemoglobin', 14, 'g/dL', '13.0-17.7', 13, 17.7, 'normal'),
];
const LABCORP_PERCENT: Expected[] = [
  r('testosterone-free-percent', 2.1, '%', '1.5-4.2', 1.5, 4.2, 'normal'),
  r('testosterone', 450, 'ng/dL', '264-916', 264, 916, 'normal'),
];
// `BUN 18 22 High 05/01/2023`: High belongs to the previous result (22); 18 is inside 7-20. Same for Sodium's Low.
const LABCORP_FLAGS: Expected[] = [
  r('glucose', 145, 'mg/dL', '70-99', 70, 99, 'high'),
  r('creatinine', 0.8, 'mg/dL', '0.7-1.3', 0.7, 1.3, 'normal'),
  r('blood-urea-nitrogen', 18, 'mg/dL', '7-20', 7, 20, 'normal'),
  r('sodium', 142, 'meq/L', '136-145', 136, 145, 'normal'),
];
const QUEST: Expected[] = [
  r('total-cholesterol', 170, 'mg/dL', '<200', undefined, 200, 'normal'),
  r('hdl-cholesterol', 45, 'mg/dL', '>40', 40, undefined, 'normal'),
  r('ldl-cholesterol', 105, 'mg/dL', '<100 OPTIMAL', undefined, 100, 'high'),
  r('triglycerides', 100, 'mg/dL', '<150', undefined, 150, 'normal'),
];
const HL7_1: Expected[] = [
  r('red-blood-cell-count', 4.06, '10*12/L', undefined, undefined, undefined, 'normal'),
  r('hematocrit', 40.1, '%', undefined, undefined, undefined, 'normal'),
  r('platelet-count', 221, '10*9/L', undefined, undefined, undefined, 'normal'),
  r('neutrophils', 72, '%', undefined, undefined, undefined, 'normal'),
  r('eosinophils', 2, '%', undefined, undefined, undefined, 'normal'),
  r('lymphocytes', 20, '%', undefined, undefined, undefined, 'normal'),
  r('monocytes', 6, '%', undefined, undefined, undefined, 'normal'),
  r('basophils', 0, '%', undefined, undefined, undefined, 'normal'),
];
const HL7_2: Expected[] = [
  r('basophils', 0, '%', undefined, undefined, undefined, 'normal'),
  r('neutrophils', 72, '%', undefined, undefined, undefined, 'normal'),
  r('eosinophils', 2, '%', undefined, undefined, undefined, 'normal'),
  r('lymphocytes', 20, '%', undefined, undefined, undefined, 'normal'),
  r('monocytes', 6, '%', undefined, undefined, undefined, 'normal'),
  // `g/l-1` as the message prints it: UCUM parses it (g·L), it does not convert to g/dL; kept as it is.
  r('hemoglobin', 13.4, 'g/l-1', undefined, undefined, undefined, 'normal'),
  r('white-blood-cell-count', 8.2, '10*9/L', undefined, undefined, undefined, 'normal'),
  r('red-blood-cell-count', 4.08, '10*12/L', undefined, undefined, undefined, 'normal'),
  r('hematocrit', 39.7, '%', undefined, undefined, undefined, 'normal'),
  r('platelet-count', 220, '10*9/L', undefined, undefined, undefined, 'normal'),
];
const HMIS_PDF: Expected[] = [
  r('white-blood-cell-count', 6.5, '10*3/uL', '4.0 - 11.0', 4, 11, 'normal'),
  r('red-blood-cell-count', 4.8, '10*6/uL', '4.5 - 5.9', 4.5, 5.9, 'normal'),
  r('hemoglobin', 6.2, 'g/dL', '13.5 - 17.5', 13.5, 17.5, 'low'),
  r('hematocrit', 42, '%', '38.0 - 50.0', 38, 50, 'normal'),
  r('platelet-count', 250, '10*3/uL', '150 - 450', 150, 450, 'normal'),
  r('glucose', 110, 'mg/dL', '70 - 99', 70, 99, 'high'),
  r('blood-urea-nitrogen', 15, 'mg/dL', '7 - 20', 7, 20, 'normal'),
  r('creatinine', 0.9, 'mg/dL', '0.7 - 1.3', 0.7, 1.3, 'normal'),
  r('sodium', 140, 'mmol/L', '135 - 145', 135, 145, 'normal'),
  r('potassium', 4.2, 'mmol/L', '3.5 - 5.0', 3.5, 5, 'normal'),
  r('hemoglobin-a1c', 6.8, '%', '4.0 - 5.6', 4, 5.6, 'high'),
];

interface Fixture {
  file: string;
  kind: LabReportKind;
  rows: Expected[];
  collectedAt: string;
  layout: string;
}

const TEXT_FIXTURES: Fixture[] = [
  { file: 'text/medikeep_epic_mychart_full_panel.txt', kind: 'text', rows: EPIC_FULL, collectedAt: '2025-04-10T00:00:00.000Z', layout: 'epic-mychart' },
  { file: 'text/medikeep_epic_mychart_renal_panel.txt', kind: 'text', rows: EPIC_RENAL, collectedAt: '2025-04-10T00:00:00.000Z', layout: 'epic-mychart' },
  { file: 'text/medikeep_labcorp_clean_text.txt', kind: 'text', rows: LABCORP_CLEAN, collectedAt: '2023-05-19T00:00:00.000Z', layout: 'labcorp' },
  { file: 'text/medikeep_labcorp_minimal_sample.txt', kind: 'text', rows: LABCORP_MINIMAL, collectedAt: '2023-05-19T00:00:00.000Z', layout: 'labcorp' },
  { file: 'text/medikeep_labcorp_no_tests.txt', kind: 'text', rows: [], collectedAt: '2023-05-19T00:00:00.000Z', layout: 'labcorp' },
  { file: 'text/medikeep_labcorp_percent_test.txt', kind: 'text', rows: LABCORP_PERCENT, collectedAt: '2023-08-10T00:00:00.000Z', layout: 'labcorp' },
  { file: 'text/medikeep_labcorp_with_flags.txt', kind: 'text', rows: LABCORP_FLAGS, collectedAt: '2023-06-12T00:00:00.000Z', layout: 'labcorp' },
  { file: 'text/medikeep_quest_diagnostics_sample.txt', kind: 'text', rows: QUEST, collectedAt: '2023-05-19T00:00:00.000Z', layout: 'quest' },
];
const OTHER_FIXTURES: Fixture[] = [
  { file: 'hl7v2/LAB-ORU-1.hl7.txt', kind: 'hl7v2', rows: HL7_1, collectedAt: '2014-10-05T22:35:00.000Z', layout: 'hl7v2' },
  { file: 'hl7v2/LAB-ORU-2.hl7.txt', kind: 'hl7v2', rows: HL7_2, collectedAt: '2014-10-05T22:35:00.000Z', layout: 'hl7v2' },
  // No collection date in this PDF: its "Report Generated" time stands in (with a warning).
  { file: 'pdf/hmis_sample_lab_report_cbc_cmp.pdf', kind: 'pdf', rows: HMIS_PDF, collectedAt: '2025-10-13T11:35:00.000Z', layout: 'generic' },
];

function actualRow(c: CodedResult): Expected {
  return {
    biomarker: c.biomarker?.key ?? `?${c.name}`,
    value: c.value,
    ...(c.valueText && c.value === null ? { valueText: c.valueText } : {}),
    unit: c.unit,
    range: { ...(c.range.low !== undefined ? { low: c.range.low } : {}), ...(c.range.high !== undefined ? { high: c.range.high } : {}), ...(c.range.text !== undefined ? { text: c.range.text } : {}) },
    flag: c.flag,
  };
}

interface Score {
  expected: number;
  exact: number;
  invented: number;
  wrong: { source: string; expected?: Expected; actual?: Expected }[];
}
const total: Score = { expected: 0, exact: 0, invented: 0, wrong: [] };

/** Matches expected rows to parsed rows by biomarker, in order; counts exact rows, wrong rows, missing and invented ones. */
function score(source: string, expected: Expected[], actual: Expected[]): Score {
  const s: Score = { expected: expected.length, exact: 0, invented: 0, wrong: [] };
  const unmatched = [...actual];
  for (const e of expected) {
    const i = unmatched.findIndex((a) => a.biomarker === e.biomarker);
    if (i < 0) {
      s.wrong.push({ source, expected: e });
      continue;
    }
    const [a] = unmatched.splice(i, 1);
    if (isDeepStrictEqual(a, e)) s.exact++;
    else s.wrong.push({ source, expected: e, actual: a });
  }
  s.invented = unmatched.length;
  for (const a of unmatched) s.wrong.push({ source, actual: a });
  total.expected += s.expected;
  total.exact += s.exact;
  total.invented += s.invented;
  total.wrong.push(...s.wrong);
  return s;
}

async function run(f: Fixture, bytes: Uint8Array, kind: LabReportKind, label: string) {
  const analysis = await analyzeReport(kind, bytes, catalog, UPLOADED);
  const s = score(label, f.rows, analysis.results.map(actualRow));
  return { analysis, s };
}

describe('parser accuracy on ../shared/data/lab-reports (expected rows written by hand)', () => {
  afterAll(() => {
    const pct = total.expected ? (100 * total.exact) / (total.expected + total.invented) : 0;
    // The figure the issue asks for, in the test output.
    console.log(`lab report parser accuracy: ${total.exact}/${total.expected} rows exactly right (${pct.toFixed(1)}%), ${total.invented} invented rows${total.wrong.length ? `\n${JSON.stringify(total.wrong, null, 1)}` : ''}`);
  });

  describe.each(TEXT_FIXTURES)('$file', (f) => {
    const text = readFileSync(new URL(f.file, DATA));

    it('as text: every row right, none invented, the layout and date recognised', async () => {
      const { analysis, s } = await run(f, new Uint8Array(text), 'text', f.file);
      expect(s.wrong).toEqual([]);
      expect(analysis.layout).toBe(f.layout);
      if (f.rows.length) expect(analysis.collectedAt).toBe(f.collectedAt);
    });

    it('rendered as a PDF: the same rows through PDF text extraction and row rebuilding', async () => {
      const pdf = await renderTextAsPdf(text.toString('utf8'));
      const { analysis, s } = await run(f, pdf, 'pdf', `${f.file} (as PDF)`);
      expect(s.wrong).toEqual([]);
      expect(analysis.layout).toBe(f.layout);
    });
  });

  describe.each(OTHER_FIXTURES)('$file', (f) => {
    it('every row right, none invented, the collection time found', async () => {
      const { analysis, s } = await run(f, new Uint8Array(readFileSync(new URL(f.file, DATA))), f.kind, f.file);
      expect(s.wrong).toEqual([]);
      expect(analysis.layout).toBe(f.layout);
      expect(analysis.results.every((x) => x.collectedAt === f.collectedAt)).toBe(true);
    });
  });

  it('meets the goal: >= 98% of rows exactly right, no invented rows', () => {
    expect(total.expected).toBeGreaterThanOrEqual(129);
    expect(total.invented).toBe(0);
    expect(total.exact / total.expected).toBeGreaterThanOrEqual(0.98);
  });
});

describe('what the fixtures say besides their rows', () => {
  const read = (file: string, kind: LabReportKind) => analyzeReport(kind, new Uint8Array(readFileSync(new URL(file, DATA))), catalog, UPLOADED);

  it('a report with no results gives no rows and a warning for each line of text it did not read', async () => {
    const a = await read('text/medikeep_labcorp_no_tests.txt', 'text');
    expect(a.results).toEqual([]);
    expect(a.warnings.map((w) => [w.code, w.line])).toEqual([['text-not-read', 7], ['text-not-read', 8]]);
  });

  it('HL7: an OBX still pending (no value) is a warning naming it, not a result', async () => {
    const a = await read('hl7v2/LAB-ORU-1.hl7.txt', 'hl7v2');
    expect(a.warnings.filter((w) => w.code === 'no-value').map((w) => w.message)).toEqual([
      'OBX 1 (LEUKOCYTES) has no value (status I: the result is pending)',
      'OBX 3 (HEMOGLOBIN) has no value (status I: the result is pending)',
    ]);
    expect(a.results[0]!.reportedCode).toEqual({ system: 'http://loinc.org', code: '11273-0', display: 'ERYTHROCYTES' });
  });

  it('HL7: units normalized to the catalog unit (10*12/L → 10*6/uL), and a unit that does not convert is a warning', async () => {
    const a = await read('hl7v2/LAB-ORU-2.hl7.txt', 'hl7v2');
    expect(a.results.find((x) => x.biomarker?.key === 'red-blood-cell-count')!.normalized).toEqual({ value: 4.08, unit: '10*6/uL' });
    expect(a.results.find((x) => x.biomarker?.key === 'white-blood-cell-count')!.normalized).toEqual({ value: 8.2, unit: '10*3/uL' });
    expect(a.results.find((x) => x.biomarker?.key === 'hemoglobin')!.normalized).toBeUndefined();
    expect(a.warnings.map((w) => w.code)).toEqual(['unit-not-convertible']);
  });

  it('the PDF: its address line is a warning, and the missing collection date is said', async () => {
    const a = await read('pdf/hmis_sample_lab_report_cbc_cmp.pdf', 'pdf');
    expect(a.pages).toBe(1);
    expect(a.warnings.map((w) => w.code).sort()).toEqual(['no-collection-date', 'unreadable-line']);
  });
});
