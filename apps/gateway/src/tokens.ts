/** Injection tokens of the gateway. */
export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');
export const NATS_CONNECTION = Symbol('GATEWAY_NATS_CONNECTION');
/** Where the gateway's own audit events come from (its refusals, idempotent replays). */
export const GATEWAY_AUDIT_SOURCE = Symbol('GATEWAY_AUDIT_SOURCE');
