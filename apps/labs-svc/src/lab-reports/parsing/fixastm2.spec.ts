import { catalog, codedRow, hl7Results, opts } from '../../testing/reader.js';
import { codeRows } from './coding.js';
import { readReport } from './report-reader.js';

/** (fixastm2) An ASTM E1394 / LIS2-A2 message uploaded as text, read and coded: [key, value, unit, low, high, flag]. */
const astm = async (...records: string[]) =>
  codeRows((await readReport('text', Buffer.from(records.join('\r\n')), opts)).rows, catalog, '2026-01-01T00:00:00.000Z').results.map(codedRow);

describe('fixastm2: result aspects of immunoassay records, research-use-only parameters', () => {
  it('drops the raw signal and the cut-off records of a test; its dose is the result', async () => {
    expect(await astm(
      'H|\\^&|||Immuno|||||LIS||P||20250301101500',
      'P|1|4242',
      'O|1|S77||^^^TSH|R',
      'R|1|^^^TSH^^^1^RLU|48210|||||F',
      'R|2|^^^TSH^^^1^CUTOFF|0.50|uIU/mL||||F',
      'R|3|^^^TSH^^^1^DOSE|2.40|uIU/mL|0.40^4.00|N||F',
      'R|4|^^^FT4^^^1^SIGNAL|9911|||||F',
      'R|5|^^^FT4^^^1^CONC|14.2|pmol/L||||F',
      'L|1|N',
    )).toEqual([
      ['thyroid-stimulating-hormone', 2.4, 'u[IU]/mL', 0.4, 4, 'normal'],
      ['free-t4', 14.2, 'pmol/L', null, null, null],
    ]);
  });

  it('an absorbance (ABS / OD) record is dropped only beside a dose record of the same test', async () => {
    expect(await astm(
      'H|\\^&|||Immuno|||||LIS||P||20250301101500',
      'P|1|4243',
      'O|1|S78||^^^FERR|R',
      'R|1|^^^Ferritin^^^1^OD|0.812|||||F',
      'R|2|^^^Ferritin^^^1^DOSE|88|ng/mL||||F',
      'L|1|N',
    )).toEqual([['ferritin', 88, 'ng/mL', null, null, null]]);
    // Negative: an OD with no dose of its test stays (it may be the only result sent).
    expect((await astm(
      'H|\\^&|||Immuno|||||LIS||P||20250301101500',
      'P|1|4244',
      'O|1|S79||^^^FERR|R',
      'R|1|^^^Ferritin^^^1^OD|0.812|||||F',
      'L|1|N',
    )).length).toBe(1);
  });

  it('negatives: an index (S/CO, COI) record and a test id without an aspect stay', async () => {
    const rows = await astm(
      'H|\\^&|||Immuno|||||LIS||P||20250301101500',
      'P|1|4245',
      'O|1|S80||^^^HCV|R',
      'R|1|^^^aHCV^^^1^RLU|1200|||||F',
      'R|2|^^^aHCV^^^1^S/CO|0.08|||||F',
      'R|3|^^^aHCV^^^1^COI|0.09|||||F',
      'R|4|^^^TSH|2.10|uIU/mL|0.40^4.00|N||F',
      'L|1|N',
    );
    expect(rows.map((r) => r[1])).toEqual([0.08, 0.09, 2.1]);
  });

  it('drops `@` parameters when the message says they are research use only', async () => {
    expect(await astm(
      'H|\\!~|||Haem|||||LIS||P|LIS2-A|20250301101500',
      'P|1||5001',
      'O|1|S81||!!!CD|R',
      'C|1|I|Parameters marked @ are for Research Use Only (RUO).|G',
      'R|1|!!!WBC|6.1|10^9/L|4.0 to 10.0|||F',
      'R|2|!!!@PCT|0.25|%||||F',
      'R|3|!!!@PDW|15.1|||||F',
      'L|1|N',
    )).toEqual([['white-blood-cell-count', 6.1, '10*9/L', 4, 10, 'normal']]);
    // Negative: without such a comment an `@` test is read as before.
    expect((await astm(
      'H|\\!~|||Haem|||||LIS||P|LIS2-A|20250301101500',
      'P|1||5002',
      'O|1|S82||!!!CD|R',
      'R|1|!!!WBC|6.1|10^9/L|4.0 to 10.0|||F',
      'R|2|!!!@PCT|0.25|%||||F',
      'L|1|N',
    )).length).toBe(2);
  });
});

/** (fixastm2) An HL7 v2 message's OBX rows, read and coded. */
const hl7 = (...obx: string[]) => hl7Results(...obx).map(codedRow);

describe('fixastm2: HL7 inputs and placeholders', () => {
  it('a `T` in a temperature unit is the patient temperature a blood-gas analyser was given: no row', () => {
    expect(hl7(
      'OBX|1|ST|^pH^M||7.41|||N|||F',
      'OBX|2|ST|^T^I||38.5|Cel|||||F',
      'OBX|3|ST|^K+^M||4.1|mmol/L||N|||F',
    ).map((r) => r[0])).toEqual(['ph-arterial', 'potassium']);
    // Negative: a `T` with another unit stays (what it is the catalog decides, as before).
    expect(hl7('OBX|1|NM|T||12|pmol/L|||||F').length).toBe(1);
  });

  it('dashes under a measurement unit are an empty place: no row; a dash or dashes without a unit stay', () => {
    expect(hl7(
      'OBX|1|NM|WBC||6.2|10*3/uL|||||F',
      'OBX|2|ST|MPV||---|fL|||||F',
    ).map((r) => r[0])).toEqual(['white-blood-cell-count']);
    expect(hl7('OBX|1|ST|HBsAg||-||||||F').length).toBe(1);
    expect(hl7('OBX|1|ST|Crystals||---||||||F').length).toBe(1);
  });
});
