import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityData } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import type { JetStreamClient } from '@nats-io/jetstream';
import { defineAbilityFor, requirePatientAccess } from '@pg/access';
import { afterCommit, beginTransaction, JETSTREAM } from '@pg/audit';
import {
  DomainException, ErrorCode, FHIR_IMPORT, LabReportParsedEvent, LABS_EVENTS, type FhirPartResultDto, type LabsFhirImportRequest, type FhirPartUndoRequest,
  type RequestMeta,
} from '@pg/contracts';
import {
  BundleFormatError, decodeLabPart, FhirBundleStore, ImportPlanError, labPartObject, planImport, readBundle, SYSTEMS, type BundleEntry, type LabPart, type LabReportItem,
} from '@pg/fhir';
import { NatsNamespace, publishDomainEvent } from '@pg/messaging';
import { BiomarkersService } from '../biomarkers/biomarkers.service.js';
import { LabReport } from '../lab-reports/lab-report.entity.js';
import { codeRows, type CodedResult } from '../lab-reports/parsing/coding.js';
import type { Comparator, RawRow } from '../lab-reports/parsing/parse.types.js';
import { LabResult } from '../lab-results/lab-result.entity.js';
import { rateResult } from '../lab-results/lab-status.js';
import { WearableSampleStore } from '../wearables/wearable-sample.store.js';
import type { WearableSample } from '../wearables/wearable-sample.js';
import { LabsFhirImportLedger } from './fhir-import-ledger.entity.js';
import { insertChunked, tableOf, updateChunked } from '@pg/persistence';

type Outcomes = FhirPartResultDto['outcomes'];
const hashOf = (item: object): string => createHash('sha256').update(JSON.stringify(item)).digest('hex');
/** How far ahead of now a result may be dated (clock skew between systems) before it is refused. */
const FUTURE_SLACK_MS = 24 * 3600_000;
const COMPARATORS = new Set(['<', '<=', '>', '>=']);

/**
 * labs-svc's part of a FHIR import (docs/fhir.md "Import"), asked by profiles-svc's saga as its service principal
 * on behalf of the patient: the laboratory Observations as lab results grouped by their DiagnosticReport (coded
 * against the biomarker catalog: LOINC, UCUM, ranges, interpretation), the vital signs as samples (provider `fhir`).
 * The part comes planned by profiles-svc (libs/fhir `encodeLabPart`: in the request, or as an object of its own in
 * FHIR_IMPORTS when larger than a message may be), checked here against its contract; the Bundle is read from the
 * store once per import. Keyed by (patient, source key): the same bundle again changes nothing; a report whose
 * content changed is rewritten. A result dated in the future is refused (UNPROCESSABLE): the saga rolls back.
 */
@Injectable()
export class LabsFhirImportService {
  private readonly bundles: FhirBundleStore;

  constructor(
    private readonly em: EntityManager,
    private readonly biomarkers: BiomarkersService,
    private readonly samples: WearableSampleStore,
    @Inject(JETSTREAM) private readonly js: JetStreamClient,
    private readonly ns: NatsNamespace,
  ) {
    this.bundles = new FhirBundleStore(js, ns.stream(FHIR_IMPORT.fileBucket));
  }

  async write(meta: RequestMeta, req: LabsFhirImportRequest): Promise<FhirPartResultDto & { patientId: string }> {
    const ability = defineAbilityFor(meta.actor);
    requirePatientAccess(ability, 'create', 'LabResult', req.patientId);
    const part = await this.part(req);
    if (part.vitals.length) requirePatientAccess(ability, 'create', 'Wearable', req.patientId);
    refuseFuture(part);
    const outcomes: Outcomes = {};
    // The vital signs go to the sample store in a transaction of its own (its own connection): written while the
    // reports are, not after them. Both are awaited before answering, failed or not, so an undo never races a write.
    const [reports, vitals] = await Promise.allSettled([this.writeReports(meta, req, part, outcomes), this.writeVitals(req, part, outcomes)]);
    if (reports.status === 'rejected') throw reports.reason;
    if (vitals.status === 'rejected') throw vitals.reason;
    const written = reports.value;
    afterCommit(async () => {
      // Published together (each acknowledged): one after another, a bundle's tens of reports waited on each ack.
      await Promise.all(written.map((r) => publishDomainEvent(
        this.js, this.ns, LABS_EVENTS.reportParsed, new LabReportParsedEvent(r.id, r.patientId, r.kind, r.resultCount, 0), `${LABS_EVENTS.reportParsed}:${r.id}:${r.updatedAt.getTime()}`,
      )));
    });
    return { patientId: req.patientId, outcomes };
  }

