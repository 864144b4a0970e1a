#!/usr/bin/env python3
"""Writes keyed.tsv (keyed set 14, "the columns of a laboratory printout"): made-up snippets of what a longevity and
hormone clinic's patients upload as text extracted from a laboratory PDF or a hospital printout, each testing how a
reader finds the columns of a table and which number on a line is the current result -- previous-result columns,
cumulative reports (newest column on the left or on the right), delta / % change / trend columns, site, method,
status and LOINC code columns, columns with no header, multi-page printouts, names on their own line or wrapped, and
documents with no result (a cumulative header, a requisition, an invoice, a pending page, specimen tracking, a chart's
axis labels, a reference-interval directory).  US, UK, Canada, Australia, India, Germany/Austria, the Netherlands and
South Africa.

Columns: id, line, expected, why.  `expected` is `-` (no result) or rows `biomarker|valueText|flag|normalizedValue|
normalizedUnit|range` joined by ' ;; ', in report order.  `biomarker` is the catalog key, or `?` and the printed name
when no catalog entry fits the analyte and specimen.  `valueText` holds a word result only.  `normalizedValue` is in
the catalog's ucumUnit to 3 significant figures (for a ?row: the printed number, in the printed unit's UCUM spelling);
both are empty when the row prints no unit (except dimensionless catalog entries: {ratio}, {index}) or for a word
result.  `range` is `low..high` in the printed unit (an open side empty), `text` (words printed where the range goes)
or empty.  Flags: the printed one (H/High/(H) -> high; L/Low -> low), else computed from the bounds, `null` with no
numeric range.  A trend arrow or a change column is never a flag.  Multi-line snippets use the two characters \\n.

The helpers are keyed-functional/gen_cases.py's (same row encoding; same checks: every printed flag against the
bounds, no value on a bound); the script does every unit conversion and writes it into `why`, checks the printed
sums, ratios, differences and calculated values against their parts, then checks every catalog key and normalized
unit against the catalog modules (../../../biomarkers/catalog/biomarker-catalog.v*.ts) and prints the counts.
"""
import glob, json, math, os

def sig3(x):
    if x == 0: return "0"
    d = 3 - int(math.floor(math.log10(abs(x)))) - 1
    return f"{round(x, d):.{max(d, 0)}f}"

# ---- factors to the catalog's ucumUnit; (factor or function, how it is written in `why`); molar masses are the
# ---- catalog's (v1, v2, v9)
TESTO_NMOL = (28.842, "x 28.842 (testosterone 288.42 g/mol: nmol/L -> ng/dL)")
TESTO_NGML = (100.0, "x 100 (ng/mL -> ng/dL)")
FT_PMOL    = (0.28842, "x 0.28842 (testosterone 288.42 g/mol: pmol/L -> pg/mL)")
FT_NMOL    = (288.42, "x 288.42 (testosterone 288.42 g/mol: nmol/L -> pg/mL)")
FT_NGDL    = (10.0, "x 10 (ng/dL -> pg/mL)")
E2_PMOL    = (0.27238, "x 0.27238 (estradiol 272.38 g/mol: pmol/L -> pg/mL)")
CHOL_MMOL  = (38.665, "x 38.665 (cholesterol 386.65 g/mol: mmol/L -> mg/dL)")
TG_MMOL    = (88.57, "x 88.57 (triglycerides 885.7 g/mol: mmol/L -> mg/dL)")
CREA_UMOL  = (0.011312, "x 0.011312 (creatinine 113.12 g/mol: umol/L -> mg/dL)")
UREA_MMOL  = (6.006, "x 6.006 (urea 60.06 g/mol: mmol/L -> mg/dL)")
VITD_NMOL  = (0.40064, "x 0.40064 (25-OH vitamin D 400.64 g/mol: nmol/L -> ng/mL)")
HGB_GL     = (0.1, "x 0.1 (g/L -> g/dL)")
HGB_MMOL   = (1.61145, "x 1.61145 (haemoglobin monomer 16114.5 g/mol: mmol/L -> g/dL)")
HCT_LL     = (100.0, "x 100 (L/L -> %)")
ALB_GL     = (0.1, "x 0.1 (g/L -> g/dL)")
BILI_UMOL  = (0.058466, "x 0.058466 (bilirubin 584.66 g/mol: umol/L -> mg/dL)")
APOB_GL    = (100.0, "x 100 (g/L -> mg/dL)")
FT4_PMOL   = (0.077687, "x 0.077687 (thyroxine 776.87 g/mol: pmol/L -> ng/dL)")
FT3_PMOL   = (0.65097, "x 0.65097 (triiodothyronine 650.97 g/mol: pmol/L -> pg/mL)")
T3_NGML    = (100.0, "x 100 (ng/mL -> ng/dL)")
B12_PMOL   = (1.35537, "x 1.35537 (cobalamin 1355.37 g/mol: pmol/L -> pg/mL)")
FOL_NMOL   = (0.4414, "x 0.4414 (folate 441.4 g/mol: nmol/L -> ng/mL)")
IRON_UMOL  = (5.5845, "x 5.5845 (iron 55.845 g/mol: umol/L -> ug/dL)")
CORT_NMOL  = (0.036246, "x 0.036246 (cortisol 362.46 g/mol: nmol/L -> ug/dL)")
DHEAS_UMOL = (36.85, "x 36.85 (DHEA sulfate 368.5 g/mol: umol/L -> ug/dL)")
IGF1_NMOL  = (7.649, "x 7.649 (IGF-1 7649 g/mol, catalog v9: nmol/L -> ng/mL)")
ACR_MGMMOL = (1 / 0.11312, "/ 0.11312 (creatinine 113.12 g/mol, 1 mmol = 0.11312 g: mg/mmol -> mg/g)")
A1C_IFCC   = (lambda x: 0.09148 * x + 2.152, "0.09148 x IFCC + 2.152 (NGSP/IFCC master equation: mmol/mol -> %)")

NL = "\\n"   # the two characters backslash, n
def J(*lines): return NL.join(lines)
def C(*fields): return "  ".join(fields)        # two spaces between fields

def A(widths, *fields):
    """One printout line aligned in fixed columns: field i is padded to widths[i] (at least two spaces follow every
    non-empty field); an empty field is a blank cell, so later fields keep their column."""
    assert len(widths) >= len(fields) - 1, (widths, fields)
    out = ""
    for i, x in enumerate(fields):
        if i < len(fields) - 1:
            assert len(x) <= widths[i] - 2, ("field too wide", x, widths[i])
            out += x.ljust(widths[i])
        else:
            out += x
    return out.rstrip()

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

def fmtv(v): return str(int(v)) if float(v).is_integer() else str(v)

COMPATIBLE = {"high": ("high",), "low": ("low",), "abnormal": ("high", "low"), "normal": ("normal",)}

def R(bm, pv=None, pu="", nu="", f=None, *, printed=None, rng="", vt=""):
    """One expected row (as keyed-functional): bm catalog key or ?Printed Name; pv the printed number; pu the printed
    unit; nu the catalog ucumUnit ('' = no unit printed; for a ?row the printed unit in UCUM); f None or (factor or
    function, label); printed the printed flag mapped; rng the range as keyed; vt a word result (no number)."""
    note = ""
    if vt:
        assert pv is None and nu == "", (bm, vt)
    if pv is None or nu == "":
        nv, nu = "", ""
    else:
        x = (f[0](pv) if callable(f[0]) else pv * f[0]) if f else pv
        nv = sig3(x)
        if f:
            note = f"{bm} {fmtv(pv)} {pu} {f[1]} = {nv} {nu}"
    c = computed_flag(pv, rng)
    if printed:
        assert printed in FLAGS, printed
        assert c == "null" or c in COMPATIBLE[printed], (bm, pv, rng, printed, c)
        fl = printed
    else:
        fl = c
    return {"s": f"{bm}|{vt}|{fl}|{nv}|{nu}|{rng}", "rng": rng or "none", "note": note}

def chk(label, got, want, tol):
    """A number the printout derives from others (a sum, a ratio, a difference, a calculated value) must agree."""
    assert abs(got - want) <= tol, ("inconsistent", label, got, want)

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

# ======================= 1. Previous-result columns (PV) =======================
w = [30, 9, 6, 8, 13, 10]
add("PV01", J("RIVERSIDE REGIONAL LABORATORY  -  Final Report    Patient: MORRIS, DANIEL    DOB 06/22/1974    Collected 10/06/2025 07:52",
              A(w, "Test", "Result", "Flag", "Units", "Ref Range", "Previous", "Prev Date"),
              A(w, "Testosterone, Total", "712", "", "ng/dL", "264-916", "538", "07/08/2025"),
              A(w, "Testosterone, Free", "251.3", "H", "pg/mL", "46.0-224.0", "168.2", "07/08/2025"),
              A(w, "Estradiol", "31", "", "pg/mL", "8-35", "41 H", "07/08/2025"),
              A(w, "Sex Hormone Binding Globulin", "28", "", "nmol/L", "16.5-55.9", "31", "07/08/2025"),
              A(w, "PSA, Total", "0.9", "", "ng/mL", "0.0-4.0", "0.7", "01/14/2025"),
              A(w, "Hematocrit", "51.8", "H", "%", "38.5-50.0", "49.6", "07/08/2025"),
              A(w, "Hemoglobin", "17.4", "H", "g/dL", "13.2-17.1", "16.8", "07/08/2025")),
    [R("testosterone", 712, "ng/dL", "ng/dL", rng="264..916"),
     R("testosterone-free", 251.3, "pg/mL", "pg/mL", printed="high", rng="46.0..224.0"),
     R("estradiol", 31, "pg/mL", "pg/mL", rng="8..35"),
     R("shbg", 28, "nmol/L", "nmol/L", rng="16.5..55.9"),
     R("prostate-specific-antigen", 0.9, "ng/mL", "ng/mL", rng="0.0..4.0"),
     R("hematocrit", 51.8, "%", "%", printed="high", rng="38.5..50.0"),
     R("hemoglobin", 17.4, "g/dL", "g/dL", printed="high", rng="13.2..17.1")],
    "Only the Result column is a row: the Previous value and its date are history, and the 'H' after the previous "
    "estradiol (41 H) is that old result's flag, so the current 31 is computed normal")

w = [26, 24, 22, 6, 8]
add("PV02", J("Dynacare-style Community Laboratory  -  Ontario    Collected: 2025-09-16 08:05    Report status: Final",
              A(w, "Test", "Previous (2025-03-04)", "Result (2025-09-16)", "Flag", "Units", "Reference Range"),
              A(w, "Testosterone", "14.2", "23.6", "", "nmol/L", "8.4-28.8"),
              A(w, "Free Testosterone (calc)", "248", "412", "", "pmol/L", "174-729"),
              A(w, "Estradiol", "88", "121", "", "pmol/L", "<150"),
              A(w, "Hemoglobin", "158", "182", "H", "g/L", "135-175"),
              A(w, "Hematocrit", "0.47", "0.54", "H", "L/L", "0.40-0.50"),
              A(w, "PSA", "0.62", "0.81", "", "ug/L", "<4.5"),
              A(w, "Apolipoprotein B", "0.96", "0.88", "", "g/L", "<1.00"),
              A(w, "Hemoglobin A1C", "5.6", "5.8", "", "%", "4.0-6.0")),
    [R("testosterone", 23.6, "nmol/L", "ng/dL", TESTO_NMOL, rng="8.4..28.8"),
     R("testosterone-free", 412, "pmol/L", "pg/mL", FT_PMOL, rng="174..729"),
     R("estradiol", 121, "pmol/L", "pg/mL", E2_PMOL, rng="..150"),
     R("hemoglobin", 182, "g/L", "g/dL", HGB_GL, printed="high", rng="135..175"),
     R("hematocrit", 0.54, "L/L", "%", HCT_LL, printed="high", rng="0.40..0.50"),
     R("prostate-specific-antigen", 0.81, "ug/L", "ng/mL", rng="..4.5"),
     R("apolipoprotein-b", 0.88, "g/L", "mg/dL", APOB_GL, rng="..1.00"),
     R("hemoglobin-a1c", 5.8, "%", "%", rng="4.0..6.0")],
    "The previous column stands BEFORE the current one, so the first number after each name is the 2025-03-04 value "
    "and the second (under 'Result (2025-09-16)') is the row; ug/L = ng/mL for PSA")

