import { coded, healthOneHeader, hl7Results, ldtLine, ldtTest, rangeTextRow, readResults } from '../../testing/reader.js';

/*
 * (mend20, review cr14 of the day's changes) A point before three digits in a HealthOne/LDT file that writes decimal
 * commas elsewhere (read as a decimal since mend18), a bracketed lab range after an optimum one, an HL7 `SEE NOTE`
 * whose note reports a finding and says another part is to follow, and a tier word's name with a concentration unit
 * and no bound. Every line is made up in the printed shape.
 */

const crlf = (...l: string[]) => l.join('\r\n');
const lines = (...l: string[]) => l.join('\n');
/** A text upload read as the service reads it: [key, value, unit, low, high, flag] rows. */
async function read(text: string) {
  return (await readResults(text)).map((r) => {
    const [key, value, unit, , low, high, flag] = rangeTextRow(r);
    return [key, value, unit, low, high, flag];
  });
}
const ldtHead = [ldtLine('8000', '8201'), ldtLine('3101', 'Probe'), ldtLine('3103', '03031973')];

const hl7 = (...segments: string[]) => hl7Results(...segments)
  .map((r) => [r.biomarker?.key ?? `?${r.name}`, r.valueText ?? null, r.comment ?? null]);

describe('mend20: a point before three digits in a record file that writes decimal commas', () => {
  it('HealthOne: decimal commas in values or ranges elsewhere: `1.480` groups thousands', async () => {
    const rows = await read(crlf(...healthOneHeader('T-1'), 'L1\\T-1\\FER\\Ferritine\\20-300\\µg/L\\\\1.480\\', 'L1\\T-1\\K\\Kalium\\3,4-5,2\\mmol/L\\\\4,6\\'));
    expect(rows[0]).toEqual(['ferritin', 1480, 'ug/L', 20, 300, 'high']);
    expect(rows[1]!.slice(0, 2)).toEqual(['potassium', 4.6]);
  });

  it('LDT: a decimal comma in a range (`3,4 - 5,2`) or a value (`7,3`): `2.610` with the lab\'s `+` is 2610', async () => {
    const rows = await read(crlf(...ldtHead, ...ldtTest('CK', '2.610', 'U/l', '< 180', '+'), ...ldtTest('K', '4', 'mmol/l', '3,4 - 5,2')));
    expect(rows[0]).toEqual(['creatine-kinase', 2610, 'U/L', null, 180, 'high']);
    const values = await read(crlf(...ldtHead, ...ldtTest('FERR', '1.480', 'ng/ml', '20 - 300'), ...ldtTest('LEUK', '7,3', 'G/l', '4 - 10')));
    expect(values[0]!.slice(0, 2)).toEqual(['ferritin', 1480]);
  });

  it('no evidence either way: the lab\'s high flag that only the grouped reading explains groups it', async () => {
    const rows = await read(crlf(...healthOneHeader('T-2'), 'L1\\T-2\\CK\\CK\\<180\\U/L\\+\\2.610\\', 'L1\\T-2\\NA\\Natrium\\135-145\\mmol/L\\\\139\\'));
    expect(rows[0]!.slice(0, 2)).toEqual(['creatine-kinase', 2610]);
  });

  it('negatives: no evidence and no flag, or a flag both readings explain: a decimal; mend18\'s `1,234` and point files as before', async () => {
    const plain = await read(crlf(...healthOneHeader('T-3'), 'L1\\T-3\\CK\\CK\\<180\\U/L\\\\2.610\\', 'L1\\T-3\\NA\\Natrium\\135-145\\mmol/L\\\\139\\'));
    expect(plain[0]!.slice(0, 2)).toEqual(['creatine-kinase', 2.61]);
    const low = await read(crlf(...healthOneHeader('T-4'), 'L1\\T-4\\FER\\Ferritine\\20-300\\µg/L\\-\\1.480\\', 'L1\\T-4\\NA\\Natrium\\135-145\\mmol/L\\\\139\\'));
    expect(low[0]!.slice(0, 2)).toEqual(['ferritin', 1.48]);
    const comma = await read(crlf(...healthOneHeader('T-5'), 'L1\\T-5\\TSH\\TSH\\0,30-4,00\\mIU/L\\\\1,875\\', 'L1\\T-5\\K\\Kalium\\3,4-5,2\\mmol/L\\\\4,6\\'));
    expect(comma[0]!.slice(0, 2)).toEqual(['thyroid-stimulating-hormone', 1.875]);
    // A file writing point decimals (`4.6`): its `1.480` a decimal, whatever else it prints.
    const points = await read(crlf(...healthOneHeader('T-6'), 'L1\\T-6\\FER\\Ferritine\\20-300\\µg/L\\\\1.480\\', 'L1\\T-6\\K\\Kalium\\3.4-5.2\\mmol/L\\\\4.6\\'));
    expect(points[0]!.slice(0, 2)).toEqual(['ferritin', 1.48]);
    // A row whose own range prints points (a specific gravity) keeps its decimals in a comma file.
    const sg = await read(crlf(...ldtHead, ...ldtTest('SG', '1.018', '', '1.005 - 1.030'), ...ldtTest('K', '4,6', 'mmol/l', '3,4 - 5,2')));
    expect(sg[0]![1]).toBe(1.018);
  });
});

