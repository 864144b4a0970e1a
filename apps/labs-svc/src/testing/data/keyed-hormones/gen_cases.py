#!/usr/bin/env python3
"""Writes keyed.tsv: hormone-panel and related result lines, keyed as a laboratory professional reads them.

Columns: id, line, expected, why.  `expected` is `-` (no result) or rows `biomarker|valueText|flag|normalizedValue|
normalizedUnit|range` joined by ' ;; ', in report order.  `range` is `low..high` (ONE interval printed for the patient,
an empty side for an open bound), `text` (several groups' intervals, the patient's group not stated) or empty (no range
printed).  Bounds are written as printed, in the printed unit (decimal commas and thousands separators read).
Multi-line snippets are written with the two characters backslash-n between lines.

Flags: the printed flag if there is one; else computed from the keyed bounds (below low -> low, above high -> high,
else normal); `null` when the range is `text` or empty.  The script computes the flag itself and checks every printed
flag against the bounds, so a slip in the data fails loudly.
"""
import math, os

def sig3(x):
    if x == 0: return "0"
    d = 3 - int(math.floor(math.log10(abs(x)))) - 1
    return f"{round(x, d):.{max(d, 0)}f}"

# ---- factors to the catalog's ucumUnit, from the catalog's molar masses (g/mol) ----
T_NMOL = 288.42 / 10        # testosterone nmol/L -> ng/dL (288.42 g/mol): x 28.842
T_NGML = 100.0              # testosterone ng/mL -> ng/dL
FT_NMOL = 288.42            # free testosterone nmol/L -> pg/mL: x 288.42
FT_PMOL = 288.42 / 1000     # free testosterone pmol/L -> pg/mL: x 0.28842
E2_PMOL = 272.38 / 1000     # estradiol pmol/L -> pg/mL: x 0.27238
PROG_NMOL = 314.46 / 1000   # progesterone nmol/L -> ng/mL: x 0.31446
DHEAS_UMOL = 368.5 / 10     # DHEA-S umol/L -> ug/dL: x 36.85
CORT_NMOL = 362.46 / 10000  # cortisol nmol/L -> ug/dL: x 0.036246
FT3_PMOL = 650.97 / 1000    # free T3 pmol/L -> pg/mL: x 0.65097
B12_PMOL = 1355.37 / 1000   # B12 pmol/L -> pg/mL: x 1.35537
VITD_NMOL = 400.64 / 1000   # 25-OH vitamin D nmol/L -> ng/mL: x 0.40064
APOB_GL = 100.0             # ApoB g/L -> mg/dL
PRL_MIU = 1 / 21.2          # prolactin mIU/L -> ng/mL: / 21.2 (WHO 3rd IS 84/500; an assay standard, not a molar mass)
FRAC_PCT = 100.0            # a free/total fraction -> %
A1C = lambda ifcc: 0.09148 * ifcc + 2.152   # IFCC mmol/mol -> NGSP % (NGSP/IFCC master equation)

NL = "\\n"   # the two characters backslash, n
def J(*lines): return NL.join(lines)
def C(*fields): return "  ".join(fields)

def bounds(rng):
    if ".." not in rng: return None
    lo, hi = rng.split("..")
    return (float(lo) if lo else None, float(hi) if hi else None)

def computed_flag(pv, rng):
    b = bounds(rng)
    if b is None or pv is None: return "null"
    lo, hi = b
    if lo is not None and pv < lo: return "low"
    if hi is not None and pv > hi: return "high"
    return "normal"

def row(bm, pv=None, unit="", *, f=1.0, printed=None, rng="", vt="", flag=None, conv=None):
    """bm: catalog key or ?Printed Name; pv: the printed number (for the flag and the normalized value);
    f/conv: factor or function to the catalog unit; printed: the printed flag; vt: a censored/word value;
    flag: a flag given by hand (censored values only)."""
    if vt or bm.startswith("?") or pv is None or unit == "":
        nv, nu = "", ""
    else:
        nv, nu = sig3(conv(pv) if conv else pv * f), unit
    if printed:
        fl = printed
        c = computed_flag(pv, rng) if pv is not None else "null"
        assert c in ("null", printed), (bm, pv, rng, printed, c)   # a printed flag must agree with the bounds
    elif flag:
        assert vt, bm                                              # hand flags only for censored values
        fl = flag
    else:
        fl = computed_flag(None if vt else pv, rng)
    return f"{bm}|{vt}|{fl}|{nv}|{nu}|{rng}"

cases = []
def add(id, line, expected, why):
    exp = expected if isinstance(expected, str) else " ;; ".join(expected)
    for x in (line, exp, why): assert "\t" not in x and "\n" not in x, id
    assert why.startswith("range="), id
    cases.append((id, line, exp, why))

