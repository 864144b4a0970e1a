import type { ParsedWearableData } from '../wearable-sample.js';
import { dexcomClarityFormat } from './dexcom-clarity.js';
import { libreViewFormat } from './libreview.js';
import { nightscoutFormat } from './nightscout.js';
import { dexcomApiFormat } from './dexcom-api.js';
import type { WearableFormat as VendorFormat } from './format.js';
import type { StreamedWearableData } from './reader-kit.js';
import { ouraFormat } from './oura.js';
import { whoopFormat } from './whoop.js';

export interface WearableFormat {
  id: string;
  /** Whether the first bytes of a file (up to HEAD_BYTES, decoded as UTF-8) are this format: by content, never the name. */
  detect(head: string): boolean;
  /** Its timestamps are local times without a zone: an import of it needs `timeZone` (checked before the job is queued). */
  needsTimeZone?: boolean;
  /** Throws WearableInputError when the file cannot be read as this format (422 with its message). */
  parse(input: string | NodeJS.ReadableStream, opts: { timeZone?: string }): Promise<ParsedWearableData>;
  /** The file read as it streams, in batches of samples (the import job); its batches throw WearableInputError as parse does. */
  stream(input: string | NodeJS.ReadableStream, opts: { timeZone?: string }): StreamedWearableData;
}

/** How much of an upload detection reads. */
export const HEAD_BYTES = 64 * 1024;

/**
 * A vendor API reader (one JSON document, as the vendor's API answers a page: small) as an upload format: the
 * document is read whole, then handed on as one batch.
 */
function wholeDocument(format: VendorFormat): WearableFormat {
  async function read(input: string | NodeJS.ReadableStream, opts: { timeZone?: string }): Promise<ParsedWearableData> {
    if (typeof input === 'string') return format.parse(input, opts);
    const parts: Buffer[] = [];
    for await (const c of input as AsyncIterable<string | Buffer>) parts.push(typeof c === 'string' ? Buffer.from(c) : c);
    return format.parse(Buffer.concat(parts), opts);
  }
  return {
    id: format.id,
    detect: (head) => format.detect(head),
    parse: read,
    stream(input, opts) {
      let parsed: ParsedWearableData | undefined;
      return {
        format: format.id,
        batches: (async function* batches() {
          parsed = await read(input, opts);
          if (parsed.samples.length) yield parsed.samples;
        })(),
        rejected: () => parsed?.rejected ?? [],
        summaries: () => parsed?.summaries ?? [],
      };
    },
  };
}

/**
 * Every format an upload may be, in the order detection tries them: the export readers, then the vendor API JSON
 * readers of the sync (Oura v2, Whoop v1/v2, Dexcom API v3 `egvs`), so uploads of those JSON files are read too.
 */
export const WEARABLE_FORMATS: WearableFormat[] = [
  dexcomClarityFormat, libreViewFormat, nightscoutFormat, ...[dexcomApiFormat, ouraFormat, whoopFormat].map(wholeDocument),
];

/** The format of an upload, or null. */
export function detectFormat(head: string, formats: readonly WearableFormat[] = WEARABLE_FORMATS): WearableFormat | null {
  return formats.find((f) => f.detect(head)) ?? null;
}

/**
 * What an unrecognised upload looked like, for the 422: "CSV with columns a, b, c", "JSON array of objects with
 * keys …", "text". Column names and keys only (never a value: they are the patient's data).
 */
export function describeHead(head: string): string {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (!text) return 'an empty file';
  if (text[0] === '[' || text[0] === '{') {
    const keys = [...new Set([...text.slice(0, 4096).matchAll(/"([A-Za-z_][\w-]{0,40})"\s*:/g)].map((m) => m[1]!))].slice(0, 12);
    return `JSON${keys.length ? ` with keys ${keys.join(', ')}` : ''}`;
  }
  const firstLines = text.split(/\r?\n/, 3);
  const header = firstLines.find((l) => l.split(',').length >= 3);
  if (header) {
    const cols = header.split(',').map((c) => c.replace(/["\uFEFF]/g, '').trim()).filter((c) => /^[\w ()/.%-]{1,60}$/.test(c)).slice(0, 12);
    return `CSV with columns ${cols.join(', ') || '(none readable)'}`;
  }
  return 'text that is neither CSV nor JSON';
}

