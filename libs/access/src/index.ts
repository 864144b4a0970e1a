export * from './ability.factory.js';
export * from './matrix.js';
export * from './service-principal.js';
