import { Controller, Get, Param, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { composePatientContext } from '@pg/client';
import { PatientIdParamDto, type PatientContextDto } from '@pg/contracts';
import { NatsRpcClient } from '@pg/messaging';
import { Requires } from '../access/requires.decorator.js';
import { actorOf } from '../http/forwarder.service.js';
import type { GatewayRequest } from '../http/gateway-request.js';

/** How long the view waits for one part: a service that does not answer is left out, not waited for. */
const PART_TIMEOUT_MS = 2000;

/**
 * The assistant's view (API.md): composed by libs/client's composer, each part an ordinary request to the service
 * that owns it, signed as the caller for that part's pattern and audited there.
 */
@ApiTags('context')
@Controller('v1/patients/:patientId')
export class ContextController {
  constructor(private readonly rpc: NatsRpcClient) {}

  @Get('context')
  @Requires('read', 'Patient')
  @ApiOkResponse({ description: '`{ patientId, date, profile, conditions, medications, protocols, biomarkers, wearables, conversation, omitted: [{ part, reason: forbidden|unavailable }] }`.' })
  async get(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto): Promise<{ data: PatientContextDto; meta: Record<string, unknown> }> {
    const actor = actorOf(req);
    const tp = req.headers.traceparent;
    const data = await composePatientContext(
      (pattern, payload) => this.rpc.request(pattern, payload, actor, {
        requestId: String(req.id), timeoutMs: PART_TIMEOUT_MS, ...(typeof tp === 'string' && /^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/.test(tp) ? { traceparent: tp } : {}),
      }),
      params.patientId,
      { actor },
    );
    return { data, meta: {} };
  }
}
