#!/usr/bin/env python3
"""Writes keyed.tsv (keyed set "prose-clinical"): made-up laboratory results written in clinicians' prose, as a
longevity and hormone clinic receives them when a patient uploads a document that is not a laboratory printout:
hospital discharge summaries (US, UK, India), GP and specialist letters (UK, Australia), emergency-department notes,
published case-report sentences, endocrinology and hormone-clinic letters, referral letters, a telehealth visit summary,
a transfer note, and letters in German, Spanish, French, Italian and Portuguese (decimal commas, thousands dots).
Among the results stand the numbers a real note holds that are NOT results: vitals, doses and drug strengths, ages,
dates, times, durations, scores, imaging and ECG numbers, targets and thresholds, previous results named as such,
results described without a number, and plans.  Six documents hold no laboratory result at all.

Columns: id, line, expected, why.  `expected` is `-` (no result) or rows `biomarker|valueText|flag|normalizedValue|
normalizedUnit|range` joined by ' ;; ', in document order.  `biomarker` is the catalog key, or `?` and the printed name
when no catalog entry fits the analyte and specimen.  `valueText` holds a word result or a censored result ('<5',
'>90') only.  `normalizedValue` is in the catalog's ucumUnit to 3 significant figures (for a ?row: the printed number,
in the printed unit's UCUM spelling); both are empty when the row prints no unit (except dimensionless catalog
entries: {ratio}, {index}) or for a word result; a censored result's normalizedValue is its bound, converted.  `range`
is `low..high` in the printed unit (an open side empty), `text`, or empty.  Flags: the printed or stated one (words
such as 'elevated', 'raised', 'low', 'suppressed', 'within normal limits', 'critically high', 'erniedrigt',
'leucocitosis', 'insuficiente'), else computed from the bounds, `null` with no numeric range.  Multi-line snippets use
the two characters \\n.

The helpers are keyed-columns/gen_cases.py's (same row encoding; same checks: every stated flag against the bounds, no
value on a bound), extended with censored values and the critical flags; the script does every unit conversion and
writes it into `why`, checks the numbers a note derives from others (HOMA-IR, thyroid lobe volumes), then checks
every catalog key and normalized unit against the catalog modules (../../../biomarkers/catalog/biomarker-catalog.v*.ts)
and prints the counts.
"""
import glob, json, math, os

def sig3(x):
    if x == 0: return "0"
    d = 3 - int(math.floor(math.log10(abs(x)))) - 1
    return f"{round(x, d):.{max(d, 0)}f}"

# ---- factors to the catalog's ucumUnit; (factor, how it is written in `why`); molar masses are the catalog's
# ---- (v1, v2, v9)
PER_UL     = (0.001, "x 0.001 (/uL = /mm3 = /cumm -> 10*3/uL)")
HGB_GL     = (0.1, "x 0.1 (g/L -> g/dL)")
E2_PMOL    = (0.27238, "x 0.27238 (estradiol 272.38 g/mol: pmol/L -> pg/mL)")
VITD_NMOL  = (0.40064, "x 0.40064 (25-OH vitamin D 400.64 g/mol: nmol/L -> ng/mL)")
B12_PMOL   = (1.35537, "x 1.35537 (cobalamin 1355.37 g/mol: pmol/L -> pg/mL)")
ACR_MGMMOL = (1 / 0.11312, "/ 0.11312 (creatinine 113.12 g/mol, 1 mmol = 0.11312 g: mg/mmol -> mg/g)")
CHOL_MMOL  = (38.665, "x 38.665 (cholesterol 386.65 g/mol: mmol/L -> mg/dL)")
APOB_GL    = (100.0, "x 100 (g/L -> mg/dL)")
PHOS_MMOL  = (3.0974, "x 3.0974 (phosphorus 30.974 g/mol: mmol/L -> mg/dL)")
PTH_PMOL   = (9.425, "x 9.425 (PTH(1-84) 9425 g/mol, catalog v9: pmol/L -> pg/mL)")
FT4_PMOL   = (0.077687, "x 0.077687 (thyroxine 776.87 g/mol: pmol/L -> ng/dL)")
FT3_PMOL   = (0.65097, "x 0.65097 (triiodothyronine 650.97 g/mol: pmol/L -> pg/mL)")
GL_MGDL    = (100.0, "x 100 (g/L -> mg/dL)")
NGL_NGML   = (0.001, "x 0.001 (ng/L -> ng/mL)")

NL = "\\n"   # the two characters backslash, n
def J(*lines): return NL.join(lines)

FLAGS = ("high", "low", "abnormal", "normal", "critical-high", "critical-low")

def bounds(rng):
    if ".." not in rng: return None
    lo, hi = rng.split("..")
    return (float(lo) if lo else None, float(hi) if hi else None)

def computed_flag(pv, rng, cens=""):
    """The flag the bounds give. A censored value ('<x', '>x') gets a flag only where every value it stands for falls
    on the same side: '<0.2' below a lower bound 1.7 is low; '<5' under an upper bound 5 (no lower bound) is normal."""
    b = bounds(rng)
    if b is None or pv is None: return "null"
    lo, hi = b
    if cens == "<":
        if lo is not None and pv <= lo: return "low"
        if lo is None and hi is not None and pv <= hi: return "normal"
        return "null"
    if cens == ">":
        if hi is not None and pv >= hi: return "high"
        if hi is None and lo is not None and pv >= lo: return "normal"
        return "null"
    assert pv != lo and pv != hi, ("value on a bound", pv, rng)
    if lo is not None and pv < lo: return "low"
    if hi is not None and pv > hi: return "high"
    return "normal"

def fmtv(v): return str(int(v)) if float(v).is_integer() else str(v)

COMPATIBLE = {"high": ("high",), "low": ("low",), "abnormal": ("high", "low"), "normal": ("normal",),
              "critical-high": ("high",), "critical-low": ("low",)}

def R(bm, pv=None, pu="", nu="", f=None, *, printed=None, rng="", vt=""):
    """One expected row: bm catalog key or ?printed name; pv the printed number (a censored value's bound); pu the
    printed unit; nu the catalog ucumUnit ('' = no unit printed; for a ?row the printed unit in UCUM); f None or
    (factor, label); printed the stated flag mapped; rng the range as keyed; vt a word result (pv None) or a censored
    result as printed ('<0.27': pv 0.27)."""
    note = ""
    cens = vt[0] if vt[:1] in ("<", ">") else ""
    if vt and not cens:
        assert pv is None and nu == "", (bm, vt)
    if cens:
        assert pv is not None and float(vt[1:]) == pv, (bm, vt, pv)
    if pv is None or nu == "":
        nv, nu = "", ""
    else:
        x = pv * f[0] if f else pv
        nv = sig3(x)
        if f:
            note = f"{bm} {fmtv(pv)} {pu} {f[1]} = {nv} {nu}"
    c = computed_flag(pv, rng, cens)
    if printed:
        assert printed in FLAGS, printed
        assert c == "null" or c in COMPATIBLE[printed], (bm, pv, rng, printed, c)
        fl = printed
    else:
        fl = c
    return {"s": f"{bm}|{vt}|{fl}|{nv}|{nu}|{rng}", "rng": rng or "none", "note": note}

def chk(label, got, want, tol):
    """A number the note derives from others must agree with its parts."""
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

