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

# ======================= 3. Nurse telephone-encounter and triage notes (TN) =======================
add("TN01", J("TELEPHONE ENCOUNTER    03/14/2025 16:42    RN: T. Greaves",
              "Reason: crit value call from reference lab (rep: Dana, ref# CV-88213).",
              "K+ 6.1 mmol/L (crit >6.0) on BMP drawn 03/14 @ 10:05. Hemolysis not reported. Rest of BMP: Na 136, Cr 1.9 (H), BUN 38 (H), gluc 141.",
              "Pt is 78 y/o M on lisinopril 40 mg + spironolactone 25 mg. Called pt 16:50 at 555-0164: denies palpitations, weakness. Per Dr. Haddad: hold spironolactone, ED if sx, repeat BMP in AM (order #RQ-40917). Read-back completed."),
    [R("potassium", 6.1, "mmol/L", "mmol/L", printed="critical-high"),
     R("sodium", 136),
     R("creatinine", 1.9, printed="high"),
     R("blood-urea-nitrogen", 38, printed="high"),
     R("glucose", 141)],
    "'crit value call' is the potassium's stated flag, critical-high; '(crit >6.0)' is the critical limit, not the "
    "reference interval (empty range); Na, Cr, BUN and gluc print no unit (no normalized value), Cr and BUN carry a "
    "printed (H), Na and gluc null; not rows: the lab's reference number, dates and times, age 78, lisinopril 40 mg, "
    "spironolactone 25 mg, the phone number, the order number")

add("TN02", J("NURSE TRIAGE - walk-in    05/06/2025 09:20    RN L. Ferreira",
              "19F c/o dysuria x2d, frequency, suprapubic pain 4/10. Denies fever, flank pain. LMP 04/22. T 37.1, HR 88, BP 112/70.",
              "POC UA: leuk esterase 2+, nitrite pos, blood trace, protein neg, SG 1.020, pH 6.0. POC urine hCG neg.",
              "Per standing order: nitrofurantoin 100 mg BID x5d sent to pharmacy. Urine C&S sent (acc# U25-11872). Pt to call back if fever >38.3 or flank pain; callback # 555-0129."),
    [R("leukocyte-esterase-urine", vt="2+"),
     R("nitrite-in-urine", vt="pos"),
     R("hemoglobin-urine-presence", vt="trace"),
     R("protein-urine-presence", vt="neg"),
     R("specific-gravity-urine", 1.020, "", "{ratio}"),
     R("urine-ph", 6.0, "", "[pH]"),
     R("?urine hCG", vt="neg")],
    "Point-of-care tests run in the clinic are laboratory results (keyed-mixed VN11): the dipstick results are word "
    "results kept as printed ('2+', 'pos', 'trace', 'neg'), flag null; dipstick 'blood' is hemoglobin-urine-presence "
    "and 'protein' protein-urine-presence (as keyed-mixed VN05); SG and pH are dimensionless ({ratio}, [pH]); the "
    "urine hCG has no catalog entry (?row, 'POC' is a method word, not part of the name); the culture is sent, no "
    "result; not rows: age 19, 2 days, pain 4/10, LMP, T, HR, BP, nitrofurantoin 100 mg x5d, the accession, the "
    "fever threshold 38.3, the phone number")

chk("TN03 weekly warfarin 5 mg x 5 + 7.5 mg x 2", 5 * 5 + 7.5 * 2, 40, 0.001)
chk("TN03 new weekly dose 35 mg is -12.5%", (35 - 40) / 40 * 100, -12.5, 0.001)
add("TN03", J("ANTICOAGULATION CLINIC - phone follow-up    07/09/2025    RN J. Obi",
              "Pt self-tested on home CoaguChek this AM: INR 3.8 (goal 2.0-3.0). Venous confirm drawn at Main St lab 11:15: INR 3.4, PT 37.2 sec, Hgb 13.6. Denies bleeding, bruising, dark stools.",
              "Warfarin 5 mg daily except 7.5 mg Mon/Fri (weekly 40 mg). Recent abx: doxycycline 100 mg BID started 07/01.",
              "Plan: hold tonight's dose, then 5 mg daily (weekly 35 mg, -12.5%). Recheck INR 07/16 at lab. Spoke with pt and daughter (555-0172), teach-back done."),
    [R("inr", 3.4, "", "{ratio}"),
     R("prothrombin-time", 37.2, "sec", "s"),
     R("hemoglobin", 13.6)],
    "The home meter's INR 3.8 is patient self-monitoring, not a laboratory result (keyed-mixed: self-monitoring is "
    "no row); the laboratory's venous INR, PT and Hgb are rows; 'goal 2.0-3.0' is a therapeutic target, not a range "
    "(empty, null); PT prints no range, Hgb no unit (no normalized value); not rows: the warfarin and doxycycline "
    "doses, the weekly totals and -12.5%, dates and times, the phone number; sec = s")

add("TN04", J("AFTER-HOURS NURSE TRIAGE    call rec'd 23:06, 02/09/2025    RN K. Mbeki    callback 555-0121",
              "Caller: wife, re pt 54M. Protocol: Chest Pain (Adult). Pain 7/10, pressure, radiating to L arm, onset 22:35 (~30 min). Pt's watch HR 112; home pulse ox 95%; home BP 158/96. Hx HTN, T2DM ('A1c was good last month' per wife), on a statin.",
              "Aspirin 325 mg chewed at 23:14 per protocol. Disposition: call 911 now - wife calling; RN stayed on the line until EMS arrived 23:24."),
    "-",
    "No laboratory result: the watch heart rate, home pulse oximetry 95% and home BP are device readings; 'A1c was "
    "good last month' has no number; not rows: times, age 54, pain 7/10, 30 min, aspirin 325 mg, 911, the phone "
    "number")

