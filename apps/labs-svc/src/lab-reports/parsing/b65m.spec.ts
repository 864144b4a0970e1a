import { coded, codedWithRangeText } from '../../testing/reader.js';
import { isStatusWords, normalizeFlag } from './flags.js';
import { isUnitToken } from './tokens.js';

/*
 * (b65m) What issue 9's labs reader still misread, as general rules: a range-side word of another language in brackets
 * after a range (`(oberhalb)`, `(unterhalb)`, `(acima)`, `(abaixo)`, `(sopra)`, `(sotto)`, `(encima)`, `(debajo)`, as
 * English `(above)`, `(below)`) is the row's flag, not the range's text, and a one-sided range before it keeps its bound;
 * a urine section's protein under its German, Portuguese or Italian name; the ESR's short name with its method or its
 * hour in brackets; a bracketed word of accented letters after the unit (`(nüchtern)`) is no unit. Every expected row is
 * written from the made-up lines here.
 */

const lines = (...l: string[]) => l.join('\n');

describe('b65m: a range-side word of another language in brackets after a range', () => {
  it('normalizeFlag reads the words alone, as it reads `above` and `below`', () => {
    expect(['oberhalb', 'acima', 'sopra', 'encima', 'above'].map(normalizeFlag)).toEqual(Array(5).fill('high'));
    expect(['unterhalb', 'abaixo', 'sotto', 'debajo', 'below'].map(normalizeFlag)).toEqual(Array(5).fill('low'));
  });

  it.each([
    ['Cholesterin 230 mg/dl < 200 (oberhalb)', ['total-cholesterol', 230, 'mg/dL', '< 200', null, 200, 'high']],
    ['Colesterolo 250 mg/dL < 200 (sopra)', ['total-cholesterol', 250, 'mg/dL', '< 200', null, 200, 'high']],
    ['Ferritin 12 ng/ml 30 - 400 (unterhalb)', ['ferritin', 12, 'ng/mL', '30 - 400', 30, 400, 'low']],
    ['Glicose 130 mg/dL 70 - 99 (acima)', ['glucose', 130, 'mg/dL', '70 - 99', 70, 99, 'high']],
    ['Glicose 60 mg/dL 70 - 99 (abaixo)', ['glucose', 60, 'mg/dL', '70 - 99', 70, 99, 'low']],
    ['Ferritina 12 ng/mL 30 - 400 (sotto)', ['ferritin', 12, 'ng/mL', '30 - 400', 30, 400, 'low']],
    ['Glucosa 130 mg/dL 70 - 99 (encima)', ['glucose', 130, 'mg/dL', '70 - 99', 70, 99, 'high']],
    ['Glucosa 60 mg/dL 70 - 99 (debajo)', ['glucose', 60, 'mg/dL', '70 - 99', 70, 99, 'low']],
    ['TSH 0.1 mU/L 0.4 - 4.0 (below)', ['thyroid-stimulating-hormone', 0.1, 'mU/L', '0.4 - 4.0', 0.4, 4, 'low']],
  ])('the row\'s flag, not the range\'s text: %s', (line, row) => {
    expect(codedWithRangeText(line)).toEqual([row]);
  });

  it('a one-sided range keeps its bound before the word, English as well (`> 15 (below)`)', () => {
    const [row] = codedWithRangeText('Ferritin 10 ng/mL > 15 (below)');
    expect(row?.[3]).toBe('> 15');
    expect(row?.[4]).toBe(15);
    expect(row?.[6]).toBe('low');
  });

  it('a word that says another side than the printed range gives way to it, as a phrase does', () => {
    expect(codedWithRangeText('Ferritin 120 ng/ml 30 - 400 (unterhalb)')).toEqual([['ferritin', 120, 'ng/mL', '30 - 400', 30, 400, 'normal']]);
    expect(codedWithRangeText('Cholesterin 180 mg/dl < 200 (oberhalb)')).toEqual([['total-cholesterol', 180, 'mg/dL', '< 200', null, 200, 'normal']]);
  });

  it('guards: a bracket word that is no flag after a range stays as it was (a note, a condition, a tier)', () => {
    expect(codedWithRangeText('Ferritin 120 ng/ml 30 - 400 (Erwachsene)')).toEqual([['ferritin', 120, 'ng/mL', '30 - 400 (Erwachsene)', null, null, null]]);
    expect(codedWithRangeText('Ferritin 120 ng/ml 30 - 400 (morgens)')).toEqual([['ferritin', 120, 'ng/mL', '30 - 400 (morgens)', 30, 400, 'normal']]);
    expect(codedWithRangeText('Cholesterin 230 mg/dl < 200 (nüchtern)')).toEqual([['total-cholesterol', 230, 'mg/dL', '< 200 (nüchtern)', null, null, null]]);
    expect(codedWithRangeText('Cholesterol 230 mg/dL >= 240 (high)')).toEqual([['total-cholesterol', 230, 'mg/dL', '>= 240 (high)', null, null, null]]);
    expect(codedWithRangeText('Cholesterol 180 mg/dL < 200 (desirable)')).toEqual([['total-cholesterol', 180, 'mg/dL', '< 200', null, 200, 'normal']]);
  });

  it('guards: the words alone in a cell are no status (a bound\'s word before a number as often), as `above`/`below`', () => {
    expect(['Oberhalb', 'acima', 'Sotto', 'debajo', 'Above'].map(isStatusWords)).toEqual(Array(5).fill(false));
    expect(coded('Glicose 130 mg/dL acima de 99')).not.toEqual([['glucose', 130, 'mg/dL', null, null, 'high']]);
  });
});

