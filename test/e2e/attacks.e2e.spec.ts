import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { SignJWT } from 'jose';
import { ACTIONS, GLOBAL_SUBJECTS, PATIENT_SUBJECTS } from '@pg/access';
import { InternalClient, type PatientGraphClient } from '@pg/client';
import { HEADER } from '@pg/messaging';
import { LABS, PROFILES, type AuditEvent, type PatientDto, type PrincipalDto, type SearchPatientsQueryDto } from '@pg/contracts';
import { actor, natsConnection, rpcClient, TEST_NATS_URL } from '@pg/testing';
import { startSystem, type TestSystem } from '@pg/testing/system';
import { AttackSuite, verdictOf, type Principal, type Target } from '../attack-suite/attacks.js';
import { auditStream, auditUntil, failure, principal, STACK_TRACE } from '../attack-suite/helpers.js';
import { RequestCapture, replay, servicePrincipal, type ReplayResult } from '../attack-suite/nats-replay.js';
import { rimoRecords } from '../attack-suite/rimo.js';
import { isPatientScoped, isWrite, operationsOf, recordParams, type ApiOperation, type OpenApiDocument } from '../attack-suite/openapi.js';

/*
 * The attack suite against the whole system. Everything it attacks comes from /openapi.json: every operation
 * with a patient in its path is tried by every role on a patient out of its scope, every write with fields it
 * must refuse, every parameter with malformed input; every request the gateway forwarded is replayed over NATS
 * by a service principal acting for another patient. A new endpoint is attacked without editing this file.
 */

let sys: TestSystem;
let doc: OpenApiDocument;
let ops: ApiOperation[];
let capture: RequestCapture;
let captureConn: Awaited<ReturnType<typeof natsConnection>>;

const BREAK_GLASS = 'Unconscious patient brought to the emergency room';
const person = (givenName: string, familyName: string) => ({ givenName, familyName, birthDate: '1971-03-04', sexAtBirth: 'female' as const, email: `${givenName}.${familyName}@example.org`.toLowerCase() });
const structured = { collectedAt: '2026-01-05', results: [{ biomarker: 'glucose', value: 91, unit: 'mg/dL' }, { name: 'Attack marker', valueText: 'Negative' }] };

/** The world: A (bound to a patient principal), B (a clinician's and a coordinator's care team), T (the target). */
let A: PatientDto;
let B: PatientDto;
let T: PatientDto;
let Z: PatientDto;
let target: Target;
let attackers: Principal[];
/** Per home patient, record ids by path parameter name. */
const records = new Map<string, Record<string, string>>();
let clinicianP: PrincipalDto;

beforeAll(async () => {
  sys = await startSystem();
  captureConn = await natsConnection();
  capture = new RequestCapture(captureConn, sys.world.ns);
  doc = (await sys.client().raw<OpenApiDocument>('GET', '/openapi.json')).body;
  ops = operationsOf(doc);

  // A Rimo identifier each: their treatments and prescriptions come from the partner's webhook (rimoRecords).
  const rimoId = (name: string) => ({ identifiers: [{ system: 'rimo', value: `atk-rimo-${name}-${randomUUID().slice(0, 8)}` }] });
  A = await sys.admin.patients.create({ ...person('Ada', 'Homeowner'), ...rimoId('a') });
  B = await sys.admin.patients.create({ ...person('Ben', 'Teamhome'), ...rimoId('b') });
  T = await sys.admin.patients.create({ ...person('Tessa', 'Targetta'), ...rimoId('t') });
  Z = await sys.admin.patients.create(person('Zed', 'Throwaway'));

  const patA = await principal(sys, 'atk-patient-a', ['patient'], A.id);
  const clin = await principal(sys, 'atk-clinician', ['clinician']);
  clinicianP = clin.p;
  const coord = await principal(sys, 'atk-coordinator', ['coordinator']);
  const auditor = await principal(sys, 'atk-auditor', ['auditor']);
  const clinT = await principal(sys, 'atk-clinician-t', ['clinician']);
  const patT = await principal(sys, 'atk-patient-t', ['patient'], T.id);
  await sys.admin.careTeam.add(B.id, { principalId: clin.p.id, role: 'clinician' });
  await sys.admin.careTeam.add(B.id, { principalId: coord.p.id, role: 'coordinator' });
  await sys.admin.careTeam.add(T.id, { principalId: clinT.p.id, role: 'clinician' });

  // Records of each patient, made the way users make them.
  const reportOf = async (client: PatientGraphClient, patientId: string) => (await client.labs.uploadResults(patientId, structured)).id;
  const tReport = await reportOf(clinT.client, T.id);
  await reportOf(patT.client, T.id);
  const rimo = await rimoRecords(sys, [A, B, T].map((p) => ({ id: p.id, rimoId: p.identifiers[0]!.value })));
  records.set(A.id, { reportId: await reportOf(patA.client, A.id), ...rimo.get(A.id) });
  records.set(B.id, { reportId: await reportOf(clin.client, B.id), principalId: coord.p.id, ...rimo.get(B.id) });
  target = {
    patientId: T.id,
    secrets: [T.givenName, T.familyName, T.email!, tReport],
    recordIds: { reportId: tReport, principalId: clinT.p.id, id: randomUUID(), ...rimo.get(T.id)! },
  };

  const idsOf = (home: string) => () => records.get(home) ?? {};
  attackers = [
    // Each principal's column of docs/rbac.md's hand-written matrix: the suite's expected answers come from there.
    { name: 'patient', client: patA.client, column: 'patient', home: A.id, recordIdsOf: idsOf(A.id) },
    { name: 'clinician', client: clin.client, column: 'clinician', home: B.id, recordIdsOf: idsOf(B.id) },
    {
      // Break-glass binds to the patient in the path of a read: on the target T that is the break-glass column.
      name: 'clinician + break-glass',
      client: clin.client.with({ breakGlass: BREAK_GLASS }),
      column: 'clinician',
      onTarget: { column: 'clinician + break-glass', relation: 'in' },
      home: B.id,
      recordIdsOf: idsOf(B.id),
    },
    { name: 'coordinator', client: coord.client, column: 'coordinator', home: B.id, recordIdsOf: idsOf(B.id) },
    { name: 'admin', client: sys.admin, column: 'admin', home: B.id, recordIdsOf: idsOf(B.id) },
    { name: 'auditor', client: auditor.client, column: 'auditor' },
  ];
}, 120_000);

