/**
 * Blocking: candidates are the records sharing at least one blocking key (normalize.ts makes the keys). A block
 * (the records of one key value) larger than BLOCK_CAP is capped: only BLOCK_CAP of its records become candidates,
 * the key and its real size are reported, and a candidate found only through capped keys is marked `capped`, so it
 * is scored but never auto-linked (Matcher.score with `{ capped: true }`). Nothing aborts and nothing is dropped
 * silently.
 *
 * `BlockIndex` is the in-memory form (the accuracy harness, tests); the database index (identity.match_record,
 * blocking_keys text[] with GIN) applies the same rule with `LIMIT BLOCK_CAP + 1` per key.
 */

/** The most candidates one blocking key value contributes. */
export const BLOCK_CAP = 200;

export interface CappedBlock {
  key: string;
  /** How many records hold the key (more than BLOCK_CAP). */
  size: number;
}

export interface Candidate<Id> {
  id: Id;
  /** The keys through which it was found. */
  keys: string[];
  /** Found only through capped blocks. */
  capped: boolean;
}

export interface CandidateSet<Id> {
  candidates: Candidate<Id>[];
  capped: CappedBlock[];
}

/**
 * Merges per-key member lists into candidates. `members(key)` gives up to `cap + 1` ids holding the key (in a stable
 * order) and, when it has more, the real size.
 */
export function gatherCandidates<Id>(
  keys: readonly string[],
  members: (key: string) => { ids: readonly Id[]; size: number },
  exclude?: Id,
  cap = BLOCK_CAP,
): CandidateSet<Id> {
  const found = new Map<Id, { keys: string[]; uncapped: boolean }>();
  const capped: CappedBlock[] = [];
  for (const key of keys) {
    const { ids, size } = members(key);
    const isCapped = size > cap;
    if (isCapped) capped.push({ key, size });
    const take = isCapped ? ids.slice(0, cap) : ids;
    for (const id of take) {
      if (id === exclude) continue;
      let c = found.get(id);
      if (!c) found.set(id, (c = { keys: [], uncapped: false }));
      c.keys.push(key);
      if (!isCapped) c.uncapped = true;
    }
  }
  return { candidates: [...found].map(([id, c]) => ({ id, keys: c.keys, capped: !c.uncapped })), capped };
}

/** An in-memory blocking index: ids by key, in insertion order. */
export class BlockIndex<Id> {
  private readonly byKey = new Map<string, Id[]>();

  constructor(private readonly cap = BLOCK_CAP) {}

  add(id: Id, keys: readonly string[]): void {
    for (const key of keys) {
      let ids = this.byKey.get(key);
      if (!ids) this.byKey.set(key, (ids = []));
      ids.push(id);
    }
  }

  candidates(keys: readonly string[], exclude?: Id): CandidateSet<Id> {
    return gatherCandidates(keys, (key) => {
      const ids = this.byKey.get(key) ?? [];
      return { ids, size: ids.length };
    }, exclude, this.cap);
  }
}
