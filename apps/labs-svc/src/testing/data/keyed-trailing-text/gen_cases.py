#!/usr/bin/env python3
"""Writes keyed.tsv: result lines with text after the reference range. Data and conversion arithmetic only."""
import math, os

def sig3(x):
    if x == 0: return "0"
    d = 3 - int(math.floor(math.log10(abs(x)))) - 1
    r = round(x, d)
    return f"{r:.{max(d,0)}f}"

# factors to the catalog unit
CHOL = 386.65 / 10      # mmol/L -> mg/dL (cholesterol, 386.65 g/mol)
TG = 885.7 / 10         # mmol/L -> mg/dL (triglyceride as triolein, 885.7 g/mol)
GLU = 180.156 / 10      # mmol/L -> mg/dL
VITD = 400.64 / 1000    # nmol/L -> ng/mL
TESTO = 288.42 / 10     # nmol/L -> ng/dL
E2 = 272.38 / 1000      # pmol/L -> pg/mL
CREA = 113.12 / 10000   # umol/L -> mg/dL
A1C = lambda ifcc: 0.09148 * ifcc + 2.152  # IFCC mmol/mol -> NGSP % (NGSP/IFCC master equation)

S = "  "
def cols(*f, sep="    "): return sep.join(f)

rows = []
def add(id, line, bm, vt, flag, nv, nu, why, comment=""):
    assert "\t" not in line
    rows.append([id, line, bm, vt, flag, "" if nv is None else sig3(nv), nu if nv is not None else "", why, comment])

# ---------- B: interpretation bands after the range ----------
add("B01", cols("HbA1c", "5.9", "%", "4.0-5.6", "Prediabetes 5.7-6.4"), "hemoglobin-a1c", "", "high", 5.9, "%",
    "range=4.0..5.6; 5.9 > 5.6; 'Prediabetes 5.7-6.4' is an ADA interpretation band printed after the range, not the range (read as the range it would give 'low')",
    "Prediabetes 5.7-6.4")
add("B03", "Hemoglobin A1c: 6.8 % (Ref: <5.7) H  Diabetes: >=6.5 %", "hemoglobin-a1c", "", "high", 6.8, "%",
    "range=..5.7; printed H; 6.8 >= 5.7; 'Diabetes: >=6.5 %' is a diagnostic threshold, not a second range", "Diabetes: >=6.5 %")
add("B04", cols("HbA1c (IFCC)", "48", "mmol/mol", "20-41", "Pre-diabetes 42-47  Diabetes >=48"), "hemoglobin-a1c", "", "high", A1C(48), "%",
    "range=20..41; UK IFCC units; 48 > 41; NGSP % = 0.09148 x IFCC + 2.152 (NGSP/IFCC master equation) = 6.54 %; the bands are NICE/WHO thresholds (48 mmol/mol = 6.5 %)",
    "Pre-diabetes 42-47  Diabetes >=48")
add("B05", cols("Vitamin D, 25-Hydroxy", "24", "ng/mL", "30-100", "Deficiency <20  Insufficiency 20-29  Sufficiency 30-100  Toxicity >100"), "vitamin-d", "", "low", 24, "ng/mL",
    "range=30..100; 24 < 30; 'Insufficiency 20-29' is a band (read as the range it would give 'normal')",
    "Deficiency <20  Insufficiency 20-29  Sufficiency 30-100  Toxicity >100")
add("B06", cols("25-OH Vitamin D", "42", "nmol/L", "50-175", "Insufficiency 25-50  Deficiency <25"), "vitamin-d", "", "low", 42 * VITD, "ng/mL",
    "range=50..175; 42 < 50; nmol/L x 0.40064 (400.64 g/mol) = 16.8 ng/mL; UK bands after the range", "Insufficiency 25-50  Deficiency <25")
add("B07", cols("Vitamin D (25-OH)", "18.0", "ng/mL", "Deficiency: <20  Insufficiency: 20-29  Sufficiency: 30-100  Toxicity: >100"), "vitamin-d", "", "low", 18.0, "ng/mL",
    "range=30..100; no separate interval: the bands are the lab's interval column (Indian layout) and 'Sufficiency 30-100' is the normal state the lab flags against; 18 is Deficiency, below 30 (see README, uncertain)",
    "Deficiency: <20  Insufficiency: 20-29  Sufficiency: 30-100  Toxicity: >100")
