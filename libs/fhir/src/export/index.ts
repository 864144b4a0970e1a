// FHIR export (fhir-out owns libs/fhir/src/export/**): pure functions from the services' DTOs to FHIR R4 resources,
// the page-by-page composer of a patient's whole record, and the Bundle around a page.
export * from './bundle.js';
export * from './common.js';
export * from './compose.js';
export * from './labs.js';
export * from './record.js';
export * from './treatments.js';
