import { Inject, Injectable } from '@nestjs/common';
import type { IdentityServiceConfig } from '@pg/config';
import { DomainException, type IssueServiceCredentialRequest, type ServiceCredentialDto } from '@pg/contracts';
import { ServiceCredentialSigner } from '@pg/messaging';
import { createPublicKey } from 'node:crypto';
import { PrincipalRepository } from '../principals/principal.repository.js';
import { secretMatches } from './client-secret.js';

export const IDENTITY_CONFIG = Symbol('IDENTITY_CONFIG');

/**
 * Exchanges a service principal's client secret for a short-lived credential signed with identity-svc's key:
 * the only way a service actor (role `service`, scopes, on-behalf-of patient) reaches a domain service. A
 * deactivated principal, a user principal or a wrong secret gets the same UNAUTHENTICATED, and nothing is issued.
 */
@Injectable()
export class ServiceCredentialsService {
  private readonly signer: ServiceCredentialSigner;
  private readonly ttlSeconds: number;

  constructor(
    private readonly principals: PrincipalRepository,
    @Inject(IDENTITY_CONFIG) config: IdentityServiceConfig,
  ) {
    this.signer = new ServiceCredentialSigner(config.serviceCredentials.signingKey);
    this.ttlSeconds = config.serviceCredentials.ttlSeconds;
  }

  async issue(req: IssueServiceCredentialRequest): Promise<ServiceCredentialDto> {
    const principal = await this.principals.findActiveBySubject(req.subject);
    const ok = principal !== null && principal.kind === 'service' && secretMatches(req.secret, principal.secretHash);
    if (!ok) throw DomainException.unauthenticated('Unknown service principal, wrong secret or deactivated');
    let holderKey;
    try {
      holderKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: req.holderKey.x }, format: 'jwk' });
    } catch {
      throw DomainException.validation([{ field: 'holderKey', message: 'holderKey must be an Ed25519 public key' }]);
    }
    const scopes = [...(principal.scopes ?? [])];
    const { token, claims } = this.signer.issue(
      { principalId: principal.id, subject: principal.subject, scopes, ...(req.onBehalfOf ? { onBehalfOf: req.onBehalfOf } : {}) },
      holderKey,
      this.ttlSeconds,
    );
    return {
      credential: token,
      expiresAt: new Date(claims.exp * 1000).toISOString(),
      principalId: principal.id,
      subject: principal.subject,
      scopes,
      onBehalfOf: req.onBehalfOf ?? null,
    };
  }
}
