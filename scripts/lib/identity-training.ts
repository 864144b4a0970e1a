/**
 * Estimates the Fellegi–Sunter model from a labelled set (identity-generator.ts):
 * - u per level: the level frequencies among random pairs of records of different people;
 * - m per level: the level frequencies among all pairs of records of the same person (the labels);
 *   both counted only where both sides have the field (a missing field weighs 0), with add-½ smoothing;
 * - λ: the share of same-person pairs among blocked candidate pairs (the pairs the matcher actually scores);
 * - thresholds, replayed on the same (training) set: certain = the lowest probability on the grid whose auto-links
 *   keep pairwise precision ≥ 0.998 with no twin merge; probable = the lowest on the grid that sends at most 1.5% of
 *   true matches to review (a pair that shares only a common name is not worth a reviewer's time); possible =
 *   probable / 5.
 * Never run it on the evaluation seed.
 */
import { createHash } from 'node:crypto';
import {
  BlockIndex,
  compare,
  FIELDS,
  LEVELS,
  Matcher,
  MISSING_LEVEL,
  normalizePerson,
  type MatchModel,
} from '../../apps/identity-svc/src/matching/index.js';
import { cluster, scoreSet, type Accuracy } from './identity-accuracy.js';
import { Random, type LabelledSet } from './identity-generator.js';

type Counts = Record<string, Record<string, number>>;

const emptyCounts = (): Counts => Object.fromEntries(FIELDS.map((f) => [f, Object.fromEntries(LEVELS[f].map((l) => [l, 0]))]));

export interface TrainingOptions {
  randomPairs?: number;
  certainGrid?: number[];
  probableGrid?: number[];
}

export interface Trained {
  model: MatchModel;
  accuracy: Accuracy;
}

export function train(set: LabelledSet, options: TrainingOptions = {}): Trained {
  const normalized = set.records.map((r) => normalizePerson(r.input));
  const personOf = set.records.map((r) => r.personId);
  const m = emptyCounts();
  const u = emptyCounts();
  const add = (counts: Counts, i: number, j: number) => {
    const levels = compare(normalized[i]!, normalized[j]!);
    for (const f of FIELDS) if (levels[f] !== MISSING_LEVEL) counts[f]![levels[f]]!++;
  };

  const byPerson = new Map<string, number[]>();
  personOf.forEach((p, i) => {
    let l = byPerson.get(p);
    if (!l) byPerson.set(p, (l = []));
    l.push(i);
  });
  let matchPairs = 0;
  for (const idx of byPerson.values()) {
    for (let a = 0; a < idx.length; a++) for (let b = a + 1; b < idx.length; b++, matchPairs++) add(m, idx[a]!, idx[b]!);
  }

  const rng = new Random(set.seed ^ 0x5eed);
  const wanted = options.randomPairs ?? 300_000;
  let randomPairs = 0;
  while (randomPairs < wanted) {
    const i = Math.floor(rng.next() * normalized.length);
    const j = Math.floor(rng.next() * normalized.length);
    if (personOf[i] === personOf[j]) continue;
    add(u, i, j);
    randomPairs++;
  }

  // λ over blocked candidate pairs, as the matcher meets them.
  const index = new BlockIndex<number>();
  let candidates = 0;
  let candidateMatches = 0;
  normalized.forEach((n, j) => {
    for (const c of index.candidates(n.blockingKeys).candidates) {
      candidates++;
      if (personOf[c.id] === personOf[j]) candidateMatches++;
    }
    index.add(j, n.blockingKeys);
  });

  const fields = {} as MatchModel['fields'];
  for (const f of FIELDS) {
    const levels = LEVELS[f];
    const mTotal = levels.reduce((s, l) => s + m[f]![l]!, 0);
    const uTotal = levels.reduce((s, l) => s + u[f]![l]!, 0);
    fields[f] = Object.fromEntries(
      levels.map((l) => [
        l,
        {
          m: round((m[f]![l]! + 0.5) / (mTotal + 0.5 * levels.length)),
          u: round((u[f]![l]! + 0.5) / (uTotal + 0.5 * levels.length)),
        },
      ]),
    );
  }

  const base: MatchModel = {
    modelVersion: `fs-1-seed-${set.seed}`,
    lambda: round(candidateMatches / candidates),
    thresholds: { certain: 0.999, probable: 0.5, possible: 0.1 },
    tfMinimumU: 0.00002,
    fields,
  };
  const scored = scoreSet(set, new Matcher(base));
  const certainGrid = options.certainGrid ?? [0.9, 0.95, 0.98, 0.99, 0.995, 0.998, 0.999, 0.9995, 0.9999, 0.99999];
  const probableGrid = options.probableGrid ?? [0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9, 0.99, 0.999, 0.9999];
  let certain = certainGrid[certainGrid.length - 1]!;
  for (const t of certainGrid) {
    const a = cluster(set, scored, { certain: t, probable: t, possible: t });
    if (a.precision >= 0.998 && a.twinMerges === 0) {
      certain = t;
      break;
    }
  }
  let probable = Math.min(0.9999, certain);
  for (const t of probableGrid.filter((p) => p < certain)) {
    const a = cluster(set, scored, { certain, probable: t, possible: t });
    if (a.review <= 0.015) {
      probable = t;
      break;
    }
  }
  const thresholds = { certain, probable, possible: round(probable / 5) };
  const accuracy = cluster(set, scored, thresholds);
  // The version names the content: retraining to the same numbers keeps it, any change makes a new one.
  const digest = createHash('sha256').update(JSON.stringify({ fields, lambda: base.lambda, thresholds })).digest('hex').slice(0, 8);
  const model: MatchModel = {
    ...base,
    modelVersion: `fs-${digest}-seed-${set.seed}`,
    thresholds,
    training: {
      method: 'u from random pairs, m from labelled pairs (add-1/2 smoothing), lambda from blocked candidate pairs; thresholds replayed on the training set (scripts/identity-train.ts)',
      seed: set.seed,
      people: set.people.length,
      records: set.records.length,
      matchPairs,
      randomPairs,
      candidatePairs: candidates,
      trainingPrecision: round(accuracy.precision),
      trainingRecall: round(accuracy.recall),
      trainingReview: round(accuracy.review),
    },
  };
  return { model, accuracy };
}

const round = (x: number) => Number(x.toPrecision(6));
