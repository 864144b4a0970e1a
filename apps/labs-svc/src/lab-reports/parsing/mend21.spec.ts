import { catalog, healthOneHeader, hl7Results, ldtLine, ldtTest, opts, rangeTextRow, readResults } from '../../testing/reader.js';
import { codeRows } from './coding.js';
import { readReport } from './report-reader.js';

/*
 * (mend21, review cr15 of the day's changes) Misfires of mend20 and fixastm/fixastm2. Every line is made up in the printed shape.
 */

const crlf = (...l: string[]) => l.join('\r\n');
async function read(text: string) {
  return (await readResults(text)).map((r) => {
    const [key, value, unit, , low, high, flag] = rangeTextRow(r);
    return [key, value, unit, low, high, flag];
  });
}
const ldtHead = [ldtLine('8000', '8201'), ldtLine('3101', 'Probe'), ldtLine('3103', '04041974')];

describe('mend21: a point before three digits in a decimal-comma record file is read from the row\'s range and flag', () => {
  it('a decimal near its range stays a decimal (the grouped reading far beyond it)', async () => {
    const rows = await read(crlf(...healthOneHeader('M-1'), 'L1\\M-1\\CREA\\Creatinine\\0,6-1,1\\mg/dL\\+\\1.280\\', 'L1\\M-1\\HBA1C\\HbA1c\\4,0-6,0\\%\\\\5.700\\',
      'L1\\M-1\\TSH\\TSH\\0,30-4,00\\mU/L\\H\\6.150\\', 'L1\\M-1\\K\\Kalium\\3,4-5,2\\mmol/L\\\\4,4\\'));
    expect(rows[0]!.slice(0, 2)).toEqual(['creatinine', 1.28]);
    expect(rows[1]!.slice(0, 2)).toEqual(['hemoglobin-a1c', 5.7]);
    expect(rows[2]!.slice(0, 2)).toEqual(['thyroid-stimulating-hormone', 6.15]);
  });

  it('LDT: the same', async () => {
    const rows = await read(crlf(...ldtHead, ...ldtTest('CREA', '1.280', 'mg/dl', '0,60 - 1,10', '+'), ...ldtTest('K', '4,4', 'mmol/l', '3,4 - 5,2')));
    expect(rows[0]!.slice(0, 2)).toEqual(['creatinine', 1.28]);
  });

  it('negatives: a decimal far below the range, or one the lab\'s high flag contradicts, groups thousands', async () => {
    const rows = await read(crlf(...healthOneHeader('M-2'), 'L1\\M-2\\FER\\Ferritine\\25-350\\µg/L\\\\1.320\\', 'L1\\M-2\\K\\Kalium\\3,4-5,2\\mmol/L\\\\4,4\\'));
    expect(rows[0]!.slice(0, 2)).toEqual(['ferritin', 1320]);
    const ggt = await read(crlf(...ldtHead, ...ldtTest('GGT', '1.180', 'U/l', '< 55', '+'), ...ldtTest('K', '4,4', 'mmol/l', '3,4 - 5,2')));
    expect(ggt[0]!.slice(0, 2)).toEqual(['gamma-glutamyl-transferase', 1180]);
  });

  it('negatives: no range, a decimal', async () => {
    const rows = await read(crlf(...healthOneHeader('M-3'), 'L1\\M-3\\FER\\Ferritine\\\\µg/L\\\\1.320\\', 'L1\\M-3\\K\\Kalium\\3,4-5,2\\mmol/L\\\\4,4\\'));
    expect(rows[0]!.slice(0, 2)).toEqual(['ferritin', 1.32]);
  });
});

const hl7 = (...segments: string[]) => hl7Results(...segments)
  .map((r) => [r.biomarker?.key ?? `?${r.name}`, r.valueText ?? null]);

