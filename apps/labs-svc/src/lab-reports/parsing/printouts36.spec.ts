import { coded, resultsOf } from '../../testing/reader.js';

/*
 * What keyed set 28 (testing/data/keyed-printouts-heldout7) found once it was tuned on, in the twenty-seventh session:
 * each mechanism with a negative. The lines are made up in the shapes the set printed; expected rows are what a reader
 * of the printout takes from it — the test, value, unit, bounds and flag — not the reader's output.
 */

const lines = (...l: string[]) => l.join('\n');

describe('consumer cards: a status after the value, an optimal range beside the laboratory\'s', () => {
  it('`Your result: 112 mg/dL   Above range` under the name: the value, the status its flag, the reference line its range', () => {
    expect(coded(lines(
      'ApoB',
      'Your result: 112 mg/dL   Above range',
      'Reference range: < 90 mg/dL      Optimal range: < 70 mg/dL',
      'Cortisol (AM)',
      'Your result: 24.1 ug/dL   Above range',
      'Reference range: 6.2 - 19.4 ug/dL      Optimal range: 10 - 15 ug/dL',
      'Vitamin D',
      'Your result: 44 ng/mL   In range',
      'Reference range: 30 - 100 ng/mL      Optimal range: 40 - 60 ng/mL',
    ))).toEqual([
      ['apolipoprotein-b', 112, 'mg/dL', null, 90, 'high'],
      ['cortisol', 24.1, 'ug/dL', 6.2, 19.4, 'high'],
      ['vitamin-d', 44, 'ng/mL', 30, 100, 'normal'],
    ]);
  });

  it('an app\'s own word for its target after a dot (`96 mg/dL · Needs work`) is left out; the clinical range on the optimal zone\'s line is the range', () => {
    expect(coded(lines(
      'GLUCOSE',
      '96 mg/dL · Needs work',
      'Optimized zone: 70–86 mg/dL | Clinical range: 65–99 mg/dL',
      'VITAMIN D',
      '27 ng/mL · Optimized',
      'Optimized zone: 40–60 ng/mL | Clinical range: 30–100 ng/mL',
    ))).toEqual([
      ['glucose', 96, 'mg/dL', 65, 99, 'normal'],
      ['vitamin-d', 27, 'ng/mL', 30, 100, 'low'],
    ]);
  });

  it('German and Swedish cards: `Ihr Wert: 19 ng/ml — unterhalb des Referenzbereichs`, `Normalintervall under 5,0 mmol/L`, a brand\'s optimal range after a bar', () => {
    expect(coded(lines(
      'Ferritin',
      '  Ihr Wert: 19 ng/ml  —  unterhalb des Referenzbereichs',
      '  Referenzbereich: 22 - 275 ng/ml   |   Lykon-Optimalbereich: 50 - 150 ng/ml',
      'Vitamin B12',
      '  Ihr Wert: 412 pg/ml  —  im Referenzbereich',
      '  Referenzbereich: 197 - 771 pg/ml   |   Lykon-Optimalbereich: 400 - 700 pg/ml',
    ))).toEqual([
      ['ferritin', 19, 'ng/mL', 22, 275, 'low'],
      ['vitamin-b12', 412, 'pg/mL', 197, 771, 'normal'],
    ]);
    expect(coded(lines(
      'Totalkolesterol',
      '5,6 mmol/L — Över normalintervallet',
      'Normalintervall under 5,0 mmol/L',
      'HDL-kolesterol',
      '1,3 mmol/L — Inom normalintervallet',
      'Normalintervall över 1,0 mmol/L',
    ))).toEqual([
      ['total-cholesterol', 5.6, 'mmol/L', null, 5, 'high'],
      ['hdl-cholesterol', 1.3, 'mmol/L', 1, null, 'normal'],
    ]);
  });

  it('a dose after a dash under a drug\'s name is no result, and a word after a wide gap that is no status leaves the line unread', () => {
    expect(coded(lines('Atorvastatin', '10 mg — Once daily', 'Metformin', '500 mg · twice daily'))).toEqual([]);
    expect(coded(lines('Ferritin', '48 ng/mL   Borderline', 'Reference range: 30 - 400 ng/mL'))).toEqual([]);
  });

  it('a range line beside a field that is no optimal range keeps its range (`Reference range: 70 - 99 mg/dL   |   Previous: 101 mg/dL`)', () => {
    expect(coded(lines('Glucose', '96 mg/dL', 'Reference range: 70 - 99 mg/dL   |   Previous: 101 mg/dL'))).toEqual([['glucose', 96, 'mg/dL', 70, 99, 'normal']]);
  });
});

