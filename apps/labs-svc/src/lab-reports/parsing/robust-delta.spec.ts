import { rangeTextRow, readResults } from '../../testing/reader.js';

/*
 * Faults the robustness run (scripts/robustness.ts --delta) found: a report read right as printed and wrong after a
 * change of presentation that leaves its meaning alone. Each expected row is what a clinician reads in the made-up
 * text, not what the reader returns.
 *
 * (marks) A status column decorated with emoji, as note apps, chat summaries and LLM transcriptions print one
 * (`✅ Normal`, `⚠️ **High**`, `🔻 Low`). Each expected row is what a clinician reads in the made-up text: the range as
 * printed, the status the column prints. Found by the robustness run (a Markdown report printed as fixed-width text:
 * its status column read as the range's text).
 */

const lines = (...l: string[]) => l.join('\n');
const read = async (text: string) => (await readResults(text)).map(rangeTextRow);

describe('marks: emoji in a status column', () => {
  it('a fixed-width status column after the range is the status, not the range text', async () => {
    expect(await read(lines(
      'Test                 Result   Unit     Reference   Status',
      'Hemoglobin           15.0     g/dL     13.5-17.5   ✅ Normal',
      'Ferritin             420      ng/mL    30-400      ⚠️ High',
      'Vitamin D            18       ng/mL    30-100      🔻 Low',
    ))).toEqual([
      ['hemoglobin', 15, 'g/dL', '13.5-17.5', 13.5, 17.5, 'normal'],
      ['ferritin', 420, 'ng/mL', '30-400', 30, 400, 'high'],
      ['vitamin-d', 18, 'ng/mL', '30-100', 30, 100, 'low'],
    ]);
  });

  it('a Russian table printed fixed-width keeps its ranges and its status phrase', async () => {
    expect(await read(lines(
      'Показатель                                    Результат   Единицы    Референсные значения   Статус',
      'Гемоглобин (HGB)                              150.2       г/л        130 - 160              ✅ Норма',
      'Лимфоциты, % (LYM%)                           45.0        %          18 - 40                ⚠️ **Выше нормы**',
    ))).toEqual([
      ['hemoglobin', 150.2, 'g/L', '130 - 160', 130, 160, 'normal'],
      ['lymphocytes', 45, '%', '18 - 40', 18, 40, 'high'],
    ]);
  });

  it('a status cell with no range keeps the status it prints behind its emoji', async () => {
    expect(await read(lines(
      '| Test | Result | Unit | Range | Status |',
      '|---|---|---|---|---|',
      '| Ferritin | 420 | ng/mL | | ⚠️ **High** |',
      '| Vitamin D | 18 | ng/mL | | 🔻 Low |',
      '| Hemoglobin | 15.0 | g/dL | | ✅ Normal |',
    ))).toEqual([
      ['ferritin', 420, 'ng/mL', null, null, null, 'high'],
      ['vitamin-d', 18, 'ng/mL', null, null, null, 'low'],
      ['hemoglobin', 15, 'g/dL', null, null, null, 'normal'],
    ]);
  });

  it('a mark alone says no status: the printed range decides, and with none there is no flag', async () => {
    expect(await read(lines(
      '| Test | Result | Unit | Range | Reviewed |',
      '|---|---|---|---|---|',
      '| Potassium | 5.9 | mmol/L | 3.5 - 5.1 | ✅ |',
      '| Sodium | 139 | mmol/L | | ✅ |',
    ))).toEqual([
      ['potassium', 5.9, 'mmol/L', '3.5 - 5.1', 3.5, 5.1, 'high'],
      ['sodium', 139, 'mmol/L', null, null, null, null],
    ]);
  });

  it('an emoji after a value in prose is still no part of the row', async () => {
    expect(await read('Vitamin D 45 🔵 ng/mL (30-100)')).toEqual([['vitamin-d', 45, 'ng/mL', '30-100', 30, 100, 'normal']]);
  });
});