# ======================= 1. Discharge summaries (DS) =======================
add("DS01", J("DISCHARGE SUMMARY  -  Lakeshore Community Hospital, Department of Medicine",
              "Patient: QUINLAN, Harold P.    MRN: 40021877    DOB: 07/19/1957    Admitted: 03/11/2025    Discharged: 03/15/2025",
              "Principal diagnosis: community-acquired pneumonia, right lower lobe (CURB-65 of 1 on arrival).",
              "Hospital course: 67-year-old man presenting with 4 days of productive cough and fever. On arrival T 38.6 C, HR 104, BP 118/72, RR 22 and SpO2 91% on room air, improving to 96% on 2 L nasal cannula. Labs on admission were notable for a white blood cell count of 15.8 K/uL, sodium of 131 mmol/L, BUN 24 mg/dL and creatinine 1.32 mg/dL (baseline 0.9 in 2023). Procalcitonin was elevated at 2.4 ng/mL. SARS-CoV-2 PCR was not detected. Chest X-ray showed right lower lobe consolidation without effusion.",
              "He was treated with ceftriaxone 1 g IV daily and azithromycin 500 mg daily for 3 days, with 1.5 L of IV fluids. Creatinine improved to 0.98 mg/dL on the day of discharge. Oxygen was weaned on day 3.",
              "Discharge medications: amoxicillin-clavulanate 875/125 mg PO twice daily for 2 more days; acetaminophen 650 mg q6h PRN.",
              "Follow-up: PCP in 1 week with a BMP; repeat chest X-ray in 6 weeks."),
    [R("white-blood-cell-count", 15.8, "K/uL", "10*3/uL"),
     R("sodium", 131, "mmol/L", "mmol/L"),
     R("blood-urea-nitrogen", 24, "mg/dL", "mg/dL"),
     R("creatinine", 1.32, "mg/dL", "mg/dL"),
     R("procalcitonin", 2.4, "ng/mL", "ng/mL", printed="high"),
     R("sars-cov-2-test", vt="not detected"),
     R("creatinine", 0.98, "mg/dL", "mg/dL")],
    "'Labs on admission were notable for' gives no direction, so WBC, sodium, BUN and creatinine have no flag (no "
    "range printed); 'elevated at' is procalcitonin's stated flag; the discharge creatinine 0.98 is a second result of "
    "this admission (a later draw the summary reports) and a row; 'baseline 0.9 in 2023' is a previous result, no row; "
    "not rows: MRN, DOB, dates, CURB-65 1, age 67, 4 days, T, HR, BP, RR, SpO2 91%/96% and 2 L O2 (pulse oximetry), "
    "the drug doses, 1.5 L fluids, day 3, 875/125 mg, 650 mg q6h, 1 week, 6 weeks; K/uL = 10*3/uL")

add("DS02", J("SHREE SAI MULTISPECIALITY HOSPITAL, NASHIK    DISCHARGE SUMMARY",
              "Name: Mr. Rohan Kulkarni    Age/Sex: 34 Y / M    IPD No.: 25-07781    UHID: SSM0043217    DOA: 21/08/2025    DOD: 26/08/2025",
              "Diagnosis: Dengue fever (NS1 positive) with thrombocytopenia, without warning signs.",
              "Chief complaints: fever with chills x 4 days, body ache, retro-orbital pain. On admission: Temp 101.4 F, PR 96/min, BP 100/60 mmHg, RR 18/min, SpO2 98% on RA. Tourniquet test positive.",
              "Investigations: Hb 13.8 gm%, platelet count 48,000/cumm, SGOT 112 IU/L and SGPT 86 IU/L, both deranged. NS1 antigen: positive. Dengue IgM: negative. USG abdomen: mild hepatomegaly (liver span 16.2 cm), GB wall thickening 5 mm, minimal ascites.",
              "Course in hospital: Patient was managed conservatively with IV fluids (NS @ 100 ml/hr), Inj. Pantoprazole 40 mg OD and Tab. Paracetamol 650 mg SOS. Platelet count fell to a nadir on day 3 and rose to 1,12,000/cumm on the day of discharge. No bleeding manifestations.",
              "Advice on discharge: Tab. Paracetamol 650 mg SOS, oral fluids 3 litres/day, avoid NSAIDs. Review after 5 days with CBC report."),
    [R("hemoglobin", 13.8, "gm%", "g/dL"),
     R("platelet-count", 48000, "/cumm", "10*3/uL", PER_UL),
     R("aspartate-aminotransferase", 112, "IU/L", "U/L", printed="abnormal"),
     R("alanine-aminotransferase", 86, "IU/L", "U/L", printed="abnormal"),
     R("?NS1 antigen", vt="positive"),
     R("?Dengue IgM", vt="negative"),
     R("platelet-count", 112000, "/cumm", "10*3/uL", PER_UL)],
    "No ranges are printed; 'both deranged' (abnormal, no direction) is the stated flag of SGOT and SGPT; the other "
    "flags are null ('thrombocytopenia' is the diagnosis line, not a flag on a printed value); the dengue NS1 antigen and IgM have no catalog entry (word results, ?rows); the discharge "
    "platelet count is a second result of this admission, printed with Indian digit grouping (1,12,000 = 112,000); "
    "'NS1 positive' in the diagnosis repeats the result and is no second row; the tourniquet test is a bedside sign, no "
    "row; 'fell to a nadir on day 3' has no number; not rows: age 34, IPD/UHID numbers, dates, 4 days, temperature, "
    "PR, BP, RR, SpO2, liver span 16.2 cm, 5 mm, 100 ml/hr, 40 mg, 650 mg, 3 litres, 5 days; gm% = g/dL, IU/L = U/L")

add("DS03", J("ELECTRONIC DISCHARGE NOTIFICATION  -  Ward 7B (Care of the Elderly), Kingsmead General Hospital NHS Trust",
              "Patient: Margaret ELLISON    DOB 02/03/1951    NHS No. 485 777 3456    Admitted 09/07/2025    Discharged 16/07/2025",
              "Presenting complaint: found on the floor at home after a long lie of approx. 12 hours. Clinical Frailty Scale 5. NEWS2 on arrival 4 (HR 102, BP 104/62, SpO2 95% on air, temp 36.1).",
              "Bloods on admission: Hb 98 g/L (115-165), WCC 11.4, Na 128, K 6.6 - critically high, phoned by the lab, creat 212 (baseline 95 in January), eGFR 19. Ferritin low at 6 ug/L. Treated with calcium gluconate 10% 30 mL and 10 units Actrapid in 50 mL of 50% glucose; ECG showed peaked T waves, QTc 452 ms.",
              "CT head: no acute intracranial abnormality. Renal function recovered with IV fluids and she remained in sinus rhythm.",
              "Medication changes: ramipril 5 mg STOPPED; ferrous fumarate 210 mg BD STARTED.",
              "GP actions: please repeat U&E in 1 week and FBC in 4 weeks; consider OGD/colonoscopy referral if Hb fails to rise by 10 g/L."),
    [R("hemoglobin", 98, "g/L", "g/dL", HGB_GL, rng="115..165"),
     R("white-blood-cell-count", 11.4),
     R("sodium", 128),
     R("potassium", 6.6, printed="critical-high"),
     R("creatinine", 212),
     R("egfr", 19),
     R("ferritin", 6, "ug/L", "ng/mL", printed="low")],
    "A UK letter prints most values with no unit (WCC, Na, K, creat, eGFR): no normalized value, and no flag without "
    "a range, except K's stated 'critically high' and ferritin's 'low at'; Hb is computed low against its printed "
    "interval; 'baseline 95 in January' is a previous result; 'Renal function recovered' has no number; 'rise by 10 "
    "g/L' is a threshold in the plan; not rows: DOB, NHS number, dates, 12 hours, frailty scale 5, NEWS2 4, HR, BP, "
    "SpO2, temp, calcium gluconate 10% 30 mL, 10 units Actrapid and 50 mL of 50% glucose (treatment, not a glucose "
    "result), QTc 452 ms, ramipril 5 mg, ferrous fumarate 210 mg, 1 and 4 weeks; ug/L = ng/mL")

