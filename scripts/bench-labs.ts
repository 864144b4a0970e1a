/**
 * `npm run build && node dist/scripts/bench-labs.js`: the lab report path under load, in two parts.
 *
 * 1. Parse: a 3-page LabCorp-style report (about 126 result rows) rendered as a PDF, parsed in this process the way
 *    labs-svc parses it (PDF text with positions → rows → coding against the catalog): the first (cold) parse, then
 *    `--parses` more, with median, p95 and max. Goal: < 300 ms per parse.
 * 2. Burst: the whole system through the launcher (its own database `patient_graph_bench` and NATS namespace). A
 *    clinician's read benchmark (`GET /v1/patients/{id}/lab-results`, autocannon, 8 connections) runs while a patient
 *    sends `--uploads` PDF uploads at once; then it waits until every report is parsed. Prints how many were
 *    accepted (202), parsed, failed and lost, how long until the last was parsed, and the read benchmark's figures.
 *    Goal: every upload accepted and parsed, none lost.
 * Between them, texts no laboratory prints (lines of 4,999 characters, just under the longest read): how long one such
 * upload takes to read (a parse thread held: labs-svc reads on threads of its own, under a time limit); and made-up
 * texts of 200 KB that are no report (source code, prose, a CSV), the source code at 50 to 400 KB as well; and the
 * inputs that once made a pattern run for seconds or minutes, each with its goal (the spec files check only the rows
 * they give; their time is measured here, not asserted in tests).
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { PatientGraphClient } from '@pg/client';
import type { LabReportDto } from '@pg/contracts';
import { BIOMARKER_CATALOG } from '../apps/labs-svc/src/biomarkers/catalog/biomarker-catalog.js';
import { BiomarkerCatalog, slashedHalves } from '../apps/labs-svc/src/lab-reports/parsing/catalog.js';
import { parseReferenceRange } from '../apps/labs-svc/src/lab-reports/parsing/reference-range.js';
import { assignCells, headerColumns, textCells } from '../apps/labs-svc/src/lab-reports/parsing/table.js';
import { analyzeReport } from '../apps/labs-svc/src/lab-reports/parsing/report-reader.js';
import { longLabcorpReport, renderTextAsPdf } from '../apps/labs-svc/src/testing/lab-pdf.renderer.js';
import { sleep, withBenchSystem } from './lib/bench-system.js';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const PARSES = Number(args.get('parses') ?? 30);
const UPLOADS = Number(args.get('uploads') ?? 100);
const PORT = Number(args.get('port') ?? 3902);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function parseBench(pdf: Uint8Array, rows: number): Promise<string[]> {
  const catalog = new BiomarkerCatalog(BIOMARKER_CATALOG);
  const once = async () => {
    const t0 = performance.now();
    const a = await analyzeReport('pdf', pdf, catalog, new Date());
    const ms = performance.now() - t0;
    if (a.results.length !== rows) throw new Error(`parsed ${a.results.length} rows, expected ${rows}`);
    return { ms, pages: a.pages ?? 0 };
  };
  const cold = await once();
  const times: number[] = [];
  for (let i = 0; i < PARSES; i++) times.push((await once()).ms);
  const median = pct(times, 50);
  return [
    `parse of a ${cold.pages}-page PDF report (${rows} result rows, ${(pdf.length / 1024).toFixed(0)} KB), in process:`,
    `  first (cold) ${cold.ms.toFixed(0)} ms; then ${PARSES} parses: median ${median.toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms → ${Math.max(...times) < 300 ? 'under' : 'NOT under'} 300 ms`,
  ];
}

async function burstBench(pdf: Uint8Array): Promise<string[]> {
  return withBenchSystem('benchlabs', PORT, async ({ url, admin, tokenFor, namespace: NAMESPACE }) => {
    const patient = await admin.patients.create({ givenName: 'Bench', familyName: 'Labs', birthDate: '1970-01-01' });
    const self = await admin.principals.create({ subject: `bench-patient-${NAMESPACE}`, displayName: 'Bench patient', roles: ['patient'], patientId: patient.id });
    const clin = await admin.principals.create({ subject: `bench-clinician-${NAMESPACE}`, displayName: 'Bench clinician', roles: ['clinician'] });
    await admin.careTeam.add(patient.id, { principalId: clin.id, role: 'clinician' });
    const uploader = new PatientGraphClient(url, { token: await tokenFor(self.subject) });
    const clinToken = await tokenFor(clin.subject);
    const reader = new PatientGraphClient(url, { token: clinToken });
    // One report first, so the read benchmark reads results.
    const seed = await uploader.labs.uploadPdf(patient.id, pdf);
    for (const until = Date.now() + 30_000; (await reader.labs.report(patient.id, seed.id)).status !== 'parsed' && Date.now() < until;) await sleep(100);

    const reads = autocannon({ url: `${url}/v1/patients/${patient.id}/lab-results?limit=20`, connections: 8, duration: 20, headers: { authorization: `Bearer ${clinToken}` } });
    await sleep(2000);
    const started = Date.now();
    const sent = await Promise.allSettled(Array.from({ length: UPLOADS }, (_, i) => uploader.labs.uploadPdf(patient.id, pdf, `burst-${i}.pdf`)));
    const acceptedIn = Date.now() - started;
    const accepted = sent.filter((s): s is PromiseFulfilledResult<LabReportDto> => s.status === 'fulfilled').map((s) => s.value.id);
    const refused = sent.length - accepted.length;
    const wanted = new Set(accepted);
    const statuses = new Map<string, string>();
    const deadline = Date.now() + 180_000;
    let lastParsedAt = Date.now();
    while (Date.now() < deadline) {
      statuses.clear();
      let cursor: string | undefined;
      do {
        const page = await reader.labs.reports(patient.id, { limit: 200, ...(cursor ? { cursor } : {}) });
        for (const r of page.data) if (wanted.has(r.id)) statuses.set(r.id, r.status);
        cursor = page.meta.nextCursor ?? undefined;
      } while (cursor);
      const done = [...statuses.values()].filter((s) => s === 'parsed' || s === 'failed').length;
      if (done === wanted.size) {
        lastParsedAt = Date.now();
        break;
      }
      await sleep(250);
    }
    const parsed = [...statuses.values()].filter((s) => s === 'parsed').length;
    const failed = [...statuses.values()].filter((s) => s === 'failed').length;
    const lost = wanted.size - parsed - failed;
    const result = await reads;
    return [
      `burst: ${UPLOADS} PDF uploads at once (${(pdf.length / 1024).toFixed(0)} KB, 3 pages each) by one patient, while a clinician reads results:`,
      `  accepted (202): ${accepted.length} in ${acceptedIn} ms; refused: ${refused}`,
      `  parsed: ${parsed}, failed: ${failed}, lost (never finished): ${lost} → ${parsed === UPLOADS ? 'all parsed, none lost' : 'NOT all parsed'}`,
      `  last report parsed ${lastParsedAt - started} ms after the burst started (${((lastParsedAt - started) / Math.max(1, parsed)).toFixed(0)} ms per report)`,
      `  read benchmark during the burst (GET lab-results, 8 connections, 20 s): ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${result.errors + result.timeouts + result.non2xx}`,
    ];
  });
}
/**
 * Texts no laboratory prints, as an upload can send them: each line just under the longest read (5,000 characters,
 * LONGEST_LINE), between two rows, read in process: how long one such upload holds a parse thread.
 */
