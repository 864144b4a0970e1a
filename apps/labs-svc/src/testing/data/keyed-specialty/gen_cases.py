#!/usr/bin/env python3
"""Writes keyed.tsv (set 8, "specialty and functional-medicine panels"): what a longevity and hormone clinic's patients
upload from specialty laboratories -- advanced lipid and cardiometabolic panels (NMR LipoProfile, Cardio IQ ion
mobility, Boston Heart, Cleveland HeartLab, omega-3 fatty acids), micronutrient and metal tests (functional "% of
control" tables, serum and intracellular nutrients, RBC magnesium, blood and urine metals, a provoked urine), organic
acids (Mosaic OAT, Genova Organix/NutrEval), stool tests (GI-MAP qPCR, GI Effects, calprotectin, elastase, zonulin,
secretory IgA), hormones outside serum (saliva curves and sex hormones, a dried-blood-spot panel), biological-age
reports and consumer longevity dashboards, insulin/C-peptide/HOMA panels, and documents with no laboratory result.
Keyed as a laboratory professional reads them: every laboratory result (a test on a specimen: blood, serum, plasma,
red cells, urine, saliva, stool) is a row; every other number is not.

Columns: id, line, expected, why.  `expected` is `-` (no laboratory result) or rows `biomarker|valueText|flag|
normalizedValue|normalizedUnit|range` joined by ' ;; ', in the order the current results appear.  `biomarker` is the
catalog key, or `?` and the name as printed for a laboratory test the catalog lacks -- including a test of the same
substance on another specimen or as another property than the catalog entry's (urine, saliva, stool, red-cell or
white-cell contents, dried blood spot, "% of control" growth).  `range` is `low..high` (the LAB's interval as printed,
an empty side for an open bound; never a clinical goal, an optimal or "optimized" zone, a percentile or a population
bar), `text` (a word reference such as `Negative`, or guideline/risk tiers printed in place of an interval, as
keyed-tiers) or empty (no range printed).  Multi-line snippets are written with the two characters backslash-n.

Flags: the printed flag's meaning if one is printed (High/H/Elevated -> high; Low/L/Deficient -> low; Out of Range ->
abnormal; In Range/Within range/Normal/Optimal -> normal); else computed from the keyed bounds; `null` when there is no
printed flag and no numeric range (tiers kept as text get `null` unless a flag is printed).  A word answer against the
same word is `normal`, against another word `abnormal`.  A censored value (`<0.5`, `>500`) keeps its text in
valueText and is normalized from its bound; `<dl` (below the detection limit) keeps its text, has no normalized value,
and is normal against an interval with no lower bound (low against one with a lower bound).  Values printed in
scientific notation (`2.3e5`, `2.3 x 10^5`) are plain numbers, normalized to 3 significant figures, and such ranges are
written as plain decimals.  A `?` row's normalized unit is the printed unit in UCUM spelling, the number unchanged;
a printed ratio or score with no unit is `{ratio}` or `{score}` (as keyed-mixed IB03's A/G ratio is `{ratio}`).
The script checks every printed flag against the bounds, checks that no value sits on a bound, computes censored
values' flags, does every unit conversion and the HOMA arithmetic, writing it into `why`.  The same structure as
keyed-mixed/gen_cases.py.
"""
import math, os

def sig3(x):
    if x == 0: return "0"
    d = 3 - int(math.floor(math.log10(abs(x)))) - 1
    return f"{round(x, d):.{max(d, 0)}f}"

# ---- factors to the catalog's ucumUnit; (factor, how it is written in `why`) ----
CHOL_MMOL  = (38.665, "x 38.665 (cholesterol 386.65 g/mol: mmol/L -> mg/dL)")
TG_MMOL    = (88.57, "x 88.57 (triglycerides 885.7 g/mol: mmol/L -> mg/dL)")
GLU_MMOL   = (18.0156, "x 18.0156 (glucose 180.156 g/mol: mmol/L -> mg/dL)")
GL_MGDL    = (100.0, "x 100 (g/L -> mg/dL)")
MG_MMOL    = (2.4305, "x 2.4305 (magnesium 24.305 g/mol: mmol/L -> mg/dL)")
ZN_UMOL    = (6.538, "x 6.538 (zinc 65.38 g/mol: umol/L -> ug/dL)")
CU_UMOL    = (6.3546, "x 6.3546 (copper 63.546 g/mol: umol/L -> ug/dL)")
SE_UMOL    = (78.971, "x 78.971 (selenium 78.971 g/mol: umol/L -> ug/L)")
CORT_NMOL  = (362.46 / 10000, "x 0.036246 (cortisol 362.46 g/mol: nmol/L -> ug/dL)")

NL = "\\n"   # the two characters backslash, n
def J(*lines): return NL.join(lines)
def C(*fields): return "  ".join(fields)        # two spaces between fields
def T(*fields): return "    ".join(fields)      # a tab converted to spaces

def plain(s):
    """A range bound printed in scientific notation ('1.60e9', '1.6 x 10^9') as a plain decimal string."""
    s = s.replace(" x 10^", "e").replace("x10^", "e")
    v = float(s)
    return str(int(v)) if v.is_integer() else repr(v)

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

def dl_flag(rng):
    """`<dl`: below the detection limit, a value near zero."""
    b = bounds(rng)
    if b is None: return "null"
    lo, hi = b
    return "low" if (lo is not None and lo > 0) else "normal"

def fmtv(v): return str(int(v)) if float(v).is_integer() else str(v)

COMPATIBLE = {"high": ("high",), "low": ("low",), "abnormal": ("high", "low"), "normal": ("normal",)}

def R(bm, pv=None, pu="", nu="", f=None, *, printed=None, rng="", vt="", ref=None):
    """One expected row (as keyed-mixed): bm catalog key or ?Printed Name; pv the printed number; pu the printed unit;
    nu the catalog ucumUnit ('' = not convertible or no unit printed; for a ?row the printed unit in UCUM); f None or
    (factor, label); printed the printed flag mapped; rng the range as keyed; vt a censored, `<dl` or word value; ref a
    word reference for a word value."""
    note = ""
    dl = vt.lower().replace(" ", "") == "<dl"
    qual = bool(vt) and not dl and vt[0] not in "<>"
    if vt and not qual and not dl:
        assert pv == float(vt[1:]), (bm, vt, pv)
    if qual or dl or pv is None or nu == "":
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
    elif dl:
        c = dl_flag(rng)
    elif vt:
        c = censored_flag(vt, rng)
    else:
        c = computed_flag(pv, rng)
    if printed:
        assert printed in FLAGS, printed
        if not qual:
            assert c == "null" or c in COMPATIBLE[printed], (bm, pv, vt, rng, printed, c)
        else:
            assert c == "null" or c == printed, (bm, vt, printed, c)
        fl = printed
    else:
        fl = c
    return {"s": f"{bm}|{vt}|{fl}|{nv}|{nu}|{rng}", "rng": rng or "none", "note": note}

def homa_ir(glu_mgdl, ins, printed, label):
    """HOMA-IR = glucose (mg/dL) x insulin (uIU/mL) / 405; the printed value must be the lab's arithmetic."""
    v = glu_mgdl * ins / 405
    assert abs(v - printed) < 0.05 + 1e-9, (label, v, printed)
    return f"HOMA-IR check: {fmtv(glu_mgdl)} x {fmtv(ins)} / 405 = {v:.2f}, printed {fmtv(printed)}"

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

CFU = "{CFU}/g"

# ======================= 1. Advanced lipids and cardiometabolic panels (AL) =======================
add("AL01", J("NMR LipoProfile(R) Test with Lipids    Labcorp    Collected: 03/11/2025 07:40    Fasting: Yes    Specimen: Serum",
              T("Test", "Current Result and Flag", "Previous Result and Date", "Units", "Reference Interval"),
              T("LDL Particle Number", "1542  High", "1688  09/16/2024", "nmol/L", "<1000"),
              T("LDL-C (NIH Calc)", "131  High", "142  09/16/2024", "mg/dL", "0-99"),
              T("HDL-C", "44", "41  09/16/2024", "mg/dL", ">39"),
              T("Triglycerides", "162  High", "188  09/16/2024", "mg/dL", "0-149"),
              T("Cholesterol, Total", "207  High", "219  09/16/2024", "mg/dL", "100-199"),
              T("HDL-P (Total)", "29.1  Low", "28.0  09/16/2024", "umol/L", ">=30.5"),
              T("Small LDL-P", "812  High", "901  09/16/2024", "nmol/L", "<=527"),
              T("LDL Size", "20.3  Low", "20.1  09/16/2024", "nm", ">20.5"),
              T("LP-IR Score", "58  High", "63  09/16/2024", "", "<=45")),
    [R("ldl-particle-number", 1542, "nmol/L", "nmol/L", printed="high", rng="..1000"),
     R("ldl-cholesterol", 131, "mg/dL", "mg/dL", printed="high", rng="0..99"),
     R("hdl-cholesterol", 44, "mg/dL", "mg/dL", rng="39.."),
     R("triglycerides", 162, "mg/dL", "mg/dL", printed="high", rng="0..149"),
     R("total-cholesterol", 207, "mg/dL", "mg/dL", printed="high", rng="100..199"),
     R("?HDL-P (Total)", 29.1, "umol/L", "umol/L", printed="low", rng="30.5.."),
     R("?Small LDL-P", 812, "nmol/L", "nmol/L", printed="high", rng="..527"),
     R("?LDL Size", 20.3, "nm", "nm", printed="low", rng="20.5.."),
     R("?LP-IR Score", 58, "", "{score}", printed="high", rng="..45")],
    "an NMR lipoprotein report: the current column is the result, the 'Previous Result and Date' column is history (no "
    "rows); LDL-P is the catalog's ldl-particle-number; 'LDL-C (NIH Calc)' is the calculated LDL cholesterol; HDL-P, "
    "small LDL-P (catalog v7 leaves 'Small LDL-P' out on purpose: another count), LDL size and the LP-IR score are not "
    "in the catalog and keep their names; the LP-IR score is kept as a laboratory result because the laboratory "
    "computes it from six NMR measurements of this specimen and prints it with an interval (a judgement call: unlike a "
    "risk score it uses nothing but the specimen), unitless so {score}")
add("AL02", J("LIPOPROTEIN PARTICLE PROFILE  -  NMR    Final    04/22/2025",
              C("LDL-P", "1,108", "nmol/L", "H", "Reference <1000"),
              C("Small LDL-P", "<90", "nmol/L", "", "Reference <=527"),
              "LDL-P percentile in a reference population (Framingham Offspring, n=3,066):",
              C("  Percentile", "5th", "20th", "50th", "80th", "95th"),
              C("  LDL-P nmol/L", "720", "1000", "1300", "1600", "2020"),
              "Your LDL-P is at the 31st percentile. Risk categories: Low <1000, Moderate 1000-1299, Borderline-High 1300-1599, High 1600-2000, Very High >2000.",
              "Comment: Small LDL-P below the limit of quantitation."),
    [R("ldl-particle-number", 1108, "nmol/L", "nmol/L", printed="high", rng="..1000"),
     R("?Small LDL-P", 90, "nmol/L", "nmol/L", rng="..527", vt="<90")],
    "two NMR results; the percentile table is a reference-population distribution (no patient values, no rows), "
    "'31st percentile' is the patient's position, not a result, and the risk categories below are tiers that do not "
    "replace the printed reference interval; the small LDL-P is censored (<90, below the limit of quantitation)")
add("AL03", J("Cardio IQ(R) Lipoprotein Fractionation, Ion Mobility    Quest Diagnostics    Collected 01/28/2025",
              T("Test Name", "In Range", "Out of Range", "Reference Range", "Lab"),
              T("LDL PARTICLE NUMBER", "", "1621 H", "<1138 nmol/L", "Z4M"),
              T("LDL SMALL", "", "284 H", "<142 nmol/L", "Z4M"),
              T("LDL MEDIUM", "", "366 H", "<215 nmol/L", "Z4M"),
              T("HDL LARGE", "7215", "", ">6729 nmol/L", "Z4M"),
              T("LDL PATTERN", "", "B", "A", "Z4M"),
              T("LDL PEAK SIZE", "", "216.4 L", ">222.9 Angstrom", "Z4M"),
              T("LIPOPROTEIN (a)", "48", "", "<75 nmol/L", "EZ"),
              T("APOLIPOPROTEIN B", "", "104 H", "<90 mg/dL", "EZ")),
    [R("ldl-particle-number", 1621, "nmol/L", "nmol/L", printed="high", rng="..1138"),
     R("?LDL SMALL", 284, "nmol/L", "nmol/L", printed="high", rng="..142"),
     R("?LDL MEDIUM", 366, "nmol/L", "nmol/L", printed="high", rng="..215"),
     R("?HDL LARGE", 7215, "nmol/L", "nmol/L", rng="6729.."),
     R("?LDL PATTERN", vt="B", rng="text", ref="A", printed="abnormal"),
     R("?LDL PEAK SIZE", 216.4, "Angstrom", "Ao", printed="low", rng="222.9.."),
     R("lipoprotein-a", 48, "nmol/L", "nmol/L", rng="..75"),
     R("apolipoprotein-b", 104, "mg/dL", "mg/dL", printed="high", rng="..90")],
    "an ion-mobility fractionation: the In Range / Out of Range column holding the value is its status; the total LDL "
    "particle number is the catalog entry, the small and medium LDL and large HDL fractions are other counts (not in "
    "the catalog); the LDL pattern is a word answer against the reference 'A' (B in the Out of Range column: "
    "abnormal); the peak size in Angstrom is UCUM 'Ao'; the performing-lab codes (Z4M, EZ) are no values")
