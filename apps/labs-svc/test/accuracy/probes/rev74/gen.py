#!/usr/bin/env python3
# Writes the rev-74 HL7 v2 probe messages and their keys from one hand-written table per message.
# The key of each OBX row is written by hand (biomarker, unit); value, range bounds and the computed
# flag are derived from the OBX fields by the key conventions of /work/notes/review.md.
import json, re, os

OUT = os.path.dirname(os.path.abspath(__file__))
FLAGS = {'H': 'high', 'L': 'low', 'HH': 'critical-high', 'LL': 'critical-low', 'A': 'abnormal',
         'N': 'normal', '<': 'low', '>': 'high'}

def unesc(s):
    s = s.replace('\\F\\', '|').replace('\\S\\', '^').replace('\\T\\', '&').replace('\\R\\', '~')
    return s.replace('\\E\\', '\\')

def num(s):
    return float(s.replace(',', '.'))

def tidy(x):
    return int(x) if x == int(x) else x

def parse_range(t):
    m = re.fullmatch(r'\s*(<=|>=|<|>)\s*(\d+(?:[.,]\d+)?)\s*', t)
    if m:
        v = tidy(num(m.group(2)))
        return ({'high': v} if m.group(1)[0] == '<' else {'low': v})
    m = re.fullmatch(r'\s*(\d+(?:[.,]\d+)?)\s*-\s*(\d+(?:[.,]\d+)?)\s*', t)
    if m:
        return {'low': tidy(num(m.group(1))), 'high': tidy(num(m.group(2)))}
    return {}

class Msg:
    def __init__(self, name, sep, header, charset='utf-8'):
        self.name, self.sep, self.charset = name, sep, charset
        self.segs = list(header)
        self.rows = []
        self.n = 0

    def seg(self, s):
        self.segs.append(s)
        if s.startswith('OBR') or s.startswith('PID'):
            self.n = 0

    def obx(self, vt, ident, val, units, rng, flag, status='F', key=None, vtext=None, rtext=None,
            when='', extra=''):
        """key: (biomarker, ucum unit or None) or None for a non-result."""
        self.n += 1
        self.segs.append(f'OBX|{self.n}|{vt}|{ident}||{val}|{units}|{rng}|{flag}|||{status}|||{when}{extra}')
        if key is None:
            return
        bm, unit = key
        row = {'biomarker': bm}
        value_text = vtext
        if vt == 'SN':
            comps = val.split('^')
            comp, n1 = comps[0], comps[1] if len(comps) > 1 else ''
            if len(comps) > 2 and comps[2] in (':', '/'):
                value = None
                value_text = value_text or f'{n1}{comps[2]}{comps[3]}'
            else:
                value = tidy(num(n1))
                if comp:
                    value_text = value_text or f'{comp}{n1}'
        elif vt in ('NM',):
            value = tidy(num(val))
        else:
            value = None
            assert value_text is not None, (self.name, ident)
        row['value'] = value
        if value_text is not None:
            row['valueText'] = value_text
        row['unit'] = unit
        text = unesc(rng) if rtext is None else rtext
        if text.strip():
            r = parse_range(text)
            r['text'] = text
            row['range'] = r
        else:
            r = {}
            row['range'] = {}
        if flag:
            row['flag'] = FLAGS[flag]
        elif 'low' in r or 'high' in r:
            if value is None:
                raise SystemExit(f'cannot compute flag {self.name} {ident}')
            if 'low' in r and value < r['low']:
                row['flag'] = 'low'
            elif 'high' in r and value > r['high']:
                row['flag'] = 'high'
            else:
                row['flag'] = 'normal'
        elif r:
            raise SystemExit(f'word range without a flag {self.name} {ident}')
        else:
            row['flag'] = None
        self.rows.append(row)

    def write(self):
        body = self.sep.join(self.segs) + self.sep
        with open(os.path.join(OUT, self.name), 'wb') as f:
            f.write(body.encode(self.charset))
        with open(os.path.join(OUT, self.name + '.expected.json'), 'w') as f:
            json.dump({'file': self.name, 'kind': 'hl7v2', 'rows': self.rows}, f, indent=1, ensure_ascii=False)
            f.write('\n')
        return len(self.rows)

ALL = []
def msg(*a, **k):
    m = Msg(*a, **k)
    ALL.append(m)
    return m

