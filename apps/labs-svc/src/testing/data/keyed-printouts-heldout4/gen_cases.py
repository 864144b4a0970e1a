#!/usr/bin/env python3
"""review38 blind test set generator (keyed set 25, ids R001..R080).

Machinery (unit algebra, flags, tie refusal, TSV writing) reused from set 24's generator; all snippet data is new.
Holds every snippet and its keyed rows, converts units with the catalog
(ucumUnit + molarMass from CATALOG_PATH below), computes flags from
ranges when no flag is printed, refuses to write if a printed flag contradicts
its range, and writes keyed.tsv.
"""
import csv, math, os, re, sys, textwrap
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
# While written in /work/notes/review38 this points at the repository's catalog by an absolute path; once the set is
# moved into the repository beside ../keyed-printouts, set it to '../keyed-printouts/catalog-keys.tsv'.
CATALOG_PATH = os.environ.get('KEYED_CATALOG', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'keyed-printouts', 'catalog-keys.tsv'))
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
# ---- family dtc: longevity / functional-medicine / direct-to-consumer reports as text
case('US', 'en', 'dtc', 'Function Health-style heart dashboard copy: name line, status line ("In Range" / "Out of Range · Above") ABOVE the value, value+unit line, "Range: < b" line, Lp(a) in nmol/L, homocysteine, non-HDL', r'''
    Function
    Biomarkers  ›  Heart & Cardiovascular
    ApoB
    In Range
    86 mg/dL
    Range: < 90 mg/dL
    Lipoprotein (a)
    Out of Range · Above
    212 nmol/L
    Range: < 75 nmol/L
    LDL Cholesterol
    Out of Range · Above
    131 mg/dL
    Range: < 100 mg/dL
    HDL Cholesterol
    In Range
    58 mg/dL
    Range: > 39 mg/dL
    Triglycerides
    In Range
    74 mg/dL
    Range: < 150 mg/dL
    Non HDL Cholesterol
    Out of Range · Above
    149 mg/dL
    Range: < 130 mg/dL
    hs-CRP
    In Range
    0.6 mg/L
    Range: < 1.0 mg/L
    Homocysteine
    In Range
    9.8 umol/L
    Range: < 11.4 umol/L
    Last tested Jan 28, 2025 · Quest Diagnostics
''', [
    R('apolipoprotein-b', '86', 'mg/dL', '..<90', 'normal'),
    R('lipoprotein-a', '212', 'nmol/L', '..<75', 'high'),
    R('ldl-cholesterol', '131', 'mg/dL', '..<100', 'high'),
    R('hdl-cholesterol', '58', 'mg/dL', '>39..', 'normal'),
    R('triglycerides', '74', 'mg/dL', '..<150', 'normal'),
    R('non-hdl-cholesterol', '149', 'mg/dL', '..<130', 'high'),
    R('hs-crp', '0.6', 'mg/L', '..<1.0', 'normal'),
    R('homocysteine', '9.8', 'umol/L', '..<11.4', 'normal'),
], "range=the 'Range:' line under each value ('< b' and '> a' strict); 'In Range' is normal and 'Out of Range · Above' is high, printed on the line ABOVE the value; Lp(a) stays in nmol/L and homocysteine in umol/L (catalog units); the category and 'Last tested' lines are not rows.")

case('US', 'en', 'dtc', 'Superpower-style hormone biomarker list: one line per marker with value+unit, a status word (Optimal / Normal / High) and "Reference a - b unit" at the end', r'''
    SUPERPOWER  ·  Your Biomarkers  ·  Hormones
    Collected Mar 4, 2025 · Male · Age 44
    Total Testosterone        688 ng/dL        Optimal        Reference 264 - 916 ng/dL
    Free Testosterone         112.4 pg/mL      Normal         Reference 47.0 - 244.0 pg/mL
    SHBG                      61 nmol/L        High           Reference 10 - 57 nmol/L
    Estradiol                 19.8 pg/mL       Optimal        Reference 7.6 - 42.6 pg/mL
    LH                        4.6 mIU/mL       Normal         Reference 1.7 - 8.6 mIU/mL
    FSH                       3.9 mIU/mL       Normal         Reference 1.5 - 12.4 mIU/mL
    Prolactin                 9.1 ng/mL        Normal         Reference 4.0 - 15.2 ng/mL
    DHEA-Sulfate              188 ug/dL        Normal         Reference 71.6 - 375.4 ug/dL
    Insights are educational and not a diagnosis. Talk to your Superpower clinician.
''', [
    R('testosterone', '688', 'ng/dL', '264..916', 'normal'),
    R('testosterone-free', '112.4', 'pg/mL', '47.0..244.0', 'normal'),
    R('shbg', '61', 'nmol/L', '10..57', 'high'),
    R('estradiol', '19.8', 'pg/mL', '7.6..42.6', 'normal'),
    R('luteinizing-hormone', '4.6', 'mIU/mL', '1.7..8.6', 'normal'),
    R('follicle-stimulating-hormone', '3.9', 'mIU/mL', '1.5..12.4', 'normal'),
    R('prolactin', '9.1', 'ng/mL', '4.0..15.2', 'normal'),
    R('dhea-sulfate', '188', 'ug/dL', '71.6..375.4', 'normal'),
], "range=the 'Reference a - b unit' text at the end of each line; the status words are keyed by meaning (Optimal and Normal = normal, High = high); the header and disclaimer are not rows.")

case('US', 'en', 'dtc', 'Hims testosterone results page copy: name line, value line, "Normal range: a–b unit" line (en dash), then a sentence status ("Within normal range" / "Below normal range")', r'''
    hims
    Your lab results are in, Daniel
    Testosterone Panel — collected 02/19/2025 at Labcorp
    Total testosterone
    347 ng/dL
    Normal range: 264–916 ng/dL
    Within normal range
    Free testosterone
    6.1 pg/mL
    Normal range: 8.7–25.1 pg/mL
    Below normal range
    Estradiol
    22.4 pg/mL
    Normal range: 7.6–42.6 pg/mL
    Within normal range
    Hematocrit
    46.2 %
    Normal range: 37.5–51.0 %
    Within normal range
    PSA
    0.9 ng/mL
    Normal range: 0.0–4.0 ng/mL
    Within normal range
    Questions? Message your provider in the app. Results reviewed by a licensed provider.
''', [
    R('testosterone', '347', 'ng/dL', '264..916', 'normal'),
    R('testosterone-free', '6.1', 'pg/mL', '8.7..25.1', 'low'),
    R('estradiol', '22.4', 'pg/mL', '7.6..42.6', 'normal'),
    R('hematocrit', '46.2', '%', '37.5..51.0', 'normal'),
    R('prostate-specific-antigen', '0.9', 'ng/mL', '0.0..4.0', 'normal'),
], "range=the 'Normal range: a–b' line (en dash, inclusive); 'Within normal range' = normal, 'Below normal range' = low; greeting and footer are not rows.")

case('US', 'en', 'dtc', 'Ro Body Program baseline labs: dotted leaders between name and value, "(ref a-b)" / "(ref >a)" after the unit, HIGH/LOW words at the end, TSH in uIU/mL', r'''
    Ro  |  Body Program  |  Baseline labs
    Patient: Kevin M.   Sex: Male   Collected: Jan 22, 2025 (fasting)
    Hemoglobin A1c ........ 5.9 %  (ref 4.8-5.6)  HIGH
    Glucose, fasting ...... 108 mg/dL  (ref 70-99)  HIGH
    Insulin ............... 18.2 uIU/mL  (ref 2.6-24.9)
    Triglycerides ......... 188 mg/dL  (ref 0-149)  HIGH
    HDL cholesterol ....... 38 mg/dL  (ref >39)  LOW
    TSH ................... 2.41 uIU/mL  (ref 0.450-4.500)
    ALT ................... 41 U/L  (ref 0-44)
    Your provider will review these results with you before your first dose.
''', [
    R('hemoglobin-a1c', '5.9', '%', '4.8..5.6', 'high'),
    R('glucose', '108', 'mg/dL', '70..99', 'high'),
    R('insulin', '18.2', 'uIU/mL', '2.6..24.9'),
    R('triglycerides', '188', 'mg/dL', '0..149', 'high'),
    R('hdl-cholesterol', '38', 'mg/dL', '>39..', 'low'),
    R('thyroid-stimulating-hormone', '2.41', 'uIU/mL', '0.450..4.500'),
    R('alanine-aminotransferase', '41', 'U/L', '0..44'),
], "range=the '(ref ...)' text ('a-b' inclusive, '>a' strict); HIGH/LOW printed at the line end; TSH uIU/mL = m[IU]/L; the dotted leaders are not part of the value; patient line and footer are not rows.")

case('US', 'en', 'dtc', 'Maximus (enclomiphene protocol) lab review table: Marker / Result / Range / Status columns, range printed without unit, censored sensitive estradiol "<2.0" against "<=29", IN RANGE / ABOVE RANGE status words', r'''
    MAXIMUS  —  Lab Review  (Enclomiphene protocol, week 8)
    Member ID MX-40718   Male, 36   Draw: 2025-02-26 08:05 (Quest)
    Marker                   Result         Range               Status
    Total Testosterone       742 ng/dL      250-1100            IN RANGE
    Free Testosterone        131.9 pg/mL    35.0-155.0          IN RANGE
    Estradiol, Sensitive     <2.0 pg/mL     <=29                IN RANGE
    LH                       7.8 mIU/mL     1.5-9.3             IN RANGE
    FSH                      9.6 mIU/mL     1.6-8.0             ABOVE RANGE
    Hematocrit               52.1 %         38.5-50.0           ABOVE RANGE
    PSA, Total               0.62 ng/mL     <=4.0               IN RANGE
    Next labs: week 16. Keep dosing as prescribed unless your clinician says otherwise.
''', [
    R('testosterone', '742', 'ng/dL', '250..1100', 'normal'),
    R('testosterone-free', '131.9', 'pg/mL', '35.0..155.0', 'normal'),
    R('estradiol', '2.0', 'pg/mL', '..29', 'normal', vt='<2.0'),
    R('luteinizing-hormone', '7.8', 'mIU/mL', '1.5..9.3', 'normal'),
    R('follicle-stimulating-hormone', '9.6', 'mIU/mL', '1.6..8.0', 'high'),
    R('hematocrit', '52.1', '%', '38.5..50.0', 'high'),
    R('prostate-specific-antigen', '0.62', 'ng/mL', '..4.0', 'normal'),
], "range=the Range column ('a-b', '<=b' inclusive); IN RANGE = normal, ABOVE RANGE = high; '<2.0' is censored and normalized on its bound (all admitted values lie under 29); the member line and the dosing note are not rows.")

case('US', 'en', 'dtc', 'Lifeforce diagnostics results summary: name and value on one line, "Reference range a-b unit" on the line below (one with an age label), mcg/dL units, an "Above range" word after one range', r'''
    LIFEFORCE
    Diagnostics · Results summary · Draw date 03/01/2025
    Gender: Male   Age: 57

    IGF-1                                   148 ng/mL
    Reference range 49-226 ng/mL (age 56-60)
    DHEA-S                                  96 mcg/dL
    Reference range 47-308 mcg/dL
    Cortisol, AM                            21.8 mcg/dL
    Reference range 4.0-22.0 mcg/dL
    TSH                                     3.62 mIU/L
    Reference range 0.40-4.50 mIU/L
    Free T4                                 1.1 ng/dL
    Reference range 0.8-1.8 ng/dL
    Free T3                                 2.6 pg/mL
    Reference range 2.3-4.2 pg/mL
    Reverse T3                              27 ng/dL
    Reference range 8-25 ng/dL              Above range

    Your Lifeforce clinician will walk you through these results at your next visit.
''', [
    R('somatomedin-c', '148', 'ng/mL', '49..226'),
    R('dhea-sulfate', '96', 'mcg/dL', '47..308'),
    R('cortisol', '21.8', 'mcg/dL', '4.0..22.0'),
    R('thyroid-stimulating-hormone', '3.62', 'mIU/L', '0.40..4.50'),
    R('free-t4', '1.1', 'ng/dL', '0.8..1.8'),
    R('free-t3', '2.6', 'pg/mL', '2.3..4.2'),
    R('reverse-t3', '27', 'ng/dL', '8..25', 'high'),
], "range=the 'Reference range a-b' line under each value, age label '(age 56-60)' dropped; 'Above range' printed after the reverse T3 range = high; others computed; mcg/dL = ug/dL; header and closing line are not rows.")

case('US', 'en', 'dtc', 'Vibrant Wellness micronutrient panel ordered via Rupa Health (pdftotext): Current and Previous columns (previous never keyed), H/L glued after the current value, RBC magnesium, omega-3 index ">=a", selenium in ug/L', r'''
    Vibrant Wellness — Micronutrients (Serum / RBC)        Ordered via Rupa Health
    Patient: Ortega, Lucia   Sex: F   DOB: 1979-08-12   Collected: 02/10/2025
    Test Name              Current     Previous (08/14/2024)    Reference Range     Unit
    Magnesium (RBC)        4.1 L       4.6                      4.2-6.8             mg/dL
    Vitamin D, 25-OH       38.6        24.1 L                   30.0-100.0          ng/mL
    Vitamin B12            612         488                      232-1245            pg/mL
    Folate (Serum)         14.2        9.8                      >3.0                ng/mL
    Zinc                   71          68                       56-134              ug/dL
    Selenium               128         119                      93-198              ug/L
    Copper                 142 H       151 H                    80-135              ug/dL
    Omega-3 Index          5.4         4.8                      >=4.0               %
    Results are for the current specimen; previous values are shown for trend only.
''', [
    R('magnesium-rbc', '4.1', 'mg/dL', '4.2..6.8', 'low'),
    R('vitamin-d', '38.6', 'ng/mL', '30.0..100.0'),
    R('vitamin-b12', '612', 'pg/mL', '232..1245'),
    R('folate', '14.2', 'ng/mL', '>3.0..'),
    R('zinc', '71', 'ug/dL', '56..134'),
    R('selenium', '128', 'ug/L', '93..198'),
    R('copper', '142', 'ug/dL', '80..135', 'high'),
    R('omega-3-index', '5.4', '%', '4.0..'),
], "range=the Reference Range column ('a-b', '>a' strict, '>=a' inclusive); H/L glued after the Current value; the Previous (08/14/2024) column and its flags are never keyed; the footer note is not a row.")

case('US', 'en', 'dtc', 'ZRT Laboratory blood spot hormone profile for a postmenopausal woman on HRT: each range carries a printed label "(Postmenopausal)" / "(Age dependent)", H in a flag column, TSH in µIU/mL, TPO antibody in IU/mL', r'''
    ZRT Laboratory   Blood Spot Hormone Profile      Accession 250301-0442
    Patient: Brandt, Helen   Sex: Female   Age: 58   Menopausal status: Postmenopausal, on HRT
    Test Name            Result     Flag   Units      Range
    Estradiol            48         H      pg/mL      10-26 (Postmenopausal)
    Progesterone         1.9        H      ng/mL      0.1-0.5 (Postmenopausal)
    Testosterone         24                ng/dL      15-65 (Postmenopausal)
    SHBG                 88                nmol/L     30-120 (Postmenopausal)
    DHEAS                72                µg/dL      30-220 (Age dependent)
    TSH                  1.8               µIU/mL     0.5-3.0
    Free T4              1.3               ng/dL      0.7-2.5
    TPOab                12                IU/mL      0-150
    Supplementation noted on requisition: estradiol patch 0.05 mg, oral progesterone 100 mg.
''', [
    R('estradiol', '48', 'pg/mL', '10..26', 'high'),
    R('progesterone', '1.9', 'ng/mL', '0.1..0.5', 'high'),
    R('testosterone', '24', 'ng/dL', '15..65'),
    R('shbg', '88', 'nmol/L', '30..120'),
    R('dhea-sulfate', '72', 'µg/dL', '30..220'),
    R('thyroid-stimulating-hormone', '1.8', 'µIU/mL', '0.5..3.0'),
    R('free-t4', '1.3', 'ng/dL', '0.7..2.5'),
    R('thyroid-peroxidase-antibody', '12', 'IU/mL', '0..150'),
], "range=the Range column with its single printed label dropped (only one range per test is printed); H in the Flag column; TPO antibody in IU/mL is not normalized (catalog U/mL, as sets 22-24); the supplementation line (doses) is not a row.")

case('US', 'en', 'dtc', 'Precision Analytical DUTCH Complete (dried urine) male report: urinary hormones in ng/mg creatinine keyed as ? rows (they are not the serum tests of the catalog), "Below range" word, section headers', r'''
    DUTCH Complete™   Precision Analytical, Inc.   Patient: Greer, Tomas   Age 49   Male
    Collection: 02/02/2025 (4 dried urine samples)   Provider: Coastal Functional Medicine
    Test                                  Result        Units       Normal Range
    Androgens
    Testosterone (Urine)                  24.2          ng/mg       30 - 110        Below range
    5a-DHT (Urine)                        6.1           ng/mg       5 - 25
    DHEA-S (Urine)                        88            ng/mg       30 - 350
    Estrogens
    Estradiol (E2) (Urine)                0.8           ng/mg       0.5 - 2.2
    Adrenal
    Cortisol (Urine, waking)              21.4          ng/mg       10 - 50
    All urinary results are reported per mg of creatinine.
''', [
    R('?Testosterone (Urine)', '24.2', 'ng/mg', '30..110', 'low'),
    R('?5a-DHT (Urine)', '6.1', 'ng/mg', '5..25'),
    R('?DHEA-S (Urine)', '88', 'ng/mg', '30..350'),
    R('?Estradiol (E2) (Urine)', '0.8', 'ng/mg', '0.5..2.2'),
    R('?Cortisol (Urine, waking)', '21.4', 'ng/mg', '10..50'),
], "range=the Normal Range column (a - b); 'Below range' = low; urinary hormones per mg creatinine are keyed as ? rows (the catalog keys are serum tests, as set 21 kept urine creatinine apart from creatinine), so no normalizedValue; section headers and the footnote are not rows.")

