/**
 * Issue 8, items 6 and 10, through the HTTP API as a client sees it: no PHI parked where nobody audits it (caches,
 * cursors, the EVENTS stream) and time that is explicit (offset-less timestamps are refused; HL7 times are read in
 * the sending facility's zone).
 */
import { randomUUID } from 'node:crypto';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { PatientGraphClient } from '@pg/client';
import type { LabReportDetailDto, PatientDto } from '@pg/contracts';
import { STREAM } from '@pg/messaging';
import { natsConnection } from '@pg/testing';
import { startSystem, type TestSystem } from '@pg/testing/system';

let sys: TestSystem;
let nc: NatsConnection;
let clinician: PatientGraphClient;
let auditor: PatientGraphClient;
let ada: PatientDto;
let grace: PatientDto;
const family = `Quokka${randomUUID().slice(0, 6)}`;

const OFFSETLESS = '2026-03-01T08:00:00';

async function principal(sub: string, roles: ('clinician' | 'auditor')[]) {
  const p = await sys.admin.principals.create({ subject: sub, displayName: sub, roles });
  return { p, client: sys.client(await sys.tokenFor(sub)) };
}

async function parsed(patientId: string, reportId: string): Promise<LabReportDetailDto> {
  const until = Date.now() + 20_000;
  for (;;) {
    const r = await clinician.labs.report(patientId, reportId);
    if (r.status === 'parsed' || r.status === 'failed') return r;
    if (Date.now() > until) throw new Error(`report still ${r.status}`);
    await new Promise((res) => setTimeout(res, 50));
  }
}

/** Every message on this system's EVENTS stream, raw. */
async function eventsOnStream(): Promise<{ subject: string; raw: string }[]> {
  const stream = sys.world.ns.stream(STREAM.events);
  const total = (await (await jetstreamManager(nc)).streams.info(stream)).state.messages;
  if (!total) return [];
  const consumer = await jetstream(nc).consumers.get(stream, { deliver_policy: DeliverPolicy.All, ack_policy: AckPolicy.None } as never);
  const out: { subject: string; raw: string }[] = [];
  for await (const m of await consumer.fetch({ max_messages: total, expires: 2000 })) {
    out.push({ subject: m.subject, raw: m.string() });
    if (out.length >= total) break;
  }
  return out;
}

beforeAll(async () => {
  sys = await startSystem({ HL7_FACILITY_TIME_ZONES: '{"ACME LAB":"America/Chicago"}' });
  nc = await natsConnection();
  ada = await sys.admin.patients.create({ givenName: 'Adaline', familyName: family, birthDate: '1985-12-10', email: `adaline.${family.toLowerCase()}@example.org` });
  grace = await sys.admin.patients.create({ givenName: 'Gracelyn', familyName: family, birthDate: '1906-12-09' });
  const dr = await principal('dr-time', ['clinician']);
  clinician = dr.client;
  auditor = (await principal('auditor-time', ['auditor'])).client;
  for (const pt of [ada, grace]) await sys.admin.careTeam.add(pt.id, { principalId: dr.p.id, role: 'clinician' });
}, 120_000);

afterAll(async () => {
  await nc?.close();
  await sys?.stop();
});

describe('Cache-Control: no answer of /v1 may be kept by a cache', () => {
  it('a record, a list, an error, a refusal and an unknown route all say no-store', async () => {
    const anonymous = sys.client();
    const answers = [
      await clinician.raw('GET', `/v1/patients/${ada.id}`),
      await clinician.raw('GET', '/v1/patients', { query: { q: family.slice(0, 5) } }),
      await clinician.raw('GET', `/v1/patients/${randomUUID()}`),
      await clinician.raw('GET', `/v1/patients/${ada.id}/lab-results`, { query: { from: OFFSETLESS } }),
      await anonymous.raw('GET', `/v1/patients/${ada.id}`),
      await clinician.raw('GET', '/v1/no-such-route'),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 404, 400, 401, 404]);
    for (const a of answers) {
      expect(a.headers.get('cache-control')).toBe('no-store');
      expect(a.headers.get('pragma')).toBe('no-cache');
    }
  });

  it('the lab report file download says no-store', async () => {
    const report = await clinician.labs.uploadResults(ada.id, { collectedAt: '2026-01-05', results: [{ biomarker: 'glucose', value: 91, unit: 'mg/dL' }] });
    await parsed(ada.id, report.id);
    const res = await clinician.labs.fetch('GET', `/v1/patients/${ada.id}/lab-reports/${report.id}/file`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    await res.arrayBuffer();
  });

  it('the operational routes without PHI stay cacheable', async () => {
    for (const path of ['/health', '/openapi.json']) {
      const res = await fetch(new URL(path, sys.url));
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control') ?? '').not.toContain('no-store');
      await res.text();
    }
  });
});

