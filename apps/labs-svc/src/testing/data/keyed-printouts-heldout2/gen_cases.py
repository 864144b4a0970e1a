#!/usr/bin/env python3
"""review32 blind test set generator (keyed set 23, ids P001..P080).

Machinery (unit algebra, flags, tie refusal) reused from set 22's generator; all snippet data is new.
Holds every snippet and its keyed rows, converts units with the catalog
(ucumUnit + molarMass from ./catalog-keys.tsv), computes flags from
ranges when no flag is printed, refuses to write if a printed flag contradicts
its range, and writes keyed.tsv.
"""
import csv, math, os, re, sys, textwrap
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = os.path.join(HERE, '..', 'keyed-printouts', 'catalog-keys.tsv')

CAT = {}
with open(CATALOG, encoding='utf-8') as f:
    rd = csv.reader(f, delimiter='\t')
    next(rd)
    for row in rd:
        key, ucum, rtype, mm = row[0], row[1], row[2], row[3]
        CAT[key] = (ucum, rtype, float(mm) if mm else None)

# ---------------------------------------------------------------- units
# dimension, factor to the dimension's base unit
#   mass: g/L   mol: mol/L   c3: 10*3/uL (all cell counts; 10*6/uL = 1000 of them)   U: U/L   IU: [IU]/L
#   pct: %   fl: fL   pgc: pg (per cell)   gfr: mL/min/1.73m2   acr: mg/g
CASE_SENSITIVE = {
    'G/l': ('c3', 1), 'G/L': ('c3', 1), 'T/l': ('c3', 1e3), 'T/L': ('c3', 1e3),
}
# Cyrillic unit spellings -> Latin, applied before the lookup
CYR = [('мкмоль', 'umol'), ('ммоль', 'mmol'), ('нмоль', 'nmol'), ('пмоль', 'pmol'), ('мкМЕ', 'uIU'), ('мМЕ', 'mIU'),
       ('мкг', 'ug'), ('нг', 'ng'), ('пг', 'pg'), ('мг', 'mg'), ('г/', 'g/'), ('Ед/', 'U/'), ('Од/', 'U/'), ('мл', 'ml'), ('л', 'l'),
       ('фл', 'fl')]
UNITS = {
    'g/l': ('mass', 1), 'g/dl': ('mass', 10), 'mg/dl': ('mass', 1e-2), 'mg/l': ('mass', 1e-3),
    'ug/ml': ('mass', 1e-3), 'ug/dl': ('mass', 1e-5), 'ug/l': ('mass', 1e-6), 'ng/ml': ('mass', 1e-6),
    'ng/dl': ('mass', 1e-8), 'pg/ml': ('mass', 1e-9), 'ng/l': ('mass', 1e-9), 'mcg/dl': ('mass', 1e-5),
    'mmol/l': ('mol', 1e-3), 'umol/l': ('mol', 1e-6), 'nmol/l': ('mol', 1e-9), 'pmol/l': ('mol', 1e-12),
    # counts
    '10^9/l': ('c3', 1), 'x10^9/l': ('c3', 1), 'x10*9/l': ('c3', 1), 'k/ul': ('c3', 1), 'tsd/ul': ('c3', 1),
    'tys/ul': ('c3', 1), '10^3/ul': ('c3', 1), 'x10^3/ul': ('c3', 1), 'mil/mm3': ('c3', 1),
    '×10^9/l': ('c3', 1), '×10^3/ul': ('c3', 1), 'e9/l': ('c3', 1), '10e9/l': ('c3', 1), '10*9/l': ('c3', 1),
    'x10^4/ul': ('c3', 10), 'x10e3/ul': ('c3', 1), 'gm%': ('mass', 10), '×10^4/ul': ('c3', 10), '10^4/ul': ('c3', 10),
    '/ul': ('c3', 1e-3), '/mm3': ('c3', 1e-3), 'cells/ul': ('c3', 1e-3), '/cmm': ('c3', 1e-3),
    '10^12/l': ('c3', 1e3), 'x10^12/l': ('c3', 1e3), 'm/ul': ('c3', 1e3), 'mio/ul': ('c3', 1e3),
    'mln/ul': ('c3', 1e3), '×10^12/l': ('c3', 1e3), 'e12/l': ('c3', 1e3), '10e12/l': ('c3', 1e3),
    '10*12/l': ('c3', 1e3), 'mill/mm3': ('c3', 1e3),
    'milhoes/mm3': ('c3', 1e3), '10^6/ul': ('c3', 1e3), 'x10^6/ul': ('c3', 1e3), '×10^6/ul': ('c3', 1e3),
    # catalytic / arbitrary units
    'u/l': ('U', 1), 'units/l': ('U', 1), 'ukat/l': ('U', 60), 'u/ml': ('U', 1000), 'ku/l': ('U', 1000),
    # international units
    'iu/l': ('IU', 1), 'miu/ml': ('IU', 1), 'mui/ml': ('IU', 1), 'miu/l': ('IU', 1e-3), 'mui/l': ('IU', 1e-3),
    'uiu/ml': ('IU', 1e-3), 'uui/ml': ('IU', 1e-3), 'iu/ml': ('IU', 1000), 'ui/ml': ('IU', 1000),
    'kiu/l': ('IU', 1000), 'mie/l': ('IU', 1e-3), 'ie/l': ('IU', 1), 'ui/l': ('IU', 1),
    '%': ('pct', 1), 'l/l': ('pct', 100),
    'fl': ('fl', 1), 'pg': ('pgc', 1),
    'ml/min/1.73m2': ('gfr', 1), 'ml/s/1.73m2': ('gfr', 60), 'ml/min/1.73m^2': ('gfr', 1),
    'mg/g': ('acr', 1), 'mg/gcreatinine': ('acr', 1), 'mg/gcr': ('acr', 1),
    'sec': ('time', 1), 's': ('time', 1), 'seconds': ('time', 1),
    'mmol/mol': ('ifcc', 1), 'mm/jam': ('esr', 1), 'mm/h': ('esr', 1), 'mm/hr': ('esr', 1), 'mm/1h': ('esr', 1),
}
UCUM = {
    'mg/dL': ('mass', 1e-2), 'g/dL': ('mass', 10), 'ug/dL': ('mass', 1e-5), 'ng/mL': ('mass', 1e-6),
    'pg/mL': ('mass', 1e-9), 'ng/dL': ('mass', 1e-8), 'mg/L': ('mass', 1e-3), 'ug/L': ('mass', 1e-6),
    'ug/mL': ('mass', 1e-3), 'g/L': ('mass', 1),
    'umol/L': ('mol', 1e-6), 'nmol/L': ('mol', 1e-9), 'mmol/L': ('mol', 1e-3),
    '10*3/uL': ('c3', 1), '10*6/uL': ('c3', 1e3), 'U/L': ('U', 1), 'U/mL': ('U', 1000),
    'm[IU]/L': ('IU', 1e-3), 'm[IU]/mL': ('IU', 1), 'u[IU]/mL': ('IU', 1e-3), '[IU]/mL': ('IU', 1000),
    '%': ('pct', 1), 'fL': ('fl', 1), 'pg': ('pgc', 1), 'mL/min/{1.73_m2}': ('gfr', 1), 'mg/g': ('acr', 1),
    'mm/h': ('esr', 1), 's': ('time', 1),
}


def unit_info(u):
    if u is None:
        return None
    if u in CASE_SENSITIVE:
        return CASE_SENSITIVE[u]
    for a, b in CYR:
        u = u.replace(a, b)
    n = (u.replace('µ', 'u').replace('μ', 'u').replace('²', '2').replace('³', '3').replace(' ', '')
         .replace(',', '.').replace('ões', 'oes').lower())
    if n not in UNITS:
        raise SystemExit('unknown printed unit %r' % u)
    return UNITS[n]


def convert(key, val, unit):
    """value in catalog ucumUnit, or None when unit arithmetic + the key's molar mass cannot do it"""
    if key.startswith('?') or val is None or unit is None:
        return None
    ucum, _, mm = CAT[key]
    if not ucum or ucum not in UCUM:
        return None
    fd, ff = unit_info(unit)
    td, tf = UCUM[ucum]
    if fd == td:
        return val * ff / tf
    if fd == 'mol' and td == 'mass' and mm:
        return val * ff * mm / tf
    if fd == 'mass' and td == 'mol' and mm:
        return val * ff / mm / tf
    return None


def sig3(x):
    if x == 0:
        return '0'
    e = math.floor(math.log10(abs(x)))
    scaled = abs(x) / 10 ** (e - 2)
    frac = scaled - math.floor(scaled)
    if abs(frac - 0.5) < 0.002:
        raise SystemExit('rounding tie too close to call: %r' % x)
    d = Decimal(repr(x)).quantize(Decimal(1).scaleb(e - 2), rounding=ROUND_HALF_UP)
    s = format(d, 'f')
    if '.' in s:
        s = s.rstrip('0').rstrip('.')
    return s


# ---------------------------------------------------------------- ranges and flags
def parse_range(spec):
    """internal spec -> (output text, lo, lo_strict, hi, hi_strict)"""
    if spec in ('', 'text'):
        return spec, None, False, None, False
    lo_s, hi_s = spec.split('..')
    lo = hi = None
    los = his = False
    if lo_s:
        if lo_s.startswith('>'):
            los, lo_s = True, lo_s[1:]
        lo = float(lo_s)
    if hi_s:
        if hi_s.startswith('<'):
            his, hi_s = True, hi_s[1:]
        hi = float(hi_s)
    return '%s..%s' % (lo_s, hi_s), lo, los, hi, his


def position(v, lo, los, hi, his):
    if lo is not None and (v < lo or (los and v == lo)):
        return 'below'
    if hi is not None and (v > hi or (his and v == hi)):
        return 'above'
    return 'inside'


def censored_position(cmp, x, lo, los, hi, his):
    """where every value admitted by '<x' / '>x' lies (values are non-negative); None if mixed"""
    if cmp == '<':                      # admitted: [0, x)
        if lo is not None and lo > 0 and x <= lo:
            return 'below'
        if (lo is None or lo <= 0) and (hi is None or x <= hi):
            return 'inside'
        return None
    if hi is not None and x >= hi:      # admitted: (x, inf)
        return 'above'
    if hi is None and (lo is None or x >= lo):
        return 'inside'
    return None


ALLOWED_FLAGS = {'high', 'low', 'critical-high', 'critical-low', 'abnormal', 'normal', 'null'}


def R(key, val, unit, rng, flag=None, vt=''):
    return dict(key=key, val=val, unit=unit, rng=rng, flag=flag, vt=vt)


def key_row(cid, r):
    key = r['key']
    if not key.startswith('?') and key not in CAT:
        raise SystemExit('%s: unknown key %s' % (cid, key))
    rng_out, lo, los, hi, his = parse_range(r['rng'])
    numeric = lo is not None or hi is not None
    vt = r['vt']
    val = None if r['val'] is None else float(r['val'])
    flag = r['flag']
    if val is not None and vt and vt[0] in '<>':
        pos = censored_position(vt[0], val, lo, los, hi, his) if numeric else None
        if numeric and pos is None and flag is None:
            raise SystemExit('%s: censored value %s cannot be placed in %s' % (cid, vt, r['rng']))
    elif val is not None:
        pos = position(val, lo, los, hi, his) if numeric else None
    else:
        pos = None
    computed = {'below': 'low', 'above': 'high', 'inside': 'normal', None: 'null'}[pos]
    if flag is None:
        if val is None:
            raise SystemExit('%s: qualitative row %s needs an explicit flag' % (cid, key))
        flag = computed
    else:
        if flag not in ALLOWED_FLAGS:
            raise SystemExit('%s: bad flag %s' % (cid, flag))
        if pos is not None:
            ok = {'high': pos == 'above', 'critical-high': pos == 'above', 'low': pos == 'below',
                  'critical-low': pos == 'below', 'normal': pos == 'inside', 'abnormal': pos != 'inside',
                  'null': False}[flag]
            if not ok:
                raise SystemExit('%s: printed flag %s contradicts %s for %s %s' % (cid, flag, r['rng'], key, r['val']))
    nv = convert(key, val, r['unit'])
    nvs = sig3(nv) if nv is not None else ''
    nu = CAT[key][0] if nvs else ''
    return '|'.join([key, vt, flag, nvs, nu, rng_out]), nvs


CASES = []


def case(country, lang, layout, text, rows, why):
    text = textwrap.dedent(text).strip('\n')
    lines = [ln.rstrip() for ln in text.split('\n')]
    if any('\t' in ln or '\\' in ln for ln in lines):
        raise SystemExit('tab or backslash in snippet: ' + lines[0])
    CASES.append(dict(country=country, lang=lang, layout=layout, lines=lines, rows=rows, why=why))


# ================================================================= the cases
case('JP', 'ja', 'Japanese health-check (kenshin) table, H/L judgement column, WBC in /μL and RBC/platelets in ×10^4/μL, "以上" lower bound', '''
    健康診断結果報告書                          医療法人社団 青葉会 新宿健診クリニック
    受診者: 佐藤 健一 様    性別: 男    年齢: 47歳    受診日: 2025年02月14日    受診番号: 250214-0387
    検査項目                    結果      判定    単位            基準値
    【血液一般】
    白血球数                    5800              /μL             3300-8600
    赤血球数                    452               ×10^4/μL        435-555
    ヘモグロビン                14.2              g/dL            13.7-16.8
    ヘマトクリット              42.8              %               40.7-50.1
    血小板数                    23.5              ×10^4/μL        15.8-34.8
    【肝機能】
    AST(GOT)                    24                U/L             13-30
    ALT(GPT)                    46        H       U/L             10-42
    γ-GTP                       72        H       U/L             13-64
    【脂質】
    中性脂肪                    168       H       mg/dL           30-149
    HDLコレステロール           48                mg/dL           40以上
    LDLコレステロール           142       H       mg/dL           60-119
    【糖代謝】
    空腹時血糖                  102               mg/dL           73-109
    HbA1c(NGSP)                 5.8               %               4.9-6.0
    【腎機能・尿酸】
    クレアチニン                0.92              mg/dL           0.65-1.07
    eGFR                        68.4              mL/min/1.73m2   60.0以上
    尿酸                        7.9       H       mg/dL           3.7-7.8
    判定区分  H: 基準値より高値  L: 基準値より低値
    ※ 総合判定および医師のコメントは別紙をご覧ください。
''', [
    R('white-blood-cell-count', '5800', '/μL', '3300..8600'),
    R('red-blood-cell-count', '452', '×10^4/μL', '435..555'),
    R('hemoglobin', '14.2', 'g/dL', '13.7..16.8'),
    R('hematocrit', '42.8', '%', '40.7..50.1'),
    R('platelet-count', '23.5', '×10^4/μL', '15.8..34.8'),
    R('aspartate-aminotransferase', '24', 'U/L', '13..30'),
    R('alanine-aminotransferase', '46', 'U/L', '10..42', 'high'),
    R('gamma-glutamyl-transferase', '72', 'U/L', '13..64', 'high'),
    R('triglycerides', '168', 'mg/dL', '30..149', 'high'),
    R('hdl-cholesterol', '48', 'mg/dL', '40..'),
    R('ldl-cholesterol', '142', 'mg/dL', '60..119', 'high'),
    R('glucose', '102', 'mg/dL', '73..109'),
    R('hemoglobin-a1c', '5.8', '%', '4.9..6.0'),
    R('creatinine', '0.92', 'mg/dL', '0.65..1.07'),
    R('egfr', '68.4', 'mL/min/1.73m2', '60.0..'),
    R('uric-acid', '7.9', 'mg/dL', '3.7..7.8', 'high'),
], "range=the 基準値 column as a-b, and '40以上'/'60.0以上' ('or more') are inclusive lower bounds; ×10^4/μL is ten-thousands per µL (452 → 4.52 ×10^6/µL, 23.5 → 235 ×10^3/µL), /μL WBC divides by 1000, and the section titles, legend and ※ note are not rows.")

case('JP', 'ja', 'BML outsourced hormone report, flag letter after the value, "以下" upper bound for PSA', '''
    株式会社ビー・エム・エル  検査結果報告書                 依頼元: 赤坂メンズヘルスクリニック
    患者名: タナカ ヒロシ   性別: M   年齢: 52   採取日: 2025/01/22   報告日: 2025/01/24   依頼No. 0122-5518
    項目名                          結果値          単位        基準値
    テストステロン                  3.42            ng/mL       1.31-8.71
    遊離テストステロン              6.8 L           pg/mL       7.6-23.8
    DHEA-S                          142             μg/dL       70-495
    コルチゾール                    12.4            μg/dL       7.07-19.6
    TSH                             2.14            μIU/mL      0.50-5.00
    FT4                             1.21            ng/dL       0.90-1.70
    FT3                             3.02            pg/mL       2.30-4.00
    PSA                             1.12            ng/mL       4.00以下
    ※遊離テストステロンの基準値は年齢(50-59歳)別です。
    H: 高値  L: 低値
''', [
    R('testosterone', '3.42', 'ng/mL', '1.31..8.71'),
    R('testosterone-free', '6.8', 'pg/mL', '7.6..23.8', 'low'),
    R('dhea-sulfate', '142', 'μg/dL', '70..495'),
    R('cortisol', '12.4', 'μg/dL', '7.07..19.6'),
    R('thyroid-stimulating-hormone', '2.14', 'μIU/mL', '0.50..5.00'),
    R('free-t4', '1.21', 'ng/dL', '0.90..1.70'),
    R('free-t3', '3.02', 'pg/mL', '2.30..4.00'),
    R('prostate-specific-antigen', '1.12', 'ng/mL', '..4.00'),
], "range=the 基準値 column; '4.00以下' ('or less') is an inclusive upper bound; testosterone in ng/mL ×100 → ng/dL, the L after the free testosterone value is the printed low flag, and the age-band note and legend are not rows.")

