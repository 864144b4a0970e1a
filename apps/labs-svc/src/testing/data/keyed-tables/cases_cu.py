"""CU: cumulative reports -- several dated result columns; only the newest column is keyed."""
from gen_cases import *

CASES = []
def case(id, lines, rows, why): CASES.append({"id": id, "lines": lines, "rows": rows, "why": why})

case("CU01",
     ["CUMULATIVE RESULTS    (oldest -> newest)    Pt: HOLLIS, D    DOB 02/09/1971    MRN 004417286"] + table([
         ["Test", "03/04/2024", "09/12/2024", "02/20/2025", "Units", "Reference"],
         ["Glucose", "104 H", "99", "96", "mg/dL", "65-99"],
         ["Hemoglobin A1c", "5.6", "5.7 H", "5.8 H", "%", "<5.7"],
         ["Insulin", "14.2", "11.8", "", "uIU/mL", "2.6-24.9"],
         ["Triglycerides", "188 H", "142", "121", "mg/dL", "<150"],
         ["Apolipoprotein B", "112 H", "98 H", "86", "mg/dL", "<90"]]),
     [R("glucose", 96, "mg/dL", "mg/dL", rng="65..99"),
      R("hemoglobin-a1c", 5.8, "%", "%", printed="high", rng="..5.7"),
      R("triglycerides", 121, "mg/dL", "mg/dL", rng="..150"),
      R("apolipoprotein-b", 86, "mg/dL", "mg/dL", rng="..90")],
     "a cumulative report, oldest left and newest right: only the 02/20/2025 column is keyed, its flags are the newest "
     "column's (the H beside 104, 188, 112, 98 belong to older draws); insulin's newest cell is blank, so no insulin "
     "row (11.8 and 14.2 are history); the MRN and dates are no rows")

case("CU02",
     ["Cumulative Report - Endocrinology    Newest result first    Sex: M    Age: 52"] + table([
         ["Test", "Units", "Ref Range", "10/02/25", "07/15/25", "04/01/25"],
         ["TSH", "mIU/L", "0.45-4.50", "2.14", "3.88", "5.02 H"],
         ["Free T4", "ng/dL", "0.82-1.77", "1.21", "1.05", "0.96"],
         ["Testosterone, Total", "ng/dL", "264-916", "612", "455", "238 L"],
         ["Free Testosterone", "pg/mL", "8.7-25.1", "", "9.8", "6.1 L"],
         ["SHBG", "nmol/L", "16.5-55.9", "38.4", "41.0", "44.2"],
         ["Estradiol", "pg/mL", "7.6-42.6", "44.9 H", "31.2", "22.0"]]),
     [R("thyroid-stimulating-hormone", 2.14, "mIU/L", "m[IU]/L", rng="0.45..4.50"),
      R("free-t4", 1.21, "ng/dL", "ng/dL", rng="0.82..1.77"),
      R("testosterone", 612, "ng/dL", "ng/dL", rng="264..916"),
      R("shbg", 38.4, "nmol/L", "nmol/L", rng="16.5..55.9"),
      R("estradiol", 44.9, "pg/mL", "pg/mL", printed="high", rng="7.6..42.6")],
     "newest on the LEFT (10/02/25), the units and range printed after the name: that column is keyed; the free "
     "testosterone's newest cell is blank, so no row (9.8 and 6.1 L are earlier draws, whose L must not be taken); "
     "TSH 5.02 H and testosterone 238 L are history; mIU/L = m[IU]/L")

