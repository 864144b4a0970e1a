/**
 * `node dist/scripts/bench-identity-score.js`: the speed of Matcher.score on the candidate pairs of a generated set
 * (normalized once, as the match index stores them), with term frequencies. Prints pairs per second.
 */
import { BlockIndex, Matcher, normalizePerson, TermFrequencyTable } from '../apps/identity-svc/src/matching/index.js';
import { generateIdentitySet } from './lib/identity-generator.js';

const matcher = Matcher.load();
const set = generateIdentitySet({ seed: 3, people: 5000 });
const started = performance.now();
const normalized = set.records.map((r) => normalizePerson(r.input));
const normalizeMs = performance.now() - started;
const tf = TermFrequencyTable.from(normalized);
const index = new BlockIndex<number>();
const pairs: [number, number][] = [];
normalized.forEach((n, j) => {
  for (const c of index.candidates(n.blockingKeys).candidates) pairs.push([j, c.id]);
  index.add(j, n.blockingKeys);
});
for (const [a, b] of pairs.slice(0, 20_000)) matcher.score(normalized[a]!, normalized[b]!, tf); // warm-up
const rounds = 3;
const t = performance.now();
for (let r = 0; r < rounds; r++) for (const [a, b] of pairs) matcher.score(normalized[a]!, normalized[b]!, tf);
const ms = performance.now() - t;
console.log(`normalizePerson: ${(normalized.length / normalizeMs * 1000).toFixed(0)} records/s (${normalized.length} records)`);
console.log(`Matcher.score: ${((pairs.length * rounds) / ms * 1000).toFixed(0)} pairs/s (${pairs.length} candidate pairs x ${rounds}), ${(pairs.length / normalized.length).toFixed(1)} candidates per record`);
