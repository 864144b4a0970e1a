#!/usr/bin/env python3
"""Blind test set for a lab-report text parser.

Holds the snippets and the keyed rows, does the unit arithmetic (catalog
ucumUnit + molarMass), computes/validates flags, and writes cases.tsv.

Row DSL  r(key, value, unit, rng, flag=None, vt='')
  key   : catalog key or '?Name as printed'
  value : number (for censored values: the bound), None for qualitative
  unit  : canonical printed unit used for conversion ('' = none printed)
  rng   : ''            no range printed
          'a..b'        a-b inclusive
          '<b' '<=b'    upper bound only   -> '..b'
          '>a' '>=a'    lower bound only   -> 'a..'
          'text'        range printed without numeric bounds
          'text:WORD'   qualitative expected answer (WORD)
  flag  : printed flag meaning (None = not printed -> computed)
  vt    : valueText ('' plain number; '<0.5', '>90', 'Negative' ...)
"""
import csv, os, re, sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CAT = {}
with open(os.path.join(HERE, 'catalog-keys.tsv'), encoding='utf-8') as f:
    rd = csv.reader(f, delimiter='\t')
    next(rd)
    for row in rd:
        CAT[row[0]] = dict(ucum=row[1], rtype=row[2], mm=float(row[3]) if row[3] else None)

# ---------------------------------------------------------------- units
MASS = {'g/L': 1, 'g/dL': 10, 'mg/dL': 1e-2, 'mg/L': 1e-3, 'ug/L': 1e-6, 'ug/dL': 1e-5,
        'ng/mL': 1e-6, 'ng/dL': 1e-8, 'pg/mL': 1e-9, 'ng/L': 1e-9, 'ug/mL': 1e-3}
MOLAR = {'mmol/L': 1e-3, 'umol/L': 1e-6, 'nmol/L': 1e-9, 'pmol/L': 1e-12}
COUNT = {'10^9/L': 1e9, '10^12/L': 1e12, '/uL': 1e6, 'lakh/uL': 1e11,
         '10*3/uL': 1e9, '10*6/uL': 1e12}
IU = {'IU/L': 1, 'mIU/L': 1e-3, 'mIU/mL': 1, 'uIU/mL': 1e-3, 'IU/mL': 1e3,
      'm[IU]/mL': 1, 'm[IU]/L': 1e-3, 'u[IU]/mL': 1e-3, '[IU]/mL': 1e3}
ENZ = {'U/L': 1, 'ukat/L': 60}
FRAC = {'%': 1e-2, 'L/L': 1}
SAME = [{'fL'}, {'pg'}, {'mL/min/1.73m2', 'mL/min/{1.73_m2}'}, {'mg/g'}, {'mm/h'}, {'U/mL'}]
DIMS = [('mass', MASS), ('molar', MOLAR), ('count', COUNT), ('iu', IU), ('enz', ENZ), ('frac', FRAC)]


def dim(u):
    for name, t in DIMS:
        if u in t:
            return name, t[u]
    for i, s in enumerate(SAME):
        if u in s:
            return 'same%d' % i, 1.0
    return None, None


def sig3(x):
    d = Decimal(repr(float(x)))
    if d == 0:
        return '0'
    q = Decimal(1).scaleb(d.adjusted() - 2)
    s = format(d.quantize(q, rounding=ROUND_HALF_UP), 'f')
    if '.' in s:
        s = s.rstrip('0').rstrip('.')
    return s


def convert(key, unit, val):
    """returns (normalizedValue str, factor) or (None, None)"""
    if key.startswith('?') or not unit or val is None:
        return None, None
    tgt = CAT[key]['ucum']
    mm = CAT[key]['mm']
    if not tgt or tgt.startswith('{'):
        return None, None
    ds, fs = dim(unit)
    dt, ft = dim(tgt)
    if ds is None or dt is None:
        raise ValueError('unknown unit %r / %r for %s' % (unit, tgt, key))
    if ds == dt:
        fac = fs / ft
    elif ds == 'molar' and dt == 'mass' and mm:
        fac = fs * mm / ft
    elif ds == 'mass' and dt == 'molar' and mm:
        fac = fs / mm / ft
    else:
        return None, None
    return sig3(val * fac), fac


# ---------------------------------------------------------------- ranges/flags
def parse_rng(rng):
    """-> (out_string, lo, lo_incl, hi, hi_incl, qual)"""
    if rng == '':
        return '', None, None, None, None, None
    if rng.startswith('text'):
        return 'text', None, None, None, None, (rng[5:] if ':' in rng else None)
    m = re.fullmatch(r'(<=|<|>=|>)(-?[\d.]+)', rng)
    if m:
        op, n = m.groups()
        if op[0] == '<':
            return '..' + n, None, None, float(n), op == '<=', None
        return n + '..', float(n), op == '>=', None, None, None
    m = re.fullmatch(r'(-?[\d.]+)\.\.(-?[\d.]+)', rng)
    if m:
        a, b = m.groups()
        return a + '..' + b, float(a), True, float(b), True, None
    raise ValueError(rng)


def position(v, vt, lo, li, hi, hi_i):
    """'below','within','above' for numeric/censored value; raises if ambiguous"""
    below = lambda x: lo is not None and (x < lo or (x == lo and not li))
    above = lambda x: hi is not None and (x > hi or (x == hi and not hi_i))
    if vt.startswith('<'):
        # value is < v (or <= v)
        if lo is not None and v <= lo:
            return 'below'
        if (hi is None or v <= hi) and (lo is None or lo <= 0):
            return 'within'
        raise ValueError('ambiguous censored %s' % vt)
    if vt.startswith('>'):
        if hi is not None and v >= hi:
            return 'above'
        if hi is None and lo is not None and v >= lo:
            return 'within'
        raise ValueError('ambiguous censored %s' % vt)
    if below(v):
        return 'below'
    if above(v):
        return 'above'
    return 'within'


def norm_q(s):
    return re.sub(r'[\s\-]', '', s.lower())


def compute_flag(r):
    out, lo, li, hi, hi_i, qual = parse_rng(r['rng'])
    numeric_range = lo is not None or hi is not None
    is_qual = r['val'] is None
    if is_qual:
        computed = None
        if qual is not None:
            computed = 'normal' if norm_q(r['vt']) == norm_q(qual) else 'abnormal'
    elif numeric_range:
        pos = position(r['val'], r['vt'], lo, li, hi, hi_i)
        computed = {'below': 'low', 'within': 'normal', 'above': 'high'}[pos]
    else:
        computed = None
    pf = r['flag']
    if pf is None:
        return computed, out, 'computed'
    # validate printed flag against range
    if computed is not None:
        ok = {'high': computed == 'high', 'critical-high': computed == 'high',
              'low': computed == 'low', 'critical-low': computed == 'low',
              'abnormal': computed in ('high', 'low', 'abnormal'),
              'normal': computed == 'normal'}[pf]
        if not ok:
            raise ValueError('printed flag %s disagrees with range for %s (%s)' % (pf, r['key'], computed))
    return pf, out, 'printed'


# ---------------------------------------------------------------- data
def r(key, val, unit, rng='', flag=None, vt=''):
    return dict(key=key, val=val, unit=unit, rng=rng, flag=flag, vt=vt)


RES = []   # result snippets
NONE = []  # no-result snippets


def case(country, lang, layout, text, rows, note):
    RES.append(dict(country=country, lang=lang, layout=layout, text=text, rows=rows, note=note))


def nocase(country, lang, layout, text, note):
    NONE.append(dict(country=country, lang=lang, layout=layout, text=text, rows=[], note=note))


# ============================== UNITED STATES ==============================
case('US', 'en', 'fixed-width Quest In Range/Out Of Range columns', """\
Quest Diagnostics                                              Page 1 of 2
Patient Information: HALVORSEN, ERIK T     DOB: 03/14/1971     Sex: M
Collected: 02/06/2025 08:12     Received: 02/06/2025     Reported: 02/07/2025
Test Name                      In Range      Out Of Range     Reference Range        Lab
LIPID PANEL, STANDARD
  CHOLESTEROL, TOTAL           186                            <200 mg/dL             EN
  HDL CHOLESTEROL                            38 L             > OR = 40 mg/dL        EN
  TRIGLYCERIDES                              171 H            <150 mg/dL             EN
  LDL-CHOLESTEROL                            115 H            <100 mg/dL (calc)      EN
  CHOL/HDLC RATIO              4.9                            <5.0 (calc)            EN
  NON HDL CHOLESTEROL                        148 H            <130 mg/dL (calc)      EN
""", [
    r('total-cholesterol', 186, 'mg/dL', '<200'),
    r('hdl-cholesterol', 38, 'mg/dL', '>=40', 'low'),
    r('triglycerides', 171, 'mg/dL', '<150', 'high'),
    r('ldl-cholesterol', 115, 'mg/dL', '<100', 'high'),
    r('cholesterol-hdl-ratio', 4.9, '', '<5.0'),
    r('non-hdl-cholesterol', 148, 'mg/dL', '<130', 'high'),
], '"> OR = 40" is an inclusive lower bound; the ratio has no unit ("(calc)" is a method note) so it is not normalized; lab code EN and header lines are page furniture')

case('US', 'en', 'Labcorp current + previous result columns', """\
labcorp                                                        Patient Report
Patient: MARSH, DANIEL J      DOB: 06/02/1975      Sex: M      Patient ID: 88410273
Specimen ID: 041-552-1187-0     Date Collected: 01/21/2025     Date Reported: 01/23/2025
Test                               Current Result and Flag    Previous Result and Date    Units     Reference Interval
Testosterone 01                    412                        298       10/02/2024        ng/dL     264-916
  Adult male reference interval is based on a population of healthy nonobese males (BMI <30) between 19 and 39 years old.
Free Testosterone(Direct) 01       5.9        Low             5.1       10/02/2024        pg/mL     6.8-21.5
Estradiol 01                       48.3       High            36.1      10/02/2024        pg/mL     7.6-42.6
Sex Horm Binding Glob, Serum 01    31.5                       29.0      10/02/2024        nmol/L    16.5-55.9
Prostate Specific Ag, Serum 01     0.9                        0.8       10/02/2024        ng/mL     0.0-4.0
  Roche ECLIA methodology.
01  BN   Labcorp Burlington   1447 York Court, Burlington, NC 27215-3361   Dir: Sanjai Nagendra, MD
""", [
    r('testosterone', 412, 'ng/dL', '264..916'),
    r('testosterone-free', 5.9, 'pg/mL', '6.8..21.5', 'low'),
    r('estradiol', 48.3, 'pg/mL', '7.6..42.6', 'high'),
    r('shbg', 31.5, 'nmol/L', '16.5..55.9'),
    r('prostate-specific-antigen', 0.9, 'ng/mL', '0.0..4.0'),
], 'previous result/date columns are not rows, "01" is a performing-lab footnote marker, the BMI comment, method line and lab address are not rows')

case('US', 'en', 'MyChart print, value+unit in one cell, flag in parentheses', """\
Thyroid Panel with TSH - Final result (02/11/2025 7:45 AM CST)
Component                 Your Value            Standard Range
TSH                       3.87 uIU/mL           0.45 - 4.50 uIU/mL
Free T4                   0.79 ng/dL   (L)      0.82 - 1.77 ng/dL
Free T3                   2.6 pg/mL             2.0 - 4.4 pg/mL
Reverse T3                14.2 ng/dL            9.2 - 24.1 ng/dL
Specimen Collected: 02/11/2025 7:02 AM     Last Resulted: 02/11/2025 11:39 AM
Lab and Collection: NORTHWESTERN MEDICINE LAB
""", [
    r('thyroid-stimulating-hormone', 3.87, 'uIU/mL', '0.45..4.50'),
    r('free-t4', 0.79, 'ng/dL', '0.82..1.77', 'low'),
    r('free-t3', 2.6, 'pg/mL', '2.0..4.4'),
    r('reverse-t3', 14.2, 'ng/dL', '9.2..24.1'),
], 'uIU/mL equals mIU/L (factor 1); specimen/lab lines are furniture')

case('US', 'en', 'hospital LIS fixed-width, % and absolute differential on separate rows', """\
MERCY GENERAL HOSPITAL LABORATORY                          RUN DATE: 03/02/25
PATIENT: OKAFOR, CHIDI            MRN: 00482219          LOC: OP-ENDO
COLLECTED: 03/02/25 0731      RECEIVED: 03/02/25 0802
CBC W/ AUTO DIFF
TEST                RESULT    FLAG   UNITS        REF RANGE
WBC                 11.8      H      K/uL         4.0-11.0
RBC                 5.62             M/uL         4.50-5.90
HGB                 16.9             g/dL         13.5-17.5
HCT                 50.8             %            41.0-53.0
MCV                 90.4             fL           80.0-100.0
PLT                 138       L      K/uL         150-400
NEUT %              72.1             %            40.0-75.0
LYMPH %             18.0      L      %            20.0-45.0
NEUT #              8.51      H      K/uL         1.80-7.70
LYMPH #             2.12             K/uL         1.00-4.80
""", [
    r('white-blood-cell-count', 11.8, '10^9/L', '4.0..11.0', 'high'),
    r('red-blood-cell-count', 5.62, '10^12/L', '4.50..5.90'),
    r('hemoglobin', 16.9, 'g/dL', '13.5..17.5'),
    r('hematocrit', 50.8, '%', '41.0..53.0'),
    r('mean-corpuscular-volume', 90.4, 'fL', '80.0..100.0'),
    r('platelet-count', 138, '10^9/L', '150..400', 'low'),
    r('neutrophils', 72.1, '%', '40.0..75.0'),
    r('lymphocytes', 18.0, '%', '20.0..45.0', 'low'),
    r('neutrophils-absolute', 8.51, '10^9/L', '1.80..7.70', 'high'),
    r('lymphocytes-absolute', 2.12, '10^9/L', '1.00..4.80'),
], 'K/uL = 10*3/uL and M/uL = 10*6/uL (factor 1); header block is furniture')

