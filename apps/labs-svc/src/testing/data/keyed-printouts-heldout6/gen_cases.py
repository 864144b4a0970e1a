#!/usr/bin/env python3
"""review40 blind test set generator (keyed set 27, ids S001..S080).

Machinery (unit algebra, flags, tie refusal, TSV writing) reused from set 26's generator; all snippet data is new.
Holds every snippet and its keyed rows, converts units with the catalog
(ucumUnit + molarMass from CATALOG_PATH below), computes flags from
ranges when no flag is printed, refuses to write if a printed flag contradicts
its range, and writes keyed.tsv.
"""
import csv, math, os, re, sys, textwrap
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
# While written in /work/notes/review40 this points at the repository's catalog by an absolute path; once the set is
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
# ---- family letter: clinical prose (discharge summaries, referral and clinic letters, GP and nursing notes, e-mails)
case('UK', 'en', 'letter', 'NHS hospital discharge summary: "Investigations" paragraph with a "Bloods on discharge" sentence of abbreviations (Hb, WCC, Plt, Na, K, Cr, eGFR, CRP) with SI units and no ranges, the admission CRP mentioned in passing, TTO medicines below', r'''
    DISCHARGE SUMMARY - Royal Berkshire NHS Foundation Trust
    Patient: Mr D. Halloran   NHS No: 485 777 3921   Ward: Castle   Consultant: Dr P. Anand
    Admitted: 27/02/2025   Discharged: 04/03/2025
    Diagnosis: Community-acquired pneumonia, right lower lobe (CURB-65 score 1)
    Investigations: CXR right basal consolidation. Blood cultures no growth at 48 hours.
    Bloods on discharge (04/03): Hb 118 g/L, WCC 9.8 x10^9/L, Plt 388 x10^9/L, Na 136 mmol/L,
    K 4.1 mmol/L, Cr 88 umol/L, eGFR 74 mL/min/1.73m2, CRP 36 mg/L (down from 187 on admission).
    Medications on discharge (TTO): amoxicillin 500 mg TDS for 2 more days; paracetamol 1 g QDS PRN.
    Follow-up: GP to repeat CRP and FBC in 1-2 weeks; repeat CXR in 6 weeks.
''', [
    R('hemoglobin', '118', 'g/L', ''),
    R('white-blood-cell-count', '9.8', 'x10^9/L', ''),
    R('platelet-count', '388', 'x10^9/L', ''),
    R('sodium', '136', 'mmol/L', ''),
    R('potassium', '4.1', 'mmol/L', ''),
    R('creatinine', '88', 'umol/L', ''),
    R('egfr', '74', 'mL/min/1.73m2', ''),
    R('c-reactive-protein', '36', 'mg/L', ''),
], "range=none: a discharge summary prints no ranges, so every flag is null; the 'Bloods on discharge' sentence is keyed with its own units (Hb g/L → g/dL, Cr umol/L → mg/dL); 'down from 187 on admission' is a previous value, not a row; CURB-65, doses and follow-up intervals are not rows.")

case('US', 'en', 'letter', 'primary-care referral letter to endocrinology: results in sentences with "(reference a–b)" after each value, an earlier testosterone mentioned in passing, the reason for referral and a sign-off', r'''
    Riverside Family Medicine · 1420 Alder Street · Tacoma, WA 98405
    March 6, 2025
    Dear Dr. Okonkwo,
    Thank you for seeing Mr. Tomas Reyes (DOB 04/11/1981), a 43-year-old man with fatigue, low libido
    and reduced morning erections for about a year. His repeat 8 AM total testosterone on 02/27/2025 was
    212 ng/dL (reference 264–916), after a value of 245 ng/dL in January. Free testosterone was
    4.9 pg/mL (reference 8.7–25.1). LH was 2.1 mIU/mL (reference 1.7–8.6) and FSH 3.0 mIU/mL
    (reference 1.5–12.4), so this looks secondary. Prolactin was 9.8 ng/mL (reference 4.0–15.2) and
    his hematocrit 44.1 % (reference 37.5–51.0). Ferritin was 96 ng/mL (reference 30–400).
    He has not started testosterone and would like to discuss fertility-preserving options.
    Kind regards,
    Anna Whitcombe, MD
''', [
    R('testosterone', '212', 'ng/dL', '264..916'),
    R('testosterone-free', '4.9', 'pg/mL', '8.7..25.1'),
    R('luteinizing-hormone', '2.1', 'mIU/mL', '1.7..8.6'),
    R('follicle-stimulating-hormone', '3.0', 'mIU/mL', '1.5..12.4'),
    R('prolactin', '9.8', 'ng/mL', '4.0..15.2'),
    R('hematocrit', '44.1', '%', '37.5..51.0'),
    R('ferritin', '96', 'ng/mL', '30..400'),
], "range=the '(reference a–b)' after each value (en dash, inclusive); no flag is printed, so flags are computed (testosterone and free testosterone low); 'a value of 245 ng/dL in January' is a previous result, not a row; the DOB, age and dates are not rows.")

case('UK', 'en', 'letter', 'GP consultation note (EMIS-style free text) for tiredness: "Bloods:" line with abbreviations, bracketed ranges, H/L letters after some results, a plan with a levothyroxine dose', r'''
    07-Mar-2025 10:42  Dr R. Mistry (GP)  - Telephone consultation
    History: f/u tiredness bloods. Still tired, weight up 3 kg, feels cold. No chest pain.
    Bloods (taken 03/03): TSH 6.8 mIU/L (0.27-4.20) H; FT4 10.9 pmol/L (12.0-22.0) L;
    TPO Ab 412 IU/mL (0-34) H; ferritin 22 ug/L (30-400) L; B12 245 ng/L (197-771);
    folate 6.1 ug/L (3.9-26.8); HbA1c 38 mmol/mol (20-41).
    Impression: subclinical -> overt hypothyroidism, likely Hashimoto's. Iron deficiency without anaemia.
    Plan: levothyroxine 50 micrograms OD, recheck TFTs in 6-8 weeks. Ferrous fumarate 210 mg OD.
    Safety-netting advice given. Pt happy with plan.
''', [
    R('thyroid-stimulating-hormone', '6.8', 'mIU/L', '0.27..4.20', 'high'),
    R('free-t4', '10.9', 'pmol/L', '12.0..22.0', 'low'),
    R('thyroid-peroxidase-antibody', '412', 'IU/mL', '0..34', 'high'),
    R('ferritin', '22', 'ug/L', '30..400', 'low'),
    R('vitamin-b12', '245', 'ng/L', '197..771'),
    R('folate', '6.1', 'ug/L', '3.9..26.8'),
    R('hemoglobin-a1c', '38', 'mmol/mol', '20..41'),
], "range=the bracketed '(a-b)' after each value (inclusive); H/L letters keyed by meaning, unflagged rows computed; FT4 pmol/L → ng/dL and B12 ng/L = pg/mL with the keys' molar masses/units; TPO antibody in IU/mL and HbA1c in mmol/mol get no normalizedValue (sets 26); weight, doses and the 6-8 weeks interval are not rows.")

case('UK', 'en', 'letter', 'nursing handover note (SBAR) on a surgical ward: K, Mg and Hb in a sentence with "(low)" words, a transfusion and a KCl dose, an Hb trend "down from", lactate and no ranges', r'''
    SBAR handover 19:30 - Bay 4 Bed 2 - Mrs J. Oduya, day 2 post right hemicolectomy
    S: Tachycardic 104, BP 112/68, obs otherwise stable. NEWS2 = 3.
    B: Known AF on apixaban (held). Admitted electively 05/03.
    A: Evening bloods back - K+ 3.2 mmol/L (low), Mg 0.61 mmol/L (low), Hb 86 g/L down from 97 this
    morning, lactate 1.4 mmol/L, creat 71 umol/L. 40 mmol KCl in 1 L 0.9% NaCl running over 8 hrs,
    2 g Mg sulphate given at 18:00. Drain 120 mL serosanguinous since 14:00.
    R: FY1 aware, 1 unit RBC cross-matched and requested. Repeat FBC + U&E 06:00. Please recheck obs 1-hourly.
''', [
    R('potassium', '3.2', 'mmol/L', '', 'low'),
    R('magnesium', '0.61', 'mmol/L', '', 'low'),
    R('hemoglobin', '86', 'g/L', ''),
    R('lactate', '1.4', 'mmol/L', ''),
    R('creatinine', '71', 'umol/L', ''),
], "range=none: no ranges in a handover; '(low)' after K+ and Mg is a printed flag (low); Hb 'down from 97 this morning' is a trend with a previous value, not a flag, so Hb is null; Mg and lactate mmol/L → mg/dL by the keys' molar masses; observations, NEWS2, drain volume and the KCl/Mg doses are not rows.")

case('US', 'en', 'letter', 'telehealth TRT visit summary (after-visit summary from a virtual men\'s health clinic): a "Labs reviewed" bullet list with "(ref a-b)" and "— high" words, dose change in the plan', r'''
    Visit Summary - Telehealth (video) - 03/05/2025 - Provider: J. Castellanos, PA-C
    Chief concern: 12-week follow-up on testosterone cypionate.
    Labs reviewed (Quest, drawn 02/26/2025, mid-interval):
      • Total testosterone 612 ng/dL (ref 264-916)
      • Free testosterone 18.9 ng/dL (ref 4.6-22.4)
      • Estradiol 48 pg/mL (ref 7.6-42.6) — high
      • Hematocrit 52.3 % (ref 38.5-50.0) — high
      • Hemoglobin 17.6 g/dL (ref 13.2-17.1) — high
      • PSA 0.9 ng/mL (ref 0.0-4.0)
      • SHBG 24 nmol/L (ref 16.5-55.9)
    Assessment/Plan: erythrocytosis on TRT. Reduce dose from 200 mg to 160 mg weekly, split into two
    injections. Donate blood if Hct stays >54%. Repeat CBC in 6 weeks. Patient verbalized understanding.
''', [
    R('testosterone', '612', 'ng/dL', '264..916'),
    R('testosterone-free', '18.9', 'ng/dL', '4.6..22.4'),
    R('estradiol', '48', 'pg/mL', '7.6..42.6', 'high'),
    R('hematocrit', '52.3', '%', '38.5..50.0', 'high'),
    R('hemoglobin', '17.6', 'g/dL', '13.2..17.1', 'high'),
    R('prostate-specific-antigen', '0.9', 'ng/mL', '0.0..4.0'),
    R('shbg', '24', 'nmol/L', '16.5..55.9'),
], "range=the '(ref a-b)' after each bullet (inclusive); '— high' is a printed flag, others computed; free testosterone ng/dL ×10 → pg/mL; the dose change (200 → 160 mg), the Hct >54% donation threshold and the 6 weeks are plan text, not rows or ranges.")

case('US', 'en', 'letter', 'longevity-clinic care-plan e-mail from a health coach: results in friendly sentences with the lab range in parentheses and the clinic\'s own stricter targets beside them, previous value mentioned once', r'''
    Subject: Your 90-day care plan + lab review
    From: Priya at Northstar Longevity <care@northstar-longevity.example>
    Hi Daniel,
    Great call today! Here's the summary of your March labs and what we agreed.
    Your ApoB came back at 112 mg/dL (lab range <90) – our target for you is under 70.
    Lp(a) is 187 nmol/L (lab range <75). This is genetic, so we won't re-test it, but it raises the
    priority of getting ApoB down.
    hs-CRP was 2.4 mg/L (lab range 0.0-3.0), better than the 4.1 you had in October.
    Homocysteine was 13.8 umol/L (lab range 0.0-14.5); we like to see it under 9.
    Fasting insulin 14.2 uIU/mL (lab range 2.6-24.9) and HbA1c 5.7 % (lab range 4.8-5.6).
    Plan: Zone 2 cardio 4x/week, 30 g fibre/day, methylfolate 1 mg, and we'll discuss a statin with Dr. Hale.
    Talk soon,
    Priya (Health Coach, Northstar Longevity)
''', [
    R('apolipoprotein-b', '112', 'mg/dL', '..<90'),
    R('lipoprotein-a', '187', 'nmol/L', '..<75'),
    R('hs-crp', '2.4', 'mg/L', '0.0..3.0'),
    R('homocysteine', '13.8', 'umol/L', '0.0..14.5'),
    R('insulin', '14.2', 'uIU/mL', '2.6..24.9'),
    R('hemoglobin-a1c', '5.7', '%', '4.8..5.6'),
], "range=the '(lab range …)' in parentheses ('<b' strict, 'a-b' inclusive); the clinic's own targets ('under 70', 'under 9') are not ranges; no flag is printed, all computed (ApoB, Lp(a), HbA1c high); 'the 4.1 you had in October' is a previous value; plan doses are not rows.")

case('UK', 'en', 'letter', 'cardiology clinic letter to the GP: "Recent bloods" as a semicolon list with a "(mmol/L unless stated)" header, NT-proBNP in ng/L, HbA1c in mmol/mol, no ranges', r'''
    Heart Failure Clinic, Leeds General Infirmary            Clinic date: 05/03/2025
    Dear Dr Whitfield,
    Re: Mr Alan Proctor, DOB 12/08/1952, NHS 602 113 4478
    Diagnoses: HFrEF (LVEF 35%), type 2 diabetes, CKD G3a.
    Recent bloods, 21/02/2025 (mmol/L unless stated): Na 139; K 4.8; urea 7.9; creatinine 121 umol/L;
    eGFR 54 mL/min/1.73m2; HbA1c 58 mmol/mol; total cholesterol 4.1; LDL 2.2; NT-proBNP 640 ng/L.
    He is euvolaemic today, weight 84.2 kg, BP 118/70. I have increased bisoprolol to 5 mg OD and
    started dapagliflozin 10 mg OD. Please repeat U&E in 2 weeks.
    Yours sincerely, Dr S. Varma, Consultant Cardiologist
''', [
    R('sodium', '139', 'mmol/L', ''),
    R('potassium', '4.8', 'mmol/L', ''),
    R('urea', '7.9', 'mmol/L', ''),
    R('creatinine', '121', 'umol/L', ''),
    R('egfr', '54', 'mL/min/1.73m2', ''),
    R('hemoglobin-a1c', '58', 'mmol/mol', ''),
    R('total-cholesterol', '4.1', 'mmol/L', ''),
    R('ldl-cholesterol', '2.2', 'mmol/L', ''),
    R('nt-probnp', '640', 'ng/L', ''),
], "range=none, so every flag is null; the '(mmol/L unless stated)' header gives the unit of Na, K, urea, total cholesterol and LDL (converted: urea by its molar mass to mg/dL of urea, lipids to mg/dL); NT-proBNP ng/L = pg/mL; HbA1c in mmol/mol has no normalizedValue; LVEF 35%, weight, BP and doses are not rows.")

case('US', 'en', 'letter', 'hospitalist discharge summary "Pertinent labs" paragraph in US style: abbreviations without units, (L)/(H) letters, a creatinine baseline in parentheses', r'''
    DISCHARGE SUMMARY
    Admit date: 03/01/2025   Discharge date: 03/05/2025   Attending: M. Feld, MD
    Principal diagnosis: Acute kidney injury, prerenal, in setting of gastroenteritis and lisinopril use.
    Hospital course: Given IV fluids, lisinopril held. Diarrhea resolved by HD2.
    Pertinent labs at discharge: Na 133 (L), K 5.2, Cl 101, HCO3 21 (L), BUN 31 (H), Cr 1.62 (H)
    (baseline 1.05), glucose 118 (H), Mg 1.9. Admission Cr was 2.84.
    Discharge meds: STOP lisinopril until PCP follow-up. Continue amlodipine 10 mg daily.
    Follow-up: BMP in 3-5 days with PCP.
''', [
    R('sodium', '133', None, '', 'low'),
    R('potassium', '5.2', None, ''),
    R('chloride', '101', None, ''),
    R('carbon-dioxide', '21', None, '', 'low'),
    R('blood-urea-nitrogen', '31', None, '', 'high'),
    R('creatinine', '1.62', None, '', 'high'),
    R('glucose', '118', None, '', 'high'),
    R('magnesium', '1.9', None, ''),
], "range=none; no unit printed, so no normalizedValue; (L)/(H) letters are printed flags, the rest null; HCO3 is keyed carbon-dioxide (catalog alias); '(baseline 1.05)' and 'Admission Cr was 2.84' are earlier values, not rows; doses and the 3-5 days are not rows.")

case('UK', 'en', 'letter', 'pre-operative assessment clinic note: "FBC:", "Coag:" and "U&E:" groups in one line each, units for some, "G&S" and MRSA screen lines that are not results', r'''
    Pre-operative Assessment Clinic - Day Surgery Unit - 06/03/2025
    Procedure: Left laparoscopic inguinal hernia repair (listed 20/03/2025)
    PMH: OSA on CPAP, hypertension. ASA II. BMI 31.
    Pre-op bloods: FBC: Hb 141 g/L, WCC 6.2 x10^9/L, Plt 251 x10^9/L.
    Coag: INR 1.0, APTT 29 s. U&E: Na 140 mmol/L, K 4.4 mmol/L, creatinine 79 umol/L.
    G&S: sent. MRSA screen: pending. ECG: SR 68, normal axis.
    Outcome: fit for day case. Hold amlodipine on the morning of surgery. Bring CPAP machine.
''', [
    R('hemoglobin', '141', 'g/L', ''),
    R('white-blood-cell-count', '6.2', 'x10^9/L', ''),
    R('platelet-count', '251', 'x10^9/L', ''),
    R('inr', '1.0', None, ''),
    R('partial-thromboplastin-time', '29', 's', ''),
    R('sodium', '140', 'mmol/L', ''),
    R('potassium', '4.4', 'mmol/L', ''),
    R('creatinine', '79', 'umol/L', ''),
], "range=none; flags null; INR has no unit and gets no normalizedValue; APTT 29 s is partial-thromboplastin-time in seconds; 'G&S: sent', 'MRSA screen: pending', the ECG, ASA, BMI and dates are not rows.")

