import { catalog, coded } from '../../testing/reader.js';
import { codeRows } from './coding.js';
import { parseReferenceRange } from './reference-range.js';
import { parseTextReport } from './text-report.parser.js';
import { isTimeToken } from './tokens.js';
import { toUcum } from './units.js';

/*
 * (boundwords) One-sided ranges said in words in the report languages (tokens.ts BOUND_WORDS: `mayor de 40`, `menor que
 * 200`, `kleiner als 200`, `bis 5`, `tot 5`, `less than 200`) in a row's range place, in its parentheses or brackets,
 * after a range's label; a French, Portuguese or Spanish time (`08h10`) that is no value and unit; `mL/min/1.73m*2`.
 * Every expected row below is written from the printed lines (made up), not from the reader's output.
 */

const lines = (...l: string[]) => l.join('\n');
const HDL_LOW = ['hdl-cholesterol', 38, 'mg/dL', 40, null, 'low'];
const CHOL_HIGH = ['total-cholesterol', 230, 'mg/dL', null, 200, 'high'];

describe('boundwords: a one-sided range in words of the report\'s language', () => {
  it('is read from the range words as the comparison signs are', () => {
    // Spanish, Portuguese.
    expect(coded('HDL   38 mg/dL   mayor de 40')).toEqual([HDL_LOW]);
    expect(coded('Cholesterol   230 mg/dL   menor de 200')).toEqual([CHOL_HIGH]);
    expect(coded('HDL   38 mg/dL   mayor o igual a 40')).toEqual([HDL_LOW]);
    expect(coded('Cholesterol   230 mg/dL   menor o igual a 200')).toEqual([CHOL_HIGH]);
    expect(coded('HDL   38 mg/dL   maior que 40')).toEqual([HDL_LOW]);
    expect(coded('HDL   38 mg/dL   acima de 40')).toEqual([HDL_LOW]);
    expect(coded('Cholesterol   230 mg/dL   abaixo de 200')).toEqual([CHOL_HIGH]);
    expect(coded('HDL   38 mg/dL   maior ou igual a 40')).toEqual([HDL_LOW]);
    // French, Italian.
    expect(coded('Cholesterol   230 mg/dL   < à 200')).toEqual([CHOL_HIGH]);
    expect(coded("TSH   3.2 mUI/L   jusqu'à 3.0")).toEqual([['thyroid-stimulating-hormone', 3.2, 'm[IU]/L', null, 3, 'high']]);
    expect(coded('HDL   38 mg/dL   maggiore di 40')).toEqual([HDL_LOW]);
    expect(coded('Cholesterol   230 mg/dL   minore di 200')).toEqual([CHOL_HIGH]);
    expect(coded('TSH   3.2 mUI/L   fino a 3.0')).toEqual([['thyroid-stimulating-hormone', 3.2, 'm[IU]/L', null, 3, 'high']]);
    // German, Dutch.
    expect(coded('TSH   3.2 mU/l   bis 3.0')).toEqual([['thyroid-stimulating-hormone', 3.2, 'mU/L', null, 3, 'high']]);
    expect(coded('Cholesterol   230 mg/dL   unter 200')).toEqual([CHOL_HIGH]);
    expect(coded('HDL   38 mg/dL   über 40')).toEqual([HDL_LOW]);
    expect(coded('Cholesterol   230 mg/dL   kleiner als 200')).toEqual([CHOL_HIGH]);
    expect(coded('HDL   38 mg/dL   größer als 40')).toEqual([HDL_LOW]);
    expect(coded('TSH   3.2 mU/l   tot 3.0')).toEqual([['thyroid-stimulating-hormone', 3.2, 'mU/L', null, 3, 'high']]);
    expect(coded('Cholesterol   230 mg/dL   kleiner dan 200')).toEqual([CHOL_HIGH]);
    expect(coded('HDL   38 mg/dL   groter dan 40')).toEqual([HDL_LOW]);
    // English.
    expect(coded('Cholesterol   230 mg/dL   less than 200')).toEqual([CHOL_HIGH]);
    expect(coded('HDL   38 mg/dL   greater than 40')).toEqual([HDL_LOW]);
  });

  it('in parentheses, in brackets, after a range label and on a labelled line of its own', () => {
    expect(coded('HDL   38 mg/dL   (mayor de 40)')).toEqual([HDL_LOW]);
    expect(coded('Cholesterol   230 mg/dL   [menor de 200]')).toEqual([CHOL_HIGH]);
    expect(coded('TSH   3.2 mIU/L   (up to 3.0)')).toEqual([['thyroid-stimulating-hormone', 3.2, 'm[IU]/L', null, 3, 'high']]);
    expect(coded('Cholesterol   230 mg/dL   [below 200]')).toEqual([CHOL_HIGH]);
    expect(coded('Cholesterol   230 mg/dL   [inferior a 200]')).toEqual([CHOL_HIGH]);
    expect(coded('HDL   38 mg/dL   (kleiner als 40)')).toEqual([['hdl-cholesterol', 38, 'mg/dL', null, 40, 'normal']]);
    expect(coded('HDL   38 mg/dL   VR: mayor de 40 mg/dL')).toEqual([HDL_LOW]);
    expect(coded(lines('Cholesterol   230 mg/dL', 'Valores de referencia: menor de 200 mg/dL'))).toEqual([CHOL_HIGH]);
    expect(coded(lines('HDL   38 mg/dL', 'Valor de referência: maior que 40 mg/dL'))).toEqual([HDL_LOW]);
  });

  it('says whether its bound is included, as the signs do', () => {
    expect(parseReferenceRange('mayor de 40')).toEqual({ low: 40, lowInclusive: false, text: 'mayor de 40' });
    expect(parseReferenceRange('mayor o igual a 40')).toEqual({ low: 40, lowInclusive: true, text: 'mayor o igual a 40' });
    expect(parseReferenceRange('menor de 200')).toEqual({ high: 200, highInclusive: false, text: 'menor de 200' });
    expect(parseReferenceRange('bis 5')).toEqual({ high: 5, highInclusive: true, text: 'bis 5' });
    expect(parseReferenceRange('tot 5')).toEqual({ high: 5, highInclusive: true, text: 'tot 5' });
    expect(parseReferenceRange('größer als 40')).toEqual({ low: 40, lowInclusive: false, text: 'größer als 40' });
    expect(parseReferenceRange('less than or equal to 5')).toEqual({ high: 5, highInclusive: true, text: 'less than or equal to 5' });
    expect(parseReferenceRange('< à 200')).toEqual({ high: 200, highInclusive: false, text: '< à 200' });
  });

  it('leaves the same words where they are no range\'s: names, prose, tiers, intervals', () => {
    // `tot` (total) in a name, `Tot.` before it: the value and the interval as printed.
    expect(coded('Colesterolo tot 180 mg/dL < 200').map((r) => r.slice(1))).toEqual([[180, 'mg/dL', null, 200, 'normal']]);
    expect(coded('Tot. Bilirubin 0.8 mg/dL 0.2-1.2').map((r) => r.slice(1))).toEqual([[0.8, 'mg/dL', 0.2, 1.2, 'normal']]);
    expect(coded('Leukozyten tot 7.2 /nl 4.0-10.0').map((r) => r.slice(1))).toEqual([[7.2, '/nL', 4, 10, 'normal']]);
    // Sentences under a row.
    expect(coded(lines('Glucose 95 mg/dL 70 - 99', 'Bis 12 Stunden vor der Blutentnahme nüchtern bleiben.'))).toEqual([['glucose', 95, 'mg/dL', 70, 99, 'normal']]);
    expect(coded(lines('HDL 38 mg/dL > 40', 'Werte über 200 mg/dl gelten als erhöht.'))).toEqual([HDL_LOW]);
    expect(coded(lines('HDL 38 mg/dL > 40', 'Values above 40 mg/dL are protective.'))).toEqual([HDL_LOW]);
    // `bis` between two bounds is still `to`.
    expect(coded('TSH 2.1 mU/l 0.27 bis 4.2')).toEqual([['thyroid-stimulating-hormone', 2.1, 'mU/L', 0.27, 4.2, 'normal']]);
    // Tiers in words stay tiers: no bounds.
    expect(coded('Colesterol  230 mg/dL  Deseable: menor de 200  Límite: 200-239  Alto: mayor de 240').filter((r) => r[3] !== null || r[4] !== null)).toEqual([]);
  });
});

