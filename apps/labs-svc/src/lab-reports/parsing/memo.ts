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