describe('a longevity clinic\'s table: its own target column beside the reference, statuses against the reference', () => {
  it('`Fountain Target` heads a target column, not the range; `ABOVE REFERENCE` / `BELOW REFERENCE` are the flags', () => {
    expect(coded(lines(
      'Biomarker            Result   Units     Reference      Fountain Target   Status',
      'Apolipoprotein B     96       mg/dL     <90            <60               ABOVE REFERENCE',
      'Omega-3 Index        4.6      %         >=5.4          >8                BELOW REFERENCE',
      'Uric Acid            5.1      mg/dL     4.0-8.0        <5.5              WITHIN REFERENCE',
    ))).toEqual([
      ['apolipoprotein-b', 96, 'mg/dL', null, 90, 'high'],
      ['omega-3-index', 4.6, '%', 5.4, null, 'low'],
      ['uric-acid', 5.1, 'mg/dL', 4, 8, 'normal'],
    ]);
  });

  it('a header of a side and a target word (`Above Target`) heads no target column: the reference column stays the range', () => {
    expect(coded(lines(
      'Test            Result   Units   Reference   Above Target',
      'Glucose         96       mg/dL   70-99       no',
    ))).toEqual([['glucose', 96, 'mg/dL', 70, 99, 'normal']]);
  });
});

describe('converters, trend reports and notes', () => {
  it('LaTeX comparators a PDF converter writes in a Markdown cell (`$<$ 150`, `$\\geq$ 40`, `$\\leq$ 3.0`) are the range\'s signs', () => {
    expect(coded(lines(
      '| Analyte | Value | Units | Reference |',
      '|---|---|---|---|',
      '| Triglycerides | 231 | mg/dL | $<$ 150 |',
      '| HDL Cholesterol | 44 | mg/dL | $\\geq$ 40 |',
      '| hs-CRP | 2.4 | mg/L | $\\leq$ 3.0 |',
    ))).toEqual([
      ['triglycerides', 231, 'mg/dL', null, 150, 'high'],
      ['hdl-cholesterol', 44, 'mg/dL', 40, null, 'normal'],
      ['hs-crp', 2.4, 'mg/L', null, 3, 'normal'],
    ]);
  });

  it('a dialysis unit\'s `Target / Ref` column is the range, and the newest of its dated columns the result', () => {
    expect(coded(lines(
      'Test                 01/07/2025   02/04/2025   03/04/2025   Units     Target / Ref',
      'Hemoglobin           9.6L         10.2L        11.1         g/dL      10.0-11.5',
      'Phosphorus           7.4H         6.1H         5.2H         mg/dL     3.5-5.0',
    ))).toEqual([
      ['hemoglobin', 11.1, 'g/dL', 10, 11.5, 'normal'],
      ['phosphorus', 5.2, 'mg/dL', 3.5, 5, 'high'],
    ]);
  });

  it('micro spelt `mk` (`mkmol/l`, a report of the Russian tradition in Latin letters) is µmol/L', () => {
    expect(coded('Kreatinin   97   mkmol/l   53 - 97')).toEqual([['creatinine', 97, 'umol/L', 53, 97, 'normal']]);
  });

  it('a progress note\'s items apart by slashes (`Hb 9.8 / WBC 14.3 / Cr 2.1`) are its results; a dose per day is none', () => {
    expect(coded('Labs today: Hb 9.8 / WBC 14.3 / Cr 2.1 / K 5.6 / CRP 18.4 mg/dL / Lactate 2.9 mmol/L')).toEqual([
      ['hemoglobin', 9.8, null, null, null, null],
      ['white-blood-cell-count', 14.3, null, null, null, null],
      ['creatinine', 2.1, null, null, null, null],
      ['potassium', 5.6, null, null, null, null],
      ['c-reactive-protein', 18.4, 'mg/dL', null, null, null],
      ['lactate', 2.9, 'mmol/L', null, null, null],
    ]);
    expect(coded('Exames de hoje: Hb 9,8 / Leuco 14.300 / Cr 2,1 / K 5,6')).toEqual([
      ['hemoglobin', 9.8, null, null, null, null],
      ['white-blood-cell-count', 14300, null, null, null, null],
      ['creatinine', 2.1, null, null, null, null],
      ['potassium', 5.6, null, null, null, null],
    ]);
    expect(coded('Take vitamin D 2000 IU / day and B12 1000 mcg / week')).toEqual([]);
  });
});

