import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import multipart from '@fastify/multipart';
import type { NatsConnection } from '@nats-io/transport-node';
import type { ObjectStore } from '@nats-io/obj';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import {
  CompareLabReportsQueryDto, LabReportReasonDto, PROFILES, SEX_AT_BIRTH,
  type LabReportComparisonDto, type LabReportDeletionDto, type LatestLabResultDto, type PatientDto, type SexAtBirth,
} from '@pg/contracts';
import {
  DomainException, ErrorCode, LAB_PDF_MAX_BYTES, LAB_REPORT_LIST_FIELDS, LAB_RESULT_SEARCH_FIELDS, LAB_TREND_FIELDS, LabReportIdParamDto, LABS, LABS_JOBS, LabTrendQueryDto, ListBiomarkersQueryDto,
  ListLabReportsQueryDto, PatientIdParamDto, SearchLabResultsQueryDto, StructuredLabReportDto, toValidationDetails, VALIDATION_OPTIONS,
  type BiomarkerDto, type LabReportDetailDto, type LabReportDto, type LabReportFileDto, type LabResultDto, type LabTrendDto, type LabUploadDto,
} from '@pg/contracts';
import { NatsNamespace } from '@pg/messaging';
import { Requires } from '../access/requires.decorator.js';
import { Forwarder } from '../http/forwarder.service.js';
import { lazyObjectStore, safeFileName, streamIntoStore } from '../http/object-upload.js';
import type { GatewayRequest } from '../http/gateway-request.js';
import { NATS_CONNECTION } from '../tokens.js';

/** Content types of an HL7 v2 message body. */
export const HL7_CONTENT_TYPES = ['application/hl7-v2', 'application/hl7-v2+er7', 'x-application/hl7-v2+er7'];
const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');

/**
 * What the lab upload route needs on the Fastify instance: multipart (one file, 20 MB, streamed, never buffered
 * whole) and a parser for HL7 v2 bodies. Called once by createGateway.
 */
