import { codedWithRangeText } from '../../testing/reader.js';

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
