import { coded, hl7Results, keyOf } from '../../testing/reader.js';

/*
 * (mend24) Review cr18 of fixr83's rules: an HL7 segment split at a Han character where its fields were in place, a
 * range ending in 10 read as the power of a count's unit, a sample-type mark before a code taken for OCR debris, a
 * Portuguese full name of the PSA, and an absolute count's code that replaces the share's `%`. Every line is made up.
 */

const hl7Keys = (...s: string[]) => hl7Results(...s).map((r) => [r.biomarker?.key ?? `?${r.name}`, r.value, r.unit]);

describe('mend24 1: an HL7 OBX split at a Han character only where its separators were lost', () => {
  it('keeps a segment whose OBX-5 is a value as sent (the Han character in the name only)', () => {
    expect(hl7Keys('OBX|2|NM|P^磷|1|1.1|mmol/L|0.8-1.5|N||F')).toEqual([['phosphorus', 1.1, 'mmol/L']]);
    expect(hl7Keys('OBX|1|NM|FE^铁|1|15|umol/L|9-30|N||F')).toEqual([['iron', 15, 'umol/L']]);
  });
  it('keeps the name of an OBX one field short whose name ends in a Han character', () => {
    expect(hl7Keys('OBX|1|NM|1001^钠|140|mmol/L|135-145|N|||F')).toEqual([['sodium', 140, 'mmol/L']]);
    expect(hl7Keys('OBX|1|NM|2002^钾|4.1|mmol/L|3.5-5.3|N|||F')).toEqual([['potassium', 4.1, 'mmol/L']]);
  });
  it('still splits OBX-3, OBX-4 and OBX-5 glued by the character, the value last', () => {
    expect(hl7Keys('OBX|1|ST|nmu^Normetanephrin, Urin鐘Normetanephrin, Urin鐘230|nmol/d|0 - 600|N|||F').map((r) => r[1])).toEqual([230]);
  });
});

describe('mend24 2: a range ending in 10 before a bare 9/L stays the range', () => {
  const wbc = (line: string) => coded(line).map((r) => [r[0], r[1], r[3], r[4]]);
  it('reads the row with its range after a dash, a tilde or a range word', () => {
    expect(wbc('WBC 6.3 4.0 — 10 9/L')).toEqual([['white-blood-cell-count', 6.3, 4, 10]]);
    expect(wbc('WBC 6.3 4.0 ~ 10 9/L')).toEqual([['white-blood-cell-count', 6.3, 4, 10]]);
    expect(wbc('WBC 6.3 4.0 to 10 9/L')).toEqual([['white-blood-cell-count', 6.3, 4, 10]]);
    expect(wbc('Leucocitos 6,3 4,0 a 10 9/L')).toEqual([['white-blood-cell-count', 6.3, 4, 10]]);
  });
  it('still reads the 10 after a value as the power', () => {
    expect(coded('WBC 白细胞计数 5.90 10 9/L 3.5-9.5')).toEqual([['white-blood-cell-count', 5.9, '10*9/L', 3.5, 9.5, 'normal']]);
  });
});

describe('mend24 3: a sample-type mark before a code is no OCR debris', () => {
  it('reads no blood test where the code is marked as urine\'s', () => {
    expect(keyOf('U- GLU 葡萄糖')).not.toBe('glucose');
    expect(keyOf('U GLU 葡萄糖')).not.toBe('glucose');
    expect(keyOf('S- GLU 葡萄糖')).not.toBe('glucose');
  });
  it('still drops short debris before an agreeing code', () => {
    expect(keyOf('11 x/7 HGB 血红蛋白')).toBe('hemoglobin');
  });
});

describe('mend24 4: a Portuguese PSA heading and an absolute count\'s code in place of the share\'s %', () => {
  it('reads the free PSA under its Portuguese full name', () => {
    expect(keyOf('PSA - ANTIGENO PROSTATICO ESPECIFICO LIVRE')).toBe('prostate-specific-antigen-free');
    expect(keyOf('ANTIGENO PROSTATICO ESPECIFICO LIVRE')).toBe('prostate-specific-antigen-free');
    expect(keyOf('ANTIGENO PROSTATICO ESPECIFICO')).toBe('prostate-specific-antigen');
    expect(keyOf('TSH - ANTIGENO PROSTATICO ESPECIFICO LIVRE')).toBeUndefined();
  });
  it('reads LYMA after LYM% as the absolute count, in a count per volume only', () => {
    expect(hl7Keys('OBX|1|NM|LYM%^Lymphocytes||29|%|20-40|N|||F', 'OBX|2|NM|LYMA^||2.2|10*9/L|1.0-4.0|N|||F')).toEqual([
      ['lymphocytes', 29, '%'], ['lymphocytes-absolute', 2.2, '10*9/L']]);
    expect(hl7Keys('OBX|1|NM|LYM%^Lymphocytes||29|%|20-40|N|||F', 'OBX|2|NM|LYMA^||2.2|mg/L|1.0-4.0|N|||F')[1]![0]).toBe('?LYMA');
    expect(hl7Keys('OBX|1|NM|LYM%^Lymphocytes||29|%|20-40|N|||F', 'OBX|2|NM|MONA^||0.4|10*9/L|0.1-1.0|N|||F')[1]![0]).toBe('?MONA');
    expect(hl7Keys('OBX|1|NM|LYMX^Lymphocytes||29|%|20-40|N|||F', 'OBX|2|NM|LYMA^||2.2|10*9/L|1.0-4.0|N|||F')[1]![0]).toBe('?LYMA');
  });
});
