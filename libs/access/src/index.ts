export * from './ability.factory.js';
export * from './matrix.js';
