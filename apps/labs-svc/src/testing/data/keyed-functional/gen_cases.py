#!/usr/bin/env python3
"""Writes keyed.tsv (set 9, "functional-medicine and consumer testing"): what a longevity and hormone clinic's
patients upload beyond the specialty panels of keyed-specialty -- dried urine hormone panels (DUTCH-style: creatinine-
corrected metabolites in ng/mg, cortisol/cortisone diurnal points, estrogen and androgen metabolites, 6-OHMS, urinary
organic acids), "functional range" blood chemistry reports (an optimal range printed beside the lab's range), hair
tissue mineral analysis, food-specific IgG panels, lactulose breath tests, telomere and epigenetic-age reports, home
kits and consumer dashboards, CGM and meter exports, follow-up hospital and reference-lab hormone printouts, and
documents with no laboratory result (protocols, dosing, requisitions, prices, a genotype page, a retest calendar).

Columns: id, line, expected, why.  `expected` is `-` (no laboratory result) or rows `biomarker|valueText|flag|
normalizedValue|normalizedUnit|range` joined by ' ;; ', in report order.  `biomarker` is the catalog key, or `?` and
the name as printed for a laboratory test the catalog lacks -- including a test of a catalog substance on another
specimen (dried urine, hair, dried blood spot, breath) or of another property (food IgG vs the catalog's IgE).
`range` is `low..high` (the LAB's interval as printed, in the printed unit; never an optimal or functional range, an
"ideal" value, a percentile or a class legend), `text` (cut-offs or tiers printed in place of an interval, as
keyed-tiers) or empty (no range printed).  Multi-line snippets are written with the two characters backslash-n.

Flags: the printed flag if one is printed (H/High/Above range -> high; L/Low/Below range -> low; Out of range ->
abnormal; Within range/In range/Normal/Optimal -> normal); else computed from the keyed bounds; `null` with no printed
flag and no numeric range.  Words that rate a value against an optimal or functional range ('Above optimal', 'Below
functional') and reactivity classes are not flags.  A censored value keeps its text and is normalized from its bound.
The helpers are keyed-specialty/gen_cases.py's (same row encoding, same checks: every printed flag against the bounds,
no value on a bound); the script does every unit conversion and writes it into `why`, checks the laboratory's sums,
ratios and differences against their parts, then checks every catalog key and normalized unit against the catalog
modules (../../../biomarkers/catalog/biomarker-catalog.v*.ts) and prints the counts.
"""
import glob, json, math, os, re

def sig3(x):
    if x == 0: return "0"
    d = 3 - int(math.floor(math.log10(abs(x)))) - 1
    return f"{round(x, d):.{max(d, 0)}f}"

# ---- factors to the catalog's ucumUnit; (factor, how it is written in `why`), molar masses from the catalog ----
GLU_MMOL   = (18.0156, "x 18.0156 (glucose 180.156 g/mol: mmol/L -> mg/dL)")
TESTO_NMOL = (28.842, "x 28.842 (testosterone 288.42 g/mol: nmol/L -> ng/dL)")
FT_NMOL    = (288.42, "x 288.42 (testosterone 288.42 g/mol: nmol/L -> pg/mL)")
FT_NGDL    = (10.0, "x 10 (ng/dL -> pg/mL)")
TESTO_NGML = (100.0, "x 100 (ng/mL -> ng/dL)")
E2_PMOL    = (0.27238, "x 0.27238 (estradiol 272.38 g/mol: pmol/L -> pg/mL)")
DHT_PGML   = (0.1, "x 0.1 (pg/mL -> ng/dL)")
HCT_LL     = (100.0, "x 100 (L/L -> %)")
HGB_GL     = (0.1, "x 0.1 (g/L -> g/dL)")

NL = "\\n"   # the two characters backslash, n
def J(*lines): return NL.join(lines)
def C(*fields): return "  ".join(fields)        # two spaces between fields
def T(*fields): return "    ".join(fields)      # a tab converted to spaces

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

def fmtv(v): return str(int(v)) if float(v).is_integer() else str(v)

COMPATIBLE = {"high": ("high",), "low": ("low",), "abnormal": ("high", "low"), "normal": ("normal",)}

def R(bm, pv=None, pu="", nu="", f=None, *, printed=None, rng="", vt=""):
    """One expected row (as keyed-specialty): bm catalog key or ?Printed Name; pv the printed number; pu the printed
    unit; nu the catalog ucumUnit ('' = no unit printed or not convertible; for a ?row the printed unit in UCUM);
    f None or (factor, label); printed the printed flag mapped; rng the range as keyed; vt a censored value."""
    note = ""
    if vt:
        assert vt[0] in "<>" and pv == float(vt[1:]), (bm, vt, pv)
    if pv is None or nu == "":
        nv, nu = "", ""
    else:
        x = pv * f[0] if f else pv
        nv = sig3(x)
        if f:
            what = f"bound {vt}" if vt else fmtv(pv)
            note = f"{bm} {what} {pu} {f[1]} = {nv} {nu}"
        elif vt:
            note = f"{bm} {vt} {pu}: normalized from its bound, {nv} {nu}"
    c = censored_flag(vt, rng) if vt else computed_flag(pv, rng)
    if printed:
        assert printed in FLAGS, printed
        assert c == "null" or c in COMPATIBLE[printed], (bm, pv, vt, rng, printed, c)
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

def rng_of(s):
    """A printed interval 'a - b', '<x', '<=x', '>x' as keyed ('a..b', '..x', 'x..'); decimal commas read as points."""
    s = s.replace(",", ".").replace(" ", "")
    if s.startswith("<="): return ".." + s[2:]
    if s.startswith("<"): return ".." + s[1:]
    if s.startswith(">="): return s[2:] + ".."
    if s.startswith(">"): return s[1:] + ".."
    lo, hi = s.split("-", 1)
    return f"{lo}..{hi}"

NGMG, UGMG = "ng/mg", "ug/mg"
HAIR_MGPCT = "mg/(100.g)"     # mg% of hair = mg per 100 g of hair
PPM = "[ppm]"

WORD = {"": None, "H": "high", "L": "low", "High": "high", "Low": "low", "HIGH": "high", "LOW": "low",
        "Above range": "high", "Below range": "low", "Within range": "normal", "In range": "normal",
        "Normal": "normal", "Optimal": "normal", "Out of range": "abnormal", "Out of Range": "abnormal"}

def table(rows, unit_ucum=None):
    """Fixed-width rows (name, value, printed flag word, printed unit, printed range) -> (lines, ?rows)."""
    lines, out = [], []
    for name, v, fw, pu, r in rows:
        lines.append(T(name, v + (f"  {fw}" if fw else ""), pu, r))
        nu = (unit_ucum or {}).get(pu, pu)
        out.append(R("?" + name, float(v), pu, nu, printed=WORD[fw], rng=rng_of(r)))
    return lines, out

# ======================= 1. Dried urine hormone panels, DUTCH-style (DU) =======================
du01 = [("Cortisol A (Waking)", "14.2", "", NGMG, "12 - 40"),
        ("Cortisol B (Morning)", "24.6", "Low", NGMG, "30 - 130"),
        ("Cortisol C (Afternoon)", "11.8", "", NGMG, "7 - 30"),
        ("Cortisol D (Night)", "4.1", "", NGMG, "0 - 14"),
        ("Cortisone A (Waking)", "61", "", NGMG, "40 - 120"),
        ("Cortisone B (Morning)", "84", "Low", NGMG, "90 - 230"),
        ("Cortisone C (Afternoon)", "47", "", NGMG, "32 - 95"),
        ("Cortisone D (Night)", "22", "", NGMG, "0 - 55"),
        ("24hr Free Cortisol", "74", "Low", "ug", "90 - 200"),
        ("24hr Free Cortisone", "228", "", "ug", "200 - 350")]
du01b = [("a-Tetrahydrocortisol (a-THF)", "212", "", NGMG, "75 - 370"),
         ("b-Tetrahydrocortisol (b-THF)", "1688", "", NGMG, "1050 - 2500"),
         ("b-Tetrahydrocortisone (b-THE)", "2904", "", NGMG, "1550 - 3800"),
         ("Metabolized Cortisol (THF+THE)", "4804", "", NGMG, "2750 - 6500"),
         ("DHEA-S", "38", "", NGMG, "20 - 750")]
assert 212 + 1688 + 2904 == 4804
l1, r1 = table(du01)
l2, r2 = table(du01b)
creat = [("A", 0.62), ("B", 1.14), ("C", 0.91), ("D", 0.48)]
add("DU01", J("DUTCH Complete(TM)  -  Precision Analytical-style    Female, 41    Collected 03/04/2025 (dried urine, 4 spots)    Results are creatinine corrected",
              "Daily Free Cortisol and Cortisone", T("Test", "Result", "Units", "Normal Range"), *l1,
              "Cortisol Metabolites and DHEA-S", *l2,
              "Creatinine A-D (mg/mL):  0.62  1.14  0.91  0.48    Range 0.2 - 2",
              "Free cortisol pattern (graph): waking 14.2 -> morning 24.6 -> afternoon 11.8 -> night 4.1    shaded band = normal range"),
    r1 + r2 + [R(f"?Creatinine {k}", v, "mg/mL", "mg/mL", rng="0.2..2") for k, v in creat],
    "a dried urine adrenal page: every value is a URINE metabolite per mg of creatinine (ng/mg), so none is the "
    "catalog's serum cortisol (ug/dL) or DHEA-S (ug/dL): each keeps its printed name with its collection point; the "
    "laboratory's 24-hour free cortisol and cortisone (ug, computed from the four spots) and its metabolized cortisol "
    "(a-THF + b-THF + b-THE = 212 + 1688 + 2904 = 4804) are printed with ranges, so they are rows (keyed-specialty "
    "SH03's saliva sum); the urine DHEA-S (38 ng/mg) must not become a serum DHEA-S of 38 ug/dL; the creatinine line "
    "is four results, one per spot (?Creatinine A-D, the name built from 'Creatinine A-D' and the spot letter); the "
    "graph caption repeats the four cortisol values (no new rows)")

du02a = [("b-Pregnanediol", "612", "", NGMG, "600 - 2000"),
         ("a-Pregnanediol", "148", "Low", NGMG, "200 - 740")]
