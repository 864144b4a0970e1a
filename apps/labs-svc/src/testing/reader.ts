import { BIOMARKER_CATALOG } from '../biomarkers/catalog/biomarker-catalog.js';
import { BiomarkerCatalog } from '../lab-reports/parsing/catalog.js';
import { type CodedResult, codeRows } from '../lab-reports/parsing/coding.js';
import { parseHl7 } from '../lab-reports/parsing/hl7.parser.js';
import { readReport } from '../lab-reports/parsing/report-reader.js';
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

/**
 * Record-file builders the specs share. `hl7Results(...segments)`: an ORU (MSH 2.3.1, a PID and an OBR) with the given
 * segments, read by the HL7 reader and coded. `ldtLine`: one LDT (xDT) line — its length (3 digits: itself, the field id,
 * the content and CR LF), the field id, the content; `ldtTest`: a test block (8410 id, 8411 name, 8420 value, 8421 unit,
 * 8422 flag if any, 8460 normal range). `healthOneHeader`: a HealthOne request's A1, A2 (patient) and A4 records.
 */
export const hl7Message = (...segments: string[]) =>
  ['MSH|^~\\&|LIS|LAB|EHR|H|20250301120000||ORU^R01|9|P|2.3.1', 'PID|1||4711', 'OBR|1|||PANEL', ...segments].join('\r');
export const hl7Results = (...segments: string[]) => codeRows(parseHl7(hl7Message(...segments), opts).rows, catalog, '2026-01-01T00:00:00.000Z').results;
export const ldtLine = (field: string, content: string) => `${String(3 + 4 + content.length + 2).padStart(3, '0')}${field}${content}`;
export const ldtTest = (id: string, value: string, unit: string, normal: string, flag = '') =>
  [ldtLine('8410', id), ldtLine('8411', id), ldtLine('8420', value), ldtLine('8421', unit), ...(flag ? [ldtLine('8422', flag)] : []), ldtLine('8460', normal)];
export const healthOneHeader = (request: string, patient = 'PEETERS\\ANN\\V\\02021980') =>
  [`A1\\${request}\\LABO TEST\\`, `A2\\${request}\\${patient}\\`, `A4\\${request}\\Dr Proef\\05052026\\\\C\\`];

/** A text upload read as the service reads it (`readReport`: record formats first, then the text reader), coded. */
export const readResults = async (text: string) =>
  codeRows((await readReport('text', Buffer.from(text, 'utf8'), opts)).rows, catalog, '2026-01-01T00:00:00.000Z').results;
/** The catalog key a printed name reads as (undefined when none). */
export const keyOf = (name: string) => catalog.matchName(name)?.key;
