import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { isServicePrincipal } from '@pg/access';
import {
  canonicalTimeZone, DomainException, ErrorCode, PROTOCOL_IMPORT_SCOPE, type ErrorDetail, type FhirPartResultDto,
  type ProtocolImportDto, type RequestMeta, type TreatmentsFhirImportRequest, type FhirPartUndoRequest,
} from '@pg/contracts';
import { DoseLog } from '../adherence/dose-log.entity.js';
import { Protocol } from '../protocols/protocol.entity.js';
import { ProtocolEventRelay } from '../protocols/protocol-event.relay.js';
import { ProtocolVersion, type StoredProtocolItem } from '../protocols/protocol-version.entity.js';
import { checkDates, checkItems, checkNextVersion } from '../protocols/protocols.service.js';
import { TreatmentsFhirImportLedger } from './fhir-import-ledger.entity.js';

/** The subject of profiles-svc's import principal, the one caller this part takes (docs/rbac.md, "FHIR import"). */
export const FHIR_IMPORT_SUBJECT = Symbol('FHIR_IMPORT_SUBJECT');

type Outcomes = FhirPartResultDto['outcomes'];

/**
 * treatments-svc's part of a FHIR import (docs/fhir.md "Import"), asked by profiles-svc's saga as its import principal
 * on behalf of the patient: each CarePlan that maps, as a protocol with its first version, in the request's one
 * transaction. Keyed by (patient, the CarePlan's source key) in fhir_import_ledger: the same bundle again adds nothing;
 * a CarePlan whose content changed (a newer bundle) becomes a new version of the protocol it made. A CarePlan this
 * system exported from a protocol of this very patient is merged into it (no ledger row: the undo leaves it alone).
 *
 * Access: not the clinicians' `create` on Protocol, and not `protocols:write` (which never writes a protocol): only
 * a service actor whose subject is the configured import principal, holding `protocols:import`, acting on behalf of
 * the patient named in the request.
 */
