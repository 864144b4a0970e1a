/**
 * Issue 8, item 12: `npm start` supervises. The launcher's AppProcesses on real child processes (tiny node
 * scripts): a crashed app is started again after a doubling backoff while the others keep running; five crashes
 * within the window stop the restarts (the launcher then stops everything); once stopping, nothing is restarted.
 * Backoff values and the clock are injected; the tests wait only for events the supervisor reports.
 */
import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { AppProcesses, type RestartPolicy, type SupervisorEvent } from '../../scripts/lib/processes.js';

const dir = mkdtempSync(join(tmpdir(), 'pg-supervisor-'));
const script = (name: string, body: string) => {
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, body);
  return file;
};
/** Appends a line to $RUNS at every start, then exits with 3 at once. */
const CRASH = script('crash', `import { appendFileSync } from 'node:fs'; appendFileSync(process.env.RUNS, 'run\\n'); process.exit(3);`);
/** Says "up" and stays up until signalled. */
const STEADY = script('steady', `console.log('up'); setInterval(() => {}, 1000);`);
/** Crashes at its first start (exit 1), stays up (saying "up again") from the second on. */
const CRASH_ONCE = script('crash-once', `import { appendFileSync, existsSync } from 'node:fs';
const first = !existsSync(process.env.RUNS); appendFileSync(process.env.RUNS, 'run\\n');
if (first) process.exit(1); console.log('up again'); setInterval(() => {}, 1000);`);

const runs = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).length : 0);
const env = (runsFile: string) => ({ PATH: process.env.PATH ?? '', RUNS: runsFile });
let n = 0;
const runsFile = () => join(dir, `runs-${++n}`);

/** The supervisor with its events and output lines observable; `until` resolves once a predicate holds. */
function supervisor(policy: RestartPolicy, now?: () => number) {
  const events: SupervisorEvent[] = [];
  const lines: string[] = [];
  const waiters: { check: () => boolean; resolve: () => void }[] = [];
  const poke = () => {
    for (const w of [...waiters]) if (w.check()) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  };
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      poke();
      done();
    },
  });
  const apps = new AppProcesses((e) => {
    events.push(e);
    poke();
  }, { policy, stdout: sink, stderr: sink, ...(now ? { now } : {}) });
  const until = (check: () => boolean) => new Promise<void>((resolve) => {
    if (check()) resolve();
    else waiters.push({ check, resolve });
  });
  return { apps, events, lines, until };
}

const running: AppProcesses[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((a) => a.stopAll(2000)));
});

describe('the launcher supervises its apps', () => {
  it('restarts a crashing app with a doubling backoff (capped) and gives up at the fifth crash within a minute', async () => {
    const { apps, events, until } = supervisor({ firstDelayMs: 20, maxDelayMs: 50, maxCrashes: 5, windowMs: 60_000 });
    running.push(apps);
    const file = runsFile();
    apps.start('crashy', CRASH, env(file));
    await until(() => events.some((e) => e.kind === 'gave-up'));

    expect(events.map((e) => [e.kind, e.exit.name, e.exit.code, e.crashes, e.kind === 'restarting' ? e.delayMs : null])).toEqual([
      ['restarting', 'crashy', 3, 1, 20],
      ['restarting', 'crashy', 3, 2, 40],
      ['restarting', 'crashy', 3, 3, 50],
      ['restarting', 'crashy', 3, 4, 50],
      ['gave-up', 'crashy', 3, 5, null],
    ]);
    // Given up: no restart is waiting, and it ran exactly five times.
    expect(apps.pendingRestarts).toBe(0);
    await apps.stopAll(2000);
    expect(runs(file)).toBe(5);
  });

  it('keeps the other apps running while it restarts the one that crashed', async () => {
    const { apps, events, lines, until } = supervisor({ firstDelayMs: 10, maxDelayMs: 10, maxCrashes: 5, windowMs: 60_000 });
    running.push(apps);
    apps.start('steady', STEADY, env(runsFile()));
    await until(() => lines.includes('steady         | up'));
    const steadyPid = apps.child('steady')!.pid;
    const file = runsFile();
    apps.start('flaky', CRASH_ONCE, env(file));
    await until(() => lines.includes('flaky          | up again'));

    expect(events.map((e) => [e.kind, e.exit.name, e.exit.code])).toEqual([['restarting', 'flaky', 1]]);
    expect(runs(file)).toBe(2);
    expect(apps.child('steady')!.pid).toBe(steadyPid);
    expect(apps.child('steady')!.exitCode).toBeNull();
    expect(apps.child('flaky')!.exitCode).toBeNull();
  });

  it('counts only the crashes within the window: crashes a minute apart never make it give up', async () => {
    let clock = 0;
    // Every crash is read 61 s after the one before.
    const { apps, events, until } = supervisor({ firstDelayMs: 10, maxDelayMs: 1000, maxCrashes: 5, windowMs: 60_000 }, () => (clock += 61_000));
    running.push(apps);
    apps.start('slow-crasher', CRASH, env(runsFile()));
    await until(() => events.length >= 7);
    await apps.stopAll(2000);

    expect(events.slice(0, 7).map((e) => [e.kind, e.crashes, e.kind === 'restarting' ? e.delayMs : null])).toEqual(
      Array.from({ length: 7 }, () => ['restarting', 1, 10]),
    );
  });

  it('restarts nothing once it is stopping (Ctrl-C): a pending restart is dropped and stopped apps are not crashes', async () => {
    const { apps, events, lines, until } = supervisor({ firstDelayMs: 60_000, maxDelayMs: 60_000, maxCrashes: 5, windowMs: 60_000 });
    running.push(apps);
    apps.start('steady', STEADY, env(runsFile()));
    await until(() => lines.includes('steady         | up'));
    const file = runsFile();
    apps.start('crashy', CRASH, env(file));
    await until(() => events.length === 1);
    expect(apps.pendingRestarts).toBe(1);

    const { killed } = await apps.stopAll(2000);

    expect(killed).toEqual([]);
    expect(apps.pendingRestarts).toBe(0);
    expect(apps.child('steady')!.signalCode).toBe('SIGTERM');
    // The SIGTERM the stop sent is no crash: still the one event, for crashy's own exit.
    expect(events.map((e) => [e.kind, e.exit.name])).toEqual([['restarting', 'crashy']]);
    expect(runs(file)).toBe(1);
  });
});

