import { coded, hl7Results, codedRow } from '../../testing/reader.js';
import { parseReferenceRange, readsAsRange } from './reference-range.js';
import { FULL_STOP_RANGE, numericRangeAt } from './tokens.js';

/*
 * (fixr85b) Misreadings earlier reviews found: a `SHORT - FULL NAME` heading whose parts name different analytes, an
 * assay temperature in a method column, the per-mille sign as a unit, a numbered label before a row, a sentence's full
 * stop after a unit in milli-units, a specimen word in OBX-3's coding system, and one pattern of a full-stop range.
 * All inputs made up.
 */
const keys = (text: string) => coded(text).map((r) => r[0]);

describe('fixr85b: a short name and a full name of different analytes name neither', () => {
  it('leaves a heading whose short and full names disagree unknown, as printed', () => {
    expect(keys('FSH - HORMONIO LUTEINIZANTE\nResultado: 5.2 mUI/mL  VR: 1.5-12.4')).toEqual(['?FSH - HORMONIO LUTEINIZANTE']);
    expect(keys('FSH - HORMONIO LUTEINIZANTE 5.2 mUI/mL 1.5-12.4')).toEqual(['?FSH - HORMONIO LUTEINIZANTE']);
    expect(keys('TSH - Luteinizing Hormone\nResult: 5.2 mIU/mL  Ref: 1.5-12.4')).toEqual(['?TSH - Luteinizing Hormone']);
  });
  it('keeps headings whose two parts agree, and a title before a name', () => {
    expect(coded('T3 - TRIIODOTIRONINA REVERSO\nResultado: 0.25 ng/mL  VR: 0.09-0.35')).toEqual([['reverse-t3', 0.25, 'ng/mL', 0.09, 0.35, 'normal']]);
    expect(coded('LH - HORMONIO LUTEINIZANTE\nResultado: 5.2 mUI/mL  VR: 1.7-8.6')).toEqual([['luteinizing-hormone', 5.2, 'm[IU]/mL', 1.7, 8.6, 'normal']]);
    expect(keys('TSH - HORMONIO TIREOESTIMULANTE\nResultado: 2.1 uUI/mL  VR: 0.4-4.0')).toEqual(['thyroid-stimulating-hormone']);
    expect(keys('LH - Luteinizing Hormone\nResult: 5.2 mIU/mL  Ref: 1.7-8.6')).toEqual(['luteinizing-hormone']);
    // A title that names no test before the dash: the name after it, as before.
    expect(keys('Hormones - Luteinizing Hormone 5.2 mIU/mL 1.7-8.6')).toEqual(['luteinizing-hormone']);
  });
  it('leaves an HL7 local code and text of different analytes unknown', () => {
    const hl7 = (...s: string[]) => hl7Results(...s).map((r) => r.biomarker?.key ?? `?${r.name}`);
    expect(hl7('OBX|1|NM|FSH^HORMONIO LUTEINIZANTE^L||5.2|mIU/mL|1.5-12.4|N|||F')).toEqual(['?HORMONIO LUTEINIZANTE']);
    expect(hl7('OBX|1|NM|TSH^Glucose^99LAB||5.2|mmol/L|3.9-5.5|N|||F')).toEqual(['?Glucose']);
    // Agreeing code and text, an unknown local code, a number, and LOINC (its own rule: nameOverCode) stand.
    expect(hl7('OBX|1|NM|LH^Luteinizing Hormone^L||5.2|mIU/mL|1.7-8.6|N|||F')).toEqual(['luteinizing-hormone']);
    expect(hl7('OBX|1|NM|GLU^Glucose^L||5.2|mmol/L|3.9-5.5|N|||F')).toEqual(['glucose']);
    expect(hl7('OBX|1|NM|LAB0042^Glucose^L||5.2|mmol/L|3.9-5.5|N|||F')).toEqual(['glucose']);
    expect(hl7('OBX|1|NM|2345-7^Glucose^LN||5.2|mmol/L|3.9-5.5|N|||F')).toEqual(['glucose']);
    // A code that is the first letters of the text's word (a share's code over the count's text): one cell's forms.
    expect(hl7('OBX|1|NM|NEUT^Neutrophil count^WinPath||1.6|x10*9/L|2.0-7.5|L|||F')).toEqual(['neutrophils-absolute']);
    expect(hl7('OBX|1|NM|T3^Reverse T3^L||0.25|ng/mL|0.09-0.35|N|||F')).toEqual(['reverse-t3']);
  });
});

