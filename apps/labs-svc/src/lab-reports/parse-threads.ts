import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LabReportKind } from '@pg/contracts';
import type { BiomarkerCatalog } from './parsing/catalog.js';
import type { ParseRequest, ParseThreadError } from './parsing/parse-thread.js';
import { PdfUnreadableError } from './parsing/pdf-text.js';
import { StructuredInputError, type ReportAnalysis, type ReportReadOptions } from './parsing/report-reader.js';

/**
 * Parses running at once in one instance, each on its own thread. One: reading is CPU work, and on a machine of two
 * cores a second parse thread takes the core the services answer on (`npm run bench:labs`, 100 uploads at once while a
 * clinician reads, two runs each: two threads 46–55 reads/s, p99 828–897 ms, the last report parsed after 25.1–25.9 s;
 * one thread 55–76 reads/s, p99 699–808 ms, 25.6–28.8 s). More instances read more at once.
 */
export const PARSES_AT_ONCE = 1;

/** A thread's heap: a file that makes the reader take more is stopped there (its read fails), not labs-svc with it. */
export const THREAD_HEAP_MB = 1024;

/** How long a new thread may take to load the reader before it is given up (a read's own limit starts after). */
const STARTUP_LIMIT_MS = 60_000;

/** A read stopped at its time limit: the report is not read (docs/labs.md, "Parsing: a durable job"). */
export class ParseTimeLimitError extends Error {
  constructor(readonly limitMs: number) {
    super(`The report was not read within ${limitMs / 1000} s`);
    this.name = 'ParseTimeLimitError';
  }
}

/** A read stopped at the thread's heap limit (THREAD_HEAP_MB): the report is not read. */
export class ParseMemoryLimitError extends Error {
  constructor() {
    super(`The report needs more than ${THREAD_HEAP_MB} MB to read`);
    this.name = 'ParseMemoryLimitError';
  }
}

/** The reader's thread failed in a way of its own (it died, or its error was no reader's): tried again later. */
export class ParseThreadFailure extends Error {
  constructor(what: string) {
    super(`The parse thread failed: ${what}`);
    this.name = 'ParseThreadFailure';
  }
}

/**
 * An error as a log line may say it: a thread's failure in its own words (what died, the error's name and cause,
 * never a message that may quote the report), any other error by its name only.
 */
export function failureForLog(err: unknown): string {
  if (err instanceof ParseThreadFailure) return err.message;
  return err instanceof Error ? err.name : 'error';
}

/**
 * The compiled thread entry: beside this module when labs-svc runs from dist; when it runs from the TypeScript sources
 * (Jest), the build's copy of the same sources (`npm test` builds first; `npx jest` alone reads whatever dist holds).
 */