# ============ S: one line, one interval ============
add("S01", C("Testosterone, Total, LC/MS/MS", "612", "ng/dL", "264-916"),
    row("testosterone", 612, "ng/dL", rng="264..916"),
    "range=264..916; the harmonized adult-male interval (Travison 2017), one interval; 612 inside -> normal; ng/dL is the catalog unit")
add("S02", C("Testosterone, Serum", "198", "L", "ng/dL", "264 - 916"),
    row("testosterone", 198, "ng/dL", printed="low", rng="264..916"),
    "range=264..916; spaced hyphen; the L between value and unit is the printed flag (198 < 264 agrees)")
add("S03", C("SHBG", "62.4", "H", "nmol/L", "16.5-55.9"),
    row("shbg", 62.4, "nmol/L", printed="high", rng="16.5..55.9"),
    "range=16.5..55.9; Labcorp adult-male SHBG interval; printed H; nmol/L is the catalog unit")
add("S04", C("Estradiol, Sensitive", "<2.0", "pg/mL", "7.6-42.6"),
    row("estradiol", rng="7.6..42.6", vt="<2.0", flag="low"),
    "range=7.6..42.6; censored result of a man over-suppressed by an aromatase inhibitor: valueText <2.0, no normalized value; no printed flag, and every value below 2.0 is below 7.6 -> low")
add("S05", C("PSA, Total", "1.8", "ng/mL", "Up to 4.0"),
    row("prostate-specific-antigen", 1.8, "ng/mL", rng="..4.0"),
    "range=..4.0; 'Up to 4.0' is an upper bound only (Indian print); 1.8 -> normal")
add("S06", C("PSA, Total", "<0.01", "ng/mL", "0.00-4.00"),
    row("prostate-specific-antigen", rng="0.00..4.00", vt="<0.01", flag="normal"),
    "range=0.00..4.00; censored below the ultrasensitive assay's limit (after prostatectomy): valueText <0.01, no normalized value; every value below 0.01 lies in 0.00-4.00 -> normal")
add("S07", C("Lipoprotein (a)", "<8.4", "nmol/L", "<75.0"),
    row("lipoprotein-a", rng="..75.0", vt="<8.4", flag="normal"),
    "range=..75.0; censored at the assay's lower limit: valueText <8.4; '<75.0' is the lab's one interval; anything below 8.4 is below 75.0 -> normal")
add("S08", C("Apolipoprotein B", "104", "H", "mg/dL", "<90"),
    row("apolipoprotein-b", 104, "mg/dL", printed="high", rng="..90"),
    "range=..90; printed H; mg/dL is the catalog unit")
add("S09", C("HbA1c", "44", "mmol/mol", "20 - 41"),
    row("hemoglobin-a1c", 44, "%", rng="20..41", conv=A1C),
    "range=20..41; UK IFCC units, no printed flag: 44 > 41 -> high (computed against the bounds as printed, in mmol/mol); NGSP % = 0.09148 x 44 + 2.152 = 6.18 % (NGSP/IFCC master equation)")
add("S10", C("Insulin", "58", "pmol/L", "18 - 173"),
    row("insulin", 58, "", rng="18..173"),
    "range=18..173; UK insulin in pmol/L, 58 inside -> normal; normalizedValue/unit empty: the catalog unit is uIU/mL and catalog v9 refuses insulin a molar mass (pmol/L / 6 is a convention), so no conversion (uncertain, see README)")
add("S11", C("Homocysteine", "16.1", "umol/L", "0.0-14.5"),
    row("homocysteine", 16.1, "umol/L", rng="0.0..14.5"),
    "range=0.0..14.5; no printed flag, 16.1 > 14.5 -> high (computed); umol/L is the catalog unit")
add("S12", C("Cortisol - AM", "21.3", "High", "ug/dL", "6.2-19.4"),
    row("cortisol", 21.3, "ug/dL", printed="high", rng="6.2..19.4"),
    "range=6.2..19.4; the AM cortisol interval (Labcorp); the word High between value and unit is the printed flag")

add("S13", C("Oestradiol", "98", "pmol/L", "41 - 159"),
    row("estradiol", 98, "pg/mL", f=E2_PMOL, rng="41..159"),
    "range=41..159; UK spelling and SI unit (an adult-male interval); 98 inside -> normal; 98 pmol/L x 0.27238 (272.38 g/mol) = 26.7 pg/mL")

# ============ L: one interval after a population label (the patient's, as printed) ============
add("L01", C("Testosterone, Total", "388", "ng/dL", "Adult male: 264-916"),
    row("testosterone", 388, "ng/dL", rng="264..916"),
    "range=264..916; one population-labelled interval: the lab printed the patient's group only; 388 -> normal")
