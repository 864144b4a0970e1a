#!/usr/bin/env python3
"""review42 blind test set generator (keyed set 28, ids S001..S080).

Machinery (unit algebra, flags, tie refusal, TSV writing) reused from set 27's generator; all snippet data is new.
Holds every snippet and its keyed rows, converts units with the catalog
(ucumUnit + molarMass from CATALOG_PATH below), computes flags from
ranges when no flag is printed, refuses to write if a printed flag contradicts
its range, and writes keyed.tsv.
"""
import csv, math, os, re, sys, textwrap
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
# While written in /work/notes/review42 this points at the repository's catalog by an absolute path; once the set is
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
    # set 27: the UCUM spelling of a FHIR valueQuantity
    'm[iu]/ml': ('IU', 1),
    # set 28: Central Asian Latin transliterations (Uzbek mm/soat = mm/h, Azerbaijani mkmol/l = umol/l)
    'mm/soat': ('esr', 1), 'mkmol/l': ('mol', 1e-6),
    # set 28: milliequivalents, used only for monovalent ions (K, Na, Cl, HCO3), where 1 mEq = 1 mmol
    'meq/l': ('mol', 1e-3),
    # set 28: Indian app spelling of per cubic millimetre
    '/cumm': ('c3', 1e-3),
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
# ---- family dtc: direct-to-consumer and longevity-clinic reports (biomarker cards, optimal/normal bands)
case('US', 'en', 'dtc', 'InsideTracker "Your Blood Results" biomarker cards: name, value+unit, status word tied to the "Optimized zone", then "Optimized zone" and "Clinical range" lines; the clinical (lab) range is keyed', r'''
    InsideTracker · Ultimate Plan · Blood test 03/04/2025 (Quest Diagnostics)
    Your biomarkers: 7 of 43 optimized zones missed
    GLUCOSE
    96 mg/dL · Needs work
    Optimized zone: 70–86 mg/dL | Clinical range: 65–99 mg/dL
    FERRITIN
    48 ng/mL · Optimized
    Optimized zone: 40–120 ng/mL | Clinical range: 38–380 ng/mL
    VITAMIN D
    27 ng/mL · Needs work
    Optimized zone: 40–60 ng/mL | Clinical range: 30–100 ng/mL
    ALT
    31 U/L · At risk
    Optimized zone: 10–25 U/L | Clinical range: 9–46 U/L
    HSCRP
    1.9 mg/L · Needs work
    Optimized zone: 0–0.6 mg/L | Clinical range: 0–3.0 mg/L
    TOTAL TESTOSTERONE
    498 ng/dL · Optimized
    Optimized zone: 500–900 ng/dL | Clinical range: 250–1100 ng/dL
    SHBG
    41 nmol/L · Optimized
    Optimized zone: 20–45 nmol/L | Clinical range: 10–50 nmol/L
    Recommendations are not medical advice. Talk to your doctor before changing your diet or supplements.
''', [
    R('glucose', '96', 'mg/dL', '65..99'),
    R('ferritin', '48', 'ng/mL', '38..380'),
    R('vitamin-d', '27', 'ng/mL', '30..100'),
    R('alanine-aminotransferase', '31', 'U/L', '9..46'),
    R('hs-crp', '1.9', 'mg/L', '0..3.0'),
    R('testosterone', '498', 'ng/dL', '250..1100'),
    R('shbg', '41', 'nmol/L', '10..50'),
], "range=the 'Clinical range' of each card (en dash, inclusive); the 'Optimized zone' is the app's own target and the status words (Needs work / Optimized / At risk) refer to it, so they are not flags (set 27: lab range beats clinic target); flags are computed from the clinical range (vitamin D low, the others normal; testosterone 498 is normal although the app calls it 'Optimized' against a zone it misses).")

case('US', 'en', 'dtc', 'SiPhox Health home blood test report: one biomarker card per marker with "Your result", "Reference range" and "Optimal range" lines and a status pill (In range / Above range) tied to the reference range', r'''
    SiPhox Health — Core Health Report
    Collected at home 02/20/2025 · Analyzed by a CLIA-certified, CAP-accredited lab
    Summary: 2 biomarkers above range · 6 in range
    [Cardiovascular]
    ApoB
    Your result: 112 mg/dL   Above range
    Reference range: < 90 mg/dL      Optimal range: < 70 mg/dL
    hs-CRP
    Your result: 0.6 mg/L   In range
    Reference range: < 3.0 mg/L      Optimal range: < 1.0 mg/L
    [Metabolic]
    HbA1c
    Your result: 5.4 %   In range
    Reference range: < 5.7 %      Optimal range: < 5.4 %
    Fasting Insulin
    Your result: 11.2 uIU/mL   In range
    Reference range: 2.6 - 24.9 uIU/mL      Optimal range: 2 - 6 uIU/mL
    [Hormones]
    TSH
    Your result: 1.92 mIU/L   In range
    Reference range: 0.45 - 4.50 mIU/L      Optimal range: 0.5 - 2.5 mIU/L
    Free Testosterone
    Your result: 11.8 ng/dL   In range
    Reference range: 4.6 - 22.4 ng/dL      Optimal range: 15 - 22 ng/dL
    Cortisol (AM)
    Your result: 24.1 ug/dL   Above range
    Reference range: 6.2 - 19.4 ug/dL      Optimal range: 10 - 15 ug/dL
    [Nutrients]
    Vitamin D
    Your result: 44 ng/mL   In range
    Reference range: 30 - 100 ng/mL      Optimal range: 40 - 60 ng/mL
''', [
    R('apolipoprotein-b', '112', 'mg/dL', '..<90', 'high'),
    R('hs-crp', '0.6', 'mg/L', '..<3.0', 'normal'),
    R('hemoglobin-a1c', '5.4', '%', '..<5.7', 'normal'),
    R('insulin', '11.2', 'uIU/mL', '2.6..24.9', 'normal'),
    R('thyroid-stimulating-hormone', '1.92', 'mIU/L', '0.45..4.50', 'normal'),
    R('testosterone-free', '11.8', 'ng/dL', '4.6..22.4', 'normal'),
    R('cortisol', '24.1', 'ug/dL', '6.2..19.4', 'high'),
    R('vitamin-d', '44', 'ng/mL', '30..100', 'normal'),
], "range=the 'Reference range' line ('< b' strict, 'a - b' inclusive); the 'Optimal range' beside it is the company's target and not keyed; the pills 'Above range' / 'In range' refer to the reference range and are keyed as high / normal; free testosterone 11.8 ng/dL ×10 → 118 pg/mL.")

case('US', 'en', 'dtc', 'Mito Health longevity dashboard copy: a category summary line, then one line per marker "name  value unit  ↑/•  a–b" with an arrow for out of range and a dot for in range, and a "Borderline" label that is not a flag', r'''
    mito health · 100+ biomarker panel · Results released Mar 12, 2025
    Overall: 96 in range · 5 out of range · 9 borderline
    Heart & lipids
      Total Cholesterol        231 mg/dL     ↑  125–200
      LDL Cholesterol          152 mg/dL     ↑  0–99
      HDL Cholesterol          58 mg/dL      •  >39
      Triglycerides            104 mg/dL     •  0–149
      Lipoprotein(a)           142 nmol/L    ↑  <75
    Metabolic
      Glucose                  91 mg/dL      •  65–99
      Uric Acid                6.9 mg/dL     •  3.8–8.4   Borderline
      GGT                      22 U/L        •  3–70
    Inflammation
      Homocysteine             13.6 umol/L   ↑  ≤11.4
    • in range   ↑ above range   ↓ below range   Borderline = within range but near a limit
''', [
    R('total-cholesterol', '231', 'mg/dL', '125..200', 'high'),
    R('ldl-cholesterol', '152', 'mg/dL', '0..99', 'high'),
    R('hdl-cholesterol', '58', 'mg/dL', '>39..', 'normal'),
    R('triglycerides', '104', 'mg/dL', '0..149', 'normal'),
    R('lipoprotein-a', '142', 'nmol/L', '..<75', 'high'),
    R('glucose', '91', 'mg/dL', '65..99', 'normal'),
    R('uric-acid', '6.9', 'mg/dL', '3.8..8.4', 'normal'),
    R('gamma-glutamyl-transferase', '22', 'U/L', '3..70', 'normal'),
    R('homocysteine', '13.6', 'umol/L', '..11.4', 'high'),
], "range=the last column ('a–b' and '≤b' inclusive, '>a' and '<b' strict); the legend gives ↑ = above range (high) and • = in range (normal); 'Borderline' is defined by the legend as within range, so uric acid stays normal; the summary counts are not rows.")

case('SE', 'sv', 'dtc', 'Neko Health (Stockholm) body-scan app, "Blodprov" section in Swedish: one card per test with value, unit, "Normalintervall" and a Swedish status word (Inom normalintervallet / Över normalintervallet), decimal commas, HbA1c in mmol/mol', r'''
    Neko Health · Din kroppsskanning 2025-03-01 · Östermalm
    Blodprov
    Hemoglobin
    142 g/L — Inom normalintervallet
    Normalintervall 134–170 g/L
    HbA1c (långtidsblodsocker)
    37 mmol/mol — Inom normalintervallet
    Normalintervall 27–42 mmol/mol
    Glukos (fastande)
    5,4 mmol/L — Inom normalintervallet
    Normalintervall 4,0–6,0 mmol/L
    Totalkolesterol
    5,6 mmol/L — Över normalintervallet
    Normalintervall under 5,0 mmol/L
    LDL-kolesterol
    3,7 mmol/L — Över normalintervallet
    Normalintervall under 3,0 mmol/L
    HDL-kolesterol
    1,3 mmol/L — Inom normalintervallet
    Normalintervall över 1,0 mmol/L
    Triglycerider
    1,1 mmol/L — Inom normalintervallet
    Normalintervall under 1,7 mmol/L
    Din läkare går igenom resultaten med dig vid uppföljningen.
''', [
    R('hemoglobin', '142', 'g/L', '134..170', 'normal'),
    R('hemoglobin-a1c', '37', 'mmol/mol', '27..42', 'normal'),
    R('glucose', '5.4', 'mmol/L', '4.0..6.0', 'normal'),
    R('total-cholesterol', '5.6', 'mmol/L', '..<5.0', 'high'),
    R('ldl-cholesterol', '3.7', 'mmol/L', '..<3.0', 'high'),
    R('hdl-cholesterol', '1.3', 'mmol/L', '>1.0..', 'normal'),
    R('triglycerides', '1.1', 'mmol/L', '..<1.7', 'normal'),
], "range=the 'Normalintervall' line ('a–b' inclusive; 'under b' and 'över a' strict); 'Inom normalintervallet' = normal and 'Över normalintervallet' = high; Hb g/L → g/dL, glucose and lipids mmol/L → mg/dL with their molar masses; HbA1c in mmol/mol has no normalizedValue (sets 22–27).")

case('DE', 'de', 'dtc', 'Lykon (Hamburg) home-test "Ergebnisbericht" in German: per marker a value line, "Referenzbereich" and a separate "Lykon-Optimalbereich", a status word (im Referenzbereich / unterhalb des Referenzbereichs) tied to the Referenzbereich, decimal commas', r'''
    LYKON · Ergebnisbericht MyCheck Energie · Probeneingang 24.02.2025 · Labor: MVZ Labor Dr. Fenner
    Ferritin
      Ihr Wert: 19 ng/ml  —  unterhalb des Referenzbereichs
      Referenzbereich: 22 - 275 ng/ml   |   Lykon-Optimalbereich: 50 - 150 ng/ml
    Vitamin D (25-OH)
      Ihr Wert: 21,4 ng/ml  —  unterhalb des Referenzbereichs
      Referenzbereich: 30 - 100 ng/ml   |   Lykon-Optimalbereich: 40 - 60 ng/ml
    Vitamin B12
      Ihr Wert: 412 pg/ml  —  im Referenzbereich
      Referenzbereich: 197 - 771 pg/ml   |   Lykon-Optimalbereich: 400 - 700 pg/ml
    TSH
      Ihr Wert: 2,31 µIU/ml  —  im Referenzbereich
      Referenzbereich: 0,27 - 4,20 µIU/ml   |   Lykon-Optimalbereich: 0,5 - 2,0 µIU/ml
    Magnesium
      Ihr Wert: 0,81 mmol/l  —  im Referenzbereich
      Referenzbereich: 0,70 - 1,05 mmol/l   |   Lykon-Optimalbereich: 0,85 - 1,0 mmol/l
    Zink
      Ihr Wert: 74 µg/dl  —  im Referenzbereich
      Referenzbereich: 70 - 120 µg/dl   |   Lykon-Optimalbereich: 90 - 110 µg/dl
    Dieser Bericht ersetzt keine ärztliche Beratung.
''', [
    R('ferritin', '19', 'ng/ml', '22..275', 'low'),
    R('vitamin-d', '21.4', 'ng/ml', '30..100', 'low'),
    R('vitamin-b12', '412', 'pg/ml', '197..771', 'normal'),
    R('thyroid-stimulating-hormone', '2.31', 'µIU/ml', '0.27..4.20', 'normal'),
    R('magnesium', '0.81', 'mmol/l', '0.70..1.05', 'normal'),
    R('zinc', '74', 'µg/dl', '70..120', 'normal'),
], "range=the 'Referenzbereich' (a - b inclusive); the 'Lykon-Optimalbereich' is the company's target and not keyed; 'unterhalb des Referenzbereichs' = low, 'im Referenzbereich' = normal; TSH µIU/ml = m[IU]/L; magnesium mmol/l → mg/dL with 24.305; zinc stays in µg/dL.")

case('UK', 'en', 'dtc', 'Bluecrest Wellness health-assessment report copy: traffic-light results table "Test / Your result / Normal range / Status" with Green / Amber / Red words that the legend ties to the normal range and a direction word', r'''
    BLUECREST WELLNESS - Your Health Report - Premium Health Assessment
    Clinic: Reading (mobile unit)   Sample date: 08/03/2025   Ref: BW-5530917
    KEY: GREEN = within normal range   AMBER LOW / AMBER HIGH = slightly outside   RED LOW / RED HIGH = significantly outside
    Test                      Your result     Normal range       Status
    Total Cholesterol         6.4 mmol/L      0.0 - 5.0          AMBER HIGH
    HDL Cholesterol           1.12 mmol/L     0.9 - 2.0          GREEN
    Non-HDL Cholesterol       5.28 mmol/L     0.0 - 4.0          RED HIGH
    Triglycerides             2.3 mmol/L      0.0 - 1.7          AMBER HIGH
    HbA1c                     6.2 %           4.0 - 5.9          AMBER HIGH
    Ferritin                  210 ug/L        30 - 400           GREEN
    Gamma GT                  64 U/L          0 - 55             AMBER HIGH
    eGFR                      78 mL/min/1.73m2  60 - 120         GREEN
    Your GP summary letter and lifestyle plan are in your online account.
''', [
    R('total-cholesterol', '6.4', 'mmol/L', '0.0..5.0', 'high'),
    R('hdl-cholesterol', '1.12', 'mmol/L', '0.9..2.0', 'normal'),
    R('non-hdl-cholesterol', '5.28', 'mmol/L', '0.0..4.0', 'high'),
    R('triglycerides', '2.3', 'mmol/L', '0.0..1.7', 'high'),
    R('hemoglobin-a1c', '6.2', '%', '4.0..5.9', 'high'),
    R('ferritin', '210', 'ug/L', '30..400', 'normal'),
    R('gamma-glutamyl-transferase', '64', 'U/L', '0..55', 'high'),
    R('egfr', '78', 'mL/min/1.73m2', '60..120', 'normal'),
], "range=the 'Normal range' column (a - b inclusive); status words keyed by the KEY line: GREEN = normal, AMBER HIGH and RED HIGH = high (the colour grades how far, the word gives the direction); lipids mmol/L → mg/dL (386.65 / 885.7), ferritin ug/L = ng/mL.")

case('UK', 'en', 'dtc', 'Manual (UK men\'s health) testosterone-kit results page copy: "Marker / Result / Normal range / Status" with one-word statuses (Normal / High), a "What this means" paragraph, SI units, calculated free testosterone in nmol/L, prolactin in mIU/L', r'''
    MANUAL · Testosterone Health Check · Results reviewed by Dr. Hamid Qureshi (GMC 7041192)
    Sample collected 27 Feb 2025 · Processed by an accredited UK laboratory
    Marker                        Result            Normal range          Status
    Total testosterone            17.4 nmol/L       8.64 - 29.0           Normal
    SHBG                          38 nmol/L         18.3 - 54.1           Normal
    Free testosterone (calc.)     0.352 nmol/L      0.198 - 0.619         Normal
    Oestradiol                    96 pmol/L         41.4 - 159            Normal
    LH                            4.1 IU/L          1.7 - 8.6             Normal
    Prolactin                     412 mIU/L         86 - 324              High
    What this means: your testosterone is in the normal range. Your prolactin is slightly raised; stress and
    a recent workout can do this, so we suggest a repeat test in 6 weeks.
''', [
    R('testosterone', '17.4', 'nmol/L', '8.64..29.0', 'normal'),
    R('shbg', '38', 'nmol/L', '18.3..54.1', 'normal'),
    R('testosterone-free', '0.352', 'nmol/L', '0.198..0.619', 'normal'),
    R('estradiol', '96', 'pmol/L', '41.4..159', 'normal'),
    R('luteinizing-hormone', '4.1', 'IU/L', '1.7..8.6', 'normal'),
    R('prolactin', '412', 'mIU/L', '86..324', 'high'),
], "range=the 'Normal range' column (a - b inclusive); Status words Normal / High keyed as printed; testosterone nmol/L → ng/dL and free testosterone nmol/L → pg/mL with 288.42, oestradiol pmol/L → pg/mL with 272.38, LH IU/L = m[IU]/mL; prolactin in mIU/L has no normalizedValue (IU against a mass unit, sets 22–27).")

case('US', 'en', 'dtc', 'Heads Up Health aggregator dashboard "Labs" table copy: Marker / Latest / Date / Previous / Lab Range / Optimal Range columns, the Previous column and the Optimal column never keyed, no flag printed', r'''
    Heads Up Health · Labs · Showing 8 markers · Source: Quest Diagnostics (connected)
    Marker              Latest        Date        Previous      Lab Range        Optimal Range
    Testosterone, Total 682 ng/dL     03/08/2025  341 ng/dL     264-916          700-1000
    Free Testosterone   14.6 ng/dL    03/08/2025  7.2 ng/dL     8.7-25.1         15-25
    Estradiol           41 pg/mL      03/08/2025  22 pg/mL      7.6-42.6         20-30
    Hematocrit          52.3 %        03/08/2025  46.8 %        37.5-51.0        42-50
    Hemoglobin          17.4 g/dL     03/08/2025  15.6 g/dL     13.0-17.7        14-16.5
    PSA, Total          0.9 ng/mL     03/08/2025  0.7 ng/mL     0.0-4.0          <1.5
    DHEA-S              288 ug/dL     03/08/2025  301 ug/dL     138.5-475.2      350-490
    Ferritin            96 ng/mL      03/08/2025  142 ng/mL     30-400           50-150
    Tip: tap a marker to see your trend chart.
''', [
    R('testosterone', '682', 'ng/dL', '264..916'),
    R('testosterone-free', '14.6', 'ng/dL', '8.7..25.1'),
    R('estradiol', '41', 'pg/mL', '7.6..42.6'),
    R('hematocrit', '52.3', '%', '37.5..51.0'),
    R('hemoglobin', '17.4', 'g/dL', '13.0..17.7'),
    R('prostate-specific-antigen', '0.9', 'ng/mL', '0.0..4.0'),
    R('dhea-sulfate', '288', 'ug/dL', '138.5..475.2'),
    R('ferritin', '96', 'ng/mL', '30..400'),
], "range=the 'Lab Range' column (a-b inclusive); the 'Optimal Range' column is the app's target and the 'Previous' column an older result, neither keyed; no flag is printed, so flags are computed (hematocrit 52.3 high, the rest normal); free testosterone ng/dL ×10 → pg/mL (the range stays in the printed unit).")

