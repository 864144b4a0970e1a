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
};
