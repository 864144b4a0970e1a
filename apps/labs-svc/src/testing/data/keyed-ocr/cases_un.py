"""UN: values whose digits the OCR damaged. A damaged value is read only where the intended number is certain (a
digit-shaped letter standing for the digit it imitates: O/o for 0, l/I for 1, inside a complete number); where a
character is missing, a symbol replaces a digit, a decimal point is lost, or the edge cut the number, no row."""
from gen_cases import R, CREA_UMOL

CASES = [
dict(id="UN01", code=("UN",), unkeyed=("?.8",), lines=[
    "COMPLETE BLOOD COUNT           (phone photo, low light)",
    "Test           Result   Units      Reference",
    "WBC            ?.8      x10^3/uL   4.0-10.5",
    "RBC            4.72     x10^6/uL   4.20-5.80",
    "Hemoglobin     l4.O     g/dL       13.5-17.5",
    "Hematocrit     42.1     %          38.5-50.0",
    "Platelets      2O8      x10^3/uL   150-400",
], rows=[
    R("red-blood-cell-count", "4.72", "x10^6/uL", "10*6/uL", rng="4.20..5.80"),
    R("hemoglobin", "14.0", "g/dL", "g/dL", rng="13.5..17.5", ocr="l4.O"),
    R("hematocrit", "42.1", "%", "%", rng="38.5..50.0"),
    R("platelet-count", "208", "x10^3/uL", "10*3/uL", rng="150..400", ocr="2O8"),
], why="UN: WBC `?.8`: the integer digit is lost (1.8? 4.8? 9.8?), so no WBC row; hemoglobin `l4.O` is 14.0 (l and "
       "O are the shapes of 1 and 0, the number is complete, and 14.0 fits the haemoglobin of a hematocrit of 42.1); "
       "platelets `2O8` is 208 (an O between digits is a 0)"),

dict(id="UN02", code=("UN",), unkeyed=("1?4", "#8"), lines=[
    "LIPID PANEL                 Fasting",
    "Cholesterol, Total     1?4       mg/dL    100-199",
    "HDL Cholesterol        5O        mg/dL    >39",
    "Triglycerides          141       mg/dL    0-149",
    "LDL Chol Calc (NIH)    #8        mg/dL    0-99",
    "Non-HDL Cholesterol    116       mg/dL    0-129",
], rows=[
    R("hdl-cholesterol", "50", "mg/dL", "mg/dL", rng="39..", ocr="5O"),
    R("triglycerides", "141", "mg/dL", "mg/dL", rng="0..149"),
    R("non-hdl-cholesterol", "116", "mg/dL", "mg/dL", rng="0..129"),
], why="UN: total cholesterol `1?4` (middle digit lost) and LDL `#8` (first digit a symbol) are unreadable: no rows, "
       "even though 116 + 50 suggests 166 for total cholesterol, a reader must not rebuild a value by arithmetic; HDL "
       "`5O` is 50 (O for 0 at the end of a complete two-digit number)"),

dict(id="UN03", code=("UN",), unkeyed=("42", "9~"), lines=[
    "U&E + GLUCOSE            Lab No L25/330918",
    "Sodium          138      mmol/L    133-146",
    "Potassium       42       mmol/L    3.5-5.3",
    "Creatinine      O.9O     mg/dL     0.70-1.30",
    "Glucose         9~       mg/dL     70-99",
    "Urea Nitrogen   16       mg/dL     7-20",
], rows=[
    R("sodium", "138", "mmol/L", "mmol/L", rng="133..146"),
    R("creatinine", "0.90", "mg/dL", "mg/dL", rng="0.70..1.30", ocr="O.9O"),
    R("blood-urea-nitrogen", "16", "mg/dL", "mg/dL", rng="7..20"),
], why="UN: potassium `42` lost its decimal point (42 mmol/L is impossible; 4.2 is only the likeliest reading), so no "
       "row; glucose `9~` has its second digit lost: no row; creatinine `O.9O` is 0.90 (both O between/after digits "
       "and before the point are 0); the lab number is no row"),

dict(id="UN04", code=("UN",), unkeyed=("  2\n",), lines=[
    "VITAMINS / MINERALS      (photo: right edge of page cut off)",
    "Test                   Reference   Units     Resul",
    "Ferritin               30-400      ng/mL     118",
    "Vitamin D, 25-OH       30-100      ng/mL     2",
    "Vitamin B12            232-1245    pg/mL     706",
    "Folate                 >5.9        ng/mL     1",
    "Magnesium              1.6-2.6     mg/dL     2.2",
], rows=[
    R("ferritin", "118", "ng/mL", "ng/mL", rng="30..400"),
    R("vitamin-b12", "706", "pg/mL", "pg/mL", rng="232..1245"),
    R("magnesium", "2.2", "mg/dL", "mg/dL", rng="1.6..2.6"),
], why="UN: the photo cut the right edge (the header reads `Resul`); vitamin D `2` and folate `1` are the first "
       "characters of longer numbers whose rest (and any flag) is off the page: no rows; the complete values are keyed"),

dict(id="UN05", code=("UN",), unkeyed=("3~.1", "4._"), lines=[
    "ANDROLOGY PANEL             (water stain over middle of page)",
    "Testosterone, Total    5l2       ng/dL     264-916",
    "Estradiol              3~.1      pg/mL     7.6-42.6",
    "SHBG                   44        nmol/L    16.5-55.9",
    "LH                     4._       mIU/mL    1.7-8.6",
    "FSH                    3.9       mIU/mL    1.5-12.4",
], rows=[
    R("testosterone", "512", "ng/dL", "ng/dL", rng="264..916", ocr="5l2"),
    R("shbg", "44", "nmol/L", "nmol/L", rng="16.5..55.9"),
    R("follicle-stimulating-hormone", "3.9", "mIU/mL", "m[IU]/mL", rng="1.5..12.4"),
], why="UN: a water stain: testosterone `5l2` is 512 (an l between two digits is a 1); estradiol `3~.1` and LH `4._` "
       "each lost a digit (30-39 pg/mL or 3.1; 4.0-4.9): no rows"),

dict(id="UN06", code=("UN", "CH"), lines=[
    "GLYCAEMIC / RENAL                 scanned fax, 200 dpi",
    "Test              Result   Flag   Units           Reference",
    "HbA1c             6.O      H      %               4.0-5.6",
    "Glucose, Fasting  1O8      H      mg/dL           70-99",
    "Creatinine        88              umol/L          62-106",
    "eGFR              >9O             mL/min/1.73m2   >59",
], rows=[
    R("hemoglobin-a1c", "6.0", "%", "%", printed="high", rng="4.0..5.6", ocr="6.O"),
    R("glucose", "108", "mg/dL", "mg/dL", printed="high", rng="70..99", ocr="1O8"),
    R("creatinine", "88", "umol/L", "mg/dL", CREA_UMOL, rng="62..106"),
    R("egfr", "90", "mL/min/1.73m2", "mL/min/{1.73_m2}", rng="59..", vt=">90", ocr=">9O"),
], why="UN+CH: a low-resolution fax where every printed 0 came out as O: `6.O` is 6.0, `1O8` is 108, `>9O` is >90 "
       "(censored, kept as >90); each is a complete number with the O in a digit position; the H flags agree"),
]
