#!/usr/bin/env python3
"""Writes keyed.tsv (keyed set "noise-intl"): made-up snippets of what a longevity and hormone clinic's patients upload
as text -- copied from a laboratory PDF, an LIS printout, a portal page or an e-mail -- from laboratories OUTSIDE the
English-speaking countries (India, Pakistan, the Gulf, Germany/Austria/Switzerland, France, the Netherlands, Mexico,
Brazil, Portugal, Italy, Poland, Czechia, Turkey, Nigeria, Kenya, the Philippines, Indonesia, Malaysia, Singapore), in
the local language or in the English those laboratories print.  The set measures one thing: INVENTED ROWS.  Every
snippet with results also holds several lines with numbers that are not laboratory results (header demographics,
ids, dates, fasting hours, accreditation and licence numbers, addresses and phones, pages, guideline cut-offs in
prose, risk/target tables in comments, method-change notices with old and new ranges, unit-conversion and equation
notes, previous results in prose, haemolysis notes with a free-haemoglobin value, critical-call documentation,
dosing advice, signatures with registration numbers), and six snippets hold no result at all.  A few snippets hold a
borderline line that IS a result (a calculated LDL/VLDL, eAG, eGFR or HOMA-IR row in the table, a 24-h urine volume).

Columns: id, line, expected, why.  `expected` is `-` (no result) or rows `biomarker|valueText|flag|normalizedValue|
normalizedUnit|range` joined by ' ;; ', in report order.  `biomarker` is the catalog key, or `?` and the printed name
when no catalog entry fits the analyte and specimen.  `valueText` holds a word/censored result only (none here).
`normalizedValue` is in the catalog's ucumUnit to 3 significant figures (for a ?row: the printed number, in the
printed unit's UCUM spelling); both are empty when the row prints no unit (except dimensionless catalog entries:
{index}).  `range` is `low..high` in the printed unit (an open side empty), `text`, or empty (nothing, or words such as
`vedi nota` / `voir objectifs ci-dessous`, printed where the range goes).  Flags: the printed one (H / ↑ -> high;
L / ↓ -> low; `*` after the value -> abnormal), else computed from the bounds, `null` with no numeric range.
Decimal commas are points.  Multi-line snippets use the two characters \\n.

The helpers are keyed-columns/gen_cases.py's (same row encoding; same checks: every printed flag against the bounds,
no value on a bound, every derived number against its parts, every catalog key and normalized unit against the
catalog modules ../../../biomarkers/catalog/biomarker-catalog.v*.ts), plus two of this set's own: every row's printed
number must occur in its snippet, and every snippet is tagged with the distractor kinds it holds (printed at the end).
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
FT_NGDL    = (10.0, "x 10 (ng/dL -> pg/mL)")
CHOL_MMOL  = (38.665, "x 38.665 (cholesterol 386.65 g/mol: mmol/L -> mg/dL)")
TG_MMOL    = (88.57, "x 88.57 (triglycerides 885.7 g/mol: mmol/L -> mg/dL)")
GLU_MMOL   = (18.0156, "x 18.0156 (glucose 180.156 g/mol: mmol/L -> mg/dL)")
G_L        = (100.0, "x 100 (g/L -> mg/dL)")
MG_L       = (0.1, "x 0.1 (mg/L -> mg/dL)")
CREA_UMOL  = (0.011312, "x 0.011312 (creatinine 113.12 g/mol: umol/L -> mg/dL)")
UREA_MMOL  = (6.006, "x 6.006 (urea 60.06 g/mol: mmol/L -> mg/dL)")
URIC_UMOL  = (0.016811, "x 0.016811 (uric acid 168.11 g/mol: umol/L -> mg/dL)")
VITD_NMOL  = (0.40064, "x 0.40064 (25-OH vitamin D 400.64 g/mol: nmol/L -> ng/mL)")
HGB_MMOL   = (1.61145, "x 1.61145 (haemoglobin monomer 16114.5 g/mol: mmol/L -> g/dL)")
HCT_LL     = (100.0, "x 100 (L/L -> %)")
FT4_PMOL   = (0.077687, "x 0.077687 (thyroxine 776.87 g/mol: pmol/L -> ng/dL)")
FT3_PMOL   = (0.65097, "x 0.65097 (triiodothyronine 650.97 g/mol: pmol/L -> pg/mL)")
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

# ---- the distractor kinds: numbers on the page that are not results (and, `border`, lines near them that ARE) ----
KINDS = {
    "demo":    "patient header demographics: age, DOB, sex, weight, height, body-surface area",
    "ids":     "patient / sample / order / national ids, barcodes, lab numbers",
    "times":   "collection / receipt / report date-times, fasting hours, urine collection period",
    "accred":  "laboratory accreditation, certificate, licence and law numbers (NABL, DAkkS, COFRAC, ISO 15189, ...)",
    "contact": "letterhead or footer addresses with house numbers and postcodes, phones, e-mail headers",
    "page":    "page x of y, report status, 'Befund vollständig', 'Informe final', 'End of report'",
    "cutoff":  "guideline cut-offs in an interpretive sentence",
    "table":   "a risk / target / tier table inside a comment (LDL targets, NLA table, vitamin D, PSA by age, TSH by trimester, HbA1c, ferritin)",
    "advice":  "follow-up and dosing advice with numbers",
    "method":  "method / assay / reference-interval change notices with old and new ranges, reagent lot numbers",
    "formula": "unit-conversion notes and equations (Friedewald, eAG, HOMA-IR, eGFR equation notes)",
    "prev":    "previous results in prose or in an 'Antériorités' column",
    "dup":     "the same result printed again: in a second unit (parentheses or a conventional-units column), in prose, in a critical-call note",
    "quality": "haemolysis / lipaemia notes with numbers (free haemoglobin in g/l, H-index)",
    "crit":    "critical-call documentation and critical limits",
    "sign":    "signature lines with registration numbers",
    "spec":    "specimen lines: tube volume, test-package version, sample age",
    "money":   "prices, payments, discounts",
    "border":  "a borderline line that IS a result (calculated LDL/VLDL, eAG, eGFR, HOMA-IR rows; HbA1c in two units; 24-h urine volume)",
    "nores":   "no result at all: comment page, brochure, requisition, receipt, instructions, rejected sample",
}

cases, tags = [], {}
def add(id, kinds, line, rows, why):
    for k in kinds: assert k in KINDS, (id, k)
    if rows == "-":
        assert "nores" in kinds, id
        exp, rngs, notes = "-", ["none"], []
    else:
        assert len([k for k in kinds if k not in ("border",)]) >= 3, ("too few distractor kinds", id)
        for r in rows:
            if r["pv"] is not None:
                s = fmtv(r["pv"])
                assert s in line or s.replace(".", ",") in line, ("printed number not in the snippet", id, s)
        exp = " ;; ".join(r["s"] for r in rows)
        rngs = [r["rng"] for r in rows]
        notes = [r["note"] for r in rows if r["note"]]
    full = f"range={', '.join(rngs)}; {why}" + ("; " + "; ".join(notes) if notes else "")
    for x in (line, exp, full): assert "\t" not in x and "\n" not in x, id
    cases.append((id, line, exp, full))
    tags[id] = kinds

# ======================= India =======================
w = [36, 12, 7, 8]
add("I01", ["contact", "demo", "spec", "accred", "table", "times", "ids", "page"],
    J("THYROCARE-style TECHNOLOGIES LTD.  D-52/4, TTC MIDC, Turbhe, Navi Mumbai - 400 705",
      "NAME        : MR. RAJESH K IYER (42Y/M)",
      "REF. BY     : SELF",
      "TEST ASKED  : AAROGYAM-style 1.3, HbA1c",
      "SAMPLE COLLECTED AT : 12, Link Road, Andheri (W), Mumbai - 400053",
      A(w, "TEST NAME", "TECHNOLOGY", "VALUE", "UNITS", "Bio. Ref. Interval"),
      A(w, "TOTAL TRIIODOTHYRONINE (T3)*", "C.L.I.A", "118", "ng/dL", "60-200"),
      A(w, "TOTAL THYROXINE (T4)*", "C.L.I.A", "8.9", "µg/dL", "4.5-12"),
      A(w, "TSH - ULTRASENSITIVE*", "C.L.I.A", "5.82", "µIU/mL", "0.3-5.5"),
      "Reference range applicable only for non-pregnant adults. Pregnancy: First trimester 0.1 - 2.5 µIU/mL, "
      "Second trimester 0.2 - 3.0 µIU/mL, Third trimester 0.3 - 3.0 µIU/mL",
      "Method : FULLY AUTOMATED CHEMI LUMINESCENT IMMUNO ASSAY",
      "* Tests marked * are NABL accredited (Certificate No. MC-5551)",
      "Sample Collected on (SCT) : 14 Sep 2025 07:42",
      "Sample Received on (SRT)  : 14 Sep 2025 13:10",
      "Report Released on (RRT)  : 14 Sep 2025 18:55",
      "Sample Type : SERUM",
      "Labcode     : 1409067829/PP002",
      "Barcode     : D7718246",
      "Page : 1 of 4"),
    [R("total-t3", 118, "ng/dL", "ng/dL", rng="60..200"),
     R("total-t4", 8.9, "µg/dL", "ug/dL", rng="4.5..12"),
     R("thyroid-stimulating-hormone", 5.82, "µIU/mL", "m[IU]/L", rng="0.3..5.5")],
    "Three rows only: the letterhead's plot number and PIN code, '(42Y/M)', the package version '1.3', the collection "
    "address, the TSH-by-trimester sentence (0.1-2.5 / 0.2-3.0 / 0.3-3.0 are no patient's values and no second TSH "
    "range), the NABL certificate number, the SCT/SRT/RRT times, the labcode, the barcode and 'Page : 1 of 4' are not "
    "results; the '*' glued to a test NAME is the NABL accreditation mark, not a flag, so TSH 5.82 > 5.5 is computed "
    "high; µIU/mL = m[IU]/L")

w = [35, 10, 9]
chk("I02 LDL Friedewald (mg/dL)", 236 - 44 - 182 / 5, 155.6, 0.01)
chk("I02 VLDL = TG/5", 182 / 5, 36.4, 0.01)
chk("I02 non-HDL", 236 - 44, 192, 0)
add("I02", ["contact", "demo", "ids", "times", "page", "table", "formula", "sign", "border"],
    J("Lal PathLabs-style  |  National Reference Lab, Block K, Sector 31, Rohini, New Delhi - 110085  |  Ph: 011-5555 8800",
      "Name : Mrs. SUNITA AGARWAL          Age : 51 Years    Gender : Female",
      "Lab No. : 412345678   A/c Status : P   Ref By : Dr. R K SHARMA",
      "Collected : 12/9/2025 8:15:00AM   Received : 12/9/2025 10:02:21AM   Reported : 12/9/2025 4:41:03PM",
      "Report Status : Final",
      A(w, "Test Name", "Results", "Units", "Bio. Ref. Interval"),
      "LIPID PROFILE, BASIC, SERUM",
      A(w, "Cholesterol, Total", "236.00", "mg/dL", "<200.00"),
      A(w, "Triglycerides", "182.00", "mg/dL", "<150.00"),
      A(w, "HDL Cholesterol", "44.00", "mg/dL", ">50.00"),
      A(w, "LDL Cholesterol, Calculated", "155.60", "mg/dL", "<100.00"),
      A(w, "VLDL Cholesterol, Calculated", "36.40", "mg/dL", "<30.00"),
      A(w, "Non-HDL Cholesterol", "192.00", "mg/dL", "<130.00"),
      "Interpretation",
      "NATIONAL LIPID ASSOCIATION RECOMMENDATIONS (NLA-2014)  TOTAL CHOLESTEROL  TRIGLYCERIDE  LDL CHOLESTEROL  NON HDL CHOLESTEROL",
      A([20, 10, 10, 10], "Optimal", "<200", "<150", "<100", "<130"),
      A([20, 10, 10, 10], "Above Optimal", "-", "-", "100-129", "130-159"),
      A([20, 10, 10, 10], "Borderline High", "200-239", "150-199", "130-159", "160-189"),
      A([20, 10, 10, 10], "High", "240-499", "200-499", "160-189", "190-219"),
      A([20, 10, 10, 10], "Very High", ">=500", ">=500", ">=190", ">=220"),
      "Note: LDL calculated by Friedewald formula (LDL = TC - HDL - TG/5) is not valid when triglycerides exceed 400 mg/dL.",
      "Dr Nimmi K  MD, Pathology  Reg. No. DMC 34567      Dr Arvind S  MD, Biochemistry  Reg. No. DMC 45211",
      "Page 1 of 2"),
    [R("total-cholesterol", 236, "mg/dL", "mg/dL", rng="..200.00"),
     R("triglycerides", 182, "mg/dL", "mg/dL", rng="..150.00"),
     R("hdl-cholesterol", 44, "mg/dL", "mg/dL", rng="50.00.."),
     R("ldl-cholesterol", 155.6, "mg/dL", "mg/dL", rng="..100.00"),
     R("vldl-cholesterol", 36.4, "mg/dL", "mg/dL", rng="..30.00"),
     R("non-hdl-cholesterol", 192, "mg/dL", "mg/dL", rng="..130.00")],
    "The six table rows are results, the calculated LDL and VLDL included (the lab reports them with units and "
    "intervals; Friedewald checked: 236 - 44 - 182/5 = 155.6); the NLA-2014 table's five rows (Optimal <200 ... Very "
    "High >=500) are guideline tiers with no patient value, the Friedewald note's '400 mg/dL' is a validity limit, and "
    "the letterhead (Sector 31, PIN 110085, phone), 'Age : 51 Years', the lab number, the three date-times, the "
    "signatures' DMC registration numbers and 'Page 1 of 2' are not results; no flags are printed, so all are computed")

w = [37, 9, 9]
chk("I03 eAG = 28.7 x A1c - 46.7", 28.7 * 7.4 - 46.7, 166, 0.5)
add("I03", ["contact", "ids", "demo", "times", "cutoff", "table", "formula", "accred", "border"],
    J("Chughtai-style Lab  -  19-B, Main Boulevard, Gulberg III, Lahore   UAN: 042-111-555-777",
      "MR No: 512-44-1893    Patient: Mr. Bilal Ahmed    Age/Sex: 38 Y / M",
      "Lab ID: 2509-0871    Booking: 22-Aug-2025 09:14    Reported: 22-Aug-2025 17:30    Fasting: 12 hrs",
      A(w, "Test", "Result", "Unit", "Reference Range"),
      A(w, "Glucose Fasting (Plasma)", "138", "mg/dL", "70 - 100"),
      A(w, "HbA1c (Glycosylated Haemoglobin)", "7.4", "%", "4.0 - 5.6"),
      A(w, "Estimated Average Glucose (eAG)", "166", "mg/dL"),
      A(w, "Creatinine (Serum)", "0.9", "mg/dL", "0.7 - 1.3"),
      "Comments:",
      "HbA1c: Non-diabetic < 5.7 %, Pre-diabetes 5.7 - 6.4 %, Diabetes >= 6.5 %, Therapeutic goal for most adults < 7.0 % (ADA 2025).",
      "eAG (mg/dL) = 28.7 x HbA1c - 46.7",
      "A fasting plasma glucose >= 126 mg/dL on two occasions is diagnostic of diabetes mellitus.",
      "PNAC accredited laboratory (ISO 15189:2022), Certificate No. MT-045"),
    [R("glucose", 138, "mg/dL", "mg/dL", rng="70..100"),
     R("hemoglobin-a1c", 7.4, "%", "%", rng="4.0..5.6"),
     R("estimated-average-glucose", 166, "mg/dL", "mg/dL"),
     R("creatinine", 0.9, "mg/dL", "mg/dL", rng="0.7..1.3")],
    "The eAG line IS a result row (a calculated quantity the lab reports in the table, with a unit; no interval printed, "
    "so range empty and flag null; 28.7 x 7.4 - 46.7 = 165.7), while the comment's HbA1c tiers (5.7, 6.4, 6.5, 7.0 %), "
    "the eAG equation (28.7, 46.7), the '>= 126 mg/dL' diagnostic sentence, the PNAC/ISO 15189:2022 certificate, the MR "
    "number, 'Age/Sex: 38 Y', the lab id, the booking/report times, 'Fasting: 12 hrs' and the address/UAN are not "
    "results; flags computed")

w = [25, 9, 6, 11]
chk("I04 IFCC 43 mmol/mol vs NGSP 6.1 %", 0.09148 * 43 + 2.152, 6.1, 0.05)
add("I04", ["accred", "ids", "demo", "times", "dup", "sign", "border"],
    J("Dubai-style Specialty Hospital - Department of Pathology & Laboratory Medicine    CAP No. 8812345  |  ISO 15189 Cert. No. DAC-MT-0112",
      "Patient: AL MANSOORI, KHALID    MRN: 00451238    Emirates ID: 784-1979-5551234-1",
      "DOB: 04/03/1979 (46 Y)   Sex: M   Weight: 92 kg   Height: 178 cm   Nationality: UAE",
      "Specimen: Blood/Serum   Collected: 18/09/2025 07:35   Fasting: 10 hrs   Accession: 25-261-00418",
      A(w, "Test", "Result", "Flag", "Units", "Reference Range"),
      A(w, "HbA1c (NGSP)", "6.1", "H", "%", "4.0 - 5.6"),
      A(w, "HbA1c (IFCC)", "43", "H", "mmol/mol", "20 - 38"),
      A(w, "25-OH Vitamin D", "38.2", "L", "nmol/L", "75 - 250"),
      A(w, "Testosterone, Total", "8.1", "L", "nmol/L", "8.64 - 29.0"),
      A(w, "SHBG", "24.6", "", "nmol/L", "18.3 - 54.1"),
      A(w, "Ferritin", "212", "", "ug/L", "30 - 400"),
      "Verified by: Dr. H. Saeed, Consultant Clinical Pathologist (DHA License No. DHA-P-0012345)    Released: 18/09/2025 14:02"),
    [R("hemoglobin-a1c", 6.1, "%", "%", printed="high", rng="4.0..5.6"),
     R("vitamin-d", 38.2, "nmol/L", "ng/mL", VITD_NMOL, printed="low", rng="75..250"),
     R("testosterone", 8.1, "nmol/L", "ng/dL", TESTO_NMOL, printed="low", rng="8.64..29.0"),
     R("shbg", 24.6, "nmol/L", "nmol/L", rng="18.3..54.1"),
     R("ferritin", 212, "ug/L", "ng/mL", rng="30..400")],
    "JUDGEMENT: HbA1c printed in NGSP % and IFCC mmol/mol is ONE measurement reported in two unit systems (0.09148 x 43 "
    "+ 2.152 = 6.09 %), so ONE row, keyed from the % line (the catalog's unit, with its own interval); a second row would "
    "double the point in the patient's trend; the header's weight 92 kg, height 178 cm, '(46 Y)', DOB, Emirates ID, "
    "MRN, accession, 'Fasting: 10 hrs', CAP and ISO certificate numbers and the DHA licence are not results; ug/L = "
    "ng/mL for ferritin")

# ======================= Germany / Austria / Switzerland =======================
w = [20, 11, 10]
add("I05", ["contact", "accred", "demo", "ids", "times", "page", "method", "prev", "advice"],
    J("MVZ Labor-style Dr. Weber & Kollegen  ·  Lindwurmstraße 129, 80337 München  ·  Tel. 089 5555-0",
      "Akkreditiert nach DIN EN ISO 15189:2014 durch die DAkkS, Urkunde D-ML-13999-01-00",
      "Patient: Schneider, Thomas    geb. 03.07.1971    Alter: 54 J    Geschlecht: m",
      "Auftragsnr.: 2509180457    Eingang: 18.09.2025 09:41    Ausgang: 18.09.2025 16:12    Seite 1 von 2",
      A(w, "Untersuchung", "Ergebnis", "Einheit", "Referenzbereich"),
      A(w, "Testosteron", "2,31 ↓", "ng/ml", "2,49 - 8,36"),
      "  Methodenwechsel: seit 01.07.2025 neuer Immunoassay; Referenzbereich bisher 2,80 - 8,00 ng/ml, jetzt 2,49 - 8,36 ng/ml.",
      "  Vorwert 2,6 ng/ml vom 12.01.2025 (alte Methode).",
      A(w, "SHBG", "41,2", "nmol/l", "18,3 - 54,1"),
      A(w, "Östradiol", "22,4", "pg/ml", "11,3 - 43,2"),
      A(w, "LH", "7,9", "mIU/ml", "1,7 - 8,6"),
      A(w, "FSH", "9,8", "mIU/ml", "1,5 - 12,4"),
      A(w, "PSA gesamt", "0,84", "ng/ml", "< 4,0"),
      A(w, "Hämatokrit", "44,2", "%", "40,0 - 52,0"),
      "Kontrolle in 3 Monaten empfohlen; Blutentnahme nüchtern zwischen 7 und 10 Uhr."),
    [R("testosterone", 2.31, "ng/ml", "ng/dL", TESTO_NGML, printed="low", rng="2.49..8.36"),
     R("shbg", 41.2, "nmol/l", "nmol/L", rng="18.3..54.1"),
     R("estradiol", 22.4, "pg/ml", "pg/mL", rng="11.3..43.2"),
     R("luteinizing-hormone", 7.9, "mIU/ml", "m[IU]/mL", rng="1.7..8.6"),
     R("follicle-stimulating-hormone", 9.8, "mIU/ml", "m[IU]/mL", rng="1.5..12.4"),
     R("prostate-specific-antigen", 0.84, "ng/ml", "ng/mL", rng="..4.0"),
     R("hematocrit", 44.2, "%", "%", rng="40.0..52.0")],
    "The indented 'Methodenwechsel' note under testosterone holds the OLD interval 2,80-8,00 (not this row's range) and "
    "'Vorwert 2,6 ng/ml vom 12.01.2025' is the previous result in prose (no row); the DAkkS/ISO 15189:2014 lines, "
    "Lindwurmstraße 129 / 80337, 'geb. 03.07.1971', 'Alter: 54 J', the order number, the times, 'Seite 1 von 2' and "
    "'Kontrolle in 3 Monaten ... zwischen 7 und 10 Uhr' are not results; '↓' after 2,31 is its printed flag; mIU/ml = "
    "m[IU]/mL")

w = [26, 11, 9, 10]
chk("I06 MCV = Hct / RBC", 45.1 / 5.12 * 10, 88, 0.5)
add("I06", ["contact", "demo", "ids", "times", "quality", "advice", "sign"],
    J("Labor-style Dr. Hofer  ·  Mariahilfer Straße 88, 1070 Wien  ·  Tel. +43 1 555 40 40",
      "Name: Gruber, Franz    SVNR: 1234 030762    Alter: 63 J    Gewicht: 84 kg    Größe: 176 cm",
      "Probeneingang: 17.09.2025 08:20    Labornummer: 25-0917-3381",
      A(w, "Blutbild", "Ergebnis", "", "Einheit", "Referenz"),
      A(w, "Leukozyten", "6,8", "", "G/l", "4,0 - 10,0"),
      A(w, "Erythrozyten", "5,12", "", "T/l", "4,30 - 5,80"),
      A(w, "Hämoglobin", "15,2", "", "g/dl", "13,5 - 17,5"),
      A(w, "Hämatokrit", "45,1", "", "%", "40,0 - 52,0"),
      A(w, "MCV", "88", "", "fl", "80 - 99"),
      A(w, "Thrombozyten", "231", "", "G/l", "150 - 400"),
      "Elektrolyte",
      A(w, "Natrium", "139", "", "mmol/l", "135 - 145"),
      A(w, "Kalium", "5,6", "H", "mmol/l", "3,5 - 5,1"),
      "Probe hämolytisch (H-Index 85; freies Hämoglobin ca. 0,9 g/l): Kalium möglicherweise falsch hoch, Kontrolle empfohlen.",
      "Validiert: 17.09.2025 11:47    Dr. E. Hofer, Fachärztin für Medizinische und Chemische Labordiagnostik"),
    [R("white-blood-cell-count", 6.8, "G/l", "10*3/uL", rng="4.0..10.0"),
     R("red-blood-cell-count", 5.12, "T/l", "10*6/uL", rng="4.30..5.80"),
     R("hemoglobin", 15.2, "g/dl", "g/dL", rng="13.5..17.5"),
     R("hematocrit", 45.1, "%", "%", rng="40.0..52.0"),
     R("mean-corpuscular-volume", 88, "fl", "fL", rng="80..99"),
     R("platelet-count", 231, "G/l", "10*3/uL", rng="150..400"),
     R("sodium", 139, "mmol/l", "mmol/L", rng="135..145"),
     R("potassium", 5.6, "mmol/l", "mmol/L", printed="high", rng="3.5..5.1")],
    "The haemolysis note's 'freies Hämoglobin ca. 0,9 g/l' is a specimen-quality index, NOT a haemoglobin result (the "
    "patient's is 15,2 g/dl above), and 'H-Index 85' is no flag; the potassium stays a row with its printed H; SVNR, "
    "'Alter: 63 J', 'Gewicht: 84 kg', 'Größe: 176 cm', the lab number, the times, Mariahilfer Straße 88 / 1070 and the "
    "phone are not results; G/l = 10^9/L = 10*3/uL and T/l = 10^12/L = 10*6/uL are the same numbers")

w = [22, 10, 16]
chk("I07 LDL Friedewald (mmol/L)", 5.9 - 1.62 - 1.5 / 2.2, 3.60, 0.01)
chk("I07 eGFR CKD-EPI 2021, female 57 y, creatinine 0.995 mg/dL",
    142 * (0.99546 / 0.7) ** -1.2 * 0.9938 ** 57 * 1.012, 66, 1.0)
add("I07", ["contact", "demo", "ids", "times", "table", "formula", "border"],
    J("Labor-style Risch  ·  Musterstrasse 57, 8050 Zürich  ·  Tel. 044 555 12 34",
      "Patientin: Meier, Anna    Jg. 1968    AHV-Nr. 756.5555.1234.97    Auftrag 7719 2043",
      "Entnahme: 16.09.2025 07:50, nüchtern seit 12 h",
      A(w, "Analyse", "Resultat", "Einheit", "Referenzwert"),
      A(w, "Cholesterin total", "5,9", "mmol/l", "< 5,0"),
      A(w, "HDL-Cholesterin", "1,62", "mmol/l", "> 1,20"),
      A(w, "Triglyceride", "1,5", "mmol/l", "< 1,7"),
      A(w, "LDL-Cholesterin", "3,60", "mmol/l", "< 3,0"),
      A(w, "Glukose nüchtern", "5,4", "mmol/l", "3,9 - 5,6"),
      A(w, "Kreatinin", "88", "µmol/l", "45 - 84"),
      A(w, "eGFR (CKD-EPI)", "66", "ml/min/1,73m²", "> 60"),
      "LDL-Zielwerte (ESC/EAS 2019): sehr hohes Risiko < 1,4 mmol/l; hohes Risiko < 1,8 mmol/l; mittleres Risiko < 2,6 mmol/l; niedriges Risiko < 3,0 mmol/l.",
      "Umrechnung: Cholesterin mmol/l x 38,67 = mg/dl; Triglyceride mmol/l x 88,6 = mg/dl.",
      "eGFR nach CKD-EPI 2021 (ohne Ethnie-Faktor); nicht validiert bei < 18 Jahren, in der Schwangerschaft und bei BMI > 40 kg/m²."),
    [R("total-cholesterol", 5.9, "mmol/l", "mg/dL", CHOL_MMOL, rng="..5.0"),
     R("hdl-cholesterol", 1.62, "mmol/l", "mg/dL", CHOL_MMOL, rng="1.20.."),
     R("triglycerides", 1.5, "mmol/l", "mg/dL", TG_MMOL, rng="..1.7"),
     R("ldl-cholesterol", 3.60, "mmol/l", "mg/dL", CHOL_MMOL, rng="..3.0"),
     R("glucose", 5.4, "mmol/l", "mg/dL", GLU_MMOL, rng="3.9..5.6"),
     R("creatinine", 88, "µmol/l", "mg/dL", CREA_UMOL, rng="45..84"),
     R("egfr", 66, "ml/min/1,73m²", "mL/min/{1.73_m2}", rng="60..")],
    "The eGFR line in the table IS a result (calculated, with unit and interval; CKD-EPI 2021 for a 57-year-old woman at "
    "0.995 mg/dL gives 66), while the eGFR note under it (18 Jahren, BMI > 40 kg/m²) is not; the ESC LDL target sentence "
    "(1,4 / 1,8 / 2,6 / 3,0 mmol/l) and the 'Umrechnung' factors (38,67, 88,6) are comment numbers; 'Jg. 1968', the "
    "AHV number, the order number, 'nüchtern seit 12 h', the address and phone are not results; flags computed; "
    "ml/min/1,73m² = mL/min/{1.73_m2}")

# ======================= France, the Netherlands =======================
w = [26, 12, 16, 28]
chk("I08 glucose g/L -> mmol/L", 1.12 / 0.180156, 6.22, 0.005)
chk("I08 cholesterol g/L -> mmol/L", 2.41 / 0.38665, 6.23, 0.005)
chk("I08 HDL g/L -> mmol/L", 0.52 / 0.38665, 1.34, 0.01)
chk("I08 TG g/L -> mmol/L", 1.35 / 0.8857, 1.52, 0.005)
chk("I08 LDL Friedewald (g/L)", 2.41 - 0.52 - 1.35 / 5, 1.62, 0.001)
chk("I08 LDL g/L -> mmol/L", 1.62 / 0.38665, 4.19, 0.005)
chk("I08 creatinine mg/L -> umol/L", 9.1 / 0.11312, 80.4, 0.06)
chk("I08 eGFR CKD-EPI 2021, female 57 y, creatinine 0.91 mg/dL", 142 * (0.91 / 0.7) ** -1.2 * 0.9938 ** 57 * 1.012, 74, 1.0)
add("I08", ["contact", "accred", "demo", "ids", "times", "page", "dup", "prev", "table", "sign"],
    J("Laboratoire de biologie médicale Cerballiance-style  -  12 rue des Tanneurs, 69002 Lyon  -  Tél. 04 55 55 12 34",
      "Accréditation COFRAC Examens médicaux n° 8-9999, portée disponible sur www.cofrac.fr",
      "Mme DUPONT Claire    Née le 14/02/1968 (57 ans)    Dossier n° 250918-0412    Prélevé le 18/09/2025 à 07h55    Page 1/2",
      A(w, "BIOCHIMIE SANGUINE", "", "", "Valeurs de référence", "Antériorités"),
      A(w, "Glycémie à jeun", "1,12 g/L", "(6,22 mmol/L)", "0,70-1,10", "1,04 le 12/03/2025"),
      A(w, "Cholestérol total", "2,41 g/L", "(6,23 mmol/L)", "<2,00", "2,28 le 12/03/2025"),
      A(w, "Cholestérol HDL", "0,52 g/L", "(1,34 mmol/L)", ">0,40", "0,55 le 12/03/2025"),
      A(w, "Triglycérides", "1,35 g/L", "(1,52 mmol/L)", "<1,50"),
      A(w, "Cholestérol LDL calculé", "1,62 g/L", "(4,19 mmol/L)", "voir objectifs ci-dessous"),
      "Objectifs de LDL-cholestérol selon le niveau de risque cardiovasculaire (HAS 2017) : faible < 1,90 g/L ; modéré < 1,30 g/L ; "
      "élevé < 1,00 g/L ; très élevé < 0,70 g/L.",
      A(w, "Créatinine", "9,1 mg/L", "(80,4 µmol/L)", "5,1-9,5"),
      A(w, "DFG estimé (CKD-EPI)", "74", "mL/min/1,73m²", ">60"),
      "Biologiste responsable : Dr A. Martin, pharmacien biologiste"),
    [R("glucose", 1.12, "g/L", "mg/dL", G_L, rng="0.70..1.10"),
     R("total-cholesterol", 2.41, "g/L", "mg/dL", G_L, rng="..2.00"),
     R("hdl-cholesterol", 0.52, "g/L", "mg/dL", G_L, rng="0.40.."),
     R("triglycerides", 1.35, "g/L", "mg/dL", G_L, rng="..1.50"),
     R("ldl-cholesterol", 1.62, "g/L", "mg/dL", G_L),
     R("creatinine", 9.1, "mg/L", "mg/dL", MG_L, rng="5.1..9.5"),
     R("egfr", 74, "mL/min/1,73m²", "mL/min/{1.73_m2}", rng="60..")],
    "Each analyte is ONE row although printed twice (g/L and the same result in mmol/L in parentheses: 1,12 g/L = 6,22 "
    "mmol/L), keyed from the first-printed unit, whose interval it is; the Antériorités column (1,04 / 2,28 / 0,55 with "
    "dates) is history; the LDL range cell 'voir objectifs ci-dessous' is words pointing to the HAS target sentence "
    "(1,90 / 1,30 / 1,00 / 0,70 g/L), so range empty and flag null; COFRAC n° 8-9999, the address, 'Née le', '(57 ans)', "
    "the dossier number, the collection time and 'Page 1/2' are not results; DFG estimé is a result (74 for a woman of "
    "57 at 0.91 mg/dL)")

w = [23, 10, 13]
add("I09", ["contact", "demo", "ids", "times", "method", "cutoff", "accred"],
    J("Saltro-style Diagnostisch Centrum  ·  Vaartweg 12, 3511 AB Utrecht  ·  uitslagen: 030 - 555 4321",
      "Patiënt: J. de Vries (M)    Geb.datum: 07-11-1964    Patiëntnr: 3345127    Aanvrager: huisarts P. Bakker (AGB 01-555123)",
      "Afname: 19-09-2025 08:12    Ordernr: 25-0919-8812    Laboratorium geaccrediteerd door de RvA onder nr. M555",
      A(w, "Bepaling", "Uitslag", "Eenheid", "Referentie"),
      A(w, "Hemoglobine", "8,9", "mmol/l", "8,5 - 11,0"),
      A(w, "Hematocriet", "0,43", "l/l", "0,41 - 0,51"),
      A(w, "MCV", "89", "fl", "80 - 100"),
      A(w, "Ferritine", "42", "µg/l", "30 - 400"),
      A(w, "Glucose (nuchter)", "6,4  H", "mmol/l", "4,0 - 6,0"),
      A(w, "HbA1c", "44  H", "mmol/mol", "20 - 42"),
      "Let op: per 01-03-2025 nieuwe referentiewaarden ferritine (oud 20 - 300 µg/l, nieuw 30 - 400 µg/l).",
      "Nuchter glucose >= 7,0 mmol/l (tweemaal) of HbA1c >= 48 mmol/mol past bij diabetes mellitus (NHG-Standaard Diabetes mellitus type 2, 2024)."),
    [R("hemoglobin", 8.9, "mmol/l", "g/dL", HGB_MMOL, rng="8.5..11.0"),
     R("hematocrit", 0.43, "l/l", "%", HCT_LL, rng="0.41..0.51"),
     R("mean-corpuscular-volume", 89, "fl", "fL", rng="80..100"),
     R("ferritin", 42, "µg/l", "ng/mL", rng="30..400"),
     R("glucose", 6.4, "mmol/l", "mg/dL", GLU_MMOL, printed="high", rng="4.0..6.0"),
     R("hemoglobin-a1c", 44, "mmol/mol", "%", A1C_IFCC, printed="high", rng="20..42")],
    "The reference-change notice (oud 20 - 300, nieuw 30 - 400 µg/l) is no ferritin result and the row's interval is the "
    "printed 30 - 400; the NHG sentence's 7,0 mmol/l and 48 mmol/mol are diagnostic cut-offs; the birth date, patient "
    "and order numbers, AGB code, RvA accreditation number, postcode 3511 AB, the phone and the collection time are not "
    "results; HbA1c range kept in mmol/mol as printed; µg/l = ng/mL")

# ======================= Mexico, Brazil, Portugal =======================
w = [22, 12, 11]
chk("I10 BUN = urea / 2.14", 32 / 2.14, 15, 0.1)
add("I10", ["contact", "demo", "ids", "times", "cutoff", "table", "sign", "accred"],
    J("Laboratorio Chopo-style  ·  Sucursal Del Valle: Av. Coyoacán 1435, Col. Del Valle, C.P. 03100, CDMX  ·  Tel. 55 5555 1234",
      "Paciente: HERNÁNDEZ LÓPEZ, MARÍA    Edad: 45 años    Sexo: F    Folio: 0918-45127",
      "Fecha de toma: 18/09/2025 07:40    Ayuno: 12 horas    Médico: A QUIEN CORRESPONDA",
      "QUÍMICA SANGUÍNEA DE 6 ELEMENTOS",
      A(w, "Prueba", "Resultado", "Unidades", "Valores de referencia"),
      A(w, "Glucosa", "108  *", "mg/dL", "70 - 100"),
      A(w, "Urea", "32", "mg/dL", "15 - 45"),
      A(w, "BUN", "15", "mg/dL", "7 - 21"),
      A(w, "Creatinina", "0.78", "mg/dL", "0.57 - 1.11"),
      A(w, "Ácido úrico", "6.9  *", "mg/dL", "2.6 - 6.0"),
      A(w, "Colesterol", "194", "mg/dL", "< 200"),
      A(w, "Triglicéridos", "243  *", "mg/dL", "< 150"),
      "Valores de glucosa en ayunas superiores a 126 mg/dL en dos ocasiones sugieren diabetes; entre 100 y 125 mg/dL, glucosa alterada en ayuno.",
      "Triglicéridos: normal < 150, limítrofe 150-199, alto 200-499, muy alto >= 500 mg/dL.",
      "Este laboratorio participa en el programa de evaluación externa de la calidad PACAL, folio 8765.",
      "Q.F.B. Laura Ramírez  ·  Cédula Profesional 5555123"),
    [R("glucose", 108, "mg/dL", "mg/dL", printed="abnormal", rng="70..100"),
     R("urea", 32, "mg/dL", "mg/dL", rng="15..45"),
     R("blood-urea-nitrogen", 15, "mg/dL", "mg/dL", rng="7..21"),
     R("creatinine", 0.78, "mg/dL", "mg/dL", rng="0.57..1.11"),
     R("uric-acid", 6.9, "mg/dL", "mg/dL", printed="abnormal", rng="2.6..6.0"),
     R("total-cholesterol", 194, "mg/dL", "mg/dL", rng="..200"),
     R("triglycerides", 243, "mg/dL", "mg/dL", printed="abnormal", rng="..150")],
    "The '6' in the panel heading 'QUÍMICA SANGUÍNEA DE 6 ELEMENTOS' is a count, the glucose sentence (126, 100 y 125 "
    "mg/dL) and the triglyceride tier line (150 / 150-199 / 200-499 / >= 500) are comments, and 'Edad: 45 años', the "
    "folio, the collection time, 'Ayuno: 12 horas', the PACAL folio, the Cédula Profesional, the address and phone are "
    "not results; urea and BUN are both rows (two printed quantities: 32 / 2.14 = 15); '*' after a value is the printed "
    "abnormal mark")

w = [60]
chk("I11 % free PSA", 100 * 0.31 / 1.20, 26, 0.5)
add("I11", ["contact", "demo", "ids", "times", "table", "method", "sign"],
    J("Laboratório Fleury-style  ·  Av. Brigadeiro Luís Antônio, 2020 - Jardim Paulista, São Paulo - SP, CEP 01402-000",
      "Paciente: Carlos Eduardo Souza    Data de nascimento: 02/05/1978    Idade: 47 anos    Sexo: Masculino",
      "Pedido: 5500123456    Coleta: 18/09/2025 07:20    Jejum: 8 horas    Médico solicitante: Dr. P. Lima - CRM-SP 123456",
      "TESTOSTERONA TOTAL",
      "Resultado: 412 ng/dL    Valor de referência: 249 a 836 ng/dL",
      "TESTOSTERONA LIVRE (calculada)",
      "Resultado: 8,1 ng/dL    Valor de referência: 5,0 a 21,0 ng/dL",
      "ESTRADIOL",
      "Resultado: 28 pg/mL    Valor de referência: até 39,8 pg/mL",
      "PSA TOTAL",
      "Resultado: 1,20 ng/mL    Valor de referência: até 4,00 ng/mL",
      "Valores de referência do PSA total por faixa etária: 40 a 49 anos: até 2,5 ng/mL; 50 a 59 anos: até 3,5 ng/mL; "
      "60 a 69 anos: até 4,5 ng/mL; 70 a 79 anos: até 6,5 ng/mL.",
      "PSA LIVRE",
      "Resultado: 0,31 ng/mL",
      "RELAÇÃO PSA LIVRE/PSA TOTAL",
      "Resultado: 26 %    Valor de referência: superior a 25 %",
      "Material: soro. Método: eletroquimioluminescência. Lote do reagente: 45123B, validade 03/2026.",
      "Responsável técnico: Dr. R. Alves - CRM-SP 654321"),
    [R("testosterone", 412, "ng/dL", "ng/dL", rng="249..836"),
     R("testosterone-free", 8.1, "ng/dL", "pg/mL", FT_NGDL, rng="5.0..21.0"),
     R("estradiol", 28, "pg/mL", "pg/mL", rng="..39.8"),
     R("prostate-specific-antigen", 1.20, "ng/mL", "ng/mL", rng="..4.00"),
     R("prostate-specific-antigen-free", 0.31, "ng/mL", "ng/mL"),
     R("prostate-specific-antigen-free-percent", 26, "%", "%", rng="25..")],
    "A name-line / 'Resultado:' layout: the PSA-by-age table (40 a 49 anos: até 2,5 ... 70 a 79 anos: até 6,5) is no "
    "result and not this patient's interval (the row's is 'até 4,00'), the reagent lot 45123B and 'validade 03/2026' "
    "are QC text, and the address/CEP, birth date, 'Idade: 47 anos', order number, collection time, 'Jejum: 8 horas' and "
    "the CRM numbers are not results; 'a' in '249 a 836' is the range dash, 'até x' is ..x and 'superior a 25' is 25..; "
    "free PSA has no interval (null); 0,31 / 1,20 = 25.8 %")

w = [20, 12, 14]
add("I12", ["contact", "demo", "ids", "times", "dup", "crit", "quality", "sign"],
    J("Laboratório Germano de Sousa-style  ·  Rua das Flores, 45, 4050-265 Porto  ·  Tel. 22 555 0123",
      "Utente: Manuel Ferreira    N.º Utente SNS: 555 123 987    Idade: 68 anos    Episódio: 25/012345",
      "Colheita: 18-09-2025 08:05    Validação: 18-09-2025 11:50",
      A(w, "Análise", "Resultado", "Unidades", "Valores de referência"),
      A(w, "Sódio", "138", "mmol/L", "136 - 145"),
      A(w, "Potássio", "6,4    H", "mmol/L", "3,5 - 5,1"),
      A(w, "Cloro", "103", "mmol/L", "98 - 107"),
      A(w, "Ureia", "58     H", "mg/dL", "17 - 43"),
      A(w, "Creatinina", "1,42   H", "mg/dL", "0,70 - 1,20"),
      "VALOR CRÍTICO: potássio 6,4 mmol/L comunicado por telefone ao Dr. J. Costa (ext. 2345) às 11:42 de 18-09-2025 "
      "por A. Rocha; amostra sem hemólise (índice H 12).",
      "Limites críticos do laboratório: potássio < 2,8 ou > 6,2 mmol/L; sódio < 120 ou > 160 mmol/L.",
      "Técnica superior de saúde: A. Rocha, cédula profissional n.º C-012345"),
    [R("sodium", 138, "mmol/L", "mmol/L", rng="136..145"),
     R("potassium", 6.4, "mmol/L", "mmol/L", printed="high", rng="3.5..5.1"),
     R("chloride", 103, "mmol/L", "mmol/L", rng="98..107"),
     R("urea", 58, "mg/dL", "mg/dL", printed="high", rng="17..43"),
     R("creatinine", 1.42, "mg/dL", "mg/dL", printed="high", rng="0.70..1.20")],
    "The critical-call sentence repeats 'potássio 6,4 mmol/L' (the same result, no second row) with a phone extension, "
    "a time and 'índice H 12'; the critical-limits line (2,8 / 6,2 / 120 / 160 mmol/L) is policy, not a result; the SNS "
    "number, 'Idade: 68 anos', the episode number, the times, the address/postcode, the phone and the cédula number "
    "are not results; 'Cloro' is chloride")

# ======================= Italy, Poland, Turkey =======================
w = [31, 12, 18]
chk("I13 LDL Friedewald (mg/dL)", 226 - 49 - 168 / 5, 143, 0.5)
add("I13", ["contact", "accred", "demo", "ids", "times", "page", "table", "sign"],
    J("Laboratorio Analisi Synlab-style  ·  Via Tiburtina 318, 00185 Roma  ·  Tel. 06 5555 8899",
      "Struttura accreditata con il SSR - DCA n. U00123/2015",
      "Paziente: ROSSI MARIO    Nato il 11/06/1970    Età 55 anni    Cod. fiscale: RSSMRA70H11H501X",
      "N. accettazione 250918/0342    Data prelievo 18/09/2025 ore 07:45    Pag. 1 di 1",
      A(w, "Esame", "Risultato", "Unità di misura", "Valori di riferimento"),
      A(w, "Glicemia", "97", "mg/dL", "70 - 100"),
      A(w, "Emoglobina glicata (HbA1c)", "39", "mmol/mol", "20 - 42"),
      A(w, "Colesterolo totale", "226", "mg/dL", "< 200"),
      A(w, "Colesterolo HDL", "49", "mg/dL", "> 40"),
      A(w, "Trigliceridi", "168", "mg/dL", "< 150"),
      A(w, "Colesterolo LDL (calcolato)", "143", "mg/dL", "vedi nota"),
      "Nota: obiettivi di colesterolo LDL secondo il rischio cardiovascolare (ESC/EAS 2019): basso < 116 mg/dL; moderato < 100 mg/dL; "
      "alto < 70 mg/dL; molto alto < 55 mg/dL.",
      "Documento firmato digitalmente dal Dott. G. Bianchi ai sensi del D.Lgs. 82/2005 e s.m.i."),
    [R("glucose", 97, "mg/dL", "mg/dL", rng="70..100"),
     R("hemoglobin-a1c", 39, "mmol/mol", "%", A1C_IFCC, rng="20..42"),
     R("total-cholesterol", 226, "mg/dL", "mg/dL", rng="..200"),
     R("hdl-cholesterol", 49, "mg/dL", "mg/dL", rng="40.."),
     R("triglycerides", 168, "mg/dL", "mg/dL", rng="..150"),
     R("ldl-cholesterol", 143, "mg/dL", "mg/dL")],
    "LDL's range cell 'vedi nota' points to the ESC/EAS target sentence (116 / 100 / 70 / 55 mg/dL), which is no "
    "interval of this row: range empty, flag null; the SSR accreditation 'DCA n. U00123/2015', the law 'D.Lgs. "
    "82/2005', the birth date, 'Età 55 anni', the codice fiscale, the accession number, the time, 'Pag. 1 di 1' and the "
    "address (Via Tiburtina 318, 00185) are not results; flags computed")

w = [22, 8, 11]
chk("I14 FT4 pmol/L -> ng/dL", 14.8 * 0.077687, 1.15, 0.005)
add("I14", ["contact", "demo", "ids", "times", "table", "accred"],
    J("Laboratorium Diagnostyka-style  ·  ul. Grzybowska 62, 00-844 Warszawa  ·  tel. 22 555 12 34",
      "Pacjent: Anna Kowalska    PESEL: 71030555123    Wiek: 54 lata    Płeć: K",
      "Nr zlecenia: 2509-18-0093    Data pobrania: 18.09.2025 08:05    Kod kreskowy: 5905551234567",
      A(w, "Badanie", "Wynik", "Jednostka", "Zakres referencyjny"),
      A(w, "TSH", "3,12", "µIU/ml", "0,27 - 4,20"),
      A(w, "FT4", "14,8", "pmol/l", "12,0 - 22,0"),
      A(w, "FT3", "4,1", "pmol/l", "3,1 - 6,8"),
      A(w, "Ferrytyna", "23", "ng/ml", "13 - 150"),
      A(w, "Witamina D (25-OH)", "18,6 L", "ng/ml", "30 - 50"),
      "Interpretacja stężenia 25(OH)D (wytyczne polskie 2023): < 10 ng/ml ciężki niedobór; 10-20 niedobór; 20-30 stężenie "
      "suboptymalne; 30-50 optymalne; 50-100 wysokie; > 100 potencjalnie toksyczne.",
      "Laboratorium posiada certyfikat ISO 9001:2015 nr 1234/2023 oraz akredytację PCA nr AB 1234."),
    [R("thyroid-stimulating-hormone", 3.12, "µIU/ml", "m[IU]/L", rng="0.27..4.20"),
     R("free-t4", 14.8, "pmol/l", "ng/dL", FT4_PMOL, rng="12.0..22.0"),
     R("free-t3", 4.1, "pmol/l", "pg/mL", FT3_PMOL, rng="3.1..6.8"),
     R("ferritin", 23, "ng/ml", "ng/mL", rng="13..150"),
     R("vitamin-d", 18.6, "ng/ml", "ng/mL", printed="low", rng="30..50")],
    "The vitamin D interpretation table (< 10, 10-20, 20-30, 30-50, 50-100, > 100 ng/ml; the '25' in '25(OH)D' is part "
    "of a name) is guidance, not a result; 'ISO 9001:2015 nr 1234/2023' and 'PCA nr AB 1234' are certificate numbers; "
    "PESEL, 'Wiek: 54 lata', order number, collection time, the 13-digit barcode and the address are not results; the "
    "vitamin D's 'L' is its printed flag; µIU/ml = m[IU]/L")

w = [23, 9, 9]
chk("I15 HOMA-IR = glucose x insulin / 405", 88 * 14.2 / 405, 3.09, 0.006)
add("I15", ["ids", "demo", "times", "formula", "cutoff", "sign", "border"],
    J("Acıbadem-style Laboratuvarı  ·  Tahlil Sonuç Raporu    Protokol No: 2025091800456",
      "Hasta: Mehmet Yılmaz    T.C. Kimlik No: 555*****12    Yaş: 39    Cinsiyet: E    Boy: 181 cm    Kilo: 96 kg",
      "Numune Kabul: 18.09.2025 09:11    Onay: 18.09.2025 13:40    Açlık: 10 saat",
      A(w, "Test Adı", "Sonuç", "Birim", "Referans Aralığı"),
      A(w, "Glukoz (açlık)", "88", "mg/dL", "74 - 106"),
      A(w, "İnsülin (açlık)", "14,2", "µIU/mL", "2,6 - 24,9"),
      A(w, "HOMA-IR", "3,09", "", "< 2,5"),
      A(w, "ALT", "42   H", "U/L", "0 - 41"),
      A(w, "AST", "31", "U/L", "0 - 40"),
      A(w, "GGT", "56", "U/L", "10 - 71"),
      "HOMA-IR = Açlık glukozu (mg/dL) x Açlık insülini (µIU/mL) / 405; 2,5 üzeri değerler insülin direnci ile uyumlu olabilir.",
      "Onaylayan: Uzm. Dr. A. Demir, Tıbbi Biyokimya Uzmanı, Diploma Tescil No: 45123"),
    [R("glucose", 88, "mg/dL", "mg/dL", rng="74..106"),
     R("insulin", 14.2, "µIU/mL", "u[IU]/mL", rng="2.6..24.9"),
     R("homa-ir", 3.09, "", "{index}", rng="..2.5"),
     R("alanine-aminotransferase", 42, "U/L", "U/L", printed="high", rng="0..41"),
     R("aspartate-aminotransferase", 31, "U/L", "U/L", rng="0..40"),
     R("gamma-glutamyl-transferase", 56, "U/L", "U/L", rng="10..71")],
    "The HOMA-IR row IS a result (calculated, printed in the table with an interval: 88 x 14,2 / 405 = 3.09, computed "
    "high), while the formula line under it (405, 2,5) is not; 'Boy: 181 cm' and 'Kilo: 96 kg' are the patient's height "
    "and weight in the header, not results, nor are 'Yaş: 39', the masked T.C. number, the protocol number, the times, "
    "'Açlık: 10 saat' and the diploma registration number; HOMA-IR prints no unit and takes the dimensionless catalog "
    "unit {index}; µIU/mL = u[IU]/mL")

# ======================= Nigeria, Kenya, the Philippines =======================
w = [24, 10, 10]
add("I16", ["contact", "accred", "demo", "ids", "spec", "times", "money", "advice", "sign", "page"],
    J("Synlab-style Nigeria  ·  27 Akin Adesola Street, Victoria Island, Lagos  ·  Tel: 0803 555 1234",
      "MLSCN Laboratory Registration No. ML/2019/5551",
      "Patient: Mr. Chukwuemeka Obi    Age: 61yrs    Sex: M    Hosp. No: 445218    Lab No: 25/09/1187",
      "Sample: clotted blood, 5 ml    Collected: 18/09/2025 08:45    Bill No.: 00781 (paid N 25,000)",
      A(w, "INVESTIGATION", "RESULT", "UNIT", "REFERENCE"),
      A(w, "PSA (Total)", "6.8  H", "ng/mL", "0.0 - 4.0"),
      A(w, "Fasting Blood Sugar", "112  H", "mg/dL", "70 - 110"),
      A(w, "Sodium", "141", "mmol/L", "135 - 145"),
      A(w, "Potassium", "4.2", "mmol/L", "3.5 - 5.0"),
      A(w, "Bicarbonate", "24", "mmol/L", "22 - 29"),
      A(w, "Urea", "4.8", "mmol/L", "2.5 - 6.7"),
      A(w, "Creatinine", "102", "umol/L", "62 - 115"),
      "Comment: PSA above 4.0 ng/mL. Suggest repeat in 6 weeks with free PSA; a free/total PSA ratio below 0.25 increases the probability of malignancy.",
      "Medical Laboratory Scientist: O. Adeyemi (MLSCN Reg. No. 12345)    Consultant Chemical Pathologist: Dr. F. Bello (MDCN 55512)",
      "*** End of Report ***"),
    [R("prostate-specific-antigen", 6.8, "ng/mL", "ng/mL", printed="high", rng="0.0..4.0"),
     R("glucose", 112, "mg/dL", "mg/dL", printed="high", rng="70..110"),
     R("sodium", 141, "mmol/L", "mmol/L", rng="135..145"),
     R("potassium", 4.2, "mmol/L", "mmol/L", rng="3.5..5.0"),
     R("carbon-dioxide", 24, "mmol/L", "mmol/L", rng="22..29"),
     R("urea", 4.8, "mmol/L", "mg/dL", UREA_MMOL, rng="2.5..6.7"),
     R("creatinine", 102, "umol/L", "mg/dL", CREA_UMOL, rng="62..115")],
    "'Sample: clotted blood, 5 ml' is a tube volume, 'paid N 25,000' and the bill number are money, the comment's 4.0 "
    "ng/mL, '6 weeks' and the 0.25 ratio cut-off are advice, and 'Age: 61yrs', the hospital and lab numbers, the MLSCN "
    "and MDCN registration numbers, the address, the phone and '*** End of Report ***' are not results; urea is in "
    "mmol/L (urea, not BUN)")

w = [13, 9, 7, 12]
chk("I17 MCV = Hct / RBC", 34.8 / 4.46 * 10, 78.0, 0.1)
add("I17", ["contact", "accred", "demo", "ids", "times", "spec", "advice", "sign", "page"],
    J("Lancet-style Kenya  ·  P.O. Box 40512-00100, Nairobi  ·  Tel: 0720 555 123",
      "KENAS accredited (ISO 15189), Certificate No. MED-555",
      "Patient: Wanjiru Kamau    Age: 34Y    Sex: F    OP No.: 0098213    Lab Ref: NBO-25-0918-044",
      "Collected: 18/09/2025 09:20    Received: 18/09/2025 10:05",
      "HAEMOGRAM",
      A(w, "Test", "Result", "Flag", "Units", "Ref. Range"),
      A(w, "WBC", "5.6", "", "x10^9/L", "4.0 - 11.0"),
      A(w, "RBC", "4.46", "", "x10^12/L", "3.80 - 5.20"),
      A(w, "HGB", "11.2", "L", "g/dL", "12.0 - 16.0"),
      A(w, "HCT", "34.8", "L", "%", "36.0 - 46.0"),
      A(w, "MCV", "78.0", "L", "fL", "80.0 - 100.0"),
      A(w, "PLT", "312", "", "x10^9/L", "150 - 450"),
      "Comment: Microcytic picture; suggest serum ferritin and repeat FBC in 4-6 weeks. Sample analysed 2 h after collection.",
      "Reviewed by: P. Otieno, KMLTTB Reg. No. 55512    Page 1 of 1"),
    [R("white-blood-cell-count", 5.6, "x10^9/L", "10*3/uL", rng="4.0..11.0"),
     R("red-blood-cell-count", 4.46, "x10^12/L", "10*6/uL", rng="3.80..5.20"),
     R("hemoglobin", 11.2, "g/dL", "g/dL", printed="low", rng="12.0..16.0"),
     R("hematocrit", 34.8, "%", "%", printed="low", rng="36.0..46.0"),
     R("mean-corpuscular-volume", 78.0, "fL", "fL", printed="low", rng="80.0..100.0"),
     R("platelet-count", 312, "x10^9/L", "10*3/uL", rng="150..450")],
    "The P.O. Box with its postal code (40512-00100), the KENAS certificate, 'Age: 34Y', the OP and lab reference "
    "numbers, the times, '4-6 weeks' and '2 h after collection' in the comment, the KMLTTB registration number and 'Page "
    "1 of 1' are not results; the '10^9' / '10^12' in the units are no values (x10^9/L = 10*3/uL, x10^12/L = 10*6/uL)")

w = [20, 8, 4, 9, 14]
chk("I18 LDL Friedewald (mmol/L)", 5.80 - 1.10 - 1.90 / 2.2, 3.84, 0.01)
for lbl, si, f_, conv in [("FBS", 6.2, 18.0156, 112), ("chol", 5.80, 38.67, 224), ("TG", 1.90, 88.57, 168),
                          ("HDL", 1.10, 38.67, 43), ("LDL", 3.84, 38.67, 148), ("uric acid", 452, 0.016811, 7.6),
                          ("creatinine", 98, 0.011312, 1.11)]:
    chk(f"I18 conventional column {lbl}", si * f_, conv, 0.5 if conv > 10 else 0.05)
add("I18", ["contact", "demo", "ids", "times", "dup", "formula", "sign"],
    J("St. Luke's-style Medical Center  ·  Department of Pathology  ·  123 Aurora Blvd., Quezon City 1109",
      "Patient: DELA CRUZ, JUAN    Age/Sex: 48/M    PhilHealth No.: 12-555123456-7    Room: OPD",
      "Date Requested: 09/18/2025 06:55    Requested by: Dr. M. Santos (PRC Lic. No. 0098765)",
      A(w, "CLINICAL CHEMISTRY", "RESULT", "", "UNIT", "REFERENCE", "CONVENTIONAL"),
      A(w, "FBS", "6.2", "H", "mmol/L", "4.1 - 5.9", "112 mg/dL"),
      A(w, "Cholesterol", "5.80", "H", "mmol/L", "0.00 - 5.20", "224 mg/dL"),
      A(w, "Triglycerides", "1.90", "H", "mmol/L", "0.00 - 1.70", "168 mg/dL"),
      A(w, "HDL", "1.10", "", "mmol/L", "1.04 - 1.55", "43 mg/dL"),
      A(w, "LDL", "3.84", "H", "mmol/L", "0.00 - 3.40", "148 mg/dL"),
      A(w, "SGPT/ALT", "38", "", "U/L", "0 - 41"),
      A(w, "Uric Acid", "452", "H", "umol/L", "202 - 417", "7.6 mg/dL"),
      A(w, "Creatinine", "98", "", "umol/L", "53 - 115", "1.11 mg/dL"),
      "Note: Conventional units are given for reference only (cholesterol mmol/L x 38.67 = mg/dL; triglycerides x 88.57).",
      "Medical Technologist: R. Reyes, RMT (Lic. No. 0123456)    Pathologist: E. Cruz, MD, FPSP (Lic. No. 0087654)"),
    [R("glucose", 6.2, "mmol/L", "mg/dL", GLU_MMOL, printed="high", rng="4.1..5.9"),
     R("total-cholesterol", 5.80, "mmol/L", "mg/dL", CHOL_MMOL, printed="high", rng="0.00..5.20"),
     R("triglycerides", 1.90, "mmol/L", "mg/dL", TG_MMOL, printed="high", rng="0.00..1.70"),
     R("hdl-cholesterol", 1.10, "mmol/L", "mg/dL", CHOL_MMOL, rng="1.04..1.55"),
     R("ldl-cholesterol", 3.84, "mmol/L", "mg/dL", CHOL_MMOL, printed="high", rng="0.00..3.40"),
     R("alanine-aminotransferase", 38, "U/L", "U/L", rng="0..41"),
     R("uric-acid", 452, "umol/L", "mg/dL", URIC_UMOL, printed="high", rng="202..417"),
     R("creatinine", 98, "umol/L", "mg/dL", CREA_UMOL, rng="53..115")],
    "The CONVENTIONAL column repeats each result in mg/dL (6.2 mmol/L = 112 mg/dL): one row per analyte, keyed from the "
    "SI RESULT column whose interval is printed, and no second row from the conventional value; the conversion note's "
    "38.67 and 88.57 are factors; 'Age/Sex: 48/M', the PhilHealth number, the request time, the PRC licence numbers and "
    "the address (123 Aurora Blvd., 1109) are not results; FBS = fasting glucose; SGPT = ALT")

# ======================= Singapore (portal), India (e-mail), Spain (24-h urine) =======================
chk("I19 LDL Friedewald (mmol/L)", 5.21 - 1.28 - 1.10 / 2.2, 3.43, 0.01)
add("I19", ["page", "times", "ids", "sign", "advice", "border"],
    J("HealthHub-style  >  Health Records  >  Lab Test Results",
      "Showing 6 of 6 results    Last updated: 19 Sep 2025, 10:14 AM    Download PDF (245 KB)",
      "Institution: Polyclinic-style Bedok    Ordered by: Dr Tan W. L. (MCR 55512A)    Collected: 18 Sep 2025, 08:30 AM",
      "Cholesterol, Total",
      "5.21 mmol/L   High",
      "Reference range: < 5.20 mmol/L",
      "HDL Cholesterol",
      "1.28 mmol/L",
      "Reference range: > 1.00 mmol/L",
      "LDL Cholesterol (calculated)",
      "3.43 mmol/L   High",
      "Reference range: < 3.40 mmol/L",
      "Triglycerides",
      "1.10 mmol/L",
      "Reference range: < 1.70 mmol/L",
      "Glucose, Fasting",
      "5.4 mmol/L",
      "Reference range: 3.9 - 6.0 mmol/L",
      "Creatinine",
      "81 umol/L",
      "Reference range: 65 - 125 umol/L",
      "NRIC: S****123A    Screen for Life-style: your next screening is due in 3 years (2028)."),
    [R("total-cholesterol", 5.21, "mmol/L", "mg/dL", CHOL_MMOL, printed="high", rng="..5.20"),
     R("hdl-cholesterol", 1.28, "mmol/L", "mg/dL", CHOL_MMOL, rng="1.00.."),
     R("ldl-cholesterol", 3.43, "mmol/L", "mg/dL", CHOL_MMOL, printed="high", rng="..3.40"),
     R("triglycerides", 1.10, "mmol/L", "mg/dL", TG_MMOL, rng="..1.70"),
     R("glucose", 5.4, "mmol/L", "mg/dL", GLU_MMOL, rng="3.9..6.0"),
     R("creatinine", 81, "umol/L", "mg/dL", CREA_UMOL, rng="65..125")],
    "A portal page copied as text: name, value and 'Reference range:' each on its own line; 'Showing 6 of 6 results', "
    "'Download PDF (245 KB)', the update and collection times, the MCR number, the masked NRIC and 'due in 3 years "
    "(2028)' are page furniture, not results; the calculated LDL (5.21 - 1.28 - 1.10/2.2 = 3.43) is a result; 'High' "
    "on the value line is the printed flag")

w = [26, 11, 10]
add("I20", ["contact", "times", "ids", "demo", "prev", "dup", "table", "advice"],
    J("Subject: Your lab results - Order #WEB-558812",
      "From: reports@healthians-style.in    Date: Fri, 19 Sep 2025 11:02 +0530",
      "Dear Mr. Mehta (M, 44 yrs),",
      "Your sample (Barcode 77881234, collected 18-09-2025 07:15 at home, Flat 402, Sai Krupa Apts, Baner, Pune 411045) has been processed. Summary:",
      A(w, "Test", "Result", "Unit", "Ref. Range"),
      A(w, "Vitamin D (25-OH)", "32.6", "ng/mL", "30 - 100"),
      A(w, "Vitamin B12", "412", "pg/mL", "211 - 911"),
      A(w, "Ferritin", "86", "ng/mL", "30 - 400"),
      A(w, "hs-CRP", "2.4", "mg/L", "< 1.0"),
      A(w, "Homocysteine", "16.8", "µmol/L", "5 - 15"),
      "Good news: your vitamin D has improved from 14.2 ng/mL in March to 32.6 ng/mL now.",
      "Vitamin D status: Deficient < 20 ng/mL | Insufficient 20 - 29 ng/mL | Sufficient 30 - 100 ng/mL | Toxic > 100 ng/mL.",
      "Your doctor had advised cholecalciferol 60,000 IU weekly for 8 weeks; please ask whether to continue 60,000 IU once a month.",
      "Questions? Call 1800-555-0199 (toll free) or WhatsApp +91 98555 01234."),
    [R("vitamin-d", 32.6, "ng/mL", "ng/mL", rng="30..100"),
     R("vitamin-b12", 412, "pg/mL", "pg/mL", rng="211..911"),
     R("ferritin", 86, "ng/mL", "ng/mL", rng="30..400"),
     R("hs-crp", 2.4, "mg/L", "mg/L", rng="..1.0"),
     R("homocysteine", 16.8, "µmol/L", "umol/L", rng="5..15")],
    "An e-mail: the prose sentence gives the PREVIOUS vitamin D (14.2 ng/mL in March, no row) and repeats the current "
    "32.6 (the table's result, no second row); the status tiers (20 / 20-29 / 30-100 / > 100), the dose advice (60,000 "
    "IU, 8 weeks), the order number, the e-mail date and time zone, '(M, 44 yrs)', the barcode, the home address (Flat "
    "402, PIN 411045) and the phone numbers are not results; flags computed; µmol/L = umol/L")

w = [39, 12, 13]
chk("I21 BSA (Mosteller) = sqrt(72 x 168 / 3600)", math.sqrt(72 * 168 / 3600), 1.83, 0.005)
chk("I21 creatinine clearance = 1420 mg/24 h / (0.0105 mg/mL x 1440 min)", 1420 / (1.05 / 100 * 1440), 94, 0.5)
add("I21", ["contact", "demo", "ids", "times", "advice", "page", "sign", "border"],
    J("Hospital Universitario-style  ·  Servicio de Análisis Clínicos  ·  Avda. de la Salud 15, 28040 Madrid",
      "Paciente: GARCÍA MARTÍN, LUIS    NHC: 2231457    Edad: 45 años    Sexo: Hombre",
      "Peso: 72 kg    Talla: 168 cm    Superficie corporal: 1,83 m²    Nº petición: 25091800123",
      "Recogida de orina: desde las 07:00 del 17/09/2025 hasta las 07:00 del 18/09/2025",
      A(w, "Prueba", "Resultado", "Unidades", "Valores de referencia"),
      "SUERO",
      A(w, "Creatinina", "1,05", "mg/dL", "0,67 - 1,17"),
      "ORINA DE 24 HORAS",
      A(w, "Volumen de orina (24 h)", "1850", "mL"),
      A(w, "Creatinina en orina (24 h)", "1,42", "g/24 h", "1,00 - 2,00"),
      A(w, "Proteínas en orina (24 h)", "168  *", "mg/24 h", "< 150"),
      A(w, "Aclaramiento de creatinina", "94", "mL/min", "97 - 137"),
      "Instrucciones de recogida: desechar la primera orina de la mañana y recoger todas las siguientes durante 24 horas, "
      "incluida la primera del día siguiente; conservar en frío (2-8 °C).",
      "Informe final    Página 1 de 1    Facultativo: Dra. M. López (Nº Col. 28/45678)"),
    [R("creatinine", 1.05, "mg/dL", "mg/dL", rng="0.67..1.17"),
     R("?Volumen de orina (24 h)", 1850, "mL", "mL"),
     R("?Creatinina en orina (24 h)", 1.42, "g/24 h", "g/(24.h)", rng="1.00..2.00"),
     R("?Proteínas en orina (24 h)", 168, "mg/24 h", "mg/(24.h)", printed="abnormal", rng="..150"),
     R("?Aclaramiento de creatinina", 94, "mL/min", "mL/min", rng="97..137")],
    "The 24-h urine VOLUME IS a result row (a measured quantity with a unit; no interval, so null), and the urine "
    "creatinine and protein EXCRETIONS and the clearance are results with no catalog entry (the catalog's creatinine is "
    "the serum's and its urine protein a concentration in mg/dL, not mg/24 h): ? rows in the printed units' UCUM "
    "spelling; clearance checked 1420 / (0.0105 x 1440) = 94; the header's 'Peso: 72 kg', 'Talla: 168 cm' and "
    "'Superficie corporal: 1,83 m²' (sqrt(72 x 168 / 3600)), 'Edad: 45 años', the NHC and request numbers, the "
    "collection period, the instructions' '24 horas' and '2-8 °C', 'Página 1 de 1' and the Nº Col. are not results")

# ======================= No result at all =======================
add("I22", ["nores", "contact", "demo", "ids", "page", "table", "formula", "advice", "sign"],
    J("MVZ Labor-style Dr. Weber & Kollegen  ·  Lindwurmstraße 129, 80337 München  ·  Tel. 089 5555-0",
      "Patient: Schneider, Thomas    geb. 03.07.1971    Auftragsnr.: 2509180457    Seite 2 von 2",
      "Beurteilung / Kommentar",
      "HbA1c-Bewertung (Nationale VersorgungsLeitlinie): < 5,7 % (< 39 mmol/mol) Diabetes unwahrscheinlich; 5,7 - 6,4 % "
      "(39 - 47 mmol/mol) erhöhtes Risiko, Nüchternglukose bestimmen; >= 6,5 % (>= 48 mmol/mol) Diabetes mellitus.",
      "Ferritin-Bewertung: < 15 µg/l Eisenmangel gesichert; 15 - 30 µg/l Eisenmangel wahrscheinlich; 30 - 100 µg/l bei "
      "Entzündung (CRP > 5 mg/l) Eisenmangel nicht ausgeschlossen.",
      "Umrechnung: Glukose mg/dl x 0,0555 = mmol/l; Testosteron ng/ml x 3,467 = nmol/l.",
      "Kontrolle in 3 Monaten empfohlen.",
      "Befund vollständig.    Elektronisch freigegeben am 18.09.2025 16:12 durch Dr. med. K. Weber, Facharzt für Laboratoriumsmedizin"),
    "-",
    "Page 2 of I05's printout holds only comments: the HbA1c diagnostic tiers (5,7 / 6,4 / 6,5 % and 39 / 47 / 48 "
    "mmol/mol), the ferritin tiers with 'CRP > 5 mg/l' (no CRP was measured), the conversion factors 0,0555 and 3,467, "
    "the follow-up interval, the repeated letterhead and patient line, 'Seite 2 von 2' and 'Befund vollständig'; none is "
    "a result")

chk("I23 the add-ons' total", 65 + 80 + 45, 190, 0)
add("I23", ["nores", "money", "contact", "spec"],
    J("Pathlab-style Malaysia  ·  Health Screening Packages 2025  ·  Hotline 1-300-55-5555",
      "Pakej Asas (Basic)  -  RM 99    (22 tests)",
      "  Full Blood Count (18 parameters), Fasting Blood Sugar, Total Cholesterol, Creatinine",
      "Pakej Lelaki Sihat (Men's Health)  -  RM 299    (45 tests)",
      "  Lipid Profile (6), Liver Function (10), Renal Profile (8), HbA1c, PSA, Testosterone",
      "Pakej Wanita Sihat (Women's Health)  -  RM 329    (48 tests)",
      "  Lipid Profile (6), Thyroid (TSH, FT4), Vitamin D, Ferritin, CA 125",
      "Add-on tests:  Vitamin B12  RM 65  ·  Homocysteine  RM 80  ·  hs-CRP  RM 45   (all three: RM 190)",
      "Fasting 8-10 hours required. Prices include 8% SST. Valid until 31/12/2025."),
    "-",
    "A health-package brochure: every number is a price in ringgit (RM 99, 'hs-CRP  RM 45'), a count of tests or "
    "parameters ('(22 tests)', 'Lipid Profile (6)'), the tax rate, a fasting time or a date; the '125' of 'CA 125' and "
    "the '12' of 'Vitamin B12' are parts of names; no patient, no result")

add("I24", ["nores", "ids", "demo", "accred", "sign"],
    J("SOLICITAÇÃO DE SERVIÇO PROFISSIONAL / SADT    Guia nº 2025-0918-5512    Operadora: Unimed-style (Registro ANS 555123)",
      "Beneficiário: Carlos Eduardo Souza    Carteirinha: 0 123 456789012345 6    Data de nascimento: 02/05/1978",
      A([14, 46], "Código TUSS", "Descrição", "Qtd."),
      A([14, 46], "40302040", "Glicose - pesquisa e/ou dosagem", "1"),
      A([14, 46], "40302733", "Hemoglobina glicada (A1c)", "1"),
      A([14, 46], "40316521", "Testosterona total", "1"),
      A([14, 46], "40316530", "Testosterona livre", "1"),
      A([14, 46], "40316335", "PSA total", "1"),
      A([14, 46], "40305465", "Vitamina D - 25 OH", "1"),
      "Indicação clínica: controle de reposição hormonal (CID-10 E29.1).    Médico: Dr. P. Lima, CRM-SP 123456, CBO 225125"),
    "-",
    "A Brazilian test requisition: 8-digit procedure codes before the test names, quantities '1' where a result would "
    "stand, the guide, ANS, card, CRM and CBO numbers, the ICD-10 code E29.1 and a birth date; the '25' of '25 OH' is "
    "part of a name; nothing has been measured yet")

chk("I25 subtotal", 250 + 180 + 850 + 690 + 200, 2170, 0)
chk("I25 discount 10 %", 0.10 * 2170, 217, 0)
chk("I25 total", 2170 - 217, 1953, 0)
chk("I25 change", 2000 - 1953, 47, 0)
add("I25", ["nores", "money", "ids", "times"],
    J("OFFICIAL RECEIPT    No. 0045127    Date: 09/18/2025 07:02 AM",
      "Hi-Precision-style Diagnostics  ·  Branch: Cubao  ·  TIN 555-123-456-000",
      "Received from: DELA CRUZ, JUAN",
      A([30, 7], "Description", "Qty", "Amount (PHP)"),
      A([30, 7], "CBC with Platelet", "1", "250.00"),
      A([30, 7], "FBS", "1", "180.00"),
      A([30, 7], "Lipid Profile", "1", "850.00"),
      A([30, 7], "HbA1c", "1", "690.00"),
      A([30, 7], "Creatinine", "1", "200.00"),
      A([30, 7], "Subtotal", "", "2,170.00"),
      A([30, 7], "Less: Corporate discount 10%", "", "217.00"),
      A([30, 7], "TOTAL", "", "1,953.00"),
      "Cash tendered 2,000.00    Change 47.00"),
    "-",
    "A payment receipt laid out like a results table (test name, a small number, a decimal number): the quantities and "
    "peso amounts ('FBS  1  180.00', 'HbA1c  1  690.00') are money, not results, as are the receipt and TIN numbers and "
    "the date")

add("I26", ["nores", "contact", "times", "advice", "spec"],
    J("PERSIAPAN PEMERIKSAAN LABORATORIUM  -  Prodia-style  ·  Jl. Salemba Raya No. 88, Jakarta 10430  ·  Telp. (021) 555-1234",
      "1. Puasa 10-12 jam sebelum pengambilan darah untuk Glukosa Puasa, Profil Lipid dan Insulin; minum air putih diperbolehkan.",
      "2. Testosteron dan Kortisol: pengambilan darah antara pukul 07.00 - 10.00 pagi.",
      "3. Hentikan suplemen biotin > 5 mg/hari minimal 72 jam sebelum pemeriksaan Tiroid (TSH, FT4).",
      "4. Glukosa 2 jam setelah makan: darah diambil tepat 120 menit setelah mulai makan.",
      "5. Urin 24 jam: buang urin pertama pagi hari, kumpulkan semua urin selama 24 jam dalam wadah 2 L yang disediakan.",
      "6. Hindari olahraga berat dan ejakulasi 48 jam sebelum pemeriksaan PSA.",
      "Jam layanan: Senin-Sabtu 06.30-20.00."),
    "-",
    "A pre-test instructions sheet in Indonesian: numbered steps, fasting hours (10-12 jam), clock times (07.00 - 10.00, "
    "a range-shaped pair after 'Testosteron dan Kortisol'), a biotin dose (5 mg/hari) and wash-out (72 jam), '120 menit', "
    "a 2 L container and opening hours; every analyte named is beside a number that is not its result")

add("I27", ["nores", "contact", "demo", "ids", "times", "quality", "crit"],
    J("Synlab-style Czech  ·  Sokolská 88, 120 00 Praha 2  ·  tel. 555 123 456",
      "Pacient: Novák Jan    Rodné číslo: 710305/5123    Pojišťovna: 111    Datum odběru: 18.09.2025 07:50",
      "Číslo vzorku: 25-0918-7741",
      A([24, 16, 11], "Vyšetření", "Výsledek", "Jednotka", "Ref. meze"),
      A([24, 16, 11], "Draslík (K)", "neprovedeno", "mmol/l", "3,5 - 5,1"),
      A([24, 16, 11], "Laktátdehydrogenáza", "neprovedeno", "µkat/l", "2,25 - 3,75"),
      A([24, 16, 11], "Železo", "neprovedeno", "µmol/l", "5,8 - 34,5"),
      "Vzorek odmítnut: silná hemolýza (volný hemoglobin 2,1 g/l, H-index 210). Prosíme o nový odběr do 48 hodin.",
      "Informováno: MUDr. P. Svoboda, 18.09.2025 10:15, tel. linka 445."),
    "-",
    "A rejected sample: every result cell says 'neprovedeno' (not performed) beside units and intervals, so the "
    "interval's first number must not be read as a value; 'volný hemoglobin 2,1 g/l' is the haemolysis measure of the "
    "rejected tube, not a haemoglobin result; the birth number, insurer code 111, sample number, times and phone "
    "extension are not results")

# ======================= write keyed.tsv =======================
here = os.path.dirname(os.path.abspath(__file__))
ids = [c[0] for c in cases]
assert len(ids) == len(set(ids))
assert ids == [f"I{i:02d}" for i in range(1, len(ids) + 1)], ids
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
nrows = 0
for c in cases:
    if c[2] == "-":
        continue
    for r in c[2].split(" ;; "):
        f = r.split("|")
        assert len(f) == 6, (c[0], r)
        nrows += 1
        flags[f[2]] = flags.get(f[2], 0) + 1
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
nlines = sum(c[1].count(NL) + 1 for c in cases)
print(len(cases), "snippets,", nrows, "rows,", sum(c[2] == "-" for c in cases), "without a result;", nlines, "printed lines")
print("flags", flags)
print(len(keys), "catalog keys;", nrows - qrows, "catalog rows;", qrows, "? rows;", words, "word results;", rngs, ";",
      nonorm, "rows without a normalized value")
print("distractor kinds (snippet ids):")
for k in KINDS:
    print(f"  {k:8s} {len([i for i in ids if k in tags[i]]):2d}  " + " ".join(i for i in ids if k in tags[i]))
print(len(catalog), "catalog entries read;", len(problems), "key/unit problems")
