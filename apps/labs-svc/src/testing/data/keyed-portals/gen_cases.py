#!/usr/bin/env python3
"""Writes keyed.tsv: what a US patient of a longevity / hormone clinic uploads as text from patient portals (Epic
MyChart web pages and phone screenshots through OCR, MyQuest, Labcorp Patient), from consumer lab services' exports and
from a provider's portal messages, keyed as a laboratory professional reads them.

Columns: id, line, expected, why.  `expected` is `-` (no result) or rows `biomarker|valueText|flag|normalizedValue|
normalizedUnit|range` joined by ' ;; ', in the order the current results appear.  `range` is `low..high` (the LAB's
reference interval, an empty side for an open bound; never a service's "optimal" range), `text` (phase or group
intervals with no single bound pair, or a word reference such as `Non-reactive`) or empty (no range printed).  Bounds
are written as printed, in the printed unit; a thousands separator is dropped.  Multi-line snippets are written with
the two characters backslash-n between lines.

Flags: the printed flag's meaning if one is printed (High/H/Above range/critical high -> high; Low/L/Below range ->
low; Abnormal/Out of range without a direction -> abnormal; Normal/In range -> normal); else computed from the keyed
bounds (below low -> low, above high -> high, else normal); `null` when there is no printed flag and no numeric range.
A word answer against the same word is `normal`, against another word `abnormal`.  A censored value (`<0.5`) keeps its
text in valueText and is normalized from its bound.  The script checks every printed flag against the bounds, checks
that no value sits on a bound, computes censored values' flags, and does every unit conversion, writing its
arithmetic into `why`.
"""
import math, os

def sig3(x):
    if x == 0: return "0"
    d = 3 - int(math.floor(math.log10(abs(x)))) - 1
    return f"{round(x, d):.{max(d, 0)}f}"

# ---- factors to the catalog's ucumUnit; (factor, how it is written in `why`) ----
T_NMOL     = (288.42 / 10, "x 28.842 (testosterone 288.42 g/mol)")       # testosterone nmol/L -> ng/dL
FT_NGDL    = (10.0, "x 10 (ng/dL -> pg/mL)")                            # free testosterone ng/dL -> pg/mL
E2_PMOL    = (272.38 / 1000, "x 0.27238 (estradiol 272.38 g/mol)")       # estradiol pmol/L -> pg/mL
HSCRP_MGDL = (10.0, "x 10 (mg/dL -> mg/L)")                             # hs-CRP mg/dL -> mg/L
CELLS_UL   = (1 / 1000, "/ 1000 (cells/uL -> 10^3/uL)")                  # absolute counts cells/uL -> 10*3/uL
MEQ1       = (1.0, "/ charge 1 (mEq/L -> mmol/L)")                    # monovalent ions mEq/L -> mmol/L

NL = "\\n"   # the two characters backslash, n
def J(*lines): return NL.join(lines)
def C(*fields): return "  ".join(fields)        # Quest/Labcorp copies: two spaces
def T(*fields): return "    ".join(fields)      # a tab converted to spaces (MyChart web copies)

FLAGS = ("high", "low", "abnormal", "normal")

def bounds(rng):
    if ".." not in rng: return None
    lo, hi = rng.split("..")
    return (float(lo) if lo else None, float(hi) if hi else None)

def computed_flag(pv, rng):
    b = bounds(rng)
    if b is None or pv is None: return "null"
    lo, hi = b
    assert pv != lo and pv != hi, ("value on a bound", pv, rng)
    if lo is not None and pv < lo: return "low"
    if hi is not None and pv > hi: return "high"
    return "normal"

def censored_flag(vt, rng):
    """`<x`: every value lies in [0, x); `>x`: every value lies above x.  A flag only when the whole interval is on
    one side of the range or inside it; a censored value straddling a bound is an error in the data."""
    b = bounds(rng)
    if b is None: return "null"
    lo, hi = b
    sign, x = vt[0], float(vt[1:])
    if sign == "<":
        if lo is not None and x <= lo: return "low"
        if (lo is None or lo <= 0) and (hi is None or x <= hi): return "normal"
    else:
        if hi is not None and x >= hi: return "high"
        if hi is None and (lo is None or x >= lo): return "normal"
    raise AssertionError(("censored value straddles a bound", vt, rng))

def fmtv(v): return str(int(v)) if float(v).is_integer() else str(v)

COMPATIBLE = {"high": ("high",), "low": ("low",), "abnormal": ("high", "low"), "normal": ("normal",)}

def R(bm, pv=None, pu="", nu="", f=None, *, printed=None, rng="", vt="", ref=None):
    """One expected row.  bm: catalog key or ?Printed Name; pv: the printed number (a censored value's bound); pu: the
    printed unit (for `why`); nu: the catalog's ucumUnit ('' = not convertible; for a ?row the printed unit as UCUM);
    f: None (the same number) or (factor, label); printed: the printed flag, mapped; rng: the range as keyed; vt: a
    censored (`<0.5`, `>2000`) or word value; ref: a word reference printed for a word value."""
    note = ""
    qual = bool(vt) and vt[0] not in "<>"
    if vt and not qual:
        assert pv == float(vt[1:]), (bm, vt, pv)
    if qual or pv is None or nu == "":
        nv, nu = "", ""
    else:
        x = pv * f[0] if f else pv
        nv = sig3(x)
        if f:
            what = f"bound {vt}" if vt else fmtv(pv)
            note = f"{bm} {what} {pu} {f[1]} = {nv} {nu}"
        elif vt:
            note = f"{bm} {vt} {pu}: normalized from its bound, {nv} {nu}"
    if qual:
        if ref is not None:
            c = "normal" if vt.lower().replace("-", " ") == ref.lower().replace("-", " ") else "abnormal"
            assert rng == "text", bm
        else:
            c = "null"
    elif vt:
        c = censored_flag(vt, rng)
    else:
        c = computed_flag(pv, rng)
    if printed:
        assert printed in FLAGS, printed
        if not qual:
            assert c == "null" or c in COMPATIBLE[printed], (bm, pv, vt, rng, printed, c)   # a printed flag must agree
        else:
            assert c == "null" or c == printed, (bm, vt, printed, c)
        fl = printed
    else:
        fl = c
    return {"s": f"{bm}|{vt}|{fl}|{nv}|{nu}|{rng}", "rng": rng or "none", "note": note}

cases = []
def add(id, line, rows, why):
    if rows == "-":
        exp, rngs, notes = "-", ["none"], []
    else:
        exp = " ;; ".join(r["s"] for r in rows)
        rngs = [r["rng"] for r in rows]
        notes = [r["note"] for r in rows if r["note"]]
    full = f"range={', '.join(rngs)}; {why}" + ("; " + "; ".join(notes) if notes else "")
    for x in (line, exp, full): assert "\t" not in x and "\n" not in x, id
    cases.append((id, line, exp, full))

# ======================= 1. Epic MyChart web result pages, copied and pasted (MC) =======================
add("MC01", J("Testosterone Free and Total (LC/MS), Serum",
              "Resulted: 03/14/2025 8:42 AM    Result status: Final",
              T("Component", "Your Value", "Standard Range", "Flag"),
              T("Testosterone, Total", "1,046 ng/dL", "264 - 916 ng/dL", "High"),
              T("Testosterone, Free", "24.8 pg/mL", "8.7 - 25.1 pg/mL"),
              T("Sex Hormone Binding Globulin", "31.2 nmol/L", "16.5 - 55.9 nmol/L"),
              "Specimen Collected: 03/13/2025 7:55 AM",
              "Ordering provider: Dana Whitfield, MD",
              "View trends"),
    [R("testosterone", 1046, "ng/dL", "ng/dL", printed="high", rng="264..916"),
     R("testosterone-free", 24.8, "pg/mL", "pg/mL", rng="8.7..25.1"),
     R("shbg", 31.2, "nmol/L", "nmol/L", rng="16.5..55.9")],
    "MyChart web copy, value and unit in one column and the range printed with its unit; '1,046' has a thousands "
    "separator; 'High' in the Flag column; the LC/MS in the order name, the resulted and collected times, the "
    "provider and 'View trends' are no rows")
add("MC02", J("Comprehensive Metabolic Panel",
              "Collected: 01/22/2025 7:41 AM    Last updated: 01/22/2025 2:18 PM",
              T("Component", "Value", "Ref Range", "Flag"),
              T("Glucose", "104 mg/dL", "70 - 99 mg/dL", "High"),
              T("BUN", "18 mg/dL", "6 - 24 mg/dL"),
              T("Creatinine", "1.31 mg/dL", "0.76 - 1.27 mg/dL", "High"),
              T("eGFR", "66 mL/min/1.73m2", ">59 mL/min/1.73m2"),
              T("Sodium", "140 mmol/L", "134 - 144 mmol/L"),
              T("Potassium", "4.6 mmol/L", "3.5 - 5.2 mmol/L"),
              T("Calcium", "9.6 mg/dL", "8.7 - 10.2 mg/dL"),
              T("ALT", "38 IU/L", "0 - 44 IU/L"),
              T("AST", "29 IU/L", "0 - 40 IU/L"),
              "Performed at: NORTHSIDE REGIONAL LABORATORY  2200 W Harmon Ave, Springfield, IL 62704  CLIA: 14D2093318"),
    [R("glucose", 104, "mg/dL", "mg/dL", printed="high", rng="70..99"),
     R("blood-urea-nitrogen", 18, "mg/dL", "mg/dL", rng="6..24"),
     R("creatinine", 1.31, "mg/dL", "mg/dL", printed="high", rng="0.76..1.27"),
     R("egfr", 66, "mL/min/1.73m2", "mL/min/{1.73_m2}", rng="59.."),
     R("sodium", 140, "mmol/L", "mmol/L", rng="134..144"),
     R("potassium", 4.6, "mmol/L", "mmol/L", rng="3.5..5.2"),
     R("calcium", 9.6, "mg/dL", "mg/dL", rng="8.7..10.2"),
     R("alanine-aminotransferase", 38, "IU/L", "U/L", rng="0..44"),
     R("aspartate-aminotransferase", 29, "IU/L", "U/L", rng="0..40")],
    "MyChart 'Value  Ref Range' layout; '>59' is a lower bound only; IU/L = U/L and mL/min/1.73m2 = "
    "mL/min/{1.73_m2}, the same numbers; the 1.73 is part of the unit; the 'Performed at' line (street number, ZIP, "
    "CLIA number) is no row")
add("MC03", J("CBC with Differential",
              "Result status: Final    Resulted: 02/03/2025 11:06 AM",
              T("Component", "Your Value", "Standard Range", "Flag"),
              T("WBC", "6.4 K/uL", "3.4 - 10.8 K/uL"),
              T("RBC", "6.02 M/uL", "4.14 - 5.80 M/uL", "High"),
              T("Hemoglobin", "18.3 g/dL", "13.0 - 17.7 g/dL", "High"),
              T("Hematocrit", "54.6 %", "37.5 - 51.0 %", "High"),
              T("MCV", "90.7 fL", "79 - 97 fL"),
              T("Platelets", "212 K/uL", "150 - 450 K/uL"),
              T("Neutrophils Absolute", "3.8 K/uL", "1.4 - 7.0 K/uL"),
              "Lab and Collection",
              "CBC WITH DIFFERENTIAL - Lab - Blood, Venous"),
    [R("white-blood-cell-count", 6.4, "K/uL", "10*3/uL", rng="3.4..10.8"),
     R("red-blood-cell-count", 6.02, "M/uL", "10*6/uL", printed="high", rng="4.14..5.80"),
     R("hemoglobin", 18.3, "g/dL", "g/dL", printed="high", rng="13.0..17.7"),
     R("hematocrit", 54.6, "%", "%", printed="high", rng="37.5..51.0"),
     R("mean-corpuscular-volume", 90.7, "fL", "fL", rng="79..97"),
     R("platelet-count", 212, "K/uL", "10*3/uL", rng="150..450"),
     R("neutrophils-absolute", 3.8, "K/uL", "10*3/uL", rng="1.4..7.0")],
    "MyChart CBC of a man on testosterone (erythrocytosis); K/uL = 10^3/uL and M/uL = 10^6/uL, the same numbers; "
    "'Lab and Collection' and the order line are chrome")
