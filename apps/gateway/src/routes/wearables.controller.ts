import { createHash } from 'node:crypto';
import { Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { NatsConnection } from '@nats-io/transport-node';
import type { ObjectStore } from '@nats-io/obj';
import {
  DomainException, ErrorCode, GlucoseSummaryQueryDto, LABS, PatientIdParamDto, WEARABLE_FILES_BUCKET, WEARABLE_UPLOAD_MAX_BYTES, WearableDayRangeQueryDto,
  WearableImportIdParamDto, WearableImportQueryDto, WearableSamplesQueryDto, WearableStatsQueryDto,
  type GlucoseSummaryDto, type WearableDailyDto, type WearableDailyStatDto, type WearableImportDto, type WearableSamplesDto, type WearableUploadDto,
} from '@pg/contracts';
import { NatsNamespace } from '@pg/messaging';
import { Requires } from '../access/requires.decorator.js';
import { Forwarder } from '../http/forwarder.service.js';
import { lazyObjectStore, safeFileName, streamIntoStore } from '../http/object-upload.js';
import type { GatewayRequest } from '../http/gateway-request.js';
import { NATS_CONNECTION } from '../tokens.js';

const tooLarge = () => new DomainException(ErrorCode.PAYLOAD_TOO_LARGE, `The file is larger than ${WEARABLE_UPLOAD_MAX_BYTES / 1024 / 1024} MB`);

/**
 * Wearables and CGM (labs-svc, docs/wearables.md). An uploaded export is streamed into the object store (hashed and
 * counted as it goes, never held whole), then labs-svc takes it as an import job by its object name (the format is
 * read from the content, not the name) and a labs-svc worker reads it: the answer is 202 with the queued import,
 * whose status `GET …/imports/{id}` shows. Reads forward to labs-svc, which checks the record and audits.
 */
@ApiTags('wearables')
@Controller('v1/patients/:patientId/wearables')
export class WearablesController {
  private readonly store: () => Promise<ObjectStore>;

  constructor(
    private readonly forward: Forwarder,
    ns: NatsNamespace,
    @Inject(NATS_CONNECTION) nc: NatsConnection,
  ) {
    this.store = lazyObjectStore(nc, ns.stream(WEARABLE_FILES_BUCKET), 'Uploaded wearable and CGM exports');
  }

  @Post('imports')
  @HttpCode(202)
  @Requires('create', 'Wearable')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    description: 'The export as the multipart field `file` (up to 100 MB): Dexcom Clarity CSV, LibreView/LibreLink CSV or Nightscout entries JSON, '
      + 'recognised by its content. `?timeZone=` (IANA) is required for LibreView and Clarity, whose timestamps carry no zone.',
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] },
  })
  @ApiResponse({ status: 202, description: 'The import job, queued: `{ id, status: "queued", format, accepted, duplicates, rejected, reasons }`; `Location` is where its status is read (`running`, then `completed` or `failed` with `error`).' })
  @ApiResponse({ status: 413, description: 'PAYLOAD_TOO_LARGE: over 100 MB' })
  @ApiResponse({ status: 422, description: 'UNPROCESSABLE: not a recognised export (the message says what it looked like), or zone-less times without timeZone' })
  async upload(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Query() query: WearableImportQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const { upload, digest } = await this.receive(req);
    try {
      if (req.idempotency && !req.idempotency.requestKey) await req.idempotency.claimBody(digest);
    } catch (err) {
      await this.store().then((os) => os.delete(upload.object)).catch(() => undefined);
      throw err;
    }
    const env = await this.forward.send<WearableImportDto>(req, LABS.wearableImportCreate, {
      patientId: params.patientId, upload, ...(query.timeZone ? { timeZone: query.timeZone } : {}),
    });
    reply.header('Location', `/v1/patients/${params.patientId}/wearables/imports/${env.data.id}`);
    return env;
  }

  /** The multipart `file`, streamed into the object store chunk by chunk, hashed and counted (over 100 MB → 413). */
  private async receive(req: GatewayRequest): Promise<{ upload: WearableUploadDto; digest: string }> {
    const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'multipart/form-data') throw DomainException.validation([{ field: 'Content-Type', message: 'multipart/form-data with the export in the field "file"' }]);
    if (Number(req.headers['content-length'] ?? 0) > WEARABLE_UPLOAD_MAX_BYTES + 1024 * 1024) throw tooLarge();
    const part = await req.file({ limits: { fileSize: WEARABLE_UPLOAD_MAX_BYTES + 1, files: 1 } } as never).catch(() => undefined);
    if (!part || part.fieldname !== 'file') {
      part?.file.resume();
      throw DomainException.validation([{ field: 'file', message: 'The export is required in the multipart field "file"' }]);
    }
    const { object, size, sha256 } = await streamIntoStore(await this.store(), part.file, {
      maxBytes: WEARABLE_UPLOAD_MAX_BYTES, tooLarge, empty: () => DomainException.validation([{ field: 'file', message: 'The file is empty' }]),
    });
    const fileName = safeFileName(part.filename);
    const digest = createHash('sha256').update(JSON.stringify({ field: part.fieldname, fileName: part.filename ?? null, size, sha256, query: req.query ?? null })).digest('hex');
    return { upload: { object, contentType: part.mimetype && /^[a-z0-9.+/-]+$/.test(part.mimetype) ? part.mimetype : 'application/octet-stream', size, sha256, ...(fileName ? { fileName } : {}) }, digest };
  }

  @Get('imports/:importId')
  @Requires('read', 'Wearable')
  @ApiOkResponse({ description: 'One import job: status (`queued`, `running`, `completed`, `failed`), format, counts, the reasons rows were refused, and `error` when it failed.' })
  getImport(@Req() req: GatewayRequest, @Param() params: WearableImportIdParamDto) {
    return this.forward.send<WearableImportDto>(req, LABS.wearableImportGet, { patientId: params.patientId, importId: params.importId });
  }

  @Get('samples')
  @Requires('read', 'Wearable')
  @ApiOkResponse({ description: 'One metric in buckets (`5m`, `15m`, `1h`, `1d`): min, max, mean and count per bucket; glucose in mg/dL.' })
  samples(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Query() query: WearableSamplesQueryDto) {
    return this.forward.send<WearableSamplesDto>(req, LABS.wearableSamples, { patientId: params.patientId, query });
  }

  @Get('stats')
  @Requires('read', 'Wearable')
  @ApiOkResponse({ description: 'Daily stats of one metric: count, avg, min, max and the rolling 7- and 30-day means.' })
  stats(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Query() query: WearableStatsQueryDto) {
    return this.forward.send<WearableDailyStatDto[]>(req, LABS.wearableStats, { patientId: params.patientId, query });
  }

  @Get('daily')
  @Requires('read', 'Wearable')
  @ApiOkResponse({ description: 'Daily summaries the devices give (sleep, readiness, recovery, activity), per provider and day.' })
  daily(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Query() query: WearableDayRangeQueryDto) {
    return this.forward.send<WearableDailyDto[]>(req, LABS.wearableDaily, { patientId: params.patientId, query });
  }

  @Get('glucose-summary')
  @Requires('read', 'Wearable')
  @ApiOkResponse({ description: 'The consensus CGM metrics (Battelino 2019) for [from, to] in `timeZone`: coverage, mean, SD, CV, GMI, time in ranges, AGP.' })
  glucoseSummary(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Query() query: GlucoseSummaryQueryDto) {
    return this.forward.send<GlucoseSummaryDto>(req, LABS.wearableGlucoseSummary, { patientId: params.patientId, query });
  }
}
