/** Child processes of the launcher: the apps, each line of their output prefixed with the app's name. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

/** Width of the name column: the longest app name (`treatments-svc`) and a space. */
export const PREFIX_WIDTH = 15;
export const prefix = (name: string) => `${name.padEnd(PREFIX_WIDTH)}| `;

/** Spawned (it has a pid) and not exited yet. */
const running = (child: ChildProcess) => child.pid !== undefined && child.exitCode === null && child.signalCode === null;

/**
 * SIGTERM, then SIGKILL when the process has not exited after `graceMs`. Resolves once it has exited,
 * with whether it had to be killed.
 */
export async function stopProcess(child: ChildProcess, graceMs: number): Promise<'exited' | 'killed'> {
  if (!running(child)) return 'exited';
  let killed = false;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => {
    if (running(child)) {
      killed = true;
      child.kill('SIGKILL');
    }
  }, graceMs);
  await exited;
  clearTimeout(timer);
  return killed ? 'killed' : 'exited';
}

function pipeLines(from: Readable | null, to: Writable, label: string): Promise<void> {
  if (!from) return Promise.resolve();
  const lines = createInterface({ input: from, crlfDelay: Infinity });
  lines.on('line', (line) => to.write(`${label}${line}\n`));
  return new Promise((resolve) => lines.once('close', () => resolve()));
}

export interface AppExit {
  name: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * Runs the apps as `node <entry>` children, each in its own process group so that a Ctrl-C in the terminal
 * reaches the launcher alone, which then stops them in order. An exit the launcher did not ask for is
 * reported through `onUnexpectedExit`.
 */
export class AppProcesses {
  private readonly children = new Map<string, ChildProcess>();
  private readonly drained = new Map<string, Promise<unknown>>();
  private stopping = false;

  constructor(private readonly onUnexpectedExit: (exit: AppExit) => void) {
    // Last resort if the launcher itself dies: no app outlives it.
    process.once('exit', () => {
      for (const child of this.children.values()) if (running(child)) child.kill('SIGKILL');
    });
  }

  start(name: string, entry: string, env: Record<string, string>): void {
    // PROFILE_DIR=<dir>: each app writes a V8 CPU profile under <dir>/<app>/ when it exits (open it in Chrome DevTools).
    const profile = process.env.PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${join(process.env.PROFILE_DIR, name)}`] : [];
    const child = spawn(process.execPath, [...profile, '--enable-source-maps', entry], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    this.children.set(name, child);
    const label = prefix(name);
    this.drained.set(name, Promise.all([pipeLines(child.stdout, process.stdout, label), pipeLines(child.stderr, process.stderr, label)]));
    child.once('error', (err) => {
      process.stderr.write(`${label}could not start: ${err.message}\n`);
      if (!this.stopping && child.pid === undefined) this.onUnexpectedExit({ name, code: null, signal: null });
    });
    child.once('exit', (code, signal) => {
      if (!this.stopping) this.onUnexpectedExit({ name, code, signal });
    });
  }

  get names(): string[] {
    return [...this.children.keys()];
  }

  /** SIGTERM to every app at once, SIGKILL to those still running after `graceMs`; resolves when all have exited. */
  async stopAll(graceMs = 10_000): Promise<{ killed: string[] }> {
    this.stopping = true;
    const killed: string[] = [];
    await Promise.all(
      [...this.children].map(async ([name, child]) => {
        if ((await stopProcess(child, graceMs)) === 'killed') killed.push(name);
        await this.drained.get(name);
      }),
    );
    return { killed };
  }
}
