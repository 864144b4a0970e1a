// FHIR import (fhir-in owns libs/fhir/src/import/**).
export {};
