import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern, Meta } from '@pg/audit';
import { TREATMENTS, TreatmentsFhirImportRequest, FhirPartUndoRequest, type RequestMeta } from '@pg/contracts';
import { TreatmentsFhirImportService } from './treatments-fhir-import.service.js';

/** profiles-svc's FHIR import saga writes (and undoes) treatments-svc's part through these (docs/fhir.md). */
@Controller()
export class TreatmentsFhirImportHandler {
  constructor(private readonly imports: TreatmentsFhirImportService) {}

  @AuditedPattern({ pattern: TREATMENTS.fhirImport, action: 'import', resource: 'protocol', idKey: 'importId', patientFromResultId: false })
  write(@Payload() req: TreatmentsFhirImportRequest, @Meta() meta: RequestMeta) {
    return this.imports.write(meta, req);
  }

  @AuditedPattern({ pattern: TREATMENTS.fhirImportUndo, action: 'delete', resource: 'protocol', idKey: 'importId', patientFromResultId: false })
  undo(@Payload() req: FhirPartUndoRequest, @Meta() meta: RequestMeta) {
    return this.imports.undo(meta, req);
  }
}
