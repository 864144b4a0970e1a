import { catalog, coded, resultsOf } from '../../testing/reader.js';
import { parseReferenceRange } from './reference-range.js';

/*
 * What keyed set 27 (testing/data/keyed-printouts-heldout6) found once it was tuned on, in the twenty-sixth session:
 * each mechanism with a negative. The lines are made up in the shapes the set printed; expected rows are what a reader
 * of the printout takes from it — the test, value, unit, bounds and flag — not the reader's output.
 */

const lines = (...l: string[]) => l.join('\n');

describe('sentence stops: an after-visit summary writes each result as a sentence', () => {
  it('`- Potassium: 3.3 mmol/L (Low). Normal range: 3.5 - 5.1 mmol/L`: the range sentence is the result\'s, the flag printed', () => {
    expect(coded(lines(
      'Lab Results from Today\'s Visit',
      '- Potassium: 3.3 mmol/L (Low). Normal range: 3.5 - 5.1 mmol/L',
      '- Glucose: 84 mg/dL. Normal range: 70 - 99 mg/dL',
      '- Hemoglobin: 10.8 g/dL (Low). Normal range: 11.6 - 15.0 g/dL',
    ))).toEqual([
      ['potassium', 3.3, 'mmol/L', 3.5, 5.1, 'low'],
      ['glucose', 84, 'mg/dL', 70, 99, 'normal'],
      ['hemoglobin', 10.8, 'g/dL', 11.6, 15, 'low'],
    ]);
  });

  it('a flag word and its stop ending the line (`Potassium 3.3 mmol/L Low.`, `(L).`) is the row\'s flag', () => {
    expect(coded('Potassium: 3.3 mmol/L Low.')).toEqual([['potassium', 3.3, 'mmol/L', null, null, 'low']]);
    expect(coded('Potassium 3.3 mmol/L (L).')).toEqual([['potassium', 3.3, 'mmol/L', null, null, 'low']]);
  });

  it('a stop after a word that is no flag leaves the line as printed (a sentence of a comment stays unread)', () => {
    expect(coded('Potassium chloride 20 mEq tablet, take 1 tablet daily.')).toEqual([]);
  });
});

describe('remarks after a result\'s range: a goal or an earlier value, no reason to refuse the sentence', () => {
  it('`– our target for you is under 70`, `; we like to see it under 9`: the lab\'s range is read, the clinic\'s goal is not', () => {
    expect(coded(lines(
      'Your ApoB came back at 112 mg/dL (lab range <90) – our target for you is under 70.',
      'Homocysteine was 13.8 umol/L (lab range 0.0-14.5); we like to see it under 9.',
    ))).toEqual([
      ['apolipoprotein-b', 112, 'mg/dL', null, 90, 'high'],
      ['homocysteine', 13.8, 'umol/L', 0, 14.5, 'normal'],
    ]);
  });

  it('`, better than the 4.1 you had in October`, `, after a value of 245 ng/dL in January`: the earlier value is no row', () => {
    expect(coded(lines(
      'hs-CRP was 2.4 mg/L (lab range 0.0-3.0), better than the 4.1 you had in October.',
      'His total testosterone was 212 ng/dL (reference 264–916), after a value of 245 ng/dL in January.',
    ))).toEqual([
      ['hs-crp', 2.4, 'mg/L', 0, 3, 'normal'],
      ['testosterone', 212, 'ng/dL', 264, 916, 'low'],
    ]);
  });

  it('a remark that names another test with its value is no remark: the sentence is refused as before', () => {
    expect(coded('His total testosterone was 212 ng/dL (reference 264–916), and his LH was 2.1 IU/L last time.')).toEqual([]);
  });

  it('a delta check\'s note under a row (no verb before its value) stays no prose: its repeat of the value is no row', () => {
    expect(coded(lines(
      'Haemoglobin   168     g/L             (130-180)',
      '  Delta check: Hb 168 g/L (previous 146 on 08/07/2025); testosterone therapy noted on the request form.',
    ))).toEqual([['hemoglobin', 168, 'g/L', 130, 180, 'normal']]);
  });
});