case('US', 'en', 'Quest out-of-range column with interpretive tiers and Z score', """\
Test Name                          In Range     Out Of Range     Reference Range        Lab
VITAMIN D,25-OH,TOTAL,IA           38                            30-100 ng/mL           EZ
    Vitamin D Status           25-OH Vitamin D:
    Deficiency:                    <20 ng/mL
    Insufficiency:             20 - 29 ng/mL
    Optimal:                 > or = 30 ng/mL
TESTOSTERONE, TOTAL, MS                         1,042 H          250-827 ng/dL          EZ
TESTOSTERONE, FREE                              231.4 H          46.0-224.0 pg/mL       EZ
IGF 1, LC/MS                       212                           52-328 ng/mL           Z4P
   Z SCORE (MALE)                  0.9                           -2.0 - +2.0            Z4P
""", [
    r('vitamin-d', 38, 'ng/mL', '30..100'),
    r('testosterone', 1042, 'ng/dL', '250..827', 'high'),
    r('testosterone-free', 231.4, 'pg/mL', '46.0..224.0', 'high'),
    r('somatomedin-c', 212, 'ng/mL', '52..328'),
    r('?Z SCORE (MALE)', 0.9, '', '-2.0..2.0'),
], 'the Deficiency/Insufficiency/Optimal lines are interpretive tiers, not rows; 1,042 has a thousands comma and rounds to 1040 at 3 s.f.; the IGF-1 Z score is a printed result not in the catalog')

case('US', 'en', 'hospital BMP with critical flag and call-back comment', """\
UNIVERSITY HOSPITAL CLINICAL LABORATORY                    Page 1 of 1
BASIC METABOLIC PANEL                       Collected: 04/18/2025 06:40
Sodium              131     L      136-145      mmol/L
Potassium           6.3     HH     3.5-5.1      mmol/L
   CRITICAL RESULT called to and read back by J. ORTIZ RN 04/18/2025 07:22
   Specimen not hemolyzed.
Chloride            99             98-107       mmol/L
CO2                 21      L      22-29        mmol/L
BUN                 38      H      6-20         mg/dL
Creatinine          2.14    H      0.67-1.17    mg/dL
eGFR                35      L      >=60         mL/min/1.73m2
Glucose             88             70-99        mg/dL
Calcium             9.4            8.6-10.3     mg/dL
Anion Gap           11             7-16         mmol/L
""", [
    r('sodium', 131, 'mmol/L', '136..145', 'low'),
    r('potassium', 6.3, 'mmol/L', '3.5..5.1', 'critical-high'),
    r('chloride', 99, 'mmol/L', '98..107'),
    r('carbon-dioxide', 21, 'mmol/L', '22..29', 'low'),
    r('blood-urea-nitrogen', 38, 'mg/dL', '6..20', 'high'),
    r('creatinine', 2.14, 'mg/dL', '0.67..1.17', 'high'),
    r('egfr', 35, 'mL/min/1.73m2', '>=60', 'low'),
    r('glucose', 88, 'mg/dL', '70..99'),
    r('calcium', 9.4, 'mg/dL', '8.6..10.3'),
    r('anion-gap', 11, 'mmol/L', '7..16'),
], 'HH = critical high; the call-back and hemolysis lines are comments, not rows')

case('US', 'en', 'HbA1c with interpretive tiers and eAG without range', """\
HEMOGLOBIN A1C                 5.9     H    %        4.8-5.6
   Prediabetes: 5.7 - 6.4
   Diabetes: >6.4
   Glycemic control for adults with diabetes: <7.0
ESTIM. AVG GLU (eAG)           123          mg/dL
""", [
    r('hemoglobin-a1c', 5.9, '%', '4.8..5.6', 'high'),
    r('estimated-average-glucose', 123, 'mg/dL', ''),
], 'the Prediabetes/Diabetes/Glycemic control lines are interpretive tiers, not rows; eAG has no range and no flag so its flag is null')

case('US', 'en', 'Labcorp cardio-metabolic with notes and risk table', """\
Apolipoprotein B                      112      High      mg/dL      <90
Lipoprotein (a)                       187.3    High      nmol/L     <75.0
   Note:  Values greater than or equal to 75.0 nmol/L may indicate an
   independent risk factor for CHD, but must be evaluated with caution
   when applied to non-Caucasian populations.
Homocyst(e)ine                        13.9               umol/L     0.0-14.5
C-Reactive Protein, Cardiac           2.41               mg/L       0.00-3.00
                         Relative Risk for Future Cardiovascular Event
                                     Low                 <1.00
                                     Average       1.00 - 3.00
                                     High                >3.00
""", [
    r('apolipoprotein-b', 112, 'mg/dL', '<90', 'high'),
    r('lipoprotein-a', 187.3, 'nmol/L', '<75.0', 'high'),
    r('homocysteine', 13.9, 'umol/L', '0.0..14.5'),
    r('hs-crp', 2.41, 'mg/L', '0.00..3.00'),
], 'C-Reactive Protein, Cardiac is hs-CRP; the Note lines and the Low/Average/High relative-risk table are interpretive text, not rows (their "Low"/"High" are tier names, not flags)')

case('US', 'en', 'Quest iron panel, range with unit and (calc)', """\
IRON, TIBC AND FERRITIN PANEL
  IRON, TOTAL                   58                 50-180 mcg/dL
  IRON BINDING CAPACITY         412                250-425 mcg/dL (calc)
  % SATURATION                         14 L        20-48 % (calc)
  FERRITIN                             22 L        38-380 ng/mL
""", [
    r('iron', 58, 'ug/dL', '50..180'),
    r('total-iron-binding-capacity', 412, 'ug/dL', '250..425'),
    r('transferrin-saturation', 14, '%', '20..48', 'low'),
    r('ferritin', 22, 'ng/mL', '38..380', 'low'),
], 'mcg/dL = ug/dL; % SATURATION in an iron panel is transferrin saturation')

case('US', 'en', 'Markdown table export', """\
| Test | Result | Flag | Units | Reference Range |
|---|---|---|---|---|
| Insulin | 14.2 |  | uIU/mL | 2.6-24.9 |
| DHEA-Sulfate | 412.0 |  | ug/dL | 138.5-475.2 |
| Cortisol - AM | 23.8 | H | ug/dL | 6.2-19.4 |
| Prolactin | 9.1 |  | ng/mL | 4.0-15.2 |
""", [
    r('insulin', 14.2, 'uIU/mL', '2.6..24.9'),
    r('dhea-sulfate', 412.0, 'ug/dL', '138.5..475.2'),
    r('cortisol', 23.8, 'ug/dL', '6.2..19.4', 'high'),
    r('prolactin', 9.1, 'ng/mL', '4.0..15.2'),
], 'header and separator rows of the table are not results')

case('US', 'en', 'inline Name: value unit (ref a-b) with flag after the range', """\
PSA, Total: 4.6 ng/mL (ref 0.0-4.0) H
PSA, Free: 0.92 ng/mL
% Free PSA: 20 % (ref >25)
Note: Free PSA is reported only when total PSA is between 4.0 and 10.0 ng/mL.
""", [
    r('prostate-specific-antigen', 4.6, 'ng/mL', '0.0..4.0', 'high'),
    r('prostate-specific-antigen-free', 0.92, 'ng/mL', ''),
    r('prostate-specific-antigen-free-percent', 20, '%', '>25'),
], 'free PSA has no range so its flag is null; % free PSA 20 is below the >25 bound so computed low; the Note line is not a row')

case('US', 'en', 'name on its own line, value/unit/ref on the next', """\
VITAMIN B12
      284 pg/mL          (232-1245)
FOLATE, SERUM
      >20.0 ng/mL        (>3.0)
METHYLMALONIC ACID
      412 H nmol/L       (0-378)
""", [
    r('vitamin-b12', 284, 'pg/mL', '232..1245'),
    r('folate', 20.0, 'ng/mL', '>3.0', vt='>20.0'),
    r('methylmalonic-acid', 412, 'nmol/L', '0..378', 'high'),
], 'folate >20.0 is censored above the >3.0 lower limit so normal and normalized on the bound 20')

case('US', 'en', 'Cerner print with unit wrapped onto the next line', """\
Component                            Value      Reference Range
Insulin-Like Growth Factor I         198        83 - 233
                                     ng/mL
Dehydroepiandrosterone Sulfate       245        71.6 - 375.4
                                     ug/dL
Cortisol, AM                         14.2       6.7 - 22.6
                                     ug/dL
Performed at: Mayo Clinic Laboratories, Rochester, MN
""", [
    r('somatomedin-c', 198, 'ng/mL', '83..233'),
    r('dhea-sulfate', 245, 'ug/dL', '71.6..375.4'),
    r('cortisol', 14.2, 'ug/dL', '6.7..22.6'),
], 'each unit sits on the line under its value; Insulin-Like Growth Factor I is IGF-1 = somatomedin-c; the Performed-at line is furniture')

case('US', 'en', 'Labcorp kidney panel with urine ACR and Not Estab. ranges', """\
Test                                     Result    Flag   Units             Ref Range
Creatinine, Serum                        1.02             mg/dL             0.76-1.27
eGFR                                     87               mL/min/1.73       >59
Cystatin C                               0.94             mg/L              0.62-1.15
Creatinine, Urine                        146.2            mg/dL             Not Estab.
Albumin, Urine                           38.9             ug/mL             Not Estab.
Albumin/Creatinine Ratio, Random Urine   27               mg/g creat        0-29
""", [
    r('creatinine', 1.02, 'mg/dL', '0.76..1.27'),
    r('egfr', 87, 'mL/min/1.73m2', '>59'),
    r('cystatin-c', 0.94, 'mg/L', '0.62..1.15'),
    r('?Creatinine, Urine', 146.2, 'mg/dL', 'text'),
    r('?Albumin, Urine', 38.9, 'ug/mL', 'text'),
    r('microalbumin-creatinine-ratio', 27, 'mg/g', '0..29'),
], 'urine creatinine and urine albumin concentrations have no catalog key (serum creatinine is a different analyte) and their range column reads Not Estab. = text, flag null; "mg/g creat" is mg/g')

# ============================== UNITED KINGDOM ==============================
case('UK', 'en', 'NHS FBC fixed-width, SI units, absolute-only differential', """\
ROYAL BERKSHIRE NHS FOUNDATION TRUST - PATHOLOGY
Patient: MR ALAN PRESTWICH     NHS No: 943 476 5919     DOB: 12-Jun-1966
Specimen: Blood     Collected: 14-Jan-2025 09:10     Lab No: B,25.1142367.Y
Full Blood Count
Haemoglobin               148      g/L          (130 - 170)
White cell count          5.4      10*9/L       (4.0 - 11.0)
Platelet count            212      10*9/L       (150 - 410)
Red cell count            4.92     10*12/L      (4.50 - 5.50)
Haematocrit               0.441    L/L          (0.40 - 0.50)
Mean cell volume          89.6     fL           (83 - 101)
Mean cell haemoglobin     30.1     pg           (27 - 32)
Neutrophils               3.1      10*9/L       (2.0 - 7.0)
Lymphocytes               1.7      10*9/L       (1.0 - 3.0)
Authorised by: Dr K. Allen, Consultant Haematologist
""", [
    r('hemoglobin', 148, 'g/L', '130..170'),
    r('white-blood-cell-count', 5.4, '10^9/L', '4.0..11.0'),
    r('platelet-count', 212, '10^9/L', '150..410'),
    r('red-blood-cell-count', 4.92, '10^12/L', '4.50..5.50'),
    r('hematocrit', 0.441, 'L/L', '0.40..0.50'),
    r('mean-corpuscular-volume', 89.6, 'fL', '83..101'),
    r('mean-corpuscular-hemoglobin', 30.1, 'pg', '27..32'),
    r('neutrophils-absolute', 3.1, '10^9/L', '2.0..7.0'),
    r('lymphocytes-absolute', 1.7, '10^9/L', '1.0..3.0'),
], 'neutrophils/lymphocytes are printed in 10*9/L so they are the absolute counts; haematocrit 0.441 L/L = 44.1 %; signature and patient lines are furniture')

case('UK', 'en', 'NHS U&E/LFT with eGFR >90 and method comment', """\
Clinical Biochemistry                               Report status: Final
Sodium                    139      mmol/L       (133 - 146)
Potassium                 4.3      mmol/L       (3.5 - 5.3)
Urea                      6.1      mmol/L       (2.5 - 7.8)
Creatinine                96       umol/L       (59 - 104)
eGFR                      >90      mL/min/1.73m2
  eGFR calculated using the CKD-EPI 2009 equation. Not valid in pregnancy or
  in patients under 18 years.
Bilirubin                 22  H    umol/L       (0 - 21)
ALT                       41       U/L          (0 - 41)
Alkaline phosphatase      77       U/L          (30 - 130)
Albumin                   46       g/L          (35 - 50)
""", [
    r('sodium', 139, 'mmol/L', '133..146'),
    r('potassium', 4.3, 'mmol/L', '3.5..5.3'),
    r('urea', 6.1, 'mmol/L', '2.5..7.8'),
    r('creatinine', 96, 'umol/L', '59..104'),
    r('egfr', 90, 'mL/min/1.73m2', '', vt='>90'),
    r('total-bilirubin', 22, 'umol/L', '0..21', 'high'),
    r('alanine-aminotransferase', 41, 'U/L', '0..41'),
    r('alkaline-phosphatase', 77, 'U/L', '30..130'),
    r('albumin', 46, 'g/L', '35..50'),
], 'UK urea in mmol/L is urea (not BUN); eGFR >90 has no range and no flag -> null; ALT 41 sits on the inclusive upper limit -> normal; the CKD-EPI lines are a comment')

case('UK', 'en', 'GP online record, value+unit then [range]', """\
Test results     Date: 03 Mar 2025     Requested by: Dr P Nair, Elm Tree Surgery
Serum TSH level              2.1 mU/L          [0.27 - 4.2]
Serum free T4 level          15.4 pmol/L       [12.0 - 22.0]
Serum testosterone           9.6 nmol/L        [8.64 - 29.0]
Serum SHBG                   52 nmol/L         [18.3 - 54.1]
Serum prolactin              287 mU/L          [86 - 324]
Serum vitamin B12            312 ng/L          [197 - 771]
""", [
    r('thyroid-stimulating-hormone', 2.1, 'mIU/L', '0.27..4.2'),
    r('free-t4', 15.4, 'pmol/L', '12.0..22.0'),
    r('testosterone', 9.6, 'nmol/L', '8.64..29.0'),
    r('shbg', 52, 'nmol/L', '18.3..54.1'),
    r('prolactin', 287, '', '86..324'),
    r('vitamin-b12', 312, 'ng/L', '197..771'),
], 'TSH mU/L is mIU/L; prolactin in mU/L (IU-based) cannot be converted to ng/mL without an assay factor so normalizedValue is empty; B12 ng/L = pg/mL')