describe('leaders: a page break after lines of a name, a colon and its value', () => {
  // The last lines of a page of a Brazilian haemogram (dotted leaders to a colon, the percentage, then the count, then
  // each one's range), three of them before the page's footer: alone, they line up as a headerless table.
  const page = lines(
    'Neutrófilos.........: 58,0 %         4.176 /mm3       40 a 70 %       1.600 a 7.000 /mm3',
    'Linfócitos..........: 30,0 %         2.160 /mm3       20 a 40 %       800 a 4.000 /mm3',
    'Monócitos...........: 8,0 %          576 /mm3         2 a 10 %        80 a 1.000 /mm3',
    '',
    'Página 1 de 2',
  );

  it('reads each line\'s percentage and count with its own range, no name holding a value', async () => {
    expect(await read(page)).toEqual([
      ['neutrophils', 58, '%', '40 a 70', 40, 70, 'normal'],
      ['neutrophils-absolute', 4176, '/uL', '1.600 a 7.000', 1600, 7000, 'normal'],
      ['lymphocytes', 30, '%', '20 a 40', 20, 40, 'normal'],
      ['lymphocytes-absolute', 2160, '/uL', '800 a 4.000', 800, 4000, 'normal'],
      ['monocytes', 8, '%', '2 a 10', 2, 10, 'normal'],
      ['monocytes-absolute', 576, '/uL', '80 a 1.000', 80, 1000, 'normal'],
    ]);
  });

  it('a headerless table with names before a colon and the value in its own column reads as before', async () => {
    expect(await read(lines(
      'Total Cholesterol: 212     mg/dL     <200     H',
      'HDL: 45                    mg/dL     >40',
      'LDL: 140                   mg/dL     <100     H',
    ))).toEqual([
      ['total-cholesterol', 212, 'mg/dL', '<200', null, 200, 'high'],
      ['hdl-cholesterol', 45, 'mg/dL', '>40', 40, null, 'normal'],
      ['ldl-cholesterol', 140, 'mg/dL', '<100', null, 100, 'high'],
    ]);
  });
});

describe('prevlabel: a previous result after its label on the row\'s own line', () => {
  it('is the row\'s comment, the row read with its range (the row was lost, or its range)', async () => {
    expect(await read(lines(
      'Glicose.....: 98 mg/dL          70 a 99 mg/dL        anterior: 95 mg/dL',
      'Creatinina..: 0,9 mg/dL         0,6 a 1,2 mg/dL      anterior: 1,0 mg/dL',
      'LDL Cholesterol   130 mg/dL   <100   Previous=145',
    ))).toEqual([
      ['glucose', 98, 'mg/dL', '70 a 99', 70, 99, 'normal'],
      ['creatinine', 0.9, 'mg/dL', '0,6 a 1,2', 0.6, 1.2, 'normal'],
      ['ldl-cholesterol', 130, 'mg/dL', '<100', null, 100, 'high'],
    ]);
    const comments = (await readResults('Ferritin: 22 ng/mL (Previous: 35 ng/mL) Ref 30-400')).map((r) => [rangeTextRow(r), r.comment]);
    expect(comments).toEqual([[['ferritin', 22, 'ng/mL', '30-400', 30, 400, 'low'], 'Previous: 35 ng/mL']]);
  });

  it('a previous column before the range leaves the range to the row', async () => {
    expect(await read(lines(
      'Glucose      98 mg/dL      Previous: 95 mg/dL      70 - 99',
      'Sodium       139 mmol/L    Previous: 141 mmol/L    135 - 145',
    ))).toEqual([
      ['glucose', 98, 'mg/dL', '70 - 99', 70, 99, 'normal'],
      ['sodium', 139, 'mmol/L', '135 - 145', 135, 145, 'normal'],
    ]);
  });

  it('invents no row from the previous result, and leaves a table\'s previous column to the table', async () => {
    expect(await read('HbA1c 6.1 %  Prior: 5.9 %  Target: <7')).toEqual([['hemoglobin-a1c', 6.1, '%', null, null, null, null]]);
    expect(await read(lines(
      '| Test | Result | Unit | Range | Previous |',
      '|---|---|---|---|---|',
      '| Creatinine | 0.9 | mg/dL | 0.6-1.2 | Previous: 1.0 |',
    ))).toEqual([['creatinine', 0.9, 'mg/dL', '0.6-1.2', 0.6, 1.2, 'normal']]);
  });
});

