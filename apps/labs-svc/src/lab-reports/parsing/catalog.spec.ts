import { BIOMARKER_CATALOG } from '../../biomarkers/catalog/biomarker-catalog.js';
import { readFileSync } from 'node:fs';
import { BiomarkerCatalog, normalizeName } from './catalog.js';
import { toUcum } from './units.js';

const catalog = new BiomarkerCatalog(BIOMARKER_CATALOG);

describe('the biomarker catalog (v4)', () => {
  it('has unique keys, unique codes and aliases that name one biomarker each', () => {
    const keys = BIOMARKER_CATALOG.map((b) => b.key);
    expect(new Set(keys).size).toBe(keys.length);
    const codes = BIOMARKER_CATALOG.flatMap((b) => [b.loinc, ...b.alternateLoinc]).filter(Boolean);
    expect(new Set(codes).size).toBe(codes.length);
    const names = BIOMARKER_CATALOG.flatMap((b) => [...new Set(b.aliases.map(normalizeName))]);
    expect(new Set(names).size).toBe(names.length);
    expect(BIOMARKER_CATALOG.length).toBeGreaterThanOrEqual(200);
  });

  it('gives every quantitative biomarker with a unit a UCUM unit that UCUM accepts', () => {
    const bad = BIOMARKER_CATALOG.filter((b) => b.ucumUnit && toUcum(b.ucumUnit) !== b.ucumUnit).map((b) => [b.key, b.ucumUnit]);
    expect(bad).toEqual([]);
  });

  it.each([
    ['Glucose Level', undefined, 'glucose'],
    ['GLU', undefined, 'glucose'],
    ['Blood Urea Nitrogen (BUN)', undefined, 'blood-urea-nitrogen'],
    ['CHOLESTEROL, TOTAL', undefined, 'total-cholesterol'],
    ['LDL CHOLESTEROL', undefined, 'ldl-cholesterol'],
    ['Neutrophils (Absolute)', undefined, 'neutrophils-absolute'],
    ['Neutrophils', undefined, 'neutrophils'],
    ['% Free Testosterone', undefined, 'testosterone-free-percent'],
    ['Testosterone, Total', undefined, 'testosterone'],
    ['β-Globulin', undefined, 'beta-globulin'],
    ['HEMOGLOBIN', '20509-6', 'hemoglobin'],
    ['anything', '2345-7', 'glucose'],
    ['NEUTROPHILS/100 LEUKOCYTES', '23761-0', 'neutrophils'],
    ['Zonulin', undefined, undefined],
    ['Foo (Absolute)', undefined, undefined],
    // Lipid ratios' short names (labs17fix review): total cholesterol / HDL, and LDL / HDL.
    ['T. Chol/HDL Ratio', undefined, 'cholesterol-hdl-ratio'],
    ['TC/HDL-C Ratio', undefined, 'cholesterol-hdl-ratio'],
    ['Chol/HDL-C', undefined, 'cholesterol-hdl-ratio'],
    ['Total Chol/HDL Ratio', undefined, 'cholesterol-hdl-ratio'],
    ['LDL-C/HDL-C', undefined, 'ldl-hdl-ratio'],
    ['Cholesterol HDL-C', undefined, 'hdl-cholesterol'],
    // Turkish: ionised calcium is no total calcium (the catalog has none). `Üre (BUN)` is the urea its name prints (the
    // name outside a parenthesis comes first, as for `Albumin (Protein)`); a rule making two biomarkers in one name
    // unknown also made `Neutrophils (ANC)`, `C-Reactive Protein (hs-CRP)` unknown (a review's probes) and was dropped.
    ['Kalsiyum (İyonize)', undefined, undefined],
    ['Üre (BUN)', undefined, 'urea'],
    ['Albumin (Protein)', undefined, 'albumin'],
    ['C-Reactive Protein (hs-CRP)', undefined, 'c-reactive-protein'],
    // Cholesterol per HDL is the ratio, whatever the HDL's spelling (a review's probe: `Cholesterol/HDL-C` had become
    // HDL cholesterol); `Cholesterol, HDL` and `Cholesterol (HDL)` are HDL cholesterol.
    ['Cholesterol/HDL-C', undefined, 'cholesterol-hdl-ratio'],
    ['Cholesterol / HDL-C', undefined, 'cholesterol-hdl-ratio'],
    ['Cholesterol:HDL-C', undefined, 'cholesterol-hdl-ratio'],
    ['Cholesterol/HDL', undefined, 'cholesterol-hdl-ratio'],
    ['Total Cholesterol/HDL Ratio', undefined, 'cholesterol-hdl-ratio'],
    ['Cholesterol, HDL', undefined, 'hdl-cholesterol'],
    ['Cholesterol (HDL)', undefined, 'hdl-cholesterol'],
    ['HDL-C', undefined, 'hdl-cholesterol'],
    // An abbreviation after the words it abbreviates names its entry (a review's probes of the initials rule, which
    // keeps `ANTIGENE CARCINO EMBRYONNAIRE(ACE)`, the French CEA, from angiotensin-converting enzyme): in another
    // language, and the lipoprotein classes spelt out.
    ['Thyreoidea-stimulierendes Hormon (TSH)', undefined, 'thyroid-stimulating-hormone'],
    ['Very Low Density Lipoprotein (VLDL)', undefined, 'vldl-cholesterol'],
    ['Low Density Lipoprotein Cholesterol', undefined, 'ldl-cholesterol'],
    // Since catalog v4 the French name outside the parenthesis is CEA's; a spelling it does not know still leaves the
    // initials unknown rather than angiotensin-converting enzyme.
    ['ANTIGENE CARCINO EMBRYONNAIRE(ACE)', undefined, 'carcinoembryonic-antigen'],
    ['Antigene Carcino Embryonique (ACE)', undefined, undefined],
  ])('%j (code %j) → %j', (name, code, key) => {
    expect(catalog.match(name, code)?.key).toBe(key);
  });

  it('has every lab LOINC of the shared Synthea list (../shared/data/biomarkers)', () => {
    const csv = readFileSync(new URL('../../../../../../shared/data/biomarkers/synthea_lab_loinc_ucum_from_bundles.csv', import.meta.url), 'utf8');
    const codes = csv.trim().split('\n').slice(1).map((l) => l.split(',')[0]!);
    expect(codes.length).toBeGreaterThan(80);
    expect(codes.filter((c) => !catalog.resolve(c))).toEqual([]);
  });

  it('has the hormone panel under the keys other services use (shared contract)', () => {
    const panel: [string, string][] = [
      ['shbg', '13967-5'], ['dhea-sulfate', '2191-5'], ['prolactin', '2842-3'], ['apolipoprotein-b', '1884-6'], ['hs-crp', '30522-7'],
      ['homocysteine', '13965-9'], ['progesterone', '2839-9'], ['reverse-t3', '3052-8'], ['dihydrotestosterone', '2226-9'],
    ];
    expect(panel.map(([key]) => catalog.resolve(key)?.loinc)).toEqual(panel.map(([, loinc]) => loinc));
    for (const key of ['testosterone', 'testosterone-free', 'estradiol', 'somatomedin-c', 'prostate-specific-antigen', 'thyroid-stimulating-hormone', 'free-t4', 'free-t3', 'cortisol', 'lipoprotein-a', 'ferritin', 'vitamin-d', 'vitamin-b12', 'insulin', 'hemoglobin-a1c', 'luteinizing-hormone', 'follicle-stimulating-hormone']) {
      expect(catalog.resolve(key)?.key).toBe(key);
    }
    expect(catalog.match('hs-CRP')?.key).toBe('hs-crp');
    expect(catalog.match('CRP')?.key).toBe('c-reactive-protein');
    expect(catalog.match('DHEA-S')?.key).toBe('dhea-sulfate');
    expect(catalog.match('Sex Hormone Binding Globulin')?.key).toBe('shbg');
  });

  it('resolves a catalog key or a LOINC code', () => {
    expect(catalog.resolve('glucose')?.loinc).toBe('2345-7');
    expect(catalog.resolve('2339-0')?.key).toBe('glucose');
    expect(catalog.resolve('nope')).toBeUndefined();
  });
});

