#!/usr/bin/env python3
"""Writes keyed.tsv: result lines whose only 'range' is a set of guideline tiers. Data and unit arithmetic only.

Columns: id, line, expected, why.  `expected` is `-` (no result) or rows `biomarker|valueText|flag|normalizedValue|
normalizedUnit|range` joined by ' ;; '.  `range` is `text` (tiers kept as text, no bounds), `low..high` (a real
interval, an empty side for an open bound) or empty (the row has no range of its own).  Multi-line cases are written
with the two characters backslash-n between lines.
"""
import math, os

def sig3(x):
    if x == 0: return "0"
    d = 3 - int(math.floor(math.log10(abs(x)))) - 1
    return f"{round(x, d):.{max(d, 0)}f}"

# factors to the catalog's ucumUnit, from the catalog's molar masses
CHOL = 386.65 / 10      # mmol/L -> mg/dL (cholesterol 386.65 g/mol; total, LDL, HDL, non-HDL)
TG = 885.7 / 10         # mmol/L -> mg/dL (triglycerides 885.7 g/mol)
GLU = 180.156 / 10      # mmol/L -> mg/dL (glucose 180.156 g/mol)
VITD = 400.64 / 1000    # nmol/L -> ng/mL (25-OH vitamin D 400.64 g/mol)
A1C = lambda ifcc: 0.09148 * ifcc + 2.152   # IFCC mmol/mol -> NGSP % (NGSP/IFCC master equation)

EGFR_U = "mL/min/{1.73_m2}"
NL = "\\n"   # the two characters backslash, n

def row(bm, value=None, unit="", flag="null", rng="text", vt=""):
    nv = "" if value is None else sig3(value)
    return f"{bm}|{vt}|{flag}|{nv}|{unit if value is not None else ''}|{rng}"

def J(*lines): return NL.join(lines)
def C(*fields): return "  ".join(fields)

cases = []
def add(id, line, expected, why):
    exp = expected if isinstance(expected, str) else " ;; ".join(expected)
    for f in (line, exp, why): assert "\t" not in f and "\n" not in f, id
    cases.append((id, line, exp, why))

VD_T = "Deficiency: <20  Insufficiency: 20-29  Sufficiency: 30-100"
TC_T = "Desirable: <200  Borderline High: 200-239  High: >=240"
CRP_T = "Low risk: <1.0  Average risk: 1.0-3.0  High risk: >3.0"
A1C_T = "Normal: <5.7  Prediabetes: 5.7-6.4  Diabetes: >=6.5"

# ============ P: a result followed by tiers alone ============
add("P01", C("Vitamin D (25-OH)", "18.0", "ng/mL", VD_T), row("vitamin-d", 18.0, "ng/mL"),
    "range=text; Endocrine Society 2011 vitamin D status tiers, no reference interval printed; no flag printed so null although 18 is in the Deficiency tier")
add("P02", C("Total Cholesterol", "195", "mg/dL", TC_T), row("total-cholesterol", 195, "mg/dL"),
    "range=text; NCEP ATP III total-cholesterol tiers only (Indian 'Bio. Ref. Interval' layout); no printed flag")
add("P03", C("hs-CRP", "4.1", "mg/L", CRP_T), row("hs-crp", 4.1, "mg/L"),
    "range=text; AHA/CDC 2003 cardiovascular-risk tiers; no printed flag, so null even though 4.1 is in the high-risk tier")
add("P04", C("HDL", "45", "mg/dL", "Low <40", "Optimal >=60"), row("hdl-cholesterol", 45, "mg/dL"),
    "range=text; NCEP ATP III HDL tiers (<40 low = major risk factor, >=60 protective); 'Low' is a tier label after the unit, not a flag")
add("P05", C("Triglycerides", "210", "H", "mg/dL", "Normal <150", "Borderline high 150-199", "High 200-499", "Very high >=500"),
    row("triglycerides", 210, "mg/dL", "high"),
    "range=text; NCEP ATP III triglyceride tiers (4 tiers); flag is the printed H between value and unit")
