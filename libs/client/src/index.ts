export * from './http-client.js';
export * from './internal-client.js';
