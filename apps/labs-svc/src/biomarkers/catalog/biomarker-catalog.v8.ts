/*
 * The biomarker catalog, version 8 (cat8): version 7 with what a hormone and longevity clinic orders that reports
 * printed and the reader kept as unknown names: estriol, unconjugated DHEA (DHEA-S, the sulfate, has been in the
 * catalog since version 2), the direct renin concentration (version 7 has the plasma renin activity), ceruloplasmin,
 * IGFBP-1, leptin and adiponectin, methylmalonic acid, vitamins A, E and B6, the red cells' magnesium (the serum's is
 * version 1's) and TMAO. Dihydrotestosterone and reverse T3 were asked for too: version 2 has both.
 *
 * LOINC (loinc.org), each with its check digit verified (LOINC's mod-10 rule) and seen in at least one public code list
 * or laboratory test directory (where, after each) — not checked against LOINC itself:
 *   2250-9   Estriol (E3).unconjugated [Mass/volume] in Serum or Plasma        ng/mL    288.38 g/mol (Mayo UE3 in test catalogues)
 *   2193-1   Dehydroepiandrosterone (DHEA) [Mass/volume] in Serum or Plasma    ng/dL    288.42 g/mol (Warde Medical Laboratory's directory)
 *   35570-1  Renin [Mass/volume] in Plasma                                     pg/mL    (LOINC's own note on panel 78960-2, as a code site quotes it)
 *   2064-4   Ceruloplasmin [Mass/volume] in Serum or Plasma                    mg/dL    (Mayo CERS; LOINC mappings in public repositories)
 *   12722-5  Insulin-like growth factor binding protein 1 [Mass/volume] in Serum or Plasma  ng/mL  (ARUP 0098843)
 *   21365-2  Leptin [Mass/volume] in Serum or Plasma                           ng/mL    (Esoterix via testcatalog.org; a Quest directory)
 *   47828-9  Adiponectin [Mass/volume] in Serum or Plasma                      ug/mL    (ARUP 0070262, 3017195)
 *   13964-2  Methylmalonate [Moles/volume] in Serum or Plasma                  nmol/L   118.09 g/mol (Mayo MMAP)
 *   2923-1   Retinol [Mass/volume] in Serum or Plasma                          ug/dL    286.45 g/mol (a Brazilian LOINC mapping with molar masses; ARUP)
 *   1823-4   Alpha tocopherol [Mass/volume] in Serum or Plasma                 mg/L     430.71 g/mol (the same mapping; public phenopacket examples)
 *   62236-5  Pyridoxal 5'-phosphate in Serum or Plasma (vitamin B6)            nmol/L   247.14 g/mol (ARUP 0080111)
 *   26746-8  Magnesium [Mass/volume] in Red Blood Cells                        mg/dL    24.305 g/mol (Mayo/Medtox FMAGR, ARUP 0092079; alternate
 *            2597-3, the red cells' magnesium in mmol/L on ARUP's earlier page)
 * No code for TMAO (trimethylamine N-oxide, umol/L, 75.11 g/mol): LOINC has the part (LP268293-0), no observation code
 * was seen in a public list.
 *
 * Molar masses convert mass ↔ substance concentrations (retinol 1 umol/L = 28.6 ug/dL; PLP 1 ug/L = 4.05 nmol/L;
 * the red cells' magnesium mg/dL ÷ 2.43 = mmol/L, as the serum's). The proteins measured by mass (ceruloplasmin,
 * IGFBP-1, leptin, adiponectin, renin) have none; a direct renin in mIU/L is an assay's unit with an assay's factor to
 * pg/mL, not converted.
 *
 * Names left out on purpose: a bare `Renin` (the activity or the concentration: the unit alone would tell), `E3` (a
 * symbol alone), `Estriol, Total` and the urine's estriol, `Pyridoxine` (the supplement's name in medication lists),
 * `Tocopherol` alone and the other tocopherols, the urine's methylmalonic acid, whole-blood B6.
 *
 * No optimal ranges: these results are rated against the lab's own range (lab-status.ts).
 *
 * Frozen: Migration20261210000000_biomarker_catalog_v8 inserts BIOMARKER_CATALOG_V8_NEW. A change is a new data module
 * and a new migration. LOINC codes and names are © Regenstrief Institute, used under the LOINC licence.
 */
import type { BiomarkerSeed } from './biomarker-seed.js';
import { BIOMARKER_CATALOG_V7 } from './biomarker-catalog.v7.js';

