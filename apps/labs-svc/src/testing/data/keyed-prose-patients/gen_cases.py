#!/usr/bin/env python3
"""Writes keyed.tsv (keyed set "prose-patients": laboratory results as patients write them).  Made-up snippets of what
a longevity and hormone clinic receives when a patient pastes or uploads their own text: thyroid forum posts, men's
testosterone-therapy forum posts, PCOS and menopause group posts, e-mails and portal messages to the clinic, a
WhatsApp thread, and posts in German, Spanish, French, Dutch and Polish with decimal commas.  Around the results stand
the numbers a real post has that are NOT results: doses, ages, heights, weights, BMI, dates, draw times, cycle days,
durations, symptom scores, heart rate and blood pressure, the doctor's target, previous results, ranges quoted without
a result, hypothetical questions, another person's result and prices.  Five posts hold no laboratory result at all.

Columns: id, line, expected, why.  `expected` is `-` (no result) or rows `biomarker|valueText|flag|normalizedValue|
normalizedUnit|range` joined by ' ;; ', in document order.  `biomarker` is the catalog key, or `?` and the printed name
when no catalog entry fits the analyte and specimen.  `valueText` holds a word or censored result only (`<0.5`);
`normalizedValue` is in the catalog's ucumUnit to 3 significant figures (for a ?row: the printed number, in the printed
unit's UCUM spelling); both normalized fields are empty when the row prints no unit (a patient's `SHBG 52`) or the
result is censored.  `range` is `low..high` in the printed unit (an open side empty), `text`, or empty.  Flags: the
printed or stated one (H, *LOW*, (flagged high), an arrow beside the value, a relayed "critical high", a tick emoji,
`erhöht`, `bajo`, `te laag` ...), else computed from the bounds, `null` with no numeric range.  A `->`/`→` between
two results is a change, not a flag.  Multi-line snippets use the two characters \\n.

The helpers are keyed-columns/gen_cases.py's (same row encoding; same checks: every printed flag against the bounds,
no value on a bound), with the critical flags and censored results added; the script does every unit conversion and
writes it into `why`, checks the numbers a post derives from others, then checks every catalog key and normalized unit
against the catalog modules (../../../biomarkers/catalog/biomarker-catalog.v*.ts) and prints the counts.
"""
import glob, json, math, os

def sig3(x):
    if x == 0: return "0"
    d = 3 - int(math.floor(math.log10(abs(x)))) - 1
    return f"{round(x, d):.{max(d, 0)}f}"

# ---- factors to the catalog's ucumUnit; (factor or function, how it is written in `why`); molar masses are the
# ---- catalog's (v1, v2, v7)
TESTO_NMOL = (28.842, "x 28.842 (testosterone 288.42 g/mol: nmol/L -> ng/dL)")
TESTO_NGML = (100.0, "x 100 (ng/mL -> ng/dL)")
FT_NMOL    = (288.42, "x 288.42 (testosterone 288.42 g/mol: nmol/L -> pg/mL)")
E2_PMOL    = (0.27238, "x 0.27238 (estradiol 272.38 g/mol: pmol/L -> pg/mL)")
PROG_NMOL  = (0.31446, "x 0.31446 (progesterone 314.46 g/mol: nmol/L -> ng/mL)")
AMH_PMOL   = (0.14, "x 0.14 (AMH 140,000 g/mol, catalog v7: pmol/L -> ng/mL)")
CHOL_MMOL  = (38.665, "x 38.665 (cholesterol 386.65 g/mol: mmol/L -> mg/dL)")
TG_MMOL    = (88.57, "x 88.57 (triglycerides 885.7 g/mol: mmol/L -> mg/dL)")
GL_MGDL    = (100.0, "x 100 (g/L -> mg/dL)")
CREA_UMOL  = (0.011312, "x 0.011312 (creatinine 113.12 g/mol: umol/L -> mg/dL)")
VITD_NMOL  = (0.40064, "x 0.40064 (25-OH vitamin D 400.64 g/mol: nmol/L -> ng/mL)")
HGB_GL     = (0.1, "x 0.1 (g/L -> g/dL)")
HGB_MMOL   = (1.61145, "x 1.61145 (haemoglobin monomer 16114.5 g/mol: mmol/L -> g/dL)")
HCT_LL     = (100.0, "x 100 (L/L -> %)")
FT4_PMOL   = (0.077687, "x 0.077687 (thyroxine 776.87 g/mol: pmol/L -> ng/dL)")
FT3_PMOL   = (0.65097, "x 0.65097 (triiodothyronine 650.97 g/mol: pmol/L -> pg/mL)")
IRON_UMOL  = (5.5845, "x 5.5845 (iron 55.845 g/mol: umol/L -> ug/dL)")
A1C_IFCC   = (lambda x: 0.09148 * x + 2.152, "0.09148 x IFCC + 2.152 (NGSP/IFCC master equation: mmol/mol -> %)")

NL = "\\n"   # the two characters backslash, n
def J(*lines): return NL.join(lines)

FLAGS = ("high", "low", "abnormal", "normal", "critical-high", "critical-low")

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
    """A censored result `<x` / `>x` against the bounds: the flag only when every value the text allows falls on one
    side (e.g. `<10` against `..115` is normal, `<0.01` against `0.27..` is low); otherwise null."""
    b = bounds(rng)
    if b is None: return "null"
    lo, hi = b
    x = float(vt[1:])
    if vt[0] == "<":
        if lo is not None and x <= lo: return "low"
        if hi is not None and x <= hi and (lo is None or lo == 0): return "normal"
    elif vt[0] == ">":
        if hi is not None and x >= hi: return "high"
        if lo is not None and x >= lo and hi is None: return "normal"
    return "null"

def fmtv(v): return str(int(v)) if float(v).is_integer() else str(v)

COMPATIBLE = {"high": ("high",), "low": ("low",), "abnormal": ("high", "low"), "normal": ("normal",),
              "critical-high": ("high",), "critical-low": ("low",)}

