import { catalog, codedRow, hl7Results, keyOf, opts, readResults } from '../../testing/reader.js';
import { codeRows } from './coding.js';
import { readReport } from './report-reader.js';

/** (fixr85c) An ASTM E1394 message uploaded as text, its result records given, read and coded: [key, value, unit, low, high, flag]. */
const astm = async (...results: string[]) =>
  codeRows((await readReport('text', Buffer.from(['H|\\^&|||IMMUNO|||||LIS||P|1|20250301101500', 'P|1', 'O|1|S1||^^^ALL',
    ...results, 'L|1|N'].join('\r\n')), opts)).rows, catalog, '2026-01-01T00:00:00.000Z').results;
const rows = async (...results: string[]) => (await astm(...results)).map(codedRow);

describe('fixr85c: a vendor\'s `h` (human) before a pituitary hormone\'s code', () => {
  it('reads `hFSH`, `hLH`, `hTSH` as the hormone when the printed unit measures it', async () => {
    expect(await rows('R|1|^^^hFSH^1|7.2|IU/L||N||F', 'R|2|^^^hLH^1|5.1|mIU/mL|1.7^8.6|N||F', 'R|3|^^^hTSH^1|1.9|uIU/mL||N||F')).toEqual([
      ['follicle-stimulating-hormone', 7.2, '[IU]/L', null, null, 'normal'],
      ['luteinizing-hormone', 5.1, 'm[IU]/mL', 1.7, 8.6, 'normal'],
      ['thyroid-stimulating-hormone', 1.9, 'u[IU]/mL', null, null, 'normal'],
    ]);
  });
  it('leaves `hFSH` in a unit the hormone is never measured in, or with no unit, unknown', async () => {
    expect((await rows('R|1|^^^hFSH^1|7.2|nmol/L||N||F', 'R|2|^^^hFSH^1|7.2|g/L||N||F', 'R|3|^^^hLH^1|5.1|||N||F'))
      .map((r) => r[0])).toEqual(['?hFSH', '?hFSH', '?hLH']);
  });
  it('reads no `h` before a code that is no hormone, nor a capital `H` or a lower-case rest', async () => {
    const keys = (await rows('R|1|^^^hALT^1|30|U/L||N||F', 'R|2|^^^hCRP^1|3.1|mg/L||N||F', 'R|3|^^^hNa^1|140|mmol/L||N||F',
      'R|4|^^^hfsh^1|7.2|IU/L||N||F')).map((r) => r[0]);
    expect(keys).toEqual(['?hALT', '?hCRP', '?hNa', '?hfsh']);
  });
});

describe('fixr85c: an immunoassay\'s second-generation ` II` after a test\'s name', () => {
  it('reads the test the name before it names, in a unit that measures it', async () => {
    expect(await rows('R|1|^^^TSH II|2.1|uIU/mL|0.3 to 4.5|N||F', 'R|2|^^^Ferritin II|88|ng/mL|7 to 425|N||F')).toEqual([
      ['thyroid-stimulating-hormone', 2.1, 'u[IU]/mL', 0.3, 4.5, 'normal'],
      ['ferritin', 88, 'ng/mL', 7, 425, 'normal'],
    ]);
  });
  it('never reads ` II` off a name that is the first of a numbered pair, nor one the catalog does not know, nor in a unit that cannot measure it', async () => {
    const keys = (await rows('R|1|^^^Apo A II|30|mg/dL||N||F', 'R|2|^^^Factor II|98|%||N||F', 'R|3|^^^Angiotensin II|20|pg/mL||N||F',
      'R|4|^^^TSH II|2.1|g/L||N||F', 'R|5|^^^ApoA II|35|mg/dL||N||F', 'R|6|^^^IGF II|500|ng/mL||N||F')).map((r) => r[0]);
    expect(keys).toEqual(['?Apo A II', '?Factor II', '?Angiotensin II', '?TSH II', '?ApoA II', '?IGF II']);
  });
});

