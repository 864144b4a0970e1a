import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ServiceCredentialClient } from '@pg/client';
import { DomainException, ErrorCode, TREATMENTS, type FhirPartResultDto } from '@pg/contracts';
import type { ProtocolImport } from '@pg/fhir';
import { NatsNamespace } from '@pg/messaging';
import { LABS_PART_OPTIONS, type LabsPartOptions } from './labs-part.client.js';

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
export class NatsTreatmentsPart implements TreatmentsPart, OnApplicationShutdown {
  private readonly client?: ServiceCredentialClient;

  constructor(@Inject(LABS_PART_OPTIONS) private readonly options: LabsPartOptions, ns: NatsNamespace) {
    if (options.credential) {
      this.client = new ServiceCredentialClient(options.credential, { natsUrl: options.natsUrl, namespace: ns.prefix, timeoutMs: 60_000 }, 'PROFILES_SERVICE_SECRET_FILE');
    }
  }

  get configured(): boolean {
    return !!this.options.credential;
  }

  async write(importId: string, patientId: string, protocols: ProtocolImport[]): Promise<FhirPartResultDto> {
    return this.call<FhirPartResultDto>(TREATMENTS.fhirImport, { importId, patientId, protocols }, patientId, importId);
  }

  async undo(importId: string, patientId: string): Promise<void> {
    await this.call(TREATMENTS.fhirImportUndo, { importId, patientId }, patientId, importId);
  }

  private async call<T>(pattern: string, payload: object, patientId: string, importId: string): Promise<T> {
    if (!this.client) throw new DomainException(ErrorCode.UNPROCESSABLE, 'The protocols cannot be written: profiles-svc has no service principal (PROFILES_SERVICE_SUBJECT)');
    try {
      const client = await this.client.get();
      return await client.request<T>(pattern, payload, { onBehalfOf: patientId, purposeOfUse: 'operations', requestId: `fhir-import:${importId}` });
    } catch (err) {
      if (err instanceof DomainException && err.code === ErrorCode.UNAUTHENTICATED) this.client.reset();
      throw err;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client?.close();
  }
}
