import type { EntityManager } from '@mikro-orm/postgresql';
import { tableOf } from '@pg/persistence';
import { DomainException, ErrorCode, type FhirImportPatientMatchDto, type PersonInputDto } from '@pg/contracts';
import type { PatientItem } from '@pg/fhir';
import type { PatientMatcher } from './identity-match.client.js';

export interface PatientMatch {
  /** The patient the import updates; null: the import creates one. */
  patientId: string | null;
  /** For the import's report (ids only). */
  report: FhirImportPatientMatchDto;
}

/**
 * Who the bundle's patient is here (docs/fhir.md, "The patient"):
 *
 * 1. a live profile (not deleted, not merged) holding any of the bundle's identifiers (Synthea's own included),
 *    through the GIN index on `patient.identifiers` — one → that patient, more than one → CONFLICT (a person must
 *    decide, nothing is written);
 * 2. else identity-svc's matcher, once (`IDENTITY.importMatch` with the demographics): `certain` → that patient
 *    (writeProfilesPart answers CONFLICT if it is not live here: identity-svc had not heard of its deletion or merge yet);
 *    a probable match → a new patient, and the pair waits in identity-svc's review queue; nothing → a new patient.
 *    identity-svc not answering fails this step like any other (retried, then rolled back): never a new patient
 *    because the matcher could not be asked.
 */
export async function matchImportedPatient(em: EntityManager, patient: PatientItem, importId: string, matcher: PatientMatcher): Promise<PatientMatch> {
  const held = await byIdentifier(em, patient);
  if (held) return { patientId: held, report: { outcome: 'identifier', candidatePatientIds: [], reviewItemIds: [] } };
  // A certain match that is no longer live here (identity-svc learns of a deletion or merge a moment later) is refused
  // by writeProfilesPart, which reads the patient live in the write's own transaction.
  const found = await matcher.match(importId, personOfBundle(patient));
  return {
    patientId: found.outcome === 'certain' ? found.patientId : null,
    report: { outcome: found.outcome, candidatePatientIds: found.candidatePatientIds, reviewItemIds: found.reviewItemIds },
  };
}

/** A live profile: neither deleted nor merged into another (PatientRepository's reads). */
const LIVE = `"deleted_at" is null and "merged_into" is null`;

async function byIdentifier(em: EntityManager, patient: PatientItem): Promise<string | null> {
  if (!patient.identifiers.length) return null;
  const params = patient.identifiers.map((i) => JSON.stringify([{ system: i.system, value: i.value }]));
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `select "id" from ${tableOf(em, 'patient')} where ${LIVE} and (${params.map(() => `"identifiers" @> ?::jsonb`).join(' or ')}) limit 2`,
    params,
  );
  if (rows.length > 1) throw new DomainException(ErrorCode.CONFLICT, 'More than one patient holds the identifiers of this bundle');
  return rows[0]?.id ?? null;
}

/** Printable text of the length identity-svc takes (PersonInputDto), else left out: a value it would refuse must not fail the import. */
function text(v: string | undefined, min: number, max: number): string | undefined {
  if (!v) return undefined;
  const t = v.replace(/[\p{Cc}\p{Cs}]/gu, ' ').trim().slice(0, max).trim();
  return t.length >= min ? t : undefined;
}

/** The bundle patient's demographics as the matcher takes them (as identity-svc's personOfProfile reads a profile). */
export function personOfBundle(p: PatientItem): PersonInputDto {
  const a = p.address;
  const out: Record<string, string | undefined> = {
    givenName: text(p.givenName, 1, 100),
    familyName: text(p.familyName, 1, 100),
    birthDate: /^\d{4}-\d{2}-\d{2}$/.test(p.birthDate) ? p.birthDate : undefined,
    sexAtBirth: p.sexAtBirth,
    email: text(p.email, 3, 254),
    phone: text(p.phone, 3, 40),
    addressLine: text(a?.line1, 1, 200),
    city: text(a?.city, 1, 100),
    postalCode: text(a?.postalCode, 1, 20),
    country: a?.country && /^[A-Z]{2}$/.test(a.country) ? a.country : undefined,
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as PersonInputDto;
}
