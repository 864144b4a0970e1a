import { randomUUID } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { Redis } from 'ioredis';
import { PatientGraphClient } from '@pg/client';
import { LABS_JOBS, type LabReportDto, type PatientDto } from '@pg/contracts';
import { natsConnection } from '@pg/testing';
import { startSystem, type TestSystem } from '@pg/testing/system';
import { renderTextAsPdf } from '../../apps/labs-svc/src/testing/lab-pdf.renderer.js';
import { startExtraGateway, type ExtraGateway } from '../attack-suite/extra-gateway.js';

/*
 * Idempotency-Key across gateway replicas and restarts (docs/api.md): the keys and their first answers live in
 * Redis, so a retry that reaches another replica, or comes after a restart, gets the first answer and creates
 * nothing. And the lab upload pipeline's ownership of originals: a forwarded upload whose answer timed out at the
 * gateway keeps its file. (Redis runs on 127.0.0.1:6379 here; .ci/run starts it.)
 */

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** labs-svc takes this long over each upload (NODE_ENV=test only), so a gateway with a short RPC timeout gives up first. */
const LABS_CREATE_DELAY_MS = 1000;

let sys: TestSystem;
let second: ExtraGateway;
let impatient: ExtraGateway;
let token: string;
let gw1: PatientGraphClient;
let gw2: PatientGraphClient;
/** A clinician on Alice's care team, on each replica (admins do not upload lab reports). */
let clinToken: string;
let clin1: PatientGraphClient;
let clin2: PatientGraphClient;
let alice: PatientDto;

const person = (familyName: string, givenName = 'Ida') => ({ givenName, familyName, birthDate: '1980-02-29', sexAtBirth: 'female' as const });

/** Every patient id found by this family name (each test uses a name of its own), across all pages. */
async function patientIds(familyName: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await sys.admin.patients.search({ q: familyName, limit: 100, ...(cursor ? { cursor } : {}) });
    ids.push(...page.data.map((p) => p.id!));
    cursor = page.meta.nextCursor ?? undefined;
  } while (cursor);
  return ids.sort();
}

/** Every lab report id of a patient, across all pages. */
async function reportIds(patientId: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await clin1.labs.reports(patientId, { limit: 100, ...(cursor ? { cursor } : {}) });
    ids.push(...page.data.map((r) => r.id));
    cursor = page.meta.nextCursor ?? undefined;
  } while (cursor);
  return ids.sort();
}

function pdfForm(pdf: Uint8Array, fileName = 'results.pdf'): FormData {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), fileName);
  return form;
}

/** A multipart upload with an Idempotency-Key (each call builds its own form: a new multipart boundary each time). */
async function uploadPdf(client: PatientGraphClient, key: string, pdf: Uint8Array) {
  const res = await client.with({ headers: { 'idempotency-key': key } }).labs.fetch('POST', `/v1/patients/${alice.id}/lab-reports`, pdfForm(pdf));
  return { status: res.status, headers: res.headers, body: (await res.json()) as { data: LabReportDto; error?: { code: string } } };
}

beforeAll(async () => {
  sys = await startSystem({ REDIS_URL, LABS_CREATE_TEST_DELAY_MS: String(LABS_CREATE_DELAY_MS) });
  second = await startExtraGateway(sys);
  token = await sys.tokenFor('e2e-admin');
  gw1 = sys.client(token);
  gw2 = new PatientGraphClient(second.url, { token });
  alice = await sys.admin.patients.create(person(`Uploader${Date.now()}`, 'Alice'));
  const dr = await sys.admin.principals.create({ subject: 'dr-idem', displayName: 'Dr Idem', roles: ['clinician'] });
  await sys.admin.careTeam.add(alice.id, { principalId: dr.id, role: 'clinician' });
  clinToken = await sys.tokenFor('dr-idem');
  clin1 = sys.client(clinToken);
  clin2 = new PatientGraphClient(second.url, { token: clinToken });
}, 120_000);

