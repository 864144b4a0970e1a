/*
 * The biomarker catalog, version 5 (labs52cat): version 4 with the qualitative serology, parasitology and urine drug
 * screens that screening and fever-panel reports print and the reader kept as unknown names (`HBsAg Kualitatif`, the
 * Widal agglutinations, the malaria smear, an Indonesian medical check-up's `NARKOBA` panel), two serum proteins of a
 * Chilean inpatient chemistry (prealbumin, procalcitonin), and LOINC codes for two version 1 serologies that had none.
 *
 * LOINC (loinc.org) of the new biomarkers, the method-less code first where one is known:
 *   5195-3   Hepatitis B virus surface Ag [Presence] in Serum               (alternate 5196-1, the same by immunoassay)
 *   19261-7  Amphetamines [Presence] in Urine by Screen method              (alternate 19343-3, Amphetamine [Presence] …)
 *   19554-5  Methamphetamine [Presence] in Urine by Screen method
 *   18282-4  Cannabinoids [Presence] in Urine by Screen method
 *   19359-9  Cocaine [Presence] in Urine by Screen method
 *   19295-5  Opiates [Presence] in Urine by Screen method
 *   14316-4  Benzodiazepines [Presence] in Urine by Screen method
 *   32700-7  Microscopic observation [Identifier] in Blood by Malaria smear
 *   50687-3  Plasmodium sp Ag [Presence] in Blood
 *   14338-8  Prealbumin [Mass/volume] in Serum or Plasma                    mg/dL
 *   33959-8  Procalcitonin [Mass/volume] in Serum or Plasma                 ng/mL (alternate 75241-0, by immunoassay)
 * The four Widal agglutinations (Salmonella typhi O and H, paratyphi A and B H antibodies, answered as a titre or
 * reactive/non-reactive) have no code here: the sources seen disagree (5765-5, 6570-6 and 34372-3 for the typhi O
 * titre) and none could be checked against LOINC itself. Version 1's hepatitis C antibody gains 16128-1 (Hepatitis C
 * virus Ab [Presence] in Serum; alternate 13955-0, in Serum or Plasma by Immunoassay) and its VDRL/RPR 5292-8 (Reagin
 * Ab [Presence] in Serum by VDRL; alternate 20507-0, by RPR). Codes as seen in the eHealth Connector LOINC enums, LOINC
 * table extracts and FHIR value sets of the code index (docs/labs.md, sources table). LOINC codes and names are ©
 * Regenstrief Institute, used under the LOINC licence.
 *
 * (readfixC, before any release: edited in place, the migration reads this module) `Blood Parasite Identification` is no
 * alias of the malaria smear (a blood film read for any parasite: filariae, trypanosomes, babesia too; the Lal PathLabs
 * `Malaria Parasite / Blood Parasite Identification`, a malaria smear first, is an alias of its own); the card test
 * (`Malaria Parasite (Card Test)`, `Malaria Card Test`) is the antigen's, not the smear's.
 *
 * Frozen: Migration20261207000000_biomarker_catalog_v5 inserts BIOMARKER_CATALOG_V5_NEW, adds BIOMARKER_ALIASES_V5 to
 * the aliases of the rows named and sets BIOMARKER_LOINC_V5 on them. A change is a new data module and a new migration.
 */
import type { BiomarkerSeed } from './biomarker-seed.js';
import { BIOMARKER_CATALOG_V4 } from './biomarker-catalog.v4.js';

/** Names reports print for version 4 biomarkers (catalog key → names), added to their aliases. */
export const BIOMARKER_ALIASES_V5: Readonly<Record<string, readonly string[]>> = {};

/** LOINC codes for version 4 biomarkers that had none (catalog key → code and alternates). */
export const BIOMARKER_LOINC_V5: Readonly<Record<string, { loinc: string; alternateLoinc: string[] }>> = {
  "hepatitis-c-antibody": { loinc: "16128-1", alternateLoinc: ["13955-0"] },
  "venereal-disease-research-laboratory": { loinc: "5292-8", alternateLoinc: ["20507-0"] },
};