du02b = [("Estrone (E1)", "31.4", "High", NGMG, "12 - 26"),
         ("Estradiol (E2)", "3.9", "", NGMG, "1.8 - 4.5"),
         ("Estriol (E3)", "9.6", "", NGMG, "5 - 18"),
         ("2-OH-E1", "6.2", "", NGMG, "5.1 - 13.1"),
         ("4-OH-E1", "2.4", "High", NGMG, "0 - 1.8"),
         ("16-OH-E1", "1.9", "", NGMG, "0.7 - 2.6"),
         ("2-Methoxy-E1", "2.1", "Low", NGMG, "2.5 - 6.5"),
         ("2-OH-E2", "0.62", "", NGMG, "0 - 1.2"),
         ("4-OH-E2", "0.58", "High", NGMG, "0 - 0.5"),
         ("Total Estrogens", "58.7", "", NGMG, "35 - 70")]
tot = sum(float(x[1]) for x in du02b[:-1])
assert abs(tot - 58.7) < 1e-9, tot
ph = [6.2, 2.4, 1.9]
pie = [round(100 * x / sum(ph), 1) for x in ph]
assert pie == [59.0, 22.9, 18.1], pie
assert round(2.1 / 6.2, 2) == 0.34
la, ra = table(du02a)
lb, rb = table(du02b)
add("DU02", J("DUTCH Complete  -  Sex Hormones and Metabolites    Sample: dried urine    Cycle day 21 (luteal)",
              "Progesterone Metabolites (Urine)", *la, "Estrogens and Metabolites (Urine)", *lb,
              "Phase I metabolism (pie chart):  2-OH 59.0%   4-OH 22.9%   16-OH 18.1%",
              C("Methylation Activity (2-MeO-E1/2-OH-E1)", "0.34  Low", "Range 0.4 - 0.75")),
    ra + rb + [R("?Methylation Activity (2-MeO-E1/2-OH-E1)", 0.34, "", "{ratio}", printed="low", rng="0.4..0.75")],
    "urinary estrogen and progesterone metabolites in ng/mg creatinine: 'Estrone (E1)', 'Estradiol (E2)' and "
    "'Estriol (E3)' are the very names of the catalog's serum estrone, estradiol and estriol (catalog v7 and v8 leave "
    "'the urinary metabolites' out on purpose), so each is a ?row; 3.9 ng/mg must not become a serum estradiol of 3.9 "
    "pg/mL; the total (the sum of the nine estrogens above, 58.7) and the methylation ratio (2.1/6.2 = 0.34, printed "
    "with a range and Low) are the laboratory's computed results; the pie chart's shares (6.2, 2.4 and 1.9 as parts of "
    "10.5: 59.0, 22.9, 18.1 %) re-express three printed results for a graph, with no range: no rows; cycle day 21 is "
    "no row")

du03 = [("DHEA-S", "380", "", NGMG, "30 - 1500"),
        ("Androsterone", "3420", "High", NGMG, "1200 - 3000"),
        ("Etiocholanolone", "1210", "", NGMG, "400 - 1500"),
        ("Testosterone", "248", "High", NGMG, "25 - 115"),
        ("Epi-Testosterone", "11", "Low", NGMG, "25 - 115"),
        ("5a-DHT", "41", "High", NGMG, "5 - 25"),
        ("5a-Androstanediol", "312", "High", NGMG, "30 - 250"),
        ("5b-Androstanediol", "96", "", NGMG, "40 - 150"),
        ("Total DHEA Production", "5010", "", NGMG, "1000 - 6500")]
assert 380 + 3420 + 1210 == 5010
l3, r3 = table(du03)
add("DU03", J("DUTCH Complete    Male, 52    On testosterone cypionate 140 mg/week (last injection 3 days before collection)",
              T("Androgens and Metabolites (Urine)", "Result", "Units", "Range"), *l3,
              "5-alpha reductase (dial):  5b <----|----> 5a    patient favors 5a",
              "Testosterone shown at the 96th percentile of the male reference population."),
    r3,
    "urinary androgens in ng/mg creatinine: 'Testosterone', 'DHEA-S' and '5a-DHT' name the catalog's serum "
    "testosterone (ng/dL), DHEA-S (ug/dL) and DHT (ng/dL), but these are urine metabolites, so ?rows (248 ng/mg must "
    "not become a serum testosterone of 248 ng/dL, a low value on TRT); the total DHEA production is the laboratory's "
    "sum (DHEA-S + androsterone + etiocholanolone = 380 + 3420 + 1210 = 5010) printed with a range; the dose, '3 "
    "days', the dial and the 96th percentile are no rows")

add("DU04", J("DUTCH Complete  -  Organic Acid Tests (OATs)    page 6 of 9",
              T("Nutritional Organic Acids", "Result", "Units", "Normal Range"),
              "Vitamin B12 Marker (may be deficient if high)",
              T("Methylmalonate (MMA)", "1.9", UGMG, "0 - 2.5"),
              "Vitamin B6 Markers (may be deficient if high)",
              T("Xanthurenate", "0.41", UGMG, "0.12 - 1.2"),
              T("Kynurenate", "3.4", UGMG, "1 - 6.6"),
              "Glutathione Marker (may be deficient if low or high)",
              T("Pyroglutamate", "61  High", UGMG, "28 -"), "58",
              "Neurotransmitter Metabolites", "Homovanillate (HVA)",
              T("(dopamine metabolite)", "7.8", UGMG, "4 - 13"),
              T("Vanilmandelate (VMA)", "3.1", UGMG, "2.4 - 6.4"),
              "Oxidative Stress / DNA Damage", "8-Hydroxy-2-deoxyguanosine",
              T("(8-OHdG)", "4.6", NGMG, "0 - 5.2"),
              T("Melatonin (6-OHMS) (measured on waking sample)", "8.2", "Low"), T(NGMG, "10 - 85"),
              T("Precision-style", "Accession 2503-4471", "Page 6 of 9")),
    [R("?Methylmalonate (MMA)", 1.9, UGMG, UGMG, rng="0..2.5"),
     R("?Xanthurenate", 0.41, UGMG, UGMG, rng="0.12..1.2"),
     R("?Kynurenate", 3.4, UGMG, UGMG, rng="1..6.6"),
     R("?Pyroglutamate", 61, UGMG, UGMG, printed="high", rng="28..58"),
     R("?Homovanillate (HVA)", 7.8, UGMG, UGMG, rng="4..13"),
     R("?Vanilmandelate (VMA)", 3.1, UGMG, UGMG, rng="2.4..6.4"),
     R("?8-Hydroxy-2-deoxyguanosine (8-OHdG)", 4.6, NGMG, NGMG, rng="0..5.2"),
     R("?Melatonin (6-OHMS)", 8.2, NGMG, NGMG, printed="low", rng="10..85")],
    "PDF text with broken lines: the pyroglutamate range wraps ('28 -' / '58'), the HVA and 8-OHdG names wrap onto "
    "the value line (the parenthesised description is no part of the HVA name, the '(8-OHdG)' is), and the melatonin's "
    "unit and range wrap; 'Methylmalonate (MMA)' is an alias of the catalog's SERUM methylmalonic acid (nmol/L), but "
    "this is the urine's (ug/mg creatinine; catalog v8 leaves it out), so a ?row; 6-OHMS is the urinary melatonin "
    "metabolite; the section headings with 'may be deficient if high' are no rows; accession and page numbers are no "
    "values")

assert round(100 * (4.4 - 3.1) / 3.1) == 42
add("DU05", J("### DUTCH Plus summary  -  J. Alvarez (M, 38)  -  collected 2025-06-10",
              "| Marker | Result | Range | Status |", "|---|---|---|---|",
              "| Salivary cortisol, waking | 3.1 ng/mL | 1.0 - 4.0 | Within range |",
              "| Salivary cortisol, +30 min | 4.4 ng/mL | 3.0 - 8.0 | Within range |",
              "| Salivary cortisol, +60 min | 2.6 ng/mL | 1.8 - 6.0 | Within range |",
              "| Cortisol awakening response (CAR) | 42 % | 50 - 160 | Below range |",
              "| Free cortisol D (night), urine | 1.2 ng/mg | 0 - 14 | Within range |",
              "| Melatonin (6-OHMS), urine | 38.6 ng/mg | 10 - 85 | Within range |",
              "Our read: blunted CAR. **Goal CAR 75-150%**; adaptogen blend 2 caps AM; recheck in 3 months."),
    [R("?Salivary cortisol, waking", 3.1, "ng/mL", "ng/mL", printed="normal", rng="1.0..4.0"),
     R("?Salivary cortisol, +30 min", 4.4, "ng/mL", "ng/mL", printed="normal", rng="3.0..8.0"),
     R("?Salivary cortisol, +60 min", 2.6, "ng/mL", "ng/mL", printed="normal", rng="1.8..6.0"),
     R("?Cortisol awakening response (CAR)", 42, "%", "%", printed="low", rng="50..160"),
     R("?Free cortisol D (night), urine", 1.2, NGMG, NGMG, printed="normal", rng="0..14"),
     R("?Melatonin (6-OHMS), urine", 38.6, NGMG, NGMG, printed="normal", rng="10..85")],
    "a clinician's Markdown table: the status column is the printed flag (Within range -> normal, Below range -> "
    "low); the saliva cortisols are not serum cortisol (keyed-specialty SH01); the CAR is the laboratory's rise from "
    "waking to the +30 min peak ((4.4 - 3.1)/3.1 = 41.9 %, printed 42) with a range, so a row; the 'goal 75-150%' is "
    "a target, not the range; the dose and '3 months' are no rows")

