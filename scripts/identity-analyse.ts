/**
 * `node dist/scripts/identity-analyse.js [--seed=1]`: why the matcher misses or reviews true matches on a TRAINING
 * seed (never the evaluation seed of scripts/accuracy-identity.ts). Replays arrivals as the accuracy harness does and,
 * for each record whose person already has a patient, says why it did not join it: no candidate (blocking), score
 * below 'certain', held back (which hard-negative reason), closed by votes, or ambiguous between patients. Then the
 * same-person pairs left in the review queue by grade and reasons, and what automation refused (adoptions, merges).
 */
import { compare, decideLink, gradeOf, Matcher, TermFrequencyTable } from '../apps/identity-svc/src/matching/index.js';
import { hardNegativeReasons } from '../apps/identity-svc/src/matching/matcher.js';
import { cluster, formatAccuracy, formatConfusion, scoreSet } from './lib/identity-accuracy.js';
import { generateIdentitySet } from './lib/identity-generator.js';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string | undefined]));
const seed = Number(args.get('seed') ?? 1);
if (seed === 2) throw new Error('seed 2 is the evaluation seed: analyse a training seed');
const show = Number(args.get('show') ?? 0);
const matcher = Matcher.load();
const set = generateIdentitySet({ seed, people: 5000 });
const scored = scoreSet(set, matcher);
const tf = TermFrequencyTable.from(scored.normalized);
const personOf = set.records.map((r) => r.personId);
const t = matcher.thresholds;
const clusterOf: number[] = [];
const why = new Map<string, number>();
const samples = new Map<string, string[]>();
const bump = (k: string, n = 1) => why.set(k, (why.get(k) ?? 0) + n);
for (let j = 0; j < scored.candidates.length; j++) {
  const decision = decideLink(scored.candidates[j]!.map((c) => ({ patient: clusterOf[c.other]!, probability: c.probability, total: c.total, reasons: c.reasons })), t);
  const chosen = decision.link ?? j;
  const certain = new Set(decision.unresolved);
  clusterOf.push(chosen);
  // The person's earlier records and their patients.
  const earlier = [];
  for (let i = 0; i < j; i++) if (personOf[i] === personOf[j]) earlier.push(i);
  if (!earlier.length) {
    if (chosen !== j) bump('false-join');
    continue;
  }
  const ownClusters = new Set(earlier.map((i) => clusterOf[i]!));
  if (ownClusters.has(chosen)) continue;
  const lost = earlier.length; // pairs with earlier records not joined (roughly)
  const own = scored.candidates[j]!.filter((c) => personOf[c.other] === personOf[j]);
  let reason: string;
  let detail = '';
  if (!own.length) reason = 'no-candidate';
  else {
    const best = own.reduce((a, b) => (a.probability >= b.probability ? a : b));
    const levels = compare(scored.normalized[j]!, scored.normalized[best.other]!);
    const ex = matcher.explain(scored.normalized[j]!, scored.normalized[best.other]!, tf, levels);
    detail = `${best.probability.toFixed(4)} ${ex.fields.filter((f) => f.level !== 'missing').map((f) => `${f.field}=${f.level}(${f.weight.toFixed(1)})`).join(' ')}\n    other: ${set.records[best.other]!.system} ${JSON.stringify(set.records[best.other]!.input)}`;
    const negatives = scored.candidates[j]!.filter((c) => c.hardNegative && (ownClusters.has(clusterOf[c.other]!) || certain.has(clusterOf[c.other]!) || decision.link === clusterOf[c.other]));
    for (const c of negatives.slice(0, 3)) detail += `\n    HN ${personOf[c.other] === personOf[j] ? 'SAME' : 'other'} [${hardNegativeReasons(compare(scored.normalized[j]!, scored.normalized[c.other]!), scored.normalized[j]!, scored.normalized[c.other]!)}] ${JSON.stringify(set.records[c.other]!.input)}`;
    const heldOwn = own.filter((c) => c.probability >= t.certain);
    if (!heldOwn.length) reason = `below-certain`;
    else if (heldOwn.every((c) => c.heldBack)) {
      const r = hardNegativeReasons(compare(scored.normalized[j]!, scored.normalized[heldOwn[0]!.other]!), scored.normalized[j]!, scored.normalized[heldOwn[0]!.other]!);
      reason = `held:${r.join('+') || 'capped'}`;
    } else if ([...ownClusters].some((c) => certain.has(c))) reason = decision.link === undefined ? 'unresolved-nolink' : 'unresolved-linked-other';
    else reason = 'joined-other';
  }
  bump(reason, lost);
  bump(`#${reason}`);
  if (!samples.has(reason)) samples.set(reason, []);
  samples.get(reason)!.push(`${set.records[j]!.system} ${JSON.stringify(set.records[j]!.input)}\n    ${detail}`);
}
console.log(`seed ${seed}, model ${matcher.modelVersion}`);
// What automation refused (ClusterOptions.trace): adoptions (mayAdopt), merges (mayAutoMerge), links to neither of two.
const refused = new Map<string, number>();
const acc = cluster(set, scored, t, {
  trace: (event, record, ids) => {
    const mixed = event === 'adoption-refused' && ids.some((r) => personOf[r] !== personOf[record]);
    const key = `${event}${event === 'adoption-refused' ? (mixed ? ' (another person\'s patient)' : ' (its own person\'s patient)') : ''}`;
    refused.set(key, (refused.get(key) ?? 0) + 1);
  },
});
console.log(formatAccuracy('training seed', acc));
console.log(formatConfusion(acc));
for (const [k, v] of [...why].sort((a, b) => b[1] - a[1])) console.log(`${k.padEnd(40)} ${v}`);
// The same-person pairs left in review at the end (Accuracy.openReview), by where their records are (in a patient, or
// waiting), the pair's grade and the matcher's reasons: what a reviewer is asked.
const inReview = new Map<string, number>();
for (const [x, y] of acc.openReview) {
  if (personOf[x] !== personOf[y]) continue;
  const [i, j] = x < y ? [x, y] : [y, x];
  const c = scored.candidates[j]!.find((c) => c.other === i);
  const where = (r: number) => (acc.clusterOf[r]! < 0 ? 'waiting' : 'patient');
  const key = `${where(i)}/${where(j)} ${c ? gradeOf(c.probability, c.heldBack, t) ?? 'none' : 'not scored'} [${c?.reasons.join(',') ?? ''}]`;
  inReview.set(key, (inReview.get(key) ?? 0) + 1);
}
console.log('\nsame-person pairs in review, earlier/later record: grade [reasons]');
for (const [k, v] of [...inReview].sort((a, b) => b[1] - a[1])) console.log(`${k.padEnd(60)} ${v}`);
console.log('\nrefused by automation (events)');
for (const [k, v] of [...refused].sort((a, b) => b[1] - a[1])) console.log(`${k.padEnd(60)} ${v}`);
if (show) for (const [k, list] of samples) {
  console.log(`\n== ${k}`);
  for (const s of list.slice(0, show)) console.log(`  ${s}`);
}
