// One place for the swc options: the build (scripts/build.mjs) and Jest (jest.config.js) both use them,
// and the path aliases come from tsconfig.json so they are written once.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tsconfig = JSON.parse(readFileSync(resolve(root, 'tsconfig.json'), 'utf8'));
export const aliases = tsconfig.compilerOptions.paths;

export function swcOptions({ rewriteAliases }) {
  return {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
      ...(rewriteAliases ? { baseUrl: root, paths: aliases } : {}),
    },
    module: { type: 'es6', ...(rewriteAliases ? { resolveFully: true } : {}) },
    sourceMaps: true,
  };
}
