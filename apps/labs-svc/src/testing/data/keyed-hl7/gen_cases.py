#!/usr/bin/env python3
"""Writes keyed.tsv (set 11, "HL7 v2 result messages from many laboratory systems"): ORU^R01 / OUL^R22 messages
(v2.3 - v2.5.1) a laboratory interface sends to a longevity clinic, and a few messages with no result.

Columns: id, line, expected, why (as keyed-lis).  `line` joins the message's segments with the two characters `\\n`.
`expected` is `-` or rows `biomarker|valueText|flag|normalizedValue|normalizedUnit|range` joined by ' ;; ' in message
order.  The case data live in cases_*.py (one module per family, each a list CASES of dicts id/segs/why); a seg is a
str (MSH, PID, ORC, OBR, NTE ...) or the dict obx() returns, which carries the OBX segment and its keyed row (or None).
Run: python3 gen_cases.py
"""
import math, os, glob, json, importlib, sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
NL = "\\n"   # the two characters backslash, n

def sig3(x):
    if x == 0: return "0"
    e = int(math.floor(math.log10(abs(x))))
    q = Decimal(1).scaleb(e - 2)
    d = Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP)
    if d != 0 and int(math.floor(math.log10(abs(float(d))))) > e:   # 9.995 -> 10.0
        e += 1; d = Decimal(repr(x)).quantize(Decimal(1).scaleb(e - 2), rounding=ROUND_HALF_UP)
    return f"{d:f}" if e - 2 < 0 else str(int(d))

# ---- the catalog unit of every key this set uses (written by hand; checked against the catalog files) ----
KEYUNIT = {
 "glucose": "mg/dL", "blood-urea-nitrogen": "mg/dL", "creatinine": "mg/dL", "sodium": "mmol/L", "potassium": "mmol/L",
 "chloride": "mmol/L", "carbon-dioxide": "mmol/L", "calcium": "mg/dL", "egfr": "mL/min/{1.73_m2}",
 "total-cholesterol": "mg/dL", "triglycerides": "mg/dL", "hdl-cholesterol": "mg/dL", "ldl-cholesterol": "mg/dL",
 "non-hdl-cholesterol": "mg/dL", "vldl-cholesterol": "mg/dL", "apolipoprotein-b": "mg/dL", "lipoprotein-a": "nmol/L",
 "cholesterol-hdl-ratio": "{ratio}",
 "thyroid-stimulating-hormone": "m[IU]/L", "free-t4": "ng/dL", "free-t3": "pg/mL", "total-t3": "ng/dL",
 "reverse-t3": "ng/dL", "thyroid-peroxidase-antibody": "U/mL", "thyroglobulin-antibody": "[IU]/mL",
 "hemoglobin-a1c": "%", "insulin": "u[IU]/mL", "c-peptide": "ng/mL", "estimated-average-glucose": "mg/dL",
 "white-blood-cell-count": "10*3/uL", "red-blood-cell-count": "10*6/uL", "hemoglobin": "g/dL", "hematocrit": "%",
 "mean-corpuscular-volume": "fL", "mean-corpuscular-hemoglobin": "pg", "mean-corpuscular-hemoglobin-concentration":
 "g/dL", "red-cell-distribution-width": "%", "platelet-count": "10*3/uL", "mean-platelet-volume": "fL",
 "neutrophils": "%", "lymphocytes": "%", "monocytes": "%", "eosinophils": "%", "basophils": "%",
 "neutrophils-absolute": "10*3/uL", "lymphocytes-absolute": "10*3/uL", "monocytes-absolute": "10*3/uL",
 "eosinophils-absolute": "10*3/uL", "basophils-absolute": "10*3/uL", "immature-granulocytes": "%",
 "testosterone": "ng/dL", "testosterone-free": "pg/mL", "shbg": "nmol/L", "estradiol": "pg/mL",
 "luteinizing-hormone": "m[IU]/mL", "follicle-stimulating-hormone": "m[IU]/mL", "prostate-specific-antigen": "ng/mL",
 "dhea-sulfate": "ug/dL", "prolactin": "ng/mL", "progesterone": "ng/mL", "anti-mullerian-hormone": "ng/mL",
 "cortisol": "ug/dL", "somatomedin-c": "ng/mL",
 "vitamin-d": "ng/mL", "vitamin-b12": "pg/mL", "folate": "ng/mL", "ferritin": "ng/mL", "iron": "ug/dL",
 "total-iron-binding-capacity": "ug/dL", "transferrin-saturation": "%", "hs-crp": "mg/L", "c-reactive-protein": "mg/L",
 "homocysteine": "umol/L", "uric-acid": "mg/dL", "urea": "mg/dL", "total-bilirubin": "mg/dL", "albumin": "g/dL",
 "total-protein": "g/dL", "alkaline-phosphatase": "U/L", "alanine-aminotransferase": "U/L",
 "aspartate-aminotransferase": "U/L", "gamma-glutamyl-transferase": "U/L", "magnesium": "mg/dL",
 "rheumatoid-factor": "[IU]/mL", "antistreptolysin-o": "[IU]/mL", "microalbumin-creatinine-ratio": "mg/g",
 "erythrocyte-sedimentation-rate": "mm/h",
 "homa-ir": "{index}", "omega-3-index": "%",
 # qualitative entries (ucumUnit null): no normalized value
 "hepatitis-b-surface-antigen": None, "hepatitis-c-antibody": None, "treponema-pallidum-antibody": None,
 "antinuclear-antibody": None, "nitrite-in-urine": None, "glucose-in-urine": None, "protein-urine-presence": None,
 "leukocyte-esterase-urine": None, "ketones-in-urine": None, "sars-cov-2-test": None,
 "salmonella-typhi-o-antibody": None, "hemoglobin-urine-presence": None,
}