describe('mend21: an HL7 `SEE NOTE` keeps its row only where a sentence reports a finding', () => {
  it('notes about the specimen or the paperwork, or refusing it: no row', () => {
    for (const note of ['Sample received in lab. Identification pending.', 'Haemolysed sample. Further report to follow.', 'Wrong container used. Final report to follow.',
      'Dr. Jones informed. Awaiting identification.', 'Accession 4471 referred out. Final report to follow.']) {
      expect(hl7('OBX|1|TX|ZQ9^Throat swab^L||SEE NOTE||||||F', `NTE|1||${note}`)).toEqual([]);
    }
  });

  it('negatives: a finding and another part to follow keeps its row', () => {
    expect(hl7('OBX|1|TX|ZQ9^Urine culture^L||SEE NOTE||||||F', 'NTE|1||>10,000 CFU/mL Proteus mirabilis. Susceptibilities to follow.')).toHaveLength(1);
    expect(hl7('OBX|1|TX|ZQ9^Throat swab^L||SEE NOTE||||||F', 'NTE|1||Normal throat flora. Final report to follow.')).toHaveLength(1);
  });
});

const astm = async (...records: string[]) =>
  codeRows((await readReport('text', Buffer.from(['H|\\^&|||Analyser|||||LIS||P||20260301101500', 'P|1|5151', 'O|1|S9||^^^X|R', ...records, 'L|1|N'].join('\r\n')), opts)).rows, catalog, '2026-01-01T00:00:00.000Z')
    .results.map((r) => { const [key, value, unit, , low, high, flag] = rangeTextRow(r); return [key, value, unit, low, high, flag]; });

describe('mend21: ASTM value-component flags, bare unit `1`, aspects, `@` parameters, shifted records', () => {
  it('a value-component flag: only H/L/HH/LL as printed, never over R-7, never inside the range; `^<` a comparator', async () => {
    const rows = await astm('R|1|^^^NA|151^H|mmol/L|135-145|N||F', 'R|2|^^^GLU|88^L|mg/dL|70-99|||F', 'R|3|^^^CA|2.95^h|mmol/L|2.15-2.55|||F', 'R|4|^^^CRP|0.2^<|mg/L|0-5|||F');
    expect(rows[0]!.slice(0, 2).concat(rows[0]![5])).toEqual(['sodium', 151, 'normal']);
    expect(rows[1]![5]).toBe('normal');
    expect(rows[2]![5]).toBe('high'); // from the range, not from the lower-case `h`
    expect(rows).toHaveLength(4);
  });

  it('negatives: a value-component H outside the range with no R-7 flag stays', async () => {
    const rows = await astm('R|1|^^^NA|151^H|mmol/L||||F');
    expect(rows[0]![5]).toBe('high');
  });

  it('a bare unit `1` stays where the value and range are fractions', async () => {
    const rows = await astm('R|1|^^^HCT|0.43|1|0.40-0.52|||F', 'R|2|^^^WBC|6.3|1|4.0-10.0|||F');
    expect(rows[0]!.slice(0, 3)).toEqual(['hematocrit', 0.43, '1']);
    expect(rows[1]![2]).toBeNull();
  });

  it('an aspect word with a concentration unit and a range is a result (ABS: absolute)', async () => {
    const rows = await astm('R|1|^^^LYMPH^ABS|2.2|10^3/uL|1.0-4.0|||F', 'R|2|^^^HBS^^^1^RLU|30211|||||F');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.slice(0, 2)).toEqual(['lymphocytes-absolute', 2.2]);
  });

  it('`@` parameters dropped only under a comment naming `@` research use, not negated, for its order', async () => {
    const kept = await astm('R|1|^^^@IG#|0.04|10^3/uL||||F', 'C|1|I|Not for research use only; @ parameters reviewed|G', 'R|2|^^^@RET-He|31.0|pg||||F');
    expect(kept).toHaveLength(2);
    const vague = await astm('R|1|^^^@RET-He|31.0|pg||||F', 'C|1|I|RUO lot checked|G');
    expect(vague).toHaveLength(1);
    const dropped = await astm('R|1|^^^WBC|6.1|10^3/uL|4-10|||F', 'R|2|^^^@RET-He|31.0|pg||||F', 'C|1|I|Parameters beginning with @ are research use only|G');
    expect(dropped).toHaveLength(1);
  });

  it('a record with a flag in R-7 is not shifted', async () => {
    const rows = await astm('R|1|^^^CRP|14.0|mg/L||H|||F||||20260301');
    expect(rows[0]!.slice(0, 2).concat(rows[0]![5])).toEqual(['c-reactive-protein', 14, 'high']);
  });
});