async function hostileBench(): Promise<string[]> {
  const catalog = new BiomarkerCatalog(BIOMARKER_CATALOG);
  const line = (unit: (i: number) => string) => Array.from({ length: 4999 }, (_, i) => unit(i)).join('');
  const texts: [string, string][] = [
    ['20 lines of 4,999 digits', `${line(() => '7')}\n`.repeat(20)],
    ['20 lines of 4,999 characters of two-letter words', `${line((i) => (i % 3 === 2 ? ' ' : 'ab'[i % 2]!))}\n`.repeat(20)],
    ['20 lines of digits, letters and signs', `${line((i) => '1a -/.,:'[i % 8]!)}\n`.repeat(20)],
    // (read of the change, 2026-12-03) One token of `1a-1a-…(`: a unit on a range's bounds (UNIT_ON_BOUNDS) ran cubic on it
    // (4,900 characters: 28.5 s) until its units were bounded.
    ['20 lines of one token `1a-1a-…(`', `${line((i) => (i === 4998 ? '(' : '1a-'[i % 3]!))}\n`.repeat(20)],
  ];
  const out = ['parse of texts no laboratory prints (each line 4,999 characters), in process:'];
  for (const [label, body] of texts) {
    const t0 = performance.now();
    const a = await analyzeReport('text', Buffer.from(`Glucose 5.1 mmol/L 3.3-6.0\n${body}Sodium 140 mmol/L 135-145\n`), catalog, new Date());
    out.push(`  ${label}: ${(performance.now() - t0).toFixed(0)} ms, ${a.results.length} rows read`);
  }
  return out;
}

