/**
 * Identity matching: normalization, blocking and the Fellegi–Sunter score (docs/identity.md, "Matching").
 * Pure TypeScript: no database, no Nest. identity-svc's match index and review queue are built on it.
 */
export {
  normalizePerson,
  normalizeEmail,
  normalizePhone,
  normalizeBirthDate,
  normalizePostalCode,
  normalizeAddressLine,
  blockingKeysOf,
  withFixedShape,
  DEFAULT_PHONE_COUNTRY,
  type PersonInput,
  type NormalizedPerson,
} from './normalize.js';
export { compare, FIELDS, LEVELS, MISSING as MISSING_LEVEL, type Field, type Comparison } from './compare.js';
export {
  Matcher,
  TermFrequencyTable,
  hardNegativeReasons,
  gradeOf,
  type FieldWeight,
  type Explanation,
  type Grade,
  type TermFrequencies,
  type Scored,
  type ScoreOptions,
  type MatchModel,
} from './matcher.js';
export { ADOPTION_LIMIT, copiedProfile, decideLink, PROFILE_SOURCE, mayAdopt, linkUnlessTwoPeople, mayAutoMerge, mayMergeProfile, twoPeople, CONFLICT_REASONS, AMBIGUITY_REASONS, type Decision, type PatientRecord, type ScoredPair } from './decision.js';
export { BLOCK_CAP, BlockIndex, gatherCandidates, type Candidate, type CandidateSet, type CappedBlock } from './blocking.js';
export { nicknames, Nicknames } from './nicknames.js';
export { foldText, jaroWinkler } from './text.js';
