#!/usr/bin/env python3
"""Writes keyed.tsv: pieces of lab reports from many countries, keyed as a laboratory professional reads them.

Columns: id, line, expected, why.  `expected` is `-` (no result) or rows `biomarker|valueText|flag|normalizedValue|
normalizedUnit|range` joined by ' ;; ', in report order.  `range` is `low..high` (ONE interval printed for the patient,
an empty side for an open bound), `text` (several groups' intervals or guideline tiers, or a word such as `negativ`
printed as the reference) or empty (no range printed).  Bounds are written as printed, in the printed unit: a decimal
comma becomes a dot, a thousands separator is dropped.  Multi-line snippets are written with the two characters
backslash-n between lines.

Flags: the printed flag if there is one, mapped to high / low / critical-high / critical-low / abnormal / normal; else
computed from the keyed bounds (below low -> low, above high -> high, else normal); `null` when the range is `text` or
empty.  The script computes the flag itself and checks every printed flag against the bounds, checks that no value sits
on a bound, computes censored values' flags, and does every unit conversion, writing its arithmetic into `why`.
"""
import math, os

def sig3(x):
    if x == 0: return "0"
    d = 3 - int(math.floor(math.log10(abs(x)))) - 1
    return f"{round(x, d):.{max(d, 0)}f}"

# ---- factors to the catalog's ucumUnit; (factor or function, how it is written in `why`) ----
# molar masses are the catalog's (biomarker-catalog.v1-v9): g/mol
CREA_UMOL = (113.12 / 10000, "x 0.011312 (113.12 g/mol)")      # creatinine umol/L -> mg/dL
CREA_MGL  = (0.1, "/ 10 (mg/L -> mg/dL)")                        # creatinine mg/L -> mg/dL
GLU_MMOL  = (180.156 / 10, "x 18.0156 (180.156 g/mol)")          # glucose mmol/L -> mg/dL
GLU_GL    = (100.0, "x 100 (g/L -> mg/dL)")
CHOL_MMOL = (386.65 / 10, "x 38.665 (386.65 g/mol)")             # total/HDL/LDL cholesterol mmol/L -> mg/dL
CHOL_GL   = (100.0, "x 100 (g/L -> mg/dL)")
TG_MMOL   = (885.7 / 10, "x 88.57 (885.7 g/mol)")                # triglycerides mmol/L -> mg/dL
TG_GL     = (100.0, "x 100 (g/L -> mg/dL)")
UREA_MMOL = (60.06 / 10, "x 6.006 (urea 60.06 g/mol)")           # urea mmol/L -> mg/dL (urea, not BUN)
UA_UMOL   = (168.11 / 10000, "x 0.016811 (168.11 g/mol)")        # uric acid umol/L -> mg/dL
UA_MMOL   = (168.11 / 10, "x 16.811 (168.11 g/mol)")             # uric acid mmol/L -> mg/dL
BILI_UMOL = (584.66 / 10000, "x 0.058466 (584.66 g/mol)")        # bilirubin umol/L -> mg/dL
FE_UMOL   = (55.845 / 10, "x 5.5845 (55.845 g/mol)")             # iron umol/L -> ug/dL
CA_MMOL   = (40.078 / 10, "x 4.0078 (40.078 g/mol)")             # calcium mmol/L -> mg/dL
MG_MMOL   = (24.305 / 10, "x 2.4305 (24.305 g/mol)")             # magnesium mmol/L -> mg/dL
HB_GL     = (0.1, "/ 10 (g/L -> g/dL)")                          # haemoglobin, MCHC g/L -> g/dL
HB_MMOL   = (16114.5 / 10000, "x 1.61145 (16,114.5 g/mol, the monomer)")   # haemoglobin mmol/L -> g/dL
MCH_FMOL  = (16114.5 / 1000, "x 16.1145 (16,114.5 g/mol)")       # MCH fmol -> pg
HCT_FRAC  = (100.0, "x 100 (a volume fraction, L/L, -> %)")
UKAT      = (60.0, "x 60 (1 ukat/L = 60 U/L)")                   # catalytic activity ukat/L -> U/L
PER_MM3_3 = (1 / 1000, "/ 1000 (/mm3 = /uL, to 10^3/uL)")       # WBC or platelets per mm3 -> 10*3/uL
PER_MM3_6 = (1 / 1e6, "/ 1,000,000 (/mm3 = /uL, to 10^6/uL)")  # RBC per mm3 -> 10*6/uL
LAKH      = (100.0, "x 100 (1 lakh/cu.mm = 10^5/uL)")           # platelets lakhs/cu.mm -> 10*3/uL
E4_RBC    = (0.01, "/ 100 (10^4/uL -> 10^6/uL)")
E4_PLT    = (10.0, "x 10 (10^4/uL -> 10^3/uL)")
T_NMOL    = (288.42 / 10, "x 28.842 (288.42 g/mol)")             # testosterone nmol/L -> ng/dL
T_NGML    = (100.0, "x 100 (ng/mL -> ng/dL)")
FT_PMOL   = (288.42 / 1000, "x 0.28842 (288.42 g/mol)")          # free testosterone pmol/L -> pg/mL
E2_PMOL   = (272.38 / 1000, "x 0.27238 (272.38 g/mol)")          # estradiol pmol/L -> pg/mL
FT4_PMOL  = (776.87 / 10000, "x 0.077687 (776.87 g/mol)")        # free T4 pmol/L -> ng/dL
T3_NGML   = (100.0, "x 100 (ng/mL -> ng/dL)")                    # total T3 ng/mL -> ng/dL
B12_PMOL  = (1355.37 / 1000, "x 1.35537 (1355.37 g/mol)")        # B12 pmol/L -> pg/mL
FOL_NMOL  = (441.4 / 1000, "x 0.4414 (441.4 g/mol)")             # folate nmol/L -> ng/mL
VITD_NMOL = (400.64 / 1000, "x 0.40064 (400.64 g/mol)")          # 25-OH vitamin D nmol/L -> ng/mL
APOB_GL   = (100.0, "x 100 (g/L -> mg/dL)")
TRF_GL    = (100.0, "x 100 (g/L -> mg/dL)")
CORT_NMOL = (362.46 / 10000, "x 0.036246 (362.46 g/mol)")      # cortisol nmol/L -> ug/dL
IGF_NMOL  = (7649 / 1000, "x 7.649 (7,649 g/mol, catalog v9)")  # IGF-1 nmol/L -> ng/mL
DHEAS_UMOL = (368.5 / 10, "x 36.85 (368.5 g/mol)")             # DHEA-S umol/L -> ug/dL
A1C       = (lambda ifcc: 0.09148 * ifcc + 2.152, "-> NGSP % = 0.09148 x IFCC + 2.152 (master equation)")

NL = "\\n"   # the two characters backslash, n
def J(*lines): return NL.join(lines)
def C(*fields): return "  ".join(fields)

FLAGS = ("high", "low", "critical-high", "critical-low", "abnormal", "normal")

def bounds(rng):
    if ".." not in rng: return None
    lo, hi = rng.split("..")
    return (float(lo) if lo else None, float(hi) if hi else None)

def computed_flag(pv, rng):
    b = bounds(rng)
    if b is None or pv is None: return "null"
    lo, hi = b
    assert pv != lo and pv != hi, ("value on a bound", pv, rng)
    if lo is not None and pv < lo: return "low"
    if hi is not None and pv > hi: return "high"
    return "normal"

def censored_flag(vt, rng):
    """`<x`: every value lies in [0, x); `>x`: every value lies above x.  A flag only when the whole interval is on
    one side of the range or inside it; a censored value straddling a bound is an error in the data."""
    b = bounds(rng)
    if b is None: return "null"
    lo, hi = b
    sign, x = vt[0], float(vt[1:])
    if sign == "<":
        if lo is not None and x <= lo: return "low"
        if (lo is None or lo <= 0) and (hi is None or x <= hi): return "normal"
    else:
        if hi is not None and x >= hi: return "high"
        if hi is None and (lo is None or x >= lo): return "normal"
    raise AssertionError(("censored value straddles a bound", vt, rng))

def fmtv(v): return str(int(v)) if float(v).is_integer() else str(v)

COMPATIBLE = {"high": ("high",), "critical-high": ("high",), "low": ("low",), "critical-low": ("low",),
              "abnormal": ("high", "low"), "normal": ("normal",)}

def R(bm, pv=None, pu="", nu="", f=None, *, printed=None, rng="", vt=""):
    """One expected row.  bm: catalog key or ?Printed Name; pv: the printed number; pu: the printed unit (for `why`);
    nu: the catalog's ucumUnit ('' = not convertible); f: None (the same number) or (factor|function, label);
    printed: the printed flag, mapped; rng: the range as keyed; vt: a censored (`<0.5`, `>90`) or word value."""
    note = ""
    if vt or bm.startswith("?") or pv is None or nu == "":
        nv, nu = "", ""
    else:
        if f is None:
            x = pv
        else:
            fn, label = f
            x = fn(pv) if callable(fn) else pv * fn
            note = f"{bm} {fmtv(pv)} {pu} {label} = {sig3(x)} {nu}"
        nv = sig3(x)
    if vt and vt[0] in "<>":
        c = censored_flag(vt, rng)
    elif vt:
        c = "null"                       # a word result: no bounds to compute against
    else:
        c = computed_flag(pv, rng)
    if printed:
        assert printed in FLAGS, printed
        assert c == "null" or c in COMPATIBLE[printed], (bm, pv, vt, rng, printed, c)   # a printed flag must agree
        fl = printed
    else:
        fl = c
    return {"s": f"{bm}|{vt}|{fl}|{nv}|{nu}|{rng}", "rng": rng or "none", "note": note}

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

# ======================= Germany, Austria, Switzerland =======================
add("DE01", J("Labor Dr. Brandt & Kollegen MVZ · Rheinallee 14 · 40545 Düsseldorf · Tel. 0211 44718-0",
              "Kleines Blutbild",
              "Untersuchung          Ergebnis         Einheit    Referenzbereich",
              "Leukozyten            7,84             /nl        3,90 - 10,20",
              "Erythrozyten          4,38             /pl        4,30 - 5,75",
              "Hämoglobin            13,1     -       g/dl       13,5 - 17,2",
              "Hämatokrit            40,2             %          39,5 - 50,5",
              "Thrombozyten          245              /nl        146 - 328",
              "Seite 1 von 2"),
    [R("white-blood-cell-count", 7.84, "/nl", "10*3/uL", rng="3.90..10.20"),
     R("red-blood-cell-count", 4.38, "/pl", "10*6/uL", rng="4.30..5.75"),
     R("hemoglobin", 13.1, "g/dl", "g/dL", printed="low", rng="13.5..17.2"),
     R("hematocrit", 40.2, "%", "%", rng="39.5..50.5"),
     R("platelet-count", 245, "/nl", "10*3/uL", rng="146..328")],
    "German small blood count; decimal commas; /nl = 10^9/L = 10^3/uL and /pl = 10^12/L = 10^6/uL, the same numbers; "
    "the '-' in its own column after the haemoglobin is the German low flag (13.1 < 13.5 agrees), not a range dash; "
    "letterhead (street number, postcode, phone) and 'Seite 1 von 2' are no rows")
add("DE02", J("Klinische Chemie                                              Eingang: 14.10.2024 07:58",
              "Parameter          Ergebnis   Vorwert (03.04.2024)   Einheit          Normbereich    Bewertung",
              "Kreatinin          1,18       1,09                   mg/dl            0,70 - 1,20",
              "GFR (CKD-EPI)      68         75                     ml/min/1,73m²    > 60",
              "Harnsäure          7,9        7,1                    mg/dl            3,4 - 7,0      erhöht",
              "GPT (ALT)          48         35                     U/l              < 50",
              "Gamma-GT           71         52                     U/l              < 60           erhöht"),
    [R("creatinine", 1.18, "mg/dl", "mg/dL", rng="0.70..1.20"),
     R("egfr", 68, "ml/min/1,73m²", "mL/min/{1.73_m2}", rng="60.."),
     R("uric-acid", 7.9, "mg/dl", "mg/dL", printed="high", rng="3.4..7.0"),
     R("alanine-aminotransferase", 48, "U/l", "U/L", rng="..50"),
     R("gamma-glutamyl-transferase", 71, "U/l", "U/L", printed="high", rng="..60")],
    "German chemistry with a previous-result column (Vorwert): only the current Ergebnis is a row, the Vorwert and its "
    "date are history; 'erhöht' in the Bewertung column is the high flag; GPT is the German name of ALT; "
    "ml/min/1,73m² = mL/min/{1.73_m2} (the 1,73 is part of the unit, not a value)")
add("DE03", J("Fettstoffwechsel / Diabetes",
              "Cholesterin gesamt      238    +    mg/dl    < 200",
              "LDL-Cholesterin         162    +    mg/dl    < 116",
              "HDL-Cholesterin         48          mg/dl    > 40",
              "Triglyceride            141         mg/dl    < 150",
              "Lipoprotein (a)         68     +    mg/dl    < 30",
              "HbA1c                   5,7         %        4,8 - 5,9"),
    [R("total-cholesterol", 238, "mg/dl", "mg/dL", printed="high", rng="..200"),
     R("ldl-cholesterol", 162, "mg/dl", "mg/dL", printed="high", rng="..116"),
     R("hdl-cholesterol", 48, "mg/dl", "mg/dL", rng="40.."),
     R("triglycerides", 141, "mg/dl", "mg/dL", rng="..150"),
     R("lipoprotein-a", 68, "mg/dl", "", printed="high", rng="..30"),
     R("hemoglobin-a1c", 5.7, "%", "%", rng="4.8..5.9")],
    "German lipid block; '+' after the value is the German high flag; Lp(a) in mg/dl is not converted (catalog unit "
    "nmol/L, catalog v9: no single factor), so its normalized fields are empty while its printed flag stays")
add("DE04", J("Hormone / Endokrinologie",
              "Bezeichnung            Ergebnis        Einheit    Referenzbereich",
              "TSH                    2,41            mU/l       0,27 ... 4,20",
              "freies T4 (FT4)        16,8            pmol/l     12,0 ... 22,0",
              "Testosteron            12,6            nmol/l     8,64 ... 29,0",
              "SHBG                   58,3     H      nmol/l     18,3 ... 54,1",
              "Östradiol              118             pmol/l     41,4 ... 159",
              "Cortisol (8 Uhr)       412             nmol/l     133 ... 537",
              "Medizinisch-diagnostisches Laboratorium Dr. Huber GmbH, Wien · Akkreditierte Prüfstelle Nr. 0417"),
    [R("thyroid-stimulating-hormone", 2.41, "mU/l", "m[IU]/L", rng="0.27..4.20"),
     R("free-t4", 16.8, "pmol/l", "ng/dL", FT4_PMOL, rng="12.0..22.0"),
     R("testosterone", 12.6, "nmol/l", "ng/dL", T_NMOL, rng="8.64..29.0"),
     R("shbg", 58.3, "nmol/l", "nmol/L", printed="high", rng="18.3..54.1"),
     R("estradiol", 118, "pmol/l", "pg/mL", E2_PMOL, rng="41.4..159"),
     R("cortisol", 412, "nmol/l", "ug/dL", CORT_NMOL, rng="133..537")],
    "Austrian hormone block in SI units, ranges written 'a ... b'; mU/l = m[IU]/L; printed H on SHBG; '8 Uhr' in the cortisol name is the draw time, not a value; the accreditation number in the footer is no row")
