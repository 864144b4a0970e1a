import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ServiceCredentialClient } from '@pg/client';
import { DomainException, ErrorCode } from '@pg/contracts';
import { NatsNamespace } from '@pg/messaging';

export interface ImportPrincipalOptions {
  natsUrl: string;
  /**
   * profiles-svc's service principal (`labs:write wearables:write protocols:import identities:import`); none: a
   * bundle whose patient must be matched, or with a lab part or a protocol, cannot be imported.
   */
  credential?: { subject: string; secret?: string; secretFile?: string };
}
export const IMPORT_PRINCIPAL_OPTIONS = Symbol('IMPORT_PRINCIPAL_OPTIONS');

/**
 * The import saga's one login as profiles-svc's service principal: one credential client (one NATS connection, one
 * credential exchange a minute) shared by the matcher and the labs and treatments parts. Each call has its own
 * timeout (the matcher's 30 s, a large lab part's 120 s): a hung service holds a step no longer than its own bound,
 * so a step's retries end within the job's lease.
 */
@Injectable()
export class ImportPrincipal implements OnApplicationShutdown {
  private readonly client?: ServiceCredentialClient;

  constructor(@Inject(IMPORT_PRINCIPAL_OPTIONS) options: ImportPrincipalOptions, ns: NatsNamespace) {
    if (options.credential) {
      this.client = new ServiceCredentialClient(options.credential, { natsUrl: options.natsUrl, namespace: ns.prefix, timeoutMs: 120_000 }, 'PROFILES_SERVICE_SECRET_FILE');
    }
  }

  get configured(): boolean {
    return !!this.client;
  }

  /** `pattern` asked as the principal; `what` names the step in the refusal when no principal is configured. */
  async request<T>(pattern: string, payload: object, options: { onBehalfOf?: string; importId: string; timeoutMs: number }, what: string): Promise<T> {
    if (!this.client) throw new DomainException(ErrorCode.UNPROCESSABLE, `${what}: profiles-svc has no service principal (PROFILES_SERVICE_SUBJECT)`);
    try {
      const client = await this.client.get();
      return await client.request<T>(pattern, payload, {
        ...(options.onBehalfOf ? { onBehalfOf: options.onBehalfOf } : {}), purposeOfUse: 'operations', requestId: `fhir-import:${options.importId}`, timeoutMs: options.timeoutMs,
      });
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