add("B08", cols("LDL Cholesterol", "142", "mg/dL", "0-99", "Near optimal 100-129  Borderline high 130-159  High 160-189  Very high >=190"), "ldl-cholesterol", "", "high", 142, "mg/dL",
    "range=0..99; 142 > 99; NCEP ATP III bands after the range (142 is 'Borderline high' band, flag still from 0-99)",
    "Near optimal 100-129  Borderline high 130-159  High 160-189  Very high >=190")
add("B09", cols("Total Cholesterol", "195", "mg/dL", "Desirable: <200  Borderline High: 200-239  High: >=240"), "total-cholesterol", "", "normal", 195, "mg/dL",
    "range=..200; only NCEP bands printed (Indian layout): the 'Desirable' band is the lab's interval; 195 < 200",
    "Desirable: <200  Borderline High: 200-239  High: >=240")
add("B10", cols("Triglycerides", "160", "mg/dL", "<150", "Normal <150  Borderline high 150-199  High 200-499  Very high >=500"), "triglycerides", "", "high", 160, "mg/dL",
    "range=..150; 160 >= 150 (exclusive '<150')", "Normal <150  Borderline high 150-199  High 200-499  Very high >=500")
add("B11", cols("HDL Cholesterol", "38", "L", "mg/dL", ">=40", "Major risk factor <40  Negative risk factor >=60"), "hdl-cholesterol", "", "low", 38, "mg/dL",
    "range=40..; printed L; 38 < 40; '>=60' is the NCEP protective band, not an upper limit", "Major risk factor <40  Negative risk factor >=60")
add("B12", cols("Glucose, Fasting", "112", "mg/dL", "70-99", "Impaired fasting 100-125  Diabetes >=126"), "glucose", "", "high", 112, "mg/dL",
    "range=70..99; 112 > 99; ADA impaired-fasting band after the range", "Impaired fasting 100-125  Diabetes >=126")
add("B13", cols("Fasting Plasma Glucose", "6.4", "mmol/L", "3.0-6.0", "Impaired fasting glycaemia 6.1-6.9  Diabetes >=7.0"), "glucose", "", "high", 6.4 * GLU, "mg/dL",
    "range=3.0..6.0; 6.4 > 6.0; mmol/L x 18.0156 (180.156 g/mol) = 115 mg/dL; WHO IFG band", "Impaired fasting glycaemia 6.1-6.9  Diabetes >=7.0")
add("B14", cols("eGFR", "52", "mL/min/1.73m2", ">=60", "G3a 45-59  G3b 30-44  G4 15-29  G5 <15"), "egfr", "", "low", 52, "mL/min/{1.73_m2}",
    "range=60..; 52 < 60; KDIGO G-stages after the range (52 is G3a)", "G3a 45-59  G3b 30-44  G4 15-29  G5 <15")
add("B15", "eGFR: >90 mL/min/1.73m2 (Ref: >60)  CKD stage G1 if kidney damage present; interpret with ACR", "egfr", ">90", "normal", 90, "mL/min/{1.73_m2}",
    "range=60..; censored >90: every value allowed is above 60; normalized value is the bound, '>' kept in valueText",
    "CKD stage G1 if kidney damage present; interpret with ACR")
add("B16", cols("PSA, Total", "3.2", "ng/mL", "0.0-4.0", "Age-specific: 40-49 <2.5  50-59 <3.5  60-69 <4.5  70-79 <6.5"), "prostate-specific-antigen", "", "normal", 3.2, "ng/mL",
    "range=0.0..4.0; a single interval is printed first and 3.2 is inside; the age bands (Oesterling) are a note",
    "Age-specific: 40-49 <2.5  50-59 <3.5  60-69 <4.5  70-79 <6.5")
add("B17", cols("PSA", "3.2", "ng/mL", "40-49 yrs: <2.5  50-59 yrs: <3.5  60-69 yrs: <4.5  70-79 yrs: <6.5"), "prostate-specific-antigen", "", "null", 3.2, "ng/mL",
    "range=text; only age-specific intervals, patient age not on the line: 3.2 is high for 40-49 and normal for 50+",
    "40-49 yrs: <2.5  50-59 yrs: <3.5  60-69 yrs: <4.5  70-79 yrs: <6.5")
add("B18", cols("Testosterone, Total", "520", "ng/dL", "Male: 264-916  Female: 8-48"), "testosterone", "", "null", 520, "ng/dL",
    "range=text; two sex-specific intervals (M 264..916, F 8..48), sex unknown: normal for a man, high for a woman",
    "Male: 264-916  Female: 8-48")
