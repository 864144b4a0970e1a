/** Roles of RBAC.md. A service principal carries `service` plus its scopes. */
export const Role = {
  patient: 'patient',
  clinician: 'clinician',
  coordinator: 'coordinator',
  admin: 'admin',
  auditor: 'auditor',
  service: 'service',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const PURPOSES_OF_USE = ['treatment', 'payment', 'operations', 'patient-request', 'research', 'legal'] as const;
export type PurposeOfUse = (typeof PURPOSES_OF_USE)[number];

/**
 * Who is asking, as the gateway (or an internal caller) resolved it. It travels signed in NATS headers;
 * services trust nothing else about the caller.
 */
export interface ActorContext {
  principalId: string;
  subject: string;
  kind: 'user' | 'service';
  roles: Role[];
  /** The patient a `patient` principal is bound to. */
  patientId?: string;
  /** Patients on whose care team the principal is active now. */
  careTeam: string[];
  /** Scopes of a service principal, e.g. `profiles:read`. */
  scopes?: string[];
  /** A service principal acting for one patient only. */
  onBehalfOf?: string;
  purposeOfUse: PurposeOfUse;
  /**
   * A clinician's `X-Break-Glass` (RBAC.md). It binds to ONE patient: the patient in the path of a read of that
   * patient's record (`patientId`); the ability grants reading that patient only. On a search, a list across
   * patients, an export or a write it grants nothing and is carried `refused`, so the audit event says so.
   * Only a principal holding `clinician` carries it; the reason is at most BREAK_GLASS_REASON_STORED characters.
   */
  breakGlass?: BreakGlass;
  ip?: string;
  userAgent?: string;
}

/** Break-glass as the actor context carries it: bound to one patient, or refused (it granted nothing). */
export type BreakGlass = { reason: string; patientId: string; refused?: never } | { reason: string; refused: true; patientId?: never };

/** Characters of a break-glass reason kept in the actor context and the audit trail (input may be up to 500). */
export const BREAK_GLASS_REASON_STORED = 200;

/** Everything a handler knows about the request beyond its payload. */
export interface RequestMeta {
  requestId: string;
  traceparent?: string;
  actor: ActorContext;
}
