import { coded } from '../../testing/reader.js';

/*
 * (cells) How a fixed-width row's cells are given to the columns of the header above it. Made-up probes found:
 * 1. A row with as many cells as the header has columns had them taken in order, one a column, even where one is a
 *    flag printed in a gap no header column covers (the row missing another cell) or where the cells' kinds say the
 *    order is not the header's: `INR  1.4  H  0.8 - 1.2` under `Test  Result  Ref. Range  Units` read its range as the
 *    unit and lost its flag; `Testosterone  33.6  H  nmol/L` (no range cell) lost its H.
 * 2. A range's label printed apart from its bound (`Deficient      < 50` under `Reference Range`) was moved into the
 *    unit column: unit `nmol/L Deficient`, the bound read as the range.
 * 3. Brackets padded apart from the range inside (`(   18-54   )`) were cells of their own: the opening one joined the
 *    unit (`nmol/L (`).
 * 4. A value and its unit printed one space from a range in parentheses (`18.0 g/dL (13.0-17.7)`) under a narrow
 *    header: the cell was given to the range column, the row read no value and was lost.
 * Every expected row is written from the printed lines (made-up lines), not from the reader's output.
 */

const lines = (...l: string[]) => l.join('\n');

describe('cells 1: a flag in an unheaded gap, cells whose kinds contradict the header\'s order', () => {
  it('the probe\'s table: a row missing its unit or its range keeps its flag, range and unit', () => {
    expect(coded(lines(
      'Test                     Result         Ref. Range           Units',
      'SHBG                     61.2     H     18.3 - 54.1          nmol/L',
      'INR                      1.4      H     0.8 - 1.2',
      'Testosterone             33.6     H                          nmol/L'))).toEqual([
      ['shbg', 61.2, 'nmol/L', 18.3, 54.1, 'high'],
      ['inr', 1.4, '{ratio}', 0.8, 1.2, 'high'],
      ['testosterone', 33.6, 'nmol/L', null, null, 'high'],
    ]);
  });

  it('printed two spaces apart, the flag under the result\'s header', () => {
    expect(coded(lines('Test  Result  Ref. Range  Units', 'INR  1.4  H  0.8 - 1.2'))).toEqual([['inr', 1.4, '{ratio}', 0.8, 1.2, 'high']]);
  });

  it('a unit column before the range: the flag in the gap is no unit, the unit no range', () => {
    expect(coded(lines(
      'Test                  Result          Units         Reference Range',
      'Sodium                131             mmol/L        136 - 145',
      'Potassium             5.8       H     mmol/L'))).toEqual([
      ['sodium', 131, 'mmol/L', 136, 145, 'low'],
      ['potassium', 5.8, 'mmol/L', null, null, 'high'],
    ]);
  });
});

describe('cells 1, negatives: rows the in-order rule reads right', () => {
  it('one cell a column, a flag column headed', () => {
    expect(coded(lines(
      'Test                  Result    Flag    Units       Reference Range',
      'Glucose               112       H       mg/dL       70 - 99',
      'Sodium                131       L                   136 - 145'))).toEqual([
      ['glucose', 112, 'mg/dL', 70, 99, 'high'],
      ['sodium', 131, null, 136, 145, 'low'],
    ]);
    expect(coded(lines('Test  Result  Flag  Units  Range', 'Glucose  112  H  mg/dL  70 - 99'))).toEqual([['glucose', 112, 'mg/dL', 70, 99, 'high']]);
  });

  it('a letter that is the row\'s only unit (litres) printed in a gap stays the unit', () => {
    expect(coded(lines(
      'Test                  Result          Units         Range',
      'Urine Volume          1.5       L                   0.8 - 2.0'))).toEqual([['?Urine Volume', 1.5, 'L', 0.8, 2, 'normal']]);
  });

  it('a row with every cell, and a row without its flag', () => {
    expect(coded(lines(
      'Test                      Result         Ref. Range           Units',
      'INR                       1.4            0.8 - 1.2',
      'SHBG                      40.2           18.3 - 54.1          nmol/L'))).toEqual([
      ['inr', 1.4, '{ratio}', 0.8, 1.2, 'high'],
      ['shbg', 40.2, 'nmol/L', 18.3, 54.1, 'normal'],
    ]);
    expect(coded(lines('Test  Result  Units  Range', 'Sodium  131  mmol/L  136-145', 'Glucose  112  mg/dL  70-99'))).toEqual([
      ['sodium', 131, 'mmol/L', 136, 145, 'low'],
      ['glucose', 112, 'mg/dL', 70, 99, 'high'],
    ]);
  });
});

