import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { PatientScope } from '@pg/access';
import {
  CursorCodec, DEFAULT_PAGE_LIMIT, isTimeIdCursor, isUuid, type ConversationChannel, type ConversationDto, type ConversationSearchHitDto,
  type ConversationTurnDto, type MessageDto, type MessageRole, type TimeIdCursor,
} from '@pg/contracts';
import { inScope } from '../patients/patient-scope.js';
import { Conversation, ConversationMessage } from './conversation.entity.js';

type Row<T, D extends keyof T> = Omit<T, D> & { [K in D]: string | Date };
type ConversationRow = Row<ConversationDto, 'createdAt' | 'updatedAt'> & { lastMessageAt: string | Date | null };
type MessageRow = Row<MessageDto, 'at' | 'createdAt'> & { sessionId: string | null; toolCalls: MessageDto['toolCalls'] | null; toolResults: MessageDto['toolResults'] | null; metadata: MessageDto['metadata'] | null };

const CONVERSATION_COLUMNS = [
  'c."id"', 'c."patient_id" as "patientId"', 'c."channel"', 'c."title"', 'c."message_count" as "messageCount"', 'c."last_message_at" as "lastMessageAt"',
  'c."created_at" as "createdAt"', 'c."updated_at" as "updatedAt"',
].join(', ');
const MESSAGE_COLUMNS = [
  'm."id"', 'm."conversation_id" as "conversationId"', 'm."patient_id" as "patientId"', 'm."seq"', 'm."role"', 'm."content"', 'm."at"',
  'm."session_id" as "sessionId"', 'm."tool_calls" as "toolCalls"', 'm."tool_results" as "toolResults"', 'm."metadata"', 'm."created_at" as "createdAt"',
].join(', ');

const iso = (v: string | Date) => new Date(v).toISOString();

function toConversation(r: ConversationRow): ConversationDto {
  return { ...r, messageCount: Number(r.messageCount), lastMessageAt: r.lastMessageAt ? iso(r.lastMessageAt) : null, createdAt: iso(r.createdAt), updatedAt: iso(r.updatedAt) };
}

function toMessage(r: MessageRow): MessageDto {
  return {
    id: r.id,
    conversationId: r.conversationId,
    patientId: r.patientId,
    seq: Number(r.seq),
    role: r.role,
    content: r.content,
    at: iso(r.at),
    ...(r.sessionId ? { sessionId: r.sessionId } : {}),
    ...(r.toolCalls ? { toolCalls: r.toolCalls } : {}),
    ...(r.toolResults ? { toolResults: r.toolResults } : {}),
    ...(r.metadata ? { metadata: r.metadata } : {}),
    createdAt: iso(r.createdAt),
  };
}

export interface NewMessage {
  id: string;
  role: MessageRole;
  content: string;
  at: Date;
  sessionId: string | null;
  toolCalls: unknown;
  toolResults: unknown;
  metadata: unknown;
  authorId: string | null;
  createdAt: Date;
}

const isSeqCursor = (v: unknown): v is [number] => Array.isArray(v) && v.length === 1 && Number.isInteger(v[0]) && (v[0] as number) >= 0;
type RankCursor = [number, string];
const isRankCursor = (v: unknown): v is RankCursor => Array.isArray(v) && v.length === 2 && typeof v[0] === 'number' && Number.isFinite(v[0]) && isUuid(v[1]);
const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

/**
 * Conversation queries in SQL. Every read takes the caller's scope. Messages page by (conversation, seq) — one
 * range scan of the unique index per page, however long the conversation — and search runs on the generated
 * `tsvector` column (GIN), ranked with ts_rank.
 */
@Injectable()
export class ConversationRepository {
  private readonly conversations: string;
  private readonly messages: string;

  constructor(private readonly em: EntityManager, private readonly cursors: CursorCodec) {
    const schema = (cls: typeof Conversation | typeof ConversationMessage) => {
      const meta = em.getMetadata().get(cls as typeof Conversation);
      return `"${meta.schema ?? em.config.get('schema')}"."${meta.tableName}"`;
    };
    this.conversations = schema(Conversation);
    this.messages = schema(ConversationMessage);
  }

