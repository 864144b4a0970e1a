import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { compactVerify, flattenedVerify } from 'jose';
import type { ActorContext } from '@pg/contracts';
import {
  ActorContextSigner, ActorContextVerifier, GATEWAY_ACTOR, HEADER, ServiceCredentialHolder, ServiceCredentialSigner, type ContextHeaders,
} from './actor-context.js';

/*
 * The trust boundary between callers and services (issue 8, item 4). Expected verdicts come from the issue:
 * only the gateway's key signs user contexts, only identity-svc's key vouches for a service actor, a credential
 * is useless without its holder key, and a revoked principal is refused.
 */

const pair = () => generateKeyPairSync('ed25519');
const gatewayKeys = pair();
const identityKeys = pair();
const holderKeys = pair();
const gateway = new ActorContextSigner(gatewayKeys.privateKey);
const identity = new ServiceCredentialSigner(identityKeys.privateKey);
const verifier = () => new ActorContextVerifier({ gateway: [gatewayKeys.publicKey], identity: [identityKeys.publicKey] });

const PATIENT_A = randomUUID();
const PATTERN = 'profiles.patient.get';
const SERVICE_ID = randomUUID();
const clinician: ActorContext = { principalId: randomUUID(), subject: 'user_1', kind: 'user', roles: ['clinician'], careTeam: [PATIENT_A], purposeOfUse: 'treatment' };

const userHeaders = (signer: ActorContextSigner, actor: ActorContext, requestId: string): ContextHeaders => {
  const { encoded, signature } = signer.sign(actor, requestId, PATTERN);
  return { actor: encoded, signature };
};

const serviceHeaders = (requestId: string, opts: { onBehalfOf?: string; signer?: ServiceCredentialSigner; holder?: ReturnType<typeof pair>; now?: number } = {}): ContextHeaders => {
  const { token } = (opts.signer ?? identity).issue(
    { principalId: SERVICE_ID, subject: 'service:ai-assistant', scopes: ['profiles:read'], ...(opts.onBehalfOf ? { onBehalfOf: opts.onBehalfOf } : {}) },
    holderKeys.publicKey,
    60,
    opts.now,
  );
  const h = new ServiceCredentialHolder(token, (opts.holder ?? holderKeys).privateKey).headersFor(requestId, PATTERN);
  return { credential: h[HEADER.credential], proof: h[HEADER.proof] };
};