describe('letters\' lists of results: the label\'s unit, a wrap after a comma, an eGFR\'s unit', () => {
  it('`Recent bloods, 21/02/2025 (mmol/L unless stated): Na 139; K 4.8; …`: the label\'s unit for the items printed without one', () => {
    expect(coded(lines(
      'Recent bloods, 21/02/2025 (mmol/L unless stated): Na 139; K 4.8; creatinine 121 umol/L;',
      'eGFR 54 mL/min/1.73m2; total cholesterol 4.1; NT-proBNP 640 ng/L.',
    ))).toEqual([
      ['sodium', 139, 'mmol/L', null, null, null],
      ['potassium', 4.8, 'mmol/L', null, null, null],
      ['creatinine', 121, 'umol/L', null, null, null],
      ['egfr', 54, 'mL/min/{1.73_m2}', null, null, null],
      ['total-cholesterol', 4.1, 'mmol/L', null, null, null],
      ['nt-probnp', 640, 'ng/L', null, null, null],
    ]);
  });

  it('a label of earlier results (`Last year bloods:`) is no list of this report\'s', () => {
    expect(coded('Last year bloods: Na 139 mmol/L; K 4.8 mmol/L; urea 7.9 mmol/L.')).toEqual([]);
  });

  it('a list cut by the wrap after an item\'s comma goes on on the next line, its first item and the eGFR read', () => {
    expect(coded(lines(
      'Bloods on discharge (04/03): Hb 118 g/L, WCC 9.8 x10^9/L, Plt 388 x10^9/L, Na 136 mmol/L,',
      'K 4.1 mmol/L, Cr 88 umol/L, eGFR 74 mL/min/1.73m2, CRP 36 mg/L (down from 187 on admission).',
    )).map((r) => [r[0], r[1]])).toEqual([
      ['hemoglobin', 118], ['white-blood-cell-count', 9.8], ['platelet-count', 388], ['sodium', 136], ['potassium', 4.1],
      ['creatinine', 88], ['egfr', 74], ['c-reactive-protein', 36],
    ]);
  });


  it('a status before the name (`an inappropriately raised parathyroid hormone of 18.4 pmol/L`) and a sentence opening `25-…`', () => {
    expect(coded(
      'Tests showed phosphate 0.62 mmol/L (0.80–1.50) and an inappropriately raised parathyroid hormone of 18.4 pmol/L (1.6–6.9). 25-Hydroxyvitamin D was 38 nmol/L and estimated glomerular filtration rate 71 mL/min/1.73 m².',
    ).map((r) => [r[0], r[1], r[5]])).toEqual([['phosphorus', 0.62, 'low'], ['parathyroid-hormone', 18.4, 'high'], ['egfr', 71, null]]);
  });
});

describe('spreadsheet exports: a delimiter ending each row, a text mark opening each field', () => {
  it('rows ending in a comma under a header that does not (`Sodium,136,mmol/L,135-145,`) are the header\'s rows', () => {
    expect(coded(lines('Test,Result,Unit,Range', 'Sodium,136,mmol/L,135-145,', 'Potassium,4.1,mmol/L,3.5-5.1,'))).toEqual([
      ['sodium', 136, 'mmol/L', 135, 145, 'normal'],
      ['potassium', 4.1, 'mmol/L', 3.5, 5.1, 'normal'],
    ]);
  });

  it('Textract\'s CSV: an apostrophe opening every field (`"\'27.8 "`, `"\'H "`) is no part of the value or the flag', () => {
    expect(coded(lines(
      '"\'Test ","\'Result ","\'Flag ","\'Units ","\'Reference Interval "',
      '"\'Insulin ","\'27.8 ","\'H ","\'uIU/mL ","\'2.6-24.9 "',
      '"\'C-Peptide ","\'3.1 ","\' ","\'ng/mL ","\'1.1-4.4 "',
    ))).toEqual([
      ['insulin', 27.8, 'u[IU]/mL', 2.6, 24.9, 'high'],
      ['c-peptide', 3.1, 'ng/mL', 1.1, 4.4, 'normal'],
    ]);
  });
});