add("MC04", J("Estradiol, Sensitive; LH; FSH; Prolactin",
              "Resulted: 04/02/2025 4:57 PM    Result status: Final",
              T("Component", "Your Value", "Standard Range", "Flag"),
              T("Estradiol, Sensitive", "48.2 pg/mL", "8.0 - 35.0 pg/mL", "High"),
              T("LH", "0.3 mIU/mL", "1.7 - 8.6 mIU/mL", "Low"),
              T("FSH", "<0.3 mIU/mL", "1.5 - 12.4 mIU/mL", "Low"),
              T("Prolactin", "9.8 ng/mL", "4.0 - 15.2 ng/mL"),
              "Specimen Collected: 04/01/2025 8:10 AM",
              "Performed at: LABCORP DENVER  8490 Upland Dr, Englewood, CO 80112  CLIA: 06D0999001"),
    [R("estradiol", 48.2, "pg/mL", "pg/mL", printed="high", rng="8.0..35.0"),
     R("luteinizing-hormone", 0.3, "mIU/mL", "m[IU]/mL", printed="low", rng="1.7..8.6"),
     R("follicle-stimulating-hormone", 0.3, "mIU/mL", "m[IU]/mL", printed="low", rng="1.5..12.4", vt="<0.3"),
     R("prolactin", 9.8, "ng/mL", "ng/mL", rng="4.0..15.2")],
    "MyChart hormone page; mIU/mL = m[IU]/mL; FSH censored '<0.3' (every value below 0.3 is below 1.5, agreeing with "
    "the printed Low); the collection time, address and CLIA number are no rows")
add("MC05", J("Lipid Panel w/ ApoB and Lp(a)",
              "Resulted: 12/09/2024 1:33 PM",
              T("Component", "Value", "Ref Range", "Flag"),
              T("Cholesterol, Total", "231 mg/dL", "100 - 199 mg/dL", "High"),
              T("Triglycerides", "142 mg/dL", "0 - 149 mg/dL"),
              T("HDL Cholesterol", "52 mg/dL", ">39 mg/dL"),
              T("VLDL Cholesterol Cal", "28 mg/dL", "5 - 40 mg/dL"),
              T("LDL Chol Calc (NIH)", "151 mg/dL", "0 - 99 mg/dL", "High"),
              T("Apolipoprotein B", "118 mg/dL", "<90 mg/dL", "High"),
              T("Lipoprotein (a)", "187.4 nmol/L", "<75.0 nmol/L", "High"),
              "View trends    Print    Share"),
    [R("total-cholesterol", 231, "mg/dL", "mg/dL", printed="high", rng="100..199"),
     R("triglycerides", 142, "mg/dL", "mg/dL", rng="0..149"),
     R("hdl-cholesterol", 52, "mg/dL", "mg/dL", rng="39.."),
     R("vldl-cholesterol", 28, "mg/dL", "mg/dL", rng="5..40"),
     R("ldl-cholesterol", 151, "mg/dL", "mg/dL", printed="high", rng="0..99"),
     R("apolipoprotein-b", 118, "mg/dL", "mg/dL", printed="high", rng="..90"),
     R("lipoprotein-a", 187.4, "nmol/L", "nmol/L", printed="high", rng="..75.0")],
    "MyChart lipid page; 'LDL Chol Calc (NIH)' is the calculated LDL cholesterol (NIH is the equation, not a value); "
    "Lp(a) in nmol/L, the catalog's unit; the chrome line is no row")
add("MC06", J("Thyroid Panel",
              "Result status: Final",
              T("Component", "Your Value", "Standard Range", "Flag"),
              T("TSH", "3.12 uIU/mL", "0.450 - 4.500 uIU/mL"),
              T("T4, Free", "0.94 ng/dL", "0.82 - 1.77 ng/dL"),
              T("T3, Free", "2.4 pg/mL", "2.0 - 4.4 pg/mL"),
              T("Reverse T3, Serum", "26.8 ng/dL", "9.2 - 24.1 ng/dL", "High"),
              "Resulted: 11/18/2024 3:12 PM",
              "MyChart® licensed from Epic Systems Corporation © 1999 - 2025"),
    [R("thyroid-stimulating-hormone", 3.12, "uIU/mL", "m[IU]/L", rng="0.450..4.500"),
     R("free-t4", 0.94, "ng/dL", "ng/dL", rng="0.82..1.77"),
     R("free-t3", 2.4, "pg/mL", "pg/mL", rng="2.0..4.4"),
     R("reverse-t3", 26.8, "ng/dL", "ng/dL", printed="high", rng="9.2..24.1")],
    "MyChart thyroid page; uIU/mL = mIU/L = m[IU]/L, the same number; the T4 and T3 in the names and the copyright "
    "years are no rows")
add("MC07", J("Hemoglobin A1c; Insulin; Glucose, Fasting",
              T("Component", "Your Value", "Standard Range", "Flag"),
              T("Hemoglobin A1c", "5.8 %", "4.8 - 5.6 %", "High"),
              "  Prediabetes: 5.7 - 6.4",
              "  Diabetes: >6.4",
              "  Glycemic control for adults with diabetes: <7.0",
              T("Estimated Average Glucose", "120 mg/dL"),
              T("Insulin", "14.2 uIU/mL", "2.6 - 24.9 uIU/mL"),
              T("Glucose, Fasting", "96 mg/dL", "70 - 99 mg/dL"),
              "Specimen Collected: 01/06/2025 7:20 AM    Resulted: 01/07/2025 9:02 AM"),
    [R("hemoglobin-a1c", 5.8, "%", "%", printed="high", rng="4.8..5.6"),
     R("estimated-average-glucose", 120, "mg/dL", "mg/dL"),
     R("insulin", 14.2, "uIU/mL", "u[IU]/mL", rng="2.6..24.9"),
     R("glucose", 96, "mg/dL", "mg/dL", rng="70..99")],
    "MyChart page; the A1c has its own printed interval, so the indented diagnostic tiers under it are a comment, not "
    "its range nor rows; the eAG has no range (null); uIU/mL = u[IU]/mL")
add("MC08", J("PSA, Total and Free",
              T("Component", "Your Value", "Standard Range", "Flag"),
              T("Prostate Specific Ag", "1.9 ng/mL", "0.0 - 4.0 ng/mL"),
              T("PSA, Free", "0.52 ng/mL", "N/A"),
              T("% Free PSA", "27.4 %"),
              "Comment: The probability of prostate cancer for men with total PSA between 4 and 10 ng/mL by % free PSA: 0-10% 56%; 10-15% 28%; 15-20% 20%; 20-25% 16%; >25% 8%.",
              "Resulted: 10/30/2024 6:15 PM"),
    [R("prostate-specific-antigen", 1.9, "ng/mL", "ng/mL", rng="0.0..4.0"),
     R("prostate-specific-antigen-free", 0.52, "ng/mL", "ng/mL"),
     R("prostate-specific-antigen-free-percent", 27.4, "%", "%")],
    "MyChart PSA page; 'N/A' in the range column and an empty range are no range (flag null); the comment's "
    "percentages and the 4 and 10 ng/mL are an interpretive table, not rows and not the % free PSA's range")
add("MC09", J("Vitamin D, 25-Hydroxy; B12 and Folate; Iron and Ferritin",
              "Resulted: 09/12/2024 10:48 AM    Result status: Final",
              T("Component", "Your Value", "Standard Range", "Flag"),
              T("Vitamin D, 25-Hydroxy", "24.1 ng/mL", "30.0 - 100.0 ng/mL", "Low"),
              T("Vitamin B12", "612 pg/mL", "232 - 1245 pg/mL"),
              T("Folate (Folic Acid), Serum", ">20.0 ng/mL", ">3.0 ng/mL"),
              T("Iron", "128 ug/dL", "38 - 169 ug/dL"),
              T("Ferritin", "412 ng/mL", "30 - 400 ng/mL", "High"),
              "Ordering provider: Priya Natarajan, DO    Authorizing provider: Priya Natarajan, DO"),
    [R("vitamin-d", 24.1, "ng/mL", "ng/mL", printed="low", rng="30.0..100.0"),
     R("vitamin-b12", 612, "pg/mL", "pg/mL", rng="232..1245"),
     R("folate", 20.0, "ng/mL", "ng/mL", rng="3.0..", vt=">20.0"),
     R("iron", 128, "ug/dL", "ug/dL", rng="38..169"),
     R("ferritin", 412, "ng/mL", "ng/mL", printed="high", rng="30..400")],
    "MyChart page; the '25' of '25-Hydroxy' and the B12 are name digits; folate censored '>20.0' against '>3.0' "
    "(every value above 20 is above 3 -> normal), normalized from its bound")
add("MC10", J("Cortisol, AM; DHEA-Sulfate; IGF-1; Pregnenolone, LC/MS",
              T("Component", "Your Value", "Standard Range", "Flag"),
              T("Cortisol - AM", "14.6 ug/dL", "6.2 - 19.4 ug/dL"),
              T("DHEA-Sulfate", "512.8 ug/dL", "102.6 - 416.3 ug/dL", "High"),
              T("Insulin-Like Growth Factor I", "301 ng/mL", "88 - 246 ng/mL", "High"),
              T("Pregnenolone, LC/MS", "78 ng/dL", "22 - 237 ng/dL"),
              "Performed at: ENDOCRINE REFERENCE LAB  4301 Lost Hills Rd, Calabasas, CA 91301  CLIA: 05D0999447",
              "Performed at: NORTHSIDE REGIONAL LABORATORY  2200 W Harmon Ave, Springfield, IL 62704"),
    [R("cortisol", 14.6, "ug/dL", "ug/dL", rng="6.2..19.4"),
     R("dhea-sulfate", 512.8, "ug/dL", "ug/dL", printed="high", rng="102.6..416.3"),
     R("somatomedin-c", 301, "ng/mL", "ng/mL", printed="high", rng="88..246"),
     R("pregnenolone", 78, "ng/dL", "ng/dL", rng="22..237")],
    "MyChart page; 'AM' in the cortisol name is the draw time; 'Insulin-Like Growth Factor I' is IGF-1 (catalog v4 "
    "alias), not insulin; the two 'Performed at' lines are no rows")
add("MC11", J("High Sensitivity CRP; Homocysteine; Uric Acid",
              "Resulted: 05/20/2025 9:30 AM",
              T("Component", "Value", "Ref Range", "Flag"),
              T("CRP, High Sensitivity", "0.21 mg/dL", "<=0.30 mg/dL"),
              T("Homocysteine", "16.2 umol/L", "0.0 - 14.5 umol/L", "High"),
              T("Uric Acid", "6.9 mg/dL", "3.8 - 8.4 mg/dL"),
              "Lab and Collection    View trends"),
    [R("hs-crp", 0.21, "mg/dL", "mg/L", HSCRP_MGDL, rng="..0.30"),
     R("homocysteine", 16.2, "umol/L", "umol/L", printed="high", rng="0.0..14.5"),
     R("uric-acid", 6.9, "mg/dL", "mg/dL", rng="3.8..8.4")],
    "MyChart page from a hospital lab printing hs-CRP in mg/dL (range kept in mg/dL as printed: 0.21 < 0.30 -> normal); "
    "'<=0.30' is an upper bound only")
