import { readKeyed } from '../../testing/keyed-sets.js';

/*
 * (twelfth session, keyed set 8) What specialty and functional-medicine laboratories print, as keyed set 8's documents
 * do: advanced lipid panels, micronutrient and metals reports, organic acids, risk-category tables, longevity
 * dashboards. Rows in the keyed sets' form (`key|valueText|flag|value|unit|range`; an unknown test `?Name` with its
 * printed unit, not normalized). The expected readings are what a clinician reads on the page: a number that is no
 * result gives no row; a wrong analyte is worse than an unknown one.
 */
const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('specialty: numbers that are no results', () => {
  it('a table of risk categories\' bounds gives no rows; a censored result beside its one-sided range still reads', async () => {
    expect(await readKeyed(lines(
      'Test    Low Risk    Moderate Risk    High Risk',
      'hs-CRP (mg/L)    <1.0    1.0-3.0    >3.0',
      'MPO (pmol/L)    <470    470-539    >=540',
      'TMAO (uM)    <6.2    6.2-9.9    >=10.0',
    ))).toEqual([]);
    expect(await readKeyed(lines('eGFR    <60    >=60'))).toEqual(['egfr|<60|low|||60..']);
  });

  it('a population\'s percentile table read across gives no LDL cholesterol of 720', async () => {
    expect(await readKeyed(lines(
      'Percentile    LDL-P (nmol/L)    LDL-C (mg/dL)',
      '5th    720    70',
      '50th    1300    130',
      '95th    2020    190',
    ))).toEqual([]);
  });

  it('a result in per cent of a control is no concentration of the nutrient: unknown, never the vitamin B12 level', async () => {
    const got = await readKeyed(lines(
      'Test    Patient Result (% control)    Reference Range (greater than)    Status',
      'Vitamin B12 (Cobalamin)    12    >13    Deficient',
      'Zinc    41    >37',
    ));
    expect(got.map((r) => r.split('|')[0])).toEqual(['?Vitamin B12 (Cobalamin)', '?Zinc']);
  });

  it('an NMR panel\'s HDL-P (Total) is no phosphorus', async () => {
    expect(await readKeyed(lines('HDL-P (Total)    29.1  Low    umol/L    >=30.5'))).toEqual(['?HDL-P (Total)||low|||30.5..']);
  });

  it('a 10-year ASCVD risk estimate is no row', async () => {
    expect(await readKeyed(lines('LDL-C    136    <100 mg/dL', '10-year ASCVD risk estimate: 5.1% (borderline)'))).toEqual(['ldl-cholesterol||high|136|mg/dL|..100']);
  });
});

describe('specialty: the urine\'s creatinine', () => {
  it('under a urine heading with a urine\'s range and no unit, or above what any serum reaches, it is the urine\'s (unknown)', async () => {
    expect(await readKeyed(lines('URINE CREATININE    Result (mg/dL)    Reference Interval', 'Creatinine    84.2    30- 225'))).toEqual(['?Creatinine||normal|||30..225']);
    expect(await readKeyed(lines('Creatinine    mg/dL    92'))).toEqual(['?Creatinine||null|||']);
  });

  it('a serum creatinine stays the serum\'s: in µmol/L, after a urinalysis with its serum range, at a dialysis patient\'s 14 mg/dL', async () => {
    expect(await readKeyed(lines('Creatinine    450    umol/L    60-110'))).toEqual(['creatinine||high|5.09|mg/dL|60..110']);
    expect(await readKeyed(lines('Urinalysis', 'pH    6.0    5.0-8.0', '', 'Creatinine    1.1    0.6-1.2')).then((r) => r.at(-1))).toBe('creatinine||normal|||0.6..1.2');
    expect(await readKeyed(lines('Creatinine    14.0    mg/dL    0.6-1.2'))).toEqual(['creatinine||high|14|mg/dL|0.6..1.2']);
  });
});

