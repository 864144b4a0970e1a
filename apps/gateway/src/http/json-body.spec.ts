import { jsonNestsDeeperThan } from './json-body.js';

describe('jsonNestsDeeperThan()', () => {
  it.each([
    ['{}', 1, false],
    ['{"a":{"b":1}}', 1, true],
    ['{"a":{"b":1}}', 2, false],
    ['[[[]]]', 2, true],
    ['[[],[],[]]', 2, false],
    // Brackets inside strings, escaped quotes included, do not count.
    ['{"a":"[[[[{{{{","b":"\\"[[[["}', 1, false],
    ['{"a":"\\\\"}', 1, false],
    [`{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, 32, true],
  ])('case %#', (text, limit, expected) => {
    expect(jsonNestsDeeperThan(text as string, limit as number)).toBe(expected);
  });
});