describe('what a row prints after its range or its flag, and a unit and range line with the flag last', () => {
  it('`mcg/dL 45 - 160 H` under `Iron, Total 164` (a phone\'s copy of a portal): the unit, the range and the flag of the row', () => {
    expect(coded(lines('Iron, Total 164', 'mcg/dL 45 - 160 H', 'Ferritin 212', 'ng/mL 30 - 400'))).toEqual([
      ['iron', 164, 'ug/dL', 45, 160, 'high'],
      ['ferritin', 212, 'ng/mL', 30, 400, 'normal'],
    ]);
  });

  it('a remark after a range with a group\'s label, set off by a dash (`(male 1.7 - 8.6) - suppressed, expected on therapy`)', () => {
    expect(coded(lines('Estradiol: 38 pg/mL (male 7.6 - 42.6)', 'LH: <0.3 mIU/mL (male 1.7 - 8.6) - suppressed, expected on therapy')).map((r) => [r[0], r[1], r[3], r[4], r[5]])).toEqual([
      ['estradiol', 38, 7.6, 42.6, 'normal'],
      ['luteinizing-hormone', 0.3, 1.7, 8.6, 'low'],
    ]);
  });

  it('a remark in brackets after the flag (`HIGH (expected on therapy)`) is no part of the row; the flag stays', () => {
    expect(coded(lines(
      'Estradiol ............... 96 pg/mL      Postmenopausal: <=31        HIGH (expected on therapy)',
      'Progesterone ............ 2.8 ng/mL     Postmenopausal: <=0.2       HIGH',
    ))).toEqual([
      ['estradiol', 96, 'pg/mL', null, 31, 'high'],
      ['progesterone', 2.8, 'ng/mL', null, 0.2, 'high'],
    ]);
  });
});

describe('a flag legend\'s letters, and Macedonian names', () => {
  it('`IND.: A = Alto, B = Bajo.`: `A` is high and `B` low on that report, not HL7\'s abnormal', () => {
    expect(coded(lines(
      'PRUEBA                         RESULTADO   UNIDADES    VALORES DE REFERENCIA     IND.',
      'Glucosa en ayunas              131         mg/dL       70 - 100                  A',
      'Colesterol HDL                 36          mg/dL       > 40                      B',
      'IND.: A = Alto, B = Bajo.',
    )).map((r) => [r[0], r[5]])).toEqual([['glucose', 'high'], ['hdl-cholesterol', 'low']]);
  });

  it('without a legend `A` stays abnormal (HL7\'s), and one letter of a legend alone changes nothing', () => {
    const table = (legend: string) => coded(lines(
      'Test          Result   Units   Range     Flag',
      'Glucose       131      mg/dL   70 - 100  A',
      legend,
    )).map((r) => [r[0], r[5]]);
    expect(table('')).toEqual([['glucose', 'abnormal']]);
    expect(table('A = Alto')).toEqual([['glucose', 'abnormal']]);
  });

  it('`Гликоза`, `Холестерол вкупен` (Macedonian) are glucose and the total cholesterol', () => {
    expect(coded(lines(
      'Анализа                   Резултат     Единица      Референтни вредности',
      'Гликоза                   5,9 H        mmol/L       3,9 - 5,8',
      'Холестерол вкупен         6,4 H        mmol/L       < 5,2',
    )).map((r) => [r[0], r[1], r[5]])).toEqual([['glucose', 5.9, 'high'], ['total-cholesterol', 6.4, 'high']]);
  });
});

describe('a handover\'s results: a lead-in set off by a dash, a change said after the value', () => {
  it('`A: Evening bloods back - K+ 3.2 mmol/L (low), …, Hb 86 g/L down from 97 this morning, …`: each result once, 97 none', () => {
    expect(coded(
      'A: Evening bloods back - K+ 3.2 mmol/L (low), Mg 0.61 mmol/L (low), Hb 86 g/L down from 97 this morning, lactate 1.4 mmol/L, creat 71 umol/L.',
    ).map((r) => [r[0], r[1], r[5]])).toEqual([
      ['potassium', 3.2, 'low'], ['magnesium', 0.61, 'low'], ['hemoglobin', 86, null], ['lactate', 1.4, null], ['creatinine', 71, null],
    ]);
  });

  it('a dash after words that say no results (`Plan - …`) is no lead-in: a plan\'s numbers stay unread', () => {
    expect(coded('Plan - potassium chloride 40 mmol over 8 hrs, magnesium sulphate 2 g, repeat in the morning.')).toEqual([]);
  });
});