case('CN', 'zh', 'Chinese hospital 血常规 with both % and absolute (#) rows each carrying a range, arrows after the value, Hb and MCHC in g/L', '''
    上海市第六人民医院检验报告单
    姓名: 王建国    性别: 男    年龄: 58岁    科室: 内分泌科门诊    标本: 静脉血    样本号: 20250218-1127
    项目名称                          结果        单位          参考区间
    白细胞计数 WBC                    6.42        10^9/L        3.5-9.5
    中性粒细胞百分比 NEUT%            62.3        %             40-75
    淋巴细胞百分比 LYMPH%             28.1        %             20-50
    单核细胞百分比 MONO%              6.4         %             3-10
    嗜酸性粒细胞百分比 EO%            2.7         %             0.4-8.0
    嗜碱性粒细胞百分比 BASO%          0.5         %             0-1
    中性粒细胞绝对值 NEUT#            4.00        10^9/L        1.8-6.3
    淋巴细胞绝对值 LYMPH#             1.80        10^9/L        1.1-3.2
    单核细胞绝对值 MONO#              0.41        10^9/L        0.1-0.6
    嗜酸性粒细胞绝对值 EO#            0.17        10^9/L        0.02-0.52
    嗜碱性粒细胞绝对值 BASO#          0.03        10^9/L        0-0.06
    红细胞计数 RBC                    4.05   ↓    10^12/L       4.3-5.8
    血红蛋白 HGB                      118    ↓    g/L           130-175
    红细胞压积 HCT                    36.2   ↓    %             40-50
    平均红细胞体积 MCV                89.4        fL            82-100
    平均血红蛋白量 MCH                29.1        pg            27-34
    平均血红蛋白浓度 MCHC             326         g/L           316-354
    血小板计数 PLT                    215         10^9/L        125-350
    检验者: 李敏    审核者: 张华    报告时间: 2025-02-18 10:42
    *本报告仅对所检标本负责
''', [
    R('white-blood-cell-count', '6.42', '10^9/L', '3.5..9.5'),
    R('neutrophils', '62.3', '%', '40..75'),
    R('lymphocytes', '28.1', '%', '20..50'),
    R('monocytes', '6.4', '%', '3..10'),
    R('eosinophils', '2.7', '%', '0.4..8.0'),
    R('basophils', '0.5', '%', '0..1'),
    R('neutrophils-absolute', '4.00', '10^9/L', '1.8..6.3'),
    R('lymphocytes-absolute', '1.80', '10^9/L', '1.1..3.2'),
    R('monocytes-absolute', '0.41', '10^9/L', '0.1..0.6'),
    R('eosinophils-absolute', '0.17', '10^9/L', '0.02..0.52'),
    R('basophils-absolute', '0.03', '10^9/L', '0..0.06'),
    R('red-blood-cell-count', '4.05', '10^12/L', '4.3..5.8', 'low'),
    R('hemoglobin', '118', 'g/L', '130..175', 'low'),
    R('hematocrit', '36.2', '%', '40..50', 'low'),
    R('mean-corpuscular-volume', '89.4', 'fL', '82..100'),
    R('mean-corpuscular-hemoglobin', '29.1', 'pg', '27..34'),
    R('mean-corpuscular-hemoglobin-concentration', '326', 'g/L', '316..354'),
    R('platelet-count', '215', '10^9/L', '125..350'),
], "range=the 参考区间 column as a-b for every row (here the % rows print their own ranges, so they get flags); ↓ is the printed low flag; Hb and MCHC in g/L ÷10 → g/dL; signature and disclaimer lines are not rows.")

case('CN', 'zh', 'Chinese 生化 report extracted with plain pdftotext (no -layout): every cell on its own line, ↑ flag cell', '''
    浙江大学医学院附属邵逸夫医院
    检验报告单
    姓名：陈晓东
    性别：男
    年龄：44岁
    标本类型：血清
    临床诊断：体检
    No
    项目
    结果
    单位
    参考范围
    1
    丙氨酸氨基转移酶(ALT)
    35
    U/L
    9-50
    2
    天门冬氨酸氨基转移酶(AST)
    28
    U/L
    15-40
    3
    γ-谷氨酰转移酶(GGT)
    41
    U/L
    10-60
    4
    总胆红素(TBIL)
    14.2
    μmol/L
    0-21
    5
    肌酐(Cr)
    86
    μmol/L
    57-111
    6
    尿酸(UA)
    452
    ↑
    μmol/L
    208-428
    7
    葡萄糖(GLU)
    5.62
    mmol/L
    3.9-6.1
    8
    总胆固醇(TC)
    5.86
    ↑
    mmol/L
    3.1-5.2
    9
    甘油三酯(TG)
    1.92
    ↑
    mmol/L
    0.45-1.70
    10
    高密度脂蛋白胆固醇(HDL-C)
    1.08
    mmol/L
    0.91-2.05
    11
    低密度脂蛋白胆固醇(LDL-C)
    3.72
    ↑
    mmol/L
    0-3.37
    采样时间：2025-01-09 07:48
    报告时间：2025-01-09 14:20
    第1页/共1页
''', [
    R('alanine-aminotransferase', '35', 'U/L', '9..50'),
    R('aspartate-aminotransferase', '28', 'U/L', '15..40'),
    R('gamma-glutamyl-transferase', '41', 'U/L', '10..60'),
    R('total-bilirubin', '14.2', 'μmol/L', '0..21'),
    R('creatinine', '86', 'μmol/L', '57..111'),
    R('uric-acid', '452', 'μmol/L', '208..428', 'high'),
    R('glucose', '5.62', 'mmol/L', '3.9..6.1'),
    R('total-cholesterol', '5.86', 'mmol/L', '3.1..5.2', 'high'),
    R('triglycerides', '1.92', 'mmol/L', '0.45..1.70', 'high'),
    R('hdl-cholesterol', '1.08', 'mmol/L', '0.91..2.05'),
    R('ldl-cholesterol', '3.72', 'mmol/L', '0..3.37', 'high'),
], "range=the cell after the unit on each item's run of lines (a-b); the row number, name, value, optional ↑ cell, unit and range fall on separate lines; SI values convert with each key's molar mass; header fields, times and page footer are not rows.")

case('TW', 'zh', 'Taiwanese reference lab report in traditional Chinese, bilingual test names, H/L column, "<" upper bound', '''
    聯合醫事檢驗所  UNION CLINICAL LABORATORY                    檢驗報告
    姓名: 林志明   性別: 男   出生日期: 1970/05/03   病歷號: U2502-33187   採檢日期: 2025/02/20
    檢驗項目                             檢驗值     H/L    單位        參考值
    甲狀腺刺激素 TSH                      1.86              μIU/mL      0.35-4.94
    游離甲狀腺素 Free T4                  1.02              ng/dL       0.70-1.48
    睪固酮 Testosterone                   2.10       L      ng/mL       2.49-8.36
    雌二醇 Estradiol (E2)                 38                pg/mL       11-44
    泌乳激素 Prolactin                    9.6               ng/mL       3.46-19.40
    黃體生成素 LH                         4.2               mIU/mL      0.57-12.07
    濾泡刺激素 FSH                        6.8               mIU/mL      0.95-11.95
    攝護腺特異抗原 PSA                    0.86              ng/mL       <4.0
    備註: 本報告僅供醫師參考,請與您的醫師討論檢驗結果。
    報告簽發: 醫檢師 陳怡君    2025/02/21 16:05
''', [
    R('thyroid-stimulating-hormone', '1.86', 'μIU/mL', '0.35..4.94'),
    R('free-t4', '1.02', 'ng/dL', '0.70..1.48'),
    R('testosterone', '2.10', 'ng/mL', '2.49..8.36', 'low'),
    R('estradiol', '38', 'pg/mL', '11..44'),
    R('prolactin', '9.6', 'ng/mL', '3.46..19.40'),
    R('luteinizing-hormone', '4.2', 'mIU/mL', '0.57..12.07'),
    R('follicle-stimulating-hormone', '6.8', 'mIU/mL', '0.95..11.95'),
    R('prostate-specific-antigen', '0.86', 'ng/mL', '..<4.0'),
], "range=the 參考值 column (a-b, '<4.0' strict), with the H/L column's L as the printed flag; testosterone ng/mL ×100 → ng/dL; the 備註 note and signature are not rows.")

case('KR', 'ko', 'Korean health-screening report, tilde ranges (a~b, a~), 판정 column with H', '''
    GC녹십자의료재단  건강검진 결과지
    수검자: 김민수   성별/나이: 남/51   검진일: 2025-02-07   등록번호: 25020700412
    검사항목                     결과        단위             참고치          판정
    총콜레스테롤                 224         mg/dL            0~199           H
    HDL 콜레스테롤               52          mg/dL            40~
    중성지방                     188         mg/dL            0~149           H
    LDL 콜레스테롤(계산)         134         mg/dL            0~129           H
    공복혈당                     98          mg/dL            70~99
    당화혈색소(HbA1c)            5.9         %                4.0~5.6         H
    AST(SGOT)                    31          U/L              0~40
    ALT(SGPT)                    44          U/L              0~40            H
    감마지티피(γ-GTP)            58          U/L              11~63
    크레아티닌                   1.02        mg/dL            0.70~1.20
    eGFR                         84          mL/min/1.73m²    60~
    * 판정: H 높음, L 낮음.  상담이 필요하시면 검진센터로 문의하십시오.
''', [
    R('total-cholesterol', '224', 'mg/dL', '0..199', 'high'),
    R('hdl-cholesterol', '52', 'mg/dL', '40..'),
    R('triglycerides', '188', 'mg/dL', '0..149', 'high'),
    R('ldl-cholesterol', '134', 'mg/dL', '0..129', 'high'),
    R('glucose', '98', 'mg/dL', '70..99'),
    R('hemoglobin-a1c', '5.9', '%', '4.0..5.6', 'high'),
    R('aspartate-aminotransferase', '31', 'U/L', '0..40'),
    R('alanine-aminotransferase', '44', 'U/L', '0..40', 'high'),
    R('gamma-glutamyl-transferase', '58', 'U/L', '11..63'),
    R('creatinine', '1.02', 'mg/dL', '0.70..1.20'),
    R('egfr', '84', 'mL/min/1.73m²', '60..'),
], "range=the 참고치 column where 'a~b' is a closed range and 'a~' an open lower bound; the 판정 column's H is the printed flag; the legend line is not a row.")

case('TH', 'th', 'Thai private-hospital hormone report, Thai headers, English test names, Thai word flags', '''
    โรงพยาบาลกรุงเทพ  ห้องปฏิบัติการ  BANGKOK HOSPITAL LABORATORY
    ชื่อผู้ป่วย: นายสมชาย ใจดี    HN: 25-004417    อายุ: 49 ปี    เพศ: ชาย    วันที่เก็บตัวอย่าง: 12/02/2568
    รายการตรวจ                    ผลตรวจ     หมายเหตุ     หน่วย        ค่าปกติ
    Testosterone                  512                     ng/dL        249-836
    Estradiol                     31.2                    pg/mL        11.3-43.2
    SHBG                          38.4                    nmol/L       18.3-54.1
    DHEA-S                        224                     µg/dL        88.9-427
    IGF-1                         168                     ng/mL        75-212
    Vitamin D (25-OH)             22.4       ต่ำ          ng/mL        30-100
    Ferritin                      286                     ng/mL        30-400
    ผู้รายงานผล: ทนพ.วิชัย    ผู้ตรวจสอบ: ทนพญ.อรุณี    วันที่รายงาน: 13/02/2568
''', [
    R('testosterone', '512', 'ng/dL', '249..836'),
    R('estradiol', '31.2', 'pg/mL', '11.3..43.2'),
    R('shbg', '38.4', 'nmol/L', '18.3..54.1'),
    R('dhea-sulfate', '224', 'µg/dL', '88.9..427'),
    R('somatomedin-c', '168', 'ng/mL', '75..212'),
    R('vitamin-d', '22.4', 'ng/mL', '30..100', 'low'),
    R('ferritin', '286', 'ng/mL', '30..400'),
], "range=the ค่าปกติ (normal value) column as a-b; ต่ำ ('low') in the หมายเหตุ column is the printed flag; dates are Buddhist-era and the reporter lines are not rows.")

case('VN', 'vi', 'Vietnamese lab report in SI units, ≤ and ≥ bounds, arrow flags after the value', '''
    BỆNH VIỆN ĐA KHOA MEDLATEC - PHIẾU KẾT QUẢ XÉT NGHIỆM
    Họ tên: NGUYỄN VĂN HÙNG     Năm sinh: 1972     Giới: Nam     Mã BN: MLT2502-88341
    Ngày lấy mẫu: 17/02/2025 07:30           Chẩn đoán: Khám sức khỏe
    Tên xét nghiệm                 Kết quả        Đơn vị       Chỉ số bình thường
    SINH HÓA MÁU
    Glucose                        7.1   ↑        mmol/L       3.9 - 6.4
    Urê                            5.2            mmol/L       2.5 - 7.5
    Creatinin                      78             µmol/L       62 - 120
    Acid Uric                      412            µmol/L       202 - 416
    Cholesterol toàn phần          5.9   ↑        mmol/L       3.9 - 5.2
    Triglycerid                    2.8   ↑        mmol/L       0.46 - 1.88
    HDL-C                          1.05           mmol/L       ≥ 0.9
    LDL-C                          3.9   ↑        mmol/L       ≤ 3.4
    AST (GOT)                      32             U/L          ≤ 37
    ALT (GPT)                      48    ↑        U/L          ≤ 40
    GGT                            45             U/L          11 - 50
    Người thực hiện: KTV Trần Thị Lan        Trưởng khoa: ThS.BS Phạm Minh Đức
''', [
    R('glucose', '7.1', 'mmol/L', '3.9..6.4', 'high'),
    R('urea', '5.2', 'mmol/L', '2.5..7.5'),
    R('creatinine', '78', 'µmol/L', '62..120'),
    R('uric-acid', '412', 'µmol/L', '202..416'),
    R('total-cholesterol', '5.9', 'mmol/L', '3.9..5.2', 'high'),
    R('triglycerides', '2.8', 'mmol/L', '0.46..1.88', 'high'),
    R('hdl-cholesterol', '1.05', 'mmol/L', '0.9..'),
    R('ldl-cholesterol', '3.9', 'mmol/L', '..3.4', 'high'),
    R('aspartate-aminotransferase', '32', 'U/L', '..37'),
    R('alanine-aminotransferase', '48', 'U/L', '..40', 'high'),
    R('gamma-glutamyl-transferase', '45', 'U/L', '11..50'),
], "range=the Chỉ số bình thường column (a - b, '≥ a' and '≤ b' inclusive); ↑ is the printed high flag; urea in mmol/L uses urea's molar mass (not BUN); section title and signatures are not rows.")

case('TH', 'th', 'SMS from a hospital laboratory asking the patient to come back because the sample was haemolysed', '''
    [BNH Lab] เรียนคุณ พิมพ์ชนก ส. ตัวอย่างเลือดของท่าน (เลขที่ 68-021455) วันที่ 18/02/68
    ไม่สามารถตรวจวิเคราะห์ได้ เนื่องจากเกิดภาวะเม็ดเลือดแดงแตก (Hemolysis)
    กรุณากลับมาเจาะเลือดใหม่ภายใน 7 วัน ไม่มีค่าใช้จ่ายเพิ่มเติม งดอาหาร 8-12 ชม. ก่อนเจาะเลือด
    สอบถามโทร 02-022-0700 ต่อ 2145
''', [], "range=none; a sample-rejection text message (haemolysed specimen, please return within 7 days); the 8-12 hour fasting note is an instruction, not a result.")

case('ID', 'id', 'Prodia Indonesia hematology with decimal commas, Keterangan column with H/L, LED in mm/jam', '''
    PRODIA  Laboratorium Klinik                              Jl. Kramat Raya No.150, Jakarta Pusat
    Nama: Bpk. Agus Santoso        Umur: 45 th        Jenis Kelamin: L        No. Lab: 2502190231
    Dokter Pengirim: dr. Rina Wulandari, SpPD            Tgl. Periksa: 19-02-2025
    PEMERIKSAAN                    HASIL       KETERANGAN    NILAI RUJUKAN       SATUAN
    HEMATOLOGI
    Hemoglobin                     12,8        L             13,2 - 17,3         g/dL
    Lekosit                        7,8                       3,8 - 10,6          10^3/µL
    Hitung Jenis
      Basofil                      0                         0 - 1               %
      Eosinofil                    3                         2 - 4               %
      Neutrofil                    61                        50 - 70             %
      Limfosit                     28                        25 - 40             %
      Monosit                      8                         2 - 8               %
    Eritrosit                      4,52                      4,40 - 5,90         10^6/µL
    Hematokrit                     38          L             40 - 52             %
    Trombosit                      312                       150 - 440           10^3/µL
    MCV                            84                        80 - 100            fL
    MCH                            28,3                      26 - 34             pg
    MCHC                           33,7                      32 - 36             g/dL
    Laju Endap Darah (LED)         18          H             0 - 15              mm/jam
    Hasil telah diverifikasi oleh: dr. Hendra Kusuma, SpPK
''', [
    R('hemoglobin', '12.8', 'g/dL', '13.2..17.3', 'low'),
    R('white-blood-cell-count', '7.8', '10^3/µL', '3.8..10.6'),
    R('basophils', '0', '%', '0..1'),
    R('eosinophils', '3', '%', '2..4'),
    R('neutrophils', '61', '%', '50..70'),
    R('lymphocytes', '28', '%', '25..40'),
    R('monocytes', '8', '%', '2..8'),
    R('red-blood-cell-count', '4.52', '10^6/µL', '4.40..5.90'),
    R('hematocrit', '38', '%', '40..52', 'low'),
    R('platelet-count', '312', '10^3/µL', '150..440'),
    R('mean-corpuscular-volume', '84', 'fL', '80..100'),
    R('mean-corpuscular-hemoglobin', '28.3', 'pg', '26..34'),
    R('mean-corpuscular-hemoglobin-concentration', '33.7', 'g/dL', '32..36'),
    R('erythrocyte-sedimentation-rate', '18', 'mm/jam', '0..15', 'high'),
], "range=the NILAI RUJUKAN column as a - b with decimal commas; the KETERANGAN column's H/L is the printed flag; monocytes 8 sits on the inclusive upper bound (normal); mm/jam is mm/hour; the Hitung Jenis heading and verification line are not rows.")

case('IR', 'fa', 'Iranian lab with Persian headers and Solar Hijri dates, English test names, T3 in ng/mL, vitamin D tier lines under a plain range', '''
    آزمایشگاه پاتوبیولوژی نیلو                                  تهران، خیابان شریعتی
    نام بیمار: خانم مریم احمدی        سن: 38        شماره پذیرش: 140311-2287        تاریخ: ۱۴۰۳/۱۱/۲۸
    نام آزمایش                   نتیجه       واحد          محدوده مرجع
    T4                           8.1         µg/dL         4.5-12.5
    T3                           1.12        ng/mL         0.8-2.0
    TSH                          3.9         µIU/mL        0.4-4.5
    Anti-TPO                     12          IU/mL         <35
    25-OH Vitamin D              14.2   L    ng/mL         30-100
       Deficiency: <20   Insufficiency: 20-30   Sufficiency: 30-100   Toxicity: >150
    Ferritin                     18          ng/mL         13-150
    Vitamin B12                  245         pg/mL         187-883
    مسئول فنی آزمایشگاه: دکتر رضا کریمی
''', [
    R('total-t4', '8.1', 'µg/dL', '4.5..12.5'),
    R('total-t3', '1.12', 'ng/mL', '0.8..2.0'),
    R('thyroid-stimulating-hormone', '3.9', 'µIU/mL', '0.4..4.5'),
    R('thyroid-peroxidase-antibody', '12', 'IU/mL', '..<35'),
    R('vitamin-d', '14.2', 'ng/mL', '30..100', 'low'),
    R('ferritin', '18', 'ng/mL', '13..150'),
    R('vitamin-b12', '245', 'pg/mL', '187..883'),
], "range=the محدوده مرجع (reference range) column (a-b, '<35' strict); the vitamin D tier line under its row is commentary, the plain 30-100 is its range and L the printed flag; T3 ng/mL ×100 → ng/dL; anti-TPO in IU/mL is not normalized (catalog U/mL).")

