#!/usr/bin/env python3
"""Writes keyed.tsv (set 7, "mixed documents"): what a longevity and hormone clinic's patients upload that is NOT only
a laboratory report, or that mixes laboratory results with other numbers -- DEXA and bioimpedance printouts, CGM
summaries, exercise and sleep tests, wearable exports, visit notes with vitals and a lab section, prescriptions and
supplement lists, hormone-clinic progress notes in prose, genetic and dried-urine hormone reports, imaging, blood
pressure logs, insurance and billing papers, and e-mails or messages with results among dates, doses and phone numbers.
Keyed as a laboratory professional reads them: every laboratory result (a specimen test: blood, serum, plasma, urine,
saliva) is a row; every other number is not.

Columns: id, line, expected, why.  `expected` is `-` (no laboratory result) or rows `biomarker|valueText|flag|
normalizedValue|normalizedUnit|range` joined by ' ;; ', in the order the current results appear.  `biomarker` is the
catalog key, or `?` and the name as printed for a laboratory test the catalog lacks (here mostly tests on another
specimen than the catalog entry's: urine and saliva hormones, urine creatinine and calcium, genotypes).  `range` is
`low..high` (the LAB's reference interval as printed, an empty side for an open bound; never a clinical goal, an
optimal zone or a therapeutic target), `text` (a word reference such as `Negative`) or empty (no range printed).
Multi-line snippets are written with the two characters backslash-n between lines.

Flags: the printed flag's meaning if one is printed (High/H/Above range/a clinician's "above range", "mildly high",
"reads high" -> high; Low/L/Below range/"flagged low" -> low; Abnormal/Out of Range -> abnormal; Normal/Within range ->
normal); else computed from the keyed bounds; `null` when there is no printed flag and no numeric range.  A word answer
against the same word is `normal`, against another word `abnormal`.  A censored value (`<0.01`) keeps its text in
valueText and is normalized from its bound.  The script checks every printed flag against the bounds, checks that no
value sits on a bound, computes censored values' flags, and does every unit conversion, writing its arithmetic into
`why`.  The same structure as keyed-portals/gen_cases.py.
"""
import math, os

def sig3(x):
    if x == 0: return "0"
    d = 3 - int(math.floor(math.log10(abs(x)))) - 1
    return f"{round(x, d):.{max(d, 0)}f}"

