import { defineEntity, p } from '@mikro-orm/core';
import type { MergeServiceStatusDto, MergeState } from '@pg/contracts';
import { defineOutboxEntity } from '@pg/persistence';

/** A merge of a source patient into a target (the survivor): the saga's visible state and each participant's part. */
export const MergeSchema = defineEntity({
  name: 'Merge',
  tableName: 'merge',
  indexes: [
    { name: 'merge_source_idx', properties: ['sourcePatientId'] },
    { name: 'merge_target_idx', properties: ['targetPatientId'] },
    { name: 'merge_source_live_uq', expression: `create unique index "merge_source_live_uq" on "merge" ("source_patient_id") where "state" in ('pending', 'completed', 'failed', 'undo_pending')` },
  ],
  checks: [
    { name: 'merge_state_check', expression: `"state" in ('pending', 'completed', 'failed', 'undo_pending', 'undone')` },
    { name: 'merge_not_self_check', expression: `"source_patient_id" <> "target_patient_id"` },
  ],
  properties: {
    id: p.uuid().primary(),
    sourcePatientId: p.uuid(),
    targetPatientId: p.uuid(),
    state: p.string().length(16).$type<MergeState>(),
    requestedBy: p.uuid().nullable(),
    requestedAt: p.datetime(),
    completedAt: p.datetime().nullable(),
    undoRequestedBy: p.uuid().nullable(),
    undoRequestedAt: p.datetime().nullable(),
    undoneAt: p.datetime().nullable(),
    services: p.json<Record<string, MergeServiceStatusDto>>().defaultRaw(`'{}'`),
  },
});

export class Merge extends MergeSchema.class {}
MergeSchema.setClass(Merge);

/** identity-svc's outbox (libs/persistence OutboxRelay): the merge saga's events. */
export const IdentityEventSchema = defineOutboxEntity('IdentityEvent', 'identity_event_outbox');
export class IdentityEvent extends IdentityEventSchema.class {}
IdentityEventSchema.setClass(IdentityEvent);
