#!/usr/bin/env python3
"""review30 blind test set generator.

Holds every snippet and its keyed rows, converts units with the catalog
(ucumUnit + molarMass from ../review29/catalog-keys.tsv), computes flags from
ranges when no flag is printed, refuses to write if a printed flag contradicts
its range, and writes cases.tsv.
"""
import csv, math, os, re, sys, textwrap
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = os.path.join(HERE, '..', 'keyed-printouts', 'catalog-keys.tsv')

CAT = {}
with open(CATALOG, encoding='utf-8') as f:
    rd = csv.reader(f, delimiter='\t')
    next(rd)
    for row in rd:
        key, ucum, rtype, mm = row[0], row[1], row[2], row[3]
        CAT[key] = (ucum, rtype, float(mm) if mm else None)

# ---------------------------------------------------------------- units
# dimension, factor to the dimension's base unit
#   mass: g/L   mol: mol/L   c3: 10*3/uL   c6: 10*6/uL   U: U/L   IU: [IU]/L
#   pct: %   fl: fL   pgc: pg (per cell)   gfr: mL/min/1.73m2   acr: mg/g
CASE_SENSITIVE = {
    'G/l': ('c3', 1), 'G/L': ('c3', 1), 'T/l': ('c6', 1), 'T/L': ('c6', 1),
}
UNITS = {
    'g/l': ('mass', 1), 'g/dl': ('mass', 10), 'mg/dl': ('mass', 1e-2), 'mg/l': ('mass', 1e-3),
    'ug/ml': ('mass', 1e-3), 'ug/dl': ('mass', 1e-5), 'ug/l': ('mass', 1e-6), 'ng/ml': ('mass', 1e-6),
    'ng/dl': ('mass', 1e-8), 'pg/ml': ('mass', 1e-9), 'ng/l': ('mass', 1e-9),
    'mmol/l': ('mol', 1e-3), 'umol/l': ('mol', 1e-6), 'nmol/l': ('mol', 1e-9), 'pmol/l': ('mol', 1e-12),
    # counts
    '10^9/l': ('c3', 1), 'x10^9/l': ('c3', 1), 'x10*9/l': ('c3', 1), 'k/ul': ('c3', 1), 'tsd/ul': ('c3', 1),
    'tys/ul': ('c3', 1), '10^3/ul': ('c3', 1), 'x10^3/ul': ('c3', 1), 'mil/mm3': ('c3', 1),
    '/ul': ('c3', 1e-3), '/mm3': ('c3', 1e-3), 'cells/ul': ('c3', 1e-3),
    '10^12/l': ('c6', 1), 'x10^12/l': ('c6', 1), 'm/ul': ('c6', 1), 'mio/ul': ('c6', 1), 'mln/ul': ('c6', 1),
    'milhoes/mm3': ('c6', 1), '10^6/ul': ('c6', 1), 'x10^6/ul': ('c6', 1),
    # catalytic / arbitrary units
    'u/l': ('U', 1), 'units/l': ('U', 1), 'ukat/l': ('U', 60), 'u/ml': ('U', 1000), 'ku/l': ('U', 1000),
    # international units
    'iu/l': ('IU', 1), 'miu/ml': ('IU', 1), 'mui/ml': ('IU', 1), 'miu/l': ('IU', 1e-3), 'mui/l': ('IU', 1e-3),
    'uiu/ml': ('IU', 1e-3), 'uui/ml': ('IU', 1e-3), 'iu/ml': ('IU', 1000), 'ui/ml': ('IU', 1000),
    'kiu/l': ('IU', 1000),
    '%': ('pct', 1), 'l/l': ('pct', 100),
    'fl': ('fl', 1), 'pg': ('pgc', 1),
    'ml/min/1.73m2': ('gfr', 1), 'ml/s/1.73m2': ('gfr', 60),
    'mg/g': ('acr', 1), 'mg/gcreatinine': ('acr', 1),
    'mmol/mol': ('ifcc', 1),
}
UCUM = {
    'mg/dL': ('mass', 1e-2), 'g/dL': ('mass', 10), 'ug/dL': ('mass', 1e-5), 'ng/mL': ('mass', 1e-6),
    'pg/mL': ('mass', 1e-9), 'ng/dL': ('mass', 1e-8), 'mg/L': ('mass', 1e-3), 'ug/L': ('mass', 1e-6),
    'ug/mL': ('mass', 1e-3), 'g/L': ('mass', 1),
    'umol/L': ('mol', 1e-6), 'nmol/L': ('mol', 1e-9), 'mmol/L': ('mol', 1e-3),
    '10*3/uL': ('c3', 1), '10*6/uL': ('c6', 1), 'U/L': ('U', 1), 'U/mL': ('U', 1000),
    'm[IU]/L': ('IU', 1e-3), 'm[IU]/mL': ('IU', 1), 'u[IU]/mL': ('IU', 1e-3), '[IU]/mL': ('IU', 1000),
    '%': ('pct', 1), 'fL': ('fl', 1), 'pg': ('pgc', 1), 'mL/min/{1.73_m2}': ('gfr', 1), 'mg/g': ('acr', 1),
}


def unit_info(u):
    if u is None:
        return None
    if u in CASE_SENSITIVE:
        return CASE_SENSITIVE[u]
    n = (u.replace('µ', 'u').replace('μ', 'u').replace('²', '2').replace('³', '3').replace(' ', '')
         .replace(',', '.').replace('ões', 'oes').lower())
    if n not in UNITS:
        raise SystemExit('unknown printed unit %r' % u)
    return UNITS[n]


def convert(key, val, unit):
    """value in catalog ucumUnit, or None when unit arithmetic + the key's molar mass cannot do it"""
    if key.startswith('?') or val is None or unit is None:
        return None
    ucum, _, mm = CAT[key]
    if not ucum or ucum not in UCUM:
        return None
    fd, ff = unit_info(unit)
    td, tf = UCUM[ucum]
    if fd == td:
        return val * ff / tf
    if fd == 'mol' and td == 'mass' and mm:
        return val * ff * mm / tf
    if fd == 'mass' and td == 'mol' and mm:
        return val * ff / mm / tf
    return None


def sig3(x):
    if x == 0:
        return '0'
    e = math.floor(math.log10(abs(x)))
    scaled = abs(x) / 10 ** (e - 2)
    frac = scaled - math.floor(scaled)
    if abs(frac - 0.5) < 0.002:
        raise SystemExit('rounding tie too close to call: %r' % x)
    d = Decimal(repr(x)).quantize(Decimal(1).scaleb(e - 2), rounding=ROUND_HALF_UP)
    s = format(d, 'f')
    if '.' in s:
        s = s.rstrip('0').rstrip('.')
    return s


# ---------------------------------------------------------------- ranges and flags
def parse_range(spec):
    """internal spec -> (output text, lo, lo_strict, hi, hi_strict)"""
    if spec in ('', 'text'):
        return spec, None, False, None, False
    lo_s, hi_s = spec.split('..')
    lo = hi = None
    los = his = False
    if lo_s:
        if lo_s.startswith('>'):
            los, lo_s = True, lo_s[1:]
        lo = float(lo_s)
    if hi_s:
        if hi_s.startswith('<'):
            his, hi_s = True, hi_s[1:]
        hi = float(hi_s)
    return '%s..%s' % (lo_s, hi_s), lo, los, hi, his


def position(v, lo, los, hi, his):
    if lo is not None and (v < lo or (los and v == lo)):
        return 'below'
    if hi is not None and (v > hi or (his and v == hi)):
        return 'above'
    return 'inside'


def censored_position(cmp, x, lo, los, hi, his):
    """where every value admitted by '<x' / '>x' lies (values are non-negative); None if mixed"""
    if cmp == '<':                      # admitted: [0, x)
        if lo is not None and lo > 0 and x <= lo:
            return 'below'
        if (lo is None or lo <= 0) and (hi is None or x <= hi):
            return 'inside'
        return None
    if hi is not None and x >= hi:      # admitted: (x, inf)
        return 'above'
    if hi is None and (lo is None or x >= lo):
        return 'inside'
    return None


ALLOWED_FLAGS = {'high', 'low', 'critical-high', 'critical-low', 'abnormal', 'normal', 'null'}


def R(key, val, unit, rng, flag=None, vt=''):
    return dict(key=key, val=val, unit=unit, rng=rng, flag=flag, vt=vt)


def key_row(cid, r):
    key = r['key']
    if not key.startswith('?') and key not in CAT:
        raise SystemExit('%s: unknown key %s' % (cid, key))
    rng_out, lo, los, hi, his = parse_range(r['rng'])
    numeric = lo is not None or hi is not None
    vt = r['vt']
    val = None if r['val'] is None else float(r['val'])
    flag = r['flag']
    if val is not None and vt and vt[0] in '<>':
        pos = censored_position(vt[0], val, lo, los, hi, his) if numeric else None
        if numeric and pos is None and flag is None:
            raise SystemExit('%s: censored value %s cannot be placed in %s' % (cid, vt, r['rng']))
    elif val is not None:
        pos = position(val, lo, los, hi, his) if numeric else None
    else:
        pos = None
    computed = {'below': 'low', 'above': 'high', 'inside': 'normal', None: 'null'}[pos]
    if flag is None:
        if val is None:
            raise SystemExit('%s: qualitative row %s needs an explicit flag' % (cid, key))
        flag = computed
    else:
        if flag not in ALLOWED_FLAGS:
            raise SystemExit('%s: bad flag %s' % (cid, flag))
        if pos is not None:
            ok = {'high': pos == 'above', 'critical-high': pos == 'above', 'low': pos == 'below',
                  'critical-low': pos == 'below', 'normal': pos == 'inside', 'abnormal': pos != 'inside',
                  'null': False}[flag]
            if not ok:
                raise SystemExit('%s: printed flag %s contradicts %s for %s %s' % (cid, flag, r['rng'], key, r['val']))
    nv = convert(key, val, r['unit'])
    nvs = sig3(nv) if nv is not None else ''
    nu = CAT[key][0] if nvs else ''
    return '|'.join([key, vt, flag, nvs, nu, rng_out]), nvs


CASES = []


def case(country, lang, layout, text, rows, why):
    text = textwrap.dedent(text).strip('\n')
    lines = [ln.rstrip() for ln in text.split('\n')]
    if any('\t' in ln or '\\' in ln for ln in lines):
        raise SystemExit('tab or backslash in snippet: ' + lines[0])
    CASES.append(dict(country=country, lang=lang, layout=layout, lines=lines, rows=rows, why=why))


# ================================================================= the cases
# H001
case('US', 'en', 'Sonora Quest In Range / Out Of Range columns, LDL range on the line below, risk notes', '''
    SONORA QUEST LABORATORIES                 1255 W Washington St, Tempe, AZ 85281
    Patient: HARTLEY, DENISE M                DOB: 03/14/1971    Age: 53    Sex: F
    Specimen: SQ482913C                       Collected: 02/11/2025 07:42    Reported: 02/12/2025 14:10
    Test Name                           In Range     Out Of Range    Reference Range        Lab
    LIPID PANEL, STANDARD
       CHOLESTEROL, TOTAL                            212 H           <200 mg/dL             SQ
       HDL CHOLESTEROL                  58                           > OR = 50 mg/dL        SQ
       TRIGLYCERIDES                    96                           <150 mg/dL             SQ
       LDL-CHOLESTEROL                               133 H           mg/dL (calc)           SQ
          Reference range: <100
          Desirable range <100 mg/dL for primary prevention;
          <70 mg/dL for patients with CHD or diabetic patients
          with > or = 2 CHD risk equivalents.
          LDL-C is now calculated using the Martin-Hopkins
          calculation, which is a validated novel method providing
          better accuracy than the Friedewald equation in the
          estimation of LDL-C.
       CHOL/HDLC RATIO                  3.7                          <5.0 (calc)            SQ
       NON HDL CHOLESTEROL                           154 H           <130 mg/dL (calc)      SQ
          For patients with diabetes plus 1 major ASCVD risk
          factor, treating to a non-HDL-C goal of <100 mg/dL
          (LDL-C of <70 mg/dL) is considered a therapeutic option.
    APOLIPOPROTEIN B                                 104 H           <90 mg/dL              SQ
    LIPOPROTEIN (a)                     38                           <75 nmol/L             SQ
    PERFORMING SITE:
    SQ  SONORA QUEST LABORATORIES, 1255 W WASHINGTON ST, TEMPE, AZ 85281
''', [
    R('total-cholesterol', '212', 'mg/dL', '..<200', 'high'),
    R('hdl-cholesterol', '58', 'mg/dL', '50..'),
    R('triglycerides', '96', 'mg/dL', '..<150'),
    R('ldl-cholesterol', '133', 'mg/dL', '..<100', 'high'),
    R('cholesterol-hdl-ratio', '3.7', None, '..<5.0'),
    R('non-hdl-cholesterol', '154', 'mg/dL', '..<130', 'high'),
    R('apolipoprotein-b', '104', 'mg/dL', '..<90', 'high'),
    R('lipoprotein-a', '38', 'nmol/L', '..<75'),
], "range=the Reference Range column ('<x' strict, '> OR = 50' inclusive lower bound) except LDL, whose '<100' sits on the 'Reference range:' line below its row, and the desirable-range and Martin-Hopkins notes are commentary, not rows.")

# H002
case('US', 'en', 'ARUP, flag printed before the value, See Note reference, interpretive footnotes', '''
    ARUP LABORATORIES | 500 Chipeta Way, Salt Lake City, UT 84108-1221 | (800) 522-2787
    Patient: KOWALCZYK, ROBERT J          Age: 52 years     Sex: Male
    ARUP Accession: 25-041-118392         Collected: 2/10/2025 08:05     Received: 2/11/2025 09:30
    Procedure                                         Result        Units      Reference Interval
    Testosterone, Free and Total (Adult Male)
       Testosterone, Total (LC/MS/MS)                 412           ng/dL      250-1100
       Testosterone, Free (Equilibrium Dialysis)      L 41.8        pg/mL      46.0-224.0
       Testosterone, Percent Free                     L 1.01        %          1.60-2.90
    Sex Hormone Binding Globulin                      H 78          nmol/L     13-71
    Estradiol, Ultrasensitive, LC-MS/MS               24            pg/mL      See Note
    Dehydroepiandrosterone Sulfate                    187           ug/dL      70-310
    INTERPRETIVE INFORMATION: Testosterone, Free and Total
       Free testosterone is measured by equilibrium dialysis followed by
       LC-MS/MS quantitation of testosterone in the dialysate.
    Note: Reference intervals for estradiol are age-, sex- and cycle-dependent;
       consult the ARUP Laboratory Test Directory.
    Test developed and characteristics determined by ARUP Laboratories.
    H = High, L = Low, * = Abnormal, C = Critical
''', [
    R('testosterone', '412', 'ng/dL', '250..1100'),
    R('testosterone-free', '41.8', 'pg/mL', '46.0..224.0', 'low'),
    R('testosterone-free-percent', '1.01', '%', '1.60..2.90', 'low'),
    R('shbg', '78', 'nmol/L', '13..71', 'high'),
    R('estradiol', '24', 'pg/mL', 'text'),
    R('dhea-sulfate', '187', 'ug/dL', '70..310'),
], "range=the Reference Interval column as a-b with the L/H printed before the value, estradiol's 'See Note' is a text range with no bounds (flag null), and the interpretive block and flag legend are not rows.")

# H003
case('US', 'en', 'Mayo Clinic Labs, Flag column, censored antibody, see-comment row, performing site', '''
    MAYO CLINIC LABORATORIES
    Patient Name: LINDQVIST, KAREN         DOB: 09/02/1968      Sex: F
    Order #: 90412837        Collected: 01/27/2025 09:14 CST      Reported: 01/28/2025 16:32 CST
    Test                                 Result      Flag    Unit       Reference Value
    TSH, Sensitive, S                    6.12        H       mIU/L      0.30-4.20
    Free T4, S                           0.94                ng/dL      0.90-1.70
    Thyroperoxidase Antibodies, S        212.0       H       IU/mL      <9.0
    Thyroglobulin Antibody, S            <1.8                IU/mL      <4.0
    Reverse T3, S                        See Comment
       Comment: Test not performed. Insufficient specimen volume received.
    Performing Site:
       MCR   Mayo Clinic Laboratories - Rochester Superior Drive
             3050 Superior Drive NW, Rochester, MN 55901
''', [
    R('thyroid-stimulating-hormone', '6.12', 'mIU/L', '0.30..4.20', 'high'),
    R('free-t4', '0.94', 'ng/dL', '0.90..1.70'),
    R('thyroid-peroxidase-antibody', '212.0', 'IU/mL', '..<9.0', 'high'),
    R('thyroglobulin-antibody', '1.8', 'IU/mL', '..<4.0', vt='<1.8'),
], "range=the Reference Value column ('<x' strict upper bounds); TPO in IU/mL is not normalized because the catalog unit is U/mL, the censored '<1.8' lies wholly under '<4.0', and the Reverse T3 'See Comment' row with its not-performed comment is not a result.")

# H004
case('US', 'en', 'BioReference CBC, percent rows without range, absolute rows in cells/uL', '''
    BioReference Laboratories       481 Edward H. Ross Drive, Elmwood Park, NJ 07407
    PATIENT: DIAZ, MARISOL          DOB: 07/11/1983     SEX: F      ACCESSION: B0212-4471903
    COLLECTED: 02/12/2025 08:20     RECEIVED: 02/12/2025 13:05     REPORTED: 02/12/2025 21:47
    TEST                            RESULT      FLAG    REFERENCE RANGE      UNITS
    CBC WITH DIFFERENTIAL/PLATELET
    WBC                             4.1                 3.8-10.8             K/uL
    RBC                             4.62                3.80-5.10            M/uL
    HEMOGLOBIN                      14.1                11.7-15.5            g/dL
    HEMATOCRIT                      42.3                35.0-45.0            %
    MCV                             91.6                80.0-100.0           fL
    MCH                             30.5                27.0-33.0            pg
    MCHC                            33.3                32.0-36.0            g/dL
    RDW                             12.9                11.0-15.0            %
    PLATELET COUNT                  138         L       140-400              K/uL
    NEUTROPHILS                     48.2                                     %
    LYMPHOCYTES                     39.5                                     %
    MONOCYTES                       8.9                                      %
    EOSINOPHILS                     2.8                                      %
    BASOPHILS                       0.6                                      %
    ABSOLUTE NEUTROPHILS            1976                1500-7800            cells/uL
    ABSOLUTE LYMPHOCYTES            1620                850-3900             cells/uL
    ABSOLUTE MONOCYTES              365                 200-950              cells/uL
    ABSOLUTE EOSINOPHILS            115                 15-500               cells/uL
    ABSOLUTE BASOPHILS              25                  0-200                cells/uL
    REVIEWED BY: M. ROSS, MLS(ASCP)
''', [
    R('white-blood-cell-count', '4.1', 'K/uL', '3.8..10.8'),
    R('red-blood-cell-count', '4.62', 'M/uL', '3.80..5.10'),
    R('hemoglobin', '14.1', 'g/dL', '11.7..15.5'),
    R('hematocrit', '42.3', '%', '35.0..45.0'),
    R('mean-corpuscular-volume', '91.6', 'fL', '80.0..100.0'),
    R('mean-corpuscular-hemoglobin', '30.5', 'pg', '27.0..33.0'),
    R('mean-corpuscular-hemoglobin-concentration', '33.3', 'g/dL', '32.0..36.0'),
    R('red-cell-distribution-width', '12.9', '%', '11.0..15.0'),
    R('platelet-count', '138', 'K/uL', '140..400', 'low'),
    R('neutrophils', '48.2', '%', ''),
    R('lymphocytes', '39.5', '%', ''),
    R('monocytes', '8.9', '%', ''),
    R('eosinophils', '2.8', '%', ''),
    R('basophils', '0.6', '%', ''),
    R('neutrophils-absolute', '1976', 'cells/uL', '1500..7800'),
    R('lymphocytes-absolute', '1620', 'cells/uL', '850..3900'),
    R('monocytes-absolute', '365', 'cells/uL', '200..950'),
    R('eosinophils-absolute', '115', 'cells/uL', '15..500'),
    R('basophils-absolute', '25', 'cells/uL', '0..200'),
], "range=the REFERENCE RANGE column in the printed unit (cells/uL for the absolute counts, which normalize /1000 to 10*3/uL), and the percent differential rows print no range so their flag is null.")

