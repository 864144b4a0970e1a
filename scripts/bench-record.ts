/**
 * `npm run bench:record`: the record's read paths with a large record, through the gateway of the whole system
 * (launcher, its own database `patient_graph_bench` and NATS namespace).
 *
 * 1. Timeline: `--events` (10,000) domain events of the shared contracts are published on EVENTS for one patient;
 *    the projection (profiles-svc's durable consumer) is timed until the last entry is written. Then a clinician
 *    reads `GET /v1/patients/{id}/timeline?limit=50` — the first page, a page deep in the middle (by cursor) and a
 *    `?type=` page — `--requests` times with `--concurrency` in flight. Goal: p95 < 100 ms per page.
 * 2. Context: one conversation of `--messages` (100,000) messages is written straight into profiles-svc's tables
 *    (a seed, not the write path), then `GET /v1/patients/{id}/context` is read the same way. Goal: p95 < 150 ms.
 *    On a branch where some parts' services have no handler yet, those parts answer "no responders" at once.
 *    A page deep in that conversation (`GET …/conversations/{id}?cursor=`) is measured alongside (constant time).
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import pg from 'pg';
import { connect } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { PatientGraphClient } from '@pg/client';
import { NatsNamespace, publishDomainEvent } from '@pg/messaging';
import { BENCH_DB, sleep, withBenchSystem } from './lib/bench-system.js';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const EVENTS = Number(args.get('events') ?? 10_000);
const MESSAGES = Number(args.get('messages') ?? 100_000);
const REQUESTS = Number(args.get('requests') ?? 400);
const CONCURRENCY = Number(args.get('concurrency') ?? 4);
const PORT = Number(args.get('port') ?? 3917);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

/** `REQUESTS` GETs of the paths in turn, `CONCURRENCY` at a time: p50, p95, p99 (ms) and non-200 answers. */
async function measure(client: PatientGraphClient, paths: string[]): Promise<{ p50: number; p95: number; p99: number; errors: number }> {
  for (const path of paths) await client.raw('GET', path); // warm up
  const times: number[] = [];
  let errors = 0;
  let next = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < REQUESTS) {
      const path = paths[next++ % paths.length]!;
      const t0 = performance.now();
      const res = await client.raw('GET', path);
      times.push(performance.now() - t0);
      if (res.status !== 200) errors++;
    }
  }));
  const r = (x: number) => Math.round(x * 10) / 10;
  return { p50: r(pct(times, 50)), p95: r(pct(times, 95)), p99: r(pct(times, 99)), errors };
}

type EventOf = (patientId: string, at: string) => [string, object];
const EVENT_KINDS: EventOf[] = [
  (p: string, at: string) => ['labs.report.parsed', { reportId: randomUUID(), patientId: p, kind: 'pdf', resultCount: 40, warningCount: 0, occurredAt: at }],
  (p: string, at: string) => ['labs.result.out-of-range', { resultId: randomUUID(), reportId: randomUUID(), patientId: p, biomarkerKey: 'ferritin', status: 'high', occurredAt: at }],
  (p: string, at: string) => ['labs.wearable.imported', { importId: randomUUID(), patientId: p, provider: 'oura', accepted: 30, duplicates: 0, rejected: 0, occurredAt: at }],
  (p: string, at: string) => ['treatments.protocol.changed', { protocolId: randomUUID(), patientId: p, version: 2, status: 'active', occurredAt: at }],
  (p: string, at: string) => ['treatments.prescription.updated', { prescriptionId: randomUUID(), patientId: p, status: 'shipped', occurredAt: at }],
];

/** The gateway's port must be free: a system another run left there would answer instead (with other keys). */
async function requireFreePort(port: number): Promise<void> {
  await new Promise<void>((res, rej) => {
    const srv = createServer();
    srv.once('error', () => rej(new Error(`port ${port} is in use: pass --port=<a free port>`)));
    srv.listen(port, '127.0.0.1', () => srv.close(() => res()));
  });
}

