import { catalog, codedWithRangeText as coded } from '../../testing/reader.js';

/*
 * (b60) Batch 60's layouts: a report's PDF text joined into one line (a text extractor that joins its runs with
 * spaces and drops the line breaks: `Urea 4.3 2,8 - 8,1 mmol/l Kreatinin 76 44 - 80 umol/l …`). Every expected row
 * below is written from the printed (made-up) lines, not from the reader's output.
 */


describe('b60: a report\'s rows run on in one line (line breaks lost)', () => {
  const header = 'Laboratoře Nemocnice Vzorová Identifikace <ID> Narozen/a <DATE> Pohlaví F Plátce 111 <NAME> 4.6.2024 07:40 '
    + 'Laboratorní vyšetření: OKB Výsledky Normály Jednotky Základní biochemická ';
  it('each `name value low - high unit` of the run is a row; a heading before a name the catalog knows is no part of the name', () => {
    expect(coded(header + 'Urea 5.1 2,8 - 8,1 mmol/l Kreatinin 71 44 - 80 umol/l Na - natrium 141 136 - 145 mmol/l '
      + 'K - kalium 4,3 3,5 - 5,1 mmol/l Cholesterol 5,6 2,9 - 5,0 mmol/l Hematologie HB - hemoglobin 128 120 - 160 g/l '
      + 'PLT - trombocyty 233 150 - 400 10^9/l Mgr. <SIGNATORY> Tel.: 321 001')).toEqual([
      ['urea', 5.1, 'mmol/L', '2,8 - 8,1', 2.8, 8.1, 'normal'],
      ['creatinine', 71, 'umol/L', '44 - 80', 44, 80, 'normal'],
      ['sodium', 141, 'mmol/L', '136 - 145', 136, 145, 'normal'],
      ['potassium', 4.3, 'mmol/L', '3,5 - 5,1', 3.5, 5.1, 'normal'],
      ['total-cholesterol', 5.6, 'mmol/L', '2,9 - 5,0', 2.9, 5, 'high'],
      ['hemoglobin', 128, 'g/L', '120 - 160', 120, 160, 'normal'],
      ['platelet-count', 233, '10*9/L', '150 - 400', 150, 400, 'normal'],
    ]);
  });

  it('negative: a long paragraph with fewer than four such rows, and a fixed-width line, are read as before', () => {
    const prose = 'The patient was seen in clinic today and the results were discussed at length with her and her husband; '
      + 'her sodium was 139 136 - 145 mmol/l and potassium 4.1 3.5 - 5.1 mmol/l, both within the reference ranges, and '
      + 'the plan is to repeat the panel in three months time with a lipid profile and thyroid function tests as well.';
    const before = coded(prose);
    expect(before.length).toBeLessThan(3);
    expect(coded('Sodium   139   136 - 145   mmol/l      Potassium   4.1   3.5 - 5.1   mmol/l')).toEqual(
      coded('Sodium   139   136 - 145   mmol/l      Potassium   4.1   3.5 - 5.1   mmol/l'));
  });
});

