#!/usr/bin/env python3
"""Writes keyed.tsv (set 9, "table shapes of laboratory information systems"): the same analytes a longevity and
hormone clinic orders, laid out the way laboratory and hospital systems print tables -- cumulative reports (CU),
conventional/SI dual-unit tables (SI), differentials with percent and absolute columns (DF), age- and sex-banded
reference columns (AG), wrapped and split rows (WR), multi-page reports (PG), fixed-width printouts with dotted leaders
and glued flags (FX), and documents with no result or only some completed rows (NR).

Columns: id, line, expected, why (as keyed-specialty and keyed-mixed).  `expected` is `-` or rows
`biomarker|valueText|flag|normalizedValue|normalizedUnit|range` joined by ' ;; ' in report order.  The case data live in
cases_*.py (one module per family, each a list CASES of dicts id/lines/rows/why); this module holds the helpers,
computes every flag and conversion, checks them, and writes keyed.tsv.  Run: python3 gen_cases.py
"""
import math, os, re, glob, json, importlib, sys

HERE = os.path.dirname(os.path.abspath(__file__))

def sig3(x):
    if x == 0: return "0"
    d = 3 - int(math.floor(math.log10(abs(x)))) - 1
    return f"{round(x, d):.{max(d, 0)}f}"

# ---- factors to the catalog's ucumUnit: (factor, how it is written in `why`) ----
CHOL_MMOL = (38.665, "x 38.665 (cholesterol 386.65 g/mol: mmol/L -> mg/dL)")
TG_MMOL   = (88.57, "x 88.57 (triglycerides 885.7 g/mol: mmol/L -> mg/dL)")
GLU_MMOL  = (18.0156, "x 18.0156 (glucose 180.156 g/mol: mmol/L -> mg/dL)")
CREA_UMOL = (0.011312, "x 0.011312 (creatinine 113.12 g/mol: umol/L -> mg/dL)")
UREA_BUN  = (2.8014, "x 2.8014 (urea mmol/L as urea nitrogen, 28.014 g/mol: mmol/L -> mg/dL BUN)")
URIC_UMOL = (0.016811, "x 0.016811 (uric acid 168.11 g/mol: umol/L -> mg/dL)")
CA_MMOL   = (4.0078, "x 4.0078 (calcium 40.078 g/mol: mmol/L -> mg/dL)")
BILI_UMOL = (0.058466, "x 0.058466 (bilirubin 584.66 g/mol: umol/L -> mg/dL)")
FE_UMOL   = (5.5845, "x 5.5845 (iron 55.845 g/mol: umol/L -> ug/dL)")
GL_GDL    = (0.1, "x 0.1 (g/L -> g/dL)")
GL_MGDL   = (100.0, "x 100 (g/L -> mg/dL)")
LL_PCT    = (100.0, "x 100 (L/L -> %)")
VITD_NMOL = (0.40064, "x 0.40064 (25-OH vitamin D 400.64 g/mol: nmol/L -> ng/mL)")
B12_PMOL  = (1.35537, "x 1.35537 (cobalamin 1355.37 g/mol: pmol/L -> pg/mL)")
FOL_NMOL  = (0.4414, "x 0.4414 (folate 441.4 g/mol: nmol/L -> ng/mL)")
TESTO_NMOL = (28.842, "x 28.842 (testosterone 288.42 g/mol: nmol/L -> ng/dL)")
E2_PMOL   = (0.27238, "x 0.27238 (estradiol 272.38 g/mol: pmol/L -> pg/mL)")
CORT_NMOL = (0.036246, "x 0.036246 (cortisol 362.46 g/mol: nmol/L -> ug/dL)")
DHEAS_UMOL = (36.85, "x 36.85 (DHEA sulfate 368.5 g/mol: umol/L -> ug/dL)")
FT4_PMOL  = (0.077687, "x 0.077687 (thyroxine 776.87 g/mol: pmol/L -> ng/dL)")
FT3_PMOL  = (0.65097, "x 0.65097 (triiodothyronine 650.97 g/mol: pmol/L -> pg/mL)")
IGF1_NMOL = (7.649, "x 7.649 (IGF-1 7,649 g/mol, catalog v9: nmol/L -> ng/mL)")
PROG_NMOL = (0.31446, "x 0.31446 (progesterone 314.46 g/mol: nmol/L -> ng/mL)")
MG_MMOL   = (2.4305, "x 2.4305 (magnesium 24.305 g/mol: mmol/L -> mg/dL)")
PHOS_MMOL = (3.0974, "x 3.0974 (phosphorus 30.974 g/mol: mmol/L -> mg/dL)")
CRP_MGDL  = (10.0, "x 10 (mg/dL -> mg/L)")

