import { coded } from '../../testing/reader.js';

/*
 * (scripts6) Reports in other scripts, as a longevity and hormone clinic's patients abroad bring them: the digits of
 * other scripts (Arabic-Indic `١٥٫٢`, Persian `۱۴٫۱`), full-width text read as its ASCII on a text line as a text
 * upload reads it, a range's `to` printed as a double hyphen (`8.64--29.0`, Chinese systems), count units in local
 * words (Indonesian `ribu/uL`, `juta/uL`), and the hormones' and common tests' names in Korean, Japanese, Chinese,
 * Russian, Ukrainian, Greek and Arabic. Every expected row is written from the printed line: the test a clinician reads
 * in the name, the value, the unit in UCUM, the range's bounds and the flag the value has against them (or the printed
 * mark).
 */

const lines = (...l: string[]) => l.join('\n');

describe('scripts6: digits of other scripts', () => {
  it.each<[string, unknown[][]]>([
    // Arabic-Indic digits with the Arabic decimal separator `٫`.
    ['Hemoglobin  ١٥٫٢  g/dL  ١٣٫٠ - ١٧٫٠', [['hemoglobin', 15.2, 'g/dL', 13, 17, 'normal']]],
    ['Fasting Glucose  ١١٨  H  mg/dL  ٧٠ - ١٠٠', [['glucose', 118, 'mg/dL', 70, 100, 'high']]],
    ['Total Cholesterol  ٢١٨  H  mg/dL  < ٢٠٠', [['total-cholesterol', 218, 'mg/dL', null, 200, 'high']]],
    // Persian (Extended Arabic-Indic) digits.
    ['Creatinine  ۱٫۱  mg/dl  ۰٫۷ - ۱٫۴', [['creatinine', 1.1, 'mg/dL', 0.7, 1.4, 'normal']]],
    ['25-OH Vitamin D  ۱۸  L  ng/ml  ۳۰ - ۱۰۰', [['vitamin-d', 18, 'ng/mL', 30, 100, 'low']]],
  ])('reads the digits of Arabic and Persian printouts as the numbers they are: %s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });

  it('a full-width line of a Japanese check-up (digits, signs, units, the ideographic space) is read as its ASCII', () => {
    expect(coded(lines(
      '検査項目　　　　　　　　結果　　　単位　　　　基準値',
      'クレアチニン　　　　　０．９８　　　ｍｇ／ｄＬ　０．６５～１．０７',
      '中性脂肪　　　　　　　　１５８　Ｈ　ｍｇ／ｄＬ　３０～１４９',
    ))).toEqual([
      ['creatinine', 0.98, 'mg/dL', 0.65, 1.07, 'normal'],
      ['triglycerides', 158, 'mg/dL', 30, 149, 'high'],
    ]);
  });
});

describe('scripts6: ranges and units', () => {
  it.each<[string, unknown[][]]>([
    ['睾酮(TESTO)  7.12  nmol/L  8.64--29.0', [['testosterone', 7.12, 'nmol/L', 8.64, 29, 'low']]],
    ['促黄体生成素(LH)  4.85  mIU/mL  1.7--8.6', [['luteinizing-hormone', 4.85, 'm[IU]/mL', 1.7, 8.6, 'normal']]],
    ['Testosterone  7.12  nmol/L  8.64 -- 29.0', [['testosterone', 7.12, 'nmol/L', 8.64, 29, 'low']]],
  ])('a double hyphen between two numbers is the range\'s `to`: %s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });

  it.each<[string, unknown[][]]>([
    ['Leukosit  6.9  ribu/uL  3.8 - 10.6', [['white-blood-cell-count', 6.9, '10*3/uL', 3.8, 10.6, 'normal']]],
    ['Eritrosit  4.61  juta/uL  4.4 - 5.9', [['red-blood-cell-count', 4.61, '10*6/uL', 4.4, 5.9, 'normal']]],
    ['Trombosit  312  ribu/µL  150 - 440', [['platelet-count', 312, '10*3/uL', 150, 440, 'normal']]],
  ])('Indonesian and Malay count units (`ribu` thousand, `juta` million per microlitre): %s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });
});

describe('scripts6: names of the hormones and common tests', () => {
  it.each<[string, unknown[][]]>([
    ['테스토스테론  2.41  ng/mL  2.80-8.00  L', [['testosterone', 2.41, 'ng/mL', 2.8, 8, 'low']]],
    ['유리 테스토스테론  7.9  pg/mL  8.9-42.5  L', [['testosterone-free', 7.9, 'pg/mL', 8.9, 42.5, 'low']]],
    ['에스트라디올  29.4  pg/mL  11.3-43.2', [['estradiol', 29.4, 'pg/mL', 11.3, 43.2, 'normal']]],
    ['프로락틴  12.8  ng/mL  4.04-15.2', [['prolactin', 12.8, 'ng/mL', 4.04, 15.2, 'normal']]],
    // `유리T4` is the free T4: its Latin letters alone would be the total.
    ['유리T4  1.15  ng/dL  0.93-1.70', [['free-t4', 1.15, 'ng/dL', 0.93, 1.7, 'normal']]],
    ['페리틴  356  ng/mL  30-400', [['ferritin', 356, 'ng/mL', 30, 400, 'normal']]],
    ['비타민D(25-OH)  21.3  ng/mL  30-100  L', [['vitamin-d', 21.3, 'ng/mL', 30, 100, 'low']]],
    ['인슐린  8.4  uIU/mL  2.6-24.9', [['insulin', 8.4, 'u[IU]/mL', 2.6, 24.9, 'normal']]],
  ])('Korean: %s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });

  it.each<[string, unknown[][]]>([
    ['テストステロン  3.12  L  ng/mL  1.31-8.71', [['testosterone', 3.12, 'ng/mL', 1.31, 8.71, 'low']]],
    ['遊離テストステロン  6.8  L  pg/mL  7.6-23.8', [['testosterone-free', 6.8, 'pg/mL', 7.6, 23.8, 'low']]],
    ['エストラジオール  38  pg/mL  14.6-48.8', [['estradiol', 38, 'pg/mL', 14.6, 48.8, 'normal']]],
    ['プロラクチン  9.1  ng/mL  4.29-13.69', [['prolactin', 9.1, 'ng/mL', 4.29, 13.69, 'normal']]],
    ['ソマトメジンC（IGF-1）  112  ng/mL  93-236', [['somatomedin-c', 112, 'ng/mL', 93, 236, 'normal']]],
    ['コルチゾール  14.2  μg/dL  4.5-21.1', [['cortisol', 14.2, 'ug/dL', 4.5, 21.1, 'normal']]],
    ['フェリチン  212  ng/mL  21-282', [['ferritin', 212, 'ng/mL', 21, 282, 'normal']]],
    ['25-OHビタミンD  17.3  L  ng/mL  30.0-100.0', [['vitamin-d', 17.3, 'ng/mL', 30, 100, 'low']]],
  ])('Japanese: %s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });

  it.each<[string, unknown[][]]>([
    ['游离睾酮(FT)  5.3  ↓  pg/mL  6.8-21.5', [['testosterone-free', 5.3, 'pg/mL', 6.8, 21.5, 'low']]],
    ['总前列腺特异性抗原(tPSA)  2.31  ng/mL  0-4', [['prostate-specific-antigen', 2.31, 'ng/mL', 0, 4, 'normal']]],
    ['皮质醇(COR)  412  nmol/L  133-537', [['cortisol', 412, 'nmol/L', 133, 537, 'normal']]],
    ['铁蛋白(FER)  186  ng/mL  30-400', [['ferritin', 186, 'ng/mL', 30, 400, 'normal']]],
    ['25-羟基维生素D  42.8  ↓  nmol/L  75-250', [['vitamin-d', 42.8, 'nmol/L', 75, 250, 'low']]],
  ])('Chinese: %s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });

  it.each<[string, unknown[][]]>([
    ['Тестостерон общий  9,8  нмоль/л  8,64 - 29,0', [['testosterone', 9.8, 'nmol/L', 8.64, 29, 'normal']]],
    ['Тестостерон свободный  152  ↓  пмоль/л  174 - 729', [['testosterone-free', 152, 'pmol/L', 174, 729, 'low']]],
    ['Эстрадиол  156  пмоль/л  40 - 161', [['estradiol', 156, 'pmol/L', 40, 161, 'normal']]],
    ['Пролактин  310  мЕд/л  86 - 324', [['prolactin', 310, 'mU/L', 86, 324, 'normal']]],
    ['Лютеинизирующий гормон (ЛГ)  5,2  мМЕ/мл  1,7 - 8,6', [['luteinizing-hormone', 5.2, 'm[IU]/mL', 1.7, 8.6, 'normal']]],
    ['Кортизол  498  нмоль/л  171 - 536', [['cortisol', 498, 'nmol/L', 171, 536, 'normal']]],
    ['25-ОН витамин D  24,6  ↓  нг/мл  30 - 100', [['vitamin-d', 24.6, 'ng/mL', 30, 100, 'low']]],
    ['Тестостерон загальний  11,3  нмоль/л  8,6 - 29', [['testosterone', 11.3, 'nmol/L', 8.6, 29, 'normal']]],
    ['Естрадіол  118  пмоль/л  41,4 - 159', [['estradiol', 118, 'pmol/L', 41.4, 159, 'normal']]],
  ])('Russian and Ukrainian: %s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });

  it.each<[string, unknown[][]]>([
    ['Τεστοστερόνη  3,8  ng/ml  2,8 - 8,0', [['testosterone', 3.8, 'ng/mL', 2.8, 8, 'normal']]],
    ['Οιστραδιόλη  28  pg/ml  11 - 44', [['estradiol', 28, 'pg/mL', 11, 44, 'normal']]],
    ['Προλακτίνη  7,2  ng/ml  4,0 - 15,2', [['prolactin', 7.2, 'ng/mL', 4, 15.2, 'normal']]],
    ['Ουρικό οξύ  7,9  mg/dl  3,4 - 7,0', [['uric-acid', 7.9, 'mg/dL', 3.4, 7, 'high']]],
    ['Χοληστερίνη ολική  226  mg/dl  < 200', [['total-cholesterol', 226, 'mg/dL', null, 200, 'high']]],
    ['Βιταμίνη Β12  510  pg/ml  197 - 771', [['vitamin-b12', 510, 'pg/mL', 197, 771, 'normal']]],
  ])('Greek: %s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });

  it.each<[string, unknown[][]]>([
    ['التستوستيرون الكلي  412  ng/dL  264 - 916', [['testosterone', 412, 'ng/dL', 264, 916, 'normal']]],
    ['التستوستيرون الحر  9.6  pg/mL  8.7 - 25.1', [['testosterone-free', 9.6, 'pg/mL', 8.7, 25.1, 'normal']]],
    ['البرولاكتين  22.3  ng/mL  4.0 - 15.2', [['prolactin', 22.3, 'ng/mL', 4, 15.2, 'high']]],
    ['الفيريتين  38  ng/mL  30 - 400', [['ferritin', 38, 'ng/mL', 30, 400, 'normal']]],
    ['الكرياتينين  1.4  mg/dL  0.7 - 1.3', [['creatinine', 1.4, 'mg/dL', 0.7, 1.3, 'high']]],
  ])('Arabic: %s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });

  it('a Korean free hormone is the free one', () => {
    // 유리T3 is the free T3, not the total its Latin letters alone would be.
    expect(coded('유리T3  3.1  pg/mL  2.0-4.4')).toEqual([['free-t3', 3.1, 'pg/mL', 2, 4.4, 'normal']]);
  });
});

describe('scripts6: bilingual names', () => {
  it.each<[string, unknown[][]]>([
    ['Vitamin B12  فيتامين ب12  201  pg/mL  197 - 771', [['vitamin-b12', 201, 'pg/mL', 197, 771, 'normal']]],
    ['Vitamin B12 فيتامين ب12  201  pg/mL  197 - 771', [['vitamin-b12', 201, 'pg/mL', 197, 771, 'normal']]],
    ['VITAMIN B12 / विटामिन बी12  148  L  pg/mL  211 - 911', [['vitamin-b12', 148, 'pg/mL', 211, 911, 'low']]],
  ])('the Latin name beside a name in Arabic or Devanagari whose word has digits against it: %s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });
});

describe('scripts6: a Japanese open bound printed with the full-width tilde', () => {
  it('`６０．０～` (60 and over: Windows Japanese text prints the wave dash as the full-width tilde) is the lower bound', () => {
    expect(coded('ｅＧＦＲ　　６３．２　　ｍＬ／ｍｉｎ／１．７３ｍ２　６０．０～')).toEqual([['egfr', 63.2, 'mL/min/{1.73_m2}', 60, null, 'normal']]);
    expect(coded('eGFR  52.0  mL/min/1.73m2  60.0~  L')).toEqual([['egfr', 52, 'mL/min/{1.73_m2}', 60, null, 'low']]);
  });

  it('negative: a tilde between two numbers is still the range\'s to, one before a number alone still no bound', () => {
    expect(coded('Glucose  5.2  mmol/L  3.3 ~ 6.1')).toEqual([['glucose', 5.2, 'mmol/L', 3.3, 6.1, 'normal']]);
    expect(coded('Glucose  5.2  mmol/L  3.3~6.1')).toEqual([['glucose', 5.2, 'mmol/L', 3.3, 6.1, 'normal']]);
    // (As on main: `~6` is "about 6", no bound; the row is not read.)
    expect(coded('Glucose  5.2  mmol/L  ~6')).toEqual([]);
  });
});

describe('scripts6 review: what the first rules broke', () => {
  it('a double hyphen before a range of its own is a placeholder or a separator, not the range\'s to', () => {
    expect(coded('Glucose  5.2  --  3.3-6.1')).toEqual([['glucose', 5.2, null, 3.3, 6.1, 'normal']]);
    expect(coded('ALT -- 32 -- 0-40 -- U/L')).toEqual([['alanine-aminotransferase', 32, 'U/L', 0, 40, 'normal']]);
    expect(coded('FSH  6.2  mIU/mL  8.64--29.0')).toEqual([['follicle-stimulating-hormone', 6.2, 'm[IU]/mL', 8.64, 29, 'low']]);
  });

  it('numbers printed after words of another script in a bilingual name leave the Latin name whole', () => {
    expect(coded('CA 125 / مستضد السرطان ١٢٥  30  U/mL  < 35')).toEqual([['cancer-antigen-125', 30, 'U/mL', null, 35, 'normal']]);
    expect(coded('Vitamin B12 / फिटामिन बी १२  350 pg/mL 200-900')).toEqual([['vitamin-b12', 350, 'pg/mL', 200, 900, 'normal']]);
  });

  it('a tilde before an age\'s word is no bound; saliva and macroprolactin in Cyrillic brackets are other tests; free T4/T3 in Japanese and Chinese', () => {
    expect(coded('Testosterone  4.2  ng/mL  60~ yrs')).toEqual([]);
    expect(coded('Пролактин (макропролактин)  310  мЕд/л  86 - 324')).toEqual([]);
    expect(coded('Кортизол (слюна)  5,2  нмоль/л  < 12')).toEqual([]);
    expect(coded('遊離T4  1.2  ng/dL  0.9-1.7')).toEqual([['free-t4', 1.2, 'ng/dL', 0.9, 1.7, 'normal']]);
    expect(coded('游离T3  3.1  pg/mL  2.0-4.4')).toEqual([['free-t3', 3.1, 'pg/mL', 2, 4.4, 'normal']]);
  });
});
