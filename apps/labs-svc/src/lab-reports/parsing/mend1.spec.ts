import { coded, codedWithRangeText } from '../../testing/reader.js';

/*
 * (mend1) Three misfires review cr1 found in b65m and b66r: (M1) a range printed over its row is dropped only at a heading
 * that opens a section (a specimen's, a blood section's) or a Markdown heading naming no test, never at the row's own
 * name line; (M6) a bracketed word after the unit is tried with the name (`Calcium (ionisé)`): another analyte, that one;
 * a word about the sample or its timing, the name's; an analyte-changing word, never the base analyte; (M8) a printed
 * `total` is kept in a urine section (`Proteínas totales` reads as English `Total Protein` does). Every line is made up.
 */

const lines = (...l: string[]) => l.join('\n');

describe('mend1 (M1): a range printed over its row survives the row\'s own name line', () => {
  it('a bare name line between the range and the value', () => {
    expect(coded(lines('Normal range: 15 - 150 ng/mL', 'Ferritin', '120 ng/mL', '', 'Normal range: 135 - 145 mmol/L', 'Sodium', '131 mmol/L')))
      .toEqual([['ferritin', 120, 'ng/mL', 15, 150, 'normal'], ['sodium', 131, 'mmol/L', 135, 145, 'low']]);
  });

  it('a bold name line (a lab card)', () => {
    expect(coded(lines('Reference: 70 - 99 mg/dL', '**Glucose**', 'Your result: 92 mg/dL', '', 'Reference: 0.4 - 4.0 mIU/L', '**TSH**', 'Your result: 5.1 mIU/L')))
      .toEqual([['glucose', 92, 'mg/dL', 70, 99, 'normal'], ['thyroid-stimulating-hormone', 5.1, 'm[IU]/L', 0.4, 4, 'high']]);
  });

  it('a Markdown heading naming the test keeps it; one naming no test drops it (no range moves to the row above)', () => {
    expect(coded(lines('Range: 3.5 - 5.1 mmol/L', '## Potassium', 'Potassium 4.0 mmol/L', '', 'Range: 135 - 145 mmol/L', '## Electrolytes', 'Sodium 140 mmol/L')))
      .toEqual([['potassium', 4, 'mmol/L', 3.5, 5.1, 'normal'], ['sodium', 140, 'mmol/L', null, null, null]]);
    expect(coded(lines('## Lipid Panel', '', 'Normal range: < 200 mg/dL', '### Total Cholesterol', '185 mg/dL', '', 'Normal range: 40 - 60 mg/dL', '### HDL', '52 mg/dL'))[0])
      .toEqual(['total-cholesterol', 185, 'mg/dL', null, 200, 'normal']);
  });

  it('a Markdown heading that says nothing of what is examined (`#### Result`) keeps it', () => {
    expect(coded(lines('**Ferritin**', 'Reference range: 15 - 150 ng/mL', '#### Result', 'Ferritin 120 ng/mL')))
      .toEqual([['ferritin', 120, 'ng/mL', 15, 150, 'normal']]);
  });

  it('guards: a section heading (a specimen, a blood section) or a Markdown heading naming no test still drops it', () => {
    expect(coded(lines('## Other', '### Something unknown: "12"', 'Normal range: 0 - 99 mg/dL', '', '# PANEL', '### Glucose: "88"')))
      .toEqual([['glucose', 88, null, null, null, null]]);
    expect(coded(lines('Reference range: 70 - 99 mg/dL', 'GLUCOSE, FASTING                 92 mg/dL', '', 'Reference range: 0.6 - 1.2 mg/dL', 'RENAL FUNCTION', 'Creatinine                       0.9 mg/dL')))
      .toEqual([['glucose', 92, 'mg/dL', 70, 99, 'normal'], ['creatinine', 0.9, 'mg/dL', null, null, null]]);
    expect(coded(lines('Something unknown 12 mg/dL', 'Range: 0.6 - 1.2 mg/dL', 'URINE', 'Creatinine 0.9 mg/dL'))[1]!.slice(3, 5)).toEqual([null, null]);
  });
});