# ======================= 2. GP and specialist letters (CL) =======================
add("CL01", J("Riverside Medical Practice, 14 Mill Lane, Ashcombe    Tel 01632 960418",
              "Dear Dr Mensah,",
              "Re: Mrs Joanna PIKE    DOB 14/02/1971    NHS No. 401 023 7789",
              "Thank you for seeing this 54-year-old lady with troublesome vasomotor symptoms and low mood despite HRT. She currently uses Evorel 50 patches twice weekly with Utrogestan 100 mg at night, and I increased her sertraline to 100 mg in June. BP today 128/78, BMI 27.4.",
              "Recent bloods (12/05/2025): Hb 132, WCC 6.1, Na 139, K 4.2, creat 88, eGFR >90, CRP <5. Oestradiol 74 pmol/L on the patch. LFTs and TFTs normal.",
              "Her QRISK3 is 4.2% and her mammogram in March was normal. She would like to discuss adding testosterone.",
              "Yours sincerely,    Dr H. Carver (GP)"),
    [R("hemoglobin", 132),
     R("white-blood-cell-count", 6.1),
     R("sodium", 139),
     R("potassium", 4.2),
     R("creatinine", 88),
     R("egfr", 90, vt=">90"),
     R("c-reactive-protein", 5, vt="<5"),
     R("estradiol", 74, "pmol/L", "pg/mL", E2_PMOL)],
    "UK shorthand with no units: Hb 132 (g/L), creat 88 (umol/L) and the rest keep empty normalized fields, the unit "
    "is not guessed; eGFR >90 and CRP <5 are censored results (valueText, no unit so no normalized value); no ranges, "
    "so flags null; 'LFTs and TFTs normal' name no value; not rows: phone, DOB, NHS number, age 54, Evorel 50 (a "
    "patch strength), Utrogestan 100 mg, sertraline 100 mg, BP, BMI 27.4, QRISK3 4.2%, the date of the bloods, "
    "the mammogram; 'adding testosterone' is a drug, not a result")

add("CL02", J("Wattle Grove Family Practice  -  Referral letter    12 September 2025",
              "Dear Dr Lindqvist,",
              "Re: Mr Daniel O'BRIEN, DOB 30/06/1979, Medicare 2953 41027 1",
              "Thanks for seeing Daniel (46), who is keen on a preventive health review. He is a non-smoker, drinks 10 standard drinks a week, BP 134/86, waist 97 cm, AUSDRISK 9. He takes vitamin D3 1000 IU daily and fish oil 1 g.",
              "Pathology last week: ferritin 18 ug/L (30-500), vitamin D 42 nmol/L (>50), B12 310 pmol/L, HbA1c 5.4%, eGFR >90 mL/min/1.73m2 and urine ACR 2.4 mg/mmol (<2.5). FBC and iron studies were otherwise unremarkable.",
              "His 5-year absolute CVD risk is 4%. I have suggested he increase the vitamin D3 to 2000 IU and started iron polymaltose 100 mg daily.",
              "Kind regards,    Dr S. Nguyen"),
    [R("ferritin", 18, "ug/L", "ng/mL", rng="30..500"),
     R("vitamin-d", 42, "nmol/L", "ng/mL", VITD_NMOL, rng="50.."),
     R("vitamin-b12", 310, "pmol/L", "pg/mL", B12_PMOL),
     R("hemoglobin-a1c", 5.4, "%", "%"),
     R("egfr", 90, "mL/min/1.73m2", "mL/min/{1.73_m2}", vt=">90"),
     R("microalbumin-creatinine-ratio", 2.4, "mg/mmol", "mg/g", ACR_MGMMOL, rng="..2.5")],
    "Australian GP letter: ferritin and vitamin D are computed low against their printed intervals, the ACR normal; "
    "B12 and HbA1c print no range (null); eGFR >90 is censored with a unit (normalized to its bound); 'FBC and iron "
    "studies were otherwise unremarkable' names no value; not rows: (46) the age, DOB, Medicare number, 10 standard "
    "drinks, BP, waist 97 cm, AUSDRISK 9, vitamin D3 1000 and 2000 IU (the supplement, though 'Vitamin D3' is a "
    "catalog alias), fish oil 1 g, 5-year CVD risk 4%, iron polymaltose 100 mg; ug/L = ng/mL")

add("CL03", J("Lipid and Cardiovascular Risk Clinic, Northfield General Hospital",
              "Clinic date: 02/06/2025    Consultant: Dr A. Whitcombe    Hosp No. N0419927",
              "Dear Dr Patel,    Re: Ms Sarah KENNEDY, DOB 11/08/1982",
              "Diagnosis: possible familial hypercholesterolaemia (Dutch Lipid Clinic Network score 6); raised lipoprotein(a).",
              "Medication: atorvastatin 80 mg nocte, ezetimibe 10 mg once daily.",
              "On this treatment her fasting total cholesterol is 5.2 mmol/L, with LDL-C 3.2 mmol/L (down from 6.4 mmol/L before treatment). Lipoprotein(a) is markedly raised at 182 nmol/L, and apolipoprotein B is 1.05 g/L. ALT 34 U/L and CK 162 U/L were both within normal limits on the high-intensity statin. TSH 1.6 mU/L.",
              "Plan: we aim for LDL-C <1.8 mmol/L and non-HDL-C <2.6 mmol/L; if these are not reached by her next review we will consider inclisiran 284 mg. Repeat lipid profile and ALT in 12 weeks. Cascade testing has been offered to her two sons (aged 14 and 17)."),
    [R("total-cholesterol", 5.2, "mmol/L", "mg/dL", CHOL_MMOL),
     R("ldl-cholesterol", 3.2, "mmol/L", "mg/dL", CHOL_MMOL),
     R("lipoprotein-a", 182, "nmol/L", "nmol/L", printed="high"),
     R("apolipoprotein-b", 1.05, "g/L", "mg/dL", APOB_GL),
     R("alanine-aminotransferase", 34, "U/L", "U/L", printed="normal"),
     R("creatine-kinase", 162, "U/L", "U/L", printed="normal"),
     R("thyroid-stimulating-hormone", 1.6, "mU/L", "m[IU]/L")],
    "'markedly raised at' is Lp(a)'s stated flag and 'both within normal limits' ALT's and CK's; the others print no "
    "range (null); 'raised lipoprotein(a)' in the diagnosis is no second row; '6.4 mmol/L before treatment' is a "
    "previous result; 'aim for LDL-C <1.8' and 'non-HDL-C <2.6' are targets, neither a range nor a row; not rows: "
    "dates, hospital number, DOB, Dutch Lipid Clinic Network score 6, atorvastatin 80 mg, ezetimibe 10 mg, inclisiran "
    "284 mg, 12 weeks, the sons' ages; mU/L = m[IU]/L")

# ======================= 3. Emergency-department notes (ED) =======================
add("ED01", J("EMERGENCY DEPARTMENT PROVIDER NOTE    Arrival 09/21/2025 22:14    Room 14",
              "HPI: 58M with HTN, HLD presents with 2 h of intermittent substernal chest pressure, non-exertional, resolved on arrival. HEART score 4; Wells score 0 (PE unlikely).",
              "Vitals: BP 162/94, HR 88, RR 18, T 98.4 F, SpO2 98% RA, wt 96 kg.",
              "ECG: NSR at 84, no acute ST changes, QTc 438 ms.",
              "Labs: Na 138, K 4.1, Cl 101, HCO3 24, BUN 15, Cr 0.9, Glu 110. hs-TnT 9 ng/L at 0 h and 11 ng/L at 3 h, both below the 99th-percentile upper reference limit of 14 ng/L. D-dimer <0.27 mg/L FEU. CBC unremarkable.",
              "CXR: no acute cardiopulmonary process.",
              "MDM/Plan: low-risk chest pain with negative serial troponins. ASA 324 mg given. Discharged with outpatient stress test within 72 h; return precautions given."),
    [R("sodium", 138), R("potassium", 4.1), R("chloride", 101), R("carbon-dioxide", 24),
     R("blood-urea-nitrogen", 15), R("creatinine", 0.9), R("glucose", 110),
     R("troponin-t", 9, "ng/L", "ng/L", printed="normal", rng="..14"),
     R("troponin-t", 11, "ng/L", "ng/L", printed="normal", rng="..14"),
     R("d-dimer-feu", 0.27, "mg/L FEU", "ug/mL", vt="<0.27")],
    "The ED shorthand BMP prints no units: empty normalized fields and null flags; the two high-sensitivity troponin "
    "T results at 0 h and 3 h are both rows (serial draws of this visit), each with the stated 99th-percentile upper "
    "reference limit as its range (..14) and 'both below' as a stated normal; the D-dimer prints FEU, so the FEU "
    "entry, censored (<0.27, mg/L = ug/mL); 'CBC unremarkable' and 'negative serial troponins' add no values; not "
    "rows: arrival time, room 14, 58M, 2 h, HEART score 4, Wells score 0, BP, HR, RR, T, SpO2 98%, wt 96 kg, ECG rate "
    "84, QTc 438 ms, ASA 324 mg, 72 h")

