import { signSvix, verifySharedSecret, verifySvix } from './svix-signature.js';

/** Svix's documented example (docs.svix.com, "Verifying webhooks manually"). */
const VECTOR = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: '1614265330',
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};
const AT = Number(VECTOR.timestamp) * 1000;
const headers = (over: Partial<{ id: string; timestamp: string; signature: string }> = {}) =>
  ({ id: VECTOR.id, timestamp: VECTOR.timestamp, signature: VECTOR.signature, ...over });

describe('Svix signatures (Clerk webhooks)', () => {
  it('signs the documented example to the documented signature', () => {
    expect(signSvix(VECTOR.id, VECTOR.timestamp, VECTOR.body, VECTOR.secret)).toBe(VECTOR.signature);
  });

  it.each([
    ['the documented delivery', headers(), AT, { ok: true }],
    ['a list holding an old v1 signature and the right one', headers({ signature: `v1,${Buffer.alloc(32).toString('base64')} ${VECTOR.signature}` }), AT, { ok: true }],
    ['4 minutes 59 seconds late', headers(), AT + 299_000, { ok: true }],
    ['5 minutes 1 second late', headers(), AT + 301_000, { ok: false, reason: 'stale' }],
    ['5 minutes 1 second early', headers(), AT - 301_000, { ok: false, reason: 'stale' }],
    ['another message id', headers({ id: 'msg_other' }), AT, { ok: false, reason: 'bad-signature' }],
    ['another timestamp (within the window)', headers({ timestamp: '1614265331' }), AT, { ok: false, reason: 'bad-signature' }],
    ['only a v2 signature', headers({ signature: 'v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=' }), AT, { ok: false, reason: 'malformed' }],
    ['a signature that is not 32 bytes', headers({ signature: 'v1,AAAA' }), AT, { ok: false, reason: 'malformed' }],
    ['no signature header', headers({ signature: '' }), AT, { ok: false, reason: 'missing' }],
    ['a timestamp that is not a number', headers({ timestamp: 'yesterday' }), AT, { ok: false, reason: 'malformed' }],
  ])('%s', (_name, h, now, verdict) => {
    expect(verifySvix(Buffer.from(VECTOR.body), h, [VECTOR.secret], now)).toEqual(verdict);
  });

  it('refuses a body changed by one byte', () => {
    expect(verifySvix(Buffer.from('{"test": 2432232315}'), headers(), [VECTOR.secret], AT)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('takes a delivery signed with either secret during a rotation, and none without a secret', () => {
    expect(verifySvix(Buffer.from(VECTOR.body), headers(), ['whsec_c2VjcmV0LXR3bw==', VECTOR.secret], AT)).toEqual({ ok: true });
    expect(verifySvix(Buffer.from(VECTOR.body), headers(), [], AT)).toEqual({ ok: false, reason: 'missing' });
  });
});

describe('shared secret (BigCommerce webhooks)', () => {
  it.each([
    ['the secret', 'bc-secret-0123456789', true],
    ['a prefix of it', 'bc-secret', false],
    ['another', 'bc-secret-0123456780', false],
    ['none', undefined, false],
  ])('%s', (_name, given, ok) => {
    expect(verifySharedSecret(given, ['bc-secret-0123456789'])).toBe(ok);
  });
});
