"""AG: age- and sex-banded reference columns and ranges printed on lines under the row."""
from gen_cases import *

CASES = []
def case(id, lines, rows, why): CASES.append({"id": id, "lines": lines, "rows": rows, "why": why})
NOSEX = ("the snippet states neither the patient's sex nor age, so a banded reference cannot be chosen: its range is "
         "`text` and the flag is only what the laboratory printed (null when none), never one computed from a band")

case("AG01",
     ["Patient: MORGAN, J    Acc# 25-118-40921    Collected 06/03/2025"] + table([
         ["Test", "Result", "Units", "Male", "Female"],
         ["Testosterone, Total", "612", "ng/dL", "264-916", "8-48"],
         ["SHBG", "38.0", "nmol/L", "16.5-55.9", "24.6-122.0"],
         ["Ferritin", "88", "ng/mL", "30-400", "13-150"],
         ["Hemoglobin A1c", "5.3", "%", "4.8-5.6", "4.8-5.6"]]),
     [R("testosterone", 612, "ng/dL", "ng/dL", rng="text"),
      R("shbg", 38.0, "nmol/L", "nmol/L", rng="text"),
      R("ferritin", 88, "ng/mL", "ng/mL", rng="text"),
      R("hemoglobin-a1c", 5.3, "%", "%", rng="4.8..5.6")],
     NOSEX + "; testosterone 612 is in the male column but far above the female one, which is exactly why the band "
     "is not guessed; HbA1c prints the same interval in both columns, so that interval is its range (normal); the "
     "accession number is no row")

case("AG02",
     ["Sex: F    Age: 54 y    Endocrine panel"] + table([
         ["DHEA-Sulfate", "96", "ug/dL"],
         ["  Female 18-29 y:", "44.3-331.0", ""],
         ["         30-39 y:", "57.3-279.2", ""],
         ["         40-49 y:", "59.5-227.1", ""],
         ["         50-59 y:", "20.4-186.6", ""],
         ["IGF-1", "142", "ng/mL"],
         ["  50-54 y:", "48-209", ""],
         ["  55-59 y:", "44-205", ""]]),
     [R("dhea-sulfate", 96, "ug/dL", "ug/dL", rng="20.4..186.6"),
      R("somatomedin-c", 142, "ng/mL", "ng/mL", rng="48..209")],
     "the bands are printed on lines under each result; the header states Sex F and age 54, so the 50-59 y band of "
     "the DHEA-S and the 50-54 y band of the IGF-1 are the ranges, the flags computed from them; the band lines are "
     "no rows (their bounds are not results)")

case("AG03",
     ["ENDOCRINOLOGY    Specimen: Serum    Reported 01/22/2026"] + table([
         ["IGF-1 (Somatomedin C)", "188", "ng/mL"],
         "  Ref: 41-50 y 82-242;  51-60 y 66-212;  61-70 y 51-190",
         ["Testosterone, Total", "455", "ng/dL"],
         "  Ref: Adult male 264-916;  adult female 8-48",
         ["PSA, Total", "4.6  H", "ng/mL"],
         "  Ref: 40-49 y 0.0-2.5;  50-59 y 0.0-3.5;  60-69 y 0.0-4.5"]),
     [R("somatomedin-c", 188, "ng/mL", "ng/mL", rng="text"),
      R("testosterone", 455, "ng/dL", "ng/dL", rng="text"),
      R("prostate-specific-antigen", 4.6, "ng/mL", "ng/mL", printed="high", rng="text")],
     NOSEX + "; each range line under its row is that row's banded reference (no rows of their own); the PSA "
     "carries the laboratory's H (above every band), kept as the flag; the IGF-1 and testosterone have no flag (null)")

