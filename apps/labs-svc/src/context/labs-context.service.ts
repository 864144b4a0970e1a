import { Injectable } from '@nestjs/common';
import { readContextParts, type AuditedParts } from '@pg/audit';
import { DomainException, type ContextPartsReply, type ReadLabsContextRequest, type RequestMeta } from '@pg/contracts';
import { LabResultsService } from '../lab-results/lab-results.service.js';
import { WearablesService } from '../wearables/wearables.service.js';

/**
 * labs-svc's share of the assistant's view in one request: each part read through the service method its own
 * pattern calls (that method's access check first), so a part answers here exactly what it answers alone.
 */
@Injectable()
export class LabsContextService {
  constructor(private readonly results: LabResultsService, private readonly wearables: WearablesService) {}

  read(meta: RequestMeta, req: ReadLabsContextRequest): Promise<AuditedParts<ContextPartsReply>> {
    const { patientId } = req;
    const range = req.wearables;
    return readContextParts(patientId, req.parts, {
      biomarkers: () => ({ payload: { patientId }, read: () => this.results.latest(meta, patientId) }),
      wearables: () => ({
        payload: { patientId, ...(range ? { query: range } : {}) },
        read: async () => {
          if (!range) throw DomainException.validation([{ field: 'wearables', message: 'wearables (from, to) is required for the wearables part' }]);
          return this.wearables.daily(meta, patientId, range);
        },
      }),
    });
  }
}
