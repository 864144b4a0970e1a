import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { afterCommit, beginTransaction } from '@pg/audit';
import { decide, defineAbilityFor, enforce, patientScope, type Action, type PatientScope } from '@pg/access';
import {
  DomainException, ErrorCode, type GlucoseSummaryDto, type GlucoseSummaryQueryDto, type Page, type RequestMeta, type WearableDailyDto,
  type WearableDailyStatDto, type WearableDayRangeQueryDto, type WearableImportDto, type WearableReadingDto, type WearableReadingsQueryDto, type WearableSamplesDto, type WearableSamplesQueryDto, type WearableStatsQueryDto,
  type WearableUploadDto,
} from '@pg/contracts';
import { EntityManager } from '@mikro-orm/postgresql';
import { glucoseSummary } from './glucose-summary.js';
import { describeHead, detectFormat, HEAD_BYTES, WEARABLE_FORMATS } from './formats/registry.js';
import { isTimeZone, localToInstant } from './formats/local-time.js';
import { digestHex } from '../lab-reports/lab-file.store.js';
import { peekHead, WearableFileStore } from './wearable-file.store.js';
import { WearableImport } from './wearable-import.entity.js';
import { WearableImportQueue } from './wearable-import.queue.js';
import { WearableSeriesRepository } from './wearable-series.repository.js';

const unprocessable = (message: string) => new DomainException(ErrorCode.UNPROCESSABLE, message);

export function toImportDto(i: WearableImport): WearableImportDto {
  return {
    id: i.id, patientId: i.patientId, status: i.status, format: i.format ?? null, provider: i.provider ?? null, fileName: i.fileName ?? null, size: i.fileSize,
    timeZone: i.timeZone ?? null, accepted: i.accepted, duplicates: i.duplicates, rejected: i.rejected, reasons: i.reasons, error: i.error ?? null,
    createdAt: i.createdAt.toISOString(), completedAt: i.completedAt ? i.completedAt.toISOString() : null,
  };
}

/** A date `YYYY-MM-DD` plus n days. */
function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Local midnight of a date in a zone, as an instant. */
function midnight(day: string, zone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return localToInstant({ year: y, month: m, day: d, hour: 0, minute: 0, second: 0 }, zone).instant;
}

/** A query bound: a zoned timestamp as it is, a date as its local midnight (`to`: the next midnight, so the day is in). */
function bound(value: string, zone: string, end: boolean): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return midnight(end ? addDays(value, 1) : value, zone);
  return new Date(value);
}

const MAX_RANGE_DAYS = 400;

/**
 * Wearables and CGM for one patient: imports of uploaded exports (format from the content), reads of the time
 * series (buckets, daily stats, daily summaries) and the consensus glucose metrics. Each use case starts with the
 * record-level check on `Wearable`.
 */
@Injectable()
export class WearablesService {
  private readonly logger = new Logger('Wearables');

  constructor(
    private readonly em: EntityManager,
    private readonly files: WearableFileStore,
    private readonly series: WearableSeriesRepository,
    private readonly queue: WearableImportQueue,
  ) {}

  /**
   * Takes one uploaded export as an import job: the format is detected from its first 64 KB (an unknown format, or
   * zone-less times without a zone, is a 422 at once), the import is stored `queued` and its job published once that
   * commits; a worker (WearableImportQueue) reads it. The answer is the queued import: its status and counts are
   * read with `getImport` until it is `completed` or `failed`.
   */
  async importUpload(meta: RequestMeta, patientId: string, upload: WearableUploadDto, timeZone: string | undefined): Promise<WearableImportDto> {
    this.check(meta, 'create', patientId);
    if (timeZone !== undefined && !isTimeZone(timeZone)) throw DomainException.validation([{ field: 'timeZone', message: 'timeZone is not a known IANA zone' }]);
    const info = await this.files.info(upload.object);
    if (!info || info.deleted) throw DomainException.validation([{ field: 'file', message: 'The uploaded file was not found in the store' }]);
    if (info.size !== upload.size || digestHex(info) !== upload.sha256) {
      throw DomainException.validation([{ field: 'file', message: 'The stored file does not match the upload (size or SHA-256)' }]);
    }
    const opened = await this.files.open(upload.object);
    if (!opened) throw DomainException.validation([{ field: 'file', message: 'The uploaded file was not found in the store' }]);
    const { head, stream } = await peekHead(opened, HEAD_BYTES);
    stream.destroy();
    const format = detectFormat(head);
    if (!format) {
      throw unprocessable(`Not a recognised wearable or CGM export: it looks like ${describeHead(head)}. Recognised: ${WEARABLE_FORMATS.map((f) => f.id).join(', ')}`);
    }
    if (format.needsTimeZone && !timeZone) {
      throw unprocessable(`${format.id} timestamps are local times without a zone: the import needs timeZone (an IANA zone such as Europe/Berlin)`);
    }
    const id = randomUUID();
    const now = new Date();
    await beginTransaction();
    const imp = Object.assign(new WearableImport(), {
      id, patientId, status: 'queued' as const, format: format.id, provider: null,
      fileObject: upload.object, fileSize: upload.size, fileSha256: upload.sha256, fileName: upload.fileName ?? null, timeZone: timeZone ?? null,
      accepted: 0, duplicates: 0, rejected: 0, reasons: [], error: null, attempts: 0, claimedBy: null, claimedUntil: null, startedAt: null,
      createdBy: meta.actor.principalId, createdAt: now, updatedAt: now, completedAt: null,
    });
    this.em.persist(imp);
    await this.em.flush();
    // A lost publish is not lost work: the queue's sweep queues imports still waiting.
    afterCommit(() => this.queue.enqueue(id).catch(() => this.logger.warn('could not queue a wearable import (the sweep will)')));
    return toImportDto(imp);
  }

