#!/usr/bin/env python3
"""review46 blind test set generator (keyed set 30, ids S001..S060).

Machinery (unit algebra, flags, censored placement, tie refusal, TSV writing) reused from set 29's generator; all of
set 29's snippets were deleted and every snippet here is new.
Holds every snippet and its keyed rows, converts units with the catalog
(ucumUnit + molarMass from CATALOG_PATH below), computes flags from
ranges when no flag is printed, refuses to write if a printed flag contradicts
its range, and writes keyed.tsv.
"""
import csv, math, os, re, sys, textwrap
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
# While written in /work/notes/review46 this points at the repository's catalog by an absolute path; once the set is
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
# ---- family ehr: primary-care / specialty EHR exports sets 21-29 did not use
case('US', 'en', 'ehr', 'Practice Fusion chart "Lab Result" print: header block with chart ID and sign-off, an Observation / Value / Units / Reference Range / Abnormal table in capitals, a provider comment', r'''
    Practice Fusion | Lab Result
    Patient: Dana K. Whitlow   DOB: 02/14/1988   Chart ID: PF-55120934
    Ordering provider: Luis Bermudez, PA-C   Performing lab: Quest Diagnostics   Collected: 05/06/2025 08:12
    Status: Final   Signed off by L. Bermudez on 05/08/2025
    Observation                       Value     Units     Reference Range   Abnormal
    TSH                               6.84      uIU/mL    0.40-4.50         H
    T4, FREE                          0.9       ng/dL     0.8-1.8
    THYROID PEROXIDASE ANTIBODIES     112       IU/mL     <9                H
    FERRITIN                          14        ng/mL     16-154            L
    VITAMIN B12                       388       pg/mL     200-1100
    Provider comment: Hashimoto's pattern. Start levothyroxine 25 mcg daily; recheck TSH in 6 weeks.
''', [
    R('thyroid-stimulating-hormone', '6.84', 'uIU/mL', '0.40..4.50', 'high'),
    R('free-t4', '0.9', 'ng/dL', '0.8..1.8'),
    R('thyroid-peroxidase-antibody', '112', 'IU/mL', '..<9', 'high'),
    R('ferritin', '14', 'ng/mL', '16..154', 'low'),
    R('vitamin-b12', '388', 'pg/mL', '200..1100'),
], "range=the Reference Range column (a-b inclusive, '<9' strict); flags from the Abnormal column (H/L), blanks computed; TPO antibody in IU/mL stays unnormalized (catalog U/mL, sets 22-29); the levothyroxine dose is not a row.")

case('US', 'en', 'ehr', 'DrChrono onpatient portal "Lab Results" view copied as pipe-separated text: Test Name | Result | Flag | Normal Range | Units, empty flag cells, an eGFR with a ">59" bound', r'''
    onpatient - Lab Results
    Harbor Family Medicine (powered by DrChrono)
    Result: COMPREHENSIVE METABOLIC PANEL   Received: 2025-03-19   Lab: LabCorp   Status: Final
    Test Name | Result | Flag | Normal Range | Units
    Glucose | 104 | High | 70-99 | mg/dL
    BUN | 17 |  | 6-24 | mg/dL
    Creatinine | 1.02 |  | 0.76-1.27 | mg/dL
    eGFR | >90 |  | >59 | mL/min/1.73m2
    Sodium | 139 |  | 134-144 | mmol/L
    Potassium | 5.3 | High | 3.5-5.2 | mmol/L
    Calcium | 9.6 |  | 8.7-10.2 | mg/dL
    Albumin | 4.6 |  | 4.1-5.1 | g/dL
    ALT (SGPT) | 29 |  | 0-44 | U/L
    Note from your provider: potassium slightly high, likely hemolysis. Repeat in 2 weeks.
''', [
    R('glucose', '104', 'mg/dL', '70..99', 'high'),
    R('blood-urea-nitrogen', '17', 'mg/dL', '6..24'),
    R('creatinine', '1.02', 'mg/dL', '0.76..1.27'),
    R('egfr', '90', 'mL/min/1.73m2', '>59..', vt='>90'),
    R('sodium', '139', 'mmol/L', '134..144'),
    R('potassium', '5.3', 'mmol/L', '3.5..5.2', 'high'),
    R('calcium', '9.6', 'mg/dL', '8.7..10.2'),
    R('albumin', '4.6', 'g/dL', '4.1..5.1'),
    R('alanine-aminotransferase', '29', 'U/L', '0..44'),
], "range=the Normal Range cell (a-b inclusive, '>59' strict); flags from the Flag cell, empty cells computed; eGFR '>90' lies wholly above 59 (normal, normalized on its bound); BUN is blood-urea-nitrogen; the provider note is not a row.")

case('US', 'en', 'ehr', 'AdvancedMD patient-portal secure message from a nurse: results written as sentences "Your X was V unit (normal range a - b)", one "a little low", a signature block', r'''
    AdvancedMD Patient Portal - Message
    From: Kelsey Ortiz, RN (Desert Bloom Internal Medicine)   To: Thomas Reyes   Sent: 06/02/2025 3:47 PM
    Subject: Your blood count results

    Hi Thomas,
    Dr. Nakamura reviewed your CBC from Friday. Your white blood cell count was 3.6 K/uL (normal range 4.0 - 10.5), which is a little low.
    Your hemoglobin was 14.1 g/dL (normal range 13.0 - 17.0) and your hematocrit was 42.3 % (normal range 39.0 - 51.0).
    Your platelets were 212 K/uL (normal range 150 - 400). Your absolute neutrophil count was 1.7 K/uL (normal range 1.8 - 7.7), also a little low.
    She would like to repeat the CBC in 4 weeks; no action needed before then. Please call 480-555-0142 with questions.
    Kelsey
''', [
    R('white-blood-cell-count', '3.6', 'K/uL', '4.0..10.5', 'low'),
    R('hemoglobin', '14.1', 'g/dL', '13.0..17.0'),
    R('hematocrit', '42.3', '%', '39.0..51.0'),
    R('platelet-count', '212', 'K/uL', '150..400'),
    R('neutrophils-absolute', '1.7', 'K/uL', '1.8..7.7', 'low'),
], "range='(normal range a - b)' inclusive; 'a little low' / 'also a little low' = low, the others computed; 'absolute neutrophil count' is neutrophils-absolute; the phone number and the 4-week repeat are not rows.")

case('US', 'en', 'ehr', 'Greenway Intergy "Lab Flowsheet" print: tests as rows, two dated columns oldest to newest (left to right), H/L glued after values, Ref Range and Units last; only the newest column is keyed', r'''
    Greenway Intergy - Lab Flowsheet                         Printed 09/15/2025 10:02
    Patient: ALVAREZ, ROSA M   MRN 00448127   Provider: P. Iyer, MD   Location: Lakeside Primary Care
    Test                     03/11/2025    09/09/2025    Ref Range        Units
    Hemoglobin A1c           7.9H          7.1H          4.8-5.6          %
    Glucose, Fasting         162H          131H          70-99            mg/dL
    Cholesterol, Total       221H          176           100-199          mg/dL
    Triglycerides            248H          162H          0-149            mg/dL
    HDL Cholesterol          38L           41            >39              mg/dL
    LDL Chol Calc (NIH)      136H          104H          0-99             mg/dL
    Microalb/Creat Ratio     41H           22            0-29             mg/g creat
    End of flowsheet. H = above reference range, L = below reference range.
''', [
    R('hemoglobin-a1c', '7.1', '%', '4.8..5.6', 'high'),
    R('glucose', '131', 'mg/dL', '70..99', 'high'),
    R('total-cholesterol', '176', 'mg/dL', '100..199'),
    R('triglycerides', '162', 'mg/dL', '0..149', 'high'),
    R('hdl-cholesterol', '41', 'mg/dL', '>39..'),
    R('ldl-cholesterol', '104', 'mg/dL', '0..99', 'high'),
    R('microalbumin-creatinine-ratio', '22', 'mg/g', '0..29'),
], "range=the Ref Range column (a-b inclusive, '>39' strict); only the newest column (09/09/2025, rightmost) is keyed, the 03/11 values are previous results; flags from the glued H/L by the legend, blanks computed; 'mg/g creat' read as mg/g.")

case('US', 'en', 'ehr', 'Kareo (Tebra) "Lab Order Results" print with a LOINC column, Result / Units / Range / Status where the status word is N, A or H', r'''
    Tebra (Kareo) Clinical - Lab Order Results
    Practice: Bayou Pediatrics & Adolescent Medicine   Patient: Jaylen Broussard (17 y M)   Order #LO-2025-66310
    Lab: Clinical Pathology Laboratories   Collected 04/22/2025 07:55   Resulted 04/22/2025 16:40
    LOINC     Test                          Result   Units     Range          Status
    2947-0    Sodium                        141      mmol/L    135-145        N
    2823-3    Potassium                     3.9      mmol/L    3.5-5.1        N
    2160-0    Creatinine                    0.81     mg/dL     0.50-1.00      N
    1920-8    AST                           61       U/L       0-40           H
    1742-6    ALT                           88       U/L       0-40           H
    2157-6    CK, Total                     1,412    U/L       39-308         H
    Comment: Patient reports weight-lifting 2 days before draw. Repeat CK and liver enzymes after 7 days of rest.
''', [
    R('sodium', '141', 'mmol/L', '135..145', 'normal'),
    R('potassium', '3.9', 'mmol/L', '3.5..5.1', 'normal'),
    R('creatinine', '0.81', 'mg/dL', '0.50..1.00', 'normal'),
    R('aspartate-aminotransferase', '61', 'U/L', '0..40', 'high'),
    R('alanine-aminotransferase', '88', 'U/L', '0..40', 'high'),
    R('creatine-kinase', '1412', 'U/L', '39..308', 'high'),
], "range=the Range column (a-b inclusive); the Status letters N/H are flags (N = normal); LOINC codes are not values; CK '1,412' has a thousands comma (1410 at 3 significant figures).")

case('UK', 'en', 'ehr', 'Vision (Cegedim) GP clinical system "Test Results" view copied by a practice nurse: one line per result with value, unit, range in brackets, the Vision filing text ("Normal - no action", "Abnormal - contact patient")', r'''
    Vision 3 - Test Results                      Printed by: J. Hollis (Practice Nurse)   18-Jun-2025
    Patient: Mrs Eleanor PRYCE   NHS No: 999 312 4470   Usual GP: Dr S. Okonjo
    17-Jun-2025  Serum ferritin          9 ug/L       [13 - 150]     Abnormal - contact patient
    17-Jun-2025  Haemoglobin             108 g/L      [115 - 165]    Abnormal - contact patient
    17-Jun-2025  Mean cell volume        76 fL        [80 - 100]     Abnormal - contact patient
    17-Jun-2025  Serum vitamin B12       312 ng/L     [180 - 900]    Normal - no action
    17-Jun-2025  Serum folate            5.1 ug/L     [3.9 - 26.8]   Normal - no action
    17-Jun-2025  Tissue transglutaminase IgA   1.2 U/mL   [0 - 7]   Normal - no action
    Filed by Dr S. Okonjo: iron deficiency anaemia - book GP telephone appointment, start ferrous fumarate.
''', [
    R('ferritin', '9', 'ug/L', '13..150', 'abnormal'),
    R('hemoglobin', '108', 'g/L', '115..165', 'abnormal'),
    R('mean-corpuscular-volume', '76', 'fL', '80..100', 'abnormal'),
    R('vitamin-b12', '312', 'ng/L', '180..900', 'normal'),
    R('folate', '5.1', 'ug/L', '3.9..26.8', 'normal'),
    R('?Tissue transglutaminase IgA', '1.2', 'U/mL', '0..7', 'normal'),
], "range=the bracket [a - b] inclusive; Vision's filing text 'Abnormal - contact patient' gives no direction and is keyed abnormal (the direction-free '*' rule of sets 21/26/27/29); 'Normal - no action' = normal; ug/L = ng/mL, ng/L = pg/mL, Hb g/L /10; tTG IgA has no catalog key.")

case('AU', 'en', 'ehr', 'Best Practice (Bp Premier) "Investigation report" viewer: the pathology HL7 rendered as text with Test / Result / Units / Ref range columns, an asterisk against abnormal results with a legend "* = outside reference range", patient notified tick', r'''
    Bp Premier - Investigation report               Checked: Dr M. Fitzgerald   Action: Non-urgent appointment
    Patient: Mr Harrison COLE   DOB 03/09/1961   Lab: Sullivan Nicolaides Pathology   Lab no. 25-71844219
    Collected 14/05/2025   Reported 15/05/2025   Request: Renal function, liver function, PSA
    Test                  Result    Units          Ref range
    Urea                  8.9       mmol/L         3.0 - 9.2
    Creatinine            128 *     umol/L         60 - 110
    eGFR                  52 *      mL/min/1.73m2  > 59
    GGT                   74 *      U/L            5 - 50
    ALP                   96        U/L            30 - 110
    PSA                   5.8 *     ug/L           < 4.1
    * = outside reference range.  Patient notified: [x] SMS sent 16/05/2025
''', [
    R('urea', '8.9', 'mmol/L', '3.0..9.2'),
    R('creatinine', '128', 'umol/L', '60..110', 'abnormal'),
    R('egfr', '52', 'mL/min/1.73m2', '>59..', 'abnormal'),
    R('gamma-glutamyl-transferase', '74', 'U/L', '5..50', 'abnormal'),
    R('alkaline-phosphatase', '96', 'U/L', '30..110'),
    R('prostate-specific-antigen', '5.8', 'ug/L', '..<4.1', 'abnormal'),
], "range=the Ref range column (a - b inclusive; '> 59' and '< 4.1' strict); the '*' legend ('outside reference range') gives no direction, so starred rows are abnormal (sets 21/26/27/29), unstarred computed; Australian urea in mmol/L is urea; creatinine umol/L -> mg/dL; PSA ug/L = ng/mL.")