describe('a letter\'s sentences cut by the wrap: at the value, at the range, after a word that cannot end one', () => {
  const letter = lines(
    'Thank you for seeing Mr. Reyes, a 43-year-old man with fatigue and low libido for about a year. His first',
    'total testosterone was borderline, so we repeated the test, and his repeat 8 AM total testosterone was',
    '212 ng/dL (reference 264–916), after a value of 245 ng/dL in January. Free testosterone was',
    '4.9 pg/mL (reference 8.7–25.1). LH was 2.1 mIU/mL (reference 1.7–8.6) and FSH 3.0 mIU/mL',
    '(reference 1.5–12.4), so this looks secondary. Prolactin was 9.8 ng/mL (reference 4.0–15.2) and',
    'his hematocrit 44.1 % (reference 37.5–51.0). Ferritin was 96 ng/mL (reference 30–400).',
  );

  it('every result of the letter is read with its range; the earlier value and the hour are none', () => {
    const byKey = (rows: unknown[][]) => [...rows].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(byKey(coded(letter).map((r) => [r[0], r[1], r[3], r[4], r[5]]))).toEqual(byKey([
      ['testosterone', 212, 264, 916, 'low'],
      ['testosterone-free', 4.9, 8.7, 25.1, 'low'],
      ['luteinizing-hormone', 2.1, 1.7, 8.6, 'normal'],
      ['follicle-stimulating-hormone', 3, 1.5, 12.4, 'normal'],
      ['prolactin', 9.8, 4, 15.2, 'normal'],
      ['hematocrit', 44.1, 37.5, 51, 'normal'],
      ['ferritin', 96, 30, 400, 'normal'],
    ]));
  });

  it('a row of its own under a comment that ends on `and` stays a row of its own', () => {
    expect(coded(lines(
      'Comment: the sample was received late in the afternoon and stored overnight before analysis and',
      'Potassium 5.9 mmol/L 3.5-5.1 H',
    ))).toEqual([['potassium', 5.9, 'mmol/L', 3.5, 5.1, 'high']]);
  });
});

describe('a practice nurse\'s letter: a censored value said in the past, last year\'s value, a word in quotes', () => {
  it('`Your kidney function (eGFR) was >90 mL/min/1.73m2.`: a censored result, no goal', () => {
    expect(coded('Your kidney function (eGFR) was >90 mL/min/1.73m2.').map((r) => [r[0], r[1], r[2]])).toEqual([['egfr', 90, 'mL/min/{1.73_m2}']]);
  });

  it('a goal said with a comparator stays no result (`Your eGFR should be >60 mL/min/1.73m2.`)', () => {
    expect(coded('Your eGFR should be >60 mL/min/1.73m2.')).toEqual([]);
  });

  it('`… was 53 mmol/mol. Last year it was 61, …`: this year\'s value is the result, last year\'s none', () => {
    expect(coded('Your HbA1c (average blood sugar) was 53 mmol/mol. Last year it was 61, so this is a big improvement.').map((r) => [r[0], r[1]])).toEqual([['hemoglobin-a1c', 53]]);
  });

  it('`your "bad" LDL cholesterol 2.4 mmol/L`: the word in quotes is no part of the name', () => {
    expect(coded('Your total cholesterol was 4.6 mmol/L and your "bad" LDL cholesterol 2.4 mmol/L.').map((r) => [r[0], r[1]])).toEqual([
      ['total-cholesterol', 4.6], ['ldl-cholesterol', 2.4],
    ]);
  });
});

