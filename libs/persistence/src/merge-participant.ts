import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap, type Type } from '@nestjs/common';
import { defineEntity, p } from '@mikro-orm/core';
import { clearPatientMerged, markPatientMerged } from './patient-state.js';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { AckPolicy, DeliverPolicy, type ConsumerMessages, type JetStreamClient, type JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { JETSTREAM, NATS_CONNECTION } from '@pg/audit';
import { DOMAIN_EVENT_PREFIX, MERGE_EVENTS, mergeAnswerEvent, type MergeAnswer, type MergeAnswerEvent, type MergeParticipant } from '@pg/contracts';
import { consumeDurable, NatsNamespace, publishDomainEvent, startConsumeLoop, STREAM, type ConsumeLoop } from '@pg/messaging';
import { quoteIdent as ident } from './raw-names.js';

/**
 * One table holding rows of a patient, as a merge moves them (docs/identity.md, "Merges").
 * - `key`: the columns naming a row without the patient column (default `id`); journalled as its text (one column)
 *   or as a JSON array of the columns.
 * - `conflict`: for tables with a unique key that includes the patient: an SQL condition over `s` (the source's row)
 *   and `x` (a row of the target) saying the target already holds the key. Such a source row is not moved: it stays on
 *   the source, journalled as `superseded` (never lost; the target's row wins).
 * - `optional`: the table comes with another feature's migration and may not be there yet (skipped while absent).
 */
export interface MergeTable {
  table: string;
  key?: string[];
  column?: string;
  conflict?: string;
  optional?: boolean;
}

/** How a participant marks the source as merged (and clears it on undo), in the merge's transaction. */
export interface MergeMarker {
  mark(em: EntityManager, schema: string, sourceId: string, targetId: string): Promise<void>;
  clear(em: EntityManager, schema: string, sourceId: string): Promise<void>;
}

export interface MergeCounts {
  moved: Record<string, number>;
  superseded: Record<string, number>;
}

/** The journal row id of a table's row, aliased `alias`. */
const keyExpr = (t: MergeTable, alias: string) => {
  const cols = t.key ?? ['id'];
  return cols.length === 1 ? `${alias}.${ident(cols[0]!)}::text` : `jsonb_build_array(${cols.map((c) => `${alias}.${ident(c)}`).join(', ')})::text`;
};
/** The marker's own journal row: written once per merge, the participant's "applied" (undone_at: its "undone"). */
const MARK_TABLE = '(patient)';

/**
 * Moves every row of `sourceId` in the given tables to `targetId` in the caller's transaction and journals each row
 * (`<schema>.merge_journal`); marks the source. Idempotent: a merge already journalled here moves nothing again and
 * answers the counts it journalled. Serialized per merge id (advisory lock) against a concurrent redelivery.
 */
export async function applyMerge(
  em: EntityManager, schema: string, tables: readonly MergeTable[], marker: MergeMarker, mergeId: string, sourceId: string, targetId: string,
): Promise<MergeCounts> {
  const journal = `${ident(schema)}."merge_journal"`;
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`merge:${mergeId}`]);
  const [done] = await em.execute<{ n: number }[]>(`select count(*)::int as n from ${journal} where merge_id = ? and table_name = ?`, [mergeId, MARK_TABLE]);
  if (done!.n > 0) return journalled(em, journal, mergeId, 'moved');
  const counts: MergeCounts = { moved: {}, superseded: {} };
  for (const t of tables) {
    if (t.optional && !(await tableExists(em, schema, t.table))) continue;
    const table = `${ident(schema)}.${ident(t.table)}`;
    const col = ident(t.column ?? 'patient_id');
    if (t.conflict) {
      const [sup] = await em.execute<{ n: number }[]>(
        `with sup as (select ${keyExpr(t, 's')} as row_id from ${table} s where s.${col} = ? and exists (select 1 from ${table} x where x.${col} = ? and (${t.conflict}))),
              j as (insert into ${journal} (merge_id, table_name, row_id, action) select ?, ?, row_id, 'superseded' from sup on conflict do nothing)
         select count(*)::int as n from sup`,
        [sourceId, targetId, mergeId, t.table],
      );
      if (sup!.n) counts.superseded[t.table] = sup!.n;
    }
    const guard = t.conflict ? ` and not exists (select 1 from ${table} x where x.${col} = ? and (${t.conflict}))` : '';
    const [moved] = await em.execute<{ n: number }[]>(
      `with moved as (update ${table} s set ${col} = ? where s.${col} = ?${guard} returning ${keyExpr(t, 's')} as row_id),
            j as (insert into ${journal} (merge_id, table_name, row_id, action) select ?, ?, row_id, 'moved' from moved on conflict do nothing)
       select count(*)::int as n from moved`,
      [targetId, sourceId, ...(t.conflict ? [targetId] : []), mergeId, t.table],
    );
    if (moved!.n) counts.moved[t.table] = moved!.n;
  }
  await marker.mark(em, schema, sourceId, targetId);
  await em.execute(`insert into ${journal} (merge_id, table_name, row_id, action) values (?, ?, ?, 'marked')`, [mergeId, MARK_TABLE, sourceId]);
  return counts;
}