case('JO', 'ar', 'Jordanian lab with bilingual Arabic/English column headers, H/L column, "<" and ">" bounds', '''
    مختبرات المدى الطبية   AL MADA MEDICAL LABORATORIES                 عمّان - شارع المدينة المنورة
    Patient / المريض: Khaled Al-Masri      Age / العمر: 56 Y      Sex / الجنس: Male      Ref: 25-02-0918
    Test الفحص                  Result النتيجة     Flag     Unit الوحدة     Normal Range المعدل الطبيعي
    Fasting Blood Sugar         138                H        mg/dL           70 - 100
    HbA1c                       6.8                H        %               4.0 - 6.0
    Cholesterol, Total          196                         mg/dL           < 200
    Triglycerides               242                H        mg/dL           < 150
    HDL Cholesterol             38                 L        mg/dL           > 40
    LDL Cholesterol             110                         mg/dL           < 130
    Urea                        28                          mg/dL           15 - 45
    Creatinine                  0.84                        mg/dL           0.6 - 1.2
    Sodium                      139                         mmol/L          135 - 145
    Potassium                   4.3                         mmol/L          3.5 - 5.1
    النتائج معتمدة إلكترونياً  -  Electronically validated
''', [
    R('glucose', '138', 'mg/dL', '70..100', 'high'),
    R('hemoglobin-a1c', '6.8', '%', '4.0..6.0', 'high'),
    R('total-cholesterol', '196', 'mg/dL', '..<200'),
    R('triglycerides', '242', 'mg/dL', '..<150', 'high'),
    R('hdl-cholesterol', '38', 'mg/dL', '>40..', 'low'),
    R('ldl-cholesterol', '110', 'mg/dL', '..<130'),
    R('urea', '28', 'mg/dL', '15..45'),
    R('creatinine', '0.84', 'mg/dL', '0.6..1.2'),
    R('sodium', '139', 'mmol/L', '135..145'),
    R('potassium', '4.3', 'mmol/L', '3.5..5.1'),
], "range=the Normal Range column ('< b' and '> a' strict); Flag H/L printed; 'Urea' in mg/dL is urea, not BUN; the validation line is not a row.")

case('MA', 'fr', 'Moroccan lab, biochemistry in g/l and mg/l, bracketed reference after the unit, older result column (antériorité)', '''
    LABORATOIRE D'ANALYSES MÉDICALES ANFA                 Bd d'Anfa, Casablanca   Tél. 05 22 36 14 20
    Patient : M. BENNANI Youssef        Né le : 11/04/1969        Dossier : 2502-1184
    Prélèvement du : 21/02/2025 à 08h10                     Prescripteur : Dr A. Tazi
    Analyse                         Résultat      Unité     Valeurs de référence      Antériorité (03/09/2024)
    BIOCHIMIE SANGUINE
    Glycémie à jeun                 1,12          g/l       (0,70 - 1,10)             1,04
    Urée                            0,32          g/l       (0,15 - 0,45)             0,29
    Créatinine                      9,8           mg/l      (6 - 12)                  9,1
    Acide urique                    58            mg/l      (35 - 70)                 61
    Cholestérol total               2,34          g/l       (1,50 - 2,00)             2,21
    HDL-cholestérol                 0,42          g/l       (> 0,40)                  0,44
    LDL-cholestérol                 1,58          g/l       (< 1,60)                  1,49
    Triglycérides                   1,72          g/l       (0,50 - 1,50)             1,40
    Hémoglobine glyquée (HbA1c)     6,1           %         (4,0 - 6,0)               5,9
    Biologiste responsable : Dr Salma Idrissi
''', [
    R('glucose', '1.12', 'g/l', '0.70..1.10'),
    R('urea', '0.32', 'g/l', '0.15..0.45'),
    R('creatinine', '9.8', 'mg/l', '6..12'),
    R('uric-acid', '58', 'mg/l', '35..70'),
    R('total-cholesterol', '2.34', 'g/l', '1.50..2.00'),
    R('hdl-cholesterol', '0.42', 'g/l', '>0.40..'),
    R('ldl-cholesterol', '1.58', 'g/l', '..<1.60'),
    R('triglycerides', '1.72', 'g/l', '0.50..1.50'),
    R('hemoglobin-a1c', '6.1', '%', '4.0..6.0'),
], "range=the bracketed Valeurs de référence ('> a' and '< b' strict); no flag is printed, so flags are computed; g/l ×100 and mg/l ÷10 → mg/dL; the Antériorité column is an older result and not a row.")

case('TN', 'fr', 'Tunisian hormone report in French with SI thyroid/cortisol units and "Valeurs usuelles" in brackets', '''
    LABORATOIRE D'ANALYSES MÉDICALES Dr. Hela BEN AMOR          Avenue Habib Bourguiba, Sfax
    Nom : M. TRABELSI Mohamed       Âge : 41 ans       N° : 250224-076       Date : 24/02/2025
    HORMONOLOGIE                          Résultat          Valeurs usuelles
    TSH ultrasensible                     2,35 µUI/ml       (0,27 - 4,20)
    T4 libre (FT4)                        15,8 pmol/l       (12,0 - 22,0)
    T3 libre (FT3)                        4,9 pmol/l        (3,1 - 6,8)
    Prolactine                            28,4 ng/ml        (4,04 - 15,2)
    Cortisol (8h)                         412 nmol/l        (171 - 536)
    Testostérone totale                   4,12 ng/ml        (2,49 - 8,36)
    FSH                                   5,4 mUI/ml        (1,5 - 12,4)
    LH                                    4,8 mUI/ml        (1,7 - 8,6)
    Technique : électrochimiluminescence (Cobas e411, Roche)
    Prolactine contrôlée sur un second prélèvement conseillée.
''', [
    R('thyroid-stimulating-hormone', '2.35', 'µUI/ml', '0.27..4.20'),
    R('free-t4', '15.8', 'pmol/l', '12.0..22.0'),
    R('free-t3', '4.9', 'pmol/l', '3.1..6.8'),
    R('prolactin', '28.4', 'ng/ml', '4.04..15.2'),
    R('cortisol', '412', 'nmol/l', '171..536'),
    R('testosterone', '4.12', 'ng/ml', '2.49..8.36'),
    R('follicle-stimulating-hormone', '5.4', 'mUI/ml', '1.5..12.4'),
    R('luteinizing-hormone', '4.8', 'mUI/ml', '1.7..8.6'),
], "range=the bracketed Valeurs usuelles; the value and unit share one cell; no flag printed so prolactin 28.4 is computed high; pmol/l and nmol/l convert with each hormone's molar mass; Technique and advice lines are not rows.")

case('PE', 'es', 'Peruvian private lab (Suiza Lab) male hormone panel, each test with a Método line, free PSA without range', '''
    SUIZA LAB  -  Laboratorio Clínico                         Av. Angamos Oeste 300, Miraflores, Lima
    Paciente: QUISPE HUAMÁN, Jorge Luis      Edad: 54 años      Sexo: M      Orden: 2502-447102
    Fecha de toma: 20/02/2025 07:55          Médico: Dr. C. Vargas
    EXAMEN                              RESULTADO     UNIDADES     VALORES DE REFERENCIA
    TESTOSTERONA TOTAL                  3.85          ng/mL        2.80 - 8.00
       Método: Quimioluminiscencia
    TESTOSTERONA LIBRE                  8.2           pg/mL        8.9 - 42.5
       Método: ELISA
    ESTRADIOL                           28.3          pg/mL        7.6 - 42.6
    DHEA-SULFATO                        186.4         ug/dL        80.0 - 560.0
    CORTISOL (AM)                       14.6          ug/dL        6.2 - 19.4
    PSA TOTAL                           2.41          ng/mL        0.00 - 4.00
    PSA LIBRE                           0.52          ng/mL
    Resultados validados por: Blgo. M. Rojas (CTMP 4471)
''', [
    R('testosterone', '3.85', 'ng/mL', '2.80..8.00'),
    R('testosterone-free', '8.2', 'pg/mL', '8.9..42.5'),
    R('estradiol', '28.3', 'pg/mL', '7.6..42.6'),
    R('dhea-sulfate', '186.4', 'ug/dL', '80.0..560.0'),
    R('cortisol', '14.6', 'ug/dL', '6.2..19.4'),
    R('prostate-specific-antigen', '2.41', 'ng/mL', '0.00..4.00'),
    R('prostate-specific-antigen-free', '0.52', 'ng/mL', ''),
], "range=the VALORES DE REFERENCIA column as a - b; no flag printed, so free testosterone 8.2 is computed low; free PSA prints no range (flag null); Método lines and validation are not rows.")

case('UY', 'es', 'comma-separated CSV export from a Uruguayan portal, quoted decimal-comma values, date column', '''
    "Paciente","Documento","Fecha","Análisis","Resultado","Unidad","Valores de referencia"
    "RODRÍGUEZ, Ana Laura","4.512.337-8","2025-02-11","Hemoglobina","14,6","g/dL","12,0 - 16,0"
    "RODRÍGUEZ, Ana Laura","4.512.337-8","2025-02-11","Glucemia","92","mg/dL","70 - 110"
    "RODRÍGUEZ, Ana Laura","4.512.337-8","2025-02-11","Ferritina","412","ng/mL","13 - 150"
    "RODRÍGUEZ, Ana Laura","4.512.337-8","2025-02-11","Sideremia","98","µg/dL","50 - 170"
    "RODRÍGUEZ, Ana Laura","4.512.337-8","2025-02-11","Transferrina","212","mg/dL","200 - 360"
    "RODRÍGUEZ, Ana Laura","4.512.337-8","2025-02-11","Saturación de transferrina","36","%","20 - 50"
    "RODRÍGUEZ, Ana Laura","4.512.337-8","2025-02-11","Vitamina B12","512","pg/mL","211 - 911"
    "RODRÍGUEZ, Ana Laura","4.512.337-8","2025-02-11","Ácido fólico","9,8","ng/mL","3,1 - 20,5"
''', [
    R('hemoglobin', '14.6', 'g/dL', '12.0..16.0'),
    R('glucose', '92', 'mg/dL', '70..110'),
    R('ferritin', '412', 'ng/mL', '13..150'),
    R('iron', '98', 'µg/dL', '50..170'),
    R('transferrin', '212', 'mg/dL', '200..360'),
    R('transferrin-saturation', '36', '%', '20..50'),
    R('vitamin-b12', '512', 'pg/mL', '211..911'),
    R('folate', '9.8', 'ng/mL', '3.1..20.5'),
], "range=the quoted 'Valores de referencia' field as a - b with decimal commas; no flag column, so ferritin 412 is computed high; the Documento field (with dots) and date are not values.")

case('VE', 'es', 'Venezuelan hematology by mm³ with dot thousands separators and decimal commas, "Valores normales" column', '''
    LABORATORIO CLÍNICO BIOANÁLISIS LOS PALOS GRANDES                 Caracas - Venezuela
    Paciente: María Gabriela Pérez           C.I.: V-14.882.019          Edad: 39 años
    Fecha: 13/02/2025           Médico tratante: Dra. L. Fuenmayor
    HEMATOLOGÍA COMPLETA               Resultado         Valores normales
    Leucocitos                         7.850 /mm³        5.000 - 10.000
    Neutrófilos                        64 %              55 - 65
    Linfocitos                         28 %              25 - 35
    Monocitos                          5 %               2 - 8
    Eosinófilos                        3 %               1 - 4
    Hemoglobina                        13,2 g/dL         12,0 - 16,0
    Hematocrito                        40 %              37 - 47
    VCM                                88 fL             80 - 96
    HCM                                29,0 pg           27 - 32
    CHCM                               33,0 g/dL         32 - 36
    Plaquetas                          185.000 /mm³      150.000 - 400.000
    Lcda. Yelitza Márquez - Bioanalista  C.B. 7713
''', [
    R('white-blood-cell-count', '7850', '/mm³', '5000..10000'),
    R('neutrophils', '64', '%', '55..65'),
    R('lymphocytes', '28', '%', '25..35'),
    R('monocytes', '5', '%', '2..8'),
    R('eosinophils', '3', '%', '1..4'),
    R('hemoglobin', '13.2', 'g/dL', '12.0..16.0'),
    R('hematocrit', '40', '%', '37..47'),
    R('mean-corpuscular-volume', '88', 'fL', '80..96'),
    R('mean-corpuscular-hemoglobin', '29.0', 'pg', '27..32'),
    R('mean-corpuscular-hemoglobin-concentration', '33.0', 'g/dL', '32..36'),
    R('platelet-count', '185000', '/mm³', '150000..400000'),
], "range=the Valores normales column with dots as thousands separators (7.850, 185.000) and commas as decimals; /mm³ ÷1000 → 10*3/uL; the differential here prints only percentages, each with a range; the bioanalyst line is not a row.")

case('SE', 'sv', '1177 Vårdguiden journal copy-paste, one analysis per block, arrows for out-of-range, HbA1c in mmol/mol', '''
    Provsvar - Klinisk kemi
    Region Stockholm, Karolinska Universitetslaboratoriet
    Provtagningsdatum: 2025-02-06
    Analys                     Resultat      Referensintervall      Enhet
    B-Hemoglobin (Hb)          128           117 - 153              g/L
    P-Kreatinin                74            45 - 90                µmol/L
    P-Kolesterol               5,8           3,3 - 6,9              mmol/L
    P-LDL-kolesterol           3,9           2,0 - 5,3              mmol/L
    P-HDL-kolesterol           1,4           1,0 - 2,7              mmol/L
    P-Triglycerid              1,3           0,45 - 2,6             mmol/L
    P-Glukos                   5,4           4,2 - 6,0              mmol/L
    B-HbA1c                    39            27 - 42                mmol/mol
    P-TSH                      2,1           0,4 - 4,0              mIE/L
    P-Ferritin                 12 ↓          13 - 150               µg/L
    Svaret är vidimerat av: Ansvarig läkare
    Visas i 1177 efter 14 dagar enligt regionens regler.
''', [
    R('hemoglobin', '128', 'g/L', '117..153'),
    R('creatinine', '74', 'µmol/L', '45..90'),
    R('total-cholesterol', '5.8', 'mmol/L', '3.3..6.9'),
    R('ldl-cholesterol', '3.9', 'mmol/L', '2.0..5.3'),
    R('hdl-cholesterol', '1.4', 'mmol/L', '1.0..2.7'),
    R('triglycerides', '1.3', 'mmol/L', '0.45..2.6'),
    R('glucose', '5.4', 'mmol/L', '4.2..6.0'),
    R('hemoglobin-a1c', '39', 'mmol/mol', '27..42'),
    R('thyroid-stimulating-hormone', '2.1', 'mIE/L', '0.4..4.0'),
    R('ferritin', '12', 'µg/L', '13..150', 'low'),
], "range=the Referensintervall column (a - b, decimal commas); ↓ glued to the value is the printed low flag; HbA1c in mmol/mol keeps no normalized value (IFCC, as set 22); mIE/L is mIU/L; footer lines are not rows.")

case('NO', 'no', 'Helsenorge portal list with Norwegian word flags (Lav/Høy), censored CRP and eGFR', '''
    Helsenorge - Prøvesvar
    Rekvirent: Legesenteret Majorstuen     Laboratorium: Oslo universitetssykehus, Medisinsk biokjemi
    Prøvetatt: 04.02.2025
    Analyse                      Resultat     Enhet            Ref.område       Vurdering
    Hemoglobin                   15,1         g/dL             13,4 - 17,0
    Leukocytter                  6,1          10^9/L           3,5 - 10,0
    Trombocytter                 245          10^9/L           145 - 390
    CRP                          <5           mg/L             <5
    Kreatinin                    88           µmol/L           60 - 105
    eGFR                         >90          mL/min/1,73m²    >60
    ALAT                         52           U/L              10 - 70
    Vitamin D (25-OH)            48           nmol/L           50 - 150         Lav
    Kobalamin (B12)              312          pmol/L           150 - 650
    Ferritin                     540          µg/L             30 - 400         Høy
''', [
    R('hemoglobin', '15.1', 'g/dL', '13.4..17.0'),
    R('white-blood-cell-count', '6.1', '10^9/L', '3.5..10.0'),
    R('platelet-count', '245', '10^9/L', '145..390'),
    R('c-reactive-protein', '5', 'mg/L', '..<5', vt='<5'),
    R('creatinine', '88', 'µmol/L', '60..105'),
    R('egfr', '90', 'mL/min/1,73m²', '>60..', vt='>90'),
    R('alanine-aminotransferase', '52', 'U/L', '10..70'),
    R('vitamin-d', '48', 'nmol/L', '50..150', 'low'),
    R('vitamin-b12', '312', 'pmol/L', '150..650'),
    R('ferritin', '540', 'µg/L', '30..400', 'high'),
], "range=the Ref.område column (a - b, '<5' and '>60' strict); Vurdering's Lav/Høy are the printed low/high flags; '<5' lies wholly under '<5' and '>90' wholly above '>60' (normal, normalized on their bound); B12 and vitamin D convert with their molar masses.")

case('DK', 'da', 'sundhed.dk Laboratoriesvar copy-paste, NPU short names with ";P"/";B" suffix, Hb in mmol/L, H marker', '''
    sundhed.dk  >  Laboratoriesvar
    Rekvirent: Lægehuset Nørrebrogade       Prøve taget: 10.02.2025 08:32
    Analyse                      Resultat    Interval         Enhed
    Hæmoglobin;B                 8,9         8,3 - 10,5       mmol/L
    Leukocytter;B                7,2         3,5 - 8,8        ×10^9/L
    Trombocytter;B               280         145 - 390        ×10^9/L
    Natrium;P                    141         137 - 145        mmol/L
    Kalium;P                     4,1         3,5 - 4,6        mmol/L
    Kreatinin;P                  92          60 - 105         µmol/L
    Kolesterol;P                 6,4 H       < 5,0            mmol/L
    Testosteron;P                14,2        7,2 - 24,0       nmol/L
    Svarene er godkendt af laboratoriet. Kontakt din læge ved spørgsmål.
''', [
    R('hemoglobin', '8.9', 'mmol/L', '8.3..10.5'),
    R('white-blood-cell-count', '7.2', '×10^9/L', '3.5..8.8'),
    R('platelet-count', '280', '×10^9/L', '145..390'),
    R('sodium', '141', 'mmol/L', '137..145'),
    R('potassium', '4.1', 'mmol/L', '3.5..4.6'),
    R('creatinine', '92', 'µmol/L', '60..105'),
    R('total-cholesterol', '6.4', 'mmol/L', '..<5.0', 'high'),
    R('testosterone', '14.2', 'nmol/L', '7.2..24.0'),
], "range=the Interval column (a - b, '< 5,0' strict); H after the value is the printed flag; Hb 8.9 mmol/L × 16114.5 g/mol → 14.3 g/dL as in set 21; the ';B'/';P' suffixes are specimen codes; the footer is not a row.")

