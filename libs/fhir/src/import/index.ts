export * from './bundle-reader.js';
export * from './plan.js';
export * from './report.js';
