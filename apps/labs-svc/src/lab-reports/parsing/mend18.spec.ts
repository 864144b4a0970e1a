import { catalog, coded, codedWithRangeText, healthOneHeader, hl7Results, ldtLine, opts, rangeTextRow } from '../../testing/reader.js';
import { codeRows } from './coding.js';
import { parseReferenceRange } from './reference-range.js';
import { readReport } from './report-reader.js';

/*
 * (mend18, review cr12 of fixr80 and fixr77b) Misfires of the HealthOne/LDT record readers (a decimal comma read as a
 * thousands separator, a second patient read into the first, pending texts as rows, `=95`) and of fixr77b's rules (a
 * lone healthy tier line lost its bounds, `SEE NOTE` over a pending note, an optimal range over the lab's under it,
 * `38% - 50%` beside L/L, `{ratio}` for ratios in units not printed). Every line is made up in the printed shape.
 */

const crlf = (...l: string[]) => l.join('\r\n');
const lines = (...l: string[]) => l.join('\n');
/** A text upload read as the service reads it: [key, value, valueText, unit, range text, low, high, flag] rows and the warnings' codes. */
async function read(text: string) {
  const parsed = await readReport('text', Buffer.from(text, 'utf8'), opts);
  const results = codeRows(parsed.rows, catalog, '2026-01-01T00:00:00.000Z').results;
  return {
    layout: parsed.layout,
    rows: results.map((r) => { const [key, value, unit, text, low, high, flag] = rangeTextRow(r); return [key, value, r.valueText ?? null, unit, text, low, high, flag]; }),
    warnings: parsed.warnings.map((w) => w.code),
  };
}
/** [key, valueText, comment] of each row an HL7 message reads. */
const hl7 = (...segments: string[]) => hl7Results(...segments)
  .map((r) => [r.biomarker?.key ?? `?${r.name}`, r.valueText ?? null, r.comment ?? null]);


describe('mend18: numbers of HealthOne and LDT files', () => {
  it('a comma is the decimal mark: `1,234` is 1.234 (HealthOne and LDT)', async () => {
    const h = await read(crlf(...healthOneHeader('Q-7'), 'L1\\Q-7\\TSH\\TSH\\0,30-4,00\\mIU/L\\\\2,345\\', 'L1\\Q-7\\K\\Kalium\\3,5-5,1\\mmol/L\\\\4,4\\'));
    expect(h.rows[0]!.slice(0, 2)).toEqual(['thyroid-stimulating-hormone', 2.345]);
    expect(h.rows[0]![7]).toBe('normal');
    const l = await read(crlf(ldtLine('8000', '8201'), ldtLine('3101', 'Beispiel'), ldtLine('3103', '02021972'), ldtLine('8410', 'LEU'), ldtLine('8411', 'Leukozyten'),
      ldtLine('8420', '6,125'), ldtLine('8421', '/nl'), ldtLine('8461', '4,0'), ldtLine('8462', '10,0')));
    expect(l.rows).toEqual([['white-blood-cell-count', 6.125, null, '/nL', '4,0-10,0', 4, 10, 'normal']]);
  });

  it('a point groups thousands where the file\'s ranges show it so (`150.000-400.000`), value and range alike', async () => {
    const h = await read(crlf(...healthOneHeader('Q-8'), 'L1\\Q-8\\PLT\\Plaatjes\\150.000-400.000\\/µL\\\\310.000\\', 'L1\\Q-8\\LEU\\Leukocyten\\4.000-10.000\\/µL\\\\6.500\\'));
    expect(h.rows.map((r) => [r[1], r[5], r[6], r[7]])).toEqual([[310000, 150000, 400000, 'normal'], [6500, 4000, 10000, 'normal']]);
    const l = await read(crlf(ldtLine('8000', '8201'), ldtLine('3101', 'Beispiel'), ldtLine('8410', 'LEU'), ldtLine('8411', 'Leukozyten'),
      ldtLine('8420', '6.500'), ldtLine('8421', '/µl'), ldtLine('8460', '4.000 - 10.000')));
    expect(l.rows.map((r) => [r[1], r[5], r[6], r[7]])).toEqual([[6500, 4000, 10000, 'normal']]);
  });

  it('negatives: a lone `1.250` in a file with no grouped range is a decimal; plain decimal commas and points as before', async () => {
    const h = await read(crlf(...healthOneHeader('Q-9'), 'L1\\Q-9\\TROP\\Troponine\\<0.040\\ng/mL\\\\0.125\\', 'L1\\Q-9\\CREA\\Creatinine\\0,70-1,20\\mg/dL\\\\0,95\\'));
    expect(h.rows.map((r) => r[1])).toEqual([0.125, 0.95]);
  });
});