describe('specialty: rows that were lost', () => {
  it('a metals report: a Within / Outside column and Elevated beside the value', async () => {
    expect(await readKeyed(lines(
      'Metals    Result (ug/g creat)    Reference Interval    Within / Outside',
      'Arsenic (As)    96    < 80    Elevated',
      'Cadmium (Cd)    0.4    < 1',
    ))).toEqual(['?Arsenic (As)||high|||..80', '?Cadmium (Cd)||normal|||..1']);
    expect(await readKeyed(lines('Metals    Result (ug/g creat)    Reference Interval', 'Lead (Pb)    6.8  Elevated    < 2')))
      .toEqual(['?Lead (Pb)||high|||..2']);
  });

  it('an organic acids table: its numbered rows under a heading, the range before the value', async () => {
    expect(await readKeyed(lines(
      'Metabolic Markers in Urine    Reference Range (mmol/mol creatinine)    Patient Value',
      'Intestinal Microbial Overgrowth',
      '1  Citramalic    <= 3.6    4.8  H',
      '6  Arabinose    <= 29    41  H',
    ))).toEqual(['?Citramalic||high|||..3.6', '?Arabinose||high|||..29']);
  });

  it('a dashboard\'s percentile column after the range', async () => {
    expect(await readKeyed(lines(
      'Marker    Result    Lab range    You vs. age peers',
      'ApoB    58 mg/dL    <90    12th percentile (lower is better)',
      'hs-CRP    0.3 mg/L    0.0-3.0    8th percentile',
    ))).toEqual(['apolipoprotein-b||normal|58|mg/dL|..90', 'hs-crp||normal|0.3|mg/L|0..3']);
  });

  it('LDL-C, Direct and LDL-C (NIH Calc) are the LDL cholesterol; a ratio printed to one is its number, a 1:1 mix none', async () => {
    expect(await readKeyed(lines('LDL-C, Direct    122  H    mg/dL    <100', 'LDL-C (NIH Calc)    131  H    mg/dL    0-99')))
      .toEqual(['ldl-cholesterol||high|122|mg/dL|..100', 'ldl-cholesterol||high|131|mg/dL|0..99']);
    expect(await readKeyed(lines('BUN/Creatinine Ratio    15:1    10-20'))).toEqual(['bun-creatinine-ratio||normal|15|{ratio}|10..20']);
    expect((await readKeyed(lines('PTT (Test+Control) 1:1    35.4    sec'))).map((r) => r.split('|')[0])).not.toContain('partial-thromboplastin-time');
  });

  it('a stool PCR\'s counts in E notation are their values, against bounds in E notation (glued to their comparator too); below the detection limit is no number', async () => {
    expect(await readKeyed(lines(
      'Pathogens    Result    Units    Normal',
      'Giardia    7.2e3  High    CFU/g    <5.00e3',
      'Bacteroides fragilis    8.6e8  Low    CFU/g    1.60e9 - 2.50e11',
    ))).toEqual(['?Giardia||high|||..5000', '?Bacteroides fragilis||low|||1600000000..250000000000']);
    expect(await readKeyed(lines('Total Bacteria    7.2e3    <5.00e3 CFU/g', 'Glucose    90    <1.0e2 mg/dL'))).toEqual(['?Total Bacteria||high|||..5000', 'glucose||normal|90|mg/dL|..100']);
    // (Fourteenth session) Below the detection limit: `<dl`, no number, normal under an upper bound alone — the bound
    // after it is no value. (Review 15: no answer of absence either, so a glucose stays the serum's.)
    expect(await readKeyed(lines('Metals    Result (ug/g creat)    Reference Interval', 'Mercury (Hg)    < dl    < 4', 'Giardia    <dl    <5.00e3 CFU/g')))
      .toEqual(['?Mercury (Hg)|<dl|normal|||..4', '?Giardia|<dl|normal|||..5000']);
    expect(await readKeyed(lines('Test    Result    Units    Reference', 'Glucose    <dl    mg/dL    70-99'))).toEqual(['glucose|<dl|null|||70..99']);
    expect(await readKeyed(lines('TSH    2.1    0.4-4.0    1st trimester'))).toEqual(['thyroid-stimulating-hormone||normal|||0.4..4']);
  });

  it('a clinician\'s e-mail: results with a labelled bound in brackets and a flag letter after them', async () => {
    expect(await readKeyed(lines('Hi Tom - Quest results from 2/27 are in. Lp(a) 187 nmol/L (ref <75) H, ApoB 92 mg/dL (ref <90) H, LDL particle number 1,240 nmol/L (ref <1138) H, which puts you at about the 61st percentile for your age.')))
      .toEqual(['lipoprotein-a||high|187|nmol/L|..75', 'apolipoprotein-b||high|92|mg/dL|..90', 'ldl-particle-number||high|1240|nmol/L|..1138']);
  });

  it('a goal\'s, a dose\'s or a spinal fluid\'s line of the same shape gives no blood results', async () => {
    expect(await readKeyed(lines('Goal: LDL 70 mg/dL (range <100), HbA1c 6.5 % (range <7)'))).toEqual([]);
    expect(await readKeyed(lines('I take vitamin D 5000 IU (range 1000-10000 IU is safe) and magnesium 400 mg (range 200-400).'))).toEqual([]);
    expect(await readKeyed(lines('CSF: glucose 40 mg/dL (ref 40-70) L, protein 60 mg/dL (ref 15-45) H'))).toEqual([]);
  });

  it('a line with a known test outside brackets among labelled ranges is left whole to the prose reader: no item lost', async () => {
    expect(await readKeyed(lines('Ferritin 45 ng/mL (ref 30-400), iron 80 ug/dL, TSH 2.1 mIU/L (ref 0.4-4.0).')))
      .toContainEqual('iron||null|80|ug/dL|');
  });
});


