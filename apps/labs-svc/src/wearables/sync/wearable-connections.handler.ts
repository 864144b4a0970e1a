import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern, Meta } from '@pg/audit';
import {
  CreateWearableConnectionRequest, DeleteWearableConnectionRequest, LABS, ListWearableConnectionsRequest, OuraWebhookChallengeRequest, OuraWebhookRequest,
  WearableOauthCallbackRequest, type RequestMeta,
} from '@pg/contracts';
import { OuraWebhookService } from './oura-webhook.service.js';
import { WearableConnectionsService } from './wearable-connections.service.js';

@Controller()
export class WearableConnectionsHandler {
  constructor(
    private readonly connections: WearableConnectionsService,
    private readonly oura: OuraWebhookService,
  ) {}

  @AuditedPattern({ pattern: LABS.wearableConnectionCreate, action: 'create', resource: 'wearable-connection' })
  create(@Payload() req: CreateWearableConnectionRequest, @Meta() meta: RequestMeta) {
    return this.connections.authorize(meta, req.patientId, req.body.provider);
  }

  @AuditedPattern({ pattern: LABS.wearableConnectionList, action: 'search', resource: 'wearable-connection', queryKeys: [] })
  async list(@Payload() req: ListWearableConnectionsRequest, @Meta() meta: RequestMeta) {
    const items = await this.connections.list(meta, req.patientId);
    return { items, nextCursor: null, limit: items.length };
  }

  @AuditedPattern({ pattern: LABS.wearableConnectionDelete, action: 'delete', resource: 'wearable-connection', idKey: 'connectionId' })
  delete(@Payload() req: DeleteWearableConnectionRequest, @Meta() meta: RequestMeta) {
    return this.connections.disconnect(meta, req.patientId, req.connectionId);
  }

  /** The vendor's redirect: no actor context; the single-use state authenticates it (and names who is recorded). */
  @AuditedPattern({ pattern: LABS.wearableOauthCallback, action: 'create', resource: 'wearable-connection', selfAuthenticated: true })
  callback(@Payload() req: WearableOauthCallbackRequest) {
    return this.connections.callback(req.provider, req.query);
  }

  /** Oura's webhook: authenticated by its HMAC signature. */
  @AuditedPattern({ pattern: LABS.wearableWebhookOura, action: 'update', resource: 'wearable-connection', idKey: 'connectionId', selfAuthenticated: true })
  ouraWebhook(@Payload() req: OuraWebhookRequest) {
    return this.oura.receive(req);
  }

  @AuditedPattern({ pattern: LABS.wearableWebhookOuraChallenge, action: 'read', resource: 'wearable-webhook', selfAuthenticated: true })
  ouraChallenge(@Payload() req: OuraWebhookChallengeRequest) {
    return this.oura.challenge(req.query.verification_token, req.query.challenge);
  }
}
