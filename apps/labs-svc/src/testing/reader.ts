import { BIOMARKER_CATALOG } from '../biomarkers/catalog/biomarker-catalog.js';
import { BiomarkerCatalog } from '../lab-reports/parsing/catalog.js';
import { codeRows } from '../lab-reports/parsing/coding.js';
import { parseTextReport } from '../lab-reports/parsing/text-report.parser.js';

/**
 * What the reader's spec files share (each had its own copy): the catalog, the reader's options from it, a text's rows
 * as the text reader gives them (without their line and page), and its rows coded against the catalog, each as
 * [biomarker key or `?name`, value, unit, low, high, flag].
 */
export const catalog = new BiomarkerCatalog(BIOMARKER_CATALOG);
export const opts = catalog.readerOptions;
export const rowsOf = (text: string) => parseTextReport(text, opts).rows.map(({ line: _l, page: _p, ...r }) => r);
export const resultsOf = (text: string) => codeRows(parseTextReport(text, opts).rows, catalog, '2026-01-01T00:00:00.000Z').results;
export const coded = (text: string) => resultsOf(text)
  .map((c) => [c.biomarker?.key ?? `?${c.name}`, c.value, c.unit, c.range.low ?? null, c.range.high ?? null, c.flag]);