case('FI', 'fi', 'Finnish private-clinic result list, Finnish abbreviations with specimen prefixes, E9/l counts, H/L column, fasting fP- lipids', '''
    Mehiläinen Laboratoriopalvelut - Tutkimustulokset
    Potilas: Virtanen Mikko   Hetu: 140378-XXXX   Näytteenotto: 03.02.2025 klo 07.45
    Tutkimus                Tulos      Yksikkö      Viitearvot       Poikkeama
    B -Hb                   138        g/l          134 - 167
    B -Leuk                 5,4        E9/l         3,4 - 8,2
    B -Trom                 212        E9/l         150 - 360
    P -Krea                 98         µmol/l       60 - 100
    fP -Gluk                6,2        mmol/l       4,0 - 6,0        H
    fP -Kol                 5,6        mmol/l       < 5,0            H
    fP -Kol-LDL             3,8        mmol/l       < 3,0            H
    fP -Kol-HDL             1,2        mmol/l       > 1,0
    fP -Trigly              1,6        mmol/l       < 1,7
    S -D-25                 62         nmol/l       > 50
    B -HbA1c                41         mmol/mol     20 - 42
    Lausunto: Kolesteroliarvot koholla. Kontrolli 3 kk kuluttua.
''', [
    R('hemoglobin', '138', 'g/l', '134..167'),
    R('white-blood-cell-count', '5.4', 'E9/l', '3.4..8.2'),
    R('platelet-count', '212', 'E9/l', '150..360'),
    R('creatinine', '98', 'µmol/l', '60..100'),
    R('glucose', '6.2', 'mmol/l', '4.0..6.0', 'high'),
    R('total-cholesterol', '5.6', 'mmol/l', '..<5.0', 'high'),
    R('ldl-cholesterol', '3.8', 'mmol/l', '..<3.0', 'high'),
    R('hdl-cholesterol', '1.2', 'mmol/l', '>1.0..'),
    R('triglycerides', '1.6', 'mmol/l', '..<1.7'),
    R('vitamin-d', '62', 'nmol/l', '>50..'),
    R('hemoglobin-a1c', '41', 'mmol/mol', '20..42'),
], "range=the Viitearvot column ('<'/'>' strict, a - b closed); Poikkeama H is the printed flag; E9/l = 10^9/L; HbA1c in mmol/mol keeps no normalized value; the Lausunto (statement) line is not a row.")

case('IS', 'is', 'Icelandic hospital result list with Icelandic test names and a Flagg column', '''
    Landspítali - Rannsóknarkjarni                      Niðurstöður rannsókna
    Sjúklingur: Jónsdóttir, Guðrún     Kt.: 120385-XXXX     Sýni tekið: 19.02.2025 10:14
    Rannsókn                 Niðurstaða    Eining        Viðmiðunarmörk    Flagg
    Natríum                  140           mmol/L        137 - 145
    Kalíum                   4,6           mmol/L        3,5 - 4,8
    Kreatínín                71            µmol/L        50 - 90
    CRP                      14            mg/L          < 10              H
    Hemóglóbín               118           g/L           118 - 152
    Hvít blóðkorn            11,2          x10^9/L       4,0 - 10,5        H
    Blóðflögur               402           x10^9/L       150 - 400         H
    Niðurstöður samþykktar af: Sigríður Pálsdóttir, líffræðingur
''', [
    R('sodium', '140', 'mmol/L', '137..145'),
    R('potassium', '4.6', 'mmol/L', '3.5..4.8'),
    R('creatinine', '71', 'µmol/L', '50..90'),
    R('c-reactive-protein', '14', 'mg/L', '..<10', 'high'),
    R('hemoglobin', '118', 'g/L', '118..152'),
    R('white-blood-cell-count', '11.2', 'x10^9/L', '4.0..10.5', 'high'),
    R('platelet-count', '402', 'x10^9/L', '150..400', 'high'),
], "range=the Viðmiðunarmörk column (a - b closed, '< 10' strict); the Flagg column's H is printed; haemoglobin 118 sits on the inclusive lower bound (normal); the approval line is not a row.")

case('NL', 'nl', 'Dutch primary-care lab hormone report, IE/L gonadotropins, calculated free testosterone in nmol/L, * marker with legend', '''
    Star-shl Medisch Diagnostisch Centrum          Rotterdam
    Patiënt: Dhr. J. de Vries     Geb.datum: 22-09-1966     Aanvrager: huisarts M. Bakker
    Afname: 12-02-2025 08:05      Labnummer: 25-1203-4471
    Bepaling                          Uitslag       Eenheid      Referentiewaarde
    Testosteron                       11,4          nmol/L       8,6 - 29,0
    SHBG                              52            nmol/L       18 - 54
    Vrij testosteron (berekend)       0,186 *       nmol/L       0,20 - 0,62
    LH                                5,1           IE/L         1,7 - 8,6
    FSH                               7,8           IE/L         1,5 - 12,4
    Oestradiol                        98            pmol/L       41 - 159
    Prolactine                        8,4           µg/L         4,0 - 15,2
    PSA                               1,4           µg/L         < 4,0
    * = afwijkend t.o.v. referentiewaarde (verlaagd)
    Vrij testosteron berekend volgens Vermeulen.
''', [
    R('testosterone', '11.4', 'nmol/L', '8.6..29.0'),
    R('shbg', '52', 'nmol/L', '18..54'),
    R('testosterone-free', '0.186', 'nmol/L', '0.20..0.62', 'low'),
    R('luteinizing-hormone', '5.1', 'IE/L', '1.7..8.6'),
    R('follicle-stimulating-hormone', '7.8', 'IE/L', '1.5..12.4'),
    R('estradiol', '98', 'pmol/L', '41..159'),
    R('prolactin', '8.4', 'µg/L', '4.0..15.2'),
    R('prostate-specific-antigen', '1.4', 'µg/L', '..<4.0'),
], "range=the Referentiewaarde column (a - b, '< 4,0' strict); the '*' is explained by the legend as low (verlaagd), and the value is below the range; IE/L = IU/L = mIU/mL; free testosterone nmol/L → pg/mL with testosterone's molar mass; the Vermeulen note is not a row.")

case('NL', 'nl', 'e-mail from a Dutch lab saying results are ready in the patient portal', '''
    Van: noreply@saltro.nl
    Onderwerp: Uw uitslagen staan klaar in Mijn Saltro
    Beste heer/mevrouw Jansen,
    De uitslagen van uw bloedonderzoek van 14 februari 2025 (aanvraagnummer 25-0214-33871) zijn beschikbaar.
    U kunt ze inzien via Mijn Saltro met uw DigiD. Uw huisarts heeft de uitslagen ook ontvangen.
    Heeft u vragen over de uitslagen? Neem dan contact op met uw huisarts.
    Met vriendelijke groet,
    Saltro Diagnostisch Centrum, Utrecht
''', [], "range=none; a results-available e-mail with a request number and date but no test values.")

case('RU', 'ru', 'Gemotest hormone report with Cyrillic units (нмоль/л, пмоль/л, мМЕ/л, мкМЕ/мл), no printed flags', '''
    ГЕМОТЕСТ  медицинская лаборатория                        Результаты исследований
    Пациент: Смирнов Андрей Викторович     Дата рождения: 08.07.1975     Пол: М
    Заказ № 7731-0224518     Дата взятия биоматериала: 24.02.2025
    Исследование                                      Результат     Единицы      Референсные значения
    Тестостерон общий                                 18,6          нмоль/л      8,64 - 29,0
    Глобулин, связывающий половые гормоны (ГСПГ)      41,2          нмоль/л      18,3 - 54,1
    Эстрадиол                                         142           пмоль/л      41,4 - 159
    Пролактин                                         312           мМЕ/л        86 - 324
    ТТГ                                               2,84          мкМЕ/мл      0,4 - 4,0
    Т4 свободный                                      14,9          пмоль/л      9,0 - 19,0
    Кортизол                                          489           нмоль/л      123 - 626
    ДГЭА-сульфат                                      6,2           мкмоль/л     2,41 - 11,6
    Результаты исследований не являются диагнозом. Необходима консультация специалиста.
''', [
    R('testosterone', '18.6', 'нмоль/л', '8.64..29.0'),
    R('shbg', '41.2', 'нмоль/л', '18.3..54.1'),
    R('estradiol', '142', 'пмоль/л', '41.4..159'),
    R('prolactin', '312', 'мМЕ/л', '86..324'),
    R('thyroid-stimulating-hormone', '2.84', 'мкМЕ/мл', '0.4..4.0'),
    R('free-t4', '14.9', 'пмоль/л', '9.0..19.0'),
    R('cortisol', '489', 'нмоль/л', '123..626'),
    R('dhea-sulfate', '6.2', 'мкмоль/л', '2.41..11.6'),
], "range=the Референсные значения column (a - b, decimal commas); no flags printed; prolactin in мМЕ/л (mIU/L) is not normalized (IU against a mass catalog unit, as sets 21/22); molar units convert with each key's molar mass; the disclaimer is not a row.")

case('UA', 'uk', 'Ukrainian lab (ДІЛА) chemistry with Ukrainian units (Од/л), "<" upper bounds, ↑ flag', '''
    Медична лабораторія ДІЛА                                 Київ, вул. Велика Васильківська 72
    Пацієнт: Коваленко Олена Петрівна     Вік: 46     Стать: Ж     Замовлення: 2502-611874
    Дата забору: 18.02.2025
    Показник                       Результат      Одиниці       Референтні значення
    Глюкоза                        5,1            ммоль/л       4,1 - 5,9
    АЛТ                            23             Од/л          < 33
    АСТ                            21             Од/л          < 32
    Білірубін загальний            24,8   ↑       мкмоль/л      5,0 - 21,0
    Креатинін                      81             мкмоль/л      49 - 90
    Сечовина                       6,1            ммоль/л       2,8 - 7,2
    Феритин                        58,2           нг/мл         13 - 150
    Вітамін B12                    198            пг/мл         197 - 771
    Лікар-лаборант: Мельник І.В.
''', [
    R('glucose', '5.1', 'ммоль/л', '4.1..5.9'),
    R('alanine-aminotransferase', '23', 'Од/л', '..<33'),
    R('aspartate-aminotransferase', '21', 'Од/л', '..<32'),
    R('total-bilirubin', '24.8', 'мкмоль/л', '5.0..21.0', 'high'),
    R('creatinine', '81', 'мкмоль/л', '49..90'),
    R('urea', '6.1', 'ммоль/л', '2.8..7.2'),
    R('ferritin', '58.2', 'нг/мл', '13..150'),
    R('vitamin-b12', '198', 'пг/мл', '197..771'),
], "range=the Референтні значення column (a - b, '< b' strict); ↑ printed for bilirubin; Од/л is U/L and нг/мл, пг/мл are ng/mL, pg/mL; сечовина (urea) in mmol/L uses urea's molar mass; the signature is not a row.")

case('RO', 'ro', 'Romanian private network (Regina Maria) lipid and cardiovascular panel, interval with label, H flags', '''
    REGINA MARIA - Laboratoarele Centrale                 Buletin de analize medicale
    Nume: POPESCU ION       CNP: 1680512XXXXXX       Vârsta: 56 ani       Data recoltării: 07.02.2025
    Analiza                          Rezultat        UM         Interval biologic de referință
    Colesterol total                 238      H      mg/dL      < 200
    HDL colesterol                   44              mg/dL      > 40
    LDL colesterol                   162      H      mg/dL      < 100
    Trigliceride                     156      H      mg/dL      < 150
    Apolipoproteina B                118             mg/dL      66 - 133
    Lipoproteina (a)                 86       H      nmol/L     < 75
    Proteina C reactivă hs           2,4             mg/L       0 - 5
    Homocisteina                     13,8            µmol/L     5,46 - 16,2
    Notă: Valorile LDL țintă depind de riscul cardiovascular; discutați cu medicul dumneavoastră.
    Medic de laborator: Dr. Andreea Ionescu
''', [
    R('total-cholesterol', '238', 'mg/dL', '..<200', 'high'),
    R('hdl-cholesterol', '44', 'mg/dL', '>40..'),
    R('ldl-cholesterol', '162', 'mg/dL', '..<100', 'high'),
    R('triglycerides', '156', 'mg/dL', '..<150', 'high'),
    R('apolipoprotein-b', '118', 'mg/dL', '66..133'),
    R('lipoprotein-a', '86', 'nmol/L', '..<75', 'high'),
    R('hs-crp', '2.4', 'mg/L', '0..5'),
    R('homocysteine', '13.8', 'µmol/L', '5.46..16.2'),
], "range=the Interval biologic de referință column ('< b', '> a' strict, a - b closed); H printed after the value; the Notă and signature lines are not rows.")

case('HU', 'hu', 'Hungarian private lab (Affidea) insulin-resistance panel, Hungarian word flag "magas", HOMA-IR without unit', '''
    Affidea Magyarország Kft. - Budai laboratórium
    Név: Kovács Péter       Szül. dátum: 1979.03.15       Mintavétel: 2025.02.12 07:40
    Vizsgálat                     Eredmény      Eltérés     Mértékegység     Referencia tartomány
    Vércukor (éhgyomri)           5,3                       mmol/l           3,9 - 6,0
    Inzulin (éhgyomri)            18,4                      µIU/ml           2,6 - 24,9
    HOMA-IR                       4,33          magas                        < 2,0
    HbA1c                         5,8                       %                4,0 - 6,0
    Húgysav                       412                       µmol/l           202 - 417
    GGT                           64                        U/l              10 - 71
    Megjegyzés: HOMA-IR = éhgyomri inzulin × éhgyomri glükóz / 22,5
''', [
    R('glucose', '5.3', 'mmol/l', '3.9..6.0'),
    R('insulin', '18.4', 'µIU/ml', '2.6..24.9'),
    R('homa-ir', '4.33', None, '..<2.0', 'high'),
    R('hemoglobin-a1c', '5.8', '%', '4.0..6.0'),
    R('uric-acid', '412', 'µmol/l', '202..417'),
    R('gamma-glutamyl-transferase', '64', 'U/l', '10..71'),
], "range=the Referencia tartomány column (a - b, '< 2,0' strict); 'magas' (high) in the Eltérés column is the printed flag; HOMA-IR has no unit so no normalized value; the Megjegyzés formula line is not a row.")

case('SI', 'sl', 'Slovenian health-centre hemogram with L/L haematocrit, ESR, ferritin in µg/L, "<" bounds, arrow flags', '''
    Zdravstveni dom Ljubljana - Laboratorij                 IZVID LABORATORIJSKIH PREISKAV
    Priimek in ime: Novak Marko      Datum rojstva: 02.11.1972      Datum odvzema: 11.02.2025
    Preiskava                    Rezultat     Enota        Referenčne vrednosti
    Levkociti                    5,2          10^9/L       4,0 - 10,0
    Eritrociti                   4,88         10^12/L      4,34 - 5,72
    Hemoglobin                   151          g/L          138 - 175
    Hematokrit                   0,452        L/L          0,415 - 0,530
    MCV                          92           fL           83 - 97
    Trombociti                   198          10^9/L       150 - 410
    Sedimentacija (SR)           8            mm/h         < 15
    CRP                          3            mg/L         < 5
    Feritin                      512 ↑        µg/L         30 - 400
    Izvid odobril: Mateja Kos, mag. lab. biomed.
''', [
    R('white-blood-cell-count', '5.2', '10^9/L', '4.0..10.0'),
    R('red-blood-cell-count', '4.88', '10^12/L', '4.34..5.72'),
    R('hemoglobin', '151', 'g/L', '138..175'),
    R('hematocrit', '0.452', 'L/L', '0.415..0.530'),
    R('mean-corpuscular-volume', '92', 'fL', '83..97'),
    R('platelet-count', '198', '10^9/L', '150..410'),
    R('erythrocyte-sedimentation-rate', '8', 'mm/h', '..<15'),
    R('c-reactive-protein', '3', 'mg/L', '..<5'),
    R('ferritin', '512', 'µg/L', '30..400', 'high'),
], "range=the Referenčne vrednosti column (a - b, '< b' strict), range in L/L for haematocrit (0.452 L/L → 45.2 %); ↑ printed for ferritin; the approval line is not a row.")

case('LV', 'lv', 'Latvian lab (E. Gulbja Laboratorija) vitamins and minerals, ↓ flag, SI magnesium/calcium', '''
    E. GULBJA LABORATORIJA                                  Rīga, Brīvības gatve 375
    Pacients: Bērziņa Ilze       Dzimšanas dati: 17.06.1984       Paraugs ņemts: 14.02.2025
    Izmeklējums                      Rezultāts       Mērv.        Norma
    Vitamīns D (25-OH)               21,4  ↓         ng/ml        30 - 100
    Feritīns                         46              ng/ml        13 - 150
    Vitamīns B12                     312             pg/ml        197 - 771
    Folskābe                         4,1             ng/ml        3,9 - 26,8
    TSH                              1,92            mIU/l        0,27 - 4,2
    Brīvais T4 (FT4)                 16,2            pmol/l       12 - 22
    Magnijs                          0,84            mmol/l       0,66 - 1,07
    Kalcijs                          2,38            mmol/l       2,15 - 2,5
    Rezultātu apstiprināja: Dr. biol. A. Kalniņa
''', [
    R('vitamin-d', '21.4', 'ng/ml', '30..100', 'low'),
    R('ferritin', '46', 'ng/ml', '13..150'),
    R('vitamin-b12', '312', 'pg/ml', '197..771'),
    R('folate', '4.1', 'ng/ml', '3.9..26.8'),
    R('thyroid-stimulating-hormone', '1.92', 'mIU/l', '0.27..4.2'),
    R('free-t4', '16.2', 'pmol/l', '12..22'),
    R('magnesium', '0.84', 'mmol/l', '0.66..1.07'),
    R('calcium', '2.38', 'mmol/l', '2.15..2.5'),
], "range=the Norma column as a - b with decimal commas; ↓ printed for vitamin D; FT4, magnesium and calcium convert with their molar masses; the approval line is not a row.")

case('GR', 'el', 'Greek private lab biochemistry with Greek test names, decimal commas, iron studies, no printed flags', '''
    ΒΙΟΪΑΤΡΙΚΗ  Διαγνωστικά Εργαστήρια                          Αθήνα, Κηφισίας 58
    Ονοματεπώνυμο: ΠΑΠΑΔΟΠΟΥΛΟΥ ΕΛΕΝΗ     Ηλικία: 42     Φύλο: Θ     Αρ. Πρωτ.: 250213-5521
    Ημ. αιμοληψίας: 13/02/2025
    Εξέταση                      Αποτέλεσμα      Μονάδες       Τιμές αναφοράς
    Σάκχαρο                      94              mg/dl         70 - 110
    Ουρία                        34              mg/dl         10 - 50
    Κρεατινίνη                   0,81            mg/dl         0,5 - 1,1
    Ουρικό οξύ                   5,2             mg/dl         2,4 - 5,7
    SGOT (AST)                   22              U/L           5 - 40
    SGPT (ALT)                   19              U/L           5 - 40
    γ-GT                         18              U/L           5 - 36
    Σίδηρος                      48              μg/dl         50 - 170
    Φερριτίνη                    11              ng/ml         13 - 150
    Ο υπεύθυνος βιοπαθολόγος: Δρ. Γ. Νικολάου
''', [
    R('glucose', '94', 'mg/dl', '70..110'),
    R('urea', '34', 'mg/dl', '10..50'),
    R('creatinine', '0.81', 'mg/dl', '0.5..1.1'),
    R('uric-acid', '5.2', 'mg/dl', '2.4..5.7'),
    R('aspartate-aminotransferase', '22', 'U/L', '5..40'),
    R('alanine-aminotransferase', '19', 'U/L', '5..40'),
    R('gamma-glutamyl-transferase', '18', 'U/L', '5..36'),
    R('iron', '48', 'μg/dl', '50..170'),
    R('ferritin', '11', 'ng/ml', '13..150'),
], "range=the Τιμές αναφοράς column as a - b; no flags printed, so iron and ferritin are computed low; Ουρία is urea (mg/dL), not BUN; the signature is not a row.")