NL = "\\n"   # the two characters backslash, n

def table(rows, right=(), gap=2):
    """A fixed-width printout: every column padded to its widest cell (right-aligned for the indices in `right`),
    columns separated by at least `gap` spaces; trailing spaces stripped.  A row given as a str is kept as it is."""
    cells = [r for r in rows if not isinstance(r, str)]
    n = max(len(r) for r in cells)
    w = [max((len(r[i]) for r in cells if i < len(r)), default=0) for i in range(n)]
    out = []
    for r in rows:
        if isinstance(r, str):
            out.append(r); continue
        parts = []
        for i, c in enumerate(r):
            parts.append(c.rjust(w[i]) if i in right else c.ljust(w[i]))
        out.append((" " * gap).join(parts).rstrip())
    return out

def dots(name, width, value):
    """A dotted leader: 'Glucose ........ 98'."""
    return name + " " + "." * max(3, width - len(name) - 2) + " " + value

FLAGS = ("high", "low", "abnormal", "normal", "critical-high", "critical-low")
COMPATIBLE = {"high": ("high",), "low": ("low",), "abnormal": ("high", "low"), "normal": ("normal",),
              "critical-high": ("high",), "critical-low": ("low",)}

def bounds(rng):
    if ".." not in rng: return None
    lo, hi = rng.split("..")
    return (float(lo) if lo else None, float(hi) if hi else None)

def computed_flag(pv, rng):
    b = bounds(rng)
    if b is None or pv is None: return "null"
    lo, hi = b
    assert pv != lo and pv != hi, ("value on a bound", pv, rng)
    if lo is not None and pv < lo: return "low"
    if hi is not None and pv > hi: return "high"
    return "normal"

def censored_flag(vt, rng):
    b = bounds(rng)
    if b is None: return "null"
    lo, hi = b
    sign, x = vt[0], float(vt[1:])
    if sign == "<":
        if lo is not None and x <= lo: return "low"
        if (lo is None or lo <= 0) and (hi is None or x <= hi): return "normal"
    else:
        if hi is not None and x >= hi: return "high"
        if hi is None and (lo is None or x >= lo): return "normal"
    raise AssertionError(("censored value straddles a bound", vt, rng))

def fmtv(v): return str(int(v)) if float(v).is_integer() else str(v)

def R(bm, pv=None, pu="", nu="", f=None, *, printed=None, rng="", vt=""):
    """One expected row: bm a catalog key or ?Printed Name; pv the printed number; pu the printed unit; nu the
    catalog ucumUnit ('' = no unit printed or not convertible; for a ?row the printed unit in UCUM or ''); f None or
    (factor, label); printed the printed flag's meaning; rng the range as keyed; vt a censored value's text."""
    note = ""
    if vt:
        assert vt[0] in "<>" and pv == float(vt[1:]), (bm, vt, pv)
    if pv is None or nu == "":
        nv, nu = "", ""
    else:
        x = pv * f[0] if f else pv
        nv = sig3(x)
        if f:
            what = f"bound {vt}" if vt else fmtv(pv)
            note = f"{bm} {what} {pu} {f[1]} = {nv} {nu}"
        elif vt:
            note = f"{bm} {vt} {pu}: normalized from its bound, {nv} {nu}"
    c = censored_flag(vt, rng) if vt else computed_flag(pv, rng)
    if printed:
        assert printed in FLAGS, printed
        assert c == "null" or c in COMPATIBLE[printed], (bm, pv, vt, rng, printed, c)
        fl = printed
    else:
        fl = c
    return {"s": f"{bm}|{vt}|{fl}|{nv}|{nu}|{rng}", "rng": rng or "none", "note": note,
            "bm": bm, "nu": nu, "flag": fl}