add("TN05", J("RESULTS NOTE - RN M. Castellanos    08/21/2025 11:05",
              "Called pt re labs from 08/18, no answer, LVM to call back (555-0148). 2nd attempt 14:30: spoke w/ pt, ID verified x2 (name/DOB).",
              "Reviewed per Dr. Lee: A1c 7.9 (up from 7.1 in May), LDL 131, TSH nl, B12 >2000 - pt takes 5000 mcg B12 daily, advised to stop. Vit D 34.",
              "Pt agreeable to increase metformin to 1000 mg BID; appt w/ Dr. Lee 09/04 @ 9:40. Pt verbalized understanding."),
    [R("hemoglobin-a1c", 7.9),
     R("ldl-cholesterol", 131),
     R("vitamin-b12", 2000, vt=">2000"),
     R("vitamin-d", 34)],
    "No unit is written for any value (no normalized values) and no range (null flags; 'advised to stop' the "
    "supplement is no flag); B12 '>2000' is a censored result; '7.1 in May' is a previous result; 'TSH nl' is a result "
    "without a number, no row; 'B12 5000 mcg' is the supplement's dose; not rows: dates, times, the phone number, "
    "x2, metformin 1000 mg")

# ======================= 4. Prior-authorization letters (PA) =======================
add("PA01", J("LETTER OF MEDICAL NECESSITY - Testosterone cypionate 200 mg/mL injection",
              "To: Summit Mutual Health Plan, Pharmacy Prior Authorization    Fax 555-0190    Member ID: SMH-448120937    Date: 06/18/2025",
              "Re: Daniel K. Foster, DOB 11/02/1979 (45 y)",
              "I am writing to request coverage of testosterone cypionate for Mr. Foster, who has symptomatic primary hypogonadism (ICD-10 E29.1) with fatigue, low libido and loss of morning erections (ADAM questionnaire positive). Per your policy RX-217, two early-morning total testosterone levels below 300 ng/dL are required:",
              "1) 04/22/2025, 7:50 AM: total testosterone 241 ng/dL (reference 264-916 ng/dL)",
              "2) 05/06/2025, 8:05 AM: total testosterone 218 ng/dL (reference 264-916 ng/dL)",
              "LH was 14.2 mIU/mL (1.7-8.6) and FSH 19.6 mIU/mL (1.5-12.4), consistent with primary testicular failure. Baseline hematocrit is 44.1% (37.5-51.0) and PSA 0.7 ng/mL (0.0-4.0). Prolactin 9.8 ng/mL was within normal limits. BMI 31.4 kg/m2, BP 128/82.",
              "The requested dose is 100 mg IM weekly (0.5 mL), quantity 10 mL per 70 days. We will monitor hematocrit and PSA at 3, 6 and 12 months and hold therapy if the hematocrit exceeds 54%.",
              "Sincerely,    Renee Castillo, MD    NPI 1234567893    Tel 555-0155"),
    [R("testosterone", 241, "ng/dL", "ng/dL", rng="264..916"),
     R("testosterone", 218, "ng/dL", "ng/dL", rng="264..916"),
     R("luteinizing-hormone", 14.2, "mIU/mL", "m[IU]/mL", rng="1.7..8.6"),
     R("follicle-stimulating-hormone", 19.6, "mIU/mL", "m[IU]/mL", rng="1.5..12.4"),
     R("hematocrit", 44.1, "%", "%", rng="37.5..51.0"),
     R("prostate-specific-antigen", 0.7, "ng/mL", "ng/mL", rng="0.0..4.0"),
     R("prolactin", 9.8, "ng/mL", "ng/mL", printed="normal")],
    "The two morning testosterone values are the work-up's two confirming results, both cited as current evidence: "
    "two rows, each computed low; 'Baseline hematocrit' here is the pre-treatment result of this work-up, a current "
    "result (not 'baseline' in the sense of an older comparison value); LH and FSH computed high, hematocrit and PSA "
    "normal, prolactin 'within normal limits' stated normal; 'below 300 ng/dL' is the policy's threshold and 'exceeds "
    "54%' a monitoring threshold; not rows: BMI 31.4 (not a lab result), BP, age 45, DOB, member ID, ICD-10 code, "
    "policy number, 200 mg/mL, 100 mg, 0.5 mL, 10 mL per 70 days, 3/6/12 months, NPI, phone and fax; mIU/mL = "
    "m[IU]/mL")

add("PA02", J("PRIOR AUTHORIZATION REQUEST - Ozempic (semaglutide) 0.25/0.5 mg pen    Plan: Keystone Care Rx    PA case # 25-0611-7734",
              "Patient: Linda M. Ortega    DOB 08/15/1968    Member # KCR0098812",
              "Diagnosis: type 2 diabetes mellitus with hyperglycemia (E11.65); obesity (E66.9), BMI 36.8 (weight 221 lb, height 5 ft 5 in).",
              "Clinical summary: diagnosed 2019. Current therapy metformin ER 1000 mg BID (since 2021, maximum tolerated dose) and glipizide 5 mg daily. Despite adherence, HbA1c remains above goal: most recent HbA1c 8.6% on 05/29/2025 (prior 8.1% on 01/14/2025). Fasting plasma glucose 176 mg/dL on 05/29/2025. eGFR 71 mL/min/1.73m2 and urine albumin/creatinine ratio 48 mg/g (<30) on the same draw. No history of medullary thyroid carcinoma or MEN2; no pancreatitis.",
              "Treatment goal: HbA1c <7.0% and 5-10% weight loss. Step therapy: metformin trial of at least 90 days met (criterion 2a).",
              "Prescriber: Anthony Reyes, DO    Phone 555-0132    Fax 555-0133    Signature on file    06/03/2025"),
    [R("hemoglobin-a1c", 8.6, "%", "%"),
     R("glucose", 176, "mg/dL", "mg/dL"),
     R("egfr", 71, "mL/min/1.73m2", "mL/min/{1.73_m2}"),
     R("microalbumin-creatinine-ratio", 48, "mg/g", "mg/g", rng="..30")],
    "The most recent HbA1c is the row, 'prior 8.1% on 01/14/2025' a previous result; 'above goal' compares with the "
    "treatment goal <7.0%, a target, not a range or a flag (null); glucose and eGFR print no range (null); the urine "
    "ACR is computed high against '(<30)'; not rows: BMI 36.8, weight, height, ICD-10 codes, the case and member "
    "numbers, DOB, years, metformin 1000 mg, glipizide 5 mg, semaglutide 0.25/0.5 mg, 5-10% weight loss, 90 days, "
    "phone and fax; mL/min/1.73m2 = mL/min/{1.73_m2}")

