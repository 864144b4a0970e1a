import { readKeyed } from '../../testing/keyed-sets.js';

/*
 * The thirteenth session's table rules, made from keyed set 9's first run (keyed-tables.spec.ts), each held here by
 * hand on lines of its own: the expected rows are what a laboratory professional reads off the printed line.
 */
const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('cumulative tables (set 9)', () => {
  it('a unit and a range printed between the name and the dates are the row\'s, and the newest date\'s value is the result', async () => {
    expect(await readKeyed(lines(
      'Test                 Units   Ref Range  10/02/25  07/15/25  04/01/25',
      'TSH                  mIU/L   0.45-4.50  2.14      3.88      5.02 H',
      'Testosterone, Total  ng/dL   264-916    612       455       238 L',
    ))).toEqual(['thyroid-stimulating-hormone||normal|2.14|m[IU]/L|0.45..4.5', 'testosterone||normal|612|ng/dL|264..916']);
  });

  it('an older column\'s flag one space after its value is that value\'s, never the newest result\'s (newest on the right)', async () => {
    expect(await readKeyed(lines(
      'Test        Units   Range      01/05/25  03/09/25  06/14/25',
      'Ferritin    ng/mL   30-400     12 L      24 L      71',
      'Glucose     mg/dL   65-99      92        96        104 H',
    ))).toEqual(['ferritin||normal|71|ng/mL|30..400', 'glucose||high|104|mg/dL|65..99']);
  });

  it('a bare line of three dates over their draw times heads the columns: the newest date\'s value, not the first printed', async () => {
    expect(await readKeyed(lines(
      '                 11/02/24  02/11/25  05/20/25',
      '                 07:55     08:10     07:42',
      'HGB       g/dL   16.9 H    17.4 H    15.9       [13.2-17.1]',
      'FERRITIN  ng/mL  142       88        19 L       [38-380]',
    ))).toEqual(['hemoglobin||normal|15.9|g/dL|13.2..17.1', 'ferritin||low|19|ng/mL|38..380']);
  });

  it('a flag column after an earlier date\'s column (`F`) flags that earlier result only', async () => {
    expect(await readKeyed(lines(
      'Test                 08/14/25  F  02/03/25  F  Units   Reference',
      'Triglycerides        104          160       H  mg/dL   <150',
      'hs-CRP               3.6       H  3.4       H  mg/L    <3.0',
    ))).toEqual(['triglycerides||normal|104|mg/dL|..150', 'hs-crp||high|3.6|mg/L|..3']);
  });
});

describe('a differential\'s percentage and count on one line (set 9)', () => {
  it('each with its bracketed range, the count perhaps labelled `Abs` and its unit after the range: two rows', async () => {
    expect(await readKeyed(lines(
      'Lymphocytes     22 %   (20-45)    1.7 x10^9/L   (1.0-4.0)',
      'Bands    4 %  (0-5)    Abs 0.3  (0.0-0.5)  K/uL',
    ))).toEqual([
      'lymphocytes||normal|22|%|20..45', 'lymphocytes-absolute||normal|1.7|10*3/uL|1..4',
      'band-form-neutrophils||normal|4|%|0..5', 'band-form-neutrophils-absolute||normal|0.3|10*3/uL|0..0.5',
    ]);
  });

  it('not under a name of another cell than a white cell (the count after a hematocrit is no hematocrit\'s)', async () => {
    const read = await readKeyed(lines('Hematocrit     44 %   (40-52)    5.1 M/uL   (4.2-5.8)'));
    expect(read.filter((r) => r.startsWith('hematocrit|') && !r.includes('|%|'))).toEqual([]);
  });
});

