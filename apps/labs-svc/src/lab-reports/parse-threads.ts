import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LabReportKind } from '@pg/contracts';
import type { BiomarkerCatalog } from './parsing/catalog.js';
import type { ParseRequest, ParseThreadError } from './parsing/parse-thread.js';
import { PdfUnreadableError } from './parsing/pdf-text.js';
import { StructuredInputError, type ReportAnalysis, type ReportReadOptions } from './parsing/report-reader.js';

/** Parses running at once in one instance, each on its own thread (2 cores: reading a PDF is CPU work). */
export const PARSES_AT_ONCE = 2;

/** A thread's heap: a file that makes the reader take more is stopped there (its read fails), not labs-svc with it. */
const THREAD_HEAP_MB = 1024;

/** A read stopped at its time limit: the report is not read (docs/labs.md, "Parsing: a durable job"). */
export class ParseTimeLimitError extends Error {
  constructor(readonly limitMs: number) {
    super(`The report was not read within ${limitMs / 1000} s`);
    this.name = 'ParseTimeLimitError';
  }
}

/** The reader's thread failed in a way of its own (it crashed, or its error was no reader's): tried again later. */
export class ParseThreadFailure extends Error {
  constructor(what: string) {
    super(`The parse thread failed: ${what}`);
    this.name = 'ParseThreadFailure';
  }
}

/**
 * The compiled thread entry: beside this module when labs-svc runs from dist; when it runs from the TypeScript sources
 * (Jest), the build's copy of the same sources (`npm test` builds first).
 */
function threadEntry(): URL {
  const beside = new URL('./parsing/parse-thread.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  const built = new URL(beside.href.replace('/apps/labs-svc/src/', '/dist/apps/labs-svc/src/'));
  if (existsSync(fileURLToPath(built))) return built;
  throw new Error('The parse thread is not built (dist/apps/labs-svc/src/lab-reports/parsing/parse-thread.js): run npm run build');
}

interface Thread {
  worker: Worker;
  /** The catalog version this thread holds. */
  catalog?: number;
  busy: boolean;
}

/**
 * Reads reports on up to `size` worker threads, each read under a time limit. A thread whose read runs past the limit
 * is terminated (the read is abandoned: `ParseTimeLimitError`) and a new one is started for the next read; a thread
 * that dies takes its read with it (`ParseThreadFailure`). Reads beyond `size` wait for a free thread. The catalog's
 * entries go to a thread once per catalog (BiomarkersService caches it), not with every read.
 */
export class ParseThreads {
  private readonly threads: Thread[] = [];
  private readonly waiting: ((thread: Thread) => void)[] = [];
  private readonly versions = new WeakMap<BiomarkerCatalog, number>();
  private nextVersion = 1;
  private nextId = 1;
  private closed = false;

  constructor(private readonly size: number, private readonly timeLimitMs: number) {}

  async analyze(kind: LabReportKind, bytes: Uint8Array, catalog: BiomarkerCatalog, uploadedAt: Date, options: ReportReadOptions): Promise<ReportAnalysis> {
    const thread = await this.take();
    let version = this.versions.get(catalog);
    if (version === undefined) this.versions.set(catalog, (version = this.nextVersion++));
    const request: ParseRequest = {
      id: this.nextId++, kind, bytes, uploadedAt: uploadedAt.toISOString(), options,
      catalog: thread.catalog === version ? { version } : { version, entries: catalog.entries },
    };
    let reply: { analysis?: unknown; error?: ParseThreadError };
    try {
      reply = await this.run(thread, request);
    } catch (err) {
      this.drop(thread);
      throw err;
    }
    thread.catalog = version;
    this.give(thread);
    if (reply.error) throw errorOf(reply.error);
    return reply.analysis as ReportAnalysis;
  }

  /** Stops every thread (labs-svc's shutdown); a read in progress ends with ParseThreadFailure. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.threads.splice(0).map((t) => t.worker.terminate()));
  }

  private run(thread: Thread, request: ParseRequest): Promise<{ analysis?: unknown; error?: ParseThreadError }> {
    return new Promise((resolve, reject) => {
      const { worker } = thread;
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const onMessage = (reply: { id: number; analysis?: unknown; error?: ParseThreadError }) => {
        if (reply.id !== request.id) return;
        done();
        resolve(reply);
      };
      const onError = (err: Error) => {
        done();
        reject(new ParseThreadFailure(err.name));
      };
      const onExit = (code: number) => {
        done();
        reject(new ParseThreadFailure(`it exited (${code})`));
      };
      const timer = setTimeout(() => {
        done();
        reject(new ParseTimeLimitError(this.timeLimitMs));
      }, this.timeLimitMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(request);
    });
  }

  private async take(): Promise<Thread> {
    if (this.closed) throw new ParseThreadFailure('labs-svc is stopping');
    const free = this.threads.find((t) => !t.busy);
    if (free) {
      free.busy = true;
      return free;
    }
    if (this.threads.length < this.size) {
      const thread: Thread = { worker: new Worker(threadEntry(), { resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB } }), busy: true };
      thread.worker.unref();
      this.threads.push(thread);
      return thread;
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private give(thread: Thread): void {
    const next = this.waiting.shift();
    if (next) next(thread);
    else thread.busy = false;
  }

  /** A thread stopped at its limit, or dead: terminated and forgotten; a read waiting for a thread gets a new one. */
  private drop(thread: Thread): void {
    const i = this.threads.indexOf(thread);
    if (i >= 0) this.threads.splice(i, 1);
    void thread.worker.terminate();
    const next = this.waiting.shift();
    if (next) void this.take().then(next, () => undefined);
  }
}

function errorOf(error: ParseThreadError): Error {
  if (error.kind === 'pdf-unreadable') return new PdfUnreadableError(error.reason, error.message);
  if (error.kind === 'structured-input') return new StructuredInputError(error.details);
  return new ParseThreadFailure(`the reader threw ${error.name}`);
}