case('US', 'en', 'ehr', 'ModMed EMA (dermatology EHR) iPLEDGE isotretinoin monitoring note: a "Labs reviewed" block with Result (Ref) pairs in one line per test and a month counter; pregnancy test line is a qualitative not in the catalog', r'''
    ModMed EMA Dermatology - Progress Note   Visit 07/01/2025   Isotretinoin month 3 of 6 (iPLEDGE)
    Patient: Sofia Marchetti, 19 y F   Dose: 40 mg BID (cumulative 6,720 mg)
    Labs reviewed (Labcorp, 06/27/2025, fasting):
      Triglycerides ........ 238 mg/dL (Ref 0-149)  HIGH
      Cholesterol, Total ... 204 mg/dL (Ref 100-199)  HIGH
      HDL .................. 52 mg/dL (Ref >39)
      LDL (calc) ........... 113 mg/dL (Ref 0-99)  HIGH
      AST .................. 22 U/L (Ref 0-40)
      ALT .................. 17 U/L (Ref 0-32)
      hCG, Urine, Qual ..... Negative (Ref Negative)
    Assessment: isotretinoin-associated hypertriglyceridemia, mild. Continue current dose; diet counseling; repeat lipids next month.
''', [
    R('triglycerides', '238', 'mg/dL', '0..149', 'high'),
    R('total-cholesterol', '204', 'mg/dL', '100..199', 'high'),
    R('hdl-cholesterol', '52', 'mg/dL', '>39..'),
    R('ldl-cholesterol', '113', 'mg/dL', '0..99', 'high'),
    R('aspartate-aminotransferase', '22', 'U/L', '0..40'),
    R('alanine-aminotransferase', '17', 'U/L', '0..32'),
    R('?hCG, Urine, Qual', None, None, 'text', 'normal', vt='Negative'),
], "range='(Ref a-b)' inclusive, '>39' strict; HIGH words are flags, the rest computed; the urine hCG is not in the catalog (`?`), its 'Negative' equals the expected 'Negative' (text, normal); doses and the cumulative 6,720 mg are not rows.")

case('US', 'en', 'ehr', 'Practice Fusion lab requisition (e-order) print: ordered tests with CPT-like codes, ICD-10 diagnoses, fasting instructions, specimen status "Pending collection" - no result', r'''
    Practice Fusion | Lab Order Requisition
    Order ID: PF-ORD-7720915   Ordered: 08/04/2025   Ordering: Anika Shah, MD   NPI 1234500789
    Patient: Marcus Lee   DOB 11/30/1979   Insurance: Aetna PPO (member ID W88120034)
    Performing lab: Quest Diagnostics   Bill to: Insurance   Priority: Routine
    Tests ordered:
      10231  Comprehensive Metabolic Panel
      7600   Lipid Panel, Standard
      496    Hemoglobin A1c
      899    TSH
    Diagnoses: E78.5 Hyperlipidemia, unspecified; R73.03 Prediabetes; Z00.00 Annual exam
    Patient instructions: Fast 10-12 hours. Water is allowed. Bring photo ID.
    Specimen status: Pending collection
''', [], "range=none: a requisition listing ordered tests, codes and instructions; no result.")

# ---- family screen: blood and plasma donation, occupational and travel medicine
case('US', 'en', 'screen', 'American Red Cross Blood Donor App "Health Insights" page copied as text: per-donation hemoglobin against the minimum to donate, non-fasting total cholesterol against a desirable line, A1c, and vital signs (not rows)', r'''
    American Red Cross Blood Donor App - Health Insights
    Donation: Whole Blood, 05/17/2025, Cedar Rapids Blood Drive
    Blood pressure     128/82 mmHg
    Pulse              68 bpm
    Hemoglobin         13.1 g/dL      (minimum to donate: 12.5 g/dL)
    Total cholesterol  236 mg/dL      (desirable: less than 200 mg/dL; non-fasting sample)
    Hemoglobin A1c     5.9 %          (normal: below 5.7 %)
    These results are for your information only. Talk with your health care provider about your cholesterol and A1c.
''', [
    R('hemoglobin', '13.1', 'g/dL', '12.5..'),
    R('total-cholesterol', '236', 'mg/dL', '..<200'),
    R('hemoglobin-a1c', '5.9', '%', '..<5.7'),
], "range=the donor app's own line for each row: 'minimum to donate: 12.5' is an inclusive lower bound, 'less than 200' and 'below 5.7' are strict upper bounds; no flags printed, all computed (normal, high, high); blood pressure and pulse are vital signs, not rows.")

case('AU', 'en', 'screen', 'Australian Red Cross Lifeblood e-mail after a donation: haemoglobin at the donor centre and a ferritin test with a plain-language explanation "your ferritin was low" and a deferral of the next whole-blood donation', r'''
    From: Australian Red Cross Lifeblood <noreply@lifeblood.example.au>
    Subject: Your iron levels - thanks for donating, Priya

    Hi Priya,
    At your whole blood donation on 02/04/2025 your haemoglobin was 128 g/L (our minimum for donors is 120 g/L).
    We also tested your ferritin (iron stores): it was 11 ug/L. Lifeblood's reference range is 15 - 200 ug/L, so your ferritin was low.
    We've moved your next whole blood appointment to a plasma donation, which doesn't affect your iron, and we suggest you see your GP.
    Donor ID: 4471 0932 88   Lifeblood Donor Centre, Parramatta
''', [
    R('hemoglobin', '128', 'g/L', '120..'),
    R('ferritin', '11', 'ug/L', '15..200', 'low'),
], "range=the donor minimum 'minimum for donors is 120 g/L' (inclusive lower bound) and the printed 15 - 200 ug/L; 'was low' is the ferritin's flag, the haemoglobin is computed (normal); Hb g/L /10 -> g/dL; donor ID digits are not values.")

case('US', 'en', 'screen', 'CSL Plasma donor portal "My Test Results": per-visit total protein and hematocrit against donor acceptance limits, a 4-monthly serum protein electrophoresis with IgG, and viral marker results against "Required: Nonreactive"', r'''
    CSL Plasma - iGive Rewards - My Test Results
    Donor: D. Whitfield   Donor ID 0077412   Center: Columbus OH (Cleveland Ave)
    Visit 06/10/2025                          Result        Acceptable range
    Total Protein (refractometer)             6.4 g/dL      6.0 - 9.0
    Hematocrit                                39 %          38 - 54
    Quarterly SPE (drawn 05/12/2025)          Result        Acceptable range
    Albumin                                   3.8 g/dL      3.5 - 5.2
    IgG                                       712 mg/dL     600 - 1700
    Viral marker testing (this donation)      Result        Required
    HBsAg                                     Nonreactive   Nonreactive
    Anti-HCV                                  Nonreactive   Nonreactive
    Anti-HIV 1/2                              Nonreactive   Nonreactive
    Your next eligible donation: 06/12/2025. Fee earned this visit: $70.
''', [
    R('total-protein', '6.4', 'g/dL', '6.0..9.0'),
    R('hematocrit', '39', '%', '38..54'),
    R('albumin', '3.8', 'g/dL', '3.5..5.2'),
    R('?IgG', '712', 'mg/dL', '600..1700'),
    R('hepatitis-b-surface-antigen', None, None, 'text', 'normal', vt='Nonreactive'),
    R('hepatitis-c-antibody', None, None, 'text', 'normal', vt='Nonreactive'),
    R('hiv-1-antibody', None, None, 'text', 'normal', vt='Nonreactive'),
], "range=the donor centre's 'Acceptable range' column (a - b inclusive), used as the range; viral markers equal their 'Required' text (text, normal); IgG has no catalog key; 'Anti-HIV 1/2' is hiv-1-antibody (catalog alias); the fee and dates are not rows.")

case('US', 'en', 'screen', 'Employer urine drug screen report (Quest Employer Solutions-style, non-DOT pre-employment): Drug class / Result / Screening cut-off / Confirmation cut-off columns in ng/mL, one positive THC pending MRO review', r'''
    EMPLOYER SOLUTIONS - DRUG TESTING CUSTODY AND CONTROL REPORT (NON-DOT)
    Donor: HERNANDEZ, LUIS A.   Specimen ID: 0048812273   Reason: Pre-employment   Collected 07/08/2025 09:14
    Employer: Tri-County Logistics LLC   MRO: Dr. K. Patel (verification pending)
    Drug class                  Result      Screen cut-off   Confirm cut-off
    Amphetamines                NEGATIVE    500 ng/mL        250 ng/mL
    Cocaine Metabolites         NEGATIVE    150 ng/mL        100 ng/mL
    Marijuana Metabolites       POSITIVE    50 ng/mL         15 ng/mL
    Opiates                     NEGATIVE    2000 ng/mL       2000 ng/mL
    Benzodiazepines             NEGATIVE    300 ng/mL        100 ng/mL
    Specimen validity: VALID (creatinine, pH and specific gravity within acceptable limits)
    Results released to the MRO only. Not a final verified result until MRO review.
''', [
    R('amphetamines-urine-screen', None, None, '', 'null', vt='NEGATIVE'),
    R('cocaine-urine-screen', None, None, '', 'null', vt='NEGATIVE'),
    R('cannabinoids-urine-screen', None, None, '', 'null', vt='POSITIVE'),
    R('opiates-urine-screen', None, None, '', 'null', vt='NEGATIVE'),
    R('benzodiazepines-urine-screen', None, None, '', 'null', vt='NEGATIVE'),
], "range=none: screening and confirmation cut-offs are assay thresholds, not reference ranges, and no expected answer is printed, so each qualitative answer has flag null; 'Marijuana Metabolites' is cannabinoids-urine-screen; the specimen-validity line gives a word, not values.")

case('UK', 'en', 'screen', 'Occupational health "Control of Lead at Work" biological monitoring letter from an HSE appointed doctor: blood lead against the action and suspension levels stated in a paragraph, and a small haematology/renal table', r'''
    Northgate Occupational Health Ltd - Medical Surveillance (Control of Lead at Work Regulations 2002)
    Employee: Mr Darren Whitcombe   Employer: Severn Battery Recycling   Works no. 3318   Sample date: 12/06/2025
    Blood lead: 31 ug/dL.
    For your information, the action level for men is 50 ug/dL and the suspension level is 60 ug/dL.
    Test                 Result     Units     Reference
    Haemoglobin          151        g/L       130 - 170
    Creatinine           94         umol/L    59 - 104
    Zinc protoporphyrin  68         umol/mol haem   < 70
    Fit for continued work with lead. Next surveillance: 3 months.   Dr A. Nwosu, HSE Appointed Doctor
''', [
    R('?Blood lead', '31', 'ug/dL', ''),
    R('hemoglobin', '151', 'g/L', '130..170'),
    R('creatinine', '94', 'umol/L', '59..104'),
    R('?Zinc protoporphyrin', '68', 'umol/mol haem', '..<70'),
], "range=the table's Reference column (a - b inclusive, '< 70' strict); blood lead has no catalog key and its action (50) and suspension (60) levels are regulatory thresholds in a sentence, not a range (range none, flag null); zinc protoporphyrin is `?`; creatinine umol/L -> mg/dL.")

case('IE', 'en', 'screen', 'Hospital staff occupational-health immunity screen letter (HSE Ireland-style): quantitative anti-HBs against an immunity threshold, measles and varicella IgG answers with their interpretation, an IGRA', r'''
    Occupational Health Department - Pre-employment Immunity Screen
    Name: Ms Aoife Brennan   Staff no. 800531   Role: Student nurse   Date of sample: 03/02/2025
    Hepatitis B surface antibody (anti-HBs): 8.4 mIU/mL   (immune if 10 mIU/mL or more) - NOT IMMUNE
    Measles IgG: Detected (immune)
    Varicella zoster IgG: Detected (immune)
    QuantiFERON-TB Gold Plus: Negative
    Action: hepatitis B booster dose today; repeat anti-HBs 1-2 months after the booster.
''', [
    R('hepatitis-b-surface-antibody', '8.4', 'mIU/mL', '10..', 'low'),
    R('?Measles IgG', None, None, '', 'null', vt='Detected'),
    R('?Varicella zoster IgG', None, None, '', 'null', vt='Detected'),
    R('?QuantiFERON-TB Gold Plus', None, None, '', 'null', vt='Negative'),
], "range='immune if 10 mIU/mL or more' is an inclusive lower bound printed on the row; 'NOT IMMUNE' is keyed low (below the bound); anti-HBs' catalog key is qualitative with no unit, so its number keeps no normalizedValue; measles, varicella and the IGRA have no key and no expected text (range none, flag null); the booster plan is not a row.")

