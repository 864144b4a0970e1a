// npm on these machines reaches a registry that serves only this platform's builds of packages with native
// binaries (@swc/core-darwin-arm64 and the like answer 404). npm install then leaves those optional
// dependencies out of package-lock.json, and `npm ci` refuses the lock file as out of sync. This records each
// missing optional dependency in the lock file as optional, with the version its parent asks for; `npm ci`
// then accepts the lock and skips what it cannot fetch, as it does for any optional dependency.
// Run after every `npm install`: `node scripts/lockfile-platforms.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const pkgs = lock.packages;
let added = 0;
for (const [path, info] of Object.entries(pkgs)) {
  for (const [dep, version] of Object.entries(info.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ''}node_modules/${dep}`;
    const top = `node_modules/${dep}`;
    if (pkgs[nested] || pkgs[top]) continue;
    pkgs[top] = { version, optional: true };
    added++;
  }
}
if (added) {
  lock.packages = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
}
console.log(`lockfile-platforms: ${added} optional platform package(s) recorded`);