MODULES = ["cases_cu", "cases_si", "cases_df", "cases_ag", "cases_wr", "cases_pg", "cases_fx", "cases_nr"]

def load_catalog():
    """Every key of biomarker-catalog.v1..v11 and its ucumUnit (the key/unit self-check)."""
    cat = {}
    d = os.path.join(HERE, "..", "..", "..", "biomarkers", "catalog")
    for f in glob.glob(os.path.join(d, "biomarker-catalog.v*.ts")):
        for line in open(f, encoding="utf-8"):
            line = line.strip().rstrip(",")
            if line.startswith('{"key"'):
                e = json.loads(line)
                cat[e["key"]] = e["ucumUnit"]
    return cat

def build(case):
    cid, rows, why = case["id"], case["rows"], case["why"]
    line = NL.join(l.rstrip() for l in case["lines"])
    if rows == "-":
        exp, rngs, notes = "-", ["none"], []
    else:
        exp = " ;; ".join(r["s"] for r in rows)
        rngs = [r["rng"] for r in rows]
        notes = [r["note"] for r in rows if r["note"]]
    full = f"range={', '.join(rngs)}; {why}" + ("; " + "; ".join(notes) if notes else "")
    for x in (line, exp, full):
        assert "\t" not in x and "\n" not in x, cid
    n = len(case["lines"])
    assert 3 <= n <= 12, (cid, "snippet lines", n)
    return (cid, line, exp, full)

def main():
    sys.path.insert(0, HERE)
    cat = load_catalog()
    all_cases, fam = [], {}
    for m in MODULES:
        if not os.path.exists(os.path.join(HERE, m + ".py")): continue
        mod = importlib.import_module(m)
        for c in mod.CASES:
            all_cases.append(c)
    ids = [c["id"] for c in all_cases]
    assert len(ids) == len(set(ids)), "duplicate ids"
    problems, flags, out = [], {}, []
    nkeys, nq = set(), 0
    for c in all_cases:
        out.append(build(c))
        code = c["id"][:2]
        f = fam.setdefault(code, [0, 0, 0])
        f[0] += 1
        if c["rows"] == "-":
            f[1] += 1; continue
        f[2] += len(c["rows"])
        for r in c["rows"]:
            flags[r["flag"]] = flags.get(r["flag"], 0) + 1
            if r["bm"].startswith("?"):
                nq += 1; continue
            nkeys.add(r["bm"])
            if r["bm"] not in cat: problems.append((c["id"], r["bm"], "no such key"))
            elif r["nu"] and r["nu"] != cat[r["bm"]]: problems.append((c["id"], r["bm"], r["nu"], cat[r["bm"]]))
    with open(os.path.join(HERE, "keyed.tsv"), "w", encoding="utf-8") as fh:
        fh.write("id\tline\texpected\twhy\n")
        for row in out: fh.write("\t".join(row) + "\n")
    print("code  snippets  -  rows")
    for code, (s, d, r) in fam.items(): print(f"{code}    {s:3d}  {d:3d}  {r:4d}")
    print("total", sum(v[0] for v in fam.values()), sum(v[1] for v in fam.values()), sum(v[2] for v in fam.values()))
    print("flags", flags)
    print("catalog keys used", len(nkeys), " ? rows", nq)
    print("key/unit problems", problems if problems else 0)
    assert not problems

if __name__ == "__main__":
    main()