# 1 ---------------------------------------------------------------- v2.5.1, \r, LOINC, CBC + CMP
m = msg('us_v251_reference_lab_cbc_cmp_loinc_cr.hl7', '\r', [
 r'MSH|^~\&|SUNQUEST|NORTHRIDGE REF LAB^05D0987654^CLIA|ATHENA|WELLSPRING FAMILY MED|20261118141522-0600||ORU^R01^ORU_R01|NRL2611180004471|P|2.5.1|||AL|NE|USA',
 r'PID|1||MRN40817263^^^NRL^MR||Okonkwo^Adaeze^N||19790614|F|||4418 Larkspur Ln^^Aurora^CO^80013^USA||^PRN^PH^^1^303^5550147',
 r'PV1|1|O|WFM^^^WELLSPRING||||1487765432^Haverford^Lena^M^^^MD',
 r'ORC|RE|WFM-88213|NRL-5521907||CM||||20261118081200|||1487765432^Haverford^Lena^M^^^MD',
 r'OBR|1|WFM-88213|NRL-5521907|58410-2^CBC panel - Blood by Automated count^LN|||20261118074500|||||||20261118080100|Blood&Whole blood|1487765432^Haverford^Lena^M^^^MD||||||20261118141500|||F',
])
W = '20261118074500'
m.obx('NM', '6690-2^Leukocytes [#/volume] in Blood by Automated count^LN', '7.4', '10*3/uL', '3.4-10.8', 'N', key=('white-blood-cell-count', '10*3/uL'), when=W)
m.obx('NM', '789-8^Erythrocytes [#/volume] in Blood by Automated count^LN', '3.71', '10*6/uL', '3.77-5.28', 'L', key=('red-blood-cell-count', '10*6/uL'), when=W)
m.obx('NM', '718-7^Hemoglobin [Mass/volume] in Blood^LN', '11.2', 'g/dL', '11.1-15.9', 'N', key=('hemoglobin', 'g/dL'), when=W)
m.obx('NM', '4544-3^Hematocrit [Volume Fraction] of Blood by Automated count^LN', '34.0', '%', '34.0-46.6', 'N', key=('hematocrit', '%'), when=W)
m.obx('NM', '787-2^MCV [Entitic volume] by Automated count^LN', '91.6', 'fL', '79-97', 'N', key=('mean-corpuscular-volume', 'fL'), when=W)
m.obx('NM', '788-0^Erythrocyte distribution width [Ratio] by Automated count^LN', '15.9', '%', '11.7-15.4', 'H', key=('red-cell-distribution-width', '%'), when=W)
m.obx('NM', '777-3^Platelets [#/volume] in Blood by Automated count^LN', '412', '10*3/uL', '150-450', '', key=('platelet-count', '10*3/uL'), when=W)
m.seg(r'NTE|1|L|Platelet count verified by smear review.')
m.obx('NM', '770-8^Neutrophils/100 leukocytes in Blood by Automated count^LN', '61', '%', '', '', key=('neutrophils', '%'), when=W)
m.obx('NM', '751-8^Neutrophils [#/volume] in Blood by Automated count^LN', '4.5', '10*3/uL', '1.4-7.0', 'N', key=('neutrophils-absolute', '10*3/uL'), when=W)
m.seg(r'ORC|RE|WFM-88214|NRL-5521908||CM||||20261118081200|||1487765432^Haverford^Lena^M^^^MD')
m.seg(r'OBR|2|WFM-88214|NRL-5521908|24323-8^Comprehensive metabolic 2000 panel - Serum or Plasma^LN|||20261118074500|||||||20261118080100|Serum|1487765432^Haverford^Lena^M^^^MD||||||20261118141500|||F')
m.obx('NM', '2345-7^Glucose [Mass/volume] in Serum or Plasma^LN', '104', 'mg/dL', '65-99', 'H', key=('glucose', 'mg/dL'), when=W)
m.seg(r'NTE|1|L|Fasting: YES. Fasting reference interval 65-99 mg/dL; non-fasting 65-139 mg/dL.')
m.obx('NM', '3094-0^Urea nitrogen [Mass/volume] in Serum or Plasma^LN', '14', 'mg/dL', '6-24', 'N', key=('blood-urea-nitrogen', 'mg/dL'), when=W)
m.obx('NM', '2160-0^Creatinine [Mass/volume] in Serum or Plasma^LN', '0.78', 'mg/dL', '0.57-1.00', 'N', key=('creatinine', 'mg/dL'), when=W)
m.obx('NM', '98979-8^Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)^LN', '97', 'mL/min/1.73m2', '>59', '', key=('egfr', 'mL/min/{1.73_m2}'), when=W)
m.obx('NM', '2951-2^Sodium [Moles/volume] in Serum or Plasma^LN', '139', 'mmol/L', '134-144', 'N', key=('sodium', 'mmol/L'), when=W)
m.obx('NM', '2823-3^Potassium [Moles/volume] in Serum or Plasma^LN', '4.3', 'mmol/L', '3.5-5.2', 'N', key=('potassium', 'mmol/L'), when=W)
m.obx('NM', '2075-0^Chloride [Moles/volume] in Serum or Plasma^LN', '101', 'mmol/L', '96-106', 'N', key=('chloride', 'mmol/L'), when=W)
m.obx('NM', '2028-9^Carbon dioxide, total [Moles/volume] in Serum or Plasma^LN', '19', 'mmol/L', '20-29', 'L', key=('carbon-dioxide', 'mmol/L'), when=W)
m.obx('NM', '17861-6^Calcium [Mass/volume] in Serum or Plasma^LN', '9.4', 'mg/dL', '8.7-10.2', 'N', key=('calcium', 'mg/dL'), when=W)
m.obx('NM', '2885-2^Protein [Mass/volume] in Serum or Plasma^LN', '7.1', 'g/dL', '6.0-8.5', 'N', key=('total-protein', 'g/dL'), when=W)
m.obx('NM', '1751-7^Albumin [Mass/volume] in Serum or Plasma^LN', '4.4', 'g/dL', '3.8-4.9', 'N', key=('albumin', 'g/dL'), when=W)
m.obx('NM', '1975-2^Bilirubin.total [Mass/volume] in Serum or Plasma^LN', '0.5', 'mg/dL', '0.0-1.2', 'N', key=('total-bilirubin', 'mg/dL'), when=W)
m.obx('NM', '6768-6^Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma^LN', '88', 'IU/L', '44-121', 'N', key=('alkaline-phosphatase', '[IU]/L'), when=W)
m.obx('NM', '1920-8^Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma^LN', '41', 'IU/L', '0-40', 'H', key=('aspartate-aminotransferase', '[IU]/L'), when=W)
m.obx('NM', '1742-6^Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma^LN', '52', 'IU/L', '0-32', 'H', key=('alanine-aminotransferase', '[IU]/L'), when=W)
m.seg(r'NTE|1|L|Results reviewed by C. Ibarra, MT(ASCP). Performed at Northridge Reference Lab, 1200 Pecos St, Denver CO 80221.')

