import { readResults, resultsOf } from '../../testing/reader.js';

/*
 * (shortcodes) Short codes laboratories print for tests the catalog holds under longer names. Expected readings are
 * written from what the codes mean where they are printed, not from the reader:
 * - `TB`, `DB`, `IB` are total, direct and indirect bilirubin on Asian and Latin American chemistry panels;
 * - `Tg` is thyroglobulin (ng/mL, µg/L) as well as `TG` triglycerides (mg/dL, mmol/L, g/L);
 * - `E1`, `E3`, `P4` are estrone, estriol and progesterone on a hormone clinic's panels (as `E2` is estradiol), in a
 *   serum's units; a quad screen's `E3` in multiples of the median, a phosphate's `P4` in mg/dL, a plate's `E1` with no
 *   unit are none of them (review 11's cases, as are the other negatives below).
 * A code with no unit says no test; an answer in words is none of them (`TB  Negative`: a tuberculosis test).
 * - `TC` on South Asian haemograms is the total leukocyte count (`TC  9100  cells/cumm`, DLC below it), on lipid panels
 *   the total cholesterol (`TC  195  mg/dL`), each only with a printed range on a blood's scale; in mmol/L it may be a
 *   total cholesterol or a total CO2 (bicarbonate), so it says neither; a fluid's or a urine's cell count
 *   (general-reader.spec.ts's review cases) is no blood count.
 */
const read = (text: string) => resultsOf(text).map((r) => [r.biomarker?.key ?? `?${r.name}`, r.value ?? r.valueText ?? null, r.unit]);
const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('shortcodes: a short code read by its unit', () => {
  it.each<[string, unknown[]]>([
    ['TB  1.2  mg/dL  0.3-1.2', ['total-bilirubin', 1.2, 'mg/dL']],
    ['TB  17  umol/L  3-21', ['total-bilirubin', 17, 'umol/L']],
    ['DB  0.2  mg/dL  0-0.3', ['direct-bilirubin', 0.2, 'mg/dL']],
    ['IB  0.6  mg/dL  0.2-0.8', ['indirect-bilirubin', 0.6, 'mg/dL']],
  ])('%s', (line, row) => {
    expect(read(lines(line))).toEqual([row]);
  });

  it.each<[string, string]>([
    // A tuberculosis test's answer is no bilirubin.
    ['TB  Negative', '?TB'],
    // A per cent is no bilirubin.
    ['DB  12  %', '?DB'],
    // An interferon-γ release (TB-IGRA) and an inhibin B are reported in pg/mL: no bilirubin.
    ['TB  45.2  pg/mL  <14', '?TB'],
    ['IB  85  pg/mL  25-325', '?IB'],
    // A quad screen's estriol in multiples of the median, a phosphate's P4, a label with no unit.
    ['E3  0.95  MoM', '?E3'],
    ['P4  3.2  mg/dL', '?P4'],
    ['E1  12', '?E1'],
  ])('%s says none of its tests', (line, name) => {
    expect(read(lines(line)).map((r) => r[0]).filter((k) => k !== name && !String(k).startsWith('?'))).toEqual([]);
  });

  it('a code with no unit is no test', () => {
    expect(read(lines('TB  1.2  0.3-1.2', 'DB  0.2  0-0.3')).filter((r) => !String(r[0]).startsWith('?'))).toEqual([]);
  });
});

