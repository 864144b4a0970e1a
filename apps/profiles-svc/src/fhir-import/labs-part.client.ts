import { Injectable } from '@nestjs/common';
import { LABS, type FhirPartResultDto, type LabsFhirImportRequest } from '@pg/contracts';
import { ImportPrincipal } from './import-principal.js';

/** labs-svc's part of an import, asked for over NATS. */
export interface LabsPart {
  /** Whether labs-svc can be asked at all (a service principal is configured). */
  readonly configured: boolean;
  /** `part`: the planned lab part (the upload, its part's JSON or object): see LabsFhirImportRequest. */
  write(importId: string, patientId: string, part: LabPartRef): Promise<FhirPartResultDto>;
  undo(importId: string, patientId: string): Promise<void>;
}
export const LABS_PART = Symbol('LABS_PART');
export type LabPartRef = Omit<LabsFhirImportRequest, 'importId' | 'patientId'>;

/**
 * Asks labs-svc as profiles-svc's own service principal, on behalf of the imported patient (its credential reaches
 * that patient only), through InternalClient: a short-lived credential from identity-svc. The lab part goes as
 * profiles-svc planned it (in the request, or an object of its own when large).
 */
@Injectable()
export class NatsLabsPart implements LabsPart {
  constructor(private readonly principal: ImportPrincipal) {}

  get configured(): boolean {
    return this.principal.configured;
  }

  async write(importId: string, patientId: string, part: LabPartRef): Promise<FhirPartResultDto> {
    return this.principal.request<FhirPartResultDto>(LABS.fhirImport, { importId, patientId, ...part }, { onBehalfOf: patientId, importId, timeoutMs: 120_000 }, 'The lab part cannot be written');
  }

  async undo(importId: string, patientId: string): Promise<void> {
    await this.principal.request(LABS.fhirImportUndo, { importId, patientId }, { onBehalfOf: patientId, importId, timeoutMs: 120_000 }, 'The lab part cannot be undone');
  }
}
