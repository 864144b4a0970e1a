import { BIOMARKER_CATALOG } from '../biomarkers/catalog/biomarker-catalog.js';
import { failureForLog, ParseThreadFailure, ParseThreads, ParseTimeLimitError } from './parse-threads.js';
import { BiomarkerCatalog } from './parsing/catalog.js';
import { causeOf } from './parsing/parse-thread.js';
import { PdfUnreadableError } from './parsing/pdf-text.js';
import { analyzeReport, StructuredInputError } from './parsing/report-reader.js';

// The threads run the compiled reader (dist: `npm test` builds first), the same sources as the reader in process.
const catalog = new BiomarkerCatalog(BIOMARKER_CATALOG);
const uploadedAt = new Date('2026-03-02T10:00:00Z');
const report = Buffer.from('Collected: 02/03/2026\nGlucose 5.1 mmol/L 3.3-6.0\nSodium 140 mmol/L 135-145\n');

describe('ParseThreads: reports read on threads of their own, under a time limit', () => {
  const threads = new ParseThreads(2, 20_000);
  afterAll(() => threads.close());

  it('reads a report as the reader in process does, again and again', async () => {
    const inProcess = await analyzeReport('text', report, catalog, uploadedAt);
    expect(inProcess.results.map((r) => r.biomarker?.key)).toEqual(['glucose', 'sodium']);
    const onThreads = await Promise.all([1, 2, 3].map(() => threads.analyze('text', report, catalog, uploadedAt, {})));
    for (const analysis of onThreads) expect(analysis).toEqual(inProcess);
  });

  it('gives the reader\'s errors about the report as the reader does: a PDF that is none, structured results that are not valid', async () => {
    const pdf = threads.analyze('pdf', Buffer.from('not a PDF'), catalog, uploadedAt, {});
    await expect(pdf).rejects.toBeInstanceOf(PdfUnreadableError);
    await expect(pdf).rejects.toMatchObject({ reason: 'not-a-pdf' });
    const json = threads.analyze('json', Buffer.from('{"results":[{"biomarker":"glucose","value":5,"colour":"red"}]}'), catalog, uploadedAt, {});
    await expect(json).rejects.toBeInstanceOf(StructuredInputError);
  });

  // 50,000 lines of names the catalog does not know: a read of more than a minute on one core.
  const long = Buffer.from(Array.from({ length: 50_000 }, (_, i) => `Unknown analyte number ${i} abc ${i % 97}.${i % 7} mg/dL 1-${i}\n`).join(''));

  /** A pool of one thread for one test, closed after it whatever happens. */
  const withOneThread = async (limitMs: number, use: (one: ParseThreads) => Promise<void>) => {
    const one = new ParseThreads(1, limitMs);
    try {
      await use(one);
    } finally {
      await one.close();
    }
  };
  /** The pool's threads, as a test reaches into them (to end one, or to wait until one has the reader loaded). */
  const threadsOf = (pool: ParseThreads) => (pool as unknown as { threads: { worker: { terminate(): Promise<number> }; ready: Promise<void> }[] }).threads;
  const readsReport = async (pool: ParseThreads) =>
    expect((await pool.analyze('text', report, catalog, uploadedAt, {})).results.map((r) => r.biomarker?.key)).toEqual(['glucose', 'sodium']);

  it('stops a read that runs past the limit, and reads the next report on a new thread', () =>
    withOneThread(5_000, async (limited) => {
      await expect(limited.analyze('text', long, catalog, uploadedAt, {})).rejects.toBeInstanceOf(ParseTimeLimitError);
      await readsReport(limited);
    }));

  it('a thread that dies while idle is replaced: the next report reads (it would have waited out the limit and failed)', () =>
    withOneThread(20_000, async (one) => {
      await one.analyze('text', report, catalog, uploadedAt, {});
      // What an out-of-memory end or a stray error in the reader's libraries does to a thread between two reads.
      await threadsOf(one)[0]!.worker.terminate();
      await readsReport(one);
    }));

  it('closing the pool fails the read in progress and every read waiting for a thread (none is left pending)', async () => {
    const one = new ParseThreads(1, 60_000);
    const reads = [one.analyze('text', long, catalog, uploadedAt, {}), one.analyze('text', report, catalog, uploadedAt, {}), one.analyze('text', report, catalog, uploadedAt, {})];
    const settled = Promise.allSettled(reads);
    // The first read is in progress once its thread has the reader loaded (the request is posted then), not after a
    // guessed pause.
    await threadsOf(one)[0]!.ready;
    await one.close();
    const outcomes = await settled;
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    for (const o of outcomes) expect((o as PromiseRejectedResult).reason).toBeInstanceOf(ParseThreadFailure);
    await expect(one.analyze('text', report, catalog, uploadedAt, {})).rejects.toBeInstanceOf(ParseThreadFailure);
  });
});

describe('what a failed read leaves in the log', () => {
  it('names where an error no reader\'s came from, never its message (which may quote the report)', () => {
    const quoting = 'Unexpected token in "Glucose 250 mg/dL, Jane Doe"';
    const bundle = Object.assign(new Error(quoting), { code: 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG' });
    expect(causeOf(bundle)).toEqual({ cause: 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG' });
    // PDF.js wraps its worker's errors: details begin with the original's name, then its message.
    expect(causeOf(Object.assign(new Error(quoting), { name: 'UnknownErrorException', details: `RangeError: ${quoting}` }))).toEqual({ cause: 'RangeError' });
    expect(causeOf(new Error(quoting))).toEqual({});
    expect(causeOf(Object.assign(new Error(quoting), { code: quoting }))).toEqual({});
    const line = failureForLog(new ParseThreadFailure('the reader threw UnknownErrorException (RangeError)'));
    expect(line).toBe('The parse thread failed: the reader threw UnknownErrorException (RangeError)');
    expect(failureForLog(new SyntaxError(quoting))).toBe('SyntaxError');
  });
});
