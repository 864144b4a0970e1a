import { resultsOf } from '../../testing/reader.js';

/*
 * (cyrurine) A urinalysis printed in Russian or Ukrainian (`Общий анализ мочи`, `Загальний аналіз сечі`): its rows are the
 * urine's tests under their local names (catalog.ts CYRILLIC_URINE_NAMES), read only in a urine section, and its sediment
 * counted `в п/з` (in the field of view) per high-power field. Before, a Cyrillic name under a urine heading was kept
 * unknown (`?Глюкоза`) or, where the heading was taken as the name above the first row, the row read nothing and the
 * rows after it were read as the blood's (`Глюкоза  Negative` a serum glucose) — the stop-61 review's finding.
 */
const read = (text: string) => resultsOf(text).map((r) => [r.biomarker?.key ?? `?${r.name}`, r.value ?? r.valueText ?? null, r.unit, r.flag]);
const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('cyrurine: a urinalysis in Russian or Ukrainian', () => {
  it('reads a Russian urinalysis, then a blood count after it as the blood\'s', () => {
    expect(read(lines(
      'ОБЩИЙ АНАЛИЗ МОЧИ',
      'Показатель              Результат      Ед.изм.     Референсные значения',
      'Удельный вес            1.018                      1.010-1.025',
      'Белок                   0.15           г/л         <0.14',
      'Глюкоза                 отрицательно               отрицательно',
      'Нитриты                 отрицательно               отрицательно',
      'Лейкоциты               3              в п/з       0-5',
      'Эритроциты              1              в п/з       0-2',
      'ОБЩИЙ АНАЛИЗ КРОВИ',
      'Лейкоциты               6.2            10^9/л      4.0-9.0',
      'Глюкоза                 5.1            ммоль/л     3.9-6.1',
    ))).toEqual([
      ['specific-gravity-urine', 1.018, '{ratio}', 'normal'],
      ['proteins-in-urine', 0.15, 'g/L', 'high'],
      ['glucose-in-urine', 'отрицательно', null, 'normal'],
      ['nitrite-in-urine', 'отрицательно', null, 'normal'],
      ['leukocytes-in-urine', 3, '/[HPF]', 'normal'],
      ['erythrocytes-in-urine', 1, '/[HPF]', 'normal'],
      ['white-blood-cell-count', 6.2, '10*9/L', 'normal'],
      ['glucose', 5.1, 'mmol/L', 'normal'],
    ]);
  });

  it('the heading is no name of the first row: the section holds, and the strip\'s answers are the urine\'s', () => {
    expect(read(lines('Общий анализ мочи', 'Белок  Negative  Negative', 'Глюкоза  Negative  Negative', 'Удельный вес  1.020  1.005-1.030'))).toEqual([
      ['protein-urine-presence', 'Negative', null, 'normal'],
      ['glucose-in-urine', 'Negative', null, 'normal'],
      ['specific-gravity-urine', 1.02, '{ratio}', 'normal'],
    ]);
  });

  it('reads a Ukrainian urinalysis', () => {
    expect(read(lines('ЗАГАЛЬНИЙ АНАЛІЗ СЕЧІ', 'Питома вага       1.021         1.010-1.025', 'Білок             не виявлено   г/л       <0.14', 'Глюкоза           не виявлено   ммоль/л   <0.8'))).toEqual([
      ['specific-gravity-urine', 1.021, '{ratio}', 'normal'],
      ['protein-urine-presence', 'не виявлено', 'g/L', null],
      ['glucose-in-urine', 'не виявлено', 'mmol/L', null],
    ]);
  });

  it('reads a colour in Russian or Ukrainian as the urine\'s colour, and the rows after it (it had stopped them)', () => {
    expect(read(lines('ОБЩИЙ АНАЛИЗ МОЧИ', 'Цвет             желтый', 'Белок             0.15          г/л       <0.14'))).toEqual([
      ['urine-color', 'желтый', null, null],
      ['proteins-in-urine', 0.15, 'g/L', 'high'],
    ]);
    expect(read(lines('ЗАГАЛЬНИЙ АНАЛІЗ СЕЧІ', "Колір             солом'яно-жовтий", 'Білок             не виявлено   г/л       <0.14'))).toEqual([
      ['urine-color', "солом'яно-жовтий", null, null],
      ['protein-urine-presence', 'не виявлено', 'g/L', null],
    ]);
  });

  it.each([
    ['URINALYSIS', 'WBC         2             per hpf     0-5'],
    ['EXAMEN DE ORINA', 'Leucocitos         2             por campo     0-5'],
    ['ЗАГАЛЬНИЙ АНАЛІЗ СЕЧІ', 'Лейкоцити         2             в п/з     0-5'],
    ['ОБЩИЙ АНАЛИЗ МОЧИ', 'Лейкоциты         2             в п/зр     0-5'],
  ])('a count per field in words is one unit, with no column header (the row had been lost): %s', (heading, line) => {
    expect(read(lines(heading, line))).toEqual([['leukocytes-in-urine', 2, '/[HPF]', 'normal']]);
  });

  it.each([
    ['Анализ кала', 'Лейкоциты  2  в п/з'],
    ['Копрограмма', 'Консистенция  оформленный\nЛейкоциты  0-1  в п/з'],
    ['Мазок', 'Лейкоциты  10-15  в п/з'],
  ])('negative: a stool\'s or a smear\'s cells are neither the urine\'s nor the blood\'s (kept unknown): %s', (heading, rest) => {
    expect(read(lines(heading, rest)).map((r) => r[0])).toEqual(['?Лейкоциты']);
  });

  it('reads the clarity answered in Russian or Ukrainian, which had ended the urine section as a heading', () => {
    expect(read(lines('Загальний аналіз сечі', 'Прозорість  прозора', 'Лейкоцити  1-2  в п/з')).map((r) => r[0])).toEqual(['urine-clarity', 'leukocytes-in-urine']);
    expect(read(lines('Общий анализ мочи', 'Прозрачность  слабо мутная', 'Эритроциты  0-1  в п/з')).map((r) => r[0])).toEqual(['urine-clarity', 'erythrocytes-in-urine']);
  });

  it('negative: a stool test answered on its line is a row, no heading of the lines below', () => {
    expect(read(lines('Кал на скрытую кровь  отрицательно', 'Гемоглобин  135  г/л')).map((r) => r[0])).toEqual(['hemoglobin']);
  });

  it('negative: outside a urine section the names are the blood\'s or none', () => {
    expect(read(lines('БИОХИМИЯ КРОВИ', 'Глюкоза  5.1  ммоль/л  3.9-6.1', 'Белок  72  г/л  64-83', 'Удельный вес  1.020  1.005-1.030'))).toEqual([
      ['glucose', 5.1, 'mmol/L', 'normal'],
    ]);
  });
});
