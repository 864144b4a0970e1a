import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { StructuredLabReportDto, toValidationDetails, type LabReportKind, VALIDATION_OPTIONS } from '@pg/contracts';
import { isAstm, parseAstm } from './astm.parser.js';
import type { BiomarkerCatalog } from './catalog.js';
import { codeRows, type CodedResult } from './coding.js';
import { isHealthOne, parseHealthOne } from './healthone.parser.js';
import { isHl7, parseHl7, type Hl7ParseOptions } from './hl7.parser.js';
import { isLdt, parseLdt } from './ldt.parser.js';
import { decodeReportText } from './text-decoding.js';
import { deeperThan, MAX_DATA_DEPTH } from './json-records.js';
import type { ParsedReport, ParseWarning } from './parse.types.js';
import { extractPdfLines } from './pdf-text.js';
import { parseStructured } from './structured.parser.js';
import { parseReportLines, parseTextReport, type TextParseOptions } from './text-report.parser.js';
import { forgetTokenized, halfWidth } from './tokens.js';

/** A structured upload that does not validate. */
export class StructuredInputError extends Error {
  constructor(readonly details: { field?: string; message?: string }[]) {
    super('The structured results are not valid');
    this.name = 'StructuredInputError';
  }
}

/** Validates a structured upload (`{ results: [...] }`) with the DTO of libs/contracts. */
export function validateStructured(json: unknown): StructuredLabReportDto {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new StructuredInputError([]);
  // (robust2) Validation walks the data by recursion: data nested deeper than any report's (`{"a":{"a":…}}` 10,000
  // deep) would overflow the stack, so it is refused first, as invalid input.
  if (deeperThan(json, MAX_DATA_DEPTH)) throw new StructuredInputError([{ field: 'body', message: `nests more than ${MAX_DATA_DEPTH} levels deep` }]);
  const dto = plainToInstance(StructuredLabReportDto, json);
  const errors = validateSync(dto as object, VALIDATION_OPTIONS);
  if (errors.length) throw new StructuredInputError(toValidationDetails(errors));
  return dto;
}

/** What reading a report depends on besides its bytes: labs-svc's config (LabsServiceConfig.labs). */
export interface ReportReadOptions {
  hl7?: Hl7ParseOptions;
}

/** The characters HL7 v2 uses as delimiters: full-width forms of them are text, never folded into delimiters. */
const HL7_DELIMITERS = '|^~\\&';
/** The characters an ASTM E1394 message's header defines as its delimiters (`H|\^&`), kept as they are likewise. */
const ASTM_DELIMITERS = '|\\^&';