add("AL04", J("Re: your advanced lipid results",
              "Hi Tom - Quest results from 2/27 are in. Lp(a) 187 nmol/L (ref <75) H, ApoB 92 mg/dL (ref <90) H, LDL particle number 1,240 nmol/L (ref <1138) H, which puts you at about the 61st percentile for your age.",
              "For comparison, your Lp(a) in 2022 was 171 nmol/L. Given the Lp(a), our goal for ApoB is <60 mg/dL.",
              "Plan: rosuvastatin 10 mg daily, ezetimibe 10 mg; repeat ApoB in 8 weeks. - Dr. Iyer"),
    [R("lipoprotein-a", 187, "nmol/L", "nmol/L", printed="high", rng="..75"),
     R("apolipoprotein-b", 92, "mg/dL", "mg/dL", printed="high", rng="..90"),
     R("ldl-particle-number", 1240, "nmol/L", "nmol/L", printed="high", rng="..1138")],
    "a clinician's message: the three current results with the lab's ranges are rows; the percentile, the 2022 Lp(a) "
    "(history), the ApoB goal <60 (a treatment target, not a range), the doses and '8 weeks' are no rows")
add("AL05", J("Cleveland HeartLab    Cardiovascular Inflammation Panel    Collected 04/02/2025    Specimens: plasma, serum, urine",
              T("Test", "Result", "Units", "Low Risk", "Moderate Risk", "High Risk"),
              T("hs-CRP", "2.4", "mg/L", "<1.0", "1.0-3.0", ">3.0"),
              T("Myeloperoxidase (MPO)", "512", "pmol/L", "<470", "470-539", ">=540"),
              T("Lp-PLA2 Activity", "188", "nmol/min/mL", "<=123", "", ">123"),
              T("OxLDL", "48", "U/L", "<60", "60-69", ">=70"),
              T("F2-Isoprostanes/Creatinine", "0.91", "ng/mg", "<0.86", "0.86-2.19", ">=2.20"),
              T("TMAO", "7.4", "uM", "<6.2", "6.2-9.9", ">=10.0"),
              T("Microalbumin/Creatinine Ratio, Urine", "12", "mg/g", "<17 (M)", "17-250", ">250")),
    [R("hs-crp", 2.4, "mg/L", "mg/L", rng="text"),
     R("?Myeloperoxidase (MPO)", 512, "pmol/L", "pmol/L", rng="text"),
     R("?Lp-PLA2 Activity", 188, "nmol/min/mL", "nmol/min/mL", rng="text"),
     R("?OxLDL", 48, "U/L", "U/L", rng="text"),
     R("?F2-Isoprostanes/Creatinine", 0.91, "ng/mg", "ng/mg", rng="text"),
     R("tmao", 7.4, "uM", "umol/L", rng="text"),
     R("microalbumin-creatinine-ratio", 12, "mg/g", "mg/g", rng="text")],
    "a risk-tier layout: each result is followed only by its Low/Moderate/High risk cut-offs, with no separate "
    "reference interval and no printed flag, so as keyed-tiers the range is `text` and the flag null; MPO, Lp-PLA2 "
    "activity, OxLDL and the urinary F2-isoprostanes per creatinine are not in the catalog (the isoprostanes are a "
    "urine test, ng/mg); TMAO is catalog v8's entry, uM = umol/L; the urine albumin/creatinine ratio is the catalog "
    "entry")
add("AL06", J("Cleveland HeartLab  -  Page 2    Endothelial function and fatty acids",
              C("ADMA", "118 ng/mL", "Reference <=123"),
              C("SDMA", "141 ng/mL", "H", "Reference 73-135"),
              C("OmegaCheck(R) (EPA+DPA+DHA, whole blood)", "4.6 % by wt", "Reference: >5.4 optimal; 3.8-5.4 moderate; <3.8 high risk"),
              C("Omega-6/Omega-3 Ratio", "9.8", "Reference 3.7-14.4"),
              C("Arachidonic Acid/EPA Ratio", "21.6", "Reference 3.7-40.7"),
              C("EPA", "0.3 % by wt", "Reference 0.2-2.3"),
              C("DHA", "1.8 % by wt", "Reference 1.4-5.1"),
              "Percentile ranks are shown for reference only; population bars are not patient values."),
    [R("?ADMA", 118, "ng/mL", "ng/mL", rng="..123"),
     R("?SDMA", 141, "ng/mL", "ng/mL", printed="high", rng="73..135"),
     R("?OmegaCheck(R) (EPA+DPA+DHA, whole blood)", 4.6, "% by wt", "%", rng="text"),
     R("?Omega-6/Omega-3 Ratio", 9.8, "", "{ratio}", rng="3.7..14.4"),
     R("?Arachidonic Acid/EPA Ratio", 21.6, "", "{ratio}", rng="3.7..40.7"),
     R("?EPA", 0.3, "% by wt", "%", rng="0.2..2.3"),
     R("?DHA", 1.8, "% by wt", "%", rng="1.4..5.1")],
    "ADMA and SDMA are not in the catalog; OmegaCheck is the WHOLE-BLOOD EPA+DPA+DHA percentage, not the red-cell "
    "omega-3 index (catalog v7 leaves 'OmegaCheck Index' out on purpose), so it is a ?row, never omega-3-index; its "
    "reference is tiers (text, flag null); the two ratios are computed by the laboratory from this specimen's fatty "
    "acids and printed with an interval, so they are kept as results ({ratio}); '% by wt' is %")
add("AL07", J("OmegaQuant Analytics    Omega-3 Index Complete    Specimen: red blood cells (EDTA whole blood, venous)    Received 06/03/2025",
              "Your Omega-3 Index: 5.6%    Undesirable <4%  |  Intermediate 4-8%  |  Desirable 8-12%",
              "Your Omega-3 Index is at the 44th percentile of 11,000 tested individuals.",
              "To reach 8%, consider about 1,600 mg EPA+DHA per day for 3-4 months, then retest.",
              "Omega-6:Omega-3 Ratio  7.9:1        AA:EPA Ratio  19.4:1        Trans Fat Index  0.62%",
              "Fatty acid profile (% of total RBC fatty acids):  EPA 0.6%   DPA 1.9%   DHA 5.0%   Arachidonic acid 16.1%   Linoleic acid 12.4%",
              "Only the Omega-3 Index is reported with a desirable range; other values are for information."),
    [R("omega-3-index", 5.6, "%", "%", rng="text"),
     R("?Omega-6:Omega-3 Ratio", 7.9, "", "{ratio}"),
     R("?AA:EPA Ratio", 19.4, "", "{ratio}"),
     R("?Trans Fat Index", 0.62, "%", "%"),
     R("?EPA", 0.6, "%", "%"),
     R("?DPA", 1.9, "%", "%"),
     R("?DHA", 5.0, "%", "%"),
     R("?Arachidonic acid", 16.1, "%", "%"),
     R("?Linoleic acid", 12.4, "%", "%")],
    "a red-cell fatty-acid report: the omega-3 index is the catalog entry, its zones are tiers (text, flag null); the "
    "44th percentile and the tested-population size are no rows; the intake advice (1,600 mg/day, 3-4 months) is no "
    "row; the ratios written '7.9:1' are the numbers 7.9 and 19.4 (not titres), computed by the laboratory from this "
    "specimen, without a range; the single fatty acids in % of red-cell fatty acids are not in the catalog")
add("AL08", J("Boston Heart Diagnostics    Lipid and Lipoprotein Report    Collected 02/05/2025",
              T("Test", "Result", "Units", "Reference"),
              T("Total Cholesterol", "198", "mg/dL", "<200"),
              T("LDL-C, Direct", "122  H", "mg/dL", "<100"),
              T("HDL-C", "52", "mg/dL", ">=40"),
              T("Triglycerides", "118", "mg/dL", "<150"),
              T("sdLDL-C (small dense LDL cholesterol)", "41  H", "mg/dL", "<=30"),
              T("Lp(a)", "62  H", "mg/dL", "<30"),
              T("Apo A-I", "138", "mg/dL", ">=115"),
              T("Apo B", "104  H", "mg/dL", "<80"),
              T("HDL Map: Alpha-1 HDL", "19  L", "mg/dL", ">=20"),
              "Boston Heart Score summary: 3 of 9 markers in the optimal range."),
    [R("total-cholesterol", 198, "mg/dL", "mg/dL", rng="..200"),
     R("ldl-cholesterol", 122, "mg/dL", "mg/dL", printed="high", rng="..100"),
     R("hdl-cholesterol", 52, "mg/dL", "mg/dL", rng="40.."),
     R("triglycerides", 118, "mg/dL", "mg/dL", rng="..150"),
     R("?sdLDL-C (small dense LDL cholesterol)", 41, "mg/dL", "mg/dL", printed="high", rng="..30"),
     R("lipoprotein-a", 62, "mg/dL", "", printed="high", rng="..30"),
     R("apolipoprotein-a1", 138, "mg/dL", "mg/dL", rng="115.."),
     R("apolipoprotein-b", 104, "mg/dL", "mg/dL", printed="high", rng="..80"),
     R("?HDL Map: Alpha-1 HDL", 19, "mg/dL", "mg/dL", printed="low", rng="20..")],
    "the standard lipids, ApoA-I and ApoB are catalog entries (a direct LDL-C is still LDL cholesterol); sdLDL-C and "
    "the alpha-1 HDL subfraction are not in the catalog; Lp(a) in mg/dL is not converted (catalog v9: no single factor "
    "to nmol/L), so its normalized value and unit are empty, as keyed-tiers P12; the '3 of 9' summary is no row")
add("AL09", J("me: got my cleveland heartlab back!! MPO 388 (they say under 470 is low risk), TMAO 3.1, hs-CRP 0.6",
              "me: and Lp(a) was 34 nmol/L, thank god",
              "me: ApoB 81 though and dr wants it under 70. she said take the fish oil 2 caps (1,280 mg EPA+DHA) and recheck in 3 mo",
              "sister: nice!! mine was 112 last year lol"),
    [R("?MPO", 388),
     R("tmao", 3.1),
     R("hs-crp", 0.6),
     R("lipoprotein-a", 34, "nmol/L", "nmol/L"),
     R("apolipoprotein-b", 81)],
    "a text thread: the patient's five results are rows; MPO, TMAO, hs-CRP and ApoB are written without units, so "
    "they have no normalized value (the convention for a result printed without its unit); 'under 470 is low risk' "
    "is a risk cut-off relayed, not a reference interval, and 'under 70' is a goal, so no ranges and flags null; the "
    "dose, '3 mo' and the sister's '112 last year' (someone else's number) are no rows")
add("AL10", J("Quest Diagnostics    Cardio IQ(R) Panel    Collected 03/19/2025 08:05 (fasting 12 h)",
              C("Lp-PLA2 Activity", "162", "H", "<124", "nmol/min/mL"),
              C("Glucose", "101", "H", "65-99", "mg/dL"),
              C("Insulin, LC/MS/MS", "14", "", "<=18", "uIU/mL"),
              C("C-Peptide, LC/MS/MS", "2.61", "", "0.68-2.16", "ng/mL", "H"),
              C("Insulin Resistance Score", "71", "H", "<33", ""),
              "Insulin Resistance Score: derived from fasting insulin and C-peptide (LC/MS/MS); higher scores indicate greater insulin resistance.",
              "10-year ASCVD risk (pooled cohort equations, provided by clinician): 6.8%"),
    [R("?Lp-PLA2 Activity", 162, "nmol/min/mL", "nmol/min/mL", printed="high", rng="..124"),
     R("glucose", 101, "mg/dL", "mg/dL", printed="high", rng="65..99"),
     R("insulin", 14, "uIU/mL", "u[IU]/mL", rng="..18"),
     R("c-peptide", 2.61, "ng/mL", "ng/mL", printed="high", rng="0.68..2.16"),
     R("?Insulin Resistance Score", 71, "", "{score}", printed="high", rng="..33")],
    "a cardiometabolic panel: insulin and C-peptide by mass spectrometry are still the catalog's insulin and "
    "C-peptide; the insulin resistance score is computed by the laboratory from this specimen's insulin and C-peptide "
    "and printed with an interval and flag, so it is a ?row (as the LP-IR score, AL01); the ASCVD risk is a clinical "
    "score (age, blood pressure, smoking), not a result; uIU/mL = u[IU]/mL; the collection time and fasting hours are "
    "no rows")