case("CU03",
     ["HEMATOLOGY CUMULATIVE    Loc: OUTPT-LONGEVITY    Printed 08/27/25 06:02"] + table([
         ["", "", "11/02/24", "02/11/25", "05/20/25", "08/26/25", ""],
         ["", "", "07:55", "08:10", "07:42", "08:05", ""],
         ["WBC", "K/uL", "6.1", "5.8", "7.4", "6.6", "[4.0-10.5]"],
         ["HGB", "g/dL", "16.9 H", "17.4 H", "17.9 H", "18.3 H", "[13.2-17.1]"],
         ["HCT", "%", "50.8 H", "52.1 H", "53.6 H", "55.2 H", "[38.5-50.0]"],
         ["PLT", "K/uL", "233", "241", "229", "248", "[140-400]"],
         ["FERRITIN", "ng/mL", "142", "88", "41", "19 L", "[38-380]"]]),
     [R("white-blood-cell-count", 6.6, "K/uL", "10*3/uL", rng="4.0..10.5"),
      R("hemoglobin", 18.3, "g/dL", "g/dL", printed="high", rng="13.2..17.1"),
      R("hematocrit", 55.2, "%", "%", printed="high", rng="38.5..50.0"),
      R("platelet-count", 248, "K/uL", "10*3/uL", rng="140..400"),
      R("ferritin", 19, "ng/mL", "ng/mL", printed="low", rng="38..380")],
     "a hospital cumulative with two header lines (dates, then draw times) and the range in brackets at the end: the "
     "rightmost column (08/26/25 08:05) is the newest and is keyed; times, the print stamp and older columns are no "
     "rows; K/uL = 10*3/uL")

case("CU04",
     ["PATIENT CUMULATIVE SUMMARY    Acct 55-210938    Ordering: R. Anand, MD"] + table([
         ["Analyte", "Current 09/30/2025", "03/28/2025", "09/20/2024", "Units", "Range"],
         ["PSA, Total", "1.42", "1.18", "1.05", "ng/mL", "0.00-4.00"],
         ["IGF-1", "188", "201", "176", "ng/mL", "83-233"],
         ["DHEA-S", "142", "128", "155", "ug/dL", "71.6-375.4"],
         ["Cortisol, AM", "", "14.2", "16.8", "ug/dL", "6.2-19.4"],
         ["Homocysteine", "12.6 H", "11.9 H", "10.1", "umol/L", "0.0-11.4"]]),
     [R("prostate-specific-antigen", 1.42, "ng/mL", "ng/mL", rng="0.00..4.00"),
      R("somatomedin-c", 188, "ng/mL", "ng/mL", rng="83..233"),
      R("dhea-sulfate", 142, "ug/dL", "ug/dL", rng="71.6..375.4"),
      R("homocysteine", 12.6, "umol/L", "umol/L", printed="high", rng="0.0..11.4")],
     "the column headed 'Current' is the newest (left): keyed; the AM cortisol was not drawn this time (blank), so no "
     "row; the account number is no row")

case("CU05",
     ["Lab Results - Trend View (MyChart export)"] + table([
         ["Component", "Ref Range & Units", "9/12/25", "6/2/25", "1/15/25"],
         ["Sodium", "135 - 145 mmol/L", "139", "141", "137"],
         ["Potassium", "3.5 - 5.1 mmol/L", "4.4", "5.3 (H)", "4.6"],
         ["Creatinine", "0.70 - 1.30 mg/dL", "1.34 (H)", "1.22", "1.19"],
         ["eGFR", ">=60 mL/min/1.73m2", "62", "70", "72"],
         ["Cystatin C", "0.61 - 0.95 mg/L", "0.98 (H)", "", "0.91"],
         ["Uric Acid", "3.7 - 8.6 mg/dL", "", "7.9", "8.8 (H)"]]),
     [R("sodium", 139, "mmol/L", "mmol/L", rng="135..145"),
      R("potassium", 4.4, "mmol/L", "mmol/L", rng="3.5..5.1"),
      R("creatinine", 1.34, "mg/dL", "mg/dL", printed="high", rng="0.70..1.30"),
      R("egfr", 62, "mL/min/1.73m2", "mL/min/{1.73_m2}", rng="60.."),
      R("cystatin-c", 0.98, "mg/L", "mg/L", printed="high", rng="0.61..0.95")],
     "a portal trend table: the range and unit share one column after the name, newest date first; 9/12/25 is keyed; "
     "uric acid has no 9/12/25 value, so no row (7.9 and 8.8 (H) are history); the cystatin C's blank middle cell "
     "does not matter; mL/min/1.73m2 = mL/min/{1.73_m2}")