describe('ageband: an age band in a group\'s label before its range', () => {
  // A hormone panel's ranges by sex and age (`Men 19-49 y:`), or by age alone (`Age 40-44:`, `40-49 years:`): the age
  // band was read as the first range and the row lost its range (or the row was lost, with a warning).
  it('keeps the range as printed; one sex\'s band gives its bounds as `Male: …` does', async () => {
    expect(await read('Testosterone   512   ng/dL   Men 19-49 y: 264 - 916')).toEqual([
      ['testosterone', 512, 'ng/dL', 'Men 19-49 y: 264 - 916', 264, 916, 'normal'],
    ]);
    expect(await read('Testosterone, Free   6.1   Low   pg/mL   Male 18-29 y: 9.3 - 26.5')).toEqual([
      ['testosterone-free', 6.1, 'pg/mL', 'Male 18-29 y: 9.3 - 26.5', 9.3, 26.5, 'low'],
    ]);
  });

  it('several bands, or a band with no sex, are the range\'s text with no bounds (the reader knows no age)', async () => {
    expect(await read('PSA   1.2   ng/mL   40-49 years: <2.5   50-59 years: <3.5   60-69 years: <4.5')).toEqual([
      ['prostate-specific-antigen', 1.2, 'ng/mL', '40-49 years: <2.5 50-59 years: <3.5 60-69 years: <4.5', null, null, null],
    ]);
    expect(await read('IGF-1   188   ng/mL   Age 40-44: 75 - 212  Age 45-49: 69 - 200')).toEqual([
      ['somatomedin-c', 188, 'ng/mL', 'Age 40-44: 75 - 212 Age 45-49: 69 - 200', null, null, null],
    ]);
  });

  it('a range with numbers above any age is no band (read as before)', async () => {
    expect(await read('Testosterone   512   ng/dL   264 - 916')).toEqual([['testosterone', 512, 'ng/dL', '264 - 916', 264, 916, 'normal']]);
  });
});

describe('review of the eighth session\'s rules: what a reviewer\'s 322 cases showed', () => {
  it('a previous result before a current one\'s label is not split off: the bound is never read as the result', async () => {
    expect(await read('HbA1c   Previous: 7.9 %   Current: 9.4 %   <5.7')).toEqual([]);
    expect(await read('Vitamin B12   Previous: 180 pg/mL   Current: 350 pg/mL   Range: 200-900')).toEqual([]);
    expect(await read('Free T4   Prior: 1.4 ng/dL   Today: 0.7 ng/dL   0.8-1.8')).toEqual([]);
  });

  it('a flag or a range after the previous result is the row\'s, a flag before its label too', async () => {
    expect(await read('Glucose 130 mg/dL   Previous: 95 mg/dL   H')).toEqual([['glucose', 130, 'mg/dL', null, null, null, 'high']]);
    expect(await read('Hemoglobin   11.2 g/dL   L   Prior: 10.8 g/dL   12.0-15.5')).toEqual([['hemoglobin', 11.2, 'g/dL', '12.0-15.5', 12, 15.5, 'low']]);
  });

  it('a second result beside the previous one is never swallowed into its comment', async () => {
    const rows = await readResults('Glucose 98 mg/dL 70-99   Prior: 95     Sodium 139 mmol/L 135-145   Prior: 141');
    expect(rows.some((r) => (r.comment ?? '').includes('Sodium'))).toBe(false);
  });

  it('names of calculated tests with `from`, `using`, `based` are still names', async () => {
    expect(await read('Corrected calcium based on albumin by Payne formula   2.61 mmol/L   2.20-2.60   H')).toEqual([
      ['?Corrected calcium based on albumin by Payne formula', 2.61, 'mmol/L', '2.20-2.60', 2.2, 2.6, 'high'],
    ]);
  });

  it('a Markdown status cell with emoji reads as the same words without them', async () => {
    expect(await read(lines(
      '| Test | Result | Range | Status |',
      '|---|---|---|---|',
      '| Potassium | 6.8 mmol/L | 3.5-5.1 | 🚨 Critical |',
      '| Sodium | 118 mmol/L | 135-145 | Critical |',
      '| Glucose | 45 mg/dL | 70-99 | ⚠️ Out of range |',
    ))).toEqual([
      ['potassium', 6.8, 'mmol/L', '3.5-5.1', 3.5, 5.1, 'critical-high'],
      ['sodium', 118, 'mmol/L', '135-145', 135, 145, 'critical-low'],
      ['glucose', 45, 'mg/dL', '70-99', 70, 99, 'low'],
    ]);
  });
});

describe('marks2: emoji between a row\'s unit and its range or flag', () => {
  it('are decoration: the row is read as without them (it read nothing, sometimes silently)', async () => {
    expect(await read(lines(
      'Glucose: 130 mg/dL  🔺  (ref 70-99)',
      '- Hemoglobin: 9.8 g/dL 🔻 (12–15.5)',
      'Potassium 5.9 mmol/L 🔴 H 3.5-5.1',
      'Ferritin 22 ng/mL ⚠️ Low (30-400)',
    ))).toEqual([
      ['glucose', 130, 'mg/dL', '70-99', 70, 99, 'high'],
      ['hemoglobin', 9.8, 'g/dL', '12–15.5', 12, 15.5, 'low'],
      ['potassium', 5.9, 'mmol/L', '3.5-5.1', 3.5, 5.1, 'high'],
      ['ferritin', 22, 'ng/mL', '30-400', 30, 400, 'low'],
    ]);
  });
});
