"""SI: dual-unit tables (conventional and SI side by side: the conventional column is keyed) and SI-only tables."""
from gen_cases import *

CASES = []
def case(id, lines, rows, why): CASES.append({"id": id, "lines": lines, "rows": rows, "why": why})

DUAL = ("a dual-unit table: one row per test, keyed from the CONVENTIONAL column (value, unit, range and flag), "
        "because it is printed in the catalog's unit and is the laboratory's reported result; the SI column repeats "
        "the same measurement converted and is not a second row")

case("SI01",
     ["CHEMISTRY PANEL    Conventional and SI units    Collected 05/06/2025 07:15"] + table([
         ["Test", "Result", "Conv. Units", "Conv. Range", "Result (SI)", "SI Units", "SI Range"],
         ["Glucose", "92", "mg/dL", "70-99", "5.1", "mmol/L", "3.9-5.5"],
         ["Cholesterol", "214 H", "mg/dL", "<200", "5.53 H", "mmol/L", "<5.17"],
         ["HDL Cholesterol", "52", "mg/dL", ">40", "1.34", "mmol/L", ">1.03"],
         ["Triglycerides", "96", "mg/dL", "<150", "1.08", "mmol/L", "<1.69"],
         ["Creatinine", "0.92", "mg/dL", "0.60-1.20", "81", "umol/L", "53-106"],
         ["Uric Acid", "6.1", "mg/dL", "3.5-7.2", "363", "umol/L", "208-428"]]),
     [R("glucose", 92, "mg/dL", "mg/dL", rng="70..99"),
      R("total-cholesterol", 214, "mg/dL", "mg/dL", printed="high", rng="..200"),
      R("hdl-cholesterol", 52, "mg/dL", "mg/dL", rng="40.."),
      R("triglycerides", 96, "mg/dL", "mg/dL", rng="..150"),
      R("creatinine", 0.92, "mg/dL", "mg/dL", rng="0.60..1.20"),
      R("uric-acid", 6.1, "mg/dL", "mg/dL", rng="3.5..7.2")],
     DUAL + "; the SI values agree (92/18.0156 = 5.1, 214/38.665 = 5.53, 0.92/0.011312 = 81, 6.1/0.016811 = 363)")

case("SI02",
     ["HORMONE PANEL - Male    Age 47    Specimen: Serum"] + table([
         ["Test", "Result", "Flag", "Units", "Ref Interval", "SI Result", "SI Units", "SI Ref"],
         ["Testosterone, Total", "548", "", "ng/dL", "264-916", "19.0", "nmol/L", "9.2-31.8"],
         ["Estradiol", "29", "", "pg/mL", "7.6-42.6", "106", "pmol/L", "28-156"],
         ["Cortisol, AM", "17.8", "", "ug/dL", "6.2-19.4", "491", "nmol/L", "171-535"],
         ["Vitamin D, 25-OH", "24", "L", "ng/mL", "30-100", "60", "nmol/L", "75-250"],
         ["DHEA-Sulfate", "301", "", "ug/dL", "71.6-375.4", "8.17", "umol/L", "1.94-10.19"]]),
     [R("testosterone", 548, "ng/dL", "ng/dL", rng="264..916"),
      R("estradiol", 29, "pg/mL", "pg/mL", rng="7.6..42.6"),
      R("cortisol", 17.8, "ug/dL", "ug/dL", rng="6.2..19.4"),
      R("vitamin-d", 24, "ng/mL", "ng/mL", printed="low", rng="30..100"),
      R("dhea-sulfate", 301, "ug/dL", "ug/dL", rng="71.6..375.4")],
     DUAL + "; the one Flag column stands before the conventional unit and belongs to the row; the SI values agree "
     "(548/28.842 = 19.0, 29/0.27238 = 106, 17.8/0.036246 = 491, 24/0.40064 = 60, 301/36.85 = 8.17)")

