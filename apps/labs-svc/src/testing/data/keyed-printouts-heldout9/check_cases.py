#!/usr/bin/env python3
"""Checks for review46/keyed.tsv (keyed set 30, ids S001..S060); set 29's checker, adapted.

Part 1 reads only keyed.tsv and the catalog (structure, keys, flags, units, ranges).
Part 2 imports the data held in gen_cases.py (raw printed value and unit of every row) and
  - regenerates the expected column and compares it with the TSV,
  - checks that every raw value and every range bound occurs as a number in the snippet,
  - recomputes every normalizedValue with an independent unit parser,
  - recomputes every flag from the raw value and the range.
"""
import csv, importlib.util, math, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
# While written in /work/notes/review46 this points at the repository's catalog by an absolute path; once the set is
# moved into the repository beside ../keyed-printouts, set it to '../keyed-printouts/catalog-keys.tsv' (resolved
# against this script's folder). The environment variable KEYED_CATALOG overrides it.
CATALOG_PATH = '../keyed-printouts/catalog-keys.tsv'
CATALOG = os.environ.get('KEYED_CATALOG') or os.path.join(HERE, CATALOG_PATH)
FLAGS = {'high', 'low', 'critical-high', 'critical-low', 'abnormal', 'normal', 'null'}
errors = []


def err(msg):
    errors.append(msg)


cat = {}
with open(CATALOG, encoding='utf-8') as f:
    rd = csv.reader(f, delimiter='\t')
    next(rd)
    for r in rd:
        cat[r[0]] = (r[1], float(r[3]) if r[3] else None)

# ------------------------------------------------------------------ part 1: the TSV alone
with open(os.path.join(HERE, 'keyed.tsv'), encoding='utf-8', newline='') as f:
    raw = f.read()
lines = raw.split('\n')
if lines[-1] == '':
    lines.pop()
if lines[0] != 'id\tline\texpected\twhy':
    err('bad header')
tsv = []
for n, ln in enumerate(lines[1:], 1):
    parts = ln.split('\t')
    if len(parts) != 4:
        err('line %d: %d columns' % (n, len(parts)))
        continue
    tsv.append(parts)
ids = [p[0] for p in tsv]
if ids != ['S%03d' % i for i in range(1, 61)]:
    err('ids are not S001..S060')

NUM = r'\d+(?:\.\d+)?'
RANGE_RE = re.compile(r'^(|text|%s\.\.%s|\.\.%s|%s\.\.)$' % (NUM, NUM, NUM, NUM))
stats = Counter()
flags = Counter()
rtypes = Counter()
for cid, line, expected, why in tsv:
    if not why.startswith('range='):
        err(cid + ': why does not start with range=')
    if '\\n' not in line:
        err(cid + ': single-line snippet')
    if expected == '-':
        stats['nores'] += 1
        continue
    for row in expected.split(' ;; '):
        f6 = row.split('|')
        if len(f6) != 6:
            err('%s: row has %d fields: %s' % (cid, len(f6), row))
            continue
        key, vt, flag, nv, nu, rng = f6
        stats['rows'] += 1
        flags[flag] += 1
        rtypes['none' if rng == '' else 'text' if rng == 'text' else
               'a..b' if re.match(NUM + r'\.\.' + NUM + '$', rng) else '..b' if rng.startswith('..') else 'a..'] += 1
        if key.startswith('?'):
            stats['?'] += 1
            if nv or nu:
                err('%s: ? key with a normalized value' % cid)
        elif key not in cat:
            err('%s: unknown key %s' % (cid, key))
        if flag not in FLAGS:
            err('%s: bad flag %s' % (cid, flag))
        if bool(nv) != bool(nu):
            err('%s: normalizedValue/normalizedUnit mismatch in %s' % (cid, row))
        if nu and key in cat and nu != cat[key][0]:
            err('%s: unit %s is not the catalog unit %s' % (cid, nu, cat[key][0]))
        if nv:
            digits = nv.replace('.', '').lstrip('0')
            if '.' in nv:
                if len(digits) > 3:
                    err('%s: more than 3 significant figures: %s' % (cid, nv))
            elif len(digits.rstrip('0')) > 3:
                err('%s: more than 3 significant figures: %s' % (cid, nv))
        else:
            stats['empty-nv'] += 1
        if not RANGE_RE.match(rng):
            err('%s: bad range syntax %r' % (cid, rng))
        if vt:
            if vt[0] in '<>':
                stats['censored'] += 1
                if not re.match(r'^[<>]' + NUM + '$', vt):
                    err('%s: bad censored valueText %r' % (cid, vt))
            else:
                stats['qualitative'] += 1
                if vt not in line:
                    err('%s: qualitative text %r not in snippet' % (cid, vt))
        numeric_range = rng not in ('', 'text')
        if flag == 'null' and numeric_range:
            err('%s: null flag with numeric range (%s)' % (cid, key))
        if not numeric_range and not vt and flag not in ('null', 'high', 'low', 'critical-high', 'critical-low', 'abnormal'):
            err('%s: %s flag without a numeric range and no printed flag expected' % (cid, flag))