add("B19", cols("Testosterone", "12.1", "nmol/L", "8.6-29.0", "Adult male"), "testosterone", "", "normal", 12.1 * TESTO, "ng/dL",
    "range=8.6..29.0; one interval, labelled for the population the lab chose for this patient; nmol/L x 28.842 (288.42 g/mol) = 349 ng/dL",
    "Adult male")
add("B20", cols("Estradiol", "180", "pg/mL", "Follicular 12.4-233  Ovulation 41-398  Luteal 22.3-341  Postmenopause <5-138"), "estradiol", "", "null", 180, "pg/mL",
    "range=text; cycle-phase intervals only, phase unknown: 180 is inside follicular/ovulation/luteal, above postmenopausal",
    "Follicular 12.4-233  Ovulation 41-398  Luteal 22.3-341  Postmenopause <5-138")
add("B21", "Oestradiol: 95 pmol/L (Ref: 41 - 159)  Adult male range", "estradiol", "", "normal", 95 * E2, "pg/mL",
    "range=41..159; British spelling of estradiol (not a catalog alias, same test); pmol/L x 0.27238 (272.38 g/mol) = 25.9 pg/mL",
    "Adult male range")
add("B22", cols("Ferritin", "18", "ng/mL", "13-150", "Iron deficiency likely if <30 (see note)"), "ferritin", "", "normal", 18, "ng/mL",
    "range=13..150; 18 inside the lab range; the <30 iron-deficiency threshold is an interpretive comment, not the interval",
    "Iron deficiency likely if <30 (see note)")
add("B23", cols("Ferritin", "250", "ug/L", "M: 30-400  F: 13-150"), "ferritin", "", "null", 250, "ng/mL",
    "range=text; sex-specific (M 30..400, F 13..150), sex unknown: normal for a man, high for a woman; ug/L = ng/mL",
    "M: 30-400  F: 13-150")
add("B24", cols("hs-CRP", "2.4", "mg/L", "<3.0", "Low risk <1.0  Average 1.0-3.0  High >3.0"), "hs-crp", "", "normal", 2.4, "mg/L",
    "range=..3.0; 2.4 < 3.0; AHA/CDC cardiovascular risk bands follow (2.4 = average risk), flag from the range",
    "Low risk <1.0  Average 1.0-3.0  High >3.0")
add("B25", cols("CRP, High Sensitivity", "4.1", "mg/L", "Low risk: <1.0  Average risk: 1.0-3.0  High risk: >3.0"), "hs-crp", "", "high", 4.1, "mg/L",
    "range=..1.0; only risk bands printed: the lowest-risk band taken as the interval, as for B07/B09; 4.1 is above every band bound (..3.0 would give the same flag)",
    "Low risk: <1.0  Average risk: 1.0-3.0  High risk: >3.0")
add("B26", cols("TSH", "3.1", "mIU/L", "0.27-4.20", "Pregnancy: 1st trimester 0.1-2.5  2nd 0.2-3.0  3rd 0.3-3.0"), "thyroid-stimulating-hormone", "", "normal", 3.1, "m[IU]/L",
    "range=0.27..4.20; the unlabelled adult interval comes first; trimester intervals (ATA 2011) are for pregnant patients and are a note; pregnancy not stated",
    "Pregnancy: 1st trimester 0.1-2.5  2nd 0.2-3.0  3rd 0.3-3.0")
add("B27", "TSH, 3rd Generation: 5.8 uIU/mL (Ref: 0.45 - 4.50) H  First trimester: 0.10 - 2.50", "thyroid-stimulating-hormone", "", "high", 5.8, "m[IU]/L",
    "range=0.45..4.50; printed H; uIU/mL = mIU/L", "First trimester: 0.10 - 2.50")

# ---------- P: other trailing text ----------
add("P01", cols("Creatinine", "1.1", "mg/dL", "0.6-1.2", "Previous: 0.9 (12/03/2024)"), "creatinine", "", "normal", 1.1, "mg/dL",
    "range=0.6..1.2; the previous result is not this result", "Previous: 0.9 (12/03/2024)")
add("P02", cols("Sodium", "131", "L", "mmol/L", "133-146", "Previous 137 (02-Jan-25)"), "sodium", "", "low", 131, "mmol/L",
    "range=133..146; printed L; previous value ignored", "Previous 137 (02-Jan-25)")
add("P03", cols("Potassium", "5.3", "mmol/L", "3.5-5.3", "Haemolysed sample - interpret with caution"), "potassium", "", "normal", 5.3, "mmol/L",
    "range=3.5..5.3; 5.3 equals the inclusive upper bound; the haemolysis comment is kept (it qualifies the value) but does not change the flag",
    "Haemolysed sample - interpret with caution")
