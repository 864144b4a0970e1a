import { canonicalTimeZone, metadataProblem, normalizeTags, todayIn } from './patient-fields.js';

describe('metadata bounds (8 KB, 4 levels, 100 keys, keys of 1–64 safe characters)', () => {
  const nested = (depth: number): Record<string, unknown> => (depth <= 1 ? { leaf: 1 } : { n: nested(depth - 1) });
  it.each([
    ['an object of JSON values', { plan: 'gold', seats: 2, flags: [true, null], crm: { id: 'x-1' } }, null],
    ['4 levels', nested(4), null],
    ['5 levels', nested(5), 'nested'],
    ['an array', [1], 'object'],
    ['a string', 'x', 'object'],
    ['null', null, 'object'],
    ['100 keys', Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i])), null],
    ['101 keys', Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, i])), 'keys'],
    ['a key with a space', { 'a b': 1 }, 'keys'],
    ['a __proto__ key', JSON.parse('{"__proto__": {"x": 1}}'), 'keys'],
    ['a key of 65 characters', { ['k'.repeat(65)]: 1 }, 'keys'],
    ['a string of 1001 characters', { s: 'x'.repeat(1001) }, 'strings'],
    ['an array of 51 items', { a: Array.from({ length: 51 }, () => 1) }, 'arrays'],
    ['over 8192 bytes', Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`k${i}`, 'é'.repeat(500)])), 'bytes'],
    ['a non-finite number', { n: Number.POSITIVE_INFINITY }, 'finite'],
  ])('%s', (_what, value, problem) => {
    const found = metadataProblem(value);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
});

describe('time zones', () => {
  it.each([
    ['America/New_York', 'America/New_York'],
    ['america/new_york', 'America/New_York'],
    ['Europe/Berlin', 'Europe/Berlin'],
    ['UTC', 'UTC'],
    ['America/Argentina/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['Etc/UTC', 'Etc/UTC'],
    ['Mars/Olympus_Mons', null],
    ['+01:00', null],
    ['', null],
    ['Europe/Berlin\n', null],
  ])('%j → %j', (value, canonical) => {
    expect(canonicalTimeZone(value)).toBe(canonical);
  });

  it("gives the zone's calendar day", () => {
    const instant = new Date('2026-03-01T23:30:00Z');
    expect(todayIn('UTC', instant)).toBe('2026-03-01');
    expect(todayIn('Europe/Berlin', instant)).toBe('2026-03-02');
    expect(todayIn('America/Los_Angeles', instant)).toBe('2026-03-01');
    expect(todayIn(null, instant)).toBe('2026-03-01');
  });
});

describe('tags', () => {
  it('are stored lowercase, trimmed, once each, in order', () => {
    expect(normalizeTags(['VIP', 'vip', ' Onboarding', 'trt'])).toEqual(['vip', 'onboarding', 'trt']);
  });
});