describe('specialty: forms read since the fourteenth session (keyed set 8)', () => {
  it('below the detection limit (`<dl`, `<DL`, `<LOD`) is a result with no number: normal under an upper bound, unsaid above a lower one', async () => {
    expect(await readKeyed(lines(
      'Metals    Result    Units    Reference Interval',
      'Lead (Pb)      <DL     ug/L    < 2',
      'Cadmium (Cd)   <LOD    ug/L    0 - 1',
      'Akkermansia muciniphila    <dl    CFU/g    1.00e1 - 5.00e4',
    ))).toEqual(['?Lead (Pb)|<DL|normal|||..2', '?Cadmium (Cd)|<LOD|normal|||0..1', '?Akkermansia muciniphila|<dl|null|||10..50000']);
    // Against a range of absence it is what the range expects: nothing found. (Review 18) Below the limit of
    // quantitation is found but not counted: no flag said.
    expect(await readKeyed(lines('HIV-1 RNA, PCR    <LOD    Not detected'))).toEqual(['?HIV-1 RNA, PCR|<LOD|normal|||text']);
    expect(await readKeyed(lines('Hepatitis B Virus DNA, PCR    < LOQ     IU/mL     Not detected'))).toEqual(['?Hepatitis B Virus DNA, PCR|<LOQ|null|||text']);
  });

  it('counts and their range written as powers of ten are numbers; a count per volume keeps its unit', async () => {
    expect(await readKeyed(lines(
      'GI-MAP  -  Normal Bacterial Flora    Result    Normal    (CFU/g stool)',
      'Bacteroides fragilis  3.1 x 10^8  L  1.60 x 10^9 - 2.50 x 10^11',
      'Bifidobacterium  4.2 x 10^8    > 6.70 x 10^7',
    ))).toEqual(['?Bacteroides fragilis||low|||1600000000..250000000000', '?Bifidobacterium||normal|||67000000..']);
    expect(await readKeyed(lines('WBC  6.5 x 10^9/L  4.0 - 11.0'))).toEqual(['white-blood-cell-count||normal|6.5|10*3/uL|4..11']);
    // (Review 18) A bound's comparator before a power of ten (`>=39 x 10^6`), and the superscript forms.
    expect(await readKeyed(lines('Total sperm count      45 x 10^6         >=39 x 10^6'))).toEqual(['?Total sperm count||normal|||39000000..']);
    expect(await readKeyed(lines('Organism    Result    Units    Reference', 'Bifidobacterium      3.1 × 10⁸      CFU/g     1.6 × 10⁹ – 2.5 × 10¹¹')))
      .toEqual(['?Bifidobacterium||low|||1600000000..250000000000']);
    // (Review 18) A unit column's billions with the litre left off: per litre.
    expect(await readKeyed(lines('WBC         5.4      x10^9      4.0-10.0', 'RBC         4.61     x10^12     4.50-5.50')))
      .toEqual(['white-blood-cell-count||normal|5.4|10*3/uL|4..10', 'red-blood-cell-count||normal|4.61|10*6/uL|4.5..5.5']);
    // One power of ten alone is a count's unit, as printed (no bound in the same form beside it).
    expect(await readKeyed(lines('Test    Result    Units    Range', 'WBC    6.5  x10^9/L    4.0 - 11.0'))).toEqual(['white-blood-cell-count||normal|6.5|10*3/uL|4..11']);
  });

  it('a mass fraction in per cent (`% by wt`) is per cent', async () => {
    expect(await readKeyed(lines('EPA  0.3 % by wt  Reference 0.2-2.3', 'DHA  1.8 % by weight  Reference 1.4-5.1'))).toEqual(['?EPA||normal|||0.2..2.3', '?DHA||normal|||1.4..5.1']);
  });

  it('a number ending a name is the name\'s when a censored value and a range are printed after it', async () => {
    expect(await readKeyed(lines(
      'Biomarker    Result    Reference    Units',
      'Pancreatic Elastase 1    >500    >200    mcg/g',
      'Pancreatic Elastase 1    120    >200    mcg/g',
    ))).toEqual(['?Pancreatic Elastase 1|>500|normal|||200..', '?Pancreatic Elastase 1||low|||200..']);
  });

  it('a quintile\'s cell before the flag is no part of the row, and an amount per creatinine with its word apart is one unit', async () => {
    expect(await readKeyed(lines(
      'Analyte    Result    Reference limit    Units    Quintile',
      'Hippurate    612    <= 603    mcg/mg creatinine    5th  H',
      'Benzoate    0.04    <= 0.05    mcg/mg creatinine    4th',
    ))).toEqual(['?Hippurate||high|||..603', '?Benzoate||normal|||..0.05']);
  });

  it('a tier list written bound first after a result is its range\'s text, as one written label first; with no result before it, no row', async () => {
    expect(await readKeyed(lines('Omega-3 Index  4.6 %  Reference: >5.4 optimal; 3.8-5.4 moderate; <3.8 high risk'))).toEqual(['omega-3-index||null|4.6|%|text']);
    expect(await readKeyed(lines('LDL Cholesterol  130 mg/dL  <100 optimal, 100-129 near optimal, 130-159 borderline high'))).toEqual(['ldl-cholesterol||null|130|mg/dL|text']);
    expect(await readKeyed(lines('Total cholesterol  <200 desirable; 200-239 borderline high; >=240 high', 'Glucose  5.2 mmol/L  3.9-6.1 normal')))
      .toEqual(['glucose||normal|93.7|mg/dL|3.9..6.1']);
  });

  it('a volume\'s lone `L` is the litre, not a low flag; under a name the catalog measures in no volume it stays the flag', async () => {
    expect(await readKeyed(lines('24 Hour Urine', 'Total volume        2.1       L'))).toEqual(['?Total volume||null|||']);
    // Above its range: high, as litres — the `L` had been a low flag.
    expect(await readKeyed(lines('Volume, 24h    2.1    L    0.8-2.0'))).toEqual(['?Volume, 24h||high|||0.8..2']);
    expect(await readKeyed(lines('MPV  7.0  L  7.5-11.5', 'Ferritin  8  L'))).toEqual(['mean-platelet-volume||low|||7.5..11.5', 'ferritin||low|||']);
  });

  it('a flag two spaces after the value, under a header with no flag column, is the value\'s and never the unit', async () => {
    expect(await readKeyed(lines(
      'Test Name    Result    Units    Range',
      'Progesterone (saliva)    182  H    pg/mL    12-100 (Postmenopausal)',
      'Potassium    5.8  H    mmol/L    3.5-5.1',
    ))).toEqual(['?Progesterone (saliva)||high|||12..100', 'potassium||high|5.8|mmol/L|3.5..5.1']);
  });
});