case('UK', 'en', 'letter', 'practice-nurse annual diabetes review letter to the patient in plain English: results in sentences, HbA1c in mmol/mol with last year\'s value, a censored eGFR ">90", urine ACR in mg/mmol, cholesterol in mmol/L', r'''
    Oakfield Surgery, 22 Mill Lane, Stockport SK4 2PL
    Dear Mrs Kaur,
    Thank you for coming to your annual diabetes review on 26 February.
    Your HbA1c (average blood sugar) was 53 mmol/mol. Last year it was 61, so this is a big improvement.
    Your total cholesterol was 4.6 mmol/L and your "bad" LDL cholesterol 2.4 mmol/L.
    Your kidney function (eGFR) was >90 mL/min/1.73m2, and your urine albumin test (ACR) was
    2.1 mg/mmol, which is normal (under 3).
    Your blood pressure was 132/78 and your feet checks were all fine.
    Please book your eye screening, and we'll see you again in 12 months.
    Best wishes, Sister Helen Briggs, Practice Nurse
''', [
    R('hemoglobin-a1c', '53', 'mmol/mol', ''),
    R('total-cholesterol', '4.6', 'mmol/L', ''),
    R('ldl-cholesterol', '2.4', 'mmol/L', ''),
    R('egfr', '90', 'mL/min/1.73m2', '', vt='>90'),
    R('microalbumin-creatinine-ratio', '2.1', 'mg/mmol', '..<3', 'normal'),
], "range=none except the ACR's 'under 3' (strict upper bound); 'which is normal' is a printed flag; the rest have no range, flag null; eGFR '>90' is censored (valueText >90, normalized on its bound); HbA1c mmol/mol and ACR mg/mmol get no normalizedValue (mg/mmol is not the catalog's mg/g); last year's 61 and the blood pressure are not rows.")

case('US', 'en', 'letter', 'patient-portal message from a physician explaining results in prose: values without units, "(normal X-Y)" ranges, a previous ferritin mentioned, supplement advice', r'''
    Message from Dr. Leah Morrison                                   Sent: 3/6/2025 4:12 PM
    Subject: Your recent lab results
    Hi Maria,
    Your labs look good overall. Your thyroid (TSH) was 2.1 (normal 0.4-4.5), so no change to your dose.
    Your ferritin, which reflects your iron stores, was 14 (normal 15-150) - slightly low, though better
    than the 9 we saw last summer. Vitamin D was 24 (normal 30-100), also low. Your B12 was 512
    (normal 200-900) and your blood count was normal.
    I'd suggest vitamin D3 2000 IU daily and continuing your iron every other day. Let's recheck in 3 months.
    Dr. Morrison
''', [
    R('thyroid-stimulating-hormone', '2.1', None, '0.4..4.5'),
    R('ferritin', '14', None, '15..150', 'low'),
    R('vitamin-d', '24', None, '30..100', 'low'),
    R('vitamin-b12', '512', None, '200..900'),
], "range=the '(normal a-b)' after each value (inclusive); no unit printed, so no normalizedValue; 'slightly low' and 'also low' are printed flags, others computed; 'the 9 we saw last summer' is a previous value; 'your blood count was normal' has no value and is not a row; 2000 IU is a dose.")

case('US', 'en', 'letter', 'home-health nursing visit note for warfarin management: point-of-care INR with the therapeutic target in parentheses, a held dose, earlier INRs in the narrative', r'''
    HOME HEALTH SKILLED NURSING VISIT NOTE - Bayview Home Care
    Patient: R. Gallagher   Visit: 03/06/2025 10:15-10:55   RN: K. Dumas
    Vitals: T 97.9  HR 78 irreg  BP 126/74  SpO2 96% RA
    Anticoagulation: fingerstick INR today 3.6 (target 2.0-3.0) on CoaguChek XS. Last two INRs were 2.8
    (02/27) and 3.1 (03/03). Pt reports eating less leafy greens this week. No bleeding, no bruising.
    Called Dr. Patel's office: hold tonight's warfarin 5 mg, then resume 5 mg daily except 2.5 mg Mon/Fri.
    Recheck INR 03/10. Also drew CBC for MD: Hgb 11.2 g/dL (ref 12.0-15.5) per lab call-back at 14:30.
    Teaching: bleeding precautions reviewed, pt verbalized understanding.
''', [
    R('inr', '3.6', None, '2.0..3.0'),
    R('hemoglobin', '11.2', 'g/dL', '12.0..15.5'),
], "range=the INR's '(target 2.0-3.0)', the only range printed with it, is keyed as its range (inclusive) and the flag computed high; Hgb's '(ref 12.0-15.5)' gives low; INR has no unit, so no normalizedValue; the earlier INRs 2.8 and 3.1, vitals (SpO2 96%) and warfarin doses are not rows.")

case('US', 'en', 'letter', 'Epic After Visit Summary (AVS) copied from the patient portal: "Lab Results from Today\'s Visit" as bullet lines "Name: value unit (Low/High)" with a "Normal range" sentence, instructions around them', r'''
    AFTER VISIT SUMMARY   Sunita Rao   MRN: 88-421-067   Visit: 3/5/2025   Urgent Care - Eastside
    You were seen for: Dizziness
    Lab Results from Today's Visit
    - Potassium: 3.3 mmol/L (Low). Normal range: 3.5 - 5.1 mmol/L
    - Glucose: 84 mg/dL. Normal range: 70 - 99 mg/dL
    - Hemoglobin: 10.8 g/dL (Low). Normal range: 11.6 - 15.0 g/dL
    - TSH: 1.86 uIU/mL. Normal range: 0.358 - 3.740 uIU/mL
    - Magnesium: 1.7 mg/dL. Normal range: 1.6 - 2.6 mg/dL
    What's Next: Follow up with your primary care provider within 1 week.
    Medications: START potassium chloride ER 20 mEq tablet, take 1 tablet by mouth daily for 5 days.
''', [
    R('potassium', '3.3', 'mmol/L', '3.5..5.1', 'low'),
    R('glucose', '84', 'mg/dL', '70..99'),
    R('hemoglobin', '10.8', 'g/dL', '11.6..15.0', 'low'),
    R('thyroid-stimulating-hormone', '1.86', 'uIU/mL', '0.358..3.740'),
    R('magnesium', '1.7', 'mg/dL', '1.6..2.6'),
], "range=the 'Normal range: a - b unit' sentence after each value (inclusive); '(Low)' is a printed flag, others computed; TSH uIU/mL = m[IU]/L; the medication and its 20 mEq dose and the follow-up interval are not rows.")

case('UK', 'en', 'letter', 'community mental-health clinic letter on lithium monitoring: results in sentences with ranges in brackets, the lithium level (not in the catalog), TSH, calcium and eGFR, a lithium dose', r'''
    Lambeth Community Mental Health Team - Lithium Clinic
    Dear Dr Osei,  Re: Ms Chiara Benedetti, DOB 30/05/1979
    I reviewed Ms Benedetti on 4 March. Her 12-hour serum lithium level was 0.74 mmol/L (0.40-1.00).
    TSH was 5.9 mIU/L (0.27-4.20), slightly raised, with free T4 14.1 pmol/L (12.0-22.0).
    Adjusted calcium 2.48 mmol/L (2.20-2.60) and eGFR 82 mL/min/1.73m2 (>60) are stable.
    She remains euthymic. Plan: continue Priadel 800 mg nocte; please repeat TFTs in 6 weeks and consider
    levothyroxine if TSH stays above 10 or she becomes symptomatic.
    Yours sincerely, Dr T. Akande, Consultant Psychiatrist
''', [
    R('?Lithium (12-h level)', '0.74', 'mmol/L', '0.40..1.00'),
    R('thyroid-stimulating-hormone', '5.9', 'mIU/L', '0.27..4.20', 'high'),
    R('free-t4', '14.1', 'pmol/L', '12.0..22.0'),
    R('calcium', '2.48', 'mmol/L', '2.20..2.60'),
    R('egfr', '82', 'mL/min/1.73m2', '>60..'),
], "range=the bracketed '(a-b)' or '(>a)' after each value; 'slightly raised' is a printed flag (high), others computed; lithium is not in the catalog (a `?` row); adjusted calcium is keyed calcium (mmol/L → mg/dL); the dose and the 'above 10' action threshold are not rows or ranges.")

case('UK', 'en', 'letter', 'outpatient clinic letter listing the bloods requested today with "results to follow", an appointment and medicines, no value', r'''
    Endocrinology Outpatients, Queen Elizabeth Hospital Birmingham     Clinic date: 06/03/2025
    Dear Dr Lowe,  Re: Mr Farid Noorzai, DOB 02/02/1990, Hosp No Q7734521
    I saw Mr Noorzai with low libido and gynaecomastia. Examination: testicular volumes 15 mL bilaterally.
    I have requested: 9 am testosterone, SHBG, LH, FSH, oestradiol, prolactin, TFTs, FBC, LFTs, HbA1c
    and hCG. Results to follow; I will write again once they are available.
    Plan: breast ultrasound; review in clinic in 8 weeks (appointment letter to follow).
    Current medication: sertraline 100 mg OD.
    Yours sincerely, Dr H. Mensah, Specialty Registrar in Endocrinology
''', [], "range=none: tests requested with results to follow; testicular volumes and the dose are not results.")

case('US', 'en', 'letter', 'discharge summary whose labs section says "unremarkable, see results tab" without any value, with medication doses and dates only', r'''
    DISCHARGE SUMMARY - St. Vincent Medical Center
    Admission: 03/02/2025  Discharge: 03/04/2025  Attending: K. Brandt, MD
    Diagnosis: Syncope, likely vasovagal. Telemetry without arrhythmia x 48 h.
    Labs: CBC, CMP, troponin x2 and TSH unremarkable - see Results tab for values.
    Imaging: CT head without contrast: no acute intracranial abnormality.
    Discharge medications: none new. Continue sertraline 50 mg daily.
    Follow-up: PCP in 1-2 weeks; outpatient event monitor for 14 days.
''', [], "range=none: the labs are called unremarkable without any value; durations and doses are not results.")

# ---- family country: laboratories of countries no earlier set named
case('DO', 'es', 'country', 'Laboratorio Clínico Amadita (Santo Domingo) reporte in Spanish: Prueba / Resultado / Unidades / Valores de Referencia / Ind., "A"/"B" indicator letters with a legend "A = Alto, B = Bajo", decimal points, validación line', r'''
    LABORATORIO CLÍNICO AMADITA P. DE GONZÁLEZ - Sucursal Naco, Santo Domingo, R.D.
    Paciente: PEÑA CASTILLO, RAMÓN E.   Edad: 52 años   Sexo: M   No. Orden: 2503-118842
    Médico: DRA. Y. FERMÍN   Fecha toma: 04/03/2025 07:41
    PRUEBA                         RESULTADO   UNIDADES    VALORES DE REFERENCIA     IND.
    Glucosa en ayunas              131         mg/dL       70 - 100                  A
    Hemoglobina glicosilada A1c    6.9         %           4.0 - 5.6                 A
    Colesterol total               188         mg/dL       < 200
    Triglicéridos                  243         mg/dL       < 150                     A
    Colesterol HDL                 36          mg/dL       > 40                      B
    Colesterol LDL (calculado)     103         mg/dL       < 130
    Creatinina                     0.98        mg/dL       0.70 - 1.30
    TSH                            2.74        µUI/mL      0.35 - 4.94
    IND.: A = Alto, B = Bajo.   Validado por: Lic. M. Almonte, Bioanalista.   *** Fin del reporte ***
''', [
    R('glucose', '131', 'mg/dL', '70..100', 'high'),
    R('hemoglobin-a1c', '6.9', '%', '4.0..5.6', 'high'),
    R('total-cholesterol', '188', 'mg/dL', '..<200'),
    R('triglycerides', '243', 'mg/dL', '..<150', 'high'),
    R('hdl-cholesterol', '36', 'mg/dL', '>40..', 'low'),
    R('ldl-cholesterol', '103', 'mg/dL', '..<130'),
    R('creatinine', '0.98', 'mg/dL', '0.70..1.30'),
    R('thyroid-stimulating-hormone', '2.74', 'µUI/mL', '0.35..4.94'),
], "range=VALORES DE REFERENCIA ('a - b' inclusive, '< b'/'> a' strict); IND. letters read by the printed legend (A = Alto high, B = Bajo low), empty computed; µUI/mL = m[IU]/L; the order number, age and validation line are not rows.")

case('CR', 'es', 'country', 'Laboratorio Clínico Echandi (San José, Costa Rica) perfil hormonal masculino in Spanish: test name line, then "Resultado:" with decimal comma and unit, "Valor de referencia:" with an "Hombres adultos:" label, "Método:" line under each', r'''
    LABORATORIO CLÍNICO ECHANDI - San José, Costa Rica          Tel. 2222-0000
    Paciente: Mora Jiménez, Esteban   Cédula: 1-1234-0567   Fecha: 05/03/2025
    PERFIL HORMONAL MASCULINO
    Testosterona total
      Resultado: 3,12 ng/mL
      Valor de referencia: Hombres adultos: 2,49 - 8,36 ng/mL
      Método: Electroquimioluminiscencia (ECLIA)
    Testosterona libre (calculada)
      Resultado: 52,4 pg/mL
      Valor de referencia: Hombres adultos: 46,0 - 224,0 pg/mL
    Estradiol
      Resultado: 22,6 pg/mL
      Valor de referencia: Hombres adultos: 11,3 - 43,2 pg/mL
    Globulina fijadora de hormonas sexuales (SHBG)
      Resultado: 61,8 nmol/L
      Valor de referencia: Hombres adultos: 18,3 - 54,1 nmol/L
    Hormona luteinizante (LH)
      Resultado: 5,7 mUI/mL
      Valor de referencia: Hombres adultos: 1,7 - 8,6 mUI/mL
    Antígeno prostático específico total (PSA)
      Resultado: 1,46 ng/mL
      Valor de referencia: Hasta 4,00 ng/mL
    Observaciones: muestra tomada a las 08:05 h.   Responsable: Dra. A. Solano Vargas, Microbióloga Química Clínica
''', [
    R('testosterone', '3.12', 'ng/mL', '2.49..8.36'),
    R('testosterone-free', '52.4', 'pg/mL', '46.0..224.0'),
    R('estradiol', '22.6', 'pg/mL', '11.3..43.2'),
    R('shbg', '61.8', 'nmol/L', '18.3..54.1'),
    R('luteinizing-hormone', '5.7', 'mUI/mL', '1.7..8.6'),
    R('prostate-specific-antigen', '1.46', 'ng/mL', '..4.00'),
], "range=the 'Valor de referencia:' line, label 'Hombres adultos:' dropped, decimal commas read as points ('a - b' inclusive, 'Hasta b' inclusive); no flag printed, computed (SHBG high); testosterone ng/mL ×100 → ng/dL; Método and Observaciones lines and the collection time are not rows.")

case('PY', 'es', 'country', 'Laboratorio Díaz Gill (Asunción, Paraguay) informe de química in Spanish: Determinación / Resultado / Valores de referencia with the unit inside the reference cell, decimal commas, "(*)" before out-of-range results with a direction-free legend', r'''
    DÍAZ GILL MEDICINA LABORATORIAL - Asunción, Paraguay
    Paciente: BENÍTEZ ORTIZ, LOURDES   Edad: 47 a   Protocolo: 25-0306-0412   Fecha: 06/03/2025
    DETERMINACIÓN                    RESULTADO      VALORES DE REFERENCIA
    Glicemia                         92             70 - 110 mg/dl
    Urea                             28             15 - 45 mg/dl
    Creatinina                       0,74           0,50 - 1,10 mg/dl
    Ácido úrico                      (*) 6,9        2,4 - 5,7 mg/dl
    Colesterol total                 (*) 236        hasta 200 mg/dl
    GOT (AST)                        21             hasta 32 U/l
    GPT (ALT)                        (*) 44         hasta 33 U/l
    Ferritina                        38,5           13 - 150 ng/ml
    (*) Resultado fuera del intervalo de referencia.     Bioq. N. Riquelme - Reg. Prof. 1432
''', [
    R('glucose', '92', 'mg/dl', '70..110'),
    R('urea', '28', 'mg/dl', '15..45'),
    R('creatinine', '0.74', 'mg/dl', '0.50..1.10'),
    R('uric-acid', '6.9', 'mg/dl', '2.4..5.7', 'abnormal'),
    R('total-cholesterol', '236', 'mg/dl', '..200', 'abnormal'),
    R('aspartate-aminotransferase', '21', 'U/l', '..32'),
    R('alanine-aminotransferase', '44', 'U/l', '..33', 'abnormal'),
    R('ferritin', '38.5', 'ng/ml', '13..150'),
], "range=VALORES DE REFERENCIA with the unit inside the cell ('a - b' and 'hasta b' inclusive), decimal commas read as points; '(*)' with the legend 'fuera del intervalo' gives no direction, so abnormal; unmarked rows computed; 'Urea' is the catalog's urea (mg/dl, not BUN); the protocol number and professional register are not rows.")

