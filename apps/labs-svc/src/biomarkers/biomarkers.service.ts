import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { decide, defineAbilityFor } from '@pg/access';
import { DomainException, type BiomarkerDto, type ListBiomarkersQueryDto, type RequestMeta } from '@pg/contracts';
import { BiomarkerCatalog, foldName } from '../lab-reports/parsing/catalog.js';
import { Biomarker } from './biomarker.entity.js';
import { optimalOf } from './catalog/optimal-ranges.v1.js';

const CACHE_MS = 60_000;

export function toBiomarkerDto(b: Biomarker): BiomarkerDto {
  return {
    key: b.key,
    display: b.display,
    loinc: b.loinc ?? null,
    alternateLoinc: b.alternateLoinc ?? [],
    ucumUnit: b.ucumUnit ?? null,
    aliases: b.aliases ?? [],
    category: b.category ?? null,
    molarMass: b.molarMass ?? null,
    resultType: b.resultType === 'qualitative' ? 'qualitative' : 'quantitative',
    optimal: optimalOf(b.key),
  };
}

/** The biomarker catalog: the list users read, and the matcher the parser codes with (cached for a minute). */
@Injectable()
export class BiomarkersService {
  private cached?: { at: number; catalog: Promise<BiomarkerCatalog> };

  constructor(private readonly em: EntityManager) {}

  async list(meta: RequestMeta, query: ListBiomarkersQueryDto): Promise<BiomarkerDto[]> {
    if (decide(defineAbilityFor(meta.actor), 'read', 'Biomarker') !== 'allow') throw DomainException.forbidden('Not allowed to read the biomarker catalog');
    const rows = await this.em.find(Biomarker, {}, { orderBy: { display: 'asc', key: 'asc' } });
    // Spelling folded on both sides, no test-name synonyms (those are for coding a report's rows: `AP` is ALP there).
    const q = query.q ? foldName(query.q) : '';
    const hit = (b: Biomarker) => !q || [b.key, b.display, b.loinc ?? '', ...(b.alternateLoinc ?? []), ...(b.aliases ?? [])].some((s) => foldName(s).includes(q) || s === query.q);
    return rows.filter(hit).map(toBiomarkerDto);
  }

  /** The catalog for coding and for resolving `?biomarker=`. */
  catalog(): Promise<BiomarkerCatalog> {
    if (!this.cached || Date.now() - this.cached.at > CACHE_MS) {
      const catalog = this.em.find(Biomarker, {}, { orderBy: { key: 'asc' } }).then((rows) => new BiomarkerCatalog(rows.map((b) => ({
        key: b.key,
        display: b.display,
        loinc: b.loinc ?? null,
        alternateLoinc: b.alternateLoinc ?? [],
        ucumUnit: b.ucumUnit ?? null,
        aliases: b.aliases ?? [],
        molarMass: b.molarMass ?? null,
        charge: b.charge ?? null,
        resultType: b.resultType === 'qualitative' ? 'qualitative' as const : 'quantitative' as const,
      }))));
      this.cached = { at: Date.now(), catalog };
      catalog.catch(() => { this.cached = undefined; });
    }
    return this.cached.catalog;
  }
}
