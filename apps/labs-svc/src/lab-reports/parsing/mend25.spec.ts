import { catalog, codedRow, hl7Results, opts, readResults } from '../../testing/reader.js';
import { codeRows } from './coding.js';
import { readReport } from './report-reader.js';

/** (mend25) An ASTM E1394 message uploaded as text, its result records given, read and coded: [key, value, unit, low, high, flag]. */
const astm = async (...results: string[]) =>
  codeRows((await readReport('text', Buffer.from(['H|\\^&|||IMMUNO|||||LIS||P|1|20250301101500', 'P|1', 'O|1|S1||^^^ALL',
    ...results, 'L|1|N'].join('\r\n')), opts)).rows, catalog, '2026-01-01T00:00:00.000Z').results.map(codedRow);
const text = async (report: string) => (await readResults(report)).map(codedRow);

describe('mend25 (review cr20 of fixr85c): ` II` that numbers a member of a series, not a kit', () => {
  it('reads no lipoprotein subclass as the cholesterol of its fraction (`LDL II`, `HDL II`)', async () => {
    expect((await text('HDL Subclasses\nHDL II   12   mg/dL   >10\nHDL III   35   mg/dL   >30\n')).map((r) => r[0]))
      .toEqual(['?HDL II', '?HDL III']);
    expect((await text('LDL II   30   mg/dL\n')).map((r) => r[0])).toEqual(['?LDL II']);
  });
  it('reads no ` II` whose stem the same report numbers with another numeral (`Glucose I` … `Glucose III`)', async () => {
    const keys = (await text('OGTT\nGlucose I   92   mg/dL   70-99\nGlucose II   145   mg/dL   <140\nGlucose III   120   mg/dL   <140\n')).map((r) => r[0]);
    expect(keys).not.toContain('glucose');
  });
  it('still reads the kit generations of fixr85c (`TSH II`, `Ferritin II`, `Cortisol II`, `Estradiol II`)', async () => {
    expect(await text('TSH II   2.1   mIU/L   0.27-4.2\nFerritin II   88   ng/mL   30-400\nCortisol II   420   nmol/L   133-537\nEstradiol II   45   pg/mL   12-233\n')).toEqual([
      ['thyroid-stimulating-hormone', 2.1, 'm[IU]/L', 0.27, 4.2, 'normal'],
      ['ferritin', 88, 'ng/mL', 30, 400, 'normal'],
      ['cortisol', 420, 'nmol/L', 133, 537, 'normal'],
      ['estradiol', 45, 'pg/mL', 12, 233, 'normal'],
    ]);
  });
});

describe('mend25 (review cr20 of fixr85c): a real unit beside a stray bracket', () => {
  it('reads a power of ten with a superscript or a bracketed exponent once its stray edge bracket is gone', async () => {
    expect(await text('WBC   7.2   10³/µL)   4.0-10.0\nPLT   210   10(9)/L)   150-400\n')).toEqual([
      ['white-blood-cell-count', 7.2, '10*3/uL', 4, 10, 'normal'],
      ['platelet-count', 210, '10*9/L', 150, 400, 'normal'],
    ]);
  });
  it('reads a count per field (`/HPF)`) and a bracketed atom at the start (`[IU]/L)`) without the stray bracket only', async () => {
    expect(await astm('R|1|^^^LH|5.1|[IU]/L)|1.7 to 8.6|N||F', 'R|2|^^^HGB|13.5|g/dL]||N||F')).toEqual([
      ['luteinizing-hormone', 5.1, '[IU]/L', 1.7, 8.6, 'normal'],
      ['hemoglobin', 13.5, 'g/dL', null, null, 'normal'],
    ]);
    expect((await text('Urine WBC   3   /HPF)   0-5\n'))[0]?.[2]).toBe('/[HPF]');
  });
  it('reads a unit whose note in brackets was cut short (`U/L (37C`, `umol/L (SI`) as the unit before the note', () => {
    expect(hl7Results('OBX|1|NM|1742-6^ALT^LN||32|U/L (37C|<41|N|||F', 'OBX|2|NM|2160-0^Creatinine^LN||80|umol/L (SI|62-106|N|||F').map(codedRow)).toEqual([
      ['alanine-aminotransferase', 32, 'U/L', null, 41, 'normal'],
      ['creatinine', 80, 'umol/L', 62, 106, 'normal'],
    ]);
  });
  it('still keeps no garbled unit (`10)/mm)`, `102/mm)`, `5m)`, `10)/mm3`)', async () => {
    expect((await astm('R|1|^^^WBC|10.1|10)/mm)||H||F', 'R|2|^^^RBC|5.14|102/mm)||||F', 'R|3|^^^MCV|86|5m)||||F', 'R|4|^^^PLT|250|10)/mm3||||F'))
      .map((r) => r[2])).toEqual([null, null, null, null]);
  });
});