describe('more of set 9\'s shapes', () => {
  it('months with two-digit years head a cumulative table (newest right); `Test (units)` heads the names; an empty newest cell is no result', async () => {
    expect(await readKeyed(lines(
      'Test (units)         Ref       Jan-24  May-24  Oct-24  Mar-25',
      'Iron (ug/dL)         38-169    52      61      88      121',
      'Ferritin (ng/mL)     30-400    12 L    24 L    46      71',
      'Folate (ng/mL)       >3.0      14.2',
    ))).toEqual(['iron||normal|121|ug/dL|38..169', 'ferritin||normal|71|ng/mL|30..400']);
  });

  it('Quest\'s percentage and `ABS` count on one line: the percentage without a range, the count with the range printed', async () => {
    expect(await readKeyed(lines(
      'WHITE BLOOD CELL COUNT     6.5       Thousand/uL    3.8-10.8',
      'NEUTROPHILS             52.6 %  ABS  3419 cells/uL  1500-7800',
    ))).toEqual(['white-blood-cell-count||normal|6.5|10*3/uL|3.8..10.8', 'neutrophils||null|52.6|%|', 'neutrophils-absolute||normal|3.42|10*3/uL|1500..7800']);
  });

  it('a requisition\'s and a price list\'s lines are no results (codes, CPT codes and biomarker counts are no values)', async () => {
    expect(await readKeyed(lines(
      'Test                           Code    CPT          Tube',
      'Hemoglobin A1c                 001453  83036        LAV',
      'PSA, Total                     010322  84153        SST',
    ))).toEqual([]);
    expect(await readKeyed(lines(
      'Panel / Test                Biomarkers  Price',
      'Lipoprotein(a)              1           $39',
      'Vitamin D, 25-OH            1           $45',
    ))).toEqual([]);
  });

  it('after the order list and a blank line, a results table reads as before', async () => {
    expect(await readKeyed(lines(
      'Test                           Code    CPT',
      'Hemoglobin A1c                 001453  83036',
      '',
      'Test            Result  Units   Reference',
      'Hemoglobin A1c  5.4     %       4.8-5.6',
    ))).toEqual(['hemoglobin-a1c||normal|5.4|%|4.8..5.6']);
  });

  it('an order list ends at the next page (`Page 2 of 2`): the results printed there are read', async () => {
    expect(await readKeyed(lines(
      'Test                           Code    CPT',
      'Hemoglobin A1c                 001453  83036',
      'ACME LABORATORY    Page 2 of 2',
      'Glucose  95  mg/dL  70-99',
    ))).toEqual(['glucose||normal|95|mg/dL|70..99']);
  });

  it('a summary page\'s results printed again at the top of the detail\'s page are read once, not dropped as a letterhead', async () => {
    expect(await readKeyed(lines(
      'WELLSPRING LABORATORY    Page 1 of 2    SUMMARY OF ABNORMAL RESULTS',
      'Ferritin          18  L  ng/mL  30-400',
      'Full results follow on page 2.',
      'WELLSPRING LABORATORY    Page 2 of 2    DETAILED RESULTS',
      'Ferritin          18   L  ng/mL  30-400',
      'Iron              74      ug/dL  50-180',
    ))).toEqual(['ferritin||low|18|ng/mL|30..400', 'iron||normal|74|ug/dL|50..180']);
  });

  it('a critical value\'s mark printed apart after its flag (`HH **`, `L **`) makes the flag critical, where the report says `** = CRITICAL VALUE`', async () => {
    expect(await readKeyed(lines(
      'STAT CHEMISTRY    ** = CRITICAL VALUE',
      'Potassium  6.4  HH **  mmol/L  3.5-5.1',
      'Glucose     41  L **   mg/dL   65-99',
      'Calcium    9.4         mg/dL   8.6-10.3',
    ))).toEqual(['potassium||critical-high|6.4|mmol/L|3.5..5.1', 'glucose||critical-low|41|mg/dL|65..99', 'calcium||normal|9.4|mg/dL|8.6..10.3']);
  });
});

describe('a differential under a header of a percentage\'s and a count\'s columns (set 9)', () => {
  it('each value with the unit and range columns printed after it, up to the next value column', async () => {
    expect(await readKeyed(lines(
      'Test         Result  Units    Ref       Absolute  Units    Ref',
      'WBC          5.9     x10^9/L  4.0-10.5',
      'Neutrophils  58      %        40-74     3.4       x10^9/L  1.4-7.0',
    ))).toEqual(['white-blood-cell-count||normal|5.9|10*3/uL|4..10.5', 'neutrophils||normal|58|%|40..74', 'neutrophils-absolute||normal|3.4|10*3/uL|1.4..7']);
  });

  it('a `%` column with its own range, the one unit column the count\'s: the percentage is no count', async () => {
    expect(await readKeyed(lines(
      'Test         %   Ref (%)  Absolute  Units     Ref (abs)',
      'WBC                       3.2 L     x10E3/uL  3.4-10.8',
      'Neutrophils  42  40-74    1.3 L     x10E3/uL  1.4-7.0',
    ))).toEqual(['white-blood-cell-count||low|3.2|10*3/uL|3.4..10.8', 'neutrophils||normal|42|%|40..74', 'neutrophils-absolute||low|1.3|10*3/uL|1.4..7']);
  });
});