describe('shortcodes: `TC` by its unit and range', () => {
  it.each<[string, unknown[]]>([
    ['TC  9100  cells/cumm  4000 - 11000', ['white-blood-cell-count', 9100, '/uL']],
    ['TC  3480  /cumm  4000-11000', ['white-blood-cell-count', 3480, '/uL']],
    ['TC  6.8  x10^3/uL  4.0 - 11.0', ['white-blood-cell-count', 6.8, '10*3/uL']],
    ['TC  195  mg/dL  125-200', ['total-cholesterol', 195, 'mg/dL']],
    // A blood's range says a blood's count however low (review 20, R1-09: after chemotherapy).
    ['TC  350  cells/cumm  4000 - 11000', ['white-blood-cell-count', 350, '/uL']],
  ])('%s', (line, row) => {
    expect(read(lines(line))).toEqual([row]);
  });

  it.each<string>([
    // Total cholesterol or total CO2: mmol/L says neither.
    'TC  5.2  mmol/L  <5.2',
    'TC  24  mmol/L  22 - 29',
    // Below any blood's white cells: a fluid's count whose heading was lost.
    'TC  3  cells/cumm  0 - 5',
    'TC  150  cells/cumm  0 - 5',
    // No range on a blood's scale: a fluid's count whose heading's section a line above ended (review 20, R1-05).
    'TC  1850  cells/cumm',
    'TC  195  mg/dL',
    // A red cell's unit, a per cent.
    'TC  4.5  mill/cumm  4.5 - 5.5',
    'TC  30  %  20 - 40',
  ])('%s stays unknown', (line) => {
    expect(read(lines(line)).map((r) => r[0])).toEqual(['?TC']);
  });

  it('a haemogram\'s TC and DLC: the count is the white cells\', its differential read as before', () => {
    const text = lines('HAEMOGRAM', 'Haemoglobin  13.1  g/dL  13 - 17', 'TC  11800  cells/cumm  4000 - 11000', 'DLC', 'Neutrophils  72  %  40 - 75', 'Lymphocytes  20  %  20 - 40');
    expect(read(text).map((r) => r[0])).toEqual(['hemoglobin', 'white-blood-cell-count', 'neutrophils', 'lymphocytes']);
  });
});

describe('shortcodes: thyroglobulin and triglycerides', () => {
  it.each<[string, unknown[]]>([
    ['Tg  0.5  ng/mL  <1.0', ['thyroglobulin', 0.5, 'ng/mL']],
    ['Tg  12.4  ng/mL  1.6-50', ['thyroglobulin', 12.4, 'ng/mL']],
    ['TG  2  ug/L  3.5-77', ['thyroglobulin', 2, 'ug/L']],
    ['TG  150  mg/dL  <150', ['triglycerides', 150, 'mg/dL']],
    ['TG  1.6  mmol/L  <1.7', ['triglycerides', 1.6, 'mmol/L']],
    ['TG  0.9  g/L  0.35-1.5', ['triglycerides', 0.9, 'g/L']],
    // A triglyceride misprinted in mg/dL stays the triglycerides: thyroglobulin is never reported in mg/dL.
    ['TG  0.4  mg/dL  <150', ['triglycerides', 0.4, 'mg/dL']],
    // Roche's Tg II, and a bracket that says what TG is.
    ['Tg II  0.5  ng/mL', ['thyroglobulin', 0.5, 'ng/mL']],
    ['TG (Thyroglobulin)  0.5  ng/mL', ['thyroglobulin', 0.5, 'ng/mL']],
  ])('%s', (line, row) => {
    expect(read(lines(line))).toEqual([row]);
  });

  it('a thyroid follow-up panel reads its thyroglobulin, no triglycerides', () => {
    const rows = read(lines(
      'Test            Result   Unit     Reference',
      'TSH             0.08     mIU/L    0.4-4.0',
      'Free T4         1.6      ng/dL    0.8-1.8',
      'Tg              0.3      ng/mL    <1.0',
      'TgAb            1.2      IU/mL    <4.0',
    ));
    expect(rows.map((r) => r[0])).toEqual(['thyroid-stimulating-hormone', 'free-t4', 'thyroglobulin', 'thyroglobulin-antibody']);
  });
});

