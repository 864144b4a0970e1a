/**
 * Given names people are given, to tell a mistyped name from a second person's name. The vendored Moby Word II lists
 * of English first names (data/first-names-female.txt, data/first-names-male.txt; see data/README.md) and every name
 * of the nickname list (data/names.csv).
 */
import { readFileSync } from 'node:fs';
import { nicknames } from './nicknames.js';
import { droppedLetter, keyboardSlip } from './text.js';

let known: ReadonlySet<string> | undefined;

function knownNames(): ReadonlySet<string> {
  if (known) return known;
  const read = (file: string) => readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8').split(/\r?\n/);
  const names = [...read('first-names-female.txt'), ...read('first-names-male.txt')].map((n) => n.trim().toLowerCase()).filter(Boolean);
  known = new Set([...names, ...nicknames().names()]);
  return known;
}

/** Whether the folded given name is on a list of names people are given. */
export function isKnownGivenName(name: string): boolean {
  return knownNames().has(name);
}

/**
 * Whether two folded given names are one name mistyped: exactly one of them is a name people are given, and the
 * other is it with a keyboard slip (two neighbouring letters swapped, one letter doubled: keyboardSlip) or with one
 * letter after the first dropped ("Mchael"). Two names that are both given names (Elise and Elsie, Ana and Anna,
 * Sara and Sarah, Kirsten and Kristen) may be two sisters; two that neither list knows (Jaiden and Jaidan) cannot be
 * told from two modern names; a first letter changed is how rhyming twins' names differ (Kayla and Jayla).
 */
export function mistypedName(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || isKnownGivenName(a) === isKnownGivenName(b)) return false;
  const [name, other] = isKnownGivenName(a) ? [a, b] : [b, a];
  return keyboardSlip(name, other) || droppedLetter(name, other);
}