describe('fixr85b: an assay temperature in a method column', () => {
  it('reads the row with its value, unit and range', () => {
    expect(coded('ALT 32 U/L < 50 IFCC 37°C')).toEqual([['alanine-aminotransferase', 32, 'U/L', null, 50, 'normal']]);
    expect(coded('AST 28 U/L <40 IFCC 37 C')).toEqual([['aspartate-aminotransferase', 28, 'U/L', null, 40, 'normal']]);
    expect(coded('CK 120 U/L 39-308 37°C')).toEqual([['creatine-kinase', 120, 'U/L', 39, 308, 'normal']]);
    expect(coded('GGT 61 U/L 8-61 Szasz 37 °C')).toEqual([['gamma-glutamyl-transferase', 61, 'U/L', 8, 61, 'normal']]);
  });
  it('keeps a real flag letter after a unit, and rows without a range, as before', () => {
    expect(coded('ALT 82 U/L H 0-50')).toEqual([['alanine-aminotransferase', 82, 'U/L', 0, 50, 'high']]);
    // No range: a number and a letter after the unit are no method's temperature.
    expect(coded('CK 120 U/L 37 C')).toEqual([]);
    // A temperature no assay is run at (a patient's 38.5 °C): not read as a method's.
    expect(coded('CK 120 U/L 39-308 38.5°C')).toEqual([]);
  });
});

describe('fixr85b: the per-mille sign as a unit', () => {
  it('reads ‰ as UCUM [ppth] (mend27: the lead call)', () => {
    expect(coded('Reticulocytes 12 ‰ 5-15')).toEqual([['?Reticulocytes', 12, '[ppth]', 5, 15, 'normal']]);
    expect(coded('Reticulocytes  18 ‰  5 - 15')).toEqual([['?Reticulocytes', 18, '[ppth]', 5, 15, 'high']]);
  });
});

describe('fixr85b: a numbered label before a row', () => {
  it('reads the row after the label', () => {
    expect(coded('Tube No. 5  Glucose 5.4 mmol/L 3.9-5.5')).toEqual([['glucose', 5.4, 'mmol/L', 3.9, 5.5, 'normal']]);
    expect(coded('Sample Nr. 12  Potassium 4.1 mmol/L 3.5-5.1')).toEqual([['potassium', 4.1, 'mmol/L', 3.5, 5.1, 'normal']]);
  });
  it('reads nothing of a label line alone', () => {
    expect(coded('Tube No. 5')).toEqual([]);
    expect(coded('Sample No. 12  Room 4')).toEqual([]);
  });
});

describe('fixr85b: a sentence\'s full stop after a milli-unit', () => {
  it('reads TSH in mU/L in prose', () => {
    expect(coded('The results were fine. TSH 2.1 mU/L. Nothing else.').map((r) => r.slice(0, 3))).toEqual([['thyroid-stimulating-hormone', 2.1, 'mU/L']]);
    expect(coded('Your TSH was 2.1 mU/L. Free T4 was 15 pmol/L.').map((r) => r.slice(0, 3))).toEqual([
      ['thyroid-stimulating-hormone', 2.1, 'mU/L'], ['free-t4', 15, 'pmol/L']]);
  });
  it('keeps a unit that names nothing of the test as before', () => {
    expect(coded('The results were fine. Glucose 5.4 mU/L. Nothing else.')).toEqual([]);
  });
});

describe('fixr85b: a specimen word in OBX-3\'s coding system', () => {
  it('reads the urine\'s pH', () => {
    expect(hl7Results('OBX|1|NM|^pH^URINE||6.0||5.0-8.0|N|||F').map(codedRow)).toEqual([['urine-ph', 6, '[pH]', 5, 8, 'normal']]);
  });
  it('keeps a blood pH and a local coding system as before', () => {
    expect(hl7Results('OBX|1|NM|^pH^L||7.40||7.35-7.45|N|||F').map((r) => r.biomarker?.key)).toEqual(['ph-arterial']);
    expect(hl7Results('OBX|1|NM|PH^pH^L||7.40||7.35-7.45|N|||F').map((r) => r.biomarker?.key)).toEqual(['ph-arterial']);
  });
});

describe('fixr85b: one pattern of a full-stop range', () => {
  it('reads `12. 22` as a range wherever it is asked, `(12. 22)` where readsAsRange is', () => {
    expect(FULL_STOP_RANGE.test('12. 22')).toBe(true);
    expect(parseReferenceRange('12. 22')).toMatchObject({ low: 12, high: 22 });
    expect(parseReferenceRange('3.1. 6.8')).toMatchObject({ low: 3.1, high: 6.8 });
    expect(readsAsRange('(12. 22)')).toBe(true);
    expect(readsAsRange('12. 22')).toBe(true);
    expect(numericRangeAt(['12.', '22'], 0)).toEqual({ span: 2, text: '12-22' });
    // Near-misses as before: the upper bound not the greater, decimals on a line's tokens, a bracket in a token.
    expect(parseReferenceRange('22. 12')).not.toMatchObject({ low: 22 });
    expect(numericRangeAt(['5.', '3'], 0)).toBeNull();
    expect(numericRangeAt(['3.1.', '6.8'], 0)).toBeNull();
    expect(numericRangeAt(['(12.', '22)'], 0)).toBeNull();
  });
});
