import { catalog, codedWithRangeText, hl7Results, opts, rangeTextRow } from '../../testing/reader.js';
import { withUnitAfterRangeTidied } from './line-tidy.js';

/*
 * (fixr76) Shapes a blind probe of real reports found the reader missed: ranges with their unit, a thousands comma, a
 * flattened power of ten or sex tiers after them on `name value range` lines; a hospital export's table with two name
 * columns and the value again in the range cell; LabCorp's `(Ref Int: …)`; HL7 results sent as TX, analyser flags sent
 * as IS, a ratio against one, short names of LOINC's and analysers'. Every line is made up in the shape printed.
 */

const lines = (...l: string[]) => l.join('\n');
/** [key, value, unit, range text, low, high, flag] of each row an HL7 message reads. */
const hl7 = (...obx: string[]) => hl7Results(...obx).map(rangeTextRow);
const hl7Text = (...obx: string[]) => hl7Results(...obx).map((r) => [r.biomarker?.key ?? `?${r.name}`, r.value, r.valueText ?? null, r.unit ?? null, r.range.text ?? null, r.flag ?? null]);

describe('fixr76: a unit after the range, as a copied page prints it', () => {
  it('a power of ten whose superscript was flattened, apart from its x (`x 1012/l`, `x 109/l`)', () => {
    expect(codedWithRangeText(lines('Total RBC 4.2 4.5 to 6.5 x 1012/l', 'WBC 7.2 4.0 to 11.0 x 109/l'))).toEqual([
      ['red-blood-cell-count', 4.2, '10*12/L', '4.5 to 6.5', 4.5, 6.5, 'low'],
      ['white-blood-cell-count', 7.2, '10*9/L', '4.0 to 11.0', 4, 11, 'normal'],
    ]);
  });

  it('a slash apart from its volume, with thousands commas in value and range (`150,000 to 400,000 / mm3`)', () => {
    expect(codedWithRangeText('Platelet count 320,000 150,000 to 400,000 / mm3')).toEqual([
      ['platelet-count', 320000, '/uL', '150,000 to 400,000', 150000, 400000, 'normal'],
    ]);
  });

  it('a unit spelt out, alone or again in brackets after the unit', () => {
    expect(codedWithRangeText(lines('MCHC 30 32 to 36 grams per deciliter', 'MCHC 31 32 to 36 g/dl (grams per deciliter)', 'MCV 110 80 to 100 fl (femtoliters)'))).toEqual([
      ['mean-corpuscular-hemoglobin-concentration', 30, 'g/dL', '32 to 36', 32, 36, 'low'],
      ['mean-corpuscular-hemoglobin-concentration', 31, 'g/dL', '32 to 36', 32, 36, 'low'],
      ['mean-corpuscular-volume', 110, 'fL', '80 to 100', 80, 100, 'high'],
    ]);
  });

  it('negative: words in brackets that are no unit stay; a European decimal comma stays a decimal', () => {
    expect(withUnitAfterRangeTidied('Glucose 95 70 to 100 mg/dL (fasting)')).toBe('Glucose 95 70 to 100 mg/dL (fasting)');
    expect(withUnitAfterRangeTidied('Ferritin 40 x 10 ng/mL')).toBe('Ferritin 40 x 10 ng/mL');
    expect(codedWithRangeText('WBC 4,5 x10^9/L 4,0 - 10,0')).toEqual([['white-blood-cell-count', 4.5, '10*9/L', '4,0 - 10,0', 4, 10, 'normal']]);
  });
});

