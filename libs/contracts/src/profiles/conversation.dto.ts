import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../page.js';
import type { QueryFieldRules } from '../query-fields.js';
import { IsZonedDateTime } from '../validators.js';
import { PatientIdParamDto } from './patient.dto.js';

export const CONVERSATION_CHANNELS = ['app', 'sms', 'email', 'voice', 'web', 'assistant'] as const;
export type ConversationChannel = (typeof CONVERSATION_CHANNELS)[number];
export const MESSAGE_ROLES = ['patient', 'assistant', 'clinician', 'system'] as const;
export type MessageRole = (typeof MESSAGE_ROLES)[number];

/** The longest message text (characters). */
export const MESSAGE_MAX_CHARS = 20_000;
/** The most bytes a message's toolCalls, toolResults or metadata may take as JSON. */
export const MESSAGE_JSON_MAX_BYTES = 32_768;

const TEXT = /^[^\p{Cc}\p{Cs}]*$/u;
/** Message text: line breaks and tabs are text; other control characters are not. */
const MESSAGE_TEXT = /^[^\p{Cs}\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]*$/u;
const SESSION_ID = /^[A-Za-z0-9_.:-]{1,100}$/;

/**
 * What a coordinator may read of a conversation: that it exists, on which channel, since when, with how many
 * messages; never its title or a message (docs/rbac.md, field rules).
 */
export const CONVERSATION_EXISTENCE_FIELDS = ['id', 'patientId', 'channel', 'createdAt', 'messageCount'] as const;
export const CONVERSATION_ALL_FIELDS = [...CONVERSATION_EXISTENCE_FIELDS, 'title', 'lastMessageAt', 'updatedAt', 'messages', 'content'] as const;

export class CreateConversationDto {
  @IsIn(CONVERSATION_CHANNELS) channel!: ConversationChannel;
  @IsOptional() @IsString() @Length(1, 200) @Matches(TEXT, { message: 'title must not hold control characters' }) title?: string;
}

export class AppendMessageDto {
  @IsIn(MESSAGE_ROLES) role!: MessageRole;
  @IsString() @Length(1, MESSAGE_MAX_CHARS) @Matches(MESSAGE_TEXT, { message: 'content must not hold control characters other than line breaks and tabs' }) content!: string;
  /** When it was said; defaults to when it was received. */
  @IsOptional() @IsZonedDateTime() at?: string;
  @IsOptional() @IsString() @Matches(SESSION_ID, { message: 'sessionId must be 1–100 letters, digits or _.:-' }) sessionId?: string;
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsObject({ each: true }) toolCalls?: Record<string, unknown>[];
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsObject({ each: true }) toolResults?: Record<string, unknown>[];
  @IsOptional() @IsObject() metadata?: Record<string, unknown>;
}

export class ListConversationsQueryDto extends PageQueryDto {
  @IsOptional() @IsIn(CONVERSATION_CHANNELS) channel?: ConversationChannel;
}
export const CONVERSATION_LIST_FIELDS: QueryFieldRules<ListConversationsQueryDto> = {
  filters: { channel: ['channel'] },
  order: ['createdAt', 'id'],
};

export class ConversationMessagesQueryDto extends PageQueryDto {
  /** `asc` (default): oldest first; `desc`: newest first. */
  @IsOptional() @IsIn(['asc', 'desc']) order?: 'asc' | 'desc';
}

export class SearchConversationsQueryDto extends PageQueryDto {
  /** Words to find (web-search syntax: `"a phrase"`, `-not`, `or`). PHI: never recorded in the audit trail or logs. */
  @IsString() @Length(1, 200) @Matches(TEXT, { message: 'q must not hold control characters' }) q!: string;
  @IsOptional() @IsIn(CONVERSATION_CHANNELS) channel?: ConversationChannel;
}
/** A search reads content through every parameter: `channel` narrows which messages' text is matched, the order is the rank. */
export const CONVERSATION_SEARCH_FIELDS: QueryFieldRules<SearchConversationsQueryDto> = {
  filters: { q: ['content'], channel: ['channel', 'content'] },
  order: ['content', 'id'],
};

export interface ConversationDto {
  id: string;
  patientId: string;
  channel: ConversationChannel;
  title: string | null;
  messageCount: number;
  lastMessageAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface MessageDto {
  id: string;
  conversationId: string;
  patientId: string;
  seq: number;
  role: MessageRole;
  content: string;
  at: string;
  sessionId?: string;
  toolCalls?: Record<string, unknown>[];
  toolResults?: Record<string, unknown>[];
  metadata?: Record<string, unknown>;
  createdAt: string;
}

/** A conversation with one page of its messages (`messagesNextCursor` pages on). */
export interface ConversationDetailDto extends ConversationDto {
  messages: MessageDto[];
  messagesNextCursor: string | null;
}

export interface ConversationSearchHitDto {
  id: string;
  patientId: string;
  conversationId: string;
  channel: ConversationChannel;
  role: MessageRole;
  at: string;
  content: string;
  rank: number;
}

/** One turn of PROFILES.conversationRecent (the assistant's view): newest first. */
export interface ConversationTurnDto {
  conversationId: string;
  channel: ConversationChannel;
  role: MessageRole;
  content: string;
  at: string;
  sessionId?: string;
}

export class ConversationIdParamDto extends PatientIdParamDto {
  @IsUUID('all', { message: 'conversationId must be a UUID' }) conversationId!: string;
}

export class CreateConversationRequest extends PatientIdParamDto {
  @ValidateNested() @Type(() => CreateConversationDto) @IsNotEmpty() body!: CreateConversationDto;
}
export class ListConversationsRequest extends PatientIdParamDto {
  @ValidateNested() @Type(() => ListConversationsQueryDto) @IsNotEmpty() query!: ListConversationsQueryDto;
}
export class GetConversationRequest extends ConversationIdParamDto {
  @IsOptional() @ValidateNested() @Type(() => ConversationMessagesQueryDto) query?: ConversationMessagesQueryDto;
}
export class AppendMessageRequest extends ConversationIdParamDto {
  @ValidateNested() @Type(() => AppendMessageDto) @IsNotEmpty() body!: AppendMessageDto;
}
export class SearchConversationsRequest extends PatientIdParamDto {
  @ValidateNested() @Type(() => SearchConversationsQueryDto) @IsNotEmpty() query!: SearchConversationsQueryDto;
}
/** PROFILES.conversationRecent: `{ patientId, limit }` → `{ data: ConversationTurnDto[] }`, newest first. */
export class RecentConversationTurnsRequest extends PatientIdParamDto {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit?: number;
}
