#!/usr/bin/env python3
"""review44 blind test set generator (keyed set 29, ids S001..S080).

Machinery (unit algebra, flags, tie refusal, TSV writing) reused from set 28's generator; all of set 28's snippets
were deleted and every snippet here is new.
Holds every snippet and its keyed rows, converts units with the catalog
(ucumUnit + molarMass from CATALOG_PATH below), computes flags from
ranges when no flag is printed, refuses to write if a printed flag contradicts
its range, and writes keyed.tsv.
"""
import csv, math, os, re, sys, textwrap
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
# While written in /work/notes/review44 this points at the repository's catalog by an absolute path; once the set is
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
       ('МЕ/', 'IU/'),  # set 29: Kyrgyz/Russian МЕ/мл = IU/mL (after мкМЕ and мМЕ)
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
    # set 29: superscripts flattened by a PDF copy (x10⁹/L -> x109/L, x10¹²/L -> x1012/L)
    'x109/l': ('c3', 1), '×109/l': ('c3', 1), 'x1012/l': ('c3', 1e3), '×1012/l': ('c3', 1e3),
    # set 29: units spelled out in words (accessible large-print letter, voicemail transcription)
    'millimolesperlitre': ('mol', 1e-3), 'micromolesperlitre': ('mol', 1e-6), 'gramsperlitre': ('mass', 1),
    'millimolespermole': ('ifcc', 1), 'percent': ('pct', 1),
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
# ---- family hormone: TRT / HRT / menopause / GLP-1 / longevity clinic monitoring (sources sets 21-28 did not use)
case('US', 'en', 'hormone', 'Defy Medical-style telehealth TRT "Patient Lab Review" PDF-as-text: a clinic header with the protocol, a TEST / RESULT / FLAG / REFERENCE / UNITS table of the Labcorp trough draw, provider notes interleaved between rows, a thousands comma in testosterone and a censored LH', r'''
    DEFY MEDICAL · Patient Lab Review
    Patient: R. Okafor   DOB: 07/1979   Protocol: Testosterone cypionate 140 mg/wk (split 2x)
    Draw: Labcorp PSC, 04/08/2025 07:42 (trough, 72 h after injection)   Reviewed: 04/10/2025
    ------------------------------------------------------------------------------------------
    TEST                              RESULT      FLAG    REFERENCE        UNITS
    Testosterone, Total, LC/MS        1,046       High    264 - 916        ng/dL
    Free Testosterone (Direct)        31.2        High    8.7 - 25.1       pg/mL
    Estradiol, Sensitive              48.3        High    8.0 - 35.0       pg/mL
      Provider note: E2 elevated with symptoms (water retention). Reduce dose before adding an AI.
    Sex Horm Binding Glob, Serum      22.9                16.5 - 55.9      nmol/L
    Hematocrit                        52.9        High    37.5 - 51.0      %
    Hemoglobin                        17.6                13.0 - 17.7      g/dL
    Prostate Specific Ag              1.1                 0.0 - 4.0        ng/mL
    LH                                <0.3        Low     1.7 - 8.6        mIU/mL
      Provider note: LH suppressed as expected on TRT (no hCG).
    Prolactin                         9.8                 4.0 - 15.2       ng/mL
    ------------------------------------------------------------------------------------------
    Plan: reduce to 120 mg/wk; therapeutic phlebotomy referral if Hct remains > 54 %; repeat labs in 6 weeks.
    Page 1 of 1 · This summary is generated from your Labcorp results and is not a substitute for the lab report.
''', [
    R('testosterone', '1046', 'ng/dL', '264..916', 'high'),
    R('testosterone-free', '31.2', 'pg/mL', '8.7..25.1', 'high'),
    R('estradiol', '48.3', 'pg/mL', '8.0..35.0', 'high'),
    R('shbg', '22.9', 'nmol/L', '16.5..55.9'),
    R('hematocrit', '52.9', '%', '37.5..51.0', 'high'),
    R('hemoglobin', '17.6', 'g/dL', '13.0..17.7'),
    R('prostate-specific-antigen', '1.1', 'ng/mL', '0.0..4.0'),
    R('luteinizing-hormone', '0.3', 'mIU/mL', '1.7..8.6', 'low', vt='<0.3'),
    R('prolactin', '9.8', 'ng/mL', '4.0..15.2'),
], "range=the REFERENCE column (a - b, inclusive); flags from the FLAG column (High / Low), the empty cells computed (normal); the provider notes between rows and the plan's 'Hct > 54 %' threshold are not rows or ranges; testosterone '1,046' carries a thousands comma (1050 at 3 significant figures); LH '<0.3' lies wholly below 1.7 and is printed Low, normalized on its bound.")

case('US', 'en', 'hormone', 'Gameday Men\'s Health franchise follow-up e-mail: bullet lines "Name: value unit (ref a–b)" with an emoji status, a legend "✅ = in range, ⚠️ = out of range (we tell you which way)" and a direction word after each ⚠️', r'''
    From: Gameday Men's Health – Scottsdale <care@gamedaymenshealth.example>
    Subject: Your 6-week follow-up labs are in ✅

    Hey Marcus,

    Your bloodwork from Tuesday (drawn in-clinic, run by our partner lab) is back. Quick legend: ✅ = in range, ⚠️ = out of range (we tell you which way).

    • Total Testosterone: 612 ng/dL (ref 300–1000) ✅
    • Free Testosterone: 141 pg/mL (ref 46.0–224.0) ✅
    • Estradiol (sensitive): 41 pg/mL (ref ≤39) ⚠️ high
    • Hematocrit: 50.8% (ref 38.5–50.0) ⚠️ high
    • PSA: 0.9 ng/mL (ref ≤4.0) ✅
    • Hemoglobin A1c: 5.3% (ref <5.7) ✅
    • ALT: 38 U/L (ref 9–46) ✅

    Coach's note: stay hydrated before your next draw, and donate blood if your provider recommends it. Next injection: Friday, 0.5 mL.

    – The Gameday Team
''', [
    R('testosterone', '612', 'ng/dL', '300..1000', 'normal'),
    R('testosterone-free', '141', 'pg/mL', '46.0..224.0', 'normal'),
    R('estradiol', '41', 'pg/mL', '..39', 'high'),
    R('hematocrit', '50.8', '%', '38.5..50.0', 'high'),
    R('prostate-specific-antigen', '0.9', 'ng/mL', '..4.0', 'normal'),
    R('hemoglobin-a1c', '5.3', '%', '..<5.7', 'normal'),
    R('alanine-aminotransferase', '38', 'U/L', '9..46', 'normal'),
], "range=the '(ref …)' bracket: en-dash ranges and '≤b' inclusive, '<b' strict; flags from the emoji legend (✅ in range = normal; ⚠️ plus the printed direction word = high). The dose line (0.5 mL) is not a row.")

case('US', 'en', 'hormone', 'Midi Health-style menopause telehealth visit summary: "Labs reviewed today" dash list "Name: value unit (reference)" with a "postmenopausal reference" label on FSH and estradiol, "— low/high" words after three results, a censored estradiol, and the HRT plan', r'''
    Midi Health · Visit Summary
    Virtual visit with Jenna Ruiz, NP (Menopause & Midlife Care) — March 31, 2025
    Reason for visit: hot flashes, poor sleep, periods stopped 14 months ago

    Labs reviewed today (Quest, collected 03/28/2025):
    - FSH: 58.2 mIU/mL (postmenopausal reference 23.0–116.3)
    - Estradiol: <15 pg/mL (postmenopausal reference ≤31)
    - TSH: 2.84 mIU/L (0.40–4.50)
    - Ferritin: 19 ng/mL (16–232)
    - Vitamin D, 25-OH: 24 ng/mL (30–100) — low
    - LDL cholesterol: 162 mg/dL (<100) — high
    - Hemoglobin A1c: 5.8 % (<5.7) — high, prediabetes range
    - Testosterone, total: 14 ng/dL (2–45)

    Plan:
    1. Start estradiol 0.05 mg/day patch, change twice weekly; micronized progesterone 100 mg nightly.
    2. Vitamin D3 2,000 IU daily.
    3. Repeat lipids and A1c in 3 months.
''', [
    R('follicle-stimulating-hormone', '58.2', 'mIU/mL', '23.0..116.3'),
    R('estradiol', '15', 'pg/mL', '..31', vt='<15'),
    R('thyroid-stimulating-hormone', '2.84', 'mIU/L', '0.40..4.50'),
    R('ferritin', '19', 'ng/mL', '16..232'),
    R('vitamin-d', '24', 'ng/mL', '30..100', 'low'),
    R('ldl-cholesterol', '162', 'mg/dL', '..<100', 'high'),
    R('hemoglobin-a1c', '5.8', '%', '..<5.7', 'high'),
    R('testosterone', '14', 'ng/dL', '2..45'),
], "range=the bracket after each value, the 'postmenopausal reference' label dropped (one printed range, no phase table); '≤31' inclusive, '<b' strict; flags from the words '— low' / '— high', the rest computed; estradiol '<15' lies wholly inside ≤31 (normal, normalized on its bound); the doses in the plan are not rows.")

case('AU', 'en', 'hormone', 'Juniper (Eucalyptus, Australia) GLP-1 weight program: the clinician\'s in-app message quoting the pre-treatment pathology (Mater Pathology) as aligned columns "name  value unit  (range)  H" in SI units, a censored eGFR, and the approval text', r'''
    Juniper · Messages
    Dr Amelia Hart (Juniper clinician) · 16 Feb 2025, 9:12 am

    Hi Sarah, thanks for uploading your pre-treatment blood test (Mater Pathology, collected 14/02/2025). Here is what I looked at before approving your weight program:

    HbA1c                6.2 %           (< 6.0)         H
    Glucose (fasting)    5.8 mmol/L      (3.0 - 5.4)     H
    Creatinine           71 umol/L       (45 - 90)
    eGFR                 >90 mL/min/1.73m2   (> 59)
    ALT                  41 U/L          (5 - 30)        H
    GGT                  22 U/L          (5 - 35)
    TSH                  1.6 mIU/L       (0.40 - 4.00)
    Triglycerides        2.1 mmol/L      (< 2.0)         H

    Your results show prediabetes and a mildly raised liver enzyme, which are common and are exactly what the program aims to improve. You're approved to start at 0.25 mg weekly. We'll repeat these bloods at 3 months.
''', [
    R('hemoglobin-a1c', '6.2', '%', '..<6.0', 'high'),
    R('glucose', '5.8', 'mmol/L', '3.0..5.4', 'high'),
    R('creatinine', '71', 'umol/L', '45..90'),
    R('egfr', '90', 'mL/min/1.73m2', '>59..', vt='>90'),
    R('alanine-aminotransferase', '41', 'U/L', '5..30', 'high'),
    R('gamma-glutamyl-transferase', '22', 'U/L', '5..35'),
    R('thyroid-stimulating-hormone', '1.6', 'mIU/L', '0.40..4.00'),
    R('triglycerides', '2.1', 'mmol/L', '..<2.0', 'high'),
], "range=the bracket after the unit ('< b' strict, '> a' strict, 'a - b' inclusive); H printed after the bracket, the others computed; glucose 5.8 mmol/L ×18.0156 = 104 mg/dL, creatinine 71 umol/L → 0.803 mg/dL, triglycerides 2.1 mmol/L ×88.57 = 186 mg/dL; eGFR '>90' lies wholly above 59 (normal, normalized on its bound). The 0.25 mg dose is not a row.")

case('UK', 'en', 'hormone', 'Centre for Men\'s Health (London) TRT monitoring e-mail in SI units: one line per marker "Name — value unit — Status (range)" with Normal / Above range words, calculated free testosterone in nmol/L, oestradiol in pmol/L, haematocrit in L/L, PSA in ug/L, prolactin in mIU/L', r'''
    Centre for Men's Health · Harley Street, London
    Your 3-month monitoring results (sample taken 11/03/2025 at 08:05, 24 h after your Testogel dose)

    Testosterone — 28.4 nmol/L — Normal (8.6–29.0)
    Free testosterone (calculated) — 0.712 nmol/L — Above range (0.198–0.619)
    SHBG — 21 nmol/L — Normal (18.3–54.1)
    Oestradiol — 162 pmol/L — Above range (41.4–159)
    Haematocrit — 0.51 L/L — Above range (0.40–0.50)
    Haemoglobin — 168 g/L — Normal (130–170)
    PSA — 0.62 ug/L — Normal (0–3.0)
    Prolactin — 182 mIU/L — Normal (86–324)

    Dr Wylie's comment: levels are at the top of the range and your haematocrit is slightly raised. Please reduce to 3 pumps daily and book a repeat in 8 weeks. Drink plenty of water before the test.
''', [
    R('testosterone', '28.4', 'nmol/L', '8.6..29.0', 'normal'),
    R('testosterone-free', '0.712', 'nmol/L', '0.198..0.619', 'high'),
    R('shbg', '21', 'nmol/L', '18.3..54.1', 'normal'),
    R('estradiol', '162', 'pmol/L', '41.4..159', 'high'),
    R('hematocrit', '0.51', 'L/L', '0.40..0.50', 'high'),
    R('hemoglobin', '168', 'g/L', '130..170', 'normal'),
    R('prostate-specific-antigen', '0.62', 'ug/L', '0..3.0', 'normal'),
    R('prolactin', '182', 'mIU/L', '86..324', 'normal'),
], "range=the bracket after the status word (en dash, inclusive); flags from the printed words Normal / Above range; testosterone 28.4 nmol/L → 819 ng/dL, free testosterone 0.712 nmol/L → 205 pg/mL and oestradiol 162 pmol/L → 44.1 pg/mL with the catalog molar masses, haematocrit 0.51 L/L → 51 %, Hb 168 g/L → 16.8 g/dL, PSA ug/L = ng/mL; prolactin in mIU/L is not normalized (IU against a mass catalog unit, as sets 22-28).")

case('US', 'en', 'hormone', 'male reproductive health clinic progress note on enclomiphene: a "Labs" block with dotted leaders, bracketed ranges and one (H), a semen-analysis line that is not a blood result, and the assessment/plan', r'''
    Progress Note — Male Reproductive Health Clinic
    Pt: 34 y/o M, secondary hypogonadism, trying to conceive; on enclomiphene 12.5 mg daily x 8 weeks (stopped TRT 4 months ago).

    Labs 05/02/2025 (Quest):
      LH ................. 9.8 mIU/mL    [1.7-8.6]    (H)
      FSH ................ 11.2 mIU/mL   [1.5-12.4]
      Testosterone, Total  702 ng/dL     [264-916]
      Estradiol .......... 38.1 pg/mL    [7.6-42.6]
      Hematocrit ......... 46.1 %        [37.5-51.0]
    Semen analysis 04/28: volume 2.8 mL, concentration 18 million/mL, total motility 46 % (reported separately by andrology).

    A/P: good gonadotropin response; continue enclomiphene, recheck labs and semen analysis in 3 months.
''', [
    R('luteinizing-hormone', '9.8', 'mIU/mL', '1.7..8.6', 'high'),
    R('follicle-stimulating-hormone', '11.2', 'mIU/mL', '1.5..12.4'),
    R('testosterone', '702', 'ng/dL', '264..916'),
    R('estradiol', '38.1', 'pg/mL', '7.6..42.6'),
    R('hematocrit', '46.1', '%', '37.5..51.0'),
], "range=the square brackets (inclusive); (H) printed on LH, the others computed normal; the semen analysis line (volume, concentration, motility) is an andrology result with no catalog key and is not keyed, nor are the doses.")

case('SV', 'es', 'hormone', 'Hospital de Diagnóstico (San Salvador, El Salvador) menopause-clinic hormone profile in Spanish: Prueba / Resultado / Unidades / Valores de referencia (posmenopausia) / Interpretación with ALTO/BAJO words, decimal commas, "Hasta b" bounds, µUI/mL TSH', r'''
    HOSPITAL DE DIAGNÓSTICO · Laboratorio Clínico · San Salvador, El Salvador
    Clínica de Climaterio y Menopausia — Perfil hormonal
    Paciente: Rosa Amelia Quintanilla   Edad: 54 años   Sexo: Femenino   Fecha: 21/03/2025
    Médico: Dra. L. Portillo (Ginecología)

    Prueba               Resultado   Unidades   Valores de referencia (posmenopausia)   Interpretación
    FSH                  72,4        mUI/mL     25,8 - 134,8
    LH                   38,1        mUI/mL     7,7 - 58,5
    Estradiol            18,3        pg/mL      Hasta 54,7
    Progesterona         0,18        ng/mL      Hasta 0,73
    TSH                  5,62        µUI/mL     0,35 - 4,94                             ALTO
    Prolactina           11,4        ng/mL      4,79 - 23,3
    Vitamina D (25-OH)   22,6        ng/mL      30 - 100                                BAJO

    Validado por: Lic. M. Hernández, Químico Biólogo
''', [
    R('follicle-stimulating-hormone', '72.4', 'mUI/mL', '25.8..134.8'),
    R('luteinizing-hormone', '38.1', 'mUI/mL', '7.7..58.5'),
    R('estradiol', '18.3', 'pg/mL', '..54.7'),
    R('progesterone', '0.18', 'ng/mL', '..0.73'),
    R('thyroid-stimulating-hormone', '5.62', 'µUI/mL', '0.35..4.94', 'high'),
    R('prolactin', '11.4', 'ng/mL', '4.79..23.3'),
    R('vitamin-d', '22.6', 'ng/mL', '30..100', 'low'),
], "range=the 'Valores de referencia (posmenopausia)' column, decimal commas read as points, 'Hasta b' inclusive upper bound (set 22); ALTO/BAJO in the Interpretación column keyed high/low, the empty cells computed; mUI/mL = m[IU]/mL, µUI/mL = m[IU]/L for TSH.")

case('UK', 'en', 'hormone', 'NHS steroid and image-enhancing drug (IPED) harm-reduction clinic results table for a service user on an anabolic steroid cycle: Test / Result / Units / Reference / Flag in SI units, haematocrit in L/L, suppressed LH/FSH censored, creatine kinase with a thousands comma, worker notes', r'''
    Steroid & Image-Enhancing Drug (IPED) Harm Reduction Clinic — results for service user
    Service user ID: IPED-2291   Age: 31   Sample: 18/02/2025 (on cycle: reported testosterone enanthate + oral)
    Blood results (Aneurin Bevan UHB laboratory)

    Test                 Result     Units      Reference       Flag
    Haematocrit          0.54       L/L        0.40 - 0.52     H
    Haemoglobin          181        g/L        130 - 180       H
    HDL cholesterol      0.48       mmol/L     > 1.0           L
    LDL cholesterol      4.6        mmol/L     < 3.0           H
    ALT                  88         U/L        0 - 41          H
    Creatine kinase      1,240      U/L        40 - 320        H
    Creatinine           124        umol/L     59 - 104        H
    LH                   <0.1       IU/L       1.7 - 8.6       L
    FSH                  <0.1       IU/L       1.5 - 12.4      L
    Oestradiol           298        pmol/L     0 - 159         H

    Worker notes: CK likely raised by training 2 days before the sample; creatinine affected by muscle mass and creatine use.
    Advised blood donation, BP check with GP, and a PCT plan discussed. Next check in 12 weeks.
''', [
    R('hematocrit', '0.54', 'L/L', '0.40..0.52', 'high'),
    R('hemoglobin', '181', 'g/L', '130..180', 'high'),
    R('hdl-cholesterol', '0.48', 'mmol/L', '>1.0..', 'low'),
    R('ldl-cholesterol', '4.6', 'mmol/L', '..<3.0', 'high'),
    R('alanine-aminotransferase', '88', 'U/L', '0..41', 'high'),
    R('creatine-kinase', '1240', 'U/L', '40..320', 'high'),
    R('creatinine', '124', 'umol/L', '59..104', 'high'),
    R('luteinizing-hormone', '0.1', 'IU/L', '1.7..8.6', 'low', vt='<0.1'),
    R('follicle-stimulating-hormone', '0.1', 'IU/L', '1.5..12.4', 'low', vt='<0.1'),
    R('estradiol', '298', 'pmol/L', '0..159', 'high'),
], "range=the Reference column ('a - b' inclusive, '> a' / '< b' strict); flags from the Flag column; haematocrit 0.54 L/L → 54 %, Hb 181 g/L → 18.1 g/dL, HDL 0.48 and LDL 4.6 mmol/L ×386.65/10 → 18.6 and 178 mg/dL, creatinine 124 umol/L → 1.4 mg/dL, oestradiol 298 pmol/L → 81.2 pg/mL; LH and FSH '<0.1' lie wholly below their ranges (printed L), normalized on their bound; IU/L = m[IU]/mL.")