add("P06", C("Non-HDL Cholesterol", "168", "mg/dL", "Desirable < 130, Above desirable 130 - 159, Borderline high 160 - 189, High 190 - 219, Very high >= 220"),
    row("non-hdl-cholesterol", 168, "mg/dL"),
    "range=text; NLA 2014 non-HDL-C tiers, comma-separated with spaced hyphens; no printed flag")
add("P07", C("25-Hydroxyvitamin D", "45", "nmol/L", "Deficiency: <50 nmol/L; Insufficiency: 50-74 nmol/L; Sufficiency: 75-250 nmol/L"),
    row("vitamin-d", 45 * VITD, "ng/mL"),
    "range=text; Endocrine Society tiers in SI units, semicolon-separated with the unit repeated; 45 nmol/L x 0.40064 (400.64 g/mol) = 18.0 ng/mL")
add("P08", C("HbA1c (IFCC)", "53", "mmol/mol", "Non-diabetic <42 | Pre-diabetes 42-47 | Diabetes ≥48"),
    row("hemoglobin-a1c", A1C(53), "%"),
    "range=text; NICE/WHO IFCC tiers, pipe-separated with the ≥ sign; NGSP % = 0.09148 x 53 + 2.152 = 7.00 % (NGSP/IFCC master equation)")
add("P09", C("Glucose, Fasting", "104", "mg/dL", "Normal: 70-99", "Prediabetes: 100-125", "Diabetes: ≥126"),
    row("glucose", 104, "mg/dL"),
    "range=text; ADA fasting-glucose tiers; 'Normal: 70-99' is the first tier, not a separately printed reference interval, so no bounds and no computed flag (uncertain, see README)")
add("P10", C("eGFR", "52", "mL/min/1.73m2", "G1 ≥90", "G2 60-89", "G3a 45-59", "G3b 30-44", "G4 15-29", "G5 <15"),
    row("egfr", 52, EGFR_U),
    "range=text; KDIGO 2012 GFR categories G1-G5 (the digits in G3a etc. are labels); no printed flag; unit already the catalog's")
add("P11", C("Lipoprotein(a)", "112", "nmol/L", "Low risk <75", "Grey zone 75-125", "High risk >125"),
    row("lipoprotein-a", 112, "nmol/L"),
    "range=text; EAS 2022 consensus Lp(a) tiers in nmol/L; no printed flag")
add("P12", C("Lp(a)", "48", "mg/dL", "Desirable: <30", "Borderline: 30-50", "High: >50"),
    row("lipoprotein-a", None),
    "range=text; EAS mass tiers (<30 / >50 mg/dL); catalog unit is nmol/L and catalog v9 gives Lp(a) no mass-to-molar factor (isoform-dependent), so normalizedValue/unit are empty (uncertain, see README)")
add("P13", C("Apolipoproteína B", "1,15", "g/L", "Deseable: <0,90", "Límite alto: 0,90-1,19", "Alto: ≥1,20"),
    row("apolipoprotein-b", 115, "mg/dL"),
    "range=text; Spanish ApoB tiers with decimal commas; 1.15 g/L x 100 = 115 mg/dL; Spanish name of ApoB, not a catalog alias")
add("P14", C("Homocysteine", "16.2", "High", "µmol/L", "Normal: 5-15", "Moderate: 16-30", "Intermediate: 31-100", "Severe: >100"),
    row("homocysteine", 16.2, "umol/L", "high"),
    "range=text; classic hyperhomocysteinaemia tiers (Kang/Malinow); the word High between value and unit is the printed flag; µmol/L = umol/L")
add("P15", C("Colesterol total", "232", "mg/dL", "Deseable <200", "Límite alto 200-239", "Alto ≥240"),
    row("total-cholesterol", 232, "mg/dL"),
    "range=text; NCEP ATP III tiers in Spanish without colons; no printed flag")
