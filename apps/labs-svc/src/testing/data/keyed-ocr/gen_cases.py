#!/usr/bin/env python3
"""Writes keyed.tsv (set 12, "OCR text of photographed or scanned laboratory reports"): the text an OCR engine
(Tesseract, a phone's scanner app) gives for a printed report, with spacing damage (SP), character confusions in words,
units and flags (CH), table borders read as characters (BR), split or joined lines (WR), noise lines (NO), values
damaged beyond reading (UN), and documents with no result (NR).

Columns: id, line, expected, why (as keyed-lis).  `expected` is `-` or rows
`biomarker|valueText|flag|normalizedValue|normalizedUnit|range` joined by ' ;; ' in report order.  The case data live in
cases_*.py (one module per family, each a list CASES of dicts id/lines/rows/why); this module holds the helpers,
computes every flag and conversion, checks them, and writes keyed.tsv.  Run: python3 gen_cases.py
"""
import math, os, glob, json, importlib, sys

HERE = os.path.dirname(os.path.abspath(__file__))

def sig3(x):
    if x == 0: return "0"
    d = 3 - int(math.floor(math.log10(abs(x)))) - 1
    return f"{round(x, d):.{max(d, 0)}f}"

# ---- factors to the catalog's ucumUnit: (factor or function, how it is written in `why`) ----
CHOL_MMOL = (38.665, "x 38.665 (cholesterol 386.65 g/mol: mmol/L -> mg/dL)")
TG_MMOL   = (88.57, "x 88.57 (triglycerides 885.7 g/mol: mmol/L -> mg/dL)")
GLU_MMOL  = (18.0156, "x 18.0156 (glucose 180.156 g/mol: mmol/L -> mg/dL)")
CREA_UMOL = (0.011312, "x 0.011312 (creatinine 113.12 g/mol: umol/L -> mg/dL)")
UREA_MMOL = (6.006, "x 6.006 (urea 60.06 g/mol: mmol/L -> mg/dL urea)")
CA_MMOL   = (4.0078, "x 4.0078 (calcium 40.078 g/mol: mmol/L -> mg/dL)")
BILI_UMOL = (0.058466, "x 0.058466 (bilirubin 584.66 g/mol: umol/L -> mg/dL)")
GL_GDL    = (0.1, "x 0.1 (g/L -> g/dL)")
GL_MGDL   = (100.0, "x 100 (g/L -> mg/dL)")
LL_PCT    = (100.0, "x 100 (L/L -> %)")
VITD_NMOL = (0.40064, "x 0.40064 (25-OH vitamin D 400.64 g/mol: nmol/L -> ng/mL)")
B12_PMOL  = (1.35537, "x 1.35537 (cobalamin 1355.37 g/mol: pmol/L -> pg/mL)")
TESTO_NMOL = (28.842, "x 28.842 (testosterone 288.42 g/mol: nmol/L -> ng/dL)")
E2_PMOL   = (0.27238, "x 0.27238 (estradiol 272.38 g/mol: pmol/L -> pg/mL)")
CORT_NMOL = (0.036246, "x 0.036246 (cortisol 362.46 g/mol: nmol/L -> ug/dL)")
FT4_PMOL  = (0.077687, "x 0.077687 (thyroxine 776.87 g/mol: pmol/L -> ng/dL)")
FT3_PMOL  = (0.65097, "x 0.65097 (triiodothyronine 650.97 g/mol: pmol/L -> pg/mL)")
A1C_IFCC  = (lambda x: 0.09148 * x + 2.152, "IFCC -> NGSP master equation % = 0.09148 x mmol/mol + 2.152")

NL = "\\n"   # the two characters backslash, n

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

def R(bm, pt=None, pu="", nu="", f=None, printed=None, rng="", vt="", ocr=None):
    """One expected row: bm a catalog key or ?Printed Name; pt the value as read (a number as text; the bound's number
    for a censored value); pu the unit as the laboratory printed it; nu the catalog ucumUnit ('' = no unit printed,
    not convertible, or a ?row); f None or (factor or function, label); printed the printed flag's meaning; rng the
    range as keyed (printed unit); vt a censored value's text; ocr the token the OCR text shows when it differs from
    pt (a damaged but certain value, e.g. 'l4.O' read 14.0)."""
    pv = None if pt is None else float(pt)
    note = ""
    if vt:
        assert vt[0] in "<>" and pv == float(vt[1:]), (bm, vt, pv)
    if bm.startswith("?"):
        assert nu == "" and f is None, bm
    if pv is None or nu == "":
        nv, nu = "", ""
    else:
        x = (f[0](pv) if callable(f[0]) else pv * f[0]) if f else pv
        nv = sig3(x)
        if f:
            what = f"bound {vt}" if vt else pt
            note = f"{bm} {what} {pu} {f[1]} = {nv} {nu}"
        elif vt:
            note = f"{bm} {vt} {pu}: normalized from its bound, {nv} {nu}"
    if ocr:
        note = (f"{bm}: OCR '{ocr}' read as {pt}" + ("; " + note if note else ""))
    c = censored_flag(vt, rng) if vt else computed_flag(pv, rng)
    if printed:
        assert printed in FLAGS, printed
        assert c == "null" or c in COMPATIBLE[printed], (bm, pv, vt, rng, printed, c)
        fl = printed
    else:
        fl = c
    return {"s": f"{bm}|{vt}|{fl}|{nv}|{nu}|{rng}", "rng": rng or "none", "note": note,
            "bm": bm, "nu": nu, "flag": fl, "pt": ocr or vt or pt, "range": rng, "printed": printed,
            "ocr": bool(ocr)}

