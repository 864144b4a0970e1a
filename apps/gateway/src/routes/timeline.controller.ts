import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CreateClinicalEventDto, PatientIdParamDto, PROFILES, TIMELINE_FIELDS, TimelineQueryDto, type TimelineEntryDto } from '@pg/contracts';
import { Requires } from '../access/requires.decorator.js';
import { Forwarder } from '../http/forwarder.service.js';
import type { GatewayRequest } from '../http/gateway-request.js';

/** The patient's timeline (profiles-svc): the projection of every service's domain events, plus manual events. */
@ApiTags('timeline')
@Controller('v1/patients/:patientId')
export class TimelineController {
  constructor(private readonly forward: Forwarder) {}

  @Get('timeline')
  @Requires('read', 'ClinicalEvent', { list: true, queryFields: TIMELINE_FIELDS })
  @ApiOkResponse({ description: 'Entries newest first: `{ id, type, occurredAt, source: { service, kind, id }, summary }` (ids and codes); `?type=`, `?from=`, `?to=` (a date includes that whole day, UTC).' })
  list(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Query() query: TimelineQueryDto) {
    return this.forward.page<TimelineEntryDto>(req, PROFILES.timelineList, { patientId: params.patientId, query });
  }

  @Post('events')
  @HttpCode(201)
  @Requires('create', 'ClinicalEvent', { body: CreateClinicalEventDto })
  @ApiResponse({ status: 201, description: 'The entry, on the timeline at once.' })
  create(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Body() body: CreateClinicalEventDto) {
    return this.forward.send<TimelineEntryDto>(req, PROFILES.eventCreate, { patientId: params.patientId, body });
  }
}