export const BIOMARKER_CATALOG_V5_NEW: readonly BiomarkerSeed[] = [
  {"key": "hepatitis-b-surface-antigen", "display": "Hepatitis B Surface Antigen", "loinc": "5195-3", "alternateLoinc": ["5196-1"], "ucumUnit": null, "aliases": ["Hepatitis B Surface Antigen", "HBsAg", "HBs Ag", "HBs Antigen", "Hepatitis B Surface Ag", "HBsAg Qualitative", "HBsAg Screening", "Australia Antigen", "Antígeno de superficie de hepatitis B", "Antigène HBs"], "category": "immunology", "molarMass": null, "charge": null, "resultType": "qualitative"},
  {"key": "amphetamines-urine-screen", "display": "Amphetamines Screen, Urine", "loinc": "19261-7", "alternateLoinc": ["19343-3"], "ucumUnit": null, "aliases": ["Amphetamines Screen, Urine", "Amphetamines", "Amphetamine", "Amphetamin", "Amfetamin", "Anfetaminas", "Amphetamine Screen"], "category": "toxicology", "molarMass": null, "charge": null, "resultType": "qualitative"},
  {"key": "methamphetamine-urine-screen", "display": "Methamphetamine Screen, Urine", "loinc": "19554-5", "alternateLoinc": [], "ucumUnit": null, "aliases": ["Methamphetamine Screen, Urine", "Methamphetamine", "Methamphetamines", "Metamfetamin", "Methamphetamin", "Metanfetaminas"], "category": "toxicology", "molarMass": null, "charge": null, "resultType": "qualitative"},
  {"key": "cannabinoids-urine-screen", "display": "Cannabinoids Screen, Urine", "loinc": "18282-4", "alternateLoinc": [], "ucumUnit": null, "aliases": ["Cannabinoids Screen, Urine", "Cannabinoids", "Cannabinoid", "THC", "Tetrahydrocannabinol", "Marijuana", "Cannabis", "Canabinoides"], "category": "toxicology", "molarMass": null, "charge": null, "resultType": "qualitative"},
  {"key": "cocaine-urine-screen", "display": "Cocaine Screen, Urine", "loinc": "19359-9", "alternateLoinc": [], "ucumUnit": null, "aliases": ["Cocaine Screen, Urine", "Cocaine", "Cocaine Metabolite", "Cocaine Metabolites", "Benzoylecgonine", "Kokain", "Cocaína"], "category": "toxicology", "molarMass": null, "charge": null, "resultType": "qualitative"},
  {"key": "opiates-urine-screen", "display": "Opiates Screen, Urine", "loinc": "19295-5", "alternateLoinc": [], "ucumUnit": null, "aliases": ["Opiates Screen, Urine", "Opiates", "Opiate", "Opiat", "Opiáceos", "Morphine", "Morfin", "Morfina"], "category": "toxicology", "molarMass": null, "charge": null, "resultType": "qualitative"},
  {"key": "benzodiazepines-urine-screen", "display": "Benzodiazepines Screen, Urine", "loinc": "14316-4", "alternateLoinc": [], "ucumUnit": null, "aliases": ["Benzodiazepines Screen, Urine", "Benzodiazepines", "Benzodiazepine", "Benzodiazepin", "Benzodiazepinas"], "category": "toxicology", "molarMass": null, "charge": null, "resultType": "qualitative"},
  {"key": "salmonella-typhi-o-antibody", "display": "Salmonella typhi O Antibody", "loinc": null, "alternateLoinc": [], "ucumUnit": null, "aliases": ["Salmonella typhi O Antibody", "Salmonella typhi O", "S. typhi O", "Typhi O", "S. typhi O Ab", "Salmonella typhi O Ab"], "category": "immunology", "molarMass": null, "charge": null, "resultType": "qualitative"},
  {"key": "salmonella-typhi-h-antibody", "display": "Salmonella typhi H Antibody", "loinc": null, "alternateLoinc": [], "ucumUnit": null, "aliases": ["Salmonella typhi H Antibody", "Salmonella typhi H", "S. typhi H", "Typhi H", "S. typhi H Ab", "Salmonella typhi H Ab"], "category": "immunology", "molarMass": null, "charge": null, "resultType": "qualitative"},
  {"key": "salmonella-paratyphi-a-h-antibody", "display": "Salmonella paratyphi A H Antibody", "loinc": null, "alternateLoinc": [], "ucumUnit": null, "aliases": ["Salmonella paratyphi A H Antibody", "Salmonella paratyphi A, H", "Salmonella paratyphi AH", "S. paratyphi AH", "S. paratyphi A H", "Paratyphi AH"], "category": "immunology", "molarMass": null, "charge": null, "resultType": "qualitative"},
  {"key": "salmonella-paratyphi-b-h-antibody", "display": "Salmonella paratyphi B H Antibody", "loinc": null, "alternateLoinc": [], "ucumUnit": null, "aliases": ["Salmonella paratyphi B H Antibody", "Salmonella paratyphi B, H", "Salmonella paratyphi BH", "S. paratyphi BH", "S. paratyphi B H", "Paratyphi BH"], "category": "immunology", "molarMass": null, "charge": null, "resultType": "qualitative"},
  {"key": "malaria-parasite-smear", "display": "Malaria Parasite Smear", "loinc": "32700-7", "alternateLoinc": [], "ucumUnit": null, "aliases": ["Malaria Parasite Smear", "Malaria Parasite", "Malaria Parasites", "Malarial Parasite", "Malarial Parasites", "Malaria Smear", "Malaria Parasite / Blood Parasite Identification", "Smear for Malaria Parasite", "Peripheral Smear for Malaria Parasite"], "category": "microbiology", "molarMass": null, "charge": null, "resultType": "qualitative"},
  {"key": "malaria-antigen", "display": "Malaria Antigen", "loinc": "50687-3", "alternateLoinc": [], "ucumUnit": null, "aliases": ["Malaria Antigen", "Malaria Ag", "Plasmodium Antigen", "Plasmodium Ag", "Malaria Rapid Test", "Malaria RDT", "Malaria Antigen Test", "Malaria Parasite (Card Test)", "Malaria Card Test", "Malaria Parasite Antigen"], "category": "microbiology", "molarMass": null, "charge": null, "resultType": "qualitative"},
  {"key": "prealbumin", "display": "Prealbumin", "loinc": "14338-8", "alternateLoinc": [], "ucumUnit": "mg/dL", "aliases": ["Prealbumin", "Transthyretin", "Prealbúmina", "Préalbumine", "Präalbumin"], "category": "chemistry", "molarMass": null, "charge": null, "resultType": "quantitative"},
  {"key": "procalcitonin", "display": "Procalcitonin", "loinc": "33959-8", "alternateLoinc": ["75241-0"], "ucumUnit": "ng/mL", "aliases": ["Procalcitonin", "PCT Procalcitonin", "Procalcitonina", "Procalcitonine", "Procalcitonin (PCT)"], "category": "immunology", "molarMass": null, "charge": null, "resultType": "quantitative"},
];

/** The catalog the parser codes against: version 4, its added names and codes, and the new biomarkers. */
export const BIOMARKER_CATALOG_V5: readonly BiomarkerSeed[] = [
  ...BIOMARKER_CATALOG_V4.map((b) => {
    const aliases = BIOMARKER_ALIASES_V5[b.key];
    const codes = BIOMARKER_LOINC_V5[b.key];
    return aliases || codes ? { ...b, ...(aliases ? { aliases: [...b.aliases, ...aliases] } : {}), ...(codes ?? {}) } : b;
  }),
  ...BIOMARKER_CATALOG_V5_NEW,
];
