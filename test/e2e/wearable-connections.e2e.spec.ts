import { createHmac } from 'node:crypto';
import type { PatientDto } from '@pg/contracts';
import { startSystem, type TestSystem } from '@pg/testing/system';
import { simulatorEnv, VendorSimulator } from '../../apps/labs-svc/src/testing/vendor-simulator.js';

let sys: TestSystem;
let sim: VendorSimulator;
let alice: PatientDto;
let aliceToken: string;
let coordToken: string;
const VERIFY = 'e2e-oura-verification';

async function call(method: string, path: string, opts: { token?: string; body?: string; headers?: Record<string, string> } = {}) {
  const res = await fetch(`${sys.url}${path}`, {
    method,
    redirect: 'manual',
    headers: { ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}), ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}), ...opts.headers },
    ...(opts.body !== undefined ? { body: opts.body } : {}),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as Record<string, any>) : null };
}

beforeAll(async () => {
  sim = new VendorSimulator();
  const base = await sim.start();
  sys = await startSystem({
    ...simulatorEnv(base, sim), OURA_WEBHOOK_VERIFICATION_TOKEN: VERIFY, WEARABLE_SYNC_INTERVAL_MS: '0', WEARABLE_CONNECT_RETURN_URL: 'https://app.example.test/devices',
  });
  alice = await sys.admin.patients.create({ givenName: 'Alice', familyName: 'Ring', birthDate: '1980-02-03' });
  await sys.admin.principals.create({ subject: 'alice-ring', displayName: 'alice-ring', roles: ['patient'], patientId: alice.id });
  aliceToken = await sys.tokenFor('alice-ring');
  const coord = await sys.admin.principals.create({ subject: 'coord-ring', displayName: 'coord-ring', roles: ['coordinator'] });
  await sys.admin.careTeam.add(alice.id, { principalId: coord.id, role: 'coordinator' });
  coordToken = await sys.tokenFor('coord-ring');
}, 60_000);

afterAll(async () => {
  await sys?.stop();
  await sim?.stop();
});

describe('connecting Oura through the gateway', () => {
  let connectionId: string;

  it('connect → the vendor consents → the callback (no token, the state is the authority) → the connection is listed', async () => {
    const made = await call('POST', `/v1/patients/${alice.id}/wearables/connections`, { token: aliceToken, body: JSON.stringify({ provider: 'oura' }) });
    expect(made.status).toBe(201);
    const { code, state } = sim.consent(made.body!.data.authorizationUrl);
    // The browser is sent back to the app's page.
    const back = await call('GET', `/v1/wearables/oauth/oura/callback?${new URLSearchParams({ code, state })}`);
    expect(back.status).toBe(302);
    expect(back.headers.get('location')).toBe('https://app.example.test/devices?provider=oura&status=connected');
    // Replayed (on API.md's spelling of the path, the same route): refused.
    const replay = await call('GET', `/v1/wearables/oauth/callback/oura?${new URLSearchParams({ code, state })}`);
    expect(replay.status).toBe(401);
    expect(replay.body!.error.code).toBe('UNAUTHENTICATED');
    const list = await call('GET', `/v1/patients/${alice.id}/wearables/connections`, { token: aliceToken });
    expect(list.body!.data).toEqual([expect.objectContaining({ provider: 'oura', status: 'active', patientId: alice.id })]);
    connectionId = list.body!.data[0].id;
    expect(JSON.stringify(list.body)).not.toMatch(/token/i);
    const coord = await call('GET', `/v1/patients/${alice.id}/wearables/connections`, { token: coordToken });
    expect(Object.keys(coord.body!.data[0]).sort()).toEqual(['createdAt', 'id', 'lastSyncAt', 'lastSyncStatus', 'patientId', 'provider', 'status', 'updatedAt']);
    expect((await call('POST', `/v1/patients/${alice.id}/wearables/connections`, { token: coordToken, body: JSON.stringify({ provider: 'oura' }) })).status).toBe(403);
  });

  it('takes Oura\'s webhook by the signature over the exact bytes, refuses a forged one (401), answers the challenge', async () => {
    // Spacing kept as sent: the signature covers these bytes, not a re-serialisation.
    const body = `{ "event_type":"create", "data_type":"sleep", "object_id":"o-1", "event_time":"2026-11-29T08:00:00+00:00", "user_id":"${sim.ouraUserId}" }`;
    const ts = String(Math.floor(Date.now() / 1000));
    const sig = createHmac('sha256', sim.clients.oura.secret).update(ts + body).digest('hex').toUpperCase();
    const ok = await call('POST', '/v1/webhooks/oura', { body, headers: { 'x-oura-signature': sig, 'x-oura-timestamp': ts } });
    expect(ok.status).toBe(200);
    expect(ok.body!.data).toEqual({ received: true, duplicate: false });
    const again = await call('POST', '/v1/webhooks/oura', { body, headers: { 'x-oura-signature': sig, 'x-oura-timestamp': ts } });
    expect(again.body!.data).toEqual({ received: true, duplicate: true });
    const forged = await call('POST', '/v1/webhooks/oura', { body: body.replace('o-1', 'o-2'), headers: { 'x-oura-signature': sig, 'x-oura-timestamp': ts } });
    expect(forged.status).toBe(401);
    const challenge = await call('GET', `/v1/webhooks/oura?verification_token=${VERIFY}&challenge=abc123`);
    expect(challenge.status).toBe(200);
    expect(challenge.body).toEqual({ challenge: 'abc123' });
    expect((await call('GET', '/v1/webhooks/oura?verification_token=wrong&challenge=abc123')).status).toBe(401);
  });

  it('disconnects: revoked at Oura, gone from the patient\'s active connections', async () => {
    const gone = await call('DELETE', `/v1/patients/${alice.id}/wearables/connections/${connectionId}`, { token: aliceToken });
    expect(gone.status).toBe(200);
    expect(gone.body!.data).toMatchObject({ status: 'disconnected', revoked: true });
    expect(sim.revoked).toHaveLength(1);
  });
});
