/**
 * NATS request/reply patterns, `<domain>.<aggregate>.<verb>`. The runtime subject is prefixed with
 * NATS_NAMESPACE (libs/messaging). Patterns are constants: never write one inline.
 */
export const PROFILES = {
  health: 'profiles.health',
  patientCreate: 'profiles.patient.create',
  patientGet: 'profiles.patient.get',
  patientUpdate: 'profiles.patient.update',
  patientDeactivate: 'profiles.patient.deactivate',
  patientSearch: 'profiles.patient.search',
  /** Admin: soft delete with a reason (hidden from every read, kept at least 7 years), and its undo. */
  patientDelete: 'profiles.patient.delete',
  patientRestore: 'profiles.patient.restore',
  /** `{ patientId, query: { clinicalStatus?, cursor?, limit? } }` → a page of conditions (also the assistant's context). */
  conditionList: 'profiles.condition.list',
  conditionCreate: 'profiles.condition.create',
  conditionGet: 'profiles.condition.get',
  conditionUpdate: 'profiles.condition.update',
  conditionDelete: 'profiles.condition.delete',
  /** `{ patientId, query: { status?, cursor?, limit? } }` → a page of medications (also the assistant's context). */
  medicationList: 'profiles.medication.list',
  medicationCreate: 'profiles.medication.create',
  medicationGet: 'profiles.medication.get',
  medicationUpdate: 'profiles.medication.update',
  medicationDelete: 'profiles.medication.delete',
  /** One check-in per patient and day: a second one for the day replaces it (`created: false`). */
  checkInRecord: 'profiles.checkin.record',
  checkInList: 'profiles.checkin.list',
  checkInTrend: 'profiles.checkin.trend',
  // record-timeline: the timeline, manual events, conversations.
  timelineList: 'profiles.timeline.list',
  eventCreate: 'profiles.event.create',
  conversationCreate: 'profiles.conversation.create',
  conversationList: 'profiles.conversation.list',
  conversationGet: 'profiles.conversation.get',
  messageAppend: 'profiles.conversation.message.append',
  conversationSearch: 'profiles.conversation.search',
  /** `{ patientId, limit }` → `{ data: ConversationTurnDto[] }`: the last turns across the patient's conversations. */
  conversationRecent: 'profiles.conversation.recent',
  /**
   * The assistant's view, profiles-svc's share in one request: `{ patientId, parts, conditions?, medications?, turns? }`
   * → `ContextPartsReply` (profile, conditions, medications, conversation; each audited as its own pattern records it).
   */
  contextRead: 'profiles.context.read',
  /** FHIR Bundle import (docs/fhir.md): `{ upload }` → the job (202); `{ importId }` → the job with its report. */
  fhirImportCreate: 'profiles.fhir.import.create',
  fhirImportGet: 'profiles.fhir.import.get',
} as const;

export const IDENTITY = {
  health: 'identity.health',
  /** Gateway-only (a service actor with scope `principals:resolve`): subject → principal, roles, active care teams. */
  principalResolve: 'identity.principal.resolve',
  meGet: 'identity.me.get',
  principalList: 'identity.principal.list',
  principalCreate: 'identity.principal.create',
  principalGet: 'identity.principal.get',
  principalUpdate: 'identity.principal.update',
  principalDeactivate: 'identity.principal.deactivate',
  careTeamList: 'identity.careteam.list',
  careTeamAdd: 'identity.careteam.add',
  careTeamRemove: 'identity.careteam.remove',
  /** Admin: a new client secret for a service principal (shown once; the old one stops working). */
  principalSecretRotate: 'identity.principal.secret.rotate',
  /**
   * Internal callers: `{ subject, secret, holderKey, onBehalfOf? }` → a short-lived service credential. Needs no
   * actor context (it is the authentication); recorded as a `login`, allowed or refused.
   */
  serviceCredentialIssue: 'identity.service-credential.issue',
  /** External identifiers of a patient (docs/identity.md, "Identifiers"). */
  identityList: 'identity.identifier.list',
  identityLink: 'identity.identifier.link',
  identityUnlink: 'identity.identifier.unlink',
  /** `{ query: { system, value } }` → `{ patientId }`: one indexed query. */
  identityResolve: 'identity.identifier.resolve',
  /** Demographics → ranked candidates with their explanation. */
  match: 'identity.match',
  /**
   * profiles-svc's FHIR import, as its service principal (`identities:read`): `{ importId, person }` →
   * ImportMatchResultDto (certain: that patient; a probable match queued for review; or none).
   */
  importMatch: 'identity.match.import',
  reviewQueueList: 'identity.review.list',
  reviewDecide: 'identity.review.decide',
  /** Internal callers: external id (+ fallback demographics) → the patient, linking or creating one (the seed's behaviour). */
  resolveIdentity: 'identity.identity.resolve',
  /** Partner webhooks, signed (no actor context): the gateway forwards the raw body and the signature headers. */
  webhookClerk: 'identity.webhook.clerk',
  webhookBigcommerce: 'identity.webhook.bigcommerce',
  // merge (issue 13 §6): admin; the saga itself runs over EVENTS (identity/merge.events.ts).
  mergeCreate: 'identity.merge.create',
  mergeGet: 'identity.merge.get',
  mergeUndo: 'identity.merge.undo',
} as const;

