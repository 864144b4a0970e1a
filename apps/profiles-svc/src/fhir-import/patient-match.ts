import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainException, ErrorCode } from '@pg/contracts';
import type { PatientItem } from '@pg/fhir';

/**
 * Who the bundle's patient is here: THE seam for identity-svc's matcher (issue 13, being built in parallel).
 *
 * Today: a live profile holding any of the bundle's identifiers (Synthea's own included), through the GIN index on
 * `patient.identifiers`; none → null (a new patient); more than one → CONFLICT (a person must decide, nothing is
 * written). When identity-svc's `IDENTITY.match` answers, this one function asks it first (identifiers, then the
 * demographics scored by the Matcher: a `certain` grade links, `probable`/`possible` → CONFLICT with the review item)
 * and keeps the identifier lookup as its first step. Nothing else in the import changes.
 */
export async function matchImportedPatient(em: EntityManager, patient: PatientItem): Promise<string | null> {
  if (!patient.identifiers.length) return null;
  const schema = em.config.get('schema');
  const params = patient.identifiers.map((i) => JSON.stringify([{ system: i.system, value: i.value }]));
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `select "id" from "${schema}"."patient" where "deleted_at" is null and (${params.map(() => `"identifiers" @> ?::jsonb`).join(' or ')}) limit 2`,
    params,
  );
  if (rows.length > 1) throw new DomainException(ErrorCode.CONFLICT, 'More than one patient holds the identifiers of this bundle');
  return rows[0]?.id ?? null;
}
