"""NR: no result -- requisition, price list, specimen label, handbook reference table, pending/TNP/cancelled reports
(`-`, or only the completed rows), a preparation sheet."""
from gen_cases import *

CASES = []
def case(id, lines, rows, why): CASES.append({"id": id, "lines": lines, "rows": rows, "why": why})

case("NR01",
     ["LABORATORY REQUISITION    Account 30418    Physician NPI 1487726651"] + table([
         ["Test", "Code", "CPT", "Tube"], ["Comprehensive Metabolic Panel", "322000", "80053", "SST"],
         ["Lipid Panel", "303756", "80061", "SST"], ["Hemoglobin A1c", "001453", "83036", "LAV"],
         ["Testosterone, Free and Total", "070001", "84402/84403", "SST"], ["PSA, Total", "010322", "84153", "SST"]]) +
     ["Dx (ICD-10): Z00.00, E78.5, E29.1    Fasting: 12 h    Bill: Patient"],
     "-",
     "a requisition: the tests ordered with order codes, CPT codes, tubes, ICD-10 codes and the fasting hours; "
     "nothing has been measured, so no result")

case("NR02",
     ["2025 CASH PRICE LIST - LONGEVITY PANELS"] + table([
         ["Panel / Test", "Biomarkers", "Price"], ["Longevity Essentials", "42", "$249"],
         ["Testosterone, Total & Free", "2", "$69"], ["Lipoprotein(a)", "1", "$39"], ["ApoB", "1", "$35"],
         ["Vitamin D, 25-OH", "1", "$45"], ["hs-CRP", "1", "$29"]]) + ["Results in 2-3 business days. Add-on draw fee $15."],
     "-",
     "a price list: test names beside biomarker counts and prices ('Lipoprotein(a)  1  $39' is one biomarker for "
     "39 dollars, not an Lp(a) of 1), turnaround days and a fee: no result")

case("NR03",
     ["ACC 25-311-0072    PT: DUARTE, L    DOB 11/03/1979    F",
      "SST 5.0 mL  x2    LAV 3.0 mL  x1    NaF/KOx 2.0 mL  x1",
      "Drawn 11/07/25 08:42    Fasting 12 h    Spin 10 min @ 1300 g    Store 2-8 C",
      "Tests: CMP  LIPID  A1C  INSULIN  TSH  FT4  FERR  VITD  HCY  APOB  LPA"],
     "-",
     "a specimen label: accession, tube volumes and counts, draw time, fasting hours, centrifugation and storage "
     "temperature, and test mnemonics (LPA, HCY, APOB...) with no values: no result")

case("NR04",
     ["LABORATORY HANDBOOK - ADULT REFERENCE INTERVALS (section 4.2)"] + table([
         ["Test", "Male", "Female", "Units"], ["Hemoglobin", "13.2-17.1", "11.7-15.5", "g/dL"],
         ["Ferritin", "38-380", "13-150", "ng/mL"], ["Testosterone, Total", "264-916", "8-48", "ng/dL"],
         ["SHBG", "16.5-55.9", "24.6-122.0", "nmol/L"], ["Uric Acid", "4.0-8.0", "2.5-7.0", "mg/dL"]]),
     "-",
     "a reference-interval table from a laboratory handbook: every number is a bound, none a patient's result")

case("NR05",
     ["REPORT STATUS: PRELIMINARY    Collected 10/14/2025"] + table([
         ["Testosterone, Free (Equilibrium Dialysis)", "Pending", "", "pg/mL", "46.0-224.0"],
         ["IGF-1", "TNP", "", "ng/mL", "83-233"],
         ["Cortisol, AM", "Cancelled", "", "ug/dL", "6.2-19.4"],
         ["Lipoprotein (a)", "Result to follow", "", "nmol/L", "<75"]]) +
     ["TNP = test not performed: specimen received frozen-thawed. Cancelled: duplicate order."],
     "-",
     "a preliminary report where nothing is resulted: 'Pending', 'TNP' (test not performed), 'Cancelled' and 'Result "
     "to follow' sit where values go, beside units and ranges; no result")

case("NR06",
     ["PARTIAL REPORT    Status: In process    Collected 12/01/2025 07:30"] + table([
         ["Test", "Result", "Flag", "Units", "Reference"],
         ["WBC", "6.8", "", "x10E3/uL", "3.4-10.8"], ["Hemoglobin", "14.9", "", "g/dL", "13.0-17.7"],
         ["Platelets", "262", "", "x10E3/uL", "150-450"], ["ApoB", "In process", "", "mg/dL", "<90"],
         ["Lipoprotein (a)", "Pending", "", "nmol/L", "<75"], ["Homocysteine", "See note", "", "umol/L", "0.0-14.5"]]) +
     ["Note: homocysteine sent to reference laboratory; expected 12/04/2025."],
     [R("white-blood-cell-count", 6.8, "x10E3/uL", "10*3/uL", rng="3.4..10.8"),
      R("hemoglobin", 14.9, "g/dL", "g/dL", rng="13.0..17.7"),
      R("platelet-count", 262, "x10E3/uL", "10*3/uL", rng="150..450")],
     "a partial report: only the three completed rows are keyed; ApoB 'In process', Lp(a) 'Pending' and the "
     "homocysteine 'See note' have no value (no rows, their ranges unused); the expected date is no row")

case("NR07",
     ["CHEMISTRY    Specimen: Serum    Comment: moderately hemolyzed"] + table([
         ["Sodium", "139", "", "mmol/L", "135-145"], ["Potassium", "TNP", "", "mmol/L", "3.5-5.1"],
         ["Creatinine", "0.94", "", "mg/dL", "0.70-1.30"], ["AST", "TNP", "", "U/L", "0-40"],
         ["eGFR", "96", "", "mL/min/1.73m2", ">59"], ["Vitamin B12", "1480", "H", "pg/mL", "232-1245"]]) +
     ["TNP: test not performed due to hemolysis (potassium, AST, LDH). Please recollect."],
     [R("sodium", 139, "mmol/L", "mmol/L", rng="135..145"),
      R("creatinine", 0.94, "mg/dL", "mg/dL", rng="0.70..1.30"),
      R("egfr", 96, "mL/min/1.73m2", "mL/min/{1.73_m2}", rng="59.."),
      R("vitamin-b12", 1480, "pg/mL", "pg/mL", printed="high", rng="232..1245")],
     "a hemolyzed specimen: potassium and AST are 'TNP' (no rows); the completed results are keyed; the comment's "
     "LDH has no value")

case("NR08",
     ["PATIENT PREPARATION - HORMONE & METABOLIC PANEL",
      "Fast 10-12 hours (water allowed). Draw before 10 AM for cortisol and testosterone.",
      "Stop biotin supplements (>5 mg/day) 72 hours before the draw; hold testosterone cream 24 hours.",
      "Women: estradiol, LH and FSH on cycle day 2-4 unless told otherwise.",
      "Bring: ID, insurance card, requisition. Results in 3-5 business days via the portal."],
     "-",
     "preparation instructions: fasting hours, times, a biotin dose, cycle days and turnaround, with analyte names "
     "beside numbers that are not results")
