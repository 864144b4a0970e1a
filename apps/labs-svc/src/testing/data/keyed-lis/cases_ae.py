"""AE: Gulf hospital laboratory printouts (UAE, Qatar, Kuwait: `Result  Flag  Units  Reference`, dual units)."""
from gen_cases import *

CASES = [
 {"id": "AE01", "lines": [
   "AL NOOR SPECIALTY HOSPITAL - DUBAI        DEPARTMENT OF PATHOLOGY & LABORATORY MEDICINE",
   "Patient: AL MANSOORI, Fatima   MRN: 00-448-1902   Emirates ID: 784-19XX-XXXXXXX-X   F / 41 Y",
   "Episode No: OP25-117720   Specimen: Serum   Collected: 11-Jan-2025 08:40   Verified: 11-Jan-2025 16:05",
   *table([["Test", "Result", "Flag", "Units", "Reference Range"],
           ["Vitamin D, 25-OH Total", "11.2", "L", "ng/mL", "30 - 100"],
           ["Vitamin B12", "298", "", "pg/mL", "197 - 771"],
           ["Folate", "6.8", "", "ng/mL", "3.9 - 26.8"],
           ["Ferritin", "36.2", "", "ng/mL", "13 - 150"],
           ["Calcium", "9.4", "", "mg/dL", "8.6 - 10.3"]]),
   "This laboratory is accredited by the College of American Pathologists (CAP #8819204)."],
  "rows": [R("vitamin-d", "11.2", "ng/mL", "ng/mL", printed="low", rng="30..100"),
           R("vitamin-b12", "298", "pg/mL", "pg/mL", rng="197..771"),
           R("folate", "6.8", "ng/mL", "ng/mL", rng="3.9..26.8"),
           R("ferritin", "36.2", "ng/mL", "ng/mL", rng="13..150"),
           R("calcium", "9.4", "mg/dL", "mg/dL", rng="8.6..10.3")],
  "why": "a Dubai hospital report in conventional units; MRN, Emirates ID, episode number, age and the CAP number "
         "are no rows"},
 {"id": "AE02", "lines": [
   "GULF MEDICAL CITY - ABU DHABI   Clinical Chemistry & Immunoassay   Accession: GMC-25-0099314",
   "Patient: HASSAN, Omar   Sex: M   DOB: 03/03/1975   Requesting: Men's Health & Longevity Clinic",
   *table([["Test", "Result", "Flag", "Units", "Reference", "SI Result", "SI Units", "SI Reference"],
           ["Testosterone, Total", "512", "", "ng/dL", "264 - 916", "17.8", "nmol/L", "9.2 - 31.8"],
           ["Estradiol", "47", "H", "pg/mL", "11 - 44", "173", "pmol/L", "40 - 162"],
           ["SHBG", "36", "", "nmol/L", "16.5 - 55.9", "36", "nmol/L", "16.5 - 55.9"],
           ["DHEA-Sulfate", "188", "", "ug/dL", "89 - 427", "5.1", "umol/L", "2.4 - 11.6"],
           ["LH", "5.6", "", "mIU/mL", "1.7 - 8.6", "5.6", "IU/L", "1.7 - 8.6"],
           ["Prolactin", "11.2", "", "ng/mL", "4.0 - 15.2", "237", "mIU/L", "86 - 324"]]),
   "SI values are provided for reference; conventional units are the reporting units of this laboratory."],
  "rows": [R("testosterone", "512", "ng/dL", "ng/dL", rng="264..916"),
           R("estradiol", "47", "pg/mL", "pg/mL", printed="high", rng="11..44"),
           R("shbg", "36", "nmol/L", "nmol/L", rng="16.5..55.9"),
           R("dhea-sulfate", "188", "ug/dL", "ug/dL", rng="89..427"),
           R("luteinizing-hormone", "5.6", "mIU/mL", "m[IU]/mL", rng="1.7..8.6"),
           R("prolactin", "11.2", "ng/mL", "ng/mL", rng="4.0..15.2")],
  "why": "a Gulf dual-unit table: one row per test from the conventional columns (the footer names them the "
         "reporting units), the SI columns are the same measurements and give no second rows (keyed-tables "
         "convention 2); the flag column belongs to the conventional result"},
 {"id": "AE03", "lines": [
   "HAMAD-STYLE GENERAL HOSPITAL, DOHA   CHEMISTRY   Lab No: C25/0412288   HC No: 31177402",
   "Patient: KHALIFA, Noor   F   52Y   Location: Endocrine OPD   Collected 06/04/2025 09:15",
   *table([["Test", "Result", "Flag", "Units", "Reference"],
           ["Sodium", "121", "L*", "mmol/L", "135 - 145"],
           ["Potassium", "3.6", "", "mmol/L", "3.5 - 5.1"],
           ["Chloride", "88", "L", "mmol/L", "98 - 107"],
           ["Creatinine", "71", "", "umol/L", "45 - 84"],
           ["Glucose, Random", "5.1", "", "mmol/L", "3.9 - 7.8"]]),
   "* CRITICAL VALUE: Sodium communicated to Dr. R. Farouk (read back) 06/04/2025 11:02 by Tech 2287"],
  "rows": [R("sodium", "121", "mmol/L", "mmol/L", printed="critical-low", rng="135..145"),
           R("potassium", "3.6", "mmol/L", "mmol/L", rng="3.5..5.1"),
           R("chloride", "88", "mmol/L", "mmol/L", printed="low", rng="98..107"),
           R("creatinine", "71", "umol/L", "mg/dL", CREA_UMOL, rng="45..84"),
           R("glucose", "5.1", "mmol/L", "mg/dL", GLU_MMOL, rng="3.9..7.8")],
  "why": "a Qatar hospital chemistry page: `L*` with the critical-value footer is critical-low; the random glucose "
         "is coded to `glucose` (the catalog entry is not only fasting) with its printed interval; the technologist "
         "number, HC number and time are no rows"},
 {"id": "AE04", "lines": [
   "AL SALAM INTERNATIONAL HOSPITAL - KUWAIT    CARDIAC RISK PROFILE    Ref No: ASIH-25-7710028",
   "Patient: AL-SABAH, Yousef   Male   46 Y   Fasting 12h   Collected: 20/08/2025",
   *table([["Test", "Result", "Flag", "Units", "Reference"],
           ["Cholesterol, Total", "231", "H", "mg/dL", "< 200"],
           ["Apolipoprotein B", "118", "H", "mg/dL", "< 100"],
           ["Lipoprotein (a)", "62", "H", "mg/dL", "< 30"],
           ["hs-CRP", "0.31", "", "mg/dL", "< 0.50"],
           ["Homocysteine", "9.8", "", "umol/L", "5.0 - 15.0"]]),
   "Lp(a) measured in mass units (mg/dL); not interchangeable with nmol/L."],
  "rows": [R("total-cholesterol", "231", "mg/dL", "mg/dL", printed="high", rng="..200"),
           R("apolipoprotein-b", "118", "mg/dL", "mg/dL", printed="high", rng="..100"),
           R("lipoprotein-a", "62", "mg/dL", "", printed="high", rng="..30"),
           R("hs-crp", "0.31", "mg/dL", "mg/L", (10.0, "x 10 (mg/dL -> mg/L)"), rng="..0.50"),
           R("homocysteine", "9.8", "umol/L", "umol/L", rng="5.0..15.0")],
  "why": "a Kuwait hospital risk profile; Lp(a) in mg/dL cannot be converted to the catalog's nmol/L (catalog v9: "
         "no single factor), so no normalized value; hs-CRP printed in mg/dL x 10 = mg/L, the range kept in mg/dL"},
{"id": "AE05", "lines": [
   "KING FAHAD-STYLE MEDICAL CITY - RIYADH   ENDOCRINE LAB   Order: EL-25-0310457   Final",
   "Patient: AL-QAHTANI, Saad   M   39Y   MRN 5519027   Collected 27/05/2025 07:50 (fasting)",
   *table([["Test", "Result", "Flag", "Units", "Reference"],
           ["Insulin, Fasting", "86.4", "", "pmol/L", "17.8 - 173.0"],
           ["C-Peptide", "2.1", "", "ng/mL", "1.1 - 4.4"],
           ["Cortisol (AM)", "14.8", "", "ug/dL", "6.2 - 19.4"]]),
   "Insulin conversion: 1 uIU/mL = 6.00 pmol/L."],
  "rows": [R("insulin", "86.4", "pmol/L", "", rng="17.8..173.0"),
           R("c-peptide", "2.1", "ng/mL", "ng/mL", rng="1.1..4.4"),
           R("cortisol", "14.8", "ug/dL", "ug/dL", rng="6.2..19.4")],
  "why": "a Saudi hospital endocrine page; insulin in pmol/L is not converted to the catalog's uIU/mL (catalog v9: "
         "pmol/L / 6 is a convention, not a molar mass; the footer's 6.00 is the laboratory's note, no row), so no "
         "normalized value; the AM interval fits the AM cortisol"},
]