describe('boundwords: a time of day written with its `h`', () => {
  it('is no value and unit on a line of when the sample was taken', () => {
    expect(coded(lines('Prélevé le 12/03/2025 à 08h10', 'Glucose 0,95 g/L (0,70-1,10)'))).toEqual([['glucose', 0.95, 'g/L', 0.7, 1.1, 'normal']]);
    expect(coded(lines('Coleta: 12/03/2025 às 08h10', 'Glicose 92 mg/dL 70 a 99'))).toEqual([['glucose', 92, 'mg/dL', 70, 99, 'normal']]);
    expect(coded(lines('Fecha de toma 12/03/2025 14H32', 'Glucosa 92 mg/dL 70 - 99'))).toEqual([['glucose', 92, 'mg/dL', 70, 99, 'normal']]);
    expect(isTimeToken('08h10')).toBe(true);
    expect(isTimeToken('8h05')).toBe(true);
    // Hours past 23, minutes past 59: no time.
    expect(isTimeToken('24h')).toBe(false);
    expect(isTimeToken('25h10')).toBe(false);
    expect(isTimeToken('10h75')).toBe(false);
  });

  it('leaves a duration in a name as it was', () => {
    expect(coded('Cortisol 8h 450 nmol/L (170-540)').map((r) => r.slice(1))).toEqual([[450, 'nmol/L', 170, 540, 'normal']]);
  });
});