/**
 * The inputs that once made a pattern run for seconds or minutes (a regex trying a long run from each of its places:
 * the square of its length or worse), as general-reader.spec.ts reads them: whole uploads read in process, and the
 * few read by one function (a range, a name about a slash, a row's cells). Each is printed with its time and the goal
 * its test once asserted (`no goal` where the test checked only the rows, with the time it took before its fix). The
 * tests check the rows each gives; the time is measured here, where a loaded machine does not fail a test.
 */
async function onceSlowBench(): Promise<string[]> {
  const catalog = new BiomarkerCatalog(BIOMARKER_CATALOG);
  const lines = (...l: string[]) => l.join('\n');
  const md = (header: string, ...rows: string[]) => lines(header, `|${' --- |'.repeat(header.split('|').length - 2)}`, ...rows);
  const around = (...middle: string[]) => lines('Glucose 95 mg/dL 70-99', ...middle, 'Sodium 140 mmol/L 135-145');
  const msh = 'MSH|^~\\&|LIS|LAB|EHR|H|20250301120000||ORU^R01|9|P|2.5';
  const spaces = ' '.repeat(200_000);
  const upload = (kind: 'text' | 'hl7v2', text: string) => async () => `${(await analyzeReport(kind, Buffer.from(text), catalog, new Date())).results.length} rows read`;
  const range = (text: string) => () => {
    const { low, high } = parseReferenceRange(text);
    return low === undefined && high === undefined ? 'no bounds' : `bounds ${low ?? ''}..${high ?? ''}`;
  };
  const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i ? i : ''};`.repeat(10)}">`);
  const laughs = ['<?xml version="1.0"?>', '<!DOCTYPE lolz [', '<!ENTITY lol "lol">', ...levels, '<!ENTITY glu "Glucose">',
    '<!ENTITY xxe SYSTEM "file:///etc/passwd">', ']>', '<results><item><name>&glu;</name><value>95</value><unit>mg/dL</unit>'
    + '<range>70-99</range><note>&lol9;&xxe;</note></item></results>'].join('\n');
  const lisNames = ['Glucose', 'Sodium', 'Potassium', 'Creatinine'];
  const lis = `<?xml version="1.0"?>\n<results>\n${Array.from({ length: 9000 }, (_, i) => `<item><name>${lisNames[i % 4]}</name><value>${90 + (i % 50)}</value>`
    + `<unit>mg/dL</unit><range>70-99</range><note>made-up record ${i}</note></item>`).join('\n')}\n</results>`;
  // The placement alone is timed, as its test timed it: the header's columns and the row's cells are read before.
  const columns = headerColumns(textCells(Array.from({ length: 30 }, (_, i) => ['Test', 'Result', 'Units', 'Range', 'Flag', 'Previous'][i % 6]).join('   ')))!;
  const cells = textCells(`Glucose   ${'5  mg/dL  H  '.repeat(15_400).slice(0, 200_000)}`);
  const placement = () => `${assignCells(cells, columns, false).length} columns given`;
  // [label, the goal its test asserted in ms (null: none, the time before its fix in the label), what to read]
  const inputs: [string, number | null, () => Promise<string> | string][] = [
    ['XML declaring entities (billion laughs, an external entity)', 2000, upload('text', laughs)],
    ['a 1 MB LIS export in XML (9,000 records)', 10_000, upload('text', lis)],
    ['a JSON record whose value is 200,000 spaces', 2000, upload('text', JSON.stringify([{ test: 'Zeta Marker', result: spaces, referenceRange: '<1:80' }]))],
    ['a CSV header whose field holds 200,000 spaces', 2000, upload('text', lines(`Test,Result${spaces}x,Reference`, 'Glucose,91,70-99', 'Sodium,139,135-145'))],
    // (cards2 review) A card's field and a name's label before a run of spaces: each took the square of the run (45 s here).
    ['a card field `Result: 5` and a label `Test: a`, each before 200,000 spaces', 2000, upload('text', lines(`Result: 5${spaces}x`, `Test: a${spaces}b`))],
    ['a Markdown table whose name cell holds 200,000 spaces', 2000, upload('text', md('| Test | Result | Reference |', `| Glucose${spaces}y | 91 | 70-99 |`, '| Sodium | 139 | 135-145 |'))],
    ['an HL7 OBX-7 of 200,000 characters (`<`, spaces, `1:80x`)', 2000, upload('hl7v2', [msh, 'OBR|1|||PANEL', `OBX|1|NM|2345-7^Glucose^LN||95|mg/dL|<${spaces}1:80x|N|||F`].join('\r'))],
    ['an HL7 result named `Glucose`, 100,000 ` <` and `x`', 2000, upload('text', [msh, 'OBR|1|||PANEL', `OBX|1|NM|^Glucose${' <'.repeat(100_000)} x||5.5|mg/dL|70-99|N|||F`,
      'OBX|2|NM|^Sodium||140|mmol/L|135-145|N|||F'].join('\r'))],
    ['78 Markdown rows named `Glucose`, 2,450 ` <` and `x`', 2000, upload('text', md('| Test | Result | Unit |', ...Array.from({ length: 78 }, () => `| Glucose${' <'.repeat(2450)} x | 5.5 | mg/dL |`), '| Sodium | 140 | mmol/L |'))],
    ['4 CSV rows `Калий`, 4,900 spaces, `x`', 3000, upload('text', lines('Test,Result,Unit', ...Array.from({ length: 4 }, () => `Калий${' '.repeat(4900)}x,5.5,mg/dL`), 'Sodium,140,mmol/L'))],
    ['600 lines of one 49-letter word', 3000, upload('text', around(...Array.from({ length: 600 }, () => `A${'a'.repeat(48)},`)))],
    ['78 CSV rows `Калий`, 4,900 spaces, `x,5.5,mg/dL` (375 KB)', 2000, upload('text', lines('Test,Result,Unit', ...Array.from({ length: 78 }, () => `Калий${' '.repeat(4900)}x,5.5,mg/dL`), 'Sodium,140,mmol/L'))],
    ['60 lines of 5,000 characters of ` < < <` (3.8 s before)', null, upload('text', around(...Array.from({ length: 60 }, () => ' < < <'.repeat(833))))],
    ['20 lines of a value then 700 `(1-2%)`', 2000, upload('text', around(...Array.from({ length: 20 }, () => `A 5.5${' (1-2%)'.repeat(700)}`)))],
    ['80 lines of `A`, 2,490 ` <` and ` 5.5` (with the next, 4.6 s before)', null, upload('text', around(...Array.from({ length: 80 }, () => `A${' <'.repeat(2490)} 5.5`)))],
    ['40 lines of 2,440 ` H` and ` 5.5 mg/dL 70-99`', null, upload('text', around(...Array.from({ length: 40 }, () => `${' H'.repeat(2440)} 5.5 mg/dL 70-99`)))],
    ['78 lines of `Калий 4.5`, 4,900 spaces and `x` (383 KB)', 6000, upload('text', around(...Array.from({ length: 78 }, () => `Калий 4.5${' '.repeat(4900)}x`)))],
    ['78 lines of `Ferritin (result 12 ng/mL)`, 4,900 spaces and `x`', 6000, upload('text', around(...Array.from({ length: 78 }, () => `Ferritin (result 12 ng/mL)${' '.repeat(4900)}x`)))],
    ['78 lines of `TSH (0,4 - 4,0)`, 4,900 spaces and `x` (3.0 s before)', null, upload('text', around(...Array.from({ length: 78 }, () => `TSH (0,4 - 4,0)${' '.repeat(4900)}x`)))],
    ['40 lines of 2,449 ` *` and ` x`', 10_000, upload('text', around(...Array.from({ length: 40 }, () => `${' *'.repeat(2449)} x`)))],
    ['40 lines of 2,449 ` ↑` and ` x`', 10_000, upload('text', around(...Array.from({ length: 40 }, () => `${' ↑'.repeat(2449)} x`)))],
    ['40 lines of 4,899 zeros and `)` (196 KB)', 4000, upload('text', around(...Array.from({ length: 40 }, () => `${'0'.repeat(4899)})`)))],
    ['a range `<`, 200,000 spaces, `1:80x`', 2000, range(`<${spaces}1:80x`)],
    ['a range `up to`, 200,000 spaces, `x`', 2000, range(`up to${spaces}x`)],
    ['a range `Sup.`, 200,000 digits, `%`', 2000, range(`Sup.${'1'.repeat(200_000)}%`)],
    ['a range `[`, 3,000 spaces, `x`', 2000, range(`[${' '.repeat(3000)}x`)],
    ['a name of 1,200 `Seg`, a slash, 1,200 `b`, a slash', 100, () => (slashedHalves(`${'Seg'.repeat(400)}/${'b'.repeat(1200)}/`) ? 'split' : 'refused')],
    ['a 200,000-character row under a 30-column header (placement)', 3000, placement],
  ];
  const out = ['parse of inputs that once ran for seconds or minutes (timed here, not in tests), in process:'];
  for (const [label, goal, read] of inputs) {
    const t0 = performance.now();
    const what = await read();
    const ms = performance.now() - t0;
    out.push(`  ${label}: ${ms.toFixed(0)} ms, ${what} → ${goal === null ? 'no goal' : `${ms < goal ? 'under' : 'NOT under'} ${goal} ms`}`);
  }
  return out;
}