add("P16", C("LDL-Colesterol", "128", "mg/dL", "Baixo risco: < 130", "Risco intermediário: < 100", "Alto risco: < 70", "Muito alto risco: < 50"),
    row("ldl-cholesterol", 128, "mg/dL"),
    "range=text; Brazilian 2017 dyslipidaemia guideline LDL targets by risk category (Portuguese); no printed flag")
add("P17", C("25-Hidroxivitamina D", "24,5", "ng/mL", "Desejável (população saudável): > 20", "Grupos de risco: 30 a 60", "Risco de toxicidade: > 100"),
    row("vitamin-d", 24.5, "ng/mL"),
    "range=text; SBPC/ML 2017 Brazilian vitamin D tiers with decimal comma and 'a' for the dash; no printed flag")
add("P18", C("Cholesterin gesamt", "5,9", "mmol/l", "wünschenswert: < 5,2", "grenzwertig: 5,2 - 6,2", "erhöht: > 6,2"),
    row("total-cholesterol", 5.9 * CHOL, "mg/dL"),
    "range=text; German tiers (wünschenswert/grenzwertig/erhöht) in mmol/l; 5.9 x 38.665 (386.65 g/mol) = 228 mg/dL; 'erhöht' is a tier label, no flag printed")
add("P19", C("Vitamine D (25-OH)", "32", "nmol/L", "Carence : < 25", "Insuffisance : 25 - 75", "Souhaitable : 75 - 250"),
    row("vitamin-d", 32 * VITD, "ng/mL"),
    "range=text; French vitamin D tiers with the French space before the colon; 32 nmol/L x 0.40064 = 12.8 ng/mL")
add("P20", C("Vitamina D 25-OH", "14,2", "L", "ng/mL", "Deficiencia: <20 ; Insuficiencia: 20-29 ; Suficiencia: 30-100 ; Toxicidad: >100"),
    row("vitamin-d", 14.2, "ng/mL", "low"),
    "range=text; Spanish Endocrine Society tiers; decimal comma; printed L between value and unit")
add("P21", "Total Cholesterol: 241 mg/dL (Desirable: <200; Borderline: 200-239; High: >=240)",
    row("total-cholesterol", 241, "mg/dL"),
    "range=text; inline NCEP ATP III tiers in parentheses; no printed flag (241 is in the High tier, but that is the tier, not a flag)")
add("P22", "LDL-C: 165 mg/dL H (Optimal: <100; Near optimal: 100-129; Borderline high: 130-159; High: 160-189; Very high: ≥190)",
    row("ldl-cholesterol", 165, "mg/dL", "high"),
    "range=text; inline NCEP ATP III LDL tiers (5); printed H after the unit, before the parenthesis")
add("P23", C("Vitamin D, 25-Hydroxy", "↓ 12.4", "ng/mL", "Deficient ≤20", "Insufficient 21 - 29", "Sufficient ≥30"),
    row("vitamin-d", 12.4, "ng/mL", "low"),
    "range=text; Endocrine Society 2011 wording (≤20, 21-29, ≥30); printed down arrow before the value -> low")
add("P24", C("hs-CRP", "0.6", "mg/L", "High risk >3.0", "Average risk 1.0 to 3.0", "Low risk <1.0"),
    row("hs-crp", 0.6, "mg/L"),
    "range=text; AHA/CDC tiers printed worst first with 'to'; no printed flag")
add("P25", C("CRP, High Sensitivity", "0.42", "mg/dL", "Low risk: <0.10", "Average risk: 0.10-0.30", "High risk: >0.30"),
    row("hs-crp", 4.2, "mg/L"),
    "range=text; AHA/CDC tiers in mg/dL (1.0/3.0 mg/L); 0.42 mg/dL x 10 = 4.20 mg/L; no printed flag")
add("P26", C("Triglycerides", "2.10 *", "mmol/L", "Normal <1.7; Borderline high 1.7-2.2; High 2.3-5.6; Very high >5.6"),
    row("triglycerides", 2.10 * TG, "mg/dL", "abnormal"),
    "range=text; NCEP ATP III tiers in mmol/L; 2.10 x 88.57 (885.7 g/mol) = 186 mg/dL; a printed asterisk marks the result abnormal without a direction")