/**
 * Moves back exactly the rows this merge journalled as moved that are still on the target (rows written to the target
 * since stay there), clears the source's mark and stamps the journal. Idempotent like applyMerge; a merge this
 * participant never applied undoes nothing.
 */
export async function undoMerge(
  em: EntityManager, schema: string, tables: readonly MergeTable[], marker: MergeMarker, mergeId: string, sourceId: string, targetId: string,
): Promise<MergeCounts> {
  const journal = `${ident(schema)}."merge_journal"`;
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`merge:${mergeId}`]);
  const [mark] = await em.execute<{ undone: boolean }[]>(
    `select undone_at is not null as undone from ${journal} where merge_id = ? and table_name = ?`, [mergeId, MARK_TABLE]);
  if (!mark) return { moved: {}, superseded: {} };
  if (mark.undone) return journalled(em, journal, mergeId, 'moved back');
  const counts: MergeCounts = { moved: {}, superseded: {} };
  for (const t of tables) {
    if (t.optional && !(await tableExists(em, schema, t.table))) continue;
    const table = `${ident(schema)}.${ident(t.table)}`;
    const col = ident(t.column ?? 'patient_id');
    const [back] = await em.execute<{ n: number }[]>(
      `with back as (update ${table} s set ${col} = ? from ${journal} j
          where j.merge_id = ? and j.table_name = ? and j.action = 'moved' and s.${col} = ? and ${keyExpr(t, 's')} = j.row_id returning j.row_id),
            j2 as (update ${journal} set moved_back = true where merge_id = ? and table_name = ? and action = 'moved' and row_id in (select row_id from back))
       select count(*)::int as n from back`,
      [sourceId, mergeId, t.table, targetId, mergeId, t.table],
    );
    if (back!.n) counts.moved[t.table] = back!.n;
  }
  await marker.clear(em, schema, sourceId);
  await em.execute(`update ${journal} set undone_at = now() where merge_id = ?`, [mergeId]);
  return counts;
}

async function tableExists(em: EntityManager, schema: string, table: string): Promise<boolean> {
  const [row] = await em.execute<{ ok: boolean }[]>('select to_regclass(?) is not null as ok', [`${ident(schema)}.${ident(table)}`]);
  return Boolean(row?.ok);
}

/** The counts a merge journalled here: for a replayed request (moved) or a replayed undo (moved back). */
async function journalled(em: EntityManager, journal: string, mergeId: string, what: 'moved' | 'moved back'): Promise<MergeCounts> {
  const rows = await em.execute<{ table_name: string; action: string; n: number }[]>(
    `select table_name, action, count(*)::int as n from ${journal} where merge_id = ? and table_name <> ? and (action = 'superseded' or (action = 'moved' and (? or moved_back)))
     group by table_name, action`,
    [mergeId, MARK_TABLE, what === 'moved'],
  );
  const counts: MergeCounts = { moved: {}, superseded: {} };
  for (const r of rows) (r.action === 'moved' ? counts.moved : counts.superseded)[r.table_name] = r.n;
  return counts;
}

/** SQL of a participant's journal table (its own migration creates it in its schema). */
export const MERGE_JOURNAL_DDL = `create table "merge_journal" (
  "merge_id" uuid not null,
  "table_name" text not null,
  "row_id" text not null,
  "action" varchar(16) not null,
  "moved_back" boolean not null default false,
  "journalled_at" timestamptz not null default now(),
  "undone_at" timestamptz null,
  primary key ("merge_id", "table_name", "row_id")
);`;

/** After this many failed deliveries of one merge message a participant answers `failed` instead of trying again. */
export const MERGE_MAX_DELIVERIES = 5;
const ms = (n: number) => n * 1_000_000;

export interface MergeParticipantOptions {
  service: MergeParticipant;
  tables: readonly MergeTable[];
  marker: MergeMarker;
}

/**
 * A service's part of the merge saga: a durable JetStream consumer (`<service>-merge`, shared by the service's
 * replicas, one message at a time) on `events.identity.merge.>`. `identity.merge.requested` moves the source's rows in
 * one transaction (applyMerge), `identity.merge.undo-requested` moves them back (undoMerge); then the participant
 * publishes `<domain>.merge.applied | undone` and acks. A crash before the ack redelivers the message, which finds
 * the journal and only publishes again (same message id: the stream keeps one). A message that fails
 * MERGE_MAX_DELIVERIES times is answered `<domain>.merge.failed` (the merge shows it) and acked.
 * A service subclasses it as an injectable and calls start()/stop() from its lifecycle hooks.
 */
export class MergeParticipantRunner {
  private readonly logger: Logger;
  private loop?: ConsumeLoop;
  private stopping = false;

  constructor(
    private readonly nc: NatsConnection,
    private readonly js: JetStreamClient,
    private readonly ns: NatsNamespace,
    private readonly orm: MikroORM,
    private readonly opts: MergeParticipantOptions,
  ) {
    this.logger = new Logger(`Merge(${opts.service})`);
  }

  get durable(): string {
    return this.ns.consumer(`${this.opts.service}-merge`);
  }

