import type { ConversationTurnDto } from './conversation.dto.js';
import type { PatientDto } from './patient.dto.js';

/** The parts of the assistant's view, each owned by one service and read through its own audited pattern. */
export const CONTEXT_PARTS = ['profile', 'conditions', 'medications', 'protocols', 'biomarkers', 'wearables', 'conversation'] as const;
export type ContextPart = (typeof CONTEXT_PARTS)[number];

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
