# Writes every report and its key from hand-written tables. Run: python3 gen.py
import json, os
OUT = os.path.dirname(os.path.abspath(__file__))
def R(key, value, unit, rng, flag=None, vt=None, low=None, high=None):
    r = {"biomarker": key, "value": value}
    if vt is not None: r["valueText"] = vt
    r["unit"] = unit
    if rng is None: r["range"] = {}
    else:
        d = {}
        if low is not None: d["low"] = low
        if high is not None: d["high"] = high
        d["text"] = rng
        r["range"] = d
    if flag is None:
        if rng is None or (low is None and high is None) or value is None: flag = None
        elif low is not None and value < low: flag = "low"
        elif high is not None and value > high: flag = "high"
        else: flag = "normal"
    r["flag"] = flag
    return r
reports = []
def add(name, kind, text, rows): reports.append((name, kind, text, rows))

# 1 DTC longevity panel, optimal + standard ranges, status words
add("us_dtc_longevity_results_page_optimal_standard_status.txt", "text", """\
Vitalspan Health  |  Your Results                                   Help  Settings  Sign out
Member: Gordon T. Halvorsen   DOB 03/22/1971   Member ID VSH-0048812
Panel: Longevity Core (Fall 2026)   Sample collected Nov 28, 2026 08:05 AM   Reported Dec 2, 2026

Summary: 9 In range · 2 Above optimal · 1 Out of range
Your goal from last visit: ApoB target < 80 mg/dL, LDL target < 100 mg/dL

Heart & Vascular
Biomarker               Value      Unit     Optimal range     Standard range     Status
ApoB                    94         mg/dL    < 80              < 90               Out of range
Lipoprotein (a)         41         nmol/L   < 30              < 75               Above optimal
hs-CRP                  0.6        mg/L     < 1.0             0.0 - 3.0          In range
Homocysteine            11.8       umol/L   < 9               0.0 - 14.5         Above optimal
Triglycerides           88         mg/dL    < 100             0 - 149            In range
HDL Cholesterol         58         mg/dL    > 60              > 39               In range
LDL Cholesterol (calc)  97         mg/dL    < 70              0 - 99             In range

Metabolic
Biomarker               Value      Unit     Optimal range     Standard range     Status
Fasting Insulin         6.1        uIU/mL   2 - 6             2.6 - 24.9         In range
Hemoglobin A1c          5.4        %        < 5.3             4.8 - 5.6          In range
Glucose                 91         mg/dL    72 - 90           65 - 99            In range

Nutrients
Biomarker               Value      Unit     Optimal range     Standard range     Status
Ferritin                142        ng/mL    50 - 150          30 - 400           In range
Vitamin D, 25-OH        47         ng/mL    50 - 80           30 - 100           In range

Why does this matter? ApoB counts every atherogenic particle. Retest in 90 days (next draw ~ Mar 1, 2027).
Vitalspan is not a laboratory. Tests performed by a CLIA-certified partner lab (CLIA 05D2098765).
Questions? Message your care team or call 1-888-555-0192.  (c) 2026 Vitalspan Health, Inc.
""", [
 R("apolipoprotein-b", 94, "mg/dL", "< 90", "high", high=90),
 R("lipoprotein-a", 41, "nmol/L", "< 75", high=75),
 R("hs-crp", 0.6, "mg/L", "0.0 - 3.0", low=0.0, high=3.0),
 R("homocysteine", 11.8, "umol/L", "0.0 - 14.5", low=0.0, high=14.5),
 R("triglycerides", 88, "mg/dL", "0 - 149", low=0, high=149),
 R("hdl-cholesterol", 58, "mg/dL", "> 39", low=39),
 R("ldl-cholesterol", 97, "mg/dL", "0 - 99", low=0, high=99),
 R("insulin", 6.1, "u[IU]/mL", "2.6 - 24.9", low=2.6, high=24.9),
 R("hemoglobin-a1c", 5.4, "%", "4.8 - 5.6", low=4.8, high=5.6),
 R("glucose", 91, "mg/dL", "65 - 99", low=65, high=99),
 R("ferritin", 142, "ng/mL", "30 - 400", low=30, high=400),
 R("vitamin-d", 47, "ng/mL", "30 - 100", low=30, high=100),
])

