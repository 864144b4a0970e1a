#!/usr/bin/env python3
"""review36 blind test set generator (keyed set 24, ids Q001..Q080).

Machinery (unit algebra, flags, tie refusal, TSV writing) reused from set 23's generator; all snippet data is new.
Holds every snippet and its keyed rows, converts units with the catalog
(ucumUnit + molarMass from ../keyed-printouts/catalog-keys.tsv), computes flags from
ranges when no flag is printed, refuses to write if a printed flag contradicts
its range, and writes keyed.tsv.
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
#   mass: g/L   mol: mol/L   c3: 10*3/uL (all cell counts; 10*6/uL = 1000 of them)   U: U/L   IU: [IU]/L
#   pct: %   fl: fL   pgc: pg (per cell)   gfr: mL/min/1.73m2   acr: mg/g
CASE_SENSITIVE = {
    'G/l': ('c3', 1), 'G/L': ('c3', 1), 'T/l': ('c3', 1e3), 'T/L': ('c3', 1e3),
}
# Cyrillic unit spellings -> Latin, applied before the lookup
CYR = [('мкмоль', 'umol'), ('ммоль', 'mmol'), ('нмоль', 'nmol'), ('пмоль', 'pmol'), ('мкМЕ', 'uIU'), ('мМЕ', 'mIU'),
       ('мкг', 'ug'), ('нг', 'ng'), ('пг', 'pg'), ('мг', 'mg'), ('г/', 'g/'), ('Ед/', 'U/'), ('Од/', 'U/'), ('мл', 'ml'), ('л', 'l'),
       ('фл', 'fl')]
UNITS = {
    'g/l': ('mass', 1), 'g/dl': ('mass', 10), 'mg/dl': ('mass', 1e-2), 'mg/l': ('mass', 1e-3),
    'ug/ml': ('mass', 1e-3), 'ug/dl': ('mass', 1e-5), 'ug/l': ('mass', 1e-6), 'ng/ml': ('mass', 1e-6),
    'ng/dl': ('mass', 1e-8), 'pg/ml': ('mass', 1e-9), 'ng/l': ('mass', 1e-9), 'mcg/dl': ('mass', 1e-5),
    'mmol/l': ('mol', 1e-3), 'umol/l': ('mol', 1e-6), 'nmol/l': ('mol', 1e-9), 'pmol/l': ('mol', 1e-12),
    # counts
    '10^9/l': ('c3', 1), 'x10^9/l': ('c3', 1), 'x10*9/l': ('c3', 1), 'k/ul': ('c3', 1), 'tsd/ul': ('c3', 1),
    'tys/ul': ('c3', 1), '10^3/ul': ('c3', 1), 'x10^3/ul': ('c3', 1), 'mil/mm3': ('c3', 1),
    '×10^9/l': ('c3', 1), '×10^3/ul': ('c3', 1), 'e9/l': ('c3', 1), '10e9/l': ('c3', 1), '10*9/l': ('c3', 1),
    'x10^4/ul': ('c3', 10), 'x10e3/ul': ('c3', 1), 'gm%': ('mass', 10), '×10^4/ul': ('c3', 10), '10^4/ul': ('c3', 10),
    '/ul': ('c3', 1e-3), '/mm3': ('c3', 1e-3), 'cells/ul': ('c3', 1e-3), '/cmm': ('c3', 1e-3),
    '10^12/l': ('c3', 1e3), 'x10^12/l': ('c3', 1e3), 'm/ul': ('c3', 1e3), 'mio/ul': ('c3', 1e3),
    'mln/ul': ('c3', 1e3), '×10^12/l': ('c3', 1e3), 'e12/l': ('c3', 1e3), '10e12/l': ('c3', 1e3),
    '10*12/l': ('c3', 1e3), 'mill/mm3': ('c3', 1e3),
    'milhoes/mm3': ('c3', 1e3), '10^6/ul': ('c3', 1e3), 'x10^6/ul': ('c3', 1e3), '×10^6/ul': ('c3', 1e3),
    # catalytic / arbitrary units
    'u/l': ('U', 1), 'units/l': ('U', 1), 'ukat/l': ('U', 60), 'u/ml': ('U', 1000), 'ku/l': ('U', 1000),
    # international units
    'iu/l': ('IU', 1), 'miu/ml': ('IU', 1), 'mui/ml': ('IU', 1), 'miu/l': ('IU', 1e-3), 'mui/l': ('IU', 1e-3),
    'uiu/ml': ('IU', 1e-3), 'uui/ml': ('IU', 1e-3), 'iu/ml': ('IU', 1000), 'ui/ml': ('IU', 1000),
    'kiu/l': ('IU', 1000), 'mie/l': ('IU', 1e-3), 'ie/l': ('IU', 1), 'ui/l': ('IU', 1),
    '%': ('pct', 1), 'l/l': ('pct', 100),
    'fl': ('fl', 1), 'pg': ('pgc', 1),
    'ml/min/1.73m2': ('gfr', 1), 'ml/s/1.73m2': ('gfr', 60), 'ml/min/1.73m^2': ('gfr', 1),
    'mg/g': ('acr', 1), 'mg/gcreatinine': ('acr', 1), 'mg/gcr': ('acr', 1),
    # set 24: US/CA/AU spellings and HL7 units (\S\ is the HL7 escape of ^)
    'k/cmm': ('c3', 1), 'm/cmm': ('c3', 1e3), 'cells/cumm': ('c3', 1e-3), 'thou/ul': ('c3', 1),
    'x10e9/l': ('c3', 1), 'x10e6/ul': ('c3', 1e3), 'x10e12/l': ('c3', 1e3), '10*3/ul': ('c3', 1),
    '10*6/ul': ('c3', 1e3), 'x10^9/ul': None, 'mcg/l': ('mass', 1e-6), 'mcg/ml': ('mass', 1e-3),
    'ml/min/{1.73_m2}': ('gfr', 1), 'ml/min/1.73': ('gfr', 1), 'ml/min/1,73m2': ('gfr', 1),
    'mill/cmm': ('c3', 1e3), 'x10^3/mm3': ('c3', 1), '×10^9/л': ('c3', 1), '×10^12/л': ('c3', 1e3),
    'ммоль/л': ('mol', 1e-3), 'mg/mmol': ('acrmol', 1), 'мм/ч': ('esr', 1),
    'sec': ('time', 1), 's': ('time', 1), 'seconds': ('time', 1),
    'mmol/mol': ('ifcc', 1), 'mm/jam': ('esr', 1), 'mm/h': ('esr', 1), 'mm/hr': ('esr', 1), 'mm/1h': ('esr', 1),
}
UCUM = {
    'mg/dL': ('mass', 1e-2), 'g/dL': ('mass', 10), 'ug/dL': ('mass', 1e-5), 'ng/mL': ('mass', 1e-6),
    'pg/mL': ('mass', 1e-9), 'ng/dL': ('mass', 1e-8), 'mg/L': ('mass', 1e-3), 'ug/L': ('mass', 1e-6),
    'ug/mL': ('mass', 1e-3), 'g/L': ('mass', 1),
    'umol/L': ('mol', 1e-6), 'nmol/L': ('mol', 1e-9), 'mmol/L': ('mol', 1e-3),
    '10*3/uL': ('c3', 1), '10*6/uL': ('c3', 1e3), 'U/L': ('U', 1), 'U/mL': ('U', 1000),
    'm[IU]/L': ('IU', 1e-3), 'm[IU]/mL': ('IU', 1), 'u[IU]/mL': ('IU', 1e-3), '[IU]/mL': ('IU', 1000),
    '%': ('pct', 1), 'fL': ('fl', 1), 'pg': ('pgc', 1), 'mL/min/{1.73_m2}': ('gfr', 1), 'mg/g': ('acr', 1),
    'mm/h': ('esr', 1), 's': ('time', 1),
}


def unit_info(u):
    if u is None:
        return None
    if u in CASE_SENSITIVE:
        return CASE_SENSITIVE[u]
    for a, b in CYR:
        u = u.replace(a, b)
    u = u.replace('\\S\\', '^')
    n = (u.replace('µ', 'u').replace('μ', 'u').replace('²', '2').replace('³', '3').replace(' ', '')
         .replace(',', '.').replace('ões', 'oes').lower())
    if n not in UNITS or UNITS[n] is None:
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


def case(country, lang, family, layout, text, rows, why):
    text = textwrap.dedent(text).strip('\n')
    lines = [ln.rstrip() for ln in text.split('\n')]
    # a backslash is allowed only as part of an HL7 escape (\S\, \T\, \F\, \R\, \E\) or the MSH
    # encoding characters; never before n/t/r or another backslash, so that the TSV's \n stays unambiguous
    if any('\t' in ln or re.search(r'\\[ntr\\]', ln) for ln in lines):
        raise SystemExit('tab or ambiguous backslash in snippet: ' + lines[0])
    CASES.append(dict(country=country, lang=lang, family=family, layout=layout, lines=lines, rows=rows, why=why))


# ================================================================= the cases
# ---- family 1: pdftotext -layout output of multi-page hospital / commercial lab PDFs
case('US', 'en', 'pdf1', 'Quest Diagnostics two-page pdftotext -layout print: In Range / Out Of Range columns, hormone panel header line with indented components, CMP header at the foot of page 1 continued on page 2, performing-site column, repeated banner and Page x of 2 footer', r'''
    Quest Diagnostics Incorporated                     Client #: 97512345   MORRISON CONCIERGE MEDICINE
    Patient Information               Specimen Information              Client Information
    DALTON, MARCUS J                  Specimen: WD410587K               MORRISON CONCIERGE MEDICINE
    DOB: 06/14/1971   AGE: 53         Requisition: 0004172              4410 N SCOTTSDALE RD STE 200
    Gender: M                         Collected: 02/11/2025 / 07:42 MST SCOTTSDALE, AZ 85251
    Phone: 480.555.0187               Received: 02/11/2025 / 12:05 MST
    Patient ID: MCM-22114             Reported: 02/13/2025 / 14:26 MST
    COMMENTS: FASTING:YES

    Test Name                                   In Range     Out Of Range   Reference Range            Lab
    TESTOSTERONE, FREE (DIALYSIS) AND TOTAL (MS)
       TESTOSTERONE, TOTAL, MS                  512                         250-1100 ng/dL             EZ
       TESTOSTERONE, FREE                       48.6                        35.0-155.0 pg/mL           EZ
    SEX HORMONE BINDING GLOBULIN                44                          22-77 nmol/L               EZ
    ESTRADIOL                                                41 H           < OR = 39 pg/mL            EZ
    PSA, TOTAL                                  1.4                         < OR = 4.0 ng/mL           Z4M
    COMPREHENSIVE METABOLIC PANEL
       GLUCOSE                                               104 H          65-99 mg/dL                Z4M
                                                                            Fasting reference interval
       UREA NITROGEN (BUN)                      17                          7-25 mg/dL                 Z4M
       CREATININE                               1.08                        0.70-1.30 mg/dL            Z4M
       EGFR                                     80                          > OR = 60 mL/min/1.73m2    Z4M

    DALTON, MARCUS J - WD410587K                                                             Page 1 of 2
                                                                        Report Status: Final

    Quest Diagnostics Incorporated                     Client #: 97512345   MORRISON CONCIERGE MEDICINE
    Patient Information               Specimen Information
    DALTON, MARCUS J                  Specimen: WD410587K
    DOB: 06/14/1971   AGE: 53         Collected: 02/11/2025 / 07:42 MST
    Test Name                                   In Range     Out Of Range   Reference Range            Lab
    COMPREHENSIVE METABOLIC PANEL (Continued)
       SODIUM                                   139                         135-146 mmol/L             Z4M
       POTASSIUM                                4.6                         3.5-5.3 mmol/L             Z4M
       CHLORIDE                                 103                         98-110 mmol/L              Z4M
       CARBON DIOXIDE                           26                          20-32 mmol/L               Z4M
       CALCIUM                                  9.5                         8.6-10.3 mg/dL             Z4M
       PROTEIN, TOTAL                           7.1                         6.1-8.1 g/dL               Z4M
       ALBUMIN                                  4.5                         3.6-5.1 g/dL               Z4M
       GLOBULIN                                 2.6                         1.9-3.7 g/dL (calc)        Z4M
       ALBUMIN/GLOBULIN RATIO                   1.7                         1.0-2.5 (calc)             Z4M
       BILIRUBIN, TOTAL                         0.7                         0.2-1.2 mg/dL              Z4M
       ALKALINE PHOSPHATASE                     68                          36-130 U/L                 Z4M
       AST                                      31                          10-40 U/L                  Z4M
       ALT                                                   52 H           9-46 U/L                   Z4M
    HEMOGLOBIN A1c                                           5.8 H          <5.7 % of total Hgb        Z4M
       For someone without known diabetes, a hemoglobin A1c value between 5.7% and 6.4%
       is consistent with prediabetes and should be confirmed with a follow-up test.

    PERFORMING SITE:
    EZ  QUEST DIAGNOSTICS/NICHOLS SJC, 33608 ORTEGA HIGHWAY, SAN JUAN CAPISTRANO, CA 92675-2042
    Z4M QUEST DIAGNOSTICS TEMPE, 1435 S RURAL RD, TEMPE, AZ 85281
    DALTON, MARCUS J - WD410587K                                                             Page 2 of 2
''', [
    R('testosterone', '512', 'ng/dL', '250..1100'),
    R('testosterone-free', '48.6', 'pg/mL', '35.0..155.0'),
    R('shbg', '44', 'nmol/L', '22..77'),
    R('estradiol', '41', 'pg/mL', '..39', 'high'),
    R('prostate-specific-antigen', '1.4', 'ng/mL', '..4.0'),
    R('glucose', '104', 'mg/dL', '65..99', 'high'),
    R('blood-urea-nitrogen', '17', 'mg/dL', '7..25'),
    R('creatinine', '1.08', 'mg/dL', '0.70..1.30'),
    R('egfr', '80', 'mL/min/1.73m2', '60..'),
    R('sodium', '139', 'mmol/L', '135..146'),
    R('potassium', '4.6', 'mmol/L', '3.5..5.3'),
    R('chloride', '103', 'mmol/L', '98..110'),
    R('carbon-dioxide', '26', 'mmol/L', '20..32'),
    R('calcium', '9.5', 'mg/dL', '8.6..10.3'),
    R('total-protein', '7.1', 'g/dL', '6.1..8.1'),
    R('albumin', '4.5', 'g/dL', '3.6..5.1'),
    R('globulin-total', '2.6', 'g/dL', '1.9..3.7'),
    R('albumin-globulin-ratio', '1.7', None, '1.0..2.5'),
    R('total-bilirubin', '0.7', 'mg/dL', '0.2..1.2'),
    R('alkaline-phosphatase', '68', 'U/L', '36..130'),
    R('aspartate-aminotransferase', '31', 'U/L', '10..40'),
    R('alanine-aminotransferase', '52', 'U/L', '9..46', 'high'),
    R('hemoglobin-a1c', '5.8', '%', '..<5.7', 'high'),
], "range=the Reference Range column with its unit dropped ('< OR = b' inclusive, '> OR = a' inclusive, '<5.7' strict); Out Of Range values carry the printed H; the CMP header at the foot of page 1 continues on page 2; the A/G ratio prints no unit ('(calc)' is a label) so it has no normalizedValue; banner, footer, performing sites, the fasting note and the A1c comment are not rows.")

case('US', 'en', 'pdf1', 'Labcorp two-page pdftotext -layout print: panel name on its own line above its components, FLAG column words, a long reference note between components, panel continued on page 2 as "(cont.)", lab-code column, PREVIOUS RESULT column with dates, performing-lab block', r'''
    Patient Report                                                                            labcorp
    Specimen ID: 051-493-2281-0          Acct #: 41772190            Phone: (512) 555-0143     Rte: 00
    REYES, ANTONIO                                                   VITALITY MEN'S HEALTH AUSTIN
    Patient Details                Specimen Details                  Physician Details
    DOB: 09/03/1968                Date collected: 02/19/2025 0812 Local   Ordering: D HALVORSEN
    Age(y/m/d): 056/05/16          Date received: 02/19/2025         Referring:
    Sex: Male                      Date entered: 02/19/2025          ID:
    Patient ID: VMH-30117          Date reported: 02/21/2025 0455 ET NPI: 1477382910
    Ordered Items: Testosterone,Free and Total; DHEA-Sulfate; Insulin-Like Growth Factor I; Cortisol - AM;
      Prolactin; Thyroid Panel With TSH; Venipuncture
    TESTS                           RESULT     FLAG      UNITS       REFERENCE INTERVAL    LAB   PREVIOUS RESULT AND DATE
    Testosterone,Free and Total
     Testosterone                   388                  ng/dL       264-916               01    431      08/14/2024
       Adult male reference interval is based on a population of healthy nonobese males
       (BMI <30) between 19 and 39 years old. Travison, et.al. JCEM 2017,102;1161-1173.
     Free Testosterone(Direct)      6.1        Low       pg/mL       6.6-18.1              01    7.4      08/14/2024
    DHEA-Sulfate                    96.4                 ug/dL       48.6-361.8            01
    Insulin-Like Growth Factor I    121                  ng/mL       71-263                02
    Cortisol - AM                   16.8                 ug/dL       6.2-19.4              01
    Prolactin                       9.8                  ng/mL       3.6-25.2              01
    Thyroid Panel With TSH

    Date Created and Stored 02/21/25 0455 ET        FINAL REPORT         Page 1 of 2
    This document contains private and confidential health information protected by state and federal law.
    If you have received this document in error, please call 800-762-4344
    (c) 1995-2025 Laboratory Corporation of America (R) Holdings. All Rights Reserved - Enterprise Report Version: 2.00

    Patient Report                                                                            labcorp
    Patient: REYES, ANTONIO        DOB: 09/03/1968          Patient ID: VMH-30117     Specimen ID: 051-493-2281-0
    TESTS                           RESULT     FLAG      UNITS       REFERENCE INTERVAL    LAB   PREVIOUS RESULT AND DATE
    Thyroid Panel With TSH (cont.)
     TSH                            2.870                uIU/mL      0.450-4.500           01    3.110    08/14/2024
     Thyroxine (T4)                 7.2                  ug/dL       4.5-12.0              01
     T3 Uptake                      29                   %           24-39                 01
     Free Thyroxine Index           2.1                              1.2-4.9               01

    01  LabCorp Austin                     12600 Riata Trace Pkwy, Austin, TX 78727      Dir: Lisa Warren, MD
    02  Labcorp Calabasas (Esoterix)       4301 Lost Hills Road, Calabasas Hills, CA 91301  Dir: Ran Kim, MD
    For inquiries, the physician may contact Branch: 800-742-3944 Lab: 800-859-6046
    Date Created and Stored 02/21/25 0455 ET        FINAL REPORT         Page 2 of 2
''', [
    R('testosterone', '388', 'ng/dL', '264..916'),
    R('testosterone-free', '6.1', 'pg/mL', '6.6..18.1', 'low'),
    R('dhea-sulfate', '96.4', 'ug/dL', '48.6..361.8'),
    R('somatomedin-c', '121', 'ng/mL', '71..263'),
    R('cortisol', '16.8', 'ug/dL', '6.2..19.4'),
    R('prolactin', '9.8', 'ng/mL', '3.6..25.2'),
    R('thyroid-stimulating-hormone', '2.870', 'uIU/mL', '0.450..4.500'),
    R('total-t4', '7.2', 'ug/dL', '4.5..12.0'),
    R('?T3 Uptake', '29', '%', '24..39'),
    R('?Free Thyroxine Index', '2.1', None, '1.2..4.9'),
], "range=the REFERENCE INTERVAL column (a-b); the FLAG word Low is printed; the PREVIOUS RESULT AND DATE column (431, 7.4, 3.110) is never a row; the panel name on page 1 continues as '(cont.)' on page 2; T3 uptake and the free thyroxine index are not in the catalog (? rows, no normalizedValue); the reference note, headers, footers and lab directory are not rows.")

case('UK', 'en', 'pdf1', 'NHS trust pathology two-page pdftotext print: patient banner with NHS number repeated, bracketed ranges after the unit, flags after the range, "Full Blood Count" header at the foot of page 1 whose results are on page 2, absolute-only differential, censored CRP, phoned-result comment', r'''
    Oxford University Hospitals NHS Foundation Trust                      Pathology Laboratory Report
    Patient: FENWICK, Gillian Mary        NHS No: 485 777 3456         DOB: 22/07/1958 (66y)   Sex: F
    Location: Jericho Health Centre (GP)  Requested by: Dr R Akhtar    Lab No: 25O0412876
    Collected: 04/02/2025 09:12          Received: 04/02/2025 13:40    Authorised: 04/02/2025 17:55

    CLINICAL BIOCHEMISTRY
    Sodium                       138     mmol/L     [133 - 146]
    Potassium                    5.9     mmol/L     [3.5 - 5.3]       H
    Urea                         9.1     mmol/L     [2.5 - 7.8]       H
    Creatinine                   142     umol/L     [45 - 84]         H
    eGFR (CKD-EPI)               33      mL/min/1.73m2  [>60]         L
    C-reactive protein           <4      mg/L       [0 - 5]
      Potassium result telephoned to Dr Akhtar's surgery 04/02/25 17:50 by JB.
      Sample not haemolysed.

    FULL BLOOD COUNT
    ---------------------------------------------------------------------------------------------------
    Printed: 05/02/2025 08:01                     Page 1 of 2                    Continued on next page

    Oxford University Hospitals NHS Foundation Trust                      Pathology Laboratory Report
    Patient: FENWICK, Gillian Mary        NHS No: 485 777 3456         DOB: 22/07/1958 (66y)   Sex: F
    Haemoglobin                  118     g/L        [115 - 165]
    White cell count             7.9     x10^9/L    [4.0 - 11.0]
    Platelets                    301     x10^9/L    [150 - 400]
    Red cell count               4.02    x10^12/L   [3.80 - 5.80]
    Haematocrit                  0.36    L/L        [0.37 - 0.47]     L
    Mean cell volume             90      fL         [80 - 100]
    Neutrophils                  5.2     x10^9/L    [2.0 - 7.5]
    Lymphocytes                  1.9     x10^9/L    [1.5 - 4.0]
    Monocytes                    0.6     x10^9/L    [0.2 - 0.8]
    Eosinophils                  0.2     x10^9/L    [0.0 - 0.4]
    Basophils                    0.0     x10^9/L    [0.0 - 0.1]
    ---------------------------------------------------------------------------------------------------
    Printed: 05/02/2025 08:01                     Page 2 of 2                    *** End of Report ***
''', [
    R('sodium', '138', 'mmol/L', '133..146'),
    R('potassium', '5.9', 'mmol/L', '3.5..5.3', 'high'),
    R('urea', '9.1', 'mmol/L', '2.5..7.8', 'high'),
    R('creatinine', '142', 'umol/L', '45..84', 'high'),
    R('egfr', '33', 'mL/min/1.73m2', '>60..', 'low'),
    R('c-reactive-protein', '4', 'mg/L', '0..5', None, '<4'),
    R('hemoglobin', '118', 'g/L', '115..165'),
    R('white-blood-cell-count', '7.9', 'x10^9/L', '4.0..11.0'),
    R('platelet-count', '301', 'x10^9/L', '150..400'),
    R('red-blood-cell-count', '4.02', 'x10^12/L', '3.80..5.80'),
    R('hematocrit', '0.36', 'L/L', '0.37..0.47', 'low'),
    R('mean-corpuscular-volume', '90', 'fL', '80..100'),
    R('neutrophils-absolute', '5.2', 'x10^9/L', '2.0..7.5'),
    R('lymphocytes-absolute', '1.9', 'x10^9/L', '1.5..4.0'),
    R('monocytes-absolute', '0.6', 'x10^9/L', '0.2..0.8'),
    R('eosinophils-absolute', '0.2', 'x10^9/L', '0.0..0.4'),
    R('basophils-absolute', '0.0', 'x10^9/L', '0.0..0.1'),
], "range=the bracketed [a - b] after the unit, '[>60]' strict; printed H/L after the range; CRP '<4' lies wholly inside 0-5 (normal, normalized on its bound); the Full Blood Count header at the foot of page 1 heads the results on page 2; the differential prints absolute counts only (-absolute keys); L/L haematocrit ×100 → %; the telephone comment, banner and footers are not rows.")

case('CA', 'en', 'pdf1', 'Dynacare (Ontario) two-page pdftotext print in SI units: Result / Flag / Reference / Units / Previous columns, lipid targets as "<b" and ">a", Lp(a) in nmol/L, ApoB in g/L, hs-CRP with a risk-tier reference kept as text, page 2 header repeated', r'''
    DYNACARE                                          115 Midair Court, Brampton ON L6T 5M3   1-800-565-5721
    Patient: BOUCHARD, Luc                 HCN: 4421 887 201 KT       DOB: 1966-11-30   Sex: M
    Ordering: Dr. M. Sandhu, Bayview Longevity Clinic, Toronto      Accession: 25-DY-0081447
    Collected: 2025-02-06 08:05    Reported: 2025-02-07 11:32        Status: FINAL            Page 1 of 2

    Test                              Result    Flag    Reference            Units       Previous (2024-08-02)
    CHEMISTRY
    Glucose Fasting                   5.9               3.6-6.0              mmol/L      5.6
    Hemoglobin A1C                    5.9               <=5.9                %           5.8
    LIPID ASSESSMENT
    Cholesterol                       5.84      H       <5.20                mmol/L      5.31
    Triglycerides                     2.09      H       <1.70                mmol/L      1.88
    HDL Cholesterol                   1.18              >1.00                mmol/L      1.21
    LDL Cholesterol (calc)            3.71      H       <3.50                mmol/L      3.26

    Dynacare - BOUCHARD, Luc - 25-DY-0081447                                                Page 1 of 2
    DYNACARE                                          Patient: BOUCHARD, Luc   DOB: 1966-11-30   Page 2 of 2
    Test                              Result    Flag    Reference            Units       Previous (2024-08-02)
    LIPID ASSESSMENT (continued)
    Non-HDL Cholesterol               4.66      H       <4.20                mmol/L      4.10
    Apolipoprotein B                  1.12      H       <1.05                g/L
    Lipoprotein(a)                    148       H       <75                  nmol/L
      Lp(a) >= 100 nmol/L is associated with increased cardiovascular risk (CCS 2021).
    hs-CRP                            2.4               See tiers below      mg/L
      Low risk <1.0   Average risk 1.0-3.0   High risk >3.0 (for CV risk assessment only)
    Result(s) verified by: K. Osei, MLT             Medical Director: Dr. A. Patel
''', [
    R('glucose', '5.9', 'mmol/L', '3.6..6.0'),
    R('hemoglobin-a1c', '5.9', '%', '..5.9'),
    R('total-cholesterol', '5.84', 'mmol/L', '..<5.20', 'high'),
    R('triglycerides', '2.09', 'mmol/L', '..<1.70', 'high'),
    R('hdl-cholesterol', '1.18', 'mmol/L', '>1.00..'),
    R('ldl-cholesterol', '3.71', 'mmol/L', '..<3.50', 'high'),
    R('non-hdl-cholesterol', '4.66', 'mmol/L', '..<4.20', 'high'),
    R('apolipoprotein-b', '1.12', 'g/L', '..<1.05', 'high'),
    R('lipoprotein-a', '148', 'nmol/L', '..<75', 'high'),
    R('hs-crp', '2.4', 'mg/L', 'text'),
], "range=the Reference column ('<b' and '>a' strict, '<=5.9' inclusive so HbA1c 5.9 is normal on its bound); mmol/L lipids and glucose → mg/dL with the key's molar mass, ApoB g/L ×100 → mg/dL, Lp(a) stays in nmol/L; hs-CRP's reference is a risk-tier line ('See tiers below'), so its range is text and, with no printed flag, null; the Previous (2024-08-02) column and the Lp(a) note are not rows.")

case('AU', 'en', 'pdf1', 'Douglass Hanly Moir (Sonic) two-page pdftotext print: section title at the foot of page 1 continued over the page, reference range before the unit in brackets-free columns, SI male hormones with calculated free testosterone in pmol/L, prolactin in mIU/L, iron studies on page 2', r'''
    DOUGLASS HANLY MOIR PATHOLOGY        ABN 68 003 332 858        14 Giffnock Avenue, Macquarie Park NSW 2113
    Patient:  KOSTAS, Nikolaos          DOB: 18/04/1974   Sex: M     Medicare: 2954 88172 1
    Referred by: Dr S Patel, Bondi Junction Men's Clinic              Lab No: 25-118-4472   Collected: 10/02/2025 08:20

    ENDOCRINOLOGY                      Result        Ref. Range        Units
    Testosterone                       14.2          8.6-29.0          nmol/L
    SHBG                               38            15-50             nmol/L
    Free Testosterone (calc.)          290           200-620           pmol/L
    LH                                 4.1           1.5-9.3           IU/L
    FSH                                5.2           1.5-12.4          IU/L
    Prolactin                          212           86-324            mIU/L
    Oestradiol                         98            <150              pmol/L
    PSA                                0.82          <2.5              ug/L
      PSA reference is for men aged 40-49 years.

    IRON STUDIES
                                            ... continued over page ...
    Page 1 of 2   Lab No: 25-118-4472   KOSTAS, Nikolaos   Printed 11/02/2025 06:14

    DOUGLASS HANLY MOIR PATHOLOGY        Patient: KOSTAS, Nikolaos    DOB: 18/04/1974    Lab No: 25-118-4472
    IRON STUDIES (continued)           Result        Ref. Range        Units
    Iron                               22            5-30              umol/L
    Transferrin                        2.6           2.0-3.6           g/L
    Transferrin Saturation             34            15-45             %
    Ferritin                           186           30-500            ug/L
      Iron studies are within normal limits.
    Page 2 of 2   Lab No: 25-118-4472   KOSTAS, Nikolaos   Printed 11/02/2025 06:14
''', [
    R('testosterone', '14.2', 'nmol/L', '8.6..29.0'),
    R('shbg', '38', 'nmol/L', '15..50'),
    R('testosterone-free', '290', 'pmol/L', '200..620'),
    R('luteinizing-hormone', '4.1', 'IU/L', '1.5..9.3'),
    R('follicle-stimulating-hormone', '5.2', 'IU/L', '1.5..12.4'),
    R('prolactin', '212', 'mIU/L', '86..324'),
    R('estradiol', '98', 'pmol/L', '..<150'),
    R('prostate-specific-antigen', '0.82', 'ug/L', '..<2.5'),
    R('iron', '22', 'umol/L', '5..30'),
    R('transferrin', '2.6', 'g/L', '2.0..3.6'),
    R('transferrin-saturation', '34', '%', '15..45'),
    R('ferritin', '186', 'ug/L', '30..500'),
], "range=the Ref. Range column (a-b, '<b' strict); no flags printed, all computed normal; testosterone, free testosterone (pmol/L) and oestradiol → mass units with the key's molar mass, iron µmol/L → µg/dL, transferrin g/L ×100 → mg/dL, µg/L = ng/mL; prolactin in mIU/L has no normalizedValue (IU against a mass catalog unit); IRON STUDIES at the foot of page 1 continues on page 2; the PSA age note and the comment are not rows.")

case('US', 'en', 'pdf1', 'Mayo Clinic Laboratories pdftotext print: test name line then component lines, free testosterone in ng/dL, "Reference Value" column, Method lines under results, performing-site code, Page 1 of 2 with a second page of notes only', r'''
    MAYO CLINIC LABORATORIES                                   Patient Report
    Client: ATLAS PRECISION HEALTH (C7712044)                  Order #: 4418802-1
    Patient: HARGROVE, CALEB T     Age: 44Y  Sex: M            Collected: 01/28/2025 07:55 CST
    Physician: KOWALCZYK, ANNA     MRN: APH00918               Reported: 02/03/2025 09:41 CST

    Test                                   Result     Flag    Unit       Reference Value         Perform Site*
    Testosterone, Total and Free, S
      Testosterone, Total, S               285                ng/dL      240-950                 MCR
      Testosterone, Free, S                4.82                ng/dL      4.60-22.40              MCR
    Method: Liquid Chromatography-Tandem Mass Spectrometry (LC-MS/MS) / Equilibrium Dialysis
    Sex Hormone-Binding Globulin, S        71         H       nmol/L     13.3-58.5               MCR
    Estradiol, S                           19                 pg/mL      10-40                   MCR
    Method: LC-MS/MS
    DHEA Sulfate, S                        178                mcg/dL     89-427                  MCR
    IGF-1, LC-MS, S                        98                 ng/mL      69-254                  MCR
      Age-specific reference interval (41-45 y, male).
    Pregnenolone, S                        62                 ng/dL      22-237                  MCR

    * Performing Site: MCR Mayo Clinic Laboratories - Rochester Superior Drive, 3050 Superior Drive NW,
      Rochester, MN 55901  Lab Director: William G. Morice II, M.D. Ph.D.; CLIA# 24D0404292
    HARGROVE, CALEB T                                   Page 1 of 2                 Report Status: Final

    MAYO CLINIC LABORATORIES                                   Patient Report (continued)
    Patient: HARGROVE, CALEB T     Order #: 4418802-1
    Report Notes
      Testosterone, Free, S: The free testosterone was measured by equilibrium dialysis.
      Results from this assay are not interchangeable with calculated free testosterone.
    HARGROVE, CALEB T                                   Page 2 of 2                 Report Status: Final
''', [
    R('testosterone', '285', 'ng/dL', '240..950'),
    R('testosterone-free', '4.82', 'ng/dL', '4.60..22.40'),
    R('shbg', '71', 'nmol/L', '13.3..58.5', 'high'),
    R('estradiol', '19', 'pg/mL', '10..40'),
    R('dhea-sulfate', '178', 'mcg/dL', '89..427'),
    R('somatomedin-c', '98', 'ng/mL', '69..254'),
    R('pregnenolone', '62', 'ng/dL', '22..237'),
], "range=the Reference Value column (a-b); Flag H printed; free testosterone in ng/dL ×10 → pg/mL; mcg/dL = µg/dL; Method lines, the age note, performing-site block and the second page of report notes are not rows.")

case('US', 'en', 'pdf1', 'Cleveland HeartLab (Quest) cardiometabolic two-page pdftotext print: "<b" targets with H flags in an Out Of Range column, LDL particle number, Lp(a) in nmol/L, hs-CRP with a tier comment under a plain "<1.0" range, lipid panel header at the foot of page 1', r'''
    Cleveland HeartLab, Inc.  A Quest Diagnostics Company    6701 Carnegie Ave, Suite 500, Cleveland, OH 44103
    Patient: OKAFOR, DANIEL       DOB: 03/22/1975     Sex: M        Accession: CHL2502140667
    Provider: R. LINDQVIST, MD    Clinic: NORTHSHORE PREVENTIVE CARDIOLOGY     Collected: 02/14/2025 07:30

    Test Name                              In Range     Out Of Range    Reference Range       Units
    INFLAMMATION
      HS CRP                                            1.6 H           <1.0                  mg/L
        Lower relative cardiovascular risk <1.0; average 1.0-3.0; higher >3.0
      MYELOPEROXIDASE (MPO)                 388                         <470                  pmol/L
    CARDIOMETABOLIC
      HOMOCYSTEINE                                      13.8 H          <11.4                 umol/L
      INSULIN                               9.6                         <=18.4                uIU/mL
    LIPID PANEL
                                                                        Page 1 of 2   OKAFOR, DANIEL  CHL2502140667

    Cleveland HeartLab, Inc.   Patient: OKAFOR, DANIEL   DOB: 03/22/1975   Accession: CHL2502140667
    Test Name                              In Range     Out Of Range    Reference Range       Units
    LIPID PANEL (continued)
      CHOLESTEROL, TOTAL                                214 H           <200                  mg/dL
      HDL CHOLESTEROL                       48                          > OR = 40             mg/dL
      TRIGLYCERIDES                                     162 H           <150                  mg/dL
      LDL-CHOLESTEROL                                   134 H           <100                  mg/dL (calc)
      NON HDL CHOLESTEROL                               166 H           <130                  mg/dL (calc)
      CHOL/HDLC RATIO                       4.5                         <5.0                  (calc)
    ADVANCED LIPIDS
      APOLIPOPROTEIN B                                  97 H            <90                   mg/dL
      LDL PARTICLE NUMBER                               1620 H          <1138                 nmol/L
      LIPOPROTEIN (a)                                   182 H           <75                   nmol/L
                                                                        Page 2 of 2   OKAFOR, DANIEL  CHL2502140667
''', [
    R('hs-crp', '1.6', 'mg/L', '..<1.0', 'high'),
    R('?MYELOPEROXIDASE (MPO)', '388', 'pmol/L', '..<470'),
    R('homocysteine', '13.8', 'umol/L', '..<11.4', 'high'),
    R('insulin', '9.6', 'uIU/mL', '..18.4'),
    R('total-cholesterol', '214', 'mg/dL', '..<200', 'high'),
    R('hdl-cholesterol', '48', 'mg/dL', '40..'),
    R('triglycerides', '162', 'mg/dL', '..<150', 'high'),
    R('ldl-cholesterol', '134', 'mg/dL', '..<100', 'high'),
    R('non-hdl-cholesterol', '166', 'mg/dL', '..<130', 'high'),
    R('cholesterol-hdl-ratio', '4.5', None, '..<5.0'),
    R('apolipoprotein-b', '97', 'mg/dL', '..<90', 'high'),
    R('ldl-particle-number', '1620', 'nmol/L', '..<1138', 'high'),
    R('lipoprotein-a', '182', 'nmol/L', '..<75', 'high'),
], "range=the Reference Range column ('<b' strict, '<=b' and '> OR = a' inclusive); Out Of Range values carry H; hs-CRP's plain '<1.0' is its range and the risk line under it is a comment; myeloperoxidase is not in the catalog (? row); the ratio has no unit and no normalizedValue; the LIPID PANEL header at the foot of page 1 continues on page 2.")

case('US', 'en', 'pdf1', 'hospital LIS (Sunquest) CBC pdftotext print: K/cmm and M/cmm units, percent and absolute differential in one field ("41.5%  3.02") with a two-part "% / Abs" reference, H flags glued after each number', r'''
    BAPTIST HEALTH SOUTH FLORIDA - LABORATORY SERVICES               Report Date: 02/09/2025 10:17
    Patient: ALVAREZ, CARMEN R          MRN: 100447821      DOB: 12/01/1981     Sex: F     Loc: BOCA OP LAB
    Ordering: PATEL, NIRAV MD           Acc#: H25040-1187   Collected: 02/09/2025 08:44

    HEMATOLOGY
    Test          Result                   Units       Reference Range
    WBC           7.27                     K/cmm       4.50-11.00
    RBC           4.61                     M/cmm       4.00-5.20
    HGB           13.6                     g/dL        12.0-16.0
    HCT           40.8                     %           36.0-46.0
    MCV           88.5                     fL          80.0-100.0
    MCH           29.5                     pg          26.0-34.0
    MCHC          33.3                     g/dL        31.0-37.0
    RDW           13.2                     %           11.5-14.5
    PLT           246                      K/cmm       150-400
    MPV           10.1                     fL          7.4-10.4
    DIFFERENTIAL (% / ABS)
    NEUT          41.5%  3.02              K/cmm       40.0-74.0% / 1.80-7.70
    LYMPH         46.2%H  3.36H            K/cmm       19.0-45.0% / 1.00-3.00
    MONO          8.9%  0.65               K/cmm       3.4-9.0% / 0.20-0.90
    EOS           2.8%  0.20               K/cmm       0.0-7.0% / 0.00-0.50
    BASO          0.6%  0.04               K/cmm       0.0-1.5% / 0.00-0.20
    H=High  L=Low  C=Critical        Verified by: JMR (MT ASCP)        Page 1 of 1
''', [
    R('white-blood-cell-count', '7.27', 'K/cmm', '4.50..11.00'),
    R('red-blood-cell-count', '4.61', 'M/cmm', '4.00..5.20'),
    R('hemoglobin', '13.6', 'g/dL', '12.0..16.0'),
    R('hematocrit', '40.8', '%', '36.0..46.0'),
    R('mean-corpuscular-volume', '88.5', 'fL', '80.0..100.0'),
    R('mean-corpuscular-hemoglobin', '29.5', 'pg', '26.0..34.0'),
    R('mean-corpuscular-hemoglobin-concentration', '33.3', 'g/dL', '31.0..37.0'),
    R('red-cell-distribution-width', '13.2', '%', '11.5..14.5'),
    R('platelet-count', '246', 'K/cmm', '150..400'),
    R('mean-platelet-volume', '10.1', 'fL', '7.4..10.4'),
    R('neutrophils', '41.5', '%', '40.0..74.0'),
    R('neutrophils-absolute', '3.02', 'K/cmm', '1.80..7.70'),
    R('lymphocytes', '46.2', '%', '19.0..45.0', 'high'),
    R('lymphocytes-absolute', '3.36', 'K/cmm', '1.00..3.00', 'high'),
    R('monocytes', '8.9', '%', '3.4..9.0'),
    R('monocytes-absolute', '0.65', 'K/cmm', '0.20..0.90'),
    R('eosinophils', '2.8', '%', '0.0..7.0'),
    R('eosinophils-absolute', '0.20', 'K/cmm', '0.00..0.50'),
    R('basophils', '0.6', '%', '0.0..1.5'),
    R('basophils-absolute', '0.04', 'K/cmm', '0.00..0.20'),
], "range=the Reference Range column; in the differential the part before '/' belongs to the % number and the part after it to the absolute number; each differential field holds two results (% then absolute, two rows); H glued after a number is its printed flag; K/cmm = 10^3/µL and M/cmm = 10^6/µL; the legend line is not a row.")
case('UK', 'en', 'pdf1', 'NHS trust (Severn Pathology) pdftotext print of pages 1-2 of 3: endocrinology section header at the foot of page 1, results on page 2 with "(cont)" banner, SI hormones, calculated free testosterone in nmol/L, prolactin in mIU/L, vitamin D with a three-tier reference kept as text', r'''
    Severn Pathology  -  North Bristol NHS Trust          Southmead Hospital, Bristol BS10 5NB
    Patient: ASHWORTH, Peter John       NHS No: 612 448 9031     DOB: 05/05/1969    Sex: M
    Source: Clifton Village Practice    Clinician: Dr H Brennan  Specimen: 25.7712603.S
    Received: 12/02/2025  10:22         Report status: Complete

    BIOCHEMISTRY
    Test                          Result      Units       Reference range
    ENDOCRINOLOGY
    ..........................................................................
    Page 1 of 3            ASHWORTH, Peter John   612 448 9031           Printed 13/02/2025

    Severn Pathology  -  North Bristol NHS Trust      (cont)     Patient: ASHWORTH, Peter John   NHS No: 612 448 9031
    Test                          Result      Units       Reference range
    Testosterone                  11.8        nmol/L      8.64 - 29.0
    SHBG                          52          nmol/L      18.3 - 54.1
    Free testosterone (calc)      0.189       nmol/L      0.198 - 0.619     L
    LH                            6.2         IU/L        1.7 - 8.6
    FSH                           8.8         IU/L        1.5 - 12.4
    Prolactin                     402         mIU/L       86 - 324          H
      Repeat prolactin advised; mild hyperprolactinaemia may be due to stress of venepuncture.
    Oestradiol                    118         pmol/L      41.4 - 159
    TSH                           2.1         mIU/L       0.27 - 4.2
    Free T4                       14.2        pmol/L      12.0 - 22.0
    Cortisol (09:00)              412         nmol/L      166 - 507
    Vitamin D (25-OH)             38          nmol/L      <25 deficient; 25-50 insufficient; >50 adequate
    ..........................................................................
    Page 2 of 3            ASHWORTH, Peter John   612 448 9031           Printed 13/02/2025
''', [
    R('testosterone', '11.8', 'nmol/L', '8.64..29.0'),
    R('shbg', '52', 'nmol/L', '18.3..54.1'),
    R('testosterone-free', '0.189', 'nmol/L', '0.198..0.619', 'low'),
    R('luteinizing-hormone', '6.2', 'IU/L', '1.7..8.6'),
    R('follicle-stimulating-hormone', '8.8', 'IU/L', '1.5..12.4'),
    R('prolactin', '402', 'mIU/L', '86..324', 'high'),
    R('estradiol', '118', 'pmol/L', '41.4..159'),
    R('thyroid-stimulating-hormone', '2.1', 'mIU/L', '0.27..4.2'),
    R('free-t4', '14.2', 'pmol/L', '12.0..22.0'),
    R('cortisol', '412', 'nmol/L', '166..507'),
    R('vitamin-d', '38', 'nmol/L', 'text'),
], "range=the Reference range column (a - b); H/L printed after the range; the ENDOCRINOLOGY header at the foot of page 1 heads page 2; SI hormones → mass units with the key's molar mass (free testosterone nmol/L → pg/mL); prolactin mIU/L has no normalizedValue; vitamin D's reference is a three-tier line (text range, no printed flag → null); the prolactin comment is not a row.")

case('AU', 'en', 'pdf1', 'Dorevitch Pathology (Healius) two-page pdftotext print in SI units: ranges in parentheses after the unit, eGFR censored >90, urate in mmol/L, bilirubin and creatinine in umol/L, request header repeated, "continued" footer', r'''
    Dorevitch Pathology      18 Banksia St, Heidelberg VIC 3084      NATA Accreditation No. 2454
    Patient:  NGUYEN, Thi Lan (Ms)     DOB: 11/09/1977    Sex: F     Your Ref: 88123
    Doctor:   Dr M. Costa, Richmond Family Medical      Lab Ref: 25-D-774102    Collected: 03/02/2025 07:58
    Tests Requested: E/LFT, FBG, HbA1c

    BIOCHEMISTRY                          Result    Units          Reference Interval
    Sodium                                140       mmol/L         (135-145)
    Potassium                             4.3       mmol/L         (3.5-5.2)
    Chloride                              104       mmol/L         (95-110)
    Bicarbonate                           27        mmol/L         (22-32)
    Urea                                  6.2       mmol/L         (2.5-8.0)
    Creatinine                            71        umol/L         (45-90)
    eGFR                                  >90       mL/min/1.73m2  (>59)
    Urate                                 0.38      mmol/L         (0.14-0.36)       H
                                                                   ...continued
    Lab Ref: 25-D-774102    NGUYEN, Thi Lan    Page 1 of 2

    Dorevitch Pathology      Patient: NGUYEN, Thi Lan    DOB: 11/09/1977    Lab Ref: 25-D-774102
    BIOCHEMISTRY (cont.)                  Result    Units          Reference Interval
    Bilirubin (total)                     11        umol/L         (<20)
    ALT                                   29        U/L            (<34)
    GGT                                   48        U/L            (<38)             H
    Alkaline Phosphatase                  74        U/L            (30-110)
    Total Protein                         71        g/L            (60-80)
    Albumin                               43        g/L            (35-50)
    Glucose (fasting)                     5.8       mmol/L         (3.0-6.0)
    HbA1c                                 5.7       %              (4.0-6.0)
    Lab Ref: 25-D-774102    NGUYEN, Thi Lan    Page 2 of 2     *** FINAL REPORT ***
''', [
    R('sodium', '140', 'mmol/L', '135..145'),
    R('potassium', '4.3', 'mmol/L', '3.5..5.2'),
    R('chloride', '104', 'mmol/L', '95..110'),
    R('carbon-dioxide', '27', 'mmol/L', '22..32'),
    R('urea', '6.2', 'mmol/L', '2.5..8.0'),
    R('creatinine', '71', 'umol/L', '45..90'),
    R('egfr', '90', 'mL/min/1.73m2', '>59..', None, '>90'),
    R('uric-acid', '0.38', 'mmol/L', '0.14..0.36', 'high'),
    R('total-bilirubin', '11', 'umol/L', '..<20'),
    R('alanine-aminotransferase', '29', 'U/L', '..<34'),
    R('gamma-glutamyl-transferase', '48', 'U/L', '..<38', 'high'),
    R('alkaline-phosphatase', '74', 'U/L', '30..110'),
    R('total-protein', '71', 'g/L', '60..80'),
    R('albumin', '43', 'g/L', '35..50'),
    R('glucose', '5.8', 'mmol/L', '3.0..6.0'),
    R('hemoglobin-a1c', '5.7', '%', '4.0..6.0'),
], "range=the parenthesised Reference Interval ('(<b)' and '(>a)' strict); H printed; eGFR '>90' lies wholly above '>59' (normal, normalized on its bound); SI chemistry → mg/dL with the key's molar mass, g/L proteins ÷10 → g/dL; the continued marker and page banners are not rows.")

case('UK', 'en', 'pdf1', 'Synnovis (Guy\'s and St Thomas\') pdftotext print: HbA1c in mmol/mol with a range, lipid profile printed without ranges, haematinics with ranges, flag column, multi-line Comment block', r'''
    SYNNOVIS                     Blood Sciences, St Thomas' Hospital, Westminster Bridge Road, London SE1 7EH
    Name: OYELARAN, Folake        DOB: 14/03/1972    NHS: 703 118 5524    Hosp No: K1189274
    Requester: Dr C Lamb (Lambeth Walk Group Practice)            Lab Ref: 25:S4411032
    Sample: Blood, Venous   Collected: 17/02/2025 08:40   Reported: 17/02/2025 16:12

    Test                          Result     Flag   Units        Ref. Range
    HbA1c (IFCC)                  44         H      mmol/mol     20 - 41
    Cholesterol                   6.2               mmol/L
    HDL Cholesterol               1.4               mmol/L
    Non-HDL Cholesterol           4.8               mmol/L
    Triglyceride                  1.9               mmol/L
    LDL Cholesterol (calc)        3.9               mmol/L
    Cholesterol/HDL ratio         4.4
    Comment:  HbA1c 42-47 mmol/mol indicates increased risk of diabetes (NICE PH38).
              Lipid results should be interpreted with QRISK3; no population reference range applies.
    Vitamin B12                   248               ng/L         180 - 914
    Serum Folate                  3.1        L      ug/L         3.9 - 26.8
    Ferritin                      41                ug/L         13 - 150
    Reported by: Dr S Okonkwo, Consultant Chemical Pathologist                          Page 1 of 1
''', [
    R('hemoglobin-a1c', '44', 'mmol/mol', '20..41', 'high'),
    R('total-cholesterol', '6.2', 'mmol/L', ''),
    R('hdl-cholesterol', '1.4', 'mmol/L', ''),
    R('non-hdl-cholesterol', '4.8', 'mmol/L', ''),
    R('triglycerides', '1.9', 'mmol/L', ''),
    R('ldl-cholesterol', '3.9', 'mmol/L', ''),
    R('cholesterol-hdl-ratio', '4.4', None, ''),
    R('vitamin-b12', '248', 'ng/L', '180..914'),
    R('folate', '3.1', 'ug/L', '3.9..26.8', 'low'),
    R('ferritin', '41', 'ug/L', '13..150'),
], "range=the Ref. Range column (a - b); lipid rows print no range (range empty, flag null); HbA1c in mmol/mol keeps its row and printed H with no normalizedValue (set 22's convention); lipids mmol/L → mg/dL with the key's molar mass; ng/L = pg/mL, µg/L = ng/mL; the ratio has no unit; the Comment block is not a row.")

case('CA', 'en', 'pdf1', 'LifeLabs (British Columbia) pdftotext print: each test name on its own line with the result, flag, range and unit on the line below, SI units, a TO FOLLOW row, a "Test not performed" row with a comment, page footer', r'''
    LifeLabs Medical Laboratory Services      3680 Gilmore Way, Burnaby BC V5G 4V8     1-800-431-7206
    PATIENT: SINGH, Harjit K                 PHN: 9874 221 556      DOB: 1983-06-02    SEX: F
    ORDERED BY: Dr. E. Tremblay, Kitsilano Integrative Health       COLLECTED: 2025-02-12 09:31
    ACCESSION: 25-LBC-19004771                                      REPORTED: 2025-02-13 06:40   STATUS: PARTIAL

    HEMATOLOGY
    Hemoglobin
         117        L       120 - 160           g/L
    White Blood Cells
         5.8                4.0 - 11.0          x10E9/L
    Platelets
         388                150 - 400           x10E9/L
    CHEMISTRY
    Ferritin
         9          L       15 - 247            ug/L
      Ferritin below 15 ug/L is consistent with depleted iron stores.
    Vitamin B12
         311                >=148               pmol/L
    TSH
         1.62               0.32 - 5.04         mIU/L
    25-Hydroxy Vitamin D
         TO FOLLOW
    Fasting Insulin
         Test not performed - see comment
      Specimen received non-fasting; please recollect if required.
    ------------------------------------------------------------------------------------------
    SINGH, Harjit K   25-LBC-19004771      Page 1 of 1      This is a PARTIAL report.
''', [
    R('hemoglobin', '117', 'g/L', '120..160', 'low'),
    R('white-blood-cell-count', '5.8', 'x10E9/L', '4.0..11.0'),
    R('platelet-count', '388', 'x10E9/L', '150..400'),
    R('ferritin', '9', 'ug/L', '15..247', 'low'),
    R('vitamin-b12', '311', 'pmol/L', '148..'),
    R('thyroid-stimulating-hormone', '1.62', 'mIU/L', '0.32..5.04'),
], "range=the range on the line under each test name (a - b, '>=a' inclusive); L printed; vitamin B12 pmol/L → pg/mL with the key's molar mass, g/L Hb ÷10 → g/dL, x10E9/L = 10^3/µL; the vitamin D 'TO FOLLOW' and the insulin 'Test not performed' rows are not results, and comments are not rows.")

case('AU', 'en', 'pdf1', 'Melbourne Pathology (Sonic) full blood examination pdftotext print: critical LL haemoglobin with a phone note, absolute-only differential in x10^9/L, L/L haematocrit, film comment paragraph, iron studies section header at the foot of page 1', r'''
    MELBOURNE PATHOLOGY     103 Victoria Parade, Collingwood VIC 3066     Ph (03) 9287 7700
    Patient: BROWNE, Leanne        DOB: 02/10/1990    Sex: F      Lab No: 25-MP-3306157
    Referrer: Dr T Wong (Fitzroy North Clinic)     Collected: 20/02/2025 11:05    Reported: 20/02/2025 15:48

    FULL BLOOD EXAMINATION
                              Result        Units          Reference
    Haemoglobin               68     LL     g/L            115-165
    Red Cell Count            3.41   L      x10^12/L       3.80-5.80
    Haematocrit               0.24   L      L/L            0.37-0.47
    MCV                       70     L      fL             80-100
    MCH                       19.9   L      pg             27.0-32.0
    RDW                       19.8   H      %              11.0-15.0
    White Cell Count          6.1           x10^9/L        4.0-11.0
    Neutrophils               3.9           x10^9/L        2.0-7.5
    Lymphocytes               1.6           x10^9/L        1.1-4.0
    Monocytes                 0.4           x10^9/L        0.2-1.0
    Eosinophils               0.2           x10^9/L        0.0-0.5
    Basophils                 0.0           x10^9/L        0.0-0.1
    Platelets                 462    H      x10^9/L        150-450
    Film: Marked hypochromia and microcytosis with pencil cells. Thrombocytosis.
          Suggest iron studies and investigation of blood loss.
    LL = critically low. Critical result phoned to Dr Wong by R.S. at 15:40 20/02/2025.
    IRON STUDIES
    Page 1 of 2                                       BROWNE, Leanne   25-MP-3306157
    MELBOURNE PATHOLOGY     Patient: BROWNE, Leanne    DOB: 02/10/1990    Lab No: 25-MP-3306157
    IRON STUDIES (continued)
    Iron                      3      L      umol/L         5-30
    Ferritin                  4      L      ug/L           30-200
    Transferrin Saturation    4      L      %              10-45
    Page 2 of 2                                       BROWNE, Leanne   25-MP-3306157
''', [
    R('hemoglobin', '68', 'g/L', '115..165', 'critical-low'),
    R('red-blood-cell-count', '3.41', 'x10^12/L', '3.80..5.80', 'low'),
    R('hematocrit', '0.24', 'L/L', '0.37..0.47', 'low'),
    R('mean-corpuscular-volume', '70', 'fL', '80..100', 'low'),
    R('mean-corpuscular-hemoglobin', '19.9', 'pg', '27.0..32.0', 'low'),
    R('red-cell-distribution-width', '19.8', '%', '11.0..15.0', 'high'),
    R('white-blood-cell-count', '6.1', 'x10^9/L', '4.0..11.0'),
    R('neutrophils-absolute', '3.9', 'x10^9/L', '2.0..7.5'),
    R('lymphocytes-absolute', '1.6', 'x10^9/L', '1.1..4.0'),
    R('monocytes-absolute', '0.4', 'x10^9/L', '0.2..1.0'),
    R('eosinophils-absolute', '0.2', 'x10^9/L', '0.0..0.5'),
    R('basophils-absolute', '0.0', 'x10^9/L', '0.0..0.1'),
    R('platelet-count', '462', 'x10^9/L', '150..450', 'high'),
    R('iron', '3', 'umol/L', '5..30', 'low'),
    R('ferritin', '4', 'ug/L', '30..200', 'low'),
    R('transferrin-saturation', '4', '%', '10..45', 'low'),
], "range=the Reference column (a-b); LL is critical-low by its legend, H/L printed; absolute-only differential (-absolute keys); g/L Hb ÷10, L/L ×100, iron µmol/L → µg/dL; the film comment, the phone note and the IRON STUDIES header carried over the page break are not rows.")

case('US', 'en', 'pdf1', 'Quest Diagnostics urinalysis pdftotext print: qualitative dipstick answers against printed expected text, "A" in the Out Of Range column, specific gravity and pH without units, a reflex microscopic row still to follow', r'''
    Quest Diagnostics Incorporated        Client #: 11098340   SUNCOAST PRIMARY CARE
    Patient: MERCER, LILA A          DOB: 07/30/1994  AGE: 30   Gender: F     Specimen: TP118847W
    Collected: 02/24/2025 / 10:12 EST    Received: 02/24/2025 / 16:40 EST   Reported: 02/25/2025 / 08:03 EST

    Test Name                                   In Range     Out Of Range    Reference Range      Lab
    URINALYSIS, COMPLETE W/REFLEX TO CULTURE
       COLOR                                    YELLOW                       YELLOW               TP
       APPEARANCE                               CLEAR                        CLEAR                TP
       SPECIFIC GRAVITY                         1.021                        1.001-1.035          TP
       PH                                       6.0                          5.0-8.0              TP
       GLUCOSE                                  NEGATIVE                     NEGATIVE             TP
       BILIRUBIN                                NEGATIVE                     NEGATIVE             TP
       KETONES                                               TRACE A         NEGATIVE             TP
       OCCULT BLOOD                             NEGATIVE                     NEGATIVE             TP
       NITRITE                                  NEGATIVE                     NEGATIVE             TP
       LEUKOCYTE ESTERASE                                    1+ A            NEGATIVE             TP
       REFLEXIVE URINE MICROSCOPIC              TO FOLLOW
       REFLEXIVE URINE CULTURE                  TO FOLLOW
    This urine was analyzed for the presence of WBC, RBC, bacteria, casts, and other formed elements.
    TP  QUEST DIAGNOSTICS TAMPA, 4225 E FOWLER AVE, TAMPA, FL 33617-2026                    Page 1 of 1
''', [
    R('urine-color', None, None, 'text', 'normal', 'YELLOW'),
    R('urine-appearance', None, None, 'text', 'normal', 'CLEAR'),
    R('specific-gravity-urine', '1.021', None, '1.001..1.035'),
    R('urine-ph', '6.0', None, '5.0..8.0'),
    R('glucose-in-urine', None, None, 'text', 'normal', 'NEGATIVE'),
    R('bilirubin-in-urine', None, None, 'text', 'normal', 'NEGATIVE'),
    R('ketones-in-urine', None, None, 'text', 'abnormal', 'TRACE'),
    R('hemoglobin-urine-presence', None, None, 'text', 'normal', 'NEGATIVE'),
    R('nitrite-in-urine', None, None, 'text', 'normal', 'NEGATIVE'),
    R('leukocyte-esterase-urine', None, None, 'text', 'abnormal', '1+'),
    ], "range=the Reference Range column: expected text for the qualitative rows (range text; normal when the answer equals it, abnormal otherwise, and 'A' is printed on both abnormal ones), a-b for specific gravity and pH (no unit printed, so no normalizedValue); occult blood is hemoglobin-urine-presence; the two TO FOLLOW reflex rows, the analysis note and the site line are not rows.")
# ---- family 2: HL7 v2 ORU^R01 messages (segments one per line)
case('US', 'en', 'hl7', 'Quest HL7 v2.5.1 ORU^R01 to an EHR: NM and SN (^41) values, "<b" / "> OR = a" ranges in OBX-7, H/N flags in OBX-8, "(calc)" units, NTE comment and tier lines', r'''
    MSH|^~\&|QUESTLAB|EZ|ATHENA|NORTHWIND FM|20250218093012||ORU^R01|Q250218-88120|P|2.5.1
    PID|1||NWF44120^^^NWF^MR||PARK^JIN^H||19790512|M|||18 ELM ST^^PASADENA^CA^91101
    ORC|RE|ORD7781|TP4471K
    OBR|1|ORD7781|TP4471K|496^HEMOGLOBIN A1c^QDI|||20250217081500|||||||20250217103000||^WEISS^DANA
    OBX|1|NM|4548-4^Hemoglobin A1c^LN||6.1|%|<5.7|H|||F|||20250217081500|EZ
    NTE|1||For someone without known diabetes, a hemoglobin A1c value between 5.7% and 6.4% is
    NTE|2||consistent with prediabetes and should be confirmed with a follow-up test.
    OBR|2|ORD7781|TP4471K|7600^LIPID PANEL^QDI|||20250217081500
    OBX|2|NM|2093-3^Cholesterol, Total^LN||187|mg/dL|<200|N|||F
    OBX|3|NM|2085-9^HDL Cholesterol^LN||52|mg/dL|> OR = 40|N|||F
    OBX|4|NM|2571-8^Triglycerides^LN||96|mg/dL|<150|N|||F
    OBX|5|NM|13457-7^LDL-Cholesterol^LN||115|mg/dL (calc)|<100|H|||F
    OBX|6|NM|9830-1^Chol/HDLC Ratio^LN||3.6|(calc)|<5.0|N|||F
    OBX|7|NM|43396-1^Non HDL Cholesterol^LN||135|mg/dL (calc)|<130|H|||F
    OBR|3|ORD7781|TP4471K|17306^VITAMIN D,25-OH,TOTAL,IA^QDI|||20250217081500
    OBX|8|SN|62292-8^Vitamin D,25-OH,Total,IA^LN||^41|ng/mL|30-100|N|||F
    NTE|1||Vitamin D Status         25-OH Vitamin D:
    NTE|2||Deficiency:                  <20 ng/mL
    NTE|3||Insufficiency:            20 - 29 ng/mL
    NTE|4||Optimal:               > or = 30 ng/mL
''', [
    R('hemoglobin-a1c', '6.1', '%', '..<5.7', 'high'),
    R('total-cholesterol', '187', 'mg/dL', '..<200', 'normal'),
    R('hdl-cholesterol', '52', 'mg/dL', '40..', 'normal'),
    R('triglycerides', '96', 'mg/dL', '..<150', 'normal'),
    R('ldl-cholesterol', '115', 'mg/dL', '..<100', 'high'),
    R('cholesterol-hdl-ratio', '3.6', None, '..<5.0', 'normal'),
    R('non-hdl-cholesterol', '135', 'mg/dL', '..<130', 'high'),
    R('vitamin-d', '41', 'ng/mL', '30..100', 'normal'),
], "range=OBX-7 ('<b' strict, '> OR = a' inclusive, a-b); OBX-8 H/N printed; the SN value '^41' has no comparator and is plain 41; '(calc)' after mg/dL is a label and alone (the ratio) is no unit; MSH/PID/ORC/OBR segments and NTE comments, including the vitamin D tier lines, are not rows.")

case('US', 'en', 'hl7', 'hospital (Cerner) HL7 v2.3 ORU^R01 from an emergency draw: HH/LL critical flags in OBX-8, NTE read-back comments, hs-troponin as SN "<^3" in ng/L', r'''
    MSH|^~\&|PATHNET|STMARY_LAB|HNAM|STMARY|20250220041544||ORU^R01|PN2502200415|P|2.3
    PID|1||E8821177^^^STM||KOWALSKI^HENRY^W||19520303|M
    PV1|1|E|ED^^^STM||||0412^ABADI^SAMIR^^^MD
    OBR|1|44871120|25051C0077|BMP^BASIC METABOLIC PANEL|||202502200322|||||||202502200331
    OBX|1|NM|2951-2^Sodium Lvl^LN||131|mmol/L|136-145|L|||F
    OBX|2|NM|2823-3^Potassium Lvl^LN||6.4|mmol/L|3.5-5.1|HH|||F
    NTE|1||CRITICAL RESULT CALLED TO AND READ BACK BY J. OWUSU RN ON 02/20/2025 0411 BY LAB TECH 4471
    OBX|3|NM|2345-7^Glucose Lvl^LN||48|mg/dL|70-99|LL|||F
    NTE|1||CRITICAL RESULT CALLED TO AND READ BACK BY J. OWUSU RN ON 02/20/2025 0411
    OBX|4|NM|2160-0^Creatinine Lvl^LN||2.31|mg/dL|0.70-1.30|H|||F
    OBX|5|NM|33914-3^eGFR^LN||29|mL/min/1.73m2|>=60|L|||F
    OBR|2|44871121|25051C0078|HGB^HEMOGLOBIN|||202502200322
    OBX|6|NM|718-7^Hemoglobin^LN||6.9|g/dL|13.5-17.5|LL|||F
    OBR|3|44871122|25051C0079|TROPIHS^TROPONIN I HIGH SENSITIVITY|||202502200322
    OBX|7|SN|89579-7^Troponin I HS^LN||<^3|ng/L|<=34|N|||F
    OBX|8|NM|2524-7^Lactate^LN||4.6|mmol/L|0.5-2.0|HH|||F
''', [
    R('sodium', '131', 'mmol/L', '136..145', 'low'),
    R('potassium', '6.4', 'mmol/L', '3.5..5.1', 'critical-high'),
    R('glucose', '48', 'mg/dL', '70..99', 'critical-low'),
    R('creatinine', '2.31', 'mg/dL', '0.70..1.30', 'high'),
    R('egfr', '29', 'mL/min/1.73m2', '60..', 'low'),
    R('hemoglobin', '6.9', 'g/dL', '13.5..17.5', 'critical-low'),
    R('troponin-i', '3', 'ng/L', '..34', 'normal', '<3'),
    R('lactate', '4.6', 'mmol/L', '0.5..2.0', 'critical-high'),
], "range=OBX-7 (a-b, '>=a' and '<=b' inclusive); OBX-8 HH/LL are critical-high/critical-low, H/L/N as printed; the SN value '<^3' is the censored '<3' (wholly inside '<=34', normalized on its bound, ng/L ÷1000 → ng/mL); NTE read-back comments and the header segments are not rows.")

case('CA', 'en', 'hl7', 'LifeLabs result via Ontario OLIS, HL7 v2.3.1 ORU^R01: units with the HL7 escape x10\\S\\9/L and x10\\S\\12/L, \\T\\ in a battery name, g/L haemoglobin, NTE comment', r'''
    MSH|^~\&|OLIS|OLIS|EMR|CLINIC 4471|20250213061522-0500||ORU^R01|OL2502130615|P|2.3.1
    PID|1||6648213390^^^^JHN^^^^ON||DESROCHERS^MARC^||19810919|M
    OBR|1|ORD-55102|25-LON-4410887|TR10530-2^CBC \T\ Differential^HL79901|||202502120844
    OBX|1|NM|718-7^Hemoglobin^LN||141|g/L|135-175|N|||F
    OBX|2|NM|6690-2^WBC^LN||4.2|x10\S\9/L|4.0-11.0|N|||F
    OBX|3|NM|789-8^RBC^LN||4.71|x10\S\12/L|4.50-6.00|N|||F
    OBX|4|NM|777-3^Platelets^LN||142|x10\S\9/L|150-400|L|||F
    OBX|5|NM|751-8^Neutrophils^LN||2.1|x10\S\9/L|2.0-7.5|N|||F
    OBX|6|NM|731-0^Lymphocytes^LN||1.5|x10\S\9/L|1.0-3.5|N|||F
    NTE|1||Platelet count confirmed by smear review. No platelet clumps seen.
    OBR|2|ORD-55102|25-LON-4410887|TR10450-4^Ferritin^HL79901|||202502120844
    OBX|7|NM|2276-4^Ferritin^LN||212|ug/L|30-500|N|||F
''', [
    R('hemoglobin', '141', 'g/L', '135..175', 'normal'),
    R('white-blood-cell-count', '4.2', 'x10\\S\\9/L', '4.0..11.0', 'normal'),
    R('red-blood-cell-count', '4.71', 'x10\\S\\12/L', '4.50..6.00', 'normal'),
    R('platelet-count', '142', 'x10\\S\\9/L', '150..400', 'low'),
    R('neutrophils-absolute', '2.1', 'x10\\S\\9/L', '2.0..7.5', 'normal'),
    R('lymphocytes-absolute', '1.5', 'x10\\S\\9/L', '1.0..3.5', 'normal'),
    R('ferritin', '212', 'ug/L', '30..500', 'normal'),
], "range=OBX-7 (a-b); OBX-8 N/L printed; \\S\\ is the HL7 escape of '^', so x10\\S\\9/L is x10^9/L (= 10^3/µL) and x10\\S\\12/L is x10^12/L; neutrophils and lymphocytes in x10^9/L without % siblings are -absolute; g/L Hb ÷10 → g/dL; \\T\\ (&) sits only in a battery name; the NTE smear comment is not a row.")

case('US', 'en', 'hl7', 'Labcorp HL7 v2.5.1 ORU^R01 for a testosterone-therapy monitoring panel: censored sensitive estradiol as SN "<^5.0" with L, hematocrit H, multiple OBR batteries, NTE reference notes', r'''
    MSH|^~\&|LAB|LABCORP|ELATION|PEAKTRT|20250226051133||ORU^R01|LC0226051133442|P|2.5.1
    PID|1||PTR-20931^^^PEAKTRT||ESPINOZA^RAUL^M||19760107|M
    OBR|1|PTR-ORD-4471|14521770440|070001^Testosterone, Free and Total^L|||202502240730
    OBX|1|NM|2986-8^Testosterone, Serum^LN||612|ng/dL|264-916|N|||F|||202502240730|01
    OBX|2|NM|2991-8^Free Testosterone(Direct)^LN||14.8|pg/mL|8.7-25.1|N|||F|||202502240730|01
    OBR|2|PTR-ORD-4471|14521770440|140244^Estradiol, Sensitive^L|||202502240730
    OBX|3|SN|2243-4^Estradiol, Sensitive^LN||<^5.0|pg/mL|7.6-42.6|L|||F|||202502240730|02
    NTE|1||This test was developed and its performance characteristics determined by Labcorp.
    OBR|3|PTR-ORD-4471|14521770440|082016^Sex Horm Binding Glob, Serum^L|||202502240730
    OBX|4|NM|13967-5^Sex Horm Binding Glob, Serum^LN||24.1|nmol/L|16.5-55.9|N|||F
    OBR|4|PTR-ORD-4471|14521770440|005009^CBC With Differential/Platelet^L|||202502240730
    OBX|5|NM|718-7^Hemoglobin^LN||17.6|g/dL|13.0-17.7|N|||F
    OBX|6|NM|4544-3^Hematocrit^LN||52.8|%|37.5-51.0|H|||F
    OBR|5|PTR-ORD-4471|14521770440|010322^Prostate-Specific Ag^L|||202502240730
    OBX|7|NM|2857-1^Prostate Specific Ag, Serum^LN||0.9|ng/mL|0.0-4.0|N|||F
    NTE|1||Roche ECLusys PSA methodology. Values obtained with different assay methods cannot be used interchangeably.
''', [
    R('testosterone', '612', 'ng/dL', '264..916', 'normal'),
    R('testosterone-free', '14.8', 'pg/mL', '8.7..25.1', 'normal'),
    R('estradiol', '5.0', 'pg/mL', '7.6..42.6', 'low', '<5.0'),
    R('shbg', '24.1', 'nmol/L', '16.5..55.9', 'normal'),
    R('hemoglobin', '17.6', 'g/dL', '13.0..17.7', 'normal'),
    R('hematocrit', '52.8', '%', '37.5..51.0', 'high'),
    R('prostate-specific-antigen', '0.9', 'ng/mL', '0.0..4.0', 'normal'),
], "range=OBX-7 (a-b); OBX-8 flags printed; the SN '<^5.0' is the censored '<5.0', wholly below 7.6 (low, as printed; normalized on its bound); NTE notes and header segments are not rows.")

case('AU', 'en', 'hl7', 'Australian pathology HL7 v2.4 ORU^R01 (QML Pathology to a GP desktop system): thyroid atoms with ranges in OBX-7, TPO and thyroglobulin antibodies in IU/mL, \\T\\ in a test group name, NTE interpretive comment', r'''
    MSH|^~\&|QML^QML PATHOLOGY^AUSLAB|QML|BP^BEST PRACTICE|TOOWONG FAMILY PRACTICE|20250211143320+1000||ORU^R01|QML2502114433|P|2.4
    PID|1||25QML118822^^^QML^MR||MACALLISTER^KIRSTY^JANE||19860214|F
    OBR|1||25-Q-118822^QML|TFT^THYROID FUNCTION \T\ ANTIBODIES^QML|||202502110815|||||||202502110930||0457812B^NAIR^PRIYA
    OBX|1|NM|3016-3^TSH^LN||5.9|mIU/L|0.40-4.00|H|||F
    OBX|2|NM|3024-7^Free T4^LN||10.1|pmol/L|9.0-19.0|N|||F
    OBX|3|NM|3051-0^Free T3^LN||4.2|pmol/L|2.6-6.0|N|||F
    OBX|4|NM|8099-4^Thyroid Peroxidase Ab^LN||188|IU/mL|<35|H|||F
    OBX|5|NM|8098-6^Thyroglobulin Ab^LN||42|IU/mL|<115|N|||F
    NTE|1||Mildly raised TSH with normal free T4 and positive TPO antibodies, consistent with
    NTE|2||subclinical autoimmune (Hashimoto) hypothyroidism. Suggest repeat TFT in 6-8 weeks.
''', [
    R('thyroid-stimulating-hormone', '5.9', 'mIU/L', '0.40..4.00', 'high'),
    R('free-t4', '10.1', 'pmol/L', '9.0..19.0', 'normal'),
    R('free-t3', '4.2', 'pmol/L', '2.6..6.0', 'normal'),
    R('thyroid-peroxidase-antibody', '188', 'IU/mL', '..<35', 'high'),
    R('thyroglobulin-antibody', '42', 'IU/mL', '..<115', 'normal'),
], "range=OBX-7 (a-b, '<b' strict); OBX-8 H/N printed; free T4/T3 pmol/L → mass units with the key's molar mass; anti-TPO in IU/mL has no normalizedValue (catalog U/mL, sets 22-23), anti-thyroglobulin in IU/mL is normalized ([IU]/mL); the NTE comment is not a row.")

case('US', 'en', 'hl7', 'hospital outpatient HL7 v2.5.1 ORU^R01 (Epic Beaker) with ST qualitative values: urinalysis dipstick, hepatitis C antibody and SARS-CoV-2 RNA against expected text in OBX-7, A/N flags', r'''
    MSH|^~\&|BEAKER|RIVERSIDE_LAB|ECW|HARBOR_CLINIC|20250205154022||ORU^R01|BKR20250205-7731|P|2.5.1
    PID|1||RV0098213^^^RIVERSIDE^MR||TRAN^MINH^Q||19920822|M
    OBR|1|E55102|B25036-0441|UA^URINALYSIS WITH MICROSCOPIC REFLEX|||202502051015
    OBX|1|ST|5792-7^Glucose, UA^LN||Negative||Negative|N|||F
    OBX|2|ST|5797-6^Ketones, UA^LN||Negative||Negative|N|||F
    OBX|3|ST|5802-4^Nitrite, UA^LN||Positive||Negative|A|||F
    OBX|4|ST|5799-2^Leukocyte Esterase, UA^LN||2+||Negative|A|||F
    OBX|5|NM|5803-2^pH, UA^LN||6.5||5.0-8.0|N|||F
    NTE|1||Urine culture added per reflex protocol.
    OBR|2|E55103|B25036-0442|HCVAB^HEPATITIS C ANTIBODY|||202502051015
    OBX|6|ST|13955-0^Hepatitis C Ab^LN||Nonreactive||Nonreactive|N|||F
    OBR|3|E55104|B25036-0443|COVPCR^SARS-COV-2 RNA, NAA|||202502051015
    OBX|7|ST|94500-6^SARS-CoV-2 RNA^LN||Not Detected||Not Detected|N|||F
''', [
    R('glucose-in-urine', None, None, 'text', 'normal', 'Negative'),
    R('ketones-in-urine', None, None, 'text', 'normal', 'Negative'),
    R('nitrite-in-urine', None, None, 'text', 'abnormal', 'Positive'),
    R('leukocyte-esterase-urine', None, None, 'text', 'abnormal', '2+'),
    R('urine-ph', '6.5', None, '5.0..8.0', 'normal'),
    R('hepatitis-c-antibody', None, None, 'text', 'normal', 'Nonreactive'),
    R('sars-cov-2-test', None, None, 'text', 'normal', 'Not Detected'),
], "range=OBX-7: expected text for the ST rows (range text; normal when the answer equals it, abnormal otherwise, and OBX-8 'A' agrees), a-b for urine pH (no unit in OBX-6, so no normalizedValue); NTE and header segments are not rows.")

case('UK', 'en', 'hl7', 'NHS trust HL7 v2.4 ORU^R01 to a GP system: eGFR as SN ">^90", a PSA observation still pending (OBX-11 = I, "Result to follow"), bracketed-free ranges in OBX-7, NTE', r'''
    MSH|^~\&|WINPATH|RBH_PATH|EMIS|F84712|20250219163301||ORU^R01|WP250219163301|P|2.4
    PID|1||9434765919^^^NHS^NH||HARGREAVES^ALAN^GEORGE||19550824|M
    OBR|1|GP-77120|25.RB.4471802|UE^UREA AND ELECTROLYTES^WINPATH|||202502190930
    OBX|1|NM|SOD^Sodium^WINPATH||139|mmol/L|133-146|N|||F
    OBX|2|NM|POT^Potassium^WINPATH||4.8|mmol/L|3.5-5.3|N|||F
    OBX|3|NM|CREA^Creatinine^WINPATH||81|umol/L|59-104|N|||F
    OBX|4|SN|EGFR^eGFR (CKD-EPI)^WINPATH||>^90|mL/min/1.73m2|>60|N|||F
    NTE|1||eGFR is not valid in acute kidney injury, pregnancy or extremes of muscle mass.
    OBR|2|GP-77120|25.RB.4471802|PSA^PROSTATE SPECIFIC ANTIGEN^WINPATH|||202502190930
    OBX|5|ST|PSA^PSA^WINPATH||Result to follow|ug/L|||||I
    OBR|3|GP-77120|25.RB.4471802|TFT^THYROID FUNCTION^WINPATH|||202502190930
    OBX|6|NM|TSH^TSH^WINPATH||0.12|mIU/L|0.27-4.2|L|||F
    OBX|7|NM|FT4^Free T4^WINPATH||23.8|pmol/L|12.0-22.0|H|||F
''', [
    R('sodium', '139', 'mmol/L', '133..146', 'normal'),
    R('potassium', '4.8', 'mmol/L', '3.5..5.3', 'normal'),
    R('creatinine', '81', 'umol/L', '59..104', 'normal'),
    R('egfr', '90', 'mL/min/1.73m2', '>60..', 'normal', '>90'),
    R('thyroid-stimulating-hormone', '0.12', 'mIU/L', '0.27..4.2', 'low'),
    R('free-t4', '23.8', 'pmol/L', '12.0..22.0', 'high'),
], "range=OBX-7 (a-b, '>60' strict); OBX-8 printed; the SN '>^90' is the censored '>90', wholly above '>60' (normal, normalized on its bound); the PSA OBX with status I and 'Result to follow' is not a result; creatinine µmol/L and free T4 pmol/L → mass units with the key's molar mass; NTE is not a row.")

case('US', 'en', 'hl7', 'HL7 v2.5.1 ORM^O01 new-order message for a hormone panel (no results, only ordered tests, diagnosis codes and specimen details)', r'''
    MSH|^~\&|ELATION|APEXMENSHEALTH|LABCORP|LCA|20250303071412||ORM^O01|EL250303-22018|P|2.5.1
    PID|1||AMH-40917^^^APEX^MR||BRANDT^KYLE^J||19880415|M|||900 PEARL ST^^BOULDER^CO^80302
    PV1|1|O
    IN1|1|BCBS|BCBSCO|ANTHEM BLUE CROSS|||||||||||BRANDT^KYLE^J|SELF|19880415
    ORC|NW|APX-ORD-5512||||||||||1730291844^MONROE^TESSA^^^NP
    OBR|1|APX-ORD-5512||070001^Testosterone, Free and Total^L|||202503030700
    OBR|2|APX-ORD-5512||004515^Estradiol^L|||202503030700
    OBR|3|APX-ORD-5512||005009^CBC With Differential/Platelet^L|||202503030700
    OBR|4|APX-ORD-5512||322000^Comp. Metabolic Panel (14)^L|||202503030700
    DG1|1||E29.1^Testicular hypofunction^I10
    DG1|2||Z79.890^Hormone replacement therapy^I10
    NTE|1||Patient fasting. Draw trough level before next injection.
''', [], "range=none; an order message: batteries, insurance and diagnosis codes, no OBX results.")
# ---- family 3: OCR of scanned / photographed reports (Markdown tables, HTML tables, plain text)
case('US', 'en', 'ocr', 'OCR app Markdown table from a phone photo of a Quest thyroid/adrenal page: l for I in names, a merged name+value cell, stray and doubled pipes, flags inside the Out Of Range cell', r'''
    **Quest Diagnostics** Patient: HUANG, EMlLY   DOB: 1O/O3/1987   Collected: 02/05/2025

    | Test Name | In Range | Out Of Range | Reference Range | Lab |
    |---|---|---|---|---|
    | TSH | 1.82 | | 0.40-4.50 mIU/L | EZ |
    | T4, FREE | 1.3 | | 0.8-1.8 ng/dL | EZ |
    | T3, FREE | | 2.2 L | 2.3-4.2 pg/mL | EZ |
    | THYROlD PEROXlDASE ANTlBODlES | | 67 H || <9 IU/mL | EZ |
    | REVERSE T3, SERUM 22 | | | 8-25 ng/dL | EZ |
    | CORTlSOL, TOTAL | 14.1 | | 4.0-22.0 mcg/dL | EZ |
    | | | | | |
    Page 1 of 1 | Report Status: Final
''', [
    R('thyroid-stimulating-hormone', '1.82', 'mIU/L', '0.40..4.50'),
    R('free-t4', '1.3', 'ng/dL', '0.8..1.8'),
    R('free-t3', '2.2', 'pg/mL', '2.3..4.2', 'low'),
    R('thyroid-peroxidase-antibody', '67', 'IU/mL', '..<9', 'high'),
    R('reverse-t3', '22', 'ng/dL', '8..25'),
    R('cortisol', '14.1', 'mcg/dL', '4.0..22.0'),
], "range=the Reference Range cell with its unit dropped ('<9' strict); H/L printed in the Out Of Range cell; the doubled pipe and the reverse T3 value merged into its name cell are OCR artefacts that do not change the rows; anti-TPO in IU/mL has no normalizedValue; 'l' for 'I' in names and 'O' for '0' in the header date are OCR noise.")

case('UK', 'en', 'ocr', 'OCR Markdown table of a scanned Bupa Cromwell Hospital report: value and unit merged in one cell, no flags printed, HbA1c in mmol/mol, stray pipe at the row start', r'''
    # BUPA CROMWELL HOSPITAL - Pathology
    Patient: REDFERN, Thomas | DOB 09/08/1966 | MRN BC0O91177 | Collected 10/02/2025

    | Test | Result | Reference range |
    |------|--------|-----------------|
    | Haemoglobin | 142 g/L | 130 - 170 |
    | Ferritin | 512 ug/L | 30 - 400 |
    || Vitamin D (25-OH) | 71 nmol/L | 50 - 175 |
    | HbA1c | 39 mmol/mol | 20 - 41 |
    | PSA (total) | 2.8 ug/L | < 4.0 |
    | Testosterone | 19.6 nmol/L | 8.6 - 29.0 |

    _Results reviewed by Dr J. Hale. Please discuss raised ferritin with your GP._
''', [
    R('hemoglobin', '142', 'g/L', '130..170'),
    R('ferritin', '512', 'ug/L', '30..400'),
    R('vitamin-d', '71', 'nmol/L', '50..175'),
    R('hemoglobin-a1c', '39', 'mmol/mol', '20..41'),
    R('prostate-specific-antigen', '2.8', 'ug/L', '..<4.0'),
    R('testosterone', '19.6', 'nmol/L', '8.6..29.0'),
], "range=the Reference range cell (a - b, '< b' strict); no flags printed, so ferritin 512 is computed high and the rest normal; the unit is read from the merged result cell; HbA1c mmol/mol has no normalizedValue; the doubled leading pipe is an OCR artefact; the footnote is not a row.")

case('CA', 'en', 'ocr', 'HTML table produced by an OCR app from a faxed Alpha Laboratories (Toronto) chemistry page: one row per test, flag cell, a colspan-merged comment row, an empty trailing row', r'''
    <html><body>
    <p>ALPHA LABORATORIES INC. &nbsp; 1262 Don Mills Rd, Toronto ON &nbsp; Patient: FERREIRA, Joao &nbsp; DOB 1972-01-25</p>
    <table border="1">
    <tr><th>Test</th><th>Result</th><th>Flag</th><th>Reference Range</th><th>Units</th></tr>
    <tr><td>ALT</td><td>61</td><td>H</td><td>&lt;50</td><td>U/L</td></tr>
    <tr><td>AST</td><td>38</td><td></td><td>&lt;40</td><td>U/L</td></tr>
    <tr><td>GGT</td><td>92</td><td>H</td><td>&lt;60</td><td>U/L</td></tr>
    <tr><td>Alkaline Phosphatase</td><td>81</td><td></td><td>40-130</td><td>U/L</td></tr>
    <tr><td>Bilirubin, Total</td><td>14</td><td></td><td>&lt;23</td><td>umol/L</td></tr>
    <tr><td>Albumin</td><td>44</td><td></td><td>35-50</td><td>g/L</td></tr>
    <tr><td colspan="5">Comment: Elevated ALT/GGT. Suggest repeat in 3 months and review alcohol intake.</td></tr>
    <tr><td>Creatinine</td><td>96</td><td></td><td>60-115</td><td>umol/L</td></tr>
    <tr><td></td><td></td><td></td><td></td><td></td></tr>
    </table></body></html>
''', [
    R('alanine-aminotransferase', '61', 'U/L', '..<50', 'high'),
    R('aspartate-aminotransferase', '38', 'U/L', '..<40'),
    R('gamma-glutamyl-transferase', '92', 'U/L', '..<60', 'high'),
    R('alkaline-phosphatase', '81', 'U/L', '40..130'),
    R('total-bilirubin', '14', 'umol/L', '..<23'),
    R('albumin', '44', 'g/L', '35..50'),
    R('creatinine', '96', 'umol/L', '60..115'),
], "range=the Reference Range cell ('&lt;b' is '<b', strict; a-b); Flag cell H printed; µmol/L bilirubin and creatinine → mg/dL with the key's molar mass, albumin g/L ÷10; the colspan comment row and the empty row are not rows.")

case('AU', 'en', 'ocr', 'plain OCR text of a photographed SA Pathology report with broken alignment: some units and ranges pushed onto the next line, a censored folate, inconsistent spacing', r'''
    SA PATHOLOGY   Frome Road Adelaide SA 5000
    Patient  DIMITRIOU, Helen     DOB 30/06/1961   Lab No  25-S-0447120
    Collected  14/02/2025

    TEST                RESULT      REFERENCE
    Vitamin B12   198
       pmol/L      (150-700)
    Serum Folate      >45.0 nmol/L    (>12.2)
    Homocysteine  14   umol/L  (<15)
    Magnesium           0.78 mmol/L
                        (0.70-1.10)
    Calcium   2.38    mmol/L   (2.10-2.60)
    Phosphate      1.05  mmol/L      (0.75-1.50)
    Comment:  B12 in the low-normal range. Consider
    active B12 if clinically indicated.
''', [
    R('vitamin-b12', '198', 'pmol/L', '150..700'),
    R('folate', '45.0', 'nmol/L', '>12.2..', None, '>45.0'),
    R('homocysteine', '14', 'umol/L', '..<15'),
    R('magnesium', '0.78', 'mmol/L', '0.70..1.10'),
    R('calcium', '2.38', 'mmol/L', '2.10..2.60'),
    R('phosphorus', '1.05', 'mmol/L', '0.75..1.50'),
], "range=the parenthesised reference, on the same or the next line ('(<b)' and '(>a)' strict); no flags printed, all computed normal; folate '>45.0' lies wholly above '>12.2' (normal, normalized on its bound with folate's molar mass); B12, Mg, Ca and phosphate → mass units with the key's molar mass; the comment is not a row.")

case('US', 'en', 'ocr', 'HTML table from OCR of a faxed Access Medical Laboratories hormone page for a postmenopausal woman on HRT: single postmenopausal ranges, H/L flag cell, "<=b" bound, fax header line', r'''
    <p>02/21/2025 14:07  FROM: ACCESS MEDICAL LABS 561-557-9966  TO: BLOOM WELLNESS  P. 2/3</p>
    <table>
    <tr><td>Patient: WHITFIELD, DIANE</td><td>DOB: 04/11/1966</td><td>Sex: F</td><td>Accession: AM25-0211907</td></tr>
    <tr><td><b>Test</b></td><td><b>Result</b></td><td><b>Flag</b></td><td><b>Units</b></td><td><b>Reference Range (Postmenopausal)</b></td></tr>
    <tr><td>Estradiol</td><td>142</td><td>H</td><td>pg/mL</td><td>&lt;=31</td></tr>
    <tr><td>Progesterone</td><td>1.4</td><td>H</td><td>ng/mL</td><td>0.0-0.7</td></tr>
    <tr><td>FSH</td><td>18.2</td><td>L</td><td>mIU/mL</td><td>25.8-134.8</td></tr>
    <tr><td>Testosterone, Total</td><td>22</td><td></td><td>ng/dL</td><td>8-48</td></tr>
    <tr><td>SHBG</td><td>88</td><td>H</td><td>nmol/L</td><td>14-73</td></tr>
    <tr><td>DHEA-S</td><td>96</td><td></td><td>ug/dL</td><td>15-200</td></tr>
    </table>
''', [
    R('estradiol', '142', 'pg/mL', '..31', 'high'),
    R('progesterone', '1.4', 'ng/mL', '0.0..0.7', 'high'),
    R('follicle-stimulating-hormone', '18.2', 'mIU/mL', '25.8..134.8', 'low'),
    R('testosterone', '22', 'ng/dL', '8..48'),
    R('shbg', '88', 'nmol/L', '14..73', 'high'),
    R('dhea-sulfate', '96', 'ug/dL', '15..200'),
], "range=the single postmenopausal Reference Range cell ('&lt;=b' inclusive, a-b); Flag cell H/L printed; the fax header and patient row are not rows.")

case('UK', 'en', 'ocr', 'plain OCR text of a scanned NHS Wales (Cardiff and Vale) result sheet: units split by spaces ("mmol / L"), units wrapped onto the line under the value, a censored eGFR, flag letters after the range', r'''
    Cardiff and Vale University Health Board - Laboratory Medicine     University Hospital of Wales
    Patient: PRITCHARD, Gareth      DOB: 19/01/1963     NHS: 474 118 9920     Received: 07/02/2025
    Test                     Result        Ref. range        Flag
    Glucose (fasting)        7.4   mmol / L   3.0 - 6.0       H
    HbA1c                    52   mmol / mol  20 - 41         H
    Creatinine               77            45 - 84
                             umol/L
    eGFR                     >90           >60
                             mL/min/1.73m2
    Total cholesterol        4.2   mmol / L   < 5.0
    Triglyceride             2.6   mmol / L   < 1.7           H
    Comment: HbA1c 48 mmol/mol or above is consistent with diabetes. Please repeat to confirm.
''', [
    R('glucose', '7.4', 'mmol / L', '3.0..6.0', 'high'),
    R('hemoglobin-a1c', '52', 'mmol / mol', '20..41', 'high'),
    R('creatinine', '77', 'umol/L', '45..84'),
    R('egfr', '90', 'mL/min/1.73m2', '>60..', None, '>90'),
    R('total-cholesterol', '4.2', 'mmol / L', '..<5.0'),
    R('triglycerides', '2.6', 'mmol / L', '..<1.7', 'high'),
], "range=the Ref. range column (a - b, '< b' and '>a' strict); H printed; 'mmol / L' split by spaces is mmol/L; creatinine's and eGFR's units wrapped onto the next line belong to them; eGFR '>90' lies wholly above '>60' (normal); HbA1c in mmol/mol has no normalizedValue; the comment is not a row.")
# ---- family 4: inline / portal / e-mail / CSV forms
case('US', 'en', 'portal', 'Epic MyChart test-details copy-paste with one field per line (Component / Your Value / Standard Range / Flag as separate lines), value and unit together, a flagless row', r'''
    CBC w/ Differential and Iron Panel
    Collected on Feb 03, 2025 8:12 AM
    Results
    Component
    Your Value
    Standard Range
    Flag
    Hemoglobin
    11.2 g/dL
    12.0 - 15.5 g/dL
    Low
    Hematocrit
    34.9 %
    34.9 - 44.5 %
    MCV
    78 fL
    80 - 100 fL
    Low
    Platelet Count
    412 x10E3/uL
    150 - 450 x10E3/uL
    Iron
    38 ug/dL
    50 - 170 ug/dL
    Low
    Iron Saturation
    9 %
    15 - 50 %
    Low
    Resulting Agency
    MAYO CLINIC HEALTH SYSTEM - EAU CLAIRE LAB
    Your provider's comment: Your iron is low. Please start ferrous sulfate as discussed.
''', [
    R('hemoglobin', '11.2', 'g/dL', '12.0..15.5', 'low'),
    R('hematocrit', '34.9', '%', '34.9..44.5'),
    R('mean-corpuscular-volume', '78', 'fL', '80..100', 'low'),
    R('platelet-count', '412', 'x10E3/uL', '150..450'),
    R('iron', '38', 'ug/dL', '50..170', 'low'),
    R('transferrin-saturation', '9', '%', '15..50', 'low'),
], "range=the Standard Range line (a - b, unit dropped); the Flag line 'Low' is printed where present; hematocrit 34.9 sits on the inclusive lower bound (normal); column-title lines, Resulting Agency and the provider's comment are not rows.")

case('US', 'en', 'email', 'e-mail from a concierge practice nurse with inline "Name: value unit (Ref: a - b)" lines, an arrow after out-of-range values, and a still-pending test', r'''
    From: Nurse Rachel <care@harborconcierge.md>
    Subject: Your lab results from Feb 6
    Hi Mr. Lindgren, here are your results from Labcorp (collected 2/6/2025):
    Testosterone, Total: 298 ng/dL (Ref: 264 - 916)
    Free Testosterone: 5.2 pg/mL (Ref: 8.7 - 25.1) ↓
    Estradiol: 21.4 pg/mL (Ref: 7.6 - 42.6)
    LH: 2.1 mIU/mL (Ref: 1.7 - 8.6)
    Hematocrit: 46.1 % (Ref: 37.5 - 51.0)
    PSA: 0.6 ng/mL (Ref: 0.0 - 4.0)
    Vitamin D, 25-Hydroxy: 24.8 ng/mL (Ref: 30.0 - 100.0) ↓
    IGF-1 is still pending at the reference lab; we will forward it when it comes back.
    Dr. Amsel would like to discuss starting therapy at your visit on 2/14.
    Rachel Moreno, RN
''', [
    R('testosterone', '298', 'ng/dL', '264..916'),
    R('testosterone-free', '5.2', 'pg/mL', '8.7..25.1', 'low'),
    R('estradiol', '21.4', 'pg/mL', '7.6..42.6'),
    R('luteinizing-hormone', '2.1', 'mIU/mL', '1.7..8.6'),
    R('hematocrit', '46.1', '%', '37.5..51.0'),
    R('prostate-specific-antigen', '0.6', 'ng/mL', '0.0..4.0'),
    R('vitamin-d', '24.8', 'ng/mL', '30.0..100.0', 'low'),
], "range=the '(Ref: a - b)' after each value; ↓ printed after two values (low); the pending IGF-1 sentence, the greeting and signature are not rows.")

case('US', 'en', 'portal', 'MyChart results table copied as text: "Component / Your Value / Standard Range" columns with the flag word inside the value cell, a "Comment:" line under a row, ">=a" and "<b" bounds, cholesterol tier text', r'''
    Lipid Panel, Hemoglobin A1c, Comprehensive Metabolic Panel - Final result (02/17/2025 7:40 AM)
    Component                   Your Value              Standard Range
    Cholesterol                 236 mg/dL (H)           <200 mg/dL
    Triglycerides               121 mg/dL               <150 mg/dL
    HDL                         61 mg/dL                >=40 mg/dL
    LDL Calculated              151 mg/dL (H)           <100 mg/dL
      Comment: LDL goal depends on cardiovascular risk; see ACC/AHA 2018 guideline.
    Hemoglobin A1C              5.4 %                   4.0 - 5.6 %
    Glucose                     91 mg/dL                70 - 99 mg/dL
    ALT (SGPT)                  22 U/L                  7 - 52 U/L
    Potassium                   4.1 mmol/L              3.5 - 5.1 mmol/L
    Resulting Agency            PROVIDENCE REGIONAL LAB, EVERETT WA
''', [
    R('total-cholesterol', '236', 'mg/dL', '..<200', 'high'),
    R('triglycerides', '121', 'mg/dL', '..<150'),
    R('hdl-cholesterol', '61', 'mg/dL', '40..'),
    R('ldl-cholesterol', '151', 'mg/dL', '..<100', 'high'),
    R('hemoglobin-a1c', '5.4', '%', '4.0..5.6'),
    R('glucose', '91', 'mg/dL', '70..99'),
    R('alanine-aminotransferase', '22', 'U/L', '7..52'),
    R('potassium', '4.1', 'mmol/L', '3.5..5.1'),
], "range=the Standard Range column with its unit dropped ('<b' strict, '>=a' inclusive); '(H)' inside the value cell is the printed flag; the Comment line and Resulting Agency are not rows.")

case('US', 'en', 'csv', 'comma-separated export of a patient-portal lab history (one observation per row, quoted fields, flag column), with a pending row and a cancelled row', r'''
    "Date","Order","Component","Value","Units","Reference Range","Flag","Status"
    "2025-02-10","THYROID CASCADE","TSH","6.84","uIU/mL","0.27-4.20","H","Final"
    "2025-02-10","THYROID CASCADE","Free T4","0.98","ng/dL","0.93-1.70","","Final"
    "2025-02-10","VITAMIN B12","Vitamin B12","1510","pg/mL","232-1245","H","Final"
    "2025-02-10","FERRITIN","Ferritin","64","ng/mL","15-150","","Final"
    "2025-02-10","HOMOCYSTEINE","Homocysteine","","umol/L","<=15.0","","Pending"
    "2025-02-10","INSULIN, FASTING","Insulin","","uIU/mL","2.6-24.9","","Cancelled - specimen hemolyzed"
    "2025-02-10","HS CRP","C-Reactive Protein, High Sensitivity","0.42","mg/L","0.00-3.00","","Final"
''', [
    R('thyroid-stimulating-hormone', '6.84', 'uIU/mL', '0.27..4.20', 'high'),
    R('free-t4', '0.98', 'ng/dL', '0.93..1.70'),
    R('vitamin-b12', '1510', 'pg/mL', '232..1245', 'high'),
    R('ferritin', '64', 'ng/mL', '15..150'),
    R('hs-crp', '0.42', 'mg/L', '0.00..3.00'),
], "range=the Reference Range field (a-b); the Flag field H is printed; the Pending homocysteine and the Cancelled insulin rows have no value and are not results; the header row is not a row.")

case('UK', 'en', 'portal', 'NHS App GP health record copy-paste (EMIS-style coded entries): "Serum X level value unit [range]" lines with "Above/Below high/low reference limit" words, filed date lines', r'''
    Test results
    12 Feb 2025  Blood test results - Riverside Medical Practice
    Serum ferritin level 18 ug/L [30.0 - 400.0] Below low reference limit
    Haemoglobin concentration 131 g/L [130.0 - 180.0]
    Serum vitamin B12 level 176 ng/L [197.0 - 771.0] Below low reference limit
    Serum folate level 7.8 ug/L [3.9 - 26.8]
    Serum TSH level 1.9 mIU/L [0.27 - 4.20]
    Serum free T4 level 15.1 pmol/L [12.0 - 22.0]
    Filed by: Dr L Sato   Comment: Low B12 and ferritin - book appointment to discuss treatment.
''', [
    R('ferritin', '18', 'ug/L', '30.0..400.0', 'low'),
    R('hemoglobin', '131', 'g/L', '130.0..180.0'),
    R('vitamin-b12', '176', 'ng/L', '197.0..771.0', 'low'),
    R('folate', '7.8', 'ug/L', '3.9..26.8'),
    R('thyroid-stimulating-hormone', '1.9', 'mIU/L', '0.27..4.20'),
    R('free-t4', '15.1', 'pmol/L', '12.0..22.0'),
], "range=the bracketed [a - b]; 'Below low reference limit' is a printed low flag; ng/L = pg/mL, µg/L = ng/mL, g/L Hb ÷10, free T4 pmol/L → ng/dL; the Filed by/Comment line is not a row.")

case('CA', 'en', 'portal', 'LifeLabs "My Results" (Ontario) portal copy-paste: test name line, then "Result:", "Reference Range:" and "Flag:" lines, x10E9/L units', r'''
    My Results - Collected 2025-02-18
    Hemoglobin A1C
    Result: 6.7 %
    Reference Range: 4.0 - 5.9
    Flag: HIGH
    Glucose Fasting
    Result: 7.9 mmol/L
    Reference Range: 3.6 - 6.0
    Flag: HIGH
    White Blood Cells
    Result: 8.3 x10E9/L
    Reference Range: 4.0 - 11.0
    Neutrophils
    Result: 5.6 x10E9/L
    Reference Range: 2.0 - 7.5
    Questions about your results? Contact the ordering practitioner.
''', [
    R('hemoglobin-a1c', '6.7', '%', '4.0..5.9', 'high'),
    R('glucose', '7.9', 'mmol/L', '3.6..6.0', 'high'),
    R('white-blood-cell-count', '8.3', 'x10E9/L', '4.0..11.0'),
    R('neutrophils-absolute', '5.6', 'x10E9/L', '2.0..7.5'),
], "range=the 'Reference Range:' line (a - b); 'Flag: HIGH' printed; glucose mmol/L → mg/dL; neutrophils in x10E9/L with no % sibling are -absolute, and the closing line is not a row.")

case('AU', 'en', 'portal', 'My Health Record pathology report view copied as text: "Test name / Result / Units / Reference range" blocks with "Up to" and ">=" ranges, H flag text, specimen details block', r'''
    Pathology Report - Lipids, Liver Function
    Requested by: Dr K Ahmed   Reporting laboratory: Australian Clinical Labs (NATA 1884)
    Collected: 24 Feb 2025 08:10   Specimen: Serum
    Test name: Cholesterol           Result: 6.8    Units: mmol/L   Reference range: Up to 5.5      H
    Test name: Triglycerides         Result: 1.2    Units: mmol/L   Reference range: Up to 2.0
    Test name: HDL Cholesterol       Result: 2.1    Units: mmol/L   Reference range: >= 1.0
    Test name: LDL Cholesterol       Result: 4.2    Units: mmol/L   Reference range: Up to 3.5      H
    Test name: Gamma GT              Result: 19     Units: U/L      Reference range: Up to 38
    Test name: Bilirubin             Result: 9      Units: umol/L   Reference range: Up to 20
    Status: Final   This information was provided by the laboratory. It may not be complete.
''', [
    R('total-cholesterol', '6.8', 'mmol/L', '..5.5', 'high'),
    R('triglycerides', '1.2', 'mmol/L', '..2.0'),
    R('hdl-cholesterol', '2.1', 'mmol/L', '1.0..'),
    R('ldl-cholesterol', '4.2', 'mmol/L', '..3.5', 'high'),
    R('gamma-glutamyl-transferase', '19', 'U/L', '..38'),
    R('total-bilirubin', '9', 'umol/L', '..20'),
], "range='Up to b' (inclusive) and '>= a' (inclusive); H printed at the line end; mmol/L lipids and µmol/L bilirubin → mg/dL with the key's molar mass; header and status lines are not rows.")

case('US', 'en', 'portal', 'telehealth TRT clinic results summary page: arrows before the value for out-of-range results, ranges in brackets with units, bioavailable testosterone and DHT, a "Not tested" row', r'''
    Maximus Tribe - Lab Summary (Quest, collected 01/30/2025)
    Marker                          Result               Reference
    Total Testosterone              ↓ 241 ng/dL          [264 - 916 ng/dL]
    Free Testosterone               ↓ 38.9 pg/mL         [46.0 - 224.0 pg/mL]
    Bioavailable Testosterone       ↓ 88.1 ng/dL         [110.0 - 575.0 ng/dL]
    Dihydrotestosterone (DHT)         31 ng/dL           [16 - 79 ng/dL]
    Estradiol (Sensitive)             17 pg/mL           [<= 39 pg/mL]
    LH                                3.4 mIU/mL         [1.5 - 9.3 mIU/mL]
    Prolactin                         6.2 ng/mL          [2.0 - 18.0 ng/mL]
    Thyroid Antibodies              Not tested
    Arrows mark results outside the reference range. This summary is not a medical diagnosis.
''', [
    R('testosterone', '241', 'ng/dL', '264..916', 'low'),
    R('testosterone-free', '38.9', 'pg/mL', '46.0..224.0', 'low'),
    R('testosterone-bioavailable', '88.1', 'ng/dL', '110.0..575.0', 'low'),
    R('dihydrotestosterone', '31', 'ng/dL', '16..79'),
    R('estradiol', '17', 'pg/mL', '..39'),
    R('luteinizing-hormone', '3.4', 'mIU/mL', '1.5..9.3'),
    R('prolactin', '6.2', 'ng/mL', '2.0..18.0'),
], "range=the bracketed Reference with its unit dropped ('<= b' inclusive); ↓ printed before three values (low); the 'Not tested' row and the footnote are not rows.")

case('US', 'en', 'portal', 'MyQuest app "results at a glance" copy: ▲/▼ triangles before out-of-range values, "Range:" text on the same line, "In range" / "Out of range" labels', r'''
    MyQuest   Results for SOFIA MARCHETTI   Collected Feb 19, 2025
    Out of range (3)
    ▲ Ferritin  452 ng/mL   Range: 16-232 ng/mL
    ▼ Vitamin D, 25-Hydroxy, Total  19 ng/mL   Range: 30-100 ng/mL
    ▲ Hemoglobin A1c  5.9 %   Range: <5.7 %
    In range (4)
    TSH  2.44 mIU/L   Range: 0.40-4.50 mIU/L
    Vitamin B12  618 pg/mL   Range: 200-1100 pg/mL
    Magnesium  2.1 mg/dL   Range: 1.5-2.5 mg/dL
    Insulin  7.4 uIU/mL   Range: <=18.4 uIU/mL
    Talk to your provider about what your results mean for you.
''', [
    R('ferritin', '452', 'ng/mL', '16..232', 'high'),
    R('vitamin-d', '19', 'ng/mL', '30..100', 'low'),
    R('hemoglobin-a1c', '5.9', '%', '..<5.7', 'high'),
    R('thyroid-stimulating-hormone', '2.44', 'mIU/L', '0.40..4.50'),
    R('vitamin-b12', '618', 'pg/mL', '200..1100'),
    R('magnesium', '2.1', 'mg/dL', '1.5..2.5'),
    R('insulin', '7.4', 'uIU/mL', '..18.4'),
], "range='Range:' text with its unit dropped ('<b' strict, '<=b' inclusive); ▲/▼ before a value are printed high/low; group headings and the closing sentence are not rows.")

case('UK', 'en', 'email', 'Numan (UK online clinic) results e-mail for testosterone monitoring: "Name - value unit (normal range a - b)" lines, words "within range" / "above range" after some values, SI units', r'''
    Subject: Your blood test results are in
    Hi James, your Numan blood test (collected 08/02/2025, analysed by Inuvi Diagnostics) is back:
    - Total testosterone - 31.4 nmol/L (normal range 8.6 - 29.0) - above range
    - Free testosterone - 0.71 nmol/L (normal range 0.20 - 0.62) - above range
    - SHBG - 29 nmol/L (normal range 18.3 - 54.1) - within range
    - Oestradiol - 162 pmol/L (normal range 41.4 - 159.0) - above range
    - Haematocrit - 0.51 L/L (normal range 0.40 - 0.52) - within range
    - PSA - 0.7 ug/L (normal range 0.0 - 2.5)
    Your clinician has left a note: please hold your next dose and book a call.
    The Numan Clinical Team
''', [
    R('testosterone', '31.4', 'nmol/L', '8.6..29.0', 'high'),
    R('testosterone-free', '0.71', 'nmol/L', '0.20..0.62', 'high'),
    R('shbg', '29', 'nmol/L', '18.3..54.1', 'normal'),
    R('estradiol', '162', 'pmol/L', '41.4..159.0', 'high'),
    R('hematocrit', '0.51', 'L/L', '0.40..0.52', 'normal'),
    R('prostate-specific-antigen', '0.7', 'ug/L', '0.0..2.5'),
], "range='(normal range a - b)'; 'above range' / 'within range' are printed flags; SI hormones → mass units with the key's molar mass, L/L ×100 → %; the clinician note and greeting are not rows.")

case('US', 'en', 'csv', 'longevity-clinic biomarker spreadsheet exported as CSV: separate Low/High bound columns (one empty), censored values "<0.5" and "<10", flag column with words', r'''
    Biomarker,Value,Unit,Low,High,Flag,Lab,Date
    ApoB,72,mg/dL,,90,Optimal,Boston Heart,2025-01-22
    Lp(a),<10,nmol/L,,75,Normal,Boston Heart,2025-01-22
    hs-CRP,<0.5,mg/L,,1.0,Normal,Boston Heart,2025-01-22
    Homocysteine,8.9,umol/L,,10.4,Normal,Boston Heart,2025-01-22
    Fasting Insulin,3.1,uIU/mL,2.6,24.9,Normal,Boston Heart,2025-01-22
    Omega-3 Index,9.2,%,8.0,,Normal,Boston Heart,2025-01-22
    Cystatin C,0.81,mg/L,0.53,0.95,Normal,Boston Heart,2025-01-22
''', [
    R('apolipoprotein-b', '72', 'mg/dL', '..90'),
    R('lipoprotein-a', '10', 'nmol/L', '..75', None, '<10'),
    R('hs-crp', '0.5', 'mg/L', '..1.0', None, '<0.5'),
    R('homocysteine', '8.9', 'umol/L', '..10.4'),
    R('insulin', '3.1', 'uIU/mL', '2.6..24.9'),
    R('omega-3-index', '9.2', '%', '8.0..'),
    R('cystatin-c', '0.81', 'mg/L', '0.53..0.95'),
], "range=the Low and High columns (an empty Low gives '..b', an empty High 'a..', both inclusive as in set 22's CSV); the Flag words (Optimal, Normal) agree with the computed normal; '<10' and '<0.5' lie wholly inside their ranges (normal, normalized on their bound); the header row is not a row.")
# ---- more English layouts
case('US', 'en', 'pdf1', 'rural hospital MEDITECH MAGIC print: values without a leading zero (".85"), H*/L* critical flags with their legend, reference range before the unit, "CALLED TO" comment', r'''
    GRAND PRAIRIE COMMUNITY HOSPITAL  LAB  ***LIVE***                 RUN DATE: 02/22/25  RUN TIME: 0614
    PATIENT: VOSS,HAROLD E          ACCT: G00187742    AGE/SX: 81/M    LOC: ER    ATTEND: BURKE,ALAN MD
    SPEC #: 0222:C00041R    COLL: 02/22/25-0521    RECD: 02/22/25-0533   STATUS: COMP

    TEST                  RESULT          FLAG      REFERENCE        UNITS
    SODIUM                128             L         136-145          mmol/L
    POTASSIUM             2.8             L*        3.5-5.1          mmol/L
    GLUCOSE               412             H*        70-110           mg/dL
    BUN                   22              H         7-18             mg/dL
    CREATININE            .85                       .70-1.30         mg/dL
    MAGNESIUM             1.4             L         1.8-2.4          mg/dL
       K AND GLUC CALLED TO AND READ BACK BY M. RUIZ RN 02/22/25 0558 BY LT.
    FLAG LEGEND:  H=HIGH  L=LOW  H*=CRITICAL HIGH  L*=CRITICAL LOW
''', [
    R('sodium', '128', 'mmol/L', '136..145', 'low'),
    R('potassium', '2.8', 'mmol/L', '3.5..5.1', 'critical-low'),
    R('glucose', '412', 'mg/dL', '70..110', 'critical-high'),
    R('blood-urea-nitrogen', '22', 'mg/dL', '7..18', 'high'),
    R('creatinine', '0.85', 'mg/dL', '0.70..1.30'),
    R('magnesium', '1.4', 'mg/dL', '1.8..2.4', 'low'),
], "range=the REFERENCE column (a-b, '.70' is 0.70); H*/L* are critical-high/critical-low by the printed legend, H/L as printed; '.85' is 0.85 (no leading zero; valueText stays empty as for every plain number); the read-back comment and legend are not rows.")

case('US', 'en', 'pdf1', 'Boston Heart Diagnostics pdftotext page: Lp(a) mass in mg/dL, ApoA-I and ApoB, three risk-tier columns (Optimal / Borderline / High Risk) instead of a range, small dense LDL not in the catalog, risk footnote', r'''
    BOSTON HEART DIAGNOSTICS          200 Crossing Blvd, Framingham, MA 01702         CLIA 22D1043568
    Patient: CALLOWAY, GRACE          DOB: 08/19/1970     Sex: F      Accession: BH25-0449127
    Ordering: Dr. P. Nakamura         Collected: 02/04/2025          Reported: 02/07/2025

    Test                          Result       Units       Optimal          Borderline      High Risk
    Apolipoprotein A-I            168          mg/dL       >140             120-140         <120
    Apolipoprotein B              104          mg/dL       <80              80-99           >99
    Lp(a) Mass                    62           mg/dL       <30              30-49           >49
    Small Dense LDL-C             41           mg/dL       <30              30-39           >39
    Lp(a) Mass is reported in mg/dL and cannot be converted to particle concentration (nmol/L).
    Page 1 of 1
''', [
    R('apolipoprotein-a1', '168', 'mg/dL', 'text'),
    R('apolipoprotein-b', '104', 'mg/dL', 'text'),
    R('lipoprotein-a', '62', 'mg/dL', 'text'),
    R('?Small Dense LDL-C', '41', 'mg/dL', 'text'),
], "range=text: the Optimal / Borderline / High Risk columns form a three-tier table, kept as text per the conventions, and with no printed flag every flag is null; Lp(a) in mg/dL has no normalizedValue (catalog nmol/L, no molar mass; sets 21-22); small dense LDL-C is not in the catalog (? row); the footnote is not a row.")

case('US', 'en', 'pdf1', 'BioReference women\'s hormone page (pdftotext): cycle-phase reference tables printed below the results, so the range column says "See table" (text range), AMH with "See interpretation", a TSH with a plain range', r'''
    BioReference Laboratories      481 Edward H. Ross Drive, Elmwood Park, NJ 07407
    Patient: ABERNATHY, CHLOE       DOB: 05/02/1991     Sex: F     Accession: 25BR-7710442
    Physician: S. GOLDFARB, MD      Collected: 02/03/2025 (cycle day 3)

    Test                       Result       Flag    Units        Reference
    FSH                        7.4                  mIU/mL       See table
    LH                         5.9                  mIU/mL       See table
    Estradiol                  44                   pg/mL        See table
    Anti-Mullerian Hormone     2.31                 ng/mL        See interpretation
    TSH                        1.67                 uIU/mL       0.45-4.50
    Phase reference (FSH / LH / Estradiol):
      Follicular  3.5-12.5 / 2.4-12.6 / 12.5-166
      Ovulation   4.7-21.5 / 14.0-95.6 / 85.8-498
      Luteal      1.7-7.7 / 1.0-11.4 / 43.8-211
    AMH interpretation: values vary with age; 1.0-3.0 ng/mL is typical of normal ovarian reserve at 30-35 y.
''', [
    R('follicle-stimulating-hormone', '7.4', 'mIU/mL', 'text'),
    R('luteinizing-hormone', '5.9', 'mIU/mL', 'text'),
    R('estradiol', '44', 'pg/mL', 'text'),
    R('anti-mullerian-hormone', '2.31', 'ng/mL', 'text'),
    R('thyroid-stimulating-hormone', '1.67', 'uIU/mL', '0.45..4.50'),
], "range=the Reference column: 'See table' and 'See interpretation' are text ranges (flag null, no phase is picked); TSH a-b; the phase table and AMH interpretation are not rows.")

case('IN', 'en', 'pdf1', 'Neuberg Diagnostics (India, brought by a US patient) CBC pdftotext print: cells/cumm counts, platelets in 10^3/µL, u for µ in uIU/ml, method column, "Adequate" smear comment line', r'''
    NEUBERG DIAGNOSTICS PVT LTD                   Chennai Central Lab, NABL Accredited MC-2514
    Name: Mr. RAGHAVAN SRINIVASAN    Age/Sex: 61 Y / M    Ref By: SELF    Reg Date: 11/02/2025 08:20
    Sample ID: NDC25021107744                    Report Date: 11/02/2025 14:05

    INVESTIGATION                  RESULT        UNIT            BIOLOGICAL REF. INTERVAL    METHOD
    Haemoglobin                    13.6          g/dL            13.0 - 17.0                 Cyanmethemoglobin
    Total Leucocyte Count          9840          cells/cumm      4000 - 11000                Impedance
    Absolute Neutrophil Count      6720          cells/cumm      2000 - 7000                 Calculated
    Absolute Lymphocyte Count      2210          cells/cumm      1000 - 3000                 Calculated
    Absolute Eosinophil Count      560           cells/cumm      20 - 500                    Calculated
    Platelet Count                 210           10^3/µL         150 - 410                   Impedance
    TSH (Ultrasensitive)           3.92          uIU/ml          0.35 - 5.50                 CLIA
    Peripheral smear: RBCs normocytic normochromic. Platelets adequate on smear.
    *** End of Report ***
''', [
    R('hemoglobin', '13.6', 'g/dL', '13.0..17.0'),
    R('white-blood-cell-count', '9840', 'cells/cumm', '4000..11000'),
    R('neutrophils-absolute', '6720', 'cells/cumm', '2000..7000'),
    R('lymphocytes-absolute', '2210', 'cells/cumm', '1000..3000'),
    R('eosinophils-absolute', '560', 'cells/cumm', '20..500'),
    R('platelet-count', '210', '10^3/µL', '150..410'),
    R('thyroid-stimulating-hormone', '3.92', 'uIU/ml', '0.35..5.50'),
], "range=the BIOLOGICAL REF. INTERVAL column (a - b); no flags printed, eosinophils 560 computed high; cells/cumm ÷1000 → 10^3/µL; 10^3/µL unchanged; 'uIU/ml' is µIU/mL; the METHOD column and the smear line ('adequate' is a comment, not a result) are not rows.")

case('AU', 'en', 'pdf1', '4Cyte Pathology (WA) pdftotext print of an adrenal/growth panel in SI units: DHEA-S in umol/L, IGF-1 in nmol/L, cortisol in nmol/L with a time label, age-specific ranges, flag after the range', r'''
    4CYTE PATHOLOGY    ABN 73 163 497 547    Unit 3/36 Aberdeen St, Northbridge WA 6003
    Patient: LAWSON, Brendan     DOB: 12/12/1969    Sex: M     Lab No: 4C-25-0210447
    Referred: Dr F Ahmadi (Perth Longevity Clinic)   Collected: 10/02/2025 08:30

    Test                           Result     Units      Reference Range (age 55-59)
    Cortisol (08:30)               486        nmol/L     138-635
    DHEA Sulphate                  1.9        umol/L     1.2-8.9
    IGF-1                          17.2       nmol/L     9.0-27.4
    Testosterone                   9.1        nmol/L     10.0-33.0          L
    SHBG                           61         nmol/L     15-60              H
    Comment: Low total testosterone with high-normal SHBG; suggest repeat early-morning fasting
    sample with LH/FSH before considering therapy.
''', [
    R('cortisol', '486', 'nmol/L', '138..635'),
    R('dhea-sulfate', '1.9', 'umol/L', '1.2..8.9'),
    R('somatomedin-c', '17.2', 'nmol/L', '9.0..27.4'),
    R('testosterone', '9.1', 'nmol/L', '10.0..33.0', 'low'),
    R('shbg', '61', 'nmol/L', '15..60', 'high'),
], "range=the age-specific Reference Range column (a-b); L/H printed after the range; cortisol, DHEA-S (µmol/L → µg/dL), IGF-1 (nmol/L → ng/mL) and testosterone → mass units with the key's molar mass; the time label and the comment are not rows.")

case('CA', 'en', 'pdf1', 'Alberta Precision Laboratories hospital chemistry pdftotext print: "CRITICAL HIGH" word in the flag column, reference interval before the unit, a "see comment" row with no value, notification comment', r'''
    ALBERTA PRECISION LABORATORIES - Foothills Medical Centre, Calgary          Cumulative Report: No
    Patient: McKINNON, Duncan R     ULI: 44872-1190     DOB: 1958-03-27    Sex: M    Loc: Outpatient
    Ordered by: Dr. J. Chowdhury    Collected: 2025-02-15 07:44    Accession: 25-046-C0718
    Test                    Result     Flag              Ref. Interval      Units
    Sodium                  137                          133 - 145          mmol/L
    Potassium               6.9        CRITICAL HIGH     3.3 - 5.1          mmol/L
    Creatinine              188        HIGH              60 - 110           umol/L
    Urea                    14.8       HIGH              3.0 - 9.2          mmol/L
    Calcium                 see comment
    Phosphate               1.62       HIGH              0.80 - 1.50        mmol/L
    Comment: Calcium not reported - specimen haemolysed; recollection requested.
    Critical value phoned to Dr. Chowdhury's on-call by R. Lam 2025-02-15 09:12, read back confirmed.
''', [
    R('sodium', '137', 'mmol/L', '133..145'),
    R('potassium', '6.9', 'mmol/L', '3.3..5.1', 'critical-high'),
    R('creatinine', '188', 'umol/L', '60..110', 'high'),
    R('urea', '14.8', 'mmol/L', '3.0..9.2', 'high'),
    R('phosphorus', '1.62', 'mmol/L', '0.80..1.50', 'high'),
], "range=the Ref. Interval column (a - b); 'CRITICAL HIGH' is critical-high, HIGH as printed; the calcium 'see comment' row has no value and is not a result; SI chemistry → mg/dL with the key's molar mass; comments are not rows.")

case('UK', 'en', 'pdf1', 'The London Clinic pathology pdftotext print: SI hormones including DHEA-S in umol/L, AMH in pmol/L, IGF-1 in nmol/L, "Page 1 of 2" with results on page 1 and only sign-off text on page 2', r'''
    THE LONDON CLINIC - Pathology Department      20 Devonshire Place, London W1G 6BW
    Patient: ST. CLAIR, Imogen     DOB: 21/11/1984     Hosp No: TLC0081772     Consultant: Ms R Varma
    Sample taken: 13/02/2025 09:05      Lab No: 25TLC1147720
    Investigation              Result       Units        Reference Range     Flag
    AMH                        11.4         pmol/L       7.1 - 57.9
    DHEA Sulphate              6.8          umol/L       1.8 - 10.0
    IGF-1                      21.9         nmol/L       11.0 - 38.6
    Prolactin                  288          mIU/L        102 - 496
    Testosterone               1.9          nmol/L       0.3 - 1.7           H
    SHBG                       42           nmol/L       32 - 128
    Page 1 of 2                                             Printed: 14/02/2025 07:32
    THE LONDON CLINIC - Pathology Department   Patient: ST. CLAIR, Imogen   Lab No: 25TLC1147720
    Results authorised electronically by Dr H Mensah, Consultant Clinical Scientist.
    UKAS accredited medical laboratory No. 8712.
    Page 2 of 2                                             Printed: 14/02/2025 07:32
''', [
    R('anti-mullerian-hormone', '11.4', 'pmol/L', '7.1..57.9'),
    R('dhea-sulfate', '6.8', 'umol/L', '1.8..10.0'),
    R('somatomedin-c', '21.9', 'nmol/L', '11.0..38.6'),
    R('prolactin', '288', 'mIU/L', '102..496'),
    R('testosterone', '1.9', 'nmol/L', '0.3..1.7', 'high'),
    R('shbg', '42', 'nmol/L', '32..128'),
], "range=the Reference Range column (a - b); H printed; AMH pmol/L, DHEA-S µmol/L, IGF-1 nmol/L and testosterone nmol/L → mass units with the key's molar mass; prolactin in mIU/L has no normalizedValue; page 2 holds only sign-off text.")

case('US', 'en', 'email', 'emergency-department discharge summary with an inline labs sentence: abbreviations, no units and no ranges, flags in parentheses', r'''
    DISCHARGE SUMMARY - Emergency Department, Mercy Hospital St. Louis
    Patient: GRANT, Alicia   DOB: 06/06/1979   Visit: 02/16/2025
    HPI: 45F with 2 days of vomiting and dizziness.
    Labs: Na 134 (L), K 3.1 (L), Cr 0.9, BUN 19, WBC 12.4 (H), Hgb 13.9, Lipase 28.
    Imaging: none. ECG: sinus tachycardia, rate 108.
    Disposition: discharged home with ondansetron; follow up with PCP in 3 days.
''', [
    R('sodium', '134', None, '', 'low'),
    R('potassium', '3.1', None, '', 'low'),
    R('creatinine', '0.9', None, ''),
    R('blood-urea-nitrogen', '19', None, ''),
    R('white-blood-cell-count', '12.4', None, '', 'high'),
    R('hemoglobin', '13.9', None, ''),
    R('lipase', '28', None, ''),
], "range=none printed; '(L)'/'(H)' after a value are printed flags, other rows null; no unit is printed, so no row has a normalizedValue; the age, ECG rate and other narrative are not rows.")

case('US', 'en', 'pdf1', 'Labcorp CBC With Differential/Platelet pdftotext print: % rows and separate "(Absolute)" rows, x10E3/uL and x10E6/uL units, Immature Granulocytes, a hematology comment', r'''
    labcorp    Patient Report    Specimen ID: 037-218-4410-0     Date collected: 02/07/2025 0735 Local
    Patient: OSEI, KWAME     DOB: 01/15/1983     Sex: Male     Ordering: R FIELDING
    TESTS                            RESULT     FLAG     UNITS        REFERENCE INTERVAL    LAB
    CBC With Differential/Platelet
     WBC                             3.2        Low      x10E3/uL     3.4-10.8              01
     RBC                             4.88                x10E6/uL     4.14-5.80             01
     Hemoglobin                      14.8                g/dL         13.0-17.7             01
     Platelets                       188                 x10E3/uL     150-450               01
     Neutrophils                     38                  %            Not Estab.            01
     Lymphs                          49                  %            Not Estab.            01
     Neutrophils (Absolute)          1.2        Low      x10E3/uL     1.4-7.0               01
     Lymphs (Absolute)               1.6                 x10E3/uL     0.7-3.1               01
     Immature Granulocytes           0                   %            Not Estab.            01
     Hematology Comments:
       Benign ethnic neutropenia is common in individuals of African ancestry.
    Date Created and Stored 02/08/25 0312 ET      FINAL REPORT      Page 1 of 1
''', [
    R('white-blood-cell-count', '3.2', 'x10E3/uL', '3.4..10.8', 'low'),
    R('red-blood-cell-count', '4.88', 'x10E6/uL', '4.14..5.80'),
    R('hemoglobin', '14.8', 'g/dL', '13.0..17.7'),
    R('platelet-count', '188', 'x10E3/uL', '150..450'),
    R('neutrophils', '38', '%', 'text'),
    R('lymphocytes', '49', '%', 'text'),
    R('neutrophils-absolute', '1.2', 'x10E3/uL', '1.4..7.0', 'low'),
    R('lymphocytes-absolute', '1.6', 'x10E3/uL', '0.7..3.1'),
    R('immature-granulocytes', '0', '%', 'text'),
], "range=the REFERENCE INTERVAL column (a-b); 'Not Estab.' is a text range (flag null), as set 21; the FLAG word Low is printed; x10E6/uL = 10^6/µL; the comment is not a row.")

case('AU', 'en', 'pdf1', 'Clinipath Pathology (WA) PSA report pdftotext: total PSA, free PSA and the free/total ratio with a ">a" bound and L flag, interpretive paragraph', r'''
    CLINIPATH PATHOLOGY     310 Selby Street North, Osborne Park WA 6017
    Patient: HOLLOWAY, Graeme    DOB: 04/04/1957    Lab No: CP25-1180442    Collected: 18/02/2025
    Requesting Dr: Dr N Pillay, Subiaco Men's Health
    PROSTATE SPECIFIC ANTIGEN                 Result      Units      Reference
    PSA (total)                               5.6         ug/L       <4.5 (age 60-69)    H
    PSA (free)                                0.67        ug/L
    Free/Total PSA ratio                      12          %          >25                 L
    Interpretation: Total PSA mildly raised with a low free/total ratio (<15%), which increases the
    likelihood of prostate cancer. Urology referral and/or prostate MRI is suggested.
''', [
    R('prostate-specific-antigen', '5.6', 'ug/L', '..<4.5', 'high'),
    R('prostate-specific-antigen-free', '0.67', 'ug/L', ''),
    R('prostate-specific-antigen-free-percent', '12', '%', '>25..', 'low'),
], "range=the Reference column ('<b' and '>a' strict; the age label is not part of it); H/L printed; free PSA prints no range (range empty, flag null), as set 23; µg/L = ng/mL; the interpretation is not a row.")

case('US', 'en', 'portal', 'Cerner/Oracle Health flowsheet text copied from a patient portal: test rows with two date columns (newest left), arrows glued to values, reference range column at the right', r'''
    Lab Flowsheet - Chemistry               HEALOW PORTAL   Patient: DUBOIS, Marc
    Test                   02/25/2025 07:10     11/04/2024 08:02     Ref Range
    Glucose                118↑                 104↑                 70-99 mg/dL
    Creatinine             1.32↑                1.18                 0.67-1.17 mg/dL
    eGFR                   61                   70                   >=60 mL/min/1.73m2
    Uric Acid              8.6↑                 7.9                  3.4-7.0 mg/dL
    Calcium                9.9                  9.7                  8.6-10.3 mg/dL
    ↑ above range   ↓ below range
''', [
    R('glucose', '118', 'mg/dL', '70..99', 'high'),
    R('creatinine', '1.32', 'mg/dL', '0.67..1.17', 'high'),
    R('egfr', '61', 'mL/min/1.73m2', '60..'),
    R('uric-acid', '8.6', 'mg/dL', '3.4..7.0', 'high'),
    R('calcium', '9.9', 'mg/dL', '8.6..10.3'),
], "range=the Ref Range column with its unit (a-b, '>=a' inclusive); arrows glued after a value are its printed flag; only the newest (left) date column 02/25/2025 is keyed, the 11/04/2024 column is an older result; the legend is not a row.")

case('US', 'en', 'portal', 'Labcorp OnDemand / Pixel-style consumer results page copy: "Your result", "Reference range" and a status word per marker (Normal / High / Low), censored PSA "<0.1"', r'''
    Your Men's Health Test Results      Collected: Feb 1, 2025      Processed by Labcorp
    Testosterone
    Your result: 744 ng/dL
    Reference range: 264 - 916 ng/dL
    Status: Normal
    PSA
    Your result: <0.1 ng/mL
    Reference range: 0.0 - 4.0 ng/mL
    Status: Normal
    Hemoglobin A1c
    Your result: 6.6 %
    Reference range: 4.8 - 5.6 %
    Status: High
    Cholesterol, Total
    Your result: 168 mg/dL
    Reference range: 100 - 199 mg/dL
    Status: Normal
    These results are for informational purposes. Consult your doctor.
''', [
    R('testosterone', '744', 'ng/dL', '264..916', 'normal'),
    R('prostate-specific-antigen', '0.1', 'ng/mL', '0.0..4.0', 'normal', '<0.1'),
    R('hemoglobin-a1c', '6.6', '%', '4.8..5.6', 'high'),
    R('total-cholesterol', '168', 'mg/dL', '100..199', 'normal'),
], "range='Reference range:' line with its unit dropped (a - b); 'Status:' words are printed flags; PSA '<0.1' lies wholly inside 0.0-4.0 (normal, normalized on its bound); the closing line is not a row.")
# ---- no-result snippets (English)
case('US', 'en', 'pdf1', 'fax cover sheet from a reference laboratory transmitting a report (pdftotext), no results', r'''
    QUEST DIAGNOSTICS - CLIENT SERVICES FAX
    Date: 02/26/2025  14:22 EST                    Pages (including cover): 4
    To: Dr. Lena Albright, Summit Functional Medicine     Fax: (303) 555-0188
    From: Quest Diagnostics Denver                        Phone: 866-697-8378
    Re: Patient report for MARLOWE, JUSTIN  (DOB 03/09/1981)   Accession DV447120K
    CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you are not the
    intended recipient, notify the sender immediately at 866-697-8378 and destroy all copies.
''', [], "range=none; a fax cover sheet with page counts, phone numbers and an accession, no results.")

case('US', 'en', 'pdf1', 'pending-only partial report (pdftotext): every ordered test shows PENDING, TO FOLLOW or IN PROCESS', r'''
    Sonic Reference Laboratory - Austin          PARTIAL REPORT          Page 1 of 1
    Patient: YATES, CORINNE      DOB: 10/30/1974     Collected: 02/27/2025 08:10    Received: 02/27/2025 15:20
    Test                                     Result            Reference Range
    ESTRADIOL, ULTRASENSITIVE LC/MS          PENDING
    TESTOSTERONE, FREE (EQUILIBRIUM DIALYSIS) TO FOLLOW
    IGF-1                                    IN PROCESS
    VITAMIN D, 1,25-DIHYDROXY                SENT TO REFERENCE LAB - RESULT TO FOLLOW
    A final report will be issued when all testing is complete.
''', [], "range=none; every test is pending, to follow or in process, so there are no results.")

case('UK', 'en', 'pdf1', 'laboratory interpretation guide page for male testosterone (pdftotext): thresholds and advice, no patient value', r'''
    Interpreting your testosterone result - guidance for primary care       Severn Pathology, May 2024
    Total testosterone should be measured on a fasting sample taken between 07:00 and 11:00.
      Below 8 nmol/L: testosterone deficiency likely - refer to endocrinology or consider treatment.
      8 - 12 nmol/L: borderline - repeat with SHBG, LH and FSH and calculate free testosterone.
      Above 12 nmol/L: deficiency unlikely.
    Calculated free testosterone below 0.225 nmol/L supports a diagnosis of deficiency (BSSM 2023).
    Haematocrit above 0.54 L/L on treatment: withhold therapy and review.
''', [], "range=none; an interpretation page with thresholds only, no patient result.")

case('US', 'en', 'csv', 'patient billing statement / explanation of benefits from a laboratory (CPT codes, charges, insurance adjustments), no results', r'''
    Labcorp - Patient Statement        Account #: 50841177209     Statement date: 03/05/2025
    Patient: CHEN, DAVID     Date of service: 02/12/2025     Ordering: J PARKER MD
    CPT    Description                              Charges     Ins. Paid    Adjust.    You Owe
    84403  Testosterone, total                      $139.00     $22.45       $96.55     $20.00
    84270  Sex hormone binding globulin             $118.00     $27.10       $90.90     $0.00
    82670  Estradiol                                $131.00     $31.02       $99.98     $0.00
    85025  CBC w/ auto diff                         $46.00      $8.63        $37.37     $0.00
    Amount due by 04/04/2025: $20.00      Pay online at labcorp.com/billing
''', [], "range=none; a billing statement with CPT codes and dollar amounts, no results.")

case('CA', 'en', 'pdf1', 'last page of a LifeLabs report holding only comments and footnotes (pdftotext), no results', r'''
    LifeLabs Medical Laboratory Services                           Page 3 of 3
    PATIENT: ROY, Genevieve      DOB: 1979-04-08      ACCESSION: 25-LON-5521087
    COMMENTS
    1. eGFR calculated using the CKD-EPI 2021 equation without race coefficient.
    2. Lipid targets per 2021 Canadian Cardiovascular Society guidelines; LDL-C < 2.0 mmol/L for
       patients on statin therapy.
    3. Specimen(s) collected at LifeLabs PSC 112, 2100 Bloor St W, Toronto.
    Laboratory Director: Dr. P. Gupta, MD FRCPC
    *** END OF REPORT ***
''', [], "range=none; a page of numbered comments and footnotes, with targets but no results.")

case('AU', 'en', 'pdf1', 'cover page of an Australian pathology cumulative report bundle (pdftotext): patient and request details, list of enclosed reports, no results', r'''
    SULLIVAN NICOLAIDES PATHOLOGY          Patient Copy
    24 Hurworth Street, Bowen Hills QLD 4006       Phone (07) 3377 8666
    Patient: O'BRIEN, Fiona        DOB: 17/07/1988        Medicare: 4127 33981 2
    Requesting Doctor: Dr L Chua, Paddington Family Practice        Request date: 05/02/2025
    Reports enclosed:  Full Blood Count (25-718-4412)   Iron Studies (25-718-4413)   Thyroid Function (25-718-4414)
    Please keep this copy for your records. Results have been sent to your doctor.
''', [], "range=none; a cover page listing enclosed reports by lab number, no results.")

case('US', 'en', 'portal', 'MyChart test-details page for a cancelled test: no value, cancellation reason, and scheduling text', r'''
    Vitamin D 25 Hydroxy
    Collected on Feb 20, 2025 9:02 AM
    This test was cancelled.
    Reason: Specimen received frozen-thawed; unacceptable for testing.
    Standard Range: 30 - 100 ng/mL
    Please contact the lab to schedule a new collection. Lab hours: Mon-Fri 7:00 AM - 4:00 PM.
''', [], "range=none; the test was cancelled, so the standard range stands alone with no result.")
# ---- the non-English quarter (reports patients bring from abroad)
case('DE', 'de', 'pdf1', 'MVZ laboratory (Cologne) two-page pdftotext print: decimal commas, ng/ml testosterone and µg/ml DHEA-S, "Schilddrüse" section header at the foot of page 1 continued on page 2, flag column with "-" and legend, "Seite x von 2"', r'''
    MVZ Dr. Wisplinghoff Laboratoriumsmedizin   Classen-Kappelmann-Str. 24, 50931 Köln
    Patient: SCHRÖDER, Matthias     geb. 03.08.1972   männlich   Auftrag: 2502110874   Eingang: 11.02.2025
    Einsender: Praxis Dr. med. K. Brandt, Köln-Lindenthal

    Untersuchung                  Ergebnis     Einheit     Referenzbereich       Flag
    ENDOKRINOLOGIE
    Testosteron                   3,12         ng/ml       2,49 - 8,36
    freies Testosteron            38,1         pg/ml       47,0 - 244,0          -
    SHBG                          41,3         nmol/l      18,3 - 54,1
    Östradiol (E2)                31           pg/ml       11,3 - 43,2
    DHEA-Sulfat                   2,41         µg/ml       0,89 - 4,27
    PSA gesamt                    0,84         ng/ml       < 4,0
    SCHILDDRÜSE
    Seite 1 von 2                 Auftrag 2502110874 - SCHRÖDER, Matthias
    MVZ Dr. Wisplinghoff Laboratoriumsmedizin   Patient: SCHRÖDER, Matthias   geb. 03.08.1972   Seite 2 von 2
    Untersuchung                  Ergebnis     Einheit     Referenzbereich       Flag
    SCHILDDRÜSE (Fortsetzung)
    TSH basal                     2,81         µIU/ml      0,27 - 4,20
    freies T4 (fT4)               1,28         ng/dl       0,93 - 1,70
    Legende: + = oberhalb, - = unterhalb des Referenzbereichs
    Befund freigegeben: Dr. med. S. Özkan, Fachärztin für Laboratoriumsmedizin
''', [
    R('testosterone', '3.12', 'ng/ml', '2.49..8.36'),
    R('testosterone-free', '38.1', 'pg/ml', '47.0..244.0', 'low'),
    R('shbg', '41.3', 'nmol/l', '18.3..54.1'),
    R('estradiol', '31', 'pg/ml', '11.3..43.2'),
    R('dhea-sulfate', '2.41', 'µg/ml', '0.89..4.27'),
    R('prostate-specific-antigen', '0.84', 'ng/ml', '..<4.0'),
    R('thyroid-stimulating-hormone', '2.81', 'µIU/ml', '0.27..4.20'),
    R('free-t4', '1.28', 'ng/dl', '0.93..1.70'),
], "range=the Referenzbereich column with decimal commas (a - b, '< b' strict); '-' in the Flag column is low by the printed legend ('unterhalb'); testosterone ng/ml ×100 → ng/dL, DHEA-S µg/ml ×100 → µg/dL; the SCHILDDRÜSE header at the foot of page 1 continues on page 2; legend, banner and sign-off are not rows.")

case('DE', 'de', 'ocr', 'OCR Markdown table of a photographed German GP (Hausarzt) lab printout: decimal commas, "<b" and ">a" bounds, H in a separate column, l for 1 in some names, Lp(a) in nmol/l', r'''
    Gemeinschaftspraxis Dr. Lehmann & Partner - Laborwerte vom 06.02.2025
    Patient: Frau Petra Kühn, geb. 14.05.1965

    | Parameter | Ergebnis | Einheit | Referenz | |
    |---|---|---|---|---|
    | Cho1esterin gesamt | 242 | mg/dl | < 200 | H |
    | LDL-Cho1esterin | 168 | mg/dl | < 116 | H |
    | HDL-Cholesterin | 48 | mg/dl | > 45 | |
    | Triglyceride | 131 | mg/dl | < 150 | |
    | Lipoprotein (a) | 88 | nmol/l | < 75 | H |
    | HbA1c | 5,6 | % | 4,0 - 6,0 | |
    | GPT (ALT) | 31 | U/l | < 35 | |
''', [
    R('total-cholesterol', '242', 'mg/dl', '..<200', 'high'),
    R('ldl-cholesterol', '168', 'mg/dl', '..<116', 'high'),
    R('hdl-cholesterol', '48', 'mg/dl', '>45..'),
    R('triglycerides', '131', 'mg/dl', '..<150'),
    R('lipoprotein-a', '88', 'nmol/l', '..<75', 'high'),
    R('hemoglobin-a1c', '5.6', '%', '4.0..6.0'),
    R('alanine-aminotransferase', '31', 'U/l', '..<35'),
], "range=the Referenz cell ('< b' and '> a' strict, a - b with decimal commas); H printed in the unnamed last column; 'Cho1esterin' is OCR noise; Lp(a) stays in nmol/L; the title and patient line are not rows.")

case('DE', 'de', 'pdf1', 'German preliminary report (Vorläufiger Befund) where every ordered hormone is still "folgt" / "in Arbeit", no results', r'''
    SYNLAB MVZ Leinfelden   Vorläufiger Befund                                   Seite 1 von 1
    Patient: WAGNER, Lukas   geb. 22.09.1980   Auftrag: 7711204518   Abnahme: 18.02.2025 08:15
    Untersuchung                        Ergebnis            Referenzbereich
    IGF-1 (Somatomedin C)               folgt
    Testosteron, frei (Dialyse)         folgt
    Östradiol, sensitiv (LC-MS/MS)      in Arbeit
    Ein Endbefund wird nach Abschluss aller Untersuchungen erstellt.
''', [], "range=none; a preliminary report in which every test is still pending ('folgt', 'in Arbeit').")

case('FR', 'fr', 'pdf1', 'Biogroup (France) pdftotext print: decimal commas, "a à b" ranges, bioavailable testosterone in ng/mL, DHEA-S in µg/mL, Antériorités column with a date, "Technique" lines', r'''
    BIOGROUP - Laboratoire de Biologie Médicale       12 rue du Docteur Roux, 67000 Strasbourg
    Patient : M. LEFÈVRE Antoine     Né le : 19/03/1970     Dossier : 250212-0447    Prélevé le : 12/02/2025 à 08:05
    Prescripteur : Dr M. Kessler

    HORMONOLOGIE                                                  Valeurs de référence        Antériorités
                                                                                              05/09/2024
    Testostérone totale                     4,82 ng/mL            2,49 à 8,36                 4,31
      Technique : électrochimiluminescence (Roche Cobas)
    Testostérone biodisponible              1,95 ng/mL            1,30 à 4,40                 1,62
    SHBG                                    38 nmol/L             18,3 à 54,1
    Sulfate de DHEA                         2,14 µg/mL            0,89 à 4,27
    Œstradiol                               28 pg/mL              11 à 44
    PSA total                               1,21 ng/mL            < 4,00                      1,08
    Biologiste responsable : Dr C. Meyer
''', [
    R('testosterone', '4.82', 'ng/mL', '2.49..8.36'),
    R('testosterone-bioavailable', '1.95', 'ng/mL', '1.30..4.40'),
    R('shbg', '38', 'nmol/L', '18.3..54.1'),
    R('dhea-sulfate', '2.14', 'µg/mL', '0.89..4.27'),
    R('estradiol', '28', 'pg/mL', '11..44'),
    R('prostate-specific-antigen', '1.21', 'ng/mL', '..<4.00'),
], "range=the Valeurs de référence column ('a à b' inclusive, '< b' strict, decimal commas); no flags printed, all computed normal; testosterone and bioavailable testosterone ng/mL ×100 → ng/dL, DHEA-S µg/mL ×100 → µg/dL; the Antériorités column (05/09/2024) and Technique lines are not rows.")

case('CA', 'fr', 'portal', 'Carnet santé Québec portal copy-paste: test name line, then "Résultat :", "Valeurs de référence :" and "Indicateur :" lines, decimal commas, mUI/L', r'''
    Carnet santé Québec - Résultats de laboratoire
    Prélèvement du 2025-02-14 - CIUSSS du Centre-Sud-de-l'Île-de-Montréal
    Hémoglobine glyquée (HbA1c)
    Résultat : 6,1 %
    Valeurs de référence : 4,0 - 6,0
    Indicateur : Élevé
    Glucose à jeun
    Résultat : 5,4 mmol/L
    Valeurs de référence : 3,6 - 6,0
    TSH
    Résultat : 1,44 mUI/L
    Valeurs de référence : 0,35 - 5,00
    Ferritine
    Résultat : 22 µg/L
    Valeurs de référence : 15 - 247
    Créatinine
    Résultat : 68 µmol/L
    Valeurs de référence : 50 - 100
    Pour toute question, communiquez avec le professionnel de la santé qui a fait la demande.
''', [
    R('hemoglobin-a1c', '6.1', '%', '4.0..6.0', 'high'),
    R('glucose', '5.4', 'mmol/L', '3.6..6.0'),
    R('thyroid-stimulating-hormone', '1.44', 'mUI/L', '0.35..5.00'),
    R('ferritin', '22', 'µg/L', '15..247'),
    R('creatinine', '68', 'µmol/L', '50..100'),
], "range=the 'Valeurs de référence :' line (a - b, decimal commas); 'Indicateur : Élevé' is a printed high flag; glucose and creatinine → mg/dL with the key's molar mass, mUI/L = mIU/L, µg/L = ng/mL; header and closing lines are not rows.")

case('FR', 'fr', 'ocr', 'HTML table from OCR of a French lipid report (Cerballiance) in g/L: "< b" and "> a" bounds, apolipoproteins in g/L, Lp(a) in g/L, "Élevé" in a flag cell', r'''
    <h3>CERBALLIANCE Île-de-France - Bilan lipidique - Mme GIRAUD Sophie - prélevé le 07/02/2025</h3>
    <table>
    <tr><th>Analyse</th><th>Résultat</th><th>Unité</th><th>Valeurs de référence</th><th></th></tr>
    <tr><td>Cholestérol total</td><td>2,31</td><td>g/L</td><td>&lt; 2,00</td><td>Élevé</td></tr>
    <tr><td>Cholestérol HDL</td><td>0,52</td><td>g/L</td><td>&gt; 0,40</td><td></td></tr>
    <tr><td>Cholestérol LDL (calculé)</td><td>1,54</td><td>g/L</td><td>&lt; 1,60</td><td></td></tr>
    <tr><td>Triglycérides</td><td>1,07</td><td>g/L</td><td>&lt; 1,50</td><td></td></tr>
    <tr><td>Apolipoprotéine B</td><td>1,21</td><td>g/L</td><td>0,60 - 1,17</td><td>Élevé</td></tr>
    <tr><td>Lipoprotéine (a)</td><td>0,92</td><td>g/L</td><td>&lt; 0,30</td><td>Élevé</td></tr>
    </table>
''', [
    R('total-cholesterol', '2.31', 'g/L', '..<2.00', 'high'),
    R('hdl-cholesterol', '0.52', 'g/L', '>0.40..'),
    R('ldl-cholesterol', '1.54', 'g/L', '..<1.60'),
    R('triglycerides', '1.07', 'g/L', '..<1.50'),
    R('apolipoprotein-b', '1.21', 'g/L', '0.60..1.17', 'high'),
    R('lipoprotein-a', '0.92', 'g/L', '..<0.30', 'high'),
], "range=the Valeurs de référence cell ('&lt; b' / '&gt; a' strict, a - b, decimal commas); 'Élevé' printed; lipids and ApoB g/L ×100 → mg/dL; Lp(a) in g/L has no normalizedValue (catalog nmol/L, no molar mass); the heading is not a row.")

case('ES', 'es', 'email', 'e-mail from a Spanish private clinic (Quirónsalud) with inline "Nombre: valor unidad (VR: a - b)" lines, decimal commas, no flags', r'''
    Asunto: Resultados de su analítica - Hospital Quirónsalud Marbella
    Estimado Sr. Olsen: le enviamos los resultados de su analítica del 10/02/2025.
    Hemoglobina: 13,2 g/dL (VR: 13,5 - 17,5)
    Ferritina: 28 ng/mL (VR: 30 - 400)
    Vitamina B12: 312 pg/mL (VR: 211 - 911)
    Vitamina D (25-OH): 18,4 ng/mL (VR: 30 - 100)
    TSH: 3,1 µUI/mL (VR: 0,35 - 4,94)
    El informe completo firmado está disponible en el Portal del Paciente. Un saludo cordial.
''', [
    R('hemoglobin', '13.2', 'g/dL', '13.5..17.5'),
    R('ferritin', '28', 'ng/mL', '30..400'),
    R('vitamin-b12', '312', 'pg/mL', '211..911'),
    R('vitamin-d', '18.4', 'ng/mL', '30..100'),
    R('thyroid-stimulating-hormone', '3.1', 'µUI/mL', '0.35..4.94'),
], "range='(VR: a - b)' with decimal commas; no flags printed, so haemoglobin, ferritin and vitamin D are computed low; µUI/mL = µIU/mL; greeting and closing are not rows.")

case('MX', 'es', 'pdf1', 'Mexican private lab (Laboratorio Médico Polanco) pdftotext hormone print: decimal points, BAJO/ALTO words after the range, "Valores de referencia" column, método lines', r'''
    LABORATORIO MÉDICO POLANCO        Ejército Nacional 613, Polanco, CDMX       Tel. 55 5203 9494
    Paciente: GARZA MENDOZA, RICARDO       Edad: 46 años   Sexo: M      Folio: 25-0213-4417
    Médico: Dr. A. Villarreal              Fecha de toma: 13/02/2025 07:50

    ESTUDIO                         RESULTADO     UNIDADES      VALORES DE REFERENCIA
    Testosterona total              421           ng/dL         249 - 836
    Testosterona libre              7.9           pg/mL         8.7 - 25.1            BAJO
      Método: cálculo de Vermeulen
    Estradiol                       38.2          pg/mL         11.3 - 43.2
    Prolactina                      11.4          ng/mL         4.04 - 15.2
    Antígeno prostático total       0.71          ng/mL         0 - 4
    Insulina basal                  18.9          µUI/mL        2.6 - 24.9
    Glucosa en ayuno                101           mg/dL         70 - 100              ALTO
    Q.F.B. Responsable: M. en C. Laura Ibarra
''', [
    R('testosterone', '421', 'ng/dL', '249..836'),
    R('testosterone-free', '7.9', 'pg/mL', '8.7..25.1', 'low'),
    R('estradiol', '38.2', 'pg/mL', '11.3..43.2'),
    R('prolactin', '11.4', 'ng/mL', '4.04..15.2'),
    R('prostate-specific-antigen', '0.71', 'ng/mL', '0..4'),
    R('insulin', '18.9', 'µUI/mL', '2.6..24.9'),
    R('glucose', '101', 'mg/dL', '70..100', 'high'),
], "range=the VALORES DE REFERENCIA column (a - b); BAJO/ALTO printed after the range; the Método line and the signature are not rows.")

case('PR', 'es', 'csv', 'comma-separated export in Spanish from a Puerto Rico lab portal (Laboratorio Clínico Toledo): US units, Indicador column with Alto/Bajo, quoted decimal points', r'''
    "Prueba","Resultado","Unidades","Rango de referencia","Indicador","Fecha"
    "Colesterol total","198","mg/dL","<200","","2025-02-19"
    "TSH","0.21","uUI/mL","0.45-4.50","Bajo","2025-02-19"
    "T4 libre","1.92","ng/dL","0.82-1.77","Alto","2025-02-19"
    "Hemoglobina A1c","6.9","%","4.8-5.6","Alto","2025-02-19"
    "Creatinina","0.78","mg/dL","0.57-1.00","","2025-02-19"
''', [
    R('total-cholesterol', '198', 'mg/dL', '..<200'),
    R('thyroid-stimulating-hormone', '0.21', 'uUI/mL', '0.45..4.50', 'low'),
    R('free-t4', '1.92', 'ng/dL', '0.82..1.77', 'high'),
    R('hemoglobin-a1c', '6.9', '%', '4.8..5.6', 'high'),
    R('creatinine', '0.78', 'mg/dL', '0.57..1.00'),
], "range=the Rango de referencia field ('<b' strict, a-b); Indicador Alto/Bajo printed; uUI/mL = µIU/mL; the header row is not a row.")

case('IT', 'it', 'pdf1', 'Centro Diagnostico Italiano (Milan) pdftotext hormone print: decimal commas, mUI/mL gonadotropins, "*" after an out-of-range value with a legend that gives no direction', r'''
    CENTRO DIAGNOSTICO ITALIANO S.p.A.     Via Saint Bon 20, 20147 Milano
    Paziente: ROSSI MARCO          Nato il: 11/06/1975    Sesso: M     Accettazione: 25021403311
    Data prelievo: 14/02/2025

    ESAME                           RISULTATO        UNITÀ DI MISURA     VALORI DI RIFERIMENTO
    Testosterone totale             5,12             ng/mL               2,80 - 8,00
    SHBG                            36,2             nmol/L              18,3 - 54,1
    17-beta estradiolo              34               pg/mL               11 - 44
    FSH                             4,1              mUI/mL              1,5 - 12,4
    LH                              3,8              mUI/mL              1,7 - 8,6
    Prolattina                      21,4 *           ng/mL               4,0 - 15,2
    (*) Valore al di fuori dei limiti di riferimento.
    Referto firmato digitalmente dal Dott. G. Bianchi
''', [
    R('testosterone', '5.12', 'ng/mL', '2.80..8.00'),
    R('shbg', '36.2', 'nmol/L', '18.3..54.1'),
    R('estradiol', '34', 'pg/mL', '11..44'),
    R('follicle-stimulating-hormone', '4.1', 'mUI/mL', '1.5..12.4'),
    R('luteinizing-hormone', '3.8', 'mUI/mL', '1.7..8.6'),
    R('prolactin', '21.4', 'ng/mL', '4.0..15.2', 'abnormal'),
], "range=the VALORI DI RIFERIMENTO column (a - b, decimal commas); '*' marks a value outside the limits without a direction, so it is abnormal (set 21's rule for a direction-free '*'); testosterone ng/mL ×100 → ng/dL, mUI/mL = mIU/mL; the legend and signature are not rows.")

case('IT', 'it', 'portal', 'Italian regional health portal (Fascicolo Sanitario Elettronico) page: report still being processed, no results', r'''
    Fascicolo Sanitario Elettronico - Regione Lombardia
    Referto di laboratorio - ASST Grande Ospedale Metropolitano Niguarda
    Stato: IN CORSO DI ELABORAZIONE
    Esami richiesti: Emocromo completo, Ferritina, Vitamina D (25-OH), TSH reflex
    Il referto sarà disponibile entro 3 giorni lavorativi dalla data del prelievo (17/02/2025).
''', [], "range=none; the report is still being processed and lists only the requested tests.")

case('NL', 'nl', 'portal', 'Dutch patient portal (Atalmedial via MijnGezondheid.net) copy: one test per line with "Referentie" and Dutch word flags (Te laag), Hb in mmol/L, mIE/L TSH, decimal commas, a ">a" bound', r'''
    Uitslagen laboratoriumonderzoek - afgenomen op 12-02-2025 - Atalmedial Amsterdam
    Hemoglobine (Hb)      8,1 mmol/L     Referentie 8,5 - 11,0     Te laag
    Ferritine             14 µg/L        Referentie 20 - 300       Te laag
    Vitamine B12          188 pmol/L     Referentie 145 - 637
    Foliumzuur            9,8 nmol/L     Referentie > 7,0
    TSH                   2,4 mIE/L      Referentie 0,4 - 4,0
    Bespreek uw uitslagen met uw huisarts.
''', [
    R('hemoglobin', '8.1', 'mmol/L', '8.5..11.0', 'low'),
    R('ferritin', '14', 'µg/L', '20..300', 'low'),
    R('vitamin-b12', '188', 'pmol/L', '145..637'),
    R('folate', '9.8', 'nmol/L', '>7.0..'),
    R('thyroid-stimulating-hormone', '2.4', 'mIE/L', '0.4..4.0'),
], "range='Referentie a - b' and '> a' (strict), decimal commas; 'Te laag' is a printed low flag; Hb mmol/L → g/dL with the catalog molar mass (as set 21 R068), B12 and folate → mass units with the key's molar mass, mIE/L = mIU/L; the closing line is not a row.")

case('NL', 'nl', 'hl7', 'Dutch HL7 v2.5 ORU^R01 from a regional lab (Saltro) to a GP system: Dutch test names, 10\\S\\9/L units, Hb in mmol/L, censored CRP "<^5", H flag', r'''
    MSH|^~\&|GLIMS|SALTRO|MEDICOM|HUISARTS JANSEN|20250218112044||ORU^R01^ORU_R01|SAL2502181120|P|2.5
    PID|1||999911120^^^NLMINBIZA^NNNLD||DE VRIES^PIETER||19660714|M
    OBR|1|HA-45120|S25-0441876|HEMA^Hematologie^L|||202502180840
    OBX|1|NM|LEUK^Leukocyten^L||6.8|10\S\9/L|4.0-10.0|N|||F
    OBX|2|NM|HB^Hemoglobine^L||9.4|mmol/L|8.5-11.0|N|||F
    OBX|3|NM|TROM^Trombocyten^L||412|10\S\9/L|150-400|H|||F
    OBR|2|HA-45120|S25-0441876|CHEM^Klinische chemie^L|||202502180840
    OBX|4|SN|CRP^C-reactief proteine^L||<^5|mg/L|0-10|N|||F
    OBX|5|NM|KREA^Kreatinine^L||91|umol/L|60-110|N|||F
    NTE|1||Trombocytose, gering. Controle over 3 maanden geadviseerd.
''', [
    R('white-blood-cell-count', '6.8', '10\\S\\9/L', '4.0..10.0', 'normal'),
    R('hemoglobin', '9.4', 'mmol/L', '8.5..11.0', 'normal'),
    R('platelet-count', '412', '10\\S\\9/L', '150..400', 'high'),
    R('c-reactive-protein', '5', 'mg/L', '0..10', 'normal', '<5'),
    R('creatinine', '91', 'umol/L', '60..110', 'normal'),
], "range=OBX-7 (a-b); OBX-8 printed; 10\\S\\9/L is 10^9/L; the SN '<^5' is the censored '<5', wholly inside 0-10 (normal, normalized on its bound); Hb mmol/L → g/dL with the catalog molar mass, creatinine µmol/L → mg/dL; NTE and header segments are not rows.")
case('BR', 'pt', 'pdf1', 'Hermes Pardini laudo pdftotext print: test title with dotted leaders and "Resultado", "Valores de referência:" on the next line, "a" and "até" ranges, free testosterone in ng/dL, vitamin D tier lines kept as text', r'''
    HERMES PARDINI - Laudo de Exames                       Belo Horizonte - MG       Página 1 de 1
    Paciente: CARLOS EDUARDO MOREIRA        Idade: 49 anos     Sexo: Masculino     Pedido: 2502.117.4471
    Médico solicitante: Dr. Ricardo Alves   Coleta: 11/02/2025 07:35

    TESTOSTERONA TOTAL .......................: 512,0 ng/dL
        Valores de referência: 175 a 781 ng/dL
    TESTOSTERONA LIVRE (calculada) ...........: 9,8 ng/dL
        Valores de referência: 3,4 a 24,6 ng/dL
    ESTRADIOL ................................: 29,4 pg/mL
        Valores de referência: até 39,8 pg/mL
    SULFATO DE DEHIDROEPIANDROSTERONA ........: 218 µg/dL
        Valores de referência: 88,9 a 427,0 µg/dL
    25-HIDROXIVITAMINA D .....................: 27,1 ng/mL
        Valores de referência: Maior que 20 ng/mL: população saudável
                               Entre 30 e 60 ng/mL: grupos de risco
    Liberado eletronicamente por: Dra. Fernanda Costa - CRM-MG 44.118
''', [
    R('testosterone', '512.0', 'ng/dL', '175..781'),
    R('testosterone-free', '9.8', 'ng/dL', '3.4..24.6'),
    R('estradiol', '29.4', 'pg/mL', '..39.8'),
    R('dhea-sulfate', '218', 'µg/dL', '88.9..427.0'),
    R('vitamin-d', '27.1', 'ng/mL', 'text'),
], "range=the 'Valores de referência:' line under each result ('a a b' and 'até b' inclusive, decimal commas); no flags printed; free testosterone ng/dL ×10 → pg/mL; the vitamin D reference is two population tiers (text range, flag null); the release line is not a row.")

case('BR', 'pt', 'csv', 'semicolon-separated export from a Brazilian lab portal (Sabin): decimal commas, dot thousands separators in /mm³ counts, "a" ranges, no flag column', r'''
    Exame;Resultado;Unidade;Valor de referência;Data da coleta
    Hemoglobina;14,9;g/dL;13,5 a 17,5;18/02/2025
    Leucócitos;6.430;/mm³;3.500 a 10.500;18/02/2025
    Plaquetas;251.000;/mm³;150.000 a 450.000;18/02/2025
    Glicose;94;mg/dL;70 a 99;18/02/2025
    Ferritina;412;ng/mL;30 a 400;18/02/2025
''', [
    R('hemoglobin', '14.9', 'g/dL', '13.5..17.5'),
    R('white-blood-cell-count', '6430', '/mm³', '3500..10500'),
    R('platelet-count', '251000', '/mm³', '150000..450000'),
    R('glucose', '94', 'mg/dL', '70..99'),
    R('ferritin', '412', 'ng/mL', '30..400'),
], "range=the 'Valor de referência' field ('a a b'); dots are thousands separators (6.430 /mm³ = 6430 → 6.43 ×10^3/µL; 251.000 → 251); no flags printed, ferritin computed high; the header row is not a row.")

case('PL', 'pl', 'portal', 'LUX MED patient portal copy: one result per line with the range after it and a Polish word flag ("Poniżej normy"), decimal commas, µIU/ml', r'''
    LUX MED - Wyniki badań laboratoryjnych     Data pobrania: 07.02.2025     Placówka: Warszawa, ul. Puławska 17
    Hemoglobina glikowana (HbA1c)    5,9 %          4,0 - 6,0
    TSH                              2,18 µIU/ml    0,27 - 4,20
    Witamina D3 metabolit 25(OH)     21,3 ng/ml     30,0 - 50,0     Poniżej normy
    Ferrytyna                        142 ng/ml      30 - 400
    Testosteron                      5,42 ng/ml     2,49 - 8,36
    Wynik zatwierdzony przez: mgr M. Nowak, diagnosta laboratoryjny
''', [
    R('hemoglobin-a1c', '5.9', '%', '4.0..6.0'),
    R('thyroid-stimulating-hormone', '2.18', 'µIU/ml', '0.27..4.20'),
    R('vitamin-d', '21.3', 'ng/ml', '30.0..50.0', 'low'),
    R('ferritin', '142', 'ng/ml', '30..400'),
    R('testosterone', '5.42', 'ng/ml', '2.49..8.36'),
], "range=the range after each value (a - b, decimal commas); 'Poniżej normy' (below normal) is a printed low flag; testosterone ng/ml ×100 → ng/dL; header and approval lines are not rows.")

case('PL', 'pl', 'ocr', 'plain OCR text of a photographed Medicover (Poland) morphology and lipid page: broken alignment, tys/µl and mln/µl, decimal commas, H after the range', r'''
    MEDICOVER  Laboratorium   Warszawa  Al. Jerozolimskie 96
    Pacjent: KOWALCZYK Anna   PESEL: 85O3120****   Data: 19.02.2025
    Badanie           Wynik     Jedn.      Zakres ref.
    WBC  5,12      tys/µl    4,00 - 10,00
    RBC        4,88   mln/µl     4,50 - 5,90
    HGB   15,1    g/dl     13,5 - 17,5
    PLT           172    tys/µl   150 - 410
    Cholesterol całkowity    221   mg/dl   < 190    H
    Autoryzacja: diagn. lab. P. Zieliński
''', [
    R('white-blood-cell-count', '5.12', 'tys/µl', '4.00..10.00'),
    R('red-blood-cell-count', '4.88', 'mln/µl', '4.50..5.90'),
    R('hemoglobin', '15.1', 'g/dl', '13.5..17.5'),
    R('platelet-count', '172', 'tys/µl', '150..410'),
    R('total-cholesterol', '221', 'mg/dl', '..<190', 'high'),
], "range=the Zakres ref. column (a - b, '< b' strict, decimal commas); H printed; tys/µl = 10^3/µL and mln/µl = 10^6/µL; broken OCR spacing does not change the rows; the authorisation line is not a row.")

case('TR', 'tr', 'pdf1', 'Düzen Laboratuvarlar Grubu (Ankara) pdftotext print: decimal commas, Turkish word flags (Düşük / Yüksek) in a Durum column, "Referans Aralığı" with the unit after it', r'''
    DÜZEN LABORATUVARLAR GRUBU          Tunus Cad. No: 95 Kavaklıdere / Ankara
    Hasta Adı: MEHMET YILMAZ    Doğum Tarihi: 14.09.1977    Cinsiyet: Erkek    Protokol No: 25021400877
    Numune Alma: 14.02.2025 08:40     Onay: 14.02.2025 16:22

    Test Adı                      Sonuç      Birim       Referans Aralığı      Durum
    Testosteron                   2,41       ng/mL       2,49 - 8,36           Düşük
    TSH                           1,92       µIU/mL      0,27 - 4,20
    Vitamin B12                   198        pg/mL       197 - 771
    25-OH Vitamin D               11,8       ng/mL       30 - 100              Düşük
    Ferritin                      288        ng/mL       21,8 - 274,7          Yüksek
    HbA1c                         5,9        %           4 - 6
    Uzman Onayı: Uzm. Dr. Ayşe Demir - Tıbbi Biyokimya
''', [
    R('testosterone', '2.41', 'ng/mL', '2.49..8.36', 'low'),
    R('thyroid-stimulating-hormone', '1.92', 'µIU/mL', '0.27..4.20'),
    R('vitamin-b12', '198', 'pg/mL', '197..771'),
    R('vitamin-d', '11.8', 'ng/mL', '30..100', 'low'),
    R('ferritin', '288', 'ng/mL', '21.8..274.7', 'high'),
    R('hemoglobin-a1c', '5.9', '%', '4..6'),
], "range=the Referans Aralığı column (a - b, decimal commas); Durum Düşük/Yüksek printed; testosterone ng/mL ×100 → ng/dL; the approval line is not a row.")

case('RU', 'ru', 'pdf1', 'Helix (Хеликс, St Petersburg) pdftotext CBC print: Cyrillic units (г/л, ×10^9/л, ×10^12/л, мм/ч, нг/мл), decimal commas, ↓ after a value, "Референсные значения" column', r'''
    ХЕЛИКС  Лабораторная служба      Санкт-Петербург, ул. Комсомола 41      Заказ № 2502-118-4471
    Пациент: СМИРНОВ Алексей Викторович    Дата рождения: 02.04.1982    Пол: М    Дата взятия: 11.02.2025
    Исследование              Результат       Единицы        Референсные значения
    Гемоглобин                152             г/л            132 - 173
    Эритроциты                5,02            ×10^12/л       4,3 - 5,7
    Лейкоциты                 4,1 ↓           ×10^9/л        4,5 - 11,0
    Тромбоциты                231             ×10^9/л        150 - 400
    СОЭ                       4               мм/ч           2 - 15
    Ферритин                  38              нг/мл          20 - 250
    Результаты исследований не являются диагнозом, необходима консультация специалиста.
''', [
    R('hemoglobin', '152', 'г/л', '132..173'),
    R('red-blood-cell-count', '5.02', '×10^12/л', '4.3..5.7'),
    R('white-blood-cell-count', '4.1', '×10^9/л', '4.5..11.0', 'low'),
    R('platelet-count', '231', '×10^9/л', '150..400'),
    R('erythrocyte-sedimentation-rate', '4', 'мм/ч', '2..15'),
    R('ferritin', '38', 'нг/мл', '20..250'),
], "range=the Референсные значения column (a - b, decimal commas); ↓ printed; г/л Hb ÷10 → g/dL, ×10^9/л = 10^3/µL, ×10^12/л = 10^6/µL, мм/ч = mm/h, нг/мл = ng/mL; the disclaimer is not a row.")

case('VN', 'vi', 'ocr', 'OCR Markdown table of a photographed MEDLATEC (Hanoi) biochemistry page: Vietnamese headers, decimal commas, "≤" upper bounds, H/L in a "Đánh giá" column, uric acid in µmol/L', r'''
    **BỆNH VIỆN ĐA KHOA MEDLATEC** - 42-44 Nghĩa Dũng, Ba Đình, Hà Nội
    Họ tên: NGUYỄN VĂN HÙNG   Năm sinh: 1971   Giới: Nam   Ngày lấy mẫu: 08/02/2025

    | Xét nghiệm | Kết quả | Đơn vị | Chỉ số bình thường | Đánh giá |
    |---|---|---|---|---|
    | Glucose | 6,8 | mmol/L | 3,9 - 6,4 | H |
    | HbA1c | 6,4 | % | 4,0 - 6,0 | H |
    | Cholesterol toàn phần | 5,9 | mmol/L | 3,9 - 5,2 | H |
    | Triglycerid | 2,8 | mmol/L | 0,46 - 1,88 | H |
    | AST (GOT) | 28 | U/L | ≤ 37 | |
    | ALT (GPT) | 45 | U/L | ≤ 40 | H |
    | Acid uric | 462 | µmol/L | 202 - 416 | H |
''', [
    R('glucose', '6.8', 'mmol/L', '3.9..6.4', 'high'),
    R('hemoglobin-a1c', '6.4', '%', '4.0..6.0', 'high'),
    R('total-cholesterol', '5.9', 'mmol/L', '3.9..5.2', 'high'),
    R('triglycerides', '2.8', 'mmol/L', '0.46..1.88', 'high'),
    R('aspartate-aminotransferase', '28', 'U/L', '..37'),
    R('alanine-aminotransferase', '45', 'U/L', '..40', 'high'),
    R('uric-acid', '462', 'µmol/L', '202..416', 'high'),
], "range=the Chỉ số bình thường cell (a - b with decimal commas, '≤ b' inclusive); H printed in Đánh giá; mmol/L glucose and lipids and µmol/L uric acid → mg/dL with the key's molar mass; the hospital and patient lines are not rows.")

case('IL', 'he', 'portal', 'Israeli HMO (Clalit) online results copy: Hebrew column headers and flag words (נמוך = low), English test names, one row per line, ranges after the unit', r'''
    כללית אונליין - תוצאות בדיקות מעבדה      תאריך לקיחה: 16/02/2025
    שם הבדיקה            תוצאה     יחידות     טווח תקין       הערה
    Hemoglobin           12.6      g/dL       13.5-17.5       נמוך
    Ferritin             19        ng/mL      30-400          נמוך
    Vitamin B12          245       pg/mL      200-900
    TSH                  1.1       mIU/L      0.35-4.94
    Vitamin D (25-OH)    22        ng/mL      30-100          נמוך
    לשאלות בנוגע לתוצאות יש לפנות לרופא המטפל.
''', [
    R('hemoglobin', '12.6', 'g/dL', '13.5..17.5', 'low'),
    R('ferritin', '19', 'ng/mL', '30..400', 'low'),
    R('vitamin-b12', '245', 'pg/mL', '200..900'),
    R('thyroid-stimulating-hormone', '1.1', 'mIU/L', '0.35..4.94'),
    R('vitamin-d', '22', 'ng/mL', '30..100', 'low'),
], "range=the טווח תקין (normal range) column (a-b); נמוך (low) printed in the הערה column; the header and closing lines are not rows.")

case('CN', 'zh', 'pdf1', 'Chinese private health-check centre (美年大健康) hormone report pdftotext: Chinese test names with English abbreviations, SI units, ↑/↓ column, "<b" bound', r'''
    美年大健康体检中心  检验报告单                        北京朝阳分院
    姓名: 刘伟   性别: 男   年龄: 50岁   体检号: 2502150388   采样时间: 2025-02-15 08:20
    项目                               结果       提示    单位         参考范围
    睾酮 T                             12.6               nmol/L       8.64-29.0
    雌二醇 E2                          112                pmol/L       <191
    泌乳素 PRL                         11.2               ng/mL        4.04-15.2
    促甲状腺激素 TSH                   5.62       ↑       mIU/L        0.27-4.20
    游离甲状腺素 FT4                   16.2               pmol/L       12.0-22.0
    总前列腺特异性抗原 TPSA            0.82               ng/mL        0-4
    审核医师: 王丽    本报告仅对本次标本负责
''', [
    R('testosterone', '12.6', 'nmol/L', '8.64..29.0'),
    R('estradiol', '112', 'pmol/L', '..<191'),
    R('prolactin', '11.2', 'ng/mL', '4.04..15.2'),
    R('thyroid-stimulating-hormone', '5.62', 'mIU/L', '0.27..4.20', 'high'),
    R('free-t4', '16.2', 'pmol/L', '12.0..22.0'),
    R('prostate-specific-antigen', '0.82', 'ng/mL', '0..4'),
], "range=the 参考范围 column (a-b, '<b' strict); ↑ printed in the 提示 column; testosterone, estradiol and free T4 → mass units with the key's molar mass; the signature line is not a row.")
# ================================================================= write
def main():
    out = []
    stats = dict(rows=0, nores=0)
    review = []
    for i, c in enumerate(CASES, 1):
        cid = 'Q%03d' % i
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
