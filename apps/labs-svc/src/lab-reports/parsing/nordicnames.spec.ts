import { readsAsRange } from './reference-range.js';
import { isBoundWord, isUnitToken, namesNoResult } from './tokens.js';
import { toUcum } from './units.js';
import { catalog, coded } from '../../testing/reader.js';

/*
 * (nordicnames) Made-up lines, every expected row written from the printed line as a clinician reads it:
 * - Finnish laboratories' names: a specimen prefix (`B` whole blood, `P` plasma, `S` serum, `fP` fasting plasma, `cB`
 *   capillary blood, `U` urine), a space or none, a hyphen and an abbreviation (`P -Krea`, `fP-Gluk`, `B -Trom`); the
 *   Swedish and Norwegian full names (`S-Kreatinin`, `P-Glukos`). The prefix says the specimen: a urine prefix makes
 *   the urine's test (or none the catalog has), never the blood's.
 * - US hospital printouts' `Sodium Lvl`; a red cells' content (`Magnesium (RBC)`, `RBC Folate`) is another test than
 *   the serum's, with another range: unknown (the catalog and its LOINC fixture have no red-cell magnesium or folate).
 * - Demographic and identifier lines (`Edad: 61 años`, `Boletín nº 123456`, `Peso 80 kg`): no results.
 */

const key = (name: string) => catalog.matchName(name)?.key ?? null;