case('KZ', 'ru', 'country', 'КДЛ ОЛИМП (Almaty, Kazakhstan) гормональная панель in Russian: Исследование / Результат / Ед. изм. / Референсные значения / Комментарий with "повышен"/"понижен" words, Cyrillic units, decimal commas, prolactin in мМЕ/л', r'''
    КДЛ «ОЛИМП» — Клинико-диагностическая лаборатория, г. Алматы
    Пациент: Ахметов Н. С.   Пол: муж.   Возраст: 38 лет   Заказ № 4471-0325   Дата: 05.03.2025
    Исследование                        Результат   Ед. изм.    Референсные значения   Комментарий
    ТТГ (тиреотропный гормон)           1,84        мкМЕ/мл     0,4 - 4,0
    Т4 свободный                        15,2        пмоль/л     10,8 - 22,0
    Тестостерон общий                   9,6         нмоль/л     12,1 - 38,3            понижен
    ГСПГ (SHBG)                         28,4        нмоль/л     13,0 - 71,0
    Пролактин                           412         мМЕ/л       86 - 324               повышен
    Эстрадиол                           118         пмоль/л     40 - 161
    Витамин D (25-OH)                   21,3        нг/мл       30 - 100               понижен
    Результаты не являются диагнозом. Необходима консультация специалиста.   Врач КДЛ: Жумабаева А. К.
''', [
    R('thyroid-stimulating-hormone', '1.84', 'мкМЕ/мл', '0.4..4.0'),
    R('free-t4', '15.2', 'пмоль/л', '10.8..22.0'),
    R('testosterone', '9.6', 'нмоль/л', '12.1..38.3', 'low'),
    R('shbg', '28.4', 'нмоль/л', '13.0..71.0'),
    R('prolactin', '412', 'мМЕ/л', '86..324', 'high'),
    R('estradiol', '118', 'пмоль/л', '40..161'),
    R('vitamin-d', '21.3', 'нг/мл', '30..100', 'low'),
], "range=Референсные значения ('a - b' inclusive, decimal commas); Комментарий words повышен = high, понижен = low, empty computed; Cyrillic units read as their Latin units (мкМЕ/мл = uIU/mL, пмоль/л, нмоль/л, нг/мл); prolactin in мМЕ/л gets no normalizedValue (IU against a mass unit); the disclaimer line is not a row.")

case('AM', 'hy', 'country', 'Ecosense laboratory (Yerevan, Armenia) report with Armenian headers and flag words (բարձր = high, ցածր = low), English test names, value then unit then range, decimal points', r'''
    «ԷԿՈՍԵՆՍ» ԼԱԲՈՐԱՏՈՐԻԱ  /  ECOSENSE LABORATORY - Yerevan, Armenia
    Հիվանդ՝ Հովհաննիսյան Արամ   Սեռ՝ արական   Տարիք՝ 44   Հայտ № 25-031977   Ամսաթիվ՝ 05.03.2025
    Հետազոտություն              Արդյունք    Միավոր       Նորմա              Նշում
    Testosterone total          14.8        nmol/L       8.64 - 29.0
    Free testosterone           0.21        nmol/L       0.20 - 0.62
    Estradiol                   161         pmol/L       41.4 - 159         բարձր
    DHEA-S                      4.1         µmol/L       4.34 - 12.2        ցածր
    IGF-1                       148         ng/mL        86 - 242
    Cortisol (morning)          412         nmol/L       166 - 507
    Պատասխանատու՝ Մ. Գրիգորյան, բժիշկ-լաբորանտ
''', [
    R('testosterone', '14.8', 'nmol/L', '8.64..29.0'),
    R('testosterone-free', '0.21', 'nmol/L', '0.20..0.62'),
    R('estradiol', '161', 'pmol/L', '41.4..159', 'high'),
    R('dhea-sulfate', '4.1', 'µmol/L', '4.34..12.2', 'low'),
    R('somatomedin-c', '148', 'ng/mL', '86..242'),
    R('cortisol', '412', 'nmol/L', '166..507'),
], "range=the Նորմա column ('a - b' inclusive); Armenian flag words in the Նշում column (բարձր high, ցածր low), empty computed; molar units converted with the keys' molar masses (testosterone and free testosterone nmol/L, estradiol pmol/L, DHEA-S µmol/L, cortisol nmol/L); the '(morning)' label is dropped.")

case('MK', 'mk', 'country', 'Re-Medika hospital laboratory (Skopje, North Macedonia) наод in Macedonian: Cyrillic test names, Анализа / Резултат / Единица / Референтни вредности, H/L letters after the value, decimal commas, SI units', r'''
    ЈЗУ / ПЗУ РЕ-МЕДИКА — Лабораторија за медицинска биохемија, Скопје
    Пациент: Стојановска Елена   Возраст: 56 г.   Пол: Ж   Број: 0503-2217   Датум: 05.03.2025
    Анализа                   Резултат     Единица      Референтни вредности
    Гликоза                   5,9 H        mmol/L       3,9 - 5,8
    Уреа                      5,1          mmol/L       2,5 - 7,5
    Креатинин                 68           µmol/L       45 - 84
    Холестерол вкупен         6,4 H        mmol/L       < 5,2
    Триглицериди              1,46         mmol/L       < 1,7
    HDL холестерол            1,58         mmol/L       > 1,2
    LDL холестерол            4,15 H       mmol/L       < 3,4
    Железо                    9,2 L        µmol/L       10,7 - 32,2
    Одобрил: д-р Ј. Николовски, специјалист по медицинска биохемија
''', [
    R('glucose', '5.9', 'mmol/L', '3.9..5.8', 'high'),
    R('urea', '5.1', 'mmol/L', '2.5..7.5'),
    R('creatinine', '68', 'µmol/L', '45..84'),
    R('total-cholesterol', '6.4', 'mmol/L', '..<5.2', 'high'),
    R('triglycerides', '1.46', 'mmol/L', '..<1.7'),
    R('hdl-cholesterol', '1.58', 'mmol/L', '>1.2..'),
    R('ldl-cholesterol', '4.15', 'mmol/L', '..<3.4', 'high'),
    R('iron', '9.2', 'µmol/L', '10.7..32.2', 'low'),
], "range=Референтни вредности ('a - b' inclusive, '< b'/'> a' strict, decimal commas); H/L after the value keyed by meaning, others computed; SI values converted with the keys' molar masses (glucose, urea as urea, creatinine, lipids, iron); the approval line is not a row.")

case('AL', 'sq', 'country', 'Intermedica laboratory (Tirana, Albania) fletë analize in Albanian: Analiza / Rezultati / Njësia / Vlerat normale, "↑"/"↓" after the value, decimal commas, hemogram with 10^9/L counts', r'''
    LABORATORI INTERMEDICA - Rruga e Kavajës, Tiranë
    Pacienti: Hoxha Ardit   Mosha: 35   Gjinia: M   Nr. kampioni: 250305-118   Data: 05.03.2025
    ANALIZA                     REZULTATI     NJËSIA        VLERAT NORMALE
    Leukocite (WBC)             11,4 ↑        10^9/L        4,0 - 10,0
    Eritrocite (RBC)            5,21          10^12/L       4,50 - 5,90
    Hemoglobina (HGB)           15,8          g/dL          13,5 - 17,5
    Hematokriti (HCT)           47,1          %             41,0 - 53,0
    Trombocite (PLT)            138 ↓         10^9/L        150 - 400
    Neutrofile %                72,4          %             40,0 - 75,0
    Limfocite %                 19,2 ↓        %             20,0 - 45,0
    PCR (Proteina C reaktive)   14,2 ↑        mg/L          0,0 - 5,0
    Mjeku laborant: Dr. E. Dervishi
''', [
    R('white-blood-cell-count', '11.4', '10^9/L', '4.0..10.0', 'high'),
    R('red-blood-cell-count', '5.21', '10^12/L', '4.50..5.90'),
    R('hemoglobin', '15.8', 'g/dL', '13.5..17.5'),
    R('hematocrit', '47.1', '%', '41.0..53.0'),
    R('platelet-count', '138', '10^9/L', '150..400', 'low'),
    R('neutrophils', '72.4', '%', '40.0..75.0'),
    R('lymphocytes', '19.2', '%', '20.0..45.0', 'low'),
    R('c-reactive-protein', '14.2', 'mg/L', '0.0..5.0', 'high'),
], "range=VLERAT NORMALE ('a - b' inclusive, decimal commas); ↑/↓ after the value keyed by meaning, others computed; 10^9/L = 10*3/uL and 10^12/L = 10*6/uL; PCR is the Albanian abbreviation of C-reactive protein (mg/L).")

case('BA', 'bs', 'country', 'Poliklinika Atrijum (Sarajevo, Bosnia and Herzegovina) nalaz in Bosnian: Pretraga / Rezultat / Jedinica / Ref. vrijednosti / Status with "povišen"/"snižen" words, decimal commas, thyroid and iron', r'''
    POLIKLINIKA ATRIJUM - Laboratorijska dijagnostika, Sarajevo
    Pacijent: Hadžić Amra   Spol: Ž   God. rođenja: 1987   Br. nalaza: 3155/25   Datum: 06.03.2025
    Pretraga                  Rezultat    Jedinica     Ref. vrijednosti    Status
    TSH                       4,92        mIU/L        0,35 - 4,94
    fT4                       11,6        pmol/L       9,0 - 19,0
    fT3                       4,4         pmol/L       2,6 - 5,7
    Anti-TPO                  186         IU/mL        < 34                povišen
    Željezo                   7,4         µmol/L       9,0 - 30,4          snižen
    TIBC                      78          µmol/L       45 - 72             povišen
    Feritin                   6           µg/L         10 - 120            snižen
    Napomena: preporučuje se kontrola za 3 mjeseca.   Spec. med. biohemije: mr. ph. S. Kovač
''', [
    R('thyroid-stimulating-hormone', '4.92', 'mIU/L', '0.35..4.94'),
    R('free-t4', '11.6', 'pmol/L', '9.0..19.0'),
    R('free-t3', '4.4', 'pmol/L', '2.6..5.7'),
    R('thyroid-peroxidase-antibody', '186', 'IU/mL', '..<34', 'high'),
    R('iron', '7.4', 'µmol/L', '9.0..30.4', 'low'),
    R('total-iron-binding-capacity', '78', 'µmol/L', '45..72', 'high'),
    R('ferritin', '6', 'µg/L', '10..120', 'low'),
], "range=Ref. vrijednosti ('a - b' inclusive, '< b' strict, decimal commas); Status words povišen = high, snižen = low, empty computed; TSH 4,92 sits inside 0,35 - 4,94 (normal); free T4/T3 pmol/L and iron/TIBC µmol/L converted with the keys' molar masses; anti-TPO in IU/mL gets no normalizedValue; µg/L = ng/mL; the Napomena line is not a row.")

case('DZ', 'fr', 'country', 'Algerian private laboratory (Oran) compte rendu in French: biochemistry in g/l and mg/l with "Valeurs usuelles" after the unit, decimal commas, the word "Élevé"/"Bas" in an Interprétation column', r'''
    LABORATOIRE D'ANALYSES MÉDICALES DR BENSALAH - Hai Es-Salam, Oran - Algérie
    Patient(e) : M. BOUZIANE Karim   Âge : 49 ans   N° dossier : 0325/0918   Prélevé le : 05/03/2025 à 08h10
    ANALYSE                      RÉSULTAT     UNITÉ     VALEURS USUELLES     INTERPRÉTATION
    Glycémie à jeun              1,26         g/l       0,70 - 1,10          Élevé
    Urée sanguine                0,32         g/l       0,15 - 0,45
    Créatininémie                9,8          mg/l      6,0 - 12,0
    Acide urique                 74           mg/l      35 - 70              Élevé
    Cholestérol total            2,14         g/l       1,40 - 2,00          Élevé
    Triglycérides                1,62         g/l       0,50 - 1,50          Élevé
    HDL-cholestérol              0,38         g/l       0,40 - 0,65          Bas
    TGO (ASAT)                   27           U/l       < 35
    Le biologiste : Dr N. Bensalah
''', [
    R('glucose', '1.26', 'g/l', '0.70..1.10', 'high'),
    R('urea', '0.32', 'g/l', '0.15..0.45'),
    R('creatinine', '9.8', 'mg/l', '6.0..12.0'),
    R('uric-acid', '74', 'mg/l', '35..70', 'high'),
    R('total-cholesterol', '2.14', 'g/l', '1.40..2.00', 'high'),
    R('triglycerides', '1.62', 'g/l', '0.50..1.50', 'high'),
    R('hdl-cholesterol', '0.38', 'g/l', '0.40..0.65', 'low'),
    R('aspartate-aminotransferase', '27', 'U/l', '..<35'),
], "range=VALEURS USUELLES ('a - b' inclusive, '< b' strict, decimal commas); Interprétation words Élevé = high, Bas = low, empty computed; g/l ×100 → mg/dL, mg/l ÷10 → mg/dL; TGO (ASAT) is aspartate-aminotransferase in U/l; the dossier number and time are not rows.")

case('SN', 'fr', 'country', 'Institut Pasteur de Dakar laboratoire de biologie médicale (Senegal) bilan hormonal in French: one line per test "Nom ........ valeur unité [a - b]", decimal commas, no flag printed', r'''
    INSTITUT PASTEUR DE DAKAR - Laboratoire de Biologie Médicale
    36, Avenue Pasteur, Dakar, Sénégal
    Patient : DIOP Mamadou   Né le : 11/09/1972   Dossier : LBM-25-06114   Prélèvement : 04/03/2025
    BILAN HORMONAL ET MARQUEURS
    TSH ultrasensible ............... 0,86 µUI/mL       [0,27 - 4,20]
    T4 libre ........................ 17,9 pmol/L       [12,0 - 22,0]
    Testostérone totale ............. 2,18 ng/mL        [2,49 - 8,36]
    PSA total ....................... 5,62 ng/mL        [< 4,00]
    Ferritine ....................... 412 ng/mL         [30 - 400]
    25-OH Vitamine D (D2+D3) ........ 18,4 ng/mL        [30 - 100]
    Technique : électrochimiluminescence (Cobas e 411).   Validé par : Dr A. Ndiaye, Biologiste
''', [
    R('thyroid-stimulating-hormone', '0.86', 'µUI/mL', '0.27..4.20'),
    R('free-t4', '17.9', 'pmol/L', '12.0..22.0'),
    R('testosterone', '2.18', 'ng/mL', '2.49..8.36'),
    R('prostate-specific-antigen', '5.62', 'ng/mL', '..<4.00'),
    R('ferritin', '412', 'ng/mL', '30..400'),
    R('vitamin-d', '18.4', 'ng/mL', '30..100'),
], "range=the bracketed '[a - b]' or '[< b]' after the unit (inclusive / strict), decimal commas; no flag printed, all computed (testosterone and vitamin D low, PSA and ferritin high); testosterone ng/mL ×100 → ng/dL; the Technique line naming the analyzer is not a row.")

case('OM', 'en', 'country', 'Badr Al Samaa hospital laboratory (Muscat, Oman) report in English with an Arabic hospital-name line: Test / Result / Flag / Unit / Reference Range, CBC with indices and ferritin, flag column before the unit', r'''
    مستشفى بدر السماء - المختبر      BADR AL SAMAA HOSPITAL - LABORATORY, RUWI, MUSCAT
    Patient: Al Balushi, Salim   Age/Sex: 29 Y / M   MRN: BS-0042218   Collected: 05-03-2025 09:20
    Test                         Result     Flag    Unit          Reference Range
    Hemoglobin                   11.9       L       g/dL          13.0 - 17.0
    RBC                          6.12       H       x10^12/L      4.50 - 5.50
    Hematocrit                   38.0       L       %             40.0 - 50.0
    MCV                          62.1       L       fL            83.0 - 101.0
    MCH                          19.4       L       pg            27.0 - 32.0
    RDW-CV                       13.8               %             11.6 - 14.0
    Ferritin                     142                ng/mL         30 - 400
    Comment: microcytosis with normal ferritin and high RBC count - suggest Hb electrophoresis (HPLC).
''', [
    R('hemoglobin', '11.9', 'g/dL', '13.0..17.0', 'low'),
    R('red-blood-cell-count', '6.12', 'x10^12/L', '4.50..5.50', 'high'),
    R('hematocrit', '38.0', '%', '40.0..50.0', 'low'),
    R('mean-corpuscular-volume', '62.1', 'fL', '83.0..101.0', 'low'),
    R('mean-corpuscular-hemoglobin', '19.4', 'pg', '27.0..32.0', 'low'),
    R('red-cell-distribution-width', '13.8', '%', '11.6..14.0'),
    R('ferritin', '142', 'ng/mL', '30..400'),
], "range=Reference Range ('a - b' inclusive); the Flag column (before the unit) keyed by meaning, empty cells computed; x10^12/L = 10*6/uL; the comment is not a row.")

case('TZ', 'en', 'country', 'Muhimbili National Hospital Central Pathology Laboratory (Dar es Salaam, Tanzania) report: Swahili patient-detail labels (Jina, Umri, Jinsia) and English body, SI chemistry, the word HIGH after the range', r'''
    HOSPITALI YA TAIFA MUHIMBILI / MUHIMBILI NATIONAL HOSPITAL - CENTRAL PATHOLOGY LABORATORY
    Jina la mgonjwa: JUMA, Rehema A.   Umri: miaka 58   Jinsia: Mke   Namba ya usajili: MNH/25/118432
    Tarehe ya sampuli: 05/03/2025   Wodi/Kliniki: Diabetic Clinic
    TEST                    RESULT    UNITS         REFERENCE RANGE
    Glucose (fasting)       9.8       mmol/L        3.9 - 6.1        HIGH
    HbA1c                   8.6       %             4.0 - 6.0        HIGH
    Creatinine              142       umol/L        44 - 97          HIGH
    Urea                    8.4       mmol/L        2.5 - 7.8        HIGH
    Potassium               5.1       mmol/L        3.5 - 5.1
    Total cholesterol       5.9       mmol/L        0.0 - 5.2        HIGH
    ALT                     19        U/L           0 - 33
    Imethibitishwa na / Verified by: Lab. Scientist H. Mushi
''', [
    R('glucose', '9.8', 'mmol/L', '3.9..6.1', 'high'),
    R('hemoglobin-a1c', '8.6', '%', '4.0..6.0', 'high'),
    R('creatinine', '142', 'umol/L', '44..97', 'high'),
    R('urea', '8.4', 'mmol/L', '2.5..7.8', 'high'),
    R('potassium', '5.1', 'mmol/L', '3.5..5.1'),
    R('total-cholesterol', '5.9', 'mmol/L', '0.0..5.2', 'high'),
    R('alanine-aminotransferase', '19', 'U/L', '0..33'),
], "range=REFERENCE RANGE ('a - b' inclusive); HIGH after the range keyed by meaning; potassium 5.1 sits on the upper bound of 3.5 - 5.1 (inclusive, normal); SI values converted with the keys' molar masses; the Swahili patient labels and the verification line are not rows.")

