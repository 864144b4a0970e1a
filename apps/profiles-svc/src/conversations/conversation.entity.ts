import { defineEntity, p } from '@mikro-orm/core';

/**
 * A conversation and its messages. `message_count` is the sequence of the last message: appending takes the next
 * number under the conversation's row lock, so (conversation, seq) pages in constant time. `search` is generated
 * by PostgreSQL from `content` (english `tsvector`, GIN-indexed). Read and written through SQL in
 * ConversationRepository; declared so the ORM's schema diff agrees with the migration (tested).
 */
export const ConversationSchema = defineEntity({
  name: 'Conversation',
  tableName: 'conversation',
  indexes: [{ name: 'conversation_patient_idx', properties: ['patientId', 'createdAt', 'id'] }],
  properties: {
    id: p.uuid().primary(),
    patientId: p.uuid(),
    channel: p.string().length(16),
    title: p.string().length(200).nullable(),
    messageCount: p.integer().default(0),
    lastMessageAt: p.datetime().nullable(),
    createdBy: p.uuid().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});
export class Conversation extends ConversationSchema.class {}
ConversationSchema.setClass(Conversation);

export const ConversationMessageSchema = defineEntity({
  name: 'ConversationMessage',
  tableName: 'conversation_message',
  indexes: [
    { name: 'conversation_message_patient_at_idx', properties: ['patientId', 'at', 'id'] },
    { name: 'conversation_message_search_idx', expression: 'create index "conversation_message_search_idx" on "conversation_message" using gin ("search")' },
  ],
  uniques: [{ name: 'conversation_message_seq_key', properties: ['conversationId', 'seq'] }],
  properties: {
    id: p.uuid().primary(),
    conversationId: p.uuid(),
    patientId: p.uuid(),
    seq: p.integer(),
    role: p.string().length(16),
    content: p.string().columnType('text'),
    at: p.datetime(),
    sessionId: p.string().length(100).nullable(),
    toolCalls: p.json<Record<string, unknown>[]>().nullable(),
    toolResults: p.json<Record<string, unknown>[]>().nullable(),
    metadata: p.json<Record<string, unknown>>().nullable(),
    authorId: p.uuid().nullable(),
    createdAt: p.datetime(),
    search: p.string().columnType('tsvector').generated(`to_tsvector('english', "content") stored`).lazy().nullable(),
  },
});
export class ConversationMessage extends ConversationMessageSchema.class {}
ConversationMessageSchema.setClass(ConversationMessage);