def R(bm, pv=None, pu="", nu="", f=None, *, printed=None, rng="", vt=""):
    """One expected row: bm catalog key or ?Printed Name; pv the printed number; pu the printed unit; nu the catalog
    ucumUnit ('' = no unit printed; for a ?row the printed unit in UCUM); f None or (factor or function, label);
    printed the printed or stated flag mapped; rng the range as keyed; vt a word or censored result (no number)."""
    note = ""
    if vt:
        assert pv is None, (bm, vt)
        nv, nu = "", ""
    elif pv is None or nu == "":
        nv, nu = "", ""
    else:
        x = (f[0](pv) if callable(f[0]) else pv * f[0]) if f else pv
        nv = sig3(x)
        if f:
            note = f"{bm} {fmtv(pv)} {pu} {f[1]} = {nv} {nu}"
    c = censored_flag(vt, rng) if vt and vt[0] in "<>" else computed_flag(pv, rng)
    if printed:
        assert printed in FLAGS, printed
        assert c == "null" or c in COMPATIBLE[printed], (bm, pv, rng, printed, c)
        fl = printed
    else:
        fl = c
    return {"s": f"{bm}|{vt}|{fl}|{nv}|{nu}|{rng}", "rng": rng or "none", "note": note}

def chk(label, got, want, tol):
    """A number the post derives from others (a ratio, an index, a conversion the patient did) must agree."""
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

# ======================= 1. Thyroid forum posts (TF) =======================
add("TF01", J("Hi all, new here. Diagnosed hypo 2 yrs ago, on levo 75mcg. Latest bloods (9am, fasting, no levo for 24h):",
              "TSH 3.8 (0.27-4.2)",
              "FT4 13.1 (12-22)",
              "FT3 3.9 (3.1-6.8)",
              "Ferritin 28 (30-400)",
              "Folate 4.1 (>3)",
              "B12 310 (197-771)",
              "Vit D 45 nmol/L (50-200)",
              "GP says all normal and won't do anything. Is 28 ferritin too low? I'm 41, 5'6\", 11st 4lb."),
    [R("thyroid-stimulating-hormone", 3.8, rng="0.27..4.2"),
     R("free-t4", 13.1, rng="12..22"),
     R("free-t3", 3.9, rng="3.1..6.8"),
     R("ferritin", 28, rng="30..400"),
     R("folate", 4.1, rng="3.."),
     R("vitamin-b12", 310, rng="197..771"),
     R("vitamin-d", 45, "nmol/L", "ng/mL", VITD_NMOL, rng="50..200")],
    "Only Vit D prints a unit: the other six are keyed with empty normalized fields, flags computed from the "
    "bracketed ranges (ferritin 28 < 30 low); 'GP says all normal' is a blanket remark naming no result, not a flag "
    "(so ferritin stays low); 'Is 28 ferritin too low?' repeats the ferritin already given, no second row; not rows: "
    "2 yrs, levo 75mcg (dose), 9am and 24h (draw time, dose timing), age 41, height 5'6\", weight 11st 4lb")

add("TF02", J("Results from my home finger-prick kit, drawn 8.45am day 3 of cycle, last levo 24h before:",
              "TSH - 0.05 mIU/L - 0.27-4.2 *LOW*",
              "Free T4 - 21.4 pmol/L - 12-22",
              "Free T3 - 4.2 pmol/L - 3.1-6.8",
              "TPO antibodies - 212 IU/mL - <34 (flagged high)",
              "Tg antibodies - <10 IU/mL - <115",
              "CRP - under 1 mg/L - 0-5",
              "On 125mcg levo plus 10mcg T3 since Feb. Endo is happy with a suppressed TSH?? Kit was £99."),
    [R("thyroid-stimulating-hormone", 0.05, "mIU/L", "m[IU]/L", printed="low", rng="0.27..4.2"),
     R("free-t4", 21.4, "pmol/L", "ng/dL", FT4_PMOL, rng="12..22"),
     R("free-t3", 4.2, "pmol/L", "pg/mL", FT3_PMOL, rng="3.1..6.8"),
     R("thyroid-peroxidase-antibody", 212, "IU/mL", "U/mL", printed="high", rng="..34"),
     R("thyroglobulin-antibody", vt="<10", rng="..115"),
     R("c-reactive-protein", vt="<1", rng="0..5")],
    "'Test - result - range' lines; '*LOW*' and '(flagged high)' are the patient's copies of the lab's flags; Tg "
    "antibodies '<10' is censored (valueText <10, no normalized value, normal: every value under 10 is under 115); "
    "'under 1' is written as the censored result <1 (normal within 0-5); TPO IU/mL kept as the catalog's U/mL, same "
    "number; 'CRP' is the catalog's c-reactive-protein, not hs-CRP; not rows: 8.45am, day 3 (cycle day), 24h, levo "
    "125mcg and T3 10mcg (doses: 'T3' is a catalog alias), Feb, £99 (price)")

add("TF03", J("Update after 3 months on the increased dose (50 -> 75mcg):",
              "March: TSH 4.9 → June: 2.1 (range 0.35-5.5)",
              "FT4 went from 11.8 to 15.6 pmol/L (10-22)",
              "FT3 3.6 → 4.4 pmol/L (3.5-6.5)",
              "Ferritin 45 ug/L now (was 19 in March) after 8 weeks of ferrous fumarate 210mg",
              "Feeling so much better, energy 7/10 instead of 3/10. She wants TSH under 2 so maybe another small increase?"),
    [R("thyroid-stimulating-hormone", 2.1, rng="0.35..5.5"),
     R("free-t4", 15.6, "pmol/L", "ng/dL", FT4_PMOL, rng="10..22"),
     R("free-t3", 4.4, "pmol/L", "pg/mL", FT3_PMOL, rng="3.5..6.5"),
     R("ferritin", 45, "ug/L", "ng/mL")],
    "A before/after post: the June (newest) value of each pair is the row, the March value before the arrow or after "
    "'from' is a previous result; the arrows '→' join two results and are no flags; TSH prints no unit (empty "
    "normalized); ferritin has no range (null) and ug/L = ng/mL; not rows: TSH 4.9, FT4 11.8, FT3 3.6 and ferritin "
    "19 (previous), 50 -> 75mcg and 210mg (doses), 3 months and 8 weeks (durations), energy 7/10 and 3/10 (symptom "
    "scores), 'TSH under 2' (the doctor's target, not a range)")