case('US', 'en', 'dtc', 'Boston Heart Diagnostics Fatty Acid Balance + cardiometabolic page (pdftotext): omega-3 index with a three-tier reference (text), EPA/DHA not in the catalog, H flag column, hs-CRP with tier text, "<b" bounds', r'''
    Boston Heart Diagnostics     Fatty Acid Balance™ + Cardiometabolic
    Patient: HALE, ROBERT   DOB: 11/02/1968   Sex: M   Collected: 01/30/2025   Accession: BH7719204
    TEST                     RESULT   FLAG   UNITS      REFERENCE RANGE
    Omega-3 Index            5.1             %          Optimal >=8.0; Borderline 4.1-7.9; High Risk <=4.0
    EPA                      0.6             %          0.2-2.3
    DHA                      3.2             %          1.4-5.1
    Insulin                  14.6            µIU/mL     2.6-24.9
    hs-CRP                   1.8             mg/L       Optimal <1.0; Borderline 1.0-3.0; High Risk >3.0
    Homocysteine             12.6            µmol/L     <13.0
    Apolipoprotein B         104      H      mg/dL      <90
    Boston Heart recommends the Boston Heart Diet and re-testing in 3 months.
''', [
    R('omega-3-index', '5.1', '%', 'text'),
    R('?EPA', '0.6', '%', '0.2..2.3'),
    R('?DHA', '3.2', '%', '1.4..5.1'),
    R('insulin', '14.6', 'µIU/mL', '2.6..24.9'),
    R('hs-crp', '1.8', 'mg/L', 'text'),
    R('homocysteine', '12.6', 'µmol/L', '..<13.0'),
    R('apolipoprotein-b', '104', 'mg/dL', '..<90', 'high'),
], "range=the REFERENCE RANGE column (a-b inclusive, '<b' strict); Optimal/Borderline/High Risk tier text is a text range with a null flag (as set 24's Boston Heart); EPA and DHA are ? rows; H printed for ApoB; the diet line is not a row.")

case('US', 'en', 'dtc', 'Cleveland HeartLab inflammation and lipid page with three risk columns (Low / Moderate / High) instead of a range: text ranges and null flags, MPO and Lp-PLA2 not in the catalog, censored Lp(a) "<10"', r'''
    Cleveland HeartLab, Inc.   Inflammation & Lipid Testing                 Page 1 of 1
    Patient: NAKAMURA, JAMES   DOB: 04/11/1962   Sex: M   Collected: 02/07/2025
    TEST                      RESULT   UNITS          LOW RISK    MODERATE RISK   HIGH RISK
    hs-CRP                    2.4      mg/L           <1.0        1.0-3.0         >3.0
    Myeloperoxidase (MPO)     512      pmol/L         <470        470-539         >=540
    Lp-PLA2 Activity          188      nmol/min/mL    <=123       -               >123
    ApoB                      98       mg/dL          <90         90-119          >=120
    Lp(a)                     <10      nmol/L         <75         75-125          >125
    Homocysteine              10.2     µmol/L         <=10.9      11.0-14.9       >=15.0
    Risk categories are based on published population studies; see the clinical interpretation page.
''', [
    R('hs-crp', '2.4', 'mg/L', 'text'),
    R('?Myeloperoxidase (MPO)', '512', 'pmol/L', 'text'),
    R('?Lp-PLA2 Activity', '188', 'nmol/min/mL', 'text'),
    R('apolipoprotein-b', '98', 'mg/dL', 'text'),
    R('lipoprotein-a', '10', 'nmol/L', 'text', vt='<10'),
    R('homocysteine', '10.2', 'µmol/L', 'text'),
], "range=text: the three risk columns are a tier table, not a reference range, so every flag is null (no risk word is printed per row); MPO and Lp-PLA2 are ? rows; censored '<10' Lp(a) is normalized on its bound; the footnote is not a row.")

case('UK', 'en', 'dtc', 'Medichecks Ultimate Performance results page copy: "Range a - b" after the value, Normal/High/Low status words, SI hormones, free testosterone in nmol/L, free androgen index without unit (? row), prolactin in mIU/L', r'''
    Medichecks  ›  My results  ›  Ultimate Performance Blood Test
    Sample date 11 Feb 2025 · Male · 41 · Doctor reviewed
    Hormones
    Testosterone                  17.8 nmol/L      Range 8.64 - 29        Normal
    Free testosterone             0.318 nmol/L     Range 0.2 - 0.62       Normal
    SHBG                          41.2 nmol/L      Range 18.3 - 54.1      Normal
    Free androgen index           43.2             Range 35 - 92.6        Normal
    Oestradiol                    142 pmol/L       Range 41.4 - 159       Normal
    Luteinising hormone           5.2 IU/L         Range 1.7 - 8.6        Normal
    Follicle stimulating hormone  4.1 IU/L         Range 1.5 - 12.4       Normal
    Prolactin                     392 mIU/L        Range 86 - 324         High
    Iron status
    Ferritin                      28 ug/L          Range 30 - 400         Low
    Your doctor's comments are shown below your results.
''', [
    R('testosterone', '17.8', 'nmol/L', '8.64..29', 'normal'),
    R('testosterone-free', '0.318', 'nmol/L', '0.2..0.62', 'normal'),
    R('shbg', '41.2', 'nmol/L', '18.3..54.1', 'normal'),
    R('?Free androgen index', '43.2', None, '35..92.6', 'normal'),
    R('estradiol', '142', 'pmol/L', '41.4..159', 'normal'),
    R('luteinizing-hormone', '5.2', 'IU/L', '1.7..8.6', 'normal'),
    R('follicle-stimulating-hormone', '4.1', 'IU/L', '1.5..12.4', 'normal'),
    R('prolactin', '392', 'mIU/L', '86..324', 'high'),
    R('ferritin', '28', 'ug/L', '30..400', 'low'),
], "range=the 'Range a - b' text; Normal/High/Low words keyed by meaning; testosterone, free testosterone and oestradiol → mass units with the key's molar mass; IU/L = mIU/mL; prolactin in mIU/L not normalized (IU against a mass catalog unit); FAI is a ? row (set 21); section headers are not rows.")

case('IE', 'en', 'dtc', 'LetsGetChecked (Ireland) Male Hormone Advanced results copy: name line, value line, "Normal range a – b unit" line, then "Within range" / "Above range" / "Below range" line; SI units; FAI without unit', r'''
    LetsGetChecked  ·  Male Hormone Advanced Test  ·  Results
    Sample collected 03 Mar 2025 · Reviewed by Dr. A. Byrne, IMC 441892
    Your results need attention
    Testosterone
    11.9 nmol/L
    Normal range 8.64 – 29.0 nmol/L
    Within range
    Sex hormone binding globulin (SHBG)
    62 nmol/L
    Normal range 18.3 – 54.1 nmol/L
    Above range
    Free androgen index
    19.2
    Normal range 24.5 – 113.3
    Below range
    Oestradiol
    88 pmol/L
    Normal range 41.4 – 159 pmol/L
    Within range
    Prolactin
    210 mIU/L
    Normal range 86 – 324 mIU/L
    Within range
    A member of our nurse team will call you to discuss these results.
''', [
    R('testosterone', '11.9', 'nmol/L', '8.64..29.0', 'normal'),
    R('shbg', '62', 'nmol/L', '18.3..54.1', 'high'),
    R('?Free androgen index', '19.2', None, '24.5..113.3', 'low'),
    R('estradiol', '88', 'pmol/L', '41.4..159', 'normal'),
    R('prolactin', '210', 'mIU/L', '86..324', 'normal'),
], "range=the 'Normal range a – b' line; Within/Above/Below range keyed by meaning; testosterone and oestradiol → mass units with the key's molar mass; prolactin mIU/L and the unitless FAI (? row) have no normalizedValue; the reviewer line (IMC number) and nurse note are not rows.")

case('US', 'en', 'dtc', 'Everlywell Heart Health Test results page: value+unit, status word (Normal / Above Normal), "Normal range: <b unit" or ">=a unit", lab CLIA number in the header', r'''
    everlywell   Heart Health Test — Your Results
    Collected: 01/14/2025   Tested by: a CLIA-certified partner lab (CLIA #05D2081492)
    Total Cholesterol        226 mg/dL     Above Normal     Normal range: <200 mg/dL
    HDL Cholesterol          52 mg/dL      Normal           Normal range: >=40 mg/dL
    LDL Cholesterol (calc)   148 mg/dL     Above Normal     Normal range: <100 mg/dL
    Triglycerides            131 mg/dL     Normal           Normal range: <150 mg/dL
    hs-CRP                   3.4 mg/L      Above Normal     Normal range: <3.0 mg/L
    HbA1c                    5.4 %         Normal           Normal range: <5.7 %
    These results are not a diagnosis. Share them with your healthcare provider.
''', [
    R('total-cholesterol', '226', 'mg/dL', '..<200', 'high'),
    R('hdl-cholesterol', '52', 'mg/dL', '40..', 'normal'),
    R('ldl-cholesterol', '148', 'mg/dL', '..<100', 'high'),
    R('triglycerides', '131', 'mg/dL', '..<150', 'normal'),
    R('hs-crp', '3.4', 'mg/L', '..<3.0', 'high'),
    R('hemoglobin-a1c', '5.4', '%', '..<5.7', 'normal'),
], "range=the 'Normal range:' text ('<b' strict, '>=a' inclusive); Above Normal = high, Normal = normal; the CLIA number and disclaimer are not rows.")

case('US', 'en', 'dtc', 'Ulta Lab Tests "My Results" copy of a Quest thyroid order: "Test:", "Result: value unit    Flag: X" and "Reference Range:" lines per test, empty Flag fields, TPO and thyroglobulin antibodies in IU/mL, censored "<1"', r'''
    Ulta Lab Tests — My Results — Order #ULT-2291487 — Performing lab: Quest Diagnostics
    Collected 02/03/2025 07:55   Reported 02/05/2025
    Test: TSH
    Result: 4.82 mIU/L    Flag: H
    Reference Range: 0.40-4.50 mIU/L
    Test: T4, Free
    Result: 1.0 ng/dL    Flag:
    Reference Range: 0.8-1.8 ng/dL
    Test: T3, Free
    Result: 2.7 pg/mL    Flag:
    Reference Range: 2.3-4.2 pg/mL
    Test: Reverse T3
    Result: 19 ng/dL    Flag:
    Reference Range: 8-25 ng/dL
    Test: Thyroid Peroxidase Antibodies
    Result: 61 IU/mL    Flag: H
    Reference Range: <9 IU/mL
    Test: Thyroglobulin Antibodies
    Result: <1 IU/mL    Flag:
    Reference Range: < or = 1 IU/mL
''', [
    R('thyroid-stimulating-hormone', '4.82', 'mIU/L', '0.40..4.50', 'high'),
    R('free-t4', '1.0', 'ng/dL', '0.8..1.8'),
    R('free-t3', '2.7', 'pg/mL', '2.3..4.2'),
    R('reverse-t3', '19', 'ng/dL', '8..25'),
    R('thyroid-peroxidase-antibody', '61', 'IU/mL', '..<9', 'high'),
    R('thyroglobulin-antibody', '1', 'IU/mL', '..1', 'normal', vt='<1'),
], "range=the 'Reference Range:' line ('<b' strict, '< or = b' inclusive); H from the Flag field, empty Flag computed; TPO antibody IU/mL not normalized (catalog U/mL), thyroglobulin antibody IU/mL is ([IU]/mL); '<1' normalized on its bound; the order line is not a row.")
case('US', 'en', 'dtc', 'Quest Diagnostics Nichols Institute esoteric-test page (pdftotext -layout): LC/MS and LC/MS/MS test names, age-labelled IGF-I range, a flag column with H/L, pregnenolone, androstenedione, bioavailable testosterone, method footnotes', r'''
    Quest Diagnostics Nichols Institute        33608 Ortega Highway, San Juan Capistrano, CA 92675-2042
    Patient: FISHER, GRANT L      DOB: 09/03/1966   Sex: M   Age: 58
    Specimen: SJ184420Q   Collected: 02/24/2025   Reported: 03/01/2025   Client: ELEVATE LONGEVITY MD
    Test Name                                   Result    Flag   Reference Range                Lab
    IGF I, LC/MS                                118              48-200 ng/mL (age 56-60)       EZ
    ESTRADIOL, ULTRASENSITIVE, LC/MS            26               < OR = 29 pg/mL                EZ
    DIHYDROTESTOSTERONE                         31               30-85 ng/dL                    EZ
    T3, REVERSE                                 26        H      8-25 ng/dL                     EZ
    PREGNENOLONE, LC/MS/MS                      42               22-237 ng/dL                   EZ
    ANDROSTENEDIONE, LC/MS/MS                   52               40-150 ng/dL                   EZ
    TESTOSTERONE, BIOAVAILABLE                  98        L      110-575 ng/dL                  EZ
    TESTOSTERONE, FREE (DIALYSIS)               SEE NOTE                                        EZ
       Quantity not sufficient for free testosterone by dialysis; please recollect.
       This test was developed and its analytical performance characteristics have been
       determined by Quest Diagnostics Nichols Institute San Juan Capistrano. It has not been
       cleared or approved by the FDA.
    PERFORMING SITE:
    EZ  QUEST DIAGNOSTICS NICHOLS SJC, 33608 ORTEGA HIGHWAY, SAN JUAN CAPISTRANO, CA 92675-2042
''', [
    R('somatomedin-c', '118', 'ng/mL', '48..200'),
    R('estradiol', '26', 'pg/mL', '..29'),
    R('dihydrotestosterone', '31', 'ng/dL', '30..85'),
    R('reverse-t3', '26', 'ng/dL', '8..25', 'high'),
    R('pregnenolone', '42', 'ng/dL', '22..237'),
    R('androstenedione', '52', 'ng/dL', '40..150'),
    R('testosterone-bioavailable', '98', 'ng/dL', '110..575', 'low'),
], "range=the Reference Range column with its unit and the age label '(age 56-60)' dropped ('< OR = b' inclusive); H/L from the Flag column, the rest computed; the SEE NOTE free-testosterone row and its note, the LDT footnote and the performing site are not rows.")

case('US', 'en', 'dtc', 'Marek Health portal lab-results table copy: Biomarker / Result / Unit / Reference / Status columns, thousands comma in a testosterone value, x10E6/uL, High/Normal status words on a TRT patient', r'''
    MAREK HEALTH  |  Lab Results  |  Draw 2025-02-12 (Labcorp)  |  Male, 39
    Biomarker                    Result     Unit        Reference        Status
    Hematocrit                   53.4       %           37.5-51.0        High
    Hemoglobin                   17.9       g/dL        13.0-17.7        High
    RBC                          6.02       x10E6/uL    4.14-5.80        High
    Estradiol, Sensitive         38.6       pg/mL       8.0-35.0         High
    PSA                          1.1        ng/mL       0.0-4.0          Normal
    Testosterone, Total          1,184      ng/dL       264-916          High
    Testosterone, Free           31.2       pg/mL       8.7-25.1         High
    Discuss results with your Marek provider before changing your protocol.
''', [
    R('hematocrit', '53.4', '%', '37.5..51.0', 'high'),
    R('hemoglobin', '17.9', 'g/dL', '13.0..17.7', 'high'),
    R('red-blood-cell-count', '6.02', 'x10E6/uL', '4.14..5.80', 'high'),
    R('estradiol', '38.6', 'pg/mL', '8.0..35.0', 'high'),
    R('prostate-specific-antigen', '1.1', 'ng/mL', '0.0..4.0', 'normal'),
    R('testosterone', '1184', 'ng/dL', '264..916', 'high'),
    R('testosterone-free', '31.2', 'pg/mL', '8.7..25.1', 'high'),
], "range=the Reference column (a-b); Status words keyed by meaning; '1,184' is one thousand one hundred eighty-four (US thousands comma), rounded to 1180; x10E6/uL = 10*6/uL; the footer is not a row.")

case('US', 'en', 'dtc', 'Rupa Health results summary of an Access Medical Laboratories metabolic order: BIOMARKER / RESULT / FLAG / REFERENCE RANGE / UNITS, HOMA-IR without unit and a "<b" bound, HbA1c on an inclusive bound, female leptin range with the sex printed', r'''
    Rupa Health  ·  Results  ·  Access Medical Laboratories  ·  Metabolic Panel (Fasting)
    Patient: Leigh Carver   Sex: F   Ordering practitioner: Dr. M. Ansel, ND   Collected: Feb 20, 2025
    BIOMARKER            RESULT    FLAG    REFERENCE RANGE     UNITS
    Glucose              97                65-99               mg/dL
    Insulin              21.3      H       2.0-19.6            uIU/mL
    C-Peptide            3.4       H       0.8-3.1             ng/mL
    HbA1c                5.6               4.8-5.6             %
    HOMA-IR              5.1       H       <2.5
    Leptin               18.4              4.7-23.7            ng/mL
    Uric Acid            5.1               2.5-7.0             mg/dL
    Results released by Access Medical Laboratories, Jupiter, FL. CLIA 10D1033203.
''', [
    R('glucose', '97', 'mg/dL', '65..99'),
    R('insulin', '21.3', 'uIU/mL', '2.0..19.6', 'high'),
    R('c-peptide', '3.4', 'ng/mL', '0.8..3.1', 'high'),
    R('hemoglobin-a1c', '5.6', '%', '4.8..5.6'),
    R('homa-ir', '5.1', None, '..<2.5', 'high'),
    R('leptin', '18.4', 'ng/mL', '4.7..23.7'),
    R('uric-acid', '5.1', 'mg/dL', '2.5..7.0'),
], "range=the REFERENCE RANGE column (a-b inclusive, '<b' strict); H from the FLAG column; HbA1c 5.6 sits on the inclusive bound of 4.8-5.6 and is normal; HOMA-IR prints no unit so no normalizedValue; the release line is not a row.")

case('US', 'en', 'dtc', 'Hone Health at-home kit results: "value unit   (normal a–b unit)" lines, one LOW word after the bracket, censored hs-CRP "<0.2" against "<3.0"', r'''
    HONE  ·  Your at-home lab results  ·  Kit HN-5531902  ·  Processed by a CLIA-certified lab
    Collected 02/08/2025 (finger-stick)
    Total testosterone     412 ng/dL   (normal 264–916 ng/dL)
    Free testosterone      7.9 pg/mL   (normal 8.7–25.1 pg/mL)   LOW
    Estradiol              18 pg/mL    (normal 7.6–42.6 pg/mL)
    PSA                    0.7 ng/mL   (normal 0–4.0 ng/mL)
    Hematocrit             44.8 %      (normal 37.5–51 %)
    hs-CRP                 <0.2 mg/L   (normal <3.0 mg/L)
    Ferritin               212 ng/mL   (normal 30–400 ng/mL)
    Book a call with your Hone physician to review your results.
''', [
    R('testosterone', '412', 'ng/dL', '264..916'),
    R('testosterone-free', '7.9', 'pg/mL', '8.7..25.1', 'low'),
    R('estradiol', '18', 'pg/mL', '7.6..42.6'),
    R('prostate-specific-antigen', '0.7', 'ng/mL', '0..4.0'),
    R('hematocrit', '44.8', '%', '37.5..51'),
    R('hs-crp', '0.2', 'mg/L', '..<3.0', 'normal', vt='<0.2'),
    R('ferritin', '212', 'ng/mL', '30..400'),
], "range=the '(normal ...)' text (a–b inclusive, '<b' strict); LOW printed once, others computed; '<0.2' normalized on its bound and normal; the kit and booking lines are not rows.")