# ---- conversions to the catalog unit: name -> (factor or function, label); '=' same number ----
def mm(mass, frm, to):
    f = {("mmol/L", "mg/dL"): mass / 10, ("umol/L", "mg/dL"): mass / 10000, ("nmol/L", "ng/dL"): mass / 10,
         ("nmol/L", "ng/mL"): mass / 1000, ("pmol/L", "pg/mL"): mass / 1000, ("pmol/L", "ng/dL"): mass / 10000,
         ("umol/L", "ug/dL"): mass / 10, ("nmol/L", "pg/mL"): mass,
         ("nmol/L", "ug/dL"): mass / 10000, ("pmol/L", "ng/mL"): mass / 1e6}[(frm, to)]
    return (f, f"x {f:.6g} ({mass:g} g/mol: {frm} -> {to})")
CONV = {
 "chol": mm(386.65, "mmol/L", "mg/dL"), "tg": mm(885.7, "mmol/L", "mg/dL"), "glu": mm(180.156, "mmol/L", "mg/dL"),
 "crea": mm(113.12, "umol/L", "mg/dL"), "urea": mm(60.06, "mmol/L", "mg/dL"), "urate": mm(168.11, "mmol/L", "mg/dL"),
 "urate_u": mm(168.11, "umol/L", "mg/dL"), "ca": mm(40.078, "mmol/L", "mg/dL"), "bili": mm(584.66, "umol/L", "mg/dL"),
 "mg": mm(24.305, "mmol/L", "mg/dL"), "fe": mm(55.845, "umol/L", "ug/dL"),
 "vitd": mm(400.64, "nmol/L", "ng/mL"), "b12": mm(1355.37, "pmol/L", "pg/mL"), "fol": mm(441.4, "nmol/L", "ng/mL"),
 "testo": mm(288.42, "nmol/L", "ng/dL"), "ftesto_p": mm(288.42, "pmol/L", "pg/mL"),
 "e2": mm(272.38, "pmol/L", "pg/mL"), "cort": mm(362.46, "nmol/L", "ug/dL"), "dheas": mm(368.5, "umol/L", "ug/dL"),
 "ft4": mm(776.87, "pmol/L", "ng/dL"), "ft3": mm(650.97, "pmol/L", "pg/mL"), "igf1": mm(7649, "nmol/L", "ng/mL"),
 "prog": mm(314.46, "nmol/L", "ng/mL"), "amh": mm(140000, "pmol/L", "ng/mL"),
 "gl_gdl": (0.1, "x 0.1 (g/L -> g/dL)"), "ll_pct": (100.0, "x 100 (L/L -> %)"),
 "a1c_ifcc": (lambda x: 0.09148 * x + 2.152, "IFCC -> NGSP master equation % = 0.09148 x mmol/mol + 2.152"),
 "cells": (0.001, "/ 1000 (cells/uL -> 10*3/uL)"),
}

