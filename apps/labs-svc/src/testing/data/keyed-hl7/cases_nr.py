"""NR: messages with no result: an order (ORM^O01) with ask-at-order-entry OBX, an ORU whose results are all pending
(I), an ORU whose results were all cancelled (X), an acknowledgement (ACK), an ORU of narrative text only."""
from gen_cases import obx, msh, pid, orc, obr, nte, spm

CASES = [
 {"id": "NR01", "why": "ORM^O01 v2.3 new order (ORC NW) from the clinic to the laboratory: the OBX segments are "
  "ask-at-order-entry answers (fasting 12 h, on testosterone therapy) with status O (order detail only), not "
  "results; no row",
  "segs": [msh("LONGEVITY-EHR", "NORTHSTAR CLINIC", "20250902084010", "ORM^O01", "NSC-ORD-558120", "2.3",
               recv="CERIDIAN-LIS^BAYVIEW REFERENCE LAB"),
   pid("NSC-10442", "WESTERHOLT^GRAHAM^E", "19690614", "M", "NSC"),
   "ORC|NW|NSC-58120||||||^^^20250903070000^^R",
   obr(1, "NSC-58120", "", "57698-3^Lipid panel^LN", "20250903070000", status=""),
   obx(1, "NM", "49541-6^Fasting status - Reported^LN", "12", "h", "", "", "O"),
   obr(2, "NSC-58120", "", "2986-8^Testosterone^LN", "20250903070000", status=""),
   obx(1, "CE", "TRT^On testosterone therapy^L", "Y^Yes^HL70136", "", "", "", "O"),
   nte(1, "Please draw before 09:00. Previous total testosterone 1120 ng/dL (outside lab).", "P")]},
 {"id": "NR02", "why": "ORU^R01 v2.5.1 acknowledging receipt of specimens: OBR-25 I and every OBX status I "
  "(pending) with no value; the NTE `Results to follow` is no row",
  "segs": [msh("CERIDIAN-LIS", "BAYVIEW REFERENCE LAB", "20250903113020", "ORU^R01^ORU_R01", "BRL0903-00412"),
   pid("BRL452201", "WESTERHOLT^GRAHAM^E", "19690614", "M"), orc("NSC-58120", "BRL-2509030412", status="IP"),
   obr(1, "NSC-58120", "BRL-2509030412", "57698-3^Lipid panel^LN", "20250903074500", status="I"),
   obx(1, "NM", "2093-3^Cholesterol^LN", "", "mg/dL", "<200", "", "I"),
   obx(2, "NM", "2571-8^Triglyceride^LN", "", "mg/dL", "<150", "", "I"),
   obx(3, "NM", "2085-9^HDL Cholesterol^LN", "", "mg/dL", ">39", "", "I"),
   obr(2, "NSC-58120", "BRL-2509030413", "2986-8^Testosterone^LN", "20250903074500", status="I"),
   obx(1, "NM", "2986-8^Testosterone^LN", "", "ng/dL", "264-916", "", "I"),
   nte(1, "Specimens received 03/09/2025 09:12. Results to follow.")]},
 {"id": "NR03", "why": "ORU^R01 v2.4 cancellation: ORC CA, OBR-25 X, every OBX status X (results cannot be "
  "obtained: specimen not received); no row",
  "segs": [msh("HARBORLINE^LIS", "HARBORLINE DIAGNOSTICS", "20250407160012", "ORU^R01", "HLD-779930", "2.4"),
   pid("HD-21420", "OKAFOR-LINDH^ADAEZE", "19830321", "F"), orc("NSC-55300", "HLD-8861002", ctrl="CA", status="CA"),
   obr(1, "NSC-55300", "HLD-8861002", "VITD^Vitamin D and B12^L", "20250407081500", status="X"),
   obx(1, "NM", "1989-3^Vitamin D, 25-Hydroxy^LN", "", "ng/mL", "30-100", "", "X"),
   obx(2, "NM", "2132-9^Vitamin B12^LN", "", "pg/mL", "232-1245", "", "X"),
   nte(1, "Test cancelled: specimen not received within stability (7 days). Please recollect.")]},
 {"id": "NR04", "why": "ACK^R01 v2.5.1 application acknowledgement (MSA AA) of a result message: MSH and MSA only, "
  "the acknowledged control id is no value; no row",
  "segs": [msh("LONGEVITY-EHR", "NORTHSTAR CLINIC", "20250304061602", "ACK^R01^ACK", "NSC-ACK-90412",
               recv="LABNET^CONTINENTAL REFERENCE LABS"),
   "MSA|AA|CRL-25063-881204|Message accepted"]},
 {"id": "NR05", "why": "ORU^R01 v2.5.1 consultant's interpretive report sent as TX/FT narrative only (with "
  "`\\.br\\` breaks): the numbers quoted in the text (ferritin 22, HbA1c 5.9, LDL 149) are history, not results; "
  "no row",
  "segs": [msh("VITALIS^LIS", "VITALIS PRECISION LAB", "20250801110502", "ORU^R01^ORU_R01", "VPL-0801-34012"),
   pid("VPL-1190337", "SANDOVAL-PRICE^HELENA", "19680905", "F", "VPL"), orc("NSC-56201", "VPL-I442001"),
   obr(1, "NSC-56201", "VPL-I442001", "11526-1^Pathology study^LN", "20250801090000"),
   obx(1, "TX", "INTERP^Clinical interpretation^L",
       "Iron deficiency without anaemia: ferritin 22 ug/L in March 2025 has since improved.\\.br\\Consider repeat in 3 months.",
       "", "", "", "F"),
   obx(2, "TX", "INTERP^Clinical interpretation^L",
       "Glycaemia: previous HbA1c 5.9 %; lifestyle measures advised.\\.br\\Lipids: LDL 149 mg/dL on 03/2025.", "", "", "", "F"),
   obx(3, "FT", "SIGN^Electronically signed^L", "Dr E. Marchetti, Chemical Pathologist\\.br\\01/08/2025 10:58", "", "", "", "F")]},
]