add("PA03", J("Keystone Care Rx - NOTICE OF DENIAL    Case # 25-0702-1190    Date: 07/02/2025",
              "Dear Member, we reviewed the request from your prescriber for Wegovy (semaglutide) 2.4 mg once weekly. Our Weight Management policy (WM-04, rev. 01/2025) requires: (1) a BMI of 30 kg/m2 or more, or 27 kg/m2 or more with at least one weight-related condition; (2) age 12 or older; (3) a baseline HbA1c or fasting glucose within the last 12 months.",
              "The records we received show a BMI of 28.9 but no weight-related condition, and no laboratory results were included. The request is therefore denied under criteria (1) and (3).",
              "You or your prescriber may appeal within 180 days: call 1-800-555-0147 (TTY 711), fax 555-0199, or write to PO Box 4410. A peer-to-peer review can be requested within 14 days."),
    "-",
    "No result: an insurer's denial names the tests its policy requires (HbA1c, fasting glucose) without a value; "
    "not rows: BMI 30, 27 and 28.9 (and BMI is not a lab result), semaglutide 2.4 mg, age 12, 12 months, criteria "
    "numbers, 180 and 14 days, phone, TTY, fax, PO box, case number")

# ======================= 5. Longevity-clinic and wellness-company consults and coaching notes (LC) =======================
chk("LC01 HOMA-IR the physician computed: 94 x 11.8 / 405", 94 * 11.8 / 405, 2.7, 0.05)
add("LC01", J("APEX LONGEVITY - Annual Healthspan Assessment: Consult Summary",
              "Member: J. Whitcombe (M, 47)    Physician: Dr. Sasha Lind    Date: 09/18/2025",
              "Cardiometabolic: your ApoB is 104 mg/dL (our target for you is <60 given your family history), Lp(a) 162 nmol/L - elevated (lab reference <75), hs-CRP 0.6 mg/L, HbA1c 5.4%, fasting insulin 11.8 uIU/mL and fasting glucose 94 mg/dL. I calculated your HOMA-IR from these: 94 x 11.8 / 405 = 2.7, above our optimal of <1.5.",
              "Fitness: VO2max 41.2 mL/kg/min (72nd percentile for age) on the treadmill CPET; grip strength 48 kg. DEXA: body fat 24.1%, VAT 980 g, ALMI 8.9 kg/m2, spine T-score +0.4.",
              "Other: omega-3 index 5.1% (goal >8%). Biological age (PhenoAge) 43.6 years.",
              "Plan: rosuvastatin 5 mg, EPA/DHA 2 g daily, zone 2 training 3 x 45 min/week; recheck ApoB in 12 weeks."),
    [R("apolipoprotein-b", 104, "mg/dL", "mg/dL"),
     R("lipoprotein-a", 162, "nmol/L", "nmol/L", printed="high", rng="..75"),
     R("hs-crp", 0.6, "mg/L", "mg/L"),
     R("hemoglobin-a1c", 5.4, "%", "%"),
     R("insulin", 11.8, "uIU/mL", "u[IU]/mL"),
     R("glucose", 94, "mg/dL", "mg/dL"),
     R("omega-3-index", 5.1, "%", "%")],
    "'target <60' and 'goal >8%' are the clinic's targets, not ranges (null); Lp(a) 'elevated (lab reference <75)' "
    "gives range and flag; the HOMA-IR 2.7 is the physician's own arithmetic shown in the note, not a value the "
    "laboratory reported, so no row (as the AI assistant's computed values), and '<1.5' is an optimal target; not "
    "rows: VO2max and its percentile, grip strength, the DEXA numbers (body fat, VAT, ALMI, T-score), PhenoAge 43.6, "
    "age 47, rosuvastatin 5 mg, EPA/DHA 2 g, 3 x 45 min, 12 weeks; uIU/mL = u[IU]/mL (insulin)")