describe('a measured GFR, a clearance or a cystatin C estimate is not the creatinine-based eGFR', () => {
  it.each([
    'GFR (measured)', 'GFR, measured', 'GFR (Iohexol)', 'GFR (51Cr-EDTA)', 'GFR (DTPA)', 'GFR (inulin)',
    'GFR (creatinine clearance)', 'eGFR (Cystatin C)', 'GFR (gemessen)',
  ])('%s is not coded egfr', (name) => {
    expect(catalog.match(name)?.key).not.toBe('egfr');
  });

  it.each(['eGFR', 'GFR (MDRD)', 'EGFR CKD-EPI 2021', 'eGFR (CKD-EPI)', 'eGFR (creatinine)', 'GFR estimated', 'Estimated GFR'])(
    '%s is still the eGFR', (name) => {
      expect(catalog.match(name)?.key).toBe('egfr');
    },
  );
});

describe('British spelling of the luteinizing hormone', () => {
  it.each(['Luteinising hormone', 'LUTEINISING HORMONE', 'Serum luteinising hormone'])('%s is the LH', (name) => {
    expect(catalog.match(name)?.key).toBe('luteinizing-hormone');
  });
});

describe('labs28b: a sensitivity word after a comma, Chinese hormone names', () => {
  it.each([
    ['Estradiol, Ultrasensitive', 'estradiol'],
    ['Estradiol, ultra-sensitive', 'estradiol'],
    ['CRP, ultrasensitive', 'hs-crp'],
    ['CRP, highly sensitive', 'hs-crp'],
    ['Troponin T, highly sensitive', 'troponin-t'],
  ])('%s is the sensitive assay the catalog names (%s)', (name, key) => {
    expect(catalog.match(name)?.key).toBe(key);
  });

  it('a sensitivity word never drops to the analyte without it when the catalog names no sensitive assay', () => {
    expect(catalog.match('Glucose, ultrasensitive')).toBeUndefined();
    expect(catalog.match('CRP, ultrasensitive')?.key).not.toBe('c-reactive-protein');
  });

  it.each([
    ['雌二醇(E2)', 'estradiol'], ['睾酮(T)', 'testosterone'], ['孕酮(P)', 'progesterone'], ['黄体酮', 'progesterone'],
    ['垂体泌乳素(PRL)', 'prolactin'], ['促卵泡刺激素(FSH)', 'follicle-stimulating-hormone'], ['促黄体生成素(LH)', 'luteinizing-hormone'],
    ['硫酸脱氢表雄酮(DHEA-S)', 'dhea-sulfate'], ['促黄体生成素', 'luteinizing-hormone'], ['卵泡刺激素', 'follicle-stimulating-hormone'], ['催乳素', 'prolactin'],
  ])('%s is %s', (name, key) => {
    expect(catalog.match(name)?.key).toBe(key);
  });

  it('Chinese words in the parenthesis are not dropped: free testosterone is not the total', () => {
    expect(catalog.match('睾酮(游离)')?.key).not.toBe('testosterone');
  });
});