describe('lines around the rows (sets 9 and 10)', () => {
  it('a flag, a unit and a range wrapped onto the line under the value are the row\'s', async () => {
    expect(await readKeyed(lines('Hemoglobin  17.6', '            H     g/dL   13.0-17.0', 'PSA         0.84', '                  ng/mL  0.00-4.00')))
      .toEqual(['hemoglobin||high|17.6|g/dL|13..17', 'prostate-specific-antigen||normal|0.84|ng/mL|0..4']);
  });

  it('a section\'s title in capitals before a row on its line is no part of the row\'s name', async () => {
    expect(await readKeyed(lines('HEMATOLOGY    WBC 6.2 x10^9/L (4.0-10.0)'))).toEqual(['white-blood-cell-count||normal|6.2|10*3/uL|4..10']);
  });

  it('a guideline\'s categories in a sentence with no result before them are no row; after a result they are its range', async () => {
    expect(await readKeyed(lines(
      'Cholesterol, Total       212     High  mg/dL  < 200',
      'NCEP ATP III: Total cholesterol Desirable <200, Borderline 200-239, High >=240 mg/dL',
    ))).toEqual(['total-cholesterol||high|212|mg/dL|..200']);
    expect(await readKeyed(lines('Cholesterol  212 mg/dL  Desirable <200, Borderline 200-239, High >=240'))).toEqual(['total-cholesterol||null|212|mg/dL|text']);
  });

  it('a footnote\'s sentence with an amount in it is no result', async () => {
    expect(await readKeyed(lines(
      'Testosterone               11.4          nmol/L  8.6 - 29.0',
      'Free testosterone calculated (Vermeulen) from total testosterone, SHBG and an assumed albumin of 43 g/L.',
    ))).toEqual(['testosterone||normal|329|ng/dL|8.6..29']);
  });

  it('a remark after a bracketed range ends at the semicolon before the next results of a note\'s list', async () => {
    expect(await readKeyed(lines('Iron studies 02/18: Ferritin 41 ng/mL (30-400) - below the RLS treatment threshold of 75; Iron 66 mcg/dL (38-169); TIBC 388 mcg/dL (250-450).')))
      .toEqual(['ferritin||normal|41|ng/mL|30..400', 'iron||normal|66|ug/dL|38..169', 'total-iron-binding-capacity||normal|388|ug/dL|250..450']);
  });

  it('units spelled out (`Unit/L`) and an assay\'s words cut short (`High Sens.`) read as printed in full', async () => {
    expect(await readKeyed(lines('ALT                31            Unit/L         12-78', 'CRP, High Sens.    3.4  mg/L  <3.0')))
      .toEqual(['alanine-aminotransferase||normal|31|U/L|12..78', 'hs-crp||high|3.4|mg/L|..3']);
  });
});

describe('review 16: where the new rules must not fire', () => {
  it('a US month and day over the columns (`Jan 15  Feb 03  Mar 10`) is no month of a year: no older column is read as the result', async () => {
    const read = await readKeyed(lines(
      'Test          Units   Range     Jan 15   Feb 03   Mar 10',
      'Glucose       mg/dL   65-99     92       101 H    131 H',
    ));
    expect(read.filter((r) => r.startsWith('glucose||') && !r.includes('|131|'))).toEqual([]);
  });

  it('one Flag column after the oldest date of a newest-first table is the result\'s own (a critical `HH` kept)', async () => {
    expect(await readKeyed(lines(
      'Test            08/14/25   05/02/25   02/03/25   Flag   Units    Reference',
      'Potassium       6.8        4.9        4.4        HH     mmol/L   3.5-5.1',
    ))).toEqual(['potassium||critical-high|6.8|mmol/L|3.5..5.1']);
  });

  it('`H **` is critical only where the report says its stars mark a critical value', async () => {
    const read = await readKeyed(lines('ALT            88    H  **   U/L      7-56', 'AST            61    H       U/L      10-40', '** Result verified by repeat analysis.'));
    expect(read.filter((r) => r.includes('|critical-high|'))).toEqual([]);
    expect(await readKeyed(lines('Potassium      6.6   H  **  mmol/L   3.5-5.1', '** Critical value'))).toEqual(['potassium||critical-high|6.6|mmol/L|3.5..5.1']);
  });

  it('a WBC under `Result` beside an `Absolute` column keeps the one range column printed after them', async () => {
    expect(await readKeyed(lines(
      'Test          Result   Absolute   Units      Reference',
      'WBC           3.1                 x10^9/L    4.0-10.5',
    ))).toEqual(['white-blood-cell-count||low|3.1|10*3/uL|4..10.5']);
  });

  it('a test\'s name in capitals before an isotype the catalog knows is one name, no section title (`DUST MITE    IgE`)', async () => {
    const read = await readKeyed(lines('DUST MITE    IgE 2.40 kUA/L  <0.35'));
    expect(read.filter((r) => r.startsWith('immunoglobulin-e') || r.startsWith('total-ige'))).toEqual([]);
  });

  it('`Male` and `Female` range columns: each range with its sex, for the service to take the patient\'s; the same range printed for both is one', async () => {
    expect(await readKeyed(lines(
      'Test        Result  Units  Male       Female',
      'Hemoglobin  15.2    g/dL   13.2-17.1  11.7-15.5',
      'HbA1c       5.3     %      4.8-5.6    4.8-5.6',
    ))).toEqual(['hemoglobin||null|15.2|g/dL|text', 'hemoglobin-a1c||normal|5.3|%|4.8..5.6']);
  });
});

