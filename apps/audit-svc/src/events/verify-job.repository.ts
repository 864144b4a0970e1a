import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { VerifyJobDto, VerifyJobState, VerifyProblem } from '@pg/contracts';
import { GENESIS_HASH } from '../chain/hash-chain.js';
import type { CheckpointRow } from './audit-event.repository.js';
import { quoteIdent } from './audit-event.projection.js';
import type { VerificationState } from './chain-verification.js';

interface JobRow {
  id: string;
  state: VerifyJobState;
  total: string;
  toSequence: string;
  nextSequence: string;
  prevHash: string;
  checked: string;
  verified: string;
  lastCheckpoint: CheckpointRow | null;
  anchorConfirmed: boolean;
  firstBadId: string | null;
  problem: VerifyProblem | null;
  error: string | null;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS = `j."id"::text as "id", j."state", j."total"::text as "total", j."to_sequence"::text as "toSequence",
  j."next_sequence"::text as "nextSequence", j."prev_hash" as "prevHash", j."checked"::text as "checked", j."verified"::text as "verified",
  j."last_checkpoint" as "lastCheckpoint", j."anchor_confirmed" as "anchorConfirmed", j."first_bad_id"::text as "firstBadId", j."problem", j."error",
  to_char(j."created_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt",
  to_char(j."updated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "updatedAt"`;

/** A claimed job: its id and where its verification stands. */
export interface ClaimedJob {
  id: string;
  state: VerificationState;
}

/**
 * Verification jobs (`verify_job`): created by an auditor, run by VerifyJobRunner in chunks, their progress written
 * after each chunk. An instance runs a job while it holds its lease; a lease that runs out (the instance died) lets
 * the next instance, or the next boot, go on from the last chunk written.
 */
@Injectable()
export class VerifyJobRepository {
  constructor(private readonly em: EntityManager) {}

  async create(requestedBy: string | null, head: string): Promise<VerifyJobDto> {
    const [row] = await this.em.execute<JobRow[]>(
      `insert into ${this.table()} as j ("id", "state", "requested_by", "total", "to_sequence", "next_sequence", "prev_hash")
       values (?, 'queued', ?, ?, ?, 1, ?) returning ${COLUMNS}`,
      [randomUUID(), requestedBy, head, head, GENESIS_HASH],
    );
    return toDto(row!);
  }

  async get(id: string): Promise<VerifyJobDto | null> {
    const [row] = await this.em.execute<JobRow[]>(`select ${COLUMNS} from ${this.table()} j where j."id" = ?`, [id]);
    return row ? toDto(row) : null;
  }

  /** Takes the oldest job nobody holds (queued, or running under a lease that ran out) for `owner`, for `leaseMs`. */
  async claim(owner: string, leaseMs: number): Promise<ClaimedJob | null> {
    const [row] = await this.em.execute<JobRow[]>(
      `update ${this.table()} as j set "state" = 'running', "lease_owner" = ?, "lease_until" = now() + make_interval(secs => ?), "updated_at" = now()
       where j."id" = (select o."id" from ${this.table()} o
                       where o."state" in ('queued', 'running') and (o."lease_until" is null or o."lease_until" < now())
                       order by o."created_at" limit 1 for update skip locked)
       returning ${COLUMNS}`,
      [owner, leaseMs / 1000],
    );
    if (!row) return null;
    return {
      id: row.id,
      state: {
        fromSeq: '1', toSeq: row.toSequence, reachesHead: true, nextSeq: row.nextSequence, prevHash: row.prevHash,
        checked: Number(row.checked), verified: Number(row.verified), last: row.lastCheckpoint, anchorConfirmed: row.anchorConfirmed,
        problem: row.problem, firstBadId: row.firstBadId, rowsDone: row.problem !== null || BigInt(row.nextSequence) > BigInt(row.toSequence),
      },
    };
  }

  /** Writes a chunk's progress and extends the lease; false when `owner` lost the lease (another instance took over). */
  async progress(id: string, owner: string, s: VerificationState, leaseMs: number): Promise<boolean> {
    const rows = await this.em.execute<{ id: string }[]>(
      `update ${this.table()} set "next_sequence" = ?, "prev_hash" = ?, "checked" = ?, "verified" = ?, "last_checkpoint" = ?::jsonb,
         "anchor_confirmed" = ?, "problem" = ?, "first_bad_id" = ?, "lease_until" = now() + make_interval(secs => ?), "updated_at" = now()
       where "id" = ? and "state" = 'running' and "lease_owner" = ? returning "id"::text as "id"`,
      [s.nextSeq, s.prevHash ?? GENESIS_HASH, s.checked, s.verified, s.last ? JSON.stringify(s.last) : null, s.anchorConfirmed, s.problem, s.firstBadId, leaseMs / 1000, id, owner],
    );
    return rows.length === 1;
  }

  async finish(id: string, owner: string, problem: VerifyProblem | null, firstBadId: string | null, checked: number): Promise<void> {
    await this.em.execute(
      `update ${this.table()} set "state" = 'done', "problem" = ?, "first_bad_id" = ?, "checked" = ?, "lease_owner" = null, "lease_until" = null, "updated_at" = now()
       where "id" = ? and "state" = 'running' and "lease_owner" = ?`,
      [problem, firstBadId, checked, id, owner],
    );
  }

  async fail(id: string, owner: string, error: string): Promise<void> {
    await this.em.execute(
      `update ${this.table()} set "state" = 'failed', "error" = ?, "lease_owner" = null, "lease_until" = null, "updated_at" = now()
       where "id" = ? and "state" = 'running' and "lease_owner" = ?`,
      [error, id, owner],
    );
  }

  /** Gives a job back (shutdown): the next instance or boot goes on from its last chunk at once. */
  async release(id: string, owner: string): Promise<void> {
    await this.em.execute(
      `update ${this.table()} set "lease_owner" = null, "lease_until" = null, "updated_at" = now() where "id" = ? and "state" = 'running' and "lease_owner" = ?`,
      [id, owner],
    );
  }

  private table(): string {
    return `${quoteIdent(this.em.config.get('schema') ?? 'public')}."verify_job"`;
  }
}

function toDto(r: JobRow): VerifyJobDto {
  return {
    id: r.id,
    state: r.state,
    checked: Number(r.checked),
    total: Number(r.total),
    firstBadId: r.firstBadId,
    problem: r.problem,
    valid: r.state === 'done' ? r.problem === null : null,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    error: r.error,
  };
}
