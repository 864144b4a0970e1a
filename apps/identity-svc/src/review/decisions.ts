import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { tableOf } from '@pg/persistence';
import { pgArray } from '../identities/raw-sql.js';

/**
 * Manual decisions on pairs (identity.match_decision). A person's decision stands: automation reads it before it
 * links or queues a pair and never overrides it. The latest decision on a pair is the one in force.
 */
export type PairKind = 'records' | 'patients';
export type PairDecision = 'match' | 'no-match';

const table = (em: EntityManager) => tableOf(em, 'match_decision');
const ordered = (x: string, y: string): [string, string] => (x < y ? [x, y] : [y, x]);

export async function recordDecision(em: EntityManager, kind: PairKind, x: string, y: string, decision: PairDecision, reason: string, by: string): Promise<void> {
  if (x === y) return;
  const [a, b] = ordered(x, y);
  await em.execute(
    `insert into ${table(em)} ("id", "kind", "a", "b", "decision", "reason", "decided_by", "decided_at") values (?, ?, ?, ?, ?, ?, ?, ?)`,
    [randomUUID(), kind, a, b, decision, reason.slice(0, 500), by.slice(0, 200), new Date()],
  );
}

/**
 * Two patients are not the same person: what a reviewer's reject of a patient pair and an undone merge record
 * (shared-contracts §2). Runs in the caller's transaction (`em`).
 */
export function recordNoMatch(em: EntityManager, patientA: string, patientB: string, reason: string, by: string): Promise<void> {
  return recordDecision(em, 'patients', patientA, patientB, 'no-match', reason, by);
}

/**
 * Of the pairs `(subject, other)` for each `other`, those whose latest decision is no-match — for records and for
 * patients in one query. `subjects` are the ids on the near side (a record id and, when linked, its patient id).
 */
export async function noMatchAmong(em: EntityManager, pairs: Array<{ kind: PairKind; x: string; y: string }>): Promise<Set<string>> {
  const wanted = pairs.filter((p) => p.x !== p.y).map((p) => ({ kind: p.kind, ab: ordered(p.x, p.y) }));
  if (!wanted.length) return new Set();
  const rows = await em.execute<Array<{ kind: PairKind; a: string; b: string }>>(
    `select distinct on (d."kind", d."a", d."b") d."kind", d."a", d."b", d."decision"
     from ${table(em)} d
     join unnest(?::text[], ?::uuid[], ?::uuid[]) as w("kind", "a", "b") on w."kind" = d."kind" and w."a" = d."a" and w."b" = d."b"
     order by d."kind", d."a", d."b", d."decided_at" desc`,
    [pgArray(wanted.map((w) => w.kind)), pgArray(wanted.map((w) => w.ab[0])), pgArray(wanted.map((w) => w.ab[1]))],
  ).then((r) => (r as Array<{ kind: PairKind; a: string; b: string; decision: PairDecision }>).filter((x) => x.decision === 'no-match'));
  return new Set(rows.map((r) => pairKey(r.kind, r.a, r.b)));
}

export function pairKey(kind: PairKind, x: string, y: string): string {
  const [a, b] = ordered(x, y);
  return `${kind === 'records' ? 'r' : 'p'}:${a}:${b}`;
}