# H005 (no result)
case('UK', 'en', 'private lab results-status page, every test still pending', '''
    RANDOX HEALTH
    Results update - Everyman Blood Test
    Client: Emily Carter          Date of birth: 02/11/1986          Sample ID: RH25-0883412
    Sample received: 03/02/2025 11:14
    Test                                  Status
    Full Blood Count                      Result to follow
    Vitamin D (25-OH)                     Result to follow
    Testosterone                          Result to follow
    HbA1c                                 Result to follow
    Lipid Profile                         In progress
    Your complete report will be released once all tests have been authorised
    by our clinical team (usually 3-5 working days).
''', [], "range=none; a status page where every ordered test is 'Result to follow' or 'In progress', so there is no result.")

# H006
case('US', 'en', 'Epic MyChart print, Ref Range & Units in one column, (H) flags, comment under a row', '''
    MyChart - Test Results
    Comprehensive metabolic panel (Order 483920117) - Final result
    Collected: 02/03/2025 7:58 AM      Resulted: 02/03/2025 10:41 AM
    Component               Value        Ref Range & Units               Status
    Sodium                  138          135 - 145 mmol/L                Final
    Potassium               5.6 (H)      3.5 - 5.1 mmol/L                Final
      Comment: Specimen mildly hemolyzed. Hemolysis may falsely elevate potassium.
    Chloride                103          98 - 107 mmol/L                 Final
    CO2                     24           22 - 29 mmol/L                  Final
    Anion Gap               11           5 - 15 mmol/L                   Final
    Glucose                 102 (H)      70 - 99 mg/dL                   Final
    BUN                     24 (H)       6 - 20 mg/dL                    Final
    Creatinine              1.21         0.70 - 1.30 mg/dL               Final
    eGFR                    68           >=60 mL/min/1.73m2              Final
      eGFR calculated by the CKD-EPI 2021 equation (race-free).
    Calcium                 9.6          8.6 - 10.3 mg/dL                Final
    Total Protein           7.1          6.4 - 8.3 g/dL                  Final
    Albumin                 4.4          3.5 - 5.2 g/dL                  Final
    Total Bilirubin         0.6          0.0 - 1.2 mg/dL                 Final
    Alk Phos                78           40 - 129 U/L                    Final
    AST                     31           0 - 40 U/L                      Final
    ALT                     44 (H)       0 - 41 U/L                      Final
    Resulting Agency: RIVERSIDE MEDICAL CENTER LABORATORY
''', [
    R('sodium', '138', 'mmol/L', '135..145'),
    R('potassium', '5.6', 'mmol/L', '3.5..5.1', 'high'),
    R('chloride', '103', 'mmol/L', '98..107'),
    R('carbon-dioxide', '24', 'mmol/L', '22..29'),
    R('anion-gap', '11', 'mmol/L', '5..15'),
    R('glucose', '102', 'mg/dL', '70..99', 'high'),
    R('blood-urea-nitrogen', '24', 'mg/dL', '6..20', 'high'),
    R('creatinine', '1.21', 'mg/dL', '0.70..1.30'),
    R('egfr', '68', 'mL/min/1.73m2', '60..'),
    R('calcium', '9.6', 'mg/dL', '8.6..10.3'),
    R('total-protein', '7.1', 'g/dL', '6.4..8.3'),
    R('albumin', '4.4', 'g/dL', '3.5..5.2'),
    R('total-bilirubin', '0.6', 'mg/dL', '0.0..1.2'),
    R('alkaline-phosphatase', '78', 'U/L', '40..129'),
    R('aspartate-aminotransferase', '31', 'U/L', '0..40'),
    R('alanine-aminotransferase', '44', 'U/L', '0..41', 'high'),
], "range=the 'Ref Range & Units' column where the range carries its unit ('>=60' is an inclusive lower bound), the (H) after a value is the flag, and the hemolysis and eGFR-equation lines are comments.")

# H007
case('US', 'en', 'Cerner Millennium print, critical LL with call-back, thousands separator, pending row', '''
    MERCY GENERAL HOSPITAL LABORATORY
    Patient: GARCIA, LUIS            MRN: 00412839      DOB: 07/22/1963     Age: 61 years    Sex: Male
    Collected: 01/08/2025 06:15 CST      Received: 01/08/2025 06:41 CST
    Procedure                      Result         Units        Reference Range
    Chemistry
    Potassium Lvl                  2.8 (LL)       mmol/L       3.5-5.1
       Critical result called to and read back by J. Miller RN 01/08/2025 07:02 by MLS 4471.
    Magnesium Lvl                  1.5 (L)        mg/dL        1.6-2.6
    Phosphorus Lvl                 2.9            mg/dL        2.5-4.5
    Creatine Kinase                1,246 (H)      Units/L      39-308
    Uric Acid Lvl                  7.9 (H)        mg/dL        3.5-7.2
    Hgb A1c                        6.1 (H)        %            4.0-5.6
       Hgb A1c 5.7-6.4%: increased risk for diabetes (prediabetes).
    Vitamin D 25 Hydroxy           Pending
    LL = Critical Low   HH = Critical High   L = Low   H = High
''', [
    R('potassium', '2.8', 'mmol/L', '3.5..5.1', 'critical-low'),
    R('magnesium', '1.5', 'mg/dL', '1.6..2.6', 'low'),
    R('phosphorus', '2.9', 'mg/dL', '2.5..4.5'),
    R('creatine-kinase', '1246', 'Units/L', '39..308', 'high'),
    R('uric-acid', '7.9', 'mg/dL', '3.5..7.2', 'high'),
    R('hemoglobin-a1c', '6.1', '%', '4.0..5.6', 'high'),
], "range=the Reference Range column as a-b, '(LL)' is the critical-low flag explained by the legend, '1,246' is one thousand two hundred forty-six, and the call-back note, the prediabetes line and the Pending vitamin D row are not rows.")

# H008
case('UK', 'en', 'TDL haematinics, flag column after result, SI units, To follow row, risk tiers', '''
    THE DOCTORS LABORATORY      The Halo Building, 1 Mabledon Place, London WC1H 9AX
    Patient: PEMBERTON, Alistair        DOB: 19/04/1975        Sex: M
    Lab No: 44.2219735.K                Sample taken: 20/01/2025 08:40      Reported: 21/01/2025
    Requesting Clinic: Harley Street Longevity Clinic
    HAEMATINICS
                                Result        Units      Reference Range
    Serum Ferritin              28      L     ug/L       30 - 400
    Serum Iron                  14.0          umol/L     5.8 - 34.5
    Transferrin                 2.9           g/L        2.0 - 3.6
    Transferrin Saturation      19      L     %          20 - 50
    Vitamin B12                 412           ng/L       197 - 771
    Serum Folate                5.1           ug/L       3.9 - 26.8
    Homocysteine                To follow
    BIOCHEMISTRY
    CRP (high sensitivity)      0.6           mg/L       < 5.0
      Cardiovascular risk (AHA/CDC): < 1.0 low, 1.0 - 3.0 average, > 3.0 high.
''', [
    R('ferritin', '28', 'ug/L', '30..400', 'low'),
    R('iron', '14.0', 'umol/L', '5.8..34.5'),
    R('transferrin', '2.9', 'g/L', '2.0..3.6'),
    R('transferrin-saturation', '19', '%', '20..50', 'low'),
    R('vitamin-b12', '412', 'ng/L', '197..771'),
    R('folate', '5.1', 'ug/L', '3.9..26.8'),
    R('hs-crp', '0.6', 'mg/L', '..<5.0'),
], "range=the Reference Range column ('< 5.0' strict), with L printed between result and unit, while the 'To follow' homocysteine row and the cardiovascular risk tiers under hs-CRP are not rows.")

# H009
case('UK', 'en', 'Medichecks inline Name: value unit (Ref: a-b) list', '''
    Medichecks - Advanced Well Man Blood Test
    Sample collected: 14 Jan 2025 | Results reported: 16 Jan 2025 | Kit ID: MC-7741-2290
    HORMONES
    Testosterone: 14.2 nmol/L (Ref: 8.64-29)
    Free testosterone: 0.241 nmol/L (Ref: 0.2-0.62)
    SHBG: 41.8 nmol/L (Ref: 18.3-54.1)
    Oestradiol: 104 pmol/L (Ref: 41.4-159)
    Prolactin: 288 mIU/L (Ref: 86-324)
    LH: 4.1 IU/L (Ref: 1.7-8.6)
    FSH: 5.2 IU/L (Ref: 1.5-12.4)
    Doctor's comments: Your testosterone and free testosterone are within range.
    Your prolactin is normal. No further action is needed; consider retesting in 12 months.
''', [
    R('testosterone', '14.2', 'nmol/L', '8.64..29'),
    R('testosterone-free', '0.241', 'nmol/L', '0.2..0.62'),
    R('shbg', '41.8', 'nmol/L', '18.3..54.1'),
    R('estradiol', '104', 'pmol/L', '41.4..159'),
    R('prolactin', '288', 'mIU/L', '86..324'),
    R('luteinizing-hormone', '4.1', 'IU/L', '1.7..8.6'),
    R('follicle-stimulating-hormone', '5.2', 'IU/L', '1.5..12.4'),
], "range=the '(Ref: a-b)' after each value, all in range; prolactin in mIU/L is left unnormalized because the catalog unit is a mass and has no IU relation, and the doctor's comment is not a row.")

# H010
case('UK', 'en', 'NHS hospital ICE print, value and unit together, flag after range, rows without ranges', '''
    Leeds Teaching Hospitals NHS Trust - Blood Sciences
    Patient: WHITFIELD, Graham     NHS No: 485 777 3456     DOB: 02/08/1961     Sex: M
    Sample: 25B0412938     Collected: 03-Feb-2025 09:12     Received: 03-Feb-2025 11:30
    Requested by: Dr R Patel (Chapel Allerton Surgery)
    Urea and electrolytes
      Sodium                  139 mmol/L           (133 - 146)
      Potassium               4.6 mmol/L           (3.5 - 5.3)
      Urea                    7.9 mmol/L           (2.5 - 7.8)      H
      Creatinine              112 umol/L           (59 - 104)       H
      eGFR                    61 mL/min/1.73m2
        eGFR calculated using the CKD-EPI creatinine equation (2009).
    HbA1c
      HbA1c (IFCC)            44 mmol/mol          (20 - 41)        H
        HbA1c 42-47 mmol/mol: increased risk of diabetes. Repeat annually.
    Lipids
      Cholesterol             5.6 mmol/L
      HDL Cholesterol         1.2 mmol/L
      Non-HDL Cholesterol     4.4 mmol/L
      Triglyceride            1.9 mmol/L
      Chol/HDL ratio          4.7
        Lipid results should be interpreted with QRISK3 (NICE NG238).
''', [
    R('sodium', '139', 'mmol/L', '133..146'),
    R('potassium', '4.6', 'mmol/L', '3.5..5.3'),
    R('urea', '7.9', 'mmol/L', '2.5..7.8', 'high'),
    R('creatinine', '112', 'umol/L', '59..104', 'high'),
    R('egfr', '61', 'mL/min/1.73m2', ''),
    R('hemoglobin-a1c', '44', 'mmol/mol', '20..41', 'high'),
    R('total-cholesterol', '5.6', 'mmol/L', ''),
    R('hdl-cholesterol', '1.2', 'mmol/L', ''),
    R('non-hdl-cholesterol', '4.4', 'mmol/L', ''),
    R('triglycerides', '1.9', 'mmol/L', ''),
    R('cholesterol-hdl-ratio', '4.7', None, ''),
], "range=the bracketed (a - b) after the value with H in the last column; eGFR and the lipids print no range so their flag is null, HbA1c in mmol/mol is not converted to %, and the equation, prediabetes and QRISK3 lines are comments.")

# H011 (no result)
case('DE', 'de', 'patient preparation sheet', '''
    Labor Berlin - Charité Vivantes GmbH
    Patienteninformation: Vorbereitung auf Ihre Blutentnahme
    Bitte kommen Sie nüchtern: 10-12 Stunden vor der Blutentnahme nichts essen;
    Wasser und ungesüßter Tee sind erlaubt.
    Biotin (Vitamin B7) in Dosen über 1 mg bitte 3 Tage vorher absetzen - es stört viele Hormontests.
    Cortisol: Blutentnahme zwischen 7:00 und 9:00 Uhr.
    Testosteron: Blutentnahme vor 10:00 Uhr.
    Schilddrüsenhormone: L-Thyroxin am Untersuchungstag erst nach der Blutentnahme einnehmen.
    Kein intensiver Sport 48 Stunden vor der Entnahme (CK, Kreatinin).
    Bitte bringen Sie Ihre Versichertenkarte und den Überweisungsschein mit.
''', [], "range=none; a preparation leaflet whose numbers are fasting hours, clock times and a biotin dose, with no measured result.")

# H012
case('IE', 'en', 'two-page private lab report, repeated header, Page x of 2 footer, en-dash ranges', '''
    MEDLAB PATHOLOGY LTD     Sandyford Business Centre, Dublin 18     Tel 01 295 9400
    Patient: O'BRIEN, Siobhan       DOB: 11/06/1979      Sex: F      Lab No: MP25-0193377
    Requested by: Dr. A. Keane       Collected: 22/01/2025          Reported: 23/01/2025
    BIOCHEMISTRY
    Test                       Result      Flag    Units       Reference Range
    Ferritin                   18          L       ug/L        20–200
    Vitamin B12                298                 ng/L        180–914
    Folate                     3.2         L       ug/L        4.6–18.7
    25-OH Vitamin D            42          L       nmol/L      50–125
    Magnesium                  0.78                mmol/L      0.70–1.00
                                                                       Page 1 of 2
    MEDLAB PATHOLOGY LTD     Sandyford Business Centre, Dublin 18     Tel 01 295 9400
    Patient: O'BRIEN, Siobhan       DOB: 11/06/1979      Sex: F      Lab No: MP25-0193377
    Requested by: Dr. A. Keane       Collected: 22/01/2025          Reported: 23/01/2025
    ENDOCRINOLOGY
    Test                       Result      Flag    Units       Reference Range
    TSH                        2.41                mIU/L       0.27–4.20
    Free T4                    14.6                pmol/L      12.0–22.0
    DHEA Sulphate              5.2                 umol/L      1.9–9.4
    Progesterone               31.4                nmol/L
      Comment: A day-21 progesterone above 30 nmol/L is consistent with ovulation.
                                                                       Page 2 of 2
''', [
    R('ferritin', '18', 'ug/L', '20..200', 'low'),
    R('vitamin-b12', '298', 'ng/L', '180..914'),
    R('folate', '3.2', 'ug/L', '4.6..18.7', 'low'),
    R('vitamin-d', '42', 'nmol/L', '50..125', 'low'),
    R('magnesium', '0.78', 'mmol/L', '0.70..1.00'),
    R('thyroid-stimulating-hormone', '2.41', 'mIU/L', '0.27..4.20'),
    R('free-t4', '14.6', 'pmol/L', '12.0..22.0'),
    R('dhea-sulfate', '5.2', 'umol/L', '1.9..9.4'),
    R('progesterone', '31.4', 'nmol/L', ''),
], "range=the en-dash a–b Reference Range column on both pages, the repeated page header and 'Page x of 2' footers are furniture, and progesterone prints no range (flag null) because its day-21 comment is commentary.")

# H013
case('CA', 'en', 'LifeLabs, flag column before result, range and unit in one column', '''
    LifeLabs                                 Patient: CHEN, MICHAEL     DOB: 1969-05-30     Sex: M
    Collected: 2025-01-14 08:22              Reported: 2025-01-15 10:47
    Ordering Practitioner: Dr. S. Nadeau      Accession: 0125-4419827
    Test                            Flag    Result      Reference Range - Units
    CHEMISTRY
    Glucose Fasting                         5.4         3.6-6.0 mmol/L
    Hemoglobin A1C                          5.8         <6.0 %
    LIPIDS
    Cholesterol                     H       5.90        <5.20 mmol/L
    Triglycerides                           1.20        <1.70 mmol/L
    HDL Cholesterol                         1.41        >1.00 mmol/L
    LDL Cholesterol                 H       3.95        <3.50 mmol/L
    Non HDL Cholesterol             H       4.49        <4.20 mmol/L
    Cholesterol/HDL Ratio                   4.2
    Apolipoprotein B                H       1.12        <1.05 g/L
      Fasting is not required for lipid testing. For high-risk patients the
      treatment target is LDL <2.0 mmol/L or non-HDL <2.6 mmol/L or ApoB <0.8 g/L.
''', [
    R('glucose', '5.4', 'mmol/L', '3.6..6.0'),
    R('hemoglobin-a1c', '5.8', '%', '..<6.0'),
    R('total-cholesterol', '5.90', 'mmol/L', '..<5.20', 'high'),
    R('triglycerides', '1.20', 'mmol/L', '..<1.70'),
    R('hdl-cholesterol', '1.41', 'mmol/L', '>1.00..'),
    R('ldl-cholesterol', '3.95', 'mmol/L', '..<3.50', 'high'),
    R('non-hdl-cholesterol', '4.49', 'mmol/L', '..<4.20', 'high'),
    R('cholesterol-hdl-ratio', '4.2', None, ''),
    R('apolipoprotein-b', '1.12', 'g/L', '..<1.05', 'high'),
], "range=the 'Reference Range - Units' column where the bound carries the unit ('<x' and '>x' strict), the H printed in the Flag column before the result, and the treatment-target note is commentary.")

# H014
case('CA', 'en', 'Dynacare, reference interval printed before the result, tier comment', '''
    DYNACARE          115 Midair Court, Brampton, ON L6T 5M3
    Patient: TREMBLAY, Luc       DOB: 1966-10-02      Sex: M      Health Card: xxxx-xxx-412
    Collected: 2025-01-20 07:48      Final Report: 2025-01-21
    Test Name                  Reference Interval      Result      Flag    Units
    PSA, Total                 0.00-4.00               1.12                ug/L
    Testosterone, Total        8.4-28.8                9.1                 nmol/L
    Vitamin B12                >=156                   285                 pmol/L
    Vitamin D, 25-Hydroxy      75-250                  58          L       nmol/L
       Deficiency <25 nmol/L; Insufficiency 25-75 nmol/L; Sufficiency 75-250 nmol/L.
    Ferritin                   22-275                  96                  ug/L
    CK                         39-308                  412         H       U/L
       Strenuous exercise within 48 h before collection may raise CK.
''', [
    R('prostate-specific-antigen', '1.12', 'ug/L', '0.00..4.00'),
    R('testosterone', '9.1', 'nmol/L', '8.4..28.8'),
    R('vitamin-b12', '285', 'pmol/L', '156..'),
    R('vitamin-d', '58', 'nmol/L', '75..250', 'low'),
    R('ferritin', '96', 'ug/L', '22..275'),
    R('creatine-kinase', '412', 'U/L', '39..308', 'high'),
], "range=the Reference Interval column that precedes the result ('>=156' inclusive lower bound), and the vitamin D tier line and the CK exercise note are comments, not rows.")

# H015
case('AU', 'en', 'Sullivan Nicolaides cumulative report, three date columns, newest on the right', '''
    SULLIVAN NICOLAIDES PATHOLOGY         24 Hurworth Street, Bowen Hills QLD 4006
    Patient: McKENZIE, Paul         DOB: 30/01/1974        Sex: M        UR: SNP-2281930
    CUMULATIVE REPORT - IRON STUDIES
    Date                 12/03/24      19/08/24      03/02/25
    Time                     0815          0740          0755
    Lab No               84412093      85577120      86930412      Units       Ref Range
    Iron                        9            14            21      umol/L      5-30
    Transferrin               3.6           3.3           2.9      g/L         2.0-3.6
    Transferrin Sat.           8L            17            29      %           10-45
    Ferritin                  12L            38            84      ug/L        30-500
    Comment (03/02/25): Iron studies now within reference limits. Ferritin replete
    following iron infusion in September 2024.
''', [
    R('iron', '21', 'umol/L', '5..30'),
    R('transferrin', '2.9', 'g/L', '2.0..3.6'),
    R('transferrin-saturation', '29', '%', '10..45'),
    R('ferritin', '84', 'ug/L', '30..500'),
], "range=the Ref Range column shared by all dates; only the newest column (03/02/25, rightmost) is keyed, the 12/03/24 and 19/08/24 columns with their 8L and 12L are history, and the comment is not a row.")

