import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { AckPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { natsConnectionOptions, natsServerAndCredentials } from '@pg/messaging';

/*
 * docker-compose.yml gives every app its own NATS user (nats/users.conf). This runs a real nats-server with that
 * very file and checks that each user can do its job and nothing else: a service cannot call another service,
 * forge another app's audit event or an identity event, read the audit stream or delete it.
 */

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const APPS = ['gateway', 'profiles', 'identity', 'labs', 'treatments', 'audit', 'migrate', 'assistant'] as const;
const PASSWORDS = Object.fromEntries(APPS.map((a) => [a, `pw-${a}-${Math.random().toString(36).slice(2)}`])) as Record<(typeof APPS)[number], string>;
const USER_OF = { gateway: 'gateway', migrate: 'migrate', assistant: 'assistant', profiles: 'profiles-svc', identity: 'identity-svc', labs: 'labs-svc', treatments: 'treatments-svc', audit: 'audit-svc' } as const;

let dir: string;
let server: ChildProcess;
let port: number;
const open: NatsConnection[] = [];

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const p = (srv.address() as { port: number }).port;
      srv.close(() => res(p));
    });
  });
}

/** A connection as the app would make it: NATS_URL with the app's user and password in it. */
async function as(app: (typeof APPS)[number], password = PASSWORDS[app]): Promise<NatsConnection> {
  const nc = await connect({ ...natsConnectionOptions(`nats://${USER_OF[app]}:${encodeURIComponent(password)}@127.0.0.1:${port}`, app), maxReconnectAttempts: 0 });
  open.push(nc);
  return nc;
}