case('MD', 'ro', 'country', 'Centrul Medical Galaxia (Chișinău, Moldova) buletin de analize in Romanian: Analiza / Rezultat / UM / Interval biologic de referință, "↑" after the value, decimal commas, a vitamin D status line under the row', r'''
    CENTRUL MEDICAL GALAXIA - Laborator clinic, str. Ismail 88, Chișinău, Republica Moldova
    Pacient: Ceban Victoria   Vârsta: 41 ani   Sex: F   Cod probă: 0305-7712   Data recoltării: 05.03.2025
    Analiza                          Rezultat     UM          Interval biologic de referință
    Insulină (a jeun)                18,6 ↑       µUI/mL      2,6 - 11,1
    Glucoză (a jeun)                 5,4          mmol/L      4,1 - 5,9
    Hemoglobină glicozilată HbA1c    5,8          %           4,0 - 6,0
    25-OH Vitamina D                 22,7 ↓       ng/mL       30 - 100
       Deficit < 20; Insuficiență 20 - 29; Optim 30 - 100
    Vitamina B12                     286          pg/mL       197 - 771
    Feritină                         19,8         ng/mL       13 - 150
    Medic de laborator: dr. I. Rusu
''', [
    R('insulin', '18.6', 'µUI/mL', '2.6..11.1', 'high'),
    R('glucose', '5.4', 'mmol/L', '4.1..5.9'),
    R('hemoglobin-a1c', '5.8', '%', '4.0..6.0'),
    R('vitamin-d', '22.7', 'ng/mL', '30..100', 'low'),
    R('vitamin-b12', '286', 'pg/mL', '197..771'),
    R('ferritin', '19.8', 'ng/mL', '13..150'),
], "range=Interval biologic de referință ('a - b' inclusive, decimal commas); ↑/↓ after the value keyed high/low, others computed; the status tier line under vitamin D is not a range; insulin µUI/mL = u[IU]/mL; glucose mmol/L → mg/dL.")

case('IQ', 'en', 'country', 'Baghdad private laboratory report in English with an Arabic lab-name header: Test / Result / Normal Value, unit inside the Normal Value cell, the letters L/H in brackets after the result', r'''
    مختبر الحياة للتحليلات المرضية      AL-HAYAT MEDICAL LABORATORY - Al-Mansour, Baghdad
    Name: Zainab Kadhim Hassan   Age: 33 Y   Sex: Female   Ref. by: Dr. S. Al-Rubaie   Date: 5/3/2025
    Test                         Result          Normal Value
    Vitamin D3 (25-OH)           11.2 (L)        30 - 100 ng/ml
    Vitamin B12                  168 (L)         191 - 663 pg/ml
    Serum Ferritin               9.4 (L)         13 - 150 ng/ml
    TSH                          3.21            0.35 - 4.94 µIU/ml
    Prolactin                    31.6 (H)        5.2 - 26.5 ng/ml
    Serum Calcium                9.1             8.6 - 10.3 mg/dl
    Lab. Director: Dr. Huda Al-Saffar (Ph.D. Clinical Biochemistry)
''', [
    R('vitamin-d', '11.2', 'ng/ml', '30..100', 'low'),
    R('vitamin-b12', '168', 'pg/ml', '191..663', 'low'),
    R('ferritin', '9.4', 'ng/ml', '13..150', 'low'),
    R('thyroid-stimulating-hormone', '3.21', 'µIU/ml', '0.35..4.94'),
    R('prolactin', '31.6', 'ng/ml', '5.2..26.5', 'high'),
    R('calcium', '9.1', 'mg/dl', '8.6..10.3'),
], "range=Normal Value with the unit inside the cell ('a - b' inclusive); (L)/(H) after the result keyed by meaning, others computed; vitamin D3 (25-OH) is the catalog's vitamin-d; the director line is not a row.")

case('BO', 'es', 'country', 'WhatsApp chatbot conversation with a Bolivian laboratory (La Paz) in Spanish: menu options, order number request, "sus resultados aún no están disponibles", no result', r'''
    [05/03/25, 18:02:11] Laboratorio SELADIS: ¡Hola! 👋 Bienvenido al asistente virtual del Instituto SELADIS.
    Elija una opción: 1️⃣ Consultar resultados  2️⃣ Horarios y requisitos  3️⃣ Precios  4️⃣ Hablar con un operador
    [05/03/25, 18:02:40] Carla M.: 1
    [05/03/25, 18:02:41] Laboratorio SELADIS: Por favor escriba su número de orden (8 dígitos).
    [05/03/25, 18:03:05] Carla M.: 25030411
    [05/03/25, 18:03:06] Laboratorio SELADIS: Orden 25030411 - Perfil tiroideo, Hemograma, Glucosa.
    Estado: EN PROCESO ⏳. Sus resultados aún no están disponibles. Le avisaremos por este medio.
    Horario de entrega: lunes a viernes de 14:00 a 18:00.
''', [], "range=none: a chatbot status message, every test in process; order number and opening hours are not results.")

case('GE', 'ka', 'country', 'Georgian laboratory (Tbilisi) SMS and web status page in Georgian: sample received, barcode, test list with turnaround times, no result', r'''
    NEOLAB: ნიმუში მიღებულია 05.03.2025 09:14. შტრიხკოდი: 7730412558.
    პასუხის ნახვა: neolab.ge/results — კოდი: 4471
    ---
    შეკვეთა № 7730412558   პაციენტი: ბერიძე ნ.
    გამოკვლევა                       სტატუსი            მზადდება
    TSH                              მიღებულია          05.03, 17:00
    Free T4                          მიღებულია          05.03, 17:00
    Ferritin                         მიღებულია          06.03, 12:00
    Vitamin D (25-OH)                მიღებულია          07.03, 12:00
    ფასი: 145 ₾   გადახდილია
''', [], "range=none: a sample-received page with a barcode, statuses and ready-by times; no test has a value.")

# ---- family extract: text from other extraction tools
case('US', 'en', 'extract', 'pdfplumber extract_text() of a BioReference hormone page: columns collapsed to single spaces, the flag glued after the value with a space, lab-code footnote letters, page header and footer lines', r'''
    BioReference Laboratories 481 Edward H. Ross Drive Elmwood Park NJ 07407 Page 1 of 1
    Patient: KOWALSKI, ADAM Acc#: 25R0641187 DOB: 09/14/1977 Collected: 03/03/2025 07:55
    Test Name Result Flag Reference Range Units Lab
    TESTOSTERONE, TOTAL 388 264-916 ng/dL BRL
    FREE TESTOSTERONE 6.1 L 8.7-25.1 pg/mL BRL
    ESTRADIOL 19.8 7.6-42.6 pg/mL BRL
    SHBG 71.2 H 16.5-55.9 nmol/L BRL
    DHEA-SULFATE 198.4 102.6-416.3 ug/dL BRL
    PROLACTIN 11.9 4.0-15.2 ng/mL BRL
    BRL = BioReference Laboratories, Elmwood Park NJ. CLIA 31D0696246. Medical Director: J. Ross, MD
''', [
    R('testosterone', '388', 'ng/dL', '264..916'),
    R('testosterone-free', '6.1', 'pg/mL', '8.7..25.1', 'low'),
    R('estradiol', '19.8', 'pg/mL', '7.6..42.6'),
    R('shbg', '71.2', 'nmol/L', '16.5..55.9', 'high'),
    R('dhea-sulfate', '198.4', 'ug/dL', '102.6..416.3'),
    R('prolactin', '11.9', 'ng/mL', '4.0..15.2'),
], "range=the 'a-b' token before the unit (inclusive); a lone H/L token after the value is the Flag column, keyed by meaning, rows without it computed; the 'BRL' lab code, CLIA number and header/footer are not rows.")

case('US', 'en', 'extract', 'PyMuPDF page.get_text("blocks") output pasted as Python tuples (x0, y0, x1, y1, text, block_no, block_type), one table row per block with the cells joined by spaces, header and footer blocks', r'''
    (36.0, 28.4, 311.9, 40.1, 'Sonora Quest Laboratories  |  Patient Report', 0, 0)
    (36.0, 44.2, 402.6, 55.9, 'Patient: LINDQVIST, MAREN  DOB: 02/19/1968  Collected: 03/04/2025', 1, 0)
    (36.0, 80.7, 540.3, 92.4, 'Test  Result  Flag  Units  Reference Range', 2, 0)
    (36.0, 96.1, 540.3, 107.8, 'TSH  0.21  L  mIU/L  0.40-4.50', 3, 0)
    (36.0, 110.3, 540.3, 122.0, 'Free T4  1.62  ng/dL  0.80-1.80', 4, 0)
    (36.0, 124.5, 540.3, 136.2, 'Free T3  3.9  pg/mL  2.3-4.2', 5, 0)
    (36.0, 138.7, 540.3, 150.4, 'Reverse T3  22  ng/dL  8-25', 6, 0)
    (36.0, 152.9, 540.3, 164.6, 'Thyroglobulin Antibodies  <1  IU/mL  < or = 1', 7, 0)
    (36.0, 760.2, 552.0, 771.9, 'Page 1 of 1   Report status: FINAL', 8, 0)
''', [
    R('thyroid-stimulating-hormone', '0.21', 'mIU/L', '0.40..4.50', 'low'),
    R('free-t4', '1.62', 'ng/dL', '0.80..1.80'),
    R('free-t3', '3.9', 'pg/mL', '2.3..4.2'),
    R('reverse-t3', '22', 'ng/dL', '8..25'),
    R('thyroglobulin-antibody', '1', 'IU/mL', '..1', 'normal', vt='<1'),
], "range=the last cell of each row block ('a-b' and '< or = b' inclusive); the coordinates, block numbers and types are extraction metadata, not values; L keyed low, blocks without a flag token computed; thyroglobulin antibody '<1' is censored and normal against '< or = 1'.")

case('US', 'en', 'extract', 'Apache Tika (tika-app --text) output of a lab PDF: metadata lines first (Content-Type, X-TIKA:Parsed-By, dc:title, pdf:PDFVersion), then each cell on its own line with blank lines between table rows', r'''
    Content-Type: application/pdf
    X-TIKA:Parsed-By: org.apache.tika.parser.pdf.PDFParser
    dc:title: Lab Report - Hormone Panel
    pdf:PDFVersion: 1.7
    xmpTPg:NPages: 1

    Any Lab Test Now - Results
    Testosterone, Total, LC/MS
    742
    ng/dL
    250-1100

    Estradiol, Sensitive
    36
    pg/mL
    <= 29
    HIGH

    Hematocrit
    49.6
    %
    38.5-50.0

    PSA, Total
    0.62
    ng/mL
    <= 4.00
''', [
    R('testosterone', '742', 'ng/dL', '250..1100'),
    R('estradiol', '36', 'pg/mL', '..29', 'high'),
    R('hematocrit', '49.6', '%', '38.5..50.0'),
    R('prostate-specific-antigen', '0.62', 'ng/mL', '..4.00'),
], "range=the line after the unit in each blank-line-separated group ('a-b' and '<= b' inclusive); HIGH after the range keyed high, others computed; Tika's metadata lines (PDF version 1.7, page count 1) are not rows.")

case('UK', 'en', 'extract', 'Adobe Acrobat "Copy" of a Medichecks-style results table: each row copied onto one line with single spaces, long names broken across two lines, the status word at the end, the disclaimer paragraph below', r'''
    Your results - Advanced Well Woman Blood Test - Sample taken 03/03/2025
    Test Result Units Range Status
    Oestradiol 412 pmol/L 77 - 1145 Normal
    Follicle stimulating
    hormone 6.8 IU/L 3.5 - 12.5 Normal
    Luteinising hormone 5.2 IU/L 2.4 - 12.6 Normal
    Testosterone 0.4 nmol/L 0.29 - 1.67 Normal
    Sex hormone binding
    globulin 118 nmol/L 32.4 - 128 Normal
    Anti-Müllerian hormone 3.1 pmol/L 5.3 - 45.0 Low
    Ferritin 31 ug/L 13 - 150 Normal
    These results were reviewed by a doctor. Ranges are provided by the laboratory.
''', [
    R('estradiol', '412', 'pmol/L', '77..1145', 'normal'),
    R('follicle-stimulating-hormone', '6.8', 'IU/L', '3.5..12.5', 'normal'),
    R('luteinizing-hormone', '5.2', 'IU/L', '2.4..12.6', 'normal'),
    R('testosterone', '0.4', 'nmol/L', '0.29..1.67', 'normal'),
    R('shbg', '118', 'nmol/L', '32.4..128', 'normal'),
    R('anti-mullerian-hormone', '3.1', 'pmol/L', '5.3..45.0', 'low'),
    R('ferritin', '31', 'ug/L', '13..150', 'normal'),
], "range=the 'a - b' before the status word (inclusive); the status words Normal/Low keyed by meaning; a name broken over two lines joins the value line below it; SI units converted (oestradiol pmol/L, testosterone nmol/L, AMH pmol/L by the keys' molar masses; IU/L = m[IU]/mL; ug/L = ng/mL).")

case('US', 'en', 'extract', 'Google Docs OCR (PDF opened with Google Docs): the image removed, text kept line by line with Docs bullets "●", a title-cased header, spacing lost between cells and "|" from table rules', r'''
    Labcorp Patient Report
    Specimen Id: 061 442 7710 0 | Date Collected: 03/03/2025
    Tests | Result | Flag | Units | Reference Interval
    ● Apolipoprotein B | 128 | High | mg/dL | <90
    ● Lipoprotein (a) | 212.6 | High | nmol/L | <75.0
    ● Cholesterol, Total | 241 | High | mg/dL | 100-199
    ● HDL Cholesterol | 52 | | mg/dL | >39
    ● Triglycerides | 148 | | mg/dL | 0-149
    ● LDL Chol Calc (NIH) | 161 | High | mg/dL | 0-99
    ● C-Reactive Protein, Cardiac | 0.81 | | mg/L | 0.00-3.00
    Relative Risk for Future Cardiovascular Event: Low <1.00, Average 1.00 - 3.00, High >3.00
''', [
    R('apolipoprotein-b', '128', 'mg/dL', '..<90', 'high'),
    R('lipoprotein-a', '212.6', 'nmol/L', '..<75.0', 'high'),
    R('total-cholesterol', '241', 'mg/dL', '100..199', 'high'),
    R('hdl-cholesterol', '52', 'mg/dL', '>39..'),
    R('triglycerides', '148', 'mg/dL', '0..149'),
    R('ldl-cholesterol', '161', 'mg/dL', '0..99', 'high'),
    R('hs-crp', '0.81', 'mg/L', '0.00..3.00'),
], "range=the last '|' cell ('a-b' inclusive, '<b'/'>a' strict); the Flag cell word High keyed by meaning, empty computed; 'C-Reactive Protein, Cardiac' is the catalog's hs-crp alias; the relative-risk tier line is not a range.")

case('US', 'en', 'extract', 'Tesseract 5 output of a scanned Quest CBC/CMP page with typical misreads: "rn" for "m" (Hernoglobin, Alburnin), "5" for "S" in headers, "|" for table rules, "l" for "1" inside a name, values and ranges intact', r'''
    Quest Diagnostics |ncorporated   Patient 5ervices   Report 5tatus: Final
    Test Narne                     ln Range      Out Of Range      Reference Range        Lab
    | WHlTE BLOOD CELL COUNT       6.4                             3.8-10.8 Thousand/uL   | EZ
    | Hernoglobin                                 17.9 H           13.2-17.1 g/dL         | EZ
    | HEMATOCRlT                                  53.6 H           38.5-50.0 %            | EZ
    | PLATELET COUNT               231                             140-400 Thousand/uL    | EZ
    | GLUCOSE                      88                              65-99 mg/dL            | EZ
    | Alburnin                     4.7                             3.6-5.1 g/dL           | EZ
    | ALT                          29                              9-46 U/L               | EZ
    EZ  Quest Diagnostics-Lenexa, 10101 Renner Blvd, Lenexa, K5 66219
''', [
    R('white-blood-cell-count', '6.4', 'Thousand/uL', '3.8..10.8'),
    R('hemoglobin', '17.9', 'g/dL', '13.2..17.1', 'high'),
    R('hematocrit', '53.6', '%', '38.5..50.0', 'high'),
    R('platelet-count', '231', 'Thousand/uL', '140..400'),
    R('glucose', '88', 'mg/dL', '65..99'),
    R('albumin', '4.7', 'g/dL', '3.6..5.1'),
    R('alanine-aminotransferase', '29', 'U/L', '9..46'),
], "range=the Reference Range column ('a-b' inclusive, unit after it); a value in the Out Of Range column with H keyed high, In Range values computed; OCR misreads in names (Hernoglobin, Alburnin, WHlTE, HEMATOCRlT) are read as the tests; 'EZ' is the performing-lab code and the '|' marks are table rules.")

case('US', 'en', 'extract', 'AWS Textract AnalyzeDocument TABLES output downloaded as CSV: the file name line, every cell prefixed with an apostrophe and quoted, a table-title row, empty Flag cells', r'''
    table-1.csv  (Amazon Textract console download, page 1)
    "'Table: Table_1"
    "'Test ","'Result ","'Flag ","'Units ","'Reference Interval "
    "'Insulin ","'27.8 ","'H ","'uIU/mL ","'2.6-24.9 "
    "'Glucose ","'104 ","'H ","'mg/dL ","'65-99 "
    "'Hemoglobin A1c ","'5.9 ","'H ","'% ","'<5.7 "
    "'C-Peptide ","'3.1 ","' ","'ng/mL ","'1.1-4.4 "
    "'Uric Acid ","'7.4 ","' ","'mg/dL ","'3.8-8.4 "
    "'GGT ","'41 ","' ","'U/L ","'3-70 "
''', [
    R('insulin', '27.8', 'uIU/mL', '2.6..24.9', 'high'),
    R('glucose', '104', 'mg/dL', '65..99', 'high'),
    R('hemoglobin-a1c', '5.9', '%', '..<5.7', 'high'),
    R('c-peptide', '3.1', 'ng/mL', '1.1..4.4'),
    R('uric-acid', '7.4', 'mg/dL', '3.8..8.4'),
    R('gamma-glutamyl-transferase', '41', 'U/L', '3..70'),
], "range=the 'Reference Interval' cell ('a-b' inclusive, '<b' strict); the leading apostrophe and quotes are Textract's CSV cell markers; the Flag cell H is keyed high, an empty cell (an apostrophe alone) computed; the file name and the 'Table: Table_1' title row are not rows.")

