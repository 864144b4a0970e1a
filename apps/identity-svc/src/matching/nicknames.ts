/**
 * Nicknames from the vendored list `data/names.csv` (carltonnorthern/nicknames, see data/README.md). Each line is a
 * name followed by its nicknames or diminutives. The file is a plain comma list (no quoting, no header; a test checks
 * that it stays so), one line per name.
 *
 * Two given names are nickname-related when one heads a line that lists the other ("william" ~ "bill", and
 * "bill" ~ "william" from bill's own line). Their blocking keys are the name itself plus every line head that lists
 * it, so two related names always share one.
 */
import { readFileSync } from 'node:fs';

export class Nicknames {
  private readonly related = new Map<string, Set<string>>();
  private readonly heads = new Map<string, Set<string>>();

  constructor(lines: readonly (readonly string[])[]) {
    for (const [head, ...nicks] of lines) {
      if (!head) continue;
      for (const nick of nicks) {
        if (!nick || nick === head) continue;
        this.link(head, nick);
        this.link(nick, head);
        let h = this.heads.get(nick);
        if (!h) this.heads.set(nick, (h = new Set()));
        h.add(head);
      }
    }
  }

  static parse(text: string): Nicknames {
    const lines = text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => l.split(',').map((n) => n.trim().toLowerCase()));
    return new Nicknames(lines);
  }

  /** True when one of the (folded) names is a listed nickname of the other. */
  areRelated(a: string, b: string): boolean {
    return a !== b && (this.related.get(a)?.has(b) ?? false);
  }

  /** Every name on the list, heads and nicknames. */
  names(): IterableIterator<string> {
    return this.related.keys();
  }

  /** The name itself and every head that lists it, sorted: the given-name part of a blocking key. */
  canonicalKeys(name: string): string[] {
    if (!name) return [];
    return [...new Set([name, ...(this.heads.get(name) ?? [])])].sort();
  }

  private link(a: string, b: string): void {
    let s = this.related.get(a);
    if (!s) this.related.set(a, (s = new Set()));
    s.add(b);
  }
}

let loaded: Nicknames | undefined;

/** The vendored list, read once. */
export function nicknames(): Nicknames {
  loaded ??= Nicknames.parse(readFileSync(new URL('./data/names.csv', import.meta.url), 'utf8'));
  return loaded;
}
