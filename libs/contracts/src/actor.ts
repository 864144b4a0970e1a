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
  breakGlass?: { reason: string };
  ip?: string;
  userAgent?: string;
}

/** Everything a handler knows about the request beyond its payload. */
export interface RequestMeta {
  requestId: string;
  traceparent?: string;
  actor: ActorContext;
}
