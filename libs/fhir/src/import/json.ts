/** Reading FHIR JSON the importer trusts nothing of: each helper answers undefined (or []) for the wrong shape. */
export type Json = Record<string, unknown>;
export const obj = (v: unknown): Json | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
export const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
/** The date part of a FHIR date or dateTime. */
export const dateOf = (v: unknown): string | undefined => (str(v) && /^\d{4}-\d{2}-\d{2}/.test(str(v)!) ? str(v)!.slice(0, 10) : undefined);
