import { parseTextReport, toLines } from './text-report.parser.js';
import { coded } from '../../testing/reader.js';

/*
 * (pipetables) Three layouts a consumer lab's or a portal's copy prints:
 * 1. A table with bars between its cells but none at the line's ends and no `---|---` rule under its header (a
 *    spreadsheet's or portal's export pasted as text, some OCR tools): read as the Markdown table it is.
 * 2. A name that fills its column, then one space and the value with its unit under the value column's header
 *    (MyChart: `Absolute Neutrophils 9.2 K/uL` under `Component  Your Value`).
 * 3. A unit printed after a range the row reader reads no bounds of at its start (a phase's label: `Follicular: 77 -
 *    921 pmol/L`; Quest's `> OR = 60 mL/min/1.73m2`) in the range column: the value's unit when it prints none.
 * Every expected row is written from the printed line, as a clinician reads it.
 */

const lineTexts = (text: string) => toLines(text).map((l) => l.text);

describe('pipetables: a table with bars between its cells only', () => {
  it('reads a header with an optimal and a standard range column: the standard range is the range', () => {
    const text = [
      'Biomarker | Your value | Optimal | Standard range',
      'ApoB | 71 mg/dL | <60 | <90',
      'Fasting insulin | 6.1 uIU/mL | <6 | 2.6-24.9',
      'Free T3 | 3.1 pg/mL | 3.2-4.2 | 2.0-4.4',
      'Omega-3 Index | 7.4 % | >8 | >4',
    ].join('\n');
    expect(coded(text)).toEqual([
      ['apolipoprotein-b', 71, 'mg/dL', null, 90, 'normal'],
      ['insulin', 6.1, 'u[IU]/mL', 2.6, 24.9, 'normal'],
      ['free-t3', 3.1, 'pg/mL', 2, 4.4, 'normal'],
      ['omega-3-index', 7.4, '%', 4, null, 'normal'],
    ]);
  });

  it('reads a previous result\'s column, a range column before the result\'s and a comment column by their headers', () => {
    expect(coded([
      'Test | Result | Previous result | Reference range',
      'Glucose | 105 mg/dL | 98 mg/dL | 70-99',
      'Sodium | 140 mmol/L | 138 mmol/L | 135-145',
    ].join('\n'))).toEqual([
      ['glucose', 105, 'mg/dL', 70, 99, 'high'],
      ['sodium', 140, 'mmol/L', 135, 145, 'normal'],
    ]);
    expect(coded([
      'Test | Reference range | Result',
      'Glucose | 70-99 | 105 mg/dL',
      'Sodium | 135-145 | 140 mmol/L',
    ].join('\n'))).toEqual([
      ['glucose', 105, 'mg/dL', 70, 99, 'high'],
      ['sodium', 140, 'mmol/L', 135, 145, 'normal'],
    ]);
    expect(coded([
      'Test | Result | Units | Reference range | Comment',
      'Glucose | 105 | mg/dL | 70-99 | fasting 12 h',
      'Ferritin | 45 | ng/mL | 30-400 | repeat in 3 months',
    ].join('\n'))).toEqual([
      ['glucose', 105, 'mg/dL', 70, 99, 'high'],
      ['ferritin', 45, 'ng/mL', 30, 400, 'normal'],
    ]);
  });

  it('reads such a table with the rule under its header (GitHub\'s table without outer bars)', () => {
    expect(coded([
      'Biomarker | Your value | Optimal | Standard range',
      ':---|---:|---|---',
      'ApoB | 71 mg/dL | <60 | <90',
      'Free T3 | 3.1 pg/mL | 3.2-4.2 | 2.0-4.4',
    ].join('\n'))).toEqual([
      ['apolipoprotein-b', 71, 'mg/dL', null, 90, 'normal'],
      ['free-t3', 3.1, 'pg/mL', 2, 4.4, 'normal'],
    ]);
  });

  // (Read before the change too, each line as a row with gaps: kept so.)
  it('reads a name, result, unit and range table, an empty cell and an empty last cell kept in their columns', () => {
    const text = [
      'Test | Result | Units | Reference Range | Flag',
      'Glucose | 105 | mg/dL | 70-99 | H',
      'Sodium | 140 | mmol/L | 135-145 |',
      'Hemoglobin | 11.2 | g/dL | 12.0-15.5 | L',
      'Ferritin | 48 | ng/mL |  |',
    ].join('\n');
    expect(coded(text)).toEqual([
      ['glucose', 105, 'mg/dL', 70, 99, 'high'],
      ['sodium', 140, 'mmol/L', 135, 145, 'normal'],
      ['hemoglobin', 11.2, 'g/dL', 12, 15.5, 'low'],
      ['ferritin', 48, 'ng/mL', null, null, null],
    ]);
  });

  // (Read before the change too.)
  it('keeps the table\'s header across a section heading between its rows', () => {
    const text = [
      'Test | Result | Reference range',
      'Glucose | 88 mg/dL | 70-99',
      'LIPIDS',
      'LDL Cholesterol | 131 mg/dL | <100',
    ].join('\n');
    expect(coded(text)).toEqual([
      ['glucose', 88, 'mg/dL', 70, 99, 'normal'],
      ['ldl-cholesterol', 131, 'mg/dL', null, 100, 'high'],
    ]);
  });

  it('writes such lines as Markdown rows, and no others', () => {
    expect(lineTexts('Test | Result | Range\nGlucose | 88 mg/dL | 70-99')).toEqual(['| Test | Result | Range |', '| Glucose | 88 mg/dL | 70-99 |']);
    // With the rule under the header (GitHub's table without outer bars), spaced or not.
    expect(lineTexts('Test | Result | Range\n---|:---:|---\nGlucose | 88 mg/dL | 70-99')).toEqual(['| Test | Result | Range |', '| --- | :---: | --- |', '| Glucose | 88 mg/dL | 70-99 |']);
    // A single line, a header without a row under it.
    expect(lineTexts('Test | Result | Range')).toEqual(['Test | Result | Range']);
    expect(lineTexts('Test | Result | Range\n\nGlucose | 88 mg/dL | 70-99')).toEqual(['Test | Result | Range', '', 'Glucose | 88 mg/dL | 70-99']);
    // Two cells a line (`Name | value`).
    expect(lineTexts('Test | Result\nGlucose | 88 mg/dL')).toEqual(['Test | Result', 'Glucose | 88 mg/dL']);
    // A first line that heads no table (prose, a patient's details).
    expect(lineTexts('Patient | DOB | Location\nJane Doe | 1980 | Ward 3')).toEqual(['Patient | DOB | Location', 'Jane Doe | 1980 | Ward 3']);
    // Rows of another number of cells than the header's.
    expect(lineTexts('Test | Result | Range\nGlucose | 88 mg/dL | 70-99 | H')).toEqual(['Test | Result | Range', 'Glucose | 88 mg/dL | 70-99 | H']);
    // Bars with no spaces around them: HL7 segments, a delimited export.
    const hl7 = 'OBX|1|NM|2345-7^Glucose^LN||95|mg/dL|70-99|N|||F\nOBX|2|NM|2951-2^Sodium^LN||140|mmol/L|135-145|N|||F';
    expect(lineTexts(hl7)).toEqual(hl7.split('\n'));
    expect(lineTexts('Test|Result|Range\nGlucose|88|70-99')).toEqual(['Test|Result|Range', 'Glucose|88|70-99']);
    // A Markdown row already (its bars at its ends) is left as it is.
    expect(lineTexts('| Test | Result | Range |\n| Glucose | 88 | 70-99 |')).toEqual(['| Test | Result | Range |', '| Glucose | 88 | 70-99 |']);
  });

  it('reads a single line, two-cell lines and prose with a bar as before', () => {
    expect(coded('Glucose | 95 mg/dL | 70-99')).toEqual([['glucose', 95, 'mg/dL', 70, 99, 'normal']]);
    expect(coded('Glucose | 95 mg/dL\nSodium | 140 mmol/L')).toEqual([
      ['glucose', 95, 'mg/dL', null, null, null],
      ['sodium', 140, 'mmol/L', null, null, null],
    ]);
    expect(coded('Reviewed by | Dr. Smith | 2024-03-01\nPage 1 | of 2 | printed 2024-03-02')).toEqual([]);
  });
});

