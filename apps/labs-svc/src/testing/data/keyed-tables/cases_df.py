"""DF: white-cell differentials with the percent and the absolute count on one line: two rows each."""
from gen_cases import *

CASES = []
def case(id, lines, rows, why): CASES.append({"id": id, "lines": lines, "rows": rows, "why": why})
PER_UL = (0.001, "x 0.001 (cells/uL -> 10*3/uL)")
TWO = ("each differential line holds two results, the percent (catalog entry '<cell>') and the absolute count "
       "(catalog entry '<cell>-absolute'), both keyed, percent first where printed first")

def pair(cell, pct, prng, ab, arng, au="x10^9/L", pf=None, af=None, f=None):
    return [R(cell, pct, "%", "%", printed=pf, rng=prng),
            R(cell + "-absolute", ab, au, "10*3/uL", f, printed=af, rng=arng)]

case("DF01",
     ["CBC WITH DIFFERENTIAL/PLATELET    Collected 02/24/2025"] + table([
         ["Test", "Result", "Units", "Ref", "Absolute", "Units", "Ref"],
         ["WBC", "5.9", "x10^9/L", "4.0-10.5", "", "", ""],
         ["Neutrophils", "58", "%", "40-74", "3.4", "x10^9/L", "1.4-7.0"],
         ["Lymphs", "31", "%", "14-46", "1.8", "x10^9/L", "0.7-3.1"],
         ["Monocytes", "8", "%", "4-12", "0.5", "x10^9/L", "0.1-0.9"],
         ["Eos", "2", "%", "0-5", "0.1", "x10^9/L", "0.0-0.4"],
         ["Basos", "1", "%", "0-2", "0.1", "x10^9/L", "0.0-0.2"]]),
     [R("white-blood-cell-count", 5.9, "x10^9/L", "10*3/uL", rng="4.0..10.5")]
     + pair("neutrophils", 58, "40..74", 3.4, "1.4..7.0") + pair("lymphocytes", 31, "14..46", 1.8, "0.7..3.1")
     + pair("monocytes", 8, "4..12", 0.5, "0.1..0.9") + pair("eosinophils", 2, "0..5", 0.1, "0.0..0.4")
     + pair("basophils", 1, "0..2", 0.1, "0.0..0.2"),
     TWO + "; the absolute counts agree with WBC 5.9 (58% = 3.4, 31% = 1.8, 8% = 0.5); x10^9/L = 10*3/uL")

case("DF02",
     ["Haematology    FBC + differential"] + table([
         ["WBC", "", "", "7.8 x10^9/L", "(4.0-11.0)"],
         ["Neutrophils", "66 %", "(40-75)", "5.1 x10^9/L", "(2.0-7.5)"],
         ["Lymphocytes", "22 %", "(20-45)", "1.7 x10^9/L", "(1.0-4.0)"],
         ["Monocytes", "9 %", "(2-10)", "0.7 x10^9/L", "(0.2-1.0)"],
         ["Eosinophils", "2 %", "(1-6)", "0.2 x10^9/L", "(0.0-0.5)"],
         ["Basophils", "1 %", "(0-2)", "0.1 x10^9/L", "(0.0-0.2)"],
         ["Immature gran.", "0.3 %", "(0.0-0.5)", "0.02 x10^9/L", "(0.00-0.04)"]]),
     [R("white-blood-cell-count", 7.8, "x10^9/L", "10*3/uL", rng="4.0..11.0")]
     + pair("neutrophils", 66, "40..75", 5.1, "2.0..7.5") + pair("lymphocytes", 22, "20..45", 1.7, "1.0..4.0")
     + pair("monocytes", 9, "2..10", 0.7, "0.2..1.0") + pair("eosinophils", 2, "1..6", 0.2, "0.0..0.5")
     + pair("basophils", 1, "0..2", 0.1, "0.0..0.2")
     + pair("immature-granulocytes", 0.3, "0.0..0.5", 0.02, "0.00..0.04"),
     TWO + "; the value and unit share a cell and each range follows in parentheses; 'Immature gran.' is the "
     "immature granulocytes (catalog has both keys)")

