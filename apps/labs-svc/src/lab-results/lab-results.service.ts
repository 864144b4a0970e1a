import { Injectable } from '@nestjs/common';
import { defineAbilityFor, type PatientScope, requirePatientAccess, requireReadableQuery } from '@pg/access';
import {
  DomainException, LAB_RESULT_SEARCH_FIELDS, LAB_TREND_FIELDS, type LabResultDto, type LabTrendDto, type LabTrendQueryDto, type LatestLabResultDto, type Page, type RequestMeta,
  type SearchLabResultsQueryDto,
} from '@pg/contracts';
import { analyteFacts } from '../biomarkers/catalog/analyte-facts.js';
import { directionOf, valueIn } from './lab-compare.js';
import { BiomarkersService } from '../biomarkers/biomarkers.service.js';
import { LabResultRepository, type ResultFilter } from './lab-result.repository.js';
import { toResultDto } from './lab-result.mapper.js';

const LOINC = /^\d{1,7}-\d$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Lab results: the filtered list, and the trend of one biomarker in one unit. */
@Injectable()
export class LabResultsService {
  constructor(private readonly results: LabResultRepository, private readonly biomarkers: BiomarkersService) {}

  async search(meta: RequestMeta, patientId: string, query: SearchLabResultsQueryDto): Promise<Page<LabResultDto>> {
    const scope = this.scope(meta, patientId);
    requireReadableQuery(defineAbilityFor(meta.actor), 'LabResult', LAB_RESULT_SEARCH_FIELDS, query);
    const filter: ResultFilter = { ...(await this.biomarkerFilter(query.biomarker)), ...dates(query.from, query.to) };
    if (query.flag) filter.flag = query.flag;
    if (query.status) filter.status = query.status;
    if (query.reportId) filter.reportId = query.reportId;
    const page = await this.results.search(scope, patientId, filter, query);
    return { ...page, items: page.items.map(toResultDto) };
  }

  /**
   * One biomarker over time in the catalog's unit: each result's normalized value (converted when it was coded).
   * Results without a number, or in a unit that does not convert, are listed as excluded with the reason.
   */
  async trend(meta: RequestMeta, patientId: string, query: LabTrendQueryDto): Promise<LabTrendDto> {
    const scope = this.scope(meta, patientId);
    requireReadableQuery(defineAbilityFor(meta.actor), 'LabResult', LAB_TREND_FIELDS, query);
    const entry = (await this.biomarkers.catalog()).resolve(query.biomarker);
    if (!entry) throw DomainException.notFound('Biomarker');
    const rows = await this.results.series(scope, patientId, { biomarkerKey: entry.key, ...dates(query.from, query.to) });
    const unit = entry.ucumUnit;
    const trend: LabTrendDto = { patientId, biomarker: { key: entry.key, display: entry.display, ...(entry.loinc ? { loinc: entry.loinc } : {}) }, unit, points: [], excluded: [] };
    for (const r of rows) {
      if (r.value === null || r.value === undefined) {
        trend.excluded.push({ resultId: r.id, reason: 'no numeric value' });
      } else if (unit && r.normalizedUnit === unit && r.normalizedValue !== null && r.normalizedValue !== undefined) {
        trend.points.push({ resultId: r.id, reportId: r.reportId ?? null, collectedAt: r.collectedAt.toISOString(), value: r.normalizedValue, flag: r.flag ?? null, reportedValue: r.value, reportedUnit: r.unit ?? null });
      } else if (!unit && !r.unit) {
        trend.points.push({ resultId: r.id, reportId: r.reportId ?? null, collectedAt: r.collectedAt.toISOString(), value: r.value, flag: r.flag ?? null, reportedValue: r.value, reportedUnit: null });
      } else {
        trend.excluded.push({ resultId: r.id, reason: `unit ${r.unit ?? '(none)'} does not convert to ${unit ?? 'no unit'}` });
      }
    }
    return trend;
  }

  /**
   * Per catalog biomarker, the newest result and the one before it: the value in the catalog unit when it converted
   * (else as reported), the previous value in the same unit, and the direction between them.
   */
  async latest(meta: RequestMeta, patientId: string): Promise<{ data: LatestLabResultDto[] }> {
    const scope = this.scope(meta, patientId);
    const rows = await this.results.latestTwo(scope, patientId);
    const catalog = await this.biomarkers.catalog();
    const byKey = new Map<string, typeof rows>();
    for (const r of rows) byKey.set(r.biomarkerKey!, [...(byKey.get(r.biomarkerKey!) ?? []), r]);
    const data: LatestLabResultDto[] = [];
    for (const [key, [last, prev]] of byKey) {
      if (!last) continue;
      const entry = catalog.resolve(key);
      const normalized = last.normalizedValue !== null && last.normalizedValue !== undefined && last.normalizedUnit;
      const unit = normalized ? last.normalizedUnit! : last.unit ?? null;
      const value = normalized ? last.normalizedValue! : last.value ?? null;
      // (review cr28) The newest not normalized (a unit the reader refused): the previous one only in its very unit,
      // never converted into a unit no conversion was trusted for.
      const prevValue = !prev ? null : normalized ? valueIn(prev, unit, entry ? analyteFacts(entry) : null) : prev.unit === last.unit ? (prev.value ?? null) : null;
      const previous: LatestLabResultDto['previous'] = prev ? { value: prevValue, collectedAt: prev.collectedAt.toISOString() } : null;
      data.push({
        biomarker: key,
        display: last.display,
        loinc: last.loinc ?? null,
        value,
        valueText: last.valueText ?? null,
        unit,
        collectedAt: last.collectedAt.toISOString(),
        status: last.status ?? null,
        flag: last.flag ?? null,
        previous,
        direction: prev ? directionOf(prevValue, value) : null,
      });
    }
    data.sort((x, y) => x.display.localeCompare(y.display) || x.biomarker.localeCompare(y.biomarker));
    return { data };
  }

  private async biomarkerFilter(ref: string | undefined): Promise<Pick<ResultFilter, 'biomarkerKey' | 'loinc'>> {
    if (!ref) return {};
    const entry = (await this.biomarkers.catalog()).resolve(ref);
    if (entry) return { biomarkerKey: entry.key };
    if (LOINC.test(ref)) return { loinc: ref };
    throw DomainException.validation([{ field: 'biomarker', message: 'biomarker must be a catalog key or a LOINC code (see GET /v1/biomarkers)' }]);
  }

  private scope(meta: RequestMeta, patientId: string): PatientScope {
    return requirePatientAccess(defineAbilityFor(meta.actor), 'read', 'LabResult', patientId);
  }
}

/** `from` inclusive; `to` inclusive (a date-only `to` includes that whole day, UTC). */
function dates(from?: string, to?: string): Pick<ResultFilter, 'from' | 'before'> {
  const out: Pick<ResultFilter, 'from' | 'before'> = {};
  if (from) out.from = new Date(DATE_ONLY.test(from) ? `${from}T00:00:00Z` : from);
  if (to) out.before = DATE_ONLY.test(to) ? new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000) : new Date(Date.parse(to) + 1);
  if (out.from && out.before && out.from >= out.before) throw DomainException.validation([{ field: 'from', message: 'from must not be after to' }]);
  return out;
}
