import { coded, resultsOf } from '../../testing/reader.js';

/*
 * (b57) Batch 57's shapes, on made-up lines (other tests, names and values than the batch's reports): a table headed in
 * Russian, Ukrainian or Bulgarian words (`Показатель | Результат | Единицы | Референсные значения | Статус`), a status
 * in Cyrillic words (`Выше нормы`, `Ниже нормы`, `В норме`), a check mark `✅` as the status. Each expected row is
 * written from the printed line: the test, the value, the unit in UCUM, the range's bounds and the flag.
 */

describe('b57: a table headed in Cyrillic words', () => {
  it('reads a Russian Markdown table with a status column', () => {
    const text = [
      '| Показатель | Результат | Единицы | Референсные значения | Статус |',
      '|---|---|---|---|---|',
      '| Калий (K) | 5.8 | ммоль/л | 3.5 - 5.1 | Выше нормы |',
      '| Натрий | 139 | ммоль/л | 136 - 145 | ✅ Норма |',
      '| Креатинин | 51 | мкмоль/л | 62 - 106 | ⚠️ **Ниже нормы** |',
    ].join('\n');
    expect(coded(text)).toEqual([
      ['potassium', 5.8, 'mmol/L', 3.5, 5.1, 'high'],
      ['sodium', 139, 'mmol/L', 136, 145, 'normal'],
      ['creatinine', 51, 'umol/L', 62, 106, 'low'],
    ]);
  });

  it('reads the header words with a unit in parentheses and abbreviated (`Ед. изм.`)', () => {
    const text = [
      '| Исследование | Результат | Ед. изм. | Норма |',
      '|---|---|---|---|',
      '| Глюкоза | 6.4 | ммоль/л | 3.9 - 5.9 |',
      '| Мочевина | 4.2 | ммоль/л | 2.8 - 7.2 |',
    ].join('\n');
    expect(coded(text)).toEqual([
      ['glucose', 6.4, 'mmol/L', 3.9, 5.9, 'high'],
      ['urea', 4.2, 'mmol/L', 2.8, 7.2, 'normal'],
    ]);
  });

  it('reads Ukrainian and Bulgarian headers', () => {
    const ukrainian = [
      '| Показник | Результат | Одиниці виміру | Референтні значення |',
      '|---|---|---|---|',
      '| Залізо | 9.8 | мкмоль/л | 11.6 - 31.3 |',
    ].join('\n');
    expect(coded(ukrainian)).toEqual([['iron', 9.8, 'umol/L', 11.6, 31.3, 'low']]);
    const bulgarian = [
      '| Изследване | Резултат | Мерна единица | Референтни стойности |',
      '|---|---|---|---|',
      '| Урея | 5.1 | ммол/л | 2.8 - 7.2 |',
    ].join('\n');
    expect(coded(bulgarian)).toEqual([['urea', 5.1, 'mmol/L', 2.8, 7.2, 'normal']]);
  });

  it('reads no row from a Cyrillic table of words alone', () => {
    const text = [
      '| Показатель | Результат | Комментарий |',
      '|---|---|---|',
      '| Цвет | соломенный | без особенностей |',
      '| Прозрачность | прозрачная | |',
    ].join('\n');
    expect(coded(text).filter((r) => typeof r[1] === 'number')).toEqual([]);
  });
});

