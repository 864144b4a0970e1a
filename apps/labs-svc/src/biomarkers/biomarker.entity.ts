import { defineEntity, p } from '@mikro-orm/core';

/**
 * The biomarker catalog: a stable key, a display name, LOINC code (and the other codes reports use), the UCUM unit
 * results are normalized to, the names lab reports use, and what unit conversions need (molar mass, charge).
 */
export const BiomarkerSchema = defineEntity({
  name: 'Biomarker',
  tableName: 'biomarker',
  indexes: [
    { name: 'biomarker_loinc_idx', properties: ['loinc'] },
    { name: 'biomarker_aliases_idx', expression: 'create index "biomarker_aliases_idx" on "biomarker" using gin ("aliases" jsonb_path_ops)' },
    { name: 'biomarker_alternate_loinc_idx', expression: 'create index "biomarker_alternate_loinc_idx" on "biomarker" using gin ("alternate_loinc" jsonb_path_ops)' },
  ],
  properties: {
    key: p.string().columnType('text').primary(),
    display: p.string().columnType('text'),
    loinc: p.string().columnType('text').nullable(),
    ucumUnit: p.string().columnType('text').nullable(),
    aliases: p.json<string[]>().defaultRaw(`'[]'`),
    alternateLoinc: p.json<string[]>().defaultRaw(`'[]'`),
    category: p.string().columnType('text').nullable(),
    molarMass: p.double().runtimeType('number').$type<number>().nullable(),
    charge: p.integer().nullable(),
    resultType: p.string().columnType('text').default('quantitative'),
  },
});

export class Biomarker extends BiomarkerSchema.class {}
BiomarkerSchema.setClass(Biomarker);