add("LC02", J("Coaching session #6 notes - Thrive+ Metabolic Program    Coach: Maya R., RD    Client: Ben Adeyemi    06/10/2025 (video, 40 min)",
              "Ben uploaded his quarterly finger-prick panel (dried blood spot, processed by the partner lab, collected 06/02): HbA1c 5.9% (was 6.2% in March), triglycerides 142 mg/dL, HDL 38 mg/dL - still flagged low, hs-CRP 2.9 mg/L. He also said his fasting insulin came back 'under 5' this time.",
              "CGM this fortnight: average glucose 118 mg/dL, GMI 5.9%, time in range 94%.",
              "Weight 96.4 kg (-3.1 kg since start), waist 104 cm. Steps avg 8,900/day. Sleep 6 h 40 min avg (ring).",
              "Goals for the next 4 weeks: protein 130 g/day, fibre 30 g/day, 2 strength sessions/week; TG target <100."),
    [R("hemoglobin-a1c", 5.9, "%", "%"),
     R("triglycerides", 142, "mg/dL", "mg/dL"),
     R("hdl-cholesterol", 38, "mg/dL", "mg/dL", printed="low"),
     R("hs-crp", 2.9, "mg/L", "mg/L"),
     R("insulin", 5, vt="<5")],
    "A dried-blood-spot panel processed by a laboratory is a laboratory result; 'was 6.2% in March' is a previous "
    "result; HDL 'still flagged low' is a relayed printed flag; the fasting insulin 'under 5' is a censored result, "
    "keyed '<5' with no normalized value (no unit given); the CGM's average glucose and GMI 5.9% are device "
    "statistics, not an HbA1c or a glucose result (keyed-mixed), although the GMI equals the HbA1c here; 'TG target "
    "<100' is a goal; not rows: weight, -3.1 kg, waist, steps, sleep, 40 min, protein and fibre grams, session counts")

add("LC03", J("Lumen Vitality Clinic - Physician Consult Summary (telehealth)    Patient: Carla Nwosu, 39F    Visit 10/21/2025",
              "Labs reviewed (draw 10/09): Lp(a) 87 mg/dL (<30) - high, ApoB 82 mg/dL, LDL-C 118 mg/dL, hs-CRP <0.2 mg/L, fasting insulin 4.1 uIU/mL, HOMA-IR 0.8 (as reported by the lab), ferritin 22 ng/mL, vitamin D 52 ng/mL, TSH 1.4.",
              "Body composition (bioimpedance): SMM 27.8 kg, PBF 26.3%, ECW/TBW 0.381. Resting HR 54 and HRV 71 ms (wearable).",
              "Dr. Haines discussed: Lp(a) is largely genetic and usually needs measuring only once; no therapy is approved to lower it; aspirin 81 mg is not recommended at this time. Cascade screening suggested for her brother (41) and son (12).",
              "Next steps: coronary calcium scan ($99, booking code LV-CAC-3309); repeat lipids in 6 months."),
    [R("lipoprotein-a", 87, "mg/dL", "", printed="high", rng="..30"),
     R("apolipoprotein-b", 82, "mg/dL", "mg/dL"),
     R("ldl-cholesterol", 118, "mg/dL", "mg/dL"),
     R("hs-crp", 0.2, "mg/L", "mg/L", vt="<0.2"),
     R("insulin", 4.1, "uIU/mL", "u[IU]/mL"),
     R("homa-ir", 0.8, "", "{index}"),
     R("ferritin", 22, "ng/mL", "ng/mL"),
     R("vitamin-d", 52, "ng/mL", "ng/mL"),
     R("thyroid-stimulating-hormone", 1.4)],
    "Lp(a) in mg/dL has no single factor to the catalog's nmol/L (catalog v9: the apo(a) isoforms differ in mass), "
    "so it keeps no normalized value; its '(<30) - high' gives range and flag; hs-CRP '<0.2' is censored (bound "
    "normalized, null); HOMA-IR is listed among the results 'as reported by the lab', so it is a row ({index}); TSH "
    "prints no unit; the others print no range (null); not rows: the bioimpedance SMM, PBF and ECW/TBW, resting HR, "
    "HRV, aspirin 81 mg, ages 39, 41 and 12, the price and booking code, 6 months; uIU/mL = u[IU]/mL (insulin)")

add("LC04", J("PEAK HEALTHSPAN - coach check-in (week 8)    Client: R. Delacroix    Coach: Tom B., CSCS    11/03/2025",
              "Zone 2: 4 x 50 min/week at 128-134 bpm; the handheld lactate meter read 1.6-1.9 mmol/L at the end of each session (target <2.0). VO2max estimate 46 (watch), up from 43.",
              "Repeat DEXA 10/28: body fat 18.2% (-2.4), lean mass 64.1 kg (+1.1), VAT 410 g, ALMI 9.1. Grip 52 kg L / 54 kg R. HRV 7-day avg 62 ms; resting HR 51.",
              "Supplements: creatine 5 g/day, vitamin D3 2000 IU, magnesium glycinate 300 mg, omega-3 2 g EPA+DHA.",
              "Bloodwork is due in 2 weeks (ApoB, HbA1c, fasting insulin, omega-3 index) - requisition sent; fast 12 h."),
    "-",
    "No laboratory result: the handheld lactate readings during training are field physiological-test data, not a "
    "plasma lactate (keyed-mixed EX02), and 'target <2.0' a training target; VO2max, DEXA, grip, HRV and heart rates "
    "are not laboratory results; 'vitamin D3 2000 IU', 'omega-3 2 g' and 'magnesium glycinate 300 mg' are supplement "
    "doses (catalog aliases, not results); the bloodwork is due, not done")

