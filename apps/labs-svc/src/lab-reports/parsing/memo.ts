/**
 * `compute()` once per key: `memo` keeps what it gave (undefined and null too) for the next call with that key, and is
 * cleared when it holds `cap` keys. The reader asks about the same names and units line after line.
 */
export function remembered<V>(memo: Map<string, V>, key: string, compute: () => V, cap = 20_000): V {
  if (memo.has(key)) return memo.get(key) as V;
  const value = compute();
  if (memo.size >= cap) memo.clear();
  memo.set(key, value);
  return value;
}

/**
 * A table's entry for a key, or undefined: its own entries only. A report's words are the keys, and a plain object
 * also answers `constructor`, `toString` or `valueOf` from its prototype (a function, not a word: a line named
 * `constructor` threw, and the whole text read nothing; an HTML cell's `&constructor;` printed the function's source).
 */
export function ownEntry<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
