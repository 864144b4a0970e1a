#!/usr/bin/env python3
"""Writes keyed.tsv (keyed set "prose-messages"): made-up laboratory results written in messages and prose that are
not laboratory printouts, as a longevity and hormone clinic receives them: a patient's chat with a clinic's AI
assistant (results pasted, questions, the assistant's reply), clinic and laboratory SMS and patient-portal
notifications, nurse telephone-encounter and triage notes in shorthand, pharmacy/insurer prior-authorization letters
for testosterone and GLP-1 drugs, longevity-clinic and wellness-company consult summaries and coaching notes,
research-study participant result letters, notes dictated through speech-recognition software (some values in words),
and messages in Dutch, Swedish, Polish, Turkish and Spanish (decimal commas, a thousands dot).  Among the results stand
the numbers real messages hold that are NOT results: vitals, doses, ages, dates, times, phone numbers, durations,
scores, targets and thresholds, previous results named as such, results described without a number, self-monitoring
and device readings, values only the assistant or the author computed, plans and order numbers.  Six documents hold
no laboratory result at all.

Columns: id, line, expected, why.  `expected` is `-` (no result) or rows `biomarker|valueText|flag|normalizedValue|
normalizedUnit|range` joined by ' ;; ', in document order.  `biomarker` is the catalog key, or `?` and the printed name
when no catalog entry fits the analyte and specimen.  `valueText` holds a word result as printed ('neg', 'positive',
'trace', '2+', 'not detected') or a censored result with its comparator as a symbol ('<5' for 'under 5', '<0.01' for
'less than 0.01', '>2000').  `normalizedValue` is in the catalog's ucumUnit to 3 significant figures (for a ?row: the
printed number, in the printed unit's UCUM spelling); both are empty when no unit is printed or stated for the value
(except dimensionless catalog entries: {ratio}, {index}, [pH]), when the unit cannot be converted to the catalog's
(lipoprotein(a) in mg/dL), or for a word result; a censored result's normalizedValue is its bound, converted.
`range` is `low..high` in the printed unit (an open side empty), or empty.  Flags: the printed or stated one (H/L,
'flagged high', 'a bit low', 'te laag', 'något förhöjda', 'niski', 'düşük', 'elevada', 'alta', 'crit', 'within normal
limits', 'beide goed', 'båda normala', 'inappropriately normal'), else computed from the bounds, `null` with no numeric
range.  Multi-line snippets use the two characters \\n.

The helpers are keyed-prose-clinical/gen_cases.py's (same row encoding; same checks: every stated flag against the
bounds, no value on a bound; censored values; critical flags), extended with an affine conversion (HbA1c IFCC ->
NGSP).  The script does every unit conversion and writes it into `why`, checks the numbers a message derives from
others (the assistant's non-HDL and ratio and conversions, HOMA-IR, dose arithmetic), then checks every catalog key and
normalized unit against the catalog modules (../../../biomarkers/catalog/biomarker-catalog.v*.ts) and prints the
counts.
"""
import glob, json, math, os

def sig3(x):
    if x == 0: return "0"
    d = 3 - int(math.floor(math.log10(abs(x)))) - 1
    return f"{round(x, d):.{max(d, 0)}f}"

# ---- factors to the catalog's ucumUnit; (factor or function, how it is written in `why`); molar masses are the
# ---- catalog's (v1, v2)
CHOL_MMOL  = (38.665, "x 38.665 (cholesterol 386.65 g/mol: mmol/L -> mg/dL)")
TG_MMOL    = (88.57, "x 88.57 (triglycerides 885.7 g/mol: mmol/L -> mg/dL)")
GLU_MMOL   = (18.0156, "x 18.0156 (glucose 180.156 g/mol: mmol/L -> mg/dL)")
CREA_UMOL  = (0.011312, "x 0.011312 (creatinine 113.12 g/mol: umol/L -> mg/dL)")
HGB_GL     = (0.1, "x 0.1 (g/L -> g/dL)")
HGB_MMOL   = (1.61145, "x 1.61145 (haemoglobin monomer 16114.5 g/mol: mmol/L -> g/dL)")
T_NGML     = (100.0, "x 100 (ng/mL -> ng/dL)")
PER_UL     = (0.001, "x 0.001 (/uL -> 10*3/uL)")
A1C_IFCC   = (lambda x: 0.09148 * x + 2.152, "0.09148 x IFCC + 2.152 (NGSP/IFCC master equation: mmol/mol -> %)")

NL = "\\n"   # the two characters backslash, n
def J(*lines): return NL.join(lines)

FLAGS = ("high", "low", "abnormal", "normal", "critical-high", "critical-low")

