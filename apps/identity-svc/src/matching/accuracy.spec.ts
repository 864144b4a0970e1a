/**
 * The identity matcher against the targets of issue 13 on a labelled set it was not trained on (the same evaluation
 * as `npm run accuracy`, scripts/accuracy-identity.ts): pairwise precision ≥ 0.995, recall ≥ 0.95, no twin merged,
 * at most 2% of true matches sent to review, at the auto-link threshold of the vendored model. Precision and twins
 * are held to the targets; recall and review to the model's current level (below the targets, see FLOOR).
 */
import { cluster, deterministicBaseline, scoreSet, TARGETS } from '../../../../scripts/lib/identity-accuracy.js';
import { generateIdentitySet } from '../../../../scripts/lib/identity-generator.js';
import { Matcher } from './index.js';

const EVALUATION_SEED = 2;

describe('identity matching accuracy (evaluation seed, 5,000 people)', () => {
  const matcher = Matcher.load();
  const set = generateIdentitySet({ seed: EVALUATION_SEED, people: 5000 });
  const scored = scoreSet(set, matcher);
  const accuracy = cluster(set, scored, matcher.thresholds);

  it('is a set of the size the issue asks for', () => {
    expect(set.people.length).toBeGreaterThanOrEqual(5000);
    expect(set.records.length).toBeGreaterThanOrEqual(20000);
    expect(set.twins.length).toBeGreaterThanOrEqual(200);
  });

  it('auto-links no twin', () => {
    expect(accuracy.twinMerges).toBe(TARGETS.twinMerges);
  });

  it(`keeps pairwise precision at or above ${TARGETS.precision}`, () => {
    expect(accuracy.precision).toBeGreaterThanOrEqual(TARGETS.precision);
  });

  // Recall and review do NOT meet issue 13's targets yet (0.95 and 2%; `npm run accuracy` exits 1 on them). Until
  // they do, these two hold the level the vendored model reached (recall 0.9395, review 3.85% on this seed) so that a
  // change making it worse fails; raise them with the model, and to TARGETS once it gets there.
  const FLOOR = { recall: 0.935, review: 0.04 };

  it(`finds at least ${FLOOR.recall * 100}% of true matches (issue target ${TARGETS.recall * 100}%: not met)`, () => {
    expect(accuracy.recall).toBeGreaterThanOrEqual(FLOOR.recall);
  });

  it(`sends at most ${FLOOR.review * 100}% of true matches to review (issue target ${TARGETS.review * 100}%: not met)`, () => {
    expect(accuracy.review).toBeLessThanOrEqual(FLOOR.review);
  });

  it('beats the deterministic baseline (first + last name + birth date) on recall', () => {
    expect(accuracy.recall).toBeGreaterThan(deterministicBaseline(set, scored.normalized).recall);
  });
});
