import { randomUUID } from 'node:crypto';
import { ApiError, InternalClient } from '@pg/client';
import { IDENTITY, type PatientDto, type ResolveIdentityResultDto } from '@pg/contracts';
import { until } from '@pg/testing';
import { startSystem, type TestSystem } from '@pg/testing/system';
import { signSvix } from '../../apps/identity-svc/src/webhooks/svix-signature.js';

/*
 * Issue 13, end to end: the built system (every app its own process), as an admin, a clinician, Clerk (a signed
 * Svix delivery, raw bytes over HTTP) and an internal caller using resolveIdentity. Signatures are computed with
 * the Svix scheme whose documented vector apps/identity-svc/src/webhooks/svix-signature.spec.ts checks.
 */

const CLERK_SECRET = `whsec_${Buffer.from('e2e-clerk-secret-0123456789abcdef').toString('base64')}`;
const tag = randomUUID().slice(0, 8);

let sys: TestSystem;
let grace: PatientDto;

async function clerk(type: string, data: Record<string, unknown>, opts: { secret?: string } = {}) {
  const id = `msg_${randomUUID().replace(/-/g, '')}`;
  const ts = String(Math.floor(Date.now() / 1000));
  const body = JSON.stringify({ type, object: 'event', data }, null, 2);
  const res = await fetch(`${sys.url}/v1/webhooks/clerk`, {
    method: 'POST', body,
    headers: { 'content-type': 'application/json', 'svix-id': id, 'svix-timestamp': ts, 'svix-signature': signSvix(id, ts, body, opts.secret ?? CLERK_SECRET) },
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}
const user = (id: string, given: string, family: string, email: string, phone: string, birthday: string) => ({
  id, object: 'user', first_name: given, last_name: family, birthday,
  primary_email_address_id: 'idn_e', email_addresses: [{ id: 'idn_e', email_address: email }],
  primary_phone_number_id: 'idn_p', phone_numbers: [{ id: 'idn_p', phone_number: phone }],
});

beforeAll(async () => {
  sys = await startSystem({ CLERK_WEBHOOK_SECRET: CLERK_SECRET });
  grace = await sys.admin.patients.create({ givenName: 'Grace', familyName: 'Hopper', birthDate: '1976-12-09', email: `grace.${tag}@example.com` });
  // identity-svc's own service principal (profiles:read + profiles:write: it creates and reads back the id): resolveIdentity creates patients through profiles-svc with it.
  const svc = await sys.admin.principals.create({ subject: 'service:identity-svc', displayName: 'identity-svc', kind: 'service', roles: ['service'], scopes: ['profiles:read', 'profiles:write'] });
  await sys.kill('identity-svc');
  await sys.restart('identity-svc', { IDENTITY_SERVICE_SUBJECT: 'service:identity-svc', IDENTITY_SERVICE_SECRET: svc.clientSecret! });
}, 120_000);

afterAll(async () => {
  await sys?.stop();
});

describe('identity resolution through the gateway', () => {
  it('links identifiers, answers 409 for a pair another patient holds, and resolves', async () => {
    const linked = await sys.admin.identities.link(grace.id, { system: 'clerk', value: `user_grace_${tag}` });
    expect(linked).toMatchObject({ patientId: grace.id, system: 'clerk', method: 'manual' });
    const other = await sys.admin.patients.create({ givenName: 'Other', familyName: 'Person', birthDate: '1990-01-01' });
    const err = await sys.admin.identities.link(other.id, { system: 'clerk', value: `user_grace_${tag}` }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(409);
    expect((err as ApiError).body.error.code).toBe('CONFLICT');
    await expect(sys.admin.identities.resolve('clerk', `user_grace_${tag}`)).resolves.toEqual({ patientId: grace.id });
    const missing = await sys.admin.identities.resolve('clerk', `user_nobody_${tag}`).catch((e: unknown) => e);
    expect((missing as ApiError).status).toBe(404);
    // An unknown field is refused.
    const bad = await sys.admin.identities.link(grace.id, { system: 'clerk', value: 'x', extra: 1 } as never).catch((e: unknown) => e);
    expect((bad as ApiError).status).toBe(400);
  });

  it('takes a Clerk delivery with a valid signature and refuses one with an invalid signature', async () => {
    const data = user(`user_grace_${tag}`, 'Grace', 'Hopper', `grace.${tag}@example.com`, '+1 202 555 0147', '1976-12-09');
    const bad = await clerk('user.updated', data, { secret: `whsec_${Buffer.from('not-the-secret').toString('base64')}` });
    expect(bad.status).toBe(401);
    expect(bad.body.error.code).toBe('UNAUTHENTICATED');
    const ok = await clerk('user.updated', data);
    expect(ok.status).toBe(200);
    // The partner learns its delivery id and the outcome, never the patient.
    expect(ok.body).toEqual({ data: { eventId: expect.stringMatching(/^msg_/), status: 'applied' }, meta: {} });
  });

  it('matches demographics with an explanation, and a review decision is taken', async () => {
    const res = await sys.admin.identities.match({ givenName: 'Grace', familyName: 'Hopper', birthDate: '1976-12-09', phone: '202-555-0147' });
    expect(res.data[0]).toMatchObject({ patientId: grace.id, grade: 'certain' });
    const e = res.data[0]!.explanation;
    expect(e.fields.map((f) => f.field)).toEqual(expect.arrayContaining(['givenName', 'familyName', 'birthDate', 'phone']));
    expect(e.prior + e.fields.reduce((s, f) => s + f.weight, 0)).toBeCloseTo(e.total, 6);

    // Her twin signs up with the family phone: never linked automatically; an admin rejects it.
    const twin = await clerk('user.created', user(`user_twin_${tag}`, 'Gwendolyn', 'Hopper', `gwen.${tag}@example.com`, '+1 202 555 0147', '1976-12-09'));
    expect(twin.status).toBe(200);
    const item = (await sys.admin.identities.reviewQueue()).data.find((i) => i.a.sourceId === `user_twin_${tag}` || i.b.sourceId === `user_twin_${tag}`);
    expect(item).toBeDefined();
    expect(item!.explanation?.fields.length).toBeGreaterThan(0);
    const decided = await sys.admin.identities.decide(item!.id, { decision: 'reject', reason: 'twin sister' });
    expect(decided).toMatchObject({ status: 'rejected', decision: 'reject' });
    expect(((await sys.admin.identities.resolve('clerk', `user_twin_${tag}`).catch((e: unknown) => e)) as ApiError).status).toBe(404);
  });

  it('feeds every Patient Graph profile into the match index (ids on EVENTS, the profile fetched by identity-svc)', async () => {
    const hedy = await sys.admin.patients.create({ givenName: 'Hedy', familyName: 'Lamarr', birthDate: '1974-11-09', phone: '+1 310 555 0199', email: `hedy.${tag}@example.com` });
    const found = await until('the profile in the match index', async () => {
      const res = await sys.admin.identities.match({ givenName: 'Hedy', familyName: 'Lamarr', birthDate: '1974-11-09', phone: '310-555-0199' });
      return res.data.find((c) => c.patientId === hedy.id);
    });
    expect(found.grade).toBe('certain');
  });

  it('resolveIdentity: a known id, a certain match linked, and a new patient created through profiles-svc', async () => {
    const caller = await sys.admin.principals.create({ subject: `service:importer-${tag}`, displayName: 'importer', kind: 'service', roles: ['service'], scopes: ['identities:write'] });
    const internal = await InternalClient.connect({ natsUrl: sys.world.env.NATS_URL!, namespace: sys.world.ns.prefix, subject: caller.subject, secret: caller.clientSecret! });
    try {
      await expect(internal.request<ResolveIdentityResultDto>(IDENTITY.resolveIdentity, { system: 'clerk', value: `user_grace_${tag}` }))
        .resolves.toEqual({ patientId: grace.id, outcome: 'existing' });
      const matched = await internal.request<ResolveIdentityResultDto>(IDENTITY.resolveIdentity, {
        system: 'stripe', value: `cus_${tag}`, fallback: { givenName: 'Grace', familyName: 'Hopper', birthDate: '1976-12-09', phone: '(202) 555-0147' },
      });
      expect(matched).toEqual({ patientId: grace.id, outcome: 'auto-link' });
      const created = await internal.request<ResolveIdentityResultDto>(IDENTITY.resolveIdentity, {
        system: 'rimo', value: `pat_${tag}`, fallback: { givenName: 'Katherine', familyName: 'Johnson', birthDate: '1968-08-26' },
      });
      expect(created.outcome).toBe('created');
      await expect(sys.admin.patients.get(created.patientId)).resolves.toMatchObject({ givenName: 'Katherine', familyName: 'Johnson' });
      await expect(sys.admin.identities.resolve('rimo', `pat_${tag}`)).resolves.toEqual({ patientId: created.patientId });
    } finally {
      await internal.close();
    }
  });
});
