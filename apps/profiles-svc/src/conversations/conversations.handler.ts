import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern, Meta, type RpcAuditSpec } from '@pg/audit';
import {
  AppendMessageRequest, CreateConversationRequest, GetConversationRequest, ListConversationsRequest, PROFILES, RecentConversationTurnsRequest,
  SearchConversationsRequest, type RequestMeta,
} from '@pg/contracts';
import { ConversationsService } from './conversations.service.js';

/** What a read of the last turns records (also as a part of the assistant's view). */
export const CONVERSATION_RECENT_AUDIT = { pattern: PROFILES.conversationRecent, action: 'read', resource: 'conversation-turns' } as const satisfies RpcAuditSpec;

@Controller()
export class ConversationsHandler {
  constructor(private readonly conversations: ConversationsService) {}

  @AuditedPattern({ pattern: PROFILES.conversationCreate, action: 'create', resource: 'conversation' })
  create(@Payload() req: CreateConversationRequest, @Meta() meta: RequestMeta) {
    return this.conversations.create(meta, req.patientId, req.body);
  }

  @AuditedPattern({ pattern: PROFILES.conversationList, action: 'search', resource: 'conversation', queryKeys: ['channel', 'limit'] })
  list(@Payload() req: ListConversationsRequest, @Meta() meta: RequestMeta) {
    return this.conversations.list(meta, req.patientId, req.query);
  }

  @AuditedPattern({ pattern: PROFILES.conversationGet, action: 'read', resource: 'conversation', idKey: 'conversationId' })
  get(@Payload() req: GetConversationRequest, @Meta() meta: RequestMeta) {
    return this.conversations.get(meta, req.patientId, req.conversationId, req.query);
  }

  @AuditedPattern({ pattern: PROFILES.messageAppend, action: 'create', resource: 'conversation-message' })
  append(@Payload() req: AppendMessageRequest, @Meta() meta: RequestMeta) {
    return this.conversations.append(meta, req.patientId, req.conversationId, req.body);
  }

  /** `q` is PHI: only channel and limit are recorded with the search (queryKeys). */
  @AuditedPattern({ pattern: PROFILES.conversationSearch, action: 'search', resource: 'conversation-message', queryKeys: ['channel', 'limit'] })
  search(@Payload() req: SearchConversationsRequest, @Meta() meta: RequestMeta) {
    return this.conversations.search(meta, req.patientId, req.query);
  }

  @AuditedPattern(CONVERSATION_RECENT_AUDIT)
  recent(@Payload() req: RecentConversationTurnsRequest, @Meta() meta: RequestMeta) {
    return this.conversations.recent(meta, req.patientId, req.limit);
  }
}