case('US', 'en', 'extract', 'Azure AI Document Intelligence prebuilt-layout Markdown output: PageHeader/PageFooter HTML comments, a heading, the results table as an HTML <table> with one <tr> per line, a <figure> for the logo', r'''
    <!-- PageHeader="Ascend Clinical Laboratory · Redwood City, CA" -->
    <figure>
    ASCEND
    </figure>
    # Renal Function Panel
    Patient: NAKAMURA, KENJI   Collected: 03/04/2025 06:30   Source: Dialysis Unit 3
    <table>
    <tr><th>Test</th><th>Result</th><th>Units</th><th>Reference</th><th>Flag</th></tr>
    <tr><td>Albumin</td><td>3.6</td><td>g/dL</td><td>3.5-5.0</td><td></td></tr>
    <tr><td>Phosphorus</td><td>6.1</td><td>mg/dL</td><td>2.5-4.5</td><td>H</td></tr>
    <tr><td>Calcium</td><td>8.4</td><td>mg/dL</td><td>8.5-10.5</td><td>L</td></tr>
    <tr><td>Potassium</td><td>5.6</td><td>mmol/L</td><td>3.5-5.3</td><td>H</td></tr>
    <tr><td>Intact PTH</td><td>486</td><td>pg/mL</td><td>15-65</td><td>H</td></tr>
    <tr><td>Hemoglobin</td><td>10.6</td><td>g/dL</td><td>11.5-15.5</td><td>L</td></tr>
    </table>
    <!-- PageFooter="Page 1 of 1" -->
''', [
    R('albumin', '3.6', 'g/dL', '3.5..5.0'),
    R('phosphorus', '6.1', 'mg/dL', '2.5..4.5', 'high'),
    R('calcium', '8.4', 'mg/dL', '8.5..10.5', 'low'),
    R('potassium', '5.6', 'mmol/L', '3.5..5.3', 'high'),
    R('parathyroid-hormone', '486', 'pg/mL', '15..65', 'high'),
    R('hemoglobin', '10.6', 'g/dL', '11.5..15.5', 'low'),
], "range=the Reference <td> ('a-b' inclusive); the Flag <td> keyed by meaning, an empty cell computed; HTML tags, the PageHeader/PageFooter comments and the figure text are layout, not rows.")

case('US', 'en', 'extract', 'Samsung Gallery "Extract text" from a phone photo of a printed page: each table row split into two lines (name and value, then unit and range) because the photo was taken at an angle, a stray "Share / Copy all" line', r'''
    PATIENT REPORT - LABORATORY
    Ferritin 212
    ng/mL 30 - 400
    Iron, Total 164
    mcg/dL 45 - 160 H
    Iron Binding Capacity 298
    mcg/dL 250 - 425
    % Saturation 55
    % 20 - 48 H
    Vitamin B12 1,284
    pg/mL 200 - 1,100 H
    Folate, Serum 19.6
    ng/mL >5.4
    Select all   Copy   Share
''', [
    R('ferritin', '212', 'ng/mL', '30..400'),
    R('iron', '164', 'mcg/dL', '45..160', 'high'),
    R('total-iron-binding-capacity', '298', 'mcg/dL', '250..425'),
    R('transferrin-saturation', '55', '%', '20..48', 'high'),
    R('vitamin-b12', '1284', 'pg/mL', '200..1100', 'high'),
    R('folate', '19.6', 'ng/mL', '>5.4..'),
], "range=the second line of each pair after the unit ('a - b' inclusive, '>a' strict, thousands commas); an H at the end of that line keyed high, others computed; '% Saturation' is transferrin-saturation; mcg/dL = ug/dL; the phone's 'Select all / Copy / Share' line is not a row.")

case('UK', 'en', 'extract', 'two-column executive health-check summary page read straight across by a text extractor: hormones in the left column and lipids/metabolic in the right, joined on each line by a run of spaces, section titles side by side', r'''
    BUPA HEALTH CLINICS - 360 HEALTH ASSESSMENT - LABORATORY SUMMARY        Client: R. Ashworth   05/03/2025
    HORMONES                                                  LIPIDS AND METABOLIC
    Testosterone  16.2 nmol/L  (8.6 - 29.0)                   Cholesterol  6.1 mmol/L  (< 5.0)  H
    SHBG  38 nmol/L  (18.3 - 54.1)                            HDL cholesterol  1.22 mmol/L  (> 1.00)
    Free testosterone  0.32 nmol/L  (0.20 - 0.62)             LDL cholesterol  4.0 mmol/L  (< 3.0)  H
    PSA  1.8 ug/L  (< 3.0)                                    Triglycerides  1.9 mmol/L  (< 1.7)  H
    TSH  2.6 mIU/L  (0.27 - 4.20)                             HbA1c  39 mmol/mol  (20 - 41)
    Your doctor will discuss these results with you at your consultation.
''', [
    R('testosterone', '16.2', 'nmol/L', '8.6..29.0'),
    R('shbg', '38', 'nmol/L', '18.3..54.1'),
    R('testosterone-free', '0.32', 'nmol/L', '0.20..0.62'),
    R('prostate-specific-antigen', '1.8', 'ug/L', '..<3.0'),
    R('thyroid-stimulating-hormone', '2.6', 'mIU/L', '0.27..4.20'),
    R('total-cholesterol', '6.1', 'mmol/L', '..<5.0', 'high'),
    R('hdl-cholesterol', '1.22', 'mmol/L', '>1.00..'),
    R('ldl-cholesterol', '4.0', 'mmol/L', '..<3.0', 'high'),
    R('triglycerides', '1.9', 'mmol/L', '..<1.7', 'high'),
    R('hemoglobin-a1c', '39', 'mmol/mol', '20..41'),
], "range=the bracketed '(a - b)' / '(< b)' / '(> a)' after each value; the left column's tests are keyed first, then the right column's (set 25/26's rule for merged columns); H after a bracket belongs to the test on its own side; SI values converted; ug/L = ng/mL for PSA; HbA1c mmol/mol gets no normalizedValue.")

case('US', 'en', 'extract', 'pypdf extract_text() of a hospital lab PDF whose content stream draws the value before the name: each line "value name unit range", flags as a separate trailing token, page header at the bottom', r'''
    4.82 TSH uIU/mL 0.45-4.50 H
    0.98 Free T4 ng/dL 0.82-1.77
    28 Ferritin ng/mL 15-150
    41 Vitamin D, 25-Hydroxy ng/mL 30-100
    9.8 Calcium mg/dL 8.7-10.2
    138 Sodium mmol/L 134-144
    Component Result Units Range Flag
    Mercy Hospital Laboratory, 615 S New Ballas Rd, St. Louis MO - Patient: OYELARAN, T. - Collected 03/05/2025
''', [
    R('thyroid-stimulating-hormone', '4.82', 'uIU/mL', '0.45..4.50', 'high'),
    R('free-t4', '0.98', 'ng/dL', '0.82..1.77'),
    R('ferritin', '28', 'ng/mL', '15..150'),
    R('vitamin-d', '41', 'ng/mL', '30..100'),
    R('calcium', '9.8', 'mg/dL', '8.7..10.2'),
    R('sodium', '138', 'mmol/L', '134..144'),
], "range=the 'a-b' after the unit (inclusive); the leading number of each line is the result (drawn first in the content stream); a trailing H keyed high, others computed; the column header and the hospital/patient line, extracted at the bottom, are not rows.")

case('US', 'en', 'extract', 'Tabula (stream mode) CSV of a lab table where a two-line cell became two CSV rows: the name\'s second line is its own row with empty other fields, quoted fields with commas inside names', r'''
    tabula-Report_20250305.csv
    "Test","Result","Flag","Units","Reference Interval"
    "Hemoglobin A1c","6.1","H","%","4.8-5.6"
    "Estimated Average Glucose","128","","mg/dL",""
    "Lipoprotein(a)","<8.4","","nmol/L","<75.0"
    "Apolipoprotein B","71","","mg/dL","<90"
    "Homocysteine, Plasma","","","",""
    "(LC/MS/MS)","9.7","","umol/L","0.0-14.5"
    "Omega-3 Index,","","","",""
    "Red Blood Cells","5.2","L","%",">8.0"
''', [
    R('hemoglobin-a1c', '6.1', '%', '4.8..5.6', 'high'),
    R('estimated-average-glucose', '128', 'mg/dL', ''),
    R('lipoprotein-a', '8.4', 'nmol/L', '..<75.0', 'normal', vt='<8.4'),
    R('apolipoprotein-b', '71', 'mg/dL', '..<90'),
    R('homocysteine', '9.7', 'umol/L', '0.0..14.5'),
    R('omega-3-index', '5.2', '%', '>8.0..', 'low'),
], "range=the 'Reference Interval' field ('a-b' inclusive, '<b'/'>a' strict, empty for eAG: flag null); a row with a name and all other fields empty continues on the next row, whose first field is the name's second line; Lp(a) '<8.4' is censored, normal under '<75.0'; the Flag field keyed by meaning, empty computed; homocysteine umol/L is the catalog unit.")

case('US', 'en', 'extract', 'pdftotext -raw of a Labcorp-style page whose content stream writes each row\'s reference interval and unit before the test name and result, so every test takes two lines in reverse order', r'''
    Labcorp   Patient Report   Specimen ID: 064-118-4471-0   Control ID: 40019884
    TESTS RESULT FLAG UNITS REFERENCE INTERVAL LAB
    ng/mL 0.0-4.0
    Prostate Specific Ag 0.7 01
    ng/dL 264-916
    Testosterone 1,142 High 01
    pg/mL 8.7-25.1
    Free Testosterone(Direct) 31.6 High 01
    % 37.5-51.0
    Hematocrit 50.2 01
    01 LabCorp Burlington, 1447 York Court, Burlington, NC 27215-3361  Dir: Sanjai Nagendra, MD
''', [
    R('prostate-specific-antigen', '0.7', 'ng/mL', '0.0..4.0'),
    R('testosterone', '1142', 'ng/dL', '264..916', 'high'),
    R('testosterone-free', '31.6', 'pg/mL', '8.7..25.1', 'high'),
    R('hematocrit', '50.2', '%', '37.5..51.0'),
], "range=the 'unit a-b' line printed BEFORE each test's name line (inclusive; thousands comma in 1,142); 'High' keyed by meaning, others computed; the trailing '01' is the lab code, not a value; header, specimen and control ids are not rows.")

case('US', 'en', 'extract', 'AWS Textract AnalyzeDocument FORMS output as "Key: … | Value: … | Confidence: …" lines: one key-value pair per detected field, patient fields first, results with the unit and range in separate pairs', r'''
    Key: Patient Name | Value: HARGROVE, ELISE | Confidence: 97.4
    Key: Date Collected | Value: 03/05/2025 | Confidence: 96.1
    Key: Ordering Physician | Value: D. Whitlock, MD | Confidence: 88.9
    Key: Cortisol, AM | Value: 4.1 | Confidence: 93.2
    Key: Units | Value: ug/dL | Confidence: 91.0
    Key: Reference Range | Value: 6.2-19.4 | Confidence: 90.7
    Key: Flag | Value: L | Confidence: 89.3
    Key: ACTH, Plasma | Value: 11 | Confidence: 92.8
    Key: Units | Value: pg/mL | Confidence: 90.2
    Key: Reference Range | Value: 7.2-63.3 | Confidence: 89.9
    Key: DHEA-Sulfate | Value: 41.2 | Confidence: 94.0
    Key: Units | Value: ug/dL | Confidence: 92.5
    Key: Reference Range | Value: 35.4-256.0 | Confidence: 91.1
''', [
    R('cortisol', '4.1', 'ug/dL', '6.2..19.4', 'low'),
    R('acth', '11', 'pg/mL', '7.2..63.3'),
    R('dhea-sulfate', '41.2', 'ug/dL', '35.4..256.0'),
], "range=the 'Reference Range' pair after a result (inclusive); the following 'Units' pair gives the unit and a 'Flag' pair the printed flag (L low), otherwise computed; patient fields and Textract confidences are not rows.")

case('US', 'en', 'extract', 'Apache Tika output of a scanned PDF with no text layer: metadata only (pdf:charsPerPage 0, X-TIKA:EXCEPTION:warn) and an empty body, no result', r'''
    Content-Type: application/pdf
    X-TIKA:Parsed-By: org.apache.tika.parser.DefaultParser
    X-TIKA:Parsed-By: org.apache.tika.parser.pdf.PDFParser
    pdf:charsPerPage: 0
    pdf:unmappedUnicodeCharsPerPage: 0
    pdf:hasXFA: false
    xmpTPg:NPages: 2
    X-TIKA:EXCEPTION:warn: No text layer found; OCR strategy NO_OCR
    dc:title: scan_20250305_0912.pdf
''', [], "range=none: an image-only PDF read without OCR; only metadata, no result.")

case('US', 'en', 'extract', 'AWS Textract FORMS output of a blank-ish laboratory requisition: key-value pairs for patient, insurance, ICD-10 codes and ticked test boxes (SELECTED / NOT_SELECTED), no result', r'''
    Key: Patient Name | Value: MORALES, IVAN | Confidence: 96.8
    Key: Insurance ID | Value: XHM 4410 2287 | Confidence: 91.4
    Key: ICD-10 | Value: E29.1, R53.83 | Confidence: 88.0
    Key: Testosterone, Total (15983) | Value: SELECTED | Confidence: 97.9
    Key: Estradiol (4021) | Value: SELECTED | Confidence: 97.1
    Key: CBC w/ Diff (6399) | Value: SELECTED | Confidence: 96.6
    Key: PSA, Total (5363) | Value: NOT_SELECTED | Confidence: 95.2
    Key: Fasting | Value: NOT_SELECTED | Confidence: 90.3
    Key: Physician Signature | Value: (signature) | Confidence: 72.5
''', [], "range=none: a requisition with ticked tests and codes; no result.")

# ---- family record: records rather than printouts
case('US', 'en', 'record', 'C-CDA Continuity of Care Document rendered by the HL7 CDA stylesheet: "Results" section with a panel caption, a narrative table "Component | Value | Unit | Reference Range | Interpretation | Date", HL7 interpretation codes (H, N, L)', r'''
    Continuity of Care Document - Generated 03/06/2025 by Greenway Intergy
    Patient: Samuel Whitaker   DOB: 07/22/1964   Sex: Male
    RESULTS
    Comprehensive Metabolic Panel (03/04/2025 08:10) - Final
    Component                  | Value | Unit            | Reference Range | Interpretation | Date
    Glucose                    | 112   | mg/dL           | 70-99           | H              | 03/04/2025
    BUN                        | 18    | mg/dL           | 7-25            | N              | 03/04/2025
    Creatinine                 | 1.08  | mg/dL           | 0.70-1.33       | N              | 03/04/2025
    eGFR                       | 77    | mL/min/1.73m2   | >=60            | N              | 03/04/2025
    Potassium                  | 4.3   | mmol/L          | 3.5-5.3         | N              | 03/04/2025
    AST                        | 52    | U/L             | 10-35           | H              | 03/04/2025
    Albumin                    | 3.3   | g/dL            | 3.6-5.1         | L              | 03/04/2025
    Interpretation codes: H = High, L = Low, N = Normal (HL7 ObservationInterpretation).
''', [
    R('glucose', '112', 'mg/dL', '70..99', 'high'),
    R('blood-urea-nitrogen', '18', 'mg/dL', '7..25', 'normal'),
    R('creatinine', '1.08', 'mg/dL', '0.70..1.33', 'normal'),
    R('egfr', '77', 'mL/min/1.73m2', '60..', 'normal'),
    R('potassium', '4.3', 'mmol/L', '3.5..5.3', 'normal'),
    R('aspartate-aminotransferase', '52', 'U/L', '10..35', 'high'),
    R('albumin', '3.3', 'g/dL', '3.6..5.1', 'low'),
], "range=the Reference Range cell ('a-b' and '>=a' inclusive); HL7 interpretation codes H/L/N keyed by meaning (N = normal); the panel's date/time and the document header are not rows.")

case('US', 'en', 'record', 'Epic printed Health Summary (clinical summary handed to a patient): "Recent Lab Results" list "Name (date): value unit [Normal range: a - b]" with "Abnormal" after out-of-range values, problems and medications sections around it', r'''
    HEALTH SUMMARY for Gloria Espinoza   Printed 3/6/2025 by Sutter Health
    Active Problems: Hypothyroidism; Prediabetes; Vitamin D deficiency
    Current Medications: levothyroxine 88 mcg tablet daily; cholecalciferol 2,000 units daily
    Recent Lab Results
      TSH (3/3/2025): 3.44 uIU/mL [Normal range: 0.45 - 4.50]
      Free T4 (3/3/2025): 1.05 ng/dL [Normal range: 0.82 - 1.77]
      Hemoglobin A1c (3/3/2025): 6.0 % [Normal range: 4.8 - 5.6] Abnormal
      Vitamin D, 25-Hydroxy (3/3/2025): 27.4 ng/mL [Normal range: 30.0 - 100.0] Abnormal
      LDL Cholesterol (3/3/2025): 118 mg/dL [Normal range: 0 - 99] Abnormal
    Immunizations: Influenza 10/2024; Tdap 2019
    Allergies: Sulfa (rash)
''', [
    R('thyroid-stimulating-hormone', '3.44', 'uIU/mL', '0.45..4.50'),
    R('free-t4', '1.05', 'ng/dL', '0.82..1.77'),
    R('hemoglobin-a1c', '6.0', '%', '4.8..5.6', 'abnormal'),
    R('vitamin-d', '27.4', 'ng/mL', '30.0..100.0', 'abnormal'),
    R('ldl-cholesterol', '118', 'mg/dL', '0..99', 'abnormal'),
], "range=the bracketed '[Normal range: a - b]' (inclusive); the word 'Abnormal' gives no direction, so abnormal; unmarked rows computed; medication doses (88 mcg, 2,000 units), immunization and allergy lines are not rows.")