case('AU', 'en', 'hormone', 'Australian Menopause Centre telehealth "Pathology Summary" for a woman on HRT: Result / Previous / Reference interval columns, H after the current value, "Post-menopausal" labels inside the interval, SI units; the Previous column is not keyed', r'''
    Australian Menopause Centre — Pathology Summary for your doctor consultation
    Patient: Ms K. Bennett   DOB 02/09/1972   Treatment: oestradiol gel 2 pumps + progesterone 100 mg, testosterone cream 0.5 mL
    Pathology: NSW Health Pathology, collected 06/03/2025 (previous: 14/10/2024)

    Test                    Result 06/03/25    Previous 14/10/24    Reference interval
    FSH                     64 IU/L            71 IU/L              Post-menopausal 25 - 135
    Oestradiol              290 pmol/L  H      96 pmol/L            Post-menopausal < 110
    Testosterone            1.9 nmol/L  H      0.6 nmol/L           0.2 - 1.7
    SHBG                    78 nmol/L          84 nmol/L            30 - 110
    Cholesterol, total      6.4 mmol/L  H      6.1 mmol/L           < 5.5
    TSH                     2.3 mIU/L          2.1 mIU/L            0.50 - 4.00
    Ferritin                41 ug/L            38 ug/L              30 - 200

    Doctor's note: oestradiol on therapy is expected to sit above the post-menopausal interval; symptoms settled. Testosterone slightly high — reduce cream to 0.4 mL.
''', [
    R('follicle-stimulating-hormone', '64', 'IU/L', '25..135'),
    R('estradiol', '290', 'pmol/L', '..<110', 'high'),
    R('testosterone', '1.9', 'nmol/L', '0.2..1.7', 'high'),
    R('shbg', '78', 'nmol/L', '30..110'),
    R('total-cholesterol', '6.4', 'mmol/L', '..<5.5', 'high'),
    R('thyroid-stimulating-hormone', '2.3', 'mIU/L', '0.50..4.00'),
    R('ferritin', '41', 'ug/L', '30..200'),
], "range=the Reference interval column with the 'Post-menopausal' label dropped ('< b' strict); H after the current value, the others computed; only the current column (06/03/25) is keyed, never 'Previous'; oestradiol 290 pmol/L → 79 pg/mL, testosterone 1.9 nmol/L → 54.8 ng/dL, cholesterol 6.4 mmol/L → 247 mg/dL; the note that oestradiol is expected to be high on therapy does not change the printed H.")

case('US', 'en', 'hormone', 'Henry Meds-style compounded-semaglutide telehealth app "Lab results" tiles before a dose increase: name line, "value unit · Above range / In range" line, "Range …" line, safety labs (lipase, amylase, A1c, glucose, eGFR, TSH)', r'''
    Henry Meds app › Health › Lab results
    Safety labs before dose increase to 1.0 mg (semaglutide, compounded)
    Collected Feb 27, 2025 · Labcorp · Reviewed by provider

    Lipase
    72 U/L · Above range
    Range 13–60

    Amylase
    88 U/L · In range
    Range 31–110

    Hemoglobin A1c
    5.9 % · Above range
    Range 4.8–5.6

    Glucose, fasting
    97 mg/dL · In range
    Range 70–99

    eGFR
    86 mL/min/1.73m2 · In range
    Range >59

    TSH
    3.12 uIU/mL · In range
    Range 0.450–4.500

    Your provider's note: Lipase is mildly elevated without symptoms. Hold the dose increase for 4 weeks and repeat lipase. Call us right away for severe belly pain.
''', [
    R('lipase', '72', 'U/L', '13..60', 'high'),
    R('amylase', '88', 'U/L', '31..110', 'normal'),
    R('hemoglobin-a1c', '5.9', '%', '4.8..5.6', 'high'),
    R('glucose', '97', 'mg/dL', '70..99', 'normal'),
    R('egfr', '86', 'mL/min/1.73m2', '>59..', 'normal'),
    R('thyroid-stimulating-hormone', '3.12', 'uIU/mL', '0.450..4.500', 'normal'),
], "range=the 'Range …' line under each tile (en dash inclusive, '>a' strict); the status after the value (Above range / In range) is the printed flag; uIU/mL = m[IU]/L for TSH.")

case('US', 'en', 'hormone', 'longevity-clinic portal "Rapamycin protocol: safety labs" with Week 0 and Week 12 columns (oldest left), a Lab range column and a "Flag (wk 12)" column; a sirolimus trough (not in the catalog) with the lab\'s transplant range; only Week 12 is keyed', r'''
    Healthspan clinic portal — Rapamycin protocol: safety labs
    Protocol: sirolimus 6 mg once weekly (Sunday), started 12/02/2024
    Labs drawn Monday mornings, ~24 h after the weekly dose, fasting (Quest)

    Marker                 Week 0 (12/02/24)   Week 12 (02/24/25)   Lab range                  Flag (wk 12)
    Sirolimus, trough      —                   3.1 ng/mL            3.0-12.0 (transplant)
    Triglycerides          94 mg/dL            168 mg/dL            <150                       H
    LDL Cholesterol        118 mg/dL           131 mg/dL            <100                       H
    Glucose                88 mg/dL            96 mg/dL             65-99
    Insulin                5.1 uIU/mL          7.8 uIU/mL           2.0-19.6
    White Blood Cells      5.9 K/uL            4.6 K/uL             3.8-10.8
    Platelets              231 K/uL            204 K/uL             140-400
    ALT                    21 U/L              33 U/L               9-46

    Note: the transplant therapeutic range printed by the lab is not a dosing target for this protocol.
''', [
    R('?Sirolimus, trough', '3.1', 'ng/mL', '3.0..12.0'),
    R('triglycerides', '168', 'mg/dL', '..<150', 'high'),
    R('ldl-cholesterol', '131', 'mg/dL', '..<100', 'high'),
    R('glucose', '96', 'mg/dL', '65..99'),
    R('insulin', '7.8', 'uIU/mL', '2.0..19.6'),
    R('white-blood-cell-count', '4.6', 'K/uL', '3.8..10.8'),
    R('platelet-count', '204', 'K/uL', '140..400'),
    R('alanine-aminotransferase', '33', 'U/L', '9..46'),
], "range=the Lab range column ('<b' strict, 'a-b' inclusive, the '(transplant)' label dropped); only the Week 12 column is keyed (newest, rightmost, the column the Flag header names); H printed, the rest computed; sirolimus has no catalog key (? row) and keeps the lab's printed range as its range (set 28's clozapine rule); the clinic note does not replace the lab range.")

case('US', 'en', 'hormone', 'men\'s TRT clinic invoice: CPT/HCPCS codes, test and injection charges with quantities and prices, a member discount, payment line and next visit — numbers but no result', r'''
    LOW T CENTER — Southlake, TX
    INVOICE #INV-20250311-0442        Date: 03/11/2025
    Bill to: Daniel P. Moreau   Member since 2022   Plan: Monthly Optimization ($199/mo)

    Code     Description                                   Qty    Unit price    Amount
    J1071    Testosterone cypionate, 1 mg (200 mg)          200    $0.45         $90.00
    96372    Therapeutic injection, IM                       1     $25.00        $25.00
    84403    Testosterone; total (lab draw fee)              1     $35.00        $35.00
    85014    Hematocrit (in-office)                          1     $12.00        $12.00
    84153    PSA, total                                      1     $28.00        $28.00
    A4657    Syringe with needle, each                       4     $1.25         $5.00
                                                           Subtotal             $195.00
                                                           Member discount 10%  -$19.50
                                                           Total due            $175.50
    Paid: Visa ending 4417   Thank you! Next injection visit: 03/18/2025 at 4:30 pm
''', [], "range=none: an invoice naming tests (testosterone, hematocrit, PSA) only as billed services with CPT codes, quantities and prices; no result.")

case('UK', 'en', 'hormone', 'GP practice repeat-prescription list for menopause HRT: medicines with strengths, doses, quantities and last-issued dates, a review date and a note that blood tests are not routinely needed — no result', r'''
    Repeat prescription — menopause HRT (printed from the practice system)
    Patient: Mrs Helen Carraway   NHS No. 485 223 9914
    HRT review date: 30/06/2025

    Medication                                   Dose / directions                        Qty      Last issued
    Oestrogel 0.06% gel (pump)                   2 pumps (1.5 mg) daily to arms/thighs    2 x 80g  12/02/2025
    Utrogestan 100 mg capsules                   1 at night, continuous                   84       12/02/2025
    Testogel 16.2 mg/g gel (off-label)           1/4 pump daily (about 5 mg testosterone) 1 x 88g  03/01/2025
    Vagifem 10 microgram pessaries               1 twice a week                           24       20/11/2024
    Colecalciferol 800 unit capsules             1 daily                                  56       12/02/2025

    Next review: annual HRT review with the practice nurse (BP, weight, breast awareness). Blood tests are not routinely needed.
''', [], "range=none: a medication list (strengths in %, mg, mg/g, microgram and units, quantities, dates); 'testosterone' appears only as a drug amount; no result.")

# ---- family specialty: specialist monitoring (transplant, oncology, DMARD, lithium, anticoagulation, neonatal, care home, ...)
case('US', 'en', 'specialty', 'kidney transplant clinic post-transplant lab review: immunosuppression header, Component / Value / Ref Range-Target / Flag with the unit inside the range cell, a tacrolimus trough (not in the catalog) against its month-3-12 target, a BK virus PCR answer, coordinator note', r'''
    UNIVERSITY TRANSPLANT CENTER — Kidney Transplant Clinic
    Post-transplant lab review   Txp date: 09/14/2024 (DDKT)   Visit: 03/17/2025 (month 6)
    Immunosuppression: tacrolimus 3 mg BID, mycophenolate 500 mg BID, prednisone 5 mg daily
    12-h trough drawn 07:40 (last dose 19:30)

    Component                       Value          Ref Range / Target                Flag
    Tacrolimus Level, Trough        9.8            6.0-8.0 ng/mL (mo 3-12 target)    H
    Creatinine                      1.42           0.70-1.30 mg/dL                   H
    BUN                             28             7-20 mg/dL                        H
    eGFR (CKD-EPI 2021)             54             >=60 mL/min/1.73m2                L
    Potassium                       5.4            3.5-5.1 mmol/L                    H
    Magnesium                       1.5            1.7-2.2 mg/dL                     L
    Glucose                         142            70-99 mg/dL                       H
    WBC                             3.6            4.0-11.0 K/uL                     L
    Hemoglobin                      11.2           13.0-17.0 g/dL                    L
    BK Virus DNA PCR, Plasma        Not Detected   Not Detected

    Coordinator note: tacrolimus above target — reduce to 2.5 mg BID per Dr. Alvarez, repeat level in 1 week. Mg oxide 400 mg BID started.
''', [
    R('?Tacrolimus Level, Trough', '9.8', 'ng/mL', '6.0..8.0', 'high'),
    R('creatinine', '1.42', 'mg/dL', '0.70..1.30', 'high'),
    R('blood-urea-nitrogen', '28', 'mg/dL', '7..20', 'high'),
    R('egfr', '54', 'mL/min/1.73m2', '60..', 'low'),
    R('potassium', '5.4', 'mmol/L', '3.5..5.1', 'high'),
    R('magnesium', '1.5', 'mg/dL', '1.7..2.2', 'low'),
    R('glucose', '142', 'mg/dL', '70..99', 'high'),
    R('white-blood-cell-count', '3.6', 'K/uL', '4.0..11.0', 'low'),
    R('hemoglobin', '11.2', 'g/dL', '13.0..17.0', 'low'),
    R('?BK Virus DNA PCR, Plasma', None, None, 'text', 'normal', vt='Not Detected'),
], "range=the Ref Range / Target column with its unit read off ('>=a' inclusive); the tacrolimus target is the only range printed for a drug level with no catalog key, so it is the ? row's range (set 28's clozapine rule); flags from the Flag column; the BK virus answer equals its printed expected text (normal); doses are not rows.")

case('UK', 'en', 'specialty', 'heart-transplant outpatient pharmacist review (Royal Brompton & Harefield): a "Bloods today / Result / Range" list with ↑/↓ after the unit, a ciclosporin C0 level with its target, a previous creatinine mentioned in the plan', r'''
    Royal Brompton & Harefield — Transplant Outpatients
    Pharmacist review: ciclosporin monitoring   Patient: Mr A. Dhillon (heart transplant 2019)   Clinic 04/03/2025
    Current: ciclosporin (Neoral) 125 mg BD, mycophenolate 1 g BD, prednisolone 5 mg OD. C0 level taken 12 h post dose.

    Bloods today                      Result          Range
    Ciclosporin (C0, trough)          142 ug/L        100 - 150 (target, >5 y post-Tx)
    Creatinine                        132 umol/L ↑    64 - 104
    Urea                              9.8 mmol/L ↑    2.5 - 7.8
    Potassium                         4.9 mmol/L      3.5 - 5.3
    Urate                             0.52 mmol/L ↑   0.20 - 0.43
    Magnesium                         0.68 mmol/L ↓   0.70 - 1.00
    ALT                               19 U/L          10 - 50
    Haemoglobin                       124 g/L ↓       130 - 180

    Plan: ciclosporin level within target, no dose change. Renal function stable vs last clinic (creatinine 129). Start magnesium glycerophosphate 4 mmol BD. Review in 3 months.
''', [
    R('?Ciclosporin (C0, trough)', '142', 'ug/L', '100..150'),
    R('creatinine', '132', 'umol/L', '64..104', 'high'),
    R('urea', '9.8', 'mmol/L', '2.5..7.8', 'high'),
    R('potassium', '4.9', 'mmol/L', '3.5..5.3'),
    R('uric-acid', '0.52', 'mmol/L', '0.20..0.43', 'high'),
    R('magnesium', '0.68', 'mmol/L', '0.70..1.00', 'low'),
    R('alanine-aminotransferase', '19', 'U/L', '10..50'),
    R('hemoglobin', '124', 'g/L', '130..180', 'low'),
], "range=the Range column (inclusive; the target label dropped); ↑/↓ after the unit are printed flags, the others computed; ciclosporin is a ? row with its printed target as range; creatinine 132 umol/L → 1.49 mg/dL, urea 9.8 mmol/L → 58.9 mg/dL (urea, never BUN), urate 0.52 mmol/L → 8.74 mg/dL, Mg 0.68 mmol/L → 1.65 mg/dL, Hb 124 g/L → 12.4 g/dL; the previous creatinine (129) is not a row.")

case('UK', 'en', 'specialty', 'ChemoCare pre-treatment results check on an oncology day unit (SACT): Parameter / Result / Units / Normal range / Criteria to proceed / Status, the go/no-go criteria beside the normal range, a creatinine clearance text cell, CA 125, nurse sign-off', r'''
    ChemoCare · Pre-treatment results check
    Patient: Mrs P. Trelawney   Regimen: Carboplatin AUC5 + Paclitaxel 175 mg/m2, q21d   Cycle 4 Day 1 — 25/03/2025
    Unit: Oncology Day Unit, Royal Cornwall Hospital   Bloods taken: 24/03/2025 15:10 (within 72 h)

    Parameter      Result   Units      Normal range    Criteria to proceed                       Status
    Hb             104      g/L        115 - 165       >= 90                                     L (OK)
    WBC            3.1      x10^9/L    4.0 - 11.0      —                                         L
    Neutrophils    1.4      x10^9/L    2.0 - 7.5       >= 1.0                                    L (OK)
    Platelets      162      x10^9/L    150 - 400       >= 100                                    OK
    Creatinine     68       umol/L     45 - 84         CrCl (Cockcroft-Gault) for dosing: 71 mL/min
    Bilirubin      9        umol/L     0 - 21          <= 1.5 x ULN                              OK
    ALT            24       U/L        0 - 33          <= 2.5 x ULN                              OK
    CA 125         86       U/mL       0 - 35          (tumour marker, trend)                    H

    Nurse check: criteria met — OK to proceed with cycle 4 at full dose. Checked by S. Penrose (SACT nurse) and pharmacy.
''', [
    R('hemoglobin', '104', 'g/L', '115..165', 'low'),
    R('white-blood-cell-count', '3.1', 'x10^9/L', '4.0..11.0', 'low'),
    R('neutrophils-absolute', '1.4', 'x10^9/L', '2.0..7.5', 'low'),
    R('platelet-count', '162', 'x10^9/L', '150..400'),
    R('creatinine', '68', 'umol/L', '45..84'),
    R('total-bilirubin', '9', 'umol/L', '0..21'),
    R('alanine-aminotransferase', '24', 'U/L', '0..33'),
    R('cancer-antigen-125', '86', 'U/mL', '0..35', 'high'),
], "range=the Normal range column; the 'Criteria to proceed' column is a treatment rule, not a range (set 27's treatment parameters); the Status letters L/H are flags ('OK' is the criteria verdict); the Cockcroft-Gault clearance is a derived dosing figure, not a row; Hb 104 g/L → 10.4 g/dL, creatinine 68 umol/L → 0.769 mg/dL, bilirubin 9 umol/L → 0.526 mg/dL; neutrophils in x10^9/L without a % sibling are the absolute count.")

case('UK', 'en', 'specialty', 'patient-held methotrexate shared-care monitoring booklet (rheumatology/GP) typed out: a "Normal ranges" header line carrying the units, then one row per monitoring date with columns Hb / WBC / Neut / Plt / ALT / Alb / Creat and an action note; BSR action thresholds below', r'''
    SHARED CARE MONITORING RECORD — Methotrexate (DMARD)
    Rheumatology: Dr S. Agarwal, Leicester Royal Infirmary   GP: Oadby Central Surgery
    Patient: Ms J. Kaur   Drug/dose: methotrexate 20 mg weekly (Fridays) + folic acid 5 mg weekly (Mondays)
    Monitoring: FBC, U&E, LFT every 12 weeks (stable dose)

    Normal ranges:  Hb 115-165 g/L | WBC 4.0-11.0, Neut 2.0-7.5, Plt 150-400 (x10^9/L) | ALT 0-40 U/L | Alb 35-50 g/L | Creat 45-90 umol/L

    Date        Dose    Hb    WBC   Neut   Plt   ALT   Alb   Creat   Initials / action
    14/06/24    20 mg   131   6.2   3.9    268   31    42    71      RK – continue
    06/09/24    20 mg   129   5.8   3.6    254   38    41    74      RK – continue
    29/11/24    20 mg   127   5.1   3.1    240   44    40    76      JT – ALT mildly up, repeat 4 wk
    27/12/24    20 mg   128   4.9   3.0    236   36    41    75      JT – ALT settled, continue
    21/03/25    20 mg   128   4.6   2.9    231   52    39    78      RK – ALT above range (<2x ULN), alcohol advice, repeat 2 wk

    Action thresholds (BSR): WBC <3.5, neut <1.6, plt <140, ALT/AST >100, unexplained fall in albumin <30 → withhold and discuss.
''', [
    R('hemoglobin', '128', 'g/L', '115..165'),
    R('white-blood-cell-count', '4.6', 'x10^9/L', '4.0..11.0'),
    R('neutrophils-absolute', '2.9', 'x10^9/L', '2.0..7.5'),
    R('platelet-count', '231', 'x10^9/L', '150..400'),
    R('alanine-aminotransferase', '52', 'U/L', '0..40'),
    R('albumin', '39', 'g/L', '35..50'),
    R('creatinine', '78', 'umol/L', '45..90'),
], "range=the 'Normal ranges' header line, whose units apply to the columns below (set 27's unit-header rule); only the newest date row (21/03/25) is keyed; no flags are printed in the table, so they are computed (ALT 52 above 0-40 is high; the action note's 'above range' agrees); the BSR action thresholds are withholding rules, not ranges; Hb 128 g/L → 12.8 g/dL, albumin 39 g/L → 3.9 g/dL, creatinine 78 umol/L → 0.882 mg/dL.")

case('MU', 'en', 'specialty', 'Mauritius public-hospital lithium clinic monitoring sheet (Victoria Hospital biochemistry, English): Test / Result / Unit / Reference Range with H at the end of the line, a 12-hour serum lithium with its therapeutic range, thyroid, calcium and renal function, a comment', r'''
    Ministry of Health and Wellness — Victoria Hospital, Candos, Mauritius — Biochemistry Laboratory
    Lithium Clinic (Psychiatry OPD) — 3-monthly monitoring
    Patient: Mr K. Dookhun   Age: 46   Lithium carbonate 800 mg nocte   Sample: 12-hour post-dose, 17/02/2025 08:30

    Test                        Result    Unit             Reference Range
    Serum Lithium               0.92      mmol/L           0.60 - 1.00 (therapeutic)
    TSH                         6.80      uIU/mL           0.40 - 4.00          H
    Free T4                     13.1      pmol/L           10.0 - 23.0
    Creatinine                  101       umol/L           62 - 106
    Urea                        5.1       mmol/L           2.8 - 7.2
    Sodium                      139       mmol/L           135 - 145
    Calcium (total)             2.61      mmol/L           2.15 - 2.55          H
    eGFR (CKD-EPI)              76        mL/min/1.73m2    > 60

    Comment: lithium within the therapeutic range. Raised TSH — ? lithium-induced hypothyroidism; raised calcium — check PTH. Refer back to Dr N. Bhugun (psychiatry).
''', [
    R('?Serum Lithium', '0.92', 'mmol/L', '0.60..1.00'),
    R('thyroid-stimulating-hormone', '6.80', 'uIU/mL', '0.40..4.00', 'high'),
    R('free-t4', '13.1', 'pmol/L', '10.0..23.0'),
    R('creatinine', '101', 'umol/L', '62..106'),
    R('urea', '5.1', 'mmol/L', '2.8..7.2'),
    R('sodium', '139', 'mmol/L', '135..145'),
    R('calcium', '2.61', 'mmol/L', '2.15..2.55', 'high'),
    R('egfr', '76', 'mL/min/1.73m2', '>60..'),
], "range=the Reference Range column ('> a' strict, labels dropped); H printed, the rest computed; lithium is a ? row with its therapeutic range; free T4 13.1 pmol/L → 1.02 ng/dL, creatinine 101 umol/L → 1.14 mg/dL, urea 5.1 mmol/L → 30.6 mg/dL, calcium 2.61 mmol/L → 10.5 mg/dL; the '12-hour' sampling time is not a row.")

