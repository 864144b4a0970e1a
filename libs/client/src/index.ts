export * from './http-client.js';
export * from './internal-client.js';
export * from './patient-context.js';
export * from './service-credential-client.js';
