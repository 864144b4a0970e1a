import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  defineAbilityFor, pickFields, readableFields, requirePatientAccess, requireReadableQuery, type AppAbility,
} from '@pg/access';
import {
  CONVERSATION_ALL_FIELDS, CONVERSATION_LIST_FIELDS, CONVERSATION_SEARCH_FIELDS, DomainException, isUuid, MESSAGE_JSON_MAX_BYTES, Role,
  type AppendMessageDto, type ConversationDetailDto, type ConversationDto, type ConversationMessagesQueryDto, type ConversationSearchHitDto,
  type ConversationTurnDto, type CreateConversationDto, type ListConversationsQueryDto, type MessageDto, type MessageRole, type Page, type RequestMeta,
  type SearchConversationsQueryDto,
} from '@pg/contracts';
import { PatientRepository } from '../patients/patient.repository.js';
import { survivorReadableBy } from '../patients/survivor-readable.js';
import { ConversationRepository } from './conversation.repository.js';

/**
 * Who may speak as whom: a patient as the patient, a clinician as a clinician, the assistant (a service principal)
 * as the assistant or the system. A principal holding several roles may use each of theirs.
 */
const MESSAGE_ROLES_OF: Partial<Record<Role, readonly MessageRole[]>> = {
  [Role.patient]: ['patient'],
  [Role.clinician]: ['clinician'],
  [Role.service]: ['assistant', 'system'],
};

const RECENT_TURNS_DEFAULT = 20;

/**
 * Conversations of a patient: created and appended to by the patient, their clinicians and the assistant. After the
 * record-level check, the patient must exist and not be soft-deleted (404 like the patient).
 */
@Injectable()
export class ConversationsService {
  constructor(private readonly conversations: ConversationRepository, private readonly patients: PatientRepository) {}

  /** The conversation as created: what the caller sent plus its id (a writer without read, the assistant, needs the id). */
  async create(meta: RequestMeta, patientId: string, body: CreateConversationDto): Promise<ConversationDto> {
    requirePatientAccess(defineAbilityFor(meta.actor), 'create', 'Conversation', patientId);
    await this.patients.requireLive(patientId, survivorReadableBy(meta.actor));
    return this.conversations.create({
      id: randomUUID(), patientId, channel: body.channel, title: body.title ?? null, createdBy: principalOf(meta), at: new Date(),
    });
  }

  async list(meta: RequestMeta, patientId: string, query: ListConversationsQueryDto): Promise<Page<Partial<ConversationDto>>> {
    const ability = defineAbilityFor(meta.actor);
    const scope = requirePatientAccess(ability, 'read', 'Conversation', patientId);
    await this.patients.requireLive(patientId, survivorReadableBy(meta.actor));
    requireReadableQuery(ability, 'Conversation', CONVERSATION_LIST_FIELDS, query);
    const page = await this.conversations.list(scope, patientId, { ...(query.channel ? { channel: query.channel } : {}) }, query);
    return { ...page, items: page.items.map((c) => this.view(ability, c)) };
  }

  /** The conversation with one page of its messages; a role that may not read messages (coordinator) gets none. */
  async get(meta: RequestMeta, patientId: string, conversationId: string, query: ConversationMessagesQueryDto = {}): Promise<Partial<ConversationDetailDto>> {
    const ability = defineAbilityFor(meta.actor);
    const scope = requirePatientAccess(ability, 'read', 'Conversation', patientId);
    await this.patients.requireLive(patientId, survivorReadableBy(meta.actor));
    // A forged cursor is a 400 whether or not the conversation exists.
    const afterSeq = this.conversations.messageCursor(query.cursor);
    const conversation = await this.conversations.get(scope, patientId, conversationId);
    if (!conversation) throw DomainException.notFound('Conversation');
    const view: Partial<ConversationDetailDto> = this.view(ability, conversation);
    if (this.mayReadContent(ability, patientId)) {
      const page = await this.conversations.messagePage(conversationId, { ...query, ...(afterSeq !== undefined ? { afterSeq } : {}) });
      view.messages = page.items;
      view.messagesNextCursor = page.nextCursor;
    }
    return view;
  }