add("MC12", J("Basic Metabolic Panel",
              "Resulted: 06/03/2025 2:44 PM    Result status: Final",
              T("Component", "Your Value", "Standard Range", "Flag"),
              T("Sodium", "138 mEq/L", "136 - 145 mEq/L"),
              T("Potassium", "6.3 mEq/L", "3.5 - 5.1 mEq/L", "Critical High"),
              T("Chloride", "101 mEq/L", "98 - 107 mEq/L"),
              T("CO2", "24 mEq/L", "21 - 31 mEq/L"),
              T("BUN", "15 mg/dL", "7 - 25 mg/dL"),
              T("Creatinine", "0.98 mg/dL", "0.70 - 1.30 mg/dL"),
              T("Glucose", "88 mg/dL", "70 - 99 mg/dL"),
              T("Calcium", "9.4 mg/dL", "8.6 - 10.3 mg/dL"),
              "Comment: Specimen slightly hemolyzed; potassium may be falsely elevated. Critical value called to and read back by RN K. Moore 06/03/2025 14:40."),
    [R("sodium", 138, "mEq/L", "mmol/L", MEQ1, rng="136..145"),
     R("potassium", 6.3, "mEq/L", "mmol/L", MEQ1, printed="high", rng="3.5..5.1"),
     R("chloride", 101, "mEq/L", "mmol/L", MEQ1, rng="98..107"),
     R("carbon-dioxide", 24, "mEq/L", "mmol/L", MEQ1, rng="21..31"),
     R("blood-urea-nitrogen", 15, "mg/dL", "mg/dL", rng="7..25"),
     R("creatinine", 0.98, "mg/dL", "mg/dL", rng="0.70..1.30"),
     R("glucose", 88, "mg/dL", "mg/dL", rng="70..99"),
     R("calcium", 9.4, "mg/dL", "mg/dL", rng="8.6..10.3")],
    "MyChart page; 'Critical High' maps to high; electrolytes in mEq/L (charge 1, the same number in mmol/L); the "
    "hemolysis and call-back comment (time, date) is no row")
add("MC13", J(T("Component", "Value", "Ref Range & Units", "Status"),
              T("Testosterone", "1,214 (H)", "264 - 916 ng/dL", "Final"),
              T("Hematocrit", "49.8", "37.5 - 51.0 %", "Final"),
              T("PSA", "2.2", "0.0 - 4.0 ng/mL", "Final"),
              "Lab Status: Final result    Specimen: Blood    Collected: 07/15/2025 08:05"),
    [R("testosterone", 1214, "ng/dL", "ng/dL", printed="high", rng="264..916"),
     R("hematocrit", 49.8, "%", "%", rng="37.5..51.0"),
     R("prostate-specific-antigen", 2.2, "ng/mL", "ng/mL", rng="0.0..4.0")],
    "older MyChart layout: the unit only after the range ('Ref Range & Units'), the flag '(H)' after the value; "
    "'Final' in the Status column is not a flag")
add("MC14", J("Hepatitis C Antibody; RPR; ANA Screen, IFA",
              T("Component", "Your Value", "Standard Range", "Flag"),
              T("Hep C Antibody", "Non-reactive", "Non-reactive"),
              T("RPR", "Non Reactive", "Non Reactive"),
              T("ANA Screen", "Positive", "Negative", "Abnormal"),
              "  ANA titer and pattern to follow.",
              "Ordering provider: Dana Whitfield, MD    Resulted: 08/21/2025 12:02 PM"),
    [R("hepatitis-c-antibody", rng="text", vt="Non-reactive", ref="Non-reactive"),
     R("venereal-disease-research-laboratory", rng="text", vt="Non Reactive", ref="Non Reactive"),
     R("antinuclear-antibody", rng="text", vt="Positive", ref="Negative", printed="abnormal")],
    "MyChart qualitative page: word answers against word references (range text); the same word -> normal; ANA "
    "Positive against Negative with the printed Abnormal -> abnormal; RPR is the catalog's VDRL/RPR entry; "
    "the follow-up note is no row")

# ======================= 2. Portal phone screenshots through OCR, one field a line (OC) =======================
add("OC01", J("9:41", "< Back", "Test Details", "Share",
              "TESTOSTERONE, TOTAL",
              "Normal range: 264 - 916 ng/dL",
              "Value",
              "198 ng/dL",
              "Low",
              "Past Results",
              "12/02/2024",
              "301 ng/dL",
              "06/10/2024",
              "355 ng/dL"),
    [R("testosterone", 198, "ng/dL", "ng/dL", printed="low", rng="264..916")],
    "MyChart app screenshot: the test name, the range, 'Value' and the value on their own lines, the 'Low' badge; the "
    "clock '9:41', '< Back', 'Test Details' and 'Share' are chrome; under 'Past Results' the dated 301 and 355 ng/dL "
    "are previous results, not rows")
add("OC02", J("8:15", "< Results",
              "Estradiol, Sensitive",
              "Your value",
              "41.6",
              "pg/mL",
              "High",
              "Standard range",
              "8.0 - 35.0 pg/mL",
              "View trends",
              "Resulted 03/14/2025"),
    [R("estradiol", 41.6, "pg/mL", "pg/mL", printed="high", rng="8.0..35.0")],
    "app screenshot with the number and the unit on separate lines, the badge after them and the range after the "
    "value; the clock and the resulted date are no rows")
add("OC03", J("9:41", "< Back    Lipid Panel    Share",
              "Cholesterol, Total", "Normal range: 100 - 199 mg/dL", "Your value", "187 mg/dL",
              "Triglycerides", "Normal range: 0 - 149 mg/dL", "Your value", "212 mg/dL", "High",
              "HDL Cholesterol", "Normal range: >39 mg/dL", "Your value", "44 mg/dL",
              "LDL Chol Calc (NIH)", "Normal range: 0 - 99 mg/dL", "Your value", "104 mg/dL", "High"),
    [R("total-cholesterol", 187, "mg/dL", "mg/dL", rng="100..199"),
     R("triglycerides", 212, "mg/dL", "mg/dL", printed="high", rng="0..149"),
     R("hdl-cholesterol", 44, "mg/dL", "mg/dL", rng="39.."),
     R("ldl-cholesterol", 104, "mg/dL", "mg/dL", printed="high", rng="0..99")],
    "one screenshot of four components, each name then its range then its value; each badge belongs to the value "
    "above it; the clock and the navigation bar are chrome")
add("OC04", J("10:27", "Test Details",
              "Ferritin",
              "Normal range: 30 - 400 ng/mL",
              "Value", "46 ng/mL",
              "hs-CRP",
              "Normal range: 0.00 - 3.00 mg/L",
              "Value", "3.84 mg/L", "High",
              "Past Results",
              "Ferritin  11/04/2024  38 ng/mL",
              "hs-CRP  11/04/2024  1.12 mg/L"),
    [R("ferritin", 46, "ng/mL", "ng/mL", rng="30..400"),
     R("hs-crp", 3.84, "mg/L", "mg/L", printed="high", rng="0.00..3.00")],
    "two components; the 'Past Results' lines repeat the names with an earlier date and value: previous results, not "
    "rows")
add("OC05", J("11:02", "< Back", "PSA, TOTAL (SCREEN)",
              "Normal", "Your value", "0.84 ng/mL",
              "Normal range: 0.00 - 4.00 ng/mL",
              "Past Results", "08/01/2023  0.71 ng/mL", "07/19/2022  0.66 ng/mL",
              "About this test", "Tap to learn more"),
    [R("prostate-specific-antigen", 0.84, "ng/mL", "ng/mL", printed="normal", rng="0.00..4.00")],
    "app screenshot with a 'Normal' badge before the value (a printed normal, agreeing with the range); the dated past "
    "values are history; '(SCREEN)' is part of the name")
add("OC06", J("9:12", "< Test Results", "CBC",
              "Hemoglobin", "Normal range: 13.0 - 17.7 g/dL", "Value", "17.9 g/dL", "High",
              "Hematocrit", "Normal range: 37.5 - 51.0 %", "Value", "53.1 %", "High",
              "Show all 14 components"),
    [R("hemoglobin", 17.9, "g/dL", "g/dL", printed="high", rng="13.0..17.7"),
     R("hematocrit", 53.1, "%", "%", printed="high", rng="37.5..51.0")],
    "screenshot of part of a CBC; 'Show all 14 components' is chrome (the 14 is no value)")
add("OC07", J("9:41", "Vitamin D, 25-Hydroxy",
              "Normal range: 30.0 - 100.0 ng/mL",
              "Value", "38.2 ng/mL",
              "Past Results",
              "100", "75", "50", "25", "0",
              "Jun 2024    Dec 2024    Jun 2025",
              "06/11/2024  19.6 ng/mL  Low"),
    [R("vitamin-d", 38.2, "ng/mL", "ng/mL", rng="30.0..100.0")],
    "screenshot whose trend chart was read by OCR: 100/75/50/25/0 are the chart's axis labels and the month labels "
    "its x axis; the dated 19.6 ng/mL with its Low is a past result; only the current 38.2 is a row")
add("OC08", J("7:58", "< Back", "Test Details",
              "Free Testosterone(Direct)",
              "Normal range: 8.7 - 25.1 pg/mL",
              "Value", "6.9", "pg/mL", "Low",
              "Sex Horm Binding Glob, Serum",
              "Normal range: 16.5 - 55.9 nmol/L",
              "Value", "58.1", "nmol/L", "High"),
    [R("testosterone-free", 6.9, "pg/mL", "pg/mL", printed="low", rng="8.7..25.1"),
     R("shbg", 58.1, "nmol/L", "nmol/L", printed="high", rng="16.5..55.9")],
    "two components, each number and unit on separate lines; Labcorp's names 'Free Testosterone(Direct)' and 'Sex "
    "Horm Binding Glob, Serum'")
add("OC09", J("Test Details",
              "INSULIN-LIKE GROWTH FACTOR I",
              "Normal range: 88 - 246 ng/mL",
              "Value", "412 ng/mL", "High",
              "Past Results",
              "01/08/2025  298 ng/mL  High",
              "Resulted: 04/22/2025 7:04 PM",
              "Share    Print"),
    [R("somatomedin-c", 412, "ng/mL", "ng/mL", printed="high", rng="88..246")],
    "IGF-1 screenshot; the dated 298 ng/mL with its own High under 'Past Results' is a previous result, not a row")
add("OC10", J("10:02", "Results",
              "TSH", "2.87 uIU/mL", "Reference: 0.45-4.50",
              "FREE T4", "1.31 ng/dL", "Reference: 0.82-1.77",
              "FREE T3", "3.9 pg/mL", "Reference: 2.0-4.4",
              "Released to patient 10/14/2024"),
    [R("thyroid-stimulating-hormone", 2.87, "uIU/mL", "m[IU]/L", rng="0.45..4.50"),
     R("free-t4", 1.31, "ng/dL", "ng/dL", rng="0.82..1.77"),
     R("free-t3", 3.9, "pg/mL", "pg/mL", rng="2.0..4.4")],
    "screenshot of another portal (name, value with unit, 'Reference:' line under it); uIU/mL = m[IU]/L; the T4 and T3 "
    "of the names are no values")
add("OC11", J("9:41", "< Back    Test Details",
              "Hemoglobin A1c", "Normal range: 4.8 - 5.6 %", "Value", "5.9 %", "High",
              "Insulin", "Normal range: 2.6 - 24.9 uIU/mL", "Value", "27.3 uIU/mL", "High",
              "Your provider has reviewed this result.",
              "Dr. Whitfield  ·  2 days ago"),
    [R("hemoglobin-a1c", 5.9, "%", "%", printed="high", rng="4.8..5.6"),
     R("insulin", 27.3, "uIU/mL", "u[IU]/mL", printed="high", rng="2.6..24.9")],
    "two components with High badges; the A1c's '1' is a name digit; the review note and '2 days ago' are chrome")
add("OC12", J("8:47", "< Back",
              "Lipoprotein (a)", "Normal range: <75.0 nmol/L", "Value", "<8.4 nmol/L",
              "hs-CRP", "Normal range: 0.00 - 3.00 mg/L", "Value", "0.48 mg/L",
              "View trends"),
    [R("lipoprotein-a", 8.4, "nmol/L", "nmol/L", rng="..75.0", vt="<8.4"),
     R("hs-crp", 0.48, "mg/L", "mg/L", rng="0.00..3.00")],
    "Lp(a) below the assay's limit, censored '<8.4' (every value below 8.4 is below 75.0 -> normal), normalized from "
    "its bound")

