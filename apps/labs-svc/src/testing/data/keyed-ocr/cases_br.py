"""BR: table borders read as characters (| I l [ ] _), underscores, rules and dotted leaders."""
from gen_cases import R, B12_PMOL, VITD_NMOL, GL_MGDL, FT4_PMOL, FT3_PMOL

FE_UMOL = (5.5845, "x 5.5845 (iron 55.845 g/mol: umol/L -> ug/dL)")

CASES = [
dict(id="BR01", code=("BR",), lines=[
    "|  HAEMATOLOGY REPORT                                   |",
    "| Test         | Result | Units     | Reference      |",
    "|______________|________|___________|________________|",
    "| Hemoglobin   | 15.1   | g/dL      | 13.5 - 17.5    |",
    "I WBC          I 6.8    I x10^3/uL  I 4.0 - 11.0     I",
    "| Platelets    | 305    | x10^3/uL  | 150 - 450      |",
    "| Neutrophils  | 58.2   | %         | 40 - 75        |",
    "I Lymphocytes  I 31.0   I %         I 20 - 45        I",
    "| Monocytes    | 7.4    | %         | 2 - 10         |",
    "| Eosinophils  | 2.9    | %         | 1 - 6          |",
    "| Basophils    | 0.5    | %         | 0 - 1          |",
    "|______________|________|___________|________________|",
], rows=[
    R("hemoglobin", "15.1", "g/dL", "g/dL", rng="13.5..17.5"),
    R("white-blood-cell-count", "6.8", "x10^3/uL", "10*3/uL", rng="4.0..11.0"),
    R("platelet-count", "305", "x10^3/uL", "10*3/uL", rng="150..450"),
    R("neutrophils", "58.2", "%", "%", rng="40..75"),
    R("lymphocytes", "31.0", "%", "%", rng="20..45"),
    R("monocytes", "7.4", "%", "%", rng="2..10"),
    R("eosinophils", "2.9", "%", "%", rng="1..6"),
    R("basophils", "0.5", "%", "%", rng="0..1"),
], why="BR: a ruled table; the vertical rules came out as `|` and on two lines as `I`, the horizontal rules as "
       "underscores; an `I` between cells is a border, never a 1 or a flag; the differential is printed in percent "
       "only, so the percent entries and no absolute rows"),

dict(id="BR02", code=("BR",), lines=[
    "MEN'S HEALTH PANEL",
    "Testosterone, Total .............. 645 ............ ng/dL ...... 264-916",
    "Free Testosterone (Direct) ....... 14.2 ........... pg/mL ...... 8.7-25.1",
    "Sex Hormone Binding Globulin ..... 31.6 ........... nmol/L ..... 16.5-55.9",
    "Estradiol ________________________ 28.4 ___________ pg/mL ______ 7.6-42.6",
    "DHEA-Sulfate _____________________ 301 ____________ ug/dL ______ 138.5-475.2",
    "PSA, Total ....................... 0.71 ........... ng/mL ...... 0.0-4.0",
    "Prolactin ........................ 9.6 ............ ng/mL ...... 4.0-15.2",
], rows=[
    R("testosterone", "645", "ng/dL", "ng/dL", rng="264..916"),
    R("testosterone-free", "14.2", "pg/mL", "pg/mL", rng="8.7..25.1"),
    R("shbg", "31.6", "nmol/L", "nmol/L", rng="16.5..55.9"),
    R("estradiol", "28.4", "pg/mL", "pg/mL", rng="7.6..42.6"),
    R("dhea-sulfate", "301", "ug/dL", "ug/dL", rng="138.5..475.2"),
    R("prostate-specific-antigen", "0.71", "ng/mL", "ng/mL", rng="0.0..4.0"),
    R("prolactin", "9.6", "ng/mL", "ng/mL", rng="4.0..15.2"),
], why="BR: dotted leaders and underscore leaders between every column; the leaders are no characters of the values; "
       "SHBG printed in full is shbg"),

dict(id="BR03", code=("BR",), lines=[
    "[ RENAL / HEPATIC PANEL ]                               Page 1",
    "[ Test        ] Result  Flag [ Units   ] Reference ]",
    "[ Glucose     ] 92      I    [ mg/dL   ] 70 - 99   ]",
    "[ BUN         ] 15      l    [ mg/dL   ] 6 - 24    ]",
    "[ Creatinine  ] 1.02    l    [ mg/dL   ] 0.70 - 1.30 ]",
    "[ eGFR        ] 88      I    [ mL/min/1.73m2 ] >59 ]",
    "[ Uric Acid   ] 5.1     l    [ mg/dL   ] 3.7 - 8.6 ]",
    "[ ALT         ] 58      H    [ U/L     ] 0 - 44    ]",
    "[ AST         ] 37      l    [ U/L     ] 0 - 40    ]",
], rows=[
    R("glucose", "92", "mg/dL", "mg/dL", rng="70..99"),
    R("blood-urea-nitrogen", "15", "mg/dL", "mg/dL", rng="6..24"),
    R("creatinine", "1.02", "mg/dL", "mg/dL", rng="0.70..1.30"),
    R("egfr", "88", "mL/min/1.73m2", "mL/min/{1.73_m2}", rng="59.."),
    R("uric-acid", "5.1", "mg/dL", "mg/dL", rng="3.7..8.6"),
    R("alanine-aminotransferase", "58", "U/L", "U/L", printed="high", rng="0..44"),
    R("aspartate-aminotransferase", "37", "U/L", "U/L", rng="0..40"),
], why="BR: the box borders came out as `[` and `]`, and the empty flag cells' left rule as `I` or `l`; an `l` in the "
       "flag column is a rule, not an L (every such value lies inside its range), and `I` is not a 1; only ALT carries "
       "a real flag, H; `Page 1` is no row"),

dict(id="BR04", code=("BR",), lines=[
    "CLINICAL PATHOLOGY SERVICES (AU)          Ph 1300 555 014",
    "==========================================================",
    "IRON STUDIES                 Result    Units    Ref Range",
    "----------------------------------------------------------",
    "Ferritin                     45        ug/L     30-500",
    "Iron                         18        umol/L   10-30",
    "Transferrin                  2.6       g/L      2.0-3.6",
    "Transferrin Saturation       27        %        15-45",
    "__________________________________________________________",
    "Vitamin B12                  310       pmol/L   150-700",
    "Vitamin D (25-OH)            62        nmol/L   >50",
    "_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _",
], rows=[
    R("ferritin", "45", "ug/L", "ng/mL", rng="30..500"),
    R("iron", "18", "umol/L", "ug/dL", FE_UMOL, rng="10..30"),
    R("transferrin", "2.6", "g/L", "mg/dL", GL_MGDL, rng="2.0..3.6"),
    R("transferrin-saturation", "27", "%", "%", rng="15..45"),
    R("vitamin-b12", "310", "pmol/L", "pg/mL", B12_PMOL, rng="150..700"),
    R("vitamin-d", "62", "nmol/L", "ng/mL", VITD_NMOL, rng="50.."),
], why="BR: horizontal rules read as `=`, `-`, `_` and spaced underscores, lines of no content; an Australian SI "
       "report: ug/L = ng/mL for ferritin; the phone number is no row"),

dict(id="BR05", code=("BR",), lines=[
    "THYROID FUNCTION",
    "|Test|Result|Units|Reference|",
    "|TSH|1.92|mIU/L|0.27-4.20|",
    "|Free T4|16.8|pmol/L|12.0-22.0|",
    "|Free T3|4.9|pmol/L|3.1-6.8|",
    "|Anti-TPO|12|IU/mL|<34|",
    "|Anti-Tg|22|IU/mL|<115|",
    "l____l______l______l__________l",
], rows=[
    R("thyroid-stimulating-hormone", "1.92", "mIU/L", "m[IU]/L", rng="0.27..4.20"),
    R("free-t4", "16.8", "pmol/L", "ng/dL", FT4_PMOL, rng="12.0..22.0"),
    R("free-t3", "4.9", "pmol/L", "pg/mL", FT3_PMOL, rng="3.1..6.8"),
    R("thyroid-peroxidase-antibody", "12", "IU/mL", "U/mL", rng="..34"),
    R("thyroglobulin-antibody", "22", "IU/mL", "[IU]/mL", rng="..115"),
], why="BR: a grid whose cell rules came out as `|` glued to the text with no spaces, so the pipes are the only column "
       "separators; the bottom rule reads `l____l`; IU/mL = U/mL for anti-TPO; `<34`->..34"),
]
