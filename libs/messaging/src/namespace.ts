/**
 * NATS_NAMESPACE prefixes every subject, queue group, stream and consumer, so two deployments or two test
 * runs can share one NATS server without serving each other's requests.
 */
export class NatsNamespace {
  constructor(readonly prefix: string) {}

  subject(pattern: string): string {
    return this.prefix ? `${this.prefix}.${pattern}` : pattern;
  }
  queue(serviceName: string): string {
    return this.prefix ? `${this.prefix}.${serviceName}` : serviceName;
  }
  /** Stream names may not hold dots. */
  stream(name: string): string {
    return this.prefix ? `${this.prefix.replace(/[^A-Za-z0-9_-]/g, '_')}_${name}` : name;
  }
  consumer(name: string): string {
    return this.prefix ? `${this.prefix.replace(/[^A-Za-z0-9_-]/g, '_')}_${name}` : name;
  }
}

/**
 * Connection options of every long-lived NATS connection: reconnect forever, and no async stack traces
 * (nats.js otherwise builds two Error objects per request to keep the caller's stack: a measurable share of
 * the CPU of a request on the hot path).
 */
export function natsConnectionOptions(url: string, name: string) {
  const { servers, user, pass } = natsServerAndCredentials(url);
  // With a NATS user, replies come to the user's own inbox prefix, which only that user may subscribe to
  // (nats/users.conf): an app cannot listen to the replies meant for another.
  return { servers, name, maxReconnectAttempts: -1, noAsyncTraces: true, ...(user ? { user, pass, inboxPrefix: inboxPrefixOf(user) } : {}) } as const;
}

/** `_INBOX_<user>`: the reply subjects of one NATS user (nats/users.conf allows each user only its own). */
export function inboxPrefixOf(user: string): string {
  return `_INBOX_${user.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/**
 * nats.js takes credentials as options, never from the URL: `nats://profiles-svc:secret@nats-1:4222` becomes the
 * server without them plus `user` and `pass` (each app has its own NATS user, nats/users.conf). A URL without
 * credentials, or a list of servers, is passed on as it is.
 */
export function natsServerAndCredentials(url: string): { servers: string; user?: string; pass?: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { servers: url };
  }
  if (!parsed.username) return { servers: url };
  const user = decodeURIComponent(parsed.username);
  const pass = decodeURIComponent(parsed.password);
  return { servers: `${parsed.protocol}//${parsed.host}`, user, pass };
}