# ======================= 3. Quest Diagnostics (MyQuest) copies (QD) =======================
QUEST_FOOT = ("Performing Site: QUEST DIAGNOSTICS GREAT LAKES REGIONAL LAB, 1800 Commerce Pkwy, Aurora, IL 60504-7790  "
              "Laboratory Director: R. Okafor, MD  CLIA: 14D0999813")
add("QD01", J("MyQuest    Test Results",
              "Collected: 03/11/2025    Received: 03/11/2025    Reported: 03/13/2025",
              "OUT OF RANGE",
              C("TESTOSTERONE, TOTAL, MS", "1186", "H", "250-1100 ng/dL"),
              C("ESTRADIOL", "46", "H", "< OR = 39 pg/mL"),
              C("LH", "<0.2", "L", "1.5-9.3 mIU/mL"),
              "IN RANGE",
              C("TESTOSTERONE, FREE", "182.4", "46.0-224.0 pg/mL"),
              C("SEX HORMONE BINDING GLOBULIN", "34", "10-50 nmol/L"),
              QUEST_FOOT),
    [R("testosterone", 1186, "ng/dL", "ng/dL", printed="high", rng="250..1100"),
     R("estradiol", 46, "pg/mL", "pg/mL", printed="high", rng="..39"),
     R("luteinizing-hormone", 0.2, "mIU/mL", "m[IU]/mL", printed="low", rng="1.5..9.3", vt="<0.2"),
     R("testosterone-free", 182.4, "pg/mL", "pg/mL", rng="46.0..224.0"),
     R("shbg", 34, "nmol/L", "nmol/L", rng="10..50")],
    "MyQuest copy with OUT OF RANGE / IN RANGE section headings (not rows); H/L flags; '< OR = 39' is an upper bound "
    "only; LH censored '<0.2' with its printed L; 'MS' in the name is the method; the performing-site footer (street "
    "number, ZIP, CLIA) is no row")
add("QD02", J("VITAMIN D,25-OH,TOTAL,IA",
              "28",
              "L",
              "Reference Range: 30-100 ng/mL",
              "VITAMIN B12",
              "484",
              "Reference Range: 200-1100 pg/mL",
              "FERRITIN",
              "156",
              "Reference Range: 38-380 ng/mL",
              "HOMOCYSTEINE",
              "12.4",
              "H",
              "Reference Range: <11.4 umol/L"),
    [R("vitamin-d", 28, "ng/mL", "ng/mL", printed="low", rng="30..100"),
     R("vitamin-b12", 484, "pg/mL", "pg/mL", rng="200..1100"),
     R("ferritin", 156, "ng/mL", "ng/mL", rng="38..380"),
     R("homocysteine", 12.4, "umol/L", "umol/L", printed="high", rng="..11.4")],
    "MyQuest copy with each value on its own line, the flag on the next, and 'Reference Range: ...' with the unit on "
    "its own line under the value (the unit comes from the range line); 'VITAMIN D,25-OH,TOTAL,IA' is the 25-OH "
    "vitamin D (the 25 is a name digit, IA the method)")
add("QD03", J("COMPREHENSIVE METABOLIC PANEL",
              C("GLUCOSE", "91", "65-99 mg/dL"),
              "  Fasting reference interval",
              C("UREA NITROGEN (BUN)", "21", "7-25 mg/dL"),
              C("CREATININE", "1.34", "H", "0.60-1.29 mg/dL"),
              C("EGFR", "63", "> OR = 60 mL/min/1.73m2"),
              C("BUN/CREATININE RATIO", "16", "6-22 (calc)"),
              C("SODIUM", "139", "135-146 mmol/L"),
              C("POTASSIUM", "4.8", "3.5-5.3 mmol/L"),
              C("CHLORIDE", "103", "98-110 mmol/L"),
              C("CARBON DIOXIDE", "26", "20-32 mmol/L"),
              C("CALCIUM", "9.7", "8.6-10.3 mg/dL"),
              C("PROTEIN, TOTAL", "7.1", "6.1-8.1 g/dL"),
              C("ALBUMIN", "4.6", "3.6-5.1 g/dL"),
              C("GLOBULIN", "2.5", "1.9-3.7 g/dL (calc)"),
              C("ALBUMIN/GLOBULIN RATIO", "1.8", "1.0-2.5 (calc)"),
              C("BILIRUBIN, TOTAL", "0.9", "0.2-1.2 mg/dL"),
              C("ALKALINE PHOSPHATASE", "71", "36-130 U/L"),
              C("AST", "31", "10-40 U/L"),
              C("ALT", "52", "H", "9-46 U/L")),
    [R("glucose", 91, "mg/dL", "mg/dL", rng="65..99"),
     R("blood-urea-nitrogen", 21, "mg/dL", "mg/dL", rng="7..25"),
     R("creatinine", 1.34, "mg/dL", "mg/dL", printed="high", rng="0.60..1.29"),
     R("egfr", 63, "mL/min/1.73m2", "mL/min/{1.73_m2}", rng="60.."),
     R("bun-creatinine-ratio", 16, "", "{ratio}", rng="6..22"),
     R("sodium", 139, "mmol/L", "mmol/L", rng="135..146"),
     R("potassium", 4.8, "mmol/L", "mmol/L", rng="3.5..5.3"),
     R("chloride", 103, "mmol/L", "mmol/L", rng="98..110"),
     R("carbon-dioxide", 26, "mmol/L", "mmol/L", rng="20..32"),
     R("calcium", 9.7, "mg/dL", "mg/dL", rng="8.6..10.3"),
     R("total-protein", 7.1, "g/dL", "g/dL", rng="6.1..8.1"),
     R("albumin", 4.6, "g/dL", "g/dL", rng="3.6..5.1"),
     R("globulin-total", 2.5, "g/dL", "g/dL", rng="1.9..3.7"),
     R("albumin-globulin-ratio", 1.8, "", "{ratio}", rng="1.0..2.5"),
     R("total-bilirubin", 0.9, "mg/dL", "mg/dL", rng="0.2..1.2"),
     R("alkaline-phosphatase", 71, "U/L", "U/L", rng="36..130"),
     R("aspartate-aminotransferase", 31, "U/L", "U/L", rng="10..40"),
     R("alanine-aminotransferase", 52, "U/L", "U/L", printed="high", rng="9..46")],
    "Quest CMP copy, 'value  [flag]  range unit'; '> OR = 60' is a lower bound; '(calc)' marks calculated results "
    "and is not a unit (the two ratios are unitless, {ratio}); 'Fasting reference interval' is a note; the 1.73 is "
    "part of the eGFR unit")
add("QD04", J("LIPID PANEL, STANDARD",
              C("CHOLESTEROL, TOTAL", "214", "H", "<200 mg/dL"),
              C("HDL CHOLESTEROL", "48", "> OR = 40 mg/dL"),
              C("TRIGLYCERIDES", "96", "<150 mg/dL"),
              C("LDL-CHOLESTEROL", "145", "H", "mg/dL (calc)"),
              "  Reference range: <100",
              "  Desirable range <100 mg/dL for primary prevention; <70 mg/dL for patients with CHD or diabetic patients with > or = 2 CHD risk factors.",
              "  LDL-C is now calculated using the Martin-Hopkins calculation, which is a validated novel method providing better accuracy than the Friedewald equation in the estimation of LDL-C.",
              C("CHOL/HDLC RATIO", "4.5", "<5.0 (calc)"),
              C("NON HDL CHOLESTEROL", "166", "H", "<130 mg/dL (calc)"),
              "  For patients with diabetes plus 1 major ASCVD risk factor, treating to a non-HDL-C goal of <100 mg/dL (LDL-C of <70 mg/dL) is considered a therapeutic option."),
    [R("total-cholesterol", 214, "mg/dL", "mg/dL", printed="high", rng="..200"),
     R("hdl-cholesterol", 48, "mg/dL", "mg/dL", rng="40.."),
     R("triglycerides", 96, "mg/dL", "mg/dL", rng="..150"),
     R("ldl-cholesterol", 145, "mg/dL", "mg/dL", printed="high", rng="..100"),
     R("cholesterol-hdl-ratio", 4.5, "", "{ratio}", rng="..5.0"),
     R("non-hdl-cholesterol", 166, "mg/dL", "mg/dL", printed="high", rng="..130")],
    "Quest lipid copy; the LDL's range is on the next line ('Reference range: <100', the LDL's own interval); the "
    "desirable-range and Martin-Hopkins comments (<70, 2 risk factors, <100 goal) are comments, not ranges or rows; "
    "'CHOL/HDLC RATIO' is the total/HDL ratio (catalog v3)")
add("QD05", J("CARDIO IQ(R) PANEL",
              "OUT OF RANGE",
              C("APOLIPOPROTEIN B", "104", "H", "<90 mg/dL"),
              "  Risk: Optimal <90; Moderate 90-129; High >129 mg/dL",
              C("LIPOPROTEIN (a)", "212", "H", "<75 nmol/L"),
              C("HS CRP", "2.4", "H", "<1.0 mg/L"),
              "  For ages >17 Years: hs-CRP mg/L  Risk According to AHA/CDC Guidelines  <1.0 Lower relative cardiovascular risk.  1.0-3.0 Average relative cardiovascular risk.  3.1-10.0 Higher relative cardiovascular risk.",
              "IN RANGE",
              C("INSULIN", "9.8", "< OR = 18.4 uIU/mL"),
              QUEST_FOOT),
    [R("apolipoprotein-b", 104, "mg/dL", "mg/dL", printed="high", rng="..90"),
     R("lipoprotein-a", 212, "nmol/L", "nmol/L", printed="high", rng="..75"),
     R("hs-crp", 2.4, "mg/L", "mg/L", printed="high", rng="..1.0"),
     R("insulin", 9.8, "uIU/mL", "u[IU]/mL", rng="..18.4")],
    "Quest cardiometabolic copy; each row has its own printed interval, so the indented risk tiers (ApoB; the AHA/CDC "
    "hs-CRP tiers with 'ages >17') are comments, not ranges or rows; section headings and footer are no rows")
add("QD06", J("CBC (INCLUDES DIFF/PLT)",
              C("WHITE BLOOD CELL COUNT", "5.9", "3.8-10.8 Thousand/uL"),
              C("RED BLOOD CELL COUNT", "5.94", "H", "4.20-5.80 Million/uL"),
              C("HEMOGLOBIN", "17.6", "H", "13.2-17.1 g/dL"),
              C("HEMATOCRIT", "52.8", "H", "38.5-50.0 %"),
              C("MCV", "88.9", "80.0-100.0 fL"),
              C("MCH", "29.6", "27.0-33.0 pg"),
              C("MCHC", "33.3", "32.0-36.0 g/dL"),
              C("RDW", "13.1", "11.0-15.0 %"),
              C("PLATELET COUNT", "231", "140-400 Thousand/uL"),
              C("ABSOLUTE NEUTROPHILS", "3422", "1500-7800 cells/uL"),
              C("ABSOLUTE LYMPHOCYTES", "1829", "850-3900 cells/uL"),
              C("NEUTROPHILS", "58", "%"),
              C("LYMPHOCYTES", "31", "%")),
    [R("white-blood-cell-count", 5.9, "Thousand/uL", "10*3/uL", rng="3.8..10.8"),
     R("red-blood-cell-count", 5.94, "Million/uL", "10*6/uL", printed="high", rng="4.20..5.80"),
     R("hemoglobin", 17.6, "g/dL", "g/dL", printed="high", rng="13.2..17.1"),
     R("hematocrit", 52.8, "%", "%", printed="high", rng="38.5..50.0"),
     R("mean-corpuscular-volume", 88.9, "fL", "fL", rng="80.0..100.0"),
     R("mean-corpuscular-hemoglobin", 29.6, "pg", "pg", rng="27.0..33.0"),
     R("mean-corpuscular-hemoglobin-concentration", 33.3, "g/dL", "g/dL", rng="32.0..36.0"),
     R("red-cell-distribution-width", 13.1, "%", "%", rng="11.0..15.0"),
     R("platelet-count", 231, "Thousand/uL", "10*3/uL", rng="140..400"),
     R("neutrophils-absolute", 3422, "cells/uL", "10*3/uL", CELLS_UL, rng="1500..7800"),
     R("lymphocytes-absolute", 1829, "cells/uL", "10*3/uL", CELLS_UL, rng="850..3900"),
     R("neutrophils", 58, "%", "%"),
     R("lymphocytes", 31, "%", "%")],
    "Quest CBC; Thousand/uL = 10^3/uL and Million/uL = 10^6/uL; absolute counts in cells/uL (bounds kept as printed); "
    "the differential percentages print no range (null)")