w = [26, 16, 17]
add("PV03", J("Lancet-style Laboratories  -  Johannesburg    Patient: N. DLAMINI    Male 47 y    Lab no 25J0912874    Collected 12/09/2025",
              "ENDOCRINOLOGY",
              A(w, "Testosterone (total)", "19.4 nmol/L", "(8.6 - 29.0)", "[Prev: 11.2 on 14/01/2025]"),
              A(w, "SHBG", "32 nmol/L", "(18.3 - 54.1)", "[Prev: 35 on 14/01/2025]"),
              A(w, "Free testosterone (calc)", "0.412 nmol/L", "(0.198 - 0.619)", "[Prev: 0.221 on 14/01/2025]"),
              A(w, "Oestradiol", "104 pmol/L", "(41 - 159)", "[Prev: 168 H on 14/01/2025]"),
              A(w, "Prolactin", "9.6 ug/L", "(4.0 - 15.2)"),
              A(w, "PSA (total)", "1.12 ug/L", "(0.00 - 4.00)", "[Prev: 0.98 on 14/01/2025]")),
    [R("testosterone", 19.4, "nmol/L", "ng/dL", TESTO_NMOL, rng="8.6..29.0"),
     R("shbg", 32, "nmol/L", "nmol/L", rng="18.3..54.1"),
     R("testosterone-free", 0.412, "nmol/L", "pg/mL", FT_NMOL, rng="0.198..0.619"),
     R("estradiol", 104, "pmol/L", "pg/mL", E2_PMOL, rng="41..159"),
     R("prolactin", 9.6, "ug/L", "ng/mL", rng="4.0..15.2"),
     R("prostate-specific-antigen", 1.12, "ug/L", "ng/mL", rng="0.00..4.00")],
    "Each previous result is printed in brackets with its date after the range ('[Prev: 168 H on 14/01/2025]'): no "
    "row, and its H is not the current oestradiol's flag; ug/L = ng/mL for prolactin and PSA")

chk("PV04 LDL (Friedewald, mmol/L)", 5.6 - 1.42 - 1.9 / 2.2, 3.3, 0.05)
chk("PV04 non-HDL", 5.6 - 1.42, 4.2, 0.05)
chk("PV04 previous non-HDL", 5.1 - 1.38, 3.7, 0.05)
add("PV04", J("Pathology results  -  GP record export    NHS No. 401 023 2137    Sample date 09/09/2025",
              C("Serum cholesterol", "5.6 mmol/L", "[<5.0]"),
              "    Last result: 5.1 (12/03/2024)",
              C("Serum HDL cholesterol", "1.42 mmol/L", "[>1.00]"),
              "    Last result: 1.38 (12/03/2024)",
              C("Serum triglycerides", "1.9 mmol/L", "[<1.7]"),
              "    Last result: 2.3 (12/03/2024)",
              C("Serum LDL cholesterol", "3.3 mmol/L", "[<3.0]"),
              C("Non HDL cholesterol level", "4.2 mmol/L", "[<4.0]"),
              "    Last result: 3.7 (12/03/2024)",
              C("HbA1c level - IFCC standardised", "39 mmol/mol", "[20 - 41]"),
              "    Last result: 41 (12/03/2024)",
              C("Serum TSH level", "2.14 mU/L", "[0.27 - 4.20]")),
    [R("total-cholesterol", 5.6, "mmol/L", "mg/dL", CHOL_MMOL, rng="..5.0"),
     R("hdl-cholesterol", 1.42, "mmol/L", "mg/dL", CHOL_MMOL, rng="1.00.."),
     R("triglycerides", 1.9, "mmol/L", "mg/dL", TG_MMOL, rng="..1.7"),
     R("ldl-cholesterol", 3.3, "mmol/L", "mg/dL", CHOL_MMOL, rng="..3.0"),
     R("non-hdl-cholesterol", 4.2, "mmol/L", "mg/dL", CHOL_MMOL, rng="..4.0"),
     R("hemoglobin-a1c", 39, "mmol/mol", "%", A1C_IFCC, rng="20..41"),
     R("thyroid-stimulating-hormone", 2.14, "mU/L", "m[IU]/L", rng="0.27..4.20")],
    "The indented 'Last result: 5.1 (12/03/2024)' lines under a result are its previous value and date, no rows; no "
    "flags are printed, so they are computed against the bracketed ranges; mU/L = m[IU]/L")

w = [24, 9, 21]
chk("PV05 UIBC = TIBC - iron", 262 - 141, 121, 0)
chk("PV05 previous UIBC", 301 - 97, 204, 0)
chk("PV05 saturation = iron / TIBC", 100 * 141 / 262, 54, 0.5)
chk("PV05 previous saturation", 100 * 97 / 301, 32, 0.5)
add("PV05", J("MyChart-style - Test Results    Iron Panel, Ferritin, B12, Vitamin D    Collected on Oct 2, 2025 7:41 AM",
              A(w, "Component", "Value", "Ref Range & Units", "Previous Value"),
              A(w, "Ferritin", "212", "24 - 336 ng/mL", "188 (02/10/2025)"),
              A(w, "Iron", "141", "59 - 158 ug/dL", "97 (02/10/2025)"),
              A(w, "TIBC", "262", "250 - 450 ug/dL", "301 (02/10/2025)"),
              A(w, "UIBC", "121", "111 - 343 ug/dL", "204 (02/10/2025)"),
              A(w, "% Saturation", "54 (H)", "20 - 50 %", "32 (02/10/2025)"),
              A(w, "Vitamin B12", "612", "232 - 1,245 pg/mL", "455 (02/10/2025)"),
              A(w, "Vitamin D, 25-Hydroxy", "41.5", "30.0 - 100.0 ng/mL", "22.1 (L) (02/10/2025)")),
    [R("ferritin", 212, "ng/mL", "ng/mL", rng="24..336"),
     R("iron", 141, "ug/dL", "ug/dL", rng="59..158"),
     R("total-iron-binding-capacity", 262, "ug/dL", "ug/dL", rng="250..450"),
     R("?UIBC", 121, "ug/dL", "ug/dL", rng="111..343"),
     R("transferrin-saturation", 54, "%", "%", printed="high", rng="20..50"),
     R("vitamin-b12", 612, "pg/mL", "pg/mL", rng="232..1245"),
     R("vitamin-d", 41.5, "ng/mL", "ng/mL", rng="30.0..100.0")],
    "An Epic-style table whose range and units share one column ('24 - 336 ng/mL'); the Previous Value column, with "
    "its own '(L)' on the vitamin D, is history; UIBC (unsaturated iron-binding capacity) has no catalog entry, and "
    "'1,245' is 1245")

w = [22, 11, 22, 9]
add("PV06", J("Labor Dr. Berger & Kollegen  -  Befundbericht    Pat.: K., Thomas  geb. 14.03.1969    Eingang 08.10.2025",
              A(w, "Untersuchung", "Ergebnis", "Vorwert (12.02.2025)", "Einheit", "Referenzbereich"),
              A(w, "Testosteron", "5,84", "3,12", "ng/ml", "2,49 - 8,36"),
              A(w, "Freies Testosteron", "104,2", "62,0", "pg/ml", "46 - 224"),
              A(w, "Östradiol", "36,4", "52,1 H", "pg/ml", "11,3 - 43,2"),
              A(w, "SHBG", "31,8", "35,6", "nmol/l", "18,3 - 54,1"),
              A(w, "LH", "4,2", "5,9", "mU/ml", "1,7 - 8,6"),
              A(w, "Prolaktin", "11,8", "9,7", "ng/ml", "4,0 - 15,2"),
              A(w, "Hämatokrit", "53,1 H", "48,9", "%", "40,0 - 52,0"),
              A(w, "PSA gesamt", "0,71", "0,64", "ng/ml", "< 4,0")),
    [R("testosterone", 5.84, "ng/mL", "ng/dL", TESTO_NGML, rng="2.49..8.36"),
     R("testosterone-free", 104.2, "pg/mL", "pg/mL", rng="46..224"),
     R("estradiol", 36.4, "pg/mL", "pg/mL", rng="11.3..43.2"),
     R("shbg", 31.8, "nmol/L", "nmol/L", rng="18.3..54.1"),
     R("luteinizing-hormone", 4.2, "mU/mL", "m[IU]/mL", rng="1.7..8.6"),
     R("prolactin", 11.8, "ng/mL", "ng/mL", rng="4.0..15.2"),
     R("hematocrit", 53.1, "%", "%", printed="high", rng="40.0..52.0"),
     R("prostate-specific-antigen", 0.71, "ng/mL", "ng/mL", rng="..4.0")],
    "A German report with decimal commas whose 'Vorwert' (previous value) column sits between the result and the "
    "unit: no rows, and '52,1 H' is the old oestradiol's flag; names keyed by meaning, mU/ml = m[IU]/mL")

# ======================= 2. Cumulative reports (CU) =======================
w = [16, 10, 10, 10, 10, 9]
add("CU01", J("Laverty-style Pathology  -  CUMULATIVE REPORT    Mr P. ANDERSON    DOB 02/05/1978    Ref: Dr L. Chen",
              A(w, "Date", "12/08/24", "19/11/24", "03/03/25", "16/06/25", "Units", "Ref Range"),
              A(w, "Time", "08:10", "07:55", "08:20", "08:05"),
              A(w, "Lab No.", "4418223", "5521906", "6603318", "7710452"),
              A(w, "Testosterone", "11.8", "24.6", "34.9H", "27.3", "nmol/L", "(8.0-29.0)"),
              A(w, "SHBG", "38", "33", "27", "29", "nmol/L", "(15-50)"),
              A(w, "Oestradiol", "95", "152", "251H", "140", "pmol/L", "(40-160)"),
              A(w, "Haemoglobin", "148", "161", "178H", "171", "g/L", "(130-175)"),
              A(w, "Haematocrit", "0.44", "0.48", "0.53H", "0.51H", "L/L", "(0.40-0.50)"),
              A(w, "PSA", "0.5", "", "0.7", "0.8", "ug/L", "(<2.5)"),
              A(w, "Ferritin", "", "", "62", "45", "ug/L", "(30-500)")),
    [R("testosterone", 27.3, "nmol/L", "ng/dL", TESTO_NMOL, rng="8.0..29.0"),
     R("shbg", 29, "nmol/L", "nmol/L", rng="15..50"),
     R("estradiol", 140, "pmol/L", "pg/mL", E2_PMOL, rng="40..160"),
     R("hemoglobin", 171, "g/L", "g/dL", HGB_GL, rng="130..175"),
     R("hematocrit", 0.51, "L/L", "%", HCT_LL, printed="high", rng="0.40..0.50"),
     R("prostate-specific-antigen", 0.8, "ug/L", "ng/mL", rng="..2.5"),
     R("ferritin", 45, "ug/L", "ng/mL", rng="30..500")],
    "Four date columns with the newest (16/06/25) on the RIGHT, next to the units: only that column gives rows, the "
    "glued flags of 03/03/25 (34.9H, 251H, 178H) are old, and the newest haematocrit carries its own glued H (0.51H); "
    "blank older cells (PSA, ferritin) shift nothing")

w = [14, 15, 12, 12, 12]
add("CU02", J("Northfield University Hospitals NHS Trust  -  Clinical Biochemistry    Cumulative results    Hosp No K4471820",
              A(w, "Test", "Units", "Range", "14-Jul-25", "02-Apr-25", "09-Jan-25"),
              A(w, "Sodium", "mmol/L", "133-146", "139", "141", "138"),
              A(w, "Potassium", "mmol/L", "3.5-5.3", "5.6 H", "4.6", "4.4"),
              A(w, "Urea", "mmol/L", "2.5-7.8", "6.1", "5.2", "5.8"),
              A(w, "Creatinine", "umol/L", "59-104", "112 H", "98", "101"),
              A(w, "eGFR", "mL/min/1.73m2", "", "67", "80", "76"),
              A(w, "Albumin", "g/L", "35-50", "44", "46", "45"),
              A(w, "Adjusted Ca", "mmol/L", "2.20-2.60", "2.41", "2.38", "2.44"),
              A(w, "ALT", "U/L", "0-41", "38", "29", ""),
              A(w, "Bilirubin", "umol/L", "0-21", "9", "12", "")),
    [R("sodium", 139, "mmol/L", "mmol/L", rng="133..146"),
     R("potassium", 5.6, "mmol/L", "mmol/L", printed="high", rng="3.5..5.3"),
     R("urea", 6.1, "mmol/L", "mg/dL", UREA_MMOL, rng="2.5..7.8"),
     R("creatinine", 112, "umol/L", "mg/dL", CREA_UMOL, printed="high", rng="59..104"),
     R("egfr", 67, "mL/min/1.73m2", "mL/min/{1.73_m2}"),
     R("albumin", 44, "g/L", "g/dL", ALB_GL, rng="35..50"),
     R("?Adjusted Ca", 2.41, "mmol/L", "mmol/L", rng="2.20..2.60"),
     R("alanine-aminotransferase", 38, "U/L", "U/L", rng="0..41"),
     R("total-bilirubin", 9, "umol/L", "mg/dL", BILI_UMOL, rng="0..21")],
    "Units and range come first and the NEWEST date (14-Jul-25) is the LEFT-most value column, so the first number "
    "after the range is the row; eGFR prints no range (null); the albumin-adjusted calcium is a calculated quantity, "
    "not the catalog's total calcium, so a ?row; UK 'Urea' is urea, not BUN")

