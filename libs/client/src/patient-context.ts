import { decide, defineAbilityFor, type PatientSubject } from '@pg/access';
import {
  ACTIVE_CLINICAL_STATUSES, CONTEXT_PART_PATTERNS, CONTEXT_PARTS, DomainException, ErrorCode, type ActorContext, type ContextPart, type ConversationTurnDto,
  type OmittedPartDto, type PatientContextDto, type PatientDto, todayIn,
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
  /** A field the caller must be able to read (conversation content, wearable values). */
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

/** `YYYY-MM-DD` of `at` in `timeZone` (contracts' todayIn; UTC when the zone is unknown or missing). */
export function dayIn(at: Date, timeZone?: string | null): string {
  try {
    return todayIn(timeZone || null, at);
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
 * pattern; an internal caller signs each request with its service credential). All parts are asked in parallel,
 * except the two that need "today" in the patient's time zone (regimen, wearables), which follow the profile (UTC
 * when it names no zone). A patient the caller may not see at all is NOT_FOUND for the whole view. A part the caller
 * may not read, or whose service does not answer (no handler yet, a timeout), is left out and named in `omitted`.
 */
export async function composePatientContext(call: PartCaller, patientId: string, opts: ComposeOptions = {}): Promise<PatientContextDto> {
  const ability = opts.actor ? defineAbilityFor(opts.actor) : undefined;
  const allowed = (subject: PatientSubject, field?: string) => {
    if (!ability) return true;
    return decide(ability, 'read', subject, patientId, field) === 'allow';
  };
  type Answer = { part: ContextPart; value?: unknown; omitted?: OmittedPartDto['reason'] };
  const ask = async (s: PartSpec): Promise<Answer> => {
    if (!allowed(s.subject, s.field)) return { part: s.part, omitted: 'forbidden' };
    try {
      return { part: s.part, value: unwrap(await call(s.pattern, s.payload)) };
    } catch (err) {
      return { part: s.part, omitted: reasonOf(err) };
    }
  };

  // Out of the caller's scope (not only never allowed) the profile is still asked: the service records the denial,
  // and its NOT_FOUND is the answer for the whole view; nothing else is asked then.
  const patientDecision = ability ? decide(ability, 'read', 'Patient', patientId) : 'allow';
  const readProfile = async (): Promise<Answer> => {
    if (patientDecision === 'forbidden') return { part: 'profile', omitted: 'forbidden' };
    try {
      const full = unwrap(await call(CONTEXT_PART_PATTERNS.profile, { patientId })) as Record<string, unknown>;
      return { part: 'profile', value: Object.fromEntries(PROFILE_BASICS.filter((k) => k in full).map((k) => [k, full[k]])) };
    } catch (err) {
      if (err instanceof DomainException && err.code === ErrorCode.NOT_FOUND) throw err;
      return { part: 'profile', omitted: reasonOf(err) };
    }
  };
  const now = opts.now ?? new Date();
  const independent: PartSpec[] = [
    // Active for the assistant is FHIR's active, recurrence and relapse: the page is filtered here (one status per query).
    { part: 'conditions', subject: 'Condition', pattern: CONTEXT_PART_PATTERNS.conditions, payload: { patientId, query: { limit: LIST_LIMIT } } },
    { part: 'medications', subject: 'Medication', pattern: CONTEXT_PART_PATTERNS.medications, payload: { patientId, query: { status: 'active', limit: LIST_LIMIT } } },
    { part: 'biomarkers', subject: 'LabResult', pattern: CONTEXT_PART_PATTERNS.biomarkers, payload: { patientId } },
    { part: 'conversation', subject: 'Conversation', field: 'content', pattern: CONTEXT_PART_PATTERNS.conversation, payload: { patientId, limit: opts.turns ?? DEFAULT_TURNS } },
  ];
  const profileAnswer = readProfile();
  const early = patientDecision === 'not-found' ? [] : independent.map(ask);
  let profile: Answer;
  try {
    profile = await profileAnswer;
  } catch (err) {
    await Promise.allSettled(early);
    throw err;
  }
  const timeZone = (profile.value as { timeZone?: string | null } | undefined)?.timeZone;
  const date = dayIn(now, timeZone);
  const dated: PartSpec[] = [
    { part: 'protocols', subject: 'Protocol', pattern: CONTEXT_PART_PATTERNS.protocols, payload: { patientId, date, ...(timeZone ? { timeZone } : {}) } },
    // A coordinator reads Wearable connection status only: the summaries need the data (`value`), as labs-svc checks.
    { part: 'wearables', subject: 'Wearable', field: 'value', pattern: CONTEXT_PART_PATTERNS.wearables, payload: { patientId, query: { from: addDays(date, 1 - CONTEXT_WEARABLE_DAYS), to: date } } },
  ];
  const answers = [profile, ...(await Promise.all([...(early.length ? early : independent.map(ask)), ...dated.map(ask)]))];

  const context: PatientContextDto = { patientId, date, omitted: [] };
  for (const part of CONTEXT_PARTS) {
    const a = answers.find((x) => x.part === part)!;
    if (a.omitted) {
      context.omitted.push({ part, reason: a.omitted });
      continue;
    }
    if (part === 'profile') context.profile = a.value as Partial<PatientDto>;
    else if (part === 'conditions') {
      context.conditions = (Array.isArray(a.value) ? a.value : []).filter((c: { clinicalStatus?: string }) =>
        !c.clinicalStatus || (ACTIVE_CLINICAL_STATUSES as readonly string[]).includes(c.clinicalStatus));
    }
    else if (part === 'conversation') context.conversation = a.value as ConversationTurnDto[];
    else if (part === 'protocols') context.protocols = a.value;
    else context[part] = a.value as unknown[];
  }
  return context;
}