case("DF03",
     ["CBC w/ Diff    Final    03/19/2025    Flags: L = low, H = high"] + table([
         ["Test", "%", "Ref (%)", "Absolute", "Units", "Ref (abs)"],
         ["WBC", "", "", "3.2 L", "x10E3/uL", "3.4-10.8"],
         ["Neutrophils", "42", "40-74", "1.3 L", "x10E3/uL", "1.4-7.0"],
         ["Lymphs", "45", "14-46", "1.4", "x10E3/uL", "0.7-3.1"],
         ["Monocytes", "10", "4-12", "0.3", "x10E3/uL", "0.1-0.9"],
         ["Eos", "3", "0-5", "0.1", "x10E3/uL", "0.0-0.4"]]),
     [R("white-blood-cell-count", 3.2, "x10E3/uL", "10*3/uL", printed="low", rng="3.4..10.8")]
     + pair("neutrophils", 42, "40..74", 1.3, "1.4..7.0", au="x10E3/uL", af="low")
     + pair("lymphocytes", 45, "14..46", 1.4, "0.7..3.1", au="x10E3/uL")
     + pair("monocytes", 10, "4..12", 0.3, "0.1..0.9", au="x10E3/uL")
     + pair("eosinophils", 3, "0..5", 0.1, "0.0..0.4", au="x10E3/uL"),
     TWO + "; a low WBC: the L beside 1.3 belongs to the ABSOLUTE neutrophils (the percent, 42 in 40-74, is "
     "normal), so the flag must not be copied to the percent row; lymphocytes 45% is near the top of 14-46 but inside "
     "it; x10E3/uL = 10*3/uL")

case("DF04",
     ["MANUAL DIFFERENTIAL (smear reviewed)    WBC 6.5 K/uL  [4.0-11.0]"] + table([
         ["Segs", "61 %", "(40-70)", "Abs 4.0", "(1.8-7.7)", "K/uL"],
         ["Bands", "4 %", "(0-5)", "Abs 0.3", "(0.0-0.5)", "K/uL"],
         ["Lymphs", "26 %", "(20-45)", "Abs 1.7", "(1.0-4.8)", "K/uL"],
         ["Monos", "7 %", "(2-10)", "Abs 0.5", "(0.2-0.9)", "K/uL"],
         ["Eos", "2 %", "(0-6)", "Abs 0.1", "(0.0-0.5)", "K/uL"]], right={1}) + ["RBC morphology: normocytic, normochromic.  Platelet estimate: adequate."],
     [R("white-blood-cell-count", 6.5, "K/uL", "10*3/uL", rng="4.0..11.0")]
     + pair("neutrophils", 61, "40..70", 4.0, "1.8..7.7", au="K/uL")
     + pair("band-form-neutrophils", 4, "0..5", 0.3, "0.0..0.5", au="K/uL")
     + pair("lymphocytes", 26, "20..45", 1.7, "1.0..4.8", au="K/uL")
     + pair("monocytes", 7, "2..10", 0.5, "0.2..0.9", au="K/uL")
     + pair("eosinophils", 2, "0..6", 0.1, "0.0..0.5", au="K/uL"),
     TWO + "; the WBC sits in the title line and is a row; 'Segs' are the segmented neutrophils (a catalog alias) "
     "and 'Bands' the band forms (band-form-neutrophils and its absolute entry); the morphology and platelet "
     "estimate are words without a result to key (no rows)")

case("DF05",
     ["COMPLETE BLOOD COUNT (INCLUDES DIFF/PLT)    Quest-style"] + table([
         ["WHITE BLOOD CELL COUNT", "6.5", "", "Thousand/uL", "3.8-10.8"],
         ["NEUTROPHILS", "52.6 %", "ABS", "3419 cells/uL", "1500-7800"],
         ["LYMPHOCYTES", "35.1 %", "ABS", "2282 cells/uL", "850-3900"],
         ["MONOCYTES", "8.4 %", "ABS", "546 cells/uL", "200-950"],
         ["EOSINOPHILS", "3.2 %", "ABS", "208 cells/uL", "15-500"],
         ["BASOPHILS", "0.7 %", "ABS", "46 cells/uL", "0-200"]], right={1}),
     [R("white-blood-cell-count", 6.5, "Thousand/uL", "10*3/uL", rng="3.8..10.8")]
     + pair("neutrophils", 52.6, "", 3419, "1500..7800", au="cells/uL", f=PER_UL)
     + pair("lymphocytes", 35.1, "", 2282, "850..3900", au="cells/uL", f=PER_UL)
     + pair("monocytes", 8.4, "", 546, "200..950", au="cells/uL", f=PER_UL)
     + pair("eosinophils", 3.2, "", 208, "15..500", au="cells/uL", f=PER_UL)
     + pair("basophils", 0.7, "", 46, "0..200", au="cells/uL", f=PER_UL),
     TWO + "; as Quest prints it, the percent has no interval (range empty, flag null) and the interval at the end "
     "is the absolute count's, in cells/uL (kept in the printed unit); absolute counts normalized cells/uL / 1000 "
     "to 10*3/uL; Thousand/uL = 10*3/uL")

