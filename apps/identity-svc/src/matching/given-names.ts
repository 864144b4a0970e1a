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
let bySex: { female: ReadonlySet<string>; male: ReadonlySet<string> } | undefined;

const readNames = (file: string): string[] =>
  readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8').split(/\r?\n/).map((n) => n.trim().toLowerCase()).filter(Boolean);

/** The Moby female and male first-name lists, read once (knownNames and shortFormOfBothSexes both ask them). */
function namesBySex(): { female: ReadonlySet<string>; male: ReadonlySet<string> } {
  bySex ??= { female: new Set(readNames('first-names-female.txt')), male: new Set(readNames('first-names-male.txt')) };
  return bySex;
}

function knownNames(): ReadonlySet<string> {
  if (known) return known;
  const { female, male } = namesBySex();
  known = new Set([...readNames('us-given-names-ssa.txt'), ...female, ...male, ...nicknames().names()]);
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

/**
 * Whether a folded given name is the short form of a man's name and of a woman's alike — "chris" (Christopher,
 * Christine), "sam", "pat", "alex", "jo" — so that it cannot say which of a couple or of boy and girl twins a record is:
 * the nickname list gives it as a nickname of a name only the Moby male list holds and of one only the female list
 * holds. A name on both lists as given ("Bill", which the female list also holds) is not asked about: only the
 * full names it shortens are.
 */
export function shortFormOfBothSexes(name: string | undefined): boolean {
  if (!name) return false;
  const { female, male } = namesBySex();
  const full = nicknames().canonicalKeys(name).filter((n) => n !== name);
  return full.some((n) => male.has(n) && !female.has(n)) && full.some((n) => female.has(n) && !male.has(n));
}