add("AL11", J("LIPID PANEL WITH RATIOS    Collected 05/14/2025",
              C("CHOLESTEROL, TOTAL", "214", "H", "<200 mg/dL"),
              C("HDL CHOLESTEROL", "58", "", "> OR = 40 mg/dL"),
              C("TRIGLYCERIDES", "96", "", "<150 mg/dL"),
              C("LDL-CHOLESTEROL", "136", "H", "mg/dL (calc)    Reference range: <100"),
              C("CHOL/HDLC RATIO", "3.7", "", "<5.0 (calc)"),
              C("NON HDL CHOLESTEROL", "156", "H", "<130 mg/dL (calc)"),
              C("LDL/HDL RATIO", "2.34", "", "<3.22 (calc)"),
              C("TRIGLYCERIDE/HDL RATIO", "1.66", "", "<3.5 (calc)"),
              "Desirable range <100 mg/dL for primary prevention; <70 mg/dL for patients with CHD or diabetic patients with >2 CHD risk factors.",
              "10-year ASCVD risk estimate: 5.1% (borderline)"),
    [R("total-cholesterol", 214, "mg/dL", "mg/dL", printed="high", rng="..200"),
     R("hdl-cholesterol", 58, "mg/dL", "mg/dL", rng="40.."),
     R("triglycerides", 96, "mg/dL", "mg/dL", rng="..150"),
     R("ldl-cholesterol", 136, "mg/dL", "mg/dL", printed="high", rng="..100"),
     R("cholesterol-hdl-ratio", 3.7, "", "{ratio}", rng="..5.0"),
     R("non-hdl-cholesterol", 156, "mg/dL", "mg/dL", printed="high", rng="..130"),
     R("ldl-hdl-ratio", 2.34, "", "{ratio}", rng="..3.22"),
     R("triglyceride-hdl-ratio", 1.66, "", "{ratio}", rng="..3.5")],
    "computed ratios that the laboratory prints with an interval are results and three of them are catalog entries: "
    "'CHOL/HDLC RATIO' is the total cholesterol/HDL ratio (catalog v3 moved that name off the LDL/HDL ratio), the "
    "LDL/HDL and triglyceride/HDL ratios their own entries; '(calc)' is a method note; the desirable-range sentence "
    "(<100, <70) is guidance, and the ASCVD estimate a score, no rows")
add("AL12", J("Department of Clinical Biochemistry    Lipid Clinic Profile    Sample: serum    Received 11/03/2025",
              T("Test", "Result", "Units", "Reference range"),
              T("Total cholesterol", "5.8", "mmol/L", "<5.0", "H"),
              T("LDL cholesterol (calc)", "3.9", "mmol/L", "<3.0", "H"),
              T("HDL cholesterol", "1.21", "mmol/L", ">1.0"),
              T("Triglyceride", "1.6", "mmol/L", "<1.7"),
              T("Non-HDL cholesterol", "4.59", "mmol/L", "<4.0", "H"),
              T("Apolipoprotein B", "1.12", "g/L", "0.55-1.25"),
              T("Apolipoprotein A1", "1.38", "g/L", "1.05-2.05"),
              T("ApoB/ApoA1 ratio", "0.81", "", "<0.90"),
              T("Lipoprotein (a)", "142", "nmol/L", "<75", "H"),
              "QRISK3 10-year risk 8.4% (calculated by GP system)."),
    [R("total-cholesterol", 5.8, "mmol/L", "mg/dL", CHOL_MMOL, printed="high", rng="..5.0"),
     R("ldl-cholesterol", 3.9, "mmol/L", "mg/dL", CHOL_MMOL, printed="high", rng="..3.0"),
     R("hdl-cholesterol", 1.21, "mmol/L", "mg/dL", CHOL_MMOL, rng="1.0.."),
     R("triglycerides", 1.6, "mmol/L", "mg/dL", TG_MMOL, rng="..1.7"),
     R("non-hdl-cholesterol", 4.59, "mmol/L", "mg/dL", CHOL_MMOL, printed="high", rng="..4.0"),
     R("apolipoprotein-b", 1.12, "g/L", "mg/dL", GL_MGDL, rng="0.55..1.25"),
     R("apolipoprotein-a1", 1.38, "g/L", "mg/dL", GL_MGDL, rng="1.05..2.05"),
     R("?ApoB/ApoA1 ratio", 0.81, "", "{ratio}", rng="..0.90"),
     R("lipoprotein-a", 142, "nmol/L", "nmol/L", printed="high", rng="..75")],
    "a British lipid-clinic profile in SI units: converted to the catalog's units with the catalog's molar masses, "
    "the ranges kept in the printed unit; the ApoB/ApoA1 ratio is a laboratory-computed ratio the catalog lacks; "
    "QRISK3 is a risk score, no row")

# ======================= 2. Micronutrients and metals (MN) =======================
add("MN01", J("SpectraCell Laboratories    Micronutrient Test (lymphocyte proliferation)    Collected 02/20/2025",
              T("Test", "Patient Result (% control)", "Reference Range (greater than)", "Status"),
              T("Vitamin B1 (Thiamin)", "81", ">78", ""),
              T("Vitamin B6 (Pyridoxine)", "52", ">54", "Deficient"),
              T("Vitamin B12 (Cobalamin)", "12", ">13", "Deficient"),
              T("Folate", "38", ">34", ""),
              T("Vitamin D3 (Cholecalciferol)", "58", ">50", ""),
              T("Magnesium", "33", ">36", "Deficient"),
              T("Zinc", "41", ">37", ""),
              T("SPECTROX(TM) Total Antioxidant Function", "62", ">40", ""),
              "Results are the growth of the patient's lymphocytes in a medium lacking the nutrient, as a percentage of growth in a complete medium."),
    [R("?Vitamin B1 (Thiamin)", 81, "%", "%", rng="78.."),
     R("?Vitamin B6 (Pyridoxine)", 52, "%", "%", printed="low", rng="54.."),
     R("?Vitamin B12 (Cobalamin)", 12, "%", "%", printed="low", rng="13.."),
     R("?Folate", 38, "%", "%", rng="34.."),
     R("?Vitamin D3 (Cholecalciferol)", 58, "%", "%", rng="50.."),
     R("?Magnesium", 33, "%", "%", printed="low", rng="36.."),
     R("?Zinc", 41, "%", "%", rng="37.."),
     R("?SPECTROX(TM) Total Antioxidant Function", 62, "%", "%", rng="40..")],
    "a functional micronutrient test: each value is lymphocyte growth as % of control, a laboratory result but NOT a "
    "concentration of the nutrient, so none is coded to the serum entries whose names match ('Vitamin B12', 'Folate', "
    "'Magnesium', 'Zinc', and 'Vitamin D3', a catalog alias of vitamin-d): 12% would read as a B12 of 12 pg/mL and "
    "58% as a vitamin D of 58 ng/mL; all keep their printed names in %; 'Deficient' is the printed low flag")
add("MN02", J("Patient portal  -  Results  -  Nutrition",
              "SpectraCell Micronutrient (03/04/2025)",
              C("  Vitamin D3", "61 %", "Ref >50", "Adequate"),
              C("  Vitamin B12", "14 %", "Ref >13", "Adequate"),
              "Quest Diagnostics (03/04/2025, same draw)",
              C("  Vitamin D, 25-Hydroxy, Total", "34 ng/mL", "30-100"),
              C("  Vitamin B12", "402 pg/mL", "200-1100"),
              C("  Methylmalonic Acid", "212 nmol/L", "87-318"),
              "Recommendation from your coach: Vitamin D3 2,000 IU daily; methyl-B12 1,000 mcg sublingual 3x/week."),
    [R("?Vitamin D3", 61, "%", "%", printed="normal", rng="50.."),
     R("?Vitamin B12", 14, "%", "%", printed="normal", rng="13.."),
     R("vitamin-d", 34, "ng/mL", "ng/mL", rng="30..100"),
     R("vitamin-b12", 402, "pg/mL", "pg/mL", rng="200..1100"),
     R("methylmalonic-acid", 212, "nmol/L", "nmol/L", rng="87..318")],
    "the same names twice: the SpectraCell lines are % of control (functional growth, ?rows in %), the Quest lines "
    "are serum concentrations and are the catalog's vitamin D, B12 and methylmalonic acid (serum); 'Adequate' is the "
    "printed normal; the coach's doses are no rows")
add("MN03", J("Vibrant-style Micronutrients    Extracellular (serum) and intracellular (white blood cell) levels    Collected 01/09/2025",
              T("Analyte", "Result", "Units", "Reference", "Flag"),
              T("Vitamin A, Serum", "48", "ug/dL", "38-98", ""),
              T("Vitamin A, WBC (intracellular)", "0.41", "ug/10^9 cells", "0.45-1.20", "L"),
              T("Vitamin E (alpha-tocopherol), Serum", "11.2", "mg/L", "5.5-17.0", ""),
              T("Vitamin B6 (PLP), Serum", "18", "nmol/L", "20-125", "L"),
              T("Vitamin B6, WBC (intracellular)", "2.9", "ng/10^9 cells", "1.8-6.4", ""),
              T("Zinc, Serum", "71", "ug/dL", "60-130", ""),
              T("Zinc, WBC (intracellular)", "0.98", "ug/10^9 cells", "0.74-1.60", ""),
              T("Copper, Serum", "112", "ug/dL", "70-175", ""),
              T("Selenium, Serum", "118", "ug/L", "110-165", ""),
              T("Coenzyme Q10, Serum", "0.62", "ug/mL", "0.37-1.50", "")),
    [R("vitamin-a", 48, "ug/dL", "ug/dL", rng="38..98"),
     R("?Vitamin A, WBC (intracellular)", 0.41, "ug/10^9 cells", "ug/10*9{cells}", printed="low", rng="0.45..1.20"),
     R("vitamin-e", 11.2, "mg/L", "mg/L", rng="5.5..17.0"),
     R("vitamin-b6", 18, "nmol/L", "nmol/L", printed="low", rng="20..125"),
     R("?Vitamin B6, WBC (intracellular)", 2.9, "ng/10^9 cells", "ng/10*9{cells}", rng="1.8..6.4"),
     R("zinc", 71, "ug/dL", "ug/dL", rng="60..130"),
     R("?Zinc, WBC (intracellular)", 0.98, "ug/10^9 cells", "ug/10*9{cells}", rng="0.74..1.60"),
     R("copper", 112, "ug/dL", "ug/dL", rng="70..175"),
     R("selenium", 118, "ug/L", "ug/L", rng="110..165"),
     R("?Coenzyme Q10, Serum", 0.62, "ug/mL", "ug/mL", rng="0.37..1.50")],
    "a micronutrient panel with two specimens per nutrient: the serum lines are the catalog's vitamin A, vitamin E "
    "(alpha-tocopherol), vitamin B6 (PLP), zinc, copper and selenium; the white-cell (intracellular) lines are the "
    "same substances in another specimen and property (per 10^9 cells, UCUM 10*9{cells}), so they keep their names; "
    "coenzyme Q10 is not in the catalog")
add("MN04", J("MAGNESIUM, RBC AND TRACE ELEMENTS    Quest Diagnostics    Collected 04/15/2025",
              C("Test Name", "Result", "Flag", "Reference Range"),
              C("MAGNESIUM, RBC", "3.9", "L", "4.0-6.4 mg/dL"),
              C("MAGNESIUM", "2.1", "", "1.5-2.5 mg/dL"),
              C("ZINC, PLASMA", "68", "", "60-130 mcg/dL"),
              C("COPPER", "121", "", "70-175 mcg/dL"),
              C("SELENIUM", "142", "", "63-160 mcg/L"),
              C("CERULOPLASMIN", "24", "", "18-36 mg/dL")),
    [R("magnesium-rbc", 3.9, "mg/dL", "mg/dL", printed="low", rng="4.0..6.4"),
     R("magnesium", 2.1, "mg/dL", "mg/dL", rng="1.5..2.5"),
     R("zinc", 68, "mcg/dL", "ug/dL", rng="60..130"),
     R("copper", 121, "mcg/dL", "ug/dL", rng="70..175"),
     R("selenium", 142, "mcg/L", "ug/L", rng="63..160"),
     R("ceruloplasmin", 24, "mg/dL", "mg/dL", rng="18..36")],
    "the red-cell magnesium is catalog v8's magnesium-rbc, the plain MAGNESIUM the serum entry (never each other); "
    "plasma zinc, copper and selenium are the catalog entries (serum or plasma); mcg/dL = ug/dL, mcg/L = ug/L")
add("MN05", J("Nutritional Biochemistry    Sample: serum / EDTA red cells    Reported 07/21/2025",
              C("Serum magnesium", "0.82 mmol/L", "(0.70-1.00)"),
              C("Red cell magnesium", "1.94 mmol/L", "(1.70-2.60)"),
              C("Serum zinc", "12.4 umol/L", "(11.0-24.0)"),
              C("Serum copper", "16.8 umol/L", "(11.0-22.0)"),
              C("Serum selenium", "1.12 umol/L", "(0.89-1.65)"),
              C("Serum cortisol (09:00)", "412 nmol/L", "(133-537)")),
    [R("magnesium", 0.82, "mmol/L", "mg/dL", MG_MMOL, rng="0.70..1.00"),
     R("magnesium-rbc", 1.94, "mmol/L", "mg/dL", MG_MMOL, rng="1.70..2.60"),
     R("zinc", 12.4, "umol/L", "ug/dL", ZN_UMOL, rng="11.0..24.0"),
     R("copper", 16.8, "umol/L", "ug/dL", CU_UMOL, rng="11.0..22.0"),
     R("selenium", 1.12, "umol/L", "ug/L", SE_UMOL, rng="0.89..1.65"),
     R("cortisol", 412, "nmol/L", "ug/dL", CORT_NMOL, rng="133..537")],
    "an SI nutrition panel: converted with the catalog's molar masses (catalog v8: the red cells' magnesium as the "
    "serum's), ranges kept in the printed unit; the serum cortisol is the catalog's (serum) cortisol; '09:00' is the "
    "collection time, no row")