case("SI03",
     ["Laboratoire d'analyses - Bilan lipidique (SI)    Sexe: M    Age: 58"] + table([
         ["Parameter", "Result", "", "Unit", "Reference"],
         ["Total cholesterol", "6.12", "H", "mmol/L", "<5.00"],
         ["LDL cholesterol", "4.05", "H", "mmol/L", "<3.00"],
         ["HDL cholesterol", "1.18", "", "mmol/L", ">1.00"],
         ["Triglycerides", "1.92", "H", "mmol/L", "<1.70"],
         ["Apolipoprotein B", "1.21", "H", "g/L", "<1.00"],
         ["Lipoprotein(a)", "38", "", "nmol/L", "<75"]], right={1}),
     [R("total-cholesterol", 6.12, "mmol/L", "mg/dL", CHOL_MMOL, printed="high", rng="..5.00"),
      R("ldl-cholesterol", 4.05, "mmol/L", "mg/dL", CHOL_MMOL, printed="high", rng="..3.00"),
      R("hdl-cholesterol", 1.18, "mmol/L", "mg/dL", CHOL_MMOL, rng="1.00.."),
      R("triglycerides", 1.92, "mmol/L", "mg/dL", TG_MMOL, printed="high", rng="..1.70"),
      R("apolipoprotein-b", 1.21, "g/L", "mg/dL", GL_MGDL, printed="high", rng="..1.00"),
      R("lipoprotein-a", 38, "nmol/L", "nmol/L", rng="..75")],
     "an SI-only lipid table, values right-aligned, flags in an unheaded column: each is converted to the catalog "
     "unit, the range kept in the printed unit")

case("SI04",
     ["FULL BLOOD COUNT    Analyser: XN-1000    Units SI"] + table([
         ["Haemoglobin", "148", "g/L", "130 - 170"],
         ["Haematocrit", "0.44", "L/L", "0.40 - 0.50"],
         ["Red cell count", "4.91", "x10^12/L", "4.50 - 5.50"],
         ["MCHC", "336", "g/L", "320 - 360"],
         ["White cell count", "5.9", "x10^9/L", "4.0 - 10.0"],
         ["Platelets", "262", "x10^9/L", "150 - 400"]], right={1}),
     [R("hemoglobin", 148, "g/L", "g/dL", GL_GDL, rng="130..170"),
      R("hematocrit", 0.44, "L/L", "%", LL_PCT, rng="0.40..0.50"),
      R("red-blood-cell-count", 4.91, "x10^12/L", "10*6/uL", rng="4.50..5.50"),
      R("mean-corpuscular-hemoglobin-concentration", 336, "g/L", "g/dL", GL_GDL, rng="320..360"),
      R("white-blood-cell-count", 5.9, "x10^9/L", "10*3/uL", rng="4.0..10.0"),
      R("platelet-count", 262, "x10^9/L", "10*3/uL", rng="150..400")],
     "an SI full blood count with no header row: x10^12/L = 10*6/uL and x10^9/L = 10*3/uL (the same numbers); g/L "
     "and L/L are converted")

case("SI05",
     ["RENAL & BONE    SI (conventional)    Reported 14-Aug-2025"] + table([
         ["Test", "SI", "Ref (SI)", "Conventional", "Ref (conv.)"],
         ["Creatinine", "88 umol/L", "60-110", "1.00 mg/dL", "0.68-1.24"],
         ["Urea", "6.1 mmol/L", "2.5-7.8", "BUN 17 mg/dL", "7-22"],
         ["Calcium", "2.38 mmol/L", "2.10-2.60", "9.5 mg/dL", "8.4-10.4"],
         ["Bilirubin, total", "24 umol/L H", "<20", "1.4 mg/dL H", "<1.2"],
         ["Glucose, fasting", "5.4 mmol/L", "3.6-6.0", "97 mg/dL", "65-108"]]),
     [R("creatinine", 1.00, "mg/dL", "mg/dL", rng="0.68..1.24"),
      R("blood-urea-nitrogen", 17, "mg/dL", "mg/dL", rng="7..22"),
      R("calcium", 9.5, "mg/dL", "mg/dL", rng="8.4..10.4"),
      R("total-bilirubin", 1.4, "mg/dL", "mg/dL", printed="high", rng="..1.2"),
      R("glucose", 97, "mg/dL", "mg/dL", rng="65..108")],
     "SI first, conventional second: still one row per test from the conventional column (its value, range and flag); "
     "the urea line's conventional cell is the urea NITROGEN (BUN 17 mg/dL), keyed as blood-urea-nitrogen; the SI "
     "values agree (88 x 0.011312 = 1.00, 6.1 x 2.8014 = 17, 2.38 x 4.0078 = 9.5, 24 x 0.058466 = 1.4, "
     "5.4 x 18.0156 = 97)")