describe('HL7 v2 (set 11)', () => {
  it('an OBX of status O (an order\'s ask-at-order-entry answer) is no result; a final one beside it is', async () => {
    expect(await readKeyed(lines(
      'MSH|^~\\&|LIS|LAB|EHR|CLINIC|20250903070000||ORU^R01|MSG1|P|2.5.1',
      'PID|1||123^^^MRN||DOE^JANE',
      'OBR|1|A1||57698-3^Lipid panel^LN|||20250903070000',
      'OBX|1|NM|49541-6^Fasting status - Reported^LN||12|h|||||O',
      'OBX|2|NM|2093-3^Cholesterol^LN||182|mg/dL|<200|N|||F',
    ))).toEqual(['total-cholesterol||normal|182|mg/dL|..200']);
  });
});

describe('OCR text (set 12)', () => {
  it('leaders set apart by spaces between every cell are gaps', async () => {
    expect(await readKeyed(lines('Testosterone, Total .............. 645 ............ ng/dL ...... 264-916', 'PSA, Total ....................... 0.71 ........... ng/mL ...... 0.0-4.0')))
      .toEqual(['testosterone||normal|645|ng/dL|264..916', 'prostate-specific-antigen||normal|0.71|ng/mL|0..4']);
  });

  it('`rn` read for an `m` in a unit (`urnol/L`, `rng/dL`) is the unit with its m', async () => {
    expect(await readKeyed(lines('Magnesium            2.1       rng/dL     1.6-2.6', 'Homocysteine         9.8       urnol/L    0.0-14.5')))
      .toEqual(['magnesium||normal|2.1|mg/dL|1.6..2.6', 'homocysteine||normal|9.8|umol/L|0..14.5']);
  });

  it('a value with a digit OCR could not read (`9~`, `4._`) is no result; a complete one beside it is', async () => {
    expect(await readKeyed(lines('Glucose         9~       mg/dL     70-99', 'LH              4._      mIU/mL    1.7-8.6', 'Sodium          138      mmol/L    133-146')))
      .toEqual(['sodium||normal|138|mmol/L|133..146']);
  });

  it('a table\'s rules read as brackets, and a lower-case `l` where the flag goes inside the range, are no part of the rows', async () => {
    expect(await readKeyed(lines(
      '[ Test        ] Result  Flag [ Units   ] Reference ]',
      '[ Glucose     ] 92      I    [ mg/dL   ] 70 - 99   ]',
      '[ BUN         ] 15      l    [ mg/dL   ] 6 - 24    ]',
      '[ ALT         ] 58      H    [ U/L     ] 0 - 44    ]',
    ))).toEqual(['glucose||normal|92|mg/dL|70..99', 'blood-urea-nitrogen||normal|15|mg/dL|6..24', 'alanine-aminotransferase||high|58|U/L|0..44']);
  });

  it('a receipt\'s tests with prices are no results', async () => {
    expect(await readKeyed(lines('CITYCARE DIAGNOSTICS  TAX INVOICE / RECEIPT  No. 88213', 'Vitamin D 25-OH 1400.00', 'HbA1c 450.00', 'TOTAL 1850.00'))).toEqual([]);
  });
});
