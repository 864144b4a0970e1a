import type { BiomarkerSeed } from './biomarker-seed.js';

/** SQL the catalog's migrations write: literals, and the insert of catalog rows (version 3 on; 1 and 2 spell it out). */
export const sqlText = (s: string | null): string => (s === null ? 'null' : `'${s.replace(/'/g, "''")}'`);
export const sqlJson = (v: unknown): string => `${sqlText(JSON.stringify(v))}::jsonb`;
const sqlNum = (n: number | null): string => (n === null ? 'null' : String(n));

/** One `insert into "biomarker"` of these rows (`table`: the table, schema-qualified where a statement runs at once). */
export function insertBiomarkers(seeds: readonly BiomarkerSeed[], table = '"biomarker"'): string {
  const rows = seeds.map((b) =>
    `(${sqlText(b.key)}, ${sqlText(b.display)}, ${sqlText(b.loinc)}, ${sqlText(b.ucumUnit)}, ${sqlJson(b.aliases)}, ${sqlJson(b.alternateLoinc)}, ${sqlText(b.category)}, ${sqlNum(b.molarMass)}, ${sqlNum(b.charge)}, ${sqlText(b.resultType)})`);
  return `insert into ${table} ("key", "display", "loinc", "ucum_unit", "aliases", "alternate_loinc", "category", "molar_mass", "charge", "result_type") values\n${rows.join(',\n')};`;
}

/** The `delete` of these rows (a version's down). */
export function deleteBiomarkers(seeds: readonly BiomarkerSeed[], table = '"biomarker"'): string {
  return `delete from ${table} where "key" in (${seeds.map((b) => sqlText(b.key)).join(', ')});`;
}
