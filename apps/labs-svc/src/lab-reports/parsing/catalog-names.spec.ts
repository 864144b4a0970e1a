import { BIOMARKER_CATALOG } from '../../biomarkers/catalog/biomarker-catalog.js';
import { loadLoincNames, printedLongName, printedShortName, scoreLoincNames, totalsOf } from '../../testing/loinc-names.js';
import { BiomarkerCatalog, loincShortName } from './catalog.js';

/*
 * The catalog's name coverage on LOINC's own names of common laboratory results (apps/labs-svc/src/testing/
 * loinc-names.ts and its fixture; `node dist/scripts/catalog-names.js` prints the figures): no name of a catalog
 * analyte may read as another analyte, no other test's name as one of ours, and coverage may not fall below what the
 * loincnames change reached (looked-at names 451 of 495 right; the held-out third, never looked at, 230 of 263 with 2
 * read as another analyte — its figure is kept, not tuned; 229 since the loincnames review).
 */
const catalog = new BiomarkerCatalog(BIOMARKER_CATALOG);
const names = scoreLoincNames(catalog, loadLoincNames());
const looked = totalsOf(names.filter((n) => !n.heldOut));
const heldOut = totalsOf(names.filter((n) => n.heldOut));

describe('loincnames: the catalog on LOINC\'s names of the Top 2000 lab results', () => {
  it('no looked-at name of a catalog analyte reads as another analyte, and no other test\'s name as one of ours', () => {
    expect(looked.wrong).toBe(0);
    expect(looked.negativesWrong).toBe(0);
    expect(heldOut.negativesWrong).toBe(0);
    expect(heldOut.wrong).toBeLessThanOrEqual(2);
  });

  it('coverage does not fall below what was reached', () => {
    expect(looked.right).toBeGreaterThanOrEqual(451);
    // (loincnames review: 230 -> 229, one held-out short name with a word after its system that is no scale or method
    // word LOINC_AFTER_SYSTEM knows — the rule that keeps a value out of the name; the name is not looked at.)
    expect(heldOut.right).toBeGreaterThanOrEqual(229);
  });

  it('the printed forms of LOINC\'s names keep what changes the analyte', () => {
    expect(printedShortName('Creat SerPl-mCnc')).toBe('Creat');
    expect(printedShortName('Creat Ur-sCnc')).toBe('Creat Urine');
    expect(printedShortName('WBC # Bld Auto')).toBe('WBC #');
    expect(printedShortName('CK MB SerPl-Rto')).toBe('CK MB ratio');
    expect(printedShortName('CRP SerPl HS-mCnc')).toBe('hs CRP');
    expect(printedShortName('Platelet Bld Ql Smear')).toBe('');
    expect(printedLongName('Lymphocytes [#/volume] in Blood by Automated count')).toBe('Lymphocytes #');
    expect(printedLongName('Neutrophils/100 leukocytes in Blood')).toBe('Neutrophils %');
    expect(printedLongName('Creatinine [Moles/volume] in Urine')).toBe('Creatinine in Urine');
    expect(printedLongName('Carbon dioxide [Partial pressure] in Arterial blood')).toBe('Carbon dioxide partial pressure');
  });
});

describe('loincnames: LOINC short and long names read by matchName', () => {
  const key = (name: string) => catalog.matchName(name)?.key ?? null;

  it('a LOINC short name is its analyte, a specimen other than blood kept', () => {
    expect(loincShortName('Creat SerPl-mCnc')).toBe('Creatinine');
    expect(loincShortName('Prot Ur Strip-mCnc')).toBe('Protein Urine');
    expect(key('Creat SerPl-mCnc')).toBe('creatinine');
    expect(key('Hgb Bld-mCnc')).toBe('hemoglobin');
    expect(key('WBC # Bld Auto')).toBe('white-blood-cell-count');
    expect(key('Neutrophils # Bld Auto')).toBe('neutrophils-absolute');
    expect(key('TSH SerPl DL<=0.005 mIU/L-aCnc')).toBe('thyroid-stimulating-hormone');
    expect(key('CRP SerPl HS-mCnc')).toBe('hs-crp');
    // Negatives: another specimen, a ratio of the CK-MB, a smear's finding, a name that is no short name.
    expect(key('Creat Ur-sCnc')).not.toBe('creatinine');
    expect(key('CK MB SerPl-Rto')).toBeNull();
    expect(key('CK MB CFr SerPl')).toBeNull();
    expect(key('Platelet Bld Ql Smear')).toBeNull();
    expect(loincShortName('Glucose')).toBeUndefined();
    expect(loincShortName('Glucose fasting')).toBeUndefined();
  });

  it('a LOINC long name\'s property and method say which analyte', () => {
    // (`Lymphocytes [#/volume] in Blood` reads the cell, as before: the unit then says count or percentage.)
    expect(key('Lymphocytes [#/volume] in Blood by Automated count')).toBe('lymphocytes');
    expect(key('Carbon dioxide [Partial pressure] in Arterial blood')).toBe('carbon-dioxide-partial-pressure');
    expect(key('C reactive protein [Mass/volume] in Serum or Plasma by High sensitivity method')).toBe('hs-crp');
    expect(key('INR in Platelet poor plasma by Coagulation assay')).toBe('inr');
    // Negatives: the total CO2, the conventional CRP, the percentage stay what they were.
    expect(key('Carbon dioxide, total [Moles/volume] in Serum or Plasma')).toBe('carbon-dioxide');
    expect(key('C reactive protein [Mass/volume] in Serum or Plasma')).toBe('c-reactive-protein');
    expect(key('Lymphocytes/100 leukocytes in Blood by Automated count')).toBe('lymphocytes');
  });

  it('a name closed up is another only when its spaces move (`Bilirub Indirect` is no direct bilirubin)', () => {
    expect(key('Bilirub Indirect')).not.toBe('direct-bilirubin');
    expect(key('Bilirub Indirect SerPl-mCnc')).toBe('indirect-bilirubin');
    expect(key('NT PRO BNP')).toBe('nt-probnp');
    expect(key('B-Globulin')).not.toBe('globulin-total');
  });

  it('negatives: names LOINC gives two analytes, or another test, stay unknown', () => {
    expect(key('Erythrocyte distribution width')).toBeNull();
    expect(key('Anion gap 5')).toBeNull();
    expect(key('Nuclear Ab pattern')).toBeNull();
    expect(key('HBV surface Ab')).not.toBe('hepatitis-b-surface-antigen');
  });
});

