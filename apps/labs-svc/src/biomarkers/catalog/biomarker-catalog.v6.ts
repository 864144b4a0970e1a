/*
 * The biomarker catalog, version 6 (labsleft): version 5 with the lipid ratios reports print beside the total
 * cholesterol/HDL ratio — HDL/LDL (its inverse of LDL/HDL, a biomarker of its own: the two are never folded together)
 * and triglyceride/HDL — and the antistreptolysin O antibody (ASO), a quantitative serology in international units.
 * The LDL/HDL ratio, in the catalog since version 1 without a code, gains its LOINC code.
 *
 * LOINC (loinc.org):
 *   16616-5  Cholesterol in HDL/Cholesterol in LDL [Mass Ratio] in Serum or Plasma      {ratio}
 *   44733-4  Triglyceride/Cholesterol in HDL [Mass Ratio] in Serum or Plasma            {ratio} (the molar ratio, 55607-6, is not it)
 *   11054-4  Cholesterol in LDL/Cholesterol in HDL [Mass Ratio] in Serum or Plasma      {ratio} (ldl-hdl-ratio, version 1's)
 *   5370-2   Streptolysin O Ab [Units/volume] in Serum or Plasma                        [IU]/mL
 * Ratios of two mass concentrations: UCUM `{ratio}`, no molar mass. ASO is an antibody counted in international units
 * (no molar mass); `ASO Titre` is one of its names (reports print it over IU/mL), but a titre printed as a dilution
 * (`ASO Titre  1:200`) is another property and stays unknown (the coder: a dilution is no value of an entry with a
 * unit). Codes as seen in code-index lists (LOINC tables, FHIR value sets, OMOP concept extracts; several agreeing for
 * 11054-4, 5370-2 and 44733-4, two for 16616-5), not checked against LOINC itself. LOINC codes and names are ©
 * Regenstrief Institute, used under the LOINC licence.
 *
 * Frozen: Migration20261208000000_biomarker_catalog_v6 inserts BIOMARKER_CATALOG_V6_NEW, adds BIOMARKER_ALIASES_V6 to
 * the aliases of the rows named and sets BIOMARKER_LOINC_V6 on them. A change is a new data module and a new migration.
 */
import type { BiomarkerSeed } from './biomarker-seed.js';
import { BIOMARKER_CATALOG_V5 } from './biomarker-catalog.v5.js';

/** Names reports print for version 5 biomarkers (catalog key → names), added to their aliases. */
export const BIOMARKER_ALIASES_V6: Readonly<Record<string, readonly string[]>> = {};

/** LOINC codes for version 5 biomarkers that had none (catalog key → code and alternates). */
export const BIOMARKER_LOINC_V6: Readonly<Record<string, { loinc: string; alternateLoinc: string[] }>> = {
  "ldl-hdl-ratio": { loinc: "11054-4", alternateLoinc: [] },
};

export const BIOMARKER_CATALOG_V6_NEW: readonly BiomarkerSeed[] = [
  {"key": "hdl-ldl-ratio", "display": "HDL/LDL Ratio", "loinc": "16616-5", "alternateLoinc": [], "ucumUnit": "{ratio}", "aliases": ["HDL/LDL Ratio", "HDL/LDL", "HDL-C/LDL-C Ratio", "HDL-C/LDL-C", "HDL/LDL Cholesterol Ratio"], "category": "lipids", "molarMass": null, "charge": null, "resultType": "quantitative"},
  {"key": "triglyceride-hdl-ratio", "display": "Triglyceride/HDL Ratio", "loinc": "44733-4", "alternateLoinc": [], "ucumUnit": "{ratio}", "aliases": ["Triglyceride/HDL Ratio", "Triglycerides/HDL Ratio", "Triglyceride/HDL", "Triglycerides/HDL", "TG/HDL Ratio", "TG/HDL", "TG/HDL-C Ratio", "TG/HDL-C", "Trig/HDL Ratio", "TRIG/HDL"], "category": "lipids", "molarMass": null, "charge": null, "resultType": "quantitative"},
  {"key": "antistreptolysin-o", "display": "Antistreptolysin O", "loinc": "5370-2", "alternateLoinc": [], "ucumUnit": "[IU]/mL", "aliases": ["Antistreptolysin O", "Anti-Streptolysin O", "Anti Streptolysin O", "ASO", "ASOT", "ASLO", "Antistreptolysin O Antibody", "Streptolysin O Antibody", "Antistreptolysin O Titre", "Antistreptolysin O Titer", "ASO Titre", "ASO Titer", "Antiestreptolisina O", "Antistreptolysine O"], "category": "immunology", "molarMass": null, "charge": null, "resultType": "quantitative"},
];

/** The catalog the parser codes against: version 5, its added names and codes, and the new biomarkers. */
export const BIOMARKER_CATALOG_V6: readonly BiomarkerSeed[] = [
  ...BIOMARKER_CATALOG_V5.map((b) => {
    const aliases = BIOMARKER_ALIASES_V6[b.key];
    const codes = BIOMARKER_LOINC_V6[b.key];
    return aliases || codes ? { ...b, ...(aliases ? { aliases: [...b.aliases, ...aliases] } : {}), ...(codes ?? {}) } : b;
  }),
  ...BIOMARKER_CATALOG_V6_NEW,
];
