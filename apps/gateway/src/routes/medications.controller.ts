import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  MEDICATION_LIST_FIELDS, MedicationIdParamDto, CreateMedicationDto, ListMedicationsQueryDto, PatientIdParamDto, PROFILES, UpdateMedicationDto, type MedicationDto,
} from '@pg/contracts';
import { Requires } from '../access/requires.decorator.js';
import { Forwarder } from '../http/forwarder.service.js';
import type { GatewayRequest } from '../http/gateway-request.js';
import { parseIfMatch, withETag } from './patients.controller.js';

/** A patient's medications (profiles-svc): optionally coded (RxNorm, SNOMED CT), versioned (`ETag` / `If-Match`, 409 when stale). */
@ApiTags('medications')
@Controller('v1/patients/:patientId/medications')
export class MedicationsController {
  constructor(private readonly forward: Forwarder) {}

  @Get()
  @Requires('read', 'Medication', { list: true, queryFields: MEDICATION_LIST_FIELDS })
  @ApiOkResponse({ description: 'Medications, newest first; `?status=` filters. Removed medications are not listed.' })
  list(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Query() query: ListMedicationsQueryDto) {
    return this.forward.page<MedicationDto>(req, PROFILES.medicationList, { patientId: params.patientId, query });
  }

  @Post()
  @HttpCode(201)
  @Requires('create', 'Medication')
  async create(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Body() body: CreateMedicationDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const env = await this.forward.send<MedicationDto>(req, PROFILES.medicationCreate, { patientId: params.patientId, body });
    reply.header('Location', `/v1/patients/${params.patientId}/medications/${env.data.id}`);
    return withETag(reply, env);
  }

  @Get(':medicationId')
  @Requires('read', 'Medication')
  async get(@Req() req: GatewayRequest, @Param() params: MedicationIdParamDto, @Res({ passthrough: true }) reply: FastifyReply) {
    return withETag(reply, await this.forward.send<MedicationDto>(req, PROFILES.medicationGet, { patientId: params.patientId, medicationId: params.medicationId }));
  }

  @Patch(':medicationId')
  @Requires('update', 'Medication', { body: UpdateMedicationDto })
  async update(
    @Req() req: GatewayRequest,
    @Param() params: MedicationIdParamDto,
    @Body() body: UpdateMedicationDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const version = parseIfMatch(ifMatch);
    return withETag(reply, await this.forward.send<MedicationDto>(req, PROFILES.medicationUpdate, {
      patientId: params.patientId, medicationId: params.medicationId, body, ...(version ? { ifMatch: version } : {}),
    }));
  }

  @Delete(':medicationId')
  @Requires('delete', 'Medication')
  @ApiOkResponse({ description: 'Removes the medication from the record (kept; no longer listed or read). `If-Match` optional, 409 when stale.' })
  remove(@Req() req: GatewayRequest, @Param() params: MedicationIdParamDto, @Headers('if-match') ifMatch: string | undefined) {
    const version = parseIfMatch(ifMatch);
    return this.forward.send<MedicationDto>(req, PROFILES.medicationDelete, { patientId: params.patientId, medicationId: params.medicationId, ...(version ? { ifMatch: version } : {}) });
  }
}