describe('mend18: a second patient in a record file', () => {
  it('LDT: a second report record with another name and no birth date ends the read', async () => {
    const l = await read(crlf(
      ldtLine('8000', '8201'), ldtLine('3101', 'Erster'), ldtLine('3102', 'Anna'), ldtLine('8410', 'NA'), ldtLine('8411', 'Natrium'), ldtLine('8420', '141'), ldtLine('8421', 'mmol/l'),
      ldtLine('8000', '8201'), ldtLine('3101', 'Zweiter'), ldtLine('3102', 'Bert'), ldtLine('8410', 'NA'), ldtLine('8411', 'Natrium'), ldtLine('8420', '128'), ldtLine('8421', 'mmol/l')));
    expect(l.rows.map((r) => r[1])).toEqual([141]);
    expect(l.warnings).toContain('other-patient');
  });

  it('LDT: a second report record with no patient fields ends the read; the same patient again goes on', async () => {
    const none = await read(crlf(
      ldtLine('8000', '8201'), ldtLine('3000', '4711'), ldtLine('8410', 'NA'), ldtLine('8411', 'Natrium'), ldtLine('8420', '141'), ldtLine('8421', 'mmol/l'),
      ldtLine('8000', '8201'), ldtLine('8410', 'K'), ldtLine('8411', 'Kalium'), ldtLine('8420', '4,1'), ldtLine('8421', 'mmol/l')));
    expect(none.rows.map((r) => r[1])).toEqual([141]);
    const same = await read(crlf(
      ldtLine('8000', '8201'), ldtLine('3000', '4711'), ldtLine('3101', 'Erster'), ldtLine('8410', 'NA'), ldtLine('8411', 'Natrium'), ldtLine('8420', '141'), ldtLine('8421', 'mmol/l'),
      ldtLine('8000', '8201'), ldtLine('3101', 'Erster'), ldtLine('8410', 'K'), ldtLine('8411', 'Kalium'), ldtLine('8420', '4,1'), ldtLine('8421', 'mmol/l')));
    expect(same.rows.map((r) => r[1])).toEqual([141, 4.1]);
    expect(same.warnings).not.toContain('other-patient');
  });

  it('HealthOne: a new request with no A2 before its results ends the read; a new request of the same patient goes on', async () => {
    const other = await read(crlf(...healthOneHeader('Q-1'), 'L1\\Q-1\\GLU\\Glucose\\70-110\\mg/dL\\\\92\\',
      'A1\\Q-2\\LABO VOORBEELD\\', 'L1\\Q-2\\GLU\\Glucose\\70-110\\mg/dL\\\\240\\'));
    expect(other.rows.map((r) => r[1])).toEqual([92]);
    expect(other.warnings).toContain('other-patient');
    const same = await read(crlf(...healthOneHeader('Q-1'), 'L1\\Q-1\\GLU\\Glucose\\70-110\\mg/dL\\\\92\\', ...healthOneHeader('Q-2'), 'L1\\Q-2\\NA\\Natrium\\136-145\\mmol/L\\\\140\\'));
    expect(same.rows.map((r) => r[1])).toEqual([92, 140]);
  });
});