describe('time is explicit: a timestamp without a UTC offset is a 400 naming the field, and changes nothing', () => {
  it('lab results ?from= and ?to=', async () => {
    for (const field of ['from', 'to']) {
      const res = await clinician.raw<{ error: { code: string; details: { field: string }[] } }>('GET', `/v1/patients/${ada.id}/lab-results`, { query: { [field]: OFFSETLESS } });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(res.body.error.details.map((d) => d.field)).toEqual([field]);
    }
    expect((await clinician.raw('GET', `/v1/patients/${ada.id}/lab-results`, { query: { from: `${OFFSETLESS}Z`, to: '2026-03-01T08:00:00-06:00' } })).status).toBe(200);
    expect((await clinician.raw('GET', `/v1/patients/${ada.id}/lab-results`, { query: { from: '2026-03-01' } })).status).toBe(200);
  });

  it('audit events ?from=', async () => {
    const res = await auditor.raw<{ error: { code: string; details: { field: string }[] } }>('GET', '/v1/audit/events', { query: { from: OFFSETLESS } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'from' }] });
    expect((await auditor.raw('GET', '/v1/audit/events', { query: { from: `${OFFSETLESS}+01:00`, limit: 1 } })).status).toBe(200);
  });

  it('audit events ?to= a date includes that whole day (UTC), as lab results do', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const until = Date.now() + 10_000;
    let events = (await auditor.audit.events({ patientId: ada.id, to: today, limit: 5 })).data;
    while (!events.length && Date.now() < until) events = (await auditor.audit.events({ patientId: ada.id, to: today, limit: 5 })).data;
    expect(events.length).toBeGreaterThan(0);
    const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect((await auditor.audit.events({ patientId: ada.id, to: yesterday })).data).toEqual([]);
  });

  it('structured lab input: collectedAt of the report and of a result; no report is created', async () => {
    const before = (await clinician.labs.reports(grace.id)).data.length;
    const bodies = [
      { collectedAt: OFFSETLESS, results: [{ biomarker: 'glucose', value: 91, unit: 'mg/dL' }] },
      { results: [{ biomarker: 'glucose', value: 91, unit: 'mg/dL', collectedAt: OFFSETLESS }] },
    ];
    const fields: string[][] = [];
    for (const body of bodies) {
      const res = await clinician.raw<{ error: { code: string; details: { field: string }[] } }>('POST', `/v1/patients/${grace.id}/lab-reports`, { body });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      fields.push(res.body.error.details.map((d) => d.field));
    }
    expect(fields).toEqual([['collectedAt'], ['results.0.collectedAt']]);
    expect((await clinician.labs.reports(grace.id)).data.length).toBe(before);
  });

  it('a care-team membership start', async () => {
    const p = await sys.admin.principals.create({ subject: `dr-${randomUUID().slice(0, 8)}`, displayName: 'x', roles: ['clinician'] });
    const res = await sys.admin.raw<{ error: { code: string; details: { field: string }[] } }>('POST', `/v1/patients/${grace.id}/care-team`, {
      body: { principalId: p.id, role: 'clinician', since: OFFSETLESS },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d) => d.field)).toEqual(['since']);
    expect((await sys.admin.careTeam.list(grace.id)).data.some((m) => m.principalId === p.id)).toBe(false);
  });
});