export async function registerLabUploads(app: NestFastifyApplication): Promise<void> {
  // One byte over the limit reaches the route, which refuses it with 413 (busboy alone would truncate silently).
  await app.register(multipart as never, { limits: { fileSize: LAB_PDF_MAX_BYTES + 1, files: 1, fields: 5, parts: 6, fieldSize: 1024 } });
  app.getHttpAdapter().getInstance().addContentTypeParser(HL7_CONTENT_TYPES, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
}

const unprocessable = (message: string) => new DomainException(ErrorCode.UNPROCESSABLE, message);
const notPdf = () => unprocessable('The file is not a PDF (its bytes do not start with %PDF-)');
const tooLarge = () => new DomainException(ErrorCode.PAYLOAD_TOO_LARGE, `The file is larger than ${LAB_PDF_MAX_BYTES / 1024 / 1024} MB`);

/**
 * Lab reports, results and the biomarker catalog (labs-svc). An upload is written to the JetStream object store
 * first (a PDF may be 20 MB; a NATS message is 1 MB), then labs-svc is asked to take the report by its object name;
 * the original is streamed back from the store after labs-svc's audited check.
 */
@ApiTags('labs')
@Controller('v1')
export class LabsController {
  private readonly store: () => Promise<ObjectStore>;

  constructor(
    private readonly forward: Forwarder,
    ns: NatsNamespace,
    @Inject(NATS_CONNECTION) nc: NatsConnection,
  ) {
    this.store = lazyObjectStore(nc, ns.stream(LABS_JOBS.fileBucket), 'Uploaded lab report originals');
  }

  @Post('patients/:patientId/lab-reports')
  @HttpCode(202)
  @Requires('create', 'LabReport')
  @ApiConsumes('multipart/form-data', 'application/hl7-v2', 'text/plain', 'application/json')
  @ApiBody({
    description: 'A PDF as the multipart field `file` (up to 20 MB, checked by its bytes: it must start with `%PDF-`); or an HL7 v2 ORU^R01 message '
      + '(`application/hl7-v2`, or `text/plain` starting with MSH; other plain text is read as a printed report); or JSON `{ collectedAt?, results: [...] }`.',
    schema: {
      oneOf: [
        { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] },
        { $ref: '#/components/schemas/StructuredLabReportDto' },
        { type: 'string', description: 'HL7 v2 message or report text' },
      ],
    },
  })
  @ApiResponse({ status: 202, description: 'Taken: `{ id, status: "received", … }`; parsing runs on a durable queue (poll the report).' })
  @ApiResponse({ status: 413, description: 'PAYLOAD_TOO_LARGE: over 20 MB' })
  @ApiResponse({ status: 422, description: 'UNPROCESSABLE: not a PDF, a scan without a text layer, not an HL7 message' })
  async upload(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const { upload, digest } = await this.receive(req);
    let sexAtBirth: SexAtBirth | undefined;
    try {
      // A streamed body's Idempotency-Key is claimed now that its bytes are hashed (a repeat is answered from there).
      if (req.idempotency && !req.idempotency.requestKey) await req.idempotency.claimBody(digest);
      sexAtBirth = await this.sexAtBirthOf(req, params.patientId);
    } catch (err) {
      // Never forwarded: nobody else knows this object.
      await this.store().then((os) => os.delete(upload.object)).catch(() => undefined);
      throw err;
    }
    // Once forwarded, the original is labs-svc's: it may commit the report even if its answer never reaches us (a
    // timeout), so the gateway never deletes it; labs-svc removes originals that no report took (docs/labs.md).
    const requestKey = req.idempotency?.requestKey;
    const env = await this.forward.send<LabReportDto>(req, LABS.reportCreate, {
      patientId: params.patientId, upload: { ...upload, ...(requestKey ? { requestKey } : {}) }, ...(sexAtBirth ? { sexAtBirth } : {}),
    });
    reply.header('Location', `/v1/patients/${params.patientId}/lab-reports/${env.data.id}`);
    return env;
  }

  /**
   * The patient's sex at birth, which the optimal ranges of the results depend on: read from profiles-svc as the
   * uploader (an audited read the uploader may make: the patient themself, a care-team clinician), never taken from
   * the request body, so labs-svc neither reads profiles' schema nor trusts a client's claim. Unknown when the profile
   * has none or cannot be read by this caller (a service with `labs:write` only): the results are then rated on the
   * bounds that do not depend on sex.
   */
  private async sexAtBirthOf(req: GatewayRequest, patientId: string): Promise<SexAtBirth | undefined> {
    try {
      const { data } = await this.forward.send<Partial<PatientDto>>(req, PROFILES.patientGet, { patientId });
      const sex = data.sexAtBirth;
      return typeof sex === 'string' && (SEX_AT_BIRTH as readonly string[]).includes(sex) ? (sex as SexAtBirth) : undefined;
    } catch (err) {
      if (err instanceof DomainException && err.code === ErrorCode.UNAVAILABLE) throw err;
      return undefined;
    }
  }

  /** Stores the body of an upload in the object store, by its content type; the checks that need no service first. */
  private async receive(req: GatewayRequest): Promise<{ upload: LabUploadDto; digest: string }> {
    const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type === 'multipart/form-data') return this.receivePdf(req);
    return { upload: await this.receiveBody(req, type), digest: '' };
  }

  private async receiveBody(req: GatewayRequest, type: string): Promise<LabUploadDto> {
    if (HL7_CONTENT_TYPES.includes(type)) {
      const body = req.body as Buffer | undefined;
      if (!body?.length) throw DomainException.validation([{ field: 'body', message: 'An HL7 v2 message is required' }]);
      return this.put(body, 'hl7v2', 'application/hl7-v2');
    }
    if (type === 'text/plain') {
      const text = typeof req.body === 'string' ? req.body : '';
      if (!text.trim()) throw DomainException.validation([{ field: 'body', message: 'The body is empty' }]);
      const isHl7 = /^\uFEFF?\s*MSH./.test(text);
      return this.put(Buffer.from(text, 'utf8'), isHl7 ? 'hl7v2' : 'text', isHl7 ? 'application/hl7-v2' : 'text/plain');
    }
    if (type === 'application/json') {
      const dto = plainToInstance(StructuredLabReportDto, req.body);
      const errors = typeof req.body === 'object' && req.body !== null && !Array.isArray(req.body) ? validateSync(dto as object, VALIDATION_OPTIONS) : null;
      if (errors === null) throw DomainException.validation([{ field: 'body', message: 'must be an object { results: [...] }' }]);
      if (errors.length) throw DomainException.validation(toValidationDetails(errors));
      return this.put(Buffer.from(JSON.stringify(req.body), 'utf8'), 'json', 'application/json');
    }
    throw DomainException.validation([{ field: 'Content-Type', message: 'multipart/form-data (a PDF), application/hl7-v2, text/plain or application/json' }]);
  }

  private async put(bytes: Buffer, kind: LabUploadDto['kind'], contentType: string, fileName?: string): Promise<LabUploadDto> {
    const object = randomUUID();
    await (await this.store()).putBlob({ name: object }, bytes);
    return { object, kind, contentType, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), ...(fileName ? { fileName } : {}) };
  }

  /**
   * The multipart `file`, streamed into the object store chunk by chunk while its first bytes are checked (`%PDF-`:
   * the bytes decide, not the name or the declared type), hashed and counted (over 20 MB → 413).
   */
  private async receivePdf(req: GatewayRequest): Promise<{ upload: LabUploadDto; digest: string }> {
    // A declared length far over the limit is refused before a byte is stored (1 MB of slack for the multipart framing).
    if (Number(req.headers['content-length'] ?? 0) > LAB_PDF_MAX_BYTES + 1024 * 1024) throw tooLarge();
    const part = await req.file().catch(() => undefined);
    if (!part || part.fieldname !== 'file') {
      part?.file.resume();
      throw DomainException.validation([{ field: 'file', message: 'A PDF is required in the multipart field "file"' }]);
    }
    const { object, size, sha256 } = await streamIntoStore(await this.store(), part.file, {
      maxBytes: LAB_PDF_MAX_BYTES, tooLarge, magic: { bytes: PDF_MAGIC, failure: notPdf },
    });
    const fileName = safeFileName(part.filename);
    // What this multipart request carried, for its Idempotency-Key fingerprint: the file's bytes (hashed as they
    // streamed), its field and file name, and the fields sent before it (the boundary differs per request: left out).
    const fields = Object.values(part.fields ?? {}).flat()
      .flatMap((f) => (f && f.type === 'field' ? [[f.fieldname, String(f.value)]] : []));
    const digest = createHash('sha256').update(JSON.stringify({ field: part.fieldname, fileName: part.filename ?? null, size, sha256, fields })).digest('hex');
    return { upload: { object, kind: 'pdf', contentType: 'application/pdf', size, sha256, ...(fileName ? { fileName } : {}) }, digest };
  }

  @Get('patients/:patientId/lab-reports')
  @Requires('read', 'LabReport', { list: true, queryFields: LAB_REPORT_LIST_FIELDS })
  @ApiOkResponse({ description: 'Reports, newest first: status `received → parsing → parsed | failed`, warnings, result count.' })
  listReports(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Query() query: ListLabReportsQueryDto) {
    return this.forward.page<LabReportDto>(req, LABS.reportList, { patientId: params.patientId, query });
  }

  @Get('patients/:patientId/lab-reports/compare')
  @Requires('read', 'LabReport')
  @ApiOkResponse({ description: 'Two reports of the patient (`?a=&b=`) side by side: per biomarker both values in one unit, change (b − a), direction and status change. A report of another patient is 404.' })
  compare(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Query() query: CompareLabReportsQueryDto) {
    return this.forward.send<LabReportComparisonDto>(req, LABS.reportCompare, { patientId: params.patientId, query });
  }

  @Post('patients/:patientId/lab-reports/:reportId/review')
  @HttpCode(200)
  @Requires('update', 'LabReport')
  @ApiOkResponse({ description: 'Marked reviewed by the calling clinician (who and when); idempotent: a repeat answers the first review unchanged. 409 while the report is still being read.' })
  review(@Req() req: GatewayRequest, @Param() params: LabReportIdParamDto) {
    return this.forward.send<LabReportDto>(req, LABS.reportReview, { patientId: params.patientId, reportId: params.reportId });
  }

  @Delete('patients/:patientId/lab-reports/:reportId')
  @Requires('delete', 'LabReport', { body: LabReportReasonDto })
  @ApiOkResponse({ description: 'Admin: soft delete with `{ reason }`. The report and its results are hidden from every read; the rows are kept 7 years. 409 when already deleted.' })
  softDelete(@Req() req: GatewayRequest, @Param() params: LabReportIdParamDto, @Body() body: LabReportReasonDto) {
    return this.forward.send<LabReportDeletionDto>(req, LABS.reportDelete, { patientId: params.patientId, reportId: params.reportId, body });
  }

  @Post('patients/:patientId/lab-reports/:reportId/restore')
  @HttpCode(200)
  @Requires('delete', 'LabReport')
  @ApiOkResponse({ description: 'Admin: undoes a soft delete. 409 when the report is not deleted.' })
  restore(@Req() req: GatewayRequest, @Param() params: LabReportIdParamDto) {
    return this.forward.send<LabReportDeletionDto>(req, LABS.reportRestore, { patientId: params.patientId, reportId: params.reportId });
  }

  @Get('patients/:patientId/lab-reports/:reportId')
  @Requires('read', 'LabReport')
  @ApiOkResponse({ description: 'The report with its parse (status, layout, warnings) and its coded results.' })
  getReport(@Req() req: GatewayRequest, @Param() params: LabReportIdParamDto) {
    return this.forward.send<LabReportDetailDto>(req, LABS.reportGet, { patientId: params.patientId, reportId: params.reportId });
  }

  @Get('patients/:patientId/lab-reports/:reportId/file')
  @Requires('read', 'LabReport')
  @ApiProduces('application/pdf', 'application/hl7-v2', 'text/plain', 'application/json')
  @ApiOkResponse({ description: 'The original as uploaded (a PDF is served as application/pdf). The download is audited.' })
  async getFile(@Req() req: GatewayRequest, @Param() params: LabReportIdParamDto, @Res() reply: FastifyReply) {
    const { data } = await this.forward.send<LabReportFileDto>(req, LABS.reportFile, { patientId: params.patientId, reportId: params.reportId });
    const obj = await (await this.store()).get(data.object);
    if (!obj) throw DomainException.notFound('Lab report file');
    const ext = data.contentType === 'application/pdf' ? 'pdf' : data.contentType === 'application/json' ? 'json' : data.contentType === 'application/hl7-v2' ? 'hl7' : 'txt';
    const name = (data.fileName ?? `lab-report-${data.reportId}`).replace(/[^\w.-]+/g, '_');
    reply
      .status(200)
      .header('Content-Type', data.contentType)
      .header('Content-Length', String(data.size))
      .header('Content-Disposition', `attachment; filename="${name.endsWith(`.${ext}`) ? name : `${name}.${ext}`}"`)
      .header('Cache-Control', 'no-store')
      .header('X-Content-SHA256', data.sha256);
    return reply.send(Readable.fromWeb(obj.data as never));
  }

  @Get('patients/:patientId/lab-results')
  @Requires('read', 'LabResult', { list: true, queryFields: LAB_RESULT_SEARCH_FIELDS })
  @ApiOkResponse({ description: 'Coded results, newest first: `?biomarker=<catalog key or LOINC>`, `?from=`, `?to=` (dates include the whole day), `?flag=`, `?reportId=`.' })
  searchResults(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Query() query: SearchLabResultsQueryDto) {
    return this.forward.page<LabResultDto>(req, LABS.resultSearch, { patientId: params.patientId, query });
  }

  @Get('patients/:patientId/lab-results/latest')
  @Requires('read', 'LabResult')
  @ApiOkResponse({ description: 'The newest result of each catalog biomarker with its status, the previous one (same unit) and the direction.' })
  async latest(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto) {
    const { data } = await this.forward.send<{ data: LatestLabResultDto[] }>(req, LABS.resultLatest, { patientId: params.patientId });
    return { data: data.data, meta: {} };
  }

  @Get('patients/:patientId/lab-results/trend')
  @Requires('read', 'LabResult', { queryFields: LAB_TREND_FIELDS })
  @ApiOkResponse({ description: 'One biomarker over time in the catalog unit (`?biomarker=` required, `?from=`, `?to=`): points oldest first; results that hold no number or do not convert are listed in `excluded`.' })
  trend(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Query() query: LabTrendQueryDto) {
    return this.forward.send<LabTrendDto>(req, LABS.resultTrend, { patientId: params.patientId, query });
  }

  @Get('biomarkers')
  @Requires('read', 'Biomarker')
  @ApiOkResponse({ description: 'The biomarker catalog: key, display name, LOINC (and alternates), UCUM unit, aliases. `?q=` filters.' })
  async biomarkers(@Req() req: GatewayRequest, @Query() query: ListBiomarkersQueryDto) {
    const { data } = await this.forward.send<BiomarkerDto[]>(req, LABS.biomarkerList, { query });
    return { data, meta: { nextCursor: null, limit: data.length } };
  }
}