case('US', 'en', 'dtc', 'Fountain Life executive longevity report, "Blood Biomarkers" table from the member PDF (copied): Biomarker / Result / Units / Reference / Fountain Target / Status, status words tied to the reference column, TMAO and omega-3 index', r'''
    FOUNTAIN LIFE · APEX MEMBERSHIP · Annual Upload · Member ID FL-220416 · Draw date 01/29/2025
    Blood Biomarkers
    Biomarker            Result   Units     Reference      Fountain Target   Status
    Apolipoprotein B     96       mg/dL     <90            <60               ABOVE REFERENCE
    Lipoprotein (a)      38       nmol/L    <75            <75               WITHIN REFERENCE
    hs-CRP               <0.2     mg/L      <1.0           <0.5              WITHIN REFERENCE
    Homocysteine         9.8      umol/L    <=10.4         <7                WITHIN REFERENCE
    Hemoglobin A1c       5.6      %         <5.7           <5.3              WITHIN REFERENCE
    Fasting Insulin      3.1      uIU/mL    2.6-24.9       <5                WITHIN REFERENCE
    TMAO                 7.9      umol/L    <6.2           <4                ABOVE REFERENCE
    Omega-3 Index        4.6      %         >=5.4          >8                BELOW REFERENCE
    Uric Acid            5.1      mg/dL     4.0-8.0        <5.5              WITHIN REFERENCE
    Your care team will review these results with you at your quarterly visit.
''', [
    R('apolipoprotein-b', '96', 'mg/dL', '..<90', 'high'),
    R('lipoprotein-a', '38', 'nmol/L', '..<75', 'normal'),
    R('hs-crp', '0.2', 'mg/L', '..<1.0', 'normal', vt='<0.2'),
    R('homocysteine', '9.8', 'umol/L', '..10.4', 'normal'),
    R('hemoglobin-a1c', '5.6', '%', '..<5.7', 'normal'),
    R('insulin', '3.1', 'uIU/mL', '2.6..24.9', 'normal'),
    R('tmao', '7.9', 'umol/L', '..<6.2', 'high'),
    R('omega-3-index', '4.6', '%', '5.4..', 'low'),
    R('uric-acid', '5.1', 'mg/dL', '4.0..8.0', 'normal'),
], "range=the 'Reference' column ('<b' strict, '<=b' and '>=a' inclusive, 'a-b' inclusive); the 'Fountain Target' column is the clinic's target and not keyed; Status words ABOVE / WITHIN / BELOW REFERENCE keyed high / normal / low; TMAO is in the catalog (umol/L); the censored hs-CRP '<0.2' lies wholly inside '<1.0' (normal, normalized on its bound).")

case('US', 'en', 'dtc', 'Human Longevity Inc. Health Nucleus report, "Clinical Laboratory" section copied from the member portal: grouped rows "Test  Result  Flag  Reference Interval", units inside the reference cell, a Notes line', r'''
    HUMAN LONGEVITY, INC. | Health Nucleus 100 Platinum | La Jolla, CA
    Member: K. Ferreira-Lind   Visit: 02/11/2025   Physician: R. Castellanos, MD
    CLINICAL LABORATORY
    Complete Blood Count
      WBC                    4.2          4.0 - 10.5 x10^3/uL
      Hemoglobin             12.1   L     13.2 - 17.1 g/dL
      MCV                    101.4  H     80.0 - 100.0 fL
      Platelets              204          140 - 400 x10^3/uL
    Chemistry
      Creatinine             1.02         0.70 - 1.30 mg/dL
      Cystatin C             0.91         0.52 - 1.31 mg/L
      Vitamin B12            189    L     200 - 1100 pg/mL
      Folate                 6.4          >5.8 ng/mL
    Notes: macrocytosis with low B12; methylmalonic acid added to the next draw.
''', [
    R('white-blood-cell-count', '4.2', 'x10^3/uL', '4.0..10.5'),
    R('hemoglobin', '12.1', 'g/dL', '13.2..17.1', 'low'),
    R('mean-corpuscular-volume', '101.4', 'fL', '80.0..100.0', 'high'),
    R('platelet-count', '204', 'x10^3/uL', '140..400'),
    R('creatinine', '1.02', 'mg/dL', '0.70..1.30'),
    R('cystatin-c', '0.91', 'mg/L', '0.52..1.31'),
    R('vitamin-b12', '189', 'pg/mL', '200..1100', 'low'),
    R('folate', '6.4', 'ng/mL', '>5.8..'),
], "range=the 'Reference Interval' column with the unit after the bounds (a - b inclusive, '>a' strict); L/H keyed as printed, the rest computed normal; x10^3/uL = 10*3/uL; methylmalonic acid is only mentioned as ordered, not a row.")

case('AU', 'en', 'dtc', 'i-screen (Sonic Healthcare) direct-to-consumer "Health Check" results e-mail in Australian SI units: "Test: value unit (Reference interval: a - b)" lines with "- outside the reference interval (high)" phrases', r'''
    From: i-screen <results@iscreen.com.au>
    Subject: Your i-screen results are ready - Ref ISC-88120457
    Hi Priya,
    Your Essential Health Check results (collected 05/03/2025 at Sullivan Nicolaides, Chermside):
    - Glucose (fasting): 6.4 mmol/L (Reference interval: 3.0 - 6.0) - outside the reference interval (high)
    - HbA1c: 5.9 % (Reference interval: < 6.0)
    - Cholesterol: 5.2 mmol/L (Reference interval: < 5.5)
    - LDL cholesterol: 3.1 mmol/L (Reference interval: < 3.5)
    - Creatinine: 64 umol/L (Reference interval: 45 - 90)
    - ALT: 38 U/L (Reference interval: < 34) - outside the reference interval (high)
    - TSH: 2.8 mIU/L (Reference interval: 0.40 - 4.00)
    An i-screen doctor has reviewed your results. Because two results are outside the reference interval,
    please see your GP to discuss them.
''', [
    R('glucose', '6.4', 'mmol/L', '3.0..6.0', 'high'),
    R('hemoglobin-a1c', '5.9', '%', '..<6.0'),
    R('total-cholesterol', '5.2', 'mmol/L', '..<5.5'),
    R('ldl-cholesterol', '3.1', 'mmol/L', '..<3.5'),
    R('creatinine', '64', 'umol/L', '45..90'),
    R('alanine-aminotransferase', '38', 'U/L', '..<34', 'high'),
    R('thyroid-stimulating-hormone', '2.8', 'mIU/L', '0.40..4.00'),
], "range=the bracketed 'Reference interval' (a - b inclusive, '< b' strict); 'outside the reference interval (high)' keyed high, the others computed normal; glucose, cholesterol, LDL and creatinine converted with their molar masses.")

case('IN', 'en', 'dtc', 'Orange Health Labs (Bengaluru) "Smart Report" summary page: a "Needs attention" list and an "All good" list, each marker with value, unit, a Low/High/Normal word and the normal range in brackets', r'''
    orange health labs | Smart Report | Full Body Checkup Advanced | Sample collected at home: 02-Mar-2025 07:12
    Patient: Mr. Nikhil Raghavan  |  Age/Sex: 36 Y / M  |  Report ID: OH25-0302-71934
    NEEDS ATTENTION (4)
      Vitamin D (25-OH)        14.2 ng/mL     Low      (30 - 100)
      Vitamin B12              168 pg/mL      Low      (211 - 911)
      LDL Cholesterol          146 mg/dL      High     (0 - 100)
      Triglycerides            212 mg/dL      High     (0 - 150)
    ALL GOOD (5)
      HbA1c                    5.5 %          Normal   (4.0 - 5.6)
      TSH                      3.12 uIU/mL    Normal   (0.35 - 5.50)
      Creatinine               0.94 mg/dL     Normal   (0.70 - 1.30)
      Haemoglobin              14.8 g/dL      Normal   (13.0 - 17.0)
      SGPT (ALT)               29 U/L         Normal   (0 - 50)
    Scan the QR code to view detailed report with graphs and past trends.
''', [
    R('vitamin-d', '14.2', 'ng/mL', '30..100', 'low'),
    R('vitamin-b12', '168', 'pg/mL', '211..911', 'low'),
    R('ldl-cholesterol', '146', 'mg/dL', '0..100', 'high'),
    R('triglycerides', '212', 'mg/dL', '0..150', 'high'),
    R('hemoglobin-a1c', '5.5', '%', '4.0..5.6', 'normal'),
    R('thyroid-stimulating-hormone', '3.12', 'uIU/mL', '0.35..5.50', 'normal'),
    R('creatinine', '0.94', 'mg/dL', '0.70..1.30', 'normal'),
    R('hemoglobin', '14.8', 'g/dL', '13.0..17.0', 'normal'),
    R('alanine-aminotransferase', '29', 'U/L', '0..50', 'normal'),
], "range=the bracketed range after the word (a - b inclusive); Low / High / Normal keyed as printed; the section titles 'NEEDS ATTENTION (4)' / 'ALL GOOD (5)' and their counts are not rows; TSH uIU/mL = m[IU]/L.")

case('CA', 'en', 'dtc', 'Medcan (Toronto) annual health assessment "Laboratory Summary" in Canadian SI units: a two-column "Your result / Medcan reference" list with an asterisk legend giving the direction (* above, ** below), thyroid and lipids', r'''
    MEDCAN · Annual Health Assessment · Laboratory Summary · 150 York Street, Toronto
    Client: J. Tremblay-Okafor    Assessment date: 2025-02-18    Physician: Dr. S. Vandermeer
    *  result above the reference interval      **  result below the reference interval
    Test                              Your result        Medcan reference
    Hemoglobin                        128 g/L **          135 - 175 g/L
    Ferritin                          18 ug/L **          30 - 400 ug/L
    Glucose, fasting                  5.2 mmol/L          3.6 - 6.0 mmol/L
    Hemoglobin A1c                    5.7 %               4.0 - 5.9 %
    Cholesterol, total                5.9 mmol/L *        < 5.2 mmol/L
    Triglycerides                     1.4 mmol/L          < 1.7 mmol/L
    HDL cholesterol                   1.61 mmol/L         > 1.00 mmol/L
    Free T4                           15.2 pmol/L         12.0 - 22.0 pmol/L
    Vitamin B12                       301 pmol/L          > 220 pmol/L
    Your physician will discuss these results with you during your results review.
''', [
    R('hemoglobin', '128', 'g/L', '135..175', 'low'),
    R('ferritin', '18', 'ug/L', '30..400', 'low'),
    R('glucose', '5.2', 'mmol/L', '3.6..6.0'),
    R('hemoglobin-a1c', '5.7', '%', '4.0..5.9'),
    R('total-cholesterol', '5.9', 'mmol/L', '..<5.2', 'high'),
    R('triglycerides', '1.4', 'mmol/L', '..<1.7'),
    R('hdl-cholesterol', '1.61', 'mmol/L', '>1.00..'),
    R('free-t4', '15.2', 'pmol/L', '12.0..22.0'),
    R('vitamin-b12', '301', 'pmol/L', '>220..'),
], "range=the 'Medcan reference' column (a - b inclusive; '< b' and '> a' strict); the legend gives '*' = above (high) and '**' = below (low), so the asterisks carry a direction; unmarked rows are computed normal; SI → conventional with the catalog molar masses (Hb g/L ÷10, glucose, lipids, free T4 pmol/L → ng/dL, B12 pmol/L → pg/mL).")

case('US', 'en', 'dtc', 'longevity-clinic onboarding e-mail: membership welcome, how to book the first blood draw (fasting 12 h, hydrate), list of the 110 biomarkers to be tested and prices of add-ons, no result', r'''
    From: Concierge Team <hello@healthspan-collective.com>
    Subject: Welcome to Healthspan Collective — book your baseline blood draw
    Hi Marcus,
    Welcome aboard! Your Foundations membership ($499/yr) is active. Next step: your baseline draw.
    1. Book a slot at any Quest Patient Service Center (link below) within the next 30 days.
    2. Fast for 12 hours (water is fine). Skip biotin supplements for 72 hours.
    3. Avoid hard training for 48 hours before the draw, it raises CK and AST.
    Your panel covers 110 biomarkers, including ApoB, Lp(a), hs-CRP, fasting insulin, HbA1c,
    testosterone, thyroid (TSH, free T4, free T3), ferritin, vitamin D and omega-3 index.
    Optional add-ons: Galleri multi-cancer test ($949), DEXA scan ($149), VO2 max test ($199).
    Results typically post to your dashboard 7–10 days after your draw.
    — The Healthspan Collective Care Team
''', [], "range=none: an onboarding e-mail naming biomarkers, prices and preparation times; no result.")

case('UK', 'en', 'dtc', 'home blood-test kit activation page copy: kit barcode, activation confirmation, collection-day checklist and the tests included, no result', r'''
    Kit activated ✓
    Kit ID: MX-4471-9920-HB     Test: Advanced Well Woman Blood Test (finger-prick)
    Activated: 10 March 2025, 21:14     Linked to: Ms R. Okafor (DOB 14/09/1988)
    Before you collect:
    [ ] Collect before 10am, Monday–Thursday only, so your sample reaches the lab within 48 hours
    [ ] Drink 2 glasses of water and take a warm shower to help blood flow
    [ ] Fill the tube to the 600 µl line (approx. 5-6 drops)
    Included tests: Full blood count, ferritin, vitamin B12, folate, vitamin D, thyroid function (TSH, FT4),
    oestradiol, FSH, LH, prolactin, HbA1c, cholesterol profile.
    Return by Royal Mail Tracked 24 in the prepaid box. Results usually within 2 working days of receipt.
''', [], "range=none: a kit activation page with checklist quantities and included tests; no result.")

# ---- family dialysis: dialysis unit monthly labs
case('US', 'en', 'dialysis', 'DaVita dialysis center monthly lab report (DaVita Labs) printed for the patient chart: pre-dialysis chemistry, hemoglobin and ferritin, URR and spKt/V adequacy rows with ">=" targets, a post-dialysis BUN without range, an RN review line', r'''
    DaVita Kidney Care - Riverside Crossing Dialysis - Monthly Labs - Draw 03/04/2025 (mid-week, pre-treatment)
    Patient: GARRISON, DELBERT   MRN: 00748120   Modality: In-center HD, MWF 2nd shift   Nephrologist: Dr. A. Oyelaran
    TEST                    RESULT    FLAG   REF RANGE        UNITS
    Pre BUN                 68        H      7-20             mg/dL
    Post BUN                19                                 mg/dL
    URR                     72                >=65             %
    spKt/V                  1.46              >=1.2
    Albumin (BCG)           3.6       L      3.8-5.0          g/dL
    Calcium                 8.9              8.4-10.2         mg/dL
    Phosphorus              6.8       H      2.5-4.5          mg/dL
    Potassium               5.6       H      3.5-5.1          mmol/L
    CO2                     21        L      22-29            mmol/L
    Hemoglobin              10.4      L      13.5-17.5        g/dL
    Ferritin                742       H      24-336           ng/mL
    Intact PTH              486       H      15-65            pg/mL
    Labs reviewed by RN 03/05/2025. Binder and ESA per protocol; see Mircera and Venofer orders.
''', [
    R('blood-urea-nitrogen', '68', 'mg/dL', '7..20', 'high'),
    R('?Post BUN', '19', 'mg/dL', ''),
    R('?URR', '72', '%', '65..'),
    R('?spKt/V', '1.46', None, '1.2..'),
    R('albumin', '3.6', 'g/dL', '3.8..5.0', 'low'),
    R('calcium', '8.9', 'mg/dL', '8.4..10.2'),
    R('phosphorus', '6.8', 'mg/dL', '2.5..4.5', 'high'),
    R('potassium', '5.6', 'mmol/L', '3.5..5.1', 'high'),
    R('carbon-dioxide', '21', 'mmol/L', '22..29', 'low'),
    R('hemoglobin', '10.4', 'g/dL', '13.5..17.5', 'low'),
    R('ferritin', '742', 'ng/mL', '24..336', 'high'),
    R('parathyroid-hormone', '486', 'pg/mL', '15..65', 'high'),
], "range=the REF RANGE column (a-b and '>=a' inclusive); H/L keyed as printed, unflagged rows computed (URR, Kt/V, calcium normal); Pre BUN is the catalog's blood-urea-nitrogen; the post-dialysis BUN (a timed sample for URR, no range), URR and spKt/V are dialysis-adequacy values with no catalog key, kept as ? rows (decision); CO2 is carbon-dioxide.")

case('US', 'en', 'dialysis', 'Fresenius Kidney Care patient lab report (Spectra Laboratories) as a three-month flowsheet: three dated columns (Jan, Feb, Mar) oldest left, newest right, a "Target / Ref" column at the end, flags glued to the values', r'''
    FRESENIUS KIDNEY CARE  |  Lakeview Dialysis  |  Patient Lab Trend Report  |  Printed 03/14/2025
    Patient: OYELOWO, GRACE A.   Chair 14   Spectra Acct 55-20931   Attending: M. Halvorsen, MD
    Test                 01/07/2025   02/04/2025   03/04/2025   Units     Target / Ref
    Hemoglobin           9.6L         10.2L        11.1         g/dL      10.0-11.5
    Albumin              3.9          3.7L         4.0          g/dL      3.8-5.0
    Phosphorus           7.4H         6.1H         5.2H         mg/dL     3.5-5.0
    Calcium              8.2L         8.6          9.1          mg/dL     8.4-10.2
    Potassium            4.6          5.3H         4.9          mEq/L     3.5-5.1
    Intact PTH           612H         540H         388          pg/mL     150-600
    URR                  68           71           74           %         >=65
    Flags: H = above target/reference, L = below target/reference. Most recent result is in the rightmost column.
''', [
    R('hemoglobin', '11.1', 'g/dL', '10.0..11.5'),
    R('albumin', '4.0', 'g/dL', '3.8..5.0'),
    R('phosphorus', '5.2', 'mg/dL', '3.5..5.0', 'high'),
    R('calcium', '9.1', 'mg/dL', '8.4..10.2'),
    R('potassium', '4.9', 'mEq/L', '3.5..5.1'),
    R('parathyroid-hormone', '388', 'pg/mL', '150..600'),
    R('?URR', '74', '%', '65..'),
], "range=the 'Target / Ref' column (a-b and '>=a' inclusive); only the newest column (03/04/2025, rightmost, as the footer says) is keyed; the older columns and their flags are not rows; phosphorus 5.2H keyed high, the unflagged newest values computed normal (PTH 388 lies inside the dialysis target 150-600); potassium mEq/L = mmol/L (monovalent ion); URR is a ? row (no catalog key).")