# 2 Quest-style portal copy, TRT follow-up, previous column
add("us_quest_portal_trt_followup_previous_result_column.txt", "text", """\
MyQuest(TM) | Test Results
Ordered by: PRIMEMALE VITALITY CLINIC - DR. A. OKONKWO, MD      Phone: (615) 555-0133
Patient: RAMIREZ, DANIEL J        Sex: M   Age: 44
Collected: 12/01/2026 07:58 AM    Received: 12/01/2026   Reported: 12/02/2026 03:12 PM
Fasting: Yes
Clinical info: Testosterone cypionate 160 mg IM weekly; last dose 11/28/2026 (trough draw). Anastrozole 0.5 mg 2x/wk.

TESTOSTERONE, FREE (DIALYSIS), TOTAL (MS) AND SEX HORMONE BINDING GLOBULIN
  Analyte                         Your Value      Previous (09/15/2026)   Reference Range          Lab
  TESTOSTERONE, TOTAL, MS         1,034  H        1,212 H                 250-1100 ng/dL           EZ
  TESTOSTERONE, FREE              218.4  H        241.0 H                 46.0-224.0 pg/mL         EZ
  SEX HORMONE BINDING GLOBULIN    24              22                      10-50 nmol/L             EZ
ESTRADIOL, ULTRASENSITIVE, LC/MS/MS
  ESTRADIOL                       41  H           58 H                    <=39 pg/mL               EZ
CBC (INCLUDES DIFF/PLT) - partial
  HEMOGLOBIN                      17.6  H         17.1                    13.2-17.1 g/dL           SL
  HEMATOCRIT                      53.1  H         51.8 H                  38.5-50.0 %              SL
PSA, TOTAL AND FREE
  PSA, TOTAL                      1.2             1.1                     < OR = 4.0 ng/mL         SL
  PSA, FREE                       0.31                                    ng/mL                    SL
  PSA, % FREE                     26              24                      >25 %                    SL
  Comment: PSA % free >25% is associated with a lower probability of prostate cancer.
LH                                <0.2  L                                 1.5-9.3 mIU/mL           SL
FSH                               0.3  L                                  1.6-8.0 mIU/mL           SL
PROLACTIN                         9.8                                     2.0-18.0 ng/mL           SL
DHT, FREE                         TNP                                                              EZ
  Test not performed. Specimen quantity not sufficient.

Performing Sites:
EZ  Quest Diagnostics Nichols Institute, 33608 Ortega Hwy, San Juan Capistrano, CA 92675
SL  Quest Diagnostics-St. Louis, 2320 Schuetz Rd, St. Louis, MO 63146
Hematocrit > 54% - consider dose reduction or therapeutic phlebotomy per clinic protocol.
""", [
 R("testosterone", 1034, "ng/dL", "250-1100", "high", low=250, high=1100),
 R("testosterone-free", 218.4, "pg/mL", "46.0-224.0", "high", low=46.0, high=224.0),
 R("shbg", 24, "nmol/L", "10-50", low=10, high=50),
 R("estradiol", 41, "pg/mL", "<=39", "high", high=39),
 R("hemoglobin", 17.6, "g/dL", "13.2-17.1", "high", low=13.2, high=17.1),
 R("hematocrit", 53.1, "%", "38.5-50.0", "high", low=38.5, high=50.0),
 R("prostate-specific-antigen", 1.2, "ng/mL", "< OR = 4.0", high=4.0),
 R("prostate-specific-antigen-free", 0.31, "ng/mL", None),
 R("prostate-specific-antigen-free-percent", 26, "%", ">25", low=25),
 R("luteinizing-hormone", 0.2, "m[IU]/mL", "1.5-9.3", "low", vt="<0.2", low=1.5, high=9.3),
 R("follicle-stimulating-hormone", 0.3, "m[IU]/mL", "1.6-8.0", "low", low=1.6, high=8.0),
 R("prolactin", 9.8, "ng/mL", "2.0-18.0", low=2.0, high=18.0),
])