case("DF06",
     ["XN-Series  Patient Report    Sample No. 0412-0087"] + table([
         ["WBC", "5.70", "10^3/uL", "[3.80-10.50]"],
         ["NEUT#", "3.12", "10^3/uL", "[1.50-7.00]", "NEUT%", "54.7", "%", "[40.0-75.0]"],
         ["LYMPH#", "1.98", "10^3/uL", "[1.00-4.00]", "LYMPH%", "34.7", "%", "[20.0-45.0]"],
         ["MONO#", "0.41", "10^3/uL", "[0.20-1.00]", "MONO%", "7.2", "%", "[2.0-10.0]"],
         ["EO#", "0.14", "10^3/uL", "[0.02-0.50]", "EO%", "2.5", "%", "[0.5-5.0]"],
         ["BASO#", "0.05", "10^3/uL", "[0.00-0.10]", "BASO%", "0.9", "%", "[0.0-1.0]"]], right={1, 5}),
     [R("white-blood-cell-count", 5.70, "10^3/uL", "10*3/uL", rng="3.80..10.50")]
     + sum(([R(c + "-absolute", a, "10^3/uL", "10*3/uL", rng=ar), R(c, p, "%", "%", rng=pr)]
            for c, a, ar, p, pr in [("neutrophils", 3.12, "1.50..7.00", 54.7, "40.0..75.0"),
                                    ("lymphocytes", 1.98, "1.00..4.00", 34.7, "20.0..45.0"),
                                    ("monocytes", 0.41, "0.20..1.00", 7.2, "2.0..10.0"),
                                    ("eosinophils", 0.14, "0.02..0.50", 2.5, "0.5..5.0"),
                                    ("basophils", 0.05, "0.00..0.10", 0.9, "0.0..1.0")]), []),
     "an analyser printout with the absolute count FIRST and the percent second on each line, each with its own "
     "bracketed range: two rows per line in printed order (absolute, then percent); NEUT#/LYMPH# and the % names are "
     "the analyser's; the sample number is no row")

case("DF07",
     ["HEMATOLOGY    WBC 6.2 x10^9/L (4.0-10.0)"] + table([
         ["Neutrophils", "48 %", "(40-75)", "3.0 x10^9/L", "(2.0-7.0)"],
         ["Lymphocytes", "38 %", "(20-45)", "2.4 x10^9/L", "(1.0-3.0)"],
         ["Atypical Lymphs", "4 %  *", "", "", ""],
         ["Monocytes", "8 %", "(2-10)", "0.5 x10^9/L", "(0.2-1.0)"],
         ["Eosinophils", "2 %", "(1-6)", "0.1 x10^9/L", "(0.0-0.5)"]]) + ["* Reactive lymphocytes seen on smear review; see pathologist comment."],
     [R("white-blood-cell-count", 6.2, "x10^9/L", "10*3/uL", rng="4.0..10.0")]
     + pair("neutrophils", 48, "40..75", 3.0, "2.0..7.0") + pair("lymphocytes", 38, "20..45", 2.4, "1.0..3.0")
     + [R("?Atypical Lymphs", 4, "%", "%", printed="abnormal", rng="")]
     + pair("monocytes", 8, "2..10", 0.5, "0.2..1.0") + pair("eosinophils", 2, "1..6", 0.1, "0.0..0.5"),
     TWO + "; 'Atypical Lymphs' (reactive lymphocytes) has no catalog entry: one ?row, percent only (no absolute "
     "printed, no range), its '*' an abnormal flag without direction (keyed-tiers P26); the footnote is no row")
