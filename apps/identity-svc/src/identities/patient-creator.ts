import { readFile } from 'node:fs/promises';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InternalClient } from '@pg/client';
import { DomainException, PROFILES, type PatientDto, type PersonInputDto } from '@pg/contracts';
import { NatsNamespace } from '@pg/messaging';

/** Creates a patient at profiles-svc for resolveIdentity (identity-svc never writes profiles' schema). */
export interface PatientCreator {
  create(person: PersonInputDto): Promise<string>;
  /** The profile (for the match index), null when gone or when no principal is configured. */
  read(patientId: string): Promise<Partial<PatientDto> | null>;
  readonly configured: boolean;
}
export const PATIENT_CREATOR = Symbol('PATIENT_CREATOR');
export const PATIENT_CREATOR_OPTIONS = Symbol('PATIENT_CREATOR_OPTIONS');
export interface PatientCreatorOptions {
  natsUrl: string;
  /** identity-svc's own service principal (scopes `profiles:read profiles:write`); none: resolveIdentity cannot create patients. */
  credential?: { subject: string; secret?: string; secretFile?: string };
}

/**
 * `PROFILES.patientCreate` as identity-svc's own service principal, through InternalClient (a short-lived
 * credential, as treatments-svc does). Only the fields profiles-svc takes are sent; names and a birth date are
 * required there, so a fallback without them is UNPROCESSABLE.
 */
@Injectable()
export class ProfilesPatientCreator implements PatientCreator, OnApplicationShutdown {
  private readonly logger = new Logger('PatientCreator');
  private client?: Promise<InternalClient>;

  constructor(@Inject(PATIENT_CREATOR_OPTIONS) private readonly options: PatientCreatorOptions, private readonly ns: NatsNamespace) {}

  async create(person: PersonInputDto): Promise<string> {
    const credential = this.options.credential;
    if (!credential) throw DomainException.unavailable('Patients cannot be created from identity-svc (IDENTITY_SERVICE_SUBJECT is not set)');
    if (!person.givenName || !person.familyName || !person.birthDate) {
      throw new DomainException('UNPROCESSABLE', 'A new patient needs givenName, familyName and birthDate in the fallback', [{ field: 'fallback', message: 'givenName, familyName and birthDate are required to create a patient' }]);
    }
    const body = {
      givenName: person.givenName, familyName: person.familyName, birthDate: person.birthDate,
      ...(person.email ? { email: person.email } : {}),
    };
    try {
      const client = await this.connect(credential);
      const created = await client.request<Partial<PatientDto>>(PROFILES.patientCreate, { body }, { purposeOfUse: 'operations' });
      // profiles-svc answers only the fields the caller may read: without `profiles:read` there is no id to link.
      if (!created.id) throw DomainException.unavailable('The new patient\'s id was not returned (identity-svc\'s principal needs profiles:read and profiles:write)');
      return created.id;
    } catch (err) {
      this.logger.warn(`could not create a patient: ${err instanceof DomainException ? err.code : err instanceof Error ? err.name : typeof err}`);
      if (err instanceof DomainException) throw err;
      throw DomainException.unavailable('Patients cannot be created now');
    }
  }

  /** The patient's profile as identity-svc's principal reads it (`profiles:read`); null when it is gone (404). */
  async read(patientId: string): Promise<Partial<PatientDto> | null> {
    const credential = this.options.credential;
    if (!credential) return null;
    const client = await this.connect(credential);
    try {
      return await client.request<Partial<PatientDto>>(PROFILES.patientGet, { patientId }, { purposeOfUse: 'operations' });
    } catch (err) {
      if (err instanceof DomainException && err.code === 'NOT_FOUND') return null;
      throw err;
    }
  }

  get configured(): boolean {
    return Boolean(this.options.credential);
  }

  private connect(credential: NonNullable<PatientCreatorOptions['credential']>): Promise<InternalClient> {
    this.client ??= (async () => {
      const secret = credential.secret ?? (await readFile(credential.secretFile!, 'utf8').catch(() => '')).trim();
      if (!secret) throw DomainException.unavailable('The service secret is not there yet (IDENTITY_SERVICE_SECRET_FILE)');
      return InternalClient.connect({ natsUrl: this.options.natsUrl, namespace: this.ns.prefix, subject: credential.subject, secret });
    })().catch((err: unknown) => {
      this.client = undefined;
      throw err;
    });
    return this.client;
  }

  async onApplicationShutdown(): Promise<void> {
    await (await this.client?.catch(() => undefined))?.close();
  }
}