describe('HL7 times without an offset', () => {
  const message = (facility: string) => [
    `MSH|^~\\&|LIS|${facility}|EHR|CLINIC|20240315090000||ORU^R01|${randomUUID().slice(0, 8)}|P|2.5.1`,
    'OBR|1|A1|B1|24323-8^Comprehensive metabolic panel^LN|||20240315083000',
    'OBX|1|NM|2345-7^Glucose^LN||92|mg/dL|70-99||||F',
  ].join('\r');

  it('are read in the sending facility\'s configured zone (Chicago, CDT in March: 08:30 is 13:30Z), without a warning', async () => {
    const report = await parsed(grace.id, (await clinician.labs.uploadHl7(grace.id, message('ACME LAB'))).id);
    expect(report.results.map((r) => r.collectedAt)).toEqual(['2024-03-15T13:30:00.000Z']);
    expect(report.warnings.map((w) => w.code)).not.toContain('time-without-offset');
  });

  it('from a facility without a zone, are read as UTC and the report says so', async () => {
    const report = await parsed(grace.id, (await clinician.labs.uploadHl7(grace.id, message('ELSEWHERE LAB'))).id);
    expect(report.results.map((r) => r.collectedAt)).toEqual(['2024-03-15T08:30:00.000Z']);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'time-without-offset', message: expect.stringContaining('"ELSEWHERE LAB"') }));
  });
});

describe('no PHI in cursors', () => {
  it('a patient search cursor holds no name, pages on, and a forged one is a 400', async () => {
    const first = await clinician.patients.search({ q: family, limit: 1 });
    expect(first.data.map((p) => p.givenName)).toEqual(['Adaline']);
    const cursor = first.meta.nextCursor!;
    expect(cursor).toEqual(expect.any(String));
    const decoded = Buffer.from(cursor, 'base64url');
    for (const text of [cursor, decoded.toString('utf8'), decoded.toString('latin1')]) {
      for (const name of [family, 'Adaline', 'Gracelyn']) expect(text.toLowerCase()).not.toContain(name.toLowerCase());
    }
    const second = await clinician.patients.search({ q: family, limit: 1, cursor });
    expect(second.data.map((p) => p.givenName)).toEqual(['Gracelyn']);

    // What a client could make from the old format: [familyName, givenName, id] as base64url JSON.
    const forged = Buffer.from(JSON.stringify([family, 'Adaline', ada.id])).toString('base64url');
    const res = await clinician.raw<{ error: { code: string; details: { field: string }[] } }>('GET', '/v1/patients', { query: { q: family, limit: 1, cursor: forged } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'cursor' }] });
  });
});

describe('no PHI parked on EVENTS', () => {
  it('lab events carry ids and codes: no value, unit, printed name or patient name, and EVENTS ages out', async () => {
    const body = { collectedAt: '2026-02-02', results: [{ name: 'Zonulin', value: 48.25, unit: 'ng/mL' }, { biomarker: 'glucose', value: 97.5, unit: 'mg/dL' }] };
    const report = await parsed(ada.id, (await clinician.labs.uploadResults(ada.id, body)).id);
    expect(report.status).toBe('parsed');
    const until = Date.now() + 10_000;
    let events = await eventsOnStream();
    while (!events.some((e) => e.subject.endsWith('labs.report.parsed') && e.raw.includes(report.id)) && Date.now() < until) events = await eventsOnStream();
    const mine = events.filter((e) => e.raw.includes(report.id));
    expect(mine.map((e) => e.subject.split('.').slice(-3).join('.')).sort()).toEqual(['labs.report.parsed', 'labs.result.recorded', 'labs.result.recorded']);
    for (const e of mine) {
      const keys = Object.keys(JSON.parse(e.raw) as object);
      for (const forbidden of ['value', 'unit', 'name', 'flag', 'collectedAt', 'valueText', 'display']) expect(keys).not.toContain(forbidden);
    }
    // The clock part of each occurredAt is masked: a time like 12:30:48.258Z holds "48.25" without holding the value.
    const all = events.map((e) => e.raw.replace(/T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, 'T<clock>Z')).join('\n');
    for (const phi of ['Zonulin', '48.25', '97.5', 'ng/mL', '2026-02-02', 'Adaline', 'Gracelyn', family, '1985-12-10']) expect(all).not.toContain(phi);

    const info = await (await jetstreamManager(nc)).streams.info(sys.world.ns.stream(STREAM.events));
    expect(info.config.max_age).toBe(7 * 24 * 3600 * 1e9);
  });
});
