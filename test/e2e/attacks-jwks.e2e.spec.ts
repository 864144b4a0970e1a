import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { exportJWK, importPKCS8, importSPKI, SignJWT, type JWK } from 'jose';
import { startSystem, type TestSystem } from '@pg/testing/system';
import { auditStream } from '../attack-suite/helpers.js';

/*
 * Keys from a JWKS URL, as Clerk serves them: the gateway caches the key set and refreshes it at most once per
 * cooldown, so a flood of tokens naming unknown `kid`s costs the key server nothing.
 */

let sys: TestSystem;
let jwks: Server;
let keys: JWK[] = [];
let hits = 0;

beforeAll(async () => {
  jwks = createServer((_req, res) => {
    hits++;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
  });
  await new Promise<void>((r) => jwks.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(jwks.address() as { port: number }).port}/.well-known/jwks.json`;
  sys = await startSystem({ AUTH_JWKS_URL: url });
  // The system made its key pair on start; the key server publishes its public half (nothing asked for it yet).
  const pem = await readFile(sys.world.env.AUTH_PUBLIC_KEY_FILE!, 'utf8');
  keys = [{ ...(await exportJWK(await importSPKI(pem, 'ES256'))), kid: 'dev', alg: 'ES256', use: 'sig' }];
}, 120_000);

afterAll(async () => {
  await sys?.stop();
  await new Promise((r) => jwks?.close(r));
});

describe('keys from a JWKS URL', () => {
  it('verifies a token by its kid, and a flood of unknown kids neither gets in nor reaches the key server more than once', async () => {
    expect(hits).toBe(0);
    await expect(sys.admin.me()).resolves.toMatchObject({ subject: 'e2e-admin' });
    expect(hits).toBe(1);

    const foreign = await importPKCS8(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 'ES256');
    const flood = await Promise.all(Array.from({ length: 200 }, (_, i) => {
      const jwt = new SignJWT({}).setProtectedHeader({ alg: 'ES256', kid: `attacker-${i}-${randomUUID()}` }).setSubject('e2e-admin')
        .setIssuer('patient-graph-dev').setAudience('patient-graph').setExpirationTime('1h');
      // Half signed with a key the server never saw, half with the right key under a kid it does not publish.
      return i % 2 ? jwt.sign(foreign) : sys.tokens.mint({ sub: 'e2e-admin', kid: `attacker-${i}` });
    }));
    const requestIds: string[] = [];
    for (let i = 0; i < flood.length; i += 50) {
      const statuses = await Promise.all(flood.slice(i, i + 50).map(async (token) => {
        const requestId = `atk-kid-${randomUUID()}`;
        requestIds.push(requestId);
        return (await sys.client(token).raw('GET', '/v1/me', { headers: { 'x-request-id': requestId } })).status;
      }));
      expect(new Set(statuses)).toEqual(new Set([401]));
    }
    // One refresh may follow the first unknown kid; then the cooldown (30 s) holds every other one back.
    expect(hits).toBeLessThanOrEqual(2);
    // The genuine token still works, from the cache.
    await expect(sys.admin.me()).resolves.toMatchObject({ subject: 'e2e-admin' });
    expect(hits).toBeLessThanOrEqual(2);

    const events = await auditStream(sys);
    const ids = new Set(requestIds);
    const refused = events.filter((e) => ids.has(e.requestId) && e.action === 'login' && e.outcome === 'denied');
    expect(refused).toHaveLength(flood.length);
    expect(new Set(refused.map((e) => e.reason))).toEqual(new Set(['token-unknown-key']));
  });
});