# ------------------------------------------------------------------ part 2: against the generator's data
spec = importlib.util.spec_from_file_location('gen_cases', os.path.join(HERE, 'gen_cases.py'))
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)
if len(gen.CASES) != len(tsv):
    err('generator holds %d cases, TSV %d' % (len(gen.CASES), len(tsv)))


def numbers_in(text):
    """every reading of every number token: decimal comma or point, thousands separators"""
    out = set()
    for tok in re.findall(r'(?<![\d.,])\.\d+', text):   # no leading zero: '.85' is 0.85
        out.add(round(float('0' + tok), 9))
    for tok in re.findall(r'\d+(?:[.,]\d+)*', text):
        cands = {tok.replace(',', '.'), tok.replace(',', ''), tok.replace('.', ''),
                 tok.replace('.', '').replace(',', '.')}
        cands |= set(tok.split(','))        # comma-delimited CSV fields ('2.6,24.9')
        for c in cands:
            try:
                out.add(round(float(c), 9))
            except ValueError:
                pass
    return out


# independent unit parser: amount[/volume] with SI prefixes
PREF = {'': 1, 'k': 1e3, 'd': 1e-1, 'c': 1e-2, 'm': 1e-3, 'u': 1e-6, 'n': 1e-9, 'p': 1e-12, 'f': 1e-15}


# whole-unit Cyrillic spellings (looked up as a whole, unlike the generator's substring replacement)
CYRILLIC = {'ммоль/л': 'mmol/L', 'мкмоль/л': 'umol/L', 'нмоль/л': 'nmol/L', 'пмоль/л': 'pmol/L',
            'нг/мл': 'ng/mL', 'пг/мл': 'pg/mL', 'Од/л': 'U/L', 'Ед/л': 'U/L', 'мМЕ/л': 'mIU/L',
            'мкМЕ/мл': 'uIU/mL', 'г/л': 'g/L', 'мкмоль/л': 'umol/L', '×10^9/л': 'x10^9/L', '×10^12/л': 'x10^12/L', 'мм/ч': 'mm/h',
            'нг/мл': 'ng/mL',
            'МЕ/мл': 'IU/mL'}   # set 29: Kyrgyz/Russian IU per millilitre


# set 25: OCR spellings of units, looked up as whole units (a reader takes them for the unit beside them)
OCR_UNITS = {'mmo1/L': 'mmol/L', 'umo1/L': 'umol/L', 'nmo1/L': 'nmol/L', 'pmo1/L': 'pmol/L', 'mlU/mL': 'mIU/mL',
             'mlU/L': 'mIU/L', 'ng/mI': 'ng/mL'}