/** (fix38b) A text that is the structured upload's JSON, validated as that upload is; null for any other text. */
function structuredText(raw: string): StructuredLabReportDto | null {
  if (!/^\uFEFF?\s*\{/.test(raw)) return null;
  try {
    return validateStructured(JSON.parse(raw.replace(/^\uFEFF/, '')));
  } catch {
    return null;
  }
}

/** Reads an original of any kind into rows (not yet coded). PDF errors surface as PdfUnreadableError. */
export async function readReport(
  kind: LabReportKind, bytes: Uint8Array, names: TextParseOptions & Pick<Hl7ParseOptions, 'measuresPart' | 'measuresIn' | 'sameAnalyte' | 'narrows' | 'knowsCode'> & { codesOf?: (name: string) => string[] }, opts: ReportReadOptions = {},
): Promise<ParsedReport & { pages?: number }> {
  const hl7 = { ...opts.hl7, knows: names.knows, measuresIn: names.measuresIn, measuresPart: names.measuresPart, sameAnalyte: names.sameAnalyte, narrows: names.narrows, knowsCode: names.knowsCode };
  switch (kind) {
    case 'pdf': {
      const { pages, lines } = await extractPdfLines(bytes);
      return { ...parseReportLines(lines, names), pages };
    }
    // Full-width letters, digits and signs (Japanese, Chinese and Korean systems) read as the ASCII they stand for.
    case 'hl7v2':
      return parseHl7(halfWidth(decodeReportText(bytes), HL7_DELIMITERS), hl7);
    case 'text': {
      const raw = decodeReportText(bytes);
      // An analyser's ASTM E1394 / LIS2-A2 message (`H|\^&…`, `R|1|^^^ALT|35.2|U/L|10-40|N||F`): records, not printed lines.
      if (isAstm(raw)) return parseAstm(halfWidth(raw, ASTM_DELIMITERS), names.knows, { knowsCode: names.knowsCode, codesOf: names.codesOf, unitFactor: names.unitFactor });
      // (fixr80) A Belgian HealthOne lab file (`A1\…`, `L1\<request>\<code>\<name>\<range>\<unit>\<flag>\<value>\`) and a
      // German LDT file (xDT: `LLLFFFF<content>` a line, `0138410GLU` a test's code): records, not printed lines.
      if (isHealthOne(raw)) return parseHealthOne(raw, names.knowsInUrine);
      if (isLdt(raw)) return parseLdt(raw);
      // (fix38b) The structured upload's shape (`{"collectedAt": …, "results": [{"name": …, "value": …}]}`) sent as text:
      // read as the application/json upload reads it (its collection date, its range objects), not as records.
      const structured = structuredText(raw);
      if (structured) return parseStructured(structured);
      // (A printed text is folded by parseTextReport itself; an HL7 message here, keeping its delimiters.)
      return isHl7(raw) ? parseHl7(halfWidth(raw, HL7_DELIMITERS), hl7) : parseTextReport(raw, names);
    }
    case 'json': {
      let json: unknown;
      try {
        json = JSON.parse(Buffer.from(bytes).toString('utf8'));
      } catch {
        throw new StructuredInputError([{ message: 'not valid JSON' }]);
      }
      return parseStructured(validateStructured(json));
    }
  }
}

export interface ReportAnalysis {
  layout: string;
  collectedAt: string;
  results: CodedResult[];
  warnings: ParseWarning[];
  pages?: number;
}

/**
 * The whole parse of one original: read, then code against the catalog. Results without a time of their own take
 * the report's collection date, else its report date, else the upload time (each fallback is a warning).
 */
export async function analyzeReport(
  kind: LabReportKind, bytes: Uint8Array, catalog: BiomarkerCatalog, uploadedAt: Date, opts: ReportReadOptions = {},
): Promise<ReportAnalysis> {
  try {
    return analyzeRead(await readReport(kind, bytes, catalog.readerOptions, opts), catalog, uploadedAt);
  } finally {
    forgetTokenized();
  }
}

function analyzeRead(parsed: ParsedReport & { pages?: number }, catalog: BiomarkerCatalog, uploadedAt: Date): ReportAnalysis {
  const warnings = [...parsed.warnings];
  let collectedAt = parsed.collectedAt;
  const needsDefault = parsed.rows.some((r) => !r.collectedAt);
  if (!collectedAt && needsDefault) {
    if (parsed.reportedAt) {
      collectedAt = parsed.reportedAt;
      warnings.push({ code: 'no-collection-date', message: 'The report gives no collection date: its report date is used' });
    } else {
      collectedAt = uploadedAt.toISOString();
      warnings.push({ code: 'no-collection-date', message: 'The report gives no collection date: the upload time is used' });
    }
  }
  const coded = codeRows(parsed.rows, catalog, collectedAt ?? uploadedAt.toISOString());
  const firstRowDate = parsed.rows.find((r) => r.collectedAt)?.collectedAt;
  return {
    layout: parsed.layout,
    collectedAt: collectedAt ?? firstRowDate ?? uploadedAt.toISOString(),
    results: coded.results,
    warnings: [...warnings, ...coded.warnings].sort((a, b) => (a.page ?? 0) - (b.page ?? 0) || (a.line ?? 0) - (b.line ?? 0)),
    ...(parsed.pages ? { pages: parsed.pages } : {}),
  };
}
