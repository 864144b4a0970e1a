import { catalog, coded, codedRow, resultsOf } from '../../testing/reader.js';
import { codeRows } from './coding.js';
import { parseHl7 } from './hl7.parser.js';

/*
 * (fixr78) Shapes a probe set of real reports showed: a star glued before the value as its out-of-range mark, a test
 * the catalog does not know with its unit only inside the range's parentheses, HL7's placeholder unit (`.`), and a
 * patient's sentences of quoted names with units glued to the numbers. Expected rows written from the printed lines
 * (made up), not from the reader's output.
 */

const lines = (...l: string[]) => l.join('\n');
const obx = (...segments: string[]) => codeRows(parseHl7(['MSH|^~\\&|LIS|LAB|EHR|H|20250301120000||ORU^R01|9|P|2.3', 'OBR|1|||PANEL', ...segments].join('\r'),
  catalog.readerOptions).rows, catalog, '2026-01-01T00:00:00.000Z').results;

describe('fixr78 1: a star glued before the value is its printed flag', () => {
  it('reads `*280` as `* 280` reads: the value, the star its flag (abnormal, as the corpus keys a star)', () => {
    const spaced = coded('Ferritin * 280 ug/L 13.00 - 150.00');
    expect(spaced).toEqual([['ferritin', 280, 'ug/L', 13, 150, 'abnormal']]);
    expect(coded('Ferritin *280 ug/L 13.00 - 150.00')).toEqual(spaced);
    // A full stop ending the name (`Ferritin.`, `Free T3.`): the name's, as without the star.
    expect(coded('Ferritin. *280 ug/L 13.00 - 150.00')).toEqual(spaced);
    expect(coded('Thyroglobulin Antibody. *291.000 IU/mL 0.00 - 115.00')).toEqual([['thyroglobulin-antibody', 291, '[IU]/mL', 0, 115, 'abnormal']]);
    expect(coded('Thyroid Peroxidase Antibodies *543 IU/mL 0.00 - 34.00')).toEqual([['thyroid-peroxidase-antibody', 543, '[IU]/mL', 0, 34, 'abnormal']]);
    // Among unstarred rows, each keeps its own.
    expect(coded(lines('Free T3. 5.03 pmol/L 3.10 - 6.80', '', 'Ferritin. *280 ug/L 13.00 - 150.00', '', 'Folate (Serum) 5.9 ug/L 2.91 - 50.00'))).toEqual([
      ['free-t3', 5.03, 'pmol/L', 3.1, 6.8, 'normal'], ['ferritin', 280, 'ug/L', 13, 150, 'abnormal'], ['folate', 5.9, 'ug/L', 2.91, 50, 'normal']]);
  });

  it('leaves what is no starred value as before', () => {
    // A star after the value, or apart before it: unchanged.
    expect(coded('Ferritin 280* ug/L 13.00 - 150.00')).toEqual([['ferritin', 280, 'ug/L', 13, 150, 'abnormal']]);
    // A starred number ending the line, nothing after it: no result shown (the mark may be a footnote's).
    expect(resultsOf('Factor *5')).toEqual([]);
    // A footnote glued to its first word under a row stays a footnote.
    expect(coded(lines('Glucose 3.25* mmol/L 3.0 - 6.0', '*Paired random blood glucose.'))).toEqual([['glucose', 3.25, 'mmol/L', 3, 6, 'normal']]);
    // Under a footnote of the sample's quality the glued star is what the spaced one is (the footnote stays one).
    expect(coded(lines('Ferritin *280 ug/L 13.00 - 150.00', '* Lipaemic sample.'))).toEqual(coded(lines('Ferritin * 280 ug/L 13.00 - 150.00', '* Lipaemic sample.')));
    expect(coded(lines('Potassium 5.9* mmol/L 3.5 - 5.1', '* Lipaemic sample.'))).toEqual([['potassium', 5.9, 'mmol/L', 3.5, 5.1, 'high']]);
    // A star first on the line is a bullet, not a flag.
    expect(coded('* Ferritin 51.80 (30 - 400 ug/L)')).toEqual([['ferritin', 51.8, 'ug/L', 30, 400, 'normal']]);
  });
});