case('BB', 'en', 'specialty', 'Queen Elizabeth Hospital Barbados haematology print for an antenatal thrombosis clinic: anti-Xa (LMWH) peak level against its target (not in the catalog), coagulation screen with seconds and a unitless INR, fibrinogen in g/L, L/H at the line end, a comment', r'''
    QUEEN ELIZABETH HOSPITAL, BARBADOS — Department of Pathology, Haematology Section
    Obstetric Haematology / Antenatal Thrombosis Clinic
    Patient: Mrs T. Greaves   Gestation: 28+3 weeks   Enoxaparin 60 mg SC once daily (booking weight 92 kg)
    Anti-Xa drawn 4 h post-dose on 10/03/2025

    Test                         Result     Units     Reference
    Anti-Xa (LMWH), peak         0.42       IU/mL     0.50 - 1.00 (target)     L
    Platelet count               198        x10^9/L   150 - 400
    Prothrombin time             12.1       sec       10.5 - 13.5
    INR                          1.0                  0.8 - 1.2
    APTT                         31.2       sec       25.0 - 36.0
    Fibrinogen (Clauss)          4.8        g/L       2.0 - 4.0                H
    Creatinine                   52         umol/L    44 - 80

    Comment: fibrinogen rises in normal pregnancy. Anti-Xa below target — dose increased to 80 mg daily by Dr R. Best; repeat anti-Xa in 1 week.
''', [
    R('?Anti-Xa (LMWH), peak', '0.42', 'IU/mL', '0.50..1.00', 'low'),
    R('platelet-count', '198', 'x10^9/L', '150..400'),
    R('prothrombin-time', '12.1', 'sec', '10.5..13.5'),
    R('inr', '1.0', None, '0.8..1.2'),
    R('partial-thromboplastin-time', '31.2', 'sec', '25.0..36.0'),
    R('fibrinogen', '4.8', 'g/L', '2.0..4.0', 'high'),
    R('creatinine', '52', 'umol/L', '44..80'),
], "range=the Reference column (inclusive, '(target)' dropped); L/H printed at the line end, the rest computed; anti-Xa has no catalog key (? row, its target as range); 'sec' = s; INR has no unit (no normalizedValue); APTT is the catalog's partial-thromboplastin-time; fibrinogen 4.8 g/L → 480 mg/dL, creatinine 52 umol/L → 0.588 mg/dL; the '4 h post-dose' timing is not a row.")

case('PG', 'en', 'specialty', 'Port Moresby General Hospital laboratory report for the Special Care Nursery (Papua New Guinea): neonatal jaundice bloods with the total bilirubin range cell pointing to the phototherapy chart, a direct bilirubin, FBC in SI units, a censored CRP, blood group and DAT lines, a threshold sentence', r'''
    PORT MORESBY GENERAL HOSPITAL — Central Public Health Laboratory
    Paediatrics — Special Care Nursery (SCN)
    Baby of Mrs Kila Vagi   Female   DOB 03/04/2025   Age at sample: 84 hours   Birthweight 2.9 kg   Gestation 38 weeks

    TEST                        RESULT   UNITS      REF. RANGE
    Total bilirubin (serum)     262      umol/L     see SCN phototherapy chart
    Direct bilirubin            12       umol/L     0 - 15
    Haemoglobin                 158      g/L        140 - 220
    Haematocrit (PCV)           0.47     L/L        0.42 - 0.65
    White cell count            14.2     x10^9/L    9.0 - 30.0
    Platelets                   212      x10^9/L    150 - 450
    CRP                         <5       mg/L       < 5
    Blood group (baby)          O Rh(D) Positive
    DAT (direct Coombs)         Negative

    Phototherapy threshold at 84 h for 38 weeks (NICE chart): 350 umol/L — below threshold, continue feeds, repeat SBR in 12 h.
''', [
    R('total-bilirubin', '262', 'umol/L', 'text'),
    R('direct-bilirubin', '12', 'umol/L', '0..15'),
    R('hemoglobin', '158', 'g/L', '140..220'),
    R('hematocrit', '0.47', 'L/L', '0.42..0.65'),
    R('white-blood-cell-count', '14.2', 'x10^9/L', '9.0..30.0'),
    R('platelet-count', '212', 'x10^9/L', '150..450'),
    R('c-reactive-protein', '5', 'mg/L', '..<5', vt='<5'),
], "range=the REF. RANGE column; the total bilirubin's cell points to a treatment chart, so its range is `text` and its flag null (the 350 umol/L phototherapy threshold is a treatment line, not a reference range); total bilirubin 262 umol/L → 15.3 mg/dL, direct 12 umol/L → 0.702 mg/dL, Hb 158 g/L → 15.8 g/dL, PCV 0.47 L/L → 47 %; CRP '<5' against '< 5' lies inside (normal, on its bound); blood group and DAT are left out (set 28), as are age, weight and gestation.")

case('UK', 'en', 'specialty', 'GP e-mail to a care home (NHSmail) pasting a SystmOne results journal for a 91-year-old resident: "Serum X level  value unit  [range]  Above/Below … reference limit" lines with SNOMED-style names, a 10*9/L count, and the dehydration plan with doses', r'''
    From: Dr F. Okoye (Riverside Medical Practice) via NHSmail
    To: Manager, Elmwood House Care Home
    Subject: Mrs D. Pritchard (Room 14) – blood results and plan

    Dear Sister Adeyemi,
    Mrs Pritchard's bloods from Thursday have come back. Copied from SystmOne below:

    Serum sodium level                  129 mmol/L       [133 - 146]    Below low reference limit
    Serum potassium level               5.6 mmol/L       [3.5 - 5.3]    Above high reference limit
    Serum urea level                    14.2 mmol/L      [2.5 - 7.8]    Above high reference limit
    Serum creatinine level              142 umol/L       [45 - 84]      Above high reference limit
    eGFR using creatinine (CKD-EPI)     28 mL/min/1.73m2 [> 60]         Below low reference limit
    Serum C reactive protein level      48 mg/L          [0 - 5]        Above high reference limit
    Total white cell count              12.8 10*9/L      [4.0 - 11.0]   Above high reference limit
    Haemoglobin concentration           109 g/L          [115 - 165]    Below low reference limit

    This looks like dehydration with a possible urinary infection. Please push oral fluids (aim 1.5 L/day and keep a fluid chart), hold her ramipril 5 mg and furosemide 40 mg, and send an MSU. I will repeat U&Es on Monday.
''', [
    R('sodium', '129', 'mmol/L', '133..146', 'low'),
    R('potassium', '5.6', 'mmol/L', '3.5..5.3', 'high'),
    R('urea', '14.2', 'mmol/L', '2.5..7.8', 'high'),
    R('creatinine', '142', 'umol/L', '45..84', 'high'),
    R('egfr', '28', 'mL/min/1.73m2', '>60..', 'low'),
    R('c-reactive-protein', '48', 'mg/L', '0..5', 'high'),
    R('white-blood-cell-count', '12.8', '10*9/L', '4.0..11.0', 'high'),
    R('hemoglobin', '109', 'g/L', '115..165', 'low'),
], "range=the square brackets ('> a' strict); the words 'Above high / Below low reference limit' are printed flags; urea 14.2 mmol/L → 85.3 mg/dL (urea), creatinine 142 umol/L → 1.61 mg/dL, Hb 109 g/L → 10.9 g/dL, '10*9/L' = 10*3/uL; fluid volume and doses are not rows.")

case('GY', 'en', 'specialty', 'Georgetown Public Hospital (Guyana) paediatric sickle cell clinic hydroxyurea monitoring report: TEST / RESULT / FLAG / UNITS / REFERENCE (age 6-12 y), x10^3/uL counts, ANC, an HbF by HPLC whose range says "see comment", LDH and bilirubin, toxicity thresholds in the comment', r'''
    GEORGETOWN PUBLIC HOSPITAL CORPORATION — Medical Laboratory, Georgetown, Guyana
    Paediatric Sickle Cell Clinic (Hydroxyurea monitoring)
    Patient: Jaden Harry   Age: 9 yrs   Sex: M   Hb genotype: HbSS   Hydroxyurea 20 mg/kg/day (500 mg)
    Collected: 05/03/2025

    TEST              RESULT   FLAG   UNITS        REFERENCE (age 6-12 y)
    Haemoglobin       8.4      L      g/dL         11.5 - 15.5
    MCV               104      H      fL           77 - 95
    WBC               7.9             x10^3/uL     4.5 - 13.5
    ANC               3.8             x10^3/uL     1.5 - 8.0
    Platelets         342             x10^3/uL     150 - 450
    HbF (HPLC)        18.6            %            see comment
    LDH               412      H      U/L          140 - 280
    Total bilirubin   2.9      H      mg/dL        0.2 - 1.2

    Comment: HbF rising on hydroxyurea (previous 14.2 %). ANC and platelets above toxicity thresholds (ANC > 1.0, plt > 80) – continue dose, recheck in 8 weeks.
''', [
    R('hemoglobin', '8.4', 'g/dL', '11.5..15.5', 'low'),
    R('mean-corpuscular-volume', '104', 'fL', '77..95', 'high'),
    R('white-blood-cell-count', '7.9', 'x10^3/uL', '4.5..13.5'),
    R('neutrophils-absolute', '3.8', 'x10^3/uL', '1.5..8.0'),
    R('platelet-count', '342', 'x10^3/uL', '150..450'),
    R('?HbF (HPLC)', '18.6', '%', 'text'),
    R('lactate-dehydrogenase', '412', 'U/L', '140..280', 'high'),
    R('total-bilirubin', '2.9', 'mg/dL', '0.2..1.2', 'high'),
], "range=the REFERENCE column (age label dropped); flags from the FLAG column, the empty cells computed; ANC is neutrophils-absolute (catalog alias); HbF has no catalog key (? row) and its range cell says 'see comment' (`text`, flag null); the previous HbF and the toxicity thresholds are not rows or ranges; the dose is not a row.")

case('UK', 'en', 'specialty', 'OPAT (outpatient parenteral antibiotic therapy) nurse\'s weekly monitoring e-mail to the ID consultant: one line per test "Name  value unit  (range)  H  [last week …]", a pre-dose vancomycin level with its target (not in the catalog), absolute eosinophils', r'''
    OPAT service — weekly monitoring (Bristol Royal Infirmary)
    To: Dr H. Lindsay, Consultant in Infectious Diseases
    Patient: Mr G. Hollis, 58 — vertebral osteomyelitis (MRSA), IV vancomycin via PICC, week 3 of 6

    Bloods Mon 10/03 (pre-dose trough drawn 07:55, dose due 08:00):
    Vancomycin (pre-dose)   17.2 mg/L           (target 15 - 20)
    Creatinine              96 umol/L           (59 - 104)
    eGFR                    78 mL/min/1.73m2    (>60)
    CRP                     12 mg/L             (<5)          H   [last week 41]
    ESR                     34 mm/hr            (1 - 20)      H
    WCC                     6.1 x10^9/L         (4.0 - 11.0)
    Neutrophils             3.9 x10^9/L         (2.0 - 7.5)
    Eosinophils             0.9 x10^9/L         (0.0 - 0.4)   H
    ALT                     28 U/L              (0 - 41)

    Comment: eosinophilia new this week — no rash, no fever. Continue vancomycin 1 g BD; repeat FBC Thursday. Plan remains 6 weeks total, then oral step-down.
''', [
    R('?Vancomycin (pre-dose)', '17.2', 'mg/L', '15..20'),
    R('creatinine', '96', 'umol/L', '59..104'),
    R('egfr', '78', 'mL/min/1.73m2', '>60..'),
    R('c-reactive-protein', '12', 'mg/L', '..<5', 'high'),
    R('erythrocyte-sedimentation-rate', '34', 'mm/hr', '1..20', 'high'),
    R('white-blood-cell-count', '6.1', 'x10^9/L', '4.0..11.0'),
    R('neutrophils-absolute', '3.9', 'x10^9/L', '2.0..7.5'),
    R('eosinophils-absolute', '0.9', 'x10^9/L', '0.0..0.4', 'high'),
    R('alanine-aminotransferase', '28', 'U/L', '0..41'),
], "range=the bracket after the unit ('<b' / '>a' strict, 'a - b' inclusive, 'target' dropped); H printed, the rest computed; vancomycin is a ? row with its target as range; last week's CRP (41) is not a row; counts in x10^9/L with no % sibling are absolute; creatinine 96 umol/L → 1.09 mg/dL; mm/hr = mm/h.")

case('UK', 'en', 'specialty', 'inpatient eating-disorder unit refeeding bloods (MEED): tests as rows, Units and Range columns before three day columns (Day 1 / Day 2 / Day 3, oldest left), H/L after values; only Day 3 is keyed', r'''
    Inpatient Eating Disorder Unit — Refeeding bloods (MEED guidance)
    Patient: Miss E. Rowntree, 19   Admission BMI 13.8   Day 3 of refeeding (1,400 kcal)

    Test            Units     Range         Day 1 (05/03)   Day 2 (06/03)   Day 3 (07/03)
    Phosphate       mmol/L    0.80 - 1.50   0.91            0.74 L          0.62 L
    Magnesium       mmol/L    0.70 - 1.00   0.78            0.71            0.66 L
    Potassium       mmol/L    3.5 - 5.3     3.8             3.4 L           3.2 L
    Sodium          mmol/L    133 - 146     136             135             134
    Urea            mmol/L    2.5 - 7.8     2.1 L           1.9 L           1.8 L
    ALT             U/L       0 - 40        112 H           104 H           96 H
    Glucose (lab)   mmol/L    3.5 - 7.8     4.1             3.9             4.4

    Plan: IV Phosphate Polyfuser 50 mmol over 24 h, oral Sando-K 2 tabs TDS, magnesium aspartate 10 mmol BD; continue 1,400 kcal; daily bloods until day 10.
''', [
    R('phosphorus', '0.62', 'mmol/L', '0.80..1.50', 'low'),
    R('magnesium', '0.66', 'mmol/L', '0.70..1.00', 'low'),
    R('potassium', '3.2', 'mmol/L', '3.5..5.3', 'low'),
    R('sodium', '134', 'mmol/L', '133..146'),
    R('urea', '1.8', 'mmol/L', '2.5..7.8', 'low'),
    R('alanine-aminotransferase', '96', 'U/L', '0..40', 'high'),
    R('glucose', '4.4', 'mmol/L', '3.5..7.8'),
], "range=the Range column; only the newest day (Day 3, rightmost, by date) is keyed (set 28's newest-column rule); L/H after the Day 3 values are flags, the empty ones computed; phosphate → phosphorus 0.62 mmol/L ×30.974 → 1.92 mg/dL, Mg 0.66 → 1.6 mg/dL, urea 1.8 mmol/L → 10.8 mg/dL, glucose 4.4 mmol/L → 79.3 mg/dL; BMI, kcal and doses are not rows.")

case('ZW', 'en', 'specialty', 'Parirenyatwa Hospital (Harare, Zimbabwe) heart-failure clinic laboratory results: Analyte / Result / Units / Normal Range / Flag with HIGH/LOW words, NT-proBNP with a thousands comma, SI electrolytes and renal function, iron studies, the clinic plan quoting a value', r'''
    PARIRENYATWA GROUP OF HOSPITALS — Cardiology Unit, Heart Failure Clinic, Harare, Zimbabwe
    Laboratory results (Chemical Pathology & Haematology)
    Patient: Mr Tendai Moyo   Age 61   NYHA II   On: furosemide 40 mg, enalapril 10 mg BD, spironolactone 25 mg, carvedilol 12.5 mg BD
    Date collected: 11/03/2025

    Analyte                 Result     Units     Normal Range      Flag
    NT-proBNP               2,840      pg/mL     < 125             HIGH
    Sodium                  133        mmol/L    135 - 145         LOW
    Potassium               5.2        mmol/L    3.5 - 5.1         HIGH
    Urea                    11.6       mmol/L    2.5 - 7.1         HIGH
    Creatinine              142        umol/L    62 - 115          HIGH
    Ferritin                64         ng/mL     30 - 400
    Transferrin saturation  14         %         20 - 50           LOW
    Haemoglobin             11.9       g/dL      13.0 - 17.0       LOW

    Clinic plan: hold spironolactone (K 5.2), no uptitration of enalapril today; IV iron (ferritin <100) — ferric carboxymaltose 1 g. Review 2 weeks with U&E.
''', [
    R('nt-probnp', '2840', 'pg/mL', '..<125', 'high'),
    R('sodium', '133', 'mmol/L', '135..145', 'low'),
    R('potassium', '5.2', 'mmol/L', '3.5..5.1', 'high'),
    R('urea', '11.6', 'mmol/L', '2.5..7.1', 'high'),
    R('creatinine', '142', 'umol/L', '62..115', 'high'),
    R('ferritin', '64', 'ng/mL', '30..400'),
    R('transferrin-saturation', '14', '%', '20..50', 'low'),
    R('hemoglobin', '11.9', 'g/dL', '13.0..17.0', 'low'),
], "range=the Normal Range column ('< b' strict); HIGH/LOW words are flags; NT-proBNP '2,840' has a thousands comma; urea 11.6 mmol/L → 69.7 mg/dL, creatinine 142 umol/L → 1.61 mg/dL; the plan's '(K 5.2)' repeats a keyed value and '(ferritin <100)' is an iron-treatment criterion, not a result or range.")

case('UK', 'en', 'specialty', 'renal transplant unit appointment letter: clinic date and time, phlebotomy time, instructions to delay the morning tacrolimus dose for a 12-hour trough, the medicine list with doses, phone and hospital numbers — no result', r'''
    Renal Transplant Unit, Manchester Royal Infirmary
    Appointment letter

    Dear Mr Bashir,
    Your next transplant clinic appointment: Tuesday 22 April 2025 at 09:40, Outpatients Area B, Clinic 7.
    Before your appointment:
    • Have your bloods taken in the phlebotomy suite from 07:30 (arrive by 08:00).
    • Take your evening tacrolimus (Adoport) 4 mg at 20:00 the night before and DO NOT take the morning dose until after your blood test — the level must be a 12-hour trough.
    • Bring your medicines, your blood pressure diary and a urine sample.
    Your current medicines: tacrolimus 4 mg twice daily, mycophenolate mofetil 750 mg twice daily, prednisolone 5 mg once daily, co-trimoxazole 480 mg once daily.
    If you cannot attend, call 0161 276 1234. Hospital number: M123456.
''', [], "range=none: an appointment letter (times, doses, a phone number); 'tacrolimus level' is named but no value is given; no result.")

case('US', 'en', 'specialty', 'oncology infusion-center chemotherapy treatment plan (Epic Beacon print): regimen, cycle, height/weight/BSA, per-m2 doses and calculated doses, premedications, hold parameters and pump disconnect time — numbers but no result', r'''
    Infusion Center — Chemotherapy Treatment Plan (Beacon)
    Regimen: FOLFOX6 (modified) — Cycle 5 of 12, q14 days
    Height 172 cm   Weight 81.4 kg   BSA (Mosteller) 1.97 m2   Dose rounding ±5%
    Oxaliplatin 85 mg/m2 → 167 mg IV over 120 min
    Leucovorin 400 mg/m2 → 788 mg IV over 120 min
    Fluorouracil 400 mg/m2 IV push → 788 mg
    Fluorouracil 2,400 mg/m2 CI over 46 h → 4,728 mg via ambulatory pump
    Premeds: ondansetron 16 mg PO, dexamethasone 12 mg PO 30 min before
    Treatment parameters: hold if ANC < 1.5 or platelets < 75 (labs to be reviewed by RN before release)
    Pump disconnect: Thursday 03/20/2025 at 14:00
''', [], "range=none: a chemotherapy plan (BSA, doses, durations); 'ANC < 1.5 or platelets < 75' are hold parameters without any measured value; no result.")