add("DU06", J("Scanned DUTCH page (OCR)    Postmenopausal ranges    no HRT",
              T("Estr0ne (E1)", "4.8", NGMG, "3.0-7.0"),
              T("Estrad1ol (E2)", "0.51", "ng/rng", "0.2-0.7"),
              T("Estri0l (E3)", "2.2", NGMG, "0.6-4.0"),
              T("2-0H-E1", "1.1", NGMG, "0.3-2.0"),
              T("4-OH-El", "0.46  H", NGMG, "0-0.3"),
              T("16-0H-E1", "0.9  H", NGMG, "0.2-0.8"),
              T("b-Pregnanedi0l", "74", NGMG, "60-200")),
    [R("?Estrone (E1)", 4.8, NGMG, NGMG, rng="3.0..7.0"),
     R("?Estradiol (E2)", 0.51, NGMG, NGMG, rng="0.2..0.7"),
     R("?Estriol (E3)", 2.2, NGMG, NGMG, rng="0.6..4.0"),
     R("?2-OH-E1", 1.1, NGMG, NGMG, rng="0.3..2.0"),
     R("?4-OH-E1", 0.46, NGMG, NGMG, printed="high", rng="0..0.3"),
     R("?16-OH-E1", 0.9, NGMG, NGMG, printed="high", rng="0.2..0.8"),
     R("?b-Pregnanediol", 74, NGMG, NGMG, rng="60..200")],
    "an OCR'd dried-urine page: the misread characters (0 for O, 1 for i, l for 1, 'rn' for 'm') are read as a "
    "laboratory professional reads them, in the names and in 'ng/rng' = ng/mg; the header says dried urine, so "
    "estrone, estradiol and estriol stay ?rows (never the serum entries); the ranges have no spaces around the dash")

add("DU07", J("DUTCH Complete  -  Collection Instructions",
              "Sample 1 (A): upon waking, before 8 AM    Sample 2 (B): 2 hours after waking",
              "Sample 3 (C): 4-5 PM (before dinner)    Sample 4 (D): 10 PM - midnight (before bed)",
              "Avoid caffeine on the collection day; stop DHEA, pregnenolone and estrogen supplements 48-72 hours before unless told otherwise.",
              "Oral progesterone 100 mg: collect 12-14 hours after the dose. Dry the strips 24 hours; ship with the requisition.",
              "Typical waking cortisol is 2-3 times the night value."),
    "-",
    "a collection instruction: times, hours, a dose and '2-3 times' are no results; test names appear "
    "without values")

# ======================= 2. "Functional range" reports (FR) =======================
STATUS_LAB = {"Above standard": "high", "Below standard": "low", "Optimal": "normal"}   # else not a flag
fr01 = [("Glucose", "94", "75 - 86", "65 - 99", "mg/dL", "Above optimal", "glucose", "mg/dL"),
        ("Hemoglobin A1C", "5.5", "4.6 - 5.3", "<5.7", "%", "Above optimal", "hemoglobin-a1c", "%"),
        ("BUN", "11", "13 - 18", "7 - 25", "mg/dL", "Below optimal", "blood-urea-nitrogen", "mg/dL"),
        ("Creatinine", "0.74", "0.8 - 1.1", "0.50 - 1.05", "mg/dL", "Below optimal", "creatinine", "mg/dL"),
        ("Sodium", "139", "135 - 140", "135 - 146", "mmol/L", "Optimal", "sodium", "mmol/L"),
        ("Potassium", "4.4", "4.0 - 4.5", "3.5 - 5.3", "mmol/L", "Optimal", "potassium", "mmol/L"),
        ("ALT", "31", "10 - 26", "6 - 29", "U/L", "Above standard", "alanine-aminotransferase", "U/L"),
        ("Ferritin", "36", "50 - 122", "16 - 232", "ng/mL", "Below optimal", "ferritin", "ng/mL"),
        ("TSH", "2.9", "1.0 - 2.0", "0.40 - 4.50", "mIU/L", "Above optimal", "thyroid-stimulating-hormone", "m[IU]/L"),
        ("Vitamin D, 25-OH", "41", "50 - 90", "30 - 100", "ng/mL", "Below optimal", "vitamin-d", "ng/mL")]
add("FR01", J("Blood Chemistry Analysis Report  -  Functional Health Report-style    Patient: M.R. (F, 46)    Labs: Quest 05/14/2025",
              T("Biomarker", "Current", "Optimal Range", "Standard Range", "Units", "Status"),
              *[T(n, v, o, s, u, st) for n, v, o, s, u, st, _, _ in fr01]),
    [R(k, float(v), u, nu, printed=STATUS_LAB.get(st), rng=rng_of(s)) for n, v, o, s, u, st, k, nu in fr01],
    "a functional-range report: the 'Standard Range' column is the laboratory's interval and the range of each row; "
    "the 'Optimal Range' column comes first but is the practitioner's target, never the range; 'Above optimal' and "
    "'Below optimal' rate the value against that target and are not flags (flags computed from the standard range: "
    "all normal), while 'Above standard' is a flag (ALT 31 > 29: high) and 'Optimal' means within the standard range "
    "too (normal); mIU/L = m[IU]/L")

fr02 = [("White Blood Cell Count", "4.1", "x10^9/L", "4.0 - 11.0", "5.5 - 7.5", "", "BELOW", "white-blood-cell-count", "10*3/uL", None),
        ("Red Blood Cell Count", "4.62", "x10^12/L", "4.20 - 5.80", "4.40 - 4.90", "", "", "red-blood-cell-count", "10*6/uL", None),
        ("Hemoglobin", "149", "g/L", "130 - 170", "140 - 150", "", "", "hemoglobin", "g/dL", HGB_GL),
        ("Hematocrit", "0.44", "L/L", "0.40 - 0.50", "0.40 - 0.48", "", "", "hematocrit", "%", HCT_LL),
        ("Volume (MCV)", "95", "fL", "80 - 100", "82 - 89", "", "ABOVE", "mean-corpuscular-volume", "fL", None),
        ("RDW", "13.1", "%", "11.5 - 14.5", "11.5 - 13.0", "", "ABOVE", "red-cell-distribution-width", "%", None),
        ("Platelets", "212", "x10^9/L", "150 - 400", "200 - 300", "", "", "platelet-count", "10*3/uL", None),
        ("Neutrophils", "48", "%", "40 - 75", "40 - 60", "", "", "neutrophils", "%", None),
        ("Lymphocytes", "17", "%", "20 - 45", "25 - 40", "L", "BELOW", "lymphocytes", "%", None)]
fr02_lines = []
for n, v, u, ref, fn, lab, fu, *_ in fr02:
    if n.startswith("Volume"): fr02_lines.append("Mean Corpuscular")
    fr02_lines.append(T(*[x for x in (n, v, u, ref, fn, lab, fu) if x]))
    if fu: fr02_lines.append("FUNCTIONAL")
add("FR02", J("FUNCTIONAL BLOOD ANALYSIS  -  CBC    (PDF export)    Male, 55",
              T("Test", "Result", "Units", "Reference Range", "Functional Range", "Flag", "Functional Flag"), *fr02_lines),
    [R(k, float(v), u, nu, f, printed=WORD[lab], rng=rng_of(ref)) for n, v, u, ref, fn, lab, fu, k, nu, f in fr02],
    "the lab's reference range comes first and the functional range second here (the reverse of FR01); the "
    "'ABOVE/BELOW FUNCTIONAL' words wrap onto their own line and are not flags; the only printed laboratory flag is "
    "the lymphocytes' L; the MCV's name wraps ('Mean Corpuscular' / 'Volume (MCV)'); x10^9/L = 10*3/uL and x10^12/L "
    "= 10*6/uL (the same numbers); SI haemoglobin and haematocrit are converted, their ranges kept in the printed unit")

assert round(2.6 / 26.3, 3) == 0.099
add("FR03", J("Thyroid and iron  -  functional interpretation (Dr. Patel, ND)    Labcorp draw 01/22/2025",
              "TSH: 3.4 uIU/mL (Ref: 0.45 - 4.5; Optimal: 1.0 - 2.0)",
              "Free T4: 1.05 ng/dL (Ref: 0.82 - 1.77; Optimal: 1.2 - 1.5)",
              "Free T3: 2.6 pg/mL (Ref: 2.0 - 4.4; Optimal: 3.2 - 4.2)  - low functional",
              "Reverse T3: 26.3 ng/dL (Ref: 9.2 - 24.1; Optimal: <15) H",
              "Ferritin: 28 ng/mL (Ref: 15 - 150; Optimal: 50 - 150)",
              "Iron, Serum: 64 ug/dL (Ref: 27 - 159; Optimal: 85 - 130)",
              "% Saturation: 18 % (Ref: 15 - 55; Optimal: 25 - 35)",
              "Free T3 / Reverse T3 ratio (my calculation): 0.099  - optimal >0.2"),
    [R("thyroid-stimulating-hormone", 3.4, "uIU/mL", "m[IU]/L", rng="0.45..4.5"),
     R("free-t4", 1.05, "ng/dL", "ng/dL", rng="0.82..1.77"),
     R("free-t3", 2.6, "pg/mL", "pg/mL", rng="2.0..4.4"),
     R("reverse-t3", 26.3, "ng/dL", "ng/dL", printed="high", rng="9.2..24.1"),
     R("ferritin", 28, "ng/mL", "ng/mL", rng="15..150"),
     R("iron", 64, "ug/dL", "ug/dL", rng="27..159"),
     R("transferrin-saturation", 18, "%", "%", rng="15..55")],
    "the inline form with two intervals in one parenthesis: 'Ref:' is the range, 'Optimal:' is not; 'low functional' "
    "is no flag (free T3 2.6 is within 2.0-4.4: normal); the printed H after the reverse T3 is its flag; '% "
    "Saturation' is an alias of transferrin-saturation; the practitioner's own FT3/rT3 ratio (2.6/26.3 = 0.099, "
    "mixed units, 'my calculation') is not a laboratory result (keyed-specialty NR12); uIU/mL = m[IU]/L")

add("FR04", J("Longevity Optimal Ranges Review  -  your values vs. our optimal targets    Drawn 03/30/2025",
              T("Marker", "Your value", "Optimal", "Assessment"),
              T("Homocysteine", "9.8 umol/L", "5 - 7", "Above optimal"),
              T("Fasting insulin", "7.9 uIU/mL", "2 - 5", "Above optimal"),
              T("hs-CRP", "0.9 mg/L", "<0.5", "Above optimal"),
              T("Ferritin", "68 ng/mL", "40 - 100", "Optimal"),
              T("DHEA-S", "142 ug/dL", "200 - 350", "Below optimal")),
    [R("homocysteine", 9.8, "umol/L", "umol/L"),
     R("insulin", 7.9, "uIU/mL", "u[IU]/mL"),
     R("hs-crp", 0.9, "mg/L", "mg/L"),
     R("ferritin", 68, "ng/mL", "ng/mL", printed="normal"),
     R("dhea-sulfate", 142, "ug/dL", "ug/dL")],
    "only optimal targets are printed, no laboratory range: every range is empty (an optimal zone is never the "
    "range) and 'Above/Below optimal' give no flag (null); 'Optimal' is normal (a value inside the optimal target is "
    "inside the laboratory's range too; keyed-specialty LG03); uIU/mL = u[IU]/mL")