add("TF04", J("Confused by two sets of results from the same week. Which lab do I believe?",
              "GP (NHS, 14 Oct): TSH 5.9 mU/L (0.3-4.2) H, Free T4 12.0 pmol/L (9.0-19.0)",
              "Private lab (finger prick, 16 Oct): TSH 6.4 mIU/L (0.27-4.20) ↑, FT4 11.2 pmol/L (12.0-22.0) ↓, TPO Ab 9 IU/mL (0-34)",
              "I'm 34 and trying to conceive, the second draw was cycle day 12. GP says retest in 6 weeks."),
    [R("thyroid-stimulating-hormone", 5.9, "mU/L", "m[IU]/L", printed="high", rng="0.3..4.2"),
     R("free-t4", 12.0, "pmol/L", "ng/dL", FT4_PMOL, rng="9.0..19.0"),
     R("thyroid-stimulating-hormone", 6.4, "mIU/L", "m[IU]/L", printed="high", rng="0.27..4.20"),
     R("free-t4", 11.2, "pmol/L", "ng/dL", FT4_PMOL, printed="low", rng="12.0..22.0"),
     R("thyroid-peroxidase-antibody", 9, "IU/mL", "U/mL", rng="0..34")],
    "A post quoting two laboratories two days apart: neither set is named as a previous result, so both are the "
    "patient's results and both are rows, in document order, each with its own laboratory's range (the same FT4 "
    "12.0 vs 11.2 is normal in one and low in the other); 'H' and the arrows '↑' '↓' beside a value are flags; mU/L = "
    "mIU/L = m[IU]/L; not rows: 14 Oct and 16 Oct (dates), age 34, cycle day 12, 6 weeks")

add("TF05", J("🦋 Hashimoto's, 3 yrs on NDT (1.5 grains). New results 👇",
              "• TSH 0.8 mU/L (0.27–4.2) ✅",
              "• FT4 14.9 [12–22]",
              "• FT3 5.1 [3.1–6.8]",
              "• rT3 22 ng/dL (10-24)",
              "• Ferritin 62 ✅",
              "• Iron 14 µmol/L (10–30)",
              "• Transferrin sat 19% (20-50) L",
              "• Vit D 🌞 88 nmol/L",
              "• B12 active 45 pmol/L (>37.5)",
              "Taking 2000 IU D3 + 1000mcg B12 daily. Cost £69 for the kit 🙄"),
    [R("thyroid-stimulating-hormone", 0.8, "mU/L", "m[IU]/L", printed="normal", rng="0.27..4.2"),
     R("free-t4", 14.9, rng="12..22"),
     R("free-t3", 5.1, rng="3.1..6.8"),
     R("reverse-t3", 22, "ng/dL", "ng/dL", rng="10..24"),
     R("ferritin", 62, printed="normal"),
     R("iron", 14, "umol/L", "ug/dL", IRON_UMOL, rng="10..30"),
     R("transferrin-saturation", 19, "%", "%", printed="low", rng="20..50"),
     R("vitamin-d", 88, "nmol/L", "ng/mL", VITD_NMOL),
     R("?B12 active", 45, "pmol/L", "pmol/L", rng="37.5..")],
    "A bulleted emoji list; the patient's tick '✅' beside a value states it is in range (flag normal: TSH agrees "
    "with its bounds, ferritin has no range so normal is the stated flag alone); square brackets are ranges; FT4 and "
    "FT3 print no unit (empty normalized); 'B12 active' is holotranscobalamin, not the catalog's total vitamin B12, so "
    "it is a ?row with its printed number and unit; the sun emoji is no part of the vitamin D row, which has no range "
    "(null); not rows: 3 yrs, NDT 1.5 grains, 2000 IU D3 and 1000mcg B12 (supplement doses, both catalog aliases), "
    "£69")

# ======================= 2. Testosterone-therapy forum posts (TR) =======================
add("TR01", J("32M, 5'11\", 185 lbs, BF ~18%. Pre-TRT bloods, drawn 8:30am fasted:",
              "Total T: 412 ng/dL (264-916)",
              "Free T 8.1 pg/mL (8.7-25.1) L",
              "E2 38 pg/mL",
              "SHBG 52",
              "LH 3.1 mIU/mL (1.7-8.6)",
              "FSH 4.4 (1.5-12.4)",
              "Prolactin 11.2 ng/mL (4.0-15.2)",
              "Hct 49.8%",
              "PSA 0.9",
              "Clinic wants to start me on test cyp 120mg/wk + anastrozole 0.25mg 2x/wk. Thoughts? Consult was $199."),
    [R("testosterone", 412, "ng/dL", "ng/dL", rng="264..916"),
     R("testosterone-free", 8.1, "pg/mL", "pg/mL", printed="low", rng="8.7..25.1"),
     R("estradiol", 38, "pg/mL", "pg/mL"),
     R("shbg", 52),
     R("luteinizing-hormone", 3.1, "mIU/mL", "m[IU]/mL", rng="1.7..8.6"),
     R("follicle-stimulating-hormone", 4.4, rng="1.5..12.4"),
     R("prolactin", 11.2, "ng/mL", "ng/mL", rng="4.0..15.2"),
     R("hematocrit", 49.8, "%", "%"),
     R("prostate-specific-antigen", 0.9)],
    "SHBG 52, FSH 4.4 and PSA 0.9 print no unit: empty normalized fields (SHBG and PSA also no range: null); E2 and "
    "Hct print no range (null); 'L' after the free T range is the flag; not rows: 32M (age), 5'11\", 185 lbs, BF ~18% "
    "(body fat, not a lab percentage), 8:30am, test cyp 120mg/wk and anastrozole 0.25mg 2x/wk (doses), $199")

