import { applyDecorators, SetMetadata } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { AuditAction, type Role } from '@pg/contracts';

export const RPC_AUDIT_META = 'pg:rpc-audit';

export interface RpcAuditSpec {
  /** The pattern, kept here so coverage tests can list what every handler records. */
  pattern: string;
  action: AuditAction;
  /** The resource type recorded (`patient`, `principal`, `care-team` …). */
  resource: string;
  /** Payload key holding the resource id, when the request names one. Defaults to `id`. */
  idKey?: string;
  /**
   * Keys of `payload.query` that are safe to record (ids and enums: no free text, no PHI); others are recorded as
   * present only. Declaring it (even empty) makes the handler's event carry the filter: searches and exports.
   */
  queryKeys?: readonly string[];
  /** For resources that are not about one patient (principals): do not derive a patientId from the result's id. */
  patientFromResultId?: boolean;
  /**
   * A search records one event per returned item (default), so every patient it touched has a record. Off for
   * searches whose items touch no patient record (the audit trail itself): the one search event stands for them.
   */
  eventPerItem?: boolean;
  /**
   * A write whose transaction begins only when the handler calls beginTransaction(), after its checks: for
   * handlers that do CPU work or read large inputs first (a lab upload's PDF scan), so no connection waits on it.
   */
  deferTransaction?: boolean;
  /**
   * The handler is itself the authentication step (identity-svc's service-credential exchange): no actor context
   * is required. The event names the principal the handler answered for (`result.principalId`, `result.subject`,
   * `result.onBehalfOf`), or, when it refused, the subject claimed in the payload.
   */
  credentialExchange?: boolean;
  /**
   * The handler authenticates a partner itself (an HMAC signature over the raw body of its webhook): no actor
   * context is required, and the events name the partner (`partner:<name>`, kind `service`, no principal). The
   * handler runs as a write whose transaction begins at beginTransaction() (its effect commits only once its events
   * are acknowledged); a refusal is recorded as
   * `denied` with the partner claimed. The result's `patientId`, when there is one, is the patient touched.
   */
  partner?: string;
  /**
   * The request comes from outside with no actor context and the handler authenticates it itself (an OAuth
   * redirect by its single-use state, a vendor webhook by its signature). The handler returns a
   * `SelfAuthenticatedResult`: the actor its check established (the principal the state was issued to, the
   * vendor) is what the event records, and `reply` is what goes back. A refusal is recorded as anonymous, unless the
   * handler's check had already established the actor (`withEstablishedActor`): then it is recorded as that actor.
   */
  selfAuthenticated?: boolean;
  /**
   * False for handlers whose records are not a patient's record even when they name one (principals: a patient's
   * login stays manageable while the patient is deleted). Otherwise, in a service with a PatientGate, the call is
   * refused with NOT_FOUND when the patient it names or returns is not live (patient-gate.ts).
   */
  patientGate?: boolean;
  /**
   * The handler reads several parts of one patient's record in one call (the assistant's view: one request per
   * service instead of one per part). Each part is recorded exactly as the pattern that reads it alone records it —
   * the success events of what it returned, or its refusal — and all of them are acknowledged before the reply.
   * The handler returns `auditedParts(...)` (readPart per part); a request that fails as a whole (refused context,
   * invalid payload, a patient that is not live) is recorded as a failure of every part it names in `payload.parts`.
   */
  parts?: Readonly<Record<string, PartAuditSpec>>;
}

/** What one part of a composite read records: the spec of the pattern that reads that part alone. */
export type PartAuditSpec = Pick<RpcAuditSpec, 'pattern' | 'action' | 'resource' | 'idKey' | 'queryKeys' | 'patientFromResultId' | 'eventPerItem'>;

/** One part of a composite read: the payload its own pattern would have had, and what reading it gave. */
export type PartOutcome = { part: string; payload: Record<string, unknown> } & ({ ok: true; result: unknown } | { ok: false; error: unknown });

const PARTS = Symbol('pg:audited-parts');

/** What a `parts` handler returns: every part's outcome (for the audit events) and the reply. */
export interface AuditedParts<T> {
  [PARTS]: PartOutcome[];
  reply: T;
}

/** Reads one part as its own handler would (the service method, with its checks), catching its refusal. */
export async function readPart(part: string, payload: Record<string, unknown>, read: () => Promise<unknown>): Promise<PartOutcome> {
  try {
    return { part, payload, ok: true, result: await read() };
  } catch (error) {
    return { part, payload, ok: false, error };
  }
}

export function auditedParts<T>(outcomes: PartOutcome[], reply: T): AuditedParts<T> {
  return { [PARTS]: outcomes, reply };
}

export function isAuditedParts(v: unknown): v is AuditedParts<unknown> {
  return typeof v === 'object' && v !== null && Array.isArray((v as Partial<AuditedParts<unknown>>)[PARTS]);
}

/** The outcomes of an `auditedParts` result. */
export function partOutcomes(v: AuditedParts<unknown>): PartOutcome[] {
  return v[PARTS];
}

/** What a `selfAuthenticated` handler returns: who its own check found, and the reply. */
export interface SelfAuthenticatedResult<T> {
  auditActor: { principalId: string | null; subject: string | null; roles: Role[]; kind: 'user' | 'service' | 'anonymous'; onBehalfOf?: string };
  /** The record and patient the event is about, when the reply does not name them as `id` / `patientId`. */
  resource?: { id?: string; patientId?: string };
  reply: T;
}

const ESTABLISHED = Symbol('pg:self-authenticated-actor');

/**
 * Marks a refusal of a `selfAuthenticated` handler that came after its own check established who is acting (an
 * OAuth callback whose state was valid, then the vendor declined or the code exchange failed): the failure is
 * recorded with that actor and resource, not as anonymous. Returns the error, to be thrown.
 */
export function withEstablishedActor<E extends Error>(err: E, who: Pick<SelfAuthenticatedResult<unknown>, 'auditActor' | 'resource'>): E {
  Object.defineProperty(err, ESTABLISHED, { value: who, enumerable: false });
  return err;
}

/** The actor a `selfAuthenticated` handler established before it failed (withEstablishedActor), if any. */
export function establishedActorOf(err: unknown): Pick<SelfAuthenticatedResult<unknown>, 'auditActor' | 'resource'> | undefined {
  return typeof err === 'object' && err !== null ? (err as { [ESTABLISHED]?: Pick<SelfAuthenticatedResult<unknown>, 'auditActor' | 'resource'> })[ESTABLISHED] : undefined;
}

/** Handlers without an actor: health probes. They touch no patient data and are not audited. */
export const RPC_PUBLIC_META = 'pg:rpc-public';

/**
 * A message handler that touches data: the pattern plus what its audit events say. The global RpcInterceptor
 * verifies the actor context and records the outcome of every call to such a handler, allowed or denied.
 */
export function AuditedPattern(spec: RpcAuditSpec): MethodDecorator {
  return applyDecorators(MessagePattern(spec.pattern), SetMetadata(RPC_AUDIT_META, spec));
}

/** A handler that needs no actor and records nothing (health). */
export function PublicPattern(pattern: string): MethodDecorator {
  return applyDecorators(MessagePattern(pattern), SetMetadata(RPC_PUBLIC_META, true));
}
