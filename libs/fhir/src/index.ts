export * from './codes.js';
export * from './export/index.js';
export * from './import/index.js';
export * from './validate.js';