case("AG04",
     ["CHEMISTRY / HEMATOLOGY    Sex: Male    Age: 61    DOB: 03/14/1964"] + table([
         ["Test", "Result", "Flag", "Units", "Male", "Female"],
         ["Hemoglobin", "15.2", "", "g/dL", "13.2-17.1", "11.7-15.5"],
         ["Hematocrit", "46.1", "", "%", "38.5-50.0", "35.0-45.0"],
         ["Ferritin", "412", "H", "ng/mL", "38-380", "13-150"],
         ["Creatinine", "1.08", "", "mg/dL", "0.70-1.28", "0.50-1.05"],
         ["Uric Acid", "7.9", "", "mg/dL", "4.0-8.0", "2.5-7.0"],
         ["GGT", "41", "", "U/L", "3-70", "3-40"]]),
     [R("hemoglobin", 15.2, "g/dL", "g/dL", rng="13.2..17.1"),
      R("hematocrit", 46.1, "%", "%", rng="38.5..50.0"),
      R("ferritin", 412, "ng/mL", "ng/mL", printed="high", rng="38..380"),
      R("creatinine", 1.08, "mg/dL", "mg/dL", rng="0.70..1.28"),
      R("uric-acid", 7.9, "mg/dL", "mg/dL", rng="4.0..8.0"),
      R("gamma-glutamyl-transferase", 41, "U/L", "U/L", rng="3..70")],
     "the header states Sex Male (age 61), so the Male column is each row's range and the Female column is not: uric "
     "acid 7.9 and GGT 41 are normal (they would be high against the female bounds, and no flag is printed); "
     "creatinine 1.08 likewise; the DOB is no row")

case("AG05",
     ["Female    Age 38    Cycle day: not given"] + table([
         ["Estradiol", "142", "pg/mL"],
         "  Follicular 19.5-144.2   Mid-cycle 63.9-356.7   Luteal 55.8-214.2   Postmenopausal <32.2",
         ["Progesterone", "9.8", "ng/mL"],
         "  Follicular 0.1-0.9   Luteal 1.8-23.9   Postmenopausal <0.2",
         ["Testosterone, Total", "31", "ng/dL", "Female 8-48"],
         ["AMH", "2.1", "ng/mL"],
         "  30-34 y 1.2-6.4   35-39 y 0.8-5.4   40-44 y 0.2-3.6"]),
     [R("estradiol", 142, "pg/mL", "pg/mL", rng="text"),
      R("progesterone", 9.8, "ng/mL", "ng/mL", rng="text"),
      R("testosterone", 31, "ng/dL", "ng/dL", rng="8..48"),
      R("anti-mullerian-hormone", 2.1, "ng/mL", "ng/mL", rng="0.8..5.4")],
     "sex and age are stated but the cycle phase is not: the estradiol's and progesterone's PHASE bands cannot be "
     "chosen, so `text` and null (no flag printed); the testosterone's single female interval and the AMH's 35-39 y "
     "band (age 38) are numeric ranges")

case("AG06",
     ["Clinical Chemistry    Ref ranges by sex / age / time as printed"] + table([
         ["Haemoglobin", "13.8", "", "g/dL", "M 13.0-17.0   F 11.5-15.5"],
         ["Ferritin", "24", "L", "ug/L", "M 30-400   F 15-150"],
         ["Cortisol", "4.1", "L", "ug/dL", "AM 6.2-19.4   PM 2.3-11.9"],
         ["Alk Phosphatase", "88", "", "U/L", "Adult 40-129   <15 y 129-417"]]),
     [R("hemoglobin", 13.8, "g/dL", "g/dL", rng="text"),
      R("ferritin", 24, "ug/L", "ng/mL", printed="low", rng="text"),
      R("cortisol", 4.1, "ug/dL", "ug/dL", printed="low", rng="text"),
      R("alkaline-phosphatase", 88, "U/L", "U/L", rng="text")],
     NOSEX + " (nor the draw time); the ferritin's and cortisol's L are the laboratory's and kept (the ferritin is "
     "inside the female band, the cortisol inside the PM band: only the laboratory knew which applied); ug/L = "
     "ng/mL")