add("TR02", J("6 week bloods on 100mg/wk test e (split Mon/Thu), trough, drew Thursday 7am before pinning:",
              "Testosterone 31.2 nmol/L (8.6-29.0) H",
              "Free testosterone 0.72 nmol/L (0.20-0.62) H",
              "Oestradiol 162 pmol/L (<191)",
              "SHBG 24 nmol/L (18-54)",
              "Haematocrit 0.51 L/L (0.40-0.52)",
              "Haemoglobin 171 g/L (130-180)",
              "PSA <0.5 ug/L",
              "BP 132/84, RHR 64. Doc says drop to 80mg/wk if Hct goes over 0.54. I was 14.1 nmol/L before TRT."),
    [R("testosterone", 31.2, "nmol/L", "ng/dL", TESTO_NMOL, printed="high", rng="8.6..29.0"),
     R("testosterone-free", 0.72, "nmol/L", "pg/mL", FT_NMOL, printed="high", rng="0.20..0.62"),
     R("estradiol", 162, "pmol/L", "pg/mL", E2_PMOL, rng="..191"),
     R("shbg", 24, "nmol/L", "nmol/L", rng="18..54"),
     R("hematocrit", 0.51, "L/L", "%", HCT_LL, rng="0.40..0.52"),
     R("hemoglobin", 171, "g/L", "g/dL", HGB_GL, rng="130..180"),
     R("prostate-specific-antigen", vt="<0.5")],
    "SI units converted to the catalog's; PSA '<0.5 ug/L' is censored (valueText <0.5, no normalized value) with no "
    "range (null); not rows: 6 week, 100mg/wk and 80mg/wk (doses), Mon/Thu, 7am, BP 132/84 and RHR 64 (vitals), "
    "'Hct over 0.54' (the doctor's threshold, not a range), 14.1 nmol/L before TRT (previous result)")

add("TR03", J("Blood work 12 weeks into TRT (140mg/wk cyp, 0.5ml E3.5D). Posting result / range:",
              "Total T 1,042 / 264-916 ng/dL HIGH",
              "Free T 28.4 / 8.7-25.1 pg/mL HIGH",
              "Sensitive E2 41 / 7.6-42.6 pg/mL",
              "HCT 52.1 / 37.5-51.0 % HIGH",
              "HGB 17.6 / 13.0-17.7 g/dL",
              "RBC 5.92 / 4.14-5.80 x10E6/uL HIGH",
              "LDL 131 / 0-99 mg/dL HIGH",
              "HDL 38 / >39 mg/dL LOW",
              "Trig 96 / 0-149 mg/dL",
              "Gained 6 lbs, bench up 20 lbs lol. Donating blood next week, it's free at the blood bank."),
    [R("testosterone", 1042, "ng/dL", "ng/dL", printed="high", rng="264..916"),
     R("testosterone-free", 28.4, "pg/mL", "pg/mL", printed="high", rng="8.7..25.1"),
     R("estradiol", 41, "pg/mL", "pg/mL", rng="7.6..42.6"),
     R("hematocrit", 52.1, "%", "%", printed="high", rng="37.5..51.0"),
     R("hemoglobin", 17.6, "g/dL", "g/dL", rng="13.0..17.7"),
     R("red-blood-cell-count", 5.92, "x10E6/uL", "10*6/uL", printed="high", rng="4.14..5.80"),
     R("ldl-cholesterol", 131, "mg/dL", "mg/dL", printed="high", rng="0..99"),
     R("hdl-cholesterol", 38, "mg/dL", "mg/dL", printed="low", rng="39.."),
     R("triglycerides", 96, "mg/dL", "mg/dL", rng="0..149")],
    "'result / range unit FLAG' lines: the number before the slash is the result, the unit follows the range; "
    "'1,042' is a thousands comma (1042, 3 significant figures 1040); not rows: 12 weeks, 140mg/wk, 0.5ml E3.5D "
    "(dose, schedule), 6 lbs and 20 lbs")

chk("TR04 HOMA-IR the patient computed = glucose x insulin / 405", 104 * 14.2 / 405, 3.6, 0.05)
add("TR04", J("Quick one, 45M, metabolic stuff. My A1c was 5.9 and fasting glucose 104, fasting insulin 14.2 uIU/mL so "
              "HOMA-IR about 3.6 if I did it right. Doc put me on metformin 500mg twice a day. ApoB came back 118 mg/dL "
              "and Lp(a) 12 nmol/L. Is a PSA of 1.8 fine at 45 or should I get it repeated? My buddy's A1c was 6.4 "
              "and he's on Ozempic 0.5mg, should I be worried?"),
    [R("hemoglobin-a1c", 5.9),
     R("glucose", 104),
     R("insulin", 14.2, "uIU/mL", "u[IU]/mL"),
     R("apolipoprotein-b", 118, "mg/dL", "mg/dL"),
     R("lipoprotein-a", 12, "nmol/L", "nmol/L"),
     R("prostate-specific-antigen", 1.8)],
    "Results in running sentences, no ranges (all null); A1c, glucose and PSA print no unit (empty normalized); "
    "the PSA inside the question is the patient's own result ('should I get it repeated') and is a row; not rows: "
    "HOMA-IR 'about 3.6' (the patient's own arithmetic, 104 x 14.2 / 405 = 3.65, not a laboratory result), age 45, "
    "metformin 500mg and Ozempic 0.5mg (doses), the buddy's A1c 6.4 (another person's result)")