case('UK', 'en', 'screen', 'Returned-traveller fever clinic result summary (tropical medicine hospital): malaria RDT and thick/thin film answers with expected text, a FBC with low platelets and an eosinophil count, CRP and ALT, travel history line', r'''
    Hospital for Tropical Diseases - Returned Traveller Clinic - Results summary
    Patient: Mr Kwame Asante-Smith   Travel: Ghana (Kumasi), returned 09/03/2025; no malaria prophylaxis
    Malaria antigen (RDT)          Negative                 (expected: Negative)
    Malaria parasites thick/thin   No parasites seen        (expected: No parasites seen)   3rd film due 12/03
    Test               Result     Units        Ref range
    WBC                3.9        x10^9/L      4.0 - 11.0     L
    Platelets          96         x10^9/L      150 - 400      L
    Eosinophils        0.05       x10^9/L      0.0 - 0.5
    Haemoglobin        134        g/L          130 - 180
    CRP                41         mg/L         0 - 5          H
    ALT                67         U/L          0 - 41         H
    Comment: dengue NS1 and serology sent to reference laboratory; enteric fever blood cultures pending.
''', [
    R('malaria-antigen', None, None, 'text', 'normal', vt='Negative'),
    R('malaria-parasite-smear', None, None, 'text', 'normal', vt='No parasites seen'),
    R('white-blood-cell-count', '3.9', 'x10^9/L', '4.0..11.0', 'low'),
    R('platelet-count', '96', 'x10^9/L', '150..400', 'low'),
    R('eosinophils-absolute', '0.05', 'x10^9/L', '0.0..0.5'),
    R('hemoglobin', '134', 'g/L', '130..180'),
    R('c-reactive-protein', '41', 'mg/L', '0..5', 'high'),
    R('alanine-aminotransferase', '67', 'U/L', '0..41', 'high'),
], "range=the Ref range column (inclusive) and '(expected: …)' text for the two malaria answers (equal, normal); eosinophils in x10^9/L without a % sibling are -absolute; pending dengue and cultures are not rows.")

case('AE', 'en', 'screen', 'Expatriate pre-deployment medical (International SOS-style clinic, Dubai) lab section of a fitness certificate: Test / Result / Normal Values / Remarks, serology answers with "Non Reactive" expected, VDRL', r'''
    PRE-DEPLOYMENT MEDICAL EXAMINATION - LABORATORY SECTION
    Candidate: Mr Rajesh Pillai   Passport: Z8841102   Employer: Gulf Offshore Drilling   Date: 21/01/2025
    Test                       Result           Normal Values        Remarks
    Haemoglobin                15.2 g/dL        13.0 - 17.0
    Fasting Blood Sugar        6.4 mmol/L       3.9 - 5.6            High
    HbA1c                      6.1 %            4.0 - 5.6            High
    Total Cholesterol          5.9 mmol/L       < 5.2                High
    ALT (SGPT)                 34 U/L           < 41
    HBsAg                      Non Reactive     Non Reactive
    Anti-HIV 1 & 2             Non Reactive     Non Reactive
    VDRL                       Non Reactive     Non Reactive
    Fitness: FIT for offshore deployment subject to GP review of glycaemic status.
''', [
    R('hemoglobin', '15.2', 'g/dL', '13.0..17.0'),
    R('glucose', '6.4', 'mmol/L', '3.9..5.6', 'high'),
    R('hemoglobin-a1c', '6.1', '%', '4.0..5.6', 'high'),
    R('total-cholesterol', '5.9', 'mmol/L', '..<5.2', 'high'),
    R('alanine-aminotransferase', '34', 'U/L', '..<41'),
    R('hepatitis-b-surface-antigen', None, None, 'text', 'normal', vt='Non Reactive'),
    R('hiv-1-antibody', None, None, 'text', 'normal', vt='Non Reactive'),
    R('venereal-disease-research-laboratory', None, None, 'text', 'normal', vt='Non Reactive'),
], "range=the Normal Values column (a - b inclusive, '< b' strict; serology equal to 'Non Reactive', text, normal); Remarks 'High' are flags; glucose and cholesterol mmol/L -> mg/dL; the fitness line is not a row.")

case('SZ', 'en', 'screen', 'Eswatini National Blood Transfusion Service donor result letter in English with siSwati labels (Libito, Lusuku): pre-donation haemoglobin by HemoCue and transfusion-transmissible infection screening with expected answers', r'''
    ESWATINI NATIONAL BLOOD TRANSFUSION SERVICE - Mbabane
    Libito (Name): Sibusiso Dlamini   Lusuku (Date): 14/04/2025   Donor no.: ENBTS-031877   Blood group: O Rh D positive
    Pre-donation haemoglobin (HemoCue): 13.8 g/dL   [accept 12.5 - 18.0]
    TTI screening              Result          Expected
    HIV 1/2 Ag/Ab              Non-reactive    Non-reactive
    HBsAg                      Non-reactive    Non-reactive
    HCV antibody               Non-reactive    Non-reactive
    Syphilis (TPHA)            Reactive        Non-reactive
    Please report to the donor clinic for counselling and referral. Siyabonga (thank you) for donating.
''', [
    R('hemoglobin', '13.8', 'g/dL', '12.5..18.0'),
    R('hiv-1-antibody', None, None, 'text', 'normal', vt='Non-reactive'),
    R('hepatitis-b-surface-antigen', None, None, 'text', 'normal', vt='Non-reactive'),
    R('hepatitis-c-antibody', None, None, 'text', 'normal', vt='Non-reactive'),
    R('treponema-pallidum-antibody', None, None, 'text', 'abnormal', vt='Reactive'),
], "range=the '[accept a - b]' donor limits (inclusive) for Hb; the Expected column for the infection markers (text; equal = normal, 'Reactive' against 'Non-reactive' = abnormal); TPHA is treponema-pallidum-antibody; the blood group is not a row.")

case('US', 'en', 'screen', 'Plasma centre donor deferral letter (Octapharma Plasma-style): reason for a temporary deferral (weight and protein re-check), dates and reinstatement steps, no values', r'''
    Octapharma Plasma, Inc. - Donor Notification
    Donor ID 55-0219873   Center: Tucson AZ   Date: 03/28/2025
    Dear Donor,
    Following your visit today you have been temporarily deferred from donating plasma for 14 days.
    Reason code: TP-2 (protein re-check required before your next donation).
    You may return on or after 04/11/2025. Please bring a valid photo ID and proof of address.
    Questions? Call our Donor Care line at 1-800-555-0163, Monday-Friday 8 am-5 pm.
''', [], "range=none: a deferral notice with codes, dates and a phone number; no result.")

# ---- family nutrition: bariatric and nutrition clinics, micronutrients
case('US', 'en', 'nutrition', 'Healthie (nutrition-practice platform) client "Labs" tab export from a bariatric program dietitian: one-year post sleeve gastrectomy panel, Marker / Value / Unit / Reference / Status with words Optimal, Low, High, Normal', r'''
    Healthie - Client Labs - Kara Jennings (Sleeve gastrectomy 05/2024)
    Practice: Summit Bariatric Nutrition   Lab date: 05/20/2025   Uploaded by: A. Moreno, RD, LDN
    Marker              Value    Unit     Reference        Status
    Vitamin B1 (whole blood)  62   nmol/L   70-180          Low
    Vitamin B12         276      pg/mL    232-1245         Normal
    Folate (serum)      >20.0    ng/mL    >3.0             Normal
    Vitamin D, 25-OH    18.6     ng/mL    30.0-100.0       Low
    Iron                41       ug/dL    27-159           Normal
    Ferritin            19       ng/mL    15-150           Normal
    PTH, intact         78       pg/mL    15-65            High
    Zinc                58       ug/dL    60-130           Low
    Copper              84       ug/dL    80-155           Normal
    RD note: increase bariatric multivitamin to 2 chewables daily; add thiamine 100 mg and vitamin D3 5,000 IU.
''', [
    R('?Vitamin B1 (whole blood)', '62', 'nmol/L', '70..180', 'low'),
    R('vitamin-b12', '276', 'pg/mL', '232..1245', 'normal'),
    R('folate', '20.0', 'ng/mL', '>3.0..', 'normal', vt='>20.0'),
    R('vitamin-d', '18.6', 'ng/mL', '30.0..100.0', 'low'),
    R('iron', '41', 'ug/dL', '27..159', 'normal'),
    R('ferritin', '19', 'ng/mL', '15..150', 'normal'),
    R('parathyroid-hormone', '78', 'pg/mL', '15..65', 'high'),
    R('zinc', '58', 'ug/dL', '60..130', 'low'),
    R('copper', '84', 'ug/dL', '80..155', 'normal'),
], "range=the Reference column (a-b inclusive, '>3.0' strict); Status words are flags; folate '>20.0' lies above the '>3.0' bound (normal, normalized on its bound 20); vitamin B1 has no catalog key (`?`); supplement doses in the RD note are not rows.")

case('UK', 'en', 'nutrition', 'NHS specialist weight-management (tier 4) bariatric follow-up clinic letter after Roux-en-Y bypass: a results paragraph-table in SI units (g/L, ug/L, ng/L, nmol/L, pmol/L, umol/L) with (L)/(H) after values', r'''
    Bariatric Surgery Follow-up Clinic - Musgrove Park Hospital
    Re: Ms Jodie HARTLEY   DOB 22/07/1990   RYGB 03/2023   Seen: 11/06/2025
    Results (bloods 04/06/2025):
      Haemoglobin        112 (L) g/L      [115-165]
      Ferritin           8 (L) ug/L       [15-300]
      Folate             3.2 (L) ug/L     [3.9-26.8]
      Vitamin B12        242 ng/L         [197-771]
      25-OH vitamin D    38 (L) nmol/L    [50-175]
      PTH                9.8 (H) pmol/L   [1.6-6.9]
      Adjusted calcium   2.31 mmol/L      [2.20-2.60]
      Zinc               9.1 (L) umol/L   [11.0-24.0]
      Copper             14.2 umol/L      [10.0-22.0]
    Plan: IV iron (ferric carboxymaltose 1 g), folic acid 5 mg daily, colecalciferol loading; dietetic review in 3 months.
''', [
    R('hemoglobin', '112', 'g/L', '115..165', 'low'),
    R('ferritin', '8', 'ug/L', '15..300', 'low'),
    R('folate', '3.2', 'ug/L', '3.9..26.8', 'low'),
    R('vitamin-b12', '242', 'ng/L', '197..771'),
    R('vitamin-d', '38', 'nmol/L', '50..175', 'low'),
    R('parathyroid-hormone', '9.8', 'pmol/L', '1.6..6.9', 'high'),
    R('calcium', '2.31', 'mmol/L', '2.20..2.60'),
    R('zinc', '9.1', 'umol/L', '11.0..24.0', 'low'),
    R('copper', '14.2', 'umol/L', '10.0..22.0'),
], "range=the bracket [a-b] inclusive; (L)/(H) after values are flags, the rest computed; conversions with the catalog molar masses (vitamin D 400.64, PTH 9425, calcium 40.078, zinc 65.38, copper 63.546); 'Adjusted calcium' keyed as calcium (the only calcium printed); IV iron and doses are not rows.")

case('UK', 'en', 'nutrition', 'Home parenteral nutrition clinic trace-element and vitamin report from a regional reference laboratory (SAS Trace Elements-style): Analyte / Result / Units / Reference interval, with an interpretive comment tied to CRP', r'''
    SAS Trace Element Laboratory - Nutrition Screen        Requested by: Intestinal Failure Unit, Salford
    Patient: Mr Colin AINSWORTH   Hosp no. S2291047   Collected 28/04/2025 (on HPN 5 nights/week)
    Analyte                              Result   Units     Reference interval
    Selenium (serum)                     0.62     umol/L    0.89 - 1.65
    Vitamin A (retinol)                  1.1      umol/L    1.0 - 3.0
    Vitamin E (alpha-tocopherol)         18       umol/L    12 - 46
    Vitamin B6 (PLP, whole blood)        24       nmol/L    35 - 110
    Manganese (whole blood)              148      nmol/L    73 - 210
    C-reactive protein                   <1       mg/L      < 5
    Comment: CRP is not raised, so the low selenium and PLP reflect true deficiency. Suggest increasing the trace element additive.
''', [
    R('selenium', '0.62', 'umol/L', '0.89..1.65'),
    R('vitamin-a', '1.1', 'umol/L', '1.0..3.0'),
    R('vitamin-e', '18', 'umol/L', '12..46'),
    R('vitamin-b6', '24', 'nmol/L', '35..110'),
    R('?Manganese (whole blood)', '148', 'nmol/L', '73..210'),
    R('c-reactive-protein', '1', 'mg/L', '..<5', vt='<1'),
], "range=the Reference interval column (a - b inclusive, '< 5' strict); no flags printed, all computed (CRP '<1' lies inside '< 5', normal, normalized on its bound); molar -> mass with selenium 78.971 (ug/L), vitamin A 286.45 (ug/dL), vitamin E 430.71 (mg/L); vitamin B6 stays nmol/L; manganese has no key.")