# 2 ---------------------------------------------------------------- v2.3, \n, local codes only, criticals, X / I
m = msg('us_v23_hospital_lis_local_codes_criticals_lf.hl7', '\n', [
 r'MSH|^~\&|MEDITECH|STMARYS^LAB|EPIC|STMARYS|200611260412||ORU^R01|LAB0611260412017|P|2.3',
 r'PID|||00982177^^^SMH^MR~412-55-9087^^^SSA^SS||BRANDVOLD^HAROLD^E||19480302|M||W|77 CEDAR HOLLOW RD^^DULUTH^MN^55803||(218)555-0193',
 r'PV1||I|4WEST^412^B||||30021^NAKASHIMA^KENJI^T^^^MD',
 r'ORC|RE|O4471203|L06112600318',
 r'OBR|1|O4471203|L06112600318|BMP^BASIC METABOLIC PANEL^L|||200611260345|||||||200611260351||30021^NAKASHIMA^KENJI^T^^^MD||||||200611260410|||F',
])
W = '200611260345'
m.obx('NM', 'NA^SODIUM^L', '128', 'mmol/L', '136-145', 'L', key=('sodium', 'mmol/L'), when=W)
m.obx('NM', 'K^POTASSIUM^L', '6.4', 'mmol/L', '3.5-5.1', 'HH', key=('potassium', 'mmol/L'), when=W)
m.seg(r'NTE|1||CRITICAL RESULT CALLED TO AND READ BACK BY J.PELLETIER RN 4WEST @0409 11/26/06 BY DKR.')
m.seg(r'NTE|2||SPECIMEN SLIGHTLY HEMOLYZED. K MAY BE FALSELY ELEVATED.')
m.obx('NM', 'CL^CHLORIDE^L', '96', 'mmol/L', '98-107', 'L', key=('chloride', 'mmol/L'), when=W)
m.obx('NM', 'CO2^CARBON DIOXIDE^L', '18', 'mmol/L', '21-32', 'L', key=('carbon-dioxide', 'mmol/L'), when=W)
m.obx('NM', 'AGAP^ANION GAP^L', '14', 'mmol/L', '5-15', '', key=('anion-gap', 'mmol/L'), when=W)
m.obx('NM', 'BUN^BUN^L', '61', 'mg/dL', '7-18', 'H', key=('blood-urea-nitrogen', 'mg/dL'), when=W)
m.obx('NM', 'CREAT^CREATININE^L', '2.84', 'mg/dL', '0.70-1.30', 'H', key=('creatinine', 'mg/dL'), when=W)
m.obx('NM', 'GLU^GLUCOSE^L', '38', 'mg/dL', '70-99', 'LL', key=('glucose', 'mg/dL'), when=W)
m.seg(r'NTE|1||CRITICAL RESULT CALLED TO AND READ BACK BY J.PELLETIER RN 4WEST @0409 11/26/06 BY DKR.')
m.obx('NM', 'CA^CALCIUM^L', '8.1', 'mg/dL', '8.5-10.1', 'L', key=('calcium', 'mg/dL'), when=W)
m.obx('NM', 'MG^MAGNESIUM^L', '', 'mg/dL', '1.8-2.4', '', status='I', when=W)
m.obx('TX', 'MG^MAGNESIUM^L', 'ADD-ON RECEIVED 0405 - IN PROCESS', '', '', '', status='I', when=W)
m.seg(r'ORC|RE|O4471204|L06112600319')
m.seg(r'OBR|2|O4471204|L06112600319|CARDENZ^CARDIAC ENZYMES^L|||200611260345|||||||200611260351||30021^NAKASHIMA^KENJI^T^^^MD||||||200611260410|||F')
m.obx('NM', 'TROPI^TROPONIN I^L', '0.09', 'ng/mL', '0.00-0.04', 'H', key=('troponin-i', 'ng/mL'), when=W)
m.obx('NM', 'CK^CK TOTAL^L', '212', 'U/L', '39-308', '', key=('creatine-kinase', 'U/L'), when=W)
m.obx('NM', 'CKMB^CK-MB^L', '', 'ng/mL', '0.0-3.6', '', status='X', when=W)
m.obx('TX', 'CKMB^CK-MB^L', 'TEST CANCELLED - DUPLICATE ORDER. CREDIT ISSUED.', '', '', '', status='X', when=W)
m.obx('NM', 'BNP^B-TYPE NATRIURETIC PEPTIDE^L', '1840', 'pg/mL', '0-100', 'H', key=('bnp', 'pg/mL'), when=W)
m.obx('TX', 'BNPCMT^BNP COMMENT^L', 'BNP >400 PG/ML IS CONSISTENT WITH HEART FAILURE. VALUES 100-400 ARE INDETERMINATE.', '', '', '', when=W)

# 3 ---------------------------------------------------------------- v2.3.1, \r, hormones, LOINC in the alternate triplet
m = msg('us_v231_mens_health_hormones_alt_loinc_cr.hl7', '\r', [
 r'MSH|^~\&|LABDAQ|PINNACLE DIAGNOSTICS|VITALMD|VITALMD MENS HEALTH|20261121163005||ORU^R01|PD20261121-000388|P|2.3.1',
 r'PID|1||VM-220945|PD884102|Castellanos^Rafael^J^^^||19840927|M|||2150 W Camelback Rd Apt 14^^Phoenix^AZ^85015||6025550128',
 r'ORC|RE|VM-77410|PD-1121-0388||CM',
 r'OBR|1|VM-77410|PD-1121-0388|MHP^MALE HORMONE PANEL^L|||20261121071500|||||||20261121072000|SER|1649328871^Okafor^Tobi^^^^NP||||||20261121163000|||F',
])
W = '20261121071500'
m.obx('NM', 'TESTT^Testosterone, Total^L^2986-8^Testosterone [Mass/volume] in Serum or Plasma^LN', '312', 'ng/dL', '264-916', '', key=('testosterone', 'ng/dL'), when=W)
m.obx('NM', 'TESTF^Testosterone, Free (Direct)^L^2991-8^Testosterone Free [Mass/volume] in Serum or Plasma^LN', '6.1', 'pg/mL', '8.7-25.1', 'L', key=('testosterone-free', 'pg/mL'), when=W)
m.obx('NM', 'SHBG^Sex Hormone Binding Globulin^L^13967-5^Sex hormone binding globulin [Moles/volume] in Serum or Plasma^LN', '58.4', 'nmol/L', '16.5-55.9', 'H', key=('shbg', 'nmol/L'), when=W)
m.obx('NM', 'E2S^Estradiol, Sensitive^L^2243-4^Estradiol (E2) [Mass/volume] in Serum or Plasma^LN', '19.6', 'pg/mL', '8.0-35.0', '', key=('estradiol', 'pg/mL'), when=W)
m.obx('NM', 'LH^Luteinizing Hormone^L^10501-5^Lutropin [Units/volume] in Serum or Plasma^LN', '2.9', 'mIU/mL', '1.7-8.6', '', key=('luteinizing-hormone', 'm[IU]/mL'), when=W)
m.obx('NM', 'FSH^Follicle Stimulating Hormone^L^15067-2^Follitropin [Units/volume] in Serum or Plasma^LN', '3.4', 'mIU/mL', '1.5-12.4', '', key=('follicle-stimulating-hormone', 'm[IU]/mL'), when=W)
m.obx('NM', 'PRL^Prolactin^L^2842-3^Prolactin [Mass/volume] in Serum or Plasma^LN', '21.7', 'ng/mL', '4.0-15.2', 'H', key=('prolactin', 'ng/mL'), when=W)
m.seg(r'NTE|1||Mild hyperprolactinemia. Suggest repeat fasting AM draw; macroprolactin screen available on request.')
m.obx('NM', 'DHEAS^DHEA-Sulfate^L^2191-5^Dehydroepiandrosterone sulfate [Mass/volume] in Serum or Plasma^LN', '244', 'ug/dL', '138.5-475.2', '', key=('dhea-sulfate', 'ug/dL'), when=W)
m.obx('NM', 'IGF1^IGF-1^L^2484-4^Insulin-like growth factor-I [Mass/volume] in Serum or Plasma^LN', '139', 'ng/mL', '83-233', '', key=('somatomedin-c', 'ng/mL'), when=W)
m.obx('SN', 'PSA^PSA, Total^L^2857-1^Prostate specific Ag [Mass/volume] in Serum or Plasma^LN', '<^0.1', 'ng/mL', '0.0-4.0', '', key=('prostate-specific-antigen', 'ng/mL'), when=W)
m.obx('NM', '^Hematocrit', '52.8', '%', '37.5-51.0', 'H', key=('hematocrit', '%'), when=W)
m.obx('NM', '^Estradiol, Ultrasensitive LC/MS', '', 'pg/mL', '', '', status='I', when=W)
m.obx('ST', '^Estradiol, Ultrasensitive LC/MS', 'Sent to reference lab. Result to follow.', '', '', '', status='I', when=W)
m.obx('FT', 'MHPCMT^Panel comment^L', r'Free testosterone by direct analog immunoassay.\.br\Total testosterone 264-916 ng/dL applies to non-obese men 19-39 y (CDC harmonized).\.br\Hct > 54% on TRT: consider dose reduction.', '', '', '', when=W)

