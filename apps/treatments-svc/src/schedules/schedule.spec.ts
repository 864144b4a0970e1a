import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformSync } from '@swc/core';
import { Temporal } from 'temporal-polyfill';
import { CompiledSchedule, instantOfWall, parseRrule, placeInZone, ScheduleError, startOfDay } from './schedule.js';

/*
 * Expected instants are worked out by hand from the IANA rules, not by the code under test:
 * America/Los_Angeles is UTC−8 (PST) until 2026-03-08 02:00 local, when clocks jump to 03:00 PDT (UTC−7), and
 * back from 02:00 PDT to 01:00 PST on 2026-11-01. Europe/Berlin is UTC+1, UTC+2 from 2026-03-29 02:00 local.
 */

const iso = (ms: number[]) => ms.map((t) => new Date(t).toISOString());
const at = (s: string) => Date.parse(s);

interface Case {
  name: string;
  rrule: string;
  dtstart?: string;
  timeZone: string;
  startDate: string;
  from: string;
  to: string;
  expected: string[];
}

const CASES: Case[] = [
  {
    name: 'daily at 08:00 in Los Angeles across the spring-forward day: 16:00Z under PST, 15:00Z under PDT',
    rrule: 'FREQ=DAILY;BYHOUR=8;BYMINUTE=0', timeZone: 'America/Los_Angeles', startDate: '2026-03-01',
    from: '2026-03-06T00:00:00Z', to: '2026-03-10T00:00:00Z',
    expected: ['2026-03-06T16:00:00.000Z', '2026-03-07T16:00:00.000Z', '2026-03-08T15:00:00.000Z', '2026-03-09T15:00:00.000Z'],
  },
  {
    name: 'daily at 02:30, which does not exist on 2026-03-08 in Los Angeles: shifted forward to 03:30 PDT, not dropped',
    rrule: 'FREQ=DAILY;BYHOUR=2;BYMINUTE=30', timeZone: 'America/Los_Angeles', startDate: '2026-03-01',
    from: '2026-03-07T00:00:00Z', to: '2026-03-10T00:00:00Z',
    // 03-07 02:30 PST = 10:30Z; 03-08 03:30 PDT = 10:30Z; 03-09 02:30 PDT = 09:30Z.
    expected: ['2026-03-07T10:30:00.000Z', '2026-03-08T10:30:00.000Z', '2026-03-09T09:30:00.000Z'],
  },
  {
    name: 'daily at 01:30, twice on 2026-11-01 in Los Angeles: the first occurrence (PDT) is the dose',
    rrule: 'FREQ=DAILY;BYHOUR=1;BYMINUTE=30', timeZone: 'America/Los_Angeles', startDate: '2026-10-01',
    from: '2026-10-31T00:00:00Z', to: '2026-11-03T00:00:00Z',
    // 10-31 01:30 PDT = 08:30Z; 11-01 01:30 PDT (first) = 08:30Z, not 09:30Z; 11-02 01:30 PST = 09:30Z.
    expected: ['2026-10-31T08:30:00.000Z', '2026-11-01T08:30:00.000Z', '2026-11-02T09:30:00.000Z'],
  },
  {
    name: 'hourly through the gap: 02:00 does not exist, its dose is 03:00 PDT, which is also the 03:00 dose (one dose)',
    rrule: 'FREQ=HOURLY', dtstart: '2026-03-08T00:00', timeZone: 'America/Los_Angeles', startDate: '2026-03-08',
    from: '2026-03-08T09:00:00Z', to: '2026-03-08T11:00:01Z',
    // 01:00 PST = 09:00Z; 02:00 → 03:00 PDT = 10:00Z; 03:00 PDT = 10:00Z; 04:00 PDT = 11:00Z.
    expected: ['2026-03-08T09:00:00.000Z', '2026-03-08T10:00:00.000Z', '2026-03-08T11:00:00.000Z'],
  },
  {
    name: 'twice a week, morning and evening, in Berlin across its DST change (2026-03-29)',
    rrule: 'FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=8,20;BYMINUTE=0', timeZone: 'Europe/Berlin', startDate: '2026-03-20',
    from: '2026-03-26T00:00:00Z', to: '2026-04-03T00:00:00Z',
    // Thu 03-26 (CET, +1): 07:00Z, 19:00Z; Mon 03-30 (CEST, +2): 06:00Z, 18:00Z; Thu 04-02: 06:00Z, 18:00Z.
    expected: ['2026-03-26T07:00:00.000Z', '2026-03-26T19:00:00.000Z', '2026-03-30T06:00:00.000Z', '2026-03-30T18:00:00.000Z',
      '2026-04-02T06:00:00.000Z', '2026-04-02T18:00:00.000Z'],
  },
  {
    name: 'three doses only (COUNT=3), at the time of dtstart',
    rrule: 'FREQ=DAILY;COUNT=3', dtstart: '2026-03-01T09:00', timeZone: 'UTC', startDate: '2026-03-01',
    from: '2026-02-01T00:00:00Z', to: '2026-04-01T00:00:00Z',
    expected: ['2026-03-01T09:00:00.000Z', '2026-03-02T09:00:00.000Z', '2026-03-03T09:00:00.000Z'],
  },
  {
    name: 'every other day from the start date at 21:00 in Tokyo (UTC+9, no DST): the day before in UTC',
    rrule: 'FREQ=DAILY;INTERVAL=2;BYHOUR=21;BYMINUTE=0', timeZone: 'Asia/Tokyo', startDate: '2026-03-01',
    from: '2026-03-01T00:00:00Z', to: '2026-03-06T00:00:00Z',
    expected: ['2026-03-01T12:00:00.000Z', '2026-03-03T12:00:00.000Z', '2026-03-05T12:00:00.000Z'],
  },
];