case('CA', 'en', 'nutrition', 'Practice Better (dietitian practice app) client "Lab Results" entered by a Toronto dietitian from a LifeLabs report: Canadian SI units, Result / Unit / Ref. Range / Out of range? column (Yes/No)', r'''
    Practice Better - Lab Results - Client: Hannah Wu (plant-based diet, 8 months)
    Entered by: Mira Delorme RD (Ontario)   Source: LifeLabs report dated 2025-02-03
    Test              Result    Unit      Ref. Range      Out of range?
    Vitamin B12       168       pmol/L    >220            Yes
    25-Hydroxy Vit D  62        nmol/L    75-250          Yes
    Iron              9         umol/L    10-30           Yes
    Ferritin          21        ug/L      15-247          No
    Magnesium         0.78      mmol/L    0.65-1.05       No
    TSH               1.9       mIU/L     0.32-4.00       No
    Plan: B12 1,000 mcg daily; vitamin D 2,000 IU; iron-rich meals with vitamin C. Recheck in 3 months.
''', [
    R('vitamin-b12', '168', 'pmol/L', '>220..', 'abnormal'),
    R('vitamin-d', '62', 'nmol/L', '75..250', 'abnormal'),
    R('iron', '9', 'umol/L', '10..30', 'abnormal'),
    R('ferritin', '21', 'ug/L', '15..247', 'normal'),
    R('magnesium', '0.78', 'mmol/L', '0.65..1.05', 'normal'),
    R('thyroid-stimulating-hormone', '1.9', 'mIU/L', '0.32..4.00', 'normal'),
], "range=Ref. Range (a-b inclusive, '>220' strict); 'Out of range? Yes' gives no direction and is keyed abnormal (like a direction-free '*'), 'No' = normal; B12 pmol/L -> pg/mL (1355.37), vitamin D -> ng/mL, iron umol/L -> ug/dL, magnesium -> mg/dL.")

case('ES', 'gl', 'nutrition', 'SERGAS (Galician health service) hospital nutrition clinic report in Galician: Proba / Resultado / Unidades / Valores de referencia, decimal commas, the words Baixo and Alto', r'''
    SERVIZO GALEGO DE SAÚDE - Complexo Hospitalario Universitario de Santiago
    Unidade de Nutrición Clínica - Informe de laboratorio
    Paciente: Xoán Outeiro Lema   Nº historia: 4418207   Data de extracción: 07/05/2025
    Proba                       Resultado   Unidades   Valores de referencia
    Albumina                    3,1         g/dL       3,5 - 5,2       Baixo
    Prealbumina                 14          mg/dL      20 - 40         Baixo
    Transferrina                188         mg/dL      200 - 360       Baixo
    Proteína C reactiva         12,4        mg/L       0,0 - 5,0       Alto
    Colesterol total            131         mg/dL      < 200
    Magnesio                    1,9         mg/dL      1,6 - 2,6
    Comentario: desnutrición proteica moderada; iniciar suplementación oral hiperproteica.
''', [
    R('albumin', '3.1', 'g/dL', '3.5..5.2', 'low'),
    R('prealbumin', '14', 'mg/dL', '20..40', 'low'),
    R('transferrin', '188', 'mg/dL', '200..360', 'low'),
    R('c-reactive-protein', '12.4', 'mg/L', '0.0..5.0', 'high'),
    R('total-cholesterol', '131', 'mg/dL', '..<200'),
    R('magnesium', '1.9', 'mg/dL', '1.6..2.6'),
], "range=Valores de referencia (a - b inclusive, '< 200' strict); decimal commas read as points; the Galician words Baixo (low) and Alto (high) are flags, blanks computed; the comment is not a row.")

case('US', 'en', 'nutrition', 'Celiac disease clinic (academic GI) follow-up note, "Lab data" block from Epic pasted into a dietitian template: name: value unit (range) with [H]/[L] markers, a tTG-IgA above the upper limit', r'''
    CELIAC DISEASE PROGRAM - Dietitian Follow-up   Date: 08/19/2025
    Patient: Grace Lindqvist, 24 y F   Diagnosis 2023 (Marsh 3b)   Gluten-free diet adherence: "mostly"
    Lab data (08/12/2025):
    tTG-IgA: 18 U/mL (0-3.9) [H]
    Total IgA: 212 mg/dL (87-352)
    Ferritin: 11 ng/mL (15-150) [L]
    Vitamin D, 25-Hydroxy: 27 ng/mL (30-100) [L]
    Folate: 9.8 ng/mL (>5.9)
    Zinc: 66 ug/dL (60-130)
    Hemoglobin: 11.8 g/dL (11.7-15.5)
    Assessment: ongoing gluten exposure likely (shared toaster, oats). Education given; repeat tTG in 6 months.
''', [
    R('?tTG-IgA', '18', 'U/mL', '0..3.9', 'high'),
    R('?Total IgA', '212', 'mg/dL', '87..352'),
    R('ferritin', '11', 'ng/mL', '15..150', 'low'),
    R('vitamin-d', '27', 'ng/mL', '30..100', 'low'),
    R('folate', '9.8', 'ng/mL', '>5.9..'),
    R('zinc', '66', 'ug/dL', '60..130'),
    R('hemoglobin', '11.8', 'g/dL', '11.7..15.5'),
], "range='(a-b)' inclusive, '(>5.9)' strict; [H]/[L] are flags, the rest computed; tTG-IgA and total IgA have no catalog key (`?`); the Marsh grade and adherence words are not rows.")

case('US', 'en', 'nutrition', 'Bariatric program post-operative lab schedule handout: which tests at 3, 6, 12 months and yearly, supplement list with doses - no result', r'''
    Summit Bariatric Surgery - Your Lab Schedule After Surgery
    3 months: CBC, CMP, ferritin, vitamin B12
    6 months: CBC, CMP, iron panel, ferritin, B12, folate, vitamin D, PTH
    12 months and every year: all of the above plus thiamine (B1), zinc, copper, vitamin A, HbA1c and lipids
    Daily supplements: bariatric multivitamin 2 chewables; calcium citrate 1,200-1,500 mg in 3 doses; vitamin D3 3,000 IU;
    B12 350-500 mcg. Take iron 45-60 mg at least 2 hours apart from calcium.
    Lab orders are sent to Quest; fasting is not required unless lipids are due.
''', [], "range=none: a schedule of tests and supplement doses; no result.")

# ---- family telehealth: men's and women's health, PCOS and thyroid telehealth
case('US', 'en', 'telehealth', 'Allara Health (PCOS telehealth) app "Your results" cards copied as text: marker name line, then "value unit · status", then "Range: a–b", a PCOS hormone panel with AMH, androgens and gonadotropins', r'''
    Allara Health - Your results are in
    Drawn 04/03/2025 at Quest (cycle day 3)   Reviewed by: Dr. Nina Feldman, Endocrinology
    Anti-Müllerian Hormone (AMH)
    8.9 ng/mL · High
    Range: 1.2–7.1
    Testosterone, Total, LC/MS
    62 ng/dL · High
    Range: 2–45
    Free Testosterone
    7.3 pg/mL · High
    Range: 0.1–6.4
    DHEA Sulfate
    312 mcg/dL · In range
    Range: 84.8–378.0
    Androstenedione
    248 ng/dL · In range
    Range: 41–262
    17-OH Progesterone
    84 ng/dL · In range
    Range: ≤185
    LH
    14.2 mIU/mL · High
    Range: 2.4–12.6
    FSH
    5.1 mIU/mL · In range
    Range: 3.5–12.5
    SHBG
    24 nmol/L · Low
    Range: 24.6–122.0
    Your care team will message you within 2 business days to discuss next steps.
''', [
    R('anti-mullerian-hormone', '8.9', 'ng/mL', '1.2..7.1', 'high'),
    R('testosterone', '62', 'ng/dL', '2..45', 'high'),
    R('testosterone-free', '7.3', 'pg/mL', '0.1..6.4', 'high'),
    R('dhea-sulfate', '312', 'mcg/dL', '84.8..378.0', 'normal'),
    R('androstenedione', '248', 'ng/dL', '41..262', 'normal'),
    R('17-hydroxyprogesterone', '84', 'ng/dL', '..185', 'normal'),
    R('luteinizing-hormone', '14.2', 'mIU/mL', '2.4..12.6', 'high'),
    R('follicle-stimulating-hormone', '5.1', 'mIU/mL', '3.5..12.5', 'normal'),
    R('shbg', '24', 'nmol/L', '24.6..122.0', 'low'),
], "range='Range: a–b' (inclusive) and '≤185' (inclusive) on the line after each value; status words High / Low / In range are flags; mcg/dL = ug/dL.")

case('UK', 'en', 'telehealth', 'Hertility (UK women\'s health) home-test "Hormone & Fertility Report" copied from the PDF: marker, value, unit, "Your range", a status word (Within / Above / Below), SI units including AMH in pmol/L and prolactin in mIU/L, a Free Androgen Index without unit', r'''
    hertility - Your Hormone & Fertility Report
    Name: Imogen Clarke   Age: 31   Sample collected: 02/05/2025 (cycle day 4, finger-prick)   Lab: UKAS-accredited partner lab
    Marker                  Result    Unit      Your range        Status
    AMH                     41.2      pmol/L    6.4 - 34.6        Above
    FSH                     5.8       IU/L      3.5 - 12.5        Within
    LH                      16.1      IU/L      2.4 - 12.6        Above
    Oestradiol              312       pmol/L    98 - 571          Within
    Testosterone            1.9       nmol/L    0.29 - 1.67       Above
    SHBG                    31        nmol/L    26.1 - 110        Within
    Free Androgen Index     6.1                 < 4.5             Above
    TSH                     2.1       mIU/L     0.27 - 4.2        Within
    Prolactin               312       mIU/L     102 - 496         Within
    Clinical note (Dr Helen O'Neill's team): your results show features consistent with PCOS. Book your GP consultation.
''', [
    R('anti-mullerian-hormone', '41.2', 'pmol/L', '6.4..34.6', 'high'),
    R('follicle-stimulating-hormone', '5.8', 'IU/L', '3.5..12.5', 'normal'),
    R('luteinizing-hormone', '16.1', 'IU/L', '2.4..12.6', 'high'),
    R('estradiol', '312', 'pmol/L', '98..571', 'normal'),
    R('testosterone', '1.9', 'nmol/L', '0.29..1.67', 'high'),
    R('shbg', '31', 'nmol/L', '26.1..110', 'normal'),
    R('?Free Androgen Index', '6.1', None, '..<4.5', 'high'),
    R('thyroid-stimulating-hormone', '2.1', 'mIU/L', '0.27..4.2', 'normal'),
    R('prolactin', '312', 'mIU/L', '102..496', 'normal'),
], "range='Your range' (a - b inclusive, '< 4.5' strict); status words Above / Within are flags; AMH pmol/L -> ng/mL with the catalog molar mass 140000, oestradiol pmol/L -> pg/mL, testosterone nmol/L -> ng/dL; IU/L = mIU/mL; prolactin in mIU/L has no normalizedValue (IU vs mass); the Free Androgen Index has no key and no unit.")

case('UK', 'en', 'telehealth', 'Numan (UK men\'s health) "Blood test results" web page copied: sections with a marker, its value and unit, a small range bar rendered as text "low |----●-----| high" with the bounds, and a sentence per marker', r'''
    numan - Your blood test results (Testosterone + Health check)   Sample received 19/03/2025
    HORMONES
    Testosterone  14.8 nmol/L   8.6 |------●----------| 29.0   Your testosterone is in the normal range.
    Free testosterone  0.29 nmol/L   0.20 |---●--------| 0.62   In range.
    SHBG  38 nmol/L   18.3 |--------●----| 54.1   In range.
    Albumin  46 g/L   35 |--------●---| 50   In range.
    PROSTATE
    PSA  0.6 ug/L   0 |●-----------| 2.5   In range for your age (40-49).
    HEART & METABOLIC
    HbA1c  39 mmol/mol   20 |----------●-| 41   In range, but at the upper end - see the doctor's note.
    Total cholesterol  6.1 mmol/L   0 |----------|● 5.0   Above range.
    HDL cholesterol  1.1 mmol/L   1.0 |-●----------| 3.0   In range.
    Doctor's note: cholesterol is raised; a repeat fasting lipid profile and QRISK3 with your GP is recommended.
''', [
    R('testosterone', '14.8', 'nmol/L', '8.6..29.0', 'normal'),
    R('testosterone-free', '0.29', 'nmol/L', '0.20..0.62', 'normal'),
    R('shbg', '38', 'nmol/L', '18.3..54.1', 'normal'),
    R('albumin', '46', 'g/L', '35..50', 'normal'),
    R('prostate-specific-antigen', '0.6', 'ug/L', '0..2.5', 'normal'),
    R('hemoglobin-a1c', '39', 'mmol/mol', '20..41', 'normal'),
    R('total-cholesterol', '6.1', 'mmol/L', '0..5.0', 'high'),
    R('hdl-cholesterol', '1.1', 'mmol/L', '1.0..3.0', 'normal'),
], "range=the two numbers at the ends of the text range bar (inclusive); the sentences 'in the normal range' / 'In range' / 'Above range' are flags; free testosterone nmol/L -> pg/mL (288.42); albumin g/L /10; HbA1c in mmol/mol stays unnormalized; the bar characters are layout.")