# 3 MyChart hospital page, one component per block
mych = """\
MyChart - Test Details
COMPREHENSIVE METABOLIC PANEL
Collected on Nov 30, 2026 7:42 AM  |  Results released Dec 1, 2026 6:10 AM
Ordered by Priya Venkataraman, MD (Internal Medicine)
Patient: Lorraine B. Whitfield   MRN 7730412

Results
"""
cmp = [
 ("Sodium", "139", "136 - 145 mmol/L", None, R("sodium",139,"mmol/L","136 - 145",low=136,high=145)),
 ("Potassium", "5.4", "3.5 - 5.1 mmol/L", "High", R("potassium",5.4,"mmol/L","3.5 - 5.1","high",low=3.5,high=5.1)),
 ("Chloride", "103", "98 - 107 mmol/L", None, R("chloride",103,"mmol/L","98 - 107",low=98,high=107)),
 ("CO2", "24", "21 - 32 mmol/L", None, R("carbon-dioxide",24,"mmol/L","21 - 32",low=21,high=32)),
 ("Anion Gap", "12", "5 - 15 mmol/L", None, R("anion-gap",12,"mmol/L","5 - 15",low=5,high=15)),
 ("Glucose", "112", "70 - 99 mg/dL", "High", R("glucose",112,"mg/dL","70 - 99","high",low=70,high=99)),
 ("BUN", "19", "7 - 25 mg/dL", None, R("blood-urea-nitrogen",19,"mg/dL","7 - 25",low=7,high=25)),
 ("Creatinine", "0.94", "0.60 - 1.00 mg/dL", None, R("creatinine",0.94,"mg/dL","0.60 - 1.00",low=0.60,high=1.00)),
 ("eGFR (CKD-EPI 2021)", "69", ">=60 mL/min/1.73m2", None, R("egfr",69,"mL/min/{1.73_m2}",">=60",low=60)),
 ("Calcium", "9.6", "8.6 - 10.3 mg/dL", None, R("calcium",9.6,"mg/dL","8.6 - 10.3",low=8.6,high=10.3)),
 ("Total Protein", "7.1", "6.1 - 8.1 g/dL", None, R("total-protein",7.1,"g/dL","6.1 - 8.1",low=6.1,high=8.1)),
 ("Albumin", "4.4", "3.6 - 5.1 g/dL", None, R("albumin",4.4,"g/dL","3.6 - 5.1",low=3.6,high=5.1)),
 ("AST", "31", "10 - 35 U/L", None, R("aspartate-aminotransferase",31,"U/L","10 - 35",low=10,high=35)),
 ("ALT", "44", "6 - 29 U/L", "High", R("alanine-aminotransferase",44,"U/L","6 - 29","high",low=6,high=29)),
 ("Alkaline Phosphatase", "78", "37 - 153 U/L", None, R("alkaline-phosphatase",78,"U/L","37 - 153",low=37,high=153)),
 ("Bilirubin, Total", "0.5", "0.2 - 1.2 mg/dL", None, R("total-bilirubin",0.5,"mg/dL","0.2 - 1.2",low=0.2,high=1.2)),
]
rows3 = []
for name, v, rng, fl, row in cmp:
    mych += f"{name}\n  Normal range: {rng}\n  Value\n  {v}\n" + (f"  {fl}\n" if fl else "") + "\n"
    rows3.append(row)
mych += """Specimen Collected: 11/30/26 07:42 AM   Last Resulted: 12/01/26 06:10 AM
Lab and Collection: CMP at MERCY WEST HOSPITAL LAB, 1200 W 10th St, Topeka KS 66604
Result notes: Potassium mildly elevated, possibly hemolyzed. Please repeat BMP in 1 week (target K < 5.0).
MyChart® licensed from Epic Systems Corporation © 1999 - 2026
"""
add("us_mychart_hospital_cmp_component_blocks.txt", "text", mych, rows3)

# 4 InsideTracker-style summary
add("us_insidetracker_style_zones_summary.txt", "text", """\
INNERLOOP ANALYTICS - Blood Results Summary
Hi Marisa, here is how your 9 biomarkers look (test date: November 24, 2026)

Biomarker: Vitamin D
  Your result: 28 ng/mL        Optimized zone: 40 - 80        Lab reference: 30 - 100
  Status: Needs work (below lab range)
  Action: Vitamin D3 2,000 IU daily with a fatty meal.

Biomarker: Vitamin B12
  Your result: 612 pg/mL       Optimized zone: 500 - 900      Lab reference: 232 - 1245
  Status: Optimized

Biomarker: Folate
  Your result: 8.9 ng/mL       Optimized zone: > 15           Lab reference: > 3.0
  Status: Needs work

Biomarker: Ferritin
  Your result: 22 ng/mL        Optimized zone: 40 - 120       Lab reference: 15 - 150
  Status: Needs work

Biomarker: Cortisol (AM)
  Your result: 21.4 ug/dL      Optimized zone: 10 - 18        Lab reference: 6.2 - 19.4
  Status: High

Biomarker: DHEA-S
  Your result: 141 ug/dL       Optimized zone: 150 - 300      Lab reference: 57.3 - 279.2
  Status: Needs work

Biomarker: hsCRP
  Your result: 1.8 mg/L        Optimized zone: < 0.5          Lab reference: < 3.0
  Status: Needs work

Biomarker: ALT
  Your result: 17 U/L          Optimized zone: < 25           Lab reference: 6 - 29
  Status: Optimized

Biomarker: Magnesium (RBC)
  Your result: 4.6 mg/dL       Optimized zone: 5.2 - 6.5      Lab reference: 4.0 - 6.4
  Status: Needs work

Previous test (June 2, 2026): Vitamin D 24 ng/mL, Ferritin 19 ng/mL.
This summary is for educational purposes and is not a diagnosis. Blood drawn by a partner lab.
InnerLoop Analytics, 100 Summer St, Boston MA 02110 | support@innerloop.example
""", [
 R("vitamin-d", 28, "ng/mL", "30 - 100", "low", low=30, high=100),
 R("vitamin-b12", 612, "pg/mL", "232 - 1245", low=232, high=1245),
 R("folate", 8.9, "ng/mL", "> 3.0", low=3.0),
 R("ferritin", 22, "ng/mL", "15 - 150", low=15, high=150),
 R("cortisol", 21.4, "ug/dL", "6.2 - 19.4", "high", low=6.2, high=19.4),
 R("dhea-sulfate", 141, "ug/dL", "57.3 - 279.2", low=57.3, high=279.2),
 R("hs-crp", 1.8, "mg/L", "< 3.0", high=3.0),
 R("alanine-aminotransferase", 17, "U/L", "6 - 29", low=6, high=29),
 R("magnesium-rbc", 4.6, "mg/dL", "4.0 - 6.4", low=4.0, high=6.4),
])