describe('functional-medicine reports (keyed set 13, the fourteenth session)', () => {
  it('a range before a status against an optimal target is that target, no reference: no flag from it; `Optimal` alone is normal', async () => {
    expect(await readKeyed(lines(
      'Marker    Your value    Optimal    Assessment',
      'Homocysteine    9.8 umol/L    5 - 7    Above optimal',
      'Ferritin    68 ng/mL    40 - 100    Optimal',
    ))).toEqual(['homocysteine||null|9.8|umol/L|', 'ferritin||normal|68|ng/mL|']);
    // (Review 19) Only where the status agrees with the value against the range: a value inside it `Not optimal` says the
    // range is the laboratory's, read as printed.
    expect(await readKeyed(lines('Vitamin B12  310 pg/mL  232 - 1245  Not optimal'))).toEqual(['vitamin-b12||normal|310|pg/mL|232..1245']);
    // Beside the laboratory's range the header says which is which (a consumer service's two range columns), as before.
    expect(await readKeyed(lines(
      'Biomarker               Value      Unit     Optimal range     Standard range     Status',
      'Lipoprotein (a)         41         nmol/L   < 30              < 75               Above optimal',
    ))).toEqual(['lipoprotein-a||normal|41|nmol/L|..75']);
  });

  it('an app\'s status against its target after a value with no range: `Optimal` normal, above or below it no flag', async () => {
    expect(await readKeyed(lines('Estradiol    41 pg/mL    Above optimal', 'PSA    0.9 ng/mL    Optimal', 'Testosterone  612 ng/dL  -  Optimal')))
      .toEqual(['estradiol||null|41|pg/mL|', 'prostate-specific-antigen||normal|0.9|ng/mL|', 'testosterone||normal|612|ng/dL|']);
  });

  it('a tier note in brackets after a row\'s range, and a bar drawn in text after it, are no part of the row', async () => {
    expect(await readKeyed(lines('Hemoglobin A1c    6.1 %    High    Reference 4.0 - 5.6 %    (Prediabetes 5.7-6.4; Diabetes >=6.5)')))
      .toEqual(['hemoglobin-a1c||high|6.1|%|4..5.6']);
    expect(await readKeyed(lines('Glucose    95 mg/dL    70-99    (fasting)'))).toEqual(['glucose||normal|95|mg/dL|70..99']);
    expect(await readKeyed(lines('Aluminum    4.2    <7.0    |=====*   |', 'Lead    1.9    <0.80    |=========|===>')))
      .toEqual(['?Aluminum||normal|||..7', '?Lead||high|||..0.8']);
  });

  it('an allergen\'s code in brackets after its name says the allergen\'s IgE, never the test its letters name elsewhere; its class is no range', async () => {
    expect(await readKeyed(lines('Peanut (f13)    <0.10    kU/L    <0.35', 'Egg white (f1)    0.48  H    kU/L    <0.35    class 1')))
      .toEqual(['peanut-ige|<0.10|normal|0.1|kU/L|..0.35', 'egg-white-ige||high|0.48|kU/L|..0.35']);
    expect(await readKeyed(lines('Birch (t3)   2.10  kUA/L  <0.35', 'Free T3 (FT3)  3.1  pg/mL  2.0-4.4')))
      .toEqual(['?Birch (t3)||high|||..0.35', 'free-t3||normal|3.1|pg/mL|2..4.4']);
  });

  it('a report whose head names hair, nails or saliva as its sample gives no blood analytes', async () => {
    expect(await readKeyed(lines(
      'Hair Tissue Mineral Analysis    Sample: scalp hair, first 1.25 in from the scalp    Received 04/09/2025',
      'NUTRIENT MINERALS    Result    Units    Reference Interval',
      'Magnesium (Mg)    14.2  High    mg%    2.5 - 8.5',
    ))).toEqual(['?Magnesium (Mg)||high|||2.5..8.5']);
    expect(await readKeyed(lines('Sample: saliva', 'Cortisol  4.2  ng/mL  3.7-9.5'))).toEqual(['?Cortisol||normal|||3.7..9.5']);
    // A dried blood spot is blood (deliberately read as the blood's analytes); a pair of specimens says no one specimen.
    expect(await readKeyed(lines('Home kit    Sample: dried blood spot (finger prick)', 'Vitamin D, 25-OH    22 ng/mL    (Range 30 - 100 ng/mL)')))
      .toEqual(['vitamin-d||low|22|ng/mL|30..100']);
    expect(await readKeyed(lines('Sample: Saliva and serum', 'Cortisol  4.2  ng/mL  3.7-9.5'))).toEqual(['cortisol||normal|0.42|ug/dL|3.7..9.5']);
  });
});