w = [26, 12, 12, 12, 13]
add("CU03", J("Labcorp-style  -  Cumulative Report    Patient: REYES, ANA    F    DOB 11/02/1980",
              A(w, "Test Name", "Result", "Result", "Result", "Reference", "Units"),
              A(w, "", "09/15/25", "06/02/25", "02/10/25", "Interval"),
              A(w, "TSH", "2.410", "3.880", "5.120 High", "0.450-4.500", "uIU/mL"),
              A(w, "T4, Free (Direct)", "1.28", "1.11", "0.84", "0.82-1.77", "ng/dL"),
              A(w, "Triiodothyronine, Free", "3.4", "", "", "2.0-4.4", "pg/mL"),
              A(w, "Reverse T3, Serum", "", "18.2", "", "9.2-24.1", "ng/dL"),
              A(w, "Prolactin", "8.9", "7.4", "", "4.8-23.3", "ng/mL"),
              A(w, "Cortisol - AM", "14.2", "", "11.8", "6.2-19.4", "ug/dL")),
    [R("thyroid-stimulating-hormone", 2.41, "uIU/mL", "m[IU]/L", rng="0.450..4.500"),
     R("free-t4", 1.28, "ng/dL", "ng/dL", rng="0.82..1.77"),
     R("free-t3", 3.4, "pg/mL", "pg/mL", rng="2.0..4.4"),
     R("prolactin", 8.9, "ng/mL", "ng/mL", rng="4.8..23.3"),
     R("cortisol", 14.2, "ug/dL", "ug/dL", rng="6.2..19.4")],
    "The header wraps onto two lines (the dates under 'Result', 'Interval' under 'Reference'), newest (09/15/25) on "
    "the left; the reverse T3 has a value only in the 06/02/25 column, so this report holds no current reverse T3 and "
    "it is no row; the old '5.120 High' is not the TSH's flag; uIU/mL = m[IU]/L")

w = [13, 9, 12, 12, 12, 12, 12, 12]
add("CU04", J("Klinisch Chemisch Laboratorium  -  Cumulatief overzicht    Patiënt: J. de Vries    Geb. 03-07-1972",
              A(w, "Bepaling", "Eenheid", "Referentie", "12-02-2024", "20-06-2024", "03-10-2024", "15-01-2025", "28-05-2025"),
              A(w, "Hemoglobine", "mmol/l", "8,5-11,0", "9,1", "9,8", "10,6", "11,3 H", "10,9"),
              A(w, "Hematocriet", "l/l", "0,41-0,51", "0,44", "0,47", "0,50", "0,53 H", "0,52 H"),
              A(w, "MCV", "fl", "80-100", "88", "89", "91", "92", "91"),
              A(w, "Testosteron", "nmol/l", "8,6-29,0", "7,9 L", "21,4", "26,8", "31,5 H", "24,2"),
              A(w, "Oestradiol", "pmol/l", "<150", "", "96", "121", "142", "118"),
              A(w, "PSA", "ug/l", "<4,0", "0,6", "", "0,8", "", "0,9")),
    [R("hemoglobin", 10.9, "mmol/L", "g/dL", HGB_MMOL, rng="8.5..11.0"),
     R("hematocrit", 0.52, "L/L", "%", HCT_LL, printed="high", rng="0.41..0.51"),
     R("mean-corpuscular-volume", 91, "fL", "fL", rng="80..100"),
     R("testosterone", 24.2, "nmol/L", "ng/dL", TESTO_NMOL, rng="8.6..29.0"),
     R("estradiol", 118, "pmol/L", "pg/mL", E2_PMOL, rng="..150"),
     R("prostate-specific-antigen", 0.9, "ug/L", "ng/mL", rng="..4.0")],
    "A Dutch cumulative overview with five date columns, newest (28-05-2025) on the right and decimal commas; blank "
    "cells in the oestradiol and PSA rows must not pull older values into the newest column; Dutch haemoglobin is "
    "in mmol/l")

w = [22, 13, 13, 13, 14]
for tc, hdl, tg, ldl, nh in ((4.62, 1.31, 1.21, 2.76, 3.31), (5.88, 1.12, 2.04, 3.83, 4.76)):
    chk("CU05 LDL (Friedewald, mmol/L)", tc - hdl - tg / 2.2, ldl, 0.006)
    chk("CU05 non-HDL", tc - hdl, nh, 0.001)
chk("CU05 oldest non-HDL", 6.14 - 1.08, 5.06, 0.001)
add("CU05", J("LifeLabs-style  -  Cumulative Lipid Report    Patient: M. TREMBLAY    Collected 2025-09-02",
              A(w, "", "2025-09-02", "2025-03-11", "2024-08-27", "Reference"),
              A(w, "Test", "(current)", "", "", "Range", "Units"),
              A(w, "Cholesterol", "4.62", "5.88 H", "6.14 H", "<5.20", "mmol/L"),
              A(w, "Triglycerides", "1.21", "2.04 H", "", "<1.70", "mmol/L"),
              A(w, "HDL Cholesterol", "1.31", "1.12", "1.08", ">1.00", "mmol/L"),
              A(w, "LDL Cholesterol", "2.76", "3.83 H", "4.12 H", "<3.50", "mmol/L"),
              A(w, "Non-HDL Cholesterol", "3.31", "4.76 H", "5.06 H", "<4.20", "mmol/L"),
              A(w, "Apolipoprotein B", "0.84", "1.12 H", "", "<1.05", "g/L"),
              A(w, "Lipoprotein(a)", "", "", "182 H", "<75", "nmol/L")),
    [R("total-cholesterol", 4.62, "mmol/L", "mg/dL", CHOL_MMOL, rng="..5.20"),
     R("triglycerides", 1.21, "mmol/L", "mg/dL", TG_MMOL, rng="..1.70"),
     R("hdl-cholesterol", 1.31, "mmol/L", "mg/dL", CHOL_MMOL, rng="1.00.."),
     R("ldl-cholesterol", 2.76, "mmol/L", "mg/dL", CHOL_MMOL, rng="..3.50"),
     R("non-hdl-cholesterol", 3.31, "mmol/L", "mg/dL", CHOL_MMOL, rng="..4.20"),
     R("apolipoprotein-b", 0.84, "g/L", "mg/dL", APOB_GL, rng="..1.05")],
    "A two-line header (dates above, 'Test', '(current)' and 'Range' below), newest on the LEFT: the first value "
    "column is the row and the older H flags belong to older draws; the Lp(a) was measured only in 2024 (182 H) and "
    "is no row of this report")

w = [16, 10, 10, 10, 10, 10, 10]
for hct, rbc, mcv in ((46.1, 5.12, 90.0), (49.2, 5.48, 89.8), (51.3, 5.71, 89.8), (53.4, 5.90, 90.5),
                      (52.6, 5.84, 90.1), (51.9, 5.79, 89.6)):
    chk("CU06 MCV = HCT / RBC", 10 * hct / rbc, mcv, 0.11)
add("CU06", J("St. Mary's Hospital Laboratory  -  Hematology Cumulative    Patient: OKAFOR, JAMES    MRN 7720418",
              A(w, "", "03/04/25", "06/10/25", "08/12/25", "09/09/25", "10/07/25", "11/04/25", "Ref Range"),
              A(w, "", "0812", "0745", "0930", "0805", "0815", "0750"),
              A(w, "WBC (K/uL)", "6.2", "5.8", "7.1", "6.6", "5.9", "6.4", "3.8-10.8"),
              A(w, "RBC (M/uL)", "5.12", "5.48", "5.71", "5.90H", "5.84H", "5.79", "4.20-5.80"),
              A(w, "HGB (g/dL)", "15.4", "16.5", "17.2H", "17.9H", "17.6H", "17.4H", "13.2-17.1"),
              A(w, "HCT (%)", "46.1", "49.2", "51.3H", "53.4H", "52.6H", "51.9H", "38.5-50.0"),
              A(w, "MCV (fL)", "90.0", "89.8", "89.8", "90.5", "90.1", "89.6", "80.0-100.0"),
              A(w, "PLT (K/uL)", "248", "231", "", "256", "240", "262", "140-400")),
    [R("white-blood-cell-count", 6.4, "K/uL", "10*3/uL", rng="3.8..10.8"),
     R("red-blood-cell-count", 5.79, "M/uL", "10*6/uL", rng="4.20..5.80"),
     R("hemoglobin", 17.4, "g/dL", "g/dL", printed="high", rng="13.2..17.1"),
     R("hematocrit", 51.9, "%", "%", printed="high", rng="38.5..50.0"),
     R("mean-corpuscular-volume", 89.6, "fL", "fL", rng="80.0..100.0"),
     R("platelet-count", 262, "K/uL", "10*3/uL", rng="140..400")],
    "Six dated columns (a second header line holds the draw times 0812...0750), newest (11/04/25) on the right before "
    "the range, units inside the test names, flags glued to values; the RBC's last two H flags are older draws, "
    "the current 5.79 is computed normal; K/uL = 10*3/uL, M/uL = 10*6/uL")

w = [20, 9, 13, 13, 13, 13, 13]
for g, ins, homa in ((97, 8.4, 2.0), (112, 14.1, 3.9), (118, 17.9, 5.2)):
    chk("CU07 HOMA-IR = glucose (mg/dL) x insulin / 405", g * ins / 405, homa, 0.05)
add("CU07", J("Medizinisches Labor Wien-Mitte  -  Kumulativbefund    Pat.: Gruber, Stefan    geb. 09.11.1966",
              A(w, "Parameter", "Einheit", "Referenz", "21.08.2025", "06.05.2025", "11.02.2025", "04.11.2024"),
              A(w, "HbA1c", "%", "4,0 - 6,0", "5,7", "5,9", "6,2 H", "6,4 H"),
              A(w, "Glucose nüchtern", "mg/dl", "70 - 100", "97", "104 H", "112 H", "118 H"),
              A(w, "Insulin", "µU/ml", "2,6 - 24,9", "8,4", "", "14,1", "17,9"),
              A(w, "HOMA-Index", "", "< 2,5", "2,0", "", "3,9 H", "5,2 H"),
              A(w, "Ferritin", "ng/ml", "30 - 400", "148", "166", "", "212"),
              A(w, "Vitamin D (25-OH)", "ng/ml", "30 - 100", "46,2", "38,1", "", "19,6 L")),
    [R("hemoglobin-a1c", 5.7, "%", "%", rng="4.0..6.0"),
     R("glucose", 97, "mg/dL", "mg/dL", rng="70..100"),
     R("insulin", 8.4, "uU/mL", "u[IU]/mL", rng="2.6..24.9"),
     R("homa-ir", 2.0, "", "{index}", rng="..2.5"),
     R("ferritin", 148, "ng/mL", "ng/mL", rng="30..400"),
     R("vitamin-d", 46.2, "ng/mL", "ng/mL", rng="30..100")],
    "An Austrian cumulative report, decimal commas, newest date (21.08.2025) on the LEFT: every current value is "
    "normal while the older columns carry H and L; the HOMA index prints no unit (the catalog's {index}); µU/ml = "
    "u[IU]/mL")

# ======================= 3. Delta, % change and trend columns (DL) =======================
w = [14, 9, 8, 12, 21, 9]
for cur, prev, d, pct in ((1.84, 1.21, 0.63, 52.1), (0.41, 0.33, 0.08, 24.2), (22, 27, -5, -18.5), (688, 702, -14, -2.0),
                          (49.1, 47.8, 1.3, 2.7)):
    chk("DL01 delta", cur - prev, d, 0.001)
    chk("DL01 % change", 100 * (cur - prev) / prev, pct, 0.06)