def bounds(rng):
    if ".." not in rng: return None
    lo, hi = rng.split("..")
    return (float(lo) if lo else None, float(hi) if hi else None)

def computed_flag(pv, rng, cens=""):
    """The flag the bounds give. A censored value ('<x', '>x') gets a flag only where every value it stands for falls
    on the same side."""
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
    printed unit; nu the catalog ucumUnit ('' = no unit printed or not convertible; for a ?row the printed unit in
    UCUM); f None or (factor or function, label); printed the stated flag mapped; rng the range as keyed; vt a word
    result (pv None) or a censored result with its comparator ('<5': pv 5)."""
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
    """A number the message derives from others must agree with its parts."""
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

# ======================= 1. Chats with a clinic's AI assistant (AI) =======================
add("AI01", J("Cedar Grove Family Medicine - Ask Cedar (AI assistant) - chat transcript 03/15/2025",
              "[Patient 14:02] Hi, I just got my labs back from the 3/12 draw and I'm confused. Copy-pasted from the portal:",
              "TSH 6.84 uIU/mL (0.45-4.50) H",
              "Free T4 0.92 ng/dL (0.82-1.77)",
              "TPO Ab 212 IU/mL (0-34) H",
              "I'm 41 and take no meds except a multivitamin with 150 mcg iodine. Is 6.84 bad? My sister's TSH was 9 when she started levothyroxine.",
              "[Ask Cedar 14:02] Thanks for sharing. Your TSH of 6.84 is above the lab's range of 0.45-4.50, while your free T4 of 0.92 is within range. Your TPO antibodies (212 IU/mL) are elevated, which can point to Hashimoto's thyroiditis. Many clinicians consider treatment when TSH is above 10 mIU/L, or above 4.5 with symptoms or positive antibodies. A repeat TSH in 6-8 weeks is common. Dr. Alvarez's nurse line is 555-0143 if you'd like to book a visit."),
    [R("thyroid-stimulating-hormone", 6.84, "uIU/mL", "m[IU]/L", printed="high", rng="0.45..4.50"),
     R("free-t4", 0.92, "ng/dL", "ng/dL", rng="0.82..1.77"),
     R("thyroid-peroxidase-antibody", 212, "IU/mL", "U/mL", printed="high", rng="0..34")],
    "The patient's pasted lines are the results, with the lab's ranges and H flags; the assistant's reply restates "
    "TSH 6.84, free T4 0.92 and TPO 212 (no second rows; its 'above the lab's range' and 'elevated' agree with the "
    "pasted flags); the sister's TSH 9 is another person's result, no row; 'TSH above 10 mIU/L' and 'above 4.5' are "
    "treatment thresholds; not rows: dates, times, age 41, iodine 150 mcg, 6-8 weeks, 555-0143; uIU/mL = m[IU]/L "
    "(TSH); TPO IU/mL = the catalog's U/mL (as keyed-mixed EM04)")

chk("AI02 assistant's non-HDL = TC - HDL", 6.2 - 1.1, 5.1, 0.001)
chk("AI02 assistant's TC/HDL 'about 5.6'", 6.2 / 1.1, 5.6, 0.05)
chk("AI02 assistant's LDL 'about 166 mg/dL'", 4.3 * 38.665, 166, 0.5)
chk("AI02 assistant's HbA1c '(5.9%)'", 0.09148 * 41 + 2.152, 5.9, 0.05)
add("AI02", J("Brookfield Surgery app - Health Assistant chat",
              "You (19:40): My GP surgery texted my cholesterol results and said 'no action needed'. Here they are: total cholesterol 6.2, HDL 1.1, LDL 4.3, triglycerides 1.9, all mmol/L. HbA1c 41 mmol/mol. My QRISK3 was 8.7%. Should I be worried about the LDL? I'm 52 and walk 10k steps a day.",
              "Health Assistant (19:40): Thanks - I can explain these but can't replace your GP's advice. Your non-HDL cholesterol (total minus HDL) works out to 5.1 mmol/L, and your total/HDL ratio is about 5.6. For comparison with US figures, an LDL of 4.3 mmol/L is about 166 mg/dL. Your HbA1c of 41 mmol/mol (about 5.9%) is just below the prediabetes band of 42-47 mmol/mol. A QRISK3 under 10% usually means statins are not routinely offered. You can book a routine review on 01632 960554."),
    [R("total-cholesterol", 6.2, "mmol/L", "mg/dL", CHOL_MMOL),
     R("hdl-cholesterol", 1.1, "mmol/L", "mg/dL", CHOL_MMOL),
     R("ldl-cholesterol", 4.3, "mmol/L", "mg/dL", CHOL_MMOL),
     R("triglycerides", 1.9, "mmol/L", "mg/dL", TG_MMOL),
     R("hemoglobin-a1c", 41, "mmol/mol", "%", A1C_IFCC)],
    "'all mmol/L' states the unit of the four lipid values before it; no ranges (null flags; 'no action needed' is "
    "no flag); the assistant's non-HDL 5.1 and ratio 5.6 are values only the assistant computed, and its '166 "
    "mg/dL' and 'about 5.9%' are its conversions of values already given: none is a lab result or a second row; the "
    "prediabetes band 42-47 and 'QRISK3 under 10%' are thresholds; not rows: QRISK3 8.7%, age 52, 10k steps, times, "
    "the phone number")

chk("AI03 assistant's '1,046 ng/dL (about 36.3 nmol/L)'", 1046 / 28.842, 36.3, 0.05)
add("AI03", J("Vantage Men's Health - member chat with 'Max' (automated assistant)",
              "Me: ok so my trough labs from the lab came back. Total T 1,046 ng/dL (264-916) flagged high, free T 28.1 pg/mL (8.7-25.1) high, estradiol 41.7 pg/mL, hematocrit 53.9% (37.5-51.0) H, hemoglobin 18.1 g/dL (13.0-17.7) H, PSA 0.9. I inject 140 mg cyp a week split Mon/Thu and drew it Thursday at 7:30 before the shot. Do I need to donate blood? Last time in Nov my hct was 50.2.",
              "Max: I can't give medical advice, but here's a summary: your hematocrit of 53.9% and hemoglobin of 18.1 g/dL are above the lab's ranges. Endocrine Society guidance suggests lowering or pausing the dose if hematocrit is above 54%. Your total testosterone of 1,046 ng/dL (about 36.3 nmol/L) is above range. I've sent a message to Dr. Okafor's team; expect a reply within 2 business days."),
    [R("testosterone", 1046, "ng/dL", "ng/dL", printed="high", rng="264..916"),
     R("testosterone-free", 28.1, "pg/mL", "pg/mL", printed="high", rng="8.7..25.1"),
     R("estradiol", 41.7, "pg/mL", "pg/mL"),
     R("hematocrit", 53.9, "%", "%", printed="high", rng="37.5..51.0"),
     R("hemoglobin", 18.1, "g/dL", "g/dL", printed="high", rng="13.0..17.7"),
     R("prostate-specific-antigen", 0.9)],
    "The patient's relayed 'flagged high', 'high' and 'H' are printed flags and agree with the ranges; estradiol "
    "prints no range (null); PSA prints no unit (no normalized value, null); 'Last time in Nov my hct was 50.2' is a "
    "previous result; the assistant restates hematocrit, hemoglobin and testosterone (no second rows) and its '36.3 "
    "nmol/L' is its own conversion; 'above 54%' is a threshold; not rows: 140 mg cypionate, Mon/Thu, 7:30, 2 business "
    "days; 1,046 is one thousand and forty-six")

add("AI04", J("Lakeview Internal Medicine - patient app chat",
              "Patient (22:18): Hi, quick question before my appointment Thursday. My doctor said last week that my kidney function was fine and my A1c was 'a little high, borderline'. My meter at home reads 126-135 most mornings and about 160 after dinner. I'm thinking of asking about Ozempic. What labs do I need first? I'm 58, 5'9\", 214 lb.",
              "Clinic Assistant (22:18): Thanks for your question! I'm an automated assistant and can't interpret results. Before starting a GLP-1 medicine, clinicians often check an HbA1c, a kidney panel (creatinine and eGFR), lipids and sometimes lipase. An A1c of 5.7-6.4% is usually described as prediabetes and 6.5% or above as diabetes; a fasting glucose of 100-125 mg/dL is the prediabetes range. Your home readings are useful to bring along. Your appointment is Thu 04/17 at 10:20 AM with Dr. Nguyen (Suite 210). If you have chest pain or feel very unwell, call 911."),
    "-",
    "No laboratory result: 'kidney function was fine' and 'A1c a little high, borderline' have no number; the home "
    "meter's 126-135 and 160 are self-monitoring readings, not laboratory results (keyed-mixed); the assistant lists "
    "tests to order and guideline bands (5.7-6.4%, 6.5%, 100-125 mg/dL), thresholds not results; not rows: age 58, "
    "height, weight, times, date, suite 210, 911")

# ======================= 2. Laboratory and clinic SMS, portal notifications (SM) =======================
add("SM01", J("SMS from 555-0188, 03/13/2025 06:12",
              "RidgeLine Labs: Hi KAYLA, your results from 03/12/2025 are ready. Vitamin D, 25-OH: 18.4 ng/mL (30.0-100.0) LOW. Ferritin: 11 ng/mL (15-150) LOW. TSH: 1.92 uIU/mL (0.45-4.50). View all 14 results at ridgeline-labs.example/r/8K2Q7 . Reply STOP to opt out. Msg&data rates may apply."),
    [R("vitamin-d", 18.4, "ng/mL", "ng/mL", printed="low", rng="30.0..100.0"),
     R("ferritin", 11, "ng/mL", "ng/mL", printed="low", rng="15..150"),
     R("thyroid-stimulating-hormone", 1.92, "uIU/mL", "m[IU]/L", rng="0.45..4.50")],
    "A laboratory's text message: each value with its range, the printed LOW flags agree with the bounds, TSH computed "
    "normal; not rows: the sender's number, the dates and time, '14 results' (a count), the link code, STOP; uIU/mL = "
    "m[IU]/L (TSH)")

chk("SM02 HbA1c 44 mmol/mol is inside the stated 42-47 band", 44, 44.5, 2.6)
add("SM02", J("Text from ASHCOMBE SURGERY (07700 900461, replies not monitored), 14 Mar 2025 11:03:",
              "Your blood test results from 12 Mar have been reviewed by Dr Patel. Your HbA1c is 44 mmol/mol, which is in the prediabetes range (42-47). Please book a diabetes prevention review with the practice nurse. Your cholesterol and kidney tests were normal - no action needed. Ref: 4471-229.",
              "Text 2 of 2: Your B12 was a bit low at 168 ng/L. We have sent a prescription for cyanocobalamin 50 micrograms daily to Boots, Market Square. Call 01632 960217 (8am-6:30pm) with any questions."),
    [R("hemoglobin-a1c", 44, "mmol/mol", "%", A1C_IFCC, printed="high"),
     R("vitamin-b12", 168, "ng/L", "pg/mL", printed="low")],
    "HbA1c: '(42-47)' is the prediabetes band the value falls in, a diagnostic tier, not the laboratory's reference "
    "interval (empty range); 'in the prediabetes range' states that the value is above the non-diabetic band, taken "
    "as the stated flag high; B12 'a bit low at' is its stated flag, no range printed; 'cholesterol and kidney tests "
    "were normal' name no value; not rows: the phone numbers, dates and times, the reference 4471-229, cyanocobalamin "
    "50 micrograms, opening hours; ng/L = pg/mL (B12)")

add("SM03", J("From: Northgate Health MyNorthgate <no-reply@mynorthgate.example>    Subject: New test result available",
              "Hi Marcus, a new result is available for: COMPREHENSIVE METABOLIC PANEL (ordered by Priya Raman, NP). Collected: 04/02/2025 8:14 AM.",
              "Some results may be outside the standard range:",
              "- Glucose: 112 mg/dL (High; standard range 70 - 99 mg/dL)",
              "- ALT: 61 U/L (High; standard range 0 - 44 U/L)",
              "- Creatinine: 1.04 mg/dL (standard range 0.76 - 1.27 mg/dL)",
              "- eGFR: 84 mL/min/1.73m2 (standard range >59)",
              "Your provider has not yet reviewed these results. Log in to see all 14 components. Questions? Call 555-0117. Please do not reply to this e-mail. Message ID 7730215."),
    [R("glucose", 112, "mg/dL", "mg/dL", printed="high", rng="70..99"),
     R("alanine-aminotransferase", 61, "U/L", "U/L", printed="high", rng="0..44"),
     R("creatinine", 1.04, "mg/dL", "mg/dL", rng="0.76..1.27"),
     R("egfr", 84, "mL/min/1.73m2", "mL/min/{1.73_m2}", rng="59..")],
    "A portal notification e-mail: 'High;' is the printed flag of glucose and ALT; creatinine and eGFR computed "
    "normal ('>59' is a lower bound); 'may be outside' is no flag; not rows: the collection date and time, '14 "
    "components', the phone number, the message ID; mL/min/1.73m2 = mL/min/{1.73_m2}")

add("SM04", J("SMS from 555-0177, 03/14/2025 09:30: BrightPath Diagnostics: Hi J., your results from 12 Mar are ready. For your privacy we do not send results by text. Log in at bp-dx.example/portal (code 482 119, valid 10 min). Reply STOP to end.",
              "SMS from 555-0177, 03/16/2025 18:00: Reminder: your fasting blood draw is Tue 18 Mar at 07:40, BrightPath Eastgate, 2200 Lake Rd Suite 4. Nothing to eat 10-12 h before; water is OK. Order #LAB-55821, 3 tests. Reply C to confirm or R to reschedule."),
    "-",
    "No result: a 'results are ready' text that gives none, and an appointment reminder; not rows: the phone number, "
    "dates and times, the login code 482 119, 10 min, the address, the fasting hours 10-12, the order number, '3 "
    "tests'")