# ---- factors to the catalog's ucumUnit; (factor, how it is written in `why`) ----
T_NMOL     = (288.42 / 10, "x 28.842 (testosterone 288.42 g/mol: nmol/L -> ng/dL)")
E2_PMOL    = (272.38 / 1000, "x 0.27238 (estradiol 272.38 g/mol: pmol/L -> pg/mL)")
VITD_NMOL  = (400.64 / 1000, "x 0.40064 (25-OH vitamin D 400.64 g/mol: nmol/L -> ng/mL)")
CREAT_UMOL = (113.12 / 10000, "x 0.011312 (creatinine 113.12 g/mol: umol/L -> mg/dL)")
LL_PCT     = (100.0, "x 100 (L/L -> %)")

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
    printed unit (for `why`); nu: the catalog's ucumUnit ('' = not convertible or no unit printed; for a ?row the
    printed unit as UCUM); f: None (the same number) or (factor, label); printed: the printed flag, mapped; rng: the
    range as keyed; vt: a censored (`<0.5`) or word value; ref: a word reference printed for a word value."""
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

# ======================= 1. DEXA body composition and bone density (DX) =======================
add("DX01", J("Body Composition (Total Body)  -  Lunar iDXA  enCORE 18",
              "Patient: R. Delgado    DOB: 04/11/1976    Sex: M    Height: 70.5 in    Weight: 192.4 lb    Scan date: 02/18/2025",
              T("Region", "Tissue (%Fat)", "Region (%Fat)", "Tissue (g)", "Fat (g)", "Lean (g)", "BMC (g)"),
              T("Arms", "18.9", "18.2", "9,412", "1,779", "7,633", "542"),
              T("Legs", "21.4", "20.6", "29,880", "6,394", "23,486", "1,331"),
              T("Trunk", "27.8", "27.1", "42,106", "11,706", "30,400", "1,122"),
              T("Android", "31.2", "30.8", "6,214", "1,939", "4,275", "82"),
              T("Gynoid", "24.6", "23.9", "13,882", "3,415", "10,467", "374"),
              T("Total", "24.7", "23.8", "86,010", "21,244", "64,766", "3,427"),
              "A/G Ratio: 1.27",
              "VAT Mass 1,012 g    VAT Volume 1,073 cm3    Est. VAT Area 162 cm2",
              "ALMI 8.62 kg/m2    FMI 6.65 kg/m2"),
    "-",
    "a DEXA body-composition table: fat %, tissue, fat, lean and bone-mineral masses by region are X-ray absorptiometry "
    "measurements, not specimen tests; 'A/G Ratio: 1.27' is the android/gynoid FAT ratio (31.2/24.6), not the "
    "albumin/globulin ratio whose catalog alias is 'A/G Ratio'; VAT mass, volume and area, ALMI and FMI are imaging "
    "indices; height, weight and dates are no rows")
add("DX02", J("Bone Densitometry Report  -  Hologic Horizon A",
              "Indication: long-term aromatase inhibitor use; history of low testosterone.",
              T("AP Spine L1-L4", "BMD 0.982 g/cm2", "T-score -1.3", "Z-score -0.9"),
              T("Left Femoral Neck", "BMD 0.741 g/cm2", "T-score -1.6", "Z-score -0.8"),
              T("Left Total Hip", "BMD 0.902 g/cm2", "T-score -0.7", "Z-score -0.2"),
              "WHO Classification: Osteopenia (lowest T-score -1.6, femoral neck)",
              "FRAX 10-year probability: major osteoporotic fracture 7.4%, hip fracture 1.1% (with femoral neck BMD)",
              "Change vs 03/2023: L1-L4 -2.1% (LSC 2.8%), Total hip -0.9%",
              "Reported by: M. Chen, MD  Radiology"),
    "-",
    "a bone-density report: BMD in g/cm2, T- and Z-scores, the WHO class, FRAX probabilities and the change since the "
    "last scan are imaging results and scores; a Z-score here is not a laboratory Z score (unlike an IGF-1's); the "
    "L1-L4 and the '1.3' of T-score are no analytes")
add("DX03", J("Subject: Your DEXA and bone labs",
              "Hi Maria, your DEXA from 3/3 shows a lumbar spine T-score of -2.1 and femoral neck T-score of -1.8 (osteopenia). Body fat 34.2%, VAT area 88 cm2.",
              "Labs drawn the same morning:",
              C("Vitamin D, 25-OH", "27 ng/mL", "(30-100)", "L"),
              C("Calcium", "9.7 mg/dL", "(8.6-10.4)"),
              C("PTH, Intact", "71 pg/mL", "(16-65)", "H"),
              C("Alkaline Phosphatase", "88 U/L", "(37-153)"),
              C("C-Telopeptide (CTx)", "612 pg/mL", "(115-748)"),
              C("TSH", "1.84 mIU/L", "(0.40-4.50)"),
              "Plan: vitamin D3 4,000 IU daily, calcium citrate 500 mg twice daily with meals, recheck 25-OH D in 12 weeks, repeat DEXA in 2 years."),
    [R("vitamin-d", 27, "ng/mL", "ng/mL", printed="low", rng="30..100"),
     R("calcium", 9.7, "mg/dL", "mg/dL", rng="8.6..10.4"),
     R("parathyroid-hormone", 71, "pg/mL", "pg/mL", printed="high", rng="16..65"),
     R("alkaline-phosphatase", 88, "U/L", "U/L", rng="37..153"),
     R("?C-Telopeptide (CTx)", 612, "pg/mL", "pg/mL", rng="115..748"),
     R("thyroid-stimulating-hormone", 1.84, "mIU/L", "m[IU]/L", rng="0.40..4.50")],
    "a clinic e-mail: the DEXA's T-scores, body fat % and VAT area are imaging (no rows); the six serum results drawn "
    "the same morning are rows; the bone-resorption marker CTx is not in the catalog (kept as printed, pg/mL is UCUM); "
    "the doses (4,000 IU, 500 mg), '12 weeks' and '2 years' are no rows; mIU/L = m[IU]/L")
add("DX04", J("Metabolic Bone Clinic  -  Consult    08/11/2025    F, 63",
              "DXA 07/30/2025 (Hologic): L1-L4 T -2.7, femoral neck T -2.3, total hip T -1.9 -> osteoporosis. TBS 1.21 (partially degraded). FRAX (with TBS): MOF 18%, hip 3.4%.",
              "Height 5'3\" (lost 1.5 in from peak). Grip 22 kg.",
              "Bone labs (08/04/2025):",
              C("  Calcium", "10.1 mg/dL", "(8.6-10.4)"),
              C("  Phosphorus", "3.4 mg/dL", "(2.5-4.5)"),
              C("  Magnesium", "2.0 mg/dL", "(1.5-2.5)"),
              C("  25-OH Vitamin D", "41 ng/mL", "(30-100)"),
              C("  PTH, Intact", "38 pg/mL", "(16-77)"),
              C("  Alkaline Phosphatase", "112 U/L", "(37-153)"),
              C("  P1NP, Total", "78 mcg/L", "(19-100)"),
              C("  CTX (C-Telopeptide)", "695 pg/mL", "(120-950)"),
              C("  Creatinine", "0.84 mg/dL", "(0.50-1.05)"),
              C("  Calcium, 24-hour urine", "312 mg/24 h", "(100-250)", "H"),
              "Plan: zoledronic acid 5 mg IV yearly (after dental check); hydrochlorothiazide 12.5 mg for hypercalciuria; dietary calcium 1,200 mg/day; vitamin D3 2,000 IU."),
    [R("calcium", 10.1, "mg/dL", "mg/dL", rng="8.6..10.4"),
     R("phosphorus", 3.4, "mg/dL", "mg/dL", rng="2.5..4.5"),
     R("magnesium", 2.0, "mg/dL", "mg/dL", rng="1.5..2.5"),
     R("vitamin-d", 41, "ng/mL", "ng/mL", rng="30..100"),
     R("parathyroid-hormone", 38, "pg/mL", "pg/mL", rng="16..77"),
     R("alkaline-phosphatase", 112, "U/L", "U/L", rng="37..153"),
     R("?P1NP, Total", 78, "mcg/L", "ug/L", rng="19..100"),
     R("?CTX (C-Telopeptide)", 695, "pg/mL", "pg/mL", rng="120..950"),
     R("creatinine", 0.84, "mg/dL", "mg/dL", rng="0.50..1.05"),
     R("?Calcium, 24-hour urine", 312, "mg/24 h", "mg/(24.h)", printed="high", rng="100..250")],
    "a bone clinic consult: DXA T-scores, TBS, FRAX, height and grip are no rows; the serum bone labs are rows; P1NP "
    "and CTX are not in the catalog (mcg/L written ug/L); the 24-hour URINE calcium is a laboratory result on another "
    "specimen than the catalog's serum calcium (LOINC 17861-6), so it is kept by its printed name, never coded as "
    "calcium (312 'mg/dL' would be an impossible serum value), its unit written in UCUM as mg/(24.h); the doses and "
    "'1,200 mg/day' are no rows")

# ======================= 2. InBody / bioimpedance (IB) =======================
add("IB01", J("InBody570    ID: KM-0412    Height 165.1 cm    Age 48    Gender Female    Test Date/Time 01/27/2025 07:52",
              T("Body Composition Analysis", "Values", "Normal Range"),
              T("Total Body Water (L)", "33.6", "30.2 - 36.9"),
              T("Protein (kg)", "8.9", "8.1 - 9.9"),
              T("Minerals (kg)", "3.12", "2.79 - 3.41"),
              T("Body Fat Mass (kg)", "24.8", "13.3 - 21.2"),
              T("Weight (kg)", "70.4", "48.6 - 65.8"),
              "Muscle-Fat Analysis",
              T("SMM Skeletal Muscle Mass (kg)", "24.7", "22.1 - 27.1"),
              "Obesity Analysis",
              T("BMI Body Mass Index (kg/m2)", "25.8", "18.5 - 25.0"),
              T("PBF Percent Body Fat (%)", "35.2", "18.0 - 28.0"),
              T("ECW/TBW", "0.386", "0.360 - 0.390"),
              "Basal Metabolic Rate  1,326 kcal    Visceral Fat Level  11    InBody Score  71/100 Points"),
    "-",
    "an InBody result sheet: every value is a bioimpedance estimate with the device's 'Normal Range', laid out like a "
    "lab table but not a specimen test; 'Protein 8.9 kg' is body protein mass, not a serum total protein (g/dL), "
    "'Minerals 3.12 kg' is bone and soft-tissue mineral, not a laboratory mineral; ECW/TBW, BMR, visceral fat level and "
    "the score are no rows")
add("IB02", J("InBody770 Body Water Result Sheet    Male  57 y    182.0 cm    03/10/2025 06:40",
              C("Intracellular Water", "29.8 L", "(26.4 - 32.2)"),
              C("Extracellular Water", "18.4 L", "(16.2 - 19.8)"),
              C("Total Body Water", "48.2 L"),
              C("ECW Ratio", "0.382"),
              C("Body Cell Mass", "42.7 kg", "(37.7 - 46.1)"),
              C("Whole Body Phase Angle (50 kHz)", "6.1°"),
              C("Skeletal Muscle Index (SMI)", "8.4 kg/m2"),
              "Segmental ECW Ratio  Right Arm 0.377  Left Arm 0.378  Trunk 0.381  Right Leg 0.389  Left Leg 0.390",
              "Impedance Z (Ohm) at 20 kHz  RA 281.4  LA 288.0  TR 22.9  RL 246.1  LL 247.5"),
    "-",
    "a bioimpedance body-water sheet: water compartments, body cell mass, phase angle, SMI, segmental ratios and "
    "impedances are device measurements with device ranges, no specimen; none is a row")
add("IB03", J("Nutrition follow-up  -  04/08/2025",
              "InBody: weight 81.6 kg, SMM 34.9 kg, PBF 22.7%, Protein 12.0 kg, Minerals 4.21 kg, TBW 46.3 L, phase angle 6.4°.",
              "Labs (04/01/2025, Labcorp):",
              C("Protein, Total", "6.4 g/dL", "6.0-8.5"),
              C("Albumin", "4.1 g/dL", "3.8-4.9"),
              C("Globulin, Total", "2.3 g/dL", "1.5-4.5"),
              C("A/G Ratio", "1.8", "1.2-2.2"),
              C("BUN", "26 mg/dL", "6-24", "H"),
              C("Creatinine", "1.22 mg/dL", "0.76-1.27"),
              C("Cystatin C", "0.93 mg/L", "0.53-0.95"),
              C("Prealbumin", "24 mg/dL", "18-38"),
              "Protein target: 1.6 g/kg/day = ~130 g/day. Whey 30 g post-workout; creatine monohydrate 5 g daily may raise serum creatinine slightly."),
    [R("total-protein", 6.4, "g/dL", "g/dL", rng="6.0..8.5"),
     R("albumin", 4.1, "g/dL", "g/dL", rng="3.8..4.9"),
     R("globulin-total", 2.3, "g/dL", "g/dL", rng="1.5..4.5"),
     R("albumin-globulin-ratio", 1.8, "", "{ratio}", rng="1.2..2.2"),
     R("blood-urea-nitrogen", 26, "mg/dL", "mg/dL", printed="high", rng="6..24"),
     R("creatinine", 1.22, "mg/dL", "mg/dL", rng="0.76..1.27"),
     R("cystatin-c", 0.93, "mg/L", "mg/L", rng="0.53..0.95"),
     R("prealbumin", 24, "mg/dL", "mg/dL", rng="18..38")],
    "a dietitian's note: the InBody line (Protein 12.0 kg, Minerals 4.21 kg, TBW, phase angle) is body composition, no "
    "rows; the Labcorp lines are rows, and 'Protein, Total 6.4 g/dL' is the serum total protein; here 'A/G Ratio' sits "
    "under albumin and globulin and IS the albumin/globulin ratio (4.1/2.3), unlike a DEXA's android/gynoid; "
    "the unitless ratio is {ratio}; the protein target, whey and creatine doses are no rows")

# ======================= 3. CGM summaries (CG) =======================
add("CG01", J("Dexcom CLARITY    Overview    14 days: Mar 1 - Mar 14, 2025",
              C("Average Glucose", "108 mg/dL"),
              C("Standard Deviation", "21 mg/dL"),
              C("GMI", "5.9%"),
              "Time in Range",
              C("Very High >250 mg/dL", "0%"),
              C("High 181-250 mg/dL", "2%"),
              C("In Range 70-180 mg/dL", "96%"),
              C("Low 54-69 mg/dL", "2%"),
              C("Very Low <54 mg/dL", "<1%"),
              "Sensor Usage  Days with CGM data 14/14 (100%)    Avg. calibrations per day 0.0",
              "Dexcom G7    Patient-reported events: 21 carbs, 9 exercise"),
    "-",
    "a CGM overview: the average glucose is a mean of interstitial-fluid sensor readings, not a laboratory glucose "
    "(the catalog's 'Average Glucose' alias is the HbA1c-derived eAG, another thing); GMI is a formula from that mean, "
    "not an HbA1c; SD, time-in-range percentages and their glucose bands ('<54', '70-180') are no results; sensor usage "
    "and event counts are no rows")
add("CG02", J("AGP Report: Continuous Glucose Monitoring    FreeStyle Libre 3",
              "J. Whitaker    DOB: Jan 5, 1969    14 Days: February 2, 2025 - February 15, 2025    % Time CGM is Active: 94.6%",
              T("Glucose Ranges", "Targets [% of Readings (Time/Day)]"),
              T("Target Range 70-180 mg/dL", "Greater than 70% (16h 48min)"),
              T("Below 70 mg/dL", "Less than 4% (58min)"),
              T("Below 54 mg/dL", "Less than 1% (14min)"),
              T("Above 180 mg/dL", "Less than 25% (6h)"),
              T("Above 250 mg/dL", "Less than 5% (1h 12min)"),
              "Each 5% increase in time in range (70-180 mg/dL) is clinically beneficial.",
              T("Average Glucose", "131 mg/dL"),
              T("Glucose Management Indicator (GMI)", "6.4% or 46 mmol/mol"),
              T("Glucose Variability", "33.8%"),
              "  Defined as percent coefficient of variation (%CV); target <=36%",
              "Time in Ranges: Very High 3%  High 19%  Target Range 74%  Low 3%  Very Low 1%"),
    "-",
    "a Libre AGP report: consensus targets, sensor average, GMI (in % and in IFCC-like mmol/mol), %CV and time in ranges "
    "are CGM statistics; 'Glucose Management Indicator 6.4%' must not become an HbA1c nor 'Average Glucose 131 mg/dL' a "
    "glucose or eAG; no laboratory result")
add("CG03", J("Endocrinology follow-up    05/12/2025",
              "CGM (Dexcom G7, 14 days): mean glucose 124 mg/dL, GMI 6.3%, TIR 88%, TBR 1%, CV 24%.",
              "Lab review (05/05/2025):",
              C("  Hemoglobin A1c", "6.1 %", "[4.8-5.6]", "H"),
              C("  Glucose, fasting", "109 mg/dL", "[70-99]", "H"),
              C("  Insulin, fasting", "17.8 uIU/mL", "[2.6-24.9]"),
              C("  C-Peptide", "3.1 ng/mL", "[1.1-4.4]"),
              C("  Fructosamine", "248 umol/L", "[200-285]"),
              "Assessment: prediabetes; the difference between GMI 6.3% and A1c 6.1% is within the expected range.",
              "Plan: metformin ER 500 mg with dinner, titrate to 1,000 mg in 2 weeks; continue CGM, 1 sensor every 10 days."),
    [R("hemoglobin-a1c", 6.1, "%", "%", printed="high", rng="4.8..5.6"),
     R("glucose", 109, "mg/dL", "mg/dL", printed="high", rng="70..99"),
     R("insulin", 17.8, "uIU/mL", "u[IU]/mL", rng="2.6..24.9"),
     R("c-peptide", 3.1, "ng/mL", "ng/mL", rng="1.1..4.4"),
     R("fructosamine", 248, "umol/L", "umol/L", rng="200..285")],
    "an endocrinology note: the CGM line (mean glucose, GMI, TIR, TBR, CV) and the GMI and A1c repeated in the "
    "assessment are no rows; the five lab-review results are rows; uIU/mL = u[IU]/mL; the metformin doses and '2 weeks' "
    "are no rows")
add("CG04", J("Hi Dr. Patel - quick question. My Libre app says my 90-day average is 112 mg/dL and GMI 5.9%, but the A1c from Quest on 6/2 came back 5.4 % (ref <5.7). Fasting glucose was 91 mg/dL (65-99). Why the difference? I'm 47, on no meds except 2,000 IU vitamin D. Best, Dana (cell 312-555-0136)"),
    [R("hemoglobin-a1c", 5.4, "%", "%", rng="..5.7"),
     R("glucose", 91, "mg/dL", "mg/dL", rng="65..99")],
    "a patient message: the Libre average (112 mg/dL) and GMI 5.9% are sensor statistics, no rows; the Quest A1c and "
    "fasting glucose are rows; the age, the vitamin D dose and the phone number are no rows")
add("CG05", J("Metabolic Health App    Weekly Report    Jun 9 - Jun 15",
              "Metabolic Score 8.2 / 10",
              "Avg glucose 98 mg/dL    Avg fasting glucose 89 mg/dL    Glucose variability 12.4%    Spikes >140 mg/dL: 3",
              "Time in target (70-140)  97%",
              "Zone score by meal: Breakfast 9.1, Lunch 7.8, Dinner 8.0",
              "Your Lab Results (uploaded 06/03/2025, Quest)",
              C("Hemoglobin A1c", "5.2%", "Ref <5.7"),
              C("Insulin", "4.8 uIU/mL", "Ref <=18.4"),
              C("Triglycerides", "71 mg/dL", "Ref <150"),
              C("HDL Cholesterol", "63 mg/dL", "Ref > OR = 40")),
    [R("hemoglobin-a1c", 5.2, "%", "%", rng="..5.7"),
     R("insulin", 4.8, "uIU/mL", "u[IU]/mL", rng="..18.4"),
     R("triglycerides", 71, "mg/dL", "mg/dL", rng="..150"),
     R("hdl-cholesterol", 63, "mg/dL", "mg/dL", rng="40..")],
    "a consumer CGM app: the metabolic score, sensor averages (including 'Avg fasting glucose 89 mg/dL', a sensor "
    "figure), variability, spike count, time in target and meal scores are no rows; the uploaded Quest results below "
    "are rows with the lab's ranges")

# ======================= 4. Exercise tests (EX) =======================
add("EX01", J("Cardiopulmonary Exercise Test    Protocol: cycle ramp 25 W/min    Date: 01/14/2025",
              "Age 52  Height 178 cm  Weight 79.5 kg",
              C("Peak VO2", "3.12 L/min", "39.2 mL/kg/min", "112% predicted"),
              C("VO2 at VT1", "1.84 L/min (59% of peak)", "HR at VT1 128 bpm"),
              C("VT2 / RCP", "2.71 L/min", "HR 158 bpm"),
              C("Peak HR", "174 bpm (104% age-predicted)", "HR recovery 1 min: 31 bpm"),
              C("Peak RER", "1.18"),
              C("VE/VCO2 slope", "26.4"),
              C("Peak O2 pulse", "17.9 mL/beat"),
              C("Peak work rate", "286 W"),
              "BP rest 124/78, peak 196/82 mmHg    SpO2 rest 98%, peak 97%",
              "Interpretation: normal aerobic capacity, above average for age (VO2max percentile 78). No ventilatory or cardiac limitation."),
    "-",
    "a CPET report: VO2, thresholds, heart rates, RER (a gas-exchange ratio, not a lab ratio), VE/VCO2 slope, O2 pulse, "
    "work rate, blood pressure and pulse-oximetry SpO2 are physiological measurements; the catalog's "
    "oxygen-saturation (alias SpO2) is an arterial blood-gas result, which a finger probe is not; no row")
add("EX02", J("Lactate Threshold Test  -  Running (treadmill, 1% grade)    Athlete: J. Brandt    02/22/2025",
              T("Stage", "Speed (mph)", "HR (bpm)", "Lactate (mmol/L)", "RPE"),
              T("Rest", "-", "58", "1.1", "6"),
              T("1", "6.0", "132", "1.3", "9"),
              T("2", "6.5", "141", "1.6", "11"),
              T("3", "7.0", "150", "2.2", "13"),
              T("4", "7.5", "159", "3.4", "15"),
              T("5", "8.0", "168", "5.8", "17"),
              T("6", "8.5", "176", "8.9", "19"),
              "LT1 (aerobic threshold): 7.0 mph / 150 bpm    LT2 (OBLA 4.0 mmol/L): 7.7 mph / 163 bpm",
              "Handheld analyzer, fingertip samples 30 s before the end of each stage.",
              "Training zones: Z1 <141, Z2 141-150, Z3 151-159, Z4 160-168, Z5 >168 bpm"),
    "-",
    "a field lactate step test: the stage lactates are capillary readings on a handheld analyzer taken under a "
    "graded exercise protocol to draw a threshold curve; they describe the exercise response, not the patient's "
    "plasma lactate (the catalog's lactate, LOINC 2524-7), and coding '8.9 mmol/L' as a lactate result would read as "
    "severe lactic acidosis; so, as a laboratory professional, no rows (a judgment call, see README); speeds, heart "
    "rates, RPE, thresholds and zones are no rows either")
add("EX03", J("Performance Lab Report  -  Endurance Athlete Screening    04/02/2025",
              "VO2max: 58.6 mL/kg/min (treadmill)    Max HR 186 bpm    Running economy 198 mL/kg/km",
              "Grip strength: R 52 kg / L 49 kg    Vertical jump 48 cm",
              "Blood panel (drawn 03/31/2025, 36 h after last hard session):",
              C("Ferritin", "24 ng/mL", "(38-380)", "L"),
              C("Iron", "71 ug/dL", "(50-180)"),
              C("Transferrin Saturation", "19 %", "(15-55)"),
              C("Hemoglobin", "14.1 g/dL", "(13.2-17.1)"),
              C("Creatine Kinase", "412 U/L", "(44-196)", "H"),
              C("Testosterone, Total", "498 ng/dL", "(250-1100)"),
              C("Cortisol, AM", "21.8 ug/dL", "(4.0-22.0)"),
              C("Vitamin D, 25-OH", "44 ng/mL", "(30-100)"),
              "Notes: low ferritin for an endurance athlete; start iron bisglycinate 36 mg every other day with 500 mg vitamin C; recheck ferritin in 8 weeks. CK elevation consistent with training."),
    [R("ferritin", 24, "ng/mL", "ng/mL", printed="low", rng="38..380"),
     R("iron", 71, "ug/dL", "ug/dL", rng="50..180"),
     R("transferrin-saturation", 19, "%", "%", rng="15..55"),
     R("hemoglobin", 14.1, "g/dL", "g/dL", rng="13.2..17.1"),
     R("creatine-kinase", 412, "U/L", "U/L", printed="high", rng="44..196"),
     R("testosterone", 498, "ng/dL", "ng/dL", rng="250..1100"),
     R("cortisol", 21.8, "ug/dL", "ug/dL", rng="4.0..22.0"),
     R("vitamin-d", 44, "ng/mL", "ng/mL", rng="30..100")],
    "a sports-performance report: VO2max, heart rate, running economy, grip and jump are no rows; the blood panel is "
    "eight rows; 'AM' in the cortisol name is the draw time; '36 h', the iron and vitamin C doses and '8 weeks' are no "
    "rows")

# ======================= 5. Sleep tests and wearables (SW) =======================
add("SW01", J("Home Sleep Apnea Test Report    WatchPAT One    Study date: 11/02/2024",
              "Total recording time 7 h 42 min    Sleep time 6 h 51 min    Sleep efficiency 89%",
              "pAHI 3%  11.8 /h    pRDI 14.2 /h    ODI 4%  9.6 /h    Central pAHI 0.8 /h",
              "Oxygen saturation: mean 94%, minimum 84%, time below 90% 12 min (2.9%)",
              "Heart rate: mean 61 bpm, min 48, max 97    Snoring >40 dB: 22% of sleep time",
              "Supine pAHI 21.4 /h    Non-supine 6.3 /h",
              "Impression: Mild obstructive sleep apnea, positional. Consider positional therapy or oral appliance."),
    "-",
    "a home sleep test: event indices, overnight pulse-oximetry saturation (mean 94%, nadir 84%), heart rates and "
    "snoring are physiological recordings; 'Oxygen saturation' here is not the catalog's arterial oxygen saturation; "
    "no row")
add("SW02", J("date,readiness_score,sleep_score,average_hrv,lowest_resting_heart_rate,temperature_deviation,respiratory_rate,average_spo2,total_sleep_duration",
              "2025-03-10,82,85,46,52,-0.12,14.6,97.1,26880",
              "2025-03-11,74,71,38,55,0.31,14.9,96.4,23040",
              "2025-03-12,88,90,51,50,-0.05,14.4,97.5,28320"),
    "-",
    "a smart-ring CSV export: scores, HRV (ms), resting heart rate, temperature deviation (degrees C), respiratory rate, "
    "SpO2 from the ring's optical sensor and sleep seconds; comma-separated numbers in columns, none a laboratory result")
add("SW03", J('<Record type="HKQuantityTypeIdentifierBloodGlucose" sourceName="Contour" unit="mg/dL" creationDate="2025-02-11 07:14:02 -0600" startDate="2025-02-11 07:13:00 -0600" endDate="2025-02-11 07:13:00 -0600" value="97">',
              ' <MetadataEntry key="HKBloodGlucoseMealTime" value="1"/>',
              '</Record>',
              '<Record type="HKQuantityTypeIdentifierOxygenSaturation" sourceName="Apple Watch" unit="%" startDate="2025-02-11 02:41:10 -0600" endDate="2025-02-11 02:41:10 -0600" value="0.97"/>',
              '<Record type="HKQuantityTypeIdentifierRestingHeartRate" sourceName="Apple Watch" unit="count/min" startDate="2025-02-11 00:00:00 -0600" endDate="2025-02-11 23:59:00 -0600" value="57"/>',
              '<Record type="HKQuantityTypeIdentifierVO2Max" sourceName="Apple Watch" unit="mL/min·kg" startDate="2025-02-10 18:22:41 -0600" endDate="2025-02-10 18:22:41 -0600" value="41.3"/>',
              '<Record type="HKQuantityTypeIdentifierBodyFatPercentage" sourceName="Withings" unit="%" startDate="2025-02-11 06:58:00 -0600" endDate="2025-02-11 06:58:00 -0600" value="0.218"/>'),
    "-",
    "a phone health-data XML export: the BloodGlucose record is a home meter's self-test (sourceName a glucometer, "
    "the meal-time code 1 = before a meal), not a laboratory glucose; the oxygen saturation (0.97) is the watch's "
    "optical sensor; resting heart rate, the watch's VO2max estimate and a scale's body fat are no results; dates and "
    "time zones are no rows (self-monitoring: a judgment call, see README)")
add("SW04", J("9:41",
              "Summary",
              "Highlights",
              T("Resting Heart Rate", "Average 56 BPM this week"),
              T("Cardio Fitness", "41.3 VO2 max"),
              T("Blood Oxygen", "96-99%"),
              "Health Records  -  Lab Results",
              T("Valley Health System", "Mar 4, 2025"),
              T("Cholesterol, Total", "212 mg/dL", "Out of Range"),
              "  Range 0-199 mg/dL",
              T("HDL Cholesterol", "48 mg/dL"),
              "  Range 40-60 mg/dL",
              T("LDL Cholesterol Calculated", "141 mg/dL", "Out of Range"),
              "  Range 0-99 mg/dL",
              T("Hemoglobin A1C", "5.5 %"),
              "  Range 4.0-5.6 %"),
    [R("total-cholesterol", 212, "mg/dL", "mg/dL", printed="abnormal", rng="0..199"),
     R("hdl-cholesterol", 48, "mg/dL", "mg/dL", rng="40..60"),
     R("ldl-cholesterol", 141, "mg/dL", "mg/dL", printed="abnormal", rng="0..99"),
     R("hemoglobin-a1c", 5.5, "%", "%", rng="4.0..5.6")],
    "a phone health app screen read by OCR: the watch highlights (resting heart rate, the VO2max estimate, the "
    "'Blood Oxygen 96-99%' band) are no rows; the provider's lab results under Health Records are rows, each range on "
    "the line under its value; 'Out of Range' without a direction is abnormal (as keyed-portals CS06); the clock is "
    "chrome")
add("SW05", J("Wearable app  -  Health  -  Lab Results    Results from 05/20/2025",
              "Recovery 64%    HRV 57 ms    RHR 52 bpm    Respiratory Rate 15.1 rpm    Skin Temp +0.4°C    Blood Oxygen 96.8%",
              T("Blood Test Results", "Your value", "Lab range"),
              T("ApoB", "86 mg/dL", "<90 mg/dL"),
              T("Lipoprotein(a)", "23 nmol/L", "<75 nmol/L"),
              T("hs-CRP", "0.6 mg/L", "0.00-3.00 mg/L"),
              T("Ferritin", "182 ng/mL", "38-380 ng/mL"),
              T("Testosterone, Total", "612 ng/dL", "250-1100 ng/dL"),
              T("Free Testosterone", "71.2 pg/mL", "35.0-155.0 pg/mL"),
              T("Cortisol", "16.4 mcg/dL", "4.0-22.0 mcg/dL"),
              "Healthspan: Wearable Age 34.6 (1.8 years younger)    Pace of Aging 0.9x"),
    [R("apolipoprotein-b", 86, "mg/dL", "mg/dL", rng="..90"),
     R("lipoprotein-a", 23, "nmol/L", "nmol/L", rng="..75"),
     R("hs-crp", 0.6, "mg/L", "mg/L", rng="0.00..3.00"),
     R("ferritin", 182, "ng/mL", "ng/mL", rng="38..380"),
     R("testosterone", 612, "ng/dL", "ng/dL", rng="250..1100"),
     R("testosterone-free", 71.2, "pg/mL", "pg/mL", rng="35.0..155.0"),
     R("cortisol", 16.4, "mcg/dL", "ug/dL", rng="4.0..22.0")],
    "a wearable app's lab page: the recovery, HRV, heart rate, respiratory rate, skin temperature and optical blood "
    "oxygen line and the computed 'Wearable Age' and pace of aging are no rows; the seven blood results are rows; "
    "mcg/dL = ug/dL")
add("SW06", J("Sleep Medicine Follow-up  -  02/25/2025",
              "In-lab PSG 02/10: AHI 4.1/h, PLM index 38/h (PLM arousal index 12/h), SpO2 nadir 91%, sleep efficiency 78%, REM 16%.",
              "Dx: Restless legs syndrome with PLMD.",
              "Iron studies 02/18: Ferritin 41 ng/mL (30-400) - below the RLS treatment threshold of 75; Iron 66 mcg/dL (38-169); Transferrin Saturation 17% (15-55); TIBC 388 mcg/dL (250-450).",
              "Also: TSH 1.9 mIU/L (0.45-4.5); Magnesium 2.1 mg/dL (1.6-2.3); Vitamin B12 511 pg/mL (232-1245).",
              "Plan: ferrous sulfate 325 mg + vitamin C 250 mg every other day; recheck ferritin in 12 weeks; if ferritin <75, IV ferric carboxymaltose 750 mg."),
    [R("ferritin", 41, "ng/mL", "ng/mL", rng="30..400"),
     R("iron", 66, "mcg/dL", "ug/dL", rng="38..169"),
     R("transferrin-saturation", 17, "%", "%", rng="15..55"),
     R("total-iron-binding-capacity", 388, "mcg/dL", "ug/dL", rng="250..450"),
     R("thyroid-stimulating-hormone", 1.9, "mIU/L", "m[IU]/L", rng="0.45..4.5"),
     R("magnesium", 2.1, "mg/dL", "mg/dL", rng="1.6..2.3"),
     R("vitamin-b12", 511, "pg/mL", "pg/mL", rng="232..1245")],
    "a sleep-medicine note: the PSG indices and SpO2 nadir are no rows; the ferritin's 'below the RLS treatment "
    "threshold of 75' is a clinical target, not the lab's range nor a flag, so the ferritin is flagged from 30-400 "
    "(normal); the plan's 'ferritin <75' and the doses are no rows; mcg/dL = ug/dL")

# ======================= 6. Visit notes and physical summaries with vitals and a lab section (VN) =======================
add("VN01", J("ANNUAL PHYSICAL  -  Progress Note    Date of service: 02/10/2025",
              "Patient: T. Okonkwo    Age: 54    Sex: M",
              "Vitals: BP 128/82 (R arm, seated)  HR 64  Temp 98.6 F  Resp 14  SpO2 98% RA  Ht 5'10\"  Wt 186 lb  BMI 26.7  Waist 37 in",
              "HPI: Here for annual exam. Exercises 4 days/week, zone 2 150 min/week. Sleeps 7 h. Alcohol 4 drinks/week.",
              "LABS (collected 02/03/2025):",
              "Glucose 98 mg/dL (65-99)",
              "BUN 16 mg/dL (7-25)",
              "Creatinine 1.09 mg/dL (0.70-1.30)",
              "eGFR 80 mL/min/1.73m2 (>60)",
              "Sodium 140 mmol/L (135-146)",
              "Potassium 4.4 mmol/L (3.5-5.3)",
              "Chloride 103 mmol/L (98-110)",
              "CO2 26 mmol/L (20-32)",
              "Calcium 9.5 mg/dL (8.6-10.3)",
              "Protein, Total 7.0 g/dL (6.1-8.1)",
              "Albumin 4.5 g/dL (3.6-5.1)",
              "Bilirubin, Total 0.8 mg/dL (0.2-1.2)",
              "Alkaline Phosphatase 64 U/L (35-144)",
              "AST 24 U/L (10-35)",
              "ALT 31 U/L (9-46)",
              "Cholesterol, Total 214 mg/dL (<200) H",
              "HDL 51 mg/dL (> OR = 40)",
              "Triglycerides 118 mg/dL (<150)",
              "LDL-C 138 mg/dL (<100) H",
              "Hemoglobin A1c 5.6 % (<5.7)",
              "PSA, Total 1.4 ng/mL (< OR = 4.0)",
              "TSH 2.10 mIU/L (0.40-4.50)",
              "A/P: 1. Hyperlipidemia, 10-yr ASCVD risk 7.9% -> discussed statin; start rosuvastatin 5 mg. 2. Colon cancer screening due at 55. 3. Td booster given. Return in 12 months."),
    [R("glucose", 98, "mg/dL", "mg/dL", rng="65..99"),
     R("blood-urea-nitrogen", 16, "mg/dL", "mg/dL", rng="7..25"),
     R("creatinine", 1.09, "mg/dL", "mg/dL", rng="0.70..1.30"),
     R("egfr", 80, "mL/min/1.73m2", "mL/min/{1.73_m2}", rng="60.."),
     R("sodium", 140, "mmol/L", "mmol/L", rng="135..146"),
     R("potassium", 4.4, "mmol/L", "mmol/L", rng="3.5..5.3"),
     R("chloride", 103, "mmol/L", "mmol/L", rng="98..110"),
     R("carbon-dioxide", 26, "mmol/L", "mmol/L", rng="20..32"),
     R("calcium", 9.5, "mg/dL", "mg/dL", rng="8.6..10.3"),
     R("total-protein", 7.0, "g/dL", "g/dL", rng="6.1..8.1"),
     R("albumin", 4.5, "g/dL", "g/dL", rng="3.6..5.1"),
     R("total-bilirubin", 0.8, "mg/dL", "mg/dL", rng="0.2..1.2"),
     R("alkaline-phosphatase", 64, "U/L", "U/L", rng="35..144"),
     R("aspartate-aminotransferase", 24, "U/L", "U/L", rng="10..35"),
     R("alanine-aminotransferase", 31, "U/L", "U/L", rng="9..46"),
     R("total-cholesterol", 214, "mg/dL", "mg/dL", printed="high", rng="..200"),
     R("hdl-cholesterol", 51, "mg/dL", "mg/dL", rng="40.."),
     R("triglycerides", 118, "mg/dL", "mg/dL", rng="..150"),
     R("ldl-cholesterol", 138, "mg/dL", "mg/dL", printed="high", rng="..100"),
     R("hemoglobin-a1c", 5.6, "%", "%", rng="..5.7"),
     R("prostate-specific-antigen", 1.4, "ng/mL", "ng/mL", rng="..4.0"),
     R("thyroid-stimulating-hormone", 2.10, "mIU/L", "m[IU]/L", rng="0.40..4.50")],
    "an annual-physical note: the vitals line (BP 128/82, HR, temperature, respiration, pulse-oximetry SpO2, height, "
    "weight, BMI, waist) and the HPI's habits are no rows; the 22 lab lines are rows; '> OR = 40' is a lower bound and "
    "'< OR = 4.0' an upper; the ASCVD risk (7.9%), the rosuvastatin dose, 'at 55' and '12 months' are no rows")
add("VN02", J("Menopause Clinic  -  Visit Note    04/15/2025",
              "51 y/o G2P2, LMP 09/2024. Hot flashes 8-10/day, night sweats, sleep 5 h.",
              "Vitals: BP 118/74  Pulse 72  Temp 97.9 °F  Wt 142 lb  BMI 23.6  SpO2 99%",
              "Current meds: estradiol patch 0.05 mg/day twice weekly (started 02/2025), micronized progesterone 100 mg nightly, vitamin D3 2,000 IU.",
              "Labs 04/08/2025 (Quest):",
              C("  FSH", "42.7 mIU/mL", "25.8-134.8"),
              C("  Estradiol", "58 pg/mL", "<31", "H"),
              C("  TSH", "3.38 mIU/L", "0.40-4.50"),
              C("  Ferritin", "46 ng/mL", "16-232"),
              C("  Hemoglobin", "13.2 g/dL", "11.7-15.5"),
              C("  Vitamin D, 25-OH", "36 ng/mL", "30-100"),
              "Assessment: vasomotor symptoms improved ~50% on the 0.05 mg patch; E2 58 pg/mL on therapy.",
              "Plan: increase estradiol patch to 0.075 mg/day; continue progesterone 100 mg; mammogram due 06/2025; baseline DEXA."),
    [R("follicle-stimulating-hormone", 42.7, "mIU/mL", "m[IU]/mL", rng="25.8..134.8"),
     R("estradiol", 58, "pg/mL", "pg/mL", printed="high", rng="..31"),
     R("thyroid-stimulating-hormone", 3.38, "mIU/L", "m[IU]/L", rng="0.40..4.50"),
     R("ferritin", 46, "ng/mL", "ng/mL", rng="16..232"),
     R("hemoglobin", 13.2, "g/dL", "g/dL", rng="11.7..15.5"),
     R("vitamin-d", 36, "ng/mL", "ng/mL", rng="30..100")],
    "a menopause visit: vitals, the obstetric history, hot-flash counts and the medication doses (estradiol 0.05 and "
    "0.075 mg/day, progesterone 100 mg, vitamin D3 2,000 IU) are no rows; the six Quest results are rows; the "
    "assessment's 'E2 58 pg/mL' repeats the estradiol above and is not a second row; '~50%' is no row")
add("VN03", J("S: 44M on TRT x 18 months. Energy good, libido good. Injecting testosterone cypionate 160 mg/week split twice weekly (0.4 mL of 200 mg/mL Mon/Thu). Donated blood 01/2025.",
              "O: BP 134/86  HR 71  Wt 204 lb  BMI 28.4  Temp 98.2",
              "Labs (trough, drawn Thu AM before injection, 03/27/2025):",
              "Testosterone, Total, LC/MS ........ 1,012 ng/dL  [250-1100]",
              "Testosterone, Free ................ 198.6 pg/mL  [46.0-224.0]",
              "Estradiol, Sensitive .............. 44 pg/mL  [<=39]  H",
              "SHBG .............................. 24 nmol/L  [10-50]",
              "Hematocrit ........................ 52.6 %  [38.5-50.0]  H",
              "Hemoglobin ........................ 17.6 g/dL  [13.2-17.1]  H",
              "PSA ............................... 0.9 ng/mL  [<=4.0]",
              "A: Secondary erythrocytosis on TRT, Hct 52.6%; elevated E2.",
              "P: Reduce dose to 140 mg/week (0.35 mL twice weekly). Therapeutic phlebotomy if Hct >54%. No AI at this time. Recheck CBC, E2 in 6 weeks."),
    [R("testosterone", 1012, "ng/dL", "ng/dL", rng="250..1100"),
     R("testosterone-free", 198.6, "pg/mL", "pg/mL", rng="46.0..224.0"),
     R("estradiol", 44, "pg/mL", "pg/mL", printed="high", rng="..39"),
     R("shbg", 24, "nmol/L", "nmol/L", rng="10..50"),
     R("hematocrit", 52.6, "%", "%", printed="high", rng="38.5..50.0"),
     R("hemoglobin", 17.6, "g/dL", "g/dL", printed="high", rng="13.2..17.1"),
     R("prostate-specific-antigen", 0.9, "ng/mL", "ng/mL", rng="..4.0")],
    "a hormone-clinic SOAP note with dot leaders: the doses (160, 140 mg/week, 0.4 and 0.35 mL, 200 mg/mL), the "
    "vitals, 'x 18 months', the assessment's repeated 'Hct 52.6%', the phlebotomy threshold 'Hct >54%' and '6 weeks' "
    "are no rows; the seven lab lines are rows; '1,012' has a thousands separator (3 significant figures: 1010)")
add("VN04", J("EXECUTIVE HEALTH ASSESSMENT  -  Summary of Findings    06/18/2025",
              "Cardiometabolic",
              "  Blood pressure 122/78 mmHg (average of 3)    Resting HR 58 bpm",
              "  Coronary artery calcium score 14 (Agatston), 41st percentile for age/sex/race (MESA)",
              "  Carotid IMT 0.71 mm (mean far wall)",
              "  VO2max 36.8 mL/kg/min (62nd percentile)",
              "  DEXA: body fat 26.1%, VAT 1.12 lb, lean mass index 19.2 kg/m2",
              "Laboratory",
              C("  Apolipoprotein B", "104 mg/dL", "(<90)", "H"),
              C("  Lipoprotein(a)", "148 nmol/L", "(<75)", "H"),
              C("  LDL Cholesterol", "124 mg/dL", "(<100)", "H"),
              C("  hs-CRP", "1.9 mg/L", "(<3.0)"),
              C("  Homocysteine", "11.2 umol/L", "(<=11.4)"),
              C("  Hemoglobin A1c", "5.5 %", "(<5.7)"),
              C("  Insulin, fasting", "9.4 uIU/mL", "(2.6-24.9)"),
              C("  Uric Acid", "7.1 mg/dL", "(4.0-8.0)"),
              C("  Omega-3 Index", "5.1 %", "(>8.0)", "L"),
              "Recommendations: statin discussed (CAC >0, Lp(a) >125 nmol/L); omega-3 2 g EPA+DHA daily; zone 2 training 3 x 45 min; recheck lipids in 8 weeks."),
    [R("apolipoprotein-b", 104, "mg/dL", "mg/dL", printed="high", rng="..90"),
     R("lipoprotein-a", 148, "nmol/L", "nmol/L", printed="high", rng="..75"),
     R("ldl-cholesterol", 124, "mg/dL", "mg/dL", printed="high", rng="..100"),
     R("hs-crp", 1.9, "mg/L", "mg/L", rng="..3.0"),
     R("homocysteine", 11.2, "umol/L", "umol/L", rng="..11.4"),
     R("hemoglobin-a1c", 5.5, "%", "%", rng="..5.7"),
     R("insulin", 9.4, "uIU/mL", "u[IU]/mL", rng="2.6..24.9"),
     R("uric-acid", 7.1, "mg/dL", "mg/dL", rng="4.0..8.0"),
     R("omega-3-index", 5.1, "%", "%", printed="low", rng="8.0..")],
    "an executive-physical summary: blood pressure, heart rate, the CAC score and its percentile, carotid IMT, VO2max "
    "and DEXA figures are no rows; the nine laboratory lines are rows; the recommendations' 'CAC >0' and 'Lp(a) >125 "
    "nmol/L' are decision thresholds, not results; the omega-3 dose, '3 x 45 min' and '8 weeks' are no rows")
add("VN05", J("Preventive Visit  -  07/22/2025    F, 38",
              "Vitals: BP 112/70, P 66, RR 12, T 36.8 °C, SpO2 99 %, Wt 61.2 kg, Ht 167 cm, BMI 21.9",
              "Screening: PHQ-2 score 0; AUDIT-C 2; Pap/HPV 2023 negative, next due 2028.",
              "Results reviewed today (drawn 07/15/2025):",
              "CBC: WBC 5.8 x10E3/uL (3.4-10.8), Hgb 11.4 g/dL (11.1-15.9), Hct 35.2 % (34.0-46.6), MCV 78 fL (79-97) L, Platelets 288 x10E3/uL (150-450)",
              "Iron panel: Ferritin 9 ng/mL (15-150) L, Iron 41 ug/dL (27-159), TIBC 442 ug/dL (250-450), Iron Saturation 9 % (15-55) L",
              "Urinalysis: Specific Gravity 1.018 (1.005-1.030), pH 6.5 (5.0-7.5), Protein Negative (Negative), Glucose Negative (Negative), Blood Trace (Negative) Abnormal",
              "Plan: iron deficiency without anemia (heavy menses) - ferrous sulfate 325 mg every other day; repeat CBC/ferritin in 3 months; repeat UA for trace blood after menses."),
    [R("white-blood-cell-count", 5.8, "x10E3/uL", "10*3/uL", rng="3.4..10.8"),
     R("hemoglobin", 11.4, "g/dL", "g/dL", rng="11.1..15.9"),
     R("hematocrit", 35.2, "%", "%", rng="34.0..46.6"),
     R("mean-corpuscular-volume", 78, "fL", "fL", printed="low", rng="79..97"),
     R("platelet-count", 288, "x10E3/uL", "10*3/uL", rng="150..450"),
     R("ferritin", 9, "ng/mL", "ng/mL", printed="low", rng="15..150"),
     R("iron", 41, "ug/dL", "ug/dL", rng="27..159"),
     R("total-iron-binding-capacity", 442, "ug/dL", "ug/dL", rng="250..450"),
     R("transferrin-saturation", 9, "%", "%", printed="low", rng="15..55"),
     R("specific-gravity-urine", 1.018, "", "{ratio}", rng="1.005..1.030"),
     R("urine-ph", 6.5, "", "[pH]", rng="5.0..7.5"),
     R("protein-urine-presence", rng="text", vt="Negative", ref="Negative"),
     R("glucose-in-urine", rng="text", vt="Negative", ref="Negative"),
     R("hemoglobin-urine-presence", rng="text", vt="Trace", ref="Negative", printed="abnormal")],
    "a preventive visit: vitals in SI units (36.8 °C, 61.2 kg), screening scores, Pap/HPV years and the iron dose are "
    "no rows; the CBC, iron panel and urinalysis are 14 rows; the urinalysis' 'Protein'/'Glucose'/'Blood' are the "
    "dipstick's presence tests (protein-urine-presence, glucose-in-urine, and hemoglobin-urine-presence, whose alias "
    "is 'Blood, Urine'), never the serum total protein or glucose; 'Blood Trace' against 'Negative' with the printed "
    "Abnormal is abnormal; the specific gravity is {ratio} (3 significant figures: 1.02); x10E3/uL = 10*3/uL")
add("VN06", J("Telehealth visit (video)  -  08/05/2025  -  2:30 PM CT",
              "Patient-reported home readings: BP 136/88 and 131/84 (Omron), weight 231 lb, fingerstick glucose this AM 112.",
              "Outside labs from Labcorp 07/28/2025 reviewed:",
              C("Hemoglobin A1c", "6.0 %", "4.8-5.6", "High"),
              C("Triglycerides", "212 mg/dL", "0-149", "High"),
              C("HDL Cholesterol", "36 mg/dL", ">39", "Low"),
              C("ALT (SGPT)", "58 IU/L", "0-44", "High"),
              C("AST (SGOT)", "37 IU/L", "0-40"),
              C("GGT", "71 IU/L", "0-65", "High"),
              "Plan: start semaglutide 0.25 mg weekly x 4 weeks then 0.5 mg; liver ultrasound with elastography; recheck labs in 3 months. Next visit 09/02 at 2:30 PM."),
    [R("hemoglobin-a1c", 6.0, "%", "%", printed="high", rng="4.8..5.6"),
     R("triglycerides", 212, "mg/dL", "mg/dL", printed="high", rng="0..149"),
     R("hdl-cholesterol", 36, "mg/dL", "mg/dL", printed="low", rng="39.."),
     R("alanine-aminotransferase", 58, "IU/L", "U/L", printed="high", rng="0..44"),
     R("aspartate-aminotransferase", 37, "IU/L", "U/L", rng="0..40"),
     R("gamma-glutamyl-transferase", 71, "IU/L", "U/L", printed="high", rng="0..65")],
    "a telehealth note: the patient's home BP, weight and 'fingerstick glucose this AM 112' are self-measurements with "
    "a home cuff and meter, not laboratory results (no row; see README); the six Labcorp results are rows; IU/L = U/L; "
    "the semaglutide doses, '4 weeks', '3 months' and the visit time are no rows")
add("VN07", J("Pre-operative Evaluation  -  Right knee arthroscopy scheduled 10/14/2025",
              "Vitals: BP 126/80  HR 68  RR 16  Temp 98.4 °F  SpO2 97%  Wt 88.5 kg  BMI 27.9",
              "ECG: sinus rhythm 66 bpm, PR 164 ms, QRS 92 ms, QTc 418 ms, no acute changes.",
              "RCRI 0 points; METs >4 (climbs 2 flights). ASA II.",
              "Pre-op labs (10/01/2025):",
              "  WBC 7.2 K/uL (4.0-10.5)",
              "  Hemoglobin 15.1 g/dL (13.0-17.0)",
              "  Platelets 241 K/uL (150-400)",
              "  Sodium 139 mmol/L (136-145)",
              "  Potassium 4.1 mmol/L (3.5-5.1)",
              "  Creatinine 0.96 mg/dL (0.70-1.30)",
              "  Glucose 102 mg/dL (70-99) H",
              "  PT 11.8 sec (9.6-12.3)",
              "  INR 1.0 (0.9-1.1)",
              "  PTT 29 sec (25-36)",
              "Cleared for surgery. Hold fish oil and vitamin E 400 IU for 7 days before surgery."),
    [R("white-blood-cell-count", 7.2, "K/uL", "10*3/uL", rng="4.0..10.5"),
     R("hemoglobin", 15.1, "g/dL", "g/dL", rng="13.0..17.0"),
     R("platelet-count", 241, "K/uL", "10*3/uL", rng="150..400"),
     R("sodium", 139, "mmol/L", "mmol/L", rng="136..145"),
     R("potassium", 4.1, "mmol/L", "mmol/L", rng="3.5..5.1"),
     R("creatinine", 0.96, "mg/dL", "mg/dL", rng="0.70..1.30"),
     R("glucose", 102, "mg/dL", "mg/dL", printed="high", rng="70..99"),
     R("prothrombin-time", 11.8, "sec", "s", rng="9.6..12.3"),
     R("inr", 1.0, "", "{ratio}", rng="0.9..1.1"),
     R("partial-thromboplastin-time", 29, "sec", "s", rng="25..36")],
    "a pre-operative note: vitals, the ECG intervals (PR, QRS, QTc in ms), RCRI, METs and ASA class are no rows; the "
    "ten pre-op labs are rows; 'PT' is the prothrombin time (sec = s); the INR is unitless {ratio}; the vitamin E dose "
    "and '7 days' are no rows")
add("VN08", J("Initial Consultation  -  Longevity Program    09/09/2025",
              "Vitals: BP 138/84  HR 76  Temp 98.1 F  SpO2 97%  Ht 6'1\"  Wt 214 lb  BMI 28.2  Waist 40.5 in  Grip (R) 44 kg",
              "Family hx: father MI at 58, mother T2DM.",
              "Orders placed today (Quest, fasting 10-12 h): Lipid panel (80061), ApoB (82172), Lp(a) (83695), hs-CRP (86141), HbA1c (83036), Insulin (83525), CMP (80053), CBC (85025), TSH (84443), Testosterone total & free (84403, 84402), PSA (84153), Vitamin D 25-OH (82306)",
              "Imaging: CAC scan, DEXA. CPET scheduled 09/23 at 8:00 AM.",
              "Return in 3 weeks to review results."),
    "-",
    "a consultation note with tests ORDERED and not yet resulted: every number beside a test name is its CPT code "
    "(83036 after HbA1c is no A1c value); vitals, grip strength, the father's age, fasting hours and the CPET time are "
    "no rows")
add("VN09", J("Lipid Clinic Follow-up    11/03/2025",
              "On rosuvastatin 10 mg + ezetimibe 10 mg since 06/2025.",
              "Vitals: BP 124/76  HR 62  Wt 176 lb",
              T("Lipid results", "Today (10/27/25)", "Prior (05/19/25)", "Reference"),
              T("Total Cholesterol", "148", "236", "<200 mg/dL"),
              T("LDL-C (calc)", "71", "158", "<100 mg/dL"),
              T("HDL-C", "55", "52", ">39 mg/dL"),
              T("Triglycerides", "108", "131", "<150 mg/dL"),
              T("ApoB", "68", "121", "<90 mg/dL"),
              T("CK", "142", "-", "44-196 U/L"),
              T("ALT", "29", "24", "0-44 U/L"),
              "Plan: LDL reduction 55%; continue both. Lp(a) 212 nmol/L on file (2023), not lowered by statins."),
    [R("total-cholesterol", 148, "mg/dL", "mg/dL", rng="..200"),
     R("ldl-cholesterol", 71, "mg/dL", "mg/dL", rng="..100"),
     R("hdl-cholesterol", 55, "mg/dL", "mg/dL", rng="39.."),
     R("triglycerides", 108, "mg/dL", "mg/dL", rng="..150"),
     R("apolipoprotein-b", 68, "mg/dL", "mg/dL", rng="..90"),
     R("creatine-kinase", 142, "U/L", "U/L", rng="44..196"),
     R("alanine-aminotransferase", 29, "U/L", "U/L", rng="0..44")],
    "a lipid-clinic note with a two-column results table: only the 'Today' column is rows, the 'Prior' column is "
    "history (as keyed-portals' previous-result columns); the unit comes with the reference, as MyChart's 'Ref Range & "
    "Units'; the statin and ezetimibe doses, 'reduction 55%' and the 2023 Lp(a) quoted as history ('on file') are no "
    "rows")
add("VN10", J("DISCHARGE SUMMARY    Admit 01/06/2025  Discharge 01/08/2025",
              "Diagnosis: community-acquired pneumonia, RLL.",
              "Vitals at discharge: T 98.9 F, HR 84, BP 118/72, RR 18, SpO2 94% on room air.",
              "Labs on admission: WBC 14.6 K/uL (4.0-11.0) H; Procalcitonin 0.84 ng/mL (<0.10) H; Lactate 1.6 mmol/L (0.5-2.0); Sodium 133 mmol/L (135-145) L; Creatinine 1.02 mg/dL (0.60-1.20).",
              "Discharge meds: amoxicillin-clavulanate 875/125 mg twice daily x 5 days; azithromycin 250 mg daily x 3 days; albuterol HFA 2 puffs q4-6h prn.",
              "Follow-up: PCP in 1 week; chest X-ray in 6 weeks."),
    [R("white-blood-cell-count", 14.6, "K/uL", "10*3/uL", printed="high", rng="4.0..11.0"),
     R("procalcitonin", 0.84, "ng/mL", "ng/mL", printed="high", rng="..0.10"),
     R("lactate", 1.6, "mmol/L", "mmol/L", rng="0.5..2.0"),
     R("sodium", 133, "mmol/L", "mmol/L", printed="low", rng="135..145"),
     R("creatinine", 1.02, "mg/dL", "mg/dL", rng="0.60..1.20")],
    "a discharge summary: the discharge vitals (SpO2 94% on room air is pulse oximetry), the antibiotic doses "
    "('875/125 mg' looks like a ratio), puffs, days and weeks are no rows; the five admission labs are rows")
add("VN11", J("Lifestyle Medicine Visit  -  10/07/2025",
              "Vitals: BP 130/82, HR 76, Wt 203 lb, BMI 31.8, Waist 40 in, SpO2 97%.",
              "In-office point-of-care HbA1c (DCA analyzer): 6.1%",
              "OTC CGM trial (10 days): average glucose 117 mg/dL, 89% of time 70-140.",
              "Labs from 09/30 (Quest): Glucose 104 mg/dL (65-99) H; Insulin 22.4 uIU/mL (<=18.4) H; Triglycerides 188 mg/dL (<150) H; HDL 41 mg/dL (>=40).",
              "Enrolled in DPP; metformin deferred. Return 3 months."),
    [R("hemoglobin-a1c", 6.1, "%", "%"),
     R("glucose", 104, "mg/dL", "mg/dL", printed="high", rng="65..99"),
     R("insulin", 22.4, "uIU/mL", "u[IU]/mL", printed="high", rng="..18.4"),
     R("triglycerides", 188, "mg/dL", "mg/dL", printed="high", rng="..150"),
     R("hdl-cholesterol", 41, "mg/dL", "mg/dL", rng="40..")],
    "a lifestyle-medicine note: the in-office point-of-care HbA1c is a CLIA-waived laboratory test done on the "
    "patient's blood by the clinic, so it is a row (no range printed: null; a judgment call, see README); the OTC CGM "
    "average and its time in 70-140 are sensor statistics, no rows; the four Quest results are rows; vitals and "
    "'3 months' are no rows")

# ======================= 7. Hormone and longevity clinic progress notes, results in prose (HP) =======================
add("HP01", J("Progress note  -  Men's Health  -  03/03/2025",
              "Mr. Alvarez returns 8 weeks after the dose change. His trough total testosterone is 684 ng/dL (264-916) and free testosterone 16.9 pg/mL (8.7-25.1). Estradiol came back at 29.6 pg/mL (7.6-42.6). Hematocrit 50.3% (37.5-51.0), improved from 53.1% in January. PSA 1.1 ng/mL (0.0-4.0), stable.",
              "He feels well, BP 124/80, weight down 6 lb to 198 lb.",
              "Plan: continue testosterone cypionate 120 mg (0.6 mL of 200 mg/mL) IM weekly; continue hCG 500 IU twice weekly; no aromatase inhibitor. Labs again in 3 months, 3-4 days after injection."),
    [R("testosterone", 684, "ng/dL", "ng/dL", rng="264..916"),
     R("testosterone-free", 16.9, "pg/mL", "pg/mL", rng="8.7..25.1"),
     R("estradiol", 29.6, "pg/mL", "pg/mL", rng="7.6..42.6"),
     R("hematocrit", 50.3, "%", "%", rng="37.5..51.0"),
     R("prostate-specific-antigen", 1.1, "ng/mL", "ng/mL", rng="0.0..4.0")],
    "a progress note in prose: five results with their ranges in parentheses; 'improved from 53.1% in January' is a "
    "previous result, not a row; '8 weeks', BP, weight, the testosterone and hCG doses (120 mg, 0.6 mL, 200 mg/mL, "
    "500 IU) and '3-4 days' are no rows")
add("HP02", J("Follow-up note (telehealth), 05/20/2025",
              "Ms. Huang is 6 months into HRT. Serum estradiol on the 0.1 mg patch is 112 pg/mL; the lab's postmenopausal reference is <20 pg/mL, so it reads \"high\", which is expected on therapy. FSH 18.4 mIU/mL (postmenopausal 23.0-116.3), low for the same reason. Progesterone 3.8 ng/mL on 200 mg oral progesterone at night (no range given for women on therapy). Total testosterone 22 ng/dL (2-45).",
              "Symptoms: 1-2 mild hot flashes/week, sleep 7 h, no bleeding. BP 116/72.",
              "Plan: continue estradiol 0.1 mg/day patch twice weekly; reduce progesterone to 100 mg nightly; start testosterone cream 1% 0.25 mL (2.5 mg) daily; recheck total T in 6-8 weeks."),
    [R("estradiol", 112, "pg/mL", "pg/mL", printed="high", rng="..20"),
     R("follicle-stimulating-hormone", 18.4, "mIU/mL", "m[IU]/mL", printed="low", rng="23.0..116.3"),
     R("progesterone", 3.8, "ng/mL", "ng/mL"),
     R("testosterone", 22, "ng/dL", "ng/dL", rng="2..45")],
    "HRT prose: the estradiol's reference is given in the next clause ('<20 pg/mL') and its flag is the quoted "
    "'high'; the FSH's single postmenopausal interval is its range and 'low for the same reason' its flag; the "
    "progesterone has no range (null); the patch, progesterone and testosterone-cream doses (0.1 mg, 200 and 100 mg, "
    "1%, 0.25 mL, 2.5 mg), hot-flash counts and weeks are no rows")
add("HP03", J("Peptide therapy follow-up  -  06/10/2025",
              "On sermorelin 300 mcg SC nightly 5 nights/week since February; tolerating well, better sleep.",
              "IGF-1 today 271 ng/mL (reference 77-224 for age 45-49), above range, so reduce sermorelin to 200 mcg. Fasting glucose 93 mg/dL (65-99) and A1c 5.3% (<5.7) unchanged. TSH 1.62 (0.45-4.50) and free T4 1.31 ng/dL (0.82-1.77).",
              "Weight 172 lb, body fat 17.8% (InBody), resting HR 57.",
              "Next IGF-1 in 8 weeks. Sermorelin 9 mg vial: reconstitute with 3 mL bacteriostatic water (3 mg/mL), inject 0.067 mL."),
    [R("somatomedin-c", 271, "ng/mL", "ng/mL", printed="high", rng="77..224"),
     R("glucose", 93, "mg/dL", "mg/dL", rng="65..99"),
     R("hemoglobin-a1c", 5.3, "%", "%", rng="..5.7"),
     R("thyroid-stimulating-hormone", 1.62, "", "", rng="0.45..4.50"),
     R("free-t4", 1.31, "ng/dL", "ng/dL", rng="0.82..1.77")],
    "a peptide-clinic note: IGF-1 'above range' is a printed high and 'for age 45-49' the interval's label; the TSH "
    "has no unit printed, so it is not normalized (as keyed-portals PM01); the sermorelin doses and reconstitution "
    "(300 and 200 mcg, 9 mg, 3 mL, 3 mg/mL, 0.067 mL), weight, InBody body fat, heart rate and '8 weeks' are no rows; "
    "the '1' of IGF-1 and '4' of T4 are name digits")
add("HP04", J("S: 46F, perimenopausal, fatigue and low libido. Taking compounded testosterone cream 2 mg/day x 10 weeks, DHEA 10 mg, levothyroxine 50 mcg.",
              "O: BP 110/70, HR 68, Wt 138 lb.",
              "Labs 05/28/2025: Total testosterone 61 ng/dL [8-48] H; free testosterone 6.2 pg/mL [0.2-5.0] H; SHBG 48 nmol/L [17-124]; DHEA-S 188 ug/dL [41-238]; TSH 0.92 mIU/L [0.40-4.50]; free T4 1.44 ng/dL [0.8-1.8]; free T3 3.1 pg/mL [2.3-4.2].",
              "A/P: supraphysiologic testosterone on cream -> decrease to 1 mg/day (0.1 mL of 10 mg/mL). Continue DHEA 10 mg and levothyroxine 50 mcg daily. Recheck in 6 weeks."),
    [R("testosterone", 61, "ng/dL", "ng/dL", printed="high", rng="8..48"),
     R("testosterone-free", 6.2, "pg/mL", "pg/mL", printed="high", rng="0.2..5.0"),
     R("shbg", 48, "nmol/L", "nmol/L", rng="17..124"),
     R("dhea-sulfate", 188, "ug/dL", "ug/dL", rng="41..238"),
     R("thyroid-stimulating-hormone", 0.92, "mIU/L", "m[IU]/L", rng="0.40..4.50"),
     R("free-t4", 1.44, "ng/dL", "ng/dL", rng="0.8..1.8"),
     R("free-t3", 3.1, "pg/mL", "pg/mL", rng="2.3..4.2")],
    "a women's hormone SOAP note: seven results in one semicolon-separated line; 'DHEA 10 mg' is a supplement dose "
    "(the catalog has unconjugated DHEA, which must not get a row from it), 'levothyroxine 50 mcg' and the cream "
    "strengths are doses; '10 weeks', '6 weeks' and vitals are no rows")
add("HP05", J("Medical Weight Management  -  Visit 6  -  07/14/2025",
              "Tirzepatide 7.5 mg SC weekly (started 2.5 mg on 02/03/2025). Weight 214.6 lb -> 191.2 lb (-10.9%). Waist 41 -> 37 in. BP 122/78. HR 78.",
              "Nausea 1-2 days after injection, resolved with smaller meals; protein goal 120 g/day.",
              "Labs today: lipase 41 U/L (13-60), amylase 58 U/L (21-101), A1c 5.4% (4.8-5.6), triglycerides 98 mg/dL (0-149), ALT 22 U/L (0-44), creatinine 0.88 mg/dL (0.57-1.00).",
              "Plan: increase to 10 mg weekly x 4 weeks; resistance training 3x/week; DEXA in 3 months to track lean mass."),
    [R("lipase", 41, "U/L", "U/L", rng="13..60"),
     R("amylase", 58, "U/L", "U/L", rng="21..101"),
     R("hemoglobin-a1c", 5.4, "%", "%", rng="4.8..5.6"),
     R("triglycerides", 98, "mg/dL", "mg/dL", rng="0..149"),
     R("alanine-aminotransferase", 22, "U/L", "U/L", rng="0..44"),
     R("creatinine", 0.88, "mg/dL", "mg/dL", rng="0.57..1.00")],
    "a GLP-1 weight-management note: doses (7.5, 2.5, 10 mg), weights, '-10.9%', waist, vitals, the protein goal and "
    "the visit number are no rows; the six labs are rows")
add("HP06", J("Longevity protocol check-in  -  08/19/2025",
              "Sirolimus 5 mg once weekly (Mondays) since 04/2025; metformin XR 1,000 mg nightly; acarbose 50 mg with largest meal.",
              "Safety labs (08/12/2025): WBC 4.1 x10E3/uL (3.4-10.8); ANC 1.9 x10E3/uL (1.4-7.0); platelets 198 x10E3/uL (150-450); triglycerides 168 mg/dL (0-149), mildly high on sirolimus; glucose, fasting 101 mg/dL (70-99); vitamin B12 348 pg/mL (232-1245) on metformin; lactate not drawn.",
              "Mouth ulcers x1 in June, resolved. BP 118/74, HR 61, HRV (ring) 48 ms.",
              "Plan: continue; add B12 1,000 mcg daily; recheck in 12 weeks."),
    [R("white-blood-cell-count", 4.1, "x10E3/uL", "10*3/uL", rng="3.4..10.8"),
     R("neutrophils-absolute", 1.9, "x10E3/uL", "10*3/uL", rng="1.4..7.0"),
     R("platelet-count", 198, "x10E3/uL", "10*3/uL", rng="150..450"),
     R("triglycerides", 168, "mg/dL", "mg/dL", printed="high", rng="0..149"),
     R("glucose", 101, "mg/dL", "mg/dL", rng="70..99"),
     R("vitamin-b12", 348, "pg/mL", "pg/mL", rng="232..1245")],
    "a longevity-protocol note: the sirolimus, metformin, acarbose and B12 doses (5 mg, 1,000 mg, 50 mg, 1,000 mcg) "
    "are no rows; 'lactate not drawn' has no value, so no row; 'mildly high' is the triglycerides' printed flag; "
    "ANC is the absolute neutrophil count; vitals and the ring's HRV are no rows")
add("HP07", J("Thyroid follow-up  -  09/04/2025",
              "Taking NP Thyroid 90 mg (1.5 grains; each grain ~38 mcg T4 + 9 mcg T3) every morning; was 60 mg until July.",
              "Symptoms: palpitations 2-3x/week, HR 88 at rest today, BP 128/78, weight 131 lb (-3 lb).",
              "Labs (08/29, drawn before the morning dose):",
              C("  TSH", "<0.01 uIU/mL", "[0.45-4.50]", "L"),
              C("  Free T4", "0.96 ng/dL", "[0.82-1.77]"),
              C("  Free T3", "4.9 pg/mL", "[2.0-4.4]", "H"),
              C("  Reverse T3", "11.2 ng/dL", "[9.2-24.1]"),
              "Assessment: iatrogenic subclinical hyperthyroidism (T3 excess). Plan: back to 60 mg daily; recheck in 6 weeks; consider levothyroxine 50 mcg + liothyronine 5 mcg instead."),
    [R("thyroid-stimulating-hormone", 0.01, "uIU/mL", "m[IU]/L", printed="low", rng="0.45..4.50", vt="<0.01"),
     R("free-t4", 0.96, "ng/dL", "ng/dL", rng="0.82..1.77"),
     R("free-t3", 4.9, "pg/mL", "pg/mL", printed="high", rng="2.0..4.4"),
     R("reverse-t3", 11.2, "ng/dL", "ng/dL", rng="9.2..24.1")],
    "a thyroid note: '38 mcg T4 + 9 mcg T3' per grain is the content of a desiccated-thyroid dose, not a total T4 or "
    "T3 result (the catalog's 'T4' and 'T3' are total T4 and T3); 90 and 60 mg, 1.5 grains, the levothyroxine and "
    "liothyronine doses, vitals and weeks are no rows; the TSH is censored '<0.01' (every value below 0.01 is below "
    "0.45, agreeing with the printed L); uIU/mL = m[IU]/L")

# ======================= 8. Prescriptions, medication and supplement lists (RX) =======================
add("RX01", J("CURRENT MEDICATIONS (as of 02/10/2025)",
              "Testosterone cypionate 200 mg/mL  -  inject 0.5 mL (100 mg) IM once weekly",
              "Anastrozole 0.5 mg tablet  -  1/2 tablet (0.25 mg) twice weekly, as needed per E2",
              "hCG 10,000 IU vial  -  500 IU SC twice weekly",
              "Rosuvastatin 5 mg  -  1 tab daily",
              "Levothyroxine 75 mcg  -  daily, 30 min before breakfast",
              "Potassium chloride ER 20 mEq  -  1 tab daily",
              "Insulin glargine 100 units/mL  -  12 units at bedtime",
              "Allergies: Penicillin (hives), Sulfa"),
    "-",
    "a medication list: every number is a strength, volume or schedule; 'Testosterone cypionate 200 mg/mL' is a drug "
    "concentration, 'Potassium chloride 20 mEq' a dose (not a potassium of 20 mmol/L), 'Insulin glargine ... 12 "
    "units' a dose (not an insulin result), 'per E2' names a lab test without a value")
add("RX02", J("Your Longevity Supplement Protocol  -  updated 03/2025",
              "Morning (with breakfast):",
              "  Vitamin D3 5,000 IU + K2 (MK-7) 100 mcg",
              "  Omega-3 (EPA 1,200 mg / DHA 800 mg)  -  2 softgels",
              "  Methylfolate 1 mg (MTHFR support)",
              "  B12 (methylcobalamin) 1,000 mcg sublingual",
              "  Creatine monohydrate 5 g",
              "  NMN 500 mg",
              "Evening:",
              "  Magnesium glycinate 400 mg",
              "  Zinc picolinate 30 mg + Copper 2 mg (3 days/week)",
              "  Glycine 3 g",
              "  DHEA 25 mg",
              "Monthly cost estimate: $142.50    Reorder every 30 days"),
    "-",
    "a supplement protocol: 'Vitamin D3 5,000 IU' (the catalog's vitamin D has the alias 'Vitamin D3'), 'B12 1,000 "
    "mcg', 'Magnesium glycinate 400 mg', 'Zinc 30 mg', 'Copper 2 mg', 'Methylfolate 1 mg', 'DHEA 25 mg' and "
    "'Omega-3 ... 2 softgels' are doses of what the catalog also measures; 'Creatine 5 g' is neither creatinine nor "
    "creatine kinase; the price and days are no rows")
add("RX03", J("RIVERSIDE COMPOUNDING PHARMACY  (555) 014-8832  1212 Elm St, Suite 4, Austin TX 78701",
              "Rx# 7740213    Date filled: 03/11/2025    Refills: 3 remaining (until 03/11/2026)",
              "MARCUS J. BELL",
              "TESTOSTERONE CYPIONATE 200 MG/ML IN GRAPESEED OIL  10 ML MDV",
              "INJECT 0.6 ML (120 MG) INTRAMUSCULARLY ONCE WEEKLY",
              "Qty: 10 mL    Days supply: 116    NDC 62756-0017-40",
              "Dr. A. Rivera, MD",
              "Store at 20-25°C (68-77°F). Discard 28 days after first use."),
    "-",
    "a pharmacy label: 'TESTOSTERONE CYPIONATE 200 MG/ML' is a concentration and '0.6 ML (120 MG)' a dose, neither a "
    "testosterone result; phone, Rx number, refills, quantity, days supply, NDC, storage temperatures (a '20-25' that "
    "looks like a range) and dates are no rows")
add("RX04", J("Medication Reconciliation  -  Anticoagulation & Thyroid Clinic    05/02/2025",
              "Warfarin 5 mg Mon/Wed/Fri, 2.5 mg other days (weekly dose 27.5 mg)",
              "Levothyroxine 112 mcg daily",
              "Liothyronine (T3) 5 mcg twice daily",
              "Vitamin K2  -  STOP (interacts with warfarin)",
              "Recent labs (04/30/2025):",
              C("  INR", "3.4", "(0.9-1.1; therapeutic 2.0-3.0)", "H"),
              C("  PT", "38.2 s", "(9.4-12.5)", "H"),
              C("  TSH", "0.31 uIU/mL", "(0.45-4.50)", "L"),
              C("  Free T3", "4.6 pg/mL", "(2.0-4.4)", "H"),
              C("  Free T4", "1.12 ng/dL", "(0.82-1.77)"),
              "Plan: hold warfarin x1 dose, then 25 mg weekly; reduce liothyronine to 5 mcg daily; INR in 5 days."),
    [R("inr", 3.4, "", "{ratio}", printed="high", rng="0.9..1.1"),
     R("prothrombin-time", 38.2, "s", "s", printed="high", rng="9.4..12.5"),
     R("thyroid-stimulating-hormone", 0.31, "uIU/mL", "m[IU]/L", printed="low", rng="0.45..4.50"),
     R("free-t3", 4.6, "pg/mL", "pg/mL", printed="high", rng="2.0..4.4"),
     R("free-t4", 1.12, "ng/dL", "ng/dL", rng="0.82..1.77")],
    "a medication reconciliation with a lab section: the warfarin, levothyroxine and liothyronine doses ('Liothyronine "
    "(T3) 5 mcg' is a dose, not a T3) are no rows; the INR's reference is the lab's 0.9-1.1, and 'therapeutic "
    "2.0-3.0' is the anticoagulation target, a comment; the five lab results are rows")
add("RX05", J("Refill request (patient portal)  -  06/30/2025",
              "Please refill my testosterone cypionate 200 mg/mL (10 mL vial) and anastrozole 0.25 mg. Last labs 06/24 at Quest: total T 902 ng/dL (250-1100), estradiol 36 pg/mL (<=39), hematocrit 49.4% (38.5-50.0), PSA 0.8 ng/mL (<=4.0).",
              "Pharmacy: Corner Drug #11402, 2010 N Halsted, (773) 555-0109. DOB 09/14/1981."),
    [R("testosterone", 902, "ng/dL", "ng/dL", rng="250..1100"),
     R("estradiol", 36, "pg/mL", "pg/mL", rng="..39"),
     R("hematocrit", 49.4, "%", "%", rng="38.5..50.0"),
     R("prostate-specific-antigen", 0.8, "ng/mL", "ng/mL", rng="..4.0")],
    "a refill request: the drug strengths (200 mg/mL, 10 mL, 0.25 mg) are no rows; the four results of 06/24 are "
    "rows ('total T' is total testosterone); the pharmacy number, address, phone and birth date are no rows")

# ======================= 9. Genetic reports (GN) =======================
add("GN01", J("CARDIOGENOMIC PANEL    Specimen: Whole blood (EDTA)    Collected: 02/04/2025    Reported: 02/14/2025",
              "Method: real-time PCR genotyping    Lab: Heartland Genomics, CLIA 17D0998810",
              T("Test", "Result", "Interpretation"),
              T("APOE Genotype", "E3/E4", "One E4 allele: increased risk of elevated LDL-C and late-onset Alzheimer disease"),
              T("MTHFR C677T", "Heterozygous", "One copy of the variant; enzyme activity about 65% of normal"),
              T("MTHFR A1298C", "Not Detected", "No variant detected"),
              T("Factor V Leiden (F5 R506Q)", "Not Detected"),
              T("Prothrombin G20210A", "Not Detected"),
              "Comment: genotype results do not change over time and need not be repeated."),
    [R("?APOE Genotype", vt="E3/E4"),
     R("?MTHFR C677T", vt="Heterozygous"),
     R("?MTHFR A1298C", vt="Not Detected"),
     R("?Factor V Leiden (F5 R506Q)", vt="Not Detected"),
     R("?Prothrombin G20210A", vt="Not Detected")],
    "a clinical genotyping report from a CLIA laboratory on a blood specimen: each genotype is a laboratory result, "
    "kept as a word answer under its printed name (the catalog has no genotype entry; 'APOE' is not apolipoprotein B "
    "nor Lp(a)'s alias 'APOA', 'Prothrombin G20210A' is not the prothrombin time); no reference is printed, so range "
    "empty and flag null; the variant names' digits (677, 1298, 506, 20210), '65%' and the CLIA number are no values")
add("GN02", J("# This data file generated by a direct-to-consumer genetics service at: Sun Jan 12 14:03:22 2025",
              "# Raw genotype data for personal use; not for medical or diagnostic use.",
              "# rsid  chromosome  position  genotype",
              "rs429358  19  44908684  TC",
              "rs7412  19  44908822  CC",
              "rs1801133  1  11796321  AG",
              "rs1801131  1  11794419  TT",
              "rs6025  1  169549811  CC"),
    "-",
    "a consumer raw-genotype file: rsIDs, chromosome numbers, positions and base calls, released by the service as "
    "'not for medical or diagnostic use'; a laboratory professional would not file raw research-grade SNP calls as "
    "clinical results (they may prompt confirmatory testing), so no rows (a judgment call, see README)")
add("GN03", J("Preventive Cardiology Consult  -  03/21/2025",
              "HPI: 49M referred for family history (brother MI at 46). A consumer genetic test (2021) reported APOE e4/e4 and an 'elevated polygenic risk, 91st percentile', not confirmed clinically.",
              "BP 132/84, HR 66, BMI 27.3. CAC score 0 (01/2025).",
              "Labs 03/14/2025:",
              "  LDL-C 162 mg/dL (0-99) H",
              "  ApoB 131 mg/dL (<90) H",
              "  Lp(a) 34 nmol/L (<75)",
              "  hs-CRP 3.8 mg/L (0.0-3.0) H",
              "  Triglycerides 141 mg/dL (0-149)",
              "  HbA1c 5.5 % (4.8-5.6)",
              "Plan: rosuvastatin 10 mg; clinical APOE genotyping to confirm; repeat hs-CRP in 2 weeks (may be acute); repeat CAC in 5 years."),
    [R("ldl-cholesterol", 162, "mg/dL", "mg/dL", printed="high", rng="0..99"),
     R("apolipoprotein-b", 131, "mg/dL", "mg/dL", printed="high", rng="..90"),
     R("lipoprotein-a", 34, "nmol/L", "nmol/L", rng="..75"),
     R("hs-crp", 3.8, "mg/L", "mg/L", printed="high", rng="0.0..3.0"),
     R("triglycerides", 141, "mg/dL", "mg/dL", rng="0..149"),
     R("hemoglobin-a1c", 5.5, "%", "%", rng="4.8..5.6")],
    "a cardiology consult: the consumer test's APOE e4/e4 (unconfirmed, as GN02) and its polygenic percentile are "
    "history, not rows; the brother's age, vitals and the CAC score are no rows; the six labs are rows; the statin "
    "dose and the weeks and years are no rows")

# ======================= 10. Dried-urine, saliva and urine tests (UR) =======================
add("UR01", J("DUTCH Complete (Dried Urine)    Male, 52    Collected: 01/19/2025 (4 samples)    Final report 02/03/2025",
              T("Category / Test", "Status", "Result", "Units", "Normal Range"),
              "Sex Hormones and Metabolites",
              T("  Testosterone", "Within range", "62", "ng/mg", "25 - 115"),
              T("  5a-DHT", "Within range", "9.8", "ng/mg", "5 - 25"),
              T("  Estrone (E1)", "High", "12.4", "ng/mg", "4 - 10"),
              T("  Estradiol (E2)", "Within range", "1.6", "ng/mg", "0.8 - 2.2"),
              T("  b-Pregnanediol", "Low", "58", "ng/mg", "75 - 400"),
              "Adrenal Hormones",
              T("  Cortisol A (Waking)", "Within range", "14.1", "ng/mg", "10 - 50"),
              T("  Cortisone A (Waking)", "Within range", "62", "ng/mg", "40 - 120"),
              T("  DHEA-S", "Low", "18", "ng/mg", "30 - 1500"),
              T("Creatinine (A)", "Within range", "0.86", "mg/mL", "0.2 - 2"),
              T("Melatonin (6-OHMS)", "Within range", "28.5", "ng/mg", "10 - 85")),
    [R("?Testosterone", 62, "ng/mg", "ng/mg", printed="normal", rng="25..115"),
     R("?5a-DHT", 9.8, "ng/mg", "ng/mg", printed="normal", rng="5..25"),
     R("?Estrone (E1)", 12.4, "ng/mg", "ng/mg", printed="high", rng="4..10"),
     R("?Estradiol (E2)", 1.6, "ng/mg", "ng/mg", printed="normal", rng="0.8..2.2"),
     R("?b-Pregnanediol", 58, "ng/mg", "ng/mg", printed="low", rng="75..400"),
     R("?Cortisol A (Waking)", 14.1, "ng/mg", "ng/mg", printed="normal", rng="10..50"),
     R("?Cortisone A (Waking)", 62, "ng/mg", "ng/mg", printed="normal", rng="40..120"),
     R("?DHEA-S", 18, "ng/mg", "ng/mg", printed="low", rng="30..1500"),
     R("?Creatinine (A)", 0.86, "mg/mL", "mg/mL", printed="normal", rng="0.2..2"),
     R("?Melatonin (6-OHMS)", 28.5, "ng/mg", "ng/mg", printed="normal", rng="10..85")],
    "a dried-urine hormone report: these are laboratory results (a CLIA laboratory's LC-MS/MS on urine), but on URINE, "
    "per mg of creatinine, while the catalog's testosterone, estrone, estradiol, cortisol, DHEA-S and creatinine are "
    "serum or plasma entries (catalog v7 and v8 leave the urinary metabolites out on purpose); so every row keeps its "
    "printed name with '?' and its printed unit (ng/mg and mg/mL are UCUM), never a serum key (urine 'Creatinine 0.86 "
    "mg/mL' is 86 mg/dL, an impossible serum value); the status word before the value is the flag (Within range -> "
    "normal); the '4 samples', age and dates are no rows")
add("UR02", J("DUTCH Plus  -  Female (postmenopausal, on transdermal estradiol 0.05 mg and oral progesterone 100 mg)    Collected 03/09/2025",
              T("Test", "Result", "Units", "Postmenopausal Range"),
              T("Estradiol (E2)", "3.9", "ng/mg", "0.2 - 0.7", "High"),
              T("Estriol (E3)", "9.6", "ng/mg", "0.6 - 4", "High"),
              T("2-OH-E1", "4.1", "ng/mg", "0.3 - 2", "High"),
              T("4-OH-E1", "0.6", "ng/mg", "0 - 0.3", "High"),
              T("16-OH-E1", "0.5", "ng/mg", "0.2 - 0.6"),
              T("a-Pregnanediol", "410", "ng/mg", "15 - 50", "High"),
              T("Free Cortisol, Salivary (Waking)", "1.9", "ng/mL", "1.2 - 4.5"),
              "Note: on-therapy values; oral progesterone raises urinary pregnanediol far above serum-equivalent levels."),
    [R("?Estradiol (E2)", 3.9, "ng/mg", "ng/mg", printed="high", rng="0.2..0.7"),
     R("?Estriol (E3)", 9.6, "ng/mg", "ng/mg", printed="high", rng="0.6..4"),
     R("?2-OH-E1", 4.1, "ng/mg", "ng/mg", printed="high", rng="0.3..2"),
     R("?4-OH-E1", 0.6, "ng/mg", "ng/mg", printed="high", rng="0..0.3"),
     R("?16-OH-E1", 0.5, "ng/mg", "ng/mg", rng="0.2..0.6"),
     R("?a-Pregnanediol", 410, "ng/mg", "ng/mg", printed="high", rng="15..50"),
     R("?Free Cortisol, Salivary (Waking)", 1.9, "ng/mL", "ng/mL", rng="1.2..4.5")],
    "a dried-urine and saliva hormone report: urine estrogens per mg creatinine and a salivary free cortisol are "
    "laboratory results on specimens the catalog's estradiol, estriol (its alias 'Estriol (E3)' is the serum test) "
    "and cortisol entries do not cover, so they keep their printed names with '?'; the group interval "
    "('Postmenopausal Range') is the patient's; the doses in the header (0.05 mg, 100 mg) and the number names "
    "(2-OH, 4-OH, 16-OH) are no values")
add("UR03", J("URINE MICROALBUMIN AND KIDNEY PANEL    Collected: 05/06/2025 08:12    Specimen: random urine; serum",
              C("Test", "Result", "Flag", "Reference", "Units"),
              C("ALBUMIN, RANDOM URINE", "6.2", "", "not established", "mg/dL"),
              C("CREATININE, RANDOM URINE", "151", "", "20-320", "mg/dL"),
              C("ALBUMIN/CREATININE RATIO, RANDOM URINE", "41", "H", "<30", "mg/g creat"),
              C("CREATININE", "1.04", "", "0.70-1.33", "mg/dL"),
              C("EGFR", "84", "", "> OR = 60", "mL/min/1.73m2"),
              C("CYSTATIN C", "0.91", "", "0.52-0.95", "mg/L")),
    [R("?ALBUMIN, RANDOM URINE", 6.2, "mg/dL", "mg/dL"),
     R("?CREATININE, RANDOM URINE", 151, "mg/dL", "mg/dL", rng="20..320"),
     R("microalbumin-creatinine-ratio", 41, "mg/g creat", "mg/g", printed="high", rng="..30"),
     R("creatinine", 1.04, "mg/dL", "mg/dL", rng="0.70..1.33"),
     R("egfr", 84, "mL/min/1.73m2", "mL/min/{1.73_m2}", rng="60.."),
     R("cystatin-c", 0.91, "mg/L", "mg/L", rng="0.52..0.95")],
    "a urine and serum kidney panel: the urine albumin/creatinine ratio IS a catalog entry (a urine test) and is coded; "
    "the urine albumin and urine creatinine are not (the catalog's albumin and creatinine are serum), so they keep "
    "their printed names; 'not established' means no reference, so that row's range is empty and its flag null; the "
    "serum creatinine, eGFR and cystatin C are coded; 'mg/g creat' = mg/g; the collection time is no row")

# ======================= 11. Imaging, cardiology and blood-pressure logs (IM) =======================
add("IM01", J("CT CORONARY ARTERY CALCIUM SCORING    Exam date: 01/22/2025",
              "Technique: non-contrast, prospectively ECG-triggered, 3 mm slices, 120 kVp. DLP 48 mGy·cm.",
              "Findings:",
              "  Left main 0    LAD 0    LCx 0    RCA 0",
              "  Total Agatston score: 0",
              "  Volume score: 0 mm3",
              "  MESA percentile: 0 (age 51, male, white)    MESA 10-yr CHD risk with CAC: 2.9%",
              "Incidental: 4 mm right lower lobe nodule (no follow-up for a low-risk patient). Aortic valve calcium: none.",
              "Impression: CAC = 0. CAC-DRS 0. Very low short-term risk of coronary events."),
    "-",
    "a CT calcium-score report: Agatston and volume scores by artery, the MESA percentile and risk, slice thickness, "
    "kVp, dose and the nodule size are imaging numbers; 'Aortic valve calcium: none' is not a calcium result; no row")
add("IM02", J("Carotid Intima-Media Thickness (CIMT) Study    03/11/2025",
              "Right CCA far wall  mean IMT 0.68 mm  max 0.81 mm",
              "Left CCA far wall  mean IMT 0.74 mm  max 0.89 mm",
              "Mean composite IMT 0.71 mm  -  68th percentile for age/sex (MESA); vascular age 57 (chronological 52)",
              "Plaque: 1.6 mm focal plaque, left carotid bulb, <30% stenosis",
              "Peak systolic velocity ICA  R 78 cm/s, L 84 cm/s; ICA/CCA ratio 1.1",
              "Impression: increased IMT for age and subclinical plaque."),
    "-",
    "a carotid ultrasound: IMT in mm, percentiles, vascular age, plaque size, stenosis, velocities and the ICA/CCA "
    "velocity ratio are imaging findings; no row")
add("IM03", J("Home Blood Pressure Log  -  cuff app export    Feb 1 - Feb 7, 2025",
              T("Date", "Time", "SYS", "DIA", "Pulse", "Irregular HB"),
              T("02/01", "06:48", "132", "84", "62", "No"),
              T("02/01", "21:15", "126", "80", "68", "No"),
              T("02/02", "06:52", "138", "88", "60", "No"),
              T("02/02", "21:30", "124", "78", "71", "No"),
              T("02/03", "06:45", "135", "86", "63", "Yes"),
              "7-day average (AM): 134/86 mmHg    (PM): 127/81 mmHg",
              "Target <130/80"),
    "-",
    "a home blood-pressure log: systolic, diastolic and pulse readings with dates and times, averages and a target; "
    "no laboratory result")
add("IM04", J("Cardiology Clinic Note  -  04/29/2025",
              "Echo 04/22: LVEF 60-65%, normal wall motion, LA volume index 31 mL/m2, E/e' 9, RVSP 24 mmHg.",
              "Holter (48 h): average HR 72, 1.2% PVC burden, no AF.",
              "BP 138/86, HR 74. Weight 92 kg.",
              "Labs 04/20/2025: NT-proBNP 86 pg/mL (<125); Troponin T, high sensitivity <6 ng/L (0-14); TSH 2.44 mIU/L (0.45-4.50); Magnesium 1.9 mg/dL (1.6-2.3); Potassium 4.3 mmol/L (3.5-5.2).",
              "Plan: PVCs benign; magnesium glycinate 400 mg nightly; limit caffeine to 200 mg/day; amlodipine 5 mg for BP."),
    [R("nt-probnp", 86, "pg/mL", "pg/mL", rng="..125"),
     R("troponin-t", 6, "ng/L", "ng/L", rng="0..14", vt="<6"),
     R("thyroid-stimulating-hormone", 2.44, "mIU/L", "m[IU]/L", rng="0.45..4.50"),
     R("magnesium", 1.9, "mg/dL", "mg/dL", rng="1.6..2.3"),
     R("potassium", 4.3, "mmol/L", "mmol/L", rng="3.5..5.2")],
    "a cardiology note: echo (LVEF, LA volume index, E/e', RVSP), Holter (heart rate, PVC burden), vitals and weight "
    "are no rows; the five labs are rows; the high-sensitivity troponin T is censored '<6' against 0-14 (normal); "
    "the magnesium, caffeine and amlodipine doses are no rows")
add("IM05", J("Hepatology  -  MASLD evaluation    06/03/2025",
              "FibroScan (M probe): median liver stiffness 6.8 kPa (IQR/med 12%), CAP 301 dB/m (S3).",
              "Ultrasound: diffusely echogenic liver, spleen 11.2 cm.",
              "FIB-4 (calculated from today's labs, age 58): 1.40    NAFLD fibrosis score -1.12",
              "Labs:",
              C("AST", "38 U/L", "(10-40)"),
              C("ALT", "52 U/L", "(9-46)", "H"),
              C("GGT", "64 U/L", "(3-70)"),
              C("Platelets", "219 x10E3/uL", "(140-400)"),
              C("Albumin", "4.4 g/dL", "(3.6-5.1)"),
              C("Ferritin", "388 ng/mL", "(24-380)", "H"),
              "Plan: 7-10% weight loss; vitamin E 800 IU daily discussed; repeat FibroScan in 12 months."),
    [R("aspartate-aminotransferase", 38, "U/L", "U/L", rng="10..40"),
     R("alanine-aminotransferase", 52, "U/L", "U/L", printed="high", rng="9..46"),
     R("gamma-glutamyl-transferase", 64, "U/L", "U/L", rng="3..70"),
     R("platelet-count", 219, "x10E3/uL", "10*3/uL", rng="140..400"),
     R("albumin", 4.4, "g/dL", "g/dL", rng="3.6..5.1"),
     R("ferritin", 388, "ng/mL", "ng/mL", printed="high", rng="24..380")],
    "a hepatology note: elastography (kPa, CAP dB/m), spleen size, and the FIB-4 and NAFLD fibrosis scores are no "
    "rows (clinical scores the clinician computes with the patient's age, not laboratory measurements; FIB-4 = "
    "58 x 38 / (219 x sqrt 52) = 1.40, see README); the six labs are rows; the weight-loss target and vitamin E dose "
    "are no rows")

# ======================= 12. Billing, invoices and orders (BL) =======================
add("BL01", J("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL",
              "Member: K. Ramirez    Member ID: XJH882041907    Claim #: 2025031800417",
              "Provider: Regional Reference Laboratory    Date of service: 03/11/2025",
              T("Service / CPT", "Billed", "Allowed", "Plan paid", "Deductible", "Coinsurance", "You owe"),
              T("80053 Comprehensive metabolic panel", "$86.00", "$11.02", "$8.82", "$0.00", "$2.20", "$2.20"),
              T("83036 Hemoglobin A1c", "$65.00", "$9.71", "$7.77", "$0.00", "$1.94", "$1.94"),
              T("84403 Testosterone, total", "$142.00", "$25.91", "$20.73", "$0.00", "$5.18", "$5.18"),
              T("82306 Vitamin D, 25-hydroxy", "$118.00", "$29.60", "$0.00", "$29.60", "$0.00", "$29.60"),
              T("36415 Venipuncture", "$25.00", "$3.00", "$2.40", "$0.00", "$0.60", "$0.60"),
              T("Totals", "$436.00", "$79.24", "$39.72", "$29.60", "$9.92", "$39.52"),
              "Remark N130: vitamin D screening not covered without a qualifying diagnosis."),
    "-",
    "an insurance EOB: test names with CPT codes and dollar amounts; '83036 Hemoglobin A1c  $65.00' is a charge, not an "
    "A1c of 65; member, claim and remark numbers are no rows")
add("BL02", J("INVOICE #INV-2025-0412    Longevity & Hormone Clinic    Date: 04/12/2025",
              "Bill to: S. Nakamura",
              T("Item", "Qty", "Price"),
              T("Comprehensive Male Hormone Panel (Testosterone Total & Free, Estradiol, SHBG, LH, FSH, Prolactin)", "1", "$189.00"),
              T("Advanced Cardiometabolic Panel (ApoB, Lp(a), hs-CRP, Insulin, HbA1c)", "1", "$145.00"),
              T("Vitamin D, 25-OH", "1", "$45.00"),
              T("Omega-3 Index (dried blood spot)", "1", "$59.00"),
              T("Blood draw fee", "1", "$15.00"),
              "Subtotal $453.00    Membership discount (10%) -$45.30    Tax $0.00    Total due $407.70",
              "Paid: Visa ending 4417 on 04/12/2025"),
    "-",
    "an invoice: test names with a quantity (1) and a price ($45.00), no result; 'Vitamin D, 25-OH  1  $45.00' is not a "
    "vitamin D of 1 or 45; the discount, totals and card digits are no rows")
add("BL03", J("LABORATORY REQUISITION    Account #: 40118822    Physician: Elena Alvarez, MD  NPI 1487719920",
              "Patient: Benjamin Ortiz    DOB: 11/02/1969    Sex: M    Phone: (480) 555-0163",
              "Collection date: ____    Fasting: [X] Yes  Hours: 12",
              "ICD-10: E29.1 (testicular hypofunction), Z79.890 (hormone replacement therapy), E78.5 (hyperlipidemia)",
              "Tests ordered:",
              "[X] 36415 Venipuncture",
              "[X] 84403 Testosterone, Total, LC/MS",
              "[X] 84402 Testosterone, Free (Equilibrium Dialysis)",
              "[X] 82670 Estradiol, Sensitive",
              "[X] 85025 CBC w/ Diff",
              "[X] 84153 PSA, Total",
              "[X] 80061 Lipid Panel",
              "[ ] 83036 Hemoglobin A1c",
              "Specimen: 2 SST, 1 lavender    Draw 7-10 AM, 3 days after injection"),
    "-",
    "an order requisition: tests ordered with CPT codes, ICD-10 codes (E29.1 looks like a value), account, NPI, phone, "
    "fasting hours and tube counts; nothing resulted")

# ======================= 13. E-mails and patient messages (EM) =======================
add("EM01", J("From: jordan.reyes@example.com",
              "Sent: Tuesday, March 4, 2025 9:14 PM",
              "Subject: labs before my 3/18 appointment",
              "Hi Dr. Kim, attaching my Labcorp results from 2/28 ahead of our 3/18 visit at 10:30. I'm 45, on 0.5 mL (100 mg) test cyp weekly for 10 weeks now. Total testosterone 788 ng/dL (264-916), estradiol 31.9 pg/mL (7.6-42.6), hematocrit 48.9% (37.5-51.0), hemoglobin 16.4 g/dL (13.0-17.7), PSA 0.7 ng/mL (0.0-4.0). Also my LH is <0.2 mIU/mL (1.7-8.6), which I guess is expected? My cell is 617-555-0193 if easier. Thanks, Jordan"),
    [R("testosterone", 788, "ng/dL", "ng/dL", rng="264..916"),
     R("estradiol", 31.9, "pg/mL", "pg/mL", rng="7.6..42.6"),
     R("hematocrit", 48.9, "%", "%", rng="37.5..51.0"),
     R("hemoglobin", 16.4, "g/dL", "g/dL", rng="13.0..17.7"),
     R("prostate-specific-antigen", 0.7, "ng/mL", "ng/mL", rng="0.0..4.0"),
     R("luteinizing-hormone", 0.2, "mIU/mL", "m[IU]/mL", rng="1.7..8.6", vt="<0.2")],
    "a patient e-mail: six results with ranges in parentheses; the LH is censored '<0.2' (below 1.7 -> low, computed; "
    "'which I guess is expected' is no flag); the dates, the visit time, the age, the dose (0.5 mL, 100 mg), '10 weeks' "
    "and the phone number are no rows")
add("EM02", J("Hello - new patient here, I moved from Toronto. My last results (January 2025):",
              "Testosterone 17.2 nmol/L (8.4-28.8), Estradiol 94 pmol/L (<162), Vitamin D 58 nmol/L (75-250) low, Ferritin 212 ug/L (30-400), HbA1c 5.7% (<6.0), Creatinine 96 umol/L (60-115), Hematocrit 0.47 L/L (0.40-0.52).",
              "I take 2 x 1000 IU D3 and 50 mg DHEA. Born 1979."),
    [R("testosterone", 17.2, "nmol/L", "ng/dL", T_NMOL, rng="8.4..28.8"),
     R("estradiol", 94, "pmol/L", "pg/mL", E2_PMOL, rng="..162"),
     R("vitamin-d", 58, "nmol/L", "ng/mL", VITD_NMOL, printed="low", rng="75..250"),
     R("ferritin", 212, "ug/L", "ng/mL", rng="30..400"),
     R("hemoglobin-a1c", 5.7, "%", "%", rng="..6.0"),
     R("creatinine", 96, "umol/L", "mg/dL", CREAT_UMOL, rng="60..115"),
     R("hematocrit", 0.47, "L/L", "%", LL_PCT, rng="0.40..0.52")],
    "a Canadian patient's message in SI units: each result is converted to the catalog unit and its range kept as "
    "printed in the printed unit; 'low' after the vitamin D is its flag; ug/L = ng/mL for ferritin; the doses "
    "('2 x 1000 IU', '50 mg DHEA') and the birth year are no rows")
add("EM03", J("Hey, got my results on the portal. Ferritin was 22 and iron sat 14%, both flagged low. Hgb 12.8. Should I keep the iron 65 mg every day or switch to every other day? It's been 2 weeks and my stomach hates it. -Priya, 34F"),
    [R("ferritin", 22, "", "", printed="low"),
     R("transferrin-saturation", 14, "%", "%", printed="low"),
     R("hemoglobin", 12.8, "", "")],
    "a patient message: 'both flagged low' is the portal's flag relayed for the ferritin and the iron saturation; no "
    "range is quoted; the ferritin and hemoglobin have no unit, so they are not normalized (the unit is not guessed); "
    "'iron sat' is the transferrin saturation; the iron dose (65 mg), '2 weeks' and the age are no rows")
add("EM04", J("---------- Forwarded message ---------",
              "From: Results <noreply@labportal.example>",
              "Date: Mon, Apr 7, 2025 at 6:02 AM",
              "Subject: Your results are ready (Accession 25-097-004411)",
              "Thyroid Panel with Antibodies",
              C("TSH", "4.92", "mIU/L", "0.40-4.50", "H"),
              C("T4, FREE", "0.98", "ng/dL", "0.8-1.8"),
              C("THYROID PEROXIDASE ANTIBODIES", "188", "IU/mL", "<9", "H"),
              C("THYROGLOBULIN ANTIBODIES", "<1", "IU/mL", "< OR = 1"),
              "---",
              "Hi Dr. Lowe, forwarding the above. I'm 39, 5'6\", 152 lb. Hair shedding for 3 months. Taking selenium 200 mcg and ashwagandha 600 mg. Reach me at (503) 555-0172 after 5 pm."),
    [R("thyroid-stimulating-hormone", 4.92, "mIU/L", "m[IU]/L", printed="high", rng="0.40..4.50"),
     R("free-t4", 0.98, "ng/dL", "ng/dL", rng="0.8..1.8"),
     R("thyroid-peroxidase-antibody", 188, "IU/mL", "U/mL", printed="high", rng="..9"),
     R("thyroglobulin-antibody", 1, "IU/mL", "[IU]/mL", rng="..1", vt="<1")],
    "a forwarded results e-mail: the four results are rows; the TPO antibodies' IU/mL is kept as the catalog's U/mL "
    "with the same number (as IU/L = U/L elsewhere); the thyroglobulin antibodies are censored '<1' against '< OR = 1' "
    "(normal); the accession, dates, age, height, weight, doses (selenium 200 mcg is not a selenium result), '3 months', "
    "phone and '5 pm' are no rows")
add("EM05", J("[Text thread, exported]",
              "Mon 6/16 8:02 AM  Me: Labs back! Hct 55.1 (ref 38.5-50.0), Hgb 18.4 (13.2-17.1). Ugh.",
              "Mon 6/16 8:05 AM  Clinic (Nurse Amy): Thanks - Dr. R wants you to do a therapeutic phlebotomy (1 unit / 500 mL) this week and drop to 0.4 mL twice a week. Recheck in 4 weeks.",
              "Mon 6/16 8:07 AM  Me: ok. Also PSA 1.3, same as last time",
              "Mon 6/16 8:09 AM  Clinic (Nurse Amy): OK. Call 555-0148 to book phlebotomy, slots at 7:30 and 11:00"),
    [R("hematocrit", 55.1, "", "", rng="38.5..50.0"),
     R("hemoglobin", 18.4, "", "", rng="13.2..17.1"),
     R("prostate-specific-antigen", 1.3, "", "")],
    "a text thread: three results without units (not normalized, the unit is not guessed; flags computed from the "
    "quoted ranges: high, high; the PSA without a range: null; 'same as last time' is no flag); times, '1 unit / "
    "500 mL', the dose, '4 weeks', the phone number and the slot times are no rows")
add("EM06", J("Hi Sam, great progress this month: down 4.2 lb, 9,800 steps/day average, CGM average 101 mg/dL. Your repeat labs from 9/15 look better: fasting insulin 7.9 uIU/mL (2.6-24.9, down from 14.3), triglycerides 94 mg/dL (0-149), HDL 49 mg/dL (>39), hs-CRP 0.9 mg/L (0.0-3.0). Keep protein at 140 g/day and add 2 sessions of zone 2 (45 min). Next check-in Oct 13 at 4 PM."),
    [R("insulin", 7.9, "uIU/mL", "u[IU]/mL", rng="2.6..24.9"),
     R("triglycerides", 94, "mg/dL", "mg/dL", rng="0..149"),
     R("hdl-cholesterol", 49, "mg/dL", "mg/dL", rng="39.."),
     R("hs-crp", 0.9, "mg/L", "mg/L", rng="0.0..3.0")],
    "a coach's message: weight change, steps and the CGM average (101 mg/dL) are no rows; four labs are rows; the "
    "insulin's parenthesis holds its range and a previous value ('down from 14.3', not a row); 'look better' is no "
    "flag; protein, sessions, minutes and the appointment are no rows")
add("EM07", J("Sent from my iPhone  -  Re: appointment Thursday 4:15",
              "Here's the text from the picture, the portal wouldn't load:",
              "[image text]",
              "Comp. Metabolic Panel (14)",
              C("Glucose", "87", "mg/dL", "70-99"),
              C("Creatinine", "0.79", "mg/dL", "0.57-1.00"),
              C("eGFR", "97", "mL/min/1.73", ">59"),
              C("Potassium", "5.4", "mmol/L", "3.5-5.2", "High"),
              C("ALT (SGPT)", "19", "IU/L", "0-32"),
              "[end]",
              "I started spironolactone 50 mg 3 weeks ago for acne and hair, and I'm drinking about 3 L of water a day. 28F, 5'7\"."),
    [R("glucose", 87, "mg/dL", "mg/dL", rng="70..99"),
     R("creatinine", 0.79, "mg/dL", "mg/dL", rng="0.57..1.00"),
     R("egfr", 97, "mL/min/1.73", "mL/min/{1.73_m2}", rng="59.."),
     R("potassium", 5.4, "mmol/L", "mmol/L", printed="high", rng="3.5..5.2"),
     R("alanine-aminotransferase", 19, "IU/L", "U/L", rng="0..32")],
    "a patient e-mail with OCR text of a result photo: five rows; the '(14)' of the panel name, the appointment time, "
    "the spironolactone dose, '3 weeks', '3 L', the age and height are no rows")

# ======================= 14. Mixed summaries: longevity, insurance, dashboards, letters, transfers (MX) =======================
add("MX01", J("LONGEVITY ASSESSMENT  -  RESULTS SUMMARY    Client: A. Lindqvist    Age 61    Date: 05/05/2025",
              "Fitness",
              "  VO2max (CPET)  31.4 mL/kg/min  -  71st percentile for age    Grip strength  38 kg (R) / 35 kg (L)",
              "  Sit-to-stand (30 s)  17 reps    Single-leg balance  22 s",
              "Body composition (DEXA)",
              "  Body fat  28.9%    VAT  94 cm2    ALMI  7.1 kg/m2    Spine T-score  -0.8",
              T("Blood biomarkers", "Result", "Reference", "Status"),
              T("  ApoB", "96 mg/dL", "<90", "High"),
              T("  HbA1c", "5.8 %", "<5.7", "High"),
              T("  Fasting insulin", "6.2 uIU/mL", "2.6-24.9", "Normal"),
              T("  hs-CRP", "0.7 mg/L", "<3.0", "Normal"),
              T("  eGFR (creatinine-cystatin C)", "71 mL/min/1.73m2", ">59", "Normal"),
              T("  Free T4", "1.21 ng/dL", "0.82-1.77", "Normal"),
              T("  Ferritin", "142 ng/mL", "30-400", "Normal"),
              "Composite scores: Biological age 58.7 y (PhenoAge)    Healthspan score 78/100"),
    [R("apolipoprotein-b", 96, "mg/dL", "mg/dL", printed="high", rng="..90"),
     R("hemoglobin-a1c", 5.8, "%", "%", printed="high", rng="..5.7"),
     R("insulin", 6.2, "uIU/mL", "u[IU]/mL", printed="normal", rng="2.6..24.9"),
     R("hs-crp", 0.7, "mg/L", "mg/L", printed="normal", rng="..3.0"),
     R("egfr", 71, "mL/min/1.73m2", "mL/min/{1.73_m2}", printed="normal", rng="59.."),
     R("free-t4", 1.21, "ng/dL", "ng/dL", printed="normal", rng="0.82..1.77"),
     R("ferritin", 142, "ng/mL", "ng/mL", printed="normal", rng="30..400")],
    "a longevity assessment: fitness (VO2max, grip, sit-to-stand, balance), DEXA (body fat, VAT, ALMI, T-score) and "
    "the composite scores (a PhenoAge 'biological age' computed from labs and age, as keyed-portals CS11) are no rows; "
    "the seven blood biomarkers are rows with their printed status; the eGFR's equation in parentheses is part of "
    "the name")
add("MX02", J("Paramedical Exam & Lab Results  -  Life Insurance Application #LA-7712093",
              "Exam date: 02/26/2025    Examiner ID: 55102",
              "Height 5'11\"    Weight 197 lb    Pulse 70    BP (1) 132/84  (2) 128/82  (3) 126/80",
              "Tobacco use (self-report): none    Last physician visit: 11/2024",
              T("Blood Profile", "Result", "Normal Range"),
              T("Cholesterol", "221 mg/dL", "120-220", "H"),
              T("HDL", "47 mg/dL", "35-70"),
              T("Chol/HDL Ratio", "4.70", "<=5.00"),
              T("Glucose", "94 mg/dL", "65-115"),
              T("Hemoglobin A1c", "5.4 %", "<6.0"),
              T("GGT", "29 U/L", "0-65"),
              T("HIV 1/2 Antibody", "Non-reactive", "Non-reactive"),
              T("Hepatitis C Antibody", "Negative", "Negative"),
              "Urine Profile",
              T("Cotinine", "Negative", "Negative"),
              T("Creatinine, urine", "142 mg/dL", "20-400"),
              T("Urine protein/creatinine", "0.11", "<0.30"),
              "Underwriting class: Preferred Plus (pending APS)"),
    [R("total-cholesterol", 221, "mg/dL", "mg/dL", printed="high", rng="120..220"),
     R("hdl-cholesterol", 47, "mg/dL", "mg/dL", rng="35..70"),
     R("cholesterol-hdl-ratio", 4.70, "", "{ratio}", rng="..5.00"),
     R("glucose", 94, "mg/dL", "mg/dL", rng="65..115"),
     R("hemoglobin-a1c", 5.4, "%", "%", rng="..6.0"),
     R("gamma-glutamyl-transferase", 29, "U/L", "U/L", rng="0..65"),
     R("hiv-1-antibody", rng="text", vt="Non-reactive", ref="Non-reactive"),
     R("hepatitis-c-antibody", rng="text", vt="Negative", ref="Negative"),
     R("?Cotinine", rng="text", vt="Negative", ref="Negative"),
     R("?Creatinine, urine", 142, "mg/dL", "mg/dL", rng="20..400"),
     R("?Urine protein/creatinine", 0.11, "", "", rng="..0.30")],
    "an insurance paramedical exam: height, weight, pulse, three BPs, the self-reported tobacco answer and the "
    "underwriting class are no rows; the blood and urine profiles are 11 rows; 'HIV 1/2 Antibody' is a catalog alias "
    "of hiv-1-antibody; urine cotinine, urine creatinine (not the serum creatinine) and the urine protein/creatinine "
    "ratio (not the albumin ratio) are not in the catalog; the unitless ratio of '?Urine protein/creatinine' is not "
    "normalized (no unit printed); the application and examiner numbers are no rows")
add("MX03", J("Your Health Dashboard  -  Q2 2025",
              "Biomarkers tested 06/02/2025 (lab: Quest)    In range 38    Out of range 4",
              "Out of range:",
              C("  Vitamin D", "26 ng/mL", "Lab range 30-100", "Below range"),
              C("  Homocysteine", "13.9 umol/L", "Lab range <=10.4", "Above range"),
              C("  Triglycerides", "163 mg/dL", "Lab range <150", "Above range"),
              C("  Mercury", "11.2 mcg/L", "Lab range <=10", "Above range"),
              "Selected in range:",
              C("  Magnesium, RBC", "5.6 mg/dL", "Lab range 4.0-6.4"),
              C("  Zinc", "88 mcg/dL", "Lab range 60-130"),
              C("  Omega-3 Index", "6.8 %", "(no lab range)"),
              "From your devices: Sleep 7h 12m avg - HRV 41 ms - Steps 8,904/day - VO2max 44 (watch)",
              "Recommended: vitamin D3 5,000 IU; methylated B complex; limit tuna to 1 serving/week; fish oil 2 g"),
    [R("vitamin-d", 26, "ng/mL", "ng/mL", printed="low", rng="30..100"),
     R("homocysteine", 13.9, "umol/L", "umol/L", printed="high", rng="..10.4"),
     R("triglycerides", 163, "mg/dL", "mg/dL", printed="high", rng="..150"),
     R("?Mercury", 11.2, "mcg/L", "ug/L", printed="high", rng="..10"),
     R("magnesium-rbc", 5.6, "mg/dL", "mg/dL", rng="4.0..6.4"),
     R("zinc", 88, "mcg/dL", "ug/dL", rng="60..130"),
     R("omega-3-index", 6.8, "%", "%")],
    "a consumer dashboard mixing labs and device data: the counts ('In range 38', 'Out of range 4'), the device line "
    "(sleep, HRV, steps, the watch's VO2max) and the recommendations' doses are no rows; the seven results are rows; "
    "blood mercury is not in the catalog (mcg/L written ug/L); 'Magnesium, RBC' is the red-cell magnesium; '(no lab "
    "range)' leaves the omega-3 index without a range (null)")
add("MX04", J("Dear Mr. Patel,",
              "Thank you for your annual visit on March 12. A summary of your results:",
              "- Blood pressure averaged 124/78 over 3 readings; resting pulse 61.",
              "- Weight 178 lb, down 7 lb from last year; BMI 25.5.",
              "- LDL cholesterol 96 mg/dL (lab reference <100; your personal goal is <70 given the stent in 2019).",
              "- ApoB 78 mg/dL (lab reference <90; goal <65).",
              "- Hemoglobin A1c 5.9% (lab reference 4.8-5.6), in the prediabetes range.",
              "- Kidney function: creatinine 1.14 mg/dL (0.76-1.27), eGFR 76 (>59).",
              "- PSA 2.8 ng/mL (0.0-4.0), up from 2.1; we will repeat it in 6 months.",
              "Your medications are unchanged: atorvastatin 40 mg, ezetimibe 10 mg, aspirin 81 mg, metoprolol succinate 25 mg.",
              "Please schedule your colonoscopy (due 2026) and call 555-0120 with questions.",
              "Warm regards, Dr. S. Ito"),
    [R("ldl-cholesterol", 96, "mg/dL", "mg/dL", rng="..100"),
     R("apolipoprotein-b", 78, "mg/dL", "mg/dL", rng="..90"),
     R("hemoglobin-a1c", 5.9, "%", "%", rng="4.8..5.6"),
     R("creatinine", 1.14, "mg/dL", "mg/dL", rng="0.76..1.27"),
     R("egfr", 76, "", "", rng="59.."),
     R("prostate-specific-antigen", 2.8, "ng/mL", "ng/mL", rng="0.0..4.0")],
    "a physician's summary letter: BP, pulse, weight, BMI, medication doses, years and the phone number are no rows; "
    "each result's range is the 'lab reference', never the personal goal ('<70', '<65'), so the LDL and ApoB are "
    "normal; 'in the prediabetes range' is a comment (the A1c's high is computed); the eGFR has no unit printed, so it "
    "is not normalized; 'up from 2.1' is a previous PSA, not a row")
add("MX05", J("CLINICAL SUMMARY  -  Transfer of Care    Printed 10/20/2025 3:41 PM",
              "Problem list: Hypogonadism (E29.1) since 2021; Hyperlipidemia (E78.5); OSA on CPAP (G47.33), pressure 9 cmH2O.",
              "Immunizations: Shingrix #2 03/14/2024 (lot 7R42K); Tdap 08/2019; COVID-19 2024-25 09/30/2024.",
              "Vitals (last visit 09/12/2025): BP 126/78, HR 66, T 98.2 °F, SpO2 96%, Wt 89.8 kg, BMI 27.6.",
              "Medications: testosterone enanthate 50 mg SC twice weekly; atorvastatin 20 mg.",
              "Most recent results (09/05/2025):",
              C("  Hematocrit", "49.2 %", "38.5-50.0"),
              C("  Hemoglobin", "16.6 g/dL", "13.2-17.1"),
              C("  RBC", "5.71 Million/uL", "4.20-5.80"),
              C("  Neutrophils", "58.4 %", "38-80"),
              C("  Lymphocytes", "30.1 %", "15-49"),
              C("  Monocytes", "8.2 %", "0-13"),
              C("  Eosinophils", "2.6 %", "0-8"),
              C("  Basophils", "0.7 %", "0-2"),
              C("  LDL-Cholesterol", "82 mg/dL", "<100"),
              C("  PSA, Total", "1.6 ng/mL", "<=4.0"),
              "Care team: Dr. A. Rivera (endocrine) 555-0142; Dr. P. Shah (sleep) 555-0177."),
    [R("hematocrit", 49.2, "%", "%", rng="38.5..50.0"),
     R("hemoglobin", 16.6, "g/dL", "g/dL", rng="13.2..17.1"),
     R("red-blood-cell-count", 5.71, "Million/uL", "10*6/uL", rng="4.20..5.80"),
     R("neutrophils", 58.4, "%", "%", rng="38..80"),
     R("lymphocytes", 30.1, "%", "%", rng="15..49"),
     R("monocytes", 8.2, "%", "%", rng="0..13"),
     R("eosinophils", 2.6, "%", "%", rng="0..8"),
     R("basophils", 0.7, "%", "%", rng="0..2"),
     R("ldl-cholesterol", 82, "mg/dL", "mg/dL", rng="..100"),
     R("prostate-specific-antigen", 1.6, "ng/mL", "ng/mL", rng="..4.0")],
    "a transfer-of-care summary: ICD-10 codes, the CPAP pressure, immunization dates and lot, vitals, medication doses "
    "and care-team phone numbers are no rows; the ten most recent results are rows; Million/uL = 10*6/uL; the "
    "differential percentages are the percentage entries, not the absolute counts")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "keyed.tsv")
ids = [c[0] for c in cases]
assert len(ids) == len(set(ids))
with open(out, "w", encoding="utf-8") as fh:
    fh.write("id\tline\texpected\twhy\n")
    for c in cases: fh.write("\t".join(c) + "\n")
nrows = sum(0 if c[2] == "-" else len(c[2].split(" ;; ")) for c in cases)
kinds = {}
for i in ids: kinds[i[:2]] = kinds.get(i[:2], 0) + 1
flags, keys, qrows, cens, words, rngs = {}, set(), 0, 0, 0, {"text": 0, "empty": 0}
rows_by_kind = {}
for c in cases:
    if c[2] == "-": continue
    for r in c[2].split(" ;; "):
        f = r.split("|")
        flags[f[2]] = flags.get(f[2], 0) + 1
        rows_by_kind[c[0][:2]] = rows_by_kind.get(c[0][:2], 0) + 1
        if f[0].startswith("?"): qrows += 1
        else: keys.add(f[0])
        if f[1][:1] in "<>" and f[1]: cens += 1
        elif f[1]: words += 1
        if f[5] == "text": rngs["text"] += 1
        elif f[5] == "": rngs["empty"] += 1
print(len(cases), "snippets,", nrows, "rows,", sum(c[2] == "-" for c in cases), "without a result")
print("snippets", kinds)
print("rows", rows_by_kind)
print("flags", flags)
print(len(keys), "catalog keys;", qrows, "? rows;", cens, "censored;", words, "word answers;", rngs)
