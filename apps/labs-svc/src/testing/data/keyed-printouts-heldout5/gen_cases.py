#!/usr/bin/env python3
"""review39 blind test set generator (keyed set 26, ids S001..S080).

Machinery (unit algebra, flags, tie refusal, TSV writing) reused from set 25's generator; all snippet data is new.
Holds every snippet and its keyed rows, converts units with the catalog
(ucumUnit + molarMass from CATALOG_PATH below), computes flags from
ranges when no flag is printed, refuses to write if a printed flag contradicts
its range, and writes keyed.tsv.
"""
import csv, math, os, re, sys, textwrap
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
# While written in /work/notes/review39 this points at the repository's catalog by an absolute path; once the set is
# moved into the repository beside ../keyed-printouts, set it to '../keyed-printouts/catalog-keys.tsv' (resolved
# against this script's folder). The environment variable KEYED_CATALOG overrides it.
CATALOG_PATH = '../keyed-printouts/catalog-keys.tsv'
CATALOG = os.environ.get('KEYED_CATALOG') or os.path.join(HERE, CATALOG_PATH)

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
    # set 25: OCR spellings a reader takes for the unit (l/1 and I/l swaps), and other spellings
    'mmo1/l': ('mol', 1e-3), 'nmo1/l': ('mol', 1e-9), 'pmo1/l': ('mol', 1e-12), 'umo1/l': ('mol', 1e-6),
    'mlu/l': ('IU', 1e-3), 'mlu/ml': ('IU', 1), 'ulu/ml': ('IU', 1e-3), 'ng/mi': ('mass', 1e-6), 'ng/di': ('mass', 1e-8),
    'thousand/ul': ('c3', 1), 'million/ul': ('c3', 1e3), 'x10^6/mm3': ('c3', 1e3), '10^6/mm3': ('c3', 1e3), '10^3/mm3': ('c3', 1),
    'mmol/mol': ('ifcc', 1), 'mm/jam': ('esr', 1), 'mm/h': ('esr', 1), 'mm/hr': ('esr', 1), 'mm/1h': ('esr', 1),
    # set 26: point-of-care and device spellings
    'mmhg': ('mmhg', 1), '%pcv': ('pct', 1), 'e.u./dl': ('eu', 1), 'mg/mmol': ('acrmol', 1),
}
UCUM = {
    'mg/dL': ('mass', 1e-2), 'g/dL': ('mass', 10), 'ug/dL': ('mass', 1e-5), 'ng/mL': ('mass', 1e-6),
    'pg/mL': ('mass', 1e-9), 'ng/dL': ('mass', 1e-8), 'mg/L': ('mass', 1e-3), 'ug/L': ('mass', 1e-6),
    'ug/mL': ('mass', 1e-3), 'g/L': ('mass', 1),
    'umol/L': ('mol', 1e-6), 'nmol/L': ('mol', 1e-9), 'mmol/L': ('mol', 1e-3),
    '10*3/uL': ('c3', 1), '10*6/uL': ('c3', 1e3), 'U/L': ('U', 1), 'U/mL': ('U', 1000),
    'm[IU]/L': ('IU', 1e-3), 'm[IU]/mL': ('IU', 1), 'u[IU]/mL': ('IU', 1e-3), '[IU]/mL': ('IU', 1000),
    '%': ('pct', 1), 'fL': ('fl', 1), 'pg': ('pgc', 1), 'mL/min/{1.73_m2}': ('gfr', 1), 'mg/g': ('acr', 1),
    'mm/h': ('esr', 1), 's': ('time', 1), 'mm[Hg]': ('mmhg', 1), 'ng/L': ('mass', 1e-9),
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
# ---- family portal: EHR patient portals, aggregators, clinician notes, patient chats
case('US', 'en', 'portal', 'Epic MyChart "Past Results" grid copy: Component / "Latest Ref Rng & Units" BEFORE the date columns, newest date first, (H)/(L) inside the value cells, an older column never keyed', r'''
    Past Results
    Showing results from the last 2 years.   Lipid Panel, CMP, Hemoglobin A1c
    Component            Latest Ref Rng & Units     3/4/2025        9/12/2024
    Cholesterol          <200 mg/dL                 231 (H)         214 (H)
    Triglycerides        <150 mg/dL                 96              132
    HDL                  >39 mg/dL                  64              58
    LDL Calculated       <100 mg/dL                 148 (H)         130 (H)
    Hemoglobin A1C       4.0 - 5.6 %                5.4             5.7 (H)
    Glucose              70 - 99 mg/dL              92              101 (H)
    Creatinine           0.57 - 1.11 mg/dL          0.81            0.78
    ALT                  0 - 55 U/L                 22              31
    Values marked (H) or (L) are outside the reference range for the most recent lab.
''', [
    R('total-cholesterol', '231', 'mg/dL', '..<200', 'high'),
    R('triglycerides', '96', 'mg/dL', '..<150'),
    R('hdl-cholesterol', '64', 'mg/dL', '>39..'),
    R('ldl-cholesterol', '148', 'mg/dL', '..<100', 'high'),
    R('hemoglobin-a1c', '5.4', '%', '4.0..5.6'),
    R('glucose', '92', 'mg/dL', '70..99'),
    R('creatinine', '0.81', 'mg/dL', '0.57..1.11'),
    R('alanine-aminotransferase', '22', 'U/L', '0..55'),
], "range=the 'Latest Ref Rng & Units' column, printed BEFORE the dates ('<b'/'>a' strict, 'a - b' inclusive); only the newest column (3/4/2025, the first date) is keyed; (H) inside the cell is high; the 9/12/2024 column and its flags are not rows.")

case('US', 'en', 'portal', 'Epic MyChart "Results Trends" copy: one block per test with the latest value and date, then "Standard range", then the older values listed as a trend', r'''
    Results Trends
    Testosterone, Total, MS
    Latest: 468 ng/dL  (Mar 3, 2025)
    Standard range: 250 - 1100 ng/dL
    Trend: 468 (Mar 3, 2025) · 212 (Nov 18, 2024) · 231 (Aug 2, 2024)
    Free Testosterone
    Latest: 71.2 pg/mL  (Mar 3, 2025)
    Standard range: 46.0 - 224.0 pg/mL
    Trend: 71.2 (Mar 3, 2025) · 38.5 (Nov 18, 2024)
    Hematocrit
    Latest: 51.4 %  (Mar 3, 2025)  High
    Standard range: 38.5 - 50.0 %
    Trend: 51.4 (Mar 3, 2025) · 46.9 (Nov 18, 2024) · 45.2 (Aug 2, 2024)
    Estradiol
    Latest: 41 pg/mL  (Mar 3, 2025)  High
    Standard range: <= 39 pg/mL
    Trend: 41 (Mar 3, 2025) · 18 (Nov 18, 2024)
    PSA, Total
    Latest: 1.12 ng/mL  (Mar 3, 2025)
    Standard range: <= 4.00 ng/mL
    Trend: 1.12 (Mar 3, 2025) · 0.94 (Nov 18, 2024)
''', [
    R('testosterone', '468', 'ng/dL', '250..1100'),
    R('testosterone-free', '71.2', 'pg/mL', '46.0..224.0'),
    R('hematocrit', '51.4', '%', '38.5..50.0', 'high'),
    R('estradiol', '41', 'pg/mL', '..39', 'high'),
    R('prostate-specific-antigen', '1.12', 'ng/mL', '..4.00'),
], "range=the 'Standard range:' line ('a - b' and '<= b' inclusive); only the 'Latest:' value is keyed, the Trend lines repeat it and list older values, which are never rows; 'High' after the date is high.")

case('US', 'en', 'portal', 'Oracle Health (Cerner) HealtheLife results copy: test name line, then "Result:", "Normal Range:", "Units:" and "Abnormal:" label lines, one test per block', r'''
    HealtheLife  |  My Health Record  |  Lab Results
    Iron Panel and Ferritin   Collected 02/27/2025 07:42 CST   Status: Final
    Iron
      Result: 48
      Normal Range: 50-170
      Units: mcg/dL
      Abnormal: Low
    Total Iron Binding Capacity
      Result: 412
      Normal Range: 250-450
      Units: mcg/dL
      Abnormal: Normal
    Transferrin Saturation
      Result: 12
      Normal Range: 15-50
      Units: %
      Abnormal: Low
    Ferritin
      Result: 14
      Normal Range: 22-322
      Units: ng/mL
      Abnormal: Low
    Vitamin B12
      Result: 384
      Normal Range: 211-911
      Units: pg/mL
      Abnormal: Normal
''', [
    R('iron', '48', 'mcg/dL', '50..170', 'low'),
    R('total-iron-binding-capacity', '412', 'mcg/dL', '250..450', 'normal'),
    R('transferrin-saturation', '12', '%', '15..50', 'low'),
    R('ferritin', '14', 'ng/mL', '22..322', 'low'),
    R('vitamin-b12', '384', 'pg/mL', '211..911', 'normal'),
], "range=the 'Normal Range:' line (a-b inclusive), the unit from the 'Units:' line; 'Abnormal: Low/Normal' keyed by meaning; mcg/dL = ug/dL; header and status are not rows.")

case('US', 'en', 'portal', 'athenahealth patient portal (athenaPatient) lab result page copy: Analyte / Value / Reference Range / Flag columns with the unit inside the range cell, a provider note above the table', r'''
    Test Results  >  COMPREHENSIVE METABOLIC PANEL; HEMOGLOBIN A1C; INSULIN
    Note from Dr. Okafor: Your sugar markers are creeping up. Let's discuss at your visit.
    Result date: 03/06/2025      Ordering provider: Nnamdi Okafor, MD
    Analyte                 Value     Reference Range          Flag
    GLUCOSE                 104       65-99 mg/dL              H
    BUN                     17        7-25 mg/dL
    CREATININE              1.02      0.70-1.33 mg/dL
    EGFR                    88        > OR = 60 mL/min/1.73m2
    SODIUM                  139       135-146 mmol/L
    POTASSIUM               4.6       3.5-5.3 mmol/L
    ALBUMIN                 4.7       3.6-5.1 g/dL
    AST                     27        10-40 U/L
    HEMOGLOBIN A1c          5.8       <5.7 %                   H
    INSULIN                 17.4      2.0-19.6 uIU/mL
''', [
    R('glucose', '104', 'mg/dL', '65..99', 'high'),
    R('blood-urea-nitrogen', '17', 'mg/dL', '7..25'),
    R('creatinine', '1.02', 'mg/dL', '0.70..1.33'),
    R('egfr', '88', 'mL/min/1.73m2', '60..'),
    R('sodium', '139', 'mmol/L', '135..146'),
    R('potassium', '4.6', 'mmol/L', '3.5..5.3'),
    R('albumin', '4.7', 'g/dL', '3.6..5.1'),
    R('aspartate-aminotransferase', '27', 'U/L', '10..40'),
    R('hemoglobin-a1c', '5.8', '%', '..<5.7', 'high'),
    R('insulin', '17.4', 'uIU/mL', '2.0..19.6'),
], "range=the Reference Range cell, whose unit is also the value's ('a-b' and '> OR = a' inclusive, '<b' strict); H in the Flag column is high, empty flags computed; the provider note is not a row.")

case('US', 'en', 'portal', 'eClinicalWorks healow app lab result copy: "Result Name / Value / Units / Flag / Range" per line with an "Abnormal" word, the reason and the lab company at the top', r'''
    healow  ·  Lab Results
    Lipid Panel w/ Reflex + ApoB + Lp(a) + hs-CRP        Received 03/11/2025
    Lab: Quest Diagnostics - Wood Dale     Provider: Sandra Liu, DO
    Result Name                Value     Units       Flag        Range
    Total Cholesterol          246       mg/dL       Abnormal    <200
    HDL Cholesterol            52        mg/dL                   >=40
    Triglycerides              118       mg/dL                   <150
    LDL-Cholesterol            169       mg/dL       Abnormal    <100
    Apolipoprotein B           131       mg/dL       Abnormal    <90
    Lipoprotein (a)            187       nmol/L      Abnormal    <75
    hs-CRP                     2.4       mg/L                    <3.0
''', [
    R('total-cholesterol', '246', 'mg/dL', '..<200', 'abnormal'),
    R('hdl-cholesterol', '52', 'mg/dL', '40..'),
    R('triglycerides', '118', 'mg/dL', '..<150'),
    R('ldl-cholesterol', '169', 'mg/dL', '..<100', 'abnormal'),
    R('apolipoprotein-b', '131', 'mg/dL', '..<90', 'abnormal'),
    R('lipoprotein-a', '187', 'nmol/L', '..<75', 'abnormal'),
    R('hs-crp', '2.4', 'mg/L', '..<3.0'),
], "range=the Range column ('<b' strict, '>=a' inclusive); healow prints only the direction-free word 'Abnormal', keyed abnormal (as sets 21 and 25 key a direction-free '*'); empty flags computed; header lines are not rows.")

case('US', 'en', 'portal', 'NextGen Patient Portal (NextMD) lab order summary: Component / Result / Units / Ref. Range / Abnormal Flag with N and H letters, a panel header line and a "Performed at" footer', r'''
    NextMD Patient Portal - Lab Results
    Order: THYROID PANEL W/ TPO AB; VITAMIN D, 25-OH     Collected: 02/18/2025
    Component                    Result    Units      Ref. Range       Abnormal Flag
    TSH                          5.82      uIU/mL     0.45-4.50        H
    T4, Free                     0.92      ng/dL      0.82-1.77        N
    T3, Free                     2.7       pg/mL      2.0-4.4          N
    Thyroglobulin Antibody       3.1       IU/mL      0.0-0.9          H
    Vitamin D, 25-Hydroxy        24.6      ng/mL      30.0-100.0       L
    Performed at: Labcorp Raleigh, 1447 York Ct, Burlington NC 27215
''', [
    R('thyroid-stimulating-hormone', '5.82', 'uIU/mL', '0.45..4.50', 'high'),
    R('free-t4', '0.92', 'ng/dL', '0.82..1.77', 'normal'),
    R('free-t3', '2.7', 'pg/mL', '2.0..4.4', 'normal'),
    R('thyroglobulin-antibody', '3.1', 'IU/mL', '0.0..0.9', 'high'),
    R('vitamin-d', '24.6', 'ng/mL', '30.0..100.0', 'low'),
], "range=Ref. Range column (a-b inclusive); Abnormal Flag N = normal, H/L by meaning; TSH uIU/mL = m[IU]/L; thyroglobulin antibody IU/mL = [IU]/mL (catalog unit); order and 'Performed at' lines are not rows.")

case('US', 'en', 'portal', 'FollowMyHealth (Allscripts/Veradigm) result view copy: each observation on one line with value+unit, "Ref:" range and an "Out of Range" marker in brackets', r'''
    FollowMyHealth®  Test Results
    CBC WITH DIFFERENTIAL/PLATELET      Date: 3/1/2025      Source: Northside Family Medicine
    WBC: 3.6 x10E3/uL   Ref: 4.0-10.5   [Out of Range - Low]
    RBC: 4.71 x10E6/uL   Ref: 4.14-5.80
    Hemoglobin: 14.6 g/dL   Ref: 13.0-17.7
    Hematocrit: 44.1 %   Ref: 37.5-51.0
    MCV: 94 fL   Ref: 79-97
    Platelets: 168 x10E3/uL   Ref: 150-450
    Neutrophils: 48 %   Ref: Not Estab.
    Lymphs: 39 %   Ref: Not Estab.
    Neutrophils (Absolute): 1.7 x10E3/uL   Ref: 1.4-7.0
    Lymphs (Absolute): 1.4 x10E3/uL   Ref: 0.7-3.1
    Reviewed by provider on 3/3/2025. No action needed.
''', [
    R('white-blood-cell-count', '3.6', 'x10E3/uL', '4.0..10.5', 'low'),
    R('red-blood-cell-count', '4.71', 'x10E6/uL', '4.14..5.80'),
    R('hemoglobin', '14.6', 'g/dL', '13.0..17.7'),
    R('hematocrit', '44.1', '%', '37.5..51.0'),
    R('mean-corpuscular-volume', '94', 'fL', '79..97'),
    R('platelet-count', '168', 'x10E3/uL', '150..450'),
    R('neutrophils', '48', '%', 'text'),
    R('lymphocytes', '39', '%', 'text'),
    R('neutrophils-absolute', '1.7', 'x10E3/uL', '1.4..7.0'),
    R('lymphocytes-absolute', '1.4', 'x10E3/uL', '0.7..3.1'),
], "range=the 'Ref:' text (a-b inclusive); '[Out of Range - Low]' is low, other flags computed; 'Not Estab.' is a text range (flag null); x10E3/uL and x10E6/uL are the catalog counts; the review note is not a row.")

case('UK', 'en', 'portal', 'Patients Know Best (PKB) hospital results copy: Test / Value / Normal range / Date lines with "(outside normal range)" labels, SI units', r'''
    Patients Know Best  ·  Test results  ·  Shared by: Leeds Teaching Hospitals NHS Trust
    Test                          Value            Normal range      Date
    Serum ferritin                19 ug/L          30 - 400          04-Mar-2025   (outside normal range)
    Serum vitamin B12             212 ng/L         197 - 771         04-Mar-2025
    Serum folate                  3.2 ug/L         3.9 - 26.8        04-Mar-2025   (outside normal range)
    Haemoglobin                   128 g/L          130 - 180         04-Mar-2025   (outside normal range)
    Serum 25-OH vitamin D         38 nmol/L        50 - 175          04-Mar-2025   (outside normal range)
    Serum CRP                     <1 mg/L          0 - 5             04-Mar-2025
    Results are shared with you at the same time as your clinician. Please wait for your clinician to contact you.
''', [
    R('ferritin', '19', 'ug/L', '30..400', 'abnormal'),
    R('vitamin-b12', '212', 'ng/L', '197..771'),
    R('folate', '3.2', 'ug/L', '3.9..26.8', 'abnormal'),
    R('hemoglobin', '128', 'g/L', '130..180', 'abnormal'),
    R('vitamin-d', '38', 'nmol/L', '50..175', 'abnormal'),
    R('c-reactive-protein', '1', 'mg/L', '0..5', 'normal', vt='<1'),
], "range=the Normal range column (a - b inclusive); '(outside normal range)' gives no direction, so it is keyed abnormal (as sets 21 and 25 key a direction-free '*'), unmarked rows computed; ug/L = ng/mL, '<1' CRP is censored and normalized on its bound (every admitted value lies in 0 - 5); ng/L = pg/mL, Hb g/L ÷10 → g/dL, vitamin D nmol/L → ng/mL with the key's molar mass; the sharing note is not a row.")

case('US', 'en', 'portal', 'Health Gorilla clinical-network lab report rendered as a pipe table: Test Name | Result | Flag | Reference Range | Units | Performing Lab, with an empty Flag cell and a report header', r'''
    Health Gorilla · Lab Report · Accession HG-5520917
    Patient: REDACTED   DOB: REDACTED   Ordered by: Vireo Longevity Medical Group
    | Test Name | Result | Flag | Reference Range | Units | Performing Lab |
    |---|---|---|---|---|---|
    | Homocysteine | 13.9 | H | <11.4 | umol/L | Quest SJC |
    | Cystatin C | 0.94 | | 0.52-1.31 | mg/L | Quest SJC |
    | Uric Acid | 7.6 | | 4.0-8.0 | mg/dL | Quest SJC |
    | GGT | 71 | H | 3-70 | U/L | Quest SJC |
    | Magnesium, RBC | 4.6 | | 4.0-6.4 | mg/dL | Quest SJC |
    | Omega-3 Index | 4.1 | L | >=5.4 | % | Quest SJC |
''', [
    R('homocysteine', '13.9', 'umol/L', '..<11.4', 'high'),
    R('cystatin-c', '0.94', 'mg/L', '0.52..1.31'),
    R('uric-acid', '7.6', 'mg/dL', '4.0..8.0'),
    R('gamma-glutamyl-transferase', '71', 'U/L', '3..70', 'high'),
    R('magnesium-rbc', '4.6', 'mg/dL', '4.0..6.4'),
    R('omega-3-index', '4.1', '%', '5.4..', 'low'),
], "range=Reference Range cell ('<b' strict, 'a-b' and '>=a' inclusive); H/L from the Flag cell, empty cells computed; the Performing Lab column and the header are not rows.")

case('US', 'en', 'portal', 'Particle Health record summary pasted by a clinician: a "Lab Results" section, one dated line per observation "date  name  value unit  (ref a-b)  flag", source system in brackets', r'''
    Particle Health — Patient Record Summary (aggregated from 4 sources)
    Lab Results (most recent)
    2025-02-21  Ferritin  22 ng/mL  (ref 30-400)  L   [Sutter Health Epic]
    2025-02-21  Iron  61 ug/dL  (ref 59-158)   [Sutter Health Epic]
    2025-02-21  Vitamin D 25-Hydroxy  33 ng/mL  (ref 30-100)   [Sutter Health Epic]
    2025-02-21  Hemoglobin A1c  5.5 %  (ref 4.8-5.6)   [Sutter Health Epic]
    2025-01-09  Thyroid Stimulating Hormone  1.87 mIU/L  (ref 0.45-4.5)   [One Medical]
    2025-01-09  Folate  15.8 ng/mL  (ref >5.8)   [One Medical]
    Sources: Sutter Health Epic; One Medical; Quest Diagnostics; CVS MinuteClinic
''', [
    R('ferritin', '22', 'ng/mL', '30..400', 'low'),
    R('iron', '61', 'ug/dL', '59..158'),
    R('vitamin-d', '33', 'ng/mL', '30..100'),
    R('hemoglobin-a1c', '5.5', '%', '4.8..5.6'),
    R('thyroid-stimulating-hormone', '1.87', 'mIU/L', '0.45..4.5'),
    R('folate', '15.8', 'ng/mL', '>5.8..'),
], "range=the '(ref ...)' text ('a-b' inclusive, '>a' strict); L printed is low, other flags computed; each line is the most recent value of its test (no older values printed); dates and source brackets are not rows.")

case('US', 'en', 'portal', 'clinician SOAP note with a "Labs:" paragraph: abbreviations (TT, FT, E2, Hct), values with ranges in parentheses, semicolons between results, H/L letters after some', r'''
    S: 52 y/o M on TRT (testosterone cypionate 120 mg/wk) for 14 months, here for 3-month follow-up. Energy good.
    O: BP 128/82, HR 64, BMI 27.9.
    Labs (drawn 3/5/25, trough): TT 612 ng/dL (264-916); FT 14.8 ng/dL (8.7-25.1); E2 36.2 pg/mL (7.6-42.6);
    SHBG 24 nmol/L (19.3-76.4); Hct 53.2% (37.5-51.0) H; Hgb 17.9 g/dL (13.0-17.7) H; PSA 1.4 ng/mL (0.0-4.0);
    LDL 118 mg/dL (0-99) H; HDL 38 mg/dL (>39) L.
    A/P: Erythrocytosis on TRT. Reduce dose to 100 mg/wk, therapeutic phlebotomy if Hct >54%. Recheck CBC in 6 wk.
''', [
    R('testosterone', '612', 'ng/dL', '264..916'),
    R('testosterone-free', '14.8', 'ng/dL', '8.7..25.1'),
    R('estradiol', '36.2', 'pg/mL', '7.6..42.6'),
    R('shbg', '24', 'nmol/L', '19.3..76.4'),
    R('hematocrit', '53.2', '%', '37.5..51.0', 'high'),
    R('hemoglobin', '17.9', 'g/dL', '13.0..17.7', 'high'),
    R('prostate-specific-antigen', '1.4', 'ng/mL', '0.0..4.0'),
    R('ldl-cholesterol', '118', 'mg/dL', '0..99', 'high'),
    R('hdl-cholesterol', '38', 'mg/dL', '>39..', 'low'),
], "range=the parentheses after each value ('a-b' inclusive, '>a' strict); H/L letters keyed by meaning, others computed; free testosterone in ng/dL ×10 → pg/mL; vitals, dose, the 'Hct >54%' threshold in the plan and the BMI are not rows.")

case('UK', 'en', 'portal', 'results pasted by a patient into a WhatsApp chat with a clinic: lower-case names, some units missing, the lab range in brackets and the patient\'s own words', r'''
    [14/03/2025, 19:42] Gemma R: Hi! Got my Medichecks bloods back, can someone have a look before my appointment? 🙏
    [14/03/2025, 19:43] Gemma R: ferritin 11 (13-150) low
    tsh 3.9 mIU/L (0.27-4.2)
    free t4 13.1 pmol/L (12-22)
    vit d 41 nmol/L (50-175) low
    b12 366 (197-771)
    folate 4.6 ug/L (3.89-26.8)
    crp 0.9 mg/L (0-5)
    [14/03/2025, 19:44] Gemma R: the rest was all fine apparently. Thanks xx
''', [
    R('ferritin', '11', None, '13..150', 'low'),
    R('thyroid-stimulating-hormone', '3.9', 'mIU/L', '0.27..4.2'),
    R('free-t4', '13.1', 'pmol/L', '12..22'),
    R('vitamin-d', '41', 'nmol/L', '50..175', 'low'),
    R('vitamin-b12', '366', None, '197..771'),
    R('folate', '4.6', 'ug/L', '3.89..26.8'),
    R('c-reactive-protein', '0.9', 'mg/L', '0..5'),
], "range=the brackets after each value (a-b inclusive); 'low' typed by the patient is keyed low; ferritin and b12 have no unit typed, so no normalizedValue; free T4 pmol/L and vitamin D nmol/L → catalog units with the key's molar mass; timestamps and chat text are not rows.")

case('US', 'en', 'portal', 'patient forum post (r/Testosterone style) listing bloodwork as Markdown bullets: bold short names, thousands comma, ranges in brackets, H/L after some, a "before TRT" line never keyed', r'''
    **6 weeks on 140mg/wk cyp — bloods in, thoughts?**
    Age 38, pinning 2x/week, bloods drawn 72h after last pin (trough). Labcorp via Defy.
    - **Total T:** 1,084 ng/dL [264-916] H
    - **Free T:** 31.2 pg/mL [8.7-25.1] H
    - **E2 (sensitive):** 48.5 pg/mL [8.0-35.0] H
    - **SHBG:** 22.4 nmol/L [16.5-55.9]
    - **Hematocrit:** 49.7 % [37.5-51.0]
    - **PSA:** 0.7 ng/mL [0.0-4.0]
    Before TRT (Dec): Total T 288, Free T 6.1, E2 14, Hct 44.
    Edit: yes I know E2 is high, no I'm not starting an AI yet.
''', [
    R('testosterone', '1084', 'ng/dL', '264..916', 'high'),
    R('testosterone-free', '31.2', 'pg/mL', '8.7..25.1', 'high'),
    R('estradiol', '48.5', 'pg/mL', '8.0..35.0', 'high'),
    R('shbg', '22.4', 'nmol/L', '16.5..55.9'),
    R('hematocrit', '49.7', '%', '37.5..51.0'),
    R('prostate-specific-antigen', '0.7', 'ng/mL', '0.0..4.0'),
], "range=the square brackets (a-b inclusive); H after the bracket is high; 1,084 is one thousand and eighty-four; the 'Before TRT' line lists older values without units or ranges and is never keyed; dose and timing text are not rows.")

case('US', 'en', 'portal', 'Elation Health patient Passport lab report copy: panel title, "Test  Result  Reference  Units  Status" with HIGH/LOW/normal words in a status column, a practice note at the end', r'''
    Elation Passport  ·  Lab Report from Labcorp
    Reported: 02/28/2025     Practice: Evergreen Direct Primary Care
    Test                     Result     Reference       Units      Status
    Cortisol - AM            23.9       6.2-19.4        ug/dL      HIGH
    DHEA-Sulfate             118        44.3-331        ug/dL      normal
    IGF-1                    96         98-282          ng/mL      LOW
    Prolactin                11.6       4.0-15.2        ng/mL      normal
    Testosterone, Serum      533        264-916         ng/dL      normal
    Estradiol                27.9       7.6-42.6        pg/mL      normal
    Practice note: please repeat the morning cortisol before 9 am, without exercise.
''', [
    R('cortisol', '23.9', 'ug/dL', '6.2..19.4', 'high'),
    R('dhea-sulfate', '118', 'ug/dL', '44.3..331', 'normal'),
    R('somatomedin-c', '96', 'ng/mL', '98..282', 'low'),
    R('prolactin', '11.6', 'ng/mL', '4.0..15.2', 'normal'),
    R('testosterone', '533', 'ng/dL', '264..916', 'normal'),
    R('estradiol', '27.9', 'pg/mL', '7.6..42.6', 'normal'),
], "range=the Reference column (a-b inclusive), unit from the Units column; HIGH/LOW/normal status words keyed by meaning; the practice note is not a row.")

# ---- no-result portal
case('US', 'en', 'portal', 'MyChart test details for a result not yet released: ordered tests listed with "This result is not yet available" and release-policy text', r'''
    Test Details  —  TESTOSTERONE, FREE AND TOTAL; SEX HORMONE BINDING GLOBULIN; ESTRADIOL
    Collected on Mar 10, 2025 8:02 AM   Status: In process
    Testosterone, Total, MS          This result is not yet available.
    Testosterone, Free               This result is not yet available.
    Sex Hormone Binding Globulin     This result is not yet available.
    Estradiol                        This result is not yet available.
    Some results are released to MyChart after your provider has reviewed them, which can take up to 3 business days.
''', [], "range=none: every test is still in process, with no value.")

case('US', 'en', 'portal', 'athenahealth portal message asking the patient to complete ordered labs: order list, fasting instructions, patient service center hours', r'''
    athenahealth Patient Portal  ·  Message from Brightwater Internal Medicine
    Subject: Lab orders ready — please complete before your annual visit on 04/02/2025
    Dr. Patel has ordered the following tests: Lipid Panel; CMP; CBC w/ Diff; Hemoglobin A1c; TSH; Vitamin D, 25-OH;
    PSA (Screening); Apolipoprotein B; Lipoprotein(a).
    Please fast for 10-12 hours (water is fine). Take your usual medicines unless told otherwise.
    Quest Patient Service Center, 2200 Highland Ave Suite 110 — Mon-Fri 7:00 AM - 3:30 PM, Sat 8:00 AM - 12:00 PM.
    Bring this order number: ATH-0392217-5.
''', [], "range=none: an order message with test names, hours and an order number, no result.")

# ---- family country: laboratories of countries and languages little used before
case('IN', 'en', 'country', 'Redcliffe Labs (India) cardiac risk report: Test Name / Value / Unit / Bio. Ref. Interval / Method columns, Lp(a) in mg/dL, "Desirable" labels in the interval, "*** End of Report ***"', r'''
    REDCLIFFE LABS  |  NABL Accredited  |  Sample Collected At: Home Collection, Noida
    Patient Name : Mr. RAHUL VERMA     Age/Gender : 44 Y/Male     Lab ID : RL25031104418
    CARDIAC RISK MARKERS
    Test Name                         Value     Unit      Bio. Ref. Interval        Method
    Apolipoprotein A1                 118       mg/dL     110 - 180                 Immunoturbidimetry
    Apolipoprotein B                  126       mg/dL     55 - 140                  Immunoturbidimetry
    Lipoprotein (a)                   48.2      mg/dL     Desirable: < 30           Immunoturbidimetry
    hs-CRP                            4.1       mg/L      < 1.0                     Immunoturbidimetry
    Homocysteine, Serum               22.6      µmol/L    5.46 - 16.20              CLIA
    Note: Lp(a) results are not affected by fasting status.
    *** End of Report ***
''', [
    R('apolipoprotein-a1', '118', 'mg/dL', '110..180'),
    R('apolipoprotein-b', '126', 'mg/dL', '55..140'),
    R('lipoprotein-a', '48.2', 'mg/dL', '..<30'),
    R('hs-crp', '4.1', 'mg/L', '..<1.0'),
    R('homocysteine', '22.6', 'µmol/L', '5.46..16.20'),
], "range=Bio. Ref. Interval ('a - b' inclusive, '< b' strict; the 'Desirable:' label is dropped); no flag printed, all computed; Lp(a) in mg/dL has no normalizedValue (catalog nmol/L, no molar mass); µmol/L is the catalog unit of homocysteine; Method column, note and end line are not rows.")

case('PK', 'en', 'country', 'Islamabad Diagnostic Centre (Pakistan) special chemistry: TEST / RESULT / UNIT / NORMAL RANGE with the word HIGH or LOW after the result, a vitamin D status table under the row', r'''
    ISLAMABAD DIAGNOSTIC CENTRE (Pvt) Ltd.  —  F-8 Markaz, Islamabad
    MR #: 25-0311-8842   Name: MUHAMMAD ASIF   Age: 39 Years   Sex: M   Ref By: SELF
    SPECIAL CHEMISTRY
    TEST                         RESULT           UNIT        NORMAL RANGE
    Vitamin D (25-OH)            11.8  LOW        ng/mL       30 - 100
         Deficient: < 20   Insufficient: 20 - 29   Sufficient: 30 - 100   Toxic: > 150
    Vitamin B12                  168   LOW        pg/mL       197 - 771
    Serum Ferritin               212              ng/mL       22 - 322 (Male)
    TSH                          2.16             µIU/mL      0.35 - 4.94
    Serum Calcium                9.1              mg/dL       8.6 - 10.3
    Serum Uric Acid              8.4   HIGH       mg/dL       3.5 - 7.2
    Electronically verified. Consultant Chemical Pathologist.
''', [
    R('vitamin-d', '11.8', 'ng/mL', '30..100', 'low'),
    R('vitamin-b12', '168', 'pg/mL', '197..771', 'low'),
    R('ferritin', '212', 'ng/mL', '22..322'),
    R('thyroid-stimulating-hormone', '2.16', 'µIU/mL', '0.35..4.94'),
    R('calcium', '9.1', 'mg/dL', '8.6..10.3'),
    R('uric-acid', '8.4', 'mg/dL', '3.5..7.2', 'high'),
], "range=NORMAL RANGE column (a - b inclusive; the '(Male)' label dropped); HIGH/LOW words after the result keyed by meaning, others computed; the vitamin D status line is a tier table under a plain range and is not a row; µIU/mL = m[IU]/L.")

case('BR', 'pt', 'country', 'Lavoisier (Dasa, São Paulo) laudo in Portuguese: test title line, "Resultado:" value+unit, "Valor de referência:" with Homens/Mulheres ranges, "a" as range word, método and material lines', r'''
    LAVOISIER  —  Medicina Diagnóstica          Paciente: JOÃO PEDRO ALMEIDA   Sexo: Masculino   Idade: 49 anos
    Data da coleta: 06/03/2025                  Pedido: 7730199254
    TESTOSTERONA TOTAL
    Material: Soro    Método: Eletroquimioluminescência
    Resultado: 318 ng/dL
    Valor de referência: Homens: 249 a 836 ng/dL   Mulheres: 8,4 a 48,1 ng/dL
    TESTOSTERONA LIVRE (CALCULADA)
    Resultado: 5,92 ng/dL
    Valor de referência: Homens: 3,03 a 14,8 ng/dL
    SHBG - GLOBULINA LIGADORA DE HORMÔNIOS SEXUAIS
    Resultado: 58,4 nmol/L
    Valor de referência: Homens: 18,3 a 54,1 nmol/L
    ESTRADIOL
    Resultado: 24,6 pg/mL
    Valor de referência: Homens: 11,3 a 43,2 pg/mL
    PSA TOTAL
    Resultado: 0,86 ng/mL
    Valor de referência: Inferior a 2,5 ng/mL (40 a 49 anos)
    Liberado eletronicamente por Dra. Helena Castro - CRM 118304
''', [
    R('testosterone', '318', 'ng/dL', '249..836'),
    R('testosterone-free', '5.92', 'ng/dL', '3.03..14.8'),
    R('shbg', '58.4', 'nmol/L', '18.3..54.1'),
    R('estradiol', '24.6', 'pg/mL', '11.3..43.2'),
    R('prostate-specific-antigen', '0.86', 'ng/mL', '..<2.5'),
], "range=the 'Homens:' range for this male patient ('a a b' inclusive), 'Inferior a b' is strict (age label dropped); no flag printed, all computed (SHBG above its range is high); decimal commas; free testosterone ng/dL ×10 → pg/mL; método, material and signature lines are not rows.")

case('TR', 'tr', 'country', 'Memorial Hastanesi (Istanbul) laboratuvar sonuç raporu in Turkish: Tetkik Adı / Sonuç / Birim / Referans Aralığı, decimal commas, ↑/↓ after the result, Onay line', r'''
    MEMORIAL ŞİŞLİ HASTANESİ  —  Biyokimya Laboratuvarı
    Hasta Adı: AYŞE K.   Cinsiyet: Kadın   Yaş: 46   Protokol No: 2503-118720   Numune: Serum
    Tetkik Adı                          Sonuç        Birim        Referans Aralığı
    Glukoz (açlık)                      97           mg/dL        74 - 106
    HbA1c                               5,9 ↑        %            4 - 5,6
    İnsülin (açlık)                     14,2         µIU/mL       2,6 - 24,9
    Ferritin                            9,4 ↓        ng/mL        13 - 150
    Vitamin B12                         296          pg/mL        197 - 771
    25-OH Vitamin D                     17,3 ↓       ng/mL        30 - 100
    TSH                                 1,84         µIU/mL       0,27 - 4,2
    Serbest T4                          1,21         ng/dL        0,93 - 1,7
    Onay: Uzm. Dr. Mehmet Yılmaz (Tıbbi Biyokimya)   Rapor Tarihi: 07.03.2025 14:22
''', [
    R('glucose', '97', 'mg/dL', '74..106'),
    R('hemoglobin-a1c', '5.9', '%', '4..5.6', 'high'),
    R('insulin', '14.2', 'µIU/mL', '2.6..24.9'),
    R('ferritin', '9.4', 'ng/mL', '13..150', 'low'),
    R('vitamin-b12', '296', 'pg/mL', '197..771'),
    R('vitamin-d', '17.3', 'ng/mL', '30..100', 'low'),
    R('thyroid-stimulating-hormone', '1.84', 'µIU/mL', '0.27..4.2'),
    R('free-t4', '1.21', 'ng/dL', '0.93..1.7'),
], "range=Referans Aralığı (a - b inclusive, decimal commas); ↑/↓ after the value keyed by meaning, others computed; µIU/mL = m[IU]/L for TSH and u[IU]/mL for insulin; header and Onay lines are not rows.")

case('PL', 'pl', 'country', 'Synevo Polska sprawozdanie in Polish: Badanie / Wynik / Jednostka / Zakres referencyjny, decimal commas, H/L letters after the result, ApoB in g/l, Lp(a) in nmol/l, "Uwaga" line', r'''
    SYNEVO  Sp. z o.o.  —  Laboratorium Medyczne, Łódź
    Pacjent: ANDRZEJ N.   Płeć: M   Wiek: 55 lat   Data pobrania: 05.03.2025 07:51
    Badanie                           Wynik        Jednostka     Zakres referencyjny
    Cholesterol całkowity             238 H        mg/dl         < 190
    Cholesterol HDL                   49           mg/dl         > 40
    Cholesterol LDL                   161 H        mg/dl         < 115
    Cholesterol nie-HDL               189 H        mg/dl         < 145
    Triglicerydy                      139          mg/dl         < 150
    Apolipoproteina B                 1,32 H       g/l           0,60 - 1,17
    Lipoproteina (a)                  24           nmol/l        < 75
    Białko C-reaktywne (hs-CRP)       1,6          mg/l          < 5,0
    Uwaga: docelowe stężenia LDL zależą od kategorii ryzyka sercowo-naczyniowego.
''', [
    R('total-cholesterol', '238', 'mg/dl', '..<190', 'high'),
    R('hdl-cholesterol', '49', 'mg/dl', '>40..'),
    R('ldl-cholesterol', '161', 'mg/dl', '..<115', 'high'),
    R('non-hdl-cholesterol', '189', 'mg/dl', '..<145', 'high'),
    R('triglycerides', '139', 'mg/dl', '..<150'),
    R('apolipoprotein-b', '1.32', 'g/l', '0.60..1.17', 'high'),
    R('lipoprotein-a', '24', 'nmol/l', '..<75'),
    R('hs-crp', '1.6', 'mg/l', '..<5.0'),
], "range=Zakres referencyjny ('< b' and '> a' strict, 'a - b' inclusive, decimal commas); H after the value is high, others computed; ApoB g/l ×100 → mg/dL; the row names hs-CRP, so it is keyed hs-crp; Uwaga line is not a row.")

case('IT', 'it', 'country', 'Centro Medico Santagostino (Milano) referto in Italian: Esame / Risultato / Unità di misura / Valori di riferimento, "*" before out-of-range values with a direction-free legend, "fino a" bound', r'''
    CENTRO MEDICO SANTAGOSTINO  —  Laboratorio Analisi, Via Temperanza 6, Milano
    Paziente: ROSSI MARCO   Sesso: M   Nato il: 14/02/1971   Accettazione: 25-0304-77120
    Esame                                Risultato     Unità di misura     Valori di riferimento
    Glicemia                             96            mg/dL               70 - 100
    Creatinina                           1,08          mg/dL               0,67 - 1,17
    eGFR (CKD-EPI)                       79            mL/min/1,73m²       > 60
    Acido urico                        * 7,8           mg/dL               3,4 - 7,0
    Gamma GT                             38            U/L                 fino a 55
    ALT (GPT)                            29            U/L                 fino a 50
    Colesterolo totale                 * 221           mg/dL               < 200
    Legenda: * = valore al di fuori dell'intervallo di riferimento
    Direttore di Laboratorio: Dott.ssa Chiara Bianchi
''', [
    R('glucose', '96', 'mg/dL', '70..100'),
    R('creatinine', '1.08', 'mg/dL', '0.67..1.17'),
    R('egfr', '79', 'mL/min/1,73m²', '>60..'),
    R('uric-acid', '7.8', 'mg/dL', '3.4..7.0', 'abnormal'),
    R('gamma-glutamyl-transferase', '38', 'U/L', '..55'),
    R('alanine-aminotransferase', '29', 'U/L', '..50'),
    R('total-cholesterol', '221', 'mg/dL', '..<200', 'abnormal'),
], "range=Valori di riferimento ('a - b' and 'fino a b' inclusive, '< b' and '> a' strict, decimal commas); '*' before the value with a legend that gives no direction is abnormal (as sets 21 and 25), unmarked rows computed; the legend is not a row.")

case('FR', 'fr', 'country', 'Laboratoire Inovie (France) compte rendu in French: name and value with dotted leaders, unit, "(a à b)" ranges with the SI value first, decimal commas, word "Bas" after a range', r'''
    INOVIE LABOSUD  —  Laboratoire de biologie médicale, Montpellier
    Patient : Mme DUPONT Claire   Née le : 03/09/1968   Prélevé le : 04/03/2025 à 08h12   Dossier : 2503041187
    BILAN MARTIAL
    Fer sérique ............................ 9,8 µmol/L        (11,6 à 31,3)    Bas
    Transferrine ........................... 3,18 g/L          (2,00 à 3,60)
    Coefficient de saturation .............. 12 %              (20 à 40)        Bas
    Ferritine .............................. 11 µg/L           (13 à 150)       Bas
    VITAMINES
    Vitamine D (25-OH D2+D3) ............... 52 nmol/L         (75 à 250)       Bas
    Vitamine B12 ........................... 312 pmol/L        (145 à 569)
    Folates sériques ....................... 14,6 nmol/L       (8,83 à 60,8)
    Compte rendu validé par Dr F. Marchand, biologiste.
''', [
    R('iron', '9.8', 'µmol/L', '11.6..31.3', 'low'),
    R('transferrin', '3.18', 'g/L', '2.00..3.60'),
    R('transferrin-saturation', '12', '%', '20..40', 'low'),
    R('ferritin', '11', 'µg/L', '13..150', 'low'),
    R('vitamin-d', '52', 'nmol/L', '75..250', 'low'),
    R('vitamin-b12', '312', 'pmol/L', '145..569'),
    R('folate', '14.6', 'nmol/L', '8.83..60.8'),
], "range=the '(a à b)' brackets (inclusive, decimal commas); 'Bas' keyed low, others computed; iron µmol/L, vitamin D nmol/L, B12 pmol/L and folate nmol/L → catalog mass units with each key's molar mass; transferrin g/L ×100 → mg/dL; µg/L = ng/mL; section titles and validation line are not rows.")

case('NL', 'nl', 'country', 'Certe (Groningen) uitslagen in Dutch: Bepaling / Uitslag / Eenheid / Referentiewaarde with H/L between value and unit, Hb in mmol/L, Ht in l/l, HbA1c in mmol/mol, decimal commas', r'''
    Certe Medische Diagnostiek & Advies  —  Laboratorium Groningen
    Patiënt: J. de Vries   Geslacht: M   Geb.: 11-06-1963   Afname: 03-03-2025 08:40   Aanvrager: huisarts
    Bepaling                  Uitslag        Eenheid      Referentiewaarde
    Hemoglobine               10,4           mmol/L       8,5 - 11,0
    Hematocriet               0,49           l/l          0,40 - 0,50
    MCV                       93             fL           80 - 100
    Leukocyten                6,8            10^9/L       4,0 - 10,0
    Trombocyten               141 L          10^9/L       150 - 400
    Ferritine                 388            µg/L         30 - 400
    Glucose nuchter           6,6 H          mmol/L       4,0 - 6,0
    HbA1c                     44 H           mmol/mol     20 - 42
    Toelichting: afwijkende waarden zijn gemarkeerd met H (hoog) of L (laag).
''', [
    R('hemoglobin', '10.4', 'mmol/L', '8.5..11.0'),
    R('hematocrit', '0.49', 'l/l', '0.40..0.50'),
    R('mean-corpuscular-volume', '93', 'fL', '80..100'),
    R('white-blood-cell-count', '6.8', '10^9/L', '4.0..10.0'),
    R('platelet-count', '141', '10^9/L', '150..400', 'low'),
    R('ferritin', '388', 'µg/L', '30..400'),
    R('glucose', '6.6', 'mmol/L', '4.0..6.0', 'high'),
    R('hemoglobin-a1c', '44', 'mmol/mol', '20..42', 'high'),
], "range=Referentiewaarde (a - b inclusive, decimal commas); H/L letters keyed by meaning (the legend says hoog/laag), unmarked rows computed; Hb mmol/L → g/dL with the catalog molar mass (as set 21 R068); l/l ×100 → %; HbA1c in mmol/mol has no normalizedValue (sets 22–25); the Toelichting legend is not a row.")

case('FI', 'fi', 'country', 'Terveystalo laboratoriotulokset in Finnish: specimen-prefixed abbreviations (fP-, B-, P-, S-), Tulos / Yksikkö / Viitearvot, "+"/"-" markers after the value, decimal commas', r'''
    Terveystalo  —  Laboratoriotulokset            Tulostettu 07.03.2025
    Potilas: VIRTANEN MIKKO   Henkilötunnus: 120770-XXXX   Näyte otettu: 06.03.2025 klo 07.35
    Tutkimus                    Tulos       Yksikkö        Viitearvot
    fP-Kol                      6,1 +       mmol/l         < 5,0
    fP-Kol-HDL                  1,42        mmol/l         > 1,0
    fP-Kol-LDL                  4,0 +       mmol/l         < 3,0
    fP-Trigly                   1,3         mmol/l         < 1,7
    fP-Gluk                     5,8         mmol/l         4,0 - 6,0
    P-Krea                      94          µmol/l         60 - 100
    S-D-25                      61          nmol/l         50 - 150
    P-T4-V                      15,6        pmol/l         11 - 22
    Merkinnät: + = viitealueen yläpuolella, - = viitealueen alapuolella
''', [
    R('total-cholesterol', '6.1', 'mmol/l', '..<5.0', 'high'),
    R('hdl-cholesterol', '1.42', 'mmol/l', '>1.0..'),
    R('ldl-cholesterol', '4.0', 'mmol/l', '..<3.0', 'high'),
    R('triglycerides', '1.3', 'mmol/l', '..<1.7'),
    R('glucose', '5.8', 'mmol/l', '4.0..6.0'),
    R('creatinine', '94', 'µmol/l', '60..100'),
    R('vitamin-d', '61', 'nmol/l', '50..150'),
    R('free-t4', '15.6', 'pmol/l', '11..22'),
], "range=Viitearvot ('< b'/'> a' strict, 'a - b' inclusive, decimal commas); '+' after the value is high by the printed legend (yläpuolella = above), others computed; lipids, glucose, creatinine, vitamin D and free T4 → catalog mass units with each key's molar mass; the Merkinnät legend is not a row.")

case('JP', 'ja', 'country', 'SRL (エスアールエル) 検査結果報告書 in Japanese: 検査項目 / 結果 / 単位 / 基準値 / 判定 with H/L, testosterone in ng/mL, full-width tilde-free "-" ranges, 以下 bound', r'''
    株式会社エスアールエル　検査結果報告書
    依頼元：新宿メンズヘルスクリニック　　患者名：サトウ　タカシ　様　　性別：男　　年齢：51歳　　採取日：2025/03/05
    検査項目                    結果        単位        基準値              判定
    テストステロン              2.41        ng/mL       1.31-8.71           
    遊離テストステロン          6.2         pg/mL       7.6-23.8            L
    エストラジオール            19          pg/mL       14.6-48.8           
    DHEA-S                      71          μg/dL       24-244              
    PSA                         3.92        ng/mL       4.00以下            
    LH                          6.8         mIU/mL      0.79-5.72           H
    FSH                         9.4         mIU/mL      2.00-8.30           H
    ※基準値は当社の設定値です。
''', [
    R('testosterone', '2.41', 'ng/mL', '1.31..8.71'),
    R('testosterone-free', '6.2', 'pg/mL', '7.6..23.8', 'low'),
    R('estradiol', '19', 'pg/mL', '14.6..48.8'),
    R('dhea-sulfate', '71', 'μg/dL', '24..244'),
    R('prostate-specific-antigen', '3.92', 'ng/mL', '..4.00'),
    R('luteinizing-hormone', '6.8', 'mIU/mL', '0.79..5.72', 'high'),
    R('follicle-stimulating-hormone', '9.4', 'mIU/mL', '2.00..8.30', 'high'),
], "range=基準値 ('a-b' inclusive, '以下' = or less, inclusive, as set 23); 判定 H/L keyed by meaning, empty computed; testosterone ng/mL ×100 → ng/dL; μg/dL (Greek mu) = ug/dL; the ※ footnote is not a row.")

case('CN', 'zh', 'country', '迪安诊断 (Dian Diagnostics, Hangzhou) 甲状腺功能 report in simplified Chinese: Chinese names with English abbreviations, 结果 / 提示 (↑/↓) / 单位 / 参考区间, SI free hormones, TPOAb and TgAb in IU/mL', r'''
    杭州迪安医学检验中心　检验报告单
    姓名：陈某某　　性别：女　　年龄：38岁　　标本类型：血清　　采样时间：2025-03-04 08:20　　条码号：DA2503040915
    序号  项目名称                          结果      提示    单位        参考区间
    1     促甲状腺激素 TSH                  6.84      ↑       μIU/mL      0.27-4.20
    2     游离甲状腺素 FT4                  11.2      ↓       pmol/L      12.0-22.0
    3     游离三碘甲状腺原氨酸 FT3          4.1               pmol/L      3.1-6.8
    4     甲状腺过氧化物酶抗体 TPOAb        186.5     ↑       IU/mL       0-34
    5     甲状腺球蛋白抗体 TgAb             248       ↑       IU/mL       0-115
    备注：本报告仅对所检测标本负责。　　检验者：王磊　　审核者：李娜
''', [
    R('thyroid-stimulating-hormone', '6.84', 'μIU/mL', '0.27..4.20', 'high'),
    R('free-t4', '11.2', 'pmol/L', '12.0..22.0', 'low'),
    R('free-t3', '4.1', 'pmol/L', '3.1..6.8'),
    R('thyroid-peroxidase-antibody', '186.5', 'IU/mL', '0..34', 'high'),
    R('thyroglobulin-antibody', '248', 'IU/mL', '0..115', 'high'),
], "range=参考区间 (a-b inclusive); 提示 ↑/↓ keyed by meaning, empty computed; FT4/FT3 pmol/L → ng/dL and pg/mL with the keys' molar masses; TPOAb in IU/mL has no normalizedValue (catalog U/mL, sets 22–25), TgAb in IU/mL is normalized ([IU]/mL); 序号 numbers, 备注 and signatures are not rows.")

case('ID', 'id', 'country', 'Laboratorium Klinik Kimia Farma (Jakarta) hasil in Indonesian: Pemeriksaan / Hasil / Satuan / Nilai Rujukan / Keterangan, decimal commas, a qualitative HBsAg "Non Reaktif"', r'''
    LABORATORIUM KLINIK KIMIA FARMA  —  Cabang Jakarta Selatan
    No. Lab: 2503050388   Nama: Bpk. HENDRA S.   Umur: 47 th   Jenis Kelamin: L   Tgl. Periksa: 05-03-2025
    Pemeriksaan                 Hasil        Satuan        Nilai Rujukan        Keterangan
    HEMATOLOGI
    Hemoglobin                  15,2         g/dL          13,2 - 17,3
    Leukosit                    9,1          10^3/µL       3,8 - 10,6
    Trombosit                   288          10^3/µL       150 - 440
    KIMIA KLINIK
    Glukosa Puasa               131          mg/dL         70 - 99              Tinggi
    Kolesterol Total            214          mg/dL         < 200                Tinggi
    Asam Urat                   6,9          mg/dL         3,4 - 7,0
    SGOT                        24           U/L           < 35
    SGPT                        41           U/L           < 45
    IMUNOSEROLOGI
    HBsAg                       Non Reaktif                Non Reaktif
    Anti-HCV                    Reaktif                    Non Reaktif          *
    Penanggung Jawab: dr. Rina W., Sp.PK
''', [
    R('hemoglobin', '15.2', 'g/dL', '13.2..17.3'),
    R('white-blood-cell-count', '9.1', '10^3/µL', '3.8..10.6'),
    R('platelet-count', '288', '10^3/µL', '150..440'),
    R('glucose', '131', 'mg/dL', '70..99', 'high'),
    R('total-cholesterol', '214', 'mg/dL', '..<200', 'high'),
    R('uric-acid', '6.9', 'mg/dL', '3.4..7.0'),
    R('aspartate-aminotransferase', '24', 'U/L', '..<35'),
    R('alanine-aminotransferase', '41', 'U/L', '..<45'),
    R('hepatitis-b-surface-antigen', None, None, 'text', 'normal', vt='Non Reaktif'),
    R('hepatitis-c-antibody', None, None, 'text', 'abnormal', vt='Reaktif'),
], "range=Nilai Rujukan ('a - b' inclusive, '< b' strict, decimal commas); Keterangan 'Tinggi' (high) keyed by meaning, others computed; HBsAg 'Non Reaktif' equals the expected text, so normal with a text range; Anti-HCV 'Reaktif' differs from 'Non Reaktif' and is abnormal (the '*' agrees); section headers and signature are not rows.")

case('EG', 'en', 'country', 'Al Mokhtabar (Egypt) report in English with an Arabic lab-name line: Test / Result / Unit / Reference Range, H/L flag letter after the range, HOMA-IR without unit', r'''
    المختبر  AL MOKHTABAR  Laboratories — Heliopolis Branch
    Patient: SHERIF MOSTAFA   Sex: Male   Age: 42 Y   Visit No: 0325-44190   Collected: 08/03/2025 08:05
    Test                           Result      Unit          Reference Range
    Fasting Blood Glucose          112         mg/dL         70 - 100              H
    Fasting Insulin                21.6        µIU/mL        2.6 - 24.9
    HOMA-IR                        5.97                      < 2.5                 H
    HbA1c                          6.0         %             4.0 - 5.6             H
    Serum Ferritin                 96          ng/mL         30 - 400
    Vitamin D (25-OH)              23.4        ng/mL         30 - 100              L
    HCV Antibody                   Negative                  Negative
    Comment: Insulin resistance pattern. Clinical correlation is advised.
''', [
    R('glucose', '112', 'mg/dL', '70..100', 'high'),
    R('insulin', '21.6', 'µIU/mL', '2.6..24.9'),
    R('homa-ir', '5.97', None, '..<2.5', 'high'),
    R('hemoglobin-a1c', '6.0', '%', '4.0..5.6', 'high'),
    R('ferritin', '96', 'ng/mL', '30..400'),
    R('vitamin-d', '23.4', 'ng/mL', '30..100', 'low'),
    R('hepatitis-c-antibody', None, None, 'text', 'normal', vt='Negative'),
], "range=Reference Range ('a - b' inclusive, '< b' strict); H/L after the range keyed by meaning; HOMA-IR prints no unit, so no normalizedValue; the HCV antibody answer equals its expected text (normal, text range); the Arabic name line and the comment are not rows.")

case('IL', 'he', 'country', 'Maccabi Healthcare (Israel) online results copy with Hebrew headers and Hebrew flag words, English test names, value then unit then range', r'''
    מכבי שירותי בריאות — תוצאות בדיקות מעבדה
    תאריך בדיקה: 05/03/2025     מעבדה: מעבדה מרכזית מכבי, רחובות
    שם בדיקה                     תוצאה      יחידות       ערכי ייחוס        הערה
    Cholesterol                  204        mg/dl        0 - 200           גבוה
    HDL Cholesterol              61         mg/dl        40 - 100
    LDL Cholesterol              122        mg/dl        0 - 130
    Triglycerides                104        mg/dl        0 - 150
    Glucose                      88         mg/dl        70 - 100
    Hemoglobin A1C               5.3        %            4 - 5.7
    Vitamin D (25-OH)            19         ng/ml        30 - 100          נמוך
    Vitamin B12                  233        pg/ml        200 - 900
    לשאלות ניתן לפנות לרופא המטפל.
''', [
    R('total-cholesterol', '204', 'mg/dl', '0..200', 'high'),
    R('hdl-cholesterol', '61', 'mg/dl', '40..100'),
    R('ldl-cholesterol', '122', 'mg/dl', '0..130'),
    R('triglycerides', '104', 'mg/dl', '0..150'),
    R('glucose', '88', 'mg/dl', '70..100'),
    R('hemoglobin-a1c', '5.3', '%', '4..5.7'),
    R('vitamin-d', '19', 'ng/ml', '30..100', 'low'),
    R('vitamin-b12', '233', 'pg/ml', '200..900'),
], "range=ערכי ייחוס column (a - b inclusive); Hebrew words גבוה (high) and נמוך (low) keyed by meaning, empty computed; header lines are not rows.")

# ---- no-result country
case('RO', 'ro', 'country', 'MedLife (Romania) patient-portal page in Romanian: the buletin is still in work, every analysis "în lucru", no value', r'''
    MedLife  —  Rezultatele mele
    Buletin de analize nr. 25030611872   Data recoltării: 06.03.2025   Status: În lucru
    Analiza                               Status
    Testosteron total                     în lucru
    Estradiol                             în lucru
    Hemoglobină glicată (HbA1c)           în lucru
    Vitamina D (25-OH)                    în lucru
    Veți primi un SMS când buletinul este complet. Rezultatele parțiale pot fi afișate pe măsură ce sunt validate.
''', [], "range=none: every analysis is still in work (în lucru), no value.")

case('UA', 'uk', 'country', 'CSD Lab (Ukraine) referral form in Ukrainian: patient details, ticked tests with codes and prices, preparation rules, no result', r'''
    CSD LAB  —  НАПРАВЛЕННЯ НА ЛАБОРАТОРНІ ДОСЛІДЖЕННЯ
    ПІБ пацієнта: ____________________   Дата народження: __.__.____   Стать: Ч / Ж
    [x] 1031  Тестостерон загальний ........................ 390 грн
    [x] 1034  Глобулін, що зв'язує статеві гормони (ГЗСГ) .. 420 грн
    [x] 1105  Вітамін D (25-OH) ............................ 650 грн
    [ ] 1210  Ліпідограма ................................... 480 грн
    Підготовка: натще (8-12 год), до 10:00, без фізичних навантажень напередодні.
    Підпис лікаря: ____________
''', [], "range=none: a referral form with test codes and prices (грн), no result.")

# ---- family poc: point-of-care analyzers and device printouts (narrow thermal paper)
case('US', 'en', 'poc', 'Abbott i-STAT 1 CHEM8+ cartridge printout on the Martel thermal printer: two-to-five-letter analyte codes, ranges in parentheses, H/L after the unit, "Hb*" with a "*via Hct" footnote, %PCV hematocrit', r'''
    i-STAT  CHEM8+
    Pt:004417829
    37.0 C
    Na      141  mmol/L    (138-146)
    K       4.1  mmol/L    (3.5-4.9)
    Cl      101  mmol/L    (98-109)
    iCa     1.21 mmol/L    (1.12-1.32)
    TCO2    26   mmol/L    (24-29)
    Glu     188  mg/dL  H  (70-105)
    BUN     24   mg/dL     (8-26)
    Crea    1.4  mg/dL  H  (0.6-1.3)
    Hct     39   %PCV      (38-51)
    Hb*     13.3 g/dL      (12-17)
    AnGap   15   mmol/L    (10-20)
    *via Hct
    Op:10424
    11MAR25 09:42
    Lot:W23118
    Serial:371823
''', [
    R('sodium', '141', 'mmol/L', '138..146'),
    R('potassium', '4.1', 'mmol/L', '3.5..4.9'),
    R('chloride', '101', 'mmol/L', '98..109'),
    R('?iCa', '1.21', 'mmol/L', '1.12..1.32'),
    R('carbon-dioxide', '26', 'mmol/L', '24..29'),
    R('glucose', '188', 'mg/dL', '70..105', 'high'),
    R('blood-urea-nitrogen', '24', 'mg/dL', '8..26'),
    R('creatinine', '1.4', 'mg/dL', '0.6..1.3', 'high'),
    R('hematocrit', '39', '%PCV', '38..51'),
    R('hemoglobin', '13.3', 'g/dL', '12..17'),
    R('anion-gap', '15', 'mmol/L', '10..20'),
], "range=the parentheses (a-b inclusive); H after the unit is high, others computed; TCO2 (total CO2) is carbon-dioxide; ionized calcium (iCa) is not the catalog's total calcium, so a ? row; %PCV is hematocrit percent; Hb* is calculated from Hct but printed as a result; temperature, operator, lot and serial lines are not rows.")

case('US', 'en', 'poc', 'Abaxis Piccolo Xpress Comprehensive Metabolic Panel printout: analyte codes with ion charges (NA+, K+, CL-), value, unit, range, H/L column, QC and serum-index lines at the bottom', r'''
    PICCOLO xpress
    Comprehensive Metabolic
    10 Mar 2025        14:07
    Sample Type:     Patient
    Patient ID:        88214
    Rotor Lot Number: 5012AA3
    ALB     4.4   g/dL    3.3-5.5
    ALP      58   U/L     42-141
    ALT      67   U/L     10-47      H
    AST      44   U/L     11-38      H
    BUN      15   mg/dL   7-22
    CA      9.6   mg/dL   8.0-10.3
    CL-     102   mmol/L  98-108
    CRE     0.9   mg/dL   0.6-1.2
    GLU      97   mg/dL   73-118
    K+      4.4   mmol/L  3.6-5.1
    NA+     140   mmol/L  128-145
    TBIL    0.8   mg/dL   0.2-1.6
    tCO2     27   mmol/L  18-33
    TP      7.1   g/dL    6.4-8.1
    QC      OK
    HEM 0   LIP 0   ICT 0
''', [
    R('albumin', '4.4', 'g/dL', '3.3..5.5'),
    R('alkaline-phosphatase', '58', 'U/L', '42..141'),
    R('alanine-aminotransferase', '67', 'U/L', '10..47', 'high'),
    R('aspartate-aminotransferase', '44', 'U/L', '11..38', 'high'),
    R('blood-urea-nitrogen', '15', 'mg/dL', '7..22'),
    R('calcium', '9.6', 'mg/dL', '8.0..10.3'),
    R('chloride', '102', 'mmol/L', '98..108'),
    R('creatinine', '0.9', 'mg/dL', '0.6..1.2'),
    R('glucose', '97', 'mg/dL', '73..118'),
    R('potassium', '4.4', 'mmol/L', '3.6..5.1'),
    R('sodium', '140', 'mmol/L', '128..145'),
    R('total-bilirubin', '0.8', 'mg/dL', '0.2..1.6'),
    R('carbon-dioxide', '27', 'mmol/L', '18..33'),
    R('total-protein', '7.1', 'g/dL', '6.4..8.1'),
], "range=the range column (a-b inclusive); H keyed high, others computed; tCO2 is carbon-dioxide; QC and the HEM/LIP/ICT serum indices are not rows; header lines are not rows.")

case('US', 'en', 'poc', 'Abaxis Piccolo Lipid Panel Plus printout: CHOL/HDL/TRG with calculated LDL, VLDL, nHDLc and TC/H rows, "<b" / ">a" ranges, one-letter flags, liver enzymes and glucose on the same rotor', r'''
    PICCOLO xpress
    Lipid Panel Plus
    07 Mar 2025        08:51
    Sample Type:     Patient
    Patient ID:        60377
    CHOL     224  mg/dL   <200      H
    HDL       37  mg/dL   >40       L
    TRG      231  mg/dL   <150      H
    LDL      141  mg/dL   <100      H
    VLDL      46  mg/dL   <30       H
    nHDLc    187  mg/dL   <130      H
    TC/H     6.1          <5.0      H
    GLU      109  mg/dL   73-118
    ALT       38  U/L     10-47
    AST       29  U/L     11-38
    QC      OK
    HEM 0   LIP 1+  ICT 0
''', [
    R('total-cholesterol', '224', 'mg/dL', '..<200', 'high'),
    R('hdl-cholesterol', '37', 'mg/dL', '>40..', 'low'),
    R('triglycerides', '231', 'mg/dL', '..<150', 'high'),
    R('ldl-cholesterol', '141', 'mg/dL', '..<100', 'high'),
    R('vldl-cholesterol', '46', 'mg/dL', '..<30', 'high'),
    R('non-hdl-cholesterol', '187', 'mg/dL', '..<130', 'high'),
    R('cholesterol-hdl-ratio', '6.1', None, '..<5.0', 'high'),
    R('glucose', '109', 'mg/dL', '73..118'),
    R('alanine-aminotransferase', '38', 'U/L', '10..47'),
    R('aspartate-aminotransferase', '29', 'U/L', '11..38'),
], "range=the range column ('<b'/'>a' strict, 'a-b' inclusive); H/L keyed by meaning, others computed; nHDLc is non-HDL cholesterol; TC/H is the cholesterol/HDL ratio, printed without a unit, so no normalizedValue; QC and serum-index lines (LIP 1+) are not rows.")

case('UK', 'en', 'poc', 'Abbott Afinion 2 printouts from a UK pharmacy health check: a Lipid Panel ticket in mmol/L and an HbA1c ticket in mmol/mol, no ranges printed, date/time/ID lines', r'''
    Afinion 2
    Lipid Panel
    Date: 06/03/2025  Time: 11:24
    Patient ID: LP-2291
    CHOL     5.8 mmol/L
    TRIG     1.9 mmol/L
    HDL      1.05 mmol/L
    LDL      3.9 mmol/L
    NonHDL   4.75 mmol/L
    CHOL/HDL 5.5
    Fasting: No
    ------------------------
    Afinion 2
    HbA1c
    Date: 06/03/2025  Time: 11:31
    Patient ID: LP-2291
    HbA1c    41 mmol/mol
''', [
    R('total-cholesterol', '5.8', 'mmol/L', ''),
    R('triglycerides', '1.9', 'mmol/L', ''),
    R('hdl-cholesterol', '1.05', 'mmol/L', ''),
    R('ldl-cholesterol', '3.9', 'mmol/L', ''),
    R('non-hdl-cholesterol', '4.75', 'mmol/L', ''),
    R('cholesterol-hdl-ratio', '5.5', None, ''),
    R('hemoglobin-a1c', '41', 'mmol/mol', ''),
], "range=none printed, so every flag is null; lipids in mmol/L → mg/dL with the keys' molar masses; CHOL/HDL prints no unit and HbA1c is in mmol/mol, so neither has a normalizedValue; date, time, ID and 'Fasting: No' lines are not rows.")

case('US', 'en', 'poc', 'Siemens DCA Vantage printouts from a diabetes clinic: a Microalbumin/Creatinine ticket (urine albumin mg/L, urine creatinine mg/dL, ACR mg/g with its reference) and an HbA1c ticket with "Normal Range"', r'''
    DCA Vantage(TM)
    Microalbumin/Creatinine
    Patient ID: 3318290
    03/07/2025   10:02 AM
    Albumin:        46 mg/L
    Creatinine:    118 mg/dL
    Alb/Creat:      39 mg/g     HIGH
    Ref: <30 mg/g
    Reagent Lot: 1204B   Exp: 2025-11
    --------------------------------
    DCA Vantage(TM)
    HbA1c
    Patient ID: 3318290
    03/07/2025   10:09 AM
    HbA1c:         7.2 %        HIGH
    Normal Range:  4.0 - 6.0 %
''', [
    R('?Albumin (urine)', '46', 'mg/L', ''),
    R('?Creatinine (urine)', '118', 'mg/dL', ''),
    R('microalbumin-creatinine-ratio', '39', 'mg/g', '..<30', 'high'),
    R('hemoglobin-a1c', '7.2', '%', '4.0..6.0', 'high'),
], "range=the 'Ref:' and 'Normal Range:' lines ('<b' strict, 'a - b' inclusive); HIGH keyed high; urine albumin and urine creatinine are not the serum catalog tests, so ? rows with no range (flag null), as sets 21–22; reagent lot, date and time lines are not rows.")

case('DE', 'de', 'poc', 'Roche cobas h 232 printout from a German GP practice in German: one test block each with "Ref.:" cut-off line and an arrow, Troponin T in ng/l and NT-proBNP in pg/ml', r'''
    cobas h 232
    Praxis Dr. med. S. Keller
    Datum: 11.03.2025  10:14
    Patienten-ID: 20250311-07
    Bediener: MFA 12
    Roche CARDIAC T Quantitativ
    Troponin T      68 ng/l   ↑
    Ref.: < 50 ng/l
    Charge: 462 018 01
    ------------------------------
    Roche CARDIAC proBNP+
    NT-proBNP      1240 pg/ml   ↑
    Ref.: < 300 pg/ml
    Charge: 471 223 02
''', [
    R('troponin-t', '68', 'ng/l', '..<50', 'high'),
    R('nt-probnp', '1240', 'pg/ml', '..<300', 'high'),
], "range=the 'Ref.: < b' line (strict); ↑ keyed high; ng/l is the catalog ng/L of troponin T; Charge (lot) numbers, operator and date lines are not rows.")

case('US', 'en', 'poc', 'Radiometer ABL90 FLEX arterial blood gas patient report: grouped "Blood Gas / Oximetry / Electrolyte / Metabolite Values" with bracketed ranges and ↑/↓, c-prefixed symbols (ctHb, cK+, cCa2+, cGlu, cLac), settings lines', r'''
    ABL90 FLEX                     PATIENT REPORT
    Syringe - S 65uL              Sample #  18277
    Patient ID     MRN 00481177
    Sample type    Arterial
    Operator       RT-JSM
    FO2(I)         40.0 %         T   37.0 °C
    Blood Gas Values
    pH            7.31            [ 7.35 - 7.45 ]   ↓
    pCO2          52.4  mmHg      [ 35.0 - 45.0 ]   ↑
    pO2           78.1  mmHg      [ 80.0 - 100 ]    ↓
    Oximetry Values
    ctHb          11.9  g/dL      [ 12.0 - 17.5 ]   ↓
    sO2           94.6  %         [ 95.0 - 99.0 ]   ↓
    Electrolyte Values
    cK+            3.9  mmol/L    [ 3.5 - 5.1 ]
    cNa+           137  mmol/L    [ 136 - 146 ]
    cCa2+         1.16  mmol/L    [ 1.15 - 1.29 ]
    cCl-           103  mmol/L    [ 98 - 106 ]
    Metabolite Values
    cGlu           141  mg/dL     [ 70 - 105 ]      ↑
    cLac           2.6  mmol/L    [ 0.5 - 1.6 ]     ↑
''', [
    R('ph-arterial', '7.31', None, '7.35..7.45', 'low'),
    R('carbon-dioxide-partial-pressure', '52.4', 'mmHg', '35.0..45.0', 'high'),
    R('oxygen-partial-pressure', '78.1', 'mmHg', '80.0..100', 'low'),
    R('hemoglobin', '11.9', 'g/dL', '12.0..17.5', 'low'),
    R('oxygen-saturation', '94.6', '%', '95.0..99.0', 'low'),
    R('potassium', '3.9', 'mmol/L', '3.5..5.1'),
    R('sodium', '137', 'mmol/L', '136..146'),
    R('?cCa2+', '1.16', 'mmol/L', '1.15..1.29'),
    R('chloride', '103', 'mmol/L', '98..106'),
    R('glucose', '141', 'mg/dL', '70..105', 'high'),
    R('lactate', '2.6', 'mmol/L', '0.5..1.6', 'high'),
], "range=the square brackets (a - b inclusive); ↑/↓ keyed by meaning, others computed; pH prints no unit, so no normalizedValue; mmHg = mm[Hg]; ctHb is hemoglobin and sO2 oxygen saturation; ionized calcium cCa2+ is a ? row (not total calcium); FO2(I), temperature, sample and operator lines are not rows.")

case('US', 'en', 'poc', 'Nova StatStrip hospital glucometer result from the NovaNet data manager: one line per test with date/time, value, flag, reference and a nurse comment, a blood ketone strip on the same patient', r'''
    NovaNet  —  Patient Results Report          Printed 03/11/2025 06:40
    Location: 5 West Med/Surg      Meter: StatStrip SN 02771      Operator: 44810 (BAILEY, K RN)
    Patient ID: 000582114
    Date/Time          Test                 Result        Flag   Reference     Comment
    03/11/2025 06:02   Glucose              62 mg/dL      L      70-110        Treated per hypoglycemia protocol
    03/11/2025 06:03   Ketone (B-OHB)       0.4 mmol/L           0.0-0.6
    Confirm results outside the reportable range with a laboratory method.
''', [
    R('glucose', '62', 'mg/dL', '70..110', 'low'),
    R('?Ketone (B-OHB)', '0.4', 'mmol/L', '0.0..0.6'),
], "range=the Reference column (a-b inclusive); L keyed low; the blood beta-hydroxybutyrate strip is not in the catalog, so a ? row; meter, operator and comment text are not rows.")

case('SA', 'en', 'poc', 'Boditech ichroma II immunoassay printout from a Riyadh polyclinic: "Test: / Result: / Ref:" per cartridge with (H)/(L), ng/mL testosterone, vitamin D, ferritin, TSH, PSA and HbA1c', r'''
    ichroma II          Boditech Med Inc.
    Al Noor Polyclinic - Riyadh
    Date: 2025-03-09   Time: 11:20
    Operator: lab1
    Patient ID: 1109-3345   Sex: M   Age: 35
    Test: Vitamin D      Result: 14.2 ng/mL    Ref: 30.0-100.0  (L)
    Test: Ferritin       Result: 186.9 ng/mL   Ref: 30-350
    Test: TSH            Result: 2.41 uIU/mL   Ref: 0.4-4.2
    Test: Testosterone   Result: 3.12 ng/mL    Ref: 2.49-8.36
    Test: PSA            Result: 0.62 ng/mL    Ref: 0-4
    Test: HbA1c          Result: 6.1 %         Ref: 4.0-6.0  (H)
    Lot: FRCBA-12  /  Cartridge exp. 2025-09
''', [
    R('vitamin-d', '14.2', 'ng/mL', '30.0..100.0', 'low'),
    R('ferritin', '186.9', 'ng/mL', '30..350'),
    R('thyroid-stimulating-hormone', '2.41', 'uIU/mL', '0.4..4.2'),
    R('testosterone', '3.12', 'ng/mL', '2.49..8.36'),
    R('prostate-specific-antigen', '0.62', 'ng/mL', '0..4'),
    R('hemoglobin-a1c', '6.1', '%', '4.0..6.0', 'high'),
], "range=the 'Ref:' text (a-b inclusive); (H)/(L) keyed by meaning, others computed; testosterone ng/mL ×100 → ng/dL; uIU/mL = m[IU]/L; lot and expiry line is not a row.")

case('DE', 'de', 'poc', 'Roche Reflotron Plus dry-chemistry strip printouts from a German occupational-health practice in German: one block per strip with the test abbreviation, value, unit and "37°C", no reference ranges', r'''
    Reflotron Plus
    Arbeitsmedizin Dr. Brandt, Mannheim
    11.03.25  09:31   Pat.-Nr. 4471
    GPT          46 U/l      37°C
    11.03.25  09:34   Pat.-Nr. 4471
    γ-GT         88 U/l      37°C
    11.03.25  09:37   Pat.-Nr. 4471
    CHOL        241 mg/dl
    11.03.25  09:40   Pat.-Nr. 4471
    HDL          44 mg/dl
    11.03.25  09:43   Pat.-Nr. 4471
    TG          172 mg/dl
    11.03.25  09:46   Pat.-Nr. 4471
    Harnsäure   7.4 mg/dl
''', [
    R('alanine-aminotransferase', '46', 'U/l', ''),
    R('gamma-glutamyl-transferase', '88', 'U/l', ''),
    R('total-cholesterol', '241', 'mg/dl', ''),
    R('hdl-cholesterol', '44', 'mg/dl', ''),
    R('triglycerides', '172', 'mg/dl', ''),
    R('uric-acid', '7.4', 'mg/dl', ''),
], "range=none printed, so every flag is null; GPT is ALT, γ-GT is GGT, Harnsäure is uric acid; the 37°C reaction temperature, date/time and patient-number lines are not rows.")

case('IN', 'en', 'poc', 'Fujifilm DRI-CHEM NX600 dry-chemistry printout from an Indian clinic: slide names with -PIII suffixes (GLU-PIII, TCHO-PIII, GPT/ALT-PIII), value, unit, bracketed range, H/L letter', r'''
    FUJI DRI-CHEM NX600
    Sample No. 0017       Type: Serum
    Date 11/03/2025       Time 10:46
    ID: 7721-AK
    GLU-PIII         118  mg/dL   ( 70- 110)  H
    TCHO-PIII        226  mg/dL   (130- 200)  H
    TG-PIII          241  mg/dL   ( 35- 150)  H
    HDL-C             36  mg/dL   ( 40-  70)  L
    UA-PIII          7.2  mg/dL   (3.5- 7.2)
    CRE-PIII         1.1  mg/dL   (0.6- 1.3)
    GGT-PIII          48  U/L     ( 9-  50)
    GPT/ALT-PIII      52  U/L     (  5-  40)  H
''', [
    R('glucose', '118', 'mg/dL', '70..110', 'high'),
    R('total-cholesterol', '226', 'mg/dL', '130..200', 'high'),
    R('triglycerides', '241', 'mg/dL', '35..150', 'high'),
    R('hdl-cholesterol', '36', 'mg/dL', '40..70', 'low'),
    R('uric-acid', '7.2', 'mg/dL', '3.5..7.2'),
    R('creatinine', '1.1', 'mg/dL', '0.6..1.3'),
    R('gamma-glutamyl-transferase', '48', 'U/L', '9..50'),
    R('alanine-aminotransferase', '52', 'U/L', '5..40', 'high'),
], "range=the parentheses with padded spaces (a-b inclusive); H/L keyed by meaning, others computed; uric acid 7.2 sits on its inclusive upper bound and is normal; slide names map GLU→glucose, TCHO→total cholesterol, TG→triglycerides, UA→uric acid, CRE→creatinine, GPT/ALT→ALT; sample and time lines are not rows.")

case('US', 'en', 'poc', 'PTS CardioChek PA printout from an employer wellness screening: lipid panel + eGLU, calculated LDL and TC/HDL, no ranges, fasting marker and test lot', r'''
    CardioChek PA
    PTS Diagnostics
    Lipid Panel + eGLU
    03/10/2025   8:12 AM
    Fasting: Y
    CHOL    196 mg/dL
    HDL      52 mg/dL
    TRIG    112 mg/dL
    LDL     122 mg/dL  (calc)
    TC/HDL  3.8
    eGLU     94 mg/dL
    Lot: LP40118
    SN: 5C01227
''', [
    R('total-cholesterol', '196', 'mg/dL', ''),
    R('hdl-cholesterol', '52', 'mg/dL', ''),
    R('triglycerides', '112', 'mg/dL', ''),
    R('ldl-cholesterol', '122', 'mg/dL', ''),
    R('cholesterol-hdl-ratio', '3.8', None, ''),
    R('glucose', '94', 'mg/dL', ''),
], "range=none printed, so every flag is null; eGLU is the meter's glucose; TC/HDL has no unit, so no normalizedValue; '(calc)' is a label; lot and serial lines are not rows.")

case('CA', 'en', 'poc', 'Siemens epoc blood analysis report from a Canadian emergency department: venous BGEM card in SI units, "Measured" and "Calculated" sections, a pO2 without range, H flags, cHgb in g/L', r'''
    epoc(R) Blood Analysis System
    Siemens Healthineers
    Patient ID: 1192038        Sample: Venous
    Test: BGEM    Card lot: 09-24327-00
    11-Mar-2025 02:16
    Measured
    pH       7.38            7.32 - 7.43
    pCO2     46.2  mmHg      41.0 - 51.0
    pO2      38.4  mmHg
    Na+      139   mmol/L    135 - 145
    K+       5.4   mmol/L    3.5 - 5.0     H
    Ca++     1.18  mmol/L    1.15 - 1.33
    Cl-      104   mmol/L    98 - 107
    Glu      6.8   mmol/L    3.6 - 7.7
    Lac      1.4   mmol/L    0.5 - 2.2
    Crea     112   umol/L    62 - 106      H
    Hct      41    %         38 - 50
    Calculated
    cHgb     139   g/L       120 - 170
''', [
    R('ph-arterial', '7.38', None, '7.32..7.43'),
    R('carbon-dioxide-partial-pressure', '46.2', 'mmHg', '41.0..51.0'),
    R('oxygen-partial-pressure', '38.4', 'mmHg', ''),
    R('sodium', '139', 'mmol/L', '135..145'),
    R('potassium', '5.4', 'mmol/L', '3.5..5.0', 'high'),
    R('?Ca++', '1.18', 'mmol/L', '1.15..1.33'),
    R('chloride', '104', 'mmol/L', '98..107'),
    R('glucose', '6.8', 'mmol/L', '3.6..7.7'),
    R('lactate', '1.4', 'mmol/L', '0.5..2.2'),
    R('creatinine', '112', 'umol/L', '62..106', 'high'),
    R('hematocrit', '41', '%', '38..50'),
    R('hemoglobin', '139', 'g/L', '120..170'),
], "range=the range column (a - b inclusive); H keyed high, others computed; pO2 prints no range (flag null); the venous pH is keyed ph-arterial (the catalog's only blood pH key; 'pH Blood' is among its aliases) with no normalizedValue (no unit); ionized Ca++ is a ? row; glucose mmol/L and creatinine umol/L → mg/dL with the keys' molar masses; cHgb g/L ÷10 → g/dL; card lot and date lines are not rows.")

case('FI', 'fi', 'poc', 'Finnish health-centre point-of-care log (vieritestit) in Finnish: Tutkimus / Tulos / Yksikkö / Viitearvot / Laite columns naming the device (QuikRead go, HemoCue, Afinion, glucometer), H/L letters, decimal commas', r'''
    Vieritestit  —  Kallion terveysasema, Helsinki        11.03.2025
    Potilas: 110358-XXXX      Hoitaja: L. Nieminen
    Tutkimus      Tulos    Yksikkö     Viitearvot     Laite               Merkintä
    P-CRP         18       mg/l        < 10           QuikRead go         H
    B-Hb          128      g/l         134 - 167      HemoCue Hb 201+     L
    B-HbA1c       49       mmol/mol    20 - 42        Afinion 2           H
    fB-Gluk       7,4      mmol/l      4,0 - 6,0      Contour Next        H
    Tulokset kirjattu potilastietojärjestelmään (Apotti).
''', [
    R('c-reactive-protein', '18', 'mg/l', '..<10', 'high'),
    R('hemoglobin', '128', 'g/l', '134..167', 'low'),
    R('hemoglobin-a1c', '49', 'mmol/mol', '20..42', 'high'),
    R('glucose', '7.4', 'mmol/l', '4.0..6.0', 'high'),
], "range=Viitearvot ('< b' strict, 'a - b' inclusive, decimal commas); Merkintä H/L keyed by meaning; Hb g/l ÷10 → g/dL; HbA1c in mmol/mol has no normalizedValue; capillary fasting glucose (fB-Gluk) mmol/l → mg/dL; device names and the footer are not rows.")

# ---- no-result poc
case('US', 'en', 'poc', 'Abbott i-STAT 1 Electronic Simulator quality-check printout: simulator ID, PASS lines, no patient result', r'''
    i-STAT
    Electronic Simulator
    Sim ID: 1037825
    Internal Simulator
    PASS
    External Simulator
    PASS
    Op:10424
    11MAR25 06:55
    Serial:371823
    CLEW:A41
    Version:JAMS160B
''', [], "range=none: a quality-check printout with PASS lines, no patient result.")

case('US', 'en', 'poc', 'Abaxis Piccolo Xpress printout with every result suppressed ("~~~") for a hemolyzed sample, ranges still printed, "RERUN" instruction', r'''
    PICCOLO xpress
    Basic Metabolic Panel
    10 Mar 2025        15:22
    Sample Type:     Patient
    Patient ID:        88231
    CA      ~~~   mg/dL   8.0-10.3
    CL-     ~~~   mmol/L  98-108
    CRE     ~~~   mg/dL   0.6-1.2
    GLU     ~~~   mg/dL   73-118
    K+      ~~~   mmol/L  3.6-5.1
    NA+     ~~~   mmol/L  128-145
    QC      OK
    HEM 3+  LIP 0   ICT 0
    RESULTS SUPPRESSED: SAMPLE HEMOLYZED
    RERUN WITH NEW SAMPLE
''', [], "range=none: every value is suppressed (~~~) because the sample is hemolyzed; ranges alone are not results.")

# ---- family hormone: endocrinology, fertility, menopause and TRT layouts
case('US', 'en', 'hormone', 'Massachusetts General Hospital neuroendocrine clinic pituitary panel print: Test / Result / Flag / Units / Reference Range, an age-labelled IGF-1 range, AM cortisol with a collection-time label, ACTH', r'''
    MASSACHUSETTS GENERAL HOSPITAL  —  Neuroendocrine & Pituitary Tumor Clinical Center
    Patient: REDACTED   MRN: 0442-1187   Sex: M   Age: 43   Collected: 03/05/2025 08:10
    Test                         Result     Flag    Units        Reference Range
    Cortisol, AM (8 AM draw)     4.1        L       ug/dL        5.0-25.0
    ACTH                         12                 pg/mL        6-50
    Prolactin                    18.9       H       ng/mL        2.6-13.1
    LH                           1.2        L       mIU/mL       1.7-8.6
    FSH                          1.9                mIU/mL       1.5-12.4
    Testosterone, Total          176        L       ng/dL        264-916
    TSH                          1.02               uIU/mL       0.40-4.00
    Free T4                      0.74       L       ng/dL        0.93-1.70
    IGF-1                        88         L       ng/mL        101-307 (age 41-45)
    Interpretation per Neuroendocrine attending; see clinic note.
''', [
    R('cortisol', '4.1', 'ug/dL', '5.0..25.0', 'low'),
    R('acth', '12', 'pg/mL', '6..50'),
    R('prolactin', '18.9', 'ng/mL', '2.6..13.1', 'high'),
    R('luteinizing-hormone', '1.2', 'mIU/mL', '1.7..8.6', 'low'),
    R('follicle-stimulating-hormone', '1.9', 'mIU/mL', '1.5..12.4'),
    R('testosterone', '176', 'ng/dL', '264..916', 'low'),
    R('thyroid-stimulating-hormone', '1.02', 'uIU/mL', '0.40..4.00'),
    R('free-t4', '0.74', 'ng/dL', '0.93..1.70', 'low'),
    R('somatomedin-c', '88', 'ng/mL', '101..307', 'low'),
], "range=Reference Range column (a-b inclusive; the '(age 41-45)' label dropped); Flag H/L keyed by meaning, empty computed; the '(8 AM draw)' in the name is a label; IGF-1 is somatomedin-c; the interpretation line is not a row.")

case('UK', 'en', 'hormone', 'NHS endocrinology clinic letter to the GP: results in prose with "(a - b)" ranges after each value, SI units, prolactin in mIU/L, plan paragraph with a dose', r'''
    Department of Endocrinology, Royal Victoria Infirmary, Newcastle upon Tyne
    Dear Dr Harper,
    Re: Mr Callum FRASER, DOB 12/08/1981, NHS No. 485 777 3619
    I reviewed Mr Fraser in the andrology clinic on 04/03/2025. His repeat fasting 9 am bloods showed a total
    testosterone of 7.4 nmol/L (8.6 - 29.0) with SHBG 21 nmol/L (18 - 54), LH 1.6 IU/L (1.7 - 8.6) and FSH 2.2 IU/L
    (1.5 - 12.4). Prolactin was 198 mIU/L (86 - 324) and ferritin 264 ug/L (30 - 400), which is reassuring.
    Haemoglobin was 141 g/L (130 - 180).
    Plan: MRI pituitary, then start Testogel 40.5 mg daily if imaging is normal. Recheck testosterone in 3 months.
    Yours sincerely,  Dr A. Mensah, Consultant Endocrinologist
''', [
    R('testosterone', '7.4', 'nmol/L', '8.6..29.0'),
    R('shbg', '21', 'nmol/L', '18..54'),
    R('luteinizing-hormone', '1.6', 'IU/L', '1.7..8.6'),
    R('follicle-stimulating-hormone', '2.2', 'IU/L', '1.5..12.4'),
    R('prolactin', '198', 'mIU/L', '86..324'),
    R('ferritin', '264', 'ug/L', '30..400'),
    R('hemoglobin', '141', 'g/L', '130..180'),
], "range=the '(a - b)' after each value (inclusive); no flag printed, all computed; testosterone nmol/L → ng/dL; IU/L = m[IU]/mL; prolactin in mIU/L has no normalizedValue (IU against a mass unit, sets 21–25); ug/L = ng/mL; Hb g/L ÷10; the dose (40.5 mg), dates and NHS number are not rows.")

case('US', 'en', 'hormone', 'fertility clinic (CCRM) Day 3 ovarian reserve labs in the patient portal: cycle day printed, single follicular-phase ranges labelled, AMH with an age-labelled range, E2 in pg/mL', r'''
    CCRM Fertility — Patient Portal — Lab Results
    Patient: K. Nguyen   DOB: 04/17/1989   Cycle Day: 3   Collected: 03/04/2025 07:30
    Test                   Result      Units        Reference Range
    FSH                    11.8        mIU/mL       3.5-12.5 (follicular phase)
    LH                     5.1         mIU/mL       2.4-12.6 (follicular phase)
    Estradiol              62          pg/mL        12.5-166 (follicular phase)
    AMH                    0.74        ng/mL        1.0-3.5 (age 35-37)            LOW
    Prolactin              14.2        ng/mL        4.8-23.3
    TSH                    2.86        uIU/mL       0.45-2.50 (preconception)      HIGH
    Your nurse coordinator will call you to discuss your results and next steps.
''', [
    R('follicle-stimulating-hormone', '11.8', 'mIU/mL', '3.5..12.5'),
    R('luteinizing-hormone', '5.1', 'mIU/mL', '2.4..12.6'),
    R('estradiol', '62', 'pg/mL', '12.5..166'),
    R('anti-mullerian-hormone', '0.74', 'ng/mL', '1.0..3.5', 'low'),
    R('prolactin', '14.2', 'ng/mL', '4.8..23.3'),
    R('thyroid-stimulating-hormone', '2.86', 'uIU/mL', '0.45..2.50', 'high'),
], "range=the Reference Range column (a-b inclusive); each prints ONE range with a label ('(follicular phase)', '(age 35-37)', '(preconception)'), which is dropped as sets 24–25 drop single labels; LOW/HIGH keyed by meaning, others computed; the cycle-day and nurse lines are not rows.")

case('UK', 'en', 'hormone', 'UK menopause clinic (Newson Health-style) results summary for a woman on HRT: Test / Result / Units / Range with "(postmenopausal)" labels on FSH and LH, oestradiol in pmol/L, female testosterone range, FAI without unit', r'''
    Menopause & Hormone Clinic — Blood test summary
    Name: Mrs L. Okonjo   Age: 54   HRT: estradiol gel 2 pumps + micronised progesterone 100 mg
    Taken: 05/03/2025 (gel applied to the arm not used for the sample)
    Test                    Result     Units       Range
    FSH                     38.2       IU/L        25.8 - 134.8 (postmenopausal)
    LH                      24.6       IU/L        7.7 - 58.5 (postmenopausal)
    Oestradiol              312        pmol/L      250 - 800 (on HRT target)
    Testosterone            0.6        nmol/L      0.3 - 2.4 (female)
    SHBG                    96         nmol/L      18 - 144 (female)
    Free Androgen Index     0.6                    0.3 - 5.6
    Comment: oestradiol within the target range on current dose; no change needed.
''', [
    R('follicle-stimulating-hormone', '38.2', 'IU/L', '25.8..134.8'),
    R('luteinizing-hormone', '24.6', 'IU/L', '7.7..58.5'),
    R('estradiol', '312', 'pmol/L', '250..800'),
    R('testosterone', '0.6', 'nmol/L', '0.3..2.4'),
    R('shbg', '96', 'nmol/L', '18..144'),
    R('?Free Androgen Index', '0.6', None, '0.3..5.6'),
], "range=the Range column (a - b inclusive); one range per test with a label ('(postmenopausal)', '(on HRT target)', '(female)'), dropped; no flag printed, all computed; IU/L = m[IU]/mL; oestradiol pmol/L → pg/mL and testosterone nmol/L → ng/dL with the keys' molar masses; the free androgen index is a ? row (set 21); HRT doses are not rows.")

case('US', 'en', 'hormone', 'TRT clinic monitoring letter with a serial-results table: Baseline / Week 6 / Today columns (oldest left, current right), reference range column at the end, arrows in the current column', r'''
    Apex Men's Health — Testosterone Therapy Monitoring Summary
    Patient: D. Kowalczyk   Protocol: testosterone cypionate 160 mg/wk, anastrozole 0.25 mg 2x/wk
    Marker              Baseline (10/14/24)   Week 6 (12/02/24)   Today (03/06/25)   Reference
    Total T (ng/dL)     241                   1,212               894                264-916
    Free T (pg/mL)      4.9                   33.6                24.8               8.7-25.1
    Estradiol (pg/mL)   14.2                  51.3                29.8               7.6-42.6
    Hematocrit (%)      44.8                  50.9                52.6 ↑             37.5-51.0
    Hemoglobin (g/dL)   15.1                  16.9                17.8 ↑             13.0-17.7
    PSA (ng/mL)         0.61                  0.74                0.79               0.00-4.00
    Summary: testosterone in range; hematocrit above 52 % — donate blood before your next visit.
''', [
    R('testosterone', '894', 'ng/dL', '264..916'),
    R('testosterone-free', '24.8', 'pg/mL', '8.7..25.1'),
    R('estradiol', '29.8', 'pg/mL', '7.6..42.6'),
    R('hematocrit', '52.6', '%', '37.5..51.0', 'high'),
    R('hemoglobin', '17.8', 'g/dL', '13.0..17.7', 'high'),
    R('prostate-specific-antigen', '0.79', 'ng/mL', '0.00..4.00'),
], "range=the Reference column (a-b inclusive); only the 'Today' column (current, rightmost value column) is keyed, Baseline and Week 6 are older results and never rows; the unit is inside the marker name; ↑ keyed high, others computed; doses and the 52 % in the summary are not rows.")

case('US', 'en', 'hormone', 'Cleveland Clinic Laboratories hormone print with sex-specific ranges printed as "Male: a-b  Female: c-d" on the line under each result, patient sex in the header', r'''
    Cleveland Clinic Laboratories — Endocrinology
    Patient: REDACTED   Sex: Male   Age: 61   Collected: 02/26/2025 07:48   Ordering: Center for Men's Health
    DHEA Sulfate                        62 ug/dL        L
       Reference: Male: 88-427   Female: 29-254
    Testosterone, Total (LC/MS/MS)      402 ng/dL
       Reference: Male: 250-1100   Female: 2-45
    Sex Hormone Binding Globulin        71 nmol/L       H
       Reference: Male: 10-50   Female: 20-130
    Estradiol                           21 pg/mL
       Reference: Male: 10-40   Female: see cycle table
    Prolactin                           9.8 ng/mL
       Reference: Male: 2.1-17.7   Female: 2.8-29.2
''', [
    R('dhea-sulfate', '62', 'ug/dL', '88..427', 'low'),
    R('testosterone', '402', 'ng/dL', '250..1100'),
    R('shbg', '71', 'nmol/L', '10..50', 'high'),
    R('estradiol', '21', 'pg/mL', '10..40'),
    R('prolactin', '9.8', 'ng/mL', '2.1..17.7'),
], "range=the 'Male:' part of each Reference line, since the header says Sex: Male (a-b inclusive, as set 25 keyed the printed sex); H/L keyed by meaning, others computed; the Female ranges and '(LC/MS/MS)' are not part of the key.")

case('AU', 'en', 'hormone', 'Melbourne Pathology report to a menopause clinic in SI units: bracketed ranges labelled "Post-menopausal", progesterone in nmol/L, H/L after the value', r'''
    MELBOURNE PATHOLOGY    Requested by: Dr F. Wallace, Melbourne Menopause Centre
    Patient: JANE T.   Sex: F   DOB: 22/07/1969   Collected: 04/03/2025 09:15   Lab No: 25-61874402
    FEMALE HORMONES
    FSH                    61      IU/L        (Post-menopausal: 23-116)
    LH                     33      IU/L        (Post-menopausal: 15-64)
    Oestradiol             84      pmol/L      (Post-menopausal: <110)
    Progesterone           <0.5    nmol/L      (Post-menopausal: <1.0)
    Testosterone           0.4     nmol/L      (Post-menopausal: 0.2-1.7)
    SHBG                   118 H   nmol/L      (Post-menopausal: 20-110)
    Comment: Results are consistent with a post-menopausal state.
''', [
    R('follicle-stimulating-hormone', '61', 'IU/L', '23..116'),
    R('luteinizing-hormone', '33', 'IU/L', '15..64'),
    R('estradiol', '84', 'pmol/L', '..<110'),
    R('progesterone', '0.5', 'nmol/L', '..<1.0', 'normal', vt='<0.5'),
    R('testosterone', '0.4', 'nmol/L', '0.2..1.7'),
    R('shbg', '118', 'nmol/L', '20..110', 'high'),
], "range=the bracketed 'Post-menopausal:' range, the only one printed ('a-b' inclusive, '<b' strict); H keyed high, others computed; progesterone '<0.5' is censored, normal under '<1.0', normalized on its bound; oestradiol pmol/L → pg/mL, progesterone nmol/L → ng/mL, testosterone nmol/L → ng/dL with the keys' molar masses; IU/L = m[IU]/mL; the comment is not a row.")

case('DE', 'de', 'hormone', 'German endocrinology practice (Endokrinologikum-style) Hormonstatus in German: Parameter / Ergebnis / Einheit / Referenzbereich with "Männer:" labels, decimal commas, DHEA-S in µmol/l, testosterone in nmol/l, "+" flags', r'''
    ENDOKRINOLOGIKUM Hamburg  —  Labor für Endokrinologie
    Patient: M. Schulz   Geschlecht: männlich   Alter: 58 J.   Entnahme: 05.03.2025 08:20
    Parameter                 Ergebnis    Einheit     Referenzbereich
    Testosteron               9,1         nmol/l      Männer: 8,6 - 29,0
    Freies Testosteron        58          pg/ml       Männer: 46 - 224
    SHBG                      49          nmol/l      Männer: 18,3 - 54,1
    Östradiol                 28          pg/ml       Männer: 11 - 44
    DHEA-S                    2,1         µmol/l      Männer: 2,4 - 11,6       -
    IGF-1                     142         ng/ml       Männer 56-60 J.: 65 - 235
    LH                        7,9         IU/l        Männer: 1,7 - 8,6
    FSH                       14,8        IU/l        Männer: 1,5 - 12,4       +
    Legende: + oberhalb, - unterhalb des Referenzbereichs
''', [
    R('testosterone', '9.1', 'nmol/l', '8.6..29.0'),
    R('testosterone-free', '58', 'pg/ml', '46..224'),
    R('shbg', '49', 'nmol/l', '18.3..54.1'),
    R('estradiol', '28', 'pg/ml', '11..44'),
    R('dhea-sulfate', '2.1', 'µmol/l', '2.4..11.6', 'low'),
    R('somatomedin-c', '142', 'ng/ml', '65..235'),
    R('luteinizing-hormone', '7.9', 'IU/l', '1.7..8.6'),
    R('follicle-stimulating-hormone', '14.8', 'IU/l', '1.5..12.4', 'high'),
], "range=Referenzbereich after the 'Männer:' label (a - b inclusive, decimal commas; the age label on IGF-1 dropped); '+'/'-' keyed by the printed legend (oberhalb = above, unterhalb = below), others computed; testosterone nmol/l → ng/dL and DHEA-S µmol/l → ug/dL with the keys' molar masses; IU/l = m[IU]/mL; the legend is not a row.")

case('UK', 'en', 'hormone', 'Royal Free London thyroid clinic results print: TSH, free T4/T3 in pmol/L, TPO and thyroglobulin antibodies in IU/mL, thyroglobulin in ug/L, flag letter after the bracketed range', r'''
    Royal Free London NHS Foundation Trust — Clinical Biochemistry
    Patient: REDACTED   Sex: F   Age: 33   Location: Thyroid Clinic   Received: 03/03/2025 10:41
    TSH                          0.02 mIU/L      [0.27 - 4.20]     L
    Free T4                      26.8 pmol/L     [12.0 - 22.0]     H
    Free T3                      9.4 pmol/L      [3.1 - 6.8]       H
    Thyroid peroxidase Ab        412 IU/mL       [0 - 34]          H
    Thyroglobulin Ab             <10 IU/mL       [0 - 115]
    Thyroglobulin                41.2 ug/L       [3.5 - 77.0]
    TSH receptor Ab              6.8 IU/L        [0.0 - 1.75]      H
    Comment: Biochemical hyperthyroidism with positive TRAb, consistent with Graves' disease.
''', [
    R('thyroid-stimulating-hormone', '0.02', 'mIU/L', '0.27..4.20', 'low'),
    R('free-t4', '26.8', 'pmol/L', '12.0..22.0', 'high'),
    R('free-t3', '9.4', 'pmol/L', '3.1..6.8', 'high'),
    R('thyroid-peroxidase-antibody', '412', 'IU/mL', '0..34', 'high'),
    R('thyroglobulin-antibody', '10', 'IU/mL', '0..115', 'normal', vt='<10'),
    R('thyroglobulin', '41.2', 'ug/L', '3.5..77.0'),
    R('?TSH receptor Ab', '6.8', 'IU/L', '0.0..1.75', 'high'),
], "range=the square brackets (a - b inclusive); H/L after the bracket keyed by meaning, empty computed; free T4/T3 pmol/L → catalog mass units; TPO antibody in IU/mL has no normalizedValue (catalog U/mL), thyroglobulin antibody '<10' in IU/mL is censored, normal and normalized on its bound; ug/L = ng/mL; TRAb is a ? row (set 23); the comment is not a row.")

case('US', 'en', 'hormone', 'urology clinic PSA monitoring print for a man on TRT: total PSA, free PSA and % free PSA with an interpretation table, testosterone and hematocrit, and a PSA history line never keyed', r'''
    Northwestern Medicine Urology — Prostate Health Monitoring
    Patient: REDACTED   Age: 63   On testosterone therapy since 2021   Collected: 03/04/2025
    Test                         Result     Units     Reference         Flag
    PSA, Total                   3.41       ng/mL     0.00-4.00
    PSA, Free                    0.48       ng/mL     No range
    PSA, % Free                  14         %         >25               L
    Testosterone, Total          587        ng/dL     264-916
    Hematocrit                   49.9       %         38.5-50.0
    % Free PSA interpretation (total PSA 4-10): <10% high probability; 10-25% intermediate; >25% low probability.
    PSA history: 03/2023 2.10  ·  03/2024 2.86  ·  03/2025 3.41 (velocity 0.55 ng/mL/yr)
''', [
    R('prostate-specific-antigen', '3.41', 'ng/mL', '0.00..4.00'),
    R('prostate-specific-antigen-free', '0.48', 'ng/mL', 'text'),
    R('prostate-specific-antigen-free-percent', '14', '%', '>25..', 'low'),
    R('testosterone', '587', 'ng/dL', '264..916'),
    R('hematocrit', '49.9', '%', '38.5..50.0'),
], "range=the Reference column ('a-b' inclusive, '>a' strict); 'No range' is a text range (flag null); L keyed low, others computed; the interpretation tiers and the PSA history line (older values and a velocity) are not rows.")

case('UK', 'en', 'hormone', 'UK hospital biochemistry print with a macroprolactin screen: total prolactin in mIU/L with H, a post-PEG monomeric prolactin row, TSH and free T4, and an interpretive comment', r'''
    Leeds Teaching Hospitals — Blood Sciences
    Patient: REDACTED   Sex: F   Age: 29   Source: Endocrine Clinic   Received: 06/03/2025
    Prolactin                          1240 mIU/L     (102 - 496)     H
    Monomeric prolactin (post-PEG)     198 mIU/L      (75 - 381)
    TSH                                1.64 mIU/L     (0.27 - 4.20)
    Free T4                            14.9 pmol/L    (12.0 - 22.0)
    Comment: The raised prolactin is largely due to macroprolactin. Monomeric prolactin is within its reference range.
''', [
    R('prolactin', '1240', 'mIU/L', '102..496', 'high'),
    R('?Monomeric prolactin (post-PEG)', '198', 'mIU/L', '75..381'),
    R('thyroid-stimulating-hormone', '1.64', 'mIU/L', '0.27..4.20'),
    R('free-t4', '14.9', 'pmol/L', '12.0..22.0'),
], "range=the parentheses (a - b inclusive); H keyed high, others computed; total prolactin in mIU/L has no normalizedValue (IU against a mass unit); post-PEG monomeric prolactin is a separate measurement, not the catalog's prolactin, so a ? row; free T4 pmol/L → ng/dL; the comment is not a row.")

case('AU', 'en', 'hormone', 'Australian paediatric/adult growth clinic report (Sullivan Nicolaides) in SI units: IGF-1 in nmol/L with an age-labelled range, IGFBP-3 in mg/L, growth hormone in ug/L, glucose in mmol/L from an OGTT baseline', r'''
    SULLIVAN NICOLAIDES PATHOLOGY    Requested by: Endocrinology Outpatients, Royal Brisbane
    Patient: REDACTED   Sex: M   Age: 47   Collected: 03/03/2025 08:30   Lab No: 25-4471120
    GROWTH AXIS
    IGF-1              61.2 nmol/L      H    (Age 45-49: 11.3-35.1)
    IGFBP-3            5.6 mg/L              (3.4-7.0)
    Growth hormone     4.8 ug/L              (<5.0)
    Glucose (fasting)  6.4 mmol/L       H    (3.0-5.4)
    Comment: Elevated IGF-1 for age. Suggest GH suppression test (OGTT) if clinically indicated.
''', [
    R('somatomedin-c', '61.2', 'nmol/L', '11.3..35.1', 'high'),
    R('igfbp-3', '5.6', 'mg/L', '3.4..7.0'),
    R('growth-hormone', '4.8', 'ug/L', '..<5.0'),
    R('glucose', '6.4', 'mmol/L', '3.0..5.4', 'high'),
], "range=the parentheses ('a-b' inclusive, '<b' strict; the 'Age 45-49:' label dropped); H keyed high, others computed; IGF-1 nmol/L → ng/mL with the catalog molar mass 7649; ug/L = ng/mL; glucose mmol/L → mg/dL; the comment is not a row.")

case('US', 'en', 'hormone', 'PCOS work-up from a reproductive endocrinology clinic (Quest via the clinic portal): androgens and adrenal steroids with single "Adult female" ranges, LC/MS/MS labels, free testosterone in pg/mL, AMH', r'''
    Shady Grove Fertility — Lab Results (performed by Quest Diagnostics Nichols Institute)
    Patient: S. Ramirez   Sex: F   Age: 27   Collected: 02/28/2025 08:02 (cycle day 4)
    Test                                   Result     Flag    Reference Range (adult female)    Units
    Testosterone, Total, LC/MS/MS          71         H       2-45                              ng/dL
    Testosterone, Free                     8.9        H       0.1-6.4                           pg/mL
    SHBG                                   14         L       17-124                            nmol/L
    DHEA Sulfate                           356        H       19-237                            mcg/dL
    Androstenedione, LC/MS/MS              284        H       41-262                            ng/dL
    17-Hydroxyprogesterone, LC/MS/MS       68                 < 285 (follicular)                ng/dL
    Anti-Mullerian Hormone                 9.6        H       0.9-9.5                           ng/mL
''', [
    R('testosterone', '71', 'ng/dL', '2..45', 'high'),
    R('testosterone-free', '8.9', 'pg/mL', '0.1..6.4', 'high'),
    R('shbg', '14', 'nmol/L', '17..124', 'low'),
    R('dhea-sulfate', '356', 'mcg/dL', '19..237', 'high'),
    R('androstenedione', '284', 'ng/dL', '41..262', 'high'),
    R('17-hydroxyprogesterone', '68', 'ng/dL', '..<285'),
    R('anti-mullerian-hormone', '9.6', 'ng/mL', '0.9..9.5', 'high'),
], "range=the Reference Range column, one adult-female range per test (a-b inclusive, '< b' strict; the '(follicular)' label dropped); printed H/L keyed by meaning, the empty flag computed; mcg/dL = ug/dL; the cycle-day label is not a row.")

case('UK', 'en', 'hormone', 'UK fertility clinic (CREATE-style) ovarian reserve letter: AMH in pmol/L with an age band table, day-3 FSH and oestradiol in SI, antral follicle count line (not a lab result)', r'''
    CREATE Fertility — Your fertility MOT results
    Patient: Ms H. Patel   Age: 36   Blood taken: day 2 of cycle, 04/03/2025
    AMH (anti-Müllerian hormone)    8.4 pmol/L     Reference for age 35-39: 5.0 - 28.6 pmol/L
    FSH (day 2-5)                   9.2 IU/L       Reference: 3.5 - 12.5 IU/L (early follicular)
    Oestradiol (day 2-5)            168 pmol/L     Reference: 98 - 571 pmol/L (early follicular)
    Scan: antral follicle count 9 (right 5, left 4).
    Your consultant will discuss what these results mean for your treatment options.
''', [
    R('anti-mullerian-hormone', '8.4', 'pmol/L', '5.0..28.6'),
    R('follicle-stimulating-hormone', '9.2', 'IU/L', '3.5..12.5'),
    R('estradiol', '168', 'pmol/L', '98..571'),
], "range=the 'Reference ... a - b unit' text, one range per test (inclusive; age and phase labels dropped); no flag printed, all computed; AMH pmol/L → ng/mL with the catalog molar mass 140000; oestradiol pmol/L → pg/mL; IU/L = m[IU]/mL; the scan line (follicle counts) is not a lab result and not a row.")

# ---- no-result hormone
case('US', 'en', 'hormone', 'TRT clinic dose-adjustment letter without lab values: dose change, injection schedule, next lab date', r'''
    Apex Men's Health — Protocol Update
    Dear Mr. Kowalczyk,
    Based on your recent labs and your conversation with Dr. Liang, your protocol changes as follows:
    Testosterone cypionate: 160 mg/week → 140 mg/week, split into two injections (70 mg Monday and Thursday).
    Anastrozole: stop.
    Please schedule a blood donation within 2 weeks and repeat labs (CBC, total and free T, estradiol) in 6 weeks,
    at trough (the morning of your Monday injection, before injecting).
''', [], "range=none: a protocol letter with doses and schedule, no lab value.")

case('UK', 'en', 'hormone', 'fertility clinic instruction sheet for day-2 hormone bloods: which tests, when to book, how to report cycle day 1, clinic phone number, no result', r'''
    CREATE Fertility — Day 2 blood test instructions
    Tests: AMH, FSH, LH, oestradiol, prolactin, TSH.
    Call us on the first day of full bleeding (cycle day 1) before 12 noon on 020 7 *** ****.
    We will book your blood test for day 2 to 5 of your cycle. You do not need to fast.
    AMH can be taken on any day of the cycle; the others must be taken on days 2-5.
    Results are usually ready in 2 working days and will be discussed at your follow-up consultation.
''', [], "range=none: an instruction sheet listing tests and days, no result.")

# ---- family messy: damaged, merged, wrapped and mixed text
case('US', 'en', 'messy', 'Tesseract OCR of a crumpled Quest page photographed on a table: fold shadows read as stray characters (~ , ; \' |), split words ("Ferrit in", "Vitarnin"), uneven spacing, values and ranges intact', r'''
    Quest Diagnost ics  ~  Patient Report    Spec #: 4471 82O3
    Test Name              In Range     Out Of Range      Reference Range      Lab
    ' FERRIT IN                           412 H            38-380 ng/mL         SJC
    IRON, TOTAL           ;  96                            50-180 mcg/dL        SJC
    , VITARNIN D,25-OH,TOTAL  41                           30-100 ng/mL         SJC
    VITAMIN B12            | 588                           200-1100 pg/mL       SJC
    HEMOGLOBIN A1c         5.4                             <5.7 % of total Hgb   SJC
    INSULIN                 ~    27.9 H                    <=18.4 uIU/mL        SJC
    GLUCOSE                 99                             65-99 mg/dL          SJC
      ~ ~   ,,  '  For additional information, please refer to http://educati0n.questdiagnostics.com
''', [
    R('ferritin', '412', 'ng/mL', '38..380', 'high'),
    R('iron', '96', 'mcg/dL', '50..180'),
    R('vitamin-d', '41', 'ng/mL', '30..100'),
    R('vitamin-b12', '588', 'pg/mL', '200..1100'),
    R('hemoglobin-a1c', '5.4', '%', '..<5.7'),
    R('insulin', '27.9', 'uIU/mL', '..18.4', 'high'),
    R('glucose', '99', 'mg/dL', '65..99'),
], "range=Reference Range column ('a-b' and '<=b' inclusive, '<b' strict; units after the range); H in the Out Of Range column is high, others computed; glucose 99 sits on its inclusive upper bound and is normal; stray OCR marks (' ; , | ~) and split words are noise; the Lab column and footer are not rows.")

case('UK', 'en', 'messy', 'OCR of a skewed scan of a UK renal/liver print: the skew makes each line end with the first half of the bracketed range and the next line start with its second half before the next test', r'''
    BUPA Cromwell Hospital - Pathology                 Lab No. CR25-118420
    Sodium             139   mmol/L   (133 -
    146)  Potassium    5.6   mmol/L   (3.5 -
    5.3) H  Urea       8.9   mmol/L   (2.5 -
    7.8) H  Creatinine 118   umol/L   (59 -
    104) H  eGFR       58    mL/min/1.73m2 (>
    60) L  ALT         31    U/L      (0 -
    41)   GGT          64    U/L      (0 -
    60) H
    Reported by: Dr P. Osei, Consultant Chemical Pathologist
''', [
    R('sodium', '139', 'mmol/L', '133..146'),
    R('potassium', '5.6', 'mmol/L', '3.5..5.3', 'high'),
    R('urea', '8.9', 'mmol/L', '2.5..7.8', 'high'),
    R('creatinine', '118', 'umol/L', '59..104', 'high'),
    R('egfr', '58', 'mL/min/1.73m2', '>60..', 'low'),
    R('alanine-aminotransferase', '31', 'U/L', '0..41'),
    R('gamma-glutamyl-transferase', '64', 'U/L', '0..60', 'high'),
], "range=each bracket opens at the end of a test's line and closes at the start of the next line ('(a - b)' inclusive, '(> a)' strict); the H/L after the closing bracket belongs to the test whose range it closes; urea and creatinine → mg/dL with the keys' molar masses; the reporter line is not a row.")

case('AU', 'en', 'messy', 'two-column pathology page (haematology left, biochemistry right) extracted line by line with the columns merged into one line and single spaces between them', r'''
    QML PATHOLOGY Patient: REDACTED DOB: 14/11/1970 Collected: 05/03/2025 Lab No: 25-77120448
    HAEMATOLOGY BIOCHEMISTRY
    Haemoglobin 151 g/L (130-180) Sodium 140 mmol/L (135-145)
    White cell count 5.2 x10^9/L (4.0-11.0) Potassium 4.8 mmol/L (3.5-5.2)
    Platelets 139 x10^9/L (150-400) L Urea 6.6 mmol/L (3.0-8.0)
    Neutrophils 2.9 x10^9/L (2.0-7.5) Creatinine 101 umol/L (60-110)
    Lymphocytes 1.6 x10^9/L (1.0-4.0) eGFR 74 mL/min/1.73m2 (>59)
    Ferritin 612 ug/L (30-500) H Urate 0.46 mmol/L (0.20-0.42) H
''', [
    R('hemoglobin', '151', 'g/L', '130..180'),
    R('white-blood-cell-count', '5.2', 'x10^9/L', '4.0..11.0'),
    R('platelet-count', '139', 'x10^9/L', '150..400', 'low'),
    R('neutrophils-absolute', '2.9', 'x10^9/L', '2.0..7.5'),
    R('lymphocytes-absolute', '1.6', 'x10^9/L', '1.0..4.0'),
    R('ferritin', '612', 'ug/L', '30..500', 'high'),
    R('sodium', '140', 'mmol/L', '135..145'),
    R('potassium', '4.8', 'mmol/L', '3.5..5.2'),
    R('urea', '6.6', 'mmol/L', '3.0..8.0'),
    R('creatinine', '101', 'umol/L', '60..110'),
    R('egfr', '74', 'mL/min/1.73m2', '>59..'),
    R('uric-acid', '0.46', 'mmol/L', '0.20..0.42', 'high'),
], "range=the parentheses after each value ('(a-b)' inclusive, '(>a)' strict); the left column's tests are keyed first, then the right column's (set 25's convention for side-by-side tables); H/L after a bracket belongs to the test before it; absolute-only differential in x10^9/L uses the -absolute keys; Hb g/L ÷10; urea, creatinine and urate → mg/dL with the keys' molar masses.")

case('UK', 'en', 'messy', 'Word table pasted into a plain-text e-mail: " | " between cells, long names and ranges wrapped inside their cells onto continuation lines, a merged title row', r'''
    From: Practice Manager <admin@harleyhealth.example>
    Subject: Your blood results (copied from the lab PDF)
    | Test                      | Result | Units  | Reference range          |
    | Total cholesterol         | 6.4    | mmol/L | < 5.0                    |
    | Low density lipoprotein   | 4.3    | mmol/L | < 3.0                    |
    |   cholesterol (calculated)|        |        |                          |
    | HDL cholesterol           | 1.52   | mmol/L | > 1.0 (male)             |
    | Triglycerides             | 1.26   | mmol/L | < 1.7                    |
    | Apolipoprotein B          | 1.21   | g/L    | 0.55 - 1.20 (optimal     |
    |                           |        |        |   < 0.90)                |
    | Lipoprotein (a)           | 146    | nmol/L | < 75 (above 125: high    |
    |                           |        |        |   risk)                  |
    | High-sensitivity CRP      | 0.8    | mg/L   | < 1.0                    |
    Kind regards, Harley Health reception
''', [
    R('total-cholesterol', '6.4', 'mmol/L', '..<5.0'),
    R('ldl-cholesterol', '4.3', 'mmol/L', '..<3.0'),
    R('hdl-cholesterol', '1.52', 'mmol/L', '>1.0..'),
    R('triglycerides', '1.26', 'mmol/L', '..<1.7'),
    R('apolipoprotein-b', '1.21', 'g/L', '0.55..1.20'),
    R('lipoprotein-a', '146', 'nmol/L', '..<75'),
    R('hs-crp', '0.8', 'mg/L', '..<1.0'),
], "range=the first range in the Reference range cell ('< b'/'> a' strict, 'a - b' inclusive); the wrapped continuation text ('cholesterol (calculated)', '(optimal < 0.90)', '(above 125: high risk)') is part of the cell above and not a range or a row; labels dropped; no flag printed, all computed; lipids mmol/L → mg/dL, ApoB g/L ×100.")

case('US', 'en', 'messy', 'Excel lab tracker copied and pasted into a web form that turned every tab into a single space: header "Test Result Unit Low High Flag", multi-word test names, separate low/high bounds, an empty Low', r'''
    Longevity Clinic intake form — "Paste your most recent labs here":
    Test Result Unit Low High Flag
    Fasting Insulin 6.2 uIU/mL 2.6 24.9
    Fasting Glucose 88 mg/dL 65 99
    Hemoglobin A1c 5.2 % 4.8 5.6
    ApoB 104 mg/dL  90 H
    Lp(a) 18 nmol/L  75
    hs-CRP <0.3 mg/L  3.0
    Homocysteine 12.8 umol/L 5.0 15.0
    Ferritin 244 ng/mL 30 400
    Vitamin D 25-OH 58 ng/mL 30 100
    GGT 19 U/L 3 70
''', [
    R('insulin', '6.2', 'uIU/mL', '2.6..24.9'),
    R('glucose', '88', 'mg/dL', '65..99'),
    R('hemoglobin-a1c', '5.2', '%', '4.8..5.6'),
    R('apolipoprotein-b', '104', 'mg/dL', '..90', 'high'),
    R('lipoprotein-a', '18', 'nmol/L', '..75'),
    R('hs-crp', '0.3', 'mg/L', '..3.0', 'normal', vt='<0.3'),
    R('homocysteine', '12.8', 'umol/L', '5.0..15.0'),
    R('ferritin', '244', 'ng/mL', '30..400'),
    R('vitamin-d', '58', 'ng/mL', '30..100'),
    R('gamma-glutamyl-transferase', '19', 'U/L', '3..70'),
], "range=the Low and High fields after the unit, inclusive bound columns as in sets 22 and 25 (an empty Low, seen as a double space, gives '..b'); H from the Flag field, empty computed; hs-CRP '<0.3' is censored, normal, normalized on its bound; the form prompt and header are not rows.")

case('US', 'en', 'messy', 'pdftotext of a two-page hospital report where the page break falls between a test name (last line of page 1) and its result line (first line after the repeated page-2 banner), plus a repeated column header', r'''
    OhioHealth Laboratory Services           Patient: REDACTED   MRN: 7720431   Page 1 of 2
    Test                               Result    Flag   Units       Reference
    TSH                                3.11             uIU/mL      0.35-4.94
    FREE T4                            1.02             ng/dL       0.70-1.48
    VITAMIN D, 25-HYDROXY              27.4      L      ng/mL       30.0-100.0
    HEMOGLOBIN A1C
    ---------------------------------------------------------------- continued on next page
    OhioHealth Laboratory Services           Patient: REDACTED   MRN: 7720431   Page 2 of 2
    Test                               Result    Flag   Units       Reference
                                       6.3       H      %           4.0-5.6
    ESTIMATED AVERAGE GLUCOSE          134              mg/dL
    LIPID PANEL
      CHOLESTEROL                      188              mg/dL       <200
      TRIGLYCERIDES                    201       H      mg/dL       <150
      HDL                              42               mg/dL       >40
    End of report
''', [
    R('thyroid-stimulating-hormone', '3.11', 'uIU/mL', '0.35..4.94'),
    R('free-t4', '1.02', 'ng/dL', '0.70..1.48'),
    R('vitamin-d', '27.4', 'ng/mL', '30.0..100.0', 'low'),
    R('hemoglobin-a1c', '6.3', '%', '4.0..5.6', 'high'),
    R('estimated-average-glucose', '134', 'mg/dL', ''),
    R('total-cholesterol', '188', 'mg/dL', '..<200'),
    R('triglycerides', '201', 'mg/dL', '..<150', 'high'),
    R('hdl-cholesterol', '42', 'mg/dL', '>40..'),
], "range=Reference column ('a-b' inclusive, '<b'/'>a' strict); the HbA1c name ends page 1 and its value line opens page 2 after the repeated banner and header, so the first value on page 2 belongs to it; eAG prints no range (flag null); H/L keyed by meaning, others computed; banners, 'continued' and 'End of report' are not rows.")

case('PH', 'en', 'messy', 'The Medical City (Manila) clinical chemistry printing each result twice, SI result and SI range first, then the conventional result and range on the same line after a bar', r'''
    THE MEDICAL CITY  —  Department of Pathology and Laboratory Medicine
    Name: DELA CRUZ, RAMON   Age/Sex: 52/M   Ward/Room: OPD   Date: 03/07/2025
    TEST                RESULT (SI)   REFERENCE (SI)      |  RESULT (CONV)   REFERENCE (CONV)
    FBS                 5.2 mmol/L    4.1 - 5.9           |  93.7 mg/dL      74 - 106
    Cholesterol         6.21 mmol/L   < 5.20        H     |  240 mg/dL       < 200         H
    Triglycerides       1.92 mmol/L   < 1.70        H     |  170 mg/dL       < 150         H
    HDL                 0.98 mmol/L   > 1.04        L     |  37.9 mg/dL      > 40          L
    LDL                 4.30 mmol/L   < 3.36        H     |  166 mg/dL       < 130         H
    Creatinine          97 umol/L     53 - 115            |  1.10 mg/dL      0.60 - 1.30
    Uric Acid           452 umol/L    208 - 428     H     |  7.6 mg/dL       3.5 - 7.2     H
    Verified by: Maria Santos, RMT   Pathologist: Jose Reyes, MD, FPSP
''', [
    R('glucose', '5.2', 'mmol/L', '4.1..5.9'),
    R('total-cholesterol', '6.21', 'mmol/L', '..<5.20', 'high'),
    R('triglycerides', '1.92', 'mmol/L', '..<1.70', 'high'),
    R('hdl-cholesterol', '0.98', 'mmol/L', '>1.04..', 'low'),
    R('ldl-cholesterol', '4.30', 'mmol/L', '..<3.36', 'high'),
    R('creatinine', '97', 'umol/L', '53..115'),
    R('uric-acid', '452', 'umol/L', '208..428', 'high'),
], "range=the FIRST printed result and range of each line (here the SI pair), as set 22 keyed the first of a dual-unit print; the conventional pair after the bar is the same result and not a row; flags agree in both units on every line; SI values → mg/dL with the keys' molar masses ('a - b' inclusive, '< b'/'> a' strict).")

case('FR', 'fr', 'messy', 'French lipid and glucose report in two units: the g/L value first with the mmol/L value in brackets after it, ranges printed in g/L only, "*" on out-of-range values with the legend "* : valeur hors normes"', r'''
    LABORATOIRE CERBALLIANCE — Site de Nantes
    Patient : M. LEROY Antoine   Né le 21/05/1966   Prélèvement du 06/03/2025 à 07h45
    BIOCHIMIE SANGUINE                                     Valeurs de référence
    Glycémie à jeun ............ 1,08 g/L  (6,00 mmol/L)     0,70 à 1,10
    Cholestérol total .......... 2,34 g/L  (6,05 mmol/L)  *  < 2,00
    Cholestérol HDL ............ 0,52 g/L  (1,34 mmol/L)     > 0,40
    Cholestérol LDL (calculé) .. 1,58 g/L  (4,08 mmol/L)  *  < 1,30
    Triglycérides .............. 1,22 g/L  (1,38 mmol/L)     < 1,50
    Apolipoprotéine B .......... 1,14 g/L                 *  0,55 à 1,10
    * : valeur hors normes
''', [
    R('glucose', '1.08', 'g/L', '0.70..1.10'),
    R('total-cholesterol', '2.34', 'g/L', '..<2.00', 'abnormal'),
    R('hdl-cholesterol', '0.52', 'g/L', '>0.40..'),
    R('ldl-cholesterol', '1.58', 'g/L', '..<1.30', 'abnormal'),
    R('triglycerides', '1.22', 'g/L', '..<1.50'),
    R('apolipoprotein-b', '1.14', 'g/L', '0.55..1.10', 'abnormal'),
], "range=the Valeurs de référence column, in g/L ('a à b' inclusive, '< b'/'> a' strict, decimal commas); the first printed value (g/L) is keyed and the bracketed mmol/L repeat is not a row (set 22's dual-unit rule); '*' with the direction-free legend 'hors normes' is abnormal; g/L ×100 → mg/dL.")

case('US', 'en', 'messy', 'forwarded e-mail with ">" quote markers and hard wraps at 72 characters that split a result from its unit and range across lines, plus a signature and disclaimer', r'''
    ---------- Forwarded message ---------
    From: Dr. Rachel Kim <rkim@concierge-md.example>
    Date: Fri, Mar 7, 2025 at 4:12 PM
    Subject: Re: labs
    > Hi Tom, your labs from Tuesday came back. Lipid panel: Chol 242 mg/dL
    > (ref <200), LDL 158 mg/dL (ref <100), HDL 49 mg/dL (ref >39), Trig 176
    > mg/dL (ref <150). ApoB 118 mg/dL (ref <90) and Lp(a) 32 nmol/L (ref
    > <75). Your hs-CRP was 0.6 mg/L (ref <1.0) and fasting insulin 8.1
    > uIU/mL (ref 2.6-24.9). Let's talk about a statin at your visit.
    > Rachel Kim, MD | Concierge MD of Austin | This message may contain PHI.
''', [
    R('total-cholesterol', '242', 'mg/dL', '..<200'),
    R('ldl-cholesterol', '158', 'mg/dL', '..<100'),
    R('hdl-cholesterol', '49', 'mg/dL', '>39..'),
    R('triglycerides', '176', 'mg/dL', '..<150'),
    R('apolipoprotein-b', '118', 'mg/dL', '..<90'),
    R('lipoprotein-a', '32', 'nmol/L', '..<75'),
    R('hs-crp', '0.6', 'mg/L', '..<1.0'),
    R('insulin', '8.1', 'uIU/mL', '2.6..24.9'),
], "range=the '(ref ...)' text ('<b'/'>a' strict, 'a-b' inclusive), even where the wrap puts the unit or the range on the next quoted line; no flag printed, all computed; forward header, greeting and signature are not rows.")

case('US', 'en', 'messy', 'AI chat assistant\'s transcription of a photographed lab page, pasted back by the patient: Markdown bullets with bold names, value and unit, "ref" ranges, the assistant\'s own commentary around the list', r'''
    Sure! Here's a clean transcription of the lab report in your photo:
    **Comprehensive Metabolic Panel (collected 03/03/2025)**
    - **Glucose:** 91 mg/dL (ref 65–99)
    - **Creatinine:** 1.21 mg/dL (ref 0.76–1.27)
    - **eGFR:** 71 mL/min/1.73m2 (ref >59)
    - **Cystatin C:** 1.09 mg/L (ref 0.61–0.95) — flagged **High**
    - **ALT:** 44 U/L (ref 0–44)
    - **Albumin:** 4.6 g/dL (ref 3.8–4.9)
    - **Uric Acid:** 6.8 mg/dL (ref 3.8–8.4)
    Most values are within range. The cystatin C is slightly elevated, which may be worth discussing with your doctor.
    Let me know if you'd like me to put these into a table!
''', [
    R('glucose', '91', 'mg/dL', '65..99'),
    R('creatinine', '1.21', 'mg/dL', '0.76..1.27'),
    R('egfr', '71', 'mL/min/1.73m2', '>59..'),
    R('cystatin-c', '1.09', 'mg/L', '0.61..0.95', 'high'),
    R('alanine-aminotransferase', '44', 'U/L', '0..44'),
    R('albumin', '4.6', 'g/dL', '3.8..4.9'),
    R('uric-acid', '6.8', 'mg/dL', '3.8..8.4'),
], "range=the '(ref ...)' text (en-dash 'a–b' inclusive, '>a' strict); 'flagged High' is high, others computed; ALT 44 sits on its inclusive upper bound and is normal; the assistant's commentary is not a row.")

case('US', 'en', 'messy', 'OCR of an old dot-matrix hospital printout (Meditech-era): all capitals, asterisk borders, O/0 swaps in names ("CH0LESTER0L", "G0T"), HI/LO flags, ranges with a space before the dash', r'''
    ****************************************************************
    *  MERCY REGIONAL MEDICAL CENTER   LAB  (PRINTED 03/10/25 0612)  *
    ****************************************************************
    PT: REDACTED          ACCT: 40018827   LOC: 3N-314   DR: PATEL,R
    TEST          RESULT  FLAG   REF RANGE      UNITS
    GLUC0SE          142   HI    70 -110         MG/DL
    BUN               31   HI     7 - 20         MG/DL
    CREAT           1.62   HI   0.70 -1.30       MG/DL
    S0DIUM           134   LO   136 -145         MMOL/L
    P0TASSIUM        4.9         3.5 -5.1        MMOL/L
    CH0LESTER0L      162         0 -199          MG/DL
    MAGNESIUM        1.6   LO   1.8 -2.4         MG/DL
    ----------------------------------------------------------------
''', [
    R('glucose', '142', 'MG/DL', '70..110', 'high'),
    R('blood-urea-nitrogen', '31', 'MG/DL', '7..20', 'high'),
    R('creatinine', '1.62', 'MG/DL', '0.70..1.30', 'high'),
    R('sodium', '134', 'MMOL/L', '136..145', 'low'),
    R('potassium', '4.9', 'MMOL/L', '3.5..5.1'),
    R('total-cholesterol', '162', 'MG/DL', '0..199'),
    R('magnesium', '1.6', 'MG/DL', '1.8..2.4', 'low'),
], "range=REF RANGE column ('a -b' inclusive); HI/LO keyed by meaning, others computed; capital units MG/DL and MMOL/L are mg/dL and mmol/L; border, header and account lines are not rows.")

case('US', 'en', 'messy', 'faxed CBC with differential where the fax page break (transmission header "P.002/003" and the lab letterhead) interrupts the differential in the middle, absolute counts on the same line as percentages', r'''
    03/11/2025 14:22  FROM: SONIC HEALTHCARE USA  (512)555-0147     #0447 P.001/003
    CLINICAL PATHOLOGY LABORATORIES   Patient: REDACTED   Acc: CP2503110447
    TEST                    RESULT          FLAG    REFERENCE       UNITS
    WBC                     11.8            H       4.0-10.5        K/uL
    RBC                     5.02                    4.14-5.80       M/uL
    HEMOGLOBIN              15.4                    13.0-17.0       g/dL
    PLATELETS               392                     150-400         K/uL
    NEUTROPHILS             78.2    9.23    H       40.0-74.0       %
    03/11/2025 14:23  FROM: SONIC HEALTHCARE USA  (512)555-0147     #0447 P.002/003
    CLINICAL PATHOLOGY LABORATORIES   Patient: REDACTED   Acc: CP2503110447   (continued)
    LYMPHOCYTES             13.1    1.55    L       14.0-46.0       %
    MONOCYTES               6.9     0.81            4.0-13.0        %
    EOSINOPHILS             1.4     0.17            0.0-7.0         %
    Absolute counts (second number, K/uL) are reported without a reference interval on this page.
''', [
    R('white-blood-cell-count', '11.8', 'K/uL', '4.0..10.5', 'high'),
    R('red-blood-cell-count', '5.02', 'M/uL', '4.14..5.80'),
    R('hemoglobin', '15.4', 'g/dL', '13.0..17.0'),
    R('platelet-count', '392', 'K/uL', '150..400'),
    R('neutrophils', '78.2', '%', '40.0..74.0', 'high'),
    R('neutrophils-absolute', '9.23', 'K/uL', ''),
    R('lymphocytes', '13.1', '%', '14.0..46.0', 'low'),
    R('lymphocytes-absolute', '1.55', 'K/uL', ''),
    R('monocytes', '6.9', '%', '4.0..13.0'),
    R('monocytes-absolute', '0.81', 'K/uL', ''),
    R('eosinophils', '1.4', '%', '0.0..7.0'),
    R('eosinophils-absolute', '0.17', 'K/uL', ''),
], "range=REFERENCE column (a-b inclusive), which belongs to the % (the unit column says %); the second number on each differential line is the absolute count in K/uL (said by the note), with no range (flag null); H/L keyed by meaning, others computed; the fax header and repeated letterhead in the middle are not rows.")

case('CA', 'en', 'messy', 'CSV saved from an Excel sheet with merged panel cells: the panel name only on the first row of each block and empty first fields below, SI units, "<b" and ">a" text in a Range column', r'''
    Panel,Test,Result,Units,Range,Flag
    Lipids,Cholesterol,5.6,mmol/L,<5.2,H
    ,HDL Cholesterol,1.1,mmol/L,>1.0,
    ,LDL Cholesterol,3.7,mmol/L,<3.5,H
    ,Non-HDL Cholesterol,4.5,mmol/L,<4.2,H
    ,Apolipoprotein B,1.08,g/L,<1.05,H
    Iron,Ferritin,38,ug/L,30-400,
    ,Transferrin Saturation,0.19,,0.20-0.50,L
    Vitamins,Vitamin B12,301,pmol/L,>220,
    ,Vitamin D 25-OH,88,nmol/L,75-250,
''', [
    R('total-cholesterol', '5.6', 'mmol/L', '..<5.2', 'high'),
    R('hdl-cholesterol', '1.1', 'mmol/L', '>1.0..'),
    R('ldl-cholesterol', '3.7', 'mmol/L', '..<3.5', 'high'),
    R('non-hdl-cholesterol', '4.5', 'mmol/L', '..<4.2', 'high'),
    R('apolipoprotein-b', '1.08', 'g/L', '..<1.05', 'high'),
    R('ferritin', '38', 'ug/L', '30..400'),
    R('transferrin-saturation', '0.19', None, '0.20..0.50', 'low'),
    R('vitamin-b12', '301', 'pmol/L', '>220..'),
    R('vitamin-d', '88', 'nmol/L', '75..250'),
], "range=the Range field ('<b'/'>a' strict, 'a-b' inclusive); an empty first field continues the panel above; H/L from the Flag field, empty computed; transferrin saturation is printed as a fraction with an empty Units field, so no normalizedValue (as set 25's BC HbA1c fraction); lipids mmol/L → mg/dL, ApoB g/L ×100, B12 pmol/L and vitamin D nmol/L → catalog mass units.")

case('AE', 'en', 'messy', 'Mediclinic City Hospital (Dubai) report with mixed unit systems in one print: glucose and creatinine in SI, lipids in mg/dL, vitamin D in nmol/L and B12 in pg/mL, flags H/L after the value', r'''
    MEDICLINIC CITY HOSPITAL — Laboratory Department, Dubai Healthcare City
    Patient: REDACTED   MRN: 0021-7743   Sex: M   Age: 45   Collected: 06-Mar-2025 08:12
    Test                      Result        Units         Reference Range
    Glucose, Fasting          6.4 H         mmol/L        3.9 - 5.6
    HbA1c                     6.2 H         %             4.0 - 5.6
    Creatinine                84            µmol/L        62 - 106
    Cholesterol, Total        212 H         mg/dL         < 200
    LDL Cholesterol           141 H         mg/dL         < 130
    HDL Cholesterol           44            mg/dL         > 40
    Vitamin D, 25-OH          47 L          nmol/L        75 - 250
    Vitamin B12               402           pg/mL         197 - 771
    Ferritin                  180           µg/L          30 - 400
    Authorised by: Dr N. Haddad, Clinical Pathologist
''', [
    R('glucose', '6.4', 'mmol/L', '3.9..5.6', 'high'),
    R('hemoglobin-a1c', '6.2', '%', '4.0..5.6', 'high'),
    R('creatinine', '84', 'µmol/L', '62..106'),
    R('total-cholesterol', '212', 'mg/dL', '..<200', 'high'),
    R('ldl-cholesterol', '141', 'mg/dL', '..<130', 'high'),
    R('hdl-cholesterol', '44', 'mg/dL', '>40..'),
    R('vitamin-d', '47', 'nmol/L', '75..250', 'low'),
    R('vitamin-b12', '402', 'pg/mL', '197..771'),
    R('ferritin', '180', 'µg/L', '30..400'),
], "range=Reference Range column ('a - b' inclusive, '< b'/'> a' strict); H/L after the value keyed by meaning, others computed; each row keyed in its own printed unit, SI rows converted with the keys' molar masses (glucose, creatinine, vitamin D); µg/L = ng/mL; the signature line is not a row.")

# ---- no-result messy
case('US', 'en', 'messy', 'OCR of a photographed lab page whose right half (results) was cut off by the camera frame: only test names, partial units and reference ranges survive', r'''
    LabCorp  Patient Report   Specimen ID: 061-4
    TESTS                         RESULT   FL
    Testosterone, Serum                         264-916 ng/d
    Free Testosterone(Direct)                   8.7-25.1 pg/
    Estradiol, Sensitive                        8.0-35.0 pg/
    Hematocrit                                  37.5-51.0 %
    Prostate Specific Ag                        0.0-4.0 ng/
    [photo edge]
''', [], "range=none: the result column is outside the photo; names and ranges alone are not results.")

case('UK', 'en', 'messy', 'garbled OCR of the last page of a report: authorisation block, accreditation footer and a blank comments box, no result', r'''
    Page 3 of 3                 TDL  The Doctors Laboratory   60 Whitfield Street, London W1T 4EU
    C0MMENTS: ______________________________________________________
    _______________________________________________________________
    Auth0rised by: Dr. J. 0kafor  MBBS FRCPath   D@te: 07/03/2025 16:4O
    UKAS Medical 8l47 - accreditation to ISO 15189:2022. Tests not marked + are accredited.
    This rep0rt may only be rep'roduced in full.   *** END 0F REP0RT ***
''', [], "range=none: an authorisation and accreditation page without results.")

# ================================================================= write
def main():
    out = []
    stats = dict(rows=0, nores=0)
    review = []
    for i, c in enumerate(CASES, 1):
        cid = 'S%03d' % i
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
