import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GATEWAY_READY_MS, type TestSystem } from '@pg/testing/system';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => res(port));
    });
  });
}

export interface ExtraGateway {
  url: string;
  stop(): Promise<void>;
}

/**
 * Another replica of the gateway on the same world (same NATS namespace, keys, Redis…), on its own port: the
 * built app as a process, as startSystem runs the first one.
 */
export async function startExtraGateway(sys: TestSystem, extraEnv: Record<string, string> = {}): Promise<ExtraGateway> {
  const port = await freePort();
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...sys.world.env, ...extraEnv, PORT: String(port) };
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'dist/apps/gateway/src/main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: string[] = [];
  child.stdout!.on('data', (d: Buffer) => out.push(d.toString()));
  child.stderr!.on('data', (d: Buffer) => out.push(d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  // As long as startSystem waits for its own gateway: on a loaded 2-core machine a gateway's start took over 30 s (the
  // idempotency e2e's extra replica did not answer /ready in time, its log empty).
  const deadline = Date.now() + GATEWAY_READY_MS;
  for (;;) {
    if (await fetch(`${url}/ready`).then((r) => r.ok, () => false)) return { url, stop };
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the extra gateway did not start:\n${out.join('').slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
