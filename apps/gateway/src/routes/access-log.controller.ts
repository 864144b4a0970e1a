import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AUDIT, ListAccessLogQueryDto, PatientIdParamDto, type AccessLogEntryDto } from '@pg/contracts';
import { Requires } from '../access/requires.decorator.js';
import { Forwarder } from '../http/forwarder.service.js';
import type { GatewayRequest } from '../http/gateway-request.js';

/** `GET /v1/patients/{patientId}/access-log`: who looked at this record, when, why (audit-svc answers). */
@ApiTags('patients')
@Controller('v1/patients')
export class AccessLogController {
  constructor(private readonly forward: Forwarder) {}

  /** The patient and their care team; anyone else 403 (never allowed) or 404 (another patient). */
  @Get(':patientId/access-log')
  @Requires('read', 'AccessLog', { list: true })
  accessLog(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Query() query: ListAccessLogQueryDto) {
    return this.forward.page<AccessLogEntryDto>(req, AUDIT.accessLogList, { patientId: params.patientId, query });
  }
}