case('UK', 'en', 'dtc', 'Optimale (UK TRT clinic) results letter: results in sentences, "(reference a–b)", "(a–b)" and "(<b)" after each value, haematocrit in L/L, PSA in ug/L, "below range" words', r'''
    Optimale Clinic — Blood test results letter
    Dear Mr Pritchard,
    Your blood test taken on 17/02/2025 has been reviewed by Dr Hassan.
    Your total testosterone was 9.1 nmol/L (reference 8.6–29.0), which is low-normal, and your calculated free
    testosterone was 0.19 nmol/L (reference 0.23–0.65), which is below range.
    Your SHBG was 44 nmol/L (18–54). Oestradiol was 96 pmol/L (<146). Haematocrit was 0.46 L/L (0.40–0.52)
    and PSA 0.8 ug/L (<2.5).
    We recommend a consultation to discuss treatment options. Kind regards, the Optimale clinical team.
''', [
    R('testosterone', '9.1', 'nmol/L', '8.6..29.0', 'normal'),
    R('testosterone-free', '0.19', 'nmol/L', '0.23..0.65', 'low'),
    R('shbg', '44', 'nmol/L', '18..54'),
    R('estradiol', '96', 'pmol/L', '..<146'),
    R('hematocrit', '0.46', 'L/L', '0.40..0.52'),
    R('prostate-specific-antigen', '0.8', 'ug/L', '..<2.5'),
], "range=the bracket after each value ('a–b' inclusive, '<b' strict); 'below range' = low; 'low-normal' is inside the range and normal; testosterone, free testosterone and oestradiol → mass units with the key's molar mass; L/L ×100 → %; ug/L = ng/mL; the dates and greetings are not rows.")

# ---- no-result dtc
case('US', 'en', 'dtc', 'Function Health "results are ready" e-mail: counts of biomarkers, days, an address, no result', r'''
    Subject: Your Function Health results are ready
    Hi Maya,
    Great news — 104 of your 112 biomarkers are now available in your dashboard. The remaining 8 (including
    your Lp(a) and Omega-3 results) are still being processed by Quest and will appear within 5–7 days.
    Your clinician summary will be ready once all results are in. Your next test is recommended in 6 months.
    Log in at my.functionhealth.com to view your results.
    — The Function Health Team, 100 Congress Ave, Austin, TX 78701
''', [], "range=none: a notification e-mail; the numbers are counts, days and an address, not results.")

case('US', 'en', 'dtc', 'Superpower results-status page: every biomarker "Processing" or awaiting review, no result', r'''
    SUPERPOWER — Results status
    Draw completed Feb 27, 2025 · Quest Diagnostics PSC #4417
    Biomarker                  Status
    Total Testosterone         Processing
    Free Testosterone          Processing
    ApoB                       Processing
    Lipoprotein(a)             Processing
    HbA1c                      Awaiting sample review
    Fasting Insulin            Processing
    Most results arrive within 3-5 business days. We'll text you when your report is ready.
''', [], "range=none: every marker is pending, so nothing is keyed.")

case('US', 'en', 'dtc', 'DUTCH Complete interpretive guide page: how to read the dials, percentiles, phase-specific range tables, no patient value', r'''
    DUTCH Complete™ Interpretive Guide — How to read your report
    Each result is shown on a dial. The shaded band is the normal range for the population tested (for example,
    premenopausal women in the luteal phase, days 19-22 of a 28-day cycle).
    Results below the 20th percentile are marked "Low end of range"; above the 80th percentile, "High end of range".
    Cortisol pattern: waking, morning (+30-60 min), afternoon, night. A healthy pattern peaks 30-60 minutes after waking.
    Reference ranges differ for men, premenopausal women (follicular or luteal phase) and postmenopausal women;
    see page 12 for the full tables. This guide is educational and does not contain patient results.
''', [], "range=none: an interpretation guide with percentiles and cycle days, no patient result.")

case('US', 'en', 'dtc', 'Ulta Lab Tests order receipt: test codes, prices, discount, no result', r'''
    Ulta Lab Tests, LLC — Order Receipt
    Order #: ULT-2301554      Order date: 03/02/2025      Payment: Visa ending 4417
    Item                                                    Test code      Price
    Testosterone, Free and Total                            36170          $89.00
    Estradiol, Ultrasensitive, LC/MS                        30289          $79.00
    PSA, Total                                              5363           $35.00
    CBC (includes Differential and Platelets)               6399           $19.00
    Subtotal $222.00   Discount (SAVE15) -$33.30   Total $188.70
    Take this requisition to any Quest Diagnostics Patient Service Center. Fasting is not required.
''', [], "range=none: an invoice; test codes and prices are not results.")
# ---- family pdfx: PDF text from tools other than pdftotext -layout
case('US', 'en', 'pdfx', 'Labcorp patient report through pdftotext WITHOUT -layout, read column by column: all test names, then all results (flag glued as "High"), then all units, then all reference intervals, then lab codes', r'''
    labcorp
    Patient Report
    Patient Details
    Name: Bauer, Kyle R
    DOB: 07/22/1985
    Sex: M
    Specimen Details
    Date collected: 02/18/2025 0712 Local
    Ordered Items
    Testosterone,Free and Total; Estradiol, Sensitive; Sex Horm Binding Glob, Serum; LH; FSH
    Test
    Testosterone
    Free Testosterone(Direct)
    Estradiol, Sensitive
    Sex Horm Binding Glob, Serum
    LH
    FSH
    Current Result and Flag
    612
    9.8
    41.2 High
    38.9
    5.1
    6.3
    Units
    ng/dL
    pg/mL
    pg/mL
    nmol/L
    mIU/mL
    mIU/mL
    Reference Interval
    264-916
    8.7-25.1
    8.0-35.0
    16.5-55.9
    1.7-8.6
    1.5-12.4
    Lab
    01
    01
    04
    01
    01
    01
''', [
    R('testosterone', '612', 'ng/dL', '264..916'),
    R('testosterone-free', '9.8', 'pg/mL', '8.7..25.1'),
    R('estradiol', '41.2', 'pg/mL', '8.0..35.0', 'high'),
    R('shbg', '38.9', 'nmol/L', '16.5..55.9'),
    R('luteinizing-hormone', '5.1', 'mIU/mL', '1.7..8.6'),
    R('follicle-stimulating-hormone', '6.3', 'mIU/mL', '1.5..12.4'),
], "range=the n-th line of the Reference Interval block belongs to the n-th test name (column order; a-b inclusive); 'High' glued to the estradiol result; the Lab column codes (01, 04), the Ordered Items line and the patient block are not rows.")

case('US', 'en', 'pdfx', 'Cerner hospital chemistry print through pdf-parse: cells glued with no spaces ("Sodium Lvl141mmol/L135-145"), flag glued after the range, "Lvl" suffixes, eGFR ">=a"', r'''
    Banner Health - Laboratory Results
    Name:HENSLEY, ARTHUR MRN:80044172 DOB:05/11/1968 Sex:Male
    Collected:02/21/2025 06:48 MST Received:02/21/2025 07:30 MST
    ProcedureResultUnitsReference RangeFlag
    Comprehensive Metabolic Panel
    Sodium Lvl141mmol/L135-145
    Potassium Lvl4.9mmol/L3.5-5.1
    Chloride Lvl104mmol/L98-107
    Carbon Dioxide24mmol/L22-29
    Anion Gap13mmol/L7-16
    Glucose Lvl94mg/dL70-99
    BUN22mg/dL8-23
    Creatinine Lvl1.31mg/dL0.70-1.30H
    eGFR (CKD-EPI)64mL/min/1.73m2>=60
    Calcium Lvl9.9mg/dL8.6-10.3
    Magnesium LvlCANCELLEDHemolyzed specimen, recollect
    Protein Total7.4g/dL6.4-8.3
    Albumin Lvl4.7g/dL3.5-5.2
    Bilirubin Total0.9mg/dL0.3-1.2
    Alk Phos58U/L40-129
    AST29U/L10-40
    ALT33U/L10-49
    Electronically verified by: LAB, AUTO 02/21/2025 08:14 MST
''', [
    R('sodium', '141', 'mmol/L', '135..145'),
    R('potassium', '4.9', 'mmol/L', '3.5..5.1'),
    R('chloride', '104', 'mmol/L', '98..107'),
    R('carbon-dioxide', '24', 'mmol/L', '22..29'),
    R('anion-gap', '13', 'mmol/L', '7..16'),
    R('glucose', '94', 'mg/dL', '70..99'),
    R('blood-urea-nitrogen', '22', 'mg/dL', '8..23'),
    R('creatinine', '1.31', 'mg/dL', '0.70..1.30', 'high'),
    R('egfr', '64', 'mL/min/1.73m2', '60..'),
    R('calcium', '9.9', 'mg/dL', '8.6..10.3'),
    R('total-protein', '7.4', 'g/dL', '6.4..8.3'),
    R('albumin', '4.7', 'g/dL', '3.5..5.2'),
    R('total-bilirubin', '0.9', 'mg/dL', '0.3..1.2'),
    R('alkaline-phosphatase', '58', 'U/L', '40..129'),
    R('aspartate-aminotransferase', '29', 'U/L', '10..40'),
    R('alanine-aminotransferase', '33', 'U/L', '10..49'),
], "range=the glued text after the unit ('a-b', '>=a' inclusive); the result is the number glued between the name and the unit; 'H' glued after the creatinine range; the cancelled magnesium is not a row; header, patient and verification lines are not rows.")

case('US', 'en', 'pdfx', 'Labcorp CBC through pdf.js text extraction: one space between every cell, lab code 01, previous result and its date on the same line (never keyed), "Not Estab." for percent differentials, a High flag after the result', r'''
    labcorp Patient Report  Bauer, Kyle R  DOB: 07/22/1985  Collected: 02/18/2025
    CBC With Differential/Platelet
    Test Current Result and Flag Previous Result and Date Units Reference Interval
    WBC 01 6.8 7.2 08/19/2024 x10E3/uL 3.4-10.8
    RBC 01 5.71 5.48 08/19/2024 x10E6/uL 4.14-5.80
    Hemoglobin 01 17.2 16.5 08/19/2024 g/dL 13.0-17.7
    Hematocrit 01 52.3 High 49.8 08/19/2024 % 37.5-51.0
    MCV 01 92 91 08/19/2024 fL 79-97
    MCH 01 30.1 30.1 08/19/2024 pg 26.6-33.0
    Platelets 01 244 231 08/19/2024 x10E3/uL 150-450
    Neutrophils 01 58 61 08/19/2024 % Not Estab.
    Lymphs 01 31 28 08/19/2024 % Not Estab.
    Neutrophils (Absolute) 01 3.9 4.4 08/19/2024 x10E3/uL 1.4-7.0
    Lymphs (Absolute) 01 2.1 2.0 08/19/2024 x10E3/uL 0.7-3.1
    Eos (Absolute) 01 0.2 0.1 08/19/2024 x10E3/uL 0.0-0.4
''', [
    R('white-blood-cell-count', '6.8', 'x10E3/uL', '3.4..10.8'),
    R('red-blood-cell-count', '5.71', 'x10E6/uL', '4.14..5.80'),
    R('hemoglobin', '17.2', 'g/dL', '13.0..17.7'),
    R('hematocrit', '52.3', '%', '37.5..51.0', 'high'),
    R('mean-corpuscular-volume', '92', 'fL', '79..97'),
    R('mean-corpuscular-hemoglobin', '30.1', 'pg', '26.6..33.0'),
    R('platelet-count', '244', 'x10E3/uL', '150..450'),
    R('neutrophils', '58', '%', 'text'),
    R('lymphocytes', '31', '%', 'text'),
    R('neutrophils-absolute', '3.9', 'x10E3/uL', '1.4..7.0'),
    R('lymphocytes-absolute', '2.1', 'x10E3/uL', '0.7..3.1'),
    R('eosinophils-absolute', '0.2', 'x10E3/uL', '0.0..0.4'),
], "range=the last cell of each line (a-b inclusive; 'Not Estab.' is text with a null flag); the current result is the first number after the lab code 01; the previous result and its date are never keyed; 'High' printed after the hematocrit result.")

case('US', 'en', 'pdfx', 'Quest iron and vitamin page copied from macOS Preview: every cell on its own line in reading order (name, result, flag if any, range with unit), "(calc)" labels, censored folate ">24.0" against "> 5.4"', r'''
    Quest Diagnostics
    Patient: SALAZAR, EMILIO
    Collected: 02/06/2025 07:15 EST
    IRON, TIBC AND FERRITIN PANEL
    IRON, TOTAL
    142
    50-180 mcg/dL
    IRON BINDING CAPACITY
    268
    250-425 mcg/dL (calc)
    % SATURATION
    53
    H
    20-48 % (calc)
    FERRITIN
    388
    H
    38-380 ng/mL
    VITAMIN D,25-OH,TOTAL,IA
    41
    30-100 ng/mL
    VITAMIN B12
    908
    200-1100 pg/mL
    FOLATE, SERUM
    >24.0
    > 5.4 ng/mL
''', [
    R('iron', '142', 'mcg/dL', '50..180'),
    R('total-iron-binding-capacity', '268', 'mcg/dL', '250..425'),
    R('transferrin-saturation', '53', '%', '20..48', 'high'),
    R('ferritin', '388', 'ng/mL', '38..380', 'high'),
    R('vitamin-d', '41', 'ng/mL', '30..100'),
    R('vitamin-b12', '908', 'pg/mL', '200..1100'),
    R('folate', '24.0', 'ng/mL', '>5.4..', 'normal', vt='>24.0'),
], "range=the line with the unit after each result (a-b inclusive, '> a' strict), '(calc)' is a label; H on its own line belongs to the result above it; '>24.0' lies wholly above 5.4 and is normal, normalized on its bound; panel and patient lines are not rows.")

case('US', 'en', 'pdfx', 'Labcorp lipid page copied from Chrome\'s PDF viewer: each text run on its own line, long names wrapped over two lines ("LDL Chol Calc" / "(NIH)", "Non-HDL" / "Cholesterol"), "High" on its own line, units after ranges', r'''
    Lipid Panel with Non-HDL
    Cholesterol, Total
    211
    High
    100-199
    mg/dL
    Triglycerides
    96
    0-149
    mg/dL
    HDL Cholesterol
    63
    >39
    mg/dL
    LDL Chol Calc
    (NIH)
    131
    High
    0-99
    mg/dL
    Non-HDL
    Cholesterol
    148
    High
    0-129
    mg/dL
    Apolipoprotein B
    102
    High
    <90
    mg/dL
    Lipoprotein (a)
    48.5
    <75.0
    nmol/L
''', [
    R('total-cholesterol', '211', 'mg/dL', '100..199', 'high'),
    R('triglycerides', '96', 'mg/dL', '0..149'),
    R('hdl-cholesterol', '63', 'mg/dL', '>39..'),
    R('ldl-cholesterol', '131', 'mg/dL', '0..99', 'high'),
    R('non-hdl-cholesterol', '148', 'mg/dL', '0..129', 'high'),
    R('apolipoprotein-b', '102', 'mg/dL', '..<90', 'high'),
    R('lipoprotein-a', '48.5', 'nmol/L', '..<75.0'),
], "range=the range line after each result (a-b inclusive, '>a' and '<b' strict); a wrapped name's second line ('(NIH)', 'Cholesterol') is part of the name; 'High' on its own line is the flag of the result above; the panel line is not a row.")

case('US', 'en', 'pdfx', 'Cooper Clinic preventive-exam laboratory summary: a two-column page (two tables side by side on each line), unit inside the test name "Glucose (mg/dL)", H/L glued after the value, "<b" / ">=a" / "<=b" references', r'''
    COOPER CLINIC  ·  Comprehensive Preventive Exam  ·  Laboratory Summary        Exam date: 01/28/2025
    Patient: WHITFIELD, DANIEL      Sex: Male      Age: 52
    CHEMISTRY                 Result    Reference        HORMONES & VITAMINS       Result    Reference
    Glucose (mg/dL)           101 H     65-99            Testosterone (ng/dL)      455       250-1100
    Creatinine (mg/dL)        0.98      0.70-1.30        Free T (pg/mL)            61.2      35.0-155.0
    eGFR (mL/min/1.73m2)      91        >=60             PSA (ng/mL)               2.2       <=4.0
    Uric acid (mg/dL)         6.1       4.0-8.0          TSH (mIU/L)               1.84      0.40-4.50
    GGT (U/L)                 48 H      3-40             Vitamin D (ng/mL)         27 L      30-100
    ALT (U/L)                 27        9-46             Ferritin (ng/mL)          144       38-380
    LIPIDS                    Result    Reference        GLYCEMIC & INFLAMMATION   Result    Reference
    Cholesterol (mg/dL)       198       <200             HbA1c (%)                 5.8 H     <5.7
    HDL (mg/dL)               47        >=40             Insulin (uIU/mL)          9.4       2.0-19.6
    LDL (mg/dL)               121 H     <100             hs-CRP (mg/L)             1.2       <3.0
    Triglycerides (mg/dL)     149       <150             Homocysteine (umol/L)     11.8 H    <11.4
    ApoB (mg/dL)              95 H      <90              Lp(a) (nmol/L)            31        <75
    Your physician will review these results with you at your exam summary visit.
''', [
    R('glucose', '101', 'mg/dL', '65..99', 'high'),
    R('creatinine', '0.98', 'mg/dL', '0.70..1.30'),
    R('egfr', '91', 'mL/min/1.73m2', '60..'),
    R('uric-acid', '6.1', 'mg/dL', '4.0..8.0'),
    R('gamma-glutamyl-transferase', '48', 'U/L', '3..40', 'high'),
    R('alanine-aminotransferase', '27', 'U/L', '9..46'),
    R('testosterone', '455', 'ng/dL', '250..1100'),
    R('testosterone-free', '61.2', 'pg/mL', '35.0..155.0'),
    R('prostate-specific-antigen', '2.2', 'ng/mL', '..4.0'),
    R('thyroid-stimulating-hormone', '1.84', 'mIU/L', '0.40..4.50'),
    R('vitamin-d', '27', 'ng/mL', '30..100', 'low'),
    R('ferritin', '144', 'ng/mL', '38..380'),
    R('total-cholesterol', '198', 'mg/dL', '..<200'),
    R('hdl-cholesterol', '47', 'mg/dL', '40..'),
    R('ldl-cholesterol', '121', 'mg/dL', '..<100', 'high'),
    R('triglycerides', '149', 'mg/dL', '..<150'),
    R('apolipoprotein-b', '95', 'mg/dL', '..<90', 'high'),
    R('hemoglobin-a1c', '5.8', '%', '..<5.7', 'high'),
    R('insulin', '9.4', 'uIU/mL', '2.0..19.6'),
    R('hs-crp', '1.2', 'mg/L', '..<3.0'),
    R('homocysteine', '11.8', 'umol/L', '..<11.4', 'high'),
    R('lipoprotein-a', '31', 'nmol/L', '..<75'),
], "range=the Reference cell of the same half-line (a-b, '>=a', '<=b' inclusive, '<b' strict); the unit is the one in brackets in the name; each line holds two tests (left table, then right table; keyed left column first); H/L printed after the value; headers and the closing line are not rows.")