case('GR', 'el', 'Greek laboratory ISO 15189 accreditation certificate page (scope summary, no results)', '''
    ΕΛΛΗΝΙΚΟ ΣΥΣΤΗΜΑ ΔΙΑΠΙΣΤΕΥΣΗΣ (Ε.ΣΥ.Δ.)
    ΠΙΣΤΟΠΟΙΗΤΙΚΟ ΔΙΑΠΙΣΤΕΥΣΗΣ Αρ. 1124
    Βεβαιώνεται ότι το εργαστήριο ΒΙΟΪΑΤΡΙΚΗ Α.Ε. πληροί τις απαιτήσεις του προτύπου ΕΛΟΤ EN ISO 15189:2022
    Πεδίο διαπίστευσης: Κλινική Χημεία, Αιματολογία, Ανοσολογία, Ορμονολογία
    Ισχύς από: 01/03/2023   έως: 28/02/2027
    Ο Πρόεδρος του Δ.Σ.
''', [], "range=none; an accreditation certificate with its scope of disciplines and validity dates, no patient results.")

case('LU', 'fr', 'Luxembourg lab (Laboratoires Réunis) with value, unit and range on one line and "Antériorité" beside, SI vitamins', '''
    LABORATOIRES RÉUNIS                          Junglinster - Luxembourg
    Patient(e): SCHMIT Claire        Né(e) le: 09.08.1980        Dossier: 2502-19-04472
    Prélèvement: 19.02.2025 07:50
    Analyse                         Résultat     Unité       Valeurs de référence     Antériorité 10.09.2024
    TSH                             1,78         mUI/l       0,27 - 4,20              2,02
    T4 libre                        13,2         pmol/l      12,0 - 22,0              14,0
    Ferritine                       34           µg/l        15 - 150                 22
    Vitamine B12                    289          pmol/l      145 - 569                240
    Acide folique                   15,1         nmol/l      8,8 - 60,8               11,2
    Homocystéine                    9,8          µmol/l      5,0 - 15,0               -
    Validé par: Dr M. Weber, biologiste
''', [
    R('thyroid-stimulating-hormone', '1.78', 'mUI/l', '0.27..4.20'),
    R('free-t4', '13.2', 'pmol/l', '12.0..22.0'),
    R('ferritin', '34', 'µg/l', '15..150'),
    R('vitamin-b12', '289', 'pmol/l', '145..569'),
    R('folate', '15.1', 'nmol/l', '8.8..60.8'),
    R('homocysteine', '9.8', 'µmol/l', '5.0..15.0'),
], "range=the Valeurs de référence column (a - b); no flags; the Antériorité column is an earlier result and not a row; B12, folate and FT4 convert with their molar masses.")

case('AO', 'pt', 'Angolan clinic report in Portuguese, hemogram items and malaria smear with qualitative answer', '''
    CLÍNICA GIRASSOL - LABORATÓRIO DE ANÁLISES CLÍNICAS                 Luanda - Angola
    Utente: Domingos Manuel Sebastião       Idade: 36 anos       Processo: 25-011873
    Data da colheita: 16/02/2025
    Análise                               Resultado        Unidade       Valores de Referência
    Hemoglobina                           11,2             g/dL          13,0 - 17,0
    Leucócitos                            4,1              x10^9/L       4,0 - 10,0
    Plaquetas                             142              x10^9/L       150 - 400
    Glicemia                              88               mg/dL         70 - 110
    Creatinina                            0,8              mg/dL         0,7 - 1,2
    Pesquisa de Plasmodium (gota espessa) Negativo                       Negativo
    O Técnico Responsável: Lic. Ana Cardoso
''', [
    R('hemoglobin', '11.2', 'g/dL', '13.0..17.0'),
    R('white-blood-cell-count', '4.1', 'x10^9/L', '4.0..10.0'),
    R('platelet-count', '142', 'x10^9/L', '150..400'),
    R('glucose', '88', 'mg/dL', '70..110'),
    R('creatinine', '0.8', 'mg/dL', '0.7..1.2'),
    R('malaria-parasite-smear', None, None, 'text', 'normal', 'Negativo'),
], "range=the Valores de Referência column (a - b); no flags printed, so low Hb and platelets are computed; the thick-film malaria search answers 'Negativo' as expected (range text, flag normal).")

case('EC', 'es', 'HTML table exported by an OCR app from an Ecuadorian lab report', '''
    <h3>LABORATORIO CLÍNICO ZURITA &amp; ZURITA - Quito</h3>
    <p>Paciente: Andrade Cevallos, Sofía &nbsp; Edad: 33 años &nbsp; Fecha: 05/02/2025</p>
    <table>
    <tr><th>Examen</th><th>Resultado</th><th>Unidad</th><th>Valor de referencia</th></tr>
    <tr><td>TSH</td><td>4.82</td><td>uUI/mL</td><td>0.27 - 4.20</td></tr>
    <tr><td>T4 libre</td><td>1.05</td><td>ng/dL</td><td>0.93 - 1.70</td></tr>
    <tr><td>Insulina basal</td><td>22.8</td><td>uUI/mL</td><td>2.6 - 24.9</td></tr>
    <tr><td>Glucosa basal</td><td>96</td><td>mg/dL</td><td>70 - 100</td></tr>
    <tr><td>Hemoglobina glicosilada</td><td>5.7</td><td>%</td><td>4.0 - 5.6</td></tr>
    <tr><td>Vitamina D (25-OH)</td><td>31.5</td><td>ng/mL</td><td>30 - 100</td></tr>
    </table>
    <p><i>Resultados validados por Dra. P. Zurita</i></p>
''', [
    R('thyroid-stimulating-hormone', '4.82', 'uUI/mL', '0.27..4.20'),
    R('free-t4', '1.05', 'ng/dL', '0.93..1.70'),
    R('insulin', '22.8', 'uUI/mL', '2.6..24.9'),
    R('glucose', '96', 'mg/dL', '70..100'),
    R('hemoglobin-a1c', '5.7', '%', '4.0..5.6'),
    R('vitamin-d', '31.5', 'ng/mL', '30..100'),
], "range=the 'Valor de referencia' cell of each <tr> row (a - b); no flag cell, so TSH 4.82 and HbA1c 5.7 are computed high; uUI/mL = µIU/mL; heading, paragraph and validation lines are not rows.")

case('EC', 'es', 'printed slip with the order number and web credentials to see results online', '''
    LABORATORIO CLÍNICO ZURITA & ZURITA
    CONSULTA DE RESULTADOS EN LÍNEA
    Paciente: Mora Salazar, Diego          Orden N°: 250221-0988
    Ingrese a www.zuritaonline.com.ec
    Usuario: 1719445820        Clave: 7K4P-22
    Sus resultados estarán disponibles a partir del 22/02/2025 desde las 16:00.
    Exámenes: Biometría hemática, Perfil lipídico, TSH, PSA total
''', [], "range=none; a login slip listing the ordered tests and the web credentials; no values.")

case('JP', 'ja', 'e-mail reminder for a Japanese comprehensive check-up (ningen dock) appointment with fasting instructions', '''
    件名: 【人間ドック】ご予約日のご案内(3日前のお知らせ)
    山本 花子 様
    この度は聖路加国際病院 予防医療センターの人間ドックをご予約いただき、誠にありがとうございます。
    ご予約日時: 2025年3月4日(火) 8:00 受付
    コース: 1日ドック(婦人科オプション付き)
    前日21時以降は絶食でお願いいたします。水は検査2時間前まで200mLまで可能です。
    検便容器は2日分をご提出ください。
    ご不明な点は 03-5550-7166 までお問い合わせください。
''', [], "range=none; an appointment reminder with fasting rules (21時, 200mL are instructions, not results).")

case('CN', 'zh', 'test menu page from a Chinese reference lab (KingMed) with specimen, tube and turnaround time, no results', '''
    金域医学检验  检验项目目录(节选)
    项目代码     项目名称                         标本类型         采血管           报告周期
    1101         甲状腺功能五项(TSH/FT3/FT4/T3/T4)  血清 2mL         黄帽分离胶管      1个工作日
    1208         性激素六项                        血清 3mL         黄帽分离胶管      1个工作日
    2033         25-羟基维生素D                    血清 1mL         黄帽分离胶管      3个工作日
    3310         同型半胱氨酸                      血清 1mL         黄帽分离胶管      1个工作日
    4102         糖化血红蛋白                      全血 2mL         紫帽EDTA管        1个工作日
    注: 标本需2-8℃冷藏运输。
''', [], "range=none; a test catalogue page (codes, specimen volumes, tubes, turnaround days); the numbers are codes and volumes, not results.")

case('US', 'en', 'kp.org (Kaiser Permanente) result page copy-paste: value and unit in one cell, standard range with unit, word flag', '''
    Test Results - Lipid Panel
    Collected on Feb 3, 2025 7:52 AM    Ordered by: Lisa Chen, MD    Kaiser Permanente Northern California
    Component             Your Value        Standard Range        Flag
    Cholesterol           212 mg/dL         <200 mg/dL            High
    Triglycerides         88 mg/dL          <150 mg/dL
    HDL Cholesterol       61 mg/dL          >39 mg/dL
    LDL Cholesterol       133 mg/dL         <130 mg/dL            High
    Non-HDL Cholesterol   151 mg/dL         <130 mg/dL            High
    Test Results - Hemoglobin A1c
    Component             Your Value        Standard Range        Flag
    Hemoglobin A1c        5.4 %             4.0 - 5.6 %
    Test Results - TSH
    Component             Your Value        Standard Range        Flag
    TSH                   2.41 uIU/mL       0.35 - 4.00 uIU/mL
    Your doctor's comments: Your LDL is a little high. Let's recheck in 6 months.
''', [
    R('total-cholesterol', '212', 'mg/dL', '..<200', 'high'),
    R('triglycerides', '88', 'mg/dL', '..<150'),
    R('hdl-cholesterol', '61', 'mg/dL', '>39..'),
    R('ldl-cholesterol', '133', 'mg/dL', '..<130', 'high'),
    R('non-hdl-cholesterol', '151', 'mg/dL', '..<130', 'high'),
    R('hemoglobin-a1c', '5.4', '%', '4.0..5.6'),
    R('thyroid-stimulating-hormone', '2.41', 'uIU/mL', '0.35..4.00'),
], "range=the Standard Range cell ('<b'/'>a' strict, 'a - b' closed; the unit inside it is dropped); Flag column High printed; the repeated section headers and the doctor's comment are not rows.")

case('US', 'en', 'Function Health-style wellness dashboard text: one biomarker per block, status word, reference range line', '''
    Function  ·  Your Results  ·  Updated Feb 19, 2025
    HEART
    Apolipoprotein B (ApoB)
    98 mg/dL
    Above range
    Reference range: <90 mg/dL
    Lipoprotein(a)
    142 nmol/L
    Above range
    Reference range: <75 nmol/L
    hs-CRP
    0.6 mg/L
    In range
    Reference range: <1.0 mg/L
    Homocysteine
    10.8 umol/L
    In range
    Reference range: <11.4 umol/L
    METABOLIC
    Insulin
    6.2 uIU/mL
    In range
    Reference range: <18.4 uIU/mL
    MALE HEALTH
    Testosterone, Total
    624 ng/dL
    In range
    Reference range: 250-827 ng/dL
    Free Testosterone
    92.4 pg/mL
    In range
    Reference range: 46.0-224.0 pg/mL
    SHBG
    44 nmol/L
    In range
    Reference range: 10-50 nmol/L
    Biomarkers are tested by Quest Diagnostics. Talk to your clinician before making changes.
''', [
    R('apolipoprotein-b', '98', 'mg/dL', '..<90', 'high'),
    R('lipoprotein-a', '142', 'nmol/L', '..<75', 'high'),
    R('hs-crp', '0.6', 'mg/L', '..<1.0', 'normal'),
    R('homocysteine', '10.8', 'umol/L', '..<11.4', 'normal'),
    R('insulin', '6.2', 'uIU/mL', '..<18.4', 'normal'),
    R('testosterone', '624', 'ng/dL', '250..827', 'normal'),
    R('testosterone-free', '92.4', 'pg/mL', '46.0..224.0', 'normal'),
    R('shbg', '44', 'nmol/L', '10..50', 'normal'),
], "range=the 'Reference range:' line of each block ('<b' strict, a-b closed); 'Above range'/'In range' are printed flags; the section headings (HEART, METABOLIC) and the footer are not rows.")

case('US', 'en', 'Everlywell at-home thyroid test results page, status words, TPO antibody in IU/mL', '''
    everlywell  |  Thyroid Test  |  Results for Jessica M.
    Sample collected: 01/29/2025        Results reported: 02/04/2025
    Physician reviewed by: Everlywell independent physician network
    Marker                 Your Result      Status                   Range
    TSH                    2.8 µIU/mL       Normal                   0.45 - 4.5 µIU/mL
    Free T4                1.2 ng/dL        Normal                   0.8 - 1.8 ng/dL
    Free T3                3.1 pg/mL        Normal                   2.3 - 4.2 pg/mL
    TPO Antibodies         45 IU/mL         Above Normal Range       <34 IU/mL
    What do my results mean? Elevated TPO antibodies can be a sign of autoimmune thyroid disease.
    This test is for informational purposes and is not a diagnosis.
''', [
    R('thyroid-stimulating-hormone', '2.8', 'µIU/mL', '0.45..4.5', 'normal'),
    R('free-t4', '1.2', 'ng/dL', '0.8..1.8', 'normal'),
    R('free-t3', '3.1', 'pg/mL', '2.3..4.2', 'normal'),
    R('thyroid-peroxidase-antibody', '45', 'IU/mL', '..<34', 'high'),
], "range=the Range column ('<34' strict, a - b closed); Status words are printed flags ('Above Normal Range' = high); TPO in IU/mL is not normalized (catalog U/mL); the explanatory text is not a row.")

case('US', 'en', 'Marek Health order run at Labcorp, extracted with plain pdftotext: each cell on its own line, lab code 01 after each test', '''
    Marek Health - Labcorp Results
    Patient: Thomas R. Whitfield
    DOB: 06/19/1981
    Specimen ID: 041-502-8870-0
    Date Collected: 02/10/2025
    Tests
    Result
    Flag
    Units
    Reference Interval
    Testosterone
    01
    468
    ng/dL
    264-916
    Free Testosterone(Direct)
    01
    9.4
    pg/mL
    8.7-25.1
    Estradiol, Sensitive
    01
    48.6
    High
    pg/mL
    7.6-42.6
    Sex Horm Binding Glob, Serum
    01
    31.8
    nmol/L
    16.5-55.9
    Prolactin
    01
    11.2
    ng/mL
    4.0-15.2
    Prostate Specific Ag
    01
    0.9
    ng/mL
    0.0-4.0
    Hematocrit
    01
    52.4
    High
    %
    37.5-51.0
    01
    LabCorp Raleigh, 1447 York Court, Burlington, NC 27215-3361
''', [
    R('testosterone', '468', 'ng/dL', '264..916'),
    R('testosterone-free', '9.4', 'pg/mL', '8.7..25.1'),
    R('estradiol', '48.6', 'pg/mL', '7.6..42.6', 'high'),
    R('shbg', '31.8', 'nmol/L', '16.5..55.9'),
    R('prolactin', '11.2', 'ng/mL', '4.0..15.2'),
    R('prostate-specific-antigen', '0.9', 'ng/mL', '0.0..4.0'),
    R('hematocrit', '52.4', '%', '37.5..51.0', 'high'),
], "range=the line after the unit in each test's run (a-b); '01' is the performing-lab code, not a value; 'High' on its own line is the printed flag; the performing-lab footer is not a row.")

case('US', 'en', 'VA VistA (CPRS) chemistry print, flag glued after the value, Site Code column, key legend', '''
                     ---- CHEMISTRY ----
    Report Released Date/Time: Feb 06, 2025@14:22
    Provider: GARCIA,ANTHONY M
      Specimen: SERUM.            CH 0206 1187
        Specimen Collection Date: Feb 06, 2025@07:40
          Test name                Result    units          Ref.   range   Site Code
    GLUCOSE                          118 H   mg/dL          70 - 99          [612]
    UREA NITROGEN                     24 H   mg/dL          8 - 23           [612]
    CREATININE                      1.31 H   mg/dL          0.70 - 1.30      [612]
    SODIUM                           138     mmol/L         136 - 145        [612]
    POTASSIUM                        4.4     mmol/L         3.5 - 5.1        [612]
    CHLORIDE                         103     mmol/L         98 - 107         [612]
    CO2                               26     mmol/L         21 - 32          [612]
    CALCIUM                          9.3     mg/dL          8.5 - 10.1       [612]
    EGFR (CKD-EPI 2021)               61     mL/min/1.73m2  >59              [612]
    ==========================================================================
    KEY: "L"=Abnormal low, "H"=Abnormal high, "*"=Critical value
    Performing Lab Sites:
    [612] VA NORTHERN CALIFORNIA HCS, 10535 HOSPITAL WAY, MATHER, CA 95655
''', [
    R('glucose', '118', 'mg/dL', '70..99', 'high'),
    R('blood-urea-nitrogen', '24', 'mg/dL', '8..23', 'high'),
    R('creatinine', '1.31', 'mg/dL', '0.70..1.30', 'high'),
    R('sodium', '138', 'mmol/L', '136..145'),
    R('potassium', '4.4', 'mmol/L', '3.5..5.1'),
    R('chloride', '103', 'mmol/L', '98..107'),
    R('carbon-dioxide', '26', 'mmol/L', '21..32'),
    R('calcium', '9.3', 'mg/dL', '8.5..10.1'),
    R('egfr', '61', 'mL/min/1.73m2', '>59..'),
], "range=the 'Ref. range' column (a - b closed, '>59' strict); H after the value is the printed flag; [612] is the site code; the accession line, legend and site address are not rows.")

case('US', 'en', 'Clinical Pathology Laboratories (Austin) two-page print, patient header repeated, Page x of 2, hormones on page 2', '''
    CLINICAL PATHOLOGY LABORATORIES                          9200 Wall Street, Austin, TX 78754
    Patient: REYES, DANIEL O          DOB: 11/02/1976     Sex: M     Acct: 7741-0228
    Collected: 02/24/2025 08:12       Reported: 02/25/2025 06:40      Physician: K. PATEL, MD
    TEST                          RESULT     FLAG     UNITS          REFERENCE RANGE
    COMPREHENSIVE METABOLIC PANEL
    GLUCOSE                       91                  mg/dL          65-99
    BUN                           17                  mg/dL          7-25
    CREATININE                    1.08                mg/dL          0.70-1.33
    ALBUMIN                       4.6                 g/dL           3.6-5.1
    ALT                           29                  U/L            9-46
    AST                           25                  U/L            10-40
                                              Page 1 of 2
    CLINICAL PATHOLOGY LABORATORIES                          9200 Wall Street, Austin, TX 78754
    Patient: REYES, DANIEL O          DOB: 11/02/1976     Sex: M     Acct: 7741-0228
    TEST                          RESULT     FLAG     UNITS          REFERENCE RANGE
    ENDOCRINOLOGY
    FSH                           3.1                 mIU/mL         1.6-8.0
    LH                            2.2                 mIU/mL         1.5-9.3
    DHEA SULFATE                  96                  ug/dL          84-440
    IGF-1                         98         L        ng/mL          101-267
    CORTISOL, AM                  17.9                ug/dL          4.0-22.0
                                              Page 2 of 2
''', [
    R('glucose', '91', 'mg/dL', '65..99'),
    R('blood-urea-nitrogen', '17', 'mg/dL', '7..25'),
    R('creatinine', '1.08', 'mg/dL', '0.70..1.33'),
    R('albumin', '4.6', 'g/dL', '3.6..5.1'),
    R('alanine-aminotransferase', '29', 'U/L', '9..46'),
    R('aspartate-aminotransferase', '25', 'U/L', '10..40'),
    R('follicle-stimulating-hormone', '3.1', 'mIU/mL', '1.6..8.0'),
    R('luteinizing-hormone', '2.2', 'mIU/mL', '1.5..9.3'),
    R('dhea-sulfate', '96', 'ug/dL', '84..440'),
    R('somatomedin-c', '98', 'ng/mL', '101..267', 'low'),
    R('cortisol', '17.9', 'ug/dL', '4.0..22.0'),
], "range=the REFERENCE RANGE column (a-b) on both pages; the FLAG column's L is printed; the repeated header, panel titles and 'Page x of 2' footers are not rows.")

