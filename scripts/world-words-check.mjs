// node scripts/world-words-check.mjs [root] [category-prefix]: each word of world-words.tsv tried where it is printed (a range
// cell, a header, an answer against a range of Negative, a status row, a section heading, a patient detail line),
// per category the words the reader reads as meant and the ones it does not. Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [root = process.cwd(), only] = process.argv.slice(2);
const tsv = `${root}/apps/labs-svc/src/lab-reports/parsing/world-words.tsv`;
const { readKeyed } = await import(pathToFileURL(`${root}/dist/apps/labs-svc/src/testing/keyed-sets.js`).href);
const rows = readFileSync(tsv, 'utf8').trim().split('\n').slice(1).map((l) => { const [lang, category, printed, meaning, confidence] = l.split('\t'); return { lang, category, printed, meaning, confidence }; });
/** Bound words printed after their number (tokens.ts BOUND_WORDS_AFTER, japaneseBoundRange). */
const cjk = (w) => /^(?:以下|以上|未満|超|이하|이상|미만|초과|alatt|felett|fölött|ve üzeri|ve üstü|üzeri|üstü|altında|altı)$/u.test(w);
const read = async (t) => (await readKeyed(t + '\n'));
const pad = (s, n) => s + ' '.repeat(Math.max(2, n - [...s].length));
const table = (hdr, body) => [hdr, ...body].map((cells) => cells.map((c, i) => pad(c, [22, 12, 12, 10, 18][i] ?? 14)).join('').trimEnd()).join('\n');
const eq = (got, want) => JSON.stringify(got) === JSON.stringify(want);
const tests = {
  'range-upto': async (w) => { const cell = cjk(w) ? `99${w}` : `${w} 99`; const want = ['glucose||high|105|mg/dL|..99'];
    return eq(await read(table(['Test', 'Result', 'Units', 'Reference'], [['Glucose', '105', 'mg/dL', cell]])), want) && eq(await read(`Glucose 105 mg/dL ${cell}`), want); },
  'range-below': async (w) => { const cell = cjk(w) ? `5${w}` : `${w} 5`; const want = ['c-reactive-protein||normal|3.2|mg/L|..5'];
    return eq(await read(table(['Test', 'Result', 'Units', 'Reference'], [['CRP', '3.2', 'mg/L', cell]])), want) && eq(await read(`CRP 3.2 mg/L ${cell}`), want); },
  'range-above': async (w) => { const cell = cjk(w) ? `40${w}` : `${w} 40`; const want = ['hdl-cholesterol||normal|52|mg/dL|40..'];
    return eq(await read(table(['Test', 'Result', 'Units', 'Reference'], [['HDL Cholesterol', '52', 'mg/dL', cell]])), want) && eq(await read(`HDL Cholesterol 52 mg/dL ${cell}`), want); },
  'range-between': async (w) => { const [a, b] = w.split('|'); const cell = `${a} 135 ${b} 145`; const want = ['sodium||normal|139|mmol/L|135..145'];
    return eq(await read(table(['Test', 'Result', 'Units', 'Reference'], [['Sodium', '139', 'mmol/L', cell]])), want) && eq(await read(`Sodium 139 mmol/L ${cell}`), want); },
  'range-label': async (w) => { const cell = `${w} 70 - 99`; const want = ['glucose||high|105|mg/dL|70..99'];
    return eq(await read(table(['Test', 'Result', 'Units', 'Reference'], [['Glucose', '105', 'mg/dL', cell]])), want) && eq(await read(`Glucose 105 mg/dL (${cell})`), want); },
  'header-previous': async (w) => eq(await read(table(['Test', 'Result', w, 'Units', 'Reference'], [['Glucose', '105', '98', 'mg/dL', '70 - 99'], ['Sodium', '139', '141', 'mmol/L', '135 - 145']])), ['glucose||high|105|mg/dL|70..99', 'sodium||normal|139|mmol/L|135..145']),
  'header-result': async (w) => eq(await read(table(['Test', 'Previous', w, 'Units', 'Reference'], [['Glucose', '98', '105', 'mg/dL', '70 - 99'], ['Sodium', '141', '139', 'mmol/L', '135 - 145']])), ['glucose||high|105|mg/dL|70..99', 'sodium||normal|139|mmol/L|135..145']),
  'header-name': async (w) => eq(await read(table([w, 'Result', 'Units', 'Reference'], [['Glucose', '105', 'mg/dL', '70 - 99'], ['Sodium', '139', 'mmol/L', '135 - 145']])), ['glucose||high|105|mg/dL|70..99', 'sodium||normal|139|mmol/L|135..145']),
  'header-unit': async (w) => eq(await read(table(['Test', 'Result', w, 'Reference'], [['Glucose', '105', 'mg/dL', '70 - 99'], ['Sodium', '139', 'mmol/L', '135 - 145']])), ['glucose||high|105|mg/dL|70..99', 'sodium||normal|139|mmol/L|135..145']),
  'header-range': async (w) => eq(await read(table(['Test', 'Result', 'Units', w], [['Glucose', '105', 'mg/dL', '70 - 99'], ['Sodium', '139', 'mmol/L', '135 - 145']])), ['glucose||high|105|mg/dL|70..99', 'sodium||normal|139|mmol/L|135..145']),
  'header-flag': async (w) => eq(await read(table(['Test', 'Result', w, 'Units', 'Reference'], [['Glucose', '105', 'H', 'mg/dL', '70 - 99'], ['Sodium', '139', '', 'mmol/L', '135 - 145']])), ['glucose||high|105|mg/dL|70..99', 'sodium||normal|139|mmol/L|135..145']),
  'header-method': async (w) => eq(await read(table(['Test', 'Result', 'Units', 'Reference', w], [['Glucose', '105', 'mg/dL', '70 - 99', 'Hexokinase'], ['Sodium', '139', 'mmol/L', '135 - 145', 'ISE']])), ['glucose||high|105|mg/dL|70..99', 'sodium||normal|139|mmol/L|135..145']),
  'header-comment': async (w) => eq(await read(table(['Test', 'Result', 'Units', 'Reference', w], [['Glucose', '105', 'mg/dL', '70 - 99', 'fasting'], ['Sodium', '139', 'mmol/L', '135 - 145', '']])), ['glucose||high|105|mg/dL|70..99', 'sodium||normal|139|mmol/L|135..145']),
  'header-date': async (w) => eq(await read(table(['Test', 'Result', 'Units', 'Reference', w], [['Glucose', '105', 'mg/dL', '70 - 99', '14/01/2026'], ['Sodium', '139', 'mmol/L', '135 - 145', '14/01/2026']])), ['glucose||high|105|mg/dL|70..99', 'sodium||normal|139|mmol/L|135..145']),
  'header-specimen': async (w) => eq(await read(table(['Test', w, 'Result', 'Units', 'Reference'], [['Glucose', 'Serum', '105', 'mg/dL', '70 - 99'], ['Sodium', 'Serum', '139', 'mmol/L', '135 - 145']])), ['glucose||high|105|mg/dL|70..99', 'sodium||normal|139|mmol/L|135..145']),
  qualneg: async (w) => eq((await read(table(['Test', 'Result', 'Reference'], [['HBsAg', w, 'Negative']]))).map((r) => r.split('|').slice(0, 3).join('|')), [`hepatitis-b-surface-antigen|${w}|normal`]),
  qualpos: async (w) => eq((await read(table(['Test', 'Result', 'Reference'], [['HBsAg', w, 'Negative']]))).map((r) => r.split('|').slice(0, 3).join('|')), [`hepatitis-b-surface-antigen|${w}|abnormal`]),
  'status': async (w) => eq(await read(table(['Test', 'Result', 'Units', 'Reference'], [['Glucose', w, 'mg/dL', '70 - 99'], ['Sodium', '139', 'mmol/L', '135 - 145']])), ['sodium||normal|139|mmol/L|135..145']) && eq(await read(`Glucose ${w}\nSodium 139 mmol/L 135 - 145`), ['sodium||normal|139|mmol/L|135..145']),
  'section': async (w) => eq(await read(`${w}\n` + table(['Test', 'Result', 'Units', 'Reference'], [['Glucose', '105', 'mg/dL', '70 - 99'], ['Sodium', '139', 'mmol/L', '135 - 145']])), ['glucose||high|105|mg/dL|70..99', 'sodium||normal|139|mmol/L|135..145']),
  'section-urine': async (w) => eq((await read(`${w}\nGlucose        Negative\nProtein        Trace`)).map((r) => r.split('|')[0]), ['glucose-in-urine', 'protein-urine-presence']),
  'meta': async (w, c) => { const v = { 'meta-age': '45', 'meta-dob': '12/03/1971', 'meta-collected': '14/01/2026 08:10', 'meta-received': '14/01/2026 09:02', 'meta-reported': '15/01/2026 11:30', 'meta-lab-number': '26014471', 'meta-page': '2 / 3', 'meta-doctor': 'Dr A. Novak', 'meta-patient': 'Jan Novak', 'meta-sex': 'M', 'meta-signature': 'Dr B. Kral' }[c] ?? '12';
    return eq(await read(`${w} ${v}\n` + table(['Test', 'Result', 'Units', 'Reference'], [['Glucose', '105', 'mg/dL', '70 - 99']])), ['glucose||high|105|mg/dL|70..99']); },
};
const testOf = (c) => tests[c] ?? (/^qual-(negative|not-detected|nonreactive|absent|normal)$/.test(c) ? tests.qualneg : /^qual-(positive|detected|reactive|present)$/.test(c) ? tests.qualpos : /^status-/.test(c) ? tests.status : /^section-(urinalysis|urine-sediment)$/.test(c) ? tests['section-urine'] : /^section-/.test(c) ? tests.section : /^meta-/.test(c) ? tests.meta : null);
const byCat = new Map();
for (const r of rows) {
  if (only && !r.category.startsWith(only)) continue;
  const t = testOf(r.category); if (!t) continue;
  let ok; try { ok = await t(r.printed, r.category); } catch (e) { ok = false; }
  const s = byCat.get(r.category) ?? { ok: 0, fail: [] }; byCat.set(r.category, s);
  if (ok) s.ok++; else s.fail.push(`${r.lang}:${r.printed}`);
}
for (const [c, s] of [...byCat].sort()) console.log(`${c}: ${s.ok}/${s.ok + s.fail.length}  FAIL ${s.fail.join(' | ')}`);
