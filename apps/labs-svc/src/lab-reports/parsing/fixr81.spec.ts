import { coded, codedWithRangeText } from '../../testing/reader.js';

/*
 * (fixr81) Shapes a blind probe of real English-language reports showed. Every line is made up in the printed shape.
 */

const lines = (...l: string[]) => l.join('\n');

describe('fixr81 1: a range in parentheses with a label word after it', () => {
  it('drops a label that names the reference range (`Optimal`, `Normal`, `reference range`) and keeps the bounds', () => {
    expect(codedWithRangeText('Ferritin - 58.2 ug/l (15 - 150 Optimal)')).toEqual([['ferritin', 58.2, 'ug/L', '15 - 150', 15, 150, 'normal']]);
    expect(codedWithRangeText('Iron 31.0 umol/L (9 - 30.4 optimal)')).toEqual([['iron', 31, 'umol/L', '9 - 30.4', 9, 30.4, 'high']]);
    expect(codedWithRangeText('TPO antibodies 12.1 kU/L (≤60.0 optimal)')).toEqual([['thyroid-peroxidase-antibody', 12.1, 'kU/L', '≤60.0', null, 60, 'normal']]);
    expect(codedWithRangeText('Glucose 105 mg/dL (70 - 99 Normal)')).toEqual([['glucose', 105, 'mg/dL', '70 - 99', 70, 99, 'high']]);
    expect(codedWithRangeText('Sodium 139 mmol/L (133 - 146 reference range)')).toEqual([['sodium', 139, 'mmol/L', '133 - 146', 133, 146, 'normal']]);
  });

  it('keeps a tier label with its range as text: no bounds, no flag', () => {
    expect(codedWithRangeText('Vitamin D - 31 nmol/l (<30 Deficient)')).toEqual([['vitamin-d', 31, 'nmol/L', '<30 Deficient', null, null, null]]);
    expect(codedWithRangeText('Glucose 131 mg/dL (>= 126 Diabetes)')).toEqual([['glucose', 131, 'mg/dL', '>= 126 Diabetes', null, null, null]]);
  });

  it('reads a post of such lines whole', () => {
    expect(coded(lines('Folate - 12.0 ug/l (3.0 - 20.0 Optimal)', '', 'B12 - 410 ng/l (180 - 900 Optimal)', '',
      'TSH - 2.1 mIU/l'))).toEqual([
      ['folate', 12, 'ug/L', 3, 20, 'normal'], ['vitamin-b12', 410, 'ng/L', 180, 900, 'normal'],
      ['thyroid-stimulating-hormone', 2.1, 'm[IU]/L', null, null, null]]);
  });

  it('leaves other words after a number in parentheses as they were', () => {
    // An earlier result, a time: no row with a range from them. ((mend23, review cr17) A population's label, `(13.5 -
    // 17.5 Male)`, is read as the same range unbracketed is: mend23.spec.ts 6.)
    for (const text of ['Ferritin 30 ng/mL (25 last year)', 'Ferritin 30 ng/mL (12 - 150 two weeks ago)']) {
      expect(coded(text).filter((r) => r[3] !== null || r[4] !== null || r[5] !== null)).toEqual([]);
    }
    // A name the catalog does not know: nothing new.
    expect(coded('Widget index 4.2 (1 - 5 Optimal)').filter((r) => r[3] !== null || r[4] !== null)).toEqual([]);
  });

  it('does not change ordinary rows', () => {
    expect(coded('Ferritin 58 ug/L (15 - 150)')).toEqual([['ferritin', 58, 'ug/L', 15, 150, 'normal']]);
    expect(coded('Ferritin 58 ug/L (Optimal: 15 - 150)')).toEqual([['ferritin', 58, 'ug/L', 15, 150, 'normal']]);
    expect(coded('Vit D 88 (50 is sufficient for most)')).toEqual([['vitamin-d', 88, null, null, null, null]]);
  });
});

