import { NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager, JetStreamClient, RetentionPolicy, StorageType, DiscardPolicy } from '@nats-io/jetstream';
import { AUDIT_RECORD_SUBJECT, DOMAIN_EVENT_PREFIX } from '@pg/contracts';
import { DEFAULT_EVENTS_MAX_AGE_HOURS } from '@pg/config';
import { NatsNamespace } from './namespace.js';

export const STREAM = { audit: 'AUDIT', events: 'EVENTS' } as const;

export interface StreamOptions {
  /** `file` in production: acked events must survive a restart of nats-server. */
  storage?: 'file' | 'memory';
  replicas?: number;
  /** Overrides for the AUDIT stream alone (BaseConfig.auditStream: AUDIT_STREAM_STORAGE, AUDIT_STREAM_REPLICAS). */
  audit?: { storage?: 'file' | 'memory'; replicas?: number };
  /** The EVENTS stream's retention (BaseConfig.eventsStream: EVENTS_MAX_AGE_HOURS); 7 days when not given. */
  events?: { maxAgeHours?: number };
}

const NANOS_PER_HOUR = 3_600 * 1_000_000_000;

/**
 * Creates (or updates) the AUDIT and EVENTS streams of a namespace. The AUDIT stream dedupes on
 * `Nats-Msg-Id` (the event id) within its duplicate window, so a publisher's retry never doubles an event.
 * EVENTS has a max age (default 7 days): domain events are notifications for consumers, not a store; an
 * existing stream gets it on the next run (stream update).
 */
export async function ensureStreams(nc: NatsConnection, ns: NatsNamespace, opts: StreamOptions = {}): Promise<void> {
  const jsm = await jetstreamManager(nc);
  const storageOf = (v?: 'file' | 'memory') => (v === 'memory' ? StorageType.Memory : StorageType.File);
  const replicas = opts.replicas ?? 1;
  const wanted = [
    {
      name: ns.stream(STREAM.audit),
      subjects: [ns.subject(`${AUDIT_RECORD_SUBJECT}.>`)],
      storage: storageOf(opts.audit?.storage ?? opts.storage),
      replicas: opts.audit?.replicas ?? replicas,
    },
    {
      name: ns.stream(STREAM.events),
      subjects: [ns.subject(`${DOMAIN_EVENT_PREFIX}.>`)],
      storage: storageOf(opts.storage),
      replicas,
      maxAgeNanos: (opts.events?.maxAgeHours ?? DEFAULT_EVENTS_MAX_AGE_HOURS) * NANOS_PER_HOUR,
    },
  ];
  for (const s of wanted) {
    const config = {
      name: s.name,
      subjects: s.subjects,
      storage: s.storage,
      num_replicas: s.replicas,
      retention: RetentionPolicy.Limits,
      discard: DiscardPolicy.Old,
      duplicate_window: 2 * 60 * 1_000_000_000,
      // 0 is JetStream's "no limit": the AUDIT stream is drained by audit-svc and must never drop an event by age.
      max_age: 'maxAgeNanos' in s ? s.maxAgeNanos : 0,
    };
    try {
      await jsm.streams.info(s.name);
      const { storage: _immutable, ...updatable } = config;
      await jsm.streams.update(s.name, updatable);
    } catch {
      await jsm.streams.add(config);
    }
  }
}

export function jetStreamClient(nc: NatsConnection, timeoutMs: number): JetStreamClient {
  return jetstream(nc, { timeout: timeoutMs });
}

/** Publishes a domain event on EVENTS: `events.<domain>.<aggregate>.<past-tense>`. */
export async function publishDomainEvent(js: JetStreamClient, ns: NatsNamespace, name: string, payload: object, eventId: string): Promise<void> {
  await js.publish(ns.subject(`${DOMAIN_EVENT_PREFIX}.${name}`), JSON.stringify(payload), { msgID: eventId });
}