case('UK', 'en', 'NHS lipid profile without ranges, with comment', """\
Lipid profile (fasting)
Cholesterol                 5.9     mmol/L
Triglyceride                1.4     mmol/L
HDL cholesterol             1.21    mmol/L
Non-HDL cholesterol         4.69    mmol/L
LDL cholesterol (calc)      4.05    mmol/L
Cholesterol/HDL ratio       4.9
Comment: Consider QRISK3 assessment. For primary prevention aim for a >40% reduction
in non-HDL cholesterol.
""", [
    r('total-cholesterol', 5.9, 'mmol/L', ''),
    r('triglycerides', 1.4, 'mmol/L', ''),
    r('hdl-cholesterol', 1.21, 'mmol/L', ''),
    r('non-hdl-cholesterol', 4.69, 'mmol/L', ''),
    r('ldl-cholesterol', 4.05, 'mmol/L', ''),
    r('cholesterol-hdl-ratio', 4.9, '', ''),
], 'no ranges and no flags so all flags null; the ratio has no unit; the QRISK3 comment (with ">40%") is not a row')

case('UK', 'en', 'Markdown table from private clinic with status column', """\
| Biomarker | Result | Unit | Range | Status |
|---|---|---|---|---|
| Haematocrit | 0.53 | L/L | 0.40 - 0.52 | High |
| Oestradiol | 178 | pmol/L | 41.4 - 159 | High |
| Testosterone | 31.4 | nmol/L | 8.64 - 29 | High |
| PSA | 0.71 | ug/L | 0 - 2.5 | Normal |
""", [
    r('hematocrit', 0.53, 'L/L', '0.40..0.52', 'high'),
    r('estradiol', 178, 'pmol/L', '41.4..159', 'high'),
    r('testosterone', 31.4, 'nmol/L', '8.64..29', 'high'),
    r('prostate-specific-antigen', 0.71, 'ug/L', '0..2.5', 'normal'),
], 'Status column gives the flag words; haematocrit 0.53 L/L = 53 %; oestradiol is estradiol')

# ============================== CANADA ==============================
case('CA', 'en', 'LifeLabs flag-before-result, range+unit in one column', """\
LifeLabs Medical Laboratory Services                          Final Report
Patient: BOUCHARD, MARC          HCN: 4417 882 190          Sex: M
Test                            Flag    Result      Reference Range - Units
HEMATOLOGY
Hemoglobin                              151         133-172 g/L
CHEMISTRY
Glucose Fasting                         5.4         3.6-6.0 mmol/L
Hemoglobin A1C                          5.7         <6.0 %
Creatinine                              88          60-115 umol/L
ALT                             H       52          <50 U/L
Ferritin                                164         30-400 ug/L
Testosterone                            18.6        8.4-28.8 nmol/L
""", [
    r('hemoglobin', 151, 'g/L', '133..172'),
    r('glucose', 5.4, 'mmol/L', '3.6..6.0'),
    r('hemoglobin-a1c', 5.7, '%', '<6.0'),
    r('creatinine', 88, 'umol/L', '60..115'),
    r('alanine-aminotransferase', 52, 'U/L', '<50', 'high'),
    r('ferritin', 164, 'ug/L', '30..400'),
    r('testosterone', 18.6, 'nmol/L', '8.4..28.8'),
], 'the flag column precedes the result; HEMATOLOGY/CHEMISTRY are section headings')

case('CA', 'en', 'Dynacare, reference before unit, >= / <= bounds', """\
DYNACARE                                              Final
Test                       Result     Flag     Ref. Range        Units
Vitamin B12                412                 >=148             pmol/L
Prostate Specific Ag       1.9                 <=4.0             ug/L
Testosterone Total         21.7                8.4-28.8          nmol/L
""", [
    r('vitamin-b12', 412, 'pmol/L', '>=148'),
    r('prostate-specific-antigen', 1.9, 'ug/L', '<=4.0'),
    r('testosterone', 21.7, 'nmol/L', '8.4..28.8'),
], 'B12 pmol/L x 1355.37/1000; ug/L PSA = ng/mL')

case('CA', 'fr', 'Quebec hospital, French headers, words élevé/bas', """\
CENTRE HOSPITALIER DE L'UNIVERSITÉ DE MONTRÉAL - BIOCHIMIE
Nom: TREMBLAY, SYLVIE       No dossier: 1187442       Prélevé le: 2025-02-19 07:55
Analyse                    Résultat             Unités      Valeurs de référence
TSH                        5,12     Élevé       mUI/L       0,35 - 5,00
T4 libre                   11,8                 pmol/L      9,0 - 19,0
Ferritine                  18       Bas         µg/L        20 - 200
Vitamine B12               148      Bas         pmol/L      150 - 600
""", [
    r('thyroid-stimulating-hormone', 5.12, 'mIU/L', '0.35..5.00', 'high'),
    r('free-t4', 11.8, 'pmol/L', '9.0..19.0'),
    r('ferritin', 18, 'ug/L', '20..200', 'low'),
    r('vitamin-b12', 148, 'pmol/L', '150..600', 'low'),
], 'mUI/L = mIU/L; decimal commas; Élevé = high, Bas = low')

# ============================== AUSTRALIA ==============================
case('AU', 'en', 'cumulative report, dates as columns, current = rightmost', """\
LAVERTY PATHOLOGY              Lab Ref: 25-61732245              Collected: 11/02/2025
THYROID FUNCTION TESTS
Date              14/08/24     11/02/25     Units       Reference
Time                  0815         0740
Lab No.           41237788     61732245
TSH                   2.42         1.86     mIU/L       (0.40-4.00)
Free T4                 15           14     pmol/L      (9-19)
Free T3                4.9          4.6     pmol/L      (2.6-6.0)
Comment: Euthyroid.
""", [
    r('thyroid-stimulating-hormone', 1.86, 'mIU/L', '0.40..4.00'),
    r('free-t4', 14, 'pmol/L', '9..19'),
    r('free-t3', 4.6, 'pmol/L', '2.6..6.0'),
], 'the 14/08/24 column is a previous result and not a row; Date/Time/Lab No. lines are furniture; the comment is not a row')

case('AU', 'en', 'lipids with SI units and bounds in parentheses', """\
Specimen: Serum       Fasting: Yes
Cholesterol        4.8          mmol/L     (< 5.5)
Triglyceride       2.3    H     mmol/L     (< 2.0)
HDL Chol.          0.9    L     mmol/L     (> 1.0)
LDL Chol.          2.9          mmol/L     (< 3.5)
Non-HDL Chol.      3.9          mmol/L     (< 4.0)
Apo B              1.12   H     g/L        (0.50-1.00)
Lipoprotein(a)     410    H     mg/L       (< 300)
Target lipid levels for patients at high risk of CVD: LDL < 1.8 mmol/L, Non-HDL < 2.5 mmol/L.
""", [
    r('total-cholesterol', 4.8, 'mmol/L', '<5.5'),
    r('triglycerides', 2.3, 'mmol/L', '<2.0', 'high'),
    r('hdl-cholesterol', 0.9, 'mmol/L', '>1.0', 'low'),
    r('ldl-cholesterol', 2.9, 'mmol/L', '<3.5'),
    r('non-hdl-cholesterol', 3.9, 'mmol/L', '<4.0'),
    r('apolipoprotein-b', 1.12, 'g/L', '0.50..1.00', 'high'),
    r('lipoprotein-a', 410, 'mg/L', '<300', 'high'),
], 'ApoB g/L x 100 = mg/dL; Lp(a) in mg/L cannot become nmol/L without a molar mass so normalizedValue is empty; the target-levels line is a comment')

case('AU', 'en', 'iron studies with comment paragraph', """\
IRON STUDIES
Iron               21        umol/L     (5-30)
Transferrin        2.6       g/L        (2.0-3.6)
Saturation         32        %          (10-45)
Ferritin           560   H   ug/L       (30-500)
Comment: Elevated ferritin with normal transferrin saturation. Suggest repeat
with LFTs and CRP.
""", [
    r('iron', 21, 'umol/L', '5..30'),
    r('transferrin', 2.6, 'g/L', '2.0..3.6'),
    r('transferrin-saturation', 32, '%', '10..45'),
    r('ferritin', 560, 'ug/L', '30..500', 'high'),
], 'Saturation under IRON STUDIES is transferrin saturation; the comment lines are not rows')

case('AU', 'en', 'male hormones in SI units', """\
ENDOCRINOLOGY
Testosterone          6.2    L    nmol/L     (8.0-29.0)
LH                    2.1         IU/L       (1.0-9.0)
FSH                   3.4         IU/L       (1.0-12.0)
Oestradiol            84          pmol/L     (< 150)
SHBG                  24          nmol/L     (15-65)
Calc. Free Test.      142    L    pmol/L     (170-600)
""", [
    r('testosterone', 6.2, 'nmol/L', '8.0..29.0', 'low'),
    r('luteinizing-hormone', 2.1, 'IU/L', '1.0..9.0'),
    r('follicle-stimulating-hormone', 3.4, 'IU/L', '1.0..12.0'),
    r('estradiol', 84, 'pmol/L', '<150'),
    r('shbg', 24, 'nmol/L', '15..65'),
    r('testosterone-free', 142, 'pmol/L', '170..600', 'low'),
], 'IU/L = mIU/mL; Calc. Free Test. is calculated free testosterone')

case('AU', 'en', 'E/LFT block', """\
E/LFT
Sodium           140           mmol/L           (135-145)
Potassium        4.4           mmol/L           (3.5-5.2)
Urea             5.8           mmol/L           (2.9-8.2)
Creatinine       102           umol/L           (60-110)
eGFR             71            mL/min/1.73m2    (>59)
Bilirubin        9             umol/L           (<20)
ALP              68            U/L              (30-110)
GGT              112    H      U/L              (<60)
ALT              58     H      U/L              (<40)
AST              29            U/L              (<35)
""", [
    r('sodium', 140, 'mmol/L', '135..145'),
    r('potassium', 4.4, 'mmol/L', '3.5..5.2'),
    r('urea', 5.8, 'mmol/L', '2.9..8.2'),
    r('creatinine', 102, 'umol/L', '60..110'),
    r('egfr', 71, 'mL/min/1.73m2', '>59'),
    r('total-bilirubin', 9, 'umol/L', '<20'),
    r('alkaline-phosphatase', 68, 'U/L', '30..110'),
    r('gamma-glutamyl-transferase', 112, 'U/L', '<60', 'high'),
    r('alanine-aminotransferase', 58, 'U/L', '<40', 'high'),
    r('aspartate-aminotransferase', 29, 'U/L', '<35'),
], 'E/LFT is a heading; Bilirubin in an LFT block is total bilirubin')

# ============================== INDIA ==============================
case('IN', 'en', 'Dr Lal PathLabs CBC with absolute leucocyte count section', """\
DR LAL PATHLABS LTD                                                  Page 1 of 3
Name        : Mr. RAHUL MEHTA        Age: 42 Years     Gender: Male
Lab No.     : 318456221              Ref By: SELF
Test Name                          Results      Units         Bio. Ref. Interval
COMPLETE BLOOD COUNT;CBC
Hemoglobin                         13.2         g/dL          13.00 - 17.00
Packed Cell Volume (PCV)           40.1         %             40.00 - 50.00
RBC Count                          4.62         mill/mm3      4.50 - 5.50
Total Leukocyte Count (TLC)        7.80         thou/mm3      4.00 - 10.00
Differential Leucocyte Count (DLC)
Segmented Neutrophils              61.0         %             40.00 - 80.00
Lymphocytes                        29.0         %             20.00 - 40.00
Eosinophils                        6.0          %             1.00 - 6.00
Absolute Leucocyte Count
Neutrophils                        4.76         thou/mm3      2.00 - 7.00
Eosinophils                        0.47         thou/mm3      0.02 - 0.50
Platelet Count                     165          thou/mm3      150.00 - 410.00
""", [
    r('hemoglobin', 13.2, 'g/dL', '13.00..17.00'),
    r('hematocrit', 40.1, '%', '40.00..50.00'),
    r('red-blood-cell-count', 4.62, '10^12/L', '4.50..5.50'),
    r('white-blood-cell-count', 7.80, '10^9/L', '4.00..10.00'),
    r('neutrophils', 61.0, '%', '40.00..80.00'),
    r('lymphocytes', 29.0, '%', '20.00..40.00'),
    r('eosinophils', 6.0, '%', '1.00..6.00'),
    r('neutrophils-absolute', 4.76, '10^9/L', '2.00..7.00'),
    r('eosinophils-absolute', 0.47, '10^9/L', '0.02..0.50'),
    r('platelet-count', 165, '10^9/L', '150.00..410.00'),
], 'mill/mm3 = 10*6/uL and thou/mm3 = 10*3/uL; rows under Absolute Leucocyte Count are the absolute keys; eosinophils 6.0 equals the inclusive upper limit -> normal; section headings are not rows')

case('IN', 'en', 'Metropolis with cells/cumm, lakhs/cumm, Method and Interpretation lines', """\
METROPOLIS HEALTHCARE LTD
Investigation                  Observed Value     Unit           Biological Reference Interval
Total WBC Count                9,450              cells/cumm     4000 - 10000
Platelet Count                 2.85               lakhs/cumm     1.5 - 4.1
HbA1c (Glycosylated Hb)        6.1        H       %              4.0 - 5.6
Method : HPLC (Bio-Rad D-10)
Interpretation : As per ADA guidelines, 5.7 - 6.4 % : Prediabetes ; >= 6.5 % : Diabetes
Mean Blood Glucose             128.4              mg/dL
""", [
    r('white-blood-cell-count', 9450, '/uL', '4000..10000'),
    r('platelet-count', 2.85, 'lakh/uL', '1.5..4.1'),
    r('hemoglobin-a1c', 6.1, '%', '4.0..5.6', 'high'),
    r('estimated-average-glucose', 128.4, 'mg/dL', ''),
], '9,450 cells/cumm = 9.45 x10^3/uL (cumm = uL); 2.85 lakhs/cumm = 285000/uL = 285 x10^3/uL; Method and Interpretation lines are not rows; Mean Blood Glucose is eAG with no range -> null')