describe('pipetables: a name filling its column, one space before the value and its unit', () => {
  const header = 'Component            Your Value     Standard Range        Flag';
  it('reads the value and its unit under the value column\'s header', () => {
    const text = [
      header,
      'WBC                  11.8 K/uL      4.0 - 11.0 K/uL       High',
      'Absolute Neutrophils 9.2 K/uL       1.8 - 7.7 K/uL        High',
      'Absolute Lymphocytes 1.7 K/uL       1.0 - 4.8 K/uL',
    ].join('\n');
    expect(coded(text)).toEqual([
      ['white-blood-cell-count', 11.8, '10*3/uL', 4, 11, 'high'],
      ['neutrophils-absolute', 9.2, '10*3/uL', 1.8, 7.7, 'high'],
      ['lymphocytes-absolute', 1.7, '10*3/uL', 1, 4.8, 'normal'],
    ]);
  });

  it('reads a value with its unit glued on so too', () => {
    const text = [header, 'Absolute Neutrophils 9.2K/uL        1.8 - 7.7 K/uL        High'].join('\n');
    expect(coded(text)).toEqual([['neutrophils-absolute', 9.2, '10*3/uL', 1.8, 7.7, 'high']]);
  });

  it('keeps a name\'s own number and word, and a value printed further right', () => {
    // A code in capitals and its number (`CA 125`) ending the name, then a unit: the name's, not a value.
    expect(coded(['Test                  Result     Reference Range', 'Cancer Antigen CA 125 U/mL        <35'].join('\n'))
      .filter((r) => r[1] === 125)).toEqual([]);
    // The value printed in its column: the name's last words stay the name's.
    expect(coded([header, 'Vitamin B12          412 pg/mL      232 - 1245 pg/mL'].join('\n'))).toEqual([['vitamin-b12', 412, 'pg/mL', 232, 1245, 'normal']]);
  });
});