describe('b60: Czech and Spanish names, units and bound words', () => {
  it('a code before a dash and an abbreviated local name (`MCV-stř.obj.ery`, `MCHC - stř.bark.`) is the code\'s test', () => {
    expect(coded(['MCV-stř.obj.ery 90,1 82,0 - 98,0 fl', 'MCHC - stř.bark. 331 320 - 360 g/l', 'MCH - bark.ery 30 28 - 34 pg'].join('\n'))).toEqual([
      ['mean-corpuscular-volume', 90.1, 'fL', '82,0 - 98,0', 82, 98, 'normal'],
      ['mean-corpuscular-hemoglobin-concentration', 331, 'g/L', '320 - 360', 320, 360, 'normal'],
      ['mean-corpuscular-hemoglobin', 30, 'pg', '28 - 34', 28, 34, 'normal'],
    ]);
  });

  it('negative: a dash before a word that says another test or a form of it is not the code alone', () => {
    const names = coded('HB - glykovaný 41 20 - 42 mmol/mol').map((r) => r[0]);
    expect(names).not.toContain('hemoglobin');
    expect(coded('PSA - free 0,21 0,00 - 0,90 ug/l').map((r) => r[0])).not.toContain('prostate-specific-antigen');
  });

  it('Czech eGFR in ml/s/1,73m2 under its equation\'s name; Czech and Spanish names of the common tests', () => {
    expect(coded(['GF CKD-EPI 1,42 1,00 - 3,00 ml/s/1,73m2', 'Amyláza celk. 1,10 0,47 - 1,67 ukat/l', 'Cholesterol celkový 4,9 2,9 - 5,0 mmol/l',
      'Neutrofíl. segmenty 58,0 45,0 - 70,0 %'].join('\n'))).toEqual([
      ['egfr', 1.42, 'mL/s/{1.73_m2}', '1,00 - 3,00', 1, 3, 'normal'],
      ['amylase', 1.1, 'ukat/L', '0,47 - 1,67', 0.47, 1.67, 'normal'],
      ['total-cholesterol', 4.9, 'mmol/L', '2,9 - 5,0', 2.9, 5, 'normal'],
      ['neutrophils', 58, '%', '45,0 - 70,0', 45, 70, 'normal'],
    ]);
    expect(coded(['Volumen Plaquetar Medio 8.6 fL 7.0 - 11.0', 'Saturación de Oxígeno (sO2) 95 % 90 - 100'].join('\n'))).toEqual([
      ['mean-platelet-volume', 8.6, 'fL', '7.0 - 11.0', 7, 11, 'normal'],
      ['oxygen-saturation', 95, '%', '90 - 100', 90, 100, 'normal'],
    ]);
    expect(coded('Creatinine Clearance (Cockcroft-Gault) 95 mL/min 88 - 128').map((r) => r[0])).not.toContain('egfr');
  });

  it('Czech one-bound ranges in words: `do X` (up to), `nad X` (above)', () => {
    expect(coded(['Triglyceridy 1,3 mmol/l do 1,7', 'HDL cholesterol 0,8 mmol/l nad 1,0'].join('\n'))).toEqual([
      ['triglycerides', 1.3, 'mmol/L', 'do 1,7', null, 1.7, 'normal'],
      ['hdl-cholesterol', 0.8, 'mmol/L', 'nad 1,0', 1, null, 'low'],
    ]);
  });
});

describe('b60 review mends: a code before a dash, a run-on row\'s name, a trailing flag', () => {
  it('a code before a dash is the code\'s test only before an abbreviation (every word with its point) or its own name', () => {
    expect(coded(['MCH - prům.bark. 30 28 - 34 pg', 'MCV - stř. obj. ery 90 82 - 98 fl', 'WBC - leukocyty 6,1 4,0 - 10,0 10^9/l'].join('\n'))
      .map((r) => r[0])).toEqual(['mean-corpuscular-hemoglobin', 'mean-corpuscular-volume', 'white-blood-cell-count']);
  });

  it('negative: a code before a dash and words that qualify it (another test, an isoenzyme, a fraction) is no plain code', () => {
    const names = coded(['ALP - kostní 20 5 - 25 ug/l', 'PSA - komplex 1,0 0,0 - 3,0 ug/l', 'TG - antibodies 10 0 - 100 IU/mL',
      'LDL - small particles 0.5 0.0 - 1.0 mmol/L', 'HB - fetal fraction 0.4 0.0 - 1.0 %', 'TSH - receptor ab 1.1 0.0 - 1.8 IU/L',
      'CK - heart isoenzyme 12 0 - 25 U/L'].join('\n')).map((r) => r[0]);
    for (const key of ['alkaline-phosphatase', 'prostate-specific-antigen', 'triglycerides', 'ldl-cholesterol', 'hemoglobin',
      'thyroid-stimulating-hormone', 'creatine-kinase']) expect(names).not.toContain(key);
  });

  const header = 'Riverside Community Laboratory Patient: <NAME> DOB: <DOB> Lab No: <ID> Received: 02/05/2025 09:12 '
    + 'Printed: 02/05/2025 15:30 Test Result Ref Units ';
  it('in a run-on line, words before a known name are cut off only as a heading; a modifier the catalog lacks stays in the name', () => {
    expect(coded(header + 'BIOCHEMISTRY Sodium 138 135 - 145 mmol/L Potassium 4.6 3.5 - 5.3 mmol/L Adjusted Calcium 2.35 2.20 - 2.60 mmol/L '
      + 'Ionized Magnesium 0.55 0.45 - 0.60 mmol/L Urine Sodium 85 40 - 220 mmol/L HAEMATOLOGY Haemoglobin 128 L 130 - 170 g/L '
      + 'Platelets 301 150 - 400 10^9/L Reported by: <SIGNATORY>').map((r) => r[0])).toEqual([
      'sodium', 'potassium', '?Adjusted Calcium', '?Ionized Magnesium', '?Urine Sodium', 'hemoglobin', 'platelet-count']);
  });

  it('a lone flag after a run-on row\'s unit is that row\'s, not the start of the next name', () => {
    const rows = coded(header + 'Glucose 112 70 - 99 mg/dL H Vitamin D 18 >30 ng/mL L Sodium 139 135 - 146 mmol/L Potassium 4.2 3.5 - 5.3 mmol/L '
      + 'Chloride 102 98 - 110 mmol/L Calcium 9.4 8.6 - 10.3 mg/dL Albumin 4.4 3.6 - 5.1 g/dL');
    expect(rows.map((r) => r[0])).toEqual(['glucose', 'vitamin-d', 'sodium', 'potassium', 'chloride', 'calcium', 'albumin']);
    expect(rows[1]).toEqual(['vitamin-d', 18, 'ng/mL', '>30', 30, null, 'low']);
  });
});