describe('mend1 (M6): a bracketed word after the unit, tried with the name', () => {
  it.each([
    ['Bilirubine 5 µmol/L (conjuguée)', 'direct-bilirubin'],
    ['Bilirrubina 0,2 mg/dL (indirecta)', 'indirect-bilirubin'],
    ['Bilirubin 0.2 mg/dL (direct)', 'direct-bilirubin'],
    ['Testosterona 12 pg/mL (libre)', 'testosterone-free'],
    ['Testosteron 12 pg/ml (frei)', 'testosterone-free'],
    ['Tiroxina 1,2 ng/dL (libre)', 'free-t4'],
    ['Magnésium 0,9 mmol/L (érythrocytaire)', 'magnesium-rbc'],
  ])('another analyte the name with the word names: %s → %s', (line, key) => {
    expect(coded(line).map((r) => r[0])).toEqual([key]);
  });

  it.each([
    'Calcium 1.20 mmol/L (ionized)',
    'Calcium 1.20 mmol/L (ionisé)',
    'Calcio 1.20 mmol/L (iónico)',
    'Cálcio 1,20 mmol/L (iônico)',
    'Kalzium 1,20 mmol/l (ionisiert)',
    'Cortisol 12 µg/dL (urinaire)',
    'Cortisol 12 µg/dL (urinário)',
    'Créatinine 9 mmol/L (urinaire)',
    'Protéines 0,3 g/L (urinaires)',
    'Thyroxine 1,2 ng/dL (libérée)',
  ])('an analyte-changing word: never the base analyte (unknown or no row): %s', (line) => {
    const keys = coded(line).map((r) => r[0] as string);
    expect(keys.every((k) => k.startsWith('?'))).toBe(true);
  });

  it.each([
    ['Glukose: 90 mg/dL (nüchtern)', 'glucose'],
    ['Glukose 90 mg/dl (nüchtern)', 'glucose'],
    ['Glucose 90 mg/dL (fasting)', 'glucose'],
    ['Glicose 90 mg/dL (jejum)', 'glucose'],
    ['Glucose 5,1 mmol/L (à jeun)', 'glucose'],
    ['Glucosa 90 mg/dL (en ayunas)', 'glucose'],
    ['Cortisol 12 µg/dL (morning)', 'cortisol'],
    ['Cortisol 12 µg/dL (morgens)', 'cortisol'],
    ['Cortisol 12 µg/dL (AM)', 'cortisol'],
    ['Hämoglobin 14 g/dl (venös)', 'hemoglobin'],
  ])('guards: a word about the sample or its timing keeps the name: %s → %s', (line, key) => {
    expect(coded(line).map((r) => r[0])).toEqual([key]);
  });

  it('guards: a flag or a range note in brackets reads as before', () => {
    expect(coded('Glucose 5.2 (Fasting) 3.0-6.0')).toEqual([['glucose', 5.2, null, 3, 6, 'normal']]);
    expect(coded('LDL Cholesterol 90 mg/dL (Optimal)').map((r) => r[0])).toEqual(['ldl-cholesterol']);
    expect(codedWithRangeText('Cholesterin 230 mg/dl < 200 (oberhalb)')).toEqual([['total-cholesterol', 230, 'mg/dL', '< 200', null, 200, 'high']]);
  });
});

describe('mend1 (M8): a printed `total` is kept in a urine section', () => {
  it('`Proteínas totales` under a urine heading reads as English `Total Protein` does', () => {
    const text = (name: string) => lines('URINALYSIS', 'Proteínas        Negativo', `${name}  7.0 g/dL   6.4 - 8.3`);
    expect(coded(text('Proteínas totales')).map((r) => r[0])).toEqual(coded(text('Total Protein')).map((r) => r[0]));
    expect(coded(text('Proteínas totales'))[1]![0]).toBe('total-protein');
    expect(coded(lines('URIN', 'Gesamteiweiß 7,1 g/dl')).map((r) => r[0])).toEqual(['total-protein']);
  });

  it('guards: a name without `total` still reaches the urine\'s protein', () => {
    expect(coded(lines('URIN', 'Eiweiß 30 mg/dl')).map((r) => r[0])).toEqual(['proteins-in-urine']);
    expect(coded(lines('Urina', 'Proteínas 30 mg/dL')).map((r) => r[0])).toEqual(['proteins-in-urine']);
    expect(coded(lines('Urina', 'Proteínas negativo')).map((r) => r[0])).toEqual(['protein-urine-presence']);
    expect(coded('Proteínas totales 7.0 g/dL').map((r) => r[0])).toEqual(['total-protein']);
  });
});
