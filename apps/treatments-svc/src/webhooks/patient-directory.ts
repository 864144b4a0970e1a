import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ServiceCredentialClient } from '@pg/client';
import { DomainException, ErrorCode, IDENTITY, PROFILES, type Page, type PatientDto, type ResolvedIdentifierDto } from '@pg/contracts';
import { NatsNamespace } from '@pg/messaging';

export type Resolution = { kind: 'found'; patientId: string } | { kind: 'unknown'; reason: string };

/** Who a partner's patient id is here: a profile holding the identifier `{ system, value }`. */
export interface PatientDirectory {
  resolve(system: string, value: string): Promise<Resolution>;
}
export const PATIENT_DIRECTORY = Symbol('PATIENT_DIRECTORY');

export interface DirectoryOptions {
  natsUrl: string;
  /** treatments-svc's service principal (scope `profiles:read`); none: nothing resolves, every event is parked. */
  credential?: { subject: string; secret?: string; secretFile?: string };
  /** How long a found patient is remembered (a merge or a removed identifier takes effect after it). */
  cacheMs?: number;
}
export const DIRECTORY_OPTIONS = Symbol('DIRECTORY_OPTIONS');

/**
 * Asks identity-svc (`IDENTITY.identityResolve`, scope `identities:read`), then profiles-svc
 * (`PROFILES.patientSearch ?identifier=system|value`, scope `profiles:read`) as treatments-svc's own service principal,
 * through InternalClient: a short-lived credential from identity-svc, never a key shared with profiles-svc. A found
 * patient is remembered for a minute (a burst of one patient's events asks once); an unknown one never is.
 * A bus or profiles-svc outage is UNAVAILABLE (the partner retries), not a parked event.
 */
@Injectable()
export class ProfilesPatientDirectory implements PatientDirectory, OnApplicationShutdown {
  private readonly logger = new Logger('PatientDirectory');
  private client?: ServiceCredentialClient;
  private readonly cache = new Map<string, { patientId: string; until: number }>();

  constructor(@Inject(DIRECTORY_OPTIONS) private readonly options: DirectoryOptions, private readonly ns: NatsNamespace) {}

  async resolve(system: string, value: string): Promise<Resolution> {
    const credential = this.options.credential;
    if (!credential) return { kind: 'unknown', reason: 'patient resolution is not configured (TREATMENTS_SERVICE_SUBJECT)' };
    const key = `${system}|${value}`;
    const hit = this.cache.get(key);
    if (hit && hit.until > Date.now()) return { kind: 'found', patientId: hit.patientId };
    let page: Page<PatientDto>;
    try {
      this.client ??= new ServiceCredentialClient(credential, { natsUrl: this.options.natsUrl, namespace: this.ns.prefix }, 'TREATMENTS_SERVICE_SECRET_FILE');
      const client = await this.client.get();
      // identity-svc owns identifiers (docs/identity.md, "One owner"): asked first; a pair it does not hold, or a
      // principal without `identities:read`, falls back to the identifiers profiles still carry.
      const owned = await client.request<ResolvedIdentifierDto>(IDENTITY.identityResolve, { query: { system, value } }, { purposeOfUse: 'operations' })
        .catch((err: unknown) => {
          if (err instanceof DomainException && (err.code === ErrorCode.NOT_FOUND || err.code === ErrorCode.FORBIDDEN)) return null;
          throw err;
        });
      if (owned) return this.found(key, owned.patientId);
      page = await client.request<Page<PatientDto>>(PROFILES.patientSearch, { query: { identifier: key, limit: 2 } }, { purposeOfUse: 'operations' });
    } catch (err) {
      // A refused exchange (a rotated secret in the file): connect again next time, reading the secret again.
      if (err instanceof DomainException && err.code === ErrorCode.UNAUTHENTICATED) this.client?.reset();
      // Ids only in the log: never the identifier's value.
      this.logger.warn(`could not ask profiles-svc: ${err instanceof DomainException ? err.code : err instanceof Error ? err.name : typeof err}`);
      throw err instanceof DomainException && err.code === ErrorCode.UNAVAILABLE ? err : DomainException.unavailable('Patients cannot be resolved now');
    }
    if (page.items.length === 1) return this.found(key, page.items[0]!.id);
    return { kind: 'unknown', reason: page.items.length ? 'more than one patient holds this identifier' : 'no patient holds this identifier' };
  }

  private found(key: string, patientId: string): Resolution {
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(key, { patientId, until: Date.now() + (this.options.cacheMs ?? 60_000) });
    return { kind: 'found', patientId };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client?.close();
  }
}