describe('legends and names of other traditions', () => {
  it('a legend that gives its stars a side each (`*  result above …   **  result below …`) flags the rows with that side', () => {
    expect(coded(lines(
      '*  result above the reference interval      **  result below the reference interval',
      'Test                              Your result        Medcan reference',
      'Hemoglobin                        128 g/L **          135 - 175 g/L',
      'Cholesterol, total                5.9 mmol/L *        < 5.2 mmol/L',
    ))).toEqual([
      ['hemoglobin', 128, 'g/L', 135, 175, 'low'],
      ['total-cholesterol', 5.9, 'mmol/L', null, 5.2, 'high'],
    ]);
  });

  it('a legend of stars that names no side (`* abnormal   ** critical`) leaves two stars as printed', () => {
    expect(coded(lines(
      '* abnormal   ** critical',
      'Test                              Your result        Reference',
      'Hemoglobin                        128 g/L **          135 - 175 g/L',
    ))).toEqual([['hemoglobin', 128, 'g/L', 135, 175, 'abnormal']]);
  });

  it('a Japanese name with the draw\'s time in brackets after it (`血糖（随時）`) is the test; Uzbek `mm/soat` is mm per hour', () => {
    expect(coded('血糖（随時）          142         mg/dL      140 未満')).toEqual([['glucose', 142, 'mg/dL', null, 140, 'high']]);
    expect(coded('EChT (ESR)                  28        mm/soat      2 - 15        yuqori')).toEqual([['erythrocyte-sedimentation-rate', 28, 'mm/h', 2, 15, 'high']]);
  });
});

describe('a sensitive assay named before the test', () => {
  it('`hs-Troponin T`, `High sensitivity troponin I` are the catalog\'s troponins; `hs Glucose` names no sensitive assay and stays unknown', () => {
    expect(coded('hs-Troponin T     28 H     ng/L     <14')).toEqual([['troponin-t', 28, 'ng/L', null, 14, 'high']]);
    expect(coded('High sensitivity troponin I     9     ng/L     <34')).toEqual([['troponin-i', 9, 'ng/L', null, 34, 'normal']]);
    expect(coded('hs Glucose     95     mg/dL     70-99')).toEqual([['?hs Glucose', 95, 'mg/dL', 70, 99, 'normal']]);
  });
});

/*
 * Review 45 (a helper ran ~400 made-up texts through the rules above and the reader before them): what it found, held.
 */
describe('review 45: what the rules above must not read', () => {
  it('words after a dash under a name that are no status stay as printed: a dose, a count, an earlier value, an answer, a sample\'s remark', () => {
    expect(coded(lines('Potassium', '20 mEq - twice daily'))).toEqual([]);
    expect(coded(lines('INR', '4 — tablets daily'))).toEqual([]);
    expect(coded(lines('HbA1c', '7.8 % — last year'))).toEqual([]);
    expect(coded(lines('Potassium', '6.8 mmol/L — haemolysed sample'))).toEqual([]);
  });

  it('a grade against the app\'s own target after a dot is left out (`· Needs work`), a side it names is the flag (`— Raised`)', () => {
    expect(coded(lines('Ferritin', '48 ng/mL · Needs work'))).toEqual([['ferritin', 48, 'ng/mL', null, null, null]]);
    expect(coded(lines('CRP', '45 mg/L — Increased'))).toEqual([['c-reactive-protein', 45, 'mg/L', null, null, 'high']]);
  });

  it('a unit printed with spaces round its slash is no list\'s slash (`99 mg / dL and cholesterol 180 mg / dL`)', () => {
    expect(coded('My results: glucose 99 mg / dL and cholesterol 180 mg / dL')).toEqual([
      ['glucose', 99, 'mg/dL', null, null, null],
      ['total-cholesterol', 180, 'mg/dL', null, null, null],
    ]);
  });

  it('a price list under a results word (`Custo dos exames:`, `Os exames de sangue custam:`) is no results', () => {
    expect(coded('Custo dos exames: glicose 15 reais, colesterol 20 reais, TSH 35 reais')).toEqual([]);
    expect(coded('Os exames de sangue custam: vitamina D 80, ferritina 45')).toEqual([]);
  });

  it('a star legend of risks or changes re-flags nothing; one of sides never flags against the row\'s printed range', () => {
    const table = (legend: string) => lines(
      'Test               Result    Units      Reference',
      'Glucose            7.8 *     mmol/L     3.9-5.5',
      'Potassium          6.9 **    mmol/L     3.5-5.1',
      '',
      legend,
    );
    // (The glucose's star is read against its range, 7.8 above 3.9-5.5, as before; the potassium's two stars stay abnormal.)
    expect(coded(table('* Higher than previous result   ** Lower than previous result')).map((r) => r[5])).toEqual(['high', 'abnormal']);
    expect(coded(table('* Low risk   ** High risk')).map((r) => r[5])).toEqual(['abnormal', 'abnormal']);
    // `** = Low` beside a potassium of 6.9 against 3.5-5.1: the legend's side is not taken against the printed range.
    expect(coded(table('* = High  ** = Low')).map((r) => r[5])).toEqual(['high', 'abnormal']);
  });

  it('`Ref / Target` and `Lab target` head the laboratory\'s range, not an optimal column', () => {
    expect(coded(lines(
      'Test           Result    Optimal     Ref / Target',
      'Glucose        112       72-86       70-99',
    ))).toEqual([['glucose', 112, null, 70, 99, 'high']]);
  });
});

