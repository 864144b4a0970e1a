import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  CHECK_IN_LIST_FIELDS, CheckInTrendQueryDto, ListCheckInsQueryDto, PatientIdParamDto, PROFILES, RecordCheckInDto, type CheckInDto, type CheckInTrendDto,
  type RecordedCheckInDto,
} from '@pg/contracts';
import { Requires } from '../access/requires.decorator.js';
import { StatusFromReply } from '../idempotency/idempotency.interceptor.js';
import { Forwarder } from '../http/forwarder.service.js';
import type { GatewayRequest } from '../http/gateway-request.js';

/** The daily check-in (profiles-svc): one per patient and day; listed and trended. */
@ApiTags('check-ins')
@Controller('v1/patients/:patientId/check-ins')
export class CheckInsController {
  constructor(private readonly forward: Forwarder) {}

  @Post()
  @Requires('create', 'CheckIn')
  @StatusFromReply()
  @ApiResponse({ status: 201, description: 'The first check-in of that day.' })
  @ApiResponse({ status: 200, description: 'That day already had a check-in: it was replaced (same id, next version).' })
  async record(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Body() body: RecordCheckInDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const { data, meta } = await this.forward.send<RecordedCheckInDto>(req, PROFILES.checkInRecord, { patientId: params.patientId, body });
    const { created, ...checkIn } = data;
    reply.status(created ? 201 : 200).header('ETag', `"${checkIn.version}"`);
    if (created) reply.header('Location', `/v1/patients/${params.patientId}/check-ins?from=${checkIn.date}&to=${checkIn.date}`);
    return { data: checkIn, meta };
  }

  @Get()
  @Requires('read', 'CheckIn', { list: true, queryFields: CHECK_IN_LIST_FIELDS })
  @ApiOkResponse({ description: 'Check-ins, newest day first; `?from=` and `?to=` are days (inclusive).' })
  list(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Query() query: ListCheckInsQueryDto) {
    return this.forward.page<CheckInDto>(req, PROFILES.checkInList, { patientId: params.patientId, query });
  }

  @Get('trend')
  @Requires('read', 'CheckIn')
  @ApiOkResponse({
    description: 'Per metric (energy, mood, focus, sleepQuality) over `?from=`..`?to=` (days, inclusive; default the 30 days up to the patient\'s today, '
      + 'at most 366): count, mean, min, max, the 7-day rolling mean at each check-in, and the direction of the last 7 days against the 7 before '
      + '(up/down at a change of 0.5 points or more, else same; null without check-ins in either week).',
  })
  trend(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Query() query: CheckInTrendQueryDto) {
    return this.forward.send<CheckInTrendDto>(req, PROFILES.checkInTrend, { patientId: params.patientId, query });
  }
}