add("P27", C("HDL Cholesterol", "34", "Low", "mg/dL", "Low: <40", "Normal: 40-59", "High (protective): ≥60"),
    row("hdl-cholesterol", 34, "mg/dL", "low"),
    "range=text; NCEP ATP III HDL tiers; the Low between value and unit is the printed flag, the Low after the unit is a tier label")
add("P28", C("Omega-3 Index", "5.1", "%", "Undesirable: <4%", "Intermediate: 4-8%", "Desirable: >8%"),
    row("omega-3-index", 5.1, "%"),
    "range=text; Harris & von Schacky 2004 omega-3 index risk zones with % repeated; no printed flag")
add("P29", C("Cholesterol/HDL Ratio", "4.8", "Low risk 3.3-4.4 | Average risk 4.4-7.1 | Moderate risk 7.1-11.0 | High risk >11.0"),
    row("cholesterol-hdl-ratio", 4.8, "{ratio}"),
    "range=text; Castelli TC/HDL risk tiers as Indian labs print them, no unit on the line (a ratio); no printed flag")
add("P30", C("LDL Particle Number", "1450", "nmol/L", "Low <1000", "Moderate 1000-1299", "Borderline-High 1300-1599", "High 1600-2000", "Very High >2000"),
    row("ldl-particle-number", 1450, "nmol/L"),
    "range=text; NMR LipoProfile LDL-P population tiers (5); no printed flag")
add("P31", C("Glucose (Fasting)", "5.9", "mmol/L", "Normal: 3.9-5.5 mmol/L", "Prediabetes: 5.6-6.9 mmol/L", "Diabetes: ≥7.0 mmol/L"),
    row("glucose", 5.9 * GLU, "mg/dL"),
    "range=text; ADA tiers in mmol/L with the unit repeated; 5.9 x 18.0156 (180.156 g/mol) = 106 mg/dL; no printed flag")
add("P32", C("Glycated Haemoglobin", "6.8 ↑", "%", "Non-diabetic: <5.7%", "Pre-diabetic: 5.7-6.4%", "Diabetic: ≥6.5%"),
    row("hemoglobin-a1c", 6.8, "%", "high"),
    "range=text; ADA tiers with % glued to the bounds; printed up arrow after the value -> high")
add("P33", C("Total Cholesterol", "182", "mg/dL", "High: >=240", "Borderline High: 200-239", "Desirable: <200"),
    row("total-cholesterol", 182, "mg/dL"),
    "range=text; NCEP ATP III tiers printed worst first, so the word after the unit is the tier label 'High:', not a flag -> null")
add("P34", C("Vitamin D3", "31.5", "ng/mL", VD_T),
    row("vitamin-d", 31.5, "ng/mL"),
    "range=text; 'Vitamin D3' is a catalog alias of vitamin-d; the 3 belongs to the name and the value is 31.5; Endocrine Society tiers")
add("P35", C("Vitamin B12", "245", "pg/mL", "Deficient: <200", "Borderline: 200-300", "Normal: >300"),
    row("vitamin-b12", 245, "pg/mL"),
    "range=text; common B12 status tiers (deficient <200, borderline 200-300 pg/mL); no printed flag")
add("P36", C("Vitamin D", "45", "nmol/L", "Deficiency: <20 ng/mL", "Insufficiency: 20-29 ng/mL", "Sufficiency: 30-100 ng/mL"),
    row("vitamin-d", 45 * VITD, "ng/mL"),
    "range=text; the tiers are the analyte's but printed in ng/mL while the result is in nmol/L: kept as text, never compared; 45 x 0.40064 = 18.0 ng/mL")
# controls: a real interval AND tiers (at most 3)
add("P37", C("Vitamin D, 25-Hydroxy", "24", "ng/mL", "30-100", VD_T),
    row("vitamin-d", 24, "ng/mL", "low", "30..100"),
    "range=30..100; CONTROL: an unlabelled interval precedes the Endocrine Society tiers, so it is the reference interval; 24 < 30 -> low")
