"""WR: lines split or joined - a row's range or unit on the next line, two rows on one line, broken names."""
from gen_cases import R

CASES = [
dict(id="WR01", code=("WR",), lines=[
    "ENDOCRINOLOGY - MALE HORMONES                 Collected 09/09/2025 08:20",
    "Test                  Result   Flag   Units      Reference Interval",
    "Testosterone,",
    "Total, LC/MS          385             ng/dL",
    "                                                 250-1100",
    "Free Testosterone     62.1            pg/mL",
    "(Dialysis)                                       46.0-224.0",
    "SHBG                  71       H      nmol/L     10-50",
    "Free Androgen Index   18.8     L      %",
    "                                                 24.0-104.0",
    "Estradiol             24              pg/mL",
    "                                                 <or= 39",
    "DHT                   38              ng/dL      16-79",
], rows=[
    R("testosterone", "385", "ng/dL", "ng/dL", rng="250..1100"),
    R("testosterone-free", "62.1", "pg/mL", "pg/mL", rng="46.0..224.0"),
    R("shbg", "71", "nmol/L", "nmol/L", printed="high", rng="10..50"),
    R("?Free Androgen Index", "18.8", "%", printed="low", rng="24.0..104.0"),
    R("estradiol", "24", "pg/mL", "pg/mL", rng="..39"),
    R("dihydrotestosterone", "38", "ng/dL", "ng/dL", rng="16..79"),
], why="WR: wrapped rows: the test name split over two lines (`Testosterone,` / `Total, LC/MS`), a method word on the "
       "next line (`(Dialysis)`), and the reference interval alone on the line under its row (four times); each "
       "continuation belongs to the row above it; `<or= 39`->..39; the Free Androgen Index is not in the catalog "
       "(? row, no normalized value)"),

dict(id="WR02", code=("WR",), lines=[
    "BASIC METABOLIC PANEL                    Specimen: Plasma (Li hep)",
    "Sodium 139 mmol/L 136-145 Potassium 6.4 HH mmol/L 3.5-5.1",
    "Chloride        101         mmol/L     98-107",
    "CO2 26 mmol/L 22-29 BUN 21 H mg/dL 6-20",
    "Creatinine      0.94        mg/dL      0.67-1.17",
    "Calcium 9.4 mg/dL 8.6-10.2 Glucose 112 H mg/dL 74-99",
    "HH = critical value. Potassium 6.4 read back and notified to RN J. Ortiz",
    "at 10:52 by lab ext 4471. Non-haemolysed sample.",
], rows=[
    R("sodium", "139", "mmol/L", "mmol/L", rng="136..145"),
    R("potassium", "6.4", "mmol/L", "mmol/L", printed="critical-high", rng="3.5..5.1"),
    R("chloride", "101", "mmol/L", "mmol/L", rng="98..107"),
    R("carbon-dioxide", "26", "mmol/L", "mmol/L", rng="22..29"),
    R("blood-urea-nitrogen", "21", "mg/dL", "mg/dL", printed="high", rng="6..20"),
    R("creatinine", "0.94", "mg/dL", "mg/dL", rng="0.67..1.17"),
    R("calcium", "9.4", "mg/dL", "mg/dL", rng="8.6..10.2"),
    R("glucose", "112", "mg/dL", "mg/dL", printed="high", rng="74..99"),
], why="WR: a skewed photo of a one-column table; the OCR joined consecutive rows into one line three times (Sodium + "
       "Potassium, CO2 + BUN, Calcium + Glucose); each joined line holds two complete rows in table order; `HH` is "
       "declared critical by the footer (critical-high); the read-back footer's 6.4, time and extension are no rows"),

dict(id="WR03", code=("WR",), lines=[
    "LIVER FUNCTION TESTS",
    "Test                    Result   Units    Refer-",
    "                                          ence",
    "Alkaline Phos-",
    "phatase                 88       U/L      44-147",
    "Gamma Glutamyl-",
    "transferase             41       U/L      0-65",
    "Bilirubin, To-",
    "tal                     1.6      mg/dL    0.2-1.2   H",
    "Lactate Dehydro-",
    "genase                  182      U/L      140-271",
    "AST (SGOT)              25       U/L      0-40",
    "Albumin                 4.3      g/dL     3.5-5.2",
], rows=[
    R("alkaline-phosphatase", "88", "U/L", "U/L", rng="44..147"),
    R("gamma-glutamyl-transferase", "41", "U/L", "U/L", rng="0..65"),
    R("total-bilirubin", "1.6", "mg/dL", "mg/dL", printed="high", rng="0.2..1.2"),
    R("lactate-dehydrogenase", "182", "U/L", "U/L", rng="140..271"),
    R("aspartate-aminotransferase", "25", "U/L", "U/L", rng="0..40"),
    R("albumin", "4.3", "g/dL", "g/dL", rng="3.5..5.2"),
], why="WR: hyphenated words broken over two lines: the header `Refer-`/`ence` and four test names (`Alkaline Phos-`/"
       "`phatase`, `Gamma Glutamyl-`/`transferase`, `Bilirubin, To-`/`tal`, `Lactate Dehydro-`/`genase`); each name "
       "joins with the line below, which carries the result; the H after the range is bilirubin's flag"),

dict(id="WR04", code=("WR",), lines=[
    "WELLNESS PANEL RESULTS",
    "Hemoglobin A1c",
    "5.4 % 4.0-5.6",
    "Thyroid Stimulating Hormone",
    "3.12 mIU/L 0.40-4.50",
    "Ferritin, Serum",
    "412 ng/mL 24-336",
    "H",
    "Vitamin D, 25-Hydroxy 41 ng/mL 30-",
    "100",
    "C-Reactive Protein, High Sensitivity",
    "2.4 mg/L <3.0",
], rows=[
    R("hemoglobin-a1c", "5.4", "%", "%", rng="4.0..5.6"),
    R("thyroid-stimulating-hormone", "3.12", "mIU/L", "m[IU]/L", rng="0.40..4.50"),
    R("ferritin", "412", "ng/mL", "ng/mL", printed="high", rng="24..336"),
    R("vitamin-d", "41", "ng/mL", "ng/mL", rng="30..100"),
    R("hs-crp", "2.4", "mg/L", "mg/L", rng="..3.0"),
], why="WR: each test name on a line of its own with its result on the next; ferritin's H dropped to a line by "
       "itself (it is ferritin's flag, not a row); vitamin D's range split after the dash (`30-` / `100` = 30..100; "
       "the 100 is no value); `C-Reactive Protein, High Sensitivity` is hs-CRP"),

dict(id="WR05", code=("WR",), lines=[
    "HORMONES & GROWTH FACTORS                Draw 07:50, fasting",
    "Insulin, Fasting 8.4 uIU/mL 2.6-24.9 Cortisol,",
    "AM 16.1 ug/dL 6.2-19.4",
    "Prolac",
    "tin 12.4 ng/mL 4.0-15.2",
    "IGF-1 188 ng/mL 98-282 Progesterone 0.4",
    "ng/mL 0.2-1.4",
], rows=[
    R("insulin", "8.4", "uIU/mL", "u[IU]/mL", rng="2.6..24.9"),
    R("cortisol", "16.1", "ug/dL", "ug/dL", rng="6.2..19.4"),
    R("prolactin", "12.4", "ng/mL", "ng/mL", rng="4.0..15.2"),
    R("somatomedin-c", "188", "ng/mL", "ng/mL", rng="98..282"),
    R("progesterone", "0.4", "ng/mL", "ng/mL", rng="0.2..1.4"),
], why="WR: line breaks in the wrong places: the name `Cortisol,` ends the insulin line and its `AM` and result start "
       "the next; `Prolac`/`tin` is one word; progesterone's value ends one line and its unit and range start the next; "
       "read in sequence, every row is complete; the draw time is no row"),
]