describe('cells 2: a range\'s label printed apart from its bound', () => {
  const vitaminD = [['shbg', 28.4, 'nmol/L', 18.3, 54.1, 'normal'], ['vitamin-d', 41, 'nmol/L', null, null, 'low']];

  it('the probe\'s tiers: the label and its bound are the range\'s (a tier: no bounds), the unit stays the unit', () => {
    expect(coded(lines(
      'Test                  Result          Unit          Reference Range',
      'SHBG                  28.4            nmol/L        18.3 - 54.1',
      'Vitamin D (25-OH)     41        L     nmol/L        Deficient      < 50',
      '                                                    Insufficient   50 - 75'))).toEqual(vitaminD);
  });

  it('reads as the same label one space from its bound (negative: already so)', () => {
    expect(coded(lines(
      'Test                  Result          Unit          Reference Range',
      'SHBG                  28.4            nmol/L        18.3 - 54.1',
      'Vitamin D (25-OH)     41        L     nmol/L        Deficient < 50',
      '                                                    Insufficient   50 - 75'))).toEqual(vitaminD);
  });

  it('another label apart from its bound: the unit is the unit alone, the row read as with one space', () => {
    const header = 'Test                  Result          Unit          Reference Range';
    const apart = coded(lines(header, 'Total Cholesterol     232       H     mg/dL         Desirable      < 200'));
    expect(apart[0]![2]).toBe('mg/dL');
    expect(apart).toEqual(coded(lines(header, 'Total Cholesterol     232       H     mg/dL         Desirable < 200')));
  });
});

describe('cells 3: brackets padded apart from the range inside them', () => {
  it('the probe\'s rows', () => {
    expect(coded(lines(
      'Test             Result    Units      Reference',
      'SHBG                 22    nmol/L     (   18-54   )',
      'Creatinine           95    umol/L     (  60-110  )'))).toEqual([
      ['shbg', 22, 'nmol/L', 18, 54, 'normal'],
      ['creatinine', 95, 'umol/L', 60, 110, 'normal'],
    ]);
  });

  it('square brackets padded so', () => {
    expect(coded(lines('Test             Result    Units      Reference', 'SHBG                 22    nmol/L     [   18-54   ]')))
      .toEqual([['shbg', 22, 'nmol/L', 18, 54, 'normal']]);
  });

  it('negatives: brackets a unit holds, a method\'s bracket, brackets padded on one side', () => {
    expect(coded(lines(
      'Test                  Result          Units               Reference Range',
      'eGFR                  88              mL/min/(1.73_m2)    >59',
      'LDL Cholesterol       128             mg/dL               <100 (calc)'))).toEqual([
      ['egfr', 88, 'mL/min/(1.73_m2)', 59, null, 'normal'],
      ['ldl-cholesterol', 128, 'mg/dL', null, 100, 'high'],
    ]);
    expect(coded(lines(
      'Test             Result    Units      Reference',
      'SHBG                 22    nmol/L     (18-54)',
      'Creatinine           95    umol/L     (  60-110)',
      'Urea                 5.1   mmol/L     (2.5-7.8   )'))).toEqual([
      ['shbg', 22, 'nmol/L', 18, 54, 'normal'],
      ['creatinine', 95, 'umol/L', 60, 110, 'normal'],
      ['urea', 5.1, 'mmol/L', 2.5, 7.8, 'normal'],
    ]);
  });
});