add("P38", C("LDL Cholesterol", "112", "mg/dL", "0-99", "Near optimal: 100-129", "Borderline high: 130-159", "High: 160-189"),
    row("ldl-cholesterol", 112, "mg/dL", "high", "0..99"),
    "range=0..99; CONTROL: interval 0-99 then NCEP tiers; 112 > 99 -> high")
add("P39", C("hs-CRP", "2.4", "mg/L", "<3.0", CRP_T),
    row("hs-crp", 2.4, "mg/L", "normal", "..3.0"),
    "range=..3.0; CONTROL: the unlabelled '<3.0' is the interval, the AHA/CDC tiers follow; 2.4 < 3.0 -> normal (taking 'Low risk <1.0' would give high)")

# ============ N: not a result, or must not take the tiers ============
add("N01", C("Vitamin D", "ng/mL", VD_T), "-",
    "range=none; a reference table row: name, unit and Endocrine Society tiers with no patient value; 20/29/30/100 are tier bounds")
add("N02", C("Total Cholesterol (mg/dL)", "Desirable <200", "Borderline 200-239", "High >=240"), "-",
    "range=none; NCEP ATP III guidance row with the unit in the name; no patient value")
add("N03", C("TRIGLYCERIDES", "< 150", "150 - 199", "200 - 499", ">= 500"), "-",
    "range=none; row of a lipid guidance table (columns Desirable/Borderline/High/Very high): '< 150' is the desirable tier's bound, not a censored result, and there is no unit")
add("N04", C("HDL Cholesterol", "Low", "< 40", "High", ">= 60"), "-",
    "range=none; NCEP HDL tier row: 'Low' and 'High' are tier labels, not flags, and '< 40' is a bound, not a censored result")
add("N05", C("HbA1c (2)", A1C_T), "-",
    "range=none; a footnote-numbered guidance row (ADA tiers); (2) is the footnote mark, not a value")
add("N06", C("VITAMIN D STATUS", "Deficiency <20", "Insufficiency 20-29", "Sufficiency 30-100", "Toxicity >100"), "-",
    "range=none; a heading followed by the tiers; no value, no unit")
add("N07", "Interpretation (NCEP ATP III): Total Cholesterol Desirable < 200, Borderline High 200 - 239, High >= 240", "-",
    "range=none; an interpretation sentence; every number is a tier bound (and III is the guideline's edition)")
add("N08", C("Vitamin D3", "50000 IU", "weekly"), "-",
    "range=none; a prescribed dose (cholecalciferol 50,000 IU weekly), not a serum level: 25-OH vitamin D is never reported in IU, although 'Vitamin D3' is a catalog alias")
add("N09", "Suggested supplementation: Deficiency (<20 ng/mL): Vitamin D3 60,000 IU weekly x 8 weeks; Insufficiency (20-29 ng/mL): 1000-2000 IU daily", "-",
    "range=none; a supplement recommendation keyed to the tiers: doses and tier bounds, no result")
add("N10", C("ADA 2024 criteria", "HbA1c", "Normal <5.7", "Prediabetes 5.7-6.4", "Diabetes >=6.5"), "-",
    "range=none; a guideline citation: 2024 is the Standards of Care year, not a value")
add("N11", C("HbA1c", "03/2024", "Normal <5.7", "Prediabetes 5.7-6.4", "Diabetes >=6.5"), "-",
    "range=none; a date (March 2024) stands where a value would be, with no unit; an empty cumulative cell, no result")
add("N12", C("Vitamin D 3", VD_T), "-",
    "range=none; 'Vitamin D 3' is a name (D3) followed by tiers; the 3 is part of the name, not a value")
add("N13", C("Vitamin D 3", "24", "ng/mL", VD_T),
    row("vitamin-d", 24, "ng/mL"),
    "range=text; the 3 belongs to the name (D3, catalog alias 'Vitamin D3' with a space), the value is 24, the tiers are its range text; no printed flag")