add("ED02", J("ED NOTE  -  Attending: M. Alvarez, DO    Date of service: 08/02/2025",
              "46 y/o M on testosterone cypionate 200 mg IM weekly from an online clinic presents after a witnessed syncopal episode in a hot kitchen; LOC < 1 min, no incontinence. GCS 15 on arrival.",
              "Orthostatics: supine BP 128/80 HR 70; standing BP 104/66 HR 98. Temp 99.1 F. Telemetry: sinus rhythm, no events over 6 h.",
              "Results: Hgb 18.9 g/dL and Hct 56.2%, both elevated; WBC and platelets within normal limits. BMP unremarkable apart from a mildly raised Cr of 1.21 mg/dL. Total testosterone drawn in the ED returned >1500 ng/dL (reference 264-916). UA: specific gravity 1.030, ketones trace, otherwise negative.",
              "Impression: orthostatic syncope with dehydration; secondary erythrocytosis on TRT.",
              "Plan: 2 L NS given with improvement. Hold testosterone; Hct goal <54%, therapeutic phlebotomy if >54% on repeat CBC in 1 week. Follow up with prescribing clinic."),
    [R("hemoglobin", 18.9, "g/dL", "g/dL", printed="high"),
     R("hematocrit", 56.2, "%", "%", printed="high"),
     R("creatinine", 1.21, "mg/dL", "mg/dL", printed="high"),
     R("testosterone", 1500, "ng/dL", "ng/dL", vt=">1500", rng="264..916"),
     R("specific-gravity-urine", 1.030, "", "{ratio}"),
     R("ketones-in-urine", vt="trace")],
    "'both elevated' is the stated flag of Hgb and Hct, 'mildly raised' Cr's; the testosterone is censored (>1500) and "
    "computed high against the printed reference; the urine specific gravity is dimensionless ({ratio}, 1.030 to 3 "
    "significant figures is 1.03); the dipstick ketones are a word result; 'WBC and platelets within normal limits' "
    "and 'otherwise negative' name no values, so no rows; 'Hct goal <54%' and 'if >54%' are thresholds; not rows: "
    "age 46, testosterone cypionate 200 mg (a dose), LOC < 1 min, GCS 15, orthostatic BP/HR, temp, 6 h, 2 L NS, 1 week")

add("CR01", J("Case presentation: A 34-year-old woman presented to the emergency department with a 3-month history of fatigue, salt craving and a 7-kg weight loss. Her blood pressure was 86/52 mm Hg and her heart rate 112 beats/min; generalized hyperpigmentation was noted.",
              "Laboratory investigations revealed hemoglobin 10.2 g/dL (reference range, 12-16 g/dL), white blood cell count 12,300/μL (reference range, 4,000-10,000/μL) and platelets 450,000/μL (reference range, 150,000-400,000/μL). Serum sodium was 126 mEq/L (reference range, 135-145 mEq/L), random serum cortisol 1.8 μg/dL and plasma ACTH markedly elevated at 1,240 pg/mL (reference range, 7.2-63.3 pg/mL). 21-hydroxylase antibodies were positive.",
              "Abdominal computed tomography showed normal-sized adrenal glands. She was treated with intravenous hydrocortisone 100 mg, followed by hydrocortisone 15 mg/day in divided doses and fludrocortisone 0.1 mg/day, with resolution of symptoms at 6 weeks."),
    [R("hemoglobin", 10.2, "g/dL", "g/dL", rng="12..16"),
     R("white-blood-cell-count", 12300, "/uL", "10*3/uL", PER_UL, rng="4000..10000"),
     R("platelet-count", 450000, "/uL", "10*3/uL", PER_UL, rng="150000..400000"),
     R("sodium", 126, "mEq/L", "mmol/L", rng="135..145"),
     R("cortisol", 1.8, "ug/dL", "ug/dL"),
     R("acth", 1240, "pg/mL", "pg/mL", printed="high", rng="7.2..63.3"),
     R("?21-hydroxylase antibodies", vt="positive")],
    "A published case report: each '(reference range, a-b unit)' is that result's range, kept in the printed unit "
    "(the counts per uL, commas as thousands separators); flags computed, ACTH's 'markedly elevated' stated; cortisol "
    "prints no range (null); the 21-hydroxylase antibodies have no catalog entry (word result, ?row); not rows: age "
    "34, 3 months, 7 kg, BP 86/52, heart rate 112, the hydrocortisone and fludrocortisone doses, 6 weeks; mEq/L = "
    "mmol/L for sodium; μg/dL = ug/dL")

add("CR02", J("A 61-year-old woman was referred with recurrent renal colic and a 1-year history of polyuria. Body mass index was 24.6 kg/m². Laboratory tests showed hypercalcaemia, with an albumin-corrected calcium of 3.12 mmol/L (2.20–2.60), phosphate 0.62 mmol/L (0.80–1.50) and an inappropriately raised parathyroid hormone of 18.4 pmol/L (1.6–6.9). 25-Hydroxyvitamin D was 38 nmol/L and estimated glomerular filtration rate 71 mL/min/1.73 m². Twenty-four-hour urinary calcium excretion was 9.8 mmol/day.",
              "Neck ultrasonography and 99mTc-sestamibi scintigraphy localised a 14-mm left inferior parathyroid adenoma; DXA showed a distal-radius T-score of −2.6. After focused parathyroidectomy, serum calcium normalised on the first postoperative day."),
    [R("?albumin-corrected calcium", 3.12, "mmol/L", "mmol/L", rng="2.20..2.60"),
     R("phosphorus", 0.62, "mmol/L", "mg/dL", PHOS_MMOL, rng="0.80..1.50"),
     R("parathyroid-hormone", 18.4, "pmol/L", "pg/mL", PTH_PMOL, printed="high", rng="1.6..6.9"),
     R("vitamin-d", 38, "nmol/L", "ng/mL", VITD_NMOL),
     R("egfr", 71, "mL/min/1.73 m2", "mL/min/{1.73_m2}"),
     R("?Twenty-four-hour urinary calcium excretion", 9.8, "mmol/day", "mmol/d")],
    "The albumin-corrected calcium is a calculated quantity, not the catalog's total calcium (?row, as keyed-columns' "
    "adjusted calcium), computed high; phosphate computed low; 'inappropriately raised' is PTH's stated flag; a "
    "24-hour urine calcium has no catalog entry (urine, per day: ?row); 25-OH vitamin D and eGFR print no range "
    "(null); 'serum calcium normalised' has no number; not rows: age 61, 1 year, BMI 24.6, 99mTc, the 14-mm adenoma, "
    "T-score -2.6, first postoperative day")

