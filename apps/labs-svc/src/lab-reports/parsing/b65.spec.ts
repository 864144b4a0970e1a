import { coded } from '../../testing/reader.js';
import { isStatusWords, normalizeFlag } from './flags.js';

/*
 * (b65) What batch 64's review left, as general rules: flag phrases in other languages in brackets after a value or a
 * range (`(Valor elevado)`, `(unterhalb Referenzbereich)`, `(erhöht)`, `(au-dessus)`); a status phrase in brackets
 * after a range (`(Out of range)`); a body fluid's heading the reader did not know (`Joint aspirate (knee)`, `Knee
 * aspirate`); a title whose only number is followed by a letter that is both a unit and a flag (`ABG on 2 L`). Every
 * expected row is written from the made-up lines here.
 */

const lines = (...l: string[]) => l.join('\n');
const flags = (text: string) => coded(text).map((r) => r[5]);

describe('b65: flag phrases in other languages', () => {
  it('normalizeFlag reads them (Spanish, German, French, Italian, Portuguese)', () => {
    expect(['Valor elevado', 'elevado', 'por encima', 'oberhalb Referenzbereich', 'erhöht', 'élevé', 'au-dessus', 'elevata'].map(normalizeFlag))
      .toEqual(Array(8).fill('high'));
    expect(['por debajo', 'unterhalb Referenzbereich', 'erniedrigt', 'bas', 'en dessous', 'basse'].map(normalizeFlag))
      .toEqual(Array(6).fill('low'));
  });

  it.each([
    ['Glucosa: 128 mg/dL (Valor elevado)', 'high'],
    ['Glucosa 128 mg/dL (elevado)', 'high'],
    ['Ferritina: 8 ng/mL (por debajo)', 'low'],
    ['Triglicéridos: 210 mg/dL (por encima)', 'high'],
    ['Kalium: 3.1 mmol/L (unterhalb Referenzbereich)', 'low'],
    ['Kalium: 5.9 mmol/L (oberhalb Referenzbereich)', 'high'],
    ['Kreatinin: 1.6 mg/dL (erhöht)', 'high'],
    ['Hämoglobin: 10.1 g/dL (erniedrigt)', 'low'],
    ['Glucose : 1.32 g/L (élevé)', 'high'],
    ['Potassium : 3.1 mmol/L (bas)', 'low'],
    ['Sodium : 150 mmol/L (au-dessus)', 'high'],
    ['Sodium : 128 mmol/L (en dessous)', 'low'],
    ['Glicose: 130 mg/dL (elevado)', 'high'],
  ])('in brackets after a value with its unit, the row\'s flag: %s → %s', (line, flag) => {
    expect(flags(line)).toEqual([flag]);
  });

  it('after a range: the flag, the range kept; a phrase that says another side than the range gives way to it', () => {
    expect(coded('Glucosa  128 mg/dL  70-99 (Valor elevado)')).toEqual([['glucose', 128, 'mg/dL', 70, 99, 'high']]);
    expect(coded('Glucosa  128 mg/dL  70-99 (elevado)')).toEqual([['glucose', 128, 'mg/dL', 70, 99, 'high']]);
    expect(coded('Kalium  3.1 mmol/L  3.5-5.1 (unterhalb Referenzbereich)')).toEqual([['potassium', 3.1, 'mmol/L', 3.5, 5.1, 'low']]);
    expect(coded('Kalium  4.1 mmol/L  3.5-5.1 (erhöht)')).toEqual([['potassium', 4.1, 'mmol/L', 3.5, 5.1, 'normal']]);
  });

  it.each([
    ['Colesterol total: 245 mg/dL (alto)', 'high'],
    ['Hemoglobina: 10.9 g/dL (bajo)', 'low'],
    ['Emoglobina: 10.5 g/dL (basso)', 'low'],
    ['Hemoglobina: 10.5 g/dL (baixo)', 'low'],
    ['Apolipoprotein B: 104 mg/dL (Above range)', 'high'],
  ])('guards: the words that already read stay as they were: %s → %s', (line, flag) => {
    expect(flags(line)).toEqual([flag]);
  });

  it('guards: bracketed dose and timing words are no flag; a dose row still reads nothing', () => {
    expect(flags('Glucose: 90 mg/dL (fasting)')).toEqual([null]);
    expect(coded('Vitamina D: 2000 UI (una vez al día)')).toEqual([]);
    expect(coded('Vitamine D : 1000 UI (le matin)')).toEqual([]);
    expect(coded('Magnesium: 400 mg (una vez al día)')).toEqual([]);
    expect(coded('Glukose  90 mg/dL  70-99 (nüchtern)').map((r) => r[5])).not.toContain('high');
    expect(coded('Glukose  90 mg/dL  70-99 (nüchtern)').map((r) => r[5])).not.toContain('low');
  });

  it('guard: `Bas` alone in a cell is no status (a basophils\' abbreviation as often)', () => {
    expect(isStatusWords('BAS')).toBe(false);
  });
});

