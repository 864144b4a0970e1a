import type { FhirImportReportDto, FhirImportReportEntryDto } from '@pg/contracts';
import type { ImportPart, Outcome, PlanLine } from './plan.js';

/** Per resource type of the bundle: how many came in, and what became of each (the job's report, libs/contracts). */
export type ImportReportEntry = FhirImportReportEntryDto;
export type ImportReport = FhirImportReportDto;

/**
 * What each service answered for the keys of its part: `created` (new rows) or `existing` (rows that were already
 * there, updated or unchanged: the resource is merged into them).
 */
export type PartOutcomes = Partial<Record<ImportPart, Record<string, 'created' | 'existing'>>>;

/** One line per resource type; every resource of the bundle is counted once, as imported, merged or skipped. */
export function buildReport(lines: PlanLine[], outcomes: PartOutcomes): ImportReport {
  const byResource = resourceOutcomes(outcomes);
  const byType = new Map<string, ImportReportEntry & { reasonCounts: Map<string, number> }>();
  for (const line of lines) {
    let e = byType.get(line.resourceType);
    if (!e) {
      e = { resourceType: line.resourceType, total: 0, imported: 0, merged: 0, skipped: 0, reasons: [], reasonCounts: new Map() };
      byType.set(line.resourceType, e);
    }
    e.total++;
    const outcome = outcomeOf(line, byResource);
    if (outcome === 'skipped') {
      e.skipped++;
      const reason = line.skipped ?? 'not written by its service';
      e.reasonCounts.set(reason, (e.reasonCounts.get(reason) ?? 0) + 1);
    } else e[outcome]++;
  }
  const entries = [...byType.values()]
    .map(({ reasonCounts, ...e }) => ({ ...e, reasons: [...reasonCounts].map(([reason, count]) => ({ reason, count })) }))
    .sort((a, b) => a.resourceType.localeCompare(b.resourceType));
  return { total: lines.length, byType: entries };
}

/**
 * Item keys folded to the resource they came from (a blood-pressure Observation is two samples, `<key>@<loinc>`): a
 * resource is imported when any of its items was created, merged when all were there already.
 */
function resourceOutcomes(outcomes: PartOutcomes): PartOutcomes {
  const out: PartOutcomes = {};
  for (const [part, byKey] of Object.entries(outcomes) as [ImportPart, Record<string, 'created' | 'existing'>][]) {
    const folded: Record<string, 'created' | 'existing'> = {};
    for (const [key, got] of Object.entries(byKey)) {
      const resource = key.split('@')[0]!;
      if (folded[resource] !== 'created') folded[resource] = got;
    }
    out[part] = folded;
  }
  return out;
}

function outcomeOf(line: PlanLine, outcomes: PartOutcomes): Outcome {
  if (line.skipped || !line.part) return 'skipped';
  const got = outcomes[line.part]?.[line.key];
  return got === 'created' ? 'imported' : got === 'existing' ? 'merged' : 'skipped';
}