describe('a name that runs into the next column', () => {
  it('`Testosterone, Total 682 ng/dL` under `Marker  Latest  Date  Previous`: the value is the Latest column\'s, the previous result no value of the row', () => {
    expect(coded(lines(
      'Marker              Latest        Date        Previous      Lab Range',
      'Testosterone, Total 682 ng/dL     03/08/2025  341 ng/dL     264-916',
      'Estradiol           41 pg/mL      03/08/2025  22 pg/mL      7.6-42.6',
    ))).toEqual([
      ['testosterone', 682, 'ng/dL', 264, 916, 'normal'],
      ['estradiol', 41, 'pg/mL', 7.6, 42.6, 'normal'],
    ]);
  });

  it('a flowsheet\'s name run into its oldest date\'s column (`Progesterone (ng/mL) 0.31`): the newest column is still the result', () => {
    expect(coded(lines(
      'Visit               03/01 CD2   03/05 S4   03/07 S6   03/09 S8   03/10 S9',
      'Estradiol (pg/mL)   32          388        812        1654       2213',
      'Progesterone (ng/mL) 0.31       0.42       0.55       0.78       0.94',
    ))).toEqual([
      ['estradiol', 2213, 'pg/mL', null, null, null],
      ['progesterone', 0.94, 'ng/mL', null, null, null],
    ]);
  });

  it('a name\'s own number with the value further right stays the name\'s (`Cancer Antigen CA 125    18.0  U/mL`)', () => {
    expect(coded(lines('Test                   Result   Units', 'Cancer Antigen CA 125    18.0  U/mL'))).toEqual([['cancer-antigen-125', 18, 'U/mL', null, null, null]]);
  });
});

describe('a drug screen and a finger-prick check', () => {
  it('`Expected result for every drug class: Negative` over dotted rows: each answer judged against it; a presumptive NON-NEGATIVE is abnormal, its arrow\'s action no part of it', () => {
    const rows = resultsOf(lines(
      '  Expected result for every drug class: Negative',
      '  Amphetamines ................ Negative',
      '  Cannabinoids (THC) .......... NON-NEGATIVE  -> sent to lab for GC-MS confirmation',
    ));
    expect(rows.map((r) => [r.biomarker?.key, r.valueText, r.range.text, r.flag])).toEqual([
      ['amphetamines-urine-screen', 'Negative', 'Negative', 'normal'],
      ['cannabinoids-urine-screen', 'NON-NEGATIVE', 'Negative', 'abnormal'],
    ]);
  });

  it('an expected answer over a number\'s row gives it no range; without the line, an answer has none', () => {
    expect(coded(lines('Expected result: Negative', 'Glucose  5.2  mmol/L  3.9-5.5'))).toEqual([['glucose', 5.2, 'mmol/L', 3.9, 5.5, 'normal']]);
    expect(resultsOf('HIV 1/2 Antibody    Positive').map((r) => [r.valueText, r.range.text ?? null, r.flag])).toEqual([['Positive', null, null]]);
  });

  it('a condition and the range\'s label in one bracket (`(random, ref 3.5 - 7.8)`) give the range; a dose\'s timing (`trough`) does not', () => {
    expect(coded('Glucose 5.6 mmol/L (random, ref 3.5 - 7.8)')).toEqual([['glucose', 5.6, 'mmol/L', 3.5, 7.8, 'normal']]);
    expect(coded('Glucose 5.6 mmol/L (fasting; reference 3.9 - 5.5)')).toEqual([['glucose', 5.6, 'mmol/L', 3.9, 5.5, 'high']]);
    expect(coded('Glucose 5.6 mmol/L (trough, ref 3.5 - 7.8)')).toEqual([]);
  });
});