chk("DL01 % free PSA", 100 * 0.41 / 1.84, 22, 0.5)
chk("DL01 previous % free PSA", 100 * 0.33 / 1.21, 27, 0.5)
chk("DL01 PSA velocity over half a year", 0.63 / 0.5, 1.26, 0.001)
add("DL01", J("Men's Health Panel  -  Quest-style    Collected 11/13/2025    Compared with 05/14/2025",
              A(w, "Test", "Result", "Units", "Ref Range", "Previous (05/14/25)", "Delta", "% Change"),
              A(w, "PSA, Total", "1.84", "ng/mL", "0.00-4.00", "1.21", "+0.63", "+52.1%"),
              A(w, "PSA, Free", "0.41", "ng/mL", "", "0.33", "+0.08", "+24.2%"),
              A(w, "% Free PSA", "22", "%", ">25", "27", "-5", "-18.5%"),
              A(w, "Testosterone", "688", "ng/dL", "264-916", "702", "-14", "-2.0%"),
              A(w, "Hematocrit", "49.1", "%", "38.5-50.0", "47.8", "+1.3", "+2.7%"),
              "PSA velocity: 1.26 ng/mL/year (a rise of 0.63 ng/mL over 6 months)."),
    [R("prostate-specific-antigen", 1.84, "ng/mL", "ng/mL", rng="0.00..4.00"),
     R("prostate-specific-antigen-free", 0.41, "ng/mL", "ng/mL"),
     R("prostate-specific-antigen-free-percent", 22, "%", "%", rng="25.."),
     R("testosterone", 688, "ng/dL", "ng/dL", rng="264..916"),
     R("hematocrit", 49.1, "%", "%", rng="38.5..50.0")],
    "The Previous, Delta and % Change columns and the PSA velocity line (a rate computed from two results) are no "
    "rows; the free PSA has an empty range cell (null), and the % free PSA is computed low against '>25'")

w = [24, 9, 9, 13, 7]
add("DL02", J("Thames Valley-style Pathology  -  Haematology & Biochemistry    Sample 25.0915.3381    Received 15/09/2025",
              A(w, "Test", "Result", "Units", "Ref range", "Trend", "Last"),
              A(w, "Ferritin", "38", "ug/L", "30 - 400", "▼", "72"),
              A(w, "Vitamin B12", "418", "ng/L", "197 - 771", "▲", "286"),
              A(w, "Folate", "9.4", "ug/L", "3.9 - 26.8", "►", "9.1"),
              A(w, "Haemoglobin", "128 L", "g/L", "130 - 170", "▼", "141"),
              A(w, "Total 25-OH Vitamin D", "62", "nmol/L", "50 - 175", "▲", "41"),
              "Trend: ▲ rising  ▼ falling  ► stable since the last result.  H/L: outside the reference range."),
    [R("ferritin", 38, "ug/L", "ng/mL", rng="30..400"),
     R("vitamin-b12", 418, "ng/L", "pg/mL", rng="197..771"),
     R("folate", 9.4, "ug/L", "ng/mL", rng="3.9..26.8"),
     R("hemoglobin", 128, "g/L", "g/dL", HGB_GL, printed="low", rng="130..170"),
     R("vitamin-d", 62, "nmol/L", "ng/mL", VITD_NMOL, rng="50..175")],
    "The Trend column's arrows compare with the last result (the legend says so) and are not flags: the falling "
    "ferritin and the rising B12 are computed normal, and only the printed L is a flag; the Last column is history; "
    "ng/L = pg/mL and ug/L = ng/mL")

w = [14, 8, 16]
chk("DL03 creatinine delta", 124 - 93, 31, 0)
chk("DL03 creatinine delta %", 100 * 31 / 93, 33, 0.5)
add("DL03", J("QML-style Pathology  -  BIOCHEMISTRY    Collected 22/09/2025 07:40    Lab No 25-7781045",
              A(w, "Sodium", "141", "mmol/L", "(135-145)"),
              A(w, "Potassium", "4.3", "mmol/L", "(3.5-5.2)"),
              A(w, "Creatinine", "124 H", "umol/L", "(60-110)"),
              "  Delta check: creatinine up 31 umol/L (+33%) since 08/07/2025 (93). Result verified by repeat analysis.",
              A(w, "eGFR", "56", "mL/min/1.73m2", "(>90)"),
              A(w, "Urea", "8.4 H", "mmol/L", "(2.9-8.2)"),
              A(w, "Haemoglobin", "168", "g/L", "(130-180)"),
              "  Delta check: Hb 168 g/L (previous 146 on 08/07/2025); testosterone therapy noted on the request form."),
    [R("sodium", 141, "mmol/L", "mmol/L", rng="135..145"),
     R("potassium", 4.3, "mmol/L", "mmol/L", rng="3.5..5.2"),
     R("creatinine", 124, "umol/L", "mg/dL", CREA_UMOL, printed="high", rng="60..110"),
     R("egfr", 56, "mL/min/1.73m2", "mL/min/{1.73_m2}", rng="90.."),
     R("urea", 8.4, "mmol/L", "mg/dL", UREA_MMOL, printed="high", rng="2.9..8.2"),
     R("hemoglobin", 168, "g/L", "g/dL", HGB_GL, rng="130..180")],
    "The indented 'Delta check' notes name an analyte with numbers and units (the change, the previous value, a "
    "repeat of the current one) and are no rows; the eGFR is computed low against '(>90)'")

w = [10, 13, 13]
for cur, prev, d, pct in ((72, 96, -24, -25), (142, 148, -6, -4), (68, 109, -41, -38), (0.6, 1.4, -0.8, -57),
                          (5.4, 5.3, 0.1, 2)):
    chk("DL04 change", cur - prev, d, 0.001)
    chk("DL04 change %", 100 * (cur - prev) / prev, pct, 0.5)
add("DL04", J("Ridgeview Health Lab Portal  -  Results compared with your last draw (03/20/2025)    Drawn 09/22/2025",
              A(w, "Marker", "Today", "Range", "Change since last"),
              A(w, "ApoB", "72 mg/dL", "<90 mg/dL", "↓ 24 (-25%)"),
              A(w, "Lp(a)", "142 nmol/L", "<75 nmol/L", "↓ 6 (-4%)"),
              A(w, "LDL-C", "68 mg/dL", "<100 mg/dL", "↓ 41 (-38%)"),
              A(w, "hs-CRP", "0.6 mg/L", "<1.0 mg/L", "↓ 0.8 (-57%)"),
              A(w, "HbA1c", "5.4 %", "<5.7 %", "↑ 0.1 (+2%)")),
    [R("apolipoprotein-b", 72, "mg/dL", "mg/dL", rng="..90"),
     R("lipoprotein-a", 142, "nmol/L", "nmol/L", rng="..75"),
     R("ldl-cholesterol", 68, "mg/dL", "mg/dL", rng="..100"),
     R("hs-crp", 0.6, "mg/L", "mg/L", rng="..1.0"),
     R("hemoglobin-a1c", 5.4, "%", "%", rng="..5.7")],
    "The arrows sit in the 'Change since last' column with the size of the change, so they are changes, not flags: "
    "the HbA1c's up-arrow is computed normal and the Lp(a)'s down-arrow is computed high against '<75 nmol/L'")

# ======================= 4. Site, method, status and LOINC columns (SC) =======================
w = [33, 25, 26, 8]
add("SC01", J("Labcorp-style  -  Patient Report    Specimen ID: 258-417-3390-0    Collected: 10/20/2025    Final",
              A(w, "Test", "Current Result and Flag", "Previous Result and Date", "Units", "Reference Interval"),
              A(w, "Testosterone, Serum 01", "1,042 High", "688    03/18/2025", "ng/dL", "264 - 916"),
              A(w, "Free Testosterone(Direct) 01", "28.4 High", "19.2   03/18/2025", "pg/mL", "8.7 - 25.1"),
              A(w, "Estradiol 02", "48.9 High", "29.8   03/18/2025", "pg/mL", "7.6 - 42.6"),
              A(w, "Sex Horm Binding Glob, Serum 01", "24.8", "27.1   03/18/2025", "nmol/L", "16.5 - 55.9"),
              A(w, "Prostate Specific Ag, Serum 01", "1.1", "0.9    03/18/2025", "ng/mL", "0.0 - 4.0"),
              A(w, "Hematocrit 03", "52.6 High", "48.9   03/18/2025", "%", "37.5 - 51.0"),
              A(w, "Hemoglobin 03", "17.9 High", "16.6   03/18/2025", "g/dL", "13.0 - 17.7"),
              "01  BN  Reference Laboratory East, 1400 Example Court, Burlington, NC 27215-0000    Dir: W. Hale, MD    Ph: 336-555-0142",
              "02  RT  Esoteric Testing Site, 69 Sample Road, Raritan, NJ 08869-0000    Dir: J. Moore, PhD    Ph: 908-555-0177",
              "03  DV  Denver Patient Service Lab, 8490 Upland Drive, Englewood, CO 80112-0000    Ph: 303-555-0119"),
    [R("testosterone", 1042, "ng/dL", "ng/dL", printed="high", rng="264..916"),
     R("testosterone-free", 28.4, "pg/mL", "pg/mL", printed="high", rng="8.7..25.1"),
     R("estradiol", 48.9, "pg/mL", "pg/mL", printed="high", rng="7.6..42.6"),
     R("shbg", 24.8, "nmol/L", "nmol/L", rng="16.5..55.9"),
     R("prostate-specific-antigen", 1.1, "ng/mL", "ng/mL", rng="0.0..4.0"),
     R("hematocrit", 52.6, "%", "%", printed="high", rng="37.5..51.0"),
     R("hemoglobin", 17.9, "g/dL", "g/dL", printed="high", rng="13.0..17.7")],
    "The two-digit code after each name (01, 02, 03) is the performing site, explained in the footer with addresses "
    "and phone numbers: no part of the name and no value; 'Previous Result and Date' is history, and '1,042' is 1042")

w = [36, 10, 14, 19]
add("SC02", J("Quest-style  -  Report Status: Final    Collected: 10/21/2025 08:14    Received: 10/21/2025 16:02",
              A(w, "Test Name", "In Range", "Out Of Range", "Reference Range", "Lab"),
              A(w, "TESTOSTERONE, TOTAL, MS", "612", "", "250-1100 ng/dL", "QSL"),
              A(w, "TESTOSTERONE, FREE", "", "28.1 L", "35.0-155.0 pg/mL", "QSL"),
              A(w, "SEX HORMONE BINDING GLOBULIN", "", "62 H", "10-50 nmol/L", "QSL"),
              A(w, "ESTRADIOL, ULTRASENSITIVE, LC/MS", "22", "", "< OR = 39 pg/mL", "PLB"),
              A(w, "DHEA SULFATE", "186", "", "61-442 mcg/dL", "QSL"),
              A(w, "PSA, TOTAL", "0.8", "", "< OR = 4.0 ng/mL", "QSL"),
              A(w, "LH", "6.2", "", "1.5-9.3 mIU/mL", "QSL"),
              "PERFORMING SITES:",
              "QSL  Regional Reference Laboratory West, 3300 Mission Road, San Juan Capistrano, CA 92675  Director: R. Patel, MD  CLIA: 05D0000001",
              "PLB  Steroid Specialty Laboratory, 1400 Example Drive, Chantilly, VA 20151  Director: L. Kim, PhD  CLIA: 49D0000002"),
    [R("testosterone", 612, "ng/dL", "ng/dL", rng="250..1100"),
     R("testosterone-free", 28.1, "pg/mL", "pg/mL", printed="low", rng="35.0..155.0"),
     R("shbg", 62, "nmol/L", "nmol/L", printed="high", rng="10..50"),
     R("estradiol", 22, "pg/mL", "pg/mL", rng="..39"),
     R("dhea-sulfate", 186, "ug/dL", "ug/dL", rng="61..442"),
     R("prostate-specific-antigen", 0.8, "ng/mL", "ng/mL", rng="..4.0"),
     R("luteinizing-hormone", 6.2, "mIU/mL", "m[IU]/mL", rng="1.5..9.3")],
    "The value stands in either the 'In Range' or the 'Out Of Range' column (an empty first cell is no missing "
    "result), the units close the range cell, and QSL/PLB are performing-site codes, no units; mcg/dL = ug/dL")

