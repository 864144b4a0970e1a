import { randomUUID } from 'node:crypto';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { DOMAIN_EVENT_PREFIX, type ResolvedPrincipalDto } from '@pg/contracts';
import type { GatewayConfig } from '@pg/config';
import { NatsNamespace, type NatsRpcClient } from '@pg/messaging';
import { TEST_NATS_URL } from '@pg/testing';
import { PrincipalResolver } from './principal-resolver.js';

/*
 * The gateway's principal cache on a real NATS connection. identity-svc stands behind `rpc`: what it answers is set by
 * the test, so what a request sees after a change is the test's to say: the state after the change, never a cached
 * copy from before it.
 */

const CLINICIAN = randomUUID();
const OTHER = randomUUID();
const PATIENT = randomUUID();

let nc: NatsConnection;
let ns: NatsNamespace;
let resolver: PrincipalResolver;
/** What identity-svc holds now: the clinician's care team, and the resolutions asked of it. */
let team: string[];
let asked: number;
let release: (() => void) | undefined;

beforeAll(async () => {
  nc = await connect({ servers: TEST_NATS_URL });
});

afterAll(async () => {
  await nc?.drain();
});

beforeEach(async () => {
  ns = new NatsNamespace(`t${randomUUID().slice(0, 8)}`);
  team = [];
  asked = 0;
  release = undefined;
  const rpc = {
    async request(_pattern: string, data: { subject: string }): Promise<ResolvedPrincipalDto> {
      asked++;
      const answer: ResolvedPrincipalDto = {
        id: data.subject === 'dr-a' ? CLINICIAN : OTHER, principalId: data.subject === 'dr-a' ? CLINICIAN : OTHER,
        subject: data.subject, kind: 'user', roles: ['clinician'], patientId: null, careTeam: [...team], scopes: [],
      };
      if (release === undefined) return answer;
      await new Promise<void>((r) => (release = r));
      return answer;
    },
  } as unknown as NatsRpcClient;
  resolver = new PrincipalResolver({ principalCacheTtlMs: 30_000 } as GatewayConfig, nc, ns, rpc);
  await resolver.onModuleInit();
});

afterEach(() => resolver.onApplicationShutdown());

describe('PrincipalResolver', () => {
  it('keeps a principal for its TTL: a care-team change nobody announced is not seen', async () => {
    expect((await resolver.resolve('dr-a', 'r1'))!.careTeam).toEqual([]);
    team = [PATIENT];
    expect((await resolver.resolve('dr-a', 'r2'))!.careTeam).toEqual([]);
    expect(asked).toBe(1);
  });

  it('drops the principal on identity-svc change event of its subject', async () => {
    await resolver.resolve('dr-a', 'r1');
    team = [PATIENT];
    nc.publish(ns.subject(`${DOMAIN_EVENT_PREFIX}.identity.careteam.changed`), JSON.stringify({ patientId: PATIENT, principalId: CLINICIAN, subject: 'dr-a', change: 'added' }));
    await nc.flush();
    expect((await resolver.resolve('dr-a', 'r2'))!.careTeam).toEqual([PATIENT]);
  });

  it('drops the principal a change forwarded by this gateway named, without waiting for the event; other principals stay', async () => {
    await resolver.resolve('dr-a', 'r1');
    await resolver.resolve('dr-b', 'r2');
    team = [PATIENT];
    resolver.forgetPrincipal(CLINICIAN);
    expect((await resolver.resolve('dr-a', 'r3'))!.careTeam).toEqual([PATIENT]);
    expect((await resolver.resolve('dr-b', 'r4'))!.careTeam).toEqual([]);
    expect(asked).toBe(3);
  });

  it('a resolution in flight when the change was confirmed is neither joined by a later request nor cached', async () => {
    release = () => undefined;
    const before = resolver.resolve('dr-a', 'r1');
    await new Promise((r) => setImmediate(r));
    const answerBefore = release!;
    release = undefined;
    resolver.forgetPrincipal(CLINICIAN);
    team = [PATIENT];
    expect((await resolver.resolve('dr-a', 'r2'))!.careTeam).toEqual([PATIENT]);
    answerBefore();
    expect((await before)!.careTeam).toEqual([]);
    expect((await resolver.resolve('dr-a', 'r3'))!.careTeam).toEqual([PATIENT]);
    expect(asked).toBe(2);
  });
});