case('UK', 'en', 'dialysis', 'NHS satellite haemodialysis unit "monthly bloods" summary printed from the renal IT system: Test / Result / Units / Range / Flag in SI units, pre- and post-dialysis urea, URR, PTH in pmol/L, a dietitian note', r'''
    EXETER KIDNEY UNIT - SATELLITE HAEMODIALYSIS (TIVERTON) - MONTHLY BLOODS
    Patient: HOLLINGWORTH, Brian   NHS No 612 448 9051   Hosp No R0418837   Shift: Tue/Thu/Sat AM
    Sample date: 11/03/2025 (pre-dialysis unless stated)     Consultant: Dr E. Nakamura-Price
    Test                    Result    Units        Range          Flag
    Haemoglobin             104       g/L          130 - 180      L
    Sodium                  137       mmol/L       133 - 146
    Potassium               6.1       mmol/L       3.5 - 5.3      H
    Urea (pre)              24.6      mmol/L       2.5 - 7.8      H
    Urea (post)             6.8       mmol/L
    URR                     72        %            > 65
    Creatinine              812       umol/L       59 - 104       H
    Bicarbonate             20        mmol/L       22 - 29        L
    Phosphate               1.94      mmol/L       0.80 - 1.50    H
    Albumin                 34        g/L          35 - 50        L
    PTH                     52.4      pmol/L       1.6 - 6.9      H
    Ferritin                386       ug/L         30 - 400
    Dietitian: potassium 6.1 again - low-potassium diet sheet re-issued; phosphate binder with meals reinforced.
''', [
    R('hemoglobin', '104', 'g/L', '130..180', 'low'),
    R('sodium', '137', 'mmol/L', '133..146'),
    R('potassium', '6.1', 'mmol/L', '3.5..5.3', 'high'),
    R('urea', '24.6', 'mmol/L', '2.5..7.8', 'high'),
    R('?Urea (post)', '6.8', 'mmol/L', ''),
    R('?URR', '72', '%', '>65..'),
    R('creatinine', '812', 'umol/L', '59..104', 'high'),
    R('carbon-dioxide', '20', 'mmol/L', '22..29', 'low'),
    R('phosphorus', '1.94', 'mmol/L', '0.80..1.50', 'high'),
    R('albumin', '34', 'g/L', '35..50', 'low'),
    R('parathyroid-hormone', '52.4', 'pmol/L', '1.6..6.9', 'high'),
    R('ferritin', '386', 'ug/L', '30..400'),
], "range=the Range column (a - b inclusive, '> a' strict); H/L keyed as printed, unflagged rows computed normal; pre-dialysis urea in mmol/L is the catalog's urea (60.06, set 27) → mg/dL; the post-dialysis urea (a timed sample for URR) and URR are ? rows, as in the DaVita print; creatinine umol/L → mg/dL, phosphate → phosphorus with 30.974, PTH pmol/L → pg/mL with 9425, Hb and albumin g/L ÷10; bicarbonate is carbon-dioxide; the dietitian's repeat of 6.1 is not a second row.")

case('JP', 'ja', 'dialysis', 'Japanese dialysis clinic monthly routine test sheet (透析前 定期検査結果) in Japanese: 検査項目 / 結果 / 判定 / 単位 / 基準値, mEq/L potassium, β2-microglobulin not in the catalog, calcium on its lower bound', r'''
    医療法人 青葉会 あおばクリニック 人工透析センター
    定期検査結果（月例）  採血日：2025年03月05日（透析前）  患者ID：D-00731  氏名：佐々木 ○○ 様
    検査項目                 結果      判定   単位       基準値
    尿素窒素 (BUN)           62.4      H      mg/dL      8.0-20.0
    クレアチニン             10.82     H      mg/dL      0.65-1.07
    カリウム                 5.2       H      mEq/L      3.6-4.8
    カルシウム               8.8              mg/dL      8.8-10.1
    無機リン                 5.8       H      mg/dL      2.7-4.6
    アルブミン               3.6       L      g/dL       4.1-5.1
    ヘモグロビン             10.9      L      g/dL       13.7-16.8
    intact PTH               182       H      pg/mL      10-65
    β2-マイクログロブリン    27.4      H      mg/L       0.9-1.9
    ※基準値は健常成人の値です。透析患者の管理目標値は別紙をご参照ください。
''', [
    R('blood-urea-nitrogen', '62.4', 'mg/dL', '8.0..20.0', 'high'),
    R('creatinine', '10.82', 'mg/dL', '0.65..1.07', 'high'),
    R('potassium', '5.2', 'mEq/L', '3.6..4.8', 'high'),
    R('calcium', '8.8', 'mg/dL', '8.8..10.1'),
    R('phosphorus', '5.8', 'mg/dL', '2.7..4.6', 'high'),
    R('albumin', '3.6', 'g/dL', '4.1..5.1', 'low'),
    R('hemoglobin', '10.9', 'g/dL', '13.7..16.8', 'low'),
    R('parathyroid-hormone', '182', 'pg/mL', '10..65', 'high'),
    R('?β2-マイクログロブリン', '27.4', 'mg/L', '0.9..1.9', 'high'),
], "range=the 基準値 column (a-b inclusive; the footnote says these are healthy-adult values, and they are the only ranges printed); 判定 H/L keyed as printed; calcium 8.8 sits on the inclusive lower bound and is normal; 無機リン (inorganic phosphorus) is phosphorus; potassium mEq/L = mmol/L; β2-microglobulin has no catalog key (? row); creatinine 10.82 is rounded to 3 significant figures (10.8).")

case('DE', 'de', 'dialysis', 'KfH Nierenzentrum (Germany) Monatslabor Hämodialyse in German: Parameter / Ergebnis / Einheit / Referenzbereich / Bewertung with "+"/"-" and a legend, decimal commas, phosphate and calcium in mmol/l, PTH in pmol/l', r'''
    KfH Kuratorium für Dialyse und Nierentransplantation e.V. · KfH-Nierenzentrum Würzburg
    Monatslabor Hämodialyse · Abnahme 05.03.2025 vor Dialyse · Pat.: Brenneisen, Ottmar · geb. 02.11.1951
    Parameter                 Ergebnis   Einheit    Referenzbereich   Bewertung
    Harnstoff                 142        mg/dl      17 - 43           +
    Kreatinin                 8,4        mg/dl      0,7 - 1,2         +
    Kalium                    5,0        mmol/l     3,5 - 5,1
    Phosphat                  1,71       mmol/l     0,81 - 1,45       +
    Calcium                   2,31       mmol/l     2,15 - 2,50
    Hämoglobin                11,3       g/dl       13,5 - 17,5       -
    Albumin                   3,9        g/dl       3,5 - 5,2
    Ferritin                  390        ng/ml      30 - 400
    Transferrinsättigung      22         %          16 - 45
    PTH intakt                31,2       pmol/l     1,6 - 6,9         +
    Bewertung: + oberhalb, - unterhalb des Referenzbereichs. Befund technisch und medizinisch validiert.
''', [
    R('urea', '142', 'mg/dl', '17..43', 'high'),
    R('creatinine', '8.4', 'mg/dl', '0.7..1.2', 'high'),
    R('potassium', '5.0', 'mmol/l', '3.5..5.1'),
    R('phosphorus', '1.71', 'mmol/l', '0.81..1.45', 'high'),
    R('calcium', '2.31', 'mmol/l', '2.15..2.50'),
    R('hemoglobin', '11.3', 'g/dl', '13.5..17.5', 'low'),
    R('albumin', '3.9', 'g/dl', '3.5..5.2'),
    R('ferritin', '390', 'ng/ml', '30..400'),
    R('transferrin-saturation', '22', '%', '16..45'),
    R('parathyroid-hormone', '31.2', 'pmol/l', '1.6..6.9', 'high'),
], "range=the Referenzbereich column (a - b inclusive, decimal commas); the legend gives '+' = oberhalb (high) and '-' = unterhalb (low); unmarked rows computed normal; German Harnstoff in mg/dl is urea (not BUN) and stays in mg/dL; phosphate mmol/l → phosphorus mg/dL (30.974), calcium mmol/l → mg/dL (40.078), PTH pmol/l → pg/mL (9425).")

case('US', 'en', 'dialysis', 'nephrology hemodialysis rounding note (EHR progress note) quoting the monthly labs inline without units or ranges: abbreviations with (H)/(L), a bicarbonate without flag, and the plan', r'''
    NEPHROLOGY HD ROUNDING NOTE - 03/12/2025 - Unit: Bayview Dialysis, chair 7
    S: Pt seen on HD. Reports cramping last 30 min of tx, itching. No CP/SOB.
    O: BP 164/88 pre, 131/70 mid. EDW 82.5 kg, pre wt 85.9 kg (UF goal 3.4 L). Access: L AVF, good thrill.
    Monthly labs 3/10: K 6.3 (H), Hgb 8.9 (L), Phos 7.9 (H), Ca 8.1 (L), alb 3.2 (L), bicarb 19,
    iPTH 1240 (H), TSAT 14% (L), ferritin 98 (L).
    A/P: 1. Hyperkalemia - 2K bath x2 wks, diet review. 2. Anemia - increase Mircera to 150 mcg q2wk,
    Venofer 100 mg x10. 3. CKD-MBD - sevelamer 1600 mg TID with meals, start cinacalcet 30 mg daily.
    4. Cramping - reassess EDW next wk. Spent 25 min, >50% counseling.
''', [
    R('potassium', '6.3', None, '', 'high'),
    R('hemoglobin', '8.9', None, '', 'low'),
    R('phosphorus', '7.9', None, '', 'high'),
    R('calcium', '8.1', None, '', 'low'),
    R('albumin', '3.2', None, '', 'low'),
    R('carbon-dioxide', '19', None, ''),
    R('parathyroid-hormone', '1240', None, '', 'high'),
    R('transferrin-saturation', '14', '%', '', 'low'),
    R('ferritin', '98', None, '', 'low'),
], "range=none: a progress note quoting labs without ranges; printed (H)/(L) are keyed, bicarb 19 has no flag (null); no unit is printed except TSAT's %, so only TSAT gets a normalizedValue (set 24's ED discharge sentence); BP, weights, UF goal and doses are not rows.")

case('IN', 'en', 'dialysis', 'NephroPlus dialysis centre (Hyderabad) monthly investigation report: Investigation / Result / Units / Biological Reference Interval in Indian style (Blood Urea, Serum Creatinine), plus the monthly virology screen HBsAg / Anti HCV / HIV I & II with "Non Reactive" answers', r'''
    NephroPlus Dialysis Centre - Banjara Hills, Hyderabad      Monthly Investigations (pre-dialysis)
    Patient Name : Mr. K. Venkata Ramana     Age/Sex : 58 Y / M     UHID : NP-HYD-20815
    Sample Date : 04-03-2025                  Ref. By : Dr. P. Sravani (Nephrologist)
    Investigation                 Result          Units      Biological Reference Interval
    Haemoglobin                   9.8     L       g/dL       13.0 - 17.0
    Blood Urea                    128     H       mg/dL      15 - 45
    Serum Creatinine              7.9     H       mg/dL      0.7 - 1.3
    Serum Potassium               5.4     H       mmol/L     3.5 - 5.1
    Serum Calcium                 8.6             mg/dL      8.5 - 10.5
    Serum Phosphorus              5.9     H       mg/dL      2.5 - 4.5
    Serum Albumin                 3.7             g/dL       3.5 - 5.2
    VIROLOGY (monthly screen)
    HBsAg (Rapid card)            Non Reactive               Non Reactive
    Anti HCV (Rapid card)         Non Reactive               Non Reactive
    HIV I & II (Rapid card)       Non Reactive               Non Reactive
    *** End of Report ***
''', [
    R('hemoglobin', '9.8', 'g/dL', '13.0..17.0', 'low'),
    R('urea', '128', 'mg/dL', '15..45', 'high'),
    R('creatinine', '7.9', 'mg/dL', '0.7..1.3', 'high'),
    R('potassium', '5.4', 'mmol/L', '3.5..5.1', 'high'),
    R('calcium', '8.6', 'mg/dL', '8.5..10.5'),
    R('phosphorus', '5.9', 'mg/dL', '2.5..4.5', 'high'),
    R('albumin', '3.7', 'g/dL', '3.5..5.2'),
    R('hepatitis-b-surface-antigen', None, None, 'text', 'normal', vt='Non Reactive'),
    R('hepatitis-c-antibody', None, None, 'text', 'normal', vt='Non Reactive'),
    R('hiv-1-antibody', None, None, 'text', 'normal', vt='Non Reactive'),
], "range=the Biological Reference Interval (a - b inclusive); H/L keyed as printed, unflagged rows computed normal; Indian 'Blood Urea' in mg/dL is the catalog's urea (alias 'Blood Urea'), not BUN; the three rapid-card answers equal their expected text, so they are normal with range text; 'HIV I & II' maps to hiv-1-antibody (alias 'HIV 1/2 Antibody').")

case('US', 'en', 'dialysis', 'hemodialysis treatment flowsheet (intradialytic run sheet) printed from the dialysis EMR: machine settings, hourly vitals, blood and dialysate flow, UF, heparin, Kt/V estimate from the machine — no laboratory result', r'''
    HEMODIALYSIS TREATMENT RECORD - Tx #1187 - 03/12/2025 - Machine: Fresenius 2008T #22 - Chair 7
    Rx: 4.0 h, Optiflux F180NR, Bath 2K/2.5Ca/137Na/35HCO3, Qb 450 mL/min, Qd 700 mL/min, Temp 36.5 C
    Pre: Wt 85.9 kg  BP 164/88  HR 78  T 36.7  | EDW 82.5 kg  UF goal 3.4 L
    Time   BP        HR   Qb    VP    AP     UFR    Total UF
    11:00  158/84    76   450   190   -210   850    0.0
    12:00  142/76    80   450   200   -220   850    0.85
    13:00  131/70    84   450   205   -225   850    1.70
    14:00  128/68    88   400   180   -200   800    2.55
    15:00  OFF       -    -     -     -      -      3.35
    Post: Wt 82.6 kg  BP 136/74  HR 82 | Heparin 2000 u bolus + 1000 u/h | OCM Kt/V (machine) 1.38
    RN: cramping at 14:40, Qb reduced, NS 200 mL given. Needle sites hemostasis 8 min.
''', [], "range=none: a treatment run sheet with settings, vitals, flows and the machine's online clearance estimate; no laboratory result.")

# ---- family ivf: fertility / IVF cycle monitoring
case('US', 'en', 'ivf', 'IVF clinic patient-portal "Cycle Monitoring" flowsheet: one column per monitoring visit (baseline CD2, stim days 4, 6, 8, 9), hormone rows with no reference ranges, follicle and lining rows, FSH drawn only at baseline', r'''
    Shady Grove Fertility · MyJourney · Cycle Monitoring — IVF Cycle #1 (antagonist protocol)
    Patient: Danielle Morrow-Voss   DOB 07/22/1991   Physician: Dr. L. Castellano
    Visit               03/01 CD2   03/05 S4   03/07 S6   03/09 S8   03/10 S9
    Estradiol (pg/mL)   32          388        812        1654       2213
    LH (mIU/mL)         6.1         3.2        1.8        1.2        1.4
    Progesterone (ng/mL) 0.31       0.42       0.55       0.78       0.94
    FSH (mIU/mL)        7.2
    Lead follicles (mm) -           11,10      14,13,12   17,16,15   19,18,17,17
    Lining (mm)         4.1         6.0        7.8        9.2        9.9
    Gonal-F (IU)        -           225        225        187.5      187.5
    Cetrotide           -           -          0.25 mg    0.25 mg    0.25 mg
    Next step: trigger tonight (03/10) at 9:30 PM — Lupron 40 units + hCG 1000 IU; retrieval 03/12 at 8:00 AM.
''', [
    R('estradiol', '2213', 'pg/mL', ''),
    R('luteinizing-hormone', '1.4', 'mIU/mL', ''),
    R('progesterone', '0.94', 'ng/mL', ''),
    R('follicle-stimulating-hormone', '7.2', 'mIU/mL', ''),
], "range=none: a monitoring flowsheet prints no ranges, so flags are null; the newest visit column (03/10 S9, rightmost) is keyed for each hormone, and FSH, drawn only at the CD2 baseline, is keyed from its one value (newest value per test row — decision); the unit is in the row label; follicle sizes, lining, doses and trigger times are not rows; estradiol 2213 → 2210 at 3 significant figures.")

case('UK', 'en', 'ivf', 'UK fertility clinic monitoring e-mail from the nurse team: today\'s stimulation-day bloods in SI units in a sentence list, scan findings, and trigger instructions', r'''
    From: CARE Fertility Manchester <nurses.manchester@carefertility.com>
    Subject: Your results today - Day 9 of stimulation
    Dear Aisha,
    Thank you for coming in this morning. Your scan showed 14 follicles, the largest three at 19, 18 and 18 mm,
    and your lining is 10.2 mm. Your blood results today:
      Oestradiol: 4,210 pmol/L
      LH: 2.3 IU/L
      Progesterone: 1.8 nmol/L
    Dr Whitfield is happy for you to trigger TONIGHT at 21:30 with Ovitrelle 250 micrograms and one
    Cetrotide 0.25 mg at 09:00 tomorrow as usual. Egg collection is booked for Friday 14 March at 08:15.
    Please do not eat after midnight on Thursday. Any questions, call us on 0161 448 0110.
    Kind regards, the Nursing Team
''', [
    R('estradiol', '4210', 'pmol/L', ''),
    R('luteinizing-hormone', '2.3', 'IU/L', ''),
    R('progesterone', '1.8', 'nmol/L', ''),
], "range=none: a monitoring e-mail prints no ranges, flags null; oestradiol '4,210' has a thousands comma → 4210 pmol/L × 0.27238 = 1146.7 → 1150 pg/mL; LH IU/L = m[IU]/mL; progesterone nmol/L → ng/mL with 314.46; follicle sizes, lining, doses and times are not rows.")

case('JP', 'ja', 'ivf', 'Japanese IVF clinic pregnancy-test day result slip (判定日 血液検査) after a frozen embryo transfer, in Japanese: hCG, E2 and P4 with units, a 判定 line, and the next-visit instructions; no ranges', r'''
    ○○レディースクリニック　生殖医療センター
    凍結融解胚移植後　判定日 血液検査結果　　2025年3月7日（移植後 Day 11）
    患者番号：IVF-24-0918　　お名前：髙橋 ○○ 様
    検査項目        結果        単位
    hCG             186.4       mIU/mL
    E2              284         pg/mL
    P4              24.6        ng/mL
    判定：陽性（妊娠反応あり）
    次回：3月14日（金）hCG再検査。エストラーナテープ・ルテウム膣坐剤は継続してください。
''', [
    R('?hCG', '186.4', 'mIU/mL', ''),
    R('estradiol', '284', 'pg/mL', ''),
    R('progesterone', '24.6', 'ng/mL', ''),
], "range=none: the slip prints no ranges, flags null; hCG has no catalog key (? row); E2 is estradiol and P4 progesterone; the 判定 (positive pregnancy reaction) line and the medication instructions are not rows.")

