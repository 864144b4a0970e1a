/**
 * `npm run bench:webhooks` (run by `npm run bench` too): Rimo's webhook under load. Starts the whole system with the
 * launcher (its own database `patient_graph_bench` and NATS namespace), gives treatments-svc its service principal
 * (profiles:read, through TREATMENTS_SERVICE_SECRET_FILE) and one patient holding a Rimo identifier, then drives
 * `POST /v1/webhooks/rimo` with autocannon: every request a new event, signed for the moment it is sent (HMAC over the
 * raw bytes), alternately `treatment.created` of a new treatment and `order.transmitted` of a new order — each
 * checked and stored in the inbox (coalesced with concurrent deliveries) with its audit event, then applied from the
 * inbox by treatments-svc (docs/treatments.md, "Inbox"). Prints events/s, p50/p99, errors, whether the inbox holds
 * exactly the events answered 200 (and nothing parked), and how long processing what was stored took after the run.
 * Goal: ≥ 1,000 events/s, p99 < 50 ms.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { signRimo } from '../apps/treatments-svc/src/webhooks/rimo-signature.js';
import { BENCH_DB, sleep, withBenchSystem } from './lib/bench-system.js';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const CONNECTIONS = Number(args.get('connections') ?? 16);
const DURATION = Number(args.get('duration') ?? 10);
const PORT = Number(args.get('port') ?? 3903);
const SECRET = `whsec_bench_${randomBytes(16).toString('hex')}`;
const SUBJECT = 'service:treatments-bench';
const secretFile = join(tmpdir(), `pg-bench-treatments-${process.pid}.secret`);

async function main(): Promise<void> {
  // The launcher passes its environment on to the apps: treatments-svc reads these.
  process.env.RIMO_WEBHOOK_SECRET = SECRET;
  process.env.TREATMENTS_SERVICE_SUBJECT = SUBJECT;
  process.env.TREATMENTS_SERVICE_SECRET_FILE = secretFile;
  writeFileSync(secretFile, '');
  try {
    await withBenchSystem('benchrimo', PORT, async ({ url, admin, auditSchema, namespace }) => {
      const svc = await admin.principals.create({ subject: SUBJECT, displayName: 'treatments-svc (bench)', kind: 'service', roles: ['service'], scopes: ['profiles:read'] });
      writeFileSync(secretFile, svc.clientSecret!);
      const rimoPatient = `rimo_bench_${namespace}`;
      await admin.patients.create({ givenName: 'Bench', familyName: 'Rimo', birthDate: '1970-01-01', identifiers: [{ system: 'rimo', value: rimoPatient }] });
      let n = 0;
      const body = () => {
        const i = n++;
        const id = `evt_${namespace}_${i}`;
        const timestamp = new Date().toISOString();
        return JSON.stringify(i % 2 === 0
          ? { id, type: 'treatment.created', data: { treatmentId: `trt_${namespace}_${i}`, patientId: rimoPatient, product: 'Bench compound' }, timestamp }
          : { id, type: 'order.transmitted', data: { orderId: `ord_${namespace}_${i}`, treatmentId: `trt_${namespace}_${i - 1}`, patientId: rimoPatient }, timestamp });
      };
      const signedRequest = (req: Record<string, unknown>) => {
        const b = body();
        const ts = String(Math.floor(Date.now() / 1000));
        const signature = signRimo(b, ts, SECRET);
        return { ...req, method: 'POST', body: b, headers: { 'content-type': 'application/json', 'x-rimo-timestamp': ts, 'x-rimo-signature': signature } };
      };
      const run = (connections: number, duration: number) => autocannon({
        url: `${url}/v1/webhooks/rimo`, connections, duration, requests: [{ setupRequest: signedRequest }],
      } as unknown as autocannon.Options);
      // Warm up (JIT, pools, the service credential and the patient lookup), then measure.
      await run(4, 2);
      const db = new pg.Client({ connectionString: BENCH_DB });
      await db.connect();
      const treatmentsSchema = `treatments_${namespace}`;
      const inbox = async () => Number((await db.query(`select count(*)::int as n from "${treatmentsSchema}".partner_webhook_receipt`)).rows[0].n);
      const parked = async () => Number((await db.query(`select count(*)::int as n from "${treatmentsSchema}".partner_webhook_parked`)).rows[0].n);
      await sleep(500);
      const before = await inbox();
      const result = await run(CONNECTIONS, DURATION);
      // Requests in flight at the stop are still answered (and stored): wait until the inbox settles.
      let after = await inbox();
      for (let i = 0; i < 50; i++) {
        await sleep(100);
        const now = await inbox();
        if (now === after) break;
        after = now;
      }
      const stored = after - before;
      const audited = Number((await db.query(
        `select count(*)::int as n from "${auditSchema}".audit_event where actor_subject = 'partner:rimo' and outcome = 'success'`,
      ).catch(() => ({ rows: [{ n: -1 }] }))).rows[0].n);
      const parkedCount = await parked();
      // What was accepted is applied from the inbox: how far behind processing was when the run stopped.
      const pending = async () => Number((await db.query(`select count(*)::int as n from "${treatmentsSchema}".partner_webhook_receipt where state = 'pending'`)).rows[0].n);
      const pendingAtStop = await pending();
      const drainStart = Date.now();
      let pendingLeft = pendingAtStop;
      while (pendingLeft > 0 && Date.now() - drainStart < 120_000) {
        await sleep(200);
        pendingLeft = await pending();
      }
      const drainSeconds = (Date.now() - drainStart) / 1000;
      await db.end();
      const errors = result.errors + result.timeouts + result.non2xx;
      console.log([
        `POST /v1/webhooks/rimo, signed events (treatment.created / order.transmitted, each new), ${CONNECTIONS} connections, ${DURATION} s`,
        `events/s accepted: ${result.requests.average.toFixed(0)} (total ${result.requests.total}, 2xx ${result['2xx']})`,
        `latency ms: p50 ${result.latency.p50}, p90 ${result.latency.p90}, p99 ${result.latency.p99}, max ${result.latency.max}`,
        `errors: ${errors} (non-2xx ${result.non2xx}, timeouts ${result.timeouts}, socket errors ${result.errors})`,
        `inbox rows added: ${stored} (answered 2xx: ${result['2xx']}; the difference is requests abandoned at the stop), parked: ${parkedCount}`,
        `audit events as partner:rimo stored so far (warm-up included; deliveries and effects): ${audited}`,
        `processing from the inbox: ${pendingAtStop} pending at the stop, ${pendingLeft ? `${pendingLeft} still pending after` : 'all processed in'} ${drainSeconds.toFixed(1)} s`,
        `goal ≥ 1,000 events/s and p99 < 50 ms: ${result.requests.average >= 1000 && result.latency.p99 < 50 ? 'met' : 'NOT met'}`,
      ].join('\n'));
    });
  } finally {
    rmSync(secretFile, { force: true });
  }
}

await main();
