import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  CreateWearableConnectionDto, DomainException, LABS, OuraWebhookChallengeQueryDto, PatientIdParamDto, WearableConnectionIdParamDto, WearableOauthCallbackQueryDto,
  WearableProviderParamDto, type WearableAuthorizationDto, type WearableConnectionDto, type WearableOauthCallbackDto,
} from '@pg/contracts';
import { Public, Requires } from '../access/requires.decorator.js';
import { Forwarder } from '../http/forwarder.service.js';
import type { GatewayRequest } from '../http/gateway-request.js';

/**
 * Vendor connections (labs-svc, docs/wearables.md "Connections and sync"): connect (the vendor's consent URL),
 * list with sync state, disconnect; the vendor's OAuth redirect and Oura's webhook, which carry no token and are
 * authenticated by labs-svc (the single-use state; the HMAC signature).
 */
@ApiTags('wearables')
@Controller('v1')
export class WearableConnectionsController {
  constructor(private readonly forward: Forwarder) {}

  @Post('patients/:patientId/wearables/connections')
  @HttpCode(201)
  @Requires('create', 'Wearable', { body: CreateWearableConnectionDto })
  @ApiResponse({ status: 201, description: '`{ provider, authorizationUrl, expiresAt }`: send the browser to authorizationUrl (its state is single-use and expires).' })
  @ApiResponse({ status: 422, description: 'UNPROCESSABLE: the provider is not configured in this deployment' })
  connect(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Body() body: CreateWearableConnectionDto) {
    return this.forward.send<WearableAuthorizationDto>(req, LABS.wearableConnectionCreate, { patientId: params.patientId, body });
  }

  @Get('patients/:patientId/wearables/connections')
  @Requires('read', 'Wearable', { list: true })
  @ApiOkResponse({ description: 'Connections with their sync state (last sync, its status and counts, next sync). Coordinators get the status fields only. Never tokens.' })
  list(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto) {
    return this.forward.page<WearableConnectionDto>(req, LABS.wearableConnectionList, { patientId: params.patientId });
  }

  @Delete('patients/:patientId/wearables/connections/:connectionId')
  @Requires('delete', 'Wearable')
  @ApiOkResponse({ description: 'Disconnected: tokens deleted, `revoked` says whether the vendor confirmed the revocation (Dexcom has no revocation endpoint).' })
  disconnect(@Req() req: GatewayRequest, @Param() params: WearableConnectionIdParamDto) {
    return this.forward.send<WearableConnectionDto & { revoked: boolean }>(req, LABS.wearableConnectionDelete, { patientId: params.patientId, connectionId: params.connectionId });
  }

  /**
   * The vendor's redirect after consent. No JWT: labs-svc checks the state (issued by the connect, bound to the
   * patient and principal, single use, expiring) and records the connect as that principal's.
   */
  // API.md writes the path `/v1/wearables/oauth/callback/{provider}`: both answer (the redirect URI labs-svc sends is the first).
  @Get(['wearables/oauth/:provider/callback', 'wearables/oauth/callback/:provider'])
  @Public()
  @Header('Cache-Control', 'no-store')
  @ApiResponse({ status: 200, description: '`{ connectionId, patientId, provider, status }`, or a 302 to WEARABLE_CONNECT_RETURN_URL when set.' })
  @ApiResponse({ status: 401, description: 'UNAUTHENTICATED: unknown, used or expired state' })
  async callback(@Req() req: GatewayRequest, @Param() params: WearableProviderParamDto, @Query() query: WearableOauthCallbackQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const data = await this.forward.sendUnauthenticated<WearableOauthCallbackDto>(req, LABS.wearableOauthCallback, { provider: params.provider, query });
    if (data.redirectTo) {
      reply.redirect(data.redirectTo, 302);
      return;
    }
    const { redirectTo: _none, ...rest } = data;
    return { data: rest, meta: {} };
  }

  /** Oura's subscription check: answers `{ challenge }` as Oura expects it (no envelope). */
  @Get('webhooks/oura')
  @Public()
  @ApiResponse({ status: 200, description: '`{ challenge }` when the verification token is ours; 401 otherwise.' })
  ouraChallenge(@Req() req: GatewayRequest, @Query() query: OuraWebhookChallengeQueryDto) {
    return this.forward.sendUnauthenticated<{ challenge: string }>(req, LABS.wearableWebhookOuraChallenge, { query });
  }

  /** Oura's notification: verified by labs-svc against the exact bytes received (`x-oura-signature`, `x-oura-timestamp`). */
  @Post('webhooks/oura')
  @Public()
  @HttpCode(200)
  @ApiResponse({ status: 200, description: '`{ received: true, duplicate }`: a redelivery is answered 200 and does nothing.' })
  @ApiResponse({ status: 401, description: 'UNAUTHENTICATED: missing or wrong signature, or a timestamp outside the window' })
  async ouraWebhook(@Req() req: GatewayRequest) {
    const raw = (req as unknown as { rawBody?: Buffer }).rawBody;
    if (!raw) throw DomainException.validation([{ field: 'body', message: 'a JSON body is required' }]);
    const header = (name: string) => {
      const v = req.headers[name];
      return typeof v === 'string' ? v : undefined;
    };
    const signature = header('x-oura-signature');
    const timestamp = header('x-oura-timestamp');
    const data = await this.forward.sendUnauthenticated<{ received: true; duplicate: boolean }>(req, LABS.wearableWebhookOura, {
      body: raw.toString('utf8'), ...(signature ? { signature } : {}), ...(timestamp ? { timestamp } : {}),
    });
    return { data: { received: data.received, duplicate: data.duplicate }, meta: {} };
  }
}