add("DE05", J("Hämatologie / Klinische Chemie                  Resultat        Einheit    Referenz",
              "Leukozyten                                      5.1             G/l        3.5 - 10.0",
              "Hämoglobin                                      152             g/l        134 - 170",
              "Natrium                                         139             mmol/l     136 - 145",
              "Kalium                                          5.6      H      mmol/l     3.5 - 5.1",
              "Kreatinin                                       96              µmol/l     62 - 106",
              "Glukose nüchtern                                6.3      H      mmol/l     3.9 - 5.6",
              "Cholinesterase                                  8.9             kU/l       5.3 - 12.9"),
    [R("white-blood-cell-count", 5.1, "G/l", "10*3/uL", rng="3.5..10.0"),
     R("hemoglobin", 152, "g/l", "g/dL", HB_GL, rng="134..170"),
     R("sodium", 139, "mmol/l", "mmol/L", rng="136..145"),
     R("potassium", 5.6, "mmol/l", "mmol/L", printed="high", rng="3.5..5.1"),
     R("creatinine", 96, "µmol/l", "mg/dL", CREA_UMOL, rng="62..106"),
     R("glucose", 6.3, "mmol/l", "mg/dL", GLU_MMOL, printed="high", rng="3.9..5.6"),
     R("?Cholinesterase", 8.9, "kU/l", "", rng="5.3..12.9")],
    "Swiss report, decimal points, SI units; G/l = 10^9/L = 10^3/uL; printed H on potassium and fasting glucose; "
    "cholinesterase has no catalog entry -> ?Name as printed, no normalized value, flag computed (normal)")
add("DE06", J("Eisenstoffwechsel / Vitamine / Entzündung",
              "Ferritin                  24        ng/ml      30 - 400       erniedrigt",
              "Eisen                     11,2      µmol/l     5,8 - 34,5",
              "Transferrinsättigung      17        %          16 - 45",
              "Vitamin B12               312       pg/ml      197 - 771",
              "Folsäure                  4,1       ng/ml      > 3,9",
              "25-OH-Vitamin D           19,4      ng/ml      30 - 100       erniedrigt",
              "CRP                       <0,5      mg/l       bis 5,0",
              "HBs-Antigen               negativ              negativ"),
    [R("ferritin", 24, "ng/ml", "ng/mL", printed="low", rng="30..400"),
     R("iron", 11.2, "µmol/l", "ug/dL", FE_UMOL, rng="5.8..34.5"),
     R("transferrin-saturation", 17, "%", "%", rng="16..45"),
     R("vitamin-b12", 312, "pg/ml", "pg/mL", rng="197..771"),
     R("folate", 4.1, "ng/ml", "ng/mL", rng="3.9.."),
     R("vitamin-d", 19.4, "ng/ml", "ng/mL", printed="low", rng="30..100"),
     R("c-reactive-protein", rng="..5.0", vt="<0.5"),
     R("hepatitis-b-surface-antigen", rng="text", vt="negativ")],
    "German iron/vitamin block; 'erniedrigt' is the low flag; 'bis 5,0' is an upper bound only; CRP censored "
    "(valueText <0.5 with the comma read, no normalized value; every value below 0.5 is within ..5.0 -> normal); plain "
    "CRP, not hs-CRP (nothing says high-sensitivity); HBs-Antigen is a word result with a word reference -> valueText "
    "negativ, range text, flag null")

# ======================= France, Belgium =======================
add("FR01", J("BIOCHIMIE SANGUINE                                                     Antériorités",
              "Glycémie à jeun           1,12 g/l     (6,22 mmol/l)    0,70 à 1,05      14/02/24 : 1,01",
              "Créatinine                9,4 mg/l     (83,1 µmol/l)    7,2 à 11,8       14/02/24 : 9,0",
              "DFG estimé (CKD-EPI)      86 mL/min/1,73m²              > 60",
              "SÉROLOGIE",
              "Antigène HBs              Négatif                       Négatif"),
    [R("glucose", 1.12, "g/l", "mg/dL", GLU_GL, rng="0.70..1.05"),
     R("creatinine", 9.4, "mg/l", "mg/dL", CREA_MGL, rng="7.2..11.8"),
     R("egfr", 86, "mL/min/1,73m²", "mL/min/{1.73_m2}", rng="60.."),
     R("hepatitis-b-surface-antigen", rng="text", vt="Négatif")],
    "French report printing each result twice, in g/l or mg/l then in SI in parentheses: one row per line, the "
    "first-printed value (the one the range is in) is the result, and the parenthesised SI value is the same result "
    "(6.22 mmol/l x 18.0156 = 112 mg/dL, 83.1 umol/l x 0.011312 = 0.940 mg/dL agree); '0,70 à 1,05' is a range; no "
    "printed flag, 1.12 > 1.05 -> high (computed); the Antériorités column (date : value) is history; Antigène HBs is "
    "a word result with a word reference -> text, null")
add("FR02", J("HÉMATOLOGIE — Numération formule sanguine",
              "Analyse                         Résultat    Unité    Valeurs de référence",
              "Leucocytes                      11,8        G/l      4,0 - 10,0       Élevé",
              "Hématies                        4,91        T/l      4,28 - 5,79",
              "Hémoglobine                     14,6        g/dl     13,4 - 16,7",
              "Polynucléaires neutrophiles     8,9         G/l      1,8 - 7,5        Élevé",
              "Plaquettes                      138         G/l      150 - 400        Bas"),
    [R("white-blood-cell-count", 11.8, "G/l", "10*3/uL", printed="high", rng="4.0..10.0"),
     R("red-blood-cell-count", 4.91, "T/l", "10*6/uL", rng="4.28..5.79"),
     R("hemoglobin", 14.6, "g/dl", "g/dL", rng="13.4..16.7"),
     R("neutrophils-absolute", 8.9, "G/l", "10*3/uL", printed="high", rng="1.8..7.5"),
     R("platelet-count", 138, "G/l", "10*3/uL", printed="low", rng="150..400")],
    "French blood count; G/l (giga) = 10^3/uL and T/l (téra) = 10^6/uL, same numbers; 'Élevé' -> high, 'Bas' -> low; "
    "polynucléaires neutrophiles in G/l are the absolute neutrophil count")
add("FR03", J("BILAN LIPIDIQUE (à jeun)",
              "Cholestérol total          2,41 g/l    (6,23 mmol/l)     1,50 à 2,00     *",
              "Cholestérol HDL            0,58 g/l    (1,50 mmol/l)     > 0,40",
              "Cholestérol LDL calculé    1,56 g/l    (4,03 mmol/l)     < 1,60",
              "Triglycérides              0,87 g/l    (0,98 mmol/l)     0,35 à 1,50"),
    [R("total-cholesterol", 2.41, "g/l", "mg/dL", CHOL_GL, printed="abnormal", rng="1.50..2.00"),
     R("hdl-cholesterol", 0.58, "g/l", "mg/dL", CHOL_GL, rng="0.40.."),
     R("ldl-cholesterol", 1.56, "g/l", "mg/dL", CHOL_GL, rng="..1.60"),
     R("triglycerides", 0.87, "g/l", "mg/dL", TG_GL, rng="0.35..1.50")],
    "French lipids in g/l with the mmol/l in parentheses: normalized from the g/l value the range is in (the mmol/l "
    "gives the same to rounding: 6.23 x 38.665 = 241, 0.98 x 88.57 = 86.8 against 87.0 from 0.87 g/l); the '*' at the "
    "end of the total-cholesterol line marks it out of range without a direction -> abnormal (keyed-tiers P26)")
add("FR04", J("Laboratoire de Biologie Clinique — Clinique Saint-Rémy, 5000 Namur — Tél. 081 72 40 00",
              "Endocrinologie             Résultat        Valeurs normales      Unité",
              "TSH                        3,86            0,27 - 4,20           mUI/l",
              "T4 libre                   13,9            12,0 - 22,0           pmol/l",
              "Testostérone               7,9     -       8,6 - 29,0            nmol/l",
              "Vitamine D (25-OH)         62      -       75 - 250              nmol/l"),
    [R("thyroid-stimulating-hormone", 3.86, "mUI/l", "m[IU]/L", rng="0.27..4.20"),
     R("free-t4", 13.9, "pmol/l", "ng/dL", FT4_PMOL, rng="12.0..22.0"),
     R("testosterone", 7.9, "nmol/l", "ng/dL", T_NMOL, printed="low", rng="8.6..29.0"),
     R("vitamin-d", 62, "nmol/l", "ng/mL", VITD_NMOL, printed="low", rng="75..250")],
    "Belgian (French-speaking) report with the range before the unit; mUI/l = m[IU]/L; '-' after the value is the "
    "low flag; letterhead postcode and phone are no rows")
add("FR05", J("LABORATOIRE DE BIOLOGIE MÉDICALE DES TROIS RIVIÈRES — SELAS au capital de 40 000 €",
              "12, avenue Jean-Jaurès — 69007 Lyon — Tél. 04 78 61 22 90 — FINESS 690 812 345",
              "Accréditation COFRAC n° 8-3412 — Portée disponible sur www.cofrac.fr",
              "Patient : M. DURAND Philippe     Né le 03/07/1966 (58 ans)     Sexe : M",
              "Prélevé le 17/09/2024 à 07h45     Dossier n° 240917-0412"),
    "-",
    "a French letterhead and patient block: share capital, street number, postcode, phone, FINESS and COFRAC numbers, "
    "birth date, age, sampling time and file number are all digits that are not results")

# ======================= Italy =======================
add("IT01", J("CHIMICA CLINICA",
              "ESAME                      RISULTATO       UNITÀ DI MISURA    VALORI DI RIFERIMENTO",
              "GLICEMIA                   104    *        mg/dL              70 - 100",
              "COLESTEROLO TOTALE         226    *        mg/dL              fino a 200",
              "COLESTEROLO HDL            52              mg/dL              > 40",
              "TRIGLICERIDI               128             mg/dL              fino a 150",
              "CREATININA                 0,96            mg/dL              0,67 - 1,17"),
    [R("glucose", 104, "mg/dL", "mg/dL", printed="abnormal", rng="70..100"),
     R("total-cholesterol", 226, "mg/dL", "mg/dL", printed="abnormal", rng="..200"),
     R("hdl-cholesterol", 52, "mg/dL", "mg/dL", rng="40.."),
     R("triglycerides", 128, "mg/dL", "mg/dL", rng="..150"),
     R("creatinine", 0.96, "mg/dL", "mg/dL", rng="0.67..1.17")],
    "Italian chemistry; 'fino a 200' is an upper bound only; '*' after the value marks out-of-range without a "
    "direction -> abnormal")
add("IT02", J("EMOCROMO CON FORMULA",
              "                                     Risultato    Unità        Valori di riferimento    Precedente (12/01/2024)",
              "Globuli bianchi (WBC)                6,12         10^3/µL      4,00 - 10,00             5,80",
              "Globuli rossi (RBC)                  5,02         10^6/µL      4,50 - 5,90              4,97",
              "Emoglobina (HGB)                     15,1         g/dL         13,5 - 17,5              14,8",
              "Ematocrito (HCT)                     44,8         %            40,0 - 52,0              44,1",
              "Volume corpuscolare medio (MCV)      89,2         fL           80,0 - 99,0              88,7",
              "Piastrine (PLT)                      412    H     10^3/µL      150 - 400                388"),
    [R("white-blood-cell-count", 6.12, "10^3/µL", "10*3/uL", rng="4.00..10.00"),
     R("red-blood-cell-count", 5.02, "10^6/µL", "10*6/uL", rng="4.50..5.90"),
     R("hemoglobin", 15.1, "g/dL", "g/dL", rng="13.5..17.5"),
     R("hematocrit", 44.8, "%", "%", rng="40.0..52.0"),
     R("mean-corpuscular-volume", 89.2, "fL", "fL", rng="80.0..99.0"),
     R("platelet-count", 412, "10^3/µL", "10*3/uL", printed="high", rng="150..400")],
    "Italian blood count with a previous-result column after the range (Precedente): only Risultato is a row; "
    "printed H on platelets")
add("IT03", J("ENDOCRINOLOGIA",
              "TSH reflex                 1,94        µUI/mL      0,35 - 4,94",
              "Testosterone totale        3,12        ng/mL       2,49 - 8,36",
              "PSA totale                 1,28        ng/mL       fino a 4,00",
              "IGF-1 (Somatomedina C)     168         ng/mL       Età 51-55 anni: 78 - 258",
              "25-OH VITAMINA D           22,6        ng/mL       Carenza: < 10   Insufficienza: 10 - 30   Sufficienza: 30 - 100   Possibile tossicità: > 100"),
    [R("thyroid-stimulating-hormone", 1.94, "µUI/mL", "m[IU]/L", rng="0.35..4.94"),
     R("testosterone", 3.12, "ng/mL", "ng/dL", T_NGML, rng="2.49..8.36"),
     R("prostate-specific-antigen", 1.28, "ng/mL", "ng/mL", rng="..4.00"),
     R("somatomedin-c", 168, "ng/mL", "ng/mL", rng="78..258"),
     R("vitamin-d", 22.6, "ng/mL", "ng/mL", rng="text")],
    "Italian hormones; µUI/mL = uIU/mL = m[IU]/L; IGF-1 with one age-labelled interval (the lab printed the patient's band only, 51-55 is the age; keyed-hormones L-cases); vitamin D followed only by deficiency/sufficiency tiers -> text, "
    "no printed flag -> null (keyed-tiers convention 1)")
add("IT04", J("FUNZIONALITÀ EPATICA",
              "AST (GOT)                      31              U/L         fino a 40",
              "ALT (GPT)                      58     *        U/L         fino a 41",
              "GAMMA GT                       36              U/L         8 - 61",
              "BILIRUBINA TOTALE              1,34   *        mg/dL       0,30 - 1,20",
              "HBsAg (Antigene Australia)     Negativo                    Negativo",
              "Pag. 2 di 3          Il Direttore Sanitario: Dott.ssa M. Ferrante — Iscr. Albo n. 4471"),
    [R("aspartate-aminotransferase", 31, "U/L", "U/L", rng="..40"),
     R("alanine-aminotransferase", 58, "U/L", "U/L", printed="abnormal", rng="..41"),
     R("gamma-glutamyl-transferase", 36, "U/L", "U/L", rng="8..61"),
     R("total-bilirubin", 1.34, "mg/dL", "mg/dL", printed="abnormal", rng="0.30..1.20"),
     R("hepatitis-b-surface-antigen", rng="text", vt="Negativo")],
    "Italian liver panel; '*' -> abnormal; HBsAg word result with word reference -> text, null; the page line and "
    "the medical director's registration number are no rows")