describe('labs28bfix: a sensitivity word on troponin', () => {
  // (fixr77b) Troponin I's high-sensitivity assay is troponin I, as troponin T's is troponin T (catalog.ts SENSITIVE_ASSAY_IS_ANALYTE).
  it('troponin T\'s high-sensitivity assay is the catalog\'s troponin T; troponin I\'s is troponin I in either wording', () => {
    expect(catalog.match('Troponin T, high sensitivity')?.key).toBe('troponin-t');
    expect(catalog.match('Troponin I, highly sensitive')?.key).toBe('troponin-i');
    expect(catalog.match('Troponin I, high sensitivity')?.key).toBe('troponin-i');
  });
});

describe('labsrobfix: `direct` before `dialysis` is a method, not the direct fraction', () => {
  it('`Free T4 (direct dialysis)` is the free T4 (direct equilibrium dialysis measures it)', () => {
    expect(catalog.match('Free T4 (direct dialysis)')?.key).toBe('free-t4');
    expect(catalog.match('Free T4 (Serum) (direct dialysis)')?.key).toBe('free-t4');
  });

  it('negative: `(Direct)` after a name that is no free hormone\'s still changes the analyte (direct bilirubin stays direct; `T4 (Direct)` is no total T4)', () => {
    expect(catalog.match('Bilirubin (Direct)')?.key).toBe('direct-bilirubin');
    expect(catalog.match('T4 (Direct)')?.key).not.toBe('total-t4');
  });

  it('(readfixC) `(Direct)` after a free hormone\'s name is its direct immunoassay: `Free T4 (Direct)`, Labcorp\'s `T4,Free(Direct)` read free T4', () => {
    expect(catalog.match('Free T4 (Direct)')?.key).toBe('free-t4');
    expect(catalog.match('T4,Free(Direct)')?.key).toBe('free-t4');
  });
});

