/**
 * Codes shared by the FHIR export (libs/fhir/src/export) and import (libs/fhir/src/import): code system URIs and the
 * maps between this system's status vocabularies and FHIR R4's. Both directions live here so they cannot drift.
 * fhir-out owns this file; the import appends below the marked line.
 */

/** Canonical code system URIs (FHIR R4 terminology page, "External code systems"). */
export const SYSTEMS = {
  loinc: 'http://loinc.org',
  snomed: 'http://snomed.info/sct',
  rxnorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  icd10: 'http://hl7.org/fhir/sid/icd-10',
  ucum: 'http://unitsofmeasure.org',
  ndc: 'http://hl7.org/fhir/sid/ndc',
  cvx: 'http://hl7.org/fhir/sid/cvx',
  /** HL7 terminology code systems used by the base resources. */
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  interpretation: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
  referenceRangeMeaning: 'http://terminology.hl7.org/CodeSystem/referencerange-meaning',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  diagnosticServiceSection: 'http://terminology.hl7.org/CodeSystem/v2-0074',
  identifierType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  provenanceParticipantType: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type',
  dataOperation: 'http://terminology.hl7.org/CodeSystem/v3-DataOperation',
  medicationRequestCategory: 'http://terminology.hl7.org/CodeSystem/medicationrequest-category',
  medicationDispenseCategory: 'http://terminology.hl7.org/CodeSystem/medicationdispense-category',
  communicationCategory: 'http://terminology.hl7.org/CodeSystem/communication-category',
  dataAbsentReason: 'http://terminology.hl7.org/CodeSystem/data-absent-reason',
} as const;

/** Identifier systems of this system's own ids (Patient.identifier, and each resource's source id). */
export const PATIENT_GRAPH_SYSTEM = 'urn:patient-graph';
export const identifierSystem = (kind: string): string => `${PATIENT_GRAPH_SYSTEM}:${kind}`;

/** Prescription fulfilment (treatments-svc, Rimo) → MedicationRequest.status + MedicationDispense.status (docs/fhir.md). */
export const PRESCRIPTION_FHIR_STATUS = {
  created: { request: 'draft', dispense: null },
  transmitted: { request: 'active', dispense: 'preparation' },
  processing: { request: 'active', dispense: 'in-progress' },
  shipped: { request: 'active', dispense: 'in-progress' },
  delivered: { request: 'completed', dispense: 'completed' },
  cancelled: { request: 'cancelled', dispense: 'cancelled' },
  failed: { request: 'stopped', dispense: 'stopped' },
} as const satisfies Record<string, { request: string; dispense: string | null }>;

/** Protocol status → CarePlan.status (request-status value set). */
export const PROTOCOL_CAREPLAN_STATUS = {
  draft: 'draft',
  active: 'active',
  paused: 'on-hold',
  completed: 'completed',
  cancelled: 'revoked',
} as const satisfies Record<string, string>;

/** The clinic's lab status → Observation.interpretation (v3 ObservationInterpretation). `optimal` is within range: N. */
export const LAB_STATUS_INTERPRETATION = {
  optimal: { code: 'N', display: 'Normal' },
  normal: { code: 'N', display: 'Normal' },
  low: { code: 'L', display: 'Low' },
  high: { code: 'H', display: 'High' },
  'critical-low': { code: 'LL', display: 'Critical low' },
  'critical-high': { code: 'HH', display: 'Critical high' },
  abnormal: { code: 'A', display: 'Abnormal' },
} as const satisfies Record<string, { code: string; display: string }>;

// ---- import additions (fhir-in appends below this line) ----
/** US Core birth sex extension (Patient): M, F or UNK → the profile's sex at birth. */
export const US_CORE_BIRTH_SEX = 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex';
/**
 * What a protocol holds that CarePlan has no element for (docs/fhir.md): the IANA time zone its schedules are read in
 * (on the CarePlan; a Timing has no zone) and each item's route of administration (on the activity's detail).
 * Exported so that an import gets them back rather than guessing them.
 */
export const PROTOCOL_TIME_ZONE_EXTENSION = `${PATIENT_GRAPH_SYSTEM}:protocol-time-zone`;
export const PROTOCOL_ROUTE_EXTENSION = `${PATIENT_GRAPH_SYSTEM}:protocol-route`;
