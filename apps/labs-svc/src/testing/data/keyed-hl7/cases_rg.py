"""RG: OBX-7 in every form: a-b (with or without spaces), <x, <=x, >x, >=x, words (`Negative`), tiered and banded
text, an empty range."""
from gen_cases import obx, msh, pid, orc, obr, nte, spm

TC = "Desirable <200; Borderline 200-239; High >=240"
TT = "Normal <150; Borderline 150-199; High 200-499; Very high >=500"
TH = "Low <40; Optimal >=60"
TL = "Optimal <100; Near optimal 100-129; Borderline 130-159; High 160-189; Very high >=190"
TA = "Normal <5.7; Prediabetes 5.7-6.4; Diabetes >=6.5"
TD = "Deficient <20; Insufficient 20-29; Sufficient 30-100"
TR = "Low risk <1.0; Average risk 1.0-3.0; High risk >3.0"
E2 = "Follicular 19.5-144.2; Mid-cycle 63.9-356.7; Luteal 55.8-214.2; Postmenopausal <32.2"
PG = "Follicular <0.2; Luteal 1.8-23.9; Postmenopausal <0.2"
FS = "Follicular 3.5-12.5; Mid-cycle 4.7-21.5; Luteal 1.7-7.7; Postmenopausal 25.8-134.8"

