#!/usr/bin/env python3
"""Mutation test for check_cases.py (keyed set 25): copies the set into a temporary directory, plants a wrong
flag (R048 uric acid 'high' -> 'normal') and a wrong conversion (R048 creatinine 1.14 -> 101, i.e. the µmol/L value
copied unconverted), runs check_cases.py on the copy and requires it to fail with both errors named."""
import os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
# the catalog the set reads (CATALOG_PATH in gen_cases.py, relative to this folder), handed to the copy explicitly
CATALOG = os.environ.get('KEYED_CATALOG', os.path.normpath(os.path.join(HERE, '..', 'keyed-printouts', 'catalog-keys.tsv')))
with tempfile.TemporaryDirectory(dir=HERE) as tmp:
    for f in ('gen_cases.py', 'check_cases.py'):
        shutil.copy(os.path.join(HERE, f), tmp)
    lines = open(os.path.join(HERE, 'keyed.tsv'), encoding='utf-8').read().split('\n')
    planted = 0
    for i, ln in enumerate(lines):
        if ln.startswith('R048\t') and 'uric-acid||high|8.61|' in ln:
            lines[i] = lines[i].replace('uric-acid||high|8.61|', 'uric-acid||normal|8.61|'); planted += 1
        if ln.startswith('R048\t') and 'creatinine||normal|1.14|' in ln:
            lines[i] = lines[i].replace('creatinine||normal|1.14|', 'creatinine||normal|101|'); planted += 1
    assert planted == 2, planted
    open(os.path.join(tmp, 'keyed.tsv'), 'w', encoding='utf-8').write('\n'.join(lines))
    env = dict(os.environ, KEYED_CATALOG=CATALOG)
    r = subprocess.run([sys.executable, 'check_cases.py'], cwd=tmp, capture_output=True, text=True, env=env)
    out = r.stdout
    ok = (r.returncode == 1 and 'R048: flag normal inconsistent' in out
          and 'R048: independent conversion' in out and 'ALL CHECKS PASSED' not in out)
    print('\n'.join(l for l in out.splitlines() if l.startswith('R0') or 'ERRORS' in l))
    print('MUTATION TEST ' + ('CAUGHT' if ok else 'NOT CAUGHT'))
    sys.exit(0 if ok else 1)
