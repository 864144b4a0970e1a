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

/** When an app that exited on its own is started again, and when the launcher gives up. */
export interface RestartPolicy {
  /** Delay before the first restart; doubled for every further crash within `windowMs`, up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** This many crashes of one app within `windowMs`: no more restarts, the launcher stops. */
  maxCrashes: number;
  windowMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = { firstDelayMs: 500, maxDelayMs: 10_000, maxCrashes: 5, windowMs: 60_000 };

export type SupervisorEvent =
  /** `name` exited on its own; it is started again after `delayMs`. `crashes`: within the policy's window, this one included. */
  | { kind: 'restarting'; exit: AppExit; delayMs: number; crashes: number }
  /** `name` crashed `crashes` times within the window: it stays down and the launcher should stop everything. */
  | { kind: 'gave-up'; exit: AppExit; crashes: number };

export interface SupervisorOptions {
  policy?: RestartPolicy;
  /** The clock crashes are counted with (injected by tests). */
  now?: () => number;
  /** Where the apps' prefixed output goes (the launcher's stdout and stderr). */
  stdout?: Writable;
  stderr?: Writable;
}

/**
 * Runs the apps as `node <entry>` children, each in its own process group so that a Ctrl-C in the terminal
 * reaches the launcher alone, which then stops them in order. It supervises them: an exit the launcher did not
 * ask for is reported through `onEvent` and the app is started again after a backoff, while the others keep
 * running; an app that crashes `maxCrashes` times within `windowMs` stays down (`gave-up`). Nothing is restarted
 * once `stopAll` was called.
 */
export class AppProcesses {
  private readonly children = new Map<string, ChildProcess>();
  private readonly drained = new Map<string, Promise<unknown>>();
  private readonly specs = new Map<string, { entry: string; env: Record<string, string> }>();
  private readonly crashes = new Map<string, number[]>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly policy: RestartPolicy;
  private readonly now: () => number;
  private readonly stdout: Writable;
  private readonly stderr: Writable;
  private stopping = false;

  constructor(private readonly onEvent: (event: SupervisorEvent) => void, options: SupervisorOptions = {}) {
    this.policy = options.policy ?? DEFAULT_RESTART_POLICY;
    this.now = options.now ?? Date.now;
    this.stdout = options.stdout ?? process.stdout;
    this.stderr = options.stderr ?? process.stderr;
    // Last resort if the launcher itself dies: no app outlives it.
    process.once('exit', () => {
      for (const child of this.children.values()) if (running(child)) child.kill('SIGKILL');
    });
  }

  start(name: string, entry: string, env: Record<string, string>): void {
    this.specs.set(name, { entry, env });
    this.spawn(name);
  }

  /** The current process of an app (a restarted app has a new one). */
  child(name: string): ChildProcess | undefined {
    return this.children.get(name);
  }

  private spawn(name: string): void {
    const { entry, env } = this.specs.get(name)!;
    // PROFILE_DIR=<dir>: each app writes a V8 CPU profile under <dir>/<app>/ when it exits (open it in Chrome DevTools).
    const profile = process.env.PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${join(process.env.PROFILE_DIR, name)}`] : [];
    const child = spawn(process.execPath, [...profile, '--enable-source-maps', entry], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    this.children.set(name, child);
    const label = prefix(name);
    const previous = this.drained.get(name) ?? Promise.resolve();
    this.drained.set(name, Promise.all([previous, pipeLines(child.stdout, this.stdout, label), pipeLines(child.stderr, this.stderr, label)]));
    let reported = false;
    const exited = (code: number | null, signal: NodeJS.Signals | null) => {
      if (reported) return;
      reported = true;
      if (!this.stopping) this.crashed({ name, code, signal });
    };
    child.once('error', (err) => {
      this.stderr.write(`${label}could not start: ${err.message}\n`);
      if (child.pid === undefined) exited(null, null);
    });
    child.once('exit', exited);
  }

  private crashed(exit: AppExit): void {
    const now = this.now();
    const recent = [...(this.crashes.get(exit.name) ?? []), now].filter((t) => now - t < this.policy.windowMs);
    this.crashes.set(exit.name, recent);
    if (recent.length >= this.policy.maxCrashes) {
      this.onEvent({ kind: 'gave-up', exit, crashes: recent.length });
      return;
    }
    const delayMs = Math.min(this.policy.firstDelayMs * 2 ** (recent.length - 1), this.policy.maxDelayMs);
    this.onEvent({ kind: 'restarting', exit, delayMs, crashes: recent.length });
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.stopping) this.spawn(exit.name);
    }, delayMs);
    this.timers.add(timer);
  }

  get names(): string[] {
    return [...this.children.keys()];
  }

  /** Restarts waiting for their backoff to pass. */
  get pendingRestarts(): number {
    return this.timers.size;
  }

  /**
   * No more restarts; SIGTERM to every app at once, SIGKILL to those still running after `graceMs`; resolves
   * when all have exited and their output is written.
   */
  async stopAll(graceMs = 10_000): Promise<{ killed: string[] }> {
    this.stopping = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
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
