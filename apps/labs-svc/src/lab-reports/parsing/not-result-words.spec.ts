import { coded } from '../../testing/reader.js';
import { GROUPS, LIMIT_WORDS, NOT_RESULT_HOLDER, NOT_RESULT_WORD, NUTRITION_HOLDER, PRICE_WORD } from './not-result-words.js';

/*
 * (vocab) One vocabulary of the words that say a key or a label holds no results (not-result-words.ts): each word in
 * one group of its meaning, each rule the union of its groups. The rules read as they did when each had its own list;
 * the differences the lists had between them are kept, and pinned here. Made-up data; the expected rows are written
 * from it.
 */

const json = (v: unknown) => JSON.stringify(v, null, 2);
const lines = (...l: string[]) => l.join('\n');
const dump = { Glucose: '95 mg/dL (70-99)', Sodium: '140 mmol/L (135-145)' };
const dumpRows = [['glucose', 95, 'mg/dL', 70, 99, 'normal'], ['sodium', 140, 'mmol/L', 135, 145, 'normal']];
const estudios = [
  { estudio: 'Glucosa', resultado: '92', unidad: 'mg/dL', rango: '70 - 100' },
  { estudio: 'Creatinina', resultado: '1.4', unidad: 'mg/dL', rango: '0.6 - 1.2' },
  { estudio: 'Colesterol total', resultado: '186', unidad: 'mg/dL', rango: '0 - 200' },
];
const estudiosRows = [
  ['glucose', 92, 'mg/dL', 70, 100, 'normal'],
  ['creatinine', 1.4, 'mg/dL', 0.6, 1.2, 'high'],
  ['total-cholesterol', 186, 'mg/dL', 0, 200, 'normal'],
];

describe('vocab: one vocabulary of the words of no results', () => {
  it('each word stands in one group only', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [group, words] of Object.entries(GROUPS)) {
      for (const w of words) {
        if (seen.has(w)) twice.push(`${w}: ${seen.get(w)} and ${group}`);
        seen.set(w, group);
      }
    }
    expect(twice).toEqual([]);
  });

  it('the differences between the rules are kept: prices, targets in other languages, a price list\'s holder', () => {
    // A price's plurals and other languages are PRICE_WORD's only; `price` and `cost` are NOT_RESULT_WORD's too.
    expect(['price', 'cost', 'prices', 'precio', 'usd'].map((w) => [PRICE_WORD.test(w), NOT_RESULT_WORD.test(w)]))
      .toEqual([[true, true], [true, true], [true, false], [true, false], [true, false]]);
    // `tarifas` holds a price list (NOT_RESULT_HOLDER); as a record's key it is no price word (PRICE_WORD has `tarifa`).
    expect([NOT_RESULT_HOLDER.test('tarifas'), PRICE_WORD.test('tarifas'), PRICE_WORD.test('tarifa')]).toEqual([true, false, true]);
    // Targets in other languages are a key's word (NOT_RESULT_WORD), not LIMIT_WORDS's.
    expect([NOT_RESULT_WORD.test('objetivo'), LIMIT_WORDS.test('objetivo'), NOT_RESULT_WORD.test('targets'), LIMIT_WORDS.test('glucose target')])
      .toEqual([true, false, true, true]);
    // Intake and supplements hold a nutrition label's amounts as its own words do.
    expect(['supplements', 'intake', 'food', 'nutrition'].map((w) => NUTRITION_HOLDER.test(w))).toEqual([true, true, true, true]);
  });

  it('a dictionary of results by name reads under `results`, nothing under supplements, intake or a meal plan', () => {
    expect(coded(json({ results: dump }))).toEqual(dumpRows);
    expect(coded(json({ supplements: dump }))).toEqual([]);
    expect(coded(json({ dailyIntake: dump }))).toEqual([]);
    expect(coded(json({ mealPlan: dump }))).toEqual([]);
  });

  it('a dictionary\'s key with a limit\'s side, a warning or an alert is no test\'s name', () => {
    expect(coded(json({ glucoseUpper: '140 mg/dL (70-99)', sodiumUpper: '145 mmol/L (135-145)' }))).toEqual([]);
    expect(coded(json({ glucoseWarning: '140 mg/dL (70-99)', sodiumWarning: '145 mmol/L (135-145)' }))).toEqual([]);
    expect(coded(json({ glucoseAlarm: '140 mg/dL (70-99)', sodiumAlarm: '145 mmol/L (135-145)' }))).toEqual([]);
  });

  it('a list read by its shape reads under `estudios`, nothing under a price list, a catalogue, a chart or calibration', () => {
    expect(coded(json({ estudios }))).toEqual(estudiosRows);
    expect(coded(json({ tarifas: estudios }))).toEqual([]);
    expect(coded(json({ catalogo: estudios }))).toEqual([]);
    expect(coded(json({ grafico: estudios }))).toEqual([]);
    expect(coded(json({ calibracion: estudios }))).toEqual([]);
    expect(coded(json({ percentiles: estudios }))).toEqual([]);
  });

  it('a sentence of targets or of supplements gives no results; a threshold\'s label none either', () => {
    expect(coded(lines('Targets: LDL 70 mg/dL, HbA1c 6.5 %'))).toEqual([]);
    expect(coded(lines('Supplements: vitamin D 2000 IU, iron 65 mg daily'))).toEqual([]);
    // The threshold's line keeps no test (its whole text may stand as an unknown name, `?…`).
    for (const line of ['Transfusion threshold: hemoglobin at 7 g/dL.', 'Transfusion trigger: hemoglobin at 7 g/dL.', 'Cut-off: ferritin at 30 ng/mL.']) {
      expect([line, coded(line).filter((r) => !String(r[0]).startsWith('?'))]).toEqual([line, []]);
    }
    expect(coded('Hemoglobin at 7 g/dL.').map((r) => r[0])).toEqual(['hemoglobin']);
  });
});
