import { catalog } from '../../testing/reader.js';
import { readKeyed } from '../../testing/keyed-sets.js';
import { parseReferenceRange } from './reference-range.js';

/*
 * (rangewords, qualwords) Words of a range cell and of a qualitative answer in 43 languages, from a vocabulary written
 * by a helper who read no test set nor the reader (world-words.tsv; scripts/world-words-check.mjs tries each). Expected values are what the words
 * mean — the bound and its side, the answer's flag against its printed range — not the reader's output.
 */

const bounds = (text: string) => {
  const r = parseReferenceRange(text);
  return [r.low ?? null, r.high ?? null];
};

describe('rangewords: a bound said in words of other languages', () => {
  it.each([
    ['mindre än 5', null, 5], ['moins de 5', null, 5], ['poniżej 5', null, 5], ['méně než 5', null, 5], ['manje od 5', null, 5],
    ['kurang dari 5', null, 5], ['小于5', null, 5], ['κάτω από 5', null, 5], ['أقل من 5', null, 5], ['5 alatt', null, 5], ['5 미만', null, 5],
    ['över 40', 40, null], ['plus de 40', 40, null], ['powyżej 40', 40, null], ['více než 40', 40, null], ['više od 40', 40, null],
    ['lebih dari 40', 40, null], ['大于40', 40, null], ['πάνω από 40', 40, null], ['40 felett', 40, null], ['60 ve üzeri', 60, null], ['40 이상', 40, null],
    ['upp till 99', null, 99], ['enintään 99', null, 99], ['până la 99', null, 99], ['έως 99', null, 99], ['tot en met 99', null, 99], ['4 이하', null, 4],
    ['từ 135 đến 145', 135, 145], ['no 135 līdz 145', 135, 145], ['nuo 135 iki 145', 135, 145], ['من 135 إلى 145', 135, 145],
    ['Réf: 70 - 99', 70, 99], ['Реф.: 70 - 99', 70, 99], ['Normaal: 70 - 99', 70, 99],
  ] as const)('%s', (text, low, high) => {
    expect(bounds(text)).toEqual([low, high]);
  });

  it('a side\'s inclusion as the words say: below is strict, up to and `ve üzeri` (and above) include the bound', () => {
    expect(parseReferenceRange('moins de 5').highInclusive).toBe(false);
    expect(parseReferenceRange('upp till 5').highInclusive).toBe(true);
    expect(parseReferenceRange('60 ve üzeri').lowInclusive).toBe(true);
  });

  it('words that are other words before a number are no bound: German `ab` (an antibody\'s Ab), Polish `od`, Latvian `no`', () => {
    expect(bounds('ab 40')).toEqual([null, null]);
    expect(bounds('od 40')).toEqual([null, null]);
    expect(bounds('no 40')).toEqual([null, null]);
  });

  it('on a line of single spaces: `fra 135 til 145` (Norwegian and Danish from … to; `fra` is Italian\'s between too)', async () => {
    expect(await readKeyed('Natrium 139 mmol/L fra 135 til 145\n')).toEqual(['sodium||normal|139|mmol/L|135..145']);
    expect(await readKeyed('Sodio 139 mmol/L fra 135 e 145\n')).toEqual(['sodium||normal|139|mmol/L|135..145']);
  });
});

describe('qualwords: an answer of absence or presence in other languages against a range of Negative', () => {
  const read = (answer: string) => readKeyed(`Test                  Result                Reference\nHBsAg                 ${answer.padEnd(22)}Negative\n`);
  it.each(['nicht nachweisbar', 'Non détecté', 'Не обнаружен', 'Отсутствует', 'brak', 'Negativan', 'nicht reaktiv', 'Ej påvisad', '未検出', 'Negatīvs'])('%s is normal (it had been flagged abnormal)', async (answer) => {
    expect(await read(answer)).toEqual([`hepatitis-b-surface-antigen|${answer}|normal|||text`]);
  });
  it.each(['nachweisbar', 'Détecté', 'Обнаружено', 'Pozitivan', 'Reaktiv'])('%s is abnormal', async (answer) => {
    expect(await read(answer)).toEqual([`hepatitis-b-surface-antigen|${answer}|abnormal|||text`]);
  });
});