describe('b65: a status phrase in brackets after a range', () => {
  it('`(Out of range)`: the side the value lies on; `(In range)` within it normal', () => {
    expect(coded('Sodium  128 mmol/L  135-145 (Out of range)')).toEqual([['sodium', 128, 'mmol/L', 135, 145, 'low']]);
    expect(coded(lines(
      'Test                 Result   Unit     Range       Status',
      'Sodium               128      mmol/L   135-145     (Out of range)',
      'Potassium            4.1      mmol/L   3.5-5.1     (In range)',
      'Glucose              182      mg/dL    70-99       (Out of range)',
    ))).toEqual([
      ['sodium', 128, 'mmol/L', 135, 145, 'low'],
      ['potassium', 4.1, 'mmol/L', 3.5, 5.1, 'normal'],
      ['glucose', 182, 'mg/dL', 70, 99, 'high'],
    ]);
  });

  it('guard: the same column without brackets, and a row with no range, as before', () => {
    expect(coded(lines(
      'Test                 Result   Unit     Range       Status',
      'Sodium               128      mmol/L   135-145     Out of range',
      'Ferritin             250      ng/mL                Out of range',
    ))).toEqual([
      ['sodium', 128, 'mmol/L', 135, 145, 'low'],
      ['ferritin', 250, 'ng/mL', null, null, 'abnormal'],
    ]);
  });
});

describe('b65: a body fluid\'s heading the reader did not know', () => {
  it('a joint or knee aspirate\'s cell count is the fluid\'s, not the blood\'s', () => {
    for (const heading of ['Joint aspirate (knee), cell count', 'Knee aspirate', 'Joint fluid analysis']) {
      expect(coded(lines(heading, 'WBC                  48000    /uL      0-200', 'Neutrophils          85       %        0-25')).map((r) => r[0]))
        .toEqual(['?WBC', '?Neutrophils']);
    }
  });

  it('guard: a synovial fluid\'s heading as before; a blood count after a blank line and a heading is blood\'s', () => {
    expect(coded(lines('Synovial fluid analysis', 'WBC                  48000    /uL      0-200')).map((r) => r[0])).toEqual(['?WBC']);
    expect(coded(lines('Synovial fluid', 'WBC  48000  /uL  0-200', '', 'Complete Blood Count', 'WBC  7.1  10^3/uL  4.0-11.0')).map((r) => r[0]))
      .toEqual(['?WBC', 'white-blood-cell-count']);
  });
});

describe('b65: a title whose only number is followed by a unit-or-flag letter', () => {
  it('`… on 2 L` reads no row; the blood gas under it does', () => {
    for (const title of ['Arterial blood gas on 2 L', 'ABG on 2 L', 'Venous blood gas, on 4 L', 'Blood gas (on 2 L)']) {
      expect(coded(lines(title, 'pH                   7.31              7.35-7.45')).map((r) => r[0])).toEqual(['ph-arterial']);
    }
  });

  it('guards: a known name or a printed range keeps the row (`Potassium 2 L`, a table\'s)', () => {
    expect(coded('Potassium 2 L')).toEqual([['potassium', 2, null, null, null, 'low']]);
    expect(coded(lines('Test        Result  Unit    Range', 'Potassium   2 L     mmol/L  3.5-5.1'))).toEqual([['potassium', 2, 'mmol/L', 3.5, 5.1, 'low']]);
    expect(coded('Arterial blood gas on 2 L oxygen, drawn 09:40')).toEqual([]);
  });

  it('guard: an unknown test\'s name with a flag letter and no range keeps its flag (`Inhibin B  210  H`); a lowercase time stays no row', () => {
    expect(coded('Inhibin B  210  H')).toEqual([['?Inhibin B', 210, null, null, null, 'high']]);
    expect(coded('Fasting 12 h')).toEqual([]);
  });
});