describe('a remark of no number after a result\'s range', () => {
  it('`Your thyroid (TSH) was 2.1 (normal 0.4-4.5), so no change to your dose.`: the TSH is read, the dose\'s word refuses nothing', () => {
    expect(coded('Your thyroid (TSH) was 2.1 (normal 0.4-4.5), so no change to your dose.').map((r) => [r[0], r[1], r[3], r[4], r[5]])).toEqual([
      ['thyroid-stimulating-hormone', 2.1, 0.4, 4.5, 'normal'],
    ]);
  });

  it('a dose with its amount in brackets before such a remark is still no result (`Vitamin D3 1000 IU (25 mcg) daily, …`)', () => {
    expect(coded('Keep taking vitamin D3 1000 IU (25 mcg) daily, so no change to your dose.')).toEqual([]);
  });
});

describe('where a result came from, said after its range', () => {
  it('`Hgb 11.2 g/dL (ref 12.0-15.5) per lab call-back at 14:30`: the hour is no number of the result', () => {
    expect(coded('Recheck INR 03/10. Also drew CBC for MD: Hgb 11.2 g/dL (ref 12.0-15.5) per lab call-back at 14:30.')).toEqual([['hemoglobin', 11.2, 'g/dL', 12, 15.5, 'low']]);
  });
});

describe('a FHIR Observation rendered as text: its referenceRange\'s low and high', () => {
  it('`referenceRange: low 24.0 nmol/L; high 122.0 nmol/L` (and `; age 30-39 Y` after) are the bounds', () => {
    expect(coded(lines(
      'Generated Narrative: Observation obs-7731-shbg',
      'status: final',
      'code: Sex hormone binding globulin [Moles/volume] in Serum or Plasma (LOINC#13967-5)',
      'value: 19.2 nmol/L',
      'interpretation: Low (qualifier value)',
      'referenceRange: low 24.0 nmol/L; high 122.0 nmol/L',
      'Generated Narrative: Observation obs-7731-igf1',
      'status: final',
      'code: Insulin-like growth factor-I [Mass/volume] in Serum or Plasma (LOINC#2484-4)',
      'value: 231 ng/mL',
      'referenceRange: low 88 ng/mL; high 246 ng/mL; age 30-39 Y',
    ))).toEqual([
      ['shbg', 19.2, 'nmol/L', 24, 122, 'low'],
      ['somatomedin-c', 231, 'ng/mL', 88, 246, 'normal'],
    ]);
  });

  it('the labelled bounds read as the range\'s bounds; a text with more words after them stays text', () => {
    expect(parseReferenceRange('Low: 3.5 High: 5.1')).toMatchObject({ low: 3.5, high: 5.1 });
    expect(parseReferenceRange('low 24.0 nmol/L; high 122.0 nmol/L')).toMatchObject({ low: 24, high: 122, text: 'low 24.0 nmol/L; high 122.0 nmol/L' });
    expect(parseReferenceRange('low 3.5; high 5.1; call the ward if outside')).toEqual({ text: 'low 3.5; high 5.1; call the ward if outside' });
  });
});

