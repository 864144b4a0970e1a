"""WR: wrapped and split rows -- wrapped names, units under the value, a range on its own line, comment lines, two
tables side by side."""
from gen_cases import *

CASES = []
def case(id, lines, rows, why): CASES.append({"id": id, "lines": lines, "rows": rows, "why": why})
FREE_NGDL = (10.0, "x 10 (ng/dL -> pg/mL)")

case("WR01",
     table([["Test", "Result", "", "Units", "Reference"],
            "Hemoglobin A1c with Estimated",
            ["  Average Glucose", "5.4", "", "%", "4.8-5.6"],
            ["eAG", "108", "", "mg/dL", ""],
            "Apolipoprotein B-100 (Apo B),",
            ["  Serum", "104", "H", "mg/dL", "<90"],
            "Lipoprotein (a), Serum,",
            ["  Quantitative", "168", "H", "nmol/L", "<75"]]),
     [R("hemoglobin-a1c", 5.4, "%", "%", rng="4.8..5.6"),
      R("estimated-average-glucose", 108, "mg/dL", "mg/dL", rng=""),
      R("apolipoprotein-b", 104, "mg/dL", "mg/dL", printed="high", rng="..90"),
      R("lipoprotein-a", 168, "nmol/L", "nmol/L", printed="high", rng="..75")],
     "long names wrapped: the first line of each name holds no value, the continuation line holds the name's end and "
     "the result; one row per test, not one per line; the eAG (28.7 x 5.4 - 46.7 = 108) has no range (empty, null)")

case("WR02",
     table([["Test", "Result", "Reference"],
            ["Vitamin B12", "642", "232-1245"], ["", "pg/mL", ""],
            ["Folate, Serum", ">24.0", ">3.0"], ["", "ng/mL", ""],
            ["Homocysteine", "8.4", "0.0-14.5"], ["", "umol/L", ""],
            ["Methylmalonic", "188", "87-318"], ["Acid", "nmol/L", ""]]),
     [R("vitamin-b12", 642, "pg/mL", "pg/mL", rng="232..1245"),
      R("folate", 24.0, "ng/mL", "ng/mL", rng="3.0..", vt=">24.0"),
      R("homocysteine", 8.4, "umol/L", "umol/L", rng="0.0..14.5"),
      R("methylmalonic-acid", 188, "nmol/L", "nmol/L", rng="87..318")],
     "a narrow result column: each unit is wrapped onto the line under its value, and the last name wraps too "
     "('Methylmalonic / Acid', the serum MMA); the unit lines are no rows; the folate '>24.0' is above the assay's "
     "range, censored, normal against '>3.0'")

case("WR03",
     ["THYROID PANEL"] + table([
         ["TSH, 3rd generation", "3.12", "mIU/L", ""], "   Reference range: 0.40 - 4.50",
         ["Free T3", "3.4", "pg/mL", ""], "   Reference range: 2.0 - 4.4",
         ["Reverse T3", "24.8", "ng/dL", "H"], "   Reference range: 9.2 - 24.1",
         ["Thyroid Peroxidase Ab", "<9", "IU/mL", ""], "   Reference range: <9"]),
     [R("thyroid-stimulating-hormone", 3.12, "mIU/L", "m[IU]/L", rng="0.40..4.50"),
      R("free-t3", 3.4, "pg/mL", "pg/mL", rng="2.0..4.4"),
      R("reverse-t3", 24.8, "ng/dL", "ng/dL", printed="high", rng="9.2..24.1"),
      R("thyroid-peroxidase-antibody", 9, "IU/mL", "U/mL", rng="..9", vt="<9")],
     "each reference range is on its own line under the result and belongs to the row above it (no rows of its own); "
     "the TPO antibody '<9' is censored below the assay's limit, normal against '<9'; IU/mL kept as the catalog's "
     "U/mL with the same number (keyed-mixed EM04)")

case("WR04",
     table([["Cortisol, AM", "16.2", "", "ug/dL", "6.2-19.4"],
            "   Comment: Specimen collected at 08:10. Samples drawn after 10 AM may read 50% lower.",
            ["Insulin, Fasting", "11.4", "", "uIU/mL", "2.6-24.9"],
            "   Non-fasting specimens: interpret with caution. 1 h post-glucose reference 8-112.",
            ["Glucose, Fasting", "101", "H", "mg/dL", "65-99"],
            "   ADA: 100-125 mg/dL impaired fasting glucose; >=126 mg/dL diabetes.",
            ["HOMA-IR", "2.84", "H", "", "<2.50"]]),
     [R("cortisol", 16.2, "ug/dL", "ug/dL", rng="6.2..19.4"),
      R("insulin", 11.4, "uIU/mL", "u[IU]/mL", rng="2.6..24.9"),
      R("glucose", 101, "mg/dL", "mg/dL", printed="high", rng="65..99"),
      R("homa-ir", 2.84, "", "", printed="high", rng="..2.50")],
     "a comment line under three rows: the comments' numbers (08:10, 10 AM, 50%, the post-glucose 8-112, the ADA "
     "cut-offs 100-125 and 126) are no rows and no ranges; HOMA-IR is the laboratory's (101 x 11.4 / 405 = 2.84), no "
     "unit printed so no normalized value; uIU/mL = u[IU]/mL")

