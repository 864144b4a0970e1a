import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  AdherenceQueryDto, CreateProtocolDto, DOSE_LIST_FIELDS, GetProtocolQueryDto, ListDosesQueryDto, ListProtocolsQueryDto, LogDoseDto, PatientIdParamDto, PROTOCOL_LIST_FIELDS, ProtocolIdParamDto,
  RegimenQueryDto, TREATMENTS, UpdateProtocolDto, type AdherenceDto, type DoseLogDto, type ProtocolDto, type RegimenDto,
} from '@pg/contracts';
import { Requires } from '../access/requires.decorator.js';
import { Forwarder, type Envelope } from '../http/forwarder.service.js';
import type { GatewayRequest } from '../http/gateway-request.js';
import { parseIfMatch } from './patients.controller.js';

/** The protocol's newest version is what If-Match names. */
function withETag(reply: FastifyReply, env: Envelope<ProtocolDto>): Envelope<ProtocolDto> {
  reply.header('ETag', `"${env.data.latestVersion}"`);
  return env;
}

/**
 * Protocols (treatments-svc): versioned, with the dose log, adherence and the regimen of a day. docs/protocols.md.
 */
@ApiTags('protocols')
@Controller('v1/patients/:patientId')
export class ProtocolsController {
  constructor(private readonly forward: Forwarder) {}

  @Post('protocols')
  @HttpCode(201)
  @Requires('create', 'Protocol', { body: CreateProtocolDto })
  @ApiResponse({ status: 201, description: 'Version 1 of the protocol; `ETag` is its version.' })
  async create(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Body() body: CreateProtocolDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const env = await this.forward.send<ProtocolDto>(req, TREATMENTS.protocolCreate, { patientId: params.patientId, body });
    reply.header('Location', `/v1/patients/${params.patientId}/protocols/${env.data.id}`);
    return withETag(reply, env);
  }

  @Get('protocols')
  @Requires('read', 'Protocol', { list: true, queryFields: PROTOCOL_LIST_FIELDS })
  @ApiOkResponse({ description: 'The patient\'s protocols, newest first, each as its newest version; `?status=`.' })
  list(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Query() query: ListProtocolsQueryDto) {
    return this.forward.page<ProtocolDto>(req, TREATMENTS.protocolList, { patientId: params.patientId, query });
  }

  @Get('protocols/:protocolId')
  @Requires('read', 'Protocol')
  @ApiOkResponse({ description: 'The newest version; `?version=n` that version; `?at=` (a date or a timestamp) the version in force then (a date: at the end of that day, in the protocol\'s time zone).' })
  async get(@Req() req: GatewayRequest, @Param() params: ProtocolIdParamDto, @Query() query: GetProtocolQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    return withETag(reply, await this.forward.send<ProtocolDto>(req, TREATMENTS.protocolGet, { patientId: params.patientId, protocolId: params.protocolId, query }));
  }

  @Get('protocols/:protocolId/versions')
  @Requires('read', 'Protocol')
  @ApiOkResponse({ description: 'Every version, oldest first, with when each was in force (`effectiveFrom`, `effectiveTo`).' })
  versions(@Req() req: GatewayRequest, @Param() params: ProtocolIdParamDto) {
    return this.forward.page<ProtocolDto>(req, TREATMENTS.protocolVersions, { patientId: params.patientId, protocolId: params.protocolId });
  }

  @Patch('protocols/:protocolId')
  @Requires('update', 'Protocol', { body: UpdateProtocolDto })
  @ApiOkResponse({ description: 'The new version. `If-Match: <version>` → 409 when the protocol has a newer one; an illegal status change → 409.' })
  async update(
    @Req() req: GatewayRequest,
    @Param() params: ProtocolIdParamDto,
    @Body() body: UpdateProtocolDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const version = parseIfMatch(ifMatch);
    return withETag(reply, await this.forward.send<ProtocolDto>(req, TREATMENTS.protocolUpdate, {
      patientId: params.patientId, protocolId: params.protocolId, body, ...(version ? { ifMatch: version } : {}),
    }));
  }

  @Post('protocols/:protocolId/doses')
  @HttpCode(201)
  @Requires('create', 'ProtocolDose', { body: LogDoseDto })
  @ApiResponse({ status: 201, description: 'The dose log entry. A later log of the same dose (item, dueAt) supersedes it.' })
  @ApiResponse({ status: 422, description: 'UNPROCESSABLE: no dose of that item is due at dueAt' })
  logDose(@Req() req: GatewayRequest, @Param() params: ProtocolIdParamDto, @Body() body: LogDoseDto) {
    return this.forward.send<DoseLogDto>(req, TREATMENTS.doseLog, { patientId: params.patientId, protocolId: params.protocolId, body });
  }

  @Get('protocols/:protocolId/doses')
  @Requires('read', 'ProtocolDose', { list: true, queryFields: DOSE_LIST_FIELDS })
  @ApiOkResponse({ description: 'The dose log, newest entry first (superseded entries included): `?itemId=`, `?from=&to=` on the due time.' })
  listDoses(@Req() req: GatewayRequest, @Param() params: ProtocolIdParamDto, @Query() query: ListDosesQueryDto) {
    return this.forward.page<DoseLogDto>(req, TREATMENTS.doseList, { patientId: params.patientId, protocolId: params.protocolId, query });
  }

  @Get('protocols/:protocolId/adherence')
  @Requires('read', 'ProtocolDose')
  @ApiOkResponse({ description: '`?from=&to=` (dates or timestamps): per item due, taken, late, skipped, missed and the percentage, per version in force.' })
  adherence(@Req() req: GatewayRequest, @Param() params: ProtocolIdParamDto, @Query() query: AdherenceQueryDto) {
    return this.forward.send<AdherenceDto>(req, TREATMENTS.adherenceGet, { patientId: params.patientId, protocolId: params.protocolId, query });
  }

  @Get('regimen')
  @Requires('read', 'Protocol')
  @ApiOkResponse({ description: '`?date=YYYY-MM-DD` (`&timeZone=`): the protocols the patient was on that day and the doses due, with what was logged.' })
  regimen(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Query() query: RegimenQueryDto) {
    return this.forward.send<RegimenDto>(req, TREATMENTS.regimenGet, { patientId: params.patientId, date: query.date, ...(query.timeZone ? { timeZone: query.timeZone } : {}) });
  }
}
