import { Controller, Get, Header, Inject, Param, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Bundle } from '@medplum/fhirtypes';
import { actorParts, AuditPublisher, type AuditSource } from '@pg/audit';
import type { GatewayConfig } from '@pg/config';
import { CursorCodec, DomainException, FHIR_PAGE_DEFAULT, FhirEverythingQueryDto, isUuid, PatientIdParamDto, type ActorContext } from '@pg/contracts';
import { exportBundle, exportFhirPage, isFhirExportPosition, type FhirExportPosition } from '@pg/fhir';
import { Requires } from '../access/requires.decorator.js';
import { actorOf, Forwarder } from '../http/forwarder.service.js';
import type { GatewayRequest } from '../http/gateway-request.js';
import { GATEWAY_AUDIT_SOURCE, GATEWAY_CONFIG } from '../tokens.js';

/** A page's cursor: where the next page starts, bound to the patient and the page size it was made for. */
interface EverythingCursor extends FhirExportPosition {
  patientId: string;
  count: number;
}
const isEverythingCursor = (v: unknown): v is EverythingCursor =>
  isFhirExportPosition(v) && isUuid((v as EverythingCursor).patientId) && Number.isInteger((v as EverythingCursor).count);

/**
 * The gateway's own audit event for an export: `export` of the patient's `fhir-record`, carrying a disclosure when
 * the purpose of use is not treatment (HIPAA's accounting then lists it; docs/audit.md). Each part read was
 * recorded by its service as well. Published before any data leaves: no record, no answer (503).
 */
export function exportAuditEvent(actor: ActorContext, source: AuditSource, patientId: string, requestId: string, query: Record<string, string | number | boolean>) {
  const purpose = actor.purposeOfUse;
  return {
    action: 'export' as const,
    outcome: 'success' as const,
    ...actorParts(actor, source),
    resource: { type: 'fhir-record', patientId },
    query,
    ...(purpose !== 'treatment'
      ? { disclosure: { recipient: `${actor.kind} ${actor.principalId} (${actor.roles.join(', ')})`, description: 'FHIR R4 export of the patient record', purpose } }
      : {}),
    requestId,
  };
}

/** FHIR R4 export of one patient's whole record (docs/fhir.md). */
@ApiTags('fhir')
@Controller('v1/patients/:patientId/fhir')
export class FhirController {
  private readonly cursors: CursorCodec;

  constructor(
    private readonly forward: Forwarder,
    private readonly audit: AuditPublisher,
    @Inject(GATEWAY_AUDIT_SOURCE) private readonly source: AuditSource,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
  ) {
    this.cursors = new CursorCodec(config.cursorKey);
  }

  @Get()
  @Requires('read', 'Patient')
  @Header('Content-Type', 'application/fhir+json')
  @ApiOkResponse({
    description: 'A FHIR R4 `searchset` Bundle (like `Patient/$everything`): `_count` resources per page (default 200, at most 1000) plus a Provenance, and an OperationOutcome naming parts left out; `link` `next` until the last page.',
  })
  async everything(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Query() query: FhirEverythingQueryDto): Promise<Bundle> {
    const { patientId } = params;
    const from = this.cursors.decode(query._cursor, isEverythingCursor);
    if (from && from.patientId !== patientId) throw DomainException.validation([{ field: '_cursor', message: '_cursor belongs to another patient' }]);
    const count = from?.count ?? query._count ?? FHIR_PAGE_DEFAULT;
    const actor = actorOf(req);
    const page = await exportFhirPage((pattern, payload) => this.forward.reply(req, pattern, payload), patientId, {
      actor,
      count,
      ...(from ? { from: { part: from.part, cursor: from.cursor, skip: from.skip } } : {}),
    });
    await this.audit.publish(exportAuditEvent(actor, this.source, patientId, String(req.id), { count, page: from ? 'next' : 'first', resources: page.resources.length }));
    const base = `${req.protocol}://${req.host}/v1/patients/${patientId}/fhir`;
    const links = [{ relation: 'self', url: query._cursor ? `${base}?_cursor=${query._cursor}` : `${base}?_count=${count}` }];
    if (page.next) links.push({ relation: 'next', url: `${base}?_cursor=${this.cursors.encode({ ...page.next, patientId, count })}` });
    return exportBundle({ type: 'searchset', resources: page.resources, omitted: page.omitted, links });
  }
}