CASES = [
 {"id": "RG01", "why": "ORU^R01 v2.5.1 with the common numeric range forms: `<5` -> ..5, `>=60` -> 60.., "
  "`3.5-5.1`, `<30`, `4.8 - 5.6` with spaces; potassium 5.3 above 5.1 flagged H; CRP (not hs-CRP) by its own LOINC",
  "segs": [msh("PINNACLE-LAB", "PINNACLE CLINICAL LABORATORIES", "20250617103355", "ORU^R01^ORU_R01", "PCL-0617-4410"),
   pid("PCL7720114", "OYAMA^KENJI", "19670224", "M", "PCL"), orc("NSC-55955", "PCL-25-0617-031"),
   obr(1, "NSC-55955", "PCL-25-0617-031", "RENMET^Renal and metabolic^L", "20250617074000"),
   obx(1, "NM", "1988-5^C reactive protein [Mass/volume] in Serum or Plasma^LN", "2.1", "mg/L", "<5", "", key="c-reactive-protein"),
   obx(2, "NM", "98979-8^eGFR CKD-EPI 2021^LN", "71", "mL/min/1.73m2", ">=60", "", key="egfr"),
   obx(3, "NM", "2823-3^Potassium^LN", "5.3", "mmol/L", "3.5-5.1", "H", key="potassium"),
   obx(4, "NM", "14959-1^Microalbumin/Creatinine [Mass Ratio] in Urine^LN", "12", "mg/g", "<30", "", key="microalbumin-creatinine-ratio"),
   obx(5, "NM", "4548-4^Hemoglobin A1c^LN", "5.5", "%", "4.8 - 5.6", "", key="hemoglobin-a1c"),
   obx(6, "NM", "2601-3^Magnesium^LN", "2.1", "mg/dL", "1.6 - 2.6", "", key="magnesium")]},
 {"id": "RG02", "why": "ORU^R01 v2.5.1 with tiered text in OBX-7 (NCEP lipid tiers, ADA HbA1c tiers, vitamin D "
  "status, hs-CRP risk): each is `text`; the flag is the printed OBX-8 (H/L), null where none (HDL, hs-CRP)",
  "segs": [msh("SUMMIT^LIS", "SUMMIT REFERENCE LABORATORIES", "20250505162210", "ORU^R01^ORU_R01", "SRL-505-77120"),
   pid("SRL-3390127", "BARNSWALLOW^PETRA^K", "19600912", "F", "SRL"), orc("NSC-55731", "SRL-L7712001"),
   obr(1, "NSC-55731", "SRL-L7712001", "CVRISK^Cardiovascular risk^L", "20250505081000"),
   obx(1, "NM", "2093-3^Cholesterol^LN", "246", "mg/dL", TC, "H", key="total-cholesterol"),
   obx(2, "NM", "2571-8^Triglycerides^LN", "162", "mg/dL", TT, "H", key="triglycerides"),
   obx(3, "NM", "2085-9^HDL Cholesterol^LN", "44", "mg/dL", TH, "", key="hdl-cholesterol"),
   obx(4, "NM", "18262-6^LDL Cholesterol, Direct^LN", "168", "mg/dL", TL, "H", key="ldl-cholesterol"),
   obx(5, "NM", "30522-7^hs-CRP^LN", "1.8", "mg/L", TR, "", key="hs-crp"),
   obr(2, "NSC-55731", "SRL-L7712002", "GLYVD^HbA1c and vitamin D^L", "20250505081000"),
   obx(6, "NM", "4548-4^Hemoglobin A1c^LN", "6.0", "%", TA, "H", key="hemoglobin-a1c"),
   obx(7, "NM", "1989-3^Vitamin D, 25-Hydroxy^LN", "26", "ng/mL", TD, "L", key="vitamin-d")]},
 {"id": "RG03", "why": "ORU^R01 v2.4 endocrine results sent with an empty OBX-7: IGF-1 and cortisol with no flag are "
  "null; DHEA-S with OBX-8 H is high; insulin with `N` and no range is normal (the printed flag); ferritin with a "
  "range is computed",
  "segs": [msh("HARBORLINE^LIS", "HARBORLINE DIAGNOSTICS", "20250826140433", "ORU^R01", "HLD-790044", "2.4"),
   pid("HD-22604", "ESTERHAZY^VIKTOR", "19730103", "M"), orc("NSC-56377", "HLD-8890117"),
   obr(1, "NSC-56377", "HLD-8890117", "ENDO2^Endocrine add-ons^L", "20250826080000"),
   obx(1, "NM", "2484-4^Insulin-like growth factor-I^LN", "172", "ng/mL", "", "", key="somatomedin-c"),
   obx(2, "NM", "2143-6^Cortisol^LN", "14.2", "ug/dL", "", "", key="cortisol"),
   obx(3, "NM", "2191-5^DHEA Sulfate^LN", "410", "ug/dL", "", "H", key="dhea-sulfate"),
   obx(4, "NM", "20448-7^Insulin^LN", "18.4", "uIU/mL", "", "N", key="insulin"),
   obx(5, "NM", "2276-4^Ferritin^LN", "212", "ng/mL", "30-400", "", key="ferritin"),
   nte(1, "Reference intervals for IGF-1, cortisol, DHEA-S and insulin are age- and time-dependent; see report.")]},
 {"id": "RG04", "why": "ORU^R01 v2.5.1 from a European laboratory in SI units with `>1.0`, `<=3.0`, `<1.7`, `<5.0`, "
  "`3.9 - 5.5` and an IFCC HbA1c `20-42` mmol/mol (converted to NGSP % by the master equation, range kept in "
  "mmol/mol); total and LDL cholesterol above their targets flagged H",
  "segs": [msh("LABOSYS^EU", "KLINIKLABOR NORDHAFEN", "20250403091507", "ORU^R01^ORU_R01", "KLN-250403-0315"),
   pid("KLN-7781102", "VANDERBERG^ANNELIES", "19640722", "F", "KLN"), orc("NSC-55340", "KLN-2504020919"),
   obr(1, "NSC-55340", "KLN-2504020919", "LIPGLU^Lipide und Glukose^L", "20250402075000"),
   obx(1, "NM", "14647-2^Cholesterol [Moles/volume] in Serum or Plasma^LN", "5.2", "mmol/L", "<5.0", "H", key="total-cholesterol", conv="chol"),
   obx(2, "NM", "14646-4^HDL Cholesterol [Moles/volume]^LN", "1.42", "mmol/L", ">1.0", "", key="hdl-cholesterol", conv="chol"),
   obx(3, "NM", "22748-8^LDL Cholesterol [Moles/volume]^LN", "3.1", "mmol/L", "<=3.0", "H", key="ldl-cholesterol", conv="chol"),
   obx(4, "NM", "14927-8^Triglyceride [Moles/volume]^LN", "1.3", "mmol/L", "<1.7", "", key="triglycerides", conv="tg"),
   obx(5, "NM", "14771-0^Glucose [Moles/volume] fasting^LN", "5.4", "mmol/L", "3.9 - 5.5", "", key="glucose", conv="glu"),
   obx(6, "NM", "59261-8^Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol^LN", "38", "mmol/mol", "20-42", "", key="hemoglobin-a1c", conv="a1c_ifcc")]},
 {"id": "RG05", "why": "ORU^R01 v2.5.1 female hormone panel with phase-banded ranges (`Follicular ...; Luteal ...`) "
  "and a tiered ferritin (`Deficient <15; ...; Replete >30`): `text`, null with no flag; Lp(a) in mg/dL is flagged H but "
  "cannot be converted to nmol/L (no single factor, catalog v9)",
  "segs": [msh("SUMMIT^LIS", "SUMMIT REFERENCE LABORATORIES", "20250919111042", "ORU^R01^ORU_R01", "SRL-919-80441"),
   pid("SRL-3398810", "QUINTERO^ALMA", "19800429", "F", "SRL"), orc("NSC-56640", "SRL-H8044101"),
   obr(1, "NSC-56640", "SRL-H8044101", "FEMH^Female hormone panel^L", "20250918080000"),
   obx(1, "NM", "2243-4^Estradiol^LN", "88.4", "pg/mL", E2, "", key="estradiol"),
   obx(2, "NM", "2839-9^Progesterone^LN", "6.2", "ng/mL", PG, "", key="progesterone"),
   obx(3, "NM", "15067-2^FSH^LN", "5.6", "mIU/mL", FS, "", key="follicle-stimulating-hormone"),
   obx(4, "NM", "3016-3^TSH^LN", "1.9", "mIU/L", "0.45-4.50", "", key="thyroid-stimulating-hormone"),
   obx(5, "NM", "2276-4^Ferritin^LN", "48", "ng/mL", "Deficient <15; Depleted stores 15-30; Replete >30", "", key="ferritin"),
   obx(6, "NM", "10835-7^Lipoprotein (a) [Mass/volume] in Serum or Plasma^LN", "52", "mg/dL", "<30", "H", key="lipoprotein-a", conv="nc")]},
]