const expand = (c: Case) => iso(CompiledSchedule.compile({ rrule: c.rrule, ...(c.dtstart ? { dtstart: c.dtstart } : {}) }, c.timeZone, c.startDate).between(at(c.from), at(c.to)));

describe('schedules: RRULE in a time zone → due instants', () => {
  it.each(CASES)('$name', (c) => {
    expect(expand(c)).toEqual(c.expected);
  });

  /**
   * The same module in fresh processes started with TZ=America/Los_Angeles and TZ=UTC (the zone a server runs in;
   * Jest's sandbox does not pass a TZ changed at run time on to Date): the expected instants in both.
   */
  it.each(['America/Los_Angeles', 'UTC'])('gives the expected instants in a process started with TZ=%s', (tz) => {
    const source = readFileSync(new URL('./schedule.ts', import.meta.url), 'utf8');
    const { code } = transformSync(source, { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' }, filename: 'schedule.ts' });
    const cases = CASES.map(({ expected: _, ...c }) => c);
    const script = `${code}
const cases = ${JSON.stringify(cases)};
const offset = new Date(Date.UTC(2026, 0, 15, 12)).getTimezoneOffset();
const out = cases.map((c) => CompiledSchedule.compile({ rrule: c.rrule, ...(c.dtstart ? { dtstart: c.dtstart } : {}) }, c.timeZone, c.startDate)
  .between(Date.parse(c.from), Date.parse(c.to)).map((t) => new Date(t).toISOString()));
process.stdout.write(JSON.stringify({ offset, out }));`;
    const root = fileURLToPath(new URL('../../../../', import.meta.url));
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, env: { PATH: process.env.PATH ?? '', TZ: tz }, encoding: 'utf8' });
    expect(child.stderr).toBe('');
    const result = JSON.parse(child.stdout) as { offset: number; out: string[][] };
    // The child really ran in that zone: January in Los Angeles is 480 minutes behind UTC.
    expect(result.offset).toBe(tz === 'UTC' ? 0 : 480);
    expect(result.out).toEqual(CASES.map((c) => c.expected));
  });

  it('reads a date as the first instant of that day in the zone', () => {
    expect(new Date(startOfDay('2026-03-08', 'America/Los_Angeles')).toISOString()).toBe('2026-03-08T08:00:00.000Z');
    expect(new Date(startOfDay('2026-03-09', 'America/Los_Angeles')).toISOString()).toBe('2026-03-09T07:00:00.000Z');
    // Midnight does not exist in Santiago on 2026-09-06 (clocks go from 00:00 to 01:00): the day starts at 01:00 −03.
    expect(new Date(startOfDay('2026-09-06', 'America/Santiago')).toISOString()).toBe('2026-09-06T04:00:00.000Z');
  });
});