describe('nordicnames: Finnish names, a specimen prefix and an abbreviation', () => {
  it('reads a Finnish laboratory\'s printout (`P -Krea`, `fP-Gluk`, `B -Trom`, `E9/l`)', () => {
    expect(coded([
      'P -Krea       78     µmol/l    60-100',
      'fP-Gluk       5.4    mmol/l    4.0-6.0',
      'B -Hb         145    g/l       134-167',
      'S -TSH        2.1    mU/l      0.5-3.6',
      'P -ALAT       30     U/l       <50',
      'fP-Kol        5.2    mmol/l    <5.0',
      'fP-Kol-LDL    2.9    mmol/l    <3.0',
      'fP-Kol-HDL    1.4    mmol/l    >1.0',
      'fP-Trigly     1.2    mmol/l    <1.7',
      'B -Trom       250    E9/l      150-360',
      'B -Leuk       6.1    E9/l      3.4-8.2',
      'P -K          4.1    mmol/l    3.3-4.9',
      'P -Na         141    mmol/l    137-145',
      'S -Ferrit     85     µg/l      15-125',
      'P -CRP        <3     mg/l      <10',
      'B -HbA1c      38     mmol/mol  20-42',
    ].join('\n'))).toEqual([
      ['creatinine', 78, 'umol/L', 60, 100, 'normal'],
      ['glucose', 5.4, 'mmol/L', 4, 6, 'normal'],
      ['hemoglobin', 145, 'g/L', 134, 167, 'normal'],
      ['thyroid-stimulating-hormone', 2.1, 'mU/L', 0.5, 3.6, 'normal'],
      ['alanine-aminotransferase', 30, 'U/L', null, 50, 'normal'],
      ['total-cholesterol', 5.2, 'mmol/L', null, 5, 'high'],
      ['ldl-cholesterol', 2.9, 'mmol/L', null, 3, 'normal'],
      ['hdl-cholesterol', 1.4, 'mmol/L', 1, null, 'normal'],
      ['triglycerides', 1.2, 'mmol/L', null, 1.7, 'normal'],
      ['platelet-count', 250, '10*9/L', 150, 360, 'normal'],
      ['white-blood-cell-count', 6.1, '10*9/L', 3.4, 8.2, 'normal'],
      ['potassium', 4.1, 'mmol/L', 3.3, 4.9, 'normal'],
      ['sodium', 141, 'mmol/L', 137, 145, 'normal'],
      ['ferritin', 85, 'ug/L', 15, 125, 'normal'],
      ['c-reactive-protein', 3, 'mg/L', null, 10, 'normal'],
      ['hemoglobin-a1c', 38, 'mmol/mol', 20, 42, 'normal'],
    ]);
  });

  it('reads each line alone as in the printout', () => {
    expect(coded('P -Krea  78  µmol/l  60-100')).toEqual([['creatinine', 78, 'umol/L', 60, 100, 'normal']]);
    expect(coded('fP-Gluk  5.4  mmol/l  4.0-6.0')).toEqual([['glucose', 5.4, 'mmol/L', 4, 6, 'normal']]);
    expect(coded('B -Trom  250  E9/l  150-360')).toEqual([['platelet-count', 250, '10*9/L', 150, 360, 'normal']]);
    expect(coded('fP-Kol-HDL  1.4  mmol/l  >1.0')).toEqual([['hdl-cholesterol', 1.4, 'mmol/L', 1, null, 'normal']]);
    // Capillary blood's glucose (a finger-prick): the glucose.
    expect(coded('cB-Gluk  5.9  mmol/l  4.0-6.0')).toEqual([['glucose', 5.9, 'mmol/L', 4, 6, 'normal']]);
    // `E9/l` is 10^9 per litre.
    expect(toUcum('E9/l')).toBe('10*9/L');
  });

  it('reads the Swedish and Norwegian names with their prefix, after a hyphen or an underscore', () => {
    expect(coded([
      'S-Kreatinin   88    µmol/L   60-105',
      'S_Kreatinin   88    µmol/L   60-105',
      'P-Glukos      5.4   mmol/L   4.0-6.0',
      'B-Hemoglobin  145   g/L      134-170',
      'S-Kolesterol  5.1   mmol/L   <5.0',
    ].join('\n'))).toEqual([
      ['creatinine', 88, 'umol/L', 60, 105, 'normal'],
      ['creatinine', 88, 'umol/L', 60, 105, 'normal'],
      ['glucose', 5.4, 'mmol/L', 4, 6, 'normal'],
      ['hemoglobin', 145, 'g/L', 134, 170, 'normal'],
      ['total-cholesterol', 5.1, 'mmol/L', null, 5, 'high'],
    ]);
  });

  it('reads the specimen the prefix names: urine\'s is never the blood\'s test, plasma\'s or serum\'s never the cells\'', () => {
    // The urine's creatinine and albumin (the catalog has neither alone): unknown, not the serum's.
    expect(coded('U -Krea  8.5  mmol/l')).toEqual([['?U -Krea', 8.5, 'mmol/L', null, null, null]]);
    expect(coded('U -Alb  15  mg/l  <20')).toEqual([['?U -Alb', 15, 'mg/L', null, 20, 'normal']]);
    expect(coded('U-Kreatinin  8.5  mmol/L')).toEqual([['?U-Kreatinin', 8.5, 'mmol/L', null, null, null]]);
    for (const name of ['U -Krea', 'U-Krea', 'U -Alb', 'U -Gluk', 'U-Glukos', 'U -Leuk', 'U -Hb', 'U -Na', 'U -K', 'U_Kreatinin']) {
      expect([name, key(name)]).not.toEqual([name, expect.stringMatching(/^(?:creatinine|albumin|glucose|white-blood-cell-count|hemoglobin|sodium|potassium)$/)]);
    }
    // The urine's glucose is the urine's test.
    expect(key('U -Gluk')).toBe('glucose-in-urine');
    // Plasma's or serum's haemoglobin (the free haemoglobin, mg or g per litre) and plasma's platelets are no blood count.
    expect(coded('P -Hb  0.2  g/l')).toEqual([['?P -Hb', 0.2, 'g/L', null, null, null]]);
    for (const name of ['S -Hb', 'P -Trom', 'S -Leuk']) expect([name, key(name)]).toEqual([name, null]);
  });

  it('leaves the abbreviations\' letters alone where they are no abbreviation of a test', () => {
    // A bare prefix letter, a prefix and nothing the catalog knows, a word merely beginning like an abbreviation.
    for (const name of ['B -Xyz', 'Kolmio', 'Trommel', 'Kreator']) expect([name, key(name)]).toEqual([name, null]);
  });
});

