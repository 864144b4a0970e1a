import { BatchWriter } from './batch-writer.js';

describe('BatchWriter', () => {
  it('writes the items of concurrent callers in one batch, each caller getting the result of its own item', async () => {
    const calls: string[][] = [];
    const writer = new BatchWriter<string, string>(async (items) => {
      calls.push(items);
      return items.map((i) => i.toUpperCase());
    });
    await expect(Promise.all(['a', 'b', 'a'].map((i) => writer.write(i)))).resolves.toEqual(['A', 'B', 'A']);
    expect(calls).toEqual([['a', 'b', 'a']]);
  });

  it('keeps filling the next batch while the limit of batches is being written, then writes it in one go', async () => {
    const calls: number[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const writer = new BatchWriter<number, number>(async (items) => {
      calls.push(items);
      if (calls.length === 1) await gate;
      return items;
    }, 100, 1);
    const first = writer.write(1);
    await new Promise((r) => setImmediate(r));
    const later = [2, 3, 4].map((i) => writer.write(i));
    await new Promise((r) => setImmediate(r));
    expect(calls).toEqual([[1]]);
    release();
    await expect(Promise.all([first, ...later])).resolves.toEqual([1, 2, 3, 4]);
    expect(calls).toEqual([[1], [2, 3, 4]]);
  });

  it('writes at most maxBatch items at a time', async () => {
    const sizes: number[] = [];
    const writer = new BatchWriter<number, number>(async (items) => {
      sizes.push(items.length);
      return items;
    }, 3);
    await Promise.all([1, 2, 3, 4, 5].map((i) => writer.write(i)));
    expect(sizes).toEqual([3, 2]);
  });

  it('fails every caller of a failed batch, and writes the next batch', async () => {
    let fail = true;
    const writer = new BatchWriter<string, string>(async (items) => {
      if (fail) throw new Error('db down');
      return items;
    });
    await expect(Promise.all([writer.write('a'), writer.write('b')])).rejects.toThrow('db down');
    fail = false;
    await expect(writer.write('c')).resolves.toBe('c');
  });
});