# 5 forwarded e-mail, thyroid inline
add("us_forwarded_email_thyroid_results_inline.txt", "text", """\
From: Karen Lutz <klutz.home@example.com>
Sent: Thursday, December 3, 2026 9:14 PM
To: intake@harborhormone.example
Subject: Fwd: Your lab results are ready

Hi, forwarding my thyroid labs before my appointment on 12/10. I take levothyroxine 50 mcg every morning
and Armour Thyroid 30 mg was stopped on 10/01/2026. Thanks! Karen

---------- Forwarded message ---------
From: Results <noreply@summitreferencelab.example>
Date: Wed, Dec 2, 2026 at 4:02 PM
Subject: Your lab results are ready

Dear KAREN LUTZ (DOB 07/19/1968),
The following results from your visit on 11/30/2026 have been finalized:

TSH ........................ 5.21 uIU/mL   (ref 0.450-4.500)   HIGH
Free T4 .................... 0.98 ng/dL    (ref 0.82-1.77)
Free T3 .................... 2.6 pg/mL     (ref 2.0-4.4)
Reverse T3 ................. 24.8 ng/dL    (ref 9.2-24.1)      HIGH
Thyroid Peroxidase Ab ...... 212 IU/mL     (ref 0-34)          HIGH
Thyroglobulin Ab ........... <1.0 IU/mL    (ref 0.0-1.0)
Cortisol, AM ............... 14.6 ug/dL    (ref 6.2-19.4)

Your provider may contact you about these results. Do not reply to this e-mail.
Summit Reference Laboratory | 8400 Research Blvd, Austin TX 78758 | (512) 555-0147 | CLIA 45D0912345
""", [
 R("thyroid-stimulating-hormone", 5.21, "u[IU]/mL", "0.450-4.500", "high", low=0.450, high=4.500),
 R("free-t4", 0.98, "ng/dL", "0.82-1.77", low=0.82, high=1.77),
 R("free-t3", 2.6, "pg/mL", "2.0-4.4", low=2.0, high=4.4),
 R("reverse-t3", 24.8, "ng/dL", "9.2-24.1", "high", low=9.2, high=24.1),
 R("thyroid-peroxidase-antibody", 212, "[IU]/mL", "0-34", "high", low=0, high=34),
 R("thyroglobulin-antibody", 1.0, "[IU]/mL", "0.0-1.0", vt="<1.0", low=0.0, high=1.0),
 R("cortisol", 14.6, "ug/dL", "6.2-19.4", low=6.2, high=19.4),
])