describe('pipetables: a unit printed after a range the row reads no bounds of at its start', () => {
  it('reads a phase\'s range with its unit in a `Reference Range - Units` column: the unit is the value\'s', () => {
    const text = [
      'Test                         Flag    Result        Reference Range - Units',
      'Estradiol                            412           Follicular: 77 - 921 pmol/L',
      'Prolactin                     H      31            3 - 27 ug/L',
    ].join('\n');
    // (fixr) One labelled group's range alone is the patient's (the lead's decision): its bounds, and the unit read.
    expect(coded(text)).toEqual([
      ['estradiol', 412, 'pmol/L', 77, 921, 'normal'],
      ['prolactin', 31, 'ug/L', 3, 27, 'high'],
    ]);
  });

  it('reads Quest\'s `> OR = 60 mL/min/1.73m2` in the range column', () => {
    const text = [
      'Test Name                        In Range    Out Of Range    Reference Range       Lab',
      ' EGFR                            88                          > OR = 60 mL/min/1.73m2 EN',
      ' SODIUM                          140                         135-146 mmol/L        EN',
    ].join('\n');
    expect(coded(text)).toEqual([
      ['egfr', 88, 'mL/min/{1.73_m2}', 60, null, 'normal'],
      ['sodium', 140, 'mmol/L', 135, 146, 'normal'],
    ]);
  });

  it('keeps a unit printed with the value, and reads no unit from words that are no range', () => {
    const text = [
      'Test                         Result        Reference Range - Units',
      'Estradiol                    412 pmol/L    Follicular: 77 - 921 pmol/L',
      'Glucose                      95            See note mg/dL',
    ].join('\n');
    const rows = coded(text);
    expect(rows[0]).toEqual(['estradiol', 412, 'pmol/L', 77, 921, 'normal']);
    expect(rows.find((r) => r[0] === 'glucose')?.[2] ?? null).toBeNull();
  });
});

/*
 * (pipetables review) Found by the review of pipetables: (1) a bare pipe table ran on into another table of its
 * count of cells after a blank line or a heading (a medication list, a supplement or plan table, a patient's line);
 * (2) the unit after a labelled range was taken for a value printed in another unit; (3) a challenge's dose (`75 g`)
 * ending a name was read as the value with its unit.
 */