describe('fixr76: sex tiers after the value, each range with its group in brackets', () => {
  it('the tiers as printed are the range text, their unit the row\'s, no bounds', () => {
    expect(codedWithRangeText(lines('Hb 11.4 14 to 18 g/dL (males), 12 to 16 g/dL (females)', 'HCT 34 40 to 55% (males), 36 to 48% (females)',
      'Hb 9.8 14 to 18 g/dL ( males), 12 to 16 g/dL ( females)'))).toEqual([
      ['hemoglobin', 11.4, 'g/dL', '14 to 18 g/dL (males), 12 to 16 g/dL (females)', null, null, null],
      ['hematocrit', 34, '%', '40 to 55% (males), 36 to 48% (females)', null, null, null],
      ['hemoglobin', 9.8, 'g/dL', '14 to 18 g/dL ( males), 12 to 16 g/dL ( females)', null, null, null],
    ]);
  });

  it('negative: groups that are no reference group, or two units, read no tiers', () => {
    expect(codedWithRangeText('Glucose 95 70-100 (fasting), 70-140 (random)')).toEqual([]);
    expect(codedWithRangeText('Hb 11.4 14 to 18 g/dL (males), 12 to 16 mg/dL (females)')).toEqual([]);
    // (mend11) Apart by spaces alone: tiers as well (rangenote.spec changed with it).
    expect(codedWithRangeText('Estradiol  80  pg/mL  30-400 (follicular) 50-500 (luteal)')).toEqual([
      ['estradiol', 80, 'pg/mL', '30-400 (follicular) 50-500 (luteal)', null, null, null]]);
    // Two intervals apart by spaces whose second bracket is no group's: no tiers.
    expect(codedWithRangeText('Estradiol  80  pg/mL  30-400 (follicular) 50-500 (repeat)').every((r) => r[4] === null || r[4] === 30)).toBe(true);
  });
});

describe('fixr76: a hospital export\'s table', () => {
  const table = (...rows: string[]) => lines('| Parameter | Test Name | Result | Unit | Reference Range |', '|---|---|---|---|---|', ...rows);

  it('G/L and T/L of a cell count are giga and tera per litre; the value again before the range is no part of it; the name cell the catalog knows names the row', () => {
    expect(codedWithRangeText(table('| C-reaktives Protein | CRP | 321 | mg/L | 321 < 5 |', '| Leukozyten | Lc | 18.9 | G/L | 18.9 3.00 - 10.5 |',
      '| Basophile | Absolute Basophil count | 0.07 | G/L | 0.07 0.00 - 0.15 |', '| Erythrozyten | Ery | 4.6 | T/L | 4.6 4.2 - 5.6 |'))).toEqual([
      ['c-reactive-protein', 321, 'mg/L', '< 5', null, 5, 'high'],
      ['white-blood-cell-count', 18.9, '10*9/L', '3.00 - 10.5', 3, 10.5, 'high'],
      ['basophils-absolute', 0.07, '10*9/L', '0.00 - 0.15', 0, 0.15, 'normal'],
      ['red-blood-cell-count', 4.6, '10*12/L', '4.2 - 5.6', 4.2, 5.6, 'normal'],
    ]);
  });

  it('negative: g/L of a haemoglobin and G/L of a protein stay grams; a range whose low bound is the value stays whole', () => {
    expect(codedWithRangeText(table('| Hämoglobin | Hb | 141 | g/L | 120 - 160 |', '| Gesamteiweiß | TP | 70 | G/L | 66 - 83 |',
      '| Glucose | GLU | 5.4 | mmol/L | 5.4 - 6.1 |', '| Natrium | Na | 135 | mmol/L | 135 – 145 |'))).toEqual([
      ['hemoglobin', 141, 'g/L', '120 - 160', 120, 160, 'normal'],
      ['total-protein', 70, 'g/L', '66 - 83', 66, 83, 'normal'],
      ['glucose', 5.4, 'mmol/L', '5.4 - 6.1', 5.4, 6.1, 'normal'],
      ['sodium', 135, 'mmol/L', '135 – 145', 135, 145, 'normal'],
    ]);
  });
});

describe('fixr76: LabCorp\'s `(Ref Int: …)`', () => {
  it('the label is the reference interval\'s; a doubled bracket before the bounds is a slip', () => {
    expect(codedWithRangeText(lines('Protein, Total, Serum: 7.3 g/dL (Ref Int: 6.0 - 8.5)', 'Bilirubin, Direct: 0.20 mg/dL  (Ref Int 0.00 - 0.40)',
      'ALT (SGPT): 45 IU/L  (Ref Int: (0 - 44)'))).toEqual([
      ['total-protein', 7.3, 'g/dL', '6.0 - 8.5', 6, 8.5, 'normal'],
      ['direct-bilirubin', 0.2, 'mg/dL', '0.00 - 0.40', 0, 0.4, 'normal'],
      ['alanine-aminotransferase', 45, '[IU]/L', '0 - 44', 0, 44, 'high'],
    ]);
  });

  it('negative: `Int` that is no label after `Ref` is left as printed', () => {
    expect(withUnitAfterRangeTidied('Note (Ref Internal lab)')).toBe('Note (Ref Internal lab)');
  });
});