describe('b65m: a bracketed word of accented letters after the unit is no unit', () => {
  it('`(nüchtern)` is no unit token; a unit in brackets still is', () => {
    expect(['(nüchtern)', '(jejum)', '(à', '(Fasting)'].map(isUnitToken)).toEqual([false, false, false, false]);
    expect(['(µmol/L)', '(mmol/mol)', '(mg/dL)'].map(isUnitToken)).toEqual([true, true, true]);
  });

  it.each([
    'Glukose: 90 mg/dL (nüchtern)',
    'Glukose 90 mg/dL (nüchtern)',
    'Glicose: 90 mg/dL (jejum)',
    'Glucose : 90 mg/dL (à jeun)',
  ])('the row reads with its unit: %s', (line) => {
    expect(coded(line)).toEqual([['glucose', 90, 'mg/dL', null, null, null]]);
  });

  it('the word between the value and the range is no unit either; the range read', () => {
    expect(coded('Glukose 5.2 (nüchtern) 3.0-6.0')).toEqual([['glucose', 5.2, null, 3, 6, 'normal']]);
  });

  it('guards: a unit in brackets after the value stays the unit', () => {
    expect(coded('Kreatinin 80 (µmol/L) 60-110')).toEqual([['creatinine', 80, 'umol/L', 60, 110, 'normal']]);
  });
});

describe('b65m: the ESR\'s short name with its hour or method in brackets', () => {
  it.each([
    'VSG (1ª hora) 25 mm/h 0 - 15',
    'VSG (1h) 25 mm/h 0 - 15',
    'BSG (1. Stunde) 25 mm/h 0 - 15',
    'BSG (Westergren) 25 mm/h 0 - 15',
    'BSR (1 h) 25 mm/h 0 - 15',
    'VHS (1a hora) 25 mm/h 0 - 15',
  ])('the ESR: %s', (line) => {
    expect(coded(line)).toEqual([['erythrocyte-sedimentation-rate', 25, 'mm/h', 0, 15, 'high']]);
  });

  it('guards: the short name without an ESR\'s unit stays unknown; another name keeps its qualifier', () => {
    expect(coded('VES (1h) 3 /min').map((r) => r[0])).toEqual(['?VES (1h)']);
    expect(coded('BSG (Westergren) 25').map((r) => r[0])).not.toContain('erythrocyte-sedimentation-rate');
    expect(coded('OB (Westergren) 25 ng/mL').map((r) => r[0])).not.toContain('erythrocyte-sedimentation-rate');
  });
});

describe('b65m: a urine section\'s protein under its name in other languages', () => {
  it.each([
    [lines('URIN', 'Eiweiß 30 mg/dl'), 'proteins-in-urine'],
    [lines('Urina', 'Proteínas 30 mg/dL'), 'proteins-in-urine'],
    [lines('Urine', 'Proteine 30 mg/dL'), 'proteins-in-urine'],
    [lines('URIN', 'Eiweiß negativ'), 'protein-urine-presence'],
    [lines('Urina', 'Proteínas negativo'), 'protein-urine-presence'],
  ])('%s → %s', (text, key) => {
    expect(coded(text).map((r) => r[0])).toEqual([key]);
  });

  it('guards: in blood they stay the total protein; English under a urine heading as before', () => {
    expect(coded('Gesamteiweiß 7.0 g/dl').map((r) => r[0])).toEqual(['total-protein']);
    expect(coded('Eiweiß 7.0 g/dl').map((r) => r[0])).toEqual(['total-protein']);
    expect(coded('Proteínas totales 7.0 g/dL').map((r) => r[0])).toEqual(['total-protein']);
    expect(coded(lines('Urine', 'Protein 30 mg/dL')).map((r) => r[0])).toEqual(['proteins-in-urine']);
    expect(coded(lines('Urine', 'Protein negative')).map((r) => r[0])).toEqual(['protein-urine-presence']);
    // (mend1) `Gesamteiweiß` prints its `total` (Gesamt-): under a urine heading it reads as English `Total Protein`
    // does, the total protein (mend1.spec, M8).
    expect(coded(lines('URIN', 'Gesamteiweiß 30 mg/dl')).map((r) => r[0])).toEqual(coded(lines('URIN', 'Total Protein 30 mg/dl')).map((r) => r[0]));
  });
});

describe('b65m: amylase in Spanish, Portuguese and Italian; ketone bodies and blood under a German urine heading', () => {
  it.each([
    ['Amilasa 80 U/L', 'amylase'],
    ['Amilase 80 U/L', 'amylase'],
    ['Amilasi 80 U/L', 'amylase'],
    [lines('URIN', 'Ketonkörper negativ'), 'ketones-in-urine'],
    [lines('URIN', 'Blut negativ'), 'hemoglobin-urine-presence'],
    [lines('Harn', 'Blut 1+'), 'hemoglobin-urine-presence'],
  ])('%s → %s', (text, key) => {
    expect(coded(text).map((r) => r[0])).toEqual([key]);
  });

  it('guards: `Blut` and `Ketonkörper` outside a urine section are no test of the catalog\'s', () => {
    expect(coded('Blut 5 mg/dL').map((r) => r[0])).not.toContain('hemoglobin-urine-presence');
    expect(coded('Ketonkörper 0.2 mmol/L').map((r) => r[0])).not.toContain('ketones-in-urine');
  });
});
