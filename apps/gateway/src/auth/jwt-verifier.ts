import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, importSPKI, jwtVerify, errors as joseErrors, type JWTPayload, type CryptoKey, type JWTVerifyGetKey } from 'jose';
import type { GatewayConfig } from '@pg/config';
import { GATEWAY_CONFIG } from '../tokens.js';

const ALGORITHMS = ['RS256', 'ES256'];
const CACHE_MAX = 10_000;

export type TokenFailure = 'missing' | 'malformed' | 'expired' | 'not-yet-valid' | 'bad-signature' | 'bad-claims' | 'unknown-key' | 'bad-algorithm';

export class TokenRejected extends Error {
  constructor(readonly reason: TokenFailure) {
    super(reason);
  }
}

/**
 * Verifies bearer JWTs with jose: RS256/ES256 only, `iss`, `aud`, `exp`, `nbf` checked. Keys are imported once
 * (a PEM file) or fetched from a JWKS URL and cached with a bounded refresh (jose's cooldown), so a flood of
 * unknown `kid`s cannot hammer the key server. Verified tokens are remembered until they expire, keyed by
 * their hash, so a client reusing its token costs one signature check.
 */
@Injectable()
export class JwtVerifier {
  private readonly key: CryptoKey | JWTVerifyGetKey | Promise<CryptoKey>;
  private readonly verified = new Map<string, { sub: string; exp: number; nbf: number }>();

  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {
    const { jwksUrl, publicKeyFile } = config.auth;
    if (jwksUrl) {
      this.key = createRemoteJWKSet(new URL(jwksUrl), { cacheMaxAge: 10 * 60_000, cooldownDuration: 30_000, timeoutDuration: 5_000 });
    } else {
      const pem = readFileSync(publicKeyFile!, 'utf8');
      // The PEM says nothing of its algorithm: an EC P-256 key is for ES256, an RSA key for RS256.
      this.key = importSPKI(pem, 'ES256').catch(() => importSPKI(pem, 'RS256'));
    }
  }

  async verify(token: string): Promise<{ sub: string }> {
    const now = Math.floor(Date.now() / 1000);
    // One-shot digest (no Hash object per request): the same SHA-256 as createHash().update().digest().
    const cacheKey = hash('sha256', token, 'base64url');
    const hit = this.verified.get(cacheKey);
    if (hit) {
      if (hit.exp > now && hit.nbf <= now) return { sub: hit.sub };
      this.verified.delete(cacheKey);
    }
    let payload: JWTPayload;
    try {
      const key = await this.key;
      ({ payload } = await jwtVerify(token, key as CryptoKey, this.options()));
    } catch (err) {
      throw new TokenRejected(failureOf(err));
    }
    if (typeof payload.sub !== 'string' || !payload.sub || typeof payload.exp !== 'number') throw new TokenRejected('bad-claims');
    if (this.verified.size >= CACHE_MAX) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(cacheKey, { sub: payload.sub, exp: payload.exp, nbf: typeof payload.nbf === 'number' ? payload.nbf : 0 });
    return { sub: payload.sub };
  }

  private options() {
    return { algorithms: ALGORITHMS, issuer: this.config.auth.issuer, audience: this.config.auth.audience, requiredClaims: ['exp', 'sub'], clockTolerance: 5 };
  }
}

function failureOf(err: unknown): TokenFailure {
  if (err instanceof joseErrors.JWTExpired) return 'expired';
  if (err instanceof joseErrors.JWTClaimValidationFailed) return err.claim === 'nbf' ? 'not-yet-valid' : 'bad-claims';
  if (err instanceof joseErrors.JWSSignatureVerificationFailed) return 'bad-signature';
  if (err instanceof joseErrors.JWKSNoMatchingKey) return 'unknown-key';
  if (err instanceof joseErrors.JOSEAlgNotAllowed || err instanceof joseErrors.JOSENotSupported) return 'bad-algorithm';
  return 'malformed';
}
