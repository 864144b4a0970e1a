import { catalog, coded } from '../../testing/reader.js';

/*
 * (cyrillic) Reports printed in Cyrillic languages other than Russian: Ukrainian (`Креатинін`, `Сечовина`, `мМО/л`,
 * `Од/л`, `мм/год`), Bulgarian (`Урея`, `ммол/л`, `Е/л`) and Serbian Cyrillic (`Уреа`, `Мокраћна киселина`). Every
 * expected row is written from the printed line: the test a clinician reads in the name, the value, the unit in UCUM,
 * the range's bounds and the flag the value has against them (or the printed arrow). A line under a Cyrillic name the
 * catalog does not know is dropped, as it is on main (a known limit: no way was found to tell such a result from a
 * target's, a norm's or a comment's line without a list of names); lines of particulars, headings and addresses stay
 * unread.
 */

describe('cyrillic: Ukrainian names and units', () => {
  it.each<[string, unknown[][]]>([
    ['Креатинін  88  мкмоль/л  62-106', [['creatinine', 88, 'umol/L', 62, 106, 'normal']]],
    ['Сечовина  5.4  ммоль/л  2.5-8.3', [['urea', 5.4, 'mmol/L', 2.5, 8.3, 'normal']]],
    ['Загальний білірубін  12.3  мкмоль/л  3.4-20.5', [['total-bilirubin', 12.3, 'umol/L', 3.4, 20.5, 'normal']]],
    ['Білірубін прямий  6.1  мкмоль/л  0-5.1', [['direct-bilirubin', 6.1, 'umol/L', 0, 5.1, 'high']]],
    ['Холестерин загальний  5.8  ммоль/л  <5.2', [['total-cholesterol', 5.8, 'mmol/L', null, 5.2, 'high']]],
    ['Загальний холестерин  4.9  ммоль/л  <5.2', [['total-cholesterol', 4.9, 'mmol/L', null, 5.2, 'normal']]],
    ['Тригліцериди  1.9  ммоль/л  <1.7', [['triglycerides', 1.9, 'mmol/L', null, 1.7, 'high']]],
    ['Сечова кислота  350  мкмоль/л  202-416', [['uric-acid', 350, 'umol/L', 202, 416, 'normal']]],
    ['Загальний білок  70  г/л  64-83', [['total-protein', 70, 'g/L', 64, 83, 'normal']]],
    ['Альбумін  33  г/л  35-52', [['albumin', 33, 'g/L', 35, 52, 'low']]],
    ['С-реактивний білок  3.2  мг/л  <5', [['c-reactive-protein', 3.2, 'mg/L', null, 5, 'normal']]],
    ['Гомоцистеїн  12  мкмоль/л  5-15', [['homocysteine', 12, 'umol/L', 5, 15, 'normal']]],
    ['Тестостерон  18.5  нмоль/л  8.6-29', [['testosterone', 18.5, 'nmol/L', 8.6, 29, 'normal']]],
    ['Феритин  45  нг/мл  30-400', [['ferritin', 45, 'ng/mL', 30, 400, 'normal']]],
    ['Вітамін D (25-OH)  28  нг/мл  30-100', [['vitamin-d', 28, 'ng/mL', 30, 100, 'low']]],
  ])('reads the Ukrainian spellings of the common chemistry: %s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });

  it.each<[string, unknown[][]]>([
    ['Калій  5.6  ммоль/л  3.5-5.1  ↑', [['potassium', 5.6, 'mmol/L', 3.5, 5.1, 'high']]],
    ['Натрій  140  ммоль/л  136-145', [['sodium', 140, 'mmol/L', 136, 145, 'normal']]],
    ['Кальцій загальний  2.40  ммоль/л  2.15-2.55', [['calcium', 2.4, 'mmol/L', 2.15, 2.55, 'normal']]],
    ['Магній  0.85  ммоль/л  0.66-1.07', [['magnesium', 0.85, 'mmol/L', 0.66, 1.07, 'normal']]],
    ['Залізо  8.1  мкмоль/л  9.0-30.4  ↓', [['iron', 8.1, 'umol/L', 9, 30.4, 'low']]],
    // `в сироватці крові`, `в крові` (in serum, in blood): the same test, as `в сыворотке крови` is in Russian.
    ['Глюкоза в сироватці крові  5.1  ммоль/л  3.3-5.5', [['glucose', 5.1, 'mmol/L', 3.3, 5.5, 'normal']]],
    ['Залізо в крові  15  мкмоль/л  9.0-30.4', [['iron', 15, 'umol/L', 9, 30.4, 'normal']]],
  ])('reads the electrolytes and iron, a printed arrow as the flag: %s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });

  it.each<[string, unknown[][]]>([
    ['ТТГ  2.1  мМО/л  0.4-4.0', [['thyroid-stimulating-hormone', 2.1, 'm[IU]/L', 0.4, 4, 'normal']]],
    ['ТТГ  5.9  мкМО/мл  0.4-4.0', [['thyroid-stimulating-hormone', 5.9, 'u[IU]/mL', 0.4, 4, 'high']]],
    ['ТТГ  0.2  мОд/л  0.4-4.0', [['thyroid-stimulating-hormone', 0.2, 'mU/L', 0.4, 4, 'low']]],
    ['АЛТ  25  Од/л  <41', [['alanine-aminotransferase', 25, 'U/L', null, 41, 'normal']]],
    // The flag from the range alone: 55 is over the upper bound 41.
    ['АЛТ  55  Од/л  <41', [['alanine-aminotransferase', 55, 'U/L', null, 41, 'high']]],
    ['АСТ  20  Од/л  <40', [['aspartate-aminotransferase', 20, 'U/L', null, 40, 'normal']]],
    ['Лужна фосфатаза  80  Од/л  40-130', [['alkaline-phosphatase', 80, 'U/L', 40, 130, 'normal']]],
    ['Гемоглобін  142  г/л  130-170', [['hemoglobin', 142, 'g/L', 130, 170, 'normal']]],
    ['Лейкоцити  6.5  тис/мкл  4.0-9.0', [['white-blood-cell-count', 6.5, '10*3/uL', 4, 9, 'normal']]],
    ['Тромбоцити  120  тис/мкл  150-400', [['platelet-count', 120, '10*3/uL', 150, 400, 'low']]],
    ['Еритроцити  4.5  млн/мкл  3.9-5.0', [['red-blood-cell-count', 4.5, '10*6/uL', 3.9, 5, 'normal']]],
    ['ШОЕ  22  мм/год  2-15', [['erythrocyte-sedimentation-rate', 22, 'mm/h', 2, 15, 'high']]],
  ])('reads the Ukrainian units: МО (IU), Од (U), тис/млн per microlitre, мм/год (mm per hour): %s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });

  it.each<[string, unknown[][]]>([
    ['Лімфоцити, %  35  19-37', [['lymphocytes', 35, '%', 19, 37, 'normal']]],
    ['Нейтрофіли  62  %  47-72', [['neutrophils', 62, '%', 47, 72, 'normal']]],
    ['Еозинофіли, %  7  0.5-5', [['eosinophils', 7, '%', 0.5, 5, 'high']]],
    // The same name in a count's unit is the absolute count.
    ['Нейтрофіли  3.5  10^9/л  1.8-7.7', [['neutrophils-absolute', 3.5, '10*9/L', 1.8, 7.7, 'normal']]],
  ])('reads the differential: the share with `, %%` or a `%%` unit: %s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });

  it('reads a Ukrainian report of several rows under its headings, the particulars unread', () => {
    expect(coded([
    'БІОХІМІЧНИЙ АНАЛІЗ КРОВІ',
    'Пацієнт: Іваненко І.І.',
    'Дата  12.03.2025',
    'Показник  Результат  Одиниці  Референтні значення',
    'Креатинін  88  мкмоль/л  62-106',
    'Сечовина  5.4  ммоль/л  2.5-8.3',
    'АЛТ  55  Од/л  <41',
    'Лікар: Іваненко',
    ].join('\n'))).toEqual([
      ['creatinine', 88, 'umol/L', 62, 106, 'normal'],
      ['urea', 5.4, 'mmol/L', 2.5, 8.3, 'normal'],
      ['alanine-aminotransferase', 55, 'U/L', null, 41, 'high'],
    ]);
  });
});

describe('cyrillic: thyroid hormones, vitamin B12, ranges in Ukrainian words', () => {
  it.each<[string, unknown[][]]>([
    ['Т4 вільний  15  пмоль/л  9-19', [['free-t4', 15, 'pmol/L', 9, 19, 'normal']]],
    ['Вільний Т3  7.1  пмоль/л  2.6-5.7', [['free-t3', 7.1, 'pmol/L', 2.6, 5.7, 'high']]],
    ['Т4 свободный  8.0  пмоль/л  9-19', [['free-t4', 8, 'pmol/L', 9, 19, 'low']]],
    // The T printed as a Latin letter: still the free hormone, never the total one the Latin `T4` alone would name.
    ['T4 вільний  15  пмоль/л  9-19', [['free-t4', 15, 'pmol/L', 9, 19, 'normal']]],
    ['T3 свободный  5.0  пмоль/л  2.6-5.7', [['free-t3', 5, 'pmol/L', 2.6, 5.7, 'normal']]],
    ['Т4 загальний  100  нмоль/л  60-150', [['total-t4', 100, 'nmol/L', 60, 150, 'normal']]],
    ['Вітамін В12  350  пг/мл  190-900', [['vitamin-b12', 350, 'pg/mL', 190, 900, 'normal']]],
    // `від … до` (from … to), `нижче` (below), `вище` (above): the range's bounds in Ukrainian words.
    ['Креатинін  88  мкмоль/л  від 62 до 106', [['creatinine', 88, 'umol/L', 62, 106, 'normal']]],
    ['Глюкоза  6.1  ммоль/л  нижче 5.5', [['glucose', 6.1, 'mmol/L', null, 5.5, 'high']]],
    ['Вітамін D  25  нг/мл  вище 30', [['vitamin-d', 25, 'ng/mL', 30, null, 'low']]],
  ])('reads %s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });
});

describe('cyrillic: Bulgarian and Serbian Cyrillic', () => {
  it.each<[string, unknown[][]]>([
    ['Хемоглобин  140  г/л  120-160', [['hemoglobin', 140, 'g/L', 120, 160, 'normal']]],
    ['Креатинин  80  мкмол/л  62-106', [['creatinine', 80, 'umol/L', 62, 106, 'normal']]],
    ['Урея  5.0  ммол/л  2.8-7.2', [['urea', 5, 'mmol/L', 2.8, 7.2, 'normal']]],
    ['Пикочна киселина  450  мкмол/л  200-420', [['uric-acid', 450, 'umol/L', 200, 420, 'high']]],
    ['Холестерол  5.0  ммол/л  <5.2', [['total-cholesterol', 5, 'mmol/L', null, 5.2, 'normal']]],
    ['Триглицериди  1.2  ммол/л  <1.7', [['triglycerides', 1.2, 'mmol/L', null, 1.7, 'normal']]],
    ['АЛАТ  30  Е/л  <40', [['alanine-aminotransferase', 30, 'U/L', null, 40, 'normal']]],
    ['Общ билирубин  25  мкмол/л  3-21', [['total-bilirubin', 25, 'umol/L', 3, 21, 'high']]],
    ['Общ белтък  72  г/л  66-87', [['total-protein', 72, 'g/L', 66, 87, 'normal']]],
    ['Алкална фосфатаза  90  Е/л  40-130', [['alkaline-phosphatase', 90, 'U/L', 40, 130, 'normal']]],
    ['СУЕ  12  мм/ч  2-15', [['erythrocyte-sedimentation-rate', 12, 'mm/h', 2, 15, 'normal']]],
  ])('reads Bulgarian names with the Bulgarian units (`ммол/л`, `мкмол/л`, `Е/л`): %s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });

  it.each<[string, unknown[][]]>([
    ['Глукоза  6.4  ммол/л  3.9-6.1', [['glucose', 6.4, 'mmol/L', 3.9, 6.1, 'high']]],
    ['Уреа  5.0  ммол/л  2.5-7.5', [['urea', 5, 'mmol/L', 2.5, 7.5, 'normal']]],
    ['Мокраћна киселина  350  мкмол/л  200-420', [['uric-acid', 350, 'umol/L', 200, 420, 'normal']]],
    ['Леукоцити  6.5  10^9/л  4-10', [['white-blood-cell-count', 6.5, '10*9/L', 4, 10, 'normal']]],
    ['Гвожђе  15  мкмол/л  10-30', [['iron', 15, 'umol/L', 10, 30, 'normal']]],
    ['Калијум  4.2  ммол/л  3.5-5.1', [['potassium', 4.2, 'mmol/L', 3.5, 5.1, 'normal']]],
    ['Укупни холестерол  6.1  ммол/л  <5.2', [['total-cholesterol', 6.1, 'mmol/L', null, 5.2, 'high']]],
  ])('reads Serbian Cyrillic names: %s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });
});

const KNOWN = 'Креатинін  88  мкмоль/л  62-106';
const KNOWN_ROW = ['creatinine', 88, 'umol/L', 62, 106, 'normal'];

describe('cyrillic: a Cyrillic name the catalog does not know', () => {
  it.each<[string, unknown[][]]>([
    // Known limit: a Cyrillic name the catalog does not know is dropped, silently, even on a line that reads as a
    // result (a value, a unit, a range): such a line cannot be told from a target's or a comment's (`Цільовий рівень  5
    // ммоль/л  4-6`) without a list of names, and an invented row is worse than a missing one.
    ['Цинк  14  мкмоль/л  11-18', []],
    ['Мідь  25  мкмоль/л  11-22', []],
    ['Ретикулоцити  1.2  %  0.5-1.5', []],
    ['Цинк  20  мкмоль/л  11-18  ↑', []],
    // A specimen or a form in the parenthesis (urine, ionized) is another test than the name outside: dropped, never
    // the serum creatinine or the total calcium.
    ['Креатинін (сеча)  8.5  ммоль/л  7-17', []],
    ['Кальцій (іонізований)  1.20  ммоль/л  1.15-1.35', []],
  ])('reads no row under an unknown Cyrillic name, among known rows (a known limit): %s', (line, rows) => {
    expect(coded(`${KNOWN}\n${line}`)).toEqual([KNOWN_ROW, ...rows]);
  });

  // (worldnames) The Ukrainian TPO antibody (`Антитіла до ТПО`) is a name world-names.ts holds since the twenty-first
  // session: read, high against its bound.
  it('reads the Ukrainian TPO antibody, a name world-names.ts holds', () => {
    expect(coded(`${KNOWN}\nАнтитіла до ТПО  80  МО/мл  <34`)).toEqual([KNOWN_ROW, ['thyroid-peroxidase-antibody', 80, '[IU]/mL', null, 34, 'high']]);
  });

  it.each<[string, unknown[][]]>([
    ['Цинк  14  мкмоль/л', []],
    ['Цинк  14  11-18', []],
    ['Цинк  14  ↑', []],
    // A card's value label (`Результат`, result) names no test.
    ['Результат  12  ммоль/л  3-5', []],
  ])('reads no such row without a unit or without a range, nor under a value label: %s', (line, rows) => {
    expect(coded(`${KNOWN}\n${line}`)).toEqual([KNOWN_ROW, ...rows]);
  });

  it.each([
    'Дата  12.03.2025',
    'Дата народження  01.02.1980',
    'Лікар: Іваненко',
    'Вік 45 років',
    'Вік: 45 р.',
    'Зріст  175  см',
    'БІОХІМІЧНИЙ АНАЛІЗ КРОВІ',
    'Загальний аналіз крові  2025',
    'м. Київ, вул. Хрещатик 22, кв. 5',
    'Адреса: 01001 м. Київ, вул. Хрещатик, 22',
    'тел. 044 123-45-67',
    'вул. Шевченка 12  кв 3-5',
    'Сторінка 1 з 2',
    'Номер замовлення  123456',
    'Аналіз виконано 12.03.2025 о 10:30',
    'Кабінет 12  поверх 3-5',
    'Норма для дорослих 3.3-5.5 ммоль/л',
  ])('reads no particulars, headings, addresses or dates as results: %s', (line) => {
    expect(coded(line)).toEqual([]);
  });
});

describe('cyrillic review: no invented rows, no wrong tests', () => {
  it.each<[string, unknown[][]]>([
    // A label and a range in bound words (from … to) is a norm's line, for a group: no result (finding 1).
    ['Мужчины  от 62 до 106  мкмоль/л', []],
    ['Норма від 3.3 до 5.5 ммоль/л', []],
    ['Норма от 3.3 до 5.5 ммоль/л', []],
    ['Референтні значення від 3.3 до 5.5 ммоль/л', []],
    ['Норма для чоловіків від 62 до 106 мкмоль/л', []],
    ['Для жінок від 44 до 80 мкмоль/л', []],
    ['Для детей от 3.3 до 5.0 ммоль/л', []],
    ['Оптимальный уровень  от 4 до 5  ммоль/л', []],
    ['Цинк от 11 до 18 мкмоль/л', []],
    // A label before a colon, a column's or a form's word: no test (finding 2).
    ['Комментарий: 5.1 ммоль/л (3.3-5.5)', []],
    ['Примітка: 5 ммоль/л (3-5)', []],
    ['Висновок: 5.1 ммоль/л (3.3-5.5)', []],
    ['Рекомендовано: 4.5 ммоль/л (3-5)', []],
    ['Показник  12  ммоль/л  3-5', []],
    ['Одиниці виміру  1  ммоль/л  1-2', []],
    ['Бланк  1  ммоль/л  1-2', []],
    ['Цільовий рівень  5  ммоль/л  4-6', []],
    // 1,25-dihydroxy vitamin D, a free hormone, a clearance, the iron-binding capacity: not the 25-OH vitamin D, the
    // total hormone, the serum creatinine, the iron (findings 3, 4); alone on the page, no row at all.
    ['Тестостерон (вільний)  40  пг/мл  9-47', []],
    ['Креатинін (кліренс)  95  мл/хв  80-120', []],
  ])('reads no row from %s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });

  it('keeps the results of a report and adds none for its norms (finding 1)', () => {
    expect(coded(['Креатинин  88  мкмоль/л', 'Мужчины  от 62 до 106  мкмоль/л', 'Женщины  от 44 до 80  мкмоль/л'].join('\n')))
      .toEqual([['creatinine', 88, 'umol/L', null, null, null]]);
  });

  it('adds no row for a target line among known rows (review probe P26)', () => {
    expect(coded('Глюкоза  5.1  ммоль/л  3.3-5.5\nЦільовий рівень  5  ммоль/л  4-6')).toEqual([['glucose', 5.1, 'mmol/L', 3.3, 5.5, 'normal']]);
  });

  it('adds no row for a label with a colon among known rows (finding 2)', () => {
    expect(coded('Глюкоза  5.1  ммоль/л  3.3-5.5\nКомментарий: 5.1 ммоль/л (3.3-5.5)')).toEqual([['glucose', 5.1, 'mmol/L', 3.3, 5.5, 'normal']]);
  });

  it.each<[string, unknown[][]]>([
    // (The Latin D keeps this name by the Latin rules, alone too: uncoded, never the 25-OH vitamin D.)
    ['Вітамін D (1,25-OH)  40  пг/мл  19.9-79.3', [['?Вітамін D (1,25-OH)', 40, 'pg/mL', 19.9, 79.3, 'normal']]],
    ['Витамин D (1,25-OH)  40  пг/мл  19.9-79.3', [['?Витамин D (1,25-OH)', 40, 'pg/mL', 19.9, 79.3, 'normal']]],
    ['Витамин D (1,25-дигидроксихолекальциферол)  40  пг/мл  19.9-79.3', [['?Витамин D (1,25-дигидроксихолекальциферол)', 40, 'pg/mL', 19.9, 79.3, 'normal']]],
    // In Cyrillic letters alone such a name is unknown, and dropped (the known limit above): never the total hormone,
    // the iron or the serum creatinine.
    ['Тестостерон (свободный)  40  пг/мл  9-47', []],
    ['Залізо (ЗЗЗС)  60  мкмоль/л  45-77', []],
    ['Креатинін (кліренс)  95  мл/хв  80-120', []],
    // The Latin T with a word the table does not hold (free in short, reverse): not the total hormone (finding 6).
    ['T4 св.  15  пмоль/л  9-19', [['?T4 св', 15, 'pmol/L', 9, 19, 'normal']]],
    ['T3 реверсивний  0.4  нмоль/л  0.3-0.8', [['?T3 реверсивний', 0.4, 'nmol/L', 0.3, 0.8, 'normal']]],
  ])('never codes another test than the name outside, among known rows: %s', (line, rows) => {
    expect(coded(`${KNOWN}\n${line}`)).toEqual([KNOWN_ROW, ...rows]);
  });

  it.each<[string, string]>([
    ['ЗАГАЛЬНИЙ АНАЛІЗ СЕЧІ', 'Лейкоцити  10  /мкл  0-25'],
    ['ОБЩИЙ АНАЛИЗ МОЧИ', 'Лейкоциты  10  /мкл  0-25'],
  ])('reads no blood test under a urine heading (finding 5), the urine\'s tests under their Russian and Ukrainian names: %s', (heading, line) => {
    // (Before the urinalysis names were known in Cyrillic these were kept unknown, `?Глюкоза`: never the blood's glucose
    // and white cell count, which the names mean elsewhere.)
    expect(coded(`${heading}\nГлюкоза  0  ммоль/л  <0.8\n${line}`)).toEqual([
      ['glucose-in-urine', 0, 'mmol/L', null, 0.8, 'normal'],
      ['leukocytes-in-urine', 10, '/uL', 0, 25, 'normal'],
    ]);
  });

  it('reads the Bulgarian мЕ/л as milli-units, not international units (finding 6)', () => {
    expect(coded('ТТГ  2.1  мЕ/л  0.4-4.0')).toEqual([['thyroid-stimulating-hormone', 2.1, 'mU/L', 0.4, 4, 'normal']]);
  });
});
