import { coded, codedWithRangeText, keyOf } from '../../testing/reader.js';

/*
 * (fixr85d) Shapes of probe set rev85, with made-up rows in other words and analytes: spaced dot leaders from PDF
 * text, a differential's percentage, its range and the absolute count on one line, Turkish, Greek and German names and
 * units, a free hormone's abbreviation after the hormone's name, an antigen in international units (its antibody), a
 * month and year after a row's range.
 */
describe('fixr85d: leaders of spaced dots (PDF text)', () => {
  it('reads the name before a leader of spaced dots and its colon', () => {
    expect(coded('Λευκωματίνη (ALB) . . . . . . . . . . .: 4.4 g/dL 3.5 - 5.2\nΦωσφατάση Οξεία (ACP) . . . . . . . . . . : 4.1 U/L < 6.5')).toEqual([
      ['albumin', 4.4, 'g/dL', 3.5, 5.2, 'normal'], ['?Φωσφατάση Οξεία (ACP)', 4.1, 'U/L', null, 6.5, 'normal']]);
    expect(coded('Sodium (Na) . . . . . . . . . : 139 mmol/L 135.0 - 145.0')).toEqual([['sodium', 139, 'mmol/L', 135, 145, 'normal']]);
  });
  it('reads a short leader ended by the colon', () => {
    expect(coded('Ταχύτητα Καθίζησης Ερυθρών . . . : 8 mm/h 0 - 20')).toEqual([['erythrocyte-sedimentation-rate', 8, 'mm/h', 0, 20, 'normal']]);
  });
  it('does not join a stray abbreviation line to the next row', () => {
    expect(coded('Αιμοσφαιρίνη (HGB) . . . . . . . . .: 13.1 g/dL 12.0 - 16.0\nHGB\n. . . . .\nΜέσος Όγκος Ερυθρών (MCV) . . . . . . . . : 88 fl 80 - 99\n. . . .\nΜέση Περιεκτικότητα Hb (MCH) . . . . . . . . : 29 pg 27 - 32')).toEqual([
      ['hemoglobin', 13.1, 'g/dL', 12, 16, 'normal'], ['mean-corpuscular-volume', 88, 'fL', 80, 99, 'normal'],
      ['mean-corpuscular-hemoglobin', 29, 'pg', 27, 32, 'normal']]);
  });
  it('leaves an ellipsis in prose and unspaced leaders as they were', () => {
    expect(coded('Results pending . . . . please call later')).toEqual([]);
    expect(coded('Glucose........ 95 mg/dL 70-99')).toEqual([['glucose', 95, 'mg/dL', 70, 99, 'normal']]);
    expect(coded('T. Chol 190 mg/dL (<200)')).toEqual(coded('T. Chol 190 mg/dL (<200)'));
  });
});

describe('fixr85d: a percentage, its range, then the absolute count on one line', () => {
  it('reads two rows: the percentage with its range, the count without one', () => {
    expect(codedWithRangeText('Lymphocytes (LYM) : 31 % 20 - 45 2.10 K/ul\nMonocytes: 6 % 2 - 10 0.45 x10^3/uL')).toEqual([
      ['lymphocytes', 31, '%', '20 - 45', 20, 45, 'normal'], ['lymphocytes-absolute', 2.1, '10*3/uL', null, null, null, null],
      ['monocytes', 6, '%', '2 - 10', 2, 10, 'normal'], ['monocytes-absolute', 0.45, '10*3/uL', null, null, null, null]]);
  });
  it('reads no pair where the last number has no count unit or the range is no percentage\'s', () => {
    expect(coded('Glucose: 95 % 70 - 99 5.3 mmol/L').filter((r) => r[2] === 'mmol/L')).toEqual([]);
    expect(coded('Neutrophils: 60 % 40 - 75')).toEqual([['neutrophils', 60, '%', 40, 75, 'normal']]);
    expect(coded('Neutrophils: 60 % 150 - 450 3.1 K/uL').some((r) => r[0] === 'neutrophils' && r[3] === 150)).toBe(false);
  });
});

