import { createHash } from 'node:crypto';
import { isUuid } from '@pg/contracts';

/** The `prevHash` of the first event of a chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** What `AuditPublisher` writes (`toISOString()`), and what Postgres reads the same way in any time zone. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;
/** A NUL or a lone surrogate: valid in a JS string and in JSON text, refused (or altered) by jsonb. */
const NOT_STORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const MAX_LABEL = 200;

/**
 * JSON with object keys sorted (recursively, by UTF-16 code units) and no insignificant whitespace: the same
 * value always gives the same text, whatever order its keys arrived in or jsonb stored them in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError(`not representable in JSON: ${typeof value}`);
    return text;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** `sha256(prevHash ‖ canonical(event))`, hex. */
export function chainHash(prevHash: string, canonicalEvent: string): string {
  return createHash('sha256').update(prevHash, 'utf8').update(canonicalEvent, 'utf8').digest('hex');
}

export type ParsedAuditMessage = { ok: true; id: string; canonical: string; recordedAt: string } | { ok: false; reason: 'not-json' | 'not-an-event' | 'not-storable' };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads one message of the AUDIT stream. An event must be a JSON object with a UUID `id`, an ISO `recordedAt`,
 * and the fields every publisher sets (action, outcome, actor, source, resource, purposeOfUse, requestId);
 * anything else is malformed and must be set aside, never stored and never allowed to block the stream.
 */
export function parseAuditMessage(data: Uint8Array): ParsedAuditMessage {
  let value: unknown;
  try {
    value = JSON.parse(decoder.decode(data));
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!isEventShape(value)) return { ok: false, reason: 'not-an-event' };
  let canonical: string;
  try {
    if (!isStorableText(value)) return { ok: false, reason: 'not-storable' };
    canonical = canonicalJson(value);
  } catch {
    // Nesting deep enough to exhaust the stack: no audit event looks like that.
    return { ok: false, reason: 'not-storable' };
  }
  return { ok: true, id: (value.id as string).toLowerCase(), canonical, recordedAt: value.recordedAt as string };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLabel = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_LABEL;

function isEventShape(v: unknown): v is Obj {
  if (!isObj(v)) return false;
  if (!isUuid(v.id)) return false;
  if (typeof v.recordedAt !== 'string' || !ISO_INSTANT.test(v.recordedAt) || Number.isNaN(Date.parse(v.recordedAt))) return false;
  if (!isLabel(v.action) || !isLabel(v.outcome) || !isLabel(v.purposeOfUse) || !isLabel(v.requestId)) return false;
  const { actor, source, resource } = v;
  if (!isObj(actor) || !isLabel(actor.kind) || !Array.isArray(actor.roles) || !actor.roles.every(isLabel)) return false;
  if (!isObj(source) || !isLabel(source.service) || !isLabel(source.instance)) return false;
  if (!isObj(resource) || !isLabel(resource.type)) return false;
  return true;
}

/** Every key and string of the value can be stored in jsonb unchanged. */
function isStorableText(v: unknown): boolean {
  if (typeof v === 'string') return !NOT_STORABLE.test(v);
  if (Array.isArray(v)) return v.every(isStorableText);
  if (isObj(v)) return Object.entries(v).every(([k, x]) => !NOT_STORABLE.test(k) && isStorableText(x));
  return true;
}
