import type { PatientGraphClient } from '@pg/client';
import type { AuditEvent } from '@pg/contracts';
import { natsConnection, publishedAuditEvents } from '@pg/testing';
import { startSystem, type TestSystem } from '@pg/testing/system';

let sys: TestSystem;

beforeAll(async () => {
  // Low limits, so a test can reach them: 40 requests a minute per principal, 60 per IP.
  sys = await startSystem({ THROTTLE_PRINCIPAL_PER_MINUTE: '40', THROTTLE_IP_PER_MINUTE: '60' });
}, 120_000);

afterAll(async () => {
  await sys?.stop();
});

async function until429(client: PatientGraphClient, max: number) {
  for (let i = 1; i <= max; i++) {
    const res = await client.raw<{ error?: { code: string } }>('GET', '/v1/me');
    if (res.status === 429) return { after: i, res };
    expect(res.status).toBe(200);
  }
  throw new Error(`no 429 within ${max} requests`);
}

describe('throttling', () => {
  it('limits a principal with 429 RATE_LIMITED and Retry-After, and records the refusal', async () => {
    await sys.admin.principals.create({ subject: 'other', displayName: 'Other', roles: ['auditor'] });
    const { after, res } = await until429(sys.admin, 50);
    expect(after).toBe(40); // 40 a minute: the create above was the first
    expect(res.body.error?.code).toBe('RATE_LIMITED');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(res.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    // A fresh token does not reset the count: the limit is the principal's.
    expect((await sys.client(await sys.tokenFor('e2e-admin')).raw('GET', '/v1/me')).status).toBe(429);
    // Another principal from the same IP has its own budget.
    expect((await sys.client(await sys.tokenFor('other')).raw('GET', '/v1/me')).status).toBe(200);
  });

  it('limits an IP whoever it claims to be, before any token is checked', async () => {
    // The IP budget (60) is shared: the ~43 requests above count, and so do unauthenticated ones.
    const anon = sys.client('not-a-token');
    let status = 0;
    for (let i = 0; i < 30 && status !== 429; i++) status = (await anon.raw('GET', '/v1/me')).status;
    expect(status).toBe(429);
    const health = await sys.client().raw('GET', '/health');
    expect(health.status).toBe(200);
  });

  it('puts rate-limit refusals in the audit trail', async () => {
    // Everyone here is limited by now: read what the gateway published to the audit stream directly.
    const nc = await natsConnection();
    try {
      const events: AuditEvent[] = await publishedAuditEvents(nc, sys.world);
      const limited = events.filter((e) => e.reason?.startsWith('rate-limited-'));
      expect(limited.some((e) => e.reason === 'rate-limited-principal' && e.source.service === 'gateway')).toBe(true);
      expect(limited.some((e) => e.reason === 'rate-limited-ip')).toBe(true);
    } finally {
      await nc.close();
    }
  });
});