describe('review 43: what the rules above must not do', () => {
  it('a run of spaces after a range\'s bracket reads in time (a remark read by one pattern had backtracked for seconds)', async () => {
    const line = `Your potassium was 5.6 mmol/L (3.5-5.1), ${' '.repeat(600)}see note (`;
    expect(coded(line).length).toBeLessThanOrEqual(1);
  });

  it('a day printed before the verb keeps the sentence unread rather than dating an earlier value today', () => {
    expect(coded('The HbA1c dated 14/11/2023 was 71 mmol/mol. Today\'s HbA1c is 58 mmol/mol.').map((r) => r[1])).not.toContain(71);
    expect(coded('Your ferritin from 01/02/2024 was 9 ug/L.')).toEqual([]);
  });

  it('a list label\'s date is its items\' day; a date that reads both ways leaves the list unread; `Admission bloods` are no current list', () => {
    const dated = resultsOf('Bloods, 20/02/2025: Na 141 mmol/L; K 5.2 mmol/L; creatinine 135 umol/L.');
    expect(dated.map((r) => [r.biomarker?.key, r.value, r.collectedAt?.slice(0, 10)])).toEqual([
      ['sodium', 141, '2025-02-20'], ['potassium', 5.2, '2025-02-20'], ['creatinine', 135, '2025-02-20'],
    ]);
    expect(coded('Bloods, 12/01/2024: Na 139 mmol/L; K 4.8 mmol/L; creatinine 121 umol/L.').map((r) => r[0])).not.toContain('sodium');
    expect(coded('Admission bloods: Na 128 mmol/L; K 5.9 mmol/L; urea 21.4 mmol/L; creatinine 310 umol/L.')).toEqual([]);
  });

  it('the label\'s unit only for the tests SI reports in it: creatinine, eGFR and Hb under `(mmol/L unless stated)` keep no unit', () => {
    expect(coded('Recent bloods (mmol/L unless stated): Na 139; K 4.8; creatinine 121; eGFR 54; Hb 128; LDL 2.2.').map((r) => [r[0], r[1], r[2]])).toEqual([
      ['sodium', 139, 'mmol/L'], ['potassium', 4.8, 'mmol/L'], ['creatinine', 121, null], ['egfr', 54, null], ['hemoglobin', 128, null],
      ['ldl-cholesterol', 2.2, 'mmol/L'],
    ]);
  });

  it('a sentence after a result that is no range\'s (`Lab: Quest Diagnostics`, `Reference: NICE …`) or is followed by more keeps the row', () => {
    expect(coded('Sodium 140 mmol/L. Lab: Quest Diagnostics').map((r) => [r[0], r[1]])).toEqual([['sodium', 140]]);
    expect(coded('Your LDL was 3.1 mmol/L. Reference: NICE guideline NG238.').map((r) => [r[0], r[1]])).toEqual([['ldl-cholesterol', 3.1]]);
    expect(coded('Creatinine 1.4 mg/dL. Reference range: 0.6-1.2 mg/dL. Previous: 1.1 mg/dL.').map((r) => [r[0], r[1]])).toEqual([['creatinine', 1.4]]);
  });

  it('a plan\'s sentence under a list wrapped after its comma is not joined to it: the list\'s results stay', () => {
    expect(coded(lines(
      'Her bloods show ferritin 9 ug/L, haemoglobin 98 g/L, folate 2.1 ug/L, B12 190 ng/L,',
      'magnesium supplements 400 mg daily and vitamin D 1000 units were started.',
    )).map((r) => [r[0], r[1]])).toEqual([['ferritin', 9], ['hemoglobin', 98], ['folate', 2.1]]);
  });

  it('an earlier value\'s sentence with a flag and a stop (`Last year ferritin 9 ug/L (Low).`) gives no row', () => {
    expect(coded('Last year ferritin 9 ug/L (Low).')).toEqual([]);
    expect(coded('Previous potassium 3.1 mmol/L (Low).')).toEqual([]);
  });

  it('a goal\'s or a target\'s bracket before a dash\'s remark is no group\'s label: the line stays as before', () => {
    expect(coded('TSH: 4.8 mIU/L (goal 0.5 - 2.5) - increase levothyroxine')).toEqual([]);
    expect(coded('INR: 3.6 (target 2.0 - 3.0) - reduce warfarin to 3 mg')).toEqual([]);
  });
});

describe('an LDL said to be indirect or calculated in the report\'s language', () => {
  it('`LDL Kolesterol (İndirekt, hesaplamalı)`, `LDL Cholesterol (indirect, calculated)` are the LDL cholesterol; an indirect bilirubin stays its own', () => {
    expect(['LDL Kolesterol (İndirekt, hesaplamalı)', 'LDL Cholesterol (indirect, calculated)', 'LDL Kolesterol (İndirekt)', 'Bilirubin (İndirekt)', 'Bilirubin (indirect)']
      .map((n) => catalog.matchName(n)?.key)).toEqual(['ldl-cholesterol', 'ldl-cholesterol', 'ldl-cholesterol', 'indirect-bilirubin', 'indirect-bilirubin']);
  });
});