# 4 ---------------------------------------------------------------- v2.4, \r, UK SI units, x10\S\9/L escapes
m = msg('uk_v24_nhs_pathology_si_units_escaped_powers_cr.hl7', '\r', [
 r'MSH|^~\&|WINPATH|RVJ^North Severn Pathology|EMIS|M85042|20261124154410||ORU^R01|WP20261124154410882|P|2.4|||AL|NE|GBR',
 r'PID|1||9434765919^^^NHS^NH~K4408821^^^RVJ^MR||PRITCHARD-OYELARAN^Bethan^Mair^^Mrs||19710417|F|||14 Rowan Close^^Telford^Shropshire^TF3 2LP^GBR',
 r'PV1|1|O|M85042^^^Hollinswood Surgery',
 r'ORC|RE|EMIS8812044|26K0441190',
 r'OBR|1|EMIS8812044|26K0441190|FBC^Full blood count^WinPath|||202611241105|||||||202611241420|B|G8812044^MERCER^Dr A||||||202611241541||HAEM|F',
])
W = '202611241105'
m.obx('NM', 'HB^Haemoglobin^WinPath', '118', 'g/L', '115 - 165', '', key=('hemoglobin', 'g/L'), when=W)
m.obx('NM', 'WBC^White cell count^WinPath', '3.6', r'x10\S\9/L', '4.0 - 11.0', 'L', key=('white-blood-cell-count', '10*9/L'), when=W)
m.obx('NM', 'PLT^Platelet count^WinPath', '266', r'x10\S\9/L', '150 - 400', '', key=('platelet-count', '10*9/L'), when=W)
m.obx('NM', 'RBC^Red cell count^WinPath', '4.02', r'x10\S\12/L', '3.80 - 5.80', '', key=('red-blood-cell-count', '10*12/L'), when=W)
m.obx('NM', 'HCT^Haematocrit^WinPath', '0.362', 'L/L', '0.370 - 0.470', 'L', key=('hematocrit', 'L/L'), when=W)
m.obx('NM', 'MCV^Mean cell volume^WinPath', '90.1', 'fL', '80 - 100', '', key=('mean-corpuscular-volume', 'fL'), when=W)
m.obx('NM', 'NEUT^Neutrophil count^WinPath', '1.6', r'x10\S\9/L', '2.0 - 7.5', 'L', key=('neutrophils-absolute', '10*9/L'), when=W)
m.obx('NM', 'LYMPH^Lymphocyte count^WinPath', '1.4', r'x10\S\9/L', '1.5 - 4.0', 'L', key=('lymphocytes-absolute', '10*9/L'), when=W)
m.obx('TX', 'FILM^Film comment^WinPath', r'Mild neutropenia. ?Ethnic (Duffy-null) variant \T\ B12/folate status - suggest repeat FBC in 4-6 weeks.', '', '', '', when=W)
m.seg(r'ORC|RE|EMIS8812045|26C0441191')
m.seg(r'OBR|2|EMIS8812045|26C0441191|TFT^Thyroid function^WinPath|||202611241105|||||||202611241420|SER|G8812044^MERCER^Dr A||||||202611241541||CHEM|F')
m.obx('NM', 'TSH^Serum TSH level^WinPath', '7.82', 'mU/L', '0.27 - 4.20', 'H', key=('thyroid-stimulating-hormone', 'mU/L'), when=W)
m.obx('NM', 'FT4^Serum free T4 level^WinPath', '11.3', 'pmol/L', '12.0 - 22.0', 'L', key=('free-t4', 'pmol/L'), when=W)
m.obx('SN', 'TPO^Thyroid peroxidase antibodies^WinPath', '>^600', 'IU/mL', '<34', 'H', key=('thyroid-peroxidase-antibody', '[IU]/mL'), when=W)
m.seg(r'NTE|1||Consistent with primary hypothyroidism (autoimmune). Please see NICE CKS guidance.')
m.seg(r'ORC|RE|EMIS8812046|26C0441192')
m.seg(r'OBR|3|EMIS8812046|26C0441192|HAEMATINICS^Ferritin, B12, folate^WinPath|||202611241105|||||||202611241420|SER|G8812044^MERCER^Dr A||||||202611241541||CHEM|F')
m.obx('NM', 'FERR^Serum ferritin level^WinPath', '9', 'ug/L', '13 - 150', 'L', key=('ferritin', 'ug/L'), when=W)
m.obx('NM', 'B12^Serum vitamin B12 level^WinPath', '196', 'ng/L', '197 - 771', 'L', key=('vitamin-b12', 'ng/L'), when=W)
m.obx('NM', 'FOL^Serum folate level^WinPath', '5.9', 'ug/L', '3.9 - 26.8', '', key=('folate', 'ug/L'), when=W)
m.obx('NM', 'VITD^Serum 25-hydroxy vitamin D level^WinPath', '31', 'nmol/L', '', 'L', key=('vitamin-d', 'nmol/L'), when=W)
m.obx('TX', 'VITDC^Vitamin D comment^WinPath', r'<25 nmol/L deficient; 25-50 nmol/L insufficient\R\50-75 nmol/L adequate; >75 nmol/L optimal.', '', '', '', when=W)
m.obx('NM', 'HBA1C^Haemoglobin A1c level - IFCC standardised^WinPath', '44', 'mmol/mol', '20 - 41', 'H', key=('hemoglobin-a1c', 'mmol/mol'), when=W)