# 6 women's health panel with tiered ranges
add("us_womens_health_perimenopause_panel_tiered_ranges.txt", "text", """\
BLOOMWELL WOMEN'S HEALTH  -  Laboratory Report
Patient: Chen, Evelyn M.   DOB: 05/04/1977   Sex: F   Acct# 55-20931
Provider: J. Moreau, NP    Collected: 11/21/2026 (cycle day 21)   Final: 11/24/2026
Current meds: estradiol patch 0.05 mg/day, micronized progesterone 100 mg qHS

Test                       Result     Flag   Units      Reference Interval
Estradiol, Sensitive       38.2              pg/mL      Follicular 19.5-144.2; Mid-cycle 63.9-356.7;
                                                        Luteal 55.8-214.2; Postmenopausal <32.2
Progesterone               6.4               ng/mL      Follicular 0.1-0.9; Luteal 1.8-23.9;
                                                        Postmenopausal 0.0-0.1
FSH                        31.5              mIU/mL     Follicular 3.5-12.5; Ovulation 4.7-21.5;
                                                        Luteal 1.7-7.7; Postmenopausal 25.8-134.8
LH                         22.7              mIU/mL     Follicular 2.4-12.6; Ovulation 14.0-95.6;
                                                        Luteal 1.0-11.4; Postmenopausal 7.7-58.5
Anti-Mullerian Hormone     0.08       L      ng/mL      0.18-3.40
DHEA-Sulfate               88.0              ug/dL      35.4-256.0
Testosterone, Total        21                ng/dL      8-48
Testosterone, Free         1.1               pg/mL      0.0-4.2
SHBG                       96.3              nmol/L     24.6-122.0
TSH                        2.14              uIU/mL     0.450-4.500
Prolactin                  14.9              ng/mL      4.8-23.3

Interpretive comment: FSH > 25 mIU/mL with low AMH is consistent with the menopausal transition.
Progesterone interpretation is limited while on oral progesterone.
Next visit: 02/2027. Results line (800) 555-0166.
Electronically signed by Laboratory Director, R. Akande, MD, PhD
""", [
 R("estradiol", 38.2, "pg/mL", "Follicular 19.5-144.2; Mid-cycle 63.9-356.7; Luteal 55.8-214.2; Postmenopausal <32.2"),
 R("progesterone", 6.4, "ng/mL", "Follicular 0.1-0.9; Luteal 1.8-23.9; Postmenopausal 0.0-0.1"),
 R("follicle-stimulating-hormone", 31.5, "m[IU]/mL", "Follicular 3.5-12.5; Ovulation 4.7-21.5; Luteal 1.7-7.7; Postmenopausal 25.8-134.8"),
 R("luteinizing-hormone", 22.7, "m[IU]/mL", "Follicular 2.4-12.6; Ovulation 14.0-95.6; Luteal 1.0-11.4; Postmenopausal 7.7-58.5"),
 R("anti-mullerian-hormone", 0.08, "ng/mL", "0.18-3.40", "low", low=0.18, high=3.40),
 R("dhea-sulfate", 88.0, "ug/dL", "35.4-256.0", low=35.4, high=256.0),
 R("testosterone", 21, "ng/dL", "8-48", low=8, high=48),
 R("testosterone-free", 1.1, "pg/mL", "0.0-4.2", low=0.0, high=4.2),
 R("shbg", 96.3, "nmol/L", "24.6-122.0", low=24.6, high=122.0),
 R("thyroid-stimulating-hormone", 2.14, "u[IU]/mL", "0.450-4.500", low=0.450, high=4.500),
 R("prolactin", 14.9, "ng/mL", "4.8-23.3", low=4.8, high=23.3),
])

# 7 German report (international patient)
add("de_laborbefund_international_patient_decimal_comma_plus_flags.txt", "text", """\
MVZ Labor Rhein-Main GmbH  ·  Kaiserstraße 61  ·  60329 Frankfurt am Main  ·  Tel. 069 / 2573-0
Einsender: Privatpraxis Dr. med. H. Berger, Innere Medizin
Patient: Weber, Thomas   geb. 14.02.1969   männlich
Auftragsnr.: 2611-48823   Eingang: 26.11.2026 09:40   Befunddatum: 27.11.2026   Endbefund

Untersuchung              Ergebnis    Einheit     Referenzbereich    Vorwert 03.06.2026
Klinische Chemie
Kreatinin                 1,12        mg/dl       0,70 - 1,20        1,08
eGFR (CKD-EPI)            76          ml/min      > 60
GPT (ALT)                 52    +     U/l         < 50               47
Gamma-GT                  38          U/l         < 60
Harnsäure                 7,4   +     mg/dl       3,4 - 7,0
HbA1c                     5,7   +     %           4,0 - 5,6          5,5
Hämatologie
Hämoglobin                16,1        g/dl        13,5 - 17,5
Hämatokrit                49,8        %           40 - 52
Thrombozyten              231         /nl         150 - 400
Hormone / Tumormarker
Testosteron gesamt        5,9         ng/ml       2,5 - 8,4
SHBG                      31,5        nmol/l      18,3 - 54,1
PSA gesamt                2,91        ng/ml       < 4,0              2,40
25-OH-Vitamin D           21,3  -     ng/ml       30 - 100

+ = erhöht, - = erniedrigt
Kommentar: Vitamin-D-Mangel. Empfehlung: 20.000 IE Cholecalciferol 1x/Woche, Kontrolle in 3 Monaten.
Validiert: Dr. rer. nat. S. Köhler, Fachärztin für Laboratoriumsmedizin     Seite 1 von 1
""", [
 R("creatinine", 1.12, "mg/dL", "0,70 - 1,20", low=0.70, high=1.20),
 R("egfr", 76, "mL/min", "> 60", low=60),
 R("alanine-aminotransferase", 52, "U/L", "< 50", "high", high=50),
 R("gamma-glutamyl-transferase", 38, "U/L", "< 60", high=60),
 R("uric-acid", 7.4, "mg/dL", "3,4 - 7,0", "high", low=3.4, high=7.0),
 R("hemoglobin-a1c", 5.7, "%", "4,0 - 5,6", "high", low=4.0, high=5.6),
 R("hemoglobin", 16.1, "g/dL", "13,5 - 17,5", low=13.5, high=17.5),
 R("hematocrit", 49.8, "%", "40 - 52", low=40, high=52),
 R("platelet-count", 231, "/nL", "150 - 400", low=150, high=400),
 R("testosterone", 5.9, "ng/mL", "2,5 - 8,4", low=2.5, high=8.4),
 R("shbg", 31.5, "nmol/L", "18,3 - 54,1", low=18.3, high=54.1),
 R("prostate-specific-antigen", 2.91, "ng/mL", "< 4,0", high=4.0),
 R("vitamin-d", 21.3, "ng/mL", "30 - 100", "low", low=30, high=100),
])

