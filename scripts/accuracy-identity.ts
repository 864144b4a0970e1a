/**
 * `npm run accuracy` (second part): the identity matcher measured on a labelled set it was not trained on
 * (scripts/lib/identity-generator.ts, EVALUATION_SEED; the model in apps/identity-svc/src/matching/model.json was
 * trained on TRAINING_SEED by scripts/identity-train.ts). Prints, at the auto-link ('certain') threshold, pairwise
 * precision and recall, twin merges, the share of true matches sent to review, the confusion matrix, and the
 * deterministic baseline (given name + surname + birth date exact) beside it. Exits 1 below the targets
 * (docs/identity.md, "Matching"). `--replay=start-patient` replays the earlier harness (every record that links to no one
 * starts a patient), `--no-adoption` the service without adoption (docs/identity.md, "Adoption"), `--profiles=join` the
 * harness before 2026-11-30 13:00 UTC (a profile joined a patient like a partner's record; the service makes it its own patient),
 * `--profiles=own-patient` the harness before 14:00 UTC (a profile's own patient, nothing decided for it: no merge, no item),
 * `--no-supersede` the service before review items closed themselves when their record was linked later,
 * `--profile-ties=first` and `--no-profile-copies` the replay before the second review of a profile entering the index
 * (a tie-break among several certain patients; partner-started patients without the profile the service makes for them),
 * `--profile-copy-as=witness` the replay before identity5 (that profile read by the merge guards as a clinic profile).
 */
import { Matcher } from '../apps/identity-svc/src/matching/index.js';
import {
  cluster,
  type ClusterOptions,
  deterministicBaseline,
  disagreement,
  formatAccuracy,
  formatConfusion,
  meetsTargets,
  scoreSet,
  TARGETS,
} from './lib/identity-accuracy.js';
import { generateIdentitySet } from './lib/identity-generator.js';

export const EVALUATION_SEED = 2;

const replay: ClusterOptions = {
  ...(process.argv.includes('--replay=start-patient') ? { partners: 'start-patient' as const } : {}),
  ...(process.argv.includes('--no-adoption') ? { adoption: false } : {}),
  ...(process.argv.includes('--profiles=join') ? { profiles: 'join' as const } : {}),
  ...(process.argv.includes('--profiles=own-patient') ? { profiles: 'own-patient' as const } : {}),
  ...(process.argv.includes('--no-supersede') ? { supersede: false } : {}),
  ...(process.argv.includes('--profile-ties=first') ? { profileTies: 'first' as const } : {}),
  ...(process.argv.includes('--no-profile-copies') ? { profileCopies: false } : {}),
  ...(process.argv.includes('--profile-copy-as=witness') ? { profileCopyAs: 'witness' as const } : {}),
};
const matcher = Matcher.load();
const set = generateIdentitySet({ seed: EVALUATION_SEED, people: 5000 });
const scored = scoreSet(set, matcher);
const accuracy = cluster(set, scored, matcher.thresholds, replay);
const baseline = deterministicBaseline(set, scored.normalized);
const rates = disagreement(set, scored.normalized);
const random = generateIdentitySet({ seed: EVALUATION_SEED, people: 5000, order: 'random' });
const randomAccuracy = cluster(random, scoreSet(random, matcher), matcher.thresholds, replay);

console.log(`\nidentity matching — model ${matcher.modelVersion}, evaluation seed ${EVALUATION_SEED}`);
console.log(
  `${set.people.length} people, ${set.records.length} records, ${accuracy.truePairs} same-person pairs, ${set.twins.length} twin pairs; ` +
    `same-person pairs disagreeing on surname ${(rates.surname * 100).toFixed(1)}%, on given name ${(rates.given * 100).toFixed(1)}%`,
);
console.log(`thresholds ${JSON.stringify(matcher.thresholds)}; ${scored.pairsScored} candidate pairs scored, ${scored.cappedBlocks} capped blocks`);
console.log(formatAccuracy('Fellegi–Sunter (certain)', accuracy));
console.log(formatConfusion(accuracy));
console.log(formatAccuracy('same, records in random order', randomAccuracy));
console.log(formatAccuracy('baseline first+last+DOB', baseline));
console.log(`targets: precision ≥ ${TARGETS.precision}, recall ≥ ${TARGETS.recall}, twin merges ${TARGETS.twinMerges}, review ≤ ${TARGETS.review * 100}%: ${meetsTargets(accuracy) ? 'met' : 'NOT MET'}`);
if (!meetsTargets(accuracy)) process.exitCode = 1;
