import { resultsOf } from '../../testing/reader.js';

/*
 * A laboratory's interpretation bands printed after its reference range on the result's line (US and Indian reports
 * print the ADA's HbA1c bands, the Endocrine Society's vitamin D bands, NCEP's LDL bands so). What a clinician reads
 * there: the result, in its unit, against the reference range (its flag from that range), the bands as the laboratory's
 * note — not a line to throw away (each read nothing before).
 */
const read = (text: string) => resultsOf(text).map((r) => [r.biomarker?.key ?? `?${r.name}`, r.value, r.unit, r.range.low ?? null, r.range.high ?? null, r.flag, r.comment ?? null]);

describe('interpretation bands after the reference range', () => {
  it('the row is read against its reference range; the bands are its comment', () => {
    expect(read([
      'Vitamin D, 25-OH  32  ng/mL  30-100  Insufficiency 20-29',
      'HbA1c  5.9  %  4.0-5.6  Prediabetes 5.7-6.4',
      'LDL Cholesterol  130  mg/dL  <100  Optimal <100, Near optimal 100-129',
      'Glucose  105  mg/dL  70-99  H  Impaired fasting 100-125',
      'HbA1c: 5.9 % (Ref: 4.0-5.6) Prediabetes: 5.7-6.4',
    ].join('\n'))).toEqual([
      ['vitamin-d', 32, 'ng/mL', 30, 100, 'normal', 'Insufficiency 20-29'],
      ['hemoglobin-a1c', 5.9, '%', 4, 5.6, 'high', 'Prediabetes 5.7-6.4'],
      ['ldl-cholesterol', 130, 'mg/dL', null, 100, 'high', 'Optimal <100, Near optimal 100-129'],
      ['glucose', 105, 'mg/dL', 70, 99, 'high', 'Impaired fasting 100-125'],
      ['hemoglobin-a1c', 5.9, '%', 4, 5.6, 'high', 'Prediabetes: 5.7-6.4'],
    ]);
  });

  it('bands that a flag\'s word labels among others, a band\'s own unit, a stage\'s label; a flag\'s letter before them is the flag', () => {
    expect(read([
      'Triglycerides  160  mg/dL  <150  Normal <150  Borderline high 150-199  High 200-499  Very high >=500',
      'hs-CRP  2.4  mg/L  <3.0  Low risk <1.0  Average 1.0-3.0  High >3.0',
      'Hemoglobin A1c: 6.8 % (Ref: <5.7) H  Diabetes: >=6.5 %',
      'Glycémie à jeun  1,12  g/L  0,70 - 1,00  Hyperglycémie modérée à jeun : 1,10 - 1,25',
    ].join('\n')).map((r) => [r[0], r[3], r[4], r[5], r[6]])).toEqual([
      ['triglycerides', null, 150, 'high', 'Normal <150 Borderline high 150-199 High 200-499 Very high >=500'],
      ['hs-crp', null, 3, 'normal', 'Low risk <1.0 Average 1.0-3.0 High >3.0'],
      ['hemoglobin-a1c', null, 5.7, 'high', 'Diabetes: >=6.5 %'],
      ['glucose', 0.7, 1, 'high', 'Hyperglycémie modérée à jeun : 1,10 - 1,25'],
    ]);
  });

  it('a labelled previous result or method after the range is the comment, never the value', () => {
    expect(read([
      'Creatinine  1.1  mg/dL  0.6-1.2  Previous: 0.9 (12/03/2024)',
      'Cholesterin gesamt  6,2  mmol/l  < 5,2  H  Vorwert: 5,8 (03.2024)',
      'Serum Creatinine  1.42  mg/dL  0.70 - 1.30  Method: Jaffe kinetic',
    ].join('\n')).map((r) => [r[0], r[1], r[5], r[6]])).toEqual([
      ['creatinine', 1.1, 'normal', 'Previous: 0.9 (12/03/2024)'],
      ['total-cholesterol', 6.2, 'high', 'Vorwert: 5,8 (03.2024)'],
      ['creatinine', 1.42, 'high', 'Method: Jaffe kinetic'],
    ]);
  });

  it('an age band\'s label that begins with a range is no reference range with bands after it', () => {
    // `1 a 23 meses` (1 to 23 months) is an age group: read as a range 1-23 with bands it flagged a free T3 normal (a
    // Brazilian report's layout, probe set rev83: the result under its title, the age groups' ranges beside it).
    const [r] = resultsOf([
      'T3 LIVRE - TRIIODOTIRONINA LIVRE',
      'Material: Sangue Coletado em: 16/01/2026 08:23 Método: Quimioluminescência',
      `${' '.repeat(60)}Valores de Referência`,
      `RESULTADO...........:${' '.repeat(20)}3,2 pg/mL${' '.repeat(20)}1 a 23 meses.......: 3,3 a 5,2 pg/mL`,
      `${' '.repeat(59)}2 a 12 anos..........: 3,3 a 4,8 pg/mL`,
      `${' '.repeat(59)}Acima de 20 anos: 2,3 a 4,2 pg/mL`,
    ].join('\n'));
    expect(r?.biomarker?.key).toBe('free-t3');
    expect(r?.range.low).toBeUndefined();
    expect(r?.flag ?? null).toBeNull();
  });

  // (bands review: a helper's lines, each read with bounds and a flag from the first range by the first build, whose
  // label-blocking list they were missing — a sex, an age, a phase, a pregnancy, a time of day in another language, a
  // dose, a page, another analyte) Each reads as before the bands: nothing.
  it.each([
      'Hemoglobin 12.5 g/dL 13.5-17.5 Kobiety 12.0-16.0',
      'Hemoglobin 12.5 g/dL 13.5-17.5 Kadın 12.0-16.0',
      'Hemoglobin 12.5 g/dL 13.5-17.5 weiblich 12.0-16.0',
      'Hemoglobin 12.5 g/dL 13.5-17.5 Fernale 12.0-16.0',
      'Urinezuur 0,40 mmol/l 0,20-0,42 Vrouw 0,14-0,34',
      'Testosteron 0,5 ng/ml 2,8-8,0 Kobiety 0,06-0,82',
      'Kreatynina 0,6 mg/dl 0,7-1,3 Kobiety: 0,5-1,1',
      'PSA total 3.0 ng/mL 40-49 yaş: 0-2.5',
      'PSA total 3.0 ng/mL 40-49 J: 0-2.5',
      'Hemoglobin  10.5 g/dL   6-12 mo: 10.5-13.5',
      'Hemoglobin  10.5 g/dL   6-12 mos: 10.5-13.5',
      'IGF-1 100 ng/mL 20-30 yo 117-329',
      'IGF-1 100 ng/mL 20-30 Age 117-329',
      'Cortisol 12 µg/dl 7-10 Uhr: 6,2-19,4',
      'Cortisol 12 µg/dl 7-10 horas: 6,2-19,4',
      'Cortisol 12 µg/dl 7-10 Morning 6,2-19,4',
      'hCG 5000 mUI/mL 3-4 semaines : 9 - 130',
      'hCG 5000 mUI/mL 3-4 SSW: 9 - 130',
      'Progesteron 10 ng/ml 0,2-1,5 Lutealna 1,7-27',
      'Progesteron 10 ng/ml 0,2-1,5 Mid-luteal 1,7-27',
      'Estradiol 250 pg/mL 12.5-166 Mid cycle 85.8-498',
      'FSH 30 IU/L 3.5-12.5 Post menopausal 25.8-134.8',
      'LH 40 IU/L 2.4-12.6 Peak 14.0-95.6',
      'TSH 3,0 mU/l 0,27-4,2 Ciąża 0,1-2,5',
      'TSH 3,0 mU/l 0,27-4,2 First trim. 0,1-2,5',
      'Hämoglobin 18 g/dl 13,5-17,5 Neugeborene 13,5-20,5',
      'Hemoglobin 18 g/dL 13.5-17.5 Cord blood 13.5-20.5',
      'Cortisol 4.0 ug/dL 6.2-19.4 Afternoon 2.3-11.9',
      'CEA 4 ng/mL 0-3.0 Palacze 0-5.0',
      'Zink 25 mg 1-2 Kapseln abends 1-2',
      'Paracetamol 500 mg 1-2 Tabletten Max. 4-8',
      'Tel. 030 mg 1234-5678 Fax 1234-5679',
      'Glucose 95 mg/dL 70-99 Page 1-2',
      'Sodium 140 mmol/L 135-145 Potassium 3.5-5.1',
      'Glucose 95 mg/dL 70-99 Troponin <0.01',
      'Glucose 95 mg/dL 70-99 Dec 88-92',
  ])('no bands after a label that says whose the range is, or what else the line holds: %s', (line) => {
    expect(resultsOf(`${line}\n`)).toEqual([]);
  });

  it('never a population\'s or a sex\'s range after it, a previous result, a flag word alone, or words that end the line', () => {
    // `Male 13.5-17.5` says whose the second range is: which one is the patient's is not known — the ranges' text, no
    // bounds, no flag (groups), never the first range's bounds with the rest as a note.
    const groups = resultsOf('Hemoglobin  14.2  g/dL  12.0-16.0  Male 13.5-17.5\nHemoglobin  14.2  g/dL  12.0-16.0  Adults 12.0-17.5\n'
      // (hormones) `Non-pregnant` names a group too (it read nothing before).
      + 'Prolactin 30 ng/mL 4.0-15.2 Non-pregnant 4.8-23.3\n');
    expect(groups.map((r) => [r.range, r.flag, r.comment ?? null])).toEqual([
      [{ text: '12.0-16.0 Male 13.5-17.5' }, null, null],
      [{ text: '12.0-16.0 Adults 12.0-17.5' }, null, null],
      [{ text: '4.0-15.2 Non-pregnant 4.8-23.3' }, null, null],
    ]);
    // A previous result with its label, a flag alone before a range, tier words ending the line: not bands.
    expect(read('Glucose  95  mg/dL  70-99  Previous 88-90\n')).toEqual([]);
    expect(read('LDL  130  mg/dL  <100  High 160-189\n')).toEqual([]);
    expect(read('Vitamin D  32  ng/mL  <20 Deficient 20-29 Insufficient\n').map((r) => r[6])).not.toContain('Deficient 20-29 Insufficient');
  });
});
