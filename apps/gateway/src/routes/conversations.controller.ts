import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  AppendMessageDto, CONVERSATION_LIST_FIELDS, CONVERSATION_SEARCH_FIELDS, ConversationIdParamDto, ConversationMessagesQueryDto, CreateConversationDto,
  ListConversationsQueryDto, PatientIdParamDto, PROFILES, SearchConversationsQueryDto,
  type ConversationDetailDto, type ConversationDto, type ConversationSearchHitDto, type MessageDto,
} from '@pg/contracts';
import { Requires } from '../access/requires.decorator.js';
import { Forwarder } from '../http/forwarder.service.js';
import type { GatewayRequest } from '../http/gateway-request.js';

/** A patient's conversations (profiles-svc): the patient, their clinicians and the assistant write in them. */
@ApiTags('conversations')
@Controller('v1/patients/:patientId/conversations')
export class ConversationsController {
  constructor(private readonly forward: Forwarder) {}

  @Get()
  @Requires('read', 'Conversation', { list: true, queryFields: CONVERSATION_LIST_FIELDS })
  @ApiOkResponse({ description: 'Conversations, newest first (`?channel=`). Coordinators see id, channel, createdAt and messageCount only.' })
  list(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Query() query: ListConversationsQueryDto) {
    return this.forward.page<Partial<ConversationDto>>(req, PROFILES.conversationList, { patientId: params.patientId, query });
  }

  @Post()
  @HttpCode(201)
  @Requires('create', 'Conversation', { body: CreateConversationDto })
  async create(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Body() body: CreateConversationDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const env = await this.forward.send<Partial<ConversationDto>>(req, PROFILES.conversationCreate, { patientId: params.patientId, body });
    reply.header('Location', `/v1/patients/${params.patientId}/conversations/${env.data.id}`);
    return env;
  }

  /** Declared before `:conversationId`: `search` is not an id. */
  @Get('search')
  @Requires('read', 'Conversation', { list: true, queryFields: CONVERSATION_SEARCH_FIELDS })
  @ApiOkResponse({ description: 'Messages matching `?q=` (web-search syntax), best match first (ts_rank); `?channel=`. The query text is not recorded in the audit trail.' })
  search(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Query() query: SearchConversationsQueryDto) {
    return this.forward.page<ConversationSearchHitDto>(req, PROFILES.conversationSearch, { patientId: params.patientId, query });
  }

  @Get(':conversationId')
  @Requires('read', 'Conversation')
  @ApiOkResponse({ description: 'The conversation with one page of messages (`?order=asc|desc`, `?limit=`, `?cursor=` from `messagesNextCursor`).' })
  get(@Req() req: GatewayRequest, @Param() params: ConversationIdParamDto, @Query() query: ConversationMessagesQueryDto) {
    return this.forward.send<Partial<ConversationDetailDto>>(req, PROFILES.conversationGet, { patientId: params.patientId, conversationId: params.conversationId, query });
  }

  @Post(':conversationId/messages')
  @HttpCode(201)
  @Requires('create', 'Conversation', { body: AppendMessageDto })
  @ApiResponse({ status: 201, description: 'The message with its sequence number. `role` must be one the caller may speak as (403 otherwise).' })
  append(@Req() req: GatewayRequest, @Param() params: ConversationIdParamDto, @Body() body: AppendMessageDto) {
    return this.forward.send<MessageDto>(req, PROFILES.messageAppend, { patientId: params.patientId, conversationId: params.conversationId, body });
  }
}
