import { coded } from '../../testing/reader.js';

/*
 * (mend19, review cr13 of fixr79) fixr79's target-list rule dropped real censored results under any digit-free line
 * that held a target word (boilerplate, a lab's name, a table's header, a consumer banner, a patient's e-mail), its
 * `Total count` synonym made platelet and red cell counts white cell counts, and its glued-stop dose rule dropped
 * 24-hour urine totals. Every line is made up in the printed shape.
 */

const lines = (...l: string[]) => l.join('\n');
const keys = (text: string) => coded(text).map((r) => [r[0], r[1]]);

describe('mend19 1: a censored result under a line that only mentions a target stays a result', () => {
  it('keeps a result under boilerplate, a lab\'s name, a banner, a header or a message', () => {
    expect(keys(lines('CARDIAC PANEL', 'Results should be interpreted together with the clinical picture.', '', 'Troponin T <5 ng/L', 'CK 110 U/L'))).toEqual([
      ['troponin-t', 5], ['creatine-kinase', 110]]);
    expect(keys(lines('Optimal Pathology Services Ltd', 'Liver panel', '', 'GGT <5 U/L', 'ALT 30 U/L'))).toEqual([['gamma-glutamyl-transferase', 5], ['alanine-aminotransferase', 30]]);
    expect(keys(lines('Your markers are compared with optimal ranges', '', 'hs-CRP <0.2 mg/L', 'Ferritin 64 ug/L'))).toEqual([['hs-crp', 0.2], ['ferritin', 64]]);
    expect(keys(lines('Analyte      Result      Target', 'Lp(a)        <8 nmol/L', 'hs-CRP       <0.3 mg/L'))).toEqual([['lipoprotein-a', 8], ['hs-crp', 0.3]]);
    expect(keys(lines('Dear Dr Lee, my latest numbers. The goal you set was lower.', '', 'PSA <0.02 ng/mL', 'Testosterone <0.5 nmol/L'))).toEqual([
      ['prostate-specific-antigen', 0.02], ['testosterone', 0.5]]);
    expect(keys(lines('Haematinics', 'Ideal sample: serum', '', 'Ferritin <4 ug/L', 'Folate <2 ug/L'))).toEqual([['ferritin', 4], ['folate', 2]]);
  });

  it('does not walk up over a line that carries a result', () => {
    expect(keys(lines('Recommended levels:', 'CRP 2 mg/L (<5)', 'Troponin I <4 ng/L', 'BNP <20 pg/mL'))).toEqual([
      ['c-reactive-protein', 2], ['troponin-i', 4], ['bnp', 20]]);
  });

  it('keeps one censored result, a list under a bare adjective, and a colon line whose analytes are not printed again', () => {
    expect(keys(lines('Target levels', 'LDL < 70 mg/dL'))).toEqual([['ldl-cholesterol', 70]]);
    expect(keys(lines('Optimal', 'hs-CRP <0.3 mg/L', 'Lp(a) <9 nmol/L'))).toEqual([['hs-crp', 0.3], ['lipoprotein-a', 9]]);
    expect(keys(lines('These were all within the recommended limits:', 'Bilirubin <4 umol/L', 'GGT <6 U/L'))).toEqual([
      ['total-bilirubin', 4], ['gamma-glutamyl-transferase', 6]]);
  });

  it('still reads nothing from a target list (guards, passing before too)', () => {
    expect(keys(lines('According to my clinic, the desirable values are:', 'Triglycerides < 1.7 mmol/L', 'LDL < 2.6 mmol/L', '', 'My latest:', 'Triglycerides 1.2', 'LDL 2.9'))).toEqual([
      ['triglycerides', 1.2], ['ldl-cholesterol', 2.9]]);
    expect(keys(lines('Recommended values:', 'HbA1c < 7 %', 'LDL < 1.8 mmol/L'))).toEqual([]);
  });

  it('keeps real analytes whose names hold tier words (guards, passing before too)', () => {
    expect(keys(lines('High sensitivity CRP  1.1 mg/L', 'Low density lipoprotein  2.9 mmol/L'))).toEqual([['hs-crp', 1.1], ['ldl-cholesterol', 2.9]]);
  });
});

describe('mend19 2: `Total count` alone is no white cell count', () => {
  it('does not read a platelet or a red cell total as the white cell count', () => {
    expect(coded(lines('PLATELET COUNT', 'Total count 3.1 lakhs/cumm')).some((r) => r[0] === 'white-blood-cell-count')).toBe(false);
    expect(coded('Total count 260 x10^9/L (150-400)').some((r) => r[0] === 'white-blood-cell-count')).toBe(false);
    expect(coded(lines('RED CELLS', 'Total count 5.1 million/cumm')).some((r) => r[0] === 'white-blood-cell-count')).toBe(false);
  });
  it('reads it as the white cell count in a leucocyte block only (guard, passing before too)', () => {
    expect(keys(lines('WBC', 'Total count 6900 cells/cumm'))).toEqual([['white-blood-cell-count', 6900]]);
    expect(keys('Hb 12.9, Total count 11200, Neutrophils 74, Lymphocytes 20.')).toEqual([
      ['hemoglobin', 12.9], ['white-blood-cell-count', 11200], ['neutrophils', 74], ['lymphocytes', 20]]);
  });
});

describe('mend19 3: a 24-hour urine total with a full stop is no dose', () => {
  it('keeps a total per collection, stopped or not', () => {
    expect(coded('Urine total protein (24 hr) 520 mg.').map((r) => [r[1], r[2]])).toEqual([[520, 'mg']]);
    expect(coded('Protein excretion: 300 mg.').map((r) => [r[1], r[2]])).toEqual([[300, 'mg']]);
    expect(coded('24-hour urine protein 1.4 g').map((r) => [r[1], r[2]])).toEqual([[1.4, 'g']]);
  });
  it('still reads no dose (guard, passing before too)', () => {
    expect(coded('He is also taking magnesium 300 mg.')).toEqual([]);
    expect(coded('Vitamin D3 2000 IU.')).toEqual([]);
  });
});