add("L02", C("Testosterone", "9.4", "nmol/L", "Male 19-49 y: 8.64-29.0"),
    row("testosterone", 9.4, "ng/dL", f=T_NMOL, rng="8.64..29.0"),
    "range=8.64..29.0; one label with an age band (19-49 is the age, not the range); 9.4 > 8.64 -> normal; 9.4 nmol/L x 28.842 (288.42 g/mol) = 271 ng/dL")
add("L03", C("DHEA-Sulfate", "62.0", "L", "ug/dL", "Male 50-59 y: 70.0-310.0"),
    row("dhea-sulfate", 62.0, "ug/dL", printed="low", rng="70.0..310.0"),
    "range=70.0..310.0; the lab printed only the patient's sex-and-age band; printed L (62.0 < 70.0 agrees)")
add("L04", C("FSH", "64.8", "mIU/mL", "Postmenopausal: 25.8-134.8"),
    row("follicle-stimulating-hormone", 64.8, "m[IU]/mL", rng="25.8..134.8"),
    "range=25.8..134.8; one labelled interval (the lab chose the postmenopausal group for this patient); 64.8 -> normal; mIU/mL = m[IU]/mL")
add("L05", C("Bioavailable Testosterone", "96.5", "L", "ng/dL", "Male 18-69 y: 110.0-575.0"),
    row("testosterone-bioavailable", 96.5, "ng/dL", printed="low", rng="110.0..575.0"),
    "range=110.0..575.0; Quest's adult-male bioavailable testosterone interval with its label; printed L")

# ============ G: several groups' intervals on the result line ============
add("G01", C("Testosterone, Total", "512", "ng/dL", "Male: 264-916", "Female: 8-48"),
    row("testosterone", 512, "ng/dL", rng="text"),
    "range=text; male and female intervals, the patient's sex not on the line: never pick one; no printed flag -> null")
add("G02", C("Estradiol", "48.3", "pg/mL", "Follicular 12.5-166", "Ovulation 85.8-498", "Luteal 43.8-211", "Postmenopausal <6.0-54.7"),
    row("estradiol", 48.3, "pg/mL", rng="text"),
    "range=text; menstrual-phase and postmenopausal intervals (Labcorp's '<6.0-54.7' printing); phase not stated -> null")
add("G03", C("LH", "6.4", "mIU/mL", "Male 1.7-8.6", "Female: Follicular 2.4-12.6", "Ovulation 14.0-95.6", "Luteal 1.0-11.4", "Postmenopausal 7.7-58.5"),
    row("luteinizing-hormone", 6.4, "m[IU]/mL", rng="text"),
    "range=text; sex and phase groups; 6.4 lies in several of them; null; mIU/mL = m[IU]/mL")
add("G04", C("Free Testosterone (Direct)", "14.2", "pg/mL", "20-29 y: 9.3-26.5", "30-39 y: 8.7-25.1", "40-49 y: 6.8-21.5", "50-59 y: 7.2-24.0", ">59 y: 6.6-18.1"),
    row("testosterone-free", 14.2, "pg/mL", rng="text"),
    "range=text; Labcorp's age-banded free testosterone intervals, age not on the line; the band labels (20-29 y, >59 y) are ages, not ranges or values")
add("G05", C("TSH", "2.6", "mIU/L", "Non-pregnant: 0.4-4.0", "1st trimester: 0.1-2.5", "2nd trimester: 0.2-3.0", "3rd trimester: 0.3-3.0"),
    row("thyroid-stimulating-hormone", 2.6, "m[IU]/L", rng="text"),
    "range=text; non-pregnant and trimester intervals (ATA); pregnancy status not stated, so no group is picked (2.6 would be high in the 1st trimester, normal otherwise); mIU/L = m[IU]/L")
add("G06", C("Progesterone", "14.6", "ng/mL", "Follicular phase 0.1-0.9; Luteal phase 1.8-23.9; Postmenopausal <0.1; Pregnancy 1st trimester 11.0-44.3"),
    row("progesterone", 14.6, "ng/mL", rng="text"),
    "range=text; phase, menopause and pregnancy groups separated by semicolons; null")
add("G07", C("Testosterone, Total", "312", "ng/dL", "Tanner I: 2-23", "Tanner II: 5-70", "Tanner III: 15-280", "Tanner IV: 105-545", "Tanner V: 265-800"),
    row("testosterone", 312, "ng/dL", rng="text"),
    "range=text; paediatric Tanner-stage intervals (a patient's adolescent son), stage not stated; the Roman numerals are labels; null")
add("G08", C("SHBG", "148", "H", "nmol/L", "Male 16.5-55.9", "Female 24.6-122.0"),
    row("shbg", 148, "nmol/L", printed="high", rng="text"),
    "range=text; two sexes' intervals -> text, but the H between value and unit is a printed flag and is kept")

