import { readFile } from 'node:fs/promises';
import { DomainException } from '@pg/contracts';
import { InternalClient } from './internal-client.js';

/** A service's own principal: its subject, and its secret or the file holding it (a mounted, rotatable secret). */
export interface ServiceCredentialConfig {
  subject: string;
  secret?: string;
  secretFile?: string;
}

/**
 * One InternalClient for a service that calls others as its own service principal, connected on first use: the
 * secret is read then (from the file when one is named, so a secret written or rotated after the start is found), a
 * failed connection is tried again by the next call, and reset() drops the client (a refused exchange after a
 * rotation) so the next call reads the secret again.
 */
export class ServiceCredentialClient {
  private client?: Promise<InternalClient>;

  constructor(
    private readonly credential: ServiceCredentialConfig,
    private readonly connectOptions: { natsUrl: string; namespace: string; timeoutMs?: number },
    /** The variable to name when the secret file is still empty. */
    private readonly secretFileVariable: string,
  ) {}

  get(): Promise<InternalClient> {
    this.client ??= (async () => {
      const secret = this.credential.secret ?? (await readFile(this.credential.secretFile!, 'utf8').catch(() => '')).trim();
      if (!secret) throw DomainException.unavailable(`The service secret is not there yet (${this.secretFileVariable})`);
      return InternalClient.connect({ ...this.connectOptions, subject: this.credential.subject, secret });
    })().catch((err: unknown) => {
      this.client = undefined;
      throw err;
    });
    return this.client;
  }

  reset(): void {
    const old = this.client;
    this.client = undefined;
    void old?.then((c) => c.close()).catch(() => undefined);
  }

  async close(): Promise<void> {
    await (await this.client?.catch(() => undefined))?.close();
  }
}