describe('fixr85c: the vitamin D\'s analyser short names', () => {
  it('reads `25-OH VD`, `25OH-VD`, `25(OH)D`, `VD total` and Maglumi\'s `25-OH VD II` as the 25-hydroxyvitamin D', async () => {
    expect(['25-OH VD', '25OH-VD', '25(OH)D', 'VD total'].map(keyOf)).toEqual(['vitamin-d', 'vitamin-d', 'vitamin-d', 'vitamin-d']);
    expect(await rows('R|1|^^^25-OH VD II|85.8|nmol/L|30 to 9999|N||||||20240509160126')).toEqual([
      ['vitamin-d', 85.8, 'nmol/L', 30, 9999, 'normal']]);
  });
  it('reads no other vitamin D metabolite and no bare `VD`', () => {
    expect(['1,25(OH)2D', 'VD', '24,25(OH)2D'].map(keyOf)).toEqual([undefined, undefined, undefined]);
  });
});

describe('fixr85c: Mindray\'s `IMG#` / `IMG%` (immature granulocytes)', () => {
  it('reads them as `IG#` / `IG%` are read', () => {
    const keys = hl7Results('OBX|1|NM|51584-1^IMG#^LN||0.03|10*9/L|0.00-0.06|N|||F', 'OBX|2|NM|38518-7^IMG%^LN||0.4|%|0.0-0.6|N|||F',
      'OBX|3|NM|X^IG#^L||0.03|10*9/L|0.00-0.06|N|||F').map(codedRow);
    expect(keys).toEqual([
      ['immature-granulocytes-absolute', 0.03, '10*9/L', 0, 0.06, 'normal'],
      ['immature-granulocytes', 0.4, '%', 0, 0.6, 'normal'],
      ['immature-granulocytes-absolute', 0.03, '10*9/L', 0, 0.06, 'normal'],
    ]);
  });
  it('reads no `IMG` without a count or share sign', () => {
    expect(keyOf('IMG')).toBeUndefined();
  });
});

describe('fixr85c: a unit with a bracket it does not close or open', () => {
  it('reads a real unit with a stray bracket at its edge as the unit', async () => {
    expect(await rows('R|1|^^^Na|140|mmol/L)|135 to 145|N||F', 'R|2|^^^MCV|88|(fL||N||F')).toEqual([
      ['sodium', 140, 'mmol/L', 135, 145, 'normal'], ['mean-corpuscular-volume', 88, 'fL', null, null, 'normal']]);
  });
  it('keeps no unit that a code page garbled (`10)/mm)`, `102/mm)`, `5m)`), and warns', async () => {
    const results = await astm('R|1|^^^WBC|10.1|10)/mm)||H||F', 'R|2|^^^RBC|5.14|102/mm)||||F', 'R|3|^^^MCV|86|5m)||||F');
    expect(results.map(codedRow)).toEqual([
      ['white-blood-cell-count', 10.1, null, null, null, 'high'],
      ['red-blood-cell-count', 5.14, null, null, null, null],
      ['mean-corpuscular-volume', 86, null, null, null, null],
    ]);
    const { warnings } = codeRows((await readReport('text', Buffer.from(['H|\\^&|||X|||||LIS||P|1|20250301101500', 'P|1', 'O|1|S1||^^^ALL',
      'R|1|^^^WBC|10.1|10)/mm)||H||F', 'L|1|N'].join('\r\n')), opts)).rows, catalog, '2026-01-01T00:00:00.000Z');
    expect(warnings.some((w) => w.code === 'unit-not-read' && w.message.includes('10)/mm)'))).toBe(true);
  });
  it('leaves balanced brackets and written-out powers as before', async () => {
    expect(await rows('R|1|^^^WBC|7.1|10^3/mm3||N||F', 'R|2|^^^RBC|4.6|10^6/mm3||N||F', 'R|3|^^^HGB|13.8|g/dl||N||F', 'R|4|^^^HCT|44|(%)||N||F'))
      .toEqual([
        ['white-blood-cell-count', 7.1, '10*3/uL', null, null, 'normal'],
        ['red-blood-cell-count', 4.6, '10*6/uL', null, null, 'normal'],
        ['hemoglobin', 13.8, 'g/dL', null, null, 'normal'],
        ['hematocrit', 44, '%', null, null, 'normal'],
      ]);
  });
  it('in a text report: a unit cell with its bracket cut reads the unit', async () => {
    expect((await readResults('Sodium  140  mmol/L)  135 - 145\n')).map(codedRow)).toEqual([['sodium', 140, 'mmol/L', 135, 145, 'normal']]);
  });
});