add("P04", cols("Glucose", "98", "mg/dL", "70-99", "Hexokinase"), "glucose", "", "normal", 98, "mg/dL",
    "range=70..99; method name after the range", "Hexokinase")
add("P06", cols("GLUCOSE", "105", "H", "65-99", "mg/dL", "EN"), "glucose", "", "high", 105, "mg/dL",
    "range=65..99; Quest layout: flag before the range, unit after it, performing-site code 'EN' last; printed H", "EN")
add("P07", cols("Hemoglobin", "12.6", "L", "g/dL", "13.0-17.0", "01"), "hemoglobin", "", "low", 12.6, "g/dL",
    "range=13.0..17.0; printed L; Labcorp-style performing-lab code '01' after the range is no value or bound", "01")
add("P08", cols("ALT", "62", "U/L", "7-56", "H", "repeated"), "alanine-aminotransferase", "", "high", 62, "U/L",
    "range=7..56; printed H; 'repeated' = result confirmed on repeat", "repeated")
add("P10", cols("Vitamin B12", "180", "pg/mL", "200-900", "see note"), "vitamin-b12", "", "low", 180, "pg/mL",
    "range=200..900; 180 < 200; 'see note' refers to a comment elsewhere", "see note")
add("P11", cols("Free T4", "1.9", "ng/dL", "0.8-1.8", "(1)"), "free-t4", "", "high", 1.9, "ng/dL",
    "range=0.8..1.8; '(1)' is a footnote mark, not part of the range nor a value; 1.9 > 1.8", "(1)")
add("P12", cols("Hemoglobin A1c", "7.2", "%", "<5.7", "H", "(prev 7.8 %  10/2024)"), "hemoglobin-a1c", "", "high", 7.2, "%",
    "range=..5.7; printed H; previous 7.8 % is history, not the result", "(prev 7.8 %  10/2024)")
add("P13", cols("Serum Creatinine", "1.42", "mg/dL", "0.70 - 1.30", "Method: Jaffe kinetic"), "creatinine", "", "high", 1.42, "mg/dL",
    "range=0.70..1.30; Indian layout with the method after the range", "Method: Jaffe kinetic")
add("P14", cols("Platelet Count", "142", "10^3/uL", "150-400", "L", "Sysmex XN-1000"), "platelet-count", "", "low", 142, "10*3/uL",
    "range=150..400; printed L; analyser model number '1000' is no value", "Sysmex XN-1000")
add("P15", cols("Urea", "7.9", "H", "mmol/L", "( 2.5-7.8 )", "\u2020"), "urea", "", "high", 7.9 * 60.06 / 10, "mg/dL",
    "range=2.5..7.8; Australian layout; printed H; urea (not BUN) mmol/L x 6.006 (60.06 g/mol) = 47.4 mg/dL; dagger is a footnote mark", "\u2020")
add("P16", cols("Troponin T, High Sensitivity", "<6", "ng/L", "<14", "99th percentile URL; Elecsys"), "troponin-t", "<6", "normal", 6, "ng/L",
    "range=..14; censored <6 lies wholly below 14; normalized value is the bound with '<' kept in valueText", "99th percentile URL; Elecsys")

# ---------- K: ordinary controls ----------
add("K01", cols("Sodium", "140", "mmol/L", "135-145"), "sodium", "", "normal", 140, "mmol/L", "range=135..145; control")
add("K02", "Hemoglobin: 14.1 g/dL (Ref: 13.5 - 17.5)", "hemoglobin", "", "normal", 14.1, "g/dL", "range=13.5..17.5; control")
add("K04", cols("Glucose", "5.2", "mmol/L", "3.9-5.5"), "glucose", "", "normal", 5.2 * GLU, "mg/dL", "range=3.9..5.5; control; 5.2 x 18.0156 = 93.7 mg/dL")
add("K05", "LDL Cholesterol: 3.9 mmol/L (Ref: <3.0) H", "ldl-cholesterol", "", "high", 3.9 * CHOL, "mg/dL", "range=..3.0; control; printed H; 3.9 x 38.665 (386.65 g/mol) = 151 mg/dL")
add("K06", cols("Vitamin D", "75", "nmol/L", "50-150"), "vitamin-d", "", "normal", 75 * VITD, "ng/mL", "range=50..150; control; 75 x 0.40064 = 30.0 ng/mL")