add("QD07", J("IN RANGE",
              C("TSH", "1.92", "0.40-4.50 mIU/L"),
              C("T4, FREE", "1.3", "0.8-1.8 ng/dL"),
              C("T3, FREE", "3.4", "2.3-4.2 pg/mL"),
              C("PSA, TOTAL", "0.8", "< OR = 4.0 ng/mL"),
              C("PSA, FREE", "0.3", "ng/mL"),
              C("PSA, % FREE", "38", ">25 % (calc)"),
              "  The free:total PSA ratio is used to assess the risk of prostate cancer in men with a total PSA of 4-10 ng/mL.",
              QUEST_FOOT),
    [R("thyroid-stimulating-hormone", 1.92, "mIU/L", "m[IU]/L", rng="0.40..4.50"),
     R("free-t4", 1.3, "ng/dL", "ng/dL", rng="0.8..1.8"),
     R("free-t3", 3.4, "pg/mL", "pg/mL", rng="2.3..4.2"),
     R("prostate-specific-antigen", 0.8, "ng/mL", "ng/mL", rng="..4.0"),
     R("prostate-specific-antigen-free", 0.3, "ng/mL", "ng/mL"),
     R("prostate-specific-antigen-free-percent", 38, "%", "%", rng="25..")],
    "Quest copy with only the IN RANGE section; free PSA has no interval (null); '>25' is a lower bound; the "
    "comment's 4-10 ng/mL is no range")
add("QD08", J("ESTRADIOL  142  pg/mL",
              "  Reference Range:  Female  Follicular Phase 19-144  Mid-Cycle 64-357  Luteal Phase 56-214  Postmenopausal < OR = 31",
              "FSH  6.2  mIU/mL",
              "  Reference Range:  Follicular Phase 2.5-10.2  Mid-cycle Peak 3.1-17.7  Luteal Phase 1.5-9.1  Postmenopausal 23.0-116.3",
              "PROGESTERONE  8.4  ng/mL",
              "  Reference Range:  Follicular Phase < OR = 1.0  Luteal Phase 2.6-21.5  Postmenopausal < OR = 0.2",
              C("DHEA SULFATE", "168", "32-240 mcg/dL"),
              C("TESTOSTERONE, TOTAL, MS", "28", "2-45 ng/dL")),
    [R("estradiol", 142, "pg/mL", "pg/mL", rng="text"),
     R("follicle-stimulating-hormone", 6.2, "mIU/mL", "m[IU]/mL", rng="text"),
     R("progesterone", 8.4, "ng/mL", "ng/mL", rng="text"),
     R("dhea-sulfate", 168, "mcg/dL", "ug/dL", rng="32..240"),
     R("testosterone", 28, "ng/dL", "ng/dL", rng="2..45")],
    "Quest copy for a woman: estradiol, FSH and progesterone print only menstrual-phase intervals (several groups, no "
    "one interval for the patient) -> range text, no printed flag -> null; mcg/dL = ug/dL")
add("QD09", J("IN RANGE",
              C("HEMOGLOBIN A1c", "5.4", "<5.7 % of total Hgb"),
              "  For someone without known diabetes, a hemoglobin A1c value between 5.7% and 6.4% is consistent with prediabetes and should be confirmed with a follow-up test.",
              "  For someone with known diabetes, a value <7% indicates that their diabetes is well controlled.",
              C("GLUCOSE", "84", "65-99 mg/dL"),
              C("INSULIN", "6.1", "< OR = 18.4 uIU/mL"),
              "Patient Information    DOB: 04/12/1971    Age: 53    Sex: M    Fasting: Y"),
    [R("hemoglobin-a1c", 5.4, "%", "%", rng="..5.7"),
     R("glucose", 84, "mg/dL", "mg/dL", rng="65..99"),
     R("insulin", 6.1, "uIU/mL", "u[IU]/mL", rng="..18.4")],
    "Quest copy; '% of total Hgb' is the A1c's %; the A1c comments (5.7%, 6.4%, 7%) are comments, not rows; the "
    "patient line (birth date, age) is no row")
add("QD10", J("OUT OF RANGE",
              C("PROLACTIN", "21.6", "H", "2.0-18.0 ng/mL"),
              "IN RANGE",
              C("IGF 1, LC/MS", "188", "52-328 ng/mL"),
              C("Z SCORE (MALE)", "0.9", "-2.0 - +2.0 SD"),
              C("CORTISOL, TOTAL", "11.8", "4.0-22.0 mcg/dL"),
              C("DIHYDROTESTOSTERONE", "62", "16-79 ng/dL"),
              QUEST_FOOT),
    [R("prolactin", 21.6, "ng/mL", "ng/mL", printed="high", rng="2.0..18.0"),
     R("somatomedin-c", 188, "ng/mL", "ng/mL", rng="52..328"),
     R("?Z SCORE (MALE)", 0.9, "SD", "", rng="-2.0..2.0"),
     R("cortisol", 11.8, "mcg/dL", "ug/dL", rng="4.0..22.0"),
     R("dihydrotestosterone", 62, "ng/dL", "ng/dL", rng="16..79")],
    "Quest copy; 'IGF 1, LC/MS' is IGF-1; the IGF-1's Z score is a result line of its own with no catalog key -> "
    "?Z SCORE (MALE), range -2.0..2.0 (the '+' dropped), flag computed, no normalized value (SD is no UCUM unit)")
add("QD11", J("OUT OF RANGE",
              "  None",
              "IN RANGE",
              C("HEPATITIS C ANTIBODY", "NON-REACTIVE", "NON-REACTIVE"),
              C("RPR (DX) W/REFL TITER AND CONFIRMATORY TESTING", "NON-REACTIVE", "NON-REACTIVE"),
              C("URIC ACID", "7.4", "4.0-8.0 mg/dL"),
              C("MAGNESIUM", "2.1", "1.5-2.5 mg/dL"),
              "Page 2 of 3"),
    [R("hepatitis-c-antibody", rng="text", vt="NON-REACTIVE", ref="NON-REACTIVE"),
     R("venereal-disease-research-laboratory", rng="text", vt="NON-REACTIVE", ref="NON-REACTIVE"),
     R("uric-acid", 7.4, "mg/dL", "mg/dL", rng="4.0..8.0"),
     R("magnesium", 2.1, "mg/dL", "mg/dL", rng="1.5..2.5")],
    "Quest copy with an empty OUT OF RANGE section ('None'); word answers against the same word -> normal, range "
    "text; the RPR's name carries 'W/REFL TITER' (a reflex, no titre reported); 'Page 2 of 3' is no row")

# ======================= 4. Labcorp Patient copies (LC) =======================
add("LC01", J("Labcorp Patient    Testosterone, Free and Total, Estradiol, SHBG",
              "Date collected: 02/18/2025    Date reported: 02/20/2025",
              C("Test", "Your result", "Flag", "Standard range", "Units", "Previous result"),
              C("Testosterone, Serum", "298", "", "264 - 916", "ng/dL", "412 (08/12/2024)"),
              C("Free Testosterone(Direct)", "6.9", "Low", "8.7 - 25.1", "pg/mL", "11.2 (08/12/2024)"),
              C("Sex Horm Binding Glob, Serum", "49.8", "", "16.5 - 55.9", "nmol/L", "44.1 (08/12/2024)"),
              C("Estradiol, Sensitive", "18.4", "", "8.0 - 35.0", "pg/mL", "21.0 (08/12/2024)")),
    [R("testosterone", 298, "ng/dL", "ng/dL", rng="264..916"),
     R("testosterone-free", 6.9, "pg/mL", "pg/mL", printed="low", rng="8.7..25.1"),
     R("shbg", 49.8, "nmol/L", "nmol/L", rng="16.5..55.9"),
     R("estradiol", 18.4, "pg/mL", "pg/mL", rng="8.0..35.0")],
    "Labcorp Patient table; empty Flag cells; the Previous result column (value and date) is history, not a row; "
    "the range before the unit")
add("LC02", J("Hemoglobin A1c",
              C("Your result", "6.1 %"),
              "Flag: High",
              C("Standard range", "4.8 - 5.6 %"),
              C("Previous result", "5.7 %", "09/03/2024"),
              "  Prediabetes: 5.7 - 6.4",
              "  Diabetes: >6.4",
              "  Glycemic control for adults with diabetes: <7.0",
              "Insulin",
              C("Your result", "19.6 uIU/mL"),
              C("Standard range", "2.6 - 24.9 uIU/mL"),
              "Glucose",
              C("Your result", "101 mg/dL"),
              "Flag: High",
              C("Standard range", "70 - 99 mg/dL")),
    [R("hemoglobin-a1c", 6.1, "%", "%", printed="high", rng="4.8..5.6"),
     R("insulin", 19.6, "uIU/mL", "u[IU]/mL", rng="2.6..24.9"),
     R("glucose", 101, "mg/dL", "mg/dL", printed="high", rng="70..99")],
    "Labcorp Patient blocks: test name, 'Your result', 'Flag: High' on its own line, 'Standard range'; the A1c's "
    "'Previous result 5.7 % 09/03/2024' is history; the A1c tiers below are the lab's comment, not its range")
add("LC03", J("Lipid Panel w/ ApoB",
              C("Test", "Your result", "Standard range", "Units", "Previous result"),
              C("Cholesterol, Total", "176", "100 - 199", "mg/dL", "203"),
              C("Triglycerides", "88", "0 - 149", "mg/dL", "131"),
              C("HDL Cholesterol", "61", ">39", "mg/dL", "55"),
              C("VLDL Cholesterol Cal", "16", "5 - 40", "mg/dL", "24"),
              C("LDL Chol Calc (NIH)", "97", "0 - 99", "mg/dL", "124"),
              C("Apolipoprotein B", "82", "<90", "mg/dL", "101"),
              "Previous results from 11/06/2024"),
    [R("total-cholesterol", 176, "mg/dL", "mg/dL", rng="100..199"),
     R("triglycerides", 88, "mg/dL", "mg/dL", rng="0..149"),
     R("hdl-cholesterol", 61, "mg/dL", "mg/dL", rng="39.."),
     R("vldl-cholesterol", 16, "mg/dL", "mg/dL", rng="5..40"),
     R("ldl-cholesterol", 97, "mg/dL", "mg/dL", rng="0..99"),
     R("apolipoprotein-b", 82, "mg/dL", "mg/dL", rng="..90")],
    "Labcorp table with a Previous result column after the unit: the last number on each line (203, 131, ...) is "
    "the earlier result, not a row and not a bound; no flags printed, all computed normal")