describe('fixr78 2: a name the catalog does not know, its unit only inside the range\'s parentheses', () => {
  it('(mend13) is not read — the shape is a repeat\'s, a prescription\'s, a water test\'s as often; with its unit after the value it is', () => {
    const row = ['?Active B12', 89.9, 'pmol/L', 37.5, 150, 'normal'];
    expect(coded('Active B12 89.9 (37.5 - 150 pmol/L)')).toEqual([]);
    expect(coded('* Active B12 >150 (37.5 - 150 pmol/L)')).toEqual([]);
    // As the unit printed after the value gives.
    expect(coded('Active B12 89.9 pmol/L (37.5 - 150)')).toEqual([row]);
    // A known name as before.
    expect(coded('* Folate 5.9 (2.9 - 50 ug/L)')).toEqual([['folate', 5.9, 'ug/L', 2.9, 50, 'normal']]);
  });

  it('is not read for doses, times or words', () => {
    expect(resultsOf('Dose 5 (10 - 20 mg)')).toEqual([]);
    expect(resultsOf('Atorvastatin 20 (10 - 80 mg)')).toEqual([]);
    expect(resultsOf('Level = H 4 (2 - 3 min)')).toEqual([]);
    expect(resultsOf('Walk 30 (20 - 40 min)')).toEqual([]);
    expect(resultsOf('Vitamin D3 1000 (400 - 4000 IU)')).toEqual([]);
    expect(resultsOf('I was admitted 3 (2 - 4 days)')).toEqual([]);
    expect(resultsOf('Speed 50 (30 - 60 km/h)')).toEqual([]);
    expect(resultsOf('Infusion 5 (2 - 10 mg/kg)')).toEqual([]);
    expect(resultsOf('Magnesium supplement 400 (200 - 600 mg/day)')).toEqual([]);
  });
});

describe('fixr78 3: HL7\'s placeholder unit', () => {
  it('is no unit: `.`, `-`, `..`', () => {
    for (const u of ['.', '-', '..', '--']) {
      expect(obx(`OBX|1|NM|GFR^Estimated GFR^Winpath||>90|${u}|||||F`).map((r) => [r.biomarker?.key, r.value, r.unit ?? null])).toEqual([['egfr', 90, null]]);
    }
  });

  it('leaves a real unit as it was', () => {
    expect(obx('OBX|1|NM|NA^Sodium^Winpath||143|mmol/L|135-145||||F').map(codedRow)).toEqual([['sodium', 143, 'mmol/L', 135, 145, 'normal']]);
    expect(obx('OBX|1|NM|HCT^Haematocrit^Winpath||0.41|L/L|0.37-0.47||||F').map((r) => r.unit)).toEqual(['L/L']);
    expect(obx('OBX|1|NM|NEUP^Neutrophils %^Winpath||57|%|40-75||||F').map((r) => r.unit)).toEqual(['%']);
  });
});

describe('fixr78 4: a patient\'s sentences of quoted names, each a value and its unit', () => {
  it('reads each sentence that is a known test\'s value in a unit the catalog measures it in', () => {
    expect(coded("'serum iron level' 26umol/l. 'saturation of iron binding cap '50%. %iron saturation 52%. 'serum ferritin level' 40ng /ml. What does it all mean.?")).toEqual([
      ['iron', 26, 'umol/L', null, null, null], ['transferrin-saturation', 50, '%', null, null, null],
      ['transferrin-saturation', 52, '%', null, null, null], ['ferritin', 40, 'ng/mL', null, null, null]]);
    expect(coded('"serum ferritin" 40 ng/ml. "vitamin b12" 350ng/l. Is that normal?')).toEqual([
      ['ferritin', 40, 'ng/mL', null, null, null], ['vitamin-b12', 350, 'ng/L', null, null, null]]);
  });

  it('reads no number of ordinary prose', () => {
    expect(resultsOf("I take 50mg. 'vitamin D' 2000 IU daily. I am 52. It's been 2 weeks.")).toEqual([]);
    expect(resultsOf("My doctor said 'iron' 65mg. I'm taking it twice a day. My son is 12.")).toEqual([]);
    expect(resultsOf("I walked 5km. 'ferritin' was low 2 years ago. I weigh 70kg. What does it mean?")).toEqual([]);
    expect(resultsOf("'levothyroxine' 100mcg. 'vitamin D' 1000iu. Should I stop?")).toEqual([]);
    expect(resultsOf("The 'normal' 30%. 'my age' 52. Then 'ferritin' 2000 ug/l. Why?")).toEqual([]);
    expect(resultsOf("On 12/03/2020 I started 'iron tablets' 200mg. Since then 3 weeks.")).toEqual([]);
  });
});

describe('fixr78 5: a worded bound (`range less than 0.1`) stays a bound, as the corpus keys it', () => {
  it('gives the bound and the flag', () => {
    expect(coded('I had some blood tests. Haematocrit 0.389 (range 0.4-0.5), Basophil count 0.10 (range less than 0.1). Serum Ferritin 199 (range 22-133).')
      .find((r) => r[0] === 'basophils-absolute')).toEqual(['basophils-absolute', 0.1, null, null, 0.1, 'high']);
  });
});
