import { defineEntity, p } from '@mikro-orm/core';

/**
 * The match index: one row per source record (a Clerk user, a BigCommerce customer, a resolveIdentity fallback …)
 * with its normalized demographics and blocking keys, and the patient it is linked to, if any.
 */
export const MatchRecordSchema = defineEntity({
  name: 'MatchRecord',
  tableName: 'match_record',
  indexes: [
    // No pending list (Migration20261202010000): every match probes it, and a probe reads the whole list.
    { name: 'match_record_blocking_keys_gin', expression: 'create index "match_record_blocking_keys_gin" on "match_record" using gin ("blocking_keys") with (fastupdate = off)' },
    { name: 'match_record_patient_idx', properties: ['patientId'] },
  ],
  uniques: [{ name: 'match_record_source_unique', properties: ['source', 'sourceId'] }],
  properties: {
    id: p.uuid().primary(),
    patientId: p.uuid().nullable(),
    source: p.string().length(40),
    sourceId: p.string().length(200),
    normalized: p.json<Record<string, unknown>>(),
    blockingKeys: p.array<string>().columnType('text[]').defaultRaw(`'{}'`),
    /** The patient this partner record started (its profile made from the record's data: PatientCreator.create). */
    startedPatientId: p.uuid().nullable(),
    updatedAt: p.datetime(),
  },
});

export class MatchRecord extends MatchRecordSchema.class {}
MatchRecordSchema.setClass(MatchRecord);

/** How often a value of a name field occurs in the index (field `*`, value `*`: the number of records). */
export const MatchTermFrequencySchema = defineEntity({
  name: 'MatchTermFrequency',
  tableName: 'match_term_frequency',
  properties: {
    field: p.string().length(40).primary(),
    value: p.string().length(200).primary(),
    count: p.integer(),
  },
});

export class MatchTermFrequency extends MatchTermFrequencySchema.class {}
MatchTermFrequencySchema.setClass(MatchTermFrequency);
