import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern } from '@pg/audit';
import { IDENTITY, IssueServiceCredentialRequest } from '@pg/contracts';
import { ServiceCredentialsService } from './service-credentials.service.js';

@Controller()
export class ServiceCredentialsHandler {
  constructor(private readonly credentials: ServiceCredentialsService) {}

  /** The authentication of internal callers: no actor context; recorded as a login of the principal, allowed or refused. */
  @AuditedPattern({ pattern: IDENTITY.serviceCredentialIssue, action: 'login', resource: 'principal', patientFromResultId: false, credentialExchange: true })
  issue(@Payload() req: IssueServiceCredentialRequest) {
    return this.credentials.issue(req);
  }
}
