import { PROFILES, TREATMENTS } from '../patterns.js';
import type { ConversationTurnDto } from './conversation.dto.js';
import type { PatientDto } from './patient.dto.js';

/** The parts of the assistant's view, each owned by one service and read through its own audited pattern. */
export const CONTEXT_PARTS = ['profile', 'conditions', 'medications', 'protocols', 'biomarkers', 'wearables', 'conversation'] as const;
export type ContextPart = (typeof CONTEXT_PARTS)[number];

/**
 * The pattern each part is read through (shared-contracts.md). Those of other services' handlers that are built in
 * parallel are written here until they are in patterns.ts; at merge each becomes its constant
 * (`LABS.resultLatest`, `LABS.wearableDaily`). Kept out of patterns.ts until then: every pattern there must have a handler (audit coverage).
 */
export const CONTEXT_PART_PATTERNS = {
  profile: PROFILES.patientGet,
  conditions: PROFILES.conditionList,
  medications: PROFILES.medicationList,
  protocols: TREATMENTS.regimenGet,
  biomarkers: 'labs.result.latest',
  wearables: 'labs.wearable.daily',
  conversation: PROFILES.conversationRecent,
} as const satisfies Record<ContextPart, string>;

/** Why a part is missing: the caller may not read it, or its service did not answer (no handler yet, timeout). */
export interface OmittedPartDto {
  part: ContextPart;
  reason: 'forbidden' | 'unavailable';
}

/**
 * GET /v1/patients/{patientId}/context: what an assistant needs to answer a patient. Each part is what its owning
 * service answered the caller (field rules applied there); a part left out is named in `omitted`.
 */
export interface PatientContextDto {
  patientId: string;
  /** The day "today" is for the regimen and the wearables (the patient's time zone when the profile has one, else UTC). */
  date: string;
  profile?: Partial<PatientDto> & { timeZone?: string | null };
  conditions?: unknown[];
  medications?: unknown[];
  /** `TREATMENTS.regimenGet`: active protocols with today's doses. */
  protocols?: unknown;
  /** `LABS.resultLatest`: latest value, trend and status per biomarker. */
  biomarkers?: unknown[];
  /** `LABS.wearableDaily`: the last 7 days of summaries. */
  wearables?: unknown[];
  conversation?: ConversationTurnDto[];
  omitted: OmittedPartDto[];
}