describe('b60 review: a run-on row\'s other range shapes end it too', () => {
  const header = 'Hillcrest Medical Laboratory Patient: <NAME> DOB: <DOB> Lab No: <ID> Received: 03/06/2025 08:40 '
    + 'Printed: 03/06/2025 16:05 Test Result Units Reference ';
  it('a range with an en dash or without spaces, a unit before the range, a bound alone, a flag before the range', () => {
    const rows = coded(header + 'Sodium 137 133–146 mmol/L Potassium 5.6 3.5-5.3 mmol/L Urea 6.1 mmol/L 2.5 - 7.8 Creatinine 70 45-84 umol/L '
      + 'LIPIDS Cholesterol 6.2 <5.0 mmol/L H HDL Cholesterol 0.9 >1.0 mmol/L L Triglycerides 1.4 <1.7 mmol/L Glucose 7.2 H 3.9 - 6.1 mmol/L '
      + 'Reported by: <SIGNATORY>');
    expect(rows).toEqual([
      ['sodium', 137, 'mmol/L', '133–146', 133, 146, 'normal'],
      ['potassium', 5.6, 'mmol/L', '3.5-5.3', 3.5, 5.3, 'high'],
      ['urea', 6.1, 'mmol/L', '2.5 - 7.8', 2.5, 7.8, 'normal'],
      ['creatinine', 70, 'umol/L', '45-84', 45, 84, 'normal'],
      ['total-cholesterol', 6.2, 'mmol/L', '<5.0', null, 5, 'high'],
      ['hdl-cholesterol', 0.9, 'mmol/L', '>1.0', 1, null, 'low'],
      ['triglycerides', 1.4, 'mmol/L', '<1.7', null, 1.7, 'normal'],
      ['glucose', 7.2, 'mmol/L', '3.9 - 6.1', 3.9, 6.1, 'high'],
    ]);
  });

  it('negative: a long line of dates, times and numbers without units is no run of rows', () => {
    const line = 'Visits 12.03.2024 07:55 14.03.2024 09:10 and 16.03.2024 11:20; sample ids 240312-0815 240314-0920 240316-1105 '
      + 'were stored; the patient walked 3 5-7 km on days 2 4-6 of the trial and slept 7 6-8 hours, which the clinic noted at length in her notes for the file.';
    expect(coded(line)).toEqual(coded(line.replace(/ /g, '  ')));
  });
});
