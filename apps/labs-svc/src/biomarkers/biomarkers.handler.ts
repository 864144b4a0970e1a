import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern, Meta } from '@pg/audit';
import { LABS, ListBiomarkersRequest, type RequestMeta } from '@pg/contracts';
import { BiomarkersService } from './biomarkers.service.js';

@Controller()
export class BiomarkersHandler {
  constructor(private readonly biomarkers: BiomarkersService) {}

  @AuditedPattern({ pattern: LABS.biomarkerList, action: 'search', resource: 'biomarker', queryKeys: [] })
  list(@Payload() req: ListBiomarkersRequest, @Meta() meta: RequestMeta) {
    return this.biomarkers.list(meta, req.query);
  }
}