# ============ M: multi-line (range under the result, notes, method and footnote lines) ============
add("M01", J(C("Testosterone, Total", "455", "ng/dL"), "    264 - 916"),
    row("testosterone", 455, "ng/dL", rng="264..916"),
    "range=264..916; the interval is printed on the indented line under the result (a wrapped reference cell); 455 -> normal; the range line is no row")
add("M02", J(C("Testosterone, Total, LC/MS/MS", "1240", "H", "ng/dL", "250-1100"),
             "Reference interval for adult males. Harmonized to the CDC HoSt standard."),
    row("testosterone", 1240, "ng/dL", printed="high", rng="250..1100"),
    "range=250..1100; printed H (a man on injections drawn near peak); the note line names the population of the one interval and is no row")
add("M03", J(C("Estradiol, Ultrasensitive, LC/MS (a)", "18", "pg/mL", "≤39"),
             "Method: LC/MS/MS; analytical measuring range 2-1000 pg/mL",
             "(a) This test was developed and its analytical performance characteristics have been determined by the laboratory."),
    row("estradiol", 18, "pg/mL", rng="..39"),
    "range=..39; '(a)' after the name is a footnote mark, not a value; the measuring range 2-1000 on the method line is the assay's, not a reference interval; 18 <= 39 -> normal")
add("M04", J(C("IGF I, LC/MS", "215", "ng/mL", "52-328"), C("Z SCORE (MALE)", "0.6", "SD", "-2.0 - +2.0")),
    [row("somatomedin-c", 215, "ng/mL", rng="52..328"), row("?Z SCORE (MALE)", 0.6, "", rng="-2.0..2.0")],
    "range=52..328 then -2.0..2.0; Quest's IGF-1 with its Z-score line: IGF I is IGF-1 (somatomedin-c), 215 -> normal; the Z-score has no catalog key (?Name, no normalized value), 0.6 within -2.0..+2.0 -> normal")
add("M05", J(C("PSA, Total", "3.2", "ng/mL", "0.0-4.0"), C("PSA, Free", "0.48", "ng/mL"), C("PSA, % Free", "15", "%", ">25")),
    [row("prostate-specific-antigen", 3.2, "ng/mL", rng="0.0..4.0"), row("prostate-specific-antigen-free", 0.48, "ng/mL"),
     row("prostate-specific-antigen-free-percent", 15, "%", rng="25..")],
    "range=0.0..4.0, none, 25..; total PSA normal; free PSA has no range printed -> null; % free 15 < 25 -> low (computed)")
add("M06", J(C("Total PSA", "5.6", "H", "ng/mL", "<4.0"), C("Free PSA", "0.62", "ng/mL"), C("Free/Total PSA Ratio", "0.11", ">0.25")),
    [row("prostate-specific-antigen", 5.6, "ng/mL", printed="high", rng="..4.0"), row("prostate-specific-antigen-free", 0.62, "ng/mL"),
     row("prostate-specific-antigen-free-percent", 0.11, "%", f=FRAC_PCT, rng="0.25..")],
    "range=..4.0, none, 0.25..; total PSA printed H; free PSA no range; the ratio printed as a fraction (0.62/5.6 = 0.11) is the free/total percentage: 0.11 x 100 = 11.0 %, bound kept as printed (0.25), 0.11 < 0.25 -> low (uncertain, see README)")
add("M07", J(C("Cortisol, AM", "412", "nmol/L", "133-537"),
             "Specimen collected 08:15. Reference interval applies to samples taken 07:00-10:00."),
    row("cortisol", 412, "ug/dL", f=CORT_NMOL, rng="133..537"),
    "range=133..537; UK morning cortisol; the note's 08:15 and 07:00-10:00 are clock times, not a value or a range; 412 nmol/L x 0.036246 (362.46 g/mol) = 14.9 ug/dL; normal")
add("M08", J(C("Testosterone", "14.2", "nmol/L", "8.64 - 29.0"), C("SHBG", "38", "nmol/L", "18.3 - 54.1"),
             C("Free Androgen Index", "37.4", "35.0 - 92.6")),
    [row("testosterone", 14.2, "ng/dL", f=T_NMOL, rng="8.64..29.0"), row("shbg", 38, "nmol/L", rng="18.3..54.1"),
     row("?Free Androgen Index", 37.4, "", rng="35.0..92.6")],
    "range=8.64..29.0, 18.3..54.1, 35.0..92.6; UK male androgen block: 14.2 x 28.842 = 410 ng/dL; SHBG 38 normal; the Free Androgen Index (100 x 14.2 / 38 = 37.4, a calculated value) has no catalog key -> ?Name, no normalized value, normal")
