import 'reflect-metadata';
import { DomainException, ErrorCode } from './errors.js';
import { CursorCodec, isTimeIdCursor, type TimeIdCursor } from './page.js';

const SECRET = 'a-test-secret-of-at-least-32-characters!';
const codec = new CursorCodec(SECRET);
type NameCursor = [string, string, string];
const isNameCursor = (v: unknown): v is NameCursor => Array.isArray(v) && v.length === 3 && v.every((x) => typeof x === 'string');
const ID = '6f1c7d0e-2f7b-4a53-9a39-1f4f3c1d2b8a';

const refusal = (f: () => unknown): DomainException | undefined => {
  try {
    f();
  } catch (e) {
    return e as DomainException;
  }
  return undefined;
};

describe('CursorCodec: cursors are opaque and only the server makes them', () => {
  it('gives back what it sealed', () => {
    const c = codec.encode(['Lovelace', 'Ada', ID]);
    expect(codec.decode(c, isNameCursor)).toEqual(['Lovelace', 'Ada', ID]);
    expect(codec.decode(undefined, isNameCursor)).toBeUndefined();
    expect(new CursorCodec(SECRET).decode(c, isNameCursor)).toEqual(['Lovelace', 'Ada', ID]);
  });

  it('a patient\'s name is not in the cursor, in any encoding a client could try', () => {
    // Names of seven letters or more: a three-letter `ada` turns up by chance in about one random cursor in seventy (it
    // failed a CI run on 2026-12-05), which says nothing of the name.
    const c = codec.encode(['Lovelace', 'Augusta', ID]);
    const bytes = Buffer.from(c, 'base64url');
    for (const text of [c, bytes.toString('latin1'), bytes.toString('utf8'), Buffer.from(c, 'base64').toString('latin1')]) {
      expect(text.toLowerCase()).not.toContain('lovelace');
      expect(text.toLowerCase()).not.toContain('augusta');
    }
    expect(c).not.toContain(Buffer.from('Lovelace').toString('base64url').slice(0, 8));
    // The same position twice gives two different cursors: equal names cannot be spotted across pages.
    expect(codec.encode(['Lovelace', 'Augusta', ID])).not.toBe(c);
  });

  it('the length of a cursor does not tell the length of the name in it', () => {
    const short = codec.encode(['Li', 'Bo', ID]).length;
    expect(codec.encode(['Wolfeschlegelsteinhausenbergerdorff', 'Hubert Blaine', ID]).length).toBe(short);
    expect(codec.encode(['x'.repeat(100), 'y'.repeat(100), ID]).length).toBe(short);
  });

  it.each([
    ['a plain base64url JSON cursor (the old format)', Buffer.from(JSON.stringify(['Lovelace', 'Ada', ID])).toString('base64url')],
    ['a cursor sealed with another key', new CursorCodec('another-secret-of-at-least-32-characters').encode(['Lovelace', 'Ada', ID])],
    ['garbage', 'bm90LWEtY3Vyc29y'],
    ['one character', 'A'],
    ['a long run', 'A'.repeat(2000)],
  ])('%s is a 400 on cursor', (_name, cursor) => {
    const err = refusal(() => codec.decode(cursor, isNameCursor));
    expect(err).toBeInstanceOf(DomainException);
    expect(err).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, details: [{ field: 'cursor', message: 'cursor is not valid' }] });
  });

  it('a cursor with one byte changed is a 400, wherever the byte is', () => {
    const bytes = Buffer.from(codec.encode([new Date(0).toISOString(), ID] satisfies TimeIdCursor), 'base64url');
    for (let i = 0; i < bytes.length; i++) {
      const edited = Buffer.from(bytes);
      edited[i] = edited[i]! ^ 0x01;
      expect(refusal(() => codec.decode(edited.toString('base64url'), isTimeIdCursor))).toMatchObject({ code: ErrorCode.VALIDATION_FAILED });
    }
  });

  it('a genuine cursor of another list (another shape) is a 400 too', () => {
    expect(refusal(() => codec.decode(codec.encode(['Lovelace', 'Ada', ID]), isTimeIdCursor))).toMatchObject({ code: ErrorCode.VALIDATION_FAILED });
  });

  it('refuses a short secret', () => {
    expect(() => new CursorCodec('short')).toThrow();
  });
});