add("FR05", J("Functional Health Report  -  Summary page",
              "Functional Body Systems (likelihood of dysfunction):  Blood sugar regulation 64%   Thyroid 58%   Adrenal 41%   Liver 22%",
              "Nutrient status:  Vitamin D need 71%   Iron deficiency 38%   B12/folate need 26%",
              "Blood Test Score: 71.4% (previous 66.0%)    Health Improvement Plan: retest in 12 weeks"),
    "-",
    "a functional report's summary: likelihood percentages, 'need' scores and a blood test score are the software's "
    "outputs, not measurements; analyte names (vitamin D, iron, B12) appear with these percentages, never with a result")

# ======================= 3. Hair tissue mineral analysis (HT) =======================
ht01m = [("Calcium (Ca)", "168", "High", "mg%", "28 - 60"),
         ("Magnesium (Mg)", "14.2", "High", "mg%", "2.5 - 8.5"),
         ("Sodium (Na)", "6", "Low", "mg%", "12 - 32"),
         ("Potassium (K)", "3", "Low", "mg%", "6 - 16"),
         ("Copper (Cu)", "4.1", "High", "mg%", "1.4 - 3.2"),
         ("Zinc (Zn)", "15", "", "mg%", "13 - 23"),
         ("Phosphorus (P)", "12", "", "mg%", "13 - 19"),
         ("Manganese (Mn)", "0.009", "", "mg%", "0.012 - 0.050")]
ht01t = [("Mercury (Hg)", "0.092", "High", "mg%", "<0.04"),
         ("Lead (Pb)", "0.04", "", "mg%", "<0.10"),
         ("Cadmium (Cd)", "0.004", "", "mg%", "<0.008"),
         ("Arsenic (As)", "0.006", "", "mg%", "<0.010"),
         ("Aluminum (Al)", "1.12", "", "mg%", "<0.70")]
hv = {n.split(" ")[0]: float(v) for n, v, *_ in ht01m}
ht01r = [("Ca/Mg", "11.83", "6.67", hv["Calcium"] / hv["Magnesium"]), ("Ca/P", "14.00", "2.63", hv["Calcium"] / hv["Phosphorus"]),
         ("Na/K", "2.00", "2.50", hv["Sodium"] / hv["Potassium"]), ("Zn/Cu", "3.66", "8.00", hv["Zinc"] / hv["Copper"]),
         ("Na/Mg", "0.42", "4.17", hv["Sodium"] / hv["Magnesium"]), ("Ca/K", "56.00", "4.00", hv["Calcium"] / hv["Potassium"])]
for n, v, ideal, calc in ht01r: assert f"{calc:.2f}" == v, (n, calc, v)
lm, rm = table(ht01m, {"mg%": HAIR_MGPCT})
lt, rt = table(ht01t, {"mg%": HAIR_MGPCT})
add("HT01", J("Hair Tissue Mineral Analysis  -  TEI-style    Sample: scalp hair, first 1.25 in from the scalp, unwashed at the lab    Received 04/09/2025",
              T("NUTRIENT MINERALS", "Result", "Units", "Reference Interval"), *lm,
              T("TOXIC MINERALS", "Result", "Units", "Reference Interval"), *lt,
              T("SIGNIFICANT RATIOS", "Result", "Ideal"), *[T(n, v, i) for n, v, i, _ in ht01r],
              "Oxidation type: Slow Oxidizer (Type 1)    Calcium shell pattern: present    Sample weight 0.25 g"),
    rm + rt + [R("?" + n, float(v), "", "{ratio}") for n, v, i, _ in ht01r],
    "hair tissue minerals are laboratory results on hair, not the catalog's serum calcium, magnesium, sodium, "
    "potassium, copper, zinc or phosphorus (168 mg% of hair coded as serum calcium would be 168 mg/dL), so every row "
    "is a ?row; mg% of hair is mg per 100 g of hair, UCUM mg/(100.g), the number kept; the toxic elements' '<x' "
    "limits are their ranges; the ratios are computed by the laboratory from this specimen (168/14.2 = 11.83, 168/12 "
    "= 14.00, 6/3 = 2.00, 15/4.1 = 3.66, 6/14.2 = 0.42, 168/3 = 56.00) but printed only beside an 'ideal' single "
    "value, which is not a range: range empty, flag null; the oxidation type, the 'calcium shell' and the sample "
    "weight are no rows")

ht02t = [("Aluminum", "4.2", "", "ug/g", "<7.0", "|=====*   |"), ("Arsenic", "0.051", "", "ug/g", "<0.080", "|=======* |"),
         ("Cadmium", "0.012", "", "ug/g", "<0.065", "|==*      |"), ("Lead", "1.9", "", "ug/g", "<0.80", "|=========|===>"),
         ("Mercury", "1.35", "", "ug/g", "<0.80", "|=========|==>")]
ht02e = [("Calcium", "412", "", "ug/g", "300 - 1200"), ("Magnesium", "38", "", "ug/g", "35 - 120"),
         ("Sodium", "210", "", "ug/g", "20 - 250"), ("Potassium", "96", "", "ug/g", "8 - 75"),
         ("Copper", "13", "", "ug/g", "11 - 37"), ("Zinc", "131", "", "ug/g", "140 - 220"),
         ("Phosphorus", "152", "", "ug/g", "150 - 220")]
e = {n: float(v) for n, v, *_ in ht02e}
ht02r = [("Ca/Mg", "10.8", "4 - 30", e["Calcium"] / e["Magnesium"]), ("Na/K", "2.2", "0.5 - 10", e["Sodium"] / e["Potassium"]),
         ("Zn/Cu", "10.1", "4 - 20", e["Zinc"] / e["Copper"]), ("Ca/P", "2.7", "1 - 12", e["Calcium"] / e["Phosphorus"])]
for n, v, r, calc in ht02r: assert f"{calc:.1f}" == v, (n, calc, v)
le, re_ = table(ht02e)
add("HT02", J("Doctor's Data-style    HAIR ELEMENTS    Lab number H250411-07    Sample size 0.201 g    Sample type: Head    Washed: Yes",
              T("POTENTIALLY TOXIC ELEMENTS", "RESULT ug/g", "REFERENCE RANGE", "PERCENTILE  68th  95th"),
              *[T(n, v, r, bar) for n, v, _, _, r, bar in ht02t],
              T("ESSENTIAL AND OTHER ELEMENTS", "RESULT", "UNIT", "REFERENCE RANGE", "PERCENTILE  2.5th  16th  50th  84th  97.5th"), *le,
              T("RATIOS", "RESULT", "EXPECTED RANGE"), *[T(n, v, r) for n, v, r, _ in ht02r]),
    [R("?" + n, float(v), "ug/g", "ug/g", rng=rng_of(r)) for n, v, _, _, r, _ in ht02t] + re_ +
    [R("?" + n, float(v), "", "{ratio}", rng=rng_of(r)) for n, v, r, _ in ht02r],
    "a hair elements report in ug/g (= ppm): every element is a ?row with its printed name (the header says hair; "
    "'Calcium', 'Sodium', 'Potassium', 'Zinc' are the catalog's serum names); no flags are printed, so each flag is "
    "computed (lead 1.9 and mercury 1.35 above <0.80: high; potassium 96 > 75: high; zinc 131 < 140: low); the "
    "percentile headings (68th, 95th, 2.5th-97.5th) and the bars are no values; the ratios are the laboratory's "
    "(412/38 = 10.8, 210/96 = 2.2, 131/13 = 10.1, 412/152 = 2.7) with an expected range, so rows ({ratio}); the lab "
    "number and sample size are no rows")

add("HT03", J("From: coach@mineral-balance.example    Subject: your hair analysis",
              "Hi Dana - your TEI hair test (4/9) is in: Calcium 168 mg% and Magnesium 14.2 mg% = a 'calcium shell'. Your Na/K ratio is 2.0 (ideal 2.5).",
              "Mercury came back at 0.092 mg%, above the lab's limit of 0.04. Your March blood work was fine by comparison: serum calcium 9.6 mg/dL (8.6-10.3).",
              "Protocol: Paramin 2/day, Limcomin 1/day, no calcium supplements; retest hair in 4 months."),
    [R("?Calcium", 168, "mg%", HAIR_MGPCT), R("?Magnesium", 14.2, "mg%", HAIR_MGPCT),
     R("?Na/K ratio", 2.0, "", "{ratio}"),
     R("?Mercury", 0.092, "mg%", HAIR_MGPCT, rng="..0.04"),
     R("calcium", 9.6, "mg/dL", "mg/dL", rng="8.6..10.3")],
    "an e-mail relaying hair results: the hair calcium, magnesium, Na/K ratio and mercury are ?rows (no range "
    "printed for the first three; the 'ideal 2.5' is no range; the mercury's relayed laboratory limit <0.04 is its "
    "range, flag computed high); the serum calcium in the same message IS the catalog's calcium (8.6-10.3, normal): "
    "the same word, two specimens; the supplements, doses and '4 months' are no rows")

# ======================= 4. Food-specific IgG panels (FS) =======================
def igg_class(v):
    for c, hi in enumerate((5.0, 10.0, 25.0, 50.0, 100.0, 200.0)):
        if v < hi: return c
    return 6
fs01 = [("Cow's milk", "38.2", 3), ("Casein", "22.6", 2), ("Egg white", "61.0", 4), ("Egg yolk", "9.1", 1),
        ("Wheat", "14.8", 2), ("Gliadin", "6.2", 1), ("Peanut", "3.1", 0), ("Almond", "27.4", 3),
        ("Soybean", "4.4", 0), ("Codfish", "2.0", 0)]