describe('shortcodes: steroid numbers as names', () => {
  it('a hormone panel of E1, E2, E3 and P4', () => {
    const rows = read(lines(
      'E1   45    pg/mL',
      'E2   112   pg/mL',
      'E3   1.2   ng/mL',
      'P4   0.8   ng/mL',
    ));
    expect(rows).toEqual([['estrone', 45, 'pg/mL'], ['estradiol', 112, 'pg/mL'], ['estriol', 1.2, 'ng/mL'], ['progesterone', 0.8, 'ng/mL']]);
  });

  it('a steroid number in a unit no hormone is measured in is none of them', () => {
    expect(read(lines('P4  12  %')).map((r) => r[0])).not.toContain('progesterone');
  });
});

/*
 * (cobas) Roche cobas c application codes as the analyser sends them and laboratory systems print them — expected
 * readings from Roche's reagent names (ALTL: ALT liquid; CREJ2: creatinine Jaffé, generation 2; UREL: urea liquid;
 * HDLC4: HDL-cholesterol generation 4; BILT3, BILD2: total and direct bilirubin; NA-I:
 * sodium, indirect ISE; A-TPO: Elecsys anti-TPO).
 */
describe('cobas: a Roche analyser\'s application codes', () => {
  it('an ASTM upload of a cobas c 311 reads each record as its test', async () => {
    const astm = ['H|\\^&|||c311^1|||||host|RSUPL^BATCH|P|1', 'P|1', 'O|1|0001||^^^ALTL|R',
      'R|1|^^^ALTL|34|U/L|0-41|N||F||||20250301101500', 'R|2|^^^CREJ2|88|umol/L|62-106|N||F||||20250301101500',
      'R|3|^^^UREL|9.4|mmol/L|2.8-8.1|H||F||||20250301101500', 'R|4|^^^HDLC4|1.2|mmol/L|1.0-2.0|N||F||||20250301101500', 'L|1|N'].join('\r');
    expect((await readResults(astm)).map((r) => [r.biomarker?.key ?? `?${r.name}`, r.value, r.unit])).toEqual([['alanine-aminotransferase', 34, 'U/L'], ['creatinine', 88, 'umol/L'], ['urea', 9.4, 'mmol/L'],
      ['hdl-cholesterol', 1.2, 'mmol/L']]);
  });

  it.each<[string, string]>([
    ['ASTL  25  U/L', 'aspartate-aminotransferase'], ['UREL  5.1  mmol/L', 'urea'], ['UA2  300  umol/L', 'uric-acid'],
    ['CA2  2.31  mmol/L', 'calcium'], ['PHOS2  1.1  mmol/L', 'phosphorus'], ['MG-2  0.85  mmol/L', 'magnesium'],
    ['TP2  71  g/L', 'total-protein'], ['ALB2  44  g/L', 'albumin'], ['BILT3  12  umol/L', 'total-bilirubin'],
    ['BILD2  3  umol/L', 'direct-bilirubin'], ['LIPC  30  U/L', 'lipase'], ['AMYL2  60  U/L', 'amylase'],
    ['LDHI2  180  U/L', 'lactate-dehydrogenase'], ['CKL  110  U/L', 'creatine-kinase'], ['IRON2  15  umol/L', 'iron'],
    ['TRSF2  2.5  g/L', 'transferrin'], ['TRIGL  1.2  mmol/L', 'triglycerides'], ['CHOL2  5.0  mmol/L', 'total-cholesterol'],
    ['LDLC3  3.0  mmol/L', 'ldl-cholesterol'], ['CRPL3  3  mg/L', 'c-reactive-protein'], ['CRPHS  1.1  mg/L', 'hs-crp'],
    ['NA-I  140  mmol/L', 'sodium'], ['K-I  4.1  mmol/L', 'potassium'], ['CL-I  101  mmol/L', 'chloride'],
    ['CYSC  0.9  mg/L', 'cystatin-c'], ['A-TPO  10  IU/mL', 'thyroid-peroxidase-antibody'], ['A-TG  20  IU/mL', 'thyroglobulin-antibody'],
    ['CO2-L  24  mmol/L', 'carbon-dioxide'], ['LPA2  30  nmol/L', 'lipoprotein-a'], ['APOBT  0.9  g/L', 'apolipoprotein-b'],
    ['PREA  0.25  g/L', 'prealbumin'],
  ])('%s', (line, key) => {
    expect(read(lines(line)).map((r) => r[0])).toEqual([key]);
  });

  it('a urine\'s code and a code in small letters are none of the blood\'s tests', () => {
    expect(read(lines('NA-U  100  mmol/L', 'CRE2U  8.1  mmol/L')).map((r) => r[0])).toEqual(['?NA-U', '?CRE2U']);
    expect(read(lines('Altl  30  U/L')).map((r) => r[0])).not.toContain('alanine-aminotransferase');
  });

  it('a serum code under a urine or a CSF heading is no serum result (a cobas sends both under one code)', () => {
    expect(read(lines('Urine chemistry', 'CREJ2  8.1  mmol/L', 'TP2  0.1  g/L')).map((r) => r[0])).toEqual(['?CREJ2', '?TP2']);
    expect(read(lines('CSF', 'TP2  0.45  g/L  0.15-0.45', 'LACT2  1.8  mmol/L  1.1-2.4')).map((r) => r[0])).toEqual(['?TP2', '?LACT2']);
    // A timed urine's heading with its hours apart is a urine's heading.
    expect(read(lines('24 h urine', 'CA2   5.1  mmol/L', 'CREJ2 9.0  mmol/L')).map((r) => r[0])).toEqual(['?CA2', '?CREJ2']);
  });

  it.each<[string, string]>([
    // The MB isoenzyme in an isoenzyme table, an ALP isoenzyme, a tolerance test's second hour, a glucagon.
    ['CK2  3  %', 'creatine-kinase'], ['ALP2  60  %', 'alkaline-phosphatase'], ['GLU2  7.4  mmol/L  <7.8', 'glucose'],
    ['GLUC  80  pg/mL', 'glucose'],
    // An antibody to carbonic anhydrase II answered in words.
    ['CA2  Positive', 'calcium'],
  ])('%s is not read as %s', (line, key) => {
    expect(read(lines(line)).map((r) => r[0])).not.toContain(key);
  });

  it('a code beside a text keeps the text\'s reading (an HL7 OBX-3, a `code - name` line)', async () => {
    const hl7 = ['MSH|^~\\&|LIS|LAB|HIS|CLINIC|20250301101500||ORU^R01|1|P|2.5', 'PID|1||12345', 'OBR|1|||PANEL',
      'OBX|1|NM|CRPL3^hs-CRP^L||1.1|mg/L|<3|N|||F'].join('\r');
    expect((await readResults(hl7)).map((r) => r.biomarker?.key)).toEqual(['hs-crp']);
    expect(read(lines('CRPL3 - hs-CRP  1.1  mg/L')).map((r) => r[0])).toEqual(['hs-crp']);
  });
});

describe('shortcodes: a Chinese laboratory system\'s thyroid panel', () => {
  it('TT3, TT4, FT3, FT4, TSH, TPOAb, TGAb', () => {
    const rows = read(lines(
      'TT3     1.82   nmol/L   1.30-3.10',
      'TT4     112    nmol/L   66-181',
      'FT3     4.6    pmol/L   3.1-6.8',
      'FT4     15.2   pmol/L   12-22',
      'TSH     2.10   uIU/mL   0.27-4.2',
      'TPOAb   12     IU/mL    <34',
      'TGAb    18     IU/mL    <115',
      'CysC    0.92   mg/L     0.59-1.03',
      'CPEP    0.85   nmol/L   0.37-1.47',
    ));
    expect(rows.map((r) => r[0])).toEqual(['total-t3', 'total-t4', 'free-t3', 'free-t4', 'thyroid-stimulating-hormone',
      'thyroid-peroxidase-antibody', 'thyroglobulin-antibody', 'cystatin-c', 'c-peptide']);
  });
});