case('US', 'en', 'pdfx', 'Sonic Reference Laboratory (Austin) report text with typographic ligatures from the PDF font ("Lipid Proﬁle", "ﬁltration", "Inﬂammation"), H/L column, "<b" / ">a" references', r'''
    Sonic Reference Laboratory · Austin, Texas                              Final Report
    Patient: OKAFOR, CHIDI      DOB: 12/04/1975    Sex: M    Collected: 02/13/2025 08:10
    Lipid Proﬁle
      Cholesterol, Total                      186          mg/dL            <200
      Triglycerides                           212     H    mg/dL            <150
      HDL Cholesterol                         36      L    mg/dL            >39
      LDL Cholesterol, Calculated             108     H    mg/dL            <100
    Kidney Function
      Creatinine                              1.12         mg/dL            0.70-1.30
      Estimated glomerular ﬁltration rate     79           mL/min/1.73m2    >59
    Inﬂammation
      C-Reactive Protein, High Sensitivity    3.8     H    mg/L             <3.0
    Iron Proﬁle
      Iron                                    96           ug/dL            59-158
      Transferrin Saturation                  31           %                20-50
      Ferritin                                186          ng/mL            30-400
    Speciﬁcations: lipid results are ﬂagged against NCEP desirable limits.
''', [
    R('total-cholesterol', '186', 'mg/dL', '..<200'),
    R('triglycerides', '212', 'mg/dL', '..<150', 'high'),
    R('hdl-cholesterol', '36', 'mg/dL', '>39..', 'low'),
    R('ldl-cholesterol', '108', 'mg/dL', '..<100', 'high'),
    R('creatinine', '1.12', 'mg/dL', '0.70..1.30'),
    R('egfr', '79', 'mL/min/1.73m2', '>59..'),
    R('hs-crp', '3.8', 'mg/L', '..<3.0', 'high'),
    R('iron', '96', 'ug/dL', '59..158'),
    R('transferrin-saturation', '31', '%', '20..50'),
    R('ferritin', '186', 'ng/mL', '30..400'),
], "range=the last column ('<b', '>a' strict, a-b inclusive); H/L column; the ligature characters (ﬁ, ﬂ) are part of the printed names and headers; section headers and the footnote are not rows.")

case('US', 'en', 'pdfx', 'Cedars-Sinai report text with invisible soft hyphens inside names ("Testo\u00adsterone") and a hyphenated line break splitting a name from its value ("Thyroid-Stimu-" / "lating Hormone"), fi ligature, no flags printed', r'''
    Cedars-Sinai Medical Center — Department of Pathology and Laboratory Medicine
    Patient: LEVINE, AARON   MRN: 4418027   DOB: 02/17/1961   Sex: M   Collected: 02/25/2025 07:40   Final
    Test                                         Result   Units      Reference
    Testo­sterone, Total (LC-MS/MS)              498      ng/dL      250-1100
    Testo­sterone, Free (calculated)             71.4     pg/mL      46.0-224.0
    Sex Hormone-Bind­ing Globulin                34       nmol/L     11-80
    Dehydro­epiandrosterone Sulfate              212      mcg/dL     42-290
    Thyroid-Stimu-
    lating Hormone                               2.05     uIU/mL     0.27-4.20
    Insulin-like Growth Fac­tor 1                176      ng/mL      64-240
    Prostate-Spe­ciﬁc Antigen                    3.1      ng/mL      0.0-4.0
''', [
    R('testosterone', '498', 'ng/dL', '250..1100'),
    R('testosterone-free', '71.4', 'pg/mL', '46.0..224.0'),
    R('shbg', '34', 'nmol/L', '11..80'),
    R('dhea-sulfate', '212', 'mcg/dL', '42..290'),
    R('thyroid-stimulating-hormone', '2.05', 'uIU/mL', '0.27..4.20'),
    R('somatomedin-c', '176', 'ng/mL', '64..240'),
    R('prostate-specific-antigen', '3.1', 'ng/mL', '0.0..4.0'),
], "range=the Reference column (a-b inclusive); no flags printed, all computed; the soft hyphens (U+00AD) are invisible parts of the names; 'Thyroid-Stimu-' / 'lating Hormone' is one name broken by a hyphenated line break, its values on the second line; uIU/mL = m[IU]/L.")

case('AU', 'en', 'pdfx', 'Capital Pathology (Sonic, Canberra) two-page report through pdftotext without -layout, row by row: every cell on its own line, bracketed SI ranges, H on its own line, page footer and repeated header between rows, section "(continued)"', r'''
    Capital Pathology
    A Sonic Healthcare practice
    Patient: MORETTI, Luca
    DOB: 14/06/1972 Sex: M
    Lab No: 25-4471902
    Collected: 20/02/2025 08:05
    MALE HORMONE PROFILE
    Test
    Result
    Units
    Reference Range
    Testosterone
    14.2
    nmol/L
    (8.0-35.0)
    SHBG
    31
    nmol/L
    (15-50)
    Calc. free testosterone
    312
    pmol/L
    (200-600)
    LH
    6.8
    IU/L
    (1.0-9.0)
    FSH
    11.6
    H
    IU/L
    (1.0-10.0)
    Page 1 of 2
    Capital Pathology
    Patient: MORETTI, Luca
    Lab No: 25-4471902
    MALE HORMONE PROFILE (continued)
    Oestradiol
    104
    pmol/L
    (<150)
    PSA
    1.9
    ug/L
    (<3.0)
    IRON STUDIES
    Ferritin
    54
    ug/L
    (30-500)
    Page 2 of 2
''', [
    R('testosterone', '14.2', 'nmol/L', '8.0..35.0'),
    R('shbg', '31', 'nmol/L', '15..50'),
    R('testosterone-free', '312', 'pmol/L', '200..600'),
    R('luteinizing-hormone', '6.8', 'IU/L', '1.0..9.0'),
    R('follicle-stimulating-hormone', '11.6', 'IU/L', '1.0..10.0', 'high'),
    R('estradiol', '104', 'pmol/L', '..<150'),
    R('prostate-specific-antigen', '1.9', 'ug/L', '..<3.0'),
    R('ferritin', '54', 'ug/L', '30..500'),
], "range=the bracketed line after the unit ('(a-b)' inclusive, '(<b)' strict); H on its own line before the unit belongs to FSH; testosterone, free testosterone and oestradiol → mass units with the key's molar mass; IU/L = mIU/mL; ug/L = ng/mL; footer and repeated header lines are not rows.")

case('US', 'en', 'pdfx', 'Epic MyChart "print to PDF" page read back with pdf-parse: Component / Your Value / Standard Range cells glued, "(H)" inside the value cell, units repeated in value and range', r'''
    MyChart - Test Details
    Testosterone Free and Total, Estradiol, PSA, SHBG, Hematocrit
    Collected on Feb 14, 2025 7:20 AM
    ComponentYour ValueStandard Range
    Testosterone, Total612 ng/dL264 - 916 ng/dL
    Testosterone, Free9.4 pg/mL8.7 - 25.1 pg/mL
    Estradiol44.1 pg/mL (H)7.6 - 42.6 pg/mL
    Hematocrit51.8 % (H)38.5 - 50.0 %
    PSA1.6 ng/mL0.0 - 4.0 ng/mL
    SHBG29.7 nmol/L16.5 - 55.9 nmol/L
    Resulting lab: LABCORP. This test was performed at an outside lab.
''', [
    R('testosterone', '612', 'ng/dL', '264..916'),
    R('testosterone-free', '9.4', 'pg/mL', '8.7..25.1'),
    R('estradiol', '44.1', 'pg/mL', '7.6..42.6', 'high'),
    R('hematocrit', '51.8', '%', '38.5..50.0', 'high'),
    R('prostate-specific-antigen', '1.6', 'ng/mL', '0.0..4.0'),
    R('shbg', '29.7', 'nmol/L', '16.5..55.9'),
], "range=the glued 'a - b unit' after the value's unit (inclusive); '(H)' in the value cell = high; the component-list line and resulting-lab line are not rows.")
case('US', 'en', 'pdfx', 'Hackensack Meridian Health hospital CBC page with the differential printed in a second column beside the blood count (two tables side by side on each line), K/uL and M/uL, H/L after the value', r'''
    HACKENSACK MERIDIAN HEALTH LABORATORIES                      Final Report
    Patient: DIAZ, ROBERTO   MRN 7702188   Male   DOB 10/09/1969   Collected 02/26/2025 06:55
    HEMATOLOGY                                     DIFFERENTIAL
    WBC          6.2      K/uL   4.5-11.0          Neutrophils %      62.1     %      40.0-74.0
    RBC          5.48     M/uL   4.50-5.90         Lymphocytes %      27.4     %      19.0-48.0
    Hemoglobin   16.1     g/dL   13.5-17.5         Monocytes %        7.2      %      3.4-9.0
    Hematocrit   48.9     %      41.0-53.0         Eosinophils %      2.6      %      0.0-7.0
    MCV          89.2     fL     80.0-100.0        Basophils %        0.7      %      0.0-1.5
    MCH          29.4     pg     26.0-34.0         Neutrophils Abs    3.85     K/uL   1.80-7.70
    MCHC         32.9     g/dL   31.0-37.0         Lymphocytes Abs    1.70     K/uL   1.00-4.80
    RDW          15.1 H   %      11.5-14.5         Monocytes Abs      0.45     K/uL   0.20-0.95
    Platelets    142 L    K/uL   150-400           Eosinophils Abs    0.16     K/uL   0.00-0.50
    Verified by: M. ORTIZ, MLS(ASCP)  02/26/2025 07:41
''', [
    R('white-blood-cell-count', '6.2', 'K/uL', '4.5..11.0'),
    R('red-blood-cell-count', '5.48', 'M/uL', '4.50..5.90'),
    R('hemoglobin', '16.1', 'g/dL', '13.5..17.5'),
    R('hematocrit', '48.9', '%', '41.0..53.0'),
    R('mean-corpuscular-volume', '89.2', 'fL', '80.0..100.0'),
    R('mean-corpuscular-hemoglobin', '29.4', 'pg', '26.0..34.0'),
    R('mean-corpuscular-hemoglobin-concentration', '32.9', 'g/dL', '31.0..37.0'),
    R('red-cell-distribution-width', '15.1', '%', '11.5..14.5', 'high'),
    R('platelet-count', '142', 'K/uL', '150..400', 'low'),
    R('neutrophils', '62.1', '%', '40.0..74.0'),
    R('lymphocytes', '27.4', '%', '19.0..48.0'),
    R('monocytes', '7.2', '%', '3.4..9.0'),
    R('eosinophils', '2.6', '%', '0.0..7.0'),
    R('basophils', '0.7', '%', '0.0..1.5'),
    R('neutrophils-absolute', '3.85', 'K/uL', '1.80..7.70'),
    R('lymphocytes-absolute', '1.70', 'K/uL', '1.00..4.80'),
    R('monocytes-absolute', '0.45', 'K/uL', '0.20..0.95'),
    R('eosinophils-absolute', '0.16', 'K/uL', '0.00..0.50'),
], "range=the range cell of the same half-line (a-b inclusive); each line holds two tests (left table keyed first, then the right); H/L after the value; K/uL = 10*3/uL, M/uL = 10*6/uL; header and verification lines are not rows.")

case('US', 'en', 'pdfx', 'Labcorp thyroid report copied from Chrome\'s PDF viewer: every cell on its own line including the lab code 01, the flag word, the previous result and its date (never keyed), TPO antibody IU/mL, thyroglobulin antibody High', r'''
    Thyroid Panel With TSH; TPO Ab; Thyroglobulin Antibody
    TSH
    01
    5.210
    High
    3.880
    09/30/2024
    uIU/mL
    0.450-4.500
    Thyroxine (T4)
    01
    6.9
    7.4
    09/30/2024
    ug/dL
    4.5-12.0
    T4,Free(Direct)
    01
    1.08
    1.21
    09/30/2024
    ng/dL
    0.82-1.77
    Triiodothyronine,Free,Serum
    01
    2.9
    3.1
    09/30/2024
    pg/mL
    2.0-4.4
    Thyroid Peroxidase (TPO) Ab
    01
    58
    High
    41
    09/30/2024
    IU/mL
    0-34
    Thyroglobulin Antibody
    01
    1.4
    High
    1.1
    09/30/2024
    IU/mL
    0.0-0.9
''', [
    R('thyroid-stimulating-hormone', '5.210', 'uIU/mL', '0.450..4.500', 'high'),
    R('total-t4', '6.9', 'ug/dL', '4.5..12.0'),
    R('free-t4', '1.08', 'ng/dL', '0.82..1.77'),
    R('free-t3', '2.9', 'pg/mL', '2.0..4.4'),
    R('thyroid-peroxidase-antibody', '58', 'IU/mL', '0..34', 'high'),
    R('thyroglobulin-antibody', '1.4', 'IU/mL', '0.0..0.9', 'high'),
], "range=the last line of each block (a-b inclusive); the current result is the first number after the lab code 01, the next number and the date are the previous result (never keyed); 'High' belongs to the current result; TPO antibody IU/mL not normalized (catalog U/mL); thyroglobulin antibody is ([IU]/mL).")

case('US', 'en', 'pdfx', 'BioReference Laboratories male hormone page through pdf.js: one space between cells, H flag glued to the value ("52.0H", "1,020H"), thousands comma, IGF-1 with a digit in the name', r'''
    BioReference Laboratories   481 Edward H. Ross Drive, Elmwood Park, NJ 07407
    PATIENT: CASTELLANO, VINCENT SEX: M AGE: 47Y ACCESSION: 5D118402 COLLECTED: 02/27/2025 08:20
    TEST NAME RESULT FLAG REFERENCE RANGE UNITS
    TESTOSTERONE, TOTAL 1,020H 249-836 ng/dL
    TESTOSTERONE, FREE 19.6H 6.6-18.1 pg/mL
    ESTRADIOL 52.0H 7.6-42.6 pg/mL
    PROLACTIN 6.4 4.0-15.2 ng/mL
    DHEA-SULFATE 301 88.9-427.0 ug/dL
    IGF-1 (SOMATOMEDIN C) 198 83-233 ng/mL
    PSA, TOTAL 0.85 0.00-4.00 ng/mL
    ELECTRONICALLY SIGNED BY LABORATORY DIRECTOR
''', [
    R('testosterone', '1020', 'ng/dL', '249..836', 'high'),
    R('testosterone-free', '19.6', 'pg/mL', '6.6..18.1', 'high'),
    R('estradiol', '52.0', 'pg/mL', '7.6..42.6', 'high'),
    R('prolactin', '6.4', 'ng/mL', '4.0..15.2'),
    R('dhea-sulfate', '301', 'ug/dL', '88.9..427.0'),
    R('somatomedin-c', '198', 'ng/mL', '83..233'),
    R('prostate-specific-antigen', '0.85', 'ng/mL', '0.00..4.00'),
], "range=the a-b before the unit (inclusive); 'H' glued to the value is the flag; '1,020' is a US thousands comma; the '1' of 'IGF-1' is part of the name; the address and signature lines are not rows.")

case('UK', 'en', 'pdfx', 'HCA Healthcare UK laboratory report text with ligatures in section titles ("Proﬁle") and a soft hyphen inside "Oestra\u00addiol", SI units, g/L haemoglobin and L/L haematocrit, H after the value', r'''
    HCA Healthcare UK Laboratories   The Halo Building, 1 Mabledon Place, London WC1H 9AX
    Patient: ASHWORTH, Oliver   DOB: 03/05/1980   Sex: M   Lab no: H2504417   Received: 19/02/2025
    Endocrine Proﬁle
      Testosterone                    21.4        nmol/L     8.6 - 29.0
      Sex Hormone Binding Globulin    23          nmol/L     18.3 - 54.1
      Oestra­diol                      182    H    pmol/L     < 146
    Thyroid Proﬁle
      TSH                             2.9         mIU/L      0.27 - 4.20
      Free T4                         17.1        pmol/L     12.0 - 22.0
    Haematology Proﬁle
      Haemoglobin                     168         g/L        130 - 170
      Haematocrit                     0.51   H    L/L        0.40 - 0.50
      Ferritin                        96          ug/L       30 - 400
    Speciﬁc results ﬂagged H/L fall outside the reference interval for an adult male.
''', [
    R('testosterone', '21.4', 'nmol/L', '8.6..29.0'),
    R('shbg', '23', 'nmol/L', '18.3..54.1'),
    R('estradiol', '182', 'pmol/L', '..<146', 'high'),
    R('thyroid-stimulating-hormone', '2.9', 'mIU/L', '0.27..4.20'),
    R('free-t4', '17.1', 'pmol/L', '12.0..22.0'),
    R('hemoglobin', '168', 'g/L', '130..170'),
    R('hematocrit', '0.51', 'L/L', '0.40..0.50', 'high'),
    R('ferritin', '96', 'ug/L', '30..400'),
], "range=the last column (a - b inclusive, '< b' strict); H after the value; testosterone, oestradiol and free T4 → mass units with the key's molar mass; g/L ÷10 → g/dL; L/L ×100 → %; ug/L = ng/mL; ligatures and the soft hyphen are parts of the printed words; section titles and the footnote are not rows.")