# ======================= Spain =======================
add("ES01", J("BIOQUÍMICA                       Resultado     Unidades          Valores de referencia",
              "Glucosa                          92            mg/dL             74 - 106",
              "Urea                             38            mg/dL             17 - 43",
              "Creatinina                       1,02          mg/dL             0,70 - 1,20",
              "Filtrado glomerular (CKD-EPI)    >90           mL/min/1,73m2     >60",
              "Ácido úrico                      6,1           mg/dL             3,4 - 7,0",
              "Sodio                            141           mmol/L            136 - 146",
              "Potasio                          4,3           mmol/L            3,5 - 5,1"),
    [R("glucose", 92, "mg/dL", "mg/dL", rng="74..106"),
     R("urea", 38, "mg/dL", "mg/dL", rng="17..43"),
     R("creatinine", 1.02, "mg/dL", "mg/dL", rng="0.70..1.20"),
     R("egfr", rng="60..", vt=">90"),
     R("uric-acid", 6.1, "mg/dL", "mg/dL", rng="3.4..7.0"),
     R("sodium", 141, "mmol/L", "mmol/L", rng="136..146"),
     R("potassium", 4.3, "mmol/L", "mmol/L", rng="3.5..5.1")],
    "Spanish chemistry; Urea is urea itself (mg/dL, the catalog's urea, not BUN); eGFR censored '>90' -> valueText >90, "
    "no normalized value, every value above 90 is above 60 -> normal")
add("ES02", J("HORMONAS",
              "Prueba                         Valores de referencia    Unidades    Resultado",
              "Testosterona total             [2,80 - 8,00]            ng/mL       2,41    L",
              "Testosterona libre (calc.)     [47 - 244]               pg/mL       51,2",
              "SHBG                           [18,3 - 54,1]            nmol/L      49,6",
              "Estradiol                      [11,3 - 43,2]            pg/mL       24,7",
              "Prolactina                     [4,04 - 15,2]            ng/mL       8,9"),
    [R("testosterone", 2.41, "ng/mL", "ng/dL", T_NGML, printed="low", rng="2.80..8.00"),
     R("testosterone-free", 51.2, "pg/mL", "pg/mL", rng="47..244"),
     R("shbg", 49.6, "nmol/L", "nmol/L", rng="18.3..54.1"),
     R("estradiol", 24.7, "pg/mL", "pg/mL", rng="11.3..43.2"),
     R("prolactin", 8.9, "ng/mL", "ng/mL", rng="4.04..15.2")],
    "Spanish layout with the bracketed range first, then the unit, then the result (column order given by the header); "
    "printed L on testosterone")
add("ES03", J("PERFIL LIPÍDICO",
              "Colesterol total         214      mg/dL      hasta 200       ↑",
              "Colesterol HDL           61       mg/dL      > 40",
              "Colesterol LDL           127      mg/dL      hasta 130",
              "Apolipoproteína B        1,08     g/L        0,60 - 1,17",
              "Lipoproteína (a)         182      nmol/L     < 75            ↑"),
    [R("total-cholesterol", 214, "mg/dL", "mg/dL", printed="high", rng="..200"),
     R("hdl-cholesterol", 61, "mg/dL", "mg/dL", rng="40.."),
     R("ldl-cholesterol", 127, "mg/dL", "mg/dL", rng="..130"),
     R("apolipoprotein-b", 1.08, "g/L", "mg/dL", APOB_GL, rng="0.60..1.17"),
     R("lipoprotein-a", 182, "nmol/L", "nmol/L", printed="high", rng="..75")],
    "Spanish lipids; 'hasta 200' is an upper bound only; the arrow after the range is the high flag")
add("ES04", J("METABOLISMO HIDROCARBONADO / SEROLOGÍA",
              "Hemoglobina glicosilada (HbA1c)     6,1     *     %          4,0 - 5,6",
              "Insulina basal                      14,8          µUI/mL     2,6 - 24,9",
              "Índice HOMA-IR                      3,2     *                < 2,5",
              "Anticuerpos anti-VHC                Negativo                 Negativo",
              "Dra. L. Ortega Ruiz — Facultativa Especialista en Análisis Clínicos — Nº Col. 28/41207"),
    [R("hemoglobin-a1c", 6.1, "%", "%", printed="abnormal", rng="4.0..5.6"),
     R("insulin", 14.8, "µUI/mL", "u[IU]/mL", rng="2.6..24.9"),
     R("homa-ir", 3.2, "", "{index}", printed="abnormal", rng="..2.5"),
     R("hepatitis-c-antibody", rng="text", vt="Negativo")],
    "Spanish; '*' -> abnormal; µUI/mL = u[IU]/mL; HOMA-IR is a unitless index printed without a unit: the same number "
    "in the catalog's {index}; anti-VHC (hepatitis C antibody) word result -> text, null; the signature's college "
    "number is no row")

# ======================= Portugal, Brazil =======================
add("PT01", J("Laboratório de Análises Clínicas Dr. J. Matos, Lda. — Rua de Santa Catarina, 1120 — 4000-447 Porto",
              "Análise                    Resultado     Unidades     Valores de Referência",
              "Glicose (jejum)            97            mg/dL        70 - 110",
              "Colesterol Total           231           mg/dL        < 190",
              "Colesterol HDL             44            mg/dL        > 40",
              "Triglicéridos              188           mg/dL        < 150",
              "Ferritina                  312           ng/mL        30 - 400",
              "Vitamina B12               486           pg/mL        191 - 663"),
    [R("glucose", 97, "mg/dL", "mg/dL", rng="70..110"),
     R("total-cholesterol", 231, "mg/dL", "mg/dL", rng="..190"),
     R("hdl-cholesterol", 44, "mg/dL", "mg/dL", rng="40.."),
     R("triglycerides", 188, "mg/dL", "mg/dL", rng="..150"),
     R("ferritin", 312, "ng/mL", "ng/mL", rng="30..400"),
     R("vitamin-b12", 486, "pg/mL", "pg/mL", rng="191..663")],
    "Portuguese report with no printed flags: total cholesterol 231 > 190 and triglycerides 188 > 150 -> high "
    "(computed), the rest normal; the letterhead's street number and postcode are no rows")
add("PT02", J("ENDOCRINOLOGIA",
              "PSA total                  0,86               ng/mL        até 4,0",
              "TSH                        5,12     ↑         µUI/mL       0,35 - 4,94",
              "T4 livre                   0,98               ng/dL        0,70 - 1,48",
              "Testosterona total         4,92               ng/mL        2,49 - 8,36",
              "DHEA-S                     185,3              µg/dL        88,9 - 427"),
    [R("prostate-specific-antigen", 0.86, "ng/mL", "ng/mL", rng="..4.0"),
     R("thyroid-stimulating-hormone", 5.12, "µUI/mL", "m[IU]/L", printed="high", rng="0.35..4.94"),
     R("free-t4", 0.98, "ng/dL", "ng/dL", rng="0.70..1.48"),
     R("testosterone", 4.92, "ng/mL", "ng/dL", T_NGML, rng="2.49..8.36"),
     R("dhea-sulfate", 185.3, "µg/dL", "ug/dL", rng="88.9..427")],
    "Portuguese hormones; 'até 4,0' (up to) is an upper bound only; ↑ on TSH; µUI/mL = m[IU]/L")
add("BR01", J("HEMOGRAMA COMPLETO",
              "ERITROGRAMA                  Resultado                 Valores de Referência",
              "Hemácias ............:       4,98 milhões/mm³          4,50 a 5,90",
              "Hemoglobina .........:       15,2 g/dL                 13,5 a 17,5",
              "Hematócrito .........:       45,1 %                    39,0 a 50,0",
              "LEUCOGRAMA",
              "Leucócitos ..........:       6.430 /mm³                3.500 a 10.500",
              "Plaquetas ...........:       238.000 /mm³              150.000 a 450.000"),
    [R("red-blood-cell-count", 4.98, "milhões/mm³", "10*6/uL", rng="4.50..5.90"),
     R("hemoglobin", 15.2, "g/dL", "g/dL", rng="13.5..17.5"),
     R("hematocrit", 45.1, "%", "%", rng="39.0..50.0"),
     R("white-blood-cell-count", 6430, "/mm³", "10*3/uL", PER_MM3_3, rng="3500..10500"),
     R("platelet-count", 238000, "/mm³", "10*3/uL", PER_MM3_3, rng="150000..450000")],
    "Brazilian blood count with dot leaders; 'a' between bounds is the range word; the dot in 6.430 and 238.000 is a "
    "thousands separator (decimal comma elsewhere: 4,98), bounds kept as printed in /mm³ without separators; milhões/mm³ "
    "= 10^6/uL; all normal")
add("BR02", J("GLICOSE",
              "Material: Soro          Método: Enzimático (Hexoquinase)",
              "Resultado: 104 mg/dL",
              "Valores de referência:",
              "Normal: 70 a 99 mg/dL",
              "Glicemia de jejum alterada: 100 a 125 mg/dL",
              "Diabetes mellitus: igual ou superior a 126 mg/dL"),
    [R("glucose", 104, "mg/dL", "mg/dL", rng="text")],
    "Brazilian block layout, the name as a heading and 'Resultado:' on its own line; the reference is the ADA tiers on "
    "the lines below (Normal is one tier among three) -> text, no printed flag -> null (keyed-tiers convention 1)")
add("BR03", J("TESTOSTERONA TOTAL, soro",
              "Resultado: 512 ng/dL",
              "Valores de referência: Homens: 175 a 781 ng/dL   Mulheres: 10 a 75 ng/dL",
              "25-HIDROXIVITAMINA D, soro",
              "Resultado: 27,4 ng/mL",
              "Valores de referência: População saudável (até 60 anos): superior a 20 ng/mL; Grupos de risco: 30 a 60 ng/mL"),
    [R("testosterone", 512, "ng/dL", "ng/dL", rng="text"),
     R("vitamin-d", 27.4, "ng/mL", "ng/mL", rng="text")],
    "Brazilian blocks; testosterone has male and female intervals and the sex is not stated -> text, null; vitamin D "
    "has the SBPC population groups (healthy under 60 / risk groups) -> text, null; '60 anos' is an age")

# ======================= Mexico, Argentina, Chile =======================
add("MX01", J("QUÍMICA SANGUÍNEA DE 6 ELEMENTOS",
              "ESTUDIO            RESULTADO         UNIDADES    VALOR DE REFERENCIA",
              "Glucosa            131    Alto       mg/dL       70 - 100",
              "Urea               28.9              mg/dL       16.6 - 48.5",
              "BUN                13.5              mg/dL       7.8 - 20.2",
              "Creatinina         0.81              mg/dL       0.70 - 1.20",
              "Ácido úrico        8.4    Alto       mg/dL       3.4 - 7.0",
              "Colesterol         247    Alto       mg/dL       < 200",
              "Triglicéridos      298    Alto       mg/dL       < 150"),
    [R("glucose", 131, "mg/dL", "mg/dL", printed="high", rng="70..100"),
     R("urea", 28.9, "mg/dL", "mg/dL", rng="16.6..48.5"),
     R("blood-urea-nitrogen", 13.5, "mg/dL", "mg/dL", rng="7.8..20.2"),
     R("creatinine", 0.81, "mg/dL", "mg/dL", rng="0.70..1.20"),
     R("uric-acid", 8.4, "mg/dL", "mg/dL", printed="high", rng="3.4..7.0"),
     R("total-cholesterol", 247, "mg/dL", "mg/dL", printed="high", rng="..200"),
     R("triglycerides", 298, "mg/dL", "mg/dL", printed="high", rng="..150")],
    "Mexican 'química sanguínea' printing both urea and BUN (28.9 / 2.14 = 13.5): two analytes, two rows; 'Alto' -> "
    "high; the '6' in the heading is the panel's size, not a value")
add("MX02", J("| Estudio | Resultado | Unidades | Valores de referencia |",
              "|---|---|---|---|",
              "| TSH | 0.21 Bajo | µUI/mL | 0.27 - 4.20 |",
              "| T4 libre | 1.92 Alto | ng/dL | 0.93 - 1.70 |",
              "| T3 libre | 4.85 Alto | pg/mL | 2.00 - 4.40 |",
              "| T3 total | 132 | ng/dL | 80 - 200 |"),
    [R("thyroid-stimulating-hormone", 0.21, "µUI/mL", "m[IU]/L", printed="low", rng="0.27..4.20"),
     R("free-t4", 1.92, "ng/dL", "ng/dL", printed="high", rng="0.93..1.70"),
     R("free-t3", 4.85, "pg/mL", "pg/mL", printed="high", rng="2.00..4.40"),
     R("total-t3", 132, "ng/dL", "ng/dL", rng="80..200")],
    "Mexican thyroid profile as OCR Markdown; 'Bajo'/'Alto' in the result cell are the flags; header and separator rows "
    "are no rows")
add("AR01", J("HEMOGRAMA",
              "Glóbulos rojos          4.120.000 /mm3       VR: 4.500.000 - 5.900.000      Bajo",
              "Hemoglobina             12,6 g/dl            VR: 13,5 - 17,5                Bajo",
              "Hematocrito             38 %                 VR: 41 - 53                    Bajo",
              "Glóbulos blancos        5.400 /mm3           VR: 4.000 - 10.000",
              "Eritrosedimentación     12 mm/1a hora        VR: hasta 15"),
    [R("red-blood-cell-count", 4120000, "/mm3", "10*6/uL", PER_MM3_6, printed="low", rng="4500000..5900000"),
     R("hemoglobin", 12.6, "g/dl", "g/dL", printed="low", rng="13.5..17.5"),
     R("hematocrit", 38, "%", "%", printed="low", rng="41..53"),
     R("white-blood-cell-count", 5400, "/mm3", "10*3/uL", PER_MM3_3, rng="4000..10000"),
     R("erythrocyte-sedimentation-rate", 12, "mm/1a hora", "mm/h", rng="..15")],
    "Argentine blood count; dots are thousands separators (4.120.000), commas decimals (12,6); 'VR:' introduces the "
    "range; 'Bajo' -> low; 'hasta 15' is an upper bound; mm/1a hora = mm/h")
add("AR02", J("Ferritina                   45 ng/ml           VR: Varones 30 - 400 / Mujeres 13 - 150",
              "Insulina basal              22,8 µUI/ml        VR: 2,0 - 25,0",
              "Vitamina D (25-OH)          31,5 ng/ml         VR: Deficiencia < 20 / Insuficiencia 20 - 30 / Suficiencia 30 - 100",
              "Dra. Valeria Sosa — Bioquímica — M.P. 4417",
              "Av. Corrientes 3820, C1194 CABA — Tel. (011) 4862-5530"),
    [R("ferritin", 45, "ng/ml", "ng/mL", rng="text"),
     R("insulin", 22.8, "µUI/ml", "u[IU]/mL", rng="2.0..25.0"),
     R("vitamin-d", 31.5, "ng/ml", "ng/mL", rng="text")],
    "Argentine; ferritin with men's and women's intervals and the sex not stated -> text, null; vitamin D tiers -> "
    "text, null; insulin one interval, normal; signature licence number, address and phone are no rows")
