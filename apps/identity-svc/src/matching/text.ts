/** Text folding and string similarity for the matcher. Pure functions. */

/** Letters NFKD does not decompose into a base letter plus marks. */
const LIGATURES: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't',
};

/**
 * Unicode-folds a name: NFKD, combining marks dropped, lower case, the letters above spelled out, apostrophes and
 * dots removed ("O'Brien" → "obrien"), any other non-letter a single space ("Smith-Jones" → "smith jones").
 */
export function foldText(value: string | undefined | null): string {
  if (!value) return '';
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþıħŧ]/g, (c) => LIGATURES[c] ?? c)
    .replace(/['’`´.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Scratch flags reused across calls (the matcher calls this millions of times; no allocation per call). */
let flagsA = new Uint8Array(64);
let flagsB = new Uint8Array(64);

/** Jaro similarity in [0, 1]. */
export function jaro(a: string, b: string): number {
  if (a === b) return a.length ? 1 : 0;
  const la = a.length;
  const lb = b.length;
  if (!la || !lb) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  if (flagsA.length < la) flagsA = new Uint8Array(la * 2);
  if (flagsB.length < lb) flagsB = new Uint8Array(lb * 2);
  const matchedA = flagsA.fill(0, 0, la);
  const matchedB = flagsB.fill(0, 0, lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(lb - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (matchedB[j] || a.charCodeAt(i) !== b.charCodeAt(j)) continue;
      matchedA[i] = 1;
      matchedB[j] = 1;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let k = 0;
  let halfTranspositions = 0;
  for (let i = 0; i < la; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[k]) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) halfTranspositions++;
    k++;
  }
  const t = halfTranspositions / 2;
  return (matches / la + matches / lb + (matches - t) / matches) / 3;
}

/** Jaro–Winkler similarity (prefix scale 0.1, prefix up to 4) in [0, 1]. */
export function jaroWinkler(a: string, b: string): number {
  const j = jaro(a, b);
  let prefix = 0;
  const max = Math.min(4, a.length, b.length);
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return j + prefix * 0.1 * (1 - j);
}

/**
 * Whether two different words are one word with a keyboard slip: two neighbouring letters swapped ("Lnida" / "Linda")
 * or one letter doubled ("Eliizabeth" / "Elizabeth"). Names that two people are given differ otherwise (Marta and
 * Maria, Aiden and Jaden: a letter replaced or added); a slip of this shape is one person's name mistyped.
 */
export function keyboardSlip(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
    return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  // long[i] is the extra letter: a doubling when it repeats its neighbour, and the rest agrees.
  return (long[i] === long[i - 1] || long[i] === long[i + 1]) && long.slice(i + 1) === short.slice(i);
}

/**
 * Whether `short` is `word` with one letter inside it left out ("mchael" of "michael"); not the first ("ryan" of
 * "bryan") nor the last ("noa" of "noah"): names are made so.
 */
export function droppedLetter(word: string, short: string): boolean {
  if (short.length !== word.length - 1 || short.length < 2 || word[0] !== short[0]) return false;
  if (word.slice(0, -1) === short) return false;
  let i = 1;
  while (i < short.length && word[i] === short[i]) i++;
  return word.slice(i + 1) === short.slice(i);
}