describe('mend20: a bracketed lab range after an optimum one', () => {
  it('`Optimum 12-28 (7.9-27.5)`: the bracketed range is the row\'s', () => {
    expect(coded('Testosterone          19.2 nmol/L   Optimum 12-28    (7.9-27.5)')).toEqual([['testosterone', 19.2, 'nmol/L', 7.9, 27.5, 'normal']]);
    expect(coded('Ferritin          33 ug/L   Optimal 60-140    (15-250)')).toEqual([['ferritin', 33, 'ug/L', 15, 250, 'normal']]);
  });

  it('negatives: an optimum range alone, and two ranges without brackets, as before', () => {
    expect(coded('Ferritin 33 ug/L Optimum 60-140')).toEqual([['ferritin', 33, 'ug/L', 60, 140, 'low']]);
    expect(coded('Ferritin          33 ug/L   Optimum 60-140    (fasting)')[0]!.slice(0, 5)).toEqual(['ferritin', 33, 'ug/L', 60, 140]);
  });
});

describe('mend20: an HL7 `SEE NOTE` reporting a finding, another part to follow', () => {
  it('a finding, then susceptibilities or a final report to follow: the row stays', () => {
    expect(hl7('OBX|1|TX|ZQ1^Urine culture^L||SEE NOTE||||||F', 'NTE|1||>50,000 CFU/mL Klebsiella pneumoniae. Sensitivities to follow.')).toEqual([
      ['?Urine culture', 'SEE NOTE', '>50,000 CFU/mL Klebsiella pneumoniae. Sensitivities to follow.'],
    ]);
    expect(hl7('OBX|1|TX|ZQ2^Wound swab^L||SEE NOTE||||||F', 'NTE|1||Heavy growth of Staphylococcus aureus. Further identification to follow.')).toHaveLength(1);
  });

  it('negatives: the result itself pending or refused, even beside another part: no row', () => {
    for (const note of ['Culture in progress. Susceptibilities to follow.', 'Result to follow.', 'Specimen leaked; unable to process. Final report to follow.', 'Incubating. Final report to follow.']) {
      expect(hl7('OBX|1|TX|ZQ3^Blood culture^L||SEE NOTE||||||F', `NTE|1||${note}`)).toEqual([]);
    }
  });
});

describe('mend20: a tier word\'s name with a concentration unit and no bound', () => {
  it('`Average  7.4 mmol/L`: a row (unknown name)', () => {
    expect(coded('Mean glucose          7.9 mmol/L\nAverage               7.4 mmol/L')).toContainEqual(['?Average', 7.4, 'mmol/L', null, null, null]);
  });

  it('negatives: tier lines with bounds (`Risk: Optimal <80 mg/dL`), or a multiple without a unit, read nothing', () => {
    expect(coded(lines('LDL CHOLESTEROL     96      <100 mg/dL', '   Risk:        Optimal <80 mg/dL', '                Moderate 80-109 mg/dL')).map((r) => r[0])).toEqual(['ldl-cholesterol']);
    expect(coded(lines('Risk by ratio, men (women)', '', 'Optimal  < 3.4 (< 3.1)', 'Average 5.2 (4.7)', 'Moderate, 2x average 9.8 (7.2)'))).toEqual([]);
  });
});
