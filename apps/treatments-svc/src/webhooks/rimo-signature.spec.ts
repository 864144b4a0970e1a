import { createHmac } from 'node:crypto';
import { verifyRimoSignature } from './rimo-signature.js';

/*
 * Issue 11, item 5: `X-Rimo-Signature` is hex HMAC-SHA256 of `${timestamp}.${rawBody}` with the secret; older than
 * 5 minutes → refused; two secrets during a rotation. The expected signatures are computed here with node:crypto
 * directly from that definition, not with the code under test.
 */
const SECRET = 'whsec_current_0123456789abcdef0123456789';
const PREVIOUS = 'whsec_previous_0123456789abcdef012345678';
const NOW = Date.UTC(2026, 10, 29, 10, 0, 0);
const TS = String(NOW / 1000);
const body = Buffer.from('{"id":"evt_1","type":"order.shipped","data":{},"timestamp":"2026-11-29T10:00:00Z"}');
const hmac = (secret: string, ts: string, raw: Buffer | string) => createHmac('sha256', secret).update(`${ts}.${raw.toString()}`).digest('hex');

describe('verifyRimoSignature', () => {
  it('takes a delivery signed with the current secret', () => {
    expect(verifyRimoSignature(body, TS, hmac(SECRET, TS, body), [SECRET], NOW)).toEqual({ ok: true });
  });

  it('takes one signed with the previous secret during a rotation, and refuses it once the rotation is over', () => {
    expect(verifyRimoSignature(body, TS, hmac(PREVIOUS, TS, body), [SECRET, PREVIOUS], NOW)).toEqual({ ok: true });
    expect(verifyRimoSignature(body, TS, hmac(PREVIOUS, TS, body), [SECRET], NOW)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('checks the raw bytes: the same JSON re-serialized (one space) does not match', () => {
    const sig = hmac(SECRET, TS, body);
    const reformatted = Buffer.from(body.toString().replace('"id":', '"id": '));
    expect(verifyRimoSignature(reformatted, TS, sig, [SECRET], NOW)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a signature over another timestamp (the timestamp is signed)', () => {
    const other = String(NOW / 1000 - 10);
    expect(verifyRimoSignature(body, TS, hmac(SECRET, other, body), [SECRET], NOW)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a delivery more than 5 minutes old, or from more than 5 minutes ahead, even well signed', () => {
    const old = String(NOW / 1000 - 301);
    expect(verifyRimoSignature(body, old, hmac(SECRET, old, body), [SECRET], NOW)).toEqual({ ok: false, reason: 'stale' });
    const edge = String(NOW / 1000 - 300);
    expect(verifyRimoSignature(body, edge, hmac(SECRET, edge, body), [SECRET], NOW)).toEqual({ ok: true });
    const ahead = String(NOW / 1000 + 301);
    expect(verifyRimoSignature(body, ahead, hmac(SECRET, ahead, body), [SECRET], NOW)).toEqual({ ok: false, reason: 'stale' });
  });

  it('refuses missing and malformed headers', () => {
    expect(verifyRimoSignature(body, undefined, hmac(SECRET, TS, body), [SECRET], NOW)).toEqual({ ok: false, reason: 'missing' });
    expect(verifyRimoSignature(body, TS, undefined, [SECRET], NOW)).toEqual({ ok: false, reason: 'missing' });
    expect(verifyRimoSignature(body, '2026-11-29T10:00:00Z', hmac(SECRET, TS, body), [SECRET], NOW)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyRimoSignature(body, TS, 'sha256=' + hmac(SECRET, TS, body), [SECRET], NOW)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyRimoSignature(body, TS, hmac(SECRET, TS, body).slice(0, 63), [SECRET], NOW)).toEqual({ ok: false, reason: 'malformed' });
  });
});
