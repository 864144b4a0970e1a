export * from './orm.js';
export * from './health.js';
export * from './batch-loader.js';
export * from './roles.js';
export * from './outbox.js';
export * from './merge-participant.js';
