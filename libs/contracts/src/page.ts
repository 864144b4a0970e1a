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
  @MaxLength(512)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'cursor must be an opaque cursor returned by a previous page' })
  cursor?: string;
}

/** What a list handler returns; the gateway turns it into `{ data, meta: { nextCursor, limit } }`. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  limit: number;
}

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Decodes a cursor made by encodeCursor; a cursor that is not one is a validation error, never a 500. */
export function decodeCursor<T>(cursor: string | undefined, isValid: (v: unknown) => v is T): T | undefined {
  if (!cursor) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (!isValid(value)) throw DomainException.validation([{ field: 'cursor', message: 'cursor is not valid' }]);
  return value;
}

/** The keyset cursor most lists use: [timestamp ISO, row id]. Client input: a forged one fails the check (a 400). */
export type TimeIdCursor = [string, string];
export function isTimeIdCursor(v: unknown): v is TimeIdCursor {
  return Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && !Number.isNaN(Date.parse(v[0])) && isUuid(v[1]);
}