# H016
case('AU', 'en', 'Laverty male hormone profile, bracketed ranges, comments', '''
    LAVERTY PATHOLOGY       60 Waterloo Road, Macquarie Park NSW 2113
    Patient: NGUYEN, Thanh        DOB: 21/09/1972       Sex: M      Lab ID: 25-61442871
    Collected: 13/01/2025 07:55      Reported: 14/01/2025 12:20
    ENDOCRINOLOGY - MALE HORMONE PROFILE
                               Result      Units       Reference Range
    Testosterone               16.8        nmol/L      (8.6 - 29.0)
    SHBG                       38          nmol/L      (15 - 50)
    Calc. Free Testosterone    340         pmol/L      (200 - 600)
    LH                         5.1         IU/L        (1.5 - 9.0)
    FSH                        6.4         IU/L        (1.5 - 12.0)
    Prolactin                  212         mIU/L       (45 - 375)
    PSA                        0.86        ug/L        (< 2.5)
    Comments:
      Testosterone shows diurnal variation; a sample taken between 0700 and 1000 h is preferred.
      PSA reference interval is age-related (45-54 years: < 2.5 ug/L).
''', [
    R('testosterone', '16.8', 'nmol/L', '8.6..29.0'),
    R('shbg', '38', 'nmol/L', '15..50'),
    R('testosterone-free', '340', 'pmol/L', '200..600'),
    R('luteinizing-hormone', '5.1', 'IU/L', '1.5..9.0'),
    R('follicle-stimulating-hormone', '6.4', 'IU/L', '1.5..12.0'),
    R('prolactin', '212', 'mIU/L', '45..375'),
    R('prostate-specific-antigen', '0.86', 'ug/L', '..<2.5'),
], "range=the bracketed (a - b) column, '(< 2.5)' a strict upper bound; free testosterone pmol/L converts with testosterone's molar mass, prolactin in mIU/L stays unnormalized, and the comments are not rows.")

# H017 (no result)
case('TR', 'tr', 'check-up price list', '''
    Memorial Sağlık Grubu - Check-up Laboratuvar Fiyat Listesi 2025
    Tetkik                              Fiyat (TL)
    Tam Kan Sayımı (Hemogram)           320
    Açlık Kan Şekeri (Glukoz)           180
    HbA1c                               450
    Lipid Profili                       620
    TSH                                 380
    Serbest T4                          380
    25-OH Vitamin D                     950
    Vitamin B12                         520
    Ferritin                            480
    Total Testosteron                   610
    Fiyatlara KDV dahildir. Fiyatlar 01.01.2025 tarihinden itibaren geçerlidir.
''', [], "range=none; a price list whose numbers are prices in Turkish lira next to test names, not results.")

# H018
case('AU', 'en', 'Healthscope full blood examination, absolute-only differential, L/L haematocrit, film comment', '''
    HEALTHSCOPE PATHOLOGY       1868 Dandenong Road, Clayton VIC 3168
    Patient: ROSSI, Daniel        DOB: 14/12/1980      Sex: M       Lab No: 25-HS-6640192
    Collected: 04/02/2025 09:40       Reported: 04/02/2025 16:05
    FULL BLOOD EXAMINATION
                            Result        Units          Reference
    Haemoglobin             148           g/L            (130-180)
    RCC                     4.92          x10^12/L       (4.50-6.50)
    PCV                     0.44          L/L            (0.40-0.54)
    MCV                     89            fL             (80-98)
    Platelets               412     H     x10^9/L        (150-400)
    WCC                     11.6    H     x10^9/L        (4.0-11.0)
    Neutrophils             8.4     H     x10^9/L        (2.0-7.5)
    Lymphocytes             2.1           x10^9/L        (1.1-4.0)
    Monocytes               0.8           x10^9/L        (0.2-1.0)
    Eosinophils             0.25          x10^9/L        (0.04-0.40)
    Basophils               0.05          x10^9/L        (<0.21)
    Film comment: Mild neutrophilia with reactive thrombocytosis. Red cells normochromic
    normocytic. Suggest repeat FBE in 4-6 weeks if clinically indicated.
''', [
    R('hemoglobin', '148', 'g/L', '130..180'),
    R('red-blood-cell-count', '4.92', 'x10^12/L', '4.50..6.50'),
    R('hematocrit', '0.44', 'L/L', '0.40..0.54'),
    R('mean-corpuscular-volume', '89', 'fL', '80..98'),
    R('platelet-count', '412', 'x10^9/L', '150..400', 'high'),
    R('white-blood-cell-count', '11.6', 'x10^9/L', '4.0..11.0', 'high'),
    R('neutrophils-absolute', '8.4', 'x10^9/L', '2.0..7.5', 'high'),
    R('lymphocytes-absolute', '2.1', 'x10^9/L', '1.1..4.0'),
    R('monocytes-absolute', '0.8', 'x10^9/L', '0.2..1.0'),
    R('eosinophils-absolute', '0.25', 'x10^9/L', '0.04..0.40'),
    R('basophils-absolute', '0.05', 'x10^9/L', '..<0.21'),
], "range=the bracketed Reference column in the printed unit (PCV 0.40-0.54 L/L, normalized x100 to %); the differential is printed only as x10^9/L counts so it maps to the -absolute keys, and the film comment is not a row.")

# H019
case('NZ', 'en', 'patient-portal print with the unit glued to the value, flag column, censored eGFR', '''
    Awanui Labs Auckland - results released via ManageMyHealth
    Patient: TE WHATA, Aroha      NHI: ZKC4821      DOB: 05/03/1966      Sex: F
    Collected: 09-Jan-2025 08:10      Reported: 09-Jan-2025 15:44
    Renal function
      Sodium            140mmol/L                 135 - 145
      Potassium         4.3mmol/L                 3.5 - 5.2
      Creatinine        71umol/L                  45 - 90
      eGFR              >90mL/min/1.73m2          >60
    Liver function
      Bilirubin         9umol/L                   <25
      ALP               82U/L                     40 - 120
      GGT               68U/L             H       <40
      ALT               29U/L                     <35
      Albumin           41g/L                     35 - 50
    Urate               0.38mmol/L        H       0.14 - 0.34
      Comment: Raised urate. Consider alcohol intake, diuretic use and gout risk.
''', [
    R('sodium', '140', 'mmol/L', '135..145'),
    R('potassium', '4.3', 'mmol/L', '3.5..5.2'),
    R('creatinine', '71', 'umol/L', '45..90'),
    R('egfr', '90', 'mL/min/1.73m2', '>60..', vt='>90'),
    R('total-bilirubin', '9', 'umol/L', '..<25'),
    R('alkaline-phosphatase', '82', 'U/L', '40..120'),
    R('gamma-glutamyl-transferase', '68', 'U/L', '..<40', 'high'),
    R('alanine-aminotransferase', '29', 'U/L', '..<35'),
    R('albumin', '41', 'g/L', '35..50'),
    R('uric-acid', '0.38', 'mmol/L', '0.14..0.34', 'high'),
], "range=the last column ('<x' strict upper, '>60' strict lower) with the unit glued to each value; the censored eGFR '>90' lies wholly above 60 so it is normal, and the urate comment is not a row.")

# H020
case('SG', 'en', 'two-page report, repeated header, Page x of 2 footer, not-performed row', '''
    INNOQUEST DIAGNOSTICS PTE LTD      Singapore
    Patient: TAN WEI MING          NRIC: SXXXX482J      DOB: 14/02/1970      Sex: M
    Lab Ref: 2501-SG-0048812       Collected: 16/01/2025 08:30      Reported: 17/01/2025
    Test Description              Result     Flag     Units        Reference Range
    LIPID PROFILE
    Total Cholesterol             6.1        H        mmol/L       <5.2
    HDL Cholesterol               1.02                mmol/L       >1.00
    LDL Cholesterol (calc)        4.23       H        mmol/L       <3.4
    Triglycerides                 1.88       H        mmol/L       <1.7
    DIABETES
    Glucose, Fasting              5.9                 mmol/L       3.9 - 6.0
    HbA1c                         6.0        H        %            4.0 - 5.6
                                                                    Page 1 of 2
    INNOQUEST DIAGNOSTICS PTE LTD      Singapore
    Patient: TAN WEI MING          NRIC: SXXXX482J      DOB: 14/02/1970      Sex: M
    Lab Ref: 2501-SG-0048812       Collected: 16/01/2025 08:30      Reported: 17/01/2025
    Test Description              Result     Flag     Units        Reference Range
    THYROID
    TSH                           1.86                mIU/L        0.65 - 3.70
    Free T4                       13.9                pmol/L       8.8 - 14.4
    RENAL
    Creatinine                    92                  umol/L       65 - 125
    Uric Acid                     452        H        umol/L       200 - 430
    Insulin, Fasting              Test not performed - sample haemolysed.
                                                                    Page 2 of 2
    *** End of Report ***
''', [
    R('total-cholesterol', '6.1', 'mmol/L', '..<5.2', 'high'),
    R('hdl-cholesterol', '1.02', 'mmol/L', '>1.00..'),
    R('ldl-cholesterol', '4.23', 'mmol/L', '..<3.4', 'high'),
    R('triglycerides', '1.88', 'mmol/L', '..<1.7', 'high'),
    R('glucose', '5.9', 'mmol/L', '3.9..6.0'),
    R('hemoglobin-a1c', '6.0', '%', '4.0..5.6', 'high'),
    R('thyroid-stimulating-hormone', '1.86', 'mIU/L', '0.65..3.70'),
    R('free-t4', '13.9', 'pmol/L', '8.8..14.4'),
    R('creatinine', '92', 'umol/L', '65..125'),
    R('uric-acid', '452', 'umol/L', '200..430', 'high'),
], "range=the Reference Range column on both pages ('<x'/'>x' strict), the repeated header and page footers are furniture, and the haemolysed fasting-insulin line is a not-performed row, not a result.")

# H021
case('MY', 'en', 'Malaysian FBC with percent differential and a separate ABSOLUTE COUNT block', '''
    PATHLAB MEDICAL LABORATORIES SDN BHD      Kuala Lumpur
    Name: NURUL AINA BINTI ISMAIL       IC No: 8506xx-xx-xxxx       Age/Sex: 39/F
    Lab No: KL25011708421       Collected: 17/01/2025 09:05       Reported: 17/01/2025 16:20
    HAEMATOLOGY
    FULL BLOOD COUNT                   RESULT       UNIT         REFERENCE RANGE
    Haemoglobin                        11.2  L      g/dL         12.0 - 15.0
    Red Blood Cell                     4.95  H      10^12/L      3.80 - 4.80
    Packed Cell Volume                 35.6  L      %            36.0 - 46.0
    MCV                                71.9  L      fL           83.0 - 101.0
    MCH                                22.6  L      pg           27.0 - 32.0
    MCHC                               31.5         g/dL         31.5 - 34.5
    RDW                                13.6         %            11.6 - 14.0
    White Blood Cell                   6.8          10^9/L       4.0 - 10.0
    Platelet                           298          10^9/L       150 - 410
    DIFFERENTIAL COUNT
    Neutrophils                        56           %            40 - 80
    Lymphocytes                        34           %            20 - 40
    Monocytes                          7            %            2 - 10
    Eosinophils                        2            %            1 - 6
    Basophils                          1            %            0 - 2
    ABSOLUTE COUNT
    Neutrophils                        3.81         10^9/L       2.00 - 7.00
    Lymphocytes                        2.31         10^9/L       1.00 - 3.00
    Monocytes                          0.48         10^9/L       0.20 - 1.00
    Eosinophils                        0.14         10^9/L       0.02 - 0.50
    Basophils                          0.07         10^9/L       0.02 - 0.10
    Comment: Microcytic hypochromic indices with relatively high RBC count.
    Suggest haemoglobin analysis to exclude thalassaemia trait.
''', [
    R('hemoglobin', '11.2', 'g/dL', '12.0..15.0', 'low'),
    R('red-blood-cell-count', '4.95', '10^12/L', '3.80..4.80', 'high'),
    R('hematocrit', '35.6', '%', '36.0..46.0', 'low'),
    R('mean-corpuscular-volume', '71.9', 'fL', '83.0..101.0', 'low'),
    R('mean-corpuscular-hemoglobin', '22.6', 'pg', '27.0..32.0', 'low'),
    R('mean-corpuscular-hemoglobin-concentration', '31.5', 'g/dL', '31.5..34.5'),
    R('red-cell-distribution-width', '13.6', '%', '11.6..14.0'),
    R('white-blood-cell-count', '6.8', '10^9/L', '4.0..10.0'),
    R('platelet-count', '298', '10^9/L', '150..410'),
    R('neutrophils', '56', '%', '40..80'),
    R('lymphocytes', '34', '%', '20..40'),
    R('monocytes', '7', '%', '2..10'),
    R('eosinophils', '2', '%', '1..6'),
    R('basophils', '1', '%', '0..2'),
    R('neutrophils-absolute', '3.81', '10^9/L', '2.00..7.00'),
    R('lymphocytes-absolute', '2.31', '10^9/L', '1.00..3.00'),
    R('monocytes-absolute', '0.48', '10^9/L', '0.20..1.00'),
    R('eosinophils-absolute', '0.14', '10^9/L', '0.02..0.50'),
    R('basophils-absolute', '0.07', '10^9/L', '0.02..0.10'),
], "range=the REFERENCE RANGE column, inclusive (MCHC 31.5 on its lower bound is normal); rows under DIFFERENTIAL COUNT are percentages and the same names under ABSOLUTE COUNT are the -absolute keys, and the thalassaemia comment is not a row.")

# H022
case('HK', 'en', 'pdftotext output with wide gaps, <= and >= bounds, flag column', '''
                              HONG KONG SANATORIUM & HOSPITAL
                              DEPARTMENT OF PATHOLOGY
    Name :      CHAN TAI MAN                                         Sex/Age :      M / 58Y
    Lab No. :   25H0118834                                           Date Collected :      18/01/2025

    RENAL AND LIVER FUNCTION TEST
                                        Result                   Unit                     Reference Range
    Urea                                6.1                      mmol/L                   2.9 - 8.2
    Creatinine                          98                       umol/L                   64 - 104
    eGFR (CKD-EPI)                      74                       mL/min/1.73m2            >=60
    Uric Acid                           0.46          H          mmol/L                   0.21 - 0.42
    Alkaline Phosphatase                71                       U/L                      40 - 129
    ALT                                 38                       U/L                      <=41
    GGT                                 52                       U/L                      8 - 61
    Total Protein                       74                       g/L                      64 - 83
    Albumin                             44                       g/L                      35 - 52
    Globulin                            30                       g/L                      23 - 37

                                                      -- End of Report --
''', [
    R('urea', '6.1', 'mmol/L', '2.9..8.2'),
    R('creatinine', '98', 'umol/L', '64..104'),
    R('egfr', '74', 'mL/min/1.73m2', '60..'),
    R('uric-acid', '0.46', 'mmol/L', '0.21..0.42', 'high'),
    R('alkaline-phosphatase', '71', 'U/L', '40..129'),
    R('alanine-aminotransferase', '38', 'U/L', '..41'),
    R('gamma-glutamyl-transferase', '52', 'U/L', '8..61'),
    R('total-protein', '74', 'g/L', '64..83'),
    R('albumin', '44', 'g/L', '35..52'),
    R('globulin-total', '30', 'g/L', '23..37'),
], "range=the Reference Range column across wide pdftotext gaps ('>=60' and '<=41' inclusive), with g/L proteins normalized /10 to g/dL.")

# H023 (no result)
case('US', 'en', 'test cancellation notice', '''
    BioReference Laboratories
    TEST CANCELLATION NOTICE
    Patient: ALVAREZ, MARCO         DOB: 08/30/1975         Accession: B0219-5520371
    Collected: 02/19/2025 09:05     Received: 02/19/2025 15:48
    Test(s) cancelled:
      TESTOSTERONE, FREE (DIALYSIS) AND TOTAL (MS)
      ESTRADIOL, ULTRASENSITIVE, LC/MS/MS
    Reason: Specimen received at room temperature beyond the stability limit
    (serum must be refrigerated within 24 hours).
    No charge will be made for cancelled tests. Please recollect and resubmit.
    Client Services: 1-800-229-5227
''', [], "range=none; a cancellation notice naming cancelled tests and a stability limit, with no result.")

# H024
case('IN', 'en', 'Thyrocare technology column, no printed flags, method block and end-of-report line', '''
    THYROCARE TECHNOLOGIES LTD.     D-37/1, TTC MIDC, Turbhe, Navi Mumbai - 400 703
    NAME        : MR. RAJESH KUMAR (46Y/M)                REF. BY : SELF
    TEST ASKED  : AAROGYAM C + VITAMINS                   SAMPLE COLLECTED AT : 400072
    SAMPLE TYPE : SERUM                                   REPORT RELEASED ON : 28 Jan 2025 18:02
    TEST NAME                                  TECHNOLOGY        VALUE      UNITS      REFERENCE RANGE
    HOMOCYSTEINE                               C.L.I.A           18.6       µmol/L     < 15
    VITAMIN B-12                               C.L.I.A           186        pg/mL      211 - 911
    FOLATE                                     C.L.I.A           4.2        ng/mL      >= 5.38
    IRON                                       PHOTOMETRY        68         µg/dL      65 - 175
    TOTAL IRON BINDING CAPACITY (TIBC)         PHOTOMETRY        342        µg/dL      250 - 450
    % TRANSFERRIN SATURATION                   CALCULATED        19.88      %          13 - 45
    Please correlate with clinical conditions.
    Method :
    HCY   - FULLY AUTOMATED CHEMI LUMINESCENT IMMUNO ASSAY
    VITB  - COMPETITIVE CHEMI LUMINESCENT IMMUNO ASSAY
    FOLI  - COMPETITIVE CHEMI LUMINESCENT IMMUNO ASSAY
    IRON  - FERROZINE METHOD WITHOUT DEPROTEINIZATION
    TIBC  - SPECTROPHOTOMETRIC ASSAY
    %TSAT - DERIVED FROM IRON AND TIBC VALUES
    ~~ End of report ~~
''', [
    R('homocysteine', '18.6', 'µmol/L', '..<15'),
    R('vitamin-b12', '186', 'pg/mL', '211..911'),
    R('folate', '4.2', 'ng/mL', '5.38..'),
    R('iron', '68', 'µg/dL', '65..175'),
    R('total-iron-binding-capacity', '342', 'µg/dL', '250..450'),
    R('transferrin-saturation', '19.88', '%', '13..45'),
], "range=the REFERENCE RANGE column ('< 15' strict, '>= 5.38' inclusive) with flags computed because none are printed, and the technology column, the Method block and the end line are not rows.")

