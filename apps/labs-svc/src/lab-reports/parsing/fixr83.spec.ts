import { coded, codedRow, hl7Results, keyOf } from '../../testing/reader.js';
import { toUcum } from './units.js';

/*
 * (fixr83) Shapes a blind probe of real lab documents showed: Chinese OCR'd blood counts (a row number, a garbled
 * analyser code and the Chinese name; `百分数` for the percentage; a basophil's name without its first character; a
 * count's `10⁹/L` with its caret lost), Brazilian test headings `SHORT - FULL NAME`, a reference sentence's plural bound
 * words, an HL7 absolute count sent under an identifier with no text after its share, and an HL7 OBX whose field
 * separators were lost to a character of another script. Every line is made up in the printed shape.
 */

const lines = (...l: string[]) => l.join('\n');

describe('fixr83 1: Chinese differential and index names', () => {
  it('reads 百分数 as the percentage and a basophil or eosinophil name without its 嗜', () => {
    expect(keyOf('淋巴细胞百分数')).toBe('lymphocytes');
    expect(keyOf('单核细胞百分数')).toBe('monocytes');
    expect(keyOf('碱性粒细胞绝对数')).toBe('basophils-absolute');
    expect(keyOf('酸性粒细胞百分数')).toBe('eosinophils');
    expect(keyOf('红细胞体积分布宽度SD')).toBe('rdw-sd');
  });
  it('reads a row number and a garbled code before the Chinese name', () => {
    expect(coded('5   LYMPHQ   淋巴细胞百分数     31.2        %      20-40')).toEqual([['lymphocytes', 31.2, '%', 20, 40, 'normal']]);
    expect(coded('9        BASOX          碱性粒细胞绝对数       0.03                      x10 9/L         0-0.1')).toEqual([
      ['basophils-absolute', 0.03, '10*9/L', 0, 0.1, 'normal']]);
    expect(coded('17 RDW-SD       红细胞体积分布宽度SD 41.0                   fL              37-54')).toEqual([['rdw-sd', 41, 'fL', 37, 54, 'normal']]);
  });
  it('drops OCR debris before a code only where the code and the Chinese name agree', () => {
    expect(keyOf('12 x/7 HGB 血红蛋白')).toBe('hemoglobin');
    expect(keyOf('12 x/7 MCV 血红蛋白')).toBeUndefined();
    expect(keyOf('12 x/7 HGB 血红蛋白A2')).toBeUndefined();
    expect(keyOf('12 x/7 血红蛋白')).not.toBe('mean-corpuscular-volume');
  });
  it('keeps a cell alone and a marker\'s digits unread', () => {
    expect(keyOf('淋巴细胞')).toBeUndefined();
    expect(keyOf('碱性粒细胞')).toBeUndefined();
    expect(keyOf('CD4 淋巴细胞百分数')).not.toBe('lymphocytes');
  });
});

describe('fixr83 2: a count\'s 10⁹/L with its caret lost is no value', () => {
  it('reads nothing where the only number before the unit is its 10', () => {
    expect(coded('8   LYMPH#   淋巴细胞绝对数     l.ll     10 9/L    0.8-4').filter((r) => r[1] === 10)).toEqual([]);
  });
  it('reads the value before the power as the count', () => {
    expect(coded('WBC 白细胞计数 6.40 10 9/L 3.5-9.5')).toEqual([['white-blood-cell-count', 6.4, '10*9/L', 3.5, 9.5, 'normal']]);
  });
  it('keeps a range ending in 10 and other exponents as they were', () => {
    expect(coded('Urea 5.1 mmol/L 2.5 - 10').map((r) => r[0])).toEqual(['urea']);
  });
});

describe('fixr83 3: a test heading of a short name, a spaced hyphen and the full name', () => {
  it('reads the full name\'s test where the short name agrees or is a word of its names', () => {
    expect(keyOf('T3 - Triiodotironina reversa')).toBe('reverse-t3');
    expect(keyOf('T3 reverso')).toBe('reverse-t3');
    expect(keyOf('T4 LIVRE - TIROXINA LIVRE')).toBe('free-t4');
    expect(keyOf('TSH - HORMONIO TIREOESTIMULANTE')).toBe('thyroid-stimulating-hormone');
  });
  it('reads nothing where the two halves disagree', () => {
    expect(keyOf('T4 - Triiodotironina livre')).toBeUndefined();
    expect(keyOf('Ferritina - Ferro')).toBeUndefined();
  });
});

describe('fixr83 4: a sentence\'s plural bound words end no name', () => {
  it('reads no row from a reference sentence ending in a bound', () => {
    expect(coded(lines('Em homens acima de 50 anos (90% dos casos', 'avaliados) o valor encontrado foi', 'inferiores a 0,80 ng/mL'))).toEqual([]);
    expect(coded('nos pacientes os resultados foram superiores a 12,5 mg/dL')).toEqual([]);
  });
  it('keeps a result line', () => {
    expect(coded('Ferritina: 120 ng/mL (30 a 400)').map((r) => r.slice(0, 2))).toEqual([['ferritin', 120]]);
  });
});

