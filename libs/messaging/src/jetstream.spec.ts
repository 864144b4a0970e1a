import { jetstreamManager, RetentionPolicy, StorageType, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { TEST_NATS_URL, uniqueSuffix } from '@pg/testing';
import { ensureStreams, STREAM } from './jetstream.js';
import { NatsNamespace } from './namespace.js';

const HOUR_NS = 3_600 * 1_000_000_000;

let nc: NatsConnection;
let jsm: JetStreamManager;
const ns = new NatsNamespace(`t${uniqueSuffix()}`);

beforeAll(async () => {
  nc = await connect({ servers: TEST_NATS_URL });
  jsm = await jetstreamManager(nc);
});

afterAll(async () => {
  for (const name of [STREAM.audit, STREAM.events]) await jsm.streams.delete(ns.stream(name)).catch(() => undefined);
  await nc?.close();
});

describe('ensureStreams: domain events do not pile up', () => {
  it('an EVENTS stream created before the limit gets it on the next run (7 days by default), AUDIT never ages', async () => {
    // As the streams were before: EVENTS without a max age.
    await jsm.streams.add({ name: ns.stream(STREAM.events), subjects: [ns.subject('events.>')], storage: StorageType.File, retention: RetentionPolicy.Limits });
    expect((await jsm.streams.info(ns.stream(STREAM.events))).config.max_age).toBe(0);

    await ensureStreams(nc, ns, { storage: 'file' });
    expect((await jsm.streams.info(ns.stream(STREAM.events))).config.max_age).toBe(7 * 24 * HOUR_NS);
    expect((await jsm.streams.info(ns.stream(STREAM.audit))).config.max_age).toBe(0);

    await ensureStreams(nc, ns, { storage: 'file', events: { maxAgeHours: 24 } });
    expect((await jsm.streams.info(ns.stream(STREAM.events))).config.max_age).toBe(24 * HOUR_NS);
  });
});