add("LC04", J("CBC With Differential/Platelet",
              C("Test", "Your result", "Flag", "Standard range", "Units", "Previous result"),
              C("WBC", "7.2", "", "3.4 - 10.8", "x10E3/uL", "6.8"),
              C("RBC", "5.41", "", "4.14 - 5.80", "x10E6/uL", "5.62"),
              C("Hemoglobin", "16.4", "", "13.0 - 17.7", "g/dL", "17.1"),
              C("Hematocrit", "49.2", "", "37.5 - 51.0", "%", "51.6 High"),
              C("MCV", "91", "", "79 - 97", "fL", "92"),
              C("MCH", "30.3", "", "26.6 - 33.0", "pg", "30.4"),
              C("MCHC", "33.3", "", "31.5 - 35.7", "g/dL", "33.1"),
              C("RDW", "12.8", "", "11.6 - 15.4", "%", "13.0"),
              C("Platelets", "198", "", "150 - 450", "x10E3/uL", "214")),
    [R("white-blood-cell-count", 7.2, "x10E3/uL", "10*3/uL", rng="3.4..10.8"),
     R("red-blood-cell-count", 5.41, "x10E6/uL", "10*6/uL", rng="4.14..5.80"),
     R("hemoglobin", 16.4, "g/dL", "g/dL", rng="13.0..17.7"),
     R("hematocrit", 49.2, "%", "%", rng="37.5..51.0"),
     R("mean-corpuscular-volume", 91, "fL", "fL", rng="79..97"),
     R("mean-corpuscular-hemoglobin", 30.3, "pg", "pg", rng="26.6..33.0"),
     R("mean-corpuscular-hemoglobin-concentration", 33.3, "g/dL", "g/dL", rng="31.5..35.7"),
     R("red-cell-distribution-width", 12.8, "%", "%", rng="11.6..15.4"),
     R("platelet-count", 198, "x10E3/uL", "10*3/uL", rng="150..450")],
    "Labcorp CBC; x10E3/uL = 10^3/uL and x10E6/uL = 10^6/uL; the 'High' in the Previous result column belongs to the "
    "earlier hematocrit (51.6), not to the current 49.2 (normal); previous values are no rows")
add("LC05", J("Thyroid Panel With TSH; T3, Free; Reverse T3",
              C("Test", "Your result", "Flag", "Standard range", "Units"),
              C("TSH", "4.960", "High", "0.450 - 4.500", "uIU/mL"),
              C("T4,Free(Direct)", "1.08", "", "0.82 - 1.77", "ng/dL"),
              C("Triiodothyronine,Free,Serum", "2.9", "", "2.0 - 4.4", "pg/mL"),
              C("Reverse T3, Serum", "18.7", "", "9.2 - 24.1", "ng/dL"),
              "Labcorp Burlington    Director: M. Chen, PhD    For inquiries, the physician may contact Branch: 800-555-0142 Lab: 800-555-0199"),
    [R("thyroid-stimulating-hormone", 4.96, "uIU/mL", "m[IU]/L", printed="high", rng="0.450..4.500"),
     R("free-t4", 1.08, "ng/dL", "ng/dL", rng="0.82..1.77"),
     R("free-t3", 2.9, "pg/mL", "pg/mL", rng="2.0..4.4"),
     R("reverse-t3", 18.7, "ng/dL", "ng/dL", rng="9.2..24.1")],
    "Labcorp table with Labcorp's names ('T4,Free(Direct)', 'Triiodothyronine,Free,Serum'); the footer's phone "
    "numbers are no rows")
add("LC06", J("Labcorp Patient",
              C("Test", "Your result", "Flag", "Standard range", "Units", "Previous result"),
              C("Prostate Specific Ag, Serum", "2.6", "", "0.0 - 4.0", "ng/mL", "2.2 (03/01/2024)"),
              "  Roche ECLIA methodology. According to the American Urological Association, Serum PSA should decrease and remain at undetectable levels after radical prostatectomy.",
              C("Insulin-Like Growth Factor I", "236", "", "88 - 246", "ng/mL", "181 (03/01/2024)"),
              C("DHEA-Sulfate", "389.2", "", "102.6 - 416.3", "ug/dL", "--"),
              C("Cortisol", "22.8", "High", "6.2 - 19.4", "ug/dL", "--"),
              "  Cortisol AM 6.2 - 19.4  Cortisol PM 2.3 - 11.9"),
    [R("prostate-specific-antigen", 2.6, "ng/mL", "ng/mL", rng="0.0..4.0"),
     R("somatomedin-c", 236, "ng/mL", "ng/mL", rng="88..246"),
     R("dhea-sulfate", 389.2, "ug/dL", "ug/dL", rng="102.6..416.3"),
     R("cortisol", 22.8, "ug/dL", "ug/dL", printed="high", rng="6.2..19.4")],
    "Labcorp table; previous results with dates are history and '--' is an empty previous cell; the method comment is "
    "no row; the cortisol's AM/PM note repeats the printed interval beside the value (6.2 - 19.4 is the row's range)")
add("LC07", J("Vitamin D, 25-Hydroxy; Vitamin B12 and Folate; Iron and TIBC; Ferritin",
              C("Test", "Your result", "Flag", "Standard range", "Units"),
              C("Vitamin D, 25-Hydroxy", "52.4", "", "30.0 - 100.0", "ng/mL"),
              C("Vitamin B12", ">2000", "High", "232 - 1245", "pg/mL"),
              C("Folate (Folic Acid), Serum", ">20.0", "", ">3.0", "ng/mL"),
              C("Iron Bind.Cap.(TIBC)", "412", "", "250 - 450", "ug/dL"),
              C("Iron", "54", "", "38 - 169", "ug/dL"),
              C("Iron Saturation", "13", "Low", "15 - 55", "%"),
              C("Ferritin", "19", "Low", "30 - 400", "ng/mL")),
    [R("vitamin-d", 52.4, "ng/mL", "ng/mL", rng="30.0..100.0"),
     R("vitamin-b12", 2000, "pg/mL", "pg/mL", printed="high", rng="232..1245", vt=">2000"),
     R("folate", 20.0, "ng/mL", "ng/mL", rng="3.0..", vt=">20.0"),
     R("total-iron-binding-capacity", 412, "ug/dL", "ug/dL", rng="250..450"),
     R("iron", 54, "ug/dL", "ug/dL", rng="38..169"),
     R("transferrin-saturation", 13, "%", "%", printed="low", rng="15..55"),
     R("ferritin", 19, "ng/mL", "ng/mL", printed="low", rng="30..400")],
    "Labcorp table; B12 censored '>2000' with its printed High; folate censored '>20.0' against '>3.0' (normal); "
    "both normalized from their bounds; 'Iron Saturation' is the transferrin saturation")
add("LC08", J("Cardiovascular Risk",
              C("Test", "Your result", "Flag", "Standard range", "Units"),
              C("C-Reactive Protein, Cardiac", "0.62", "", "0.00 - 3.00", "mg/L"),
              C("Homocyst(e)ine", "9.8", "", "0.0 - 14.5", "umol/L"),
              C("Lipoprotein (a)", "134.6", "High", "<75.0", "nmol/L"),
              "  Note:  Values greater than or equal to 75.0 nmol/L may indicate an independent risk factor for CHD, but must be evaluated with caution when applied to non-Caucasian populations due to the influence of genetic factors on Lp(a) across ethnicities.",
              C("Apolipoprotein B", "96", "High", "<90", "mg/dL")),
    [R("hs-crp", 0.62, "mg/L", "mg/L", rng="0.00..3.00"),
     R("homocysteine", 9.8, "umol/L", "umol/L", rng="0.0..14.5"),
     R("lipoprotein-a", 134.6, "nmol/L", "nmol/L", printed="high", rng="..75.0"),
     R("apolipoprotein-b", 96, "mg/dL", "mg/dL", printed="high", rng="..90")],
    "Labcorp table; 'C-Reactive Protein, Cardiac' is the hs-CRP (catalog v2 alias), not plain CRP; the Lp(a) note's "
    "75.0 nmol/L is a comment, not a row")
add("LC09", J("Comp. Metabolic Panel (14)",
              C("Test", "Your result", "Flag", "Standard range", "Units", "Previous result"),
              C("Glucose", "93", "", "70 - 99", "mg/dL", "88"),
              C("BUN", "19", "", "6 - 24", "mg/dL", "17"),
              C("Creatinine", "1.12", "", "0.76 - 1.27", "mg/dL", "1.05"),
              C("eGFR", "78", "", ">59", "mL/min/1.73", "84"),
              C("BUN/Creatinine Ratio", "17", "", "9 - 20", "", "16"),
              C("Sodium", "141", "", "134 - 144", "mmol/L", "139"),
              C("Potassium", "4.4", "", "3.5 - 5.2", "mmol/L", "4.6"),
              C("Chloride", "102", "", "96 - 106", "mmol/L", "101"),
              C("Carbon Dioxide, Total", "23", "", "20 - 29", "mmol/L", "25"),
              C("Calcium", "9.5", "", "8.7 - 10.2", "mg/dL", "9.8"),
              C("Protein, Total", "6.9", "", "6.0 - 8.5", "g/dL", "7.2"),
              C("Albumin", "4.7", "", "3.8 - 4.9", "g/dL", "4.8"),
              C("Globulin, Total", "2.2", "", "1.5 - 4.5", "g/dL", "2.4"),
              C("Bilirubin, Total", "0.6", "", "0.0 - 1.2", "mg/dL", "0.5"),
              C("Alkaline Phosphatase", "84", "", "44 - 121", "IU/L", "79"),
              C("AST (SGOT)", "34", "", "0 - 40", "IU/L", "27"),
              C("ALT (SGPT)", "61", "High", "0 - 44", "IU/L", "39")),
    [R("glucose", 93, "mg/dL", "mg/dL", rng="70..99"),
     R("blood-urea-nitrogen", 19, "mg/dL", "mg/dL", rng="6..24"),
     R("creatinine", 1.12, "mg/dL", "mg/dL", rng="0.76..1.27"),
     R("egfr", 78, "mL/min/1.73", "mL/min/{1.73_m2}", rng="59.."),
     R("bun-creatinine-ratio", 17, "", "{ratio}", rng="9..20"),
     R("sodium", 141, "mmol/L", "mmol/L", rng="134..144"),
     R("potassium", 4.4, "mmol/L", "mmol/L", rng="3.5..5.2"),
     R("chloride", 102, "mmol/L", "mmol/L", rng="96..106"),
     R("carbon-dioxide", 23, "mmol/L", "mmol/L", rng="20..29"),
     R("calcium", 9.5, "mg/dL", "mg/dL", rng="8.7..10.2"),
     R("total-protein", 6.9, "g/dL", "g/dL", rng="6.0..8.5"),
     R("albumin", 4.7, "g/dL", "g/dL", rng="3.8..4.9"),
     R("globulin-total", 2.2, "g/dL", "g/dL", rng="1.5..4.5"),
     R("total-bilirubin", 0.6, "mg/dL", "mg/dL", rng="0.0..1.2"),
     R("alkaline-phosphatase", 84, "IU/L", "U/L", rng="44..121"),
     R("aspartate-aminotransferase", 34, "IU/L", "U/L", rng="0..40"),
     R("alanine-aminotransferase", 61, "IU/L", "U/L", printed="high", rng="0..44")],
    "Labcorp CMP-14 (the 14 is the panel's size) with a Previous result column, every last number is history; "
    "Labcorp's eGFR unit 'mL/min/1.73' = mL/min/{1.73_m2}; the BUN/creatinine ratio has an empty unit cell ({ratio}); "
    "IU/L = U/L")
add("LC10", J("Labcorp Patient    Hormone results",
              C("Test", "Your result", "Flag", "Standard range", "Units", "Previous result"),
              C("LH", "5.1", "", "1.7 - 8.6", "mIU/mL", "4.4"),
              C("FSH", "7.4", "", "1.5 - 12.4", "mIU/mL", "6.9"),
              C("Prolactin", "11.2", "", "4.0 - 15.2", "ng/mL", "12.9"),
              C("Estradiol, Sensitive", "<5.0", "Low", "8.0 - 35.0", "pg/mL", "9.6"),
              C("Testosterone, Serum", "712", "", "264 - 916", "ng/dL", "688")),
    [R("luteinizing-hormone", 5.1, "mIU/mL", "m[IU]/mL", rng="1.7..8.6"),
     R("follicle-stimulating-hormone", 7.4, "mIU/mL", "m[IU]/mL", rng="1.5..12.4"),
     R("prolactin", 11.2, "ng/mL", "ng/mL", rng="4.0..15.2"),
     R("estradiol", 5.0, "pg/mL", "pg/mL", printed="low", rng="8.0..35.0", vt="<5.0"),
     R("testosterone", 712, "ng/dL", "ng/dL", rng="264..916")],
    "Labcorp table; estradiol censored '<5.0' with its printed Low (every value below 5 is below 8), normalized from "
    "its bound; the Previous result column is history")

