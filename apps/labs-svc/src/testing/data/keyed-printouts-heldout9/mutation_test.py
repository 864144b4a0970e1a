#!/usr/bin/env python3
"""Mutation test for check_cases.py (keyed set 30): copies the set into a temporary directory, plants a wrong
flag (S021 haemoglobin 'low' -> 'normal') and a wrong conversion (S021 zinc 59.5 -> 9.1, i.e. the umol/L value
copied unconverted), runs check_cases.py on the copy and requires it to fail with both errors named."""
import os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
# the catalog the set reads (CATALOG_PATH in gen_cases.py; absolute while the set is written in /work/notes/review46,
# '../keyed-printouts/catalog-keys.tsv' resolved against this folder once it is moved), handed to the copy explicitly
CATALOG_PATH = '../keyed-printouts/catalog-keys.tsv'
CATALOG = os.environ.get('KEYED_CATALOG', os.path.normpath(os.path.join(HERE, CATALOG_PATH)))
with tempfile.TemporaryDirectory(dir=HERE) as tmp:
    for f in ('gen_cases.py', 'check_cases.py'):
        shutil.copy(os.path.join(HERE, f), tmp)
    lines = open(os.path.join(HERE, 'keyed.tsv'), encoding='utf-8').read().split('\n')
    planted = 0
    for i, ln in enumerate(lines):
        if ln.startswith('S021\t') and 'hemoglobin||low|11.2|' in ln:
            lines[i] = lines[i].replace('hemoglobin||low|11.2|', 'hemoglobin||normal|11.2|'); planted += 1
        if ln.startswith('S021\t') and 'zinc||low|59.5|' in ln:
            lines[i] = lines[i].replace('zinc||low|59.5|', 'zinc||low|9.1|'); planted += 1
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