describe('nordicnames: `Lvl` after a name, and a red cells\' content', () => {
  it('reads `Sodium Lvl` as the sodium', () => {
    expect(coded([
      'Sodium Lvl       139   mmol/L   136-145',
      'Potassium Lvl    4.1   mmol/L   3.5-5.1',
      'Magnesium Lvl    2.0   mg/dL    1.6-2.6',
    ].join('\n'))).toEqual([
      ['sodium', 139, 'mmol/L', 136, 145, 'normal'],
      ['potassium', 4.1, 'mmol/L', 3.5, 5.1, 'normal'],
      ['magnesium', 2, 'mg/dL', 1.6, 2.6, 'normal'],
    ]);
  });

  it('leaves a red cells\' magnesium or folate unknown, never the serum\'s', () => {
    // (cat8) The red cells' magnesium is an entry of its own since catalog v8 (never the serum's).
    expect(coded('Magnesium (RBC)  5.2  mg/dL  4.2-6.8')).toEqual([['magnesium-rbc', 5.2, 'mg/dL', 4.2, 6.8, 'normal']]);
    expect(coded('RBC Magnesium  5.2  mg/dL  4.2-6.8')).toEqual([['magnesium-rbc', 5.2, 'mg/dL', 4.2, 6.8, 'normal']]);
    expect(coded('Folate (RBC)  450  ng/mL  >280')).toEqual([['?Folate (RBC)', 450, 'ng/mL', 280, null, 'normal']]);
    for (const name of ['Magnesium, RBC', 'Magnesium RBC', 'Magnesium (erythrocyte)', 'Erythrocyte Magnesium', 'Red Cell Magnesium']) {
      expect([name, key(name)]).toEqual([name, 'magnesium-rbc']);
    }
    // (cat8 review) `Lvl` before the red cells' bracket: the red cells' magnesium too (catalog v8), never the serum's.
    expect(key('Magnesium Lvl (RBC)')).toBe('magnesium-rbc');
    for (const name of ['Folate, RBC', 'Folate RBC', 'RBC Folate', 'Red Cell Folate', 'Red Blood Cell Folate', 'Erythrocyte Folate',
      'Folate (Red Cell)', 'Folate, whole blood', 'Folate (Erythrocytes)']) {
      expect([name, key(name)]).toEqual([name, null]);
    }
  });

  it('still reads the serum\'s tests and the red cells\' own names', () => {
    expect(coded([
      'Magnesium          2.0    mg/dL     1.6-2.6',
      'Magnesium, Serum   2.0    mg/dL     1.6-2.6',
      'Folate             12.1   ng/mL     >5.9',
      'Serum Folate       12.1   ng/mL     >5.9',
      'RBC                4.8    x10^6/uL  4.5-5.9',
      'Erythrocyte Sedimentation Rate   12   mm/h   0-20',
    ].join('\n'))).toEqual([
      ['magnesium', 2, 'mg/dL', 1.6, 2.6, 'normal'],
      ['magnesium', 2, 'mg/dL', 1.6, 2.6, 'normal'],
      ['folate', 12.1, 'ng/mL', 5.9, null, 'normal'],
      ['folate', 12.1, 'ng/mL', 5.9, null, 'normal'],
      ['red-blood-cell-count', 4.8, '10*6/uL', 4.5, 5.9, 'normal'],
      ['erythrocyte-sedimentation-rate', 12, 'mm/h', 0, 20, 'normal'],
    ]);
    for (const [name, want] of [['RBC Count', 'red-blood-cell-count'], ['Erythrocytes', 'red-blood-cell-count'], ['Folate, Serum', 'folate'],
      ['Red Blood Cell Count', 'red-blood-cell-count'], ['ESR (Erythrocyte Sedimentation Rate)', 'erythrocyte-sedimentation-rate']] as const) {
      expect([name, key(name)]).toEqual([name, want]);
    }
  });
});

