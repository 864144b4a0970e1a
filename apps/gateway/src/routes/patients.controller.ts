import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  CreatePatientDto, DomainException, PATIENT_SEARCH_FIELDS, PatientIdParamDto, PROFILES, SearchPatientsQueryDto, UpdatePatientDto, type PatientDto,
} from '@pg/contracts';
import { Requires } from '../access/requires.decorator.js';
import { Forwarder, type Envelope } from '../http/forwarder.service.js';
import type { GatewayRequest } from '../http/gateway-request.js';

/** `If-Match: 3`, `"3"` or `W/"3"` → 3. */
export function parseIfMatch(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^(?:W\/)?"?(\d{1,9})"?$/.exec(value.trim());
  if (!m) throw DomainException.validation([{ field: 'If-Match', message: 'If-Match must be the version of the record' }]);
  return Number(m[1]);
}

function withETag<T extends Partial<PatientDto>>(reply: FastifyReply, env: Envelope<T>): Envelope<T> {
  if (typeof env.data.version === 'number') reply.header('ETag', `"${env.data.version}"`);
  return env;
}

@ApiTags('patients')
@Controller('v1/patients')
export class PatientsController {
  constructor(private readonly forward: Forwarder) {}

  @Post()
  @HttpCode(201)
  @Requires('create', 'Patient')
  async create(@Req() req: GatewayRequest, @Body() body: CreatePatientDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const env = await this.forward.send<Partial<PatientDto>>(req, PROFILES.patientCreate, { body });
    reply.header('Location', `/v1/patients/${env.data.id}`);
    return withETag(reply, env);
  }

  @Get()
  @Requires('read', 'Patient', { list: true, queryFields: PATIENT_SEARCH_FIELDS })
  search(@Req() req: GatewayRequest, @Query() query: SearchPatientsQueryDto) {
    return this.forward.page<Partial<PatientDto>>(req, PROFILES.patientSearch, { query });
  }

  @Get(':patientId')
  @Requires('read', 'Patient')
  async get(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Res({ passthrough: true }) reply: FastifyReply) {
    return withETag(reply, await this.forward.send<Partial<PatientDto>>(req, PROFILES.patientGet, { patientId: params.patientId }));
  }

  @Patch(':patientId')
  @Requires('update', 'Patient', { body: UpdatePatientDto })
  async update(
    @Req() req: GatewayRequest,
    @Param() params: PatientIdParamDto,
    @Body() body: UpdatePatientDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const version = parseIfMatch(ifMatch);
    return withETag(reply, await this.forward.send<Partial<PatientDto>>(req, PROFILES.patientUpdate, { patientId: params.patientId, body, ...(version ? { ifMatch: version } : {}) }));
  }

  @Delete(':patientId')
  @Requires('delete', 'Patient')
  deactivate(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto) {
    return this.forward.send<Partial<PatientDto>>(req, PROFILES.patientDeactivate, { patientId: params.patientId });
  }
}