case("WR05",
     ["CHEMISTRY                                        LIPIDS"] + [
         a + " " * (49 - len(a)) + b for a, b in zip(
             table([["Glucose", "88", "mg/dL", "65-99"], ["BUN", "15", "mg/dL", "6-24"],
                    ["Creatinine", "0.86", "mg/dL", "0.57-1.00"], ["eGFR", "84", "mL/min/1.73", ">59"],
                    ["ALT", "19", "U/L", "0-32"]]),
             table([["Cholesterol", "182", "mg/dL", "<200"], ["Triglycerides", "71", "mg/dL", "<150"],
                    ["HDL", "72", "mg/dL", ">39"], ["LDL Calc", "96", "mg/dL", "<100"],
                    ["Non-HDL", "110", "mg/dL", "<130"]]))],
     [R("glucose", 88, "mg/dL", "mg/dL", rng="65..99"),
      R("blood-urea-nitrogen", 15, "mg/dL", "mg/dL", rng="6..24"),
      R("creatinine", 0.86, "mg/dL", "mg/dL", rng="0.57..1.00"),
      R("egfr", 84, "mL/min/1.73", "mL/min/{1.73_m2}", rng="59.."),
      R("alanine-aminotransferase", 19, "U/L", "U/L", rng="0..32"),
      R("total-cholesterol", 182, "mg/dL", "mg/dL", rng="..200"),
      R("triglycerides", 71, "mg/dL", "mg/dL", rng="..150"),
      R("hdl-cholesterol", 72, "mg/dL", "mg/dL", rng="39.."),
      R("ldl-cholesterol", 96, "mg/dL", "mg/dL", rng="..100"),
      R("non-hdl-cholesterol", 110, "mg/dL", "mg/dL", rng="..130")],
     "two tables printed side by side: every line holds two results, one from each table; 10 rows, the left table "
     "(CHEMISTRY) keyed first and then the right (LIPIDS), as a reader of the page reads each table; the right "
     "table's range never belongs to the left row on the same line; non-HDL 110 = 182 - 72")

case("WR06",
     table([["Testosterone, Free,", "12.4", "ng/dL", "4.6-22.4"],
            "  Equilibrium Dialysis / LC-MS/MS",
            ["Testosterone, Bioavailable", "268", "ng/dL", "110-575"],
            "  (calculated)",
            "Sex Hormone Binding",
            ["  Globulin", "34", "nmol/L", "22-77"],
            ["Dihydrotestosterone", "58", "ng/dL", "30-85"]]),
     [R("testosterone-free", 12.4, "ng/dL", "pg/mL", FREE_NGDL, rng="4.6..22.4"),
      R("testosterone-bioavailable", 268, "ng/dL", "ng/dL", rng="110..575"),
      R("shbg", 34, "nmol/L", "nmol/L", rng="22..77"),
      R("dihydrotestosterone", 58, "ng/dL", "ng/dL", rng="30..85")],
     "names wrapped both ways: the free testosterone's method ('Equilibrium Dialysis / LC-MS/MS') and the "
     "bioavailable's '(calculated)' continue below the value, SHBG's name is split with the value on the second "
     "line; the free testosterone is printed in ng/dL and normalized to the catalog's pg/mL (range kept as printed)")

case("WR07",
     ["CBC + PSA    narrow two-line layout"] + table([
         ["Hemoglobin", "17.6"], ["", "H", "g/dL", "13.0-17.0"],
         ["Hematocrit", "52.4"], ["", "H", "%", "39.0-51.0"],
         ["RBC", "5.72"], ["", "", "M/uL", "4.20-5.80"],
         ["PSA", "0.84"], ["", "", "ng/mL", "0.00-4.00"]]),
     [R("hemoglobin", 17.6, "g/dL", "g/dL", printed="high", rng="13.0..17.0"),
      R("hematocrit", 52.4, "%", "%", printed="high", rng="39.0..51.0"),
      R("red-blood-cell-count", 5.72, "M/uL", "10*6/uL", rng="4.20..5.80"),
      R("prostate-specific-antigen", 0.84, "ng/mL", "ng/mL", rng="0.00..4.00")],
     "each row split in two: name and value on the first line, flag, unit and range wrapped onto the second; one row "
     "per test; M/uL = 10*6/uL")
