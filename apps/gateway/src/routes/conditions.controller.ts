import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  CONDITION_LIST_FIELDS, ConditionIdParamDto, CreateConditionDto, ListConditionsQueryDto, PatientIdParamDto, PROFILES, UpdateConditionDto, type ConditionDto,
} from '@pg/contracts';
import { Requires } from '../access/requires.decorator.js';
import { Forwarder } from '../http/forwarder.service.js';
import type { GatewayRequest } from '../http/gateway-request.js';
import { parseIfMatch, withETag } from './patients.controller.js';

/** A patient's conditions (profiles-svc): coded (SNOMED CT, ICD-10-CM), versioned (`ETag` / `If-Match`, 409 when stale). */
@ApiTags('conditions')
@Controller('v1/patients/:patientId/conditions')
export class ConditionsController {
  constructor(private readonly forward: Forwarder) {}

  @Get()
  @Requires('read', 'Condition', { list: true, queryFields: CONDITION_LIST_FIELDS })
  @ApiOkResponse({ description: 'Conditions, newest first; `?clinicalStatus=` filters. Removed conditions are not listed.' })
  list(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Query() query: ListConditionsQueryDto) {
    return this.forward.page<ConditionDto>(req, PROFILES.conditionList, { patientId: params.patientId, query });
  }

  @Post()
  @HttpCode(201)
  @Requires('create', 'Condition')
  async create(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Body() body: CreateConditionDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const env = await this.forward.send<ConditionDto>(req, PROFILES.conditionCreate, { patientId: params.patientId, body });
    reply.header('Location', `/v1/patients/${params.patientId}/conditions/${env.data.id}`);
    return withETag(reply, env);
  }

  @Get(':conditionId')
  @Requires('read', 'Condition')
  async get(@Req() req: GatewayRequest, @Param() params: ConditionIdParamDto, @Res({ passthrough: true }) reply: FastifyReply) {
    return withETag(reply, await this.forward.send<ConditionDto>(req, PROFILES.conditionGet, { patientId: params.patientId, conditionId: params.conditionId }));
  }

  @Patch(':conditionId')
  @Requires('update', 'Condition', { body: UpdateConditionDto })
  async update(
    @Req() req: GatewayRequest,
    @Param() params: ConditionIdParamDto,
    @Body() body: UpdateConditionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const version = parseIfMatch(ifMatch);
    return withETag(reply, await this.forward.send<ConditionDto>(req, PROFILES.conditionUpdate, {
      patientId: params.patientId, conditionId: params.conditionId, body, ...(version ? { ifMatch: version } : {}),
    }));
  }

  @Delete(':conditionId')
  @Requires('delete', 'Condition')
  @ApiOkResponse({ description: 'Removes the condition from the record (kept; no longer listed or read). `If-Match` optional, 409 when stale.' })
  remove(@Req() req: GatewayRequest, @Param() params: ConditionIdParamDto, @Headers('if-match') ifMatch: string | undefined) {
    const version = parseIfMatch(ifMatch);
    return this.forward.send<ConditionDto>(req, PROFILES.conditionDelete, { patientId: params.patientId, conditionId: params.conditionId, ...(version ? { ifMatch: version } : {}) });
  }
}