case('DK', 'da', 'ivf', 'Danish public fertility clinic (Fertilitetsklinikken, Rigshospitalet) baseline blood results from sundhed.dk in Danish: NPU-style "P-" names, decimal commas, AMH in pmol/L, oestradiol in nmol/L, an age-labelled AMH interval, no flags printed', r'''
    Fertilitetsklinikken, Rigshospitalet · Blodprøvesvar · Prøve taget 04.03.2025 (cyklusdag 3)
    Patient: Sofie L. Bjerregaard · CPR 040389-xxxx
    Analyse                          Resultat     Enhed        Referenceinterval
    P-Anti-Müller-hormon             8,4          pmol/L       5,0 - 48 (kvinder 35-39 år)
    P-Follitropin (FSH)              9,8          IU/L         1,5 - 12
    P-Lutropin (LH)                  5,2          IU/L         1,9 - 12
    P-Østradiol                      0,18         nmol/L       0,08 - 0,66
    P-Prolaktin                      310          mIU/L        70 - 570
    P-Thyrotropin (TSH)              2,1          mIU/L        0,30 - 4,0
    Kommentar: Prøverne er taget på cyklusdag 3. Svar gennemgås ved næste samtale.
''', [
    R('anti-mullerian-hormone', '8.4', 'pmol/L', '5.0..48'),
    R('follicle-stimulating-hormone', '9.8', 'IU/L', '1.5..12'),
    R('luteinizing-hormone', '5.2', 'IU/L', '1.9..12'),
    R('estradiol', '0.18', 'nmol/L', '0.08..0.66'),
    R('prolactin', '310', 'mIU/L', '70..570'),
    R('thyroid-stimulating-hormone', '2.1', 'mIU/L', '0.30..4.0'),
], "range=the Referenceinterval column (a - b inclusive, decimal commas); the '(kvinder 35-39 år)' label after the AMH interval is dropped; no flag is printed, all computed normal; AMH pmol/L → ng/mL with 140000 (8.4 → 1.18), oestradiol nmol/L → pg/mL with 272.38 (0.18 → 49), FSH/LH IU/L = m[IU]/mL; prolactin in mIU/L has no normalizedValue.")

case('US', 'en', 'ivf', 'fertility-center MyChart "Results" copy after an embryo transfer: two beta-hCG draws listed newest first with their dates, each with "Standard Range", and progesterone and estradiol whose range says "See Comment" (phase tables)', r'''
    MyChart · Results · RMA of New York (Reproductive Medicine Associates)
    HCG, BETA QUANT (03/05/2025 7:42 AM)
    Component          Your Value        Standard Range
    hCG, Beta Quant    412 mIU/mL        <5 mIU/mL
    HCG, BETA QUANT (03/03/2025 7:55 AM)
    Component          Your Value        Standard Range
    hCG, Beta Quant    186 mIU/mL        <5 mIU/mL
    PROGESTERONE (03/05/2025 7:42 AM)
    Progesterone       28.4 ng/mL        See Comment
    ESTRADIOL (03/05/2025 7:42 AM)
    Estradiol          356 pg/mL         See Comment
    Comment: Reference ranges for progesterone and estradiol vary by cycle phase and pregnancy; see lab report.
    Message from your care team: Your beta more than doubled (doubling time ~36 h). Continue PIO 1 mL daily.
''', [
    R('?hCG, Beta Quant', '412', 'mIU/mL', '..<5'),
    R('progesterone', '28.4', 'ng/mL', 'text'),
    R('estradiol', '356', 'pg/mL', 'text'),
], "range=hCG '<5 mIU/mL' (strict) — the lab's non-pregnant range, so 412 is computed high; 'See Comment' is a text range (flags null) for progesterone and estradiol; the two hCG draws are the same test at two dates and only the newest (03/05, listed first) is keyed; hCG has no catalog key (? row); the doubling time and the dose are not rows.")

case('KR', 'ko', 'ivf', 'Korean fertility centre (난임센터) baseline hormone report in Korean: 검사명 / 결과 / 단위 / 참고치 / 판정, English abbreviations for the tests, H/L in the 판정 column, AMH in ng/mL', r'''
    차병원 난임센터 (CHA Fertility Center Seoul Station)  진단검사의학과 결과보고서
    환자명: 김○○   등록번호: 10488213   성별/나이: F/37   채취일: 2025-03-03 (생리 3일째)
    검사명                      결과      단위        참고치          판정
    AMH (항뮬러관호르몬)        1.42      ng/mL       1.0-10.6
    FSH                         11.8      mIU/mL      3.5-12.5
    LH                          4.6       mIU/mL      2.4-12.6
    E2 (Estradiol)              48        pg/mL       12.5-166
    Prolactin                   26.4      ng/mL       4.8-23.3        H
    TSH                         2.9       uIU/mL      0.35-4.94
    보고일: 2025-03-04   검사자: 이○○   확인의: 박○○ (진단검사의학과 전문의)
''', [
    R('anti-mullerian-hormone', '1.42', 'ng/mL', '1.0..10.6'),
    R('follicle-stimulating-hormone', '11.8', 'mIU/mL', '3.5..12.5'),
    R('luteinizing-hormone', '4.6', 'mIU/mL', '2.4..12.6'),
    R('estradiol', '48', 'pg/mL', '12.5..166'),
    R('prolactin', '26.4', 'ng/mL', '4.8..23.3', 'high'),
    R('thyroid-stimulating-hormone', '2.9', 'uIU/mL', '0.35..4.94'),
], "range=the 참고치 column (a-b inclusive); 판정 H keyed high for prolactin, other rows computed normal; the single follicular ranges are printed without a phase table; TSH uIU/mL = m[IU]/L.")

case('ES', 'es', 'ivf', 'IVI (Spain) patient-app "Control de estimulación" in Spanish: day-10 bloods with decimal commas and a dot thousands separator in estradiol, follicle count, dose for tonight, no ranges', r'''
    IVI Valencia · Mi IVI · Control de estimulación ovárica · Día 10 (06/03/2025)
    Paciente: Lucía Ferrando Climent · Nº historia 2203947
    Analítica de hoy:
      Estradiol ........ 1.978 pg/ml
      Progesterona ..... 0,86 ng/ml
      LH ............... 1,1 mUI/ml
    Ecografía: ovario derecho 7 folículos (máx. 18 mm), ovario izquierdo 6 folículos (máx. 17 mm). Endometrio 9,4 mm.
    Indicación: esta noche a las 22:00 h administrar Decapeptyl 0,2 mg (desencadenante). Punción el sábado 08/03 a las 09:30.
    Ayuno de 6 horas antes de la punción. Ante cualquier duda llame al 963 17 36 00.
''', [
    R('estradiol', '1978', 'pg/ml', ''),
    R('progesterone', '0.86', 'ng/ml', ''),
    R('luteinizing-hormone', '1.1', 'mUI/ml', ''),
], "range=none: no ranges printed, flags null; in this decimal-comma print '1.978' is one thousand nine hundred seventy-eight (dot thousands separator, decimals use commas: 0,86 and 1,1); 1978 → 1980 at 3 significant figures; mUI/ml = m[IU]/mL; follicles, endometrium, trigger dose and times are not rows.")

case('AU', 'en', 'ivf', 'IVF clinic medication calendar for a frozen embryo transfer cycle: dates, Progynova and progesterone pessary doses, scan and blood-test appointment dates, transfer day, no result', r'''
    Monash IVF Richmond · Frozen Embryo Transfer (HRT cycle) · Medication Calendar
    Patient: Hannah Ives   Cycle start (Day 1 of period): Mon 3 March 2025
    Day 1-7     Progynova 2 mg   - 1 tablet three times a day (6 mg/day)
    Day 8-13    Progynova 2 mg   - 2 tablets twice a day (8 mg/day)
    Day 13      Blood test (oestradiol + progesterone) 7:30-9:00am, scan 10:15am (lining check)
    Day 14-19   Add Crinone 8% gel - 1 applicator morning; Utrogestan 200 mg - 2 pessaries at night
    Day 19      Embryo transfer - arrive 11:30am, comfortably full bladder (500 mL water 1 h before)
    Day 28      Pregnancy blood test (hCG) - Monash IVF Pathology, any collection centre
    Continue ALL medications until you are told the pregnancy test result.
    Nurse line: 1800 628 533 (option 2), weekdays 8am-4pm.
''', [], "range=none: a medication calendar listing doses, days and appointments; the blood tests are only scheduled; no result.")

# ---- family sportins: sports medicine and insurance paramedical examinations
case('FR', 'en', 'sportins', 'pro cycling team haematological monitoring sheet (team doctor\'s spreadsheet export, English): one rider block, Sysmex XN values for the athlete-passport markers with no ranges, reticulocytes and OFF-score not in the catalog, altitude-camp notes', r'''
    EQUIPE CYCLISTE — MEDICAL DEPT — Haematological monitoring (internal, pre-Paris-Nice)
    Analyser: Sysmex XN-1000 (venous EDTA, 2 h seated rest)   Date: 2025-03-02   Site: Girona team hotel
    Rider: #214 (GC)     Last altitude camp: Teide, ended 2025-02-14
      HGB      15.4 g/dL
      HCT      45.2 %
      RBC      5.08 x10^12/L
      RET%     0.92 %
      OFF-score 94.3
    Rider note: values stable vs January block; within individual passport limits per ABP software.
    Ferritin (same draw, sent out): 84 ng/mL
''', [
    R('hemoglobin', '15.4', 'g/dL', ''),
    R('hematocrit', '45.2', '%', ''),
    R('red-blood-cell-count', '5.08', 'x10^12/L', ''),
    R('?RET%', '0.92', '%', ''),
    R('?OFF-score', '94.3', None, ''),
    R('ferritin', '84', 'ng/mL', ''),
], "range=none: athlete-passport monitoring prints no population ranges (the 'individual passport limits' are not printed), flags null; RBC x10^12/L = 10*6/uL; reticulocyte percent and the OFF-score have no catalog key (? rows); the altitude camp and dates are not rows.")

case('US', 'en', 'sportins', 'marathon medical tent / emergency department note for a collapsed finisher: "Labs" block in an ED physician note with values, units and ranges in brackets, (H)/(L), hs-troponin in ng/L, CK with a thousands comma', r'''
    ED PHYSICIAN NOTE — Mass General Brigham, Boston Marathon medical tent transfer — 04/21/2025 15:48
    HPI: 34M, finished in 3:41, collapsed 200 m past the line, confused, then GCS 15 in the tent. Drank "lots of water".
    Labs (15:10):
      Na 128 mmol/L [135-145] (L)
      K 3.9 mmol/L [3.5-5.0]
      Creatinine 1.62 mg/dL [0.70-1.30] (H)
      CK 4,820 U/L [40-300] (H)
      hs-Troponin T 28 ng/L [<14] (H)
      Glucose 112 mg/dL [70-99] (H)
      Lactate 3.4 mmol/L [0.5-2.0] (H)
    MDM: exercise-associated hyponatremia with rhabdo, mild troponin leak typical post-marathon.
    Plan: 3% saline 100 mL bolus given, fluid restrict, repeat Na q2h, CK and creatinine in AM.
''', [
    R('sodium', '128', 'mmol/L', '135..145', 'low'),
    R('potassium', '3.9', 'mmol/L', '3.5..5.0'),
    R('creatinine', '1.62', 'mg/dL', '0.70..1.30', 'high'),
    R('creatine-kinase', '4820', 'U/L', '40..300', 'high'),
    R('troponin-t', '28', 'ng/L', '..<14', 'high'),
    R('glucose', '112', 'mg/dL', '70..99', 'high'),
    R('lactate', '3.4', 'mmol/L', '0.5..2.0', 'high'),
], "range=the bracketed range (a-b inclusive, '<b' strict); (H)/(L) keyed as printed, potassium computed normal; CK '4,820' has a thousands comma; hs-troponin T in ng/L is the catalog's unit; lactate stays in mmol/L (catalog unit); finish time, GCS and the saline dose are not rows.")

case('US', 'en', 'sportins', 'state athletic commission licensing bloodwork form for a professional boxer (completed by the lab and physician): HIV, hepatitis B surface antigen and hepatitis C antibody answers with "Expected" column, plus a CBC line', r'''
    NEVADA STATE ATHLETIC COMMISSION — ANNUAL LICENSING BLOODWORK (Unarmed Combatant)
    Licensee: RAMOS-ECHEVERRIA, Javier   Discipline: Professional Boxing   License #: NV-BX-48117
    Specimen collected: 02/26/2025   Laboratory: Quest Diagnostics, Las Vegas   CLIA 29D0652720
    TEST                                   RESULT            EXPECTED
    HIV-1/2 Ag/Ab 4th generation           NON-REACTIVE      NON-REACTIVE
    Hepatitis B Surface Antigen            NON-REACTIVE      NON-REACTIVE
    Hepatitis C Antibody                   NON-REACTIVE      NON-REACTIVE
    Hemoglobin                             15.9 g/dL         13.2-17.1
    Platelet Count                         241 Thousand/uL   140-400
    Results valid for 12 months from collection. Physician attestation: I have reviewed the above results.
    ______________________ M. Delacroix, MD    Date: 02/28/2025
''', [
    R('hiv-1-antibody', None, None, 'text', 'normal', vt='NON-REACTIVE'),
    R('hepatitis-b-surface-antigen', None, None, 'text', 'normal', vt='NON-REACTIVE'),
    R('hepatitis-c-antibody', None, None, 'text', 'normal', vt='NON-REACTIVE'),
    R('hemoglobin', '15.9', 'g/dL', '13.2..17.1'),
    R('platelet-count', '241', 'Thousand/uL', '140..400'),
], "range=the EXPECTED column: qualitative answers equal to their expected text are normal (range text); Hb and platelets have numeric ranges (a-b inclusive), computed normal; the HIV-1/2 Ag/Ab combo is keyed hiv-1-antibody (alias 'HIV 1/2 Antibody'); Thousand/uL = 10*3/uL; license numbers and dates are not rows.")

case('US', 'en', 'sportins', 'NCAA Division I pre-participation physical lab section (team physician\'s form): sickle cell trait screen, CBC, ferritin, vitamin D, TSH with ranges and a Flag column, a cleared-for-participation line', r'''
    UNIVERSITY ATHLETICS — SPORTS MEDICINE — PRE-PARTICIPATION EXAMINATION: LABORATORY
    Student-athlete: OKONJO, Tobi   Sport: Football (OL)   Class: Fr   DOB: 09/30/2006   Draw: 07/28/2025
    Test                         Result          Flag    Reference
    Sickle Cell Solubility       NEGATIVE                NEGATIVE
    WBC                          6.8 K/uL                4.0-10.5
    Hemoglobin                   14.1 g/dL       L       14.5-17.5
    Hematocrit                   42.6 %                  41.0-53.0
    Ferritin                     31 ng/mL                30-400
    Vitamin D, 25-OH             19 ng/mL        L       30-100
    TSH                          1.74 mIU/L              0.40-4.50
    Disposition: CLEARED. Start iron 325 mg every other day and vitamin D3 2000 IU daily; recheck in 8 weeks.
''', [
    R('?Sickle Cell Solubility', None, None, 'text', 'normal', vt='NEGATIVE'),
    R('white-blood-cell-count', '6.8', 'K/uL', '4.0..10.5'),
    R('hemoglobin', '14.1', 'g/dL', '14.5..17.5', 'low'),
    R('hematocrit', '42.6', '%', '41.0..53.0'),
    R('ferritin', '31', 'ng/mL', '30..400'),
    R('vitamin-d', '19', 'ng/mL', '30..100', 'low'),
    R('thyroid-stimulating-hormone', '1.74', 'mIU/L', '0.40..4.50'),
], "range=the Reference column (a-b inclusive); L keyed as printed, unflagged rows computed normal; the sickle solubility screen has no catalog key (? row, qualitative NEGATIVE = expected text, normal); doses and the disposition are not rows.")

case('UK', 'en', 'sportins', 'Premier League-style football club sports-science monthly blood screen (performance department spreadsheet copied to an e-mail): one player by squad number, SI units, a "Club ref range" column, a testosterone:cortisol ratio row with "n/a"', r'''
    From: Performance Science <perf.science@club-internal.co.uk>
    Subject: Monthly bloods - March screen - #8 (first-team)
    Player #8 | Draw 03/03/2025 08:05 (48 h after match, fasted)
    Marker           Value     Unit      Club ref range
    CK               612       U/L       40 - 320
    Ferritin         58        ug/L      30 - 400
    Vitamin D        71        nmol/L    75 - 200
    Testosterone     19.8      nmol/L    8.6 - 29.0
    Cortisol         512       nmol/L    166 - 507
    T:C ratio        0.039               n/a
    Comment: CK expected post-match; cortisol just above range - monitor sleep. Vit D below club threshold, 4000 IU daily.
''', [
    R('creatine-kinase', '612', 'U/L', '40..320'),
    R('ferritin', '58', 'ug/L', '30..400'),
    R('vitamin-d', '71', 'nmol/L', '75..200'),
    R('testosterone', '19.8', 'nmol/L', '8.6..29.0'),
    R('cortisol', '512', 'nmol/L', '166..507'),
    R('?T:C ratio', '0.039', None, 'text'),
], "range=the 'Club ref range' column (a - b inclusive), the only range printed, so it is keyed; no flag column, flags computed (CK and cortisol high, vitamin D low); 'n/a' for the T:C ratio is a text range (? row, flag null); vitamin D nmol/L → ng/mL (400.64), testosterone nmol/L → ng/dL (288.42), cortisol nmol/L → ug/dL (362.46); the comment words ('just above range', 'below club threshold') restate the flags.")

case('US', 'en', 'sportins', 'life-insurance paramedical exam laboratory report (ExamOne / Quest for the insurer): test code column, "Result / Flag / Ref Range / Units", blood profile plus urine cotinine and cocaine metabolite, underwriting remarks', r'''
    ExamOne — A Quest Diagnostics Company — INSURANCE LABORATORY REPORT (for underwriting use only)
    Carrier: Northwood Mutual Life   Policy/App #: NM-2025-0089431   Examiner: APPS-1044 (in-home exam)
    Applicant: HUERTA, Gabriel M.   DOB: 11/02/1979   Sex: M   Collected: 02/27/2025 (fasting 9 h)
    CODE   TEST                           RESULT        FLAG   REF RANGE      UNITS
    0120   Glucose                        131           H      65-99          mg/dL
    0360   Hemoglobin A1c                 6.8           H      <5.7           %
    0210   GGT                            88            H      3-70           U/L
    0430   Cholesterol, Total             224           H      <200           mg/dL
    0440   HDL Cholesterol                37            L      >39            mg/dL
    0730   PSA                            1.1                  0.0-4.0        ng/mL
    0811   NT-proBNP                      42                   <125           pg/mL
    4010   Cotinine, Urine                POSITIVE      A      NEGATIVE
    4020   Cocaine Metabolite, Urine      NEGATIVE             NEGATIVE
    Remarks: Applicant reported "no tobacco use" on Part II. Results forwarded to carrier underwriting.
''', [
    R('glucose', '131', 'mg/dL', '65..99', 'high'),
    R('hemoglobin-a1c', '6.8', '%', '..<5.7', 'high'),
    R('gamma-glutamyl-transferase', '88', 'U/L', '3..70', 'high'),
    R('total-cholesterol', '224', 'mg/dL', '..<200', 'high'),
    R('hdl-cholesterol', '37', 'mg/dL', '>39..', 'low'),
    R('prostate-specific-antigen', '1.1', 'ng/mL', '0.0..4.0'),
    R('nt-probnp', '42', 'pg/mL', '..<125'),
    R('?Cotinine, Urine', None, None, 'text', 'abnormal', vt='POSITIVE'),
    R('cocaine-urine-screen', None, None, 'text', 'normal', vt='NEGATIVE'),
], "range=the REF RANGE column ('a-b' inclusive, '<b' and '>a' strict); H/L/A keyed as printed, the others computed normal; urine cotinine has no catalog key (? row, POSITIVE against NEGATIVE = abnormal, A printed); 'Cocaine Metabolite' maps to cocaine-urine-screen; the test codes are not values.")