# 5 ---------------------------------------------------------------- v2.5, \r, German, ISO 8859-1 bytes, decimal commas
m = msg('de_v25_laborgemeinschaft_decimal_comma_latin1_cr.hl7', '\r', [
 r'MSH|^~\&|OPENLIMS|LABOR DR. WEISSHAUPT MVZ|MEDISTAR|PRAXIS DR. KÖHLER|20261119112233||ORU^R01^ORU_R01|LW-2611-990142|P|2.5|||AL|NE|DEU|8859/1|DE',
 r'PID|1||8837710^^^LW^PI||Müller-Lüdenscheidt^Jürgen^Götz||19620105|M|||Schloßstraße 9^^Würzburg^^97070^DEU',
 r'ORC|RE|AUF-440918|LW-2611-990142||CM',
 r'OBR|1|AUF-440918|LW-2611-990142|KCHEM^Klinische Chemie^L|||20261118083000|||||||20261118150000|Serum|^Köhler^Annegret^^^Dr. med.||||||20261119112000|||F',
])
W = '20261118083000'
m.obx('NM', '2345-7^Glucose nüchtern^LN', '112', 'mg/dl', '70-100', 'H', key=('glucose', 'mg/dL'), when=W)
m.obx('NM', 'KREA^Kreatinin^L', '1,18', 'mg/dl', '0,70-1,20', '', key=('creatinine', 'mg/dL'), when=W)
m.obx('NM', 'HST^Harnsäure^L', '7,9', 'mg/dl', '3,4-7,0', 'H', key=('uric-acid', 'mg/dL'), when=W)
m.obx('NM', 'GPT^GPT (ALT)^L', '38', 'U/l', '<50', '', key=('alanine-aminotransferase', 'U/L'), when=W)
m.obx('NM', 'GGT^Gamma-GT^L', '71', 'U/l', '<60', 'H', key=('gamma-glutamyl-transferase', 'U/L'), when=W)
m.obx('NM', 'K^Kalium^L', '4,6', 'mmol/l', '3,5-5,1', '', key=('potassium', 'mmol/L'), when=W)
m.obx('NM', 'CHOL^Cholesterin, gesamt^L', '243', 'mg/dl', '<200', 'H', key=('total-cholesterol', 'mg/dL'), when=W)
m.obx('NM', 'HDL^HDL-Cholesterin^L', '41', 'mg/dl', '>40', '', key=('hdl-cholesterol', 'mg/dL'), when=W)
m.obx('NM', 'LDL^LDL-Cholesterin (berechnet)^L', '168', 'mg/dl', '<130', 'H', key=('ldl-cholesterol', 'mg/dL'), when=W)
m.obx('NM', 'TRIG^Triglyceride^L', '172', 'mg/dl', '<150', 'H', key=('triglycerides', 'mg/dL'), when=W)
m.obx('FT', 'LIPKOM^Kommentar Lipide^L', r'LDL-Zielwert nach ESC/EAS 2019 abhängig vom Risiko: <116 mg/dl (niedrig) \T\ <55 mg/dl (sehr hoch).', '', '', '', when=W)
m.seg(r'ORC|RE|AUF-440919|LW-2611-990143||CM')
m.seg(r'OBR|2|AUF-440919|LW-2611-990143|ENDO^Endokrinologie^L|||20261118083000|||||||20261118150000|Serum|^Köhler^Annegret^^^Dr. med.||||||20261119112000|||F')
m.obx('NM', 'TSH^TSH basal^L', '1,84', 'µIU/ml', '0,27-4,20', '', key=('thyroid-stimulating-hormone', 'u[IU]/mL'), when=W)
m.obx('NM', 'FERR^Ferritin^L', '312', 'µg/l', '30-400', '', key=('ferritin', 'ug/L'), when=W)
m.obx('NM', 'VB12^Vitamin B12 (Cobalamin)^L', '264', 'pg/ml', '197-771', '', key=('vitamin-b12', 'pg/mL'), when=W)
m.obx('NM', 'TESTO^Testosteron, gesamt^L', '3,12', 'ng/ml', '2,49-8,36', '', key=('testosterone', 'ng/mL'), when=W)
m.obx('NM', 'PSA^PSA, gesamt^L', '2,71', 'ng/ml', '<4,0', '', key=('prostate-specific-antigen', 'ng/mL'), when=W)
m.obx('NM', 'HBA1C^HbA1c (IFCC)^L', '6,1', '%', '4,8-5,9', 'H', key=('hemoglobin-a1c', '%'), when=W)
m.obx('NM', 'CRP^CRP^L', '', 'mg/l', '<5,0', '', status='I', when=W)
m.seg(r'NTE|1||CRP folgt (Nachforderung).')
m.obx('ST', 'BEF^Befundkommentar^L', r'Befund technisch und medizinisch validiert. Dr. rer. nat. S. Weißhaupt', '', '', '', when=W)
m.charset = 'latin-1'