add("MN06", J("URINE TOXIC METALS    Doctor's Data-style report    Collection Period: Random    Method: ICP-MS",
              T("Metals", "Result (ug/g creat)", "Reference Interval", "Within / Outside"),
              T("Aluminum (Al)", "11", "< 35", ""),
              T("Arsenic (As)", "96", "< 80", "Elevated"),
              T("Cadmium (Cd)", "0.4", "< 1", ""),
              T("Lead (Pb)", "0.9", "< 2", ""),
              T("Mercury (Hg)", "< dl", "< 4", ""),
              T("Thallium (Tl)", "0.21", "< 0.5", ""),
              T("Tin (Sn)", "0.6", "< 5", ""),
              T("URINE CREATININE", "Result (mg/dL)", "Reference Interval"),
              T("Creatinine", "84.2", "30- 225"),
              "<dl: less than detection limit. Results are creatinine corrected to account for urine dilution variations. pH upon receipt: Acceptable."),
    [R("?Aluminum (Al)", 11, "ug/g creat", "ug/g", rng="..35"),
     R("?Arsenic (As)", 96, "ug/g creat", "ug/g", printed="high", rng="..80"),
     R("?Cadmium (Cd)", 0.4, "ug/g creat", "ug/g", rng="..1"),
     R("?Lead (Pb)", 0.9, "ug/g creat", "ug/g", rng="..2"),
     R("?Mercury (Hg)", vt="<dl", rng="..4"),
     R("?Thallium (Tl)", 0.21, "ug/g creat", "ug/g", rng="..0.5"),
     R("?Tin (Sn)", 0.6, "ug/g creat", "ug/g", rng="..5"),
     R("?Creatinine", 84.2, "mg/dL", "mg/dL", rng="30..225")],
    "a urine toxic-metals report: metals per gram of urine creatinine are laboratory results the catalog lacks "
    "('ug/g creat' written ug/g as keyed-mixed's 'mg/g creat' = mg/g); '< dl' is below the detection limit (valueText "
    "<dl, no number, normal against '< 4'); the urine creatinine is not the serum creatinine (keyed-mixed UR03), so "
    "it keeps its name; 'Elevated' is the printed high; 'pH upon receipt: Acceptable' is a specimen check, no row")
add("MN07", J("URINE TOXIC METALS  -  POST-PROVOCATION    Collected 05/12/2025",
              "SPECIMEN DATA:  Collection Period: 6 hours    Volume: 1,850 mL    Provoking Agent: DMSA    Provocation: 500 mg oral    Date Received: 05/14/2025",
              T("Metals", "Result (ug/g creat)", "Reference Interval"),
              T("Lead (Pb)", "6.8  Elevated", "< 2"),
              T("Mercury (Hg)", "3.1", "< 4"),
              T("Cadmium (Cd)", "0.6", "< 1"),
              T("Arsenic (As)", "22", "< 80"),
              T("Creatinine", "72 mg/dL", "30- 225"),
              "Reference intervals are representative of a healthy population under non-provoked conditions. Chelation (provocation) agents can increase urinary excretion of metals."),
    [R("?Lead (Pb)", 6.8, "ug/g creat", "ug/g", printed="high", rng="..2"),
     R("?Mercury (Hg)", 3.1, "ug/g creat", "ug/g", rng="..4"),
     R("?Cadmium (Cd)", 0.6, "ug/g creat", "ug/g", rng="..1"),
     R("?Arsenic (As)", 22, "ug/g creat", "ug/g", rng="..80"),
     R("?Creatinine", 72, "mg/dL", "mg/dL", rng="30..225")],
    "a provoked (chelation-challenge) urine: the measured metals and the urine creatinine are laboratory results of "
    "the specimen and are rows, with the interval the laboratory prints (it says the interval is a non-provoked one; "
    "the printed interval and 'Elevated' are still what the report states); the specimen data are no rows: the "
    "collection period (6 hours) and the VOLUME 1,850 mL describe the collection (the volume is the patient's "
    "collected amount, used to judge completeness, not a measurement of an analyte), and 'DMSA 500 mg' is the "
    "provoking agent's dose")
add("MN08", J("HEAVY METALS PANEL, BLOOD    Collected 08/02/2025    Specimen: whole blood (royal blue, EDTA)",
              C("LEAD (VENOUS)", "2.4", "", "<3.5 mcg/dL"),
              C("MERCURY, BLOOD", "11", "H", "<=10 mcg/L"),
              C("ARSENIC, BLOOD", "<3", "", "<=12 mcg/L"),
              C("CADMIUM, BLOOD", "0.6", "", "<=1.2 mcg/L"),
              "Comment: blood mercury reflects recent methylmercury intake (fish). Patient reports tuna 4-5 times/week."),
    [R("?LEAD (VENOUS)", 2.4, "mcg/dL", "ug/dL", rng="..3.5"),
     R("?MERCURY, BLOOD", 11, "mcg/L", "ug/L", printed="high", rng="..10"),
     R("?ARSENIC, BLOOD", 3, "mcg/L", "ug/L", rng="..12", vt="<3"),
     R("?CADMIUM, BLOOD", 0.6, "mcg/L", "ug/L", rng="..1.2")],
    "whole-blood metals are laboratory results the catalog lacks (keyed-mixed: blood mercury); the arsenic is "
    "censored (<3); mcg = ug; '4-5 times/week' is diet history, no row")
add("MN09", J("B-VITAMIN AND METHYLATION PANEL    Collected 06/18/2025",
              T("Test", "Result", "Units", "Reference"),
              T("Vitamin B1 (Thiamine), Whole Blood", "92", "nmol/L", "78-185"),
              T("Vitamin B6 (Pyridoxal 5'-Phosphate), Plasma", "31", "nmol/L", "20-125"),
              T("Vitamin B12", "268", "pg/mL", "232-1245"),
              T("Folate, Serum", "6.1", "ng/mL", ">3.8"),
              T("Folate, RBC", "312", "ng/mL", ">366", "L"),
              T("Methylmalonic Acid, Serum", "356", "nmol/L", "87-318", "H"),
              T("Homocysteine", "13.9", "umol/L", "<11.4", "H")),
    [R("?Vitamin B1 (Thiamine), Whole Blood", 92, "nmol/L", "nmol/L", rng="78..185"),
     R("vitamin-b6", 31, "nmol/L", "nmol/L", rng="20..125"),
     R("vitamin-b12", 268, "pg/mL", "pg/mL", rng="232..1245"),
     R("folate", 6.1, "ng/mL", "ng/mL", rng="3.8.."),
     R("?Folate, RBC", 312, "ng/mL", "ng/mL", printed="low", rng="366.."),
     R("methylmalonic-acid", 356, "nmol/L", "nmol/L", printed="high", rng="87..318"),
     R("homocysteine", 13.9, "umol/L", "umol/L", printed="high", rng="..11.4")],
    "the catalog's folate is the serum folate (its aliases 'Folate, Serum'); the red-cell folate is another specimen "
    "with other values (312 ng/mL would be far above a serum range), so it keeps its name; whole-blood thiamine is not "
    "in the catalog; plasma PLP is vitamin-b6, serum MMA methylmalonic-acid")
add("MN10", J("Specialty Vitamins    Collected 09/09/2025",
              C("Vitamin C (Ascorbic Acid), Plasma", "0.3 mg/dL", "L", "0.4-2.0"),
              C("Vitamin K1 (Phylloquinone)", "0.42 ng/mL", "", "0.10-2.20"),
              C("Iodine, Random Urine", "86 mcg/L", "", "34-523"),
              C("Vitamin E (Alpha-Tocopherol)", "14.8 mg/L", "", "5.7-19.9"),
              C("Vitamin A (Retinol)", "71 mcg/dL", "", "38-98")),
    [R("?Vitamin C (Ascorbic Acid), Plasma", 0.3, "mg/dL", "mg/dL", printed="low", rng="0.4..2.0"),
     R("?Vitamin K1 (Phylloquinone)", 0.42, "ng/mL", "ng/mL", rng="0.10..2.20"),
     R("?Iodine, Random Urine", 86, "mcg/L", "ug/L", rng="34..523"),
     R("vitamin-e", 14.8, "mg/L", "mg/L", rng="5.7..19.9"),
     R("vitamin-a", 71, "mcg/dL", "ug/dL", rng="38..98")],
    "vitamin C, vitamin K1 and urine iodine are not in the catalog; vitamins E and A are (catalog v8)")
add("MN11", J("Hey! My RBC mag came back 4.3 (ref 4.2-6.8) and zinc 64. Dr. Ruiz said take zinc picolinate 30 mg and magnesium glycinate 400 mg at night, retest in 90 days. My Oura says my HRV went up 8 ms since I started mag lol",),
    [R("magnesium-rbc", 4.3, rng="4.2..6.8"),
     R("zinc", 64)],
    "a patient message: the red-cell magnesium and the zinc are results written without units (no normalized value); "
    "the magnesium's relayed reference gives its range and a computed normal; the zinc has no range (flag null); the "
    "doses, '90 days' and the ring's HRV are no rows")

# ======================= 3. Organic acids and nutrient panels (OA) =======================
add("OA01", J("Organic Acids Test - Nutritional and Metabolic Profile    Mosaic Diagnostics    Collected 03/30/2025 (first morning urine)",
              "Metabolic Markers in Urine    Reference Range (mmol/mol creatinine)    Patient Value",
              "Intestinal Microbial Overgrowth",
              T("1  Citramalic", "<= 3.6", "4.8  H"),
              T("2  5-Hydroxymethyl-2-furoic (Aspergillus)", "<= 14", "9.2"),
              T("4  Tartaric (Aspergillus)", "<= 4.5", "3.1"),
              T("6  Arabinose", "<= 29", "41  H"),
              T("Bacterial - general: 4-Hydroxyphenylacetic", "<= 19", "14"),
              T("Clostridia: HPHPA", "<= 208", "118"),
              "Neurotransmitter Metabolites",
              T("Homovanillic (HVA) (dopamine)", "0.80 - 3.6", "4.1  H"),
              T("Vanillylmandelic (VMA) (norepinephrine, epinephrine)", "0.46 - 3.7", "1.9"),
              T("HVA / VMA Ratio", "0.16 - 1.8", "2.16  H")),
    [R("?Citramalic", 4.8, "mmol/mol creatinine", "mmol/mol", printed="high", rng="..3.6"),
     R("?5-Hydroxymethyl-2-furoic (Aspergillus)", 9.2, "mmol/mol creatinine", "mmol/mol", rng="..14"),
     R("?Tartaric (Aspergillus)", 3.1, "mmol/mol creatinine", "mmol/mol", rng="..4.5"),
     R("?Arabinose", 41, "mmol/mol creatinine", "mmol/mol", printed="high", rng="..29"),
     R("?4-Hydroxyphenylacetic", 14, "mmol/mol creatinine", "mmol/mol", rng="..19"),
     R("?HPHPA", 118, "mmol/mol creatinine", "mmol/mol", rng="..208"),
     R("?Homovanillic (HVA) (dopamine)", 4.1, "mmol/mol creatinine", "mmol/mol", printed="high", rng="0.80..3.6"),
     R("?Vanillylmandelic (VMA) (norepinephrine, epinephrine)", 1.9, "mmol/mol creatinine", "mmol/mol", rng="0.46..3.7"),
     R("?HVA / VMA Ratio", 2.16, "", "{ratio}", printed="high", rng="0.16..1.8")],
    "a urinary organic-acids report: every marker is a urine metabolite per creatinine (mmol/mol), none in the "
    "catalog; the range column comes BEFORE the value, so '<= 3.6' is the range and 4.8 the result; the marker "
    "numbers (1, 2, 4, 6) and the section headings ('Bacterial - general:', 'Clostridia:') are no values; the "
    "HVA/VMA ratio is computed by the laboratory from this specimen and printed with an interval, so it is a row")
add("OA02", J("Organic Acids Test (continued)    Mosaic Diagnostics",
              "Nutritional Markers    Reference Range (mmol/mol creatinine)    Patient Value",
              T("Vitamin B12: Methylmalonic", "<= 2.3", "2.6  H"),
              T("Vitamin B6: Pyridoxic (B6)", "<= 26", "11"),
              T("Vitamin B5: Pantothenic (B5)", "<= 10", "3.2"),
              T("Vitamin C: Ascorbic", "10 - 200", "18"),
              T("Glutaric (B2)", "<= 0.43", "0.38"),
              "Indicator of fluid intake",
              T("Creatinine", "mg/dL", "92"),
              "Note: ascorbic acid reflects supplement intake in the prior 24 hours."),
    [R("?Methylmalonic", 2.6, "mmol/mol creatinine", "mmol/mol", printed="high", rng="..2.3"),
     R("?Pyridoxic (B6)", 11, "mmol/mol creatinine", "mmol/mol", rng="..26"),
     R("?Pantothenic (B5)", 3.2, "mmol/mol creatinine", "mmol/mol", rng="..10"),
     R("?Ascorbic", 18, "mmol/mol creatinine", "mmol/mol", rng="10..200"),
     R("?Glutaric (B2)", 0.38, "mmol/mol creatinine", "mmol/mol", rng="..0.43"),
     R("?Creatinine", 92, "mg/dL", "mg/dL")],
    "urine nutritional markers: the URINE methylmalonic acid is not the catalog's serum methylmalonic-acid (catalog "
    "v8 leaves the urine's out on purpose; 2.6 mmol/mol coded there would read as 2.6 nmol/L), and urine pyridoxic "
    "acid is a B6 breakdown product, not the plasma PLP of vitamin-b6; so both keep their names, as do pantothenic, "
    "ascorbic and glutaric acids; the vitamin labels before the colon are headings; the urine creatinine has no range "
    "printed (flag null)")