w = [34, 9, 9, 20]
chk("SC03 eAG = 28.7 x A1c - 46.7", 28.7 * 5.9 - 46.7, 123, 0.5)
add("SC03", J("MedPlus Diagnostics Pvt. Ltd.  -  NABL accredited (MC-4471)    Patient: Mr. RAJESH KUMAR    Age/Sex: 44 Y/M    Ref. By: Dr. S. Iyer",
              A(w, "Test Name", "Result", "Unit", "Bio. Ref. Interval", "Method"),
              A(w, "TESTOSTERONE, TOTAL", "412.6", "ng/dL", "249.0 - 836.0", "ECLIA"),
              A(w, "SEX HORMONE BINDING GLOBULIN", "44.2", "nmol/L", "18.3 - 54.1", "ECLIA"),
              A(w, "FREE TESTOSTERONE (CALCULATED)", "7.42", "ng/dL", "4.60 - 22.40", "Calc"),
              A(w, "ESTRADIOL (E2)", "27.4", "pg/mL", "11.3 - 43.2", "ECLIA"),
              A(w, "PROLACTIN", "21.8 H", "ng/mL", "4.04 - 15.20", "ECLIA"),
              A(w, "TSH, ULTRASENSITIVE", "3.62", "µIU/mL", "0.27 - 4.20", "ECLIA"),
              A(w, "HbA1c (GLYCOSYLATED HAEMOGLOBIN)", "5.9", "%", "4.0 - 5.6", "HPLC"),
              A(w, "AVERAGE BLOOD GLUCOSE (eAG)", "123", "mg/dL", "90 - 120", "Calc"),
              "Methods: ECLIA - electrochemiluminescence immunoassay; HPLC - high performance liquid chromatography; Calc - calculated.",
              "Sample type: serum (hormones), EDTA whole blood (HbA1c).    *** End of Report ***"),
    [R("testosterone", 412.6, "ng/dL", "ng/dL", rng="249.0..836.0"),
     R("shbg", 44.2, "nmol/L", "nmol/L", rng="18.3..54.1"),
     R("testosterone-free", 7.42, "ng/dL", "pg/mL", FT_NGDL, rng="4.60..22.40"),
     R("estradiol", 27.4, "pg/mL", "pg/mL", rng="11.3..43.2"),
     R("prolactin", 21.8, "ng/mL", "ng/mL", printed="high", rng="4.04..15.20"),
     R("thyroid-stimulating-hormone", 3.62, "uIU/mL", "m[IU]/L", rng="0.27..4.20"),
     R("hemoglobin-a1c", 5.9, "%", "%", rng="4.0..5.6"),
     R("estimated-average-glucose", 123, "mg/dL", "mg/dL", rng="90..120")],
    "The last column is the method (ECLIA, HPLC, Calc), no unit and no part of a name, and the footnote spelling the "
    "methods out is no row; HbA1c and eAG print no flag and are computed high; µIU/mL = m[IU]/L")

w = [10, 22, 8, 6, 8, 12]
add("SC04", J("Mercy West Hospital Laboratory  -  Results (printed from the FHIR export)    Patient: LINDQVIST, ERIK    Collected 09/03/2025 08:02",
              A(w, "LOINC", "Test", "Result", "Flag", "Units", "Ref Range", "Status"),
              A(w, "2986-8", "Testosterone, Total", "534", "", "ng/dL", "264-916", "Final"),
              A(w, "2991-8", "Testosterone, Free", "96.1", "", "pg/mL", "47.0-244.0", "Final"),
              A(w, "2243-4", "Estradiol", "24", "", "pg/mL", "7.6-42.6", "Final"),
              A(w, "13967-5", "SHBG", "36", "", "nmol/L", "16.5-55.9", "Final"),
              A(w, "2276-4", "Ferritin", "41.2", "", "ng/mL", "30-400", "Corrected"),
              "          Corrected 09/04/2025 09:12: previously reported as 412 ng/mL (dilution error). The corrected result is shown.",
              A(w, "3016-3", "TSH", "1.92", "", "mIU/L", "0.45-4.50", "Final"),
              A(w, "1884-6", "Apolipoprotein B", "104", "H", "mg/dL", "<90", "Final"),
              A(w, "43583-4", "Lipoprotein(a)", "38", "", "nmol/L", "<75", "Final")),
    [R("testosterone", 534, "ng/dL", "ng/dL", rng="264..916"),
     R("testosterone-free", 96.1, "pg/mL", "pg/mL", rng="47.0..244.0"),
     R("estradiol", 24, "pg/mL", "pg/mL", rng="7.6..42.6"),
     R("shbg", 36, "nmol/L", "nmol/L", rng="16.5..55.9"),
     R("ferritin", 41.2, "ng/mL", "ng/mL", rng="30..400"),
     R("thyroid-stimulating-hormone", 1.92, "mIU/L", "m[IU]/L", rng="0.45..4.50"),
     R("apolipoprotein-b", 104, "mg/dL", "mg/dL", printed="high", rng="..90"),
     R("lipoprotein-a", 38, "nmol/L", "nmol/L", rng="..75")],
    "A LOINC code column before the name ('2986-8' looks like a range, '13967-5' like a number) and a Status column "
    "(Final, Corrected) are neither names, values nor units; the ferritin row is the corrected 41.2, and the "
    "'previously reported as 412 ng/mL' is no row")

w = [16, 9, 9, 14, 10]
add("SC05", J("Harbourside Pathology  -  ENDOCRINE    Collected 30/09/2025 08:30    Accession 25-HP-0441187",
              A(w, "Test", "Result", "Units", "Ref Interval", "Lab", "Status"),
              A(w, "Free T4", "14.2", "pmol/L", "9.0-19.0", "Lab: 01", "Final"),
              A(w, "TSH", "1.84", "mIU/L", "0.40-4.00", "Lab: 01", "Final"),
              A(w, "Free T3", "5.1", "pmol/L", "2.6-6.0", "Lab: 01", "Preliminary"),
              A(w, "Cortisol (AM)", "412", "nmol/L", "145-620", "Lab: 02", "Final"),
              A(w, "DHEA sulphate", "6.8", "umol/L", "2.2-15.2", "Lab: 02", "Final"),
              A(w, "IGF-1", "24.8", "nmol/L", "11-36", "Lab: 02", "Final"),
              A(w, "Reverse T3", "Pending", "", "", "Lab: 02", "In progress"),
              "Lab 01: Harbourside Pathology, 14 Example St, Sydney NSW 2000, ph (02) 9555 0142.  Lab 02: Endocrine Reference Laboratory, ph (03) 9555 0178."),
    [R("free-t4", 14.2, "pmol/L", "ng/dL", FT4_PMOL, rng="9.0..19.0"),
     R("thyroid-stimulating-hormone", 1.84, "mIU/L", "m[IU]/L", rng="0.40..4.00"),
     R("free-t3", 5.1, "pmol/L", "pg/mL", FT3_PMOL, rng="2.6..6.0"),
     R("cortisol", 412, "nmol/L", "ug/dL", CORT_NMOL, rng="145..620"),
     R("dhea-sulfate", 6.8, "umol/L", "ug/dL", DHEAS_UMOL, rng="2.2..15.2"),
     R("somatomedin-c", 24.8, "nmol/L", "ng/mL", IGF1_NMOL, rng="11..36")],
    "'Lab: 01' / 'Lab: 02' name the performing laboratory and the Status column is no value; a Preliminary result "
    "is still the reported result (a row), the Pending reverse T3 is none, and the footer's phone numbers are no values")

# ======================= 5. Columns with no header (NH) =======================
w = [28, 9, 14]
chk("NH01 BUN/creatinine ratio", 18 / 1.18, 15, 0.5)
chk("NH01 globulin = total protein - albumin", 7.1 - 4.6, 2.5, 0.001)
chk("NH01 A/G ratio", 4.6 / 2.5, 1.8, 0.05)
add("NH01", J("COMPREHENSIVE METABOLIC PANEL    Collected 10/01/2025 07:35    Fasting: Yes",
              A(w, "GLUCOSE", "94", "65-99", "mg/dL"),
              A(w, "UREA NITROGEN (BUN)", "18", "7-25", "mg/dL"),
              A(w, "CREATININE", "1.18", "0.70-1.33", "mg/dL"),
              A(w, "EGFR", "72", "> OR = 60", "mL/min/1.73m2"),
              A(w, "BUN/CREATININE RATIO", "15", "6-22"),
              A(w, "SODIUM", "139", "135-146", "mmol/L"),
              A(w, "POTASSIUM", "4.6", "3.5-5.3", "mmol/L"),
              A(w, "CALCIUM", "9.6", "8.6-10.3", "mg/dL"),
              A(w, "PROTEIN, TOTAL", "7.1", "6.1-8.1", "g/dL"),
              A(w, "ALBUMIN", "4.6", "3.6-5.1", "g/dL"),
              A(w, "GLOBULIN", "2.5", "1.9-3.7"),
              A(w, "ALBUMIN/GLOBULIN RATIO", "1.8", "1.0-2.5"),
              A(w, "BILIRUBIN, TOTAL", "0.7", "0.2-1.2", "mg/dL"),
              A(w, "ALKALINE PHOSPHATASE", "62", "36-130", "U/L"),
              A(w, "AST", "28", "10-35", "U/L"),
              A(w, "ALT", "52 H", "9-46", "U/L")),
    [R("glucose", 94, "mg/dL", "mg/dL", rng="65..99"),
     R("blood-urea-nitrogen", 18, "mg/dL", "mg/dL", rng="7..25"),
     R("creatinine", 1.18, "mg/dL", "mg/dL", rng="0.70..1.33"),
     R("egfr", 72, "mL/min/1.73m2", "mL/min/{1.73_m2}", rng="60.."),
     R("bun-creatinine-ratio", 15, "", "{ratio}", rng="6..22"),
     R("sodium", 139, "mmol/L", "mmol/L", rng="135..146"),
     R("potassium", 4.6, "mmol/L", "mmol/L", rng="3.5..5.3"),
     R("calcium", 9.6, "mg/dL", "mg/dL", rng="8.6..10.3"),
     R("total-protein", 7.1, "g/dL", "g/dL", rng="6.1..8.1"),
     R("albumin", 4.6, "g/dL", "g/dL", rng="3.6..5.1"),
     R("globulin-total", 2.5, "", "", rng="1.9..3.7"),
     R("albumin-globulin-ratio", 1.8, "", "{ratio}", rng="1.0..2.5"),
     R("total-bilirubin", 0.7, "mg/dL", "mg/dL", rng="0.2..1.2"),
     R("alkaline-phosphatase", 62, "U/L", "U/L", rng="36..130"),
     R("aspartate-aminotransferase", 28, "U/L", "U/L", rng="10..35"),
     R("alanine-aminotransferase", 52, "U/L", "U/L", printed="high", rng="9..46")],
    "No column header: name, result, range and units are found by alignment alone, with the range BEFORE the units; "
    "three rows print no unit: the two ratios are dimensionless ({ratio}), and the globulin's missing g/dL is not "
    "guessed (normalized value empty)")

w = [24, 10, 9]
add("NH02", J("PathCare-style  -  Cape Town    Patient: VAN WYK, P    M 52 y    Requested by Dr M. Naidoo    Collected 04/10/2025",
              A(w, "Testosterone", "21.6", "nmol/L", "8.6 - 29.0"),
              A(w, "SHBG", "41", "nmol/L", "18.3 - 54.1"),
              A(w, "Free testosterone", "412", "pmol/L", "See note"),
              A(w, "Oestradiol", "133", "pmol/L", "41 - 159"),
              A(w, "CRP", "3.2", "mg/L", "<5.0"),
              A(w, "Hepatitis B surface Ag", "Negative", "", "Negative"),
              "Note: free testosterone is calculated (Vermeulen) from total testosterone, SHBG and albumin; no reference interval is applied to calculated values during testosterone therapy."),
    [R("testosterone", 21.6, "nmol/L", "ng/dL", TESTO_NMOL, rng="8.6..29.0"),
     R("shbg", 41, "nmol/L", "nmol/L", rng="18.3..54.1"),
     R("testosterone-free", 412, "pmol/L", "pg/mL", FT_PMOL),
     R("estradiol", 133, "pmol/L", "pg/mL", E2_PMOL, rng="41..159"),
     R("c-reactive-protein", 3.2, "mg/L", "mg/L", rng="..5.0"),
     R("hepatitis-b-surface-antigen", vt="Negative", rng="text")],
    "The range column holds text in some rows: 'See note' (the note gives no interval, so no range and a null flag), "
    "'<5.0' (an upper bound), and 'Negative' for a word result (kept as text, flag null as nothing is printed)")