describe('labs52cat: catalog v5 — HBsAg, urine drug screens, Widal, malaria, prealbumin, procalcitonin', () => {
  it.each([
    ['HBsAg', 'hepatitis-b-surface-antigen'], ['HBsAg Kualitatif', 'hepatitis-b-surface-antigen'], ['HBs Ag', 'hepatitis-b-surface-antigen'],
    ['Hepatitis B Surface Antigen', 'hepatitis-b-surface-antigen'],
    ['Amphetamin', 'amphetamines-urine-screen'], ['Amphetamines', 'amphetamines-urine-screen'], ['Methamphetamine', 'methamphetamine-urine-screen'],
    ['THC', 'cannabinoids-urine-screen'], ['Cannabinoids', 'cannabinoids-urine-screen'], ['Cocaine Metabolite', 'cocaine-urine-screen'],
    ['Morphine', 'opiates-urine-screen'], ['Opiates', 'opiates-urine-screen'], ['Benzodiazepin', 'benzodiazepines-urine-screen'],
    ['Salmonella typhi O (TO)', 'salmonella-typhi-o-antibody'], ['Salmonella typhi H (TH)', 'salmonella-typhi-h-antibody'],
    ['Salmonella paratyphi A, H (AH)', 'salmonella-paratyphi-a-h-antibody'], ['Salmonella paratyphi B, H (BH)', 'salmonella-paratyphi-b-h-antibody'],
    ['Malaria Parasite', 'malaria-parasite-smear'], ['MALARIA PARASITE / BLOOD PARASITE IDENTIFICATION', 'malaria-parasite-smear'],
    ['Malaria Antigen', 'malaria-antigen'], ['Prealbúmina', 'prealbumin'], ['Procalcitonina', 'procalcitonin'],
  ])('%j → %j', (name, key) => {
    expect(catalog.match(name)?.key).toBe(key);
  });

  it('codes the new biomarkers and version 1\'s hepatitis C antibody and VDRL by their LOINC codes', () => {
    expect(['5195-3', '5196-1', '19261-7', '19343-3', '19554-5', '18282-4', '19359-9', '19295-5', '14316-4', '32700-7', '50687-3', '14338-8', '33959-8', '16128-1', '13955-0', '5292-8', '20507-0']
      .map((c) => catalog.resolve(c)?.key)).toEqual(['hepatitis-b-surface-antigen', 'hepatitis-b-surface-antigen', 'amphetamines-urine-screen', 'amphetamines-urine-screen',
      'methamphetamine-urine-screen', 'cannabinoids-urine-screen', 'cocaine-urine-screen', 'opiates-urine-screen', 'benzodiazepines-urine-screen',
      'malaria-parasite-smear', 'malaria-antigen', 'prealbumin', 'procalcitonin', 'hepatitis-c-antibody', 'hepatitis-c-antibody',
      'venereal-disease-research-laboratory', 'venereal-disease-research-laboratory']);
    expect(['hepatitis-b-surface-antigen', 'opiates-urine-screen', 'salmonella-typhi-o-antibody', 'malaria-parasite-smear'].map((k) => catalog.resolve(k)?.resultType))
      .toEqual(['qualitative', 'qualitative', 'qualitative', 'qualitative']);
  });

  it('negative: near names stay what they were — the surface antibody is no antigen, an RNA no antibody, other Widal antigens and a misspelling nothing', () => {
    expect(catalog.match('HBsAb')?.key).toBe('hepatitis-b-surface-antibody');
    expect(catalog.match('Anti-HBs')?.key).toBe('hepatitis-b-surface-antibody');
    for (const name of ['HBeAg', 'HBcAb', 'HCV RNA', 'Salmonella typhi', 'Salmonella paratyphi A, O', 'Salmonella paratyphi A', 'Typhidot IgM', 'Benzodiapin']) {
      expect(catalog.match(name)).toBeUndefined();
    }
    expect(catalog.match('PCT')?.key).toBe('plateletcrit');
  });
});

