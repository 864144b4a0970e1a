/**
 * Domain events, past tense, on stream EVENTS as `events.<name>`. Gateways listen on `events.identity.>` and drop
 * the cached principal of the event's `subject`.
 */
export const IDENTITY_EVENTS = {
  principalChanged: 'identity.principal.changed',
  careTeamChanged: 'identity.careteam.changed',
} as const;

/** A principal was created, or its roles, binding, scopes or status changed: gateways drop their cached copy of this subject. */
export class PrincipalChangedEvent {
  constructor(
    readonly principalId: string,
    readonly subject: string,
    readonly change: 'created' | 'updated' | 'deactivated',
    readonly occurredAt: string = new Date().toISOString(),
  ) {}
}

/** A care-team membership was added or ended; `subject` is the member's, so gateways can drop its cached principal. */
export class CareTeamChangedEvent {
  constructor(
    readonly patientId: string,
    readonly principalId: string,
    readonly subject: string,
    readonly change: 'added' | 'removed',
    readonly occurredAt: string = new Date().toISOString(),
  ) {}
}