case('US', 'en', 'pdfx', 'Quest lipid and cardio page through pdftotext without -layout, row by row: name, result (with H when out of range), reference with unit, lab code, each on its own line; "(calc)" rows, ratio without unit', r'''
    Quest Diagnostics Incorporated
    Client #: 97533012
    Patient: PARK, STEVEN
    Collected: 02/19/2025 / 07:50 EST
    Test Name
    In Range
    Out Of Range
    Reference Range
    Lab
    LIPID PANEL, STANDARD
    CHOLESTEROL, TOTAL
    231 H
    <200 mg/dL
    Z4M
    HDL CHOLESTEROL
    44
    > OR = 40 mg/dL
    Z4M
    TRIGLYCERIDES
    188 H
    <150 mg/dL
    Z4M
    LDL-CHOLESTEROL
    152 H
    <100 mg/dL (calc)
    Z4M
    CHOL/HDLC RATIO
    5.3 H
    <5.0 (calc)
    Z4M
    NON HDL CHOLESTEROL
    187 H
    <130 mg/dL (calc)
    Z4M
    APOLIPOPROTEIN B
    118 H
    <90 mg/dL
    EZ
    LIPOPROTEIN (a)
    164 H
    <75 nmol/L
    EZ
    HS CRP
    0.8
    <1.0 mg/L
    Z4M
''', [
    R('total-cholesterol', '231', 'mg/dL', '..<200', 'high'),
    R('hdl-cholesterol', '44', 'mg/dL', '40..'),
    R('triglycerides', '188', 'mg/dL', '..<150', 'high'),
    R('ldl-cholesterol', '152', 'mg/dL', '..<100', 'high'),
    R('cholesterol-hdl-ratio', '5.3', None, '..<5.0', 'high'),
    R('non-hdl-cholesterol', '187', 'mg/dL', '..<130', 'high'),
    R('apolipoprotein-b', '118', 'mg/dL', '..<90', 'high'),
    R('lipoprotein-a', '164', 'nmol/L', '..<75', 'high'),
    R('hs-crp', '0.8', 'mg/L', '..<1.0'),
], "range=the line after the result ('<b' strict, '> OR = a' inclusive, unit and '(calc)' dropped); H after the result; the ratio prints no unit, so no normalizedValue; lab codes (Z4M, EZ), the column headings and the panel line are not rows.")

case('AU', 'en', 'pdfx', 'Western Diagnostic Pathology (WA) report through pdf-parse: cells glued with no spaces (a space survives only where the name cell ends with one, "Free T4 12pmol/L"), the range in brackets glued after the unit and the H flag glued after the range, SI thyroid, folate and vitamin D', r'''
    Western Diagnostic Pathology
    Patient:NGUYEN, Thanh  DOB:09/09/1977  Sex:M  Lab ID:74-2281904  Collected:24/02/2025
    THYROID FUNCTION TESTS
    TSH6.8mIU/L(0.40-4.00)H
    Free T4 12pmol/L(10-20)
    Free T3 4.1pmol/L(3.5-6.5)
    THYROID ANTIBODIES
    Thyroid Peroxidase Ab87IU/mL(<6)H
    VITAMINS
    Folate (serum)28nmol/L(>10)
    25-OH Vitamin D58nmol/L(50-150)
    Comment: Raised TSH with positive TPO antibodies; suggest repeat TFTs in 6-8 weeks.
''', [
    R('thyroid-stimulating-hormone', '6.8', 'mIU/L', '0.40..4.00', 'high'),
    R('free-t4', '12', 'pmol/L', '10..20'),
    R('free-t3', '4.1', 'pmol/L', '3.5..6.5'),
    R('thyroid-peroxidase-antibody', '87', 'IU/mL', '..<6', 'high'),
    R('folate', '28', 'nmol/L', '>10..'),
    R('vitamin-d', '58', 'nmol/L', '50..150'),
], "range=the bracket glued after the unit ('(a-b)' inclusive, '(<b)' and '(>a)' strict); the value is the number glued between the name and the unit; H glued after the bracket; free T4/T3, folate and vitamin D → mass units with the key's molar mass; TPO antibody IU/mL not normalized; the comment is not a row.")

# ---- no-result pdfx
case('US', 'en', 'pdfx', 'Quest test requisition through pdftotext without -layout: account, ICD-10 codes, test codes and names, blanks to fill, no result', r'''
    Quest Diagnostics
    Test Requisition
    Account #: 97533012
    Patient: REYES, MARIA
    DOB: 04/02/1983
    Sex: F
    Bill To: Patient
    ICD-10 Codes
    E28.2
    R53.83
    Tests Ordered
    496  Hemoglobin A1c
    14966  Testosterone, Free and Total, MS
    36127  TSH w/reflex to FT4
    7600  Lipid Panel
    Collection Date: ______
    Fasting: Yes
    Physician Signature: ______
''', [], "range=none: a requisition; ICD-10 and test codes are not results.")

case('US', 'en', 'pdfx', 'patient-portal "specimen received" page copied from Chrome: each cell on its own line, every test in process or sent out, no result', r'''
    Your results
    Lab Report · Specimen received
    Collected Feb 28, 2025 8:02 AM
    Test
    Status
    Estradiol, Ultrasensitive
    In process
    IGF-1
    In process
    Testosterone, Free (Dialysis)
    Sent to reference lab
    Expected by Mar 7, 2025
''', [], "range=none: every test is pending.")
# ---- family intl: hospital and national laboratory systems of countries the earlier sets used little
case('IE', 'en', 'intl', 'St James\'s Hospital Dublin laboratory medicine print: SI hormones, L/H letters between value and unit, HbA1c in mmol/mol with a range, authorisation line, comment', r'''
    St. James's Hospital, Dublin 8 — Laboratory Medicine                          MRN: 0448172
    Patient: O'SULLIVAN, Ciarán   DOB: 22/07/1969   Sex: M   Location: Endocrine OPD
    Specimen: Serum   Collected: 14/02/2025 09:10   Authorised: 14/02/2025 15:42
    Test                      Result          Units       Reference Range
    Testosterone              7.2      L      nmol/L      8.6 - 29.0
    SHBG                      52              nmol/L      18.3 - 54.1
    LH                        2.1             IU/L        1.7 - 8.6
    FSH                       2.9             IU/L        1.5 - 12.4
    Prolactin                 198             mIU/L       86 - 324
    Oestradiol                61              pmol/L      41.4 - 159
    HbA1c                     44       H      mmol/mol    20 - 41
    Comment: Testosterone below the reference interval; suggest repeat fasting early-morning sample.
''', [
    R('testosterone', '7.2', 'nmol/L', '8.6..29.0', 'low'),
    R('shbg', '52', 'nmol/L', '18.3..54.1'),
    R('luteinizing-hormone', '2.1', 'IU/L', '1.7..8.6'),
    R('follicle-stimulating-hormone', '2.9', 'IU/L', '1.5..12.4'),
    R('prolactin', '198', 'mIU/L', '86..324'),
    R('estradiol', '61', 'pmol/L', '41.4..159'),
    R('hemoglobin-a1c', '44', 'mmol/mol', '20..41', 'high'),
], "range=the Reference Range column (a - b inclusive); L/H between value and unit; testosterone and oestradiol → mass units; IU/L = mIU/mL; prolactin mIU/L and HbA1c mmol/mol are not normalized (sets 22-24); the MRN, authorisation and comment lines are not rows.")

case('NZ', 'en', 'intl', 'ManageMyHealth portal copy of an Awanui Labs (Auckland) iron and haematinics report: value and unit together, bracketed range, L letter at the end, iron in umol/L, transferrin in g/L, HbA1c in mmol/mol with "(< b)"', r'''
    ManageMyHealth  ›  Lab Results  ›  Awanui Labs Auckland
    Reported 11-Feb-2025  ·  Requested by Dr P. Nair  ·  NHI: ZAB1234
    Ferritin                  18 ug/L          (20 - 500)     L
    Iron                      9 umol/L         (10 - 30)      L
    Transferrin               3.4 g/L          (2.0 - 3.6)
    Transferrin Saturation    11 %             (15 - 45)      L
    Vitamin B12               196 pmol/L       (170 - 800)
    Folate                    21 nmol/L        (> 8.8)
    HbA1c                     39 mmol/mol      (< 41)
    Comment: Iron deficiency. Suggest coeliac serology if no obvious cause.
''', [
    R('ferritin', '18', 'ug/L', '20..500', 'low'),
    R('iron', '9', 'umol/L', '10..30', 'low'),
    R('transferrin', '3.4', 'g/L', '2.0..3.6'),
    R('transferrin-saturation', '11', '%', '15..45', 'low'),
    R('vitamin-b12', '196', 'pmol/L', '170..800'),
    R('folate', '21', 'nmol/L', '>8.8..'),
    R('hemoglobin-a1c', '39', 'mmol/mol', '..<41'),
], "range=the bracket after the unit ('(a - b)' inclusive, '(> a)' and '(< b)' strict); L at the line end; iron, B12 and folate → mass units with the key's molar mass; transferrin g/L ×100 → mg/dL; ug/L = ng/mL; HbA1c mmol/mol not normalized; the NHI line and comment are not rows.")

case('ZA', 'en', 'intl', 'Vermaak & Partners Pathologists (Pretoria) report: square-bracket ranges "[ a - b ]", H/L between value and unit, calculated free testosterone in nmol/L, free PSA without a range, free/total PSA ratio with "[ > a ]", urate in mmol/L', r'''
    VERMAAK & PARTNERS PATHOLOGISTS   Pretoria
    Patient: VAN DER MERWE, Johan   Age: 51 Y   Sex: M   Ref Dr: Dr L. Botha   Lab No: VP25-118420
    Requested: 25/02/2025                                               Reported: 26/02/2025
    ENDOCRINOLOGY
     Testosterone (total)            18.9          nmol/L     [ 8.6 - 29.0 ]
     Testosterone (free, calc)       0.392         nmol/L     [ 0.198 - 0.619 ]
     SHBG                            34            nmol/L     [ 18.3 - 54.1 ]
     PSA (total)                     4.6     H     ug/L       [ 0.0 - 4.0 ]
     PSA (free)                      0.62          ug/L
     Free/Total PSA ratio            13      L     %          [ > 25 ]
    CHEMISTRY
     Urate                           0.46    H     mmol/L     [ 0.20 - 0.42 ]
     Gamma GT                        61      H     U/L        [ 0 - 60 ]
    A free/total PSA ratio below 25 % is associated with a higher probability of prostate cancer. Urology referral advised.
''', [
    R('testosterone', '18.9', 'nmol/L', '8.6..29.0'),
    R('testosterone-free', '0.392', 'nmol/L', '0.198..0.619'),
    R('shbg', '34', 'nmol/L', '18.3..54.1'),
    R('prostate-specific-antigen', '4.6', 'ug/L', '0.0..4.0', 'high'),
    R('prostate-specific-antigen-free', '0.62', 'ug/L', ''),
    R('prostate-specific-antigen-free-percent', '13', '%', '>25..', 'low'),
    R('uric-acid', '0.46', 'mmol/L', '0.20..0.42', 'high'),
    R('gamma-glutamyl-transferase', '61', 'U/L', '0..60', 'high'),
], "range=the square brackets ('[ a - b ]' inclusive, '[ > a ]' strict); H/L between value and unit; free PSA prints no range (empty range, null flag, as sets 23-24); testosterone, free testosterone and urate → mass units with the key's molar mass; ug/L = ng/mL; section titles and the interpretive sentence are not rows.")

case('SG', 'en', 'intl', 'Parkway Laboratories (Singapore) health-screening report: sex-specific ranges "M: a - b   F: c - d" with the patient\'s sex printed, SI chemistry, x10^9/L platelets, H letter between value and unit', r'''
    PARKWAY LABORATORIES   Health Screening Report                                   Singapore
    Name: TAN WEI MING   NRIC: S****482J   Sex: M   Age: 46   Collected: 18/02/2025 08:30
    TEST                       RESULT         UNITS       REFERENCE RANGE
    HAEMATOLOGY
    Haemoglobin                15.2           g/dL        M: 13.0 - 17.0    F: 11.5 - 15.5
    Haematocrit                45.6           %           M: 40 - 52        F: 36 - 46
    Platelets                  256            x10^9/L     150 - 400
    BIOCHEMISTRY
    Fasting Glucose            6.4     H      mmol/L      3.9 - 6.0
    Creatinine                 98             umol/L      M: 65 - 125       F: 45 - 90
    Uric Acid                  452     H      umol/L      M: 200 - 430      F: 140 - 360
    Gamma GT                   38             U/L         M: 10 - 71        F: 6 - 42
    Ferritin                   310            ug/L        M: 30 - 400       F: 13 - 150
    LIPIDS
    Total Cholesterol          5.6     H      mmol/L      < 5.2
    LDL Cholesterol            3.8     H      mmol/L      < 3.4
    URINE
    Urine Glucose              2+                          Negative
    Results to be interpreted by the attending physician.
''', [
    R('hemoglobin', '15.2', 'g/dL', '13.0..17.0'),
    R('hematocrit', '45.6', '%', '40..52'),
    R('platelet-count', '256', 'x10^9/L', '150..400'),
    R('glucose', '6.4', 'mmol/L', '3.9..6.0', 'high'),
    R('creatinine', '98', 'umol/L', '65..125'),
    R('uric-acid', '452', 'umol/L', '200..430', 'high'),
    R('gamma-glutamyl-transferase', '38', 'U/L', '10..71'),
    R('ferritin', '310', 'ug/L', '30..400'),
    R('total-cholesterol', '5.6', 'mmol/L', '..<5.2', 'high'),
    R('ldl-cholesterol', '3.8', 'mmol/L', '..<3.4', 'high'),
    R('glucose-in-urine', None, None, 'text', 'abnormal', vt='2+'),
], "range=the male ('M:') range, as the patient's sex is printed as M (a - b inclusive, '< b' strict); H between value and unit; urine glucose '2+' against the expected text 'Negative' is abnormal (qualitative, range text); glucose, creatinine, uric acid and lipids → mg/dL with the key's molar mass; ug/L = ng/mL; section titles are not rows.")

case('HK', 'en', 'intl', 'Hong Kong Sanatorium & Hospital pathology report with bilingual English/Chinese headers and test names, SI units, H in a flag column, "<b" bounds', r'''
    養和醫院 Hong Kong Sanatorium & Hospital          Department of Pathology 病理部
    Name 姓名: CHAN TAI MAN   Sex 性別: M   Age 年齡: 55   Lab No 化驗編號: 25B0218844
    Test 檢驗項目                  Result 結果    Flag    Unit 單位    Ref. Range 參考值
    Testosterone 睾酮               10.9                   nmol/L       7.6 - 31.4
    Oestradiol 雌二醇               118                    pmol/L       41 - 159
    PSA 前列腺特異抗原              2.84                   ug/L         <4.0
    HbA1c 糖化血紅素                6.1            H       %            4.0 - 6.0
    Fasting Glucose 空腹血糖        5.9                    mmol/L       3.9 - 6.0
    LDL-C 低密度膽固醇              2.9            H       mmol/L       <2.6
    Reported by 報告: Dr. K. Y. Lam, Pathologist
''', [
    R('testosterone', '10.9', 'nmol/L', '7.6..31.4'),
    R('estradiol', '118', 'pmol/L', '41..159'),
    R('prostate-specific-antigen', '2.84', 'ug/L', '..<4.0'),
    R('hemoglobin-a1c', '6.1', '%', '4.0..6.0', 'high'),
    R('glucose', '5.9', 'mmol/L', '3.9..6.0'),
    R('ldl-cholesterol', '2.9', 'mmol/L', '..<2.6', 'high'),
], "range=the Ref. Range column (a - b inclusive, '<b' strict); H in the Flag column; testosterone, oestradiol, glucose and LDL → mass units with the key's molar mass; ug/L = ng/mL; Chinese words are part of the names; the signature is not a row.")

case('PH', 'en', 'intl', 'St. Luke\'s Medical Center (Global City, Manila) clinical chemistry in SI units only: FBS and SGPT abbreviations, RESULT / FLAG / REFERENCE RANGE / UNIT columns, "< b" and "> a" bounds', r'''
    ST. LUKE'S MEDICAL CENTER — Global City      Institute of Pathology and Laboratory Medicine
    Patient: SANTOS, Miguel R.   Age/Sex: 49/M   Case No.: 2502-118442   Requested by: Dr. A. Reyes
    CLINICAL CHEMISTRY               RESULT      FLAG     REFERENCE RANGE      UNIT
    FBS                              5.2                  4.1 - 5.9            mmol/L
    Potassium                        6.3         HH       3.5 - 5.1            mmol/L
    Cholesterol                      6.10        H        < 5.20               mmol/L
    Triglycerides                    2.34        H        < 1.70               mmol/L
    HDL                              0.96        L        > 1.04               mmol/L
    LDL (computed)                   4.08        H        < 3.37               mmol/L
    Creatinine                       101                  53 - 115             umol/L
    SGPT (ALT)                       48          H        0 - 41               U/L
    Uric Acid                        512         H        202 - 417            umol/L
    HH/LL = critical value, called to Dr. A. Reyes 10:42 by J. Cruz
    Medical Technologist: J. Cruz, RMT   Pathologist: Dr. L. Villanueva, FPSP
''', [
    R('glucose', '5.2', 'mmol/L', '4.1..5.9'),
    R('potassium', '6.3', 'mmol/L', '3.5..5.1', 'critical-high'),
    R('total-cholesterol', '6.10', 'mmol/L', '..<5.20', 'high'),
    R('triglycerides', '2.34', 'mmol/L', '..<1.70', 'high'),
    R('hdl-cholesterol', '0.96', 'mmol/L', '>1.04..', 'low'),
    R('ldl-cholesterol', '4.08', 'mmol/L', '..<3.37', 'high'),
    R('creatinine', '101', 'umol/L', '53..115'),
    R('alanine-aminotransferase', '48', 'U/L', '0..41', 'high'),
    R('uric-acid', '512', 'umol/L', '202..417', 'high'),
], "range=the REFERENCE RANGE column (a - b inclusive, '< b' / '> a' strict); H/L from the FLAG column; HH is critical-high by the printed legend; FBS is fasting glucose; SI values → mg/dL with the key's molar mass; the signature line is not a row.")

