import { decide, defineAbilityFor, type PatientSubject } from '@pg/access';
import {
  ACTIVE_CLINICAL_STATUSES, CONTEXT_PART_PATTERNS, CONTEXT_PARTS, DomainException, ErrorCode, isRpcErrorBody, LABS, LABS_CONTEXT_PARTS, PROFILES,
  PROFILES_CONTEXT_PARTS, todayIn, type ActorContext, type ContextPart, type ContextPartReply, type ContextPartsReply, type ConversationTurnDto,
  type OmittedPartDto, type PatientContextDto, type PatientDto,
} from '@pg/contracts';

/** Sends one service's request as the caller (an audited request of its own) and resolves to the service's reply. */
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

/** The requests that give several parts at once: one per service that owns more than one part. */
const CONTEXT_READ_PATTERNS = { profiles: PROFILES.contextRead, labs: LABS.contextRead } as const;

/**
 * What the caller must be able to read for a part (the services check the same): a field when the subject alone is
 * not enough (conversation content; wearable values — a coordinator reads a Wearable's connection status only).
 */
const PART_SUBJECTS: Record<Exclude<ContextPart, 'profile'>, { subject: PatientSubject; field?: string }> = {
  conditions: { subject: 'Condition' },
  medications: { subject: 'Medication' },
  protocols: { subject: 'Protocol' },
  biomarkers: { subject: 'LabResult' },
  wearables: { subject: 'Wearable', field: 'value' },
  conversation: { subject: 'Conversation', field: 'content' },
};

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

/** A part's answer within a service's share: its value, or the error its own pattern would have answered with. */
function answerOf(reply: ContextPartReply | undefined): { value: unknown } | { error: DomainException } {
  if (!reply) return { error: DomainException.unavailable('The part was not answered') };
  if ('error' in reply) {
    const e = reply.error;
    return { error: isRpcErrorBody(e) ? new DomainException(e.code, e.message, e.details ?? []) : new DomainException(ErrorCode.INTERNAL, 'Internal error') };
  }
  return { value: reply.value };
}

/**
 * The assistant's view of one patient, composed from the services that own each part — no service reads another's
 * schema. Each service is asked once for all of its parts (`PROFILES.contextRead`, `LABS.contextRead`,
 * `TREATMENTS.regimenGet`): an ordinary request made as the caller (the gateway signs a user context for it; an
 * internal caller signs it with its service credential), in which the service reads each part through the method its
 * own pattern calls and records each part as read (or refused) as that pattern does. profiles-svc is asked first: its
 * profile gives "today" in the patient's time zone (UTC when it names no zone) that the regimen and the wearables
 * need; labs-svc and treatments-svc follow in parallel. A patient the caller may not see at all is NOT_FOUND for the
 * whole view. A part the caller may not read, or whose service does not answer (no handler yet, a timeout), is left
 * out and named in `omitted`.
 */
export async function composePatientContext(call: PartCaller, patientId: string, opts: ComposeOptions = {}): Promise<PatientContextDto> {
  const ability = opts.actor ? defineAbilityFor(opts.actor) : undefined;
  const allowed = (part: Exclude<ContextPart, 'profile'>) => {
    if (!ability) return true;
    const { subject, field } = PART_SUBJECTS[part];
    return decide(ability, 'read', subject, patientId, field) === 'allow';
  };
  type Answer = { part: ContextPart; value?: unknown; omitted?: OmittedPartDto['reason'] };
  const answers = new Map<ContextPart, Answer>();
  let profileError: unknown;
  const record = (part: ContextPart, a: { value: unknown } | { error: unknown }) => {
    if ('error' in a && part === 'profile') profileError = a.error;
    answers.set(part, 'error' in a ? { part, omitted: reasonOf(a.error) } : { part, value: unwrap(a.value) });
  };
  /** Asks one service for `parts` in one request; each part's answer (or the request's failure) is recorded. */
  const askService = async (parts: ContextPart[], pattern: string, payload: object, single?: boolean): Promise<void> => {
    if (!parts.length) return;
    let reply: unknown;
    try {
      reply = await call(pattern, payload);
    } catch (err) {
      for (const part of parts) record(part, { error: err });
      return;
    }
    if (single) record(parts[0]!, { value: reply });
    else for (const part of parts) record(part, answerOf((reply as ContextPartsReply | undefined)?.parts?.[part]));
  };

  // Out of the caller's scope (not only never allowed) the profile is still asked: the service records the denial,
  // and its NOT_FOUND is the answer for the whole view; nothing else is asked then.
  const patientDecision = ability ? decide(ability, 'read', 'Patient', patientId) : 'allow';
  for (const part of CONTEXT_PARTS) if (part !== 'profile' && !allowed(part)) answers.set(part, { part, omitted: 'forbidden' });
  if (patientDecision === 'forbidden') answers.set('profile', { part: 'profile', omitted: 'forbidden' });
  const pending = (parts: readonly ContextPart[]) => parts.filter((p) => !answers.has(p));

  const profilesPayload = (parts: ContextPart[]) => ({
    patientId, parts,
    // Active for the assistant is FHIR's active, recurrence and relapse: the page is filtered here (one status per query).
    ...(parts.includes('conditions') ? { conditions: { limit: LIST_LIMIT } } : {}),
    ...(parts.includes('medications') ? { medications: { status: 'active', limit: LIST_LIMIT } } : {}),
    ...(parts.includes('conversation') ? { turns: opts.turns ?? DEFAULT_TURNS } : {}),
  });
  const first = patientDecision === 'not-found' ? pending(['profile']) : pending(PROFILES_CONTEXT_PARTS);
  await askService(first, CONTEXT_READ_PATTERNS.profiles, profilesPayload(first));
  // The service's NOT_FOUND of the profile is the answer for the whole view (its other parts were refused too).
  if (profileError instanceof DomainException && profileError.code === ErrorCode.NOT_FOUND) throw profileError;
  const full = answers.get('profile')?.value as Record<string, unknown> | undefined;
  if (full) answers.set('profile', { part: 'profile', value: Object.fromEntries(PROFILE_BASICS.filter((k) => k in full).map((k) => [k, full[k]])) });

  const timeZone = full?.timeZone as string | null | undefined;
  const now = opts.now ?? new Date();
  const date = dayIn(now, timeZone);
  const labsParts = pending(LABS_CONTEXT_PARTS);
  const profilesRest = pending(PROFILES_CONTEXT_PARTS); // empty unless only the profile was asked first
  await Promise.all([
    askService(profilesRest, CONTEXT_READ_PATTERNS.profiles, profilesPayload(profilesRest)),
    askService(labsParts, CONTEXT_READ_PATTERNS.labs, {
      patientId, parts: labsParts,
      ...(labsParts.includes('wearables') ? { wearables: { from: addDays(date, 1 - CONTEXT_WEARABLE_DAYS), to: date } } : {}),
    }),
    askService(pending(['protocols']), CONTEXT_PART_PATTERNS.protocols, { patientId, date, ...(timeZone ? { timeZone } : {}) }, true),
  ]);

  const context: PatientContextDto = { patientId, date, omitted: [] };
  for (const part of CONTEXT_PARTS) {
    const a = answers.get(part) ?? { part, omitted: 'unavailable' as const };
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
