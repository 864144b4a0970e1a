/*
 * The biomarker catalog, version 7 (cat7): version 6 with what a hormone and longevity clinic orders beyond the panels
 * issue 9 names and reports printed only as unknown names until now (`?Estrone`, `?Anti-Müllerian Hormone`,
 * `?PSA libre/PSA total`, `?Zinc, plasma`, `?Lactate`): the adrenal and gonadal steroids (estrone, pregnenolone,
 * androstenedione, 17-hydroxyprogesterone, aldosterone), bioavailable testosterone, anti-Müllerian hormone, ACTH, plasma
 * renin activity, growth hormone and IGFBP-3; thyroglobulin and its antibody; free PSA and the free/total PSA percentage;
 * cystatin C and fructosamine; the lipoprotein particle count (LDL-P) and the omega-3 index; zinc, copper, selenium and
 * lactate. Before this version a report's `Thyroglobulin (TG)` was coded as triglycerides (the catalog's `TG`).
 *
 * LOINC (loinc.org), each with its check digit verified (LOINC's mod-10 rule) and seen in at least one code-index list
 * (a Brazilian lab's LOINC mapping with molar masses, FHIR concept maps, OMOP concept extracts) — not checked against
 * LOINC itself:
 *   2258-2   Estrone (E1) [Mass/volume] in Serum or Plasma                      pg/mL    270.37 g/mol
 *   2837-3   Pregnenolone [Mass/volume] in Serum or Plasma                      ng/dL    316.48 g/mol (check digit; ARUP's test directory)
 *   1854-9   Androstenedione [Mass/volume] in Serum or Plasma                   ng/dL    286.41 g/mol
 *   1668-3   17-Hydroxyprogesterone [Mass/volume] in Serum or Plasma            ng/dL    330.46 g/mol
 *   38476-8  Mullerian inhibiting substance [Mass/volume] in Serum or Plasma    ng/mL    140,000 g/mol (below)
 *   2141-0   Corticotropin [Mass/volume] in Plasma                              pg/mL    4,541.1 g/mol (ACTH 1-39)
 *   1763-2   Aldosterone [Mass/volume] in Serum or Plasma                       ng/dL    360.44 g/mol
 *   2915-7   Renin [Enzymatic activity/volume] in Plasma                        ng/mL/h  (an activity: angiotensin I made per hour)
 *   2963-7   Somatotropin [Mass/volume] in Serum or Plasma                      ng/mL    (mIU/L conversions are assay factors, not molar)
 *   2483-6   Insulin-like growth factor binding protein 3 [Mass/volume] in Serum or Plasma   mg/L
 *   2990-0   Testosterone.free+weakly bound [Mass/volume] in Serum or Plasma    ng/dL    288.42 g/mol
 *   3013-0   Thyroglobulin [Mass/volume] in Serum or Plasma                     ng/mL
 *   8098-6   Thyroglobulin Ab [Units/volume] in Serum or Plasma                 [IU]/mL
 *   10886-0  Prostate Specific Ag Free [Mass/volume] in Serum or Plasma         ng/mL
 *   12841-3  Prostate specific Ag.free/Prostate specific Ag.total in Serum or Plasma   %
 *   33863-2  Cystatin C [Mass/volume] in Serum or Plasma                        mg/L
 *   15069-8  Fructosamine [Moles/volume] in Serum or Plasma                     umol/L   (a class of glycated proteins: no molar mass)
 *   5763-8   Zinc [Mass/volume] in Serum or Plasma                              ug/dL    65.38 g/mol
 *   5631-7   Copper [Mass/volume] in Serum or Plasma                            ug/dL    63.546 g/mol
 *   5724-0   Selenium [Mass/volume] in Serum or Plasma                          ug/L     78.971 g/mol
 *   2524-7   Lactate [Moles/volume] in Serum or Plasma                          mmol/L   90.08 g/mol (lactic acid: mg/dL × 0.111)
 * No code here for the LDL particle number (nmol/L, by NMR or ion mobility; the codes seen disagree) nor the omega-3
 * index (% of red-cell fatty acids; no code seen).
 *
 * Molar masses convert mass ↔ substance concentrations the way labs do: AMH's 140,000 g/mol is the dimer's mass behind
 * the factor labs print (1 ng/mL = 7.14 pmol/L); ACTH's is the 39-amino-acid peptide's (1 pg/mL = 0.22 pmol/L). The
 * proteins measured by mass alone (growth hormone, IGFBP-3, thyroglobulin, LDL particles) have none.
 *
 * (cat7 review, before any release: edited in place) Pregnenolone's code was 2817-5, a stool porphyrins code whose check
 * digit is also right; it is 2837-3. The free/total PSA names with `Ratio` are out (labs print that ratio as a fraction,
 * 0.18, and this entry is in %), as is `OmegaCheck Index` (whole-blood EPA+DPA+DHA, another measure than the red-cell
 * omega-3 index).
 *
 * Names a report prints that stay out on purpose: a bare `Renin` (a direct renin concentration, pg/mL or mIU/L, is
 * another property), `PRA` alone (also a transplant lab's panel-reactive antibodies, in %), `Tg` (the catalog's `TG`
 * is triglycerides), `E1`, `Zn`, `Cu`, `Se` (symbols alone), `Small LDL-P`
 * (another count), estrone sulfate and the urinary metabolites.
 *
 * No optimal ranges: these results are rated against the lab's own range (lab-status.ts) until a sourced optimal-range
 * module names them.
 *
 * Frozen: Migration20261209000000_biomarker_catalog_v7 inserts BIOMARKER_CATALOG_V7_NEW. A change is a new data module
 * and a new migration. LOINC codes and names are © Regenstrief Institute, used under the LOINC licence.
 */