/** The permission errors the server reports to a connection. */
function violations(nc: NatsConnection): string[] {
  const seen: string[] = [];
  void (async () => {
    for await (const s of nc.status()) if (s.type === 'error' && 'error' in s) seen.push(String((s.error as Error).message));
  })();
  return seen;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pg-nats-users-'));
  port = await freePort();
  // nats-server resolves includes beside the including file: the test config sits next to a copy of users.conf.
  await copyFile(join(ROOT, 'nats/users.conf'), join(dir, 'users.conf'));
  await writeFile(join(dir, 'test.conf'), `port: ${port}\nhost: 127.0.0.1\njetstream { store_dir: "${join(dir, 'js')}" }\ninclude ./users.conf\n`);
  const env = { ...Object.fromEntries(APPS.map((a) => [`NATS_${a.toUpperCase()}_PASSWORD`, PASSWORDS[a]])), PATH: process.env.PATH ?? '' };
  server = spawn('nats-server', ['-c', join(dir, 'test.conf')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const deadline = Date.now() + 10_000;
  for (;;) {
    const up = await connect({ servers: `127.0.0.1:${port}`, user: 'migrate', pass: PASSWORDS.migrate, reconnect: false }).then((nc) => nc.close().then(() => true), () => false);
    if (up) break;
    if (server.exitCode !== null || Date.now() > deadline) throw new Error('nats-server did not start with nats/users.conf');
    await new Promise((r) => setTimeout(r, 50));
  }
  // The migrate job creates the streams, as in docker-compose.
  const jsm = await jetstreamManager(await as('migrate'));
  await jsm.streams.add({ name: 'AUDIT', subjects: ['audit.record.>'] });
  await jsm.streams.add({ name: 'EVENTS', subjects: ['events.>'] });
}, 120_000);

afterAll(async () => {
  await Promise.all(open.map((nc) => nc.close().catch(() => undefined)));
  server?.kill('SIGTERM');
  if (server && server.exitCode === null) await new Promise((r) => server.once('exit', r));
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('NATS users of docker-compose (nats/users.conf)', () => {
  it('reads the user and password of an app out of NATS_URL (nats.js takes them only as options)', () => {
    expect(natsServerAndCredentials('nats://labs-svc:s%40cret@nats-1:4222')).toEqual({ servers: 'nats://nats-1:4222', user: 'labs-svc', pass: 's@cret' });
    expect(natsServerAndCredentials('nats://127.0.0.1:4222')).toEqual({ servers: 'nats://127.0.0.1:4222' });
  });

  it('lets the gateway call a service and the service answer, and nobody in with a wrong password or an unknown user', async () => {
    const profiles = await as('profiles');
    profiles.subscribe('profiles.>', { queue: 'profiles-svc', callback: (err, m) => {
      if (!err) m.respond(`served ${m.subject}`);
    } });
    await profiles.flush();
    const gateway = await as('gateway');
    expect((await gateway.request('profiles.patient.get', '{}', { timeout: 2000 })).string()).toBe('served profiles.patient.get');
    await expect(as('profiles', 'wrong-password')).rejects.toThrow(/Authorization Violation/);
    await expect(connect({ servers: `127.0.0.1:${port}`, user: 'intruder', pass: 'x', reconnect: false })).rejects.toThrow(/Authorization Violation/);
  });

  it('keeps a service to its own subjects: no calls to another service, no forged audit or identity events, no listening in', async () => {
    const profiles = await as('profiles');
    const seen = violations(profiles);
    await expect(profiles.request('labs.report.get', '{}', { timeout: 1000 })).rejects.toThrow(/Permissions Violation for Publish to "labs.report.get"/);
    profiles.publish('audit.record.labs-svc', '{"forged":true}');
    profiles.publish('events.identity.principal.changed', '{"subject":"e2e-admin"}');
    const eavesdrop: string[] = [];
    for (const subject of ['labs.>', 'audit.record.>', 'events.identity.>', '>']) {
      profiles.subscribe(subject, {
        callback: (err) => {
          if (err) eavesdrop.push(err.message);
        },
      });
    }
    await profiles.flush();
    const deadline = Date.now() + 5000;
    while (seen.length < 7 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual(expect.arrayContaining([
      'Permissions Violation for Publish to "audit.record.labs-svc"',
      'Permissions Violation for Publish to "events.identity.principal.changed"',
      'Permissions Violation for Subscription to "labs.>"',
      'Permissions Violation for Subscription to "audit.record.>"',
      'Permissions Violation for Subscription to "events.identity.>"',
      'Permissions Violation for Subscription to ">"',
    ]));
    expect(eavesdrop).toHaveLength(4);
    // Nothing forged reached the streams.
    const jsm = await jetstreamManager(await as('migrate'));
    expect((await jsm.streams.info('AUDIT')).state.messages).toBe(0);
    expect((await jsm.streams.info('EVENTS')).state.messages).toBe(0);
  });

  it('gives each app its own reply inbox: requests still get answers, nobody can listen to another app\'s replies', async () => {
    const gateway = await as('gateway');
    const treatments = await as('treatments');
    treatments.subscribe('treatments.>', { queue: 'treatments-svc', callback: (err, m) => {
      if (!err) m.respond('ok');
    } });
    await treatments.flush();
    // The reply travels to _INBOX_gateway.…, the only inbox the gateway's user may subscribe to.
    expect((await gateway.request('treatments.health', '{}', { timeout: 2000 })).string()).toBe('ok');
    const labs = await as('labs');
    const seen = violations(labs);
    for (const subject of ['_INBOX.>', '_INBOX_gateway.>', '_INBOX_profiles-svc.>']) labs.subscribe(subject, { callback: () => undefined });
    await labs.flush();
    const deadline = Date.now() + 5000;
    while (seen.length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual(expect.arrayContaining([
      'Permissions Violation for Subscription to "_INBOX.>"',
      'Permissions Violation for Subscription to "_INBOX_gateway.>"',
      'Permissions Violation for Subscription to "_INBOX_profiles-svc.>"',
    ]));
  });

  it('lets each app append its own audit events (acknowledged), audit-svc alone read them, and no app delete the stream', async () => {
    for (const app of ['gateway', 'profiles', 'identity', 'labs', 'treatments', 'audit'] as const) {
      const js = jetstream(await as(app), { timeout: 2000 });
      const name = app === 'gateway' ? 'gateway' : `${app}-svc`;
      await expect(js.publish(`audit.record.${name}`, JSON.stringify({ app }))).resolves.toMatchObject({ stream: 'AUDIT' });
    }
    await expect(jetstream(await as('identity'), { timeout: 2000 }).publish('events.identity.principal.changed', '{}')).resolves.toMatchObject({ stream: 'EVENTS' });

    const auditJsm = await jetstreamManager(await as('audit'));
    await auditJsm.consumers.add('AUDIT', { durable_name: 'audit-writer', ack_policy: AckPolicy.Explicit });
    const consumer = await jetstream(await as('audit')).consumers.get('AUDIT', 'audit-writer');
    const batch = await consumer.fetch({ max_messages: 6, expires: 2000 });
    let read = 0;
    for await (const m of batch) {
      m.ack();
      if (++read === 6) break;
    }
    expect(read).toBe(6);

    await expect(auditJsm.streams.delete('AUDIT')).rejects.toThrow();
    await expect(auditJsm.streams.purge('AUDIT')).rejects.toThrow();
    const profilesJs = await as('profiles');
    await expect(profilesJs.request('$JS.API.CONSUMER.CREATE.AUDIT', '{}', { timeout: 1000 })).rejects.toThrow(/Permissions Violation/);
    await expect(profilesJs.request('$JS.API.STREAM.DELETE.AUDIT', '', { timeout: 1000 })).rejects.toThrow(/Permissions Violation/);
    const gatewayNc = await as('gateway');
    await expect(gatewayNc.request('$JS.API.STREAM.DELETE.AUDIT', '', { timeout: 1000 })).rejects.toThrow(/Permissions Violation/);
    expect((await (await jetstreamManager(await as('migrate'))).streams.info('AUDIT')).state.messages).toBe(6);
  });

  it('lets profiles-svc project EVENTS onto the timeline (its durable consumer, an ordered replay), and read nothing of AUDIT', async () => {
    await jetstream(await as('labs'), { timeout: 2000 }).publish('events.labs.report.parsed', '{"reportId":"r"}');
    const profiles = await as('profiles');
    const jsm = await jetstreamManager(profiles);
    await jsm.consumers.add('EVENTS', { durable_name: 'profiles-timeline', ack_policy: AckPolicy.Explicit, filter_subject: 'events.>' });
    const js = jetstream(profiles, { timeout: 2000 });
    const durable = await js.consumers.get('EVENTS', 'profiles-timeline');
    const total = (await jsm.streams.info('EVENTS')).state.messages;
    const read = async (consumer: typeof durable, ack: boolean) => {
      const subjects: string[] = [];
      for (let i = 0; i < total; i++) {
        const m = await consumer.next({ expires: 2000 });
        if (!m) break;
        subjects.push(m.subject);
        if (ack) await m.ackAck();
      }
      return subjects;
    };
    expect(await read(durable, true)).toContain('events.labs.report.parsed');
    expect(await read(await js.consumers.get('EVENTS'), false)).toContain('events.labs.report.parsed');
    await expect(profiles.request('$JS.API.CONSUMER.CREATE.AUDIT', '{}', { timeout: 1000 })).rejects.toThrow(/Permissions Violation/);
    await expect(profiles.request('$JS.API.STREAM.PURGE.EVENTS', '', { timeout: 1000 })).rejects.toThrow(/Permissions Violation/);
  });

  it('lets an internal caller (assistant) get its credential and make the reads of its scopes, and nothing more; every service hears revocations', async () => {
    const served = (nc: NatsConnection, subjects: string, queue: string) =>
      nc.subscribe(subjects, { queue, callback: (err, m) => {
        if (!err) m.respond(`served ${m.subject}`);
      } });
    const identity = await as('identity');
    served(identity, 'identity.>', 'identity-svc');
    const profiles = await as('profiles');
    served(profiles, 'profiles.>', 'profiles-svc');
    const labs = await as('labs');
    served(labs, 'labs.>', 'labs-svc');
    // Each service listens for identity's principal changes (it drops the credentials of a changed principal).
    const heard: string[] = [];
    for (const app of ['profiles', 'identity', 'labs', 'treatments', 'audit'] as const) {
      (await as(app)).subscribe('events.identity.principal.changed', { callback: (err) => {
        heard.push(err ? `${app}: ${err.message}` : app);
      } });
    }
    await Promise.all(open.map((nc) => nc.flush()));

    const assistant = await as('assistant');
    for (const subject of ['identity.service-credential.issue', 'profiles.patient.get', 'labs.result.search', 'labs.report.get', 'profiles.conversation.message.append', 'profiles.conversation.recent',
      // The assistant's view asks profiles-svc and labs-svc once each for their parts.
      'profiles.context.read', 'labs.context.read']) {
      expect((await assistant.request(subject, '{}', { timeout: 2000 })).string()).toBe(`served ${subject}`);
    }
    for (const subject of ['profiles.patient.create', 'profiles.patient.update', 'identity.principal.create', 'identity.principal.resolve', 'labs.report.create', 'audit.events.search']) {
      await expect(assistant.request(subject, '{}', { timeout: 1000 })).rejects.toThrow(`Permissions Violation for Publish to "${subject}"`);
    }
    const seen = violations(assistant);
    assistant.publish('audit.record.assistant', '{"forged":true}');
    assistant.publish('events.identity.principal.changed', '{"principalId":"forged"}');
    for (const subject of ['>', 'events.identity.>', '_INBOX_gateway.>', 'profiles.>']) assistant.subscribe(subject, { callback: () => undefined });
    await assistant.flush();
    const deadline = Date.now() + 5000;
    while (seen.length < 6 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual(expect.arrayContaining([
      'Permissions Violation for Publish to "audit.record.assistant"',
      'Permissions Violation for Publish to "events.identity.principal.changed"',
      'Permissions Violation for Subscription to ">"',
      'Permissions Violation for Subscription to "events.identity.>"',
      'Permissions Violation for Subscription to "_INBOX_gateway.>"',
      'Permissions Violation for Subscription to "profiles.>"',
    ]));

    await jetstream(identity, { timeout: 2000 }).publish('events.identity.principal.changed', '{"principalId":"p","change":"deactivated"}');
    while (heard.length < 5 && Date.now() < deadline + 5000) await new Promise((r) => setTimeout(r, 20));
    expect(heard.sort()).toEqual(['audit', 'identity', 'labs', 'profiles', 'treatments']);
  });

  it('lets treatments-svc resolve a partner\'s patient (credential exchange, patient search) and hear profile changes, and nothing more of profiles; identity-svc and profiles-svc ask each other only what their jobs need', async () => {
    const identity = await as('identity');
    identity.subscribe('identity.>', { queue: 'identity-svc', callback: (err, m) => { if (!err) m.respond(`served ${m.subject}`); } });
    const profiles = await as('profiles');
    profiles.subscribe('profiles.>', { queue: 'profiles-svc', callback: (err, m) => { if (!err) m.respond(`served ${m.subject}`); } });
    await Promise.all([identity.flush(), profiles.flush()]);
    const treatments = await as('treatments');
    for (const subject of ['identity.service-credential.issue', 'identity.identifier.resolve', 'profiles.patient.search']) {
      expect((await treatments.request(subject, '{}', { timeout: 2000 })).string()).toBe(`served ${subject}`);
    }
    // identity-svc's resolveIdentity creates a patient (its own credential exchange, then the create) and its match
    // index reads the profile a `profiles.patient.changed` event names (docs/identity.md); nothing more of profiles.
    const identitySvc = await as('identity');
    for (const subject of ['identity.service-credential.issue', 'profiles.patient.create', 'profiles.patient.get']) {
      expect((await identitySvc.request(subject, '{}', { timeout: 2000 })).string()).toBe(`served ${subject}`);
    }
    for (const subject of ['profiles.patient.update', 'profiles.patient.search', 'profiles.patient.delete', 'labs.report.get']) {
      await expect(identitySvc.request(subject, '{}', { timeout: 1000 })).rejects.toThrow(`Permissions Violation for Publish to "${subject}"`);
    }
    // profiles-svc's FHIR import asks identity-svc's matcher who a bundle's patient is (docs/fhir.md); nothing else
    // of identity-svc's but the credential exchange.
    for (const subject of ['identity.service-credential.issue', 'identity.match.import']) {
      expect((await profiles.request(subject, '{}', { timeout: 2000 })).string()).toBe(`served ${subject}`);
    }
    for (const subject of ['identity.match', 'identity.identity.resolve', 'identity.identifier.link', 'identity.review.decide']) {
      await expect(profiles.request(subject, '{}', { timeout: 1000 })).rejects.toThrow(`Permissions Violation for Publish to "${subject}"`);
    }
    for (const subject of ['profiles.patient.get', 'profiles.patient.update', 'identity.principal.create', 'labs.report.get']) {
      await expect(treatments.request(subject, '{}', { timeout: 1000 })).rejects.toThrow(`Permissions Violation for Publish to "${subject}"`);
    }
    const heard: string[] = [];
    treatments.subscribe('events.profiles.>', { callback: (err, m) => { heard.push(err ? err.message : m.subject); } });
    await treatments.flush();
    await jetstream(profiles, { timeout: 2000 }).publish('events.profiles.patient.deleted', '{"patientId":"p"}');
    const deadline = Date.now() + 5000;
    while (!heard.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(heard).toEqual(['events.profiles.patient.deleted']);
  });
  it('lets labs-, treatments- and identity-svc keep their patient-state consumer on patient deletions; labs and treatments read nothing else of EVENTS', async () => {
    const profiles = jetstream(await as('profiles'), { timeout: 2000 });
    await profiles.publish('events.profiles.patient.deleted', '{"patientId":"p"}');
    await profiles.publish('events.profiles.patient.updated', '{"patientId":"p"}');
    await jetstream(await as('labs'), { timeout: 2000 }).publish('events.labs.report.parsed', '{"reportId":"r"}');
    for (const app of ['labs', 'treatments', 'identity'] as const) {
      const nc = await as(app);
      const jsm = await jetstreamManager(nc, { checkAPI: false });
      const durable = `${app}-patient-state`;
      await jsm.consumers.add('EVENTS', { durable_name: durable, ack_policy: AckPolicy.Explicit, filter_subject: 'events.profiles.patient.>' });
      const m = await jetstream(nc, { timeout: 2000 }).consumers.get('EVENTS', durable).then((c) => c.next({ expires: 2000 }));
      expect([app, m?.subject]).toEqual([app, 'events.profiles.patient.deleted']);
      await m?.ackAck();
      // Its own consumer on all of EVENTS, or another app's consumer: refused (identity-svc also follows the profile
      // feed and may read EVENTS more widely, docs/identity.md).
      if (app === 'identity') continue;
      await expect(jsm.consumers.add('EVENTS', { durable_name: durable, ack_policy: AckPolicy.Explicit, filter_subject: 'events.>' })).rejects.toThrow(/Permissions Violation|timeout/i);
      await expect(jsm.consumers.add('EVENTS', { durable_name: 'profiles-timeline', ack_policy: AckPolicy.Explicit, filter_subject: 'events.profiles.patient.>' })).rejects.toThrow(/Permissions Violation|timeout/i);
    }
  });
  it('lets each merge participant keep its consumer of merge requests and answer under its own domain; identity-svc reads the answers', async () => {
    await jetstream(await as('identity'), { timeout: 2000 }).publish('events.identity.merge.requested', '{"mergeId":"m"}');
    for (const app of ['labs', 'treatments', 'identity'] as const) {
      const nc = await as(app);
      const jsm = await jetstreamManager(nc, { checkAPI: false });
      const durable = `${app}-svc-merge`;
      await jsm.consumers.add('EVENTS', { durable_name: durable, ack_policy: AckPolicy.Explicit, filter_subject: 'events.identity.merge.>' });
      const m = await jetstream(nc, { timeout: 2000 }).consumers.get('EVENTS', durable).then((c) => c.next({ expires: 2000 }));
      expect([app, m?.subject]).toEqual([app, 'events.identity.merge.requested']);
      await m?.ackAck();
      await expect(jetstream(nc, { timeout: 2000 }).publish(`events.${app}.merge.applied`, '{"mergeId":"m"}')).resolves.toMatchObject({ stream: 'EVENTS' });
      // The merge consumer on more of EVENTS is refused; so is answering for another domain (identity-svc's user may
      // make any consumer of EVENTS: its match index follows profiles, nats/users.conf).
      if (app !== 'identity') {
        await expect(jsm.consumers.add('EVENTS', { durable_name: durable, ack_policy: AckPolicy.Explicit, filter_subject: 'events.>' })).rejects.toThrow(/Permissions Violation|timeout/i);
        await expect(jetstream(nc, { timeout: 1000 }).publish('events.identity.merge.applied', '{"mergeId":"m"}')).rejects.toThrow(/Permissions Violation|timeout/i);
      }
    }
    const identity = await jetstreamManager(await as('identity'), { checkAPI: false });
    await identity.consumers.add('EVENTS', { durable_name: 'identity-merge-coordinator', ack_policy: AckPolicy.Explicit, filter_subject: 'events.*.merge.*' });
    const answer = await jetstream(await as('identity'), { timeout: 2000 }).consumers.get('EVENTS', 'identity-merge-coordinator').then((c) => c.next({ expires: 2000 }));
    expect(answer?.subject).toMatch(/^events\.[a-z]+\.merge\./);
  });
});