# ======================= 6. Research-study participant result letters (RS) =======================
add("RS01", J("Heartland Ageing Study - Your Visit 3 Results    Participant ID: HAS-03117    Visit date: 14 May 2025",
              "Dear Mr Lindqvist,",
              "Thank you for taking part in Visit 3. As promised, here are the results of the blood and urine tests done for the study. They were done in a research laboratory and are not a substitute for care from your own doctor.",
              "Total cholesterol: 6.4 mmol/L (normal range: below 5.0 mmol/L).",
              "HDL cholesterol: 1.3 mmol/L (normal above 1.0).",
              "Blood sugar (fasting glucose): 5.8 mmol/L (normal range 3.9 - 5.5).",
              "Kidney function (eGFR): 67 mL/min/1.73m2.",
              "Urine albumin: not detected.",
              "Your blood pressure at the visit was 146/88 mmHg (average of 3 readings) and your ankle-brachial index was 1.08.",
              "Because your blood sugar and cholesterol were above the normal ranges, we suggest that you share this letter with your GP. If you have questions, call the study team on 0117 496 0388 (Mon-Fri 9-5). Your £40 thank-you voucher has been sent."),
    [R("total-cholesterol", 6.4, "mmol/L", "mg/dL", CHOL_MMOL, printed="high", rng="..5.0"),
     R("hdl-cholesterol", 1.3, "mmol/L", "mg/dL", CHOL_MMOL, rng="1.0.."),
     R("glucose", 5.8, "mmol/L", "mg/dL", GLU_MMOL, printed="high", rng="3.9..5.5"),
     R("egfr", 67, "mL/min/1.73m2", "mL/min/{1.73_m2}"),
     R("?Urine albumin", vt="not detected")],
    "A study's result letter reports laboratory results on the participant's specimens: rows; the ranges are the "
    "letter's 'normal range' wording ('below 5.0' = ..5.0, 'above 1.0' = 1.0..), kept in mmol/L; 'above the normal "
    "ranges' states high for the blood sugar and the total cholesterol (agreeing with the bounds), HDL computed "
    "normal, eGFR null (no range); urine albumin is a ?row (no catalog entry for the urine's albumin, keyed-mixed), a "
    "word result; not rows: BP and '3 readings', ankle-brachial index 1.08, the participant ID, dates, the phone "
    "number, hours, £40")

add("RS02", J("BRIGHTMIND Prevention Trial - Participant Results Summary    ID BMT-2291    Screening visit 03 Feb 2025",
              "Dear Ms Okonkwo, at your screening visit we measured the following.",
              "Clinical-grade results (CLIA-certified laboratory):",
              "- Vitamin B12: 412 pg/mL (normal 232-1245)",
              "- Thyroid-stimulating hormone (TSH): 3.1 mIU/L (normal 0.4-4.5)",
              "- Hemoglobin A1c: 5.6% (normal below 5.7%)",
              "- Homocysteine: 14.8 µmol/L - slightly high (normal 5-12)",
              "Research-only results (not for clinical use): plasma p-tau217 0.41 pg/mL; neurofilament light (NfL) 13.2 pg/mL. Under the study protocol your APOE genotype and your amyloid PET result are not disclosed. Your MoCA score was 27/30.",
              "Your randomisation group will be shared at the end of the trial (expected 2028). Contact: study coordinator, 555-0106."),
    [R("vitamin-b12", 412, "pg/mL", "pg/mL", rng="232..1245"),
     R("thyroid-stimulating-hormone", 3.1, "mIU/L", "m[IU]/L", rng="0.4..4.5"),
     R("hemoglobin-a1c", 5.6, "%", "%", rng="..5.7"),
     R("homocysteine", 14.8, "µmol/L", "umol/L", printed="high", rng="5..12"),
     R("?plasma p-tau217", 0.41, "pg/mL", "pg/mL"),
     R("?neurofilament light (NfL)", 13.2, "pg/mL", "pg/mL")],
    "B12, TSH and HbA1c computed normal ('normal below 5.7%' = ..5.7), homocysteine 'slightly high' stated and "
    "computed high; the research-only p-tau217 and NfL are measurements on the participant's plasma, so rows, with "
    "no catalog entry (?rows, printed names, null flags); the APOE genotype and amyloid PET are not disclosed (no "
    "value); not rows: MoCA 27/30, the ID, dates, 2028, the phone number; mIU/L = m[IU]/L; µmol/L = umol/L")

add("RS03", J("OAKRIDGE METABOLIC HEALTH STUDY - Visit 2 information    Participant ID OMH-1142",
              "Dear participant, your second visit is booked for Wednesday 9 April 2025 at 07:30 at the Clinical Research Facility, Level 3.",
              "Please fast from 21:30 the night before (water only). We will take 4 small tubes of blood (about 30 mL, or 2 tablespoons); you will then drink a 75 g glucose drink and we will take further samples at 30, 60, 90 and 120 minutes. We will also measure your height, weight, waist and blood pressure, and you will wear an activity monitor for 7 days.",
              "You will receive £50 for this visit plus travel expenses up to £15. Your Visit 1 results were posted to you on 3 February; the results of this visit will be posted within 8 weeks. Genetic results are not returned.",
              "Questions: study nurse Helen, 0117 496 0912."),
    "-",
    "No result: a visit-information letter; the 75 g glucose drink is the test's load, not a result, and the sampling "
    "times are a schedule; not rows: dates and times, level 3, 4 tubes, 30 mL, 2 tablespoons, 7 days, £50, £15, 8 "
    "weeks, the ID and phone number")

