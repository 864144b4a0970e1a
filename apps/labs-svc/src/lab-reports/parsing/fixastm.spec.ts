import { catalog, codedRow, opts } from '../../testing/reader.js';
import { isAstm } from './astm.parser.js';
import { codeRows } from './coding.js';
import { readReport } from './report-reader.js';

/** (fixastm) An ASTM E1394 / LIS2-A2 message uploaded as text, read and coded: [key, value, unit, low, high, flag]. */
const astm = async (...records: string[]) =>
  codeRows((await readReport('text', Buffer.from(records.join('\r\n')), opts)).rows, catalog, '2026-01-01T00:00:00.000Z').results.map(codedRow);
const astmText = async (...records: string[]) =>
  codeRows((await readReport('text', Buffer.from(records.join('\r\n')), opts)).rows, catalog, '2026-01-01T00:00:00.000Z').results
    .map((c) => [c.biomarker?.key ?? `?${c.name}`, c.range.text ?? null]);

describe('fixastm: delimiters from the header, shifted records, range fields, unit-set indexes, LOINC in local components', () => {
  it('reads the component delimiter the header declares (`H|\\!~`): the test id and the value split by it', async () => {
    expect(await astm(
      'H|\\!~|||Analyser|||||LIS||P|LIS2-A|20240301101500',
      'P|1||55501',
      'O|1|S1||!!!CBC|R',
      'R|1|!!!HGB|13.9|g/dL|12.0-16.0|N||F',
      'R|2|!!!WBC|5.1|10^9/L|4.0-10.0|||F',
      'L|1|N',
    )).toEqual([
      ['hemoglobin', 13.9, 'g/dL', 12, 16, 'normal'],
      ['white-blood-cell-count', 5.1, '10*9/L', 4, 10, 'normal'],
    ]);
  });

  it('a header whose escape delimiter is left out (`H|\\^|`) is still a header: its records are read', async () => {
    expect(isAstm('H|\\^||PW|Immunoassay||||LIS||P|1|20240301\rP|1|777\rO|1|9||^^^TSH\rR|1|^^^TSH|2.10|uIU/mL|0.40^4.00|N|N|F\rL|1')).toBe(true);
    expect(await astm(
      '1H|\\^||PW|Immunoassay||||LIS||P|1|20240301101500',
      '2P|1|777|||Doe^Jane',
      '3O|1|9||^^^TSH|||20240301090000',
      '4R|1|^^^TSH|2.10|uIU/mL|0.40\\0.01^4.00\\50|N|N|F||op|20240301100000|20240301101000|A1',
      '5L|1',
    )).toEqual([['thyroid-stimulating-hormone', 2.1, 'u[IU]/mL', 0.4, 4, 'normal']]);
    // Negatives: two signs only, or a title, is no header.
    expect(isAstm('H|\\|Analyser\rR|1|^^^TSH|2.1')).toBe(false);
    expect(isAstm('H//-Laboratory summary\nR/1 something')).toBe(false);
  });

  it('a record with one field more after the units (R-6 empty, R-10 a status letter): its range, flag and status read in place', async () => {
    expect(await astm(
      'H|\\^&|||Analyser|||||LIS||P|LIS2-A|20240301101500',
      'P|1||55502',
      'O|1|S2||^^^CBC|R',
      'R|1|^^^PLT^777-3|210|10^9/L||150 to 400|||F||SYS||20240301101000|X1',
      'R|2|^^^HCT|49.0|%||35.0 to 45.0|H||F||SYS||20240301101000|X1',
      'L|1|N',
    )).toEqual([
      ['platelet-count', 210, '10*9/L', 150, 400, 'normal'],
      ['hematocrit', 49, '%', 35, 45, 'high'],
    ]);
    // Negative: a standard record (R-9 the status; R-10 empty or a date) keeps its fields where they are.
    expect(await astm(
      'H|\\^&|||Analyser|||||LIS||P|LIS2-A|20240301101500',
      'P|1||55503',
      'O|1|S3||^^^CBC|R',
      'R|1|^^^PLT|210|10^9/L|150-400|N||F|20230101||20240301101000',
      'R|2|^^^HCT|41.0|%|35.0-45.0|||F',
      'L|1|N',
    )).toEqual([
      ['platelet-count', 210, '10*9/L', 150, 400, 'normal'],
      ['hematocrit', 41, '%', 35, 45, 'normal'],
    ]);
  });

  it('the range field as a text report prints it: `to`, `<`, `low^high`', async () => {
    expect(await astmText(
      'H|\\^&|||Analyser|||||LIS||P|LIS2-A|20240301101500',
      'P|1||55504',
      'O|1|S4||^^^CHEM|R',
      'R|1|^^^CRP|3.1|mg/L|<5|N||F',
      'R|2|^^^ALT|22|U/L|7 to 56|N||F',
      'R|3|^^^AST|30|U/L|10^40|N||F',
      'L|1|N',
    )).toEqual([
      ['c-reactive-protein', '<5'],
      ['alanine-aminotransferase', '7 to 56'],
      ['aspartate-aminotransferase', '10-40'],
    ]);
  });

  it('a unit field that is a bare number (an analyser\'s unit-set index) is no unit for an analyte measured in one; a UCUM unit stays', async () => {
    expect(await astm(
      'H|\\^&|||Analyser|||||LIS||P|E1394-97|20240301101500',
      'P|1||55505',
      'O|1|S5||^^^DIF|R',
      'R|1|^^^^HGB^1|13.2|1||||F',
      'R|2|^^^^MCV^1|91|1||||F',
      'R|3|^^^^INR^1|1.1|1||||F',
      'R|4|^^^^PLT^1|250|10*9/L||||F',
      'L|1|N',
    )).toEqual([
      ['hemoglobin', 13.2, null, null, null, null],
      ['mean-corpuscular-volume', 91, null, null, null, null],
      ['inr', 1.1, '1', null, null, null],
      ['platelet-count', 250, '10*9/L', null, null, null],
    ]);
  });

  it('a LOINC among the local components of the test id keys the row when the catalog knows it; an unknown one does not', async () => {
    expect(await astm(
      'H|\\^&|||Analyser|||||LIS||P|E1394-97|20240301101500',
      'P|1||55506',
      'O|1|S6||^^^DIF|R',
      'R|1|^^^NEUT%^770-8^1|58.0|%||||F',
      'R|2|^^^LYMP%^736-9|30.0|%||||F',
      'R|3|^^^ZZQ^99999-9|4.0|%||||F',
      'R|4|^^^HGB^12345-6|13.0|g/dL||||F',
      'L|1|N',
    )).toEqual([
      ['neutrophils', 58, '%', null, null, null],
      ['lymphocytes', 30, '%', null, null, null],
      ['?ZZQ', 4, '%', null, null, null],
      ['hemoglobin', 13, 'g/dL', null, null, null],
    ]);
  });

  it('frame numbers before record types and checksums after the record are the transmission\'s', async () => {
    expect(await astm(
      '1H|\\^&|||Analyser|||||||P|E1394-97|2024030110150077',
      '2P|1||||^|||U',
      '3O|1|S7^00^00||^^^DIF|||||||||||Standard||||||||||F6',
      '4R|1|^^^WBC^804-5^1|6.2|1||||F||NN||20240301101500E2',
      '5R|2|^^^MON#^742-7^1|0.12|1||L||F||NN||202403011015008B',
      '6L|1|N07',
    )).toEqual([
      ['white-blood-cell-count', 6.2, null, null, null, null],
      ['monocytes-absolute', 0.12, null, null, null, 'low'],
    ]);
  });
  it('a sided flag as a component of the value (`152!H`) is the flag, over R-7 `A`; a value component that is no flag is none', async () => {
    expect(await astm(
      'H|\\!~|||Analyser|||||LIS||P|LIS2-A|20240301101500',
      'P|1||55507',
      'O|1|S8||!!!CBC|R',
      'R|1|!!!HGB|152! H |g/L|120-150|A||F',
      'R|2|!!!HCT|30.0!L|%|35-45|||F',
      'R|3|!!!PLT|260!OK|10^9/L|150-400|||F',
      'L|1|N',
    )).toEqual([
      ['hemoglobin', 152, 'g/L', 120, 150, 'high'],
      ['hematocrit', 30, '%', 35, 45, 'low'],
      ['platelet-count', 260, '10*9/L', 150, 400, 'normal'],
    ]);
  });

  it('a local LOINC does not key an unknown test to an analyte another record already reports under a known name', async () => {
    expect(await astm(
      'H|\\^&|||Analyser|||||LIS||P|LIS2-A|20240301101500',
      'P|1||55508',
      'O|1|S9||^^^CBC|R',
      'R|1|^^^WBC^6690-2|6.6|10^9/L|4.0-10.0|||F',
      'R|2|^^^XWBCQ^6690-2|6.7|10^9/L||||F',
      'L|1|N',
    )).toEqual([
      ['white-blood-cell-count', 6.6, '10*9/L', 4, 10, 'normal'],
      ['?XWBCQ', 6.7, '10*9/L', null, null, null],
    ]);
  });

  it('repeated range ends whose assay limit is printed without its leading zero (`5.0\\.2^15.0\\30`): the reference bounds', async () => {
    expect(await astm(
      'H|\\^&|||Analyser|||||LIS||P|1|20240301101500',
      'P|1||55509',
      'O|1|S10||^^^TSH|R',
      'R|1|^^^TSH|2.2|uIU/mL|.45\\.01^4.5\\75|N|N|F',
      'L|1',
    )).toEqual([['thyroid-stimulating-hormone', 2.2, 'u[IU]/mL', 0.45, 4.5, 'normal']]);
  });
  it('an immunoassay analyser\'s total T4 code `TT4` and the unit `Percnt` (percent abbreviated)', async () => {
    expect(await astm(
      'H|\\^&|||Analyser|||||LIS||P|1|20240301101500',
      'P|1||55510',
      'O|1|S11||^^^TT4|R',
      'R|1|^^^TT4|8.1|ug/dL|4.5^12.5|N|N|F',
      'R|2|^^^UPTK|31.0|Percnt|24^39|N|N|F',
      'R|3|^^^ZZ4|3.0|ug/dL||||F',
      'L|1',
    )).toEqual([
      ['total-t4', 8.1, 'ug/dL', 4.5, 12.5, 'normal'],
      ['?UPTK', 31, '%', 24, 39, 'normal'],
      ['?ZZ4', 3, 'ug/dL', null, null, null],
    ]);
  });
});