describe('fixr83 5: HL7 absolute count under an identifier with no text after its share', () => {
  it('reads the share\'s cell counted', () => {
    expect(hl7Results('OBX|1|NM|WBN^  Neutrophils^XY||61.0|%|40 - 75||||F', 'OBX|2|NM|WBNA^^XY||3.9|G/l|1.8 - 7.5||||F',
      'OBX|3|NM|WBL^  Lymphocytes^XY||28.0|%|20 - 45||||F', 'OBX|4|NM|WBLA^^XY||1.1|G/l|1.2 - 3.4|*|||F').map(codedRow)).toEqual([
      ['neutrophils', 61, '%', 40, 75, 'normal'], ['neutrophils-absolute', 3.9, '10*9/L', 1.8, 7.5, 'normal'],
      ['lymphocytes', 28, '%', 20, 45, 'normal'], ['lymphocytes-absolute', 1.1, '10*9/L', 1.2, 3.4, 'abnormal']]);
  });
  it('leaves an identifier that is no share\'s, a mass unit, or a share not in % as it was', () => {
    const keys = (...s: string[]) => hl7Results(...s).map((r) => r.biomarker?.key ?? `?${r.name}`);
    expect(keys('OBX|1|NM|WBN^Neutrophils^XY||61.0|%|40 - 75||||F', 'OBX|2|NM|QQQ^^XY||3.9|G/l|1.8 - 7.5||||F')).toEqual(['neutrophils', '?QQQ']);
    expect(keys('OBX|1|NM|WBN^Neutrophils^XY||61.0|%|40 - 75||||F', 'OBX|2|NM|WBNA^^XY||3.9|g/l|1.8 - 7.5||||F')).toEqual(['neutrophils', '?WBNA']);
    expect(keys('OBX|1|NM|ALB^Albumin^XY||41|g/l|35 - 50||||F', 'OBX|2|NM|ALBX^^XY||3.9|G/l|1.8 - 7.5||||F')).toEqual(['albumin', '?ALBX']);
  });
});

describe('fixr83 6: HL7 OBX with field separators lost to a character of another script', () => {
  it('reads the glued sub-ID and value and the shifted unit, range and flag', () => {
    expect(hl7Results('OBX|1|ST|mnu^Metanephrin, Urin鐘Metanephrin, Urin鐘512|nmol/d|0 - 1000|N|||F|||20250301').map(codedRow)).toEqual([
      ['?Metanephrin, Urin', 512, 'nmol/d', 0, 1000, 'normal']]);
  });
  it('keeps a Chinese name and a segment with its status in place as sent', () => {
    const rows = hl7Results('OBX|1|NM|GLU^葡萄糖||5.2|mmol/L|3.9-6.1|N|||F').map(codedRow);
    expect(rows).toEqual([['glucose', 5.2, 'mmol/L', 3.9, 6.1, 'normal']]);
    expect(hl7Results('OBX|1|ST|X1^Wert鐘A||7|mg/L|0 - 10|N|||F').map((r) => r.value)).toEqual([7]);
  });
});

describe('fixr83 7: OCR of a count\'s power, a code\'s letter O read as a zero', () => {
  it('reads a caret read as a 7 as the power of ten', () => {
    expect(coded('1   WBC 白细胞计数    7.85     xl1079/L    3.5-9.5')).toEqual([['white-blood-cell-count', 7.85, '10*9/L', 3.5, 9.5, 'normal']]);
    expect(coded('RBC 红细胞计数   4.61   10712/L   4.3-5.8')).toEqual([['red-blood-cell-count', 4.61, '10*12/L', 4.3, 5.8, 'normal']]);
  });
  it('reads a code whose digits start with a zero as no marker\'s', () => {
    expect(keyOf('10 E04 嗜酸性粒细胞绝对数')).toBe('eosinophils-absolute');
    expect(keyOf('CD4 淋巴细胞计数')).toBeUndefined();
  });
  it('leaves numbers and other units alone', () => {
    expect(coded('Sodium 1079 mmol/L').map((r) => r[1])).not.toContain(10);
    expect(keyOf('E2 雌二醇')).toBe('estradiol');
  });
});

describe('fixr83 8: a Markdown escaped tilde and the Chinese PSA names', () => {
  it('reads an escaped tilde before a unit as the tilde', () => {
    expect(coded(lines('| Parameter | Reference | 2023 | 2024 |', '| --- | --- | --- | --- |', '| eAG | \\~ mg/dL | - | 111 |'))).toEqual([
      ['estimated-average-glucose', 111, 'mg/dL', null, null, null]]);
  });
  it('reads the total and free PSA', () => {
    expect(keyOf('总前列腺特异性抗原')).toBe('prostate-specific-antigen');
    expect(keyOf('游离前列腺特异性抗原')).toBe('prostate-specific-antigen-free');
    expect(coded('游离前列腺特异性抗原0.052')).toEqual([['prostate-specific-antigen-free', 0.052, null, null, null, null]]);
  });
});

describe('fixr83 9: a volume alone with a small l', () => {
  it('writes the litre as UCUM\'s names do', () => {
    expect(toUcum('ml')).toBe('mL');
    expect(toUcum('dl')).toBe('dL');
    expect(hl7Results('OBX|1|ST|uv^Harnvolumen 24 h|Harnvolumen 24 h|1650|ml||N|||F').map(codedRow)).toEqual([['?Harnvolumen 24 h', 1650, 'mL', null, null, 'normal']]);
  });
  it('leaves other units as they were', () => {
    expect(toUcum('mg/dl')).toBe('mg/dL');
    expect(toUcum('ml/min')).toBe('mL/min');
    expect(toUcum('mm')).toBe('mm');
  });
});
