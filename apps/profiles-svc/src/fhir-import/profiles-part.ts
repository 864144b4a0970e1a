import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { DomainException, ErrorCode, type IdentifierDto } from '@pg/contracts';
import type { ConditionItem, EncounterItem, ImportPlan, MedicationItem, PatientItem } from '@pg/fhir';
import { Condition } from '../conditions/condition.entity.js';
import { Medication } from '../medications/medication.entity.js';
import { Patient } from '../patients/patient.entity.js';
import { TimelineEntry } from '../timeline/timeline-entry.entity.js';
import { FhirImportLedger, type LedgerKind } from './fhir-import.entity.js';
import { insertChunked } from '@pg/persistence';

export type Outcomes = Record<string, 'created' | 'existing'>;

const hashOf = (item: object): string => createHash('sha256').update(JSON.stringify(item)).digest('hex');
/** The timeline entry of an imported encounter: one per patient and source key, so a replay writes it once. */
const encounterEventKey = (patientId: string, key: string) => `fhir:${patientId}:${key}`.slice(0, 200);

/**
 * profiles-svc's part of an import, in the caller's transaction: the patient, conditions, medications and encounters
 * (timeline entries), each keyed in the ledger by (patient, source key). A key already there with the same content
 * changes nothing; with other content (a newer bundle) its row is updated; a new key is a new row. Returns the
 * outcome per key, and the patient's id.
 */
export async function writeProfilesPart(
  tx: EntityManager, plan: ImportPlan, importId: string, matchedPatientId: string | null, by: string | null,
): Promise<{ patientId: string; outcomes: Outcomes }> {
  const now = new Date();
  const outcomes: Outcomes = {};
  const patientId = matchedPatientId ?? randomUUID();
  const ledger = new Map((await tx.find(FhirImportLedger, { patientId })).map((l) => [l.sourceKey, l]));
  // New rows, inserted table by table in multi-row statements at the end (insertMany): a bundle's thousands of
  // encounters would otherwise each be a change set of the unit of work. Rows already there are updated by it.
  const fresh = { conditions: [] as Condition[], medications: [] as Medication[], encounters: [] as TimelineEntry[], ledger: [] as FhirImportLedger[] };

  // Rows of this patient the bundle's resources were exported from (this system's own export imported back):
  // merged into, never written twice. No ledger row: the row is not this import's, so its undo leaves it alone.
  const own = await ownRows(tx, patientId, plan);

  /** Inserts or updates one keyed row; `apply` writes the row (`rowId` null: a new one) and returns its id. */
  const upsert = async (kind: LedgerKind, key: string, item: object & { localId?: string }, apply: (rowId: string | null) => Promise<string>) => {
    const hash = hashOf(item);
    const seen = ledger.get(key);
    if ((seen && seen.contentHash === hash) || (!seen && item.localId && own.has(item.localId))) {
      outcomes[key] = 'existing';
      return;
    }
    const rowId = await apply(seen?.rowId ?? null);
    if (seen) Object.assign(seen, { contentHash: hash, lastImportId: importId, updatedAt: now, rowId });
    else fresh.ledger.push(Object.assign(new FhirImportLedger(), { patientId, sourceKey: key, kind, rowId, contentHash: hash, firstImportId: importId, lastImportId: importId, updatedAt: now }));
    outcomes[key] = seen ? 'existing' : 'created';
  };

  // The patient: a new one; or the matched one, with the bundle's identifiers added (none taken away). A patient
  // the clinic made (no ledger row) keeps its demographics; one an earlier import made takes the newer bundle's.
  // Read live and share-locked in this transaction: a deletion or a merge (which identity-svc learns of a moment later,
  // through EVENTS) between the match and this write never has the import write into that record.
  const existing = matchedPatientId
    ? await tx.findOne(Patient, { id: matchedPatientId, deletedAt: null, mergedInto: null }, { lockMode: LockMode.PESSIMISTIC_READ })
    : null;
  if (matchedPatientId && !existing) {
    throw new DomainException(ErrorCode.CONFLICT, 'The matched patient was deleted or merged here; import again once identity-svc has caught up');
  }
  if (existing && !ledger.has(plan.patient.key)) {
    existing.identifiers = unionIdentifiers(existing.identifiers ?? [], plan.patient.identifiers);
    existing.sexAtBirth ??= plan.patient.sexAtBirth ?? null;
    outcomes[plan.patient.key] = 'existing';
  } else {
    await upsert('patient', plan.patient.key, plan.patient, async () => {
      const patient = existing ?? Object.assign(new Patient(), { id: patientId, createdAt: now, subscriptionTier: 'none', status: 'active', tags: [], metadata: {} });
      Object.assign(patient, demographics(plan.patient), { identifiers: unionIdentifiers(existing?.identifiers ?? [], plan.patient.identifiers) });
      if (!existing) tx.persist(patient);
      return patientId;
    });
  }
  // The patient row goes first: the clinical rows below belong to it.
  await tx.flush();

  for (const c of plan.profiles.conditions) {
    await upsert('condition', c.key, c, async (rowId) => {
      const row = rowId ? await tx.findOne(Condition, { id: rowId }) : null;
      const target = row ?? Object.assign(new Condition(), { id: randomUUID(), patientId, createdAt: now, createdBy: by });
      Object.assign(target, conditionFields(c), { updatedAt: now, removedAt: null, removedBy: null });
      if (!row) fresh.conditions.push(target);
      return target.id;
    });
  }
  for (const m of plan.profiles.medications) {
    await upsert('medication', m.key, m, async (rowId) => {
      const row = rowId ? await tx.findOne(Medication, { id: rowId }) : null;
      const target = row ?? Object.assign(new Medication(), { id: randomUUID(), patientId, createdAt: now, createdBy: by });
      Object.assign(target, medicationFields(m), { updatedAt: now, removedAt: null, removedBy: null });
      if (!row) fresh.medications.push(target);
      return target.id;
    });
  }
  for (const e of plan.profiles.encounters) {
    await upsert('encounter', e.key, e, async (rowId) => {
      const row = rowId ? await tx.findOne(TimelineEntry, { id: rowId }) : null;
      const target = row ?? Object.assign(new TimelineEntry(), {
        id: randomUUID(), patientId, type: 'encounter', sourceService: 'profiles-svc', sourceKind: 'fhir-encounter',
        eventKey: encounterEventKey(patientId, e.key), recordedBy: by,
      });
      Object.assign(target, encounterFields(e), { sourceId: target.id, recordedAt: now });
      if (!row) fresh.encounters.push(target);
      return target.id;
    });
  }
  await insertChunked(tx, Condition, fresh.conditions);
  await insertChunked(tx, Medication, fresh.medications);
  await insertChunked(tx, TimelineEntry, fresh.encounters);
  await insertChunked(tx, FhirImportLedger, fresh.ledger);
  await tx.flush();
  return { patientId, outcomes };
}