case('IN', 'en', 'sportins', 'Indian life-insurance pre-policy medical examination (TPA diagnostic centre) report: "Pre Policy Check Up" heading, Test / Value / Unit / Reference Range, HBsAg card test, urine sugar, no flags printed', r'''
    MEDI ASSIST TPA — PRE POLICY MEDICAL CHECK UP — Category: MER + CBC + FBS + LIPID + SGPT + HBsAg + RUA
    Diagnostic Centre: Vijaya Diagnostic Centre, Himayatnagar     Proposal No.: 7700391185
    Proposer: Mrs. Lakshmi Priya Natarajan   Age/Gender: 44 Yrs/F   Sample: 01/03/2025 08:20 (fasting)
    Test Name                        Value     Unit        Reference Range
    Haemoglobin                      11.4      g/dL        12.0 - 15.0
    Total Leucocyte Count            7.3       10^3/uL     4.0 - 10.0
    Fasting Blood Sugar              96        mg/dL       70 - 100
    Serum Cholesterol                238       mg/dL       < 200
    Serum Triglycerides              142       mg/dL       < 150
    SGPT (ALT)                       27        U/L         < 35
    HBsAg (Card)                     Negative              Negative
    Urine Sugar                      Nil                   Nil
    Photo ID verified: Aadhaar XXXX-XXXX-4417. Proposer signature obtained.
''', [
    R('hemoglobin', '11.4', 'g/dL', '12.0..15.0'),
    R('white-blood-cell-count', '7.3', '10^3/uL', '4.0..10.0'),
    R('glucose', '96', 'mg/dL', '70..100'),
    R('total-cholesterol', '238', 'mg/dL', '..<200'),
    R('triglycerides', '142', 'mg/dL', '..<150'),
    R('alanine-aminotransferase', '27', 'U/L', '..<35'),
    R('hepatitis-b-surface-antigen', None, None, 'text', 'normal', vt='Negative'),
    R('glucose-in-urine', None, None, 'text', 'normal', vt='Nil'),
], "range=the Reference Range column ('a - b' inclusive, '< b' strict); no flag is printed, so flags are computed (Hb low, cholesterol high); Fasting Blood Sugar is glucose; Total Leucocyte Count is the WBC count; the card HBsAg and urine sugar answers equal their expected text (normal, range text); the proposal and ID numbers are not rows.")

case('AU', 'en', 'sportins', 'mining-company fitness-for-work medical: workplace urine drug screen (AS/NZS 4308 on-site cup) with one non-negative result sent for confirmation, plus a finger-prick glucose and cholesterol', r'''
    PILBARA OCCUPATIONAL HEALTH — PRE-EMPLOYMENT MEDICAL (FIFO) — Site clinic, Port Hedland
    Candidate: T. Whitcombe   Employer: Red Ridge Iron Pty Ltd   Date: 06/03/2025   Collector: K. Nguyen (RN)
    URINE DRUG SCREEN (AS/NZS 4308:2008, on-site device)   Temp 34 C in range   Integrity checks passed
      Expected result for every drug class: Negative
      Amphetamines ................ Negative
      Methamphetamine ............. Negative
      Cannabinoids (THC) .......... NON-NEGATIVE  -> sent to lab for GC-MS confirmation
      Opiates ..................... Negative
      Cocaine ..................... Negative
      Benzodiazepines ............. Negative
    Finger-prick: BGL 5.6 mmol/L (random, ref 3.5 - 7.8)   Total cholesterol 4.9 mmol/L (ref < 5.5)
    Outcome: fitness PENDING confirmation result. Candidate informed.
''', [
    R('amphetamines-urine-screen', None, None, 'text', 'normal', vt='Negative'),
    R('methamphetamine-urine-screen', None, None, 'text', 'normal', vt='Negative'),
    R('cannabinoids-urine-screen', None, None, 'text', 'abnormal', vt='NON-NEGATIVE'),
    R('opiates-urine-screen', None, None, 'text', 'normal', vt='Negative'),
    R('cocaine-urine-screen', None, None, 'text', 'normal', vt='Negative'),
    R('benzodiazepines-urine-screen', None, None, 'text', 'normal', vt='Negative'),
    R('glucose', '5.6', 'mmol/L', '3.5..7.8'),
    R('total-cholesterol', '4.9', 'mmol/L', '..<5.5'),
], "range=drug screens: the printed expected result is 'Negative' for every class (text range); 'NON-NEGATIVE' is not the expected answer, so abnormal (it is a presumptive result awaiting confirmation, still a printed result); finger-prick BGL and cholesterol have their '(ref ...)' ranges (a - b inclusive, '< b' strict), computed normal, mmol/L → mg/dL; the urine temperature is not a row.")

case('US', 'en', 'sportins', 'insurance paramedical exam appointment confirmation (text message thread and e-mail): date, examiner, what to bring, fasting 8 hours, what the exam includes (blood, urine, EKG), no result', r'''
    APPS Paramedical Services · Appointment Confirmation · Ref APPS-7731904
    Hi Gabriel, your insurance medical exam for Northwood Mutual Life is confirmed:
    Date/time: Thu 02/27/2025, 7:00 AM — in-home (4418 W Lindner Ave, Mesa AZ)
    Examiner: Sandra P. (phlebotomist/paramedical examiner)
    The exam takes about 30 minutes and includes: height/weight, blood pressure and pulse (3 readings),
    a blood draw (2 tubes), a urine specimen, and an EKG (age 45+ / face amount over $1,000,000).
    Please fast for 8 hours (water OK), avoid nicotine and caffeine for 1 hour and strenuous exercise for 12 hours.
    Have a photo ID and your medication list (name, dose, prescribing doctor) ready.
    Reply C to confirm, R to reschedule. Msg & data rates may apply.
''', [], "range=none: an appointment confirmation with times, counts and preparation rules; no result.")

# ---- family pharmacy: pharmacy point-of-care tests
case('JP', 'ja', 'pharmacy', 'Japanese pharmacy self-measurement booth result sheet (検体測定室, finger-prick) in Japanese: 測定項目 / 測定値 / 単位 / 基準範囲, HbA1c, casual glucose and a lipid set, a "not a diagnosis" disclaimer', r'''
    ○○薬局 駅前店　検体測定室　測定結果のお知らせ
    測定日：2025年3月8日　10:42　　受付番号：0308-017　　食後時間：3時間
    測定項目              測定値      単位       基準範囲
    HbA1c                 6.4         %          4.6～6.2
    血糖（随時）          142         mg/dL      140 未満
    中性脂肪              168         mg/dL      30～149
    HDLコレステロール     52          mg/dL      40 以上
    LDLコレステロール     131         mg/dL      60～119
    ※この結果は診断ではありません。基準範囲を外れた項目は、医療機関の受診をおすすめします。
    使用機器：コバス b 101（HbA1c・脂質）、グルテストアイ（血糖）　　測定者：薬剤師 山本
''', [
    R('hemoglobin-a1c', '6.4', '%', '4.6..6.2'),
    R('glucose', '142', 'mg/dL', '..<140'),
    R('triglycerides', '168', 'mg/dL', '30..149'),
    R('hdl-cholesterol', '52', 'mg/dL', '40..'),
    R('ldl-cholesterol', '131', 'mg/dL', '60..119'),
], "range=the 基準範囲 column: '～' ranges inclusive, '140 未満' (less than) strict upper bound, '40 以上' (or more) inclusive lower bound; no flag printed, flags computed (HbA1c, glucose, triglycerides and LDL high); 随時 = casual (non-fasting) glucose, keyed glucose; device names and the post-meal time are not rows.")

case('DE', 'de', 'pharmacy', 'German pharmacy "Gesundheitscheck" card (Apotheke, Accutrend Plus capillary test) in German: Messwert / Einheit / Richtwert lines, decimal commas, a blood-pressure line that is not a lab result', r'''
    Löwen-Apotheke Freiburg · Ihr Gesundheitscheck · 07.03.2025 · Kapillarblut (Accutrend Plus)
    Name: Herr W. Schönberger    Nüchtern: ja (seit 10 Std.)
    Blutdruck: 142/88 mmHg, Puls 74
    Messung                 Messwert     Einheit    Richtwert
    Gesamtcholesterin       246          mg/dl      unter 200
    Triglyceride            188          mg/dl      unter 150
    Blutzucker (nüchtern)   104          mg/dl      70 - 99
    Laktat                  1,6          mmol/l     0,5 - 2,2
    Ihre Werte liegen teilweise über den Richtwerten. Bitte besprechen Sie die Ergebnisse mit Ihrem Hausarzt.
    Ihr Apothekenteam – Apothekerin Dr. K. Imhof
''', [
    R('total-cholesterol', '246', 'mg/dl', '..<200'),
    R('triglycerides', '188', 'mg/dl', '..<150'),
    R('glucose', '104', 'mg/dl', '70..99'),
    R('lactate', '1.6', 'mmol/l', '0.5..2.2'),
], "range=the Richtwert column ('unter b' strict, 'a - b' inclusive, decimal commas); no flag printed, flags computed (cholesterol, triglycerides and fasting glucose high, lactate normal); blood pressure and pulse are not lab rows.")

case('FR', 'fr', 'pharmacy', 'French community pharmacy point-of-care record (compte rendu de dépistage en officine) in French: TROD VIH answer, SARS-CoV-2 antigen test answer, capillary glucose in g/L with a target, signed by the pharmacist', r'''
    PHARMACIE DES TROIS PONTS – Roubaix          Compte rendu de tests réalisés à l'officine
    Patient(e) : M. Karim B.     Date : 10/03/2025 14:20     Pharmacien : Mme C. Delattre (RPPS 10101234567)
    1) TROD VIH (test rapide d'orientation diagnostique, INSTI VIH-1/VIH-2) :
       Résultat : Négatif        (attendu : Négatif)
    2) Test antigénique SARS-CoV-2 (écouvillon nasal) :
       Résultat : Négatif        (attendu : Négatif)
    3) Glycémie capillaire (à jeun : non, 2 h après repas) :
       Résultat : 1,62 g/L       (valeur seuil après repas : < 1,40 g/L)
    Conduite à tenir : glycémie au-dessus du seuil – consultation chez le médecin traitant conseillée, avec glycémie à jeun.
    Un TROD négatif ne dispense pas d'un test de confirmation en cas de prise de risque dans les 3 derniers mois.
''', [
    R('hiv-1-antibody', None, None, 'text', 'normal', vt='Négatif'),
    R('sars-cov-2-test', None, None, 'text', 'normal', vt='Négatif'),
    R('glucose', '1.62', 'g/L', '..<1.40'),
], "range=the printed '(attendu : Négatif)' makes both rapid-test answers normal (range text); capillary glucose 1,62 g/L against '< 1,40 g/L' (strict) is computed high, g/L ×100 → 162 mg/dL; the INSTI VIH-1/VIH-2 TROD is keyed hiv-1-antibody (alias 'HIV 1/2 Antibody').")

case('US', 'en', 'pharmacy', 'CVS MinuteClinic point-of-care results printout: Cholestech LDX lipid + glucose cassette and A1CNow+ HbA1c, "Desirable" ranges, a calculated LDL and TC/HDL ratio, provider note', r'''
    CVS MinuteClinic — Point-of-Care Testing Results — Clinic #10247, Plano TX — 03/06/2025 09:12
    Patient: Whitaker, Lorraine   DOB 05/19/1968   Fasting: Yes (12 h)   Provider: J. Ocampo, FNP-C
    Cholestech LDX (Lipid Profile + GLU):
      TC     257 mg/dL     Desirable: <200
      HDL    48 mg/dL      Desirable: >=40
      TRG    162 mg/dL     Desirable: <150
      LDL    177 mg/dL     Desirable: <100   (calculated)
      TC/HDL 5.4           Desirable: <4.5
      GLU    118 mg/dL     Desirable: 60-99
    A1CNow+ (PTS Diagnostics): A1C 6.3 %   Reference: 4.0-5.6
    Note: results shared with PCP via secure fax. Pt counseled on diet; lipid panel to be repeated by PCP.
''', [
    R('total-cholesterol', '257', 'mg/dL', '..<200'),
    R('hdl-cholesterol', '48', 'mg/dL', '40..'),
    R('triglycerides', '162', 'mg/dL', '..<150'),
    R('ldl-cholesterol', '177', 'mg/dL', '..<100'),
    R('cholesterol-hdl-ratio', '5.4', None, '..<4.5'),
    R('glucose', '118', 'mg/dL', '60..99'),
    R('hemoglobin-a1c', '6.3', '%', '4.0..5.6'),
], "range=the 'Desirable:' and 'Reference:' values ('<b' strict, '>=a' and 'a-b' inclusive; the label 'Desirable' is dropped); no flag printed, flags computed (TC, TRG, LDL, ratio, GLU and A1C high, HDL normal); the TC/HDL ratio has no unit, so no normalizedValue; device names and fasting hours are not rows.")

case('AU', 'en', 'pharmacy', 'Australian community pharmacy "Heart & Diabetes Health Check" card (finger-prick, Cholestech and Afinion): SI units, "Target" column, ABOVE / BELOW / WITHIN TARGET status words, a blood-pressure row', r'''
    Priceline Pharmacy Toowong · Health Check Record · 05/03/2025
    Customer: Mr D. Abernethy   Age 58   Non-fasting   Pharmacist: E. Papadakis (MPS)
    Measure                  Result          Target             Status
    Total cholesterol        6.1 mmol/L      < 5.5 mmol/L       ABOVE TARGET
    HDL cholesterol          0.9 mmol/L      >= 1.0 mmol/L      BELOW TARGET
    Blood glucose (random)   7.2 mmol/L      3.5 - 7.8 mmol/L   WITHIN TARGET
    HbA1c                    6.1 %           < 6.5 %            WITHIN TARGET
    Blood pressure           148/92 mmHg     < 140/90           ABOVE TARGET
    Referral letter to GP printed and given to customer. Heart Foundation absolute CVD risk calculator not completed.
''', [
    R('total-cholesterol', '6.1', 'mmol/L', '..<5.5', 'high'),
    R('hdl-cholesterol', '0.9', 'mmol/L', '1.0..', 'low'),
    R('glucose', '7.2', 'mmol/L', '3.5..7.8', 'normal'),
    R('hemoglobin-a1c', '6.1', '%', '..<6.5', 'normal'),
], "range=the Target column, the only range printed ('< b' strict, '>= a' and 'a - b' inclusive); status words ABOVE / BELOW / WITHIN TARGET keyed high / low / normal; lipids and glucose mmol/L → mg/dL; the blood-pressure line is not a lab row (its mmHg is a vital sign).")

case('ZA', 'en', 'pharmacy', 'Clicks Clinic (South Africa) wellness screening card: finger-prick cholesterol and glucose, HemoCue haemoglobin in g/dL, rapid HIV test with pre/post-test counselling lines', r'''
    CLICKS CLINIC — Wellness Screening Record — Clicks Menlyn, Pretoria — 04/03/2025
    Client: Ms N. Dlamini   ID: 9104xxxxxxxx   Nurse: Sr. M. van Zyl (SANC 14-055201)
    Cholesterol (finger-prick)         4.6 mmol/L     Normal < 5.0
    Glucose (random, finger-prick)     5.9 mmol/L     Normal 3.0 - 7.7
    Haemoglobin (HemoCue)              10.9 g/dL      Normal 12.0 - 15.5    LOW
    HIV rapid test (Abbott Determine, confirmed per algorithm)    Negative   (expected Negative)
    Pre-test and post-test counselling done. Client referred to GP for low haemoglobin (iron studies).
    BMI 27.4   BP 118/76   Waist 86 cm
''', [
    R('total-cholesterol', '4.6', 'mmol/L', '..<5.0'),
    R('glucose', '5.9', 'mmol/L', '3.0..7.7'),
    R('hemoglobin', '10.9', 'g/dL', '12.0..15.5', 'low'),
    R('hiv-1-antibody', None, None, 'text', 'normal', vt='Negative'),
], "range=the 'Normal' value after each result ('< b' strict, 'a - b' inclusive); LOW keyed as printed, the others computed normal; the rapid HIV answer equals its expected text (normal, range text) and maps to hiv-1-antibody; BMI, BP and waist are not lab rows.")

case('IN', 'en', 'pharmacy', 'Apollo Pharmacy free health-camp slip (handwritten values typed into the pharmacy app): random blood sugar, haemoglobin by a portable meter, total cholesterol and SpO2, with "Normal" reference values', r'''
    APOLLO PHARMACY — FREE HEALTH CAMP — Anna Nagar West, Chennai — 09/03/2025
    Name: Mr. S. Karthikeyan   Age: 61   Mobile: 98XXXXXX21   Camp ID: APH-CHN-0309-144
    Random Blood Sugar (glucometer) : 212 mg/dL    (Normal: 70 - 140)
    Haemoglobin (portable meter)    : 13.6 g/dL    (Normal: 13.0 - 17.0)
    Total Cholesterol               : 196 mg/dL    (Normal: < 200)
    SpO2 (pulse oximeter)           : 95 %         (Normal: 95 - 100)
    BP: 156/94 mmHg   Pulse: 82/min
    Advice: consult physician for high sugar. Show this slip for 10% off on Apollo 24|7 lab tests (HbA1c).
''', [
    R('glucose', '212', 'mg/dL', '70..140'),
    R('hemoglobin', '13.6', 'g/dL', '13.0..17.0'),
    R('total-cholesterol', '196', 'mg/dL', '..<200'),
    R('oxygen-saturation', '95', '%', '95..100'),
], "range=the '(Normal: ...)' after each value (a - b inclusive, '< b' strict); no flag printed, flags computed (glucose high; SpO2 95 sits on the inclusive lower bound, normal); SpO2 maps to oxygen-saturation (alias SpO2); BP and pulse are not rows; the discount line is not a result.")

case('UK', 'en', 'pharmacy', 'pharmacy cholesterol-check device error slip: CardioChek PA printout showing an error code and "TEST NOT COMPLETED", with the pharmacist\'s note to rebook, no result', r'''
    CardioChek PA   S/N 11042877   Boots Pharmacy, Leeds Trinity
    03/08/2025  11:06   Operator: 04
    PANEL: LIPID PANEL + eGLU
    MEMo CHIP LOT: 5172   STRIP LOT: 4F2208
    ERROR 4: INSUFFICIENT SAMPLE
    TEST NOT COMPLETED - NO RESULT STORED
    -----------------------------------------
    Pharmacist note: second finger-prick declined by customer (felt faint). Rebooked for Tue 11/03 10:30,
    advised to drink water beforehand. No charge taken.
''', [], "range=none: a device error slip (error code, lot numbers, times); no result.")

