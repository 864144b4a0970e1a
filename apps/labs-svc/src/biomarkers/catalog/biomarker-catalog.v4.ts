/*
 * The biomarker catalog, version 4: version 3 with the serum tumour markers a longevity clinic orders beside PSA —
 * carcinoembryonic antigen (CEA) and the cancer antigens CA 15-3, CA 19-9 and CA 125 — which reports printed and the
 * reader kept as unknown names (`ANTIGENE CA 15-3`, `ANTIGENE CARCINO EMBRYONNAIRE(ACE)`, `Cancer Antigen CA 125`),
 * the indirect (unconjugated) bilirubin, which version 3 lacked beside the total and direct (`Bilirubin (I)`,
 * `Bilirubin, Indirect` were unknown or, in parentheses, taken for the total), and one more printed name of IGF-1 (`Insulin-like Growth Factor I`, Roman numeral; `IGF-1`, `IGF 1`, `IGF-I`,
 * `Somatomedin C`, `Insulin-like growth factor 1` were already its names).
 *
 * LOINC (loinc.org), each "in Serum or Plasma", the method-less code a report without a method maps to:
 *   2039-6   Carcinoembryonic Ag [Mass/volume]   ng/mL
 *   6875-9   Cancer Ag 15-3 [Units/volume]       U/mL
 *   24108-3  Cancer Ag 19-9 [Units/volume]       U/mL
 *   10334-1  Cancer Ag 125 [Units/volume]        U/mL
 *   1971-1   Bilirubin.indirect [Mass/volume]    mg/dL, molar mass 584.66 g/mol (bilirubin, as the total and direct)
 * The cancer antigens are arbitrary assay units per millilitre (UCUM `U/mL`, the unit reports print); CEA is a
 * glycoprotein measured by mass, so none of the four has a molar mass. LOINC codes and names are © Regenstrief
 * Institute, used under the LOINC licence.
 *
 * Frozen: Migration20261206000000_biomarker_catalog_v4 inserts BIOMARKER_CATALOG_V4_NEW and adds BIOMARKER_ALIASES_V4
 * to the aliases of the rows named. A change is a new data module and a new migration.
 */
import type { BiomarkerSeed } from './biomarker-seed.js';
import { BIOMARKER_CATALOG_V3 } from './biomarker-catalog.v3.js';

/** Names reports print for version 3 biomarkers (catalog key → names), added to their aliases. */
export const BIOMARKER_ALIASES_V4: Readonly<Record<string, readonly string[]>> = {
  "somatomedin-c": ["Insulin-like Growth Factor I"],
};

export const BIOMARKER_CATALOG_V4_NEW: readonly BiomarkerSeed[] = [
  {"key": "carcinoembryonic-antigen", "display": "Carcinoembryonic Antigen", "loinc": "2039-6", "alternateLoinc": [], "ucumUnit": "ng/mL", "aliases": ["Carcinoembryonic Antigen", "CEA", "Carcinoembryonic Ag", "Carcino Embryonic Antigen", "CEA Antigen", "Antigène carcino-embryonnaire", "Karzinoembryonales Antigen", "Antígeno carcinoembrionario", "Antigene carcinoembrionario"], "category": "immunology", "molarMass": null, "charge": null, "resultType": "quantitative"},
  {"key": "cancer-antigen-15-3", "display": "Cancer Antigen 15-3", "loinc": "6875-9", "alternateLoinc": [], "ucumUnit": "U/mL", "aliases": ["Cancer Antigen 15-3", "CA 15-3", "CA15-3", "CA 15.3", "Cancer Ag 15-3", "Cancer Antigen CA 15-3", "Antigène CA 15-3", "Antígeno CA 15-3"], "category": "immunology", "molarMass": null, "charge": null, "resultType": "quantitative"},
  {"key": "cancer-antigen-19-9", "display": "Cancer Antigen 19-9", "loinc": "24108-3", "alternateLoinc": [], "ucumUnit": "U/mL", "aliases": ["Cancer Antigen 19-9", "CA 19-9", "CA19-9", "CA 19.9", "Cancer Ag 19-9", "Cancer Antigen CA 19-9", "Carbohydrate Antigen 19-9", "Antigène CA 19-9", "Antígeno CA 19-9"], "category": "immunology", "molarMass": null, "charge": null, "resultType": "quantitative"},
  {"key": "indirect-bilirubin", "display": "Indirect Bilirubin", "loinc": "1971-1", "alternateLoinc": [], "ucumUnit": "mg/dL", "aliases": ["Indirect Bilirubin", "Bilirubin Indirect", "Bilirubin, Indirect", "Bilirubin (Indirect)", "Unconjugated Bilirubin", "Bilirubin, Unconjugated", "Bilirubin (Unconjugated)", "IBIL", "I Bili"], "category": "hepatology", "molarMass": 584.66, "charge": null, "resultType": "quantitative"},
  {"key": "cancer-antigen-125", "display": "Cancer Antigen 125", "loinc": "10334-1", "alternateLoinc": [], "ucumUnit": "U/mL", "aliases": ["Cancer Antigen 125", "CA 125", "CA-125", "CA125", "Cancer Ag 125", "Cancer Antigen CA 125", "Antigène CA 125", "Antígeno CA 125"], "category": "immunology", "molarMass": null, "charge": null, "resultType": "quantitative"},
];

/** The catalog the parser codes against: version 3, its added names, and the new biomarkers. */
export const BIOMARKER_CATALOG_V4: readonly BiomarkerSeed[] = [
  ...BIOMARKER_CATALOG_V3.map((b) => (BIOMARKER_ALIASES_V4[b.key] ? { ...b, aliases: [...b.aliases, ...BIOMARKER_ALIASES_V4[b.key]!] } : b)),
  ...BIOMARKER_CATALOG_V4_NEW,
];