for n, v, c in fs01: assert igg_class(float(v)) == c, n
add("FS01", J("IgG Food Antibody Assessment    Specimen: serum    Method: ELISA    Collected 02/20/2025",
              T("Food", "Result (U/mL)", "Reference", "Class"),
              *[T(n, v, "<10.0", str(c)) for n, v, c in fs01],
              "Class: 0 <5.0 | 1 5.0-9.9 | 2 10.0-24.9 | 3 25.0-49.9 | 4 50.0-99.9 | 5 100-199 | 6 >=200 U/mL"),
    [R("?" + n, float(v), "U/mL", "U/mL", rng="..10.0") for n, v, c in fs01],
    "a food IgG panel with a reference column: each food's IgG is a laboratory result on serum (an antibody "
    "concentration), a ?row with the food's printed name, range <10.0 and the flag computed from it (cow's milk, "
    "casein, egg white, wheat and almond high); it is never the catalog's IgE entry of the same food (peanut-ige, "
    "wheat-ige, egg-white-ige, cow-milk-ige, soybean-ige, codfish-ige: another antibody class, kU/L); the class "
    "column and the class legend are tiers of the value, not flags and not rows")

fs02 = [("Egg white", "Class 3 - High", "27.9"), ("Cow's milk", "Class 2 - Moderate", "14.2"),
        ("Gluten", "Class 2 - Moderate", "11.8"), ("Baker's yeast", "Class 1 - Mild", "6.1"),
        ("Almond", "Class 1 - Mild", "5.4"), ("Banana", "Class 0 - Normal", "1.2"), ("Coffee", "Class 0 - Normal", "0.8")]
add("FS02", J("Everlywell-style Food Sensitivity Test    Sample: dried blood spot (finger prick)    96 foods    Results 07/02/2025",
              "Your reactivity levels:  Class 0 Normal  |  Class 1 Mild  |  Class 2 Moderate  |  Class 3 High",
              T("Food", "Reactivity", "Score (U/mL)"), *[T(n, c, v) for n, c, v in fs02],
              "Remaining 89 foods: Class 0 (Normal). Next step: try our elimination diet guide for 4 weeks."),
    [R("?" + n, float(v), "U/mL", "U/mL") for n, c, v in fs02],
    "a consumer IgG panel: each printed score is a result (?row, U/mL); no reference interval is printed and the "
    "reactivity class ('Class 3 - High', 'Class 0 - Normal') is a tier of the company's scale, printed before the "
    "score, not a laboratory flag: range empty, flag null; the 89 foods without a printed score are no rows (a list); "
    "'96 foods' and '4 weeks' are no values")

add("FS03", J("Food Sensitivity Summary (IgG)    page 1 of 4",
              "ELEVATED (Class 3-6): Egg white, Cow's milk, Almond",
              "MODERATE (Class 2): Casein, Wheat, Cashew, Sesame",
              "MILD (Class 1): Egg yolk, Gliadin, Oat, Baker's yeast",
              "NOT REACTIVE: all other 86 foods tested",
              "Suggested: remove Class 2-6 foods for 6-8 weeks, then reintroduce one food every 3 days."),
    "-",
    "a summary page: foods listed under class headings, with no value per food (the values are on the detailed "
    "pages); a class membership is not keyed as a word result for each food (that would invent a result form the "
    "laboratory did not print on this page); the counts and weeks are no values")

add("FS04", J("Allergy & Immunology  -  clinic note 06/18/2025",
              "She brought an IgG food panel from an online lab (peanut IgG 18.4 U/mL, cow's milk IgG 38.2 U/mL); food IgG reflects exposure, not allergy.",
              "Serum specific IgE (ImmunoCAP), drawn today:",
              T("Peanut (f13)", "<0.10", "kU/L", "<0.35"),
              T("Cow's milk (f2)", "0.21", "kU/L", "<0.35"),
              T("Egg white (f1)", "0.48  H", "kU/L", "<0.35", "class 1"),
              T("Wheat (f4)", "<0.10", "kU/L", "<0.35"),
              T("Total IgE", "86", "kU/L", "<114"),
              "Plan: no restriction needed for milk or peanut; baked egg tolerated, avoid raw egg."),
    [R("?peanut IgG", 18.4, "U/mL", "U/mL"), R("?cow's milk IgG", 38.2, "U/mL", "U/mL"),
     R("peanut-ige", 0.10, "kU/L", "kU/L", rng="..0.35", vt="<0.10"),
     R("cow-milk-ige", 0.21, "kU/L", "kU/L", rng="..0.35"),
     R("egg-white-ige", 0.48, "kU/L", "kU/L", printed="high", rng="..0.35"),
     R("wheat-ige", 0.10, "kU/L", "kU/L", rng="..0.35", vt="<0.10"),
     R("?Total IgE", 86, "kU/L", "kU/L", rng="..114")],
    "IgG and IgE to the same foods in one note: the relayed IgG results are ?rows (no range); the ImmunoCAP specific "
    "IgE results ARE the catalog's peanut-ige, cow-milk-ige, egg-white-ige and wheat-ige (the allergen codes f13, f2, "
    "f1, f4 are part of the names); '<0.10' is censored and normal against <0.35; the IgE 'class 1' is a tier, not a "
    "row; total IgE is not in the catalog")

# ======================= 5. Lactulose breath tests (SB) =======================
times = [0, 20, 40, 60, 80, 100, 120, 140, 160, 180]
h2 = [4, 6, 9, 17, 31, 44, 52, 48, 41, 36]
ch4 = [2, 2, 3, 3, 4, 5, 6, 6, 5, 4]
rise90 = max(h for t, h in zip(times, h2) if t <= 90) - h2[0]
assert rise90 == 27 and max(ch4) == 6
sb01_rows = []
for t, h, m in zip(times, h2, ch4):
    sb01_rows += [R(f"?Hydrogen (H2), {t} min", h, "ppm", PPM), R(f"?Methane (CH4), {t} min", m, "ppm", PPM)]
add("SB01", J("Lactulose Breath Test (SIBO)    Substrate: lactulose 10 g    Collected at home 05/06/2025    Analysed by gas chromatography (CO2-corrected)",
              T("Sample", "Time (min)", "Hydrogen (H2) ppm", "Methane (CH4) ppm"),
              *[T("Baseline" if i == 0 else str(i + 1), str(t), str(h), str(m)) for i, (t, h, m) in enumerate(zip(times, h2, ch4))],
              "Hydrogen: rise over baseline by 90 min: 27 ppm    (positive if >=20 ppm)",
              "Methane: highest value 6 ppm    (positive if >=10 ppm at any time)",
              "Interpretation: POSITIVE for hydrogen-predominant SIBO; methane negative."),
    sb01_rows + [R("?Hydrogen rise over baseline by 90 min", 27, "ppm", PPM, rng="text")],
    "a breath test is a laboratory measurement of a specimen (breath samples, by gas chromatography), so each gas at "
    "each time is a ?row named by gas and time (as keyed-specialty LG09 keys the samples of a timed glucose "
    "challenge), in table order (hydrogen then methane per time), ppm = UCUM [ppm], no range per sample (flag null); "
    "the laboratory's rise over baseline by 90 min (max by 90 min 31 at 80 min - baseline 4 = 27) is its computed "
    "result with a positivity cut-off printed in place of a range (range text, no printed flag: null); the methane's "
    "'highest value 6' repeats the 120/140-min samples (no new row); the sample numbers, '10 g' and the "
    "interpretation sentence (a conclusion from the rows) are no rows")

assert 14 - 3 == 11
add("SB02", J("Gastroenterology consult letter  -  05/20/2025",
              "Lactulose breath test (04/22): baseline H2 3 ppm and CH4 18 ppm. H2 peaked at 14 ppm at 100 min (a rise of 11 ppm, below the 20 ppm criterion);",
              "CH4 stayed between 15 and 24 ppm throughout, peaking at 24 ppm at 60 min.",
              "Impression: intestinal methanogen overgrowth (CH4 >=10 ppm). Plan: rifaximin 550 mg tid + neomycin 500 mg bid x 14 days; repeat the breath test 4 weeks after."),
    [R("?H2, baseline", 3, "ppm", PPM), R("?CH4, baseline", 18, "ppm", PPM), R("?H2, 100 min", 14, "ppm", PPM),
     R("?H2 rise", 11, "ppm", PPM), R("?CH4, 60 min", 24, "ppm", PPM)],
    "breath-test results relayed in prose: the baseline and peak samples and the rise (14 - 3 = 11) are ?rows named "
    "by gas and time; the '20 ppm criterion' and 'CH4 >=10 ppm' are diagnostic cut-offs in the letter's sentences, not "
    "printed with a result as its reference (ranges empty, flags null); 'between 15 and 24 ppm throughout' summarizes "
    "unprinted samples (no rows); the doses, '14 days' and '4 weeks' are no rows")

add("SB03", J("FoodMarble AIRE-style app export    Personal breath device    Challenge: lactulose (at home)",
              "07:30  Fermentation level 1/10    10:00  6/10    12:00  8/10",
              "Methane level: Low    Symptom log: bloating 3/5, pain 1/5",
              "Your fermentation score suggests you may react to lactulose. Share this report with your practitioner."),
    "-",
    "a personal breath device's export: 'fermentation levels' on the device's own 0-10 scale and a 'Low' methane "
    "level are self-monitoring readings, with no concentration, unit or laboratory (unlike SB01's ppm from gas "
    "chromatography); the symptom scores and times are no values")

# ======================= 6. Telomere and epigenetic-age reports (TL) =======================
add("TL01", J("Telomere Length Analysis (Flow-FISH)    Repeat Diagnostics-style    Specimen: whole blood (EDTA)    Age at collection: 58",
              T("Lymphocyte telomere length (median)", "5.9 kb", "18th percentile for age"),
              T("Granulocyte telomere length (median)", "6.7 kb", "31st percentile for age"),
              "Interpretation: both lengths between the 10th and 50th percentiles for age; not in the range of telomere biology disorders (<1st percentile).",
              "'Telomere age' (the age at which your lymphocyte length is the population median): about 66 years."),
    [R("?Lymphocyte telomere length (median)", 5.9, "kb", "{kb}"),
     R("?Granulocyte telomere length (median)", 6.7, "kb", "{kb}")],
    "a MEASURED telomere length: flow-FISH measures the telomere fluorescence of the patient's lymphocytes and "
    "granulocytes in the laboratory, so each length is a laboratory result (a ?row; kilobases have no UCUM unit, "
    "written {kb}); no interval is printed, only the percentile for age, which is never a range (range empty, flag "
    "null); the percentiles, the '<1st percentile' criterion and the 'telomere age' are no rows")

