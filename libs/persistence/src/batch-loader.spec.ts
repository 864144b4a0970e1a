import { BatchLoader } from './batch-loader.js';

describe('BatchLoader', () => {
  it('turns lookups made in the same turn into one load, each caller getting its own row', async () => {
    const calls: string[][] = [];
    const loader = new BatchLoader<string, string>(async (keys) => {
      calls.push(keys);
      return new Map(keys.filter((k) => k !== 'missing').map((k) => [k, k.toUpperCase()]));
    });
    const results = await Promise.all(['a', 'b', 'a', 'missing'].map((k) => loader.load(k)));
    expect(results).toEqual(['A', 'B', 'A', undefined]);
    expect(calls).toEqual([['a', 'b', 'missing']]);
    // A later turn is a new batch: nothing is kept between batches.
    await expect(loader.load('a')).resolves.toBe('A');
    expect(calls).toHaveLength(2);
  });

  it('fails every caller of a batch whose load failed, and recovers for the next batch', async () => {
    let fail = true;
    const loader = new BatchLoader<string, string>(async (keys) => {
      if (fail) throw new Error('db down');
      return new Map(keys.map((k) => [k, k]));
    });
    await expect(Promise.all([loader.load('a'), loader.load('b')])).rejects.toThrow('db down');
    fail = false;
    await expect(loader.load('a')).resolves.toBe('a');
  });

  it('flushes at once when a batch is full', async () => {
    const sizes: number[] = [];
    const loader = new BatchLoader<number, number>(async (keys) => {
      sizes.push(keys.length);
      return new Map(keys.map((k) => [k, k]));
    }, 3);
    await Promise.all([1, 2, 3, 4, 5].map((k) => loader.load(k)));
    expect(sizes).toEqual([3, 2]);
  });
});
