import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject, randomUUID, sign as edSign, verify as edVerify } from 'node:crypto';
import { ActorContext, PRINCIPALS_RESOLVE_SCOPE, PURPOSES_OF_USE, type PurposeOfUse } from '@pg/contracts';

/** Headers of a NATS request, as the gateway and internal callers set them. */
export const HEADER = {
  requestId: 'x-request-id',
  traceparent: 'traceparent',
  /** A user context signed by the gateway: the payload of a detached JWS … */
  actor: 'x-actor-context',
  /** … and the detached JWS itself (`<protected>..<signature>`). */
  signature: 'x-actor-signature',
  /** A service principal's credential: a JWT identity-svc signed (sub, principalId, scopes, onBehalfOf, cnf). */
  credential: 'x-service-credential',
  /** Per request: a JWS by the key the credential is bound to, over the request id (proof of possession). */
  proof: 'x-service-proof',
} as const;

/** How long a signed context is good for: long enough for one request and its retries, not for replay later. */
export const CONTEXT_TTL_MS = 60_000;
/** The longest a service credential may live: it bounds how long a missed revocation event matters. */
export const MAX_SERVICE_CREDENTIAL_TTL_S = 300;

export const JWS_TYPE = {
  actorContext: 'pg-actor-context+jws',
  serviceCredential: 'pg-service-credential+jwt',
  serviceProof: 'pg-service-proof+jws',
} as const;

/**
 * The gateway's own identity when it asks identity-svc who a subject is. It is the one service actor the
 * gateway's key may sign (services accept exactly this scope from it): every other service actor needs a
 * credential from identity-svc.
 */
export const GATEWAY_ACTOR: ActorContext = {
  principalId: '00000000-0000-4000-8000-000000000001',
  subject: 'service:gateway',
  kind: 'service',
  roles: ['service'],
  scopes: [PRINCIPALS_RESOLVE_SCOPE],
  careTeam: [],
  purposeOfUse: 'operations',
};

// ---------------------------------------------------------------------------------------------------------------
// Keys and compact JWS (EdDSA / Ed25519). Signing and verifying use node:crypto directly so the per-request path
// stays synchronous (jose 6 is WebCrypto-only, hence async); the tokens are standard JWS that jose verifies.

export type KeyInput = KeyObject | string;

export function privateEd25519(key: KeyInput): KeyObject {
  const k = typeof key === 'string' ? createPrivateKey(key) : key;
  if (k.type !== 'private' || k.asymmetricKeyType !== 'ed25519') throw new Error('an Ed25519 private key is required');
  return k;
}

export function publicEd25519(key: KeyInput): KeyObject {
  const k = typeof key === 'string' ? createPublicKey(key) : key.type === 'private' ? createPublicKey(key) : key;
  if (k.asymmetricKeyType !== 'ed25519') throw new Error('an Ed25519 public key is required');
  return k;
}

export interface HolderJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
}

/** The public JWK of a holder key, as a credential's `cnf` names it. */
export function holderJwk(key: KeyInput): HolderJwk {
  const { x } = publicEd25519(key).export({ format: 'jwk' }) as { x: string };
  return { kty: 'OKP', crv: 'Ed25519', x };
}

function holderPublicKey(jwk: unknown): KeyObject | null {
  const j = jwk as Partial<HolderJwk> | undefined;
  if (typeof j !== 'object' || j === null || j.kty !== 'OKP' || j.crv !== 'Ed25519' || typeof j.x !== 'string' || !/^[A-Za-z0-9_-]{43}$/.test(j.x)) return null;
  try {
    return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: j.x }, format: 'jwk' });
  } catch {
    return null;
  }
}

/** RFC 7638 thumbprint of an Ed25519 public key: the `kid` of the keys here, and `cnf.jkt` of a credential. */
export function keyId(key: KeyInput): string {
  const jwk = publicEd25519(key).export({ format: 'jwk' }) as { x: string };
  return createHash('sha256').update(`{"crv":"Ed25519","kty":"OKP","x":"${jwk.x}"}`).digest('base64url');
}

/** A fresh Ed25519 key pair as PEM: for the launcher, the test world and a holder key. */
export function generateEd25519Pem(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }) as string,
  };
}

const b64json = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

