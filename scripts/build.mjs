// Incremental build: compiles every .ts under apps/, libs/ and scripts/ (tests excluded) to dist/ with swc,
// rewriting the @pg/* aliases to relative imports. Only files newer than their output are compiled again.
import { transformFile } from '@swc/core';
import { copyFile, mkdir, readdir, stat, writeFile, rm } from 'node:fs/promises';
import { join, relative, dirname } from 'node:path';
import { root, swcOptions } from './swc-options.mjs';

const SOURCES = ['apps', 'libs', 'scripts'];
const OUT = join(root, 'dist');
const isTest = (f) => /\.(spec|test|e2e-spec)\.ts$/.test(f) || f.includes('/test/') || f.endsWith('.d.ts');

// Data files a module reads at run time next to itself (`new URL('./x.json', import.meta.url)`) are copied as they are.
const isData = (f) => (/\.(json|csv)$/.test(f) || /\/data\/[^/]+\.txt$/.test(f)) && /^(apps|libs)\//.test(relative(root, f));

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(p);
    else if ((entry.name.endsWith('.ts') || isData(p)) && !isTest(p)) yield p;
  }
}

const mtime = (p) => stat(p).then((s) => s.mtimeMs, () => 0);
const options = swcOptions({ rewriteAliases: true });
let compiled = 0;
const seen = new Set();
const jobs = [];
for (const src of SOURCES) {
  for await (const file of walk(join(root, src))) {
    const rel = relative(root, file);
    const out = join(OUT, rel.replace(/\.ts$/, '.js'));
    seen.add(out);
    jobs.push((async () => {
      if ((await mtime(out)) >= (await mtime(file))) return;
      if (isData(file)) {
        await mkdir(dirname(out), { recursive: true });
        await copyFile(file, out);
        compiled++;
        return;
      }
      const { code, map } = await transformFile(file, { ...options, filename: file, sourceFileName: file, outputPath: out });
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, `${code}\n//# sourceMappingURL=${out.split('/').pop()}.map\n`);
      if (map) await writeFile(`${out}.map`, map);
      compiled++;
    })());
  }
}
await Promise.all(jobs);
// Drop outputs whose source is gone, so a deleted file cannot keep running from dist/.
async function prune(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) await prune(p);
    else if ((p.endsWith('.js') || isData(join(root, relative(OUT, p)))) && !seen.has(p)) await rm(p, { force: true }).then(() => rm(`${p}.map`, { force: true }));
  }
}
await prune(OUT);
if (compiled) console.log(`build: ${compiled} file(s) compiled`);
