/** One catalog entry as a data migration inserts it. */
export interface BiomarkerSeed {
  key: string;
  display: string;
  loinc: string | null;
  alternateLoinc: string[];
  /** The unit results of this biomarker are normalized to (UCUM); null when it has none (qualitative). */
  ucumUnit: string | null;
  /** Names reports print for it. */
  aliases: string[];
  category: string | null;
  /** g/mol: converts mass ↔ substance concentrations (glucose mg/dL ↔ mmol/L). */
  molarMass: number | null;
  /** Absolute charge: converts mEq ↔ mmol. */
  charge: number | null;
  resultType: 'quantitative' | 'qualitative';
}
