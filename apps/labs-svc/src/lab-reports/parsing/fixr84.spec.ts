import { hl7Results, codedRow } from '../../testing/reader.js';

/*
 * (fixr84) A chemistry analyser's OBX with a bare local number in OBX-3 (no text, no coding system) and the test's
 * name in OBX-4, the sub-ID's place (`OBX|1|NM|40001|Na+|135,3|mmol/L|...`): the name in OBX-4 names the test when
 * the catalog knows it. Ordinary sub-IDs (`1`, `1.1`, `a`) and a named OBX-3 stand as before.
 */
describe('fixr84: a name in OBX-4 beside a bare number in OBX-3', () => {
  it('reads the test named in OBX-4, with decimal commas', () => {
    expect(hl7Results('OBX|1|NM|70012|Na+|138,1|mmol/L|135,0-145,0|N|||F',
      'OBX|2|NM|7|Colesterol|1,62||0,00-2,00|N|||F', 'OBX|3|NM|3|Glucosa|0,88||0,70-1,10|N|||F',
      'OBX|4|NM|12|Creatinina|0,81||0,60-1,20|N|||F').map(codedRow)).toEqual([
      ['sodium', 138.1, 'mmol/L', 135, 145, 'normal'], ['total-cholesterol', 1.62, null, 0, 2, 'normal'],
      ['glucose', 0.88, null, 0.7, 1.1, 'normal'], ['creatinine', 0.81, null, 0.6, 1.2, 'normal']]);
  });
  it('keeps ordinary sub-IDs and named OBX-3 as before', () => {
    const keys = (...s: string[]) => hl7Results(...s).map((r) => r.biomarker?.key ?? `?${r.name}`);
    expect(keys('OBX|1|NM|2951-2^Sodium^LN|1|140|mmol/L|135-145|N|||F')).toEqual(['sodium']);
    expect(keys('OBX|1|NM|GLU^Glucose^L|a|5.2|mmol/L|3.9-6.1|N|||F')).toEqual(['glucose']);
    expect(keys('OBX|1|NM|40007|1|5.2|mmol/L|3.9-6.1|N|||F')).toEqual(['?40007']);
    expect(keys('OBX|1|NM|40007|1.2|5.2|mmol/L|3.9-6.1|N|||F')).toEqual(['?40007']);
    // A name in OBX-4 the catalog does not know leaves the row as it was.
    expect(keys('OBX|1|NM|40008|Zzqxw Index|5.2|mmol/L|3.9-6.1|N|||F')).toEqual(['?40008']);
    // A LOINC code in OBX-3 with a sub-ID in letters: OBX-3 names the test.
    expect(keys('OBX|1|NM|2345-7^^LN|Glucosa|5.2|mmol/L|3.9-6.1|N|||F')).toEqual(['glucose']);
  });
  it('reads ordinary decimal values as before', () => {
    expect(hl7Results('OBX|1|NM|2823-3^Potassium^LN||4.1|mmol/L|3.5-5.1|N|||F').map(codedRow)).toEqual([
      ['potassium', 4.1, 'mmol/L', 3.5, 5.1, 'normal']]);
  });
});

describe('fixr84: where the sample stood on the analyser is no result', () => {
  const keys = (...s: string[]) => hl7Results(...s).map((r) => r.biomarker?.key ?? `?${r.name}`);
  it('drops shelf, tube and rack positions and the run\'s project type', () => {
    expect(keys('OBX|1|ST|01012^Shelf No^99MRC||3||||||F', 'OBX|2|ST|01013^Tube No^99MRC||7||||||F',
      'OBX|3|ST|R1^Rack number^L||12||||||F', 'OBX|4|IS|05007^Project Type^99MRC||BL||||||F',
      'OBX|5|NM|6690-2^WBC^LN||7.1|10*9/L|4.00-10.00|N|||F')).toEqual(['white-blood-cell-count']);
  });
  it('keeps results whose names only start like them', () => {
    expect(keys('OBX|1|NM|777-3^PLT^LN||250|10*9/L|150-400|N|||F', 'OBX|2|NM|X1^Tube glucose^L||5.1|mmol/L|3.9-6.1|N|||F')).toEqual(['platelet-count', '?Tube glucose']);
  });
  it('reads no other analyte in a name with a per-mille sign', () => {
    expect(keys('OBX|1|NM|10033^InR‰^99MRC||0.00|‰||N|||F')).toEqual(['?InR‰']);
    expect(keys('OBX|1|NM|6301-6^INR^LN||1.1||0.8-1.2|N|||F')).toEqual(['inr']);
  });
});

describe('fixr84 (review cr19): a one-letter sub-ID beside a bare number', () => {
  it('is a name only when the catalog measures it in the row\'s unit: `K` in mmol/L is potassium, `K` in fL (a letter-numbered sub-ID) is not', () => {
    const keys = (...obx: string[]) => hl7Results(...obx).map((r) => r.biomarker?.key ?? `?${r.name}`);
    expect(keys('OBX|1|NM|40002|K|4.2|mmol/L|3.5-5.1|N|||F')).toEqual(['potassium']);
    expect(keys('OBX|1|NM|50302|J|4.6|10*12/L|4.2-5.9|N|||F', 'OBX|2|NM|50303|K|88|fL|80-100|N|||F')).not.toContain('potassium');
    expect(keys('OBX|1|NM|40001|Na+|140|mmol/L|135-145|N|||F')).toEqual(['sodium']);
  });
});
