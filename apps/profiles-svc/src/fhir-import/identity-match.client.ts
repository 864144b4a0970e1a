import { Injectable } from '@nestjs/common';
import { IDENTITY, type ImportMatchResultDto, type PersonInputDto } from '@pg/contracts';
import { ImportPrincipal } from './import-principal.js';

/** identity-svc's matcher, asked who an imported bundle's patient is (docs/fhir.md, "The patient"). */
export interface PatientMatcher {
  match(importId: string, person: PersonInputDto): Promise<ImportMatchResultDto>;
}
export const PATIENT_MATCHER = Symbol('PATIENT_MATCHER');

/**
 * `IDENTITY.importMatch` as profiles-svc's own service principal (scope `identities:import`, through ImportPrincipal,
 * the login the parts share), with no `onBehalfOf`: no patient is known yet. Not configured → UNPROCESSABLE (the import
 * is rolled back saying so): creating the patient without asking would duplicate whoever the matcher knows.
 */
@Injectable()
export class NatsPatientMatcher implements PatientMatcher {
  constructor(private readonly principal: ImportPrincipal) {}

  async match(importId: string, person: PersonInputDto): Promise<ImportMatchResultDto> {
    return this.principal.request<ImportMatchResultDto>(IDENTITY.importMatch, { importId, person }, { importId, timeoutMs: 30_000 }, 'The patient cannot be matched');
  }
}
