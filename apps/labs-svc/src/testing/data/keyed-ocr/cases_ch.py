"""CH: character confusions in words, units and flags (never in the digits of a value)."""
from gen_cases import R, TESTO_NMOL, E2_PMOL, CORT_NMOL

CASES = [
dict(id="CH01", code=("CH",), lines=[
    "COMPREHENSIVE METABOLIC PANEL                  Fasting: Yes",
    "Test              Result  Flag  Units    Reference Range",
    "G1ucose           97            mg/dI    65-99",
    "Urea Nitrogen (BUN) 18          mg/dI    7-25",
    "Creatlnine        1.08          mg/dI    0.70-1.33",
    "Sodlum            141           mmo1/L   135-146",
    "Potasslum         5.4     I-I   mmo1/L   3.5-5.3",
    "Ch1oride          103           mmo1/L   98-110",
    "Carbon Dloxide    24            mmo1/L   20-32",
    "Ca1cium           9.6           mg/dI    8.6-10.3",
    "A1bumin           4.5           g/dI     3.6-5.1",
    "A1ka1ine Phosphatase 72         U/I      36-130",
    "AST               22            U/I      10-40",
    "ALT               19            U/I      9-46",
], rows=[
    R("glucose", "97", "mg/dL", "mg/dL", rng="65..99"),
    R("blood-urea-nitrogen", "18", "mg/dL", "mg/dL", rng="7..25"),
    R("creatinine", "1.08", "mg/dL", "mg/dL", rng="0.70..1.33"),
    R("sodium", "141", "mmol/L", "mmol/L", rng="135..146"),
    R("potassium", "5.4", "mmol/L", "mmol/L", printed="high", rng="3.5..5.3"),
    R("chloride", "103", "mmol/L", "mmol/L", rng="98..110"),
    R("carbon-dioxide", "24", "mmol/L", "mmol/L", rng="20..32"),
    R("calcium", "9.6", "mg/dL", "mg/dL", rng="8.6..10.3"),
    R("albumin", "4.5", "g/dL", "g/dL", rng="3.6..5.1"),
    R("alkaline-phosphatase", "72", "U/L", "U/L", rng="36..130"),
    R("aspartate-aminotransferase", "22", "U/L", "U/L", rng="10..40"),
    R("alanine-aminotransferase", "19", "U/L", "U/L", rng="9..46"),
], why="CH: l/1/I confusions in the names (`G1ucose`, `Creatlnine`, `Sodlum`, `Ca1cium`, `A1ka1ine`) and the units "
       "(`mg/dI` = mg/dL, `mmo1/L` = mmol/L, `g/dI` = g/dL, `U/I` = U/L); the flag `I-I` is an H read as two bars and a "
       "dash; digits of the values are intact"),

dict(id="CH02", code=("CH",), lines=[
    "ADRENAL / METABOLIC                     Draw time: 08:10",
    "Test                    Result   Units     Reference",
    "Cortisol, AM            14.2     pg/dL     6.2-19.4",
    "DHEA-Sulfate            212      pg/dL     138-475",
    "Insulin, Fasting        11.2     pIU/mL    2.6-24.9",
    "Homocysteine            12.8     pmol/L    0.0-14.5",
    "Vitamin B12             512      pg/mL     232-1245",
    "Symbol key: (micro) printed as Greek mu.",
], rows=[
    R("cortisol", "14.2", "ug/dL", "ug/dL", rng="6.2..19.4"),
    R("dhea-sulfate", "212", "ug/dL", "ug/dL", rng="138..475"),
    R("insulin", "11.2", "uIU/mL", "u[IU]/mL", rng="2.6..24.9"),
    R("homocysteine", "12.8", "umol/L", "umol/L", rng="0.0..14.5"),
    R("vitamin-b12", "512", "pg/mL", "pg/mL", rng="232..1245"),
], why="CH: the Greek mu of the printed units came out as p (`pg/dL`, `pIU/mL`, `pmol/L`); a professional reads "
       "ug/dL for cortisol (a 6.2-19.4 morning interval) and DHEA-S, uIU/mL for insulin, umol/L for homocysteine; "
       "B12's pg/mL is the genuine unit (232-1245 pg/mL) and stays; no value is 10^6 smaller than printed"),

dict(id="CH03", code=("CH",), lines=[
    "CBC W/ AUTO DIFF                Collected 03/14/2025 07:42",
    "WBC              5.6    x103/pL    4.0-10.5",
    "RBC              4.61   x106/pL    4.10-5.60",
    "Hemog1obin       14.3   g/dl       12.5-17.0",
    "Hemat0crit       43.0   %          37.5-51.0",
    "MCV              93     fl         79-97",
    "MCH              31.0   pg         26.6-33.0",
    "MCHC             33.3   g/dl       31.5-35.7",
    "RDW              12.8   %          11.6-15.4",
    "P1ate1ets        162    x103/pL    150-450",
], rows=[
    R("white-blood-cell-count", "5.6", "x10^3/uL", "10*3/uL", rng="4.0..10.5"),
    R("red-blood-cell-count", "4.61", "x10^6/uL", "10*6/uL", rng="4.10..5.60"),
    R("hemoglobin", "14.3", "g/dL", "g/dL", rng="12.5..17.0"),
    R("hematocrit", "43.0", "%", "%", rng="37.5..51.0"),
    R("mean-corpuscular-volume", "93", "fL", "fL", rng="79..97"),
    R("mean-corpuscular-hemoglobin", "31.0", "pg", "pg", rng="26.6..33.0"),
    R("mean-corpuscular-hemoglobin-concentration", "33.3", "g/dL", "g/dL", rng="31.5..35.7"),
    R("red-cell-distribution-width", "12.8", "%", "%", rng="11.6..15.4"),
    R("platelet-count", "162", "x10^3/uL", "10*3/uL", rng="150..450"),
], why="CH: superscripts lost (`x10³/µL` -> `x103/pL`, `x10⁶/µL` -> `x106/pL`): the 103 and 106 are the powers 10^3 "
       "and 10^6, not multipliers, and the p is the mu; `g/dl`, `fl` = g/dL, fL; `Hemog1obin`, `Hemat0crit`, "
       "`P1ate1ets` are the names; the collection time is no row"),

dict(id="CH04", code=("CH",), lines=[
    "CARDIOVASCULAR RISK PANEL                Fasting 12 hrs",
    "TEST                RESULT   FLAG    REF. RANGE   UNITS",
    "Cholesterol         236      I-I     <200         mg/dL",
    "Triglycerides       98               <150         mg/dL",
    "HDL Cholesterol     38       |_      >39          mg/dL",
    "LDL Cholesterol     171      I-I     <100         mg/dL",
    "Apolipoprotein B    128      HlGH    <90          mg/dL",
    "Lp{a)               162      I-I     <75          nmol/L",
    "hs-CRP              0.6              <1.0         mg/L",
    "hs-CRP risk: <1.0 low, 1.0-3.0 average, >3.0 high (AHA/CDC).",
], rows=[
    R("total-cholesterol", "236", "mg/dL", "mg/dL", printed="high", rng="..200"),
    R("triglycerides", "98", "mg/dL", "mg/dL", rng="..150"),
    R("hdl-cholesterol", "38", "mg/dL", "mg/dL", printed="low", rng="39.."),
    R("ldl-cholesterol", "171", "mg/dL", "mg/dL", printed="high", rng="..100"),
    R("apolipoprotein-b", "128", "mg/dL", "mg/dL", printed="high", rng="..90"),
    R("lipoprotein-a", "162", "nmol/L", "nmol/L", printed="high", rng="..75"),
    R("hs-crp", "0.6", "mg/L", "mg/L", rng="..1.0"),
], why="CH: flags damaged: `I-I` is H, `|_` is L, `HlGH` is HIGH; `Lp{a)` is Lp(a) in nmol/L; the hs-CRP row's own "
       "interval is <1.0 and the AHA/CDC risk line under the table is a comment (no range, no row); fasting hours no row"),

dict(id="CH05", code=("CH",), lines=[
    "DIABETES MONITORING",
    "Test                             Result  Flag  Units    Ref Interval",
    "HbAlc                            6.1     H     %        4.8-5.6",
    "Estimated Average G1ucose (eAG)  128           mg/dL",
    "G1ucose, Fasting                 104     H     mg/dL    70-99",
    "Insu1in, Fasting                 14.6          ulU/mL   2.6-24.9",
    "C-Peptlde                        2.1           ng/mL    1.1-4.4",
    "HbAlc 5.7-6.4 %: prediabetes; 6.5 % or above: diabetes (ADA).",
], rows=[
    R("hemoglobin-a1c", "6.1", "%", "%", printed="high", rng="4.8..5.6"),
    R("estimated-average-glucose", "128", "mg/dL", "mg/dL"),
    R("glucose", "104", "mg/dL", "mg/dL", printed="high", rng="70..99"),
    R("insulin", "14.6", "uIU/mL", "u[IU]/mL", rng="2.6..24.9"),
    R("c-peptide", "2.1", "ng/mL", "ng/mL", rng="1.1..4.4"),
], why="CH: `HbAlc` is HbA1c (the 1 read as l), `G1ucose`, `Insu1in`, `C-Peptlde`; `ulU/mL` is uIU/mL; eAG has no "
       "interval printed (range empty, flag null); the ADA comment's 5.7-6.4 and 6.5 are no ranges"),

dict(id="CH06", code=("CH",), lines=[
    "ST MARGARET'S HOSPITAL - ENDOCRINOLOGY      Lab No: SM25/448190",
    "Test                  Result  Units     Reference range",
    "Testosterone          18.6    nmo1/L    8.6 - 29.0",
    "SHBG                  41      nmo1/L    18.3 - 54.1",
    "0estradiol            121     pmo1/L    41 - 159",
    "LH                    5.2     IU/I      1.7 - 8.6",
    "FSH                   4.8     IU/I      1.5 - 12.4",
    "C0rtisol (09:00)      462     nmo1/L    133 - 537",
    "PSA (Tota1)           1.12    ug/I      0.00 - 2.50",
], rows=[
    R("testosterone", "18.6", "nmol/L", "ng/dL", TESTO_NMOL, rng="8.6..29.0"),
    R("shbg", "41", "nmol/L", "nmol/L", rng="18.3..54.1"),
    R("estradiol", "121", "pmol/L", "pg/mL", E2_PMOL, rng="41..159"),
    R("luteinizing-hormone", "5.2", "IU/L", "m[IU]/mL", rng="1.7..8.6"),
    R("follicle-stimulating-hormone", "4.8", "IU/L", "m[IU]/mL", rng="1.5..12.4"),
    R("cortisol", "462", "nmol/L", "ug/dL", CORT_NMOL, rng="133..537"),
    R("prostate-specific-antigen", "1.12", "ug/L", "ng/mL", rng="0.00..2.50"),
], why="CH: O read as 0 in words (`0estradiol`, `C0rtisol`) and l as 1 (`nmo1/L`, `pmo1/L`, `Tota1`), L as I "
       "(`IU/I`, `ug/I`); a UK SI report: IU/L = m[IU]/mL for LH and FSH, ug/L = ng/mL for PSA; the 09:00 draw time is "
       "part of the cortisol name and the range is the morning one"),

dict(id="CH07", code=("CH",), lines=[
    "THYROID PROFILE, TOTAL  &  VITAMINS          Sample Type : Serum",
    "Test Name                         Result    Unit       Bio. Ref. Interval",
    "Trilodothyronine (T3), Total      112       ng/dI      60 - 200",
    "Method : CLIA",
    "Thyroxlne (T4), Total             7.8       ug/dI      4.5 - 12.0",
    "TSH - Ultrasensltive              6.42  H   plU/mL     0.35 - 5.50",
    "Vitamln B12                       168   L   pg/mL      197 - 771",
    "25(OH) Vltamin D                  18.2  L   ng/ml      30 - 100",
    "Method : CMIA",
], rows=[
    R("total-t3", "112", "ng/dL", "ng/dL", rng="60..200"),
    R("total-t4", "7.8", "ug/dL", "ug/dL", rng="4.5..12.0"),
    R("thyroid-stimulating-hormone", "6.42", "uIU/mL", "m[IU]/L", printed="high", rng="0.35..5.50"),
    R("vitamin-b12", "168", "pg/mL", "pg/mL", printed="low", rng="197..771"),
    R("vitamin-d", "18.2", "ng/mL", "ng/mL", printed="low", rng="30..100"),
], why="CH: an Indian-layout thyroid/vitamin report: i read as l in the names (`Trilodothyronine`, `Thyroxlne`, "
       "`Ultrasensltive`, `Vitamln`, `Vltamin`); `ng/dI`, `ug/dI` = ng/dL, ug/dL; `plU/mL` is uIU/mL (mu as p, I as l) "
       "= m[IU]/L for TSH; method lines are no rows"),

dict(id="CH08", code=("CH",), lines=[
    "SPECIAL CHEMISTRY                          Acc# 25-071-04418",
    "Hornocysteine        9.8       urnol/L    0.0-14.5",
    "Magneslum            2.1       rng/dL     1.6-2.6",
    "Uric Acld            7.9   H   rng/dL     3.4-7.0",
    "GGT                  34        U/L        3-70",
    "Ferritin             248       ng/rnL     38-380",
    "Cystatin C           0.92      rng/L      0.53-0.95",
    "PSA, Total           0.84      ng/rnL     0.00-4.00",
], rows=[
    R("homocysteine", "9.8", "umol/L", "umol/L", rng="0.0..14.5"),
    R("magnesium", "2.1", "mg/dL", "mg/dL", rng="1.6..2.6"),
    R("uric-acid", "7.9", "mg/dL", "mg/dL", printed="high", rng="3.4..7.0"),
    R("gamma-glutamyl-transferase", "34", "U/L", "U/L", rng="3..70"),
    R("ferritin", "248", "ng/mL", "ng/mL", rng="38..380"),
    R("cystatin-c", "0.92", "mg/L", "mg/L", rng="0.53..0.95"),
    R("prostate-specific-antigen", "0.84", "ng/mL", "ng/mL", rng="0.00..4.00"),
], why="CH: m read as rn (`Hornocysteine`, `urnol/L` = umol/L, `rng/dL` = mg/dL, `ng/rnL` = ng/mL, `rng/L` = mg/L) "
       "and i as l (`Magneslum`, `Acld`); the accession number is no row"),
]