  /** The lab reports and their results, in the unit's transaction; returns the reports written (new or rewritten). */
  private async writeReports(meta: RequestMeta, req: LabsFhirImportRequest, part: LabPart, outcomes: Outcomes): Promise<LabReport[]> {
    const catalog = await this.biomarkers.catalog();
    const now = new Date();
    const by = meta.actor.principalId ?? meta.actor.subject ?? 'service';
    const written: LabReport[] = [];
    // New rows are gathered as plain rows and inserted table by table (insertChunked: one JSON text per statement),
    // and the ledger is read as rows, not entities: for hundreds of results, entities (their change sets, the ORM's
    // quoting of every value) were most of this part's CPU time.
    const fresh = { reports: [] as LabReport[], results: [] as LabResultRow[], ledger: [] as LedgerRow[] };
    const touched: LedgerRow[] = [];

    await beginTransaction();
    const rows = await this.em.execute<{ source_key: string; content_hash: string; row_id: string }[]>(
      `select "source_key", "content_hash", "row_id" from ${tableOf(this.em, 'fhir_import_ledger')} where "patient_id" = ?`, [req.patientId],
    );
    const ledger = new Map(rows.map((l) => [l.source_key, { contentHash: l.content_hash, rowId: l.row_id }]));
    const keep = (key: string, kind: 'report' | 'result', rowId: string, hash: string) => {
      const seen = ledger.has(key);
      outcomes[key] = seen ? 'existing' : 'created';
      const row = { patientId: req.patientId, sourceKey: key, kind, rowId, contentHash: hash, firstImportId: req.importId, lastImportId: req.importId, updatedAt: now };
      if (seen) touched.push({ patientId: row.patientId, sourceKey: key, rowId, contentHash: hash, lastImportId: req.importId, updatedAt: now });
      else fresh.ledger.push(row);
    };
    const localIds = part.reports.flatMap((r) => (r.localId ? [r.localId] : []));
    const own = new Set(localIds.length ? (await this.em.find(LabReport, { id: { $in: localIds }, patientId: req.patientId, deletedAt: null }, { fields: ['id'] })).map((r) => r.id) : []);
    for (const item of part.reports) {
      const hash = hashOf(item);
      const seen = ledger.get(item.key);
      if ((seen && seen.contentHash === hash) || (!seen && item.localId && own.has(item.localId))) {
        outcomes[item.key] = 'existing';
        for (const r of item.results) outcomes[r.key] = 'existing';
        continue;
      }
      const coded = codeRows(item.results.map(toRawRow), catalog, item.collectedAt).results;
      let report = seen ? await this.em.findOne(LabReport, { id: seen.rowId }) : null;
      if (report) await this.em.nativeDelete(LabResult, { reportId: report.id });
      else {
        report = Object.assign(new LabReport(), {
          id: randomUUID(), patientId: req.patientId, status: 'parsed', kind: 'json', contentType: 'application/fhir+json', fileName: null,
          fileObject: `fhir-import:${req.upload.object}`, fileSize: req.upload.size, fileSha256: req.upload.sha256, attempts: 0, warnings: [],
          createdBy: by, createdAt: now, requestKey: null, sexAtBirth: part.sexAtBirth ?? null,
        });
        fresh.reports.push(report);
      }
      Object.assign(report, { layout: 'fhir', collectedAt: new Date(item.collectedAt), resultCount: coded.length, parsedAt: now, updatedAt: now, error: null });
      keep(item.key, 'report', report.id, hash);
      coded.forEach((c, i) => {
        const row = toEntity(report!, c, now);
        fresh.results.push(row);
        keep(item.results[i]!.key, 'result', row.id, hashOf(item.results[i]!));
      });
      written.push(report);
    }

    await insertChunked(this.em, LabReport, fresh.reports);
    await insertChunked(this.em, LabResult, fresh.results);
    await insertChunked(this.em, LabsFhirImportLedger, fresh.ledger);
    await updateChunked(this.em, LabsFhirImportLedger, ['patientId', 'sourceKey'], touched);
    // What was there already (a newer bundle's changed reports): updated by the unit of work.
    await this.em.flush();
    return written;
  }

