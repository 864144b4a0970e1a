import { catalog, coded } from '../../testing/reader.js';

/*
 * (bracketunit) A name whose words name one analyte and whose bracket names another (`Hemoglobin (HbA1c)`, `Hemoglobin
 * (MCH)`): the catalog reads the words before the bracket first, and main coded these as haemoglobin in `%`,
 * `mmol/mol` or `pg`, units haemoglobin is never measured in. The printed unit decides between the two readings: the
 * bracket's analyte when the unit is one it is measured in and the words' analyte's is not. Expected rows are written
 * from the printed lines: HbA1c is reported in % (NGSP) or mmol/mol (IFCC), the MCH in pg, haemoglobin in g/dL, g/L or
 * mmol/L.
 */

describe('bracketunit: the printed unit decides between a name\'s words and its bracket', () => {
  it('reads the bracket\'s analyte when only it is measured in the printed unit', () => {
    expect(coded('Hemoglobin (HbA1c)  5.6 %  4.0-5.6')).toEqual([['hemoglobin-a1c', 5.6, '%', 4, 5.6, 'normal']]);
    expect(coded('Hemoglobin (HbA1c)  42 mmol/mol  20-42')).toEqual([['hemoglobin-a1c', 42, 'mmol/mol', 20, 42, 'normal']]);
    expect(coded('Hemoglobin (MCH)  29 pg  27-33')).toEqual([['mean-corpuscular-hemoglobin', 29, 'pg', 27, 33, 'normal']]);
    expect(coded('Hemoglobin (HbA1c)  6.8 %  4.0-5.6')).toEqual([['hemoglobin-a1c', 6.8, '%', 4, 5.6, 'high']]);
    // In other languages' words too, and other pairs the unit tells apart.
    expect(coded('Hemoglobina (HbA1c)  5.6 %  4.0-5.6')).toEqual([['hemoglobin-a1c', 5.6, '%', 4, 5.6, 'normal']]);
    expect(coded('Hämoglobin (HbA1c)  42 mmol/mol')).toEqual([['hemoglobin-a1c', 42, 'mmol/mol', null, null, null]]);
    expect(coded('Creatinine (eGFR)  85 mL/min/1.73m2  >60')).toEqual([['egfr', 85, 'mL/min/{1.73_m2}', 60, null, 'normal']]);
    expect(coded('Hemoglobin (Hematocrit)  42 %')).toEqual([['hematocrit', 42, '%', null, null, null]]);
  });

  it('keeps the words\' analyte when the unit is theirs, or says nothing', () => {
    expect(coded('Hemoglobin (Hb)  13.5 g/dL  12-16')).toEqual([['hemoglobin', 13.5, 'g/dL', 12, 16, 'normal']]);
    // The bracket says HbA1c, the unit haemoglobin: the words and the unit agree.
    expect(coded('Hemoglobin (HbA1c)  13.5 g/dL  12-16')).toEqual([['hemoglobin', 13.5, 'g/dL', 12, 16, 'normal']]);
    expect(coded('Glucose (GLU)  95 mg/dL  70-99')).toEqual([['glucose', 95, 'mg/dL', 70, 99, 'normal']]);
    expect(coded('Cholesterol (HDL)  1.2 mmol/L  >1.0')).toEqual([['hdl-cholesterol', 1.2, 'mmol/L', 1, null, 'normal']]);
    // No unit printed: nothing to decide by; main's reading stands.
    expect(coded('Hemoglobin (MCH)  29  27-33')).toEqual([['hemoglobin', 29, null, 27, 33, 'normal']]);
  });

  it('leaves a bracket that names no analyte, or one measured in neither unit, as before', () => {
    expect(coded('Hemoglobin (fasting)  13.5 g/dL  12-16')).toEqual(coded('Hemoglobin  13.5 g/dL  12-16'));
    expect(coded('MCH  29 pg  27-33')).toEqual([['mean-corpuscular-hemoglobin', 29, 'pg', 27, 33, 'normal']]);
    expect(coded('HbA1c  42 mmol/mol  20-42')).toEqual([['hemoglobin-a1c', 42, 'mmol/mol', 20, 42, 'normal']]);
  });

  it('(review) never reads a specimen letter or a differential\'s parent count out of the bracket', () => {
    expect(coded('Insulin (P)  60 pmol/L  18-173')).toEqual([['insulin', 60, 'pmol/L', 18, 173, 'normal']]);
    expect(coded('PTH (P)  5.0 pmol/L  1.6-6.9')).toEqual([['parathyroid-hormone', 5, 'pmol/L', 1.6, 6.9, 'normal']]);
    expect(coded('C-peptide (P)  0.6 nmol/L  0.3-1.3')).toEqual([['c-peptide', 0.6, 'nmol/L', 0.3, 1.3, 'normal']]);
    expect(coded('Albumin (P)  600 umol/L')).toEqual([['albumin', 600, 'umol/L', null, null, null]]);
    expect(coded('Neutrophils (WBC)  4.2 x10^9/L  2.0-7.5')).toEqual([['neutrophils-absolute', 4.2, '10*9/L', 2, 7.5, 'normal']]);
    expect(coded('Lymphocytes (Leukocytes)  2.1 x10^9/L')).toEqual([['lymphocytes-absolute', 2.1, '10*9/L', null, null, null]]);
  });
});
