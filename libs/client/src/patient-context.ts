import { decide, defineAbilityFor, readableFields, type PatientSubject } from '@pg/access';
import {
  CONVERSATION_ALL_FIELDS, DomainException, ErrorCode, LABS, PROFILES, TREATMENTS, type ActorContext, type ContextPart, type ConversationTurnDto,
  type OmittedPartDto, type PatientContextDto, type PatientDto,
} from '@pg/contracts';

/** Sends one part's request as the caller (an audited request of its own) and resolves to the service's reply. */
export type PartCaller = (pattern: string, payload: object) => Promise<unknown>;

export interface ComposeOptions {
  /**
   * The caller's verified actor, when the composer knows it (the gateway): parts the ability model refuses are
   * left out as `forbidden` without a request. Without it every part is asked and the services decide.
   */
  actor?: Pick<ActorContext, 'roles' | 'patientId' | 'careTeam' | 'scopes' | 'onBehalfOf' | 'breakGlass'>;
  /** Conversation turns to include (default 20). */
  turns?: number;
  /** "Now" (tests). */
  now?: Date;
}

/** The profile fields an assistant needs: who, how old, which tier, in which time zone. No contact data. */
const PROFILE_BASICS = ['id', 'givenName', 'familyName', 'birthDate', 'sexAtBirth', 'timeZone', 'tags', 'subscriptionTier', 'status'] as const;
export const CONTEXT_WEARABLE_DAYS = 7;
const DEFAULT_TURNS = 20;
const LIST_LIMIT = 200;

interface PartSpec {
  part: Exclude<ContextPart, 'profile'>;
  subject: PatientSubject;
  /** A field the caller must be able to read (conversation content). */
  field?: string;
  pattern: string;
  payload: object;
}

/** The items of a reply: a page (`items`), a `{ data }` reply or a bare value. */
function unwrap(reply: unknown): unknown {
  if (reply && typeof reply === 'object' && !Array.isArray(reply)) {
    const r = reply as { items?: unknown; data?: unknown };
    if (Array.isArray(r.items)) return r.items;
    if ('data' in r) return r.data;
  }
  return reply;
}

/** The reason a part is missing, from what its request answered. */
function reasonOf(err: unknown): OmittedPartDto['reason'] {
  const code = err instanceof DomainException ? err.code : (err as { code?: string } | null)?.code;
  return code === ErrorCode.FORBIDDEN || code === ErrorCode.NOT_FOUND ? 'forbidden' : 'unavailable';
}

/** `YYYY-MM-DD` of `at` in `timeZone` (UTC when the zone is unknown or missing). */
export function dayIn(at: Date, timeZone?: string | null): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone: timeZone || 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  } catch {
    return at.toISOString().slice(0, 10);
  }
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The assistant's view of one patient, composed from the services that own each part — no service reads another's
 * schema, and each part is an ordinary audited request made as the caller (the gateway signs a user context per
 * pattern; an internal caller signs each request with its service credential). The profile is read first (it
 * names the patient's time zone, so "today" is the patient's day; a patient the caller may not see at all is
 * NOT_FOUND for the whole view), then the other parts in parallel. A part the caller may not read, or whose service
 * does not answer (no handler yet, a timeout), is left out and named in `omitted`.
 */
export async function composePatientContext(call: PartCaller, patientId: string, opts: ComposeOptions = {}): Promise<PatientContextDto> {
  const ability = opts.actor ? defineAbilityFor(opts.actor) : undefined;
  const omitted: OmittedPartDto[] = [];
  const allowed = (subject: PatientSubject, field?: string) => {
    if (!ability) return true;
    if (decide(ability, 'read', subject, patientId) !== 'allow') return false;
    return !field || readableFields(ability, subject, { patientId }, CONVERSATION_ALL_FIELDS).includes(field);
  };

  let profile: PatientContextDto['profile'];
  // Out of the caller's scope (not only never allowed) is still asked: the service records the denial, and the
  // NOT_FOUND it answers is the answer for the whole view.
  if (!ability || decide(ability, 'read', 'Patient', patientId) !== 'forbidden') {
    try {
      const full = unwrap(await call(PROFILES.patientGet, { patientId })) as Record<string, unknown>;
      profile = Object.fromEntries(PROFILE_BASICS.filter((k) => k in full).map((k) => [k, full[k]])) as PatientContextDto['profile'];
    } catch (err) {
      // The patient does not exist or is outside the caller's scope: the whole view is, too.
      if (err instanceof DomainException && err.code === ErrorCode.NOT_FOUND) throw err;
      omitted.push({ part: 'profile', reason: reasonOf(err) });
    }
  } else {
    omitted.push({ part: 'profile', reason: 'forbidden' });
  }

  const date = dayIn(opts.now ?? new Date(), profile?.timeZone);
  const specs: PartSpec[] = [
    { part: 'conditions', subject: 'Condition', pattern: PROFILES.conditionList, payload: { patientId, query: { clinicalStatus: 'active', limit: LIST_LIMIT } } },
    { part: 'medications', subject: 'Medication', pattern: PROFILES.medicationList, payload: { patientId, query: { status: 'active', limit: LIST_LIMIT } } },
    { part: 'protocols', subject: 'Protocol', pattern: TREATMENTS.regimenGet, payload: { patientId, date } },
    { part: 'biomarkers', subject: 'LabResult', pattern: LABS.resultLatest, payload: { patientId } },
    { part: 'wearables', subject: 'Wearable', pattern: LABS.wearableDaily, payload: { patientId, query: { from: addDays(date, 1 - CONTEXT_WEARABLE_DAYS), to: date } } },
    { part: 'conversation', subject: 'Conversation', field: 'content', pattern: PROFILES.conversationRecent, payload: { patientId, limit: opts.turns ?? DEFAULT_TURNS } },
  ];
  const answers = await Promise.all(specs.map(async (s) => {
    if (!allowed(s.subject, s.field)) return { part: s.part, omitted: 'forbidden' as const };
    try {
      return { part: s.part, value: unwrap(await call(s.pattern, s.payload)) };
    } catch (err) {
      return { part: s.part, omitted: reasonOf(err) };
    }
  }));

  const context: PatientContextDto = { patientId, date, ...(profile ? { profile: profile as Partial<PatientDto> } : {}), omitted };
  for (const a of answers) {
    if ('omitted' in a && a.omitted) {
      omitted.push({ part: a.part, reason: a.omitted });
      continue;
    }
    const value = (a as { value: unknown }).value;
    if (a.part === 'conversation') context.conversation = value as ConversationTurnDto[];
    else if (a.part === 'protocols') context.protocols = value;
    else context[a.part] = value as unknown[];
  }
  return context;
}