describe('fixr81 2: a typed unit misspelled where no other unit is meant', () => {
  it('reads `pmo/l`, `nmo/l` (the mole\'s l dropped) and `kl/ul` (kIU/L) as meant', () => {
    expect(coded('Free T3 5.02 3.1-6.8 pmo/l')).toEqual([['free-t3', 5.02, 'pmol/L', 3.1, 6.8, 'normal']]);
    expect(coded('Total T4 101 66-181 nmo/l')).toEqual([['total-t4', 101, 'nmol/L', 66, 181, 'normal']]);
    expect(coded('anti-TPO abs H 120 <34 kl/ul')).toEqual([['thyroid-peroxidase-antibody', 120, 'k[IU]/L', null, 34, 'high']]);
  });
  it('keeps the units spelled right', () => {
    expect(coded('Free T3 5.02 3.1-6.8 pmol/l')).toEqual([['free-t3', 5.02, 'pmol/L', 3.1, 6.8, 'normal']]);
    expect(coded('anti-TPO abs 20 <34 kIU/L')).toEqual([['thyroid-peroxidase-antibody', 20, 'k[IU]/L', null, 34, 'normal']]);
  });
});

describe('fixr81 3: a tier of the range printed between the value and its unit', () => {
  it('reads the value and unit, the tier as range text with no bounds and no flag of its own', () => {
    expect(codedWithRangeText('vitamin d (25oh) 61 deficient <30 nmol/l')).toEqual([['vitamin-d', 61, 'nmol/L', 'deficient <30', null, null, null]]);
    expect(codedWithRangeText('folate 5.1 deficient <3.0 ug/l new range')).toEqual([['folate', 5.1, 'ug/L', 'deficient <3.0', null, null, null]]);
  });
  it('keeps a printed flag letter before the value', () => {
    expect(codedWithRangeText('Vitamin D (25OH) L 19 (deficient <30) (insufficient 30 - 60) nmol/L')).toEqual([
      ['vitamin-d', 19, 'nmol/L', '(deficient <30) (insufficient 30 - 60)', null, null, 'low']]);
    expect(codedWithRangeText('Vitamin B12 301 (deficient <150) (insufficient 150-300) (above 800 consider stopping) pmol/L')).toEqual([
      ['vitamin-b12', 301, 'pmol/L', '(deficient <150) (insufficient 150-300) (above 800 consider stopping)', null, null, null]]);
  });
  it('leaves a flag word before the range, a reference label, and other words as they were', () => {
    expect(coded('Haemoglobin 10.2 low 12.0 - 15.0 g/dL')).toEqual(coded('Haemoglobin 10.2 L 12.0 - 15.0 g/dL'));
    expect(coded('Haemoglobin 16.2 High 12.0 - 15.0 g/dL').map((r) => r[5])).not.toContain(null);
    expect(coded('Sodium 128 mmol/L (reduced dose <150)').filter((r) => r[3] !== null || r[4] !== null)).toEqual([]);
    expect(coded('Widget index 4.2 deficient <5 mg/L').filter((r) => r[3] !== null || r[4] !== null)).toEqual([]);
  });
});

describe('fixr81 4: the next tiers of a row\'s tier list on lines of their own under it', () => {
  it('join the row\'s range text', () => {
    expect(codedWithRangeText(lines('vitamin d (25oh) 61 deficient <30 nmol/l', '', 'insufficient 30-50', '', 'folate 5.1 3-20 ug/l'))).toEqual([
      ['vitamin-d', 61, 'nmol/L', 'deficient <30 insufficient 30-50', null, null, null], ['folate', 5.1, 'ug/L', '3-20', 3, 20, 'normal']]);
  });
  it('only under such a row, and only tier lines', () => {
    expect(codedWithRangeText(lines('Ferritin 61 30-400 ug/l', 'insufficient 30-50'))).toEqual([['ferritin', 61, 'ug/L', '30-400', 30, 400, 'normal']]);
    expect(codedWithRangeText(lines('vitamin d 61 deficient <30 nmol/l', 'the GP said 30-50 is fine'))).toEqual([
      ['vitamin-d', 61, 'nmol/L', 'deficient <30', null, null, null]]);
  });
});

