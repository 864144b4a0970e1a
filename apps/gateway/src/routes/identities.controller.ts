import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import {
  IDENTITY, IdentityIdParamDto, LinkIdentityDto, ListIdentitiesQueryDto, ListReviewQueueQueryDto, MatchPersonDto, PatientIdParamDto,
  ResolveIdentifierQueryDto, ReviewDecisionDto, type IdentityDto, type MatchCandidateDto, type ResolvedIdentifierDto, type ReviewItemDto,
} from '@pg/contracts';
import { Requires } from '../access/requires.decorator.js';
import { Forwarder } from '../http/forwarder.service.js';
import type { GatewayRequest } from '../http/gateway-request.js';

class ReviewItemIdParamDto {
  @IsUUID('all', { message: 'id must be a UUID' }) id!: string;
}

/** External identifiers, resolution, matching and the review queue (docs/identity.md). */
@ApiTags('identities')
@Controller('v1')
export class IdentitiesController {
  constructor(private readonly forward: Forwarder) {}

  @Get('patients/:patientId/identities')
  @Requires('read', 'Identity', { list: true })
  list(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Query() query: ListIdentitiesQueryDto) {
    return this.forward.page<IdentityDto>(req, IDENTITY.identityList, { patientId: params.patientId, query });
  }

  @Post('patients/:patientId/identities')
  @HttpCode(201)
  @Requires('create', 'Identity')
  @ApiOkResponse({ description: 'The identifier with its provenance. 409 when another patient holds the pair (a review item is opened).' })
  link(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Body() body: LinkIdentityDto) {
    return this.forward.send<IdentityDto>(req, IDENTITY.identityLink, { patientId: params.patientId, body });
  }

  @Delete('patients/:patientId/identities/:id')
  @Requires('delete', 'Identity')
  unlink(@Req() req: GatewayRequest, @Param() params: IdentityIdParamDto) {
    return this.forward.send<IdentityDto>(req, IDENTITY.identityUnlink, { patientId: params.patientId, id: params.id });
  }

  @Get('identities/resolve')
  @Requires('read', 'Identity')
  @ApiOkResponse({ description: '`{ patientId }`; 404 when no patient in your scope holds the pair.' })
  resolve(@Req() req: GatewayRequest, @Query() query: ResolveIdentifierQueryDto) {
    return this.forward.send<ResolvedIdentifierDto>(req, IDENTITY.identityResolve, { query });
  }

  @Post('identities/match')
  @HttpCode(200)
  @Requires('read', 'IdentityMatch')
  @ApiOkResponse({ description: 'Candidates `{ patientId, grade, explanation, blockingKeys, reasons }`, best first.' })
  match(@Req() req: GatewayRequest, @Body() body: MatchPersonDto) {
    return this.forward.page<MatchCandidateDto>(req, IDENTITY.match, { body });
  }

  @Get('identities/review-queue')
  @Requires('read', 'IdentityReview', { list: true })
  reviewQueue(@Req() req: GatewayRequest, @Query() query: ListReviewQueueQueryDto) {
    return this.forward.page<ReviewItemDto>(req, IDENTITY.reviewQueueList, { query });
  }

  @Post('identities/review-queue/:id/decision')
  @HttpCode(200)
  @Requires('update', 'IdentityReview')
  decide(@Req() req: GatewayRequest, @Param() params: ReviewItemIdParamDto, @Body() body: ReviewDecisionDto) {
    return this.forward.send<ReviewItemDto>(req, IDENTITY.reviewDecide, { id: params.id, body });
  }
}
