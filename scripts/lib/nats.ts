/** Finding a NATS server, starting a local nats-server with JetStream when none answers, creating the streams. */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, createWriteStream, mkdirSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { ensureStreams, natsConnectionOptions, NatsNamespace } from '@pg/messaging';
import type { BaseConfig } from '@pg/config';
import { stopProcess } from './processes.js';

/** True when a NATS server accepts a connection at `url` within `timeoutMs`. */
export async function natsAnswers(url: string, timeoutMs = 1000): Promise<boolean> {
  try {
    const nc = await connect({ servers: url, timeout: timeoutMs, reconnect: false, name: 'launcher-probe' });
    await nc.close();
    return true;
  } catch {
    return false;
  }
}

/** The first executable `name` on PATH. */
export function onPath(name: string, path: string): string | undefined {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      /* next */
    }
  }
  return undefined;
}

export interface StartedNats {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts `nats-server -js` bound to 127.0.0.1 with its store under `storeDir`, its output in `logFile`,
 * and waits until it accepts connections.
 */
export async function startNatsServer(binary: string, port: number, storeDir: string, logFile: string): Promise<StartedNats> {
  mkdirSync(storeDir, { recursive: true });
  mkdirSync(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile, { flags: 'a' });
  // Its own process group: a Ctrl-C in the terminal reaches the launcher only, which stops it after the apps.
  const child: ChildProcess = spawn(binary, ['-js', '-sd', storeDir, '-a', '127.0.0.1', '-p', String(port)], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  const url = `nats://127.0.0.1:${port}`;
  const exited = new Promise<string>((resolve) => {
    child.once('error', (e) => resolve(e.message));
    child.once('exit', (code, signal) => resolve(`exited (${signal ?? code})`));
  });
  const deadline = Date.now() + 10_000;
  for (;;) {
    const outcome = await Promise.race([natsAnswers(url, 500).then((ok) => (ok ? 'up' : 'down')), exited]);
    if (outcome === 'up') break;
    if (outcome !== 'down') throw new Error(`nats-server ${outcome}; see ${logFile}`);
    if (Date.now() > deadline) {
      await stopProcess(child, 2000);
      throw new Error(`nats-server did not accept connections within 10 s; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: async () => {
      await stopProcess(child, 10_000);
      log.end();
    },
  };
}

/**
 * Creates or updates the AUDIT and EVENTS streams of the configured namespace (file storage); the AUDIT stream as
 * AUDIT_STREAM_STORAGE / AUDIT_STREAM_REPLICAS say when they are set, EVENTS with EVENTS_MAX_AGE_HOURS.
 */
export async function ensureNatsStreams(config: Pick<BaseConfig, 'natsUrl' | 'natsNamespace' | 'auditStream' | 'eventsStream'>, replicas = 1): Promise<void> {
  const nc = await connect({ ...natsConnectionOptions(config.natsUrl, 'launcher'), timeout: 5000, maxReconnectAttempts: 0 });
  try {
    await ensureStreams(nc, new NatsNamespace(config.natsNamespace), { storage: 'file', replicas, audit: config.auditStream, events: config.eventsStream });
  } finally {
    await nc.close();
  }
}
