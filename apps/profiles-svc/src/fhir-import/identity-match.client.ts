import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ServiceCredentialClient } from '@pg/client';
import { DomainException, ErrorCode, IDENTITY, type ImportMatchResultDto, type PersonInputDto } from '@pg/contracts';
import { NatsNamespace } from '@pg/messaging';
import { LABS_PART_OPTIONS, type LabsPartOptions } from './labs-part.client.js';

/** identity-svc's matcher, asked who an imported bundle's patient is (docs/fhir.md, "The patient"). */
export interface PatientMatcher {
  match(importId: string, person: PersonInputDto): Promise<ImportMatchResultDto>;
}
export const PATIENT_MATCHER = Symbol('PATIENT_MATCHER');

/**
 * `IDENTITY.importMatch` as profiles-svc's own service principal (scope `identities:read`; the same principal and
 * options as the lab part), with no `onBehalfOf`: no patient is known yet. Not configured → UNPROCESSABLE (the import
 * is rolled back saying so): creating the patient without asking would duplicate whoever the matcher knows.
 */
@Injectable()
export class NatsPatientMatcher implements PatientMatcher, OnApplicationShutdown {
  private readonly client?: ServiceCredentialClient;

  constructor(@Inject(LABS_PART_OPTIONS) options: LabsPartOptions, ns: NatsNamespace) {
    if (options.credential) {
      this.client = new ServiceCredentialClient(options.credential, { natsUrl: options.natsUrl, namespace: ns.prefix, timeoutMs: 30_000 }, 'PROFILES_SERVICE_SECRET_FILE');
    }
  }

  async match(importId: string, person: PersonInputDto): Promise<ImportMatchResultDto> {
    if (!this.client) throw new DomainException(ErrorCode.UNPROCESSABLE, 'The patient cannot be matched: profiles-svc has no service principal (PROFILES_SERVICE_SUBJECT)');
    try {
      const client = await this.client.get();
      return await client.request<ImportMatchResultDto>(IDENTITY.importMatch, { importId, person }, { purposeOfUse: 'operations', requestId: `fhir-import:${importId}` });
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
