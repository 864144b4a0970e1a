import { Readable } from 'node:stream';
import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { IsUUID } from 'class-validator';
import {
  AUDIT, AUDIT_EXPORT_CHUNK_MAX, ListDisclosuresQueryDto, PatientIdParamDto, SearchAuditEventsQueryDto, type DisclosureDto, type ExportAuditEventsQueryDto,
  type StoredAuditEvent, type VerifyChainResultDto, VerifyChainQueryDto, type VerifyJobDto,
} from '@pg/contracts';
import { Requires } from '../access/requires.decorator.js';
import { Forwarder } from '../http/forwarder.service.js';
import type { GatewayRequest } from '../http/gateway-request.js';

class AuditEventIdParamDto {
  @IsUUID('all', { message: 'id must be a UUID' }) id!: string;
}

class VerifyJobIdParamDto {
  @IsUUID('all', { message: 'id must be a UUID' }) id!: string;
}

type ExportFormat = 'ndjson' | 'csv';
const CONTENT_TYPE: Record<ExportFormat, string> = { ndjson: 'application/x-ndjson; charset=utf-8', csv: 'text/csv; charset=utf-8' };

/** `Accept: application/x-ndjson` or `text/csv` asks for an export; anything else for a JSON page. */
export function exportFormatOf(accept: string | undefined): ExportFormat | null {
  const types = (accept ?? '').split(',').map((t) => t.split(';')[0]!.trim().toLowerCase());
  if (types.includes('application/x-ndjson')) return 'ndjson';
  if (types.includes('text/csv')) return 'csv';
  return null;
}

/** The CSV columns of an export, and how each is read from an event. */
const CSV_COLUMNS: ReadonlyArray<readonly [string, (e: StoredAuditEvent) => unknown]> = [
  ['sequence', (e) => e.sequence],
  ['id', (e) => e.id],
  ['recordedAt', (e) => e.recordedAt],
  ['action', (e) => e.action],
  ['outcome', (e) => e.outcome],
  ['reason', (e) => e.reason],
  ['actorPrincipalId', (e) => e.actor.principalId],
  ['actorSubject', (e) => e.actor.subject],
  ['actorRoles', (e) => e.actor.roles.join(' ')],
  ['actorKind', (e) => e.actor.kind],
  ['onBehalfOf', (e) => e.actor.onBehalfOf],
  ['sourceService', (e) => e.source.service],
  ['sourceInstance', (e) => e.source.instance],
  ['sourceIp', (e) => e.source.ip],
  ['sourceUserAgent', (e) => e.source.userAgent],
  ['resourceType', (e) => e.resource.type],
  ['resourceId', (e) => e.resource.id],
  ['patientId', (e) => e.resource.patientId],
  ['query', (e) => (e.query ? JSON.stringify(e.query) : undefined)],
  ['purposeOfUse', (e) => e.purposeOfUse],
  ['breakGlassReason', (e) => e.breakGlass?.reason],
  ['disclosureRecipient', (e) => e.disclosure?.recipient],
  ['disclosureDescription', (e) => e.disclosure?.description],
  ['disclosurePurpose', (e) => e.disclosure?.purpose],
  ['requestId', (e) => e.requestId],
  ['traceId', (e) => e.traceId],
  ['prevHash', (e) => e.prevHash],
  ['hash', (e) => e.hash],
];

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A text a spreadsheet would run as a
 * formula (leading = + - @, tab or carriage return) gets a leading apostrophe, so an export opened in one is inert.
 */
export function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvHeader = () => `${CSV_COLUMNS.map(([name]) => name).join(',')}\r\n`;
export const csvRow = (e: StoredAuditEvent) => `${CSV_COLUMNS.map(([, read]) => csvField(read(e))).join(',')}\r\n`;

@ApiTags('audit')
@Controller('v1/audit')
export class AuditController {
  constructor(private readonly forward: Forwarder) {}

  /**
   * A page of events (JSON), or with `Accept: application/x-ndjson` / `text/csv` every matching event, streamed:
   * the gateway asks audit-svc for one chunk after the other (each recorded there as an `export` with this
   * request's id before it leaves) and writes each as it arrives. A failure before the first byte is an ordinary
   * error response; one later cuts the stream short (the chunked response never ends properly).
   */
  @Get('events')
  @Requires('read', 'AuditEvent', { list: true })
  @ApiProduces('application/json', 'application/x-ndjson', 'text/csv')
  async search(@Req() req: GatewayRequest, @Query() query: SearchAuditEventsQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const format = exportFormatOf(req.headers.accept);
    if (!format) return this.forward.page<StoredAuditEvent>(req, AUDIT.eventSearch, { query });

    const { limit: _pageSize, cursor, ...filters } = query;
    const chunk = (from: string | null | undefined) => {
      const q: ExportAuditEventsQueryDto = { ...filters, limit: AUDIT_EXPORT_CHUNK_MAX, ...(from ? { cursor: from } : {}) };
      return this.forward.page<StoredAuditEvent>(req, AUDIT.eventExport, { query: q });
    };
    const first = await chunk(cursor);
    const line = format === 'csv' ? csvRow : (e: StoredAuditEvent) => `${JSON.stringify(e)}\n`;
    async function* lines(): AsyncGenerator<string> {
      if (format === 'csv') yield csvHeader();
      let page = first;
      for (;;) {
        if (page.data.length) yield page.data.map(line).join('');
        const next = page.meta.nextCursor as string | null;
        if (!next) return;
        page = await chunk(next);
      }
    }
    reply.header('content-type', CONTENT_TYPE[format]);
    reply.header('content-disposition', `attachment; filename="audit-events.${format}"`);
    reply.header('cache-control', 'no-store');
    return Readable.from(lines(), { objectMode: false });
  }

  @Get('events/:id')
  @Requires('read', 'AuditEvent')
  get(@Req() req: GatewayRequest, @Param() params: AuditEventIdParamDto) {
    return this.forward.send<StoredAuditEvent>(req, AUDIT.eventGet, { id: params.id });
  }

  /** A slice of the chain (`fromSeq`/`toSeq` or `from`/`to`), or all of it up to the bound (422 beyond: use a range or a job). */
  @Get('verify')
  @Requires('verify', 'AuditEvent')
  verify(@Req() req: GatewayRequest, @Query() query: VerifyChainQueryDto) {
    return this.forward.send<VerifyChainResultDto>(req, AUDIT.verify, { query });
  }

  /** The whole chain, verified in the background: poll `GET /v1/audit/verify-jobs/{id}` for its progress. */
  @Post('verify-jobs')
  @HttpCode(202)
  @Requires('verify', 'AuditEvent')
  createVerifyJob(@Req() req: GatewayRequest) {
    return this.forward.send<VerifyJobDto>(req, AUDIT.verifyJobCreate, {});
  }

  @Get('verify-jobs/:id')
  @Requires('verify', 'AuditEvent')
  getVerifyJob(@Req() req: GatewayRequest, @Param() params: VerifyJobIdParamDto) {
    return this.forward.send<VerifyJobDto>(req, AUDIT.verifyJobGet, { id: params.id });
  }

  /** HIPAA's accounting of disclosures: auditors, and the patient for themself (others: 403, or 404 out of scope). */
  @Get('patients/:patientId/disclosures')
  @Requires('read', 'Disclosure', { list: true })
  disclosures(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Query() query: ListDisclosuresQueryDto) {
    return this.forward.page<DisclosureDto>(req, AUDIT.disclosureList, { patientId: params.patientId, query });
  }
}
