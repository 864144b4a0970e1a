#!/usr/bin/env python3
"""Mutation test for check_cases.py (keyed set 24): copies the set into a temporary directory here, plants a wrong
flag (Q003 potassium 'high' -> 'normal') and a wrong conversion (Q003 creatinine 1.61 -> 142, i.e. the µmol/L value
copied unconverted), runs check_cases.py on the copy and requires it to fail with both errors named."""
import os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
# (In the repository) a sibling directory, so that the copy finds ../keyed-printouts/catalog-keys.tsv as the set does.
with tempfile.TemporaryDirectory(dir=os.path.dirname(HERE)) as tmp:
    for f in ('gen_cases.py', 'check_cases.py'):
        shutil.copy(os.path.join(HERE, f), tmp)
    lines = open(os.path.join(HERE, 'keyed.tsv'), encoding='utf-8').read().split('\n')
    planted = 0
    for i, ln in enumerate(lines):
        if ln.startswith('Q003\t') and 'potassium||high|5.9|' in ln:
            lines[i] = lines[i].replace('potassium||high|5.9|', 'potassium||normal|5.9|'); planted += 1
        if ln.startswith('Q003\t') and 'creatinine||high|1.61|' in ln:
            lines[i] = lines[i].replace('creatinine||high|1.61|', 'creatinine||high|142|'); planted += 1
    assert planted == 2, planted
    open(os.path.join(tmp, 'keyed.tsv'), 'w', encoding='utf-8').write('\n'.join(lines))
    r = subprocess.run([sys.executable, 'check_cases.py'], cwd=tmp, capture_output=True, text=True)
    out = r.stdout
    ok = (r.returncode == 1 and 'Q003: flag normal inconsistent' in out
          and 'Q003: independent conversion' in out and 'ALL CHECKS PASSED' not in out)
    print('\n'.join(l for l in out.splitlines() if l.startswith('Q0') or 'ERRORS' in l))
    print('MUTATION TEST ' + ('CAUGHT' if ok else 'NOT CAUGHT'))
    sys.exit(0 if ok else 1)
