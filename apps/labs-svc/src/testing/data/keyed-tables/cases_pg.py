"""PG: multi-page reports -- letterheads, banners, page numbers, 'Continued', footers: none of them rows."""
from gen_cases import *

CASES = []
def case(id, lines, rows, why): CASES.append({"id": id, "lines": lines, "rows": rows, "why": why})
HDR = "SUMMIT REFERENCE LABORATORIES    1200 Harbor Blvd, Suite 4    Tel (800) 555-0143"

case("PG01",
     [HDR + "    Page 1 of 2", "COMPREHENSIVE METABOLIC PANEL"] + table([
         ["Glucose", "94", "", "65-99", "mg/dL"], ["Sodium", "140", "", "135-146", "mmol/L"],
         ["Potassium", "4.6", "", "3.5-5.3", "mmol/L"]]) +
     ["-- Continued on next page --",
      HDR + "    Page 2 of 2", "Patient: ALVAREZ, MARCO    DOB: 07/22/1968    Accession: 25187-004412",
      "COMPREHENSIVE METABOLIC PANEL (continued)"] + table([
         ["Calcium", "9.6", "", "8.6-10.3", "mg/dL"], ["ALT", "52", "H", "9-46", "U/L"]]) +
     ["Lab Director: P. Okafor, MD    CLIA 05D0642827"],
     [R("glucose", 94, "mg/dL", "mg/dL", rng="65..99"),
      R("sodium", 140, "mmol/L", "mmol/L", rng="135..146"),
      R("potassium", 4.6, "mmol/L", "mmol/L", rng="3.5..5.3"),
      R("calcium", 9.6, "mg/dL", "mg/dL", rng="8.6..10.3"),
      R("alanine-aminotransferase", 52, "U/L", "U/L", printed="high", rng="9..46")],
     "a panel broken across a page: the repeated letterhead (suite 4, the 800 number), 'Page 1 of 2' / 'Page 2 of 2', "
     "'Continued', the patient banner (DOB, accession), the repeated heading and the CLIA footer are no rows; range "
     "printed before the unit")

case("PG02",
     ["Riverside Medical Center - Laboratory    Report Date 07/19/2025 14:22", "LIPID PANEL",
      "=" * 40 + "  page 1 / 2  " + "=" * 10,
      "Riverside Medical Center - Laboratory    MRN 00338712    Room OP-12    Page 2 / 2"] + table([
         ["Test", "Result", "Flag", "Ref Range", "Units"],
         ["Cholesterol", "241", "H", "<200", "mg/dL"], ["Triglycerides", "133", "", "<150", "mg/dL"],
         ["HDL", "58", "", ">40", "mg/dL"], ["LDL (calculated)", "156", "H", "<100", "mg/dL"]]) +
     ["Accession 2507184412    Received 07/18/2025 09:12    Questions: 410-555-0199"],
     [R("total-cholesterol", 241, "mg/dL", "mg/dL", printed="high", rng="..200"),
      R("triglycerides", 133, "mg/dL", "mg/dL", rng="..150"),
      R("hdl-cholesterol", 58, "mg/dL", "mg/dL", rng="40.."),
      R("ldl-cholesterol", 156, "mg/dL", "mg/dL", printed="high", rng="..100")],
     "the section heading 'LIPID PANEL' is the last line of page 1 and its table starts on page 2, after the page "
     "rule and the banner: the heading carries over; the report time, MRN, room, accession, received time and phone "
     "number are no rows; LDL 156 = 241 - 58 - 133/5 (Friedewald, 156.4)")

case("PG03",
     ["NORTHGATE LABS    Final Report    Page 1 of 3"] + table([
         ["Vitamin D, 25-Hydroxy", "47.2", "", "ng/mL", "30.0-100.0"],
         ["Vitamin B12", "388", "", "pg/mL", "232-1245"]]) +
     ["Continued on page 2    Printed 11/04/2025 16:40    Fax (212) 555-0187",
      "NORTHGATE LABS    Final Report    Page 2 of 3    Patient: LEE, ANNA    Age/Sex: 46/F"] + table([
         ["Ferritin", "31", "", "ng/mL", "15-150"], ["TSH", "2.61", "", "uIU/mL", "0.450-4.500"],
         ["Free T4", "0.89", "", "ng/dL", "0.82-1.77"]]) + ["Continued on page 3"],
     [R("vitamin-d", 47.2, "ng/mL", "ng/mL", rng="30.0..100.0"),
      R("vitamin-b12", 388, "pg/mL", "pg/mL", rng="232..1245"),
      R("ferritin", 31, "ng/mL", "ng/mL", rng="15..150"),
      R("thyroid-stimulating-hormone", 2.61, "uIU/mL", "m[IU]/L", rng="0.450..4.500"),
      R("free-t4", 0.89, "ng/dL", "ng/dL", rng="0.82..1.77")],
     "page footers and headers between the rows ('Continued on page 2', print time, fax, page numbers, the banner "
     "with Age/Sex 46/F) are no rows; the banner's '46' is an age, not a result; TSH uIU/mL = m[IU]/L")

