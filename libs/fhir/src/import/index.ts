// FHIR import (fhir-in owns libs/fhir/src/import/**).
export * from './bundle-reader.js';
export * from './plan.js';
export * from './report.js';
export * from './bundle-store.js';
export * from './lab-part.js';
export * from './care-plan.js';
