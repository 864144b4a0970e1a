export * from './audit-publisher.js';
export * from './audited.decorator.js';
export * from './request-meta.js';
export * from './rpc-audit.interceptor.js';
export * from './service-runtime.module.js';
export * from './unit-of-work.js';
export * from './event-parts.js';
export * from './audit-corrections.js';
