import type { LabReportDeletionDto, LabReportDto, LabStatus } from '@pg/contracts';
import { summarize } from '../lab-results/lab-status.js';
import type { LabReport } from './lab-report.entity.js';

/** A report as users read it; `statuses` are its (not deleted) results' statuses, for the summary. */
export function toReportDto(r: LabReport, statuses: readonly (LabStatus | null)[] = []): LabReportDto {
  return {
    id: r.id,
    patientId: r.patientId,
    status: r.status,
    kind: r.kind,
    contentType: r.contentType,
    fileName: r.fileName ?? null,
    size: r.fileSize,
    layout: r.layout ?? null,
    collectedAt: r.collectedAt ? r.collectedAt.toISOString() : null,
    resultCount: r.resultCount,
    warnings: r.warnings ?? [],
    error: r.error ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    parsedAt: r.parsedAt ? r.parsedAt.toISOString() : null,
    summary: summarize(statuses),
    reviewed: !!r.reviewedAt,
    review: r.reviewedAt && r.reviewedBy ? { reviewedBy: r.reviewedBy, reviewedAt: r.reviewedAt.toISOString() } : null,
  };
}

/** What a soft delete or restore answers: the record's state only (an admin reads no clinical content). */
export function toDeletionDto(r: LabReport): LabReportDeletionDto {
  return {
    id: r.id,
    patientId: r.patientId,
    deleted: !!r.deletedAt,
    deletedAt: r.deletedAt ? r.deletedAt.toISOString() : null,
    deletedBy: r.deletedAt ? r.deletedBy ?? null : null,
    retainUntil: r.retainUntil ? r.retainUntil.toISOString() : null,
  };
}
