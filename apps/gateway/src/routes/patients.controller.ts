import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiBody, ApiOperation } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import {
  CreatePatientDto, DomainException, PATIENT_SEARCH_FIELDS, PatientDeletionReasonDto, PatientIdParamDto, PROFILES, SearchPatientsQueryDto, toValidationDetails,
  UpdatePatientDto, VALIDATION_OPTIONS, type PatientDto,
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

/** Sets `ETag: "<version>"` from a versioned record's answer (If-Match takes it back). */
export function withETag<T extends { version?: number }>(reply: FastifyReply, env: Envelope<T>): Envelope<T> {
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

  /**
   * Without a body: deactivate (status `inactive`, still readable). With `{ reason }`: soft delete (API.md) — hidden
   * from every read, list and search (404), kept at least 7 years, undone by `POST …/restore`. The body is read here,
   * not declared as the route's body: a DELETE's body is optional and most clients send none.
   */
  @Delete(':patientId')
  @Requires('delete', 'Patient')
  @ApiOperation({
    summary: 'Deactivate a patient, or soft-delete one with a reason',
    description: 'No body: deactivates (data kept, still readable). JSON body `{ "reason": "…" }` (3–500 characters): soft delete — '
      + 'the patient and their conditions, medications and check-ins answer 404 to everyone until restored; kept at least 7 years.',
  })
  deactivate(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto) {
    const body: unknown = req.body;
    if (body === undefined || body === null || (typeof body === 'string' && body === '')) {
      return this.forward.send<Partial<PatientDto>>(req, PROFILES.patientDeactivate, { patientId: params.patientId });
    }
    const dto = plainToInstance(PatientDeletionReasonDto, body);
    const errors = typeof body === 'object' && !Array.isArray(body) ? validateSync(dto as object, VALIDATION_OPTIONS) : null;
    if (errors === null) throw DomainException.validation([{ field: 'body', message: 'must be an object { reason }' }]);
    if (errors.length) throw DomainException.validation(toValidationDetails(errors));
    return this.forward.send(req, PROFILES.patientDelete, { patientId: params.patientId, body: { reason: dto.reason } });
  }

  @Post(':patientId/restore')
  @HttpCode(200)
  @Requires('delete', 'Patient')
  @ApiBody({ type: PatientDeletionReasonDto })
  @ApiOperation({ summary: 'Undo a soft delete (admin), with a reason', description: '409 when the patient is not deleted; 404 when there is no such patient.' })
  async restore(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Body() body: PatientDeletionReasonDto, @Res({ passthrough: true }) reply: FastifyReply) {
    return withETag(reply, await this.forward.send<Partial<PatientDto>>(req, PROFILES.patientRestore, { patientId: params.patientId, body }));
  }
}