add("OA03", J("Genova Diagnostics    Organix(R) Comprehensive Profile - Urine    Collected 10/06/2025",
              T("Analyte", "Result", "Reference limit", "Units", "Quintile"),
              T("Hippurate", "612", "<= 603", "mcg/mg creatinine", "5th  H"),
              T("Benzoate", "0.04", "<= 0.05", "mcg/mg creatinine", "4th"),
              T("Kynurenate", "4.8", "<= 7.1", "mcg/mg creatinine", "3rd"),
              T("Quinolinate", "9.6", "<= 9.1", "mcg/mg creatinine", "5th  H"),
              T("Lipid Peroxides", "11.2", "<= 10.0", "micromol/g creatinine", "5th  H"),
              T("8-OHdG", "5.1", "<= 7.6", "mcg/g creatinine", "3rd")),
    [R("?Hippurate", 612, "mcg/mg creatinine", "ug/mg", printed="high", rng="..603"),
     R("?Benzoate", 0.04, "mcg/mg creatinine", "ug/mg", rng="..0.05"),
     R("?Kynurenate", 4.8, "mcg/mg creatinine", "ug/mg", rng="..7.1"),
     R("?Quinolinate", 9.6, "mcg/mg creatinine", "ug/mg", printed="high", rng="..9.1"),
     R("?Lipid Peroxides", 11.2, "micromol/g creatinine", "umol/g", printed="high", rng="..10.0"),
     R("?8-OHdG", 5.1, "mcg/g creatinine", "ug/g", rng="..7.6")],
    "urinary organic acids and oxidative-stress markers per creatinine, none in the catalog; the quintile column "
    "(the patient's position among the laboratory's population: '5th', '4th', '3rd') is no value and no flag, the H "
    "beside it is the printed flag")
add("OA04", J("NutrEval(R) FMV    Genova Diagnostics    Specimens: plasma, whole blood, RBC, urine    Collected 10/06/2025",
              T("Amino Acids (plasma)", "Result", "Reference", "Units"),
              T("  Arginine", "62", "41-114", "micromol/L"),
              T("  Taurine", "34  L", "39-111", "micromol/L"),
              T("  Homocysteine", "11.8  H", "<=10.4", "micromol/L"),
              T("Nutrient elements", "", "", ""),
              T("  Zinc (RBC)", "8.9  L", "9.6-13.5", "mcg/g"),
              T("  Magnesium (RBC)", "44.6", "31.4-59.6", "mcg/g"),
              T("  Selenium (whole blood)", "198", "174-290", "mcg/L"),
              T("Other", "", "", ""),
              T("  Coenzyme Q10 (plasma)", "0.52", "0.46-1.75", "mcg/mL"),
              T("  Vitamin D, 25-OH (serum)", "44", "30-100", "ng/mL"),
              "Suggested supplementation (based on results): Zinc 15 mg/day; Taurine 500 mg/day; CoQ10 60 mg/day; Methylfolate 400 mcg/day."),
    [R("?Arginine", 62, "micromol/L", "umol/L", rng="41..114"),
     R("?Taurine", 34, "micromol/L", "umol/L", printed="low", rng="39..111"),
     R("homocysteine", 11.8, "micromol/L", "umol/L", printed="high", rng="..10.4"),
     R("?Zinc (RBC)", 8.9, "mcg/g", "ug/g", printed="low", rng="9.6..13.5"),
     R("magnesium-rbc", 44.6, "mcg/g", "", rng="31.4..59.6"),
     R("?Selenium (whole blood)", 198, "mcg/L", "ug/L", rng="174..290"),
     R("?Coenzyme Q10 (plasma)", 0.52, "mcg/mL", "ug/mL", rng="0.46..1.75"),
     R("vitamin-d", 44, "ng/mL", "ng/mL", rng="30..100")],
    "a combined nutrient panel on several specimens: plasma homocysteine is the catalog entry; the red-cell magnesium "
    "is catalog v8's magnesium-rbc, but in mcg per gram of packed cells, which cannot be converted to mg/dL without "
    "the cells' density, so its normalized value and unit are empty (as Lp(a) in mg/dL); the red-cell zinc and the "
    "whole-blood selenium are not the catalog's serum/plasma zinc and selenium, so they keep their names; plasma amino "
    "acids and CoQ10 are not in the catalog; micromol = umol, mcg = ug; the 'suggested supplementation' doses are no "
    "rows; the group headings are no values")
add("OA05", J("Functional Medicine Follow-up    11/14/2025",
              "OAT (Mosaic, 10/28, first-morning urine, mmol/mol creatinine): arabinose 52 (ref <=29) and citramalic 5.6 (ref <=3.6), both high - yeast overgrowth pattern. HPHPA 96 (<=208) normal. Oxalic 171 (ref 6.8-101) high.",
              "Plan: nystatin 500,000 units TID x 30 days; low-oxalate diet; calcium citrate 200 mg with meals; repeat OAT in 3 months.",
              "Weight 68.2 kg, BP 118/72."),
    [R("?arabinose", 52, "mmol/mol creatinine", "mmol/mol", printed="high", rng="..29"),
     R("?citramalic", 5.6, "mmol/mol creatinine", "mmol/mol", printed="high", rng="..3.6"),
     R("?HPHPA", 96, "mmol/mol creatinine", "mmol/mol", printed="normal", rng="..208"),
     R("?Oxalic", 171, "mmol/mol creatinine", "mmol/mol", printed="high", rng="6.8..101")],
    "organic-acid results in a visit note's prose: the unit is stated once for all four, so each has it; 'both high', "
    "'normal' and 'high' are the clinician's relayed flags; doses, '30 days', '3 months', weight and blood pressure "
    "are no rows")

# ======================= 4. Stool tests (GI) =======================
add("GI01", J("GI-MAP(R)    Diagnostic Solutions Laboratory    Collected 02/14/2025    Method: qPCR",
              T("Pathogens", "Result", "Units", "Normal"),
              T("Campylobacter", "<dl", "CFU/g", "<1.00e3"),
              T("C. difficile, Toxin A", "<dl", "CFU/g", "<1.00e3"),
              T("Salmonella", "<dl", "CFU/g", "<1.00e4"),
              T("Giardia", "7.2e3  High", "CFU/g", "<5.00e3"),
              T("Helicobacter pylori", "2.8e3  High", "CFU/g", "<1.00e3"),
              T("Virulence Factor, cagA", "Negative", "", "Negative"),
              T("Virulence Factor, vacA", "Positive", "", "Negative")),
    [R("?Campylobacter", vt="<dl", rng=".." + plain("1.00e3")),
     R("?C. difficile, Toxin A", vt="<dl", rng=".." + plain("1.00e3")),
     R("?Salmonella", vt="<dl", rng=".." + plain("1.00e4")),
     R("?Giardia", 7.2e3, "CFU/g", CFU, printed="high", rng=".." + plain("5.00e3")),
     R("?Helicobacter pylori", 2.8e3, "CFU/g", CFU, printed="high", rng=".." + plain("1.00e3")),
     R("?Virulence Factor, cagA", vt="Negative", rng="text", ref="Negative"),
     R("?Virulence Factor, vacA", vt="Positive", rng="text", ref="Negative")],
    "a stool qPCR report: organism quantities are laboratory results of the stool specimen, none in the catalog; '<dl' "
    "(below the detection limit) is kept as valueText with no number and is normal against '<1.00e3'; values in "
    "scientific notation are plain numbers (7.2e3 = 7200) and the ranges are written as plain decimals; CFU/g is "
    "UCUM {CFU}/g; the virulence factors are word answers against 'Negative'")
add("GI02", J("GI-MAP(R)  -  Normal Bacterial Flora    Result    Normal    (CFU/g stool)",
              C("Bacteroides fragilis", "3.1 x 10^8", "L", "1.60 x 10^9 - 2.50 x 10^11"),
              C("Bifidobacterium spp.", "4.2 x 10^8", "", "> 6.70 x 10^7"),
              C("Enterococcus spp.", "2.3 x 10^5", "", "1.90 x 10^5 - 2.00 x 10^8"),
              C("Escherichia spp.", "8.8 x 10^7", "", "3.70 x 10^6 - 3.80 x 10^9"),
              C("Akkermansia muciniphila", "<dl", "L", "1.00 x 10^1 - 5.00 x 10^4"),
              C("Faecalibacterium prausnitzii", "1.4 x 10^7", "", "1.00 x 10^3 - 5.00 x 10^8"),
              C("Firmicutes:Bacteroidetes Ratio", "1,240", "H", "< 1,000")),
    [R("?Bacteroides fragilis", 3.1e8, "CFU/g", CFU, printed="low", rng=plain("1.60e9") + ".." + plain("2.50e11")),
     R("?Bifidobacterium spp.", 4.2e8, "CFU/g", CFU, rng=plain("6.70e7") + ".."),
     R("?Enterococcus spp.", 2.3e5, "CFU/g", CFU, rng=plain("1.90e5") + ".." + plain("2.00e8")),
     R("?Escherichia spp.", 8.8e7, "CFU/g", CFU, rng=plain("3.70e6") + ".." + plain("3.80e9")),
     R("?Akkermansia muciniphila", vt="<dl", printed="low", rng=plain("1.00e1") + ".." + plain("5.00e4")),
     R("?Faecalibacterium prausnitzii", 1.4e7, "CFU/g", CFU, rng=plain("1.00e3") + ".." + plain("5.00e8")),
     R("?Firmicutes:Bacteroidetes Ratio", 1240, "", "{ratio}", printed="high", rng="..1000")],
    "commensal bacteria written 'a x 10^b': each is the number a x 10^b (3.1 x 10^8 = 310000000); the unit is stated "
    "once in the heading for the whole table; Akkermansia '<dl' against an interval with a lower bound is low (as "
    "printed); the Firmicutes:Bacteroidetes ratio is computed by the laboratory from this specimen's counts and "
    "printed with an interval, so it is a row ({ratio}); '1,240' is one thousand two hundred forty")
add("GI03", J("GI-MAP(R)  -  Intestinal Health Markers",
              T("Digestion", "Result", "Units", "Normal"),
              T("Steatocrit", "<dl", "%", "< 15"),
              T("Elastase-1", "168  Low", "ug/g", "> 200"),
              T("GI Markers", "", "", ""),
              T("Beta-Glucuronidase", "2480", "U/mL", "368 - 6266"),
              T("Occult Blood - FIT", "14  High", "ug/g", "< 10"),
              T("Immune Response", "", "", ""),
              T("Secretory IgA", "612", "ug/g", "510 - 2010"),
              T("Anti-gliadin IgA", "42", "U/L", "0 - 157"),
              T("Eosinophil Activation Protein (EDN, EPX)", "0.8", "ug/g", "< 4.6"),
              T("Inflammation", "", "", ""),
              T("Calprotectin", "212  High", "ug/g", "< 173"),
              T("Add-on: Zonulin", "148  High", "ng/g", "30 - 107")),
    [R("?Steatocrit", vt="<dl", rng="..15"),
     R("?Elastase-1", 168, "ug/g", "ug/g", printed="low", rng="200.."),
     R("?Beta-Glucuronidase", 2480, "U/mL", "U/mL", rng="368..6266"),
     R("fecal-hemoglobin", 14, "ug/g", "", printed="high", rng="..10"),
     R("?Secretory IgA", 612, "ug/g", "ug/g", rng="510..2010"),
     R("?Anti-gliadin IgA", 42, "U/L", "U/L", rng="0..157"),
     R("?Eosinophil Activation Protein (EDN, EPX)", 0.8, "ug/g", "ug/g", rng="..4.6"),
     R("?Calprotectin", 212, "ug/g", "ug/g", printed="high", rng="..173"),
     R("?Zonulin", 148, "ng/g", "ng/g", printed="high", rng="30..107")],
    "stool markers: elastase, beta-glucuronidase, secretory IgA, anti-gliadin IgA, EDN, calprotectin and zonulin are "
    "not in the catalog (stool tests; the serum IgA and gliadin antibodies are other tests); the FIT is the catalog's "
    "fecal hemoglobin by immunoassay, but in ug per g of stool, which cannot be converted to the catalog's ng/mL of "
    "buffer without the device's sampling ratio, so its normalized value and unit are empty; the headings (Digestion, "
    "GI Markers, Immune Response, Inflammation) are no rows; 'Add-on:' is part of the layout, the name is Zonulin")