add("TL02", J("Epigenetic Age Test  -  saliva DNA methylation    Kit EA-88213    Results 02/2025",
              "Biological age 44.2    Chronological age 49    You are aging 4.8 years slower",
              "DunedinPACE 0.83    Telomere length (DNAmTL, estimated) 7.3 kb    Eye age 46    Hearing age 51    Memory age 40",
              "Fitness age 42 (grip strength and VO2max estimated from methylation)"),
    "-",
    "an epigenetic-age report: ages, a pace of aging and the methylation-ESTIMATED telomere length (DNAmTL, an "
    "algorithm's output in kb, unlike TL01's measured length) are not measurements of an analyte (keyed-specialty "
    "LG06); 'organ' and 'fitness' ages are model outputs; no rows")

assert round(43.7 - 51, 1) == -7.3
add("TL03", J("PhenoAge calculator (clinic spreadsheet export)    Blood draw 08/05/2025 (Labcorp)",
              "Inputs: Albumin 4.7 g/dL | Creatinine 0.94 mg/dL | Glucose 86 mg/dL | CRP 0.4 mg/L | Lymphocytes 33.1 % | MCV 88.2 fL | RDW 12.4 % | Alkaline phosphatase 58 U/L | WBC 5.2 10^3/uL | Age 51",
              "Phenotypic age: 43.7 years    Age acceleration: -7.3 years    10-year mortality score 1.9%"),
    [R("albumin", 4.7, "g/dL", "g/dL"), R("creatinine", 0.94, "mg/dL", "mg/dL"), R("glucose", 86, "mg/dL", "mg/dL"),
     R("c-reactive-protein", 0.4, "mg/L", "mg/L"), R("lymphocytes", 33.1, "%", "%"),
     R("mean-corpuscular-volume", 88.2, "fL", "fL"), R("red-cell-distribution-width", 12.4, "%", "%"),
     R("alkaline-phosphatase", 58, "U/L", "U/L"), R("white-blood-cell-count", 5.2, "10^3/uL", "10*3/uL")],
    "a biological-age calculator: its nine inputs are the patient's laboratory results of one draw, printed with "
    "units, so they are rows (no ranges: flags null), the '|' a separator; the phenotypic age, the acceleration "
    "(43.7 - 51 = -7.3), the mortality score and the chronological age are no rows; 10^3/uL = 10*3/uL")

# ======================= 7. Home kits, consumer dashboards, CGM and meters (HK) =======================
add("HK01", J("Everlywell-style  |  Vitamin D, Inflammation and HbA1c  |  Sample type: dried blood spot (finger prick)  |  Tested by a CLIA-certified partner lab",
              T("Vitamin D, 25-OH", "22 ng/mL", "Below range", "(Range 30 - 100 ng/mL)"),
              T("hs-CRP", "1.2 mg/L", "Within range", "(Range 0 - 3.0 mg/L)"),
              T("HbA1c", "5.4 %", "Within range", "(Range 4.0 - 5.6 %)"),
              "What this means: your vitamin D is low. Consider 2,000 IU vitamin D3 daily and retest in 3 months."),
    [R("?Vitamin D, 25-OH", 22, "ng/mL", "ng/mL", printed="low", rng="30..100"),
     R("?hs-CRP", 1.2, "mg/L", "mg/L", printed="normal", rng="0..3.0"),
     R("?HbA1c", 5.4, "%", "%", printed="normal", rng="4.0..5.6")],
    "a consumer kit on a dried blood spot: the specimen is named once, in the header; as keyed-specialty SH04 keys "
    "dried-blood-spot results, each keeps its printed name (a ?row) rather than entering the serum entries' trends "
    "(a judgement call; see README); the status words are printed flags (Below range -> low, Within range -> "
    "normal); the dose and '3 months' are no rows")

hk02 = [("ApoB", "96", "mg/dL", "Out of range", "<90", "apolipoprotein-b", "mg/dL"),
        ("HbA1c", "5.2", "%", "Optimal", "4.0 - 5.6", "hemoglobin-a1c", "%"),
        ("Total testosterone", "548", "ng/dL", "In range", "264 - 916", "testosterone", "ng/dL"),
        ("Free testosterone", "92", "pg/mL", "Optimal", "46 - 224", "testosterone-free", "pg/mL"),
        ("Ferritin", "310", "ng/mL", "In range", "38 - 380", "ferritin", "ng/mL"),
        ("hs-CRP", "3.8", "mg/L", "Out of range", "<3.0", "hs-crp", "mg/L"),
        ("Vitamin D", "52", "ng/mL", "Optimal", "30 - 100", "vitamin-d", "ng/mL"),
        ("TSH", "1.9", "uIU/mL", "In range", "0.45 - 4.50", "thyroid-stimulating-hormone", "m[IU]/L")]
add("HK02", J("Siphox-style Home Blood Test    Collection: Tasso+ device, capillary blood in a gel tube (liquid), serum analysed in a CLIA/CAP lab    Results 09/12/2025",
              "Health score 78    Biological age 41.2",
              T("Biomarker", "Result", "Status", "Lab range"), *[T(n, f"{v} {u}", st, r) for n, v, u, st, r, _, _ in hk02]),
    [R(k, float(v), u, nu, printed=WORD[st], rng=rng_of(r)) for n, v, u, st, r, k, nu in hk02],
    "a home collection of liquid capillary blood, its SERUM analysed as a venous sample's would be: the results are the "
    "catalog's entries (unlike HK01's dried spot); the status words are the printed flags (Out of range -> abnormal, "
    "In range and Optimal -> normal, keyed-specialty LG01/LG03), the 'Lab range' the range; the health score and "
    "biological age are no rows; uIU/mL = m[IU]/L")

assert round(28.7 * 6.1 - 46.7) == 128
add("HK03", J("At-home A1c Test Kit  -  result letter    Sample: capillary whole blood in the kit's A1c vial (liquid, not dried), mailed; HPLC, NGSP-certified method",
              T("Hemoglobin A1c", "6.1 %", "High", "Reference 4.0 - 5.6 %", "(Prediabetes 5.7-6.4; Diabetes >=6.5)"),
              T("eAG (estimated average glucose)", "128 mg/dL"),
              "Please share this result with your doctor. A1c reflects your average blood sugar over about 3 months."),
    [R("hemoglobin-a1c", 6.1, "%", "%", printed="high", rng="4.0..5.6"),
     R("estimated-average-glucose", 128, "mg/dL", "mg/dL")],
    "a mailed home A1c kit: HbA1c is a whole-blood test, and the liquid capillary sample is that specimen, so it is "
    "the catalog's hemoglobin-a1c; the printed interval comes first and is the range, the diagnostic tiers after it "
    "are not (keyed-tiers P37-P39), the printed High is the flag; the eAG is the catalog's (28.7 x 6.1 - 46.7 = "
    "128.4, printed 128), with no range; '3 months' is no value")

assert round(3.31 + 0.02392 * 112, 1) == 6.0
add("HK04", J("Ambulatory Glucose Profile (AGP) Report  -  14 days    FreeStyle Libre-style sensor    06/01/2025 - 06/14/2025    Time CGM active: 97%",
              "Glucose metrics:  Average glucose 112 mg/dL    Glucose Management Indicator (GMI) 6.0%    Glucose variability 24.6% (coefficient of variation)",
              "Time in ranges:  Very high >250 mg/dL 0%  |  High 181-250 mg/dL 2%  |  Target 70-180 mg/dL 96%  |  Low 54-69 mg/dL 2%  |  Very low <54 mg/dL 0%",
              "Goals for type 1 and type 2 diabetes: target range >70%, low <4%, very low <1%.",
              "Daily glucose profiles: 14 curves (median, 5th-95th percentile bands)."),
    "-",
    "a continuous glucose monitor's summary: statistics of an interstitial-fluid sensor over 14 days, no laboratory "
    "test of a specimen; the GMI (3.31 + 0.02392 x 112 = 5.99, printed 6.0%) is an estimate from the sensor mean, "
    "never the catalog's hemoglobin-a1c; the average glucose is not a glucose result nor the HbA1c-derived "
    "estimated-average-glucose; times in range, goals and percentile bands are no values")

gki = [(86, 1.2, 4.0), (81, 1.8, 2.5), (92, 0.6, 8.5)]
for g, k, p in gki: assert round(g / 18.0156 / k, 1) == p, (g, k, p)
assert round(sum(p for *_, p in gki) / 3, 1) == 5.0
add("HK05", J("Keto-Mojo-style export    Device: blood glucose and ketone meter (fingerstick)    Readings 06/02-06/04/2025",
              T("Date", "Time", "Glucose (mg/dL)", "Ketone BHB (mmol/L)", "GKI"),
              T("06/02", "07:10", "86", "1.2", "4.0"), T("06/03", "07:05", "81", "1.8", "2.5"), T("06/04", "07:20", "92", "0.6", "8.5"),
              "Average GKI 5.0    Target GKI for therapeutic ketosis: 1-3"),
    "-",
    "a home meter's log: fingerstick readings the patient takes for self-monitoring, not laboratory results (as "
    "HK04 and SB03; see README); the glucose-ketone index (glucose/18.0156/BHB: 86/18.0156/1.2 = 4.0, 81/18.0156/1.8 "
    "= 2.5, 92/18.0156/0.6 = 8.5; average 5.0) is the app's arithmetic; the target is no range; no rows")

hk06 = [("Total Testosterone", "1,046", 1046, "ng/dL", "Out of range", "testosterone", "ng/dL"),
        ("Free Testosterone", "248", 248, "pg/mL", "Out of range", "testosterone-free", "pg/mL"),
        ("Estradiol", "41", 41, "pg/mL", "Above optimal", "estradiol", "pg/mL"),
        ("SHBG", "24", 24, "nmol/L", "In range", "shbg", "nmol/L"),
        ("Hematocrit", "51.8", 51.8, "%", "In range", "hematocrit", "%"),
        ("PSA", "0.9", 0.9, "ng/mL", "Optimal", "prostate-specific-antigen", "ng/mL"),
        ("DHEA-S", "188", 188, "ug/dL", "Below optimal", "dhea-sulfate", "ug/dL")]