add("CL01", J("PERFIL BIOQUÍMICO",
              "Examen                     Resultado        Unidad     Valor de Referencia",
              "Calcio                     9,6              mg/dL      8,6 - 10,2",
              "Fósforo                    3,1              mg/dL      2,5 - 4,5",
              "Albúmina                   4,6              g/dL       3,5 - 5,2",
              "Bilirrubina total          0,74             mg/dL      0,10 - 1,20",
              "Fosfatasas alcalinas       138     *        U/L        40 - 129",
              "GOT/AST                    24               U/L        0 - 40",
              "GPT/ALT                    29               U/L        0 - 41"),
    [R("calcium", 9.6, "mg/dL", "mg/dL", rng="8.6..10.2"),
     R("phosphorus", 3.1, "mg/dL", "mg/dL", rng="2.5..4.5"),
     R("albumin", 4.6, "g/dL", "g/dL", rng="3.5..5.2"),
     R("total-bilirubin", 0.74, "mg/dL", "mg/dL", rng="0.10..1.20"),
     R("alkaline-phosphatase", 138, "U/L", "U/L", printed="abnormal", rng="40..129"),
     R("aspartate-aminotransferase", 24, "U/L", "U/L", rng="0..40"),
     R("alanine-aminotransferase", 29, "U/L", "U/L", rng="0..41")],
    "Chilean chemistry, decimal commas; '*' -> abnormal; a lower bound of 0 is printed and kept (0..40)")

# ======================= Netherlands =======================
add("NL01", J("Hematologie",
              "Bepaling              Uitslag          Eenheid      Referentiewaarde",
              "Hemoglobine           8,1     L        mmol/l       8,5 - 11,0",
              "Hematocriet           0,39    L        l/l          0,41 - 0,51",
              "MCV                   82               fl           80 - 100",
              "MCH                   1,72             fmol         1,65 - 2,05",
              "Leukocyten            6,4              x10^9/l      4,0 - 10,0",
              "Trombocyten           301              x10^9/l      150 - 400",
              "Reticulocyten         52               x10^9/l      25 - 120"),
    [R("hemoglobin", 8.1, "mmol/l", "g/dL", HB_MMOL, printed="low", rng="8.5..11.0"),
     R("hematocrit", 0.39, "l/l", "%", HCT_FRAC, printed="low", rng="0.41..0.51"),
     R("mean-corpuscular-volume", 82, "fl", "fL", rng="80..100"),
     R("mean-corpuscular-hemoglobin", 1.72, "fmol", "pg", MCH_FMOL, rng="1.65..2.05"),
     R("white-blood-cell-count", 6.4, "x10^9/l", "10*3/uL", rng="4.0..10.0"),
     R("platelet-count", 301, "x10^9/l", "10*3/uL", rng="150..400"),
     R("?Reticulocyten", 52, "x10^9/l", "", rng="25..120")],
    "Dutch SI blood count: haemoglobin in mmol/l, haematocrit as a fraction (l/l), MCH in fmol, all through the "
    "catalog's haemoglobin-monomer molar mass or x 100; bounds stay as printed (0.41..0.51 in l/l); x10^9/l = "
    "10^3/uL; reticulocytes have no catalog entry -> ?Name")
add("NL02", J("Klinische chemie          Uitslag          Eenheid            Referentie     Vorige uitslag (02-05-2024)",
              "Kreatinine                112     ↑        µmol/l             64 - 104       98",
              "eGFR (CKD-EPI)            63               ml/min/1.73m2      > 60           73",
              "Natrium                   140              mmol/l             135 - 145      139",
              "Kalium                    4,4              mmol/l             3,5 - 5,0      4,2",
              "Glucose (nuchter)         5,4              mmol/l             4,0 - 6,0      5,6",
              "ALAT                      22               U/l                < 45           25"),
    [R("creatinine", 112, "µmol/l", "mg/dL", CREA_UMOL, printed="high", rng="64..104"),
     R("egfr", 63, "ml/min/1.73m2", "mL/min/{1.73_m2}", rng="60.."),
     R("sodium", 140, "mmol/l", "mmol/L", rng="135..145"),
     R("potassium", 4.4, "mmol/l", "mmol/L", rng="3.5..5.0"),
     R("glucose", 5.4, "mmol/l", "mg/dL", GLU_MMOL, rng="4.0..6.0"),
     R("alanine-aminotransferase", 22, "U/l", "U/L", rng="..45")],
    "Dutch chemistry with a 'Vorige uitslag' column after the range: history, not rows; ↑ on creatinine; ALAT = ALT")
add("NL03", J("Lipiden en vitamines",
              "Cholesterol totaal        6,4        mmol/l     < 5,0      H",
              "HDL-cholesterol           1,12       mmol/l     > 1,0",
              "LDL-cholesterol           4,5        mmol/l     < 3,0      H",
              "Triglyceriden             1,73       mmol/l     < 2,0",
              "Vitamine B12              178        pmol/l     148 - 738",
              "Foliumzuur                11,8       nmol/l     > 7,0"),
    [R("total-cholesterol", 6.4, "mmol/l", "mg/dL", CHOL_MMOL, printed="high", rng="..5.0"),
     R("hdl-cholesterol", 1.12, "mmol/l", "mg/dL", CHOL_MMOL, rng="1.0.."),
     R("ldl-cholesterol", 4.5, "mmol/l", "mg/dL", CHOL_MMOL, printed="high", rng="..3.0"),
     R("triglycerides", 1.73, "mmol/l", "mg/dL", TG_MMOL, rng="..2.0"),
     R("vitamin-b12", 178, "pmol/l", "pg/mL", B12_PMOL, rng="148..738"),
     R("folate", 11.8, "nmol/l", "ng/mL", FOL_NMOL, rng="7.0..")],
    "Dutch lipids and vitamins in SI; the H after the range is the high flag")
add("NL04", J("Huisartsenlaboratorium Noord — Postbus 3120, 9701 DC Groningen — tel. 050 368 1100",
              "Aanvrager: J.P. de Vries, huisarts — AGB-code 01-012345",
              "Patiënt: M. Bakker, geb. 14-08-1971 (53 jr), man",
              "Afname: 21-10-2024 08:32     Ontvangst: 21-10-2024 10:05     Rapportage: 21-10-2024 16:48"),
    "-",
    "a Dutch header: PO box, postcode, phone, the requester's AGB code, birth date, age and three time stamps, no result")

# ======================= Poland =======================
add("PL01", J("MORFOLOGIA KRWI",
              "Badanie                  Wynik            Jednostka    Wartości referencyjne",
              "Leukocyty (WBC)          4,12             tys/µl       4,00 - 10,00",
              "Erytrocyty (RBC)         5,34             mln/µl       4,50 - 5,90",
              "Hemoglobina (HGB)        16,2             g/dl         13,5 - 17,5",
              "Hematokryt (HCT)         47,9             %            40,0 - 53,0",
              "Płytki krwi (PLT)        132     ↓        tys/µl       150 - 410",
              "RDW-CV                   13,1             %            11,5 - 14,5"),
    [R("white-blood-cell-count", 4.12, "tys/µl", "10*3/uL", rng="4.00..10.00"),
     R("red-blood-cell-count", 5.34, "mln/µl", "10*6/uL", rng="4.50..5.90"),
     R("hemoglobin", 16.2, "g/dl", "g/dL", rng="13.5..17.5"),
     R("hematocrit", 47.9, "%", "%", rng="40.0..53.0"),
     R("platelet-count", 132, "tys/µl", "10*3/uL", printed="low", rng="150..410"),
     R("red-cell-distribution-width", 13.1, "%", "%", rng="11.5..14.5")],
    "Polish blood count; tys/µl (thousands per uL) = 10^3/uL and mln/µl = 10^6/uL, the same numbers; ↓ on platelets")
add("PL02", J("BIOCHEMIA",
              "Glukoza na czczo           101    H     mg/dl     70 - 99",
              "Cholesterol całkowity      212    H     mg/dl     115 - 190",
              "Cholesterol HDL            49           mg/dl     > 40",
              "Cholesterol LDL            139    H     mg/dl     < 115",
              "Triglicerydy               118          mg/dl     < 150",
              "Kwas moczowy               5,8          mg/dl     3,4 - 7,0",
              "CRP                        <1,0         mg/l      < 5,0"),
    [R("glucose", 101, "mg/dl", "mg/dL", printed="high", rng="70..99"),
     R("total-cholesterol", 212, "mg/dl", "mg/dL", printed="high", rng="115..190"),
     R("hdl-cholesterol", 49, "mg/dl", "mg/dL", rng="40.."),
     R("ldl-cholesterol", 139, "mg/dl", "mg/dL", printed="high", rng="..115"),
     R("triglycerides", 118, "mg/dl", "mg/dL", rng="..150"),
     R("uric-acid", 5.8, "mg/dl", "mg/dL", rng="3.4..7.0"),
     R("c-reactive-protein", rng="..5.0", vt="<1.0")],
    "Polish chemistry; CRP censored '<1,0' -> valueText <1.0, no normalized value, inside ..5.0 -> normal")
add("PL03", J("HORMONY / WITAMINY",
              "TSH                                 1,762          µIU/ml     0,270 - 4,200",
              "FT4                                 1,21           ng/dl      0,93 - 1,70",
              "Testosteron                         4,85           ng/ml      2,49 - 8,36",
              "Witamina D3 metabolit 25(OH)        18,9     ↓     ng/ml      30 - 50",
              "Data wydruku: 18.11.2024 14:22          Strona 1/1",
              "Wynik autoryzował: mgr Anna Nowak, diagnosta laboratoryjny, nr PWZDL 12345"),
    [R("thyroid-stimulating-hormone", 1.762, "µIU/ml", "m[IU]/L", rng="0.270..4.200"),
     R("free-t4", 1.21, "ng/dl", "ng/dL", rng="0.93..1.70"),
     R("testosterone", 4.85, "ng/ml", "ng/dL", T_NGML, rng="2.49..8.36"),
     R("vitamin-d", 18.9, "ng/ml", "ng/mL", printed="low", rng="30..50")],
    "Polish hormones; µIU/ml = m[IU]/L; '25(OH)' and 'D3' are part of the vitamin D name, not values; print date, page "
    "and the authorising diagnostician's licence number are no rows")

# ======================= Czechia =======================
add("CZ01", J("Klinická biochemie",
              "Vyšetření            Výsledek          Jednotky     Ref. meze",
              "S_Na                 141               mmol/l       136 - 146",
              "S_K                  4,6               mmol/l       3,8 - 5,0",
              "S_Kreatinin          88                µmol/l       64 - 104",
              "S_Urea               7,9      +        mmol/l       2,8 - 7,2",
              "S_ALT                0,94     +        µkat/l       0,10 - 0,78",
              "S_GGT                0,52              µkat/l       0,14 - 1,68"),
    [R("sodium", 141, "mmol/l", "mmol/L", rng="136..146"),
     R("potassium", 4.6, "mmol/l", "mmol/L", rng="3.8..5.0"),
     R("creatinine", 88, "µmol/l", "mg/dL", CREA_UMOL, rng="64..104"),
     R("urea", 7.9, "mmol/l", "mg/dL", UREA_MMOL, printed="high", rng="2.8..7.2"),
     R("alanine-aminotransferase", 0.94, "µkat/l", "U/L", UKAT, printed="high", rng="0.10..0.78"),
     R("gamma-glutamyl-transferase", 0.52, "µkat/l", "U/L", UKAT, rng="0.14..1.68")],
    "Czech chemistry; the 'S_' prefix is the specimen (serum), not part of the name; '+' -> high; enzymes in µkat/l "
    "(SI catalytic concentration) converted by 60; S_Urea is urea in mmol/l")
add("CZ02", J("Hematologie",
              "B_Leukocyty           5,9               10^9/l       4,0 - 10,0",
              "B_Erytrocyty          4,71              10^12/l      4,00 - 5,80",
              "B_Hemoglobin          143               g/l          135 - 175",
              "B_Hematokrit          0,421             1            0,400 - 0,500",
              "B_Trombocyty          226               10^9/l       150 - 400",
              "B_HbA1c               44       ↑        mmol/mol     20 - 42"),
    [R("white-blood-cell-count", 5.9, "10^9/l", "10*3/uL", rng="4.0..10.0"),
     R("red-blood-cell-count", 4.71, "10^12/l", "10*6/uL", rng="4.00..5.80"),
     R("hemoglobin", 143, "g/l", "g/dL", HB_GL, rng="135..175"),
     R("hematocrit", 0.421, "1", "%", HCT_FRAC, rng="0.400..0.500"),
     R("platelet-count", 226, "10^9/l", "10*3/uL", rng="150..400"),
     R("hemoglobin-a1c", 44, "mmol/mol", "%", A1C, printed="high", rng="20..42")],
    "Czech haematology; haematocrit printed as a fraction with the unit '1' (dimensionless) -> x 100; HbA1c in IFCC "
    "mmol/mol with ↑, bounds kept in mmol/mol")
add("CZ03", J("Imunochemie",
              "S_TSH                2,85              mIU/l        0,27-4,20",
              "S_fT4                15,2              pmol/l       12,0-22,0",
              "S_PSA                4,63     ↑        µg/l         0,00-4,00",
              "S_Feritin            165               µg/l         30-400",
              "S_HBsAg              negativní                      negativní",
              "Laboratoř akreditovaná ČIA podle ČSN EN ISO 15189, č. 8245"),
    [R("thyroid-stimulating-hormone", 2.85, "mIU/l", "m[IU]/L", rng="0.27..4.20"),
     R("free-t4", 15.2, "pmol/l", "ng/dL", FT4_PMOL, rng="12.0..22.0"),
     R("prostate-specific-antigen", 4.63, "µg/l", "ng/mL", printed="high", rng="0.00..4.00"),
     R("ferritin", 165, "µg/l", "ng/mL", rng="30..400"),
     R("hepatitis-b-surface-antigen", rng="text", vt="negativní")],
    "Czech immunochemistry, ranges with decimal commas and no spaces (0,27-4,20); µg/l = ng/mL; HBsAg word result with a word reference -> text, null; the accreditation "
    "line (ISO 15189, number 8245) is no row")

# ======================= Sweden, Norway, Denmark, Finland =======================
add("SE01", J("Provsvar – Klinisk kemi, Universitetssjukhuset                    Provtagningsdatum 2024-09-03 07:50",
              "Analys               Resultat          Enhet        Referensintervall",
              "P-Natrium            140               mmol/L       137–145",
              "P-Kalium             3,9               mmol/L       3,5–4,4",
              "P-Kreatinin          94                µmol/L       60–105",
              "P-ALAT               1,32     *        µkat/L       0,15–1,1",
              "P-GT                 0,61              µkat/L       0,15–1,3"),
    [R("sodium", 140, "mmol/L", "mmol/L", rng="137..145"),
     R("potassium", 3.9, "mmol/L", "mmol/L", rng="3.5..4.4"),
     R("creatinine", 94, "µmol/L", "mg/dL", CREA_UMOL, rng="60..105"),
     R("alanine-aminotransferase", 1.32, "µkat/L", "U/L", UKAT, printed="abnormal", rng="0.15..1.1"),
     R("gamma-glutamyl-transferase", 0.61, "µkat/L", "U/L", UKAT, rng="0.15..1.3")],
    "Swedish; 'P-' (plasma) is the specimen prefix; en-dash ranges; enzymes in µkat/L x 60; '*' -> abnormal; P-GT is GGT")
