// Regenerate world-names.ts from world-names.tsv (the helper's table) in two steps, from the repository's root:
//   node scripts/world-names-gen.mjs --empty && npm run build --silent   (the tables emptied: the catalog's own reading)
//   node scripts/world-names-gen.mjs && npm run build --silent           (the names the catalog does not read, or reads as another analyte)
// Names of world-names-dropped.tsv (review 34: another test's or an ordinary word's; the names the rules' guards keep
// unknown on purpose) are left out; so are codes of four letters or fewer (the German `HbE`, also haemoglobin E, among them).
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const root = process.cwd();
const tsv = `${root}/apps/labs-svc/src/lab-reports/parsing/world-names.tsv`;
const file = `${root}/apps/labs-svc/src/lab-reports/parsing/world-names.ts`;
const tables = (corrections, names) => readFileSync(file, 'utf8')
  .replace(/(export const WORLD_CORRECTIONS: Readonly<Record<string, string>> = \{\n)[\s\S]*?(\n\};)/, `$1${corrections}$2`)
  .replace(/(export const WORLD_NAMES: Readonly<Record<string, string>> = \{\n)[\s\S]*?(\n\};)/, `$1${names}$2`);
if (process.argv.includes('--empty')) {
  writeFileSync(file, tables('', ''));
  console.log('world-names.ts: tables emptied; build, then run without --empty');
  process.exit(0);
}
const { catalog } = await import(pathToFileURL(`${root}/dist/apps/labs-svc/src/testing/reader.js`).href);
const { BIOMARKER_CATALOG } = await import(pathToFileURL(`${root}/dist/apps/labs-svc/src/biomarkers/catalog/biomarker-catalog.js`).href);
const display = new Map(BIOMARKER_CATALOG.map((e) => [e.key, e.display]));
const { worldKey } = await import(pathToFileURL(`${root}/dist/apps/labs-svc/src/lab-reports/parsing/world-names.js`).href);
const rows = readFileSync(tsv, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const dropped = new Set(readFileSync(`${root}/apps/labs-svc/src/lab-reports/parsing/world-names-dropped.tsv`, 'utf8').trim().split('\n').slice(1).map((l) => worldKey(l.split('\t')[0])));
const byKey = new Map(); const conflicts = []; const known = []; const ambiguous = new Set(); const bad = [];
for (const [lang, printed, key, confidence] of rows) {
  if (!display.has(key)) { bad.push(`${lang}\t${printed}\t${key}`); continue; }
  const now = catalog.matchName(printed)?.key;
  if (now === key) { known.push(printed); continue; }
  // A name the catalog reads as another analyte: taken (the table is asked first) unless the helper keyed an absolute
  // count as its percentage (its brief said they share names), or the name begins with a Nordic specimen prefix (`S-DHEA`).
  if (now) { conflicts.push(`${lang}\t${printed}\t${key}\treads now as ${now}`); if (now === `${key}-absolute` || /^[SPBU]-/.test(printed)) continue; }
  const k = worldKey(printed);
  if (!k) continue;
  // A Chinese, Japanese or Korean white cell's name alone (`中性粒细胞`, `淋巴细胞`: no per cent nor count said): the
  // rules' guards keep it unknown on purpose (each a spec's negative), as world-names-dropped.tsv's names.
  if (/^(?:neutrophils|lymphocytes|monocytes|eosinophils|basophils)$/.test(key) && /[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}]/u.test(printed)
    && !/%|百分|比率|率|数|數|计数|計数|수/u.test(printed)) continue;
  // A short Latin code (`VES`, `VSG`, `Fer`: four letters or fewer, no space) is another test's or nothing as often:
  // the rules' guards keep them (labwords review).
  if (/^[a-z0-9%]{1,4}$/.test(k)) continue;
  // (review 34) A Korean syllable alone (`인`, `철`: a person, a seal; iron) is a common word first.
  if (/^\p{Script=Hangul}$/u.test(k)) continue;
  if (dropped.has(k)) continue;
  const prev = byKey.get(k);
  if (prev && prev.key !== key) { ambiguous.add(k); continue; }
  // The display must read as the key (the table maps to it).
  if (catalog.matchName(display.get(key))?.key !== key) { bad.push(`${lang}\t${printed}\t${key}\tdisplay does not read`); continue; }
  byKey.set(k, { key, lang, printed, confidence, corrects: Boolean(now) });
}
for (const k of ambiguous) byKey.delete(k);
const langs = [...new Set([...byKey.values()].map((v) => v.lang))].sort();
const section = (corrects) => {
  let ts = '';
  for (const lang of langs) {
    const entries = [...byKey.entries()].filter(([, v]) => v.lang === lang && v.corrects === corrects).sort((a, b) => a[0].localeCompare(b[0]));
    if (entries.length) ts += `  // ${lang}\n` + entries.map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(display.get(v.key))},`).join('\n') + '\n';
  }
  return ts;
};
// Two tables: the names the rules read as another analyte (WORLD_CORRECTIONS, asked first) and the rest (WORLD_NAMES,
// asked when no rule reads the name).
const trimmed = (t) => t.replace(/\n$/, '');
writeFileSync(file, tables(trimmed(section(true)), trimmed(section(false))));
console.log(`rows ${rows.length}: read already ${known.length}, new ${byKey.size}, conflicts ${conflicts.length}, ambiguous ${ambiguous.size}, bad ${bad.length}`);
if (process.env.CONFLICTS) writeFileSync(process.env.CONFLICTS, conflicts.join('\n') + '\n' + bad.join('\n'));