describe('b57: a status in Cyrillic words after the range', () => {
  it.each<[string, unknown[][]]>([
    ['Гомоцистеин: 17.9 мкмоль/л (норма: 5-15) ⚠️ ВЫШЕ НОРМЫ', [['homocysteine', 17.9, 'umol/L', 5, 15, 'high']]],
    ['Железо: 8.4 мкмоль/л (норма: 11.6-31.3) НИЖЕ НОРМЫ', [['iron', 8.4, 'umol/L', 11.6, 31.3, 'low']]],
    ['Альбумин  41  г/л  35-52  в норме', [['albumin', 41, 'g/L', 35, 52, 'normal']]],
    // Ukrainian and Bulgarian.
    ['Сечовина  9.4  ммоль/л  2.5-8.3  вище норми', [['urea', 9.4, 'mmol/L', 2.5, 8.3, 'high']]],
    ['Хемоглобин  104  г/л  120-160  под нормата', [['hemoglobin', 104, 'g/L', 120, 160, 'low']]],
    // The range decides where the words say another side.
    ['Калий  4.4  ммоль/л  3.5-5.1  выше нормы', [['potassium', 4.4, 'mmol/L', 3.5, 5.1, 'normal']]],
  ])('reads %s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });

  it('keeps `выше` and `ниже` before a number a bound', () => {
    expect(coded('Витамин D  34  нг/мл  выше 30')).toEqual([['vitamin-d', 34, 'ng/mL', 30, null, 'normal']]);
  });
});

describe('b57: a check mark as the status', () => {
  it('reads `✅` after a value without a range as normal', () => {
    expect(coded('Кортизол: 310 нмоль/л ✅')).toEqual([['cortisol', 310, 'nmol/L', null, null, 'normal']]);
  });
  it('lets a range decide against it', () => {
    expect(coded('Натрий: 150 ммоль/л (норма: 136-145) ✅')).toEqual([['sodium', 150, 'mmol/L', 136, 145, 'high']]);
  });
});

describe('b57: Spanish and Portuguese names spelt out', () => {
  it.each<[string, unknown[][]]>([
    ['Colesterol de alta densidad  58.1  mg/dL  40 a 60', [['hdl-cholesterol', 58.1, 'mg/dL', 40, 60, 'normal']]],
    ['Colesterol de baja densidad  141  mg/dL  0 a 130', [['ldl-cholesterol', 141, 'mg/dL', 0, 130, 'high']]],
    ['Colesterol de muy baja densidad  22  mg/dL  5 a 40', [['vldl-cholesterol', 22, 'mg/dL', 5, 40, 'normal']]],
    ['Colesterol de alta densidade  61  mg/dL  40 a 80', [['hdl-cholesterol', 61, 'mg/dL', 40, 80, 'normal']]],
    ['Colesterol de baixa densidade  99  mg/dL  0 a 129', [['ldl-cholesterol', 99, 'mg/dL', 0, 129, 'normal']]],
    ['Lipoproteinas de muy baja densidad  31  mg/dL  5 a 30', [['vldl-cholesterol', 31, 'mg/dL', 5, 30, 'high']]],
    ['VLDL Lipoproteinas  18.2  mg/dL  6 a 30', [['vldl-cholesterol', 18.2, 'mg/dL', 6, 30, 'normal']]],
    ['Deshidrogenasa lactica  301  U/L  135 a 225', [['lactate-dehydrogenase', 301, 'U/L', 135, 225, 'high']]],
    ['Lactato deshidrogenasa  190  U/L  135 a 225', [['lactate-dehydrogenase', 190, 'U/L', 135, 225, 'normal']]],
    ['Creatincinasa  96  U/L  39 a 308', [['creatine-kinase', 96, 'U/L', 39, 308, 'normal']]],
    ['Creatinfosfoquinasa  512  U/L  39 a 308', [['creatine-kinase', 512, 'U/L', 39, 308, 'high']]],
    ['Globulinas  3.1  g/dL  2 a 3.5', [['globulin-total', 3.1, 'g/dL', 2, 3.5, 'normal']]],
  ])('reads %s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });

  it('keeps `densidad` alone the specific gravity of a urine', () => {
    expect(coded('Examen general de orina\nDensidad  1.021  1.005 a 1.030')).toEqual([['specific-gravity-urine', 1.021, '{ratio}', 1.005, 1.03, 'normal']]);
  });
});

describe('b57: more Russian names', () => {
  it.each<[string, unknown[][]]>([
    ['Холестерин-ЛПВП: 1.45 ммоль/л (норма: 1.0-2.2)', [['hdl-cholesterol', 1.45, 'mmol/L', 1, 2.2, 'normal']]],
    ['Холестерин ЛПНП  4.1  ммоль/л  0-3.3', [['ldl-cholesterol', 4.1, 'mmol/L', 0, 3.3, 'high']]],
    ['Фолиевая кислота  2.1  нг/мл  3.1-20.5', [['folate', 2.1, 'ng/mL', 3.1, 20.5, 'low']]],
    ['Лептин  12.5  нг/мл  2.0-11.1', [['leptin', 12.5, 'ng/mL', 2, 11.1, 'high']]],
    ['ПСА свободный  0.42  нг/мл  0-0.93', [['prostate-specific-antigen-free', 0.42, 'ng/mL', 0, 0.93, 'normal']]],
    ['Палочкоядерные нейтрофилы, %  7  %  1-6', [['band-form-neutrophils', 7, '%', 1, 6, 'high']]],
    ['Сегментоядерные нейтрофилы, %  52  %  47-72', [['neutrophils', 52, '%', 47, 72, 'normal']]],
    ['Насыщение трансферрина железом  14  %  16-50', [['transferrin-saturation', 14, '%', 16, 50, 'low']]],
  ])('reads %s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });
});

describe('b57: international units spelt `МЕд`', () => {
  it.each<[string, unknown[][]]>([
    ['ФСГ: 4.9 мМЕд/мл (норма: 0.95-11.95)', [['follicle-stimulating-hormone', 4.9, 'm[IU]/mL', 0.95, 11.95, 'normal']]],
    ['ТТГ  2.31  мкМЕд/мл  0.4-4.0', [['thyroid-stimulating-hormone', 2.31, 'u[IU]/mL', 0.4, 4, 'normal']]],
    // `мЕд/л` stays milli-units.
    ['Пролактин  290  мЕд/л  73-407', [['prolactin', 290, 'mU/L', 73, 407, 'normal']]],
  ])('reads %s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });
});

describe('b57: vitamin D and the free PSA share in Russian', () => {
  it.each<[string, unknown[][]]>([
    ['Витамин 25(OH) D: 41.5 нг/мл (норма: 30-100)', [['vitamin-d', 41.5, 'ng/mL', 30, 100, 'normal']]],
    ['Витамин D 25(ОН)  18  нг/мл  30-100', [['vitamin-d', 18, 'ng/mL', 30, 100, 'low']]],
    ['ПСА свободный/ПСА общий  21.4  %  >25', [['prostate-specific-antigen-free-percent', 21.4, '%', 25, null, 'low']]],
  ])('reads %s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });
});

describe('b57: a desirable or fasting label in Cyrillic before a bound', () => {
  it.each<[string, unknown[][]]>([
    ['Холестерин общий: 5.6 ммоль/л (желательный: <5.2)', [['total-cholesterol', 5.6, 'mmol/L', null, 5.2, 'high']]],
    ['Глюкоза  5.4  ммоль/л  натощак: 3.9-5.5', [['glucose', 5.4, 'mmol/L', 3.9, 5.5, 'normal']]],
    ['Холестерин загальний: 4.1 ммоль/л (бажаний: <5.2)', [['total-cholesterol', 4.1, 'mmol/L', null, 5.2, 'normal']]],
  ])('reads %s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });

  it('keeps a risk tier a text', () => {
    expect(coded('Триглицериды: 1.9 ммоль/л (низкий риск: <1.7)')).toEqual([['triglycerides', 1.9, 'mmol/L', null, null, null]]);
  });
});

describe('b57: a test heading printed again as its result\'s name, one field a line', () => {
  it('reads the name right over the value, not the page header line before it', () => {
    const text = [
      'ACIDO URICO', 'METODO: URICASA', '', 'RESULTADOS', 'UNIDADES', 'VALORES DE', 'REFERENCIA', 'Pag. 2 de 4', '.',
      'ACIDO URICO', '5.1', 'mg/dL', '3.4 a 7',
    ].join('\n');
    expect(coded(text)).toEqual([['uric-acid', 5.1, 'mg/dL', 3.4, 7, 'normal']]);
  });
  it('still skips a section heading printed again between a name and its value', () => {
    const text = ['BIOQUIMICA', '', 'Glucosa', 'BIOQUIMICA', '88 mg/dL 70-100'].join('\n');
    expect(coded(text)).toEqual([['glucose', 88, 'mg/dL', 70, 100, 'normal']]);
  });
});

describe('b57: an unknown test heading printed again as its result\'s name', () => {
  it('reads the unknown name right over the value when no name waiting above it is a test', () => {
    const text = ['INDICE CASTELLI', 'METODO: CALCULO', '', 'RESULTADOS', 'UNIDADES', 'NOTA', '.', 'INDICE CASTELLI', '3.9', '0 a 4.5'].join('\n');
    expect(coded(text)).toEqual([['?INDICE CASTELLI', 3.9, null, 0, 4.5, 'normal']]);
  });
});

describe('b57: a word that makes another analyte is no code before a known name', () => {
  it.each<[string, unknown[][]]>([
    ['sd LDL\n0.91\n0 a 1.4', [['?sd LDL', 0.91, null, 0, 1.4, 'normal']]],
    ['ox LDL\n48\nU/L\n26 a 117', [['?ox LDL', 48, 'U/L', 26, 117, 'normal']]],
    ['Anti Thyroglobulin\n12\nIU/mL\n0 a 115', [['thyroglobulin-antibody', 12, '[IU]/mL', 0, 115, 'normal']]],
  ])('reads %s', (text, rows) => {
    expect(coded(text)).toEqual(rows);
  });
});

describe('b57: tiers printed as range and label lines under a value, one field a line', () => {
  it('reads the tiers as the range text, no bounds and no flag', () => {
    const text = ['GLUCOSA', '131', 'mg/dL', '70 a 99', 'Normal', '100 a 125', 'Prediabetes', '126 a 600', 'Diabetes', '_ _ _ _',
      'UREA', '30', 'mg/dL', '15 a 45'].join('\n');
    expect(coded(text)).toEqual([
      ['glucose', 131, 'mg/dL', null, null, null],
      ['urea', 30, 'mg/dL', 15, 45, 'normal'],
    ]);
  });
  it('reads a label wrapped over two lines', () => {
    const text = ['CREATININA', '1.1', 'mg/dL', '0.7 a 1.3', 'Adulto sano', '1.4 a 2.0', 'Insuficiencia renal', 'leve'].join('\n');
    expect(coded(text)).toEqual([['creatinine', 1.1, 'mg/dL', null, null, null]]);
  });
  it('keeps a range followed by the next test\'s name and value its range', () => {
    const text = ['GLUCOSA', '88', 'mg/dL', '70 a 99', 'UREA', '30', 'mg/dL', '15 a 45'].join('\n');
    expect(coded(text)).toEqual([
      ['glucose', 88, 'mg/dL', 70, 99, 'normal'],
      ['urea', 30, 'mg/dL', 15, 45, 'normal'],
    ]);
  });
});

describe('b57: tier labels with a stage number', () => {
  it('reads `Estadio 3A`-like labels as labels', () => {
    const text = ['FILTRADO GLOMERULAR', '52.1', 'mL/min/1.73m2', '90 a 200', 'Grado 1, normal', '60 a 89', 'Grado 2, leve', '30 a 59', 'Grado 3A, moderado'].join('\n');
    expect(coded(text)).toEqual([['?FILTRADO GLOMERULAR', 52.1, 'mL/min/{1.73_m2}', null, null, null]]);
  });
});

describe('b57 review mend: a modifier word refuses only the known name right after it', () => {
  it.each<[string, unknown[][]]>([
    // A word between the modifier and the known name: that name is the row's (as before batch 57).
    ['Non Fasting Insulin\n8.2\nuIU/mL\n2.6 - 24.9', [['insulin', 8.2, 'u[IU]/mL', 2.6, 24.9, 'normal']]],
    ['Small Print Iron\n88\nug/dL\n60 - 170', [['iron', 88, 'ug/dL', 60, 170, 'normal']]],
    // The known name right after the modifier: the whole name, unknown.
    ['Free Magnesium\n0.55\nmmol/L\n0.45 - 0.60', [['?Free Magnesium', 0.55, 'mmol/L', 0.45, 0.6, 'normal']]],
    ['small dense HDL\n0.31\nmmol/L\n0.2 - 0.5', [['?small dense HDL', 0.31, 'mmol/L', 0.2, 0.5, 'normal']]],
  ])('reads %s', (text, rows) => {
    expect(coded(text)).toEqual(rows);
  });
});

describe('b57 review mend: a tier block under a range line ends where the tiers do', () => {
  it('ends at the next test\'s name (a name the catalog knows), which keeps its own row', () => {
    const text = ['COLESTEROL LDL', '142', 'mg/dL', '0 a 99', 'Optimo', '100 a 129', 'Cercano al optimo', '130 a 400', 'Alto',
      'POTASIO', 'Metodo: ISE', '4.2', 'mmol/L', '3.5 a 5.1'].join('\n');
    expect(coded(text)).toEqual([
      ['ldl-cholesterol', 142, 'mg/dL', null, null, null],
      ['potassium', 4.2, 'mmol/L', 3.5, 5.1, 'normal'],
    ]);
  });
  it('is no block where the next ranges do not follow on from the first (results printed one field a line)', () => {
    const text = ['URINALYSIS', 'Specific gravity', '1.022', '1.003 - 1.035', 'WBC', '3 - 5', 'RBC', '1 - 2', 'Casts', 'Nil'].join('\n');
    expect(coded(text)[0]).toEqual(['specific-gravity-urine', 1.022, '{ratio}', 1.003, 1.035, 'normal']);
  });
  it('reads tiers touching at an open bound (`< 150` / `150 a 199` / `>= 200`)', () => {
    const text = ['TRIGLICERIDOS', '188', 'mg/dL', '< 150', 'Normal', '150 a 199', 'Limite alto', '>= 200', 'Alto'].join('\n');
    const [row] = resultsOf(text);
    expect([row!.biomarker?.key, row!.value, row!.range.low ?? null, row!.range.high ?? null, row!.flag]).toEqual(['triglycerides', 188, null, null, null]);
    expect(row!.range.text).toBe('< 150 Normal 150 a 199 Limite alto >= 200 Alto');
  });
  it('reads tiers going down, labels before their ranges, the last range kept', () => {
    const text = ['Folate', '4.1', 'ng/mL', '5.4 - 24.0', 'Borderline', '3.4 - 5.3', 'Deficient', '0 - 3.3', 'Sodium', '139', 'mmol/L', '135 - 145'].join('\n');
    const rows = resultsOf(text);
    expect(rows.map((r) => [r.biomarker?.key, r.value, r.range.low ?? null, r.range.high ?? null, r.flag])).toEqual([
      ['folate', 4.1, null, null, null],
      ['sodium', 139, 135, 145, 'normal'],
    ]);
    expect(rows[0]!.range.text).toBe('5.4 - 24.0 Borderline 3.4 - 5.3 Deficient 0 - 3.3');
  });
  it('reads a numbered series of stages past a stage it leaves out', () => {
    const text = ['INDICE RENAL', '41', 'mL/min', '90 a 150', 'Grado 1, normal', '60 a 89', 'Grado 2, leve', '30 a 59', 'Grado 3',
      '0 a 14', 'Grado 5, falla'].join('\n');
    const [row] = resultsOf(text);
    expect([row!.value, row!.range.low ?? null, row!.range.high ?? null, row!.flag]).toEqual([41, null, null, null]);
    expect(row!.range.text).toBe('90 a 150 Grado 1, normal 60 a 89 Grado 2, leve 30 a 59 Grado 3 0 a 14 Grado 5, falla');
  });
  it('is no block where a label names no tier, population or stage', () => {
    const text = ['Bicarbonate', '24', 'mmol/L', '22 - 29', 'Anion gap calc', '30 - 35', 'Osmolal gap calc'].join('\n');
    expect(coded(text)[0]).toEqual(['carbon-dioxide', 24, 'mmol/L', 22, 29, 'normal']);
  });
});

describe('b57 review mend: a Cyrillic status phrase after a space-aligned range', () => {
  it('is the flag, not the range\'s text', () => {
    const text = [
      'Изследване          Резултат    Мерна единица    Референтни стойности',
      'Креатинин           131         мкмол/л          62 - 106        Над нормата',
    ].join('\n');
    const [row] = resultsOf(text);
    expect([row!.biomarker?.key, row!.value, row!.range.low, row!.range.high, row!.flag]).toEqual(['creatinine', 131, 62, 106, 'high']);
    expect(row!.range.text).toBe('62 - 106');
  });
});