# 8 PDF: Labcorp-like CBC + lipid
add("us_reference_lab_cbc_lipid_flag_column_pdf.pdf", "pdf", """\
LABORATORY CORPORATION OF AMERICA - style report             Patient Report
Specimen ID: 334-118-2044-0      Control ID: 88124410       Acct #: 04419877
Patient: PATEL, VIKRAM           DOB: 09/30/1980   Age: 46   Sex: Male
Ordering Physician: L NAKAMURA    Date Collected: 11/27/2026 0812  Date Reported: 11/28/2026 0645
Patient phone: 408-555-0191       Fasting: Y

TESTS                           RESULT      FLAG     UNITS           REFERENCE INTERVAL    LAB
CBC With Differential/Platelet
  WBC                           5.8                  x10E3/uL        3.4-10.8              01
  RBC                           5.91        High     x10E6/uL        4.14-5.80             01
  Hemoglobin                    17.9        High     g/dL            13.0-17.7             01
  Hematocrit                    54.6        High     %               37.5-51.0             01
  MCV                           92                   fL              79-97                 01
  Platelets                     212                  x10E3/uL        150-450               01
  Neutrophils                   58                   %               Not Estab.            01
  Lymphs                        31                   %               Not Estab.            01
  Neutrophils (Absolute)        3.4                  x10E3/uL        1.4-7.0               01
Lipid Panel
  Cholesterol, Total            212         High     mg/dL           100-199               01
  Triglycerides                 131                  mg/dL           0-149                 01
  HDL Cholesterol               44                   mg/dL           >39                   01
  VLDL Cholesterol Cal          24                   mg/dL           5-40                  01
  LDL Chol Calc (NIH)           144         High     mg/dL           0-99                  01
  Comment: Patient goal per NLA: LDL-C < 100 mg/dL (primary prevention).

01  LabCorp San Jose, 3031 Tisch Way, San Jose, CA 95128   Dir: M Singh, MD   For inquiries call 800-762-4344
This document contains private and confidential health information protected by state and federal law.
""", [
 R("white-blood-cell-count", 5.8, "10*3/uL", "3.4-10.8", low=3.4, high=10.8),
 R("red-blood-cell-count", 5.91, "10*6/uL", "4.14-5.80", "high", low=4.14, high=5.80),
 R("hemoglobin", 17.9, "g/dL", "13.0-17.7", "high", low=13.0, high=17.7),
 R("hematocrit", 54.6, "%", "37.5-51.0", "high", low=37.5, high=51.0),
 R("mean-corpuscular-volume", 92, "fL", "79-97", low=79, high=97),
 R("platelet-count", 212, "10*3/uL", "150-450", low=150, high=450),
 R("neutrophils", 58, "%", "Not Estab."),
 R("lymphocytes", 31, "%", "Not Estab."),
 R("neutrophils-absolute", 3.4, "10*3/uL", "1.4-7.0", low=1.4, high=7.0),
 R("total-cholesterol", 212, "mg/dL", "100-199", "high", low=100, high=199),
 R("triglycerides", 131, "mg/dL", "0-149", low=0, high=149),
 R("hdl-cholesterol", 44, "mg/dL", ">39", low=39),
 R("vldl-cholesterol", 24, "mg/dL", "5-40", low=5, high=40),
 R("ldl-cholesterol", 144, "mg/dL", "0-99", "high", low=0, high=99),
])