# ---- family dynamic: stimulation, suppression, tolerance and timed protocols (multi-timepoint tables)
# Convention (set 29): the basal / 0-min / fasting / pre-dose sample of an analyte takes the catalog key; every sample
# taken after a load, a stimulus or a suppressing drug (and every delta) is a ? row named with its time.
case('UK', 'en', 'dynamic', 'endocrine investigation unit Short Synacthen Test report: Time / Sample / Result rows for 0, 30 and 60 min cortisol and a basal ACTH with its range, an interpretation paragraph with the assay-specific response cut-off', r'''
    Endocrine Investigation Unit — Short Synacthen Test (250 micrograms IM)
    Patient: Mrs L. Fairbairn, 67   Indication: ?adrenal insufficiency after long-term prednisolone (weaned 6 weeks ago)
    Date: 12/03/2025   Synacthen given 09:05 (IM, left deltoid)   Cortisol assay: Roche Elecsys Cortisol II

    Time        Sample                 Result
    0 min       Cortisol               412 nmol/L
    0 min       ACTH                   38 ng/L      (7.2 - 63.3)
    30 min      Cortisol               498 nmol/L
    60 min      Cortisol               561 nmol/L

    Interpretation: peak cortisol 561 nmol/L — adequate response (cut-off for the Roche Gen II assay: 30-minute cortisol ≥ 430 nmol/L). Adrenal insufficiency unlikely; sick-day rules no longer needed.
''', [
    R('cortisol', '412', 'nmol/L', ''),
    R('acth', '38', 'ng/L', '7.2..63.3'),
    R('?Cortisol 30 min', '498', 'nmol/L', ''),
    R('?Cortisol 60 min', '561', 'nmol/L', ''),
], "range=none for the cortisol samples: the response cut-off (≥ 430 nmol/L at 30 min) sits in the interpretation paragraph and is a diagnostic criterion, not a reference range, so the cortisol flags are null; the ACTH bracket (inclusive) is its range. Dynamic-test rule (decided for this set): the 0-min cortisol is the catalog's cortisol (412 nmol/L → 14.9 ug/dL); the 30- and 60-min samples are ? rows; the peak quoted in the interpretation repeats the 60-min value and is not a row; ACTH ng/L = pg/mL.")

case('FJ', 'en', 'dynamic', 'Colonial War Memorial Hospital (Suva, Fiji) antenatal 75 g OGTT slip (IADPSG/WHO 2013): fasting, 1-hour and 2-hour glucose rows with a "Diagnostic threshold" column and H flags, HbA1c and haemoglobin, a conclusion line', r'''
    COLONIAL WAR MEMORIAL HOSPITAL — Clinical Laboratory, Suva, Fiji
    Antenatal Clinic — 75 g Oral Glucose Tolerance Test (IADPSG / WHO 2013)
    Patient: Mrs Litia Naivalu   Age: 31   G3P2   Gestation: 26 weeks   Lab No: CWM-25-08814
    Collected: 17/03/2025   Venous plasma (fluoride)

    Test                         Result    Units     Diagnostic threshold    Flag
    Glucose – fasting            5.6       mmol/L    < 5.1                   H
    Glucose – 1 hour post-load   11.2      mmol/L    < 10.0                  H
    Glucose – 2 hours post-load  8.1       mmol/L    < 8.5
    HbA1c                        5.6       %         4.0 - 6.0
    Haemoglobin                  10.8      g/dL      11.0 - 14.0             L

    Conclusion: GESTATIONAL DIABETES (2 values at or above threshold). Refer to the Diabetes in Pregnancy clinic; dietitian review today.
''', [
    R('glucose', '5.6', 'mmol/L', '..<5.1', 'high'),
    R('?Glucose – 1 hour post-load', '11.2', 'mmol/L', '..<10.0', 'high'),
    R('?Glucose – 2 hours post-load', '8.1', 'mmol/L', '..<8.5'),
    R('hemoglobin-a1c', '5.6', '%', '4.0..6.0'),
    R('hemoglobin', '10.8', 'g/dL', '11.0..14.0', 'low'),
], "range=the per-row 'Diagnostic threshold' column ('< b' strict: a value at or above it is abnormal) — a threshold printed in the row's own column is its range (decided for this set), unlike a cut-off in an interpretation paragraph; the fasting glucose takes the catalog key (5.6 mmol/L → 101 mg/dL), the 1-h and 2-h post-load samples are ? rows; H/L printed, the rest computed.")


case('US', 'en', 'dynamic', 'PathGroup "Glucose Tolerance Test, 5 specimens, with insulin" (75 g) print with the timepoints as COLUMNS (Fasting / 30 min / 1 hr / 90 min / 2 hr) and the analytes as rows carrying the unit in the row label, one combined reference cell per row, an H on the 2-hour glucose', r'''
    PathGroup — GLUCOSE TOLERANCE TEST, 5 SPECIMENS, WITH INSULIN (75 g)
    Ordering: Vitality Functional Medicine, Austin TX   Collected 02/11/2025 07:12 (fasting)

                             FASTING    30 MIN    1 HR     90 MIN    2 HR       REFERENCE
    GLUCOSE (mg/dL)          92         168       194      171       148 H      FASTING 65-99; 2 HR <140
    INSULIN (uIU/mL)         11.4       78.2      142.6    131.0     96.3       FASTING 2.0-19.6
    Reference ranges for intermediate specimens are not established.
    Interpretation (2 h glucose 140-199 mg/dL): impaired glucose tolerance.
''', [
    R('glucose', '92', 'mg/dL', '65..99'),
    R('?Glucose 30 min', '168', 'mg/dL', ''),
    R('?Glucose 1 hr', '194', 'mg/dL', ''),
    R('?Glucose 90 min', '171', 'mg/dL', ''),
    R('?Glucose 2 hr', '148', 'mg/dL', '..<140', 'high'),
    R('insulin', '11.4', 'uIU/mL', '2.0..19.6'),
    R('?Insulin 30 min', '78.2', 'uIU/mL', ''),
    R('?Insulin 1 hr', '142.6', 'uIU/mL', ''),
    R('?Insulin 90 min', '131.0', 'uIU/mL', ''),
    R('?Insulin 2 hr', '96.3', 'uIU/mL', ''),
], "range=the REFERENCE cell split by its labels: 'FASTING 65-99' / 'FASTING 2.0-19.6' for the fasting samples and '2 HR <140' (strict) for the 2-hour glucose; the intermediate specimens have no range ('not established') and null flags; the fasting glucose and insulin take the catalog keys, the other nine timepoints are ? rows named with their time; the H on the 2-hour glucose agrees with <140; the interpretation's 140-199 band is not a range.")

case('HN', 'es', 'dynamic', 'Hospital Mario Catarino Rivas (San Pedro Sula, Honduras) paediatric GnRH-analogue stimulation test in Spanish: Basal / 30 min / 60 min columns for LH and FSH, a basal estradiol, a "Ref. basal (prepuberal)" column, decimal commas, no flags printed, an interpretation line', r'''
    HOSPITAL MARIO CATARINO RIVAS — Laboratorio de Endocrinología, San Pedro Sula, Honduras
    Prueba de estimulación con análogo de GnRH (leuprolide 20 µg/kg SC)
    Paciente: Valeria Mejía Zelaya   Edad: 7 años 4 meses   Sexo: Femenino
    Servicio: Endocrinología Pediátrica   Fecha: 19/02/2025

                     Basal       30 min      60 min      Unidades    Ref. basal (prepuberal)
    LH               0,4         6,8         5,9         mUI/mL      < 0,3
    FSH              2,1         9,4         8,8         mUI/mL      0,4 - 3,0
    Estradiol        18          --          --          pg/mL       < 15

    Interpretación: pico de LH > 5 mUI/mL, compatible con pubertad precoz central. Correlacionar con edad ósea (9 años) y ecografía pélvica.
''', [
    R('luteinizing-hormone', '0.4', 'mUI/mL', '..<0.3'),
    R('?LH 30 min', '6.8', 'mUI/mL', ''),
    R('?LH 60 min', '5.9', 'mUI/mL', ''),
    R('follicle-stimulating-hormone', '2.1', 'mUI/mL', '0.4..3.0'),
    R('?FSH 30 min', '9.4', 'mUI/mL', ''),
    R('?FSH 60 min', '8.8', 'mUI/mL', ''),
    R('estradiol', '18', 'pg/mL', '..<15'),
], "range=the 'Ref. basal (prepuberal)' column, which belongs to the basal samples only ('< b' strict, the label dropped); no flags are printed, so the basal flags are computed (LH 0.4 above <0.3 and estradiol 18 above <15 are high); the stimulated 30/60-min samples are ? rows without a range; the LH peak criterion '> 5' in the interpretation is not a range; mUI/mL = m[IU]/mL.")

case('AU', 'en', 'dynamic', 'St Vincent\'s Hospital Sydney (SydPath) OGTT with growth-hormone suppression for suspected acromegaly: a time grid (0/30/60/90/120 min) with GH in ug/L and glucose in mmol/L as rows, a basal IGF-1 line with an age-related range and H, an interpretation with the nadir criterion', r'''
    St Vincent's Hospital Sydney — Endocrinology Day Unit / SydPath
    Oral Glucose Tolerance Test with Growth Hormone suppression (75 g)
    Patient: Mr N. Kovacs, 52   Indication: ?acromegaly (coarse features, IGF-1 raised at GP)
    Collected 25/02/2025

    Time (min)          0       30      60      90      120
    GH (ug/L)           2.8     1.9     1.4     1.2     1.3
    Glucose (mmol/L)    5.1     8.9     10.4    9.6     8.4

    IGF-1 (basal)       48.2 nmol/L    (age-related 10.0 - 33.0)    H

    Interpretation: failure of GH suppression (nadir 1.2 ug/L; normal nadir < 0.4 ug/L with this assay). Findings support acromegaly — MRI pituitary requested.
''', [
    R('growth-hormone', '2.8', 'ug/L', ''),
    R('?GH 30 min', '1.9', 'ug/L', ''),
    R('?GH 60 min', '1.4', 'ug/L', ''),
    R('?GH 90 min', '1.2', 'ug/L', ''),
    R('?GH 120 min', '1.3', 'ug/L', ''),
    R('glucose', '5.1', 'mmol/L', ''),
    R('?Glucose 30 min', '8.9', 'mmol/L', ''),
    R('?Glucose 60 min', '10.4', 'mmol/L', ''),
    R('?Glucose 90 min', '9.6', 'mmol/L', ''),
    R('?Glucose 120 min', '8.4', 'mmol/L', ''),
    R('somatomedin-c', '48.2', 'nmol/L', '10.0..33.0', 'high'),
], "range=none in the time grid (the 'nadir < 0.4 ug/L' criterion is in the interpretation, not a range), so those flags are null; the 0-min GH and glucose take the catalog keys (GH ug/L = ng/mL; glucose 5.1 mmol/L → 91.9 mg/dL), the later timepoints are ? rows; IGF-1 (basal) keeps its bracket (label dropped) and printed H, 48.2 nmol/L ×7.649 → 369 ng/mL; the nadir quoted in the interpretation repeats the 90-min value.")

case('AD', 'ca', 'dynamic', 'SAAS Hospital Nostra Senyora de Meritxell (Andorra) emergency-lab chest-pain protocol in Catalan: high-sensitivity troponin T at 0 h and 1 h with clock times, a delta row, other bloods, "*" after out-of-range values with a direction-free legend, the ESC 0/1 h algorithm verdict', r'''
    SERVEI ANDORRÀ D'ATENCIÓ SANITÀRIA (SAAS) — Hospital Nostra Senyora de Meritxell
    Laboratori clínic — Urgències
    Pacient: Jordi Puigcercós Armengol   Edat: 58 anys   Sexe: Home   Box 4
    Protocol dolor toràcic: troponina T d'alta sensibilitat 0 h / 1 h (algorisme ESC 0/1 h)

    Determinació                      Resultat   Unitats   Valors de referència
    Troponina T hs (0 h) 08:12        9          ng/L      < 14
    Troponina T hs (1 h) 09:14        16         ng/L      < 14        *
    Delta troponina 0-1 h             7          ng/L
    Potassi                           4,1        mmol/L    3,5 - 5,1
    Creatinina                        0,98       mg/dL     0,70 - 1,20
    Glucosa                           112        mg/dL     74 - 106    *
    Hemoglobina                       14,1       g/dL      13,0 - 17,0

    * Valor fora de l'interval de referència.
    Interpretació de l'algorisme: delta 1 h ≥ 5 ng/L → "rule-in" (observació / cardiologia). Avisat Dr. Casals a les 09:20.
''', [
    R('troponin-t', '9', 'ng/L', '..<14'),
    R('?Troponina T hs (1 h)', '16', 'ng/L', '..<14', 'abnormal'),
    R('?Delta troponina 0-1 h', '7', 'ng/L', ''),
    R('potassium', '4.1', 'mmol/L', '3.5..5.1'),
    R('creatinine', '0.98', 'mg/dL', '0.70..1.20'),
    R('glucose', '112', 'mg/dL', '74..106', 'abnormal'),
    R('hemoglobin', '14.1', 'g/dL', '13.0..17.0'),
], "range=the 'Valors de referència' column ('< b' strict, 'a - b' inclusive, decimal commas); the '*' legend ('fora de l'interval de referència') gives no direction, so starred values are `abnormal` (sets 21/26/27); the ESC 0/1 h protocol is a timed protocol: the 0-h troponin takes the catalog key, the 1-h sample and the delta are ? rows (the delta without range, null); the algorithm's 'delta ≥ 5' is a rule, not a range.")

case('BN', 'en', 'dynamic', 'RIPAS Hospital (Brunei Darussalam) seated saline suppression test report with bilingual Malay/English patient labels: basal aldosterone, direct renin in ng/L and potassium with ranges, the 4-hour post-saline aldosterone pointing to the interpretation', r'''
    RIPAS HOSPITAL — Department of Laboratory Services, Bandar Seri Begawan, Brunei Darussalam
    Endocrine Dynamic Function Test: Seated Saline Suppression Test (2 L 0.9% NaCl over 4 h)
    Nama / Name: Awang Haziq bin Abdullah   Umur / Age: 44   Jantina / Sex: L / M
    Indication: resistant hypertension, hypokalaemia; ARR raised at screening
    Date: 04/03/2025   Start 08:30 (seated 30 min before and during the infusion)

    Test                              Result      Units     Reference
    Aldosterone (0 h, pre-saline)     612         pmol/L    100 - 850 (seated, morning)
    Renin, direct (0 h)               2.1         ng/L      4.4 - 46.1                  L
    Potassium (0 h)                   3.6         mmol/L    3.5 - 5.1
    Aldosterone (4 h, post-saline)    298         pmol/L    see interpretation

    Interpretation: post-saline aldosterone > 170 pmol/L — failure of suppression, consistent with primary aldosteronism. Refer for adrenal CT and adrenal vein sampling.
''', [
    R('aldosterone', '612', 'pmol/L', '100..850'),
    R('renin-direct', '2.1', 'ng/L', '4.4..46.1', 'low'),
    R('potassium', '3.6', 'mmol/L', '3.5..5.1'),
    R('?Aldosterone (4 h, post-saline)', '298', 'pmol/L', 'text'),
], "range=the Reference column (labels dropped); the 0-h (pre-saline) aldosterone takes the catalog key (612 pmol/L ×360.44 → 22.1 ng/dL), the post-saline sample is a ? row whose range cell points to the interpretation (`text`, null); the '> 170 pmol/L' failure criterion is not a range; direct renin ng/L = pg/mL; L printed.")

case('CA', 'en', 'dynamic', 'Toronto General Hospital supervised 72-hour fast, end-of-fast sample table: plasma glucose with a fasting range and L, insulin, C-peptide (nmol/L), proinsulin and beta-hydroxybutyrate without ranges, a sulfonylurea screen answer, the glucagon response and the diagnostic criteria in the interpretation', r'''
    Toronto General Hospital — UHN Laboratory Medicine Program
    Supervised fast (72-hour protocol) — end-of-fast samples
    Patient: Ms R. Chaudhry, 38   Indication: recurrent neuroglycopenic episodes
    Fast started 10/03/2025 08:00; terminated 11/03/2025 22:10 (hour 38) for symptomatic hypoglycaemia (POC glucose 2.3)

    End-of-fast sample (22:10)          Result       Units      Reference
    Glucose (plasma, lab)               2.4          mmol/L     3.6 - 6.0 (fasting)   L
    Insulin                             8.2          mIU/L
    C-peptide                           0.61         nmol/L
    Proinsulin                          14           pmol/L
    Beta-hydroxybutyrate                0.3          mmol/L
    Sulfonylurea / meglitinide screen   Not detected

    After glucagon 1 mg IV: glucose rise 1.8 mmol/L at 30 min (a rise ≥ 1.4 supports insulin-mediated hypoglycaemia).
    Interpretation: endogenous hyperinsulinaemic hypoglycaemia (insulin ≥ 3 mIU/L, C-peptide ≥ 0.2 nmol/L, proinsulin ≥ 5 pmol/L, BHB ≤ 2.7 mmol/L). Consistent with insulinoma — imaging to follow.
''', [
    R('glucose', '2.4', 'mmol/L', '3.6..6.0', 'low'),
    R('insulin', '8.2', 'mIU/L', ''),
    R('c-peptide', '0.61', 'nmol/L', ''),
    R('?Proinsulin', '14', 'pmol/L', ''),
    R('?Beta-hydroxybutyrate', '0.3', 'mmol/L', ''),
    R('?Sulfonylurea / meglitinide screen', None, None, '', 'null', vt='Not detected'),
], "range=the Reference column where printed ('(fasting)' dropped); the end-of-fast sample is a fasting sample, so its analytes take the catalog keys (glucose 2.4 mmol/L → 43.2 mg/dL, printed L; insulin mIU/L = u[IU]/mL); rows without a range have null flags — the diagnostic criteria in the interpretation are not ranges; C-peptide in nmol/L is not normalized (no molar mass in the catalog); the POC glucose before termination and the post-glucagon rise are not rows; the drug screen has no expected text printed (range none, null; set 28).")

case('UK', 'en', 'dynamic', 'hydrocortisone day curve from an endocrine nurse clinic (Newcastle): four sample times with their relation to the doses in a middle column and serum cortisol in the last column (unit in the header), a local target line and a comment', r'''
    Hydrocortisone Day Curve — Endocrine Nurse Clinic, Royal Victoria Infirmary (Newcastle)
    Patient: Mr T. Ashworth, 45   Primary adrenal insufficiency   Regimen: hydrocortisone 10 mg 08:00 / 5 mg 12:00 / 5 mg 16:00
    Date 06/03/2025. Last evening dose 16:00 on 05/03. Morning dose given at 09:05 after the first sample.

    Sample time   Relation to dose               Serum cortisol (nmol/L)
    09:00         pre-dose (trough)              48
    11:00         2 h after 10 mg                512
    13:00         1 h after 5 mg (12:00)         398
    17:00         1 h after 5 mg (16:00)         221

    Target (local protocol): pre-dose > 50 nmol/L; peak post-dose < 600 nmol/L.
    Comment: curve acceptable; pre-dose level marginally low — consider moving the third dose to 17:00.
''', [
    R('cortisol', '48', 'nmol/L', ''),
    R('?Cortisol 11:00 (2 h post-dose)', '512', 'nmol/L', ''),
    R('?Cortisol 13:00 (1 h post-dose)', '398', 'nmol/L', ''),
    R('?Cortisol 17:00 (1 h post-dose)', '221', 'nmol/L', ''),
], "range=none: the local target line is a treatment target, not a reference range, and no flag letter is printed ('marginally low' in the comment is prose about the target), so flags are null; the 09:00 pre-dose sample takes the catalog key (48 nmol/L → 1.74 ug/dL), the post-dose samples are ? rows; the unit comes from the column header.")

case('US', 'en', 'dynamic', 'Cushing\'s screening results from an endocrinology portal (Labcorp): Test / Result / Flag / Reference Interval (unit inside) / Collected, a cortisol after 1 mg dexamethasone, a dexamethasone level with "see comment", two late-night salivary cortisols, a 24-h urine free cortisol, and an unsuppressed-morning ACTH and potassium', r'''
    Endocrinology — Cushing's syndrome screening results (patient portal, Labcorp)
    Patient: Ms A. Whitfield   Ordered by: Dr K. Osei (Endocrinology)

    Test                                              Result    Flag   Reference Interval        Collected
    Cortisol, AM (after 1 mg dexamethasone at 23:00)  1.4              <1.8 ug/dL after DST      03/05/2025 08:05
    Dexamethasone, Serum                              182              see comment (ng/dL)       03/05/2025 08:05
    Cortisol, Saliva (late night) #1                  0.11      High   <=0.09 ug/dL              03/02/2025 23:00
    Cortisol, Saliva (late night) #2                  0.07             <=0.09 ug/dL              03/03/2025 23:00
    Cortisol, Free, 24 Hr Urine                       48        High   3.5-45.0 ug/24 hr         03/04/2025
    ACTH, Plasma                                      31               7.2-63.3 pg/mL            03/07/2025 08:10
    Potassium                                         4.0              3.5-5.2 mmol/L            03/07/2025 08:10

    Comment (dexamethasone): a level >= 140 ng/dL indicates adequate dexamethasone exposure for interpreting the suppression test.
''', [
    R('?Cortisol, AM (after 1 mg dexamethasone)', '1.4', 'ug/dL', '..<1.8'),
    R('?Dexamethasone, Serum', '182', 'ng/dL', 'text'),
    R('?Cortisol, Saliva (late night) #1', '0.11', 'ug/dL', '..0.09', 'high'),
    R('?Cortisol, Saliva (late night) #2', '0.07', 'ug/dL', '..0.09'),
    R('?Cortisol, Free, 24 Hr Urine', '48', 'ug/24 hr', '3.5..45.0', 'high'),
    R('acth', '31', 'pg/mL', '7.2..63.3'),
    R('potassium', '4.0', 'mmol/L', '3.5..5.2'),
], "range=the Reference Interval column with its unit read off ('<b' strict, '<=b' inclusive); the post-dexamethasone cortisol is a ? row (a sample after a suppressing drug, even when alone); salivary and 24-h urine cortisol are other specimens than the catalog's serum cortisol, so ? rows (as set 21 kept urine creatinine apart); the two salivary nights are separate printed results; dexamethasone's range cell says 'see comment' (`text`, null); ACTH and potassium were drawn on a later morning without dexamethasone and take their catalog keys.")