describe('pipetables review: a bare pipe table ends at a blank line and at another table\'s header', () => {
  const lab = ['Test | Result | Range', 'Glucose | 95 mg/dL | 70-99'];
  const glucose = ['glucose', 95, 'mg/dL', 70, 99, 'normal'];

  it('reads no medication list after a blank line and a heading as rows of the lab table', () => {
    const text = [...lab, '', 'MEDICATIONS', 'Drug | Dose | Frequency', 'Metformin | 500 mg | twice daily', 'Vitamin D | 2000 IU | daily'].join('\n');
    expect(coded(text)).toEqual([glucose]);
  });

  it('reads no supplement table after a blank line as rows of the lab table', () => {
    const text = ['Test | Result | Reference range', 'Vitamin D | 18 ng/mL | 30-100', '', 'Supplement | Dose | Schedule', 'Vitamin D | 5000 IU | daily', 'Iron | 65 mg | every other day'].join('\n');
    expect(coded(text)).toEqual([['vitamin-d', 18, 'ng/mL', 30, 100, 'low']]);
  });

  it('ends the table at a line of its count of cells holding no digit (another table\'s header)', () => {
    expect(coded(['Test | Result | Range', 'Ferritin | 12 ng/mL | 30-400', 'Plan | Start | Review', 'Ferrous sulfate | 325 mg | 8 weeks'].join('\n')))
      .toEqual([['ferritin', 12, 'ng/mL', 30, 400, 'low']]);
    expect(coded([...lab, 'Patient | Age | Sex', 'Jane Doe | 54 | F'].join('\n'))).toEqual([glucose]);
    expect(lineTexts([...lab, 'Patient | Age | Sex', 'Jane Doe | 54 | F'].join('\n')))
      .toEqual(['| Test | Result | Range |', '| Glucose | 95 mg/dL | 70-99 |', 'Patient | Age | Sex', 'Jane Doe | 54 | F']);
  });

  it('starts a new table at a lab header after the end, read by its own columns', () => {
    const text = [...lab, '', 'Analyte | Reference | Value', 'Sodium | 135-145 | 150 mmol/L'].join('\n');
    expect(coded(text)).toEqual([glucose, ['sodium', 150, 'mmol/L', 135, 145, 'high']]);
    // Straight after a row, no blank line between.
    expect(coded([...lab, 'Test | Previous | Current', 'HbA1c | 6.8 % | 7.4 %'].join('\n')))
      .toEqual([glucose, ['hemoglobin-a1c', 7.4, '%', null, null, null]]);
  });

  it('keeps a row whose answer is a word (no digit) in the table', () => {
    const text = ['Test | Result | Range', 'HBsAg | Negative | Negative', 'Glucose | 120 mg/dL | 70-99'].join('\n');
    expect(lineTexts(text)).toEqual(['| Test | Result | Range |', '| HBsAg | Negative | Negative |', '| Glucose | 120 mg/dL | 70-99 |']);
    expect(coded(text).find((r) => r[0] === 'glucose')).toEqual(['glucose', 120, 'mg/dL', 70, 99, 'high']);
  });
});

describe('pipetables review: the unit after a labelled range only for a value on its scale', () => {
  const LL = (line: string) => ['Test                         Result        Reference Range - Units', line].join('\n');
  const unit = (text: string) => coded(text)[0]?.[2] ?? null;

  it('takes no unit for a value printed in another unit than the range\'s', () => {
    expect(coded(LL('Hemoglobin                   13.5          Female: 120 - 160 g/L'))).toEqual([['hemoglobin', 13.5, null, null, null, null]]);
    expect(coded(LL('Creatinine                   1.1           Male: 62 - 106 umol/L'))).toEqual([['creatinine', 1.1, null, null, null, null]]);
    expect(coded(LL('Hemoglobin A1c               42            Non-diabetic: 4.0 - 5.6 %'))).toEqual([['hemoglobin-a1c', 42, null, null, null, null]]);
    expect(unit(LL('Cholesterol, Total           5.2           Desirable: < 200 mg/dL'))).toBeNull();
  });

  it('takes the unit for a value on the range\'s scale', () => {
    // (fixr) A group's one interval is the range (the lead's decision); a tier's (`Sufficient:`) stays text.
    expect(coded(LL('Ferritin                     45            Female: 15 - 150 ug/L'))).toEqual([['ferritin', 45, 'ug/L', 15, 150, 'normal']]);
    expect(coded(LL('Vitamin D                    75            Sufficient: 30 - 100 ng/mL'))).toEqual([['vitamin-d', 75, 'ng/mL', null, null, null]]);
    expect(coded(LL('Estradiol                    412           Follicular: 77 - 921 pmol/L'))).toEqual([['estradiol', 412, 'pmol/L', 77, 921, 'normal']]);
  });
});

describe('pipetables review: a challenge\'s dose ending a name is no value', () => {
  const header = 'Component          Your Value     Standard Range        Flag';
  it('reads no `75 g` as a value with its unit', () => {
    for (const line of ['Glucose, 2 Hr Post 75 g              <140 mg/dL', 'Insulin, 2 h post 75 g             Not done']) {
      expect(coded([header, line].join('\n')).filter((r) => r[1] === 75 || r[2] === 'g')).toEqual([]);
    }
  });
});