describe('schedules: placing wall-clock times in a zone', () => {
  /**
   * The fast path (arithmetic on days without a transition) must equal Temporal's own `compatible` placement for
   * every wall time: checked every 20 minutes over the three days around each 2026 transition of zones with DST
   * (including a 30-minute one, and one whose midnight falls in the gap), and every 7 h 13 min over the year.
   */
  it.each(['America/Los_Angeles', 'Europe/Berlin', 'America/Santiago', 'Australia/Lord_Howe', 'Pacific/Auckland', 'Asia/Kolkata'])('%s: the same instants as Temporal', (zone) => {
    const walls: number[] = [];
    let z = Temporal.ZonedDateTime.from({ year: 2026, month: 1, day: 1, timeZone: zone });
    const end = Date.UTC(2027, 0, 1);
    for (;;) {
      const next = z.getTimeZoneTransition('next');
      if (!next || next.epochMilliseconds > end) break;
      const wall = Date.parse(`${next.toPlainDateTime().toString()}Z`);
      for (let t = wall - 36 * 3_600_000; t <= wall + 36 * 3_600_000; t += 20 * 60_000) walls.push(t);
      z = next;
    }
    for (let t = Date.UTC(2026, 0, 1); t < end; t += 26_000_000) walls.push(t);
    expect(walls.length).toBeGreaterThan(1000);
    const differing = walls.filter((w) => instantOfWall(w, zone) !== placeInZone(w, zone)).map((w) => new Date(w).toISOString());
    expect(differing).toEqual([]);
  });
});

describe('schedules: rules that are refused', () => {
  it.each([
    ['FREQ=DAILY;UNTIL=20260401T000000Z', /UNTIL is not taken/],
    ['FREQ=MINUTELY', /FREQ must be one of/],
    ['FREQ=SECONDLY', /FREQ must be one of/],
    ['BYHOUR=8', /FREQ is required/],
    ['FREQ=DAILY;BYHOUR=24', /BYHOUR 24 is out of range/],
    ['FREQ=DAILY;BYMINUTE=60', /BYMINUTE 60 is out of range/],
    ['FREQ=DAILY;BYHOUR=8;BYHOUR=9', /BYHOUR is given twice/],
    ['FREQ=DAILY;X-NAME=1', /X-NAME is not a recurrence rule part/],
    ['FREQ=WEEKLY;BYDAY=XX', /BYDAY must be weekdays/],
    ['FREQ=DAILY;INTERVAL=0', /INTERVAL must be a whole number 1..366/],
    ['FREQ=DAILY;COUNT=0', /COUNT must be a whole number/],
    ['FREQ=DAILY;BYWEEKNO=3', /BYWEEKNO is only valid with FREQ=YEARLY/],
    ['FREQ=WEEKLY;BYMONTHDAY=1', /BYMONTHDAY is not valid with FREQ=WEEKLY/],
    ['FREQ=DAILY;BYHOUR=-1', /must not have a sign/],
  ])('%s', (rrule, message) => {
    expect(() => CompiledSchedule.compile({ rrule }, 'UTC', '2026-03-01')).toThrow(ScheduleError);
    expect(() => CompiledSchedule.compile({ rrule }, 'UTC', '2026-03-01')).toThrow(message);
  });

  it.each([
    // The last Friday of March 2026 (03-27) at 09:00 UTC; the last weekday (Tue 03-31); 1st and 15th.
    ['FREQ=MONTHLY;BYDAY=-1FR;BYHOUR=9;BYMINUTE=0', ['2026-03-27T09:00:00.000Z']],
    ['FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;BYHOUR=9;BYMINUTE=0', ['2026-03-31T09:00:00.000Z']],
    ['FREQ=MONTHLY;BYMONTHDAY=1,15;BYHOUR=9;BYMINUTE=0', ['2026-03-01T09:00:00.000Z', '2026-03-15T09:00:00.000Z']],
    // Every other Saturday from the start (Sun 03-01, weeks starting Sunday): 03-07, 03-21.
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=SA;WKST=SU;BYHOUR=9;BYMINUTE=0', ['2026-03-07T09:00:00.000Z', '2026-03-21T09:00:00.000Z']],
  ])('expands %s (March 2026, UTC)', (rrule, expected) => {
    expect(iso(CompiledSchedule.compile({ rrule }, 'UTC', '2026-03-01').between(at('2026-03-01T00:00:00Z'), at('2026-04-01T00:00:00Z')))).toEqual(expected);
  });

  it('takes the parts a clinic writes', () => {
    expect([...parseRrule('FREQ=MONTHLY;BYMONTHDAY=1,15;BYHOUR=9;BYMINUTE=0').keys()]).toEqual(['FREQ', 'BYMONTHDAY', 'BYHOUR', 'BYMINUTE']);
    expect([...parseRrule('FREQ=MONTHLY;BYDAY=-1FR;BYHOUR=9').keys()]).toEqual(['FREQ', 'BYDAY', 'BYHOUR']);
  });
});