case('US', 'en', 'dynamic', 'obstetric portal copy of a 100 g 3-hour gestational glucose tolerance test (Carpenter-Coustan): Component / Your Value / Standard Range / Flag for fasting, 1, 2 and 3 hours, a result comment, and an earlier 50 g challenge mentioned as a separate result', r'''
    Women's Health OB — Prenatal lab results (portal copy)
    GLUCOSE TOLERANCE, GESTATIONAL, 3 HR (100 g) — collected 01/22/2025, 27w2d
    Component            Your Value     Standard Range     Flag
    Glucose, Fasting     98 mg/dL       <95 mg/dL          High
    Glucose, 1 Hour      192 mg/dL      <180 mg/dL         High
    Glucose, 2 Hour      160 mg/dL      <155 mg/dL         High
    Glucose, 3 Hour      128 mg/dL      <140 mg/dL
    Result comment: Carpenter-Coustan criteria. Two or more values meeting or exceeding the limits are consistent with gestational diabetes.
    Earlier: GLUCOSE CHALLENGE 50 g, 1 HR (01/08/2025) 152 mg/dL (<140) — see separate result.
''', [
    R('glucose', '98', 'mg/dL', '..<95', 'high'),
    R('?Glucose, 1 Hour', '192', 'mg/dL', '..<180', 'high'),
    R('?Glucose, 2 Hour', '160', 'mg/dL', '..<155', 'high'),
    R('?Glucose, 3 Hour', '128', 'mg/dL', '..<140'),
], "range=the Standard Range column ('<b' strict — 'meeting or exceeding' the limit is abnormal); Flag column High, the 3-hour value computed normal; fasting → catalog glucose, the post-load hours → ? rows; the earlier 50 g challenge (a different, older test on another date) is not keyed.")

case('UK', 'en', 'dynamic', 'patient information leaflet for a Short Synacthen Test: appointment time, medication holds with doses and hours, sampling times, duration and contact line — no result', r'''
    Patient information: your Short Synacthen Test
    Appointment: Wednesday 9 April 2025 at 08:45, Endocrine Investigation Unit, Ward 22
    Before the test:
    - Do not take your hydrocortisone after 6 pm the day before, and do not take your morning dose (bring it with you).
    - If you take prednisolone 5 mg, your doctor will tell you whether to stop it 24 hours before.
    - Oral contraceptives or HRT containing oestrogen may need to be stopped 6 weeks before (they raise cortisol-binding globulin).
    On the day: a cannula is placed, a first blood sample is taken, then Synacthen 250 micrograms is injected. Further samples are taken at 30 and 60 minutes. The test takes about 1 hour 15 minutes.
    Results are usually available within 2 working days.
    Contact: Endocrine nurses 0113 206 5555 (Mon–Fri 8 am – 4 pm).
''', [], "range=none: test instructions (times, doses, sampling schedule); no result.")

# ---- family lis: hospital and laboratory information systems not used by sets 21-28
case('NZ', 'en', 'lis', 'Orion Health Concerto clinical portal cumulative laboratory view (Te Whatu Ora – Waikato): two collection-date columns with the newest FIRST (left), then Reference and Units columns, H/L after values, HbA1c in mmol/mol and urine ACR in mg/mmol, portal buttons and an acknowledgement line', r'''
    Concerto® Clinical Portal — Results › Laboratory › Cumulative view
    Patient: WHITIORA, Mere (Ms)   NHI: ZAB1234   DOB 14-Aug-1958   Te Whatu Ora – Waikato
    Lab: Waikato Hospital Laboratory

    Collected (newest first):         11-Mar-2025 07:50   04-Feb-2025 08:10   Reference      Units
    Sodium                            137                 139                 135 - 145      mmol/L
    Potassium                         4.4                 4.7                 3.5 - 5.2      mmol/L
    Creatinine                        112 H               104 H               50 - 95        umol/L
    eGFR                              45 L                51 L                >=60           mL/min/1.73m²
    HbA1c                             58 H                62 H                <=40           mmol/mol
    Urine albumin:creatinine ratio    12.4 H              9.8 H               <2.5           mg/mmol
    [Graph] [Print] [Acknowledge]   Results acknowledged by Dr P. Tane 11-Mar-2025 14:02
''', [
    R('sodium', '137', 'mmol/L', '135..145'),
    R('potassium', '4.4', 'mmol/L', '3.5..5.2'),
    R('creatinine', '112', 'umol/L', '50..95', 'high'),
    R('egfr', '45', 'mL/min/1.73m²', '60..', 'low'),
    R('hemoglobin-a1c', '58', 'mmol/mol', '..40', 'high'),
    R('microalbumin-creatinine-ratio', '12.4', 'mg/mmol', '..<2.5', 'high'),
], "range=the Reference column ('>=a' / '<=b' inclusive, '<b' strict); only the newest column (11-Mar-2025, leftmost as the header says) is keyed; H/L after the value; creatinine 112 umol/L → 1.27 mg/dL; HbA1c in mmol/mol and ACR in mg/mmol are not normalized (sets 22-28).")

case('UK', 'en', 'lis', 'InterSystems TrakCare "Episode Lab Results" print (NHS Lothian): episode and status header, results grouped by "Test Set" with indented Test / Result / Units / Reference Range / Flag rows, a haematology comment and the authoriser', r'''
    TrakCare — Episode Lab Results   NHS Lothian
    Patient: MCALLISTER, Fiona   CHI: 2107891234   Location: Haematology OPD, Western General Hospital
    Episode: L25.1187764   Collected: 18/02/2025 10:22   Received: 18/02/2025 11:05   Status: Authorised

    Test Set: FULL BLOOD COUNT
      Test                       Result     Units       Reference Range     Flag
      Haemoglobin                96         g/L         120 - 150           L
      White Cell Count           8.1        x10^9/L     4.0 - 11.0
      Platelet Count             488        x10^9/L     150 - 400           H
      Mean Cell Volume           71         fL          80 - 100            L
      Mean Cell Haemoglobin      22.4       pg          27.0 - 32.0         L
    Test Set: FERRITIN
      Ferritin                   6          ug/L        15 - 300            L
    Comment: microcytic anaemia with low ferritin consistent with iron deficiency. Suggest coeliac serology and GI referral as per local guideline.
    Authorised by: Dr C. Baird, Consultant Haematologist
''', [
    R('hemoglobin', '96', 'g/L', '120..150', 'low'),
    R('white-blood-cell-count', '8.1', 'x10^9/L', '4.0..11.0'),
    R('platelet-count', '488', 'x10^9/L', '150..400', 'high'),
    R('mean-corpuscular-volume', '71', 'fL', '80..100', 'low'),
    R('mean-corpuscular-hemoglobin', '22.4', 'pg', '27.0..32.0', 'low'),
    R('ferritin', '6', 'ug/L', '15..300', 'low'),
], "range=the Reference Range column (inclusive); flags from the Flag column; Hb 96 g/L → 9.6 g/dL; ferritin ug/L = ng/mL; 'Test Set' lines, episode numbers and the CHI are not rows.")

case('AT', 'de', 'lis', 'SAP i.s.h.med "Befundanzeige" list output from an Austrian hospital (Klinikum Klagenfurt) in German: an ALV-style table drawn with vertical bars and dashed rules, right-aligned results with decimal commas, "+"/"-" in a Bew. column with a legend, a censored GFR', r'''
    SAP i.s.h.med – Befundanzeige   Klinikum Klagenfurt am Wörthersee
    Patient: Huber, Maria   geb. 12.05.1961   Fall: 4002187711   Station: Interne 2 (Med2)
    Auftrag: LAB 250224-0457   Abnahme: 24.02.2025 06:40   Status: endgültig freigegeben
    --------------------------------------------------------------------------------
    |Leistung                    |Ergebnis |Einheit        |Referenzbereich |Bew.|
    --------------------------------------------------------------------------------
    |C-reaktives Protein (CRP)   |    38,5 |mg/l           |< 5,0           | +  |
    |Leukozyten                  |    13,8 |G/l            |4,0 - 10,0      | +  |
    |Hämoglobin                  |    11,9 |g/dl           |12,0 - 16,0     | -  |
    |Thrombozyten                |     412 |G/l            |150 - 400       | +  |
    |Kreatinin                   |    0,82 |mg/dl          |0,50 - 0,90     |    |
    |GFR (CKD-EPI)               |     >90 |ml/min/1,73m2  |> 60            |    |
    |Natrium                     |     131 |mmol/l         |136 - 145       | -  |
    |Kalium                      |     3,9 |mmol/l         |3,5 - 5,1       |    |
    --------------------------------------------------------------------------------
    Bewertung: + oberhalb, - unterhalb des Referenzbereichs
''', [
    R('c-reactive-protein', '38.5', 'mg/l', '..<5.0', 'high'),
    R('white-blood-cell-count', '13.8', 'G/l', '4.0..10.0', 'high'),
    R('hemoglobin', '11.9', 'g/dl', '12.0..16.0', 'low'),
    R('platelet-count', '412', 'G/l', '150..400', 'high'),
    R('creatinine', '0.82', 'mg/dl', '0.50..0.90'),
    R('egfr', '90', 'ml/min/1,73m2', '>60..', vt='>90'),
    R('sodium', '131', 'mmol/l', '136..145', 'low'),
    R('potassium', '3.9', 'mmol/l', '3.5..5.1'),
], "range=the Referenzbereich cell ('< b' / '> a' strict, decimal commas); the +/- marks are flags by the printed legend (oberhalb / unterhalb); G/l = 10*3/uL; GFR '>90' lies wholly above 60 (normal, normalized on its bound); the vertical bars and dashed rules are table drawing, not content.")

case('US', 'en', 'lis', 'Allscripts Sunrise Clinical Manager "Results Flowsheet" on a MICU patient filtered to DKA-protocol labs: four timed columns sorted oldest to newest (left to right), H/L after values, then Ref Range and Units; only the newest column is keyed', r'''
    Sunrise Clinical Manager — Results Flowsheet   Unit: MICU   Pt: HERNANDEZ, Luis A  (MRN 00482211)  34 M
    Filter: DKA protocol labs   Sort: oldest → newest (left to right)

    Test                  02/16 22:40   02/17 02:45   02/17 06:50   02/17 10:55   Ref Range    Units
    Glucose               538 H         402 H         261 H         188 H         70-99        mg/dL
    Sodium                131 L         134 L         137           138           136-145      mmol/L
    Potassium             5.8 H         4.6           3.8           3.3 L         3.5-5.1      mmol/L
    Chloride              96 L          101           105           108 H         98-107       mmol/L
    CO2                   8 L           11 L          15 L          18 L          22-29        mmol/L
    Anion Gap             27 H          22 H          17 H          12            7-16         mmol/L
    BUN                   31 H          27 H          23 H          19            6-20         mg/dL
    Creatinine            1.64 H        1.38 H        1.15          1.02          0.67-1.17    mg/dL
    Beta-Hydroxybutyrate  6.8 H         4.9 H         2.7 H         1.2 H         0.0-0.3      mmol/L
    Legend: H = High, L = Low. Newest result in the rightmost column.
''', [
    R('glucose', '188', 'mg/dL', '70..99', 'high'),
    R('sodium', '138', 'mmol/L', '136..145'),
    R('potassium', '3.3', 'mmol/L', '3.5..5.1', 'low'),
    R('chloride', '108', 'mmol/L', '98..107', 'high'),
    R('carbon-dioxide', '18', 'mmol/L', '22..29', 'low'),
    R('anion-gap', '12', 'mmol/L', '7..16'),
    R('blood-urea-nitrogen', '19', 'mg/dL', '6..20'),
    R('creatinine', '1.02', 'mg/dL', '0.67..1.17'),
    R('?Beta-Hydroxybutyrate', '1.2', 'mmol/L', '0.0..0.3', 'high'),
], "range=the Ref Range column; only the newest column (02/17 10:55, rightmost as the header and legend say) is keyed — these are routine repeats, not a timed stimulation protocol, so the newest-value rule applies (set 28); H/L after the newest values are flags; CO2 is carbon-dioxide (catalog alias 'Carbon Dioxide, Total'); beta-hydroxybutyrate has no catalog key.")

case('US', 'en', 'lis', 'SCC Soft Computer SoftLab "Cumulative Patient Report" (hospital GI clinic): upper-case fixed-width print, a panel header with one date/time column (time on a second header line), H after the value, REF RANGE and UNITS columns, a GGT outside the panel, the SoftLab flag legend', r'''
    SOFTLAB   CUMULATIVE PATIENT REPORT                                  PAGE 1
    ST. AGNES MEDICAL CENTER LABORATORY  —  FRESNO, CA
    PATIENT: DELACRUZ, ANTONIO   MRN 7781234   DOB 03/19/1966   SEX M   LOC: GI CLINIC
    ORDERING: PATEL, R MD

    HEPATIC FUNCTION PANEL                    03/12/25    REF RANGE      UNITS
                                              0815
      AST                                     58 H        10-40          U/L
      ALT                                     74 H        7-56           U/L
      ALKALINE PHOSPHATASE                    131 H       40-129         U/L
      BILIRUBIN, TOTAL                        1.4 H       0.0-1.2        mg/dL
      BILIRUBIN, DIRECT                       0.5 H       0.0-0.3        mg/dL
      ALBUMIN                                 3.6         3.5-5.2        g/dL
      PROTEIN, TOTAL                          7.1         6.4-8.3        g/dL
    GAMMA GT                                  212 H       8-61           U/L

    H=HIGH  L=LOW  C=CRITICAL  *=CORRECTED     ** END OF REPORT **     SCC SOFT COMPUTER
''', [
    R('aspartate-aminotransferase', '58', 'U/L', '10..40', 'high'),
    R('alanine-aminotransferase', '74', 'U/L', '7..56', 'high'),
    R('alkaline-phosphatase', '131', 'U/L', '40..129', 'high'),
    R('total-bilirubin', '1.4', 'mg/dL', '0.0..1.2', 'high'),
    R('direct-bilirubin', '0.5', 'mg/dL', '0.0..0.3', 'high'),
    R('albumin', '3.6', 'g/dL', '3.5..5.2'),
    R('total-protein', '7.1', 'g/dL', '6.4..8.3'),
    R('gamma-glutamyl-transferase', '212', 'U/L', '8..61', 'high'),
], "range=the REF RANGE column (inclusive); H after the value; the time '0815' on the second header line belongs to the date column, not to a test; the legend line is not a row.")

case('US', 'en', 'lis', 'Orchard Harvest LIS patient report from a family-medicine office laboratory: Test Name / Result / Abnormal Flag / Ref Range / Units in capitals, a critical-high glucose "CH" with the flag legend and a critical-value call-back line', r'''
    Orchard® Harvest LIS — Patient Report
    Valley Family Medicine Laboratory, Yakima WA    Accession: 25-031-0042
    Patient: Ybarra, Rosa   DOB: 11/02/1971   Sex: F   Provider: J. Lindqvist, PA-C
    Collected: 01/31/2025 09:14   Reported: 01/31/2025 10:02

    Test Name            Result    Abnormal Flag    Ref Range     Units
    GLUCOSE              512       CH               70-99         mg/dL
    SODIUM               129       L                136-145       mmol/L
    POTASSIUM            5.6       H                3.5-5.1       mmol/L
    BUN                  42        H                7-25          mg/dL
    CREATININE           1.9       H                0.50-1.03     mg/dL
    HEMOGLOBIN A1C       11.8      H                4.0-5.6       %

    Flags: H=High L=Low CH=Critical High CL=Critical Low
    CRITICAL VALUE: GLUCOSE 512 called to J. Lindqvist PA-C at 10:01 by MT (read back verified).
''', [
    R('glucose', '512', 'mg/dL', '70..99', 'critical-high'),
    R('sodium', '129', 'mmol/L', '136..145', 'low'),
    R('potassium', '5.6', 'mmol/L', '3.5..5.1', 'high'),
    R('blood-urea-nitrogen', '42', 'mg/dL', '7..25', 'high'),
    R('creatinine', '1.9', 'mg/dL', '0.50..1.03', 'high'),
    R('hemoglobin-a1c', '11.8', '%', '4.0..5.6', 'high'),
], "range=the Ref Range column; 'CH' is critical-high by the printed legend (sets 21/24: HH/LL with a legend are critical); the call-back line repeats the glucose and is not a second row.")

case('UK', 'en', 'lis', 'Telepath (legacy NHS laboratory system) green-screen cumulative enquiry copied as text: all capitals, tests as rows with UNITS and REF RANGE, three dated columns oldest to newest with H/L glued, function-key footer saying the newest is rightmost', r'''
    TELEPATH   CLINICAL BIOCHEMISTRY   CUMULATIVE ENQUIRY            SCREEN 1 OF 1
    HOSP NO: K448812   NAME: OLUWASEUN, GRACE   DOB: 02.11.54   WARD: RENAL OPD
    SERUM        UNITS     REF RANGE    12.02.25   19.02.25   26.02.25
    SODIUM       MMOL/L    133-146      131L       134        136
    POTASSIUM    MMOL/L    3.5-5.3      5.6H       5.1        4.9
    UREA         MMOL/L    2.5-7.8      9.4H       8.6H       8.1H
    CREATININE   UMOL/L    45-84        131H       122H       118H
    BICARB       MMOL/L    22-29        20L        21L        22
    PHOSPHATE    MMOL/L    0.80-1.50    1.62H      1.55H      1.48
    F1=HELP  F3=EXIT  F7=PREV  F8=NEXT   NEWEST RESULT RIGHTMOST
''', [
    R('sodium', '136', 'MMOL/L', '133..146'),
    R('potassium', '4.9', 'MMOL/L', '3.5..5.3'),
    R('urea', '8.1', 'MMOL/L', '2.5..7.8', 'high'),
    R('creatinine', '118', 'UMOL/L', '45..84', 'high'),
    R('carbon-dioxide', '22', 'MMOL/L', '22..29'),
    R('phosphorus', '1.48', 'MMOL/L', '0.80..1.50'),
], "range=the REF RANGE column; only the newest column (26.02.25, rightmost, as the footer says) is keyed; H glued after the value; capital units read as their units (set 26); urea 8.1 mmol/L → 48.6 mg/dL (urea), creatinine 118 umol/L → 1.33 mg/dL, phosphate → phosphorus 1.48 mmol/L → 4.58 mg/dL; BICARB 22 sits on the inclusive lower bound 22 (normal); bicarbonate is carbon-dioxide (catalog alias).")

case('BF', 'fr', 'lis', 'OpenELIS Global patient report from CHU Yalgado Ouédraogo (Ouagadougou, Burkina Faso) in French: HIV day-hospital follow-up with a CD4 count and an HIV-1 viral load below the detection limit (neither in the catalog), creatinine in mg/L, glycaemia in g/L, decimal commas, no flags printed', r'''
    OpenELIS Global 2.8 — Rapport de résultats patient
    CHU Yalgado Ouédraogo, Ouagadougou — Laboratoire de biologie médicale
    Patient : SAWADOGO Aminata   Code patient : 10-0457-22   Sexe : F   Âge : 36 ans
    N° labo : 25BF0004417   Prélèvement : 13/02/2025 08:05   Service : Hôpital de jour (suivi VIH)

    Analyse                          Résultat          Unité         Valeurs de référence
    Lymphocytes T CD4                412               cellules/µL   500 - 1500
    Charge virale VIH-1 (ARN)        < 40              copies/mL     Indétectable : < 40
    Créatinine                       9,8               mg/L          6,0 - 12,0
    ALAT (GPT)                       22                U/L           < 35
    Hémoglobine                      10,9              g/dL          12,0 - 16,0
    Glycémie à jeun                  0,92              g/L           0,70 - 1,10

    Validé par : Dr O. Kaboré (biologiste)   Imprimé le 14/02/2025
''', [
    R('?Lymphocytes T CD4', '412', 'cellules/µL', '500..1500'),
    R('?Charge virale VIH-1 (ARN)', '40', 'copies/mL', '..<40', vt='<40'),
    R('creatinine', '9.8', 'mg/L', '6.0..12.0'),
    R('alanine-aminotransferase', '22', 'U/L', '..<35'),
    R('hemoglobin', '10.9', 'g/dL', '12.0..16.0'),
    R('glucose', '0.92', 'g/L', '0.70..1.10'),
], "range=the 'Valeurs de référence' column (decimal commas, '< b' strict, the 'Indétectable :' label dropped); no flags are printed, so all are computed (CD4 and Hb low); CD4 and viral load have no catalog key (? rows); the viral load '< 40' against '< 40' lies inside (normal); creatinine 9.8 mg/L → 0.98 mg/dL, glycaemia 0.92 g/L → 92 mg/dL.")