FLAGMAP = {"H": "high", "L": "low", "HH": "critical-high", "LL": "critical-low", "A": "abnormal", "N": "normal"}
COMPATIBLE = {"high": ("high",), "low": ("low",), "abnormal": ("high", "low"), "normal": ("normal",),
              "critical-high": ("high",), "critical-low": ("low",)}

import re
NUM = r"\d+(?:\.\d+)?"

def unesc(s):
    return s.replace("\\S\\", "^").replace("\\T\\", "&").replace("\\F\\", "|").replace("\\R\\", "~").replace("\\E\\", "\\")

def parse_range(r):
    """OBX-7 as keyed: a-b -> a..b, <x/<=x -> ..x, >x/>=x -> x.., anything else -> text, nothing -> empty."""
    s = unesc(r).strip()
    if not s: return ""
    m = re.fullmatch(rf"({NUM})\s*-\s*({NUM})", s)
    if m: return f"{m[1]}..{m[2]}"
    m = re.fullmatch(rf"<=?\s*({NUM})", s)
    if m: return f"..{m[1]}"
    m = re.fullmatch(rf">=?\s*({NUM})", s)
    if m: return f"{m[1]}.."
    return "text"

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

def parse_value(vt_type, val):
    """(printed number text or None, valueText) from OBX-2 and OBX-5."""
    if vt_type == "NM":
        assert re.fullmatch(NUM, val), val
        return val, ""
    if vt_type == "SN":
        c = val.split("^") + ["", "", ""]
        if c[0] == "" and c[1] in ("<", ">") and re.fullmatch(NUM, c[2]):   # `^<^0.5`: a sender's shifted form
            return c[2], c[1] + c[2]
        comp, n1, sep, n2 = c[0], c[1], c[2], c[3]
        if sep == ":": return None, f"{n1}:{n2}"
        assert not sep and re.fullmatch(NUM, n1), val
        if comp in ("<", ">"): return n1, comp + n1
        assert comp in ("", "="), val
        return n1, ""
    if vt_type == "ST":
        v = unesc(val)
        m = re.fullmatch(rf"([<>])({NUM})", v)
        if m: return m[2], v
        if re.fullmatch(NUM, v): return v, ""
        return None, v
    if vt_type in ("CE", "CWE"):
        c = val.split("^")
        return None, (c[1] if len(c) > 1 and c[1] else c[0])
    raise AssertionError(("no row for value type", vt_type))

