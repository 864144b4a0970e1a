import { defineEntity, p } from '@mikro-orm/core';
import type { PrescriptionStatus } from '@pg/contracts';

/** A pharmacy order at the partner (a prescription, or a refill's order): its status is the fold of its events. */
export const PrescriptionSchema = defineEntity({
  name: 'Prescription',
  tableName: 'prescription',
  indexes: [
    { name: 'prescription_patient_idx', properties: ['patientId', 'createdAt', 'id'] },
    { name: 'prescription_refill_of_idx', properties: ['refillOf'] },
  ],
  uniques: [{ name: 'prescription_external_id_unique', properties: ['externalId'] }],
  properties: {
    id: p.uuid().primary(),
    patientId: p.uuid(),
    externalId: p.string().length(100),
    treatmentExternalId: p.string().length(100).nullable(),
    partnerPatientId: p.string().length(100),
    status: p.string().length(16).$type<PrescriptionStatus>(),
    medication: p.string().columnType('text').nullable(),
    carrier: p.string().length(100).nullable(),
    trackingNumber: p.string().length(100).nullable(),
    /** The partner's order id this order refills. */
    refillOf: p.string().length(100).nullable(),
    refillNumber: p.integer().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});

export class Prescription extends PrescriptionSchema.class {}
PrescriptionSchema.setClass(Prescription);

/** One fulfilment event of an order, as the partner sent it; `from`, `applied` and `position` are the fold's. */
export const PrescriptionEventSchema = defineEntity({
  name: 'PrescriptionEvent',
  tableName: 'prescription_event',
  indexes: [{ name: 'prescription_event_order_idx', properties: ['orderExternalId', 'position'] }],
  properties: {
    id: p.uuid().primary(),
    orderExternalId: p.string().length(100),
    eventId: p.string().length(130),
    status: p.string().length(16).$type<PrescriptionStatus>(),
    fromStatus: p.string().length(16).$type<PrescriptionStatus>().nullable(),
    at: p.datetime(),
    carrier: p.string().length(100).nullable(),
    trackingNumber: p.string().length(100).nullable(),
    reason: p.string().columnType('text').nullable(),
    applied: p.boolean().default(false),
    position: p.integer().default(0),
  },
});

export class PrescriptionEvent extends PrescriptionEventSchema.class {}
PrescriptionEventSchema.setClass(PrescriptionEvent);