# ======================= 4. Endocrinology and hormone-clinic letters (EN) =======================
add("EN01", J("Department of Diabetes and Endocrinology, St Aldhelm's Hospital",
              "Clinic date 18/03/2025    Dictated 18/03/2025    Typed 21/03/2025",
              "Dear Dr Ahmed,    Re: Ms Priya NATARAJAN, DOB 03/09/1988, Hosp No. K2281046",
              "Diagnosis: Graves' disease, first presentation.",
              "Thank you for referring this 36-year-old woman with palpitations, tremor and 4 kg of weight loss over 2 months. Pulse 108 bpm regular, BP 124/70. Small diffuse goitre with a bruit; no active eye disease (CAS 0/7).",
              "Her TSH was 0.02 mU/L with a free T4 of 28 pmol/L (12-22) and free T3 of 9.8 pmol/L (3.1-6.8). TRAb was positive at 6.4 IU/L (N < 1.8). Her FBC and LFTs were normal before starting treatment (neutrophils 3.2 x10^9/L, ALT 22 U/L).",
              "I have started carbimazole 20 mg once daily and propranolol 40 mg up to three times daily, and given written advice about agranulocytosis. Plan: repeat TFTs in 6 weeks; if TRAb remains >1.8 after 18 months we will discuss definitive treatment."),
    [R("thyroid-stimulating-hormone", 0.02, "mU/L", "m[IU]/L"),
     R("free-t4", 28, "pmol/L", "ng/dL", FT4_PMOL, rng="12..22"),
     R("free-t3", 9.8, "pmol/L", "pg/mL", FT3_PMOL, rng="3.1..6.8"),
     R("?TRAb", 6.4, "IU/L", "[IU]/L", rng="..1.8"),
     R("neutrophils-absolute", 3.2, "x10^9/L", "10*3/uL", printed="normal"),
     R("alanine-aminotransferase", 22, "U/L", "U/L", printed="normal")],
    "The TSH prints no range (null, though clearly suppressed: no word says so); free T4 and free T3 computed high; "
    "TSH-receptor antibodies have no catalog entry (?row, '(N < 1.8)' is its range, computed high, 'positive' agrees); "
    "'FBC and LFTs were normal' is the stated flag of the two values in its brackets; 'if TRAb remains >1.8' is a "
    "threshold in the plan; not rows: dates, DOB, hospital number, age 36, 4 kg, 2 months, pulse 108, BP, CAS 0/7, "
    "carbimazole 20 mg, propranolol 40 mg, 6 weeks, 18 months; x10^9/L = 10*3/uL; mU/L = m[IU]/L")

add("EN02", J("MEN'S HEALTH & HORMONE CLINIC  -  Follow-up note    Provider: J. Whitfield, PA-C    Visit: 10/09/2025",
              "52-year-old male with hypogonadism on testosterone cypionate 100 mg IM weekly (increased from 80 mg in April) and anastrozole 0.25 mg twice weekly. Reports better energy; no urinary symptoms (IPSS 6). BP 136/84, HR 70, weight 201 lb.",
              "Trough labs (10/02/2025, day 7): total testosterone 684 ng/dL (ref 264-916), free testosterone 142 pg/mL [46-224], estradiol 48.2 pg/mL (7.6-42.6), SHBG 24 nmol/L. Hematocrit 52.4%, up from 49.8% in June. PSA 1.1 ng/mL (previously 0.9). LH and FSH suppressed at <0.2 mIU/mL, as expected on TRT.",
              "Plan: reduce testosterone cypionate to 80 mg weekly; stop anastrozole. Donate blood if Hct >54%. Repeat CBC and estradiol in 8 weeks. Continue vitamin D3 5000 IU daily and omega-3 2 g daily. Goal LDL <100."),
    [R("testosterone", 684, "ng/dL", "ng/dL", rng="264..916"),
     R("testosterone-free", 142, "pg/mL", "pg/mL", rng="46..224"),
     R("estradiol", 48.2, "pg/mL", "pg/mL", rng="7.6..42.6"),
     R("shbg", 24, "nmol/L", "nmol/L"),
     R("hematocrit", 52.4, "%", "%"),
     R("prostate-specific-antigen", 1.1, "ng/mL", "ng/mL"),
     R("luteinizing-hormone", 0.2, "mIU/mL", "m[IU]/mL", printed="low", vt="<0.2"),
     R("follicle-stimulating-hormone", 0.2, "mIU/mL", "m[IU]/mL", printed="low", vt="<0.2")],
    "Flags computed from the printed intervals, '(ref a-b)', '[a-b]' and '(a-b)' alike (estradiol high); SHBG, hematocrit and PSA print no range (null); 'LH "
    "and FSH suppressed at <0.2 mIU/mL' is one censored value stated for two analytes: two rows, each '<0.2' with "
    "'suppressed' as the stated low; '49.8% in June' and '(previously 0.9)' are previous results; 'Hct >54%' and 'LDL "
    "<100' are a threshold and a goal, and no LDL was measured; not rows: age 52, testosterone cypionate 100/80 mg, "
    "anastrozole 0.25 mg, IPSS 6, BP, HR, weight 201 lb, the draw date and day 7, vitamin D3 5000 IU, omega-3 2 g, "
    "8 weeks; mIU/mL = m[IU]/mL")

add("EN03", J("TELEHEALTH VISIT SUMMARY (video)    Women's Midlife Health Clinic    Visit date: 09/26/2025    Duration: 25 min",
              "Patient: 49F, perimenopausal, on estradiol gel 0.75 mg daily (1 pump) and micronized progesterone 200 mg nightly on days 1-12 of each month.",
              "Patient-reported: weight 68 kg (home scale), BP 118/74 (home cuff); hot flushes down from 6-8 to 1-2 per day; sleep 6.5 h/night.",
              "Labs reviewed (drawn 09/14/2025, cycle day 3): FSH 38.6 mIU/mL, LH 22.1 mIU/mL, estradiol 54 pg/mL, AMH undetectable (<0.03 ng/mL), total testosterone 18 ng/dL (8-48), TSH 2.8 uIU/mL (normal 0.45–4.5). Urine hCG negative.",
              "Other: DXA 2024 lumbar spine T-score -1.4; FRAX 10-year major osteoporotic fracture risk 6.1%.",
              "Plan: increase estradiol gel to 1.5 mg (2 pumps) daily; continue progesterone; recheck estradiol in 8-12 weeks if symptoms persist. Next visit in 3 months."),
    [R("follicle-stimulating-hormone", 38.6, "mIU/mL", "m[IU]/mL"),
     R("luteinizing-hormone", 22.1, "mIU/mL", "m[IU]/mL"),
     R("estradiol", 54, "pg/mL", "pg/mL"),
     R("anti-mullerian-hormone", 0.03, "ng/mL", "ng/mL", vt="<0.03"),
     R("testosterone", 18, "ng/dL", "ng/dL", rng="8..48"),
     R("thyroid-stimulating-hormone", 2.8, "uIU/mL", "m[IU]/L", rng="0.45..4.5"),
     R("?Urine hCG", vt="negative")],
    "'AMH undetectable (<0.03 ng/mL)' is a censored result (its bound normalized), flag null with no range; FSH, LH "
    "and estradiol print no range (null; 'perimenopausal' is no flag); testosterone and TSH computed normal; urine hCG "
    "has no catalog entry (word result, ?row); not rows: the estradiol gel 0.75/1.5 mg and progesterone 200 mg doses "
    "('estradiol' and 'progesterone' as drugs), days 1-12, the patient-reported home weight and BP, hot flushes 6-8 "
    "and 1-2 per day, sleep 6.5 h, 25 min, cycle day 3, DXA T-score -1.4, FRAX 6.1%, 8-12 weeks, 3 months; uIU/mL = "
    "m[IU]/L")

