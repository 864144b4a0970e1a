import { randomUUID, generateKeyPairSync } from 'node:crypto';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { SignJWT, importPKCS8 } from 'jose';
import { ApiError, type PatientGraphClient } from '@pg/client';
import { PROFILES, type PatientDto, type PrincipalDto, type StoredAuditEvent } from '@pg/contracts';
import { rejection, rpcClient } from '@pg/testing';
import { startSystem, type TestSystem } from '@pg/testing/system';

let sys: TestSystem;
let auditor: PatientGraphClient;
let alice: PatientDto;
let bob: PatientDto;
let carol: PatientDto;
let clinicianP: PrincipalDto;
let aliceClient: PatientGraphClient;
let clinician: PatientGraphClient;
let coordinator: PatientGraphClient;

const patient = (givenName: string, familyName = 'Testperson') => ({ givenName, familyName, birthDate: '1980-02-29', sexAtBirth: 'female' as const, email: `${givenName.toLowerCase()}@example.org` });


/** Waits until audit-svc has stored events matching `pred` (it consumes the stream asynchronously). */
async function storedEvents(query: Record<string, string>, pred: (events: StoredAuditEvent[]) => boolean): Promise<StoredAuditEvent[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const events = (await auditor.audit.events({ ...query, limit: 200 })).data;
    if (pred(events) || Date.now() > deadline) return events;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function principal(sub: string, roles: PrincipalDto['roles'], patientId?: string): Promise<{ p: PrincipalDto; client: PatientGraphClient }> {
  const p = await sys.admin.principals.create({ subject: sub, displayName: sub, roles, ...(patientId ? { patientId } : {}) });
  return { p, client: sys.client(await sys.tokenFor(sub)) };
}

beforeAll(async () => {
  sys = await startSystem();
  alice = await sys.admin.patients.create(patient('Alice'));
  bob = await sys.admin.patients.create(patient('Bob'));
  carol = await sys.admin.patients.create(patient('Carol'));
  aliceClient = (await principal('alice', ['patient'], alice.id)).client;
  const c = await principal('dr-who', ['clinician']);
  clinicianP = c.p;
  clinician = c.client;
  coordinator = (await principal('coord', ['coordinator'])).client;
  auditor = (await principal('auditor', ['auditor'])).client;
  const coordP = (await sys.admin.principals.list({ role: 'coordinator' })).data[0]!;
  for (const pt of [alice, bob]) await sys.admin.careTeam.add(pt.id, { principalId: clinicianP.id, role: 'clinician' });
  await sys.admin.careTeam.add(alice.id, { principalId: coordP.id, role: 'coordinator' });
}, 120_000);

afterAll(async () => {
  await sys?.stop();
});

describe('a patient', () => {
  it('reads their own record and nobody else', async () => {
    await expect(aliceClient.patients.get(alice.id)).resolves.toMatchObject({ id: alice.id, givenName: 'Alice', birthDate: '1980-02-29' });
    expect((await rejection<ApiError>(aliceClient.patients.get(bob.id))).status).toBe(404);
    const list = await aliceClient.patients.search();
    expect(list.data.map((p) => p.id)).toEqual([alice.id]);
    await expect(aliceClient.me()).resolves.toMatchObject({ subject: 'alice', roles: ['patient'], patientId: alice.id });
  });
});

describe('a clinician', () => {
  it('reads their care team and gets 404 for anyone else, in reads and in lists', async () => {
    await expect(clinician.patients.get(bob.id)).resolves.toMatchObject({ id: bob.id, birthDate: '1980-02-29' });
    const outside = await rejection<ApiError>(clinician.patients.get(carol.id));
    expect(outside.status).toBe(404);
    expect(outside.code).toBe('NOT_FOUND');
    const missing = await rejection<ApiError>(clinician.patients.get(randomUUID()));
    expect(missing.body).toEqual({ error: { code: 'NOT_FOUND', message: outside.body.error.message, requestId: expect.any(String) } });
    const list = await clinician.patients.search({ q: 'Testperson'.slice(0, 4) });
    expect(list.data.map((p) => p.id).sort()).toEqual([alice.id, bob.id].sort());
    const byBirthDate = await clinician.patients.search({ birthDate: '1980-02-29', limit: 1 });
    expect(byBirthDate.data).toHaveLength(1);
    const next = await clinician.patients.search({ birthDate: '1980-02-29', limit: 1, cursor: byBirthDate.meta.nextCursor! });
    expect(next.data).toHaveLength(1);
    expect(next.meta.nextCursor).toBeNull();
    expect([...byBirthDate.data, ...next.data].some((p) => p.id === carol.id)).toBe(false);
  });

  it('may not change a profile (403) and cannot write through break-glass', async () => {
    expect((await rejection<ApiError>(clinician.patients.update(bob.id, { email: 'x@example.org' }))).status).toBe(403);
    const glass = clinician.with({ breakGlass: 'Unconscious patient in the emergency room' });
    await expect(glass.patients.get(carol.id)).resolves.toMatchObject({ id: carol.id });
    expect((await rejection<ApiError>(glass.patients.update(carol.id, { email: 'x@example.org' }))).status).toBe(403);
  });
});

describe('a coordinator', () => {
  it('sees no clinical fields', async () => {
    const seen = await coordinator.patients.get(alice.id);
    expect(seen).toMatchObject({ id: alice.id, givenName: 'Alice', email: 'alice@example.org' });
    expect(seen).not.toHaveProperty('birthDate');
    expect(seen).not.toHaveProperty('sexAtBirth');
    const list = await coordinator.patients.search();
    expect(list.data).toHaveLength(1);
    expect(list.data[0]).not.toHaveProperty('birthDate');
    expect((await rejection<ApiError>(coordinator.patients.get(bob.id))).status).toBe(404);
  });
});

describe('an auditor', () => {
  it('gets 403 on patient data and sees the audit events of all of the above', async () => {
    const refused = await rejection<ApiError>(auditor.patients.get(alice.id));
    expect(refused.status).toBe(403);
    expect(refused.code).toBe('FORBIDDEN');
    expect((await rejection<ApiError>(auditor.patients.search())).status).toBe(403);
    const everyone = ['alice', 'dr-who', 'coord', 'auditor'];
    const aliceEvents = await storedEvents({ patientId: alice.id }, (evs) => everyone.every((sub) => evs.some((e) => e.actor.subject === sub)));
    const bySubject = (sub: string) => aliceEvents.filter((e) => e.actor.subject === sub).map((e) => `${e.action}:${e.outcome}`);
    expect(bySubject('alice')).toContain('read:success');
    expect(bySubject('dr-who')).toContain('search:success');
    expect(bySubject('coord')).toContain('read:success');
    expect(bySubject('auditor')).toContain('read:denied');
    const denied = await storedEvents({ patientId: carol.id, outcome: 'denied' }, (evs) => evs.some((e) => e.actor.subject === 'dr-who'));
    expect(denied.some((e) => e.actor.subject === 'dr-who' && e.action === 'read')).toBe(true);
    const glass = await storedEvents({ breakGlass: 'true' }, (evs) => evs.length > 0);
    expect(glass.some((e) => e.resource.patientId === carol.id && e.breakGlass?.reason.startsWith('Unconscious'))).toBe(true);
    await expect(auditor.audit.verify()).resolves.toMatchObject({ valid: true, firstBadId: null });
  });
});

describe('tokens', () => {
  const tamper = (token: string) => {
    const [h, p, s] = token.split('.');
    const payload = JSON.parse(Buffer.from(p!, 'base64url').toString());
    payload.sub = 'e2e-admin';
    return [h, Buffer.from(JSON.stringify(payload)).toString('base64url'), s].join('.');
  };

  it('refuses missing, forged, expired, wrong-issuer, wrong-audience and alg:none tokens with 401', async () => {
    const other = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const foreignKey = await importPKCS8(other.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 'ES256');
    const forged = await new SignJWT({}).setProtectedHeader({ alg: 'ES256', kid: 'dev' }).setSubject('e2e-admin').setIssuer('patient-graph-dev')
      .setAudience('patient-graph').setExpirationTime('1h').sign(foreignKey);
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'e2e-admin', iss: 'patient-graph-dev', aud: 'patient-graph', exp: Math.floor(Date.now() / 1000) + 3600 })).toString('base64url')}.`;
    const cases: Record<string, string | undefined> = {
      missing: undefined,
      forged,
      expired: await sys.tokens.mint({ sub: 'e2e-admin', ttlSeconds: -60 }),
      notYetValid: await sys.tokens.mint({ sub: 'e2e-admin', nbfSeconds: 600 }),
      wrongIssuer: await sys.tokens.mint({ sub: 'e2e-admin', issuer: 'https://evil.example' }),
      wrongAudience: await sys.tokens.mint({ sub: 'e2e-admin', audience: 'another-api' }),
      algNone: none,
      altered: tamper(await sys.tokens.mint({ sub: 'alice' })),
      unknownSubject: await sys.tokens.mint({ sub: 'nobody-we-know' }),
    };
    for (const [name, token] of Object.entries(cases)) {
      const res = await sys.client(token).raw<{ error: { code: string } }>('GET', `/v1/patients/${alice.id}`);
      expect({ name, status: res.status, code: res.body.error?.code }).toEqual({ name, status: 401, code: 'UNAUTHENTICATED' });
      expect(JSON.stringify(res.body)).not.toMatch(/Alice|stack|at /);
    }
    const logins = await storedEvents({ action: 'login', outcome: 'denied' }, (evs) => evs.length >= Object.keys(cases).length);
    expect(logins.length).toBeGreaterThanOrEqual(Object.keys(cases).length);
  });
});

describe('bad input', () => {
  it('gets 400 VALIDATION_FAILED with the fields named, and changes nothing', async () => {
    const before = (await sys.admin.patients.search({ limit: 200 })).data.length;
    const unknown = await sys.admin.raw<{ error: { code: string; details: { field: string }[] } }>('POST', '/v1/patients', { body: { ...patient('Eve'), role: 'admin' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('VALIDATION_FAILED');
    expect(unknown.body.error.details.map((d) => d.field)).toContain('role');
    const malformed = await sys.admin.raw<{ error: { code: string; details: { field: string }[] } }>('POST', '/v1/patients', { body: { ...patient('Eve'), birthDate: '1980-13-45', email: 'not-an-email', phone: '12' } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details.map((d) => d.field).sort()).toEqual(['birthDate', 'email', 'phone']);
    const notJson = await sys.admin.raw<{ error: { code: string } }>('POST', '/v1/patients', { body: '{"givenName":', headers: { 'content-type': 'application/json' } });
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.code).toBe('VALIDATION_FAILED');
    const badId = await sys.admin.raw<{ error: { code: string } }>('GET', '/v1/patients/not-a-uuid');
    expect(badId.status).toBe(400);
    const badPatch = await sys.admin.raw('PATCH', `/v1/patients/${alice.id}`, { body: { givenName: 'Mallory', version: 99 } });
    expect(badPatch.status).toBe(400);
    expect((await sys.admin.patients.get(alice.id)).givenName).toBe('Alice');
    expect((await sys.admin.patients.search({ limit: 200 })).data.length).toBe(before);
  });

  it('answers a stale If-Match with 409 and keeps the newer version', async () => {
    const current = await sys.admin.patients.get(bob.id);
    const updated = await sys.admin.patients.update(bob.id, { subscriptionTier: 'performance' }, current.version);
    expect(updated.version).toBe(current.version! + 1);
    const stale = await rejection<ApiError>(sys.admin.patients.update(bob.id, { subscriptionTier: 'concierge' }, current.version));
    expect(stale.status).toBe(409);
    expect((await sys.admin.patients.get(bob.id)).subscriptionTier).toBe('performance');
  });
});

describe('straight to a service over NATS', () => {
  it('refuses a message with a missing or forged context, and the refusal is in the audit trail', async () => {
    const rpc = await rpcClient(sys.world);
    try {
      await expect(rpc.requestRaw(PROFILES.patientGet, { patientId: alice.id })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
      const h = natsHeaders();
      h.set('x-request-id', 'forged-request-1');
      h.set('x-actor-context', Buffer.from(JSON.stringify({ actor: { principalId: randomUUID(), roles: ['admin'], careTeam: [] }, requestId: 'forged-request-1', exp: Date.now() + 60_000 })).toString('base64url'));
      h.set('x-actor-signature', 'AAAA');
      await expect(rpc.requestRaw(PROFILES.patientGet, { patientId: alice.id }, h)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    } finally {
      await rpc.close();
    }
    const events = await storedEvents({ patientId: alice.id, outcome: 'denied' }, (evs) => evs.filter((e) => e.reason?.startsWith('context-')).length >= 2);
    expect(events.filter((e) => e.reason?.startsWith('context-')).map((e) => e.reason).sort()).toEqual(['context-bad-signature', 'context-missing']);
  });
});

describe('operations', () => {
  it('serves health, readiness, the OpenAPI document and request ids', async () => {
    const anon = sys.client();
    expect((await anon.raw('GET', '/health')).status).toBe(200);
    const ready = await anon.raw<{ status: string }>('GET', '/ready');
    expect(ready.body.status).toBe('ready');
    const doc = await anon.raw<{ paths: Record<string, unknown> }>('GET', '/openapi.json');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/v1/patients', '/v1/patients/{patientId}', '/v1/me', '/v1/audit/events']));
    const echoed = await sys.admin.raw('GET', '/v1/me', { headers: { 'x-request-id': 'client-chosen-id-123' } });
    expect(echoed.headers.get('x-request-id')).toBe('client-chosen-id-123');
  });
});

describe('changes in identity take effect at once', () => {
  it('refuses a deactivated principal and an ended care-team membership on the very next request', async () => {
    const { p, client } = await principal('short-lived', ['clinician']);
    await sys.admin.careTeam.add(carol.id, { principalId: p.id, role: 'clinician' });
    await expect(client.patients.get(carol.id)).resolves.toMatchObject({ id: carol.id });
    await sys.admin.careTeam.remove(carol.id, p.id);
    // The gateway cached this principal a moment ago; identity-svc's change event drops it.
    const ended = await rejection<ApiError>(client.patients.get(carol.id));
    expect(ended.status).toBe(404);
    await sys.admin.principals.deactivate(p.id);
    const gone = await rejection<ApiError>(client.me());
    expect(gone.status).toBe(401);
  });
});

describe('a service that does not answer', () => {
  it('gives 503 UNAVAILABLE within the timeout, and the system recovers when it is back', async () => {
    await sys.kill('profiles-svc', 'SIGKILL');
    const started = Date.now();
    const res = await sys.admin.raw<{ error: { code: string; requestId: string } }>('GET', `/v1/patients/${alice.id}`);
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(6_000);
    await sys.restart('profiles-svc');
    await expect(sys.admin.patients.get(alice.id)).resolves.toMatchObject({ id: alice.id });
  });
});

describe('Idempotency-Key', () => {
  it('answers a repeated write with the first result, refuses the key with another body, and records the replay', async () => {
    const body = patient('Idem');
    const headers = { 'idempotency-key': `create-idem-${Date.now()}` };
    const first = await sys.admin.raw<{ data: PatientDto }>('POST', '/v1/patients', { body, headers });
    expect(first.status).toBe(201);
    const again = await sys.admin.raw<{ data: PatientDto }>('POST', '/v1/patients', { body, headers });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.data.id).toBe(first.body.data.id);
    const other = await sys.admin.raw<{ error: { code: string } }>('POST', '/v1/patients', { body: { ...body, givenName: 'Other' }, headers });
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe('CONFLICT');
    const found = await sys.admin.patients.search({ q: 'Idem' });
    expect(found.data).toHaveLength(1);
    const replayed = await storedEvents({ patientId: first.body.data.id }, (evs) => evs.some((e) => e.reason === 'idempotent-replay'));
    const replay = replayed.find((e) => e.reason === 'idempotent-replay' && e.requestId === again.headers.get('x-request-id'));
    // Recorded like any access by the gateway: who, from where (IP and user agent), why.
    expect(replay).toMatchObject({ action: 'read', outcome: 'success', purposeOfUse: 'treatment', source: { service: 'gateway', ip: expect.any(String), userAgent: expect.any(String) } });
  });
});
