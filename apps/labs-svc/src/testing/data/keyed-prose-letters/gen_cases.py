#!/usr/bin/env python3
"""Writes keyed.tsv (keyed set "prose-letters"): made-up laboratory results written in prose, in the letters, notes,
e-mails and diaries a longevity and hormone clinic's patients upload: gender-affirming hormone therapy monitoring
letters, fertility-clinic and IVF letters and an IVF diary, bariatric and GLP-1 follow-up notes, sports-medicine and
athlete screening letters, pediatric endocrinology letters, occupational-health and pre-employment letters,
clinician-to-clinician e-mails and referral replies, an insurance appeal letter, a patient's blog post and health diary,
and letters in French, German, Italian, Brazilian Portuguese and Norwegian (decimal commas; thousands dots in German,
Italian and Portuguese, a thousands space in Norwegian).  Among the results stand the numbers such documents hold that
are NOT results: vitals, doses and drug strengths, ages, dates, times, phone numbers, durations, scores, targets and
thresholds, previous results named as such, results described without a number, plans and reference ids.  Six
documents hold no laboratory result at all.

Columns: id, line, expected, why.  `expected` is `-` (no result) or rows `biomarker|valueText|flag|normalizedValue|
normalizedUnit|range` joined by ' ;; ', in document order.  `biomarker` is the catalog key, or `?` and the printed name
when no catalog entry fits the analyte and specimen.  `valueText` holds a word result or a censored result only
('<5'; a censored result written in words, 'less than 10', is keyed in the symbol form '<10').  `normalizedValue` is
in the catalog's ucumUnit to 3 significant figures (for a ?row: the printed number, in the printed unit's UCUM
spelling); both are empty when the row prints no unit, for a word result, or when the catalog entry has no ucumUnit (a
qualitative entry given a titre); a censored result's normalizedValue is its bound, converted.  `range` is `low..high`
in the printed unit (an open side empty), `text`, or empty.  Flags: the printed or stated one (words such as 'raised',
'a little low', 'borderline high', 'within normal limits', 'phoned through as critical', 'erniedrigt', 'soppresso',
'baixa', 'litt lav'), else computed from the bounds, `null` with no numeric range.  Multi-line snippets use the two
characters \\n.

The helpers are keyed-prose-clinical/gen_cases.py's (sig3, the unit factors, R, chk, add, censored values, the critical
flags, the catalog check, the counts, the TSV writer), with one extension: a conversion may be an equation (HbA1c IFCC
-> NGSP).  The script does every unit conversion and writes it into `why`, checks every stated flag against the
printed bounds and that no value sits on a bound, checks the numbers a letter derives from others (doubling time,
LH:FSH and testosterone:cortisol ratios, percent of baseline, weight loss), then checks every catalog key and normalized
unit against the catalog modules (../../../biomarkers/catalog/biomarker-catalog.v*.ts) and prints the counts.
"""
import glob, json, math, os

def sig3(x):
    if x == 0: return "0"
    d = 3 - int(math.floor(math.log10(abs(x)))) - 1
    return f"{round(x, d):.{max(d, 0)}f}"