case('UK', 'en', 'Thriva finger-prick dashboard copy: status word, normal range line, cholesterol in mmol/L, HbA1c in mmol/mol', '''
    Thriva  ·  Your blood test results  ·  Sample taken 2 Feb 2025
    Vitamin D
    48 nmol/L   Low
    Normal range: 50 - 175 nmol/L
    Ferritin
    52 ug/L   Normal
    Normal range: 30 - 400 ug/L
    HbA1c (average blood sugar)
    36 mmol/mol   Normal
    Normal range: under 42 mmol/mol
    Total cholesterol
    5.4 mmol/L   High
    Normal range: under 5 mmol/L
    HDL cholesterol
    1.6 mmol/L   Normal
    Normal range: over 1 mmol/L
    Triglycerides
    0.9 mmol/L   Normal
    Normal range: under 1.7 mmol/L
    Your GP comment: Dr Sarah Hughes (GMC 7034412) - Vitamin D is a little low; consider 1,000 IU daily.
''', [
    R('vitamin-d', '48', 'nmol/L', '50..175', 'low'),
    R('ferritin', '52', 'ug/L', '30..400', 'normal'),
    R('hemoglobin-a1c', '36', 'mmol/mol', '..<42', 'normal'),
    R('total-cholesterol', '5.4', 'mmol/L', '..<5', 'high'),
    R('hdl-cholesterol', '1.6', 'mmol/L', '>1..', 'normal'),
    R('triglycerides', '0.9', 'mmol/L', '..<1.7', 'normal'),
], "range=each 'Normal range:' line ('under b' strict upper, 'over a' strict lower, a - b closed); the status word after the value is the printed flag; HbA1c in mmol/mol keeps no normalized value; the GP comment (1,000 IU) is advice, not a row.")

case('UK', 'en', 'Randox Health clinic report, Within/Above Range status column, prolactin in mIU/L', '''
    RANDOX HEALTH  -  Clinic: Holborn, London                         Programme: Signature Male
    Client: Oliver Bennett      DOB: 30/01/1979      Sample date: 11/02/2025      Ref: RH-25-0211-118
    Biomarker                        Your Result     Units       Reference Range     Status
    Testosterone                     16.2            nmol/L      8.64 - 29.0         Within Range
    Sex Hormone Binding Globulin     48.1            nmol/L      18.3 - 54.1         Within Range
    Oestradiol                       121             pmol/L      41.4 - 159          Within Range
    Prolactin                        210             mIU/L       86 - 324            Within Range
    Cortisol                         612             nmol/L      133 - 537           Above Range
    DHEA Sulphate                    5.8             umol/L      4.34 - 12.2         Within Range
    Prostate Specific Antigen        0.72            ug/L        0 - 2.5             Within Range
    Your results have been reviewed by a Randox Health GP. Morning cortisol is affected by stress and sleep.
''', [
    R('testosterone', '16.2', 'nmol/L', '8.64..29.0', 'normal'),
    R('shbg', '48.1', 'nmol/L', '18.3..54.1', 'normal'),
    R('estradiol', '121', 'pmol/L', '41.4..159', 'normal'),
    R('prolactin', '210', 'mIU/L', '86..324', 'normal'),
    R('cortisol', '612', 'nmol/L', '133..537', 'high'),
    R('dhea-sulfate', '5.8', 'umol/L', '4.34..12.2', 'normal'),
    R('prostate-specific-antigen', '0.72', 'ug/L', '0..2.5', 'normal'),
], "range=the Reference Range column (a - b); Status words printed ('Above Range' = high); prolactin in mIU/L is not normalized (IU against a mass catalog unit); molar hormones convert with their molar masses; the review note is not a row.")

case('UK', 'en', 'Forth at-home test inline list: "Name: value unit (normal range a - b)" with Low/High after the range', '''
    FORTH  |  Baseline Plus  |  Results for Hannah Ellis  |  Sample received 07/02/2025
    Inflammation
    hs-CRP: 1.8 mg/L (normal range 0 - 5)
    Iron status
    Ferritin: 24 ug/L (normal range 30 - 400) Low
    Folate: 6.1 ug/L (normal range 2.9 - 20)
    Thyroid
    TSH: 1.7 mIU/L (normal range 0.27 - 4.2)
    Free T4: 16.8 pmol/L (normal range 12 - 22)
    Muscle and kidney
    Creatine kinase: 412 U/L (normal range 25 - 200) High
    Urea: 6.8 mmol/L (normal range 2.5 - 7.8)
    Creatinine: 96 umol/L (normal range 45 - 84) High
    Note: High CK and creatinine are common after intense exercise in the 48 hours before a test.
''', [
    R('hs-crp', '1.8', 'mg/L', '0..5'),
    R('ferritin', '24', 'ug/L', '30..400', 'low'),
    R('folate', '6.1', 'ug/L', '2.9..20'),
    R('thyroid-stimulating-hormone', '1.7', 'mIU/L', '0.27..4.2'),
    R('free-t4', '16.8', 'pmol/L', '12..22'),
    R('creatine-kinase', '412', 'U/L', '25..200', 'high'),
    R('urea', '6.8', 'mmol/L', '2.5..7.8'),
    R('creatinine', '96', 'umol/L', '45..84', 'high'),
], "range=the bracketed 'normal range a - b' after each value; Low/High after the bracket are printed flags; section headings and the exercise note are not rows; urea in mmol/L is urea (not BUN).")

case('CA', 'en', 'Alberta MyHealth Records list sorted by date, older results for the same tests interleaved, flag column', '''
    MyHealth Records  ·  Lab Results  ·  Alberta Precision Laboratories
    Name: Raj Gill        PHN: XXXXX-4417
    Test Name                      Result     Flag     Reference Range      Units            Date Collected
    Hemoglobin A1c                 6.6        H        <=6.0                %                2025-Feb-04
    Glucose Fasting                7.4        H        3.6-6.0              mmol/L           2025-Feb-04
    Creatinine                     84                  50-120               umol/L           2025-Feb-04
    eGFR                           88                  >=60                 mL/min/1.73m2    2025-Feb-04
    LDL Cholesterol                2.9                 <3.5                 mmol/L           2025-Feb-04
    Hemoglobin A1c                 6.9        H        <=6.0                %                2024-Aug-19
    Glucose Fasting                7.9        H        3.6-6.0              mmol/L           2024-Aug-19
    Creatinine                     79                  50-120               umol/L           2024-Aug-19
    LDL Cholesterol                3.4                 <3.5                 mmol/L           2024-Aug-19
    Results may take up to 24 hours to appear after they are finalized.
''', [
    R('hemoglobin-a1c', '6.6', '%', '..6.0', 'high'),
    R('glucose', '7.4', 'mmol/L', '3.6..6.0', 'high'),
    R('creatinine', '84', 'umol/L', '50..120'),
    R('egfr', '88', 'mL/min/1.73m2', '60..'),
    R('ldl-cholesterol', '2.9', 'mmol/L', '..<3.5'),
], "range=the Reference Range column ('<=b' and '>=a' inclusive, '<b' strict); only the newest collection date (2025-Feb-04) is keyed, the 2024-Aug-19 rows are older results like a cumulative column; H is printed.")

case('CA', 'en', 'Toronto hospital (Unity Health) two-page print, SI haematology, header repeated, continued marker', '''
    UNITY HEALTH TORONTO - ST. MICHAEL'S HOSPITAL          Laboratory Medicine
    Patient: TREMBLAY, NATHALIE     MRN: 0049-221-873     DOB: 1988-04-27     Sex: F
    Collected: 2025-02-17 09:05                            Ordering: DR. S. OKAFOR
    Test                     Result     Flag    Reference          Units
    HEMATOLOGY
    WBC                      3.6        L       4.0-11.0           x10^9/L
    RBC                      4.21               3.80-5.20          x10^12/L
    Hemoglobin               108        L       120-160            g/L
    Hematocrit               0.334      L       0.360-0.460        L/L
    MCV                      79         L       80-100             fL
                  *** continued on next page ***                 Page 1 of 2
    UNITY HEALTH TORONTO - ST. MICHAEL'S HOSPITAL          Laboratory Medicine
    Patient: TREMBLAY, NATHALIE     MRN: 0049-221-873
    Test                     Result     Flag    Reference          Units
    Platelets                412        H       150-400            x10^9/L
    CHEMISTRY
    Ferritin                 6          L       15-247             ug/L
    Vitamin B12              298                >=148              pmol/L
                                                                 Page 2 of 2
''', [
    R('white-blood-cell-count', '3.6', 'x10^9/L', '4.0..11.0', 'low'),
    R('red-blood-cell-count', '4.21', 'x10^12/L', '3.80..5.20'),
    R('hemoglobin', '108', 'g/L', '120..160', 'low'),
    R('hematocrit', '0.334', 'L/L', '0.360..0.460', 'low'),
    R('mean-corpuscular-volume', '79', 'fL', '80..100', 'low'),
    R('platelet-count', '412', 'x10^9/L', '150..400', 'high'),
    R('ferritin', '6', 'ug/L', '15..247', 'low'),
    R('vitamin-b12', '298', 'pmol/L', '148..'),
], "range=the Reference column (a-b, '>=a' inclusive) on both pages; L/H printed; Hb g/L ÷10 and Hct L/L ×100; the repeated header, 'continued' line and page footers are not rows.")

case('AU', 'en', 'Australian Clinical Labs male hormone block, bracketed SI ranges, calculated free testosterone in pmol/L', '''
    AUSTRALIAN CLINICAL LABS                                      Clayton VIC 3168
    Patient: O'CONNOR, LIAM JAMES     DOB: 14/03/1983     Lab No: 25-61784402     Collected: 21/02/2025 08:20
    Referring Dr: DR M NGUYEN
    MALE HORMONES
      Testosterone               9.8      nmol/L       ( 8.6-29.0 )
      SHBG                        28      nmol/L       ( 15-50 )
      Calc. free testosterone    230      pmol/L       ( 150-550 )
      LH                         3.4      IU/L         ( 1.5-9.3 )
      FSH                        4.1      IU/L         ( 1.4-18.1 )
      Prolactin                  180      mIU/L        ( 45-375 )
      Oestradiol                  96      pmol/L       ( <150 )
    Comment: Testosterone is within the reference interval. Repeat fasting early-morning sample if clinically indicated.
''', [
    R('testosterone', '9.8', 'nmol/L', '8.6..29.0'),
    R('shbg', '28', 'nmol/L', '15..50'),
    R('testosterone-free', '230', 'pmol/L', '150..550'),
    R('luteinizing-hormone', '3.4', 'IU/L', '1.5..9.3'),
    R('follicle-stimulating-hormone', '4.1', 'IU/L', '1.4..18.1'),
    R('prolactin', '180', 'mIU/L', '45..375'),
    R('estradiol', '96', 'pmol/L', '..<150'),
], "range=the bracketed interval ('( <150 )' strict); no flags printed; free testosterone pmol/L → pg/mL and oestradiol pmol/L → pg/mL with their molar masses; prolactin in mIU/L not normalized; the comment is not a row.")

case('ZA', 'en', 'PathCare cumulative renal report, three date columns with the newest on the LEFT, H/L glued to values', '''
    PATHCARE                                   Cumulative Report            N1 City, Goodwood, Cape Town
    Patient: VAN DER MERWE, JOHANNES     Age: 71Y     Sex: M     Ref Dr: DR P JACOBS
                         18/02/25     05/11/24     12/06/24     Ref Range        Units
    Sodium               139          141          138          136 - 145        mmol/L
    Potassium            5.3 H        4.8          4.6          3.5 - 5.1        mmol/L
    Urea                 9.1 H        7.4 H        6.9          2.1 - 7.1        mmol/L
    Creatinine           142 H        118 H        109 H        64 - 104         umol/L
    eGFR                 46 L         58 L         64           > 60             mL/min/1.73m2
    Comment: Progressive decline in eGFR. Suggest urine ACR and nephrology referral if sustained.
''', [
    R('sodium', '139', 'mmol/L', '136..145'),
    R('potassium', '5.3', 'mmol/L', '3.5..5.1', 'high'),
    R('urea', '9.1', 'mmol/L', '2.1..7.1', 'high'),
    R('creatinine', '142', 'umol/L', '64..104', 'high'),
    R('egfr', '46', 'mL/min/1.73m2', '>60..', 'low'),
], "range=the Ref Range column (a - b, '> 60' strict); only the newest column (18/02/25, leftmost) is keyed, the older columns are not rows; H/L after the values are printed; the comment is not a row.")

case('IN', 'en', 'Apollo Diagnostics thyroid and vitamin report with a Method column and no printed flags', '''
    APOLLO DIAGNOSTICS                                   Global Reference Laboratory, Hyderabad
    Patient Name : Mrs. LAKSHMI PRIYA R       Age/Gender : 41 Y/F       UHID/MR No : AHYD.0000884213
    Sample Collected : 15/Feb/2025 08:42       Reported : 15/Feb/2025 19:10       Ref Doctor : SELF
    DEPARTMENT OF BIOCHEMISTRY
    Test Name                              Result     Unit       Bio. Ref. Interval     Method
    TRI-IODOTHYRONINE (T3, TOTAL)          1.21       ng/mL      0.7-2.04               CLIA
    THYROXINE (T4, TOTAL)                  9.8        µg/dL      5.1-14.1               CLIA
    THYROID STIMULATING HORMONE (TSH)      6.42       µIU/mL     0.55-4.78              CLIA
    VITAMIN B12                            148        pg/mL      211-911                CLIA
    25 OH VITAMIN D                        18.6       ng/mL      30-100                 CLIA
    *** End Of Report ***
    Page 1 of 1
''', [
    R('total-t3', '1.21', 'ng/mL', '0.7..2.04'),
    R('total-t4', '9.8', 'µg/dL', '5.1..14.1'),
    R('thyroid-stimulating-hormone', '6.42', 'µIU/mL', '0.55..4.78'),
    R('vitamin-b12', '148', 'pg/mL', '211..911'),
    R('vitamin-d', '18.6', 'ng/mL', '30..100'),
], "range=the Bio. Ref. Interval column (a-b); no flags printed, so TSH high and B12/vitamin D low are computed; T3 ng/mL ×100 → ng/dL; CLIA is the method, and End Of Report/page lines are not rows.")

case('IN', 'en', 'Healthians lipid profile with calculated ratios (no unit) and a risk-category note', '''
    HEALTHIANS  -  Expert Diagnostics Lab, Gurugram              NABL Accredited
    Name: Mr. Vikram Malhotra    Age: 46 Yrs    Gender: Male    Booking ID: HLT-25021833471
    Collected on: 18-02-2025 07:15      Reported on: 18-02-2025 15:48
    LIPID PROFILE
    Test Description            Observed Value    Unit      Biological Reference Interval
    Total Cholesterol           232               mg/dL     < 200
    Triglycerides               210               mg/dL     < 150
    HDL Cholesterol             36                mg/dL     > 40
    LDL Cholesterol             154               mg/dL     < 100
    VLDL Cholesterol            42                mg/dL     < 30
    Non-HDL Cholesterol         196               mg/dL     < 130
    Total Cholesterol/HDL Ratio 6.44                        3.0 - 5.0
    LDL/HDL Ratio               4.28                        1.5 - 3.5
    Note: Risk category per NLA 2014: LDL 100-129 near optimal, 130-159 borderline high, 160-189 high, >=190 very high.
''', [
    R('total-cholesterol', '232', 'mg/dL', '..<200'),
    R('triglycerides', '210', 'mg/dL', '..<150'),
    R('hdl-cholesterol', '36', 'mg/dL', '>40..'),
    R('ldl-cholesterol', '154', 'mg/dL', '..<100'),
    R('vldl-cholesterol', '42', 'mg/dL', '..<30'),
    R('non-hdl-cholesterol', '196', 'mg/dL', '..<130'),
    R('cholesterol-hdl-ratio', '6.44', None, '3.0..5.0'),
    R('ldl-hdl-ratio', '4.28', None, '1.5..3.5'),
], "range=the Biological Reference Interval column ('< b'/'> a' strict, a - b closed); no flags printed so all are computed; the two ratios print no unit (no normalized value); the NLA risk-category note is not a row.")

case('IN', 'en', 'Tata 1mg Labs hormone panel with a Low/High status column beside the value', '''
    TATA 1MG LABS                                             Sector 44, Gurugram, Haryana
    Patient: Mr. ARJUN MEHTA     Age/Sex: 38/M     Sample ID: 1MG-DL-2502-773190     Collected: 20/02/2025 09:10
    Test Name                          Value      Status     Unit        Reference Range
    Testosterone, Total                286                   ng/dL       280 - 800
    Testosterone, Free                 6.8        Low        pg/mL       9.0 - 27.0
    Luteinizing Hormone (LH)           3.9                   mIU/mL      1.7 - 8.6
    Follicle Stimulating Hormone (FSH) 5.2                   mIU/mL      1.5 - 12.4
    Prolactin                          14.8                  ng/mL       4.04 - 15.2
    DHEA Sulphate                      312                   µg/dL       160 - 449
    Estradiol (E2)                     24                    pg/mL       11.3 - 43.2
    SHBG                               46                    nmol/L      18.3 - 54.1
    This is an electronically authenticated report. Dr. Neha Arora, MD (Pathology)
''', [
    R('testosterone', '286', 'ng/dL', '280..800'),
    R('testosterone-free', '6.8', 'pg/mL', '9.0..27.0', 'low'),
    R('luteinizing-hormone', '3.9', 'mIU/mL', '1.7..8.6'),
    R('follicle-stimulating-hormone', '5.2', 'mIU/mL', '1.5..12.4'),
    R('prolactin', '14.8', 'ng/mL', '4.04..15.2'),
    R('dhea-sulfate', '312', 'µg/dL', '160..449'),
    R('estradiol', '24', 'pg/mL', '11.3..43.2'),
    R('shbg', '46', 'nmol/L', '18.3..54.1'),
], "range=the Reference Range column (a - b); 'Low' in the Status column is printed; the authentication line is not a row.")

case('IN', 'en', 'tax invoice from an Indian home-collection lab listing test codes, MRP, discount and GST', '''
    REDCLIFFE LABS  -  TAX INVOICE                     GSTIN: 06AAHCR4497L1ZB
    Invoice No: RCL/HR/24-25/118734       Date: 19-02-2025       Booking ID: 4471902
    Bill to: Ms. Pooja Sharma, Sector 57, Gurugram
    Code       Test / Package                          MRP (Rs)    Discount    Amount (Rs)
    RL0412     Full Body Checkup - Advanced (84 tests)  4999        3500        1499
    RL1108     Vitamin D (25-OH)                        1400        900         500
    RL1110     Vitamin B12                              1100        700         400
    RL0087     HbA1c                                    550         251         299
    Home collection charges                                                    0
    Sub-total 2698.00   CGST 9% 0.00 (exempt - healthcare)   Total payable Rs 2698.00
    Payment: UPI  Txn ID 5051 9918 2244
''', [], "range=none; a tax invoice with test codes, prices, discounts and a transaction id; no test values.")