case('US', 'en', 'telehealth', 'Paloma Health (thyroid telehealth) "Your Thyroid Test Results" e-mail: one block per marker with "Your result", "Optimal/Normal range" and a plain-word status, a censored thyroglobulin antibody', r'''
    Paloma Health <results@palomahealth.example>
    Your Complete Thyroid Kit results are ready, Jessica!
    Kit ID: PH-K-88214   Collected: 01/27/2025   Lab: CLIA-certified partner lab

    TSH - Your result: 3.9 uIU/mL - Normal range: 0.45-4.5 - Status: Normal
    Free T4 - Your result: 1.1 ng/dL - Normal range: 0.82-1.77 - Status: Normal
    Free T3 - Your result: 2.6 pg/mL - Normal range: 2.0-4.4 - Status: Normal
    TPO Antibodies - Your result: 48 IU/mL - Normal range: 0-34 - Status: High
    Reverse T3 - Your result: 21.4 ng/dL - Normal range: 9.2-24.1 - Status: Normal
    Thyroglobulin Antibodies - Your result: < 1 IU/mL - Normal range: ≤ 1 - Status: Normal

    Positive TPO antibodies suggest Hashimoto's. Book a video visit with a Paloma provider to talk about your results.
''', [
    R('thyroid-stimulating-hormone', '3.9', 'uIU/mL', '0.45..4.5', 'normal'),
    R('free-t4', '1.1', 'ng/dL', '0.82..1.77', 'normal'),
    R('free-t3', '2.6', 'pg/mL', '2.0..4.4', 'normal'),
    R('thyroid-peroxidase-antibody', '48', 'IU/mL', '0..34', 'high'),
    R('reverse-t3', '21.4', 'ng/dL', '9.2..24.1', 'normal'),
    R('thyroglobulin-antibody', '1', 'IU/mL', '..1', 'normal', vt='<1'),
], "range='Normal range: a-b' inclusive and '≤ 1' inclusive; Status words are flags; uIU/mL = m[IU]/L; TPO antibody in IU/mL stays unnormalized (catalog U/mL); thyroglobulin antibody '< 1' lies inside ≤ 1 and is normalized on its bound (IU/mL = [IU]/mL).")

case('IN', 'hi', 'telehealth', 'Government hospital (Safdarjung-style, New Delhi) gynaecology endocrine clinic report with Hindi column headers and bilingual test names: जाँच (Test) / परिणाम (Result) / इकाई (Unit) / संदर्भ सीमा (Reference range), an LH:FSH ratio without unit, H markers', r'''
    सफदरजंग अस्पताल, नई दिल्ली - जैव रसायन विभाग (Department of Biochemistry)
    रोगी का नाम (Patient): Ms. Nandini Verma   आयु/लिंग: 26 वर्ष/F   OPD: Gynae Endocrine   दिनांक: 11/03/2025
    जाँच (Test)                          परिणाम (Result)   इकाई (Unit)   संदर्भ सीमा (Reference range)
    एलएच (LH)                            11.8              mIU/mL        2.4 - 12.6
    एफएसएच (FSH)                        5.2               mIU/mL        3.5 - 12.5
    एलएच:एफएसएच अनुपात (LH:FSH Ratio)    2.27
    प्रोलैक्टिन (Prolactin)              18.6              ng/mL         4.79 - 23.3
    टेस्टोस्टेरोन (Total Testosterone)   0.71 H            ng/mL         0.08 - 0.48
    टीएसएच (TSH)                         3.2               µIU/mL        0.35 - 5.50
    उपवास इंसुलिन (Fasting Insulin)      22.4              µIU/mL        2.6 - 24.9
    उपवास ग्लूकोज़ (Fasting Glucose)      96                mg/dL         70 - 100
    H = सामान्य से अधिक (above normal).   रिपोर्ट जाँचकर्ता (Checked by): Dr. R. Bansal
''', [
    R('luteinizing-hormone', '11.8', 'mIU/mL', '2.4..12.6'),
    R('follicle-stimulating-hormone', '5.2', 'mIU/mL', '3.5..12.5'),
    R('?LH:FSH Ratio', '2.27', None, ''),
    R('prolactin', '18.6', 'ng/mL', '4.79..23.3'),
    R('testosterone', '0.71', 'ng/mL', '0.08..0.48', 'high'),
    R('thyroid-stimulating-hormone', '3.2', 'µIU/mL', '0.35..5.50'),
    R('insulin', '22.4', 'µIU/mL', '2.6..24.9'),
    R('glucose', '96', 'mg/dL', '70..100'),
], "range=संदर्भ सीमा (a - b inclusive); H by its Hindi legend = high, the rest computed; testosterone ng/mL -> ng/dL (x100); µIU/mL = m[IU]/L for TSH and u[IU]/mL for insulin; the LH:FSH ratio has no key, no unit and no range (flag null).")

case('US', 'en', 'telehealth', 'PCOS telehealth intake summary (symptoms, cycle history, BMI, medications, goals) before any labs are ordered - no result', r'''
    Allara Health - Intake Summary (pre-visit)
    Member: Priya S.   Age 29   Height 5'5"   Weight 182 lb   BMI 30.3
    Cycle: irregular, 35-60 days, last period 02/11/2025. Acne (jawline), hair thinning, hirsutism score self-rated 14.
    Medications: spironolactone 50 mg (stopped 2024), metformin ER 500 mg.
    Goals: regulate cycles, conceive within 12-18 months.
    Next step: your provider will order labs at your first visit (typically hormones, glucose, lipids).
''', [], "range=none: an intake summary with body measures, cycle history and doses; no laboratory result.")

# ---- family cardio: heart-failure, lipid, preventive cardiology, sleep and AF clinics
case('US', 'en', 'cardio', 'Heart-failure clinic remote-monitoring nurse note (HF navigator program): a lab block "Test: value unit [range] flag" after a diuretic titration, NT-proBNP with an age-specific cut-off line', r'''
    HEART FAILURE CLINIC - Telephone Follow-up (RN HF Navigator)   06/24/2025
    Patient: Walter Grimes, 74 y M   HFrEF, EF 30 %   Furosemide increased to 40 mg BID on 06/17
    Labs 06/23/2025:
    NT-proBNP: 1,840 pg/mL [0-450] HIGH   (age-adjusted cut-off for 50-75 y; prior 3,120 on 06/02)
    Sodium: 133 mmol/L [136-145] LOW
    Potassium: 4.1 mmol/L [3.5-5.1]
    Creatinine: 1.48 mg/dL [0.70-1.30] HIGH
    eGFR: 48 mL/min/1.73m2 [>60] LOW
    Magnesium: 1.7 mg/dL [1.6-2.6]
    Weight today 81.2 kg (dry weight 80.5 kg). BP 112/68. Plan: continue furosemide 40 mg BID; BMP in 1 week.
''', [
    R('nt-probnp', '1840', 'pg/mL', '0..450', 'high'),
    R('sodium', '133', 'mmol/L', '136..145', 'low'),
    R('potassium', '4.1', 'mmol/L', '3.5..5.1'),
    R('creatinine', '1.48', 'mg/dL', '0.70..1.30', 'high'),
    R('egfr', '48', 'mL/min/1.73m2', '>60..', 'low'),
    R('magnesium', '1.7', 'mg/dL', '1.6..2.6'),
], "range=the bracket [a-b] inclusive, '[>60]' strict; HIGH/LOW are flags, the rest computed; NT-proBNP '1,840' (1840); the prior 3,120, weights, blood pressure and doses are not rows.")

case('UK', 'en', 'cardio', 'NHS lipid clinic (familial hypercholesterolaemia service) letter to the GP: a results table in SI units with Lp(a) in nmol/L and ApoB in g/L, a calculated non-HDL and LDL, hs-CRP, Dutch Lipid Clinic Network score (not a row)', r'''
    Lipid & Cardiovascular Risk Clinic - Royal Infirmary
    Dear Dr Patel,   Re: Mr Owen Thackeray, DOB 14/10/1972   Clinic date 02/07/2025
    Fasting bloods 24/06/2025 (off statin for 6 weeks):
      Total cholesterol     8.4 mmol/L     (< 5.0)
      HDL cholesterol       1.22 mmol/L    (> 1.0)
      Triglycerides         1.9 mmol/L     (< 1.7)
      LDL cholesterol       6.3 mmol/L     (< 3.0)
      Non-HDL cholesterol   7.2 mmol/L     (< 4.0)
      Apolipoprotein B      1.71 g/L       (0.55 - 1.25)
      Lipoprotein(a)        212 nmol/L     (< 75)
      hs-CRP                1.4 mg/L       (< 3.0)
    Dutch Lipid Clinic Network score 7 (probable FH). We have arranged genetic testing and restarted atorvastatin 80 mg.
''', [
    R('total-cholesterol', '8.4', 'mmol/L', '..<5.0'),
    R('hdl-cholesterol', '1.22', 'mmol/L', '>1.0..'),
    R('triglycerides', '1.9', 'mmol/L', '..<1.7'),
    R('ldl-cholesterol', '6.3', 'mmol/L', '..<3.0'),
    R('non-hdl-cholesterol', '7.2', 'mmol/L', '..<4.0'),
    R('apolipoprotein-b', '1.71', 'g/L', '0.55..1.25'),
    R('lipoprotein-a', '212', 'nmol/L', '..<75'),
    R('hs-crp', '1.4', 'mg/L', '..<3.0'),
], "range=the bracket: '< b' / '> a' strict, a - b inclusive; no flags printed, all computed; lipids mmol/L -> mg/dL (386.65, triglycerides 885.7); ApoB g/L x100 -> mg/dL; Lp(a) stays nmol/L (the catalog unit); the DLCN score is not a row.")

case('US', 'en', 'cardio', 'Preventive cardiology practice (Cleveland HeartLab-style advanced lipid/inflammation report pasted into a patient summary): Marker / Result / Units / Reference with one-sided optimal cut-offs, a thousands comma in LDL-P', r'''
    PREVENTIVE CARDIOLOGY ASSOCIATES - Advanced Cardiometabolic Panel   Collected 03/12/2025
    Patient: Helen Okoro, 58 y F
    Marker                Result       Units       Reference
    ApoB                  118          mg/dL       <90
    Lp(a)                 164          nmol/L      <75
    LDL-P                 1,642        nmol/L      <1138
    hs-CRP                3.8          mg/L        <1.0
    Homocysteine          13.1         umol/L      <=10.4
    Omega-3 Index         4.2          %           >=8.0
    TMAO                  5.1          umol/L      <6.2
    Summary: elevated ApoB and Lp(a); discuss statin and repeat in 3 months. Lp(a) is genetically determined and need not be repeated.
''', [
    R('apolipoprotein-b', '118', 'mg/dL', '..<90'),
    R('lipoprotein-a', '164', 'nmol/L', '..<75'),
    R('ldl-particle-number', '1642', 'nmol/L', '..<1138'),
    R('hs-crp', '3.8', 'mg/L', '..<1.0'),
    R('homocysteine', '13.1', 'umol/L', '..10.4'),
    R('omega-3-index', '4.2', '%', '8.0..'),
    R('tmao', '5.1', 'umol/L', '..<6.2'),
], "range=the Reference column ('<b' strict, '<=b' / '>=a' inclusive); no flags printed, all computed; LDL-P '1,642' (1640); TMAO stays umol/L (catalog unit); the summary is not a row.")

case('US', 'en', 'cardio', 'Sleep medicine clinic note (restless legs and OSA follow-up): "Pertinent labs" line list with values and ranges, iron studies for RLS with a clinic ferritin target sentence, a venous bicarbonate, PSG indices given in the note (not rows)', r'''
    SLEEP MEDICINE CLINIC - Follow-up Note   07/15/2025   Provider: R. Haddad, MD (Sleep Medicine)
    Pt: Linda Morrow, 61 y F. RLS (IRLSSG score 24) and moderate OSA (AHI 22/h, SpO2 nadir 81 %) on CPAP 9 cmH2O.
    Pertinent labs (07/08/2025):
    - Ferritin 38 ng/mL (ref 15-150)
    - Iron 61 ug/dL (ref 37-145); TIBC 402 ug/dL (ref 250-450); Transferrin saturation 15 % (ref 15-55)
    - TSH 2.4 mIU/L (ref 0.4-4.0)
    - Bicarbonate 29 mmol/L (ref 22-29)
    For RLS we aim for ferritin > 75 ng/mL: IV iron infusion ordered. CPAP adherence 6.4 h/night, residual AHI 2.1.
''', [
    R('ferritin', '38', 'ng/mL', '15..150'),
    R('iron', '61', 'ug/dL', '37..145'),
    R('total-iron-binding-capacity', '402', 'ug/dL', '250..450'),
    R('transferrin-saturation', '15', '%', '15..55'),
    R('thyroid-stimulating-hormone', '2.4', 'mIU/L', '0.4..4.0'),
    R('carbon-dioxide', '29', 'mmol/L', '22..29'),
], "range='(ref a-b)' inclusive; no flags printed, all computed (transferrin saturation 15 and bicarbonate 29 sit on inclusive bounds, normal); the RLS ferritin goal '> 75' is a treatment target in a sentence, not a range (set 29); AHI, SpO2 nadir and CPAP figures are sleep-study indices, not rows; bicarbonate is carbon-dioxide.")

case('AU', 'en', 'cardio', 'Atrial fibrillation clinic (Australian public hospital) pre-DOAC assessment note from MedicalDirector Clinical: a pathology block with "result (range)" pairs separated by semicolons, a Cockcroft-Gault CrCl used for dosing (not a row)', r'''
    MedicalDirector Clinical - Progress note   10/04/2025   AF Clinic, Westmead
    Mrs Beverley NG, 79 y, 58 kg. New AF, CHA2DS2-VA 4, HAS-BLED 2. Plan apixaban.
    Path (Laverty, 08/04/2025): Hb 124 g/L (115-165); Plt 188 x10^9/L (150-400); Creat 96 umol/L (45-90); Na 139 mmol/L (135-145); eGFR 49 mL/min/1.73m2 (>59); ALT 18 U/L (<34); TSH 0.21 mIU/L (0.40-4.00).
    CrCl (Cockcroft-Gault) 42 mL/min - apixaban 5 mg BD (no dose reduction: age >= 80 not met).
    Low TSH - add free T4/T3; echo booked.
''', [
    R('hemoglobin', '124', 'g/L', '115..165'),
    R('platelet-count', '188', 'x10^9/L', '150..400'),
    R('creatinine', '96', 'umol/L', '45..90'),
    R('sodium', '139', 'mmol/L', '135..145'),
    R('egfr', '49', 'mL/min/1.73m2', '>59..'),
    R('alanine-aminotransferase', '18', 'U/L', '..<34'),
    R('thyroid-stimulating-hormone', '0.21', 'mIU/L', '0.40..4.00'),
], "range='(a-b)' inclusive, '(>59)' / '(<34)' strict; no flags in the table, all computed (the plan's 'Low TSH' agrees); Hb g/L /10, creatinine umol/L -> mg/dL; the CrCl, risk scores, weight and dose are not rows.")