add("N14", C("Calcium", "9.1", "mg/dL", "Desirable: <200", "Borderline High: 200-239"),
    row("calcium", 9.1, "mg/dL", "null", ""),
    "range=none; the calcium value is real but the tiers are total cholesterol's (NCEP wording, mg/dL bounds 20x any calcium), a column spill from the next row: keep the calcium, drop the tiers, no flag")
add("N15", C("Glucose", "95", "mg/dL", CRP_T),
    row("glucose", 95, "mg/dL", "null", ""),
    "range=none; the glucose is a result but the tiers are hs-CRP's (AHA/CDC 1.0/3.0 mg/L): no glucose tier scale is 1-3 mg/dL, so the row keeps no range and no flag")
add("N16", C("PSA", "2.9", "ng/mL", "40-49 yrs: <2.5", "50-59 yrs: <3.5", "60-69 yrs: <4.5", "70-79 yrs: <6.5"),
    row("prostate-specific-antigen", 2.9, "ng/mL"),
    "range=text; age-specific PSA limits (Oesterling 1993): 40-49 etc. are age labels, not a range or a value; patient age not on the line, so null")
add("N17", C("PSA (ng/mL)", "Age 40-49: 0-2.5", "Age 50-59: 0-3.5", "Age 60-69: 0-4.5", "Age 70-79: 0-6.5"), "-",
    "range=none; an age-tier table row with no patient value; 40 is an age")
add("N18", C("TSH (mIU/L)", "1st trimester", "0.1-2.5", "2nd trimester", "0.2-3.0", "3rd trimester", "0.3-3.0"), "-",
    "range=none; ATA 2011 trimester intervals with no value; the 1/2/3 of the trimester labels are not results")
add("N19", C("TSH", "2.8", "mIU/L", "First trimester: 0.1-2.5", "Second trimester: 0.2-3.0", "Third trimester: 0.3-3.0"),
    row("thyroid-stimulating-hormone", 2.8, "m[IU]/L"),
    "range=text; only pregnancy-trimester intervals (ATA 2011), pregnancy not stated: kept as text, no flag; mIU/L = m[IU]/L")
add("N20", "Glucose  95  mg/dL  70-99        Vitamin D  18.0  ng/mL  Deficiency: <20  Insufficiency: 20-29",
    [row("glucose", 95, "mg/dL", "normal", "70..99"), row("vitamin-d", 18.0, "ng/mL")],
    "range=70..99 then text; two result columns on one line: glucose 95 within 70-99 -> normal; vitamin D with tiers only -> text, null")
add("N21", "HDL Cholesterol  52  mg/dL  >40        hs-CRP  2.2  mg/L  Low risk <1.0  Average risk 1.0-3.0  High risk >3.0",
    [row("hdl-cholesterol", 52, "mg/dL", "normal", "40.."), row("hs-crp", 2.2, "mg/L")],
    "range=40.. then text; two columns: HDL 52 > 40 -> normal against its interval; hs-CRP with AHA/CDC tiers only -> text, null")
add("N22", "Total Cholesterol  215  mg/dL  Desirable <200  Borderline High 200-239  High >=240        Triglycerides  95  mg/dL  Normal <150  Borderline High 150-199  High 200-499",
    [row("total-cholesterol", 215, "mg/dL"), row("triglycerides", 95, "mg/dL")],
    "range=text, text; two columns, each a result with its own NCEP tiers; neither takes the other's tiers; no flags printed")
add("N23", C("Borderline High: 200-239", "High: >=240", "Very High: >=500"), "-",
    "range=none; a continuation line of tiers with no name and no value")
add("N24", C("G3a", "45-59", "Mildly to moderately decreased"), "-",
    "range=none; a KDIGO GFR-category table row: G3a is a category label (its 3 is not a value) and 45-59 the category's bounds")
