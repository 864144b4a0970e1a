import { defineEntity, p } from '@mikro-orm/core';
import type { AddressDto, IdentifierDto } from '@pg/contracts';

export const PatientSchema = defineEntity({
  name: 'Patient',
  tableName: 'patient',
  // The migration's indexes, declared so the ORM's schema diff agrees with it (tested).
  indexes: [
    { name: 'patient_name_idx', expression: 'create index "patient_name_idx" on "patient" (lower("family_name"), lower("given_name"), "id")' },
    { name: 'patient_email_idx', expression: 'create index "patient_email_idx" on "patient" (lower("email"))' },
    { name: 'patient_birth_date_idx', properties: ['birthDate'] },
    { name: 'patient_identifiers_idx', expression: 'create index "patient_identifiers_idx" on "patient" using gin ("identifiers" jsonb_path_ops)' },
    { name: 'patient_tags_idx', expression: 'create index "patient_tags_idx" on "patient" using gin ("tags")' },
    { name: 'patient_subscription_tier_idx', properties: ['subscriptionTier'] },
  ],
  properties: {
    id: p.uuid().primary(),
    givenName: p.string().length(100),
    familyName: p.string().length(100),
    birthDate: p.string().columnType('date'),
    sexAtBirth: p.string().length(16).nullable(),
    email: p.string().length(254).nullable(),
    phone: p.string().length(32).nullable(),
    address: p.json<AddressDto>().nullable(),
    subscriptionTier: p.string().length(32).default('none'),
    status: p.string().length(16).default('active'),
    identifiers: p.json<IdentifierDto[]>().defaultRaw(`'[]'`),
    timeZone: p.string().length(64).nullable(),
    tags: p.array().defaultRaw(`'{}'`),
    /** Bounded (METADATA_LIMITS), never searched, never logged. */
    metadata: p.json<Record<string, unknown>>().defaultRaw(`'{}'`),
    /** Soft delete: a deleted patient answers 404 everywhere; the row is kept at least until `retainUntil` (7 years). */
    deletedAt: p.datetime().nullable(),
    deletedBy: p.uuid().nullable(),
    deleteReason: p.string().length(500).nullable(),
    retainUntil: p.datetime().nullable(),
    /** The last undo of a soft delete (the audit trail holds every delete and restore). */
    restoredAt: p.datetime().nullable(),
    restoredBy: p.uuid().nullable(),
    restoreReason: p.string().length(500).nullable(),
    /** Merged into this patient (docs/identity.md, "Merges"): answers 404 with `details: [{ mergedInto }]`. */
    mergedInto: p.uuid().nullable(),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export class Patient extends PatientSchema.class {}
PatientSchema.setClass(Patient);