# ======================= 7. Dictated notes, transcribed by speech recognition (DT) =======================
add("DT01", J("Transcribed by speech recognition - dictated 03/20/2025 17:42 - unedited",
              "This is Dr. Felicia Marsh dictating a follow-up visit for Gerald Tunney, date of birth June 3rd 1956. Mr. Tunney is a 68-year-old gentleman with type 2 diabetes and CKD stage 3a here to go over labs drawn last Tuesday. His hemoglobin A1c is seven point four percent, down from eight point one in January period. Potassium for point nine, sodium one thirty-nine, creatinine 1.42 and eGFR fifty-one. Urine microalbumin to creatinine ratio 88 milligrams per gram, which is elevated. LDL sixty two. Next paragraph.",
              "Blood pressure 136 over 82, pulse 74, weight 212 pounds. Monofilament sensation intact at 10 out of 10 sites bilaterally.",
              "Plan: continue metformin 1000 milligrams twice daily, increase empagliflozin to 25 milligrams, recheck BMP in 4 weeks. End of dictation."),
    [R("hemoglobin-a1c", 7.4, "%", "%"),
     R("potassium", 4.9),
     R("sodium", 139),
     R("creatinine", 1.42),
     R("egfr", 51),
     R("microalbumin-creatinine-ratio", 88, "mg/g", "mg/g", printed="high"),
     R("ldl-cholesterol", 62)],
    "Values dictated in words are keyed as numbers: 'seven point four percent' 7.4 %, 'for point nine' is the "
    "recognizer's 'four point nine' (4.9), 'one thirty-nine' 139, 'fifty-one' 51, 'sixty two' 62; 'eight point one "
    "in January' is a previous result; potassium, sodium, creatinine, eGFR and LDL are dictated without a unit (no "
    "normalized value, null); the ACR 'which is elevated' is its stated high, 'milligrams per gram' = mg/g; the "
    "left-over commands 'period' and 'Next paragraph' are not text of the note; not rows: DOB, age 68, CKD stage 3a, "
    "BP, pulse, weight, 10 of 10 sites, metformin 1000 mg, empagliflozin 25 mg, 4 weeks, dates and times")

add("DT02", J("EMERGENCY DEPARTMENT NOTE - dictated with speech recognition, not proofread",
              "Chief complaint colon fever and flank pain. HPI: 63-year-old female with a history of diabetes presents with 2 days of right flank pain, rigors and dysuria. Triage vitals: temp 38.9, heart rate 112, blood pressure 96/58, respirations 22, sats 94% on room air. qSOFA 2.",
              "Labs: white count 14.2 with 88% neutrophils, hemoglobin twelve point eight, platelets 312. Potassium three point one, creatinine 1.6. Glucose 284. Troponin I less than 0.01. Lactic acid 2.6, and repeat after the 30 mL per kilo bolus was 1.4. UA with large leukocyte esterase and nitrite positive. Blood cultures times two pending.",
              "CT abdomen and pelvis without contrast shows right perinephric stranding, no stone, no hydro.",
              "Assessment: sepsis secondary to right pyelonephritis. Ceftriaxone 2 g IV given at 14:20. Admit to medicine, Dr. Pham accepting."),
    [R("white-blood-cell-count", 14.2),
     R("neutrophils", 88, "%", "%"),
     R("hemoglobin", 12.8),
     R("platelet-count", 312),
     R("potassium", 3.1),
     R("creatinine", 1.6),
     R("glucose", 284),
     R("troponin-i", 0.01, vt="<0.01"),
     R("lactate", 2.6),
     R("lactate", 1.4),
     R("leukocyte-esterase-urine", vt="large"),
     R("nitrite-in-urine", vt="positive")],
    "No value is dictated with a unit except the neutrophils' % (no normalized values), and no range (null flags); "
    "'twelve point eight' 12.8, 'three point one' 3.1; 'Troponin I less than 0.01' is a censored result keyed '<0.01' "
    "(no unit, so no normalized value); the two lactic acids (the catalog's lactate) are serial results of this "
    "visit, both rows (as keyed-prose-clinical's serial troponins); the dipstick results are word results; the blood "
    "cultures are pending; 'sats 94%' is pulse oximetry; not rows: age 63, 2 days, temp, heart rate, BP, respirations, "
    "qSOFA 2, 30 mL per kilo, ceftriaxone 2 g, 14:20, 'times two'")

add("DT03", J("Dictation - Men's Health Clinic, Dr. Owen Pruitt - new patient consult, Samuel Greer, 44",
              "He reports low energy and decreased libido for about 18 months. His morning testosterone was 268 nanograms per deciliter on March fourth and two hundred forty-one on March eighteenth, both drawn before 9 AM. Free testosterone was forty-one picograms per mil, which is low. SHBG twenty-two. LH two point one and FSH three point four, both inappropriately normal. Prolactin was thirty-one point six nanograms per milliliter, mildly elevated. Hematocrit 46 percent. PSA one point two.",
              "Exam: BMI 33, testicular volume 20 mL bilaterally on orchidometer.",
              "Plan: pituitary MRI, repeat prolactin fasting, and hold off on testosterone until the prolactin is sorted out. Follow up in 4 weeks. End of dictation."),
    [R("testosterone", 268, "ng/dL", "ng/dL"),
     R("testosterone", 241, "ng/dL", "ng/dL"),
     R("testosterone-free", 41, "pg/mL", "pg/mL", printed="low"),
     R("shbg", 22),
     R("luteinizing-hormone", 2.1, printed="normal"),
     R("follicle-stimulating-hormone", 3.4, printed="normal"),
     R("prolactin", 31.6, "ng/mL", "ng/mL", printed="high"),
     R("hematocrit", 46, "%", "%"),
     R("prostate-specific-antigen", 1.2)],
    "The two morning testosterone values are the work-up's two confirming draws (both rows); the unit dictated with "
    "the first ('268 nanograms per deciliter ... and two hundred forty-one') carries to the second value of the same "
    "analyte in the same sentence; 'forty-one picograms per mil' = 41 pg/mL, stated low; SHBG, LH, FSH and PSA are "
    "dictated without a unit (no normalized value); 'both inappropriately normal' states normal for LH and FSH "
    "(normal for the reference interval, inappropriate for the low testosterone); prolactin 'mildly elevated' high; "
    "hematocrit null (no range); the repeat prolactin and MRI are plans; not rows: age 44, 18 months, the dates, 9 AM, "
    "BMI 33, testicular volume 20 mL, 4 weeks")