# ---- family country: countries no earlier set used (sets 21-27 case-mix tables)
case('UZ', 'uz', 'country', 'Tashkent private laboratory complete blood count in Uzbek (Latin script): Ko\'rsatkich / Natija / Birlik / Me\'yor / Izoh with the Uzbek words "yuqori" (high) and "past" (low), decimal commas, 10^9/l and 10^12/l, ESR in mm/soat', r'''
    "MED-LAB DIAGNOSTIKA" MChJ · Toshkent sh., Yunusobod tumani · Tel: +998 71 200 44 17
    UMUMIY QON TAHLILI (Gemoanalizator Mindray BC-6200)
    Bemor: Rahimova Dilnoza   Yoshi: 34   Jinsi: ayol   Namuna olingan sana: 05.03.2025 08:40
    Ko'rsatkich                 Natija    Birlik       Me'yor        Izoh
    Gemoglobin (HGB)            112       g/l          120 - 150     past
    Eritrotsitlar (RBC)         4,21      10^12/l      3,9 - 5,0
    Gematokrit (HCT)            34,8      %            36 - 46       past
    Leykotsitlar (WBC)          11,8      10^9/l       4,0 - 9,0     yuqori
    Trombotsitlar (PLT)         256       10^9/l       180 - 320
    EChT (ESR)                  28        mm/soat      2 - 15        yuqori
    Laborant: Karimova N.   Shifokor-laborant: Xo'jayev B.
''', [
    R('hemoglobin', '112', 'g/l', '120..150', 'low'),
    R('red-blood-cell-count', '4.21', '10^12/l', '3.9..5.0'),
    R('hematocrit', '34.8', '%', '36..46', 'low'),
    R('white-blood-cell-count', '11.8', '10^9/l', '4.0..9.0', 'high'),
    R('platelet-count', '256', '10^9/l', '180..320'),
    R('erythrocyte-sedimentation-rate', '28', 'mm/soat', '2..15', 'high'),
], "range=the Me'yor column (a - b inclusive, decimal commas); Izoh words keyed by meaning: 'past' = low, 'yuqori' = high; unmarked rows computed normal; Hb g/l ÷10 → g/dL; 10^12/l = 10*6/uL, 10^9/l = 10*3/uL; 'mm/soat' is mm per hour (soat = hour).")

case('AZ', 'az', 'country', 'Baku clinic biochemistry report in Azerbaijani: Göstərici / Nəticə / Vahid / Norma with ↑ after the result, decimal commas, Soviet-style Latin units (mkmol/l), creatinine on its upper bound', r'''
    MƏRKƏZİ KLİNİKA · Klinik-diaqnostik laboratoriya · Bakı ş., Parlament prospekti 76
    BİOKİMYƏVİ QAN ANALİZİ
    Xəstə: Məmmədov Elvin Rauf oğlu    Yaş: 52    Cins: kişi    Tarix: 04.03.2025
    Göstərici                  Nəticə      Vahid       Norma
    Qlükoza                    6,8 ↑       mmol/l      3,9 - 6,1
    Kreatinin                  97          mkmol/l     53 - 97
    Sidik cövhəri (karbamid)   6,2         mmol/l      2,5 - 8,3
    ALT                        48 ↑        U/l         0 - 41
    AST                        35          U/l         0 - 40
    Ümumi bilirubin            14,2        mkmol/l     3,4 - 20,5
    Ümumi xolesterin           5,9 ↑       mmol/l      < 5,2
    Həkim-laborant: Hüseynova S.
''', [
    R('glucose', '6.8', 'mmol/l', '3.9..6.1', 'high'),
    R('creatinine', '97', 'mkmol/l', '53..97'),
    R('urea', '6.2', 'mmol/l', '2.5..8.3'),
    R('alanine-aminotransferase', '48', 'U/l', '0..41', 'high'),
    R('aspartate-aminotransferase', '35', 'U/l', '0..40'),
    R('total-bilirubin', '14.2', 'mkmol/l', '3.4..20.5'),
    R('total-cholesterol', '5.9', 'mmol/l', '..<5.2', 'high'),
], "range=the Norma column (a - b inclusive, '< b' strict, decimal commas); ↑ keyed high; creatinine 97 sits on the inclusive upper bound (normal); 'mkmol/l' is µmol/l (Russian мкмоль transliterated); sidik cövhəri / karbamid is urea in mmol/l (the catalog's urea, 60.06); glucose, creatinine, bilirubin and cholesterol converted with their molar masses.")

case('BY', 'ru', 'country', 'Minsk medical centre (ЛОДЭ) hormone and vitamin report in Russian: Исследование / Результат / Ед. изм. / Референсные значения with ↑/↓ after the result, Cyrillic units, decimal commas', r'''
    Медицинский центр «ЛОДЭ» · г. Минск, пр-т Независимости, 58 · Лаборатория
    Пациент: Ковалёва Анастасия Игоревна    Дата рождения: 17.06.1987    Дата взятия: 03.03.2025
    Исследование                   Результат     Ед. изм.     Референсные значения
    ТТГ                            5,84 ↑        мкМЕ/мл      0,35 - 4,94
    Т4 свободный                   11,2          пмоль/л      9,0 - 19,0
    Т3 свободный                   4,1           пмоль/л      2,6 - 5,7
    Ферритин                       12,4 ↓        нг/мл        13 - 150
    Витамин D (25-OH)              18,6 ↓        нг/мл        30 - 100
    Витамин B12                    245           пг/мл        187 - 883
    Результаты не являются диагнозом. Необходима консультация специалиста.
''', [
    R('thyroid-stimulating-hormone', '5.84', 'мкМЕ/мл', '0.35..4.94', 'high'),
    R('free-t4', '11.2', 'пмоль/л', '9.0..19.0'),
    R('free-t3', '4.1', 'пмоль/л', '2.6..5.7'),
    R('ferritin', '12.4', 'нг/мл', '13..150', 'low'),
    R('vitamin-d', '18.6', 'нг/мл', '30..100', 'low'),
    R('vitamin-b12', '245', 'пг/мл', '187..883'),
], "range=the Референсные значения column (a - b inclusive, decimal commas); ↑/↓ keyed high/low, the rest computed normal; Cyrillic units read as their Latin units (мкМЕ/мл = µIU/mL = m[IU]/L, пмоль/л = pmol/L, нг/мл = ng/mL, пг/мл = pg/mL); free T4 and free T3 pmol/L → ng/dL and pg/mL with their molar masses.")

case('MN', 'mn', 'country', 'Ulaanbaatar hospital (Интермед) biochemistry result in Mongolian Cyrillic: Шинжилгээ / Хариу / Нэгж / Лавлах хэмжээ / Тэмдэглэгээ with H, Latin abbreviations in brackets, decimal commas, SI units', r'''
    ИНТЕРМЕД ЭМНЭЛЭГ · Лабораторийн тасаг · Улаанбаатар хот, Чингисийн өргөн чөлөө
    БИОХИМИЙН ШИНЖИЛГЭЭНИЙ ХАРИУ
    Үйлчлүүлэгч: Батбаяр Г.   Нас: 45   Хүйс: эр   Сорьц авсан: 2025.03.04 08:15
    Шинжилгээ                      Хариу     Нэгж          Лавлах хэмжээ     Тэмдэглэгээ
    Глюкоз (GLU)                   5,1       ммоль/л       3,9 - 6,1
    Креатинин (CREA)               71        мкмоль/л      62 - 106
    Шээсний хүчил (UA)             412       мкмоль/л      202 - 416
    АЛАТ (ALT)                     22        U/L           0 - 41
    АСАТ (AST)                     25        U/L           0 - 40
    Нийт холестерин (TC)           5,4       ммоль/л       0 - 5,2           H
    Баталгаажуулсан: Лаборант Д. Оюунчимэг
''', [
    R('glucose', '5.1', 'ммоль/л', '3.9..6.1'),
    R('creatinine', '71', 'мкмоль/л', '62..106'),
    R('uric-acid', '412', 'мкмоль/л', '202..416'),
    R('alanine-aminotransferase', '22', 'U/L', '0..41'),
    R('aspartate-aminotransferase', '25', 'U/L', '0..40'),
    R('total-cholesterol', '5.4', 'ммоль/л', '0..5.2', 'high'),
], "range=the Лавлах хэмжээ column (a - b inclusive, decimal commas); H keyed high, the rest computed normal (uric acid 412 is inside 202 - 416); Шээсний хүчил is uric acid; Cyrillic ммоль/л and мкмоль/л read as mmol/L and µmol/L, converted with the molar masses (uric acid 168.11).")

case('KH', 'km', 'country', 'Phnom Penh private hospital laboratory report with Khmer column headers and English test names: value, unit, reference range, and a Khmer flag column (ខ្ពស់ = high, ទាប = low), a dengue NS1 answer', r'''
    មន្ទីរពេទ្យ រ៉ូយ៉ាល់ ភ្នំពេញ · Royal Phnom Penh Hospital · Laboratory Department
    Patient: SOK Chanthou   Sex: F   Age: 49   Collected: 03/03/2025 07:50   Lab No: RPPH-25-044127
    ឈ្មោះតេស្ត (Test)        លទ្ធផល (Result)   ឯកតា (Unit)   តម្លៃយោង (Reference)   សម្គាល់ (Flag)
    Hemoglobin                11.2              g/dL           12.0 - 15.0             ទាប
    Glucose (fasting)         146               mg/dL          70 - 110                ខ្ពស់
    HbA1c                     7.8               %              4.0 - 6.0               ខ្ពស់
    Creatinine                0.8               mg/dL          0.5 - 1.1
    Triglycerides             254               mg/dL          < 150                   ខ្ពស់
    Dengue NS1 Ag             Negative                         Negative
    Validated by: Dr. KEO Sreymom (Clinical Pathologist)
''', [
    R('hemoglobin', '11.2', 'g/dL', '12.0..15.0', 'low'),
    R('glucose', '146', 'mg/dL', '70..110', 'high'),
    R('hemoglobin-a1c', '7.8', '%', '4.0..6.0', 'high'),
    R('creatinine', '0.8', 'mg/dL', '0.5..1.1'),
    R('triglycerides', '254', 'mg/dL', '..<150', 'high'),
    R('?Dengue NS1 Ag', None, None, 'text', 'normal', vt='Negative'),
], "range=the តម្លៃយោង (Reference) column (a - b inclusive, '< b' strict); Khmer flag words keyed by meaning: ខ្ពស់ = high, ទាប = low; creatinine computed normal; dengue NS1 antigen has no catalog key (? row, Negative = expected, normal).")

case('MM', 'en', 'country', 'Yangon private hospital (Pun Hlaing) thyroid and liver report in English with a Myanmar hospital-name line: Test / Result / Flag / Unit / Reference Range, SI free hormones, TSH suppressed', r'''
    ပန်းလှိုင် ဆေးရုံ · PUN HLAING HOSPITALS · Department of Laboratory Medicine · Hlaing Tharyar, Yangon
    Patient: Daw Khin Myat Noe   Age/Sex: 31 Y / F   Ward/OPD: Endocrine OPD   Collected: 06-03-2025 09:05
    Test                     Result     Flag    Unit        Reference Range
    TSH                      <0.01      L       uIU/mL      0.27 - 4.20
    Free T4                  38.5       H       pmol/L      12.0 - 22.0
    Free T3                  11.2       H       pmol/L      3.1 - 6.8
    Alkaline Phosphatase     142        H       U/L         35 - 104
    ALT                      35                 U/L         0 - 35
    Albumin                  4.1                g/dL        3.5 - 5.2
    Comment: biochemical hyperthyroidism; suggest TRAb. Reported by: Dr. Aye Thandar (Pathologist)
''', [
    R('thyroid-stimulating-hormone', '0.01', 'uIU/mL', '0.27..4.20', 'low', vt='<0.01'),
    R('free-t4', '38.5', 'pmol/L', '12.0..22.0', 'high'),
    R('free-t3', '11.2', 'pmol/L', '3.1..6.8', 'high'),
    R('alkaline-phosphatase', '142', 'U/L', '35..104', 'high'),
    R('alanine-aminotransferase', '35', 'U/L', '0..35'),
    R('albumin', '4.1', 'g/dL', '3.5..5.2'),
], "range=the Reference Range column (a - b inclusive); H/L keyed as printed (the censored TSH '<0.01' lies wholly below 0.27, low, normalized on its bound); ALT 35 sits on the inclusive upper bound (normal); free T4 pmol/L → ng/dL (776.87) and free T3 pmol/L → pg/mL (650.97); TRAb is only suggested in the comment, not a row.")

case('RW', 'en', 'country', 'Kigali hospital laboratory report (King Faisal Hospital) in English: haematology, CRP and a malaria thick-film result with parasite grading, bracketed ranges, H/L letters after the value', r'''
    KING FAISAL HOSPITAL RWANDA · Clinical Laboratory · KG 544 St, Kigali
    Patient: UWASE Claudine   MRN: KFH-0331972   Age: 27 y   Sex: F   Requested by: Emergency Dept
    Collected: 07/03/2025 22:14   Authorised: 07/03/2025 23:02
    HAEMATOLOGY
      Haemoglobin        12.8 L      g/dL           [13.0 - 17.0]
      WBC                3.2 L       x10^9/L        [4.0 - 10.0]
      Platelets          98 L        x10^9/L        [150 - 400]
    CHEMISTRY
      CRP                46 H        mg/L           [0 - 5]
    PARASITOLOGY
      Malaria thick film: Plasmodium falciparum seen (++)     [Reference: No parasites seen]
    Critical result phoned to ED doctor on duty 22:58 (read back).
''', [
    R('hemoglobin', '12.8', 'g/dL', '13.0..17.0', 'low'),
    R('white-blood-cell-count', '3.2', 'x10^9/L', '4.0..10.0', 'low'),
    R('platelet-count', '98', 'x10^9/L', '150..400', 'low'),
    R('c-reactive-protein', '46', 'mg/L', '0..5', 'high'),
    R('malaria-parasite-smear', None, None, 'text', 'abnormal', vt='Plasmodium falciparum seen (++)'),
], "range=the bracketed range (a - b inclusive); H/L keyed as printed; the thick-film answer differs from its printed reference 'No parasites seen', so abnormal (range text), keyed malaria-parasite-smear with the whole printed answer as valueText; the phoned-result line is not a row.")

case('CM', 'fr', 'country', 'Yaoundé reference laboratory (Centre Pasteur du Cameroun) biochemistry report in French: Analyse / Résultat / Unité / Valeurs de référence, g/l and mg/l units with decimal commas, no flags printed', r'''
    CENTRE PASTEUR DU CAMEROUN · Laboratoire de Biologie Clinique · BP 1274 Yaoundé
    Patient : NGONO Marie-Thérèse     Âge : 56 ans     Sexe : F     Prélèvement : 05/03/2025 à 07h30 (à jeun)
    Prescripteur : Dr ESSOMBA J.-P.        N° dossier : CPC-25-118404
    BIOCHIMIE SANGUINE
    Analyse                     Résultat     Unité     Valeurs de référence
    Glycémie à jeun             1,26         g/l       0,70 - 1,10
    Créatininémie               9,8          mg/l      6,0 - 12,0
    Urée                        0,32         g/l       0,15 - 0,45
    Acide urique                72           mg/l      25 - 60
    Cholestérol total           2,14         g/l       < 2,00
    Triglycérides               1,05         g/l       < 1,50
    Biologiste responsable : Dr ABENA M.
''', [
    R('glucose', '1.26', 'g/l', '0.70..1.10'),
    R('creatinine', '9.8', 'mg/l', '6.0..12.0'),
    R('urea', '0.32', 'g/l', '0.15..0.45'),
    R('uric-acid', '72', 'mg/l', '25..60'),
    R('total-cholesterol', '2.14', 'g/l', '..<2.00'),
    R('triglycerides', '1.05', 'g/l', '..<1.50'),
], "range=the Valeurs de référence column (a - b inclusive, '< b' strict, decimal commas); no flag is printed, flags computed (glucose, uric acid and cholesterol high); g/l ×100 → mg/dL (glucose, urea, cholesterol, triglycerides) and mg/l ÷10 → mg/dL (creatinine, uric acid); urée is the catalog's urea.")

case('CI', 'fr', 'country', 'Abidjan private laboratory NFS (numération formule sanguine) in French: G/L and T/L units, decimal commas, ↓ after low results, red-cell indices and a neutrophil percentage', r'''
    LABORATOIRE BIOPHARM · Cocody II Plateaux, Abidjan · Tél. 27 22 41 88 00
    NUMÉRATION FORMULE SANGUINE (Sysmex XN-550)
    Patient(e) : KOUASSI Adjoua Estelle    Âge : 29 ans    Prélèvement : 04/03/2025 08:10
    Paramètre                            Résultat      Unité     Valeurs de référence
    Globules blancs                      5,6           G/L       4,0 - 10,0
    Globules rouges                      4,12 ↓        T/L       4,20 - 5,40
    Hémoglobine                          10,9 ↓        g/dl      12,0 - 16,0
    VGM                                  71 ↓          fl        80 - 100
    TCMH                                 26,5 ↓        pg        27,0 - 32,0
    Plaquettes                           312           G/L       150 - 400
    Polynucléaires neutrophiles          38 ↓          %         45 - 70
    Conclusion : anémie microcytaire hypochrome. Bilan martial conseillé.
''', [
    R('white-blood-cell-count', '5.6', 'G/L', '4.0..10.0'),
    R('red-blood-cell-count', '4.12', 'T/L', '4.20..5.40', 'low'),
    R('hemoglobin', '10.9', 'g/dl', '12.0..16.0', 'low'),
    R('mean-corpuscular-volume', '71', 'fl', '80..100', 'low'),
    R('mean-corpuscular-hemoglobin', '26.5', 'pg', '27.0..32.0', 'low'),
    R('platelet-count', '312', 'G/L', '150..400'),
    R('neutrophils', '38', '%', '45..70', 'low'),
], "range=the Valeurs de référence column (a - b inclusive, decimal commas); ↓ keyed low, unmarked rows computed normal; G/L = 10*3/uL, T/L = 10*6/uL; VGM = MCV, TCMH = MCH; the conclusion line is not a row.")