add("HK06", J("Function-style app  -  Your biomarkers    Results from 10/03/2025 (Quest draw)    Protocol: TRT",
              *[T(n, f"{s} {u}", st) for n, s, v, u, st, _, _ in hk06],
              "Tap a biomarker to see its range and what moves it."),
    [R(k, v, u, nu, printed=WORD.get(st)) for n, s, v, u, st, k, nu in hk06],
    "a consumer dashboard with words and no ranges (ranges empty): 'Out of range' -> abnormal, 'In range' and "
    "'Optimal' -> normal (keyed-specialty LG03), while 'Above optimal' and 'Below optimal' rate the value against the "
    "company's optimal zone, which may lie inside the laboratory's range, so they are not flags (null); '1,046' has "
    "a thousands separator (1046)")

# ======================= 8. Follow-up hospital and reference-lab printouts (HC) =======================
assert round(141.2 / 7120 * 100, 1) == 2.0
add("HC01", J("Quest Diagnostics    Patient: R. K. (M, 49)    Collected 02/11/2025 07:45 (trough, 6 days after injection)",
              T("Test Name", "In Range", "Out of Range", "Reference Range", "Lab"),
              T("TESTOSTERONE, TOTAL, MS", "712", "", "250-1100 ng/dL", "EZ"),
              "TESTOSTERONE, FREE (DIALYSIS) AND TOTAL (MS)",
              T("  TESTOSTERONE, FREE", "141.2", "", "46.0-224.0 pg/mL", "EN"),
              T("  % FREE TESTOSTERONE", "2.0", "", "1.5-2.2 %", "EN"),
              T("SEX HORMONE BINDING GLOBULIN", "28", "", "10-50 nmol/L", "EZ"),
              T("ESTRADIOL, ULTRASENSITIVE, LC/MS", "", "44 H", "<=39 pg/mL", "EN"),
              T("HEMATOCRIT", "", "52.4 H", "38.5-50.0 %", "EZ"),
              T("HEMOGLOBIN", "", "17.6 H", "13.2-17.1 g/dL", "EZ"),
              T("PSA, TOTAL", "1.1", "", "<=4.0 ng/mL", "EZ")),
    [R("testosterone", 712, "ng/dL", "ng/dL", rng="250..1100"),
     R("testosterone-free", 141.2, "pg/mL", "pg/mL", rng="46.0..224.0"),
     R("testosterone-free-percent", 2.0, "%", "%", rng="1.5..2.2"),
     R("shbg", 28, "nmol/L", "nmol/L", rng="10..50"),
     R("estradiol", 44, "pg/mL", "pg/mL", printed="high", rng="..39"),
     R("hematocrit", 52.4, "%", "%", printed="high", rng="38.5..50.0"),
     R("hemoglobin", 17.6, "g/dL", "g/dL", printed="high", rng="13.2..17.1"),
     R("prostate-specific-antigen", 1.1, "ng/mL", "ng/mL", rng="..4.0")],
    "a TRT follow-up in Quest's In Range / Out of Range layout (keyed-specialty AL03): the panel heading 'FREE "
    "(DIALYSIS) AND TOTAL (MS)' is no row, its indented components are; the free testosterone by dialysis is the "
    "catalog's testosterone-free, the percentage its -percent entry (141.2 pg/mL / 7120 pg/mL = 1.98 %, printed "
    "2.0); the ultrasensitive estradiol is the catalog's estradiol; the unit sits in the range column; the "
    "performing-lab codes, the trough note and '6 days' are no values")

add("HC02", J("Berkshire-style NHS Foundation Trust  -  Clinical Biochemistry    Requested by: Longevity clinic    Sample: serum (clotted)    Received 14/03/2025 08:55",
              C("Testosterone", "28.4", "nmol/L", "(8.6 - 29.0)"),
              C("SHBG", "31", "nmol/L", "(18 - 54)"),
              C("Calculated free testosterone", "0.612", "nmol/L", "(0.20 - 0.62)"),
              C("Oestradiol", "168", "pmol/L", "(<146)", "H"),
              C("Haematocrit", "0.541", "L/L", "(0.40 - 0.50)", "H"),
              C("Haemoglobin", "181", "g/L", "(130 - 170)", "H"),
              C("PSA", "1.20", "ug/L", "(<3.0)"),
              "Comment: haematocrit above 0.54 L/L - consider dose reduction or venesection (BSSM guidance)."),
    [R("testosterone", 28.4, "nmol/L", "ng/dL", TESTO_NMOL, rng="8.6..29.0"),
     R("shbg", 31, "nmol/L", "nmol/L", rng="18..54"),
     R("testosterone-free", 0.612, "nmol/L", "pg/mL", FT_NMOL, rng="0.20..0.62"),
     R("estradiol", 168, "pmol/L", "pg/mL", E2_PMOL, printed="high", rng="..146"),
     R("hematocrit", 0.541, "L/L", "%", HCT_LL, printed="high", rng="0.40..0.50"),
     R("hemoglobin", 181, "g/L", "g/dL", HGB_GL, printed="high", rng="130..170"),
     R("prostate-specific-antigen", 1.20, "ug/L", "ng/mL", rng="..3.0")],
    "a UK printout in SI units, header-less lines: each value converts to the catalog unit with the catalog's molar "
    "mass (ranges stay in the printed unit); the calculated free testosterone is the catalog's testosterone-free; "
    "British spellings (Oestradiol, Haematocrit, Haemoglobin) name the catalog's entries; ug/L = ng/mL for PSA (the "
    "same number); the comment's '0.54 L/L' is a treatment threshold, no row")

add("HC03", J("Labcorp    Endocrinology (Esoterix)    Collected 04/28/2025    Male, 47",
              T("TESTS", "RESULT", "FLAG", "UNITS", "REFERENCE INTERVAL", "LAB"),
              T("Dihydrotestosterone", "74", "", "ng/dL", "30 - 85", "01"),
              T("IGF-1", "288", "High", "ng/mL", "88 - 246", "02"),
              T("  Z-Score (Male)", "+2.4", "High", "", "-2.0 - +2.0", "02"),
              T("IGFBP-3", "5.1", "", "mcg/mL", "3.4 - 6.9", "02"),
              T("Growth Hormone", "0.41", "", "ng/mL", "0.01 - 0.97", "01"),
              "01 Labcorp Burlington    02 Esoterix Endocrinology, Calabasas Hills"),
    [R("dihydrotestosterone", 74, "ng/dL", "ng/dL", rng="30..85"),
     R("somatomedin-c", 288, "ng/mL", "ng/mL", printed="high", rng="88..246"),
     R("igfbp-3", 5.1, "mcg/mL", "mg/L", rng="3.4..6.9"),
     R("growth-hormone", 0.41, "ng/mL", "ng/mL", rng="0.01..0.97")],
    "a reference-lab endocrine printout: IGF-1 is the catalog's somatomedin-c; the indented IGF-1 Z-score re-states "
    "the IGF-1 result against the age- and sex-matched population (like a percentile, never a row), although it "
    "carries its own 'High' and interval; mcg/mL = mg/L for IGFBP-3 (the same number); the empty FLAG cells and the "
    "lab codes 01/02 are no values")

assert round(16.8 / 689 * 100, 2) == 2.44
add("HC04", J("ARUP-style Laboratories    Patient report    Collected: 07/09/2025    Male",
              "Estradiol, Sensitive, LC-MS/MS", "   " + T("38", "H", "pg/mL", "Male: 8.0-35.0"),
              "Testosterone, Free (Equilibrium", "Dialysis) and Total, LC-MS/MS",
              T("Testosterone, Free", "16.8", "ng/dL", "4.6-22.4"),
              T("Testosterone, Total", "689", "ng/dL", "240-950"),
              T("Testosterone, Free %", "2.44", "%", "1.5-3.0"),
              "Sex Hormone Binding Globulin", "   " + T("19", "nmol/L", "11-80"),
              "Prostate Specific Antigen, Total (Screening)", "   " + T("0.71", "ng/mL", "0.00-4.00"),
              "Page 1 of 2    Printed 07/11/2025 11:02    H = High, L = Low, * = Abnormal"),
    [R("estradiol", 38, "pg/mL", "pg/mL", printed="high", rng="8.0..35.0"),
     R("testosterone-free", 16.8, "ng/dL", "pg/mL", FT_NGDL, rng="4.6..22.4"),
     R("testosterone", 689, "ng/dL", "ng/dL", rng="240..950"),
     R("testosterone-free-percent", 2.44, "%", "%", rng="1.5..3.0"),
     R("shbg", 19, "nmol/L", "nmol/L", rng="11..80"),
     R("prostate-specific-antigen", 0.71, "ng/mL", "ng/mL", rng="0.00..4.00")],
    "PDF text where a long test name stands on its own line and its value, unit and range on the next, indented: "
    "the name and the value line are one result; the free-and-total panel's name wraps over two lines and is a "
    "heading; free testosterone by equilibrium dialysis in ng/dL converts to the catalog's pg/mL, its range kept in "
    "ng/dL; the percentage (16.8/689 = 2.44 %) is the -percent entry; 'Male:' qualifies the estradiol range; the "
    "flag legend in the footer is no row")

add("HC05", J("ST. MARY'S HOSPITAL LABORATORY    (scanned; OCR text)    TRT monitoring",
              T("Hernatocrit", "53.9", "%", "40.0-52.0", "H"),
              T("Hernoglobin", "18.2", "g/dL", "13.5-17.5", "H"),
              T("RBC", "6.02", "M/uL", "4.50-5.90", "H"),
              T("Platelet C0unt", "241", "K/uL", "150-400"),
              T("PSA, T0tal", "1.4", "ng/mL", "0.0-4.0"),
              T("Estrad1ol", "29", "pg/mL", "7.6-42.6"),
              "Pathoiogist: Dr. l. Wong    Page l of l"),
    [R("hematocrit", 53.9, "%", "%", printed="high", rng="40.0..52.0"),
     R("hemoglobin", 18.2, "g/dL", "g/dL", printed="high", rng="13.5..17.5"),
     R("red-blood-cell-count", 6.02, "M/uL", "10*6/uL", printed="high", rng="4.50..5.90"),
     R("platelet-count", 241, "K/uL", "10*3/uL", rng="150..400"),
     R("prostate-specific-antigen", 1.4, "ng/mL", "ng/mL", rng="0.0..4.0"),
     R("estradiol", 29, "pg/mL", "pg/mL", rng="7.6..42.6")],
    "OCR noise in the names ('rn' for 'm', '0' for 'o', '1' for 'i'): a laboratory professional reads Hematocrit, "
    "Hemoglobin, Platelet Count, PSA Total and Estradiol; the values are clean; M/uL = 10*6/uL and K/uL = 10*3/uL "
    "(the same numbers); the footer's 'l of l' is no value")