# ======================= 8. Messages in Dutch, Swedish, Polish, Turkish and Spanish (IN) =======================
add("IN01", J("Bericht van uw huisarts via het patiëntenportaal - Huisartsenpraktijk De Linde (tel. 020 555 0134) - 14-03-2025",
              "Beste mevrouw Visser,",
              "De uitslagen van uw bloedonderzoek van 11 maart zijn binnen. Uw Hb is 7,1 mmol/l, dat is te laag (normaal 7,5-10,0). Het ferritine is 9 µg/l (laag). Het glucose nuchter is 5,4 mmol/l en het HbA1c 38 mmol/mol, beide goed. Uw TSH is 2,3 mU/l. De nierfunctie (eGFR) is >90.",
              "Ik heb ijzertabletten voorgeschreven: ferrofumaraat 200 mg, 1x per dag, af te halen bij Apotheek Noord. Over 3 maanden wil ik het Hb opnieuw controleren; u kunt hiervoor een labformulier ophalen bij de assistente.",
              "Met vriendelijke groet, dokter M. de Boer"),
    [R("hemoglobin", 7.1, "mmol/l", "g/dL", HGB_MMOL, printed="low", rng="7.5..10.0"),
     R("ferritin", 9, "µg/l", "ng/mL", printed="low"),
     R("glucose", 5.4, "mmol/l", "mg/dL", GLU_MMOL, printed="normal"),
     R("hemoglobin-a1c", 38, "mmol/mol", "%", A1C_IFCC, printed="normal"),
     R("thyroid-stimulating-hormone", 2.3, "mU/l", "m[IU]/L"),
     R("egfr", 90, vt=">90")],
    "Dutch GP portal message, decimal commas; Hb 'te laag (normaal 7,5-10,0)' gives range (in mmol/l) and flag; "
    "ferritine '(laag)' stated low; 'beide goed' states normal for glucose and HbA1c; TSH null (no range); eGFR '>90' "
    "is censored and prints no unit (no normalized value, null); 'Hb opnieuw controleren' is a plan; not rows: the "
    "phone number, dates, ferrofumaraat 200 mg, 1x per dag, 3 maanden; µg/l = ng/mL (ferritin); mU/l = m[IU]/L (TSH)")

add("IN02", J("Meddelande från Vårdcentralen Björkhagen via 1177 - 2025-04-08",
              "Hej Erik! Dina provsvar från 2025-04-02 har kommit. Blodvärdet (Hb) är 162 g/L och EVF 0,49, båda normala. P-Glukos (fastande) 6,6 mmol/L och HbA1c 49 mmol/mol är något förhöjda. Kreatinin 96 µmol/L och kalium 4,2 mmol/L är normala. LDL-kolesterol 3,9 mmol/L. PSA 1,1 µg/L.",
              "Ditt blodtryck var 142/90 vid besöket och BMI 29,4. Vi föreslår ett besök hos diabetessköterskan; ring 070-174 06 42 mellan 8 och 10. Nytt HbA1c om 3 månader.",
              "Med vänlig hälsning, distriktssköterska Anna Lund"),
    [R("hemoglobin", 162, "g/L", "g/dL", HGB_GL, printed="normal"),
     R("hematocrit", 0.49, printed="normal"),
     R("glucose", 6.6, "mmol/L", "mg/dL", GLU_MMOL, printed="high"),
     R("hemoglobin-a1c", 49, "mmol/mol", "%", A1C_IFCC, printed="high"),
     R("creatinine", 96, "µmol/L", "mg/dL", CREA_UMOL, printed="normal"),
     R("potassium", 4.2, "mmol/L", "mmol/L", printed="normal"),
     R("ldl-cholesterol", 3.9, "mmol/L", "mg/dL", CHOL_MMOL),
     R("prostate-specific-antigen", 1.1, "µg/L", "ng/mL")],
    "Swedish health-centre message, decimal commas; 'båda normala', 'något förhöjda' and 'är normala' are stated "
    "flags covering two results each; EVF (erytrocytvolymfraktion, the haematocrit) 0,49 prints no unit (the "
    "fraction's L/L is not written), so no normalized value; LDL and PSA null (no range, no word); 'Nytt HbA1c om 3 "
    "månader' is a plan; not rows: dates, BP, BMI 29,4, the phone number, hours 8-10; µg/L = ng/mL (PSA)")

add("IN03", J("Wiadomość z portalu pacjenta - Klinika Androlog+ (Kraków)    od: Tomasz W., 38 l.    10.03.2025 20:14",
              "Dzień dobry, przesyłam wyniki z 7 marca (pobranie o 8:15, na czczo): testosteron całkowity 2,41 ng/ml (norma 2,49–8,36) - zaznaczony jako niski, wolny testosteron 5,9 pg/ml (norma 8,69–54,69), SHBG 48,2 nmol/l, LH 3,1 mIU/ml, prolaktyna 11,4 ng/ml, hematokryt 45,3%, PSA 0,62 ng/ml. Poprzednie badanie w styczniu: testosteron 2,78 ng/ml.",
              "Biorę witaminę D 4000 j.m. i cynk 25 mg dziennie. Wzrost 182 cm, waga 94 kg. Czy kwalifikuję się do terapii? Mój numer telefonu: 555 201 334."),
    [R("testosterone", 2.41, "ng/ml", "ng/dL", T_NGML, printed="low", rng="2.49..8.36"),
     R("testosterone-free", 5.9, "pg/ml", "pg/mL", rng="8.69..54.69"),
     R("shbg", 48.2, "nmol/l", "nmol/L"),
     R("luteinizing-hormone", 3.1, "mIU/ml", "m[IU]/mL"),
     R("prolactin", 11.4, "ng/ml", "ng/mL"),
     R("hematocrit", 45.3, "%", "%"),
     R("prostate-specific-antigen", 0.62, "ng/ml", "ng/mL")],
    "Polish patient-portal message, decimal commas and en-dash ranges; total testosterone 'zaznaczony jako niski' "
    "(marked low) is a relayed printed flag and agrees with its range (kept in ng/ml); free testosterone computed "
    "low; the others print no range (null); 'Poprzednie badanie w styczniu: testosteron 2,78' is a previous result; "
    "'witamina D 4000 j.m.' and 'cynk 25 mg' are supplement doses; not rows: age 38, dates and times, height, weight, "
    "the phone number; mIU/ml = m[IU]/mL")

