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
 * The given name a folded given name is read as: itself when it is a name people are given; else the one name people
 * are given it is a slip of (mistypedName: two neighbouring letters swapped, one letter doubled, one inside letter
 * dropped, the first letter kept) — "smauel" is Samuel, "roobert" Robert; undefined when it is a slip of none, or of
 * more than one (then it cannot say which name it is: "cnthia" is Cynthia or Cinthia).
 */
export function readAsGivenName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  if (isKnownGivenName(name)) return name;
  const found = new Set<string>();
  const consider = (candidate: string) => {
    if (candidate !== name && isKnownGivenName(candidate) && mistypedName(candidate, name)) found.add(candidate);
  };
  for (let i = 1; i + 1 < name.length; i++) consider(name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2));
  for (let i = 1; i < name.length; i++) if (name[i] === name[i - 1]) consider(name.slice(0, i) + name.slice(i + 1));
  for (let i = 1; i < name.length; i++) for (let c = 97; c <= 122; c++) consider(name.slice(0, i) + String.fromCharCode(c) + name.slice(i));
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * Whether two folded given names that Jaro–Winkler and the nickname list tell apart are one name once a slip is read
 * as the name it mistypes (readAsGivenName): "Sam" and "Smauel" (Samuel), "Bobby" and "Roobert" (Robert), "Wlliam"
 * and "Bill" (William). At least one of the two must be such a slip: two names people are given are compared as
 * written. A slip of two names reads as neither ("Cindy" and "Cnthia": Cynthia or Cinthia; "Klly": Kally, Kelly or Killy).
 * `readA`: `a` as read, when the caller has read it already.
 */
export function oneNameMistyped(a: string | undefined, b: string | undefined, readA: string | undefined = readAsGivenName(a)): boolean {
  const x = readA;
  const y = readAsGivenName(b);
  if (!x || !y || (x === a && y === b)) return false;
  return x === y || nicknames().areRelated(x, y);
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