add("SE02", J("fP-Glukos              6,4      H       mmol/L       4,0–6,0",
              "B-HbA1c                41               mmol/mol     27–42",
              "fP-Kolesterol          5,6              mmol/L",
              "fP-LDL-kolesterol      3,8              mmol/L",
              "P-Apolipoprotein B     1,12             g/L          0,50–1,30",
              "P-Lipoprotein(a)       210      H       nmol/L       <105"),
    [R("glucose", 6.4, "mmol/L", "mg/dL", GLU_MMOL, printed="high", rng="4.0..6.0"),
     R("hemoglobin-a1c", 41, "mmol/mol", "%", A1C, rng="27..42"),
     R("total-cholesterol", 5.6, "mmol/L", "mg/dL", CHOL_MMOL),
     R("ldl-cholesterol", 3.8, "mmol/L", "mg/dL", CHOL_MMOL),
     R("apolipoprotein-b", 1.12, "g/L", "mg/dL", APOB_GL, rng="0.50..1.30"),
     R("lipoprotein-a", 210, "nmol/L", "nmol/L", printed="high", rng="..105")],
    "Swedish; 'fP-' is fasting plasma; cholesterol and LDL printed without an interval (Swedish labs leave lipid "
    "targets to the clinician) -> empty range, null; HbA1c IFCC 41 inside 27-42 -> normal")
add("NO01", J("Analyse                Resultat          Tidligere (12.02.24)     Enhet      Referanseområde",
              "S-ALAT                 38                41                       U/L        10 - 70",
              "S-Ferritin             285               310                      µg/L       30 - 400",
              "S-Kobalamin (B12)      412                                        pmol/L     150 - 650",
              "S-Folat                9,2                                        nmol/L     > 7",
              "S-25-OH-vitamin D      42       L                                 nmol/L     50 - 150"),
    [R("alanine-aminotransferase", 38, "U/L", "U/L", rng="10..70"),
     R("ferritin", 285, "µg/L", "ng/mL", rng="30..400"),
     R("vitamin-b12", 412, "pmol/L", "pg/mL", B12_PMOL, rng="150..650"),
     R("folate", 9.2, "nmol/L", "ng/mL", FOL_NMOL, rng="7.."),
     R("vitamin-d", 42, "nmol/L", "ng/mL", VITD_NMOL, printed="low", rng="50..150")],
    "Norwegian with a 'Tidligere' (previous) column, partly empty: history, not rows; kobalamin = B12; the '25-OH' "
    "in the vitamin D name is no value")
add("DK01", J("Analyse                         Resultat         Enhed        Referenceinterval",
              "B-Hæmoglobin                    9,4              mmol/L       8,3 - 10,5",
              "B-Leukocytter                   7,2              ×10^9/L      3,5 - 8,8",
              "B-Trombocytter                  198              ×10^9/L      145 - 390",
              "P-Kreatinin                     78               µmol/L       60 - 105",
              "P-C-reaktivt protein (CRP)      12       H       mg/L         < 10",
              "P-Testosteron                   14,1             nmol/L       7,2 - 24,0"),
    [R("hemoglobin", 9.4, "mmol/L", "g/dL", HB_MMOL, rng="8.3..10.5"),
     R("white-blood-cell-count", 7.2, "×10^9/L", "10*3/uL", rng="3.5..8.8"),
     R("platelet-count", 198, "×10^9/L", "10*3/uL", rng="145..390"),
     R("creatinine", 78, "µmol/L", "mg/dL", CREA_UMOL, rng="60..105"),
     R("c-reactive-protein", 12, "mg/L", "mg/L", printed="high", rng="..10"),
     R("testosterone", 14.1, "nmol/L", "ng/dL", T_NMOL, rng="7.2..24.0")],
    "Danish; haemoglobin in mmol/L (as in the Netherlands) through the monomer's molar mass; 'B-'/'P-' are specimen "
    "prefixes; the 'C-' of C-reaktivt protein is part of the name; printed H on CRP")
add("FI01", J("Tutkimus             Tulos            Yksikkö     Viitearvot",
              "B-Hb                 131      -       g/l         134 - 167",
              "B-Leuk               6,8              E9/l        3,4 - 8,2",
              "fP-Kol               5,9      +       mmol/l      < 5,0",
              "fP-Kol-LDL           3,9      +       mmol/l      < 3,0",
              "fP-Kol-HDL           1,48             mmol/l      > 1,0",
              "fP-Trigly            1,21             mmol/l      < 1,7",
              "P-TSH                1,9              mU/l        0,5 - 3,6",
              "S-IGF-1              21,4             nmol/l      10,5 - 31,8"),
    [R("hemoglobin", 131, "g/l", "g/dL", HB_GL, printed="low", rng="134..167"),
     R("white-blood-cell-count", 6.8, "E9/l", "10*3/uL", rng="3.4..8.2"),
     R("total-cholesterol", 5.9, "mmol/l", "mg/dL", CHOL_MMOL, printed="high", rng="..5.0"),
     R("ldl-cholesterol", 3.9, "mmol/l", "mg/dL", CHOL_MMOL, printed="high", rng="..3.0"),
     R("hdl-cholesterol", 1.48, "mmol/l", "mg/dL", CHOL_MMOL, rng="1.0.."),
     R("triglycerides", 1.21, "mmol/l", "mg/dL", TG_MMOL, rng="..1.7"),
     R("thyroid-stimulating-hormone", 1.9, "mU/l", "m[IU]/L", rng="0.5..3.6"),
     R("somatomedin-c", 21.4, "nmol/l", "ng/mL", IGF_NMOL, rng="10.5..31.8")],
    "Finnish abbreviated names (B-Hb, fP-Kol = fasting total cholesterol, fP-Kol-LDL, fP-Trigly); E9/l = 10^9/L; "
    "'-' and '+' after the value are the low/high flags; IGF-1 in nmol/l through catalog v9's 7,649 g/mol")

# ======================= Turkey =======================
add("TR01", J("Tetkik Adı                         Sonuç            Birim       Referans Aralığı",
              "Açlık Kan Şekeri (Glukoz)          112     H        mg/dL       74 - 100",
              "Üre                                31               mg/dL       17 - 43",
              "Kreatinin                          0,88             mg/dL       0,67 - 1,17",
              "ALT (SGPT)                         19               U/L         0 - 41",
              "AST (SGOT)                         22               U/L         0 - 40",
              "Total Kolesterol                   189              mg/dL       0 - 200"),
    [R("glucose", 112, "mg/dL", "mg/dL", printed="high", rng="74..100"),
     R("urea", 31, "mg/dL", "mg/dL", rng="17..43"),
     R("creatinine", 0.88, "mg/dL", "mg/dL", rng="0.67..1.17"),
     R("alanine-aminotransferase", 19, "U/L", "U/L", rng="0..41"),
     R("aspartate-aminotransferase", 22, "U/L", "U/L", rng="0..40"),
     R("total-cholesterol", 189, "mg/dL", "mg/dL", rng="0..200")],
    "Turkish chemistry; 'Açlık Kan Şekeri' is fasting glucose; Üre is urea (mg/dL)")
add("TR02", J("25-Hidroksi Vitamin D3          11,4     Düşük      ng/mL       30 - 100",
              "Vitamin B12                     198      Düşük      pg/mL       211 - 911",
              "Ferritin                        26                  ng/mL       21,8 - 274,6",
              "Serbest T4                      1,24                ng/dL       0,93 - 1,70",
              "TSH                             2,11                µIU/mL      0,27 - 4,2",
              "İnsülin (Açlık)                 9,4                 µIU/mL      2,6 - 24,9",
              "Kortizol (sabah)                14,8                µg/dL       6,2 - 19,4"),
    [R("vitamin-d", 11.4, "ng/mL", "ng/mL", printed="low", rng="30..100"),
     R("vitamin-b12", 198, "pg/mL", "pg/mL", printed="low", rng="211..911"),
     R("ferritin", 26, "ng/mL", "ng/mL", rng="21.8..274.6"),
     R("free-t4", 1.24, "ng/dL", "ng/dL", rng="0.93..1.70"),
     R("thyroid-stimulating-hormone", 2.11, "µIU/mL", "m[IU]/L", rng="0.27..4.2"),
     R("insulin", 9.4, "µIU/mL", "u[IU]/mL", rng="2.6..24.9"),
     R("cortisol", 14.8, "µg/dL", "ug/dL", rng="6.2..19.4")],
    "Turkish; 'Düşük' -> low; Serbest T4 = free T4; Kortizol (sabah) = morning cortisol; the '25' and 'D3' belong to the vitamin D name")
add("TR03", J("HEMOGRAM",
              "WBC          10^3/µL      5,79        4 - 10",
              "RBC          10^6/µL      5,63        4,5 - 5,5        Yüksek",
              "HGB          g/dL         16,9        13,5 - 17,5",
              "HCT          %            50,8        40 - 52",
              "PLT          10^3/µL      254         150 - 400",
              "NEU#         10^3/µL      3,12        2 - 7",
              "Numune Alma Zamanı: 05.11.2024 08:41       Onay Zamanı: 05.11.2024 10:02"),
    [R("white-blood-cell-count", 5.79, "10^3/µL", "10*3/uL", rng="4..10"),
     R("red-blood-cell-count", 5.63, "10^6/µL", "10*6/uL", printed="high", rng="4.5..5.5"),
     R("hemoglobin", 16.9, "g/dL", "g/dL", rng="13.5..17.5"),
     R("hematocrit", 50.8, "%", "%", rng="40..52"),
     R("platelet-count", 254, "10^3/µL", "10*3/uL", rng="150..400"),
     R("neutrophils-absolute", 3.12, "10^3/µL", "10*3/uL", rng="2..7")],
    "Turkish analyser printout with the unit column before the result; 'Yüksek' -> high; NEU# is the absolute "
    "neutrophil count; the sampling and approval time stamps are no rows")

# ======================= Greece =======================
add("GR01", J("ΒΙΟΧΗΜΙΚΕΣ ΕΞΕΤΑΣΕΙΣ",
              "ΕΞΕΤΑΣΗ                     ΑΠΟΤΕΛΕΣΜΑ         ΜΟΝΑΔΕΣ     ΤΙΜΕΣ ΑΝΑΦΟΡΑΣ",
              "Σάκχαρο                     94                 mg/dl       70 - 110",
              "Ουρία                       46                 mg/dl       10 - 50",
              "Κρεατινίνη                  1,05               mg/dl       0,6 - 1,3",
              "Ουρικό οξύ                  7,6      *         mg/dl       3,5 - 7,2",
              "Χοληστερίνη ολική           263      *         mg/dl       < 200",
              "Τριγλυκερίδια               176      *         mg/dl       < 150"),
    [R("glucose", 94, "mg/dl", "mg/dL", rng="70..110"),
     R("urea", 46, "mg/dl", "mg/dL", rng="10..50"),
     R("creatinine", 1.05, "mg/dl", "mg/dL", rng="0.6..1.3"),
     R("uric-acid", 7.6, "mg/dl", "mg/dL", printed="abnormal", rng="3.5..7.2"),
     R("total-cholesterol", 263, "mg/dl", "mg/dL", printed="abnormal", rng="..200"),
     R("triglycerides", 176, "mg/dl", "mg/dL", printed="abnormal", rng="..150")],
    "Greek chemistry; Σάκχαρο (sugar) is glucose, Ουρία is urea in mg/dl; '*' -> abnormal")
add("GR02", J("ΓΕΝΙΚΗ ΑΙΜΑΤΟΣ",
              "Λευκά αιμοσφαίρια (WBC)        8,9             K/μl       4,0 - 10,5",
              "Ερυθρά αιμοσφαίρια (RBC)       4,42            M/μl       4,40 - 5,90",
              "Αιμοσφαιρίνη (HGB)             12,9     ↓      g/dl       13,5 - 17,5",
              "Αιματοκρίτης (HCT)             39,1     ↓      %          40,0 - 52,0",
              "Αιμοπετάλια (PLT)              265             K/μl       150 - 400",
              "ΤΚΕ                            9               mm/1h      0 - 15"),
    [R("white-blood-cell-count", 8.9, "K/μl", "10*3/uL", rng="4.0..10.5"),
     R("red-blood-cell-count", 4.42, "M/μl", "10*6/uL", rng="4.40..5.90"),
     R("hemoglobin", 12.9, "g/dl", "g/dL", printed="low", rng="13.5..17.5"),
     R("hematocrit", 39.1, "%", "%", printed="low", rng="40.0..52.0"),
     R("platelet-count", 265, "K/μl", "10*3/uL", rng="150..400"),
     R("erythrocyte-sedimentation-rate", 9, "mm/1h", "mm/h", rng="0..15")],
    "Greek blood count; K/μl = 10^3/uL and M/μl = 10^6/uL, written with the Greek letter mu (U+03BC), not the micro "
    "sign; ΤΚΕ is the ESR, mm/1h = mm/h")
add("GR03", J("| ΕΞΕΤΑΣΗ | ΑΠΟΤΕΛΕΣΜΑ | ΜΟΝΑΔΕΣ | ΤΙΜΕΣ ΑΝΑΦΟΡΑΣ |",
              "|---|---|---|---|",
              "| Σίδηρος (Fe) | 68 | μg/dl | 65 - 175 |",
              "| Φερριτίνη | 29 ↓ | ng/ml | 30 - 400 |",
              "| Βιταμίνη B12 | 390 | pg/ml | 187 - 883 |",
              "| TSH | 3,12 | μIU/ml | 0,35 - 4,94 |",
              "| Ομοκυστεΐνη | 17,8 ↑ | μmol/l | < 15 |",
              "Ο Βιοπαθολόγος: Δρ. Κ. Παπαδόπουλος — Λεωφ. Κηφισίας 212, 115 26 Αθήνα — Τηλ. 210 6980 123"),
    [R("iron", 68, "μg/dl", "ug/dL", rng="65..175"),
     R("ferritin", 29, "ng/ml", "ng/mL", printed="low", rng="30..400"),
     R("vitamin-b12", 390, "pg/ml", "pg/mL", rng="187..883"),
     R("thyroid-stimulating-hormone", 3.12, "μIU/ml", "m[IU]/L", rng="0.35..4.94"),
     R("homocysteine", 17.8, "μmol/l", "umol/L", printed="high", rng="..15")],
    "Greek report as OCR Markdown, arrows inside the result cell; the signature line with street number, postcode and "
    "phone is no row")

