/**
 * How the accuracy scripts read a hand-written answer key and run a report through the reader (scripts/accuracy.ts,
 * scripts/robustness.ts): the same catalog, the same upload time, the same rows. Apart from accuracy-score.ts, whose
 * scoring the specs import without the reader's catalog and text readers (it reads units with the reader's toUcum, to
 * compare a range text's unit with its row's).
 */
import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import type { LabReportKind } from '@pg/contracts';
import { BIOMARKER_CATALOG } from '../apps/labs-svc/src/biomarkers/catalog/biomarker-catalog.js';
import { BiomarkerCatalog } from '../apps/labs-svc/src/lab-reports/parsing/catalog.js';
import { analyzeReport } from '../apps/labs-svc/src/lab-reports/parsing/report-reader.js';
import { actualRow, type ExpectedRow } from './accuracy-score.js';

/** The root of the accuracy corpus: `tuning/` and `evaluation/`. */
export const ACCURACY_ROOT = new URL('../../apps/labs-svc/test/accuracy/', import.meta.url);

const catalog = new BiomarkerCatalog(BIOMARKER_CATALOG);
const UPLOADED = new Date('2026-01-01T00:00:00Z');

/** One `<name>.expected.json`: the report file beside it, its kind, and its rows written by hand. */
export interface ExpectedFile {
  file: string;
  kind: LabReportKind;
  rows: ExpectedRow[];
}

/** Every answer key of a directory, by file name. */
export function loadExpected(dir: URL): ExpectedFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as ExpectedFile);
}

/**
 * A report through the reader, as scored rows, and the lines (1-based, sorted) its results were read from (and, row by
 * row, the line each was read from: rowLines). A report the reader throws on reads as no rows.
 */
export async function readAsRows(kind: LabReportKind, bytes: Uint8Array): Promise<{ rows: ExpectedRow[]; lines: number[]; rowLines: number[] }> {
  try {
    const a = await analyzeReport(kind, bytes, catalog, UPLOADED);
    return { rows: a.results.map(actualRow), lines: [...new Set(a.results.map((r) => r.line))].sort((x, y) => x - y), rowLines: a.results.map((r) => r.line) };
  } catch {
    return { rows: [], lines: [], rowLines: [] };
  }
}
