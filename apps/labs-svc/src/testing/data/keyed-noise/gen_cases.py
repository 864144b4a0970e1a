#!/usr/bin/env python3
"""Writes keyed.tsv (keyed set "noise": numbers that are not results): made-up snippets of what a longevity and
hormone clinic's patients upload as text (a lab PDF's text, a hospital LIS printout, a patient-portal copy-paste), each
surrounded by lines holding numbers that are NOT laboratory results -- patient headers (age, DOB, weight, height, IDs,
date-times, fasting hours), letterheads and footers (phones, addresses, accreditation and registration numbers, pages,
barcodes), specimen notes (haemolysis index, tube counts and volumes, collection times, dilution), interpretive
comments with guideline cut-offs and risk tables, method and reference-interval change notices, conversion notes,
equation notes, previous results in prose, doses, critical-call documentation, QC and lot lines -- and documents with
no result at all (an education sheet, a requisition, an insurance statement, pre-test instructions, a rejection
notice, a comment-only page).  A few snippets hold borderline lines that ARE results (a calculated eGFR, LDL, anion
gap, free androgen index, % free PSA, ACR, a 24-h urine volume).  US, UK, Ireland, Canada, Australia, New Zealand and
South Africa.

Columns: id, line, expected, why.  `expected` is `-` (no result) or rows `biomarker|valueText|flag|normalizedValue|
normalizedUnit|range` joined by ' ;; ', in report order.  `biomarker` is the catalog key, or `?` and the printed name
when no catalog entry fits the analyte and specimen.  `valueText` holds a word or censored result only (none here).
`normalizedValue` is in the catalog's ucumUnit to 3 significant figures (for a ?row: the printed number, in the
printed unit's UCUM spelling); both are empty when the row prints no unit (except dimensionless catalog entries:
{ratio}).  `range` is `low..high` in the printed unit (an open side empty), `text` or empty.  Flags: the printed one
(H/High/HH -> high; L/Low -> low), else computed from the bounds, `null` with no numeric range.  Multi-line snippets
use the two characters \\n.

The helpers are keyed-columns/gen_cases.py's (same row encoding; same checks: every printed flag against the bounds,
no value on a bound, derived numbers against their parts, every catalog key and normalized unit against the catalog
modules ../../../biomarkers/catalog/biomarker-catalog.v*.ts, the printed counts).  Added here: every row's printed
value must occur in its snippet, every snippet is tagged with the distractor kinds it holds (printed by kind), and
every snippet with results holds at least three kinds of non-result numbers.
"""
import glob, json, math, os

def sig3(x):
    if x == 0: return "0"
    d = 3 - int(math.floor(math.log10(abs(x)))) - 1
    return f"{round(x, d):.{max(d, 0)}f}"