# 9 PDF: longevity clinic endocrine/metabolic, result then range on wrapped lines
add("us_longevity_clinic_endocrine_metabolic_pdf.pdf", "pdf", """\
AGELESS MEDICAL INSTITUTE - Comprehensive Longevity Panel
Patient: Susan R. Ostrowski     DOB 11/02/1963     Collected 11/19/2026 08:30     Printed 11/23/2026
Ordering: Mark Delaney, DO      Clinic phone (303) 555-0178     Program: Peptide + HRT (sermorelin 300 mcg nightly)

ANALYTE                          RESULT        REF RANGE              UNITS      STATUS
IGF-1 (Somatomedin C)            118           41 - 279               ng/mL      Normal
IGFBP-3                          3.9           2.2 - 6.5              mg/L       Normal
Insulin, Fasting                 14.2          2.6 - 24.9             uIU/mL     Normal
Glucose, Fasting                 103           65 - 99                mg/dL      High
HOMA-IR                          3.6           < 2.5                  -          High
Hemoglobin A1c                   5.9           4.8 - 5.6              %          High
  Prediabetes: 5.7 - 6.4   Diabetes: >= 6.5   Glycemic control goal: < 7.0
Homocysteine                     9.2           < 10.4                 umol/L     Normal
Vitamin B12                      1480          232 - 1245             pg/mL      High
Folate, Serum                    >20.0         > 3.0                  ng/mL      Normal
Ferritin                         64            15 - 150               ng/mL      Normal
Lipoprotein (a)                  212           < 75                   nmol/L     High
Apolipoprotein B                 118           < 90                   mg/dL      High
hs-CRP                           4.3           < 3.0                  mg/L       High

Previous Lp(a) 09/2024: 198 nmol/L.   Estradiol, progesterone and free T: pending (reference lab), to follow.
Confidential. For use by the ordering clinician. Ageless Medical Institute, 1450 Wynkoop St, Denver CO 80202.
""", [
 R("somatomedin-c", 118, "ng/mL", "41 - 279", "normal", low=41, high=279),
 R("igfbp-3", 3.9, "mg/L", "2.2 - 6.5", "normal", low=2.2, high=6.5),
 R("insulin", 14.2, "u[IU]/mL", "2.6 - 24.9", "normal", low=2.6, high=24.9),
 R("glucose", 103, "mg/dL", "65 - 99", "high", low=65, high=99),
 R("homa-ir", 3.6, "{index}", "< 2.5", "high", high=2.5),
 R("hemoglobin-a1c", 5.9, "%", "4.8 - 5.6", "high", low=4.8, high=5.6),
 R("homocysteine", 9.2, "umol/L", "< 10.4", "normal", high=10.4),
 R("vitamin-b12", 1480, "pg/mL", "232 - 1245", "high", low=232, high=1245),
 R("folate", 20.0, "ng/mL", "> 3.0", "normal", vt=">20.0", low=3.0),
 R("ferritin", 64, "ng/mL", "15 - 150", "normal", low=15, high=150),
 R("lipoprotein-a", 212, "nmol/L", "< 75", "high", high=75),
 R("apolipoprotein-b", 118, "mg/dL", "< 90", "high", high=90),
 R("hs-crp", 4.3, "mg/L", "< 3.0", "high", high=3.0),
])

# 10 HL7 v2.5.1 men's clinic follow-up
segs = [
 "MSH|^~\\&|LIS|NORTHPOINT LAB|EHR|IRONOAK MENS HEALTH|202612031422||ORU^R01^ORU_R01|NP20261203-0091|P|2.5.1",
 "PID|1||IOM448120^^^IRONOAK^MR||BRANDT^KYLE^M||19810606|M|||455 Elm Ct^^Plano^TX^75024||(972)555-0123",
 "ORC|RE|ORD7781|NP88123",
 "OBR|1|ORD7781|NP88123|MENSHRM^Male Hormone Follow-up^L|||202612020745|||||||||2231^GARZA^ELENA^^^MD",
 "NTE|1||Patient on enclomiphene 12.5 mg daily since 09/01/2026. Drawn 24 h after dose.",
 "OBX|1|NM|2986-8^Testosterone [Mass/volume] in Serum or Plasma^LN||612|ng/dL|264-916||||F|||202612020745",
 "OBX|2|NM|2991-8^Testosterone Free [Mass/volume] in Serum or Plasma^LN||104.2|pg/mL|46.0-224.0|N|||F|||202612020745",
 "OBX|3|NM|13457-7^SHBG^L||38|nmol/L|16.5-55.9|N|||F",
 "OBX|4|NM|2243-4^Estradiol [Mass/volume] in Serum or Plasma^LN||44.1|pg/mL|7.6-42.6|H|||F",
 "OBX|5|NM|10501-5^Lutropin [Units/volume] in Serum or Plasma^LN||9.8|mIU/mL|1.7-8.6|H|||F",
 "OBX|6|NM|15067-2^Follitropin [Units/volume] in Serum or Plasma^LN||7.2|mIU/mL|1.5-12.4|N|||F",
 "OBX|7|NM|2857-1^Prostate specific Ag [Mass/volume] in Serum or Plasma^LN||0.84|ng/mL|0.00-4.00|N|||F",
 "OBX|8|NM|4544-3^Hematocrit [Volume Fraction] of Blood by Automated count^LN||47.2|%|38.5-50.0|N|||F",
 "OBX|9|NM|2191-5^DHEA sulfate [Mass/volume] in Serum or Plasma^LN||312|ug/dL|102.6-416.3|N|||F",
 "OBX|10|NM|1989-3^25-Hydroxyvitamin D3+D2^LN||34|ng/mL|30-100|N|||F",
 "OBX|11|ST|2842-3^Prolactin^LN||Test cancelled - hemolyzed specimen||||||X",
 "NTE|1||Recollect prolactin at next visit. Call (972) 555-0188 with questions.",
 "OBX|12|NM|6299-2^Urea nitrogen [Mass/volume] in Blood^LN||15|mg/dL|6-20|N|||F",
 "OBX|13|NM|2160-0^Creatinine [Mass/volume] in Serum or Plasma^LN||1.06|mg/dL|0.76-1.27|N|||F",
]
add("us_v251_mens_clinic_enclomiphene_followup_cancelled_obx_cr.hl7", "hl7v2", "\r".join(segs) + "\r", [
 R("testosterone", 612, "ng/dL", "264-916", low=264, high=916),
 R("testosterone-free", 104.2, "pg/mL", "46.0-224.0", "normal", low=46.0, high=224.0),
 R("shbg", 38, "nmol/L", "16.5-55.9", "normal", low=16.5, high=55.9),
 R("estradiol", 44.1, "pg/mL", "7.6-42.6", "high", low=7.6, high=42.6),
 R("luteinizing-hormone", 9.8, "m[IU]/mL", "1.7-8.6", "high", low=1.7, high=8.6),
 R("follicle-stimulating-hormone", 7.2, "m[IU]/mL", "1.5-12.4", "normal", low=1.5, high=12.4),
 R("prostate-specific-antigen", 0.84, "ng/mL", "0.00-4.00", "normal", low=0.00, high=4.00),
 R("hematocrit", 47.2, "%", "38.5-50.0", "normal", low=38.5, high=50.0),
 R("dhea-sulfate", 312, "ug/dL", "102.6-416.3", "normal", low=102.6, high=416.3),
 R("vitamin-d", 34, "ng/mL", "30-100", "normal", low=30, high=100),
 R("blood-urea-nitrogen", 15, "mg/dL", "6-20", "normal", low=6, high=20),
 R("creatinine", 1.06, "mg/dL", "0.76-1.27", "normal", low=0.76, high=1.27),
])

