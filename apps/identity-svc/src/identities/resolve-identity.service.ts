import { Inject, Injectable } from '@nestjs/common';
import { decide, defineAbilityFor, enforce } from '@pg/access';
import { DomainException, type RequestMeta, type ResolveIdentityRequest, type ResolveIdentityResultDto } from '@pg/contracts';
import { IdentifierRepository } from './identifier.repository.js';
import { IdentifiersService, linkedByOf } from './identifiers.service.js';
import { IngestService } from './ingest.service.js';
import { PATIENT_CREATOR, type PatientCreator } from './patient-creator.js';

/**
 * The seed's `resolveIdentity`, through the matcher first: a known identifier → its patient; else the fallback
 * demographics are matched — a certain match is linked (`auto-link`); else a patient is created at profiles-svc
 * and linked (`import`). A probable match is queued for review and a patient is still created: the reviewer's
 * accept links the two records, an admin merges the patients.
 */
@Injectable()
export class ResolveIdentityService {
  constructor(
    private readonly identifiers: IdentifierRepository,
    private readonly identifierService: IdentifiersService,
    private readonly ingest: IngestService,
    @Inject(PATIENT_CREATOR) private readonly creator: PatientCreator,
  ) {}

  async resolve(meta: RequestMeta, req: ResolveIdentityRequest): Promise<ResolveIdentityResultDto> {
    enforce(decide(defineAbilityFor(meta.actor), 'create', 'Identity'), 'Identity', 'Not allowed to resolve identities');
    if (!this.identifierService.isSystem(req.system)) throw DomainException.validation([{ field: 'system', message: 'unknown identifier system' }]);
    const known = await this.identifiers.resolve(req.system, req.value);
    if (known) return { patientId: known.patientId, outcome: 'existing' };
    if (!req.fallback) throw DomainException.notFound('Identity');
    const by = linkedByOf(meta);
    const { source: _s, ...person } = req.fallback;
    const result = await this.ingest.ingest(req.system, req.value, person, 'auto-link', by);
    if (result.kind === 'known') return { patientId: result.patientId, outcome: 'existing' };
    if (result.kind === 'auto-linked') return { patientId: result.patientId, outcome: 'auto-link' };
    const patientId = await this.creator.create(req.fallback);
    await this.ingest.linkCreated(patientId, req.system, req.value, by, 'import', result.kind === 'queued' ? result.reviewItemIds : []);
    return { patientId, outcome: 'created' };
  }
}
