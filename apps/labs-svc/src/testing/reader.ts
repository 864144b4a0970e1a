import { BIOMARKER_CATALOG } from '../biomarkers/catalog/biomarker-catalog.js';
import { BiomarkerCatalog } from '../lab-reports/parsing/catalog.js';
import { type CodedResult, codeRows } from '../lab-reports/parsing/coding.js';
import { parseTextReport } from '../lab-reports/parsing/text-report.parser.js';

/**
 * What the reader's spec files share (each had its own copy): the catalog, the reader's options from it, a text's rows
 * as the text reader gives them (without their line and page), and its rows coded against the catalog, each as
 * [biomarker key or `?name`, value, unit, low, high, flag] (`coded`) or with the range's text (`codedWithRangeText`).
 */
export const catalog = new BiomarkerCatalog(BIOMARKER_CATALOG);
export const opts = catalog.readerOptions;
export const rowsOf = (text: string) => parseTextReport(text, opts).rows.map(({ line: _l, page: _p, ...r }) => r);
export const resultsOf = (text: string) => codeRows(parseTextReport(text, opts).rows, catalog, '2026-01-01T00:00:00.000Z').results;
/** A coded result as [biomarker key or `?name`, value, unit, low, high, flag] (any reader's: HL7, PDF, an upload). */
export const codedRow = (c: CodedResult) => [c.biomarker?.key ?? `?${c.name}`, c.value, c.unit, c.range.low ?? null, c.range.high ?? null, c.flag];
export const coded = (text: string) => resultsOf(text).map(codedRow);
/** A coded result with its range as printed: [biomarker key or `?name`, value, unit, range text, low, high, flag], null where none. */
export const rangeTextRow = (c: CodedResult) => [c.biomarker?.key ?? `?${c.name}`, c.value, c.unit ?? null,
  c.range.text ?? null, c.range.low ?? null, c.range.high ?? null, c.flag ?? null];
export const codedWithRangeText = (text: string) => resultsOf(text).map(rangeTextRow);
