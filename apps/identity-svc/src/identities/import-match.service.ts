import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { isServicePrincipal } from '@pg/access';
import { DomainException, type ImportMatchRequest, type ImportMatchResultDto, type RequestMeta } from '@pg/contracts';
import { linkedByOf } from './identifiers.service.js';
import { IngestService } from './ingest.service.js';
import { tableOf } from '@pg/persistence';

/** The source of an imported FHIR bundle's patient in the match index; its source id is the import's id. */
export const FHIR_IMPORT_SOURCE = 'fhir-import';
/** The scope of the one principal that may run an import's match (docs/rbac.md, "FHIR import"): no area's read or write. */
export const IMPORT_MATCH_SCOPE = 'identities:import';
export const FHIR_IMPORT_SUBJECT = Symbol('FHIR_IMPORT_SUBJECT');

/**
 * profiles-svc's FHIR import asks who the bundle's patient is when none of its identifiers is known (docs/fhir.md,
 * "The patient"). The demographics go through the same automation as any source record (IngestService, as
 * resolveIdentity and the webhooks): a certain match links the record `('fhir-import', importId)` to that patient
 * (the import then updates it); a probable one is queued for review and the import still creates its patient
 * (resolveIdentity's "queue and still create"); nothing, or only `possible`, → a new patient.
 *
 * The waiting items are read back by the record rather than taken from this call's queueing: a retried import (same
 * import id) finds the items its first try opened (one waiting item per pair), so it never reports `none` for them.
 */
@Injectable()
export class ImportMatchService {
  constructor(
    private readonly ingest: IngestService,
    private readonly em: EntityManager,
    @Inject(FHIR_IMPORT_SUBJECT) private readonly importSubject: string,
  ) {}

  async match(meta: RequestMeta, req: ImportMatchRequest): Promise<ImportMatchResultDto> {
    this.requireImporter(meta);
    const { source: _s, ...person } = req.person;
    const result = await this.ingest.ingest(FHIR_IMPORT_SOURCE, req.importId, person, 'auto-link', linkedByOf(meta));
    if (result.kind === 'known' || result.kind === 'auto-linked') {
      return { outcome: 'certain', patientId: result.patientId, candidatePatientIds: [], reviewItemIds: [] };
    }
    const waiting = await this.em.execute<Array<{ id: string; patient_b: string | null }>>(
      `select i."id", i."patient_b" from ${tableOf(this.em, 'review_item')} i
       join ${tableOf(this.em, 'match_record')} r on r."id" = i."record_a"
       where r."source" = ? and r."source_id" = ? and i."status" in ('open', 'deferred') order by i."created_at", i."id"`,
      [FHIR_IMPORT_SOURCE, req.importId],
    );
    if (!waiting.length) return { outcome: 'none', patientId: null, candidatePatientIds: [], reviewItemIds: [] };
    return {
      outcome: 'review', patientId: null,
      candidatePatientIds: [...new Set(waiting.flatMap((w) => (w.patient_b ? [w.patient_b] : [])))],
      reviewItemIds: waiting.map((w) => w.id),
    };
  }

  /**
   * The match runs over every patient and writes the matcher's automation (a link, a review item), so one caller
   * only: profiles-svc's import principal (its configured subject) with the scope `identities:import`, acting
   * for nobody (no patient exists yet). Not a service scope area: no other principal gains it from an area's read or
   * write, and nothing else is granted by it (docs/rbac.md, "FHIR import"). Anyone else → 403, audited as denied.
   */
  private requireImporter(meta: RequestMeta): void {
    if (!isServicePrincipal(meta.actor, { subject: this.importSubject, scope: IMPORT_MATCH_SCOPE, onBehalfOf: 'nobody' })) {
      throw DomainException.forbidden(`Identities are matched for an import only by the FHIR import principal with ${IMPORT_MATCH_SCOPE}`);
    }
  }
}