add("GI04", J("CALPROTECTIN AND PANCREATIC ELASTASE, STOOL    Collected 07/07/2025",
              C("CALPROTECTIN, FECAL", "86", "H", "<=49 mcg/g"),
              "  Interpretation: 50-120 mcg/g borderline, repeat in 4-6 weeks; >120 mcg/g abnormal.",
              C("PANCREATIC ELASTASE-1, STOOL", ">500", "", ">200 mcg/g"),
              C("LACTOFERRIN, STOOL", "Positive", "A", "Negative")),
    [R("?CALPROTECTIN, FECAL", 86, "mcg/g", "ug/g", printed="high", rng="..49"),
     R("?PANCREATIC ELASTASE-1, STOOL", 500, "mcg/g", "ug/g", rng="200..", vt=">500"),
     R("?LACTOFERRIN, STOOL", vt="Positive", rng="text", ref="Negative", printed="abnormal")],
    "a reference laboratory's stool tests: calprotectin, elastase and lactoferrin are not in the catalog; the "
    "interpretation line's cut-offs (50-120 borderline, >120 abnormal) are guidance, not the interval, which is "
    "'<=49'; the elastase is censored (>500); 'A' is the printed abnormal; '4-6 weeks' is no row")
add("GI05", J("GI Effects(R) Comprehensive Profile    Genova Diagnostics    Stool, 3-day collection",
              T("Biomarker", "Result", "Reference", "Units"),
              T("Pancreatic Elastase 1", ">500", ">200", "mcg/g"),
              T("Products of Protein Breakdown (Total*)", "5.9", "1.8-9.9", "micromol/g"),
              T("Fecal Fat (Total*)", "4.2", "3.2-38.6", "mg/g"),
              T("Calprotectin", "28", "<=50", "mcg/g"),
              T("Eosinophil Protein X (EPX)", "0.9", "<=4.6", "mcg/g"),
              T("Fecal Secretory IgA", "1,420", "<=2,040", "mcg/mL"),
              T("Short-Chain Fatty Acids (SCFA) (Total*)", "41.2", ">=23.3", "micromol/g"),
              T("n-Butyrate %", "11.4  L", "11.8-33.3", "%"),
              "*Total values equal the sum of all measurable parts. Commensal abundance is shown graphically as quintiles."),
    [R("?Pancreatic Elastase 1", 500, "mcg/g", "ug/g", rng="200..", vt=">500"),
     R("?Products of Protein Breakdown (Total*)", 5.9, "micromol/g", "umol/g", rng="1.8..9.9"),
     R("?Fecal Fat (Total*)", 4.2, "mg/g", "mg/g", rng="3.2..38.6"),
     R("?Calprotectin", 28, "mcg/g", "ug/g", rng="..50"),
     R("?Eosinophil Protein X (EPX)", 0.9, "mcg/g", "ug/g", rng="..4.6"),
     R("?Fecal Secretory IgA", 1420, "mcg/mL", "ug/mL", rng="..2040"),
     R("?Short-Chain Fatty Acids (SCFA) (Total*)", 41.2, "micromol/g", "umol/g", rng="23.3.."),
     R("?n-Butyrate %", 11.4, "%", "%", printed="low", rng="11.8..33.3")],
    "a comprehensive stool profile: every marker is a stool test the catalog lacks; the asterisk belongs to the name "
    "(its footnote says the total is a sum the laboratory computes); '1,420' is one thousand four hundred twenty; the "
    "'3-day collection' and the graphical quintiles are no rows")
add("GI06", J("From: Bright Path Functional Health    Subject: your gut results",
              "Hi Sam, your stool test showed zonulin at 162 ng/mL (ref <107) and secretory IgA at 298 ug/g (ref 510-2,010), which together suggest a leaky-gut picture.",
              "Protocol for 8 weeks: L-glutamine 5 g twice daily, zinc carnosine 75 mg, S. boulardii 250 mg, collagen 20 g. We'll retest in 3 months.",
              "Your next appointment: 12/02 at 10:30 (45 min)."),
    [R("?zonulin", 162, "ng/mL", "ng/mL", rng="..107"),
     R("?secretory IgA", 298, "ug/g", "ug/g", rng="510..2010")],
    "a clinic e-mail: the stool zonulin and secretory IgA are results the catalog lacks (computed high and low "
    "against the relayed references); the protocol's doses and durations and the appointment are no rows")

# ======================= 5. Hormones outside serum: saliva and dried blood spot (SH) =======================
add("SH01", J("ZRT Laboratory    Saliva Adrenal Profile    Collected 02/11/2025    Sample times: 06:45, 11:30, 17:10, 22:40",
              T("Test Name", "Result", "Units", "Range"),
              T("Cortisol (saliva) - Morning", "6.8", "ng/mL", "3.7-9.5"),
              T("Cortisol (saliva) - Noon", "1.1  L", "ng/mL", "1.2-3.0"),
              T("Cortisol (saliva) - Evening", "0.9", "ng/mL", "0.6-1.9"),
              T("Cortisol (saliva) - Night", "1.4  H", "ng/mL", "0.4-1.0"),
              T("DHEAS (saliva)", "3.2", "ng/mL", "2-23"),
              "Graph: diurnal cortisol curve with the shaded expected band."),
    [R("?Cortisol (saliva) - Morning", 6.8, "ng/mL", "ng/mL", rng="3.7..9.5"),
     R("?Cortisol (saliva) - Noon", 1.1, "ng/mL", "ng/mL", printed="low", rng="1.2..3.0"),
     R("?Cortisol (saliva) - Evening", 0.9, "ng/mL", "ng/mL", rng="0.6..1.9"),
     R("?Cortisol (saliva) - Night", 1.4, "ng/mL", "ng/mL", printed="high", rng="0.4..1.0"),
     R("?DHEAS (saliva)", 3.2, "ng/mL", "ng/mL", rng="2..23")],
    "a four-point saliva cortisol curve: salivary free cortisol and salivary DHEAS are laboratory results on saliva, "
    "which the catalog's (serum) cortisol and DHEA-S do not cover (keyed-mixed UR02), so each keeps its printed name "
    "with its time point; 6.8 ng/mL coded as serum cortisol would become 0.68 ug/dL, a very low serum value; the "
    "sample times are collection data, no rows")
add("SH02", J("ZRT Laboratory    Saliva Female Hormone Profile    Postmenopausal    Supplements: topical progesterone 20 mg/day (last dose 12 h before collection)",
              T("Test Name", "Result", "Units", "Range"),
              T("Estradiol (saliva)", "2.9", "pg/mL", "1.3-3.3 (Postmenopausal)"),
              T("Progesterone (saliva)", "182  H", "pg/mL", "12-100 (Postmenopausal)"),
              T("Ratio: Pg/E2 (saliva)", "63  L", "", "100-500 (when E2 is in range)"),
              T("Testosterone (saliva)", "21", "pg/mL", "16-55 (Age Dependent)"),
              T("DHEAS (saliva)", "1.8  L", "ng/mL", "2-23"),
              T("Cortisol (saliva) - Morning", "4.2", "ng/mL", "3.7-9.5")),
    [R("?Estradiol (saliva)", 2.9, "pg/mL", "pg/mL", rng="1.3..3.3"),
     R("?Progesterone (saliva)", 182, "pg/mL", "pg/mL", printed="high", rng="12..100"),
     R("?Ratio: Pg/E2 (saliva)", 63, "", "{ratio}", printed="low", rng="100..500"),
     R("?Testosterone (saliva)", 21, "pg/mL", "pg/mL", rng="16..55"),
     R("?DHEAS (saliva)", 1.8, "ng/mL", "ng/mL", printed="low", rng="2..23"),
     R("?Cortisol (saliva) - Morning", 4.2, "ng/mL", "ng/mL", rng="3.7..9.5")],
    "saliva sex hormones: each keeps its printed name (saliva is not the catalog's serum); 2.9 pg/mL coded as serum "
    "estradiol would look postmenopausal-normal by accident, and 182 pg/mL as serum progesterone would be read as "
    "0.18 ng/mL; the Pg/E2 ratio (182/2.9 = 62.8, printed 63) is computed by the laboratory from this specimen and "
    "printed with a range and flag, so it is a row ({ratio}); the range's qualifiers ('Postmenopausal', 'Age "
    "Dependent', 'when E2 is in range') are text after the bounds; the dose and '12 h' are no rows")
assert round(182 / 2.9) == 63
add("SH03", J("Adrenal Stress Profile (saliva)    Reported 09/30/2025",
              C("Cortisol 07:00-08:00", "18.2 nmol/L", "(13.0-24.0)"),
              C("Cortisol 12:00-13:00", "5.1 nmol/L", "(3.0-8.0)"),
              C("Cortisol 16:00-17:00", "2.6 nmol/L", "(1.5-5.0)"),
              C("Cortisol 23:00-24:00", "1.9 nmol/L", "H", "(0.3-1.5)"),
              C("Cortisol, sum of 4 samples", "27.8 nmol/L", "(21.0-41.0)"),
              C("DHEA (saliva, mean of AM and noon)", "0.46 nmol/L", "(0.30-1.10)"),
              "Saliva volume per tube: at least 1 mL. Do not brush teeth within 30 minutes of collection."),
    [R("?Cortisol 07:00-08:00", 18.2, "nmol/L", "nmol/L", rng="13.0..24.0"),
     R("?Cortisol 12:00-13:00", 5.1, "nmol/L", "nmol/L", rng="3.0..8.0"),
     R("?Cortisol 16:00-17:00", 2.6, "nmol/L", "nmol/L", rng="1.5..5.0"),
     R("?Cortisol 23:00-24:00", 1.9, "nmol/L", "nmol/L", printed="high", rng="0.3..1.5"),
     R("?Cortisol, sum of 4 samples", 27.8, "nmol/L", "nmol/L", rng="21.0..41.0"),
     R("?DHEA (saliva, mean of AM and noon)", 0.46, "nmol/L", "nmol/L", rng="0.30..1.10")],
    "a saliva cortisol curve in nmol/L: these are salivary results, kept with their printed names and units (never "
    "converted to the serum cortisol's ug/dL: 18.2 nmol/L would read 0.66 ug/dL); the time windows are part of each "
    "name; the laboratory's sum of the four samples (18.2+5.1+2.6+1.9 = 27.8) is a result it computes from this "
    "specimen set and prints with a range; the tube volume and the 30-minute instruction are no rows")
assert abs(18.2 + 5.1 + 2.6 + 1.9 - 27.8) < 1e-9
add("SH04", J("ZRT Laboratory    Blood Spot Hormone Panel    Specimen: dried blood spot (finger prick)    Collected 05/03/2025 07:10 fasting",
              T("Test Name", "Result", "Units", "Range"),
              T("Estradiol (blood spot)", "31", "pg/mL", "12-57 (Males)"),
              T("Testosterone (blood spot)", "412", "ng/dL", "350-1200"),
              T("SHBG (blood spot)", "52  H", "nmol/L", "14-48"),
              T("TSH (blood spot)", "2.4", "uIU/mL", "0.5-3.0"),
              T("Vitamin D, 25-OH (blood spot)", "28  L", "ng/mL", "32-100"),
              T("HbA1c (blood spot)", "5.5", "%", "4.2-5.9"),
              T("hs-CRP (blood spot)", "0.8", "mg/L", "<3.0")),
    [R("?Estradiol (blood spot)", 31, "pg/mL", "pg/mL", rng="12..57"),
     R("?Testosterone (blood spot)", 412, "ng/dL", "ng/dL", rng="350..1200"),
     R("?SHBG (blood spot)", 52, "nmol/L", "nmol/L", printed="high", rng="14..48"),
     R("?TSH (blood spot)", 2.4, "uIU/mL", "u[IU]/mL", rng="0.5..3.0"),
     R("?Vitamin D, 25-OH (blood spot)", 28, "ng/mL", "ng/mL", printed="low", rng="32..100"),
     R("?HbA1c (blood spot)", 5.5, "%", "%", rng="4.2..5.9"),
     R("?hs-CRP (blood spot)", 0.8, "mg/L", "mg/L", rng="..3.0")],
    "a dried-blood-spot panel: the specimen is capillary blood dried on paper, another specimen than the serum or "
    "plasma of the catalog's entries (the laboratory calibrates to serum-like values with its own ranges, 32-100 for "
    "vitamin D, 4.2-5.9 for HbA1c); as for urine and saliva (keyed-mixed), each keeps its printed name rather than "
    "entering the serum trends (a judgement call: the safe reading; 'Males' is the range's qualifier); uIU/mL = "
    "u[IU]/mL")
add("SH05", J("Saliva Sleep and Androgen Panel    Male, 44    Collected 01/22/2025",
              C("Melatonin (saliva) 22:00", "8.4 pg/mL", "(3.0-20.0)"),
              C("Testosterone (saliva)", "62 pg/mL", "(44-148)"),
              C("Estradiol (saliva)", "1.1 pg/mL", "(0.5-2.2)"),
              "Specimen: passive drool, 1.0 mL per tube, collected 22:00 and 07:30. Avoid food 1 h before."),
    [R("?Melatonin (saliva) 22:00", 8.4, "pg/mL", "pg/mL", rng="3.0..20.0"),
     R("?Testosterone (saliva)", 62, "pg/mL", "pg/mL", rng="44..148"),
     R("?Estradiol (saliva)", 1.1, "pg/mL", "pg/mL", rng="0.5..2.2")],
    "saliva hormones kept with their names (62 pg/mL coded as serum testosterone would convert to 6.2 ng/dL, a "
    "castrate level); the collection times, the 1.0 mL per tube and the fasting instruction are specimen data, no "
    "rows; the age is no row")
