/*
 * The biomarker catalog, version 2: version 1 plus the hormone and cardiovascular-risk panel a longevity clinic orders
 * that version 1 lacked (SHBG, DHEA-S, prolactin, ApoB, hs-CRP, homocysteine, progesterone, reverse T3, DHT,
 * apolipoprotein A1), and more of the names real reports print for version 1 biomarkers (British spellings, the short
 * names of hospital printouts). Every Synthea lab LOINC and every MediKeep library test was already in version 1
 * (catalog.spec.ts checks the Synthea list against this catalog).
 *
 * LOINC codes and names are © Regenstrief Institute, used under the LOINC licence. Molar masses (g/mol) are those of
 * the molecule (PubChem): DHEA sulfate 368.5, homocysteine 135.18, progesterone 314.46, reverse T3 650.97,
 * dihydrotestosterone 290.44; proteins measured by mass (SHBG, ApoB, ApoA1, CRP, prolactin) have none.
 *
 * Frozen: Migration20261129100000_biomarker_catalog_v2 inserts BIOMARKER_CATALOG_V2_NEW and adds
 * BIOMARKER_ALIASES_V2 to the aliases of existing rows. A change is a new data module and a new migration.
 */
import { BIOMARKER_CATALOG_V1 } from './biomarker-catalog.v1.js';
import type { BiomarkerSeed } from './biomarker-seed.js';

export const BIOMARKER_CATALOG_V2_NEW: readonly BiomarkerSeed[] = [
  {"key": "shbg", "display": "Sex Hormone Binding Globulin", "loinc": "13967-5", "alternateLoinc": [], "ucumUnit": "nmol/L", "aliases": ["Sex Hormone Binding Globulin", "SHBG", "Sex Hormone-Binding Globulin", "Sex Horm Binding Glob", "Sex Hormone Binding Glob, Serum"], "category": "endocrinology", "molarMass": null, "charge": null, "resultType": "quantitative"},
  {"key": "dhea-sulfate", "display": "DHEA Sulfate", "loinc": "2191-5", "alternateLoinc": [], "ucumUnit": "ug/dL", "aliases": ["DHEA Sulfate", "DHEA-S", "DHEAS", "DHEA-Sulfate", "DHEA-SO4", "Dehydroepiandrosterone Sulfate", "DHEA Sulphate", "Dehydroepiandrosterone Sulphate"], "category": "endocrinology", "molarMass": 368.5, "charge": null, "resultType": "quantitative"},
  {"key": "prolactin", "display": "Prolactin", "loinc": "2842-3", "alternateLoinc": [], "ucumUnit": "ng/mL", "aliases": ["Prolactin", "PRL", "Prolactin, Serum"], "category": "endocrinology", "molarMass": null, "charge": null, "resultType": "quantitative"},
  {"key": "apolipoprotein-b", "display": "Apolipoprotein B", "loinc": "1884-6", "alternateLoinc": [], "ucumUnit": "mg/dL", "aliases": ["Apolipoprotein B", "ApoB", "Apo B", "Apo-B", "Apolipoprotein B-100", "ApoB-100"], "category": "lipids", "molarMass": null, "charge": null, "resultType": "quantitative"},
  {"key": "apolipoprotein-a1", "display": "Apolipoprotein A1", "loinc": "1869-7", "alternateLoinc": [], "ucumUnit": "mg/dL", "aliases": ["Apolipoprotein A1", "ApoA1", "Apo A1", "Apo A-I", "Apolipoprotein A-I", "ApoA-I"], "category": "lipids", "molarMass": null, "charge": null, "resultType": "quantitative"},
  {"key": "hs-crp", "display": "hs-CRP", "loinc": "30522-7", "alternateLoinc": ["71426-1"], "ucumUnit": "mg/L", "aliases": ["hs-CRP", "hsCRP", "High Sensitivity CRP", "High-Sensitivity C-Reactive Protein", "High Sensitivity C-Reactive Protein", "C-Reactive Protein, Cardiac", "CRP, High Sensitivity", "Cardio CRP", "CRP hs", "hs CRP"], "category": "cardiology", "molarMass": null, "charge": null, "resultType": "quantitative"},
  {"key": "homocysteine", "display": "Homocysteine", "loinc": "13965-9", "alternateLoinc": [], "ucumUnit": "umol/L", "aliases": ["Homocysteine", "HCY", "Homocyst(e)ine", "Homocysteine, Total", "Total Homocysteine"], "category": "cardiology", "molarMass": 135.18, "charge": null, "resultType": "quantitative"},
  {"key": "progesterone", "display": "Progesterone", "loinc": "2839-9", "alternateLoinc": [], "ucumUnit": "ng/mL", "aliases": ["Progesterone", "PROG", "Progesterone, Serum"], "category": "endocrinology", "molarMass": 314.46, "charge": null, "resultType": "quantitative"},
  {"key": "reverse-t3", "display": "Reverse T3", "loinc": "3052-8", "alternateLoinc": [], "ucumUnit": "ng/dL", "aliases": ["Reverse T3", "rT3", "Reverse Triiodothyronine", "T3, Reverse", "Reverse T3, Serum"], "category": "endocrinology", "molarMass": 650.97, "charge": null, "resultType": "quantitative"},
  {"key": "dihydrotestosterone", "display": "Dihydrotestosterone", "loinc": "2226-9", "alternateLoinc": [], "ucumUnit": "ng/dL", "aliases": ["Dihydrotestosterone", "DHT", "5-alpha-Dihydrotestosterone", "Dihydrotestosterone, Serum"], "category": "endocrinology", "molarMass": 290.44, "charge": null, "resultType": "quantitative"},
];

