import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { queueIdentifierConflict } from '../review/review.repository.js';
import { MatchIndexRepository } from './match-index.repository.js';
import { tableOf } from '@pg/persistence';

/** Who copied an identifier from a profile (`linkedBy` of the rows written here; method `import`). */
export const PROFILE_IDENTIFIERS_LINKED_BY = 'profiles-svc:patient-feed';

export interface ProfileIdentifier {
  system: string;
  value: string;
}

/**
 * The identifiers a Patient Graph profile carries (profiles-svc's `identifiers`: set at creation, by a FHIR import)
 * copied into `patient_identifier`, which identity-svc owns (docs/identity.md, "Identifiers"), on the patient feed.
 * Only the configured systems; a pair nobody holds is linked to the patient (`import`, and the match index record of
 * the same source id follows); a pair this patient holds stays as it is; a pair another patient holds is not taken:
 * an `identifier-conflict` review item says the two patients may be one person; a tombstoned pair (unlinked by a
 * person, or deleted at its source) is not brought back by automation. Returns the pairs it linked (`linked`: their
 * records' open review items are the caller's to supersede). In the caller's transaction.
 */
export async function copyProfileIdentifiers(
  em: EntityManager,
  patientId: string,
  identifiers: readonly ProfileIdentifier[],
  systems: readonly string[],
): Promise<{ copied: number; conflicts: number; linked: ProfileIdentifier[] }> {
  const table = tableOf(em, 'patient_identifier');
  const linked: ProfileIdentifier[] = [];
  let copied = 0;
  let conflicts = 0;
  for (const { system, value } of identifiers) {
    if (!systems.includes(system)) continue;
    const inserted = await em.execute<Array<{ id: string }>>(
      `insert into ${table} ("id", "patient_id", "system", "value", "method", "linked_by", "linked_at")
       values (?, ?, ?, ?, 'import', ?, ?) on conflict ("system", "value") do nothing returning "id"`,
      [randomUUID(), patientId, system, value, PROFILE_IDENTIFIERS_LINKED_BY, new Date()],
    );
    if (inserted[0]) {
      copied++;
      linked.push({ system, value });
      await new MatchIndexRepository(em).setPatient(system, value, patientId);
      continue;
    }
    const [held] = await em.execute<Array<{ patient_id: string; tombstoned_at: Date | null }>>(
      `select "patient_id", "tombstoned_at" from ${table} where "system" = ? and "value" = ?`, [system, value],
    );
    if (held && !held.tombstoned_at && held.patient_id !== patientId) {
      conflicts++;
      await queueIdentifierConflict(em, held.patient_id, patientId, system);
    }
  }
  return { copied, conflicts, linked };
}
