import { readFileSync } from 'node:fs';
import { jetstreamManager } from '@nats-io/jetstream';
import { WEARABLE_FILES_BUCKET, WEARABLE_JOBS, type GlucoseSummaryDto, type PatientDto, type WearableImportDto, type WearableSamplesDto } from '@pg/contracts';
import { PatientGraphClient } from '@pg/client';
import { natsConnection } from '@pg/testing';
import { startSystem, type TestSystem } from '@pg/testing/system';

const CGM = new URL('../../../shared/data/cgm/', import.meta.url);
const fixture = (f: string) => readFileSync(new URL(f, CGM));

let sys: TestSystem;
let alice: PatientDto;
const tokens: Record<string, string> = {};

async function principal(sub: string, roles: ('patient' | 'clinician' | 'coordinator')[], patientId?: string) {
  const p = await sys.admin.principals.create({ subject: sub, displayName: sub, roles, ...(patientId ? { patientId } : {}) });
  tokens[sub] = await sys.tokenFor(sub);
  return p;
}

async function call<T>(who: string, method: string, path: string, body?: FormData): Promise<{ status: number; body: { data: T; error?: { code: string; message: string } }; location: string | null }> {
  const res = await fetch(`${sys.url}${path}`, { method, headers: { authorization: `Bearer ${tokens[who]}` }, ...(body ? { body } : {}) });
  return { status: res.status, body: await res.json() as never, location: res.headers.get('location') };
}

const file = (bytes: Uint8Array, name: string) => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'text/csv' }), name);
  return form;
};

beforeAll(async () => {
  sys = await startSystem();
  alice = await sys.admin.patients.create({ givenName: 'Alice', familyName: 'Wearables', birthDate: '1975-06-01' });
  await principal('alice-wear', ['patient'], alice.id);
  const dr = await principal('dr-wear', ['clinician']);
  const coord = await principal('coord-wear', ['coordinator']);
  await sys.admin.careTeam.add(alice.id, { principalId: dr.id, role: 'clinician' });
  await sys.admin.careTeam.add(alice.id, { principalId: coord.id, role: 'coordinator' });
}, 60_000);

afterAll(async () => {
  await sys?.stop();
  if (sys) {
    const nc = await natsConnection();
    const jsm = await jetstreamManager(nc);
    await jsm.streams.delete(`OBJ_${sys.world.ns.stream(WEARABLE_FILES_BUCKET)}`).catch(() => undefined);
    await jsm.streams.delete(sys.world.ns.stream(WEARABLE_JOBS.stream)).catch(() => undefined);
    await nc.close();
  }
});

describe('a patient uploads their CGM export through the gateway', () => {
  it('streams the multipart file, detects the format from the bytes (not the name), answers 202 with the queued job and a Location; the job completes with the counts', async () => {
    const res = await call<WearableImportDto>('alice-wear', 'POST', `/v1/patients/${alice.id}/wearables/imports?timeZone=UTC`,
      file(fixture('dexcom-clarity/cgmquantify_test_file_G6_mgdl.csv'), 'not-a-dexcom-name.txt'));
    expect(res.status).toBe(202);
    expect(res.body.data).toMatchObject({ status: 'queued', format: 'dexcom-clarity-csv', accepted: 0 });
    expect(res.location).toBe(`/v1/patients/${alice.id}/wearables/imports/${res.body.data.id}`);
    // What a client does: read the job until it has ended (with a deadline).
    const deadline = Date.now() + 30_000;
    let job = res.body.data;
    while ((job.status === 'queued' || job.status === 'running') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      const polled = await call<WearableImportDto>('alice-wear', 'GET', res.location!);
      expect(polled.status).toBe(200);
      job = polled.body.data;
    }
    expect(job).toMatchObject({ status: 'completed', format: 'dexcom-clarity-csv', provider: 'dexcom', accepted: 2148, duplicates: 0, rejected: 0, error: null });
    const again = await call<WearableImportDto>('dr-wear', 'GET', res.location!);
    expect(again.body.data).toEqual(job);
  });

  it('the client library uploads and waits for the job: a re-upload of the same export adds nothing', async () => {
    const client = new PatientGraphClient(sys.url, { token: tokens['alice-wear'] });
    const imp = await client.wearables.uploadAndWait(alice.id, fixture('dexcom-clarity/cgmquantify_test_file_G6_mgdl.csv'), { timeZone: 'UTC', pollMs: 50 });
    expect(imp).toMatchObject({ status: 'completed', accepted: 0, duplicates: 2148 });
  });

  it('refuses an unknown file with 422 saying what it looked like, and a LibreView export without timeZone with 422', async () => {
    const unknown = await call('alice-wear', 'POST', `/v1/patients/${alice.id}/wearables/imports`, file(Buffer.from('a,b,c\n1,2,3\n'), 'libre.csv'));
    expect(unknown.status).toBe(422);
    expect(unknown.body.error?.message).toContain('CSV with columns a, b, c');
    const noZone = await call('alice-wear', 'POST', `/v1/patients/${alice.id}/wearables/imports`, file(fixture('libreview/glyco_tiny_sample_no_metadata_row_mmol.csv'), 'x.csv'));
    expect(noZone.status).toBe(422);
  });

  it('the clinician reads buckets and the glucose summary; the coordinator gets 403', async () => {
    const hourly = await call<WearableSamplesDto>('dr-wear', 'GET', `/v1/patients/${alice.id}/wearables/samples?metric=glucose&from=2016-10-24&to=2016-11-01&bucket=1d`);
    expect(hourly.status).toBe(200);
    expect(hourly.body.data.buckets.reduce((n, b) => n + b.count, 0)).toBe(2148);
    const s = await call<GlucoseSummaryDto>('dr-wear', 'GET', `/v1/patients/${alice.id}/wearables/glucose-summary?from=2016-10-24&to=2016-11-01`);
    expect(s.status).toBe(200);
    expect(s.body.data).toMatchObject({ readings: 2148, days: 9, agp: { sufficient: false } });
    const coord = await call('coord-wear', 'GET', `/v1/patients/${alice.id}/wearables/glucose-summary?from=2016-10-24&to=2016-11-01`);
    expect(coord.status).toBe(403);
  });
});
