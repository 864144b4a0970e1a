import { codedWithRangeText, resultsOf } from '../../testing/reader.js';

/*
 * (fixu) Urinalyses in other languages whose section was lost (a column header's line, a long heading with the
 * examination's parts), the strip named in the heading, the ESR's millimetres under its short names, a French status
 * phrase of normal values, a range's unit read otherwise than its letters. Every line is made up.
 */

const lines = (...l: string[]) => l.join('\n');
const keys = (text: string) => resultsOf(text).map((r) => r.biomarker?.key ?? `?${r.name}`);
/** [key, value, valueText, unit, range text, flag] of each row read. */
const seen = (text: string) => resultsOf(text).map((r) => [r.biomarker?.key ?? `?${r.name}`, r.value, r.valueText ?? null, r.unit ?? null, r.range.text ?? null, r.flag ?? null]);

describe('fixu: a urine section kept through a column header line', () => {
  it('Portuguese: a part heading with the range column\'s header beside it keeps the EAS; the sediment\'s counts per mL are the urine\'s', () => {
    expect(seen(lines('EAS - ELEMENTOS ANORMAIS E SEDIMENTOSCOPIA',
      'EXAME FÍSICO                                  Valores de referência',
      'Aspecto..........: Turvo                     Límpido',
      'SEDIMENTOSCOPIA',
      'Leucócitos.......: 4.000 /mL                 até 10.000 /mL',
      'Hemácias.........: 12.000 /mL                até 10.000 /mL'))).toEqual([
      ['urine-appearance', null, 'Turvo', null, 'Límpido', 'abnormal'],
      ['leukocytes-in-urine', 4000, null, '/mL', 'até 10.000', 'normal'],
      ['erythrocytes-in-urine', 12000, null, '/mL', 'até 10.000', 'high'],
    ]);
  });

  it('French: a urine heading, a dash and the examination\'s parts (seven words) opens the urine; a header of `Valeurs usuelles` keeps it', () => {
    expect(seen(lines("EXAMEN D'URINE - BANDELETTE ET CYTOLOGIE QUANTITATIVE",
      '                         Résultat        Valeurs usuelles',
      'Aspect                   Trouble         Clair',
      'Cytologie quantitative',
      'Leucocytes               6 /mm3          < 10',
      'Hématies                 30 /mm3         < 10'))).toEqual([
      ['urine-appearance', null, 'Trouble', null, 'Clair', 'abnormal'],
      ['leukocytes-in-urine', 6, null, '/uL', '< 10', 'normal'],
      ['erythrocytes-in-urine', 30, null, '/uL', '< 10', 'high'],
    ]);
  });

  it('Italian: a header of results and reference values keeps the urine; its aspect and the sediment\'s grade are read', () => {
    expect(seen(lines('ESAME URINE COMPLETO',
      '                       RISULTATO          VALORI DI RIFERIMENTO',
      'Aspetto                opalescente        limpido',
      'Sedimento urinario',
      'Emazie                 rare'))).toEqual([
      ['urine-appearance', null, 'opalescente', null, 'limpido', 'abnormal'],
      ['erythrocytes-in-urine', null, 'rare', null, null, null],
    ]);
  });

  it('negative: a blood count after the urine (Hemograma, Hémogramme, Blutbild) stays the blood\'s', () => {
    expect(keys(lines('EAS - ELEMENTOS ANORMAIS E SEDIMENTOSCOPIA', 'EXAME FÍSICO        Valores de referência',
      'Leucócitos.......: 4.000 /mL                 até 10.000 /mL', 'HEMOGRAMA', 'Leucócitos   6.500 /mm3   4.000 a 11.000')))
      .toEqual(['leukocytes-in-urine', 'white-blood-cell-count']);
    expect(keys(lines("EXAMEN D'URINE - BANDELETTE ET CYTOLOGIE QUANTITATIVE", 'Résultat     Valeurs usuelles', 'Leucocytes   6 /mm3   < 10',
      'Hémogramme', 'Leucocytes   6,2   G/L   4,0 - 10,0'))).toEqual(['leukocytes-in-urine', 'white-blood-cell-count']);
    expect(keys(lines('Urinstatus', 'Parameter   Ergebnis   Referenz', 'Erythrozyten   12 /µl   < 25', 'Blutbild',
      'Erythrozyten   4,6   /pl   4,2 - 5,4'))).toEqual(['erythrocytes-in-urine', 'red-blood-cell-count']);
  });

  it('negative: a column header under a blood heading keeps it blood; a long heading whose tail is no examination part is no urine section', () => {
    expect(keys(lines('HEMOGRAMA', 'Exame          Resultado      Valores de referência', 'Leucócitos   6.500 /mm3   4.000 a 11.000')))
      .toEqual(['white-blood-cell-count']);
    expect(keys(lines("EXAMEN D'URINE - RESULTATS DU LABORATOIRE CENTRAL DE LA VILLE", 'Leucocytes   6,2   G/L   4,0 - 10,0')))
      .toEqual(['white-blood-cell-count']);
  });
});