export const BIOMARKER_CATALOG_V8_NEW: readonly BiomarkerSeed[] = [
  {"key": "estriol", "display": "Estriol", "loinc": "2250-9", "alternateLoinc": [], "ucumUnit": "ng/mL", "aliases": ["Estriol", "Estriol (E3)", "Estriol, Serum", "Serum Estriol", "Estriol, Unconjugated", "Unconjugated Estriol", "Estriol, Unconjugated, Serum", "Unconjugated Estriol (uE3)", "Estriol, Free", "Free Estriol", "Oestriol", "Östriol", "Estriolo", "Estriol Libre", "Œstriol", "Oestriol, Serum"], "category": "endocrinology", "molarMass": 288.38, "charge": null, "resultType": "quantitative"},
  {"key": "dhea", "display": "DHEA", "loinc": "2193-1", "alternateLoinc": [], "ucumUnit": "ng/dL", "aliases": ["DHEA", "Dehydroepiandrosterone", "DHEA (Dehydroepiandrosterone)", "Dehydroepiandrosterone (DHEA)", "DHEA, Unconjugated", "Unconjugated DHEA", "DHEA, Serum", "Dehydroepiandrosterone, Serum", "DHEA, LC/MS", "Dehydroepiandrosteron", "Dehidroepiandrosterona", "Deidroepiandrosterona", "Déhydroépiandrostérone", "Deidroepiandrosterone"], "category": "endocrinology", "molarMass": 288.42, "charge": null, "resultType": "quantitative"},
  {"key": "renin-direct", "display": "Renin, Direct", "loinc": "35570-1", "alternateLoinc": [], "ucumUnit": "pg/mL", "aliases": ["Renin, Direct", "Direct Renin", "Renin Direct", "Renin (Direct)", "Direct Renin Concentration", "Direct Renin Concentration (DRC)", "Renin Concentration", "Renin, Direct Concentration", "Plasma Renin Concentration", "Active Renin", "Active Renin Concentration", "Renin Mass", "Renin, Plasma Mass", "Renin direkt", "Renin-Konzentration", "Reninkonzentration", "Rénine Active", "Rénine Directe", "Renina Directa", "Renina Activa", "Renina Diretta"], "category": "endocrinology", "molarMass": null, "charge": null, "resultType": "quantitative"},
  {"key": "ceruloplasmin", "display": "Ceruloplasmin", "loinc": "2064-4", "alternateLoinc": [], "ucumUnit": "mg/dL", "aliases": ["Ceruloplasmin", "Caeruloplasmin", "Coeruloplasmin", "Ceruloplasmin, Serum", "Serum Ceruloplasmin", "Caeruloplasmin, Serum", "Ceruloplasmina", "Céruléoplasmine", "Céruloplasmine"], "category": "chemistry", "molarMass": null, "charge": null, "resultType": "quantitative"},
  {"key": "igfbp-1", "display": "IGFBP-1", "loinc": "12722-5", "alternateLoinc": [], "ucumUnit": "ng/mL", "aliases": ["IGFBP-1", "IGFBP1", "IGF-BP1", "IGF BP-1", "IGF-BP-1", "IGF Binding Protein 1", "IGF Binding Protein-1", "IGF-Binding Protein 1", "Insulin-like Growth Factor Binding Protein 1", "Insulin-like Growth Factor Binding Protein-1", "Insulin-like Growth Factor-binding Protein 1"], "category": "endocrinology", "molarMass": null, "charge": null, "resultType": "quantitative"},
  {"key": "leptin", "display": "Leptin", "loinc": "21365-2", "alternateLoinc": [], "ucumUnit": "ng/mL", "aliases": ["Leptin", "Leptin, Serum", "Serum Leptin", "Leptin, Serum or Plasma", "Leptina", "Leptine"], "category": "endocrinology", "molarMass": null, "charge": null, "resultType": "quantitative"},
  {"key": "adiponectin", "display": "Adiponectin", "loinc": "47828-9", "alternateLoinc": [], "ucumUnit": "ug/mL", "aliases": ["Adiponectin", "Adiponectin, Serum", "Adiponectin, Quantitative", "Adiponectin, Quantitative Serum/Plasma", "Adiponektin", "Adiponectina", "Adiponectine"], "category": "endocrinology", "molarMass": null, "charge": null, "resultType": "quantitative"},
  {"key": "methylmalonic-acid", "display": "Methylmalonic Acid", "loinc": "13964-2", "alternateLoinc": [], "ucumUnit": "nmol/L", "aliases": ["Methylmalonic Acid", "Methylmalonic Acid, Serum", "Methylmalonic Acid, Plasma", "Serum Methylmalonic Acid", "Methylmalonic Acid (MMA)", "Methylmalonic Acid, Quantitative", "Methylmalonic Acid (MMA), Serum", "MMA", "Methylmalonate", "Methylmalonsäure", "Metylmalonsyre", "Ácido Metilmalónico", "Ácido Metilmalônico", "Acide Méthylmalonique", "Acido Metilmalonico"], "category": "chemistry", "molarMass": 118.09, "charge": null, "resultType": "quantitative"},
  {"key": "vitamin-a", "display": "Vitamin A", "loinc": "2923-1", "alternateLoinc": [], "ucumUnit": "ug/dL", "aliases": ["Vitamin A", "Vitamin A (Retinol)", "Retinol", "Vitamin A, Serum", "Vitamin A, Plasma", "Retinol, Serum", "Vitamin A (Retinol), Serum", "Vitamin A (Retinol), Serum or Plasma", "Vitamina A", "Vitamine A"], "category": "chemistry", "molarMass": 286.45, "charge": null, "resultType": "quantitative"},
  {"key": "vitamin-e", "display": "Vitamin E", "loinc": "1823-4", "alternateLoinc": [], "ucumUnit": "mg/L", "aliases": ["Vitamin E", "Vitamin E (Alpha-Tocopherol)", "Vitamin E (Alpha Tocopherol)", "Alpha-Tocopherol", "Alpha Tocopherol", "α-Tocopherol", "a-Tocopherol", "Vitamin E, Serum", "Vitamin E, Alpha-Tocopherol", "Vitamina E", "Vitamine E", "Alfa-Tocoferol", "Alfa Tocoferol", "Alpha-Tocophérol"], "category": "chemistry", "molarMass": 430.71, "charge": null, "resultType": "quantitative"},
  {"key": "vitamin-b6", "display": "Vitamin B6", "loinc": "62236-5", "alternateLoinc": [], "ucumUnit": "nmol/L", "aliases": ["Vitamin B6", "Vitamin B-6", "Vitamin B6 (Pyridoxal 5-Phosphate)", "Vitamin B6, Plasma", "Vitamin B6 (PLP)", "Pyridoxal 5-Phosphate", "Pyridoxal-5-Phosphate", "Pyridoxal 5'-Phosphate", "Pyridoxal-5'-Phosphate", "Pyridoxal Phosphate", "Pyridoxal 5-Phosphate (PLP)", "PLP", "Vitamina B6", "Vitamine B6", "Piridoxal-5-Fosfato"], "category": "chemistry", "molarMass": 247.14, "charge": null, "resultType": "quantitative"},
  {"key": "magnesium-rbc", "display": "Magnesium, RBC", "loinc": "26746-8", "alternateLoinc": ["2597-3"], "ucumUnit": "mg/dL", "aliases": ["Magnesium, RBC", "Magnesium RBC", "RBC Magnesium", "Magnesium (RBC)", "Magnesium, RBCs", "Magnesium, Red Blood Cell", "Magnesium, Red Blood Cells", "Red Blood Cell Magnesium", "Red Cell Magnesium", "Erythrocyte Magnesium", "Magnesium (Erythrocyte)", "Magnesium, Erythrocyte", "Intracellular Magnesium", "Erythrozyten-Magnesium", "Magnésium Érythrocytaire", "Magnesio Eritrocitario", "Magnésio Eritrocitário"], "category": "chemistry", "molarMass": 24.305, "charge": 2, "resultType": "quantitative"},
  {"key": "tmao", "display": "TMAO", "loinc": null, "alternateLoinc": [], "ucumUnit": "umol/L", "aliases": ["TMAO", "Trimethylamine N-oxide", "Trimethylamine-N-oxide", "Trimethylamine N-Oxide (TMAO)", "Trimethylamine Oxide", "TMAO, Serum", "TMAO, Plasma", "Trimethylamin-N-oxid", "N-óxido de Trimetilamina", "Trimetilammina N-ossido"], "category": "chemistry", "molarMass": 75.11, "charge": null, "resultType": "quantitative"},
];

/** The catalog the parser codes against: version 7 and the new biomarkers. */
export const BIOMARKER_CATALOG_V8: readonly BiomarkerSeed[] = [...BIOMARKER_CATALOG_V7, ...BIOMARKER_CATALOG_V8_NEW];