/** Names added to version 1 biomarkers (catalog key → new aliases). */
export const BIOMARKER_ALIASES_V2: Readonly<Record<string, readonly string[]>> = {
  "hemoglobin": ["Haemoglobin", "Hgb", "Hemoglobin (Hb)", "Haemoglobin (Hb)"],
  "hematocrit": ["Haematocrit", "PCV", "Hematocrit (HCT)"],
  "white-blood-cell-count": ["Total Leucocyte Count", "Total Leukocyte Count", "TLC", "Leucocytes", "White Cell Count", "WBC Count (TLC)", "Total WBC Count", "White Blood Count"],
  "red-blood-cell-count": ["RBC Count (Red Blood Cells)", "Red Cell Count", "Total RBC Count", "Erythrocyte Count"],
  "platelet-count": ["Platelet", "Platelet Count (PLT)", "Thrombocyte Count", "Platelet Cnt"],
  "neutrophils": ["Neutrophil", "Neutrophils %", "Neut %", "Segmented Neutrophils", "Polymorphs"],
  "lymphocytes": ["Lymphocyte", "Lymphocytes %", "Lymph %"],
  "monocytes": ["Monocyte", "Monocytes %", "Mono %"],
  "eosinophils": ["Eosinophil", "Eosinophils %", "Eos %"],
  "basophils": ["Basophil", "Basophils %", "Baso %"],
  "neutrophils-absolute": ["Absolute Neutrophil Count", "Neutrophils Absolute", "Neut #", "Neutrophils #", "Neutrophils (Abs)", "Neutrophils, Absolute"],
  "lymphocytes-absolute": ["Absolute Lymphocyte Count", "Lymphocytes Absolute", "Lymph #", "Lymphocytes #", "Lymphs (Abs)", "Lymphocytes, Absolute"],
  "monocytes-absolute": ["Absolute Monocyte Count", "Monocytes Absolute", "Mono #", "Monocytes #", "Monocytes (Abs)", "Monocytes, Absolute"],
  "eosinophils-absolute": ["Absolute Eosinophil Count", "Eosinophils Absolute", "Eos #", "Eosinophils #", "Eos (Abs)", "Eosinophils, Absolute"],
  "basophils-absolute": ["Absolute Basophil Count", "Basophils Absolute", "Baso #", "Basophils #", "Baso (Abs)", "Basophils, Absolute"],
  "mean-corpuscular-volume": ["MCV (Mean Corpuscular Volume)", "Mean Cell Volume"],
  "mean-corpuscular-hemoglobin": ["MCH (Mean Corpuscular Hemoglobin)", "Mean Cell Hemoglobin", "Mean Cell Haemoglobin", "Mean Corpuscular Haemoglobin"],
  "mean-corpuscular-hemoglobin-concentration": ["MCHC (Mean Corpuscular Hemoglobin Concentration)", "Mean Cell Hemoglobin Concentration", "Mean Cell Haemoglobin Concentration", "Mean Corpuscular Haemoglobin Concentration"],
  "red-cell-distribution-width": ["RDW CV", "Red Cell Dist Width", "RDW (CV)"],
  "alanine-aminotransferase": ["ALT (SGPT)", "SGPT (ALT)", "ALT/SGPT", "Alanine Transaminase (ALT)", "ALAT"],
  "aspartate-aminotransferase": ["AST (SGOT)", "SGOT (AST)", "AST/SGOT", "Aspartate Transaminase (AST)", "ASAT"],
  "alkaline-phosphatase": ["Alkaline Phosphatase (ALP)", "Alk Phosphatase", "Alk. Phosphatase"],
  "total-bilirubin": ["Bilirubin Total", "Bilirubin", "Total Bili", "Bilirubin (Total)"],
  "direct-bilirubin": ["Bilirubin Direct", "Bilirubin, Direct", "Bilirubin (Direct)"],
  "blood-urea-nitrogen": ["Urea Nitrogen (BUN)", "BUN (Blood Urea Nitrogen)"],
  "carbon-dioxide": ["Bicarbonate (HCO3)", "Total CO2", "CO2, Total"],
  "glucose": ["Glucose Fasting", "Glucose, Fasting", "Fasting Blood Sugar", "FBS", "Fasting Plasma Glucose", "Glucose (Fasting)", "Random Blood Sugar", "Plasma Glucose"],
  "hemoglobin-a1c": ["HbA1C (Glycosylated Hemoglobin)", "Glycosylated Hemoglobin", "Glycated Haemoglobin", "HbA1c (IFCC)", "Hemoglobin A1C (HbA1c)"],
  "total-cholesterol": ["Cholesterol Total", "Serum Cholesterol", "Cholesterol, Serum"],
  "hdl-cholesterol": ["HDL Cholesterol Direct", "HDL-Cholesterol", "Cholesterol HDL", "HDL Chol"],
  "ldl-cholesterol": ["LDL-Cholesterol", "Cholesterol LDL", "LDL Cholesterol Direct", "LDL Chol", "LDL Cholesterol (Calculated)"],
  "vldl-cholesterol": ["VLDL-Cholesterol", "VLDL", "Cholesterol VLDL"],
  "triglycerides": ["Triglyceride", "Serum Triglycerides"],
  "thyroid-stimulating-hormone": ["TSH (Thyroid Stimulating Hormone)", "TSH, Ultrasensitive", "Thyroid Stimulating Hormone (TSH)"],
  "free-t4": ["T4, Free", "Free T4 (FT4)", "Thyroxine, Free", "Free Thyroxine (FT4)"],
  "free-t3": ["T3, Free", "Free T3 (FT3)", "Triiodothyronine, Free"],
  "vitamin-d": ["Vitamin D, 25-Hydroxy", "25-Hydroxy Vitamin D", "25(OH) Vitamin D", "Vitamin D3", "Vitamin D (25-OH)", "Vitamin D Total"],
  "vitamin-b12": ["Vitamin B-12", "Cyanocobalamin", "Vit B12"],
  "uric-acid": ["Urate", "Serum Uric Acid"],
  "creatinine": ["Serum Creatinine", "Creat"],
  "sodium": ["Na", "Sodium (Na)", "Na+"],
  "potassium": ["K", "Potassium (K)", "K+"],
  "chloride": ["Cl", "Chloride (Cl)", "Cl-"],
  "calcium": ["Ca", "Calcium, Total", "Total Calcium", "Serum Calcium"],
  "total-protein": ["Protein Total", "Protein, Total", "Serum Protein"],
  "gamma-glutamyl-transferase": ["GGT (Gamma GT)", "Gamma Glutamyl Transferase", "Gamma-Glutamyltransferase"],
  "erythrocyte-sedimentation-rate": ["ESR (Erythrocyte Sedimentation Rate)", "Sedimentation Rate"],
  "prostate-specific-antigen": ["PSA Total", "Total PSA"],
  "transferrin-saturation": ["Iron Saturation", "Iron Saturation (% Sat)", "% Saturation", "Iron % Saturation", "Transferrin Saturation (TSAT)"],
};

/** The catalog the parser codes against: version 1, its added names, and the new biomarkers. */
export const BIOMARKER_CATALOG_V2: readonly BiomarkerSeed[] = [
  ...BIOMARKER_CATALOG_V1.map((b) => (BIOMARKER_ALIASES_V2[b.key] ? { ...b, aliases: [...b.aliases, ...BIOMARKER_ALIASES_V2[b.key]!] } : b)),
  ...BIOMARKER_CATALOG_V2_NEW,
];