def obx(n, vt, oid, val, unit="", rng="", flag="", st="F", key=None, conv="=", krng=None, sub="", ts=""):
    """One OBX segment and its keyed row.  key None = no row (status X/I/D, TX/FT narrative, superseded by a C);
    key '?' = a test not in the catalog, keyed by its OBX-3 text.  conv: '=' same number in the catalog unit, a CONV
    name, or 'nc' (not convertible: no normalized value)."""
    seg = f"OBX|{n}|{vt}|{oid}|{sub}|{val}|{unit}|{rng}|{flag}|||{st}" + (f"||{ts}" if ts else "")
    if key is None:
        return {"seg": seg, "row": None}
    assert st in ("F", "C", "P") and vt not in ("TX", "FT"), (oid, st, vt)
    if key == "?": key = "?" + unesc(oid.split("^")[1])
    pt, vtext = parse_value(vt, val)
    pu = unesc(unit.split("^")[0])
    rk = parse_range(rng) if krng is None else krng
    pv = float(pt) if pt is not None else None
    note = ""
    nu = "" if key.startswith("?") else KEYUNIT[key]
    if key.startswith("?") or nu is None or pv is None or conv == "nc":
        nv, nu = "", ""
        if conv == "nc": note = f"{key} {vtext or pt} {pu}: not convertible to the catalog unit, no normalized value"
    else:
        if conv == "=":
            x = pv
            if pu != nu: note = f"{key} {pu} = {nu} (same number)"
        else:
            fn, lab = CONV[conv]
            x = fn(pv) if callable(fn) else pv * fn
        nv = sig3(x)
        what = f"bound {vtext}" if vtext else pt
        if conv not in ("=",):
            note = f"{key} {what} {pu} {CONV[conv][1]} = {nv} {nu}"
        elif vtext:
            note = (note + "; " if note else "") + f"{key} {vtext}: normalized from its bound, {nv} {nu}"
    if vtext and pt is not None:
        c = censored_flag(vtext, rk)
    else:
        c = computed_flag(pv, rk)
    if flag:
        fl = FLAGMAP[flag]
        assert c == "null" or c in COMPATIBLE[fl], (oid, val, rng, flag, c)
    else:
        fl = c
    return {"seg": seg, "row": {"s": f"{key}|{vtext}|{fl}|{nv}|{nu}|{rk}", "rng": rk or "none", "note": note,
            "bm": key, "nu": nu, "flag": fl, "pt": pt, "range": rk, "vtext": vtext}}

# ---- other segments ----
def msh(app, fac, ts, mtype, ctrl, ver="2.5.1", recv="LONGEVITY-EHR^NORTHSTAR CLINIC"):
    ra, rf = recv.split("^")
    return f"MSH|^~\\&|{app}|{fac}|{ra}|{rf}|{ts}||{mtype}|{ctrl}|P|{ver}"
def pid(mrn, name, dob, sex, auth="LAB"):
    return f"PID|1||{mrn}^^^{auth}^MR||{name}||{dob}|{sex}"
def orc(placer, filler, ctrl="RE", status="CM"):
    return f"ORC|{ctrl}|{placer}|{filler}||{status}"
def obr(n, placer, filler, svc, ts, status="F", rep="", prov="1447^VANCE^ORLA^^^DR"):
    f = ["OBR", str(n), placer, filler, svc, "", "", ts] + [""] * 8 + [prov] + [""] * 5 + [rep or ts, "", "LAB", status]
    return "|".join(f)
def nte(n, text, src="L"):
    return f"NTE|{n}|{src}|{text}"
def spm(n, sid, typ, ts):
    return f"SPM|{n}|{sid}||{typ}|||||||||||||{ts}"

MODULES = ["cases_nm", "cases_lc", "cases_sn", "cases_st", "cases_rg", "cases_mx", "cases_nr"]

def load_catalog():
    """Every key of biomarker-catalog.v1..v11 and its ucumUnit."""
    cat = {}
    d = os.path.join(HERE, "..", "..", "..", "biomarkers", "catalog")
    for f in glob.glob(os.path.join(d, "biomarker-catalog.v*.ts")):
        for line in open(f, encoding="utf-8"):
            line = line.strip().rstrip(",")
            if line.startswith('{"key"'):
                e = json.loads(line)
                cat[e["key"]] = e["ucumUnit"]
    return cat

def segs_rows(case):
    segs, rows = [], []
    for s in case["segs"]:
        if isinstance(s, str): segs.append((s, None))
        else: segs.append((s["seg"], s["row"]))
    return segs, [r for _, r in segs if r]