case('PH', 'en', 'Hi-Precision Diagnostics clinical chemistry in conventional units, H flag column', '''
    HI-PRECISION DIAGNOSTICS                      Quezon Avenue Branch, Quezon City
    Name: DELA CRUZ, RAMON B.    Age/Sex: 52/M    Lab No.: QA-2502-06118    Date: 02/18/2025
    Physician: DR. M. SANTOS
    CLINICAL CHEMISTRY          RESULT      FLAG     REFERENCE VALUE     UNIT
    FBS                         104         H        70 - 100            mg/dL
    BUN                         14                   7 - 18              mg/dL
    Creatinine                  1.0                  0.6 - 1.3           mg/dL
    BUA                         7.4         H        3.5 - 7.2           mg/dL
    Cholesterol                 218         H        < 200               mg/dL
    Triglycerides               180         H        < 150               mg/dL
    HDL                         42                   > 40                mg/dL
    LDL                         140         H        < 130               mg/dL
    SGPT/ALT                    38                   0 - 41              U/L
    MEDICAL TECHNOLOGIST: J. REYES, RMT    PATHOLOGIST: DR. A. LIM, FPSP
''', [
    R('glucose', '104', 'mg/dL', '70..100', 'high'),
    R('blood-urea-nitrogen', '14', 'mg/dL', '7..18'),
    R('creatinine', '1.0', 'mg/dL', '0.6..1.3'),
    R('uric-acid', '7.4', 'mg/dL', '3.5..7.2', 'high'),
    R('total-cholesterol', '218', 'mg/dL', '..<200', 'high'),
    R('triglycerides', '180', 'mg/dL', '..<150', 'high'),
    R('hdl-cholesterol', '42', 'mg/dL', '>40..'),
    R('ldl-cholesterol', '140', 'mg/dL', '..<130', 'high'),
    R('alanine-aminotransferase', '38', 'U/L', '0..41'),
], "range=the REFERENCE VALUE column (a - b, '< b'/'> a' strict); FLAG H printed; FBS = fasting glucose and BUA = uric acid; signatures are not rows.")

case('GH', 'en', 'Ghanaian teaching-hospital liver function test in SI units plus a rapid HBsAg answer', '''
    KORLE BU TEACHING HOSPITAL - DEPARTMENT OF CHEMICAL PATHOLOGY            Accra, Ghana
    Patient: Kwame Asante Mensah    Age: 44    Sex: M    Hosp No: KB/25/004471    Ward/Clinic: OPD Medical
    Date received: 12/02/2025
    LIVER FUNCTION TEST          RESULT       UNITS       REFERENCE RANGE
    Total Protein                78           g/L         60 - 80
    Albumin                      42           g/L         35 - 50
    Globulin                     36           g/L         20 - 35
    ALT                          28           U/L         0 - 45
    AST                          31           U/L         0 - 35
    ALP                          96           U/L         40 - 129
    GGT                          38           U/L         8 - 61
    Total Bilirubin              12           umol/L      0 - 21
    Direct Bilirubin             3.4          umol/L      0 - 5
    SEROLOGY
    HBsAg (rapid)                Non-Reactive             Non-Reactive
    Verified by: S. Owusu (Biomedical Scientist)
''', [
    R('total-protein', '78', 'g/L', '60..80'),
    R('albumin', '42', 'g/L', '35..50'),
    R('globulin-total', '36', 'g/L', '20..35'),
    R('alanine-aminotransferase', '28', 'U/L', '0..45'),
    R('aspartate-aminotransferase', '31', 'U/L', '0..35'),
    R('alkaline-phosphatase', '96', 'U/L', '40..129'),
    R('gamma-glutamyl-transferase', '38', 'U/L', '8..61'),
    R('total-bilirubin', '12', 'umol/L', '0..21'),
    R('direct-bilirubin', '3.4', 'umol/L', '0..5'),
    R('hepatitis-b-surface-antigen', None, None, 'text', 'normal', 'Non-Reactive'),
], "range=the REFERENCE RANGE column (a - b); no flags printed, so globulin 36 is computed high; g/L ÷10 → g/dL and bilirubin µmol/L → mg/dL with its molar mass; HBsAg 'Non-Reactive' equals its expected text (text range, normal).")

case('ET', 'en', 'Ethiopian private lab report (Addis Ababa) with chemistry, TSH and a VDRL answer, H/L column', '''
    ARSHO ADVANCED MEDICAL LABORATORY PLC                        Addis Ababa, Ethiopia
    Patient Name: Selamawit Tadesse     Age: 34 Yrs     Sex: F     Lab ID: AR-250211-0918
    Requested by: Hayat Hospital       Date: 11/02/2025
    Test                     Result        H/L     Unit         Reference Range
    FBS                      86                    mg/dL        70 - 110
    SGOT (AST)               19                    U/L          0 - 32
    SGPT (ALT)               15                    U/L          0 - 33
    Creatinine               0.71                  mg/dL        0.50 - 0.90
    Total Cholesterol        174                   mg/dL        0 - 200
    TSH                      0.21          L       µIU/mL       0.27 - 4.20
    VDRL                     Non Reactive                       Non Reactive
    Lab Technologist: Dawit G.      Checked by: Dr. Meron A.
''', [
    R('glucose', '86', 'mg/dL', '70..110'),
    R('aspartate-aminotransferase', '19', 'U/L', '0..32'),
    R('alanine-aminotransferase', '15', 'U/L', '0..33'),
    R('creatinine', '0.71', 'mg/dL', '0.50..0.90'),
    R('total-cholesterol', '174', 'mg/dL', '0..200'),
    R('thyroid-stimulating-hormone', '0.21', 'µIU/mL', '0.27..4.20', 'low'),
    R('venereal-disease-research-laboratory', None, None, 'text', 'normal', 'Non Reactive'),
], "range=the Reference Range column (a - b); H/L column's L printed for TSH; VDRL 'Non Reactive' equals its expected text (text range, normal); signatures are not rows.")

case('AE', 'en', 'Abu Dhabi reference lab report, glucose in mmol/L, vitamins in conventional units, H/L flags', '''
    NATIONAL REFERENCE LABORATORY (NRL)  -  A Mubadala Health company          Abu Dhabi, UAE
    Patient: FATIMA AL MANSOORI     DOB: 03/05/1990     Gender: F     Emirates ID: 784-1990-XXXXXXX-X
    Collected: 16-Feb-2025 08:35       Released: 16-Feb-2025 18:02       Referring: Healthpoint Hospital
    Test                          Result      Flag    Units          Reference Range
    Glucose, Fasting              5.4                 mmol/L         3.9 - 5.5
    Insulin, Fasting              28.6        H       uIU/mL         2.6 - 24.9
    Hemoglobin A1c                5.5                 %              4.0 - 5.6
    Vitamin D, 25-Hydroxy         12.4        L       ng/mL          30 - 100
    Vitamin B12                   188         L       pg/mL          197 - 771
    Ferritin                      9.1         L       ng/mL          13 - 150
    Comment: Severe vitamin D deficiency. Iron deficiency suggested by low ferritin.
''', [
    R('glucose', '5.4', 'mmol/L', '3.9..5.5'),
    R('insulin', '28.6', 'uIU/mL', '2.6..24.9', 'high'),
    R('hemoglobin-a1c', '5.5', '%', '4.0..5.6'),
    R('vitamin-d', '12.4', 'ng/mL', '30..100', 'low'),
    R('vitamin-b12', '188', 'pg/mL', '197..771', 'low'),
    R('ferritin', '9.1', 'ng/mL', '13..150', 'low'),
], "range=the Reference Range column (a - b); Flag H/L printed; glucose mmol/L → mg/dL with its molar mass; the comment is not a row.")

case('QA', 'en', 'Hamad Medical Corporation coagulation print, seconds, INR without unit, D-dimer in mg/L FEU', '''
    HAMAD MEDICAL CORPORATION  -  Department of Laboratory Medicine & Pathology        Doha, Qatar
    Patient: MOHAMMED AL-KUWARI    HC No: 33417702    Age: 63Y    Sex: M    Location: Heart Hospital OPD
    Collected: 13/02/2025 10:22
    COAGULATION                     Result     Flag    Units          Reference Range
    Prothrombin Time (PT)           14.8       H       sec            11.0 - 13.5
    INR                             1.32       H                      0.80 - 1.20
    APTT                            31.2               sec            25.0 - 36.5
    Fibrinogen                      3.2                g/L            2.0 - 4.0
    D-Dimer                         0.42               mg/L FEU       0.00 - 0.50
    Validated by: Medical Technologist, Coagulation Section
''', [
    R('prothrombin-time', '14.8', 'sec', '11.0..13.5', 'high'),
    R('inr', '1.32', None, '0.80..1.20', 'high'),
    R('partial-thromboplastin-time', '31.2', 'sec', '25.0..36.5'),
    R('fibrinogen', '3.2', 'g/L', '2.0..4.0'),
    R('d-dimer-feu', '0.42', 'mg/L', '0.00..0.50'),
], "range=the Reference Range column (a - b); Flag H printed; INR has no unit (no normalized value); fibrinogen g/L ×100 → mg/dL; D-dimer in mg/L FEU is the FEU key (mg/L = µg/mL).")

case('BD', 'en', 'Popular Diagnostic Centre (Dhaka) report, random blood sugar in mmol/L with "<" bound, H flag after the value', '''
    POPULAR DIAGNOSTIC CENTRE LTD.                          House-16, Road-2, Dhanmondi, Dhaka
    Patient Name: Md. Rafiqul Islam    Age: 57 Y    Sex: Male    ID: 2502140733    Ref. By: Prof. Dr. A. K. Azad
    Specimen: Blood        Received: 14/02/2025 10:05        Delivered: 14/02/2025 17:30
    Test Name                    Result          Unit        Reference Value
    Random Blood Sugar (RBS)     8.4 H           mmol/L      < 7.8
    HbA1c                        7.2 H           %           4.0 - 6.0
    S. Creatinine                1.4 H           mg/dL       0.7 - 1.3
    S. Cholesterol               188             mg/dL       < 200
    S. Triglyceride              265 H           mg/dL       < 150
    HDL-Cholesterol              34              mg/dL       30 - 70
    Checked by: Md. Kamal Hossain, Medical Technologist      Consultant: Dr. S. Rahman, MBBS, M.Phil
''', [
    R('glucose', '8.4', 'mmol/L', '..<7.8', 'high'),
    R('hemoglobin-a1c', '7.2', '%', '4.0..6.0', 'high'),
    R('creatinine', '1.4', 'mg/dL', '0.7..1.3', 'high'),
    R('total-cholesterol', '188', 'mg/dL', '..<200'),
    R('triglycerides', '265', 'mg/dL', '..<150', 'high'),
    R('hdl-cholesterol', '34', 'mg/dL', '30..70'),
], "range=the Reference Value column ('< b' strict, a - b closed); H glued after the value is printed; 'S.' means serum; glucose mmol/L → mg/dL; signatures are not rows.")

case('LK', 'en', 'Sri Lankan hospital lab report (Durdans) with bracketed ranges on the next line under each result', '''
    DURDANS HOSPITAL - LABORATORY SERVICES                       No. 3, Alfred Place, Colombo 03
    Name: Mrs. N. PERERA        Age: 49 Y        Lab No: DH25-021177        Date: 17/02/2025
    FASTING BLOOD SUGAR          :  112  mg/dl
                                    (70 - 110)
    SERUM CREATININE             :  0.78  mg/dl
                                    (0.50 - 1.10)
    SGPT (ALT)                   :  22  U/L
                                    (Up to 33)
    SERUM TSH                    :  2.95  µIU/ml
                                    (0.35 - 5.50)
    SERUM FERRITIN               :  31.4  ng/ml
                                    (13.0 - 150.0)
    Results checked by: Medical Laboratory Technologist.   Pathologist: Dr. R. de Silva
''', [
    R('glucose', '112', 'mg/dl', '70..110'),
    R('creatinine', '0.78', 'mg/dl', '0.50..1.10'),
    R('alanine-aminotransferase', '22', 'U/L', '..33'),
    R('thyroid-stimulating-hormone', '2.95', 'µIU/ml', '0.35..5.50'),
    R('ferritin', '31.4', 'ng/ml', '13.0..150.0'),
], "range=the bracketed line under each result ('Up to b' inclusive); no flags printed so glucose 112 is computed high; the signature line is not a row.")

case('MT', 'en', 'Maltese public-hospital print (Mater Dei), SI units, flag letters after the range, eGFR censored', '''
    MATER DEI HOSPITAL - PATHOLOGY DEPARTMENT (Clinical Chemistry)           Msida MSD 2090, Malta
    Patient: BORG, Carmel       ID: 0412368M       DOB: 12/04/1968       Source: Health Centre Mosta
    Received: 10/02/2025 11:42
    Test                      Result     Units              Reference        Flag
    Sodium                    136        mmol/L             136 - 145
    Potassium                 3.3        mmol/L             3.5 - 5.1        L
    Urea                      4.2        mmol/L             2.8 - 8.1
    Creatinine                68         umol/L             59 - 104
    eGFR (CKD-EPI)            >90        mL/min/1.73m2      > 60
    ALT                       61         U/L                < 41             H
    Alkaline Phosphatase      88         U/L                40 - 129
    Total Bilirubin           9          umol/L             < 21
    Authorised by: Dr J. Camilleri, Consultant Chemical Pathologist
''', [
    R('sodium', '136', 'mmol/L', '136..145'),
    R('potassium', '3.3', 'mmol/L', '3.5..5.1', 'low'),
    R('urea', '4.2', 'mmol/L', '2.8..8.1'),
    R('creatinine', '68', 'umol/L', '59..104'),
    R('egfr', '90', 'mL/min/1.73m2', '>60..', vt='>90'),
    R('alanine-aminotransferase', '61', 'U/L', '..<41', 'high'),
    R('alkaline-phosphatase', '88', 'U/L', '40..129'),
    R('total-bilirubin', '9', 'umol/L', '..<21'),
], "range=the Reference column (a - b closed, '< b'/'> a' strict); Flag L/H printed; sodium 136 is on the inclusive lower bound (normal); '>90' lies wholly above '> 60'; the authorisation line is not a row.")

case('CY', 'en', 'Cypriot private lab (English print) thyroid panel with antibodies, flag arrows after the value', '''
    YIANNOUKAS MEDICAL LABORATORIES                          Nicosia - Limassol - Larnaca
    Patient: KYRIACOU ANDREAS     Age: 55     Sex: M     Lab No.: 25-0220-1143     Date: 20/02/2025
    THYROID FUNCTION TESTS
    Test                          Result          Units         Reference Values
    TSH                           0.08  ↓         μIU/ml        0.27 - 4.20
    Free T4                       2.31  ↑         ng/dl         0.93 - 1.70
    Free T3                       6.9   ↑         pg/ml         2.0 - 4.4
    Anti-Tg                       38.2            IU/ml         < 115
    TSH Receptor Antibodies (TRAb) 6.4  ↑         IU/L          < 1.75
    Comment: Biochemical hyperthyroidism with positive TRAb; suggest endocrinology review.
''', [
    R('thyroid-stimulating-hormone', '0.08', 'μIU/ml', '0.27..4.20', 'low'),
    R('free-t4', '2.31', 'ng/dl', '0.93..1.70', 'high'),
    R('free-t3', '6.9', 'pg/ml', '2.0..4.4', 'high'),
    R('thyroglobulin-antibody', '38.2', 'IU/ml', '..<115'),
    R('?TSH Receptor Antibodies (TRAb)', '6.4', 'IU/L', '..<1.75', 'high'),
], "range=the Reference Values column (a - b, '< b' strict); arrows after the values are printed flags; anti-Tg IU/mL is normalized (catalog [IU]/mL); TRAb has no catalog key (a ? row, as set 21); the comment is not a row.")

case('LB', 'en', 'Lebanese university hospital (AUBMC) CBC print with percent and absolute differential on one line', '''
    AMERICAN UNIVERSITY OF BEIRUT MEDICAL CENTER - Department of Pathology & Laboratory Medicine
    Patient: HADDAD, RANIA       MRN: 1184402       Age/Sex: 29/F       Collected: 08-Feb-2025 09:30
    HEMATOLOGY              Result      Units          Normal Range
    WBC                     9.8         x10^9/L        4.0 - 11.0
    Neutrophils             71 %   6.96 x10^9/L        2.0 - 7.5
    Lymphocytes             21 %   2.06 x10^9/L        1.0 - 4.0
    Monocytes                6 %   0.59 x10^9/L        0.2 - 1.0
    Hemoglobin              12.9        g/dL           12.0 - 16.0
    Platelets               301         x10^9/L        150 - 450
    Reviewed by: Clinical Pathology Resident
''', [
    R('white-blood-cell-count', '9.8', 'x10^9/L', '4.0..11.0'),
    R('neutrophils', '71', '%', ''),
    R('neutrophils-absolute', '6.96', 'x10^9/L', '2.0..7.5'),
    R('lymphocytes', '21', '%', ''),
    R('lymphocytes-absolute', '2.06', 'x10^9/L', '1.0..4.0'),
    R('monocytes', '6', '%', ''),
    R('monocytes-absolute', '0.59', 'x10^9/L', '0.2..1.0'),
    R('hemoglobin', '12.9', 'g/dL', '12.0..16.0'),
    R('platelet-count', '301', 'x10^9/L', '150..450'),
], "range=the Normal Range column, which belongs to the absolute count on the differential lines (as set 22's French NFS), so the % rows have no range and flag null; the reviewer line is not a row.")

case('JM', 'en', 'Jamaican private lab PSA and lipid report, "Desirable" ranges, flag word after the unit', '''
    MICROLABS LIMITED                                         Kingston 10, Jamaica W.I.
    Patient: CAMPBELL, DELROY      Age: 61      Sex: M      Lab #: ML-25-22871      Date Collected: 22/02/2025
    Test                           Result      Units       Flag        Reference
    PSA, Total                     5.8         ng/mL       HIGH        0.0 - 4.0
    PSA, Free                      0.74        ng/mL
    % Free PSA                     12.8        %           LOW         > 25
    Cholesterol, Total             176         mg/dL                   Desirable < 200
    Triglycerides                  98          mg/dL                   Desirable < 150
    HDL Cholesterol                48          mg/dL                   > 40
    Comment: % free PSA below 25% with total PSA 4-10 ng/mL is associated with increased probability of prostate cancer.
''', [
    R('prostate-specific-antigen', '5.8', 'ng/mL', '0.0..4.0', 'high'),
    R('prostate-specific-antigen-free', '0.74', 'ng/mL', ''),
    R('prostate-specific-antigen-free-percent', '12.8', '%', '>25..', 'low'),
    R('total-cholesterol', '176', 'mg/dL', '..<200'),
    R('triglycerides', '98', 'mg/dL', '..<150'),
    R('hdl-cholesterol', '48', 'mg/dL', '>40..'),
], "range=the Reference column ('Desirable' is a label, '< b'/'> a' strict, a - b closed); HIGH/LOW printed; free PSA prints no range (flag null); the comment is not a row.")