  async create(c: { id: string; patientId: string; channel: ConversationChannel; title: string | null; createdBy: string | null; at: Date }): Promise<ConversationDto> {
    const [row] = await this.em.execute<ConversationRow[]>(
      `insert into ${this.conversations} as c ("id", "patient_id", "channel", "title", "message_count", "created_by", "created_at", "updated_at")
       values (?, ?, ?, ?, 0, ?, ?, ?) returning ${CONVERSATION_COLUMNS}`,
      [c.id, c.patientId, c.channel, c.title, c.createdBy, c.at, c.at],
    );
    return toConversation(row!);
  }

  async get(scope: PatientScope, patientId: string, id: string): Promise<ConversationDto | null> {
    if (!inScope(scope, patientId)) return null;
    const [row] = await this.em.execute<ConversationRow[]>(`select ${CONVERSATION_COLUMNS} from ${this.conversations} c where c."id" = ? and c."patient_id" = ?`, [id, patientId]);
    return row ? toConversation(row) : null;
  }

  async exists(scope: PatientScope, patientId: string, id: string): Promise<boolean> {
    if (!inScope(scope, patientId)) return false;
    const rows = await this.em.execute<{ id: string }[]>(`select c."id" from ${this.conversations} c where c."id" = ? and c."patient_id" = ?`, [id, patientId]);
    return rows.length > 0;
  }