add("M09", J(C("Prolactin", "310", "mIU/L"), "  Males: 86 - 324", "  Females (non-pregnant): 102 - 496"),
    row("prolactin", 310, "ng/mL", f=PRL_MIU, rng="text"),
    "range=text; UK prolactin with male and female intervals on the lines under it, sex not stated -> null (310 is within both); 310 mIU/L / 21.2 (WHO 3rd IS 84/500) = 14.6 ng/mL (uncertain factor, see README)")
add("M10", J(C("Insulin-like Growth Factor I", "98", "ng/mL"), "  Age 46-50 years: 68-218"),
    row("somatomedin-c", 98, "ng/mL", rng="68..218"),
    "range=68..218; one age-labelled interval on the line under the result (the patient's band only); 46-50 is the age; 98 -> normal")

# ============ T: fixed-width tables with a header line ============
add("T01", J("TESTS                          RESULT  FLAG   UNITS    REFERENCE INTERVAL",
             "Testosterone, Total, LC/MS     287            ng/dL    264-916",
             "Testosterone, Free             5.9     Low    pg/mL    8.7-25.1",
             "Sex Horm Binding Glob, Serum   58.2    High   nmol/L   16.5-55.9"),
    [row("testosterone", 287, "ng/dL", rng="264..916"), row("testosterone-free", 5.9, "pg/mL", printed="low", rng="8.7..25.1"),
     row("shbg", 58.2, "nmol/L", printed="high", rng="16.5..55.9")],
    "range=264..916, 8.7..25.1, 16.5..55.9; Labcorp layout, the header is no row; total 287 normal (empty FLAG cell), free testosterone printed Low, SHBG printed High")
add("T02", J("Test Name                 In Range    Out Of Range    Reference Range",
             "TSH                       1.84                        0.40-4.50 mIU/L",
             "T4, FREE                  1.3                         0.8-1.8 ng/dL",
             "T3, FREE                              4.6 H           2.3-4.2 pg/mL"),
    [row("thyroid-stimulating-hormone", 1.84, "m[IU]/L", rng="0.40..4.50"), row("free-t4", 1.3, "ng/dL", rng="0.8..1.8"),
     row("free-t3", 4.6, "pg/mL", printed="high", rng="2.3..4.2")],
    "range=0.40..4.50, 0.8..1.8, 2.3..4.2; Quest layout: the unit follows the range; the value's column (In Range / Out Of Range) is no flag by itself, the printed H on free T3 is")
add("T03", J("Investigation           Observed Value   Unit      Biological Reference Interval",
             "Testosterone Total      3.21             ng/mL     Male: 2.80 - 8.00",
             "LH                      4.6              mIU/mL    Male: 1.7 - 8.6",
             "FSH                     5.2              mIU/mL    Male: 1.5 - 12.4"),
    [row("testosterone", 3.21, "ng/dL", f=T_NGML, rng="2.80..8.00"), row("luteinizing-hormone", 4.6, "m[IU]/mL", rng="1.7..8.6"),
     row("follicle-stimulating-hormone", 5.2, "m[IU]/mL", rng="1.5..12.4")],
    "range=2.80..8.00, 1.7..8.6, 1.5..12.4; Indian layout, one 'Male:' interval per row (the patient's); testosterone in ng/mL: 3.21 x 100 = 321 ng/dL; all normal")
add("T04", J("Test                            Result (nmol/L)   Reference range (nmol/L)",
             "Testosterone                    21.6              8.64 - 29.0",
             "SHBG                            44                18.3 - 54.1",
             "Calculated free testosterone    0.412             0.198 - 0.619"),
    [row("testosterone", 21.6, "ng/dL", f=T_NMOL, rng="8.64..29.0"), row("shbg", 44, "nmol/L", rng="18.3..54.1"),
     row("testosterone-free", 0.412, "pg/mL", f=FT_NMOL, rng="0.198..0.619")],
    "range=8.64..29.0, 18.3..54.1, 0.198..0.619; the unit is printed only in the header (UK); 21.6 x 28.842 = 623 ng/dL; calculated free testosterone 0.412 nmol/L x 288.42 = 119 pg/mL; all normal")
add("T05", J("Test                        Result   Units    Reference",
             "Testosterone                18.5     nmol/L   (10.0-35.0)",
             "SHBG                        31       nmol/L   (15-50)",
             "Free Testosterone (calc)    390      pmol/L   (225-725)",
             "LH                          4.2      IU/L     (1.0-10.0)"),
    [row("testosterone", 18.5, "ng/dL", f=T_NMOL, rng="10.0..35.0"), row("shbg", 31, "nmol/L", rng="15..50"),
     row("testosterone-free", 390, "pg/mL", f=FT_PMOL, rng="225..725"), row("luteinizing-hormone", 4.2, "m[IU]/mL", rng="1.0..10.0")],
    "range=10.0..35.0, 15..50, 225..725, 1.0..10.0; Australian layout, ranges in parentheses; 18.5 x 28.842 = 534 ng/dL; free 390 pmol/L x 0.28842 = 112 pg/mL; LH IU/L = mIU/mL; all normal")