case('MW', 'en', 'lis', 'OpenMRS (Partners In Health / Abwenzi Pa Za Umoyo, Neno District Hospital, Malawi) chronic-care lab results list: one row per dated result (Date / Test / Result / Units / Normal range), an older fasting glucose further down, an HIV viral load "LDL" and a CrAg answer, a note that abnormal values are red on screen', r'''
    OpenMRS — Neno District Hospital (Partners In Health / Abwenzi Pa Za Umoyo)
    Chronic Care Clinic — Lab results (patient dashboard)
    Patient: Chisomo Banda (F, 52)   ID: NNO 24871   Programs: HIV (ART), Hypertension, Diabetes

    Date        Test                         Result    Units       Normal range
    2025-03-04  Glucose (fasting)            9.4       mmol/L      3.9 - 6.1
    2025-03-04  HbA1c (POC)                  8.1       %           4.0 - 6.0
    2025-03-04  Creatinine                   88        umol/L      45 - 90
    2025-03-04  Haemoglobin                  12.1      g/dL        12.0 - 16.0
    2025-02-11  HIV viral load               LDL       copies/mL   (LDL = lower than detectable limit)
    2025-02-11  Cryptococcal antigen (CrAg)  Negative
    2024-11-19  Glucose (fasting)            11.2      mmol/L      3.9 - 6.1
    Abnormal values are shown in red on screen.
''', [
    R('glucose', '9.4', 'mmol/L', '3.9..6.1'),
    R('hemoglobin-a1c', '8.1', '%', '4.0..6.0'),
    R('creatinine', '88', 'umol/L', '45..90'),
    R('hemoglobin', '12.1', 'g/dL', '12.0..16.0'),
    R('?HIV viral load', None, None, '', 'null', vt='LDL'),
    R('?Cryptococcal antigen (CrAg)', None, None, '', 'null', vt='Negative'),
], "range=the 'Normal range' column; the red colour is lost in text, so flags are computed (glucose and HbA1c high); only the newest result per test is keyed (the 2024-11-19 glucose is older); glucose 9.4 mmol/L → 169 mg/dL, creatinine 88 umol/L → 0.995 mg/dL; the viral load 'LDL' (explained, not an expected answer) and the CrAg 'Negative' have no expected text printed: ? rows, range none, flag null (set 28).")

case('US', 'en', 'lis', 'Cerner PowerChart "Results Review" flowsheet (cardiac labs navigator band) on a CVU inpatient: three date/time columns displayed newest FIRST, "(H)"/"(L)" after values, a dash for a not-drawn BNP, the reference range with units in the last column, a unitless INR', r'''
    PowerChart — Flowsheet: Results Review   Level: Cardiac Labs
    GREENE, HAROLD W   MRN 01947723   76 years Male   Loc: 4 East CVU, Rm 412-B   Attending: Nakamura MD
    Navigator ▸ Cardiac Enzymes / BNP / Lytes / Coag              Display: newest first
                              03/14/2025 05:10    03/13/2025 17:45    03/13/2025 11:20    Reference Range
    Troponin I                0.52 (H)            0.61 (H)            0.09 (H)            0.00-0.04 ng/mL
    BNP                       1,240 (H)           —                   1,560 (H)           0-100 pg/mL
    CK Total                  412 (H)             538 (H)             188                 39-308 U/L
    Magnesium Lvl             1.8                 1.6 (L)             1.9                 1.7-2.4 mg/dL
    Potassium Lvl             3.9                 3.4 (L)             4.2                 3.5-5.1 mmol/L
    INR                       1.1                 1.1                 1.0                 0.9-1.1
    Legend: (H) High  (L) Low  (C) Critical     Reviewed by Nakamura MD 03/14/2025 07:02
''', [
    R('troponin-i', '0.52', 'ng/mL', '0.00..0.04', 'high'),
    R('bnp', '1240', 'pg/mL', '0..100', 'high'),
    R('creatine-kinase', '412', 'U/L', '39..308', 'high'),
    R('magnesium', '1.8', 'mg/dL', '1.7..2.4'),
    R('potassium', '3.9', 'mmol/L', '3.5..5.1'),
    R('inr', '1.1', None, '0.9..1.1'),
], "range=the Reference Range column with units read off; only the newest column (03/14/2025 05:10, leftmost, 'Display: newest first') is keyed; (H) printed, the rest computed; BNP '1,240' thousands comma; INR has no unit (no normalizedValue) and 1.1 sits on the inclusive upper bound (normal).")

case('TR', 'tr', 'lis', 'e-Nabız (Turkish Ministry of Health personal health record) "Tahlillerim" copy in Turkish: hospital and date header, Tetkik Adı / Sonuç / Birim / Referans Değeri columns, decimal commas, and a note that out-of-range results are shown in red (lost in text)', r'''
    e-Nabız — Tahlillerim
    T.C. Sağlık Bakanlığı Kişisel Sağlık Sistemi
    Hastane: Ankara Bilkent Şehir Hastanesi   Tarih: 03.03.2025 09:41

    Tetkik Adı                         Sonuç     Birim       Referans Değeri
    Glukoz (açlık)                     126       mg/dL       74 - 106
    HbA1c                              6,9       %           4 - 6
    Kolesterol                         231       mg/dL       0 - 200
    LDL Kolesterol                     152       mg/dL       0 - 130
    HDL Kolesterol                     38        mg/dL       40 - 60
    Trigliserid                        205       mg/dL       0 - 150
    ALT                                24        U/L         0 - 41
    TSH                                1,85      mIU/L       0,27 - 4,2
    Referans aralığı dışındaki sonuçlar kırmızı renkte gösterilir.
''', [
    R('glucose', '126', 'mg/dL', '74..106'),
    R('hemoglobin-a1c', '6.9', '%', '4..6'),
    R('total-cholesterol', '231', 'mg/dL', '0..200'),
    R('ldl-cholesterol', '152', 'mg/dL', '0..130'),
    R('hdl-cholesterol', '38', 'mg/dL', '40..60'),
    R('triglycerides', '205', 'mg/dL', '0..150'),
    R('alanine-aminotransferase', '24', 'U/L', '0..41'),
    R('thyroid-stimulating-hormone', '1.85', 'mIU/L', '0.27..4.2'),
], "range=the 'Referans Değeri' column (inclusive, decimal commas); the red colour that marks out-of-range results is lost in text, so every flag is computed (glucose, HbA1c, cholesterol, LDL, triglycerides high; HDL low).")

case('SE', 'sv', 'lis', 'Cambio Cosmic journal "Provsvar Klinisk kemi" copy (Region Östergötland primary care) in Swedish: specimen-prefixed analysis names, Resultat / Enhet / Referensintervall / Avvikelse with the words Hög and Låg, en-dash ranges, decimal commas, a censored CRP', r'''
    Cosmic · Journal › Provsvar › Klinisk kemi
    Patient: 19580312-XXXX Lindqvist, Gunnar   Vårdenhet: Vårdcentralen Ekholmen, Linköping
    Provtagning: 2025-02-20 08:12   Svarsstatus: Slutsvar   Remittent: Dr E. Sandberg

    Analys               Resultat    Enhet           Referensintervall    Avvikelse
    P-Natrium            141         mmol/L          137–145
    P-Kalium             4,6         mmol/L          3,5–4,6
    P-Kreatinin          118         µmol/L          60–105               Hög
    eGFR (relativ)       55          mL/min/1,73m²   >60                  Låg
    P-Urat               0,47        mmol/L          0,23–0,48
    B-Hemoglobin (Hb)    128         g/L             134–170              Låg
    P-CRP                <5          mg/L            <5
''', [
    R('sodium', '141', 'mmol/L', '137..145'),
    R('potassium', '4.6', 'mmol/L', '3.5..4.6'),
    R('creatinine', '118', 'µmol/L', '60..105', 'high'),
    R('egfr', '55', 'mL/min/1,73m²', '>60..', 'low'),
    R('uric-acid', '0.47', 'mmol/L', '0.23..0.48'),
    R('hemoglobin', '128', 'g/L', '134..170', 'low'),
    R('c-reactive-protein', '5', 'mg/L', '..<5', vt='<5'),
], "range=the Referensintervall column (en dash inclusive, '>a' / '<b' strict, decimal commas); the Swedish words Hög / Låg are flags, the empty cells computed; potassium 4,6 sits on the inclusive upper bound (normal); creatinine 118 µmol/L → 1.33 mg/dL, urate 0.47 mmol/L → 7.9 mg/dL, Hb 128 g/L → 12.8 g/dL; CRP '<5' against '<5' is inside (normal, on its bound).")

case('IN', 'en', 'lis', 'Bahmni (OpenMRS-based hospital system) "Lab Investigations" display at a rural Chhattisgarh hospital (Jan Swasthya Sahyog): one date column, "(L)" after low values, range and units columns, cells/cumm white count, a peripheral-smear text line and a sickling test answer', r'''
    Bahmni — Patient Dashboard › Lab Investigations
    Jan Swasthya Sahyog, Ganiyari (Bilaspur, Chhattisgarh)   Patient: Sunita Bai (F, 38)   ID: GAN204518
    Visit: OPD 06-Mar-2025

    Test                          06 Mar 25     Range               Units
    Haemoglobin                   7.8 (L)       12 - 15             g/dL
    Total Leukocyte Count         5,400         4,000 - 11,000      cells/cumm
    Platelet Count                190           150 - 450           10^3/µL
    MCV                           64 (L)        83 - 101            fL
    Serum Ferritin                4.1 (L)       13 - 150            ng/mL
    Peripheral smear              Microcytic hypochromic RBCs with pencil cells
    Sickling test                 Negative
    Abnormal values are marked (L)/(H).
''', [
    R('hemoglobin', '7.8', 'g/dL', '12..15', 'low'),
    R('white-blood-cell-count', '5400', 'cells/cumm', '4000..11000'),
    R('platelet-count', '190', '10^3/µL', '150..450'),
    R('mean-corpuscular-volume', '64', 'fL', '83..101', 'low'),
    R('ferritin', '4.1', 'ng/mL', '13..150', 'low'),
    R('?Sickling test', None, None, '', 'null', vt='Negative'),
], "range=the Range column with thousands commas removed (4,000 - 11,000); (L) printed, the rest computed; 5,400 cells/cumm → 5.4 10*3/uL; the peripheral-smear sentence is a comment, not a result; the sickling test has no catalog key and no expected text printed (? row, range none, flag null).")

case('US', 'en', 'lis', 'SoftLab specimen-tracking audit trail for an accession: container, tube, event, date/time and user/device columns (collection, receipt, centrifuge speed, analyzer rack and position), status still in process, storage line — no result', r'''
    SoftLab · Specimen Tracking — Audit Trail   Accession W250314-00871
    Patient: KOWALCZYK, MAREK   MRN 5521907   Order: CMP, LIPID, TSH, HBA1C
    Container   Tube     Event                              Date/Time          User/Device
    01          SST      Collected (venipuncture)           03/14/25 07:42     PHLB-JRM
    01          SST      Received in lab                    03/14/25 08:15     ACC-02
    01          SST      Centrifuged 10 min @ 3,000 rpm     03/14/25 08:21     CENT-3
    01          SST      Loaded on analyzer                 03/14/25 08:34     ATELLICA-CH-1 rack 112 pos 4
    02          LAV      Loaded on analyzer (A1c)           03/14/25 08:36     D100-1
    01          SST      Status: In process — results pending verification
    Storage: rack R-47, position C6, 2-8 °C, discard after 7 days.
''', [], "range=none: a specimen audit trail (times, rpm, rack positions, temperatures); the ordered tests have no values yet; no result.")

# ---- family country: countries (and languages) no earlier set used
case('KG', 'ky', 'country', 'Bonetsky medical laboratory (Bishkek, Kyrgyzstan) report with Kyrgyz headers and Russian test names: Анализдин аталышы / Жыйынтык / Бирдиги / Норма / Белги with the Kyrgyz words жогору (high) and төмөн (low), Cyrillic units including МЕ/мл, decimal commas', r'''
    «Бонецкий» медициналык лабораториясы — Бишкек ш., Кыргыз Республикасы
    Бейтап: Асанова Айгерим Бакытовна   Туулган жылы: 1989   Жынысы: аял
    Алынган күнү: 14.03.2025   Буйрутма №: 0325-118742

    Анализдин аталышы          Жыйынтык   Бирдиги      Норма          Белги
    ТТГ (тиреотроп гормон)     6,12       мкМЕ/мл      0,4 - 4,0      жогору
    Т4 свободный               10,8       пмоль/л      10,0 - 23,2
    Антитела к ТПО             210        МЕ/мл        < 34           жогору
    Ферритин                   9          нг/мл        13 - 150       төмөн
    Гемоглобин                 108        г/л          120 - 140      төмөн
    Витамин D (25-OH)          14,6       нг/мл        30 - 100       төмөн

    Эскертүү: жыйынтыктарды дарыгер чечмелейт.
''', [
    R('thyroid-stimulating-hormone', '6.12', 'мкМЕ/мл', '0.4..4.0', 'high'),
    R('free-t4', '10.8', 'пмоль/л', '10.0..23.2'),
    R('thyroid-peroxidase-antibody', '210', 'МЕ/мл', '..<34', 'high'),
    R('ferritin', '9', 'нг/мл', '13..150', 'low'),
    R('hemoglobin', '108', 'г/л', '120..140', 'low'),
    R('vitamin-d', '14.6', 'нг/мл', '30..100', 'low'),
], "range=the Норма column (inclusive, '< b' strict, decimal commas); the Kyrgyz words жогору / төмөн in the Белги column are flags (high / low), the empty cell computed; мкМЕ/мл = m[IU]/L (TSH), пмоль/л free T4 10.8 → 0.839 ng/dL, г/л Hb 108 → 10.8 g/dL, нг/мл = ng/mL; TPO antibody in МЕ/мл (IU/mL) is not normalized against the catalog's U/mL (sets 22-28).")

case('TJ', 'tg', 'country', 'private diagnostic centre (Dushanbe, Tajikistan) biochemistry result in Tajik: Номи таҳлил / Натиҷа / Воҳиди ченак / Меъёр / Қайд with the Tajik word баланд (high), Russian-style Cyrillic units, decimal commas, "< b" bound', r'''
    Маркази ташхисии «Шифо» — ш. Душанбе, Ҷумҳурии Тоҷикистон
    Натиҷаи таҳлили биохимиявии хун
    Бемор: Раҳимов Фирдавс   Синну сол: 57   Ҷинс: мард   Сана: 10.03.2025

    Номи таҳлил            Натиҷа    Воҳиди ченак   Меъёр          Қайд
    Глюкоза                7,4       ммоль/л        3,9 - 6,1      баланд
    HbA1c                  7,1       %              4,0 - 6,0      баланд
    Холестерини умумӣ      5,9       ммоль/л        < 5,2          баланд
    Креатинин              84        мкмоль/л       62 - 115
    АЛТ                    29        Ед/л           0 - 41
    Мочевина               6,2       ммоль/л        2,5 - 8,3

    Духтури лаборант: Н. Саидова
''', [
    R('glucose', '7.4', 'ммоль/л', '3.9..6.1', 'high'),
    R('hemoglobin-a1c', '7.1', '%', '4.0..6.0', 'high'),
    R('total-cholesterol', '5.9', 'ммоль/л', '..<5.2', 'high'),
    R('creatinine', '84', 'мкмоль/л', '62..115'),
    R('alanine-aminotransferase', '29', 'Ед/л', '0..41'),
    R('urea', '6.2', 'ммоль/л', '2.5..8.3'),
], "range=the Меъёр column (inclusive, '< b' strict, decimal commas); the Tajik word баланд (high) is the printed flag, the empty cells computed; glucose 7.4 mmol/L → 133 mg/dL, cholesterol 5.9 → 228 mg/dL, creatinine 84 umol/L → 0.95 mg/dL, urea (Мочевина) 6.2 mmol/L → 37.2 mg/dL; Ед/л = U/L.")

case('LA', 'lo', 'country', 'Mahosot Hospital laboratory (Vientiane, Laos) report with bilingual Lao/English column headers and English test names, an HBsAg answer against an expected "Negative", and the Lao flag words ສູງ (high) and ຕ່ຳ (low) with a legend line', r'''
    ໂຮງໝໍມະໂຫສົດ — ພະແນກວິເຄາະ (Mahosot Hospital, Vientiane — Laboratory Department)
    ຊື່ຜູ້ປ່ວຍ / Patient: Ms Phonesavanh Keomany   ອາຍຸ / Age: 42   ວັນທີ / Date: 07/03/2025

    ລາຍການກວດ / Test      ຜົນກວດ / Result   ຫົວໜ່ວຍ / Unit   ຄ່າອ້າງອີງ / Reference   ໝາຍເຫດ
    HBsAg                   Positive                           Negative
    ALT (SGPT)              68                U/L              0 - 40                   ສູງ
    AST (SGOT)              52                U/L              0 - 40                   ສູງ
    Albumin                 3.9               g/dL             3.5 - 5.0
    Total bilirubin         0.9               mg/dL            0.2 - 1.2
    Platelets               148               x10^3/uL         150 - 400                ຕ່ຳ
    ໝາຍເຫດ: ສູງ = high, ຕ່ຳ = low
''', [
    R('hepatitis-b-surface-antigen', None, None, 'text', 'abnormal', vt='Positive'),
    R('alanine-aminotransferase', '68', 'U/L', '0..40', 'high'),
    R('aspartate-aminotransferase', '52', 'U/L', '0..40', 'high'),
    R('albumin', '3.9', 'g/dL', '3.5..5.0'),
    R('total-bilirubin', '0.9', 'mg/dL', '0.2..1.2'),
    R('platelet-count', '148', 'x10^3/uL', '150..400', 'low'),
], "range=the Reference column; HBsAg 'Positive' against the printed expected 'Negative' is abnormal (range `text`); the Lao words ສູງ / ຕ່ຳ are flags by the printed legend, the empty cells computed.")

case('BT', 'en', 'country', 'Jigme Dorji Wangchuck National Referral Hospital (Thimphu, Bhutan) clinical biochemistry report in English: Investigation / Result / Unit / Biological Reference Interval in South-Asian style (Blood Urea, Serum …), mg/dl units, one H, a reporting line', r'''
    JIGME DORJI WANGCHUCK NATIONAL REFERRAL HOSPITAL — Department of Laboratory Medicine, Thimphu, Bhutan
    Clinical Biochemistry Report
    Patient: Sangay Tenzin   Age/Sex: 49 Y / M   Dept: Medicine OPD   Sample: 12/02/2025 09:30

    Investigation          Result    Unit      Biological Reference Interval
    Blood Urea             42        mg/dl     15 - 45
    Serum Creatinine       1.3       mg/dl     0.6 - 1.4
    Serum Uric Acid        8.2       mg/dl     3.4 - 7.0        H
    Serum Sodium           141       mmol/L    135 - 145
    Serum Potassium        4.6       mmol/L    3.5 - 5.1
    Serum Calcium          9.1       mg/dl     8.5 - 10.5

    Comment: hyperuricaemia. Kindly correlate clinically. Reported by: Lab Technologist (Biochemistry); verified by Dr D. Wangmo.
''', [
    R('urea', '42', 'mg/dl', '15..45'),
    R('creatinine', '1.3', 'mg/dl', '0.6..1.4'),
    R('uric-acid', '8.2', 'mg/dl', '3.4..7.0', 'high'),
    R('sodium', '141', 'mmol/L', '135..145'),
    R('potassium', '4.6', 'mmol/L', '3.5..5.1'),
    R('calcium', '9.1', 'mg/dl', '8.5..10.5'),
], "range=the Biological Reference Interval column (inclusive); H printed, the rest computed; 'Blood Urea' in mg/dl is the catalog's urea (set 28: South-Asian 'Blood Urea' is urea, never BUN).")