  private get stream(): string {
    return this.ns.stream(STREAM.events);
  }

  private get schema(): string {
    return this.orm.config.get('schema') ?? 'public';
  }

  start(): void {
    this.loop = startConsumeLoop(`${this.opts.service} merge`, this.logger, () => consumeDurable(this.nc, this.js, this.stream, {
      durable_name: this.durable, ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.All,
      filter_subject: this.ns.subject(`${DOMAIN_EVENT_PREFIX}.identity.merge.>`), ack_wait: ms(60_000), max_ack_pending: 1,
    }, { max_messages: 1 }), async (messages: ConsumerMessages, took) => {
      for await (const m of messages) {
        took();
        if (this.stopping) {
          m.nak();
          continue;
        }
        await this.handle(m);
      }
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.loop?.stop();
  }

  private async handle(m: JsMsg): Promise<void> {
    const name = m.subject.slice(this.ns.subject(`${DOMAIN_EVENT_PREFIX}.`).length);
    const undo = name === MERGE_EVENTS.undoRequested;
    if (name !== MERGE_EVENTS.requested && !undo) {
      m.ack();
      return;
    }
    let body: { mergeId?: unknown; sourcePatientId?: unknown; targetPatientId?: unknown };
    try {
      body = m.json();
    } catch {
      m.term();
      return;
    }
    const { mergeId, sourcePatientId, targetPatientId } = body;
    if (typeof mergeId !== 'string' || typeof sourcePatientId !== 'string' || typeof targetPatientId !== 'string') {
      m.term();
      return;
    }
    const answer: MergeAnswer = undo ? 'undone' : 'applied';
    try {
      const counts = await this.orm.em.fork().transactional((em) =>
        (undo ? undoMerge : applyMerge)(em, this.schema, this.opts.tables, this.opts.marker, mergeId, sourcePatientId, targetPatientId));
      await this.answer(mergeId, answer, counts);
      m.ack();
    } catch (err) {
      const code = err instanceof Error ? err.name : 'error';
      if (m.info.deliveryCount >= MERGE_MAX_DELIVERIES) {
        this.logger.error(`merge ${mergeId}: ${answer === 'applied' ? 'apply' : 'undo'} failed ${m.info.deliveryCount} times (${code}); answering failed`);
        try {
          await this.answer(mergeId, 'failed', { moved: {}, superseded: {} }, code);
          m.ack();
        } catch {
          m.nak(30_000);
        }
        return;
      }
      this.logger.warn(`merge ${mergeId}: ${answer === 'applied' ? 'apply' : 'undo'} failed (${code}); it comes again`);
      m.nak(Math.min(30_000, 500 * 2 ** m.info.deliveryCount));
    }
  }

  private async answer(mergeId: string, answer: MergeAnswer, counts: MergeCounts, error?: string): Promise<void> {
    const event: MergeAnswerEvent = {
      mergeId, service: this.opts.service, moved: counts.moved, superseded: counts.superseded, ...(error ? { error } : {}), occurredAt: new Date().toISOString(),
    };
    await publishDomainEvent(this.js, this.ns, mergeAnswerEvent(this.opts.service, answer), event, `${mergeId}:${this.opts.service}:${answer}`);
  }
}

/**
 * A service's merge participant as a Nest provider: the runner on the app's NATS connection and ORM, started at
 * bootstrap and stopped before shutdown. `providers: [mergeParticipant({ service, tables, marker })]`.
 */
export function mergeParticipant(opts: MergeParticipantOptions): Type<MergeParticipantRunner> {
  @Injectable()
  class Participant extends MergeParticipantRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
    constructor(@Inject(NATS_CONNECTION) nc: NatsConnection, @Inject(JETSTREAM) js: JetStreamClient, ns: NatsNamespace, orm: MikroORM) {
      super(nc, js, ns, orm, opts);
    }

    onApplicationBootstrap(): void {
      this.start();
    }

    async beforeApplicationShutdown(): Promise<void> {
      await this.stop();
    }
  }
  Object.defineProperty(Participant, 'name', { value: `MergeParticipant(${opts.service})` });
  return Participant;
}

/** The mark of the services that keep `patient_state` (record's table and functions, shared-contracts §3). */
export const PATIENT_STATE_MARKER: MergeMarker = {
  mark: (em, schema, sourceId, targetId) => markPatientMerged(em, schema, sourceId, targetId, new Date()),
  clear: (em, schema, sourceId) => clearPatientMerged(em, schema, sourceId),
};

/** `<schema>.merge_journal` (MERGE_JOURNAL_DDL), listed in the entities of each participant so the schema diff agrees. */
export const MergeJournalSchema = defineEntity({
  name: 'MergeJournal',
  tableName: 'merge_journal',
  properties: {
    mergeId: p.uuid().primary(),
    tableName: p.text().primary(),
    rowId: p.text().primary(),
    /** `moved`, `superseded` (left on the source: the target held its unique key) or `marked` (the source's mark). */
    action: p.string().length(16),
    movedBack: p.boolean().default(false),
    journalledAt: p.datetime().defaultRaw('now()'),
    undoneAt: p.datetime().nullable(),
  },
});