/** Which of the plan's `localId`s are rows of this patient (conditions, medications, encounters on the timeline). */
async function ownRows(tx: EntityManager, patientId: string, plan: ImportPlan): Promise<Set<string>> {
  const ids = (items: { localId?: string }[]) => items.flatMap((i) => (i.localId ? [i.localId] : []));
  const [conditions, medications, encounters] = [ids(plan.profiles.conditions), ids(plan.profiles.medications), ids(plan.profiles.encounters)];
  // One after another: the transaction's one connection.
  const found: { id: string }[] = [];
  if (conditions.length) found.push(...await tx.find(Condition, { id: { $in: conditions }, patientId, removedAt: null }, { fields: ['id'] }));
  if (medications.length) found.push(...await tx.find(Medication, { id: { $in: medications }, patientId, removedAt: null }, { fields: ['id'] }));
  if (encounters.length) found.push(...await tx.find(TimelineEntry, { id: { $in: encounters }, patientId, type: 'encounter' }, { fields: ['id'] }));
  return new Set(found.map((r) => r.id));
}

/**
 * The compensation of profiles-svc's part: the rows this import created (ledger `first_import_id`) are deleted, the
 * patient last, if this import created it. Rows an import only updated keep the update (docs/fhir.md).
 */
export async function undoProfilesPart(tx: EntityManager, importId: string): Promise<number> {
  const made = await tx.find(FhirImportLedger, { firstImportId: importId });
  const ids = (kind: LedgerKind) => made.filter((l) => l.kind === kind).map((l) => l.rowId);
  await tx.nativeDelete(Condition, { id: { $in: ids('condition') } });
  await tx.nativeDelete(Medication, { id: { $in: ids('medication') } });
  await tx.nativeDelete(TimelineEntry, { id: { $in: ids('encounter') } });
  await tx.nativeDelete(FhirImportLedger, { firstImportId: importId });
  const patients = ids('patient');
  if (patients.length) {
    // A patient this import created keeps nothing of another import's (none can exist before it) once its rows go.
    await tx.nativeDelete(FhirImportLedger, { patientId: { $in: patients } });
    await tx.nativeDelete(Patient, { id: { $in: patients } });
  }
  return made.length;
}

function unionIdentifiers(have: IdentifierDto[], add: IdentifierDto[]): IdentifierDto[] {
  const out = [...have];
  for (const i of add) if (!out.some((o) => o.system === i.system && o.value === i.value)) out.push(i);
  return out;
}

function demographics(p: PatientItem): Partial<Patient> {
  return {
    givenName: p.givenName.slice(0, 100), familyName: p.familyName.slice(0, 100), birthDate: p.birthDate,
    sexAtBirth: p.sexAtBirth ?? null, email: p.email?.slice(0, 254) ?? null, phone: p.phone?.slice(0, 32) ?? null, address: p.address ?? null,
  };
}

function conditionFields(c: ConditionItem): Partial<Condition> {
  return {
    codeSystem: (c.code?.system as Condition['codeSystem']) ?? null, code: c.code?.code.slice(0, 20) ?? null, display: c.display,
    clinicalStatus: c.clinicalStatus, verificationStatus: (c.verificationStatus as Condition['verificationStatus']) ?? null,
    onsetDate: c.onsetDate ?? null, abatementDate: c.abatementDate ?? null,
  };
}

function medicationFields(m: MedicationItem): Partial<Medication> {
  return {
    codeSystem: (m.code?.system as Medication['codeSystem']) ?? null, code: m.code?.code.slice(0, 20) ?? null, codeDisplay: m.code?.display?.slice(0, 300) ?? null,
    name: m.name, dose: m.dose ?? null, status: m.status as Medication['status'], startDate: m.startDate ?? null, endDate: m.endDate ?? null,
    note: `Imported from a FHIR ${m.resourceType}`,
  };
}

function encounterFields(e: EncounterItem): Partial<TimelineEntry> {
  return {
    occurredAt: new Date(e.occurredAt), title: e.title,
    summary: { ...(e.class ? { class: e.class } : {}), ...(e.code ? { code: e.code } : {}), ...(e.reason ? { reason: e.reason } : {}), ...(e.endedAt ? { endedAt: e.endedAt } : {}) },
  };
}
