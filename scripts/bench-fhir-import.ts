/**
 * `npm run bench:fhir` (import half, this file; the export half is scripts/bench-fhir.ts; issue 14): resources per second importing the largest shared Synthea bundle
 * through the whole system (launcher, every app its own process): `POST /v1/fhir/import` (streamed into the object
 * store) until the job is `completed`, all services' parts written. Each measured run imports the bundle as a new
 * patient (its identifiers given a fresh suffix), then the same bundle again (everything already there: merged).
 * Also the parse + plan alone, in this process. Goal: ≥ 2,000 resources/s.
 */
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readBundle, planImport, type BundleEntry } from '@pg/fhir';
import { cpuDelta, cpuOfSystem, sleep, withBenchSystem } from './lib/bench-system.js';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const RUNS = Number(args.get('runs') ?? 5);
const PORT = Number(args.get('port') ?? 3907);
const DIR = args.get('dir') ?? join(process.cwd(), '../shared/data/fhir-synthea');

const largest = readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => join(DIR, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
const bundle = JSON.parse(readFileSync(largest, 'utf8')) as { entry: { resource: Record<string, any> }[] };
const RESOURCES = bundle.entry.length;

/**
 * The bundle as another patient: every identifier value of its Patient given `suffix`, and another person's name,
 * birth date and contacts — with the same demographics identity-svc's matcher would (rightly) find the earlier run's
 * patient and the import would update it instead of creating one (docs/fhir.md, "The patient").
 */
function asNewPatient(suffix: string): string {
  const copy = structuredClone(bundle);
  const patient = copy.entry.find((e) => e.resource.resourceType === 'Patient')!.resource;
  patient.identifier = (patient.identifier as { value: string }[]).map((i) => ({ ...i, value: `${i.value}-${suffix}` }));
  const letters = [...suffix].map((c) => String.fromCharCode(97 + (c.charCodeAt(0) % 26))).join('');
  patient.name = [{ use: 'official', family: `Bench${letters}`, given: [`Run${letters}`] }];
  const day = 1 + (suffix.length * 7 + [...suffix].reduce((n, c) => n + c.charCodeAt(0), 0)) % 28;
  patient.birthDate = `19${String(40 + (day % 50)).padStart(2, '0')}-0${1 + (day % 9)}-${String(day).padStart(2, '0')}`;
  delete patient.telecom;
  delete patient.address;
  return JSON.stringify(copy);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function planOnly(): Promise<number> {
  const t = performance.now();
  const entries: BundleEntry[] = [];
  for await (const e of readBundle(createReadStream(largest))) entries.push(e);
  planImport('transaction', entries);
  return performance.now() - t;
}

async function main(): Promise<void> {
  const plans: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) plans.push(await planOnly());
  await withBenchSystem('benchfhir', PORT, async ({ url, namespace, admin, tokenFor }) => {
    const token = await tokenFor('dev-admin');
    // The time of an import: from the request's first byte to the job's last write (`updatedAt` of the finished job,
    // the server's clock, which is this machine's). The job is polled only to learn that it finished, every 100 ms:
    // each poll is an audited request through the gateway, and polling every 10 ms (as this bench once did) spent as
    // much CPU on polls as the import itself on these two cores, and put up to a poll interval on each number.
    const run = async (body: string): Promise<{ ms: number; state: string; error: string | null; patientId: string | null }> => {
      const t = Date.now();
      const res = await fetch(`${url}/v1/fhir/import`, { method: 'POST', body, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/fhir+json' } });
      if (res.status !== 202) throw new Error(`import answered ${res.status}: ${await res.text()}`);
      const { data } = (await res.json()) as { data: { id: string } };
      for (const until = Date.now() + 120_000; Date.now() < until;) {
        await sleep(100);
        const job = ((await (await fetch(`${url}/v1/fhir/imports/${data.id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { data: { state: string; error: string | null; updatedAt: string; patientId: string | null } }).data;
        if (!['pending', 'running'].includes(job.state)) return { ms: Date.parse(job.updatedAt) - t, state: job.state, error: job.error, patientId: job.patientId };
      }
      throw new Error('the import did not finish in 120 s');
    };
    // Warm up (JIT, pools, the object store, profiles-svc's credential: the launcher writes its secret once the
    // system answers, so the first imports may be rolled back for want of it).
    for (let i = 0, done = false; !done; i++) {
      const r = await run(asNewPatient(`warm${i}`));
      done = r.state === 'completed';
      if (!done && i > 20) throw new Error(`warm-up import ${r.state}: ${r.error}`);
      if (!done) await sleep(500);
    }
    const fresh: number[] = [];
    const again: number[] = [];
    const cpuBefore = cpuOfSystem(namespace);
    let lastPatient: string | null = null;
    for (let i = 0; i < RUNS; i++) {
      const body = asNewPatient(`run${i}-${Date.now()}`);
      const first = await run(body);
      if (first.state !== 'completed') throw new Error(`import ${first.state}: ${first.error}`);
      lastPatient = first.patientId;
      fresh.push(first.ms);
      const second = await run(body);
      if (second.state !== 'completed') throw new Error(`re-import ${second.state}: ${second.error}`);
      again.push(second.ms);
    }
    const cpu = cpuDelta(cpuBefore, cpuOfSystem(namespace), RUNS);
    // The export of the imported patient's whole record (issue 14: "export time of that patient's record"): every
    // page of `GET /v1/patients/{id}/fhir?_count=1000`, as a clinician on the patient's care team (who reads the
    // whole record; purpose treatment: no disclosure), 3 times.
    const clinician = await admin.principals.create({ subject: `bench-fhir-import-clinician-${namespace}`, displayName: 'Bench clinician', roles: ['clinician'] });
    await admin.careTeam.add(lastPatient!, { principalId: clinician.id, role: 'clinician' });
    const asClinician = admin.with({ token: await tokenFor(`bench-fhir-import-clinician-${namespace}`) });
    const exported: number[] = [];
    let resources = 0;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      resources = 0;
      for await (const page of asClinician.fhirPages<{ entry?: unknown[]; link?: { relation: string; url: string }[] }>(`/v1/patients/${lastPatient}/fhir?_count=1000`)) resources += page.entry?.length ?? 0;
      exported.push(performance.now() - t);
    }
    const rate = (ms: number) => Math.round(RESOURCES / (ms / 1000));
    console.log(`FHIR import of ${largest.split('/').pop()} (${RESOURCES} resources, ${(statSync(largest).size / 1024 / 1024).toFixed(2)} MB), ${RUNS} runs:`);
    console.log(`  new patient:    median ${median(fresh).toFixed(0)} ms → ${rate(median(fresh))} resources/s (best ${rate(Math.min(...fresh))}/s)  goal ≥ 2,000/s`);
    console.log(`  same again:     median ${median(again).toFixed(0)} ms → ${rate(median(again))} resources/s (nothing changes)`);
    console.log(`  export of that patient's record: ${resources} resources, median ${median(exported).toFixed(0)} ms over 3 runs (every page, _count=1000)`);
    console.log(`  CPU per pair (new + again), all polls included: ${cpu}`);
    console.log(`  parse + plan:   median ${median(plans).toFixed(1)} ms → ${rate(median(plans))} resources/s (this process, no I/O but the file)`);
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