describe('cells 4: a value and its unit one space from a range in parentheses, under a header', () => {
  const hemoglobin = [['hemoglobin', 18, 'g/dL', 13, 17.7, 'high']];

  it('a narrow header and a wide one', () => {
    expect(coded(lines('Test  Result  Reference range', 'Hemoglobin  18.0 g/dL (13.0-17.7)'))).toEqual(hemoglobin);
    expect(coded(lines(
      'TEST                      RESULT      REFERENCE RANGE',
      'Hemoglobin                18.0 g/dL (13.0-17.7)'))).toEqual(hemoglobin);
    expect(coded(lines('Test  Result  Units  Reference range', 'Hemoglobin  18.0 g/dL (13.0-17.7)'))).toEqual(hemoglobin);
  });

  it('negatives: the same read with the range apart, unbracketed, or without a header; a remark in parentheses', () => {
    expect(coded(lines('Test  Result  Reference range', 'Hemoglobin  18.0 g/dL  (13.0-17.7)'))).toEqual(hemoglobin);
    expect(coded(lines('Test  Result  Reference range', 'Hemoglobin  18.0 g/dL 13.0-17.7'))).toEqual(hemoglobin);
    expect(coded('Hemoglobin                18.0 g/dL (13.0-17.7)')).toEqual(hemoglobin);
    expect(coded(lines(
      'Test                  Result          Units         Reference',
      'Lymphocytes           35 (80% of WBC)               20 - 40'))).toEqual([['lymphocytes', 35, null, 20, 40, 'normal']]);
  });
});

/*
 * (cells 5) A long name printed one space from the method under a `TECHNOLOGY` or `METHOD` header (an Indian
 * laboratory's `TEST NAME  TECHNOLOGY  VALUE  UNITS  Bio. Ref. Interval.`): the method word (and the value after it)
 * had been read into the name (`?HIGH SENSITIVITY C-REACTIVE PROTEIN (HS-CRP) IMMUNOTURBIDIMETRY`), or the row lost.
 */
describe('cells 5: a long name running into the method column', () => {
  it('the probe\'s rows, a narrow and a wide header', () => {
    expect(coded(lines(
      'TEST NAME                 TECHNOLOGY    VALUE    UNITS    Bio. Ref. Interval.',
      'TSH                       C.L.I.A       2.1      µIU/mL   0.3-5.5',
      'HIGH SENSITIVITY C-REACTIVE PROTEIN (HS-CRP) IMMUNOTURBIDIMETRY 3.4   mg/L     <3'))).toEqual([
      ['thyroid-stimulating-hormone', 2.1, 'u[IU]/mL', 0.3, 5.5, 'normal'],
      ['hs-crp', 3.4, 'mg/L', null, 3, 'high'],
    ]);
    expect(coded(lines(
      'TEST NAME                                  TECHNOLOGY          VALUE      UNITS      Bio. Ref. Interval.',
      'APOLIPOPROTEIN - B (APO-B)                 IMMUNOTURBIDIMETRY  118        mg/dL      55-140',
      'HIGH SENSITIVITY C-REACTIVE PROTEIN (HS-CRP) IMMUNOTURBIDIMETRY 3.4     mg/L       <3'))).toEqual([
      ['apolipoprotein-b', 118, 'mg/dL', 55, 140, 'normal'],
      ['hs-crp', 3.4, 'mg/L', null, 3, 'high'],
    ]);
  });

  it('a method word printed a little left of its header, reaching under it', () => {
    expect(coded(lines(
      'TEST NAME                 TECHNOLOGY    VALUE    UNITS    Bio. Ref. Interval.',
      'LIPOPROTEIN (a) [Lp(a)] IMMUNOTURBIDIMETRY 42.6   mg/dL    <30'))).toEqual([['lipoprotein-a', 42.6, 'mg/dL', null, 30, 'high']]);
  });

  it('under a Method header', () => {
    expect(coded(lines('Test                 Method        Result   Units    Range', 'GAMMA GLUTAMYL TRANSFERASE (GGT) ENZYMATIC 45   U/L      8-61')))
      .toEqual([['gamma-glutamyl-transferase', 45, 'U/L', 8, 61, 'normal']]);
  });

  it('negatives: a name the catalog knows whole, a method in its own cell, no method column', () => {
    const direct = [['direct-bilirubin', 0.5, 'mg/dL', 0, 0.3, 'high']];
    expect(coded(lines('Test     Method      Result   Units    Range', 'BILIRUBIN DIRECT            0.5      mg/dL    0.0-0.3'))).toEqual(direct);
    expect(coded(lines('Test     Method      Result   Units    Range', 'BILIRUBIN DIRECT  DIAZO     0.5      mg/dL    0.0-0.3'))).toEqual(direct);
    expect(coded(lines(
      'Test                 Method        Result   Units    Range',
      'GAMMA GLUTAMYL TRANSFERASE (GGT)   ENZYMATIC     45       U/L      8-61'))).toEqual([['gamma-glutamyl-transferase', 45, 'U/L', 8, 61, 'normal']]);
    expect(coded(lines(
      'TEST NAME                 VALUE    UNITS    Bio. Ref. Interval.',
      'HIGH SENSITIVITY C-REACTIVE PROTEIN (HS-CRP) 3.4   mg/L     <3'))).toEqual([['hs-crp', 3.4, 'mg/L', null, 3, 'high']]);
  });
});