case('US', 'en', 'record', 'HAPI FHIR generated narrative of Observation resources rendered as text ("Generated Narrative: Observation"): status, code with LOINC, effective date, value, interpretation and referenceRange low/high lines per resource', r'''
    Generated Narrative: Observation obs-7731-shbg
    status: final
    category: Laboratory
    code: Sex hormone binding globulin [Moles/volume] in Serum or Plasma (LOINC#13967-5)
    effective: 2025-03-03T07:40:00-05:00
    value: 19.2 nmol/L
    interpretation: Low (qualifier value)
    referenceRange: low 24.0 nmol/L; high 122.0 nmol/L
    Generated Narrative: Observation obs-7731-igf1
    status: final
    code: Insulin-like growth factor-I [Mass/volume] in Serum or Plasma (LOINC#2484-4)
    effective: 2025-03-03T07:40:00-05:00
    value: 231 ng/mL
    referenceRange: low 88 ng/mL; high 246 ng/mL; age 30-39 Y
    Generated Narrative: Observation obs-7731-fsh
    status: final
    code: Follitropin [Units/volume] in Serum or Plasma (LOINC#15067-2)
    value: 4.2 m[IU]/mL
    interpretation: Normal
    referenceRange: low 1.5 m[IU]/mL; high 12.4 m[IU]/mL
''', [
    R('shbg', '19.2', 'nmol/L', '24.0..122.0', 'low'),
    R('somatomedin-c', '231', 'ng/mL', '88..246'),
    R('follicle-stimulating-hormone', '4.2', 'm[IU]/mL', '1.5..12.4', 'normal'),
], "range=referenceRange low/high (inclusive), the age label dropped; interpretation 'Low'/'Normal' keyed by meaning, none printed for IGF-1 (computed); FSH's UCUM unit m[IU]/mL is the catalog unit; the LOINC codes, ids, effective times and category are not rows.")

case('US', 'en', 'record', 'hospital LIS cumulative report with dates as ROWS and tests as columns (Meditech "Cumulative Lab Summary"): four draw dates oldest to newest, the newest row keyed, ranges in a header row, flags glued to values', r'''
    ST. ELIZABETH MEDICAL CENTER - CUMULATIVE LAB SUMMARY - RENAL/ELECTROLYTES
    Pt: TRAN, MINH   Acct: V0030221874   Loc: 4W-412   Printed: 03/06/25 06:55
    Date/Time          NA         K          CO2        BUN        CREAT      EGFR       PHOS
    Ref range          135-145    3.5-5.1    22-32      7-20       0.60-1.30  >=60       2.5-4.5
    Units              mmol/L     mmol/L     mmol/L     mg/dL      mg/dL      mL/min/1.73m2   mg/dL
    03/03/25 05:10     138        5.6H       19L        44H        2.41H      29L        5.8H
    03/04/25 05:02     137        5.2H       20L        39H        2.18H      33L        5.1H
    03/05/25 04:58     139        4.8        22         33H        1.94H      37L        4.6H
    03/06/25 05:05     140        4.4        23         27H        1.71H      43L        4.2
    H=High L=Low  * = Critical  (Values listed oldest to newest)
''', [
    R('sodium', '140', 'mmol/L', '135..145'),
    R('potassium', '4.4', 'mmol/L', '3.5..5.1'),
    R('carbon-dioxide', '23', 'mmol/L', '22..32'),
    R('blood-urea-nitrogen', '27', 'mg/dL', '7..20', 'high'),
    R('creatinine', '1.71', 'mg/dL', '0.60..1.30', 'high'),
    R('egfr', '43', 'mL/min/1.73m2', '60..', 'low'),
    R('phosphorus', '4.2', 'mg/dL', '2.5..4.5'),
], "range=the 'Ref range' header row ('a-b' and '>=a' inclusive), units from the 'Units' row; dates are rows listed oldest to newest (the footer says so), so only the last row, 03/06/25, is keyed; H/L glued to the value keyed by meaning, unflagged computed; the three older rows are not rows.")

case('US', 'en', 'record', 'lab results TSV export opened in a text editor that expanded the tabs to 8-column tab stops: ragged alignment, an ISO date column, a Status column, older results of the same tests further down never keyed', r'''
    collected       test    value   unit    ref_low ref_high        flag    status
    2025-03-04      Ferritin        46      ng/mL   38      380             FINAL
    2025-03-04      Iron    71      ug/dL   59      158             FINAL
    2025-03-04      TIBC    389     ug/dL   250     450             FINAL
    2025-03-04      Transferrin Saturation  18      %       20      48      L       FINAL
    2025-03-04      Hemoglobin      13.1    g/dL    13.2    17.1    L       FINAL
    2024-11-20      Ferritin        22      ng/mL   38      380     L       FINAL
    2024-11-20      Hemoglobin      12.4    g/dL    13.2    17.1    L       FINAL
''', [
    R('ferritin', '46', 'ng/mL', '38..380'),
    R('iron', '71', 'ug/dL', '59..158'),
    R('total-iron-binding-capacity', '389', 'ug/dL', '250..450'),
    R('transferrin-saturation', '18', '%', '20..48', 'low'),
    R('hemoglobin', '13.1', 'g/dL', '13.2..17.1', 'low'),
], "range=ref_low and ref_high fields (inclusive); flag field keyed by meaning, empty computed; only the newest date (2025-03-04) is keyed for each test, the 2024-11-20 lines are previous results; the expanded tabs leave the fields in order though not aligned.")

case('UK', 'en', 'record', 'results e-mail notification from a private GP service (HTML e-mail as plain text): greeting, "Your results" block with value, unit and range per line, a doctor\'s comment and links', r'''
    From: results@doctorcare-online.example
    Subject: Your blood test results are ready (Order DC-558120)
    Hello Imogen,
    Your results from the sample taken on 3 March 2025 have been reviewed by Dr Fenwick.
    YOUR RESULTS
    Vitamin D (25 OH) ...... 41 nmol/L ...... range 50 - 175 ...... Low
    Active B12 ............. 58 pmol/L ...... range 37.5 - 188 ..... Normal
    Ferritin ............... 44 ug/L ........ range 13 - 150 ....... Normal
    TSH .................... 1.9 mIU/L ...... range 0.27 - 4.2 ..... Normal
    Free T4 ................ 16.3 pmol/L .... range 12 - 22 ........ Normal
    Doctor's comment: Your vitamin D is a little low. A daily supplement of 1000 IU is recommended.
    View your full report: https://doctorcare-online.example/r/DC-558120   Unsubscribe | Privacy
''', [
    R('vitamin-d', '41', 'nmol/L', '50..175', 'low'),
    R('?Active B12 (holotranscobalamin)', '58', 'pmol/L', '37.5..188', 'normal'),
    R('ferritin', '44', 'ug/L', '13..150', 'normal'),
    R('thyroid-stimulating-hormone', '1.9', 'mIU/L', '0.27..4.2', 'normal'),
    R('free-t4', '16.3', 'pmol/L', '12..22', 'normal'),
], "range=the 'range a - b' field (inclusive); status words Low/Normal keyed by meaning; active B12 (holotranscobalamin) is not the catalog's total vitamin B12, so a `?` row; vitamin D nmol/L and free T4 pmol/L converted; the 1000 IU dose, order number and links are not rows.")

case('US', 'en', 'record', 'health-insurer wellness portal "Biometric Screening Results" record (from an on-site employer screening): measurement list mixing vitals and lab values, "Healthy range" column, "Outside range" marker, points earned', r'''
    Cigna Healthy Rewards - My Health Record - Biometric Screening Results
    Screening date: 02/27/2025   Location: Onsite event, Plano TX   Vendor: Quest Diagnostics Health & Wellness
    Measure                      Your result        Healthy range        Status
    Blood pressure               128/82 mmHg        < 120/80             Outside range
    Body mass index (BMI)        28.4               18.5 - 24.9          Outside range
    Total cholesterol            204 mg/dL          < 200                Outside range
    HDL cholesterol              47 mg/dL           >= 40                In range
    Triglycerides                131 mg/dL          < 150                In range
    Glucose (fasting)            97 mg/dL           < 100                In range
    Hemoglobin A1c               5.5 %              < 5.7                In range
    You earned 150 points for completing your screening.
''', [
    R('total-cholesterol', '204', 'mg/dL', '..<200', 'abnormal'),
    R('hdl-cholesterol', '47', 'mg/dL', '40..', 'normal'),
    R('triglycerides', '131', 'mg/dL', '..<150', 'normal'),
    R('glucose', '97', 'mg/dL', '..<100', 'normal'),
    R('hemoglobin-a1c', '5.5', '%', '..<5.7', 'normal'),
], "range=the 'Healthy range' column ('< b' strict, '>= a' inclusive); 'Outside range' gives no direction, so abnormal; 'In range' normal; blood pressure and BMI are vitals, not lab rows; points are not rows.")

case('US', 'en', 'record', 'community pharmacy anticoagulation-service record (pharmacist-managed INR log): dated rows of INR, dose and next test, the newest row last and keyed, a target range in the header, a CBC note from the clinic', r'''
    Kroger Pharmacy #0417 - Anticoagulation Management Service - Patient Record
    Patient: E. Lindgren   Indication: AFib   Target INR: 2.0 - 3.0   Warfarin 5 mg tabs
    Date        INR    Weekly dose (mg)   Change      Next INR    Pharmacist
    01/09/25    1.7    32.5               +2.5 mg     01/23/25    T. Vo, PharmD
    01/23/25    2.4    35                 none        02/13/25    T. Vo, PharmD
    02/13/25    3.4    35                 -2.5 mg     02/27/25    R. Singh, PharmD
    02/27/25    2.2    32.5               none        03/27/25    R. Singh, PharmD
    Clinic note received 02/27/25: Hgb 13.4 g/dL, platelets 231 x10^3/uL (no ranges sent).
''', [
    R('inr', '2.2', None, '2.0..3.0'),
    R('hemoglobin', '13.4', 'g/dL', ''),
    R('platelet-count', '231', 'x10^3/uL', ''),
], "range=the header's 'Target INR: 2.0 - 3.0' is the INR's range (inclusive), flag computed; only the newest INR row (02/27/25, listed last) is keyed, older INRs are previous results; INR has no unit; weekly doses and changes are not rows; the clinic note's Hgb and platelets have no range (flag null).")

case('US', 'en', 'record', 'Epic Care Everywhere "Outside Records" lab view copied by a clinician: results from an outside organization with a source line per panel, "Value / Ref Range / Status" columns, the word "(Abnormal)" without direction and a reconciliation banner', r'''
    Care Everywhere - Outside Records from: Kaiser Permanente Northern California (received 03/05/2025)
    These results have not been reconciled into this chart. Review before acting.
    LIPID PANEL   Resulted: 02/28/2025 09:12   Source: KP Regional Lab, Berkeley CA
      Component              Value            Ref Range          Status
      CHOLESTEROL            256 (Abnormal)   <200 mg/dL         Final
      HDL                    61               >40 mg/dL          Final
      LDL, CALCULATED        171 (Abnormal)   <130 mg/dL         Final
      TRIGLYCERIDES          118              <150 mg/dL         Final
    THYROID STIMULATING HORMONE   Resulted: 02/28/2025 10:40
      TSH                    0.92             0.35-4.94 mIU/L    Final
''', [
    R('total-cholesterol', '256', 'mg/dL', '..<200', 'abnormal'),
    R('hdl-cholesterol', '61', 'mg/dL', '>40..'),
    R('ldl-cholesterol', '171', 'mg/dL', '..<130', 'abnormal'),
    R('triglycerides', '118', 'mg/dL', '..<150'),
    R('thyroid-stimulating-hormone', '0.92', 'mIU/L', '0.35..4.94'),
], "range=Ref Range with the unit inside the cell ('<b'/'>a' strict, 'a-b' inclusive); '(Abnormal)' carries no direction, so abnormal; others computed; the units come from the range cell; the reconciliation banner and resulted times are not rows.")

case('US', 'en', 'record', 'XML export of a patient\'s results from a lab portal ("Download my results as XML"): <Result> elements with <TestName>, <Value>, <Units>, <RefRange>, <AbnormalFlag> and <Status>, one element per line', r'''
    <?xml version="1.0" encoding="UTF-8"?>
    <LabReport accession="PL25-0306-9921" collected="2025-03-03T08:15:00" lab="Pathology Associates Medical Laboratories">
      <Result><TestName>Prostate Specific Antigen, Total</TestName><Value>2.91</Value><Units>ng/mL</Units><RefRange>0.00-4.00</RefRange><AbnormalFlag/><Status>F</Status></Result>
      <Result><TestName>PSA, Free</TestName><Value>0.38</Value><Units>ng/mL</Units><RefRange/><AbnormalFlag/><Status>F</Status></Result>
      <Result><TestName>PSA, % Free</TestName><Value>13</Value><Units>%</Units><RefRange>&gt;25</RefRange><AbnormalFlag>L</AbnormalFlag><Status>F</Status></Result>
      <Result><TestName>Testosterone, Total</TestName><Value>534</Value><Units>ng/dL</Units><RefRange>264-916</RefRange><AbnormalFlag/><Status>F</Status></Result>
      <Result><TestName>Hematocrit</TestName><Value>48.8</Value><Units>%</Units><RefRange>38.5-50.0</RefRange><AbnormalFlag/><Status>F</Status></Result>
    </LabReport>
''', [
    R('prostate-specific-antigen', '2.91', 'ng/mL', '0.00..4.00'),
    R('prostate-specific-antigen-free', '0.38', 'ng/mL', ''),
    R('prostate-specific-antigen-free-percent', '13', '%', '>25..', 'low'),
    R('testosterone', '534', 'ng/dL', '264..916'),
    R('hematocrit', '48.8', '%', '38.5..50.0'),
], "range=<RefRange> ('a-b' inclusive; '&gt;25' is the XML escape of '>25', strict); an empty <RefRange/> gives free PSA no range (flag null); <AbnormalFlag>L</AbnormalFlag> low, empty computed; <Status>F</Status> means final, not a flag; the accession and collection time are not rows.")

case('US', 'en', 'record', 'life-insurance paramedical exam laboratory report (Clinical Reference Laboratory style) sent to the insurer: blood profile with "Insurance reference range", cotinine and HIV screen answers, NT-proBNP, a ratio without unit, an underwriting note', r'''
    CLINICAL REFERENCE LABORATORY - INSURANCE SERVICES - 8433 Quivira Road, Lenexa KS
    Applicant: PORTER, DEREK J   Carrier: Northwestern Mutual   Exam vendor: ExamOne   Collected: 02/28/2025
    TEST                        RESULT      UNITS       INSURANCE REF RANGE
    Glucose                     96          mg/dL       65-114
    Hemoglobin A1c              5.4         %           4.0-5.9
    Cholesterol                 214         mg/dL       120-239
    HDL Cholesterol             38          mg/dL       >35
    Chol/HDL Ratio              5.6                     <5.0
    GGT                         88          U/L         0-65
    NT-proBNP                   42          pg/mL       <125
    Cotinine (serum)            NEGATIVE                NEGATIVE
    HIV-1/2 Antibody            NON-REACTIVE            NON-REACTIVE
    Results are for underwriting purposes only and are not to be used for diagnosis.
''', [
    R('glucose', '96', 'mg/dL', '65..114'),
    R('hemoglobin-a1c', '5.4', '%', '4.0..5.9'),
    R('total-cholesterol', '214', 'mg/dL', '120..239'),
    R('hdl-cholesterol', '38', 'mg/dL', '>35..'),
    R('cholesterol-hdl-ratio', '5.6', None, '..<5.0'),
    R('gamma-glutamyl-transferase', '88', 'U/L', '0..65'),
    R('nt-probnp', '42', 'pg/mL', '..<125'),
    R('?Cotinine (serum)', None, None, 'text', 'normal', vt='NEGATIVE'),
    R('hiv-1-antibody', None, None, 'text', 'normal', vt='NON-REACTIVE'),
], "range=the INSURANCE REF RANGE column ('a-b' inclusive, '<b'/'>a' strict), the insurer's range being the only one printed; no flag printed, all computed (ratio and GGT high); the ratio has no unit, so no normalizedValue; cotinine (not in the catalog, `?`) and HIV-1/2 antibody are qualitative answers matching their expected text (normal, range text).")

case('US', 'en', 'record', 'pharmacist medication-therapy-management (MTM) comprehensive medication review summary for a patient: a "Recent labs (from your doctor)" line with dates and no ranges, medication list with doses, action plan', r'''
    Your Medication Review Summary - Walgreens Clinical Services - Completed 03/05/2025
    Prepared for: Harold Beecham   Pharmacist: L. Nguyen, PharmD, BCACP
    Recent labs (from your doctor, 02/20/2025): A1c 7.8%; serum creatinine 1.02 mg/dL; eGFR 71 mL/min/1.73m2;
    potassium 4.4 mmol/L; LDL 96 mg/dL.
    Your medications: metformin ER 1000 mg twice daily; semaglutide 0.5 mg weekly; atorvastatin 40 mg daily;
    lisinopril 20 mg daily.
    Action plan: 1) Check your blood sugar before breakfast 3 days a week. 2) Ask Dr. Kim about increasing
    semaglutide to 1 mg at your April visit.
''', [
    R('hemoglobin-a1c', '7.8', '%', ''),
    R('creatinine', '1.02', 'mg/dL', ''),
    R('egfr', '71', 'mL/min/1.73m2', ''),
    R('potassium', '4.4', 'mmol/L', ''),
    R('ldl-cholesterol', '96', 'mg/dL', ''),
], "range=none, every flag null; the semicolon list of recent labs is keyed with its printed units; medication doses and the action plan are not rows.")