# ======================= 5. Referral letters and transfer notes (RF) =======================
chk("RF01 HOMA-IR = glucose (mg/dL) x insulin / 405", 104 * 14 / 405, 3.6, 0.05)
add("RF01", J("REFERRAL LETTER  -  to: Preventive Cardiology & Longevity Medicine    From: Elm Street Primary Care    Date: 09/03/2025",
              "Patient: Thomas BRANDT    DOB 01/22/1975    Reason for referral: elevated Lp(a) and family history of premature CAD (father MI at 48).",
              "Current medications: rosuvastatin 10 mg daily, lisinopril 10 mg daily. BP today 138/86, BMI 29.1. Coronary artery calcium score 112 (78th percentile, 2024).",
              "Recent results (08/2025): Lp(a) 246 nmol/L (<75), ApoB 98 mg/dL, LDL-C 92 mg/dL (168 mg/dL before the statin), hs-CRP 3.4 mg/L, fasting glucose 104 mg/dL, fasting insulin 14 uIU/mL, HOMA-IR 3.6. Renal and liver function normal; thyroid studies normal.",
              "His 10-year ASCVD risk is 9.8%. He is interested in discussing PCSK9 inhibition and a target ApoB below 60 mg/dL.",
              "Thank you,    Dr K. Osei, MD"),
    [R("lipoprotein-a", 246, "nmol/L", "nmol/L", rng="..75"),
     R("apolipoprotein-b", 98, "mg/dL", "mg/dL"),
     R("ldl-cholesterol", 92, "mg/dL", "mg/dL"),
     R("hs-crp", 3.4, "mg/L", "mg/L"),
     R("glucose", 104, "mg/dL", "mg/dL"),
     R("insulin", 14, "uIU/mL", "u[IU]/mL"),
     R("homa-ir", 3.6, "", "{index}")],
    "Lp(a) computed high against '(<75)'; the others print no range (null); HOMA-IR is a catalog entry computed from "
    "two results (dimensionless, {index}); '168 mg/dL before the statin' is a previous result; 'Renal and liver "
    "function normal; thyroid studies normal' name no value; 'elevated Lp(a)' in the reason is no second row; 'target "
    "ApoB below 60' is a goal; not rows: DOB, dates, father's age 48, rosuvastatin and lisinopril 10 mg, BP, BMI 29.1, "
    "calcium score 112 and its 78th percentile, ASCVD risk 9.8%; uIU/mL = u[IU]/mL for insulin")

add("RF02", J("INTERFACILITY TRANSFER NOTE    From: St. Brendan's Medical Center, MICU    To: Harborview Acute Rehabilitation    Date: 11/04/2025",
              "71F, hospital day 12, admitted with urosepsis complicated by septic shock (SOFA 9 at peak), off pressors x 5 days; s/p right percutaneous nephrostomy on day 3.",
              "Current vitals: T 37.2 C, HR 86, BP 122/68, RR 16, SpO2 95% on 1 L NC. Weight 72.4 kg (admission 76.0 kg). Braden score 14.",
              "Most recent labs (this morning): WBC 9.8 K/uL, Hgb 8.4 g/dL (1 unit PRBC on day 6), K 2.8 (critical low, called by the lab; repleted with KCl 40 mEq PO x 2), albumin 2.4 g/dL, INR 1.3, CRP 46 mg/L (down from 212). Vancomycin trough 14.2 mcg/mL (goal 10-20).",
              "Lines: right PICC (placed day 4, 42 cm, tip at cavoatrial junction). Foley removed day 10.",
              "Antibiotics: piperacillin-tazobactam 4.5 g IV q8h, day 7 of 10 planned. Please check BMP and CBC on Monday."),
    [R("white-blood-cell-count", 9.8, "K/uL", "10*3/uL"),
     R("hemoglobin", 8.4, "g/dL", "g/dL"),
     R("potassium", 2.8, printed="critical-low"),
     R("albumin", 2.4, "g/dL", "g/dL"),
     R("inr", 1.3, "", "{ratio}"),
     R("c-reactive-protein", 46, "mg/L", "mg/L"),
     R("?Vancomycin trough", 14.2, "mcg/mL", "ug/mL")],
    "K prints no unit (empty normalized) and '(critical low, called by the lab ...)' is its stated flag; INR is dimensionless ({ratio}); the "
    "vancomycin trough is a drug level with no catalog entry (?row) and 'goal 10-20' is a therapeutic target, not a "
    "reference range (empty range, null flag); 'down from 212' is a previous result; no ranges elsewhere (null); not "
    "rows: age 71, hospital day 12, SOFA 9, 5 days, day 3/4/6/10, T, HR, BP, RR, SpO2 95% on 1 L, weights 72.4 and "
    "76.0 kg, Braden 14, 1 unit PRBC, KCl 40 mEq x 2, PICC 42 cm, piperacillin-tazobactam 4.5 g q8h, day 7 of 10; K/uL "
    "= 10*3/uL; mcg/mL = ug/mL")

# ======================= 6. Letters in other languages (IN) =======================
add("IN01", J("Klinik für Innere Medizin und Gastroenterologie, Kreiskrankenhaus Lindenfeld",
              "Sehr geehrte Frau Kollegin Dr. Hartmann,",
              "wir berichten über Herrn Klaus M., geb. 12.04.1958, der sich vom 02.09. bis 09.09.2025 in unserer stationären Behandlung befand.",
              "Diagnosen: Eisenmangelanämie bei Angiodysplasien im Colon ascendens; Diabetes mellitus Typ 2.",
              "Befund bei Aufnahme: 67-jähriger Patient in gutem AZ, RR 138/82 mmHg, HF 76/min, Gewicht 84 kg, Größe 178 cm.",
              "Laborchemisch zeigte sich ein Hb von 11,2 g/dl bei einem MCV von 74 fl, ein Ferritin von 9 µg/l (Norm 30-400) sowie eine erniedrigte Transferrinsättigung von 8 %. Das CRP lag mit 3,1 mg/l im Normbereich. HbA1c 7,4 % (Vorwert 8,1 %). Hämoccult-Test negativ.",
              "Koloskopie: zwei Angiodysplasien im Colon ascendens, Argon-Plasma-Koagulation. Medikation bei Entlassung: Eisen(II)-sulfat 100 mg 1-0-0, Metformin 1000 mg 1-0-1.",
              "Procedere: Kontrolle des Blutbildes in 4 Wochen; Ziel-HbA1c < 7,0 %."),
    [R("hemoglobin", 11.2, "g/dl", "g/dL"),
     R("mean-corpuscular-volume", 74, "fl", "fL"),
     R("ferritin", 9, "ug/l", "ng/mL", rng="30..400"),
     R("transferrin-saturation", 8, "%", "%", printed="low"),
     R("c-reactive-protein", 3.1, "mg/l", "mg/L", printed="normal"),
     R("hemoglobin-a1c", 7.4, "%", "%"),
     R("?Hämoccult-Test", vt="negativ")],
    "German Arztbrief, decimal commas: 'ein Hb von 11,2 g/dl' is 11.2; ferritin computed low against 'Norm 30-400'; "
    "'erniedrigte' (lowered) is the saturation's stated flag and 'im Normbereich' the CRP's; Hb, MCV and HbA1c print "
    "no range (null); the guaiac faecal occult blood test (Hämoccult) is not the catalog's quantitative FIT "
    "(fecal-hemoglobin, ng/mL), so a ?row with its word result; 'Vorwert 8,1 %' is a previous result; 'Ziel-HbA1c < "
    "7,0 %' is a target; not rows: dates, age 67, RR, HF, Gewicht 84 kg, Größe 178 cm, Eisen(II)-sulfat 100 mg, "
    "Metformin 1000 mg and the 1-0-1 schedules, 4 Wochen; µg/l = ng/mL")

add("IN02", J("INFORME DE ALTA HOSPITALARIA  -  Servicio de Medicina Interna, Hospital Comarcal de San Roque",
              "Paciente: mujer de 58 años    NHC: 0048812    Fecha de ingreso: 14/05/2025    Fecha de alta: 19/05/2025",
              "Motivo de ingreso: fiebre de 39 ºC y dolor lumbar derecho de 48 horas de evolución.",
              "Exploración física: TA 102/64 mmHg, FC 112 lpm, Tª 39,1 ºC, SatO2 96 % basal. Puñopercusión renal derecha positiva.",
              "Pruebas complementarias: en la analítica al ingreso destacaba leucocitosis de 18.400/mm³ con 89 % de neutrófilos; plaquetas 231.000/mm³. Creatinina 1,42 mg/dL (0,50-0,90), PCR 186 mg/L. Sistemático de orina: nitritos positivos, esterasa leucocitaria positiva. Urocultivo y hemocultivos pendientes al alta.",
              "Ecografía renal: sin dilatación de la vía excretora; riñón derecho de 11,2 cm.",
              "Tratamiento: ceftriaxona 2 g/24 h iv durante 5 días; al alta, cefixima 400 mg/24 h hasta completar 10 días. Control analítico por su médico de Atención Primaria en 2 semanas."),
    [R("white-blood-cell-count", 18400, "/mm3", "10*3/uL", PER_UL, printed="high"),
     R("neutrophils", 89, "%", "%"),
     R("platelet-count", 231000, "/mm3", "10*3/uL", PER_UL),
     R("creatinine", 1.42, "mg/dL", "mg/dL", rng="0.50..0.90"),
     R("c-reactive-protein", 186, "mg/L", "mg/L"),
     R("nitrite-in-urine", vt="positivos"),
     R("leukocyte-esterase-urine", vt="positiva")],
    "Spanish informe de alta: the dot is the thousands separator (18.400/mm³ = 18,400/uL; 231.000 = 231,000) and the "
    "comma the decimal one; 'leucocitosis de' is the WBC's stated high; creatinine computed high; PCR is the "
    "C-reactive protein (proteína C reactiva), not a PCR test; the dipstick nitrite and leukocyte esterase are word "
    "results; cultures 'pendientes' have no result; not rows: age 58, NHC, dates, 39 ºC, 48 horas, TA, FC, Tª 39,1, "
    "SatO2 96 % (pulse oximetry), puñopercusión positiva (a physical sign), riñón 11,2 cm, ceftriaxona 2 g, cefixima "
    "400 mg, 5/10 días, 2 semanas")