# ======================= 5. Consumer longevity services' exports (CS) =======================
OPT = "the service's optimal range is not the lab's reference range and is never the row's range"
add("CS01", J("Heart    4 biomarkers",
              "ApoB", "112 mg/dL", "Above range", "Lab range: <90 mg/dL", "Optimal range: <80 mg/dL",
              "Lp(a)", "<10 nmol/L", "In range", "Lab range: <75 nmol/L", "Optimal range: <30 nmol/L",
              "hs-CRP", "0.4 mg/L", "In range", "Lab range: <3.0 mg/L", "Optimal range: <1.0 mg/L",
              "Lp-PLA2 Activity", "142 nmol/min/mL", "Above range", "Lab range: <=123 nmol/min/mL", "Optimal range: <100 nmol/min/mL",
              "Tested 02/27/2025 via Quest Diagnostics"),
    [R("apolipoprotein-b", 112, "mg/dL", "mg/dL", printed="high", rng="..90"),
     R("lipoprotein-a", 10, "nmol/L", "nmol/L", printed="normal", rng="..75", vt="<10"),
     R("hs-crp", 0.4, "mg/L", "mg/L", printed="normal", rng="..3.0"),
     R("?Lp-PLA2 Activity", 142, "nmol/min/mL", "nmol/min/mL", printed="high", rng="..123")],
    "consumer service card layout: name, value, status word ('Above range' -> high, 'In range' -> normal), 'Lab range' "
    "(the row's range), 'Optimal range' (not a row nor a range: " + OPT + "); Lp(a) censored '<10', normalized from "
    "its bound; Lp-PLA2 activity has no catalog key -> ?Lp-PLA2 Activity, kept in its printed unit (nmol/min/mL, "
    "valid UCUM); '4 biomarkers' and the test date are chrome")
add("CS02", J("Your Results    Blood draw 01/15/2025",
              C("Biomarker", "Your result", "Optimized zone", "Lab reference range", "Status"),
              C("Vitamin D", "34 ng/mL", "45 - 80", "30 - 100", "Needs work"),
              C("Ferritin", "412 ng/mL", "50 - 150", "38 - 380", "At risk"),
              C("Glucose", "92 mg/dL", "70 - 85", "65 - 99", "Needs work"),
              C("ALT", "28 U/L", "9 - 25", "9 - 46", "Needs work"),
              C("Hemoglobin", "15.2 g/dL", "14.0 - 16.0", "13.2 - 17.1", "Optimized")),
    [R("vitamin-d", 34, "ng/mL", "ng/mL", rng="30..100"),
     R("ferritin", 412, "ng/mL", "ng/mL", rng="38..380"),
     R("glucose", 92, "mg/dL", "mg/dL", rng="65..99"),
     R("alanine-aminotransferase", 28, "U/L", "U/L", rng="9..46"),
     R("hemoglobin", 15.2, "g/dL", "g/dL", rng="13.2..17.1")],
    "consumer table with an optimized zone before the lab range: the lab reference range is the row's range; the "
    "Status words (Needs work, At risk, Optimized) rate the value against the service's zone, not the lab's range, so "
    "they are not the lab's flag: flags computed from the lab range (ferritin 412 > 380 -> high, the rest normal); "
    + OPT)
add("CS03", J("Men's Health Test    Results ready",
              "Testosterone", "Result: 312 ng/dL", "Reference range: 264-916 ng/dL", "In range",
              "Estradiol", "Result: 39 pg/mL", "Reference range: 7.6-42.6 pg/mL", "In range",
              "DHEA-S", "Result: 88 ug/dL", "Reference range: 89-427 ug/dL", "Below range",
              "TSH", "Result: 5.21 uIU/mL", "Reference range: 0.45-4.50 uIU/mL", "Above range",
              "Physician reviewed by: Independent physician network    Lab: CLIA-certified partner lab"),
    [R("testosterone", 312, "ng/dL", "ng/dL", printed="normal", rng="264..916"),
     R("estradiol", 39, "pg/mL", "pg/mL", printed="normal", rng="7.6..42.6"),
     R("dhea-sulfate", 88, "ug/dL", "ug/dL", printed="low", rng="89..427"),
     R("thyroid-stimulating-hormone", 5.21, "uIU/mL", "m[IU]/L", printed="high", rng="0.45..4.50")],
    "at-home kit report blocks ('Result:', 'Reference range:', status word); 'Below range' -> low, 'Above range' -> "
    "high, 'In range' -> normal; the footer is no row")
add("CS04", J("Male Hormone Test    Sample collected 11/03/2024",
              "Testosterone", "10.8 nmol/L", "Normal range 8.64 - 29.0 nmol/L",
              "Sex Hormone Binding Globulin (SHBG)", "42 nmol/L", "Normal range 18.3 - 54.1 nmol/L",
              "Free Androgen Index", "25.7", "Normal range 35.0 - 92.6", "Low",
              "Estradiol", "98 pmol/L", "Normal range 41.4 - 159 pmol/L"),
    [R("testosterone", 10.8, "nmol/L", "ng/dL", T_NMOL, rng="8.64..29.0"),
     R("shbg", 42, "nmol/L", "nmol/L", rng="18.3..54.1"),
     R("?Free Androgen Index", 25.7, "", "", printed="low", rng="35.0..92.6"),
     R("estradiol", 98, "pmol/L", "pg/mL", E2_PMOL, rng="41.4..159")],
    "at-home kit in SI units; the free androgen index (100 x testosterone / SHBG = 25.7) has no catalog key -> "
    "?Free Androgen Index with no unit printed, so no normalized value; its 'Low' is printed")
add("CS05", J(C("Marker", "Result", "Units", "Lab Range", "Optimal", "Flag"),
              C("Total Testosterone", "842", "ng/dL", "264-916", "600-900", ""),
              C("Free Testosterone", "21.3", "pg/mL", "8.7-25.1", "15-25", ""),
              C("Estradiol, Sensitive", "38.9", "pg/mL", "8.0-35.0", "20-30", "High"),
              C("Hematocrit", "52.1", "%", "37.5-51.0", "<52", "High"),
              C("PSA", "0.9", "ng/mL", "0.0-4.0", "<2.5", ""),
              "Next draw recommended in 8 weeks (week 10 of protocol)"),
    [R("testosterone", 842, "ng/dL", "ng/dL", rng="264..916"),
     R("testosterone-free", 21.3, "pg/mL", "pg/mL", rng="8.7..25.1"),
     R("estradiol", 38.9, "pg/mL", "pg/mL", printed="high", rng="8.0..35.0"),
     R("hematocrit", 52.1, "%", "%", printed="high", rng="37.5..51.0"),
     R("prostate-specific-antigen", 0.9, "ng/mL", "ng/mL", rng="0.0..4.0")],
    "telehealth clinic export with 'Lab Range' and 'Optimal' columns: the Lab Range is the row's range (" + OPT + "); "
    "the printed High on the hematocrit agrees with the lab range (52.1 > 51.0); the estradiol's High agrees with "
    "8.0-35.0; the protocol note (8 weeks, week 10) is no row")
add("CS06", J("Your Wellness Panel    Results",
              "Out of range (2)",
              C("HbA1c", "5.9 %", "Lab range 4.8-5.6 %", "Out of range"),
              C("Triglycerides", "188 mg/dL", "Lab range 0-149 mg/dL", "Out of range"),
              "In range (3)",
              C("HDL Cholesterol", "47 mg/dL", "Lab range >39 mg/dL", "In range"),
              C("TSH", "1.6 mIU/L", "Lab range 0.45-4.50 mIU/L", "In range"),
              C("Vitamin B12", "540 pg/mL", "Lab range 232-1245 pg/mL", "In range")),
    [R("hemoglobin-a1c", 5.9, "%", "%", printed="abnormal", rng="4.8..5.6"),
     R("triglycerides", 188, "mg/dL", "mg/dL", printed="abnormal", rng="0..149"),
     R("hdl-cholesterol", 47, "mg/dL", "mg/dL", printed="normal", rng="39.."),
     R("thyroid-stimulating-hormone", 1.6, "mIU/L", "m[IU]/L", printed="normal", rng="0.45..4.50"),
     R("vitamin-b12", 540, "pg/mL", "pg/mL", printed="normal", rng="232..1245")],
    "retail wellness panel; 'Out of range' printed without a direction -> abnormal (the values are above their ranges, "
    "a reader computing high from the bounds is close); the counts '(2)' and '(3)' in the headings are no values")
add("CS07", J("Hormones",
              "Free Testosterone", "7.2 pg/mL", "Below range",
              "Lab range 8.7-25.1 pg/mL    Optimal range 15-25 pg/mL",
              "DHEA-S", "88 ug/dL", "Below range",
              "Lab range 102.6-416.3 ug/dL    Optimal range 250-450 ug/dL",
              "IGF-1", "164 ng/mL", "In range",
              "Lab range 88-246 ng/mL    Optimal range 150-250 ng/mL",
              "SHBG", "61 nmol/L", "Above range",
              "Lab range 16.5-55.9 nmol/L    Optimal range 20-50 nmol/L"),
    [R("testosterone-free", 7.2, "pg/mL", "pg/mL", printed="low", rng="8.7..25.1"),
     R("dhea-sulfate", 88, "ug/dL", "ug/dL", printed="low", rng="102.6..416.3"),
     R("somatomedin-c", 164, "ng/mL", "ng/mL", printed="normal", rng="88..246"),
     R("shbg", 61, "nmol/L", "nmol/L", printed="high", rng="16.5..55.9")],
    "consumer card layout with the lab range and the optimal range on one line: the first interval ('Lab range') is "
    "the row's range; " + OPT)
add("CS08", J("Nutrients & Inflammation    Last tested Mar 2025",
              "Magnesium  2.0 mg/dL  In range",
              "Lab range: 1.6-2.3 mg/dL",
              "Optimal: 2.1-2.3 mg/dL",
              "Omega-3 Index  4.1 %  Below range",
              "Lab range: >5.4 %",
              "Optimal: >8.0 %",
              "Homocysteine  9.1 umol/L  In range",
              "Lab range: 0.0-14.5 umol/L",
              "Optimal: <7.0 umol/L",
              "Vitamin D, 25-Hydroxy  71 ng/mL  In range",
              "Lab range: 30-100 ng/mL",
              "Optimal: 50-80 ng/mL",
              "Zinc  88 ug/dL  In range",
              "Lab range: 60-130 ug/dL"),
    [R("magnesium", 2.0, "mg/dL", "mg/dL", printed="normal", rng="1.6..2.3"),
     R("omega-3-index", 4.1, "%", "%", printed="low", rng="5.4.."),
     R("homocysteine", 9.1, "umol/L", "umol/L", printed="normal", rng="0.0..14.5"),
     R("vitamin-d", 71, "ng/mL", "ng/mL", printed="normal", rng="30..100"),
     R("zinc", 88, "ug/dL", "ug/dL", printed="normal", rng="60..130")],
    "consumer export, 'name  value  status' then 'Lab range:' and 'Optimal:' lines; magnesium 2.0 is outside its "
    "optimal 2.1-2.3 but inside the lab range -> normal; " + OPT + "; 'Omega-3' and '25' are name digits")
add("CS09", J("Metabolic Health",
              C("Fasting Insulin", "4.2 uIU/mL", "In range", "Lab range 2.6-24.9", "Optimal 2-6"),
              C("HOMA-IR", "0.9", "Optimal <1.5"),
              C("Glucose", "87 mg/dL", "In range", "Lab range 65-99", "Optimal 72-90"),
              C("Hemoglobin A1c", "5.3 %", "In range", "Lab range 4.8-5.6", "Optimal <5.4"),
              C("Uric Acid", "5.1 mg/dL", "In range", "Lab range 3.8-8.4", "Optimal <5.5"),
              "HOMA-IR is calculated by us from your fasting insulin and glucose: (insulin x glucose) / 405"),
    [R("insulin", 4.2, "uIU/mL", "u[IU]/mL", printed="normal", rng="2.6..24.9"),
     R("homa-ir", 0.9, "", "{index}"),
     R("glucose", 87, "mg/dL", "mg/dL", printed="normal", rng="65..99"),
     R("hemoglobin-a1c", 5.3, "%", "%", printed="normal", rng="4.8..5.6"),
     R("uric-acid", 5.1, "mg/dL", "mg/dL", printed="normal", rng="3.8..8.4")],
    "consumer export; HOMA-IR (catalog {index}) has only the service's optimal '<1.5' and no lab range -> range empty, "
    "flag null (" + OPT + "); the formula note (405) is no row")
