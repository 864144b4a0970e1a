/*
 * The biomarker catalog, version 9 (cat9): version 8 with the molar masses that let results a laboratory prints in
 * substance units be normalized to the catalog's mass unit (and the other way round), so that they take part in trends,
 * report comparisons and statuses instead of being left out with `unit-not-convertible` (counted on the tuning and
 * probe sets on 2026-12-05: IGF-1 in nmol/L, PTH in pmol/L, NT-proBNP in pmol/L, an MCH in fmol, an MCHC in mmol/L, an
 * estimated average glucose in mmol/L — each kept as printed and out of trends before):
 *   somatomedin-c (IGF-1)          7,649 g/mol   the mature 70-residue peptide (UniProt P05019); laboratories print
 *                                                 ng/mL × 0.131 = nmol/L
 *   parathyroid-hormone            9,425 g/mol   intact PTH(1-84) (UniProt P01270); pg/mL × 0.106 = pmol/L
 *   nt-probnp                      8,457 g/mol   NT-proBNP(1-76); pg/mL × 0.118 = pmol/L
 *   mean-corpuscular-hemoglobin   16,114.5 g/mol the haemoglobin monomer, as version 1's hemoglobin (g/dL ↔ mmol/L):
 *                                                 fmol × 16.11 = pg, the SI MCH Dutch and Scandinavian reports print
 *   mean-corpuscular-hemoglobin-concentration  16,114.5 g/mol   mmol/L × 1.611 = g/dL
 *   estimated-average-glucose      180.156 g/mol glucose's, as version 1's glucose
 * (2026-12-05, later: prolactin and growth hormone in mIU/L are normalized through their WHO International Standards,
 * international-units.v1.ts — not a molar mass, so not here.)
 * Not given one: insulin (the catalog's µIU/mL is an assay's unit; pmol/L ÷ 6 is a convention, not a molar mass),
 * prolactin and growth hormone in mIU/L (an assay's factor), lipoprotein(a) mg/dL ↔ nmol/L (no single factor: the
 * apolipoprotein(a) isoforms differ in mass).
 *
 * Frozen: Migration20261211000000_biomarker_catalog_v9 sets these. A change is a new data module and a new migration.
 */
import type { BiomarkerSeed } from './biomarker-seed.js';
import { BIOMARKER_CATALOG_V8 } from './biomarker-catalog.v8.js';

/** Version 9's molar masses (g/mol), by key: each was null in version 8. */
export const BIOMARKER_MOLAR_MASSES_V9: Readonly<Record<string, number>> = {
  'somatomedin-c': 7649,
  'parathyroid-hormone': 9425,
  'nt-probnp': 8457,
  'mean-corpuscular-hemoglobin': 16114.5,
  'mean-corpuscular-hemoglobin-concentration': 16114.5,
  'estimated-average-glucose': 180.156,
};

/** The catalog the parser codes against: version 8 with version 9's molar masses. */
export const BIOMARKER_CATALOG_V9: readonly BiomarkerSeed[] = BIOMARKER_CATALOG_V8.map((b) =>
  BIOMARKER_MOLAR_MASSES_V9[b.key] === undefined ? b : { ...b, molarMass: BIOMARKER_MOLAR_MASSES_V9[b.key]! });
