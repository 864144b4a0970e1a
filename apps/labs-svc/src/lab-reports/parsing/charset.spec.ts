import { catalog, codedRow } from '../../testing/reader.js';
import { analyzeReport } from './report-reader.js';
import { decodeReportText } from './text-decoding.js';

// (charset) Made-up reports in the encodings laboratory systems and Windows programs write, HL7 statuses and comment
// names of European systems, and names UK and Dutch laboratories print. Expected rows from what a clinician reads.

const read = async (kind: 'text' | 'hl7v2', bytes: Uint8Array) => (await analyzeReport(kind, bytes, catalog, new Date('2026-01-01T00:00:00Z'))).results.map(codedRow);
const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const utf8 = (text: string) => new TextEncoder().encode(text);
const PID = 'PID|1||P7^^^LAB^MR||MUSTER^ERIKA||19680412|F';

describe('charset: the text of a report in another encoding than UTF-8', () => {
  it('an HL7 message declaring ISO 8859-1 (MSH-18) in Latin-1 bytes: its umlauts and micro signs read', async () => {
    const msg = [
      'MSH|^~\\&|LIS|LABOR|PRAXIS|P1|20260301080000||ORU^R01|77|P|2.5|||||DE|8859/1',
      PID,
      'OBR|1|A1|B1|CHEM^Klinische Chemie^L|||20260301073000',
      'OBX|1|NM|HS^Harnsäure^L||6,9|mg/dl|2,4-5,7|H|||F',
      'OBX|2|NM|B12^Vitamin B12^L||412|pg/ml|197-771||||F',
      'OBX|3|NM|FERR^Ferritin^L||88|µg/l|13-150||||F',
    ].join('\r');
    expect(await read('hl7v2', latin1(msg))).toEqual([
      ['uric-acid', 6.9, 'mg/dL', 2.4, 5.7, 'high'],
      ['vitamin-b12', 412, 'pg/mL', 197, 771, 'normal'],
      ['ferritin', 88, 'ug/L', 13, 150, 'normal'],
    ]);
  });

  it('a message that declares ISO 8859-1 but is sent in UTF-8 is read as the UTF-8 it is', async () => {
    const msg = ['MSH|^~\\&|LIS|LABOR|PRAXIS|P1|20260301080000||ORU^R01|78|P|2.5|||||DE|8859/1', PID,
      'OBX|1|NM|KREA^Kreatinin^L||71|µmol/l|49-90||||F'].join('\r');
    expect(await read('hl7v2', utf8(msg))).toEqual([['creatinine', 71, 'umol/L', 49, 90, 'normal']]);
  });

  it('a printed report saved in Windows-1252, with nothing declared: its names read', async () => {
    const text = ['Laborbefund', '', 'Hämoglobin          13,1   g/dl     12,0 - 16,0', 'Harnsäure            4,2   mg/dl     2,4 - 5,7'].join('\r\n');
    expect(await read('text', latin1(text))).toEqual([['hemoglobin', 13.1, 'g/dL', 12, 16, 'normal'], ['uric-acid', 4.2, 'mg/dL', 2.4, 5.7, 'normal']]);
  });

  it('a report saved as "Unicode" (UTF-16 with its byte-order mark)', async () => {
    const text = 'Glucose   5.1   mmol/L   3.9 - 5.5\r\nSodium   141   mmol/L   135 - 145\r\n';
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    expect(await read('text', bytes)).toEqual([['glucose', 5.1, 'mmol/L', 3.9, 5.5, 'normal'], ['sodium', 141, 'mmol/L', 135, 145, 'normal']]);
  });

  it('UTF-8 stays UTF-8, a byte-order mark dropped; an undeclared 8-bit HL7 message is Windows-1252', () => {
    expect(decodeReportText(utf8('\uFEFFCalcium 2,41 mmol/l'))).toBe('Calcium 2,41 mmol/l');
    expect(decodeReportText(utf8('Vitamin B12  µg/l'))).toBe('Vitamin B12  µg/l');
    expect(decodeReportText(latin1('MSH|^~\\&|LIS|L\rOBX|1|NM|X^Harnsäure^L||5|mg/dl'))).toContain('Harnsäure');
    // Another 8-bit set a message declares: ISO 8859-2 (Polish `ł` is 0xB3 there, `³` in Latin-1).
    const polish = new Uint8Array([...Buffer.from('MSH|^~\\&|LIS|L|A|B|2026||ORU^R01|1|P|2.5|||||PL|8859/2\rOBX|1|NM|X^Bia', 'latin1'), 0xb3, ...Buffer.from('ko^L||7|g/dl', 'latin1')]);
    expect(decodeReportText(polish)).toContain('Białko');
  });
});

