"""ST: OBX-11 result status (F final, P preliminary, C corrected -> rows; X cannot be obtained, I pending, D deleted
-> no row), NTE comments (no rows), TX/FT narrative OBX (no rows)."""
from gen_cases import obx, msh, pid, orc, obr, nte, spm

CASES = [
 {"id": "ST01", "why": "ORU^R01 v2.5.1 with mixed statuses: glucose and sodium F, potassium and ALT P (preliminary "
  "results are results); creatinine X (cannot be obtained, haemolysed) and HbA1c I (pending) give no row; the NTE "
  "under creatinine is no row",
  "segs": [msh("CERIDIAN-LIS", "BAYVIEW REFERENCE LAB", "20250708093015", "ORU^R01^ORU_R01", "BRL0708-00051"),
   pid("BRL451120", "OYELARAN^TOBI", "19810617", "F"), orc("NSC-55622", "BRL-2507080051", status="A"),
   obr(1, "NSC-55622", "BRL-2507080051", "CHEM^Chemistry^L", "20250708071000", status="P"),
   obx(1, "NM", "2345-7^Glucose^LN", "92", "mg/dL^^UCUM", "70-99", "N", "F", key="glucose"),
   obx(2, "NM", "2823-3^Potassium^LN", "4.8", "mmol/L^^UCUM", "3.5-5.1", "N", "P", key="potassium"),
   obx(3, "NM", "2160-0^Creatinine^LN", "", "mg/dL^^UCUM", "0.57-1.00", "", "X"),
   nte(1, "Specimen grossly haemolysed; creatinine could not be measured. Please recollect."),
   obx(4, "NM", "4548-4^Hemoglobin A1c^LN", "", "%^^UCUM", "4.0-5.6", "", "I"),
   obx(5, "NM", "2951-2^Sodium^LN", "139", "mmol/L^^UCUM", "135-145", "N", "F", key="sodium"),
   obx(6, "NM", "1742-6^ALT^LN", "28", "U/L^^UCUM", "0-32", "N", "P", key="alanine-aminotransferase")]},
 {"id": "ST02", "why": "ORU^R01 v2.4 corrected result: TSH sent F 4.62 (H) and, right after, C 3.92; only the "
  "corrected result is keyed (the C replaces the F for the same test, keyed at its place), with its own flag; the "
  "NTE quoting the old value is no row; OBR-25 C",
  "segs": [msh("ATLAS-LIS", "RIVERBEND MEDICAL LABORATORY", "20250422160741", "ORU^R01", "RML-0422-51177", "2.4"),
   pid("RML-4461190", "THORNBURY^GWEN", "19660130", "F", "RML"), orc("NSC-55402", "RML-TH-20877"),
   obr(1, "NSC-55402", "RML-TH-20877", "TFT^Thyroid function^L", "20250422081500", status="C"),
   obx(1, "NM", "3016-3^TSH^LN", "4.62", "mIU/L", "0.45-4.50", "H", "F"),
   obx(1, "NM", "3016-3^TSH^LN", "3.92", "mIU/L", "0.45-4.50", "N", "C", key="thyroid-stimulating-hormone"),
   nte(1, "CORRECTED RESULT: previously reported as 4.62 mIU/L (transcription error). Corrected 22/04/2025 16:05."),
   obx(2, "NM", "3024-7^Free T4^LN", "1.05", "ng/dL", "0.82-1.77", "N", "F", key="free-t4"),
   obx(3, "NM", "3051-0^Free T3^LN", "3.4", "pg/mL", "2.0-4.4", "N", "F", key="free-t3"),
   obx(4, "NM", "8099-4^Thyroid Peroxidase Ab^LN", "12", "IU/mL", "<35", "N", "F", key="thyroid-peroxidase-antibody")]},
 {"id": "ST03", "why": "ORU^R01 v2.5.1 CBC in which the platelet OBX has status D (deletes a result sent earlier): "
  "no row, although a value is present; the TX morphology narrative (with `\\.br\\` line breaks) and the NTE are "
  "no rows",
  "segs": [msh("MERIDIAN", "MERIDIAN HOSPITAL LAB", "20250130144409", "ORU^R01^ORU_R01", "MHL250130-0311"),
   pid("M00420031", "GALLOWAY^NEIL^F", "19580719", "M", "MHL"), orc("NSC-54377", "MH25-030-0712"),
   obr(1, "NSC-54377", "MH25-030-0712", "58410-2^CBC panel - Blood by Automated count^LN", "20250130082000"),
   obx(1, "NM", "6690-2^WBC^LN", "6.1", "10*3/uL", "3.4-10.8", "N", key="white-blood-cell-count"),
   obx(2, "NM", "789-8^RBC^LN", "4.48", "10*6/uL", "4.14-5.80", "N", key="red-blood-cell-count"),
   obx(3, "NM", "718-7^Hemoglobin^LN", "13.6", "g/dL", "13.0-17.7", "N", key="hemoglobin"),
   obx(4, "NM", "4544-3^Hematocrit^LN", "40.9", "%", "37.5-51.0", "N", key="hematocrit"),
   obx(5, "NM", "777-3^Platelets^LN", "88", "10*3/uL", "150-450", "L", "D"),
   nte(1, "Platelet result deleted: clumped sample. Recollection in citrate requested."),
   obx(6, "TX", "18314-5^Morphology [Interpretation] in Blood Narrative^LN",
       "Red cells normocytic, normochromic.\\.br\\Platelet clumps seen; count unreliable.\\.br\\Reviewed by: JT", "", "", "", "F")]},
 {"id": "ST04", "why": "ORU^R01 v2.5 preliminary lipid panel (OBR-25 P, every OBX P): preliminary results are keyed "
  "as results; the FT interpretation OBX (`\\.br\\`, `\\T\\` for &) is narrative, no row, and its 130 and 100 "
  "targets are no ranges",
  "segs": [msh("QLAB", "GREAT PLAINS CLINICAL LAB", "20250923081204", "ORU^R01^ORU_R01", "GPC-20250923-0114", "2.5"),
   pid("GPC00774418", "ROSENQUIST^ELLIOT", "19750505", "M", "GPC"), orc("NSC-56760", "GP5266014", status="A"),
   obr(1, "NSC-56760", "GP5266014", "LIPID^Lipid Panel^L", "20250922090000", status="P"),
   obx(1, "NM", "2093-3^Cholesterol, Total^LN", "188", "mg/dL", "<200", "", "P", key="total-cholesterol"),
   obx(2, "NM", "2571-8^Triglycerides^LN", "96", "mg/dL", "<150", "", "P", key="triglycerides"),
   obx(3, "NM", "2085-9^HDL Cholesterol^LN", "61", "mg/dL", ">39", "", "P", key="hdl-cholesterol"),
   obx(4, "NM", "13457-7^LDL Cholesterol (calc)^LN", "108", "mg/dL", "<100", "H", "P", key="ldl-cholesterol"),
   obx(5, "FT", "LIPINT^Lipid interpretation^L",
       "Preliminary - pending pathologist review.\\.br\\Targets: LDL \\T\\ non-HDL below 100 and 130 mg/dL for primary prevention.",
       "", "", "", "P")]},
 {"id": "ST05", "why": "ORU^R01 v2.5.1 correction message: vitamin D sent only as C (a corrected result with no F "
  "in this message) is the result; B12 and homocysteine F; folate X (insufficient sample) and ferritin I "
  "(pending) give no row",
  "segs": [msh("LABOSYS^EU", "ALPENLAB MEDIZINISCHES LABOR", "20250812103318", "ORU^R01^ORU_R01", "ALM-250812-0907"),
   pid("AL-5517720", "FAHRENBACH^LUKAS", "19690919", "M", "ALM"), orc("NSC-56314", "ALM-2508110071"),
   obr(1, "NSC-56314", "ALM-2508110071", "VIT^Vitamine^L", "20250811074500", status="C"),
   obx(1, "NM", "1989-3^25-OH Vitamin D^LN", "38", "ng/mL", "30-100", "N", "C", key="vitamin-d"),
   nte(1, "Korrigierter Befund / corrected report: unit corrected from nmol/L to ng/mL."),
   obx(2, "NM", "2132-9^Vitamin B12^LN", "520", "pg/mL", "197-771", "N", "F", key="vitamin-b12"),
   obx(3, "NM", "2284-8^Folate^LN", "", "ng/mL", ">3.9", "", "X"),
   obx(4, "NM", "2276-4^Ferritin^LN", "", "ng/mL", "30-400", "", "I"),
   obx(5, "NM", "13965-9^Homocysteine^LN", "9.4", "umol/L", "5.0-15.0", "N", "F", key="homocysteine")]},
 {"id": "ST06", "why": "ORU^R01 v2.3 liver panel and potassium: potassium sent F 5.9 (H) then C 4.6, keyed once from "
  "the C; ALP P is a result; albumin X no row; the TX line about pathologist review is no row",
  "segs": [msh("SOFTLINE", "CEDAR VALLEY MEDICAL LAB", "20251015112244", "ORU^R01", "CVML-000331270", "2.3"),
   pid("CV-0093305", "PRZYBYLSKI^ANNA", "19770227", "F", "CVML"),
   obr(1, "NSC-56950", "CV25-288-0431", "HEP^Hepatic Function Panel^L", "20251015080500"),
   obx(1, "NM", "ALT^ALT (SGPT)^L", "31", "U/L", "7-45", "", "F", key="alanine-aminotransferase"),
   obx(2, "NM", "AST^AST (SGOT)^L", "27", "U/L", "8-40", "", "F", key="aspartate-aminotransferase"),
   obx(3, "NM", "ALKP^Alkaline Phosphatase^L", "66", "U/L", "40-129", "", "P", key="alkaline-phosphatase"),
   obx(4, "NM", "GGT^Gamma GT^L", "58", "U/L", "8-61", "", "F", key="gamma-glutamyl-transferase"),
   obx(5, "NM", "ALB^Albumin^L", "", "g/dl", "3.5-5.0", "", "X"),
   obx(6, "NM", "K^Potassium^L", "5.9", "mEq/L", "3.5-5.0", "H", "F"),
   obx(6, "NM", "K^Potassium^L", "4.6", "mEq/L", "3.5-5.0", "", "C", key="potassium"),
   obx(7, "TX", "PATH^Pathologist comment^L", "Albumin not reported: lipaemic sample. Review pending.", "", "", "", "F")]},
]
