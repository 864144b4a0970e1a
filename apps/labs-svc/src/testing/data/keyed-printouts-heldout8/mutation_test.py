#!/usr/bin/env python3
"""Mutation test for check_cases.py (keyed set 29): copies the set into a temporary directory, plants a wrong
flag (S021 potassium 'high' -> 'normal') and a wrong conversion (S021 creatinine 1.61 -> 142, i.e. the umol/L value
copied unconverted), runs check_cases.py on the copy and requires it to fail with both errors named."""
import os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
# the catalog the set reads (CATALOG_PATH in gen_cases.py; absolute while the set is written in /work/notes/review44,
# '../keyed-printouts/catalog-keys.tsv' resolved against this folder once it is moved), handed to the copy explicitly
CATALOG_PATH = '../keyed-printouts/catalog-keys.tsv'
CATALOG = os.environ.get('KEYED_CATALOG', os.path.normpath(os.path.join(HERE, CATALOG_PATH)))
with tempfile.TemporaryDirectory(dir=HERE) as tmp:
    for f in ('gen_cases.py', 'check_cases.py'):
        shutil.copy(os.path.join(HERE, f), tmp)
    lines = open(os.path.join(HERE, 'keyed.tsv'), encoding='utf-8').read().split('\n')
    planted = 0
    for i, ln in enumerate(lines):
        if ln.startswith('S021\t') and 'potassium||high|5.6|' in ln:
            lines[i] = lines[i].replace('potassium||high|5.6|', 'potassium||normal|5.6|'); planted += 1
        if ln.startswith('S021\t') and 'creatinine||high|1.61|' in ln:
            lines[i] = lines[i].replace('creatinine||high|1.61|', 'creatinine||high|142|'); planted += 1
    assert planted == 2, planted
    open(os.path.join(tmp, 'keyed.tsv'), 'w', encoding='utf-8').write('\n'.join(lines))
    env = dict(os.environ, KEYED_CATALOG=CATALOG)
    r = subprocess.run([sys.executable, 'check_cases.py'], cwd=tmp, capture_output=True, text=True, env=env)
    out = r.stdout
    ok = (r.returncode == 1 and 'S021: flag normal inconsistent' in out
          and 'S021: independent conversion' in out and 'ALL CHECKS PASSED' not in out)
    print('\n'.join(l for l in out.splitlines() if l.startswith('S0') or 'ERRORS' in l))
    print('MUTATION TEST ' + ('CAUGHT' if ok else 'NOT CAUGHT'))
    sys.exit(0 if ok else 1)