describe('world headers: a result\'s column headed in another language beside an earlier result\'s', () => {
  const pad = (cells: string[]) => cells.map((c, i) => c.padEnd([22, 12, 24, 10][i] ?? 0)).join('');
  it.each(['Svar', 'Tulos', 'Wartość', 'Αποτέλεσμα', 'Значення', 'النتيجة'])('`Test  Previous  %s  Units  Reference` reads the result, not the earlier value', async (header) => {
    const text = [pad(['Test', 'Previous', header, 'Units', 'Reference']), pad(['Glucose', '98', '105', 'mg/dL', '70 - 99']), pad(['Sodium', '141', '139', 'mmol/L', '135 - 145'])].join('\n');
    expect(await readKeyed(`${text}\n`)).toEqual(['glucose||high|105|mg/dL|70..99', 'sodium||normal|139|mmol/L|135..145']);
  });
  it.each(['Föregående', 'Edellinen tulos', 'Предыдущий результат'])('an earlier result\'s column headed `%s` right after the result is not the result', async (header) => {
    const text = [pad(['Test', 'Result', header, 'Units', 'Reference']), pad(['Glucose', '105', '98', 'mg/dL', '70 - 99'])].join('\n');
    expect(await readKeyed(`${text}\n`)).toEqual(['glucose||high|105|mg/dL|70..99']);
  });
});

describe('review 37: what the world words must not do', () => {
  it('an age or a label\'s colon after a bound word makes a group, no bound (`trên 50 tuổi: < 4`, `yli 50 v`)', () => {
    for (const text of ['trên 50 tuổi: < 4', 'yli 50 vuotta', 'yli 50 v', 'peste 18 ani', 'di atas 18 tahun', 'více než 18 let', '大于50岁']) {
      expect(bounds(text)).toEqual([null, null]);
    }
    expect(bounds('>5.8 Resulting lab: QUEST')).toEqual([5.8, null]);
  });
  it('Italian `alle 8` (at eight) is no bound', () => {
    expect(bounds('alle 8: 6.2-19.4')).toEqual([null, null]);
    expect(bounds('alle 8')).toEqual([null, null]);
  });
  it('an interval in words before the value is the name\'s, not the range', async () => {
    expect(await readKeyed('Cortisol matutino de 8 a 10 15 ug/dL\n')).not.toContainEqual('cortisol||high|15|ug/dL|8..10');
  });
  it('`nicht messbar` (not measurable) is no negative answer', async () => {
    expect(await readKeyed('Test                  Result                Reference\nHBsAg                 nicht messbar         Negative\n')).not.toContainEqual('hepatitis-b-surface-antigen|nicht messbar|normal|||text');
  });
  it('a bound word after its number, its accents dropped (`60 ve uzeri`)', () => {
    expect(bounds('60 ve uzeri')).toEqual([60, null]);
    expect(bounds('40 folott')).toEqual([40, null]);
  });
});

describe('world-words specimens: a Latin name with a urine word of another script is no blood test', () => {
  it.each([
    ['Glucose (моча)', 'glucose-in-urine'], ['Glucose в моче', 'glucose-in-urine'], ['Glucose ούρων', 'glucose-in-urine'],
    ['Glucose البول', 'glucose-in-urine'], ['Glucose בשתן', 'glucose-in-urine'], ['Ketones (моча)', 'ketones-in-urine'],
  ])('%s is %s (it had read as the blood\'s test)', (name, key) => {
    expect(catalog.matchName(name)?.key).toBe(key);
  });
  it('unknown where the catalog has no urine test of that name; words that only contain the letters stay as they were', () => {
    expect(catalog.matchName('Creatinine (моча)')?.key).not.toBe('creatinine');
    expect(catalog.matchName('Мочевина (Urea)')?.key).toBe('urea');
    expect(catalog.matchName('Uric acid 尿酸')?.key).toBe('uric-acid');
    expect(catalog.matchName('SHBG الغلوبولين الرابط للهرمونات الجنسية')?.key).toBe('shbg');
  });
});

describe('world-words sections: a urine examination\'s heading in another language', () => {
  it.each(['Urinanalys', 'Virtsan perustutkimus', 'Общий анализ мочи', 'EGO', 'Sedimento urinario', 'Vizeletvizsgálat', 'Γενική ούρων', '소변검사'])('under `%s` a glucose and a protein with their numbers are the urine\'s (they had read as the blood\'s)', async (heading) => {
    const keys = (await readKeyed(`${heading}\nGlucose        5.5     mmol/L\nProtein        0.3     g/L\n`)).map((r) => r.split('|')[0]);
    expect(keys).not.toContain('glucose');
    expect(keys).not.toContain('total-protein');
  });
  it('a heading that does not name the urine (`Mikroskopie`, a blood film\'s too) changes nothing', async () => {
    expect((await readKeyed('Mikroskopie\nGlucose        5.5     mmol/L\n')).map((r) => r.split('|')[0])).toEqual(['glucose']);
  });
});
