import { Inject, Injectable, Logger } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { CompiledQuery, type Kysely } from 'kysely';
import type { AuditServiceConfig } from '@pg/config';
import type { ChainCheckpointedEvent } from '@pg/contracts';
import { ChainSigner } from '../chain/chain-signer.js';
import { CheckpointAnchor } from '../chain/checkpoint-anchor.js';
import { chainHash, GENESIS_HASH } from '../chain/hash-chain.js';
import { projectedColumnList, projectedExpressions, quoteIdent, UUID_PATTERN } from '../events/audit-event.projection.js';

/** audit-svc's own settings (AuditServiceConfig['audit']). */
export const AUDIT_SETTINGS = Symbol('AUDIT_SETTINGS');
export type AuditSettings = AuditServiceConfig['audit'];

/** One event to append: its id, its canonical JSON, where it sat in the stream, its `recordedAt`. */
export interface ChainEntry {
  id: string;
  canonical: string;
  streamSequence: number;
  recordedAt: string;
}

/** First key of the chain writer's advisory lock ('AUDT'); the second is derived from the schema. */
const LOCK_CLASS = 0x41554454;

/** FNV-1a, 32 bits, as a signed int4: a stable lock key per schema, so separate trails never wait on each other. */
function lockKeyOf(schema: string): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(schema, 'utf8')) h = Math.imul(h ^ byte, 0x01000193);
  return h | 0;
}

