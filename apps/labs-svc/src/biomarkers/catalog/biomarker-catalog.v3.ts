/*
 * The biomarker catalog, version 3: version 2 with the total cholesterol / HDL cholesterol ratio as a biomarker of its
 * own. Version 1 gave three of its names (`Total Cholesterol/HDL Ratio`, `CHOL/HDLC RATIO`, `Cholesterol Ratio`) to the
 * LDL/HDL ratio, so a report's TC/HDL ratio was stored as an LDL/HDL ratio: another quantity (LDL is about two thirds of
 * the total cholesterol), with another risk cut-off. Those names move to the new entry.
 *
 * LOINC 9830-1 "Cholesterol.total/Cholesterol in HDL [Mass Ratio] in Serum or Plasma" (loinc.org); a ratio of two mass
 * concentrations, UCUM `{ratio}`, no molar mass. LOINC codes and names are © Regenstrief Institute, used under the
 * LOINC licence.
 *
 * Frozen: Migration20261205000000_biomarker_catalog_v3 inserts BIOMARKER_CATALOG_V3_NEW and removes
 * BIOMARKER_ALIASES_MOVED_V3 from the aliases of the rows named. A change is a new data module and a new migration.
 */
import type { BiomarkerSeed } from './biomarker-seed.js';
import { BIOMARKER_CATALOG_V2 } from './biomarker-catalog.v2.js';

/** Names version 1 gave to a biomarker they do not name (catalog key → names), moved to the entry they name. */
export const BIOMARKER_ALIASES_MOVED_V3: Readonly<Record<string, readonly string[]>> = {
  "ldl-hdl-ratio": ["Cholesterol Ratio", "CHOL/HDLC RATIO", "Total Cholesterol/HDL Ratio"],
};

export const BIOMARKER_CATALOG_V3_NEW: readonly BiomarkerSeed[] = [
  {"key": "cholesterol-hdl-ratio", "display": "Total Cholesterol/HDL Ratio", "loinc": "9830-1", "alternateLoinc": [], "ucumUnit": "{ratio}", "aliases": ["Total Cholesterol/HDL Ratio", "Cholesterol/HDL Ratio", "Chol/HDL Ratio", "CHOL/HDLC RATIO", "Cholesterol Ratio", "TC/HDL Ratio", "TC/HDL", "Total Cholesterol/HDL", "Total Cholesterol/HDL Cholesterol Ratio", "Chol/HDL"], "category": "lipids", "molarMass": null, "charge": null, "resultType": "quantitative"},
];

/** The catalog the parser codes against: version 2 without the moved names, and the new biomarkers. */
export const BIOMARKER_CATALOG_V3: readonly BiomarkerSeed[] = [
  ...BIOMARKER_CATALOG_V2.map((b) => {
    const moved = BIOMARKER_ALIASES_MOVED_V3[b.key];
    return moved ? { ...b, aliases: b.aliases.filter((a) => !moved.includes(a)) } : b;
  }),
  ...BIOMARKER_CATALOG_V3_NEW,
];