describe('nordicnames: demographic and identifier lines are no results', () => {
  const lines = ['Edad: 61 años', 'Edad 61 años', 'Age: 61 years', 'Âge : 61 ans', 'Idade: 61 anos', 'Alter: 61 Jahre', 'Età: 61 anni',
    'Leeftijd: 61 jaar', 'Ålder: 61 år', 'Alder: 61 år', 'Ikä: 61 v', 'Boletín nº 123456', 'Bulletin No. 2345', 'Nº de muestra 778812',
    'Sample ID 12345', 'Peso 80 kg', 'Peso: 80 kg', 'Poids 80 kg', 'Gewicht 80 kg', 'Vikt 80 kg', 'Weight 80 kg'];

  it('reads none of them alone', () => {
    for (const line of lines) expect([line, coded(line)]).toEqual([line, []]);
  });

  it('reads none of them in a report, its results all', () => {
    expect(coded([
      'Paciente: Juan Pérez   Edad: 61 años',
      'Boletín nº 123456      Nº de muestra 778812',
      'Prueba            Resultado   Unidades   Valores de referencia',
      'Edad              61          años',
      'Peso              80          kg',
      'Glucosa           95          mg/dL      70-110',
      'Creatinina        0.9         mg/dL      0.7-1.3',
    ].join('\n'))).toEqual([
      ['glucose', 95, 'mg/dL', 70, 110, 'normal'],
      ['creatinine', 0.9, 'mg/dL', 0.7, 1.3, 'normal'],
    ]);
    expect(coded(['Test | Result | Units | Reference', 'Edad | 61 | años |', 'Ålder | 61 | år |', 'Glucose | 95 | mg/dL | 70-110'].join('\n')))
      .toEqual([['glucose', 95, 'mg/dL', 70, 110, 'normal']]);
    expect(coded(['Namn: Anna', 'Ålder: 61 år', 'P-Glukos  5.4  mmol/L  4.0-6.0'].join('\n'))).toEqual([['glucose', 5.4, 'mmol/L', 4, 6, 'normal']]);
  });

  it('names the labels of the age, the weight, the height and the sample\'s or report\'s number in the reader\'s languages as no result', () => {
    for (const label of ['Edad', 'Idade', 'Âge', 'Alter', 'Età', 'Leeftijd', 'Ålder', 'Alder', 'Ikä', 'Wiek', 'Edad del paciente',
      'Peso', 'Poids', 'Gewicht', 'Vikt', 'Vekt', 'Paino', 'Talla', 'Größe', 'Altura', 'Peso (kg)',
      'Boletín nº', 'Boletín', 'Bulletin No.', 'Nº de muestra', 'Número de muestra', 'N° d\'échantillon', 'Nº de amostra', 'Probennummer',
      'Probe Nr.', 'Provnummer', 'Prøvenummer', 'Näytenumero', 'Sample ID']) {
      expect([label, namesNoResult(label)]).toEqual([label, true]);
    }
    // Whole labels only: a test's name that begins with one of those words is no label.
    for (const name of ['Peso específico', 'Altura de la onda', 'Alkalinen fosfataasi', 'Probe', 'Muestra', 'Numero']) {
      expect([name, namesNoResult(name)]).toEqual([name, false]);
    }
    // The Spanish urine's specific gravity (`Peso específico`) is still read as a row.
    expect(coded('Peso específico  1.020  1.005-1.030').map((r) => r[1])).toEqual([1.02]);
  });

  it('keeps the units and the tests such lines\' words resemble', () => {
    // A word of letters with an accent is no unit unless it is one; the units of letters are still read.
    expect(['años', 'år', 'Jahre', 'mg', 'kg', 'µg', 'μg', 'U', 'fL'].map(isUnitToken)).toEqual([false, false, false, true, true, true, true, true, true]);
    expect(coded('Kreatinin  88  µmol/L  60-105')).toEqual([['creatinine', 88, 'umol/L', 60, 105, 'normal']]);
    expect(coded('Hemoglobin  145  g/L  134-170')).toEqual([['hemoglobin', 145, 'g/L', 134, 170, 'normal']]);
  });
});

