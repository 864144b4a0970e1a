import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Type } from 'class-transformer';
import { DomainException } from './errors.js';
import { isUuid } from './validators.js';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 200;

export class PageQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_LIMIT)
  limit?: number;

  @IsOptional()
  @IsString()
  @MaxLength(2048)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'cursor must be an opaque cursor returned by a previous page' })
  cursor?: string;
}

/** What a list handler returns; the gateway turns it into `{ data, meta: { nextCursor, limit } }`. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  limit: number;
}

const CURSOR_VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Plaintexts are padded to a multiple of this, so a cursor's length does not give away the length of what is in it. */
const CURSOR_BLOCK = 256;

/**
 * The one way a list makes and reads its `nextCursor`. A cursor holds the last row's sort keys (for patient search:
 * names, which are PHI), so it is sealed with AES-256-GCM: a client, a proxy log or a browser history sees an opaque
 * token, and a cursor the server did not make (forged, edited, from another deployment, garbage) fails the tag check
 * and is a validation error (400), never a 500 and never a query. The key is derived (HKDF-SHA256) from a secret of
 * the service's config (the internal context key), so every replica of a service reads the others' cursors.
 */
export class CursorCodec {
  private readonly key: Buffer;

  constructor(secret: string) {
    if (secret.length < 32) throw new Error('CursorCodec needs a secret of at least 32 characters');
    this.key = Buffer.from(hkdfSync('sha256', secret, 'patient-graph', 'page-cursor-v1', 32));
  }

  encode(value: unknown): string {
    const json = Buffer.from(JSON.stringify(value), 'utf8');
    // JSON ignores trailing whitespace: the padding needs no length field.
    const plain = Buffer.concat([json, Buffer.alloc((CURSOR_BLOCK - (json.length % CURSOR_BLOCK)) % CURSOR_BLOCK, 0x20)]);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([Buffer.from([CURSOR_VERSION]), iv, sealed, cipher.getAuthTag()]).toString('base64url');
  }

  /** The value of a cursor this codec made, checked by `isValid`; anything else is a validation error on `cursor`. */
  decode<T>(cursor: string | undefined, isValid: (v: unknown) => v is T): T | undefined {
    if (!cursor) return undefined;
    const value = this.open(cursor);
    if (!isValid(value)) throw DomainException.validation([{ field: 'cursor', message: 'cursor is not valid' }]);
    return value;
  }

  private open(cursor: string): unknown {
    const bytes = Buffer.from(cursor, 'base64url');
    if (bytes.length < 1 + IV_BYTES + TAG_BYTES + 1 || bytes[0] !== CURSOR_VERSION) return undefined;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(1, 1 + IV_BYTES));
      decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
      const plain = Buffer.concat([decipher.update(bytes.subarray(1 + IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
      return JSON.parse(plain.toString('utf8'));
    } catch {
      return undefined;
    }
  }
}

/** The keyset cursor most lists use: [timestamp ISO, row id]. Client input: a forged one fails the check (a 400). */
export type TimeIdCursor = [string, string];
export function isTimeIdCursor(v: unknown): v is TimeIdCursor {
  return Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && !Number.isNaN(Date.parse(v[0])) && isUuid(v[1]);
}