describe('fixu: a urine\'s colour or aspect in words against the words of its range', () => {
  it('after a colon or under a header\'s columns, a clouded aspect against a clear reference is abnormal, in each language', () => {
    expect(seen(lines('EAS', 'Aspecto...................: Ligeiramente turvo          Límpido'))).toEqual([
      ['urine-appearance', null, 'Ligeiramente turvo', null, 'Límpido', 'abnormal'],
    ]);
    expect(seen(lines('Urinstatus', 'Parameter          Ergebnis          Referenz', 'Klarheit           trüb              klar'))).toEqual([
      ['urine-clarity', null, 'trüb', null, 'klar', 'abnormal'],
    ]);
  });

  it('a dark colour against a plain or light one is abnormal; a light shade against the plain colour normal', () => {
    expect(seen(lines('ECBU', 'Couleur          Jaune foncé       Jaune', 'Couleur          Jaune pâle        Jaune'))).toEqual([
      ['urine-color', null, 'Jaune foncé', null, 'Jaune', 'abnormal'],
      ['urine-color', null, 'Jaune pâle', null, 'Jaune', 'normal'],
    ]);
  });

  it('the same word after a colon or under a header is normal ((sameanswer): no flag before, the evaluation keys\' convention); a numeric row is no answer in words', () => {
    expect(seen(lines('Urinstatus', 'Parameter          Ergebnis          Referenz', 'Farbe              gelb              gelb'))).toEqual([
      ['urine-color', null, 'gelb', null, 'gelb', 'normal'],
    ]);
    expect(seen(lines('EAS', 'Aspecto....: Límpido     Límpido', 'Densidade....: 1.018     1.005 a 1.030'))).toEqual([
      ['urine-appearance', null, 'Límpido', null, 'Límpido', 'normal'],
      ['specific-gravity-urine', 1.018, null, '{ratio}', '1.005 a 1.030', 'normal'],
    ]);
    // (A clear answer against a clouded reference, or another colour, says nothing: no flag.)
    expect(seen(lines('Urinstatus', 'Parameter   Ergebnis   Referenz', 'Klarheit   klar   trüb', 'Farbe   rot   gelb')).map((r) => r[5])).toEqual([null, null]);
  });
});

describe('fixu: the strip named in a urine heading', () => {
  it('`Leukozyten  ++` under `Urinstatus (…, Teststreifen)` is the esterase pad; a count there stays the cells', () => {
    expect(keys(lines('Urinstatus (Mittelstrahlurin, Teststreifen)', 'Leukozyten   ++   negativ', 'Leukozyten   12 /µl   < 25')))
      .toEqual(['leukocyte-esterase-urine', 'leukocytes-in-urine']);
    expect(keys(lines('Urinstatus (Teststreifen)', 'Leukozyten (Esterase)   ++   negativ'))).toEqual(['leukocyte-esterase-urine']);
  });

  it('negative: without the strip in the heading the graded leukocytes stay as before', () => {
    expect(keys(lines('Urinstatus', 'Leukozyten   ++   negativ'))).toEqual(['leukocytes-in-urine']);
  });
});

describe('fixu: the ESR in millimetres under its short names', () => {
  it('`VS (1h)  12  mm`, `VSG 1ª hora  28  mm` are the ESR in mm/h', () => {
    expect(codedWithRangeText(lines('HÉMATOLOGIE', 'VS (1h)          12          mm           < 20', 'VSG 1ª hora      28          mm           < 20      (acima)')))
      .toEqual([
        ['erythrocyte-sedimentation-rate', 12, 'mm/h', '< 20', null, 20, 'normal'],
        ['erythrocyte-sedimentation-rate', 28, 'mm/h', '< 20', null, 20, 'high'],
      ]);
  });

  it('negative: millimetres under another name or under a short name alone (labs56), or `VS` in another unit, are no result', () => {
    expect(keys(lines('Nodule size   12   mm', 'VS   3   cm', 'VS   12   mm', 'VSG   28   mm'))).toEqual([]);
  });
});

describe('fixu: a status of normal values before a bracketed range; a range\'s unit read otherwise', () => {
  it('`- Dans les valeurs normales (0,70 - 1,10 g/L)` under a heading\'s value is its range', () => {
    expect(codedWithRangeText(lines('### Glycémie à jeun : 0,98 g/L', '- Dans les valeurs normales (0,70 - 1,10 g/L)')))
      .toEqual([['glucose', 0.98, 'g/L', '0,70 - 1,10 g/L', 0.7, 1.1, 'normal']]);
  });

  it('`150 - 400 G/L` beside a count read in 10*9/L is `150 - 400`; a unit read as printed stays in the range', () => {
    expect(codedWithRangeText(lines('- **Plaquettes :** 310 G/L (Dans la norme : 150 - 400 G/L)', '- **Hémoglobine :** 12,9 g/dL (Dans la norme : 12,0 - 16,0 g/dL)')))
      .toEqual([
        ['platelet-count', 310, '10*9/L', '150 - 400', 150, 400, 'normal'],
        ['hemoglobin', 12.9, 'g/dL', '12,0 - 16,0 g/dL', 12, 16, 'normal'],
      ]);
  });

  it('negative: tiers that each print the unit keep it', () => {
    expect(codedWithRangeText(lines('HEMOSSEDIMENTACAO - VHS', '                                     Valores de Referência',
      'Resultado...........:         12 mm               Mulher: até 15 mm', '                                                  Homem: até 7 mm')))
      .toEqual([['erythrocyte-sedimentation-rate', 12, 'mm/h', 'Mulher: até 15 mm Homem: até 7 mm', null, null, null]]);
  });
});