def parse_unit(u):
    u = CYRILLIC.get(u, u)
    u = OCR_UNITS.get(u, u)
    u = u.replace('\\S\\', '^')          # HL7 escape of '^' (x10\S\9/L)
    s = (u.replace('µ', 'u').replace('μ', 'u').replace(' ', '').replace('²', '2').replace('³', '3')
         .replace(',', '.').replace('×', 'x').replace('mcg', 'ug'))
    special = {  # counts per microlitre: thousands ('k/uL'); millions are 1000 thousands
        'K/uL': ('k/uL', 1), 'Tsd/ul': ('k/uL', 1), 'tys/ul': ('k/uL', 1), 'G/l': ('k/uL', 1), '10^9/L': ('k/uL', 1),
        'x10^9/L': ('k/uL', 1), 'x10*9/l': ('k/uL', 1), 'mil/mm3': ('k/uL', 1), '/ul': ('k/uL', 1e-3),
        '/uL': ('k/uL', 1e-3), '/mm3': ('k/uL', 1e-3), 'E9/l': ('k/uL', 1), 'x10E3/uL': ('k/uL', 1),
        'cells/uL': ('k/uL', 1e-3), '10*3/uL': ('k/uL', 1), '10^3/uL': ('k/uL', 1), 'x10^4/uL': ('k/uL', 10),
        'M/uL': ('k/uL', 1e3), 'Mio/ul': ('k/uL', 1e3), 'mln/ul': ('k/uL', 1e3), 'T/l': ('k/uL', 1e3),
        'x10^12/L': ('k/uL', 1e3), '10^12/L': ('k/uL', 1e3), '10*6/uL': ('k/uL', 1e3), '10^6/uL': ('k/uL', 1e3),
        '%': ('pct', 1), 'L/L': ('pct', 100), 'l/l': ('pct', 100), 'fL': ('fl', 1), 'fl': ('fl', 1), 'pg': ('pgcell', 1),
        'mL/min/1.73m2': ('gfr', 1), 'ml/min/1.73m2': ('gfr', 1), 'mL/min/{1.73_m2}': ('gfr', 1),
        'ml/s/1.73m2': ('gfr', 60), 'mg/g': ('acr', 1), 'mg/gCreatinine': ('acr', 1),
        'Units/L': ('U/L', 1), 'ukat/l': ('U/L', 60),
        'gm%': ('g/L', 10), 'IE/L': ('IU/L', 1), 'mIE/L': ('IU/L', 1e-3),
        'mm/h': ('mm/h', 1), 'mm/jam': ('mm/h', 1), 's': ('s', 1), 'sec': ('s', 1),
        # set 24
        'K/cmm': ('k/uL', 1), 'M/cmm': ('k/uL', 1e3), 'cells/cumm': ('k/uL', 1e-3), 'x10E9/L': ('k/uL', 1),
        'x10E6/uL': ('k/uL', 1e3), '10^9/L': ('k/uL', 1), '10^3/uL': ('k/uL', 1),
        # set 25
        'Thousand/uL': ('k/uL', 1), 'Million/uL': ('k/uL', 1e3), 'mIE/L': ('IU/L', 1e-3),
        # set 26: device units (mmHg is the catalog's mm[Hg]; %PCV is i-STAT's hematocrit percent)
        'mmHg': ('mmHg', 1), 'mm[Hg]': ('mmHg', 1), '%PCV': ('pct', 1),
        # set 27: a thousands-per-microlitre spelling of a pharmacy note
        'x10^3/uL': ('k/uL', 1),
        'MG/DL': ('g/L', 1e-2), 'MMOL/L': ('mol/L', 1e-3),   # capitals of an old dot-matrix print
        # set 28: lower-case exponent counts, French capital G/L and T/L, Uzbek mm/soat, Azerbaijani mkmol/l,
        # and milliequivalents (used only for monovalent ions, where 1 mEq = 1 mmol)
        '10^9/l': ('k/uL', 1), '10^12/l': ('k/uL', 1e3), 'G/L': ('k/uL', 1), 'T/L': ('k/uL', 1e3),
        'mm/soat': ('mm/h', 1), 'mkmol/l': ('mol/L', 1e-6), 'mEq/L': ('mol/L', 1e-3), '/cumm': ('k/uL', 1e-3),
        # set 29: SystmOne's 10*9/L, Telepath's capital UMOL/L, x10^6/uL, mm/hr, superscripts flattened by a PDF copy
        # (x109/L, x1012/L), Edge-translated Polish count units, and units spelled out in words
        '10*9/L': ('k/uL', 1), 'UMOL/L': ('mol/L', 1e-6), 'x10^6/uL': ('k/uL', 1e3), 'mm/hr': ('mm/h', 1),
        'x109/L': ('k/uL', 1), 'x1012/L': ('k/uL', 1e3), 'thousand/ul': ('k/uL', 1), 'million/ul': ('k/uL', 1e3),
        'millimolesperlitre': ('mol/L', 1e-3), 'micromolesperlitre': ('mol/L', 1e-6), 'gramsperlitre': ('g/L', 1),
        'percent': ('pct', 1),
    }
    if s in special:
        return special[s]
    m = re.match(r'^([kmunp]?)(mol|g|\[IU\]|IU|UI|U)/([dmu]?)([Ll])$', s)
    if not m:
        return None
    p1, base, p2, _ = m.groups()
    factor = PREF[p1] / PREF[p2]
    b = base.lower()
    if b in ('iu', '[iu]', 'ui'):
        dim = 'IU/L'
    elif b == 'u':
        dim = 'U/L'
    elif b == 'g':
        dim = 'g/L'
    else:
        dim = 'mol/L'
    return dim, factor


