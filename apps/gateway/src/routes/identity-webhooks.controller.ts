import { Controller, Headers, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBody, ApiExtension, ApiHeader, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DomainException, IDENTITY, type IdentityWebhookReceiptDto } from '@pg/contracts';
import { Public } from '../access/requires.decorator.js';
import { Forwarder } from '../http/forwarder.service.js';
import type { GatewayRequest } from '../http/gateway-request.js';

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * Identity partners' webhooks (docs/identity.md, "Webhooks"). As for Rimo, the gateway holds no partner secret: it
 * forwards the raw body and the signature headers untouched, and identity-svc checks them (401), the body (400) and
 * stores the delivery (2xx), recorded in the audit trail as the partner.
 */
@ApiTags('webhooks')
@Controller('v1/webhooks')
export class IdentityWebhooksController {
  constructor(private readonly forward: Forwarder) {}

  @Post('clerk')
  @Public()
  @HttpCode(200)
  @ApiHeader({ name: 'svix-id', required: true, description: 'The delivery id: a retry with the same id is `duplicate`' })
  @ApiHeader({ name: 'svix-timestamp', required: true, description: 'Unix seconds; more than 5 minutes away from now → 401' })
  @ApiHeader({ name: 'svix-signature', required: true, description: 'Space-separated `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` with the whsec_ secret' })
  @ApiBody({ description: 'A Clerk event `{ type: user.created | user.updated | user.deleted, data: { id, … } }`', schema: { type: 'object' } })
  @ApiOkResponse({ description: '`{ eventId, status: applied | duplicate | ignored }`' })
  @ApiResponse({ status: 400, description: 'VALIDATION_FAILED' })
  @ApiResponse({ status: 401, description: 'UNAUTHENTICATED: bad or missing signature, or stale timestamp' })
  @ApiExtension('x-signed-by', 'clerk')
  async clerk(
    @Req() req: GatewayRequest,
    @Headers('svix-id') id?: string | string[],
    @Headers('svix-timestamp') timestamp?: string | string[],
    @Headers('svix-signature') signature?: string | string[],
  ) {
    const raw = req.rawBody;
    if (!raw?.length) throw DomainException.validation([{ field: 'body', message: 'A JSON body is required' }]);
    const [svixId, svixTimestamp, svixSignature] = [first(id), first(timestamp), first(signature)];
    const receipt = await this.forward.sendUnauthenticated<IdentityWebhookReceiptDto>(req, IDENTITY.webhookClerk, {
      body: raw.toString('base64'), ...(svixId ? { svixId } : {}), ...(svixTimestamp ? { svixTimestamp } : {}), ...(svixSignature ? { svixSignature } : {}),
    });
    return { data: { eventId: receipt.eventId, status: receipt.status }, meta: {} };
  }

  @Post('bigcommerce')
  @Public()
  @HttpCode(200)
  @ApiHeader({ name: 'X-Webhook-Secret', required: true, description: 'The shared secret set in the webhook\'s `headers` at BigCommerce' })
  @ApiBody({ description: '`{ scope: store/customer/created|updated|deleted, store_id, data: { type, id }, hash, created_at }`', schema: { type: 'object' } })
  @ApiOkResponse({ description: '`{ eventId: <hash>, status: applied | duplicate | ignored }`' })
  @ApiResponse({ status: 400, description: 'VALIDATION_FAILED' })
  @ApiResponse({ status: 401, description: 'UNAUTHENTICATED: missing or wrong shared secret' })
  @ApiExtension('x-signed-by', 'bigcommerce')
  async bigcommerce(@Req() req: GatewayRequest, @Headers('x-webhook-secret') secret?: string | string[]) {
    const raw = req.rawBody;
    if (!raw?.length) throw DomainException.validation([{ field: 'body', message: 'A JSON body is required' }]);
    const s = first(secret);
    const receipt = await this.forward.sendUnauthenticated<IdentityWebhookReceiptDto>(req, IDENTITY.webhookBigcommerce, { body: raw.toString('base64'), ...(s ? { secret: s } : {}) });
    return { data: { eventId: receipt.eventId, status: receipt.status }, meta: {} };
  }
}
