import type { ParsedWearableData, WearableDailySummary, WearableSample } from '../wearable-sample.js';
import type { WearableFormat } from './registry.js';

/** What the format readers share. */

/** Samples a streaming reader hands on at once (then read further): big enough for COPY, small enough to stay in the young heap. */
export const SAMPLE_BATCH = 2000;

/** A file read as it streams: batches of samples, then (once they are all read) what was refused and the daily summaries. */
export interface StreamedWearableData {
  format: string;
  batches: AsyncIterable<WearableSample[]>;
  rejected(): { reason: string; count: number }[];
  summaries(): WearableDailySummary[];
}

/** All of a streamed file at once (tests, small files). */
export async function collect(stream: StreamedWearableData): Promise<ParsedWearableData> {
  const samples: WearableSample[] = [];
  for await (const batch of stream.batches) for (const s of batch) samples.push(s);
  const summaries = stream.summaries();
  return { format: stream.format, samples, rejected: stream.rejected(), ...(summaries.length ? { summaries } : {}) };
}

/** An upload that cannot be read as a whole (no header, zone-less times without a zone): the import answers 422 with this message. */
export class WearableInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WearableInputError';
  }
}

/** Zone-less local timestamps need the zone they were recorded in. */
export function requireZone(format: string, timeZone: string | undefined): string {
  if (!timeZone) throw new WearableInputError(`${format} timestamps are local times without a zone: the import needs timeZone (an IANA zone such as Europe/Berlin)`);
  return timeZone;
}

/** Counts rows refused per reason, for ParsedWearableData.rejected. */
export class RejectionTally {
  private readonly counts = new Map<string, number>();

  add(reason: string, n = 1): void {
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + n);
  }

  list(): { reason: string; count: number }[] {
    return [...this.counts].map(([reason, count]) => ({ reason, count }));
  }
}

/** A number as an export prints it (`6.3`, `6,3` in a European locale), or null. */
export function parseNumber(text: string | undefined): number | null {
  if (text === undefined) return null;
  // The common case first (a glucose value: a few digits), without a regular expression.
  if (text.length > 0 && text.length < 10) {
    let digits = true;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) {
        digits = false;
        break;
      }
    }
    if (digits) return Number(text);
  }
  const t = text.trim().replace(/^(-?\d+),(\d+)$/, '$1.$2');
  if (!t || !/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** What a streaming export reader gives: its id, its detection, and the batches of one file (refusals into `tally`). */
export interface StreamingReader {
  id: string;
  detect(head: string): boolean;
  needsTimeZone?: boolean;
  read(input: string | NodeJS.ReadableStream, opts: { timeZone?: string }, tally: RejectionTally): AsyncGenerator<WearableSample[]>;
}

/** A streaming reader as an upload format: `stream` counts its refusals, `parse` is the whole stream at once. */
export function streamingFormat(reader: StreamingReader): WearableFormat {
  const stream = (input: string | NodeJS.ReadableStream, opts: { timeZone?: string }): StreamedWearableData => {
    const tally = new RejectionTally();
    return { format: reader.id, batches: reader.read(input, opts, tally), rejected: () => tally.list(), summaries: () => [] };
  };
  return {
    id: reader.id, detect: (head) => reader.detect(head), ...(reader.needsTimeZone ? { needsTimeZone: true } : {}),
    stream, parse: async (input, opts) => collect(stream(input, opts)),
  };
}