case('NG', 'en', 'intl', 'Clina-Lancet Laboratories (Lagos) report: TEST / RESULT / REF. RANGE / UNITS, the word HIGH after the result, "Up to b", testosterone in ng/mL, glucose in mmol/L, a qualitative HBsAg answer', r'''
    CLINA-LANCET LABORATORIES   Victoria Island, Lagos
    PATIENT: ADEYEMI, Olumide   SEX: MALE   AGE: 44 YRS   LAB NO: CL25-027731   DATE: 21/02/2025
    TEST                    RESULT           REF. RANGE          UNITS
    PSA (Total)             1.21             Up to 4.00          ng/mL
    Testosterone            4.12             2.49 - 8.36         ng/mL
    Prolactin               21.4   HIGH      4.04 - 15.20        ng/mL
    FBS                     5.8              3.9 - 6.1           mmol/L
    HbA1c                   6.0    HIGH      4.0 - 5.6           %
    Uric Acid               7.9    HIGH      3.5 - 7.2           mg/dL
    HBsAg (Rapid)           Non Reactive     Non Reactive
    Verified by: Dr. F. Okonkwo (Chemical Pathologist)
''', [
    R('prostate-specific-antigen', '1.21', 'ng/mL', '..4.00'),
    R('testosterone', '4.12', 'ng/mL', '2.49..8.36'),
    R('prolactin', '21.4', 'ng/mL', '4.04..15.20', 'high'),
    R('glucose', '5.8', 'mmol/L', '3.9..6.1'),
    R('hemoglobin-a1c', '6.0', '%', '4.0..5.6', 'high'),
    R('uric-acid', '7.9', 'mg/dL', '3.5..7.2', 'high'),
    R('hepatitis-b-surface-antigen', None, None, 'text', 'normal', vt='Non Reactive'),
], "range=the REF. RANGE column (a - b inclusive, 'Up to b' inclusive); HIGH after the result; testosterone ng/mL ×100 → ng/dL; glucose → mg/dL with the key's molar mass; HBsAg 'Non Reactive' equals the expected text and is normal (range text); the verification line is not a row.")

case('KE', 'en', 'intl', 'Aga Khan University Hospital Nairobi clinical laboratories print: thyroid and liver sections, SI free T4/T3 and bilirubin, albumin in g/L, flag column, "< b" bounds', r'''
    THE AGA KHAN UNIVERSITY HOSPITAL, NAIROBI — Clinical Laboratories
    Patient: OTIENO, Brian   Sex: Male   Age: 38 Yrs   MRN: 1-448-221   Collected: 12/02/2025 08:40
    Test Name                     Result     Flag     Units       Reference Interval
    THYROID FUNCTION
    TSH                           0.08       L        mIU/L       0.27 - 4.20
    Free T4                       28.6       H        pmol/L      12.0 - 22.0
    Free T3                       9.4        H        pmol/L      3.1 - 6.8
    LIVER FUNCTION
    ALT                           56         H        U/L         < 41
    ALP                           112                 U/L         40 - 130
    GGT                           44                  U/L         10 - 71
    Total Bilirubin               14                  umol/L      < 21
    Albumin                       44                  g/L         35 - 52
    Results suggest hyperthyroidism; TSH receptor antibodies recommended.
''', [
    R('thyroid-stimulating-hormone', '0.08', 'mIU/L', '0.27..4.20', 'low'),
    R('free-t4', '28.6', 'pmol/L', '12.0..22.0', 'high'),
    R('free-t3', '9.4', 'pmol/L', '3.1..6.8', 'high'),
    R('alanine-aminotransferase', '56', 'U/L', '..<41', 'high'),
    R('alkaline-phosphatase', '112', 'U/L', '40..130'),
    R('gamma-glutamyl-transferase', '44', 'U/L', '10..71'),
    R('total-bilirubin', '14', 'umol/L', '..<21'),
    R('albumin', '44', 'g/L', '35..52'),
], "range=the Reference Interval column (a - b inclusive, '< b' strict); H/L from the Flag column; free T4/T3 and bilirubin → mass units with the key's molar mass; albumin g/L ÷10 → g/dL; section titles and the comment are not rows.")

case('BH', 'en', 'intl', 'Bahrain Specialist Hospital laboratory report with an Arabic hospital-name line: Test / Result / Unit / Normal Range / Flag, L/H at the line end, vitamins and male hormones in conventional units', r'''
    BAHRAIN SPECIALIST HOSPITAL — Laboratory Department          مستشفى البحرين التخصصي
    Patient: AL-KHALIFA, Yousif   Gender: Male   Age: 41 Years   Visit: OP-2502-77140   Date: 23/02/2025
    Test                          Result     Unit        Normal Range         Flag
    25-OH Vitamin D               14.2       ng/mL       30 - 100             L
    Vitamin B12                   238        pg/mL       197 - 771
    Ferritin                      412        ng/mL       30 - 400             H
    Total Testosterone            2.31       ng/mL       2.49 - 8.36          L
    Free Testosterone             5.9        pg/mL       8.7 - 25.1           L
    Insulin (fasting)             28.4       µIU/mL      2.6 - 24.9           H
    HbA1c                         5.9        %           4.0 - 5.6            H
    Validated by: Dr. S. Haddad, Consultant Clinical Pathologist
''', [
    R('vitamin-d', '14.2', 'ng/mL', '30..100', 'low'),
    R('vitamin-b12', '238', 'pg/mL', '197..771'),
    R('ferritin', '412', 'ng/mL', '30..400', 'high'),
    R('testosterone', '2.31', 'ng/mL', '2.49..8.36', 'low'),
    R('testosterone-free', '5.9', 'pg/mL', '8.7..25.1', 'low'),
    R('insulin', '28.4', 'µIU/mL', '2.6..24.9', 'high'),
    R('hemoglobin-a1c', '5.9', '%', '4.0..5.6', 'high'),
], "range=the Normal Range column (a - b inclusive); L/H in the Flag column; testosterone ng/mL ×100 → ng/dL; the Arabic name line and validation line are not rows.")
case('SE', 'sv', 'intl', 'Werlabs (Sweden) "Mina provsvar" page copy: Swedish test names, decimal commas, en-dash ranges, mIE/L TSH, HbA1c in mmol/mol, Bedömning column with Swedish words (Normalt / Lågt)', r'''
    Werlabs — Mina provsvar                         Provtagningsdatum: 2025-02-17
    Analys                          Resultat        Referensintervall       Bedömning
    Testosteron                     16,8 nmol/L     8,6–29                  Normalt
    Fritt testosteron (beräknat)    285 pmol/L      160–600                 Normalt
    SHBG                            44 nmol/L       18–54                   Normalt
    Östradiol                       126 pmol/L      41–159                  Normalt
    Ferritin                        22 µg/L         30–400                  Lågt
    TSH                             2,1 mIE/L       0,4–4,0                 Normalt
    Fritt T4                        15 pmol/L       12–22                   Normalt
    HbA1c                           36 mmol/mol     27–42                   Normalt
    Läkarkommentar: Lågt ferritin, rekommenderar kontroll av järnstatus om 3 månader.
''', [
    R('testosterone', '16.8', 'nmol/L', '8.6..29', 'normal'),
    R('testosterone-free', '285', 'pmol/L', '160..600', 'normal'),
    R('shbg', '44', 'nmol/L', '18..54', 'normal'),
    R('estradiol', '126', 'pmol/L', '41..159', 'normal'),
    R('ferritin', '22', 'µg/L', '30..400', 'low'),
    R('thyroid-stimulating-hormone', '2.1', 'mIE/L', '0.4..4.0', 'normal'),
    R('free-t4', '15', 'pmol/L', '12..22', 'normal'),
    R('hemoglobin-a1c', '36', 'mmol/mol', '27..42', 'normal'),
], "range=the Referensintervall column (a–b inclusive, decimal commas); Bedömning words keyed by meaning (Normalt = normal, Lågt = low); hormones → mass units with the key's molar mass; mIE/L = m[IU]/L; µg/L = ng/mL; HbA1c mmol/mol not normalized; the doctor's comment is not a row.")

case('CZ', 'cs', 'intl', 'SYNLAB Czech (Praha) výsledky print: S_ specimen prefixes, decimal commas, "a - b" reference limits, ↑/↓ in a Hodnocení column, nmol/l and pmol/l hormones, mIU/l prolactin', r'''
    SYNLAB czech s.r.o.   Laboratoř Praha                              Výsledky vyšetření
    Pacient: NOVÁK Petr   Rodné číslo: 7305******   Pohlaví: muž   Odběr: 19.02.2025 07:45
    Vyšetření                        Výsledek    Jednotka    Ref. meze          Hodnocení
    S_Testosteron                    9,4         nmol/l      8,64 - 29,00
    S_SHBG                           61,2        nmol/l      18,30 - 54,10      ↑
    S_Volný testosteron (výpočet)    0,158       nmol/l      0,198 - 0,619      ↓
    S_Estradiol                      88          pmol/l      41,4 - 159,0
    S_Prolaktin                      245         mIU/l       86 - 324
    S_TSH                            3,21        mIU/l       0,27 - 4,20
    S_Ferritin                       412         µg/l        30 - 400           ↑
    Schválil: MUDr. J. Dvořák   19.02.2025 14:20
''', [
    R('testosterone', '9.4', 'nmol/l', '8.64..29.00'),
    R('shbg', '61.2', 'nmol/l', '18.30..54.10', 'high'),
    R('testosterone-free', '0.158', 'nmol/l', '0.198..0.619', 'low'),
    R('estradiol', '88', 'pmol/l', '41.4..159.0'),
    R('prolactin', '245', 'mIU/l', '86..324'),
    R('thyroid-stimulating-hormone', '3.21', 'mIU/l', '0.27..4.20'),
    R('ferritin', '412', 'µg/l', '30..400', 'high'),
], "range=the Ref. meze column (a - b inclusive, decimal commas); ↑/↓ in Hodnocení; testosterone, free testosterone and estradiol → mass units with the key's molar mass; prolactin mIU/l not normalized; µg/l = ng/mL; the approval line is not a row.")

case('GR', 'el', 'intl', 'Bioiatriki (Athens) Greek report: Greek test names with Latin abbreviations, decimal commas, Greek mu in μmol/L and μIU/mL, arrows after the value, "< b" bound', r'''
    ΒΙΟΙΑΤΡΙΚΗ   Διαγνωστικά Εργαστήρια   Αθήνα
    Ονοματεπώνυμο: ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΕΩΡΓΙΟΣ   Φύλο: Άρρεν   Ηλικία: 53   Ημ/νία λήψης: 20/02/2025
    Εξέταση                              Αποτέλεσμα       Μονάδες      Τιμές αναφοράς
    Τεστοστερόνη ολική                   3,12             ng/mL        2,49 - 8,36
    PSA ολικό                            1,84             ng/mL        < 4,00
    Ομοκυστεΐνη                          16,2 ↑           μmol/L       5,0 - 15,0
    Βιταμίνη D (25-OH)                   19,4 ↓           ng/mL        30 - 100
    Βιταμίνη B12                         312              pg/mL        197 - 771
    TSH                                  1,62             μIU/mL       0,35 - 4,94
    Φερριτίνη                            188              ng/mL        22 - 322
    Ο Βιοπαθολόγος: Δρ. Ν. Αλεξίου
''', [
    R('testosterone', '3.12', 'ng/mL', '2.49..8.36'),
    R('prostate-specific-antigen', '1.84', 'ng/mL', '..<4.00'),
    R('homocysteine', '16.2', 'μmol/L', '5.0..15.0', 'high'),
    R('vitamin-d', '19.4', 'ng/mL', '30..100', 'low'),
    R('vitamin-b12', '312', 'pg/mL', '197..771'),
    R('thyroid-stimulating-hormone', '1.62', 'μIU/mL', '0.35..4.94'),
    R('ferritin', '188', 'ng/mL', '22..322'),
], "range=the Τιμές αναφοράς column (a - b inclusive, '< b' strict, decimal commas); ↑/↓ after the value; testosterone ng/mL ×100 → ng/dL; μIU/mL = m[IU]/L; the signature line is not a row.")

case('AR', 'es', 'intl', 'Stamboulian (Buenos Aires) report in Spanish: sex-specific references "Hombres: a - b / Mujeres: c - d" with the patient\'s sex printed, "Hasta b", decimal commas, "*" after out-of-range values with a legend that gives no direction', r'''
    STAMBOULIAN Laboratorio   Sede Belgrano   Buenos Aires
    Paciente: GÓMEZ, Martín Alejandro   Sexo: Masculino   Edad: 48 años   Protocolo: 25-0219-4471
    Fecha de extracción: 19/02/2025
    Determinación                Resultado     Unidades     Valores de referencia
    TESTOSTERONA TOTAL           4,02          ng/mL        Hombres: 2,49 - 8,36 / Mujeres: 0,08 - 0,48
    SHBG                         48,6          nmol/L       Hombres: 18,3 - 54,1 / Mujeres: 32,4 - 128,0
    ESTRADIOL                    29,5          pg/mL        Hombres: 11,3 - 43,2 / Mujeres: ver tabla por fase
    PSA TOTAL                    0,94          ng/mL        Hasta 4,00
    HEMOGLOBINA                  13,1 *        g/dL         Hombres: 13,5 - 17,5 / Mujeres: 12,0 - 15,5
    FERRITINA                    24 *          ng/mL        Hombres: 30 - 400 / Mujeres: 13 - 150
    GLUCEMIA                     102           mg/dL        70 - 110
    (*) Valor fuera del intervalo de referencia.
    Dra. Silvia Ferrero — Bioquímica — M.N. 8842
''', [
    R('testosterone', '4.02', 'ng/mL', '2.49..8.36'),
    R('shbg', '48.6', 'nmol/L', '18.3..54.1'),
    R('estradiol', '29.5', 'pg/mL', '11.3..43.2'),
    R('prostate-specific-antigen', '0.94', 'ng/mL', '..4.00'),
    R('hemoglobin', '13.1', 'g/dL', '13.5..17.5', 'abnormal'),
    R('ferritin', '24', 'ng/mL', '30..400', 'abnormal'),
    R('glucose', '102', 'mg/dL', '70..110'),
], "range=the 'Hombres:' range, as the patient is printed Masculino ('a - b' inclusive, 'Hasta b' inclusive, decimal commas); '*' with the legend 'Valor fuera del intervalo de referencia' gives no direction and is abnormal (as sets 21 and 24); the others are computed; testosterone ng/mL ×100 → ng/dL; the signature line (M.N. number) is not a row.")

case('KR', 'ko', 'intl', 'Seoul National University Hospital 검사결과지: Korean headers, English test names, tilde ranges "a~b", 판정 column with H/L', r'''
    서울대학교병원 진단검사의학과                      검사결과지
    등록번호: 41182277   성명: 김민수   성별/나이: M/52   채취일시: 2025-02-21 08:12
    검사명                         결과        판정     단위         참고치
    Testosterone, total            3.21                 ng/mL        2.80~8.00
    Free testosterone              6.4         L        pg/mL        8.69~54.69
    SHBG                           58.2        H        nmol/L       18.3~54.1
    Estradiol                      24.1                 pg/mL        11.3~43.2
    LH                             5.4                  mIU/mL       1.7~8.6
    PSA                            1.02                 ng/mL        0~3.0
    HbA1c                          6.2         H        %            4.0~6.0
    보고일시: 2025-02-21 15:30   확인의: 이정훈
''', [
    R('testosterone', '3.21', 'ng/mL', '2.80..8.00'),
    R('testosterone-free', '6.4', 'pg/mL', '8.69..54.69', 'low'),
    R('shbg', '58.2', 'nmol/L', '18.3..54.1', 'high'),
    R('estradiol', '24.1', 'pg/mL', '11.3..43.2'),
    R('luteinizing-hormone', '5.4', 'mIU/mL', '1.7..8.6'),
    R('prostate-specific-antigen', '1.02', 'ng/mL', '0..3.0'),
    R('hemoglobin-a1c', '6.2', '%', '4.0..6.0', 'high'),
], "range=the 참고치 column (a~b inclusive, as set 23 read the Korean tilde); H/L in the 판정 column; testosterone ng/mL ×100 → ng/dL; the report-time line is not a row.")

# ---- no-result intl
case('AT', 'de', 'intl', 'Austrian laboratory appointment confirmation e-mail in German: date, time, address, fasting hours, requested tests and prices, no result', r'''
    Labors.at — Terminbestätigung
    Sehr geehrter Herr Huber,
    Ihr Termin zur Blutabnahme: Dienstag, 11.03.2025, 07:30 Uhr, Standort Wien 1090, Alser Straße 25.
    Bitte kommen Sie nüchtern (mindestens 10-12 Stunden keine Nahrung). Bringen Sie Ihre e-card und die Zuweisung mit.
    Angeforderte Untersuchungen: Testosteron, SHBG, Östradiol, PSA, Blutbild, HbA1c.
    Kosten für Privatleistungen: Testosteron frei 28,50 €, Östradiol 19,90 €.
''', [], "range=none: an appointment letter; the numbers are dates, times, an address, fasting hours and prices.")

case('CL', 'es', 'intl', 'Chilean clinic laboratory order (orden de exámenes) in Spanish: test codes, ICD-10 diagnosis, fasting instructions, no result', r'''
    CLÍNICA ALEMANA DE SANTIAGO — Orden de exámenes de laboratorio
    Paciente: MUÑOZ ROJAS, Felipe   RUT: 15.882.417-3
    Fecha: 24/02/2025   Médico: Dra. Carolina Vidal, Endocrinología
    Exámenes solicitados:
    0302075  Testosterona total
    0302078  Testosterona libre (calculada)
    0303024  Perfil lipídico
    0302047  TSH
    Diagnóstico: E29.1 Hipofunción testicular
    Indicaciones: ayuno de 8 horas; toma de muestra antes de las 10:00.
''', [], "range=none: an order form; codes, the RUT and the diagnosis code are not results.")
# ---- family ocr: OCR of photographed or faxed paper (Tesseract, Google Lens, Apple Live Text)
case('US', 'en', 'ocr', 'Tesseract output of a faxed Labcorp hormone page: the first header line cut ("ab Corp..."), broken alignment, OCR swaps in names and units ("Serurn", "Estradio1", "mlU/mL"), "Low" in the flag column', r'''
    ab Corp of America Holdings          FAX   02/20/2025 14:11   PAGE 2/3
    Patient: REID, SAMUEL     DOB: 1O/14/1974     Sex: M     Acct: 4417210
    TESTS                          RESULT    FLAG     UNITS      REFERENCE INTERVAL    LAB
    Testosterone, Serurn              318              ng/dL        264-916            01
    Free Testosterone(Direct)    5.2        Low     pg/mL      8.7-25.1           01
    Estradio1, Sensitive          14.2               pg/mL       8.0-35.0          04
    Prolactin                 11.8                   ng/mL     4.0-15.2              01
    LH                           2.1                 mlU/mL     1.7-8.6            01
    FSH                          2.4                 mlU/mL     1.5-12.4           01
''', [
    R('testosterone', '318', 'ng/dL', '264..916'),
    R('testosterone-free', '5.2', 'pg/mL', '8.7..25.1', 'low'),
    R('estradiol', '14.2', 'pg/mL', '8.0..35.0'),
    R('prolactin', '11.8', 'ng/mL', '4.0..15.2'),
    R('luteinizing-hormone', '2.1', 'mlU/mL', '1.7..8.6'),
    R('follicle-stimulating-hormone', '2.4', 'mlU/mL', '1.5..12.4'),
], "range=the REFERENCE INTERVAL column (a-b inclusive); 'Low' in the FLAG column; 'mlU/mL' is OCR's mIU/mL (l for I) and is read as mIU/mL; the cut fax header, DOB with O for 0 and lab codes are not rows.")