case('MV', 'en', 'country', 'Indira Gandhi Memorial Hospital (Malé, Maldives) laboratory report with a Dhivehi (Thaana) hospital-name line and an English body: fasting and 2-hour post-prandial blood sugar, HbA1c and a lipid profile with H/L flags and "< b" / "> a" bounds, the two collection times', r'''
    އިންދިރާ ގާންދީ މެމޯރިއަލް ހޮސްޕިޓަލް
    INDIRA GANDHI MEMORIAL HOSPITAL — Laboratory, Malé, Republic of Maldives
    Patient: Aishath Shiuna   Age/Sex: 46 / F   Reg No: IGMH-25-031877   Ref: Dr M. Naseer (Diabetes clinic)

    TEST                         RESULT   UNIT     REFERENCE RANGE   FLAG
    Fasting Blood Sugar          118      mg/dL    70 - 110          H
    Post Prandial (2 hr) Sugar   192      mg/dL    < 140             H
    HbA1c                        7.4      %        4.0 - 5.6         H
    Total Cholesterol            212      mg/dL    < 200             H
    Triglycerides                238      mg/dL    < 150             H
    HDL Cholesterol              36       mg/dL    > 40              L
    LDL Cholesterol (calc)       128      mg/dL    < 100             H
    Collected: 02/03/2025 07:45 (fasting) and 09:50 (2 h after breakfast)
''', [
    R('glucose', '118', 'mg/dL', '70..110', 'high'),
    R('?Post Prandial (2 hr) Sugar', '192', 'mg/dL', '..<140', 'high'),
    R('hemoglobin-a1c', '7.4', '%', '4.0..5.6', 'high'),
    R('total-cholesterol', '212', 'mg/dL', '..<200', 'high'),
    R('triglycerides', '238', 'mg/dL', '..<150', 'high'),
    R('hdl-cholesterol', '36', 'mg/dL', '>40..', 'low'),
    R('ldl-cholesterol', '128', 'mg/dL', '..<100', 'high'),
], "range=the REFERENCE RANGE column ('< b' / '> a' strict); flags from the FLAG column; the fasting blood sugar is the catalog's glucose, the post-prandial (post-load) sugar is a ? row even though it stands alone (this set's dynamic rule; set 23 left PPBS out); the Thaana line is the hospital's name.")

case('ZM', 'en', 'country', 'University Teaching Hospitals (Lusaka, Zambia) ART clinic routine monitoring report: Test / Result / Units / Reference, a CD4 count (not in the catalog), an HIV-1 RNA answer equal to its expected text, renal and liver safety bloods for TLD, no flags printed, a clinician note', r'''
    UNIVERSITY TEACHING HOSPITALS — Adult Hospital Laboratory, Lusaka, Zambia
    ART Clinic (Centre of Excellence) — Routine monitoring
    Patient: Mwila Chanda (M, 44)   ART No: 1004-0231-11782   Regimen: TLD (tenofovir/lamivudine/dolutegravir)
    Specimen date: 19/02/2025

    Test                     Result                 Units        Reference
    CD4 count                318                    cells/uL     500 - 1500
    HIV-1 RNA (viral load)   Target Not Detected                 Target Not Detected
    Creatinine               98                     umol/L       62 - 106
    ALT                      22                     U/L          0 - 45
    Haemoglobin              13.2                   g/dL         13.0 - 17.0
    Glucose (random)         6.1                    mmol/L       3.9 - 7.8

    Clinician note: virally suppressed; continue TLD, next VL in 12 months. CD4 no longer routinely needed.
''', [
    R('?CD4 count', '318', 'cells/uL', '500..1500'),
    R('?HIV-1 RNA (viral load)', None, None, 'text', 'normal', vt='Target Not Detected'),
    R('creatinine', '98', 'umol/L', '62..106'),
    R('alanine-aminotransferase', '22', 'U/L', '0..45'),
    R('hemoglobin', '13.2', 'g/dL', '13.0..17.0'),
    R('glucose', '6.1', 'mmol/L', '3.9..7.8'),
], "range=the Reference column; no flags printed, so computed (CD4 low); CD4 and viral load have no catalog key (? rows); the viral-load answer equals its printed expected text (normal, range `text`); creatinine 98 umol/L → 1.11 mg/dL, glucose 6.1 mmol/L → 110 mg/dL.")

case('BW', 'en', 'country', 'Diagnofirm Medical Laboratories (Gaborone, Botswana) final report for a urology referral: total and free PSA, the free/total ratio in % against "> 25", testosterone in nmol/L, glucose and creatinine in SI, H/L flag column, an interpretation comment with ratio bands', r'''
    DIAGNOFIRM MEDICAL LABORATORIES — Gaborone, Botswana
    Final Report   Lab No: DF25-114092   Requesting doctor: Dr K. Motsumi (Urology, Bokamoso Private Hospital)
    Patient: Mr Onalenna Sebego   Age: 63   Sex: M   Collected: 24/02/2025 08:20

    Test                            Result    Units    Reference Range    Flag
    PSA, total                      6.8       ng/mL    0.0 - 4.0          H
    PSA, free                       0.9       ng/mL
    Free/total PSA ratio            13        %        > 25               L
    Testosterone, total             14.2      nmol/L   8.6 - 29.0
    Glucose (fasting)               5.4       mmol/L   3.9 - 5.6
    Creatinine                      104       umol/L   64 - 104
    Haemoglobin                     14.6      g/dL     13.0 - 17.0

    Comment: a free/total ratio < 10 % increases the probability of prostate cancer; 10-25 % is intermediate. Urology review advised.
''', [
    R('prostate-specific-antigen', '6.8', 'ng/mL', '0.0..4.0', 'high'),
    R('prostate-specific-antigen-free', '0.9', 'ng/mL', ''),
    R('prostate-specific-antigen-free-percent', '13', '%', '>25..', 'low'),
    R('testosterone', '14.2', 'nmol/L', '8.6..29.0'),
    R('glucose', '5.4', 'mmol/L', '3.9..5.6'),
    R('creatinine', '104', 'umol/L', '64..104'),
    R('hemoglobin', '14.6', 'g/dL', '13.0..17.0'),
], "range=the Reference Range column ('> a' strict); free PSA has no range (null, sets 23/25); flags H/L printed, the rest computed; testosterone 14.2 nmol/L → 410 ng/dL, glucose 5.4 mmol/L → 97.3 mg/dL, creatinine 104 umol/L sits on the inclusive upper bound (normal, 1.18 mg/dL); the ratio bands in the comment are not ranges.")

case('MG', 'fr', 'country', 'Institut Pasteur de Madagascar (Antananarivo) compte rendu in French with Malagasy patient labels (Anarana, Taona): section headings, dotted leaders between name and value, G/L counts, bracketed ranges, the words bas/élevé after the bracket, a thick-film malaria answer with its expected text', r'''
    INSTITUT PASTEUR DE MADAGASCAR — Centre de Biologie Clinique, Antananarivo
    Compte rendu d'analyses   N° dossier : 25-IPM-030418
    Anarana / Nom : RAKOTOARISOA Hery   Taona / Âge : 29 ans   Sexe : M
    Prélèvement : 05/03/2025 07:55   Médecin : Dr RANDRIAMAMPIONONA

    HÉMATOLOGIE — Numération formule sanguine
    Hémoglobine ............ 11,2 g/dL      (13,0 - 17,0)   bas
    Leucocytes ............. 4,1 G/L        (4,0 - 10,0)
    Plaquettes ............. 142 G/L        (150 - 400)     bas
    Éosinophiles ........... 1,20 G/L       (0,04 - 0,50)   élevé
    BIOCHIMIE
    CRP .................... 24 mg/L        (< 6)           élevé
    PARASITOLOGIE
    Goutte épaisse (Plasmodium) : Négative   (attendu : Négative)
    Conclusion : hyperéosinophilie — rechercher une bilharziose (sérologie, examen des urines et des selles).
''', [
    R('hemoglobin', '11.2', 'g/dL', '13.0..17.0', 'low'),
    R('white-blood-cell-count', '4.1', 'G/L', '4.0..10.0'),
    R('platelet-count', '142', 'G/L', '150..400', 'low'),
    R('eosinophils-absolute', '1.20', 'G/L', '0.04..0.50', 'high'),
    R('c-reactive-protein', '24', 'mg/L', '..<6', 'high'),
    R('malaria-parasite-smear', None, None, 'text', 'normal', vt='Négative'),
], "range=the bracket after the unit (decimal commas, '< b' strict); bas / élevé after the bracket are flags, the empty one computed; G/L = 10*3/uL and eosinophils in G/L are the absolute count; the thick film equals its printed expected text '(attendu : Négative)' (normal); the Malagasy labels are patient details.")

case('SR', 'nl', 'country', 'Academisch Ziekenhuis Paramaribo (Suriname) clinical chemistry results in Dutch: Bepaling / Uitslag / Eenheid / Referentie / Vlag, haemoglobin in mmol/L (Dutch convention), ferritin in µg/L, decimal commas, L flags, a pending electrophoresis line', r'''
    ACADEMISCH ZIEKENHUIS PARAMARIBO — Klinisch Chemisch Laboratorium
    Uitslagen   Patiënt: Sewdien, Radjkoemarie (V, 34 jr)   Aanvrager: Polikliniek Interne Geneeskunde
    Afname: 26-02-2025 08:10

    Bepaling             Uitslag   Eenheid    Referentie      Vlag
    Hemoglobine          7,1       mmol/L     7,5 - 10,0      L
    MCV                  68        fL         80 - 100        L
    Ferritine            8         µg/L       15 - 150        L
    Kreatinine           78        µmol/L     50 - 90
    Glucose (nuchter)    5,4       mmol/L     4,0 - 6,0
    Hb-elektroforese     volgt
''', [
    R('hemoglobin', '7.1', 'mmol/L', '7.5..10.0', 'low'),
    R('mean-corpuscular-volume', '68', 'fL', '80..100', 'low'),
    R('ferritin', '8', 'µg/L', '15..150', 'low'),
    R('creatinine', '78', 'µmol/L', '50..90'),
    R('glucose', '5.4', 'mmol/L', '4.0..6.0'),
], "range=the Referentie column (inclusive, decimal commas); L printed, the rest computed; Hb 7.1 mmol/L ×16114.5 g/mol → 11.4 g/dL (sets 21/23 rule), ferritin µg/L = ng/mL, creatinine 78 µmol/L → 0.882 mg/dL, glucose 5.4 mmol/L → 97.3 mg/dL; the electrophoresis 'volgt' (to follow) is a pending row, not keyed.")

case('XK', 'sq', 'country', 'private biochemistry laboratory (Prishtina, Kosovo) report in Albanian: Analiza / Rezultati / Njësia / Vlerat referente with ↓ after the reference, decimal commas, vitamins, ferritin, TSH and calcium', r'''
    LABORATORI BIOKIMIK «MEDICA-LAB» — Prishtinë, Republika e Kosovës
    Emri dhe mbiemri: Arbër Krasniqi   Mosha: 38   Gjinia: M   Data: 08.03.2025

    Analiza                  Rezultati   Njësia     Vlerat referente
    Vitamina D (25-OH)       12,4        ng/mL      30 - 100            ↓
    Vitamina B12             180         pg/mL      197 - 771           ↓
    Ferritina                212         ng/mL      30 - 400
    Acidi folik              5,8         ng/mL      3,1 - 20,5
    TSH                      2,41        µIU/mL     0,27 - 4,20
    Kalciumi                 2,31        mmol/L     2,15 - 2,55

    Rezultatet duhet të interpretohen nga mjeku.
''', [
    R('vitamin-d', '12.4', 'ng/mL', '30..100', 'low'),
    R('vitamin-b12', '180', 'pg/mL', '197..771', 'low'),
    R('ferritin', '212', 'ng/mL', '30..400'),
    R('folate', '5.8', 'ng/mL', '3.1..20.5'),
    R('thyroid-stimulating-hormone', '2.41', 'µIU/mL', '0.27..4.20'),
    R('calcium', '2.31', 'mmol/L', '2.15..2.55'),
], "range=the 'Vlerat referente' column (inclusive, decimal commas); ↓ printed after the range is a flag, the rest computed; µIU/mL = m[IU]/L (TSH); calcium 2.31 mmol/L → 9.26 mg/dL.")

case('PS', 'en', 'country', 'Istishari Arab Hospital (Ramallah, Palestine) haematology report for premarital screening, English body under an Arabic hospital-name line: Test / Result / Unit / Normal Range / Flag with a microcytic picture, x10^6/uL red cells and an HbA2 by HPLC (not in the catalog), an interpretation', r'''
    المستشفى الاستشاري العربي
    Istishari Arab Hospital — Ramallah, Palestine — Laboratory Department, Hematology
    Patient: Lina Odeh   Age: 24   Sex: F   MRN: 0219334   Requested by: Premarital screening program
    Date: 10/03/2025

    Test         Result   Unit        Normal Range    Flag
    Hemoglobin   11.4     g/dL        12.0 - 16.0     L
    RBC          5.9      x10^6/uL    4.2 - 5.4       H
    MCV          63       fL          80 - 96         L
    MCH          19.3     pg          27.0 - 33.0     L
    RDW-CV       14.1     %           11.5 - 14.5
    HbA2 (HPLC)  5.2      %           2.0 - 3.5       H
    Interpretation: microcytosis with raised HbA2 — consistent with beta-thalassaemia trait. Genetic counselling advised for the couple.
''', [
    R('hemoglobin', '11.4', 'g/dL', '12.0..16.0', 'low'),
    R('red-blood-cell-count', '5.9', 'x10^6/uL', '4.2..5.4', 'high'),
    R('mean-corpuscular-volume', '63', 'fL', '80..96', 'low'),
    R('mean-corpuscular-hemoglobin', '19.3', 'pg', '27.0..33.0', 'low'),
    R('red-cell-distribution-width', '14.1', '%', '11.5..14.5'),
    R('?HbA2 (HPLC)', '5.2', '%', '2.0..3.5', 'high'),
], "range=the Normal Range column (inclusive); flags from the Flag column, RDW computed; x10^6/uL = 10*6/uL; HbA2 has no catalog key (? row) and keeps its printed range and H.")

case('NI', 'es', 'country', 'Hospital Vivian Pellas (Managua, Nicaragua) obstetric ultrasound report in Spanish: fetal biometry in mm, estimated fetal weight with a dot thousands separator and percentile, amniotic fluid index, gestational age — numbers but no laboratory result', r'''
    HOSPITAL VIVIAN PELLAS — Departamento de Imagenología, Managua, Nicaragua
    Informe de ultrasonido obstétrico
    Paciente: Karla Vanessa Obando   Edad: 29 años   FUM: 02/10/2024   Fecha del estudio: 14/03/2025
    Hallazgos: feto único, vivo, en presentación cefálica. Frecuencia cardíaca fetal 146 lpm.
    Biometría: DBP 72 mm, CC 268 mm, CA 241 mm, LF 54 mm — peso fetal estimado 1.240 g (percentil 46).
    Placenta anterior, grado I, alejada del OCI. Líquido amniótico normal (ILA 14,2 cm).
    Edad gestacional por biometría: 28 semanas 3 días, concordante con FUM.
    Impresión: embarazo de 28,4 semanas por biometría, crecimiento adecuado.
    Dr. E. Mairena, Radiólogo
''', [], "range=none: an imaging report (biometry, heart rate, weights, indices); no laboratory result.")

case('NA', 'af', 'country', 'Namibia Institute of Pathology text messages in Afrikaans (sample received, results to the doctor within 48 hours) followed by a clinic appointment reminder with fasting instructions and a fixed price — no result', r'''
    Namibia Institute of Pathology (NIP) — Windhoek
    SMS 11/03/2025 14:02: NIP: Goeiedag mnr. J. van Wyk. U bloedmonster (verwysing NIP-25-0098812) is ontvang. Die uitslae word binne 48 uur aan dr. Shikongo gestuur.
    SMS 11/03/2025 16:30: Herinnering: u opvolgafspraak by dr. Shikongo is Donderdag 13 Maart om 10:30. Moenie eet of drink nie (behalwe water) vir 10 uur voor u volgende bloedtoets.
    Koste: N$ 640,00 (vaste tarief) — betaal by ontvangs. Bring u mediese fonds kaart (nr. 8823 4471).
    Vrae? Skakel 061 295 4000.
''', [], "range=none: sample-receipt and appointment messages (reference number, hours, price, phone); no result.")

# ---- family form: document forms (screen reader, accessible print, SMS, logfmt, dict repr, notes, diary, translations, ...)
case('US', 'en', 'form', 'NVDA screen-reader Speech Viewer log of a patient-portal lipid table, copied by a blind patient: "table with 6 rows and 4 columns", then "row N, Component, column 1, …" announcements with the column names spoken before each cell, ranges spoken as "less than" / "greater than", empty flags spoken as "blank"', r'''
    NVDA Speech Viewer — copied by the patient (screen reader user)
    MyHealth portal, Test Results, heading level 1
    Lipid Panel, heading level 2
    Collected March 3, 2025 8:02 AM
    table with 6 rows and 4 columns
    row 1, column 1, Component
    column 2, Your Value
    column 3, Standard Range
    column 4, Flag
    row 2, Component, column 1, Cholesterol, Total
    Your Value, column 2, 231 mg/dL
    Standard Range, column 3, less than 200 mg/dL
    Flag, column 4, High
    row 3, Component, column 1, Triglycerides
    Your Value, column 2, 142 mg/dL
    Standard Range, column 3, less than 150 mg/dL
    Flag, column 4, blank
    row 4, Component, column 1, HDL Cholesterol
    Your Value, column 2, 52 mg/dL
    Standard Range, column 3, greater than 39 mg/dL
    Flag, column 4, blank
    row 5, Component, column 1, LDL Cholesterol (Calculated)
    Your Value, column 2, 151 mg/dL
    Standard Range, column 3, less than 100 mg/dL
    Flag, column 4, High
    row 6, Component, column 1, Non-HDL Cholesterol
    Your Value, column 2, 179 mg/dL
    Standard Range, column 3, less than 130 mg/dL
    Flag, column 4, High
    out of table
    link, Questions about your results? Send a message
''', [
    R('total-cholesterol', '231', 'mg/dL', '..<200', 'high'),
    R('triglycerides', '142', 'mg/dL', '..<150'),
    R('hdl-cholesterol', '52', 'mg/dL', '>39..'),
    R('ldl-cholesterol', '151', 'mg/dL', '..<100', 'high'),
    R('non-hdl-cholesterol', '179', 'mg/dL', '..<130', 'high'),
], "range=the spoken 'Standard Range' cell: 'less than b' and 'greater than a' are strict (decided for this set, as '<b' / '>a'); 'Flag … High' is a flag, 'blank' an empty cell (computed normal); the row/column numbers and the announcement words are screen-reader speech, not content.")

case('UK', 'en', 'form', 'GP surgery letter in accessible large-print format (Accessible Information Standard): one result per short paragraph "Name: value unit-in-words." / "Normal range: a to b." / "This is high/normal.", units spelled out (millimoles per litre, micromoles per litre, grams per litre, millimoles per mole)', r'''
    ACCESSIBLE FORMAT — LARGE PRINT (Accessible Information Standard)
    Riverside Health Centre — your blood test results

    Dear Mr Kowalski,

    These are your results from 4 March 2025.

    Potassium: 5.6 millimoles per litre.
    Normal range: 3.5 to 5.3.
    This is high.

    Sodium: 139 millimoles per litre.
    Normal range: 133 to 146.
    This is normal.

    Creatinine (kidney test): 96 micromoles per litre.
    Normal range: 59 to 104.
    This is normal.

    Haemoglobin: 131 grams per litre.
    Normal range: 130 to 180.
    This is normal.

    HbA1c (diabetes test): 52 millimoles per mole.
    Normal range: 20 to 41.
    This is high.

    Dr Mensah would like you to have a repeat potassium test within 1 week. Please call 0121 496 0000 to book.
    If you need this letter in another format, such as audio or braille, please tell us.
''', [
    R('potassium', '5.6', 'millimoles per litre', '3.5..5.3', 'high'),
    R('sodium', '139', 'millimoles per litre', '133..146', 'normal'),
    R('creatinine', '96', 'micromoles per litre', '59..104', 'normal'),
    R('hemoglobin', '131', 'grams per litre', '130..180', 'normal'),
    R('hemoglobin-a1c', '52', 'millimoles per mole', '20..41', 'high'),
], "range=the 'Normal range: a to b.' line ('a to b' inclusive, set 22); 'This is high / normal.' are printed flags; units spelled in words are read as their units (decided for this set): millimoles per litre = mmol/L, micromoles per litre = umol/L (creatinine 96 → 1.09 mg/dL), grams per litre = g/L (Hb 131 → 13.1 g/dL); millimoles per mole is HbA1c's mmol/mol (not normalized).")

case('AU', 'en', 'form', 'GP clinic SMS thread (via HotDoc) with a nurse relaying results in sentences: values without units except one, "(normal a-b)" ranges, the words low / slightly low / normal, the patient\'s reply, and a test reported only as "normal" without a value', r'''
    Messages — "Bayside Family Practice" (via HotDoc)
    Tue 11 Mar, 2:14 pm
    Hi Jo, this is Dr Nguyen's nurse. Your blood tests are back. Iron stores are low: ferritin 9 (normal 30-200). Haemoglobin 112 (normal 115-165), slightly low. Please book a phone consult this week. Reply STOP to opt out.
    Tue 11 Mar, 2:15 pm
    Also your vitamin D was 38 nmol/L (normal 50-150), low, so Dr Nguyen recommends 1000 IU daily. Thyroid test TSH 1.9 (normal 0.5-4.0) was normal.
    Tue 11 Mar, 3:40 pm
    [You] ok thanks, will book. what about b12?
    Tue 11 Mar, 3:52 pm
    B12 was normal too. See you soon!
''', [
    R('ferritin', '9', None, '30..200', 'low'),
    R('hemoglobin', '112', None, '115..165', 'low'),
    R('vitamin-d', '38', 'nmol/L', '50..150', 'low'),
    R('thyroid-stimulating-hormone', '1.9', None, '0.5..4.0', 'normal'),
], "range=the '(normal a-b)' bracket (inclusive); the words low / slightly low / normal are printed flags; ferritin, haemoglobin and TSH carry no unit, so no normalizedValue; vitamin D 38 nmol/L → 15.2 ng/mL; 'B12 was normal' gives no value and is not a row; the 1000 IU dose is not a row.")

