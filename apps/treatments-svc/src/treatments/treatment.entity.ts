import { defineEntity, p } from '@mikro-orm/core';
import type { TransitionSource, TreatmentStatus } from '@pg/contracts';

/** A treatment at the partner: its status is the fold of its transitions (treatment.machine.ts). */
export const TreatmentSchema = defineEntity({
  name: 'Treatment',
  tableName: 'treatment',
  indexes: [{ name: 'treatment_patient_idx', properties: ['patientId', 'createdAt', 'id'] }],
  uniques: [{ name: 'treatment_external_id_unique', properties: ['externalId'] }],
  properties: {
    id: p.uuid().primary(),
    patientId: p.uuid(),
    externalId: p.string().length(100),
    partnerPatientId: p.string().length(100),
    status: p.string().length(16).$type<TreatmentStatus>(),
    product: p.string().columnType('text').nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});

export class Treatment extends TreatmentSchema.class {}
TreatmentSchema.setClass(Treatment);

/**
 * One move of a treatment, by a clinician or the partner, keyed by the partner's treatment id: a partner's update
 * may come before the treatment it is about, and waits here for it. `position`, `from` and `applied` are
 * the fold's (every arrival refolds the whole history, so any order of the same events gives the same result).
 */
export const TreatmentTransitionSchema = defineEntity({
  name: 'TreatmentTransition',
  tableName: 'treatment_transition',
  indexes: [{ name: 'treatment_transition_treatment_idx', properties: ['treatmentExternalId', 'position'] }],
  properties: {
    id: p.uuid().primary(),
    treatmentExternalId: p.string().length(100),
    fromStatus: p.string().length(16).$type<TreatmentStatus>().nullable(),
    toStatus: p.string().length(16).$type<TreatmentStatus>(),
    at: p.datetime(),
    source: p.string().length(16).$type<TransitionSource>(),
    actorId: p.uuid().nullable(),
    eventId: p.string().length(130).nullable(),
    reason: p.string().columnType('text').nullable(),
    applied: p.boolean().default(false),
    position: p.integer().default(0),
  },
});

export class TreatmentTransition extends TreatmentTransitionSchema.class {}
TreatmentTransitionSchema.setClass(TreatmentTransition);