case("PG04",
     ["PATIENT: SHAH, R    SEX: M    AGE: 45    HT: 70 in    WT: 182 lb    FASTING: 12 h    Page 1 of 1"] + table([
         ["Hemoglobin A1c", "5.8", "H", "%", "<5.7"],
         ["Insulin", "9.6", "", "uIU/mL", "2.6-24.9"],
         ["Glucose", "97", "", "mg/dL", "65-99"],
         ["C-Peptide", "2.1", "", "ng/mL", "1.1-4.4"]]) +
     ["Specimen ID 88-4471-02    Collected 09/09/2025 07:05    Reported 09/10/2025 05:51",
      "Performed at: Summit Reference Laboratories, 1200 Harbor Blvd, Tel (800) 555-0143    END OF REPORT"],
     [R("hemoglobin-a1c", 5.8, "%", "%", printed="high", rng="..5.7"),
      R("insulin", 9.6, "uIU/mL", "u[IU]/mL", rng="2.6..24.9"),
      R("glucose", 97, "mg/dL", "mg/dL", rng="65..99"),
      R("c-peptide", 2.1, "ng/mL", "ng/mL", rng="1.1..4.4")],
     "a one-page report whose banner prints age 45, height 70, weight 182 and a 12-hour fast (no rows); the footer "
     "numbers (specimen ID, times, address, phone) are no rows")

case("PG05",
     ["WELLSPRING LABORATORY    Page 1 of 2    SUMMARY OF ABNORMAL RESULTS"] + table([
         ["Ferritin", "18", "L", "ng/mL", "30-400"], ["Vitamin D, 25-OH", "27", "L", "ng/mL", "30-100"]]) +
     ["Full results follow on page 2.",
      "WELLSPRING LABORATORY    Page 2 of 2    DETAILED RESULTS    Acc W-559120"] + table([
         ["Ferritin", "18", "L", "ng/mL", "30-400"], ["Vitamin D, 25-OH", "27", "L", "ng/mL", "30-100"],
         ["Iron", "74", "", "ug/dL", "50-180"], ["TIBC", "398", "", "ug/dL", "250-450"],
         ["% Saturation", "19", "", "%", "15-55"], ["hs-CRP", "0.8", "", "mg/L", "<1.0"]]),
     [R("ferritin", 18, "ng/mL", "ng/mL", printed="low", rng="30..400"),
      R("vitamin-d", 27, "ng/mL", "ng/mL", printed="low", rng="30..100"),
      R("iron", 74, "ug/dL", "ug/dL", rng="50..180"),
      R("total-iron-binding-capacity", 398, "ug/dL", "ug/dL", rng="250..450"),
      R("transferrin-saturation", 19, "%", "%", rng="15..55"),
      R("hs-crp", 0.8, "mg/L", "mg/L", rng="..1.0")],
     "page 1's summary of abnormal results repeats two results that page 2 prints again in full: each result is one "
     "row (keyed-tiers M12), in the order of first appearance (the same order in both lists); '% Saturation' under "
     "iron and TIBC is the transferrin saturation; the accession is no row")

case("PG06",
     ["SUMMIT REFERENCE LABORATORIES    Tel (800) 555-0143    Page 3 of 3",
      "Patient: ALVAREZ, MARCO    DOB: 07/22/1968    Accession: 25187-004412",
      "INTERPRETIVE NOTES",
      "1. Testosterone reference interval from 1,456 healthy men aged 19-39 (CDC-standardized LC-MS/MS).",
      "2. HbA1c 5.7-6.4% indicates increased risk; >=6.5% is consistent with diabetes.",
      "3. eGFR calculated with CKD-EPI 2021 (race-free); values >60 reported as >60.",
      "Electronically signed: P. Okafor, MD, Laboratory Director    11/18/2025 09:14",
      "*** END OF REPORT ***    CLIA 05D0642827    CAP 7190411"],
     "-",
     "the last page of a multi-page report holds only the letterhead, the banner, interpretive notes with numbers "
     "(1,456 men, 19-39 years, the HbA1c cut-offs 5.7-6.4 and 6.5, eGFR >60), the signature, and CLIA/CAP numbers: "
     "no result")
