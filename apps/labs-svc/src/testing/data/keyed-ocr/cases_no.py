"""NO: noise lines - page edges, stamps, handwriting read as garbage, barcode digits, logo letters."""
from gen_cases import R

X9L = None  # x10^9/L = 10*3/uL, same number

CASES = [
dict(id="NO01", code=("NO",), lines=[
    "~~ ,. ;  '",
    "||| || |||| | ||| || 4 902813 556120",
    "LIPID PROFILE            RECEIVED  18 MAR 2025",
    "Cholesterol, Total     188     mg/dL    <200",
    "Triglycerides          132     mg/dL    <150",
    "HDL Cholesterol        52      mg/dL    >40",
    "LDL Cholesterol        110  H  mg/dL    <100",
    "VLDL Cholesterol       26      mg/dL    5-40",
    "Chol/HDL Ratio         3.6              <5.0",
    "Page 1 of 2     . ' ;;",
], rows=[
    R("total-cholesterol", "188", "mg/dL", "mg/dL", rng="..200"),
    R("triglycerides", "132", "mg/dL", "mg/dL", rng="..150"),
    R("hdl-cholesterol", "52", "mg/dL", "mg/dL", rng="40.."),
    R("ldl-cholesterol", "110", "mg/dL", "mg/dL", printed="high", rng="..100"),
    R("vldl-cholesterol", "26", "mg/dL", "mg/dL", rng="5..40"),
    R("cholesterol-hdl-ratio", "3.6", "", "", rng="..5.0"),
], why="NO: page-edge specks (`~~ ,. ;`), a barcode read as bars and digits (4 902813 556120), a RECEIVED date "
       "stamp and `Page 1 of 2`: none is a row; the Chol/HDL ratio has no unit printed, so no normalized value (the keyed-tables convention for a value with no unit)"),

dict(id="NO02", code=("NO",), lines=[
    "THYROID & IRON                           Dr. R. Mehta  (ordering)",
    "Test            Result  Flag  Units     Reference",
    "TSH             5.82    H     uIU/mL    0.40-4.50",
    "  T5H rechk 6 wk5 ~ 2,1 ?? -RM",
    "Free T4         0.98          ng/dL     0.82-1.77",
    "Anti-TPO Ab     48      H     IU/mL     0-34",
    "   ~/ ferr ok ;' 7",
    "Ferritin        61            ng/mL     30-400",
], rows=[
    R("thyroid-stimulating-hormone", "5.82", "uIU/mL", "m[IU]/L", printed="high", rng="0.40..4.50"),
    R("free-t4", "0.98", "ng/dL", "ng/dL", rng="0.82..1.77"),
    R("thyroid-peroxidase-antibody", "48", "IU/mL", "U/mL", printed="high", rng="0..34"),
    R("ferritin", "61", "ng/mL", "ng/mL", rng="30..400"),
], why="NO: the doctor's handwriting between the printed rows came out as garbage (`T5H rechk 6 wk5 ~ 2,1 ??`, "
       "`~/ ferr ok ;' 7`); it is a note, not a laboratory result: no TSH 2.1 and no ferritin 7; IU/mL = U/mL for "
       "anti-TPO"),

dict(id="NO03", code=("NO",), lines=[
    "@ O  Q L S",
    "QUAYSIDE LABORATORY SERVICES  (c) ISO 15189 Acc. No. 4471",
    "Tel 0161 555 0199   Fax 0161 555 0198",
    "FULL BLOOD COUNT        Result   Units      Range",
    "White cell count        6.3      x10^9/L    4.0-11.0",
    "Neutrophils %           62.1     %          40-75",
    "Neutrophils             3.91     x10^9/L    2.0-7.5",
    "Lymphocytes %           27.4     %          20-45",
    "Lymphocytes             1.73     x10^9/L    1.0-4.0",
    "Monocytes %             7.8      %          2-10",
    "Monocytes               0.49     x10^9/L    0.2-1.0",
    "Q",
], rows=[
    R("white-blood-cell-count", "6.3", "x10^9/L", "10*3/uL", rng="4.0..11.0"),
    R("neutrophils", "62.1", "%", "%", rng="40..75"),
    R("neutrophils-absolute", "3.91", "x10^9/L", "10*3/uL", rng="2.0..7.5"),
    R("lymphocytes", "27.4", "%", "%", rng="20..45"),
    R("lymphocytes-absolute", "1.73", "x10^9/L", "10*3/uL", rng="1.0..4.0"),
    R("monocytes", "7.8", "%", "%", rng="2..10"),
    R("monocytes-absolute", "0.49", "x10^9/L", "10*3/uL", rng="0.2..1.0"),
], why="NO: the logo read as letters (`@ O  Q L S`, a lone `Q` from the watermark), the accreditation number, "
       "phone and fax: no rows; percent and absolute lines are separate rows; x10^9/L = 10*3/uL"),

dict(id="NO04", code=("NO",), lines=[
    "FEMALE HORMONE PROFILE         C O P Y  ~  NOT  FOR",
    "Test                  Result   Units     Reference   DIAGNOSIS ~",
    "TSH                   1.44     uIU/mL    0.45-4.50",
    "Prolactin             18.2     ng/mL     4.8-23.3",
    "AMH                   2.9      ng/mL     1.0-3.5",
    "Testosterone, Total   28       ng/dL     8-48",
    "SHBG                  96       nmol/L    24.6-122.0",
    "DHEA-Sulfate          162      ug/dL     57.3-279.2",
    "VERIFIED ~ 27/06/25 ~ Dr.  ~J/-/~ 0 ~",
], rows=[
    R("thyroid-stimulating-hormone", "1.44", "uIU/mL", "m[IU]/L", rng="0.45..4.50"),
    R("prolactin", "18.2", "ng/mL", "ng/mL", rng="4.8..23.3"),
    R("anti-mullerian-hormone", "2.9", "ng/mL", "ng/mL", rng="1.0..3.5"),
    R("testosterone", "28", "ng/dL", "ng/dL", rng="8..48"),
    R("shbg", "96", "nmol/L", "nmol/L", rng="24.6..122.0"),
    R("dhea-sulfate", "162", "ug/dL", "ug/dL", rng="57.3..279.2"),
], why="NO: a diagonal `COPY - NOT FOR DIAGNOSIS` stamp read into the header lines, and a VERIFIED stamp with a "
       "signature read as `~J/-/~ 0`; none is a row, and the stamp does not void the printed results"),

dict(id="NO05", code=("NO",), lines=[
    "elqmas  ylno  noitamrofni   (show-through from the reverse)",
    "CARDIO-METABOLIC MARKERS",
    "PSA, Total           2.1          ng/mL    0.0-4.0",
    "hs-CRP               3.6     H    mg/L     0.0-3.0",
    "Apolipoprotein B     94      H    mg/dL    <90",
    "Lipoprotein (a)      48      H    mg/dL    <30",
    "Uric Acid            6.2          mg/dL    3.7-8.6",
    ")) ( ' .  ,  |",
], rows=[
    R("prostate-specific-antigen", "2.1", "ng/mL", "ng/mL", rng="0.0..4.0"),
    R("hs-crp", "3.6", "mg/L", "mg/L", printed="high", rng="0.0..3.0"),
    R("apolipoprotein-b", "94", "mg/dL", "mg/dL", printed="high", rng="..90"),
    R("lipoprotein-a", "48", "mg/dL", "", printed="high", rng="..30"),
    R("uric-acid", "6.2", "mg/dL", "mg/dL", rng="3.7..8.6"),
], why="NO: mirrored text showing through from the back of the sheet (read backwards) and a finger's edge read as "
       "`)) ( '`: no rows; Lp(a) in mg/dL has no normalized value (catalog v9: no single mg/dL-nmol/L factor)"),
]