# ---------- L: other languages ----------
add("L01", cols("Glucosa en ayunas", "118", "mg/dL", "70 - 100", "Glucosa alterada en ayunas: 100-125"), "glucose", "", "high", 118, "mg/dL",
    "range=70..100; Spanish 'fasting glucose' (not a catalog alias, same test); impaired-fasting band after the range", "Glucosa alterada en ayunas: 100-125")
add("L02", "Colesterol total: 215 mg/dL (VR: < 200)  Deseable <200  Limítrofe alto 200-239  Alto >=240", "total-cholesterol", "", "high", 215, "mg/dL",
    "range=..200; Spanish (VR = valor de referencia); 215 >= 200", "Deseable <200  Limítrofe alto 200-239  Alto >=240")
add("L03", cols("Hemoglobina glicada (HbA1c)", "6,1", "%", "4,0 a 5,6", "Pré-diabetes: 5,7 a 6,4"), "hemoglobin-a1c", "", "high", 6.1, "%",
    "range=4.0..5.6; Brazilian: decimal comma and 'a' as range separator; 6.1 > 5.6", "Pré-diabetes: 5,7 a 6,4")
add("L04", cols("25-OH Vitamina D", "22,5", "ng/mL", "> 20", "Grupos de risco: 30 a 60"), "vitamin-d", "", "normal", 22.5, "ng/mL",
    "range=20..; Brazilian SBPC/ML 2017 interval '> 20' for the healthy population; the 30-60 target for risk groups is a note", "Grupos de risco: 30 a 60")
add("L05", cols("Cholesterin gesamt", "6,2", "mmol/l", "< 5,2", "H", "Vorwert: 5,8 (03.2024)"), "total-cholesterol", "", "high", 6.2 * CHOL, "mg/dL",
    "range=..5.2; German; printed H; 'Vorwert' = previous value; 6.2 x 38.665 = 240 mg/dL", "Vorwert: 5,8 (03.2024)")
add("L06", cols("TSH basal", "1,85", "mU/l", "0,27 - 4,20", "ECLIA"), "thyroid-stimulating-hormone", "", "normal", 1.85, "m[IU]/L",
    "range=0.27..4.20; German; mU/l = mIU/L; method (electrochemiluminescence) after the range", "ECLIA")
add("L07", cols("Glycémie à jeun", "1,12", "g/L", "0,70 - 1,00", "Hyperglycémie modérée à jeun : 1,10 - 1,25"), "glucose", "", "high", 112, "mg/dL",
    "range=0.70..1.00; French; g/L x 100 = mg/dL; the 1.10-1.25 band (impaired fasting glycaemia) is a note", "Hyperglycémie modérée à jeun : 1,10 - 1,25")
add("L08", cols("Créatinine", "85", "µmol/L", "59 - 104", "Antériorité : 78 µmol/L (12/02/2024)"), "creatinine", "", "normal", 85 * CREA, "mg/dL",
    "range=59..104; French; 'Antériorité' = previous result; 85 x 0.011312 (113.12 g/mol) = 0.962 mg/dL", "Antériorité : 78 µmol/L (12/02/2024)")
add("L09", cols("Testosterona total", "3,1", "ng/mL", "Hombres: 2,8 - 8,0", "Mujeres: 0,06 - 0,82"), "testosterone", "", "null", 310, "ng/dL",
    "range=text; Spanish; sex-specific (hombres 2.8..8.0, mujeres 0.06..0.82), sex unknown; ng/mL x 100 = ng/dL",
    "Hombres: 2,8 - 8,0    Mujeres: 0,06 - 0,82")

# ---------- N: no result ----------
add("N01", "                Desirable <200  Borderline high 200-239  High >=240", "-", "", "null", None, "",
    "range=text; continuation of the previous line's bands, no analyte or result (belongs as a note to the line above)")
add("N02", "Previous result: 6.8 % (14/08/2024)", "-", "", "null", None, "",
    "range=text; a previous result printed on its own line is history, not a result of this report")
add("N03", cols("Test Name", "Result", "Flag", "Units", "Reference Interval", "Lab"), "-", "", "null", None, "",
    "range=text; column header")

hdr = ["id", "line", "biomarker", "valueText", "flag", "normalizedValue", "normalizedUnit", "why", "comment"]
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "keyed.tsv")
with open(out, "w", encoding="utf-8") as f:
    f.write("\t".join(hdr) + "\n")
    for r in rows:
        assert len(r) == 9 and all("\t" not in c and "\n" not in c for c in r), r
        f.write("\t".join(r) + "\n")
print(len(rows), "rows")
