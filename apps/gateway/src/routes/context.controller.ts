import { Controller, Get, Param, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { composePatientContext } from '@pg/client';
import { PatientIdParamDto, type PatientContextDto } from '@pg/contracts';
import { Requires } from '../access/requires.decorator.js';
import { actorOf, Forwarder } from '../http/forwarder.service.js';
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
  constructor(private readonly forward: Forwarder) {}

  @Get('context')
  @Requires('read', 'Patient')
  @ApiOkResponse({ description: '`{ patientId, date, profile, conditions, medications, protocols, biomarkers, wearables, conversation, omitted: [{ part, reason: forbidden|unavailable }] }`.' })
  async get(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto): Promise<{ data: PatientContextDto; meta: Record<string, unknown> }> {
    // Through the Forwarder: a part's refusal (the profile's NOT_FOUND ends the view) is the service's, already recorded.
    const data = await composePatientContext(
      (pattern, payload) => this.forward.reply(req, pattern, payload, { timeoutMs: PART_TIMEOUT_MS }),
      params.patientId,
      { actor: actorOf(req) },
    );
    return { data, meta: {} };
  }
}