# ======================= Russia, Ukraine, Kazakhstan =======================
add("RU01", J("Биохимический анализ крови",
              "Исследование                  Результат     Единицы       Референсные значения",
              "Глюкоза                       6,3           ммоль/л       4,1 - 5,9",
              "Холестерин общий              6,12          ммоль/л       < 5,2",
              "Холестерин ЛПВП               1,18          ммоль/л       > 1,0",
              "Холестерин ЛПНП               4,05          ммоль/л       < 3,0",
              "Триглицериды                  1,98          ммоль/л       < 1,7",
              "Креатинин                     91            мкмоль/л      62 - 106"),
    [R("glucose", 6.3, "ммоль/л", "mg/dL", GLU_MMOL, rng="4.1..5.9"),
     R("total-cholesterol", 6.12, "ммоль/л", "mg/dL", CHOL_MMOL, rng="..5.2"),
     R("hdl-cholesterol", 1.18, "ммоль/л", "mg/dL", CHOL_MMOL, rng="1.0.."),
     R("ldl-cholesterol", 4.05, "ммоль/л", "mg/dL", CHOL_MMOL, rng="..3.0"),
     R("triglycerides", 1.98, "ммоль/л", "mg/dL", TG_MMOL, rng="..1.7"),
     R("creatinine", 91, "мкмоль/л", "mg/dL", CREA_UMOL, rng="62..106")],
    "Russian chemistry with Cyrillic units (ммоль/л = mmol/L, мкмоль/л = umol/L); ЛПВП = HDL, ЛПНП = LDL; no printed "
    "flags (the lab prints out-of-range values in bold only): glucose, total and LDL cholesterol and triglycerides "
    "-> high (computed)")
add("RU02", J("Показатель                      Результат               Ед. изм.      Референсные значения",
              "ТТГ (тиреотропный гормон)       4,86     Повышен        мкМЕ/мл       0,4 - 4,0",
              "Т4 свободный                    10,9     Понижен        пмоль/л       11,5 - 22,7",
              "Тестостерон общий               17,4                    нмоль/л       8,33 - 30,19",
              "ПСА общий                       1,12                    нг/мл         до 4,0",
              "Витамин B12                     247                     пмоль/л       145 - 569"),
    [R("thyroid-stimulating-hormone", 4.86, "мкМЕ/мл", "m[IU]/L", printed="high", rng="0.4..4.0"),
     R("free-t4", 10.9, "пмоль/л", "ng/dL", FT4_PMOL, printed="low", rng="11.5..22.7"),
     R("testosterone", 17.4, "нмоль/л", "ng/dL", T_NMOL, rng="8.33..30.19"),
     R("prostate-specific-antigen", 1.12, "нг/мл", "ng/mL", rng="..4.0"),
     R("vitamin-b12", 247, "пмоль/л", "pg/mL", B12_PMOL, rng="145..569")],
    "Russian hormones; 'Повышен'/'Понижен' -> high/low; мкМЕ/мл = uIU/mL = m[IU]/L; 'до 4,0' (up to) is an upper "
    "bound; ПСА = PSA")
add("RU03", J("Общий анализ крови",
              "Лейкоциты (WBC)            6,7          10^9/л       4,0 - 9,0",
              "Эритроциты (RBC)           4,9          10^12/л      4,0 - 5,0",
              "Гемоглобин (HGB)           151          г/л          130 - 160",
              "СОЭ (по Вестергрену)       4            мм/ч         2 - 15",
              "HBsAg                      отрицательно              отрицательно",
              "Возраст: 47 лет        Пол: мужской"),
    [R("white-blood-cell-count", 6.7, "10^9/л", "10*3/uL", rng="4.0..9.0"),
     R("red-blood-cell-count", 4.9, "10^12/л", "10*6/uL", rng="4.0..5.0"),
     R("hemoglobin", 151, "г/л", "g/dL", HB_GL, rng="130..160"),
     R("erythrocyte-sedimentation-rate", 4, "мм/ч", "mm/h", rng="2..15"),
     R("hepatitis-b-surface-antigen", rng="text", vt="отрицательно")],
    "Russian blood count; СОЭ is the ESR (мм/ч = mm/h); HBsAg 'отрицательно' (negative) with a word reference -> "
    "text, null; the age/sex line is no row")
add("RU04", J("Результаты исследований не являются диагнозом, необходима консультация специалиста.",
              "Лицензия № ЛО-77-01-015932 от 18.04.2018    ООО «Лаборатория», 125047, г. Москва, ул. 1-я Тверская-Ямская, д. 23",
              "Дата выдачи результата: 14.11.2024 16:40       Врач КЛД: Иванова Е.П.",
              "Стр. 2 из 2"),
    "-",
    "a Russian footer: disclaimer, licence number and date, postcode and house number, issue time, the signing "
    "doctor, page count: no result")
add("UA01", J("Тест                           Результат         Одиниці виміру     Референтні значення",
              "Феритин                        17,2     ↓        нг/мл              30 - 400",
              "Залізо                         8,1      ↓        мкмоль/л           10,7 - 32,2",
              "Вітамін D (25-OH)              <8,0     ↓        нг/мл              30 - 100",
              "С-реактивний білок (hs)        2,4               мг/л               < 5,0"),
    [R("ferritin", 17.2, "нг/мл", "ng/mL", printed="low", rng="30..400"),
     R("iron", 8.1, "мкмоль/л", "ug/dL", FE_UMOL, printed="low", rng="10.7..32.2"),
     R("vitamin-d", rng="30..100", vt="<8.0", printed="low"),
     R("hs-crp", 2.4, "мг/л", "mg/L", rng="..5.0")],
    "Ukrainian; ↓ -> low; vitamin D censored '<8,0' with a printed ↓ -> valueText <8.0, low, no normalized value; the "
    "'(hs)' marks the high-sensitivity CRP")
add("KZ01", J("ТОО «Медицинская лаборатория» — г. Алматы, пр. Абая 150/230 — тел. +7 727 355 01 02",
              "Зерттеу / Исследование        Нәтиже / Результат      Бірлік / Ед.изм.     Норма",
              "АЛТ                           34                      Ед/л                 до 41",
              "АСТ                           29                      Ед/л                 до 37",
              "Билирубин общий               21,6     ↑              мкмоль/л             3,4 - 20,5",
              "Мочевая кислота               412                     мкмоль/л             202 - 416"),
    [R("alanine-aminotransferase", 34, "Ед/л", "U/L", rng="..41"),
     R("aspartate-aminotransferase", 29, "Ед/л", "U/L", rng="..37"),
     R("total-bilirubin", 21.6, "мкмоль/л", "mg/dL", BILI_UMOL, printed="high", rng="3.4..20.5"),
     R("uric-acid", 412, "мкмоль/л", "mg/dL", UA_UMOL, rng="202..416")],
    "Kazakhstan, Kazakh/Russian bilingual headers; Ед/л = U/L; 'до 41' is an upper bound; the letterhead's building "
    "numbers and phone are no rows")

# ======================= India =======================
add("IN01", J("HAEMATOLOGY",
              "Test Name                        Result            Unit             Bio. Ref. Interval",
              "Haemoglobin                      13.8              g/dL             13.0 - 17.0",
              "Total Leucocyte Count (TLC)      7,850             cells/cu.mm      4,000 - 10,000",
              "Platelet Count                   1.42     L        lakhs/cu.mm      1.50 - 4.10",
              "Packed Cell Volume (PCV)         42.6              %                40 - 50",
              "ESR (Westergren)                 22       H        mm/1st hr        0 - 15"),
    [R("hemoglobin", 13.8, "g/dL", "g/dL", rng="13.0..17.0"),
     R("white-blood-cell-count", 7850, "cells/cu.mm", "10*3/uL", PER_MM3_3, rng="4000..10000"),
     R("platelet-count", 1.42, "lakhs/cu.mm", "10*3/uL", LAKH, printed="low", rng="1.50..4.10"),
     R("hematocrit", 42.6, "%", "%", rng="40..50"),
     R("erythrocyte-sedimentation-rate", 22, "mm/1st hr", "mm/h", printed="high", rng="0..15")],
    "Indian report; the comma in 7,850 and 4,000 is a thousands separator (decimal points elsewhere); cells/cu.mm = /uL; "
    "platelets in lakhs/cu.mm (1 lakh = 100,000); PCV is the haematocrit")
add("IN02", J("LIPID PROFILE",
              "Cholesterol - Total              221      H     mg/dL      < 200",
              "Triglycerides                    164      H     mg/dL      < 150",
              "HDL Cholesterol                  38       L     mg/dL      > 40",
              "LDL Cholesterol (Calculated)     150.2    H     mg/dL      < 100",
              "VLDL Cholesterol                 32.8     H     mg/dL      < 30",
              "Chol/HDL Ratio                   5.8      H                3.5 - 5.0",
              "*** End of Report ***",
              "NABL Accredited Laboratory — Certificate No. MC-2871                    Page 2 of 4"),
    [R("total-cholesterol", 221, "mg/dL", "mg/dL", printed="high", rng="..200"),
     R("triglycerides", 164, "mg/dL", "mg/dL", printed="high", rng="..150"),
     R("hdl-cholesterol", 38, "mg/dL", "mg/dL", printed="low", rng="40.."),
     R("ldl-cholesterol", 150.2, "mg/dL", "mg/dL", printed="high", rng="..100"),
     R("vldl-cholesterol", 32.8, "mg/dL", "mg/dL", printed="high", rng="..30"),
     R("cholesterol-hdl-ratio", 5.8, "", "{ratio}", printed="high", rng="3.5..5.0")],
    "Indian lipid profile (LDL = 221 - 38 - 32.8, VLDL = 164/5, ratio = 221/38); the ratio has no printed unit and is "
    "kept as the same number in {ratio}; the end-of-report line, accreditation certificate number and page count are "
    "no rows")
add("IN03", J("Test Name                   Result         Unit          Bio. Ref. Interval",
              "T3, Total                   1.21           ng/mL         0.80 - 2.00",
              "T4, Total                   8.9            µg/dL         5.1 - 14.1",
              "TSH (Ultrasensitive)        6.84     H     µIU/mL        0.27 - 4.20",
              "Vitamin B12                 148      L     pg/mL         197 - 771",
              "Age / Sex : 52 Yrs / Male          Sample Collected On : 22/Oct/2024 08:15 AM"),
    [R("total-t3", 1.21, "ng/mL", "ng/dL", T3_NGML, rng="0.80..2.00"),
     R("total-t4", 8.9, "µg/dL", "ug/dL", rng="5.1..14.1"),
     R("thyroid-stimulating-hormone", 6.84, "µIU/mL", "m[IU]/L", printed="high", rng="0.27..4.20"),
     R("vitamin-b12", 148, "pg/mL", "pg/mL", printed="low", rng="197..771")],
    "Indian thyroid profile; total T3 printed in ng/mL (catalog ng/dL); the '3' and '4' of T3/T4 are names; the "
    "age/sex and collection line is no row")

# ======================= China =======================
add("CN01", J("检验项目               结果        提示     单位          参考区间",
              "谷丙转氨酶(ALT)        52.3        ↑        U/L           9--50",
              "谷草转氨酶(AST)        31.6                 U/L           15--40",
              "总胆红素(TBIL)         14.2                 μmol/L        0--23.0",
              "肌酐(CREA)             81                   μmol/L        57--111",
              "尿酸(UA)               468         ↑        μmol/L        208--428",
              "葡萄糖(GLU)            5.82                 mmol/L        3.90--6.10"),
    [R("alanine-aminotransferase", 52.3, "U/L", "U/L", printed="high", rng="9..50"),
     R("aspartate-aminotransferase", 31.6, "U/L", "U/L", rng="15..40"),
     R("total-bilirubin", 14.2, "μmol/L", "mg/dL", BILI_UMOL, rng="0..23.0"),
     R("creatinine", 81, "μmol/L", "mg/dL", CREA_UMOL, rng="57..111"),
     R("uric-acid", 468, "μmol/L", "mg/dL", UA_UMOL, printed="high", rng="208..428"),
     R("glucose", 5.82, "mmol/L", "mg/dL", GLU_MMOL, rng="3.90..6.10")],
    "Chinese chemistry; the double hyphen '--' is the range separator Chinese reports print; the 提示 (hint) column "
    "holds the ↑ flags")
add("CN02", J("姓名：张**    性别：男    年龄：45岁    科室：体检中心    标本类型：血清    送检日期：2024-10-12",
              "| 项目 | 结果 | 提示 | 单位 | 参考范围 |",
              "|---|---|---|---|---|",
              "| 总胆固醇(TC) | 5.86 | ↑ | mmol/L | <5.20 |",
              "| 甘油三酯(TG) | 1.42 |  | mmol/L | <1.70 |",
              "| 高密度脂蛋白胆固醇(HDL-C) | 0.98 | ↓ | mmol/L | >1.04 |",
              "| 低密度脂蛋白胆固醇(LDL-C) | 3.91 | ↑ | mmol/L | <3.37 |",
              "| 同型半胱氨酸(HCY) | 16.9 | ↑ | μmol/L | 0--15.0 |"),
    [R("total-cholesterol", 5.86, "mmol/L", "mg/dL", CHOL_MMOL, printed="high", rng="..5.20"),
     R("triglycerides", 1.42, "mmol/L", "mg/dL", TG_MMOL, rng="..1.70"),
     R("hdl-cholesterol", 0.98, "mmol/L", "mg/dL", CHOL_MMOL, printed="low", rng="1.04.."),
     R("ldl-cholesterol", 3.91, "mmol/L", "mg/dL", CHOL_MMOL, printed="high", rng="..3.37"),
     R("homocysteine", 16.9, "μmol/L", "umol/L", printed="high", rng="0..15.0")],
    "Chinese check-up lipids as OCR Markdown under a patient line (age 45岁 and the date are no rows); an empty 提示 "
    "cell is no flag")
add("CN03", J("项目                         结果          单位           参考范围",
              "白细胞计数(WBC)              5.46          10^9/L         3.5-9.5",
              "红细胞计数(RBC)              5.12          10^12/L        4.3-5.8",
              "血红蛋白(HGB)                156           g/L            130-175",
              "血小板计数(PLT)              92     L      10^9/L         125-350",
              "促甲状腺激素(TSH)            2.35          mIU/L          0.27-4.2",
              "游离甲状腺素(FT4)            17.9          pmol/L         12-22",
              "报告日期：2024-10-13    检验者：李**    审核者：王**    本结果仅对该标本负责"),
    [R("white-blood-cell-count", 5.46, "10^9/L", "10*3/uL", rng="3.5..9.5"),
     R("red-blood-cell-count", 5.12, "10^12/L", "10*6/uL", rng="4.3..5.8"),
     R("hemoglobin", 156, "g/L", "g/dL", HB_GL, rng="130..175"),
     R("platelet-count", 92, "10^9/L", "10*3/uL", printed="low", rng="125..350"),
     R("thyroid-stimulating-hormone", 2.35, "mIU/L", "m[IU]/L", rng="0.27..4.2"),
     R("free-t4", 17.9, "pmol/L", "ng/dL", FT4_PMOL, rng="12..22")],
    "Chinese blood count and thyroid; haemoglobin in g/L; printed L on platelets; the report-date/signature line is "
    "no row")

