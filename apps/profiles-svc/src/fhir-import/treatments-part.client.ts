import { Injectable } from '@nestjs/common';
import { TREATMENTS, type FhirPartResultDto } from '@pg/contracts';
import type { ProtocolImport } from '@pg/fhir';
import { ImportPrincipal } from './import-principal.js';

/** treatments-svc's part of an import (the CarePlans that map, as protocols), asked for over NATS. */
export interface TreatmentsPart {
  /** Whether treatments-svc can be asked at all (a service principal is configured). */
  readonly configured: boolean;
  write(importId: string, patientId: string, protocols: ProtocolImport[]): Promise<FhirPartResultDto>;
  undo(importId: string, patientId: string): Promise<void>;
}
export const TREATMENTS_PART = Symbol('TREATMENTS_PART');

/**
 * Asks treatments-svc as profiles-svc's own service principal (the same one as labs-svc's part; treatments-svc takes
 * protocols only from that subject with scope `protocols:import`), on behalf of the imported patient. The part is
 * small (a few CarePlans), so it always travels in the request.
 */
@Injectable()
export class NatsTreatmentsPart implements TreatmentsPart {
  constructor(private readonly principal: ImportPrincipal) {}

  get configured(): boolean {
    return this.principal.configured;
  }

  async write(importId: string, patientId: string, protocols: ProtocolImport[]): Promise<FhirPartResultDto> {
    return this.principal.request<FhirPartResultDto>(TREATMENTS.fhirImport, { importId, patientId, protocols }, { onBehalfOf: patientId, importId, timeoutMs: 60_000 }, 'The protocols cannot be written');
  }

  async undo(importId: string, patientId: string): Promise<void> {
    await this.principal.request(TREATMENTS.fhirImportUndo, { importId, patientId }, { onBehalfOf: patientId, importId, timeoutMs: 60_000 }, 'The protocols cannot be undone');
  }
}