# ======================= 3. PCOS and menopause group posts (PM) =======================
chk("PM01 LH:FSH 'nearly 3:1'", 14.8 / 5.2, 2.85, 0.01)
chk("PM01 FAI = 100 x T / SHBG", 100 * 2.9 / 21, 13.8, 0.05)
add("PM01", J("PCOS diagnosis question 🙋‍♀️ 27F, cycles 35-60 days, BMI 31. Bloods on CD3:",
              "LH 14.8 IU/L",
              "FSH 5.2 IU/L",
              "so LH:FSH is nearly 3:1!!",
              "Testosterone 2.9 nmol/L (0.3-2.4) H",
              "SHBG 21 nmol/L (30-110) L",
              "FAI 13.8 (<5.4)",
              "AMH 58 pmol/L",
              "Fasting insulin 19 (2.6-24.9)",
              "TSH 1.9 and prolactin was fine.",
              "On metformin 1500mg + inositol 4g. Is AMH 58 high for my age?"),
    [R("luteinizing-hormone", 14.8, "IU/L", "m[IU]/mL"),
     R("follicle-stimulating-hormone", 5.2, "IU/L", "m[IU]/mL"),
     R("testosterone", 2.9, "nmol/L", "ng/dL", TESTO_NMOL, printed="high", rng="0.3..2.4"),
     R("shbg", 21, "nmol/L", "nmol/L", printed="low", rng="30..110"),
     R("?FAI", 13.8, rng="..5.4"),
     R("anti-mullerian-hormone", 58, "pmol/L", "ng/mL", AMH_PMOL),
     R("insulin", 19, rng="2.6..24.9"),
     R("thyroid-stimulating-hormone", 1.9)],
    "IU/L = m[IU]/mL for LH and FSH (no range: null); the free androgen index the lab printed has no catalog entry: "
    "?FAI, no unit printed so no normalized value, computed high against <5.4 (100 x 2.9 / 21 = 13.8); AMH, fasting "
    "insulin and TSH: AMH no range (null), insulin and TSH print no unit (empty normalized); 'prolactin was fine' "
    "gives no value, so no row; 'Is AMH 58 high' repeats the AMH, no second row; not rows: 27F, cycles 35-60 days, "
    "BMI 31, CD3 (cycle day), 'LH:FSH nearly 3:1' (the patient's ratio), metformin 1500mg and inositol 4g")

add("PM02", J("Perimenopause at 49 🥵 Night sweats 6-8 a night, sleep 4/10. Bloods before HRT (day 21 of a 26 day cycle):",
              "FSH 38.2 IU/L (flagged high)",
              "LH 29.6 IU/L",
              "Oestradiol 98 pmol/L",
              "Progesterone 1.2 nmol/L (luteal >16)",
              "Testosterone 0.6 nmol/L (0.3-1.7)",
              "TSH 2.4",
              "Now on a 50 patch + Utrogestan 100mg + testogel 1/4 sachet. GP said the FSH 'confirms' it but the "
              "nurse says FSH is useless in peri?"),
    [R("follicle-stimulating-hormone", 38.2, "IU/L", "m[IU]/mL", printed="high"),
     R("luteinizing-hormone", 29.6, "IU/L", "m[IU]/mL"),
     R("estradiol", 98, "pmol/L", "pg/mL", E2_PMOL),
     R("progesterone", 1.2, "nmol/L", "ng/mL", PROG_NMOL, rng="16.."),
     R("testosterone", 0.6, "nmol/L", "ng/dL", TESTO_NMOL, rng="0.3..1.7"),
     R("thyroid-stimulating-hormone", 2.4)],
    "'(flagged high)' is FSH's flag with no range; the progesterone's '(luteal >16)' is the lab's luteal-phase "
    "interval and the draw was luteal (day 21), so it is the range (16..) and the result is computed low; LH and "
    "oestradiol print no range (null); TSH no unit (empty); not rows: age 49, 6-8 a night and 4/10 (symptoms), day 21 "
    "and 26 day (cycle), 50 patch, Utrogestan 100mg and testogel 1/4 sachet (doses)")

add("PM03", J("56, 4 yrs on HRT (Oestrogel 2 pumps, 100mg Utrogestan). Annual check came back:",
              "Total cholesterol 6.4 mmol/L ↑ (range <5.0)",
              "LDL 4.1 ↑",
              "HDL 1.9 mmol/L",
              "Triglycerides 0.9 mmol/L",
              "HbA1c 38 mmol/mol (range 20-41)",
              "Vitamin D 62 nmol/L (range 50-175)",
              "Oestradiol 312 pmol/L",
              "My DEXA T-score was -1.8 at the spine. GP wants me on a statin (10yr QRISK 7.9%). Thoughts?"),
    [R("total-cholesterol", 6.4, "mmol/L", "mg/dL", CHOL_MMOL, printed="high", rng="..5.0"),
     R("ldl-cholesterol", 4.1, printed="high"),
     R("hdl-cholesterol", 1.9, "mmol/L", "mg/dL", CHOL_MMOL),
     R("triglycerides", 0.9, "mmol/L", "mg/dL", TG_MMOL),
     R("hemoglobin-a1c", 38, "mmol/mol", "%", A1C_IFCC, rng="20..41"),
     R("vitamin-d", 62, "nmol/L", "ng/mL", VITD_NMOL, rng="50..175"),
     R("estradiol", 312, "pmol/L", "pg/mL", E2_PMOL)],
    "'range <5.0' and 'range 20-41' are ranges written after the word; the '↑' beside a value is its flag (LDL: "
    "flag high, no unit so no normalized value, no range); HbA1c's range stays in mmol/mol; not rows: age 56, 4 yrs, "
    "Oestrogel 2 pumps and Utrogestan 100mg (doses), DEXA T-score -1.8 (imaging), 10yr QRISK 7.9% (a risk score)")

# ======================= 4. E-mails, portal messages and a message thread to the clinic (EM) =======================
add("EM01", J("Subject: my iron results",
              "Hi Dr Lee,",
              "My results came back from the GP on Tuesday: ferritin 12, iron sat 11% and haemoglobin 118 g/L (flagged "
              "low, range 120-150), and the MCV was 76 (80-100), also low. They said B12 and folate were normal.",
              "I've been taking ferrous sulphate 200mg twice a day for 3 weeks but it upsets my stomach. Should I book "
              "the iron infusion (£350)? My periods are heavy, 7 days.",
              "Thanks,",
              "Priya Ahmed (DOB 12/03/1986)"),
    [R("ferritin", 12),
     R("transferrin-saturation", 11, "%", "%"),
     R("hemoglobin", 118, "g/L", "g/dL", HGB_GL, printed="low", rng="120..150"),
     R("mean-corpuscular-volume", 76, printed="low", rng="80..100")],
    "A patient's e-mail: results in a sentence are rows; ferritin and MCV print no unit (empty normalized); ferritin "
    "and iron sat have no range (null); the relayed 'flagged low' and 'also low' are flags; 'B12 and folate were "
    "normal' gives no values, so no rows; not rows: Tuesday, ferrous sulphate 200mg (dose), 3 weeks, £350, 7 days, "
    "the date of birth")