w = [28, 9, 10]
chk("NH03 differential sums to 100", 58.2 + 31.4 + 6.8 + 3.1 + 0.5, 100, 0.001)
chk("NH03 ANC", 7.42 * 0.582, 4.32, 0.005)
chk("NH03 ALC", 7.42 * 0.314, 2.33, 0.005)
chk("NH03 MCV = PCV / RBC", 10 * 45.6 / 5.02, 90.8, 0.05)
chk("NH03 MCH = Hb / RBC", 10 * 14.8 / 5.02, 29.5, 0.05)
chk("NH03 MCHC = Hb / PCV", 100 * 14.8 / 45.6, 32.5, 0.05)
add("NH03", J("COMPLETE BLOOD COUNT (CBC)    Sample: EDTA whole blood    Collected 18/09/2025 08:10",
              A(w, "Haemoglobin", "14.8", "g/dL", "13.0 - 17.0"),
              A(w, "Total Leucocyte Count", "7.42", "10^3/µL", "4.0 - 10.0"),
              "Differential Leucocyte Count",
              A(w, "Neutrophils", "58.2", "%", "40 - 80"),
              A(w, "Lymphocytes", "31.4", "%", "20 - 40"),
              A(w, "Monocytes", "6.8", "%", "2 - 10"),
              A(w, "Eosinophils", "3.1", "%", "1 - 6"),
              A(w, "Basophils", "0.5", "%", "0 - 2"),
              A(w, "Absolute Neutrophil Count", "4.32", "10^3/µL", "2.0 - 7.0"),
              A(w, "Absolute Lymphocyte Count", "2.33", "10^3/µL", "1.0 - 3.0"),
              A(w, "RBC Count", "5.02", "10^6/µL", "4.5 - 5.5"),
              A(w, "PCV", "45.6", "%", "40 - 50"),
              A(w, "MCV", "90.8", "fL", "83 - 101"),
              A(w, "MCH", "29.5", "pg", "27 - 32"),
              A(w, "MCHC", "32.5", "g/dL", "31.5 - 34.5"),
              A(w, "Platelet Count", "212", "10^3/µL", "150 - 410"),
              A(w, "MPV", "10.1", "", "7.5 - 11.5")),
    [R("hemoglobin", 14.8, "g/dL", "g/dL", rng="13.0..17.0"),
     R("white-blood-cell-count", 7.42, "10^3/uL", "10*3/uL", rng="4.0..10.0"),
     R("neutrophils", 58.2, "%", "%", rng="40..80"),
     R("lymphocytes", 31.4, "%", "%", rng="20..40"),
     R("monocytes", 6.8, "%", "%", rng="2..10"),
     R("eosinophils", 3.1, "%", "%", rng="1..6"),
     R("basophils", 0.5, "%", "%", rng="0..2"),
     R("neutrophils-absolute", 4.32, "10^3/uL", "10*3/uL", rng="2.0..7.0"),
     R("lymphocytes-absolute", 2.33, "10^3/uL", "10*3/uL", rng="1.0..3.0"),
     R("red-blood-cell-count", 5.02, "10^6/uL", "10*6/uL", rng="4.5..5.5"),
     R("hematocrit", 45.6, "%", "%", rng="40..50"),
     R("mean-corpuscular-volume", 90.8, "fL", "fL", rng="83..101"),
     R("mean-corpuscular-hemoglobin", 29.5, "pg", "pg", rng="27..32"),
     R("mean-corpuscular-hemoglobin-concentration", 32.5, "g/dL", "g/dL", rng="31.5..34.5"),
     R("platelet-count", 212, "10^3/uL", "10*3/uL", rng="150..410"),
     R("mean-platelet-volume", 10.1, "", "", rng="7.5..11.5")],
    "An Indian CBC with no column header; 'Differential Leucocyte Count' is a heading, not a row; the MPV's unit cell "
    "is empty, so its fL is not guessed (normalized value empty); PCV is the haematocrit and 10^3/µL = 10*3/uL")

w = [18, 9, 15]
add("NH04", J("Laborbefund  -  Praxis Dr. med. A. Hofer, Graz    Abnahme 02.10.2025 07:45    Befund Nr. 25-100233",
              A(w, "Leukozyten", "6,8", "G/l", "3,9 - 10,2"),
              A(w, "Hämoglobin", "15,9", "g/dl", "13,5 - 17,2"),
              A(w, "Hämatokrit", "47,2", "%", "39,5 - 50,5"),
              A(w, "Thrombozyten", "231", "G/l", "146 - 328"),
              A(w, "Kreatinin", "1,08", "mg/dl", "0,70 - 1,20"),
              A(w, "eGFR (CKD-EPI)", "81", "ml/min/1,73m²", ">60"),
              A(w, "Harnsäure", "6,9", "mg/dl", "3,4 - 7,0"),
              A(w, "GPT (ALT)", "38", "U/l", "<50"),
              A(w, "Gamma-GT", "61 H", "U/l", "<60"),
              A(w, "CRP", "1,4", "mg/l", "<5,0"),
              A(w, "PSA gesamt", "0,9", "ng/ml", "s. Kommentar"),
              A(w, "Anti-HCV", "negativ", "", "negativ"),
              "Kommentar: PSA unter Testosterontherapie; Verlaufskontrolle in 6 Monaten empfohlen."),
    [R("white-blood-cell-count", 6.8, "G/L", "10*3/uL", rng="3.9..10.2"),
     R("hemoglobin", 15.9, "g/dL", "g/dL", rng="13.5..17.2"),
     R("hematocrit", 47.2, "%", "%", rng="39.5..50.5"),
     R("platelet-count", 231, "G/L", "10*3/uL", rng="146..328"),
     R("creatinine", 1.08, "mg/dL", "mg/dL", rng="0.70..1.20"),
     R("egfr", 81, "mL/min/1.73m2", "mL/min/{1.73_m2}", rng="60.."),
     R("uric-acid", 6.9, "mg/dL", "mg/dL", rng="3.4..7.0"),
     R("alanine-aminotransferase", 38, "U/L", "U/L", rng="..50"),
     R("gamma-glutamyl-transferase", 61, "U/L", "U/L", printed="high", rng="..60"),
     R("c-reactive-protein", 1.4, "mg/L", "mg/L", rng="..5.0"),
     R("prostate-specific-antigen", 0.9, "ng/mL", "ng/mL"),
     R("hepatitis-c-antibody", vt="negativ", rng="text")],
    "An Austrian printout with no header and decimal commas; the range column holds 's. Kommentar' (the comment gives "
    "no interval: no range, null) and 'negativ' for a word result (text); G/l = 10^9/L = 10*3/uL and the '6 Monaten' "
    "in the comment is no value")

# ======================= 6. Multi-page printouts (MP) =======================
w = [30, 9, 6, 15]
LH1 = "RIVERSIDE REGIONAL MEDICAL CENTER - LABORATORY SERVICES    CLIA 05D0000000    (555) 214-8800"
BAN1 = "Patient: DOE, JOHN    MRN: 00481273    DOB: 04/12/1971 (54Y)    Sex: M    Acc#: R25-448120    Collected: 10/14/2025 07:42"
HD1 = A(w, "Test", "Result", "Flag", "Units", "Reference Range")
chk("MP01 LDL (Friedewald, mg/dL)", 196 - 44 - 142 / 5, 124, 0.5)
chk("MP01 non-HDL", 196 - 44, 152, 0)
add("MP01", J(LH1, BAN1, HD1,
              "CHEMISTRY",
              A(w, "Glucose, Fasting", "88", "", "mg/dL", "70-99"),
              A(w, "Creatinine", "1.02", "", "mg/dL", "0.70-1.30"),
              A(w, "eGFR", "86", "", "mL/min/1.73m2", ">59"),
              "LIPID PANEL",
              "Page 1 of 3                                   Continued on next page",
              LH1, BAN1, HD1,
              A(w, "Cholesterol, Total", "196", "", "mg/dL", "<200"),
              A(w, "Triglycerides", "142", "", "mg/dL", "<150"),
              A(w, "HDL Cholesterol", "44", "", "mg/dL", ">=40"),
              A(w, "LDL Cholesterol, Calculated", "124", "H", "mg/dL", "<100"),
              A(w, "Non-HDL Cholesterol", "152", "H", "mg/dL", "<130"),
              "ENDOCRINE",
              A(w, "Testosterone, Total", "624", "", "ng/dL", "264-916"),
              A(w, "Free Testosterone", "121.4", "", "pg/mL", "46.0-224.0"),
              A(w, "Estradiol", "29", "", "pg/mL", "7.6-42.6"),
              "Page 2 of 3                                   Continued on next page",
              LH1, BAN1, HD1,
              "HEMATOLOGY",
              A(w, "Hemoglobin", "16.1", "", "g/dL", "13.2-17.1"),
              A(w, "Hematocrit", "48.2", "", "%", "38.5-50.0"),
              "*** END OF REPORT ***",
              "Page 3 of 3    Printed 10/14/2025 15:31    Questions: (555) 214-8800    Fax: (555) 214-8801"),
    [R("glucose", 88, "mg/dL", "mg/dL", rng="70..99"),
     R("creatinine", 1.02, "mg/dL", "mg/dL", rng="0.70..1.30"),
     R("egfr", 86, "mL/min/1.73m2", "mL/min/{1.73_m2}", rng="59.."),
     R("total-cholesterol", 196, "mg/dL", "mg/dL", rng="..200"),
     R("triglycerides", 142, "mg/dL", "mg/dL", rng="..150"),
     R("hdl-cholesterol", 44, "mg/dL", "mg/dL", rng="40.."),
     R("ldl-cholesterol", 124, "mg/dL", "mg/dL", printed="high", rng="..100"),
     R("non-hdl-cholesterol", 152, "mg/dL", "mg/dL", printed="high", rng="..130"),
     R("testosterone", 624, "ng/dL", "ng/dL", rng="264..916"),
     R("testosterone-free", 121.4, "pg/mL", "pg/mL", rng="46.0..224.0"),
     R("estradiol", 29, "pg/mL", "pg/mL", rng="7.6..42.6"),
     R("hemoglobin", 16.1, "g/dL", "g/dL", rng="13.2..17.1"),
     R("hematocrit", 48.2, "%", "%", rng="38.5..50.0")],
    "Three pages, each repeating the letterhead, the patient banner (MRN, DOB, accession) and the table header; the "
    "'LIPID PANEL' heading at the foot of page 1 has its rows on page 2, and page numbers, phone and fax are no values")

w = [18, 10, 10]
LH2 = "NORTHFIELD UNIVERSITY HOSPITALS NHS TRUST  -  PATHOLOGY REPORT"
BAN2 = "Name: HUGHES, Mark    DOB: 17/08/1975    NHS No: 401 023 2137    Hosp No: K4471820    Location: Endocrine OPD"
HD2 = A(w, "Test", "Result", "Units", "Ref range")
add("MP02", J(LH2, BAN2,
              "Haematology    Lab No: H25.0741182    Collected: 03/10/2025 09:15",
              HD2,
              A(w, "Haemoglobin", "152", "g/L", "130 - 170"),
              A(w, "WBC", "6.1", "x10^9/L", "4.0 - 11.0"),
              A(w, "Platelets", "244", "x10^9/L", "150 - 400"),
              A(w, "Haematocrit", "0.46", "L/L", "0.40 - 0.50"),
              A(w, "MCV", "89", "fL", "80 - 100"),
              "Clinical Biochemistry    Lab No: C25.0741183",
              "Continued overleaf    Page 1 of 2    Enquiries: 0161 555 4190",
              LH2, BAN2, HD2,
              A(w, "Testosterone", "16.8", "nmol/L", "8.6 - 29.0"),
              A(w, "SHBG", "35", "nmol/L", "18.3 - 54.1"),
              A(w, "FSH", "3.4", "IU/L", "1.5 - 12.4"),
              A(w, "LH", "2.9", "IU/L", "1.7 - 8.6"),
              A(w, "PSA", "0.7", "ug/L", "< 3.0"),
              A(w, "Urine ACR", "1.2", "mg/mmol", "< 3.0"),
              "Page 2 of 2    Authorised by: Dr R. Evans, Consultant Chemical Pathologist    Enquiries: 0161 555 4190"),
    [R("hemoglobin", 152, "g/L", "g/dL", HGB_GL, rng="130..170"),
     R("white-blood-cell-count", 6.1, "x10^9/L", "10*3/uL", rng="4.0..11.0"),
     R("platelet-count", 244, "x10^9/L", "10*3/uL", rng="150..400"),
     R("hematocrit", 0.46, "L/L", "%", HCT_LL, rng="0.40..0.50"),
     R("mean-corpuscular-volume", 89, "fL", "fL", rng="80..100"),
     R("testosterone", 16.8, "nmol/L", "ng/dL", TESTO_NMOL, rng="8.6..29.0"),
     R("shbg", 35, "nmol/L", "nmol/L", rng="18.3..54.1"),
     R("follicle-stimulating-hormone", 3.4, "IU/L", "m[IU]/mL", rng="1.5..12.4"),
     R("luteinizing-hormone", 2.9, "IU/L", "m[IU]/mL", rng="1.7..8.6"),
     R("prostate-specific-antigen", 0.7, "ug/L", "ng/mL", rng="..3.0"),
     R("microalbumin-creatinine-ratio", 1.2, "mg/mmol", "mg/g", ACR_MGMMOL, rng="..3.0")],
    "Two pages: the 'Clinical Biochemistry' section header and its lab number stand at the foot of page 1 and its rows "
    "follow the repeated banner and header on page 2; NHS and hospital numbers, lab numbers and the enquiries phone "
    "are no values; x10^9/L = 10*3/uL, IU/L = m[IU]/mL")

