import type { LabReportDto } from '@pg/contracts';
import type { LabReport } from './lab-report.entity.js';

export function toReportDto(r: LabReport): LabReportDto {
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
  };
}