/** Made-up texts of about `bytes` bytes that are no report: source code, prose with numbers, a CSV of measurements. */
function nonReportTexts(bytes: number): [string, string][] {
  const fill = (line: (i: number) => string) => {
    const out: string[] = [];
    for (let i = 0, size = 0; size < bytes; i++) size += out[out.push(line(i)) - 1]!.length + 1;
    return `${out.join('\n')}\n`;
  };
  const words = ['the', 'level', 'window', 'of', 'buffer', 'was', 'read', 'and', 'each', 'value', 'after', 'it', 'Normal', 'High'];
  return [
    ['source code', fill((i) => [`  var s${i} = strm.state + ${i % 97};`, `    dest[dest_offs + i] = src[src_offs + i];`, `// max code point is 0x10ffff (${i})`,
      `  if (len${i % 13} >= 65521) { s1 %= 65521; }`, `  return Z_BUF_ERROR${i % 5} - 1;`][i % 5]!)],
    ['prose', fill((i) => Array.from({ length: 12 }, (_, k) => (k === 5 ? String((i * 7 + k) % 250) : words[(i * 5 + k * 3) % words.length]!)).join(' ') + '.')],
    // (twenty-fifth session) Prose whose lines end mid-sentence, in small letters, plain and as a quoted e-mail: lines a
    // hard wrap cut are joined again (prose-clauses.ts wrappedProseJoined), never into one line of the whole text.
    ['wrapped prose', fill((i) => Array.from({ length: 12 }, (_, k) => (k === 5 ? String((i * 7 + k) % 250) : words[(i * 5 + k * 3 + 1) % words.length]!.toLowerCase())).join(' '))],
    ['a quoted e-mail', fill((i) => `> ${Array.from({ length: 12 }, (_, k) => (k === 5 ? String((i * 7 + k) % 250) : words[(i * 5 + k * 3) % words.length]!)).join(' ')}`)],
    ['a CSV of measurements', fill((i) => `${i},2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')},ST${i % 40},${(i % 45) - 10}.${i % 10},${i % 100},${980 + (i % 60)}.5`)],
  ];
}