case('US', 'en', 'form', 'logfmt (key=value) import log of a glucose-tracking app syncing Labcorp results: one log line per observation with quoted test names, value=, unit=, ref_low= / ref_high= (one empty each for two tests, both empty for one), flag=H/N/empty, a warning and a summary line', r'''
    # glucose-sync v2.3.1 export — lab import log (logfmt), user=pt_5521
    ts=2025-02-27T08:05:00-06:00 level=info msg="lab result imported" src=labcorp accession=L2025058-1177 test="Hemoglobin A1c" value=5.9 unit=% ref_low=4.8 ref_high=5.6 flag=H
    ts=2025-02-27T08:05:00-06:00 level=info msg="lab result imported" src=labcorp accession=L2025058-1177 test="Glucose" value=104 unit=mg/dL ref_low=70 ref_high=99 flag=H
    ts=2025-02-27T08:05:00-06:00 level=info msg="lab result imported" src=labcorp accession=L2025058-1177 test="Insulin" value=14.8 unit=uIU/mL ref_low=2.6 ref_high=24.9 flag=N
    ts=2025-02-27T08:05:00-06:00 level=info msg="lab result imported" src=labcorp accession=L2025058-1177 test="Triglycerides" value=176 unit=mg/dL ref_low= ref_high=149 flag=H
    ts=2025-02-27T08:05:00-06:00 level=info msg="lab result imported" src=labcorp accession=L2025058-1177 test="HDL Cholesterol" value=41 unit=mg/dL ref_low=39 ref_high= flag=N
    ts=2025-02-27T08:05:00-06:00 level=warn msg="no reference range" src=labcorp accession=L2025058-1177 test="C-Peptide" value=2.9 unit=ng/mL ref_low= ref_high= flag=
    ts=2025-02-27T08:05:01-06:00 level=info msg="import complete" count=6 duration_ms=412
''', [
    R('hemoglobin-a1c', '5.9', '%', '4.8..5.6', 'high'),
    R('glucose', '104', 'mg/dL', '70..99', 'high'),
    R('insulin', '14.8', 'uIU/mL', '2.6..24.9', 'normal'),
    R('triglycerides', '176', 'mg/dL', '..149', 'high'),
    R('hdl-cholesterol', '41', 'mg/dL', '39..', 'normal'),
    R('c-peptide', '2.9', 'ng/mL', ''),
], "range=the ref_low / ref_high fields, inclusive, an empty field giving an open bound (as CSV and pipe bound fields in sets 22/25, decided for logfmt); flag=H / flag=N are printed flags, an empty flag with no range is null; timestamps, accession, counts and durations are log metadata.")

case('US', 'en', 'form', 'Python REPL output pasted by a developer-patient: a loop printing one dict per observation from a portal API (single-quoted keys, LOINC code, display, value and unit as strings, range as "a-b", abnormal None/\'L\'/\'H\'), a thousands comma inside a B12 value string', r'''
    >>> # pulled my own results from the portal API to check them (printing the dicts)
    >>> for r in results: print(r)
    {'code': '6690-2', 'display': 'WBC', 'value': '6.4', 'unit': '10*3/uL', 'range': '3.4-10.8', 'abnormal': None}
    {'code': '718-7', 'display': 'Hemoglobin', 'value': '12.6', 'unit': 'g/dL', 'range': '13.0-17.7', 'abnormal': 'L'}
    {'code': '4544-3', 'display': 'Hematocrit', 'value': '38.1', 'unit': '%', 'range': '37.5-51.0', 'abnormal': None}
    {'code': '777-3', 'display': 'Platelets', 'value': '451', 'unit': '10*3/uL', 'range': '150-450', 'abnormal': 'H'}
    {'code': '2276-4', 'display': 'Ferritin', 'value': '18', 'unit': 'ng/mL', 'range': '30-400', 'abnormal': 'L'}
    {'code': '2132-9', 'display': 'Vitamin B12', 'value': '1,420', 'unit': 'pg/mL', 'range': '232-1245', 'abnormal': 'H'}
    >>> len(results)
    6
''', [
    R('white-blood-cell-count', '6.4', '10*3/uL', '3.4..10.8'),
    R('hemoglobin', '12.6', 'g/dL', '13.0..17.7', 'low'),
    R('hematocrit', '38.1', '%', '37.5..51.0'),
    R('platelet-count', '451', '10*3/uL', '150..450', 'high'),
    R('ferritin', '18', 'ng/mL', '30..400', 'low'),
    R('vitamin-b12', '1420', 'pg/mL', '232..1245', 'high'),
], "range=the 'range' string 'a-b' (inclusive); 'abnormal': 'L' / 'H' are printed flags, None computed; the LOINC codes (6690-2 …) and the REPL prompts are not results; the B12 string '1,420' has a thousands comma.")

case('US', 'en', 'form', 'Obsidian Markdown note with YAML front matter kept by a patient: a legend for coloured emoji (🔴 above range · 🔵 below range · 🟢 in range), a pipe table Marker / Result / Range / emoji, and notes with a dose and an older TSH', r'''
    ---
    title: Bloodwork 2025-03-08
    tags: [health, labs, thyroid]
    lab: Labcorp, ordered by Dr. Ibarra
    fasting: true
    ---
    # Thyroid + iron recheck
    Legend: 🔴 above range · 🔵 below range · 🟢 in range

    | Marker | Result | Range | |
    |---|---|---|---|
    | TSH | 0.21 uIU/mL | 0.450–4.500 | 🔵 |
    | Free T4 | 1.71 ng/dL | 0.82–1.77 | 🟢 |
    | Free T3 | 4.6 pg/mL | 2.0–4.4 | 🔴 |
    | Reverse T3 | 14.2 ng/dL | 9.2–24.1 | 🟢 |
    | Iron | 61 ug/dL | 27–159 | 🟢 |
    | Ferritin | 22 ng/mL | 15–150 | 🟢 |

    Notes: on NP Thyroid 90 mg since January. Mild palpitations. Ask about lowering to 75 mg. Last TSH (Dec) was 1.2.
''', [
    R('thyroid-stimulating-hormone', '0.21', 'uIU/mL', '0.450..4.500', 'low'),
    R('free-t4', '1.71', 'ng/dL', '0.82..1.77', 'normal'),
    R('free-t3', '4.6', 'pg/mL', '2.0..4.4', 'high'),
    R('reverse-t3', '14.2', 'ng/dL', '9.2..24.1', 'normal'),
    R('iron', '61', 'ug/dL', '27..159', 'normal'),
    R('ferritin', '22', 'ng/mL', '15..150', 'normal'),
], "range=the Range cell (en dash, inclusive); the emoji are flags by the note's own legend (🔴 high, 🔵 low, 🟢 normal; decided for this set); the YAML front matter and the older TSH (1.2, December) are not rows; uIU/mL = m[IU]/L for TSH.")

case('US', 'en', 'form', 'patient\'s plain-text health diary with dated entries over three months: results typed inline with or without units and ranges in brackets, the patient\'s own HIGH/high words, the doctor\'s "low normal" quoted, doses, weight and blood pressure; the newest value of each test is keyed', r'''
    health diary.txt (my notes — Dana)

    Jan 6 2025 — started metformin 500 mg with dinner. Nausea first 3 days.
    Jan 20 — bloods at Quest: A1c 6.8% (range 4.8-5.6), fasting glucose 131 (65-99). Doc says up metformin to 1000.
    Feb 2 — walked 30 min every day this week. Weight 198.4 lb.
    Feb 17 — B12 came back 251 pg/mL (range 232-1245), "low normal" she said, start B12 1000 mcg.
    Mar 3 — 3-month bloods: A1c 6.3% (4.8-5.6) HIGH but better!! Fasting glucose 112 mg/dL (65-99) high. Kidney fine: creatinine 0.84 (0.57-1.00), eGFR 88 (>59). ALT 19 (0-32).
    Mar 4 — felt great, BP 124/78.
''', [
    R('hemoglobin-a1c', '6.3', '%', '4.8..5.6', 'high'),
    R('glucose', '112', 'mg/dL', '65..99', 'high'),
    R('vitamin-b12', '251', 'pg/mL', '232..1245'),
    R('creatinine', '0.84', None, '0.57..1.00'),
    R('egfr', '88', None, '>59..'),
    R('alanine-aminotransferase', '19', None, '0..32'),
], "range=the bracket after each value ('>a' strict); only the newest entry per test is keyed (Mar 3 A1c and glucose; the Jan 20 values are older), the B12 of Feb 17 being its only value; the diary's HIGH / high words are printed flags, the others computed ('low normal' is prose and the value is inside its range); creatinine, eGFR and ALT carry no unit (no normalizedValue); weight, BP and doses are not rows.")

case('GR', 'en', 'form', 'Greek laboratory report translated into English with DeepL and pasted by the patient: translated headers (EXAMINATION / RESULT / UNITS / NORMAL VALUES), literal test names ("Sugar", "Cholesterol total", SGOT/SGPT), decimal commas kept, ↑ after high values with a translated legend and a translation disclaimer', r'''
    Translated with DeepL (Greek → English)
    MICROBIOLOGICAL LABORATORY K. PAPADOPOULOU – Thessaloniki
    Name: ALEXANDROS MAVRIDIS   Age: 61   Date of receipt: 07/03/2025

    EXAMINATION                 RESULT     UNITS       NORMAL VALUES
    Sugar                       109        mg/dl       70 - 110
    Urea                        48         mg/dl       10 - 50
    Creatinine                  1,21       mg/dl       0,70 - 1,30
    Uric acid                   7,9        mg/dl       3,5 - 7,2      ↑
    Cholesterol total           246        mg/dl       < 200          ↑
    Triglycerides               188        mg/dl       < 150          ↑
    SGOT                        27         U/L         5 - 40
    SGPT                        44         U/L         5 - 40         ↑
    Iron                        88         μg/dl       60 - 160
    ↑ Value above the normal limits
    The translation may contain errors. Please consult the original document.
''', [
    R('glucose', '109', 'mg/dl', '70..110'),
    R('urea', '48', 'mg/dl', '10..50'),
    R('creatinine', '1.21', 'mg/dl', '0.70..1.30'),
    R('uric-acid', '7.9', 'mg/dl', '3.5..7.2', 'high'),
    R('total-cholesterol', '246', 'mg/dl', '..<200', 'high'),
    R('triglycerides', '188', 'mg/dl', '..<150', 'high'),
    R('aspartate-aminotransferase', '27', 'U/L', '5..40'),
    R('alanine-aminotransferase', '44', 'U/L', '5..40', 'high'),
    R('iron', '88', 'μg/dl', '60..160'),
], "range=the NORMAL VALUES column (decimal commas, '< b' strict); ↑ by the translated legend is high, the rest computed; translated names are read as a human reads them ('Sugar' = glucose, 'Urea' = urea, SGOT/SGPT = AST/ALT; set 28's translation rule); μg/dl (Greek mu) = ug/dL.")

case('UK', 'en', 'form', 'FBC copied from a hospital PDF in Adobe Reader where the superscript exponents were flattened onto the line ("x109/L", "x1012/L"): name, value, unit, bracketed range and H, absolute differential only', r'''
    (copied from the hospital PDF in Adobe Reader on my laptop — the superscripts came out flat)
    FULL BLOOD COUNT   Sample taken 03/03/2025 09:12   Lab no. H25.8831247
    Haemoglobin        142     g/L        (130 - 180)
    White cell count   11.6    x109/L     (4.0 - 11.0)   H
    Red cell count     4.71    x1012/L    (4.50 - 5.90)
    Platelets          389     x109/L     (150 - 400)
    Neutrophils        8.9     x109/L     (2.0 - 7.5)    H
    Lymphocytes        1.7     x109/L     (1.5 - 4.0)
    Monocytes          0.8     x109/L     (0.2 - 0.8)
    Eosinophils        0.2     x109/L     (0.0 - 0.4)
''', [
    R('hemoglobin', '142', 'g/L', '130..180'),
    R('white-blood-cell-count', '11.6', 'x109/L', '4.0..11.0', 'high'),
    R('red-blood-cell-count', '4.71', 'x1012/L', '4.50..5.90'),
    R('platelet-count', '389', 'x109/L', '150..400'),
    R('neutrophils-absolute', '8.9', 'x109/L', '2.0..7.5', 'high'),
    R('lymphocytes-absolute', '1.7', 'x109/L', '1.5..4.0'),
    R('monocytes-absolute', '0.8', 'x109/L', '0.2..0.8'),
    R('eosinophils-absolute', '0.2', 'x109/L', '0.0..0.4'),
], "range=the bracket (inclusive); H printed, the rest computed; 'x109/L' and 'x1012/L' are ×10⁹/L and ×10¹²/L with the superscripts flattened by the copy, read as the units a human reads (decided for this set) — not 109 or 1012 of anything; monocytes 0.8 sit on the inclusive upper bound (normal); Hb 142 g/L → 14.2 g/dL; counts without a % sibling are absolute.")

case('US', 'en', 'form', 'OCR of a phone photo of a hospital workstation screen showing a results window: window chrome and menu words, a page counter, OCR swaps "rn" for "m" and "1" for "l" in names, Test / Result / Ref Range / Units / Flag columns, a moiré line and the taskbar', r'''
    File  Edit  View  Patient  Chart  Help                       [_] [□] [X]
    ◄ ►  Results Review — Chemistry     1 of 3     ⟳ Refresh
    ALVAREZ, CARMEN   F 67y   MRN 3308812   Rm 512
    Test              Result    Ref Range      Units     Flag
    Sodiurn           134       136-145        mmol/L    L
    Potassiurn        5.3       3.5-5.1        mmol/L    H
    Ch1oride          99        98-107         mmol/L
    Glucose           211       70-99          mg/dL     H
    Ca1cium           8.3       8.6-10.3       mg/dL     L
    Lactate           2.6       0.5-2.2        mmol/L    H
    ||||||||||||||||||||||||||||||||||||||||||||||||||||||
    Start   Cerner   Outlook   14:32   3/18/2025
''', [
    R('sodium', '134', 'mmol/L', '136..145', 'low'),
    R('potassium', '5.3', 'mmol/L', '3.5..5.1', 'high'),
    R('chloride', '99', 'mmol/L', '98..107'),
    R('glucose', '211', 'mg/dL', '70..99', 'high'),
    R('calcium', '8.3', 'mg/dL', '8.6..10.3', 'low'),
    R('lactate', '2.6', 'mmol/L', '0.5..2.2', 'high'),
], "range=the Ref Range column; flags from the Flag column, chloride computed; OCR names 'Sodiurn', 'Potassiurn', 'Ch1oride', 'Ca1cium' are read as the tests a human reads (sets 24-28); window chrome, page counter, moiré and taskbar are not content.")

case('US', 'en', 'form', 'visual-voicemail transcription of a nurse\'s call with results in speech: values as digits, "percent" spelled out, flag words ("which is high", "a little low"), a previous A1c, no ranges', r'''
    Visual Voicemail — Dr. Lee's Office (503) 555-0142 · Mar 12, 2025 at 4:47 PM · 1:12
    Transcription (beta):
    "Hi Mr. Tran, this is Karen, the nurse from Dr. Lee's office, calling with your lab results from Monday. Your A1C came back at 6.9 percent, which is up from 6.4 last time, so Dr. Lee wants to add a second medication. Your LDL cholesterol was 142, which is high. Your kidney function and potassium were normal. And your thyroid, the TSH, was 0.28, which is a little low, so she wants to recheck that in six weeks. Give us a call back at 503-555-0142 to set up a visit. Thanks, bye."
''', [
    R('hemoglobin-a1c', '6.9', 'percent', ''),
    R('ldl-cholesterol', '142', None, '', 'high'),
    R('thyroid-stimulating-hormone', '0.28', None, '', 'low'),
], "range=none printed; flags from the spoken words ('which is high' → high, 'a little low' → low), A1c null ('up from 6.4' is a trend, not a flag; set 27); 'percent' = % (decided for this set: A1c 6.9 %), LDL and TSH carry no unit (no normalizedValue); the previous A1c (6.4) and 'kidney function and potassium were normal' (no value) are not rows.")

case('PL', 'en', 'form', 'Enel-Med (Poland) patient-portal page translated from Polish by Microsoft Edge: translated column headers ("Name of the study", "Reference range"), translated count units ("thousand/µl", "million/µl"), decimal points, ↓ after low values, absolute differential only', r'''
    (Page translated by Microsoft Edge from Polish) — Enel-Med Patient Portal › Test results
    Morphology of blood with smear — ordered by: Enel-Med Clinic, Kraków
    Date of collection: 2025-02-18
    Name of the study            Result     Unit           Reference range
    Leukocytes                   7.31       thousand/µl    4.00 - 10.00
    Erythrocytes                 4.12       million/µl     4.20 - 5.40       ↓
    Hemoglobin                   12.4       g/dl           12.0 - 16.0
    Hematocrit                   36.9       %              37.0 - 47.0       ↓
    MCV                          89.6       fl             80.0 - 94.0
    Platelets                    286        thousand/µl    130 - 400
    Neutrophils                  4.52       thousand/µl    1.80 - 7.70
    Lymphocytes                  2.03       thousand/µl    1.00 - 4.50
''', [
    R('white-blood-cell-count', '7.31', 'thousand/µl', '4.00..10.00'),
    R('red-blood-cell-count', '4.12', 'million/µl', '4.20..5.40', 'low'),
    R('hemoglobin', '12.4', 'g/dl', '12.0..16.0'),
    R('hematocrit', '36.9', '%', '37.0..47.0', 'low'),
    R('mean-corpuscular-volume', '89.6', 'fl', '80.0..94.0'),
    R('platelet-count', '286', 'thousand/µl', '130..400'),
    R('neutrophils-absolute', '4.52', 'thousand/µl', '1.80..7.70'),
    R('lymphocytes-absolute', '2.03', 'thousand/µl', '1.00..4.50'),
], "range=the 'Reference range' column (inclusive); ↓ printed, the rest computed; translated units thousand/µl = 10*3/uL and million/µl = 10*6/uL (Polish tys./µl, mln/µl); translated names read as a human reads them; neutrophils and lymphocytes in thousand/µl without % siblings are absolute.")

case('IE', 'en', 'form', 'DXA bone densitometry report: regions with BMD in g/cm2, negative T- and Z-scores, WHO classification, FRAX probabilities and a change since the last scan, a recommendation naming tests — numbers but no laboratory result', r'''
    DXA Bone Densitometry Report — Hologic Horizon A (Beacon Hospital, Dublin)
    Patient: Ms M. O'Rourke, 63 F   Height 161 cm  Weight 58.2 kg   Scan date 27/02/2025
    Region            BMD (g/cm2)   T-score   Z-score
    L1-L4             0.812         -2.6      -1.4
    Total hip (L)     0.701         -2.1      -1.0
    Femoral neck (L)  0.612         -2.4      -1.1
    WHO classification: osteoporosis (lumbar spine). FRAX 10-year probability: major osteoporotic fracture 21 %, hip 5.8 %.
    Comparison with 2022: L1-L4 BMD change -3.1 % (significant, least significant change 2.8 %).
    Recommendation: consider bisphosphonate; check vitamin D and calcium if not done recently.
''', [], "range=none: an imaging (DXA) report (BMD, T/Z-scores, FRAX percentages); vitamin D and calcium are named without values; no result.")

case('UK', 'en', 'form', 'home blood-pressure diary typed for a GP review (7 days, Omron monitor): morning and evening systolic/diastolic with pulse, weight, an average and the home target, the medicine — vital signs only, no laboratory result', r'''
    Home blood pressure diary — Mr R. Ellison (for GP review, 7 days, Omron M3)
    Date     Morning (sys/dia, pulse)     Evening (sys/dia, pulse)     Weight
    03/03    148/92  HR 71                141/88  HR 76                88.4 kg
    04/03    152/94  HR 69                139/86  HR 74                88.1 kg
    05/03    146/90  HR 72                138/85  HR 70                88.3 kg
    06/03    144/91  HR 68                140/87  HR 73                88.0 kg
    07/03    149/93  HR 70                137/84  HR 75                87.9 kg
    08/03    143/89  HR 66                136/83  HR 72                87.8 kg
    09/03    145/90  HR 71                139/85  HR 74                87.9 kg
    Average (days 2–7, first day discarded): 144/89 mmHg. Target < 135/85 at home.
    Medicines: amlodipine 5 mg in the morning.
''', [], "range=none: a vital-signs diary (blood pressure, pulse, weight); no laboratory result.")
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