# H025
case('IN', 'en', 'SRL lipid profile with Method lines, apolipoproteins, Lp(a) in mg/dL, NCEP tier table', '''
    SRL Diagnostics       Reference Lab: Prime Square, Goregaon (W), Mumbai
    Patient Name : Mrs. ANJALI DESHMUKH        Age : 44 Years       Gender : Female
    Lab No : 0221WA004417                      Collected : 24/Jan/2025 08:12
    Test Name                             Results     Units      Bio. Ref. Interval
    LIPID PROFILE, SERUM
    Cholesterol, Total                    214         mg/dL      <200
      Method : Enzymatic (CHOD-POD)
    Triglycerides                         168         mg/dL      <150
      Method : Enzymatic (GPO-POD)
    HDL Cholesterol                       46          mg/dL      >50
      Method : Direct measure, PEG
    LDL Cholesterol, Calculated           134         mg/dL      <100
    VLDL Cholesterol, Calculated          34          mg/dL      <30
    Non-HDL Cholesterol                   168         mg/dL      <130
    Total Cholesterol : HDL Ratio         4.7                    3.5 - 5.0
    APOLIPOPROTEINS
    Apolipoprotein A1                     128         mg/dL      105 - 205
    Apolipoprotein B                      112         mg/dL      55 - 125
    Lipoprotein (a)                       42.6        mg/dL      <30
      Method : Immunoturbidimetry
    Interpretation (NCEP ATP III):
      Total cholesterol   Desirable <200 | Borderline high 200-239 | High >=240
      LDL cholesterol     Optimal <100 | Near optimal 100-129 | Borderline high 130-159 | High 160-189
''', [
    R('total-cholesterol', '214', 'mg/dL', '..<200'),
    R('triglycerides', '168', 'mg/dL', '..<150'),
    R('hdl-cholesterol', '46', 'mg/dL', '>50..'),
    R('ldl-cholesterol', '134', 'mg/dL', '..<100'),
    R('vldl-cholesterol', '34', 'mg/dL', '..<30'),
    R('non-hdl-cholesterol', '168', 'mg/dL', '..<130'),
    R('cholesterol-hdl-ratio', '4.7', None, '3.5..5.0'),
    R('apolipoprotein-a1', '128', 'mg/dL', '105..205'),
    R('apolipoprotein-b', '112', 'mg/dL', '55..125'),
    R('lipoprotein-a', '42.6', 'mg/dL', '..<30'),
], "range=the Bio. Ref. Interval column ('<x' and '>50' strict) with flags computed; Lp(a) in mg/dL is not converted to the catalog's nmol/L, and the Method lines and the NCEP tier table are not rows.")

# H026
case('IN', 'en', 'Metropolis hormones with a Method: line under every row, not-performed row', '''
    METROPOLIS HEALTHCARE LTD     Global Reference Laboratory, Kurla (W), Mumbai
    Patient: Mr. VIKRAM SETHI          Age/Sex: 51 Years / Male          Ref. Doctor: Dr. Mehta
    Sample Type: Serum                 Collected: 27/01/2025 07:45       Reported: 27/01/2025 19:30
    TEST                                    RESULT      UNIT       BIOLOGICAL REF. INTERVAL
    TESTOSTERONE, TOTAL                     312         ng/dL      249 - 836
    Method: Electrochemiluminescence Immunoassay (ECLIA)
    DHEA SULPHATE (DHEA-S)                  182         µg/dL      88.9 - 427
    Method: ECLIA
    PROLACTIN                               9.8         ng/mL      4.04 - 15.2
    Method: ECLIA
    CORTISOL (MORNING)                      14.2        µg/dL      6.2 - 19.4
    Method: ECLIA
    Note: Cortisol shows diurnal variation; this interval applies to samples collected 7-10 a.m.
    IGF-1 (SOMATOMEDIN C)                   118         ng/mL      75 - 212
    Method: CLIA
    INSULIN (FASTING)                       Test not performed - see comment
    Comment: Sample received haemolysed; fresh sample requested.
    -------------------- End of Report --------------------
''', [
    R('testosterone', '312', 'ng/dL', '249..836'),
    R('dhea-sulfate', '182', 'µg/dL', '88.9..427'),
    R('prolactin', '9.8', 'ng/mL', '4.04..15.2'),
    R('cortisol', '14.2', 'µg/dL', '6.2..19.4'),
    R('somatomedin-c', '118', 'ng/mL', '75..212'),
], "range=the BIOLOGICAL REF. INTERVAL column, all in range, while the Method lines, the cortisol note and the not-performed insulin row with its comment are not rows.")

# H027
case('IN', 'en', 'Dr Lal PathLabs kidney panel with urine albumin/creatinine block, interpretation tiers', '''
    Dr Lal PathLabs Ltd     National Reference Lab, Block E, Sector 18, Rohini, New Delhi 110085
    Name : Mr. ARJUN MALHOTRA          Age : 57 Years         Gender : Male
    Lab No. : 361024011204             Collected : 29/1/2025 8:14:00AM     Reported : 29/1/2025 5:42:10PM
    Test Name                                Results      Units                Bio. Ref. Interval
    KIDNEY PANEL
    Creatinine                               1.18         mg/dL                0.70 - 1.30
    GFR Estimated                            71           mL/min/1.73m2        >59
    Uric Acid                                7.9          mg/dL                3.5 - 7.2
    Calcium, Total                           9.4          mg/dL                8.6 - 10.3
    Magnesium                                1.9          mg/dL                1.6 - 2.6
    MICROALBUMIN / CREATININE RATIO, URINE
    Microalbumin, Urine                      18.2         mg/L
    Creatinine, Urine                        43.0         mg/dL                39 - 259
    Albumin / Creatinine Ratio               42.3         mg/g Creatinine      <30.0
      Interpretation: <30 Normal | 30-300 Moderately increased | >300 Severely increased
    Note: eGFR is calculated using the CKD-EPI 2021 equation.
''', [
    R('creatinine', '1.18', 'mg/dL', '0.70..1.30'),
    R('egfr', '71', 'mL/min/1.73m2', '>59..'),
    R('uric-acid', '7.9', 'mg/dL', '3.5..7.2'),
    R('calcium', '9.4', 'mg/dL', '8.6..10.3'),
    R('magnesium', '1.9', 'mg/dL', '1.6..2.6'),
    R('?Microalbumin, Urine', '18.2', 'mg/L', ''),
    R('?Creatinine, Urine', '43.0', 'mg/dL', '39..259'),
    R('microalbumin-creatinine-ratio', '42.3', 'mg/g Creatinine', '..<30.0'),
], "range=the Bio. Ref. Interval column ('>59' strict lower, '<30.0' strict upper) with computed flags; urine albumin and urine creatinine have no catalog key (serum creatinine is a different test), and the interpretation tiers and eGFR note are not rows.")

# H028
case('PK', 'en', 'Chughtai Lab, word flag after the range, vitamin D tier lines', '''
    CHUGHTAI LAB      7-Jail Road, Main Gulberg, Lahore      UAN: 111-456-789
    Patient Name: Mr. Usman Tariq        Age/Gender: 38 Y / Male        Case No: 2501-LHR-884213
    Collected: 31-Jan-2025 09:20         Reported: 31-Jan-2025 18:05
    Test                       Result        Unit        Reference Range       Flag
    IMMUNOLOGY
    TSH                        3.88          µIU/mL      0.35 - 4.94
    Free T4                    1.02          ng/dL       0.70 - 1.48
    Free T3                    2.61          pg/mL       1.71 - 3.71
    25-OH Vitamin D            12.6          ng/mL       30 - 100              Low
      Deficient: <20 ng/mL    Insufficient: 20 - 29 ng/mL    Sufficient: 30 - 100 ng/mL
      Toxicity: >150 ng/mL
    Ferritin                   24.5          ng/mL       21.8 - 274.7
    Note: Results relate only to the sample tested. Electronically verified report; no signature required.
''', [
    R('thyroid-stimulating-hormone', '3.88', 'µIU/mL', '0.35..4.94'),
    R('free-t4', '1.02', 'ng/dL', '0.70..1.48'),
    R('free-t3', '2.61', 'pg/mL', '1.71..3.71'),
    R('vitamin-d', '12.6', 'ng/mL', '30..100', 'low'),
    R('ferritin', '24.5', 'ng/mL', '21.8..274.7'),
], "range=the Reference Range column with the word flag 'Low' in the last column, and the vitamin D deficiency/insufficiency/toxicity tiers under the row are commentary, not rows or ranges.")

# H029 (no result)
case('PL', 'pl', 'specimen rejection notice', '''
    DIAGNOSTYKA - Laboratorium Medyczne
    Informacja o niewykonaniu badań / odrzuceniu materiału
    Pacjent: Wiśniewski Tomasz      Nr zlecenia: 2502114479      Data pobrania: 11.02.2025 07:40
    Materiał: krew pełna (EDTA)
    Przyczyna odrzucenia: próbka skrzepnięta
    Badania niewykonane: Morfologia krwi z rozmazem, HbA1c
    Prosimy o ponowne pobranie materiału w dowolnym punkcie pobrań.
    Za badania niewykonane nie pobrano opłaty.
''', [], "range=none; a rejection notice (clotted EDTA sample, tests not performed) with no result.")

# H030
case('NG', 'en', 'Synlab Nigeria chemistry, tumour marker and rapid serology with qualitative answers', '''
    SYNLAB NIGERIA       Oniru Estate, Victoria Island, Lagos
    Patient: ADEYEMI, Olumide        Sex: Male       Age: 49 Years       Patient ID: SNG-25-009214
    Sample collected: 02/02/2025 08:40          Report date: 02/02/2025 17:15
    CLINICAL CHEMISTRY
    Parameter                     Result        Unit        Ref. Range
    Sodium                        141           mmol/L      135 - 145
    Potassium                     4.2           mmol/L      3.5 - 5.1
    Chloride                      101           mmol/L      98 - 107
    Bicarbonate                   24            mmol/L      22 - 29
    Urea                          4.8           mmol/L      2.5 - 7.1
    Creatinine                    118    H      umol/L      62 - 106
    TUMOUR MARKERS
    PSA, Total                    2.41          ng/mL       0 - 4.0
    SEROLOGY
    HBsAg (Rapid)                 Negative                  Negative
    Anti-HCV (Rapid)              Negative                  Negative
    Comment: Creatinine mildly raised; kindly correlate with eGFR and hydration status.
''', [
    R('sodium', '141', 'mmol/L', '135..145'),
    R('potassium', '4.2', 'mmol/L', '3.5..5.1'),
    R('chloride', '101', 'mmol/L', '98..107'),
    R('carbon-dioxide', '24', 'mmol/L', '22..29'),
    R('urea', '4.8', 'mmol/L', '2.5..7.1'),
    R('creatinine', '118', 'umol/L', '62..106', 'high'),
    R('prostate-specific-antigen', '2.41', 'ng/mL', '0..4.0'),
    R('hepatitis-b-surface-antigen', None, None, 'text', 'normal', 'Negative'),
    R('hepatitis-c-antibody', None, None, 'text', 'normal', 'Negative'),
], "range=the Ref. Range column; the serology answers equal their printed expected text 'Negative' (range text, flag normal), urea in mmol/L converts with urea's molar mass, and the comment is not a row.")

# H031
case('KE', 'en', 'Lancet Kenya diabetes and lipid screen, flags glued after value, eAG without range', '''
    PATHOLOGISTS LANCET KENYA       5th Ngong Avenue, Upper Hill, Nairobi
    Patient: WANJIKU, Grace M.      Age: 55 Yrs      Sex: F       Lab No: PLK-25-0107731
    Collected: 21-01-2025 07:50      Authorised: 21-01-2025 14:12
    Test                          Result        Units       Reference Interval
    Fasting Blood Sugar           7.4 H         mmol/L      3.9 - 5.6
    HbA1c                         6.8 H         %           4.0 - 5.6
      HbA1c >= 6.5 % is consistent with diabetes mellitus (ADA 2025).
    Estimated Average Glucose     8.2           mmol/L
    LIPID PROFILE
    Total Cholesterol             5.8 H         mmol/L      < 5.2
    Triglycerides                 2.1 H         mmol/L      < 1.7
    HDL-Cholesterol               1.1 L         mmol/L      > 1.2
    LDL-Cholesterol               3.75 H        mmol/L      < 3.4
    Results validated by: Dr. J. Otieno, Consultant Pathologist
''', [
    R('glucose', '7.4', 'mmol/L', '3.9..5.6', 'high'),
    R('hemoglobin-a1c', '6.8', '%', '4.0..5.6', 'high'),
    R('estimated-average-glucose', '8.2', 'mmol/L', ''),
    R('total-cholesterol', '5.8', 'mmol/L', '..<5.2', 'high'),
    R('triglycerides', '2.1', 'mmol/L', '..<1.7', 'high'),
    R('hdl-cholesterol', '1.1', 'mmol/L', '>1.2..', 'low'),
    R('ldl-cholesterol', '3.75', 'mmol/L', '..<3.4', 'high'),
], "range=the Reference Interval column ('< x' and '> x' strict) with H/L after the value; eAG prints no range so its flag is null, and the ADA line and validation footer are not rows.")

# H032
case('EG', 'en', 'Al Borg insulin resistance panel, Up to range, formula lines, reactive serology', '''
    AL BORG LABORATORIES       Cairo, Egypt       Hotline 19911
    Patient Name: Mr. Ahmed Samir Abdelrahman        Age: 42 Y       Sex: Male
    Visit No: 0125-CAI-0731942       Collection: 26/01/2025 08:15       Print: 26/01/2025 16:40
    Test                           Result            Unit          Reference Range
    Glucose (Fasting)              96                mg/dL         70 - 100
    Insulin (Fasting)              18.2              µIU/mL        2.6 - 24.9
    C-Peptide (Fasting)            2.9               ng/mL         1.1 - 4.4
    HOMA-IR                        4.3                             Up to 2.5
      HOMA-IR = fasting insulin (µIU/mL) x fasting glucose (mg/dL) / 405
      Values above 2.5 suggest insulin resistance.
    Glycated Haemoglobin (HbA1c)   5.4               %             4.8 - 5.9
    HCV Antibody (Total)           Reactive                        Non Reactive
      Confirmation by HCV RNA (PCR) is recommended.
''', [
    R('glucose', '96', 'mg/dL', '70..100'),
    R('insulin', '18.2', 'µIU/mL', '2.6..24.9'),
    R('c-peptide', '2.9', 'ng/mL', '1.1..4.4'),
    R('homa-ir', '4.3', None, '..2.5'),
    R('hemoglobin-a1c', '5.4', '%', '4.8..5.9'),
    R('hepatitis-c-antibody', None, None, 'text', 'abnormal', 'Reactive'),
], "range=the Reference Range column ('Up to 2.5' inclusive, so HOMA-IR 4.3 is high), HOMA-IR has no unit so no normalized value, the formula lines are comments, and 'Reactive' differs from the expected 'Non Reactive' so it is abnormal.")

# H033
case('SA', 'en', 'Markdown table export with bilingual header, HH critical flag, blockquote note', '''
    # Dr. Sulaiman Al Habib Medical Group - Laboratory Report
    مجموعة الدكتور سليمان الحبيب الطبية - تقرير المختبر
    **Patient:** Faisal A. Alotaibi · **MRN:** 2218893 · **Sex:** M · **Age:** 44 Y
    **Collected:** 28/01/2025 07:35 · **Verified:** 28/01/2025 13:02

    | Test | Result | Flag | Unit | Reference Range |
    |---|---|---|---|---|
    | 25-Hydroxy Vitamin D | 14.8 | L | ng/mL | 30 - 100 |
    | Vitamin B12 | 231 |  | pg/mL | 197 - 771 |
    | Ferritin | 312 |  | ng/mL | 30 - 400 |
    | TSH | 2.10 |  | µIU/mL | 0.27 - 4.20 |
    | Free T4 | 16.4 |  | pmol/L | 12 - 22 |
    | Potassium | 6.9 | HH | mmol/L | 3.5 - 5.1 |

    > Critical value (potassium) telephoned to the requesting physician at 08:10 and read back.
    > Haemolysed sample suspected; repeat requested.
''', [
    R('vitamin-d', '14.8', 'ng/mL', '30..100', 'low'),
    R('vitamin-b12', '231', 'pg/mL', '197..771'),
    R('ferritin', '312', 'ng/mL', '30..400'),
    R('thyroid-stimulating-hormone', '2.10', 'µIU/mL', '0.27..4.20'),
    R('free-t4', '16.4', 'pmol/L', '12..22'),
    R('potassium', '6.9', 'mmol/L', '3.5..5.1', 'critical-high'),
], "range=the Reference Range cell of each Markdown row with the Flag cell (HH = critical high), and the Arabic title, header lines and blockquote notes are not rows.")

# H034
case('IL', 'he', 'Israeli HMO print with Hebrew headers and Hebrew word flags, English test names', '''
    מכבי שירותי בריאות - מעבדה מרכזית
    שם המטופל: כהן דנה        גיל: 47        מין: נקבה
    תאריך לקיחה: 19/01/2025        מספר דגימה: 7741290
    שם הבדיקה                    תוצאה       יחידות       טווח תקין        הערה
    CHOLESTEROL                  228         mg/dL        0 - 200          גבוה
    HDL CHOLESTEROL              62          mg/dL        > 50
    LDL CHOLESTEROL (CALC)       142         mg/dL        0 - 130          גבוה
    TRIGLYCERIDES                118         mg/dL        0 - 150
    GLUCOSE                      91          mg/dL        70 - 100
    FERRITIN                     14          ng/mL        15 - 150         נמוך
    VITAMIN B12                  382         pg/mL        200 - 900
''', [
    R('total-cholesterol', '228', 'mg/dL', '0..200', 'high'),
    R('hdl-cholesterol', '62', 'mg/dL', '>50..'),
    R('ldl-cholesterol', '142', 'mg/dL', '0..130', 'high'),
    R('triglycerides', '118', 'mg/dL', '0..150'),
    R('glucose', '91', 'mg/dL', '70..100'),
    R('ferritin', '14', 'ng/mL', '15..150', 'low'),
    R('vitamin-b12', '382', 'pg/mL', '200..900'),
], "range=the 'טווח תקין' (normal range) column, with the Hebrew remark column flags גבוה = high and נמוך = low.")

# H035 (no result)
case('BR', 'pt', 'appointment/order confirmation', '''
    Dasa - Confirmação de agendamento
    Olá, Ricardo! Seu agendamento está confirmado.
    Unidade: Delboni Auriemo - Paraíso, São Paulo - SP
    Data: 12/03/2025        Horário: 07:30
    Exames solicitados:
      - Hemograma completo
      - Glicose
      - Hemoglobina glicada (A1c)
      - Colesterol total e frações
      - TSH e T4 livre
      - Testosterona total e livre
    Preparo: jejum de 8 horas (água liberada). Traga o pedido médico e um documento com foto.
    Protocolo: AG-2503-771204
''', [], "range=none; an appointment confirmation listing ordered tests and fasting instructions, with no result.")

# H036
case('TR', 'tr', 'Turkish report, Durum column with word flags, censored antibody', '''
    DÜZEN LABORATUVARLAR GRUBU        Kavaklıdere / ANKARA
    Hasta Adı Soyadı: AYŞE YILMAZ        Cinsiyet: Kadın        Yaş: 41        Protokol No: 25011904432
    Numune Alım: 19.01.2025 08:47        Onay: 19.01.2025 16:20
    Tetkik Adı                    Sonuç        Birim         Referans Aralığı       Durum
    TSH                           4,92         µIU/mL        0,27 - 4,2             Yüksek
    Serbest T4                    1,05         ng/dL         0,93 - 1,7
    Anti-TPO                      138          IU/mL         0 - 34                 Yüksek
    Anti-Tiroglobulin             <10          IU/mL         0 - 115
    25-OH Vitamin D               18,3         ng/mL         30 - 100               Düşük
    Vitamin B12                   264          pg/mL         197 - 771
    Ferritin                      11,2         ng/mL         13 - 150               Düşük
''', [
    R('thyroid-stimulating-hormone', '4.92', 'µIU/mL', '0.27..4.2', 'high'),
    R('free-t4', '1.05', 'ng/dL', '0.93..1.7'),
    R('thyroid-peroxidase-antibody', '138', 'IU/mL', '0..34', 'high'),
    R('thyroglobulin-antibody', '10', 'IU/mL', '0..115', vt='<10'),
    R('vitamin-d', '18.3', 'ng/mL', '30..100', 'low'),
    R('vitamin-b12', '264', 'pg/mL', '197..771'),
    R('ferritin', '11.2', 'ng/mL', '13..150', 'low'),
], "range=the Referans Aralığı column with decimal commas and the Durum word flags (Yüksek = high, Düşük = low); anti-TPO in IU/mL is left unnormalized against the catalog's U/mL, and '<10' lies inside 0-115.")

