import { readFileSync, writeFileSync, unlinkSync } from 'node:fs';
const m = await import('/work/main/dist/apps/labs-svc/src/testing/lab-pdf.renderer.js');
for (const f of process.argv.slice(2)) {
  const pdf = await m.renderTextAsPdf(readFileSync(f + '.txt.src', 'utf8'));
  writeFileSync(f, pdf);
}