describe('nordicnames review: own-line ranges in bound words, X/HDL', () => {
  it('reads an own-line range that starts with an accented bound word, as before the branch (main\'s reading)', () => {
    expect(coded('eGFR  52 ml/min/1,73m²\nReferenzbereich: über 60')).toEqual([['egfr', 52, 'mL/min/{1.73_m2}', 60, null, 'low']]);
    expect(coded('eGFR  52 ml/min/1,73m²\nNormbereich: über 60')).toEqual([['egfr', 52, 'mL/min/{1.73_m2}', 60, null, 'low']]);
    expect(coded('eGFR  52 ml/min/1,73m²\nNorm: über 60')).toEqual([['egfr', 52, 'mL/min/{1.73_m2}', 60, null, 'low']]);
    expect(coded('eGFR  52 ml/min/1,73m²\nNormalwert: über 60')).toEqual([['egfr', 52, 'mL/min/{1.73_m2}', 60, null, 'low']]);
    expect(coded('HDL-Cholesterin  38 mg/dl\nReferenzbereich: über 40')).toEqual([['hdl-cholesterol', 38, 'mg/dL', 40, null, 'low']]);
    expect(coded('Glicose  105 mg/dL\nNormal: até 99')).toEqual([['glucose', 105, 'mg/dL', null, 99, 'high']]);
    expect(coded('eGFR  52 ml/min/1,73m²\nReferenzbereich: über 60\nKreatinin  1,4 mg/dl\nReferenzbereich: bis 1,2'))
      .toEqual([['egfr', 52, 'mL/min/{1.73_m2}', 60, null, 'low'], ['creatinine', 1.4, 'mg/dL', null, 1.2, 'high']]);
  });

  it('reads bound words of two words that failed before too (`größer als 40`)', () => {
    expect(coded('HDL  38 mg/dl\nReferenzbereich: größer als 40')).toEqual([['hdl-cholesterol', 38, 'mg/dL', 40, null, 'low']]);
    expect(coded('HDL  38 mg/dl\nNorm: grösser als 40')).toEqual([['hdl-cholesterol', 38, 'mg/dL', 40, null, 'low']]);
  });

  it('takes a range\'s words of bounds, groups and answers, and still no note', () => {
    for (const text of ['über 60', 'até 99', 'Até 99 mg/dL', 'größer als 60', 'kleiner gleich 5', 'menor ou igual a 5', 'hasta 200', 'Männer: 13,5-17,5', 'Niños: 5-10', 'Fase lútea: 1,7-27', 'Femmes : 12-16 g/dL', 'négatif < 1,0']) {
      expect([text, readsAsRange(text)]).toEqual([text, true]);
    }
    for (const text of ['Tel 555-1234', 'Lab No 2025-0012', 'hemolysed sample, 2-3 hours delay', 'Método: 2-3', 'Edad: 61-65 años', 'no 5-10']) {
      expect([text, readsAsRange(text)]).toEqual([text, false]);
    }
    expect(['über', 'größer', 'als', 'até', 'acima', 'inférieur', 'Männer', 'años', 'Método'].map(isBoundWord)).toEqual([true, true, true, true, true, true, false, false, false]);
  });

  it('reads a cholesterol per HDL in any language as the ratio, never as the HDL cholesterol', () => {
    expect(coded('fP-Kol/HDL  4.1  <4.0')).toEqual([['cholesterol-hdl-ratio', 4.1, '{ratio}', null, 4, 'high']]);
    expect(coded('Kolesteroli/HDL  4.1  <4.0')).toEqual([['cholesterol-hdl-ratio', 4.1, '{ratio}', null, 4, 'high']]);
    expect(coded('Kol/HDL  4.1  <4.0')).toEqual([['cholesterol-hdl-ratio', 4.1, '{ratio}', null, 4, 'high']]);
    for (const name of ['Cholesterin/HDL', 'Colesterol/HDL', 'Cholestérol/HDL', 'Chol/HDL', 'TC/HDL', 'Cholesterol : HDL-C', 'Colesterol total/HDL']) {
      expect([name, key(name)]).toEqual([name, 'cholesterol-hdl-ratio']);
    }
    // HDL per cholesterol (the other way round): no test the catalog has — unknown, never HDL.
    expect(key('HDL/Kol')).toBeNull();
    expect(key('HDL/Cholesterol')).toBeNull();
    // The other ratios keep their keys; HDL cholesterol's own names stay HDL.
    expect([key('LDL/HDL'), key('Trigly/HDL'), key('HDL/LDL'), key('fP-Kol-HDL'), key('Cholesterol HDL'), key('Glucosa/HDL')])
      .toEqual(['ldl-hdl-ratio', 'triglyceride-hdl-ratio', 'hdl-ldl-ratio', 'hdl-cholesterol', 'hdl-cholesterol', null]);
  });

});
