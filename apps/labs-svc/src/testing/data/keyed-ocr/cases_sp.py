"""SP: spacing damage - columns collapsed to single spaces, spaces inside words, columns read out of order."""
from gen_cases import R, CREA_UMOL, UREA_MMOL, BILI_UMOL, GL_GDL

CELLS_UL = (0.001, "/ 1000 (cells/uL -> 10*3/uL)")

CASES = [
dict(id="SP01", code=("SP",), lines=[
    "COMPLETE BLOOD COUNT (CBC) WITH DIFFERENTIAL/PLATELET",
    "Test Name In Range Out Of Range Reference Range Lab",
    "WHITE BLOOD CELL COUNT 7.2 3.8-10.8 Thousand/uL EN",
    "RED BLOOD CELL COUNT 4.02 L 4.20-5.80 Million/uL EN",
    "HEMOGLOBIN 12.9 L 13.2-17.1 g/dL EN",
    "HEMATOCRIT 38.1 L 38.5-50.0 % EN",
    "MCV 94.8 80.0-100.0 fL EN",
    "PLATELET COUNT 231 140-400 Thousand/uL EN",
    "ABSOLUTE NEUTROPHILS 4306 1500-7800 cells/uL EN",
    "ABSOLUTE LYMPHOCYTES 1922 850-3900 cells/uL EN",
], rows=[
    R("white-blood-cell-count", "7.2", "Thousand/uL", "10*3/uL", rng="3.8..10.8"),
    R("red-blood-cell-count", "4.02", "Million/uL", "10*6/uL", printed="low", rng="4.20..5.80"),
    R("hemoglobin", "12.9", "g/dL", "g/dL", printed="low", rng="13.2..17.1"),
    R("hematocrit", "38.1", "%", "%", printed="low", rng="38.5..50.0"),
    R("mean-corpuscular-volume", "94.8", "fL", "fL", rng="80.0..100.0"),
    R("platelet-count", "231", "Thousand/uL", "10*3/uL", rng="140..400"),
    R("neutrophils-absolute", "4306", "cells/uL", "10*3/uL", CELLS_UL, rng="1500..7800"),
    R("lymphocytes-absolute", "1922", "cells/uL", "10*3/uL", CELLS_UL, rng="850..3900"),
], why="SP: a Quest-style CBC whose In Range / Out Of Range / Reference Range / Lab columns the OCR collapsed to single "
       "spaces; a value followed by L sat in the Out Of Range column and the L is its flag; the range is the a-b token "
       "before the unit; the trailing EN is the performing-lab code, no flag and no row; Thousand/uL = 10*3/uL, "
       "Million/uL = 10*6/uL"),

dict(id="SP02", code=("SP",), lines=[
    "L I P I D   P A N E L   +   A 1 C        Fasting: Y",
    "Test                  Result  Flag   Reference    Units",
    "Cho lesterol, To tal    214    H      <200         mg/dL",
    "HDL Chol esterol        48            >39          mg/dL",
    "Trigly cerides          163    H      <150         mg/dL",
    "LDL-Choles terol        138    H      <100         mg/dL (calc)",
    "Non-HDL Choles terol    166    H      <130         mg/dL",
    "Hemo globin A1c         5.8    H      <5.7         % of total Hgb",
    "For ages >17 y: A1c 5.7-6.4 increased risk; >=6.5 consistent with diabetes.",
], rows=[
    R("total-cholesterol", "214", "mg/dL", "mg/dL", printed="high", rng="..200"),
    R("hdl-cholesterol", "48", "mg/dL", "mg/dL", rng="39.."),
    R("triglycerides", "163", "mg/dL", "mg/dL", printed="high", rng="..150"),
    R("ldl-cholesterol", "138", "mg/dL", "mg/dL", printed="high", rng="..100"),
    R("non-hdl-cholesterol", "166", "mg/dL", "mg/dL", printed="high", rng="..130"),
    R("hemoglobin-a1c", "5.8", "% of total Hgb", "%", printed="high", rng="..5.7"),
], why="SP: spaces inside words (`Cho lesterol, To tal`, `Trigly cerides`, `Hemo globin A1c`) and a letter-spaced "
       "header; a professional reads the words whole; `<200`->..200, `>39`->39..; the A1c risk comment's 5.7-6.4, "
       ">=6.5 and the age 17 are no ranges and no rows; `% of total Hgb` = %"),

dict(id="SP03", code=("SP", "WR"), lines=[
    "HEMATOLOGY                 Specimen: whole blood EDTA",
    "Test",
    "Hemoglobin",
    "Hematocrit",
    "Platelet Count",
    "Result Flag",
    "13.1 L",
    "41.2",
    "248",
    "Units Reference Interval",
    "g/dL 13.5-17.5",
    "% 40.0-52.0",
    "x10E3/uL 150-400",
], rows=[
    R("hemoglobin", "13.1", "g/dL", "g/dL", printed="low", rng="13.5..17.5"),
    R("hematocrit", "41.2", "%", "%", rng="40.0..52.0"),
    R("platelet-count", "248", "x10E3/uL", "10*3/uL", rng="150..400"),
], why="SP+WR: a phone scanner read the table column by column (names, then results with flags, then units with "
       "ranges); the three blocks pair by position: 1st name with 1st result and 1st unit/range, and so on; x10E3/uL = "
       "10*3/uL"),

dict(id="SP04", code=("SP",), lines=[
    "ENDOCRINOLOGY                      Collected: 04/02/2025 07:55",
    "Test               Result   Units     Reference",
    "TSH  2.87 uIU/mL     0.450-4.500",
    "Free T4                     ng/dL  1.24   0.82-1.77",
    "Free T3         3.1  pg/mL 2.0-4.4",
    "Testosterone, Total   ng/dL   412   264-916",
    "SHBG 38.5 nmol/L 16.5-55.9",
    "Estradiol, Sensitive        pg/mL 48.3 H   8.0-35.0",
], rows=[
    R("thyroid-stimulating-hormone", "2.87", "uIU/mL", "m[IU]/L", rng="0.450..4.500"),
    R("free-t4", "1.24", "ng/dL", "ng/dL", rng="0.82..1.77"),
    R("free-t3", "3.1", "pg/mL", "pg/mL", rng="2.0..4.4"),
    R("testosterone", "412", "ng/dL", "ng/dL", rng="264..916"),
    R("shbg", "38.5", "nmol/L", "nmol/L", rng="16.5..55.9"),
    R("estradiol", "48.3", "pg/mL", "pg/mL", printed="high", rng="8.0..35.0"),
], why="SP: a skewed photo; the columns drifted, so on some lines the result comes after the unit; the result is the "
       "lone number, the range the a-b pair, whatever their order; uIU/mL = m[IU]/L for TSH; the collection time is no "
       "row"),

dict(id="SP05", code=("SP",), lines=[
    "NORTHFIELD PATHOLOGY Clinical Biochemistry Lab No: NP.25.118273",
    "Sample: Serum Collected 12/05/2025 09:10 Reported 12/05/2025 16:02",
    "Sodium 140 mmol/L (133-146)",
    "Potassium 4.1 mmol/L (3.5-5.3)",
    "Urea 5.2 mmol/L (2.5-7.8)",
    "Creatinine 84 umol/L (59-104)",
    "eGFR >90 mL/min/1.73m2 (>60)",
    "Bilirubin 23 H umol/L (0-21)",
    "ALT 31 U/L (0-41)",
    "Albumin 46 g/L (35-50)",
], rows=[
    R("sodium", "140", "mmol/L", "mmol/L", rng="133..146"),
    R("potassium", "4.1", "mmol/L", "mmol/L", rng="3.5..5.3"),
    R("urea", "5.2", "mmol/L", "mg/dL", UREA_MMOL, rng="2.5..7.8"),
    R("creatinine", "84", "umol/L", "mg/dL", CREA_UMOL, rng="59..104"),
    R("egfr", "90", "mL/min/1.73m2", "mL/min/{1.73_m2}", rng="60..", vt=">90"),
    R("total-bilirubin", "23", "umol/L", "mg/dL", BILI_UMOL, printed="high", rng="0..21"),
    R("alanine-aminotransferase", "31", "U/L", "U/L", rng="0..41"),
    R("albumin", "46", "g/L", "g/dL", GL_GDL, rng="35..50"),
], why="SP: a scanned UK biochemistry page with every column run collapsed to one space; the bracketed a-b is the "
       "range; `Urea` in mmol/L is urea (not urea nitrogen); lab number and times are no rows"),

dict(id="SP06", code=("SP",), lines=[
    "V I T A M I N S   &   I R O N   S T U D I E S",
    "Fer ritin 22 L ng/mL 30 - 400",
    "Iron, Se rum 61 ug/dL 59-158",
    "TIBC 402 ug/dL 250-450",
    "Transferrin Satu ration 15 L % 20-55",
    "Vita min B12 388 pg/mL 232-1245",
    "Fo late, Serum 6.9 ng/mL >3.0",
    "Vitamin D, 25-Hy droxy 27.4 L ng/mL 30.0-100.0",
], rows=[
    R("ferritin", "22", "ng/mL", "ng/mL", printed="low", rng="30..400"),
    R("iron", "61", "ug/dL", "ug/dL", rng="59..158"),
    R("total-iron-binding-capacity", "402", "ug/dL", "ug/dL", rng="250..450"),
    R("transferrin-saturation", "15", "%", "%", printed="low", rng="20..55"),
    R("vitamin-b12", "388", "pg/mL", "pg/mL", rng="232..1245"),
    R("folate", "6.9", "ng/mL", "ng/mL", rng="3.0.."),
    R("vitamin-d", "27.4", "ng/mL", "ng/mL", printed="low", rng="30.0..100.0"),
], why="SP: spaces inside the test names (`Fer ritin`, `Satu ration`, `Vita min B12`) and columns collapsed; the flag "
       "sits between result and unit; `>3.0`->3.0..; `30 - 400` with spaces is one range"),
]