add("EM02", J("Portal message to the clinic, 18 Nov 16:42",
              "Hi, the lab phoned me this afternoon because my potassium was 6.3 and they said that's critical high "
              "(3.5-5.1). They think the sample may have been haemolysed as it sat for 5 hours before spinning. Sodium "
              "139, creatinine 88 umol/L (59-104), eGFR >90. I'm on lisinopril 10mg and spironolactone 25mg for acne, "
              "plus a 99mg potassium supplement. BP at home 118/76. Should I repeat tomorrow at 8am?"),
    [R("potassium", 6.3, printed="critical-high", rng="3.5..5.1"),
     R("sodium", 139),
     R("creatinine", 88, "umol/L", "mg/dL", CREA_UMOL, rng="59..104"),
     R("egfr", vt=">90")],
    "The laboratory's relayed 'critical high' is the potassium's flag (a suspected haemolysed sample is still the "
    "reported result); potassium and sodium print no unit (empty normalized), sodium and eGFR no range (null); eGFR "
    "'>90' is censored (valueText >90); not rows: 18 Nov 16:42, 5 hours, lisinopril 10mg, spironolactone 25mg and the "
    "99mg potassium supplement (doses: 'potassium' is a catalog name), BP 118/76, 8am")

add("EM03", J("[09/10/25, 07:58] Mark: Morning! Got my bloods back from the clinic 🙌",
              "[09/10/25, 07:59] Mark: testosterone 18.6 nmol/l, oestradiol 121 pmol/l, hct 0.49, psa 0.6",
              "[09/10/25, 08:01] Nurse Jo (Clinic): Thanks Mark, Dr Lee will review. Was that the trough sample, before your 0.3ml?",
              "[09/10/25, 08:03] Mark: yep, drawn 48h after the last jab. Hct was 0.53 in July so better after giving blood",
              "[09/10/25, 08:04] Mark: also my ferritin 41 (30-400) and vit d 71 nmol/l"),
    [R("testosterone", 18.6, "nmol/L", "ng/dL", TESTO_NMOL),
     R("estradiol", 121, "pmol/L", "pg/mL", E2_PMOL),
     R("hematocrit", 0.49),
     R("prostate-specific-antigen", 0.6),
     R("ferritin", 41, rng="30..400"),
     R("vitamin-d", 71, "nmol/L", "ng/mL", VITD_NMOL)],
    "A message thread: the patient's results across two messages are rows; hct 0.49 and psa 0.6 print no unit "
    "(empty normalized; the hct is not guessed to be L/L); only ferritin has a range; not rows: the time stamps and "
    "dates, 0.3ml (dose), 48h, 'Hct was 0.53 in July' (previous result)")

add("EM04", J("Dear Dr Lee, following up on my longevity panel. Pasted from the portal:",
              "hs-CRP 2.8 mg/L (<3.0)",
              "Homocysteine 13.9 umol/L (ref: <15)",
              "Uric acid 6.9 mg/dL (3.7-8.6)",
              "GGT 52 U/L (8-61)",
              "ALT 47 U/L (0-44) H",
              "Omega-3 index 4.1%",
              "If my homocysteine were under 10 would I still need the methylfolate? I take 1mg methylfolate and "
              "500mcg methyl-B12. The package cost $349, is that reimbursable?",
              "Best, Tomasz (52)"),
    [R("hs-crp", 2.8, "mg/L", "mg/L", rng="..3.0"),
     R("homocysteine", 13.9, "umol/L", "umol/L", rng="..15"),
     R("uric-acid", 6.9, "mg/dL", "mg/dL", rng="3.7..8.6"),
     R("gamma-glutamyl-transferase", 52, "U/L", "U/L", rng="8..61"),
     R("alanine-aminotransferase", 47, "U/L", "U/L", printed="high", rng="0..44"),
     R("omega-3-index", 4.1, "%", "%")],
    "Lines pasted from a portal into an e-mail; 'ref: <15' is a range; omega-3 index has no range (null); not rows: "
    "'if my homocysteine were under 10' (a hypothetical in a question, not a result), methylfolate 1mg and methyl-B12 "
    "500mcg (doses), $349, age 52")

# ======================= 5. Posts in German, Spanish, French, Dutch and Polish (IN) =======================
add("IN01", J("Hallo zusammen, bin 38, w, nehme seit 8 Wochen 50 µg L-Thyroxin. Neue Werte vom 03.11.:",
              "TSH 2,8 mU/l (0,27–4,2)",
              "fT4 15,2 pmol/l (12–22)",
              "fT3 2,9 pmol/l (3,1–6,8) ↓",
              "TPO-AK 410 IU/ml (<34) erhöht",
              "Ferritin 24 ng/ml (13–150)",
              "Vitamin D 21,5 ng/ml (30–100) zu niedrig",
              "Meine Ärztin möchte den TSH unter 1,5 haben. Ist das fT3 zu niedrig?"),
    [R("thyroid-stimulating-hormone", 2.8, "mU/L", "m[IU]/L", rng="0.27..4.2"),
     R("free-t4", 15.2, "pmol/L", "ng/dL", FT4_PMOL, rng="12..22"),
     R("free-t3", 2.9, "pmol/L", "pg/mL", FT3_PMOL, printed="low", rng="3.1..6.8"),
     R("thyroid-peroxidase-antibody", 410, "IU/mL", "U/mL", printed="high", rng="..34"),
     R("ferritin", 24, "ng/mL", "ng/mL", rng="13..150"),
     R("vitamin-d", 21.5, "ng/mL", "ng/mL", printed="low", rng="30..100")],
    "German, decimal commas read as points; 'erhöht' (raised) and 'zu niedrig' (too low) and the '↓' are flags; "
    "TPO-AK (TPO-Antikörper) IU/ml kept as U/mL, same number; not rows: 38 (age), 8 Wochen, 50 µg L-Thyroxin (dose), "
    "03.11. (date), 'TSH unter 1,5' (the doctor's target)")