# H037
case('DE', 'de', 'Synlab two-page Blutbild, Tsd/µl and Mio/µl, relative then absolute differential, Befund folgt', '''
    SYNLAB MVZ Labor München Zentrum GbR        Bayerstraße 53, 80335 München
    Patient: Müller, Thomas       geb. 12.03.1968       Geschlecht: m       Auftragsnr.: 2501187734
    Eingang: 18.01.2025 09:12       Befundstatus: Endbefund
    Untersuchung                   Ergebnis      Einheit      Referenzbereich
    HÄMATOLOGIE
    Leukozyten                     7,42          Tsd/µl       3,90 - 10,20
    Erythrozyten                   5,12          Mio/µl       4,30 - 5,75
    Hämoglobin                     15,6          g/dl         13,5 - 17,2
    Hämatokrit                     45,8          %            39,5 - 50,5
    MCV                            89,5          fl           80,0 - 99,0
    MCH                            30,5          pg           26,0 - 33,5
    MCHC                           34,1          g/dl         31,5 - 36,0
    Thrombozyten                   231           Tsd/µl       150 - 370
    Differentialblutbild (maschinell)
    Neutrophile                    61,2          %            42,0 - 77,0
    Lymphozyten                    27,4          %            20,0 - 44,0
    Monozyten                      8,1           %            2,0 - 9,5
    Eosinophile                    2,7           %            0,5 - 5,5
    Basophile                      0,6           %            0,0 - 1,8
                                                                   Seite 1 von 2
    SYNLAB MVZ Labor München Zentrum GbR        Bayerstraße 53, 80335 München
    Patient: Müller, Thomas       geb. 12.03.1968       Geschlecht: m       Auftragsnr.: 2501187734
    Untersuchung                   Ergebnis      Einheit      Referenzbereich
    Neutrophile absolut            4,54          Tsd/µl       1,50 - 7,70
    Lymphozyten absolut            2,03          Tsd/µl       1,10 - 4,50
    Monozyten absolut              0,60          Tsd/µl       0,10 - 0,90
    Eosinophile absolut            0,20          Tsd/µl       0,02 - 0,50
    Basophile absolut              0,04          Tsd/µl       0,00 - 0,20
    KLINISCHE CHEMIE
    Homocystein                    Befund folgt
                                                                   Seite 2 von 2
''', [
    R('white-blood-cell-count', '7.42', 'Tsd/µl', '3.90..10.20'),
    R('red-blood-cell-count', '5.12', 'Mio/µl', '4.30..5.75'),
    R('hemoglobin', '15.6', 'g/dl', '13.5..17.2'),
    R('hematocrit', '45.8', '%', '39.5..50.5'),
    R('mean-corpuscular-volume', '89.5', 'fl', '80.0..99.0'),
    R('mean-corpuscular-hemoglobin', '30.5', 'pg', '26.0..33.5'),
    R('mean-corpuscular-hemoglobin-concentration', '34.1', 'g/dl', '31.5..36.0'),
    R('platelet-count', '231', 'Tsd/µl', '150..370'),
    R('neutrophils', '61.2', '%', '42.0..77.0'),
    R('lymphocytes', '27.4', '%', '20.0..44.0'),
    R('monocytes', '8.1', '%', '2.0..9.5'),
    R('eosinophils', '2.7', '%', '0.5..5.5'),
    R('basophils', '0.6', '%', '0.0..1.8'),
    R('neutrophils-absolute', '4.54', 'Tsd/µl', '1.50..7.70'),
    R('lymphocytes-absolute', '2.03', 'Tsd/µl', '1.10..4.50'),
    R('monocytes-absolute', '0.60', 'Tsd/µl', '0.10..0.90'),
    R('eosinophils-absolute', '0.20', 'Tsd/µl', '0.02..0.50'),
    R('basophils-absolute', '0.04', 'Tsd/µl', '0.00..0.20'),
], "range=the Referenzbereich column with decimal commas on both pages; the repeated header and 'Seite x von 2' are furniture, the 'absolut' rows on page 2 are the -absolute keys, and 'Homocystein Befund folgt' is a pending row.")

# H038
case('DE', 'de', 'Labor Berlin cumulative report, two date columns with the newest on the left, + flags', '''
    Labor Berlin - Charité Vivantes GmbH        Sylter Straße 2, 13353 Berlin
    KUMULATIVBEFUND
    Patientin: Schneider, Petra        geb. 04.07.1964        w        Fall-Nr.: 7740193
                                 14.01.2025      08.10.2024      Einheit      Referenzbereich
    Cholesterin                  231 +           248 +           mg/dl        < 200
    HDL-Cholesterin              64              59              mg/dl        > 45
    LDL-Cholesterin              146 +           163 +           mg/dl        < 116
    Triglyceride                 104             131             mg/dl        < 150
    Lipoprotein(a)               182 +           n.b.            nmol/l       < 75
    HbA1c                        5,6             5,8 +           %            4,0 - 5,6
    CRP, hochsensitiv            1,8             3,2 +           mg/l         < 3,0
    Homocystein                  12,4 +          n.b.            µmol/l       < 12,0
    Legende: + oberhalb des Referenzbereichs, - unterhalb des Referenzbereichs, n.b. nicht bestimmt
''', [
    R('total-cholesterol', '231', 'mg/dl', '..<200', 'high'),
    R('hdl-cholesterol', '64', 'mg/dl', '>45..'),
    R('ldl-cholesterol', '146', 'mg/dl', '..<116', 'high'),
    R('triglycerides', '104', 'mg/dl', '..<150'),
    R('lipoprotein-a', '182', 'nmol/l', '..<75', 'high'),
    R('hemoglobin-a1c', '5.6', '%', '4.0..5.6'),
    R('hs-crp', '1.8', 'mg/l', '..<3.0'),
    R('homocysteine', '12.4', 'µmol/l', '..<12.0', 'high'),
], "range=the single Referenzbereich column; only the newest date column (14.01.2025, leftmost) is keyed with its '+' (above range) flags, the 08.10.2024 column is history, and HbA1c 5,6 on the inclusive upper bound is normal.")

# H039
case('DE', 'de', 'amedes male hormones, arrow flags between result and unit, ng/ml testosterone, µg/ml DHEA-S', '''
    amedes MVZ für Laboratoriumsdiagnostik Hamburg GmbH        Mexikoring 33, 22297 Hamburg
    Patient: Becker, Jan        geb. 30.11.1978        männlich        Einsender: Privatpraxis Dr. Vogt
    Probeneingang: 22.01.2025        Befunddatum: 23.01.2025
    Analyt                                Ergebnis          Einheit       Referenzbereich
    ENDOKRINOLOGIE
    Testosteron                           3,10              ng/ml         2,49 - 8,36
    SHBG                                  62,4     ↑        nmol/l        18,3 - 54,1
    Freies Testosteron (berechnet)        44,8     ↓        pg/ml         50,0 - 210,0
    Östradiol                             21,4              pg/ml         11,3 - 43,2
    DHEA-S                                2,15              µg/ml         1,60 - 4,49
    LH                                    4,8               mIU/ml        1,7 - 8,6
    FSH                                   5,9               mIU/ml        1,5 - 12,4
    Prolaktin                             8,2               ng/ml         4,0 - 15,2
    IGF-1 (Somatomedin C)                 142               ng/ml         76 - 246
    Befund technisch und medizinisch validiert: Dr. med. K. Hoffmann, Fachärztin für Laboratoriumsmedizin
''', [
    R('testosterone', '3.10', 'ng/ml', '2.49..8.36'),
    R('shbg', '62.4', 'nmol/l', '18.3..54.1', 'high'),
    R('testosterone-free', '44.8', 'pg/ml', '50.0..210.0', 'low'),
    R('estradiol', '21.4', 'pg/ml', '11.3..43.2'),
    R('dhea-sulfate', '2.15', 'µg/ml', '1.60..4.49'),
    R('luteinizing-hormone', '4.8', 'mIU/ml', '1.7..8.6'),
    R('follicle-stimulating-hormone', '5.9', 'mIU/ml', '1.5..12.4'),
    R('prolactin', '8.2', 'ng/ml', '4.0..15.2'),
    R('somatomedin-c', '142', 'ng/ml', '76..246'),
], "range=the Referenzbereich column in the printed units (testosterone ng/ml x100 to ng/dL, DHEA-S µg/ml x100 to µg/dL) with ↑/↓ between result and unit, and the validation line is not a row.")

# H040
case('AT', 'de', 'semicolon CSV export with a header and separate lower/upper bound columns', '''
    Datum;Analyse;Wert;Einheit;Norm unten;Norm oben;Kennzeichen
    23.01.2025;Kreatinin;0,84;mg/dl;0,50;0,90;
    23.01.2025;eGFR (CKD-EPI);79;ml/min/1,73m²;60;;
    23.01.2025;Harnsäure;6,1;mg/dl;2,4;5,7;H
    23.01.2025;Magnesium;0,79;mmol/l;0,70;1,05;
    23.01.2025;CK;96;U/l;;170;
    23.01.2025;Gamma-GT;18;U/l;;40;
    23.01.2025;TSH;1,84;µIU/ml;0,27;4,20;
    23.01.2025;Vitamin D (25-OH);24;ng/ml;30;100;L
''', [
    R('creatinine', '0.84', 'mg/dl', '0.50..0.90'),
    R('egfr', '79', 'ml/min/1,73m²', '60..'),
    R('uric-acid', '6.1', 'mg/dl', '2.4..5.7', 'high'),
    R('magnesium', '0.79', 'mmol/l', '0.70..1.05'),
    R('creatine-kinase', '96', 'U/l', '..170'),
    R('gamma-glutamyl-transferase', '18', 'U/l', '..40'),
    R('thyroid-stimulating-hormone', '1.84', 'µIU/ml', '0.27..4.20'),
    R('vitamin-d', '24', 'ng/ml', '30..100', 'low'),
], "range=the 'Norm unten'/'Norm oben' columns (an empty column leaves that side open) with the Kennzeichen column as the flag, and the header line is not a row.")

# H041 (no result)
case('CZ', 'cs', "laboratory's reference-interval table", '''
    SYNLAB czech - Referenční meze (dospělí, 18-65 let)
    Vyšetření               Jednotka      Muži              Ženy
    S-Kreatinin             µmol/l        64 - 104          49 - 90
    S-Kyselina močová       µmol/l        202 - 417         143 - 339
    S-Cholesterol           mmol/l        2,90 - 5,00       2,90 - 5,00
    S-TSH                   mIU/l         0,27 - 4,20       0,27 - 4,20
    S-Ferritin              µg/l          30 - 400          13 - 150
    Platnost od 1. 1. 2025. Referenční meze se mohou lišit podle metody a věku.
''', [], "range=none; a table of male and female reference intervals with no patient result.")

# H042
case('CH', 'de', 'Swiss German report with decimal points, word flags erhöht/erniedrigt after the range, censored CRP', '''
    UNILABS        Unilabs Schweiz, Dübendorf
    Patient: Meier, Urs          geb. 08.02.1959          m          Auftrag: 25-0124-88172
    Entnahme: 24.01.2025 07:30          Validiert: 24.01.2025 16:05
    Analyse                        Resultat      Einheit       Referenzwerte
    EISENSTOFFWECHSEL
    Eisen                          9.8           µmol/l        9.0-30.4
    Ferritin                       412           µg/l          30-400          erhöht
    Transferrin                    2.1           g/l           2.0-3.6
    Transferrinsättigung           19            %             20-50           erniedrigt
    ENTZÜNDUNG
    CRP                            <0.6          mg/l          <5.0
    SPURENELEMENTE
    Zink                           11.9          µmol/l        10.7-18.4
    Selen                          1.04          µmol/l        0.80-1.60
    Kommentar: Hyperferritinämie bei normaler Transferrinsättigung, z.B. metabolisch; Verlaufskontrolle empfohlen.
''', [
    R('iron', '9.8', 'µmol/l', '9.0..30.4'),
    R('ferritin', '412', 'µg/l', '30..400', 'high'),
    R('transferrin', '2.1', 'g/l', '2.0..3.6'),
    R('transferrin-saturation', '19', '%', '20..50', 'low'),
    R('c-reactive-protein', '0.6', 'mg/l', '..<5.0', vt='<0.6'),
    R('zinc', '11.9', 'µmol/l', '10.7..18.4'),
    R('selenium', '1.04', 'µmol/l', '0.80..1.60'),
], "range=the Referenzwerte column with decimal points and the word flags erhöht = high and erniedrigt = low; '<0.6' lies under '<5.0', zinc and selenium convert with their molar masses, and the comment is not a row.")

# H043
case('CH', 'fr', 'Swiss French report with the reference range printed before the result, bas/élevé', '''
    UNILABS        Suisse romande - Lausanne
    Patiente : Favre, Sophie          née le 22.04.1976          F          Dossier : 25-0127-30218
    Prélèvement : 27.01.2025 08:05          Validation : 27.01.2025 15:40
    Analyse                          Valeurs de référence       Résultat           Unité
    HORMONOLOGIE
    TSH                              0.27-4.20                  2.95               mUI/l
    T4 libre                         12.0-22.0                  10.8    bas        pmol/l
    Cortisol (matin)                 166-507                    388                nmol/l
    DHEA-S                           1.65-9.15                  3.40               µmol/l
    Prolactine                       4.8-23.3                   31.2    élevé      µg/l
    Remarque : prolactine modérément augmentée; contrôle à jeun et au repos recommandé
    (recherche de macroprolactine).
''', [
    R('thyroid-stimulating-hormone', '2.95', 'mUI/l', '0.27..4.20'),
    R('free-t4', '10.8', 'pmol/l', '12.0..22.0', 'low'),
    R('cortisol', '388', 'nmol/l', '166..507'),
    R('dhea-sulfate', '3.40', 'µmol/l', '1.65..9.15'),
    R('prolactin', '31.2', 'µg/l', '4.8..23.3', 'high'),
], "range=the 'Valeurs de référence' column that comes before the result, with the French word flags bas = low and élevé = high after the value, and the remark is not a row.")

# H044
case('FR', 'fr', 'Cerba biochemistry in g/L, "a à b" and "< b" ranges, arrows, Méthode line, pending rows', '''
    CERBA        Laboratoire de biologie médicale        95310 Saint-Ouen-l'Aumône
    Patient : M. DUBOIS Laurent          Né le : 15/06/1967          Dossier : 2501-2874419
    Prélevé le 29/01/2025 à 08h10          Édité le 30/01/2025
    BIOCHIMIE SANGUINE                   Résultat            Unités       Valeurs de référence
    Glycémie à jeun                      1,08      ↑         g/L          0,70 à 1,05
    Hémoglobine glyquée (HbA1c)          5,7                 %            4,0 à 6,0
      Méthode : HPLC (Tosoh G11), certifiée NGSP
    BILAN LIPIDIQUE
    Cholestérol total                    2,41      ↑         g/L          < 2,00
    Cholestérol HDL                      0,48                g/L          > 0,40
    Cholestérol LDL calculé              1,62      ↑         g/L          < 1,60
    Triglycérides                        1,53      ↑         g/L          < 1,50
    Apolipoprotéine B                    1,18      ↑         g/L          0,55 à 1,05
    Lipoprotéine (a)                     Résultat à suivre
    Vitamine D (25-OH D2+D3)             En cours
''', [
    R('glucose', '1.08', 'g/L', '0.70..1.05', 'high'),
    R('hemoglobin-a1c', '5.7', '%', '4.0..6.0'),
    R('total-cholesterol', '2.41', 'g/L', '..<2.00', 'high'),
    R('hdl-cholesterol', '0.48', 'g/L', '>0.40..'),
    R('ldl-cholesterol', '1.62', 'g/L', '..<1.60', 'high'),
    R('triglycerides', '1.53', 'g/L', '..<1.50', 'high'),
    R('apolipoprotein-b', '1.18', 'g/L', '0.55..1.05', 'high'),
], "range=the 'Valeurs de référence' column ('a à b', '< b', '> a') in g/L, normalized x100 to mg/dL, with ↑ as the flag; the Méthode line is not a row and Lp(a) 'Résultat à suivre' and vitamin D 'En cours' are pending.")

# H045
case('FR', 'fr', 'Eurofins Biomnis hormones printed in two units, SI value and range in brackets on the next line', '''
    EUROFINS BIOMNIS        17/19 avenue Tony Garnier, 69007 Lyon
    Patiente : Mme MARTIN Claire          Née le 03/09/1974          Prescripteur : Dr LEROY
    Prélèvement : 30/01/2025 08:20          Compte rendu du 31/01/2025
    HORMONOLOGIE
                                            Résultat            Valeurs de référence
    Testostérone totale                     0,31 ng/mL          0,08 à 0,48
                                            (1,07 nmol/L)       (0,28 à 1,66)
    Sulfate de DHEA (SDHEA)                 1,12 µg/mL          0,57 à 2,79
                                            (3,04 µmol/L)       (1,55 à 7,57)
    Cortisol (8 h)                          142 ng/mL           62 à 180
                                            (392 nmol/L)        (171 à 497)
    IGF-1 (somatomédine C)                  148 ng/mL           75 à 212
                                            (19,3 nmol/L)       (9,8 à 27,7)
      Technique : immunochimiluminescence (Liaison XL, DiaSorin)
''', [
    R('testosterone', '0.31', 'ng/mL', '0.08..0.48'),
    R('dhea-sulfate', '1.12', 'µg/mL', '0.57..2.79'),
    R('cortisol', '142', 'ng/mL', '62..180'),
    R('somatomedin-c', '148', 'ng/mL', '75..212'),
], "range=the first (conventional) range beside each result; the bracketed line under each row repeats the same result in SI units and is not a second row, and the Technique line is not a row.")

# H046
case('FR', 'fr', 'French NFS with % and absolute G/l on one line, T/l, range for the absolute count only', '''
    BIOGROUP - Laboratoire de biologie médicale
    Patient : M. LAMBERT Julien          Né le : 11/02/1982          Dossier : 2502-0041187
    Prélèvement : 03/02/2025 à 07h50
    HÉMATOLOGIE
    NUMÉRATION GLOBULAIRE                  Résultat                 Valeurs de référence
    Hématies                               4,62 T/l                 4,28 à 6,00
    Hémoglobine                            14,1 g/dl                13,4 à 16,7
    Hématocrite                            42,1 %                   39,2 à 51,8
    VGM                                    91,1 fl                  78,0 à 97,0
    TCMH                                   30,5 pg                  26,3 à 32,8
    CCMH                                   33,5 g/dl                32,4 à 36,3
    Leucocytes                             5,84 G/l                 4,05 à 11,00
    FORMULE LEUCOCYTAIRE
    Polynucléaires neutrophiles            52,6 %      3,07 G/l     1,78 à 6,95
    Polynucléaires éosinophiles             4,1 %      0,24 G/l     0,04 à 0,80
    Polynucléaires basophiles               0,5 %      0,03 G/l     0,01 à 0,12
    Lymphocytes                            34,9 %      2,04 G/l     1,32 à 3,57
    Monocytes                               7,9 %      0,46 G/l     0,30 à 0,82
    Plaquettes                             188 G/l                  161 à 398
''', [
    R('red-blood-cell-count', '4.62', 'T/l', '4.28..6.00'),
    R('hemoglobin', '14.1', 'g/dl', '13.4..16.7'),
    R('hematocrit', '42.1', '%', '39.2..51.8'),
    R('mean-corpuscular-volume', '91.1', 'fl', '78.0..97.0'),
    R('mean-corpuscular-hemoglobin', '30.5', 'pg', '26.3..32.8'),
    R('mean-corpuscular-hemoglobin-concentration', '33.5', 'g/dl', '32.4..36.3'),
    R('white-blood-cell-count', '5.84', 'G/l', '4.05..11.00'),
    R('neutrophils', '52.6', '%', ''),
    R('neutrophils-absolute', '3.07', 'G/l', '1.78..6.95'),
    R('eosinophils', '4.1', '%', ''),
    R('eosinophils-absolute', '0.24', 'G/l', '0.04..0.80'),
    R('basophils', '0.5', '%', ''),
    R('basophils-absolute', '0.03', 'G/l', '0.01..0.12'),
    R('lymphocytes', '34.9', '%', ''),
    R('lymphocytes-absolute', '2.04', 'G/l', '1.32..3.57'),
    R('monocytes', '7.9', '%', ''),
    R('monocytes-absolute', '0.46', 'G/l', '0.30..0.82'),
    R('platelet-count', '188', 'G/l', '161..398'),
], "range=the 'a à b' column, which on differential lines belongs to the G/l count, so each percentage is a row without range (flag null) followed by its absolute row; T/l and G/l are 10^12/L and 10^9/L.")