describe('readfixC: the urine drug screens by a drug\'s own name, the malaria card test, a quantitative HBsAg', () => {
  it('a drug\'s name with a blood sample or a confirmation method is no urine screen', () => {
    for (const name of ['Serum Morphine', 'Morphine, serum', 'Morphine (GC-MS)', 'Plasma THC', 'Cannabis, serum', 'Amphetamine LC-MS/MS', 'Morphine confirmation']) {
      expect(catalog.match(name)).toBeUndefined();
    }
  });

  it('a number beside a drug\'s own name is the drug measured, not the screen, unless the name says urine', () => {
    expect(catalog.knowsAs('Morphine', 25, 'ng/mL')).toBe(false);
    expect(catalog.knowsAs('THC', 50, 'ng/mL')).toBe(false);
    expect(catalog.knowsAs('Amphetamine', 120, 'ng/mL')).toBe(false);
    expect(catalog.match('Morphine, urine')?.key).toBe('opiates-urine-screen');
    expect(catalog.knowsAs('Morphine, urine', 300, 'ng/mL')).toBe(true);
    expect(catalog.matchInUrine('THC')?.key).toBe('cannabinoids-urine-screen');
  });

  it('negative: a drug\'s name answered in words and a screen\'s own name with a number keep the screen', () => {
    expect(catalog.knowsAs('Morphine', null)).toBe(true);
    expect(catalog.knowsAs('Cannabis', null)).toBe(true);
    expect(catalog.match('Cannabis')?.key).toBe('cannabinoids-urine-screen');
    expect(catalog.knowsAs('Opiates Screen, Urine', 300, 'ng/mL')).toBe(true);
  });

  it('the malaria card test is the antigen; a blood parasite identification is no malaria smear', () => {
    expect(catalog.match('Malaria Parasite (Card Test)')?.key).toBe('malaria-antigen');
    expect(catalog.match('Malaria Card Test')?.key).toBe('malaria-antigen');
    expect(catalog.match('Blood Parasite Identification')).toBeUndefined();
  });

  it('negative: the smear\'s own names stay the smear', () => {
    expect(catalog.match('Malaria Parasite')?.key).toBe('malaria-parasite-smear');
    expect(catalog.match('Smear for Malaria Parasite')?.key).toBe('malaria-parasite-smear');
  });

  it('HBsAg named quantitative (a titre in IU/mL), with or without brackets, is not the qualitative screen', () => {
    expect(catalog.match('HBsAg Quantitative')).toBeUndefined();
    expect(catalog.match('HBsAg (Quantitative)')).toBeUndefined();
    expect(catalog.match('HBsAg quant')).toBeUndefined();
  });

  it('negative: HBsAg named qualitative or screening stays the screen', () => {
    expect(catalog.match('HBsAg (Qualitative)')?.key).toBe('hepatitis-b-surface-antigen');
    expect(catalog.match('HBsAg Screening')?.key).toBe('hepatitis-b-surface-antigen');
  });
});
