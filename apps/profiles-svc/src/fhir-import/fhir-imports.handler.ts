import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern, Meta } from '@pg/audit';
import { CreateFhirImportRequest, GetFhirImportRequest, PROFILES, type RequestMeta } from '@pg/contracts';
import { FhirImportsService } from './fhir-imports.service.js';

@Controller()
export class FhirImportsHandler {
  constructor(private readonly imports: FhirImportsService) {}

  @AuditedPattern({ pattern: PROFILES.fhirImportCreate, action: 'import', resource: 'fhir-import', patientFromResultId: false })
  create(@Payload() req: CreateFhirImportRequest, @Meta() meta: RequestMeta) {
    return this.imports.create(meta, req.upload);
  }

  @AuditedPattern({ pattern: PROFILES.fhirImportGet, action: 'read', resource: 'fhir-import', idKey: 'importId', patientFromResultId: false })
  get(@Payload() req: GetFhirImportRequest, @Meta() meta: RequestMeta) {
    return this.imports.get(meta, req.importId);
  }
}
