import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isKnownGivenName, mistypedName } from './given-names.js';
import { droppedLetter, keyboardSlip } from './text.js';

// Expected answers from the rule as docs/identity.md states it ("A mistyped given name is not a twin's"), not from the code.
describe('a mistyped given name: one name people are given, the other that name with a keyboard slip or a letter dropped', () => {
  it.each<[string, string, boolean, string]>([
    ['lnida', 'linda', true, 'two neighbouring letters swapped, and "lnida" is no one\'s name'],
    ['eliizabeth', 'elizabeth', true, 'a letter doubled'],
    ['mchael', 'michael', true, 'a letter after the first dropped'],
    ['michael', 'mchael', true, 'either order'],
    ['marta', 'maria', false, 'a letter replaced, and both are names (twins Marta and Maria)'],
    ['kirsten', 'kristen', false, 'a slip apart but both are names'],
    ['elise', 'elsie', false, 'a slip apart but both are names'],
    ['sara', 'sarah', false, 'a letter apart but both are names'],
    ['jayla', 'kayla', false, 'a first letter changed: how rhyming twins\' names differ'],
    ['ichael', 'michael', false, 'the first letter dropped'],
    ['patlick', 'patrick', false, 'a letter replaced (a typo or another name: a person decides)'],
    ['jaidne', 'jaiden', false, 'neither on the lists: two modern names cannot be told from a typo'],
    ['linda', 'linda', false, 'the same name is no typo'],
  ])('%s / %s: %s (%s)', (a, b, expected) => {
    expect(mistypedName(a, b)).toBe(expected);
  });

  it('the slips and the dropped letter themselves', () => {
    expect(keyboardSlip('linda', 'lnida')).toBe(true);
    expect(keyboardSlip('anna', 'ana')).toBe(true);
    expect(keyboardSlip('john', 'jon')).toBe(false); // an added "h" repeats no neighbour
    expect(keyboardSlip('marta', 'maria')).toBe(false);
    expect(keyboardSlip('abcd', 'badc')).toBe(false); // two swaps
    expect(droppedLetter('michael', 'mchael')).toBe(true);
    expect(droppedLetter('michael', 'michae')).toBe(true);
    expect(droppedLetter('bryan', 'ryan')).toBe(false);
    expect(droppedLetter('michael', 'micheal')).toBe(false);
  });

  it('knows the names of the vendored lists (Moby Word II first names, the nickname list), folded', () => {
    for (const name of ['linda', 'elizabeth', 'kirsten', 'kristen', 'marta', 'maria', 'bill', 'peggy']) expect(isKnownGivenName(name)).toBe(true);
    for (const name of ['lnida', 'mchael', 'eliizabeth', 'Linda']) expect(isKnownGivenName(name)).toBe(false);
  });

  it.each([
    ['first-names-female.txt', 4951, 'f2ee53b7adf88a44c0ffaa5aa549e749ac6bd95e813cb68213145276b8efd8c9'],
    ['first-names-male.txt', 3898, '35cf3ca775b204f7a67a6a25f651e7149ea0f0d22ffad9d366e680fe948ca38e'],
  ])('data/%s is the vendored file byte for byte (%i names; data/README.md)', (file, lines, sha256) => {
    const bytes = readFileSync(new URL(`./data/${file}`, import.meta.url));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha256);
    expect(bytes.toString('utf8').split('\n').filter(Boolean)).toHaveLength(lines);
  });
});