# ---- factors to the catalog's ucumUnit; (factor or function, how it is written in `why`); molar masses are the
# ---- catalog's (v1, v2, v7, v9)
E2_PMOL    = (0.27238, "x 0.27238 (estradiol 272.38 g/mol: pmol/L -> pg/mL)")
T_NMOL     = (28.842, "x 28.842 (testosterone 288.42 g/mol: nmol/L -> ng/dL)")
T_NGML     = (100.0, "x 100 (ng/mL -> ng/dL)")
HCT_LL     = (100.0, "x 100 (L/L -> %)")
HGB_GL     = (0.1, "x 0.1 (g/L -> g/dL)")
AMH_PMOL   = (0.14, "x 0.14 (AMH 140,000 g/mol, catalog v7: pmol/L -> ng/mL)")
PROG_NMOL  = (0.31446, "x 0.31446 (progesterone 314.46 g/mol: nmol/L -> ng/mL)")
OHP_NMOL   = (33.046, "x 33.046 (17-hydroxyprogesterone 330.46 g/mol: nmol/L -> ng/dL)")
GLU_MMOL   = (18.0156, "x 18.0156 (glucose 180.156 g/mol: mmol/L -> mg/dL)")
A1C_IFCC   = (lambda v: 0.09148 * v + 2.152, "0.09148 x IFCC + 2.152 (NGSP/IFCC master equation: mmol/mol -> %)")
VITD_NMOL  = (0.40064, "x 0.40064 (25-OH vitamin D 400.64 g/mol: nmol/L -> ng/mL)")
PTH_PMOL   = (9.425, "x 9.425 (PTH(1-84) 9425 g/mol, catalog v9: pmol/L -> pg/mL)")
ALB_GL     = (0.1, "x 0.1 (g/L -> g/dL)")
B12_PMOL   = (1.35537, "x 1.35537 (cobalamin 1355.37 g/mol: pmol/L -> pg/mL)")
CREA_UMOL  = (0.011312, "x 0.011312 (creatinine 113.12 g/mol: umol/L -> mg/dL)")
IGF_NMOL   = (7.649, "x 7.649 (IGF-1 7649 g/mol, catalog v9: nmol/L -> ng/mL)")
FT4_PMOL   = (0.077687, "x 0.077687 (thyroxine 776.87 g/mol: pmol/L -> ng/dL)")
CA_MMOL    = (4.0078, "x 4.0078 (calcium 40.078 g/mol: mmol/L -> mg/dL)")
PER_UL     = (0.001, "x 0.001 (/uL = /mm3 -> 10*3/uL)")

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
    printed unit; nu the catalog ucumUnit ('' = no unit printed, or a catalog entry without a ucumUnit; for a ?row the
    printed unit in UCUM); f None or (factor or function, label); printed the stated flag mapped; rng the range as
    keyed; vt a word result (pv None) or a censored result ('<0.03': pv 0.03)."""
    note = ""
    cens = vt[0] if vt[:1] in ("<", ">") else ""
    if vt and not cens:
        assert pv is None and nu == "", (bm, vt)
    if cens:
        assert pv is not None and float(vt[1:]) == pv, (bm, vt, pv)
    if pv is None or nu == "":
        nv, nu = "", ""
    else:
        x = (f[0](pv) if callable(f[0]) else pv * f[0]) if f else pv
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
    """A number the letter derives from others must agree with its parts."""
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

# ======================= 1. Gender-affirming hormone therapy monitoring (GA) =======================
add("GA01", J("Northfield Gender Identity Clinic, 2 Abbey Walk, Leeds    Tel 0113 496 0218",
              "Dear Dr Okafor,",
              "Re: Ms Elena MARSH    DOB 11/04/1994    NHS No. 999 012 3456    Clinic ref GIC/22/0874",
              "I reviewed Elena, 31, by video on 16 June 2025. She has now been on oestradiol for 14 months: estradiol valerate 2 mg tablets, two each morning (4 mg daily), with triptorelin 11.25 mg every 12 weeks, last given on 28/05/2025. She reports breast development, softer skin and a settled mood. Home BP 122/76, weight 63.5 kg, BMI 23.1.",
              "Her bloods on 02/06/2025 show an oestradiol of 412 pmol/L, which is within our target of 400-600 pmol/L for her stage of treatment (it was 288 pmol/L in January on 2 mg daily). Testosterone is 0.6 nmol/L, within the female reference range (<1.7). Prolactin 14 ug/L (ref 4-23). Her haematocrit is 0.41 L/L and haemoglobin 128 g/L, both within the female ranges (0.36-0.46 and 115-155). Liver function tests were normal.",
              "Plan: continue the current doses. Please repeat oestradiol, testosterone, prolactin, FBC and LFTs in 6 months; we aim to keep oestradiol below 1000 pmol/L. I will see her again in 9 months.",
              "Yours sincerely,    Dr R. Achterberg, Consultant Endocrinologist"),
    [R("estradiol", 412, "pmol/L", "pg/mL", E2_PMOL),
     R("testosterone", 0.6, "nmol/L", "ng/dL", T_NMOL, rng="..1.7", printed="normal"),
     R("prolactin", 14, "ug/L", "ng/mL", rng="4..23"),
     R("hematocrit", 0.41, "L/L", "%", HCT_LL, rng="0.36..0.46", printed="normal"),
     R("hemoglobin", 128, "g/L", "g/dL", HGB_GL, rng="115..155", printed="normal")],
    "'within our target of 400-600 pmol/L' is a treatment target, not a reference range, and 'within target' is no "
    "flag: the oestradiol has no range and flag null; the female reference range '(<1.7)' is the testosterone's range "
    "and 'within' its stated normal; the two female ranges go in order to haematocrit and haemoglobin, 'both within' "
    "their stated normal; '288 pmol/L in January' is a previous result; 'below 1000 pmol/L' is a threshold; 'Liver "
    "function tests were normal' has no number; not rows: DOB, NHS number, clinic ref, phone, dates, age 31, 14 "
    "months, estradiol valerate 2 mg and 4 mg daily, triptorelin 11.25 mg, 12 weeks, home BP, weight, BMI, 6 and 9 "
    "months; ug/L = ng/mL")

add("GA02", J("TELEHEALTH PROGRESS NOTE  -  Prairie Gender & Wellness, Chicago    (312) 555-0143",
              "Patient: Rowan T. (she/her), 27    DOB 02/09/1998    MRN PGW-004417    Visit 07/21/2025, 10:20 CT",
              "S: Transfeminine patient, 11 months on estradiol valerate 5 mg IM weekly (Sundays) and spironolactone 100 mg BID. Mild fatigue and nocturia x 2. No chest pain.",
              "O: Home BP 118/74, HR 72, weight 68 kg (150 lb).",
              "Labs drawn 07/14/2025 at trough (day 7 after injection): estradiol 186 pg/mL and total testosterone 38 ng/dL, against our goals of 100-200 pg/mL and under 50 ng/dL. Potassium is a little high at 5.3 mmol/L (ref 3.5-5.1) on the spironolactone; sodium 137 mmol/L, creatinine 0.84 mg/dL, eGFR >90 mL/min/1.73m2. Prolactin 21.4 ng/mL (4.8-23.3).",
              "A/P: 1. Mild hyperkalemia on spironolactone - reduce to 50 mg BID, limit potassium supplements and coconut water; repeat BMP in 2 weeks. 2. Continue estradiol valerate 5 mg weekly. 3. Annual lipids and A1c due in October. RTC 3 months."),
    [R("estradiol", 186, "pg/mL", "pg/mL"),
     R("testosterone", 38, "ng/dL", "ng/dL"),
     R("potassium", 5.3, "mmol/L", "mmol/L", rng="3.5..5.1", printed="high"),
     R("sodium", 137, "mmol/L", "mmol/L"),
     R("creatinine", 0.84, "mg/dL", "mg/dL"),
     R("egfr", 90, "mL/min/1.73m2", "mL/min/{1.73_m2}", vt=">90"),
     R("prolactin", 21.4, "ng/mL", "ng/mL", rng="4.8..23.3")],
    "'our goals of 100-200 pg/mL and under 50 ng/dL' are treatment targets, so estradiol and testosterone have no "
    "range and flag null; 'a little high' is the potassium's stated high, agreeing with its printed range; 'Mild "
    "hyperkalemia' in the plan repeats the result and is no second row; eGFR '>90' is censored (normalized value its "
    "bound, no range, null); not rows: age 27, DOB, MRN, phone, dates, time, 11 months, estradiol valerate 5 mg, "
    "spironolactone 100 and 50 mg, nocturia x 2, day 7, home BP, HR, weight, 2 weeks, 3 months; mL/min/1.73m2 = "
    "mL/min/{1.73_m2}")

add("GA03", J("Harbourside Sexual Health & Gender Service, Level 3, 120 Quay St, Brisbane QLD    Ph 0491 570 156",
              "Dear Dr Whitlam,",
              "Re: Mr Kai REYNOLDS, 24 (DOB 30/01/2001), Medicare 9999 11111 1",
              "Kai has been on testosterone for 3 years and is well on testosterone undecanoate 1000 mg IM every 12 weeks (Reandron), last dose 14/05/2025. Blood pressure 128/80, weight 79 kg.",
              "Trough bloods on 04/08/2025: testosterone 14.2 nmol/L (male range 8.6-29.0). His haematocrit is raised at 0.52 L/L (0.40-0.50 for men), up from 0.49 in March, with haemoglobin 176 g/L (130-180). Oestradiol <70 pmol/L and LH suppressed at 0.3 IU/L, as expected on treatment. LFTs were within normal limits (ALT 31 U/L).",
              "As his haematocrit is above 0.50 I have extended the injection interval to 14 weeks and asked him to stop smoking (currently 10 cigarettes a day). If the haematocrit reaches 0.54 or more we would hold testosterone and consider venesection. Please repeat FBC and testosterone at the next trough, around 20/08/2025.",
              "Kind regards,    Dr M. Tran, Sexual Health Physician"),
    [R("testosterone", 14.2, "nmol/L", "ng/dL", T_NMOL, rng="8.6..29.0"),
     R("hematocrit", 0.52, "L/L", "%", HCT_LL, rng="0.40..0.50", printed="high"),
     R("hemoglobin", 176, "g/L", "g/dL", HGB_GL, rng="130..180"),
     R("estradiol", 70, "pmol/L", "pg/mL", E2_PMOL, vt="<70"),
     R("luteinizing-hormone", 0.3, "IU/L", "m[IU]/mL", printed="low"),
     R("alanine-aminotransferase", 31, "U/L", "U/L", printed="normal")],
    "The male range '(male range 8.6-29.0)' is the testosterone's range; 'raised at' is the haematocrit's stated "
    "high, agreeing with '(0.40-0.50 for men)'; '0.49 in March' is a previous result; 'suppressed at' is LH's stated low; 'LFTs were within "
    "normal limits (ALT 31 U/L)' is ALT's stated normal; oestradiol '<70' is censored (bound 70, null); 'above 0.50' "
    "and '0.54 or more' are thresholds in the plan; not rows: age, DOB, Medicare number, phone, dates, 3 years, "
    "testosterone undecanoate 1000 mg, 12 and 14 weeks, BP, weight, 10 cigarettes a day; IU/L = m[IU]/mL")

# ======================= 2. Fertility clinic and IVF (FE) =======================
add("FE01", J("Orchard Fertility Centre, 9 Harcourt Row, Bristol BS8 4QT    Tel 0117 496 0734",
              "Dear Ms Hughes and Mr Adeyemi,",
              "Thank you for attending your consultation on 11 March 2025. Sarah, you are 37 and have been trying to conceive for 26 months; your cycles are regular at 27-29 days. Your BMI is 24.2 and you do not smoke.",
              "Your day-3 hormone tests (cycle day 3, 04/03/2025) showed an FSH of 9.8 IU/L, LH 5.1 IU/L and oestradiol 162 pmol/L. Your AMH was 8.4 pmol/L, which is low for your age, and your antral follicle count on scan was 7 (both ovaries together). Thyroid function was normal (TSH 1.9 mU/L). Rubella IgG was 38 IU/mL, so you are immune, and your HIV, hepatitis B surface antigen and hepatitis C antibody screens were all negative. Femi, your semen analysis was within the WHO 2021 reference limits.",
              "Given your age and ovarian reserve we recommend IVF in an antagonist protocol with a starting dose of FSH 300 IU daily (follitropin alfa). Your chance of a live birth per egg collection is about 25-30%. The NHS funds one full cycle for women under 40 in our area; the self-funded cost is £5,450.",
              "Please call the nurse line on 0117 496 0735 on day 1 of your next period.    Miss A. Lindqvist, Consultant in Reproductive Medicine"),
    [R("follicle-stimulating-hormone", 9.8, "IU/L", "m[IU]/mL"),
     R("luteinizing-hormone", 5.1, "IU/L", "m[IU]/mL"),
     R("estradiol", 162, "pmol/L", "pg/mL", E2_PMOL),
     R("anti-mullerian-hormone", 8.4, "pmol/L", "ng/mL", AMH_PMOL, printed="low"),
     R("thyroid-stimulating-hormone", 1.9, "mU/L", "m[IU]/L", printed="normal"),
     R("?Rubella IgG", 38, "IU/mL", "[IU]/mL"),
     R("hiv-1-antibody", vt="negative"),
     R("hepatitis-b-surface-antigen", vt="negative"),
     R("hepatitis-c-antibody", vt="negative")],
    "A letter to a couple: the day-3 FSH, LH and oestradiol print no range (null); 'low for your age' is the AMH's "
    "stated low; 'Thyroid function was normal (TSH 1.9 mU/L)' is the TSH's stated normal; rubella IgG has no catalog "
    "entry (?row) and 'immune' is an interpretation, not a flag; 'all negative' gives three word results (HIV 1/2 "
    "antibody screen -> hiv-1-antibody, whose aliases include 'HIV 1/2 Antibody'), flag null; the partner's semen "
    "analysis 'within the WHO 2021 reference limits' has no number; 'FSH 300 IU daily' is a dose of follitropin, not "
    "an FSH result; not rows: the antral follicle count 7 (ultrasound), age 37, 26 months, 27-29 days, BMI, day 1, "
    "25-30%, under 40, GBP 5,450, dates, phones; IU/L = m[IU]/mL; mU/L = m[IU]/L")

chk("FE02 doubling time = 48 h x ln 2 / ln(318/142)", 48 * math.log(2) / math.log(318 / 142), 41, 0.5)
add("FE02", J("BETA DAY!!! (FET #2 diary, posted Aug 12, 2025 by hopeful_in_hartford)",
              "Okay deep breaths. Quick recap for newcomers: 36 years old, unexplained infertility, 3 IUIs, 1 fresh IVF (7 eggs, 3 blasts), FET #1 in May was a chemical. This time we transferred our 4AA embryo on Friday Aug 1 at 10:40 am.",
              "5dp5dt I caved and did a First Response at 5:30 am and there was the faintest line. Then the official beta hCG at 9dp5dt (Aug 10) came back at 142 mIU/mL!!! Nurse Jen called at 2:15 pm. My progesterone was 24.6 ng/mL (they want it over 10 on PIO 1 mL nightly plus Crinone) and estradiol 412 pg/mL.",
              "Second beta two days later: 318!!! Dr K says that is a doubling time of about 41 hours and they like to see it double within 48-72 hours. Cried in the Target parking lot.",
              "Still on Estrace 2 mg three times a day, PIO until 10 weeks, prenatal with 800 mcg folic acid, and baby aspirin 81 mg. Third beta Friday, first ultrasound at 6w2d on Aug 27 at 9:15. Day 11 of no coffee lol. Sending baby dust to everyone in the TWW \u2764"),
    [R("?beta hCG", 142, "mIU/mL", "m[IU]/mL"),
     R("progesterone", 24.6, "ng/mL", "ng/mL"),
     R("estradiol", 412, "pg/mL", "pg/mL"),
     R("?beta hCG", 318)],
    "A patient's IVF diary: serum beta-hCG has no catalog entry (?row, printed name); the second beta two days later is "
    "a second result of the same episode and a row, printed without a unit (no normalized value); 'over 10' is the "
    "clinic's target for progesterone, not a range (null); the doubling time 'about 41 hours' is computed from the two "
    "betas, not a measurement, and '48-72 hours' is a threshold; the First Response is a home urine test, not a "
    "laboratory result; not rows: age 36, 3 IUIs, 7 eggs, 3 blasts, 4AA (embryo grade), dates, times, 5dp5dt, "
    "9dp5dt, PIO 1 mL, Estrace 2 mg, 10 weeks, folic acid 800 mcg (a dose; 'Folic Acid' is a catalog alias), aspirin "
    "81 mg, 6w2d, day 11; mIU/mL = m[IU]/mL")

chk("FE03 LH:FSH ratio = 14.2 / 5.6", 14.2 / 5.6, 2.5, 0.05)
add("FE03", J("Reproductive Endocrinology Service, St Aidan's Hospital, Manchester    Tel 0161 496 0390",
              "Dear Dr Patel,",
              "Re: Ms Aisha RAHMAN    DOB 17/06/1997    Hosp No. SA0093315",
              "Thank you for referring this 28-year-old with oligomenorrhoea (cycles every 35-60 days), acne and hirsutism (modified Ferriman-Gallwey score 14). BMI 29.8, BP 124/78, waist 94 cm. Pelvic ultrasound showed 26 follicles in the right ovary and an ovarian volume of 12.4 mL.",
              "Her early follicular bloods (cycle day 2, 09/07/2025) show LH 14.2 IU/L and FSH 5.6 IU/L (an LH:FSH ratio of 2.5). Total testosterone is raised at 2.8 nmol/L (ref 0.3-2.4), with SHBG 22 nmol/L (18-114). AMH is high at 58 pmol/L, in keeping with polycystic ovarian morphology. 17-OH progesterone was 3.1 nmol/L (normal <6), which excludes non-classical CAH, and prolactin was 18 ng/mL. HbA1c 37 mmol/mol. A day-21 progesterone on 24/07/2025 was only 4 nmol/L, so that cycle was anovulatory (we look for a level above 30 nmol/L).",
              "Diagnosis: PCOS (Rotterdam criteria, 3 of 3). Plan: aim for 5-10% weight loss; metformin 500 mg increasing to 1 g BD; letrozole 2.5 mg on days 3-7 from her next cycle with a tracking scan on day 12. Review in 4 months.",
              "Yours sincerely,    Dr N. Obi, Consultant Gynaecologist (Reproductive Medicine)"),
    [R("luteinizing-hormone", 14.2, "IU/L", "m[IU]/mL"),
     R("follicle-stimulating-hormone", 5.6, "IU/L", "m[IU]/mL"),
     R("testosterone", 2.8, "nmol/L", "ng/dL", T_NMOL, rng="0.3..2.4", printed="high"),
     R("shbg", 22, "nmol/L", "nmol/L", rng="18..114"),
     R("anti-mullerian-hormone", 58, "pmol/L", "ng/mL", AMH_PMOL, printed="high"),
     R("17-hydroxyprogesterone", 3.1, "nmol/L", "ng/dL", OHP_NMOL, rng="..6", printed="normal"),
     R("prolactin", 18, "ng/mL", "ng/mL"),
     R("hemoglobin-a1c", 37, "mmol/mol", "%", A1C_IFCC),
     R("progesterone", 4, "nmol/L", "ng/mL", PROG_NMOL)],
    "A referral reply: 'raised at' and 'high at' are stated flags (the testosterone's agrees with its range); '(normal "
    "<6)' is the 17-OH progesterone's range and 'normal' its stated flag; the LH:FSH ratio 2.5 is the writer's "
    "arithmetic, not a result; 'above 30 nmol/L' is the ovulation threshold, not a range, and 'anovulatory' an "
    "interpretation, so the progesterone is null; not rows: DOB, hospital number, age 28, 35-60 days, "
    "Ferriman-Gallwey 14, BMI, BP, waist, 26 follicles and 12.4 mL (ultrasound), cycle days 2, 3-7, 12 and 21, "
    "Rotterdam 3 of 3, 5-10%, metformin 500 mg and 1 g, letrozole 2.5 mg, 4 months; IU/L = m[IU]/mL")

# ======================= 3. Bariatric and GLP-1 follow-up (BA) =======================
chk("BA01 BMI 31.5 gives the height", math.sqrt(96.4 / 31.5), 1.749, 0.001)
chk("BA01 excess weight loss to BMI 25 = (141.0 - 96.4) / (141.0 - 25 x h^2)", (141.0 - 96.4) / (141.0 - 25 * 96.4 / 31.5), 0.69, 0.005)
add("BA01", J("Bariatric Surgery Follow-up Clinic, Kingsmead General Hospital, London    Tel 020 7946 0852",
              "Dear Dr Shah,",
              "Re: Mr Daniel FROST    DOB 22/10/1979    NHS No. 999 234 5678",
              "I saw Daniel today, 12 months after his laparoscopic Roux-en-Y gastric bypass (14/05/2024). He weighs 96.4 kg, down from 141.0 kg before surgery (BMI 31.5; 69% excess weight loss to a BMI of 25). He eats three small meals with 60-80 g of protein a day and has stopped his gliclazide.",
              "His bloods on 06/05/2025: haemoglobin is a little low at 124 g/L (130-170) and ferritin is low at 11 ug/L (30-400), so he is iron deficient. Folate 6.1 ug/L (3.9-26.8) and vitamin B12 198 ng/L (197-771) are in range, the B12 only just. Vitamin D is insufficient at 42 nmol/L and PTH is raised at 8.9 pmol/L (1.6-6.9), with an adjusted calcium of 2.31 mmol/L (2.20-2.60): secondary hyperparathyroidism. HbA1c 34 mmol/mol, down from 58 before surgery. Zinc and copper were normal.",
              "Plan: ferric carboxymaltose 1000 mg IV, booked for 27/05/2025 at 13:30; colecalciferol 40,000 IU weekly for 7 weeks, then 3,200 IU daily; continue Forceval one daily and hydroxocobalamin 1 mg IM every 3 months (next due 11/06). Repeat bloods in 3 months; dietitian review in 6 weeks.",
              "Yours sincerely,    Mr J. Castellano, Consultant Upper GI and Bariatric Surgeon"),
    [R("hemoglobin", 124, "g/L", "g/dL", HGB_GL, rng="130..170", printed="low"),
     R("ferritin", 11, "ug/L", "ng/mL", rng="30..400", printed="low"),
     R("folate", 6.1, "ug/L", "ng/mL", rng="3.9..26.8", printed="normal"),
     R("vitamin-b12", 198, "ng/L", "pg/mL", rng="197..771", printed="normal"),
     R("vitamin-d", 42, "nmol/L", "ng/mL", VITD_NMOL, printed="low"),
     R("parathyroid-hormone", 8.9, "pmol/L", "pg/mL", PTH_PMOL, rng="1.6..6.9", printed="high"),
     R("?adjusted calcium", 2.31, "mmol/L", "mmol/L", rng="2.20..2.60"),
     R("hemoglobin-a1c", 34, "mmol/mol", "%", A1C_IFCC)],
    "'a little low at' and 'low at' are stated lows agreeing with the printed ranges; 'are in range, the B12 only "
    "just' is the stated normal of folate and B12 (198 is inside 197-771); 'insufficient at' is the vitamin D's "
    "stated low (no range printed); 'raised at' is the PTH's stated high; the adjusted calcium is a calculated "
    "quantity, not the catalog's total calcium (?row, as keyed-columns' ?Adjusted Ca), computed normal; 'down from 58 "
    "before surgery' is a previous result; 'secondary hyperparathyroidism' is a diagnosis, not a row; 'Zinc and "
    "copper were normal' has no number; not rows: DOB, NHS number, phone, dates, time, 12 months, weights 96.4 and "
    "141.0 kg, BMI, 69%, BMI 25, 60-80 g protein, ferric carboxymaltose 1000 mg, colecalciferol 40,000 and 3,200 IU, 7 "
    "weeks, hydroxocobalamin 1 mg (B12 as a drug), 3 months, 6 weeks; ug/L = ng/mL; ng/L = pg/mL")

chk("BA02 weight loss = (212 - 188) / 212", (212 - 188) / 212 * 100, 11.3, 0.05)
add("BA02", J("OBESITY MEDICINE FOLLOW-UP  -  Cedar Point Metabolic Health, Sandusky OH    (419) 555-0166",
              "Pt: Denise K., 52 F    DOB 04/30/1973    Visit 09/09/2025",
              "Interval hx: on semaglutide (Wegovy) 2.4 mg SC weekly since June, titrated up from 0.25 mg in February. Mild nausea on injection day, no vomiting or abdominal pain. Weight 188 lb today, down from 212 lb at start (-11.3%); waist 38 in. BP 124/80, HR 84.",
              "Labs 09/02/2025: A1c 5.6% (was 6.3% in March), fasting glucose 94 mg/dL, triglycerides 118 mg/dL, lipase 48 U/L (13-60), ALT 24 U/L - normal now, down from 61. TSH 2.1. Calcitonin <2 pg/mL. Vitamin B12 412 pg/mL on metformin ER 500 mg.",
              "Assessment: prediabetes in remission by A1c; MASLD with normalized ALT. PHQ-9 score 4.",
              "Plan: continue 2.4 mg weekly; goal weight 170 lb; A1c goal <5.7%; resistance training 2x/week and protein 90 g/day. Repeat labs in 6 months."),
    [R("hemoglobin-a1c", 5.6, "%", "%"),
     R("glucose", 94, "mg/dL", "mg/dL"),
     R("triglycerides", 118, "mg/dL", "mg/dL"),
     R("lipase", 48, "U/L", "U/L", rng="13..60"),
     R("alanine-aminotransferase", 24, "U/L", "U/L", printed="normal"),
     R("thyroid-stimulating-hormone", 2.1),
     R("?Calcitonin", 2, "pg/mL", "pg/mL", vt="<2"),
     R("vitamin-b12", 412, "pg/mL", "pg/mL")],
    "A GLP-1 follow-up note: 'normal now' is the ALT's stated normal; 'was 6.3% in March' and 'down from 61' are "
    "previous results; the TSH prints no unit (no normalized value); calcitonin has no catalog entry (?row, censored "
    "'<2', null); 'normalized ALT' in the assessment repeats the result; 'A1c goal <5.7%' and 'goal weight 170 lb' are "
    "targets; not rows: age 52, DOB, phone, dates, semaglutide 2.4 and 0.25 mg, weights 188 and 212 lb, -11.3%, waist "
    "38 in, BP, HR, metformin ER 500 mg, PHQ-9 4, 2x/week, 90 g/day, 6 months")

# ======================= 4. Sports medicine and athlete screening (SP) =======================
add("SP01", J("Riverside Sport & Exercise Medicine, 40 Castle Boulevard, Nottingham    Tel 0115 496 0427",
              "Dear Dr Lowe,",
              "Re: Ms Freya NASH, 29 (DOB 08/08/1995)",
              "Freya is an elite marathon runner (personal best 2:31:40) who ran the Trentside Marathon on Sunday 6 April 2025 in 2:38:14, in 24 °C heat, and passed dark urine that evening. I saw her on 8 April. She was well: HR 52, BP 112/70, weight 54.2 kg (1.8 kg below her usual).",
              "Bloods taken 36 hours after the race showed a CK of 4,860 U/L, markedly raised (25-200) as is common after a marathon, with AST raised at 98 U/L; creatinine was 82 umol/L and eGFR >90, so there is no kidney injury. A urine dipstick showed blood 2+ (probably myoglobin). Her haemoglobin was 121 g/L (120-150) and ferritin 19 ug/L (15-150): inside the laboratory range, but below the 35 ug/L we aim for in endurance runners.",
              "She runs 140-160 km a week. I have advised 2 weeks of easy running only, ferrous sulphate 200 mg on alternate days and 3 L of fluid a day. Please repeat CK, U&E and urinalysis in 1 week; no racing for 6 weeks. VO2max testing in June (last 68 ml/kg/min).",
              "Yours sincerely,    Dr P. Oduya, Consultant in Sport and Exercise Medicine"),
    [R("creatine-kinase", 4860, "U/L", "U/L", rng="25..200", printed="high"),
     R("aspartate-aminotransferase", 98, "U/L", "U/L", printed="high"),
     R("creatinine", 82, "umol/L", "mg/dL", CREA_UMOL),
     R("egfr", 90, vt=">90"),
     R("hemoglobin-urine-presence", vt="2+"),
     R("hemoglobin", 121, "g/L", "g/dL", HGB_GL, rng="120..150"),
     R("ferritin", 19, "ug/L", "ng/mL", rng="15..150")],
    "'markedly raised' and 'raised at' are stated highs (CK with its range, AST without); 'CK of 4,860' has an English "
    "thousands comma; eGFR '>90' prints no unit (censored, no normalized value, null); the dipstick blood 2+ is a word "
    "result of the catalog's urine haemoglobin presence entry ('probably myoglobin' is an interpretation); the ferritin "
    "is computed normal against the laboratory range: 'below the 35 ug/L we aim for in endurance runners' is a "
    "sports-medicine target, not a range or a flag; the plan's CK, U&E and urinalysis are not yet done; not rows: age, "
    "DOB, phone, dates, race times 2:31:40 and 2:38:14, 24 °C, HR, BP, weight, 1.8 kg, 36 hours, 140-160 km, 2 weeks, "
    "ferrous sulphate 200 mg, 3 L, 1 week, 6 weeks, VO2max 68 ml/kg/min; ug/L = ng/mL")

chk("SP02 molar testosterone:cortisol = (412 / 28.842) / (24.8 / 0.036246)", (412 / 28.842) / (24.8 / 0.036246), 0.021, 0.0005)
add("SP02", J("Lakeview University Sports Medicine, 1200 Stadium Dr, Ann Arbor MI    (734) 555-0128    Fax (734) 555-0129",
              "Dear Dr Alvarez,",
              "Re: Marcus JENSEN, 20    DOB 03/15/2005    Student-athlete ID 88-20417",
              "Marcus, a junior on our cross-country team, was seen for 6 weeks of fatigue, slower race times (8k in 25:48 against a PR of 24:31) and poor sleep. His wearable shows a resting HR of 58 (usually 46) and an overnight HRV down from 92 to 61 ms; training load 95 miles a week.",
              "Fasting labs drawn 10/06/2025 at 7:30 am: total testosterone 412 ng/dL (264-916) and cortisol 24.8 mcg/dL (6.2-19.4), which is high for a morning sample. That gives a molar testosterone:cortisol ratio of 0.021, down from 0.034 at his preseason screen. Hemoglobin 15.1 g/dL, ferritin 64 ng/mL, and CK 612 U/L (49-397), borderline high 2 days after a hard interval session. His 25-OH vitamin D is a little low at 28 ng/mL (30-100). Sickle solubility test negative (NCAA requirement).",
              "Impression: non-functional overreaching; no anemia or iron deficiency. Plan: 2 weeks at under 40 miles a week, 8-9 h of sleep, vitamin D3 2,000 IU daily; repeat testosterone, cortisol and CK in 4 weeks. PHQ-9 score 6.",
              "Sincerely,    Dana Whitfield, MD, Head Team Physician"),
    [R("testosterone", 412, "ng/dL", "ng/dL", rng="264..916"),
     R("cortisol", 24.8, "mcg/dL", "ug/dL", rng="6.2..19.4", printed="high"),
     R("hemoglobin", 15.1, "g/dL", "g/dL"),
     R("ferritin", 64, "ng/mL", "ng/mL"),
     R("creatine-kinase", 612, "U/L", "U/L", rng="49..397", printed="high"),
     R("vitamin-d", 28, "ng/mL", "ng/mL", rng="30..100", printed="low"),
     R("?Sickle solubility test", vt="negative")],
    "'high for a morning sample', 'borderline high' and 'a little low' are stated flags, each agreeing with its printed "
    "range; the testosterone:cortisol ratio 0.021 is the writer's arithmetic from two results, not a measurement, and "
    "'0.034 at his preseason screen' is a previous value; the sickle solubility test has no catalog entry (?row, word "
    "result); 'no anemia or iron deficiency' has no number; the wearable's resting HR and HRV are device data; not "
    "rows: age 20, DOB, athlete ID, phone, fax, dates, 7:30 am, 6 weeks, race times, 95 and 40 miles a week, 2 days, 2 "
    "and 4 weeks, 8-9 h, vitamin D3 2,000 IU (a dose; 'Vitamin D3' is a catalog alias), PHQ-9 6; mcg/dL = ug/dL")

# ======================= 5. Pediatric endocrinology and growth clinic (PE) =======================
add("PE01", J("Paediatric Endocrinology, Carrow Children's Hospital    Tel 01632 960511",
              "Dear Dr Fenwick,",
              "Re: Oliver BANKS    DOB 03/09/2014 (10 years 10 months)    Hosp No. RC204418",
              "Oliver was seen in the growth clinic on 14/07/2025 with his mother. Height 128.4 cm (-2.3 SDS), weight 26.1 kg (-1.6 SDS), BMI 15.8. Height velocity over the last 12 months 4.1 cm/year. Mid-parental height 176.5 cm (+0.2 SDS). He is prepubertal (Tanner G1 PH1, testicular volumes 3 mL). His bone age (Greulich and Pyle) is 8.5 years, delayed by 2.3 years.",
              "His screening bloods: IGF-1 14.6 nmol/L (age-related range 11.3-46.6; SDS -1.4). Thyroid function normal (TSH 3.2 mU/L, free T4 13.8 pmol/L). Coeliac screen negative: tissue transglutaminase IgA <0.5 U/mL with a normal total IgA of 1.02 g/L. Full blood count, ferritin and ESR were unremarkable (Hb 131 g/L, ferritin 28 ug/L).",
              "This picture fits constitutional delay of growth and puberty, but the height velocity is borderline, so I have booked a glucagon stimulation test for growth hormone on 22/09/2025 at 08:00 (day-case ward, about 4 hours). If the peak GH is below 6.7 ug/L we would discuss treatment.",
              "Yours sincerely,    Dr L. Sorensen, Consultant Paediatric Endocrinologist"),
    [R("somatomedin-c", 14.6, "nmol/L", "ng/mL", IGF_NMOL, rng="11.3..46.6"),
     R("thyroid-stimulating-hormone", 3.2, "mU/L", "m[IU]/L", printed="normal"),
     R("free-t4", 13.8, "pmol/L", "ng/dL", FT4_PMOL, printed="normal"),
     R("?tissue transglutaminase IgA", 0.5, "U/mL", "U/mL", vt="<0.5"),
     R("?total IgA", 1.02, "g/L", "g/L", printed="normal"),
     R("hemoglobin", 131, "g/L", "g/dL", HGB_GL, printed="normal"),
     R("ferritin", 28, "ug/L", "ng/mL", printed="normal")],
    "A growth clinic letter: the IGF-1's age-related range is its range (computed normal) and its SDS -1.4 is a "
    "derived score, not a row; 'Thyroid function normal (...)' is the stated normal of TSH and free T4; tTG-IgA and "
    "total IgA have no catalog entry (?rows; tTG censored '<0.5', and 'Coeliac screen negative' is an interpretation, "
    "so null; 'a normal total IgA' its stated normal); 'unremarkable (Hb ..., ferritin ...)' is the stated normal of "
    "the two values in the brackets, and the ESR named without a value is no row; the bone age is an X-ray, not a "
    "laboratory result; the GH stimulation test is booked, and 'below 6.7 ug/L' is a threshold; not rows: DOB, age, "
    "hospital number, phone, dates, time, height, weight, SDS values, BMI, 4.1 cm/year, mid-parental height, Tanner "
    "stage, 3 mL, bone age 8.5 years and 2.3 years, 4 hours; mU/L = m[IU]/L; ug/L = ng/mL")

add("PE02", J("PEDIATRIC ENDOCRINOLOGY CLINIC NOTE  -  Bayview Children's Specialty Center    (408) 555-0190",
              "Patient: Sofia M., 7 y 4 m, F    DOB 03/02/2018    MRN 7730012    Visit 07/08/2025, accompanied by her mother",
              "HPI: breast budding noticed 5 months ago, a growth spurt and body odor. No headaches or vision changes.",
              "Exam: height 131.2 cm (97th percentile, +1.9 SD), weight 29.8 kg, BMI 17.3. Tanner B3, PH2. No cafe-au-lait macules. Bone age (Greulich-Pyle) 9 y 6 mo, advanced by about 2 years. Pelvic ultrasound: uterine length 4.1 cm, ovarian volumes 2.2 and 2.6 mL.",
              "Labs 06/30/2025 (8:05 am): baseline LH 0.42 mIU/mL (ref <0.3 for a prepubertal girl), raised; FSH 3.1 mIU/mL; estradiol undetectable (<5 pg/mL). Leuprolide stimulation test on 07/02/2025 (leuprolide acetate 20 mcg/kg SC): peak LH 8.6 mIU/mL at 60 minutes, above the 5 mIU/mL cut-off for central activation. TSH 2.8 uIU/mL, free T4 1.1 ng/dL. Brain MRI (07/15/2025): normal pituitary, no hypothalamic hamartoma.",
              "A/P: Central precocious puberty, idiopathic. Start leuprolide acetate depot 11.25 mg IM every 3 months (first dose 08/12/2025); check LH 30-60 minutes after the 2nd dose; bone age in 6 months; RTC 3 months."),
    [R("luteinizing-hormone", 0.42, "mIU/mL", "m[IU]/mL", rng="..0.3", printed="high"),
     R("follicle-stimulating-hormone", 3.1, "mIU/mL", "m[IU]/mL"),
     R("estradiol", 5, "pg/mL", "pg/mL", vt="<5"),
     R("luteinizing-hormone", 8.6, "mIU/mL", "m[IU]/mL"),
     R("thyroid-stimulating-hormone", 2.8, "uIU/mL", "m[IU]/L"),
     R("free-t4", 1.1, "ng/dL", "ng/dL")],
    "'(ref <0.3 for a prepubertal girl)' is the baseline LH's range and 'raised' its stated high; the stimulated peak "
    "LH is a second LH result of the same work-up and a row, and 'above the 5 mIU/mL cut-off' is a diagnostic "
    "threshold, not a range (null); 'undetectable (<5 pg/mL)' is a censored estradiol (bound 5, null); the bone age, "
    "pelvic ultrasound and MRI are imaging; the LH after the 2nd dose is planned; not rows: age, DOB, MRN, phone, "
    "dates, 8:05 am, 5 months, height, 97th percentile, +1.9 SD, weight, BMI, Tanner B3 PH2, 9 y 6 mo, 2 years, 4.1 "
    "cm, 2.2 and 2.6 mL, leuprolide 20 mcg/kg and 11.25 mg, 60 minutes, 3 and 6 months; mIU/mL = m[IU]/mL; uIU/mL = "
    "m[IU]/L")

# ======================= 6. Occupational health and pre-employment (OH) =======================
add("OH01", J("MIDSTATE OCCUPATIONAL MEDICINE, 22 Foundry Rd, Reading PA 19601    (610) 555-0134",
              "PRE-PLACEMENT MEDICAL EVALUATION  -  RESULTS LETTER",
              "Employer: Keystone Battery Recycling LLC (account 40-1187)    Employee: Luis ORTEGA    DOB 12/11/1991    Position: furnace operator (lead, OSHA 29 CFR 1910.1025)",
              "Dear Mr Ortega, thank you for attending your pre-placement examination on 08/18/2025. Your results:",
              "Your baseline blood lead level is 2.1 ug/dL, well below our action level of 10 ug/dL (OSHA medical removal applies at 50 ug/dL or more), and your zinc protoporphyrin is 28 ug/dL (ref <40). Your hepatitis B surface antibody is 145 mIU/mL, so you are protected (a protective level is 10 mIU/mL or more) and no booster is needed. Your 10-panel urine drug screen (chain-of-custody form 2291847, collected at 08:42) was negative, and your QuantiFERON-TB Gold Plus blood test was negative.",
              "Baseline audiogram: hearing within normal limits (worst threshold 20 dB at 4 kHz). Spirometry: FEV1 3.92 L (98% predicted), FVC 4.81 L, FEV1/FVC 0.81. Respirator clearance: approved for a half-face air-purifying respirator. BP 126/82, BMI 27.9.",
              "You are medically fit for the position without restriction. Blood lead and ZPP will be repeated every 6 months. Questions: call (610) 555-0134.    R. Kaminski, MD, MPH"),
    [R("?blood lead level", 2.1, "ug/dL", "ug/dL"),
     R("?zinc protoporphyrin", 28, "ug/dL", "ug/dL", rng="..40"),
     R("hepatitis-b-surface-antibody", 145, "mIU/mL", ""),
     R("?10-panel urine drug screen", vt="negative"),
     R("?QuantiFERON-TB Gold Plus", vt="negative")],
    "A pre-placement results letter: blood lead and ZPP have no catalog entry (?rows); 'action level of 10' and "
    "'medical removal at 50' are regulatory thresholds, not ranges (null); the ZPP's '(ref <40)' is its range "
    "(computed normal); the anti-HBs titre keys to the catalog's qualitative hepatitis-b-surface-antibody entry, which "
    "has no ucumUnit, so its normalized fields are empty, and 'protective level 10 mIU/mL or more' is a threshold "
    "(null); an unnamed drug panel is one ?row; the QuantiFERON is a blood interferon-gamma release assay (?row), not "
    "the catalog's tuberculin skin test; not rows: the audiogram (dB, kHz; the catalog's audiometry entries are not "
    "laboratory tests), spirometry, BP, BMI, DOB, account, form number, CFR number, phone, date, 08:42, 6 months")

chk("OH02 red cell cholinesterase as % of baseline = 25.1 / 31.6", 25.1 / 31.6 * 100, 79, 0.5)
add("OH02", J("HEALTH MONITORING REPORT  -  Organophosphate pesticides (WHS Regulation 2011, Schedule 14)",
              "Southern Cross Occupational Physicians, 8 Margaret St, Toowoomba QLD 4350    Ph 0491 570 110",
              "To: Ms L. Crawford, Darling Downs Pest Control Pty Ltd (PCBU)    Worker: Mr Tuan NGUYEN, DOB 19/07/1986    Report no. HM-25-0613",
              "Dear Ms Crawford,",
              "Mr Nguyen attended for organophosphate health monitoring on 12/02/2025, during the spraying season (diazinon 800 g/L EC). His red cell cholinesterase was 25.1 U/g Hb, which is 79% of his pre-exposure baseline of 31.6 U/g Hb (July 2024), a fall of 21%. His plasma cholinesterase of 5.9 kU/L (ref 5.3-12.9) is within the reference range. He reports no headache, nausea or visual symptoms.",
              "As the fall is more than 20% but less than 30% of baseline, I recommend a review of his work practices and PPE (nitrile gloves, P2 respirator) and a repeat test in 2 weeks. If his red cell cholinesterase falls by 30% or more, he must be removed from work with organophosphates until it returns to within 20% of baseline.",
              "As requested, his pre-placement urine drug screen (AS/NZS 4308:2008, collected 12/02/2025 at 07:50) was negative for amphetamines, cannabinoids, cocaine, opiates and benzodiazepines.",
              "Yours sincerely,    Dr G. Whitcombe, Occupational Physician"),
    [R("?red cell cholinesterase", 25.1, "U/g Hb", "U/g{Hb}"),
     R("?plasma cholinesterase", 5.9, "kU/L", "kU/L", rng="5.3..12.9", printed="normal"),
     R("amphetamines-urine-screen", vt="negative"),
     R("cannabinoids-urine-screen", vt="negative"),
     R("cocaine-urine-screen", vt="negative"),
     R("opiates-urine-screen", vt="negative"),
     R("benzodiazepines-urine-screen", vt="negative")],
    "Cholinesterases have no catalog entry (?rows); the red cell value is read against the worker's own baseline, which "
    "is a previous result, not a range (null); '79%' and 'a fall of 21%' are computed from the two values, and 20% and "
    "30% are action thresholds; 'within the reference range' is the plasma value's stated normal; a drug screen that "
    "names its classes gives one word row per class, each a catalog urine-screen entry; not rows: DOB, report number, "
    "phone, Schedule 14, diazinon 800 g/L, AS/NZS 4308:2008, dates, 07:50, 2 weeks; U/g Hb = U/g{Hb}")

add("OH03", J("Occupational Health Service, Kingsmead General Hospital NHS Trust    Tel 0161 496 0661",
              "PRIVATE AND CONFIDENTIAL  -  to the employee",
              "Dear Ms Adaeze OKONJO,    Role: Staff Nurse (Theatres)    Start date 01/09/2025    OH ref OH-77810",
              "Thank you for attending your new-starter health assessment on 21/07/2025. Your hepatitis B surface antibody (anti-HBs) level is less than 10 mIU/mL, so you are not yet protected despite your 3-dose course in 2019. Your hepatitis B surface antigen is not detected. Hepatitis C antibody and HIV 1/2 antibody were also not detected, as needed for exposure-prone procedures. Varicella zoster IgG is detected and measles IgG is positive, so you are immune to chickenpox and measles.",
              "We gave you a booster dose of Engerix B 20 micrograms today in your left arm and will recheck anti-HBs 4-8 weeks after it. If it is still less than 10 mIU/mL, we will offer a second course of 3 doses at 0, 1 and 6 months. Your BCG scar was seen, so no TB test is needed.",
              "You are fit for the role. Please book your follow-up on 0161 496 0662.    Sister J. Pendleton, Occupational Health Nurse Specialist"),
    [R("hepatitis-b-surface-antibody", 10, "mIU/mL", "", vt="<10"),
     R("hepatitis-b-surface-antigen", vt="not detected"),
     R("hepatitis-c-antibody", vt="not detected"),
     R("hiv-1-antibody", vt="not detected"),
     R("?Varicella zoster IgG", vt="detected"),
     R("?measles IgG", vt="positive")],
    "'less than 10 mIU/mL' is a censored anti-HBs, keyed '<10' (the symbol form); the catalog entry has no ucumUnit, "
    "so the normalized fields are empty, and 'not yet protected' is an interpretation against the protective level, "
    "not a flag (null); the second 'less than 10 mIU/mL' is a threshold in the plan; 'not detected', 'detected' and "
    "'positive' are word results with flag null; varicella and measles IgG have no catalog entry (?rows); the BCG scar "
    "is an examination finding; not rows: OH ref, dates, phones, 3-dose course, 2019, Engerix B 20 micrograms (a "
    "dose), 4-8 weeks, 0, 1 and 6 months")

# ======================= 7. Clinician-to-clinician e-mails and referral replies (CC) =======================
add("CC01", J("From: Dr Priya Raman <p.raman@aireside-surgery.example>",
              "To: Dr Sam Whitaker (Endocrinology) <s.whitaker@kingsmead.example>",
              "Sent: 14 October 2025 16:52",
              "Subject: Advice please - Mrs Kowalski (DOB 03/02/1958), high calcium",
              "Hi Sam,",
              "Quick one if you have a minute. Mrs Irena Kowalski, 67, had bloods for fatigue and constipation. Her calcium came back at 3.08 mmol/L (2.20-2.60) - the lab phoned it through as critical this afternoon - with a PTH of 7.8 pmol/L (1.6-6.9), so I assume primary hyperparathyroidism. Vitamin D 68 nmol/L, creatinine 71, eGFR 78. Her calcium was 2.64 in 2023 and nobody acted on it. DEXA last year: T-score -2.6 at the distal radius. She takes alendronic acid 70 mg weekly and Adcal-D3 (which I have now stopped). BP 138/84.",
              "I have asked her to drink 2-3 L a day and will repeat calcium with albumin and a 24-hour urine calcium tomorrow. Does she need admitting at 3.08, or can she wait for urgent clinic? My mobile is 07700 900415.",
              "Thanks,    Priya"),
    [R("calcium", 3.08, "mmol/L", "mg/dL", CA_MMOL, rng="2.20..2.60", printed="critical-high"),
     R("parathyroid-hormone", 7.8, "pmol/L", "pg/mL", PTH_PMOL, rng="1.6..6.9"),
     R("vitamin-d", 68, "nmol/L", "ng/mL", VITD_NMOL),
     R("creatinine", 71),
     R("egfr", 78)],
    "A GP's e-mail to an endocrinologist: 'phoned it through as critical' is the calcium's stated critical-high "
    "(above its printed range); the PTH is computed high against its range; creatinine and eGFR print no unit (no "
    "normalized value, null); 'calcium was 2.64 in 2023' is a previous result, and 'admitting at 3.08' names the same "
    "result again (no second row); the repeat calcium, albumin and 24-hour urine calcium are planned; not rows: DOB, "
    "age 67, e-mail addresses, dates, 16:52, T-score -2.6 (DEXA), alendronic acid 70 mg, Adcal-D3 (a calcium and "
    "vitamin D supplement), BP, 2-3 L a day, 24-hour, mobile number")

add("CC02", J("Menopause and Premature Ovarian Insufficiency Clinic, Aireside Women's Hospital    Tel 0113 496 0871",
              "Dear Dr Hale,",
              "Re: Ms Chloe DAVENPORT    DOB 12/12/1990 (34)    e-Referral UBRN 4402 7719 0356",
              "Thank you for referring Chloe with 8 months of amenorrhoea and hot flushes. Her FSH was 68 IU/L at your surgery in June and 74 IU/L on the repeat I arranged on 12/08/2025, with oestradiol <50 pmol/L, and her AMH is undetectable (<0.03 ng/mL). TSH 2.2 mU/L and prolactin 9 ug/L are normal. Her karyotype is 46,XX and the FMR1 premutation test is negative (30 and 32 CGG repeats).",
              "This confirms premature ovarian insufficiency. Her DEXA shows a lumbar spine Z-score of -1.1; BMI 21.6, BP 112/68.",
              "I have started Evorel 75 micrograms twice weekly with Utrogestan 200 mg for 12 days each month, and explained that the chance of a spontaneous pregnancy is about 5-10%. We will repeat the DEXA in 3 years and see her in 6 months.",
              "Yours sincerely,    Dr F. Halloran, Consultant Gynaecologist"),
    [R("follicle-stimulating-hormone", 68, "IU/L", "m[IU]/mL"),
     R("follicle-stimulating-hormone", 74, "IU/L", "m[IU]/mL"),
     R("estradiol", 50, "pmol/L", "pg/mL", E2_PMOL, vt="<50"),
     R("anti-mullerian-hormone", 0.03, "ng/mL", "ng/mL", vt="<0.03"),
     R("thyroid-stimulating-hormone", 2.2, "mU/L", "m[IU]/L", printed="normal"),
     R("prolactin", 9, "ug/L", "ng/mL", printed="normal"),
     R("?karyotype", vt="46,XX"),
     R("?FMR1 premutation test", vt="negative")],
    "A referral reply: the two FSH values are the two results the POI diagnosis needs, both reported in this work-up, "
    "so both are rows (neither is cited as a comparison); oestradiol '<50' and AMH 'undetectable (<0.03 ng/mL)' are "
    "censored (bound as normalized value, null); 'are normal' is the stated normal of TSH and prolactin; the karyotype "
    "and the FMR1 test are genetic laboratory results on blood with no catalog entry (?rows, word results; the CGG "
    "repeat counts belong to the FMR1 result); not rows: DOB, age 34, UBRN, phone, 8 months, dates, Z-score -1.1 "
    "(DEXA), BMI, BP, Evorel 75 micrograms, Utrogestan 200 mg, 12 days, 5-10%, 3 years, 6 months; IU/L = m[IU]/mL; "
    "mU/L = m[IU]/L; ug/L = ng/mL")

# ======================= 8. Insurance appeal letter (IA) =======================
add("IA01", J("Ridgeline Men's Health & Urology, 455 Summit Ave, Columbus OH 43215    Tel (614) 555-0119    Fax (614) 555-0120",
              "September 22, 2025",
              "Appeals Department, Buckeye Mutual Health Plan",
              "RE: Level 1 appeal - denial of testosterone cypionate 200 mg/mL    Member: Gregory PALMER    DOB 05/14/1976    Member ID BMH448120937    Reference 2025-0917-66231    Denial date 09/12/2025",
              "Dear Medical Director,",
              "I am writing to appeal the denial of coverage for testosterone cypionate 200 mg/mL, 100 mg IM weekly, for my patient Mr Palmer, 49, whom I treat for hypogonadism (ICD-10 E29.1). Your denial letter states that two low morning testosterone levels were not documented. They were: on 03/04/2025 at 7:45 am his total testosterone was 218 ng/dL (reference 264-916 ng/dL), and on 03/18/2025 at 8:10 am it was 241 ng/dL (same reference range). Both are below the 300 ng/dL threshold in your policy CP-0417 and in the AUA guideline.",
              "His free testosterone on 03/18 was also low at 38 pg/mL (46-224), with LH 2.1 mIU/mL (1.7-8.6), pointing to secondary hypogonadism; prolactin and a pituitary MRI were normal. His baseline hematocrit was 44.1% and PSA 0.9 ng/mL, so there is no contraindication. His IIEF-5 score is 12, and clomiphene 25 mg every other day for 3 months did not help.",
              "Please reverse this denial. Copies of the laboratory reports are enclosed (4 pages).",
              "Sincerely,    Jonathan Reyes, MD, Urology    NPI 1992837465"),
    [R("testosterone", 218, "ng/dL", "ng/dL", rng="264..916"),
     R("testosterone", 241, "ng/dL", "ng/dL", rng="264..916"),
     R("testosterone-free", 38, "pg/mL", "pg/mL", rng="46..224", printed="low"),
     R("luteinizing-hormone", 2.1, "mIU/mL", "m[IU]/mL", rng="1.7..8.6"),
     R("hematocrit", 44.1, "%", "%"),
     R("prostate-specific-antigen", 0.9, "ng/mL", "ng/mL")],
    "An insurance appeal citing two diagnostic testosterone results, both rows; '(same reference range)' gives the "
    "second the first's interval, so both are computed low; 'the 300 ng/dL threshold in your policy' is a coverage "
    "threshold, not a range; 'also low at' is the free testosterone's stated low; 'prolactin and a pituitary MRI were "
    "normal' has no number; not rows: DOB, member ID, reference, dates, times, NPI, phone, fax, ICD-10 E29.1, policy "
    "CP-0417, testosterone cypionate 200 mg/mL and 100 mg (a drug), age 49, IIEF-5 12, clomiphene 25 mg, 3 months, 4 "
    "pages; mIU/mL = m[IU]/mL")

# ======================= 9. Patients' blog posts and health diaries (PT) =======================
chk("PT01 weight loss = 231 - 193", 231 - 193, 38, 0)
add("PT01", J("Month 6 on Ozempic: the numbers! (posted Oct 3, 2025 by @slowandsteady_sue)",
              "Hi friends! Six months in and I'm 38 lb down (231 -> 193), and my waist went from 44 to 38.5 inches. I'm on 1 mg now; I stayed at 0.5 for two months because of the nausea.",
              "I got my labs back from my doctor's office on Tuesday, so here's the before and after for anyone curious: A1c 5.4% (was 6.1 in January!!), fasting glucose 91, triglycerides 96 (from 210), HDL 52, LDL 104 - my doctor wants it under 100, so she's giving me until spring before we talk statins. My vitamin D is finally 41 ng/mL after taking 5,000 IU every day (it was 18 last year). B12 was \"fine\" (I take 1,000 mcg because I'm on metformin too).",
              "Supplements right now: magnesium glycinate 400 mg, creatine 5 g, fish oil 2 g. Next goal: 175 lb by Christmas and 10k steps a day (I'm averaging 8,200). Blood pressure on the pharmacy machine was 118/76!",
              "#glp1 #ozempicjourney #prediabetes"),
    [R("hemoglobin-a1c", 5.4, "%", "%"),
     R("glucose", 91),
     R("triglycerides", 96),
     R("hdl-cholesterol", 52),
     R("ldl-cholesterol", 104),
     R("vitamin-d", 41, "ng/mL", "ng/mL")],
    "A patient's blog post: glucose, triglycerides, HDL and LDL print no unit (no normalized value); no ranges are "
    "printed (all null); 'was 6.1 in January', 'from 210' and 'it was 18 last year' are previous results; 'under 100' "
    "is the doctor's target; 'B12 was \"fine\"' has no number; not rows: weights 231, 193, 38 and 175 lb, waist 44 "
    "and 38.5 in, semaglutide 1 mg and 0.5, six months, two months, vitamin D 5,000 IU and B12 1,000 mcg (doses), "
    "magnesium 400 mg, creatine 5 g, fish oil 2 g, steps, BP, the date")

add("PT02", J("My menopause diary - May 2025",
              "Mon 12 May: Day 14 on Oestrogel, 2 pumps. Hot flushes: 6 today, 3 overnight. Sleep 5h40 (Oura), HRV 31, resting HR 58. Mood 4/10. Magnesium 300 mg at 21:00.",
              "Tue 13 May: Weight 71.2 kg. 8,400 steps. Only 2 flushes!",
              "Tue 20 May: GP rang at 11:15 with my bloods from last week: FSH 48, which she said is 'in the menopausal range'; oestradiol 95 pmol/L; TSH 1.6, normal; ferritin a bit low at 22, so I'm starting Feroglobin. She's put the Oestrogel up to 3 pumps and wants bloods again in 3 months (mid-August).",
              "Thu 22 May: 3 pumps from today. Flushes 4. Sleep 6h55 - best in weeks. Ring temperature deviation +0.4 °C.",
              "Sat 24 May: Period (day 1), the first in 63 days."),
    [R("follicle-stimulating-hormone", 48),
     R("estradiol", 95, "pmol/L", "pg/mL", E2_PMOL),
     R("thyroid-stimulating-hormone", 1.6, printed="normal"),
     R("ferritin", 22, printed="low")],
    "A health diary: the GP's relayed results; FSH, TSH and ferritin print no unit (no normalized value); 'in the "
    "menopausal range' is a tier, not a flag (FSH null); 'normal' and 'a bit low at' are the stated flags of TSH and "
    "ferritin; not rows: dates, day 14, Oestrogel 2 and 3 pumps, hot-flush counts, sleep 5h40 and 6h55, HRV, resting "
    "HR, mood 4/10, magnesium 300 mg, 21:00, 11:15, weight, steps, 3 months, +0.4 °C (ring), day 1, 63 days")

# ======================= 10. Letters in other languages (IN) =======================
add("IN01", J("CENTRE D'ASSISTANCE MÉDICALE À LA PROCRÉATION  -  Hôpital Saint-Roch, Lyon",
              "Compte rendu de consultation du 18/03/2025",
              "Patiente : Mme Camille DURAND, 38 ans, née le 04/11/1986    Conjoint : M. Julien DURAND, 41 ans",
              "Motif : infertilité primaire depuis 3 ans. Cycles réguliers de 28 jours, IMC 22,4, non fumeuse. Échographie à J3 : compte des follicules antraux à 6 (3 + 3).",
              "Bilan hormonal à J3 (10/03/2025) : FSH à 11,4 UI/L, LH à 4,8 UI/L, œstradiol à 52 pg/mL ; AMH à 1,2 ng/mL, basse pour l'âge. TSH 2,6 mUI/L. Sérologies : rubéole immunisée (IgG 45 UI/mL), toxoplasmose négative (IgG < 3 UI/mL). Spermogramme du conjoint : normal selon les critères OMS.",
              "Conclusion : diminution de la réserve ovarienne. Nous proposons une FIV en protocole antagoniste, Gonal-f 300 UI/j et Menopur 150 UI/j dès J2 du prochain cycle. Dossier présenté au staff du 25/03. Prise en charge à 100 % par l'Assurance Maladie jusqu'à 43 ans (4 tentatives).",
              "Dr Hélène Marchand, gynécologue-obstétricienne"),
    [R("follicle-stimulating-hormone", 11.4, "UI/L", "m[IU]/mL"),
     R("luteinizing-hormone", 4.8, "UI/L", "m[IU]/mL"),
     R("estradiol", 52, "pg/mL", "pg/mL"),
     R("anti-mullerian-hormone", 1.2, "ng/mL", "ng/mL", printed="low"),
     R("thyroid-stimulating-hormone", 2.6, "mUI/L", "m[IU]/L"),
     R("?rubéole IgG", 45, "UI/mL", "[IU]/mL"),
     R("?toxoplasmose IgG", 3, "UI/mL", "[IU]/mL", vt="<3")],
    "French, decimal commas (11,4 = 11.4): 'basse pour l'âge' is the AMH's stated low; the rest print no range "
    "(null); rubella and toxoplasma IgG have no catalog entry (?rows; 'immunisée' and 'négative' are interpretations, "
    "and the toxoplasma IgG is censored '< 3'); the partner's spermogramme 'normal' has no number; 'Gonal-f 300 UI/j' "
    "and 'Menopur 150 UI/j' are FSH/hMG doses, not results; not rows: ages 38, 41 and 43, dates, 3 ans, 28 jours, IMC "
    "22,4, the antral follicle count 6 (3 + 3) (ultrasound), J2, J3, 100 %, 4 tentatives; UI/L = m[IU]/mL; mUI/L = "
    "m[IU]/L; UI/mL = [IU]/mL")

add("IN02", J("Sportmedizin am Schlossberg, Freiburg im Breisgau    Arztbrief",
              "Sehr geehrte Frau Kollegin Dr. Weber,",
              "wir berichten über Herrn Jonas KELLER, geb. 21.06.1992 (33 J.), Ultraläufer, der sich am 09.09.2025, zwei Tage nach einem 100-km-Lauf (Zielzeit 9:42 h), bei uns vorstellte.",
              "Befund: RR 118/72 mmHg, Ruhepuls 46/min, Gewicht 68,4 kg (-2,1 kg). Leistungsdiagnostik (Laufband, 12.08.2025): VO2max 63 ml/kg/min, individuelle anaerobe Schwelle bei 15,6 km/h (Laktat 3,1 mmol/l).",
              "Labor vom 09.09.2025: Die CK ist mit 2.340 U/l (Norm < 190) deutlich erhöht, wie nach Ultraläufen zu erwarten. Kreatinin 1,18 mg/dl (0,7-1,2), Harnstoff 48 mg/dl. Das Ferritin ist mit 24 µg/l (30-400) erniedrigt bei normalem Hämoglobin von 14,1 g/dl. Testosteron 5,8 ng/ml und Cortisol 18,2 µg/dl (morgens, 8:00 Uhr); einen Testosteron/Cortisol-Quotienten haben wir bewusst nicht berechnet.",
              "Beurteilung: belastungsbedingter CK-Anstieg ohne Hinweis auf eine Nierenschädigung; latenter Eisenmangel.",
              "Procedere: Trainingspause für 10 Tage, Eisen(II)-glycinsulfat 100 mg jeden 2. Tag, Kontrolle von CK und Ferritin in 4 Wochen.",
              "Mit freundlichen kollegialen Grüßen    Dr. med. T. Brandl"),
    [R("creatine-kinase", 2340, "U/l", "U/L", rng="..190", printed="high"),
     R("creatinine", 1.18, "mg/dl", "mg/dL", rng="0.7..1.2"),
     R("urea", 48, "mg/dl", "mg/dL"),
     R("ferritin", 24, "ug/l", "ng/mL", rng="30..400", printed="low"),
     R("hemoglobin", 14.1, "g/dl", "g/dL", printed="normal"),
     R("testosterone", 5.8, "ng/ml", "ng/dL", T_NGML),
     R("cortisol", 18.2, "ug/dl", "ug/dL")],
    "German: '2.340' is two thousand three hundred and forty (the dot groups thousands) and '1,18' a decimal comma; "
    "'deutlich erhöht' and 'erniedrigt' are stated flags agreeing with the printed ranges; 'bei normalem Hämoglobin' "
    "is its stated normal; Harnstoff is urea (the catalog's urea, not BUN); the testosterone:cortisol quotient is "
    "explicitly not calculated; the lactate 3,1 mmol/l at the anaerobic threshold is a step-test reading, not a "
    "laboratory result (as keyed-mixed EX02); 'CK-Anstieg' and 'Eisenmangel' in the Beurteilung repeat results; not "
    "rows: DOB, age 33, dates, 100 km, 9:42 h, RR, Ruhepuls, Gewicht, -2,1 kg, VO2max, 15,6 km/h, 8:00 Uhr, 10 Tage, "
    "100 mg, 4 Wochen; U/l = U/L; µg/l = ng/mL; µg/dl = ug/dL")

add("IN03", J("Centro per l'Incongruenza di Genere  -  Endocrinologia, Ospedale San Giacomo, Bologna",
              "Lettera per il medico curante    Bologna, 03/06/2025",
              "Gentile collega, rivediamo oggi il sig. Luca B., 26 anni (nato il 14/02/1999), in terapia con testosterone gel 2% (Tostrex, 3 erogazioni/die = 60 mg) da 18 mesi. Obiettività: PA 128/80 mmHg, FC 70 bpm, peso 74 kg, BMI 24,2. Amenorrea dal 4° mese di terapia.",
              "Esami del 26/05/2025 (prelievo 2-4 ore dopo l'applicazione del gel): testosterone totale 6,2 ng/mL, ematocrito 49,8% (v.n. 40-50), emoglobina 16,9 g/dL, estradiolo 38 pg/mL, LH 0,4 mUI/mL (soppresso), colesterolo LDL 142 mg/dL, piastrine 245.000/µL. Funzionalità epatica e renale nella norma.",
              "Conclusioni: buona risposta alla terapia; ematocrito al limite superiore. Si consiglia di non superare le 3 erogazioni/die e di sospendere il fumo (5 sigarette/die); controllo di emocromo e testosterone tra 6 mesi. Obiettivo: testosterone nel range maschile (3-10 ng/mL) e colesterolo LDL < 115 mg/dL.",
              "Cordiali saluti,    Dott.ssa M. Ferrandi"),
    [R("testosterone", 6.2, "ng/mL", "ng/dL", T_NGML),
     R("hematocrit", 49.8, "%", "%", rng="40..50"),
     R("hemoglobin", 16.9, "g/dL", "g/dL"),
     R("estradiol", 38, "pg/mL", "pg/mL"),
     R("luteinizing-hormone", 0.4, "mUI/mL", "m[IU]/mL", printed="low"),
     R("ldl-cholesterol", 142, "mg/dL", "mg/dL"),
     R("platelet-count", 245000, "/uL", "10*3/uL", PER_UL)],
    "Italian, decimal commas; 'piastrine 245.000/µL' is 245,000 (the dot groups thousands); '(v.n. 40-50)' is the "
    "haematocrit's range (computed normal: 'al limite superiore' is a comment, not a flag); '(soppresso)' is the LH's "
    "stated low; 'testosterone nel range maschile (3-10 ng/mL)' and 'LDL < 115 mg/dL' stand under 'Obiettivo' and are "
    "targets, not ranges (null); 'Funzionalità epatica e renale nella norma' has no number; not rows: age 26, DOB, "
    "dates, gel 2%, 3 erogazioni = 60 mg, 18 mesi, PA, FC, peso, BMI, 4° mese, 2-4 ore, 5 sigarette, 6 mesi; mUI/mL = "
    "m[IU]/mL")

chk("IN04 perda de peso = 121 - 78,5", 121 - 78.5, 42.5, 0)
add("IN04", J("AMBULATÓRIO DE CIRURGIA BARIÁTRICA E METABÓLICA  -  Hospital Santa Clara do Vale, Campinas - SP",
              "Evolução de retorno  -  15/07/2025",
              "Paciente: Fernanda L. R., 41 anos, 2 anos após bypass gástrico em Y de Roux (cirurgia em 07/2023). Peso atual 78,5 kg (pré-operatório 121 kg; perda de 42,5 kg), IMC 28,1 kg/m². PA 118/76 mmHg. Queixa de cansaço e queda de cabelo.",
              "Exames de 08/07/2025: hemoglobina 11,2 g/dL; ferritina 8 ng/mL (VR 13-150), baixa; vitamina B12 180 pg/mL (VR 197-771), também baixa; vitamina D 19 ng/mL; PTH 92 pg/mL (VR 15-65), elevado; zinco 62 µg/dL (VR 70-120), baixo; plaquetas 312.000/mm³.",
              "Conduta: carboximaltose férrica 750 mg EV, 2 doses com intervalo de 7 dias; vitamina B12 5.000 mcg IM mensal; colecalciferol 50.000 UI/semana por 8 semanas; polivitamínico bariátrico 2 cp/dia; proteína 60-80 g/dia. Retorno em 3 meses com novos exames."),
    [R("hemoglobin", 11.2, "g/dL", "g/dL"),
     R("ferritin", 8, "ng/mL", "ng/mL", rng="13..150", printed="low"),
     R("vitamin-b12", 180, "pg/mL", "pg/mL", rng="197..771", printed="low"),
     R("vitamin-d", 19, "ng/mL", "ng/mL"),
     R("parathyroid-hormone", 92, "pg/mL", "pg/mL", rng="15..65", printed="high"),
     R("zinc", 62, "ug/dL", "ug/dL", rng="70..120", printed="low"),
     R("platelet-count", 312000, "/mm3", "10*3/uL", PER_UL)],
    "Brazilian Portuguese, decimal commas: 'baixa', 'também baixa', 'elevado' and 'baixo' are stated flags agreeing "
    "with the printed 'VR' ranges; 'plaquetas 312.000/mm³' is 312,000 (the dot groups thousands); hemoglobin and "
    "vitamin D print no range (null); not rows: age 41, dates, 2 anos, peso 78,5 and 121 kg, 42,5 kg, IMC, PA, "
    "carboximaltose 750 mg, 2 doses, 7 dias, vitamina B12 5.000 mcg and colecalciferol 50.000 UI (doses with thousands "
    "dots), 8 semanas, 2 cp/dia, 60-80 g/dia, 3 meses; µg/dL = ug/dL")

add("IN05", J("Idrettsmedisinsk senter Nordmarka    Brev til fastlege",
              "Til fastlege Ingrid Solberg",
              "Pasient: Maren H., 19 år (f. 02.02.2006), langrennsløper",
              "Maren ble undersøkt 23.09.2025 for tretthet og fallende prestasjoner gjennom sommeren. Treningsmengde ca. 18 timer/uke. Hvilepuls 42, BT 108/64, vekt 56,2 kg, høyde 168 cm. VO2maks 66 ml/kg/min (juni).",
              "Blodprøver 22.09.2025: Hemoglobin 11,4 g/dL, litt lav (ref. 11,7-15,3). Ferritin 9 µg/L (ref. 10-167) og transferrinmetning 11 %, forenlig med jernmangel. Vitamin D (25-OH) 38 nmol/L. Vitamin B12 312 pmol/L. TSH 2,1 mIU/L. CK 1 480 U/L (ref. < 210), sannsynligvis etter intervalløkt dagen før. Cøliaki-screening (transglutaminase IgA) negativ.",
              "Vurdering: jernmangel med lett anemi hos utholdenhetsutøver. Mål: ferritin over 35 µg/L før sesongstart.",
              "Tiltak: jerntilskudd 100 mg annenhver dag i 3 måneder, vitamin D 2000 IE daglig. Ny kontroll av Hb og ferritin om 8 uker.",
              "Med vennlig hilsen    Erik Dahl, lege, spesialist i idrettsmedisin"),
    [R("hemoglobin", 11.4, "g/dL", "g/dL", rng="11.7..15.3", printed="low"),
     R("ferritin", 9, "ug/L", "ng/mL", rng="10..167"),
     R("transferrin-saturation", 11, "%", "%"),
     R("vitamin-d", 38, "nmol/L", "ng/mL", VITD_NMOL),
     R("vitamin-b12", 312, "pmol/L", "pg/mL", B12_PMOL),
     R("thyroid-stimulating-hormone", 2.1, "mIU/L", "m[IU]/L"),
     R("creatine-kinase", 1480, "U/L", "U/L", rng="..210"),
     R("?transglutaminase IgA", vt="negativ")],
    "Norwegian, decimal commas and a thousands space ('CK 1 480' is 1,480); 'litt lav' is the haemoglobin's stated "
    "low; ferritin and CK are computed low and high against their 'ref.' ranges ('forenlig med jernmangel' is an "
    "interpretation, 'sannsynligvis etter intervalløkt' an explanation); the coeliac tTG-IgA has no catalog entry "
    "(?row, word result 'negativ'); 'Mål: ferritin over 35 µg/L' is a target; 'jernmangel med lett anemi' repeats "
    "results; 'Ny kontroll av Hb og ferritin' is planned; not rows: age 19, DOB, dates, 18 timer/uke, hvilepuls, BT, "
    "vekt, høyde, VO2maks, jerntilskudd 100 mg, vitamin D 2000 IE (a dose), 3 måneder, 8 uker; µg/L = ng/mL; mIU/L = "
    "m[IU]/L")

# ======================= 11. No laboratory result (NR) =======================
add("NR01", J("Prairie Gender & Wellness    (312) 555-0143    Patient message, sent 06/04/2025 15:10",
              "Hi Jordan, it was good to see you on video yesterday. As we discussed, please increase your estradiol patches to 0.1 mg/24 hr (100 mcg), changed twice weekly (Mondays and Thursdays), and continue spironolactone 50 mg twice daily and finasteride 1 mg daily.",
              "Your home BP readings (around 116/72) and your weight of 64 kg look great. Your blood work from April was all in the range we expect at this stage, so nothing to change there.",
              "For this stage of transition we aim for an estradiol of 100-200 pg/mL and a testosterone under 50 ng/dL, and we keep potassium under 5.0 on spironolactone. Please get your next labs drawn in 3 months (around September 4), ideally 3-4 days after a patch change, at any Midwest Lab Partners site (order #PGW-88213).",
              "Take care,    Alex Moreno, NP"),
    "-",
    "A portal message about doses and targets: estradiol 0.1 mg/24 hr (100 mcg), spironolactone 50 mg, finasteride "
    "1 mg; '100-200 pg/mL', 'under 50 ng/dL' and 'potassium under 5.0' are treatment targets, not results, though they "
    "name analytes with their units; 'all in the range we expect' has no number; not rows: home BP, weight 64 kg, "
    "dates, time, 3 months, 3-4 days, phone, order number")

add("NR02", J("IVF CYCLE PLAN AND SUMMARY  -  Orchard Fertility Centre    Patient: Sarah HUGHES    Cycle no. OFC-25-0412",
              "Day 1 of stimulation 28/03/2025: Gonal-f 300 IU at 19:00 daily. Day 6 scan: 9 follicles, lead follicle 14 mm, endometrium 7.8 mm; add Cetrotide 0.25 mg each morning.",
              "Day 10 scan: 4 follicles of 17-21 mm, endometrium 9.6 mm trilaminar. Trigger: Ovitrelle 250 micrograms (hCG) at 21:30 on 06/04/2025; egg collection 36 hours later on 08/04/2025 at 09:30 (nil by mouth from midnight).",
              "Embryology: 8 eggs collected, 6 mature (MII), 5 fertilised normally (2PN) after ICSI; day 5: 1 blastocyst 4AA transferred, 2 blastocysts (4AB, 5BB) vitrified.",
              "Luteal support: Cyclogest 400 mg twice daily from 09/04/2025. Pregnancy blood test booked for 22/04/2025 at 08:15. Nurse line 0117 496 0735."),
    "-",
    "An IVF cycle plan: doses (Gonal-f 300 IU, Cetrotide 0.25 mg, Cyclogest 400 mg) and the hCG trigger Ovitrelle 250 "
    "micrograms, which is a drug, not a beta-hCG result; follicle and endometrium sizes are ultrasound; the embryology "
    "counts and grades (8 eggs, 6 MII, 5 2PN, 4AA, 4AB, 5BB) are not a test on the patient's specimen; the pregnancy "
    "blood test is booked, not done; not rows: cycle number, dates, times, days, 36 hours, phone")

add("NR03", J("DIETITIAN REVIEW  -  Weight Management Service (Tier 3), Kingsmead General Hospital    Tel 020 7946 0855",
              "Patient: Mr Daniel FROST    NHS No. 999 234 5678    Seen 03/06/2025 (6 months after RYGB)",
              "Weight 104.8 kg (pre-op 141.0 kg), BMI 34.3. Intake: three small meals and two snacks, protein about 55 g a day (target 60-80 g), fluids 1.5 L (target 1.5-2 L), separated from meals by 30 minutes.",
              "Supplements: Forceval one daily, ferrous fumarate 210 mg twice daily, Adcal-D3 two tablets daily (1,500 mg calcium carbonate and 400 IU vitamin D3 each), hydroxocobalamin 1 mg IM every 3 months. Advised calcium at least 2 hours apart from iron.",
              "He has not had his 6-month bloods yet (FBC, ferritin, folate, B12, vitamin D, PTH, calcium, HbA1c): a form was given today. Dumping symptoms after sweet foods twice in the last month. Next dietitian review in 3 months."),
    "-",
    "A bariatric dietitian note: weights, BMI, protein, fluid and their targets, supplement doses (ferrous fumarate "
    "210 mg, calcium carbonate 1,500 mg, vitamin D3 400 IU and hydroxocobalamin 1 mg, whose names are catalog "
    "aliases), times and durations; the bloods are listed on a form, not done; not rows: NHS number, phone, dates")

add("NR04", J("Paediatric Endocrinology, Carrow Children's Hospital    Tel 01632 960511",
              "Dear Mr and Mrs Abara,",
              "Thank you for bringing Grace (DOB 19/01/2016) to clinic on 02/06/2025. Her height is 121.6 cm (-2.6 SDS) and weight 22.9 kg; she has grown 6.8 cm a year since starting growth hormone, up from 3.9 cm a year before. Her bone age X-ray from March was 8.0 years. Her predicted adult height is now 156 cm, against a mid-parental target of 161 cm.",
              "We will increase her somatropin from 0.8 mg to 0.9 mg daily (about 0.035 mg/kg/day), given at bedtime, 7 days a week. Please bring the pen and your injection diary to the next appointment on 08/12/2025 at 14:20. We will check her IGF-1 then, aiming for the upper half of the normal range (an SDS between 0 and +2).",
              "With best wishes,    Dr L. Sorensen, Consultant Paediatric Endocrinologist    (helpline 01632 960512)"),
    "-",
    "A growth-hormone letter to parents: height, weight, SDS, growth velocities, the bone age (an X-ray), predicted "
    "and mid-parental heights, somatropin 0.8/0.9 mg and 0.035 mg/kg/day (doses), dates, times and phones; the IGF-1 is "
    "planned, and 'an SDS between 0 and +2' is a target")

add("NR05", J("PRE-PARTICIPATION CARDIAC SCREENING  -  Lakeview University Sports Medicine    (734) 555-0128",
              "Athlete: Tessa OKAFOR, 19, women's soccer    DOB 04/22/2006    Screen date 08/11/2025",
              "History: no exertional syncope, chest pain or family history of sudden death under 50. Exam: HR 54, BP 108/66, height 170 cm, weight 63 kg, no murmur standing or supine.",
              "ECG: sinus bradycardia 52 bpm, PR 160 ms, QRS 88 ms, QTc 412 ms; early repolarization, normal for an athlete by the International Criteria. Echo: LVEF 62%, LV wall 9 mm, LVEDD 50 mm.",
              "Fitness: VO2max 51 ml/kg/min on treadmill; lactate threshold at 11.8 km/h (4 mmol/L method); body fat 21% by skinfolds. Concussion baseline (SCAT6) symptom score 0.",
              "Cleared for full participation. Sickle cell trait status is on file from her 2024 screen. Next screen August 2026."),
    "-",
    "A cardiac screening form: vitals, ECG intervals, echo measurements, VO2max, the lactate threshold (a step-test "
    "speed, with '4 mmol/L' the method's fixed threshold, not a result), body fat, SCAT6 score; 'Sickle cell trait "
    "status is on file from her 2024 screen' is an earlier result without a value; not rows: age, DOB, dates, phone")

add("NR06", J("PRE-EMPLOYMENT HEALTH ASSESSMENT  -  Northgate Occupational Health    Tel 01632 960788",
              "Candidate: Mr Peter LINDQVIST    DOB 30/05/1988    Role: HGV driver / forklift operator    Ref NOH-25-3391",
              "Vision: 6/6 right and left with glasses, fields full. Audiometry: HSE category 1 (sum of 1, 2 and 3 kHz: 30 dB right, 35 dB left). Spirometry: FEV1 4.10 L (96% predicted), FVC 5.02 L, ratio 0.82. BP 134/86, pulse 70, BMI 29.4. Epworth score 6.",
              "Mantoux: 3 mm induration at 72 hours (BCG given in 2001). Urine drug and alcohol screen: sample collected 09:12, chain-of-custody form 448812, sent to the laboratory; the result will follow separately.",
              "Outcome: fit for the role, subject to the drug screen result. DVLA Group 2 medical (D4) completed."),
    "-",
    "A pre-employment assessment: vision, audiometry in dB (the catalog's audiometry entries are not laboratory tests), "
    "spirometry, BP, pulse, BMI, Epworth; the Mantoux reading in mm is a skin test, not a laboratory result (the "
    "catalog's tuberculin-skin-test is left out, as keyed-mixed); the urine drug and alcohol screen is collected but "
    "pending; not rows: DOB, reference, form number, time, years, phone")

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
            elif f[3] and not f[4]: problems.append((c[0], f[0], "a normalized value without a unit"))
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
