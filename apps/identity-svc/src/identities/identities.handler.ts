import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern, Meta } from '@pg/audit';
import {
  IDENTITY, ImportMatchRequest, LinkIdentityRequest, ListIdentitiesRequest, MatchRequest, ResolveIdentifierRequest, ResolveIdentityRequest, UnlinkIdentityRequest,
  type RequestMeta,
} from '@pg/contracts';
import { IdentifiersService } from './identifiers.service.js';
import { ImportMatchService } from './import-match.service.js';
import { IngestService } from './ingest.service.js';
import { MatchingService } from './matching.service.js';
import { ResolveIdentityService } from './resolve-identity.service.js';

@Controller()
export class IdentitiesHandler {
  constructor(
    private readonly identifiers: IdentifiersService,
    private readonly matching: MatchingService,
    private readonly resolver: ResolveIdentityService,
    private readonly importMatcher: ImportMatchService,
    private readonly ingest: IngestService,
  ) {}

  @AuditedPattern({ pattern: IDENTITY.identityList, action: 'search', resource: 'identity', queryKeys: ['includeTombstoned', 'limit'] })
  list(@Payload() req: ListIdentitiesRequest, @Meta() meta: RequestMeta) {
    return this.identifiers.list(meta, req.patientId, req.query);
  }

  @AuditedPattern({ pattern: IDENTITY.identityLink, action: 'link', resource: 'identity' })
  link(@Payload() req: LinkIdentityRequest, @Meta() meta: RequestMeta) {
    return this.ingest.linkIdentity(meta, req.patientId, req.body);
  }

  @AuditedPattern({ pattern: IDENTITY.identityUnlink, action: 'unlink', resource: 'identity' })
  unlink(@Payload() req: UnlinkIdentityRequest, @Meta() meta: RequestMeta) {
    return this.identifiers.unlink(meta, req.patientId, req.id);
  }

  /**
   * The system is recorded, never the external id's value. The patient gate is in the resolving statement itself
   * (IdentifiersService.resolve): one query instead of two.
   */
  @AuditedPattern({ pattern: IDENTITY.identityResolve, action: 'read', resource: 'identity', queryKeys: ['system'], patientGate: false })
  resolve(@Payload() req: ResolveIdentifierRequest, @Meta() meta: RequestMeta) {
    return this.identifiers.resolve(meta, req.query);
  }

  /**
   * One event for the match and one per candidate patient returned; no demographics recorded. The patient gate is in
   * the candidate query itself (MatchIndexRepository.candidates: records of live patients only), not a second query.
   */
  @AuditedPattern({ pattern: IDENTITY.match, action: 'search', resource: 'identity-match', queryKeys: [], patientGate: false })
  match(@Payload() req: MatchRequest, @Meta() meta: RequestMeta) {
    return this.matching.match(meta, req.body);
  }

  /**
   * A write (the record into the index, a link or a review item): recorded as a `link` of the import's record, with
   * the patient it linked when certain; no demographics. The patient gate is the candidate query's (live patients).
   */
  @AuditedPattern({ pattern: IDENTITY.importMatch, action: 'link', resource: 'identity-match', idKey: 'importId', patientGate: false })
  importMatch(@Payload() req: ImportMatchRequest, @Meta() meta: RequestMeta) {
    return this.importMatcher.match(meta, req);
  }

  @AuditedPattern({ pattern: IDENTITY.resolveIdentity, action: 'link', resource: 'identity' })
  resolveIdentity(@Payload() req: ResolveIdentityRequest, @Meta() meta: RequestMeta) {
    return this.resolver.resolve(meta, req);
  }
}
