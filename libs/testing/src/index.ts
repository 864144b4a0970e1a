export * from './infra.js';
export * from './audit-probe.js';
export * from './tokens.js';
export * from './expect.js';
export * from './schema-diff.js';
export * from './db-roles.js';
export * from './audit-fixtures.js';
export * from './audit-hold.js';