# H047 (no result)
case('IT', 'it', 'report cover page', '''
    SYNLAB Italia - Laboratorio di Monza
    REFERTO DI LABORATORIO
    Paziente: FERRARI LUCA          Nato il: 07/05/1970          Codice fiscale: FRRLCU70E07XXXXX
    Accettazione n. 0219-25-07731          Data prelievo: 19/02/2025
    Medico richiedente: Dott.ssa Marini
    Il presente referto si compone di 4 pagine più la presente copertina.
    Referto firmato digitalmente ai sensi del D.Lgs. 82/2005 dal Direttore Sanitario.
    Codice ritiro online: 7HQ2-K9PL
''', [], "range=none; a cover page with identifiers, a page count and a legal reference, and no result.")

# H048
case('IT', 'it', 'Italian thyroid panel with antibodies, µUI/mL and UI/mL, arrows, Nota line', '''
    CENTRO DIAGNOSTICO ITALIANO S.p.A.        Via Saint Bon 20, 20147 Milano
    Paziente: ROSSI GIULIA        Nata il: 14/08/1981        Sesso: F        N. accettazione: 25/0131/00482
    Data prelievo: 31/01/2025        Data referto: 01/02/2025
    ESAME                                           RISULTATO          UNITÀ DI MISURA     VALORI DI RIFERIMENTO
    ORMONI TIROIDEI
    TSH                                             3,42               µUI/mL              0,40 - 4,00
    FT4 (tiroxina libera)                           9,8       ↓        pg/mL               10,3 - 17,0
    FT3 (triiodotironina libera)                    3,1                pg/mL               2,0 - 4,4
    AUTOANTICORPI TIROIDEI
    Anticorpi anti-tireoperossidasi (AbTPO)         287       ↑        UI/mL               < 34
    Anticorpi anti-tireoglobulina (AbTg)            42                 UI/mL               < 115
    Nota: valori di AbTPO superiori a 34 UI/mL sono compatibili con tiroidite autoimmune.
''', [
    R('thyroid-stimulating-hormone', '3.42', 'µUI/mL', '0.40..4.00'),
    R('free-t4', '9.8', 'pg/mL', '10.3..17.0', 'low'),
    R('free-t3', '3.1', 'pg/mL', '2.0..4.4'),
    R('thyroid-peroxidase-antibody', '287', 'UI/mL', '..<34', 'high'),
    R('thyroglobulin-antibody', '42', 'UI/mL', '..<115'),
], "range=the VALORI DI RIFERIMENTO column with decimal commas and ↑/↓ flags; FT4 in pg/mL normalizes /10 to ng/dL, anti-TPO in UI/mL (IU) is not normalized to the catalog's U/mL, and the Nota is not a row.")

# H049
case('IT', 'it', 'Italian chemistry with "fino a" upper bounds and a Nota line', '''
    LIFEBRAIN - Laboratorio Analisi Cliniche        Roma
    Paziente: BIANCHI MARCO        Data di nascita: 02/12/1965        Sesso: M
    Accettazione: 0203-25-11872        Prelievo: 03/02/2025
    Esame                            Esito         U.M.                Intervallo di riferimento
    GLICEMIA                         94            mg/dL               60 - 100
    EMOGLOBINA GLICATA (HbA1c)       5,3           %                   4,0 - 6,0
    CREATININA                       1,02          mg/dL               0,67 - 1,17
    eGFR (CKD-EPI)                   82            mL/min/1,73m²       > 60
    ACIDO URICO                      5,8           mg/dL               3,4 - 7,0
    AST (GOT)                        24            U/L                 fino a 40
    ALT (GPT)                        31            U/L                 fino a 41
    GAMMA GT                         62     H      U/L                 fino a 55
    CPK                              188           U/L                 fino a 190
    MAGNESIO                         1,9           mg/dL               1,6 - 2,6
    Nota: campione lievemente lipemico.
''', [
    R('glucose', '94', 'mg/dL', '60..100'),
    R('hemoglobin-a1c', '5.3', '%', '4.0..6.0'),
    R('creatinine', '1.02', 'mg/dL', '0.67..1.17'),
    R('egfr', '82', 'mL/min/1,73m²', '>60..'),
    R('uric-acid', '5.8', 'mg/dL', '3.4..7.0'),
    R('aspartate-aminotransferase', '24', 'U/L', '..40'),
    R('alanine-aminotransferase', '31', 'U/L', '..41'),
    R('gamma-glutamyl-transferase', '62', 'U/L', '..55', 'high'),
    R('creatine-kinase', '188', 'U/L', '..190'),
    R('magnesium', '1.9', 'mg/dL', '1.6..2.6'),
], "range=the 'Intervallo di riferimento' column where 'fino a b' is an inclusive upper bound and '> 60' strict, with H printed for GGT, and the lipemia Nota is not a row.")

# H050
case('ES', 'es', 'Synlab Spain Markdown table, "a a b" ranges, arrow glued in the result cell, pending row', '''
    ## SYNLAB Diagnósticos Globales - Informe de resultados
    **Paciente:** Laura Fernández Ortiz | **F. nacimiento:** 09/10/1983 | **Nº petición:** 2501290471
    **Fecha extracción:** 29/01/2025

    | Prueba | Resultado | Unidades | Valores de referencia |
    |---|---|---|---|
    | Hierro | 58 | µg/dL | 50 a 170 |
    | Ferritina | 9 ↓ | ng/mL | 15 a 150 |
    | Transferrina | 342 | mg/dL | 200 a 360 |
    | Índice de saturación de transferrina | 13 ↓ | % | 20 a 50 |
    | Vitamina B12 | 512 | pg/mL | 191 a 663 |
    | Ácido fólico | 7,8 | ng/mL | 3,1 a 20,5 |
    | Lipoproteína (a) | Pendiente | | |

    *Resultado pendiente: se emitirá un informe complementario.*
''', [
    R('iron', '58', 'µg/dL', '50..170'),
    R('ferritin', '9', 'ng/mL', '15..150', 'low'),
    R('transferrin', '342', 'mg/dL', '200..360'),
    R('transferrin-saturation', '13', '%', '20..50', 'low'),
    R('vitamin-b12', '512', 'pg/mL', '191..663'),
    R('folate', '7.8', 'ng/mL', '3.1..20.5'),
], "range=the 'Valores de referencia' cell in 'a a b' form with ↓ glued in the result cell as the flag, and the 'Pendiente' Lp(a) row and its footnote are not results.")

# H051
case('ES', 'es', 'Spanish hospital hormone panel, postmenopausal ranges labelled in brackets, "hasta b"', '''
    HOSPITAL UNIVERSITARIO QUIRÓNSALUD MADRID - Servicio de Análisis Clínicos
    Paciente: Carmen López Ruiz        Edad: 56 años        Sexo: Mujer        NHC: 0048812
    Fecha de extracción: 03/03/2025        Fecha de validación: 04/03/2025
    Prueba                          Resultado       Unidades       Intervalo de referencia
    HORMONAS
    FSH                             68,4            mUI/mL         25,8 - 134,8 (postmenopausia)
    LH                              41,2            mUI/mL         7,7 - 58,5 (postmenopausia)
    Estradiol                       12,3            pg/mL          hasta 54,7 (postmenopausia)
    Progesterona                    0,18            ng/mL          hasta 0,20 (postmenopausia)
    Testosterona total              0,24            ng/mL          0,03 - 0,41
    DHEA-S                          68,2            µg/dL          26,6 - 200
    SHBG                            71              nmol/L         32,4 - 128
    Prolactina                      8,9             ng/mL          4,79 - 23,3
    Validado por: Dra. M. Sanz, Facultativa Especialista de Área
''', [
    R('follicle-stimulating-hormone', '68.4', 'mUI/mL', '25.8..134.8'),
    R('luteinizing-hormone', '41.2', 'mUI/mL', '7.7..58.5'),
    R('estradiol', '12.3', 'pg/mL', '..54.7'),
    R('progesterone', '0.18', 'ng/mL', '..0.20'),
    R('testosterone', '0.24', 'ng/mL', '0.03..0.41'),
    R('dhea-sulfate', '68.2', 'µg/dL', '26.6..200'),
    R('shbg', '71', 'nmol/L', '32.4..128'),
    R('prolactin', '8.9', 'ng/mL', '4.79..23.3'),
], "range=the 'Intervalo de referencia' column, 'hasta b' being an inclusive upper bound and '(postmenopausia)' a label, all in range, and the validation line is not a row.")

# H052
case('PT', 'pt', 'Portuguese report, "até b" and "> a" bounds, vitamin D tier line', '''
    GERMANO DE SOUSA - Centro de Medicina Laboratorial        Lisboa
    Utente: Ana Sofia Marques Pereira        Data Nasc.: 12/03/1977        Sexo: F
    N.º Requisição: 25-0204-33918        Colheita: 04/02/2025 08:35
    ANÁLISE                                       RESULTADO      UNIDADES      VALORES DE REFERÊNCIA
    BIOQUÍMICA
    Ácido úrico                                   4,1            mg/dL         2,4 - 5,7
    Proteína C reactiva (alta sensibilidade)      3,8            mg/L          até 3,0
    Homocisteína                                  9,6            µmol/L        até 15,0
    Magnésio                                      2,1            mg/dL         1,6 - 2,6
    Vitamina D (25-OH)                            21,4           ng/mL         > 30,0
      Deficiência: < 20 ng/mL; Insuficiência: 20 - 30 ng/mL; Suficiência: > 30 ng/mL
    Paratormona (PTH intacta)                     58             pg/mL         15 - 65
''', [
    R('uric-acid', '4.1', 'mg/dL', '2.4..5.7'),
    R('hs-crp', '3.8', 'mg/L', '..3.0'),
    R('homocysteine', '9.6', 'µmol/L', '..15.0'),
    R('magnesium', '2.1', 'mg/dL', '1.6..2.6'),
    R('vitamin-d', '21.4', 'ng/mL', '>30.0..'),
    R('parathyroid-hormone', '58', 'pg/mL', '15..65'),
], "range=the 'VALORES DE REFERÊNCIA' column ('até b' inclusive upper, '> 30,0' strict lower) with flags computed since none are printed, and the vitamin D tier line is not a row.")

# H053 (no result)
case('FR', 'fr', 'partial report with every test still in progress', '''
    CERBALLIANCE - Laboratoire de biologie médicale
    Compte rendu PARTIEL
    Patiente : Mme GIRARD Nathalie          Née le 29/10/1978          Dossier : 2502-551840
    Prélèvement : 20/02/2025 à 07h55
    Examens en cours de réalisation :
      Vitamine D (25-OH D2+D3) ............ en cours
      IGF-1 ............................... en cours (transmis au laboratoire spécialisé)
      Homocystéine ........................ en cours
    Les résultats vous seront transmis dès leur validation biologique.
    Aucun résultat n'est rendu sur ce compte rendu partiel.
''', [], "range=none; a partial report in which every listed test is 'en cours', so there is no result.")

# H054
case('BR', 'pt', 'Fleury two-page block layout: test title, Resultado line, Valor de referência line', '''
    Fleury Medicina e Saúde        São Paulo - SP
    Cliente: ROBERTO ALVES DA SILVA        Ficha: 7025014477        Data da ficha: 06/02/2025
    Médico: Dr. Paulo Henrique Souza - CRM 118772-SP

    TESTOSTERONA TOTAL, soro
      Resultado: 512 ng/dL
      Valor de referência: 249 a 836 ng/dL
      Método: Eletroquimioluminescência

    TESTOSTERONA LIVRE, soro (calculada)
      Resultado: 8,91 ng/dL
      Valor de referência: 3,03 a 14,8 ng/dL

    SHBG - GLOBULINA LIGADORA DE HORMÔNIOS SEXUAIS, soro
      Resultado: 42,7 nmol/L
      Valor de referência: 18,3 a 54,1 nmol/L
                                                          Página 1 de 2
    Fleury Medicina e Saúde        São Paulo - SP
    Cliente: ROBERTO ALVES DA SILVA        Ficha: 7025014477        Data da ficha: 06/02/2025

    ESTRADIOL, soro
      Resultado: 28 pg/mL
      Valor de referência: Homens: 11 a 44 pg/mL

    PSA TOTAL, soro
      Resultado: 0,94 ng/mL
      Valor de referência: inferior a 2,5 ng/mL
                                                          Página 2 de 2
''', [
    R('testosterone', '512', 'ng/dL', '249..836'),
    R('testosterone-free', '8.91', 'ng/dL', '3.03..14.8'),
    R('shbg', '42.7', 'nmol/L', '18.3..54.1'),
    R('estradiol', '28', 'pg/mL', '11..44'),
    R('prostate-specific-antigen', '0.94', 'ng/mL', '..<2.5'),
], "range=each block's 'Valor de referência' line ('a a b', 'inferior a b' strict), free testosterone in ng/dL x10 to pg/mL, and the Método line, repeated header and 'Página x de 2' are not rows.")

# H055
case('BR', 'pt', 'Dasa pdftotext print with value+unit in one cell and ranges carrying units, mil/mm3 platelets', '''
    DASA | Alta Diagnósticos                                   São Paulo/SP
    Paciente:   FERNANDA OLIVEIRA SANTOS                          Data de nascimento:   14/07/1988
    Pedido:   7102-558813-0                                       Data da coleta:   05/03/2025

    EXAME                                      RESULTADO                    VALORES DE REFERÊNCIA
    TSH - HORMÔNIO TIREOESTIMULANTE            2,84 µUI/mL                  0,45 a 4,50 µUI/mL
    T4 LIVRE                                   1,21 ng/dL                   0,70 a 1,80 ng/dL
    VITAMINA B12                               318 pg/mL                    197 a 771 pg/mL
    ÁCIDO FÓLICO                               12,4 ng/mL                   superior a 3,9 ng/mL
    FERRITINA                                  38 ng/mL                     15 a 150 ng/mL
    GLICOSE                                    88 mg/dL                     70 a 99 mg/dL
    INSULINA                                   6,2 µUI/mL                   2,6 a 24,9 µUI/mL
    CONTAGEM DE PLAQUETAS                      254 mil/mm3                  150 a 450 mil/mm3
''', [
    R('thyroid-stimulating-hormone', '2.84', 'µUI/mL', '0.45..4.50'),
    R('free-t4', '1.21', 'ng/dL', '0.70..1.80'),
    R('vitamin-b12', '318', 'pg/mL', '197..771'),
    R('folate', '12.4', 'ng/mL', '>3.9..'),
    R('ferritin', '38', 'ng/mL', '15..150'),
    R('glucose', '88', 'mg/dL', '70..99'),
    R('insulin', '6.2', 'µUI/mL', '2.6..24.9'),
    R('platelet-count', '254', 'mil/mm3', '150..450'),
], "range=the 'a a b unit' ranges ('superior a 3,9' strict lower), all in range; 'mil/mm3' is Portuguese thousands per mm3 (= 10*3/uL), not millions.")

# H056
case('MX', 'es', 'Chopo male hormone profile, arrow flag printed before the value', '''
    LABORATORIO MÉDICO DEL CHOPO        Sucursal Insurgentes, Ciudad de México
    Paciente: JORGE LUIS HERNÁNDEZ PÉREZ        Edad: 48 años        Sexo: Masculino        Folio: 2502-118-004471
    Fecha de toma: 10/02/2025 07:40        Fecha de entrega: 11/02/2025
    ESTUDIO                                RESULTADO          UNIDADES        VALORES DE REFERENCIA
    PERFIL HORMONAL MASCULINO
    Testosterona total                     ↓ 2.21             ng/mL           2.49 - 8.36
    Testosterona libre (calculada)         ↓ 41.2             pg/mL           47.0 - 244.0
    Estradiol                              28.4               pg/mL           11.3 - 43.2
    Antígeno prostático específico         1.08               ng/mL           0.00 - 4.00
    Prolactina                             12.6               ng/mL           4.04 - 15.2
    LH                                     3.9                mUI/mL          1.7 - 8.6
    FSH                                    4.4                mUI/mL          1.5 - 12.4
    Nota: Se recomienda toma de muestra entre 7:00 y 10:00 h.
''', [
    R('testosterone', '2.21', 'ng/mL', '2.49..8.36', 'low'),
    R('testosterone-free', '41.2', 'pg/mL', '47.0..244.0', 'low'),
    R('estradiol', '28.4', 'pg/mL', '11.3..43.2'),
    R('prostate-specific-antigen', '1.08', 'ng/mL', '0.00..4.00'),
    R('prolactin', '12.6', 'ng/mL', '4.04..15.2'),
    R('luteinizing-hormone', '3.9', 'mUI/mL', '1.7..8.6'),
    R('follicle-stimulating-hormone', '4.4', 'mUI/mL', '1.5..12.4'),
], "range=the VALORES DE REFERENCIA column with decimal points and ↓ printed before the value as the flag, and the sampling-time note is not a row.")

# H057
case('CO', 'es', 'Colombian lipid panel, "Menor de"/"Mayor de" bounds, ALTO flag, Método lines under rows', '''
    LABORATORIO CLÍNICO COLCAN        Bogotá D.C.
    Paciente: ANDRÉS FELIPE GÓMEZ RESTREPO        CC: 80.xxx.xxx        Edad: 46 años        Sexo: M
    Fecha de toma: 12/02/2025        Orden: 250212-7731
    Examen                           Resultado           Unidades       Valores de Referencia
    COLESTEROL TOTAL                 236      ALTO       mg/dL          Menor de 200
      Método: Enzimático colorimétrico (CHOD-PAP)
    COLESTEROL HDL                   41                  mg/dL          Mayor de 40
      Método: Homogéneo directo
    COLESTEROL LDL                   161      ALTO       mg/dL          Menor de 130
      Método: Calculado (Friedewald)
    TRIGLICÉRIDOS                    170      ALTO       mg/dL          Menor de 150
      Método: Enzimático (GPO-PAP)
    GLUCOSA BASAL                    99                  mg/dL          70 - 100
    HEMOGLOBINA GLICOSILADA          5,9      ALTO       %              4,0 - 5,6
    APOLIPOPROTEÍNA B                128      ALTO       mg/dL          Menor de 100
''', [
    R('total-cholesterol', '236', 'mg/dL', '..<200', 'high'),
    R('hdl-cholesterol', '41', 'mg/dL', '>40..'),
    R('ldl-cholesterol', '161', 'mg/dL', '..<130', 'high'),
    R('triglycerides', '170', 'mg/dL', '..<150', 'high'),
    R('glucose', '99', 'mg/dL', '70..100'),
    R('hemoglobin-a1c', '5.9', '%', '4.0..5.6', 'high'),
    R('apolipoprotein-b', '128', 'mg/dL', '..<100', 'high'),
], "range=the 'Valores de Referencia' column where 'Menor de b' is a strict upper and 'Mayor de a' a strict lower bound, ALTO = high, and the Método lines under rows are not rows.")

# H058
case('CL', 'es', 'Chilean liver/renal profile, "Hasta b" bounds, (+) flag, Ver comentario row', '''
    LABORATORIO CLÍNICA ALEMANA DE SANTIAGO        Av. Vitacura 5951, Vitacura
    Paciente: Camila Andrea Rojas Soto        RUT: 16.xxx.xxx-5        Edad: 42 años
    Fecha toma de muestra: 11/02/2025 08:02
    Examen                              Resultado       Unidad               Valor de referencia
    PERFIL HEPÁTICO
    Bilirrubina total                   0,7             mg/dL                0,3 - 1,2
    Fosfatasas alcalinas                71              U/L                  35 - 104
    GOT (AST)                           22              U/L                  Hasta 32
    GPT (ALT)                           19              U/L                  Hasta 33
    GGT                                 48     (+)      U/L                  Hasta 40
    OTROS
    Creatinina                          0,71            mg/dL                0,51 - 0,95
    VFG estimada (CKD-EPI)              104             mL/min/1,73 m²       Mayor a 60
    Ácido úrico                         4,2             mg/dL                2,4 - 5,7
    Vitamina B12                        298             pg/mL                197 - 771
    TSH                                 Ver comentario
      Comentario: Muestra insuficiente para TSH; se solicita nueva muestra.
''', [
    R('total-bilirubin', '0.7', 'mg/dL', '0.3..1.2'),
    R('alkaline-phosphatase', '71', 'U/L', '35..104'),
    R('aspartate-aminotransferase', '22', 'U/L', '..32'),
    R('alanine-aminotransferase', '19', 'U/L', '..33'),
    R('gamma-glutamyl-transferase', '48', 'U/L', '..40', 'high'),
    R('creatinine', '0.71', 'mg/dL', '0.51..0.95'),
    R('egfr', '104', 'mL/min/1,73 m²', '>60..'),
    R('uric-acid', '4.2', 'mg/dL', '2.4..5.7'),
    R('vitamin-b12', '298', 'pg/mL', '197..771'),
], "range=the 'Valor de referencia' column ('Hasta b' inclusive upper, 'Mayor a 60' strict lower) with '(+)' as the high flag, and the TSH 'Ver comentario' row with its insufficient-sample comment is not a result.")