afterAll(async () => {
  await impatient?.stop();
  await second?.stop();
  await sys?.stop();
  if (sys) {
    const nc = await natsConnection();
    const jsm = await jetstreamManager(nc);
    for (const s of [sys.world.ns.stream(LABS_JOBS.stream), `OBJ_${sys.world.ns.stream(LABS_JOBS.fileBucket)}`]) await jsm.streams.delete(s).catch(() => undefined);
    await nc.close();
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`pg:${sys.world.namespace}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  }
});

describe('Idempotency-Key across two gateway replicas (Redis)', () => {
  it('a create repeated on the other replica gets the first answer, and one patient exists', async () => {
    const name = `Replica${Date.now()}`;
    const headers = { 'idempotency-key': `create-${randomUUID()}` };
    expect(await patientIds(name)).toEqual([]);
    const first = await gw1.raw<{ data: PatientDto }>('POST', '/v1/patients', { body: person(name), headers });
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const again = await gw2.raw<{ data: PatientDto }>('POST', '/v1/patients', { body: person(name), headers });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('location')).toBe(`/v1/patients/${first.body.data.id}`);
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(await patientIds(name)).toEqual([first.body.data.id]);
  });

  it('concurrent duplicates on both replicas: one creation, every caller gets the same answer', async () => {
    const name = `Concurrent${Date.now()}`;
    const headers = { 'idempotency-key': `race-${randomUUID()}` };
    const answers = await Promise.all([gw1, gw2, gw1, gw2].map((c) => c.raw<{ data: PatientDto }>('POST', '/v1/patients', { body: person(name), headers })));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201]);
    const ids = new Set(answers.map((a) => a.body.data.id));
    expect(ids.size).toBe(1);
    // One of them ran; the others waited for it and got its answer.
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true')).toHaveLength(3);
    expect(await patientIds(name)).toEqual([...ids]);
  });

  it('the same key with a different body is 409 CONFLICT on either replica, and creates nothing', async () => {
    const name = `Differ${Date.now()}`;
    const headers = { 'idempotency-key': `differ-${randomUUID()}` };
    const first = await gw1.raw<{ data: PatientDto }>('POST', '/v1/patients', { body: person(name), headers });
    expect(first.status).toBe(201);
    for (const client of [gw1, gw2]) {
      const other = await client.raw<{ error: { code: string; message: string } }>('POST', '/v1/patients', { body: person(name, 'Other'), headers });
      expect([other.status, other.body.error.code]).toEqual([409, 'CONFLICT']);
    }
    expect(await patientIds(name)).toEqual([first.body.data.id]);
  });

  it('a multipart lab upload repeated with the same bytes is one report; one byte changed is 409', async () => {
    const pdf = await renderTextAsPdf(`Date Collected: 03/03/2024\nPotassium 4.1 mmol/L 3.5-5.1\nSodium 13${Date.now() % 10} mmol/L 136-145\n`);
    const key = `upload-${randomUUID()}`;
    const before = await reportIds(alice.id);
    const first = await uploadPdf(clin1, key, pdf);
    expect(first.status).toBe(202);
    const again = await uploadPdf(clin2, key, pdf);
    expect(again.status).toBe(202);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.data.id).toBe(first.body.data.id);
    expect(again.headers.get('location')).toBe(`/v1/patients/${alice.id}/lab-reports/${first.body.data.id}`);
    expect(await reportIds(alice.id)).toEqual([...before, first.body.data.id].sort());

    const changed = Uint8Array.from(pdf);
    changed[changed.length - 2] = changed[changed.length - 2]! ^ 0x01; // one bit of one byte near the end
    for (const client of [clin1, clin2]) {
      const other = await uploadPdf(client, key, changed);
      expect([other.status, other.body.error?.code]).toEqual([409, 'CONFLICT']);
    }
    expect(await reportIds(alice.id)).toEqual([...before, first.body.data.id].sort());
  });

  it('concurrent multipart duplicates on both replicas make one report', async () => {
    const pdf = await renderTextAsPdf('Date Collected: 04/04/2024\nGlucose 91 mg/dL 70-99\n');
    const key = `upload-race-${randomUUID()}`;
    const before = await reportIds(alice.id);
    const answers = await Promise.all([uploadPdf(clin1, key, pdf), uploadPdf(clin2, key, pdf)]);
    expect(answers.map((a) => a.status)).toEqual([202, 202]);
    expect(answers[1]!.body.data.id).toBe(answers[0]!.body.data.id);
    expect(await reportIds(alice.id)).toEqual([...before, answers[0]!.body.data.id].sort());
  });

  it('a key outlives a gateway restart: the replay after it creates nothing', async () => {
    const name = `Restart${Date.now()}`;
    const headers = { 'idempotency-key': `restart-${randomUUID()}` };
    const first = await gw1.raw<{ data: PatientDto }>('POST', '/v1/patients', { body: person(name), headers });
    expect(first.status).toBe(201);
    await sys.kill('gateway');
    await sys.restart('gateway');
    const again = await gw1.raw<{ data: PatientDto }>('POST', '/v1/patients', { body: person(name), headers });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.data.id).toBe(first.body.data.id);
    expect(await patientIds(name)).toEqual([first.body.data.id]);
  });

  it('a failed first attempt frees the key: the retry with the same key runs', async () => {
    const name = `Retry${Date.now()}`;
    const headers = { 'idempotency-key': `retry-${randomUUID()}` };
    await sys.kill('profiles-svc', 'SIGKILL');
    const failed = await gw1.raw<{ error: { code: string } }>('POST', '/v1/patients', { body: person(name), headers });
    expect([failed.status, failed.body.error.code]).toEqual([503, 'UNAVAILABLE']);
    await sys.restart('profiles-svc');
    const retry = await gw2.raw<{ data: PatientDto }>('POST', '/v1/patients', { body: person(name), headers });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
    expect(await patientIds(name)).toEqual([retry.body.data.id]);
  });
});

describe('Idempotency-Key when Redis cannot be reached', () => {
  it('a write with a key is 503 UNAVAILABLE and does nothing; a write without one still works', async () => {
    // A replica whose Redis is a closed port.
    const cut = await startExtraGateway(sys, { REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const client = new PatientGraphClient(cut.url, { token });
      const name = `NoRedis${Date.now()}`;
      const keyed = await client.raw<{ error: { code: string; message: string } }>('POST', '/v1/patients', {
        body: person(name), headers: { 'idempotency-key': `down-${randomUUID()}` },
      });
      expect([keyed.status, keyed.body.error.code]).toEqual([503, 'UNAVAILABLE']);
      expect(JSON.stringify(keyed.body)).not.toMatch(/ECONNREFUSED|at .*\.js/);
      expect(await patientIds(name)).toEqual([]);
      const plain = await client.raw<{ data: PatientDto }>('POST', '/v1/patients', { body: person(name) });
      expect(plain.status).toBe(201);
      expect(await patientIds(name)).toEqual([plain.body.data.id]);
    } finally {
      await cut.stop();
    }
  });
});

describe('lab originals belong to labs-svc once forwarded', () => {
  it('an upload whose answer timed out at the gateway still has its file when the report exists; its retry makes no second report', async () => {
    // A replica that gives up on labs-svc long before labs-svc is done with the upload.
    impatient = await startExtraGateway(sys, { RPC_TIMEOUT_MS: '200' });
    const pdf = await renderTextAsPdf('Date Collected: 05/05/2024\nSodium 140 mmol/L 136-145\n');
    const key = `timeout-${randomUUID()}`;
    const before = await reportIds(alice.id);
    const res = await uploadPdf(new PatientGraphClient(impatient.url, { token: clinToken }), key, pdf);
    expect([res.status, res.body.error?.code]).toEqual([503, 'UNAVAILABLE']);
    // labs-svc goes on and commits the report (a poll, bounded generously: on a loaded 2-core machine the upload's
    // commit has taken longer than 15 s, 2026-12-01).
    let added: string[] = [];
    for (const until = Date.now() + 60_000; !added.length && Date.now() < until;) {
      added = (await reportIds(alice.id)).filter((id) => !before.includes(id));
      if (!added.length) await new Promise((r) => setTimeout(r, 100));
    }
    expect(added).toHaveLength(1);
    const file = await clin1.labs.file(alice.id, added[0]!);
    expect(file.contentType).toBe('application/pdf');
    expect(Buffer.from(file.bytes).equals(Buffer.from(pdf))).toBe(true);
    // The client retries with the same key (the 503 freed it): labs-svc hands back the report the first attempt made.
    const retry = await uploadPdf(clin1, key, pdf);
    expect(retry.status).toBe(202);
    expect(retry.body.data.id).toBe(added[0]);
    expect(await reportIds(alice.id)).toEqual([...before, added[0]!].sort());
  }, 120_000);
});
