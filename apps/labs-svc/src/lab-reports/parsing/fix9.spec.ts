import { codedWithRangeText, opts } from '../../testing/reader.js';
import { parseTextReport } from './text-report.parser.js';

// (fix9) rev69's leftovers and the brief's known gaps, each as a general rule: made-up lines of the failing shapes,
// with negatives that must keep their old reading.
describe('fix9: ranges per sex after a range label on a dotted-leader row', () => {
  it('reads the ranges of both sexes after `V.R.:`, the dash between them kept as printed', () => {
    expect(codedWithRangeText('Hematocrito ....................: 43 %              V.R.: Varones 40 a 52 - Mujeres 36 a 47')).toEqual([
      ['hematocrit', 43, '%', 'Varones 40 a 52 - Mujeres 36 a 47', null, null, null],
    ]);
    expect(codedWithRangeText('Hemoglobina: 13,1 g/dl   Ref: Hombres 13,0 a 17,0 / Mujeres 11,5 a 15,5')).toEqual([
      ['hemoglobin', 13.1, 'g/dL', 'Hombres 13,0 a 17,0 / Mujeres 11,5 a 15,5', null, null, null],
    ]);
    // A row without its colon keeps the dash too.
    expect(codedWithRangeText('Hemoglobina   13,1 g/dl   Varones 13,0 a 17,0 - Mujeres 11,5 a 15,5')).toEqual([
      ['hemoglobin', 13.1, 'g/dL', 'Varones 13,0 a 17,0 - Mujeres 11,5 a 15,5', null, null, null],
    ]);
  });

  it('keeps the old readings: one range after the label, one labelled group, a label of no range', () => {
    expect(codedWithRangeText('Hematocrito ......: 43 %     V.R.: 36 a 47')).toEqual([['hematocrit', 43, '%', '36 a 47', 36, 47, 'normal']]);
    expect(codedWithRangeText('Hemoglobina: 13,1 g/dl   V.R.: Varones: 13,0 a 17,0')).toEqual([
      ['hemoglobin', 13.1, 'g/dL', 'Varones: 13,0 a 17,0', 13, 17, 'normal'],
    ]);
    // A word that is no range's label before the groups leaves the line unread, as before.
    expect(codedWithRangeText('Hemoglobina: 13,1 g/dl   Muestra: Varones 13,0 a 17,0 - Mujeres 11,5 a 15,5')).toEqual([]);
  });
});

describe('fix9: an ESR in millimetres with its ranges per sex on the line', () => {
  it('reads the ESR with its hour, in mm, with the sexes\' ranges as its text (no bounds)', () => {
    expect(codedWithRangeText('VS 1h  9 mm  Homme : < 12 mm  Femme : < 18 mm')).toEqual([
      ['erythrocyte-sedimentation-rate', 9, 'mm/h', 'Homme : < 12 mm Femme : < 18 mm', null, null, null],
    ]);
    expect(codedWithRangeText('Vitesse de sédimentation 1h   31 mm   Homme : < 12 mm   Femme : < 18 mm')).toEqual([
      ['erythrocyte-sedimentation-rate', 31, 'mm/h', 'Homme : < 12 mm Femme : < 18 mm', null, null, null],
    ]);
  });

  it('keeps one labelled group\'s bound, and reads no row for a short name alone or a size in mm', () => {
    expect(codedWithRangeText('VS 1h  9 mm  Femme : < 18 mm')).toEqual([
      ['erythrocyte-sedimentation-rate', 9, 'mm/h', 'Femme : < 18 mm', null, 18, 'normal'],
    ]);
    expect(codedWithRangeText('VS  9 mm  Homme : < 12 mm  Femme : < 18 mm')).toEqual([]);
    expect(codedWithRangeText('Nodule  9 mm  Homme : < 12 mm  Femme : < 18 mm')).toEqual([]);
  });
});

describe('fix9: a bracket listing other analytes after a name', () => {
  // (mend7) fix9's rule that left these unknown is reverted: it dropped common names whose bracket lists what they are
  // computed from (`eGFR (creatinine, CKD-EPI 2021)`, `Anion gap (Na, K, Cl, HCO3)`: mend7.spec). The name outside, as before fix9.
  it('reads the name outside where each part with it reads as it (fix9\'s rule reverted by mend7)', () => {
    expect(codedWithRangeText('Iron (UIBC, transferrin)   205   ug/dL   150-350').map((r) => r[0])).toEqual(['iron']);
    expect(codedWithRangeText('Iron (TIBC, ferritin)   290   ug/dL   250-450').map((r) => r[0])).toEqual(['iron']);
  });

  it('keeps the name where the bracket says its specimen, abbreviation or method, and the analyte a qualifier names', () => {
    expect(codedWithRangeText('Iron (Fe, serum)   71   ug/dL   50-170').map((r) => r[0])).toEqual(['iron']);
    expect(codedWithRangeText('Hemoglobin (A1c, HPLC)   6.1   %   4.0-5.6').map((r) => r[0])).toEqual(['hemoglobin-a1c']);
    expect(codedWithRangeText('Neutrophils (ANC, absolute)  2.9  x10^3/uL  1.8-7.7').map((r) => r[0])).toEqual(['neutrophils-absolute']);
    expect(codedWithRangeText('Cholesterol (LDL, Friedewald)  118  mg/dL  <130').map((r) => r[0])).toEqual(['ldl-cholesterol']);
  });
});