case('MZ', 'pt', 'country', 'Maputo private hospital laboratory report in Portuguese (Mozambique): Análise / Resultado / Unidade / Valores de referência with "até b" bounds, ↑ after the value, a CD4 count not in the catalog', r'''
    HOSPITAL PRIVADO DE MAPUTO · Laboratório de Análises Clínicas · Av. do Zimbabwe, Maputo
    Utente: MACUÁCUA, Armando José     Idade: 44 anos     Sexo: M     Colheita: 05/03/2025 07:45
    Análise                        Resultado     Unidade        Valores de referência
    Glicose (jejum)                98            mg/dL          70 - 110
    Creatinina                     1,4 ↑         mg/dL          0,7 - 1,3
    Ureia                          52 ↑          mg/dL          15 - 45
    ALT (TGP)                      41            U/L            até 41
    AST (TGO)                      37            U/L            até 40
    Contagem de linfócitos CD4     412 ↓         células/µL     500 - 1500
    Validado por: Dra. Celeste Nhantumbo (Patologista Clínica)
''', [
    R('glucose', '98', 'mg/dL', '70..110'),
    R('creatinine', '1.4', 'mg/dL', '0.7..1.3', 'high'),
    R('urea', '52', 'mg/dL', '15..45', 'high'),
    R('alanine-aminotransferase', '41', 'U/L', '..41'),
    R('aspartate-aminotransferase', '37', 'U/L', '..40'),
    R('?Contagem de linfócitos CD4', '412', 'células/µL', '500..1500', 'low'),
], "range=the Valores de referência column ('a - b' and 'até b' inclusive, decimal commas); ↑/↓ keyed high/low; ALT 41 sits on the inclusive 'até 41' bound (normal); ureia in mg/dL is the catalog's urea; the CD4 count has no catalog key (? row).")

case('GT', 'es', 'country', 'Guatemala City private laboratory (Herrera Llerandi) thyroid and lipid report in Spanish: Prueba / Resultado / Unidades / Valores de referencia with ALTO/BAJO words after the result, decimal points, "Menor de"/"Mayor de" bounds', r'''
    HOSPITAL HERRERA LLERANDI · Laboratorio Clínico · 6a. Avenida 8-71, Zona 10, Guatemala
    Paciente: Sra. María José Cojulún Pérez     Edad: 47 años     Fecha de toma: 03/03/2025
    Prueba                     Resultado         Unidades     Valores de referencia
    TSH                        3.12              µUI/mL       0.35 - 4.94
    T4 libre                   1.12              ng/dL        0.70 - 1.48
    Colesterol total           212   ALTO        mg/dL        Menor de 200
    Colesterol HDL             38    BAJO        mg/dL        Mayor de 40
    Colesterol LDL             141   ALTO        mg/dL        Menor de 130
    Triglicéridos              165   ALTO        mg/dL        Menor de 150
    Químico Biólogo responsable: Lic. J. Ajú (Col. 2218)
''', [
    R('thyroid-stimulating-hormone', '3.12', 'µUI/mL', '0.35..4.94'),
    R('free-t4', '1.12', 'ng/dL', '0.70..1.48'),
    R('total-cholesterol', '212', 'mg/dL', '..<200', 'high'),
    R('hdl-cholesterol', '38', 'mg/dL', '>40..', 'low'),
    R('ldl-cholesterol', '141', 'mg/dL', '..<130', 'high'),
    R('triglycerides', '165', 'mg/dL', '..<150', 'high'),
], "range=the Valores de referencia column ('a - b' inclusive; 'Menor de b' and 'Mayor de a' strict, set 22); ALTO/BAJO keyed high/low, the thyroid rows computed normal; µUI/mL = m[IU]/L.")

case('PA', 'es', 'country', 'Panama City hospital laboratory (Punta Pacífica) hemogram sent by e-mail in Spanish: one "Prueba: resultado unidad (Ref.: a - b)" line per test, x10^3/uL counts, no flags', r'''
    De: Laboratorio Clínico - Hospital Punta Pacífica <laboratorio@hpp.com.pa>
    Asunto: Resultados de laboratorio - Orden 25-030417
    Estimado(a) Sr. Rubén Castillo Arosemena:
    Le compartimos sus resultados del 04/03/2025 (Hemograma completo):
    • Leucocitos: 7.8 x10^3/uL (Ref.: 4.5 - 11.0)
    • Hemoglobina: 15.2 g/dL (Ref.: 13.5 - 17.5)
    • Hematocrito: 45.8 % (Ref.: 41.0 - 53.0)
    • Plaquetas: 138 x10^3/uL (Ref.: 150 - 400)
    • Neutrófilos: 64 % (Ref.: 40 - 70)
    • Linfocitos: 27 % (Ref.: 20 - 45)
    • VCM: 88 fL (Ref.: 80 - 100)
    Este correo es informativo; el informe oficial firmado está disponible en el portal del paciente.
''', [
    R('white-blood-cell-count', '7.8', 'x10^3/uL', '4.5..11.0'),
    R('hemoglobin', '15.2', 'g/dL', '13.5..17.5'),
    R('hematocrit', '45.8', '%', '41.0..53.0'),
    R('platelet-count', '138', 'x10^3/uL', '150..400'),
    R('neutrophils', '64', '%', '40..70'),
    R('lymphocytes', '27', '%', '20..45'),
    R('mean-corpuscular-volume', '88', 'fL', '80..100'),
], "range=the '(Ref.: a - b)' after each value (inclusive); no flags printed, flags computed (platelets low, the rest normal); x10^3/uL = 10*3/uL; the order number is not a row.")

case('TT', 'en', 'country', 'Trinidad private hospital laboratory report (St. Joseph) in English: mixed unit systems (glucose and creatinine in SI, lipids in mg/dL), a urine albumin/creatinine ratio in mg/g, H after the value', r'''
    MEDICAL ASSOCIATES HOSPITAL · Laboratory Services · Corner Albert & Abercromby St, St. Joseph, Trinidad
    Patient: RAMDASS, Vishnu   Age: 63   Sex: M   Doctor: Dr. A. Mohammed   Collected: 05/03/2025 06:55
    TEST                                RESULT      UNITS       REFERENCE RANGE
    Fasting Blood Sugar                 7.9 H       mmol/L      3.9 - 5.8
    HbA1c                               8.2 H       %           4.0 - 6.0
    Creatinine                          102         umol/L      62 - 106
    Total Cholesterol                   198         mg/dL       < 200
    LDL Cholesterol                     121 H       mg/dL       < 100
    Urine Albumin/Creatinine Ratio      42 H        mg/g        < 30
    Authorised by: Dr. S. Baptiste-Primus, Consultant Pathologist
''', [
    R('glucose', '7.9', 'mmol/L', '3.9..5.8', 'high'),
    R('hemoglobin-a1c', '8.2', '%', '4.0..6.0', 'high'),
    R('creatinine', '102', 'umol/L', '62..106'),
    R('total-cholesterol', '198', 'mg/dL', '..<200'),
    R('ldl-cholesterol', '121', 'mg/dL', '..<100', 'high'),
    R('microalbumin-creatinine-ratio', '42', 'mg/g', '..<30', 'high'),
], "range=the REFERENCE RANGE column (a - b inclusive, '< b' strict); H keyed high, the rest computed normal; glucose mmol/L → mg/dL and creatinine umol/L → mg/dL with their molar masses; the urine ACR is in mg/g, the catalog unit.")

case('ME', 'sr', 'country', 'Podgorica private laboratory lipid panel in Montenegrin (Latin script): Analiza / Rezultat / Jedinica / Referentne vrijednosti with H after the result, decimal commas, mmol/L lipids and CRP', r'''
    LABORATORIJA "BIOMEDICA" · Podgorica, Bulevar Džordža Vašingtona 51 · Crna Gora
    Pacijent: Vujović Marko   God. rođenja: 1969   Datum uzorkovanja: 06.03.2025.
    LIPIDNI STATUS
    Analiza                   Rezultat     Jedinica     Referentne vrijednosti
    Holesterol ukupni         6,3 H        mmol/L       < 5,2
    HDL holesterol            1,05         mmol/L       > 1,0
    LDL holesterol            4,4 H        mmol/L       < 3,4
    Trigliceridi              1,9 H        mmol/L       < 1,7
    Glukoza                   5,3          mmol/L       3,9 - 6,1
    CRP                       2,1          mg/L         < 5,0
    Rezultate tumači ljekar. Odgovorno lice: spec. med. biohemije M. Radulović
''', [
    R('total-cholesterol', '6.3', 'mmol/L', '..<5.2', 'high'),
    R('hdl-cholesterol', '1.05', 'mmol/L', '>1.0..'),
    R('ldl-cholesterol', '4.4', 'mmol/L', '..<3.4', 'high'),
    R('triglycerides', '1.9', 'mmol/L', '..<1.7', 'high'),
    R('glucose', '5.3', 'mmol/L', '3.9..6.1'),
    R('c-reactive-protein', '2.1', 'mg/L', '..<5.0'),
], "range=the Referentne vrijednosti column ('< b' and '> a' strict, 'a - b' inclusive, decimal commas); H keyed high, the rest computed normal; lipids and glucose mmol/L → mg/dL with their molar masses; CRP stays in mg/L.")

case('CU', 'es', 'country', 'Havana polyclinic laboratory request and appointment slip in Spanish (Cuba): indicated tests, fasting instructions, turn number and date, no result', r'''
    MINISTERIO DE SALUD PÚBLICA · Policlínico Docente "Plaza de la Revolución" · La Habana
    SOLICITUD DE ANÁLISIS COMPLEMENTARIOS — Laboratorio Clínico
    Paciente: Yamilé Rodríguez Fonseca    CI: 850612xxxxx    Consultorio Médico de Familia No. 14
    Análisis indicados: Hemograma con diferencial, Eritrosedimentación, Glicemia, Creatinina, Colesterol,
    Triglicéridos, Ácido úrico, Parcial de orina.
    Turno No. 37 — Fecha: martes 11/03/2025 — Hora de extracción: 7:00 a 8:30 a.m.
    Indicaciones: ayuno de 8 a 12 horas; traer la primera orina de la mañana en frasco limpio.
    Médico: Dr. Osvaldo Pérez Lima (Reg. 48391)    Firma y cuño
''', [], "range=none: a laboratory request with tests indicated, a turn number, dates and fasting hours; no result.")

case('HT', 'fr', 'country', 'Port-au-Prince laboratory notice in French with a Haitian Creole line: the sample could not be analysed (haemolysed), the patient must return, no result', r'''
    LABORATOIRE MÉDICAL SAINT-LUC · Delmas 33, Port-au-Prince, Haïti · Tél. +509 2813-0456
    AVIS AU PATIENT
    Patient : JEAN-BAPTISTE, Roselaure        Dossier : LSL-25-02214        Date du prélèvement : 04/03/2025
    Examens demandés : Hémogramme, Glycémie, Créatinine, Bilan lipidique
    Nous regrettons de vous informer que l'échantillon n'a pas pu être analysé (échantillon hémolysé).
    Veuillez vous présenter de nouveau au laboratoire, à jeun depuis 10 heures, entre 7h00 et 10h00.
    Aucun frais supplémentaire ne sera facturé.
    An kreyòl: Tanpri tounen nan laboratwa a, san manje depi 10 è, pou nou ka rale san an ankò. Mèsi.
    La Direction
''', [], "range=none: a notice that the sample was haemolysed and must be recollected; tests named, no result.")

# ---- family form: other document forms (spreadsheets, flowsheets, portals, extraction tools, faxes, notes)
case('US', 'en', 'form', 'patient\'s own Google Sheets bloodwork tracker downloaded as CSV: one row per test, unit and lab range columns, then three dated result columns oldest to newest, a Notes column; the newest date is keyed', r'''
    my_bloodwork_tracker - Sheet1.csv
    Test,Unit,Lab range,2023-06-14,2024-01-09,2025-02-27,Notes
    TSH,mIU/L,0.45-4.50,3.90,5.12,2.41,started levo 50mcg Jan 2024
    Free T4,ng/dL,0.82-1.77,1.05,0.91,1.31,
    Ferritin,ng/mL,15-150,11,24,63,iron bisglycinate every other day
    Vitamin D,ng/mL,30-100,22,34,47,
    Hemoglobin,g/dL,11.1-15.9,11.6,12.4,13.3,
    LDL-C,mg/dL,0-99,131,118,104,
''', [
    R('thyroid-stimulating-hormone', '2.41', 'mIU/L', '0.45..4.50'),
    R('free-t4', '1.31', 'ng/dL', '0.82..1.77'),
    R('ferritin', '63', 'ng/mL', '15..150'),
    R('vitamin-d', '47', 'ng/mL', '30..100'),
    R('hemoglobin', '13.3', 'g/dL', '11.1..15.9'),
    R('ldl-cholesterol', '104', 'mg/dL', '0..99'),
], "range=the 'Lab range' column (a-b inclusive); the three date columns run oldest to newest by their ISO dates, so the 2025-02-27 column is keyed and the older ones are not rows; no flag column, flags computed (LDL-C high, the rest normal); the file-name line keeps the snippet from starting with a quote or a bare header; the Notes column is not a result.")

case('US', 'en', 'form', 'eClinicalWorks "Flowsheet" print for a diabetes/hypertension patient: parameter rows with the unit in the label, a Ref range column, four dated columns oldest left to newest right with H flags glued after values; older abnormal values are not keyed', r'''
    eClinicalWorks · Flowsheet: DM/HTN Labs · Patient: PATEL, Rohan (Acct 4471093) · Printed 03/11/2025
    Parameter                  Ref range    06/12/2024   09/18/2024   12/16/2024   03/07/2025
    HbA1c (%)                  4.0-5.6      8.9 H        8.1 H        7.4 H        6.9 H
    Glucose, fasting (mg/dL)   70-99        171 H        150 H        138 H        121 H
    Creatinine (mg/dL)         0.76-1.27    1.02         1.08         1.11         1.18
    eGFR (mL/min/1.73m2)       >59          88           83           80           75
    Potassium (mmol/L)         3.5-5.2      4.4          4.9          5.4 H        4.8
    Urine ACR (mg/g)           0-29         64 H         48 H         33 H         27
    Provider comment: A1c improving on semaglutide; ACR back in range.
''', [
    R('hemoglobin-a1c', '6.9', '%', '4.0..5.6', 'high'),
    R('glucose', '121', 'mg/dL', '70..99', 'high'),
    R('creatinine', '1.18', 'mg/dL', '0.76..1.27'),
    R('egfr', '75', 'mL/min/1.73m2', '>59..'),
    R('potassium', '4.8', 'mmol/L', '3.5..5.2'),
    R('microalbumin-creatinine-ratio', '27', 'mg/g', '0..29'),
], "range=the Ref range column (a-b inclusive, '>a' strict); only the newest date column (03/07/2025, rightmost by date order) is keyed; its H flags are keyed high and its unflagged values computed normal; older values (potassium 5.4 H, ACR 64/48/33 H) are not rows; the unit comes from the row label.")

case('FI', 'fi', 'form', 'OmaKanta (Finnish national patient portal) "Laboratoriotutkimukset" copy in Finnish: specimen-prefixed names with the national test code in brackets, Tulos / Yksikkö / Viitearvot / Poikkeava (H/L), decimal commas', r'''
    OmaKanta › Terveystiedot › Laboratoriotutkimukset
    Näytteenottopäivä 04.03.2025 · HUS Diagnostiikkakeskus · Tilaaja: Vantaan terveyskeskus, Tikkurila
    Tutkimus                           Tulos     Yksikkö     Viitearvot     Poikkeava
    P -Krea (2143)                     78        µmol/l      50 - 90
    P -K (1999)                        4,1       mmol/l      3,3 - 4,8
    P -Na (2012)                       134       mmol/l      137 - 145      L
    B -Hb (1552)                       128       g/l         117 - 155
    fP -Gluk (1468)                    5,8       mmol/l      4,0 - 6,0
    fP -Kol (4515)                     6,2       mmol/l      < 5,0          H
    fP -Kol-LDL (4516)                 4,1       mmol/l      < 3,0          H
    Tulokset on tarkastanut: lääkäri Anna-Kaisa Mäkelä 05.03.2025
''', [
    R('creatinine', '78', 'µmol/l', '50..90'),
    R('potassium', '4.1', 'mmol/l', '3.3..4.8'),
    R('sodium', '134', 'mmol/l', '137..145', 'low'),
    R('hemoglobin', '128', 'g/l', '117..155'),
    R('glucose', '5.8', 'mmol/l', '4.0..6.0'),
    R('total-cholesterol', '6.2', 'mmol/l', '..<5.0', 'high'),
    R('ldl-cholesterol', '4.1', 'mmol/l', '..<3.0', 'high'),
], "range=the Viitearvot column (a - b inclusive, '< b' strict, decimal commas); Poikkeava H/L keyed as printed, the rest computed normal; the numbers in brackets are national test codes, not values; Finnish abbreviations: Krea creatinine, K potassium, Na sodium, Hb haemoglobin, Gluk glucose, Kol cholesterol; SI → conventional with the molar masses, Hb g/l ÷10.")

case('US', 'en', 'form', 'faxed chemistry page received by a clinic\'s e-fax and OCR\'d: fax transmission header, OCR swaps of 1 for i/l in names and headers, a "continued" footer', r'''
    MAR-07-2025 14:22   FROM: BAYSIDE MED LAB 555 823 0417    TO: 5558819020        P.01/02
          BAYSIDE MEDICAL LABORATORY - CL1NICAL CHEM1STRY
    Pt: DUNLEAVY, MARGARET      DOB: 02/14/1950      Acct: 77104
    Dr: S. FENW1CK MD           Co11: 03/06/2025 0740
    TEST              RESULT   FLAG    REF RANGE      UN1TS
    Sod1um            133      L       136-145        mmol/L
    Potass1um         5.3      H       3.5-5.1        mmol/L
    Ch1oride          99               98-107         mmol/L
    BUN               34       H       8-23           mg/dL
    Creatin1ne        1.61     H       0.57-1.00      mg/dL
    G1ucose           88               70-99          mg/dL
    ** CONT1NUED ON NEXT PAGE **
''', [
    R('sodium', '133', 'mmol/L', '136..145', 'low'),
    R('potassium', '5.3', 'mmol/L', '3.5..5.1', 'high'),
    R('chloride', '99', 'mmol/L', '98..107'),
    R('blood-urea-nitrogen', '34', 'mg/dL', '8..23', 'high'),
    R('creatinine', '1.61', 'mg/dL', '0.57..1.00', 'high'),
    R('glucose', '88', 'mg/dL', '70..99'),
], "range=the REF RANGE column (a-b inclusive); H/L keyed as printed, the rest computed normal; OCR '1' for 'i'/'l' in names (Sod1um, Potass1um, Ch1oride, Creatin1ne, G1ucose) is read as the name a human reads; the fax header's phone numbers, times and page count are not values.")

case('US', 'en', 'form', 'docling (PDF-to-Markdown converter) output of an iron-studies page: Markdown heading, "<!-- image -->" placeholders for the logo and signature, a pipe table with a Flag column, UIBC not in the catalog', r'''
    ## Laboratory Report - Iron Studies

    <!-- image -->

    Patient: Emma Lindqvist-Hart   DOB: 1985-11-02   Collected: 2025-03-04 08:12   Ordering: N. Osei, MD

    | Test                     | Result   | Flag   | Reference Interval   | Units   |
    |--------------------------|----------|--------|----------------------|---------|
    | Iron, Serum              | 41       | L      | 50-170               | ug/dL   |
    | UIBC                     | 427      | H      | 131-425              | ug/dL   |
    | TIBC                     | 468      | H      | 250-450              | ug/dL   |
    | Iron Saturation          | 9        | L      | 15-55                | %       |
    | Ferritin                 | 8        | L      | 15-150               | ng/mL   |
    | Transferrin              | 372      | H      | 200-360              | mg/dL   |

    <!-- image -->

    Electronically signed by: P. Abernathy, MD, Laboratory Director
''', [
    R('iron', '41', 'ug/dL', '50..170', 'low'),
    R('?UIBC', '427', 'ug/dL', '131..425', 'high'),
    R('total-iron-binding-capacity', '468', 'ug/dL', '250..450', 'high'),
    R('transferrin-saturation', '9', '%', '15..55', 'low'),
    R('ferritin', '8', 'ng/mL', '15..150', 'low'),
    R('transferrin', '372', 'mg/dL', '200..360', 'high'),
], "range=the Reference Interval cell (a-b inclusive); H/L keyed as printed; UIBC has no catalog key (? row, set 22); Iron Saturation is transferrin-saturation; the image placeholders, the separator row and the signature are not rows.")