add("IN03", J("COMPTE RENDU DE CONSULTATION  -  Service d'Endocrinologie, Centre Hospitalier de Valmont",
              "Madame Laure DUBOIS, née le 22/11/1979 (45 ans), adressée par le Dr Morel.",
              "Motif : suivi d'une thyroïdite de Hashimoto sous lévothyroxine 100 µg/j.",
              "Examen : poids 63 kg, IMC 23,1 kg/m², PA 121/76 mmHg, FC 68/min.",
              "Biologie du 03/10/2025 : TSH à 6,8 mUI/L (N : 0,4–4,0), T4 libre à 11,2 pmol/L (N : 12–22), anticorps anti-TPO à 412 UI/mL (N < 34). Ferritine à 19 µg/L ; vitamine B12 normale. Glycémie à jeun 0,92 g/L, cholestérol LDL 1,38 g/L.",
              "Échographie thyroïdienne : nodule isthmique de 8 mm, EU-TIRADS 3.",
              "Conduite à tenir : augmentation de la lévothyroxine à 112 µg/j ; contrôle de la TSH dans 6 semaines, avec un objectif entre 1 et 2,5 mUI/L."),
    [R("thyroid-stimulating-hormone", 6.8, "mUI/L", "m[IU]/L", rng="0.4..4.0"),
     R("free-t4", 11.2, "pmol/L", "ng/dL", FT4_PMOL, rng="12..22"),
     R("thyroid-peroxidase-antibody", 412, "UI/mL", "U/mL", rng="..34"),
     R("ferritin", 19, "ug/L", "ng/mL"),
     R("glucose", 0.92, "g/L", "mg/dL", GL_MGDL),
     R("ldl-cholesterol", 1.38, "g/L", "mg/dL", GL_MGDL)],
    "French 'X à Y' with decimal commas and '(N : a–b)' ranges: TSH and anti-TPO computed high, free T4 low; "
    "ferritin, fasting glucose and LDL print no range (null); French labs print glucose and LDL in g/L; 'vitamine B12 "
    "normale' has no number; 'objectif entre 1 et 2,5 mUI/L' is a target; not rows: DOB, age 45, lévothyroxine 100 "
    "and 112 µg/j, poids, IMC, PA, FC, the 8 mm nodule and EU-TIRADS 3, 6 semaines; mUI/L = m[IU]/L; UI/mL = U/mL "
    "(as keyed-mixed)")

add("IN04", J("LETTERA DI DIMISSIONE  -  U.O. Cardiologia, Ospedale Civile di Valdarno",
              "Sig. Giuseppe R., anni 72    Ricovero dal 10/06/2025 al 16/06/2025    Cartella n. 2025/004417",
              "Diagnosi: scompenso cardiaco acuto in cardiopatia ischemica cronica con FE ridotta (FE 35%).",
              "Esami ematochimici all'ingresso: NT-proBNP 4.820 pg/mL (v.n. < 450), troponina I hs 38 ng/L (v.n. < 34), eGFR 51 mL/min/1,73m², potassio 5,1 mmol/L, ferritina 64 ng/mL con saturazione della transferrina del 14%. Funzione tiroidea nella norma.",
              "ECG: ritmo sinusale, FC 92 bpm, BBS. Ecocardiogramma: FE 35%, TAPSE 16 mm, PAPs 45 mmHg.",
              "Terapia alla dimissione: furosemide 25 mg 2 cp/die, bisoprololo 2,5 mg/die, sacubitril/valsartan 24/26 mg 1 cp x 2/die, ferrocarbossimaltosio 1000 mg ev somministrato il 14/06.",
              "Peso alla dimissione 78 kg (−4,5 kg rispetto all'ingresso). Controllo di funzione renale ed elettroliti tra 7 giorni."),
    [R("nt-probnp", 4820, "pg/mL", "pg/mL", rng="..450"),
     R("troponin-i", 38, "ng/L", "ng/mL", NGL_NGML, rng="..34"),
     R("egfr", 51, "mL/min/1,73m2", "mL/min/{1.73_m2}"),
     R("potassium", 5.1, "mmol/L", "mmol/L"),
     R("ferritin", 64, "ng/mL", "ng/mL"),
     R("transferrin-saturation", 14, "%", "%")],
    "Italian: 'NT-proBNP 4.820' is four thousand eight hundred and twenty (the dot groups thousands), computed high "
    "against 'v.n. < 450'; the high-sensitivity troponin I in ng/L goes to the catalog's ng/mL, its range kept in ng/L "
    "(..34, computed high); eGFR, potassium, ferritin and saturation print no range (null); 'Funzione tiroidea nella "
    "norma' has no number; not rows: age 72, dates, cartella number, FE 35% (echo), FC 92, TAPSE 16 mm, PAPs 45 mmHg, "
    "the drug doses (furosemide 25 mg, bisoprololo 2,5 mg, 24/26 mg, ferrocarbossimaltosio 1000 mg), peso 78 kg and "
    "-4,5 kg, 7 giorni")

add("IN05", J("RESUMO DE CONSULTA  -  Clínica de Endocrinologia e Metabologia    Teleconsulta em 02/09/2025",
              "Paciente: Marcos A. S., 51 anos. Peso 92 kg, IMC 31,4 kg/m², PA 142/90 mmHg, circunferência abdominal 104 cm.",
              "Em uso de metformina 850 mg 2x/dia e losartana 50 mg/dia.",
              "Exames de 18/08/2025: glicemia de jejum 126 mg/dL, hemoglobina glicada de 7,1%, LDL-colesterol 151 mg/dL, TGP 44 U/L (VR até 41), vitamina D 24 ng/mL (insuficiente), TSH 3,1 µUI/mL. Sorologia para hepatite C não reagente. Urina tipo I sem alterações.",
              "Conduta: iniciar rosuvastatina 10 mg; meta de LDL < 100 mg/dL e de HbA1c < 7%. Colecalciferol 7.000 UI/semana. Retorno em 3 meses com novos exames."),
    [R("glucose", 126, "mg/dL", "mg/dL"),
     R("hemoglobin-a1c", 7.1, "%", "%"),
     R("ldl-cholesterol", 151, "mg/dL", "mg/dL"),
     R("alanine-aminotransferase", 44, "U/L", "U/L", rng="..41"),
     R("vitamin-d", 24, "ng/mL", "ng/mL", printed="low"),
     R("thyroid-stimulating-hormone", 3.1, "uIU/mL", "m[IU]/L"),
     R("hepatitis-c-antibody", vt="não reagente")],
    "Brazilian Portuguese: TGP is ALT, computed high against 'VR até 41' (up to 41); '(insuficiente)' is the vitamin "
    "D's stated low; the rest print no range (null); the hepatitis C serology is a word result; 'Urina tipo I sem "
    "alterações' names no value; 'meta de LDL < 100' and 'HbA1c < 7%' are targets; not rows: age 51, peso, IMC, PA, "
    "circunferência 104 cm, metformina 850 mg, losartana 50 mg, rosuvastatina 10 mg, colecalciferol 7.000 UI (a "
    "dose with a thousands dot), 3 meses; µUI/mL = m[IU]/L")