describe('fixr85d: units', () => {
  it('reads Turkish `bin` (thousand) and `milyon` per volume, and `dk` (minute) in an eGFR', () => {
    expect(coded('Trombosit - 240 bin/mm3\nEritrosit - 4,5 milyon/µL\nLenfosit - 2,3 bin/µL\neGFR - 95 ml/dk/1,73m2')).toEqual([
      ['platelet-count', 240, '10*3/uL', null, null, null], ['red-blood-cell-count', 4.5, '10*6/uL', null, null, null],
      ['lymphocytes-absolute', 2.3, '10*3/uL', null, null, null], ['egfr', 95, 'mL/min/{1.73_m2}', null, null, null]]);
  });
  it('reads `gr` for the gram, `[iU]` as `[IU]`, `mMeter/h` as mm/h', () => {
    expect(coded('Albumin: 4.1 gr/dL (3.5-5.2)\nFSH: 5.1 m[iU]/mL (1.5-12.4)\nESR: 12 mMeter/h (0-20)')).toEqual([
      ['albumin', 4.1, 'g/dL', 3.5, 5.2, 'normal'], ['follicle-stimulating-hormone', 5.1, 'm[IU]/mL', 1.5, 12.4, 'normal'],
      ['erythrocyte-sedimentation-rate', 12, 'mm/h', 0, 20, 'normal']]);
  });
  it('keeps other units as before', () => {
    expect(coded('Albumin: 4.1 g/dL (3.5-5.2)')).toEqual([['albumin', 4.1, 'g/dL', 3.5, 5.2, 'normal']]);
    expect(coded('Leukozyten 5.6 G/l')).toEqual([['white-blood-cell-count', 5.6, '10*9/L', null, null, null]]);
  });
});

describe('fixr85d: names', () => {
  it('reads German words typed with ASCII umlauts and `nüchtern`, `sensitiv`', () => {
    expect(['Harnsaeure', 'Harnsäure', 'Folsaeure', 'Glukose nuechtern', 'Glukose nüchtern', 'CRP sensitiv'].map(keyOf)).toEqual([
      'uric-acid', 'uric-acid', 'folate', 'glucose', 'glucose', 'hs-crp']);
  });
  it('leaves English words with `ue`/`oe` as they were', () => {
    expect(keyOf('Tissue blue')).toBeUndefined();
    expect(keyOf('Harnstoff')).toBe('urea');
  });
  it('reads Greek names of electrolytes, enzymes and the ESR', () => {
    expect(['Αμυλάση Ορού', 'Λιπάση', 'Ασβέστιο', 'Μαγνήσιο', 'Κάλιο Ορού', 'Ταχύτητα Καθίζησης Ερυθρών (1η ώρα)', 'Αιμοπεταλιοκρίτης'].map(keyOf)).toEqual([
      'amylase', 'lipase', 'calcium', 'magnesium', 'potassium', 'erythrocyte-sedimentation-rate', 'plateletcrit']);
    expect(keyOf('Ασβέστιο ούρων')).toBeUndefined();
  });
  it('reads a free hormone by its abbreviation after the hormone\'s name', () => {
    expect(['Thyroxine (FT4)', 'Triiodothyronine (FT3)', 'Thyroxine (T4)', 'Triiodothyronine (T3)'].map(keyOf)).toEqual([
      'free-t4', 'free-t3', 'total-t4', 'total-t3']);
  });
  it('reads `thyroid peroxide` as peroxidase, nothing else as it', () => {
    expect(keyOf('Thyroid peroxide antibodies')).toBe('thyroid-peroxidase-antibody');
    expect(keyOf('Hydrogen peroxide')).toBeUndefined();
  });
});

describe('fixr85d: an antigen in international units is its antibody', () => {
  it('reads thyroglobulin in IU as the antibody, in mass units as the antigen', () => {
    expect(coded('Thyroglobulin 12 kIU/L (0-115)\nThyroglobulin (TG) 8 IU/mL (<= 40)').map((r) => r[0])).toEqual(['thyroglobulin-antibody', 'thyroglobulin-antibody']);
    expect(coded('Thyroglobulin 12 ng/mL (3.5-77)\nThyroglobulin 9 ug/L').map((r) => r[0])).toEqual(['thyroglobulin', 'thyroglobulin']);
  });
});

describe('fixr85d: a month and year after a row\'s range', () => {
  it('reads the row without its month', () => {
    expect(coded('Ferritin: 45 ng/mL (15-150), March 2021\nVitamin B12: 180 [L] pg/mL (200-900) Sept 2019\nTSH: 5.9 mIU/L (0.4-4.0) H, Jan 2022')).toEqual([
      ['ferritin', 45, 'ng/mL', 15, 150, 'normal'], ['vitamin-b12', 180, 'pg/mL', 200, 900, 'low'],
      ['thyroid-stimulating-hormone', 5.9, 'm[IU]/L', 0.4, 4, 'high']]);
  });
  it('keeps a heading\'s month and a row without one as before', () => {
    expect(coded('Results (mmol/L) July 2014')).toEqual([]);
    expect(coded('Glucose 5.4 mmol/L (3.9-6.1)')).toEqual([['glucose', 5.4, 'mmol/L', 3.9, 6.1, 'normal']]);
  });
});