  async append(meta: RequestMeta, patientId: string, conversationId: string, body: AppendMessageDto): Promise<MessageDto> {
    const scope = requirePatientAccess(defineAbilityFor(meta.actor), 'create', 'Conversation', patientId);
    await this.patients.requireLive(patientId, survivorReadableBy(meta.actor));
    // Another patient's conversation (or none) is 404 before anything about the message is judged.
    if (!(await this.conversations.exists(scope, patientId, conversationId))) throw DomainException.notFound('Conversation');
    const mayUse = new Set(meta.actor.roles.flatMap((r) => MESSAGE_ROLES_OF[r] ?? []));
    if (!mayUse.has(body.role)) {
      throw DomainException.forbidden('Not allowed to post with this role', [{ field: 'role', message: `this principal may post as ${[...mayUse].join(', ') || 'no role'}` }]);
    }
    const tooLarge = (['toolCalls', 'toolResults', 'metadata'] as const).filter((k) => body[k] !== undefined && Buffer.byteLength(JSON.stringify(body[k])) > MESSAGE_JSON_MAX_BYTES);
    if (tooLarge.length) throw DomainException.validation(tooLarge.map((field) => ({ field, message: `${field} must be at most ${MESSAGE_JSON_MAX_BYTES} bytes as JSON` })));
    const now = new Date();
    const message = await this.conversations.append(patientId, conversationId, {
      id: randomUUID(),
      role: body.role,
      content: body.content,
      at: body.at ? new Date(body.at) : now,
      sessionId: body.sessionId ?? null,
      toolCalls: body.toolCalls,
      toolResults: body.toolResults,
      metadata: body.metadata,
      authorId: principalOf(meta),
      createdAt: now,
    });
    if (!message) throw DomainException.notFound('Conversation');
    return message;
  }

  /** Full-text search within one patient's conversations, best match first. The query text is never recorded. */
  async search(meta: RequestMeta, patientId: string, query: SearchConversationsQueryDto): Promise<Page<ConversationSearchHitDto>> {
    const ability = defineAbilityFor(meta.actor);
    const scope = requirePatientAccess(ability, 'read', 'Conversation', patientId);
    await this.patients.requireLive(patientId, survivorReadableBy(meta.actor));
    requireReadableQuery(ability, 'Conversation', CONVERSATION_SEARCH_FIELDS, query);
    return this.conversations.search(scope, patientId, { q: query.q, ...(query.channel ? { channel: query.channel } : {}) }, query);
  }

  /** PROFILES.conversationRecent: the last turns, for the assistant's view. */
  async recent(meta: RequestMeta, patientId: string, limit = RECENT_TURNS_DEFAULT): Promise<{ data: ConversationTurnDto[] }> {
    const ability = defineAbilityFor(meta.actor);
    const scope = requirePatientAccess(ability, 'read', 'Conversation', patientId);
    return {
      data: await this.patients.whileLive(patientId, survivorReadableBy(meta.actor), () => {
        if (!this.mayReadContent(ability, patientId)) throw DomainException.forbidden('Not allowed to read conversation content');
        return this.conversations.recent(scope, patientId, limit);
      }),
    };
  }

  private mayReadContent(ability: AppAbility, patientId: string): boolean {
    return readableFields(ability, 'Conversation', { patientId }, CONVERSATION_ALL_FIELDS).includes('messages');
  }

  private view<T extends ConversationDto>(ability: AppAbility, c: T): Partial<T> {
    return pickFields(c, readableFields(ability, 'Conversation', { patientId: c.patientId }, CONVERSATION_ALL_FIELDS));
  }
}

function principalOf(meta: RequestMeta): string | null {
  return isUuid(meta.actor.principalId) ? meta.actor.principalId : null;
}