describe('fixr76: HL7', () => {
  it('a TX OBX holding one number under a known name, and a short answer beside a reference answer, are results', () => {
    expect(hl7Text('OBX|1|TX|WBC^WBC^MB||6.09||||||F', 'OBX|2|TX|HGB^Hb^MB||11.8||||||F',
      'OBX|3|TX|56888-1^HIV 1+2 Ab+HIV1 p24 Ag SerPl Ql IA^LN||NON-REACTIVE||NON-REACTIVE|N|||F')).toEqual([
      ['white-blood-cell-count', 6.09, null, null, null, null],
      ['hemoglobin', 11.8, null, null, null, null],
      ['?HIV 1+2 Ab+HIV1 p24 Ag SerPl Ql IA', null, 'NON-REACTIVE', null, 'NON-REACTIVE', 'normal'],
    ]);
  });

  it('negative: a TX narrative, or a number under a name the catalog does not know with nothing beside it, is no result', () => {
    expect(hl7Text('OBX|1|TX|RPT^Report^L||Smear reviewed by the pathologist, see comment||||||F', 'OBX|2|TX|SEQ^Sequence No^L||12||||||F')).toEqual([]);
  });

  it('an analyser\'s flag (one letter under a local 99 code set) and its loading mode are no results', () => {
    expect(hl7Text('OBX|1|IS|02001^Loading Mode^99MRC||O||||||F', 'OBX|2|NM|6690-2^WBC^LN||6.8|10*9/L|4.0-10.0||||F',
      'OBX|3|IS|13105^Lymphocytosis^99MRC||T||||||F', 'OBX|4|IS|13112^Increased Mid Cells^99MRC||T||||||F')).toEqual([
      ['white-blood-cell-count', 6.8, null, '10*9/L', '4.0-10.0', 'normal'],
    ]);
  });

  it('negative: a one-letter answer under a LOINC code, or with a range, stays a result', () => {
    expect(hl7Text('OBX|1|CE|882-1^ABO+Rh group^LN||A||||||F', 'OBX|2|IS|99X^Crystals^99LAB||N||N|||F').map((r) => r[2])).toEqual(['A', 'N']);
  });

  it('short names: `Imm Gran` under an unknown LOINC, `PMV` with MPV as the alternate text, `GLO` and `A/G` in OBX-4', () => {
    expect(hl7('OBX|1|NM|ig^Imm Gran^Local^38518-7^Imm Gran^LN||0|%|0-2||||F', 'OBX|2|NM|776-5^PMV Bld Rees-Ecker^LN^30004600^MPV^QDIDAL||9.6|fL|7.5-12.5|N|||F',
      'OBX|3|ST||GLO|3.72|g/dL|2.0-3.5|H', 'OBX|4|ST||A/G|0.3/1||1.0-2.2|L').map((r) => [r[0], r[2]])).toEqual([
      ['immature-granulocytes', '%'], ['mean-platelet-volume', 'fL'], ['globulin-total', 'g/dL'], ['albumin-globulin-ratio', '{ratio}'],
    ]);
  });

  it('negative: a sub-ID of one letter, a number or a fraction names nothing (the OBX is read unnamed, as before)', () => {
    expect(hl7('OBX|1|ST||1|5.2|g/dL|2.0-3.5|H', 'OBX|2|ST||a|5.2|g/dL|2.0-3.5|H', 'OBX|3|ST||1/2|5.2|g/dL|2.0-3.5|H').map((r) => r[0])).toEqual(['?OBX 1', '?OBX 2', '?OBX 3']);
  });
});
