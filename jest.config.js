import { aliases, swcOptions } from './scripts/swc-options.mjs';

const aliasMapper = Object.fromEntries(
  Object.entries(aliases).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcOptions({ rewriteAliases: false }), swcrc: false }] },
  moduleNameMapper: {
    ...aliasMapper,
    // Its ESM build imports JSON without an import attribute, which Jest warns about on every import; the CJS
    // build is the same library.
    '^libphonenumber-js/max$': '<rootDir>/node_modules/libphonenumber-js/max/index.cjs',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testMatch: ['<rootDir>/apps/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  setupFiles: ['<rootDir>/libs/testing/src/setup-env.ts'],
  testTimeout: 30000,
  maxWorkers: 2,
  // Node (20.x here) never frees a vm.SourceTextModule (nodejs/node#59118), and Jest runs this ESM code as such
  // modules, so each test file's whole module graph (~25 MB for an e2e file, measured after a forced GC) stays on a
  // worker's heap. After a full run the last worker held over 1 GB and took ~300 ms just to tear that heap down on
  // exit, close to jest-worker's 500 ms grace, which a loaded machine overran ("A worker process has failed to exit
  // gracefully"). Replacing a worker once its heap passes this limit keeps that heap, and its exit, small.
  workerIdleMemoryLimit: '512MB',
};