add("CS10", J("Thyroid    4 of 4 in range",
              "TSH  2.14 uIU/mL",
              "In range  ·  Lab range 0.45-4.50  ·  Optimal 0.5-2.5",
              "Free T4  1.22 ng/dL",
              "In range  ·  Lab range 0.82-1.77  ·  Optimal 1.1-1.5",
              "Free T3  3.1 pg/mL",
              "In range  ·  Lab range 2.0-4.4  ·  Optimal 3.0-4.0",
              "Thyroglobulin Antibodies  <1 IU/mL",
              "In range  ·  Lab range <1  ·  Optimal <1"),
    [R("thyroid-stimulating-hormone", 2.14, "uIU/mL", "m[IU]/L", printed="normal", rng="0.45..4.50"),
     R("free-t4", 1.22, "ng/dL", "ng/dL", printed="normal", rng="0.82..1.77"),
     R("free-t3", 3.1, "pg/mL", "pg/mL", printed="normal", rng="2.0..4.4"),
     R("thyroglobulin-antibody", 1, "IU/mL", "[IU]/mL", printed="normal", rng="..1", vt="<1")],
    "consumer export with the status and both ranges on one line under the value; the lab range is the row's range; "
    "thyroglobulin antibodies censored '<1' against '<1' (normal), normalized from its bound, IU/mL = [IU]/mL; "
    "'4 of 4 in range' is a summary count")
add("CS11", J("Kidney & Aging",
              "Biological Age  38.2 years  (chronological age 44)",
              C("Cystatin C", "0.92 mg/L", "In range", "Lab range 0.61-0.95 mg/L"),
              C("eGFR", "94 mL/min/1.73m2", "In range", "Lab range >59"),
              C("Creatinine", "0.98 mg/dL", "In range", "Lab range 0.76-1.27 mg/dL"),
              C("BUN", "14 mg/dL", "In range", "Lab range 6-24 mg/dL"),
              C("Albumin", "4.6 g/dL", "In range", "Lab range 3.8-4.9 g/dL")),
    [R("cystatin-c", 0.92, "mg/L", "mg/L", printed="normal", rng="0.61..0.95"),
     R("egfr", 94, "mL/min/1.73m2", "mL/min/{1.73_m2}", printed="normal", rng="59.."),
     R("creatinine", 0.98, "mg/dL", "mg/dL", printed="normal", rng="0.76..1.27"),
     R("blood-urea-nitrogen", 14, "mg/dL", "mg/dL", printed="normal", rng="6..24"),
     R("albumin", 4.6, "g/dL", "g/dL", printed="normal", rng="3.8..4.9")],
    "consumer export; the 'Biological Age' line is a score the service computes from the results, with the patient's "
    "age, not a laboratory result: no row")

# ======================= 6. A provider's portal message pasted in prose (PM) =======================
add("PM01", J("From: Elena Alvarez, MD    Sent: 03/18/2025 4:12 PM",
              "Hi Mark, your labs are back. Your TSH was 2.3 (normal 0.45-4.5) and your free T4 1.2 (0.8-1.8). Thyroid looks good, no changes to your dose. - Dr. Alvarez"),
    [R("thyroid-stimulating-hormone", 2.3, "", "", rng="0.45..4.5"),
     R("free-t4", 1.2, "", "", rng="0.8..1.8")],
    "a provider's message in prose: value, then the range in parentheses; no unit is printed, so nothing is "
    "normalized (the unit is not guessed); flags computed from the printed ranges; the T4 is a name digit; the "
    "sent time is no row")
add("PM02", J("Message from your care team",
              "Your total testosterone came back at 1,284 ng/dL, which is above the lab's range of 264-916, and your hematocrit is 53.8% (range 37.5-51.0). Let's lower your dose to 0.4 mL twice weekly and recheck in 6 weeks. Please also donate blood if your hematocrit is over 54."),
    [R("testosterone", 1284, "ng/dL", "ng/dL", printed="high", rng="264..916"),
     R("hematocrit", 53.8, "%", "%", rng="37.5..51.0")],
    "prose; 'above the lab's range' is the provider's high flag, agreeing with 264-916; the hematocrit's high is "
    "computed; the dose (0.4 mL), the interval (6 weeks) and the donation threshold (54) are no rows")
add("PM03", J("RE: Lab results",
              "Estradiol was 52 pg/mL (ref 8-35), a bit high, so continue anastrozole 0.25 mg twice a week. PSA 1.1 ng/mL (0-4) is fine."),
    [R("estradiol", 52, "pg/mL", "pg/mL", printed="high", rng="8..35"),
     R("prostate-specific-antigen", 1.1, "ng/mL", "ng/mL", rng="0..4")],
    "prose; 'a bit high' is the provider's high flag (agrees); the anastrozole dose is no row")
add("PM04", J("Good news: your vitamin D is now 46 ng/mL (30-100), up from 22 in October. Ferritin is 88 ng/mL (30-400). B12 is 1,460 pg/mL, slightly above range (232-1245) because of the injections; we can skip next month's shot."),
    [R("vitamin-d", 46, "ng/mL", "ng/mL", rng="30..100"),
     R("ferritin", 88, "ng/mL", "ng/mL", rng="30..400"),
     R("vitamin-b12", 1460, "pg/mL", "pg/mL", printed="high", rng="232..1245")],
    "prose; 'up from 22 in October' is a previous result, not a row; 'slightly above range' is a high flag (agrees); "
    "1,460 has a thousands separator")
add("PM05", J("Hi Jordan - quick summary of your metabolic labs from 5/2:",
              "Your A1c is 5.5% (4.8-5.6), fasting insulin 11 uIU/mL (2.6-24.9), and fasting glucose 97 mg/dL (70-99). Your ApoB is 74 mg/dL (<90) and Lp(a) 41 nmol/L (<75.0), both good.",
              "Dr. Kim"),
    [R("hemoglobin-a1c", 5.5, "%", "%", rng="4.8..5.6"),
     R("insulin", 11, "uIU/mL", "u[IU]/mL", rng="2.6..24.9"),
     R("glucose", 97, "mg/dL", "mg/dL", rng="70..99"),
     R("apolipoprotein-b", 74, "mg/dL", "mg/dL", rng="..90"),
     R("lipoprotein-a", 41, "nmol/L", "nmol/L", rng="..75.0")],
    "prose with five results, each with its range in parentheses; 'both good' is a comment, not a printed flag (the "
    "computed flags are normal anyway); the date 5/2 and the A1c's 1 are no values")
add("PM06", J("IGF-1 came back at 318 ng/mL (reference 88-246), higher than we want on the peptide, so please hold it for 2 weeks. Your AM cortisol was 3.1 mcg/dL (6.2-19.4), which is low; we'll repeat it with an ACTH stimulation test at 8 AM."),
    [R("somatomedin-c", 318, "ng/mL", "ng/mL", printed="high", rng="88..246"),
     R("cortisol", 3.1, "mcg/dL", "ug/dL", printed="low", rng="6.2..19.4")],
    "prose; 'higher than we want' and 'which is low' are the provider's flags (agree with the ranges); mcg/dL = "
    "ug/dL; '2 weeks' and '8 AM' are no values")

# ======================= 7. No result at all (NR) =======================
add("NR01", J("Test Results",
              "Sort by: Date    Filter: All providers",
              "Lipid Panel    Mar 14, 2025    Dana Whitfield, MD    New",
              "Testosterone Free and Total (LC/MS)    Mar 14, 2025    Dana Whitfield, MD",
              "CBC with Differential    Feb 3, 2025    Dana Whitfield, MD",
              "Showing 3 of 27 results    Load more"),
    "-",
    "MyChart's result list: test names with dates and a provider, no values; 'LC/MS' is a method and '3 of 27' a "
    "count")
add("NR02", J("Appointment Reminder",
              "Your lab appointment is on 04/02/2025 at 7:30 AM at 1550 Oak Park Ave, Suite 200, Springfield, IL 62704.",
              "Please fast for 10-12 hours before your blood draw (water is OK). Testosterone should be drawn before 10 AM.",
              "Call 217-555-0148 to reschedule. Arrive 15 minutes early."),
    "-",
    "an appointment reminder: dates, times, address, fasting hours and phone numbers, no result; 'Testosterone ... "
    "before 10 AM' is an instruction")
add("NR03", J("Testosterone, Free (Dialysis) and Total, MS",
              T("Component", "Your Value", "Standard Range", "Flag"),
              T("Testosterone, Free", "Pending", "35.0 - 155.0 pg/mL"),
              T("Testosterone, Total, MS", "Pending", "250 - 1100 ng/dL"),
              "Result status: Preliminary    Collected: 05/02/2025 8:01 AM"),
    "-",
    "both components are still pending: the standard ranges are printed but there is no value, so no row")
add("NR04", J("INSULIN-LIKE GROWTH FACTOR I",
              "Status: Canceled",
              "Specimen received hemolyzed. Test canceled 03/15/2025 11:20 AM. Please recollect.",
              "Reference Range: 52-328 ng/mL"),
    "-",
    "a canceled test with its reference range and no value")
add("NR05", J("Interpretive information",
              "hs-CRP (mg/L)  Risk according to AHA/CDC guidelines:",
              "<1.0  Lower relative cardiovascular risk",
              "1.0-3.0  Average relative cardiovascular risk",
              "3.1-10.0  Higher relative cardiovascular risk",
              ">10.0  Persistently elevated results may be associated with infection and inflammation."),
    "-",
    "an interpretive table alone: tier bounds with no patient value ('<1.0' and '>10.0' are tier labels, not censored "
    "results)")
add("NR06", J("Quest Diagnostics Incorporated    Client #: 97031442    Specimen: WD551204Y",
              "Patient: DOE, JOHN    DOB: 07/09/1968    Age: 56    Gender: M    Phone: 312-555-0177",
              "Collected: 02/11/2025 07:42    Received: 02/11/2025 12:10    Reported: 02/13/2025 05:31",
              QUEST_FOOT,
              "Page 3 of 3"),
    "-",
    "a Quest header and footer: client, specimen, birth date, age, phone, times, address, CLIA and page numbers, no "
    "result")
add("NR07", J("Your Summary",
              "12 of 14 biomarkers in range    2 above range",
              "Retest in 90 days to track progress",
              "Members who retest see an average 8% improvement in 3 months",
              "Upgrade to Annual Plan  $499"),
    "-",
    "a consumer service's summary screen: counts, days, a percentage and a price, no result")
add("NR08", J("9:41", "Messages",
              "Dr. Whitfield    Yesterday",
              "Your lab results from 03/14 are in. I reviewed them and will go over everything at your visit on 3/28 at 2:15 PM.",
              "Results (3)    Visits (1)",
              "Reply    Forward"),
    "-",
    "a portal message without any value: dates, times and chrome counts")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "keyed.tsv")
ids = [c[0] for c in cases]
assert len(ids) == len(set(ids))
with open(out, "w", encoding="utf-8") as fh:
    fh.write("id\tline\texpected\twhy\n")
    for c in cases: fh.write("\t".join(c) + "\n")
nrows = sum(0 if c[2] == "-" else len(c[2].split(" ;; ")) for c in cases)
kinds = {}
for i in ids: kinds[i[:2]] = kinds.get(i[:2], 0) + 1
flags = {}
for c in cases:
    if c[2] == "-": continue
    for r in c[2].split(" ;; "):
        fl = r.split("|")[2]; flags[fl] = flags.get(fl, 0) + 1
print(len(cases), "snippets,", nrows, "rows,", sum(c[2] == "-" for c in cases), "without a result")
print(kinds)
print(flags)