/*
 * (cells review) What the review's probes found the rules above read wrong (every expected row from the printed line):
 * a name's own last word taken for the method (rule 5), a range lost under a header with a Flag and a Lab column
 * (rule 1), and the bounds of a range whose one label names the range or its condition (rule 2).
 */
describe('cells review: a name\'s own last word is no method', () => {
  it('under TECHNOLOGY: a word that says another analyte, or a word of the catalog\'s names, stays the name\'s', () => {
    expect(coded(lines(
      'TEST NAME                 TECHNOLOGY    VALUE    UNITS    Bio. Ref. Interval.',
      'PROSTATE SPECIFIC ANTIGEN FREE           0.4      ng/mL    >0.25',
      'IRON BINDING CAPACITY UNSATURATED       180      ug/dL    110-370'))).toEqual([
      ['prostate-specific-antigen-free', 0.4, 'ng/mL', 0.25, null, 'normal'],
      ['?IRON BINDING CAPACITY UNSATURATED', 180, 'ug/dL', 110, 370, 'normal'],
    ]);
  });

  it('under a narrow Method header: PSA FREE, CALCIUM IONIZED, urine rows are no blood rows', () => {
    const rows = coded(lines(
      'Test   Method   Result  Units   Range',
      'PSA FREE        0.4     ng/mL   >0.25',
      'CALCIUM IONIZED 1.12    mmol/L  1.12-1.32',
      'CREATININE URINE  120   mg/dL   20-320',
      'SODIUM URINE    85      mmol/L  40-220',
      'GLUCOSE         92      mg/dL   70-99'));
    expect(rows).toContainEqual(['prostate-specific-antigen-free', 0.4, 'ng/mL', 0.25, null, 'normal']);
    expect(rows).toContainEqual(['?CALCIUM IONIZED', 1.12, 'mmol/L', 1.12, 1.32, 'normal']);
    expect(rows).toContainEqual(['glucose', 92, 'mg/dL', 70, 99, 'normal']);
    for (const key of ['prostate-specific-antigen', 'calcium', 'creatinine', 'sodium']) expect(rows.map((r) => r[0])).not.toContain(key);
  });

  it('a method word that is no name\'s is still split off', () => {
    expect(coded(lines(
      'TEST NAME                 TECHNOLOGY    VALUE    UNITS    Bio. Ref. Interval.',
      'LIPOPROTEIN (a) [Lp(a)] IMMUNOTURBIDIMETRY 42.6   mg/dL    <30'))).toEqual([['lipoprotein-a', 42.6, 'mg/dL', null, 30, 'high']]);
  });
});