case('US', 'en', 'ocr', 'Google Lens text of a photographed Any Lab Test Now result page: Lens read the table as column blocks (all names, then all results, then all ranges), O/0 swaps in names', r'''
    ANY LAB TEST NOW
    Results for: MORALES, JOSE    Collected 02/14/2025
    Test
    FERRITIN
    IR0N, TOTAL
    VITAMIN D, 25-HYDR0XY
    VITAMIN B12
    MAGNESIUM
    Result
    22 L
    61
    24 L
    455
    2.1
    Reference Range
    38-380 ng/mL
    50-180 mcg/dL
    30-100 ng/mL
    200-1100 pg/mL
    1.5-2.5 mg/dL
''', [
    R('ferritin', '22', 'ng/mL', '38..380', 'low'),
    R('iron', '61', 'mcg/dL', '50..180'),
    R('vitamin-d', '24', 'ng/mL', '30..100', 'low'),
    R('vitamin-b12', '455', 'pg/mL', '200..1100'),
    R('magnesium', '2.1', 'mg/dL', '1.5..2.5'),
], "range=the n-th line of the Reference Range block belongs to the n-th name (column blocks; a-b inclusive, unit dropped); L after the result; 'IR0N' and 'HYDR0XY' are OCR's O/0 swaps in names; the header lines are not rows.")

case('UK', 'en', 'ocr', 'Apple Live Text of a phone photo of an NHS clinical chemistry slip: "mmo1/L" / "umo1/L" / "nmo1/L" (1 for l in units), bracketed ranges, H after the bracket, eGFR with "(>60)", urea in mmol/L', r'''
    Royal Devon University Healthcare NHS Foundation Trust
    Clinical Chemistry      Lab No: RD25/118422
    Name: HOLLOWAY, Peter   NHS No: 485 777 3456   DOB: 02/01/1966
    Sodium          139   mmo1/L    (133 - 146)
    Potassium       5.4   mmo1/L    (3.5 - 5.3)   H
    Urea            6.1   mmo1/L    (2.5 - 7.8)
    Creatinine      118   umo1/L    (59 - 104)    H
    eGFR            58    mL/min/1.73m2   (>60)
    Testosterone    12.3  nmo1/L    (8.6 - 29.0)
    Specimen slightly haemolysed - potassium may be falsely raised.
''', [
    R('sodium', '139', 'mmo1/L', '133..146'),
    R('potassium', '5.4', 'mmo1/L', '3.5..5.3', 'high'),
    R('urea', '6.1', 'mmo1/L', '2.5..7.8'),
    R('creatinine', '118', 'umo1/L', '59..104', 'high'),
    R('egfr', '58', 'mL/min/1.73m2', '>60..'),
    R('testosterone', '12.3', 'nmo1/L', '8.6..29.0'),
], "range=the bracket after the unit ('(a - b)' inclusive, '(>a)' strict); H printed for potassium and creatinine; eGFR 58 lies under '>60' and is computed low; 'mmo1/L', 'umo1/L' and 'nmo1/L' are read as mmol/L, umol/L and nmol/L; urea, creatinine and testosterone → mass units with the key's molar mass; the haemolysis comment is not a row.")

case('NZ', 'en', 'ocr', 'Tesseract output of a scanned Pathlab Bay of Plenty report with table borders read as stray "|" and "_", SI units, censored CRP "<1" against "<5", HbA1c in mmol/mol, H/L inside the result cell', r'''
    | Pathlab   Bay of Plenty                                      _
    |  TEST            RESULT      UNITS       REF RANGE  |
    | Ferritin   |    42     |  ug/L     |  30 - 500  |
    | CRP        |    <1     |  mg/L     |  <5  |
    | HbA1c      |   52 H    | mmol/mol  |  20 - 40  |
    | Vitamin D  |   48 L    |  nmol/L   |  50 - 150 |
    | TSH        |   2.2     |  mIU/L    |  0.3 - 4.5 |
    | Free T4    |   13      |  pmol/L   |  10 - 20  |
    ____________________________________________
''', [
    R('ferritin', '42', 'ug/L', '30..500'),
    R('c-reactive-protein', '1', 'mg/L', '..<5', 'normal', vt='<1'),
    R('hemoglobin-a1c', '52', 'mmol/mol', '20..40', 'high'),
    R('vitamin-d', '48', 'nmol/L', '50..150', 'low'),
    R('thyroid-stimulating-hormone', '2.2', 'mIU/L', '0.3..4.5'),
    R('free-t4', '13', 'pmol/L', '10..20'),
], "range=the REF RANGE cell (a - b inclusive, '<b' strict); H/L inside the result cell; '<1' normalized on its bound and normal; vitamin D and free T4 → mass units; ug/L = ng/mL; HbA1c mmol/mol not normalized; stray pipes and underscores are table borders, not content.")

case('US', 'en', 'ocr', 'Tesseract output of a faxed Sutter Health page where long names wrap: the name\'s first part alone on one line and the rest with the result on the next, broken spacing, homocysteine and serum magnesium', r'''
    SUTTER HEALTH  PALO ALTO MEDICAL FOUNDATION    Fax: 650-555-0142   Page 1 of 1
    Patient: LINDQVIST, ERIK   DOB 05/30/1970   Collected 02/11/2025
    Component                       Value      Ref Range        Units
    Vitamin D, 25-Hydroxy,
    Total                            34.1      30.0-100.0       ng/mL
    Vitamin B12                     1,120 H    211-911          pg/mL
    Folate,
    Serum                            17.6      >5.8             ng/mL
    Ferritin                         96        24-336           ng/mL
    Magnesium,
    Serum                            2.0       1.6-2.6          mg/dL
    Homocysteine,
    Plasma                           14.8 H    <=11.4           umol/L
''', [
    R('vitamin-d', '34.1', 'ng/mL', '30.0..100.0'),
    R('vitamin-b12', '1120', 'pg/mL', '211..911', 'high'),
    R('folate', '17.6', 'ng/mL', '>5.8..'),
    R('ferritin', '96', 'ng/mL', '24..336'),
    R('magnesium', '2.0', 'mg/dL', '1.6..2.6'),
    R('homocysteine', '14.8', 'umol/L', '..11.4', 'high'),
], "range=the Ref Range column (a-b and '<=b' inclusive, '>a' strict); a name ending in a comma continues on the next line with its result; H after the value; '1,120' is a US thousands comma; the fax header is not a row.")

case('AT', 'de', 'ocr', 'Google Lens text of a photographed Austrian lab report in German (Labor Dr. Kosak, Wien): decimal commas, OCR swaps in names and units ("Testost eron", "0stradiol", "ng/mI"), no printed flags, "< b" bound, DHEA-S in µg/ml', r'''
    Labor Dr. Kosak · Wien                                    Befund
    Patient: Gruber Thomas   geb. 12.04.1968   männlich   Abnahme: 17.02.2025
    Untersuchung          Ergebnis     Einheit     Referenzbereich
    Testost eron           4,1          ng/mI       2,5 - 8,4
    SHBG                  39           nmol/l      18,3 - 54,1
    0stradiol             31           pg/ml       11 - 44
    PSA gesamt            2,1          ng/mI       < 4,0
    DHEA-S                1,8          µg/ml       0,4 - 2,9
    Prolaktin             17,9         ng/ml       4,0 - 15,2
''', [
    R('testosterone', '4.1', 'ng/mI', '2.5..8.4'),
    R('shbg', '39', 'nmol/l', '18.3..54.1'),
    R('estradiol', '31', 'pg/ml', '11..44'),
    R('prostate-specific-antigen', '2.1', 'ng/mI', '..<4.0'),
    R('dhea-sulfate', '1.8', 'µg/ml', '0.4..2.9'),
    R('prolactin', '17.9', 'ng/ml', '4.0..15.2'),
], "range=the Referenzbereich column (a - b inclusive, '< b' strict, decimal commas); no flags printed, all computed (prolactin high); 'ng/mI' is OCR's ng/ml; testosterone ng/ml ×100 → ng/dL; DHEA-S µg/ml ×100 → µg/dL; '0stradiol' and 'Testost eron' are OCR damage in names.")

case('US', 'en', 'ocr', 'Apple Live Text of a phone photo of a Northwestern Medicine liver panel: l/1 swaps in names ("A1bumin", "Bi1irubin, Tota1"), H after the value, broken column spacing', r'''
    Northwestern Medicine      Lab Results      Collected: 02/22/2025 7:35 AM
    HEPATIC FUNCTION PANEL
    A1bumin               4.4          3.5 - 5.0 g/dL
    Bi1irubin, Tota1      1.4  H       0.1 - 1.2 mg/dL
    Bi1irubin, Direct     0.3          0.0 - 0.3 mg/dL
    A1ka1ine Phosphatase  71           40 - 129 U/L
    AST                   38           10 - 40 U/L
    ALT                   62  H        7 - 52 U/L
    GGT                   55           8 - 61 U/L
''', [
    R('albumin', '4.4', 'g/dL', '3.5..5.0'),
    R('total-bilirubin', '1.4', 'mg/dL', '0.1..1.2', 'high'),
    R('direct-bilirubin', '0.3', 'mg/dL', '0.0..0.3'),
    R('alkaline-phosphatase', '71', 'U/L', '40..129'),
    R('aspartate-aminotransferase', '38', 'U/L', '10..40'),
    R('alanine-aminotransferase', '62', 'U/L', '7..52', 'high'),
    R('gamma-glutamyl-transferase', '55', 'U/L', '8..61'),
], "range=the 'a - b unit' after the value (inclusive); H after the value; direct bilirubin 0.3 sits on the inclusive bound of 0.0 - 0.3 and is normal; 'A1bumin', 'Bi1irubin, Tota1' and 'A1ka1ine' are OCR's 1 for l in names; the header lines are not rows.")

case('US', 'en', 'ocr', 'Tesseract output of a thermal-paper Cholestech LDX point-of-care printout from a wellness screening: abbreviations (TC, TRG, GLU), no ranges, a TC/HDL ratio without unit, "Cho1estech" OCR swap', r'''
    Cho1estech LDX(R) System
      Lipid Profile * GLU
    Date: 02/25/25    Time: 09:14
    Cassette Lot: 4A1182
    TC       212 mg/dL
    HDL       38 mg/dL
    TRG      165 mg/dL
    LDL      141 mg/dL
    nonHDL   174 mg/dL
    TC/HDL   5.6
    GLU       98 mg/dL
    Consult your physician regarding results.
''', [
    R('total-cholesterol', '212', 'mg/dL', ''),
    R('hdl-cholesterol', '38', 'mg/dL', ''),
    R('triglycerides', '165', 'mg/dL', ''),
    R('ldl-cholesterol', '141', 'mg/dL', ''),
    R('non-hdl-cholesterol', '174', 'mg/dL', ''),
    R('cholesterol-hdl-ratio', '5.6', None, ''),
    R('glucose', '98', 'mg/dL', ''),
], "range=none printed, so every flag is null; TC = total cholesterol, TRG = triglycerides, GLU = glucose; the ratio has no unit and no normalizedValue; date, time, lot number and the advice line are not rows.")

case('US', 'en', 'ocr', 'Google Lens text of a photographed Quest CBC page: O/0 swaps in names ("ABS0LUTE M0NOCYTES"), Thousand/uL and Million/uL units, absolute counts in cells/uL with cells/uL ranges, H/L after the value', r'''
    Quest Diagnostics      CBC (INCLUDES DIFF/PLT)      Collected: 02/03/2025
    WHITE BL00D CELL C0UNT        5.4         3.8-10.8 Thousand/uL
    RED BL00D CELL C0UNT          4.92        4.20-5.80 Million/uL
    HEM0GL0BIN                    15.1        13.2-17.1 g/dL
    HEMAT0CRIT                    45.2        38.5-50.0 %
    PLATELET C0UNT                128 L       140-400 Thousand/uL
    ABS0LUTE NEUTR0PHILS          3148        1500-7800 cells/uL
    ABS0LUTE LYMPH0CYTES          1642        850-3900 cells/uL
    ABS0LUTE M0NOCYTES            410         200-950 cells/uL
''', [
    R('white-blood-cell-count', '5.4', 'Thousand/uL', '3.8..10.8'),
    R('red-blood-cell-count', '4.92', 'Million/uL', '4.20..5.80'),
    R('hemoglobin', '15.1', 'g/dL', '13.2..17.1'),
    R('hematocrit', '45.2', '%', '38.5..50.0'),
    R('platelet-count', '128', 'Thousand/uL', '140..400', 'low'),
    R('neutrophils-absolute', '3148', 'cells/uL', '1500..7800'),
    R('lymphocytes-absolute', '1642', 'cells/uL', '850..3900'),
    R('monocytes-absolute', '410', 'cells/uL', '200..950'),
], "range=the 'a-b unit' after the value, in the printed unit (inclusive); L after the platelet value; Thousand/uL = 10*3/uL, Million/uL = 10*6/uL, cells/uL ÷1000 → 10*3/uL; O/0 swaps are in names only; the header line is not a row.")

case('UK', 'en', 'ocr', 'Google Lens text of a photographed TDL (The Doctors Laboratory) male hormone page: header cut, stray underscores, SI units, H after the value, "< b" bounds, haematocrit in L/L', r'''
    e Doctors Laboratory      60 Whitfield Street, London W1T 4EU
    Patient: KEMP, Jonathan   DOB 08/11/1983   M   Lab No: 25J441872
    ______________________________________
    Testosterone                24.1        nmol/L     7.6 - 31.4
    Free Testosterone (calc)    0.52        nmol/L     0.20 - 0.62
    SHBG                        36          nmol/L     18.3 - 54.1
    Oestradiol                  212   H     pmol/L     < 191
    PSA                         0.6         ug/L       < 2.5
    Haematocrit                 0.53  H     L/L        0.40 - 0.52
    ______________________________________
''', [
    R('testosterone', '24.1', 'nmol/L', '7.6..31.4'),
    R('testosterone-free', '0.52', 'nmol/L', '0.20..0.62'),
    R('shbg', '36', 'nmol/L', '18.3..54.1'),
    R('estradiol', '212', 'pmol/L', '..<191', 'high'),
    R('prostate-specific-antigen', '0.6', 'ug/L', '..<2.5'),
    R('hematocrit', '0.53', 'L/L', '0.40..0.52', 'high'),
], "range=the last column (a - b inclusive, '< b' strict); H after the value; testosterone, free testosterone and oestradiol → mass units with the key's molar mass; ug/L = ng/mL; L/L ×100 → %; the cut header and underscores are not rows.")

case('MX', 'es', 'ocr', 'Google Lens text of a photographed Laboratorio Médico del Chopo page in Spanish: broken columns, O/0 swap in "GLUC0SA", word flags ALTO/BAJO after the value, "Menor a b" bound', r'''
    LABORATORIO MEDICO DEL CHOPO      Sucursal Coyoacán      Folio: 25-0442187
    Paciente: HERNÁNDEZ RUIZ, Alejandro    Edad: 47 años    Sexo: Masculino
    ESTUDIO                 RESULTADO            UNIDADES       VALORES DE REFERENCIA
    GLUC0SA                 112    ALTO          mg/dL          70 - 100
    COLESTEROL TOTAL        238    ALTO          mg/dL          Menor a 200
    TRIGLICÉRIDOS           290    ALTO          mg/dL          Menor a 150
    COLESTEROL HDL          34     BAJO          mg/dL          40 - 60
    ÁCIDO ÚRICO             6.8                  mg/dL          3.4 - 7.0
    TESTOSTERONA TOTAL      2.95                 ng/mL          2.49 - 8.36
''', [
    R('glucose', '112', 'mg/dL', '70..100', 'high'),
    R('total-cholesterol', '238', 'mg/dL', '..<200', 'high'),
    R('triglycerides', '290', 'mg/dL', '..<150', 'high'),
    R('hdl-cholesterol', '34', 'mg/dL', '40..60', 'low'),
    R('uric-acid', '6.8', 'mg/dL', '3.4..7.0'),
    R('testosterone', '2.95', 'ng/mL', '2.49..8.36'),
], "range=the VALORES DE REFERENCIA column (a - b inclusive, 'Menor a b' strict as set 22's 'Menor de'); ALTO/BAJO after the value keyed by meaning; testosterone ng/mL ×100 → ng/dL; 'GLUC0SA' is OCR's O/0 swap; header lines are not rows.")

# ---- no-result ocr
case('US', 'en', 'ocr', 'Tesseract output of a faxed Advance Beneficiary Notice (ABN) for laboratory tests: CPT codes, estimated costs, options to tick, no result', r'''
    ADVANCE BENEFICIARY N0TICE OF NONCOVERAGE (ABN)
    A. Notifier: Sonora Quest Laboratories   B. Patient Name: GARCIA, ROSA   C. ID: 77120448
    D. Test                                E. Reason Medicare May Not Pay        F. Estimated Cost
    Vitamin D, 25-0H (CPT 82306)           Frequency limits                      $48.00
    Testosterone, Total (CPT 84403)        Not covered for this diagnosis        $39.00
    G. OPTIONS: Check only one box.  [ ] OPTION 1   [X] OPTION 2   [ ] OPTION 3
    Form CMS-R-131 (Exp. 01/31/2026)   OMB Approval Number: 0938-0566
''', [], "range=none: a coverage notice; CPT codes, costs and form numbers are not results.")
# ---- family struct: structured-text exports (FHIR-ish, Apple Health, C-CDA, CSV, JSON, pipe-delimited)
case('US', 'en', 'struct', 'FHIR-style plain text from a patient portal\'s "download my data" view: Observation / Value / Reference range / Interpretation lines with HL7 interpretation codes (H, L, N, LL), LOINC display names', r'''
    DiagnosticReport: Male hormone and metabolic panel   Status: final   Issued: 2025-02-21T16:02:00-05:00
    Observation: Testosterone [Mass/volume] in Serum or Plasma
      Value: 289 ng/dL
      Reference range: 264 - 916 ng/dL
      Interpretation: N (Normal)
    Observation: Testosterone.free [Mass/volume] in Serum or Plasma
      Value: 6.9 pg/mL
      Reference range: 8.7 - 25.1 pg/mL
      Interpretation: L (Low)
    Observation: Sex hormone binding globulin [Moles/volume] in Serum or Plasma
      Value: 49.2 nmol/L
      Reference range: 16.5 - 55.9 nmol/L
      Interpretation: N (Normal)
    Observation: Prolactin [Mass/volume] in Serum or Plasma
      Value: 24.8 ng/mL
      Reference range: 4.0 - 15.2 ng/mL
      Interpretation: H (High)
    Observation: Glucose [Mass/volume] in Serum or Plasma --fasting
      Value: 48 mg/dL
      Reference range: 70 - 99 mg/dL
      Interpretation: LL (Critical low)
    Observation: Cystatin C [Mass/volume] in Serum or Plasma
      Value: 1.12 mg/L
      Reference range: 0.61 - 0.95 mg/L
      Interpretation: H (High)
''', [
    R('testosterone', '289', 'ng/dL', '264..916', 'normal'),
    R('testosterone-free', '6.9', 'pg/mL', '8.7..25.1', 'low'),
    R('shbg', '49.2', 'nmol/L', '16.5..55.9', 'normal'),
    R('prolactin', '24.8', 'ng/mL', '4.0..15.2', 'high'),
    R('glucose', '48', 'mg/dL', '70..99', 'critical-low'),
    R('cystatin-c', '1.12', 'mg/L', '0.61..0.95', 'high'),
], "range=the 'Reference range:' line (a - b inclusive, unit dropped); the Interpretation code is the printed flag (N = normal, L = low, H = high, LL (Critical low) = critical-low); the DiagnosticReport line is not a row.")