import type { BiomarkerSeed } from './biomarker-seed.js';
import { BIOMARKER_CATALOG_V6 } from './biomarker-catalog.v6.js';

export const BIOMARKER_CATALOG_V7_NEW: readonly BiomarkerSeed[] = [
  {"key": "estrone", "display": "Estrone", "loinc": "2258-2", "alternateLoinc": [], "ucumUnit": "pg/mL", "aliases": ["Estrone", "Estrone (E1)", "Estrone, Serum", "Serum Estrone", "Oestrone", "Estrona", "Östron", "Oestron", "Estrone, LC/MS"], "category": "endocrinology", "molarMass": 270.37, "charge": null, "resultType": "quantitative"},
  {"key": "pregnenolone", "display": "Pregnenolone", "loinc": "2837-3", "alternateLoinc": [], "ucumUnit": "ng/dL", "aliases": ["Pregnenolone", "Pregnenolone, Serum", "Pregnenolone, LC/MS", "Pregnenolona", "Prégnénolone", "Pregnenolon"], "category": "endocrinology", "molarMass": 316.48, "charge": null, "resultType": "quantitative"},
  {"key": "androstenedione", "display": "Androstenedione", "loinc": "1854-9", "alternateLoinc": [], "ucumUnit": "ng/dL", "aliases": ["Androstenedione", "Androstenedione, Serum", "Androstenedione, LC/MS", "Androstenedione (A4)", "Androstenedion", "Androstendion", "Androstenediona", "Androstènedione", "Delta-4-Androstenedione", "Delta 4 Androstenedione"], "category": "endocrinology", "molarMass": 286.41, "charge": null, "resultType": "quantitative"},
  {"key": "17-hydroxyprogesterone", "display": "17-Hydroxyprogesterone", "loinc": "1668-3", "alternateLoinc": [], "ucumUnit": "ng/dL", "aliases": ["17-Hydroxyprogesterone", "17-OH Progesterone", "17-OH-Progesterone", "17 OH Progesterone", "17-Hydroxy Progesterone", "17-Hydroxyprogesterone, LC/MS", "17-OHP", "17-OH-Progesteron", "17-Hydroxyprogesteron", "17-Hidroxiprogesterona", "17-OH-Progestérone", "17-Hydroxyprogestérone", "17alpha-Hydroxyprogesterone", "17-alpha-Hydroxyprogesterone", "17α-Hydroxyprogesterone", "17α-OH-Progesterone"], "category": "endocrinology", "molarMass": 330.46, "charge": null, "resultType": "quantitative"},
  {"key": "anti-mullerian-hormone", "display": "Anti-Mullerian Hormone", "loinc": "38476-8", "alternateLoinc": [], "ucumUnit": "ng/mL", "aliases": ["Anti-Mullerian Hormone", "Anti-Müllerian Hormone", "Anti Mullerian Hormone", "Anti Müllerian Hormone", "Antimullerian Hormone", "Antimüllerian Hormone", "Anti-Mullerian Hormone (AMH)", "Anti-Müllerian Hormone (AMH)", "AMH", "Mullerian Inhibiting Substance", "Müllerian Inhibiting Substance", "Anti-Müller-Hormon", "Anti-Müller Hormon", "Hormona Antimulleriana", "Hormona Antimülleriana", "Hormônio Antimülleriano", "Hormonio Antimulleriano", "Hormone Anti-Müllérienne", "Hormone Anti-Mullérienne", "Ormone Antimulleriano"], "category": "endocrinology", "molarMass": 140000, "charge": null, "resultType": "quantitative"},
  {"key": "acth", "display": "ACTH", "loinc": "2141-0", "alternateLoinc": [], "ucumUnit": "pg/mL", "aliases": ["ACTH", "Adrenocorticotropic Hormone", "Adrenocorticotropic Hormone (ACTH)", "Adrenocorticotropin", "Corticotropin", "ACTH, Plasma", "Plasma ACTH", "Corticotropina", "Corticotrophine", "Adrenocorticotropes Hormon", "Hormona Adrenocorticotropa"], "category": "endocrinology", "molarMass": 4541.1, "charge": null, "resultType": "quantitative"},
  {"key": "aldosterone", "display": "Aldosterone", "loinc": "1763-2", "alternateLoinc": [], "ucumUnit": "ng/dL", "aliases": ["Aldosterone", "Aldosterone, Serum", "Aldosterone, Plasma", "Serum Aldosterone", "Plasma Aldosterone", "Aldosterone, LC/MS", "Aldosteron", "Aldosterona", "Aldostérone"], "category": "endocrinology", "molarMass": 360.44, "charge": null, "resultType": "quantitative"},
  {"key": "renin-activity", "display": "Plasma Renin Activity", "loinc": "2915-7", "alternateLoinc": [], "ucumUnit": "ng/mL/h", "aliases": ["Plasma Renin Activity", "Renin Activity", "Renin Activity, Plasma", "Plasma Renin Activity (PRA)", "Renin Activity (PRA)", "Plasma Renin Activity, LC/MS", "Reninaktivität", "Plasma-Reninaktivität", "Actividad de Renina Plasmática", "Actividad de Renina", "Activité Rénine Plasmatique"], "category": "endocrinology", "molarMass": null, "charge": null, "resultType": "quantitative"},
  {"key": "growth-hormone", "display": "Growth Hormone", "loinc": "2963-7", "alternateLoinc": [], "ucumUnit": "ng/mL", "aliases": ["Growth Hormone", "Human Growth Hormone", "Growth Hormone, Serum", "Growth Hormone (GH)", "Human Growth Hormone (HGH)", "HGH", "GH", "Somatotropin", "Somatotrophin", "Wachstumshormon", "Hormona de Crecimiento", "Hormônio do Crescimento", "Hormone de Croissance", "Somatotropina", "STH"], "category": "endocrinology", "molarMass": null, "charge": null, "resultType": "quantitative"},
  {"key": "igfbp-3", "display": "IGFBP-3", "loinc": "2483-6", "alternateLoinc": [], "ucumUnit": "mg/L", "aliases": ["IGFBP-3", "IGFBP3", "IGF-BP3", "IGF BP-3", "IGF Binding Protein 3", "IGF Binding Protein-3", "IGF-Binding Protein 3", "Insulin-like Growth Factor Binding Protein 3", "Insulin-like Growth Factor Binding Protein-3", "IGF-BP-3"], "category": "endocrinology", "molarMass": null, "charge": null, "resultType": "quantitative"},
  {"key": "testosterone-bioavailable", "display": "Testosterone Bioavailable", "loinc": "2990-0", "alternateLoinc": [], "ucumUnit": "ng/dL", "aliases": ["Testosterone Bioavailable", "Bioavailable Testosterone", "Testosterone, Bioavailable", "Bio-available Testosterone", "Bioavailable Testosterone (calc)", "Bioavailable Testosterone, Calculated", "Testosterone, Bioavailable (calc)", "Bioverfügbares Testosteron", "Testosterona Biodisponible", "Testostérone Biodisponible", "Testosterona Biodisponível"], "category": "endocrinology", "molarMass": 288.42, "charge": null, "resultType": "quantitative"},
  {"key": "thyroglobulin", "display": "Thyroglobulin", "loinc": "3013-0", "alternateLoinc": [], "ucumUnit": "ng/mL", "aliases": ["Thyroglobulin", "Thyroglobulin, Serum", "Thyroglobulin (TG)", "Thyroglobulin (Tg)", "Thyreoglobulin", "Thyroglobuline", "Thyréoglobuline", "Tireoglobulina", "Tiroglobulina"], "category": "endocrinology", "molarMass": null, "charge": null, "resultType": "quantitative"},
  {"key": "thyroglobulin-antibody", "display": "Thyroglobulin Antibody", "loinc": "8098-6", "alternateLoinc": [], "ucumUnit": "[IU]/mL", "aliases": ["Thyroglobulin Antibody", "Thyroglobulin Antibodies", "Thyroglobulin Ab", "Thyroglobulin Abs", "Thyroglobulin Antibody (TgAb)", "Anti-Thyroglobulin", "Anti-Thyroglobulin Antibody", "Anti-Thyroglobulin Antibodies", "Antithyroglobulin Antibody", "Antithyroglobulin Antibodies", "Anti-Thyroglobulin Ab", "Anti-Tg", "Anti-Tg Antibody", "TgAb", "Tg Ab", "Tg Antibody", "Thyreoglobulin-Antikörper", "Thyreoglobulin-AK", "Tg-AK", "Anti-Tiroglobulina", "Anticuerpos Antitiroglobulina", "Anticorps Anti-Thyroglobuline"], "category": "immunology", "molarMass": null, "charge": null, "resultType": "quantitative"},
  {"key": "prostate-specific-antigen-free", "display": "Prostate Specific Antigen Free", "loinc": "10886-0", "alternateLoinc": [], "ucumUnit": "ng/mL", "aliases": ["Prostate Specific Antigen Free", "Free PSA", "PSA, Free", "PSA Free", "Free Prostate Specific Antigen", "Prostate Specific Antigen, Free", "PSA, Free, Serum", "fPSA", "Freies PSA", "PSA Libre", "PSA Livre", "PSA Libero"], "category": "immunology", "molarMass": null, "charge": null, "resultType": "quantitative"},
  {"key": "prostate-specific-antigen-free-percent", "display": "Prostate Specific Antigen Free Percent", "loinc": "12841-3", "alternateLoinc": [], "ucumUnit": "%", "aliases": ["Prostate Specific Antigen Free Percent", "% Free PSA", "PSA, % Free", "Percent Free PSA", "Free PSA %", "Free PSA (%)", "Free PSA Percent", "PSA Free Percent", "PSA, Free Percent", "PSA, Free/Total", "Free/Total PSA", "Free PSA/Total PSA", "PSA Libre/PSA Total", "Quotient fPSA/tPSA", "fPSA/tPSA"], "category": "immunology", "molarMass": null, "charge": null, "resultType": "quantitative"},
  {"key": "cystatin-c", "display": "Cystatin C", "loinc": "33863-2", "alternateLoinc": [], "ucumUnit": "mg/L", "aliases": ["Cystatin C", "Cystatin-C", "Cystatin C, Serum", "Serum Cystatin C", "Cistatina C", "Cystatine C"], "category": "chemistry", "molarMass": null, "charge": null, "resultType": "quantitative"},
  {"key": "fructosamine", "display": "Fructosamine", "loinc": "15069-8", "alternateLoinc": [], "ucumUnit": "umol/L", "aliases": ["Fructosamine", "Fructosamine, Serum", "Fructosamin", "Fructosamina", "Frutosamina"], "category": "endocrinology", "molarMass": null, "charge": null, "resultType": "quantitative"},
  {"key": "ldl-particle-number", "display": "LDL Particle Number", "loinc": null, "alternateLoinc": [], "ucumUnit": "nmol/L", "aliases": ["LDL Particle Number", "LDL-P", "LDL Particles", "LDL Particle Count", "LDL Particle Concentration", "LDL-P (NMR)", "LDL Particle Number (LDL-P)", "LDL-Particle Number", "Total LDL-P"], "category": "lipids", "molarMass": null, "charge": null, "resultType": "quantitative"},
  {"key": "omega-3-index", "display": "Omega-3 Index", "loinc": null, "alternateLoinc": [], "ucumUnit": "%", "aliases": ["Omega-3 Index", "Omega 3 Index", "Omega-3 Index (RBC)", "Omega-3 Fatty Acid Index"], "category": "lipids", "molarMass": null, "charge": null, "resultType": "quantitative"},
  {"key": "zinc", "display": "Zinc", "loinc": "5763-8", "alternateLoinc": [], "ucumUnit": "ug/dL", "aliases": ["Zinc", "Zinc, Serum", "Zinc, Plasma", "Serum Zinc", "Plasma Zinc", "Zink", "Zinco", "Cinc"], "category": "chemistry", "molarMass": 65.38, "charge": null, "resultType": "quantitative"},
  {"key": "copper", "display": "Copper", "loinc": "5631-7", "alternateLoinc": [], "ucumUnit": "ug/dL", "aliases": ["Copper", "Copper, Serum", "Copper, Plasma", "Serum Copper", "Plasma Copper", "Kupfer", "Cobre", "Cuivre", "Rame"], "category": "chemistry", "molarMass": 63.546, "charge": null, "resultType": "quantitative"},
  {"key": "selenium", "display": "Selenium", "loinc": "5724-0", "alternateLoinc": [], "ucumUnit": "ug/L", "aliases": ["Selenium", "Selenium, Serum", "Selenium, Plasma", "Serum Selenium", "Plasma Selenium", "Selen", "Selenio", "Sélénium"], "category": "chemistry", "molarMass": 78.971, "charge": null, "resultType": "quantitative"},
  {"key": "lactate", "display": "Lactate", "loinc": "2524-7", "alternateLoinc": [], "ucumUnit": "mmol/L", "aliases": ["Lactate", "Lactic Acid", "Lactate, Plasma", "Lactic Acid, Plasma", "Plasma Lactate", "Lactate (Venous)", "Laktat", "Lactato", "Ácido Láctico", "Acido Lattico", "Acide Lactique"], "category": "chemistry", "molarMass": 90.08, "charge": null, "resultType": "quantitative"},
];

/** The catalog the parser codes against: version 6 and the new biomarkers. */
export const BIOMARKER_CATALOG_V7: readonly BiomarkerSeed[] = [...BIOMARKER_CATALOG_V6, ...BIOMARKER_CATALOG_V7_NEW];
