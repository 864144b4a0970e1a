import type { ParsedWearableData } from '../wearable-sample.js';

/**
 * One readable source format: recognised from the content (never the file name), then read into samples.
 * (The registry in `registry.ts` lists them; this interface is the one it uses.)
 */
export interface WearableFormat {
  id: string;
  detect(head: string): boolean;
  parse(input: string | Buffer, opts: { timeZone?: string }): Promise<ParsedWearableData>;
}

export const asText = (input: string | Buffer): string => (typeof input === 'string' ? input : input.toString('utf8')).replace(/^\uFEFF/, '');

/** JSON of a vendor response, or null when the text is not JSON. */
export function jsonOf(input: string | Buffer): unknown {
  try {
    return JSON.parse(asText(input)) as unknown;
  } catch {
    return null;
  }
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
export const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** An instant with an explicit zone (`Z` or `±hh:mm`); null for anything else. */
export function zonedInstant(v: unknown): Date | null {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(v)) return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The local calendar day (YYYY-MM-DD) of an instant at a fixed offset such as `-05:00`. */
export function dayAtOffset(at: Date, offset: string | null): string {
  const m = offset ? /^([+-])(\d{2}):?(\d{2})$/.exec(offset) : null;
  const minutes = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  return new Date(at.getTime() + minutes * 60_000).toISOString().slice(0, 10);
}

/** One mmol/L of glucose in mg/dL: the one constant of glucose.ts, under the name the vendor readers use. */
export { MGDL_PER_MMOL as MGDL_PER_MMOLL } from '../glucose.js';
