export * from './orm.js';
export * from './health.js';
export * from './batch-loader.js';
export * from './roles.js';
export * from './patient-state.js';