describe('mend18: pending and refused texts in record files are no rows', () => {
  it('HealthOne: `volgt`, `suit`, `niet uitgevoerd`, `hemolyse`, `en cours`', async () => {
    const h = await read(crlf(...healthOneHeader('Q-3'),
      'L1\\Q-3\\CHOL\\Cholesterol\\<190\\mg/dL\\\\volgt\\', 'L1\\Q-3\\TG\\Triglyceriden\\<150\\mg/dL\\\\suit\\',
      'L1\\Q-3\\FOL\\Foliumzuur\\>3\\ng/mL\\\\niet uitgevoerd\\', 'L1\\Q-3\\K\\Kalium\\3.5-5.1\\mmol/L\\\\hemolyse\\',
      'L1\\Q-3\\VITD\\Vitamine D\\30-100\\ng/mL\\\\en cours\\', 'L1\\Q-3\\URI\\Urine aspect\\\\\\\\troebel\\'));
    expect(h.rows.map((r) => r[2])).toEqual(['troebel']);
  });

  it('LDT: `folgt`, `Befund folgt`, `Material hämolytisch, nicht bestimmbar`; a text result stays', async () => {
    const l = await read(crlf(ldtLine('8000', '8201'), ldtLine('3101', 'Beispiel'),
      ldtLine('8410', 'A1C'), ldtLine('8411', 'HbA1c'), ldtLine('8480', 'folgt'),
      ldtLine('8410', 'UK'), ldtLine('8411', 'Urinkultur'), ldtLine('8480', 'Befund folgt'),
      ldtLine('8410', 'CHO'), ldtLine('8411', 'Cholesterin'), ldtLine('8480', 'Material hämolytisch, nicht bestimmbar'),
      ldtLine('8410', 'BB'), ldtLine('8411', 'Blutbild-Bemerkung'), ldtLine('8480', 'Anisozytose +')));
    expect(l.rows.map((r) => r[2])).toEqual(['Anisozytose +']);
  });

  it('HealthOne: a value after an equals sign (`=95`) is the number', async () => {
    const h = await read(crlf(...healthOneHeader('Q-4'), 'L1\\Q-4\\GLU\\Glucose\\70-110\\mg/dL\\\\=95\\'));
    expect(h.rows).toEqual([['glucose', 95, null, 'mg/dL', '70-110', 70, 110, 'normal']]);
  });
});

describe('mend18: a tier label after a row\'s only range line', () => {
  it('a healthy tier\'s label (`Low`, `Low risk`, `Non-diabetic`) keeps the bounds: high values flagged', () => {
    expect(coded(lines('Test          Result   Unit     Reference', 'Troponin I    0.61     ng/mL    <0.04 : Low'))).toEqual([['troponin-i', 0.61, 'ng/mL', null, 0.04, 'high']]);
    expect(coded(lines('Test          Result   Unit     Reference', 'HbA1c         8.2      %        <5.7 : Non-diabetic'))).toEqual([['hemoglobin-a1c', 8.2, '%', null, 5.7, 'high']]);
    expect(coded(lines('Test          Result   Unit     Reference', 'PSA           7.3      ng/mL    <4.0 : Low risk'))).toEqual([['prostate-specific-antigen', 7.3, 'ng/mL', null, 4, 'high']]);
    expect(parseReferenceRange('<75 : Low risk')).toMatchObject({ high: 75 });
  });

  it('negatives: an abnormal tier\'s label alone, and tier lines joined, are text only', () => {
    expect(codedWithRangeText(lines('Test          Result   Unit     Reference', 'Ferritin      9        ng/mL    <15 : Deficiency'))).toEqual([['ferritin', 9, 'ng/mL', '<15 : Deficiency', null, null, null]]);
    expect(parseReferenceRange('20-29 : Insufficient')).toEqual({ text: '20-29 : Insufficient' });
    expect(parseReferenceRange('>=6.5 : Diabetic')).toEqual({ text: '>=6.5 : Diabetic' });
    expect(codedWithRangeText(lines('Test          Result   Unit     Reference', 'hs-CRP        1.8      mg/L     <1 : Low risk', '                                1 - 3 : Average risk',
      '                                >3 : High risk'))[0]!.slice(3)).toEqual(['<1 : Low risk 1 - 3 : Average risk >3 : High risk', null, null, null]);
    // The list's next tier on the line under the row, not joined (the name's second line between): text only too.
    expect(codedWithRangeText(lines('TEST NAME                     VALUE     UNITS     REFERENCE', 'HIGH SENSITIVITY CRP          1.8       mg/L      <1 : Low risk',
      ' (HS-CRP)                                         1 - 3 : Average risk', '                                                 >3 : High risk'))[0]!.slice(4)).toEqual([null, null, null]);
  });
});