# 6 ---------------------------------------------------------------- v2.5.1, \n, Dutch, UTF-8 (MSH-18), UCUM unit triplets, commas
m = msg('nl_v251_huisartsenlab_utf8_ucum_triplets_lf.hl7', '\n', [
 r'MSH|^~\&|GLIMS|SALTRO^^L|HIS|HAGRO|20261123101507+0100||ORU^R01^ORU_R01|S26112300917|P|2.5.1|||AL|NE|NLD|UNICODE UTF-8|NL',
 r'PID|1||999912348^^^NLMINBIZA^NNNLD~H7713902^^^SALTRO^PI||de Vries-Ünal&de&Vries^Eliëtte^M^^^^L||19560811|F|||Groenewoudseweg 18^^Nijmegen^^6524 TR^NLD',
 r'ORC|RE|HAGRO-33120|S26112300917||CM',
 r'OBR|1|HAGRO-33120|S26112300917|HEMA^Hematologie^L|||202611230815|||||||202611230850||01234567^Bakker^Sanne^^^^^^VEKTIS||||||202611231015|||F',
])
W = '202611230815'
m.obx('NM', 'HB^Hemoglobine^L^718-7^Hemoglobin [Mass/volume] in Blood^LN', '7,4', 'mmol/L^mmol/L^UCUM', '7,5-10,0', 'L', key=('hemoglobin', 'mmol/L'), when=W)
m.obx('NM', 'LEUKO^Leukocyten^L', '6,8', '10*9/L^10*9/L^UCUM', '4,0-10,0', '', key=('white-blood-cell-count', '10*9/L'), when=W)
m.obx('NM', 'TROMBO^Trombocyten^L', '455', '10*9/L^10*9/L^UCUM', '150-400', 'H', key=('platelet-count', '10*9/L'), when=W)
m.obx('NM', 'BSE^BSE^L', '34', 'mm/h^mm/h^UCUM', '<30', 'H', key=('erythrocyte-sedimentation-rate', 'mm/h'), when=W)
m.seg(r'ORC|RE|HAGRO-33121|S26112300918||CM')
m.seg(r'OBR|2|HAGRO-33121|S26112300918|CHEM^Klinische chemie^L|||202611230815|||||||202611230850||01234567^Bakker^Sanne^^^^^^VEKTIS||||||202611231015|||F')
m.obx('NM', 'KREA^Kreatinine^L^14682-9^Creatinine [Moles/volume] in Serum or Plasma^LN', '104', 'µmol/L^µmol/L^UCUM', '45-90', 'H', key=('creatinine', 'umol/L'), when=W)
m.obx('NM', 'EGFR^eGFR (CKD-EPI)^L', '48', 'mL/min/1.73m2^mL/min/{1.73_m2}^UCUM', '>60', 'L', key=('egfr', 'mL/min/{1.73_m2}'), when=W)
m.obx('NM', 'NA^Natrium^L', '141', 'mmol/L^mmol/L^UCUM', '135-145', '', key=('sodium', 'mmol/L'), when=W)
m.obx('NM', 'K^Kalium^L', '5,3', 'mmol/L^mmol/L^UCUM', '3,5-5,0', 'H', key=('potassium', 'mmol/L'), when=W)
m.obx('NM', 'GLUC^Glucose nuchter^L', '6,4', 'mmol/L^mmol/L^UCUM', '4,0-6,0', 'H', key=('glucose', 'mmol/L'), when=W)
m.obx('NM', 'CHOL^Cholesterol totaal^L', '6,2', 'mmol/L^mmol/L^UCUM', '', '', key=('total-cholesterol', 'mmol/L'), when=W)
m.obx('NM', 'HDL^HDL-cholesterol^L', '1,35', 'mmol/L^mmol/L^UCUM', '>1,0', '', key=('hdl-cholesterol', 'mmol/L'), when=W)
m.obx('NM', 'LDL^LDL-cholesterol (Friedewald)^L', '4,1', 'mmol/L^mmol/L^UCUM', '', '', key=('ldl-cholesterol', 'mmol/L'), when=W)
m.obx('NM', 'TG^Triglyceriden^L', '1,63', 'mmol/L^mmol/L^UCUM', '<2,0', '', key=('triglycerides', 'mmol/L'), when=W)
m.obx('NM', 'TSH^TSH^L', '2,7', 'mU/L^mU/L^UCUM', '0,4-4,0', '', key=('thyroid-stimulating-hormone', 'mU/L'), when=W)
m.obx('NM', 'VITD^Vitamine D (25-OH)^L', '42', 'nmol/L^nmol/L^UCUM', '>50', 'L', key=('vitamin-d', 'nmol/L'), when=W)
m.obx('NM', 'B12^Vitamine B12^L', '188', 'pmol/L^pmol/L^UCUM', '150-600', '', key=('vitamin-b12', 'pmol/L'), when=W)
m.seg(r'NTE|1|L|Bij vitamine B12 tussen 150 en 250 pmol/L: overweeg bepaling methylmalonzuur (MMA).')
m.obx('NM', 'INS^Insuline^L', '', 'mE/L^mU/L^UCUM', '', '', status='X', when=W)
m.seg(r'NTE|1|L|Insuline vervallen: niet-nuchter afgenomen.')

# 7 ---------------------------------------------------------------- v2.5.1, \r, cardiometabolic, SN censored, corrected result
m = msg('us_v251_cardiometabolic_sn_censored_corrected_cr.hl7', '\r', [
 r'MSH|^~\&|COBALT LIS|HELIX CARDIODX^33D2210456^CLIA|ELATION|LONGEVITY PARTNERS SF|20261122093318-0800||ORU^R01^ORU_R01|HCX-448102-2|P|2.5.1|||AL|NE|USA',
 r'PID|1||LP-00418^^^LPSF^MR||Thorsdottir^Ingrid^Sol||19690203|F|||88 Vallejo St Unit 5^^San Francisco^CA^94111^USA||^PRN^PH^^1^415^5550188',
 r'ORC|RE|LPSF-9077|HCX-448102||CM',
 r'OBR|1|LPSF-9077|HCX-448102|LIPADV^Advanced Lipid Panel^L|||20261121070000|||||||20261121090000|Serum|1902883140^Ambrose^Delia^^^^MD||||||20261122093000|||C',
])
W = '20261121070000'
m.obx('NM', '2093-3^Cholesterol [Mass/volume] in Serum or Plasma^LN', '231', 'mg/dL', '<200', 'H', key=('total-cholesterol', 'mg/dL'), when=W)
m.obx('NM', '2085-9^Cholesterol in HDL [Mass/volume] in Serum or Plasma^LN', '72', 'mg/dL', '>=40', '', key=('hdl-cholesterol', 'mg/dL'), when=W)
m.obx('NM', '13457-7^Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation^LN', '139', 'mg/dL', '<100', 'H', key=('ldl-cholesterol', 'mg/dL'), when=W)
m.obx('NM', '2571-8^Triglyceride [Mass/volume] in Serum or Plasma^LN', '98', 'mg/dL', '<150', '', key=('triglycerides', 'mg/dL'), when=W)
m.obx('NM', '1884-6^Apolipoprotein B [Mass/volume] in Serum or Plasma^LN', '118', 'mg/dL', '<90', 'H', key=('apolipoprotein-b', 'mg/dL'), when=W)
m.obx('NM', '43583-4^Lipoprotein a [Moles/volume] in Serum or Plasma^LN', '187', 'nmol/L', '<75', 'H', key=('lipoprotein-a', 'nmol/L'), when=W)
m.seg(r'NTE|1|L|Lp(a) >=125 nmol/L is considered a risk-enhancing factor (2018 AHA/ACC).')
m.obx('SN', '30522-7^C reactive protein [Mass/volume] in Serum or Plasma by High sensitivity method^LN', '<^0.5', 'mg/L', '<1.0', '', key=('hs-crp', 'mg/L'), when=W)
m.obx('NM', '13965-9^Homocysteine [Moles/volume] in Serum or Plasma^LN', '13.8', 'umol/L', '<11.4', 'H', status='C', key=('homocysteine', 'umol/L'), when=W)
m.seg(r'NTE|1|L|CORRECTED RESULT 11/22/2026 09:31. Previously reported as 31.8 umol/L (transcription error). Notified Dr. Ambrose.')
m.seg(r'ORC|RE|LPSF-9078|HCX-448103||CM')
m.seg(r'OBR|2|LPSF-9078|HCX-448103|GLYC^Glycemic Markers^L|||20261121070000|||||||20261121090000|Serum|1902883140^Ambrose^Delia^^^^MD||||||20261122093000|||F')
m.obx('NM', '2345-7^Glucose [Mass/volume] in Serum or Plasma^LN', '94', 'mg/dL', '65-99', '', key=('glucose', 'mg/dL'), when=W)
m.obx('NM', '20448-7^Insulin [Units/volume] in Serum or Plasma^LN', '11.6', 'uIU/mL', '2.6-24.9', '', key=('insulin', 'u[IU]/mL'), when=W)
m.obx('NM', '4548-4^Hemoglobin A1c/Hemoglobin.total in Blood^LN', '5.7', '%', '4.0-5.6', 'H', key=('hemoglobin-a1c', '%'), when=W)
m.obx('TX', '4548-4^Hemoglobin A1c/Hemoglobin.total in Blood^LN', r'Prediabetes: 5.7 - 6.4 \T\ Diabetes: >6.4. Glycemic control for adults with diabetes: <7.0', '', '', '', when=W)