add("IN02", J("Hola, tengo 44 años, hombre, 1,78 m y 92 kg. Análisis del 12/05 en ayunas (8:00 h):",
              "Testosterona total: 2,9 ng/mL (2,8–8,0)",
              "Testosterona libre: 58 pg/mL (bajo)",
              "Vitamina D: 18 ng/mL (30-100)",
              "Glucosa: 108 mg/dL (70-100) alto",
              "Colesterol LDL: 162 mg/dL",
              "PCR: <0,5 mg/L",
              "El médico quiere que empiece con 50 mg de gel. ¿Es normal la testosterona con 2,9? Me costó 45 €."),
    [R("testosterone", 2.9, "ng/mL", "ng/dL", TESTO_NGML, rng="2.8..8.0"),
     R("testosterone-free", 58, "pg/mL", "pg/mL", printed="low"),
     R("vitamin-d", 18, "ng/mL", "ng/mL", rng="30..100"),
     R("glucose", 108, "mg/dL", "mg/dL", printed="high", rng="70..100"),
     R("ldl-cholesterol", 162, "mg/dL", "mg/dL"),
     R("c-reactive-protein", vt="<0.5")],
    "Spanish, decimal commas; '(bajo)' in brackets is a flag word, not a range (range empty, flag low); 'alto' is a "
    "flag; PCR is proteína C reactiva (c-reactive-protein), censored '<0,5' (valueText <0.5, no range: null); the "
    "question '¿Es normal la testosterona con 2,9?' repeats the result, no second row; not rows: 44 años, 1,78 m, "
    "92 kg, 12/05, 8:00 h, 50 mg de gel (dose), 45 €")

add("IN03", J("Bonjour, femme 52 ans, ménopausée depuis 2 ans. Bilan du 4 mars :",
              "TSH : 3,1 mUI/L (0,4–4,0)",
              "Ferritine : 19 µg/L (N : 15–150)",
              "Hémoglobine : 12,1 g/dL",
              "Cholestérol total : 2,45 g/L (< 2,00) élevé",
              "Glycémie à jeun : 0,98 g/L (0,70–1,10)",
              "Vitamine D : 24 ng/mL, insuffisant",
              "Je prends 100 000 UI de vitamine D tous les 3 mois. Mon médecin veut un LDL < 1,6 g/L."),
    [R("thyroid-stimulating-hormone", 3.1, "mUI/L", "m[IU]/L", rng="0.4..4.0"),
     R("ferritin", 19, "ug/L", "ng/mL", rng="15..150"),
     R("hemoglobin", 12.1, "g/dL", "g/dL"),
     R("total-cholesterol", 2.45, "g/L", "mg/dL", GL_MGDL, printed="high", rng="..2.00"),
     R("glucose", 0.98, "g/L", "mg/dL", GL_MGDL, rng="0.70..1.10"),
     R("vitamin-d", 24, "ng/mL", "ng/mL", printed="low")],
    "French, decimal commas; 'N : 15–150' is the normal range; 'élevé' (raised) and 'insuffisant' (insufficient) are "
    "flags (vitamin D: low, no range); ug/L = ng/mL for ferritin; haemoglobin has no range (null); not rows: 52 ans, "
    "2 ans, 4 mars, 100 000 UI de vitamine D tous les 3 mois (a dose), 'LDL < 1,6 g/L' (the doctor's target, no LDL "
    "result)")

add("IN04", J("Hoi allemaal, man 61, sinds 3 maanden op testosterongel 50 mg. Uitslagen huisarts (bloed 8.15 uur nuchter):",
              "Hb 10,4 mmol/L (8,5–11,0)",
              "Hematocriet 0,49 L/L (0,40–0,50)",
              "Testosteron 24,8 nmol/L (10–30)",
              "PSA 3,6 µg/L (< 4,0)",
              "Ferritine 15 µg/L (30-400) te laag",
              "Vorig jaar was mijn PSA 2,1. Bloeddruk 138/86. Moet ik me zorgen maken over de PSA?"),
    [R("hemoglobin", 10.4, "mmol/L", "g/dL", HGB_MMOL, rng="8.5..11.0"),
     R("hematocrit", 0.49, "L/L", "%", HCT_LL, rng="0.40..0.50"),
     R("testosterone", 24.8, "nmol/L", "ng/dL", TESTO_NMOL, rng="10..30"),
     R("prostate-specific-antigen", 3.6, "ug/L", "ng/mL", rng="..4.0"),
     R("ferritin", 15, "ug/L", "ng/mL", printed="low", rng="30..400")],
    "Dutch, decimal commas; Hb in mmol/L (Dutch SI); 'te laag' (too low) is a flag; ug/L = ng/mL for PSA and ferritin; "
    "not rows: man 61, 3 maanden, testosterongel 50 mg (dose), 8.15 uur (draw time), 'vorig jaar was mijn PSA 2,1' "
    "(previous result), bloeddruk 138/86")

add("IN05", J("Cześć, mam 29 lat, Hashimoto od roku, biorę Euthyrox 50 µg. Wyniki z 15.09 (pobranie 7:30, na czczo):",
              "TSH 4,6 µIU/ml (0,27–4,20) H",
              "FT4 1,02 ng/dl (0,93–1,70)",
              "FT3 2,61 pg/ml (2,00–4,40)",
              "anty-TPO 187 IU/ml (<34)",
              "Ferrytyna 21 ng/ml (13–150)",
              "Witamina D3 (25-OH) 17,3 ng/ml (30–100) L",
              "Lekarz mówi, że TSH ma być poniżej 2,5. Wizyta kosztowała 250 zł."),
    [R("thyroid-stimulating-hormone", 4.6, "uIU/mL", "m[IU]/L", printed="high", rng="0.27..4.20"),
     R("free-t4", 1.02, "ng/dL", "ng/dL", rng="0.93..1.70"),
     R("free-t3", 2.61, "pg/mL", "pg/mL", rng="2.00..4.40"),
     R("thyroid-peroxidase-antibody", 187, "IU/mL", "U/mL", rng="..34"),
     R("ferritin", 21, "ng/mL", "ng/mL", rng="13..150"),
     R("vitamin-d", 17.3, "ng/mL", "ng/mL", printed="low", rng="30..100")],
    "Polish, decimal commas; µIU/ml = m[IU]/L for TSH; anty-TPO computed high against <34; 'Witamina D3 (25-OH)' is "
    "the 25-OH vitamin D result (the laboratory's name), not a dose; not rows: 29 lat, od roku, Euthyrox 50 µg "
    "(dose), 15.09, 7:30, 'TSH poniżej 2,5' (the doctor's target), 250 zł")