case('IN', 'en', 'Thyrocare technology column, reference range on the next line', """\
TEST NAME                              TECHNOLOGY       VALUE      UNITS
25-OH VITAMIN D (TOTAL)                C.L.I.A          14.62      ng/mL
Reference Range : DEFICIENCY : <20 ng/ml || INSUFFICIENCY : 20-<30 ng/ml || SUFFICIENCY : 30-100 ng/ml || TOXICITY : >100 ng/ml
VITAMIN B-12                           C.L.I.A          198        pg/mL
Reference Range : 211 - 911 pg/ml
""", [
    r('vitamin-d', 14.62, 'ng/mL', 'text'),
    r('vitamin-b12', 198, 'pg/mL', '211..911'),
], 'the vitamin D reference is a four-tier table (text), no flag printed -> null; B12 198 below 211 and no flag printed -> computed low')

case('IN', 'en', 'KFT/LFT/urine sections with Upto range and interpretation line', """\
KIDNEY FUNCTION TEST
Blood Urea                          28.0       mg/dL       17 - 43
Blood Urea Nitrogen (BUN)           13.08      mg/dL       8 - 23
Creatinine                          1.12       mg/dL       0.72 - 1.18
Uric Acid                           7.9        mg/dL       3.5 - 7.2
LIVER FUNCTION TEST
SGPT (ALT)                          52         U/L         Upto 45
URINE
Urine Microalbumin                  18.4       mg/L
Urine Creatinine                    102.3      mg/dL
Urine Albumin/Creatinine Ratio      18.0       mg/g        < 30
Interpretation: < 30 Normal | 30 - 300 Microalbuminuria | > 300 Macroalbuminuria
""", [
    r('urea', 28.0, 'mg/dL', '17..43'),
    r('blood-urea-nitrogen', 13.08, 'mg/dL', '8..23'),
    r('creatinine', 1.12, 'mg/dL', '0.72..1.18'),
    r('uric-acid', 7.9, 'mg/dL', '3.5..7.2'),
    r('alanine-aminotransferase', 52, 'U/L', '<=45'),
    r('?Urine Microalbumin', 18.4, 'mg/L', ''),
    r('?Urine Creatinine', 102.3, 'mg/dL', ''),
    r('microalbumin-creatinine-ratio', 18.0, 'mg/g', '<30'),
], 'Blood Urea is urea, not BUN; "Upto 45" is an inclusive upper bound; no flags printed so uric acid and SGPT are computed high; urine albumin and urine creatinine have no catalog key; the Interpretation line is tiers, not a row')

case('IN', 'en', 'Thyrocare total thyroid profile with method line', """\
TEST NAME                              TECHNOLOGY    VALUE     UNITS      REFERENCE RANGE
TOTAL TRIIODOTHYRONINE (T3)            C.L.I.A       112       ng/dL      60-200
TOTAL THYROXINE (T4)                   C.L.I.A       9.8       µg/dL      4.5-12
THYROID STIMULATING HORMONE (TSH)      C.L.I.A       6.21      µIU/mL     0.3-5.5
Please correlate with clinical conditions.
Method :- T3 - Competitive Chemi Luminescent Immuno Assay
""", [
    r('total-t3', 112, 'ng/dL', '60..200'),
    r('total-t4', 9.8, 'ug/dL', '4.5..12'),
    r('thyroid-stimulating-hormone', 6.21, 'uIU/mL', '0.3..5.5'),
], 'no flags printed, TSH 6.21 > 5.5 -> computed high; C.L.I.A is the technology column; the closing lines are not rows')

# ============================== ISRAEL ==============================
case('IL', 'en', 'HMO printout with asterisk abnormal markers', """\
Clalit Health Services - Laboratory results
Test                       Result             Normal range      Units
Glucose                    92                 70 - 100          mg/dL
Cholesterol                214      *         0 - 200           mg/dL
HDL Cholesterol            51                 >40               mg/dL
Triglycerides              96                 0 - 150           mg/dL
LDL Cholesterol (calc)     144      *         0 - 130           mg/dL
""", [
    r('glucose', 92, 'mg/dL', '70..100'),
    r('total-cholesterol', 214, 'mg/dL', '0..200', 'abnormal'),
    r('hdl-cholesterol', 51, 'mg/dL', '>40'),
    r('triglycerides', 96, 'mg/dL', '0..150'),
    r('ldl-cholesterol', 144, 'mg/dL', '0..130', 'abnormal'),
], 'the printed "*" means outside the normal range without a direction -> abnormal')

case('IL', 'en', 'flag column before range, range before unit', """\
Maccabi Healthcare Services - Lab Results           Printed: 12/03/2025
Test name              Result      Flag     Normal range      Units
Vitamin D 25-OH        22.4        (L)      30 - 100          ng/mL
TSH                    1.45                 0.27 - 4.2        mIU/L
Ferritin               88                   30 - 400          ng/mL
Hemoglobin             15.9                 13.5 - 17.5       g/dL
""", [
    r('vitamin-d', 22.4, 'ng/mL', '30..100', 'low'),
    r('thyroid-stimulating-hormone', 1.45, 'mIU/L', '0.27..4.2'),
    r('ferritin', 88, 'ng/mL', '30..400'),
    r('hemoglobin', 15.9, 'g/dL', '13.5..17.5'),
], '(L) = low')

# ============================== UAE ==============================
case('AE', 'en', 'SEHA hospital report in SI units with validation signature', """\
SEHA - Sheikh Khalifa Medical City - Department of Pathology & Laboratory Medicine
Test Description              Result     Flag    Units      Reference Range
Vitamin D, 25-Hydroxy         41.2       L       nmol/L     75 - 250
Testosterone, Total           11.8               nmol/L     8.64 - 29.0
Estradiol                     132                pmol/L     41.4 - 159
Insulin, Fasting              210        H       pmol/L     17.8 - 173
Validated by: Dr. Fatima Al Hammadi, Consultant Clinical Pathologist
""", [
    r('vitamin-d', 41.2, 'nmol/L', '75..250', 'low'),
    r('testosterone', 11.8, 'nmol/L', '8.64..29.0'),
    r('estradiol', 132, 'pmol/L', '41.4..159'),
    r('insulin', 210, 'pmol/L', '17.8..173', 'high'),
], 'insulin in pmol/L cannot be normalized to uIU/mL (no molar mass in the catalog) so normalizedValue is empty; the validation line is a signature')

case('AE', 'en', 'one-liner', """\
Glycated Hemoglobin (HbA1c)      5.4      %      4.0 - 6.0
""", [
    r('hemoglobin-a1c', 5.4, '%', '4.0..6.0'),
], 'single fixed-width line')

# ============================== SOUTH AFRICA ==============================
case('ZA', 'en', 'Ampath report with indented calculated rows', """\
AMPATH LABORATORIES                               Lab no: 7722341-25
Patient: NAIDOO, PRAVESH (M) 48Y                Doctor: DR S VAN WYK
                                  Result       Units          Reference range
PSA (Total)                       1.42         ug/L           < 2.50
Testosterone                      15.3         nmol/L         8.64 - 29.00
SHBG                              30.8         nmol/L         18.3 - 54.1
  Free Testosterone (calc)        0.241        nmol/L         0.196 - 0.636
  Free Androgen Index             49.6         %              24.5 - 113.3
""", [
    r('prostate-specific-antigen', 1.42, 'ug/L', '<2.50'),
    r('testosterone', 15.3, 'nmol/L', '8.64..29.00'),
    r('shbg', 30.8, 'nmol/L', '18.3..54.1'),
    r('testosterone-free', 0.241, 'nmol/L', '0.196..0.636'),
    r('?Free Androgen Index', 49.6, '%', '24.5..113.3'),
], 'free testosterone 0.241 nmol/L x 288.42 = 69.5 pg/mL; the free androgen index has no catalog key')

case('ZA', 'en', 'Lancet chemistry with critical low', """\
LANCET LABORATORIES          Ref: 2502-118834          Patient: BOTHA, J (M)
CHEMISTRY
Sodium               134    L     mmol/L     136 - 145
Potassium            2.8    LL    mmol/L     3.5 - 5.1
GGT                  88     H     U/L        < 68
Total Protein        74           g/L        60 - 78
Albumin              44           g/L        35 - 52
Globulin             30           g/L        19 - 35
""", [
    r('sodium', 134, 'mmol/L', '136..145', 'low'),
    r('potassium', 2.8, 'mmol/L', '3.5..5.1', 'critical-low'),
    r('gamma-glutamyl-transferase', 88, 'U/L', '<68', 'high'),
    r('total-protein', 74, 'g/L', '60..78'),
    r('albumin', 44, 'g/L', '35..52'),
    r('globulin-total', 30, 'g/L', '19..35'),
], 'LL = critical low; g/L / 10 = g/dL')

# ============================== PHILIPPINES ==============================
case('PH', 'en', 'clinical chemistry in SI with H/L flags', """\
HI-PRECISION DIAGNOSTICS                      CLINICAL CHEMISTRY
Name: DELA CRUZ, JOSEPH R.       Age/Sex: 39/M       Date: 01/28/2025
TEST                   RESULT       UNIT        REFERENCE RANGE
Fasting Blood Sugar    5.2          mmol/L      4.1 - 5.9
Total Cholesterol      6.31    H    mmol/L      < 5.20
Triglycerides          1.98    H    mmol/L      < 1.70
HDL                    0.98    L    mmol/L      > 1.04
LDL                    4.43    H    mmol/L      < 3.37
SGPT (ALT)             36           U/L         < 41
Creatinine             97           umol/L      62 - 106
Uric Acid              452     H    umol/L      202.3 - 416.5
Medical Technologist: R. SANTOS, RMT          Pathologist: M. REYES, MD, FPSP
""", [
    r('glucose', 5.2, 'mmol/L', '4.1..5.9'),
    r('total-cholesterol', 6.31, 'mmol/L', '<5.20', 'high'),
    r('triglycerides', 1.98, 'mmol/L', '<1.70', 'high'),
    r('hdl-cholesterol', 0.98, 'mmol/L', '>1.04', 'low'),
    r('ldl-cholesterol', 4.43, 'mmol/L', '<3.37', 'high'),
    r('alanine-aminotransferase', 36, 'U/L', '<41'),
    r('creatinine', 97, 'umol/L', '62..106'),
    r('uric-acid', 452, 'umol/L', '202.3..416.5', 'high'),
], 'Fasting Blood Sugar is glucose; the signature line is furniture')

case('PH', 'en', 'hematology with fraction differential and serology', """\
HEMATOLOGY
Hemoglobin           142          g/L          140 - 170
Hematocrit           0.43         L/L          0.40 - 0.54
WBC                  6.8          x10^9/L      5.0 - 10.0
Segmenters           0.58                      0.50 - 0.70
Lymphocytes          0.34                      0.20 - 0.40
Platelet Count       256          x10^9/L      150 - 400
SEROLOGY
HBsAg (Screening)    Negative                  Negative
""", [
    r('hemoglobin', 142, 'g/L', '140..170'),
    r('hematocrit', 0.43, 'L/L', '0.40..0.54'),
    r('white-blood-cell-count', 6.8, '10^9/L', '5.0..10.0'),
    r('neutrophils', 0.58, '', '0.50..0.70'),
    r('lymphocytes', 0.34, '', '0.20..0.40'),
    r('platelet-count', 256, '10^9/L', '150..400'),
    r('hepatitis-b-surface-antigen', None, '', 'text:Negative', vt='Negative'),
], 'Segmenters are neutrophils; the differential is printed as fractions with no unit so normalizedValue is empty; HBsAg Negative equals the expected Negative -> normal')

# ============================== JAPAN (English print) ==============================
case('JP', 'en', 'health check English print, standard value column', """\
Test Results (English)                          Tokyo Midtown Clinic
Item                  Result          Unit              Standard value
AST (GOT)             24              U/L               13-30
ALT (GPT)             48      H       U/L               10-42
γ-GT                  71      H       U/L               13-64
HbA1c (NGSP)          6.2     H       %                 4.9-6.0
LDL-C                 142     H       mg/dL             65-139
Uric acid             8.1     H       mg/dL             3.7-7.8
eGFR                  68.4            mL/min/1.73m2     >=60.0
""", [
    r('aspartate-aminotransferase', 24, 'U/L', '13..30'),
    r('alanine-aminotransferase', 48, 'U/L', '10..42', 'high'),
    r('gamma-glutamyl-transferase', 71, 'U/L', '13..64', 'high'),
    r('hemoglobin-a1c', 6.2, '%', '4.9..6.0', 'high'),
    r('ldl-cholesterol', 142, 'mg/dL', '65..139', 'high'),
    r('uric-acid', 8.1, 'mg/dL', '3.7..7.8', 'high'),
    r('egfr', 68.4, 'mL/min/1.73m2', '>=60.0'),
], 'HbA1c (NGSP) is the % scale')

case('JP', 'en', 'inline Name: value unit (range) lines', """\
TSH: 2.14 μIU/mL (0.50-5.00)
FT4: 1.21 ng/dL (0.90-1.70)
Testosterone: 3.82 ng/mL (1.31-8.71)
Free testosterone: 8.4 pg/mL (7.6-23.8)
Cortisol: 12.6 μg/dL (4.5-21.1)
""", [
    r('thyroid-stimulating-hormone', 2.14, 'uIU/mL', '0.50..5.00'),
    r('free-t4', 1.21, 'ng/dL', '0.90..1.70'),
    r('testosterone', 3.82, 'ng/mL', '1.31..8.71'),
    r('testosterone-free', 8.4, 'pg/mL', '7.6..23.8'),
    r('cortisol', 12.6, 'ug/dL', '4.5..21.1'),
], 'testosterone ng/mL x 100 = ng/dL; μ (Greek mu) is micro')

