"""FX: fixed-width printouts -- no header, pipes, dotted leaders, right-aligned numbers, flags in their own column or
glued to the value (98H, *H, (L)), critical marks."""
from gen_cases import *

CASES = []
def case(id, lines, rows, why): CASES.append({"id": id, "lines": lines, "rows": rows, "why": why})

case("FX01",
     ["BASIC CHEMISTRY"] + [dots(n, 18, v) for n, v in [
         ("Glucose", "98 mg/dL  70-99"), ("BUN", "18 mg/dL  7-25"), ("Creatinine", "1.02 mg/dL  0.60-1.29"),
         ("Uric Acid", "8.1 H  mg/dL  4.0-8.0"), ("GGT", "22 U/L  3-65")]],
     [R("glucose", 98, "mg/dL", "mg/dL", rng="70..99"),
      R("blood-urea-nitrogen", 18, "mg/dL", "mg/dL", rng="7..25"),
      R("creatinine", 1.02, "mg/dL", "mg/dL", rng="0.60..1.29"),
      R("uric-acid", 8.1, "mg/dL", "mg/dL", printed="high", rng="4.0..8.0"),
      R("gamma-glutamyl-transferase", 22, "U/L", "U/L", rng="3..65")],
     "dotted leaders between name and value: the dots are no separator problem, the value follows them")

case("FX02",
     ["CHEM 7 + MG"] + ["| " + " | ".join(r) + " |" for r in [
         ["SODIUM   ", "141", "mmol/L", "136-145"], ["POTASSIUM", "4.2", "mmol/L", "3.5-5.1"],
         ["CHLORIDE ", "103", "mmol/L", "98-107 "], ["CO2      ", " 25", "mmol/L", "21-31  "],
         ["ANION GAP", " 13", "mmol/L", "5-15   "], ["MAGNESIUM", "1.9", "mg/dL ", "1.6-2.6"]]],
     [R("sodium", 141, "mmol/L", "mmol/L", rng="136..145"),
      R("potassium", 4.2, "mmol/L", "mmol/L", rng="3.5..5.1"),
      R("chloride", 103, "mmol/L", "mmol/L", rng="98..107"),
      R("carbon-dioxide", 25, "mmol/L", "mmol/L", rng="21..31"),
      R("anion-gap", 13, "mmol/L", "mmol/L", rng="5..15"),
      R("magnesium", 1.9, "mg/dL", "mg/dL", rng="1.6..2.6")],
     "a pipe-delimited printout with no header: name | value | unit | range; CO2 is the total CO2 (bicarbonate)")

case("FX03",
     ["HORMONE FOLLOW-UP    ON TRT"] + table([
         ["TESTOSTERONE TOTAL", "1123H", "ng/dL", "264-916"],
         ["ESTRADIOL", "48*H", "pg/mL", "7.6-42.6"],
         ["HEMATOCRIT", "53.9H", "%", "38.5-50.0"],
         ["PSA", "0.62", "ng/mL", "0.00-4.00"],
         ["SHBG", "14(L)", "nmol/L", "16.5-55.9"],
         ["LH", "0.3(L)", "mIU/mL", "1.7-8.6"]], right={1}),
     [R("testosterone", 1123, "ng/dL", "ng/dL", printed="high", rng="264..916"),
      R("estradiol", 48, "pg/mL", "pg/mL", printed="high", rng="7.6..42.6"),
      R("hematocrit", 53.9, "%", "%", printed="high", rng="38.5..50.0"),
      R("prostate-specific-antigen", 0.62, "ng/mL", "ng/mL", rng="0.00..4.00"),
      R("shbg", 14, "nmol/L", "nmol/L", printed="low", rng="16.5..55.9"),
      R("luteinizing-hormone", 0.3, "mIU/mL", "m[IU]/mL", printed="low", rng="1.7..8.6")],
     "right-aligned values with the flag glued on ('1123H', '48*H', '14(L)'): the value is the number, the glued "
     "letters the flag ('*H' = abnormal, high); mIU/mL = m[IU]/mL")

case("FX04",
     ["STAT CHEMISTRY    ** = CRITICAL VALUE"] + table([
         ["Sodium", "138", "", "mmol/L", "136-145"], ["Potassium", "6.4", "HH **", "mmol/L", "3.5-5.1"],
         ["CO2", "24", "", "mmol/L", "21-31"], ["Glucose", "41", "LL **", "mg/dL", "65-99"],
         ["Calcium", "9.4", "", "mg/dL", "8.6-10.3"]], right={1}) +
     ["** Critical results called to and read back by RN T. Vance 10/02/25 16:05."],
     [R("sodium", 138, "mmol/L", "mmol/L", rng="136..145"),
      R("potassium", 6.4, "mmol/L", "mmol/L", printed="critical-high", rng="3.5..5.1"),
      R("carbon-dioxide", 24, "mmol/L", "mmol/L", rng="21..31"),
      R("glucose", 41, "mg/dL", "mg/dL", printed="critical-low", rng="65..99"),
      R("calcium", 9.4, "mg/dL", "mg/dL", rng="8.6..10.3")],
     "a flag column with critical marks: 'HH **' and 'LL **' are the laboratory's critical-high and critical-low "
     "(the header defines ** as critical), not plain high/low; the call-back line (date, time, nurse) is no row")

