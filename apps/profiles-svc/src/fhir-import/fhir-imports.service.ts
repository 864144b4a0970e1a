import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { decide, defineAbilityFor } from '@pg/access';
import { afterCommit } from '@pg/audit';
import { DomainException, type FhirImportDto, type FhirUploadDto, type RequestMeta } from '@pg/contracts';
import { FhirImport } from './fhir-import.entity.js';
import { FhirImportSaga } from './fhir-import.saga.js';

export function toFhirImportDto(j: FhirImport): FhirImportDto {
  return {
    id: j.id,
    state: j.state,
    patientId: j.patientId ?? null,
    progress: { step: j.step, resources: j.resources, attempts: j.attempts },
    report: j.report ?? null,
    error: j.error ?? null,
    createdAt: j.createdAt.toISOString(),
    updatedAt: j.updatedAt.toISOString(),
  };
}

/** FHIR imports as jobs: started by an admin (docs/rbac.md, FhirImport), run by the saga once the job is committed. */
@Injectable()
export class FhirImportsService {
  constructor(private readonly em: EntityManager, private readonly saga: FhirImportSaga) {}

  async create(meta: RequestMeta, upload: FhirUploadDto): Promise<FhirImportDto> {
    if (decide(defineAbilityFor(meta.actor), 'create', 'FhirImport') !== 'allow') throw DomainException.forbidden('Only admins import FHIR bundles');
    const now = new Date();
    const job = Object.assign(new FhirImport(), {
      id: randomUUID(), state: 'pending' as const, object: upload.object, size: upload.size, sha256: upload.sha256,
      step: 'queued', resources: 0, attempts: 0, requestedBy: meta.actor.principalId ?? null, createdAt: now, updatedAt: now,
    });
    this.em.persist(job);
    await this.em.flush();
    afterCommit(async () => this.saga.kick(job.id));
    return toFhirImportDto(job);
  }

  async get(meta: RequestMeta, importId: string): Promise<FhirImportDto> {
    if (decide(defineAbilityFor(meta.actor), 'read', 'FhirImport') !== 'allow') throw DomainException.forbidden('Only admins read FHIR imports');
    const job = await this.em.findOne(FhirImport, { id: importId });
    if (!job) throw DomainException.notFound('FHIR import');
    return toFhirImportDto(job);
  }
}