describe('fix9: words of a result still in progress, in other languages', () => {
  const warned = (text: string) => parseTextReport(text, opts);
  it('reads no row and warns for a result in progress (`En curso`, `em análise`, `w toku`, `in Arbeit` …)', () => {
    for (const line of ['Prolactina   En curso', 'Ferritina: en análisis', 'Vitamina B12: em análise', 'Cortisol   em curso',
      'Cortisolo   in esecuzione', 'Kortisol   in Arbeit', 'Kortyzol   w toku', 'Prolaktyna   w realizacji', 'Prolactine   in bewerking',
      'Prolactina   EN CURSO   ng/mL   4.8-23.3']) {
      const read = warned(line);
      expect(read.rows).toEqual([]);
      expect(read.warnings.map((w) => w.code)).toEqual(['not-a-result']);
    }
  });

  it('still reads a value with such words in a note after it', () => {
    expect(codedWithRangeText('Glucosa   92   mg/dL   70-99   (tratamiento en curso)').map((r) => r[0])).toEqual(['glucose']);
  });
});

describe('fix9: tier lines under an empty reference label, their words after the bound', () => {
  it('reads the lines under the label as the range of the row above it, as text', () => {
    const text = [
      'VITAMINA D - 25 HIDROXI',
      'Resultado: 24,1 ng/mL',
      'Valores de referência:',
      '   Acima de 20 ng/mL: adultos saudáveis',
      '   30 a 100 ng/mL: pacientes de risco (idosos, gestantes)',
      '',
      'ZINCO',
      'Resultado: 88 µg/dL',
      'Valores de referência: 70 a 120 µg/dL',
    ].join('\n');
    expect(codedWithRangeText(text)).toEqual([
      ['vitamin-d', 24.1, 'ng/mL', 'Acima de 20 ng/mL: adultos saudáveis 30 a 100 ng/mL: pacientes de risco (idosos, gestantes)', null, null, null],
      ['zinc', 88, 'ug/dL', '70 a 120 µg/dL', 70, 120, 'normal'],
    ]);
  });

  it('still ends the block at a line in another unit, and at a row printed name first', () => {
    const text = [
      'VITAMINA D - 25 HIDROXI',
      'Resultado: 24,1 ng/mL',
      'Valores de referência:',
      '   Acima de 20 ng/mL: adultos saudáveis',
      'Cálcio: 9,4 mg/dL',
    ].join('\n');
    expect(codedWithRangeText(text).map((r) => r[0])).toEqual(['vitamin-d', 'calcium']);
  });
});

describe('fix9: tier lines in another language continuing a table row\'s range column', () => {
  it('joins the tiers under the row\'s range as its text, with no bounds', () => {
    const text = [
      'PRUEBA                         RESULTADO        UNIDADES          INTERVALO DE REFERENCIA',
      'Glucosa                        91               mg/dL             70 - 99',
      'Colesterol LDL                 142              mg/dL             Óptimo: < 100',
      '                                                                  Limítrofe: 130 - 159',
      '                                                                  Alto: >= 160',
      'Creatinina                     0.74             mg/dL             0.51 - 0.95',
    ].join('\n');
    expect(codedWithRangeText(text)).toEqual([
      ['glucose', 91, 'mg/dL', '70 - 99', 70, 99, 'normal'],
      ['ldl-cholesterol', 142, 'mg/dL', 'Óptimo: < 100 Limítrofe: 130 - 159 Alto: >= 160', null, null, null],
      ['creatinine', 0.74, 'mg/dL', '0.51 - 0.95', 0.51, 0.95, 'normal'],
    ]);
  });

  it('joins no line whose label is no tier\'s (a note, a test)', () => {
    const text = [
      'PRUEBA                         RESULTADO        UNIDADES          INTERVALO DE REFERENCIA',
      'Colesterol LDL                 142              mg/dL             < 130',
      '                                                                  Nota: 130 - 159',
    ].join('\n');
    expect(codedWithRangeText(text)[0]).toEqual(['ldl-cholesterol', 142, 'mg/dL', '< 130', null, 130, 'high']);
  });
});