describe('a dialysis unit\'s samples before and after the session', () => {
  it('`Pre BUN`, `Urea (pre)`, `Pre-dialysis urea` are the patient\'s level; `Post BUN`, `Urea (post)` a timed sample, no level of the test', () => {
    expect(coded(lines(
      'TEST                    RESULT    FLAG   REF RANGE        UNITS',
      'Pre BUN                 68        H      7-20             mg/dL',
      'Post BUN                19                                 mg/dL',
    ))).toEqual([
      ['blood-urea-nitrogen', 68, 'mg/dL', 7, 20, 'high'],
      ['?Post BUN', 19, 'mg/dL', null, null, null],
    ]);
    expect(coded(lines(
      'Test                    Result    Units        Range          Flag',
      'Urea (pre)              24.6      mmol/L       2.5 - 7.8      H',
      'Urea (post)             6.8       mmol/L',
    ))).toEqual([
      ['urea', 24.6, 'mmol/L', 2.5, 7.8, 'high'],
      ['?Urea (post)', 6.8, 'mmol/L', null, null, null],
    ]);
  });

  it('`Pre-albumin` stays prealbumin, and a glucose after a meal (`Glucose (post)`) stays the glucose', () => {
    expect(coded('Pre-albumin   24   mg/dL   20-40')).toEqual([['prealbumin', 24, 'mg/dL', 20, 40, 'normal']]);
    expect(coded('Glucose (post)   7.2   mmol/L')).toEqual([['glucose', 7.2, 'mmol/L', null, null, null]]);
  });
});

describe('a note\'s sentence of one answer', () => {
  it('`HBsAg nonreactive.`, `HIV 1/2 Antibody: Negative.`: the answer without the sentence\'s stop; a sentence of no test reads nothing', () => {
    expect(resultsOf('HBsAg nonreactive.').map((r) => [r.biomarker?.key, r.valueText])).toEqual([['hepatitis-b-surface-antigen', 'nonreactive']]);
    expect(resultsOf('HIV 1/2 Antibody: Negative.').map((r) => [r.biomarker?.key, r.valueText])).toEqual([['hiv-1-antibody', 'Negative']]);
    expect(resultsOf('Patient is negative.')).toEqual([]);
  });
});

describe('a line of vital signs', () => {
  it('`BP: 156/94 mmHg   Pulse: 82/min` under a pharmacy\'s results is no row (it was read as a test named `BP: 156/94 mmHg Pulse`)', () => {
    expect(coded(lines('Total Cholesterol               : 196 mg/dL    (Normal: < 200)', 'BP: 156/94 mmHg   Pulse: 82/min'))).toEqual([
      ['total-cholesterol', 196, 'mg/dL', null, 200, 'normal'],
    ]);
  });
});

describe('a note\'s line of answers, a sentence each', () => {
  it('`HBsAg nonreactive. HIV 1/2 Antibody nonreactive. RPR nonreactive.`: three answers, each its own row', () => {
    expect(resultsOf('  HBsAg nonreactive. HIV 1/2 Antibody nonreactive. RPR nonreactive.').map((r) => [r.biomarker?.key, r.valueText])).toEqual([
      ['hepatitis-b-surface-antigen', 'nonreactive'],
      ['hiv-1-antibody', 'nonreactive'],
      ['venereal-disease-research-laboratory', 'nonreactive'],
    ]);
  });

  it('a line whose other sentence is no answer (`HBsAg negative. Patient counselled.`), or of one known test, is left to the prose reader', () => {
    expect(resultsOf('HBsAg negative. Patient counselled.')).toEqual([]);
    expect(resultsOf('Pregnancy test negative. Patient reassured and feels positive.')).toEqual([]);
  });
});
