import { readFile } from 'node:fs/promises';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InternalClient } from '@pg/client';
import { DomainException, ErrorCode, LABS, type FhirPartResultDto, type FhirUploadDto } from '@pg/contracts';
import { NatsNamespace } from '@pg/messaging';

export interface LabsPartOptions {
  natsUrl: string;
  /** profiles-svc's service principal (`labs:write wearables:write`); none: a bundle with a lab part cannot be imported. */
  credential?: { subject: string; secret?: string; secretFile?: string };
}
export const LABS_PART_OPTIONS = Symbol('LABS_PART_OPTIONS');

/** labs-svc's part of an import, asked for over NATS. */
export interface LabsPart {
  /** Whether labs-svc can be asked at all (a service principal is configured). */
  readonly configured: boolean;
  write(importId: string, patientId: string, upload: FhirUploadDto): Promise<FhirPartResultDto>;
  undo(importId: string, patientId: string): Promise<void>;
}
export const LABS_PART = Symbol('LABS_PART');

/**
 * Asks labs-svc as profiles-svc's own service principal, on behalf of the imported patient (its credential reaches
 * that patient only), through InternalClient: a short-lived credential from identity-svc. labs-svc reads the
 * bundle from the object store itself: no lab value travels in a message.
 */
@Injectable()
export class NatsLabsPart implements LabsPart, OnApplicationShutdown {
  private client?: Promise<InternalClient>;

  constructor(@Inject(LABS_PART_OPTIONS) private readonly options: LabsPartOptions, private readonly ns: NatsNamespace) {}

  get configured(): boolean {
    return !!this.options.credential;
  }

  async write(importId: string, patientId: string, upload: FhirUploadDto): Promise<FhirPartResultDto> {
    return this.call<FhirPartResultDto>(LABS.fhirImport, { importId, patientId, upload }, patientId, importId);
  }

  async undo(importId: string, patientId: string): Promise<void> {
    await this.call(LABS.fhirImportUndo, { importId, patientId }, patientId, importId);
  }

  private async call<T>(pattern: string, payload: object, patientId: string, importId: string): Promise<T> {
    try {
      const client = await this.connect();
      return await client.request<T>(pattern, payload, { onBehalfOf: patientId, purposeOfUse: 'operations', requestId: `fhir-import:${importId}` });
    } catch (err) {
      if (err instanceof DomainException && err.code === ErrorCode.UNAUTHENTICATED) this.reset();
      throw err;
    }
  }

  private connect(): Promise<InternalClient> {
    const credential = this.options.credential;
    if (!credential) return Promise.reject(new DomainException(ErrorCode.UNPROCESSABLE, 'The lab part cannot be written: profiles-svc has no service principal (PROFILES_SERVICE_SUBJECT)'));
    this.client ??= (async () => {
      const secret = credential.secret ?? (await readFile(credential.secretFile!, 'utf8').catch(() => '')).trim();
      if (!secret) throw DomainException.unavailable('The service secret is not there yet (PROFILES_SERVICE_SECRET_FILE)');
      return InternalClient.connect({ natsUrl: this.options.natsUrl, namespace: this.ns.prefix, subject: credential.subject, secret, timeoutMs: 120_000 });
    })().catch((err: unknown) => {
      this.client = undefined;
      throw err;
    });
    return this.client;
  }

  private reset(): void {
    const old = this.client;
    this.client = undefined;
    void old?.then((c) => c.close()).catch(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    await (await this.client?.catch(() => undefined))?.close();
  }
}
