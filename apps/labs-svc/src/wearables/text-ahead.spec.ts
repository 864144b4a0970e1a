import { textAhead } from './wearable-sample.store.js';

function* chunks(n: number, made: string[]): Generator<string> {
  for (let i = 0; i < n; i++) {
    made.push(`c${i}`);
    yield `c${i};`;
  }
}

describe('textAhead (a new span\'s rollup text made while the insert runs)', () => {
  it('makes chunks up to the bound at once and the rest only when read, every chunk once and in order', () => {
    const made: string[] = [];
    const text = textAhead(chunks(10, made), 9);
    // Three chunks of 3 characters reach the bound of 9: made before anything is read.
    expect(made).toEqual(['c0', 'c1', 'c2']);
    expect([...text].join('')).toBe('c0;c1;c2;c3;c4;c5;c6;c7;c8;c9;');
    expect(made).toHaveLength(10);
  });

  it('takes a source shorter than the bound whole, and an empty one as nothing', () => {
    const made: string[] = [];
    expect([...textAhead(chunks(2, made), 1000)]).toEqual(['c0;', 'c1;']);
    expect([...textAhead(chunks(0, []), 1000)]).toEqual([]);
  });
});
