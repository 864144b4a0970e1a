import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

// Stand-in until id-ops's review module lands (shared-contracts §2): the same signature and table
// (identity.match_decision: id, kind, a, b, decision, reason, decided_by, decided_at; a < b). id-ops's file replaces it.
const q = (ident: string) => `"${ident.replace(/"/g, '""')}"`;

/** Two patients are not the same person: what an undone merge records (shared-contracts §2), in the caller's transaction. */
export async function recordNoMatch(em: EntityManager, patientA: string, patientB: string, reason: string, by: string): Promise<void> {
  if (patientA === patientB) return;
  const [a, b] = patientA < patientB ? [patientA, patientB] : [patientB, patientA];
  await em.execute(
    `insert into ${q(em.config.get('schema') ?? 'public')}."match_decision" ("id", "kind", "a", "b", "decision", "reason", "decided_by", "decided_at") values (?, 'patients', ?, ?, 'no-match', ?, ?, ?)`,
    [randomUUID(), a, b, reason.slice(0, 500), by.slice(0, 200), new Date()],
  );
}
