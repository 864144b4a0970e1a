import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CreateMergeDto, DomainException, ErrorCode, IDENTITY, MergeIdParamDto, PatientIdParamDto, PROFILES, type MergeDto,
} from '@pg/contracts';
import { Requires } from '../access/requires.decorator.js';
import { Forwarder } from '../http/forwarder.service.js';
import type { GatewayRequest } from '../http/gateway-request.js';

/**
 * Merges (docs/identity.md, "Merges"; admin). The request is composed here: both patients must be live at
 * profiles-svc (read as the caller: a missing or deleted one is NOT_FOUND; one already merged is CONFLICT), then
 * identity-svc admits the merge and runs the saga.
 */
@ApiTags('identity')
@Controller('v1')
export class MergesController {
  constructor(private readonly forward: Forwarder) {}

  @Post('patients/:patientId/merge')
  @HttpCode(202)
  @Requires('merge', 'Patient')
  async create(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Body() body: CreateMergeDto) {
    for (const [id, field] of [[params.patientId, 'patientId'], [body.sourcePatientId, 'body.sourcePatientId']] as const) {
      await this.forward.reply(req, PROFILES.patientGet, { patientId: id }).catch((err: unknown) => {
        if (err instanceof DomainException && err.code === ErrorCode.NOT_FOUND && err.details.some((d) => typeof d.mergedInto === 'string')) {
          throw DomainException.conflict('This patient was merged into another patient', [{ field, message: 'already merged' }]);
        }
        throw err;
      });
    }
    return this.forward.send<MergeDto>(req, IDENTITY.mergeCreate, { patientId: params.patientId, body });
  }

  @Get('merges/:mergeId')
  @Requires('read', 'Merge')
  get(@Req() req: GatewayRequest, @Param() params: MergeIdParamDto) {
    return this.forward.send<MergeDto>(req, IDENTITY.mergeGet, { mergeId: params.mergeId });
  }

  @Post('merges/:mergeId/undo')
  @HttpCode(202)
  @Requires('update', 'Merge')
  undo(@Req() req: GatewayRequest, @Param() params: MergeIdParamDto) {
    return this.forward.send<MergeDto>(req, IDENTITY.mergeUndo, { mergeId: params.mergeId });
  }
}