  /**
   * The vital signs as samples (provider `fhir`), only those not stored yet: a re-import opens no write at all. A
   * reading this system exported (its `localKey`) that the patient holds is merged into it, not stored twice.
   */
  private async writeVitals(req: LabsFhirImportRequest, part: LabPart, outcomes: Outcomes): Promise<void> {
    if (part.vitals.length) {
      const keys = part.vitals.map((v) => v.key);
      const existing = await this.samples.existingKeys(req.patientId, 'fhir', [...keys, ...part.vitals.flatMap((v) => (v.localKey ? [v.localKey] : []))]);
      const stored = (v: LabPart['vitals'][number]) => existing.has(v.key) || (!!v.localKey && existing.has(v.localKey));
      const samples: WearableSample[] = part.vitals.filter((v) => !stored(v)).map((v) => ({
        provider: 'fhir', device: null, metric: v.metric, start: new Date(v.at), end: null, value: v.value, unit: (v.unit ?? '1').slice(0, 20), sourceKey: v.key,
      }));
      if (samples.length) await this.samples.write(req.patientId, 'upload', { format: 'fhir', samples, rejected: [] }, { importId: req.importId, timeZone: 'UTC' });
      for (const v of part.vitals) outcomes[v.key] = stored(v) ? 'existing' : 'created';
    }
  }

  /**
   * The compensation: the reports and results this import created (ledger `first_import_id`) and the samples it
   * brought are deleted. A lab report is kept by a trigger until its retention date once soft-deleted; an import's
   * own rows that never completed are retired at once (retention date now) and deleted.
   */
  async undo(meta: RequestMeta, req: FhirPartUndoRequest): Promise<{ patientId: string; removed: number }> {
    requirePatientAccess(defineAbilityFor(meta.actor), 'create', 'LabResult', req.patientId);
    const samples = await this.samples.removeImport(req.patientId, req.importId);
    await beginTransaction();
    const made = await this.em.find(LabsFhirImportLedger, { patientId: req.patientId, firstImportId: req.importId });
    const reports = made.filter((l) => l.kind === 'report').map((l) => l.rowId);
    if (reports.length) {
      const past = new Date(Date.now() - 60_000);
      await this.em.nativeUpdate(LabReport, { id: { $in: reports } }, { deletedAt: past, retainUntil: past, deleteReason: 'FHIR import rolled back' });
      await this.em.nativeUpdate(LabResult, { reportId: { $in: reports } }, { deletedAt: past, retainUntil: past });
      await this.em.nativeDelete(LabResult, { reportId: { $in: reports } });
      await this.em.nativeDelete(LabReport, { id: { $in: reports } });
    }
    await this.em.nativeDelete(LabsFhirImportLedger, { patientId: req.patientId, firstImportId: req.importId });
    return { patientId: req.patientId, removed: made.length + samples };
  }

