import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern, Meta } from '@pg/audit';
import { LABS, LabsFhirImportRequest, FhirPartUndoRequest, type RequestMeta } from '@pg/contracts';
import { LabsFhirImportService } from './labs-fhir-import.service.js';

/** profiles-svc's FHIR import saga writes (and undoes) labs-svc's part through these (docs/fhir.md). */
@Controller()
export class LabsFhirImportHandler {
  constructor(private readonly imports: LabsFhirImportService) {}

  @AuditedPattern({ pattern: LABS.fhirImport, action: 'import', resource: 'lab-report', idKey: 'importId', patientFromResultId: false, deferTransaction: true })
  write(@Payload() req: LabsFhirImportRequest, @Meta() meta: RequestMeta) {
    return this.imports.write(meta, req);
  }

  @AuditedPattern({ pattern: LABS.fhirImportUndo, action: 'delete', resource: 'lab-report', idKey: 'importId', patientFromResultId: false, deferTransaction: true })
  undo(@Payload() req: FhirPartUndoRequest, @Meta() meta: RequestMeta) {
    return this.imports.undo(meta, req);
  }
}
