import type { LabReportDeletionDto, LabReportDto, LabReportSummaryDto } from '@pg/contracts';
import { summarize } from '../lab-results/lab-status.js';
import type { LabReport } from './lab-report.entity.js';

/** A report as users read it; `summary` counts its (not deleted) results by status (none: a report just uploaded). */
export function toReportDto(r: LabReport, summary: LabReportSummaryDto = summarize([])): LabReportDto {
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
    summary,
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