# ======================= 7. No laboratory result (NR) =======================
add("NR01", J("Dear Mr Okonkwo,",
              "Thank you for your message of 3 October. As we discussed on the phone, please reduce your testosterone cypionate from 120 mg to 100 mg weekly (0.5 mL of the 200 mg/mL vial), injected subcutaneously on Mondays.",
              "Continue levothyroxine 100 mcg each morning, taken 30-60 minutes before breakfast, and vitamin D3 4000 IU daily. Your blood pressure readings at home (around 128/82) and your weight of 88 kg are stable.",
              "The night sweats and irritability you describe are common after a dose change and usually settle within 2 to 4 weeks. Your haematocrit has been fine on the current dose, and we will check your testosterone, haematocrit, TSH and free T4 before your next appointment on 12 December at 10:30.",
              "With best wishes,    Dr E. Marsh, Hormone Clinic    Tel 020 7946 0321"),
    "-",
    "A hormone-clinic letter about symptoms and doses: testosterone cypionate 120/100 mg, 0.5 mL, 200 mg/mL, "
    "levothyroxine 100 mcg ('T4' is a drug here), vitamin D3 4000 IU (a catalog alias, but the supplement), 30-60 "
    "minutes, home BP, weight 88 kg, 2 to 4 weeks, dates, time and phone; 'haematocrit has been fine' has no number and "
    "the tests named are planned, not results")

add("NR02", J("OUTPATIENT APPOINTMENT  -  Endocrinology, Kingsmead General Hospital",
              "Patient: Mr Ali HASSAN    Hospital No. K3390175    NHS No. 612 448 9021",
              "Your appointment: Thursday 14 August 2025 at 09:40 with Dr R. Iyer, Clinic 3B (Level 2, Room 12).",
              "Please attend the phlebotomy department at 08:30 for a fasting blood test (nothing to eat for 10 hours; water is fine). Bring your glucose meter and a list of your medicines.",
              "Parking is £3.50 for up to 4 hours. If you cannot attend, call 0161 496 0872 quoting reference 4471/22. Patients who do not attend will be discharged back to their GP after 2 missed appointments."),
    "-",
    "An appointment letter: hospital and NHS numbers, date, times, clinic, level and room numbers, 10 hours of "
    "fasting, parking price and hours, phone and reference numbers; 'fasting blood test' and 'glucose meter' name no "
    "result")

chk("NR03 right lobe volume = 0.524 x L x W x D", 0.524 * 4.6 * 1.5 * 1.4, 5.1, 0.05)
chk("NR03 left lobe volume = 0.524 x L x W x D", 0.524 * 4.9 * 1.8 * 1.6, 7.4, 0.05)
add("NR03", J("ULTRASOUND THYROID    Exam date 07/15/2025    Accession US-25-118734",
              "Clinical indication: palpable left neck nodule; TSH normal per referring provider.",
              "Findings: Right lobe 4.6 x 1.5 x 1.4 cm (volume 5.1 mL). Left lobe 4.9 x 1.8 x 1.6 cm (volume 7.4 mL). Isthmus 3 mm.",
              "Left lower pole: solid, hypoechoic nodule 1.2 x 0.9 x 0.8 cm, smooth margins, no echogenic foci (ACR TI-RADS: composition 2 + echogenicity 2 = 4 points, TR4).",
              "No suspicious cervical lymph nodes. Impression: TR4 nodule 1.2 cm; FNA recommended if >=1.5 cm, follow-up ultrasound at 1, 2, 3 and 5 years."),
    "-",
    "An imaging report: lobe dimensions and volumes, isthmus 3 mm, the nodule's size, TI-RADS points and category, "
    "the FNA size threshold and follow-up years, date and accession; 'TSH normal per referring provider' has no number")

add("NR04", J("NURSING OBSERVATION NOTE  -  Ward 4 North    11/05/2025 06:00",
              "T 36.8 °C, HR 78, BP 134/82, RR 16, SpO2 97% on room air. NEWS2 1. Pain score 2/10 (right hip), paracetamol 1 g PO given at 05:40.",
              "Fluid balance past 24 h: in 1850 mL, out 1400 mL (urine 1.2 L via catheter). Weight 81.3 kg (standing scales). GCS 15, alert and oriented.",
              "Waterlow 16; pressure areas intact, repositioned 2-hourly. Bloods due at 08:00 (FBC, U&E) - not yet taken."),
    "-",
    "A vitals-only nursing note: temperature, HR, BP, RR, pulse-oximetry SpO2 97%, NEWS2, pain score, paracetamol 1 "
    "g, fluid balance volumes and urine output (a volume, not a urine test), weight, GCS, Waterlow, times; the bloods "
    "are not yet taken")

add("NR05", J("Dear Dr Fitzgerald,",
              "Re: Mr Peter WALSH, 63, seen today in the Men's Health clinic.",
              "Mr Walsh describes reduced libido and erectile difficulty for 18 months (IIEF-5 score 14). Examination: BP 142/88, BMI 30.2, testicular volumes 15 mL bilaterally on the Prader orchidometer.",
              "Bloods were taken today at 08:45 (FBC, U&E, LFT, HbA1c, lipids, total testosterone, SHBG, LH, FSH, prolactin and PSA), and I will write again when the results are available. If the morning testosterone is below 8 nmol/L on two occasions, or between 8 and 12 nmol/L with a raised LH, we would discuss testosterone replacement; a PSA above 3.0 would prompt a urology referral first.",
              "Yours sincerely,    Dr C. Brennan, Consultant Andrologist"),
    "-",
    "A letter whose bloods are pending: the tests are named but have no result; 'below 8 nmol/L', 'between 8 and 12 "
    "nmol/L' and 'PSA above 3.0' are decision thresholds, not results or ranges; not rows: age 63, 18 months, IIEF-5 "
    "14, BP, BMI, testicular volumes 15 mL, the time")

add("NR06", J("Cardiology Outpatient Letter  -  Dr M. Faulkner, Consultant Cardiologist",
              "Re: Mrs Helen ROSS, DOB 19/05/1960",
              "Seen for palpitations. ECG: sinus rhythm 64 bpm, PR 168 ms, QRS 92 ms, QTc 440 ms. 48-hour Holter: mean HR 72 bpm (range 48-141), ventricular ectopy burden 1.2%, no pauses >2.5 s.",
              "Echocardiogram: LVEF 55%, LVIDd 4.9 cm, E/e' 9, TAPSE 22 mm, no significant valve disease. CHA2DS2-VASc 2.",
              "Her recent blood tests including renal function, thyroid function and full blood count were all normal. I have started bisoprolol 1.25 mg daily and will review in 3 months."),
    "-",
    "A cardiology letter: ECG intervals, Holter heart rates (the 'range 48-141' is the recorded heart rates, not a "
    "reference range), ectopy burden, pause length, echo measurements, CHA2DS2-VASc, bisoprolol 1.25 mg, 3 months; the "
    "blood tests are 'all normal' without a number")

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
cens = 0
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
        if f[1][:1] in ("<", ">"): cens += 1
        elif f[1]: words += 1
        rngs["text" if f[5] == "text" else "empty" if f[5] == "" else "numeric"] += 1
        if f[3] == "": nonorm += 1
for p in problems: print("PROBLEM", p)
nrows = sum(rows_by_kind.values())
print(len(cases), "snippets,", nrows, "rows,", sum(c[2] == "-" for c in cases), "without a result")
print("snippets", snip_by_kind)
print("without a result", none_by_kind)
print("rows", rows_by_kind)
print("flags", flags)
print(len(keys), "catalog keys;", nrows - qrows, "catalog rows;", qrows, "? rows;", words, "word results;", cens, "censored;", rngs, ";",
      nonorm, "rows without a normalized value")
print(len(catalog), "catalog entries read;", len(problems), "key/unit problems")
