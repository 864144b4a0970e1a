import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import type { NatsConnection } from '@nats-io/transport-node';
import type { ObjectStore } from '@nats-io/obj';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import {
  DomainException, ErrorCode, FHIR_IMPORT, FhirBundleBodyDto, FhirImportIdParamDto, PROFILES, toValidationDetails, VALIDATION_OPTIONS, type FhirImportDto, type FhirUploadDto,
} from '@pg/contracts';
import { NatsNamespace } from '@pg/messaging';
import { Requires } from '../access/requires.decorator.js';
import { Forwarder } from '../http/forwarder.service.js';
import { lazyObjectStore, OBJECT_CHUNK_BYTES, streamIntoStore } from '../http/object-upload.js';
import type { GatewayRequest } from '../http/gateway-request.js';
import { NATS_CONNECTION } from '../tokens.js';

export const FHIR_JSON = 'application/fhir+json';

/** `application/fhir+json` bodies reach the import route as the raw stream (up to 64 MB, never buffered whole). */
export function registerFhirUploads(app: NestFastifyApplication): void {
  app.getHttpAdapter().getInstance().addContentTypeParser(FHIR_JSON, (_req, payload, done) => done(null, payload));
}

const tooLarge = () => new DomainException(ErrorCode.PAYLOAD_TOO_LARGE, `The bundle is larger than ${FHIR_IMPORT.maxBytes / 1024 / 1024} MB`);
const empty = () => DomainException.validation([{ field: 'body', message: 'A FHIR Bundle is required' }]);

/**
 * FHIR Bundle import (docs/fhir.md "Import"): the Bundle is streamed into the object store FHIR_IMPORTS, then
 * profiles-svc is asked to start the import (a job, 202) by the object's name; the job is polled.
 */
@ApiTags('fhir')
@Controller('v1/fhir')
export class FhirImportController {
  private readonly store: () => Promise<ObjectStore>;

  constructor(private readonly forward: Forwarder, ns: NatsNamespace, @Inject(NATS_CONNECTION) nc: NatsConnection) {
    this.store = lazyObjectStore(nc, ns.stream(FHIR_IMPORT.fileBucket), 'Uploaded FHIR Bundles (imports)');
  }

  @Post('import')
  @HttpCode(202)
  @Requires('create', 'FhirImport')
  @ApiConsumes(FHIR_JSON, 'application/json')
  @ApiBody({
    description: 'A FHIR R4 Bundle of type `transaction` or `collection` with one Patient (e.g. Synthea), up to 64 MB as `application/fhir+json` (streamed); '
      + 'small bundles may be sent as `application/json` (the top level checked here: Bundle elements only).',
    schema: { $ref: '#/components/schemas/FhirBundleBodyDto' },
  })
  @ApiResponse({ status: 202, description: 'The job `{ id, state: "pending", progress, report: null }`; poll `GET /v1/fhir/imports/{id}`.' })
  @ApiResponse({ status: 413, description: 'PAYLOAD_TOO_LARGE: over 64 MB' })
  async create(@Req() req: GatewayRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const upload = await this.receive(req);
    try {
      if (req.idempotency && !req.idempotency.requestKey) await req.idempotency.claimBody(upload.sha256);
    } catch (err) {
      await this.store().then((os) => os.delete(upload.object)).catch(() => undefined);
      throw err;
    }
    // Once forwarded the object is the import's (profiles-svc may commit the job even if its answer is lost).
    const env = await this.forward.send<FhirImportDto>(req, PROFILES.fhirImportCreate, { upload });
    reply.header('Location', `/v1/fhir/imports/${env.data.id}`);
    return env;
  }

  @Get('imports/:importId')
  @Requires('read', 'FhirImport')
  @ApiOkResponse({ description: 'The job: `state` pending → running → completed | failed | rolled_back, `progress` (step, resources, attempts), the `report` per resource type (imported, merged, skipped with reasons) once completed, `error` when not.' })
  get(@Req() req: GatewayRequest, @Param() params: FhirImportIdParamDto) {
    return this.forward.send<FhirImportDto>(req, PROFILES.fhirImportGet, { importId: params.importId });
  }

  private async receive(req: GatewayRequest): Promise<FhirUploadDto> {
    const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    const os = await this.store();
    if (type === FHIR_JSON) {
      if (Number(req.headers['content-length'] ?? 0) > FHIR_IMPORT.maxBytes) throw tooLarge();
      const body = req.body as Readable | undefined;
      if (!(body instanceof Readable)) throw empty();
      return streamIntoStore(os, body, { maxBytes: FHIR_IMPORT.maxBytes, tooLarge, empty });
    }
    if (type === 'application/json') {
      if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) throw DomainException.validation([{ field: 'body', message: 'must be a FHIR Bundle object' }]);
      const errors = validateSync(plainToInstance(FhirBundleBodyDto, req.body) as object, VALIDATION_OPTIONS);
      if (errors.length) throw DomainException.validation(toValidationDetails(errors));
      const bytes = Buffer.from(JSON.stringify(req.body), 'utf8');
      const object = randomUUID();
      await os.putBlob({ name: object, options: { max_chunk_size: OBJECT_CHUNK_BYTES } }, bytes);
      return { object, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
    }
    throw DomainException.validation([{ field: 'Content-Type', message: `${FHIR_JSON} or application/json` }]);
  }
}