add("N25", "Note: Lp(a) 75 nmol/L corresponds approximately to 30 mg/dL; values above 125 nmol/L indicate high risk", "-",
    "range=none; an explanatory note equating the EAS thresholds in two units; 75 nmol/L is a threshold, not the patient's Lp(a)")
add("N26", "HbA1c 6.5 % corresponds to an estimated average glucose of 140 mg/dL (ADA)", "-",
    "range=none; the ADA eAG conversion note (28.7 x 6.5 - 46.7 = 140); neither number is the patient's")
add("N27", C("LDL-C goals (ESC/EAS 2019)", "Very high risk <55", "High risk <70", "Moderate risk <100", "Low risk <116", "mg/dL"), "-",
    "range=none; treatment goals by risk category with the guideline year; no patient value")
add("N28", C("Lipoprotein(a)", "Pending", "nmol/L", "<75 Desirable", "75-125 Borderline", ">125 High"), "-",
    "range=none; result pending, so no value; '<75' (bound first, label after) is a tier, not a censored result")
add("N29", C("LIPID PROFILE", "Result", "Units", "Desirable", "Borderline High", "High"), "-",
    "range=none; a column-header line naming tier columns")

# ============ M: multi-line snippets ============
add("M01", J("Vitamin D, 25-Hydroxy  18.0  ng/mL", "    Deficiency       <20", "    Insufficiency    20-29", "    Sufficiency      30-100"),
    row("vitamin-d", 18.0, "ng/mL"),
    "range=text; the indented tiers under the result are its wrapped 'Bio. Ref. Interval' cell (same analyte, no new name): they are its range text, not rows; no flag")
add("M02", J("Test  Result  Unit  Bio. Ref. Interval",
             C("Total Cholesterol", "224", "mg/dL", TC_T),
             C("Triglycerides", "180", "mg/dL", "Normal: <150  Borderline High: 150-199  High: 200-499  Very High: >=500"),
             C("HDL Cholesterol", "38", "mg/dL", "Low: <40  High: >=60")),
    [row("total-cholesterol", 224, "mg/dL"), row("triglycerides", 180, "mg/dL"), row("hdl-cholesterol", 38, "mg/dL")],
    "range=text x3; header then three NCEP ATP III tier-only rows (Indian layout); no flags printed, so all null; the header is no row")
add("M03", J("Test  Current 12/05/2025  Previous 08/01/2025  Units  Interpretation",
             C("LDL Cholesterol", "128", "141", "mg/dL", "Optimal <100  Near optimal 100-129  Borderline high 130-159")),
    row("ldl-cholesterol", 128, "mg/dL"),
    "range=text; cumulative layout: 128 is the current column, 141 the previous result (history, not a row of this report); NCEP tiers, no flag")
add("M04", J("LIPID PROFILE", C("Total Cholesterol", "186", "mg/dL"), C("Triglycerides", "122", "mg/dL"),
             C("NCEP ATP III classification", "Desirable", "Borderline High", "High"),
             C("Total Cholesterol", "<200", "200-239", ">=240"), C("Triglycerides", "<150", "150-199", "200-499")),
    [row("total-cholesterol", 186, "mg/dL", "null", ""), row("triglycerides", 122, "mg/dL", "null", "")],
    "range=none x2; two results without ranges, then a separate NCEP guidance table whose rows ('<200  200-239') are not censored results and are not linked back to the results (uncertain, see README)")
add("M05", J("Parameter  Ergebnis  Einheit  Beurteilung",
             C("LDL-Cholesterin", "3,4", "mmol/l", "optimal: < 2,6", "grenzwertig: 2,6 - 4,1", "erhöht: > 4,1"),
             C("HDL-Cholesterin", "1,0", "mmol/l", "erniedrigt: < 1,0", "normal: 1,0 - 1,5", "erwünscht: > 1,5")),
    [row("ldl-cholesterol", 3.4 * CHOL, "mg/dL"), row("hdl-cholesterol", 1.0 * CHOL, "mg/dL")],
    "range=text x2; German 'Beurteilung' column of tiers; 3.4 x 38.665 = 131 and 1.0 x 38.665 = 38.7 mg/dL; the 'normal: 1,0 - 1,5' tier is not an interval to flag against; no flags")