# 11 Labcorp patient portal copy, tab separated, iron + thyroid + PSA
add("us_labcorp_patient_portal_tab_copy_iron_panel_thyroid.txt", "text",
"Labcorp Patient | Results\n"
"Iron and TIBC, Ferritin, TSH+Free T4, PSA   \u2022   Date of service 11/25/2026   \u2022   Final\n"
"Patient: Harold Finch-Ames   Ordering provider: Summit Age Management (303-555-0110)\n"
"\n"
"Test\tResult\tUnits\tStandard range\n"
"Iron Bind.Cap.(TIBC)\t298\tug/dL\t250 - 450\n"
"UIBC\t127\tug/dL\t111 - 343\n"
"Iron\t171\tug/dL\t38 - 169\tHigh\n"
"Iron Saturation\t57\t%\t15 - 55\tHigh\n"
"Ferritin\t486\tng/mL\t30 - 400\tHigh\n"
"TSH\t1.870\tuIU/mL\t0.450 - 4.500\n"
"T4,Free(Direct)\t1.31\tng/dL\t0.82 - 1.77\n"
"Prostate Specific Ag\t3.1\tng/mL\t0.0 - 4.0\n"
"  Roche ECLIA methodology. According to the American Urological Association, Serum PSA should decrease and remain\n"
"  at undetectable levels after radical prostatectomy. Values obtained with different assay methods cannot be used\n"
"  interchangeably.\n"
"Hepatitis C screen\tCancelled\t\t\n"
"  Test not performed - tube not received. Re-order if still needed.\n"
"\n"
"Previous ferritin 09/12/2026: 512 ng/mL (after 1 unit phlebotomy 10/01/2026).\n"
"Labcorp | Terms of use | Privacy | \u00a9 2026 Laboratory Corporation of America Holdings. All rights reserved.\n",
[
 R("total-iron-binding-capacity", 298, "ug/dL", "250 - 450", low=250, high=450),
 R("?UIBC", 127, "ug/dL", "111 - 343", low=111, high=343),
 R("iron", 171, "ug/dL", "38 - 169", "high", low=38, high=169),
 R("transferrin-saturation", 57, "%", "15 - 55", "high", low=15, high=55),
 R("ferritin", 486, "ng/mL", "30 - 400", "high", low=30, high=400),
 R("thyroid-stimulating-hormone", 1.87, "u[IU]/mL", "0.450 - 4.500", low=0.450, high=4.500),
 R("free-t4", 1.31, "ng/dL", "0.82 - 1.77", low=0.82, high=1.77),
 R("prostate-specific-antigen", 3.1, "ng/mL", "0.0 - 4.0", low=0.0, high=4.0),
])

total = 0
for name, kind, text, rows in reports:
    p = os.path.join(OUT, name)
    if kind == "pdf":
        open(p + ".txt.src", "w").write(text)
    else:
        open(p, "w", encoding="utf-8", newline="").write(text)
    json.dump({"file": name, "kind": kind, "rows": rows}, open(p + ".expected.json", "w"), indent=1, ensure_ascii=False)
    total += len(rows)
    print(name, kind, len(rows))
print("TOTAL", total, "files", len(reports))