case('US', 'en', 'e-mail pasted by a patient retyping results from a Quest printout, values in parentheses ranges', '''
    From: Mark Deluca
    Subject: my labs from last week
    Hi Dr. Patel, here are my numbers from the Quest draw on 2/12 (fasting):
    - Total testosterone 387 ng/dL (range 250-827)
    - Free testosterone 48.1 pg/mL (range 46.0-224.0)
    - Estradiol 19 pg/mL (range <=39)
    - PSA 1.3 ng/mL (range <=4.0)
    - Hematocrit 47.9 % (range 38.5-50.0)
    - Ferritin 142 ng/mL (range 38-380)
    They said everything was "in range". Can we talk about going back to 100 mg/week at my next visit?
    Thanks, Mark
''', [
    R('testosterone', '387', 'ng/dL', '250..827'),
    R('testosterone-free', '48.1', 'pg/mL', '46.0..224.0'),
    R('estradiol', '19', 'pg/mL', '..39'),
    R('prostate-specific-antigen', '1.3', 'ng/mL', '..4.0'),
    R('hematocrit', '47.9', '%', '38.5..50.0'),
    R('ferritin', '142', 'ng/mL', '38..380'),
], "range=the '(range ...)' after each retyped value ('<=b' inclusive); no flags printed; the date, '100 mg/week' dose and greetings are not results.")

case('US', 'en', 'comma-separated export of lab results from a phone health-records app, ISO dates, one row per observation', '''
    Date,Test,Value,Unit,Reference Range,Source
    2025-02-14,Glucose,97,mg/dL,70-99,Providence Swedish Medical Center
    2025-02-14,Hemoglobin A1c,5.9,%,<5.7,Providence Swedish Medical Center
    2025-02-14,Insulin,11.8,uIU/mL,2.6-24.9,Providence Swedish Medical Center
    2025-02-14,Apolipoprotein B,112,mg/dL,<90,Providence Swedish Medical Center
    2025-02-14,hs-CRP,3.4,mg/L,<3.0,Providence Swedish Medical Center
    2025-02-14,Vitamin D 25-Hydroxy,41,ng/mL,30-100,Providence Swedish Medical Center
''', [
    R('glucose', '97', 'mg/dL', '70..99'),
    R('hemoglobin-a1c', '5.9', '%', '..<5.7'),
    R('insulin', '11.8', 'uIU/mL', '2.6..24.9'),
    R('apolipoprotein-b', '112', 'mg/dL', '..<90'),
    R('hs-crp', '3.4', 'mg/L', '..<3.0'),
    R('vitamin-d', '41', 'ng/mL', '30..100'),
], "range=the 'Reference Range' field (a-b closed, '<b' strict); no flag field, so HbA1c, ApoB and hs-CRP are computed high; the header line, date and Source fields are not rows.")

case('UG', 'en', 'Ugandan private hospital CBC with a malaria rapid diagnostic test, H/L column', '''
    NAKASERO HOSPITAL LABORATORY                              Plot 14A Akii-Bua Road, Kampala
    Patient: NAMUTEBI, Sarah      Age: 27 Yrs     Sex: F     Lab No: NH25-08812     Date: 09/02/2025
    Test                        Result      H/L     Units          Reference Range
    WBC                         12.6        H       x10^9/L        4.0 - 11.0
    Neutrophils %               78.2        H       %              40.0 - 75.0
    Lymphocytes %               15.1        L       %              20.0 - 45.0
    Hemoglobin                  10.9        L       g/dL           12.0 - 16.0
    Platelets                   136         L       x10^9/L        150 - 450
    Malaria RDT (Pf/Pan)        Positive (P. falciparum)            Negative
    Lab Comment: Positive malaria RDT - clinician informed by phone 11:05.
''', [
    R('white-blood-cell-count', '12.6', 'x10^9/L', '4.0..11.0', 'high'),
    R('neutrophils', '78.2', '%', '40.0..75.0', 'high'),
    R('lymphocytes', '15.1', '%', '20.0..45.0', 'low'),
    R('hemoglobin', '10.9', 'g/dL', '12.0..16.0', 'low'),
    R('platelet-count', '136', 'x10^9/L', '150..450', 'low'),
    R('malaria-antigen', None, None, 'text', 'abnormal', 'Positive (P. falciparum)'),
], "range=the Reference Range column (a - b); H/L printed; the % differential rows here print their own ranges; the malaria RDT answer 'Positive (P. falciparum)' differs from the expected 'Negative' (text range, abnormal); the phone-call comment is not a row.")

case('US', 'en', 'printed specimen-label sheet from a patient service center: barcodes, tube types, test codes, no results', '''
    LABCORP PATIENT SERVICE CENTER - SPECIMEN LABELS          PSC #2291  Scottsdale, AZ
    Patient: NOVAK, ERIN         DOB: 08/14/1990        Req #: 0884712239
    ||||| |||| ||||| ||| |||||   0884712239-01   SST (Gold)       1 tube   Tests: 322000 CMP-14, 004259 TSH
    ||||| |||| ||||| ||| |||||   0884712239-02   EDTA (Lavender)  1 tube   Tests: 005009 CBC w/Diff, 001453 HbA1c
    ||||| |||| ||||| ||| |||||   0884712239-03   SST (Gold)       1 tube   Tests: 081950 Vitamin D 25-OH
    Collected by: JT   Date: 02/26/2025   Time: 07:48   Fasting: Y
''', [], "range=none; specimen labels with barcode numbers, tube types and Labcorp test codes (322000, 004259 ...); codes are not results.")

case('ZA', 'en', 'laboratory consent form for HIV and genetic testing (blank, signed), no results', '''
    PATHCARE - INFORMED CONSENT FOR HIV TESTING
    I, ___Thandiwe Nkosi___ (ID 9104120XXXXXX), consent to a blood sample being taken for HIV 1/2 antibody/antigen testing.
    I understand that: 1. Pre-test counselling was offered.  2. Results are confidential.  3. A positive screening result
    will be confirmed on a second sample.  4. I may withdraw consent before the sample is analysed.
    Patient signature: T. Nkosi        Date: 24/02/2025        Witness: S. Botha (Phlebotomist)
    Form PC-F114 v3 (2023)
''', [], "range=none; a signed consent form; 'HIV 1/2' names the test, and there is no result.")

case('US', 'en', 'wellness-app biomarker explainer page with target ranges and no personal value', '''
    What is Apolipoprotein B (ApoB)?
    ApoB is the main protein on LDL, VLDL and Lp(a) particles. Each atherogenic particle carries exactly one ApoB,
    so ApoB counts the particles that can enter the artery wall.
    Typical reference range: < 90 mg/dL. Many preventive cardiologists aim for < 80 mg/dL, or < 60 mg/dL in very
    high-risk patients.
    How to improve it: fibre, less saturated fat, exercise, and medication when your clinician advises it.
    Your result will appear here after your next test.
''', [], "range=none; an educational page with target ranges but no value for the patient ('Your result will appear here').")

case('AU', 'en', 'GP letter to a patient summarising blood tests in words, no values', '''
    Bondi Junction Family Practice          Level 2, 500 Oxford St, Bondi Junction NSW 2022
    14 February 2025
    Dear Ms Taylor,
    Thank you for attending for your blood tests on 10 February. I am pleased to let you know that your full
    blood count, kidney and liver function, cholesterol and thyroid tests were all within the normal range.
    Your iron stores were slightly low, so I suggest an iron supplement for 3 months and a repeat test in May.
    Kind regards,
    Dr Emily Harris  MBBS FRACGP
''', [], "range=none; a letter describing results in words only ('within the normal range', 'slightly low'), with no values to key.")

case('UK', 'en', 'NHS GP surgery text message saying results are normal, no values', '''
    From: NHS-GPSurgery
    Dear JAMES, your recent blood test results from 11/02 have been reviewed by Dr Okafor and are normal.
    No further action is needed. You can see your results in the NHS App.
    Please do not reply to this message. Ashfield Medical Centre 0115 496 0021
''', [], "range=none; a results-reviewed text message with no values.")

case('US', 'en', 'OCR of a phone photo of a Labcorp page: broken spacing, O/0 and l/1 swaps in names and headers, ranges intact', '''
    labcorp      Patient Report
    Patient Detai1s       Specimen Detai1s            Physician Detai1s
    DOB: O4/22/1985       Date co11ected: 02/18/2025   Ordering: J WONG
    Tests                 Resu1t      F1ag    Units       Reference Interva1
    Testosterone          712                 ng/dL       264-916
    Estradio1             36.2                pg/mL       7.6-42.6
    Ferritin              39                  ng/mL       30-400
    Hemog1obin            17.9        High    g/dL        13.0-17.7
    Hematocrit            54.1        High    %           37.5-51.0
    P1ate1ets             255                 x10E3/uL    150-450
    Ca1cium               9.6                 mg/dL       8.7-10.2
    © 2025 Laboratory Corporation of America® Ho1dings   A11 Rights Reserved   Page 1 of 1
''', [
    R('testosterone', '712', 'ng/dL', '264..916'),
    R('estradiol', '36.2', 'pg/mL', '7.6..42.6'),
    R('ferritin', '39', 'ng/mL', '30..400'),
    R('hemoglobin', '17.9', 'g/dL', '13.0..17.7', 'high'),
    R('hematocrit', '54.1', '%', '37.5..51.0', 'high'),
    R('platelet-count', '255', 'x10E3/uL', '150..450'),
    R('calcium', '9.6', 'mg/dL', '8.7..10.2'),
], "range=the Reference Interval column (a-b); High printed; x10E3/uL is thousands per µL; OCR letter swaps in names and headers (Estradio1, Hemog1obin, P1ate1ets, Resu1t) do not change the rows; the copyright footer is not a row.")

case('UK', 'en', 'OCR of a scanned private-hospital (Spire) biochemistry report, l/1 and O/0 swaps in names, flag column', '''
    SPlRE HEALTHCARE  -  Pathology Services          Spire Leeds Hospital, Jackson Ave, Leeds LS8 1NT
    Patient: WHlTAKER, Susan     DOB: 03/O9/1962     Hosp No: SLH0448812     Consu1tant: Mr A Khan
    Samp1e co11ected: 06/02/2025 09:15
    Test                   Result      Units        Reference Range      F1ag
    Sodium                 141         mmol/L       133 - 146
    Potassium              4.9         mmol/L       3.5 - 5.3
    Urea                   5.9         mmol/L       2.5 - 7.8
    Creatinine             103         umol/L       45 - 84              H
    eGFR                   50          mL/min/1.73m2  > 60               L
    Ca1cium (adjusted)     2.41        mmol/L       2.20 - 2.60
    A1bumin                44          g/L          35 - 50
    PSA                    0.31        ug/L         0 - 4.5
    Authorised: Dr P. Mo1ina, Consu1tant Chemica1 Patho1ogist
''', [
    R('sodium', '141', 'mmol/L', '133..146'),
    R('potassium', '4.9', 'mmol/L', '3.5..5.3'),
    R('urea', '5.9', 'mmol/L', '2.5..7.8'),
    R('creatinine', '103', 'umol/L', '45..84', 'high'),
    R('egfr', '50', 'mL/min/1.73m2', '>60..', 'low'),
    R('albumin', '44', 'g/L', '35..50'),
    R('prostate-specific-antigen', '0.31', 'ug/L', '0..4.5'),
], "range=the Reference Range column (a - b, '> 60' strict); F1ag (Flag) H/L printed; adjusted calcium is a derived result and is left out (see README); OCR letter swaps in names and headers do not change the rows; the authorisation line is not a row.")

case('IN', 'en', 'OCR of a phone photo of a small-town Indian pathology lab report, dotted leaders, mixed case, reference on the right', '''
    SHREE SAl PATHOLOGY LAB  &  DlAGNOSTlC CENTRE           Near Bus Stand, Nashik Road
    Dr. S. K. Deshmukh  M.D. (Path)          Reg. No. 2011/04/1187
    Patient Name : Mr. Ganesh Patil        Age : 52 Yrs       Sex : Male      Date : 21/02/2025
    Ref. By : Dr. P. Kulkarni
    TEST                                 RESULT        NORMAL VALUE
    HAEMOGLOBIN ........................ 13.1 gm%       13.0 - 17.0 gm%
    BLOOD SUGAR (FASTlNG) ............. 146 mg/dl      70 - 110 mg/dl
    BLOOD SUGAR (PP) .................. 238 mg/dl      Upto 140 mg/dl
    SERUM CREATlNlNE .................. 1.1 mg/dl      0.6 - 1.4 mg/dl
    SERUM CHOLESTEROL ................. 201 mg/dl      150 - 250 mg/dl
    --- End of Report ---          Not valid for medico-legal purpose
''', [
    R('hemoglobin', '13.1', 'gm%', '13.0..17.0'),
    R('glucose', '146', 'mg/dl', '70..110'),
    R('creatinine', '1.1', 'mg/dl', '0.6..1.4'),
    R('total-cholesterol', '201', 'mg/dl', '150..250'),
], "range=the NORMAL VALUE column (a - b); no flags printed so fasting sugar is computed high; haemoglobin in 'gm%' is g/dL; the post-prandial sugar (a timed glucose with no key of its own) is left out (see README); the range's repeated unit is dropped; OCR 'l' for 'I' in names does not change the rows.")

case('KW', 'en', 'Kuwaiti private hospital report with an Arabic hospital name line, English body, flag letter after the range', '''
    مستشفى دار الشفاء  -  DAR AL SHIFA HOSPITAL                     Hawally, Kuwait
    Patient: AL-ENEZI, Abdullah     File No: 0221847     Age: 48Y     Sex: M     Date: 25/02/2025
    Test                        Result      Units         Ref. Range           Flag
    Ferritin                    612         ng/mL         21.8 - 274.7         H
    Iron                        168         ug/dL         65 - 175
    TIBC                        262         ug/dL         250 - 450
    Transferrin Saturation      64          %             20 - 50              H
    ALT                         54          U/L           0 - 41               H
    Uric Acid                   8.2         mg/dL         3.4 - 7.0            H
    Comment: Raised ferritin and transferrin saturation - suggest HFE genotyping.
''', [
    R('ferritin', '612', 'ng/mL', '21.8..274.7', 'high'),
    R('iron', '168', 'ug/dL', '65..175'),
    R('total-iron-binding-capacity', '262', 'ug/dL', '250..450'),
    R('transferrin-saturation', '64', '%', '20..50', 'high'),
    R('alanine-aminotransferase', '54', 'U/L', '0..41', 'high'),
    R('uric-acid', '8.2', 'mg/dL', '3.4..7.0', 'high'),
], "range=the Ref. Range column (a - b); Flag H printed after the range; the comment is not a row.")

case('US', 'en', 'Meditech Expanse patient-portal print, reference range and units in one column, * flag legend with direction', '''
    Valley Regional Medical Center - Patient Portal (MEDITECH Expanse)
    Name: HOLLOWAY, BRENDA K      Acct: V00418822177      Adm/Service: Outpatient Lab
    Collection Date/Time: 02/27/25 0710
    Test                          Result        Flag        Reference Range/Units
    Hemoglobin A1c                7.4           H*          4.0-5.6 %
    Glucose                       162           H*          74-106 mg/dL
    Magnesium                     1.7                       1.6-2.6 mg/dL
    Phosphorus                    3.1                       2.5-4.5 mg/dL
    TSH                           3.78                      0.358-3.740 uIU/mL
    Free T4                       0.96                      0.76-1.46 ng/dL
    * = Abnormal  H = High  L = Low
''', [
    R('hemoglobin-a1c', '7.4', '%', '4.0..5.6', 'high'),
    R('glucose', '162', 'mg/dL', '74..106', 'high'),
    R('magnesium', '1.7', 'mg/dL', '1.6..2.6'),
    R('phosphorus', '3.1', 'mg/dL', '2.5..4.5'),
    R('thyroid-stimulating-hormone', '3.78', 'uIU/mL', '0.358..3.740'),
    R('free-t4', '0.96', 'ng/dL', '0.76..1.46'),
], "range=the numbers of the 'Reference Range/Units' cell (a-b, unit dropped); 'H*' is high by the legend (H = High, * = abnormal); TSH 3.78 prints no flag but lies above 3.740, so it is computed high; the legend is not a row.")

case('NP', 'en', 'Nepali teaching-hospital lab report (English), "Upto" bounds, Remarks column with H', '''
    KATHMANDU MEDICAL COLLEGE TEACHING HOSPITAL - DEPARTMENT OF LABORATORY MEDICINE     Sinamangal, Kathmandu
    Patient: Sunita Shrestha       Age/Sex: 44Y/F      Hosp. No: 081/82-44719      Date: 2081-11-12 (B.S.)
    Investigation            Result       Unit        Reference Range      Remarks
    Fasting Blood Sugar      92           mg/dl       70-110
    Urea                     24           mg/dl       15-45
    Creatinine               0.9          mg/dl       0.4-1.4
    SGPT                     29           U/L         Upto 40
    SGOT                     24           U/L         Upto 40
    Uric Acid                6.4          mg/dl       2.5-6.0              H
    TSH                      4.1          µIU/ml      0.3-5.5
    Technologist: R. Thapa       Pathologist: Dr. B. Karki
''', [
    R('glucose', '92', 'mg/dl', '70..110'),
    R('urea', '24', 'mg/dl', '15..45'),
    R('creatinine', '0.9', 'mg/dl', '0.4..1.4'),
    R('alanine-aminotransferase', '29', 'U/L', '..40'),
    R('aspartate-aminotransferase', '24', 'U/L', '..40'),
    R('uric-acid', '6.4', 'mg/dl', '2.5..6.0', 'high'),
    R('thyroid-stimulating-hormone', '4.1', 'µIU/ml', '0.3..5.5'),
], "range=the Reference Range column ('Upto b' inclusive, a-b closed); the Remarks column's H is printed; the Bikram Sambat date and signatures are not rows.")
# ================================================================= write
def main():
    out = []
    stats = dict(rows=0, nores=0)
    review = []
    for i, c in enumerate(CASES, 1):
        cid = 'P%03d' % i
        line = '\\n'.join(c['lines'])
        if c['rows']:
            keyed = []
            for r in c['rows']:
                s, nvs = key_row(cid, r)
                keyed.append(s)
                review.append('%s  %-42s %-10s %-14s -> %s' % (cid, r['key'], r['val'], r['unit'], nvs))
            expected = ' ;; '.join(keyed)
            stats['rows'] += len(keyed)
        else:
            expected = '-'
            stats['nores'] += 1
        why = c['why']
        if not why.startswith('range='):
            raise SystemExit(cid + ': why must start with range=')
        for fld in (line, expected, why):
            if '\t' in fld or '\n' in fld:
                raise SystemExit(cid + ': tab/newline in field')
        out.append((cid, line, expected, why))
    with open(os.path.join(HERE, 'keyed.tsv'), 'w', encoding='utf-8', newline='') as f:
        f.write('id\tline\texpected\twhy\n')
        for row in out:
            f.write('\t'.join(row) + '\n')
    if '-v' in sys.argv:
        print('\n'.join(review))
    print('snippets %d  result snippets %d  no-result %d  rows %d' % (
        len(out), len(out) - stats['nores'], stats['nores'], stats['rows']))


if __name__ == '__main__':
    main()