case("SI06",
     ["Endokrinologie / Endocrinology    Patientin, 44 J.    SI units only"] + table([
         ["Analyte", "Result", "Unit", "Reference interval"],
         ["TSH", "1.9", "mU/L", "0.27 - 4.20"],
         ["Free T4", "16.4", "pmol/L", "12.0 - 22.0"],
         ["Free T3", "4.8", "pmol/L", "3.1 - 6.8"],
         ["SHBG", "42", "nmol/L", "18.3 - 54.1"],
         ["Testosterone", "0.9", "nmol/L", "0.3 - 1.7"],
         ["IGF-1", "24.1", "nmol/L", "13.0 - 36.0"]], right={1}),
     [R("thyroid-stimulating-hormone", 1.9, "mU/L", "m[IU]/L", rng="0.27..4.20"),
      R("free-t4", 16.4, "pmol/L", "ng/dL", FT4_PMOL, rng="12.0..22.0"),
      R("free-t3", 4.8, "pmol/L", "pg/mL", FT3_PMOL, rng="3.1..6.8"),
      R("shbg", 42, "nmol/L", "nmol/L", rng="18.3..54.1"),
      R("testosterone", 0.9, "nmol/L", "ng/dL", TESTO_NMOL, rng="0.3..1.7"),
      R("somatomedin-c", 24.1, "nmol/L", "ng/mL", IGF1_NMOL, rng="13.0..36.0")],
     "an SI-only endocrine table (a woman's, 44): converted to the catalog units with the catalog's molar masses, the "
     "ranges kept as printed; mU/L = m[IU]/L; SHBG is already nmol/L")

case("SI07",
     ["Results    Conventional | SI"] + table([
         ["Test", "Conventional", "Range", "SI", "Range"],
         ["ALT", "24 U/L", "0-44", "0.40 ukat/L", "0-0.73"],
         ["Ferritin", "212 ng/mL", "30-400", "212 ug/L", "30-400"],
         ["Iron", "148 ug/dL", "59-158", "26.5 umol/L", "10.6-28.3"],
         ["hs-CRP", "0.42 mg/dL H", "<0.30", "4.2 mg/L H", "<3.0"],
         ["Magnesium", "2.1 mg/dL", "1.6-2.3", "0.86 mmol/L", "0.66-0.95"]]),
     [R("alanine-aminotransferase", 24, "U/L", "U/L", rng="0..44"),
      R("ferritin", 212, "ng/mL", "ng/mL", rng="30..400"),
      R("iron", 148, "ug/dL", "ug/dL", rng="59..158"),
      R("hs-crp", 0.42, "mg/dL", "mg/L", CRP_MGDL, printed="high", rng="..0.30"),
      R("magnesium", 2.1, "mg/dL", "mg/dL", rng="1.6..2.3")],
     DUAL + "; the hs-CRP's conventional column is in mg/dL, so the conventional 0.42 mg/dL is keyed (range "
     "..0.30 as printed) and normalized to the catalog's mg/L, which gives the SI column's 4.2; ukat/L and umol/L "
     "are not second rows")