add("T06", J("Test                 Result   Flag   Reference Range   Units",
             "Apolipoprotein B     0.92     H      <0.90             g/L",
             "Lipoprotein(a)       142      H      <75               nmol/L",
             "hs-CRP               1.2             <3.0              mg/L",
             "Homocysteine         11.8            <15.0             umol/L"),
    [row("apolipoprotein-b", 0.92, "mg/dL", f=APOB_GL, printed="high", rng="..0.90"), row("lipoprotein-a", 142, "nmol/L", printed="high", rng="..75"),
     row("hs-crp", 1.2, "mg/L", rng="..3.0"), row("homocysteine", 11.8, "umol/L", rng="..15.0")],
    "range=..0.90, ..75, ..3.0, ..15.0; Canadian layout, unit column last; ApoB 0.92 g/L x 100 = 92.0 mg/dL printed H; Lp(a) printed H; hs-CRP and homocysteine under their bounds -> normal")

# ============ I: inline forms ============
add("I01", "Testosterone, Total: 512 ng/dL (Ref: 264-916)",
    row("testosterone", 512, "ng/dL", rng="264..916"),
    "range=264..916; inline 'Name: value unit (Ref: a-b)'; normal")
add("I02", "Free Testosterone (Dialysis): 68.2 pg/mL [Reference: 46.0-224.0]",
    row("testosterone-free", 68.2, "pg/mL", rng="46.0..224.0"),
    "range=46.0..224.0; free testosterone by equilibrium dialysis, square brackets; normal")
add("I03", "IGF-1: 312 ng/mL H (Ref for age 35-40: 98-282)",
    row("somatomedin-c", 312, "ng/mL", printed="high", rng="98..282"),
    "range=98..282; one age-labelled interval (35-40 is the age); the H before the parenthesis is the printed flag (a patient on growth-hormone secretagogues)")
add("I04", "Vitamin D (25-OH): 78 nmol/L (Ref > 50)",
    row("vitamin-d", 78, "ng/mL", f=VITD_NMOL, rng="50.."),
    "range=50..; lower bound only, 78 > 50 -> normal; 78 nmol/L x 0.40064 (400.64 g/mol) = 31.2 ng/mL")
add("I05", "hs-CRP: 0.4 mg/L (Ref: <1.0 low risk, 1.0-3.0 average risk, >3.0 high risk)",
    row("hs-crp", 0.4, "mg/L", rng="text"),
    "range=text; the parenthesis holds the AHA/CDC risk tiers, not one interval: kept as text, no printed flag -> null")
add("I06", "Vitamin B12: 289 pmol/L (Reference 150-700)",
    row("vitamin-b12", 289, "pg/mL", f=B12_PMOL, rng="150..700"),
    "range=150..700; Australian pmol/L; normal; 289 x 1.35537 (1355.37 g/mol) = 392 pg/mL")
add("I07", "DHEA-S: 9.8 umol/L (Ref: Male 40-49 yr 2.4-11.6)",
    row("dhea-sulfate", 9.8, "ug/dL", f=DHEAS_UMOL, rng="2.4..11.6"),
    "range=2.4..11.6; one sex-and-age-labelled interval; normal; 9.8 umol/L x 36.85 (368.5 g/mol) = 361 ug/dL")
add("I08", "Free T3: 4.9 pmol/L (3.1 - 6.8)",
    row("free-t3", 4.9, "pg/mL", f=FT3_PMOL, rng="3.1..6.8"),
    "range=3.1..6.8; bare parenthesised interval (UK); normal; 4.9 pmol/L x 0.65097 (650.97 g/mol) = 3.19 pg/mL")
add("I09", "Progesterone: 28.4 nmol/L (luteal phase 5.8-75.9; follicular phase <3.2; postmenopausal <0.5)",
    row("progesterone", 28.4, "ng/mL", f=PROG_NMOL, rng="text"),
    "range=text; three groups' intervals, phase not stated -> null; 28.4 nmol/L x 0.31446 (314.46 g/mol) = 8.93 ng/mL")

# ============ P: portal copies and Markdown tables ============
add("P01", J(C("Component", "Your Value", "Standard Range"), C("Testosterone, Total", "702 ng/dL", "264 - 916 ng/dL")),
    row("testosterone", 702, "ng/dL", rng="264..916"),
    "range=264..916; MyChart copy: header then value with unit in one cell, range with unit in the next; normal")
