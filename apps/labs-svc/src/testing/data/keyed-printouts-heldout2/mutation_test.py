#!/usr/bin/env python3
"""Mutation test for check_cases.py: copies the set into a temporary directory here, plants a wrong flag
(P003 RBC 'low' -> 'normal') and a wrong conversion (P004 creatinine 0.973 -> 86, i.e. no µmol/L -> mg/dL),
runs check_cases.py on the copy and requires it to fail with both errors named."""
import os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
# (In the repository) a sibling directory, so that the copy finds ../keyed-printouts/catalog-keys.tsv as the set does.
with tempfile.TemporaryDirectory(dir=os.path.dirname(HERE)) as tmp:
    for f in ('gen_cases.py', 'check_cases.py'):
        shutil.copy(os.path.join(HERE, f), tmp)
    lines = open(os.path.join(HERE, 'keyed.tsv'), encoding='utf-8').read().split('\n')
    planted = 0
    for i, ln in enumerate(lines):
        if ln.startswith('P003\t') and 'red-blood-cell-count||low|' in ln:
            lines[i] = ln.replace('red-blood-cell-count||low|', 'red-blood-cell-count||normal|'); planted += 1
        if ln.startswith('P004\t') and 'creatinine||normal|0.973|' in ln:
            lines[i] = lines[i].replace('creatinine||normal|0.973|', 'creatinine||normal|86|'); planted += 1
    assert planted == 2, planted
    open(os.path.join(tmp, 'keyed.tsv'), 'w', encoding='utf-8').write('\n'.join(lines))
    r = subprocess.run([sys.executable, 'check_cases.py'], cwd=tmp, capture_output=True, text=True)
    out = r.stdout
    ok = (r.returncode == 1 and 'P003: flag normal inconsistent' in out
          and 'P004: independent conversion' in out and 'ALL CHECKS PASSED' not in out)
    print('\n'.join(l for l in out.splitlines() if l.startswith('P00') or 'ERRORS' in l))
    print('MUTATION TEST ' + ('CAUGHT' if ok else 'NOT CAUGHT'))
    sys.exit(0 if ok else 1)