add("SH06", J("Endocrine consult  -  fatigue    10/02/2025",
              "Brought a saliva test from an online lab: awakening cortisol 3.1 ng/mL (ref 3.7-9.5), flagged low, labelled 'adrenal fatigue'.",
              "Our serum testing (08:10 draw, 10/01): Cortisol, AM 11.2 ug/dL (6.2-19.4); ACTH 18 pg/mL (7.2-63.3); DHEA-S 188 ug/dL (102-416).",
              "Assessment: normal adrenal axis on serum testing; 'adrenal fatigue' is not a recognised diagnosis. No steroid replacement."),
    [R("?awakening cortisol (saliva)", 3.1, "ng/mL", "ng/mL", printed="low", rng="3.7..9.5"),
     R("cortisol", 11.2, "ug/dL", "ug/dL", rng="6.2..19.4"),
     R("acth", 18, "pg/mL", "pg/mL", rng="7.2..63.3"),
     R("dhea-sulfate", 188, "ug/dL", "ug/dL", rng="102..416")],
    "one analyte in two specimens: the saliva cortisol is kept by name ('awakening cortisol', the specimen named in "
    "the sentence) with its relayed low flag, the serum AM cortisol is the catalog's cortisol; ACTH and DHEA-S are "
    "serum entries; the draw time is no row")

# ======================= 6. Longevity dashboards, biological age, insulin and HOMA (LG) =======================
add("LG01", J("Function-style Health Dashboard    Results from 04/08/2025 (Quest)    Biological Age 36.8 (chronological 42)",
              "112 biomarkers tested  -  98 In Range  -  14 Out of Range",
              T("Apolipoprotein B", "In Range", "78 mg/dL", "Range <90"),
              T("Lipoprotein(a)", "Out of Range", "212 nmol/L", "Range <75"),
              T("Hemoglobin A1c", "In Range", "5.3 %", "Range <5.7"),
              T("Insulin", "In Range", "6.8 uIU/mL", "Range <=18.4"),
              T("Homocysteine", "Out of Range", "13.2 umol/L", "Range <11.4"),
              T("Mercury", "Out of Range", "12 mcg/L", "Range <=10"),
              T("Ferritin", "In Range", "98 ng/mL", "Range 38-380")),
    [R("apolipoprotein-b", 78, "mg/dL", "mg/dL", printed="normal", rng="..90"),
     R("lipoprotein-a", 212, "nmol/L", "nmol/L", printed="abnormal", rng="..75"),
     R("hemoglobin-a1c", 5.3, "%", "%", printed="normal", rng="..5.7"),
     R("insulin", 6.8, "uIU/mL", "u[IU]/mL", printed="normal", rng="..18.4"),
     R("homocysteine", 13.2, "umol/L", "umol/L", printed="abnormal", rng="..11.4"),
     R("?Mercury", 12, "mcg/L", "ug/L", printed="abnormal", rng="..10"),
     R("ferritin", 98, "ng/mL", "ng/mL", printed="normal", rng="38..380")],
    "a consumer dashboard of laboratory results: the status word before each value is the printed flag (In Range -> "
    "normal, Out of Range -> abnormal, as keyed-mixed SW04); the mercury is a whole-blood metal the catalog lacks; "
    "the 'Biological Age 36.8' and the counts (112, 98, 14) are no rows")
add("LG02", J("InsideTracker-style Plan    Blood test of 05/20/2025    InnerAge 38.2 (3.8 years younger than your age)",
              T("Biomarker", "Your result", "Optimized zone", "Status", "Lab reference"),
              T("Glucose", "94 mg/dL", "72-86", "Needs work", "65-99"),
              T("Vitamin D", "38 ng/mL", "40-80", "Needs work", "30-100"),
              T("ALT", "19 U/L", "13-29", "Optimized", "6-29"),
              T("hsCRP", "1.8 mg/L", "<1.0", "Needs work", "<3.0"),
              "Action plan: add 20 minutes of brisk walking after dinner; vitamin D3 1,000 IU daily; 2 servings of fatty fish weekly."),
    [R("glucose", 94, "mg/dL", "mg/dL", rng="65..99"),
     R("vitamin-d", 38, "ng/mL", "ng/mL", rng="30..100"),
     R("alanine-aminotransferase", 19, "U/L", "U/L", rng="6..29"),
     R("hs-crp", 1.8, "mg/L", "mg/L", rng="..3.0")],
    "a consumer plan: the four blood results are rows with the laboratory's reference (the last column), and their "
    "flags are computed from it (all normal); the 'optimized zone' and its status words ('Needs work', "
    "'Optimized') rate the value against the company's own target, not the laboratory's interval, so they are neither "
    "range nor flag; InnerAge, '3.8 years' and the action plan's minutes, dose and servings are no rows")
add("LG03", J("Superpower-style Results    Your Superpower Score 81/100    Biological age 39.4",
              "Testosterone  612 ng/dL  -  Optimal",
              "Free Testosterone  98 pg/mL  -  In range",
              "ApoB  96 mg/dL  -  Out of range",
              "Ferritin  42 ng/mL  -  In range",
              "Based on 100+ biomarkers. 61 optimal, 33 in range, 6 out of range."),
    [R("testosterone", 612, "ng/dL", "ng/dL", printed="normal"),
     R("testosterone-free", 98, "pg/mL", "pg/mL", printed="normal"),
     R("apolipoprotein-b", 96, "mg/dL", "mg/dL", printed="abnormal"),
     R("ferritin", 42, "ng/mL", "ng/mL", printed="normal")],
    "a consumer summary without printed intervals (ranges empty): the status words are the printed flags ('Optimal' "
    "and 'In range' -> normal, 'Out of range' -> abnormal); the score, biological age and counts are no rows")
hir1 = homa_ir(104, 15.2, 3.9, "LG04")
add("LG04", J("INSULIN RESISTANCE PANEL    Collected 06/24/2025 07:55    Fasting: 12 h",
              C("GLUCOSE, FASTING", "104", "H", "65-99 mg/dL"),
              C("INSULIN, FASTING", "15.2", "", "2.6-24.9 uIU/mL"),
              C("C-PEPTIDE", "3.4", "", "1.1-4.4 ng/mL"),
              C("HOMA-IR (calc)", "3.9", "H", "<2.0"),
              C("HEMOGLOBIN A1c", "5.8", "H", "<5.7 %"),
              "HOMA-IR = fasting glucose (mg/dL) x fasting insulin (uIU/mL) / 405."),
    [R("glucose", 104, "mg/dL", "mg/dL", printed="high", rng="65..99"),
     R("insulin", 15.2, "uIU/mL", "u[IU]/mL", rng="2.6..24.9"),
     R("c-peptide", 3.4, "ng/mL", "ng/mL", rng="1.1..4.4"),
     R("homa-ir", 3.9, "", "{index}", printed="high", rng="..2.0"),
     R("hemoglobin-a1c", 5.8, "%", "%", printed="high", rng="..5.7")],
    "an insulin-resistance panel: the laboratory's HOMA-IR, computed from this specimen's glucose and insulin, is "
    "the catalog's homa-ir ({index}); the formula line and '405' are no values; the fasting hours and time are no "
    "rows; " + hir1)
add("LG05", J("Metabolic Health Report    Collected 10/10/2025 (fasting)    Sample: serum",
              C("Glucose", "5.4 mmol/L", "(3.9-5.5)"),
              C("Insulin", "62 pmol/L", "(18-173)"),
              C("C-peptide", "0.68 nmol/L", "(0.37-1.47)"),
              C("HOMA-IR", "2.1", "(<2.5)"),
              "HOMA-IR computed as glucose (mmol/L) x insulin (pmol/L / 6.945) / 22.5."),
    [R("glucose", 5.4, "mmol/L", "mg/dL", GLU_MMOL, rng="3.9..5.5"),
     R("insulin", 62, "pmol/L", "", rng="18..173"),
     R("c-peptide", 0.68, "nmol/L", "", rng="0.37..1.47"),
     R("homa-ir", 2.1, "", "{index}", rng="..2.5")],
    "an SI metabolic report: glucose converts with its molar mass; insulin in pmol/L is not converted (catalog v9: "
    "the factor to uIU/mL is a convention, not a molar mass) and the catalog's C-peptide has no molar mass, so both "
    "normalized values are empty; the laboratory's HOMA-IR is kept as printed (5.4 x 62/6.945 / 22.5 = 2.14, printed "
    "2.1)")
assert abs(5.4 * 62 / 6.945 / 22.5 - 2.1) < 0.05
add("LG06", J("TruAge(TM) COMPLETE  -  Epigenetic Age Report    TruDiagnostic-style    Sample: whole blood (finger prick), DNA methylation array (~900,000 CpG sites)",
              "Chronological age: 47.3    Intrinsic epigenetic age (OMICmAge): 44.9    Age difference: -2.4 years",
              "DunedinPACE: 0.87 years of biological aging per calendar year  (population average 1.00; 21st percentile)",
              "Telomere length (DNAmTL, estimated): 7.1 kb    Percentile for age: 58th",
              "Estimated immune cells (methylation deconvolution): CD4 naive 14.2%   CD8 naive 6.1%   Neutrophils 55.8%   Monocytes 7.4%",
              "Organ-system ages (SYMPHONYAge): Heart 45.1  Lung 49.8  Kidney 46.0  Liver 43.2",
              "These results are for informational purposes only and are not intended to diagnose disease."),
    "-",
    "range=none; an epigenetic-age report: the 'ages', DunedinPACE (a pace-of-aging score), the methylation-estimated "
    "telomere length and the deconvolution estimates of immune cells are algorithm outputs from a methylation array, "
    "not measurements of an analyte: no reference interval, no clinical validation as a diagnostic test, like the "
    "PhenoAge and polygenic percentiles keyed-mixed leaves out; in particular the estimated 'Neutrophils 55.8%' and "
    "'Monocytes 7.4%' are not a blood count's differential (the catalog's neutrophils and monocytes %), nor is the "
    "telomere estimate a measured length; percentiles and the age difference are no rows (judgement call, see README)")
add("LG07", J("GlycanAge Report    Sample: dried blood spot    Test date 03/15/2025",
              "Your GlycanAge: 38    Chronological age: 45    You are 7 years younger than your age",
              "Glycan indexes (percentile vs. people your age):  Youth 72nd   Mature 34th   Shield 61st   Median glycans 48th",
              "Lifestyle suggestions: sleep 7-9 h, 150 min/week of moderate exercise, 2 portions of oily fish weekly."),
    "-",
    "range=none; a glycan-age report: the IgG glycans are measured in the laboratory, but what the report gives is a "
    "modelled 'age' and percentile ranks of glycan indexes against people of the same age, no concentrations of an "
    "analyte; no rows (the same call as LG06); the lifestyle numbers are no rows")
add("LG08", J("Subject: Your longevity panel is ready",
              "Hi Ana, your DunedinPACE came back at 0.94 and your OMICmAge is 51.2 (you're 50). Not bad!",
              "The blood work we drew with it (Labcorp, 07/15): hs-CRP 0.4 mg/L (0.0-3.0), HbA1c 5.4 % (4.8-5.6), ApoB 71 mg/dL (<90), Cystatin C 0.82 mg/L (0.61-0.95).",
              "Your GrimAge2 says 49.7, so you're aging slightly faster on one clock and slower on another - normal noise between clocks.",
              "Let's recheck everything in 12 months."),
    [R("hs-crp", 0.4, "mg/L", "mg/L", rng="0.0..3.0"),
     R("hemoglobin-a1c", 5.4, "%", "%", rng="4.8..5.6"),
     R("apolipoprotein-b", 71, "mg/dL", "mg/dL", rng="..90"),
     R("cystatin-c", 0.82, "mg/L", "mg/L", rng="0.61..0.95")],
    "a clinic e-mail: the four blood results with their ranges are rows; DunedinPACE, OMICmAge, GrimAge2, the age "
    "and '12 months' are no rows (epigenetic clock scores, see LG06)")
add("LG09", J("2-HOUR GLUCOSE TOLERANCE TEST WITH INSULIN (75 g)    Collected 08/19/2025",
              T("Time", "Glucose (mg/dL)", "Insulin (uIU/mL)"),
              T("Fasting (0 min)", "92", "8.2"),
              T("30 min", "168", "64.0"),
              T("60 min", "181", "112.0"),
              T("120 min", "132", "98.0"),
              "Reference: fasting glucose 65-99 mg/dL; 2-hour glucose <140 mg/dL. Insulin: fasting 2.6-24.9 uIU/mL; post-load values not established.",
              "Glucose drink: 75 g at 07:42; patient remained seated."),
    [R("glucose", 92, "mg/dL", "mg/dL", rng="65..99"),
     R("insulin", 8.2, "uIU/mL", "u[IU]/mL", rng="2.6..24.9"),
     R("?Glucose, 30 min", 168, "mg/dL", "mg/dL"),
     R("?Insulin, 30 min", 64.0, "uIU/mL", "u[IU]/mL"),
     R("?Glucose, 60 min", 181, "mg/dL", "mg/dL"),
     R("?Insulin, 60 min", 112.0, "uIU/mL", "u[IU]/mL"),
     R("?Glucose, 120 min", 132, "mg/dL", "mg/dL", rng="..140"),
     R("?Insulin, 120 min", 98.0, "uIU/mL", "u[IU]/mL")],
    "a timed glucose challenge: the fasting (0 min) glucose and insulin are the catalog's fasting entries; the "
    "post-load samples are other tests (LOINC codes post-challenge glucose by time), so they are kept by name with "
    "their time (181 mg/dL coded as a plain glucose would read as a diabetic fasting value); each row's range is its "
    "own (65-99 fasting, <140 at 2 hours, none for post-load insulin: flag null); the row order follows the table, "
    "glucose then insulin per time; the 75 g dose and 07:42 are no rows")