# ============================== GERMANY ==============================
case('DE', 'de', 'Limbach report with Vorwert column and arrow flags', """\
Labor Dr. Limbach und Kollegen · Im Breitspiel 16 · 69126 Heidelberg
Patient: Schneider, Thomas     geb. 04.09.1968     Eingang: 10.02.2025     Endbefund
Untersuchung            Ergebnis          Vorwert     Einheit            Referenzbereich
Klinische Chemie
Natrium                 141               139         mmol/l             136 - 145
Kalium                  4,9               4,4         mmol/l             3,5 - 5,1
Kreatinin               1,21     ↑        1,08        mg/dl              0,70 - 1,20
eGFR (CKD-EPI)          67                77          ml/min/1,73m²      > 60
Harnstoff               41                35          mg/dl              17 - 43
Harnsäure               7,4      ↑        6,9         mg/dl              3,4 - 7,0
""", [
    r('sodium', 141, 'mmol/L', '136..145'),
    r('potassium', 4.9, 'mmol/L', '3.5..5.1'),
    r('creatinine', 1.21, 'mg/dL', '0.70..1.20', 'high'),
    r('egfr', 67, 'mL/min/1.73m2', '>60'),
    r('urea', 41, 'mg/dL', '17..43'),
    r('uric-acid', 7.4, 'mg/dL', '3.4..7.0', 'high'),
], 'the Vorwert (previous value) column is not a row; Harnstoff is urea (not BUN); ↑ = high')

case('DE', 'de', 'hormone panel with flag words after the range', """\
Endokrinologie
Testosteron gesamt          2,41      ng/ml       2,49 - 8,36       erniedrigt
SHBG                        58,2      nmol/l      18,3 - 54,1       erhöht
Freies Testosteron (ber.)   37,5      pg/ml       46 - 224          erniedrigt
Östradiol                   24        pg/ml       11,3 - 43,2
DHEA-S                      289       µg/dl       88,9 - 427
LH                          7,8       mIU/ml      1,7 - 8,6
FSH                         9,4       mIU/ml      1,5 - 12,4
Prolaktin                   11,2      ng/ml       4,04 - 15,2
""", [
    r('testosterone', 2.41, 'ng/mL', '2.49..8.36', 'low'),
    r('shbg', 58.2, 'nmol/L', '18.3..54.1', 'high'),
    r('testosterone-free', 37.5, 'pg/mL', '46..224', 'low'),
    r('estradiol', 24, 'pg/mL', '11.3..43.2'),
    r('dhea-sulfate', 289, 'ug/dL', '88.9..427'),
    r('luteinizing-hormone', 7.8, 'mIU/mL', '1.7..8.6'),
    r('follicle-stimulating-hormone', 9.4, 'mIU/mL', '1.5..12.4'),
    r('prolactin', 11.2, 'ng/mL', '4.04..15.2'),
], 'erniedrigt = low, erhöht = high; Endokrinologie is a heading')

case('DE', 'de', 'Blutbild with /nl and /pl, relative and absolute differential on one line', """\
Blutbild
Leukozyten             6,9         /nl          3,9 - 10,2
Erythrozyten           5,31        /pl          4,3 - 5,75
Hämoglobin             15,8        g/dl         13,5 - 17,2
Hämatokrit             46,2        %            39,5 - 50,5
MCV                    87          fl           80 - 99
MCH                    29,8        pg           26 - 33
MCHC                   34,2        g/dl         31,5 - 36,0
Thrombozyten           182         /nl          146 - 328
Differentialblutbild   relativ     Ref.         absolut      Ref.
Neutrophile            56,8 %      42,0-77,0    3,92 /nl     1,5-7,7
Lymphozyten            31,2 %      20,0-44,0    2,15 /nl     1,1-4,5
Monozyten              8,4 %       2,0-9,5      0,58 /nl     0,1-0,9
""", [
    r('white-blood-cell-count', 6.9, '10^9/L', '3.9..10.2'),
    r('red-blood-cell-count', 5.31, '10^12/L', '4.3..5.75'),
    r('hemoglobin', 15.8, 'g/dL', '13.5..17.2'),
    r('hematocrit', 46.2, '%', '39.5..50.5'),
    r('mean-corpuscular-volume', 87, 'fL', '80..99'),
    r('mean-corpuscular-hemoglobin', 29.8, 'pg', '26..33'),
    r('mean-corpuscular-hemoglobin-concentration', 34.2, 'g/dL', '31.5..36.0'),
    r('platelet-count', 182, '10^9/L', '146..328'),
    r('neutrophils', 56.8, '%', '42.0..77.0'),
    r('neutrophils-absolute', 3.92, '10^9/L', '1.5..7.7'),
    r('lymphocytes', 31.2, '%', '20.0..44.0'),
    r('lymphocytes-absolute', 2.15, '10^9/L', '1.1..4.5'),
    r('monocytes', 8.4, '%', '2.0..9.5'),
    r('monocytes-absolute', 0.58, '10^9/L', '0.1..0.9'),
], '/nl = 10^9/L = 10*3/uL and /pl = 10^12/L = 10*6/uL; each differential line gives a % row and an absolute row with their own ranges')

case('DE', 'de', 'lipids with Kommentar and "bis" range', """\
Fettstoffwechsel
Cholesterin gesamt       231     mg/dl     < 200            ↑
HDL-Cholesterin          62      mg/dl     > 40
LDL-Cholesterin          152     mg/dl     < 116            ↑
Triglyceride             87      mg/dl     < 150
Lipoprotein (a)          38      nmol/l    < 75
Kommentar: LDL-Zielwert abhängig vom kardiovaskulären Gesamtrisiko (ESC/EAS 2019).
Kohlenhydratstoffwechsel
Glukose (nüchtern)       94      mg/dl     70 bis 99
HbA1c                    5,5     %         4,0 - 6,0
""", [
    r('total-cholesterol', 231, 'mg/dL', '<200', 'high'),
    r('hdl-cholesterol', 62, 'mg/dL', '>40'),
    r('ldl-cholesterol', 152, 'mg/dL', '<116', 'high'),
    r('triglycerides', 87, 'mg/dL', '<150'),
    r('lipoprotein-a', 38, 'nmol/L', '<75'),
    r('glucose', 94, 'mg/dL', '70..99'),
    r('hemoglobin-a1c', 5.5, '%', '4.0..6.0'),
], '"70 bis 99" is a 70-99 range; the Kommentar line and the section headings are not rows')

case('DE', 'de', 'semicolon-separated export with Bewertung column', """\
Datum;Parameter;Wert;Einheit;Referenz;Bewertung
12.02.2025;TSH basal;0,08;mU/l;0,27-4,20;erniedrigt
12.02.2025;fT4;24,9;pmol/l;12,0-22,0;erhöht
12.02.2025;fT3;7,1;pmol/l;3,1-6,8;erhöht
12.02.2025;TRAK (TSH-Rezeptor-AK);4,8;IU/l;<1,75;erhöht
""", [
    r('thyroid-stimulating-hormone', 0.08, 'mIU/L', '0.27..4.20', 'low'),
    r('free-t4', 24.9, 'pmol/L', '12.0..22.0', 'high'),
    r('free-t3', 7.1, 'pmol/L', '3.1..6.8', 'high'),
    r('?TRAK (TSH-Rezeptor-AK)', 4.8, 'IU/L', '<1.75', 'high'),
], 'the first line is the CSV header; mU/l TSH = mIU/L; TSH-receptor antibodies have no catalog key')

case('DE', 'de', 'Urinstatus dipstick with qualitative results', """\
Urinstatus (Teststreifen)
Parameter          Ergebnis        Referenz
pH                 6,0             5,0 - 8,0
Glukose            negativ         negativ
Ketonkörper        1+              negativ
Nitrit             negativ         negativ
""", [
    r('urine-ph', 6.0, '', '5.0..8.0'),
    r('glucose-in-urine', None, '', 'text:negativ', vt='negativ'),
    r('ketones-in-urine', None, '', 'text:negativ', vt='1+'),
    r('nitrite-in-urine', None, '', 'text:negativ', vt='negativ'),
], 'pH has no unit so it is not normalized; negativ vs negativ -> normal, 1+ vs negativ -> abnormal')

# ============================== AUSTRIA ==============================
case('AT', 'de', 'Austrian lab, flag after Normbereich, bis range, HOMA index', """\
Labors.at – Befund                                           Seite 1 von 2
Parameter               Ergebnis    Einheit     Normbereich
Glucose nüchtern        102         mg/dl       60 - 100          H
Insulin nüchtern        18,4        µU/ml       2,6 - 24,9
HOMA-Index              4,63                    < 2,5             H
Homocystein             16,8        µmol/l      < 15,0            H
CRP (hochsensitiv)      0,9         mg/l        < 1,0
GPT (ALT)               28          U/l         bis 50
""", [
    r('glucose', 102, 'mg/dL', '60..100', 'high'),
    r('insulin', 18.4, 'uIU/mL', '2.6..24.9'),
    r('homa-ir', 4.63, '', '<2.5', 'high'),
    r('homocysteine', 16.8, 'umol/L', '<15.0', 'high'),
    r('hs-crp', 0.9, 'mg/L', '<1.0'),
    r('alanine-aminotransferase', 28, 'U/L', '<=50'),
], 'µU/ml insulin = µIU/mL; HOMA-Index is HOMA-IR (no unit); "bis 50" = up to 50 inclusive; page line is furniture')

case('AT', 'de', 'aktuell / Vorbefund columns with arrows attached to the value', """\
Schilddrüse                   aktuell     Vorbefund 09/2024     Einheit     Referenz
TSH                           3,12        2,88                  µIU/ml      0,27 - 4,20
freies T4                     1,31        1,29                  ng/dl       0,93 - 1,70
Eisenstoffwechsel
Ferritin                      14 ↓        31                    ng/ml       30 - 400
Transferrinsättigung          12 ↓        19                    %           16 - 45
""", [
    r('thyroid-stimulating-hormone', 3.12, 'uIU/mL', '0.27..4.20'),
    r('free-t4', 1.31, 'ng/dL', '0.93..1.70'),
    r('ferritin', 14, 'ng/mL', '30..400', 'low'),
    r('transferrin-saturation', 12, '%', '16..45', 'low'),
], 'the Vorbefund column is a previous result, not a row; ↓ = low')

# ============================== SWITZERLAND ==============================
case('CH', 'de', 'unit column before result, Norm header, word flag hoch', """\
Unilabs Schweiz          Auftrag 25-0219-4471          Patient: Meier Urs, 1961
Analyse                 Einheit      Resultat          Norm
Hämoglobin              g/l          162               134 - 170
Leukozyten              G/l          4,7               3,5 - 10,0
Thrombozyten            G/l          388               150 - 450
Ferritin                µg/l         645   hoch        30 - 400
Cholesterin total       mmol/l       5,6   hoch        < 5,0
""", [
    r('hemoglobin', 162, 'g/L', '134..170'),
    r('white-blood-cell-count', 4.7, '10^9/L', '3.5..10.0'),
    r('platelet-count', 388, '10^9/L', '150..450'),
    r('ferritin', 645, 'ug/L', '30..400', 'high'),
    r('total-cholesterol', 5.6, 'mmol/L', '<5.0', 'high'),
], 'G/l = 10^9/L; hoch = high; 5.6 mmol/L x 38.665 = 217 mg/dL')

case('CH', 'fr', 'Swiss French lab, Valeurs de référence, en-dash, word flag bas after range', """\
Laboratoire Dr Risch - Lausanne
Analyse                        Résultat      Unité      Valeurs de référence
PSA total                      3,84          µg/l       < 4,00
PSA libre                      0,52          µg/l
Rapport PSA libre/total        14            %          > 25              bas
Testostérone                   16,2          nmol/l     8,6 – 29,0
""", [
    r('prostate-specific-antigen', 3.84, 'ug/L', '<4.00'),
    r('prostate-specific-antigen-free', 0.52, 'ug/L', ''),
    r('prostate-specific-antigen-free-percent', 14, '%', '>25', 'low'),
    r('testosterone', 16.2, 'nmol/L', '8.6..29.0'),
], 'free PSA has no range -> null; bas = low')

# ============================== FRANCE ==============================
case('FR', 'fr', 'dotted leaders, (a à b) ranges, antériorités column', """\
BIOGROUP - Laboratoire de biologie médicale
Dossier n° 250214-0387        Prélevé le 14/02/2025 à 08h05
                                                Valeurs de référence     Antériorités
HÉMATOLOGIE
Hématies ............ 4,78     T/L              (4,28 à 6,00)            4,91 (12/09/24)
Hémoglobine ......... 14,6     g/dL             (13,0 à 18,0)            15,0
Hématocrite ......... 43,1     %                (39,0 à 53,0)            44,2
VGM ................. 90       fL               (78 à 98)                90
Leucocytes .......... 5,62     G/L              (4,00 à 10,00)           6,10
Plaquettes .......... 241      G/L              (150 à 400)              228
""", [
    r('red-blood-cell-count', 4.78, '10^12/L', '4.28..6.00'),
    r('hemoglobin', 14.6, 'g/dL', '13.0..18.0'),
    r('hematocrit', 43.1, '%', '39.0..53.0'),
    r('mean-corpuscular-volume', 90, 'fL', '78..98'),
    r('white-blood-cell-count', 5.62, '10^9/L', '4.00..10.00'),
    r('platelet-count', 241, '10^9/L', '150..400'),
], 'T/L = 10^12/L, G/L = 10^9/L; the Antériorités column holds previous results, not rows; VGM = MCV')

case('FR', 'fr', 'biochemistry in g/L with élevé after the range', """\
BIOCHIMIE SANGUINE
Glycémie à jeun                 1,08    g/L     (0,70 à 1,10)
Cholestérol total               2,34    g/L     (< 2,00)         élevé
Cholestérol HDL                 0,58    g/L     (> 0,40)
Cholestérol LDL calculé         1,53    g/L     (< 1,60)
Triglycérides                   1,15    g/L     (< 1,50)
""", [
    r('glucose', 1.08, 'g/L', '0.70..1.10'),
    r('total-cholesterol', 2.34, 'g/L', '<2.00', 'high'),
    r('hdl-cholesterol', 0.58, 'g/L', '>0.40'),
    r('ldl-cholesterol', 1.53, 'g/L', '<1.60'),
    r('triglycerides', 1.15, 'g/L', '<1.50'),
], 'g/L x 100 = mg/dL; élevé = high')

case('FR', 'fr', 'hormonology and serology with bracketed references and technique line', """\
HORMONOLOGIE
Testostérone ...................... 3,12 ng/mL          [2,49 - 8,36]
Œstradiol ......................... 31 pg/mL            [11 - 44]
SÉROLOGIE
Antigène HBs ...................... Non réactif         [Non réactif]
Anticorps anti-VHC ................ Non réactif         [Non réactif]
Technique : chimiluminescence (Abbott Alinity i)
""", [
    r('testosterone', 3.12, 'ng/mL', '2.49..8.36'),
    r('estradiol', 31, 'pg/mL', '11..44'),
    r('hepatitis-b-surface-antigen', None, '', 'text:Non réactif', vt='Non réactif'),
    r('hepatitis-c-antibody', None, '', 'text:Non réactif', vt='Non réactif'),
], 'Non réactif vs expected Non réactif -> normal; the Technique line is a method note')