@Injectable()
export class TreatmentsFhirImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly events: ProtocolEventRelay,
    @Inject(FHIR_IMPORT_SUBJECT) private readonly importSubject: string,
  ) {}

  async write(meta: RequestMeta, req: TreatmentsFhirImportRequest): Promise<FhirPartResultDto & { patientId: string }> {
    this.requireImporter(meta, req.patientId);
    const checked = req.protocols.map((p) => ({ p, ...checkProtocol(p) }));
    const keys = req.protocols.map((p) => p.key);
    if (new Set(keys).size !== keys.length) throw new DomainException(ErrorCode.UNPROCESSABLE, 'The treatments part names a CarePlan twice');
    const now = new Date();
    const by = meta.actor.principalId ?? meta.actor.subject;
    const outcomes: Outcomes = {};
    const ledger = new Map((await this.em.find(TreatmentsFhirImportLedger, { patientId: req.patientId, sourceKey: { $in: keys } })).map((l) => [l.sourceKey, l]));
    const localIds = req.protocols.flatMap((p) => (p.localId ? [p.localId] : []));
    const own = new Set(localIds.length ? (await this.em.find(Protocol, { id: { $in: localIds }, patientId: req.patientId }, { fields: ['id'] })).map((h) => h.id) : []);

    for (const { p, timeZone, items, hash } of checked) {
      const seen = ledger.get(p.key);
      if ((seen && seen.contentHash === hash) || (!seen && p.localId && own.has(p.localId))) {
        outcomes[p.key] = 'existing';
        continue;
      }
      const head = seen ? await this.em.findOne(Protocol, { id: seen.protocolId, patientId: req.patientId }) : null;
      if (seen && head) {
        // A newer bundle changed the CarePlan: the protocol's next version, in force from now (versions are never
        // rewritten), under the rules a clinician's change follows. A protocol the clinic has since completed or
        // cancelled, or moved where the CarePlan's status cannot follow, is left as the clinic has it.
        const current = await this.em.findOneOrFail(ProtocolVersion, { protocolId: head.id, patientId: req.patientId, version: head.latestVersion });
        try {
          checkNextVersion(current, p.status, now);
        } catch (err) {
          if (err instanceof DomainException && err.code === ErrorCode.CONFLICT) {
            outcomes[p.key] = 'existing';
            continue;
          }
          throw err;
        }
        const version = this.version(head.id, req.patientId, head.latestVersion + 1, p, timeZone, items, now, by);
        Object.assign(head, { latestVersion: version.version, status: version.status, updatedAt: now });
        Object.assign(seen, { contentHash: hash, lastImportId: req.importId, updatedAt: now });
        this.em.persist(version);
        this.events.announce(version);
        outcomes[p.key] = 'existing';
        continue;
      }
      const created = Object.assign(new Protocol(), { id: randomUUID(), patientId: req.patientId, latestVersion: 1, status: p.status, createdBy: by, createdAt: now, updatedAt: now });
      const version = this.version(created.id, req.patientId, 1, p, timeZone, items, now, by);
      this.em.persist([created, version]);
      if (seen) Object.assign(seen, { protocolId: created.id, contentHash: hash, firstImportId: req.importId, lastImportId: req.importId, updatedAt: now });
      else {
        this.em.persist(Object.assign(new TreatmentsFhirImportLedger(), {
          patientId: req.patientId, sourceKey: p.key, protocolId: created.id, contentHash: hash, firstImportId: req.importId, lastImportId: req.importId, undoing: false, updatedAt: now,
        }));
      }
      this.events.announce(version);
      outcomes[p.key] = 'created';
    }
    await this.em.flush();
    return { patientId: req.patientId, outcomes };
  }

  /**
   * The compensation: the protocols this import created (ledger `first_import_id`), with their versions (and any dose
   * logged against them since), deleted in this transaction. Versions a later import added to a protocol it did not
   * create stay: a protocol is never half undone.
   */
  async undo(meta: RequestMeta, req: FhirPartUndoRequest): Promise<{ patientId: string; removed: number }> {
    this.requireImporter(meta, req.patientId);
    const made = await this.em.find(TreatmentsFhirImportLedger, { patientId: req.patientId, firstImportId: req.importId });
    const ids = made.map((l) => l.protocolId);
    if (ids.length) {
      // Marked first: the versions' and doses' append-only trigger lets the deletes of these protocols through.
      await this.em.nativeUpdate(TreatmentsFhirImportLedger, { patientId: req.patientId, firstImportId: req.importId }, { undoing: true });
      await this.em.nativeDelete(DoseLog, { protocolId: { $in: ids }, patientId: req.patientId });
      await this.em.nativeDelete(ProtocolVersion, { protocolId: { $in: ids }, patientId: req.patientId });
      await this.em.nativeDelete(Protocol, { id: { $in: ids }, patientId: req.patientId });
      await this.em.nativeDelete(TreatmentsFhirImportLedger, { patientId: req.patientId, firstImportId: req.importId });
    }
    return { patientId: req.patientId, removed: ids.length };
  }

  /** Only the import principal, with its scope, on behalf of the patient of the request (else 403, or 404 for another patient). */
  private requireImporter(meta: RequestMeta, patientId: string): void {
    if (!isServicePrincipal(meta.actor, { subject: this.importSubject, scope: PROTOCOL_IMPORT_SCOPE, onBehalfOf: 'a patient' })) {
      throw DomainException.forbidden(`Protocols are imported only by the FHIR import principal with ${PROTOCOL_IMPORT_SCOPE}, on behalf of the patient`);
    }
    if (meta.actor.onBehalfOf !== patientId) throw DomainException.notFound('Patient', true);
  }

  private version(protocolId: string, patientId: string, n: number, p: ProtocolImportDto, timeZone: string, items: StoredProtocolItem[], now: Date, by: string): ProtocolVersion {
    return Object.assign(new ProtocolVersion(), {
      id: randomUUID(), protocolId, patientId, version: n, name: p.name.trim(), status: p.status, startDate: p.startDate, endDate: p.endDate ?? null,
      timeZone, items, effectiveFrom: n === 1 ? null : now, createdBy: by, createdAt: now,
    });
  }

}

/**
 * A CarePlan's protocol checked as a clinician's would be (dates, UCUM units, schedules compiled in its zone); a
 * refusal is UNPROCESSABLE naming the CarePlan (the saga rolls the import back). Its content hash is over what is
 * stored, in a fixed key order, so the same CarePlan always hashes the same.
 */
function checkProtocol(p: ProtocolImportDto): { timeZone: string; items: StoredProtocolItem[]; hash: string } {
  try {
    checkDates(p.startDate, p.endDate);
    const timeZone = canonicalTimeZone(p.timeZone) ?? p.timeZone;
    const items = checkItems(p.items.map(({ id: _id, ...item }) => item), [], timeZone, p.startDate);
    const content = {
      name: p.name.trim(), status: p.status, startDate: p.startDate, endDate: p.endDate ?? null, timeZone,
      items: items.map((i) => ({ compound: i.compound, dose: i.dose, unit: i.unit, route: i.route, rrule: i.schedule.rrule, dtstart: i.schedule.dtstart ?? null, instructions: i.instructions ?? null })),
    };
    return { timeZone, items, hash: createHash('sha256').update(JSON.stringify(content)).digest('hex') };
  } catch (err) {
    if (err instanceof DomainException && err.code === ErrorCode.VALIDATION_FAILED) {
      const details: ErrorDetail[] = err.details.map((d) => ({ field: `${p.key}.${d.field}`, message: d.message }));
      throw new DomainException(ErrorCode.UNPROCESSABLE, `The CarePlan ${p.key} is not a protocol treatments-svc takes`, details);
    }
    throw err;
  }
}
