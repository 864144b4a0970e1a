/**
 * The identity matcher against the targets of issue 13 on a labelled set it was not trained on (the same evaluation
 * as `npm run accuracy`, scripts/accuracy-identity.ts): pairwise precision ≥ 0.995, recall ≥ 0.95, no twin merged,
 * at most 2% of true matches sent to review, at the auto-link threshold of the vendored model. Precision and twins
 * are held to the targets; recall and review to the model's current level, above the targets (see FLOOR).
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

  // Issue 13's targets are met (docs/identity.md, "Measured"). The floors hold the level the vendored model reached on
  // this seed (recall 0.9611, 1.83% of true matches to review), at or above the targets, so that a change making it
  // worse fails; raise them with the model, never above what it measures. They were lowered once, on purpose, from
  // 0.963 and 1.6% when uncorroborated pairs were held back (docs/identity.md, "Corroboration"), raised when the
  // mailbox, the middle name and a one-sided suffix became evidence (review 1.99% → 1.85%), and raised again when a
  // record joining one person's two patients merged them, with the twins' rules of the same change (recall 0.9585 →
  // 0.9611, review 1.92% → 1.83%).
  const FLOOR = { recall: 0.96, review: 0.0185 };

  it(`finds at least ${FLOOR.recall * 100}% of true matches (issue target ${TARGETS.recall * 100}%)`, () => {
    expect(accuracy.recall).toBeGreaterThanOrEqual(Math.max(FLOOR.recall, TARGETS.recall));
  });

  it(`sends at most ${(FLOOR.review * 100).toFixed(1)}% of true matches to review (issue target ${TARGETS.review * 100}%)`, () => {
    expect(accuracy.review).toBeLessThanOrEqual(Math.min(FLOOR.review, TARGETS.review));
  });

  // In a fully random arrival order a person's records can start two patients before the record that joins them
  // arrives; automatic merges take recall over the target there (0.9416 → 0.9536 on this seed), review stays over it
  // (2.20%: docs/identity.md, "Measured with automatic merges"), so review is not held here.
  it('keeps precision, recall and no twin merged when the records arrive in random order', () => {
    const random = generateIdentitySet({ seed: EVALUATION_SEED, people: 5000, order: 'random' });
    const shuffled = cluster(random, scoreSet(random, matcher), matcher.thresholds);
    expect(shuffled.twinMerges).toBe(TARGETS.twinMerges);
    expect(shuffled.precision).toBeGreaterThanOrEqual(TARGETS.precision);
    expect(shuffled.recall).toBeGreaterThanOrEqual(TARGETS.recall);
  });

  it('beats the deterministic baseline (first + last name + birth date) on recall', () => {
    expect(accuracy.recall).toBeGreaterThan(deterministicBaseline(set, scored.normalized).recall);
  });
});
