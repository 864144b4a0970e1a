/**
 * Given names people are given, to tell a mistyped name from a second person's name: every name the US Social Security
 * Administration counted for at least 100 babies born 1880–2016 (data/us-given-names-ssa.txt, 36,151 names), the
 * Moby Word II lists of English first names (data/first-names-female.txt, data/first-names-male.txt) and every name of
 * the nickname list (data/names.csv); see data/README.md.
 */
import { readFileSync } from 'node:fs';
import { nicknames } from './nicknames.js';
import { droppedLetter, keyboardSlip } from './text.js';

let known: ReadonlySet<string> | undefined;

function knownNames(): ReadonlySet<string> {
  if (known) return known;
  const read = (file: string) => readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8').split(/\r?\n/);
  const files = ['us-given-names-ssa.txt', 'first-names-female.txt', 'first-names-male.txt'];
  const names = files.flatMap(read).map((n) => n.trim().toLowerCase()).filter(Boolean);
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
 * letter inside it dropped ("Mchael"). Two names that are both given names (Elise and Elsie, Layla and Lyla, Noah and
 * Noa, Kirsten and Kristen) may be two sisters or twins; two that no list knows cannot be told from two rare names;
 * a first or last letter changed, dropped or swapped is how names are made (Kayla and Jayla, Bryan and Ryan, Talia and
 * Tali, Atif and Taif, Arti and Rati).
 */
export function mistypedName(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a[0] !== b[0]) return false;
  const aKnown = isKnownGivenName(a);
  if (aKnown === isKnownGivenName(b)) return false;
  const [name, other] = aKnown ? [a, b] : [b, a];
  return keyboardSlip(name, other) || droppedLetter(name, other);
}
