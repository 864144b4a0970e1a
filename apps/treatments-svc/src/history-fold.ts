/** One entry of a history as folded: the status it moved from, whether it was a legal move there, and its place. */
export interface FoldedEntry<E, S> {
  entry: E;
  from: S;
  applied: boolean;
  position: number;
}

/**
 * A status from a whole history, whatever order its entries arrived in (treatments and orders alike): sorted by
 * `first` (entries it marks go first), then by time, then by the machine's order of the target status (so a tie folds
 * the same way whatever arrived first), then by key. An entry that is not a legal move where it falls is kept
 * (`applied: false`), never applied.
 */
export function foldHistory<S extends string, E extends { key: string; at: Date }, From extends S | null>(
  entries: readonly E[],
  m: { start: From; rank: ReadonlyMap<S, number>; target: (e: E) => S; legal: (from: S | From, e: E) => boolean; first?: (e: E) => boolean },
): { status: S | From; entries: FoldedEntry<E, S | From>[] } {
  const first = m.first ?? (() => false);
  const sorted = [...entries].sort((a, b) =>
    Number(!first(a)) - Number(!first(b)) || a.at.getTime() - b.at.getTime() || m.rank.get(m.target(a))! - m.rank.get(m.target(b))!
    || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  let status: S | From = m.start;
  const out: FoldedEntry<E, S | From>[] = [];
  sorted.forEach((entry, position) => {
    const from = status;
    const applied = m.legal(status, entry);
    if (applied) status = m.target(entry);
    out.push({ entry, from, applied, position });
  });
  return { status, entries: out };
}

/**
 * An aggregate's history among those loaded for a batch of partner events: the list the batch shares, so an entry
 * added by one event is seen by the next event about the same aggregate (an empty one, kept, for one not seen yet).
 */
export function loadedHistory<E>(histories: Map<string, E[]>, key: string): E[] {
  let history = histories.get(key);
  if (!history) histories.set(key, (history = []));
  return history;
}