async function main(): Promise<void> {
  await requireFreePort(PORT);
  await withBenchSystem('benchrec', PORT, async ({ url, admin, tokenFor, namespace }) => {
    const clin = await admin.principals.create({ subject: `bench-clinician-${namespace}`, displayName: 'Bench clinician', roles: ['clinician'] });
    const patient = await admin.patients.create({ givenName: 'Bench', familyName: 'Record', birthDate: '1970-01-01' });
    await admin.careTeam.add(patient.id, { principalId: clin.id, role: 'clinician' });
    const client = new PatientGraphClient(url, { token: await tokenFor(clin.subject) });
    const db = new pg.Client({ connectionString: BENCH_DB });
    await db.connect();
    const schema = `profiles_${namespace}`;
    const lines: string[] = [];
    try {
      // 1. The timeline: EVENTS events, projected by profiles-svc.
      const nc = await connect({ servers: 'nats://127.0.0.1:4222' });
      const js = jetstream(nc, { timeout: 10_000 });
      const ns = new NatsNamespace(namespace);
      const t0 = Date.now();
      const base = Date.parse('2024-01-01T00:00:00Z');
      for (let i = 0; i < EVENTS; i += 500) {
        await Promise.all(Array.from({ length: Math.min(500, EVENTS - i) }, (_, k) => {
          const n = i + k;
          const [name, body] = EVENT_KINDS[n % EVENT_KINDS.length]!(patient.id, new Date(base + n * 3_600_000).toISOString());
          return publishDomainEvent(js, ns, name, body, randomUUID());
        }));
      }
      const published = Date.now() - t0;
      const count = async () => Number((await db.query(`select count(*)::int as n from "${schema}".timeline_entry where patient_id = $1`, [patient.id])).rows[0].n);
      for (const until = Date.now() + 300_000; (await count()) < EVENTS && Date.now() < until;) await sleep(200);
      const projected = Date.now() - t0;
      lines.push(`timeline: ${EVENTS} events published in ${published} ms, projected (${await count()} entries) ${projected} ms after the first publish`);
      // As for the conversation below: statistics as autovacuum keeps them on a running system. Without them (a table
      // bulk-loaded a moment ago) the planner guesses a few rows for the patient and reads all 10,000 of them into a
      // sort instead of the first page of the (patient, occurred_at, id) index (docs/data-model.md, the timeline).
      await db.query(`analyze "${schema}".timeline_entry`);
      await nc.close();
      // A cursor deep in the middle: walk there once.
      const first = `/v1/patients/${patient.id}/timeline?limit=50`;
      let cursor: string | null = null;
      for (let page = 0; page < EVENTS / 100; page++) {
        const res = await client.getTimeline(patient.id, { limit: 50, ...(cursor ? { cursor } : {}) });
        cursor = res.meta.nextCursor;
      }
      const deep = `${first}&cursor=${cursor}`;
      const typed = `${first}&type=protocol-changed`;
      const t = await measure(client, [first, deep, typed]);
      lines.push(`timeline page (limit 50; first, middle by cursor, ?type=) ×${REQUESTS}, ${CONCURRENCY} in flight: p50 ${t.p50} ms, p95 ${t.p95} ms, p99 ${t.p99} ms, errors ${t.errors} (goal p95 < 100 ms)`);

      // 2. The context: a conversation of MESSAGES messages, seeded in SQL.
      const conversationId = randomUUID();
      const s0 = Date.now();
      await db.query(`insert into "${schema}".conversation (id, patient_id, channel, title, message_count, last_message_at, created_at, updated_at)
        values ($1, $2, 'app', null, $3, $4, now(), now())`, [conversationId, patient.id, MESSAGES, new Date(Date.parse('2025-01-01T00:00:00Z') + MESSAGES * 60_000)]);
      await db.query(`insert into "${schema}".conversation_message (id, conversation_id, patient_id, seq, role, content, at, created_at)
        select gen_random_uuid(), $1, $2, g, case when g % 2 = 0 then 'assistant' else 'patient' end,
               'message ' || g || ' about sleep, ferritin, training load and the protocol', timestamptz '2025-01-01T00:00:00Z' + g * interval '1 minute', now()
        from generate_series(1, $3::int) g`, [conversationId, patient.id, MESSAGES]);
      await db.query(`analyze "${schema}".conversation_message`);
      lines.push(`context: ${MESSAGES} messages seeded in ${Date.now() - s0} ms`);
      const ctx = await client.getPatientContext(patient.id);
      lines.push(`context parts: ${['profile', 'conditions', 'medications', 'protocols', 'biomarkers', 'wearables', 'conversation'].filter((k) => k in ctx).join(', ')}; omitted: ${ctx.omitted.map((o) => `${o.part} (${o.reason})`).join(', ') || 'none'}`);
      const c = await measure(client, [`/v1/patients/${patient.id}/context`]);
      lines.push(`context call ×${REQUESTS}, ${CONCURRENCY} in flight: p50 ${c.p50} ms, p95 ${c.p95} ms, p99 ${c.p99} ms, errors ${c.errors} (goal p95 < 150 ms)`);
      const conv = await client.getConversation(patient.id, conversationId, { limit: 50 });
      const mid = await db.query(`select seq from "${schema}".conversation_message where conversation_id = $1 and seq = $2`, [conversationId, Math.floor(MESSAGES / 2)]);
      let pageCursor = conv.messagesNextCursor;
      // The cursor of a page in the middle: sealed by the service, so walk by a page of 200 up to there.
      for (let seen = 50; seen < Number(mid.rows[0]?.seq ?? 0); seen += 200) {
        pageCursor = (await client.getConversation(patient.id, conversationId, { limit: 200, cursor: pageCursor! })).messagesNextCursor;
      }
      const m = await measure(client, [`/v1/patients/${patient.id}/conversations/${conversationId}?limit=50`, `/v1/patients/${patient.id}/conversations/${conversationId}?limit=50&cursor=${pageCursor}`]);
      lines.push(`conversation page (limit 50; first and middle of ${MESSAGES}): p50 ${m.p50} ms, p95 ${m.p95} ms, p99 ${m.p99} ms, errors ${m.errors}`);
    } finally {
      await db.end();
    }
    console.log(lines.join('\n'));
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
