// FHIR export (fhir-out owns libs/fhir/src/export/**): pure functions from the services' DTOs to FHIR R4 resources.
export {};