# ============================== BELGIUM ==============================
case('BE', 'fr', 'Belgian lab, flag word after result, Valeurs normales', """\
Paramètre                  Résultat           Unités      Valeurs normales
Vitamine D (25-OH)         17,9    bas        ng/mL       30,0 - 100,0
Vitamine B12               405                pg/mL       197 - 771
Acide folique              4,1                ng/mL       > 3,9
Magnésium                  0,71    bas        mmol/L      0,75 - 1,00
""", [
    r('vitamin-d', 17.9, 'ng/mL', '30.0..100.0', 'low'),
    r('vitamin-b12', 405, 'pg/mL', '197..771'),
    r('folate', 4.1, 'ng/mL', '>3.9'),
    r('magnesium', 0.71, 'mmol/L', '0.75..1.00', 'low'),
], 'Acide folique = folate; magnesium 0.71 mmol/L x 2.4305 = 1.73 mg/dL')

case('BE', 'nl', 'Flemish lab, Dutch headers, SI hormones', """\
AML - Algemeen Medisch Laboratorium · Antwerpen
Aanvrager: Dr. Peeters K.       Patiënt: Janssens Bart       Geboren: 22/07/1975
Test                          Uitslag      Eenheid        Referentiewaarden
Testosteron                   14,9         nmol/L         8,6 - 29,0
Vrij testosteron (berekend)   312          pmol/L         198 - 619
SHBG                          38           nmol/L         18 - 54
PSA                           0,68         µg/L           < 2,50
""", [
    r('testosterone', 14.9, 'nmol/L', '8.6..29.0'),
    r('testosterone-free', 312, 'pmol/L', '198..619'),
    r('shbg', 38, 'nmol/L', '18..54'),
    r('prostate-specific-antigen', 0.68, 'ug/L', '<2.50'),
], 'free testosterone 312 pmol/L x 0.28842 = 90.0 pg/mL')

# ============================== NETHERLANDS ==============================
case('NL', 'nl', 'Dutch report with Hb in mmol/L and Vorige column', """\
Saltro Diagnostisch Centrum - Utrecht
Bepaling            Uitslag    Vorige (12-09-2024)    Eenheid     Referentie
Hemoglobine         9,8        9,5                    mmol/L      8,5 - 11,0
Hematocriet         0,47       0,45                   L/L         0,41 - 0,51
Leukocyten          7,2        6,4                    10^9/L      4,0 - 10,0
Trombocyten         265        251                    10^9/L      150 - 400
Ferritine           241        198                    µg/L        30 - 400
""", [
    r('hemoglobin', 9.8, 'mmol/L', '8.5..11.0'),
    r('hematocrit', 0.47, 'L/L', '0.41..0.51'),
    r('white-blood-cell-count', 7.2, '10^9/L', '4.0..10.0'),
    r('platelet-count', 265, '10^9/L', '150..400'),
    r('ferritin', 241, 'ug/L', '30..400'),
], 'the Vorige column is a previous result, not a row; Hb 9.8 mmol/L x 16114.5/10000 = 15.8 g/dL')

case('NL', 'nl', 'klinische chemie with "> 90" censored eGFR and Opmerking', """\
Klinische chemie
Glucose (nuchter)      6,4     H     mmol/L            4,0 - 6,0
Kreatinine             92            µmol/L            64 - 104
eGFR (CKD-EPI)         > 90          mL/min/1.73m²     > 60
ALAT                   34            U/L               < 45
Gamma-GT               29            U/L               < 55
Kalium                 4,2           mmol/L            3,5 - 5,0
Opmerking: eGFR niet gevalideerd bij extreme lichaamssamenstelling.
""", [
    r('glucose', 6.4, 'mmol/L', '4.0..6.0', 'high'),
    r('creatinine', 92, 'umol/L', '64..104'),
    r('egfr', 90, 'mL/min/1.73m2', '>60', vt='>90'),
    r('alanine-aminotransferase', 34, 'U/L', '<45'),
    r('gamma-glutamyl-transferase', 29, 'U/L', '<55'),
    r('potassium', 4.2, 'mmol/L', '3.5..5.0'),
], 'eGFR "> 90" is censored above the >60 limit -> normal, normalized on the bound 90; the Opmerking line is a comment')

# ============================== SPAIN ==============================
case('ES', 'es', 'Spanish private lab, H flags, lipids with ApoB and Lp(a) mg/dL', """\
LABORATORIO ECHEVARNE          Petición: 25/0211/0447          Fecha: 11/02/2025
Paciente: GARCÍA LÓPEZ, JAVIER       Edad: 51 años
PRUEBA                         RESULTADO          UNIDADES      VALORES DE REFERENCIA
BIOQUÍMICA
Glucosa                        96                 mg/dL         74 - 106
Colesterol total               248      H         mg/dL         < 200
Colesterol HDL                 44                 mg/dL         > 40
Colesterol LDL                 176      H         mg/dL         < 130
Triglicéridos                  140                mg/dL         < 150
Apolipoproteína B              131      H         mg/dL         60 - 117
Lipoproteína (a)               72       H         mg/dL         < 30
""", [
    r('glucose', 96, 'mg/dL', '74..106'),
    r('total-cholesterol', 248, 'mg/dL', '<200', 'high'),
    r('hdl-cholesterol', 44, 'mg/dL', '>40'),
    r('ldl-cholesterol', 176, 'mg/dL', '<130', 'high'),
    r('triglycerides', 140, 'mg/dL', '<150'),
    r('apolipoprotein-b', 131, 'mg/dL', '60..117', 'high'),
    r('lipoprotein-a', 72, 'mg/dL', '<30', 'high'),
], 'Lp(a) in mg/dL cannot be converted to nmol/L (no molar mass) so normalizedValue is empty')

case('ES', 'es', 'hospital report, "a" ranges, alto/bajo words', """\
Hospital Universitario La Paz - Servicio de Análisis Clínicos
Magnitud                       Resultado              Unidad      Intervalo de referencia
Tirotropina (TSH)              4,92                   µUI/mL      0,35 a 4,94
Tiroxina libre (T4L)           0,84                   ng/dL       0,70 a 1,48
Testosterona total             2,9        bajo        ng/mL       3,0 a 8,9
Hormona luteinizante (LH)      3,8                    mUI/mL      1,5 a 9,3
Cortisol basal                 19,6       alto        µg/dL       6,2 a 19,4
""", [
    r('thyroid-stimulating-hormone', 4.92, 'uIU/mL', '0.35..4.94'),
    r('free-t4', 0.84, 'ng/dL', '0.70..1.48'),
    r('testosterone', 2.9, 'ng/mL', '3.0..8.9', 'low'),
    r('luteinizing-hormone', 3.8, 'mIU/mL', '1.5..9.3'),
    r('cortisol', 19.6, 'ug/dL', '6.2..19.4', 'high'),
], '"0,35 a 4,94" = 0.35-4.94; bajo = low, alto = high; testosterone 2.9 ng/mL = 290 ng/dL')

# ============================== MEXICO ==============================
case('MX', 'es', 'Chopo chemistry, flag word after the range', """\
LABORATORIO CLÍNICO CHOPO                 Folio: 7731-0125-88
Paciente: HERNÁNDEZ RUIZ, MARIO        Edad: 44 A        Sexo: M
ESTUDIO                    RESULTADO    UNIDADES     VALORES DE REFERENCIA
QUÍMICA SANGUÍNEA DE 6 ELEMENTOS
Glucosa                    112          mg/dL        70 - 100            ALTO
Urea                       32.1         mg/dL        16.6 - 48.5
BUN                        15.0         mg/dL        7.8 - 22.7
Creatinina                 0.94         mg/dL        0.70 - 1.20
Ácido úrico                6.8          mg/dL        3.4 - 7.0
Colesterol                 201          mg/dL        < 200               ALTO
Triglicéridos              310          mg/dL        < 150               ALTO
""", [
    r('glucose', 112, 'mg/dL', '70..100', 'high'),
    r('urea', 32.1, 'mg/dL', '16.6..48.5'),
    r('blood-urea-nitrogen', 15.0, 'mg/dL', '7.8..22.7'),
    r('creatinine', 0.94, 'mg/dL', '0.70..1.20'),
    r('uric-acid', 6.8, 'mg/dL', '3.4..7.0'),
    r('total-cholesterol', 201, 'mg/dL', '<200', 'high'),
    r('triglycerides', 310, 'mg/dL', '<150', 'high'),
], 'Urea and BUN are both printed and are distinct keys; ALTO = high; the panel name line is a heading')

case('MX', 'es', 'dotted leaders, [ a - b ] ranges', """\
PERFIL HORMONAL MASCULINO
Testosterona total ......... 612.0 ng/dL      [ 249.0 - 836.0 ]
Testosterona libre ......... 12.4 pg/mL       [ 8.7 - 25.1 ]
Estradiol .................. 33.0 pg/mL       [ 25.8 - 60.7 ]
Prolactina ................. 21.3 ng/mL       [ 4.04 - 15.2 ]     ALTO
""", [
    r('testosterone', 612.0, 'ng/dL', '249.0..836.0'),
    r('testosterone-free', 12.4, 'pg/mL', '8.7..25.1'),
    r('estradiol', 33.0, 'pg/mL', '25.8..60.7'),
    r('prolactin', 21.3, 'ng/mL', '4.04..15.2', 'high'),
], 'ALTO after the range = high')

# ============================== ARGENTINA ==============================
case('AR', 'es', 'value+unit cell, range with unit', """\
Laboratorio Hidalgo - Buenos Aires           Protocolo N° 550218
Paciente: FERNÁNDEZ, LUCAS        Médico: Dr. Rossi
DETERMINACIÓN                       RESULTADO          VALORES DE REFERENCIA
Hemoglobina glicosilada (HbA1c)     5,4 %              4,0 - 6,0 %
Insulinemia basal                   7,8 µUI/mL         2,0 - 25,0 µUI/mL
Glucemia                            0,91 g/L           0,70 - 1,10 g/L
Uricemia                            5,6 mg/dL          3,4 - 7,0 mg/dL
""", [
    r('hemoglobin-a1c', 5.4, '%', '4.0..6.0'),
    r('insulin', 7.8, 'uIU/mL', '2.0..25.0'),
    r('glucose', 0.91, 'g/L', '0.70..1.10'),
    r('uric-acid', 5.6, 'mg/dL', '3.4..7.0'),
], 'Glucemia 0.91 g/L = 91 mg/dL; Insulinemia = insulin; Uricemia = uric acid')

case('AR', 'es', 'hemograma per mm³ with dot thousands separators', """\
HEMOGRAMA
Glóbulos rojos ............ 4.850.000 /mm³      (4.500.000 - 5.900.000)
Hemoglobina ............... 14,8 g/dL           (13,5 - 17,5)
Hematocrito ............... 44 %                (41 - 53)
Glóbulos blancos .......... 6.300 /mm³          (4.000 - 10.000)
Plaquetas ................. 231.000 /mm³        (150.000 - 450.000)
""", [
    r('red-blood-cell-count', 4850000, '/uL', '4500000..5900000'),
    r('hemoglobin', 14.8, 'g/dL', '13.5..17.5'),
    r('hematocrit', 44, '%', '41..53'),
    r('white-blood-cell-count', 6300, '/uL', '4000..10000'),
    r('platelet-count', 231000, '/uL', '150000..450000'),
], 'dots are thousands separators: 4.850.000/mm³ = 4.85 x10^6/uL, 6.300/mm³ = 6.3 x10^3/uL, 231.000/mm³ = 231 x10^3/uL (mm³ = uL)')

# ============================== BRAZIL ==============================
case('BR', 'pt', 'Fleury: name line, Resultado and Valor de referência on following lines', """\
FLEURY MEDICINA E SAÚDE
Cliente: SOUZA, RICARDO ALVES        Ficha: 8812347701        Data da coleta: 05/02/2025
TESTOSTERONA TOTAL
Resultado: 289 ng/dL
Valor de referência: 249 a 836 ng/dL
Método: Eletroquimioluminescência
TESTOSTERONA LIVRE (calculada)
Resultado: 5,12 ng/dL
Valor de referência: 3,03 a 14,8 ng/dL
""", [
    r('testosterone', 289, 'ng/dL', '249..836'),
    r('testosterone-free', 5.12, 'ng/dL', '3.03..14.8'),
], 'free testosterone 5.12 ng/dL = 51.2 pg/mL (x10); the Método line is a method note')

case('BR', 'pt', 'hemograma with % and /mm³ columns and separate references', """\
HEMOGRAMA COMPLETO
ERITROGRAMA
Hemácias.......: 5,02 milhões/mm³          4,30 a 5,70
Hemoglobina....: 15,1 g/dL                 13,5 a 17,5
Hematócrito....: 45,0 %                    39,0 a 50,0
LEUCOGRAMA
Leucócitos.....: 6.200 /mm³                3.500 a 10.500
                     %        /mm³         Valores de referência
Segmentados        55       3.410          45 a 70 %      1.700 a 7.000 /mm³
Linfócitos         33       2.046          20 a 45 %      900 a 2.900 /mm³
PLAQUETAS......: 214.000 /mm³              150.000 a 450.000
""", [
    r('red-blood-cell-count', 5.02, '10^12/L', '4.30..5.70'),
    r('hemoglobin', 15.1, 'g/dL', '13.5..17.5'),
    r('hematocrit', 45.0, '%', '39.0..50.0'),
    r('white-blood-cell-count', 6200, '/uL', '3500..10500'),
    r('neutrophils', 55, '%', '45..70'),
    r('neutrophils-absolute', 3410, '/uL', '1700..7000'),
    r('lymphocytes', 33, '%', '20..45'),
    r('lymphocytes-absolute', 2046, '/uL', '900..2900'),
    r('platelet-count', 214000, '/uL', '150000..450000'),
], 'milhões/mm³ = 10*6/uL; Segmentados are neutrophils; each differential line is a % row and a /mm³ row (3.410/mm³ = 3.41 x10^3/uL); ERITROGRAMA/LEUCOGRAMA are headings')

