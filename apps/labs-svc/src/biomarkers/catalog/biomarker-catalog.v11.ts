/*
 * The biomarker catalog, version 11: version 10 with the D-dimer in fibrinogen-equivalent units (FEU) as a biomarker of
 * its own.
 *
 * A D-dimer is reported on one of two bases: fibrinogen-equivalent units (FEU: the mass of fibrinogen the measured
 * fragments came from — `0.45 mg/L FEU`, `0.35 mcg/mL FEU`, the common basis of US reports, cut-off 0.50) or D-dimer
 * units (DDU: the mass of the D-dimer itself — `250 ng/mL DDU`, cut-off about 230–250). One sample reads about twice as
 * high in FEU as in DDU, but the ratio is an assay's approximation (the fragments' masses differ by assay), never a unit
 * conversion. Version 1's `d-dimer` carries LOINC 48058-2 (Fibrin D-dimer DDU [Mass/volume] in Platelet poor plasma by
 * Immunoassay), and every D-dimer was coded to it, so an FEU result was stored under the DDU code and a patient's FEU and
 * DDU results shared one trend at two scales.
 *
 * `d-dimer-feu`: LOINC 48065-7 (Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma), UCUM `ug/mL` (mg/L is the
 * same number; LOINC's example unit is `ug/mL{FEU}` — the basis is the entry, not a unit annotation the conversions
 * would have to carry). The DDU's other code, 48066-5 (Fibrin D-dimer DDU [Mass/volume] in Platelet poor plasma, no
 * method), is an alternate code of `d-dimer`. Both codes as public LOINC code lists and FHIR resources print them (the
 * search of public code for `48065-7`, `48066-5`, `48058-2`; the LOINC table itself cannot be read from this service).
 *
 * Which entry a D-dimer row is: the basis printed with it (coding.ts `dDimerByBasis`: `FEU` or `DDU` in its unit, its
 * name or its range's text), else the code it was sent with, else `d-dimer` as before — a D-dimer with no basis printed
 * stays where version 10 coded it (the basis is not guessed from the size of the numbers).
 *
 * Frozen: Migration20261214000000_biomarker_catalog_v11 inserts BIOMARKER_CATALOG_V11_NEW and sets the changed entries'
 * names and codes (BIOMARKER_CHANGED_V11). A change is a new data module and a new migration.
 */
import type { BiomarkerSeed } from './biomarker-seed.js';
import { BIOMARKER_CATALOG_V10 } from './biomarker-catalog.v10.js';

export const BIOMARKER_CATALOG_V11_NEW: readonly BiomarkerSeed[] = [
  {"key": "d-dimer-feu", "display": "D-Dimer (FEU)", "loinc": "48065-7", "alternateLoinc": [], "ucumUnit": "ug/mL", "aliases": ["D-Dimer (FEU)", "D-Dimer FEU", "D-Dimer, FEU", "D-Dimer Quant FEU", "D-Dimer, Quantitative (FEU)", "Fibrin D-Dimer FEU", "D-Dimer Fibrinogen Equivalent Units"], "category": "hematology", "molarMass": null, "charge": null, "resultType": "quantitative"},
];

/** Version 10 biomarkers whose names or alternate codes version 11 adds to (catalog key → what is added). */
export const BIOMARKER_CHANGED_V11: Readonly<Record<string, { aliases: readonly string[]; alternateLoinc: readonly string[] }>> = {
  'd-dimer': { aliases: ['D-Dimer (DDU)', 'D-Dimer DDU', 'D-Dimer, DDU', 'Fibrin D-Dimer DDU'], alternateLoinc: ['48066-5'] },
};

/** The catalog the parser codes against: version 10 with the added names and codes, and the new biomarker. */
export const BIOMARKER_CATALOG_V11: readonly BiomarkerSeed[] = [
  ...BIOMARKER_CATALOG_V10.map((b) => {
    const added = BIOMARKER_CHANGED_V11[b.key];
    return added ? { ...b, aliases: [...b.aliases, ...added.aliases], alternateLoinc: [...b.alternateLoinc, ...added.alternateLoinc] } : b;
  }),
  ...BIOMARKER_CATALOG_V11_NEW,
];