w = [30, 9, 9]
LH3 = "LifeCare Diagnostics & Research Centre  -  Sector 18, Noida    Ph: +91 120 555 4471    NABL MC-2041"
BAN3 = "Patient Name: Mr. VIKRAM MEHTA    Age/Gender: 49 Y/Male    Lab ID: 2025-0918-4471    Collected: 18/Sep/2025 08:10"
HD3 = A(w, "Test Name", "Result", "Unit", "Bio. Ref. Interval")
chk("MP03 VLDL = TG / 5", 178 / 5, 35.6, 0.001)
chk("MP03 LDL = TC - HDL - VLDL", 214 - 38 - 35.6, 140.4, 0.001)
chk("MP03 non-HDL", 214 - 38, 176, 0)
chk("MP03 TC/HDL", 214 / 38, 5.63, 0.005)
add("MP03", J(LH3, BAN3, HD3,
              "LIPID PROFILE",
              A(w, "Cholesterol, Total", "214", "mg/dL", "< 200"),
              A(w, "Triglycerides", "178", "mg/dL", "< 150"),
              A(w, "HDL Cholesterol", "38", "mg/dL", "> 40"),
              A(w, "LDL Cholesterol (Calculated)", "140.4", "mg/dL", "< 100"),
              A(w, "VLDL Cholesterol", "35.6", "mg/dL", "< 30"),
              A(w, "Non-HDL Cholesterol", "176", "mg/dL", "< 130"),
              A(w, "Cholesterol/HDL Ratio", "5.63", "", "3.5 - 5.0"),
              "Dr. A. Sharma, MD (Pathology)    Reg. No. 48213                Page 1 of 2",
              LH3, BAN3, HD3,
              "THYROID PROFILE, TOTAL",
              A(w, "T3, Total", "1.18", "ng/mL", "0.80 - 2.00"),
              A(w, "T4, Total", "7.8", "µg/dL", "5.1 - 14.1"),
              A(w, "TSH", "2.86", "µIU/mL", "0.27 - 4.20"),
              "VITAMINS",
              A(w, "Vitamin D, 25-Hydroxy", "18.4", "ng/mL", "30 - 100"),
              A(w, "Vitamin B12", "184", "pg/mL", "211 - 911"),
              "*** End of Report ***",
              "Dr. A. Sharma, MD (Pathology)    Reg. No. 48213    Page 2 of 2    Scan the QR code to verify: 2025-0918-4471"),
    [R("total-cholesterol", 214, "mg/dL", "mg/dL", rng="..200"),
     R("triglycerides", 178, "mg/dL", "mg/dL", rng="..150"),
     R("hdl-cholesterol", 38, "mg/dL", "mg/dL", rng="40.."),
     R("ldl-cholesterol", 140.4, "mg/dL", "mg/dL", rng="..100"),
     R("vldl-cholesterol", 35.6, "mg/dL", "mg/dL", rng="..30"),
     R("non-hdl-cholesterol", 176, "mg/dL", "mg/dL", rng="..130"),
     R("cholesterol-hdl-ratio", 5.63, "", "{ratio}", rng="3.5..5.0"),
     R("total-t3", 1.18, "ng/mL", "ng/dL", T3_NGML, rng="0.80..2.00"),
     R("total-t4", 7.8, "ug/dL", "ug/dL", rng="5.1..14.1"),
     R("thyroid-stimulating-hormone", 2.86, "uIU/mL", "m[IU]/L", rng="0.27..4.20"),
     R("vitamin-d", 18.4, "ng/mL", "ng/mL", rng="30..100"),
     R("vitamin-b12", 184, "pg/mL", "pg/mL", rng="211..911")],
    "Two pages with the letterhead, banner and table header repeated and a signature footer (registration number, "
    "page, a lab ID in the QR line): none of those numbers are values; no flags are printed, so all are computed")

w = [24, 9, 6, 12]
LH4 = "Dynacare-style Laboratories  -  FINAL REPORT"
HD4 = A(w, "Test", "Result", "Flag", "Reference", "Units")
FT4 = "Report printed 2025-10-02 14:22    Requisition 7781-22401-AB    Client services 1-800-555-2714"
add("MP04", J(LH4 + "    Page 1 of 2",
              "Patient: GAGNON, Luc    Health card: 4471-208-913-KT    DOB: 1968-02-11    Collected: 2025-10-01 08:20",
              HD4,
              "IRON STUDIES",
              A(w, "Ferritin", "96", "", "30-400", "ug/L"),
              A(w, "Iron", "21", "", "10-31", "umol/L"),
              A(w, "Transferrin Saturation", "32", "", "20-50", "%"),
              "VITAMINS",
              A(w, "Vitamin B12", "412", "", "> 220", "pmol/L"),
              A(w, "Folate (serum)", "28.4", "", "> 10.4", "nmol/L"),
              FT4,
              LH4 + "    Page 2 of 2",
              "Patient: GAGNON, Luc    DOB: 1968-02-11    Collected: 2025-10-01 08:20    (continued)",
              HD4,
              A(w, "25-Hydroxy Vitamin D", "84", "", "75-250", "nmol/L"),
              "CARDIOVASCULAR RISK",
              A(w, "Homocysteine", "11.8", "", "5.0-15.0", "umol/L"),
              A(w, "hs-CRP", "1.9", "", "< 5.0", "mg/L"),
              FT4),
    [R("ferritin", 96, "ug/L", "ng/mL", rng="30..400"),
     R("iron", 21, "umol/L", "ug/dL", IRON_UMOL, rng="10..31"),
     R("transferrin-saturation", 32, "%", "%", rng="20..50"),
     R("vitamin-b12", 412, "pmol/L", "pg/mL", B12_PMOL, rng="220.."),
     R("folate", 28.4, "nmol/L", "ng/mL", FOL_NMOL, rng="10.4.."),
     R("vitamin-d", 84, "nmol/L", "ng/mL", VITD_NMOL, rng="75..250"),
     R("homocysteine", 11.8, "umol/L", "umol/L", rng="5.0..15.0"),
     R("hs-crp", 1.9, "mg/L", "mg/L", rng="..5.0")],
    "A Canadian two-page report with the units in the LAST column after the reference; the page footer repeats "
    "a print time, a requisition number and a toll-free number, and the health-card number and dates are no values")

# ======================= 7. Names on their own line, wrapped names, comment lines (NL) =======================
add("NL01", J("ARUP-style Reference Laboratory  -  Patient Report    Collected: 10/09/2025    Received: 10/10/2025",
              "Testosterone, Total, Males (Adult)",
              "    Result: 488 ng/dL    Reference: 240-950 ng/dL",
              "Testosterone, Free (Equilibrium Dialysis)",
              "    96.2 pg/mL    (47-244)",
              "    Method: Equilibrium dialysis followed by LC-MS/MS.",
              "Sex Hormone Binding Globulin",
              "    31 nmol/L    (11-80)",
              "Estradiol, Ultrasensitive (LC-MS/MS)",
              "    18.6 pg/mL    (8.0-35.0)",
              "    Note: This test was developed and its performance characteristics determined by the laboratory. It has not been cleared or approved by the US FDA.",
              "Dihydrotestosterone",
              "    52 ng/dL    (30-85)",
              "    Eval: Consistent with physiologic 5-alpha reduction; no further testing needed."),
    [R("testosterone", 488, "ng/dL", "ng/dL", rng="240..950"),
     R("testosterone-free", 96.2, "pg/mL", "pg/mL", rng="47..244"),
     R("shbg", 31, "nmol/L", "nmol/L", rng="11..80"),
     R("estradiol", 18.6, "pg/mL", "pg/mL", rng="8.0..35.0"),
     R("dihydrotestosterone", 52, "ng/dL", "ng/dL", rng="30..85")],
    "Each test name stands on its own line and its value, unit and range on the indented line below; the 'Method:', "
    "'Note:' and 'Eval:' lines after a result are comments (the '5' of 5-alpha is no value)")

w = [34, 11, 9]
chk("NL02 free androgen index = 100 x T (nmol/L) / SHBG", 100 * (585 / 28.842) / 38.4, 52.8, 0.05)
add("NL02", J("Endokrinologisches Labor Dr. Weiß  -  München    Befund vom 07.10.2025    Pat.: S., Andreas (m, 51 J.)",
              A(w, "Untersuchung", "Ergebnis", "Einheit", "Referenzbereich"),
              A(w, "Testosteron gesamt", "5,85", "ng/ml", "2,49 - 8,36"),
              "Sexualhormon-bindendes",
              A(w, "Globulin (SHBG)", "38,4", "nmol/l", "18,3 - 54,1"),
              A(w, "Freier Androgen-Index", "52,8", "%", "35,0 - 92,6"),
              "Dehydroepiandrosteron-",
              A(w, "sulfat (DHEA-S)", "312", "µg/dl", "88,9 - 427,0"),
              "Insulin-like growth factor 1",
              A(w, "(IGF-1, Somatomedin C)", "198", "ng/ml", "94 - 252"),
              "Beurteilung: IGF-1 im altersentsprechenden Referenzbereich.",
              A(w, "Östradiol", "29,6", "pg/ml", "11,3 - 43,2"),
              "Methode: ECLIA (cobas e 801)",
              A(w, "Prolaktin", "17,9 H", "ng/ml", "4,0 - 15,2"),
              "Kommentar: leicht erhöhtes Prolaktin; Bestimmung von Makroprolaktin empfohlen."),
    [R("testosterone", 5.85, "ng/mL", "ng/dL", TESTO_NGML, rng="2.49..8.36"),
     R("shbg", 38.4, "nmol/L", "nmol/L", rng="18.3..54.1"),
     R("?Freier Androgen-Index", 52.8, "%", "%", rng="35.0..92.6"),
     R("dhea-sulfate", 312, "ug/dL", "ug/dL", rng="88.9..427.0"),
     R("somatomedin-c", 198, "ng/mL", "ng/mL", rng="94..252"),
     R("estradiol", 29.6, "pg/mL", "pg/mL", rng="11.3..43.2"),
     R("prolactin", 17.9, "ng/mL", "ng/mL", printed="high", rng="4.0..15.2")],
    "Long German names wrap onto two lines with the values on the SECOND line ('Sexualhormon-bindendes' / 'Globulin "
    "(SHBG)', 'Dehydroepiandrosteron-' / 'sulfat (DHEA-S)'), each one result; the free androgen index has no "
    "catalog entry; 'Beurteilung:', 'Methode:' (cobas e 801) and 'Kommentar:' lines are no rows")

w = [22, 8, 8]
chk("NL03 LDL (Friedewald, mmol/L)", 5.9 - 1.18 - 1.4 / 2.2, 4.1, 0.05)
chk("NL03 non-HDL", 5.9 - 1.18, 4.7, 0.05)
add("NL03", J("Coastal Pathology Services  -  LIPID STUDIES    Fasting: Yes    Collected 11/09/2025",
              A(w, "Cholesterol", "5.9 H", "mmol/L", "(<5.5)"),
              A(w, "Triglyceride", "1.4", "mmol/L", "(<2.0)"),
              A(w, "HDL Cholesterol", "1.18", "mmol/L", "(>1.00)"),
              A(w, "LDL Cholesterol", "4.1 H", "mmol/L", "(<3.5)"),
              A(w, "Non-HDL Cholesterol", "4.7 H", "mmol/L", "(<4.0)"),
              "Comment: LDL cholesterol is calculated (Friedewald). Lipid targets depend on absolute cardiovascular risk.",
              "Apolipoprotein B",
              A(w, "", "1.21 H", "g/L", "(0.50-1.10)"),
              "Lipoprotein (a)",
              A(w, "", "212 H", "nmol/L", "(<75)"),
              "Comment: Lp(a) above 125 nmol/L is associated with increased cardiovascular risk; a single measurement is usually sufficient."),
    [R("total-cholesterol", 5.9, "mmol/L", "mg/dL", CHOL_MMOL, printed="high", rng="..5.5"),
     R("triglycerides", 1.4, "mmol/L", "mg/dL", TG_MMOL, rng="..2.0"),
     R("hdl-cholesterol", 1.18, "mmol/L", "mg/dL", CHOL_MMOL, rng="1.00.."),
     R("ldl-cholesterol", 4.1, "mmol/L", "mg/dL", CHOL_MMOL, printed="high", rng="..3.5"),
     R("non-hdl-cholesterol", 4.7, "mmol/L", "mg/dL", CHOL_MMOL, printed="high", rng="..4.0"),
     R("apolipoprotein-b", 1.21, "g/L", "mg/dL", APOB_GL, printed="high", rng="0.50..1.10"),
     R("lipoprotein-a", 212, "nmol/L", "nmol/L", printed="high", rng="..75")],
    "ApoB and Lp(a) print their names on their own line with the values indented in the result column below; the "
    "'Comment:' lines (with '125 nmol/L') are no rows and no ranges")

