/**
 * The reader's own thread (worker_threads): `ParseThreads` (parse-threads.ts) sends it an original, the catalog's
 * entries when they changed, and the read options; it answers with the analysis or the error, as plain data. A
 * report is read here so that reading it never holds labs-svc's event loop (requests, heartbeats of the parse job),
 * and so that a read that runs past its time limit can be stopped: the thread is terminated.
 */
import { parentPort } from 'node:worker_threads';
import { BiomarkerCatalog, type CatalogEntry } from './catalog.js';
import { PdfUnreadableError } from './pdf-text.js';
import { analyzeReport, StructuredInputError, type ReportReadOptions } from './report-reader.js';
import type { LabReportKind } from '@pg/contracts';

export interface ParseRequest {
  id: number;
  kind: LabReportKind;
  bytes: Uint8Array;
  uploadedAt: string;
  options: ReportReadOptions;
  /** The catalog's entries, sent when they are not the ones this thread holds (`version`). */
  catalog: { version: number; entries?: readonly CatalogEntry[] };
}

/** An error of the reader, as data: the two the parse tells the report's owner about, or another (its name only). */
export type ParseThreadError =
  | { kind: 'pdf-unreadable'; reason: PdfUnreadableError['reason']; message: string }
  | { kind: 'structured-input'; details: StructuredInputError['details'] }
  | { kind: 'other'; name: string; cause?: string };

let held: { version: number; catalog: BiomarkerCatalog } | undefined;

parentPort?.on('message', (request: ParseRequest) => {
  void answer(request).then((reply) => parentPort!.postMessage(reply));
});
// The reader is loaded (this module runs after its imports): reads are timed from here, not from the thread's start.
parentPort?.postMessage({ ready: true });

async function answer(request: ParseRequest): Promise<{ id: number; analysis?: unknown; error?: ParseThreadError }> {
  try {
    if (request.catalog.entries) held = { version: request.catalog.version, catalog: new BiomarkerCatalog(request.catalog.entries) };
    if (!held || held.version !== request.catalog.version) throw new Error('the catalog was not sent to the parse thread');
    const analysis = await analyzeReport(request.kind, request.bytes, held.catalog, new Date(request.uploadedAt), request.options);
    return { id: request.id, analysis };
  } catch (err) {
    if (err instanceof PdfUnreadableError) return { id: request.id, error: { kind: 'pdf-unreadable', reason: err.reason, message: err.message } };
    if (err instanceof StructuredInputError) return { id: request.id, error: { kind: 'structured-input', details: err.details } };
    return { id: request.id, error: { kind: 'other', name: err instanceof Error ? err.name : 'Error', ...causeOf(err) } };
  }
}

/**
 * What an error no reader's came from, for the log, never its message (it may quote the report): Node's error code
 * (`ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG`), or the name of the error PDF.js wrapped in its
 * `UnknownErrorException` (`details` begin with it: `RangeError`).
 */
export function causeOf(err: unknown): { cause?: string } {
  const { code, details } = (err ?? {}) as { code?: unknown; details?: unknown };
  if (typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,79}$/.test(code)) return { cause: code };
  const wrapped = typeof details === 'string' ? /^[A-Za-z]{1,60}(?:Error|Exception)\b/.exec(details) : null;
  return wrapped ? { cause: wrapped[0] } : {};
}