describe('cells review: a flag under its own column, a Lab column after the range', () => {
  it('the flag printed left of its header, the range under Range, the site code under Lab', () => {
    expect(coded(lines(
      'Test          Result           Flag             Units          Range      Lab',
      'HbA1c          6.1        H                  %                     4.0 - 5.6  01',
      'Sodium         128              L            mmol/L                136 - 145  01',
      '',
      'Test             Result          Flag        Units     Range        Lab',
      'Troponin I               0.09  H            ng/mL              < 0.04  01',
      'Glucose       105                      H     mg/dL           70 - 99   01'))).toEqual([
      ['hemoglobin-a1c', 6.1, '%', 4, 5.6, 'high'],
      ['sodium', 128, 'mmol/L', 136, 145, 'low'],
      ['troponin-i', 0.09, 'ng/mL', null, 0.04, 'high'],
      ['glucose', 105, 'mg/dL', 70, 99, 'high'],
    ]);
  });
});

describe('cells review: one label before a range in the range column', () => {
  it('a label that names the range or its condition keeps the bounds (and the unit clean)', () => {
    expect(coded(lines(
      'Test                  Result          Unit          Reference Range',
      'Glucose               92              mg/dL         Fasting    70 - 99',
      'LDL Cholesterol       128             mg/dL         Optimal      < 100',
      'Total Cholesterol     232             mg/dL         Desirable      < 200'))).toEqual([
      ['glucose', 92, 'mg/dL', 70, 99, 'normal'],
      ['ldl-cholesterol', 128, 'mg/dL', null, 100, 'high'],
      ['total-cholesterol', 232, 'mg/dL', null, 200, 'high'],
    ]);
  });

  it('in German and Spanish, and inside padded brackets', () => {
    expect(coded(lines(
      'Untersuchung          Ergebnis        Einheit       Referenzbereich',
      'Glucose               105             mg/dl         Nüchtern    70 - 99',
      'Cholesterin           180             mg/dl         Erwachsene  < 200'))).toEqual([
      ['glucose', 105, 'mg/dL', 70, 99, 'high'],
      ['total-cholesterol', 180, 'mg/dL', null, 200, 'normal'],
    ]);
    expect(coded(lines(
      'Prueba                Resultado       Unidades      Valores de referencia',
      'Glucosa               95              mg/dL         Adultos   70 - 110',
      'Colesterol total      210             mg/dL         Deseable   < 200'))).toEqual([
      ['glucose', 95, 'mg/dL', 70, 110, 'normal'],
      ['total-cholesterol', 210, 'mg/dL', null, 200, 'high'],
    ]);
    expect(coded(lines(
      'Test             Result    Units      Reference',
      'Hemoglobin           15.1  g/dL       (  Adult   13 - 17  )'))).toEqual([['hemoglobin', 15.1, 'g/dL', 13, 17, 'normal']]);
  });

  it('negatives: a tier run keeps no bounds; a sex\'s label, one group\'s interval, its bounds (the lead\'s fixr decision, colon or none); the unit stays clean', () => {
    expect(coded(lines(
      'Test                  Result          Unit          Reference Range',
      'Hemoglobin            15.2            g/dL          Male     13.5 - 17.5',
      'Vitamin D (25-OH)     41              nmol/L        Deficient      < 50',
      '                                                    Insufficient   50 - 75',
      '                                                    Sufficient     > 75'))).toEqual([
      ['hemoglobin', 15.2, 'g/dL', 13.5, 17.5, 'normal'],
      ['vitamin-d', 41, 'nmol/L', null, null, null],
    ]);
  });
});

describe('cells review: the unsaturated iron-binding capacity is no total', () => {
  it('`(Unsaturated)` after the name changes the analyte, as `(Free)` does; the total stays TIBC', () => {
    expect(coded(lines(
      'Iron Binding Capacity (Unsaturated)   180 ug/dL   110-370',
      'Total Iron Binding Capacity   320 ug/dL   250-450'))).toEqual([
      ['?Iron Binding Capacity (Unsaturated)', 180, 'ug/dL', 110, 370, 'normal'],
      ['total-iron-binding-capacity', 320, 'ug/dL', 250, 450, 'normal'],
    ]);
  });
});
