/*
 * The biomarker catalog, version 10: version 9 with the fibrin/fibrinogen degradation products (FDP) as a biomarker of
 * their own, and `ACR` as a name of the albumin/creatinine ratio.
 *
 * Version 1 gave `FDP` and `Fibrin Degradation Products` to the D-dimer (as the MediKeep test library lists them), so a
 * coagulation panel's FDP — every fragment plasmin cuts from fibrin and fibrinogen, about 0–5 µg/mL, printed beside the
 * D-dimer, one of those fragments, in mg/L FEU or ng/mL — was stored as a D-dimer: another test, on another scale, and
 * in µg/L a thousand times the D-dimer's usual values in trends. Those names move to the new entry, and results stored
 * as D-dimers under them move with them (Migration20261213000000_biomarker_catalog_v10).
 *
 * No LOINC code: the FDP's codes (Fibrin+Fibrinogen degradation products, by method) could not be checked in any list
 * this service can read; the entry is coded by name, as version 1's antinuclear antibody is. UCUM `ug/mL` (mg/L is the
 * same number), no molar mass (a mixture of fragments).
 *
 * `ACR` and `Urine ACR`: UK and Australian reports print the urine's albumin/creatinine ratio so (`Urine ACR  2.1  mg/mmol`);
 * `ACR` alone only with a unit a ratio per creatinine is printed in, or none (coding: `ACR  0.45  nmol/L` is an
 * acetylcholine receptor antibody's). Names that say D-dimer beside FDP (`D-Dimer/FDP`, `FDP (D-Dimer)`) stay the D-dimer's.
 * Left: a D-dimer printed `FEU` (fibrinogen-equivalent units, about twice the D-dimer units of the catalog's code
 * 48058-2) is not told apart from one in D-dimer units. (Version 11 tells them apart: biomarker-catalog.v11.ts.)
 *
 * Frozen: Migration20261213000000_biomarker_catalog_v10 inserts BIOMARKER_CATALOG_V10_NEW, takes
 * BIOMARKER_ALIASES_MOVED_V10 from the rows named and adds BIOMARKER_ALIASES_V10 to theirs. A change is a new data
 * module and a new migration.
 */
import type { BiomarkerSeed } from './biomarker-seed.js';
import { BIOMARKER_CATALOG_V9 } from './biomarker-catalog.v9.js';

/** Names version 1 gave to a biomarker they do not name (catalog key → names), moved to the entry they name. */
export const BIOMARKER_ALIASES_MOVED_V10: Readonly<Record<string, readonly string[]>> = {
  'd-dimer': ['Fibrin Degradation Products', 'FDP'],
};

/** Names reports print for version 9 biomarkers (catalog key → names), added to their aliases. */
export const BIOMARKER_ALIASES_V10: Readonly<Record<string, readonly string[]>> = {
  'microalbumin-creatinine-ratio': ['ACR', 'Urine ACR'],
  // The D-dimer printed with the family it belongs to (review of version 10: `D-Dimer FDP  0.4  mg/L FEU`, `FDP/D-Dimer`,
  // `Fibrin Degradation Products (D-Dimer)` were the D-dimer's in version 9, through its FDP names, and would have lost it).
  'd-dimer': ['D-Dimer FDP', 'FDP D-Dimer', 'D-Dimer/FDP', 'FDP/D-Dimer', 'FDP (D-Dimer)', 'Fibrin Degradation Products (D-Dimer)',
    'Fibrin Degradation Products D-Dimer', 'D-Dimer Fibrin Degradation Products'],
};

export const BIOMARKER_CATALOG_V10_NEW: readonly BiomarkerSeed[] = [
  {"key": "fibrin-degradation-products", "display": "Fibrin/Fibrinogen Degradation Products", "loinc": null, "alternateLoinc": [], "ucumUnit": "ug/mL", "aliases": ["Fibrin/Fibrinogen Degradation Products", "Fibrin Degradation Products", "Fibrinogen Degradation Products", "Fibrin(ogen) Degradation Products", "Fibrin Split Products", "FDP", "FDPs", "FgDP"], "category": "hematology", "molarMass": null, "charge": null, "resultType": "quantitative"},
];

/** The catalog the parser codes against: version 9 with the moved and added names, and the new biomarker. */
export const BIOMARKER_CATALOG_V10: readonly BiomarkerSeed[] = [
  ...BIOMARKER_CATALOG_V9.map((b) => {
    const moved = BIOMARKER_ALIASES_MOVED_V10[b.key];
    const added = BIOMARKER_ALIASES_V10[b.key];
    if (!moved && !added) return b;
    return { ...b, aliases: [...b.aliases.filter((a) => !moved?.includes(a)), ...(added ?? [])] };
  }),
  ...BIOMARKER_CATALOG_V10_NEW,
];