/**
 * Texts no laboratory prints, of 200 KB (and the source code at 50 to 400 KB: the time should grow as the text does),
 * read in process: how long an upload that is no report holds a parse thread. Goal: under 500 ms for 200 KB.
 */
async function nonReportBench(): Promise<string[]> {
  const catalog = new BiomarkerCatalog(BIOMARKER_CATALOG);
  const read = async (text: string) => {
    const t0 = performance.now();
    const a = await analyzeReport('text', Buffer.from(text), catalog, new Date());
    return { ms: performance.now() - t0, rows: a.results.length };
  };
  const out = ['parse of made-up texts that are no report, in process:'];
  for (const [label, text] of nonReportTexts(200 * 1024)) {
    const { ms, rows } = await read(text);
    out.push(`  reads a 200 KB non-report text (${label}) in ${ms.toFixed(0)} ms, ${rows} rows read`);
  }
  const scaling: string[] = [];
  for (const kb of [50, 100, 200, 400]) scaling.push(`${kb} KB ${(await read(nonReportTexts(kb * 1024)[0]![1])).ms.toFixed(0)} ms`);
  out.push(`  source code by size: ${scaling.join(', ')}`);
  const units = await read(`Sodium 140 mmol/L 135-145\n${'ab/'.repeat(40)}\n`);
  out.push(`  a line of 40 units against each other (ab/ab/…): ${units.ms.toFixed(0)} ms, ${units.rows} rows read`);
  return out;
}

async function main(): Promise<void> {
  const { text, rows } = longLabcorpReport(3);
  const pdf = await renderTextAsPdf(text);
  const lines = [...(await parseBench(pdf, rows)), ...(await hostileBench()), ...(await onceSlowBench()), ...(await nonReportBench())];
  console.log(lines.join('\n'));
  if (args.has('parse-only')) return;
  console.log((await burstBench(pdf)).join('\n'));
}

await main();
process.exit(0);
