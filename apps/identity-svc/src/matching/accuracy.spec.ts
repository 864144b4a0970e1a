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
  // 0.9611, review 1.92% → 1.83%); and again when the replay became the service's, partner records waiting unlinked and
  // adopted (docs/identity.md, "Adoption": recall 0.9611 → 0.9656, review 1.83% → 1.30%). Lowered on purpose when a
  // review found adoption linking different people (a son by his father, a twin by her sister, "Chris" on the family
  // mailbox by Christine) and its rules were narrowed, a refused adoption now queued for a person instead of dropped
  // (recall 0.9656 → 0.9632, review 1.30% → 1.74%: still within the targets). Lowered again when a second review found
  // the initial-and-surname mailbox ("jmiller@") adopting a son by his father's profile and that rule was withdrawn (a
  // person decides unless the birth date agrees exactly): recall 0.9632 → 0.9611, review 1.74% → 1.92% (within the
  // targets on this seed; above 2% on seeds 5, 7 and 9: 2.02–2.13%). Lowered again, and review NOW ABOVE THE 2% TARGET,
  // when the replay stopped letting a Patient Graph profile join another patient (the service makes every profile its
  // own patient: a person's second profile, or a profile arriving after a patient a partner record started, stays a
  // patient of its own unless an automatic merge joins them): recall 0.9611 → 0.9596, review 1.92% → 2.03% — the
  // harness had overstated the service (docs/identity.md, "Measured after the harness replays profiles"). Raised
  // (recall) and lowered (review) again when a profile entering the index became decided, as the service decides it
  // (docs/identity.md, "A profile entering the index": merged with a patient it is certain to under the merge guards,
  // else its certain and probable pairs queued instead of missed silently): recall 0.9596 → 0.9597, review 2.03% →
  // 2.06%, STILL ABOVE THE 2% TARGET. Lowered when a review of that change found the replay kinder than the service
  // (docs/identity.md, "A profile entering the index, second review"): a patient a partner record starts carries the
  // profile the service makes for it (name, birth date, e-mail), which the merge guards read, and a profile certain to
  // several patients merges none of them unless they may all be merged together: recall 0.9597 → 0.9592, review 2.06%
  // → 2.09%, STILL ABOVE THE 2% TARGET. Raised a little when that profile became a copy of its partner record, read
  // as that record by the merge guards instead of as a second clinic profile (docs/identity.md, "A profile copied from
  // a partner record"): recall 0.9592 → 0.9593, review 2.09% → 2.08%, STILL ABOVE THE 2% TARGET. Lowered when a
  // record certain to a father's ("Sr") and a son's ("Jr") patients became linked to neither (twoPeople: the issue's
  // suffix conflict never auto-links; precision 0.9998 → 0.9999): recall 0.9593 → 0.9580, review 2.08% → 2.21%, STILL
  // ABOVE THE 2% TARGET. Raised when a close name in the patient on the waiting record's own mailbox stopped refusing
  // adoption as twins' shape (identity8, typoOnOwnMailbox): recall 0.9580 → 0.9584, review 2.21% → 2.18%, STILL ABOVE
  // THE 2% TARGET. Raised when a given name that is another mistyped (exactly one of the two a name people are given —
  // the SSA's names given to 100 or more, Moby first names, the nickname list — the other a keyboard slip or an inside
  // letter dropped: "Lnida", "Eliizabeth", "Mchael") stopped counting as a twin's close name (docs/identity.md, "A
  // mistyped given name is not a twin's"): recall 0.9584 → 0.9607, review 2.18% → 2.01%, STILL ABOVE THE 2% TARGET
  // (by 4 pairs of 36,476; training seeds 1, 3–9: 1.97–2.41%). Raised when a waiting record whose mailbox spells the
  // patient's name and adult birth year ("jeffreysmith78@") and that shares a phone or an e-mail with one of its
  // records became adopted (docs/identity.md, "A mailbox dated with the birth year"): recall 0.9607 → 0.9608, review
  // 2.01% → 2.001%, STILL ABOVE THE 2% TARGET, by 1 pair of 36,476 (730 queued; training seeds 1, 3–9: 1.91–2.39%).
  // Moved when a short name's slip below every Jaro–Winkler level ("Aym", "Ay" for Amy: one of the two no name people
  // are given) on that person's own mailbox stopped counting as a twin's or a household member's name (docs/identity.md,
  // "A short name's slip"): recall 0.9608 → 0.9609, review 2.001% → 2.004% (731 of 36,476: the records newly linked
  // bring their person's still-waiting records into the review count), STILL ABOVE THE 2% TARGET, by 2 pairs (training
  // seeds 1, 3–9: 1.92–2.39%; 28 fewer queued pairs over the eight). The first version, without the own-mailbox
  // condition, measured 1.979% (722) and linked twins with names the lists lack (Rie and Rei on the family's mailbox):
  // not shipped. Raised when adoption read a slip as the name it mistypes before a record of the patient refused
  // ("Roobert" against the waiting "Bobby" is Robert; identity16, docs/identity.md "A slip read as its name"): recall
  // 0.9609 → 0.96107, review 2.004% → 1.988% (725 of 36,476), the target met by 4 pairs; the slip is read only when
  // the waiting record shares the person's own mailbox with a certain record (the first version, reading it on any
  // record, adopted twins sharing a short form — "Sam" against Samuel's "Smauel" — and was changed after review before
  // merging: seed 2 unchanged, training seeds 1, 3–9: 1.91–2.38%, 54 fewer queued pairs over the eight, 75 unguarded).
  // Seed 2 was run once for the figure (node dist/scripts/accuracy-identity.js), then again by this spec to confirm
  // the floors. Held at the measured level (recall rounded down, review up) so that a change making it worse fails.
  const FLOOR = { recall: 0.96107, review: 0.01988 };

  it(`finds at least ${FLOOR.recall * 100}% of true matches (issue target ${TARGETS.recall * 100}%)`, () => {
    expect(accuracy.recall).toBeGreaterThanOrEqual(Math.max(FLOOR.recall, TARGETS.recall));
  });

  it(`sends at most ${(FLOOR.review * 100).toFixed(3)}% of true matches to review (issue target ${TARGETS.review * 100}%: held at the measured level)`, () => {
    expect(accuracy.review).toBeLessThanOrEqual(FLOOR.review);
  });

  // In a fully random arrival order a person's records can start two patients before the record that joins them
  // arrives, and (since the replay is the service's, docs/identity.md "Adoption") a partner record no profile can be
  // made of waits unlinked until a patient's record it bears on arrives — and may never be adopted (a household's
  // mailbox, no birth date, or adoption refused for a person to decide). BELOW TARGET there: recall 0.9301 on this
  // seed (issue target 0.95; 0.9449 before adoption's rules were narrowed, the old replay 0.9536) and review 4.61%
  // (target 2%; 1.64% before, when a refused adoption was dropped unseen instead of queued). Both are held at their
  // measured level, not at the target.
  it('keeps precision and no twin merged when the records arrive in random order, recall and review at their measured level', () => {
    const random = generateIdentitySet({ seed: EVALUATION_SEED, people: 5000, order: 'random' });
    const shuffled = cluster(random, scoreSet(random, matcher), matcher.thresholds);
    expect(shuffled.twinMerges).toBe(TARGETS.twinMerges);
    expect(shuffled.precision).toBeGreaterThanOrEqual(TARGETS.precision);
    // BELOW TARGET, held at the measured level: recall 0.9037, review 7.00% since the "jmiller@" rule was withdrawn
    // (review 2: 0.9301 and 4.61% before; the e-mail-only partner records on such mailboxes now wait for a person);
    // recall 0.7575, review 8.22% since the replay makes every profile its own patient, as the service does (a profile
    // arriving after the patient its person's partner record started is a second patient: 0.9037 overstated it);
    // recall 0.8406, review 13.02% since such a profile is decided (merged with that patient under the merge guards,
    // otherwise queued): review rose because pairs that were missed silently are now in front of a person; recall
    // 0.7628, review 20.05% since the replay gives a partner-started patient the profile the service makes for it (the
    // merge guards read it: many automatic merges the replay made, the service refuses and queues) and a profile
    // certain to several patients merges none unless they may all be merged together; recall 0.8271, review 14.20%
    // since that profile is read as the partner record it was copied from (not a second witness the person's clinic
    // profile had to agree with on a contact it never had); recall 0.8269, review 14.23% since a record certain to a
    // father's ("Sr") and a son's ("Jr") patients is linked to neither; recall 0.8253, review 14.37% since a record
    // certain to two patients by a tie (equal totals) that may not merge (twins "Chris" on the family mailbox) is linked
    // to neither rather than to the first (precision 0.9979 unchanged; in hub order nothing moved); recall 0.8255,
    // review 14.36% with identity8's typoOnOwnMailbox; recall 0.8329, review 13.66% with the mistyped given name;
    // recall 0.8349, review 13.53% with the mailbox dated with the birth year; recall 0.8345, review 13.57% since a
    // short form of a man's and a woman's name ("Chris") on the mailbox of a record is not adopted by it (hub first
    // unchanged); recall 0.8340, review 13.59% since the dated mailbox's phone or e-mail must be held by no other patient
    // near the record (a switchboard, a family's landline); recall 0.8341, review 13.59% since a short name's slip
    // on the person's own mailbox ("Aym" on amysmith@) is no twin's name. FAR BELOW TARGET.
    expect(shuffled.recall).toBeGreaterThanOrEqual(0.834);
    expect(shuffled.review).toBeLessThanOrEqual(0.136);
  });

  it('beats the deterministic baseline (first + last name + birth date) on recall', () => {
    expect(accuracy.recall).toBeGreaterThan(deterministicBaseline(set, scored.normalized).recall);
  });
});