case('UK', 'en', 'cardio', 'Home sleep apnoea test (type III) report from a sleep service: AHI, ODI, SpO2 figures, snoring percentage, positional data, recommendation - numbers but no laboratory result', r'''
    Sleep Disorders Service - Home Sleep Apnoea Test Report (NOX T3)
    Patient: Mr Gareth Pugh   Recording night: 05/05/2025   Valid recording time: 6 h 48 min
    AHI 27.4 /h (supine 41.2, non-supine 12.8)   ODI 4% 24.9 /h
    Mean SpO2 93 %   Minimum SpO2 79 %   Time SpO2 < 90 %: 7.8 %
    Snoring 38 % of recording time   Mean heart rate 64 bpm
    Conclusion: moderate obstructive sleep apnoea, positional component. Recommend auto-CPAP trial; DVLA advice given.
''', [], "range=none: a sleep-study report (indices, oxygen saturations from an oximeter, heart rate); no laboratory result.")

# ---- family country: countries (and languages) no earlier set used
case('WS', 'sm', 'country', 'Tupua Tamasese Meaole Hospital (Apia, Samoa) diabetes clinic laboratory report with bilingual Samoan/English headers: Su\'esu\'ega (Test) / I\'uga (Result) / Iunite (Unit) / Tulaga masani (Normal range) and Samoan flag words Maualuga (high) / Maualalo (low)', r'''
    MATAGALUEGA O LE SOIFUA MALOLOINA - Ministry of Health, Samoa
    Falemai Tupua Tamasese Meaole - Laboratory   Igoa (Name): Tavita Faleolo   Tausaga (Age): 52   Aso (Date): 19/02/2025
    Su'esu'ega (Test)      I'uga (Result)    Iunite (Unit)    Tulaga masani (Normal range)
    HbA1c                  9.4               %                4.0 - 6.0        Maualuga
    Fasting glucose        11.2              mmol/L           3.9 - 6.1        Maualuga
    Creatinine             118               umol/L           62 - 106         Maualuga
    Potassium              4.4               mmol/L           3.5 - 5.1
    Total cholesterol      5.6               mmol/L           < 5.2            Maualuga
    Haemoglobin            12.6              g/dL             13.0 - 17.0      Maualalo
    Maualuga = high, Maualalo = low.   Na siaki e (Checked by): S. Leota, Medical Laboratory Scientist
''', [
    R('hemoglobin-a1c', '9.4', '%', '4.0..6.0', 'high'),
    R('glucose', '11.2', 'mmol/L', '3.9..6.1', 'high'),
    R('creatinine', '118', 'umol/L', '62..106', 'high'),
    R('potassium', '4.4', 'mmol/L', '3.5..5.1'),
    R('total-cholesterol', '5.6', 'mmol/L', '..<5.2', 'high'),
    R('hemoglobin', '12.6', 'g/dL', '13.0..17.0', 'low'),
], "range=Tulaga masani (a - b inclusive, '< 5.2' strict); the Samoan words Maualuga / Maualalo are flags by their printed legend, the blank computed; glucose, cholesterol mmol/L and creatinine umol/L -> mg/dL.")

case('TL', 'tet', 'country', 'Hospital Nacional Guido Valadares (Dili, Timor-Leste) laboratory result in Tetum with Portuguese test names: Ezame / Rezultadu / Unidade / Valór referénsia, decimal commas, the Tetum words aas (high) and kraik (low)', r'''
    HOSPITAL NACIONAL GUIDO VALADARES - Laboratóriu Klíniku
    Naran pasiente: Maria da Costa Soares   Idade: 34   Data: 08/07/2025   Servisu: Medisina Interna
    Ezame                      Rezultadu   Unidade        Valór referénsia
    Hemoglobina                9,8         g/dL           12,0 - 16,0     kraik
    Leucócitos                 12,9        x10^9/L        4,0 - 10,0      aas
    Plaquetas                  96          x10^9/L        150 - 400       kraik
    Hematócrito                29,6        %              36,0 - 46,0     kraik
    Creatinina                 0,8         mg/dL          0,6 - 1,1
    Glicose                    104         mg/dL          70 - 110
    ALT (TGP)                  52          U/L            7 - 35          aas
    Nota: teste dengue NS1 pozitivu (rapid test), haree relatóriu seluk.
''', [
    R('hemoglobin', '9.8', 'g/dL', '12.0..16.0', 'low'),
    R('white-blood-cell-count', '12.9', 'x10^9/L', '4.0..10.0', 'high'),
    R('platelet-count', '96', 'x10^9/L', '150..400', 'low'),
    R('hematocrit', '29.6', '%', '36.0..46.0', 'low'),
    R('creatinine', '0.8', 'mg/dL', '0.6..1.1'),
    R('glucose', '104', 'mg/dL', '70..110'),
    R('alanine-aminotransferase', '52', 'U/L', '7..35', 'high'),
], "range=Valór referénsia (a - b inclusive, decimal commas); Tetum aas = high, kraik = low, the blank computed; TGP is ALT; the dengue NS1 note points to another report and is not a row.")

case('CW', 'pap', 'country', 'Curaçao Medical Center laboratory results in a patient portal with Papiamentu labels: Tèst / Resultado / Unidat / Balor di referensia / Señal with Haltu (high) and Abou (low), decimal commas, Dutch-style units', r'''
    Curaçao Medical Center - Laboratorio Klíniko - Portal pa pashènt
    Pashènt: Shurendy Martina   Fecha di nasementu: 03-11-1968   Fecha di resultado: 14-05-2025
    Tèst                  Resultado   Unidat        Balor di referensia   Señal
    Glukosa (nuchter)     7,4         mmol/L        4,0 - 6,1             Haltu
    HbA1c                 54          mmol/mol      20 - 42               Haltu
    Kolesterol total      4,6         mmol/L        < 5,0
    Trigliseridonan       2,4         mmol/L        < 1,7                 Haltu
    Kreatinina            71          umol/L        49 - 90
    Kalium                3,3         mmol/L        3,5 - 5,0             Abou
    Pa preguntanan, tuma kontakto ku bo dòkter di kas.
''', [
    R('glucose', '7.4', 'mmol/L', '4.0..6.1', 'high'),
    R('hemoglobin-a1c', '54', 'mmol/mol', '20..42', 'high'),
    R('total-cholesterol', '4.6', 'mmol/L', '..<5.0'),
    R('triglycerides', '2.4', 'mmol/L', '..<1.7', 'high'),
    R('creatinine', '71', 'umol/L', '49..90'),
    R('potassium', '3.3', 'mmol/L', '3.5..5.0', 'low'),
], "range=Balor di referensia (a - b inclusive, '< b' strict, decimal commas); Papiamentu Haltu = high, Abou = low, blanks computed; HbA1c in mmol/mol stays unnormalized; 'nuchter' (fasting) is a label.")

case('SO', 'so', 'country', 'Private hospital laboratory in Mogadishu (Somalia) with Somali headers and English test names: Baaritaanka / Natiijada / Cabbirka / Xadka caadiga ah / Calaamad with Sare (high) and Hoose (low), a Widal-free typhoid antigen answer', r'''
    ISBITAALKA DAARUL SHIFAA - Shaybaarka (Laboratory) - Muqdisho
    Magaca bukaanka: Cabdiraxmaan Maxamed Xasan   Da'da: 41   Taariikh: 22/06/2025
    Baaritaanka (Test)        Natiijada   Cabbirka    Xadka caadiga ah   Calaamad
    Haemoglobin               10.9        g/dL        13.0 - 17.0        Hoose
    WBC                       14.8        x10^9/L     4.0 - 11.0         Sare
    Platelets                 231         x10^9/L     150 - 450
    Creatinine                0.9         mg/dL       0.7 - 1.3
    ESR                       64          mm/hr       0 - 15             Sare
    Random blood sugar        142         mg/dL       70 - 140           Sare
    Malaria RDT (Pf/Pv)       Negative    -           Negative
    Saxiixa (Signature): Lab technologist A. Warsame
''', [
    R('hemoglobin', '10.9', 'g/dL', '13.0..17.0', 'low'),
    R('white-blood-cell-count', '14.8', 'x10^9/L', '4.0..11.0', 'high'),
    R('platelet-count', '231', 'x10^9/L', '150..450'),
    R('creatinine', '0.9', 'mg/dL', '0.7..1.3'),
    R('erythrocyte-sedimentation-rate', '64', 'mm/hr', '0..15', 'high'),
    R('glucose', '142', 'mg/dL', '70..140', 'high'),
    R('malaria-antigen', None, None, 'text', 'normal', vt='Negative'),
], "range=Xadka caadiga ah (a - b inclusive; the malaria answer equals its expected text, normal); Somali Sare = high, Hoose = low, blank computed; a random blood sugar keyed as glucose (no load given); the RDT is malaria-antigen.")

case('AF', 'ps', 'country', 'Kabul diagnostic laboratory report with Pashto column headers (ازموینه / پایله / واحد / نورمال حد) and English test names, flag words لوړ (high) and ټیټ (low) in a Pashto flag column, a legend in Pashto and English', r'''
    د کابل تشخیصیه لابراتوار - Kabul Diagnostic Laboratory
    د ناروغ نوم (Patient): Ahmad Shah Noori   عمر (Age): 46   نیټه (Date): 2025/04/16
    ازموینه (Test)        پایله (Result)   واحد (Unit)    نورمال حد (Normal range)   نښه (Flag)
    Fasting Blood Sugar    128              mg/dL          70 - 110                   لوړ
    Urea                   31               mg/dL          15 - 45
    Creatinine             1.1              mg/dL          0.7 - 1.3
    Uric Acid              8.2              mg/dL          3.5 - 7.2                  لوړ
    SGPT (ALT)             44               U/L            0 - 41                     لوړ
    Vitamin D (25-OH)      9.6              ng/mL          30 - 100                   ټیټ
    لوړ = High   ټیټ = Low
''', [
    R('glucose', '128', 'mg/dL', '70..110', 'high'),
    R('urea', '31', 'mg/dL', '15..45'),
    R('creatinine', '1.1', 'mg/dL', '0.7..1.3'),
    R('uric-acid', '8.2', 'mg/dL', '3.5..7.2', 'high'),
    R('alanine-aminotransferase', '44', 'U/L', '0..41', 'high'),
    R('vitamin-d', '9.6', 'ng/mL', '30..100', 'low'),
], "range=نورمال حد (a - b inclusive); the Pashto flags لوړ / ټیټ by the printed legend, blanks computed; 'Urea' in mg/dL with range 15-45 is urea, not BUN.")

case('TM', 'tk', 'country', 'Private medical centre laboratory in Ashgabat (Turkmenistan) with Turkmen (Latin script) headers: Barlagyň ady / Netije / Ölçeg birligi / Kadaly görkeziji / Bellik with ýokary (high) and pes (low), decimal commas, Hb in g/l', r'''
    "SAGLYK" HUSUSY LUKMANÇYLYK MERKEZI - Laboratoriýa - Aşgabat
    Näsag: Merdan Annaýew   Doglan ýyly: 1979   Senesi: 03.03.2025
    Barlagyň ady              Netije    Ölçeg birligi    Kadaly görkeziji    Bellik
    Gemoglobin                168       g/l              130 - 160           ýokary
    Eritrositler              5,9       x10^12/L         4,0 - 5,5           ýokary
    Leýkositler               6,2       x10^9/L          4,0 - 9,0
    Glýukoza                  5,4       mmol/l           3,3 - 5,5
    Holesterin                6,3       mmol/l           3,0 - 5,2           ýokary
    ALT                       22        U/l              0 - 41
    Laboratoriýa lukmany: G. Orazowa
''', [
    R('hemoglobin', '168', 'g/l', '130..160', 'high'),
    R('red-blood-cell-count', '5.9', 'x10^12/L', '4.0..5.5', 'high'),
    R('white-blood-cell-count', '6.2', 'x10^9/L', '4.0..9.0'),
    R('glucose', '5.4', 'mmol/l', '3.3..5.5'),
    R('total-cholesterol', '6.3', 'mmol/l', '3.0..5.2', 'high'),
    R('alanine-aminotransferase', '22', 'U/l', '0..41'),
], "range=Kadaly görkeziji (a - b inclusive, decimal commas); Turkmen ýokary = high (pes = low not used here), blanks computed; Hb g/l /10; glucose and cholesterol mmol/l -> mg/dL; 'Holesterin' is total cholesterol.")

