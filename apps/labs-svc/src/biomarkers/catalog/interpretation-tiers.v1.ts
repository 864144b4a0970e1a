/*
 * Analytes laboratories print interpretation tiers for (catalog keys): guideline cut-offs that a report may print where
 * the reference range goes (`Deficiency: <20  Insufficiency: 20-29  Sufficiency: 30-100`). The text reader reads a
 * value followed by tiers alone only under such an analyte's name (text-report.parser.ts tiersAlone, tiersFit): a
 * value printed beside another test's tiers, or a dose with a supplement's tiers, is no such row. An allow-list, by the
 * guideline whose tiers reports print:
 * - lipids — NCEP ATP III (2002): total, LDL, HDL, non-HDL cholesterol, triglycerides; the ratios and particle counts
 *   laboratories print risk tiers for beside them (TC/HDL, LDL/HDL, TG/HDL; LDL-P), apolipoprotein B (2018 ACC/AHA
 *   risk-enhancing ≥130 mg/dL) and lipoprotein(a) (EAS 2022: <75, 75–125, >125 nmol/L);
 * - vitamin D, 25-OH — Endocrine Society (2011): deficiency <20, insufficiency 21–29, sufficiency ng/mL;
 * - CRP and hs-CRP — AHA/CDC (2003): low risk <1.0, average 1.0–3.0, high >3.0 mg/L;
 * - HbA1c and glucose — ADA Standards of Care: normal, prediabetes, diabetes;
 * - eGFR and the albumin/creatinine ratio — KDIGO (2012): G1–G5, A1–A3;
 * - homocysteine (moderate 15–30, intermediate 30–100, severe >100 µmol/L); omega-3 index (Harris and von Schacky,
 *   2004: <4 undesirable, 4–8 intermediate, >8 desirable %); ferritin (WHO 2020: iron deficiency <15 µg/L in adults);
 *   vitamin B12 and folate (deficient, borderline: BSH 2014; WHO); PSA (the 4–10 ng/mL grey zone).
 * A change is a new version of this module.
 */
export const INTERPRETATION_TIERS_V1: ReadonlySet<string> = new Set([
  'total-cholesterol', 'ldl-cholesterol', 'hdl-cholesterol', 'non-hdl-cholesterol', 'triglycerides',
  'cholesterol-hdl-ratio', 'ldl-hdl-ratio', 'triglyceride-hdl-ratio', 'ldl-particle-number', 'apolipoprotein-b', 'lipoprotein-a',
  'vitamin-d', 'hs-crp', 'c-reactive-protein', 'hemoglobin-a1c', 'glucose', 'egfr', 'microalbumin-creatinine-ratio',
  'homocysteine', 'omega-3-index', 'ferritin', 'vitamin-b12', 'folate', 'prostate-specific-antigen',
]);