afterAll(async () => {
  capture?.stop();
  await captureConn?.close();
  await sys?.stop();
});

/** Every patient row the admin sees, all pages, as `id@version`: "nothing changed" compares these, not a count. */
async function allPatientRows(): Promise<string[]> {
  const rows: string[] = [];
  let cursor: string | null | undefined;
  do {
    const page = await sys.admin.patients.search({ limit: 200, ...(cursor ? { cursor } : {}) });
    rows.push(...page.data.map((p) => `${p.id}@${p.version}`));
    cursor = page.meta.nextCursor;
  } while (cursor);
  return rows.sort();
}

const report = (suite: AttackSuite) => suite.findings.map((f) => `${f.op} — ${f.who}: ${f.problem}`);

describe('the attack suite, driven by /openapi.json', () => {
  it('finds the operations and the access rule each declares', () => {
    const patientOps = ops.filter(isPatientScoped);
    expect(patientOps.length).toBeGreaterThanOrEqual(10);
    // Every operation but the public ones declares its rule (the gateway refuses a route without one anyway).
    expect(ops.filter((o) => !o.access).map((o) => o.label)).toEqual([]);
    expect(ops.find((o) => o.label === 'GET /v1/patients/{patientId}')).toMatchObject({ access: { action: 'read', subject: 'Patient' }, pathParams: [{ name: 'patientId' }] });
    // Every declared rule names an action and a subject of the model (a typo would make the suite's expectations wrong).
    const unknown = ops.filter((o) => !o.access?.public && (!ACTIONS.includes(o.access!.action as never) || ![...PATIENT_SUBJECTS, ...GLOBAL_SUBJECTS].includes(o.access!.subject as never)));
    expect(unknown.map((o) => `${o.label}: ${JSON.stringify(o.access)}`)).toEqual([]);
    // A patient operation is declared on a patient subject: its scope is checked against the patient in the path.
    expect(ops.filter((o) => isPatientScoped(o) && !PATIENT_SUBJECTS.includes(o.access?.subject as never)).map((o) => o.label)).toEqual([]);
  });

  it('every role, on a patient out of its scope, gets the model\'s 404 or 403 on every patient operation, no data, and a denied audit event', async () => {
    const suite = new AttackSuite(doc, ops);
    await suite.outOfScope(attackers, target);
    suite.checkAudit(await auditStream(sys));
    expect(report(suite)).toEqual([]);
    // Every patient-scoped operation was attacked by at least one role.
    expect([...suite.covered.outOfScope].sort()).toEqual(ops.filter(isPatientScoped).map((o) => o.label).sort());
    expect(suite.auditExpectations).toBeGreaterThan(ops.filter(isPatientScoped).length * 3);
  }, 120_000);

  it('a record of another patient, named under a patient in scope, is 404 with no data (object-level authorization)', async () => {
    const suite = new AttackSuite(doc, ops);
    await suite.foreignRecords(attackers, target);
    suite.checkAudit(await auditStream(sys));
    expect(report(suite)).toEqual([]);
    expect([...suite.covered.foreignRecord].sort()).toEqual(ops.filter((o) => isPatientScoped(o) && recordParams(o).length).map((o) => o.label).sort());
  }, 120_000);

  it('every write refuses unknown fields, prototype keys and fields the role may not write, and changes nothing', async () => {
    const suite = new AttackSuite(doc, ops);
    await suite.massAssignment(attackers, target);
    suite.checkAudit(await auditStream(sys));
    expect(report(suite)).toEqual([]);
    // Every write with a JSON body was tried by at least one role allowed to make it (a public partner callback has
    // no role: it is authenticated by its signature, attacked in its own tests).
    expect([...suite.covered.massAssignment].sort()).toEqual(ops.filter((o) => isWrite(o) && o.body && !o.access?.public).map((o) => o.label).sort());
  }, 120_000);

  it('every list filter on a field the role may not read (the table\'s field rules) is 403 naming it, and audited as denied', async () => {
    const suite = new AttackSuite(doc, ops);
    await suite.filters(attackers, target);
    suite.checkAudit(await auditStream(sys));
    expect(report(suite)).toEqual([]);
    // Every list that declares its filters was tried, and at least the coordinator's ?birthDate= was refused.
    expect([...suite.covered.filters].sort()).toEqual(ops.filter((o) => o.method === 'GET' && o.access?.queryFields).map((o) => o.label).sort());
    expect(suite.covered.filters).toContain('GET /v1/patients');
    expect(suite.auditExpectations).toBeGreaterThanOrEqual(1);
  }, 120_000);

    it('malformed ids and dates, SQL metacharacters and control characters get a clear 4xx (or an in-scope answer), never a 5xx or a stack', async () => {
    const suite = new AttackSuite(doc, ops);
    await suite.input(attackers, target);
    expect(report(suite)).toEqual([]);
    const declared = ops.filter((o) => !o.access?.public);
    expect([...suite.covered.input].sort()).toEqual(declared.map((o) => o.label).sort());
  }, 180_000);

  it('the model and the gateway agree on every patient operation for the target\'s own clinician (the suite is not refusing everything)', async () => {
    // The positive control: the same requests by someone in scope are not refused for scope.
    const clinT: Principal = { name: 'target clinician', client: sys.client(await sys.tokenFor('atk-clinician-t')), column: 'clinician' };
    const suite = new AttackSuite(doc, ops);
    const reads = ops.filter((o) => isPatientScoped(o) && o.method === 'GET' && verdictOf(o.access, 'clinician', 'in') === 'allow');
    expect(reads.length).toBeGreaterThan(3);
    const sent: { op: string; requestId: string; status: number }[] = [];
    for (const op of reads) {
      const { res, requestId } = await suite.send(clinT, op, { ...target.recordIds, patientId: T.id });
      sent.push({ op: op.label, requestId, status: res.status });
    }
    // Mostly 200; a 404 of a missing sample (an unknown biomarker) is fine, a refusal is not.
    expect(sent.filter((s) => s.status !== 200 && s.status !== 404)).toEqual([]);
    expect(sent.filter((s) => s.status === 200).length).toBeGreaterThan(3);
    const events = await auditStream(sys);
    expect(sent.filter((s) => events.some((e) => e.requestId === s.requestId && e.outcome === 'denied')).map((s) => s.op)).toEqual([]);
  });
});