case('FO', 'fo', 'country', 'Landssjúkrahúsið (National Hospital, Tórshavn, Faroe Islands) cardiology outpatient results in Faroese: Kanning / Úrslit / Eind / Vanligt øki with the words Høgt and Lágt, decimal commas, NT-proBNP in ng/L and hs-troponin T', r'''
    LANDSSJÚKRAHÚSIÐ - Klinisk Kemisk Deild - Tórshavn
    Sjúklingur: Jógvan við Á   P-tal: 120358-xxx   Dagfesting: 28.05.2025   Deild: Hjartaambulatorium
    Kanning                 Úrslit    Eind       Vanligt øki      
    P-NT-proBNP             612       ng/L       < 125            Høgt
    P-Troponin T (hs)       < 6       ng/L       < 15
    P-Natrium               141       mmol/L     137 - 145
    P-Kalium                3,4       mmol/L     3,5 - 5,0        Lágt
    P-Kreatinin             88        µmol/L     60 - 105
    P-Lipoprotein(a)        185       nmol/L     < 75             Høgt
    Svarað av: Klinisk Kemisk Deild, LS
''', [
    R('nt-probnp', '612', 'ng/L', '..<125', 'high'),
    R('troponin-t', '6', 'ng/L', '..<15', vt='<6'),
    R('sodium', '141', 'mmol/L', '137..145'),
    R('potassium', '3.4', 'mmol/L', '3.5..5.0', 'low'),
    R('creatinine', '88', 'µmol/L', '60..105'),
    R('lipoprotein-a', '185', 'nmol/L', '..<75', 'high'),
], "range=Vanligt øki ('< b' strict, a - b inclusive, decimal commas); Faroese Høgt = high, Lágt = low, blanks computed; the P- specimen prefix is dropped; NT-proBNP ng/L = pg/mL; troponin T '< 6' lies inside '< 15' (normal, normalized on its bound) and stays ng/L (catalog unit); creatinine µmol/L -> mg/dL.")

case('LI', 'de', 'country', 'Labormedizinisches Zentrum (Vaduz, Liechtenstein) endocrinology report for hirsutism work-up in German: Analyse / Resultat / Einheit / Referenzbereich with "+" for above range and a legend, nmol/l and µmol/l steroid units', r'''
    Labormedizinisches Zentrum - Vaduz (FL)     Befund Nr. 25-0418833
    Patientin: Laura Frommelt   Geb. 12.08.1996   Entnahme: 09.04.2025 08:05 (Zyklustag 5)   Auftraggeber: Dr. med. M. Büchel
    Analyse                     Resultat   Einheit     Referenzbereich
    17-OH-Progesteron           4.8 +      nmol/l      0.3 - 2.9
    Androstendion               9.4 +      nmol/l      1.0 - 8.7
    DHEA-S                      7.9        µmol/l      2.7 - 9.2
    Testosteron                 2.4 +      nmol/l      0.3 - 1.7
    SHBG                        28         nmol/l      26 - 110
    Cortisol (morgens)          412        nmol/l      166 - 507
    + = über dem Referenzbereich.  Kommentar: ACTH-Stimulationstest zum Ausschluss eines nicht-klassischen AGS empfohlen.
''', [
    R('17-hydroxyprogesterone', '4.8', 'nmol/l', '0.3..2.9', 'high'),
    R('androstenedione', '9.4', 'nmol/l', '1.0..8.7', 'high'),
    R('dhea-sulfate', '7.9', 'µmol/l', '2.7..9.2'),
    R('testosterone', '2.4', 'nmol/l', '0.3..1.7', 'high'),
    R('shbg', '28', 'nmol/l', '26..110'),
    R('cortisol', '412', 'nmol/l', '166..507'),
], "range=Referenzbereich (a - b inclusive); '+' after a value = high by the printed legend, blanks computed; molar -> mass with 17-OHP 330.46, androstenedione 286.41, DHEA-S 368.5, testosterone 288.42, cortisol 362.46; the suggested ACTH test is not a row.")

case('CV', 'pt', 'country', 'Hospital Universitário Agostinho Neto (Praia, Cabo Verde) hemograma and biochemistry in Portuguese: Análise / Resultado / Unidades / Valores de referência, decimal commas, asterisks with no legend', r'''
    HOSPITAL UNIVERSITÁRIO AGOSTINHO NETO - Serviço de Patologia Clínica - Praia, Cabo Verde
    Utente: Edson Tavares Semedo   Idade: 38 anos   Processo: 2025/118842   Data da colheita: 17/03/2025
    Análise                  Resultado    Unidades        Valores de referência
    Eritrócitos              4,21         x10^12/L        4,50 - 5,90
    Hemoglobina              11,6 *       g/dL            13,5 - 17,5
    VGM                      79,4 *       fL              80,0 - 100,0
    Leucócitos               7,3          x10^9/L         4,0 - 10,0
    Plaquetas                289          x10^9/L         150 - 400
    Glicemia em jejum        92           mg/dL           70 - 110
    Validado por: Dra. Ivone Lopes Fortes
''', [
    R('red-blood-cell-count', '4.21', 'x10^12/L', '4.50..5.90'),
    R('hemoglobin', '11.6', 'g/dL', '13.5..17.5', 'abnormal'),
    R('mean-corpuscular-volume', '79.4', 'fL', '80.0..100.0', 'abnormal'),
    R('white-blood-cell-count', '7.3', 'x10^9/L', '4.0..10.0'),
    R('platelet-count', '289', 'x10^9/L', '150..400'),
    R('glucose', '92', 'mg/dL', '70..110'),
], "range=Valores de referência (a - b inclusive, decimal commas); a bare '*' gives no direction and is keyed abnormal (sets 21/26/27/29); the unstarred rows are computed, so the red cell count 4,21 below 4,50 is low although the print did not star it; VGM is MCV.")

case('MC', 'fr', 'country', 'Centre Hospitalier Princesse Grace (Monaco) hypertension unit report in French: aldostérone and rénine directe with the rapport aldostérone/rénine, ionogramme, flèches ↑/↓ after the result, bornes entre crochets', r'''
    CENTRE HOSPITALIER PRINCESSE GRACE - Laboratoire de Biologie Médicale - Monaco
    Patient : M. Philippe Rossi   Né le 02/06/1969   Prélèvement : 12/02/2025 09h10 (assis, après 15 min)
    Service demandeur : Unité d'hypertension artérielle
    Aldostérone plasmatique ........ 520 ↑ pmol/L      [ 70 - 430 ]
    Rénine active (directe) ........ 3,1 ↓ ng/L        [ 4,2 - 45,6 ]
    Rapport aldostérone/rénine ..... 168 ↑ pmol/ng     [ < 64 ]
    Potassium ...................... 3,3 ↓ mmol/L      [ 3,5 - 5,1 ]
    Sodium ......................... 143 mmol/L        [ 136 - 145 ]
    Créatinine ..................... 84 µmol/L         [ 59 - 104 ]
    Commentaire : rapport élevé, compatible avec un hyperaldostéronisme primaire ; test de confirmation à discuter.
''', [
    R('aldosterone', '520', 'pmol/L', '70..430', 'high'),
    R('renin-direct', '3.1', 'ng/L', '4.2..45.6', 'low'),
    R('?Rapport aldostérone/rénine', '168', 'pmol/ng', '..<64', 'high'),
    R('potassium', '3.3', 'mmol/L', '3.5..5.1', 'low'),
    R('sodium', '143', 'mmol/L', '136..145'),
    R('creatinine', '84', 'µmol/L', '59..104'),
], "range=[ a - b ] inclusive, '[ < 64 ]' strict, decimal commas; ↑/↓ after the result are flags, the blank computed; aldosterone pmol/L -> ng/dL (360.44); direct renin ng/L = pg/mL; the aldosterone/renin ratio has no key.")

case('BJ', 'fr', 'country', 'CNHU Hubert Koutoukou Maga (Cotonou, Bénin) biochemistry in French with West-African units: glycémie and urée in g/L, créatinine and acide urique in mg/L, "Valeurs usuelles", no flags printed', r'''
    CENTRE NATIONAL HOSPITALIER ET UNIVERSITAIRE HUBERT K. MAGA - COTONOU
    Laboratoire de Biochimie   N° : B25-03391   Date : 26/05/2025
    Nom : HOUNKPATIN Gisèle   Âge : 57 ans   Service : Médecine interne
    Examen                  Résultat     Valeurs usuelles
    Glycémie à jeun         1,38 g/L     0,70 - 1,10
    Urée                    0,52 g/L     0,15 - 0,45
    Créatininémie           19 mg/L      6 - 12
    Acide urique            71 mg/L      25 - 60
    ASAT (TGO)              28 U/L       < 40
    ALAT (TGP)              31 U/L       < 40
    Cholestérol total       2,31 g/L     < 2,00
    Le Biologiste : Pr. A. Sossa
''', [
    R('glucose', '1.38', 'g/L', '0.70..1.10'),
    R('urea', '0.52', 'g/L', '0.15..0.45'),
    R('creatinine', '19', 'mg/L', '6..12'),
    R('uric-acid', '71', 'mg/L', '25..60'),
    R('aspartate-aminotransferase', '28', 'U/L', '..<40'),
    R('alanine-aminotransferase', '31', 'U/L', '..<40'),
    R('total-cholesterol', '2.31', 'g/L', '..<2.00'),
], "range=Valeurs usuelles (a - b inclusive, '< 40' strict, decimal commas); no flags printed, all computed; g/L x100 and mg/L /10 -> mg/dL.")

case('BZ', 'en', 'country', 'Karl Heusner Memorial Hospital (Belize City) laboratory WhatsApp business messages: sample collection hours, a fasting reminder, prices in BZ$ and a note that results are collected in person - no result', r'''
    KHMH Laboratory (Belize City) - WhatsApp Business
    [08:02] Good morning! Lab sample collection: Mon-Fri 7:00 am - 11:00 am, Sat 7:00 am - 9:00 am.
    [08:02] For fasting blood sugar and lipid profile please fast 10-12 hours (water only).
    [08:03] Prices: Lipid profile BZ$45, HbA1c BZ$50, CBC BZ$30, Kidney function BZ$60.
    [08:05] Results are ready after 2 working days and must be collected in person with your ID and receipt no.
    [08:05] Thank you for choosing KHMH. Reply 1 for directions, 2 to speak to an agent.
''', [], "range=none: opening hours, fasting instructions and prices; no result.")

# ---- family form: document forms sets 21-29 did not use
case('US', 'en', 'form', 'Forwarded e-mail chain: a daughter forwards her mother\'s results to a sibling; the original portal notification is quoted with ">" and the same results are quoted again in a reply; each result is keyed once', r'''
    From: Rachel Kim <rkim@example.com>
    Sent: Tuesday, May 13, 2025 9:12 PM
    To: David Kim <dkim@example.com>
    Subject: Fwd: RE: Mom's labs

    David - see below, Mom's kidney numbers are better than last time. Potassium still high.

    -----Original Message-----
    From: Susan Kim
    Sent: Tuesday, May 13, 2025 6:40 PM
    Subject: RE: Mom's labs
    > Here's what the portal says:
    > Creatinine 1.31 mg/dL (0.57-1.00) High
    > eGFR 41 mL/min/1.73m2 (>59) Low
    > Potassium 5.6 mmol/L (3.5-5.2) High
    > Sodium 138 mmol/L (134-144)
    > BUN 28 mg/dL (8-27) High
    > Hemoglobin 11.2 g/dL (11.1-15.9)
    >> (Rachel, earlier) Is 1.31 better than March? March was 1.52.
''', [
    R('creatinine', '1.31', 'mg/dL', '0.57..1.00', 'high'),
    R('egfr', '41', 'mL/min/1.73m2', '>59..', 'low'),
    R('potassium', '5.6', 'mmol/L', '3.5..5.2', 'high'),
    R('sodium', '138', 'mmol/L', '134..144'),
    R('blood-urea-nitrogen', '28', 'mg/dL', '8..27', 'high'),
    R('hemoglobin', '11.2', 'g/dL', '11.1..15.9'),
], "range='(a-b)' inclusive, '(>59)' strict; High/Low words are flags, the rest computed; the '>' quote markers are e-mail quoting, not comparators; the March value 1.52 and the repeated 1.31 in the question are not rows.")

case('US', 'en', 'form', 'Patient\'s Excel tracker printed to PDF and extracted as text: a page header with the sheet name and page number, the column letters row, numbered rows, dated columns oldest to newest, the reference column on the right and a page-2 continuation with the header repeated; the newest column is keyed', r'''
    Labs_tracker.xlsx - Sheet1                                              Page 1 of 2
        A                      B            C            D            E
    1   Test                   2024-06-03   2024-12-09   2025-06-16   Ref (LabCorp)
    2   TSH (uIU/mL)           5.92         3.10         2.04         0.450-4.500
    3   Free T4 (ng/dL)        0.88         1.21         1.38         0.82-1.77
    4   Ferritin (ng/mL)       22           41           63           15-150
    5   Vitamin D (ng/mL)      21.4         34.8         41.0         30.0-100.0
    Labs_tracker.xlsx - Sheet1                                              Page 2 of 2
        A                      B            C            D            E
    6   LDL (mg/dL)            141          128          119          0-99
    7   HbA1c (%)              5.6          5.5          5.7          4.8-5.6
    8   Notes: levothyroxine started 06/2024 (50 mcg), increased 12/2024 (75 mcg)
''', [
    R('thyroid-stimulating-hormone', '2.04', 'uIU/mL', '0.450..4.500'),
    R('free-t4', '1.38', 'ng/dL', '0.82..1.77'),
    R('ferritin', '63', 'ng/mL', '15..150'),
    R('vitamin-d', '41.0', 'ng/mL', '30.0..100.0'),
    R('ldl-cholesterol', '119', 'mg/dL', '0..99'),
    R('hemoglobin-a1c', '5.7', '%', '4.8..5.6'),
], "range=the 'Ref (LabCorp)' column E (a-b inclusive); only the newest column D (2025-06-16) is keyed, B and C are earlier results; units come from the parentheses in the test-name cell; no flags, all computed; row numbers, column letters, page headers and the dose notes are not values.")

