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