add("LG10", J("Longevity Biomarker Summary    Dr. K. Osei, MD    Results 09/03/2025 (Labcorp)",
              T("Marker", "Result", "Lab range", "You vs. age peers"),
              T("ApoB", "58 mg/dL", "<90", "12th percentile (lower is better)"),
              T("Lp(a)", "<10 nmol/L", "<75", "-"),
              T("hs-CRP", "0.3 mg/L", "0.0-3.0", "8th percentile"),
              T("HbA1c", "5.1 %", "4.8-5.6", "22nd percentile"),
              T("eGFR (cystatin C)", "96 mL/min/1.73m2", ">59", "71st percentile"),
              T("IGF-1", "142 ng/mL", "98-282", "40th percentile"),
              "PhenoAge: 41.6 years (chronological 48.0). Population bars are drawn from NHANES 2015-2018."),
    [R("apolipoprotein-b", 58, "mg/dL", "mg/dL", rng="..90"),
     R("lipoprotein-a", 10, "nmol/L", "nmol/L", rng="..75", vt="<10"),
     R("hs-crp", 0.3, "mg/L", "mg/L", rng="0.0..3.0"),
     R("hemoglobin-a1c", 5.1, "%", "%", rng="4.8..5.6"),
     R("egfr", 96, "mL/min/1.73m2", "mL/min/{1.73_m2}", rng="59.."),
     R("somatomedin-c", 142, "ng/mL", "ng/mL", rng="98..282")],
    "a longevity summary: six results with the laboratory's ranges are rows; the percentiles against age peers and "
    "the NHANES population bars are no values, ranges or flags; PhenoAge and the ages are no rows; Lp(a) is censored "
    "(<10); the eGFR's method in parentheses is part of its name")

# ======================= 7. Documents with no laboratory result, and traps (NR) =======================
add("NR01", J("Personalized Supplement Protocol  -  based on your Organic Acids and NutrEval results (10/2025)",
              T("Supplement", "Dose", "Timing", "Duration"),
              T("Methylcobalamin (B12)", "1,000 mcg", "AM, sublingual", "90 days"),
              T("Pyridoxal-5-Phosphate (B6)", "25 mg", "with breakfast", "90 days"),
              T("Magnesium glycinate", "400 mg", "bedtime", "ongoing"),
              T("Zinc picolinate", "15 mg", "with dinner", "60 days"),
              T("Omega-3 (EPA/DHA)", "2 g", "with meals", "ongoing"),
              T("Vitamin D3 + K2", "5,000 IU / 100 mcg", "with lunch", "ongoing"),
              T("CoQ10 (ubiquinol)", "100 mg", "AM", "ongoing"),
              "Retest OAT and Vitamin D, 25-OH in 12 weeks."),
    "-",
    "range=none; a supplement protocol: every number is a dose, a duration or a retest interval; the supplements' "
    "names meet catalog names ('B12', 'Pyridoxal-5-Phosphate' and 'Vitamin D3' are aliases of vitamin-b12, vitamin-b6 "
    "and vitamin-d) but no result is printed; 'Vitamin D, 25-OH in 12 weeks' is an order")
add("NR02", J("Provoked Urine Metals  -  Patient Instructions and Requisition    Doctor's Data-style",
              "1. Empty your bladder at 08:00 and discard. Take DMSA 500 mg by mouth (10 mg/kg; do not exceed 500 mg) with 8 oz water.",
              "2. Collect ALL urine for 6 hours (08:00-14:00) in the 3 L container. Record the total volume: ________ mL (typical 800-2,000 mL).",
              "3. Mix, pour 10 mL into the tube, freeze. Write the collection start 08:00, end 14:00, and volume on the requisition.",
              "Tests ordered: Urine Toxic Metals (post-provocation) - 6 h; Urine Creatinine.",
              "Account 48213    Kit lot U-2211-07    Expires 03/2027"),
    "-",
    "range=none; a collection instruction and requisition: the provoking agent's dose (500 mg, 10 mg/kg), the "
    "collection times, the container and aliquot volumes and the 'typical 800-2,000 mL' are no results; the tests "
    "ordered have no values; account, lot and expiry numbers are no rows")
add("NR03", J("Understanding your Omega-3 Index",
              "The Omega-3 Index is the percentage of EPA + DHA in red blood cell membranes.",
              "Undesirable: <4%        Intermediate: 4-8%        Desirable: 8-12%",
              "Average American: about 5%. Average Japanese: about 9-10%.",
              "[Population bar]  2%  |  4%  |  6%  |  8%  |  10%  |  12%",
              "An intake of about 1 g EPA+DHA per day raises the Index by roughly 2-4 percentage points over 4 months."),
    "-",
    "range=none; an explanatory sheet: zones, population averages and the bar's tick marks are no patient values; "
    "'Omega-3 Index' appears with numbers but none is this patient's result")
add("NR04", J("Cleveland HeartLab  -  Risk Categories (reference)",
              T("Test", "Low Risk", "Moderate Risk", "High Risk"),
              T("hs-CRP (mg/L)", "<1.0", "1.0-3.0", ">3.0"),
              T("MPO (pmol/L)", "<470", "470-539", ">=540"),
              T("Lp-PLA2 Activity (nmol/min/mL)", "<=123", "", ">123"),
              T("TMAO (uM)", "<6.2", "6.2-9.9", ">=10.0"),
              T("F2-Isoprostanes/Creatinine (ng/mg)", "<0.86", "0.86-2.19", ">=2.20")),
    "-",
    "range=none; a table of risk cut-offs with no patient result: '<1.0', '<470' and the like are tier bounds, not "
    "censored results (keyed-tiers M04)")
add("NR05", J("INVOICE    Functional Medicine Associates    Invoice #FM-30418    Date 06/02/2025",
              T("CPT", "Description", "Qty", "Amount"),
              T("87507", "GI-MAP stool pathogen panel (qPCR)", "1", "$359.00"),
              T("83789", "Organic Acids Test (Mosaic)", "1", "$329.00"),
              T("82542", "Omega-3 Index", "1", "$69.00"),
              T("83735", "Magnesium, RBC", "1", "$45.00"),
              T("36415", "Venipuncture", "1", "$15.00"),
              "Subtotal $817.00    HSA/FSA payment $817.00    Balance $0.00"),
    "-",
    "range=none; an invoice: CPT codes, quantities and prices are billing numbers beside test names (keyed-mixed "
    "BL02); 'Magnesium, RBC  1  $45.00' is a quantity and a price, not a result")
add("NR06", J("Superpower-style Home    Welcome back, Priya",
              "Superpower Score 84 (+3 since March)    Biological age 37.1    Pace of aging 0.91",
              "Biomarkers: 58 optimal  |  36 in range  |  6 out of range",
              "Top priorities: ApoB, Vitamin D, Homocysteine    Next test due in 41 days",
              "Streak: 12 days of logging meals"),
    "-",
    "range=none; a dashboard's home screen: scores, a biological age, a pace of aging, counts, the priority list "
    "(analyte names without values) and days are no results")
add("NR07", J("LDL Particle Number  -  Population Distribution (Framingham Offspring Study)",
              T("Percentile", "LDL-P (nmol/L)", "LDL-C (mg/dL)"),
              T("5th", "720", "70"),
              T("20th", "1000", "100"),
              T("50th", "1300", "130"),
              T("80th", "1600", "160"),
              T("95th", "2020", "190"),
              "LDL-P values are paired with the LDL-C values at the same population percentile."),
    "-",
    "range=none; a reference-population table: every number is a population percentile's value, not the patient's "
    "LDL-P or LDL-C")
add("NR08", J("Saliva Collection Record    Kit ID ZS-551902    Please complete before shipping",
              T("Tube", "Date", "Time", "Volume"),
              T("1 (waking)", "02/10/2025", "06:50", "1.0 mL"),
              T("2 (noon)", "02/10/2025", "11:35", "1.0 mL"),
              T("3 (evening)", "02/10/2025", "17:15", "0.8 mL"),
              T("4 (night)", "02/10/2025", "22:45", "1.0 mL"),
              "Hormone use in last 24 h: progesterone cream 20 mg at 21:00.    Woke at 06:40.    Caffeine: 1 cup at 07:30."),
    "-",
    "range=none; a collection record: tube numbers, dates, times and the saliva volumes are specimen data, not "
    "results (no sample has been analysed); the hormone dose and caffeine are no rows")
add("NR09", J("GI-MAP Interpretive Guide  -  Calprotectin",
              "Calprotectin is a neutrophil protein shed into stool during intestinal inflammation.",
              "< 50 ug/g: normal.  50-120 ug/g: borderline; consider NSAID use, infection; repeat.  > 120 ug/g: inflammation likely.  > 173 ug/g (GI-MAP cut-off): consider referral for IBD evaluation.",
              "Elastase-1 < 100 ug/g suggests severe pancreatic insufficiency; 100-200 ug/g moderate."),
    "-",
    "range=none; interpretive text: cut-offs and ranges with units, no patient result")
add("NR10", J("Cardiometabolic Risk Report  -  page 1 of 4",
              "Overall cardiovascular risk: MODERATE",
              "10-year ASCVD risk 7.8%    Lifetime risk 39%    Optimal-risk factors: 26% lifetime",
              "Coronary artery calcium (2024): 42 Agatston, 67th percentile (MESA)",
              "Genetic risk: polygenic score for CAD 1.4 SD above mean (91st percentile)",
              "Your laboratory results follow on pages 2-4."),
    "-",
    "range=none; a risk summary page: risk percentages, the CAC score and percentile, and a polygenic score are "
    "computed or imaging numbers, no laboratory results (the results are on other pages)")
add("NR11", J("OmegaQuant Omega-3 Index    Your result: 7.2%    Intermediate",
              "You are at the 71st percentile. People with an Omega-3 Index of 8% or higher had a 30% lower risk in the cited cohort.",
              "Goal: 8-12%. Suggested: add 500 mg EPA+DHA daily (about 1 extra serving of salmon per week) and retest in 4 months."),
    [R("omega-3-index", 7.2, "%", "%", rng="text")],
    "one result among trap numbers: the index 7.2% is the row, its 'Intermediate' zone word a tier label, not a flag "
    "(flag null, range text as the zones are the only reference, keyed-tiers); the percentile, '8%' (a cohort "
    "threshold), '30%' (a risk reduction), the goal 8-12%, the dose and '4 months' are no rows")
add("NR12", J("Hair Tissue Mineral Analysis is not offered by this clinic. Your uploaded blood test:",
              C("Zinc, Serum", "88 ug/dL", "(60-130)"),
              C("Copper, Serum", "131 ug/dL", "(70-175)"),
              "Zinc/Copper ratio (calculated by your coach): 0.67  -  'ideal 0.8-1.2'",
              "Coach note: aim for zinc 30 mg/day for 8 weeks to 'rebalance' the ratio."),
    [R("zinc", 88, "ug/dL", "ug/dL", rng="60..130"),
     R("copper", 131, "ug/dL", "ug/dL", rng="70..175")],
    "the two serum results are rows; the zinc/copper ratio is computed by a coach, not printed by the laboratory "
    "(88/131 = 0.67), with a non-laboratory 'ideal', so it is not a result (unlike the laboratory's own ratios, AL11, "
    "GI02); the dose and '8 weeks' are no rows")
assert round(88 / 131, 2) == 0.67

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "keyed.tsv")
ids = [c[0] for c in cases]
assert len(ids) == len(set(ids))
with open(out, "w", encoding="utf-8") as fh:
    fh.write("id\tline\texpected\twhy\n")
    for c in cases: fh.write("\t".join(c) + "\n")
nrows = sum(0 if c[2] == "-" else len(c[2].split(" ;; ")) for c in cases)
kinds = {}
for i in ids: kinds[i[:2]] = kinds.get(i[:2], 0) + 1
flags, keys, qrows, cens, dls, words, rngs = {}, set(), 0, 0, 0, 0, {"text": 0, "empty": 0}
rows_by_kind, nonorm = {}, 0
for c in cases:
    if c[2] == "-": continue
    for r in c[2].split(" ;; "):
        f = r.split("|")
        flags[f[2]] = flags.get(f[2], 0) + 1
        rows_by_kind[c[0][:2]] = rows_by_kind.get(c[0][:2], 0) + 1
        if f[0].startswith("?"): qrows += 1
        else: keys.add(f[0])
        if f[1].lower() == "<dl": dls += 1
        elif f[1][:1] in "<>" and f[1]: cens += 1
        elif f[1]: words += 1
        if f[5] == "text": rngs["text"] += 1
        elif f[5] == "": rngs["empty"] += 1
        if f[3] == "" and not f[1]: nonorm += 1
print(len(cases), "snippets,", nrows, "rows,", sum(c[2] == "-" for c in cases), "without a result")
print("snippets", kinds)
print("rows", rows_by_kind)
print("flags", flags)
print(len(keys), "catalog keys;", qrows, "? rows;", cens, "censored;", dls, "<dl;", words, "word answers;", rngs,
      ";", nonorm, "numeric rows without a normalized value")
