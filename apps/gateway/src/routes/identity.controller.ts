import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import {
  AddCareTeamMemberDto, CreatePrincipalDto, IDENTITY, ListCareTeamQueryDto, ListPrincipalsQueryDto, PatientIdParamDto,
  PrincipalIdParamDto, UpdatePrincipalDto, type CareTeamMemberDto, type PrincipalDto, type PrincipalWithSecretDto,
} from '@pg/contracts';
import { Authenticated, Requires } from '../access/requires.decorator.js';
import { PrincipalResolver } from '../auth/principal-resolver.js';
import { Forwarder } from '../http/forwarder.service.js';
import type { GatewayRequest } from '../http/gateway-request.js';

class CareTeamMemberParamDto extends PatientIdParamDto {
  @IsUUID('all', { message: 'principalId must be a UUID' }) principalId!: string;
}

@ApiTags('identity')
@Controller('v1')
export class IdentityController {
  constructor(
    private readonly forward: Forwarder,
    private readonly principals: PrincipalResolver,
  ) {}

  /** `change`, then (once identity-svc confirmed it) this gateway's cached principal of `principalId` dropped. */
  private async changing<T>(principalId: string, change: Promise<T>): Promise<T> {
    const result = await change;
    this.principals.forgetPrincipal(principalId);
    return result;
  }

  @Get('me')
  @Authenticated()
  me(@Req() req: GatewayRequest) {
    return this.forward.send<PrincipalDto>(req, IDENTITY.meGet, {});
  }

  @Get('principals')
  @Requires('read', 'Principal', { list: true })
  listPrincipals(@Req() req: GatewayRequest, @Query() query: ListPrincipalsQueryDto) {
    return this.forward.page<PrincipalDto>(req, IDENTITY.principalList, { query });
  }

  @Post('principals')
  @HttpCode(201)
  @Requires('create', 'Principal')
  createPrincipal(@Req() req: GatewayRequest, @Body() body: CreatePrincipalDto) {
    return this.forward.send<PrincipalDto>(req, IDENTITY.principalCreate, { body });
  }

  @Get('principals/:principalId')
  @Requires('read', 'Principal')
  getPrincipal(@Req() req: GatewayRequest, @Param() params: PrincipalIdParamDto) {
    return this.forward.send<PrincipalDto>(req, IDENTITY.principalGet, { principalId: params.principalId });
  }

  @Patch('principals/:principalId')
  @Requires('update', 'Principal')
  updatePrincipal(@Req() req: GatewayRequest, @Param() params: PrincipalIdParamDto, @Body() body: UpdatePrincipalDto) {
    return this.changing(params.principalId, this.forward.send<PrincipalDto>(req, IDENTITY.principalUpdate, { principalId: params.principalId, body }));
  }

  /** A new client secret for a service principal, shown once (docs/identity.md). */
  @Post('principals/:principalId/secret')
  @HttpCode(201)
  @Requires('update', 'Principal')
  rotateSecret(@Req() req: GatewayRequest, @Param() params: PrincipalIdParamDto) {
    return this.forward.send<PrincipalWithSecretDto>(req, IDENTITY.principalSecretRotate, { principalId: params.principalId });
  }

  @Delete('principals/:principalId')
  @Requires('delete', 'Principal')
  deactivatePrincipal(@Req() req: GatewayRequest, @Param() params: PrincipalIdParamDto) {
    return this.changing(params.principalId, this.forward.send<PrincipalDto>(req, IDENTITY.principalDeactivate, { principalId: params.principalId }));
  }

  @Get('patients/:patientId/care-team')
  @Requires('read', 'CareTeam', { list: true })
  careTeam(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Query() query: ListCareTeamQueryDto) {
    return this.forward.page<CareTeamMemberDto>(req, IDENTITY.careTeamList, { patientId: params.patientId, query });
  }

  @Post('patients/:patientId/care-team')
  @HttpCode(201)
  @Requires('create', 'CareTeam')
  addMember(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Body() body: AddCareTeamMemberDto) {
    return this.changing(body.principalId, this.forward.send<CareTeamMemberDto>(req, IDENTITY.careTeamAdd, { patientId: params.patientId, body }));
  }

  @Delete('patients/:patientId/care-team/:principalId')
  @Requires('delete', 'CareTeam')
  removeMember(@Req() req: GatewayRequest, @Param() params: CareTeamMemberParamDto) {
    return this.changing(params.principalId, this.forward.send<CareTeamMemberDto>(req, IDENTITY.careTeamRemove, { patientId: params.patientId, principalId: params.principalId }));
  }
}
