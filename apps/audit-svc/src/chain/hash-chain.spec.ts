import { createHash, randomUUID } from 'node:crypto';
import { canonicalJson, chainHash, GENESIS_HASH, parseAuditMessage } from './hash-chain.js';

const event = (over: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  recordedAt: '2026-01-05T10:00:00.000Z',
  action: 'read',
  outcome: 'success',
  actor: { principalId: randomUUID(), subject: 'user|1', roles: ['clinician'], kind: 'user' },
  source: { service: 'profiles-svc', instance: 'i-1' },
  resource: { type: 'patient', id: randomUUID() },
  purposeOfUse: 'treatment',
  requestId: 'r-1',
  ...over,
});
const bytes = (v: unknown) => new TextEncoder().encode(typeof v === 'string' ? v : JSON.stringify(v));

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: 2 }, '{"a":2,"b":1}'],
    [{ z: { y: [3, { d: 1, c: 2 }], x: null } }, '{"z":{"x":null,"y":[3,{"c":2,"d":1}]}}'],
    [['b', 'a'], '["b","a"]'],
    [{ s: 'quote " and \\ and é' }, '{"s":"quote \\" and \\\\ and é"}'],
    [{ n: 1e21, m: 0.1, k: -0 }, '{"k":0,"m":0.1,"n":1e+21}'],
    [{ u: undefined, a: true }, '{"a":true}'],
  ])('writes %j as %s', (value, text) => {
    expect(canonicalJson(value)).toBe(text);
  });

  it('gives the same text whatever order the keys came in', () => {
    expect(canonicalJson({ a: 1, b: { c: 2, d: 3 } })).toBe(canonicalJson({ b: { d: 3, c: 2 }, a: 1 }));
  });
});

describe('chainHash', () => {
  it('is sha256 of the previous hash followed by the canonical event, in hex', () => {
    const expected = createHash('sha256').update(`${GENESIS_HASH}{"a":1}`).digest('hex');
    expect(chainHash(GENESIS_HASH, '{"a":1}')).toBe(expected);
    expect(GENESIS_HASH).toMatch(/^0{64}$/);
  });

  it('changes when the predecessor changes', () => {
    expect(chainHash('a'.repeat(64), '{}')).not.toBe(chainHash('b'.repeat(64), '{}'));
  });
});

describe('parseAuditMessage', () => {
  it('accepts an event as AuditPublisher writes it, with its id in lower case and its canonical text', () => {
    const e = event({ id: 'A1B2C3D4-0000-4000-8000-00000000000F' });
    const parsed = parseAuditMessage(bytes(e));
    expect(parsed).toEqual({ ok: true, id: 'a1b2c3d4-0000-4000-8000-00000000000f', canonical: canonicalJson(e), recordedAt: e.recordedAt });
  });

  it.each([
    ['text that is not JSON', 'not json {', 'not-json'],
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0x7d]), 'not-json'],
    ['a JSON array', [1, 2], 'not-an-event'],
    ['an event without id', { ...event(), id: undefined }, 'not-an-event'],
    ['an id that is not a UUID', event({ id: '42' }), 'not-an-event'],
    ['a recordedAt that is not an ISO instant', event({ recordedAt: 'yesterday' }), 'not-an-event'],
    ['a recordedAt without a zone', event({ recordedAt: '2026-01-05T10:00:00' }), 'not-an-event'],
    ['no actor roles', event({ actor: { kind: 'user' } }), 'not-an-event'],
    ['no source service', event({ source: { instance: 'x' } }), 'not-an-event'],
    ['no resource type', event({ resource: {} }), 'not-an-event'],
    ['a NUL character', event({ reason: 'a\u0000b' }), 'not-storable'],
    ['a lone surrogate', event({ reason: 'a\ud800b' }), 'not-storable'],
  ])('refuses %s', (_name, input, reason) => {
    const data = input instanceof Uint8Array ? input : bytes(input);
    expect(parseAuditMessage(data)).toEqual({ ok: false, reason });
  });

  it('accepts text outside the BMP (a well-formed surrogate pair)', () => {
    expect(parseAuditMessage(bytes(event({ reason: 'ok 😀' }))).ok).toBe(true);
  });
});

describe('parseAuditMessage on hostile input', () => {
  it('refuses nesting too deep to walk instead of throwing', () => {
    const deep = `{"id":"${randomUUID()}","recordedAt":"2026-01-05T10:00:00.000Z","action":"read","outcome":"success","purposeOfUse":"treatment","requestId":"r","actor":{"kind":"user","roles":[]},"source":{"service":"s","instance":"i"},"resource":{"type":"patient"},"x":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    expect(parseAuditMessage(bytes(deep))).toEqual({ ok: false, reason: 'not-storable' });
  });
});
