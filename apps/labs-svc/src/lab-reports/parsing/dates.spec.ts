import { parseDayMonthDate, readHl7DateTime } from './dates.js';

/**
 * Expected instants worked out by hand from the zones' published rules (US: DST from the second Sunday of March
 * 02:00 to the first Sunday of November 02:00; EU: last Sunday of March 01:00 UTC to last Sunday of October;
 * Sydney: first Sunday of April 03:00 AEDT back to 02:00 AEST), not computed by the code under test.
 */
describe('readHl7DateTime: an HL7 time is an instant only with its offset or its sender\'s zone', () => {
  it.each([
    // value, zone, instant, basis
    ['20240315083000-0500', undefined, '2024-03-15T13:30:00.000Z', 'offset'],
    ['20240315083000+0530', undefined, '2024-03-15T03:00:00.000Z', 'offset'],
    ['20240315083000-0500', 'Asia/Tokyo', '2024-03-15T13:30:00.000Z', 'offset'],
    ['20240315083000.5-0500', undefined, '2024-03-15T13:30:00.500Z', 'offset'],
    ['20240315083000', undefined, '2024-03-15T08:30:00.000Z', 'utc-assumed'],
    ['202403150830', undefined, '2024-03-15T08:30:00.000Z', 'utc-assumed'],
    ['20240315', undefined, '2024-03-15T00:00:00.000Z', 'date'],
    ['20240315', 'America/Chicago', '2024-03-15T00:00:00.000Z', 'date'],
    // Chicago: CST -06:00 in winter, CDT -05:00 from 2024-03-10 02:00 local to 2024-11-03 02:00 local.
    ['20240115083000', 'America/Chicago', '2024-01-15T14:30:00.000Z', 'zone'],
    ['20240315083000', 'America/Chicago', '2024-03-15T13:30:00.000Z', 'zone'],
    ['202403150830', 'America/Chicago', '2024-03-15T13:30:00.000Z', 'zone'],
    ['20240310015959', 'America/Chicago', '2024-03-10T07:59:59.000Z', 'zone'],
    // 02:30 on 2024-03-10 never happens in Chicago (02:00 CST → 03:00 CDT): moved forward by the gap, 03:30 CDT.
    ['20240310023000', 'America/Chicago', '2024-03-10T08:30:00.000Z', 'zone'],
    ['20240310030000', 'America/Chicago', '2024-03-10T08:00:00.000Z', 'zone'],
    // 01:30 on 2024-11-03 happens twice (CDT, then CST): the first, 01:30 CDT.
    ['20241103013000', 'America/Chicago', '2024-11-03T06:30:00.000Z', 'zone'],
    ['20241103020000', 'America/Chicago', '2024-11-03T08:00:00.000Z', 'zone'],
    // Berlin: 2024-03-31 02:30 does not exist (CET → CEST at 02:00): 03:30 CEST.
    ['20240331023000', 'Europe/Berlin', '2024-03-31T01:30:00.000Z', 'zone'],
    ['20240701120000', 'Europe/Berlin', '2024-07-01T10:00:00.000Z', 'zone'],
    // Sydney: 2024-04-07 02:30 happens twice (AEDT +11, then AEST +10): the first.
    ['20240407023000', 'Australia/Sydney', '2024-04-06T15:30:00.000Z', 'zone'],
    ['20240315083000', 'Asia/Kolkata', '2024-03-15T03:00:00.000Z', 'zone'],
    ['20240315083000', 'UTC', '2024-03-15T08:30:00.000Z', 'zone'],
  ])('%s in %s → %s (%s)', (value, zone, instant, basis) => {
    expect(readHl7DateTime(value, zone)).toEqual({ iso: instant, basis });
  });

  it.each([['20240230'], ['2024031525'], ['202403151260'], ['20240315083000-2500'], ['2024-03-15T08:30:00Z'], ['soon'], ['']])('%p is not an HL7 time', (value) => {
    expect(readHl7DateTime(value, 'America/Chicago')).toBeUndefined();
  });
});

describe('parseDayMonthDate: a date printed day and month in either order (a GP record\'s date before a name)', () => {
  it.each([
    ['12-Mar-2025', undefined, '2025-03-12T00:00:00.000Z'], ['12 Mar 25', undefined, '2025-03-12T00:00:00.000Z'],
    ['2025-03-12 09:14', undefined, '2025-03-12T00:00:00.000Z'], ['25/03/2025', undefined, '2025-03-25T00:00:00.000Z'],
    ['03/25/2025', undefined, '2025-03-25T00:00:00.000Z'], ['12/03/2025', 'dmy', '2025-03-12T00:00:00.000Z'],
    ['12/03/2025', 'mdy', '2025-12-03T00:00:00.000Z'],
  ] as const)('%p (order %p) is %p', (text, order, expected) => {
    expect(parseDayMonthDate(text, order)).toBe(expected);
  });
  it.each([['12/03/2025'], ['31-Feb-2025'], ['32/01/2025'], ['12-Foo-2025']])('%p is no date that reads one way', (text) => {
    expect(parseDayMonthDate(text)).toBeUndefined();
  });
});