describe('boundwords: the body-surface unit with its power written with a star', () => {
  it('is the UCUM unit of the other spellings', () => {
    for (const u of ['mL/min/1.73m*2', 'mL/min/1.73 m*2', 'mL/min/1.73m**2', 'mL/min/1,73m²', 'ml/min/1.73 m2', 'mL/min/1.73m^2']) {
      expect(toUcum(u)).toBe('mL/min/{1.73_m2}');
    }
    expect(coded('eGFR  85  mL/min/1.73m*2  > 60')).toEqual([['egfr', 85, 'mL/min/{1.73_m2}', 60, null, 'normal']]);
  });
});

describe('boundwords: an emphasized value label names no test', () => {
  it('`**Result**: **18** Upto 5 mg/l` alone is no row named `Result` (as `Result: 18 Upto 5 mg/l` is none)', () => {
    expect(parseTextReport('**Result**: **18** Upto 5 mg/l', catalog.readerOptions).rows).toEqual([]);
    expect(parseTextReport('**Result**: **18** Up to 5 mg/l', catalog.readerOptions).rows).toEqual([]);
  });
});

describe('boundwords review: an age after a bound is a group of patients; CSF headings in other languages', () => {
  // Made-up lines from review 14 (expected readings written before either build ran).
  const coded = (text: string) => codeRows(parseTextReport(text, catalog.readerOptions).rows, catalog, '2026-01-01T00:00:00.000Z').results
    .map((c) => [c.biomarker?.key ?? `?${c.name}`, c.value, c.range.low ?? null, c.range.high ?? null, c.flag ?? null]);
  it('`über 18 Jahre`, `mayor de 50 años` give no bound and no flag', () => {
    expect(coded('Kreatinin 1,1 mg/dl\nReferenzbereich: über 18 Jahre')).toEqual([['creatinine', 1.1, null, null, null]]);
    for (const line of ['Ferritin 45 µg/l über 60 Jahre', 'PSA 3,2 ng/mL mayor de 50 años', 'Hemoglobina 11,5 g/dL mayor de 18 años', 'Kreatinin 1,1 mg/dl über 50 J.']) {
      expect(coded(line).filter((r) => r[4] === 'low' || r[4] === 'high')).toEqual([]);
    }
    expect(parseReferenceRange('above 18 years')).toEqual({ text: 'above 18 years' });
  });
  it('a glucose under a CSF heading in Spanish or German is no blood glucose', () => {
    for (const heading of ['LÍQUIDO CEFALORRAQUÍDEO', 'LCR', 'Liquor']) {
      expect(coded(`${heading}\nGlucosa 60 mg/dL mayor de 40`).map((r) => r[0])).not.toContain('glucose');
    }
  });
});