# H059 (no result)
case('KE', 'en', 'payment receipt listing tests and prices', '''
    PATHOLOGISTS LANCET KENYA        Upper Hill Medical Centre, Nairobi
    OFFICIAL RECEIPT        No. R-25-0448120        Date: 21-01-2025
    Patient: WANJIKU, Grace M.
    Description                         Qty       Amount (KES)
    Lipid Profile                       1         2,500.00
    HbA1c                               1         2,200.00
    Fasting Blood Sugar                 1           400.00
    Thyroid Function (TSH, FT4)         1         3,600.00
    Total                                         8,700.00
    Paid via M-PESA        Ref: SAL7Q2K9XD
    Results will be available within 24 hours via the patient portal.
''', [], "range=none; a receipt whose numbers are quantities and prices in Kenyan shillings, with no result.")

# H060
case('PL', 'pl', 'Diagnostyka morfologia: absolute tys/µl rows then % rows, flag after value, cancelled row', '''
    DIAGNOSTYKA S.A.        Kraków
    Pacjent: Kowalska Anna        Płeć: K        Wiek: 45 lat        Nr zlecenia: 2502124471
    Data pobrania: 12.02.2025 07:35        Data wydania: 12.02.2025 13:10
    Badanie                             Wynik           Jedn.        Zakres ref.
    Morfologia krwi z pełnym różnicowaniem
    Leukocyty (WBC)                     5,21            tys/µl       4,00 - 10,00
    Erytrocyty (RBC)                    4,42            mln/µl       3,80 - 5,20
    Hemoglobina (HGB)                   12,6            g/dl         12,0 - 16,0
    Hematokryt (HCT)                    38,2            %            37,0 - 47,0
    MCV                                 86,4            fl           80,0 - 99,0
    MCH                                 28,5            pg           27,0 - 31,0
    MCHC                                33,0            g/dl         33,0 - 37,0
    Płytki krwi (PLT)                   164             tys/µl       150 - 410
    Neutrofile                          2,41            tys/µl       1,80 - 7,70
    Limfocyty                           2,12            tys/µl       1,00 - 4,80
    Monocyty                            0,44            tys/µl       0,20 - 0,95
    Eozynofile                          0,19            tys/µl       0,00 - 0,50
    Bazofile                            0,05            tys/µl       0,00 - 0,20
    Neutrofile %                        46,3            %            45,0 - 70,0
    Limfocyty %                         40,7     H      %            20,0 - 40,0
    Monocyty %                          8,4             %            3,0 - 10,0
    Eozynofile %                        3,6             %            1,0 - 5,0
    Bazofile %                          1,0             %            0,0 - 1,0
    BIOCHEMIA
    Witamina D3 metabolit 25(OH)        Oznaczenie anulowane - próbka zhemolizowana
''', [
    R('white-blood-cell-count', '5.21', 'tys/µl', '4.00..10.00'),
    R('red-blood-cell-count', '4.42', 'mln/µl', '3.80..5.20'),
    R('hemoglobin', '12.6', 'g/dl', '12.0..16.0'),
    R('hematocrit', '38.2', '%', '37.0..47.0'),
    R('mean-corpuscular-volume', '86.4', 'fl', '80.0..99.0'),
    R('mean-corpuscular-hemoglobin', '28.5', 'pg', '27.0..31.0'),
    R('mean-corpuscular-hemoglobin-concentration', '33.0', 'g/dl', '33.0..37.0'),
    R('platelet-count', '164', 'tys/µl', '150..410'),
    R('neutrophils-absolute', '2.41', 'tys/µl', '1.80..7.70'),
    R('lymphocytes-absolute', '2.12', 'tys/µl', '1.00..4.80'),
    R('monocytes-absolute', '0.44', 'tys/µl', '0.20..0.95'),
    R('eosinophils-absolute', '0.19', 'tys/µl', '0.00..0.50'),
    R('basophils-absolute', '0.05', 'tys/µl', '0.00..0.20'),
    R('neutrophils', '46.3', '%', '45.0..70.0'),
    R('lymphocytes', '40.7', '%', '20.0..40.0', 'high'),
    R('monocytes', '8.4', '%', '3.0..10.0'),
    R('eosinophils', '3.6', '%', '1.0..5.0'),
    R('basophils', '1.0', '%', '0.0..1.0'),
], "range=the 'Zakres ref.' column, inclusive (MCHC 33,0 and basophils 1,0 on a bound are normal); unsuffixed differential names in tys/µl are the -absolute keys and the '%' names are percentages, and the cancelled vitamin D row is not a result.")

# H061
case('PL', 'pl', 'ALAB report with "a do b" and "do b" ranges and ↑ flags', '''
    ALAB laboratoria        Warszawa
    Pacjent: Nowak Piotr        Wiek: 53 lata        Płeć: M        Nr zlecenia: 2502131187
    Data pobrania: 13.02.2025 07:20
    Badanie                               Wynik            Jednostka       Wartości referencyjne
    Glukoza                               101     ↑        mg/dl           70 do 99
    Cholesterol całkowity                 221     ↑        mg/dl           do 190
    Cholesterol HDL                       52               mg/dl           > 40
    Cholesterol LDL                       138     ↑        mg/dl           do 115
    Triglicerydy                          156     ↑        mg/dl           do 150
    PSA całkowity                         1,42             ng/ml           do 4,0
    Kinaza kreatynowa (CK)                168              U/l             24 do 195
    GGTP                                  35               U/l             do 55
    Kwas moczowy                          6,8              mg/dl           3,4 do 7,0
''', [
    R('glucose', '101', 'mg/dl', '70..99', 'high'),
    R('total-cholesterol', '221', 'mg/dl', '..190', 'high'),
    R('hdl-cholesterol', '52', 'mg/dl', '>40..'),
    R('ldl-cholesterol', '138', 'mg/dl', '..115', 'high'),
    R('triglycerides', '156', 'mg/dl', '..150', 'high'),
    R('prostate-specific-antigen', '1.42', 'ng/ml', '..4.0'),
    R('creatine-kinase', '168', 'U/l', '24..195'),
    R('gamma-glutamyl-transferase', '35', 'U/l', '..55'),
    R('uric-acid', '6.8', 'mg/dl', '3.4..7.0'),
], "range=the 'Wartości referencyjne' column, 'a do b' a closed interval and 'do b' an inclusive upper bound ('> 40' strict lower), with ↑ as the high flag.")

# H062
case('CZ', 'cs', 'Czech report with "a až b" ranges, µkat/l enzymes and eGFR in ml/s', '''
    SYNLAB czech s.r.o.        Praha 8
    Pacient: Dvořák Jan        RČ: 6xxxxx/xxxx        Pohlaví: M        Pojišťovna: 111
    Odběr: 14.02.2025 07:50        Vydáno: 14.02.2025 14:30
    Vyšetření                      Výsledek           Jednotka           Referenční meze
    S-Kreatinin                    98                 µmol/l             64 až 104
    S-eGFR (CKD-EPI)               1,22               ml/s/1,73m²        > 1,00
    S-Kyselina močová              448       ↑        µmol/l             202 až 417
    S-ALT                          0,52               µkat/l             0,10 až 0,78
    S-AST                          0,41               µkat/l             0,10 až 0,72
    S-GMT                          2,05      ↑        µkat/l             0,14 až 1,68
    S-CK                           3,12               µkat/l             0,40 až 3,20
    S-Hořčík                       0,82               mmol/l             0,66 až 1,07
''', [
    R('creatinine', '98', 'µmol/l', '64..104'),
    R('egfr', '1.22', 'ml/s/1,73m²', '>1.00..'),
    R('uric-acid', '448', 'µmol/l', '202..417', 'high'),
    R('alanine-aminotransferase', '0.52', 'µkat/l', '0.10..0.78'),
    R('aspartate-aminotransferase', '0.41', 'µkat/l', '0.10..0.72'),
    R('gamma-glutamyl-transferase', '2.05', 'µkat/l', '0.14..1.68', 'high'),
    R('creatine-kinase', '3.12', 'µkat/l', '0.40..3.20'),
    R('magnesium', '0.82', 'mmol/l', '0.66..1.07'),
], "range=the 'Referenční meze' column in 'a až b' form ('> 1,00' strict), in the printed units; µkat/l converts x60 to U/L and eGFR ml/s x60 to mL/min, with ↑ as the high flag.")

# H063
case('SK', 'sk', 'Slovak thyroid panel with antibodies in kIU/l, H flags, Poznámka line', '''
    ALPHA medical s.r.o. - laboratórium        Bratislava
    Pacient: Horváthová Zuzana        Rodné číslo: 79xxxx/xxxx        Pohlavie: Ž
    Dátum odberu: 17.02.2025        Dátum vydania: 18.02.2025
    Vyšetrenie                    Výsledok        Jednotky        Referenčné hodnoty
    S-TSH                         5,86     H      mIU/l           0,27 - 4,20
    S-fT4                         12,4            pmol/l          12,0 - 22,0
    S-fT3                         4,1             pmol/l          3,1 - 6,8
    S-anti-TPO                    412      H      kIU/l           < 34
    S-anti-TG                     156      H      kIU/l           < 115
    Poznámka: Zvýšené hladiny anti-TPO svedčia pre autoimunitnú tyreoiditídu.
''', [
    R('thyroid-stimulating-hormone', '5.86', 'mIU/l', '0.27..4.20', 'high'),
    R('free-t4', '12.4', 'pmol/l', '12.0..22.0'),
    R('free-t3', '4.1', 'pmol/l', '3.1..6.8'),
    R('thyroid-peroxidase-antibody', '412', 'kIU/l', '..<34', 'high'),
    R('thyroglobulin-antibody', '156', 'kIU/l', '..<115', 'high'),
], "range=the 'Referenčné hodnoty' column ('< b' strict); kIU/l equals IU/mL, so anti-TG normalizes to [IU]/mL while anti-TPO stays unnormalized against the catalog's U/mL, and the Poznámka is not a row.")

# H064
case('HR', 'hr', 'Croatian lipidogram with ApoB g/L and Lp(a) nmol/L, ↑ flags, Komentar', '''
    Poliklinika Breyer - medicinsko-biokemijski laboratorij        Zagreb
    Pacijent: Horvat Ivan        Datum rođenja: 15.07.1966        Spol: M
    Datum uzorkovanja: 18.02.2025
    Pretraga                         Rezultat          Jedinica        Ref. interval
    LIPIDOGRAM
    Kolesterol                       6,4      ↑        mmol/L          < 5,0
    Trigliceridi                     1,6               mmol/L          < 1,7
    HDL-kolesterol                   1,28              mmol/L          > 1,0
    LDL-kolesterol                   4,39     ↑        mmol/L          < 3,0
    non-HDL kolesterol               5,12     ↑        mmol/L          < 3,8
    Apolipoprotein B                 1,31     ↑        g/L             < 1,00
    Lipoprotein (a)                  96       ↑        nmol/L          < 75
    Komentar: Ciljne vrijednosti ovise o procijenjenom kardiovaskularnom riziku (ESC/EAS 2019).
''', [
    R('total-cholesterol', '6.4', 'mmol/L', '..<5.0', 'high'),
    R('triglycerides', '1.6', 'mmol/L', '..<1.7'),
    R('hdl-cholesterol', '1.28', 'mmol/L', '>1.0..'),
    R('ldl-cholesterol', '4.39', 'mmol/L', '..<3.0', 'high'),
    R('non-hdl-cholesterol', '5.12', 'mmol/L', '..<3.8', 'high'),
    R('apolipoprotein-b', '1.31', 'g/L', '..<1.00', 'high'),
    R('lipoprotein-a', '96', 'nmol/L', '..<75', 'high'),
], "range=the 'Ref. interval' column ('< b' and '> a' strict) with decimal commas and ↑ flags, and the Komentar is not a row.")

# H065 (no result)
case('CL', 'es', 'physician laboratory order form', '''
    ORDEN DE EXÁMENES DE LABORATORIO
    Clínica Santa María - Santiago
    Paciente: Pedro Ignacio Muñoz Vera        RUT: 12.xxx.xxx-K        Edad: 51 años
    Médico solicitante: Dra. Francisca Reyes        Fecha: 25/02/2025
    Exámenes solicitados:
      [x] Perfil lipídico
      [x] Perfil bioquímico
      [x] Hemoglobina glicosilada (HbA1c)
      [x] TSH y T4 libre
      [x] Vitamina D (25-OH)
      [x] Antígeno prostático específico (APE)
    Diagnóstico: Control preventivo (Z00.0)
    Indicaciones: ayuno de 8 a 12 horas.
''', [], "range=none; an order form listing requested tests and fasting hours, with no result.")

# H066
case('RS', 'sr', 'Serbian iron panel, arrow flag printed before the value, UIBC not in catalog', '''
    BEO-LAB laboratorije        Beograd
    Pacijent: Jovanović Milica        God. rođenja: 1985        Pol: Ž
    Datum uzorkovanja: 19.02.2025
    Analiza                         Rezultat          Jedinica        Referentne vrednosti
    Gvožđe (Fe)                     ↓ 7,3             µmol/L          9,0 - 30,4
    TIBC                            74,8              µmol/L          45,0 - 77,0
    UIBC                            67,5              µmol/L          24,2 - 70,1
    Feritin                         ↓ 6,2             µg/L            13 - 150
    Vitamin B12                     214               pmol/L          145 - 569
    Folna kiselina                  ↓ 8,1             nmol/L          > 10,4
''', [
    R('iron', '7.3', 'µmol/L', '9.0..30.4', 'low'),
    R('total-iron-binding-capacity', '74.8', 'µmol/L', '45.0..77.0'),
    R('?UIBC', '67.5', 'µmol/L', '24.2..70.1'),
    R('ferritin', '6.2', 'µg/L', '13..150', 'low'),
    R('vitamin-b12', '214', 'pmol/L', '145..569'),
    R('folate', '8.1', 'nmol/L', '>10.4..', 'low'),
], "range=the 'Referentne vrednosti' column ('> 10,4' strict lower) with ↓ printed before the value as the low flag; iron/TIBC µmol/L and folate nmol/L convert with iron's and folate's molar masses, and UIBC has no catalog key.")

# H067
case('BG', 'bg', 'Bulgarian Cyrillic report with Latin units and arrow flags', '''
    СМДЛ „Цибалаб“ ЕООД        гр. София
    Пациент: Георги Иванов Петров        Възраст: 58 г.        Пол: мъж
    Дата на вземане: 20.02.2025 08:10
    Изследване                       Резултат        Мерна единица      Референтни стойности
    Глюкоза                          5,9             mmol/l             3,9 - 6,1
    HbA1c                            6,1      ↑      %                  4,0 - 6,0
    Креатинин                        103             µmol/l             62 - 106
    Пикочна киселина                 486      ↑      µmol/l             202 - 416
    ПСА общ                          3,62            ng/ml              0,00 - 4,00
    Тестостерон                      11,2            nmol/l             8,64 - 29,0
    Кортизол                         468             nmol/l             185 - 624
    Витамин D (25-OH)                52,4     ↓      nmol/l             75 - 250
''', [
    R('glucose', '5.9', 'mmol/l', '3.9..6.1'),
    R('hemoglobin-a1c', '6.1', '%', '4.0..6.0', 'high'),
    R('creatinine', '103', 'µmol/l', '62..106'),
    R('uric-acid', '486', 'µmol/l', '202..416', 'high'),
    R('prostate-specific-antigen', '3.62', 'ng/ml', '0.00..4.00'),
    R('testosterone', '11.2', 'nmol/l', '8.64..29.0'),
    R('cortisol', '468', 'nmol/l', '185..624'),
    R('vitamin-d', '52.4', 'nmol/l', '75..250', 'low'),
], "range=the 'Референтни стойности' column with decimal commas and ↑/↓ after the value, with SI values converted by each key's molar mass.")

# H068
case('LT', 'lt', 'Lithuanian chemistry, "< b" upper bounds, ↑ flags', '''
    SYNLAB Lietuva        Vilnius
    Pacientas: Jonas Kazlauskas        Gimimo data: 1971-08-14        Lytis: V
    Ėminio paėmimo data: 2025-02-21 08:25
    Tyrimas                          Rezultatas       Matavimo vnt.       Norma
    Kreatininas                      89               µmol/l              64 - 104
    eGFR (CKD-EPI)                   86               ml/min/1,73m²       > 60
    Šlapimo rūgštis                  356              µmol/l              202 - 417
    ALT                              52      ↑        U/l                 < 41
    AST                              38               U/l                 < 40
    GGT                              71      ↑        U/l                 < 60
    Kreatinkinazė (CK)               286     ↑        U/l                 < 190
    Magnis                           0,81             mmol/l              0,66 - 1,07
''', [
    R('creatinine', '89', 'µmol/l', '64..104'),
    R('egfr', '86', 'ml/min/1,73m²', '>60..'),
    R('uric-acid', '356', 'µmol/l', '202..417'),
    R('alanine-aminotransferase', '52', 'U/l', '..<41', 'high'),
    R('aspartate-aminotransferase', '38', 'U/l', '..<40'),
    R('gamma-glutamyl-transferase', '71', 'U/l', '..<60', 'high'),
    R('creatine-kinase', '286', 'U/l', '..<190', 'high'),
    R('magnesium', '0.81', 'mmol/l', '0.66..1.07'),
], "range=the Norma column ('< b' strict upper, '> 60' strict lower) with ↑ after the value as the high flag.")

# H069
case('EE', 'et', 'semicolon CSV export from a patient portal, header line, flag column, date column', '''
    Analüüs;Tulemus;Ühik;Referentsväärtus;Märkus;Kuupäev
    Kolesterool;5,9;mmol/L;<5,0;H;24.02.2025
    HDL-kolesterool;1,6;mmol/L;>1,2;;24.02.2025
    LDL-kolesterool;3,8;mmol/L;<3,0;H;24.02.2025
    Triglütseriidid;1,1;mmol/L;<1,7;;24.02.2025
    Glükoos (paastu);5,4;mmol/L;4,1-6,0;;24.02.2025
    Glükohemoglobiin (HbA1c);5,5;%;4,0-6,0;;24.02.2025
    TSH;2,08;mIU/L;0,27-4,2;;24.02.2025
    25-OH D-vitamiin;64;nmol/L;75-250;L;24.02.2025
''', [
    R('total-cholesterol', '5.9', 'mmol/L', '..<5.0', 'high'),
    R('hdl-cholesterol', '1.6', 'mmol/L', '>1.2..'),
    R('ldl-cholesterol', '3.8', 'mmol/L', '..<3.0', 'high'),
    R('triglycerides', '1.1', 'mmol/L', '..<1.7'),
    R('glucose', '5.4', 'mmol/L', '4.1..6.0'),
    R('hemoglobin-a1c', '5.5', '%', '4.0..6.0'),
    R('thyroid-stimulating-hormone', '2.08', 'mIU/L', '0.27..4.2'),
    R('vitamin-d', '64', 'nmol/L', '75..250', 'low'),
], "range=the Referentsväärtus field ('<x'/'>x' strict, 'a-b' closed) with the Märkus field as the flag; the header line and the date field are not rows.")

