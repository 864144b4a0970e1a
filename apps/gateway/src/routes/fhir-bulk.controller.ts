import { Readable } from 'node:stream';
import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { FhirBulkExportDto, FhirExportFileParamDto, FhirExportJobParamDto, type FhirExportJobDto } from '@pg/contracts';
import { Requires } from '../access/requires.decorator.js';
import { BulkExportService } from '../fhir/bulk-export.service.js';
import { actorOf } from '../http/forwarder.service.js';
import type { GatewayRequest } from '../http/gateway-request.js';

/**
 * FHIR Bulk Data style export (docs/fhir.md): every patient in the caller's scope, NDJSON per resource type. A job
 * is its starter's: anyone else asking for it gets 404.
 */
@ApiTags('fhir')
@Controller('v1/fhir')
export class FhirBulkController {
  constructor(private readonly jobs: BulkExportService) {}

  @Post('$export')
  @Requires('read', 'Patient')
  @ApiAcceptedResponse({ description: 'The job started: `Content-Location` is its status URL; `{ data: { id, state, progress } }`.' })
  async start(@Req() req: GatewayRequest, @Body() body: FhirBulkExportDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<{ data: FhirExportJobDto; meta: Record<string, unknown> }> {
    const job = await this.jobs.start(actorOf(req), String(req.id), body?._type);
    reply.status(202).header('Content-Location', `/v1/fhir/$export/${job.id}`);
    return { data: job, meta: {} };
  }

  @Get('$export/:jobId')
  @Requires('read', 'Patient')
  @ApiOkResponse({ description: '202 with `X-Progress` while in progress; 200 with the manifest (`output`: one NDJSON URL per resource type, `error`: the OperationOutcomes) when completed.' })
  async status(@Req() req: GatewayRequest, @Param() params: FhirExportJobParamDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<{ data: FhirExportJobDto; meta: Record<string, unknown> }> {
    const job = await this.jobs.get(req.principal!.principalId, params.jobId);
    if (job.state === 'in-progress') reply.status(202).header('X-Progress', `${job.progress.done}/${job.progress.patients} patients`).header('Retry-After', '2');
    return { data: job, meta: {} };
  }

  @Get('$export/:jobId/files/:type')
  @Requires('read', 'Patient')
  @ApiProduces('application/fhir+ndjson')
  @ApiOkResponse({ description: 'The NDJSON of one resource type of a completed job.' })
  async file(@Req() req: GatewayRequest, @Param() params: FhirExportFileParamDto, @Res() reply: FastifyReply) {
    const chunks = this.jobs.file(req.principal!.principalId, params.jobId, params.type);
    // The first chunk is read before the headers go: an unknown job or type is still a proper 404.
    const first = await chunks.next();
    async function* all() {
      if (!first.done) yield first.value;
      yield* chunks;
    }
    reply.status(200).header('Content-Type', 'application/fhir+ndjson').header('Cache-Control', 'no-store');
    return reply.send(Readable.from(all()));
  }
}