# ======================= 6. Posts with no laboratory result (NR) =======================
add("NR01", J("3 weeks since my levo went up from 75mcg to 100mcg and honestly no change 😩 Still exhausted, energy 2/10, "
              "brain fog 8/10, hair falling out. Taking it at 6am with water, waiting 60 mins for coffee. Also on 400mg "
              "magnesium glycinate, 200mcg selenium and 5000 IU D3 with K2 100mcg. Weight up 4kg since Christmas (now "
              "78kg, 165cm). Next bloods in 3 weeks. Anyone else feel worse before better?"),
    "-",
    "Symptoms and doses only: levo 75mcg/100mcg, magnesium 400mg, selenium 200mcg, D3 5000 IU and K2 100mcg are "
    "supplement and drug doses (magnesium, selenium and D3 are catalog names), energy 2/10 and brain fog 8/10 are "
    "symptom scores, 6am, 60 mins, 3 weeks, 4kg, 78kg and 165cm are times, durations, weight and height")

add("NR02", J("About to see a TRT clinic for the first time (38M). What bloods should I insist on? I'm thinking Total T, "
              "Free T, SHBG, E2 (sensitive/LC-MS), LH, FSH, prolactin, CBC for Hct, PSA, lipid panel, A1c, CMP. The "
              "clinic's panel is $149 or $229 with thyroid (TSH, FT3, FT4). Should the draw be before 10am? I work "
              "nights (sleep 8am-3pm) so not sure when 'morning' is for me."),
    "-",
    "A question about which tests to ask for: test names with no value; $149 and $229 are prices, 38M an age, 10am "
    "and 8am-3pm times")

add("NR03", J("Why are UK and US ranges so different?! My GP's TSH range is 0.27-4.2 and ferritin 15-300, but American "
              "labs use TSH 0.45-4.5 and ferritin 30-400 for women. Free T4 here is 12-22 pmol/L, in the US it's "
              "0.82-1.77 ng/dL. Thyroid forums say FT4 should be in the top third of the range. I haven't had my "
              "results yet, the nurse said 5 working days."),
    "-",
    "Ranges quoted without a result: every number is a reference-interval bound (the range here is not a result, "
    "and 'top third' is a target); 5 working days is a wait")

add("NR04", J("Oura + Apple Watch + Libre 3 for 2 weeks. Averages: HRV 38 ms, resting HR 61 bpm, SpO2 95%, temp "
              "deviation +0.3 °C, sleep score 74, readiness 81. The Libre says average glucose 104 mg/dL, GMI 5.8%, "
              "time in range 96%, highest spike 168 after pasta. VO2max estimate 41. Is GMI 5.8 the same as an A1c? "
              "My real A1c isn't due until March."),
    "-",
    "A wearable's and a CGM's numbers (as keyed-mixed): HRV, resting HR, SpO2 (pulse oximetry, not the arterial "
    "oxygen-saturation entry), skin temperature, sleep and readiness scores, VO2max are device data; the CGM's "
    "average glucose (not the HbA1c-derived eAG), GMI (not an HbA1c), time in range and the 168 spike are "
    "self-monitoring; the A1c is not yet done")

add("NR05", J("Booked my day 21 progesterone for Friday (cycle is 32 days so the nurse said actually day 25?). Last time, "
              "back in 2023, it was 8.2 and my TSH was 6.2 the year before that, down from 9 after starting levo. The "
              "fertility doctor wants progesterone over 30 to confirm ovulation and TSH under 2.5 for TTC. 31 yo, BMI "
              "24, on 50mcg levo and 400mcg folic acid. Will post results when they're in!"),
    "-",
    "Previous results and targets only: progesterone 8.2 (2023) and TSH 6.2 and 9 are previous results named as "
    "such; 'over 30' and 'under 2.5' are the doctor's targets; day 21, day 25 and 32 days are cycle days; 31 yo, "
    "BMI 24, levo 50mcg and folic acid 400mcg (doses) are not results; the new test is only booked")

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
nounit = 0
for c in cases:
    k2 = c[0][:2]
    snip_by_kind[k2] = snip_by_kind.get(k2, 0) + 1
    if c[2] == "-":
        none_by_kind[k2] = none_by_kind.get(k2, 0) + 1
        continue
    for r in c[2].split(" ;; "):
        f = r.split("|")
        assert len(f) == 6, (c[0], r)
        assert f[2] in FLAGS + ("null",), (c[0], r)
        flags[f[2]] = flags.get(f[2], 0) + 1
        rows_by_kind[k2] = rows_by_kind.get(k2, 0) + 1
        if f[0].startswith("?"):
            qrows += 1
        else:
            keys.add(f[0])
            if f[0] not in catalog: problems.append((c[0], f[0], "no such catalog key"))
            elif f[4] and f[4] != catalog[f[0]]: problems.append((c[0], f[0], f"unit {f[4]} is not {catalog[f[0]]}"))
            elif catalog[f[0]] in ("{ratio}", "{index}") and not f[4]: problems.append((c[0], f[0], "dimensionless without unit"))
        if f[1]: words += 1
        rngs["text" if f[5] == "text" else "empty" if f[5] == "" else "numeric"] += 1
        if f[3] == "":
            nonorm += 1
            if not f[1]: nounit += 1
for p in problems: print("PROBLEM", p)
nrows = sum(rows_by_kind.values())
print(len(cases), "snippets,", nrows, "rows,", sum(c[2] == "-" for c in cases), "without a result")
print("snippets", snip_by_kind)
print("without a result", none_by_kind)
print("rows", rows_by_kind)
print("flags", flags)
print(len(keys), "catalog keys;", nrows - qrows, "catalog rows;", qrows, "? rows;", words, "censored/word results;", rngs, ";",
      nonorm, "rows without a normalized value (", nounit, "of them because no unit is printed )")
print(len(catalog), "catalog entries read;", len(problems), "key/unit problems")
