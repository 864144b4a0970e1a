import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern, Meta } from '@pg/audit';
import {
  CreatePrincipalRequest, DeactivatePrincipalRequest, GetPrincipalRequest, IDENTITY, ListPrincipalsRequest, type RequestMeta,
  ResolvePrincipalRequest, RotatePrincipalSecretRequest, UpdatePrincipalRequest,
} from '@pg/contracts';
import { PrincipalsService } from './principals.service.js';

const LIST_KEYS = ['role', 'status', 'limit'] as const;
/**
 * A principal is not a patient: its id is never a patient id (a bound patient's comes from `patientId`), and it is
 * not a patient's record: a deleted patient's login stays manageable (no patient gate).
 */
const PRINCIPAL = { resource: 'principal', patientFromResultId: false, patientGate: false } as const;

@Controller()
export class PrincipalsHandler {
  constructor(private readonly principals: PrincipalsService) {}

  @AuditedPattern({ pattern: IDENTITY.principalResolve, action: 'login', ...PRINCIPAL })
  resolve(@Payload() req: ResolvePrincipalRequest, @Meta() meta: RequestMeta) {
    return this.principals.resolve(meta, req.subject);
  }

  @AuditedPattern({ pattern: IDENTITY.meGet, action: 'read', ...PRINCIPAL })
  me(@Meta() meta: RequestMeta) {
    return this.principals.me(meta);
  }

  @AuditedPattern({ pattern: IDENTITY.principalList, action: 'search', ...PRINCIPAL, queryKeys: LIST_KEYS })
  list(@Payload() req: ListPrincipalsRequest, @Meta() meta: RequestMeta) {
    return this.principals.list(meta, req.query);
  }

  @AuditedPattern({ pattern: IDENTITY.principalCreate, action: 'create', ...PRINCIPAL })
  create(@Payload() req: CreatePrincipalRequest, @Meta() meta: RequestMeta) {
    return this.principals.create(meta, req.body);
  }

  @AuditedPattern({ pattern: IDENTITY.principalGet, action: 'read', ...PRINCIPAL, idKey: 'principalId' })
  get(@Payload() req: GetPrincipalRequest, @Meta() meta: RequestMeta) {
    return this.principals.get(meta, req.principalId);
  }

  @AuditedPattern({ pattern: IDENTITY.principalUpdate, action: 'update', ...PRINCIPAL, idKey: 'principalId' })
  update(@Payload() req: UpdatePrincipalRequest, @Meta() meta: RequestMeta) {
    return this.principals.update(meta, req.principalId, req.body, req.ifMatch);
  }

  @AuditedPattern({ pattern: IDENTITY.principalSecretRotate, action: 'update', ...PRINCIPAL, idKey: 'principalId' })
  rotateSecret(@Payload() req: RotatePrincipalSecretRequest, @Meta() meta: RequestMeta) {
    return this.principals.rotateSecret(meta, req.principalId);
  }

  @AuditedPattern({ pattern: IDENTITY.principalDeactivate, action: 'delete', ...PRINCIPAL, idKey: 'principalId' })
  deactivate(@Payload() req: DeactivatePrincipalRequest, @Meta() meta: RequestMeta) {
    return this.principals.deactivate(meta, req.principalId);
  }
}
