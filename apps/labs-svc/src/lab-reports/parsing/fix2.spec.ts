import { coded, resultsOf } from '../../testing/reader.js';

// (fix2) Two kinds of printed reports probe sets showed misread: a one-bound range in square brackets in a table's
// range cell (kept with its brackets, where a text line drops them), and a serology's answer in Portuguese, Spanish,
// Italian or French words for (non-)reactive.
describe('fix2: one-bound bracketed range cells, Romance (non-)reactive answers', () => {
  it('reads a one-bound range cell in square brackets as the range, without the brackets (fixed-width table)', () => {
    const text = [
      'PRUEBA               RESULTADO   UNIDAD     RANGO',
      'Trigliceridos        171         mg/dL      [<160]',
      'Colesterol LDL       94          mg/dL      [< 110]',
      'Colesterol HDL       52          mg/dL      [>45]',
      'Acido urico          5.1         mg/dL      [3.4 - 7.0]',
    ].join('\n');
    expect(resultsOf(text).map((r) => [r.biomarker?.key, r.value, r.range.low ?? null, r.range.high ?? null, r.range.text, r.flag])).toEqual([
      ['triglycerides', 171, null, 160, '<160', 'high'],
      ['ldl-cholesterol', 94, null, 110, '< 110', 'normal'],
      ['hdl-cholesterol', 52, 45, null, '>45', 'normal'],
      ['uric-acid', 5.1, 3.4, 7, '3.4 - 7.0', 'normal'],
    ]);
  });

  it('reads a one-bound range cell in square brackets without them in a markdown table', () => {
    const text = '| Test | Result | Unit | Range |\n|---|---|---|---|\n| Ferritin | 41 | ng/mL | [>20] |\n| Bilirubin, total | 0.6 | mg/dL | [<=1.1] |';
    expect(resultsOf(text).map((r) => [r.biomarker?.key, r.range.text])).toEqual([
      ['ferritin', '>20'],
      ['total-bilirubin', '<=1.1'],
    ]);
  });

  it('keeps the brackets of a one-bound cell where the report prints its ranges in two-dot notation', () => {
    const text = '|Test|Result|Unit|Range|\n|---|---|---|---|\n|Natrium|139|mmol/l|[136..145]|\n|CRP|7|mg/l|[<5]|';
    expect(resultsOf(text).map((r) => r.range.text)).toEqual(['[136..145]', '[<5]']);
  });

  it('reads Portuguese, Spanish, Italian and French words for (non-)reactive as a serology\'s answer', () => {
    const text = [
      'SOROLOGIA',
      'Anti-HIV 1/2              Nao reagente',
      'Anti-HCV                  No reactivo',
      'HBsAg                     Non reattivo',
      'VDRL                      Reagente',
    ].join('\n');
    expect(resultsOf(text).map((r) => [r.biomarker?.key ?? r.name, r.valueText])).toEqual([
      ['hiv-1-antibody', 'Nao reagente'],
      ['hepatitis-c-antibody', 'No reactivo'],
      ['hepatitis-b-surface-antigen', 'Non reattivo'],
      ['venereal-disease-research-laboratory', 'Reagente'],
    ]);
    expect(coded('Anti-HCV   Não reagente').length).toBe(1);
  });
  it('reads a Cyrillic label of the range\'s condition (desirable, optimal, fasting, adults) as the reference label', () => {
    const text = [
      'Триглицериды: 2,1 ммоль/л (желательно: < 1,7)',
      'Холестерин ЛПВП: 1,3 ммоль/л (оптимальный: > 1,0)',
      'Глюкоза: 4,6 ммоль/л (натощак: 3,3 - 5,5)',
      'Креатинин: 88 мкмоль/л (взрослые: 62 - 106)',
      'Глюкоза: 6,3 ммоль/л (на гладно: 3,9 - 6,1)',
    ].join('\n');
    expect(resultsOf(text).map((r) => [r.biomarker?.key, r.value, r.range.text, r.flag])).toEqual([
      ['triglycerides', 2.1, '< 1,7', 'high'],
      ['hdl-cholesterol', 1.3, '> 1,0', 'normal'],
      ['glucose', 4.6, '3,3 - 5,5', 'normal'],
      ['creatinine', 88, '62 - 106', 'normal'],
      ['glucose', 6.3, '3,9 - 6,1', 'high'],
    ]);
  });

  it('keeps a Cyrillic tier\'s label (high risk) with its range, as printed', () => {
    expect(resultsOf('Холестерин ЛПНП: 4,4 ммоль/л (высокий риск: > 4,1)').map((r) => [r.range.low ?? null, r.range.high ?? null])).toEqual([[null, null]]);
  });
  it('reads Russian, Ukrainian and Bulgarian status phrases (above, below, within the norm) in a status column', () => {
    const text = [
      '| Показатель | Результат | Ед. | Норма | Статус |',
      '|---|---|---|---|---|',
      '| Натрий | 133 | ммоль/л | 136-145 | Ниже нормы |',
      '| Калий | 5,9 | ммоль/л | 3,5-5,1 | Выше нормы |',
      '| Кальций | 2,3 | ммоль/л | 2,15-2,55 | В норме |',
    ].join('\n');
    expect(coded(text)).toEqual([
      ['sodium', 133, 'mmol/L', 136, 145, 'low'],
      ['potassium', 5.9, 'mmol/L', 3.5, 5.1, 'high'],
      ['calcium', 2.3, 'mmol/L', 2.15, 2.55, 'normal'],
    ]);
    const ua = '| Показник | Результат | Од. | Норма | Статус |\n|---|---|---|---|---|\n| Залізо | 8,2 | мкмоль/л | 9,0-30,4 | Нижче норми |';
    expect(coded(ua)).toEqual([['iron', 8.2, 'umol/L', 9, 30.4, 'low']]);
    // On a text line too, the phrase whole (its first word, the Cyrillic `В`, is no flag letter there).
    expect(coded('Магний   0,84   ммоль/л   0,66-1,07   В норме')).toEqual([['magnesium', 0.84, 'mmol/L', 0.66, 1.07, 'normal']]);
  });
  it('reads the Russian international unit spelt МЕд (мМЕд/л, мкМЕд/мл) as IU', () => {
    const text = [
      'Показатель     Результат   Ед. изм.     Норма',
      'ТТГ            3,12        мМЕд/л       0,35-4,94',
      'Инсулин        8,4         мкМЕд/мл     2,6-24,9',
    ].join('\n');
    expect(coded(text).map((r) => r[2])).toEqual(['m[IU]/L', 'u[IU]/mL']);
  });
  it('reads a unit per day spelt out (`mg/day`, `mmol/day`, `mL/day`) as UCUM\'s per day, `/d`', () => {
    const text = [
      'Test                       Result    Units       Reference',
      'Magnesium, 24h urine       98        mg/day      73-122',
      'Potassium, 24h urine       61        mmol/day    25-125',
      'Total volume               1420      mL/day      600-2500',
    ].join('\n');
    expect(coded(text).map((r) => r[2])).toEqual(['mg/d', 'mmol/d', 'mL/d']);
  });
});