case('US', 'en', 'record', 'Quest MyQuest "Lab History" CSV download: one row per observation with quoted fields, newest first, the same tests repeated for older dates (only the newest of each test keyed), a Flag field and a Reference Range field', r'''
    MyQuest_LabHistory_2025-03-06.csv
    "Date Collected","Test Name","Result","Units","Reference Range","Flag","Ordering Provider"
    "03/01/2025","ESTRADIOL","29","pg/mL","<=39","","DR A VANCE"
    "03/01/2025","TESTOSTERONE, TOTAL, MS","1,018","ng/dL","250-1100","","DR A VANCE"
    "03/01/2025","HEMATOCRIT","51.1","%","38.5-50.0","H","DR A VANCE"
    "03/01/2025","DHT (DIHYDROTESTOSTERONE)","94","ng/dL","30-85","H","DR A VANCE"
    "12/02/2024","ESTRADIOL","44","pg/mL","<=39","H","DR A VANCE"
    "12/02/2024","HEMATOCRIT","49.9","%","38.5-50.0","","DR A VANCE"
''', [
    R('estradiol', '29', 'pg/mL', '..39'),
    R('testosterone', '1018', 'ng/dL', '250..1100'),
    R('hematocrit', '51.1', '%', '38.5..50.0', 'high'),
    R('dihydrotestosterone', '94', 'ng/dL', '30..85', 'high'),
], "range=the Reference Range field ('<=b' and 'a-b' inclusive); Flag H keyed by meaning, empty computed; rows dated 12/02/2024 repeat tests with older values and are not rows; thousands comma in 1,018.")

case('US', 'en', 'record', 'Direct secure message (HISP) from a hospital to a PCP with a transition-of-care summary\'s "Results" section as text: LOINC codes in brackets after names, value+unit, "Ref:" range and "(H)" / "(L)"', r'''
    From: transitions@direct.mercyhealth.example   To: dr.ames@direct.lakesideprimary.example
    Subject: Transition of Care Summary - WOJCIK, HELENA - Discharged 03/04/2025
    Attachment: TOC_WOJCIK_20250304.xml (C-CDA R2.1) - human-readable section below
    RESULTS (last values during stay)
    Magnesium [19123-9]: 1.6 mg/dL  Ref: 1.7-2.2  (L)
    Troponin I, high sensitivity [89579-7]: 0.012 ng/mL  Ref: <0.034
    NT-proBNP [33762-6]: 1,860 pg/mL  Ref: <450  (H)
    Sodium [2951-2]: 134 mmol/L  Ref: 136-145  (L)
    INR [6301-6]: 1.1  Ref: 0.9-1.1
    This message contains protected health information. If received in error, notify the sender.
''', [
    R('magnesium', '1.6', 'mg/dL', '1.7..2.2', 'low'),
    R('troponin-i', '0.012', 'ng/mL', '..<0.034'),
    R('nt-probnp', '1860', 'pg/mL', '..<450', 'high'),
    R('sodium', '134', 'mmol/L', '136..145', 'low'),
    R('inr', '1.1', None, '0.9..1.1'),
], "range=the 'Ref:' range ('a-b' inclusive, '<b' strict); (H)/(L) keyed by meaning, others computed; INR 1.1 sits on the upper bound of 0.9-1.1 (inclusive, normal) and has no unit; the LOINC codes in brackets (e.g. 19123-9) are codes, not values; header and disclaimer are not rows.")

case('US', 'en', 'record', 'hospital HIM release-of-information cover letter for a records request: list of enclosed record types and page counts, fee, no result', r'''
    Health Information Management - Release of Information
    Baptist Health Medical Center, 9601 Baptist Health Dr, Little Rock AR 72205
    Date: 03/05/2025   Request #: ROI-25-118820   Requestor: Patient (self)
    Enclosed records for dates of service 01/01/2024 - 02/28/2025:
      Discharge summaries (2) ........... 9 pages
      Laboratory reports ................ 31 pages
      Radiology reports ................. 6 pages
    Total pages: 46   Fee: $6.50 (electronic delivery, flat fee per HIPAA guidance)
    Records were delivered to the patient portal as a password-protected PDF.
''', [], "range=none: a cover letter counting enclosed pages; no result.")

case('US', 'en', 'record', 'CMS Blue Button 2.0 (Medicare.gov claims data) summary: Part B claim lines with CPT/HCPCS codes for laboratory tests, billed and allowed amounts, no result values', r'''
    Medicare.gov - Blue Button Claims Data - Part B
    Beneficiary: CARLSON, RUTH M   MBI: 1EG4-TE5-MK72
    Claim 1012331874562  Date of service: 02/24/2025  Provider: LABCORP (NPI 1234567893)
      Line 1  HCPCS 80053  Comprehensive metabolic panel        Billed $68.00   Allowed $10.56   Paid $10.56
      Line 2  HCPCS 83036  Hemoglobin A1c                       Billed $45.00   Allowed $9.71    Paid $9.71
      Line 3  HCPCS 84443  Thyroid stimulating hormone          Billed $78.00   Allowed $16.80   Paid $16.80
      Line 4  HCPCS 80061  Lipid panel                          Billed $60.00   Allowed $13.39   Paid $13.39
    Claim status: Processed   Deductible applied: $0.00
''', [], "range=none: claims list codes and amounts for tests, never their results.")

# ---- family clinic: specialist monitoring a hormone and longevity clinic sees
case('US', 'en', 'clinic', 'gender-affirming hormone therapy (feminizing) monitoring print from an LGBTQ+ health center: lab reference ranges by sex assigned at birth in one column, the clinic\'s GAHT target in a second column, lab H/L flags, a spironolactone dose line', r'''
    Fenway Health - Gender-Affirming Hormone Therapy Monitoring - Results 03/04/2025
    Patient: Alexandra (Alex) Moreno   Pronouns: she/her   Regimen: estradiol valerate 5 mg IM weekly; spironolactone 100 mg BID
    Test                 Result   Flag   Units     Lab Ref (male)    GAHT target
    Estradiol            186      H      pg/mL     7.6-42.6          100-200
    Testosterone, Total  31       L      ng/dL     264-916           <50
    Potassium            4.9             mmol/L    3.5-5.3
    Creatinine           0.84            mg/dL     0.76-1.27
    Prolactin            24.8     H      ng/mL     4.0-15.2          <25
    ALT                  18              U/L       0-44
    Lab reference intervals are for the sex recorded by the laboratory; the GAHT target column is clinic guidance (Endocrine Society 2017).
''', [
    R('estradiol', '186', 'pg/mL', '7.6..42.6', 'high'),
    R('testosterone', '31', 'ng/dL', '264..916', 'low'),
    R('potassium', '4.9', 'mmol/L', '3.5..5.3'),
    R('creatinine', '0.84', 'mg/dL', '0.76..1.27'),
    R('prolactin', '24.8', 'ng/mL', '4.0..15.2', 'high'),
    R('alanine-aminotransferase', '18', 'U/L', '0..44'),
], "range=the 'Lab Ref (male)' column ('a-b' inclusive), the laboratory's range, printed with the lab's H/L flags; the GAHT target column is clinic guidance, not the reference range; flags keyed as printed, empty computed; regimen doses are not rows.")

case('US', 'en', 'clinic', 'gender-affirming hormone therapy (masculinizing) follow-up note: testosterone trough and CBC with ranges labelled "(male)" in parentheses, an erythrocytosis comment, the dose of testosterone cypionate', r'''
    Transgender Health Program - Follow-up Visit Labs - 03/05/2025
    Patient: Jordan Pike (he/him)   Testosterone cypionate 80 mg SC weekly, trough level (day 7)
    Total testosterone: 498 ng/dL (male 264 - 916)
    Estradiol: 38 pg/mL (male 7.6 - 42.6)
    LH: <0.3 mIU/mL (male 1.7 - 8.6) - suppressed, expected on therapy
    Hemoglobin: 17.4 g/dL (male 13.0 - 17.7)
    Hematocrit: 53.9 % (male 37.5 - 51.0) - HIGH
    LDL cholesterol: 128 mg/dL (0 - 99) - HIGH
    Comment: Hct above 53% on a male range; reduce dose to 60 mg weekly, encourage hydration, recheck in 8 weeks.
''', [
    R('testosterone', '498', 'ng/dL', '264..916'),
    R('estradiol', '38', 'pg/mL', '7.6..42.6'),
    R('luteinizing-hormone', '0.3', 'mIU/mL', '1.7..8.6', 'low', vt='<0.3'),
    R('hemoglobin', '17.4', 'g/dL', '13.0..17.7'),
    R('hematocrit', '53.9', '%', '37.5..51.0', 'high'),
    R('ldl-cholesterol', '128', 'mg/dL', '0..99', 'high'),
], "range=the parenthesised range with its '(male …)' label dropped (inclusive); '- HIGH' keyed high, others computed; LH '<0.3' is censored below the lower bound 1.7 and the printed 'suppressed' reads as low; the 53% action threshold and the doses are not rows or ranges.")

case('US', 'en', 'clinic', 'GLP-1 / medical weight-management clinic baseline-and-monitoring sheet: labs with ranges and H/L, lipase and amylase before tirzepatide titration, calcitonin (not in the catalog), weight and BMI lines that are not labs', r'''
    Summit Medical Weight Loss - GLP-1 Program - Labs at week 12 (03/03/2025)
    Patient: Carmen Delgado   Medication: tirzepatide 7.5 mg SC weekly (from 5 mg)   Weight 212.4 lb (-18.6 lb)  BMI 35.3
    TEST                 RESULT    FLAG   UNITS      REFERENCE
    Hemoglobin A1c       5.9       H      %          4.8-5.6
    Glucose, fasting     101       H      mg/dL      65-99
    Insulin, fasting     11.8             uIU/mL     2.6-24.9
    Lipase               58               U/L        13-60
    Amylase              71               U/L        21-101
    ALT                  24               U/L        0-32
    Calcitonin           <2.0             pg/mL      <=5.0
    TSH                  1.64             uIU/mL     0.450-4.500
    Next labs due at week 24. Hold dose escalation if lipase > 3x ULN or symptoms of pancreatitis.
''', [
    R('hemoglobin-a1c', '5.9', '%', '4.8..5.6', 'high'),
    R('glucose', '101', 'mg/dL', '65..99', 'high'),
    R('insulin', '11.8', 'uIU/mL', '2.6..24.9'),
    R('lipase', '58', 'U/L', '13..60'),
    R('amylase', '71', 'U/L', '21..101'),
    R('alanine-aminotransferase', '24', 'U/L', '0..32'),
    R('?Calcitonin', '2.0', 'pg/mL', '..5.0', 'normal', vt='<2.0'),
    R('thyroid-stimulating-hormone', '1.64', 'uIU/mL', '0.450..4.500'),
], "range=REFERENCE ('a-b' and '<=b' inclusive); FLAG H keyed high, empty computed; calcitonin is not in the catalog (`?`) and '<2.0' is censored, normal under '<=5.0'; weight, BMI, doses and the '3x ULN' hold rule are not rows.")

case('US', 'en', 'clinic', 'sports-medicine athlete panel (collegiate RED-S / overtraining screen) from a team physician: Test / Result / Range / Flag with athlete-specific ferritin target shown in a note, CK after training, AM cortisol and free T3', r'''
    University Sports Medicine - Athlete Health Screen - Women's Cross Country
    Athlete: #27 (K. Abernathy)   Sport: XC/Track   Draw: 03/04/2025 07:10 (rest day, fasted)
    Test                    Result     Units       Range            Flag
    Hemoglobin              12.2       g/dL        11.7-15.5
    Ferritin                19         ng/mL       16-154
    Iron Saturation         17         %           15-55
    Vitamin D, 25-OH        33.1       ng/mL       30.0-100.0
    Creatine Kinase         412        U/L         29-143           HIGH
    Cortisol, AM            24.6       ug/dL       4.0-22.0         HIGH
    Free T3                 2.1        pg/mL       2.3-4.2          LOW
    Estradiol               14         pg/mL       19-357           LOW
    Team physician note: ferritin below our athlete target of 35 ng/mL - start iron 65 mg elemental every other day.
''', [
    R('hemoglobin', '12.2', 'g/dL', '11.7..15.5'),
    R('ferritin', '19', 'ng/mL', '16..154'),
    R('transferrin-saturation', '17', '%', '15..55'),
    R('vitamin-d', '33.1', 'ng/mL', '30.0..100.0'),
    R('creatine-kinase', '412', 'U/L', '29..143', 'high'),
    R('cortisol', '24.6', 'ug/dL', '4.0..22.0', 'high'),
    R('free-t3', '2.1', 'pg/mL', '2.3..4.2', 'low'),
    R('estradiol', '14', 'pg/mL', '19..357', 'low'),
], "range=the Range column ('a-b' inclusive); HIGH/LOW keyed by meaning, empty computed (ferritin 19 is inside 16-154, normal, whatever the athlete target); the note's 'athlete target of 35 ng/mL' is not a range; the iron dose is not a row.")

case('UK', 'en', 'clinic', 'NHS renal clinic CKD monitoring print (Renal Patient View style): SI units, eGFR with a CKD stage, urine ACR in mg/mmol, PTH in pmol/L, bicarbonate, Hb in g/L, flags H/L after the bracketed range', r'''
    Renal Unit, Southmead Hospital - CKD Clinic Results - 04/03/2025
    Patient: Mr K. Adeyemi   Hosp No: S0771234   CKD G4 A2 (diabetic nephropathy)
    Creatinine        268 umol/L     [64 - 104]      H
    eGFR              21 mL/min/1.73m2  [>90]        L
    Urea              18.6 mmol/L    [2.5 - 7.8]     H
    Potassium         5.4 mmol/L     [3.5 - 5.3]     H
    Bicarbonate       19 mmol/L      [22 - 29]       L
    Phosphate         1.62 mmol/L    [0.80 - 1.50]   H
    Adjusted calcium  2.31 mmol/L    [2.20 - 2.60]
    PTH               28.4 pmol/L    [1.6 - 6.9]     H
    Haemoglobin       98 g/L         [130 - 180]     L
    Urine ACR         41.2 mg/mmol   [<3.0]          H
    Cystatin C        2.84 mg/L      [0.62 - 1.11]   H
    Plan: start sodium bicarbonate 500 mg TDS; refer to anaemia clinic; discuss RRT options at next visit.
''', [
    R('creatinine', '268', 'umol/L', '64..104', 'high'),
    R('egfr', '21', 'mL/min/1.73m2', '>90..', 'low'),
    R('urea', '18.6', 'mmol/L', '2.5..7.8', 'high'),
    R('potassium', '5.4', 'mmol/L', '3.5..5.3', 'high'),
    R('carbon-dioxide', '19', 'mmol/L', '22..29', 'low'),
    R('phosphorus', '1.62', 'mmol/L', '0.80..1.50', 'high'),
    R('calcium', '2.31', 'mmol/L', '2.20..2.60'),
    R('parathyroid-hormone', '28.4', 'pmol/L', '1.6..6.9', 'high'),
    R('hemoglobin', '98', 'g/L', '130..180', 'low'),
    R('microalbumin-creatinine-ratio', '41.2', 'mg/mmol', '..<3.0', 'high'),
    R('cystatin-c', '2.84', 'mg/L', '0.62..1.11', 'high'),
], "range=the bracketed '[a - b]' / '[>a]' / '[<b]' after the value and unit; H/L keyed by meaning, unflagged computed; SI converted with the keys' molar masses (creatinine, urea, phosphate as phosphorus, calcium, PTH 9425); bicarbonate is carbon-dioxide (catalog alias); ACR in mg/mmol gets no normalizedValue; 'CKD G4 A2' is a stage, not a row; the bicarbonate dose is not a row.")

case('US', 'en', 'clinic', 'endocrinology diabetes clinic visit labs: HbA1c printed as "% (mmol/mol)" dual values, fructosamine, C-peptide, urine microalbumin/creatinine ratio in mg/g, a CGM summary (time in range, GMI) that is not a lab result', r'''
    Joslin Diabetes Center - Adult Clinic - Visit 03/05/2025 - Labs drawn 02/28/2025
    Patient: Nora Fitzgerald   Type 1 diabetes since 2009   Pump: Tandem t:slim X2 with Control-IQ
    HbA1c                  7.4 % (57 mmol/mol)     ref 4.0-5.6 %       H
    Fructosamine           318 umol/L              ref 190-270         H
    C-peptide              <0.1 ng/mL              ref 0.8-3.5         L
    Microalbumin/Creat     12 mg/g                 ref 0-29
    TSH                    2.28 uIU/mL             ref 0.45-4.5
    LDL cholesterol        92 mg/dL                ref <100
    CGM (Dexcom G7, last 14 days): Time in range 62%, GMI 7.3%, CV 38.4%, mean glucose 167 mg/dL.
''', [
    R('hemoglobin-a1c', '7.4', '%', '4.0..5.6', 'high'),
    R('fructosamine', '318', 'umol/L', '190..270', 'high'),
    R('c-peptide', '0.1', 'ng/mL', '0.8..3.5', 'low', vt='<0.1'),
    R('microalbumin-creatinine-ratio', '12', 'mg/g', '0..29'),
    R('thyroid-stimulating-hormone', '2.28', 'uIU/mL', '0.45..4.5'),
    R('ldl-cholesterol', '92', 'mg/dL', '..<100'),
], "range=the 'ref' field ('a-b' inclusive, '<b' strict); H/L keyed by meaning, others computed; HbA1c is keyed in the first printed unit (%), the bracketed mmol/mol repeat is not a row (set 22's dual-unit rule); C-peptide '<0.1' is censored below 0.8 (low); the CGM summary (time in range, GMI, mean glucose) is device data, not a lab row.")