interface JwsHeader {
  alg: 'EdDSA';
  typ: string;
  kid?: string;
  jwk?: { kty: 'OKP'; crv: 'Ed25519'; x: string };
}

function signParts(header: JwsHeader | string, payload: string, key: KeyObject): { protectedHeader: string; signature: string } {
  const protectedHeader = typeof header === 'string' ? header : b64json(header);
  const signature = edSign(null, Buffer.from(`${protectedHeader}.${payload}`), key).toString('base64url');
  return { protectedHeader, signature };
}

function decodeJson<T>(part: string): T | undefined {
  try {
    const v = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as T) : undefined;
  } catch {
    return undefined;
  }
}

const B64URL = /^[A-Za-z0-9_-]*$/;

function verifyParts(protectedHeader: string, payload: string, signature: string, key: KeyObject): boolean {
  if (!B64URL.test(signature) || !B64URL.test(protectedHeader) || !B64URL.test(payload)) return false;
  try {
    return edVerify(null, Buffer.from(`${protectedHeader}.${payload}`), key, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Signers: what puts an actor on a request.

/** What a NatsRpcClient asks for the headers that say who is calling. */
export interface RequestSigner {
  headers(actor: ActorContext, requestId: string, pattern: string): Record<string, string>;
}

interface SignedEnvelope {
  actor: ActorContext;
  requestId: string;
  /** The message pattern it is for: a service that received it cannot replay it to another pattern. */
  pattern: string;
  /** Expiry, ms since the epoch. */
  exp: number;
}

/**
 * The gateway's signer: a user context (or GATEWAY_ACTOR) as a detached EdDSA JWS over the envelope, which binds
 * it to one request id, one message pattern and an expiry, so a captured header (even by the service that received
 * it) cannot be replayed to another pattern, or on another request later. Only
 * the gateway holds this private key; services hold its public key and accept from it user contexts only.
 */
export class ActorContextSigner implements RequestSigner {
  private readonly key: KeyObject;
  readonly kid: string;
  /** The encoded protected header: the same for every context this signer signs. */
  private readonly header: string;

  constructor(privateKey: KeyInput) {
    this.key = privateEd25519(privateKey);
    this.kid = keyId(this.key);
    this.header = b64json({ alg: 'EdDSA', typ: JWS_TYPE.actorContext, kid: this.kid } satisfies JwsHeader);
  }

  sign(actor: ActorContext, requestId: string, pattern: string, now = Date.now()): { encoded: string; signature: string } {
    const envelope: SignedEnvelope = { actor, requestId, pattern, exp: now + CONTEXT_TTL_MS };
    const encoded = b64json(envelope);
    const { protectedHeader, signature } = signParts(this.header, encoded, this.key);
    return { encoded, signature: `${protectedHeader}..${signature}` };
  }

  headers(actor: ActorContext, requestId: string, pattern: string): Record<string, string> {
    const { encoded, signature } = this.sign(actor, requestId, pattern);
    return { [HEADER.actor]: encoded, [HEADER.signature]: signature };
  }
}

/** The claims of a service credential, as identity-svc signs them. */
export interface ServiceCredentialClaims {
  /** `service:<name>`: the principal's subject. */
  sub: string;
  principalId: string;
  scopes: string[];
  onBehalfOf?: string;
  /** Seconds since the epoch, with milliseconds. */
  iat: number;
  exp: number;
  jti: string;
  /** The holder's public key: only who has its private half can use the credential. */
  cnf: { jwk: HolderJwk };
}

/**
 * identity-svc's signer of service credentials. The credential is the only source of a service actor's roles,
 * scopes and on-behalf-of patient; it is bound to the holder's key (`cnf.jkt`), so a copy of it is useless
 * without that key, and it names its principal so a deactivation revokes it.
 */
export class ServiceCredentialSigner {
  private readonly key: KeyObject;
  readonly kid: string;

  constructor(privateKey: KeyInput) {
    this.key = privateEd25519(privateKey);
    this.kid = keyId(this.key);
  }

  issue(
    principal: { principalId: string; subject: string; scopes: string[]; onBehalfOf?: string },
    holderKey: KeyInput,
    ttlSeconds: number,
    now = Date.now(),
  ): { token: string; claims: ServiceCredentialClaims } {
    // NumericDate with milliseconds (RFC 7519 allows fractions): a revocation compares to the millisecond.
    const iat = now / 1000;
    const claims: ServiceCredentialClaims = {
      sub: principal.subject,
      principalId: principal.principalId,
      scopes: [...principal.scopes],
      ...(principal.onBehalfOf ? { onBehalfOf: principal.onBehalfOf } : {}),
      iat,
      exp: iat + Math.min(ttlSeconds, MAX_SERVICE_CREDENTIAL_TTL_S),
      jti: randomUUID(),
      cnf: { jwk: holderJwk(holderKey) },
    };
    const payload = b64json(claims);
    const { protectedHeader, signature } = signParts({ alg: 'EdDSA', typ: JWS_TYPE.serviceCredential, kid: this.kid }, payload, this.key);
    return { token: `${protectedHeader}.${payload}.${signature}`, claims };
  }
}

interface ProofPayload {
  /** The request id this proof is for. */
  rid: string;
  /** The message pattern it is for. */
  pat: string;
  /** Expiry, ms since the epoch. */
  exp: number;
  /** Why the service is asking (recorded as the purpose of use). */
  pur?: PurposeOfUse;
}

/**
 * An internal caller's side: the credential identity-svc issued and the holder key it is bound to. Each request
 * carries the credential and a proof (a JWS by the holder key over the request id), so neither a stolen
 * credential nor a captured pair can be used for another request, and nothing in a request can change the
 * credential's scopes or patient.
 */
export class ServiceCredentialHolder {
  constructor(
    private readonly credential: string,
    private readonly holderKey: KeyObject,
    private readonly purposeOfUse?: PurposeOfUse,
  ) {}

  headersFor(requestId: string, pattern: string, purposeOfUse = this.purposeOfUse, now = Date.now()): Record<string, string> {
    const payload = b64json({ rid: requestId, pat: pattern, exp: now + CONTEXT_TTL_MS, ...(purposeOfUse ? { pur: purposeOfUse } : {}) } satisfies ProofPayload);
    const { protectedHeader, signature } = signParts({ alg: 'EdDSA', typ: JWS_TYPE.serviceProof }, payload, this.holderKey);
    return { [HEADER.credential]: this.credential, [HEADER.proof]: `${protectedHeader}.${payload}.${signature}` };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Verification, in every domain service: public keys only.

export type ContextRefusal =
  | 'missing' | 'malformed' | 'bad-signature' | 'expired' | 'request-mismatch' | 'pattern-mismatch' | 'key-not-allowed' | 'revoked' | 'bad-proof';

export type ContextVerdict =
  | { ok: true; actor: ActorContext }
  | { ok: false; reason: ContextRefusal; claimed?: Partial<ActorContext> };

export interface ContextHeaders {
  actor?: string;
  signature?: string;
  credential?: string;
  proof?: string;
}

/** The public keys a service verifies with, each bound to what it may sign. */
export interface ContextPublicKeys {
  /** The gateway's: user contexts (and GATEWAY_ACTOR) only. */
  gateway: readonly KeyInput[];
  /** identity-svc's: service credentials only. */
  identity: readonly KeyInput[];
}

/**
 * Principals whose credentials issued before a moment are refused: fed by identity-svc's principal change events.
 * An entry outlives every credential it can concern (the longest credential lifetime), then it is dropped.
 */
export class PrincipalRevocations {
  private readonly since = new Map<string, number>();

  /** Credentials of `principalId` issued at or before `atMs` are refused from now on. */
  revoke(principalId: string, atMs: number, now = Date.now()): void {
    this.prune(now);
    this.since.set(principalId, Math.max(this.since.get(principalId) ?? 0, atMs));
  }

  isRevoked(principalId: string, issuedAtS: number): boolean {
    const at = this.since.get(principalId);
    return at !== undefined && issuedAtS * 1000 <= at;
  }

  get size(): number {
    return this.since.size;
  }

  private prune(now: number): void {
    if (this.since.size < 1000) return;
    const horizon = now - (MAX_SERVICE_CREDENTIAL_TTL_S + 60) * 1000;
    for (const [id, at] of this.since) if (at < horizon) this.since.delete(id);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function isGatewayActor(a: ActorContext): boolean {
  return (
    a.kind === 'service' && a.roles.length === 1 && a.roles[0] === 'service' && a.principalId === GATEWAY_ACTOR.principalId &&
    a.subject === GATEWAY_ACTOR.subject && isStringArray(a.scopes) && a.scopes.length === 1 && a.scopes[0] === PRINCIPALS_RESOLVE_SCOPE &&
    a.onBehalfOf === undefined && a.patientId === undefined && a.careTeam.length === 0 && a.breakGlass === undefined
  );
}

function isUserActor(a: ActorContext): boolean {
  return a.kind === 'user' && !a.roles.includes('service') && (a.scopes === undefined || a.scopes.length === 0) && a.onBehalfOf === undefined;
}

/**
 * Verifies who is calling a service. A user context must be signed by a gateway key; a service actor comes only
 * from a credential signed by an identity-svc key — its roles, scopes and patient are the credential's claims —
 * used with a proof by the key it is bound to, for this request, by a principal not revoked since it was issued.
 */
export class ActorContextVerifier {
  private readonly gateway = new Map<string, KeyObject>();
  private readonly identity = new Map<string, KeyObject>();
  /** Verified credentials by their exact text, until they expire: one signature check per request, not two. */
  private readonly credentials = new Map<string, { claims: ServiceCredentialClaims; holder: KeyObject | null }>();

  constructor(keys: ContextPublicKeys, readonly revocations = new PrincipalRevocations()) {
    for (const k of keys.gateway) this.gateway.set(keyId(k), publicEd25519(k));
    for (const k of keys.identity) this.identity.set(keyId(k), publicEd25519(k));
  }

  /** Who is calling `pattern` in request `requestId`, or why nobody trustworthy is. */
  verify(h: ContextHeaders, requestId: string | undefined, pattern: string, now = Date.now()): ContextVerdict {
    if (h.credential || h.proof) return this.verifyService(h.credential, h.proof, requestId, pattern, now);
    return this.verifyUser(h.actor, h.signature, requestId, pattern, now);
  }

  private verifyUser(encoded: string | undefined, detached: string | undefined, requestId: string | undefined, pattern: string, now: number): ContextVerdict {
    if (!encoded || !detached) return { ok: false, reason: 'missing' };
    const envelope = decodeJson<SignedEnvelope>(encoded);
    if (!envelope) return { ok: false, reason: 'malformed' };
    const claimed = typeof envelope.actor === 'object' && envelope.actor !== null ? envelope.actor : undefined;
    const [protectedHeader, empty, signature, ...rest] = detached.split('.');
    const header = protectedHeader ? decodeJson<JwsHeader>(protectedHeader) : undefined;
    if (!header || empty !== '' || signature === undefined || rest.length) return { ok: false, reason: 'bad-signature', claimed };
    const key = typeof header.kid === 'string' ? this.gateway.get(header.kid) : undefined;
    if (header.alg !== 'EdDSA' || header.typ !== JWS_TYPE.actorContext || !key || !verifyParts(protectedHeader!, encoded, signature, key)) {
      return { ok: false, reason: 'bad-signature', claimed };
    }
    if (typeof envelope.exp !== 'number' || envelope.exp < now) return { ok: false, reason: 'expired', claimed };
    if (envelope.requestId !== requestId) return { ok: false, reason: 'request-mismatch', claimed };
    if (envelope.pattern !== pattern) return { ok: false, reason: 'pattern-mismatch', claimed };
    if (!claimed || typeof claimed.principalId !== 'string' || !Array.isArray(claimed.roles) || !Array.isArray(claimed.careTeam)) {
      return { ok: false, reason: 'malformed' };
    }
    // The gateway's key speaks for users; service actors are identity-svc's to vouch for.
    if (!isUserActor(claimed) && !isGatewayActor(claimed)) return { ok: false, reason: 'key-not-allowed', claimed };
    return { ok: true, actor: claimed };
  }

  private verifyService(credential: string | undefined, proof: string | undefined, requestId: string | undefined, pattern: string, now: number): ContextVerdict {
    if (!credential || !proof) return { ok: false, reason: 'missing' };
    const verified = this.credential(credential, now);
    if ('reason' in verified) return { ok: false, reason: verified.reason, claimed: verified.claimed };
    const { claims, holder } = verified;
    const claimed: Partial<ActorContext> = { principalId: claims.principalId };
    if (claims.exp * 1000 < now) return { ok: false, reason: 'expired', claimed };
    if (this.revocations.isRevoked(claims.principalId, claims.iat)) return { ok: false, reason: 'revoked', claimed };
    const [protectedHeader, payload, signature, ...rest] = proof.split('.');
    const header = protectedHeader ? decodeJson<JwsHeader>(protectedHeader) : undefined;
    const body = payload ? decodeJson<ProofPayload>(payload) : undefined;
    if (!header || !body || signature === undefined || rest.length || header.alg !== 'EdDSA' || header.typ !== JWS_TYPE.serviceProof) {
      return { ok: false, reason: 'bad-proof', claimed };
    }
    if (!holder || !verifyParts(protectedHeader!, payload!, signature, holder)) return { ok: false, reason: 'bad-proof', claimed };
    if (typeof body.exp !== 'number' || body.exp < now || body.exp > now + 2 * CONTEXT_TTL_MS) return { ok: false, reason: 'expired', claimed };
    if (body.rid !== requestId) return { ok: false, reason: 'request-mismatch', claimed };
    if (body.pat !== pattern) return { ok: false, reason: 'pattern-mismatch', claimed };
    const purposeOfUse = body.pur !== undefined && (PURPOSES_OF_USE as readonly string[]).includes(body.pur) ? body.pur : 'treatment';
    return {
      ok: true,
      actor: {
        principalId: claims.principalId,
        subject: claims.sub,
        kind: 'service',
        roles: ['service'],
        scopes: [...claims.scopes],
        careTeam: [],
        ...(claims.onBehalfOf ? { onBehalfOf: claims.onBehalfOf } : {}),
        purposeOfUse,
      },
    };
  }

  /** The credential's claims and holder key, or why it is refused. Cached by exact text once valid. */
  private credential(token: string, now: number):
    | { claims: ServiceCredentialClaims; holder: KeyObject | null }
    | { reason: ContextRefusal; claimed?: Partial<ActorContext> } {
    const hit = this.credentials.get(token);
    if (hit) return hit;
    const [protectedHeader, payload, signature, ...rest] = token.split('.');
    const header = protectedHeader ? decodeJson<JwsHeader>(protectedHeader) : undefined;
    const claims = payload ? decodeJson<ServiceCredentialClaims>(payload) : undefined;
    if (!header || !claims || signature === undefined || rest.length) return { reason: 'malformed' };
    const claimed = typeof claims.principalId === 'string' ? { principalId: claims.principalId } : undefined;
    if (header.alg !== 'EdDSA' || header.typ !== JWS_TYPE.serviceCredential) return { reason: 'bad-signature', claimed };
    const key = typeof header.kid === 'string' ? this.identity.get(header.kid) : undefined;
    if (!key) {
      // A gateway key cannot vouch for a service, however well it signs.
      return { reason: typeof header.kid === 'string' && this.gateway.has(header.kid) ? 'key-not-allowed' : 'bad-signature', claimed };
    }
    if (!verifyParts(protectedHeader!, payload!, signature, key)) return { reason: 'bad-signature', claimed };
    const wellFormed =
      typeof claims.sub === 'string' && typeof claims.principalId === 'string' && UUID.test(claims.principalId) && isStringArray(claims.scopes) &&
      (claims.onBehalfOf === undefined || (typeof claims.onBehalfOf === 'string' && UUID.test(claims.onBehalfOf))) &&
      Number.isFinite(claims.iat) && Number.isFinite(claims.exp) && claims.exp - claims.iat <= MAX_SERVICE_CREDENTIAL_TTL_S &&
      typeof claims.jti === 'string';
    const holder = wellFormed ? holderPublicKey(claims.cnf?.jwk) : null;
    if (!holder) return { reason: 'malformed', claimed };
    if (claims.exp * 1000 < now) return { reason: 'expired', claimed };
    const entry = { claims, holder };
    this.cache(token, entry, now);
    return entry;
  }

  private cache(token: string, entry: { claims: ServiceCredentialClaims; holder: KeyObject | null }, now: number): void {
    if (this.credentials.size >= 10_000) {
      for (const [t, e] of this.credentials) if (e.claims.exp * 1000 < now) this.credentials.delete(t);
      if (this.credentials.size >= 10_000) this.credentials.clear();
    }
    this.credentials.set(token, entry);
  }
}