add("P02", J(C("Component", "Your Value", "Standard Range"), C("TSH", "5.21 uIU/mL (H)", "0.45 - 4.50 uIU/mL"),
             C("Free T4", "0.98 ng/dL", "0.82 - 1.77 ng/dL")),
    [row("thyroid-stimulating-hormone", 5.21, "m[IU]/L", printed="high", rng="0.45..4.50"), row("free-t4", 0.98, "ng/dL", rng="0.82..1.77")],
    "range=0.45..4.50, 0.82..1.77; portal copy: '(H)' after the unit is the printed flag; uIU/mL = m[IU]/L; free T4 normal")
add("P03", J(C("Component", "Value", "Ref Range & Units"), C("Ferritin", "18 (L)", "30 - 400 ng/mL"),
             C("Vitamin B12", "405", "232 - 1,245 pg/mL")),
    [row("ferritin", 18, "ng/mL", printed="low", rng="30..400"), row("vitamin-b12", 405, "pg/mL", rng="232..1245")],
    "range=30..400, 232..1245; units only in the range cell; ferritin printed (L); '1,245' is a thousands separator (1245), not a decimal comma; B12 normal")
add("P04", J("| Test | Result | Units | Reference range |", "|---|---|---|---|",
             "| Total testosterone | 14.8 | nmol/L | 8.6–29.0 |", "| SHBG | 42 | nmol/L | 18.3–54.1 |"),
    [row("testosterone", 14.8, "ng/dL", f=T_NMOL, rng="8.6..29.0"), row("shbg", 42, "nmol/L", rng="18.3..54.1")],
    "range=8.6..29.0, 18.3..54.1; Markdown table with en-dash ranges; header and separator rows are no rows; 14.8 x 28.842 = 427 ng/dL; both normal")
add("P05", J("| Test | Result | Flag | Reference |", "|---|---|---|---|",
             "| Estradiol, Sensitive | <2.5 pg/mL | L | 7.6-42.6 pg/mL |",
             "| LH | 0.3 mIU/mL | L | 1.7-8.6 mIU/mL |",
             "| FSH | 0.4 mIU/mL | L | 1.5-12.4 mIU/mL |"),
    [row("estradiol", rng="7.6..42.6", vt="<2.5", flag="low"), row("luteinizing-hormone", 0.3, "m[IU]/mL", printed="low", rng="1.7..8.6"),
     row("follicle-stimulating-hormone", 0.4, "m[IU]/mL", printed="low", rng="1.5..12.4")],
    "range=7.6..42.6, 1.7..8.6, 1.5..12.4; a man on testosterone therapy with suppressed gonadotropins: all three printed L; estradiol censored (valueText <2.5, no normalized value)")
add("P06", J("| Biomarker | Value | Reference |", "|---|---|---|",
             "| HbA1c | 5.4 % | 4.8-5.6 |", "| Fasting insulin | 6.2 µIU/mL | 2.6-24.9 |",
             "| ApoB | 78 mg/dL | <90 |", "| hs-CRP | 0.6 mg/L | 0.0-3.0 |"),
    [row("hemoglobin-a1c", 5.4, "%", rng="4.8..5.6"), row("insulin", 6.2, "u[IU]/mL", rng="2.6..24.9"),
     row("apolipoprotein-b", 78, "mg/dL", rng="..90"), row("hs-crp", 0.6, "mg/L", rng="0.0..3.0")],
    "range=4.8..5.6, 2.6..24.9, ..90, 0.0..3.0; a clinic's Markdown summary, value and unit in one cell; µIU/mL = u[IU]/mL; all normal")

# ============ E: European and Spanish-language reports (decimal commas) ============
add("E01", C("Testosteron", "4,12", "ng/ml", "2,49 - 8,36"),
    row("testosterone", 4.12, "ng/dL", f=T_NGML, rng="2.49..8.36"),
    "range=2.49..8.36; German, decimal commas; 4.12 ng/mL x 100 = 412 ng/dL; normal ('Testosteron' is the German name, not a catalog alias)")
add("E02", C("Östradiol (E2)", "38,5", "pg/ml", "Männer: 11,3 - 43,2", "Frauen Follikelphase: 30,9 - 90,1", "Frauen Postmenopause: < 34,3"),
    row("estradiol", 38.5, "pg/mL", rng="text"),
    "range=text; German male and female-phase intervals, sex not stated -> null")
add("E03", C("Testostérone totale", "16,2", "nmol/L", "(8,6 - 29,0)"),
    row("testosterone", 16.2, "ng/dL", f=T_NMOL, rng="8.6..29.0"),
    "range=8.6..29.0; French, decimal commas, range in parentheses; 16.2 x 28.842 = 467 ng/dL; normal")