def independent_nv(key, val, unit):
    if key.startswith('?') or val is None or unit is None:
        return None
    ucum, mm = cat[key]
    pu = parse_unit(unit)
    tu = parse_unit(ucum)
    if pu is None or tu is None:
        return None
    (pd, pf), (td, tf) = pu, tu
    if pd == td:
        return val * pf / tf
    if pd == 'mol/L' and td == 'g/L' and mm:
        return val * pf * mm / tf
    return None


def same_sig3(a, b):
    if a == 0:
        return b == 0
    e = math.floor(math.log10(abs(a)))
    return abs(a - b) <= 0.5 * 10 ** (e - 2) + 1e-12


for (cid, line, expected, why), c in zip(tsv, gen.CASES):
    snippet = line.replace('\\n', '\n')
    nums = numbers_in(snippet)
    regen = ' ;; '.join(gen.key_row(cid, r)[0] for r in c['rows']) if c['rows'] else '-'
    if regen != expected:
        err('%s: TSV expected differs from the generator data' % cid)
    rows = expected.split(' ;; ') if expected != '-' else []
    for r, row in zip(c['rows'], rows):
        key, vt, flag, nv, nu, rng = row.split('|')
        if r['val'] is not None and round(float(r['val']), 9) not in nums:
            err('%s: value %s of %s not found in snippet' % (cid, r['val'], key))
        for b in re.findall(NUM, rng):
            if round(float(b), 9) not in nums:
                err('%s: range bound %s of %s not found in snippet' % (cid, b, key))
        if r['unit'] is not None and r['unit'] not in snippet:
            err('%s: unit %r of %s not found in snippet' % (cid, r['unit'], key))
        ind = independent_nv(key, None if r['val'] is None else float(r['val']), r['unit'])
        if (ind is None) != (nv == ''):
            err('%s: independent conversion disagrees on convertibility for %s (%s): %r vs %r' % (cid, key, r['unit'], ind, nv))
        elif ind is not None and not same_sig3(ind, float(nv)):
            err('%s: independent conversion %s vs keyed %s for %s' % (cid, ind, nv, key))
        # flag against range, using the raw value
        m = re.match(r'^(%s)?\.\.(%s)?$' % (NUM, NUM), rng)
        if m and r['val'] is not None:
            lo = float(m.group(1)) if m.group(1) else None
            hi = float(m.group(2)) if m.group(2) else None
            los = r['rng'].startswith('>')
            his = '..<' in r['rng']
            v = float(r['val'])
            if vt and vt[0] == '<':
                below = lo is not None and lo > 0 and v <= lo
                above = False
                inside = (lo is None or lo <= 0) and (hi is None or v <= hi)
            elif vt and vt[0] == '>':
                above = hi is not None and v >= hi
                below = False
                inside = hi is None and (lo is None or v >= lo)
            else:
                below = lo is not None and (v < lo or (los and v == lo))
                above = hi is not None and (v > hi or (his and v == hi))
                inside = not below and not above
            want = {'high': above, 'critical-high': above, 'low': below, 'critical-low': below,
                    'normal': inside, 'abnormal': not inside, 'null': False}[flag]
            if not want:
                err('%s: flag %s inconsistent with %s for %s %s' % (cid, flag, rng, key, r['val']))

# ------------------------------------------------------------------ report
n = len(tsv)
print('snippets %d  result snippets %d  no-result %d  rows %d' % (n, n - stats['nores'], stats['nores'], stats['rows']))
print('flags: ' + ', '.join('%s %d' % kv for kv in flags.most_common()))
print('ranges: ' + ', '.join('%s %d' % kv for kv in rtypes.most_common()))
print('censored %d  qualitative %d  ?-keys %d  empty normalizedValue %d' % (
    stats['censored'], stats['qualitative'], stats['?'], stats['empty-nv']))
langs = Counter(c['lang'] for c in gen.CASES)
print('languages: ' + ', '.join('%s %d' % kv for kv in langs.most_common()))
fams = Counter(c['family'] for c in gen.CASES)
print('layout families: ' + ', '.join('%s %d' % kv for kv in fams.most_common()))
nores_fam = Counter(c['family'] for c in gen.CASES if not c['rows'])
print('no-result by family: ' + ', '.join('%s %d' % kv for kv in nores_fam.most_common()))
countries = Counter(c['country'] for c in gen.CASES)
print('countries: ' + ', '.join('%s %d' % kv for kv in countries.most_common()))
if errors:
    print('\n'.join(errors))
    print('%d ERRORS' % len(errors))
    sys.exit(1)
print('ALL CHECKS PASSED')