describe('fixr81 5: an ESR\'s first hour in parentheses after its millimetres', () => {
  it('is the ESR\'s unit, mm/h', () => {
    expect(coded('ESR - 08 mm (1st h)')).toEqual([['erythrocyte-sedimentation-rate', 8, 'mm/h', null, null, null]]);
    expect(coded('E.S.R. 14 mm (1st hr) 0 - 20')).toEqual([['erythrocyte-sedimentation-rate', 14, 'mm/h', 0, 20, 'normal']]);
  });
  it('leaves the printed forms read before as they were', () => {
    expect(coded('ESR 12 mm/1st hr')).toEqual([['erythrocyte-sedimentation-rate', 12, 'mm/h', null, null, null]]);
    expect(coded('ESR 12 mm/hr (0 - 15)')).toEqual([['erythrocyte-sedimentation-rate', 12, 'mm/h', 0, 15, 'normal']]);
  });
});

describe('fixr81 5b: the same unit in a patient\'s list of results in a sentence', () => {
  it('reads the ESR with its unit', () => {
    expect(coded('My tests show haemoglobin - 13.1 g/dl, Monocytes - 6.1%, E.S.R - 09 mm (1st h). Is this normal?')).toEqual([
      ['hemoglobin', 13.1, 'g/dL', null, null, null], ['monocytes', 6.1, '%', null, null, null], ['erythrocyte-sedimentation-rate', 9, 'mm/h', null, null, null]]);
  });
});

describe('fixr81 6: a method column after a range column of tiers, both wrapped over the lines under the row (pdf text)', () => {
  const header = 'Test Name Result Unit Bio. Ref. Interval Method';
  it('reads the row, its tiers joined as range text without the method\'s words, no bounds and no flag', () => {
    expect(codedWithRangeText(lines(header, 'Lipid Profile',
      'Cholesterol - Total 187 mg/dL Desirable: < 200 Enzymatic (CHO-',
      'Borderline high: 200 - POD)',
      '239',
      'High: >= 240',
      'Triglycerides 172 mg/dL Normal: < 150, GPO-PAP',
      'Borderline: 150 - 199,',
      'High: 200 - 499',
      'Cholesterol - HDL 38 mg/dL Low risk Direct',
      '>=60 mg/dL Detergent',
    ))).toEqual([
      ['total-cholesterol', 187, 'mg/dL', 'Desirable: < 200 Borderline high: 200 - 239 High: >= 240', null, null, null],
      ['triglycerides', 172, 'mg/dL', 'Normal: < 150, Borderline: 150 - 199, High: 200 - 499', null, null, null],
      ['hdl-cholesterol', 38, 'mg/dL', 'Low risk >=60 mg/dL', null, null, null],
    ]);
  });
  it('leaves rows whose range is read already, and reads none of it without the method column\'s header', () => {
    expect(coded(lines(header, 'Haemoglobin 14.2 g/dL 13.0 - 17.0 Photometry', 'Glucose Fasting 92 mg/dL 70 - 100 Hexokinase'))).toEqual([
      ['hemoglobin', 14.2, 'g/dL', 13, 17, 'normal'], ['glucose', 92, 'mg/dL', 70, 100, 'normal']]);
    expect(coded(lines('Test Name Result Unit Bio. Ref. Interval', 'Cholesterol - Total 187 mg/dL Desirable: < 200 Enzymatic (CHO-',
      'Borderline high: 200 - POD)')).filter((r) => r[3] !== null || r[4] !== null)).toEqual([]);
  });
  it('stops at the next row and at a note', () => {
    expect(codedWithRangeText(lines(header, 'Triglycerides 172 mg/dL Normal: < 150, GPO-PAP', 'Borderline: 150 - 199',
      'Note: samples should be taken after a 12 hour fast', 'Desirable < 200 for adults'))).toEqual([
      ['triglycerides', 172, 'mg/dL', 'Normal: < 150, Borderline: 150 - 199', null, null, null]]);
  });
});

describe('fixr81 5c: the ESR\'s unit glued to its value', () => {
  it('reads as spaced', () => {
    expect(coded('ESR - 08mm (1st h)')).toEqual([['erythrocyte-sedimentation-rate', 8, 'mm/h', null, null, null]]);
    expect(coded('My tests show haemoglobin - 13.1g/dl, E.S.R - 09mm (1st h). Is this normal?')).toEqual([
      ['hemoglobin', 13.1, 'g/dL', null, null, null], ['erythrocyte-sedimentation-rate', 9, 'mm/h', null, null, null]]);
  });
});