case("FX05",
     ["---- LIPID/APO PROFILE ----    SPEC: SERUM    COLL: 04/02/25 0715"] + table([
         ["CHOLESTEROL", "238", "H*", "mg/dL", "0 - 199"], ["TRIGLYCERIDE", "310", "H*", "mg/dL", "0 - 149"],
         ["HDL", "38", "L*", "mg/dL", "40 - 200"], ["LDL-DIRECT", "148", "H*", "mg/dL", "0 - 99"],
         ["APO B", "131", "H*", "mg/dL", "52 - 109"], ["LP(a)", "22", "", "mg/dL", "0 - 29"]], right={1}),
     [R("total-cholesterol", 238, "mg/dL", "mg/dL", printed="high", rng="0..199"),
      R("triglycerides", 310, "mg/dL", "mg/dL", printed="high", rng="0..149"),
      R("hdl-cholesterol", 38, "mg/dL", "mg/dL", printed="low", rng="40..200"),
      R("ldl-cholesterol", 148, "mg/dL", "mg/dL", printed="high", rng="0..99"),
      R("apolipoprotein-b", 131, "mg/dL", "mg/dL", printed="high", rng="52..109"),
      R("lipoprotein-a", 22, "mg/dL", "", rng="0..29")],
     "a mainframe-style printout: 'H*' / 'L*' are the flag with the abnormal asterisk; the Lp(a) is in mg/dL, which "
     "the catalog (nmol/L) cannot convert (catalog v9: no single factor), so no normalized value; the collection "
     "time 0715 is no row")

case("FX06",
     table([["HbA1c", "5.9%", "(4.0-5.6)", "H"], ["Ferritin", "145ng/mL", "(30-400)", ""],
            ["Vit D 25-OH", "52ng/mL", "(30-100)", ""], ["hsCRP", "2.4mg/L", "(0.0-3.0)", ""],
            ["Homocysteine", "11.8umol/L", "(5.0-15.0)", ""], ["Cortisol", "22.4ug/dL", "(6.2-19.4)", "H"]]),
     [R("hemoglobin-a1c", 5.9, "%", "%", printed="high", rng="4.0..5.6"),
      R("ferritin", 145, "ng/mL", "ng/mL", rng="30..400"),
      R("vitamin-d", 52, "ng/mL", "ng/mL", rng="30..100"),
      R("hs-crp", 2.4, "mg/L", "mg/L", rng="0.0..3.0"),
      R("homocysteine", 11.8, "umol/L", "umol/L", rng="5.0..15.0"),
      R("cortisol", 22.4, "ug/dL", "ug/dL", printed="high", rng="6.2..19.4")],
     "no header, the unit glued to the value ('145ng/mL'), range in parentheses, the flag last: the number is the "
     "value and the glued letters its unit")

case("FX07",
     ["NUTRIENT & FATTY ACID PROFILE (whole blood / RBC / plasma as noted)"] + [dots(n, 26, v) for n, v in [
         ("Omega-3 Index (RBC)", "5.1 %  L  >8.0"), ("AA/EPA Ratio", "14.2  <11.0"),
         ("Vitamin C, plasma", "0.9 mg/dL  0.4-2.0"), ("Coenzyme Q10", "0.62 ug/mL  0.37-2.20"),
         ("Magnesium, RBC", "5.1 mg/dL  4.2-6.8"), ("Zinc, plasma", "88 ug/dL  60-130")]],
     [R("omega-3-index", 5.1, "%", "%", printed="low", rng="8.0.."),
      R("?AA/EPA Ratio", 14.2, "", "{ratio}", rng="..11.0"),
      R("?Vitamin C, plasma", 0.9, "mg/dL", "mg/dL", rng="0.4..2.0"),
      R("?Coenzyme Q10", 0.62, "ug/mL", "ug/mL", rng="0.37..2.20"),
      R("magnesium-rbc", 5.1, "mg/dL", "mg/dL", rng="4.2..6.8"),
      R("zinc", 88, "ug/dL", "ug/dL", rng="60..130")],
     "dotted leaders again, with tests the catalog lacks (AA/EPA ratio, vitamin C, CoQ10: ?rows with the printed "
     "name, the ratio {ratio}); the RBC magnesium is magnesium-rbc (catalog v8), plasma zinc is zinc; the AA/EPA "
     "ratio carries no printed flag, computed high against '<11.0'")

case("FX08",
     ["LIVER FUNCTION    (arrow = outside reference)"] + table([
         ["ALP", "112", "", "U/L", "40-129"], ["AST", "48", "↑", "U/L", "0-40"],
         ["ALT", "71", "↑", "U/L", "0-41"], ["GGT", "96", "↑", "U/L", "0-60"],
         ["Bilirubin, total", "0.6", "", "mg/dL", "0.0-1.2"], ["Albumin", "4.6", "", "g/dL", "3.5-5.2"]], right={1}),
     [R("alkaline-phosphatase", 112, "U/L", "U/L", rng="40..129"),
      R("aspartate-aminotransferase", 48, "U/L", "U/L", printed="high", rng="0..40"),
      R("alanine-aminotransferase", 71, "U/L", "U/L", printed="high", rng="0..41"),
      R("gamma-glutamyl-transferase", 96, "U/L", "U/L", printed="high", rng="0..60"),
      R("total-bilirubin", 0.6, "mg/dL", "mg/dL", rng="0.0..1.2"),
      R("albumin", 4.6, "g/dL", "g/dL", rng="3.5..5.2")],
     "flags as arrows in their own column (up = high)")
