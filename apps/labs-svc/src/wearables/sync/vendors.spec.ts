import { VENDORS } from './vendors.js';

const from = new Date('2026-10-30T12:00:00Z');
const to = new Date('2026-11-29T12:00:00Z');
const stream = (provider: keyof typeof VENDORS, name: string) => VENDORS[provider].streams.find((s) => s.name === name)!;
const query = (url: string) => Object.fromEntries(new URL(url).searchParams);

describe('how each vendor is asked for a window and its next page', () => {
  it('Oura: dates for daily collections, instants for heart rate, next_token for the next page', () => {
    expect(stream('oura', 'daily_sleep').url('https://api.ouraring.com', from, to, null))
      .toBe('https://api.ouraring.com/v2/usercollection/daily_sleep?start_date=2026-10-30&end_date=2026-11-29');
    expect(query(stream('oura', 'heartrate').url('https://o', from, to, 'tok'))).toEqual({
      start_datetime: '2026-10-30T12:00:00.000Z', end_datetime: '2026-11-29T12:00:00.000Z', next_token: 'tok',
    });
    expect(stream('oura', 'sleep').nextPageToken({ data: [], next_token: 'n2' })).toBe('n2');
    expect(stream('oura', 'sleep').nextPageToken({ data: [], next_token: null })).toBeNull();
  });

  it('WHOOP v2: start/end instants, 25 a page, nextToken asked for what next_token answered', () => {
    const url = stream('whoop', 'sleep').url('https://api.prod.whoop.com/developer', from, to, 'abc');
    expect(url.split('?')[0]).toBe('https://api.prod.whoop.com/developer/v2/activity/sleep');
    expect(query(url)).toEqual({ start: '2026-10-30T12:00:00.000Z', end: '2026-11-29T12:00:00.000Z', limit: '25', nextToken: 'abc' });
    expect(stream('whoop', 'recovery').nextPageToken({ records: [], next_token: 'x' })).toBe('x');
  });

  it('Dexcom v3: system time without an offset, one response per window of at most 30 days, syncing every 30 minutes', () => {
    expect(stream('dexcom', 'egvs').url('https://api.dexcom.com', from, to, null))
      .toBe('https://api.dexcom.com/v3/users/self/egvs?startDate=2026-10-30T12%3A00%3A00&endDate=2026-11-29T12%3A00%3A00');
    expect(VENDORS.dexcom.maxWindowMs).toBe(30 * 86_400_000);
    expect(VENDORS.dexcom.intervalMs).toBe(30 * 60_000);
    expect(VENDORS.oura.intervalMs).toBe(86_400_000);
    expect(VENDORS.whoop.intervalMs).toBe(86_400_000);
  });
});