def checks(case):
    """Each segment one line with no tab, CR, LF or backslash-n inside; every row's printed value and numeric bounds
    appear in its own OBX segment; the message starts with MSH."""
    probs = []
    segs, _ = segs_rows(case)
    if not segs[0][0].startswith("MSH|^~\\&|"): probs.append((case["id"], "no MSH first"))
    for s, r in segs:
        if any(ch in s for ch in "\t\r\n") or "\\n" in s: probs.append((case["id"], "bad char", s[:40]))
        if not re.match(r"^[A-Z][A-Z0-9]{2}\|", s): probs.append((case["id"], "not a segment", s[:40]))
        if r is None: continue
        f = s.split("|")
        if r["pt"] and r["pt"] not in f[5]: probs.append((case["id"], r["bm"], "value not in OBX-5"))
        if ".." in r["range"]:
            for b in r["range"].split(".."):
                if b and b not in f[7]: probs.append((case["id"], r["bm"], "bound not in OBX-7", b))
    return probs

def build(case):
    cid, why = case["id"], case["why"]
    segs, rows = segs_rows(case)
    line = NL.join(s for s, _ in segs)
    assert line.count(NL) == len(segs) - 1, cid
    if not rows:
        exp, rngs, notes = "-", ["none"], []
    else:
        exp = " ;; ".join(r["s"] for r in rows)
        rngs = [r["rng"] for r in rows]
        notes = [r["note"] for r in rows if r["note"]]
    full = f"range={', '.join(rngs)}; {why}" + ("; " + "; ".join(notes) if notes else "")
    for x in (line, exp, full):
        assert "\t" not in x and "\n" not in x and "\r" not in x, cid
    return (cid, line, exp, full), rows

def main():
    sys.path.insert(0, HERE)
    cat = load_catalog()
    problems = []
    for k, u in KEYUNIT.items():
        if k not in cat: problems.append(("KEYUNIT", k, "no such key"))
        elif cat[k] != u: problems.append(("KEYUNIT", k, u, cat[k]))
    all_cases = []
    for m in MODULES:
        if os.path.exists(os.path.join(HERE, m + ".py")):
            all_cases.extend(importlib.import_module(m).CASES)
    ids = [c["id"] for c in all_cases]
    assert len(ids) == len(set(ids)), "duplicate ids"
    fam, flags, out, nkeys, nq = {}, {}, [], set(), []
    cens, words, ranges = 0, 0, {"text": 0, "empty": 0}
    for c in all_cases:
        o, rows = build(c)
        out.append(o)
        problems += checks(c)
        f = fam.setdefault(c["id"][:2], [0, 0, 0])
        f[0] += 1; f[2] += len(rows)
        if not rows: f[1] += 1
        for r in rows:
            flags[r["flag"]] = flags.get(r["flag"], 0) + 1
            if r["vtext"]:
                if r["pt"] is not None: cens += 1
                else: words += 1
            if r["range"] == "": ranges["empty"] += 1
            elif ".." not in r["range"]: ranges["text"] += 1
            if r["bm"].startswith("?"):
                nq.append(r["bm"]); continue
            nkeys.add(r["bm"])
            if r["bm"] not in cat: problems.append((c["id"], r["bm"], "no such key"))
            elif r["nu"] and r["nu"] != cat[r["bm"]]: problems.append((c["id"], r["bm"], r["nu"], cat[r["bm"]]))
    with open(os.path.join(HERE, "keyed.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("id\tline\texpected\twhy\n")
        for row in out: fh.write("\t".join(row) + "\n")
    print("code  messages  -  rows")
    for code, (s, d, r) in fam.items(): print(f"{code}    {s:3d}  {d:3d}  {r:4d}")
    print("total", sum(v[0] for v in fam.values()), sum(v[1] for v in fam.values()), sum(v[2] for v in fam.values()))
    print("flags", flags)
    print("catalog keys used", len(nkeys), " ? rows", len(nq), nq)
    print("censored", cens, "word/titre values", words, "ranges", ranges)
    print("problems", problems if problems else 0)
    assert not problems

if __name__ == "__main__":
    main()