# ======================= Japan =======================
add("JP01", J("検査項目             今回             前回(2023/10)     単位              基準値",
              "AST(GOT)             24               22                U/L               30以下",
              "ALT(GPT)             41      H        33                U/L               30以下",
              "γ-GTP                88      H        64                U/L               50以下",
              "HbA1c(NGSP)          5.8     H        5.6               %                 5.5以下",
              "eGFR                 71.2             74.0              mL/min/1.73m2     60.0以上",
              "CRP                  <0.03            0.05              mg/dL             0.30以下"),
    [R("aspartate-aminotransferase", 24, "U/L", "U/L", rng="..30"),
     R("alanine-aminotransferase", 41, "U/L", "U/L", printed="high", rng="..30"),
     R("gamma-glutamyl-transferase", 88, "U/L", "U/L", printed="high", rng="..50"),
     R("hemoglobin-a1c", 5.8, "%", "%", printed="high", rng="..5.5"),
     R("egfr", 71.2, "mL/min/1.73m2", "mL/min/{1.73_m2}", rng="60.0.."),
     R("c-reactive-protein", rng="..0.30", vt="<0.03")],
    "Japanese health check with 今回 (this time) and 前回 (previous) columns: only 今回 is a row; '30以下' (30 or less) "
    "is an upper bound, '60.0以上' (60.0 or more) a lower bound; γ-GTP is GGT; CRP censored '<0.03' mg/dL -> valueText "
    "<0.03, no normalized value, inside ..0.30 -> normal")
add("JP02", J("検査項目           結果             単位            基準範囲",
              "白血球数           4.8              10^3/μL         3.3～8.6",
              "赤血球数           412      L       10^4/μL         435～555",
              "ヘモグロビン       13.2     L       g/dL            13.7～16.8",
              "ヘマトクリット     39.5     L       %               40.7～50.1",
              "血小板数           21.4             10^4/μL         15.8～34.8"),
    [R("white-blood-cell-count", 4.8, "10^3/μL", "10*3/uL", rng="3.3..8.6"),
     R("red-blood-cell-count", 412, "10^4/μL", "10*6/uL", E4_RBC, printed="low", rng="435..555"),
     R("hemoglobin", 13.2, "g/dL", "g/dL", printed="low", rng="13.7..16.8"),
     R("hematocrit", 39.5, "%", "%", printed="low", rng="40.7..50.1"),
     R("platelet-count", 21.4, "10^4/μL", "10*3/uL", E4_PLT, rng="15.8..34.8")],
    "Japanese blood count with the JCCLS common intervals and the wave dash '～' as range separator; red cells and "
    "platelets in 10^4/uL (412 x 10^4/uL = 4.12 x 10^6/uL; 21.4 x 10^4/uL = 214 x 10^3/uL), bounds kept in 10^4/uL")
add("JP03", J("健康診断結果報告書",
              "受診日 2024年10月8日        受診者番号 00123456",
              "氏名 山田 太郎 様        生年月日 1968年4月12日(56歳)        性別 男",
              "所属 株式会社サンプル商事 第2営業部",
              "実施機関 医療法人社団 健生会 健診センター        TEL 03-5555-0123"),
    "-",
    "a Japanese health-check cover block: examination date, examinee number, birth date and age, department number, "
    "phone: no result")

# ======================= Korea =======================
add("KR01", J("검사명                        결과             단위          참고치",
              "Total Cholesterol             224      H       mg/dL         0~199",
              "Triglyceride                  96               mg/dL         0~149",
              "HDL Cholesterol               58               mg/dL         40~",
              "LDL Cholesterol (직접)        152      H       mg/dL         0~129",
              "Glucose (공복)                103      H       mg/dL         70~99",
              "HbA1c                         5.9      H       %             4.0~5.6"),
    [R("total-cholesterol", 224, "mg/dL", "mg/dL", printed="high", rng="0..199"),
     R("triglycerides", 96, "mg/dL", "mg/dL", rng="0..149"),
     R("hdl-cholesterol", 58, "mg/dL", "mg/dL", rng="40.."),
     R("ldl-cholesterol", 152, "mg/dL", "mg/dL", printed="high", rng="0..129"),
     R("glucose", 103, "mg/dL", "mg/dL", printed="high", rng="70..99"),
     R("hemoglobin-a1c", 5.9, "%", "%", printed="high", rng="4.0..5.6")],
    "Korean hospital report with English test names and Korean qualifiers (직접 = direct, 공복 = fasting); the tilde is "
    "the range separator and '40~' is a lower bound only")
add("KR02", J("검사항목                  결과            이전결과(2024-03-15)     단위         참고범위",
              "갑상선자극호르몬(TSH)     1.62            1.88                     μIU/mL       0.35~4.94",
              "유리T4(Free T4)           1.15            1.09                     ng/dL        0.70~1.48",
              "테스토스테론              3.42            3.95                     ng/mL        2.80~8.00",
              "전립선특이항원(PSA)       0.74            0.69                     ng/mL        0~4.0",
              "비타민D(25-OH)            14.2     L      17.5                     ng/mL        30~100"),
    [R("thyroid-stimulating-hormone", 1.62, "μIU/mL", "m[IU]/L", rng="0.35..4.94"),
     R("free-t4", 1.15, "ng/dL", "ng/dL", rng="0.70..1.48"),
     R("testosterone", 3.42, "ng/mL", "ng/dL", T_NGML, rng="2.80..8.00"),
     R("prostate-specific-antigen", 0.74, "ng/mL", "ng/mL", rng="0..4.0"),
     R("vitamin-d", 14.2, "ng/mL", "ng/mL", printed="low", rng="30..100")],
    "Korean names with the English abbreviation in parentheses; the 이전결과 (previous result) column is history, "
    "not rows")
add("KR03", J("검사명              결과        단위              참고치          판정",
              "백혈구(WBC)         6.12        x10³/μL           4.0~10.0        정상",
              "혈색소(Hb)          11.9        g/dL              13.0~17.0       낮음",
              "크레아티닌          1.31        mg/dL             0.70~1.20       높음",
              "eGFR(CKD-EPI)       58          mL/min/1.73m²     60~             낮음",
              "요산                6.4         mg/dL             3.4~7.0         정상"),
    [R("white-blood-cell-count", 6.12, "x10³/μL", "10*3/uL", printed="normal", rng="4.0..10.0"),
     R("hemoglobin", 11.9, "g/dL", "g/dL", printed="low", rng="13.0..17.0"),
     R("creatinine", 1.31, "mg/dL", "mg/dL", printed="high", rng="0.70..1.20"),
     R("egfr", 58, "mL/min/1.73m²", "mL/min/{1.73_m2}", printed="low", rng="60.."),
     R("uric-acid", 6.4, "mg/dL", "mg/dL", printed="normal", rng="3.4..7.0")],
    "Korean check-up with a 판정 (judgement) column in words: 정상 = normal, 낮음 = low, 높음 = high (a printed "
    "'normal' is kept as the flag); 요산 = uric acid; x10³/μL with a superscript three")

# ======================= Indonesia, Vietnam, Philippines =======================
add("ID01", J("PEMERIKSAAN                HASIL            SATUAN       NILAI RUJUKAN",
              "HEMATOLOGI",
              "Hemoglobin                 14,6             g/dL         13,2 - 17,3",
              "Leukosit                   9,8              10^3/µL      3,8 - 10,6",
              "Trombosit                  312              10^3/µL      150 - 440",
              "Laju Endap Darah           28       H       mm/jam       0 - 15",
              "KIMIA KLINIK",
              "Glukosa Puasa              131      H       mg/dL        70 - 99"),
    [R("hemoglobin", 14.6, "g/dL", "g/dL", rng="13.2..17.3"),
     R("white-blood-cell-count", 9.8, "10^3/µL", "10*3/uL", rng="3.8..10.6"),
     R("platelet-count", 312, "10^3/µL", "10*3/uL", rng="150..440"),
     R("erythrocyte-sedimentation-rate", 28, "mm/jam", "mm/h", printed="high", rng="0..15"),
     R("glucose", 131, "mg/dL", "mg/dL", printed="high", rng="70..99")],
    "Indonesian report, decimal commas, section lines (HEMATOLOGI, KIMIA KLINIK) are no rows; Laju Endap Darah is "
    "the ESR, mm/jam = mm/h; Glukosa Puasa = fasting glucose")
add("ID02", J("SEROLOGI / KIMIA KLINIK",
              "HBsAg Kualitatif           Non Reaktif                   Non Reaktif",
              "Kolesterol Total           196              mg/dL        < 200",
              "Kolesterol LDL Direk       141      H       mg/dL        < 100",
              "Trigliserida               215      H       mg/dL        < 150",
              "Asam Urat                  7,8      H       mg/dL        3,4 - 7,0",
              "Jl. Kramat Raya No. 150, Jakarta Pusat 10430 — Telp. (021) 3190 5555"),
    [R("hepatitis-b-surface-antigen", rng="text", vt="Non Reaktif"),
     R("total-cholesterol", 196, "mg/dL", "mg/dL", rng="..200"),
     R("ldl-cholesterol", 141, "mg/dL", "mg/dL", printed="high", rng="..100"),
     R("triglycerides", 215, "mg/dL", "mg/dL", printed="high", rng="..150"),
     R("uric-acid", 7.8, "mg/dL", "mg/dL", printed="high", rng="3.4..7.0")],
    "Indonesian medical check-up; HBsAg 'Non Reaktif' word result with a word reference -> text, null; Asam Urat = "
    "uric acid; the address line is no row")
add("VN01", J("XÉT NGHIỆM HUYẾT HỌC",
              "Tên xét nghiệm                  Kết quả          Đơn vị     Khoảng tham chiếu",
              "Số lượng bạch cầu (WBC)         8.41             G/L        4.0 - 10.0",
              "Số lượng hồng cầu (RBC)         5.21             T/L        4.2 - 5.4",
              "Huyết sắc tố (HGB)              148              g/L        130 - 170",
              "Số lượng tiểu cầu (PLT)         452      H       G/L        150 - 450"),
    [R("white-blood-cell-count", 8.41, "G/L", "10*3/uL", rng="4.0..10.0"),
     R("red-blood-cell-count", 5.21, "T/L", "10*6/uL", rng="4.2..5.4"),
     R("hemoglobin", 148, "g/L", "g/dL", HB_GL, rng="130..170"),
     R("platelet-count", 452, "G/L", "10*3/uL", printed="high", rng="150..450")],
    "Vietnamese blood count with French-style G/L and T/L units; huyết sắc tố (HGB) in g/L")
add("VN02", J("XÉT NGHIỆM SINH HÓA MÁU",
              "Glucose                     7.8      ↑       mmol/L     3.9 - 6.4",
              "Ure                         5.6              mmol/L     2.5 - 7.5",
              "Creatinin                   102              µmol/L     62 - 120",
              "AST (GOT)                   35               U/L        ≤ 37",
              "ALT (GPT)                   67       ↑       U/L        ≤ 40",
              "HbA1c                       7.4      ↑       %          4.0 - 6.0"),
    [R("glucose", 7.8, "mmol/L", "mg/dL", GLU_MMOL, printed="high", rng="3.9..6.4"),
     R("urea", 5.6, "mmol/L", "mg/dL", UREA_MMOL, rng="2.5..7.5"),
     R("creatinine", 102, "µmol/L", "mg/dL", CREA_UMOL, rng="62..120"),
     R("aspartate-aminotransferase", 35, "U/L", "U/L", rng="..37"),
     R("alanine-aminotransferase", 67, "U/L", "U/L", printed="high", rng="..40"),
     R("hemoglobin-a1c", 7.4, "%", "%", printed="high", rng="4.0..6.0")],
    "Vietnamese chemistry; 'Ure' is urea in mmol/L; '≤ 37' is an upper bound only")
add("PH01", J("CLINICAL CHEMISTRY",
              "TEST            RESULT (SI)    UNIT       REFERENCE (SI)    RESULT (CONV)    UNIT      REFERENCE (CONV)",
              "FBS             5.8            mmol/L     4.1 - 5.9         104.5            mg/dL     74 - 106",
              "Creatinine      97.2           umol/L     53 - 115          1.10             mg/dL     0.60 - 1.30",
              "Cholesterol     5.9     H      mmol/L     0.0 - 5.2         228.1     H      mg/dL     0 - 200"),
    [R("glucose", 5.8, "mmol/L", "mg/dL", GLU_MMOL, rng="4.1..5.9"),
     R("creatinine", 97.2, "umol/L", "mg/dL", CREA_UMOL, rng="53..115"),
     R("total-cholesterol", 5.9, "mmol/L", "mg/dL", CHOL_MMOL, printed="high", rng="0.0..5.2")],
    "Philippine hospital layout printing every result twice, SI then conventional: one result per line, keyed from "
    "the first (SI) result and its range, the conventional columns being the same measurement (104.5 mg/dL, 1.10 "
    "mg/dL, 228.1 mg/dL agree with the conversions below and their flags agree); FBS = fasting blood sugar")

# ======================= Arabic-speaking countries (bilingual) =======================
add("SA01", J("Test / الفحص                            Result / النتيجة        Unit / الوحدة     Reference Range / المعدل الطبيعي",
              "Fasting Blood Glucose / سكر صائم        5.4                     mmol/L            3.9 - 5.6",
              "HbA1c / السكر التراكمي                 6.0       H             %                 4.0 - 5.6",
              "Creatinine / الكرياتينين               74                      µmol/L            62 - 106",
              "Vitamin D (25-OH) / فيتامين د          38.5      L             nmol/L            75 - 250"),
    [R("glucose", 5.4, "mmol/L", "mg/dL", GLU_MMOL, rng="3.9..5.6"),
     R("hemoglobin-a1c", 6.0, "%", "%", printed="high", rng="4.0..5.6"),
     R("creatinine", 74, "µmol/L", "mg/dL", CREA_UMOL, rng="62..106"),
     R("vitamin-d", 38.5, "nmol/L", "ng/mL", VITD_NMOL, printed="low", rng="75..250")],
    "Saudi bilingual English/Arabic report in SI units; each name is printed in both languages, one row per line")
add("AE01", J("قسم الغدد الصماء — Endocrinology Section                 تاريخ الطباعة Print Date: 2024-11-02",
              "Investigation              Result     Flag    Units       Reference Interval",
              "Testosterone Total         7.9        L       nmol/L      8.64 - 29.0",
              "Free Testosterone          168                pmol/L      131 - 640",
              "LH                         4.1                mIU/mL      1.7 - 8.6",
              "FSH                        5.6                mIU/mL      1.5 - 12.4",
              "Prolactin                  11.2               ng/mL       4.04 - 15.2"),
    [R("testosterone", 7.9, "nmol/L", "ng/dL", T_NMOL, printed="low", rng="8.64..29.0"),
     R("testosterone-free", 168, "pmol/L", "pg/mL", FT_PMOL, rng="131..640"),
     R("luteinizing-hormone", 4.1, "mIU/mL", "m[IU]/mL", rng="1.7..8.6"),
     R("follicle-stimulating-hormone", 5.6, "mIU/mL", "m[IU]/mL", rng="1.5..12.4"),
     R("prolactin", 11.2, "ng/mL", "ng/mL", rng="4.04..15.2")],
    "UAE report with an Arabic/English section line and print date (no rows); a separate Flag column")
