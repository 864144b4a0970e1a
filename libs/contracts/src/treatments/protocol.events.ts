import type { ProtocolStatus } from './protocol.dto.js';

/**
 * Domain events of treatments-svc's protocols on stream EVENTS (`events.<name>`), for the timeline: ids, the
 * version number and the status, never a compound, a dose or a name (EVENTS is read without an audit record).
 */
export const PROTOCOL_EVENTS = {
  protocolChanged: 'treatments.protocol.changed',
} as const;

/** A protocol got a new version (its first one included). `occurredAt` is when the version was made. */
export class ProtocolChangedEvent {
  constructor(
    readonly protocolId: string,
    readonly patientId: string,
    readonly version: number,
    readonly status: ProtocolStatus,
    readonly occurredAt: string = new Date().toISOString(),
  ) {}
}