case('BR', 'pt', 'NAME: value unit  VR: range lines', """\
25-HIDROXIVITAMINA D: 27,4 ng/mL     VR: 30 a 100 ng/mL
FERRITINA: 402 ng/mL     VR: 30 a 400 ng/mL
PSA TOTAL: 1,21 ng/mL     VR: inferior a 4,0 ng/mL
""", [
    r('vitamin-d', 27.4, 'ng/mL', '30..100'),
    r('ferritin', 402, 'ng/mL', '30..400'),
    r('prostate-specific-antigen', 1.21, 'ng/mL', '<4.0'),
], 'no flags printed: vitamin D 27.4 < 30 -> low, ferritin 402 > 400 -> high; "inferior a 4,0" = <4.0')

# ============================== PORTUGAL ==============================
case('PT', 'pt', 'Portuguese report without flags', """\
Análise                        Resultado     Unidades      Valores de Referência
Hemoglobina A1c                5,9           %             4,0 - 6,0
Colesterol Total               223           mg/dL         < 190
Colesterol LDL                 141           mg/dL         < 115
Colesterol HDL                 58            mg/dL         > 45
Triglicéridos                  121           mg/dL         < 150
""", [
    r('hemoglobin-a1c', 5.9, '%', '4.0..6.0'),
    r('total-cholesterol', 223, 'mg/dL', '<190'),
    r('ldl-cholesterol', 141, 'mg/dL', '<115'),
    r('hdl-cholesterol', 58, 'mg/dL', '>45'),
    r('triglycerides', 121, 'mg/dL', '<150'),
], 'no flags printed: total 223 and LDL 141 exceed their upper bounds -> computed high')

# ============================== ITALY ==============================
case('IT', 'it', 'Italian hospital emocromo with % and # rows', """\
LABORATORIO ANALISI CLINICHE - ASST FATEBENEFRATELLI SACCO
Paziente: ROSSI MARCO        Nato il: 18/05/1970        Accettazione: 2502110347
ESAME                          RISULTATO     UNITÀ DI MISURA     VALORI DI RIFERIMENTO
EMOCROMO
Globuli bianchi (WBC)          5,82          10^3/µL             4,00 - 10,00
Globuli rossi (RBC)            5,14          10^6/µL             4,50 - 5,90
Emoglobina (Hb)                15,2          g/dL                13,5 - 17,5
Piastrine (PLT)                198           10^3/µL             150 - 400
Neutrofili %                   52,3          %                   40,0 - 74,0
Neutrofili #                   3,04          10^3/µL             1,80 - 7,50
""", [
    r('white-blood-cell-count', 5.82, '10^9/L', '4.00..10.00'),
    r('red-blood-cell-count', 5.14, '10^12/L', '4.50..5.90'),
    r('hemoglobin', 15.2, 'g/dL', '13.5..17.5'),
    r('platelet-count', 198, '10^9/L', '150..400'),
    r('neutrophils', 52.3, '%', '40.0..74.0'),
    r('neutrophils-absolute', 3.04, '10^9/L', '1.80..7.50'),
], 'header and patient lines are furniture')

case('IT', 'it', 'chimica clinica with Nota line and <= censored CRP', """\
CHIMICA CLINICA
Glucosio                       98            mg/dL            60 - 110
Creatinina                     0,98          mg/dL            0,67 - 1,17
eGFR (CKD-EPI)                 88            mL/min/1,73m²    > 60
ALT (GPT)                      19            U/L              < 41
Colesterolo totale             178           mg/dL            < 200
Omocisteina                    11,2          µmol/L           5,0 - 15,0
Proteina C reattiva            <= 0,50       mg/dL            0,00 - 0,50
Nota: i valori di riferimento del colesterolo si riferiscono a soggetti a basso rischio cardiovascolare.
""", [
    r('glucose', 98, 'mg/dL', '60..110'),
    r('creatinine', 0.98, 'mg/dL', '0.67..1.17'),
    r('egfr', 88, 'mL/min/1.73m2', '>60'),
    r('alanine-aminotransferase', 19, 'U/L', '<41'),
    r('total-cholesterol', 178, 'mg/dL', '<200'),
    r('homocysteine', 11.2, 'umol/L', '5.0..15.0'),
    r('c-reactive-protein', 0.50, 'mg/dL', '0.00..0.50', vt='<=0.50'),
], 'CRP <=0.50 mg/dL lies within 0.00-0.50 -> normal and normalizes to 5 mg/L (x10); the Nota line is a comment')

case('IT', 'it', 'one-liner with v.n. label', """\
Vitamina D 25-OH: 24,6 ng/mL (v.n. 30 - 100)
""", [
    r('vitamin-d', 24.6, 'ng/mL', '30..100'),
], 'v.n. = valori normali; no flag printed, 24.6 < 30 -> computed low')

# ============================== POLAND ==============================
case('PL', 'pl', 'Diagnostyka thyroid/vitamin report', """\
DIAGNOSTYKA S.A. - Laboratorium Medyczne
Pacjent: KOWALSKI JAN       PESEL: ***********       Data pobrania: 2025-02-12
Badanie                         Wynik       Jednostka      Zakres referencyjny
TSH                             1,842       µIU/ml         0,270 - 4,200
FT4                             16,21       pmol/l         12,00 - 22,00
FT3                             4,62        pmol/l         3,10 - 6,80
Witamina D3 metabolit 25(OH)    31,4        ng/ml          30,0 - 50,0
Ferrytyna                       76,3        ng/ml          30,0 - 400,0
""", [
    r('thyroid-stimulating-hormone', 1.842, 'uIU/mL', '0.270..4.200'),
    r('free-t4', 16.21, 'pmol/L', '12.00..22.00'),
    r('free-t3', 4.62, 'pmol/L', '3.10..6.80'),
    r('vitamin-d', 31.4, 'ng/mL', '30.0..50.0'),
    r('ferritin', 76.3, 'ng/mL', '30.0..400.0'),
], 'FT4 16.21 pmol/L x 776.87/10000 = 1.26 ng/dL; FT3 4.62 pmol/L x 0.65097 = 3.01 pg/mL')

# ============================== CZECHIA ==============================
case('CZ', 'cs', 'Czech NIS print, reference before result, µkat/l enzymes', """\
Synlab Czech s.r.o. - Laboratoř Praha                  Strana 1/1
Vyšetření                  Ref. meze          Výsledek          Jednotka
S_Glukóza                  3,9 - 5,6          5,8      ↑        mmol/l
S_ALT                      0,10 - 0,78        0,92     ↑        µkat/l
S_AST                      0,10 - 0,72        0,51              µkat/l
S_GMT                      0,14 - 0,84        0,64              µkat/l
S_Cholesterol              2,90 - 5,00        4,96              mmol/l
S_Kyselina močová          202 - 417          398               µmol/l
S_Testosteron              8,64 - 29,00       12,4              nmol/l
""", [
    r('glucose', 5.8, 'mmol/L', '3.9..5.6', 'high'),
    r('alanine-aminotransferase', 0.92, 'ukat/L', '0.10..0.78', 'high'),
    r('aspartate-aminotransferase', 0.51, 'ukat/L', '0.10..0.72'),
    r('gamma-glutamyl-transferase', 0.64, 'ukat/L', '0.14..0.84'),
    r('total-cholesterol', 4.96, 'mmol/L', '2.90..5.00'),
    r('uric-acid', 398, 'umol/L', '202..417'),
    r('testosterone', 12.4, 'nmol/L', '8.64..29.00'),
], 'the reference column comes before the result; 1 µkat/l = 60 U/L so ALT 0.92 -> 55.2 U/L; S_ is the serum prefix; GMT = GGT')

# ============================== SWEDEN ==============================
case('SE', 'sv', 'Swedish report, P-/B- prefixes, µkat/L', """\
Karolinska Universitetslaboratoriet - Klinisk kemi
Analys                       Resultat    Enhet              Referensintervall
P-Kreatinin                  84          µmol/L             60 - 105
eGFR (kreatinin)             94          mL/min/1,73 m2     > 60
P-ALAT                       0,62        µkat/L             < 1,1
P-Kalium                     4,1         mmol/L             3,5 - 4,6
B-Hemoglobin (Hb)            152         g/L                134 - 170
P-Ferritin                   210         µg/L               25 - 310
""", [
    r('creatinine', 84, 'umol/L', '60..105'),
    r('egfr', 94, 'mL/min/1.73m2', '>60'),
    r('alanine-aminotransferase', 0.62, 'ukat/L', '<1.1'),
    r('potassium', 4.1, 'mmol/L', '3.5..4.6'),
    r('hemoglobin', 152, 'g/L', '134..170'),
    r('ferritin', 210, 'ug/L', '25..310'),
], 'ALAT 0.62 µkat/L x 60 = 37.2 U/L; Hb 152 g/L = 15.2 g/dL')

case('SE', 'sv', 'one-liner with flag after the range', """\
P-Testosteron    7,9 nmol/L    (8,6–29)    L
""", [
    r('testosterone', 7.9, 'nmol/L', '8.6..29', 'low'),
], 'en-dash range; 7.9 nmol/L x 28.842 = 228 ng/dL')

# ============================== DENMARK / NORWAY / FINLAND ==============================
case('DK', 'da', 'Danish NPU-style units', """\
Region Hovedstaden - Klinisk Biokemisk Afdeling, Rigshospitalet
Analyse                                  Resultat    Enhed            Referenceinterval
P-Thyrotropin (TSH)                      2,6         × 10⁻³ IU/L      0,3 - 4,0
P-Thyroxin (frit) (fT4)                  17          pmol/L           12 - 22
P-Cobalamin (B12)                        298         pmol/L           200 - 600
P-Jern                                   11          µmol/L           9 - 34
""", [
    r('thyroid-stimulating-hormone', 2.6, 'mIU/L', '0.3..4.0'),
    r('free-t4', 17, 'pmol/L', '12..22'),
    r('vitamin-b12', 298, 'pmol/L', '200..600'),
    r('iron', 11, 'umol/L', '9..34'),
], '× 10⁻³ IU/L = mIU/L; B12 298 pmol/L = 404 pg/mL; Jern = iron, 11 µmol/L x 5.5845 = 61.4 µg/dL')

case('NO', 'no', 'Fürst report with censored CRP', """\
Fürst Medisinsk Laboratorium                          Svar: endelig
Analyse                   Resultat          Enhet       Ref.område
Hemoglobin                13,1      L       g/dL        13,4 - 17,0
Ferritin                  26        L       µg/L        30 - 400
Vitamin D (25-OH)         48        L       nmol/L      50 - 150
CRP                       <1                mg/L        <5
""", [
    r('hemoglobin', 13.1, 'g/dL', '13.4..17.0', 'low'),
    r('ferritin', 26, 'ug/L', '30..400', 'low'),
    r('vitamin-d', 48, 'nmol/L', '50..150', 'low'),
    r('c-reactive-protein', 1, 'mg/L', '<5', vt='<1'),
], 'CRP <1 is below the <5 limit -> normal, normalized on the bound 1; vitamin D 48 nmol/L x 0.40064 = 19.2 ng/mL')

case('FI', 'fi', 'HUSLAB Finnish abbreviations', """\
HUS Diagnostiikkakeskus – HUSLAB
Tutkimus                 Tulos          Yksikkö      Viitearvo
P -TSH                   1,78           mU/l         0,5 - 3,6
P -T4-V                  14,2           pmol/l       11 - 22
fP -Gluk                 5,9            mmol/l       4,0 - 6,0
fP -Kol-LDL              3,4     H      mmol/l       < 3,0
""", [
    r('thyroid-stimulating-hormone', 1.78, 'mIU/L', '0.5..3.6'),
    r('free-t4', 14.2, 'pmol/L', '11..22'),
    r('glucose', 5.9, 'mmol/L', '4.0..6.0'),
    r('ldl-cholesterol', 3.4, 'mmol/L', '<3.0', 'high'),
], 'T4-V = free T4, fP-Gluk = fasting plasma glucose, fP-Kol-LDL = LDL cholesterol; mU/l TSH = mIU/L')

# ============================== RUSSIA / UKRAINE ==============================
case('RU', 'ru', 'Invitro hormone report, Cyrillic units, comment column', """\
ИНВИТРО                                                        Стр. 1 из 2
Пациент: Иванов Сергей Петрович        Дата рождения: 14.03.1972
Исследование                          Результат    Единицы     Референсные значения    Комментарий
Тестостерон общий                     9,8          нмоль/л     8,33 - 30,19
ГСПГ (глобулин, связывающий половые гормоны)   47,3   нмоль/л   18,3 - 54,1
Эстрадиол                             162          пмоль/л     <146                    повышен
Пролактин                             214          мЕд/л       73 - 407
""", [
    r('testosterone', 9.8, 'nmol/L', '8.33..30.19'),
    r('shbg', 47.3, 'nmol/L', '18.3..54.1'),
    r('estradiol', 162, 'pmol/L', '<146', 'high'),
    r('prolactin', 214, '', '73..407'),
], 'нмоль/л = nmol/L, пмоль/л = pmol/L; повышен = high; prolactin in мЕд/л (mIU/L) is not convertible to ng/mL so normalizedValue is empty')

case('UA', 'uk', 'Synevo Ukraine with HOMA-IR and arrow flag', """\
СІНЕВО Україна                          Замовлення № 4471882
Пацієнт: Коваленко Олег          Дата: 07.02.2025
Тест                        Результат          Одиниці       Референтні значення
Глюкоза                     5,12               ммоль/л       4,11 - 5,89
Інсулін                     11,6               мкОд/мл       2,6 - 24,9
Індекс HOMA-IR              2,64                             < 2,7
Вітамін B12                 187       ↓        пг/мл         197 - 771
""", [
    r('glucose', 5.12, 'mmol/L', '4.11..5.89'),
    r('insulin', 11.6, 'uIU/mL', '2.6..24.9'),
    r('homa-ir', 2.64, '', '<2.7'),
    r('vitamin-b12', 187, 'pg/mL', '197..771', 'low'),
], 'мкОд/мл = µU/mL insulin; HOMA-IR has no unit; ↓ = low')