function threadEntry(): URL {
  const beside = new URL('./parsing/parse-thread.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  const built = new URL(beside.href.replace('/apps/labs-svc/src/', '/dist/apps/labs-svc/src/'));
  if (existsSync(fileURLToPath(built))) return built;
  throw new Error('The parse thread is not built (dist/apps/labs-svc/src/lab-reports/parsing/parse-thread.js): run npm run build');
}

type Reply = { id: number; analysis?: unknown; error?: ParseThreadError };

interface Thread {
  worker: Worker;
  /** Settles when the thread has loaded the reader (its `ready` message), or fails when it dies first. */
  ready: Promise<void>;
  /** The catalog version this thread holds. */
  catalog?: number;
  busy: boolean;
  /** The read in progress: how to end it when the thread dies. */
  fail?: (err: Error) => void;
}

interface Waiter {
  resolve: (thread: Thread) => void;
  reject: (err: Error) => void;
}

/**
 * Reads reports on up to `size` worker threads, each read under a time limit counted from the moment its thread has
 * the reader loaded. A thread whose read runs past the limit is terminated (`ParseTimeLimitError`) and a new one is
 * started for the next read; a thread that dies — at its heap limit (`ParseMemoryLimitError`), or otherwise
 * (`ParseThreadFailure`), during a read or while idle — is forgotten, its read failed, and the next read gets a new
 * thread. Reads beyond `size` wait for a free thread; closing the pool fails them. The catalog's entries go to a thread
 * when it does not hold that catalog yet (BiomarkersService builds a new one now and then), not with every read.
 */
export class ParseThreads {
  private readonly threads: Thread[] = [];
  private readonly waiting: Waiter[] = [];
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
      // (A view of a larger buffer — Node's pool — would send the whole buffer: the report's own bytes only.)
      id: this.nextId++, kind, bytes: bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes), uploadedAt: uploadedAt.toISOString(), options,
      catalog: thread.catalog === version ? { version } : { version, entries: catalog.entries },
    };
    let reply: Reply;
    try {
      reply = await this.run(thread, request);
    } catch (err) {
      this.drop(thread);
      throw err;
    }
    // A thread holds the catalog once it read with it (a read that failed may have failed building it).
    if (!reply.error) thread.catalog = version;
    this.give(thread);
    if (reply.error) throw errorOf(reply.error);
    return reply.analysis as ReportAnalysis;
  }

  /** Stops every thread (labs-svc's shutdown): a read in progress and every read waiting fail with ParseThreadFailure. */
  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.waiting.splice(0)) w.reject(new ParseThreadFailure('labs-svc is stopping'));
    await Promise.all(this.threads.splice(0).map((t) => t.worker.terminate()));
  }

  private async run(thread: Thread, request: ParseRequest): Promise<Reply> {
    await withLimit(thread.ready, STARTUP_LIMIT_MS, () => new ParseThreadFailure('it did not load the reader'));
    return new Promise((resolve, reject) => {
      const { worker } = thread;
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        thread.fail = undefined;
      };
      const onMessage = (reply: Reply) => {
        if (reply.id !== request.id) return;
        done();
        resolve(reply);
      };
      thread.fail = (err) => {
        done();
        reject(err);
      };
      const timer = setTimeout(() => {
        done();
        reject(new ParseTimeLimitError(this.timeLimitMs));
      }, this.timeLimitMs);
      worker.on('message', onMessage);
      worker.postMessage(request);
    });
  }

  private take(): Promise<Thread> {
    if (this.closed) return Promise.reject(new ParseThreadFailure('labs-svc is stopping'));
    const free = this.threads.find((t) => !t.busy);
    if (free) {
      free.busy = true;
      return Promise.resolve(free);
    }
    if (this.threads.length < this.size) {
      try {
        return Promise.resolve(this.start());
      } catch (err) {
        return Promise.reject(err);
      }
    }
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  /** A new thread, busy; its death at any time (a read or idle) takes it out of the pool and fails its read. */
  private start(): Thread {
    const worker = new Worker(threadEntry(), { resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB } });
    worker.unref();
    let loaded!: () => void;
    let died!: (err: Error) => void;
    const thread: Thread = { worker, busy: true, ready: new Promise<void>((res, rej) => ((loaded = res), (died = rej))) };
    thread.ready.catch(() => undefined);
    const onReady = (m: { ready?: boolean }) => {
      if (!m?.ready) return;
      worker.off('message', onReady);
      loaded();
    };
    worker.on('message', onReady);
    const gone = (err: Error) => {
      died(err);
      const fail = thread.fail;
      this.forget(thread);
      fail?.(err);
    };
    worker.on('error', (err: Error & { code?: string }) => gone(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ParseMemoryLimitError() : new ParseThreadFailure(err.name)));
    worker.on('exit', (code) => gone(new ParseThreadFailure(`it exited (${code})`)));
    this.threads.push(thread);
    return thread;
  }

  private give(thread: Thread): void {
    if (!this.threads.includes(thread)) return;
    const next = this.waiting.shift();
    if (next) next.resolve(thread);
    else thread.busy = false;
  }

  /** A thread stopped at its limit: terminated and forgotten. */
  private drop(thread: Thread): void {
    this.forget(thread);
    void thread.worker.terminate();
  }

  /** Takes a thread out of the pool; a read waiting for a thread gets a new one (or the reason there is none). */
  private forget(thread: Thread): void {
    const i = this.threads.indexOf(thread);
    if (i < 0) return;
    this.threads.splice(i, 1);
    const next = this.waiting.shift();
    if (next) this.take().then(next.resolve, next.reject);
  }
}

/** `promise`, or `error()` after `ms`. */
function withLimit<T>(promise: Promise<T>, ms: number, error: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(error()), ms)))]).finally(() => clearTimeout(timer));
}

function errorOf(error: ParseThreadError): Error {
  if (error.kind === 'pdf-unreadable') return new PdfUnreadableError(error.reason, error.message);
  if (error.kind === 'structured-input') return new StructuredInputError(error.details);
  return new ParseThreadFailure(`the reader threw ${error.name}${error.cause ? ` (${error.cause})` : ''}`);
}
