import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ServiceCredentialClient } from '@pg/client';
import { DomainException, ErrorCode, LABS, type FhirPartResultDto, type LabsFhirImportRequest } from '@pg/contracts';
import { NatsNamespace } from '@pg/messaging';

export interface LabsPartOptions {
  natsUrl: string;
  /** profiles-svc's service principal (`labs:write wearables:write identities:read`, also the matcher's: identity-match.client.ts); none: a bundle with a lab part cannot be imported. */
  credential?: { subject: string; secret?: string; secretFile?: string };
}
export const LABS_PART_OPTIONS = Symbol('LABS_PART_OPTIONS');

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
export class NatsLabsPart implements LabsPart, OnApplicationShutdown {
  private readonly client?: ServiceCredentialClient;

  constructor(@Inject(LABS_PART_OPTIONS) private readonly options: LabsPartOptions, ns: NatsNamespace) {
    if (options.credential) {
      this.client = new ServiceCredentialClient(options.credential, { natsUrl: options.natsUrl, namespace: ns.prefix, timeoutMs: 120_000 }, 'PROFILES_SERVICE_SECRET_FILE');
    }
  }

  get configured(): boolean {
    return !!this.options.credential;
  }

  async write(importId: string, patientId: string, part: LabPartRef): Promise<FhirPartResultDto> {
    return this.call<FhirPartResultDto>(LABS.fhirImport, { importId, patientId, ...part }, patientId, importId);
  }

  async undo(importId: string, patientId: string): Promise<void> {
    await this.call(LABS.fhirImportUndo, { importId, patientId }, patientId, importId);
  }

  private async call<T>(pattern: string, payload: object, patientId: string, importId: string): Promise<T> {
    if (!this.client) throw new DomainException(ErrorCode.UNPROCESSABLE, 'The lab part cannot be written: profiles-svc has no service principal (PROFILES_SERVICE_SUBJECT)');
    try {
      const client = await this.client.get();
      return await client.request<T>(pattern, payload, { onBehalfOf: patientId, purposeOfUse: 'operations', requestId: `fhir-import:${importId}` });
    } catch (err) {
      // A refused exchange (a rotated secret in the file): connect again next time, reading the secret again.
      if (err instanceof DomainException && err.code === ErrorCode.UNAUTHENTICATED) this.client.reset();
      throw err;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client?.close();
  }
}