  /**
   * The lab part: as profiles-svc planned it, in the request or (when large) in an object of its own, checked
   * against its contract; from a caller that sends neither, planned here from the Bundle in the store.
   */
  private async part(req: LabsFhirImportRequest): Promise<LabPart> {
    try {
      if (req.part !== undefined) return decodeLabPart(req.part);
      if (req.partStored) {
        const json = await this.bundles.readPart(labPartObject(req.importId, req.patientId));
        if (json === null) throw new DomainException(ErrorCode.UNPROCESSABLE, 'The planned lab part is not in the store');
        return decodeLabPart(json);
      }
      const stream = await this.bundles.openBundle(req.upload.object);
      if (!stream) throw new DomainException(ErrorCode.UNPROCESSABLE, 'The bundle is not in the store');
      const entries: BundleEntry[] = [];
      for await (const e of readBundle(stream)) entries.push(e);
      const plan = planImport(entries.some((e) => e.request) ? 'transaction' : 'collection', entries);
      return { ...(plan.patient.sexAtBirth ? { sexAtBirth: plan.patient.sexAtBirth } : {}), ...plan.labs };
    } catch (err) {
      if (err instanceof BundleFormatError || err instanceof ImportPlanError) throw new DomainException(ErrorCode.UNPROCESSABLE, err.message);
      throw err;
    }
  }
}

function refuseFuture(part: LabPart): void {
  const limit = Date.now() + FUTURE_SLACK_MS;
  const late = (at: string) => Date.parse(at) > limit;
  const bad = part.reports.flatMap((r: LabReportItem) => [r, ...r.results]).filter((x) => late(x.collectedAt)).map((x) => x.key)
    .concat(part.vitals.filter((v) => late(v.at)).map((v) => v.key));
  if (bad.length) {
    throw new DomainException(ErrorCode.UNPROCESSABLE, 'Laboratory results or vital signs are dated in the future', bad.slice(0, 20).map((key) => ({ field: key, message: 'dated in the future' })));
  }
}

function toRawRow(r: LabReportItem['results'][number], i: number): RawRow {
  return {
    name: r.name, value: r.value ?? null, ...(r.valueText ? { valueText: r.valueText } : {}),
    ...(r.comparator && COMPARATORS.has(r.comparator) ? { comparator: r.comparator as Comparator } : {}),
    ...(r.unit ? { unit: r.unit } : {}),
    ...(r.referenceRange.low !== undefined || r.referenceRange.high !== undefined ? { range: { ...(r.referenceRange.low !== undefined ? { low: r.referenceRange.low } : {}), ...(r.referenceRange.high !== undefined ? { high: r.referenceRange.high } : {}) } } : {}),
    ...(r.referenceRange.text ? { rangeText: r.referenceRange.text } : {}),
    ...(r.flag ? { normalizedFlag: r.flag } : {}), ...(r.reportedFlag ? { flag: r.reportedFlag } : {}),
    line: i + 1,
    ...(r.loinc ? { code: { system: SYSTEMS.loinc, code: r.loinc, display: r.name } } : {}),
    collectedAt: r.collectedAt,
  };
}

type LabResultRow = EntityData<LabResult> & { id: string };
type LedgerRow = EntityData<LabsFhirImportLedger>;

function toEntity(report: LabReport, c: CodedResult, now: Date): LabResultRow {
  const { status } = rateResult({
    biomarkerKey: c.biomarker?.key ?? null, value: c.value, comparator: c.comparator ?? null, unit: c.unit, flag: c.flag,
    molarMass: c.biomarker?.molarMass ?? null, charge: c.biomarker?.charge ?? null,
  }, report.sexAtBirth ?? null);
  return {
    id: randomUUID(), patientId: report.patientId, reportId: report.id, position: c.index,
    biomarkerKey: c.biomarker?.key ?? null, display: c.biomarker?.display ?? c.name, loinc: c.biomarker?.loinc ?? c.reportedCode?.code ?? null, name: c.name,
    value: c.value, valueText: c.valueText ?? null, comparator: c.comparator ?? null, unit: c.unit, referenceRange: c.range, flag: c.flag,
    reportedFlag: c.reportedFlag ?? null, normalizedValue: c.normalized?.value ?? null, normalizedUnit: c.normalized?.unit ?? null,
    collectedAt: new Date(c.collectedAt), source: 'json', reportedCode: c.reportedCode ?? null, comment: c.comment ?? null, line: null, page: null, createdAt: now, status,
    deletedAt: null, retainUntil: null,
  };
}