w = [40, 9, 6, 13]
chk("NL04 eAG = 28.7 x A1c - 46.7", 28.7 * 5.9 - 46.7, 123, 0.5)
add("NL04", J("Valley Medical Center  -  Lab Results    Ordered by: K. Brooks, NP    Resulted: 10/15/2025 11:02",
              A(w, "Component", "Value", "Flag", "Ref Range", "Units"),
              A(w, "Prostate Specific Antigen (PSA),", "1.34", "", "0.00-4.00", "ng/mL"),
              "  Screening/Monitoring",
              A(w, "Hemoglobin A1c/Hemoglobin.total in", "5.9", "H", "4.0-5.6", "%"),
              "  Blood",
              "  Note: 5.7-6.4% indicates increased risk for diabetes (prediabetes); >=6.5% is consistent with diabetes.",
              A(w, "Estimated Average Glucose", "123", "", "", "mg/dL"),
              A(w, "Insulin-like Growth Factor 1 (IGF-1),", "236", "", "98-282", "ng/mL"),
              "  LC/MS",
              "  Note: IGF-1 Z-score +0.9 (age- and sex-adjusted).",
              A(w, "Vitamin D, 25-Hydroxy, Total", "52.4", "", "30.0-100.0", "ng/mL"),
              "  (D2 + D3)",
              A(w, "Homocysteine", "12.6", "H", "<11.4", "umol/L")),
    [R("prostate-specific-antigen", 1.34, "ng/mL", "ng/mL", rng="0.00..4.00"),
     R("hemoglobin-a1c", 5.9, "%", "%", printed="high", rng="4.0..5.6"),
     R("estimated-average-glucose", 123, "mg/dL", "mg/dL"),
     R("somatomedin-c", 236, "ng/mL", "ng/mL", rng="98..282"),
     R("vitamin-d", 52.4, "ng/mL", "ng/mL", rng="30.0..100.0"),
     R("homocysteine", 12.6, "umol/L", "umol/L", printed="high", rng="..11.4")],
    "Long names wrap with the values on the FIRST line and the rest of the name alone below ('Blood', 'LC/MS', "
    "'(D2 + D3)'): no new rows; the HbA1c note's tiers and the IGF-1 Z-score are no rows, and eAG prints no range")

# ======================= 8. No result (NR) =======================
w = [26, 10, 10, 10, 10, 8]
add("NR01", J("CUMULATIVE SUMMARY  -  ENDOCRINOLOGY    Patient: DOE, JOHN    MRN 00481273    Printed 10/15/2025",
              A(w, "Test", "10/14/25", "07/08/25", "04/02/25", "01/06/25", "Units", "Ref Range"),
              "Tests in this summary: Testosterone, Total; Free Testosterone; Estradiol; SHBG; PSA, Total; Hematocrit",
              "Results begin on page 2.    Page 1 of 4"),
    "-",
    "A cumulative summary's header page: dates, column titles and a list of tests, but no value under any date")

w = [9, 36, 8]
add("NR02", J("LABORATORY REQUISITION    Order #: 7731-448201    Ordering provider: S. Patel, MD    NPI 1457000000",
              "Date ordered: 10/14/2025    Collect on/after: 10/21/2025    Fasting: 12 h    Diagnosis: E29.1, R53.83, Z79.890",
              A(w, "Code", "Test", "CPT", "Specimen"),
              A(w, "005017", "Testosterone, Free and Total", "84402", "SST 5 mL"),
              A(w, "004515", "Estradiol, Sensitive", "82670", "SST 5 mL"),
              A(w, "082016", "Sex Hormone Binding Globulin", "84270", "SST 5 mL"),
              A(w, "010322", "PSA, Total", "84153", "SST 5 mL"),
              A(w, "005009", "CBC With Differential/Platelet", "85025", "EDTA 3 mL"),
              A(w, "322000", "Comprehensive Metabolic Panel (14)", "80053", "SST 5 mL"),
              "Repeat every 12 weeks x 4    Next draw due: 01/13/2026"),
    "-",
    "An order form: test codes before the names, CPT codes after them, tube volumes, dates, fasting hours and "
    "diagnosis codes sit in the columns where results would go, and none is a result")

w = [8, 30, 6, 10, 10]
charges, adjust, bal = [72.00, 88.00, 64.00, 31.00, 12.00], [38.40, 46.90, 34.10, 16.50, 3.00], [33.60, 41.10, 29.90, 14.50, 9.00]
for c_, a_, b_ in zip(charges, adjust, bal): chk("NR03 balance = charge - adjustment", c_ - a_, b_, 0.001)
chk("NR03 total charge", sum(charges), 267.00, 0.001)
chk("NR03 total adjustment", sum(adjust), 138.90, 0.001)
chk("NR03 total balance", sum(bal), 128.10, 0.001)
add("NR03", J("INVOICE  INV-2025-10-4471    Statement date 10/30/2025    Account 88120-4471    Due 11/29/2025",
              A(w, "CPT", "Description", "Qty", "Charge", "Adjust", "Balance"),
              A(w, "84403", "Testosterone; total", "1", "$72.00", "-$38.40", "$33.60"),
              A(w, "84402", "Testosterone; free", "1", "$88.00", "-$46.90", "$41.10"),
              A(w, "82670", "Estradiol; total", "1", "$64.00", "-$34.10", "$29.90"),
              A(w, "85025", "Blood count; complete (CBC)", "1", "$31.00", "-$16.50", "$14.50"),
              A(w, "36415", "Venipuncture", "1", "$12.00", "-$3.00", "$9.00"),
              A(w, "Total", "", "", "$267.00", "-$138.90", "$128.10")),
    "-",
    "An invoice: CPT codes, quantities, charges, adjustments and balances in columns beside test names; every "
    "number is money or a code")

w = [30, 12, 8, 12]
add("NR04", J("PRELIMINARY REPORT  -  Results pending    Acc#: R25-451007    Collected: 10/20/2025 08:05",
              A(w, "Test", "Result", "Units", "Ref Range", "Status"),
              A(w, "Testosterone, Total, LC/MS", "PENDING", "ng/dL", "264-916", "In process"),
              A(w, "Estradiol, Sensitive", "PENDING", "pg/mL", "8.0-35.0", "Sent to reference lab"),
              A(w, "Sex Hormone Binding Globulin", "TO FOLLOW", "nmol/L", "16.5-55.9", "In process"),
              A(w, "PSA, Total", "PENDING", "ng/mL", "0.0-4.0", "Received"),
              "Expected turnaround: 3-5 business days. This page will be replaced by the final report."),
    "-",
    "A results-pending page: units and reference ranges are printed but the Result column says PENDING or TO FOLLOW; "
    "the range's first number must not be taken for a result")

w = [14, 8, 10, 13, 11, 10]
add("NR05", J("SPECIMEN TRACKING    Accession R25-448120    Patient: DOE, JOHN",
              A(w, "Container", "Drawn", "Received", "Centrifuged", "Temp (°C)", "Spin (g)", "Bench"),
              A(w, "SST 5 mL", "07:42", "08:31", "08:50", "4.2", "1300", "Chem A"),
              A(w, "EDTA 4 mL", "07:42", "08:33", "-", "21.6", "-", "Heme 2"),
              A(w, "SST 5 mL", "07:43", "08:31", "08:52", "4.4", "1300", "Send-out"),
              "Transport box log (°C): 3.8  4.1  4.6  4.4    Courier run 12    Box 0417",
              "Serum indices: H 12  I 2  L 18 (acceptable)"),
    "-",
    "A specimen-tracking table: times, storage temperatures, centrifuge forces and serum quality indices describe the "
    "tubes, not the patient ('H 12' is a haemolysis index, no flag and no result)")

add("NR06", J("Testosterone, Total (ng/dL)  -  your trend",
              "1200 |",
              " 900 |                          *",
              " 600 |            *                        *",
              " 300 |  *",
              "   0 +------------------------------------------",
              "      Jan 24     Apr 24     Jul 24     Oct 24     Jan 25",
              "Shaded band: reference interval 264 - 916 ng/dL    Dashed line: your target"),
    "-",
    "A trend chart's text: 1200/900/600/300/0 are the y-axis labels and the x-axis labels are months; the plotted "
    "points have no printed values, and the band's interval belongs to no result")

w = [14, 9, 15, 15]
add("NR07", J("Reference intervals  -  Men's Health Panel (adult male)    Effective 01/07/2025",
              A(w, "Analyte", "Units", "Age 18-39", "Age 40-59", "Age 60+"),
              A(w, "Testosterone", "nmol/L", "8.6 - 29.0", "7.8 - 27.5", "6.7 - 25.8"),
              A(w, "SHBG", "nmol/L", "18.3 - 54.1", "20.6 - 76.7", "24.5 - 92.1"),
              A(w, "Oestradiol", "pmol/L", "41 - 159", "41 - 159", "<150"),
              A(w, "PSA", "ug/L", "<2.0", "<3.0", "<4.5"),
              A(w, "Haematocrit", "L/L", "0.40 - 0.52", "0.40 - 0.52", "0.39 - 0.50"),
              "Source: laboratory verification study 2024 (n = 412 healthy men)."),
    "-",
    "A laboratory's reference-interval directory: every column holds an age band's interval and no patient value; "
    "'<2.0' is a bound, not a censored result")

# ======================= write keyed.tsv =======================
here = os.path.dirname(os.path.abspath(__file__))
ids = [c[0] for c in cases]
assert len(ids) == len(set(ids))
with open(os.path.join(here, "keyed.tsv"), "w", encoding="utf-8") as fh:
    fh.write("id\tline\texpected\twhy\n")
    for c in cases: fh.write("\t".join(c) + "\n")

# ======================= check every catalog key and normalized unit against the catalog =======================
catalog = {}
for path in sorted(glob.glob(os.path.join(here, "..", "..", "..", "biomarkers", "catalog", "biomarker-catalog.v*.ts"))):
    with open(path, encoding="utf-8") as fh:
        for ln in fh:
            ln = ln.strip()
            if ln.startswith('{"key": '):
                e_ = json.loads(ln.rstrip(","))
                catalog[e_["key"]] = e_["ucumUnit"]
assert len(catalog) > 200, len(catalog)
problems = []
flags, keys, qrows, words, rngs, nonorm, rows_by_kind, snip_by_kind, none_by_kind = {}, set(), 0, 0, {"text": 0, "empty": 0, "numeric": 0}, 0, {}, {}, {}
for c in cases:
    k2 = c[0][:2]
    snip_by_kind[k2] = snip_by_kind.get(k2, 0) + 1
    if c[2] == "-":
        none_by_kind[k2] = none_by_kind.get(k2, 0) + 1
        continue
    for r in c[2].split(" ;; "):
        f = r.split("|")
        assert len(f) == 6, (c[0], r)
        flags[f[2]] = flags.get(f[2], 0) + 1
        rows_by_kind[k2] = rows_by_kind.get(k2, 0) + 1
        if f[0].startswith("?"):
            qrows += 1
        else:
            keys.add(f[0])
            if f[0] not in catalog: problems.append((c[0], f[0], "no such catalog key"))
            elif f[4] and f[4] != catalog[f[0]]: problems.append((c[0], f[0], f"unit {f[4]} is not {catalog[f[0]]}"))
        if f[1]: words += 1
        rngs["text" if f[5] == "text" else "empty" if f[5] == "" else "numeric"] += 1
        if f[3] == "": nonorm += 1
for p in problems: print("PROBLEM", p)
nrows = sum(rows_by_kind.values())
print(len(cases), "snippets,", nrows, "rows,", sum(c[2] == "-" for c in cases), "without a result")
print("snippets", snip_by_kind)
print("without a result", none_by_kind)
print("rows", rows_by_kind)
print("flags", flags)
print(len(keys), "catalog keys;", nrows - qrows, "catalog rows;", qrows, "? rows;", words, "word results;", rngs, ";",
      nonorm, "rows without a normalized value")
print(len(catalog), "catalog entries read;", len(problems), "key/unit problems")