# ---- factors to the catalog's ucumUnit; (factor or function, how it is written in `why`); molar masses are the
# ---- catalog's (v1, v2, v9)
TESTO_NMOL = (28.842, "x 28.842 (testosterone 288.42 g/mol: nmol/L -> ng/dL)")
FT_NMOL    = (288.42, "x 288.42 (testosterone 288.42 g/mol: nmol/L -> pg/mL)")
E2_PMOL    = (0.27238, "x 0.27238 (estradiol 272.38 g/mol: pmol/L -> pg/mL)")
PROG_NMOL  = (0.31446, "x 0.31446 (progesterone 314.46 g/mol: nmol/L -> ng/mL)")
CHOL_MMOL  = (38.665, "x 38.665 (cholesterol 386.65 g/mol: mmol/L -> mg/dL)")
TG_MMOL    = (88.57, "x 88.57 (triglycerides 885.7 g/mol: mmol/L -> mg/dL)")
GLU_MMOL   = (18.0156, "x 18.0156 (glucose 180.156 g/mol: mmol/L -> mg/dL)")
CREA_UMOL  = (0.011312, "x 0.011312 (creatinine 113.12 g/mol: umol/L -> mg/dL)")
UREA_MMOL  = (6.006, "x 6.006 (urea 60.06 g/mol: mmol/L -> mg/dL)")
VITD_NMOL  = (0.40064, "x 0.40064 (25-OH vitamin D 400.64 g/mol: nmol/L -> ng/mL)")
HGB_GL     = (0.1, "x 0.1 (g/L -> g/dL)")
HCT_LL     = (100.0, "x 100 (L/L -> %)")
ALB_GL     = (0.1, "x 0.1 (g/L -> g/dL)")
BILI_UMOL  = (0.058466, "x 0.058466 (bilirubin 584.66 g/mol: umol/L -> mg/dL)")
APOB_GL    = (100.0, "x 100 (g/L -> mg/dL)")
TRF_GL     = (100.0, "x 100 (g/L -> mg/dL)")
FT4_PMOL   = (0.077687, "x 0.077687 (thyroxine 776.87 g/mol: pmol/L -> ng/dL)")
FT3_PMOL   = (0.65097, "x 0.65097 (triiodothyronine 650.97 g/mol: pmol/L -> pg/mL)")
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
    """One expected row (as keyed-columns): bm catalog key or ?Printed Name; pv the printed number; pu the printed
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
    return {"s": f"{bm}|{vt}|{fl}|{nv}|{nu}|{rng}", "rng": rng or "none", "note": note, "pv": pv}

def chk(label, got, want, tol):
    """A number the printout derives from others (a sum, a ratio, a difference, a calculated value) must agree."""
    assert abs(got - want) <= tol, ("inconsistent", label, got, want)

# ---- the kinds of non-result numbers (distractors) a snippet holds, and the kinds of snippet with no result
KINDS = {
    "HDR": "patient/specimen header: age, DOB, sex, weight/height/BMI, MRN/NHS/health-card/Medicare/NHI numbers, "
           "accession/requisition/specimen ids, collection/received/reported date-times, fasting hours",
    "ADM": "letterhead and footer: phone/fax, addresses, CLIA/NATA/UKAS/SANAS/IANZ/HPCSA/company numbers, provider "
           "numbers, page x of y, signatures, barcodes, 'tests marked * are not accredited'",
    "SPC": "specimen notes: haemolysis index, tube counts and volumes, collection start/end and duration, preservative, "
           "aliquot, sample age, stability, dilution",
    "CUT": "guideline cut-offs in a sentence of an interpretive comment",
    "TBL": "a cut-off, risk, age, phase or gestation table inside a comment",
    "MCH": "a method / reference-interval change notice with old and new ranges",
    "CNV": "a unit-conversion note",
    "EQN": "an equation or calculation note (eGFR, LDL, free testosterone, FAI, anion gap)",
    "PRV": "previous results in prose",
    "DOS": "doses and treatment schedules (clinical details, dosing advice)",
    "CRT": "critical-result call documentation repeating a value",
    "QCL": "QC, calibration, lot and analyser lines",
    "FUP": "follow-up intervals and confirmation thresholds ('repeat in 3 months', 'above 5000 is confirmed')",
    "BPOS": "a borderline line that IS a result (calculated eGFR, LDL, anion gap, FAI, free T, % free PSA, ACR, "
            "24-h urine volume)",
    "EDU": "no result: a patient-education sheet",
    "REQ": "no result: a requisition / order form",
    "EOB": "no result: an insurance statement",
    "PRE": "no result: pre-test instructions",
    "REJ": "no result: a specimen-rejected / test-cancelled notice",
    "COM": "no result: a report page holding only interpretive comments",
}
NONE_KINDS = ("EDU", "REQ", "EOB", "PRE", "REJ", "COM")

def ckd_epi_2021(scr_mgdl, age, male):
    k, a = (0.9, -0.302) if male else (0.7, -0.241)
    return 142 * min(scr_mgdl / k, 1) ** a * max(scr_mgdl / k, 1) ** -1.200 * 0.9938 ** age * (1 if male else 1.012)

def ckd_epi_2009(scr_mgdl, age, male):
    k, a = (0.9, -0.411) if male else (0.7, -0.329)
    return 141 * min(scr_mgdl / k, 1) ** a * max(scr_mgdl / k, 1) ** -1.209 * 0.993 ** age * (1 if male else 1.018)

def vermeulen_ft(t_nmol, shbg_nmol, alb_gl):
    """Calculated free testosterone (nmol/L): Ka(albumin) 3.6e4 L/mol, Kt(SHBG) 1e9 L/mol, albumin 69 kDa."""
    T, S = t_nmol * 1e-9, shbg_nmol * 1e-9
    N = 1 + 3.6e4 * alb_gl / 69000
    a, b = N * 1e9, N + 1e9 * (S - T)
    return (-b + math.sqrt(b * b + 4 * a * T)) / (2 * a) * 1e9

cases, kinds_of = [], {}
def add(id, kinds, line, rows, why):
    for k in kinds: assert k in KINDS, (id, k)
    if rows == "-":
        assert any(k in NONE_KINDS for k in kinds), id
        exp, rngs, notes = "-", ["none"], []
    else:
        assert not any(k in NONE_KINDS for k in kinds), id
        assert len([k for k in kinds if k != "BPOS"]) >= 3, ("too few distractor kinds", id)
        exp = " ;; ".join(r["s"] for r in rows)
        rngs = [r["rng"] for r in rows]
        notes = [r["note"] for r in rows if r["note"]]
        for r in rows:
            if r["pv"] is not None: assert fmtv(r["pv"]) in line, ("printed value not in the snippet", id, r["s"])
    full = f"range={', '.join(rngs)}; {why}" + ("; " + "; ".join(notes) if notes else "")
    for x in (line, exp, full): assert "\t" not in x and "\n" not in x, id
    cases.append((id, line, exp, full))
    kinds_of[id] = kinds

# ======================= N01  US, Quest-style men's hormone panel =======================
w = [32, 11, 15, 19]
add("N01", ["HDR", "ADM", "CUT", "FUP"],
    J("Quest-style Diagnostics  -  Patient Report    FINAL",
      "Patient: HALLORAN, PETER J    DOB: 03/14/1971    Age: 54    Sex: M    Phone: 555-201-4417",
      "Specimen: WX482915K    Requisition: 7729164    Lab Ref #: 55123908    Fasting: Y (12 h)",
      "Collected: 09/02/2025 07:45    Received: 09/02/2025 21:10    Reported: 09/04/2025 06:12",
      A(w, "Test Name", "In Range", "Out Of Range", "Reference Range", "Lab"),
      A(w, "TESTOSTERONE, TOTAL, MS", "612", "", "250-1100 ng/dL", "EZ"),
      A(w, "TESTOSTERONE, FREE", "68.2", "", "35.0-155.0 pg/mL", "EZ"),
      A(w, "SEX HORMONE BINDING GLOBULIN", "38", "", "10-50 nmol/L", "EZ"),
      A(w, "ESTRADIOL, ULTRASENSITIVE", "", "41 H", "<=39 pg/mL", "EZ"),
      A(w, "PSA, TOTAL", "1.1", "", "<=4.0 ng/mL", "EZ"),
      A(w, "HEMATOCRIT", "", "50.9 H", "38.5-50.0 %", "EZ"),
      "  For men on testosterone therapy, a hematocrit above 54% warrants dose reduction or interruption of treatment.",
      "  PSA: an increase of more than 1.4 ng/mL within any 12-month period of treatment warrants urologic evaluation.",
      "Performing Site: EZ  Quest-style Diagnostics, 33608 Example Blvd, San Juan Capistrano, CA 92690",
      "Laboratory Director: A. Rivera, MD    CLIA: 05D0000000    Page 1 of 1"),
    [R("testosterone", 612, "ng/dL", "ng/dL", rng="250..1100"),
     R("testosterone-free", 68.2, "pg/mL", "pg/mL", rng="35.0..155.0"),
     R("shbg", 38, "nmol/L", "nmol/L", rng="10..50"),
     R("estradiol", 41, "pg/mL", "pg/mL", printed="high", rng="..39"),
     R("prostate-specific-antigen", 1.1, "ng/mL", "ng/mL", rng="..4.0"),
     R("hematocrit", 50.9, "%", "%", printed="high", rng="38.5..50.0")],
    "Six rows from the In Range / Out Of Range columns (units inside the range cell); not rows: DOB, age 54, phone, "
    "specimen/requisition/lab-ref numbers, 'Fasting: Y (12 h)', the three date-times, the hematocrit 54% treatment "
    "threshold and the PSA 1.4 ng/mL / 12-month rule (guidance sentences), the street number and ZIP, CLIA and "
    "'Page 1 of 1'")

# ======================= N02  US, Labcorp-style lipid panel with NIH-calculated LDL =======================
w = [26, 9, 7, 8, 20]
TC, HDL, TG = 214, 52, 142
ldl_nih = TC / 0.948 - HDL / 0.971 - (TG / 8.56 + TG * (TC - HDL) / 2140 - TG * TG / 16100) - 9.44
chk("N02 LDL (NIH/Sampson)", ldl_nih, 137, 0.5)
chk("N02 VLDL = TC - HDL - LDL", TC - HDL - 137, 25, 0)
chk("N02 TC/HDL", TC / HDL, 4.1, 0.05)
add("N02", ["HDR", "ADM", "EQN", "CUT", "BPOS"],
    J("labcorp-style    Patient Report    Specimen ID: 247-118-3390-0    Control ID: 40227381    Acct #: 04371155",
      "Patient: OKAFOR, GRACE    DOB: 11/02/1977    Age (y/m/d): 047/10/03    Sex: F    Patient ID: 8812047",
      "Date Collected: 09/10/2025    Date Received: 09/10/2025    Date Reported: 09/11/2025    Fasting: Yes",
      "Tests Ordered: Lipid Panel (303756); Hemoglobin A1c (001453)",
      A(w, "TESTS", "RESULT", "FLAG", "UNITS", "REFERENCE INTERVAL", "LAB"),
      A(w, "Cholesterol, Total", "214", "High", "mg/dL", "100-199", "01"),
      A(w, "Triglycerides", "142", "", "mg/dL", "0-149", "01"),
      A(w, "HDL Cholesterol", "52", "", "mg/dL", ">39", "01"),
      A(w, "VLDL Cholesterol Cal", "25", "", "mg/dL", "5-40"),
      A(w, "LDL Chol Calc (NIH)", "137", "High", "mg/dL", "0-99"),
      A(w, "T. Chol/HDL Ratio", "4.1", "", "ratio", "0.0-4.4"),
      A(w, "Hemoglobin A1c", "5.4", "", "%", "4.8-5.6", "01"),
      "LDL Chol Calc (NIH) is calculated by the NIH equation (Sampson 2020) and is not valid when triglycerides exceed 800 mg/dL.",
      "Please Note: Prediabetes: 5.7 - 6.4  Diabetes: >6.4  Glycemic control for adults with diabetes: <7.0",
      "01  BN  Labcorp-style Burlington, 2100 Example Ct, Burlington, NC 27215    Dir: J. Doe, MD    Phone: 555-762-0144"),
    [R("total-cholesterol", 214, "mg/dL", "mg/dL", printed="high", rng="100..199"),
     R("triglycerides", 142, "mg/dL", "mg/dL", rng="0..149"),
     R("hdl-cholesterol", 52, "mg/dL", "mg/dL", rng="39.."),
     R("vldl-cholesterol", 25, "mg/dL", "mg/dL", rng="5..40"),
     R("ldl-cholesterol", 137, "mg/dL", "mg/dL", printed="high", rng="0..99"),
     R("cholesterol-hdl-ratio", 4.1, "ratio", "{ratio}", rng="0.0..4.4"),
     R("hemoglobin-a1c", 5.4, "%", "%", rng="4.8..5.6")],
    "The calculated VLDL, LDL (NIH) and ratio rows ARE results (NIH LDL from 214/52/142 = 136.7, printed 137; VLDL "
    "214-52-137 = 25; 214/52 = 4.12); not rows: specimen/control/account ids, DOB, 'Age (y/m/d): 047/10/03', patient "
    "id, dates, the order codes in brackets, the '01' lab column, the NIH note's 800 mg/dL limit, Labcorp's HbA1c "
    "'Please Note' tiers (5.7-6.4, >6.4, <7.0: a comment, not the A1c's range), address, ZIP and phone")

# ======================= N03  UK, NHS trust U&E + LFT with eGFR =======================
w = [21, 9, 5, 17]
chk("N03 eGFR (CKD-EPI 2009, M 63, creat 98 umol/L)", ckd_epi_2009(98 * 0.011312, 63, True), 70, 0.5)
add("N03", ["HDR", "ADM", "SPC", "EQN", "TBL", "BPOS"],
    J("Northshire Hospitals NHS Foundation Trust  -  Department of Clinical Biochemistry",
      "Name: PRICE, Alan R    DOB: 12/06/1962 (63y)    NHS No: 943 476 5919    Hosp No: RXH1234567",
      "Lab No: 25.7712345.B    Collected: 03/09/2025 09:14    Received: 03/09/2025 11:02    Source: GP  M85001",
      A(w, "Test", "Result", "", "Units", "Ref Range"),
      A(w, "Sodium", "139", "", "mmol/L", "133 - 146"),
      A(w, "Potassium", "5.6", "H", "mmol/L", "3.5 - 5.3"),
      A(w, "Urea", "6.1", "", "mmol/L", "2.5 - 7.8"),
      A(w, "Creatinine", "98", "", "umol/L", "59 - 104"),
      A(w, "eGFR (CKD-EPI)", "70", "", "mL/min/1.73m2"),
      A(w, "Bilirubin", "11", "", "umol/L", "0 - 21"),
      A(w, "ALP", "84", "", "U/L", "30 - 130"),
      A(w, "ALT", "27", "", "U/L", "0 - 41"),
      A(w, "Albumin", "44", "", "g/L", "35 - 50"),
      "Haemolysis index 120: potassium may be falsely raised. Unspun samples over 6 h old also raise potassium; repeat if unexpected.",
      "eGFR by the CKD-EPI 2009 equation; not valid in patients under 18 years, in pregnancy or at extremes of muscle mass.",
      "CKD stage by eGFR (mL/min/1.73m2): G1 >=90  G2 60-89  G3a 45-59  G3b 30-44  G4 15-29  G5 <15",
      "Tests marked * are not UKAS accredited.  UKAS Medical Laboratory No. 8123.",
      "Authorised by: Dr S. Patel, Consultant Chemical Pathologist    Page 1 of 1"),
    [R("sodium", 139, "mmol/L", "mmol/L", rng="133..146"),
     R("potassium", 5.6, "mmol/L", "mmol/L", printed="high", rng="3.5..5.3"),
     R("urea", 6.1, "mmol/L", "mg/dL", UREA_MMOL, rng="2.5..7.8"),
     R("creatinine", 98, "umol/L", "mg/dL", CREA_UMOL, rng="59..104"),
     R("egfr", 70, "mL/min/1.73m2", "mL/min/{1.73_m2}"),
     R("total-bilirubin", 11, "umol/L", "mg/dL", BILI_UMOL, rng="0..21"),
     R("alkaline-phosphatase", 84, "U/L", "U/L", rng="30..130"),
     R("alanine-aminotransferase", 27, "U/L", "U/L", rng="0..41"),
     R("albumin", 44, "g/L", "g/dL", ALB_GL, rng="35..50")],
    "The calculated eGFR row IS a result, printed with no range (flag null; CKD-EPI 2009 for a 63-year-old man with "
    "creatinine 98 umol/L = 70); not rows: DOB/63y, NHS and hospital numbers, lab number, times, practice code M85001, "
    "the haemolysis index 120 and '6 h' (specimen note: the potassium is still reported and kept with its H), the "
    "equation note's 18 years, the CKD G1-G5 staging table under the block (a separate comment, not the eGFR's range), "
    "the UKAS number and page; 'UK Urea' is urea, not BUN")

# ======================= N04  Canada, community-lab lipids in SI =======================
w = [24, 9, 6, 17]
chk("N04 LDL (Friedewald, mmol/L)", 5.42 - 1.21 - 1.38 / 2.2, 3.58, 0.005)
chk("N04 non-HDL", 5.42 - 1.21, 4.21, 0.001)
add("N04", ["HDR", "ADM", "EQN", "CUT", "FUP", "BPOS"],
    J("LifeLabs-style Medical Laboratory Services    FINAL RESULTS    Page 1 of 2",
      "Patient: TREMBLAY, MARC    HCN: 1234-567-890-XY    Sex: M    DOB: 1968-04-22    Age: 57y",
      "Accession: 25-0912-447813    Collected: 2025-09-12 08:20    Reported: 2025-09-12 15:47    Fasting: 10 hours",
      "Ordering: Dr. A. Chen    CPSO #: 84213    Copy to: Dr. L. Roy    Tel: 1-877-555-0199",
      A(w, "Test", "Result", "Flag", "Reference Range", "Units"),
      A(w, "Cholesterol", "5.42", "H", "<5.20", "mmol/L"),
      A(w, "Triglycerides", "1.38", "", "<1.70", "mmol/L"),
      A(w, "HDL Cholesterol", "1.21", "", ">1.00", "mmol/L"),
      A(w, "LDL Cholesterol", "3.58", "H", "<3.50", "mmol/L"),
      A(w, "Non-HDL Cholesterol", "4.21", "H", "<4.20", "mmol/L"),
      A(w, "Apolipoprotein B", "1.08", "H", "<1.00", "g/L"),
      A(w, "Glucose Fasting", "5.8", "", "3.6-6.0", "mmol/L"),
      A(w, "Hemoglobin A1C", "5.9", "", "<6.0", "%"),
      "LDL-C is calculated (Friedewald: TC - HDL - TG/2.2) and is not reported when triglycerides exceed 4.5 mmol/L.",
      "2021 CCS guidelines: statin indicated if LDL-C >=5.0 mmol/L; on treatment, intensify if LDL-C >=1.8 mmol/L, "
      "non-HDL-C >=2.4 mmol/L or ApoB >=0.7 g/L.",
      "Diabetes Canada: an A1C of 6.5% or more is diagnostic of diabetes; 6.0-6.4% indicates prediabetes.",
      "Repeat the lipid profile 3 to 6 months after starting or changing therapy.",
      "Continued on page 2 of 2"),
    [R("total-cholesterol", 5.42, "mmol/L", "mg/dL", CHOL_MMOL, printed="high", rng="..5.20"),
     R("triglycerides", 1.38, "mmol/L", "mg/dL", TG_MMOL, rng="..1.70"),
     R("hdl-cholesterol", 1.21, "mmol/L", "mg/dL", CHOL_MMOL, rng="1.00.."),
     R("ldl-cholesterol", 3.58, "mmol/L", "mg/dL", CHOL_MMOL, printed="high", rng="..3.50"),
     R("non-hdl-cholesterol", 4.21, "mmol/L", "mg/dL", CHOL_MMOL, printed="high", rng="..4.20"),
     R("apolipoprotein-b", 1.08, "g/L", "mg/dL", APOB_GL, printed="high", rng="..1.00"),
     R("glucose", 5.8, "mmol/L", "mg/dL", GLU_MMOL, rng="3.6..6.0"),
     R("hemoglobin-a1c", 5.9, "%", "%", rng="..6.0")],
    "The calculated LDL row IS a result (5.42 - 1.21 - 1.38/2.2 = 3.58); not rows: health card number, DOB, age 57y, "
    "accession, date-times, 'Fasting: 10 hours', CPSO number, phone, the Friedewald note's 4.5 mmol/L limit, the CCS "
    "treatment thresholds (5.0, 1.8, 2.4, 0.7), the Diabetes Canada A1C cut-offs (6.5%, 6.0-6.4%), 'repeat 3 to 6 "
    "months' and the page lines")

# ======================= N05  Australia, Sonic-style iron studies + vitamin D =======================
w = [24, 7, 5, 8]
chk("N05 TSAT = iron / (transferrin g/L x 25.1) x 100", 14 / (2.9 * 25.1) * 100, 19, 0.5)
add("N05", ["HDR", "ADM", "DOS", "TBL", "PRV", "FUP", "CUT"],
    J("Sonic-style Pathology (NSW)    NATA Accreditation No. 2184    Lab Ref: 25-71234567",
      "Patient: NGUYEN, Thi Lan    DOB: 05/11/1984    Sex: F    Medicare: 2123 45678 1",
      "Requested by: Dr R. Kelly (Provider No. 2345678A)    Collected: 04/09/2025 08:15    Reported: 05/09/2025 10:02",
      "Clinical notes: fatigue, heavy menses; taking vitamin D 1000 IU daily and iron 65 mg alternate days",
      "IRON STUDIES",
      A(w, "Iron", "14", "", "umol/L", "(5 - 30)"),
      A(w, "Transferrin", "2.9", "", "g/L", "(2.0 - 3.6)"),
      A(w, "Transferrin Saturation", "19", "", "%", "(10 - 45)"),
      A(w, "Ferritin", "22", "L", "ug/L", "(30 - 200)"),
      "VITAMIN D",
      A(w, "25-OH Vitamin D", "48", "L", "nmol/L", "(50 - 140)"),
      "Comment: Vitamin D status (ANZBMS/ESA position statement):",
      "  Adequate          >=50 nmol/L (levels may need to be 10-20 nmol/L higher at the end of summer)",
      "  Mild deficiency   30 - 49 nmol/L",
      "  Moderate          12.5 - 29 nmol/L",
      "  Severe            <12.5 nmol/L",
      "Previous 25-OH vitamin D 41 nmol/L on 12/03/2025.",
      "Cholecalciferol 1000-2000 IU daily is usually adequate; recheck in 3 months. Ferritin below 30 ug/L indicates "
      "depleted iron stores."),
    [R("iron", 14, "umol/L", "ug/dL", IRON_UMOL, rng="5..30"),
     R("transferrin", 2.9, "g/L", "mg/dL", TRF_GL, rng="2.0..3.6"),
     R("transferrin-saturation", 19, "%", "%", rng="10..45"),
     R("ferritin", 22, "ug/L", "ng/mL", printed="low", rng="30..200"),
     R("vitamin-d", 48, "nmol/L", "ng/mL", VITD_NMOL, printed="low", rng="50..140")],
    "Five rows; not rows: NATA number, lab ref, DOB, Medicare and provider numbers, date-times, the clinical notes' "
    "doses (1000 IU, 65 mg), the vitamin D status table under the comment (tiers of a comment after a printed "
    "interval, so the result keeps 50..140), the previous value 41 nmol/L with its date, the dosing advice, 'recheck "
    "in 3 months' and the ferritin 30 ug/L sentence; ug/L = ng/mL for ferritin; TSAT 14/(2.9 x 25.1) = 19%")

# ======================= N06  no result: US patient-education sheet on cholesterol numbers =======================
w = [28, 26]
add("N06", ["EDU", "TBL", "CUT"],
    J("UNDERSTANDING YOUR CHOLESTEROL NUMBERS    Patient Education Series  #PE-114  (Rev. 03/2024)",
      "Your lipid panel measures four things. Here is what the numbers mean for most adults:",
      A(w, "Total cholesterol", "Less than 200 mg/dL", "Desirable"),
      A(w, "", "200 - 239 mg/dL", "Borderline high"),
      A(w, "", "240 mg/dL and above", "High"),
      A(w, "LDL (\"bad\") cholesterol", "Less than 100 mg/dL", "Optimal"),
      A(w, "HDL (\"good\") cholesterol", "60 mg/dL and above", "Protective"),
      A(w, "Triglycerides", "Less than 150 mg/dL", "Normal"),
      "If you have diabetes or heart disease, your doctor may aim for an LDL below 70 mg/dL, or even below 55 mg/dL.",
      "Every 39 mg/dL (1 mmol/L) lower LDL cuts the risk of heart attack and stroke by about 22%.",
      "Adults 20 and older should have cholesterol checked every 4 to 6 years. Fast for 9 to 12 hours before the test.",
      "Questions? Call our nurse line at 555-0142, Monday-Friday 8 am - 5 pm."),
    "-",
    "An education sheet: every line pairs an analyte name with a number and mg/dL ('Total cholesterol  Less than 200 "
    "mg/dL  Desirable', 'HDL (\"good\") cholesterol  60 mg/dL and above'), but these are the NCEP categories, no "
    "patient's value; the goals (70, 55), the 39 mg/dL = 1 mmol/L and 22% sentence, ages, intervals, fasting hours, "
    "the form number and phone are no results either")

# ======================= N07  Ireland, hospital thyroid + 09:00 cortisol with an RI change notice ==================
w = [20, 9, 8, 14]
add("N07", ["HDR", "ADM", "MCH", "QCL", "CUT", "DOS"],
    J("St. Brigid's University Hospital  -  Clinical Biochemistry    Tel (01) 555 4471    Fax (01) 555 4472",
      "Patient: BYRNE, Siobhan    MRN: 0987654    DOB: 21/07/1979    Age: 46Y    Sex: F    Location: OPD Endocrine Clinic 3",
      "Specimen No: H25B012345    Collected: 08/09/2025 09:05    Received: 08/09/2025 09:40    Authorised: 08/09/2025 14:18",
      A(w, "Test", "Result", "Units", "Reference Range"),
      A(w, "TSH", "3.20", "mIU/L", "0.40 - 4.00"),
      A(w, "Free T4", "14.8", "pmol/L", "11.5 - 22.7"),
      A(w, "Free T3", "4.6", "pmol/L", "3.5 - 6.5"),
      A(w, "Testosterone", "1.2", "nmol/L", "0.3 - 1.7"),
      A(w, "Cortisol (09:00)", "412", "nmol/L", "133 - 537"),
      "NOTE: From 01/03/2025 the TSH reference interval changed from 0.27-4.20 to 0.40-4.00 mIU/L following the change of "
      "immunoassay platform (reagent lot 2310, calibrator lot 118).",
      "Cortisol: a 09:00 cortisol above 450 nmol/L makes adrenal insufficiency unlikely; below 100 nmol/L it is likely. "
      "Patients on hydrocortisone 10 mg twice daily should omit the morning dose before sampling.",
      "Authorised by: Dr C. Murphy, Consultant Clinical Biochemist, IMC Reg. No. 012345    Page 1 of 1"),
    [R("thyroid-stimulating-hormone", 3.2, "mIU/L", "m[IU]/L", rng="0.40..4.00"),
     R("free-t4", 14.8, "pmol/L", "ng/dL", FT4_PMOL, rng="11.5..22.7"),
     R("free-t3", 4.6, "pmol/L", "pg/mL", FT3_PMOL, rng="3.5..6.5"),
     R("testosterone", 1.2, "nmol/L", "ng/dL", TESTO_NMOL, rng="0.3..1.7"),
     R("cortisol", 412, "nmol/L", "ug/dL", CORT_NMOL, rng="133..537")],
    "Five rows; the '(09:00)' in the cortisol's name is the sampling time, not its value (412); not rows: phone and fax, "
    "MRN, DOB, age, clinic 3, specimen number, the three date-times, the change notice's old and new TSH intervals "
    "(0.27-4.20, 0.40-4.00: the printed range column decides) and lot numbers, the cortisol cut-offs 450 and 100 "
    "nmol/L, the hydrocortisone dose, the IMC number and page; mIU/L = m[IU]/L")

# ======================= N08  South Africa, PathCare-style PSA with age and %free tables =======================
w = [22, 7, 9, 15]
chk("N08 % free PSA", 0.61 / 3.80 * 100, 16, 0.1)
add("N08", ["HDR", "ADM", "TBL", "PRV", "BPOS"],
    J("PathCare-style Reference Laboratory, N1 City    Co. Reg. No. 1995/001234/07    Tel 021 555 6000",
      "Patient: VAN DER MERWE, Johan    Age: 63 Y    Sex: M    ID No: 6204115123084",
      "Lab No: 25J0123456    Account: 7712 345 678    Dr: P. Naidoo (Practice No. 0123456)    Collected: 15/09/2025 07:50",
      "ENDOCRINOLOGY / TUMOUR MARKERS",
      A(w, "PSA (total)", "3.80", "ug/L", "(0.00 - 4.00)"),
      A(w, "PSA (free)", "0.61", "ug/L"),
      A(w, "Free PSA %", "16", "%", "(>25)", "L"),
      A(w, "Testosterone", "16.2", "nmol/L", "(8.6 - 29.0)"),
      "Comment:",
      "Age-specific PSA upper limits (ug/L): 40-49 y <2.5; 50-59 y <3.5; 60-69 y <4.5; 70-79 y <6.5.",
      "Free PSA % (for total PSA 4-10 ug/L): <10% high probability of prostate cancer; 10-25% intermediate; >25% low.",
      "Previous PSA 2.9 ug/L (14/08/2024).",
      "HPCSA Reg. No. MP 0123456    Pathologist: Dr F. Adams    *** End of report ***"),
    [R("prostate-specific-antigen", 3.8, "ug/L", "ng/mL", rng="0.00..4.00"),
     R("prostate-specific-antigen-free", 0.61, "ug/L", "ng/mL"),
     R("prostate-specific-antigen-free-percent", 16, "%", "%", printed="low", rng="25.."),
     R("testosterone", 16.2, "nmol/L", "ng/dL", TESTO_NMOL, rng="8.6..29.0")],
    "The calculated Free PSA % row IS a result (0.61/3.80 = 16%), flagged L against its printed >25; the free PSA "
    "prints no range (null); not rows: company registration, phone, age 63, the ID number, lab, account and practice "
    "numbers, collection time, the age-specific PSA table and the % free PSA tiers in the comment (the PSA keeps its "
    "printed 0.00-4.00 even though 60-69 y reads <4.5), the previous PSA 2.9 with its date, HPCSA number; ug/L = ng/mL")

# ======================= N09  US, hospital LIS basic metabolic panel with a critical call =======================
w = [19, 9, 7, 15]
chk("N09 anion gap = Na - (Cl + CO2)", 134 - (101 + 23), 10, 0)
chk("N09 eGFR (CKD-EPI 2021, M 67, creat 1.42)", ckd_epi_2021(1.42, 67, True), 54, 0.5)
add("N09", ["HDR", "ADM", "SPC", "CRT", "EQN", "BPOS"],
    J("MERCY VALLEY MEDICAL CENTER LABORATORY    1200 Hospital Drive, Springfield, IL 62701    CLIA# 14D0000000",
      "Patient: KOWALSKI, Edward    MRN: 00734129    FIN: 4000123456    DOB: 02/18/1958    Age: 67 Y    Sex: M",
      "Location: 4B-412    Attending: Dr. M. Ortiz    Collected: 09/05/2025 13:58    Received: 09/05/2025 14:09",
      "Accession: 25-248-00417    Specimen: Plasma, lithium heparin (green top), 1 tube",
      "BASIC METABOLIC PANEL",
      A(w, "Component", "Value", "Flag", "Ref Range", "Units"),
      A(w, "Sodium", "134", "L", "136-145", "mmol/L"),
      A(w, "Potassium", "6.4", "HH", "3.5-5.1", "mmol/L"),
      A(w, "Chloride", "101", "", "98-107", "mmol/L"),
      A(w, "CO2", "23", "", "22-29", "mmol/L"),
      A(w, "Anion Gap", "10", "", "7-16", "mmol/L"),
      A(w, "BUN", "28", "H", "8-23", "mg/dL"),
      A(w, "Creatinine", "1.42", "H", "0.70-1.30", "mg/dL"),
      A(w, "eGFR", "54", "L", ">=60", "mL/min/1.73m2"),
      A(w, "Glucose", "112", "H", "70-99", "mg/dL"),
      A(w, "Calcium", "9.1", "", "8.6-10.3", "mg/dL"),
      "CRITICAL RESULT: Potassium 6.4 mmol/L called to and read back by RN J. Lee, 4B, at 14:32 on 09/05/2025 (tech #4471).",
      "Hemolysis index: 15 (no interference).",
      "eGFR calculated with the CKD-EPI 2021 creatinine equation (race-free); not valid under 18 years of age.",
      "Anion Gap = Na - (Cl + CO2); expected 7-16 mmol/L."),
    [R("sodium", 134, "mmol/L", "mmol/L", printed="low", rng="136..145"),
     R("potassium", 6.4, "mmol/L", "mmol/L", printed="high", rng="3.5..5.1"),
     R("chloride", 101, "mmol/L", "mmol/L", rng="98..107"),
     R("carbon-dioxide", 23, "mmol/L", "mmol/L", rng="22..29"),
     R("anion-gap", 10, "mmol/L", "mmol/L", rng="7..16"),
     R("blood-urea-nitrogen", 28, "mg/dL", "mg/dL", printed="high", rng="8..23"),
     R("creatinine", 1.42, "mg/dL", "mg/dL", printed="high", rng="0.70..1.30"),
     R("egfr", 54, "mL/min/1.73m2", "mL/min/{1.73_m2}", printed="low", rng="60.."),
     R("glucose", 112, "mg/dL", "mg/dL", printed="high", rng="70..99"),
     R("calcium", 9.1, "mg/dL", "mg/dL", rng="8.6..10.3")],
    "Ten rows; the calculated anion gap (134 - (101 + 23) = 10) and eGFR (CKD-EPI 2021, man of 67, creatinine 1.42 = "
    "54) ARE results; HH (critical high) is 'high'; not rows: the critical-call line that repeats 'Potassium 6.4 "
    "mmol/L' with its time and tech number (one potassium row, from the table), the hemolysis index 15, street number "
    "and ZIP, CLIA, MRN, FIN, DOB, age, room 4B-412, date-times, accession, '1 tube', the eGFR note's 18 years and the "
    "anion gap formula line's 7-16 (it repeats the row's range)")

# ======================= N10  no result: UK GP pathology request (order comms) =======================
w = [25, 9]
add("N10", ["REQ", "HDR", "DOS", "SPC"],
    J("ICE-style Order Comms  -  Pathology Request    Order No: 25-ICE-0881472    Printed 02/09/2025 10:41",
      "Patient: WALSH, Daniel    DOB: 30/01/1975    NHS No: 485 777 3456    Practice: Riverside Surgery (J82154)",
      "Clinical details: testosterone gel 40.5 mg daily, applied 07:00; 6-month review. BMI 31. Weight 104 kg.",
      A(w, "Tests requested", "Code", "Container"),
      A(w, "Full blood count", "FBC", "Purple EDTA 4 mL"),
      A(w, "Urea & electrolytes", "U&E", "Gold SST 5 mL"),
      A(w, "Liver function tests", "LFT", "Gold SST 5 mL"),
      A(w, "HbA1c", "HBA1C", "Purple EDTA 2 mL"),
      A(w, "Testosterone (+SHBG)", "TESTO", "Gold SST 5 mL"),
      A(w, "PSA", "PSA", "Gold SST 5 mL"),
      "Collect before 11:00. Samples must reach the laboratory within 4 hours of collection (potassium).",
      "Priority: Routine    Tubes: 4    Requester: Dr H. Ahmed (GMC 7012345)"),
    "-",
    "A request form: test names each followed by a tube and its volume ('HbA1c  HBA1C  Purple EDTA 2 mL'), the gel "
    "dose, BMI 31 and weight 104 kg in the clinical details, order, NHS and practice numbers, times, '4 hours', tube "
    "count and GMC number; nothing has been measured yet")

# ======================= N11  Australia, HbA1c (IFCC), fasting glucose and urine ACR =======================
w = [28, 8, 6, 10]
chk("N11 ACR = albumin / creatinine", 18 / 6.4, 2.8, 0.05)
add("N11", ["HDR", "ADM", "CUT", "PRV", "FUP", "BPOS"],
    J("Laverty-style Pathology (NSW)    Lab No: 25-458812-7    APA No. 12345    Page 1 of 1",
      "Patient: SMITH, Bruce    DOB: 02/03/1966 (59y)    Sex: M    Medicare No: 4123 45678 1-2    UR: 00441287",
      "Collected: 11/09/2025 07:40    Fasting: 11 h    Doctor: Dr K. Tan (Prov No. 4455667B)",
      A(w, "Test", "Result", "Flag", "Units", "Ref. Interval"),
      A(w, "Glucose (fasting)", "6.3", "H", "mmol/L", "3.0 - 6.0"),
      A(w, "HbA1c (IFCC)", "44", "H", "mmol/mol", "20 - 41"),
      A(w, "Urine Albumin", "18", "", "mg/L"),
      A(w, "Urine Creatinine", "6.4", "", "mmol/L"),
      A(w, "Urine Albumin/Creat Ratio", "2.8", "H", "mg/mmol", "< 2.5"),
      "Comments:",
      "An HbA1c of 48 mmol/mol (6.5%) or above is consistent with diabetes; 42-47 mmol/mol indicates increased risk. "
      "Medicare rebates one diagnostic HbA1c per 12 months.",
      "Previous HbA1c 41 mmol/mol (17/02/2025).",
      "ACR: two of three samples above 2.5 mg/mmol (men) or 3.5 mg/mmol (women) over 3 to 6 months confirm albuminuria.",
      "NATA/RCPA accredited laboratory No. 2345"),
    [R("glucose", 6.3, "mmol/L", "mg/dL", GLU_MMOL, printed="high", rng="3.0..6.0"),
     R("hemoglobin-a1c", 44, "mmol/mol", "%", A1C_IFCC, printed="high", rng="20..41"),
     R("?Urine Albumin", 18, "mg/L", "mg/L"),
     R("?Urine Creatinine", 6.4, "mmol/L", "mmol/L"),
     R("microalbumin-creatinine-ratio", 2.8, "mg/mmol", "mg/g", ACR_MGMMOL, printed="high", rng="..2.5")],
    "The urine albumin and creatinine concentrations are results with no catalog entry for the specimen (urine "
    "creatinine is not the serum creatinine entry) and no range; the ACR row IS a result (18/6.4 = 2.8); not rows: "
    "lab, APA, Medicare and UR numbers, DOB/59y, 'Fasting: 11 h', provider number, the HbA1c cut-offs 48 (6.5%) and "
    "42-47, '12 months', the previous HbA1c 41 (17/02/2025), the ACR confirmation rule (2.5, 3.5, 3 to 6 months), "
    "NATA number and page; the HbA1c range stays in mmol/mol")

# ======================= N12  US, reference-lab 24-hour urine with the volume as a result row ===================
w = [36, 9, 7, 12]
chk("N12 creatinine per 24 h = mg/dL x 21.5 dL", 53.5 * 21.5, 1150, 1)
chk("N12 creatinine mg/kg/d (61 kg)", 1150 / 61, 18.9, 0.05)
add("N12", ["HDR", "ADM", "SPC", "CUT", "BPOS"],
    J("ARUP-style Reference Laboratory    Patient Report    Accession: 25-251-904417    Printed 09/09/2025 11:20",
      "*25251904417*",
      "Patient: FEINBERG, Laura    DOB: 07/30/1969    Sex: F    Height: 165 cm    Weight: 61 kg    Ordering: Dr. P. Shah",
      "Collection start: 09/07/2025 07:00    Collection end: 09/08/2025 07:00    Duration: 24 h    Preservative: boric acid 10 g",
      "Received: 09/08/2025 14:35    Aliquot submitted: 10 mL of total, refrigerated",
      A(w, "Procedure", "Result", "Units", "Ref Interval"),
      A(w, "Urine Volume, 24 hr", "2150", "mL"),
      A(w, "Creatinine, Urine - per volume", "53.5", "mg/dL"),
      A(w, "Creatinine, Urine - per 24h", "1150", "mg/d", "600-1800"),
      A(w, "Cortisol, Free, Urine - per 24h", "38", "ug/d", "4-50"),
      A(w, "Protein, Total, Urine - per 24h", "112", "mg/d", "0-150"),
      "Note: creatinine excretion of 15-20 mg/kg/d in women (20-25 mg/kg/d in men) suggests a complete collection.",
      "Interpretive data: a urine free cortisol above 150 ug/d (three times the upper reference limit) is highly "
      "suggestive of Cushing syndrome."),
    [R("?Urine Volume, 24 hr", 2150, "mL", "mL"),
     R("?Creatinine, Urine - per volume", 53.5, "mg/dL", "mg/dL"),
     R("?Creatinine, Urine - per 24h", 1150, "mg/d", "mg/d", rng="600..1800"),
     R("?Cortisol, Free, Urine - per 24h", 38, "ug/d", "ug/d", rng="4..50"),
     R("?Protein, Total, Urine - per 24h", 112, "mg/d", "mg/d", rng="0..150")],
    "The 24-h urine volume printed as a result row with its unit IS a result (no range, null), as are the four urine "
    "analytes, all `?` rows because the catalog's creatinine, cortisol and protein entries are serum concentrations "
    "or a urine concentration in mg/dL, not 24-h excretions (53.5 mg/dL x 21.5 dL = 1150 mg/d); not rows: accession "
    "and its barcode, DOB, height 165 cm and weight 61 kg in the header, collection start/end, 'Duration: 24 h', the "
    "preservative's 10 g, the 10 mL aliquot, received time, the completeness rule (15-20, 20-25 mg/kg/d) and the "
    "150 ug/d Cushing threshold")

# ======================= N13  no result: US insurance explanation of benefits =======================
w = [8, 32, 10, 10, 12, 13]
eob = [(96.00, 13.39, 2.68, 10.71), (68.00, 9.71, 1.94, 7.77), (112.00, 16.80, 3.36, 13.44),
       (185.00, 29.60, 5.92, 23.68), (25.00, 3.00, 0.60, 2.40)]
for b_, a_, c_, p_ in eob:
    chk("N13 coinsurance 20%", a_ * 0.2, c_, 0.005); chk("N13 plan paid", a_ - c_, p_, 0.001)
for i, tot in enumerate((486.00, 72.50, 14.50, 58.00)): chk("N13 total", sum(r[i] for r in eob), tot, 0.001)
add("N13", ["EOB", "HDR"],
    J("EXPLANATION OF BENEFITS    THIS IS NOT A BILL    Claim #: 2025-09-114-778201    Member ID: XJH882014559    Group: 004412",
      "Patient: MARTINEZ, ELENA    Provider: Quest-style Diagnostics Inc    Date of service: 08/26/2025    Processed: 09/15/2025",
      A(w, "CPT", "Service", "Billed", "Allowed", "Deductible", "Coinsurance", "Plan paid"),
      A(w, "80061", "Lipid panel", "$96.00", "$13.39", "$0.00", "$2.68", "$10.71"),
      A(w, "83036", "Hemoglobin; glycosylated (A1c)", "$68.00", "$9.71", "$0.00", "$1.94", "$7.77"),
      A(w, "84443", "Thyroid stimulating hormone", "$112.00", "$16.80", "$0.00", "$3.36", "$13.44"),
      A(w, "82306", "Vitamin D; 25 hydroxy", "$185.00", "$29.60", "$0.00", "$5.92", "$23.68"),
      A(w, "36415", "Routine venipuncture", "$25.00", "$3.00", "$0.00", "$0.60", "$2.40"),
      A(w, "Totals", "", "$486.00", "$72.50", "$0.00", "$14.50", "$58.00"),
      "Your share: $14.50 (20% coinsurance). Deductible met to date: $1,500.00 of $1,500.00. Out-of-pocket max: $6,350.00."),
    "-",
    "An insurance statement: CPT codes before the test names and dollar amounts after them ('Vitamin D; 25 hydroxy  "
    "$185.00 ...', where the 25 is part of the name), claim, member and group numbers, dates, 20%; every number is "
    "money or a code")

# ======================= N14  UK, private-lab female hormones with a phase table =======================
w = [16, 8, 8, 12]
wt = [24, 12, 12, 11]
add("N14", ["HDR", "ADM", "TBL", "CUT", "DOS"],
    J("Spire-style Pathology Services    Report for: Dr J. Marsh, 10 Example Street, London W1G 9PF",
      "Patient: COLLINS, Rachel    DOB: 09/05/1983 (42y)    Sex: F    Lab No: SP25-0917744    Sample: serum, 1 x SST",
      "Clinical details: LMP 20/08/2025 (cycle day 21 of 28); taking DHEA 25 mg daily",
      "Collected: 09/09/2025 08:50    Reported: 10/09/2025 12:31",
      A(w, "Test", "Result", "Units", "Reference"),
      A(w, "FSH", "6.2", "IU/L", "See table"),
      A(w, "LH", "5.1", "IU/L", "See table"),
      A(w, "Oestradiol", "410", "pmol/L", "See table"),
      A(w, "Progesterone", "32.5", "nmol/L", "See table"),
      A(w, "DHEA Sulphate", "6.9", "umol/L", "2.7 - 9.2"),
      "Phase-specific reference ranges:",
      A(wt, "", "Follicular", "Mid-cycle", "Luteal", "Post-menopausal"),
      A(wt, "FSH (IU/L)", "3.5-12.5", "4.7-21.5", "1.7-7.7", "25.8-134.8"),
      A(wt, "LH (IU/L)", "2.4-12.6", "14.0-95.6", "1.0-11.4", "7.7-58.5"),
      A(wt, "Oestradiol (pmol/L)", "114-332", "222-1959", "222-854", "<138"),
      A(wt, "Progesterone (nmol/L)", "0.6-4.7", "2.4-9.4", "5.3-86.0", "<0.6"),
      "A day-21 progesterone above 30 nmol/L is consistent with ovulation."),
    [R("follicle-stimulating-hormone", 6.2, "IU/L", "m[IU]/mL"),
     R("luteinizing-hormone", 5.1, "IU/L", "m[IU]/mL"),
     R("estradiol", 410, "pmol/L", "pg/mL", E2_PMOL),
     R("progesterone", 32.5, "nmol/L", "ng/mL", PROG_NMOL),
     R("dhea-sulfate", 6.9, "umol/L", "ug/dL", DHEAS_UMOL, rng="2.7..9.2")],
    "Five rows; 'See table' gives an empty range and a null flag (as keyed-columns' 'See note'); not rows: the phase "
    "table under the block, whose lines start with an analyte name and unit ('FSH (IU/L)  3.5-12.5 ...') but hold "
    "only phase intervals of several analytes (not linked to a result: which phase applies is a clinical call), the "
    "street number and postcode, DOB/42y, lab number, '1 x SST', LMP date, 'cycle day 21 of 28', the DHEA 25 mg dose, "
    "date-times and the day-21 progesterone 30 nmol/L cut-off; IU/L = m[IU]/mL")

# ======================= N15  US, Labcorp-style testosterone-therapy monitoring =======================
w = [28, 16, 8, 20]
add("N15", ["HDR", "ADM", "DOS", "TBL", "CUT"],
    J("labcorp-style    Patient Report    Specimen ID: 252-447-1180-0    Acct #: 33018874    Phone: (555) 555-0102",
      "Patient: DUBOIS, KEVIN    DOB: 06/19/1982    Age: 43    Sex: M    Fasting: No    Weight: 198 lb    Ordering: R. Gomez, MD  NPI 1912345678",
      "Clinical Info: Testosterone cypionate 120 mg IM every 7 days; last dose 09/03/2025 08:00 (trough draw, day 7)",
      "Date Collected: 09/10/2025 07:30    Date Received: 09/10/2025    Date Reported: 09/11/2025    Final Report",
      A(w, "Test", "Current Result", "Units", "Reference Interval"),
      A(w, "Testosterone, Serum", "548", "ng/dL", "264-916"),
      A(w, "Free Testosterone(Direct)", "14.6", "pg/mL", "8.7-25.1"),
      A(w, "Estradiol, Sensitive", "38.2   High", "pg/mL", "8.0-35.0"),
      A(w, "DHEA-Sulfate", "212", "ug/dL", "71.6-375.4"),
      A(w, "Prostate Specific Ag", "0.6", "ng/mL", "0.0-4.0"),
      A(w, "Hematocrit", "52.4   High", "%", "37.5-51.0"),
      "Comment: The adult male interval for total testosterone (264-916 ng/dL) is the CDC-harmonized range for non-obese "
      "males 19-39 years.",
      "Free testosterone (direct), age-specific (pg/mL): 20-29 y 9.3-26.5; 30-39 y 8.7-25.1; 40-49 y 6.8-21.5; "
      "50-59 y 7.2-24.0; >59 y 6.6-18.1.",
      "Values obtained with different PSA assay methods cannot be used interchangeably.",
      "01  Labcorp-style Burlington, 2100 Example Ct, Burlington, NC 27215    Dir: L. Chen, MD    Page 1 of 1"),
    [R("testosterone", 548, "ng/dL", "ng/dL", rng="264..916"),
     R("testosterone-free", 14.6, "pg/mL", "pg/mL", rng="8.7..25.1"),
     R("estradiol", 38.2, "pg/mL", "pg/mL", printed="high", rng="8.0..35.0"),
     R("dhea-sulfate", 212, "ug/dL", "ug/dL", rng="71.6..375.4"),
     R("prostate-specific-antigen", 0.6, "ng/mL", "ng/mL", rng="0.0..4.0"),
     R("hematocrit", 52.4, "%", "%", printed="high", rng="37.5..51.0")],
    "Six rows; the free testosterone keeps its printed 8.7-25.1 although the comment's age table gives 6.8-21.5 for "
    "40-49 y (the table is a comment, the printed interval is the row's); not rows: specimen id, account, phone, "
    "DOB, age 43, weight 198 lb in the header, the NPI, the cypionate dose, its date and 'day 7', the date-times, the "
    "harmonized-range sentence (264-916, 19-39 years), the free testosterone age table, the street number, ZIP and page")

# ======================= N16  no result: Australian pre-test instructions =======================
add("N16", ["PRE", "ADM", "DOS", "SPC"],
    J("Healius-style Pathology  -  Preparing for your blood test    Form PT-07 (v4, 02/2025)",
      "Fasting tests (glucose, lipids): nothing to eat for 10-12 hours; water is fine. Take usual medicines unless told otherwise.",
      "Testosterone, LH/FSH and cortisol: please attend before 10:00 am.",
      "Testosterone injections: have your blood taken on the day of your next injection, before the dose (trough level).",
      "Biotin (vitamin B7) supplements above 5 mg a day: stop 72 hours before thyroid or hormone tests.",
      "Glucose tolerance test: allow 2.5 hours; a 75 g glucose drink is given after the first sample.",
      "24-hour urine: discard the first morning sample, then collect all urine for 24 hours into the 3 L container.",
      "Collection centre: 12 Example Street, Parramatta NSW 2150    Mon-Fri 7:00 am - 5:00 pm, Sat 7:30 - 11:30 am    "
      "Ph (02) 5550 1234"),
    "-",
    "Instructions before sampling: fasting hours, times, the biotin 5 mg / 72 hours rule, 'vitamin B7', the OGTT's 2.5 "
    "hours and 75 g glucose, the 24-hour urine and 3 L container, form number, address, opening hours and phone; "
    "analyte names sit beside numbers but nothing is measured")

# ======================= N17  UK, hospital FBC with QC and calibration lines =======================
w = [21, 8, 4, 11]
chk("N17 MCV = Hct / RBC", 0.52 / 5.62 * 1000, 92.5, 0.05)
chk("N17 MCH = Hb / RBC", 168 / 5.62, 29.9, 0.05)
add("N17", ["HDR", "ADM", "SPC", "QCL", "CUT", "FUP"],
    J("Northshire Hospitals NHS FT  -  Haematology    Analyser: XN-10 #2",
      "Patient: AHMED, Imran    DOB: 17/10/1979 (45y)    Hosp No: K2211045    Lab No: H25.0917.3321    Ward: Endocrine OPD",
      "Sample: EDTA 4 mL, collected 17/09/2025 08:30, analysed 17/09/2025 10:12 (sample age 1 h 42 min)",
      "FULL BLOOD COUNT",
      A(w, "Haemoglobin", "168", "", "g/L", "(130-170)"),
      A(w, "White cell count", "6.2", "", "x10^9/L", "(4.0-11.0)"),
      A(w, "Platelets", "245", "", "x10^9/L", "(150-400)"),
      A(w, "Red cell count", "5.62", "", "x10^12/L", "(4.50-5.90)"),
      A(w, "Haematocrit", "0.52", "H", "L/L", "(0.40-0.50)"),
      A(w, "MCV", "92.5", "", "fL", "(80-100)"),
      A(w, "MCH", "29.9", "", "pg", "(27.0-32.0)"),
      A(w, "Neutrophils", "3.8", "", "x10^9/L", "(2.0-7.5)"),
      "Comment: haematocrit above 0.54 L/L on testosterone therapy: consider withholding treatment and venesection. "
      "Repeat FBC in 3 months.",
      "QC: internal QC within limits, lot 24113 (levels 1-3), run 07:02. Calibration verified 15/09/2025.",
      "Reported by: BMS A. Jones (HCPC BS012345)    Page 1 of 1"),
    [R("hemoglobin", 168, "g/L", "g/dL", HGB_GL, rng="130..170"),
     R("white-blood-cell-count", 6.2, "x10^9/L", "10*3/uL", rng="4.0..11.0"),
     R("platelet-count", 245, "x10^9/L", "10*3/uL", rng="150..400"),
     R("red-blood-cell-count", 5.62, "x10^12/L", "10*6/uL", rng="4.50..5.90"),
     R("hematocrit", 0.52, "L/L", "%", HCT_LL, printed="high", rng="0.40..0.50"),
     R("mean-corpuscular-volume", 92.5, "fL", "fL", rng="80..100"),
     R("mean-corpuscular-hemoglobin", 29.9, "pg", "pg", rng="27.0..32.0"),
     R("neutrophils-absolute", 3.8, "x10^9/L", "10*3/uL", rng="2.0..7.5")],
    "Eight rows; 'Neutrophils' in x10^9/L is the absolute count; not rows: the analyser 'XN-10 #2', DOB/45y, hospital "
    "and lab numbers, 'EDTA 4 mL', collection and analysis times and the sample age, the 0.54 L/L treatment threshold, "
    "'repeat in 3 months', the QC line (lot 24113, levels 1-3, 07:02) and calibration date, the HCPC number and page; "
    "x10^9/L = 10*3/uL, x10^12/L = 10*6/uL; MCV 0.52/5.62 = 92.5 fL, MCH 168/5.62 = 29.9 pg")

# ======================= N18  US, patient-portal copy-paste (MyChart-style) =======================
w = [31, 18]
add("N18", ["HDR", "ADM", "TBL", "CNV", "DOS", "FUP"],
    J("Vitamin D 25 Hydroxy (Final result)",
      A(w, "Component", "Your Value", "Standard Range"),
      A(w, "Vitamin D, 25-Hydroxy, Total", "27 ng/mL (L)", "30 - 100 ng/mL"),
      "Comment: Vitamin D deficiency <20 ng/mL; insufficiency 20-29 ng/mL; sufficiency 30-100 ng/mL. To convert to nmol/L "
      "multiply by 2.496.",
      "Specimen Collected: 09/03/25 8:12 AM    Last Resulted: 09/05/25 4:51 PM",
      "Vitamin B12 (Final result)",
      A(w, "Vitamin B12", "612 pg/mL", "232 - 1245 pg/mL"),
      "Magnesium (Final result)",
      A(w, "Magnesium", "2.1 mg/dL", "1.6 - 2.3 mg/dL"),
      "Folate, Serum (Final result)",
      A(w, "Folate", "14.2 ng/mL", ">5.8 ng/mL"),
      "Resulting lab: QUEST-style DIAGNOSTICS NJ, 1 Example Dr, Secaucus NJ 07094    CLIA 31D0000000",
      "Dr. R. Gomez wrote: \"Keep taking 2000 IU of vitamin D3 daily; we'll recheck in 12 weeks.\"",
      "MyChart-style  |  Visit 09/03/2025  |  3 of 4 results viewed"),
    [R("vitamin-d", 27, "ng/mL", "ng/mL", printed="low", rng="30..100"),
     R("vitamin-b12", 612, "pg/mL", "pg/mL", rng="232..1245"),
     R("magnesium", 2.1, "mg/dL", "mg/dL", rng="1.6..2.3"),
     R("folate", 14.2, "ng/mL", "ng/mL", rng="5.8..")],
    "Four rows, each under its own '(Final result)' heading; the '25' in 'Vitamin D 25 Hydroxy' is part of the name; "
    "not rows: the comment's deficiency/insufficiency/sufficiency tiers (<20, 20-29, 30-100), the 2.496 conversion "
    "factor, the collection and result times, the lab's street number and ZIP, CLIA, the provider's message (2000 IU, "
    "12 weeks), the visit date and '3 of 4 results viewed'")

# ======================= N19  no result: Canadian specimen-rejection notice =======================
w = [24, 18]
add("N19", ["REJ", "HDR", "SPC", "ADM"],
    J("DYNACARE-style LABORATORIES    SPECIMEN REJECTION NOTICE    Page 1 of 1",
      "Patient: SINGH, Harpreet    DOB: 1981-07-19    OHIP: 5566 778 899 AB    Requisition: 61-4471902    Collected: 2025-09-17 16:45",
      A(w, "Test", "Status", "Reason"),
      A(w, "Potassium", "NOT REPORTED", "Grossly haemolysed (H-index 350; limit 90)"),
      A(w, "Testosterone, Total", "TEST CANCELLED", "Insufficient volume: 0.3 mL received, 1.0 mL required"),
      A(w, "Estradiol", "TEST CANCELLED", "Insufficient volume"),
      A(w, "Glucose, Fasting", "NOT REPORTED", "Received 26 h after collection (stability 24 h unspun)"),
      "Please recollect. A new requisition is not required; quote reference R-2025-0917-118. Tel 1-800-555-0123 ext. 4."),
    "-",
    "A rejection notice: each test name is followed by a status and a reason holding numbers (H-index 350 and its "
    "limit 90, 0.3 mL received / 1.0 mL required, 26 h / 24 h), none of them a result; DOB, OHIP, requisition, "
    "collection time, reference, phone and page are admin")

# ======================= N20  Australia, QML-style lipids with a Friedewald LDL and CVD targets ==================
w = [25, 7, 5, 8]
chk("N20 LDL (Friedewald)", 6.1 - 1.04 - 2.1 / 2.2, 4.1, 0.05)
chk("N20 non-HDL", 6.1 - 1.04, 5.1, 0.05)
chk("N20 TC/HDL", 6.1 / 1.04, 5.9, 0.05)
add("N20", ["HDR", "ADM", "SPC", "EQN", "CUT", "BPOS"],
    J("QML-style Pathology    Lab No: 25-Q-4471209    NATA Accreditation No. 2200    Page 1 of 1",
      "Patient: THOMPSON, Craig    DOB: 28/08/1970    Sex: M    Address: 14/3 Example Pde, Southport QLD 4215",
      "Collected: 10/09/2025 10:12 (non-fasting; last meal 07:30)    Doctor: Dr S. Brown (Prov. 0123456T)",
      "LIPID STUDIES",
      A(w, "Cholesterol", "6.1", "H", "mmol/L", "(<5.5)"),
      A(w, "Triglyceride", "2.1", "H", "mmol/L", "(<2.0)"),
      A(w, "HDL Cholesterol", "1.04", "", "mmol/L", "(>1.00)"),
      A(w, "LDL Cholesterol (calc)", "4.1", "H", "mmol/L", "(<3.5)"),
      A(w, "Non-HDL Cholesterol", "5.1", "H", "mmol/L", "(<4.0)"),
      A(w, "Chol/HDL Ratio", "5.9", "H", "", "(<4.5)"),
      "LDL cholesterol is calculated by the Friedewald formula and is not reported if triglyceride exceeds 4.5 mmol/L.",
      "Targets: LDL <2.0 mmol/L at high absolute CVD risk (>15% over 5 years), <1.8 mmol/L after a cardiovascular event.",
      "The Australian CVD risk calculator applies to adults aged 30-79 years without known CVD."),
    [R("total-cholesterol", 6.1, "mmol/L", "mg/dL", CHOL_MMOL, printed="high", rng="..5.5"),
     R("triglycerides", 2.1, "mmol/L", "mg/dL", TG_MMOL, printed="high", rng="..2.0"),
     R("hdl-cholesterol", 1.04, "mmol/L", "mg/dL", CHOL_MMOL, rng="1.00.."),
     R("ldl-cholesterol", 4.1, "mmol/L", "mg/dL", CHOL_MMOL, printed="high", rng="..3.5"),
     R("non-hdl-cholesterol", 5.1, "mmol/L", "mg/dL", CHOL_MMOL, printed="high", rng="..4.0"),
     R("cholesterol-hdl-ratio", 5.9, "", "{ratio}", printed="high", rng="..4.5")],
    "The calculated LDL (6.1 - 1.04 - 2.1/2.2 = 4.1), non-HDL (5.06) and ratio (6.1/1.04 = 5.87) rows ARE results; "
    "the ratio prints no unit and takes its dimensionless catalog unit; not rows: lab and NATA numbers, page, DOB, the "
    "unit/street numbers and postcode of the address, collection time and 'last meal 07:30', provider number, the "
    "Friedewald note's 4.5 mmol/L, the LDL targets (2.0, 1.8, >15% over 5 years) and the calculator's 30-79 years")

# ======================= N21  New Zealand, community-lab PSA with a history in prose =======================
w = [14, 8, 15]
chk("N21 eGFR (CKD-EPI 2021, M 61, creat 88 umol/L)", ckd_epi_2021(88 * 0.011312, 61, True), 86, 0.5)
chk("N21 PSA rise per year", 2.6 - 2.1, 0.5, 0.001)
add("N21", ["HDR", "ADM", "PRV", "CUT", "FUP", "BPOS"],
    J("Labtests-style Auckland    Community Laboratory Report    NHI: ZAB1234    Lab No: 25A0914471",
      "Patient: TE AWA, Rawiri    DOB: 03/02/1964 (61y)    Sex: M    Address: 42 Example Road, Mt Eden, Auckland 1024",
      "Requester: Dr J. Wilson, Ponsonby Medical Centre (HPI-O G00123-K)    Collected: 14/09/2025 08:10",
      A(w, "Test", "Result", "Units", "Reference"),
      A(w, "PSA", "3.1", "ug/L", "<4.0"),
      A(w, "Testosterone", "21.3", "nmol/L", "7.6 - 31.4"),
      A(w, "Creatinine", "88", "umol/L", "60 - 105"),
      A(w, "eGFR", "86", "mL/min/1.73m2", ">60"),
      "PSA history: 2.1 ug/L (05/2023), 2.6 ug/L (06/2024); rise about 0.5 ug/L per year.",
      "A PSA velocity above 0.75 ug/L per year, or a PSA above the age-specific limit (60-69 y: 4.5 ug/L), warrants "
      "referral. Repeat PSA in 6 months.",
      "Accredited by IANZ, Registration No. 1234. Tests marked ^ were referred to another laboratory."),
    [R("prostate-specific-antigen", 3.1, "ug/L", "ng/mL", rng="..4.0"),
     R("testosterone", 21.3, "nmol/L", "ng/dL", TESTO_NMOL, rng="7.6..31.4"),
     R("creatinine", 88, "umol/L", "mg/dL", CREA_UMOL, rng="60..105"),
     R("egfr", 86, "mL/min/1.73m2", "mL/min/{1.73_m2}", rng="60..")],
    "Four rows; the eGFR IS a result (CKD-EPI 2021, man of 61, creatinine 88 umol/L = 86); not rows: NHI and lab "
    "numbers, DOB/61y, the street number and postcode, HPI-O code, collection time, the PSA history line (2.1 and 2.6 "
    "ug/L with their dates: older results, and the 0.5 ug/L per year velocity derived from them), the 0.75 ug/L/year "
    "and 4.5 ug/L referral thresholds, 'repeat in 6 months' and the IANZ number; ug/L = ng/mL")

# ======================= N22  no result: the comments page of an Irish private-lab report ========================
add("N22", ["COM", "HDR", "TBL", "CUT", "CNV", "FUP"],
    J("Patient: O'NEILL, Aoife    DOB: 14/02/1990    Lab No: G25.448127    Page 3 of 3 (continued)",
      "INTERPRETIVE COMMENTS",
      "hCG (serum) guide by weeks from LMP (IU/L):  3 wk 5-50;  4 wk 5-426;  5 wk 18-7,340;  6 wk 1,080-56,500;  "
      "7-8 wk 7,650-229,000",
      "A serum hCG below 5 IU/L is considered negative; 5-25 IU/L is equivocal and should be repeated in 48 hours.",
      "In a viable intrauterine pregnancy serum hCG usually rises by at least 35% over 48 hours.",
      "AMH (ng/mL), median by age: 25 y 3.0;  30 y 2.5;  35 y 1.5;  40 y 1.0;  45 y 0.5.  To convert to pmol/L multiply "
      "by 7.14.",
      "Report authorised by: Dr E. Kelly, Consultant Chemical Pathologist, 12/09/2025 16:20",
      "*** END OF REPORT ***"),
    "-",
    "The last page of a report, holding only comments: the hCG-by-gestation table (weeks and ranges with thousands "
    "separators), the hCG cut-offs 5 and 5-25 IU/L, 48 hours and 35%, the AMH medians by age ('AMH (ng/mL) ... 25 y "
    "3.0') and the 7.14 factor are reference material, not this patient's results; the results were on pages 1-2")

# ======================= N23  US, text copied from a cardiometabolic lab PDF =======================
w = [20, 8, 6, 8]
add("N23", ["HDR", "ADM", "TBL", "CUT", "DOS", "FUP"],
    J("Boston Heart-style Diagnostics  -  Cardiometabolic Report    Page 2 of 4",
      "Patient: REYES, Daniel    DOB 01/15/1976    Sex M    Accession BH25-0912-7741    Collected 09/12/2025    Fasting 12 hrs",
      A(w, "Test", "Result", "Flag", "Units", "Reference Range"),
      A(w, "hs-CRP", "2.4", "H", "mg/L", "<1.0"),
      A(w, "Lipoprotein (a)", "142", "H", "nmol/L", "<75"),
      A(w, "Apolipoprotein B", "96", "H", "mg/dL", "<90"),
      A(w, "Homocysteine", "9.8", "", "umol/L", "<=10.3"),
      A(w, "Insulin", "6.8", "", "uIU/mL", "2.6-24.9"),
      A(w, "Glucose", "91", "", "mg/dL", "65-99"),
      "COMMENTS",
      "hs-CRP (CDC/AHA): <1.0 mg/L lower relative risk; 1.0-3.0 average; >3.0 higher. Results above 10 mg/L suggest "
      "acute inflammation; repeat in 2 weeks.",
      "Lp(a): 125 nmol/L (about 50 mg/dL) or more is a risk-enhancing factor (2018 AHA/ACC guideline).",
      "Homocysteine: if elevated, consider folic acid 400-1000 mcg and vitamin B12 500 mcg daily.",
      "For questions call Client Services 555-0188.    CLIA 22D0000000    Page 2 of 4"),
    [R("hs-crp", 2.4, "mg/L", "mg/L", printed="high", rng="..1.0"),
     R("lipoprotein-a", 142, "nmol/L", "nmol/L", printed="high", rng="..75"),
     R("apolipoprotein-b", 96, "mg/dL", "mg/dL", printed="high", rng="..90"),
     R("homocysteine", 9.8, "umol/L", "umol/L", rng="..10.3"),
     R("insulin", 6.8, "uIU/mL", "u[IU]/mL", rng="2.6..24.9"),
     R("glucose", 91, "mg/dL", "mg/dL", rng="65..99")],
    "Six rows; the COMMENTS block after the table is not linked to the results (each keeps its printed interval); not "
    "rows: DOB, accession, 'Fasting 12 hrs', the hs-CRP risk tiers (<1.0, 1.0-3.0, >3.0) and its 10 mg/L / 2 weeks "
    "advice, the Lp(a) 125 nmol/L (50 mg/dL) cut-off and '2018', the folic acid and B12 doses, phone, CLIA and the "
    "page lines; uIU/mL = u[IU]/mL")

# ======================= N24  Canada, hospital LIS printout: CK after weightlifting =======================
w = [13, 8, 6, 16]
chk("N24 BMI", 92.4 / 1.80 ** 2, 28.5, 0.05)
chk("N24 eGFR (CKD-EPI 2021, M 38, creat 112 umol/L)", ckd_epi_2021(112 * 0.011312, 38, True), 74, 0.5)
add("N24", ["HDR", "SPC", "CUT", "FUP", "DOS", "EQN", "MCH", "BPOS"],
    J("REGIONAL HEALTH SCIENCES CENTRE  -  Laboratory Medicine    Printed: 2025-09-18 16:02",
      "Name: LAROCHE, Steven    MRN: 00M448127    HCN: 9876 543 210    DOB: 1986-11-03    Age: 38y    Sex: M",
      "Wt: 92.4 kg    Ht: 180 cm    BMI: 28.5    Encounter: 7100044812 (Outpatient)    Ordering: Dr. N. Roy",
      "Accession: 25-261-C0412    Collected: 2025-09-18 08:05    Tubes received: 2 (1 SST 3.5 mL, 1 Li-hep 3 mL)",
      A(w, "Test", "Result", "Flag", "Units", "Ref Range"),
      A(w, "CK", "412", "H", "U/L", "39-308"),
      A(w, "AST", "41", "H", "U/L", "<35"),
      A(w, "ALT", "38", "", "U/L", "<50"),
      A(w, "GGT", "28", "", "U/L", "<55"),
      A(w, "Creatinine", "112", "H", "umol/L", "60-110"),
      A(w, "eGFR", "74", "", "mL/min/1.73m2", ">=60"),
      "CK: strenuous exercise within 48-72 h (patient reports weightlifting 2 days ago) can raise CK up to 10 times the "
      "upper limit. CK above 5000 U/L is confirmed by repeat analysis on a 1:10 dilution.",
      "Creatinine may be raised in muscular patients and with creatine supplements (e.g. 5 g/day); consider cystatin C.",
      "eGFR by CKD-EPI 2021 (race-free). From 2024-06-01 values above 60 are reported as numbers (previously '>60')."),
    [R("creatine-kinase", 412, "U/L", "U/L", printed="high", rng="39..308"),
     R("aspartate-aminotransferase", 41, "U/L", "U/L", printed="high", rng="..35"),
     R("alanine-aminotransferase", 38, "U/L", "U/L", rng="..50"),
     R("gamma-glutamyl-transferase", 28, "U/L", "U/L", rng="..55"),
     R("creatinine", 112, "umol/L", "mg/dL", CREA_UMOL, printed="high", rng="60..110"),
     R("egfr", 74, "mL/min/1.73m2", "mL/min/{1.73_m2}", rng="60..")],
    "Six rows; the eGFR IS a result (CKD-EPI 2021, man of 38, creatinine 112 umol/L = 74); not rows: weight 92.4 kg, "
    "height 180 cm and BMI 28.5 in the header, MRN, health card, DOB, age, encounter and accession numbers, "
    "date-times, the tube count and volumes, the CK comment's 48-72 h, 2 days, 10 times and the 5000 U/L / 1:10 "
    "dilution rule, the creatine 5 g/day, and the reporting-change notice's date and '>60'")

# ======================= N25  UK, home-kit men's health report with calculated free T and FAI ====================
w = [27, 9, 8, 16]
ft = vermeulen_ft(11.8, 52, 44)
chk("N25 free T (Vermeulen, T 11.8, SHBG 52, albumin 44)", ft, 0.173, 0.0005)
chk("N25 FAI = 100 x T / SHBG", 100 * 11.8 / 52, 22.7, 0.05)
add("N25", ["HDR", "ADM", "SPC", "EQN", "CUT", "TBL", "BPOS"],
    J("Medichecks-style Men's Health Report    Laboratory: UKAS 9876    Order: MC-2025-0918-4471    Kit ID: 88K1147720",
      "Name: HUGHES, Owen    DOB: 22/04/1988    Age: 37    Sex: M    Sample taken: 18/09/2025 08:40 (venous)    Received: 19/09/2025",
      A(w, "Biomarker", "Result", "Units", "Range"),
      A(w, "Testosterone", "11.8", "nmol/L", "8.64 - 29.0"),
      A(w, "SHBG", "52", "nmol/L", "18.3 - 54.1"),
      A(w, "Albumin", "44", "g/L", "35 - 50"),
      A(w, "Free Testosterone (calc)", "0.173", "nmol/L", "0.198 - 0.619", "L"),
      A(w, "Free Androgen Index", "22.7", "", "35.0 - 92.6", "L"),
      "Free testosterone is calculated (Vermeulen) from total testosterone, SHBG and albumin; if albumin is not "
      "measured, 43 g/L is assumed. FAI = 100 x testosterone / SHBG.",
      "BSSM 2023: a testosterone below 8 nmol/L, or a free testosterone below 0.225 nmol/L, supports hypogonadism; "
      "8-12 nmol/L is equivocal and should be repeated on a sample taken before 11:00.",
      "Age-related male testosterone (nmol/L): 20-39 y 9.2-31.8; 40-59 y 8.0-29.0; 60+ y 6.7-25.8."),
    [R("testosterone", 11.8, "nmol/L", "ng/dL", TESTO_NMOL, rng="8.64..29.0"),
     R("shbg", 52, "nmol/L", "nmol/L", rng="18.3..54.1"),
     R("albumin", 44, "g/L", "g/dL", ALB_GL, rng="35..50"),
     R("testosterone-free", 0.173, "nmol/L", "pg/mL", FT_NMOL, printed="low", rng="0.198..0.619"),
     R("?Free Androgen Index", 22.7, "", "", printed="low", rng="35.0..92.6")],
    "Five rows; the calculated free testosterone (Vermeulen from 11.8/52/44 = 0.173 nmol/L) and FAI (100 x 11.8/52 = "
    "22.7, no unit printed, no catalog entry, so no normalized value) ARE results; not rows: UKAS number, order and "
    "kit ids, DOB, age 37, sample and received times, the assumed albumin 43 g/L and the FAI formula, the BSSM "
    "thresholds (8, 0.225, 8-12 nmol/L, 11:00) and the age table (the testosterone keeps its printed 8.64-29.0)")

# ======================= N26  South Africa, Ampath-style endocrine panel =======================
w = [18, 9, 8, 16]
add("N26", ["HDR", "ADM", "CUT", "SPC", "CNV"],
    J("Ampath-style Laboratories  -  Pretoria    Co. Reg. 1987/001234/21    VAT No. 4123456789    Tel 012 555 0100",
      "Patient: MOKOENA, Lerato    Age: 34 Y    Sex: F    Ref. No: 8814 4471 22    Medical aid no: 123456789",
      "Lab No: PTA25-0918-11234    Collected: 18/09/2025 08:15    Printed: 19/09/2025 07:02    Page 1 of 1",
      A(w, "Test", "Result", "Units", "Reference range"),
      A(w, "Prolactin", "11.2", "ug/L", "4.8 - 23.3"),
      A(w, "TSH", "1.84", "mIU/L", "0.27 - 4.20"),
      A(w, "DHEA-S", "8.4", "umol/L", "1.7 - 9.2"),
      A(w, "Cortisol (am)", "498", "nmol/L", "166 - 507"),
      A(w, "IGF-1", "24.1", "nmol/L", "15.0 - 40.1"),
      "Prolactin above 25 ug/L is screened for macroprolactin by PEG precipitation (recovery below 40% indicates "
      "macroprolactinaemia).",
      "The cortisol interval applies to samples taken between 07:00 and 10:00; evening values are about 50% lower.",
      "IGF-1: to convert nmol/L to ng/mL multiply by 7.65.",
      "Tests marked # are not SANAS accredited.  SANAS Accredited Medical Laboratory No. M0123"),
    [R("prolactin", 11.2, "ug/L", "ng/mL", rng="4.8..23.3"),
     R("thyroid-stimulating-hormone", 1.84, "mIU/L", "m[IU]/L", rng="0.27..4.20"),
     R("dhea-sulfate", 8.4, "umol/L", "ug/dL", DHEAS_UMOL, rng="1.7..9.2"),
     R("cortisol", 498, "nmol/L", "ug/dL", CORT_NMOL, rng="166..507"),
     R("somatomedin-c", 24.1, "nmol/L", "ng/mL", IGF1_NMOL, rng="15.0..40.1")],
    "Five rows; the '-1' of IGF-1 is part of the name; not rows: company registration, VAT number, phone, age 34, "
    "reference and medical-aid numbers, lab number, date-times, page, the macroprolactin rule (25 ug/L, 40%), the "
    "cortisol sampling window (07:00-10:00, 50%), the printed 7.65 factor (the normalization uses the catalog's "
    "7649 g/mol: x 7.649) and the SANAS number; ug/L = ng/mL, mIU/L = m[IU]/L")

# ======================= write keyed.tsv =======================
here = os.path.dirname(os.path.abspath(__file__))
ids = [c[0] for c in cases]
assert len(ids) == len(set(ids))
assert ids == [f"N{i:02d}" for i in range(1, len(ids) + 1)], ids
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
flags, keys, qrows, words, rngs, nonorm = {}, set(), 0, 0, {"text": 0, "empty": 0, "numeric": 0}, 0
rows_of = {}
for c in cases:
    rows_of[c[0]] = 0
    if c[2] == "-":
        continue
    for r in c[2].split(" ;; "):
        f = r.split("|")
        assert len(f) == 6, (c[0], r)
        flags[f[2]] = flags.get(f[2], 0) + 1
        rows_of[c[0]] += 1
        if f[0].startswith("?"):
            qrows += 1
        else:
            keys.add(f[0])
            if f[0] not in catalog: problems.append((c[0], f[0], "no such catalog key"))
            elif f[4] and f[4] != catalog[f[0]]: problems.append((c[0], f[0], f"unit {f[4]} is not {catalog[f[0]]}"))
            elif not f[4] and f[3]: problems.append((c[0], f[0], "a value without a unit"))
        if f[1]: words += 1
        rngs["text" if f[5] == "text" else "empty" if f[5] == "" else "numeric"] += 1
        if f[3] == "": nonorm += 1
for p in problems: print("PROBLEM", p)
nrows = sum(rows_of.values())
print(len(cases), "snippets,", nrows, "rows,", sum(c[2] == "-" for c in cases), "without a result")
print("rows per snippet", rows_of)
print("flags", flags)
print(len(keys), "catalog keys;", nrows - qrows, "catalog rows;", qrows, "? rows;", words, "word results;", rngs, ";",
      nonorm, "rows without a normalized value")
print("distractor kinds (snippet ids):")
for k in KINDS:
    which = [i for i in ids if k in kinds_of[i]]
    print(f"  {k:5} {len(which):2}  {' '.join(which)}")
print(len(catalog), "catalog entries read;", len(problems), "key/unit problems")