add("E04", C("Cortisol (8h)", "512", "nmol/L", "171 - 536"),
    row("cortisol", 512, "ug/dL", f=CORT_NMOL, rng="171..536"),
    "range=171..536; French 8 a.m. cortisol ('8h' is the draw time, not a value); 512 x 0.036246 = 18.6 ug/dL; normal")
add("E05", C("Testosterona libre (calculada)", "72,4", "pg/mL", "Hombres: 47 - 244"),
    row("testosterone-free", 72.4, "pg/mL", rng="47..244"),
    "range=47..244; Spanish calculated free testosterone with one labelled interval ('Hombres'); normal")
add("E06", C("Vitamina B12", "187", "L", "pg/mL", "211 - 911"),
    row("vitamin-b12", 187, "pg/mL", printed="low", rng="211..911"),
    "range=211..911; Spanish; printed L")
add("E07", C("LH (hormona luteinizante)", "32,5", "mUI/mL", "Fase folicular: 2,4-12,6", "Pico ovulatorio: 14,0-95,6", "Fase lútea: 1,0-11,4", "Postmenopausia: 7,7-58,5"),
    row("luteinizing-hormone", 32.5, "m[IU]/mL", rng="text"),
    "range=text; Spanish phase groups with decimal commas, phase not stated -> null; mUI/mL = m[IU]/mL")
add("E08", C("Ferritin", "412", "µg/l", "30 - 400"),
    row("ferritin", 412, "ng/mL", rng="30..400"),
    "range=30..400; German, no printed flag: 412 > 400 -> high (computed); µg/l = ng/mL")

# ============ N: lines that look like results but are not ============
add("N01", C("TESTS", "RESULT", "FLAG", "UNITS", "REFERENCE INTERVAL", "LAB"), "-",
    "range=none; a column-header line")
add("N02", "Testosterone cypionate 100 mg weekly", "-",
    "range=none; a medication dose (intramuscular injection), not a serum level: testosterone is never reported in mg")
add("N03", C("DHEA (micronized)", "25 mg", "once daily"), "-",
    "range=none; a supplement dose laid out like a result row; DHEA is a catalog analyte but mg is a dose, not a concentration")
add("N04", C("Estradiol", "Follicular 12.5-166", "Ovulation 85.8-498", "Luteal 43.8-211", "Postmenopausal <6.0-54.7", "pg/mL"), "-",
    "range=none; a reference-table row: name, phase intervals and unit, no patient value ('<6.0' is a bound, not a censored result)")
add("N05", C("41-45 y", "75-232", "ng/mL"), "-",
    "range=none; a row of an IGF-1 age-reference table: an age band and its interval, no analyte name and no patient value")
add("N06", "Testosterone, Total by LC-MS/MS (liquid-liquid extraction); LLOQ 2.5 ng/dL; inter-assay CV 6.1%", "-",
    "range=none; a method description: 2.5 ng/dL is the assay's limit of quantitation and 6.1% its imprecision")
add("N07", "(b) Free testosterone calculated (Vermeulen) from total testosterone and SHBG, assuming albumin 4.3 g/dL.", "-",
    "range=none; a footnote: 4.3 g/dL is the albumin the equation assumes, not the patient's albumin")
add("N08", C("Collected: 03/14/2025 07:42", "Received: 03/14/2025", "Reported: 03/17/2025 11:05"), "-",
    "range=none; a date line: dates and clock times")
add("N09", C("Patient: DOE, JOHN", "Sex: M", "Age: 56 Y", "DOB: 05/21/1968"), "-",
    "range=none; a demographics line: 56 is the age")
add("N10", "For patients on testosterone injections, draw the sample at trough, 24-48 h before the next dose.", "-",
    "range=none; a sampling instruction: 24-48 h is a time window, not a reference interval")
add("N11", "Free PSA %: >25% low probability of prostate cancer; <10% high probability (total PSA 4-10 ng/mL)", "-",
    "range=none; an interpretation note of the free/total PSA percentage: every number is a cut-off or the total-PSA window it applies to")
add("N12", C("Testosterone, Free (Dialysis)", "TNP", "pg/mL", "46.0-224.0"), "-",
    "range=none; TNP = test not performed: no result was produced (unlike 'Not detected', which is a result); the row only carries the reference interval (uncertain, see README)")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "keyed.tsv")
ids = [c[0] for c in cases]
assert len(ids) == len(set(ids))
with open(out, "w", encoding="utf-8") as fh:
    fh.write("id\tline\texpected\twhy\n")
    for c in cases: fh.write("\t".join(c) + "\n")
kinds = {}
for i in ids: kinds[i[0]] = kinds.get(i[0], 0) + 1
print(len(cases), kinds)
