import { coded, hl7Results } from '../../testing/reader.js';

/*
 * (mend27, review cr22 of fixr85b) What fixr85b's rules misread in the review's made-up snippets, and the lead's call on
 * the per-mille sign. All inputs made up.
 */
const keys = (text: string) => coded(text).map((r) => r[0]);
const hl7 = (...s: string[]) => hl7Results(...s).map((r) => r.biomarker?.key ?? `?${r.name}`);

describe('mend27: a numbered label that names the sample', () => {
  it('does not read a urine sample\'s row as the blood\'s test', () => {
    expect(keys('Urine No. 2 Protein 0.30 g/L <0.15')).not.toContain('total-protein');
    expect(keys('Urine Nr. 1 Glucose 2.8 mmol/L <0.8')).not.toContain('glucose');
  });
  it('keeps the numbered labels fixr85b reads', () => {
    expect(coded('Specimen No. 3 Glucose 5.4 mmol/L 3.9-5.5')).toEqual([['glucose', 5.4, 'mmol/L', 3.9, 5.5, 'normal']]);
    expect(coded('Sample #12 TSH 2.1 mIU/L 0.4-4.0')).toEqual([['thyroid-stimulating-hormone', 2.1, 'm[IU]/L', 0.4, 4, 'normal']]);
  });
});

describe('mend27: a short name and a full name of one test\'s forms', () => {
  it('codes a full name that narrows the short name\'s test', () => {
    expect(coded('HB - HEMOGLOBINA GLICADA\nResultado: 5.4 %  VR: 4.0-5.6')).toEqual([['hemoglobin-a1c', 5.4, '%', 4, 5.6, 'normal']]);
    expect(hl7('OBX|1|NM|PSA^Prostate specific antigen, free^L||0.3|ng/mL|0.0-0.9|N|||F')).toEqual(['prostate-specific-antigen-free']);
  });
  it('reads a lower-case word before the dash as a title, as before fixr85b', () => {
    expect(coded('Protein - Albumin 42 g/L 35-50')).toEqual([['albumin', 42, 'g/L', 35, 50, 'normal']]);
  });
  it('still leaves two different tests unknown', () => {
    expect(keys('FSH - HORMONIO LUTEINIZANTE 5.2 mUI/mL 1.5-12.4')).toEqual(['?FSH - HORMONIO LUTEINIZANTE']);
    expect(hl7('OBX|1|NM|TSH^Glucose^99LAB||5.2|mmol/L|3.9-5.5|N|||F')).toEqual(['?Glucose']);
  });
});

describe('mend27: the per-mille sign is UCUM [ppth]', () => {
  it('writes ‰ as [ppth], the name as printed', () => {
    expect(coded('Retikulozyten 12 ‰ 5-15')).toEqual([['?Retikulozyten', 12, '[ppth]', 5, 15, 'normal']]);
  });
});