describe('service principals over NATS', () => {
  it('a context for one patient is refused on another, for every request the gateway forwarded, and each refusal is audited', async () => {
    // Every patient operation once, in scope, so that each handler's request shape is captured.
    const clinZ = await principal(sys, 'atk-clinician-z', ['clinician']);
    const patZ = await principal(sys, 'atk-patient-z', ['patient'], Z.id);
    await sys.admin.careTeam.add(Z.id, { principalId: clinZ.p.id, role: 'clinician' });
    const zReport = (await clinZ.client.labs.uploadResults(Z.id, structured)).id;
    const legit: Principal[] = [
      { name: 'z clinician', client: clinZ.client, column: 'clinician' },
      { name: 'z patient', client: patZ.client, column: 'patient' },
      { name: 'admin', client: sys.admin, column: 'admin' },
    ];
    const suite = new AttackSuite(doc, ops);
    const patientOps = ops.filter(isPatientScoped).sort((a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'));
    for (const op of patientOps) {
      const p = legit.find((x) => verdictOf(op.access, x.column, 'in') === 'allow');
      if (p) await suite.send(p, op, { patientId: Z.id, reportId: zReport, principalId: clinZ.p.id });
    }
    const captured = capture.patientRequests();
    expect(captured.map((c) => c.pattern)).toEqual(expect.arrayContaining([PROFILES.patientGet, PROFILES.patientUpdate, LABS.reportGet, LABS.resultSearch]));

    const rpc = await rpcClient(sys.world);
    const results: ReplayResult[] = [];
    try {
      // Positive control: on behalf of Z, Z's profile is served.
      const own = await replay(rpc, { pattern: PROFILES.patientGet, data: { patientId: Z.id } }, Z.id, servicePrincipal(Z.id));
      expect(own.outcome).toBe('success');
      for (const req of captured) results.push(await replay(rpc, req, T.id, servicePrincipal(Z.id)));
    } finally {
      await rpc.close();
    }
    const served = results.filter((r) => !['NOT_FOUND', 'FORBIDDEN'].includes(r.outcome));
    expect(served.map((r) => `${r.pattern}: ${r.outcome}`)).toEqual([]);
    expect(JSON.stringify(results)).not.toContain(T.familyName);
    const events = await auditStream(sys);
    const undenied = results.filter((r) => !events.some((e) => e.requestId === r.requestId && e.outcome === 'denied' && e.actor.onBehalfOf === Z.id));
    expect(undenied.map((r) => r.pattern)).toEqual([]);
  }, 120_000);

  it('refuses a missing, forged, expired or replayed context, and a service without the scope, and audits each', async () => {
    const rpc = await rpcClient(sys.world);
    const signer = sys.world.signer;
    const send = (h: ReturnType<typeof natsHeaders>) => rpc.requestRaw(PROFILES.patientGet, { patientId: T.id }, h).then(() => 'success', (e: { code?: string }) => e.code);
    const headersFor = (requestId: string, encoded?: string, signature?: string) => {
      const h = natsHeaders();
      h.set(HEADER.requestId, requestId);
      if (encoded) h.set(HEADER.actor, encoded);
      if (signature) h.set(HEADER.signature, signature);
      return h;
    };
    const admin = actor(['admin']);
    const ids = { missing: `atk-${randomUUID()}`, forged: `atk-${randomUUID()}`, expired: `atk-${randomUUID()}`, replayed: `atk-${randomUUID()}`, unscoped: `atk-${randomUUID()}` };
    try {
      expect(await send(headersFor(ids.missing))).toBe('UNAUTHENTICATED');
      const genuine = signer.sign(admin, ids.forged, PROFILES.patientGet);
      const forged = Buffer.from(JSON.stringify({ actor: { ...admin, roles: ['admin', 'clinician'], careTeam: [T.id] }, requestId: ids.forged, exp: Date.now() + 60_000 })).toString('base64url');
      expect(await send(headersFor(ids.forged, forged, genuine.signature))).toBe('UNAUTHENTICATED');
      const old = signer.sign(admin, ids.expired, PROFILES.patientGet, Date.now() - 5 * 60_000);
      expect(await send(headersFor(ids.expired, old.encoded, old.signature))).toBe('UNAUTHENTICATED');
      // A context captured from one request, replayed under another request id.
      const captured = signer.sign(admin, `atk-${randomUUID()}`, PROFILES.patientGet);
      expect(await send(headersFor(ids.replayed, captured.encoded, captured.signature))).toBe('UNAUTHENTICATED');
      // Properly signed, but the service principal's scopes do not reach profiles.
      await expect(rpc.request(PROFILES.patientGet, { patientId: T.id }, servicePrincipal(T.id, ['labs:read']), { requestId: ids.unscoped })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    } finally {
      await rpc.close();
    }
    const events = await auditStream(sys);
    const reasonOf = (id: string) => events.filter((e) => e.requestId === id && e.outcome === 'denied').map((e) => e.reason);
    expect(reasonOf(ids.missing)).toEqual(['context-missing']);
    expect(reasonOf(ids.forged)).toEqual(['context-bad-signature']);
    expect(reasonOf(ids.expired)).toEqual(['context-expired']);
    expect(reasonOf(ids.replayed)).toEqual(['context-request-mismatch']);
    expect(reasonOf(ids.unscoped)).toEqual(['FORBIDDEN']);
  });
});

describe('token attacks', () => {
  it('alg none, HS256 signed with the public key, expired, nbf ahead, wrong iss or aud, an altered payload and a deactivated principal: all 401, all failed logins', async () => {
    const publicPem = await readFile(sys.world.env.AUTH_PUBLIC_KEY_FILE!, 'utf8');
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: 'e2e-admin', iss: 'patient-graph-dev', aud: 'patient-graph', exp: now + 3600 };
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const hs256 = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', kid: 'dev' }).sign(new TextEncoder().encode(publicPem));
    const altered = (await sys.tokens.mint({ sub: 'atk-patient-a' })).split('.');
    altered[1] = b64({ ...JSON.parse(Buffer.from(altered[1]!, 'base64url').toString()), sub: 'e2e-admin' });
    const doomed = await principal(sys, 'atk-doomed', ['clinician']);
    const doomedToken = await sys.tokenFor('atk-doomed');
    await expect(doomed.client.me()).resolves.toMatchObject({ subject: 'atk-doomed' });
    await sys.admin.principals.deactivate(doomed.p.id);

    const cases: Record<string, string> = {
      algNone: `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`,
      hs256WithPublicKey: hs256,
      expired: await sys.tokens.mint({ sub: 'e2e-admin', ttlSeconds: -60 }),
      notYetValid: await sys.tokens.mint({ sub: 'e2e-admin', nbfSeconds: 600 }),
      wrongIssuer: await sys.tokens.mint({ sub: 'e2e-admin', issuer: 'https://evil.example' }),
      wrongAudience: await sys.tokens.mint({ sub: 'e2e-admin', audience: 'another-api' }),
      altered: altered.join('.'),
      deactivated: doomedToken,
    };
    const requestIds: Record<string, string> = {};
    for (const [name, token] of Object.entries(cases)) {
      requestIds[name] = `atk-login-${name}-${randomUUID()}`;
      const res = await sys.client(token).raw<{ error: { code: string } }>('GET', `/v1/patients/${T.id}`, { headers: { 'x-request-id': requestIds[name]! } });
      expect({ name, status: res.status, code: res.body.error?.code }).toEqual({ name, status: 401, code: 'UNAUTHENTICATED' });
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect(JSON.stringify(res.body)).not.toMatch(new RegExp(`${T.familyName}|stack`));
    }
    const events = await auditStream(sys);
    const reasons = Object.fromEntries(Object.entries(requestIds).map(([name, id]) => [name, events.filter((e) => e.requestId === id && e.action === 'login' && e.outcome === 'denied').map((e) => e.reason)]));
    expect(reasons).toEqual({
      algNone: ['token-bad-algorithm'],
      hs256WithPublicKey: ['token-bad-algorithm'],
      expired: ['token-expired'],
      notYetValid: ['token-not-yet-valid'],
      wrongIssuer: ['token-bad-claims'],
      wrongAudience: ['token-bad-claims'],
      altered: ['token-bad-signature'],
      deactivated: ['unknown-principal'],
    });
  });
});

describe('input limits', () => {
  it('answers an oversized body with 413, deep nesting and prototype keys with 400, all in API.md\'s error body, changing nothing', async () => {
    const before = await allPatientRows();
    const post = (body: string) => sys.admin.raw<{ error: { code: string; details?: { field: string; message: string }[] } }>('POST', '/v1/patients', { body, headers: { 'content-type': 'application/json' } });
    const valid = JSON.stringify(person('Nested', 'Attempt')).slice(1, -1);
    const big = await post(JSON.stringify({ ...person('Big', 'Body'), note: 'x'.repeat(1_100_000) }));
    expect([big.status, big.body.error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const deep = await post(`{${valid},"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    expect([deep.status, deep.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(deep.body.error.details?.[0]?.message).toMatch(/nested deeper than 32/);
    const deepObject = await post(`{${valid},"address":${'{"a":'.repeat(40)}1${'}'.repeat(40)}}`);
    expect(deepObject.status).toBe(400);
    for (const poisoned of [`{${valid},"__proto__":{"isAdmin":true}}`, `{${valid},"constructor":{"prototype":{"isAdmin":true}}}`]) {
      const res = await post(poisoned);
      expect([res.status, res.body.error.code, res.body.error.details?.[0]?.field]).toEqual([400, 'VALIDATION_FAILED', 'body']);
    }
    for (const res of [big, deep, deepObject]) expect(JSON.stringify(res.body)).not.toMatch(STACK_TRACE);
    expect(await allPatientRows()).toEqual(before);
  });

  it('keeps legitimate but unusual Unicode exactly as sent', async () => {
    const odd = { givenName: 'Zoë\u200d👩‍⚕️', familyName: 'O\u2019Brien-\u05e9\u05dc\u05d5\u05dd \u202eevil' };
    const created = await sys.admin.patients.create({ ...person('x', 'y'), ...odd, email: undefined });
    expect(await sys.admin.patients.get(created.id)).toMatchObject(odd);
  });

  it('a forged cursor is refused with 400 (it cannot widen a list)', async () => {
    const clinician = sys.client(await sys.tokenFor('atk-clinician'));
    for (const cursor of [
      Buffer.from(JSON.stringify(['a', 'b', "c' OR 1=1 --"])).toString('base64url'),
      Buffer.from(JSON.stringify(['Targetta', 'Tessa', T.id])).toString('base64url'),
      Buffer.from('{"patientId":{"$ne":null}}').toString('base64url'),
    ]) {
      const res = await clinician.raw<{ data?: PatientDto[] }>('GET', '/v1/patients', { query: { cursor } });
      expect(res.status === 400 || (res.status === 200 && !JSON.stringify(res.body).includes(T.familyName))).toBe(true);
      expect(res.status).toBeLessThan(500);
    }
  });
});

describe('lists are scoped in SQL', () => {
  it('a page, a cursor and a search by the target\'s own name or email never reveal the target', async () => {
    const clinician = sys.client(await sys.tokenFor('atk-clinician'));
    const queries: SearchPatientsQueryDto[] = [{ q: T.familyName }, { q: T.email! }, { q: 'T' }, { birthDate: '1971-03-04' }, { status: 'active' }, { limit: 1 }];
    for (const query of queries) {
      let cursor: string | null | undefined;
      const seen: string[] = [];
      do {
        const page = await clinician.patients.search({ ...query, ...(cursor ? { cursor } : {}) });
        seen.push(...page.data.map((p) => p.id!));
        cursor = page.meta.nextCursor;
      } while (cursor);
      expect(seen.filter((id) => id !== B.id)).toEqual([]);
    }
  });

  it('reads of a coordinator are filtered to non-clinical fields, and a patient writing their tier is 403 with nothing changed', async () => {
    const coordinator = sys.client(await sys.tokenFor('atk-coordinator'));
    const seen = await coordinator.patients.get(B.id);
    expect(seen).toMatchObject({ id: B.id, givenName: 'Ben' });
    expect(Object.keys(seen)).not.toEqual(expect.arrayContaining(['birthDate']));
    const patient = sys.client(await sys.tokenFor('atk-patient-a'));
    const before = await patient.patients.get(A.id);
    const refused = await failure(patient.patients.update(A.id, { subscriptionTier: 'concierge', email: 'new@example.org' }));
    expect([refused.status, refused.body.error.details?.map((d) => d.field)]).toEqual([403, ['subscriptionTier']]);
    expect(await patient.patients.get(A.id)).toEqual(before);
    await expect(patient.patients.update(A.id, { email: 'ada.new@example.org' })).resolves.toMatchObject({ email: 'ada.new@example.org' });
  });

  it('break-glass reads are allowed, flagged with the reason, and listable for review', async () => {
    const glass = sys.client(await sys.tokenFor('atk-clinician')).with({ breakGlass: BREAK_GLASS });
    const res = await glass.raw('GET', `/v1/patients/${T.id}`, { headers: { 'x-request-id': `atk-glass-${randomUUID()}` } });
    expect(res.status).toBe(200);
    const requestId = res.headers.get('x-request-id')!;
    const events = await auditUntil(sys, (evs) => evs.some((e) => e.requestId === requestId));
    expect(events.find((e) => e.requestId === requestId)).toMatchObject({ outcome: 'success', breakGlass: { reason: BREAK_GLASS }, resource: { patientId: T.id } });
    const short = await sys.client(await sys.tokenFor('atk-clinician')).with({ breakGlass: 'too short' }).raw('GET', `/v1/patients/${T.id}`);
    expect(short.status).toBe(400);
    const auditor = sys.client(await sys.tokenFor('atk-auditor'));
    const deadline = Date.now() + 10_000;
    let listed = false;
    while (!listed && Date.now() < deadline) {
      listed = (await auditor.audit.events({ breakGlass: true, patientId: T.id, limit: 200 })).data.some((e) => e.requestId === requestId);
      if (!listed) await new Promise((r) => setTimeout(r, 100));
    }
    expect(listed).toBe(true);
    expect(clinicianP.roles).toEqual(['clinician']);
  });
});

describe('break-glass reads one record, never a list (issue 8, item 1)', () => {
  const rid = (what: string) => `atk-${what}-${randomUUID()}`;
  // The events of one request, once one that `wanted` picks is stored. A request may also carry the gateway's
  // resolution of its principal (a `login` of the principal, when the gateway's cache of it had expired).
  const eventsOf = async (requestId: string, wanted: (e: AuditEvent) => boolean = () => true) =>
    (await auditUntil(sys, (evs) => evs.some((e) => e.requestId === requestId && wanted(e)))).filter((e) => e.requestId === requestId);
  const notLogin = (e: AuditEvent) => e.action !== 'login';

  it('on a search it is ignored: only the care team comes back, and the search event says the break-glass was refused', async () => {
    const glass = sys.client(await sys.tokenFor('atk-clinician')).with({ breakGlass: BREAK_GLASS });
    const searches: string[] = [];
    for (const query of [{ q: T.familyName }, { q: 'T' }, { status: 'active' }]) {
      const requestId = rid('glass-search');
      const res = await glass.raw<{ data: PatientDto[]; meta: { nextCursor: string | null } }>('GET', '/v1/patients', { query: { ...query, limit: '200' }, headers: { 'x-request-id': requestId } });
      expect(res.status).toBe(200);
      expect(res.body.data.map((p) => p.id).filter((id) => id !== B.id)).toEqual([]);
      expect(res.body.meta.nextCursor).toBeNull();
      expect(JSON.stringify(res.body)).not.toContain(T.familyName);
      const events = await eventsOf(requestId);
      const search = events.find((e) => e.action === 'search' && !e.resource.patientId);
      expect(search).toMatchObject({ outcome: 'success', breakGlass: { reason: BREAK_GLASS, refused: true } });
      expect(events.filter((e) => e.resource.patientId && e.resource.patientId !== B.id)).toEqual([]);
      searches.push(requestId);
    }
    // Stored, and listed for the auditors' review with the refusal visible.
    const auditor = sys.client(await sys.tokenFor('atk-auditor'));
    const deadline = Date.now() + 10_000;
    let listed: { requestId: string; breakGlass?: { reason: string; refused?: boolean } }[] = [];
    while (Date.now() < deadline) {
      listed = (await auditor.audit.events({ breakGlass: true, actorId: clinicianP.id, action: 'search', limit: 200 })).data.filter((e) => searches.includes(e.requestId));
      if (new Set(listed.map((e) => e.requestId)).size >= searches.length) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect([...new Set(listed.filter((e) => e.breakGlass?.refused === true).map((e) => e.requestId))].sort()).toEqual([...searches].sort());
  });

  it('on a read of one patient off the care team it works and is flagged; a write with it is still refused', async () => {
    const glass = sys.client(await sys.tokenFor('atk-clinician')).with({ breakGlass: BREAK_GLASS });
    const readId = rid('glass-read');
    const read = await glass.raw<{ data: PatientDto }>('GET', `/v1/patients/${T.id}`, { headers: { 'x-request-id': readId } });
    expect([read.status, read.body.data?.id, read.body.data?.birthDate]).toEqual([200, T.id, '1971-03-04']);
    const events = (await eventsOf(readId, (e) => e.action === 'read')).filter(notLogin);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({ action: 'read', outcome: 'success', breakGlass: { reason: BREAK_GLASS }, resource: { patientId: T.id } });
    expect(event!.breakGlass).not.toHaveProperty('refused');
    // The lab results of that one patient are a read of that patient's record too.
    const labs = await glass.raw('GET', `/v1/patients/${T.id}/lab-results`);
    expect(labs.status).toBe(200);
    // Its access log stays with the care team; a write gains nothing.
    expect((await glass.raw('GET', `/v1/patients/${T.id}/access-log`)).status).toBe(404);
    const writeId = rid('glass-write');
    const write = await glass.raw('POST', `/v1/patients/${T.id}/lab-reports`, { body: structured, headers: { 'content-type': 'application/json', 'x-request-id': writeId } });
    expect(write.status).toBe(404);
    expect((await eventsOf(writeId, (e) => e.outcome === 'denied')).filter(notLogin)).toEqual([expect.objectContaining({ outcome: 'denied', breakGlass: { reason: BREAK_GLASS, refused: true } })]);
  });

  it('a coordinator\'s break-glass header is ignored: not flagged, and it opens nothing', async () => {
    const coord = sys.client(await sys.tokenFor('atk-coordinator')).with({ breakGlass: BREAK_GLASS });
    const ownId = rid('coord-glass');
    expect((await coord.raw('GET', `/v1/patients/${B.id}`, { headers: { 'x-request-id': ownId } })).status).toBe(200);
    const offId = rid('coord-glass-off');
    expect((await coord.raw('GET', `/v1/patients/${T.id}`, { headers: { 'x-request-id': offId } })).status).toBe(404);
    for (const id of [ownId, offId]) {
      const events = await eventsOf(id);
      expect(events.length).toBeGreaterThan(0);
      expect(events.filter((e) => e.breakGlass)).toEqual([]);
    }
  });

  it('stores a 300-character reason as its first 200 characters', async () => {
    const reason = `Emergency: ${'x'.repeat(189)}${'y'.repeat(100)}`;
    expect(reason.length).toBe(300);
    const requestId = rid('glass-long');
    const res = await sys.client(await sys.tokenFor('atk-clinician')).with({ breakGlass: reason }).raw('GET', `/v1/patients/${T.id}`, { headers: { 'x-request-id': requestId } });
    expect(res.status).toBe(200);
    const auditor = sys.client(await sys.tokenFor('atk-auditor'));
    const deadline = Date.now() + 10_000;
    let stored: { breakGlass?: { reason: string } } | undefined;
    while (!stored && Date.now() < deadline) {
      stored = (await auditor.audit.events({ breakGlass: true, patientId: T.id, limit: 200 })).data.find((e) => e.requestId === requestId);
      if (!stored) await new Promise((r) => setTimeout(r, 100));
    }
    expect(stored?.breakGlass?.reason).toBe(`Emergency: ${'x'.repeat(189)}`);
  });
});

describe('field rules on filters and writes (issue 8, items 2 and 3)', () => {
  it('a coordinator filtering on birth date gets 403 naming the filter, no data, and a denied audit event', async () => {
    const coordinator = sys.client(await sys.tokenFor('atk-coordinator'));
    const requestId = `atk-coord-birthdate-${randomUUID()}`;
    const res = await coordinator.raw<{ error: { code: string; details?: { field: string }[] }; data?: unknown }>('GET', '/v1/patients', { query: { birthDate: '1971-03-04' }, headers: { 'x-request-id': requestId } });
    expect([res.status, res.body.error?.code, res.body.error?.details?.map((d) => d.field)]).toEqual([403, 'FORBIDDEN', ['birthDate']]);
    expect(res.body).not.toHaveProperty('data');
    // The request may also carry the gateway's resolution of the coordinator (a `login` of the principal, when the
    // gateway's cache of it had expired: a slow run), as in the break-glass tests.
    const events = (await auditUntil(sys, (evs) => evs.some((e) => e.requestId === requestId && e.action === 'search'))).filter((e) => e.requestId === requestId && e.action !== 'login');
    expect(events).toEqual([expect.objectContaining({ action: 'search', outcome: 'denied', reason: 'FORBIDDEN' })]);
    // Filters on fields it reads still work.
    expect((await coordinator.patients.search({ q: 'Teamhome' })).data.map((p) => p.id)).toEqual([B.id]);
  });

  it('a patient writing tier, status or identifiers gets 403 (not 400, even with a value that would not validate), and the row keeps its version', async () => {
    const patient = sys.client(await sys.tokenFor('atk-patient-a'));
    const before = await sys.admin.patients.get(A.id);
    const bodies = [
      { subscriptionTier: 'concierge' }, { status: 'inactive' }, { identifiers: [{ system: 'mrn', value: 'A-1' }] },
      { status: 'deleted' }, { identifiers: 'not-a-list' },
    ];
    for (const body of bodies) {
      const res = await patient.raw<{ error: { code: string; details?: { field: string }[] } }>('PATCH', `/v1/patients/${A.id}`, { body, headers: { 'content-type': 'application/json' } });
      expect([JSON.stringify(body), res.status, res.body.error?.code, res.body.error?.details?.map((d) => d.field)]).toEqual([JSON.stringify(body), 403, 'FORBIDDEN', Object.keys(body)]);
    }
    const after = await sys.admin.patients.get(A.id);
    expect([after.version, after.subscriptionTier, after.status, after.identifiers]).toEqual([before.version, before.subscriptionTier, before.status, before.identifiers]);
    expect(after).toEqual(before);
  });
});

describe('service principals (issue 8: who identity-svc says they are)', () => {
  it('get a secret once, cannot use a user token at the gateway, and reach services only through identity-svc\'s credential', async () => {
    const svc = await sys.admin.principals.create({ subject: 'service:atk-assistant', displayName: 'Assistant', kind: 'service', roles: ['service'], scopes: ['profiles:read'] });
    expect(svc.clientSecret).toMatch(/^pgs_/);
    expect(await sys.admin.principals.get(svc.id)).not.toHaveProperty('clientSecret');
    const rotated = await sys.admin.principals.rotateSecret(svc.id);
    expect(rotated.clientSecret).not.toBe(svc.clientSecret);

    // A user token for the service's subject: the gateway signs user contexts only.
    const requestId = `atk-svc-token-${randomUUID()}`;
    const res = await sys.client(await sys.tokenFor('service:atk-assistant')).raw<{ error: { code: string } }>('GET', `/v1/patients/${A.id}`, { headers: { 'x-request-id': requestId } });
    expect([res.status, res.body.error?.code]).toEqual([401, 'UNAUTHENTICATED']);
    const events = await auditUntil(sys, (es) => es.some((e) => e.requestId === requestId));
    // identity-svc resolved the subject (its own login record); the gateway refused it.
    expect(events.filter((e) => e.requestId === requestId && e.source.service === 'gateway').map((e) => [e.action, e.outcome, e.reason])).toEqual([['login', 'denied', 'service-principal']]);

    // Over NATS with the rotated secret, against the apps as launched (each private key in its one app).
    const client = await InternalClient.connect({ natsUrl: TEST_NATS_URL, namespace: sys.world.namespace, subject: 'service:atk-assistant', secret: rotated.clientSecret! });
    try {
      await expect(client.request(PROFILES.patientGet, { patientId: A.id }, { onBehalfOf: A.id })).resolves.toMatchObject({ id: A.id });
      await expect(client.request(PROFILES.patientGet, { patientId: T.id }, { onBehalfOf: A.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      await client.close();
    }
    const stale = await InternalClient.connect({ natsUrl: TEST_NATS_URL, namespace: sys.world.namespace, subject: 'service:atk-assistant', secret: svc.clientSecret! });
    try {
      await expect(stale.request(PROFILES.patientGet, { patientId: A.id }, { onBehalfOf: A.id })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    } finally {
      await stale.close();
    }
  });
});