describe('fixr81 7: a sentence `It should be …` right after a sentence of one result gives that result\'s range', () => {
  it('reads `between A and B`, `A to B`, `under A` as the range, with its bounds', () => {
    expect(codedWithRangeText('Some news at last. My SHBG is 45 nmol/L. It should be, apparently, between 18 and 114 for women, so fine.')).toEqual([
      ['shbg', 45, 'nmol/L', 'between 18 and 114', 18, 114, 'normal']]);
    expect(codedWithRangeText('Back from the GP today. My ferritin was 9 ug/L. It should be 15 to 150. So I am on iron again.')).toEqual([
      ['ferritin', 9, 'ug/L', '15 to 150', 15, 150, 'low']]);
    expect(codedWithRangeText('Back from the GP today. My CRP is 12 mg/L. It should be under 5. Not great.')).toEqual([
      ['c-reactive-protein', 12, 'mg/L', 'under 5', null, 5, 'high']]);
  });
  it('leaves the row without a range where the sentence is an opinion, has other numbers, or does not follow it', () => {
    expect(coded('Back from the GP today. My ferritin was 40 ug/L. It should be above 70 for optimal energy.')).toEqual([['ferritin', 40, 'ug/L', null, null, null]]);
    expect(coded('Back from the GP today. My ferritin was 40 ug/L. It should be 15 to 150 on day 3.')).toEqual([['ferritin', 40, 'ug/L', null, null, null]]);
    expect(coded('Back from the GP today. My ferritin was 40 ug/L. The nurse was kind. It should be 15 to 150.')).toEqual([['ferritin', 40, 'ug/L', null, null, null]]);
    expect(coded('Back from the GP today. My ferritin was 40 ug/L and my B12 was 300 ng/L. It should be 15 to 150.').every((r) => r[3] === null)).toBe(true);
  });
});

describe('fixr81 8: a day of the cycle before a patient\'s list of results', () => {
  it('is when the sample was taken, no part of the first name', () => {
    expect(coded('On day 3 my FSH is 7.1, LH is 5.2, oestradiol is 150. Is it normal?').map((r) => [r[0], r[1]])).toEqual([
      ['follicle-stimulating-hormone', 7.1], ['luteinizing-hormone', 5.2], ['estradiol', 150]]);
    expect(coded('On cycle day 21 my progesterone was 32 nmol/L.').map((r) => [r[0], r[1]])).toEqual([['progesterone', 32]]);
  });
  it('reads no day as a value', () => {
    expect(coded('On day 3 of my cycle I felt dizzy.')).toEqual([]);
  });
});

describe('fixr81 9: a value\'s change from an earlier one said after a dash', () => {
  it('is a remark: the value before it is the result', () => {
    expect(coded('Had the annual review today. HbA1c 52mmol/mol – down two from March, so pleased.')).toEqual([['hemoglobin-a1c', 52, 'mmol/mol', null, null, null]]);
  });
  it('leaves a remark with a number, and an earlier value, unread as before', () => {
    expect(coded('Had the annual review today. HbA1c 52mmol/mol – down from 55 in March.').filter((r) => r[1] === 55)).toEqual([]);
    expect(coded('Had the annual review today. HbA1c was 61 mmol/mol last year – down since then.')).toEqual([]);
  });
});

describe('fixr81 10: a sentence of a known name, a comma and a value with its unit', () => {
  it('is that result', () => {
    expect(coded('Then the androgens. Testosterone, 2.4 nmol/L. It should be 0.3 to 2.0. A bit high.')).toEqual([
      ['testosterone', 2.4, 'nmol/L', 0.3, 2, 'high']]);
  });
  it('not where the name is unknown, the words are a sentence, or numbers are several', () => {
    expect(coded('Then the androgens. After that, 2 weeks off.')).toEqual([]);
    expect(coded('Then the androgens. In short, 3 tests.')).toEqual([]);
    expect(coded('Then the androgens. Testosterone, 2.4 nmol/L and 3.1 nmol/L.').every((r) => r[1] !== 2.4 || r[3] === null)).toBe(true);
  });
});