chk("IN04 HOMA-IR printed 4.8 = 104 x 18.6 / 405", 104 * 18.6 / 405, 4.8, 0.05)
add("IN04", J("[WhatsApp, 12.05.2025 21:47] Ayşe K.: Hocam merhaba, e-Nabız'a tahlil sonuçlarım düştü, yazıyorum: açlık kan şekeri 104 mg/dL, HbA1c %5,9, insülin 18,6 µIU/mL, HOMA-IR 4,8 yazıyor. B12 vitamini 162 pg/mL düşük çıkmış (normal 197-771), D vitamini 11,2 ng/mL, ferritin 14 ng/mL. TSH 3,42. Kilom 78, boyum 1,64. Metformin 500 mg başlamayı düşünüyor musunuz?",
              "[WhatsApp, 12.05.2025 21:52] Dr. Emre Y. Sekreterliği: Merhaba Ayşe Hanım, sonuçlarınızı hocamıza ilettik. Randevu için 0212 555 01 23'ü arayabilirsiniz."),
    [R("glucose", 104, "mg/dL", "mg/dL"),
     R("hemoglobin-a1c", 5.9, "%", "%"),
     R("insulin", 18.6, "µIU/mL", "u[IU]/mL"),
     R("homa-ir", 4.8, "", "{index}"),
     R("vitamin-b12", 162, "pg/mL", "pg/mL", printed="low", rng="197..771"),
     R("vitamin-d", 11.2, "ng/mL", "ng/mL"),
     R("ferritin", 14, "ng/mL", "ng/mL"),
     R("thyroid-stimulating-hormone", 3.42)],
    "Turkish WhatsApp message to a clinic, decimal commas and the percent sign before the number ('%5,9' = 5.9 %); "
    "'açlık kan şekeri' is the fasting glucose; HOMA-IR 'yazıyor' (it says) is copied from the result system, so a "
    "reported result ({index}); B12 'düşük çıkmış' (came out low) stated low and computed low; TSH prints no unit; "
    "the others null (no range); the secretary's reply holds no value; not rows: dates and times, weight 78, height "
    "1,64, metformin 500 mg, the phone number; µIU/mL = u[IU]/mL (insulin)")

add("IN05", J("CLÍNICA LONGEVIA (Madrid) - Resumen de teleconsulta    Paciente: Javier R. M., 51 años    Fecha: 03/06/2025    Duración: 25 min",
              "Revisamos la analítica del 27/05/2025: ApoB 128 mg/dL (elevada), Lp(a) 214 nmol/L (< 75), PCR ultrasensible 3,4 mg/L, glucosa basal 109 mg/dL (70-100), HbA1c 5,8 %, insulina basal 16,2 µUI/mL, triglicéridos 189 mg/dL, ácido úrico 7,4 mg/dL, GGT 64 U/L (alta) y plaquetas 245.000/µL.",
              "Prueba de esfuerzo: VO2máx 33,5 mL/kg/min (percentil 38). DEXA: grasa corporal 29,8 %, grasa visceral 1.240 g. TA 138/86 mmHg, perímetro abdominal 103 cm, IMC 29,1.",
              "Plan: rosuvastatina 10 mg/día y ezetimiba 10 mg; objetivo ApoB < 80 mg/dL. Valoramos semaglutida 0,25 mg semanal. Control analítico en 12 semanas. Cita: 91 555 01 77."),
    [R("apolipoprotein-b", 128, "mg/dL", "mg/dL", printed="high"),
     R("lipoprotein-a", 214, "nmol/L", "nmol/L", rng="..75"),
     R("hs-crp", 3.4, "mg/L", "mg/L"),
     R("glucose", 109, "mg/dL", "mg/dL", rng="70..100"),
     R("hemoglobin-a1c", 5.8, "%", "%"),
     R("insulin", 16.2, "µUI/mL", "u[IU]/mL"),
     R("triglycerides", 189, "mg/dL", "mg/dL"),
     R("uric-acid", 7.4, "mg/dL", "mg/dL"),
     R("gamma-glutamyl-transferase", 64, "U/L", "U/L", printed="high"),
     R("platelet-count", 245000, "/µL", "10*3/uL", PER_UL)],
    "Spanish longevity-clinic summary, decimal commas and a thousands dot (245.000 = 245,000; grasa visceral 1.240 "
    "g is 1,240 g and not a row); ApoB '(elevada)' and GGT '(alta)' are stated high; Lp(a) and glucose computed high "
    "against '(< 75)' and '(70-100)'; 'PCR ultrasensible' is hs-CRP (not a PCR test); 'objetivo ApoB < 80' is a "
    "target; the others null (no range); not rows: age 51, 25 min, dates, VO2máx and percentile, DEXA body fat and "
    "visceral fat, TA, waist, IMC 29,1, rosuvastatina and ezetimiba 10 mg, semaglutida 0,25 mg, 12 semanas, the phone "
    "number; µUI/mL = u[IU]/mL (insulin)")

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