# 8 ---------------------------------------------------------------- v2.3.1, \n, PID/ORC repeated per order, text-only OBX-3
m = msg('us_v231_repeated_pid_per_order_text_only_ids_lf.hl7', '\n', [
 r'MSH|^~\&|ORCHARD HARVEST|VALLEYVIEW CLINICAL LAB|NEXTGEN|RIVERSTONE INTERNAL MED|20261120180244||ORU^R01|VCL0000918273|P|2.3.1',
 r'PID|1||RIM100477||Abernathy^Colette^R||19880719|F|||901 S Oak Park Ave^^Oak Park^IL^60304||(708)555-0166',
 r'ORC|RE|RIM-51001|VCL-26-30441|||||||||1770221193^PATEL^NIRAJ',
 r'OBR|1|RIM-51001|VCL-26-30441|IRONP^IRON PANEL^L|||202611200715|||||||202611200940||1770221193^PATEL^NIRAJ||||||202611201802|||F',
])
W = '202611200715'
m.obx('NM', '^Iron, Serum', '38', 'ug/dL', '27-159', '', key=('iron', 'ug/dL'), when=W)
m.obx('NM', '^TIBC', '462', 'ug/dL', '250-450', 'H', key=('total-iron-binding-capacity', 'ug/dL'), when=W)
m.obx('NM', '^Iron Saturation', '8', '%', '15-55', 'LL', key=('transferrin-saturation', '%'), when=W)
m.obx('NM', '^Ferritin', '6', 'ng/mL', '15-150', 'L', key=('ferritin', 'ng/mL'), when=W)
m.seg(r'PID|1||RIM100477||Abernathy^Colette^R||19880719|F|||901 S Oak Park Ave^^Oak Park^IL^60304||(708)555-0166')
m.seg(r'ORC|RE|RIM-51002|VCL-26-30442|||||||||1770221193^PATEL^NIRAJ')
m.seg(r'OBR|1|RIM-51002|VCL-26-30442|ENDO^ENDOCRINE^L|||202611200715|||||||202611200940||1770221193^PATEL^NIRAJ||||||202611201802|||F')
m.obx('NM', '^Cortisol, AM', '4.1', 'ug/dL', '6.2-19.4', 'L', key=('cortisol', 'ug/dL'), when=W)
m.obx('NM', '^Testosterone, Total', '47', 'ng/dL', '8-60', '', key=('testosterone', 'ng/dL'), when=W)
m.obx('NM', '^DHEA Sulfate', '88', 'ug/dL', '84.8-378.0', '', key=('dhea-sulfate', 'ug/dL'), when=W)
m.seg(r'PID|1||RIM100477||Abernathy^Colette^R||19880719|F|||901 S Oak Park Ave^^Oak Park^IL^60304||(708)555-0166')
m.seg(r'ORC|RE|RIM-51003|VCL-26-30443|||||||||1770221193^PATEL^NIRAJ')
m.seg(r'OBR|1|RIM-51003|VCL-26-30443|VITS^VITAMINS^L|||202611200715|||||||202611200940||1770221193^PATEL^NIRAJ||||||202611201802|||F')
m.obx('NM', '^Vitamin D, 25-Hydroxy', '61.2', 'ng/mL', '30.0-100.0', '', key=('vitamin-d', 'ng/mL'), when=W)
m.obx('SN', '^Vitamin B12', '>^2000', 'pg/mL', '232-1245', '>', key=('vitamin-b12', 'pg/mL'), when=W)
m.seg(r'NTE|1||Patient reports daily B12 supplementation (5000 mcg).')
m.obx('NM', '^Folate, Serum', '', 'ng/mL', '>3.0', '', status='I', when=W)

# 9 ---------------------------------------------------------------- v2.4, \r, thyroid + female hormones, preliminary, tiered text ranges
m = msg('us_v24_womens_hormones_thyroid_preliminary_tiers_cr.hl7', '\r', [
 r'MSH|^~\&|SOFTLAB|LAKESHORE HEALTH LAB|ECW|BLOOM WOMENS HEALTH|20261123120412||ORU^R01|LHL20261123120412221|P|2.4',
 r'PID|1||BWH-3381902^^^BWH^MR||Nakagawa-Reyes^Marisol^A||19730930|F|||3310 N Lake Shore Dr Apt 1904^^Chicago^IL^60657||^^PH^^^773^5550121',
 r'ORC|RE|BWH-77120|LHL-88410||A',
 r'OBR|1|BWH-77120|LHL-88410|FEMHP^FEMALE HORMONE PANEL^L|||20261123081000|||||||20261123083000|SER|1558102993^Lindqvist^Hanne^^^^MD||||||20261123120400|||P',
])
W = '20261123081000'
m.obx('NM', '15067-2^FSH^LN', '62.3', 'mIU/mL', 'Follicular 3.5-12.5; Ovulation 4.7-21.5; Luteal 1.7-7.7; Postmenopausal 25.8-134.8', 'A', key=('follicle-stimulating-hormone', 'm[IU]/mL'), when=W)
m.obx('NM', '10501-5^LH^LN', '38.9', 'mIU/mL', 'Follicular 2.4-12.6; Ovulation 14.0-95.6; Luteal 1.0-11.4; Postmenopausal 7.7-58.5', 'A', key=('luteinizing-hormone', 'm[IU]/mL'), when=W)
m.obx('SN', '2243-4^Estradiol^LN', '<^5.0', 'pg/mL', '', '', key=('estradiol', 'pg/mL'), when=W)
m.obx('NM', '2839-9^Progesterone^LN', '0.21', 'ng/mL', '', '', status='P', key=('progesterone', 'ng/mL'), when=W)
m.obx('NM', '3016-3^TSH^LN', '3.61', 'uIU/mL', '0.450-4.500', '', key=('thyroid-stimulating-hormone', 'u[IU]/mL'), when=W)
m.obx('NM', '3024-7^Free T4^LN', '0.98', 'ng/dL', '0.82-1.77', '', key=('free-t4', 'ng/dL'), when=W)
m.obx('NM', '3051-0^Free T3^LN', '2.4', 'pg/mL', '2.0-4.4', '', status='P', key=('free-t3', 'pg/mL'), when=W)
m.obx('SN', '8099-4^Thyroid peroxidase Ab^LN', '<^9', 'IU/mL', '0-34', '', key=('thyroid-peroxidase-antibody', '[IU]/mL'), when=W)
m.obx('NM', '3052-8^Reverse T3^LN', '', 'ng/dL', '9.2-24.1', '', status='I', when=W)
m.obx('NM', '2842-3^Prolactin^LN', '9.8', 'ng/mL', '4.8-23.3', '', status='P', key=('prolactin', 'ng/mL'), when=W)
m.seg(r'NTE|1||PRELIMINARY REPORT - FINAL TO FOLLOW. Reverse T3 sent to Quest Diagnostics Nichols Institute (TAT 5-7 days).')