case('US', 'en', 'form', 'marker (PDF-to-Markdown converter) output of a cardiometabolic page: the reference bounds rendered as inline LaTeX ("$<$ 200", "$\\geq$ 40", "$\\leq$ 3.0"), no flags printed', r'''
    # Cardiometabolic Panel

    Specimen collected 02/28/2025 07:05 · Fasting: Yes · Patient: R. Castellanos-Webb

    | Analyte | Value | Units | Reference |
    |---------|-------|-------|-----------|
    | Cholesterol, Total | 188 | mg/dL | $<$ 200 |
    | HDL Cholesterol | 44 | mg/dL | $\geq$ 40 |
    | Triglycerides | 231 | mg/dL | $<$ 150 |
    | LDL Cholesterol (calc) | 98 | mg/dL | $<$ 100 |
    | Non-HDL Cholesterol | 144 | mg/dL | $<$ 130 |
    | hs-CRP | 2.4 | mg/L | $\leq$ 3.0 |

    *LDL calculated by the Friedewald equation.*
''', [
    R('total-cholesterol', '188', 'mg/dL', '..<200'),
    R('hdl-cholesterol', '44', 'mg/dL', '40..'),
    R('triglycerides', '231', 'mg/dL', '..<150'),
    R('ldl-cholesterol', '98', 'mg/dL', '..<100'),
    R('non-hdl-cholesterol', '144', 'mg/dL', '..<130'),
    R('hs-crp', '2.4', 'mg/L', '..3.0'),
], "range=the Reference cell with LaTeX comparators read as their symbols: '$<$ b' strict, '$\\geq$ a' and '$\\leq$ b' inclusive; no flag printed, flags computed (triglycerides and non-HDL high, the rest normal); the Friedewald footnote is not a row.")

case('US', 'en', 'form', 'Camelot (PDF table extractor) CSV export of a vitamins page: the file-name line, a numeric header row 0..4 that Camelot writes, every cell quoted, empty Flag cells, a thousands comma inside a quoted value', r'''
    camelot_export-page-2-table-1.csv
    "0","1","2","3","4"
    "Test Name","Result","Flag","Reference Range","Units"
    "Vitamin B12","1,420","H","232 - 1245","pg/mL"
    "Folate, Serum","17.9","","> 3.0","ng/mL"
    "Methylmalonic Acid","87","","0 - 378","nmol/L"
    "Homocysteine, Plasma","7.1","","0.0 - 14.5","umol/L"
    "Vitamin B6 (PLP)","182.4","H","20.0 - 125.0","nmol/L"
    "Magnesium, RBC","5.1","","4.2 - 6.8","mg/dL"
''', [
    R('vitamin-b12', '1420', 'pg/mL', '232..1245', 'high'),
    R('folate', '17.9', 'ng/mL', '>3.0..'),
    R('methylmalonic-acid', '87', 'nmol/L', '0..378'),
    R('homocysteine', '7.1', 'umol/L', '0.0..14.5'),
    R('vitamin-b6', '182.4', 'nmol/L', '20.0..125.0', 'high'),
    R('magnesium-rbc', '5.1', 'mg/dL', '4.2..6.8'),
], "range=the 'Reference Range' field (a - b inclusive, '> a' strict); H keyed high, empty Flag fields computed normal; '1,420' inside its quotes is one value with a thousands comma; Camelot's '0'..'4' column-index row and the file-name line are not rows; MMA, B6 and RBC magnesium are in the catalog in the printed units.")

case('DE', 'en', 'form', 'German GP lab report run through Google Translate by the patient and pasted into an English forum: translated names ("Blood sugar fasting", "Uric acid", "GPT"), German decimal commas kept, "+" flags with the translated legend', r'''
    [Translated from German by Google]
    Laboratory findings - Practice Dr. med. Kessler, Leipzig - Date of receipt: 03.03.2025
    Parameter                 Result    Unit           Reference range    Rating
    Blood sugar fasting       112       mg/dl          70 - 99            +
    HbA1c                     6,1       %              4,0 - 5,6          +
    Uric acid                 7,9       mg/dl          3,4 - 7,0          +
    GPT (ALT)                 56        U/l            < 50               +
    Gamma-GT                  71        U/l            < 60               +
    Creatinine                0,98      mg/dl          0,70 - 1,20
    Rating: + above, - below the reference range
    (Original: Bewertung: + oberhalb, - unterhalb des Referenzbereichs)
''', [
    R('glucose', '112', 'mg/dl', '70..99', 'high'),
    R('hemoglobin-a1c', '6.1', '%', '4.0..5.6', 'high'),
    R('uric-acid', '7.9', 'mg/dl', '3.4..7.0', 'high'),
    R('alanine-aminotransferase', '56', 'U/l', '..<50', 'high'),
    R('gamma-glutamyl-transferase', '71', 'U/l', '..<60', 'high'),
    R('creatinine', '0.98', 'mg/dl', '0.70..1.20'),
], "range=the 'Reference range' column (a - b inclusive, '< b' strict, decimal commas kept by the translator); the legend gives '+' = above (high); creatinine computed normal; 'Blood sugar fasting' is glucose and GPT is ALT; the bracketed original legend is not a row.")

case('US', 'en', 'form', 'obstetric prenatal visit note (EHR progress note) quoting the initial OB labs inline: abbreviations, an (L), infectious serologies answered in words without expected text, blood type and culture lines', r'''
    OB PRENATAL VISIT - 03/05/2025 - 10w2d by LMP c/w 7w US - G2P1001
    S: Mild nausea, improving on B6/doxylamine. No bleeding or cramping.
    Initial OB labs (02/26/25) reviewed with pt:
      Blood type O Pos, antibody screen negative.
      Hgb 11.4 (L), Hct 34.1, Plt 226. TSH 1.62.
      HBsAg nonreactive. HIV 1/2 Ag/Ab nonreactive. RPR nonreactive.
      Urine culture: no growth.
    A/P: IUP 10w2d. Mild anemia - start ferrous sulfate 325 mg every other day. NIPT drawn today. RTC 4 wks.
''', [
    R('hemoglobin', '11.4', None, '', 'low'),
    R('hematocrit', '34.1', None, ''),
    R('platelet-count', '226', None, ''),
    R('thyroid-stimulating-hormone', '1.62', None, ''),
    R('hepatitis-b-surface-antigen', None, None, '', 'null', vt='nonreactive'),
    R('hiv-1-antibody', None, None, '', 'null', vt='nonreactive'),
    R('venereal-disease-research-laboratory', None, None, '', 'null', vt='nonreactive'),
], "range=none: a progress note without units or ranges; (L) keyed low, other flags null; the serology answers are printed without an expected text, so they are keyed with range none and flag null (decision: a flag is either printed or computed from a printed range); RPR is venereal-disease-research-laboratory (alias RPR); blood type, antibody screen and urine culture are not catalog rows (left out), NIPT is only drawn.")

case('UK', 'en', 'form', 'NHS community mental-health clozapine clinic monitoring note quoting results inline: FBC with ranges in brackets, clozapine and norclozapine levels (not in the catalog) with a target range, metabolic bloods in SI with words', r'''
    CLOZAPINE CLINIC - Monitoring review - 10/03/2025 - Oxleas NHS FT, Bexley CMHT
    38M, treatment-resistant schizophrenia, clozapine 400 mg nocte (week 61), CPMS status: GREEN.
    Bloods 07/03: WBC 6.4 x10^9/L (4.0-11.0), neutrophils 3.1 x10^9/L (2.0-7.5).
    Clozapine level 0.51 mg/L (target 0.35-0.60); norclozapine 0.25 mg/L.
    Fasting glucose 6.4 mmol/L (3.9-6.0) - raised; HbA1c 41 mmol/mol; triglycerides 2.6 mmol/L (<1.7).
    Plan: continue clozapine, 4-weekly FBC. Refer to physical health clinic re: impaired fasting glucose and lipids.
''', [
    R('white-blood-cell-count', '6.4', 'x10^9/L', '4.0..11.0'),
    R('neutrophils-absolute', '3.1', 'x10^9/L', '2.0..7.5'),
    R('?Clozapine level', '0.51', 'mg/L', '0.35..0.60'),
    R('?norclozapine', '0.25', 'mg/L', ''),
    R('glucose', '6.4', 'mmol/L', '3.9..6.0', 'high'),
    R('hemoglobin-a1c', '41', 'mmol/mol', ''),
    R('triglycerides', '2.6', 'mmol/L', '..<1.7'),
], "range=the bracketed range after each value (a-b inclusive, '<b' strict); 'raised' keyed high for glucose, the others computed (triglycerides high); the neutrophil count in x10^9/L is the absolute count (neutrophils-absolute); clozapine and norclozapine levels have no catalog key (? rows; the clozapine 'target' is the only range printed for it); HbA1c in mmol/mol without range: no normalizedValue, flag null; CPMS GREEN and doses are not rows.")

case('IN', 'en', 'form', 'Practo health-records app copy of an uploaded Metropolis report: one card per test with the value, unit and a status word on one line and "Normal:" range on the next, cells per cumm and total T3/T4', r'''
    Practo · Health Records · "Thyroid Profile & CBC" · Metropolis Healthcare · 02 Mar 2025
    Haemoglobin
    11.2 g/dL · Low
    Normal: 12.0 - 15.0 g/dL
    Total Leukocyte Count
    8400 /cumm · Normal
    Normal: 4000 - 10000 /cumm
    Platelet Count
    162 x10^3/uL · Normal
    Normal: 150 - 410 x10^3/uL
    T3, Total
    98 ng/dL · Normal
    Normal: 80 - 200 ng/dL
    T4, Total
    6.2 ug/dL · Normal
    Normal: 5.1 - 14.1 ug/dL
    TSH
    7.84 uIU/mL · High
    Normal: 0.27 - 4.20 uIU/mL
    Share with doctor · Download PDF
''', [
    R('hemoglobin', '11.2', 'g/dL', '12.0..15.0', 'low'),
    R('white-blood-cell-count', '8400', '/cumm', '4000..10000', 'normal'),
    R('platelet-count', '162', 'x10^3/uL', '150..410', 'normal'),
    R('total-t3', '98', 'ng/dL', '80..200', 'normal'),
    R('total-t4', '6.2', 'ug/dL', '5.1..14.1', 'normal'),
    R('thyroid-stimulating-hormone', '7.84', 'uIU/mL', '0.27..4.20', 'high'),
], "range=the 'Normal:' line under each card (a - b inclusive); status words Low / Normal / High keyed as printed; '/cumm' is per mm³ (÷1000 → 10*3/uL: 8400 → 8.4); uIU/mL = m[IU]/L; the app's buttons are not rows.")

case('US', 'en', 'form', 'lab results spreadsheet converted to CSV with xlsx2csv: binary floating-point artefacts in some cells ("4.1000000000000005", "9.299999999999999"), ".0" on whole numbers, separate RefLow/RefHigh columns, a Flag column', r'''
    results_export_2025-03.csv (converted with xlsx2csv)
    Analyte,Value,Units,RefLow,RefHigh,Flag
    Sodium,139.0,mmol/L,135.0,145.0,
    Potassium,4.1000000000000005,mmol/L,3.5,5.1,
    Glucose,104.0,mg/dL,70.0,99.0,H
    Calcium,9.299999999999999,mg/dL,8.6,10.3,
    Albumin,4.3,g/dL,3.6,5.1,
    ALT,52.0,U/L,0.0,44.0,H
''', [
    R('sodium', '139', 'mmol/L', '135.0..145.0'),
    R('potassium', '4.1', 'mmol/L', '3.5..5.1'),
    R('glucose', '104', 'mg/dL', '70.0..99.0', 'high'),
    R('calcium', '9.3', 'mg/dL', '8.6..10.3'),
    R('albumin', '4.3', 'g/dL', '3.6..5.1'),
    R('alanine-aminotransferase', '52', 'U/L', '0.0..44.0', 'high'),
], "range=RefLow and RefHigh fields (inclusive bounds, as the bound fields of sets 22 and 25); H keyed high, empty flags computed normal; floating-point artefacts are read as the number they stand for (4.1000000000000005 = 4.1, 9.299999999999999 = 9.3, decision) and '.0' whole numbers as integers; normalizedValue at 3 significant figures.")

case('BR', 'pt', 'form', 'Brazilian ICU daily progress note (evolução médica) in Portuguese quoting today\'s labs inline as a slash-separated list: abbreviations, decimal commas, a dot thousands separator in the white count, CRP in mg/dL, no ranges', r'''
    EVOLUÇÃO MÉDICA — UTI Adulto — Hospital Santa Marcelina (São Paulo) — 08/03/2025 07:30
    Paciente 67a, D3 de internação por sepse de foco urinário, em uso de ceftriaxona 2 g/dia (D3).
    Exames de hoje: Hb 9,8 / Leuco 14.300 / Plaq 98.000 / Cr 2,1 / Ur 88 / K 5,6 / PCR 18,4 mg/dL / Lactato 2,9 mmol/L
    Hemocultura parcial: bacilo Gram-negativo em 2/2 amostras.
    Conduta: manter antibiótico, reavaliar função renal, restrição de potássio, controle de lactato em 6 h.
''', [
    R('hemoglobin', '9.8', None, ''),
    R('white-blood-cell-count', '14300', None, ''),
    R('platelet-count', '98000', None, ''),
    R('creatinine', '2.1', None, ''),
    R('urea', '88', None, ''),
    R('potassium', '5.6', None, ''),
    R('c-reactive-protein', '18.4', 'mg/dL', ''),
    R('lactate', '2.9', 'mmol/L', ''),
], "range=none: a progress note with no ranges, flags null; only PCR (mg/dL → mg/L ×10 = 184) and lactate print units, so only they get a normalizedValue; '14.300' and '98.000' use a dot thousands separator (decimal commas elsewhere: 9,8, 2,1); Brazilian 'Ur' is ureia (the catalog's urea), not BUN; the blood culture and antibiotic day are not rows.")

case('NL', 'nl', 'form', 'Dutch hospital patient portal (MijnRadboud, Epic MyChart in Dutch) "Uitslagen" copy: Onderdeel / Uw waarde / Standaardbereik with "(L)" or "(H)" inside the value cell, Hb in mmol/L, 10^9/L counts, decimal commas', r'''
    MijnRadboud · Uitslagen · BLOEDBEELD KLEIN + FERRITINE (Afgenomen: 05-03-2025 08:32)
    Onderdeel                Uw waarde            Standaardbereik
    Hemoglobine              7,1 mmol/L (L)       8,5 - 11,0 mmol/L
    MCV                      76 fL (L)            80 - 100 fL
    Leukocyten               6,2 10^9/L           4,0 - 10,0 10^9/L
    Trombocyten              412 10^9/L (H)       150 - 400 10^9/L
    Ferritine                7 µg/L (L)           20 - 300 µg/L
    CRP                      <1 mg/L              < 10 mg/L
    Deze uitslagen zijn besproken met uw arts. Heeft u vragen? Stuur een bericht via MijnRadboud.
''', [
    R('hemoglobin', '7.1', 'mmol/L', '8.5..11.0', 'low'),
    R('mean-corpuscular-volume', '76', 'fL', '80..100', 'low'),
    R('white-blood-cell-count', '6.2', '10^9/L', '4.0..10.0'),
    R('platelet-count', '412', '10^9/L', '150..400', 'high'),
    R('ferritin', '7', 'µg/L', '20..300', 'low'),
    R('c-reactive-protein', '1', 'mg/L', '..<10', vt='<1'),
], "range=the Standaardbereik column with the unit repeated (a - b inclusive, '< b' strict, decimal commas); (L)/(H) inside the value cell keyed as printed, the rest computed normal (the censored CRP '<1' lies wholly inside '< 10'); Hb mmol/L × 16114.5 g/mol → g/dL (7.1 → 11.4, sets 21/23); µg/L = ng/mL; 10^9/L = 10*3/uL.")

case('US', 'en', 'form', 'radiology report (CT abdomen/pelvis with contrast) pasted into a patient portal message: measurements in cm and mm, Hounsfield units, contrast volume and dose — numbers but no laboratory result', r'''
    CT ABDOMEN AND PELVIS WITH IV CONTRAST — 03/06/2025 — Accession CT-25-0098812
    CLINICAL INDICATION: RLQ pain, elevated WBC.
    TECHNIQUE: Axial images from the lung bases to the pubic symphysis after 100 mL Omnipaque 350 IV.
    DLP 612 mGy-cm. CTDIvol 9.8 mGy.
    FINDINGS: Appendix is dilated to 11 mm with periappendiceal fat stranding; appendicolith 6 mm.
    No free air. No abscess. Liver 16.2 cm craniocaudal, homogeneous; 8 mm hypodensity segment 6 (12 HU), likely cyst.
    Kidneys: no hydronephrosis. 3 mm nonobstructing left lower pole stone. Bladder unremarkable.
    IMPRESSION: 1. Acute uncomplicated appendicitis. 2. Incidental 8 mm hepatic cyst; no follow-up needed.
    Electronically signed: L. Moreau, MD (Radiology) 03/06/2025 16:41
''', [], "range=none: a radiology report with sizes, Hounsfield units and dose values; no laboratory result.")

case('UK', 'en', 'form', 'histopathology report (prostate biopsy) from a hospital cellular-pathology department: core counts, tumour lengths in mm, Gleason and Grade Group, percentages of pattern 4 — numbers but no catalog laboratory result', r'''
    CELLULAR PATHOLOGY REPORT — Leeds Teaching Hospitals NHS Trust — Lab No: H25-11872
    Specimen: Transperineal prostate biopsies (24 cores, 8 sites)   Received: 03/03/2025   Reported: 07/03/2025
    Clinical: PSA density 0.18, PI-RADS 4 lesion left peripheral zone.
    MICROSCOPY: Acinar adenocarcinoma in 5 of 24 cores (left posterior x3, left anterior x2).
    Maximum tumour length 7 mm (left posterior core 2); total tumour length 18 mm.
    Gleason score 3+4=7 (Grade Group 2); pattern 4 approximately 20%. No cribriform pattern. No perineural invasion.
    Right-sided cores (12): benign prostatic tissue.
    SNOMED: T77100 M81403. Reported by: Dr H. Achterberg, Consultant Histopathologist.
''', [], "range=none: a histopathology report (core counts, lengths, Gleason score, percentages, SNOMED codes); the PSA density in the clinical line is a derived ratio, not a reported laboratory result; no result.")
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