case('US', 'en', 'struct', 'Apple Health app Clinical Records copy (lab results list from a connected health system): name line, date line, value+unit line, "Range:" line, source line; no flags printed', r'''
    Health › Browse › Lab Results
    Testosterone, Total
    Feb 12, 2025
    412 ng/dL
    Range: 264 – 916 ng/dL
    Source: Stanford Health Care
    PSA, Total
    Feb 12, 2025
    2.9 ng/mL
    Range: 0.0 – 4.0 ng/mL
    Source: Stanford Health Care
    Hemoglobin A1c
    Feb 12, 2025
    6.0 %
    Range: 4.0 – 5.6 %
    Source: Stanford Health Care
    GGT
    Feb 12, 2025
    72 U/L
    Range: 8 – 61 U/L
    Source: Stanford Health Care
    Cystatin C
    Feb 12, 2025
    0.88 mg/L
    Range: 0.53 – 0.95 mg/L
    Source: Stanford Health Care
    eGFR (cystatin C)
    Feb 12, 2025
    94 mL/min/1.73m2
    Range: >60 mL/min/1.73m2
    Source: Stanford Health Care
''', [
    R('testosterone', '412', 'ng/dL', '264..916'),
    R('prostate-specific-antigen', '2.9', 'ng/mL', '0.0..4.0'),
    R('hemoglobin-a1c', '6.0', '%', '4.0..5.6'),
    R('gamma-glutamyl-transferase', '72', 'U/L', '8..61'),
    R('cystatin-c', '0.88', 'mg/L', '0.53..0.95'),
    R('egfr', '94', 'mL/min/1.73m2', '>60..'),
], "range=the 'Range:' line (a – b inclusive, '>a' strict); no flag printed, so flags are computed (HbA1c and GGT high); the date and Source lines are not rows.")

case('US', 'en', 'struct', 'C-CDA Continuity of Care Document rendered to text by a health-information-exchange viewer: Results section table with Result Type / Value / Unit / Interpretation / Reference Range / Date columns, interpretation words', r'''
    Continuity of Care Document — HEALTHeLINK (Western New York HIE)
    Patient: WOJCIK, THOMAS A   DOB: 1959-10-08   Gender: Male   Author: Kaleida Health Laboratory
    Results
    Result Type                 Value    Unit       Interpretation    Reference Range    Date
    COMPREHENSIVE METABOLIC PANEL
    Sodium                      138      mmol/L     Normal            136-145            2025-02-18
    Potassium                   4.2      mmol/L     Normal            3.5-5.1            2025-02-18
    Glucose                     131      mg/dL      High              74-106             2025-02-18
    Creatinine                  1.46     mg/dL      High              0.70-1.30          2025-02-18
    Uric Acid                   8.4      mg/dL      High              3.5-7.2            2025-02-18
    PROSTATE SPECIFIC ANTIGEN
    PSA                         5.8      ng/mL      High              0.0-4.0            2025-02-18
    PSA, Free                   0.81     ng/mL
    PSA, % Free                 14       %          Low               >25                2025-02-18
    HEPATITIS C ANTIBODY
    Hepatitis C Ab              Non-Reactive        Normal            Non-Reactive       2025-02-18
    VITAMIN D, 25-HYDROXY
    Vitamin D, 25-OH            Pending                                                  2025-02-18
''', [
    R('sodium', '138', 'mmol/L', '136..145', 'normal'),
    R('potassium', '4.2', 'mmol/L', '3.5..5.1', 'normal'),
    R('glucose', '131', 'mg/dL', '74..106', 'high'),
    R('creatinine', '1.46', 'mg/dL', '0.70..1.30', 'high'),
    R('uric-acid', '8.4', 'mg/dL', '3.5..7.2', 'high'),
    R('prostate-specific-antigen', '5.8', 'ng/mL', '0.0..4.0', 'high'),
    R('prostate-specific-antigen-free', '0.81', 'ng/mL', ''),
    R('prostate-specific-antigen-free-percent', '14', '%', '>25..', 'low'),
    R('hepatitis-c-antibody', None, None, 'text', 'normal', vt='Non-Reactive'),
], "range=the Reference Range column (a-b inclusive, '>a' strict); Interpretation words keyed by meaning; the HCV antibody answer equals its expected text (qualitative, normal); the pending vitamin D is not a row; free PSA prints no range or interpretation (empty range, null flag); battery lines, dates and the document header are not rows.")

case('US', 'en', 'struct', 'comma-separated export from a concierge practice EHR with an unusual column order: Reference Range BEFORE Result, then Units, Flag; quoted fields; one "<b" range', r'''
    "Test","Reference Range","Result","Units","Flag","Collected"
    "Testosterone, Total","264-916","1,288","ng/dL","H","2025-02-24"
    "Estradiol","7.6-42.6","61.3","pg/mL","H","2025-02-24"
    "Hematocrit","37.5-51.0","54.6","%","H","2025-02-24"
    "Hemoglobin","13.0-17.7","18.1","g/dL","H","2025-02-24"
    "PSA","0.0-4.0","1.3","ng/mL","","2025-02-24"
    "Ferritin","30-400","61","ng/mL","","2025-02-24"
    "hs-CRP","<3.0","0.9","mg/L","","2025-02-24"
''', [
    R('testosterone', '1288', 'ng/dL', '264..916', 'high'),
    R('estradiol', '61.3', 'pg/mL', '7.6..42.6', 'high'),
    R('hematocrit', '54.6', '%', '37.5..51.0', 'high'),
    R('hemoglobin', '18.1', 'g/dL', '13.0..17.7', 'high'),
    R('prostate-specific-antigen', '1.3', 'ng/mL', '0.0..4.0'),
    R('ferritin', '61', 'ng/mL', '30..400'),
    R('hs-crp', '0.9', 'mg/L', '..<3.0'),
], "range=the second field, printed BEFORE the result (a-b inclusive, '<b' strict); the result is the third field ('1,288' inside quotes is one thousand two hundred eighty-eight); H from the Flag field, empty computed; the header and date fields are not rows.")

case('US', 'en', 'struct', 'CSV export from a longevity app where the unit is inside the column name of each marker ("Testosterone (ng/dL)") and the range is one "a-b" field, no flag column', r'''
    Marker,Value,Reference,Date
    Testosterone (ng/dL),538,264-916,2025-02-10
    Free Testosterone (pg/mL),14.2,8.7-25.1,2025-02-10
    DHEA-S (ug/dL),402,102.6-416.3,2025-02-10
    IGF-1 (ng/mL),262,88-246,2025-02-10
    ApoB (mg/dL),71,52-109,2025-02-10
    Lp(a) (nmol/L),96,<75.0,2025-02-10
    Omega-3 Index (%),9.1,>=8.0,2025-02-10
    Magnesium RBC (mg/dL),5.6,4.2-6.8,2025-02-10
''', [
    R('testosterone', '538', 'ng/dL', '264..916'),
    R('testosterone-free', '14.2', 'pg/mL', '8.7..25.1'),
    R('dhea-sulfate', '402', 'ug/dL', '102.6..416.3'),
    R('somatomedin-c', '262', 'ng/mL', '88..246'),
    R('apolipoprotein-b', '71', 'mg/dL', '52..109'),
    R('lipoprotein-a', '96', 'nmol/L', '..<75.0'),
    R('omega-3-index', '9.1', '%', '8.0..'),
    R('magnesium-rbc', '5.6', 'mg/dL', '4.2..6.8'),
], "range=the Reference field (a-b and '>=a' inclusive, '<b' strict); the unit is the bracket in the marker name; no flag column, so flags are computed (IGF-1 and Lp(a) high); the date field is not a row.")

case('US', 'en', 'struct', 'FHIR R4 JSON Observations pasted from a portal export: valueQuantity value/unit, referenceRange low/high, interpretation code, one Observation with only a high bound', r'''
    {"resourceType": "Bundle", "type": "searchset", "entry": [
    {"resource": {"resourceType": "Observation", "status": "final", "code": {"text": "Ferritin"}, "effectiveDateTime": "2025-02-19",
      "valueQuantity": {"value": 38, "unit": "ng/mL"}, "referenceRange": [{"low": {"value": 30}, "high": {"value": 400}}],
      "interpretation": [{"coding": [{"code": "N"}]}]}},
    {"resource": {"resourceType": "Observation", "status": "final", "code": {"text": "Vitamin B12"}, "effectiveDateTime": "2025-02-19",
      "valueQuantity": {"value": 1840, "unit": "pg/mL"}, "referenceRange": [{"low": {"value": 232}, "high": {"value": 1245}}],
      "interpretation": [{"coding": [{"code": "H"}]}]}},
    {"resource": {"resourceType": "Observation", "status": "final", "code": {"text": "Hemoglobin A1c"}, "effectiveDateTime": "2025-02-19",
      "valueQuantity": {"value": 5.3, "unit": "%"}, "referenceRange": [{"low": {"value": 4.8}, "high": {"value": 5.6}}],
      "interpretation": [{"coding": [{"code": "N"}]}]}},
    {"resource": {"resourceType": "Observation", "status": "final", "code": {"text": "Insulin"}, "effectiveDateTime": "2025-02-19",
      "valueQuantity": {"value": 4.1, "unit": "uIU/mL"}, "referenceRange": [{"low": {"value": 2.6}, "high": {"value": 24.9}}],
      "interpretation": [{"coding": [{"code": "N"}]}]}},
    {"resource": {"resourceType": "Observation", "status": "final", "code": {"text": "C-Reactive Protein, Cardiac"}, "effectiveDateTime": "2025-02-19",
      "valueQuantity": {"value": 4.6, "unit": "mg/L"}, "referenceRange": [{"high": {"value": 3.0}}],
      "interpretation": [{"coding": [{"code": "H"}]}]}}
    ]}
''', [
    R('ferritin', '38', 'ng/mL', '30..400', 'normal'),
    R('vitamin-b12', '1840', 'pg/mL', '232..1245', 'high'),
    R('hemoglobin-a1c', '5.3', '%', '4.8..5.6', 'normal'),
    R('insulin', '4.1', 'uIU/mL', '2.6..24.9', 'normal'),
    R('hs-crp', '4.6', 'mg/L', '..3.0', 'high'),
], "range=referenceRange low/high (FHIR bounds are inclusive; a missing low gives '..b'); the interpretation code is the printed flag (N normal, H high); 'C-Reactive Protein, Cardiac' is the high-sensitivity test (hs-crp); resourceType, status and dates are not rows.")

case('US', 'en', 'struct', 'VA Blue Button text download (My HealtheVet): dashed separators, "Lab Test:", "Result:" with the flag letter between value and unit, "Ref Range:", "Collected:" lines', r'''
    ----------------------------------------------------------------------
    Lab Type: CH (Chemistry/Hematology)
    Lab Test: TESTOSTERONE
      Result: 241  L  ng/dL
      Ref Range: 280 - 800
      Collected: 02/13/2025 @ 0812      Performing Lab: VA PUGET SOUND HCS
    ----------------------------------------------------------------------
    Lab Test: PSA, SCREENING
      Result: 1.9  ng/mL
      Ref Range: 0 - 4
      Collected: 02/13/2025 @ 0812      Performing Lab: VA PUGET SOUND HCS
    ----------------------------------------------------------------------
    Lab Test: HEMOGLOBIN A1C
      Result: 7.4  H  %
      Ref Range: 4.0 - 6.0
      Collected: 02/13/2025 @ 0812      Performing Lab: VA PUGET SOUND HCS
    ----------------------------------------------------------------------
    Lab Test: TSH
      Result: 2.87  uIU/mL
      Ref Range: .35 - 4.94
      Collected: 02/13/2025 @ 0812      Performing Lab: VA PUGET SOUND HCS
    ----------------------------------------------------------------------
    Lab Test: VITAMIN D 25 OH TOTAL
      Result: 19  L  ng/mL
      Ref Range: 30 - 100
      Collected: 02/13/2025 @ 0812      Performing Lab: VA PUGET SOUND HCS
    ----------------------------------------------------------------------
''', [
    R('testosterone', '241', 'ng/dL', '280..800', 'low'),
    R('prostate-specific-antigen', '1.9', 'ng/mL', '0..4'),
    R('hemoglobin-a1c', '7.4', '%', '4.0..6.0', 'high'),
    R('thyroid-stimulating-hormone', '2.87', 'uIU/mL', '0.35..4.94'),
    R('vitamin-d', '19', 'ng/mL', '30..100', 'low'),
], "range=the 'Ref Range:' line (a - b inclusive; '.35' is 0.35 without a leading zero, as set 24's Meditech); L/H between value and unit in the Result line; uIU/mL = m[IU]/L; the Lab Type, Collected and Performing Lab lines are not rows.")

case('CA', 'en', 'struct', 'BC Health Gateway laboratory results copy: test name line, then "Result:", "Status:", "Reference range:" and "Out of range:" label lines per test (Yes/No, with High/Low in brackets), SI units', r'''
    Health Gateway  ›  Lab Results  ›  LifeLabs BC   ·   Collected 2025-02-20
    Testosterone
      Result: 8.1 nmol/L
      Status: Final
      Reference range: 8.4 - 28.7 nmol/L
      Out of range: Yes (Low)
    Ferritin
      Result: 112 ug/L
      Status: Final
      Reference range: 30 - 500 ug/L
      Out of range: No
    Glucose Fasting
      Result: 5.7 mmol/L
      Status: Final
      Reference range: 3.6 - 6.0 mmol/L
      Out of range: No
    Hemoglobin A1C
      Result: 0.061
      Status: Final
      Reference range: <0.060
      Out of range: Yes (High)
    Cholesterol Non HDL
      Result: 4.6 mmol/L
      Status: Final
      Reference range: <4.2 mmol/L
      Out of range: Yes (High)
    Vitamin B12
      Result: Pending
      Status: Partial
''', [
    R('testosterone', '8.1', 'nmol/L', '8.4..28.7', 'low'),
    R('ferritin', '112', 'ug/L', '30..500', 'normal'),
    R('glucose', '5.7', 'mmol/L', '3.6..6.0', 'normal'),
    R('hemoglobin-a1c', '0.061', None, '..<0.060', 'high'),
    R('non-hdl-cholesterol', '4.6', 'mmol/L', '..<4.2', 'high'),
], "range=the 'Reference range:' line (a - b inclusive, '<b' strict); 'Out of range: Yes (Low/High)' / 'No' keyed by meaning; testosterone, glucose and non-HDL → mg/dL or ng/dL with the key's molar mass; ug/L = ng/mL; BC's HbA1c as a fraction prints no unit, so no normalizedValue; the pending B12 is not a row.")

case('US', 'en', 'struct', 'pipe-delimited lab extract from a clinic data warehouse: PatientID|CollectDate|TestName|Value|Unit|RefLow|RefHigh|AbnFlag, an empty RefLow and an empty RefHigh', r'''
    PatientID|CollectDate|TestName|Value|Unit|RefLow|RefHigh|AbnFlag
    LC-004471|2025-02-26|TESTOSTERONE TOTAL|703|ng/dL|264|916|
    LC-004471|2025-02-26|ESTRADIOL SENSITIVE|29.4|pg/mL|8.0|35.0|
    LC-004471|2025-02-26|HEMATOCRIT|50.8|%|37.5|51.0|
    LC-004471|2025-02-26|APOLIPOPROTEIN B|121|mg/dL||90|H
    LC-004471|2025-02-26|HDL CHOLESTEROL|41|mg/dL|39||
    LC-004471|2025-02-26|TRIGLYCERIDES|212|mg/dL|0|149|H
    LC-004471|2025-02-26|GGT|33|U/L|0|65|
''', [
    R('testosterone', '703', 'ng/dL', '264..916'),
    R('estradiol', '29.4', 'pg/mL', '8.0..35.0'),
    R('hematocrit', '50.8', '%', '37.5..51.0'),
    R('apolipoprotein-b', '121', 'mg/dL', '..90', 'high'),
    R('hdl-cholesterol', '41', 'mg/dL', '39..'),
    R('triglycerides', '212', 'mg/dL', '0..149', 'high'),
    R('gamma-glutamyl-transferase', '33', 'U/L', '0..65'),
], "range=RefLow..RefHigh (inclusive bounds, as set 22's CSV bound columns; an empty RefLow gives '..b', an empty RefHigh 'a..'); H from AbnFlag, empty computed; PatientID and CollectDate are not rows.")

# ---- no-result struct
case('US', 'en', 'struct', 'FHIR-style plain text of a DiagnosticReport still registered: every Observation status "registered" with no value, no result', r'''
    DiagnosticReport: Longevity panel   Status: registered   Based on: ServiceRequest/sr-88214
    Observation: Apolipoprotein B [Mass/volume] in Serum or Plasma
      Status: registered
      Value: (none)
    Observation: Lipoprotein (a) [Moles/volume] in Serum or Plasma
      Status: registered
      Value: (none)
    Observation: Insulin [Units/volume] in Serum or Plasma
      Status: registered
      Value: (none)
    Note: Specimen received 2025-03-03; results expected in 2-4 days.
''', [], "range=none: every observation is registered without a value.")
# ================================================================= write
def main():
    out = []
    stats = dict(rows=0, nores=0)
    review = []
    for i, c in enumerate(CASES, 1):
        cid = 'R%03d' % i
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