case('US', 'en', 'form', 'iPhone screenshot of a hospital app result page, text recognised by iOS Live Text and pasted: status bar (time, 5G, battery %), back button, the component name above "value unit", "Standard range a - b unit", a "High" badge on a separate line, and the tab bar', r'''
    9:41                                     5G  87%
    < Test Results          Basic Metabolic Panel
    Collected Jun 3, 2025 7:48 AM - Final result
    Sodium
    134 mmol/L
    Standard range 135 - 145 mmol/L
    Low
    Potassium
    4.2 mmol/L
    Standard range 3.5 - 5.1 mmol/L
    Glucose
    212 mg/dL
    Standard range 70 - 99 mg/dL
    High
    Creatinine
    0.74 mg/dL
    Standard range 0.55 - 1.02 mg/dL
    Calcium
    9.1 mg/dL
    Standard range 8.6 - 10.3 mg/dL
    Home    Messages    Visits    Menu
''', [
    R('sodium', '134', 'mmol/L', '135..145', 'low'),
    R('potassium', '4.2', 'mmol/L', '3.5..5.1'),
    R('glucose', '212', 'mg/dL', '70..99', 'high'),
    R('creatinine', '0.74', 'mg/dL', '0.55..1.02'),
    R('calcium', '9.1', 'mg/dL', '8.6..10.3'),
], "range='Standard range a - b' inclusive; the badge line (Low / High) after a range belongs to the result above it; rows without a badge computed; the status bar (9:41, 5G, 87%) and the tab bar are screen chrome, not values.")

case('UK', 'cy', 'form', 'NHS Wales (Welsh Clinical Portal) bilingual Welsh/English result report: every header and test name printed in Welsh then English, one result per test, Uchel/High and Isel/Low flags; each test keyed once', r'''
    GIG CYMRU / NHS WALES - Bwrdd Iechyd Prifysgol Betsi Cadwaladr / Betsi Cadwaladr University Health Board
    Adroddiad Patholeg / Pathology Report   Claf / Patient: Mr Gwilym Hughes   Rhif GIG / NHS No: 999 204 7713
    Dyddiad casglu / Date collected: 20/03/2025
    Prawf / Test                              Canlyniad / Result   Unedau / Units   Ystod / Range     Baner / Flag
    Haemoglobin / Haemoglobin                 139                  g/L              130 - 180
    Celloedd gwaed gwyn / White cell count    11.8                 10*9/L           4.0 - 11.0        Uchel / High
    Platennau / Platelets                     402                  10*9/L           150 - 400         Uchel / High
    Sodiwm / Sodium                           136                  mmol/L           133 - 146
    Potasiwm / Potassium                      3.4                  mmol/L           3.5 - 5.3         Isel / Low
    Protein C-adweithiol / C-reactive protein 28                   mg/L             0 - 5             Uchel / High
    Sylwadau / Comments: Wedi'i ffonio i'r meddyg teulu / Phoned to GP 20/03/2025 16:20.
''', [
    R('hemoglobin', '139', 'g/L', '130..180'),
    R('white-blood-cell-count', '11.8', '10*9/L', '4.0..11.0', 'high'),
    R('platelet-count', '402', '10*9/L', '150..400', 'high'),
    R('sodium', '136', 'mmol/L', '133..146'),
    R('potassium', '3.4', 'mmol/L', '3.5..5.3', 'low'),
    R('c-reactive-protein', '28', 'mg/L', '0..5', 'high'),
], "range=Ystod / Range (a - b inclusive); Uchel/High and Isel/Low are flags, blanks computed; each bilingual name pair is one test (keyed once); 10*9/L = 10*3/uL; Hb g/L /10; the phoning time is not a row.")

case('ES', 'eu', 'form', 'Osakidetza (Basque health service) bilingual Basque/Spanish laboratory report: Proba / Prueba, Emaitza / Resultado, Unitateak / Unidades, Erreferentzia-tartea / Intervalo de referencia, decimal commas, flags * with a bilingual legend "Tartetik kanpo / Fuera de rango"', r'''
    OSAKIDETZA - Gurutzetako Unibertsitate Ospitalea / Hospital Universitario Cruces - Laborategia / Laboratorio
    Gaixoa / Paciente: Itziar Etxeberria Agirre   Jaiotze-data / F. nacimiento: 1983-09-14   Data / Fecha: 2025-01-30
    Proba / Prueba                 Emaitza / Resultado   Unitateak / Unidades   Erreferentzia-tartea / Intervalo ref.
    Glukosa / Glucosa              88                    mg/dL                  74 - 106
    Kreatinina / Creatinina        0,68                  mg/dL                  0,51 - 0,95
    Ferritina / Ferritina          6 *                   ng/mL                  15 - 150
    Hemoglobina / Hemoglobina      11,3 *                g/dL                   12,0 - 15,5
    Tirotropina (TSH)              1,82                  µUI/mL                 0,35 - 4,94
    B12 bitamina / Vitamina B12    402                   pg/mL                  187 - 883
    * Tartetik kanpo / Fuera de rango.   Baliozkotua / Validado: Dra. A. Urrutia
''', [
    R('glucose', '88', 'mg/dL', '74..106'),
    R('creatinine', '0.68', 'mg/dL', '0.51..0.95'),
    R('ferritin', '6', 'ng/mL', '15..150', 'abnormal'),
    R('hemoglobin', '11.3', 'g/dL', '12.0..15.5', 'abnormal'),
    R('thyroid-stimulating-hormone', '1.82', 'µUI/mL', '0.35..4.94'),
    R('vitamin-b12', '402', 'pg/mL', '187..883'),
], "range=Erreferentzia-tartea / Intervalo ref. (a - b inclusive, decimal commas); '*' with the legend 'out of range' has no direction and is keyed abnormal (sets 21/26/27/29); each Basque/Spanish name pair is one test; µUI/mL = m[IU]/L.")

case('US', 'en', 'form', 'Reference-laboratory report (ARUP-style) with footnote markers: superscript ¹ ² after test names and a dagger after a value, footnotes at the bottom explaining a method change, a reference-interval change and a hemolysis note', r'''
    ARUP LABORATORIES - Patient Report                     Accession 25-104-887312
    Patient: ORTEGA, MIGUEL   DOB 04/30/1958   Client: Intermountain Primary Care
    Procedure                          Result         Units      Ref Interval
    Vitamin B6 (PLP)¹                  18.2 L         nmol/L     20.0-125.0
    Methylmalonic Acid²                0.52 H         umol/L     0.00-0.40
    Homocysteine, Total                16.8 H         umol/L     0.0-14.5
    Folate, Serum                      12.4           ng/mL      >5.8
    Vitamin B12                        241            pg/mL      211-911
    Potassium                          5.4†           mmol/L     3.5-5.1
    ¹ Performed by LC-MS/MS. Reference interval updated 01/2025.
    ² Result verified by repeat analysis.
    † Slight hemolysis present; potassium may be falsely elevated.
''', [
    R('vitamin-b6', '18.2', 'nmol/L', '20.0..125.0', 'low'),
    R('methylmalonic-acid', '0.52', 'umol/L', '0.00..0.40', 'high'),
    R('homocysteine', '16.8', 'umol/L', '0.0..14.5', 'high'),
    R('folate', '12.4', 'ng/mL', '>5.8..'),
    R('vitamin-b12', '241', 'pg/mL', '211..911'),
    R('potassium', '5.4', 'mmol/L', '3.5..5.1'),
], "range=Ref Interval (a-b inclusive, '>5.8' strict); H/L after values are flags, the rest computed (potassium high: the dagger is a footnote marker, not a flag); footnote markers ¹ ² † are not part of names or values; methylmalonic acid umol/L -> nmol/L (x1000).")

case('TO', 'en', 'form', 'WhatsApp chat export (Android .txt) between a Tongan patient and a relative who is a nurse at Vaiola Hospital: timestamps and names, results typed from the lab slip with and without units, one range, Tongan words mixed in', r'''
    04/08/25, 19:02 - Sela Taufa: Mālō e lelei! Got my blood results from Vaiola today, can you check? 🙏
    04/08/25, 19:05 - Sela Taufa: HbA1c 8.6% (normal 4-6)
    04/08/25, 19:05 - Sela Taufa: Creatinine 97 umol/L
    04/08/25, 19:06 - Sela Taufa: Potassium 4.9
    04/08/25, 19:06 - Sela Taufa: Cholesterol 6.2 mmol/L HIGH it says
    04/08/25, 19:20 - Nurse Lesieli: Sugar is high ofa, you need to see Dr Vea at NCD clinic. Kidney is ok. Take your metformin every day.
    04/08/25, 19:21 - Sela Taufa: Mālō 🙏
''', [
    R('hemoglobin-a1c', '8.6', '%', '4..6'),
    R('creatinine', '97', 'umol/L', ''),
    R('potassium', '4.9', None, ''),
    R('total-cholesterol', '6.2', 'mmol/L', '', 'high'),
], "range='(normal 4-6)' inclusive for HbA1c only; no other range printed; 'HIGH it says' is the cholesterol's printed flag, HbA1c computed (high), the rest null; the potassium has no unit (no normalizedValue); the nurse's words ('Sugar is high', 'Kidney is ok') are comments, not results; timestamps are not values.")

case('US', 'en', 'form', 'Life-insurance paramedical exam "Lab Results for Underwriting" (ExamOne-style) sent to the applicant: a boxed form layout flattened to text with field labels, result and reference on one line each, urine screening fields and a cotinine answer', r'''
    EXAMONE - APPLICANT LAB RESULTS (copy for applicant)          Case # 7Q4-118203   Carrier: Lincoln Life
    Applicant: NGUYEN, THANH   DOB 09/09/1984   Exam date 02/26/2025   Fasting: Y (12 h)
    [ BLOOD PROFILE ]
    Glucose ............. 97 mg/dL ........ Ref 65-99
    Cholesterol ......... 247 mg/dL ....... Ref <200 .... H
    HDL ................. 44 mg/dL ........ Ref >39
    Chol/HDL Ratio ...... 5.61 ............ Ref <5.00 ... H
    GGT ................. 88 U/L .......... Ref 3-70 ..... H
    Hemoglobin A1c ...... 5.5 % ........... Ref <5.7
    [ URINE ]
    Cotinine ............ Positive ........ Ref Negative
    Specific gravity .... 1.021 ........... Ref 1.003-1.035
    Results do not constitute a diagnosis. Consult your physician about any abnormal results.
''', [
    R('glucose', '97', 'mg/dL', '65..99'),
    R('total-cholesterol', '247', 'mg/dL', '..<200', 'high'),
    R('hdl-cholesterol', '44', 'mg/dL', '>39..'),
    R('cholesterol-hdl-ratio', '5.61', None, '..<5.00', 'high'),
    R('gamma-glutamyl-transferase', '88', 'U/L', '3..70', 'high'),
    R('hemoglobin-a1c', '5.5', '%', '..<5.7'),
    R('?Cotinine (urine)', None, None, 'text', 'abnormal', vt='Positive'),
    R('specific-gravity-urine', '1.021', None, '1.003..1.035'),
], "range='Ref' after the dotted leaders (a-b inclusive, '<b' / '>a' strict); H is the flag, the rest computed; the ratio and specific gravity have no printed unit (no normalizedValue); cotinine has no key and 'Positive' differs from the expected 'Negative' (text, abnormal).")

case('US', 'en', 'form', 'Forwarded e-mail thread arranging a blood draw: a clinic scheduler offers times, the patient forwards to a spouse asking about fasting, a calendar invite block - no result', r'''
    From: Mark Alvarez <malvarez@example.com>
    To: Jenna Alvarez <jenna.a@example.com>
    Subject: Fwd: Lab appointment - Thursday?

    Can you drive me Thursday? I have to fast from 8 pm.

    ---------- Forwarded message ---------
    From: Scheduling, Riverbend Primary Care <schedule@riverbendpc.example>
    Date: Mon, Jul 21, 2025 at 10:14 AM
    > Hi Mark, we have lab draw openings Thursday 7/24 at 7:30, 7:45 or 8:15 AM.
    > Dr. Chen ordered a lipid panel, A1c and CMP. Please fast 10-12 hours; water and black coffee are OK.
    > Reply with the time that works and bring your insurance card.
    Invitation: Lab draw @ Thu Jul 24, 2025 7:45am - 8am (Riverbend Primary Care, 2201 Elm St, Suite 110)
''', [], "range=none: an appointment thread with times, instructions and an address; no result.")

case('AU', 'en', 'form', 'Android screenshot of a pathology app page "Results pending", text extracted by Google Lens: status bar, the ordered tests each with "In progress" or "Awaiting collection", the lab number and a footer - no result', r'''
    10:17  ⏰ 📶 64%
    ← My Results
    Request 25-0739912 · Dr P. Nguyen · Collected 15 Jul 2025
    Full blood count ............ In progress
    Iron studies ................ In progress
    Vitamin B12 and folate ...... Awaiting collection
    HbA1c ....................... In progress
    Results usually take 1-2 business days. Your doctor will contact you if needed.
    Home   Results   Appointments   Profile
''', [], "range=none: a pending-results page listing tests with status words; no result.")

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