case("CU06",
     ["IRON STUDIES - SERIAL RESULTS (newest at right)"] + table([
         ["Test (units)", "Ref", "Jan-24", "May-24", "Oct-24", "Mar-25"],
         ["Iron (ug/dL)", "38-169", "52", "61", "88", "121"],
         ["TIBC (ug/dL)", "250-450", "468 H", "441", "402", "356"],
         ["Iron Sat (%)", "15-55", "11 L", "14 L", "22", "34"],
         ["Ferritin (ng/mL)", "30-400", "12 L", "24 L", "46", "71"],
         ["Vitamin B12 (pg/mL)", "232-1245", "198 L", "412", "", "905"],
         ["Folate (ng/mL)", ">3.0", "14.2", "", "", ""]]),
     [R("iron", 121, "ug/dL", "ug/dL", rng="38..169"),
      R("total-iron-binding-capacity", 356, "ug/dL", "ug/dL", rng="250..450"),
      R("transferrin-saturation", 34, "%", "%", rng="15..55"),
      R("ferritin", 71, "ng/mL", "ng/mL", rng="30..400"),
      R("vitamin-b12", 905, "pg/mL", "pg/mL", rng="232..1245")],
     "units in parentheses in the name column, range second, four dated columns with the newest (Mar-25) at the "
     "right: keyed; B12's blank Oct-24 cell is history and does not matter; folate was only drawn in Jan-24, so the "
     "newest cell is blank and there is no folate row")

case("CU07",
     ["LIPID / INFLAMMATION CUMULATIVE    Spec: Serum    F = flag"] + table([
         ["Test", "08/14/25", "F", "02/03/25", "F", "Units", "Reference"],
         ["Cholesterol, Total", "176", "", "231", "H", "mg/dL", "<200"],
         ["LDL Chol Calc (NIH)", "94", "", "151", "H", "mg/dL", "<100"],
         ["HDL Cholesterol", "61", "", "48", "", "mg/dL", ">39"],
         ["Triglycerides", "104", "", "160", "H", "mg/dL", "<150"],
         ["hs-CRP", "0.6", "", "3.4", "H", "mg/L", "<3.0"],
         ["Lipoprotein (a)", "", "", "212", "H", "nmol/L", "<75"]]),
     [R("total-cholesterol", 176, "mg/dL", "mg/dL", rng="..200"),
      R("ldl-cholesterol", 94, "mg/dL", "mg/dL", rng="..100"),
      R("hdl-cholesterol", 61, "mg/dL", "mg/dL", rng="39.."),
      R("triglycerides", 104, "mg/dL", "mg/dL", rng="..150"),
      R("hs-crp", 0.6, "mg/L", "mg/L", rng="..3.0")],
     "a flag column per date, newest date first: 08/14/25 is keyed and its flag column is empty; every H sits in the "
     "02/03/25 flag column (history); Lp(a) was not repeated (blank newest cell), so no row although 212 H is printed")

case("CU08",
     ["Results Review - Clinical Biochemistry    NHS No 943 476 5919    dd/mm/yy, newest right"] + table([
         ["Test", "Units", "Ref range", "12/11/24", "18/03/25", "24/07/25"],
         ["Cholesterol", "mmol/L", "<5.0", "5.8 H", "5.1 H", "4.6"],
         ["Vitamin D (25-OH)", "nmol/L", "50-175", "38 L", "61", "84"],
         ["Vitamin B12", "ng/L", "197-771", "231", "388", "512"],
         ["Testosterone", "nmol/L", "8.6-29.0", "7.9 L", "14.2", "21.6"],
         ["Free T4", "pmol/L", "12.0-22.0", "13.1", "", ""]]),
     [R("total-cholesterol", 4.6, "mmol/L", "mg/dL", CHOL_MMOL, rng="..5.0"),
      R("vitamin-d", 84, "nmol/L", "ng/mL", VITD_NMOL, rng="50..175"),
      R("vitamin-b12", 512, "ng/L", "pg/mL", rng="197..771"),
      R("testosterone", 21.6, "nmol/L", "ng/dL", TESTO_NMOL, rng="8.6..29.0")],
     "a UK results review in SI units, dates day-first, newest (24/07/25) at the right: keyed and converted, the range "
     "kept in the printed unit; the free T4 was only measured on 12/11/24, so no row; the NHS number is no row; "
     "B12 ng/L = pg/mL, the same number")
