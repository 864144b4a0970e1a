export * from './orm.js';
export * from './health.js';
export * from './batch-loader.js';
export * from './roles.js';
export * from './patient-state.js';
export * from './patient-state.module.js';
export * from './patient-state.entity.js';
export * from './retention-purge.js';