# 10 --------------------------------------------------------------- v2.3, \r, serology: SN titer, CE coded results, FT with escapes
m = msg('us_v23_rheum_serology_sn_titer_ce_ft_escapes_cr.hl7', '\r', [
 r'MSH|^~\&|CERNER|MERCY REGIONAL LAB|ALLSCRIPTS|ARTHRITIS ASSOC OF TULSA|20261117144951||ORU^R01|MRL7719820044|P|2.3',
 r'PID|1||MR2281047^^^MRL^MR||WHITEHORSE^DENISE^L||19910528|F|||5512 E 41ST ST^^TULSA^OK^74135||(918)555-0172',
 r'ORC|RE|AAT-30098|MRL-4471002',
 r'OBR|1|AAT-30098|MRL-4471002|RHEUM^RHEUMATOLOGY PANEL^L|||20261117093000|||||||20261117100400||1316044120^GRAYSON^WADE^^^^MD||||||20261117144900|||F',
])
W = '20261117093000'
m.obx('SN', '5048-4^ANA Titer^LN', '^1^:^80', '', '<1:40', 'A', key=('antinuclear-antibody', None), when=W)
m.obx('CE', 'ANAPAT^ANA Pattern^L', 'SPK^Speckled^L', '', '', '', key=('?ANA Pattern', None), vtext='Speckled', when=W)
m.obx('FT', 'ANACMT^ANA Comment^L', r'Titers of 1:40 - 1:80 are seen in up to 13% of healthy individuals \T\ should be interpreted\.br\in the clinical context. Speckled pattern: consider ENA panel (SSA\F\SSB\F\Sm\F\RNP).', '', '', '', when=W)
m.obx('NM', '4537-7^ESR^LN', '38', 'mm/hr', '0-20', 'H', key=('erythrocyte-sedimentation-rate', 'mm/h'), when=W)
m.obx('NM', '1988-5^C-Reactive Protein^LN', '2.4', 'mg/dL', '0.0-0.9', 'H', key=('c-reactive-protein', 'mg/dL'), when=W)
m.obx('SN', '15205-8^Rheumatoid Factor^LN', '<^10', 'IU/mL', '<14', '', key=('rheumatoid-factor', '[IU]/mL'), when=W)
m.obx('CE', '16128-1^Hepatitis C Antibody^LN', 'POS^Positive^L', '', 'Negative', 'A', key=('hepatitis-c-antibody', None), vtext='Positive', when=W)
m.seg(r'NTE|1||Reactive HCV antibody. HCV RNA by PCR reflexed - see separate report (accession MRL-4471009).')
m.obx('CE', '5195-3^Hepatitis B Surface Antigen^LN', 'NEG^Negative^L', '', 'Negative', 'N', key=('hepatitis-b-surface-antigen', None), vtext='Negative', when=W)
m.obx('ST', '^Specimen Comment', r'Sample received at 22\E\C; SST tube \R\ spun 10:02.', '', '', '', when=W)

# 11 --------------------------------------------------------------- v2.5.1, \r, Canada SI, SN >^90, local + LOINC
m = msg('ca_v251_ontario_si_units_sn_greater_than_cr.hl7', '\r', [
 r'MSH|^~\&|LIFELABS OLIS|LIFELABS ON^5407^OLIS|OSCAR|CLINIC 4412|20261124201733-0500||ORU^R01^ORU_R01|LL202611240917733|P|2.5.1|||AL|NE|CAN',
 r'PID|1||6120447891^^^ON^JHN||Tremblay-Nguyen^Mathieu^Olivier||19660214|M|||220 Bloor St W Apt 907^^Toronto^ON^M5S 1T8^CAN',
 r'ORC|RE|O-118822|LL-26-8812044||CM',
 r'OBR|1|O-118822|LL-26-8812044|CHEM^Chemistry^L|||202611240745|||||||202611240812|SER|88123^Sandhu^Priya^^^^^^ON||||||202611242015|||F',
])
W = '202611240745'
m.obx('NM', 'CREA^Creatinine^L^14682-9^Creatinine [Moles/volume] in Serum or Plasma^LN', '84', 'umol/L', '59 - 104', 'N', key=('creatinine', 'umol/L'), when=W)
m.obx('SN', 'EGFR^eGFR^L^98979-8^GFR/BSA.pred CKD-EPI 2021^LN', '>^90', 'mL/min/1.73m2', '>=60', '', key=('egfr', 'mL/min/{1.73_m2}'), when=W)
m.obx('NM', 'GLUR^Glucose Random^L^15074-8^Glucose [Moles/volume] in Blood^LN', '7.9', 'mmol/L', '3.6 - 7.7', 'H', key=('glucose', 'mmol/L'), when=W)
m.obx('NM', 'A1C^Hemoglobin A1C^L^4548-4^Hemoglobin A1c/Hemoglobin.total in Blood^LN', '0.061', '', '<0.060', 'H', key=('hemoglobin-a1c', None), when=W)
m.obx('NM', 'ALT^ALT^L^1742-6^ALT SerPl-cCnc^LN', '19', 'U/L', '<50', '', key=('alanine-aminotransferase', 'U/L'), when=W)
m.obx('NM', 'TBIL^Bilirubin Total^L^14631-6^Bilirubin.total [Moles/volume] in Serum or Plasma^LN', '23', 'umol/L', '<20', 'H', key=('total-bilirubin', 'umol/L'), when=W)
m.obx('NM', 'PSA^PSA Total^L^2857-1^PSA SerPl-mCnc^LN', '1.62', 'ug/L', '<=4.50', '', key=('prostate-specific-antigen', 'ug/L'), when=W)
m.obx('NM', 'TESTO^Testosterone^L^2986-8^Testosterone SerPl-mCnc^LN', '13.9', 'nmol/L', '8.4 - 28.7', '', key=('testosterone', 'nmol/L'), when=W)
m.seg(r'NTE|1||Testosterone: morning (before 10:00) sample recommended. Values 8.4 - 12.0 nmol/L are borderline.')

if __name__ == '__main__':
    total = 0
    for mm in ALL:
        n = mm.write(); total += n
        print(f'{mm.name}: {n} rows')
    print('TOTAL', total, 'in', len(ALL), 'messages')
