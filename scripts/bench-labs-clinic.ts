/**
 * `npm run bench:labs-clinic` (`npm run build && node dist/scripts/bench-labs-clinic.js`): what the clinic asks of
 * results, under an upload burst. The whole system through the launcher (its own database and NATS namespace, see
 * scripts/lib/bench-system.ts). A clinician's read benchmark (autocannon, 8 connections, `--seconds`) alternates
 * `GET …/lab-results/latest` and `GET …/lab-reports/compare?a=&b=` while the patient sends `--uploads` PDF uploads
 * (a 3-page report, about 126 rows) at once — each upload also reads the patient's sex at birth from profiles-svc
 * through the gateway, and each parse rates every result. Then it waits until every report is parsed and checks each
 * report's summary adds up. Prints accepted, parsed, failed, lost, the time until the last parse, and the reads'
 * figures. Kept in its own file (labs-parser owns scripts/bench-labs.ts): `clinicBurstBench()` is the part to merge.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { PatientGraphClient } from '@pg/client';
import type { LabReportDto } from '@pg/contracts';
import { longLabcorpReport, renderTextAsPdf } from '../apps/labs-svc/src/testing/lab-pdf.renderer.js';
import { sleep, withBenchSystem } from './lib/bench-system.js';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const UPLOADS = Number(args.get('uploads') ?? 100);
const SECONDS = Number(args.get('seconds') ?? 20);
const PORT = Number(args.get('port') ?? 3931);

async function waitParsed(reader: PatientGraphClient, patientId: string, ids: Set<string>, deadlineMs: number): Promise<Map<string, LabReportDto>> {
  const seen = new Map<string, LabReportDto>();
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    seen.clear();
    let cursor: string | undefined;
    do {
      const page = await reader.labs.reports(patientId, { limit: 200, ...(cursor ? { cursor } : {}) });
      for (const r of page.data) if (ids.has(r.id)) seen.set(r.id, r);
      cursor = page.meta.nextCursor ?? undefined;
    } while (cursor);
    if ([...seen.values()].filter((r) => r.status === 'parsed' || r.status === 'failed').length === ids.size) break;
    await sleep(250);
  }
  return seen;
}

export async function clinicBurstBench(pdf: Uint8Array): Promise<string[]> {
  return withBenchSystem('benchclinic', PORT, async ({ url, admin, tokenFor, namespace }) => {
    const patient = await admin.patients.create({ givenName: 'Bench', familyName: 'Clinic', birthDate: '1968-01-01', sexAtBirth: 'male' });
    const self = await admin.principals.create({ subject: `bench-patient-${namespace}`, displayName: 'Bench patient', roles: ['patient'], patientId: patient.id });
    const clin = await admin.principals.create({ subject: `bench-clinician-${namespace}`, displayName: 'Bench clinician', roles: ['clinician'] });
    await admin.careTeam.add(patient.id, { principalId: clin.id, role: 'clinician' });
    const uploader = new PatientGraphClient(url, { token: await tokenFor(self.subject) });
    const clinToken = await tokenFor(clin.subject);
    const reader = new PatientGraphClient(url, { token: clinToken });
    // Two reports first, so the reads compare and list something.
    const seeds = [await uploader.labs.uploadPdf(patient.id, pdf, 'seed-a.pdf'), await uploader.labs.uploadPdf(patient.id, pdf, 'seed-b.pdf')];
    await waitParsed(reader, patient.id, new Set(seeds.map((s) => s.id)), 60_000);
    const headers = { authorization: `Bearer ${clinToken}` };
    const reads = autocannon({
      url, connections: 8, duration: SECONDS, headers,
      requests: [
        { method: 'GET', path: `/v1/patients/${patient.id}/lab-results/latest` },
        { method: 'GET', path: `/v1/patients/${patient.id}/lab-reports/compare?a=${seeds[0]!.id}&b=${seeds[1]!.id}` },
      ],
    });
    await sleep(2000);
    const started = Date.now();
    const sent = await Promise.allSettled(Array.from({ length: UPLOADS }, (_, i) => uploader.labs.uploadPdf(patient.id, pdf, `burst-${i}.pdf`)));
    const acceptedIn = Date.now() - started;
    const accepted = sent.filter((s): s is PromiseFulfilledResult<LabReportDto> => s.status === 'fulfilled').map((s) => s.value.id);
    const why = new Map<string, number>();
    for (const s of sent) {
      if (s.status === 'fulfilled') continue;
      const e = s.reason as { status?: number; body?: { error?: { code?: string; message?: string } } };
      const k = `${e.status ?? '?'} ${e.body?.error?.code ?? ''} ${e.body?.error?.message ?? String(s.reason).slice(0, 80)}`;
      why.set(k, (why.get(k) ?? 0) + 1);
    }
    const done = await waitParsed(reader, patient.id, new Set(accepted), 240_000);
    const lastAt = Date.now() - started;
    const parsed = [...done.values()].filter((r) => r.status === 'parsed');
    const failed = [...done.values()].filter((r) => r.status === 'failed').length;
    const lost = accepted.length - parsed.length - failed;
    // Every parsed report's summary must add up to its result count, with every result rated or counted unrated.
    const summariesOk = parsed.every((r) => r.summary.total === r.resultCount && r.summary.optimal + r.summary.normal + r.summary.outOfRange + r.summary.unrated === r.summary.total);
    const s0 = parsed[0]?.summary;
    const result = await reads;
    return [
      `clinic burst: ${UPLOADS} PDF uploads at once (${(pdf.length / 1024).toFixed(0)} KB, 3 pages) by a patient with a sex at birth, while a clinician reads latest + compare:`,
      `  accepted (202): ${accepted.length} in ${acceptedIn} ms; refused: ${sent.length - accepted.length}${why.size ? ` (${[...why].map(([k, n]) => `${n}× ${k}`).join('; ')})` : ''}`,
      `  parsed: ${parsed.length}, failed: ${failed}, lost: ${lost}; last parsed ${lastAt} ms after the burst started`,
      `  summaries add up: ${summariesOk ? 'yes' : 'NO'}${s0 ? ` (each report: ${s0.total} results, ${s0.optimal} optimal, ${s0.normal} normal, ${s0.outOfRange} out of range, ${s0.unrated} unrated)` : ''}`,
      `  reads during the burst (latest and compare alternating, 8 connections, ${SECONDS} s): ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${result.errors + result.timeouts + result.non2xx}`,
    ];
  });
}

async function main(): Promise<void> {
  const { text } = longLabcorpReport(3);
  console.log((await clinicBurstBench(await renderTextAsPdf(text))).join('\n'));
}

await main();
process.exit(0);