add("HC06", J("Labor Dr. Muster & Kollegen    Endokrinologie    Eingang 12.05.2025    Material: Serum",
              T("Untersuchung", "Ergebnis", "Einheit", "Referenzbereich"),
              T("Testosteron", "6,4", "ng/ml", "2,5 - 8,4"),
              T("Freies Testosteron (berechnet)", "118", "pg/ml", "46 - 224"),
              T("Östradiol (sensitiv, LC-MS/MS)", "31", "pg/ml", "11 - 44"),
              T("SHBG", "38", "nmol/l", "18,3 - 54,1"),
              T("Dihydrotestosteron", "540", "pg/ml", "250 - 990"),
              T("IGF-1 (Somatomedin C)", "198", "ng/ml", "87 - 238"),
              T("PSA gesamt", "0,84", "ng/ml", "< 4,0")),
    [R("testosterone", 6.4, "ng/mL", "ng/dL", TESTO_NGML, rng="2.5..8.4"),
     R("testosterone-free", 118, "pg/mL", "pg/mL", rng="46..224"),
     R("estradiol", 31, "pg/mL", "pg/mL", rng="11..44"),
     R("shbg", 38, "nmol/L", "nmol/L", rng="18.3..54.1"),
     R("dihydrotestosterone", 540, "pg/mL", "ng/dL", DHT_PGML, rng="250..990"),
     R("somatomedin-c", 198, "ng/mL", "ng/mL", rng="87..238"),
     R("prostate-specific-antigen", 0.84, "ng/mL", "ng/mL", rng="..4.0")],
    "a German reference-lab printout: decimal commas, lower-case 'ml'/'l' (= mL, L); names keyed by meaning "
    "(Testosteron, Freies Testosteron (berechnet), Östradiol, Dihydrotestosteron, PSA gesamt); testosterone in ng/mL "
    "and DHT in pg/mL convert to the catalog's ng/dL, their ranges kept as printed")

add("HC07", J("**Results  -  Endocrine clinic, 2025-08-19** (copied from the hospital portal)",
              "| Test | Result | Units | Reference range | Flag |", "|---|---|---|---|---|",
              "| Testosterone, total | 22.1 | nmol/L | 8.6 - 29.0 | |",
              "| Estradiol, sensitive | 121 | pmol/L | 40 - 161 | |",
              "| LH | <0.3 | IU/L | 1.7 - 8.6 | L |",
              "| FSH | 0.4 | IU/L | 1.5 - 12.4 | L |",
              "| Haematocrit | 0.49 | L/L | 0.40 - 0.52 | |",
              "| PSA | 0.6 | ug/L | < 2.5 | |"),
    [R("testosterone", 22.1, "nmol/L", "ng/dL", TESTO_NMOL, rng="8.6..29.0"),
     R("estradiol", 121, "pmol/L", "pg/mL", E2_PMOL, rng="40..161"),
     R("luteinizing-hormone", 0.3, "IU/L", "m[IU]/mL", printed="low", rng="1.7..8.6", vt="<0.3"),
     R("follicle-stimulating-hormone", 0.4, "IU/L", "m[IU]/mL", printed="low", rng="1.5..12.4"),
     R("hematocrit", 0.49, "L/L", "%", HCT_LL, rng="0.40..0.52"),
     R("prostate-specific-antigen", 0.6, "ug/L", "ng/mL", rng="..2.5")],
    "a Markdown table of a hospital portal's results: an empty Flag cell is no flag (computed); LH and FSH, "
    "suppressed on TRT, carry the printed L, LH censored (<0.3, low against 1.7-8.6); IU/L = m[IU]/mL and ug/L = "
    "ng/mL (the same numbers); SI testosterone, estradiol and haematocrit convert")

# ======================= 9. Documents with no laboratory result (NR) =======================
add("NR01", J("Estrogen Detox Protocol  -  based on your DUTCH results (elevated 4-OH pathway, low methylation)",
              T("Supplement", "Dose", "Timing"),
              T("DIM (diindolylmethane)", "150 mg", "with dinner"),
              T("Calcium-D-Glucarate", "500 mg", "twice daily"),
              T("Sulforaphane", "30 mg", "morning"),
              T("Methyl B complex (methylfolate 1 mg, methyl-B12 1,000 mcg)", "1 cap", "breakfast"),
              T("Magnesium glycinate", "300 mg", "bedtime"),
              "Targets at retest (90 days): 2-OH/16-OH ratio >2.0; 4-OH-E1 <1.8 ng/mg; methylation ratio 0.4-0.75."),
    "-",
    "a supplement protocol: doses, timings, '90 days' and targets; the targets name DUTCH metabolites with bounds "
    "and a unit ('4-OH-E1 <1.8 ng/mg') but are goals, not censored results; 'Calcium', 'Magnesium' and 'B12' are "
    "supplements here")

add("NR02", J("TRT Protocol  -  weekly plan    Patient: J.D.",
              "Testosterone cypionate 200 mg/mL: inject 0.35 mL (70 mg) SubQ Mon and Thu = 140 mg/week",
              "hCG 500 IU SubQ Mon/Wed/Fri    Anastrozole 0.25 mg only if estradiol (sensitive) >50 pg/mL with symptoms",
              "Labs at week 6 (trough, morning before the Thursday dose): Total T, Free T, Estradiol (sensitive), CBC (Hct), PSA, lipid panel",
              "Target trough total T 600-900 ng/dL. Hold the dose and call if hematocrit >54%."),
    "-",
    "a dosing schedule: concentrations, volumes, doses and IU of drugs; 'estradiol >50 pg/mL', 'total T 600-900 "
    "ng/dL' and 'hematocrit >54%' are treatment thresholds and targets, not results or ranges")

add("NR03", J("LAB REQUISITION  -  Quest-style    Bill to: Patient    Fasting: 10-12 hours    ICD-10: E29.1, R53.83",
              "[x] 15983  Testosterone, Free (Dialysis) and Total (MS)",
              "[x] 30289  Estradiol, Ultrasensitive, LC/MS",
              "[x] 30740  Sex Hormone Binding Globulin",
              "[x] 6399   CBC (includes Differential and Platelets)",
              "[x] 5363   PSA, Total",
              "[ ] 36170  Dihydrotestosterone (DHT), LC/MS/MS",
              "Collection: 7-10 AM. Specimens: 2 x SST 5 mL, 1 x EDTA 4 mL."),
    "-",
    "an order form: the numbers before the test names are order codes (a five-digit code before 'PSA, Total' is not "
    "its value), the ICD-10 codes, fasting hours, times and tube volumes are no results")

add("NR04", J("2025 Self-Pay Lab Menu  -  Longevity Clinic",
              T("Hormone panel (Total T, Free T, E2 sensitive, SHBG)", "$149"),
              T("DUTCH Complete (dried urine)", "$399"),
              T("Hair Tissue Mineral Analysis", "$89"),
              T("Food Sensitivity IgG (96 foods)", "$189"),
              T("SIBO Breath Test (lactulose, 3 h)", "$199"),
              T("IGF-1", "$45", "PSA, Total", "$25", "HbA1c", "$19"),
              "Membership discount 15%. Prices valid through 12/31/2025."),
    "-",
    "a price list: dollar amounts, counts, hours and a discount beside test names; 'IGF-1  $45' is a price")

add("NR05", J("Genetic Methylation Report    Sample: cheek swab (buccal DNA)    Genotyping array",
              T("Gene", "Variant", "rsID", "Genotype", "Result"),
              T("MTHFR", "C677T", "rs1801133", "C/T", "Heterozygous"),
              T("MTHFR", "A1298C", "rs1801131", "A/A", "Normal (wild type)"),
              T("COMT", "V158M", "rs4680", "A/A", "Homozygous (slow)"),
              T("MTR", "A2756G", "rs1805087", "A/G", "Heterozygous"),
              "Estimated MTHFR enzyme activity: about 65% of normal.",
              "Suggested labs: homocysteine (optimal 5-7 umol/L), folate, B12. Consider methylfolate 1 mg daily."),
    "-",
    "a genotype page: inherited variants, not measurements of a quantity a flag or trend can use, and no catalog "
    "entry (a judgement call, see README); the '65%' is an estimate from the genotype, not a measured enzyme "
    "activity; 'homocysteine (optimal 5-7 umol/L)' is a suggestion with a target, not a result; the rsIDs and "
    "variant names hold digits that are no values")

add("NR06", J("Your 2025 Retest Calendar",
              "Jan 14 (Tue)  Week 6 labs  -  Total T, Free T, E2 (sensitive), CBC",
              "Mar 11 (Tue)  Week 14  -  same + PSA, lipid panel",
              "Jun 10 (Tue)  6-month review  -  DUTCH Complete (collect Sun-Mon), HbA1c, IGF-1",
              "Sep 09 (Tue)  Hair mineral retest; SIBO breath retest if symptoms",
              "Reminder: draw at 7-9 AM after 12 h fasting; trough = 24 h before the next injection."),
    "-",
    "a calendar: dates, weeks, months and hours beside test names ('Week 6 labs - Total T', 'IGF-1' after a date) "
    "are no results")

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
flags, keys, qrows, cens, rngs, nonorm, rows_by_kind, snip_by_kind, none_by_kind = {}, set(), 0, 0, {"text": 0, "empty": 0, "numeric": 0}, 0, {}, {}, {}
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
        if f[1][:1] in "<>" and f[1]: cens += 1
        rngs["text" if f[5] == "text" else "empty" if f[5] == "" else "numeric"] += 1
        if f[3] == "": nonorm += 1
for p in problems: print("PROBLEM", p)
nrows = sum(rows_by_kind.values())
print(len(cases), "snippets,", nrows, "rows,", sum(c[2] == "-" for c in cases), "without a result")
print("snippets", snip_by_kind)
print("without a result", none_by_kind)
print("rows", rows_by_kind)
print("flags", flags)
print(len(keys), "catalog keys;", nrows - qrows, "catalog rows;", qrows, "? rows;", cens, "censored;", rngs, ";",
      nonorm, "rows without a normalized value")
print(len(catalog), "catalog entries read;", len(problems), "key/unit problems")
