import { randomUUID } from 'node:crypto';
import type { INestMicroservice } from '@nestjs/common';
import { IDENTITY, type IdentityWebhookReceiptDto, type PrincipalWithSecretDto } from '@pg/contracts';
import { startService, type NatsRpcClient } from '@pg/messaging';
import { migrate } from '@pg/persistence';
import { actor, rpcClient, type TestWorld } from '@pg/testing';
import { profilesOrmOptions } from '../../profiles-svc/src/mikro-orm.config.js';
import { ProfilesModule, SERVICE_NAME as PROFILES_SVC } from '../../profiles-svc/src/profiles.module.js';
import { IdentityModule, SERVICE_NAME } from '../src/identity.module.js';
import { identityOrmOptions } from '../src/mikro-orm.config.js';
import { signSvix } from '../src/webhooks/svix-signature.js';

/** What the identity integration specs that run identity-svc with profiles-svc share. */

export const admin = actor(['admin']);

/**
 * identity-svc and profiles-svc on their own schemas, identity-svc with its own service principal (it reads and
 * creates profiles for the feed and the webhooks): identity-svc makes the principal, then starts again with it.
 */
export async function startIdentityWithProfiles(world: TestWorld): Promise<{ rpc: NatsRpcClient; apps: INestMicroservice[] }> {
  const profilesConfig = world.serviceConfig('profiles');
  await Promise.all([migrate(identityOrmOptions(world.identityConfig())), migrate(profilesOrmOptions(profilesConfig))]);
  const first = await startService(SERVICE_NAME, IdentityModule.forRoot(world.identityConfig()) as never, world.identityConfig(), { logger: false });
  const rpc = await rpcClient(world, 10_000);
  const svc = await rpc.request<PrincipalWithSecretDto>(IDENTITY.principalCreate, {
    body: { subject: `service:identity-${world.namespace}`, displayName: 'identity-svc', kind: 'service', roles: ['service'], scopes: ['profiles:read', 'profiles:write'] },
  }, admin);
  await first.close();
  const base = world.identityConfig();
  const config = { ...base, identities: { ...base.identities, serviceCredential: { subject: svc.subject, secret: svc.clientSecret! } } };
  const apps = [
    await startService(SERVICE_NAME, IdentityModule.forRoot(config) as never, config, { logger: false }),
    await startService(PROFILES_SVC, ProfilesModule.forRoot(profilesConfig) as never, profilesConfig, { logger: false }),
  ];
  return { rpc, apps };
}

/** A Clerk delivery as Svix sends it, signed now with `secret`. */
export function sendClerk(rpc: NatsRpcClient, secret: string, type: string, data: Record<string, unknown>): Promise<IdentityWebhookReceiptDto> {
  const id = `msg_${randomUUID()}`;
  const ts = String(Math.floor(Date.now() / 1000));
  const body = JSON.stringify({ type, object: 'event', data });
  return rpc.request<IdentityWebhookReceiptDto>(IDENTITY.webhookClerk, {
    body: Buffer.from(body).toString('base64'), svixId: id, svixTimestamp: ts, svixSignature: signSvix(id, ts, body, secret),
  }, null);
}

/** A Clerk user with an e-mail (and a birthday, when given); no phone: Clerk's usual sign-up. */
export const clerkUser = (id: string, given: string, family: string, email: string, birthday = '') => ({
  id, object: 'user', first_name: given, last_name: family, birthday,
  primary_email_address_id: 'idn_1', email_addresses: [{ id: 'idn_1', email_address: email }], phone_numbers: [],
});