case('US', 'en', 'clinic', 'anticoagulation clinic (warfarin) visit record: INR history table with several dates (newest first), today\'s point-of-care INR keyed, weekly dose plan, goal range in the header, a CBC from the lab', r'''
    Anticoagulation Clinic - Intermountain Health - Visit 03/06/2025
    Patient: Walter Brandt   Indication: mechanical mitral valve   INR goal: 2.5 - 3.5   Warfarin 5 mg tablets
    Date         INR (POC)   Weekly dose   Bleeding/bruising   Plan
    03/06/2025   2.3         40 mg         none                increase to 42.5 mg/week
    02/20/2025   2.6         40 mg         none                no change
    02/06/2025   3.1         40 mg         none                no change
    Lab CBC 03/04/2025: Hemoglobin 14.6 g/dL (13.5-17.5); Platelets 188 K/uL (150-400)
    Next INR: 03/20/2025. Patient counselled on vitamin K intake consistency.
''', [
    R('inr', '2.3', None, '2.5..3.5'),
    R('hemoglobin', '14.6', 'g/dL', '13.5..17.5'),
    R('platelet-count', '188', 'K/uL', '150..400'),
], "range=the header's 'INR goal: 2.5 - 3.5' is the INR's range (inclusive), flag computed low; the history table lists the newest date first, so only 03/06/2025 is keyed, older INRs are previous results; INR has no unit; the CBC's bracketed ranges are inclusive; weekly doses are not rows.")

case('US', 'en', 'clinic', 'oncology infusion-center day-1 CBC before chemotherapy: lab table with ranges and flags, then a "Treatment parameters" block (ANC >= 1.5, Plt >= 100) that is a go/no-go rule, not a range, and a nurse sign-off', r'''
    Dana-Farber Cancer Institute - Infusion Pre-Treatment Labs - C4D1 FOLFOX - 03/05/2025 07:45
    Patient: Beatrice Olsen   MRN: 5587-221   Regimen: FOLFOX q14d (oxaliplatin 85 mg/m2)
    WBC                    3.1     L    K/uL      4.0-10.0
    Neutrophils, Absolute  1.62         K/uL      1.50-7.50
    Hemoglobin             10.4    L    g/dL      12.0-16.0
    Platelets              96      L    K/uL      150-400
    Creatinine             0.71         mg/dL     0.50-1.10
    Bilirubin, Total       0.6          mg/dL     0.2-1.2
    Treatment parameters: ANC >= 1.5 and Plt >= 100 required -> platelets below parameter; MD notified.
    Plan per Dr. Ishikawa: hold oxaliplatin today, 5-FU at 80% dose. RN: S. Costa
''', [
    R('white-blood-cell-count', '3.1', 'K/uL', '4.0..10.0', 'low'),
    R('neutrophils-absolute', '1.62', 'K/uL', '1.50..7.50'),
    R('hemoglobin', '10.4', 'g/dL', '12.0..16.0', 'low'),
    R('platelet-count', '96', 'K/uL', '150..400', 'low'),
    R('creatinine', '0.71', 'mg/dL', '0.50..1.10'),
    R('total-bilirubin', '0.6', 'mg/dL', '0.2..1.2'),
], "range=the last column ('a-b' inclusive); L keyed low, empty computed; the 'Treatment parameters' thresholds (ANC >= 1.5, Plt >= 100) are a treatment rule, not reference ranges; the cycle, doses and 80% are not rows.")

case('US', 'en', 'clinic', 'thyroid clinic (Hashimoto\'s on levothyroxine + liothyronine) result table with antibody titres, reverse T3 and the dose history at the bottom, the reference column labelled "Lab range"', r'''
    Thyroid & Metabolic Clinic of Austin - Thyroid Follow-up - Labs 03/03/2025 (morning dose held until after the draw)
    Patient: Renee Calloway   Dx: Hashimoto's thyroiditis   Current: levothyroxine 100 mcg + liothyronine 5 mcg daily
    Marker                     Result      Units       Lab range          Flag
    TSH                        0.08        uIU/mL      0.45-4.50          Low
    Free T4                    1.41        ng/dL       0.82-1.77
    Free T3                    3.6         pg/mL       2.0-4.4
    Reverse T3                 12.1        ng/dL       9.2-24.1
    TPO Antibodies             318         IU/mL       0-34               High
    Thyroglobulin Antibody     4.2         IU/mL       0.0-0.9            High
    Dose history: 11/2024 levothyroxine 112 mcg; 01/2025 changed to 100 mcg + LT3 5 mcg.
''', [
    R('thyroid-stimulating-hormone', '0.08', 'uIU/mL', '0.45..4.50', 'low'),
    R('free-t4', '1.41', 'ng/dL', '0.82..1.77'),
    R('free-t3', '3.6', 'pg/mL', '2.0..4.4'),
    R('reverse-t3', '12.1', 'ng/dL', '9.2..24.1'),
    R('thyroid-peroxidase-antibody', '318', 'IU/mL', '0..34', 'high'),
    R('thyroglobulin-antibody', '4.2', 'IU/mL', '0.0..0.9', 'high'),
], "range=the 'Lab range' column ('a-b' inclusive); Flag words Low/High keyed by meaning, empty computed; TPO antibody in IU/mL gets no normalizedValue, thyroglobulin antibody IU/mL = [IU]/mL does (sets 26's rule); the dose history and the doses are not rows.")

case('UK', 'en', 'clinic', 'private perimenopause clinic results table (SI units): FSH and LH in IU/L, oestradiol in pmol/L, progesterone in nmol/L with a "(luteal)" label, testosterone and SHBG, AMH in pmol/L, FAI (not in the catalog), a "cycle day 21" line', r'''
    The Women's Health Clinic, Harley Street - Perimenopause Assessment - Bloods 03/03/2025 (cycle day 21)
    Patient: Ms Fiona Marchetti, 46
    Test                  Result     Units      Range                         Flag
    FSH                   28.4       IU/L       3.5 - 12.5 (follicular)       H
    LH                    19.6       IU/L       2.4 - 12.6 (follicular)       H
    Oestradiol            162        pmol/L     114 - 332 (luteal)
    Progesterone          4.1        nmol/L     5.8 - 75.9 (luteal)           L
    Testosterone          0.62       nmol/L     0.29 - 1.67
    SHBG                  71         nmol/L     32.4 - 128
    Free Androgen Index   0.9                   0.3 - 5.6
    AMH                   1.8        pmol/L     0.7 - 28.0
    Interpretation: consistent with the menopause transition; discuss HRT options (transdermal oestradiol + micronised progesterone).
''', [
    R('follicle-stimulating-hormone', '28.4', 'IU/L', '3.5..12.5', 'high'),
    R('luteinizing-hormone', '19.6', 'IU/L', '2.4..12.6', 'high'),
    R('estradiol', '162', 'pmol/L', '114..332'),
    R('progesterone', '4.1', 'nmol/L', '5.8..75.9', 'low'),
    R('testosterone', '0.62', 'nmol/L', '0.29..1.67'),
    R('shbg', '71', 'nmol/L', '32.4..128'),
    R('?Free Androgen Index', '0.9', None, '0.3..5.6'),
    R('anti-mullerian-hormone', '1.8', 'pmol/L', '0.7..28.0'),
], "range=the Range column with its phase label dropped ('(follicular)', '(luteal)'; inclusive); H/L keyed by meaning, empty computed; IU/L = m[IU]/mL; oestradiol pmol/L, progesterone and testosterone nmol/L, AMH pmol/L converted by the keys' molar masses; FAI is not in the catalog (`?`, no unit); 'cycle day 21' and the age are not rows.")

case('UK', 'en', 'clinic', 'UK TRT clinic monitoring results (Balance My Hormones-style): trough bloods on day 7 of injections, haematocrit in L/L, PSA in ug/L, oestradiol in pmol/L, calculated free testosterone in pmol/L, a "Previous" column never keyed', r'''
    TRT Monitoring - Trough bloods (day 7, pre-injection) - Sample 04/03/2025
    Patient: Mr G. Whitlow   Protocol: testosterone enanthate 125 mg weekly
    Test                      Result       Previous (12/2024)    Units       Range
    Total testosterone        24.6         31.2                  nmol/L      8.6 - 29.0
    Free testosterone (calc)  486          702                   pmol/L      198 - 619
    SHBG                      33           29                    nmol/L      18.3 - 54.1
    Oestradiol                128          171                   pmol/L      41 - 159
    Haematocrit               0.52         0.55                  L/L         0.40 - 0.50
    Haemoglobin               171          178                   g/L         130 - 170
    PSA                       1.1          1.0                   ug/L        0.0 - 4.0
    Comment: haematocrit improved after dose reduction but still above range; continue current dose and donate blood.
''', [
    R('testosterone', '24.6', 'nmol/L', '8.6..29.0'),
    R('testosterone-free', '486', 'pmol/L', '198..619'),
    R('shbg', '33', 'nmol/L', '18.3..54.1'),
    R('estradiol', '128', 'pmol/L', '41..159'),
    R('hematocrit', '0.52', 'L/L', '0.40..0.50'),
    R('hemoglobin', '171', 'g/L', '130..170'),
    R('prostate-specific-antigen', '1.1', 'ug/L', '0.0..4.0'),
], "range=the Range column ('a - b' inclusive); no flag printed, all computed (haematocrit and haemoglobin high); the 'Previous (12/2024)' column is never keyed; testosterone nmol/L and free testosterone pmol/L converted by molar mass 288.42 (free testosterone to pg/mL), oestradiol pmol/L, Hct L/L ×100 → %, Hb g/L → g/dL, PSA ug/L = ng/mL; the dose is not a row.")

case('US', 'en', 'clinic', 'peptide / compounding clinic follow-up note (growth-hormone secretagogue protocol): IGF-1 with an age-labelled range and z-score, IGFBP-3, fasting glucose and insulin, prolactin and cortisol, peptide doses and cycle days that are not rows', r'''
    Apex Regenerative & Peptide Clinic - 12-week follow-up - 03/05/2025
    Patient: Marcus Hale, 52 M   Protocol: CJC-1295 (no DAC) 100 mcg + ipamorelin 100 mcg SC nightly, 5 days on / 2 off; BPC-157 250 mcg daily
    Labs (Quest, 03/03/2025, fasting):
      IGF-1, LC/MS ............ 318 ng/mL   (age 51-55: 53-242)   H   Z-score +2.4
      IGFBP-3 ................. 5.8 mg/L    (3.4-6.9)
      Glucose, fasting ........ 104 mg/dL   (65-99)   H
      Insulin, fasting ........ 9.1 uIU/mL  (<=18.4)
      Prolactin ............... 13.2 ng/mL  (2.0-18.0)
      Cortisol, AM ............ 15.8 mcg/dL (4.0-22.0)
    Assessment: IGF-1 above age range on protocol; reduce to 5 nights per fortnight and recheck in 8 weeks.
''', [
    R('somatomedin-c', '318', 'ng/mL', '53..242', 'high'),
    R('igfbp-3', '5.8', 'mg/L', '3.4..6.9'),
    R('glucose', '104', 'mg/dL', '65..99', 'high'),
    R('insulin', '9.1', 'uIU/mL', '..18.4'),
    R('prolactin', '13.2', 'ng/mL', '2.0..18.0'),
    R('cortisol', '15.8', 'mcg/dL', '4.0..22.0'),
], "range=the parenthesised range after the unit, the 'age 51-55:' label dropped ('a-b' and '<=b' inclusive); H keyed high, others computed; the IGF-1 Z-score is not a row; peptide doses, 5 days on / 2 off and the 8 weeks are not rows; mcg/dL = ug/dL.")

case('US', 'en', 'clinic', 'longevity / executive-health clinic "Healthspan panel" results page: marker, result, lab range and an "optimal" column from the clinic, status words tied to the lab range, ApoB, Lp(a), hs-CRP, homocysteine, omega-3 index, HOMA-IR', r'''
    HEALTHSPAN PANEL - Fountain Life (Naples, FL) - Member: T. Hargreaves - Collected 02/26/2025
    Marker                  Result          Lab range          Optimal (clinic)     Status
    ApoB                    94 mg/dL        <90                <60                  Above range
    Lipoprotein(a)          38 nmol/L       <75                <30                  In range
    hs-CRP                  0.6 mg/L        0.0-3.0            <0.5                 In range
    Homocysteine            11.2 umol/L     0.0-14.5           <8                   In range
    Omega-3 Index           6.4 %           >=8.0              >=8.0                Below range
    HbA1c                   5.4 %           4.8-5.6            <5.3                 In range
    Fasting insulin         6.2 uIU/mL      2.6-24.9           <5                   In range
    HOMA-IR                 1.41            <2.5               <1.0                 In range
    Status compares your result with the laboratory range. Optimal targets are clinic guidance only.
''', [
    R('apolipoprotein-b', '94', 'mg/dL', '..<90', 'high'),
    R('lipoprotein-a', '38', 'nmol/L', '..<75', 'normal'),
    R('hs-crp', '0.6', 'mg/L', '0.0..3.0', 'normal'),
    R('homocysteine', '11.2', 'umol/L', '0.0..14.5', 'normal'),
    R('omega-3-index', '6.4', '%', '8.0..', 'low'),
    R('hemoglobin-a1c', '5.4', '%', '4.8..5.6', 'normal'),
    R('insulin', '6.2', 'uIU/mL', '2.6..24.9', 'normal'),
    R('homa-ir', '1.41', None, '..<2.5', 'normal'),
], "range=the 'Lab range' column ('<b' strict, 'a-b' and '>=a' inclusive); the 'Optimal (clinic)' column is clinic guidance, not a range; Status words (Above range / Below range / In range) are tied to the lab range by the footer and keyed high/low/normal; HOMA-IR has no unit.")

case('US', 'en', 'clinic', 'women\'s BHRT (bioidentical hormone) clinic follow-up on compounded pellets/troche: results with labelled postmenopausal/female ranges, an "(expected on therapy)" remark after a HIGH, progesterone in ng/mL, DHEA-S, pregnenolone, free testosterone', r'''
    Bloom Hormone Wellness - BHRT Follow-up Labs - 03/04/2025
    Patient: Deborah Kline, 57 F, postmenopausal   Therapy: estradiol/testosterone pellets (inserted 01/15/2025); progesterone troche 100 mg qhs
    Estradiol ............... 96 pg/mL      Postmenopausal: <=31        HIGH (expected on therapy)
    Progesterone ............ 2.8 ng/mL     Postmenopausal: <=0.2       HIGH
    Testosterone, Total ..... 142 ng/dL     Female: 2-45                HIGH
    Free Testosterone ....... 14.6 pg/mL    Female: 0.2-5.0             HIGH
    DHEA-Sulfate ............ 88 ug/dL      Female 50-59: 20-186
    Pregnenolone, LC/MS ..... 41 ng/dL      22-237
    FSH ..................... 22.8 mIU/mL   Postmenopausal: 25.8-134.8  LOW
    Next pellet insertion planned around 04/15/2025; repeat labs 4 weeks after.
''', [
    R('estradiol', '96', 'pg/mL', '..31', 'high'),
    R('progesterone', '2.8', 'ng/mL', '..0.2', 'high'),
    R('testosterone', '142', 'ng/dL', '2..45', 'high'),
    R('testosterone-free', '14.6', 'pg/mL', '0.2..5.0', 'high'),
    R('dhea-sulfate', '88', 'ug/dL', '20..186'),
    R('pregnenolone', '41', 'ng/dL', '22..237'),
    R('follicle-stimulating-hormone', '22.8', 'mIU/mL', '25.8..134.8', 'low'),
], "range=the range after the unit with its label dropped ('Postmenopausal:', 'Female:', 'Female 50-59:'; '<=b' and 'a-b' inclusive); HIGH/LOW keyed by meaning (the '(expected on therapy)' remark does not change the direction), empty computed; pellet and troche doses and dates are not rows.")

case('US', 'en', 'clinic', 'GLP-1 weight-management clinic dose-titration schedule handed to a patient: weekly doses, weigh-in log, side-effect tips, no lab value', r'''
    Summit Medical Weight Loss - Your Semaglutide Titration Plan
    Weeks 1-4: 0.25 mg once weekly   Weeks 5-8: 0.5 mg   Weeks 9-12: 1.0 mg   Weeks 13-16: 1.7 mg   Week 17+: 2.4 mg
    Weigh-ins: 01/06 231.0 lb   01/20 226.4 lb   02/03 222.8 lb   02/17 219.6 lb   03/03 216.2 lb
    Tips: eat slowly, stop at 80% full, 25-30 g protein per meal, 64 oz water daily.
    Call us if you have severe abdominal pain, persistent vomiting, or no bowel movement for 3 days.
    Labs due at week 24 (A1c, CMP, lipid panel). Clinic line: (555) 014-2290
''', [], "range=none: a titration schedule and weigh-in log; the labs listed are only due.")

case('US', 'en', 'clinic', 'gender-affirming care clinic portal reminder that monitoring bloods are due: which tests, timing relative to the injection, lab location hours, no result', r'''
    MyChart message from Transgender Health Program                     03/05/2025 9:02 AM
    Hi Sam, it's time for your 3-month hormone monitoring labs. Orders are in for: testosterone (total),
    estradiol, CBC (hemoglobin/hematocrit), lipid panel and comprehensive metabolic panel.
    Please have them drawn at the MIDPOINT between injections (day 3-4 if you inject weekly).
    Lab hours: Mon-Fri 7:00-17:30, Sat 8:00-12:00, Building C, 2nd floor. No fasting needed unless you can.
    Reply to this message or call 555-0164 with questions.
''', [], "range=none: a reminder listing ordered tests and timing; no result.")


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