describe('mend18: an HL7 `SEE NOTE` whose note says pending or refused', () => {
  it('pending, refused or sent away anywhere in the note: no row', () => {
    for (const note of ['Culture in progress. Final report to follow.', 'Sample leaked in transit; unable to process.', 'Preliminary: incubating, further report to follow.',
      'Referred to reference laboratory.', 'Unable to perform: wrong container.', 'Sample not kept at 37C. Please repeat.', 'Awaiting specimen.']) {
      expect(hl7('OBX|1|TX|ZX1^Wound culture^L||SEE NOTE||||||F', `NTE|1||${note}`)).toEqual([]);
    }
  });

  it('negatives: a note that answers stays the row\'s comment', () => {
    expect(hl7('OBX|1|TX|ZX2^Throat culture^L||SEE NOTE||||||F', 'NTE|1||No beta-haemolytic streptococci isolated.')).toEqual([
      ['?Throat culture', 'SEE NOTE', 'No beta-haemolytic streptococci isolated.'],
    ]);
    expect(hl7('OBX|1|TX|ZX3^MRSA screen^L||SEE NOTE||||||F', 'NTE|1||Not detected.')).toHaveLength(1);
  });
});

describe('mend18: an optimal range over the laboratory\'s', () => {
  it('`Optimised`/`Optimum` with the lab\'s range on the line under it: the lab\'s range is the row\'s', () => {
    expect(coded(lines('Test          Result   Unit     Reference', 'Ferritin      45       ng/mL    Optimised 80-150', '                                (Lab 20-150)')))
      .toEqual([['ferritin', 45, 'ng/mL', 20, 150, 'normal']]);
    expect(coded(lines('Test          Result   Unit     Reference', 'Ferritin      45       ng/mL    Optimum 80-150', '                                Lab range 20-150')))
      .toEqual([['ferritin', 45, 'ng/mL', 20, 150, 'normal']]);
  });

  it('negatives: an optimal range alone, and a lab range first, as before', () => {
    expect(coded('Ferritin 45 ng/mL Optimum 80-150')).toEqual([['ferritin', 45, 'ng/mL', 80, 150, 'low']]);
    expect(coded('Vitamin D 41 ng/mL 30-100 Optimum 50-80')).toEqual([['vitamin-d', 41, 'ng/mL', 30, 100, 'normal']]);
  });
});

describe('mend18: bounds in per cent beside another unit', () => {
  it('`38% - 50%` beside L/L, `31% - 37%` beside g/dL: text only', () => {
    expect(codedWithRangeText(lines('Test          Result   Unit     Reference', 'Haematocrit   0.36     L/L      38% - 50%'))).toEqual([['hematocrit', 0.36, 'L/L', '38% - 50%', null, null, null]]);
    expect(codedWithRangeText(lines('Test          Result   Unit     Reference', 'MCHC          30       g/dL     31% - 37%'))[0]!.slice(4)).toEqual([null, null, null]);
  });

  it('negatives: in per cent, the bounds', () => {
    expect(coded(lines('Test          Result   Unit     Reference', 'Haematocrit   36       %        38% - 50%'))).toEqual([['hematocrit', 36, '%', 38, 50, 'low']]);
  });
});

describe('mend18: no `{ratio}` for ratios whose parts\' units do not cancel', () => {
  it('free/total PSA, aldosterone/renin (ARR), protein/creatinine: no unit', () => {
    expect(coded(lines('Test                      Result    Units     Reference', 'Free/Total PSA Ratio      0.21      >0.25'))[0]![2]).toBeNull();
    expect(coded(lines('Test                      Result    Units     Reference', 'Aldosterone/Renin Ratio   18        <30'))[0]![2]).toBeNull();
    expect(coded(lines('Test                      Result    Units     Reference', 'Urine Protein Creatinine ratio   0.4    <0.15'))[0]![2]).toBeNull();
    expect(hl7Results('OBX|1|NM|ZR9^ARR Ratio^L||22||<30|N|||F')[0]!.unit ?? null).toBeNull();
  });

  it('negatives: other unknown ratios are `{ratio}`', () => {
    expect(coded(lines('Test                      Result    Units     Reference', 'Copper/Zinc ratio         1.1       0.7-1.3'))[0]![2]).toBe('{ratio}');
  });
});