# H070
case('US', 'en', 'Epic cumulative results review, three date columns, newest on the left', '''
    Riverside Health - Results Review (Cumulative)
    Patient: OKAFOR, DANIEL        MRN: E2281934        DOB: 06/19/1970        Sex: M
    Component                  02/14/25        11/08/24        05/20/24        Ref Range & Units
                               0712            0748            0805
    PSA, Total                 2.91            2.46            2.12            0.00 - 4.00 ng/mL
    Testosterone, Total        688             402             311             264 - 916 ng/dL
    Estradiol                  41 (H)          29              22              8 - 35 pg/mL
    Hemoglobin                 18.1 (H)        16.7            15.1            13.2 - 17.1 g/dL
    Hematocrit                 53.8 (H)        49.6            45.2            38.5 - 50.0 %
    Legend: (H) High, (L) Low. Most recent results appear in the leftmost column.
''', [
    R('prostate-specific-antigen', '2.91', 'ng/mL', '0.00..4.00'),
    R('testosterone', '688', 'ng/dL', '264..916'),
    R('estradiol', '41', 'pg/mL', '8..35', 'high'),
    R('hemoglobin', '18.1', 'g/dL', '13.2..17.1', 'high'),
    R('hematocrit', '53.8', '%', '38.5..50.0', 'high'),
], "range=the 'Ref Range & Units' column with the unit after the range; only the newest column (02/14/25, leftmost as the legend says) is keyed, and the 11/08/24 and 05/20/24 columns are history.")

# H071 (no result)
case('SG', 'en', 'specimen collection acknowledgement', '''
    PARKWAY LABORATORIES SERVICES LTD        Singapore
    SPECIMEN COLLECTION ACKNOWLEDGEMENT
    Patient: ONG KAH HOCK        NRIC: SXXXX991D        Collected: 26/02/2025 08:15
    Specimens: 2 x SST (gold), 1 x EDTA (lavender), 1 x Fluoride (grey)
    Tests ordered: Full Blood Count; Lipid Panel; HbA1c; Fasting Glucose; Testosterone; Vitamin D
    Expected turnaround: 1 working day (Vitamin D: 3 working days)
    This is not a laboratory report.
''', [], "range=none; a collection receipt listing tubes, ordered tests and turnaround days, with no result.")

# H072
case('US', 'en', 'MyChart test details, value and unit in one cell, range with unit, word flag column', '''
    MyChart - Test Details
    Endocrine panel - Final result
    Collected on Feb 18, 2025 7:52 AM        Resulted on Feb 20, 2025 3:14 PM
    Component                      Your Value         Standard Range            Flag
    IGF-1                          246 ng/mL          54 - 212 ng/mL            High
    Cortisol, AM                   17.8 ug/dL         6.2 - 19.4 ug/dL
    DHEA Sulfate                   412 ug/dL          71 - 375 ug/dL            High
    Insulin                        6.1 uIU/mL         2.6 - 24.9 uIU/mL
    C-Peptide                      1.9 ng/mL          1.1 - 4.4 ng/mL
    Homocysteine                   10.4 umol/L        <=15.0 umol/L
    Performed by: MAIN CAMPUS LABORATORY
    Your provider has reviewed these results. Message your care team with any questions.
''', [
    R('somatomedin-c', '246', 'ng/mL', '54..212', 'high'),
    R('cortisol', '17.8', 'ug/dL', '6.2..19.4'),
    R('dhea-sulfate', '412', 'ug/dL', '71..375', 'high'),
    R('insulin', '6.1', 'uIU/mL', '2.6..24.9'),
    R('c-peptide', '1.9', 'ng/mL', '1.1..4.4'),
    R('homocysteine', '10.4', 'umol/L', '..15.0'),
], "range=the 'Standard Range' column with its unit ('<=15.0' inclusive) and the word flag High in the Flag column, and the performing-lab and review lines are not rows.")

# H073
case('HK', 'en', 'Hong Kong hormone report with * and ** footnote markers on test names', '''
    PATHLAB MEDICAL LABORATORIES (HONG KONG)        Kowloon
    Name: LEUNG KA WAI        Sex/Age: M / 44Y        Lab No: PL25-0302117
    Collected: 03/03/2025 08:20        Reported: 04/03/2025 17:45
    Test                                   Result        Units        Reference Interval
    Testosterone, Total *                  9.8           nmol/L       8.6 - 29.0
    SHBG                                   58.2    H     nmol/L       18.3 - 54.1
    Free Testosterone (calculated) **      0.153   L     nmol/L       0.198 - 0.619
    Estradiol                              84            pmol/L       41.4 - 159
    LH                                     6.2           IU/L         1.7 - 8.6
    FSH                                    8.9           IU/L         1.5 - 12.4
    *  Test performed by referral laboratory.
    ** Calculated by the Vermeulen equation using albumin 45 g/L.
''', [
    R('testosterone', '9.8', 'nmol/L', '8.6..29.0'),
    R('shbg', '58.2', 'nmol/L', '18.3..54.1', 'high'),
    R('testosterone-free', '0.153', 'nmol/L', '0.198..0.619', 'low'),
    R('estradiol', '84', 'pmol/L', '41.4..159'),
    R('luteinizing-hormone', '6.2', 'IU/L', '1.7..8.6'),
    R('follicle-stimulating-hormone', '8.9', 'IU/L', '1.5..12.4'),
], "range=the Reference Interval column with H/L between result and unit; the * and ** after test names point to footnotes (not flags), and the footnote lines, including 'albumin 45 g/L', are not rows.")

# H074
case('PK', 'en', 'Aga Khan hospital anaemia work-up, censored > values, comment', '''
    The Aga Khan University Hospital, Karachi - Clinical Laboratories
    Name: Mrs Sana Farooq        MR#: 462-88-19        Age: 34 Y        Sex: F
    Collected: 24-Feb-2025 08:10        Verified: 24-Feb-2025 15:47
    Test                            Result          Unit         Reference Range
    Haemoglobin                     10.4     L      g/dL         11.5 - 15.5
    Ferritin                        4.8      L      ng/mL        6.2 - 137
    Serum Iron                      31       L      ug/dL        50 - 170
    TIBC                            452      H      ug/dL        250 - 450
    Transferrin Saturation          7        L      %            15 - 50
    Vitamin B12                     > 2000   H      pg/mL        187 - 883
    Folate                          > 20.0          ng/mL        > 5.38
    Comment: Raised B12 may reflect recent supplementation or injection.
''', [
    R('hemoglobin', '10.4', 'g/dL', '11.5..15.5', 'low'),
    R('ferritin', '4.8', 'ng/mL', '6.2..137', 'low'),
    R('iron', '31', 'ug/dL', '50..170', 'low'),
    R('total-iron-binding-capacity', '452', 'ug/dL', '250..450', 'high'),
    R('transferrin-saturation', '7', '%', '15..50', 'low'),
    R('vitamin-b12', '2000', 'pg/mL', '187..883', 'high', vt='>2000'),
    R('folate', '20.0', 'ng/mL', '>5.38..', vt='>20.0'),
], "range=the Reference Range column with H/L flags; the censored '> 2000' is keyed '>2000' (high, above 883) and '> 20.0' lies wholly above the strict lower bound 5.38 (normal), and the comment is not a row.")

# H075
case('UK', 'en', 'NHS Scotland FBC with x10*9/l and l/l units, flag after the bracketed range, film comment', '''
    NHS Greater Glasgow and Clyde - Laboratory Medicine        Queen Elizabeth University Hospital
    Name: MACLEOD, Fiona        DOB: 21/03/1969        Sex: F        CHI: 2103xxxxxx
    Specimen: 25:QE0047211        Collected: 25/02/2025 10:05        Source: GP Practice 43121
    HAEMATOLOGY - Full Blood Count
      Haemoglobin            118 g/L            (115-165)
      White Cell Count       3.6 x10*9/l        (4.0-11.0)       L
      Platelets              141 x10*9/l        (150-410)        L
      Haematocrit            0.362 l/l          (0.370-0.470)    L
      MCV                    101 fl             (80-100)         H
      Neutrophils            1.7 x10*9/l        (2.0-7.5)        L
      Lymphocytes            1.4 x10*9/l        (1.0-4.0)
      Monocytes              0.4 x10*9/l        (0.2-0.8)
      Eosinophils            0.08 x10*9/l       (0.0-0.4)
      Basophils              0.02 x10*9/l       (0.0-0.1)
      Comment: Macrocytosis with mild pancytopenia. Suggest B12, folate, TFTs, LFTs
      and alcohol history. Film reviewed.
    BIOCHEMISTRY
      Serum B12              142 ng/L           (180-900)        L
      Serum Folate           2.1 ug/L           (3.0-20.0)       L
''', [
    R('hemoglobin', '118', 'g/L', '115..165'),
    R('white-blood-cell-count', '3.6', 'x10*9/l', '4.0..11.0', 'low'),
    R('platelet-count', '141', 'x10*9/l', '150..410', 'low'),
    R('hematocrit', '0.362', 'l/l', '0.370..0.470', 'low'),
    R('mean-corpuscular-volume', '101', 'fl', '80..100', 'high'),
    R('neutrophils-absolute', '1.7', 'x10*9/l', '2.0..7.5', 'low'),
    R('lymphocytes-absolute', '1.4', 'x10*9/l', '1.0..4.0'),
    R('monocytes-absolute', '0.4', 'x10*9/l', '0.2..0.8'),
    R('eosinophils-absolute', '0.08', 'x10*9/l', '0.0..0.4'),
    R('basophils-absolute', '0.02', 'x10*9/l', '0.0..0.1'),
    R('vitamin-b12', '142', 'ng/L', '180..900', 'low'),
    R('folate', '2.1', 'ug/L', '3.0..20.0', 'low'),
], "range=the bracketed (a-b) after value and unit with the flag in the last column; the differential is absolute counts only (-absolute keys), haematocrit l/l normalizes x100 to %, and the film comment is not a row.")

# H076
case('MY', 'en', 'Lablink report with the FLAG column printed before the result', '''
    LABLINK (M) SDN BHD        Kuala Lumpur
    Patient: LIM CHEE KEONG        Age/Sex: 55/M        Lab No: 2502261104
    Collection Date: 26/02/2025 08:30        Report Date: 26/02/2025 18:10
    TEST                          FLAG      RESULT       UNITS         REF. RANGE
    Uric Acid                     H         498          umol/L        200 - 420
    Fasting Insulin                         11.8         uIU/mL        2.6 - 24.9
    C-Peptide                               0.82         nmol/L        0.37 - 1.47
    PSA (Total)                             1.64         ng/mL         0.00 - 4.00
    Homocysteine                  H         16.9         umol/L        5.0 - 15.0
    hs-CRP                                  1.2          mg/L          0.0 - 5.0
    Magnesium                               0.86         mmol/L        0.66 - 1.07
''', [
    R('uric-acid', '498', 'umol/L', '200..420', 'high'),
    R('insulin', '11.8', 'uIU/mL', '2.6..24.9'),
    R('c-peptide', '0.82', 'nmol/L', '0.37..1.47'),
    R('prostate-specific-antigen', '1.64', 'ng/mL', '0.00..4.00'),
    R('homocysteine', '16.9', 'umol/L', '5.0..15.0', 'high'),
    R('hs-crp', '1.2', 'mg/L', '0.0..5.0'),
    R('magnesium', '0.86', 'mmol/L', '0.66..1.07'),
], "range=the REF. RANGE column with the flag printed in its own column before the result; C-peptide in nmol/L is not normalized because the catalog gives it no molar mass.")

# H077
case('SG', 'en', 'NUH cumulative chemistry, two date columns with the newest on the right, "a to b" ranges', '''
    NATIONAL UNIVERSITY HOSPITAL - Department of Laboratory Medicine        Singapore
    Patient: LEE MEI LING        MRN: NUH-5528193        Sex: F        Age: 52
    CUMULATIVE REPORT - CHEMISTRY
    Test                   12/08/2024        27/02/2025        Units               Reference Range
    Sodium                 140               139               mmol/L              135 to 145
    Creatinine             68                74                umol/L              45 to 90
    eGFR                   >90               84                mL/min/1.73m2       >60
    ALT                    22                48 H              U/L                 10 to 36
    GGT                    31                64 H              U/L                 7 to 32
    Ferritin               48                52                ug/L                15 to 150
    Vitamin B12            388               406               pmol/L              145 to 637
''', [
    R('sodium', '139', 'mmol/L', '135..145'),
    R('creatinine', '74', 'umol/L', '45..90'),
    R('egfr', '84', 'mL/min/1.73m2', '>60..'),
    R('alanine-aminotransferase', '48', 'U/L', '10..36', 'high'),
    R('gamma-glutamyl-transferase', '64', 'U/L', '7..32', 'high'),
    R('ferritin', '52', 'ug/L', '15..150'),
    R('vitamin-b12', '406', 'pmol/L', '145..637'),
], "range=the 'a to b' Reference Range column ('>60' strict lower); only the newer 27/02/2025 column is keyed, and the 12/08/2024 column with its '>90' eGFR is history.")

# H078
case('DE', 'de', 'Bioscientia kleines Blutbild in /µl with dot thousands separators, word flag niedrig, censored CRP', '''
    Bioscientia Institut für Medizinische Diagnostik GmbH        Ingelheim
    Patientin: Wagner, Sabine        geb. 19.09.1972        weiblich        Auftrag: 25-021-4471928
    Abnahme: 21.02.2025 07:55        Befund: 21.02.2025 15:02        Endbefund
    Untersuchung             Ergebnis        Einheit        Referenzbereich
    Kleines Blutbild
    Leukozyten               6.540           /µl            4.000 - 10.000
    Erythrozyten             4,61            Mio/µl         4,10 - 5,10
    Hämoglobin               12,1            g/dl           12,0 - 15,4
    Hämatokrit               36,9            %              35,0 - 47,0
    MCV                      80              fl             81 - 100              niedrig
    MCH                      26,2            pg             27,0 - 34,0           niedrig
    MCHC                     32,8            g/dl           32,0 - 36,0
    Thrombozyten             312.000         /µl            150.000 - 400.000
    Eisenstoffwechsel
    Ferritin                 11              ng/ml          13 - 150              niedrig
    Entzündung
    CRP                      < 0,6           mg/l           < 5,0
''', [
    R('white-blood-cell-count', '6540', '/µl', '4000..10000'),
    R('red-blood-cell-count', '4.61', 'Mio/µl', '4.10..5.10'),
    R('hemoglobin', '12.1', 'g/dl', '12.0..15.4'),
    R('hematocrit', '36.9', '%', '35.0..47.0'),
    R('mean-corpuscular-volume', '80', 'fl', '81..100', 'low'),
    R('mean-corpuscular-hemoglobin', '26.2', 'pg', '27.0..34.0', 'low'),
    R('mean-corpuscular-hemoglobin-concentration', '32.8', 'g/dl', '32.0..36.0'),
    R('platelet-count', '312000', '/µl', '150000..400000'),
    R('ferritin', '11', 'ng/ml', '13..150', 'low'),
    R('c-reactive-protein', '0.6', 'mg/l', '..<5.0', vt='<0.6'),
], "range=the Referenzbereich column, where dots are thousands separators (6.540 /µl = 6540 /µl = 6.54 x10^3/µL) and commas decimals, with the word flag niedrig = low, and '< 0,6' lies under '< 5,0'.")

# H079
case('ES', 'es', 'Echevarne renal panel with cystatin C and a urine albumin/creatinine block, H/L column', '''
    Laboratorio Echevarne        Barcelona
    Paciente: Jordi Puig Serra        Edad: 63        Sexo: V        Petición: 25030418821
    Fecha de extracción: 04/03/2025
    Prueba                                 Resultado       Flag      Unidades            Valores de referencia
    BIOQUÍMICA
    Creatinina                             1,34            H         mg/dL               0,70 - 1,20
    Filtrado glomerular (CKD-EPI)          59              L         mL/min/1,73 m²      > 60
    Cistatina C                            1,21            H         mg/L                0,61 - 0,95
    Urea                                   52              H         mg/dL               17 - 43
    Ácido úrico                            7,4             H         mg/dL               3,5 - 7,2
    ORINA
    Albúmina (orina)                       46,5                      mg/L
    Creatinina (orina)                     88,0                      mg/dL
    Cociente albúmina/creatinina           52,8            H         mg/g                < 30
      Comentario: cociente 30-300 mg/g = albuminuria moderadamente aumentada (KDIGO A2).
''', [
    R('creatinine', '1.34', 'mg/dL', '0.70..1.20', 'high'),
    R('egfr', '59', 'mL/min/1,73 m²', '>60..', 'low'),
    R('cystatin-c', '1.21', 'mg/L', '0.61..0.95', 'high'),
    R('urea', '52', 'mg/dL', '17..43', 'high'),
    R('uric-acid', '7.4', 'mg/dL', '3.5..7.2', 'high'),
    R('?Albúmina (orina)', '46.5', 'mg/L', ''),
    R('?Creatinina (orina)', '88.0', 'mg/dL', ''),
    R('microalbumin-creatinine-ratio', '52.8', 'mg/g', '..<30', 'high'),
], "range=the 'Valores de referencia' column ('> 60' strict lower, '< 30' strict upper) with the Flag column; urine albumin and urine creatinine have no catalog key and no range, and the KDIGO comment is not a row.")

# H080
case('AT', 'de', 'Austrian glucose/insulin panel with "a bis b" and "bis b" ranges, HOMA index, Kommentar', '''
    ANALYSE BIOLAB GmbH        Linz
    Patientin: Huber, Elisabeth        geb. 03.06.1966        w        Zuweiser: Dr. Auer
    Abnahme: 26.02.2025 08:10        Befund: 26.02.2025 17:30
    Parameter                     Ergebnis         Einheit        Normbereich
    Glukose (nüchtern)            104       H      mg/dl          70 bis 99
    Insulin (nüchtern)            14,6             µIU/ml         2,6 bis 24,9
    C-Peptid                      2,4              ng/ml          1,1 bis 4,4
    HOMA-Index                    3,75      H                     bis 2,5
    Homocystein                   11,2             µmol/l         bis 12,0
    hs-CRP                        0,9              mg/l           bis 3,0
    Folsäure                      6,8              ng/ml          4,6 bis 18,7
    Kommentar: Ein HOMA-Index über 2,5 spricht für eine Insulinresistenz.
''', [
    R('glucose', '104', 'mg/dl', '70..99', 'high'),
    R('insulin', '14.6', 'µIU/ml', '2.6..24.9'),
    R('c-peptide', '2.4', 'ng/ml', '1.1..4.4'),
    R('homa-ir', '3.75', None, '..2.5', 'high'),
    R('homocysteine', '11.2', 'µmol/l', '..12.0'),
    R('hs-crp', '0.9', 'mg/l', '..3.0'),
    R('folate', '6.8', 'ng/ml', '4.6..18.7'),
], "range=the Normbereich column where 'a bis b' is closed and 'bis b' an inclusive upper bound, with H after the value; the HOMA-Index has no unit so no normalized value, and the Kommentar is not a row.")


# ================================================================= write
def main():
    out = []
    stats = dict(rows=0, nores=0)
    review = []
    for i, c in enumerate(CASES, 1):
        cid = 'H%03d' % i
        line = '\\n'.join(c['lines'])
        if c['rows']:
            keyed = []
            for r in c['rows']:
                s, nvs = key_row(cid, r)
                keyed.append(s)
                review.append('%s  %-42s %-10s %-14s -> %s' % (cid, r['key'], r['val'], r['unit'], nvs))
            expected = ' ;; '.join(keyed)
            stats['rows'] += len(keyed)
        else:
            expected = '-'
            stats['nores'] += 1
        why = c['why']
        if not why.startswith('range='):
            raise SystemExit(cid + ': why must start with range=')
        for fld in (line, expected, why):
            if '\t' in fld or '\n' in fld:
                raise SystemExit(cid + ': tab/newline in field')
        out.append((cid, line, expected, why))
    with open(os.path.join(HERE, 'keyed.tsv'), 'w', encoding='utf-8', newline='') as f:
        f.write('id\tline\texpected\twhy\n')
        for row in out:
            f.write('\t'.join(row) + '\n')
    if '-v' in sys.argv:
        print('\n'.join(review))
    print('snippets %d  result snippets %d  no-result %d  rows %d' % (
        len(out), len(out) - stats['nores'], stats['nores'], stats['rows']))


if __name__ == '__main__':
    main()