describe('loincnames review: LOINC short names read by matchName, what their system, property and tail say', () => {
  const key = (name: string) => catalog.matchName(name)?.key ?? null;

  it('a short name read the same as printed is never read again (`WBC # CSF`): unknown, no endless recursion', () => {
    expect(() => catalog.matchName('WBC # CSF Manual')).not.toThrow();
    expect(key('WBC # CSF Manual')).toBeNull();
    expect(key('WBC # CSF')).toBeNull();
    expect(key('Lymphocytes # CSF Manual')).toBeNull();
  });

  it('red cells and platelet-poor plasma name their own tests; plasma no haemoglobin; serum and blood as before', () => {
    expect(key('Folate RBC-mCnc')).toBeNull();
    expect(key('Folate RBC Calc')).toBeNull();
    expect(key('Magnesium RBC-mCnc')).toBeNull();
    expect(key('Hgb Plas-mCnc')).toBeNull();
    expect(key('Platelet # PPP Auto')).toBeNull();
    expect(key('Folate Bld-mCnc')).toBeNull();
    expect(key('MCV RBC Auto')).toBe('mean-corpuscular-volume');
    expect(key('Glucose Plas-mCnc')).toBe('glucose');
    expect(key('Fibrinogen PPP-mCnc')).toBe('fibrinogen');
    expect(key('Magnesium SerPl-mCnc')).toBe('magnesium');
  });

  it('a fraction property names a share: the catalog\'s percentage, or nothing', () => {
    expect(key('Testost Free MFr SerPl')).not.toBe('testosterone-free');
    expect(key('Albumin MFr SerPl Elph')).toBeNull();
    expect(key('PSA Free MFr SerPl')).toBeNull();
    expect(key('Hct VFr Bld Auto')).toBe('hematocrit');
    expect(key('Eosinophil NFr Bld Auto')).toBe('eosinophils');
    expect(key('Hgb A1c MFr Bld')).toBe('hemoglobin-a1c');
  });

  it('only scale and method words after the system: a number or another word makes it no short name', () => {
    expect(loincShortName('Creat SerPl-mCnc 0.9')).toBeUndefined();
    expect(loincShortName('WBC # Bld Auto 6.5')).toBeUndefined();
    expect(loincShortName('Sp Gr Ur Strip 1.020')).toBeUndefined();
    expect(loincShortName('Glucose SerPl-mCnc H')).toBeUndefined();
    expect(loincShortName('LDLc SerPl Calc-mCnc')).toBe('LDL Cholesterol');
    expect(key('TSH SerPl DL<=0.05 mIU/L-aCnc')).toBe('thyroid-stimulating-hormone');
  });

  it('a quantity property on a presence test is no screen', () => {
    expect(key('HBV surface Ag [Units/volume] in Serum')).toBeNull();
    expect(key('Hepatitis B virus surface Ag [Presence] in Serum')).toBe('hepatitis-b-surface-antigen');
  });

  it('a word split by a stray space, a space dropped between words: read; a space moved across a word\'s end: not', () => {
    expect(key('TotalBili rubin')).toBe('total-bilirubin');
    expect(key('HDLChol esterol')).toBe('hdl-cholesterol');
    expect(key('TotalCholes terol')).toBe('total-cholesterol');
    expect(key('Bilirub Indirect')).not.toBe('direct-bilirubin');
    expect(key('Globulin, Blood')).toBe('globulin-total');
    expect(key('B-Globulin')).not.toBe('globulin-total');
  });
});