add("EG01", J("معمل التحاليل الطبية — Medical Laboratory",
              "Patient Name / اسم المريض: Ahmed M. Hassan        Age / السن: 49 Y        Sex / النوع: Male",
              "Referring Doctor / الطبيب المعالج: Dr. Khaled Nour",
              "Collection Date / تاريخ سحب العينة: 12/11/2024 09:14        Lab No. / رقم العينة: 2411120347",
              "Branch: 26 Gamet El Dowal El Arabia St., Mohandessin, Giza — Hotline 19989"),
    "-",
    "an Egyptian bilingual patient block: age, collection time, lab number, street number and hotline, no result")
add("EG02", J("Test                        Result      Unit        Reference Range",
              "S.G.P.T (ALT)               23          U/L         Up to 41",
              "S.G.O.T (AST)               19          U/L         Up to 37",
              "Serum Creatinine            0.9         mg/dL       0.7 - 1.3",
              "Serum Uric Acid             5.1         mg/dL       3.5 - 7.2",
              "Serum Ferritin              468 (H)     ng/mL       22 - 322"),
    [R("alanine-aminotransferase", 23, "U/L", "U/L", rng="..41"),
     R("aspartate-aminotransferase", 19, "U/L", "U/L", rng="..37"),
     R("creatinine", 0.9, "mg/dL", "mg/dL", rng="0.7..1.3"),
     R("uric-acid", 5.1, "mg/dL", "mg/dL", rng="3.5..7.2"),
     R("ferritin", 468, "ng/mL", "ng/mL", printed="high", rng="22..322")],
    "Egyptian report in conventional units; S.G.P.T/S.G.O.T with dots are ALT/AST; 'Up to 41' is an upper bound only; '(H)' after the value is the high flag")

# ======================= Israel =======================
add("IL01", J("מעבדה מרכזית — תאריך: 05/11/2024",
              "בדיקה                  תוצאה          יחידות              טווח תקין",
              "Glucose                102      H     mg/dL               70 - 100",
              "Creatinine             0.91           mg/dL               0.70 - 1.20",
              "eGFR                   94             mL/min/1.73m2       > 60",
              "Potassium              4.1            mmol/L              3.5 - 5.1",
              "ALT (GPT)              27             U/L                 0 - 41"),
    [R("glucose", 102, "mg/dL", "mg/dL", printed="high", rng="70..100"),
     R("creatinine", 0.91, "mg/dL", "mg/dL", rng="0.70..1.20"),
     R("egfr", 94, "mL/min/1.73m2", "mL/min/{1.73_m2}", rng="60.."),
     R("potassium", 4.1, "mmol/L", "mmol/L", rng="3.5..5.1"),
     R("alanine-aminotransferase", 27, "U/L", "U/L", rng="0..41")],
    "Israeli report: Hebrew headers (test, result, units, normal range) over English test names; the date line is "
    "no row")
add("IL02", J("שם הבדיקה              תוצאה        ערכי ייחוס       יחידות      הערה",
              "Cholesterol            231          0 - 200          mg/dL       גבוה",
              "HDL Cholesterol        39           > 40             mg/dL       נמוך",
              "LDL Cholesterol        158          0 - 130          mg/dL       גבוה",
              "Triglycerides          172          0 - 150          mg/dL       גבוה",
              "Vitamin D 25-OH        21.5         30 - 100         ng/mL       נמוך"),
    [R("total-cholesterol", 231, "mg/dL", "mg/dL", printed="high", rng="0..200"),
     R("hdl-cholesterol", 39, "mg/dL", "mg/dL", printed="low", rng="40.."),
     R("ldl-cholesterol", 158, "mg/dL", "mg/dL", printed="high", rng="0..130"),
     R("triglycerides", 172, "mg/dL", "mg/dL", printed="high", rng="0..150"),
     R("vitamin-d", 21.5, "ng/mL", "ng/mL", printed="low", rng="30..100")],
    "Israeli layout with the reference before the unit and Hebrew flag words in the remark column: גבוה = high, "
    "נמוך = low")

# ======================= United Kingdom =======================
add("UK01", J("Test                     Result          Units        Reference Range",
              "Serum sodium             138             mmol/L       (133 - 146)",
              "Serum potassium          5.9      H      mmol/L       (3.5 - 5.3)",
              "  Sample slightly haemolysed - potassium may be falsely elevated.",
              "Serum urea               6.8             mmol/L       (2.5 - 7.8)",
              "Serum creatinine         98              umol/L       (59 - 104)",
              "eGFR                     74              mL/min/1.73m2"),
    [R("sodium", 138, "mmol/L", "mmol/L", rng="133..146"),
     R("potassium", 5.9, "mmol/L", "mmol/L", printed="high", rng="3.5..5.3"),
     R("urea", 6.8, "mmol/L", "mg/dL", UREA_MMOL, rng="2.5..7.8"),
     R("creatinine", 98, "umol/L", "mg/dL", CREA_UMOL, rng="59..104"),
     R("egfr", 74, "mL/min/1.73m2", "mL/min/{1.73_m2}")],
    "UK renal profile with parenthesised ranges; the indented haemolysis comment is no row; eGFR printed without a "
    "range -> empty range, null")
add("UK02", J("HbA1c (IFCC)             52       H      mmol/mol     (20 - 41)",
              "Serum vitamin B12        231             ng/L         (180 - 914)",
              "Serum folate             2.4      L      ug/L         (3.9 - 26.8)",
              "Serum ferritin           41              ug/L         (30 - 400)",
              "Serum TSH                2.3             mU/L         (0.27 - 4.2)",
              "Serum free T4            14.1            pmol/L       (12 - 22)",
              "Serum DHEA sulphate      6.8             umol/L       (2.2 - 15.2)"),
    [R("hemoglobin-a1c", 52, "mmol/mol", "%", A1C, printed="high", rng="20..41"),
     R("vitamin-b12", 231, "ng/L", "pg/mL", rng="180..914"),
     R("folate", 2.4, "ug/L", "ng/mL", printed="low", rng="3.9..26.8"),
     R("ferritin", 41, "ug/L", "ng/mL", rng="30..400"),
     R("thyroid-stimulating-hormone", 2.3, "mU/L", "m[IU]/L", rng="0.27..4.2"),
     R("free-t4", 14.1, "pmol/L", "ng/dL", FT4_PMOL, rng="12..22"),
     R("dhea-sulfate", 6.8, "umol/L", "ug/dL", DHEAS_UMOL, rng="2.2..15.2")],
    "UK units: B12 in ng/L (= pg/mL), folate and ferritin in ug/L (= ng/mL), HbA1c in IFCC mmol/mol with bounds kept "
    "in mmol/mol")
add("UK03", J("Biochemistry",
              "Plasma glucose           2.3      LL     mmol/L       (3.0 - 7.8)",
              "  Result telephoned to Dr Patel, ward 7B, at 14:32 by J. Smith (BMS).",
              "Serum magnesium          0.62     L      mmol/L       (0.70 - 1.00)",
              "Serum calcium            2.41            mmol/L       (2.20 - 2.60)"),
    [R("glucose", 2.3, "mmol/L", "mg/dL", GLU_MMOL, printed="critical-low", rng="3.0..7.8"),
     R("magnesium", 0.62, "mmol/L", "mg/dL", MG_MMOL, printed="low", rng="0.70..1.00"),
     R("calcium", 2.41, "mmol/L", "mg/dL", CA_MMOL, rng="2.20..2.60")],
    "UK; 'LL' is the critical-low flag (the phoned-result comment confirms it); the comment's ward number and clock "
    "time are no rows")

# ======================= Australia =======================
add("AU01", J("Cumulative Results       12/03/24     17/09/24     Units             Reference",
              "Sodium                   139          141          mmol/L            (135-145)",
              "Potassium                4.2          4.6          mmol/L            (3.5-5.2)",
              "Creatinine               86           97           umol/L            (60-110)",
              "eGFR                     >90          79           mL/min/1.73m2     (>59)"),
    [R("sodium", 141, "mmol/L", "mmol/L", rng="135..145"),
     R("potassium", 4.6, "mmol/L", "mmol/L", rng="3.5..5.2"),
     R("creatinine", 97, "umol/L", "mg/dL", CREA_UMOL, rng="60..110"),
     R("egfr", 79, "mL/min/1.73m2", "mL/min/{1.73_m2}", rng="59..")],
    "Australian cumulative report: two dated result columns, the later (17/09/24, the right-hand one) is the current "
    "result and the only row per analyte; the earlier '>90' eGFR is history")
add("AU02", J("IRON STUDIES",
              "Iron                       14             umol/L       (5-30)",
              "Transferrin                2.9            g/L          (2.0-3.6)",
              "Transferrin Saturation     19             %            (10-45)",
              "Ferritin                   612     H      ug/L         (30-500)"),
    [R("iron", 14, "umol/L", "ug/dL", FE_UMOL, rng="5..30"),
     R("transferrin", 2.9, "g/L", "mg/dL", TRF_GL, rng="2.0..3.6"),
     R("transferrin-saturation", 19, "%", "%", rng="10..45"),
     R("ferritin", 612, "ug/L", "ng/mL", printed="high", rng="30..500")],
    "Australian iron studies, hyphen ranges without spaces in parentheses; transferrin g/L -> mg/dL")
add("AU03", J("TESTOSTERONE              16.8     nmol/L     ( 6.0-28.0 )",
              "SHBG                      41       nmol/L     ( 15-60 )",
              "Calc. Free Testosterone   340      pmol/L     ( 200-650 )",
              "PSA                       1.9      ug/L       ( <4.0 )",
              "Tests performed by a NATA-accredited laboratory, Accreditation No. 2184."),
    [R("testosterone", 16.8, "nmol/L", "ng/dL", T_NMOL, rng="6.0..28.0"),
     R("shbg", 41, "nmol/L", "nmol/L", rng="15..60"),
     R("testosterone-free", 340, "pmol/L", "pg/mL", FT_PMOL, rng="200..650"),
     R("prostate-specific-antigen", 1.9, "ug/L", "ng/mL", rng="..4.0")],
    "Australian androgen panel with spaced parentheses '( 6.0-28.0 )' and '( <4.0 )'; calculated free testosterone; "
    "PSA in ug/L = ng/mL; the accreditation footer is no row")

# ======================= South Africa =======================
add("ZA01", J("CHEMISTRY                  Result    Flag    Units             Reference Range",
              "Urea                       9.4       H       mmol/L            2.1 - 7.1",
              "Creatinine                 142       H       umol/L            64 - 104",
              "eGFR (CKD-EPI)             48        L       mL/min/1.73m2     >60",
              "Potassium                  6.4       HH      mmol/L            3.5 - 5.1",
              "  CRITICAL RESULT phoned to Sr Dlamini at 10:42 on 08/10/2024.",
              "Uric acid                  0.52      H       mmol/L            0.21 - 0.43"),
    [R("urea", 9.4, "mmol/L", "mg/dL", UREA_MMOL, printed="high", rng="2.1..7.1"),
     R("creatinine", 142, "umol/L", "mg/dL", CREA_UMOL, printed="high", rng="64..104"),
     R("egfr", 48, "mL/min/1.73m2", "mL/min/{1.73_m2}", printed="low", rng="60.."),
     R("potassium", 6.4, "mmol/L", "mmol/L", printed="critical-high", rng="3.5..5.1"),
     R("uric-acid", 0.52, "mmol/L", "mg/dL", UA_MMOL, printed="high", rng="0.21..0.43")],
    "South African renal profile; 'HH' is the critical-high flag (the phoned comment, with its clock time and date, "
    "is no row); uric acid printed in mmol/L")
add("ZA02", J("LIPIDS AND GLYCAEMIC CONTROL",
              "Total Cholesterol          6.2       H       mmol/L            <5.0",
              "Triglycerides              2.4       H       mmol/L            <1.7",
              "HDL Cholesterol            0.9       L       mmol/L            >1.0",
              "LDL Cholesterol (calc)     4.2       H       mmol/L            <3.0",
              "HbA1c                      6.3       H       %                 4.0 - 6.0",
              "hsCRP                      4.6       H       mg/L              <3.0"),
    [R("total-cholesterol", 6.2, "mmol/L", "mg/dL", CHOL_MMOL, printed="high", rng="..5.0"),
     R("triglycerides", 2.4, "mmol/L", "mg/dL", TG_MMOL, printed="high", rng="..1.7"),
     R("hdl-cholesterol", 0.9, "mmol/L", "mg/dL", CHOL_MMOL, printed="low", rng="1.0.."),
     R("ldl-cholesterol", 4.2, "mmol/L", "mg/dL", CHOL_MMOL, printed="high", rng="..3.0"),
     R("hemoglobin-a1c", 6.3, "%", "%", printed="high", rng="4.0..6.0"),
     R("hs-crp", 4.6, "mg/L", "mg/L", printed="high", rng="..3.0")],
    "South African lipids in mmol/L (Friedewald LDL = 6.2 - 0.9 - 2.4/2.2 = 4.2) and HbA1c in %")
add("ZA03", J("HAEMATOLOGY",
              "Haemoglobin                16.4              g/dL              13.0 - 17.0",
              "White cell count           4.21              x10^9/L           3.92 - 10.40",
              "Platelet count             176               x10^9/L           171 - 388",
              "HIV 1/2 antibody screen    Non-reactive",
              "Pathologist: Dr N. Mokoena MBChB FCPath(SA)      Practice No. 5200296      Page 1 of 1"),
    [R("hemoglobin", 16.4, "g/dL", "g/dL", rng="13.0..17.0"),
     R("white-blood-cell-count", 4.21, "x10^9/L", "10*3/uL", rng="3.92..10.40"),
     R("platelet-count", 176, "x10^9/L", "10*3/uL", rng="171..388"),
     R("hiv-1-antibody", vt="Non-reactive")],
    "South African blood count; the HIV 1/2 antibody screen is the catalog's hiv-1-antibody (alias 'HIV 1/2 "
    "Antibody'), a word result with no reference printed -> empty range, null; the pathologist's practice number and "
    "page count are no rows")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "keyed.tsv")
ids = [c[0] for c in cases]
assert len(ids) == len(set(ids))
with open(out, "w", encoding="utf-8") as fh:
    fh.write("id\tline\texpected\twhy\n")
    for c in cases: fh.write("\t".join(c) + "\n")
nrows = sum(0 if c[2] == "-" else len(c[2].split(" ;; ")) for c in cases)
kinds = {}
for i in ids: kinds[i[:2]] = kinds.get(i[:2], 0) + 1
print(len(cases), "snippets,", nrows, "rows,", sum(c[2] == "-" for c in cases), "without a result")
print(kinds)