/** `2026-11` for an instant (UTC), or null when JavaScript cannot read it (Postgres will refuse it too). */
export function monthOf(instant: string): string | null {
  const t = Date.parse(instant);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

interface ChainState {
  known: string[];
  sequence: string | null;
  hash: string | null;
  /** The last checkpoint: its sequence and when it was signed (ms since the epoch). */
  cpSequence: string | null;
  cpAt: number | null;
}

/**
 * Appends events to the chain: one transaction per batch, holding a transaction-scoped advisory lock so only
 * one writer extends the chain at a time (other instances wait on the lock: standby). Within it: read the
 * head, drop ids already stored, hash in order, insert all rows (and their ids into `audit_event_id`) in one
 * statement, and sign the new head when a checkpoint is due. The searchable columns are computed by Postgres
 * from the event it stores, with the same expressions verification checks them against.
 *
 * Runs as the schema's writer role (INSERT and SELECT): a month's partition is made through the one function
 * that role may call, before the batch's transaction, so the DDL never holds the chain lock.
 */
@Injectable()
export class AuditChainWriter {
  private readonly logger = new Logger('AuditChainWriter');
  private readonly schema: string;
  private readonly table: string;
  private readonly lockKey: number;
  private readonly stateSql: string;
  private readonly insertSql: string;
  private readonly checkpointSql: string;
  private readonly ensurePartitionSql: string;
  private readonly tailSql: string;
  private readonly hashAtSql: string;
  /** The latest checkpoint published outside the database, as far as this instance knows (undefined: not read yet). */
  private anchor: ChainCheckpointedEvent | null | undefined;
  private refusedAt?: string;
  /** Months whose partition exists (or whose events go to the default partition): nothing to ask about. */
  private readonly knownMonths = new Set<string>();

  constructor(
    private readonly orm: MikroORM,
    private readonly signer: ChainSigner,
    private readonly anchors: CheckpointAnchor,
    @Inject(AUDIT_SETTINGS) private readonly settings: AuditSettings,
  ) {
    this.schema = orm.config.get('schema') ?? 'public';
    const s = quoteIdent(this.schema);
    this.table = `${s}."audit_event"`;
    this.lockKey = lockKeyOf(this.schema);
    const head = `left join lateral (select t."sequence", t."hash" from ${this.table} t order by t."sequence" desc limit 1) h on true
      left join lateral (select c."sequence", (extract(epoch from c."signed_at") * 1000)::float8 as "at" from ${s}."chain_checkpoint" c order by c."sequence" desc limit 1) c on true`;
    this.stateSql = `select k."known", h."sequence"::text as "sequence", h."hash", c."sequence"::text as "cpSequence", c."at" as "cpAt"
      from (select coalesce(array_agg(i."id"::text), '{}') as "known" from ${s}."audit_event_id" i where i."id" = any($1::uuid[])) k
      ${head}`;
    this.tailSql = `select '{}'::text[] as "known", h."sequence"::text as "sequence", h."hash", c."sequence"::text as "cpSequence", c."at" as "cpAt"
      from (select 1) one ${head}`;
    this.insertSql = `with x as materialized (select * from jsonb_to_recordset($1::jsonb) as x(s bigint, ss bigint, p text, h text, e jsonb)),
      ids as (insert into ${s}."audit_event_id" ("id", "sequence", "recorded_at") select (x.e->>'id')::uuid, x.s, (x.e->>'recordedAt')::timestamptz from x),
      corrections as (insert into ${s}."audit_correction" ("id", "corrects", "sequence", "outcome", "reason", "request_id", "source_service")
        select (x.e->>'id')::uuid, (x.e->>'corrects')::uuid, x.s, x.e->>'outcome', x.e->>'reason', x.e->>'requestId', x.e->'source'->>'service' from x
        where x.e->>'corrects' ~ '${UUID_PATTERN}')
      insert into ${this.table} ("sequence", "stream_sequence", "prev_hash", "hash", "event", ${projectedColumnList()})
      select x.s, x.ss, x.p, x.h, x.e, ${projectedExpressions('x.e')} from x`;
    this.checkpointSql = `insert into ${s}."chain_checkpoint" ("sequence", "hash", "signed_at", "key_id", "signature") values ($1, $2, $3::timestamptz, $4, $5)`;
    this.hashAtSql = `select t."hash" from ${this.table} t where t."sequence" = $1`;
    this.ensurePartitionSql = `select ${s}."audit_event_ensure_partition"(?::timestamptz) as "partition"`;
  }

  /**
   * `entries` in stream order with distinct ids. Commits before returning; the caller acks only then.
   * `whileInserting` runs once the insert is on its way to Postgres: the caller's chance to do other work
   * (acknowledge the previous batch) while the database is busy rather than idle.
   */
  async append(entries: readonly ChainEntry[], whileInserting?: () => void): Promise<void> {
    if (!entries.length) return;
    await this.ensurePartitions(entries.map((e) => e.recordedAt));
    const anchor = this.signer.enabled ? await this.knownAnchor() : undefined;
    const signed = await this.orm.em.getConnection().transactional(async (trx) => {
      const db = trx as unknown as Kysely<unknown>;
      await this.lock(db);
      // Under the lock, in one round trip: which of these ids are stored already, the chain head, the last checkpoint.
      const [state] = await run<ChainState>(db, this.stateSql, [entries.map((e) => e.id)]);
      const stored = new Set(state!.known);
      const fresh = entries.filter((e) => !stored.has(e.id));
      if (!fresh.length) {
        whileInserting?.();
        return undefined;
      }
      let sequence = state!.sequence ? Number(state!.sequence) : 0;
      let prevHash = state!.hash ?? GENESIS_HASH;
      const rows: string[] = [];
      for (const e of fresh) {
        const hash = chainHash(prevHash, e.canonical);
        sequence += 1;
        // The canonical text is valid JSON already: splice it in rather than parse and serialize it again.
        rows.push(`{"s":${sequence},"ss":${e.streamSequence},"p":"${prevHash}","h":"${hash}","e":${e.canonical}}`);
        prevHash = hash;
      }
      const inserted = run(db, this.insertSql, [`[${rows.join(',')}]`]);
      whileInserting?.();
      await inserted;
      return this.isCheckpointDue(state!, sequence, false) ? this.writeCheckpoint(db, String(sequence), prevHash, anchor) : undefined;
    });
    if (signed) await this.publishCheckpoint(signed);
  }

  /**
   * Signs the head if it is not signed yet and a checkpoint is due (the interval has passed since the last one),
   * or whenever it is not signed when `force` (at boot). Returns the sequence signed, if any.
   */
  async checkpoint(force = false): Promise<string | undefined> {
    if (!this.signer.enabled) return undefined;
    const anchor = await this.knownAnchor();
    const signed = await this.orm.em.getConnection().transactional(async (trx) => {
      const db = trx as unknown as Kysely<unknown>;
      await this.lock(db);
      const [state] = await run<ChainState>(db, this.tailSql);
      if (!state?.sequence || state.sequence === state.cpSequence) return undefined;
      if (!this.isCheckpointDue(state, Number(state.sequence), force)) return undefined;
      return this.writeCheckpoint(db, state.sequence, state.hash!, anchor);
    });
    if (signed) await this.publishCheckpoint(signed);
    return signed?.sequence;
  }

  /** Forgets the anchor read before, so the next checkpoint reads the latest one again (after an outage, in tests). */
  forgetAnchor(): void {
    this.anchor = undefined;
  }

  /** Makes sure the partitions of these instants' months exist (a month outside the window: the default partition). */
  async ensurePartitions(instants: readonly string[]): Promise<void> {
    const months = new Set<string>();
    for (const at of instants) {
      const m = monthOf(at);
      if (m && !this.knownMonths.has(m)) months.add(m);
    }
    for (const m of months) {
      await this.orm.em.getConnection().execute(this.ensurePartitionSql, [`${m}-01T00:00:00Z`]);
      this.knownMonths.add(m);
    }
  }

  private isCheckpointDue(state: ChainState, head: number, force: boolean): boolean {
    if (!this.signer.enabled) return false;
    if (state.cpSequence === null || state.cpAt === null || force) return true;
    return head - Number(state.cpSequence) >= this.settings.checkpointEvery || Date.now() - state.cpAt >= this.settings.checkpointIntervalMs;
  }

  /**
   * Signs the head, unless the table no longer holds what the latest checkpoint outside the database says (a row
   * changed, or rows cut from the end): a rewritten chain must never get a fresh signature from audit-svc itself.
   * `anchor` undefined: it could not be read, so nothing is signed this time.
   */
  private async writeCheckpoint(db: Kysely<unknown>, sequence: string, hash: string, anchor: ChainCheckpointedEvent | null | undefined): Promise<ChainCheckpointedEvent | undefined> {
    if (anchor === undefined) return undefined;
    if (anchor) {
      const at = BigInt(anchor.sequence);
      const hashThere = at === BigInt(sequence) ? hash : at < BigInt(sequence) ? (await run<{ hash: string }>(db, this.hashAtSql, [anchor.sequence]))[0]?.hash : undefined;
      if (hashThere !== anchor.hash) {
        if (this.refusedAt !== anchor.sequence) {
          this.logger.error(`the trail no longer matches its signed checkpoint at sequence ${anchor.sequence}: not signing the head; run verify`);
          this.refusedAt = anchor.sequence;
        }
        return undefined;
      }
    }
    const { claim, signature } = this.signer.sign(sequence, hash);
    await run(db, this.checkpointSql, [claim.sequence, claim.hash, claim.signedAt, claim.keyId, signature]);
    return { ...claim, signature };
  }

  /** After the commit: the copy outside the database (EVENTS stream), and a log line (ids and hashes only). */
  private async publishCheckpoint(checkpoint: ChainCheckpointedEvent): Promise<void> {
    this.logger.log(`chain checkpoint: sequence ${checkpoint.sequence} hash ${checkpoint.hash} key ${checkpoint.keyId} at ${checkpoint.signedAt}`);
    if (await this.anchors.publish(checkpoint)) this.anchor = checkpoint;
  }

  /** The latest anchor with a valid signature (one published by another key or forged is not one). */
  private async knownAnchor(): Promise<ChainCheckpointedEvent | null | undefined> {
    if (this.anchor !== undefined) return this.anchor;
    try {
      const latest = await this.anchors.latest();
      this.anchor = latest && this.signer.verify(latest, latest.signature) ? latest : null;
    } catch (err) {
      this.logger.warn(`could not read the latest chain checkpoint (${(err as Error).name}); not signing until it can be read`);
    }
    return this.anchor;
  }

  private async lock(db: Kysely<unknown>): Promise<void> {
    await run(db, 'select pg_advisory_xact_lock($1, $2)', [LOCK_CLASS, this.lockKey]);
  }
}

async function run<R = unknown>(db: Kysely<unknown>, sql: string, params: readonly unknown[] = []): Promise<R[]> {
  const res = await db.executeQuery<R>(CompiledQuery.raw(sql, [...params]));
  return res.rows;
}