# ============================== TURKEY / GREECE / ROMANIA / HUNGARY ==============================
case('TR', 'tr', 'Acıbadem biochemistry with ≤ range', """\
ACIBADEM LABMED                                          Sayfa 1/2
Hasta Adı: YILMAZ, MEHMET        Protokol No: 25021144
Test Adı                     Sonuç          Birim        Referans Aralığı
Açlık kan şekeri             91             mg/dL        70 - 100
Kreatinin                    0,89           mg/dL        0,7 - 1,2
ALT                          44      H      U/L          0 - 41
Total kolesterol             196            mg/dL        0 - 200
HDL kolesterol               47             mg/dL        > 40
LDL kolesterol               124            mg/dL        0 - 130
Trigliserid                  124            mg/dL        0 - 150
CRP                          2,1            mg/L         ≤ 5
""", [
    r('glucose', 91, 'mg/dL', '70..100'),
    r('creatinine', 0.89, 'mg/dL', '0.7..1.2'),
    r('alanine-aminotransferase', 44, 'U/L', '0..41', 'high'),
    r('total-cholesterol', 196, 'mg/dL', '0..200'),
    r('hdl-cholesterol', 47, 'mg/dL', '>40'),
    r('ldl-cholesterol', 124, 'mg/dL', '0..130'),
    r('triglycerides', 124, 'mg/dL', '0..150'),
    r('c-reactive-protein', 2.1, 'mg/L', '<=5'),
], 'Açlık kan şekeri = fasting glucose; ≤ 5 is an inclusive upper bound')

case('GR', 'el', 'Greek report', """\
ΒΙΟΪΑΤΡΙΚΗ - Διαγνωστικό Εργαστήριο
Εξέταση                 Αποτέλεσμα          Μονάδες     Τιμές αναφοράς
Σάκχαρο                 88                  mg/dL       70 - 110
Χοληστερόλη             241       ↑         mg/dL       < 200
Φερριτίνη               44                  ng/mL       30 - 400
TSH                     1,56                μIU/mL      0,4 - 4,0
""", [
    r('glucose', 88, 'mg/dL', '70..110'),
    r('total-cholesterol', 241, 'mg/dL', '<200', 'high'),
    r('ferritin', 44, 'ng/mL', '30..400'),
    r('thyroid-stimulating-hormone', 1.56, 'uIU/mL', '0.4..4.0'),
], 'Σάκχαρο = glucose, Χοληστερόλη = total cholesterol, Φερριτίνη = ferritin')

case('RO', 'ro', 'Synevo Romania buletin, no printed flags', """\
Synevo Romania                                 Buletin de analize medicale
Denumire analiza            Rezultat     UM          Interval biologic de referinta
Colesterol seric total      212          mg/dL       < 200
HbA1c                       5,6          %           4,8 - 5,9
Vitamina D (25-OH)          19,5         ng/mL       30 - 100
Feritina serica             118          ng/mL       30 - 400
""", [
    r('total-cholesterol', 212, 'mg/dL', '<200'),
    r('hemoglobin-a1c', 5.6, '%', '4.8..5.9'),
    r('vitamin-d', 19.5, 'ng/mL', '30..100'),
    r('ferritin', 118, 'ng/mL', '30..400'),
], 'no flags printed: cholesterol 212 -> computed high, vitamin D 19.5 -> computed low')

case('HU', 'hu', 'Hungarian lelet with censored eGFR', """\
Synlab Hungary                    Lelet
Vizsgálat                     Eredmény       Mértékegység        Referencia tartomány
Kreatinin                     78             µmol/l              62 - 106
eGFR-EPI                      >90            ml/perc/1,73m2      >60
Húgysav                       421     H      µmol/l              202 - 416
Magnézium                     0,84           mmol/l              0,66 - 1,07
""", [
    r('creatinine', 78, 'umol/L', '62..106'),
    r('egfr', 90, 'mL/min/1.73m2', '>60', vt='>90'),
    r('uric-acid', 421, 'umol/L', '202..416', 'high'),
    r('magnesium', 0.84, 'mmol/L', '0.66..1.07'),
], 'perc = minute; Húgysav = uric acid 421 µmol/L x 168.11/10000 = 7.08 mg/dL')

# ============================== NO-RESULT SNIPPETS ==============================
nocase('US', 'en', 'test requisition', """\
QUEST DIAGNOSTICS  -  TEST REQUISITION
Client #: 97513210       Physician: Dr. A. Koenig, MD       NPI: 1457392210
Patient: WALSH, PATRICK       DOB: 08/19/1969       Fasting: Yes       Bill: Patient
Tests Ordered:
[X] 7600    Lipid Panel, Standard
[X] 10231   Comprehensive Metabolic Panel
[X] 15983   Testosterone, Free and Total, MS
[X] 899     TSH
[X] 17306   Vitamin D, 25-Hydroxy
ICD-10: E29.1, E78.5
""", 'a requisition lists ordered test codes, no results')

nocase('UK', 'en', 'phlebotomy appointment slip', """\
Phlebotomy Appointment Confirmation
Oxford University Hospitals - Blood Test Centre, Summertown
Date: Tuesday 18 March 2025     Time: 08:40
Tests requested: FBC, U&E, LFT, HbA1c, Lipid profile, TSH, Testosterone
Please fast for 10-12 hours before your appointment (water is allowed).
Bring this letter and your blood test form.
""", 'an appointment slip: test names and times only')

nocase('DE', 'de', 'IGeL price list', """\
Preisliste Selbstzahlerleistungen (IGeL) – Stand 01/2025
Parameter                          GOÄ-Ziffer      Preis
Vitamin D (25-OH)                  4138            26,23 €
Testosteron, freies                4067            18,60 €
Homocystein                        4079            34,97 €
Lipoprotein (a)                    3729            20,40 €
HbA1c                              3561            14,57 €
""", 'fee codes and prices in euros are not results')

nocase('IN', 'en', 'health package price list', """\
HEALTHIANS - Full Body Checkup "Aarogyam Advanced"      ₹ 2,499 (MRP ₹ 5,998)
Includes 84 tests:
Lipid Profile (8 tests) | Liver Function (11 tests) | Kidney Function (7 tests)
Thyroid Profile Total (3 tests) | Vitamin D (1) | Vitamin B12 (1) | HbA1c (2)
Sample: Blood | Fasting: 10-12 hrs | Report in 48 hrs
""", 'a package advert: prices and test counts, no results')

nocase('ES', 'es', 'reference-range table with no values', """\
VALORES DE REFERENCIA - PERFIL HORMONAL MASCULINO
Prueba                     Unidades      Intervalo de referencia
Testosterona total         ng/dL         249 - 836
Testosterona libre         pg/mL         8,7 - 25,1
Estradiol                  pg/mL         11,3 - 43,2
LH                         mUI/mL        1,7 - 8,6
FSH                        mUI/mL        1,5 - 12,4
""", 'reference intervals only; no patient value column')

nocase('FR', 'fr', 'header-only cover page', """\
LABORATOIRE CERBALLIANCE PARIS 15 - Site Vaugirard
Compte rendu d'analyses de biologie médicale
Patient : M. DUBOIS Philippe          Né le : 03/11/1964
Prescripteur : Dr LEMAIRE             Dossier : 2502187746
Prélevé le : 18/02/2025 à 07:48       Édité le : 19/02/2025
Page 1 / 3
""", 'page furniture only (lab, patient, dates, page count)')

nocase('US', 'en', 'method / footnote block', """\
PERFORMING SITES AND METHODS
EZ  Quest Diagnostics Nichols Institute, 33608 Ortega Hwy, San Juan Capistrano, CA 92675
    Testosterone, Total, MS: LC/MS/MS. Free testosterone by equilibrium dialysis.
    Vitamin D, 25-OH: LC/MS/MS. Optimal level > or = 30 ng/mL.
Z4P Quest Diagnostics Nichols Institute - Chantilly, VA 20151
    This test was developed and its analytical performance characteristics have been
    determined by Quest Diagnostics. It has not been cleared or approved by FDA.
""", 'methods, sites and disclaimers; "> or = 30 ng/mL" is a target, not a result')

nocase('UK', 'en', 'flag/previous-results legend', """\
KEY TO FLAGS AND SYMBOLS
H  = Above reference range            L  = Below reference range
HH = Critically high (phoned)         LL = Critically low (phoned)
*  = Result amended, see comment      #  = Test not UKAS accredited
Previous results are shown in the right-hand column with the date of collection.
""", 'a legend explaining flags; no results')

nocase('US', 'en', 'patient preparation instructions', """\
PATIENT SERVICE CENTER - PREPARATION INSTRUCTIONS
Testosterone (total and free): collect between 7 and 10 AM.
Insulin and glucose: fast 8-12 hours; water only.
Lipid panel: fasting not required unless triglycerides were >400 mg/dL previously.
PSA: avoid ejaculation and cycling for 48 hours before the draw.
Biotin supplements: stop 72 hours before thyroid and hormone testing.
""", 'instructions; ">400 mg/dL" is a criterion, not a result')

nocase('IT', 'it', 'booking confirmation', """\
PRENOTAZIONE PRELIEVO - Centro Diagnostico Italiano
Data: 24/03/2025      Ora: 07:30      Sportello: 4
Esami prenotati: Emocromo, Glucosio, Colesterolo totale e HDL, Trigliceridi, TSH reflex, Testosterone totale, PSA totale
Ticket da pagare: € 36,15
Codice prenotazione: CDI-7781-2231
""", 'a booking with test names, time and fee')

nocase('NL', 'en', 'GP lab order form (English version)', """\
Laboratory Request Form - Huisartsenpraktijk De Linde, Amsterdam
Patient: de Vries, Martijn         Date of birth: 02-04-1977
Requested: [x] Hb  [x] Fasting glucose  [x] Creatinine/eGFR  [x] Lipid profile  [x] TSH  [ ] Ferritin
Clinical information: fatigue, monitoring testosterone therapy
Collection date: ........................
""", 'an order form with tick boxes, no results')

nocase('SE', 'en', 'referral (remiss) printed in English', """\
Referral - Clinical Chemistry (Remiss)
Ordering unit: Vårdcentralen Mariahälsan, Dr. E. Lindqvist
Analyses: P-Testosterone, P-SHBG, P-LH, P-FSH, P-Prolactin, B-Hb, P-PSA
Sampling: fasting, before 10:00
Priority: Routine
""", 'a referral listing analyses')

nocase('AE', 'en', 'insurance prior authorization', """\
PRIOR AUTHORIZATION - DAMAN National Health Insurance
Member ID: 784-1980-XXXXXXX-X       Provider: Mediclinic City Hospital
CPT       Description                          Qty    Status
84403     Testosterone; total                  1      Approved
82670     Estradiol                            1      Approved
84153     PSA; total                           1      Approved
83036     Hemoglobin; glycosylated (A1C)       1      Rejected - not medically indicated
""", 'CPT codes and quantities are not results')

nocase('AU', 'en', 'pathology request form', """\
PATHOLOGY REQUEST - Australian Clinical Labs
Requesting Doctor: Dr. M. Chen       Provider No: 2457381K
Tests: FBE, E/LFT, Fasting lipids, HbA1c, Iron studies, TFT, Testosterone, SHBG
Clinical notes: on TRT - monitor Hct. Bulk bill.
Patient to fast 12 hours.    Copy to: Dr J. Walker
""", 'a request form')

nocase('US', 'en', 'age-stratified reference table without values', """\
Reference ranges - Free Testosterone (pg/mL), adult males
Age 18-69 years        46.0 - 224.0
Age 70-89 years        6.0 - 73.0
Note: Free testosterone by equilibrium dialysis, LC/MS/MS.
""", 'reference intervals by age; no patient value')


# ---------------------------------------------------------------- build
NO_POS = [6, 13, 19, 26, 32, 39, 45, 51, 57, 64, 70, 77, 83, 90, 96]  # 0-based slots


def build():
    assert len(RES) == 85, len(RES)
    assert len(NONE) == 15, len(NONE)
    allc = []
    ri, ni = iter(RES), iter(NONE)
    for i in range(100):
        allc.append(next(ni) if i in NO_POS else next(ri))
    return allc


def row_expected(rw):
    key = rw['key']
    if not key.startswith('?') and key not in CAT:
        raise KeyError(key)
    flag, rng_out, how = compute_flag(rw)
    nv, fac = convert(key, rw['unit'], rw['val'])
    exp = '|'.join([key, rw['vt'], flag or 'null', nv or '',
                    CAT[key]['ucum'] if nv else '', rng_out])
    # why fragment
    label = key if not key.startswith('?') else key
    parts = []
    if nv is not None and abs(fac - 1) > 1e-12:
        parts.append('%s %s %s x %s = %s %s' % (label, rw['vt'] or fmtnum(rw['val']), rw['unit'],
                                              ('%.6g' % fac), nv, CAT[key]['ucum']))
    return exp, flag, rng_out, parts, how


def fmtnum(v):
    return ('%.6f' % v).rstrip('0').rstrip('.')


def main():
    cases = build()
    lines = ['id\tline\texpected\twhy']
    nrows = 0
    for i, c in enumerate(cases, 1):
        cid = 'R%03d' % i
        c['id'] = cid
        text = c['text'].rstrip('\n')
        assert '\t' not in text and '\\n' not in text, cid
        line = '\\n'.join(l.rstrip() for l in text.split('\n'))
        if not c['rows']:
            exp = '-'
            why = 'range=none; no result row: %s.' % c['note']
        else:
            exps, rngs, convs, flags = [], [], [], []
            for rw in c['rows']:
                e, flag, rng_out, parts, how = row_expected(rw)
                exps.append(e)
                rngs.append(rng_out or '(none)')
                convs += parts
                if how == 'computed' and flag:
                    flags.append('%s computed %s' % (rw['key'], flag))
            nrows += len(exps)
            exp = ' ;; '.join(exps)
            why = 'range=' + ', '.join(rngs)
            if convs:
                why += '; conversions: ' + ', '.join(convs)
            if flags:
                why += '; no printed flag: ' + ', '.join(flags)
            else:
                why += '; flags as printed'
            why += '; ' + c['note'] + '.'
        assert '\t' not in exp and '\t' not in why
        lines.append('\t'.join([cid, line, exp, why]))
    with open(os.path.join(HERE, 'keyed.tsv'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    print('snippets', len(cases), 'rows', nrows, 'no-result', sum(1 for c in cases if not c['rows']),
          'non-English', sum(1 for c in cases if c['lang'] != 'en'))


if __name__ == '__main__':
    main()
