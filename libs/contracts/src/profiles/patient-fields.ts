import { registerDecorator, ValidateIf, type ValidationOptions } from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';

/** Tags of a profile: at most 20, each 1–50 characters of letters, digits and `_ : . / -` (stored lowercase, once each). */
export const MAX_TAGS = 20;
export const TAG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_:./-]{0,49}$/;

/** The same tags as stored: trimmed, lowercase, each once, in the order given. */
export function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().toLowerCase()))];
}

/**
 * The bounds of a profile's `metadata`, a JSON object for integrations (the seed's free-form field). It is stored and
 * returned as given, never searched and never logged; it must not hold clinical content (conditions, medications and
 * check-ins have their own records). Bounded so that no caller can make a profile heavy or a parser slow.
 */
export const METADATA_LIMITS = {
  /** Size of the object as compact JSON, in UTF-8 bytes. */
  maxBytes: 8192,
  /** Nesting: the object itself is depth 1; `{ a: { b: 1 } }` is depth 2. */
  maxDepth: 4,
  /** Keys over the whole object, nested ones included. */
  maxKeys: 100,
  maxKeyLength: 64,
  maxArrayLength: 50,
  maxStringLength: 1000,
} as const;

const KEY = /^[A-Za-z0-9_.-]+$/;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Why a value is not acceptable metadata, or null when it is. */
export function metadataProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'metadata must be a JSON object';
  let keys = 0;
  const walk = (v: unknown, depth: number): string | null => {
    if (v === null || typeof v === 'boolean') return null;
    if (typeof v === 'number') return Number.isFinite(v) ? null : 'metadata numbers must be finite';
    if (typeof v === 'string') return v.length <= METADATA_LIMITS.maxStringLength ? null : `metadata strings are at most ${METADATA_LIMITS.maxStringLength} characters`;
    if (depth > METADATA_LIMITS.maxDepth) return `metadata is nested at most ${METADATA_LIMITS.maxDepth} levels deep`;
    if (Array.isArray(v)) {
      if (v.length > METADATA_LIMITS.maxArrayLength) return `metadata arrays hold at most ${METADATA_LIMITS.maxArrayLength} items`;
      for (const item of v) {
        const p = walk(item, depth + 1);
        if (p) return p;
      }
      return null;
    }
    if (typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype) return 'metadata holds only JSON values';
    for (const [k, item] of Object.entries(v as Record<string, unknown>)) {
      if (++keys > METADATA_LIMITS.maxKeys) return `metadata has at most ${METADATA_LIMITS.maxKeys} keys`;
      if (k.length > METADATA_LIMITS.maxKeyLength || !KEY.test(k) || FORBIDDEN_KEYS.has(k)) {
        return `metadata keys are 1–${METADATA_LIMITS.maxKeyLength} characters of letters, digits, _ . - (not __proto__, constructor, prototype)`;
      }
      const p = walk(item, depth + 1);
      if (p) return p;
    }
    return null;
  };
  const problem = walk(value, 1);
  if (problem) return problem;
  return Buffer.byteLength(JSON.stringify(value), 'utf8') <= METADATA_LIMITS.maxBytes ? null : `metadata is at most ${METADATA_LIMITS.maxBytes} bytes as JSON`;
}

export function IsPatientMetadata(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    JSONSchema({ type: 'object', description: `Free-form JSON for integrations: at most ${METADATA_LIMITS.maxBytes} bytes, ${METADATA_LIMITS.maxDepth} levels, ${METADATA_LIMITS.maxKeys} keys; never searched; no clinical content.` })(target, propertyName as string);
    registerDecorator({
      name: 'isPatientMetadata',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { ...options },
      validator: {
        validate: (value: unknown) => metadataProblem(value) === null,
        defaultMessage: (args) => metadataProblem(args?.value) ?? 'metadata is not valid',
      },
    });
  };
}

/** IANA names this runtime lists, by lowercase name (for the casing of a name given in another case). */
let zoneNames: Map<string, string> | undefined;

/**
 * The IANA name of a time zone this runtime knows, in its listed casing (`america/new_york` → `America/New_York`), or
 * null. A valid alias the runtime does not list (`Asia/Kolkata` where ICU lists `Asia/Calcutta`) is kept as given.
 * UTC offsets (`+01:00`) are refused: a zone names its daylight-saving rules.
 */
export function canonicalTimeZone(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 64 || !/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/.test(value)) return null;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  zoneNames ??= new Map([...Intl.supportedValuesOf('timeZone'), 'UTC'].map((z) => [z.toLowerCase(), z]));
  const listed = zoneNames.get(value.toLowerCase());
  if (listed) return listed;
  return resolved.toLowerCase() === value.toLowerCase() ? resolved : value;
}

export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    JSONSchema({ type: 'string', description: 'An IANA time zone, e.g. America/New_York', example: 'Europe/Berlin' })(target, propertyName as string);
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be an IANA time zone such as America/New_York`, ...options },
      validator: { validate: (value: unknown) => canonicalTimeZone(value) !== null },
    });
  };
}

/**
 * One formatter per zone: building an Intl.DateTimeFormat costs far more than formatting with it (a profile of the
 * context call put it among the gateway's dearest functions). Only zones Intl accepts are kept (an unknown one throws
 * before it is stored); Intl also accepts any spelling's case, so the map is emptied when it grows past the IANA database.
 */
const dayFormatters = new Map<string, Intl.DateTimeFormat>();
const MAX_DAY_FORMATTERS = 1000;

/** Today's date (YYYY-MM-DD) in a time zone (UTC when none). */
export function todayIn(timeZone: string | null | undefined, now = new Date()): string {
  const zone = timeZone ?? 'UTC';
  let format = dayFormatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    if (dayFormatters.size >= MAX_DAY_FORMATTERS) dayFormatters.clear();
    dayFormatters.set(zone, format);
  }
  return format.format(now);
}

/**
 * For a PATCH field the record cannot be without (a name, a status): absent is fine, `null` is validated like any
 * other value and refused (400), where `@IsOptional()` would let `null` through to a NOT NULL column.
 */
export const IsOptionalNotNull = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);
