"""SN: structured numerics (`<^0.5`, `>^90`, `^1^:^80`), censored values in ST (`<0.01`), text answers in ST/CE/CWE."""
from gen_cases import obx, msh, pid, orc, obr, nte, spm

CASES = [
 {"id": "SN01", "why": "ORU^R01 v2.5.1 with OBX-2 SN: `<^0.3` and `<^0.04` and `<^9` are censored (valueText with "
  "the comparator, normalized from the bound), `>^90` for eGFR likewise; `^5.4` has no comparator and is a plain "
  "number (empty valueText)",
  "segs": [msh("CERIDIAN-LIS", "BAYVIEW REFERENCE LAB", "20250611142207", "ORU^R01^ORU_R01", "BRL0611-00342"),
   pid("BRL450077", "LINDQVIST^OSKAR", "19630512", "M"), orc("NSC-55190", "BRL-2506110342"),
   obr(1, "NSC-55190", "BRL-2506110342", "LONGV1^Longevity screen^L", "20250611073500"),
   obx(1, "SN", "30522-7^C reactive protein [Mass/volume] in Serum or Plasma by High sensitivity method^LN", "<^0.3", "mg/L^mg/L^UCUM", "<3.0", "N", key="hs-crp"),
   obx(2, "SN", "98979-8^Glomerular filtration rate/1.73 sq M.predicted by CKD-EPI 2021^LN", ">^90", "mL/min/{1.73_m2}^^UCUM", ">=60", "N", key="egfr"),
   obx(3, "SN", "2857-1^Prostate specific Ag [Mass/volume] in Serum or Plasma^LN", "<^0.04", "ng/mL^^UCUM", "0.00-4.00", "N", key="prostate-specific-antigen"),
   obx(4, "SN", "4548-4^Hemoglobin A1c/Hemoglobin.total in Blood^LN", "^5.4", "%^^UCUM", "4.0-5.6", "N", key="hemoglobin-a1c"),
   obx(5, "SN", "8099-4^Thyroperoxidase Ab [Units/volume] in Serum or Plasma^LN", "<^9", "[IU]/mL^^UCUM", "<35", "N", key="thyroid-peroxidase-antibody")]},
 {"id": "SN02", "why": "ORU^R01 v2.4 censored results sent as ST strings (`<0.15`, `>2000`, `>1500`): valueText "
  "keeps the printed text, normalized from the bound; B12 and ferritin above their upper limits of measurement are "
  "H; the NTE about dilution is no row",
  "segs": [msh("HARBORLINE^LIS", "HARBORLINE DIAGNOSTICS", "20250318100512", "ORU^R01", "HLD-781177", "2.4"),
   pid("HD-21877", "CASTELLANOS^MIRIAM^L", "19740926", "F"), orc("NSC-54922", "HLD-8855310"),
   obr(1, "NSC-54922", "HLD-8855310", "CARDV^Cardiometabolic and vitamins^L", "20250317082000"),
   obx(1, "ST", "30522-7^hsCRP^LN", "<0.15", "mg/L", "0.00-3.00", "", key="hs-crp"),
   obx(2, "ST", "43583-4^Lipoprotein(a)^LN", "<10", "nmol/L", "<75", "", key="lipoprotein-a"),
   obx(3, "ST", "2132-9^Vitamin B12^LN", ">2000", "pg/mL", "232-1245", "H", key="vitamin-b12"),
   nte(1, "Result exceeds the upper limit of measurement; dilution not performed. Patient reports B12 injections."),
   obx(4, "ST", "2276-4^Ferritin^LN", ">1500", "ng/mL", "15-150", "H", key="ferritin"),
   obx(5, "ST", "8099-4^Thyroid Peroxidase Antibodies^LN", "<1.0", "IU/mL", "<9.0", "", key="thyroid-peroxidase-antibody")]},
 {"id": "SN03", "why": "ORU^R01 v2.5.1 serology and urinalysis with text answers: CE `NEG^Negative^HL70078` and "
  "`POS^Positive^HL70078` keyed by their text, ST `Non-reactive`/`Trace`; the range `Negative`/`Non-reactive` "
  "is `text`; OBX-8 `N` is normal, `A` abnormal, no flag null; qualitative entries have no normalized value",
  "segs": [msh("MERIDIAN", "MERIDIAN HOSPITAL LAB", "20250720091540", "ORU^R01^ORU_R01", "MHL250720-0188"),
   pid("M00427716", "VOSKUIJLEN^PIETER", "19880101", "M", "MHL"), orc("NSC-56077", "MH25-201-0992"),
   obr(1, "NSC-56077", "MH25-201-0992", "SERO^Infectious serology^L", "20250719103000"),
   obx(1, "CE", "5196-1^Hepatitis B virus surface Ag [Presence] in Serum by Immunoassay^LN", "NEG^Negative^HL70078", "", "Negative", "N", key="hepatitis-b-surface-antigen"),
   obx(2, "ST", "HCVAB^Hepatitis C Antibody^L", "Non-reactive", "", "Non-reactive", "", key="hepatitis-c-antibody"),
   obx(3, "ST", "TPAB^Treponema pallidum Antibody^L", "Non-reactive", "", "Non-reactive", "", key="treponema-pallidum-antibody"),
   obr(2, "NSC-56077", "MH25-201-0993", "24357-6^Urinalysis macro panel - Urine^LN", "20250719103000"),
   obx(4, "CE", "5802-4^Nitrite [Presence] in Urine by Test strip^LN", "NEG^Negative^HL70078", "", "Negative", "N", key="nitrite-in-urine"),
   obx(5, "CWE", "25428-4^Glucose [Presence] in Urine by Test strip^LN", "NEG^Negative^HL70078", "", "Negative", "", key="glucose-in-urine"),
   obx(6, "ST", "20454-5^Protein [Presence] in Urine by Test strip^LN", "Trace", "", "Negative", "A", key="protein-urine-presence"),
   obx(7, "CE", "5799-2^Leukocyte esterase [Presence] in Urine by Test strip^LN", "POS^Positive^HL70078", "", "Negative", "A", key="leukocyte-esterase-urine")]},
 {"id": "SN04", "why": "ORU^R01 v2.3 from an Indian laboratory: titres as SN ratios (`^1^:^160`, `^1^:^40`) keyed "
  "`1:160`/`1:40` with no number; a titre range `<1:80` is `text`; the ANA titre flagged A is abnormal, the Widal O "
  "titre with no flag null; `<^10` RF and the shifted `^<^25` ASO are censored; ESR in mm/hr = mm/h",
  "segs": [msh("LABMATE", "SHREEJI PATHCARE LABS", "20250803184407", "ORU^R01", "SPL-0803-7712", "2.3"),
   pid("SPL2508030177", "IYENGAR^RAGHAV", "19690418", "M", "SPL"),
   obr(1, "NSC-56221", "SPL/25/0803/0177", "IMMUNO^Immunology^L", "20250803090000"),
   obx(1, "SN", "ANATIT^ANA Titre (IIF, HEp-2)^L", "^1^:^160", "", "<1:80", "A", key="antinuclear-antibody"),
   obx(2, "SN", "RF^Rheumatoid Factor^L", "<^10", "IU/mL", "<14", "", key="rheumatoid-factor"),
   obx(3, "SN", "ASO^Anti Streptolysin O^L", "^<^25", "IU/mL", "0-200", "", key="antistreptolysin-o"),
   obx(4, "SN", "WIDO^Salmonella typhi O^L", "^1^:^40", "", "<1:80", "", key="salmonella-typhi-o-antibody"),
   obx(5, "NM", "ESR^ESR (Westergren)^L", "12", "mm/hr", "0-20", "", key="erythrocyte-sedimentation-rate")]},
 {"id": "SN05", "why": "ORU^R01 v2.5.1 testosterone-therapy monitoring: `>^1500` testosterone above the measuring "
  "range (H), `<^0.3` LH and FSH suppressed (L), `^58.2` estradiol a plain number flagged H; haematocrit 52.8 H",
  "segs": [msh("TRILLIUM-LIS", "TRILLIUM ENDOCRINE LAB", "20250929154420", "ORU^R01^ORU_R01", "TEL-29-001204"),
   pid("TEL-331582", "DRAKEFORD^COLIN^A", "19710808", "M", "TEL"), orc("NSC-56901", "TEL-7741320"),
   obr(1, "NSC-56901", "TEL-7741320", "TRTM^TRT monitoring^L", "20250929071500"),
   obx(1, "SN", "2986-8^Testosterone^LN", ">^1500", "ng/dL^^UCUM", "264-916", "H", key="testosterone"),
   obx(2, "SN", "2243-4^Estradiol^LN", "^58.2", "pg/mL^^UCUM", "7.6-42.6", "H", key="estradiol"),
   obx(3, "SN", "10501-5^LH^LN", "<^0.3", "m[IU]/mL^^UCUM", "1.7-8.6", "L", key="luteinizing-hormone"),
   obx(4, "SN", "15067-2^FSH^LN", "<^0.3", "m[IU]/mL^^UCUM", "1.5-12.4", "L", key="follicle-stimulating-hormone"),
   obx(5, "NM", "4544-3^Hematocrit^LN", "52.8", "%^^UCUM", "37.5-51.0", "H", key="hematocrit"),
   obx(6, "NM", "2857-1^PSA^LN", "1.1", "ng/mL^^UCUM", "0.0-4.0", "N", key="prostate-specific-antigen")]},
 {"id": "SN06", "why": "OUL^R22 v2.5.1 with a CWE SNOMED answer `260415000^Not detected^SCT` (valueText its text, "
  "range `Not Detected` text, no flag null), insulin `<^2.0` below 2.6 (L) and a C-peptide L after a long fast; "
  "urine ketones CE negative with `N`",
  "segs": [msh("TRILLIUM-LIS", "TRILLIUM ENDOCRINE LAB", "20251104120015", "OUL^R22^OUL_R22", "TEL-04-001588"),
   pid("TEL-332006", "NAKAGAWA-BELL^ERIN", "19900312", "F", "TEL"),
   spm(1, "SP25-1104-0098^TEL", "258500001^Nasopharyngeal swab^SCT", "20251104074000"),
   obr(1, "NSC-57120", "TEL-7750011", "94500-6^SARS-CoV-2 RNA [Presence] in Respiratory specimen by NAA^LN", "20251104074000"),
   obx(1, "CWE", "94500-6^SARS-CoV-2 RNA NAA+probe Ql (Resp)^LN", "260415000^Not detected^SCT", "", "Not Detected", "", key="sars-cov-2-test"),
   spm(2, "SP25-1104-0099^TEL", "119364003^Serum specimen^SCT", "20251104074000"),
   obr(2, "NSC-57120", "TEL-7750012", "FASTM^Fasting metabolic^L", "20251104074000"),
   obx(1, "SN", "20448-7^Insulin^LN", "<^2.0", "u[IU]/mL^^UCUM", "2.6-24.9", "L", key="insulin"),
   obx(2, "NM", "1986-9^C peptide^LN", "0.62", "ng/mL^^UCUM", "0.80-3.85", "L", key="c-peptide"),
   obx(3, "NM", "2345-7^Glucose^LN", "71", "mg/dL^^UCUM", "70-99", "N", key="glucose"),
   spm(3, "SP25-1104-0100^TEL", "122575003^Urine specimen^SCT", "20251104074000"),
   obr(3, "NSC-57120", "TEL-7750013", "UKET^Urine ketones^L", "20251104074000"),
   obx(1, "CE", "2514-8^Ketones [Presence] in Urine by Test strip^LN", "NEG^Negative^HL70078", "", "Negative", "N", key="ketones-in-urine")]},
]