  async getImport(meta: RequestMeta, patientId: string, importId: string): Promise<WearableImportDto> {
    // The record first (another patient's import is 404 to anyone who may read some), then the data check.
    const ability = defineAbilityFor(meta.actor);
    enforce(decide(ability, 'read', 'Wearable', patientId));
    const scope = patientScope(ability, 'read', 'Wearable') ?? { kind: 'some', patientIds: [] };
    const found = scope.kind === 'all' || scope.patientIds.includes(patientId)
      ? await this.em.findOne(WearableImport, { id: importId, patientId })
      : null;
    if (!found) throw DomainException.notFound('Wearable import');
    enforce(decide(ability, 'read', 'Wearable', patientId, 'value'));
    return toImportDto(found);
  }

  async samples(meta: RequestMeta, patientId: string, query: WearableSamplesQueryDto): Promise<WearableSamplesDto> {
    const scope = this.scope(meta, 'read', patientId);
    const zone = this.zone(query.timeZone);
    const from = bound(query.from, zone, false);
    const to = bound(query.to, zone, true);
    this.range(from, to);
    const { unit, buckets } = await this.series.buckets(scope, patientId, { metric: query.metric, from, to, bucket: query.bucket, timeZone: zone });
    return { metric: query.metric, unit, bucket: query.bucket, buckets };
  }

  /** The readings a FHIR import stored (provider `fhir`), page by page: what the FHIR export sends as vital signs. */
  async readings(meta: RequestMeta, patientId: string, query: WearableReadingsQueryDto): Promise<Page<WearableReadingDto>> {
    const scope = this.scope(meta, 'read', patientId);
    return this.series.readings(scope, patientId, 'fhir', query);
  }

  async stats(meta: RequestMeta, patientId: string, query: WearableStatsQueryDto): Promise<WearableDailyStatDto[]> {
    const scope = this.scope(meta, 'read', patientId);
    this.dayRange(query);
    return this.series.dailyStats(scope, patientId, query);
  }

  async daily(meta: RequestMeta, patientId: string, query: WearableDayRangeQueryDto): Promise<WearableDailyDto[]> {
    const scope = this.scope(meta, 'read', patientId);
    this.dayRange(query);
    return this.series.dailySummaries(scope, patientId, query);
  }

  async glucoseSummary(meta: RequestMeta, patientId: string, query: GlucoseSummaryQueryDto): Promise<GlucoseSummaryDto> {
    const scope = this.scope(meta, 'read', patientId);
    const zone = this.zone(query.timeZone);
    const days = this.dayRange(query);
    const from = midnight(query.from, zone);
    const to = midnight(addDays(query.to, 1), zone);
    const aggregates = await this.series.glucoseAggregates(scope, patientId, { from, to, timeZone: zone });
    if (!aggregates) throw DomainException.notFound('Patient', true);
    return glucoseSummary(aggregates, { from: query.from, to: query.to, timeZone: zone, days, seconds: (to.getTime() - from.getTime()) / 1000 });
  }

  private zone(timeZone: string | undefined): string {
    if (timeZone === undefined) return 'UTC';
    if (!isTimeZone(timeZone)) throw DomainException.validation([{ field: 'timeZone', message: 'timeZone is not a known IANA zone' }]);
    return timeZone;
  }

  private range(from: Date, to: Date): void {
    if (from > to) throw DomainException.validation([{ field: 'to', message: 'to must not be before from' }]);
    if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) throw DomainException.validation([{ field: 'to', message: `at most ${MAX_RANGE_DAYS} days at once` }]);
  }

  /** Calendar days from `from` to `to`, both included. */
  private dayRange(q: { from: string; to: string }): number {
    const days = Math.round((Date.parse(`${q.to}T00:00:00Z`) - Date.parse(`${q.from}T00:00:00Z`)) / 86_400_000) + 1;
    if (!Number.isFinite(days) || days < 1) throw DomainException.validation([{ field: 'to', message: 'to must be on or after from' }]);
    if (days > MAX_RANGE_DAYS) throw DomainException.validation([{ field: 'to', message: `at most ${MAX_RANGE_DAYS} days at once` }]);
    return days;
  }

  /**
   * The record-level check on Wearable, then the scope for the queries. Reads need the data itself (`value`): a
   * coordinator may read a connection's status fields only (docs/rbac.md), never samples, stats or imports.
   */
  private scope(meta: RequestMeta, action: Action, patientId: string): PatientScope {
    const ability = defineAbilityFor(meta.actor);
    enforce(decide(ability, action, 'Wearable', patientId));
    if (action === 'read') enforce(decide(ability, 'read', 'Wearable', patientId, 'value'));
    return patientScope(ability, action, 'Wearable') ?? { kind: 'some', patientIds: [] };
  }

  private check(meta: RequestMeta, action: Action, patientId: string): void {
    enforce(decide(defineAbilityFor(meta.actor), action, 'Wearable', patientId));
  }
}
