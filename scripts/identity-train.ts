/**
 * `node dist/scripts/identity-train.js [--seed=1] [--people=5000]`: estimates the matcher's model (m/u per level, λ,
 * thresholds) on the labelled set of one seed and writes apps/identity-svc/src/matching/model.json. The accuracy
 * report (`npm run accuracy`) evaluates on another seed (EVALUATION_SEED in scripts/accuracy-identity.ts): never
 * train on that one. See docs/identity.md, "Matching".
 */
import { writeFileSync } from 'node:fs';
import { formatAccuracy } from './lib/identity-accuracy.js';
import { generateIdentitySet } from './lib/identity-generator.js';
import { train } from './lib/identity-training.js';

export const TRAINING_SEED = 1;

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string | undefined]));
const seed = Number(args.get('seed') ?? TRAINING_SEED);
const people = Number(args.get('people') ?? 5000);
const out = new URL('../../apps/identity-svc/src/matching/model.json', import.meta.url);

const set = generateIdentitySet({ seed, people });
const started = performance.now();
const { model, accuracy } = train(set);
writeFileSync(out, `${JSON.stringify(model, null, 2)}\n`);
console.log(`trained on seed ${seed}: ${set.people.length} people, ${set.records.length} records in ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`thresholds ${JSON.stringify(model.thresholds)}, lambda ${model.lambda}`);
console.log(formatAccuracy('training set (not a result)', accuracy));
console.log(`wrote ${out.pathname}`);
