#!/usr/bin/env python3
"""Independent-ish checks of cases.tsv (reads the TSV; uses gen_cases only for the raw printed values)."""
import csv, re, sys, importlib.util, os
HERE = os.path.dirname(os.path.abspath(__file__))
cat = {}
for row in csv.reader(open(os.path.join(HERE, 'catalog-keys.tsv'), encoding='utf-8'), delimiter='\t'):
    cat[row[0]] = row[1]
spec = importlib.util.spec_from_file_location('g', os.path.join(HERE, 'gen_cases.py'))
g = importlib.util.module_from_spec(spec); spec.loader.exec_module(g)
cases = {('R%03d' % i): c for i, c in enumerate(g.build(), 1)}

FLAGS = {'high', 'low', 'critical-high', 'critical-low', 'abnormal', 'normal', 'null'}
err = []
lines = open(os.path.join(HERE, 'keyed.tsv'), encoding='utf-8').read().split('\n')
assert lines[-1] == ''
lines = lines[:-1]
assert lines[0] == 'id\tline\texpected\twhy', lines[0]
nrows = nres = 0


def numbers_in(text):
    out = set()
    for tok in re.findall(r'\d[\d.,]*\d|\d', text):
        cands = {tok.replace(',', '.'), tok.replace(',', ''), tok.replace('.', '').replace(',', '.')}
        for c in cands:
            try:
                out.add(round(float(c), 6))
            except ValueError:
                pass
    return out


for ln in lines[1:]:
    cols = ln.split('\t')
    if len(cols) != 4:
        err.append('cols %d: %s' % (len(cols), ln[:40])); continue
    cid, line, exp, why = cols
    if not why.startswith('range='):
        err.append(cid + ' why')
    snippet = line.replace('\\n', '\n')
    c = cases[cid]
    if exp == '-':
        if c['rows']:
            err.append(cid + ' dash but rows')
        continue
    nres += 1
    rows = exp.split(' ;; ')
    if len(rows) != len(c['rows']):
        err.append(cid + ' row count')
    nums = numbers_in(snippet)
    for e, raw in zip(rows, c['rows']):
        nrows += 1
        f = e.split('|')
        if len(f) != 6:
            err.append('%s fields %s' % (cid, e)); continue
        key, vt, flag, nv, nu, rng = f
        if not (key.startswith('?') or key in cat):
            err.append('%s unknown key %s' % (cid, key))
        if flag not in FLAGS:
            err.append('%s bad flag %s' % (cid, flag))
        if nv:
            if key.startswith('?') or nu != cat[key]:
                err.append('%s normalized unit %s' % (cid, e))
            digits = re.sub(r'[^0-9]', '', nv).lstrip('0')
            if len(digits.rstrip('0')) > 3:
                err.append('%s more than 3 s.f. %s' % (cid, nv))
        elif nu:
            err.append('%s unit without value' % cid)
        if vt and vt[0] in '<>':
            if not re.fullmatch(r'(<=|>=|<|>)\d+(\.\d+)?', vt):
                err.append('%s valueText form %s' % (cid, vt))
        if vt and vt[0] not in '<>' and vt not in snippet:
            err.append('%s qualitative text not in snippet %s' % (cid, vt))
        # raw value printed in snippet
        if raw['val'] is not None and round(float(raw['val']), 6) not in nums:
            err.append('%s value %s not found in snippet' % (cid, raw['val']))
        # range syntax + bounds present in snippet
        m = re.fullmatch(r'(-?\d+(?:\.\d+)?)?\.\.(-?\d+(?:\.\d+)?)?', rng)
        if rng not in ('', 'text') and not m:
            err.append('%s range syntax %s' % (cid, rng))
        if m:
            for b in m.groups():
                if b is not None and round(abs(float(b)), 6) not in nums:
                    err.append('%s range bound %s not in snippet' % (cid, b))
        # flag consistency with range
        numeric = bool(m)
        if numeric and flag == 'null':
            err.append('%s null flag with numeric range' % cid)
        if numeric and raw['val'] is not None:
            lo, hi = m.groups()
            v = float(raw['val'])
            lo_s = raw['rng'].startswith('>') and not raw['rng'].startswith('>=')
            hi_s = raw['rng'].startswith('<') and not raw['rng'].startswith('<=')
            below = lo is not None and (v < float(lo) or (lo_s and v == float(lo)))
            above = hi is not None and (v > float(hi) or (hi_s and v == float(hi)))
            if vt.startswith('<'):
                above = False
                below = lo is not None and v <= float(lo)
            if vt.startswith('>'):
                below = False
                above = hi is not None and v >= float(hi)
            want = {'high': above, 'critical-high': above, 'low': below, 'critical-low': below,
                    'abnormal': above or below, 'normal': not (above or below)}
            if not want[flag]:
                err.append('%s flag %s inconsistent with %s %s' % (cid, flag, raw['val'], rng))
        if raw['val'] is None and flag not in ('normal', 'abnormal', 'null'):
            err.append('%s qualitative flag %s' % (cid, flag))
        if not numeric and raw['val'] is not None and flag != 'null' and raw['flag'] is None:
            err.append('%s non-null computed flag without numeric range' % cid)

ids = [l.split('\t')[0] for l in lines[1:]]
if ids != ['R%03d' % i for i in range(1, 101)]:
    err.append('ids')
print('snippets', len(lines) - 1, 'result snippets', nres, 'no-result', len(lines) - 1 - nres, 'rows', nrows)
print('\n'.join(err) if err else 'ALL CHECKS PASSED')
sys.exit(1 if err else 0)