export const LABS = {
  health: 'labs.health',
  reportCreate: 'labs.report.create',
  reportList: 'labs.report.list',
  reportGet: 'labs.report.get',
  /** Where the original is and what it is: the gateway streams it from the object store after this audited check. */
  reportFile: 'labs.report.file',
  resultSearch: 'labs.result.search',
  resultTrend: 'labs.result.trend',
  biomarkerList: 'labs.biomarker.list',
  /** Two reports of one patient side by side: per biomarker both values in one unit, change, direction, status change. */
  reportCompare: 'labs.report.compare',
  /** A clinician marks a report reviewed (idempotent: the first review stands). */
  reportReview: 'labs.report.review',
  /** An admin soft-deletes a report with a reason (rows kept until their retention date), and restores it. */
  reportDelete: 'labs.report.delete',
  reportRestore: 'labs.report.restore',
  /** `{ patientId }` → `{ data: [...] }`: the newest result of each biomarker and the one before it (the assistant's context). */
  resultLatest: 'labs.result.latest',
  /** The assistant's view, labs-svc's share in one request: `{ patientId, parts, wearables? }` → `ContextPartsReply` (biomarkers, wearables). */
  contextRead: 'labs.context.read',
  /** Wearables and CGM (docs/wearables.md): an uploaded export → one import job; reads of the time series. */
  wearableImportCreate: 'labs.wearable.import.create',
  wearableImportGet: 'labs.wearable.import.get',
  wearableSamples: 'labs.wearable.samples',
  /** The point-in-time readings a FHIR import stored (provider `fhir`), page by page: the FHIR export's vital signs. */
  wearableReadings: 'labs.wearable.readings',
  wearableStats: 'labs.wearable.stats',
  wearableDaily: 'labs.wearable.daily',
  wearableGlucoseSummary: 'labs.wearable.glucose-summary',
  /** Vendor connections (OAuth 2.0) and their sync state. */
  wearableConnectionCreate: 'labs.wearable.connection.create',
  wearableConnectionList: 'labs.wearable.connection.list',
  wearableConnectionDelete: 'labs.wearable.connection.delete',
  /** The vendor's redirect: no actor context, the single-use state is the authority (docs/wearables.md). */
  wearableOauthCallback: 'labs.wearable.oauth.callback',
  /** Oura's webhook, authenticated by its HMAC signature; and its subscription challenge. */
  wearableWebhookOura: 'labs.wearable.webhook.oura',
  wearableWebhookOuraChallenge: 'labs.wearable.webhook.oura.challenge',
  /** profiles-svc's import saga, as its service principal: write the lab part of an import, or undo it. */
  fhirImport: 'labs.fhir.import',
  fhirImportUndo: 'labs.fhir.import.undo',
} as const;
export const TREATMENTS = {
  health: 'treatments.health',
  treatmentList: 'treatments.treatment.list',
  treatmentGet: 'treatments.treatment.get',
  treatmentTransition: 'treatments.treatment.transition',
  prescriptionList: 'treatments.prescription.list',
  prescriptionGet: 'treatments.prescription.get',
  /** The partner's signed callback: `{ body (raw, base64), timestamp, signature }`; treatments-svc checks the signature. */
  rimoWebhook: 'treatments.webhook.rimo',
  rimoParkedList: 'treatments.webhook.parked.list',
  rimoParkedReplay: 'treatments.webhook.parked.replay',
  protocolCreate: 'treatments.protocol.create',
  protocolList: 'treatments.protocol.list',
  protocolGet: 'treatments.protocol.get',
  protocolUpdate: 'treatments.protocol.update',
  protocolVersions: 'treatments.protocol.versions',
  doseLog: 'treatments.protocol.dose.log',
  doseList: 'treatments.protocol.dose.list',
  adherenceGet: 'treatments.protocol.adherence',
  /** `{ patientId, date, timeZone? }` → RegimenDto: what the patient was on that day and which doses were due. */
  regimenGet: 'treatments.regimen.get',
  /** profiles-svc's import saga, as its import principal (`protocols:import`): write the protocols of an import, or undo them. */
  fhirImport: 'treatments.fhir.import',
  fhirImportUndo: 'treatments.fhir.import.undo',
} as const;

export const AUDIT = {
  health: 'audit.health',
  eventSearch: 'audit.events.search',
  eventGet: 'audit.events.get',
  /** One chunk of an export: the gateway pages through chunks, writing NDJSON or CSV as they arrive. */
  eventExport: 'audit.events.export',
  verify: 'audit.chain.verify',
  /** A verification of the whole chain as a background job: create, then poll. */
  verifyJobCreate: 'audit.chain.verify-job.create',
  verifyJobGet: 'audit.chain.verify-job.get',
  /** HIPAA's accounting of disclosures of one patient (auditors, and the patient). */
  disclosureList: 'audit.disclosures.list',
  /** Who accessed one patient's record (the patient and their care team). */
  accessLogList: 'audit.accesslog.list',
} as const;

/** Audit events are published on `audit.record.<service>`; stream AUDIT holds `audit.record.>`. */
export const AUDIT_RECORD_SUBJECT = 'audit.record';
/** Domain events are published on `events.<domain>.<aggregate>.<past-tense>`; stream EVENTS holds `events.>`. */
export const DOMAIN_EVENT_PREFIX = 'events';

export const SERVICE_NAMES = ['profiles-svc', 'labs-svc', 'treatments-svc', 'identity-svc', 'audit-svc'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];