describe('user contexts (signed by the gateway)', () => {
  it('accepts a user context signed by the gateway key for this request', () => {
    const rid = randomUUID();
    expect(verifier().verify(userHeaders(gateway, clinician, rid), rid, PATTERN)).toEqual({ ok: true, actor: clinician });
  });

  it('is a standard EdDSA JWS (jose verifies it with the public key)', async () => {
    const rid = randomUUID();
    const h = userHeaders(gateway, clinician, rid);
    const [protectedHeader, , signature] = h.signature!.split('.');
    const { payload } = await flattenedVerify({ protected: protectedHeader!, payload: h.actor!, signature: signature! }, gatewayKeys.publicKey);
    expect(JSON.parse(new TextDecoder().decode(payload))).toMatchObject({ actor: clinician, requestId: rid });
  });

  it('refuses a context signed with a random Ed25519 key, even one naming the gateway key id', () => {
    const rid = randomUUID();
    const forger = new ActorContextSigner(pair().privateKey);
    expect(verifier().verify(userHeaders(forger, clinician, rid), rid, PATTERN)).toMatchObject({ ok: false, reason: 'bad-signature' });
    // The forger's signature under the gateway's key id.
    const forged = userHeaders(forger, clinician, rid);
    const [p, , s] = forged.signature!.split('.');
    const header = { ...JSON.parse(Buffer.from(p!, 'base64url').toString()), kid: gateway.kid };
    const relabelled = `${Buffer.from(JSON.stringify(header)).toString('base64url')}..${s}`;
    expect(verifier().verify({ actor: forged.actor, signature: relabelled }, rid, PATTERN)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a gateway-signed context whose actor was changed after signing', () => {
    const rid = randomUUID();
    const h = userHeaders(gateway, clinician, rid);
    const tampered = Buffer.from(JSON.stringify({ actor: { ...clinician, roles: ['admin'] }, requestId: rid, exp: Date.now() + 60_000 })).toString('base64url');
    expect(verifier().verify({ actor: tampered, signature: h.signature }, rid, PATTERN)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a context for another request or another pattern, and an expired one', () => {
    const rid = randomUUID();
    // Replayed by the service that received it, to another service's pattern.
    expect(verifier().verify(userHeaders(gateway, clinician, rid), rid, 'identity.principal.create')).toMatchObject({ ok: false, reason: 'pattern-mismatch' });
    expect(verifier().verify(userHeaders(gateway, clinician, rid), randomUUID(), PATTERN)).toMatchObject({ ok: false, reason: 'request-mismatch' });
    const old = gateway.sign(clinician, rid, PATTERN, Date.now() - 61_000);
    expect(verifier().verify({ actor: old.encoded, signature: old.signature }, rid, PATTERN)).toMatchObject({ ok: false, reason: 'expired' });
  });

  it('refuses a service actor signed by the gateway key: roles, scopes and patient come from identity-svc only', () => {
    const rid = randomUUID();
    const claims: ActorContext[] = [
      { ...clinician, kind: 'service', roles: ['service'], scopes: ['profiles:read', 'profiles:write'] },
      { ...clinician, kind: 'service', roles: ['service'], scopes: ['profiles:read'], onBehalfOf: PATIENT_A },
      { ...clinician, roles: ['clinician', 'service'] },
      { ...clinician, scopes: ['profiles:write'] },
      { ...clinician, onBehalfOf: PATIENT_A },
      // The gateway's own actor, with one scope more.
      { ...GATEWAY_ACTOR, scopes: ['principals:resolve', 'profiles:read'] },
      { ...GATEWAY_ACTOR, onBehalfOf: PATIENT_A },
    ];
    for (const actor of claims) expect(verifier().verify(userHeaders(gateway, actor, rid), rid, PATTERN)).toMatchObject({ ok: false, reason: 'key-not-allowed' });
    // The one service actor the gateway signs: itself, resolving principals.
    expect(verifier().verify(userHeaders(gateway, GATEWAY_ACTOR, rid), rid, PATTERN)).toEqual({ ok: true, actor: GATEWAY_ACTOR });
  });

  it('refuses a user context signed by the identity key', () => {
    const rid = randomUUID();
    const asIdentity = new ActorContextSigner(identityKeys.privateKey);
    expect(verifier().verify(userHeaders(asIdentity, clinician, rid), rid, PATTERN)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('refuses the HMAC context of before', () => {
    const rid = randomUUID();
    const encoded = Buffer.from(JSON.stringify({ actor: clinician, requestId: rid, exp: Date.now() + 60_000 })).toString('base64url');
    expect(verifier().verify({ actor: encoded, signature: 'c2lnbmF0dXJl' }, rid, PATTERN)).toMatchObject({ ok: false, reason: 'bad-signature' });
    expect(verifier().verify({}, rid, PATTERN)).toMatchObject({ ok: false, reason: 'missing' });
  });
});

describe('service credentials (signed by identity-svc, used with the holder key)', () => {
  it('makes the actor from the credential alone', () => {
    const rid = randomUUID();
    const verdict = verifier().verify(serviceHeaders(rid, { onBehalfOf: PATIENT_A }), rid, PATTERN);
    expect(verdict).toEqual({
      ok: true,
      actor: {
        principalId: SERVICE_ID, subject: 'service:ai-assistant', kind: 'service', roles: ['service'], scopes: ['profiles:read'],
        careTeam: [], onBehalfOf: PATIENT_A, purposeOfUse: 'treatment',
      },
    });
  });

  it('is a standard JWT (jose verifies it with identity-svc\'s public key)', async () => {
    const h = serviceHeaders(randomUUID());
    const { payload, protectedHeader } = await compactVerify(h.credential!, identityKeys.publicKey);
    expect(protectedHeader).toMatchObject({ alg: 'EdDSA', typ: 'pg-service-credential+jwt' });
    expect(JSON.parse(new TextDecoder().decode(payload))).toMatchObject({ sub: 'service:ai-assistant', principalId: SERVICE_ID, scopes: ['profiles:read'] });
  });

  it('refuses a credential whose claims were changed (scopes widened, patient changed)', () => {
    const rid = randomUUID();
    const h = serviceHeaders(rid, { onBehalfOf: PATIENT_A });
    const [p, body, s] = h.credential!.split('.');
    const claims = JSON.parse(Buffer.from(body!, 'base64url').toString());
    for (const changed of [{ ...claims, scopes: ['profiles:read', 'profiles:write'] }, { ...claims, onBehalfOf: randomUUID() }, { ...claims, onBehalfOf: undefined }]) {
      const credential = `${p}.${Buffer.from(JSON.stringify(changed)).toString('base64url')}.${s}`;
      expect(verifier().verify({ ...h, credential }, rid, PATTERN)).toMatchObject({ ok: false, reason: 'bad-signature' });
    }
  });

  it('refuses a credential signed by the gateway key or a random key', () => {
    const rid = randomUUID();
    expect(verifier().verify(serviceHeaders(rid, { signer: new ServiceCredentialSigner(gatewayKeys.privateKey) }), rid, PATTERN)).toMatchObject({ ok: false, reason: 'key-not-allowed' });
    expect(verifier().verify(serviceHeaders(rid, { signer: new ServiceCredentialSigner(pair().privateKey) }), rid, PATTERN)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a stolen credential: without the holder key, or replayed for another request', () => {
    const rid = randomUUID();
    expect(verifier().verify(serviceHeaders(rid, { holder: pair() }), rid, PATTERN)).toMatchObject({ ok: false, reason: 'bad-proof' });
    const h = serviceHeaders(rid);
    expect(verifier().verify({ credential: h.credential }, rid, PATTERN)).toMatchObject({ ok: false, reason: 'missing' });
    expect(verifier().verify(h, randomUUID(), PATTERN)).toMatchObject({ ok: false, reason: 'request-mismatch' });
    expect(verifier().verify(h, rid, 'labs.report.create')).toMatchObject({ ok: false, reason: 'pattern-mismatch' });
  });

  it('refuses an expired credential, also after it was accepted once', () => {
    const v = verifier();
    const rid = randomUUID();
    const h = serviceHeaders(rid);
    expect(v.verify(h, rid, PATTERN).ok).toBe(true);
    expect(v.verify(h, rid, PATTERN, Date.now() + 61_000)).toMatchObject({ ok: false, reason: 'expired' });
  });

  it('refuses credentials issued before the principal was revoked, not those issued after', () => {
    const v = verifier();
    const rid = randomUUID();
    const before = serviceHeaders(rid, { now: Date.now() - 5_000 });
    expect(v.verify(before, rid, PATTERN).ok).toBe(true);
    v.revocations.revoke(SERVICE_ID, Date.now() - 1_000);
    expect(v.verify(before, rid, PATTERN)).toMatchObject({ ok: false, reason: 'revoked', claimed: { principalId: SERVICE_ID } });
    expect(v.verify(serviceHeaders(rid), rid, PATTERN).ok).toBe(true);
  });
});