  /** Newest first, by (createdAt, id). */
  async list(scope: PatientScope, patientId: string, f: { channel?: ConversationChannel }, page: { limit?: number; cursor?: string }) {
    const limit = page.limit ?? DEFAULT_PAGE_LIMIT;
    if (!inScope(scope, patientId)) return { items: [] as ConversationDto[], nextCursor: null, limit };
    const where = ['c."patient_id" = ?'];
    const params: unknown[] = [patientId];
    if (f.channel) {
      where.push('c."channel" = ?');
      params.push(f.channel);
    }
    const after = this.cursors.decode(page.cursor, isTimeIdCursor);
    if (after) {
      where.push('(c."created_at", c."id") < (?, ?)');
      params.push(new Date(after[0]), after[1]);
    }
    const rows = await this.em.execute<ConversationRow[]>(
      `select ${CONVERSATION_COLUMNS} from ${this.conversations} c where ${where.join(' and ')} order by c."created_at" desc, c."id" desc limit ?`, [...params, limit + 1],
    );
    const items = rows.slice(0, limit).map(toConversation);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? this.cursors.encode([last.createdAt, last.id] satisfies TimeIdCursor) : null, limit };
  }

  /**
   * Appends a message: the conversation's row is locked by the update that takes the next sequence number, so
   * concurrent appends get 1, 2, 3 … in the order they commit. Null when the conversation is not this patient's.
   */
  async append(patientId: string, conversationId: string, m: NewMessage): Promise<MessageDto | null> {
    const [next] = await this.em.execute<{ seq: number }[]>(
      `update ${this.conversations} set "message_count" = "message_count" + 1, "updated_at" = ?,
         "last_message_at" = greatest(coalesce("last_message_at", ?::timestamptz), ?::timestamptz)
       where "id" = ? and "patient_id" = ? returning "message_count" as "seq"`,
      [m.createdAt, m.at, m.at, conversationId, patientId],
    );
    if (!next) return null;
    const [row] = await this.em.execute<MessageRow[]>(
      `insert into ${this.messages} as m ("id", "conversation_id", "patient_id", "seq", "role", "content", "at", "session_id", "tool_calls", "tool_results", "metadata", "author_id", "created_at")
       values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?) returning ${MESSAGE_COLUMNS}`,
      [m.id, conversationId, patientId, next.seq, m.role, m.content, m.at, m.sessionId, json(m.toolCalls), json(m.toolResults), json(m.metadata), m.authorId, m.createdAt],
    );
    return toMessage(row!);
  }

  /** The sequence number a messages cursor stands for; a cursor this service did not make is a 400. */
  messageCursor(cursor: string | undefined): number | undefined {
    return this.cursors.decode(cursor, isSeqCursor)?.[0];
  }

  /** One page of a conversation's messages by sequence number, after `afterSeq` (the caller checked the conversation). */
  async messagePage(conversationId: string, page: { limit?: number; afterSeq?: number; order?: 'asc' | 'desc' }): Promise<{ items: MessageDto[]; nextCursor: string | null }> {
    const limit = page.limit ?? DEFAULT_PAGE_LIMIT;
    const desc = page.order === 'desc';
    const after = page.afterSeq === undefined ? undefined : [page.afterSeq];
    const rows = await this.em.execute<MessageRow[]>(
      `select ${MESSAGE_COLUMNS} from ${this.messages} m where m."conversation_id" = ?${after ? ` and m."seq" ${desc ? '<' : '>'} ?` : ''}
       order by m."seq" ${desc ? 'desc' : 'asc'} limit ?`,
      [conversationId, ...(after ? [after[0]] : []), limit + 1],
    );
    const items = rows.slice(0, limit).map(toMessage);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? this.cursors.encode([last.seq]) : null };
  }

  /** The last `limit` turns across the patient's conversations, oldest of them first. */
  async recent(scope: PatientScope, patientId: string, limit: number): Promise<ConversationTurnDto[]> {
    if (!inScope(scope, patientId)) return [];
    const rows = await this.em.execute<(MessageRow & { channel: ConversationChannel })[]>(
      `select m."conversation_id" as "conversationId", c."channel", m."role", m."content", m."at", m."session_id" as "sessionId"
       from ${this.messages} m join ${this.conversations} c on c."id" = m."conversation_id"
       where m."patient_id" = ? order by m."at" desc, m."id" desc limit ?`,
      [patientId, limit],
    );
    return rows.reverse().map((r) => ({
      conversationId: r.conversationId, channel: r.channel, role: r.role, content: r.content, at: iso(r.at), ...(r.sessionId ? { sessionId: r.sessionId } : {}),
    }));
  }

  /** Messages of the patient matching `q` (websearch syntax), best first: ts_rank, then id. */
  async search(scope: PatientScope, patientId: string, f: { q: string; channel?: ConversationChannel }, page: { limit?: number; cursor?: string }) {
    const limit = page.limit ?? DEFAULT_PAGE_LIMIT;
    if (!inScope(scope, patientId)) return { items: [] as ConversationSearchHitDto[], nextCursor: null, limit };
    const where = ['m."patient_id" = ?', 'm."search" @@ q.query'];
    const params: unknown[] = [f.q, patientId];
    if (f.channel) {
      where.push('c."channel" = ?');
      params.push(f.channel);
    }
    const after = this.cursors.decode(page.cursor, isRankCursor);
    if (after) {
      where.push('(ts_rank(m."search", q.query) < ?::real or (ts_rank(m."search", q.query) = ?::real and m."id" > ?))');
      params.push(after[0], after[0], after[1]);
    }
    const rows = await this.em.execute<(Row<ConversationSearchHitDto, 'at'> & { rank: number })[]>(
      `select m."id", m."patient_id" as "patientId", m."conversation_id" as "conversationId", c."channel", m."role", m."at", m."content",
              ts_rank(m."search", q.query) as "rank"
       from ${this.messages} m join ${this.conversations} c on c."id" = m."conversation_id", websearch_to_tsquery('english', ?) as q(query)
       where ${where.join(' and ')} order by "rank" desc, m."id" asc limit ?`,
      [...params, limit + 1],
    );
    const items: ConversationSearchHitDto[] = rows.slice(0, limit).map((r) => ({ ...r, at: iso(r.at), rank: Number(r.rank) }));
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? this.cursors.encode([last.rank, last.id] satisfies RankCursor) : null, limit };
  }
}