describe('charset: HL7 results that are not results yet, and comments in other languages', () => {
  const hl7 = (...segments: string[]) => read('hl7v2', utf8(['MSH|^~\\&|LIS|L|C|C|20260301080000||ORU^R01|9|P|2.5.1', PID, ...segments].join('\r')));

  it('an OBX with status I (pending) is no row, whatever its value says; F, C and P are', async () => {
    expect(await hl7(
      'OBX|1|ST|^Estradiol, Ultrasensitive LC/MS||Sent to reference lab. Result to follow.||||||I',
      'OBX|2|NM|2243-4^Estradiol^LN||||||||I',
      'OBX|3|NM|2986-8^Testosterone^LN||512|ng/dL|264-916||||P',
      'OBX|4|NM|2947-0^Sodium^LN||139|mmol/L|135-145||||C',
    )).toEqual([['testosterone', 512, 'ng/dL', 264, 916, 'normal'], ['sodium', 139, 'mmol/L', 135, 145, 'normal']]);
  });

  it('a German, Dutch or French comment OBX is no row; a test of that name the catalog knows stays one', async () => {
    expect(await hl7(
      'OBX|1|NM|GLU^Glucose^L||92|mg/dl|70-99||||F',
      'OBX|2|ST|BEF^Befundkommentar^L||Probe leicht hämolytisch, Kalium nur eingeschränkt beurteilbar.||||||F',
      'OBX|3|ST|OPM^Opmerking^L||Nuchter afgenomen||||||F',
      'OBX|4|ST|COM^Commentaire^L||Contrôle dans 3 mois||||||F',
      'OBX|5|ST|HBSAG^HBsAg^L||negativ||negativ||||F',
    )).toEqual([['glucose', 92, 'mg/dL', 70, 99, 'normal'], ['hepatitis-b-surface-antigen', null, null, null, null, 'normal']]);
  });
});

describe('charset: names of the differential\'s counts and of a total after its name', () => {
  const rows = (text: string) => read('text', utf8(text));

  it('`Neutrophil count`, `Lymphocyte count` (UK): the absolute counts; `Neutrophils` in % stays the share', async () => {
    expect(await rows([
      'Test                 Result   Units      Range',
      'Neutrophil count     4.1      x10^9/L    2.0 - 7.5',
      'Lymphocyte count     1.2      x10^9/L    1.5 - 4.0',
      'Neutrophils          62       %          40 - 75',
    ].join('\n'))).toEqual([
      ['neutrophils-absolute', 4.1, '10*9/L', 2, 7.5, 'normal'],
      ['lymphocytes-absolute', 1.2, '10*9/L', 1.5, 4, 'low'],
      ['neutrophils', 62, '%', 40, 75, 'normal'],
    ]);
  });

  it('`CK TOTAL`, `Cholesterol totaal`, `Protein totaal`: the total after the name; `Estriol, Total` stays unknown (another form)', async () => {
    expect(await rows([
      'CK TOTAL              180      U/L       39 - 308',
      'Cholesterol totaal    5,2      mmol/L    < 5,0',
      'Protein totaal        71       g/L       60 - 80',
    ].join('\n'))).toEqual([
      ['creatine-kinase', 180, 'U/L', 39, 308, 'normal'],
      ['total-cholesterol', 5.2, 'mmol/L', null, 5, 'high'],
      ['total-protein', 71, 'g/L', 60, 80, 'normal'],
    ]);
    expect(catalog.matchName('Estriol, Total')).toBeUndefined();
    expect(catalog.matchName('Estriol Total')).toBeUndefined();
  });
});

describe('mend8: the review\'s misfires of charset and totalAfter', () => {
  it('a UTF-8 report with one stray Latin-1 byte stays UTF-8: its other names read', async () => {
    const bytes = new Uint8Array([...utf8('Hämoglobin   13,1   g/dl   12,0 - 16,0\nZink   11   '), 0xb5, ...utf8('mol/l   9 - 18\nHarnsäure   4,2   mg/dl   2,4 - 5,7\n')]);
    const rows = (await read('text', bytes)).map((r) => r[0]);
    expect(rows).toEqual(expect.arrayContaining(['hemoglobin', 'uric-acid']));
    const cyrillic = new Uint8Array([...utf8('Гемоглобин   141   г/л   130 - 160\nГлюкоза   5,1   ммоль/л   3,9 - 5,5\nВрач:'), 0xa0, ...utf8('Иванова\n')]);
    expect((await read('text', cyrillic)).map((r) => r[0])).toEqual(['hemoglobin', 'glucose']);
  });

  it('a ratio to the total and a subset\'s letter before total are no total of the name', () => {
    for (const name of ['HDL / total', 'Free PSA / total', 'Bilirubin direct / total', 'Albumin / total', 'Lymphocytes T total', 'Lymfocyten T totaal', 'Linfociti T totale']) {
      expect([name, catalog.matchName(name)?.key]).toEqual([name, undefined]);
    }
    expect(catalog.matchName('CK total')?.key).toBe('creatine-kinase');
  });
});