add("M06", J(C("Vitamin D (25-OH)", "32.5", "ng/mL", "Deficiency: <20"), "                                  Insufficiency: 20-29",
             "                                  Sufficiency: 30-100", C("Vitamin B12", "410", "pg/mL", "197-771")),
    [row("vitamin-d", 32.5, "ng/mL"), row("vitamin-b12", 410, "pg/mL", "normal", "197..771")],
    "range=text then 197..771; vitamin D's tier cell wraps over three lines (all its range text); B12 then has a real interval, 410 inside -> normal")
add("M07", J(C("HbA1c", "7.2", "H", "%"), "  Non-diabetic <5.7  Pre-diabetes 5.7-6.4  Diabetes >=6.5", C("eAG", "160", "mg/dL")),
    [row("hemoglobin-a1c", 7.2, "%", "high"), row("estimated-average-glucose", 160, "mg/dL", "null", "")],
    "range=text then none; the ADA tiers on the indented line are HbA1c's (printed H -> high); eAG 160 (= 28.7 x 7.2 - 46.7) is a result of its own with no range")
add("M08", J(C("eGFR", "64", "mL/min/1.73m2"), "KDIGO GFR category:", C("G1", ">=90", "Normal or high"), C("G2", "60-89", "Mildly decreased"),
             C("G3a", "45-59", "Mildly to moderately decreased")),
    row("egfr", 64, EGFR_U),
    "range=text; the KDIGO table directly under the eGFR concerns only eGFR and precedes any other result, so it is that row's range text; G1/G2/G3a rows are not results; no flag")
add("M09", J("Test  15/03/2025  10/09/2024  Units  Reference",
             C("Vitamin D (25-OH)", "L 17.2", "24.8", "ng/mL", "Deficiency <20  Insufficiency 20-29  Sufficiency 30-100")),
    row("vitamin-d", 17.2, "ng/mL", "low"),
    "range=text; cumulative: the newest column (15/03/2025) holds L 17.2 -> printed low; 24.8 is the previous result")
add("M10", J("Prueba  Resultado  Unidades  Valores deseables",
             C("Colesterol total", "5,6", "mmol/L", "Deseable: <5,2", "Límite alto: 5,2-6,2", "Alto: >6,2"),
             C("Triglicéridos", "1,9", "mmol/L", "Normal: <1,7", "Límite alto: 1,7-2,2", "Alto: 2,3-5,6")),
    [row("total-cholesterol", 5.6 * CHOL, "mg/dL"), row("triglycerides", 1.9 * TG, "mg/dL")],
    "range=text x2; Spanish header 'Valores deseables' then tier rows in mmol/L; 5.6 x 38.665 = 217 and 1.9 x 88.57 = 168 mg/dL; no flags")
add("M11", J(C("Total Cholesterol", "246", "H", "mg/dL", "Desirable <200  Borderline High 200-239  High >=240"),
             "* NCEP ATP III (2001). Fasting 9-12 h recommended."),
    row("total-cholesterol", 246, "mg/dL", "high"),
    "range=text; printed H -> high; the footnote line (edition, year, fasting hours) is no result")
add("M12", J(C("hs-CRP", "3.6", "mg/L", CRP_T), "SUMMARY OF RESULTS OUTSIDE DESIRABLE LEVELS", C("hs-CRP", "3.6", "mg/L")),
    row("hs-crp", 3.6, "mg/L"),
    "range=text; the same result is repeated in a summary block: one result, one row (its flag null: the summary heading is not a printed flag)")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "keyed.tsv")
ids = [c[0] for c in cases]
assert len(ids) == len(set(ids))
with open(out, "w", encoding="utf-8") as f:
    f.write("id\tline\texpected\twhy\n")
    for c in cases: f.write("\t".join(c) + "\n")
print(len(cases), {g: sum(1 for i in ids if i[0] == g) for g in "PNM"})