MODULES = ["cases_sp", "cases_ch", "cases_br", "cases_wr", "cases_no", "cases_un", "cases_nr"]

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

def text_checks(case):
    """Every row's printed value (or its OCR token) and every numeric bound of its range must appear in the snippet;
    every damaged token left unkeyed (case['unkeyed']) must appear too."""
    text = "\n".join(case["lines"])
    probs = []
    for tok in case.get("unkeyed", ()):
        if tok not in text: probs.append((case["id"], "unkeyed token not in snippet", tok))
    if case["rows"] == "-": return probs
    for r in case["rows"]:
        if r["pt"] and r["pt"] not in text: probs.append((case["id"], r["bm"], "value not in snippet", r["pt"]))
        if ".." in r["range"]:
            for b in r["range"].split(".."):
                if b and b not in text: probs.append((case["id"], r["bm"], "bound not in snippet", b))
    return probs

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
    assert 3 <= n <= 16, (cid, "snippet lines", n)
    assert case["code"] and all(c in ("SP", "CH", "BR", "WR", "NO", "UN", "NR") for c in case["code"]), cid
    return (cid, line, exp, full)

def main():
    sys.path.insert(0, HERE)
    cat = load_catalog()
    all_cases, fam = [], {}
    for m in MODULES:
        if not os.path.exists(os.path.join(HERE, m + ".py")): continue
        all_cases.extend(importlib.import_module(m).CASES)
    ids = [c["id"] for c in all_cases]
    assert len(ids) == len(set(ids)), "duplicate ids"
    problems, flags, out = [], {}, []
    nkeys, nq, cens, ranges = set(), [], 0, {"text": 0, "empty": 0}
    damage, read_dmg, unkeyed = {}, 0, 0
    for c in all_cases:
        out.append(build(c))
        problems += text_checks(c)
        for k in c["code"]: damage[k] = damage.get(k, 0) + 1
        unkeyed += len(c.get("unkeyed", ()))
        f = fam.setdefault(c["id"][:2], [0, 0, 0])
        f[0] += 1
        if c["rows"] == "-":
            f[1] += 1; continue
        f[2] += len(c["rows"])
        for r in c["rows"]:
            flags[r["flag"]] = flags.get(r["flag"], 0) + 1
            read_dmg += r["ocr"]
            if r["s"].split("|")[1]: cens += 1
            if r["range"] == "": ranges["empty"] += 1
            elif ".." not in r["range"]: ranges["text"] += 1
            if r["bm"].startswith("?"):
                nq.append(r["bm"]); continue
            nkeys.add(r["bm"])
            if r["bm"] not in cat: problems.append((c["id"], r["bm"], "no such key"))
            elif r["nu"] and r["nu"] != cat[r["bm"]]: problems.append((c["id"], r["bm"], r["nu"], cat[r["bm"]]))
    with open(os.path.join(HERE, "keyed.tsv"), "w", encoding="utf-8") as fh:
        fh.write("id\tline\texpected\twhy\n")
        for row in out: fh.write("\t".join(row) + "\n")
    print("code  snippets  -  rows")
    for code, (s, d, r) in fam.items(): print(f"{code}    {s:3d}  {d:3d}  {r:4d}")
    print("total", sum(v[0] for v in fam.values()), sum(v[1] for v in fam.values()), sum(v[2] for v in fam.values()))
    print("damage kinds (snippets carrying each)", damage)
    print("flags", flags)
    print("catalog keys used", len(nkeys), " ? rows", len(nq), nq)
    print("censored", cens, "ranges", ranges)
    print("damaged values read through", read_dmg, " damaged values left unkeyed", unkeyed)
    print("problems", problems if problems else 0)
    assert not problems

if __name__ == "__main__":
    main()
