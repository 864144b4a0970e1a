import { catalog, coded, codedRow } from '../../testing/reader.js';
import { type PlacedText, renderPlacedPdf, renderTextAsPdf } from '../../testing/lab-pdf.renderer.js';
import { extractPdfLines } from './pdf-text.js';
import { sideBySideTables } from './side-by-side.js';
import { analyzeReport } from './report-reader.js';

/**
 * (pdf7) The PDF path on layouts a lab's PDF prints: two tables side by side, a page turned by /Rotate 90 with its text
 * drawn turned, names wrapped in a narrow name column, double arrows for critical values, and the patient's letterhead
 * and footer lines. Each answer is what the report says (the lab's own print), rows as [key | ?name, value, unit, low,
 * high, flag].
 */
const lines = (...l: string[]) => l.join('\n');
const pdfCoded = async (bytes: Uint8Array) => (await analyzeReport('pdf', bytes, catalog, new Date('2026-01-01T00:00:00Z'))).results.map(codedRow);

/** A table's rows placed at column x positions (the first column left-aligned, the others too), from baseline `top`. */
function placedTable(rows: string[][], cols: number[], top: number, lead = 14, dx = 0): PlacedText[] {
  const out: PlacedText[] = [];
  rows.forEach((cells, r) => cells.forEach((text, c) => {
    if (text) out.push({ text, x: dx + cols[c]!, y: top + r * lead, font: r === 0 ? 'bold' : 'regular' });
  }));
  return out;
}

const SIDE_LEFT = [
  ['Test', 'Result', 'Units', 'Ref.'],
  ['Hemoglobin', '142', 'g/L', '133-173'],
  ['WBC', '11.8 H', 'x10E9/L', '4.0-11.0'],
  ['Platelets', '256', 'x10E9/L', '150-400'],
  ['MCV', '88', 'fL', '82-98'],
];
const SIDE_RIGHT = [
  ['Test', 'Result', 'Units', 'Ref.'],
  ['Glucose', '6.4 H', 'mmol/L', '3.6-6.0'],
  ['Creatinine', '98', 'umol/L', '60-110'],
  ['Potassium', '3.3 L', 'mmol/L', '3.5-5.0'],
];
const SIDE_ROWS = [
  ['hemoglobin', 142, 'g/L', 133, 173, 'normal'],
  ['white-blood-cell-count', 11.8, '10*9/L', 4, 11, 'high'],
  ['platelet-count', 256, '10*9/L', 150, 400, 'normal'],
  ['mean-corpuscular-volume', 88, 'fL', 82, 98, 'normal'],
  ['glucose', 6.4, 'mmol/L', 3.6, 6, 'high'],
  ['creatinine', 98, 'umol/L', 60, 110, 'normal'],
  ['potassium', 3.3, 'mmol/L', 3.5, 5, 'low'],
];

describe('pdf7: two tables side by side', () => {
  it('reads a text whose header repeats twice on one line as two tables, the left one then the right one', () => {
    expect(coded(lines(
      'HEMATOLOGY                                CHEMISTRY',
      'Test         Result  Units     Ref.       Test          Result  Units   Ref.',
      'Hemoglobin   142     g/L       133-173    Glucose       6.4 H   mmol/L  3.6-6.0',
      'WBC          11.8 H  x10E9/L   4.0-11.0   Creatinine    98      umol/L  60-110',
      'Platelets    256     x10E9/L   150-400    Potassium     3.3 L   mmol/L  3.5-5.0',
      'MCV          88      fL        82-98',
    ))).toEqual(SIDE_ROWS);
  });

  it('reads such a text copied out of a PDF (columns not at their places) where a row has a cell for every column', () => {
    expect(coded(lines(
      'Test  Result  Units  Ref.  Test  Result  Units  Ref.',
      'Hemoglobin  142  g/L  133-173  Glucose  6.4 H  mmol/L  3.6-6.0',
      'MCV  88  fL  82-98  Potassium  3.3 L  mmol/L  3.5-5.0',
    ))).toEqual([SIDE_ROWS[0], SIDE_ROWS[3], SIDE_ROWS[4], SIDE_ROWS[6]]);
  });

  it('reads a PDF page with two tables side by side (a gutter between), each row of each table once', async () => {
    const cols = [40, 120, 165, 215];
    const page = [
      { text: 'HEMATOLOGY', x: 40, y: 110, font: 'bold' as const }, { text: 'CHEMISTRY', x: 320, y: 110, font: 'bold' as const },
      ...placedTable(SIDE_LEFT, cols, 130), ...placedTable(SIDE_RIGHT, cols, 130, 14, 280),
    ];
    expect(await pdfCoded(await renderPlacedPdf([page]))).toEqual(SIDE_ROWS);
  });

  it('ends the two tables at text across the gutter; the right table may run longer than the left', () => {
    expect(coded(lines(
      'Test        Result  Units   Ref.        Test         Result  Units    Ref.',
      'Sodium      140     mmol/L  135-145     TSH          1.82    mIU/L    0.32-4.00',
      'Potassium   3.3 L   mmol/L  3.5-5.0     Free T4      15      pmol/L   12-22',
      '                                        Ferritin     18 L    ug/L     30-400',
      'Results were reviewed by the laboratory physician on call and released.',
      '',
      'Magnesium   0.8     mmol/L  0.7-1.0',
    ))).toEqual([
      ['sodium', 140, 'mmol/L', 135, 145, 'normal'],
      ['potassium', 3.3, 'mmol/L', 3.5, 5, 'low'],
      ['thyroid-stimulating-hormone', 1.82, 'm[IU]/L', 0.32, 4, 'normal'],
      ['free-t4', 15, 'pmol/L', 12, 22, 'normal'],
      ['ferritin', 18, 'ug/L', 30, 400, 'low'],
      ['magnesium', 0.8, 'mmol/L', 0.7, 1, 'normal'],
    ]);
  });

  it('reads 100 KB of doubled headers and rows as two tables each (its cost: npm run bench, bench-labs-lines)', () => {
    const doubled = (n: number) => Array.from({ length: n }, (_, i) => ({
      text: i % 2 ? `Test  Result  Units  Ref.  Test  Result  Units  Ref.${' '.repeat(i % 7)}` : 'Sodium  140  mmol/L  135-145  Glucose  5.1  mmol/L  3.6-6.0',
      line: i + 1,
    }));
    // Each header and each row under one (a cell for every column) in two; the first row, under none, as it is.
    expect(sideBySideTables(doubled(1400))).toHaveLength(2 * 1400 - 1);
  });

  it('leaves one table alone: a header that names the test column once, a row whose name repeats a header word', () => {
    expect(coded(lines(
      'Test          Result   Units    Reference   Test date',
      'Glucose       92       mg/dL    70-99       11/02/2026',
      'Sodium        140      mmol/L   135-145     11/02/2026',
    ))).toEqual([['glucose', 92, 'mg/dL', 70, 99, 'normal'], ['sodium', 140, 'mmol/L', 135, 145, 'normal']]);
  });
});

describe('pdf7: a page turned by /Rotate 90 with its text drawn turned', () => {
  const table = [
    ['Test', 'Result', 'Flag', 'Units', 'Reference Range'],
    ['TSH', '5.62', 'H', 'mIU/L', '0.40 - 4.00'],
    ['Free T4', '11.2', 'L', 'pmol/L', '12.0 - 22.0'],
    ['Ferritin', '18', 'L', 'ug/L', '30 - 400'],
    ['Folate', '6.9', '', 'ug/L', '> 3.9'],
  ];
  const page = [{ text: 'Clinical Biochemistry', x: 40, y: 60 }, ...placedTable(table, [40, 200, 290, 340, 420], 120)];

  it('rebuilds the lines as the page reads once turned', async () => {
    const { lines: read } = await extractPdfLines(await renderPlacedPdf([page], { size: [792, 612], rotate90: true }));
    expect(read.map((l) => l.text)).toEqual([
      'Clinical Biochemistry',
      'Test  Result  Flag  Units  Reference Range',
      'TSH  5.62  H  mIU/L  0.40 - 4.00',
      'Free T4  11.2  L  pmol/L  12.0 - 22.0',
      'Ferritin  18  L  ug/L  30 - 400',
      'Folate  6.9  ug/L  > 3.9',
    ]);
  });

  it('reads its results', async () => {
    expect(await pdfCoded(await renderPlacedPdf([page], { size: [792, 612], rotate90: true }))).toEqual([
      ['thyroid-stimulating-hormone', 5.62, 'm[IU]/L', 0.4, 4, 'high'],
      ['free-t4', 11.2, 'pmol/L', 12, 22, 'low'],
      ['ferritin', 18, 'ug/L', 30, 400, 'low'],
      ['folate', 6.9, 'ug/L', 3.9, null, 'normal'],
    ]);
  });
});

describe('pdf7: names wrapped onto a second line in a narrow name column', () => {
  it('completes a row\'s name from the line under it when the two together name another test', () => {
    expect(coded(lines(
      'Investigation            Result    Unit        Biological Ref. Interval',
      'Haemoglobin              10.8 L    gm/dL       12.0 - 15.0',
      'Total RBC                4.12      mill/cmm    3.8 - 4.8',
      'Count',
      'Packed Cell Volume       33.9 L    %           36 - 46',
      '(PCV)',
      'Mean Corpuscular         82.3      fL          83 - 101',
      'Volume (MCV)',
      'Mean Corpuscular         26.2 L    pg          27 - 32',
      'Hb (MCH)',
      'Mean Corpuscular Hb      31.9      g/dL        31.5 - 34.5',
      'Concentration (MCHC)',
      'Red Cell Distribution    16.8 H    %           11.6 - 14.0',
      'Width (RDW-CV)',
      'Neutrophils              64        %           40 - 80',
    ))).toEqual([
      ['hemoglobin', 10.8, 'g/dL', 12, 15, 'low'],
      ['red-blood-cell-count', 4.12, '10*6/uL', 3.8, 4.8, 'normal'],
      ['hematocrit', 33.9, '%', 36, 46, 'low'],
      ['mean-corpuscular-volume', 82.3, 'fL', 83, 101, 'low'],
      ['mean-corpuscular-hemoglobin', 26.2, 'pg', 27, 32, 'low'],
      ['mean-corpuscular-hemoglobin-concentration', 31.9, 'g/dL', 31.5, 34.5, 'normal'],
      ['red-cell-distribution-width', 16.8, '%', 11.6, 14, 'high'],
      ['neutrophils', 64, '%', 40, 80, 'normal'],
    ]);
  });

  it('reads `Hemoglobin` / `A1c` in % as the HbA1c (never haemoglobin), and keeps the wraps that read right', () => {
    expect(coded(lines(
      'Test                Current Result and Flag    Units     Reference Interval',
      'Hemoglobin          6.0 High                   %         4.8-5.6',
      'A1c',
      'Please Note:',
      'Prediabetes: 5.7 - 6.4',
      'Glucose             104 High                   mg/dL     70-99',
      'LDL Chol Calc       131 High                   mg/dL     0-99',
      '(NIH)',
      'Vitamin D,          28.4 Low                   ng/mL     30.0-100.0',
      '25-Hydroxy',
      'Prostate Specific   1.2                        ng/mL     0.0-4.0',
      'Ag',
    ))).toEqual([
      ['hemoglobin-a1c', 6, '%', 4.8, 5.6, 'high'],
      ['glucose', 104, 'mg/dL', 70, 99, 'high'],
      ['ldl-cholesterol', 131, 'mg/dL', 0, 99, 'high'],
      ['vitamin-d', 28.4, 'ng/mL', 30, 100, 'low'],
      ['prostate-specific-antigen', 1.2, 'ng/mL', 0, 4, 'normal'],
    ]);
  });

  it('leaves a name alone on its line to the values under it', () => {
    // `A1C` over a value alone: the next row's name (the HbA1c), the haemoglobin stays.
    expect(coded(lines('Hemoglobin   14.1   g/dL   13.0 - 17.0', 'A1c', '5.4   %   4.8-5.6')))
      .toEqual([['hemoglobin', 14.1, 'g/dL', 13, 17, 'normal'], ['hemoglobin-a1c', 5.4, '%', 4.8, 5.6, 'normal']]);
    // `HDL` over `Cholesterol 52 …`: the first line of the next row's name, never the rest of the total cholesterol's.
    expect(coded(lines('Cholesterol   190   mg/dL   0-199', 'HDL', 'Cholesterol   52   mg/dL   >39')))
      .toEqual([['total-cholesterol', 190, 'mg/dL', 0, 199, 'normal'], ['hdl-cholesterol', 52, 'mg/dL', 39, null, 'normal']]);
    // A name that ends in its abbreviation is whole: the name under it is the next test's, over its method and value.
    expect(coded(lines(
      'Aspartate aminotransferase (AST)', '(Enzymatic, 37 C)', '27 U/L    15 - 37',
      'Alanine aminotransferase (ALT)', '(Enzymatic, 37 C)', '41 U/L    16 - 63',
    ))).toEqual([['aspartate-aminotransferase', 27, 'U/L', 15, 37, 'normal'], ['alanine-aminotransferase', 41, 'U/L', 16, 63, 'normal']]);
  });

  it('reads the wrapped names from a PDF whose name column is narrow', async () => {
    const page = [
      ...placedTable([['Investigation', 'Result', 'Unit', 'Biological Ref. Interval']], [40, 200, 260, 330], 120),
      ...placedTable([
        ['Mean Corpuscular', '82.3', 'fL', '83 - 101'], ['Volume (MCV)'],
        ['Mean Corpuscular', '26.2 L', 'pg', '27 - 32'], ['Hb (MCH)'],
        ['Mean Corpuscular Hb', '31.9', 'g/dL', '31.5 - 34.5'], ['Concentration (MCHC)'],
      ], [40, 200, 260, 330], 136, 12.6),
    ];
    expect(await pdfCoded(await renderPlacedPdf([page]))).toEqual([
      ['mean-corpuscular-volume', 82.3, 'fL', 83, 101, 'low'],
      ['mean-corpuscular-hemoglobin', 26.2, 'pg', 27, 32, 'low'],
      ['mean-corpuscular-hemoglobin-concentration', 31.9, 'g/dL', 31.5, 34.5, 'normal'],
    ]);
  });
});

describe('pdf7: double arrows for critical values', () => {
  it('reads ↑↑ / ↓↓ (and ⇈ / ⇊) after the value, in a table with no flag column, as critical high / low', () => {
    expect(coded(lines(
      'Test          Result          Units     Reference',
      'Potassium     6.8   ↑↑        mmol/L    3.5-5.1',
      'Sodium        124   ↓         mmol/L    135-145',
      'Glucose       38    ↓↓        mg/dL     70-99',
      'Troponin I    2.45  ⇈         ng/mL     <0.04',
      'Hemoglobin    6.9   ⇊         g/dL      13.5-17.5',
      'Creatinine    2.8   ↑         mg/dL     0.7-1.3',
    ))).toEqual([
      ['potassium', 6.8, 'mmol/L', 3.5, 5.1, 'critical-high'],
      ['sodium', 124, 'mmol/L', 135, 145, 'low'],
      ['glucose', 38, 'mg/dL', 70, 99, 'critical-low'],
      ['troponin-i', 2.45, 'ng/mL', null, 0.04, 'critical-high'],
      ['hemoglobin', 6.9, 'g/dL', 13.5, 17.5, 'critical-low'],
      ['creatinine', 2.8, 'mg/dL', 0.7, 1.3, 'high'],
    ]);
    // Stuck to the value, before or after it.
    expect(coded(lines('Potassium 6.8↑↑ mmol/L 3.5-5.1', 'Glucose ↓↓38 mg/dL 70-99', 'Sodium  ⇊  120  mmol/L  135-145'))).toEqual([
      ['potassium', 6.8, 'mmol/L', 3.5, 5.1, 'critical-high'],
      ['glucose', 38, 'mg/dL', 70, 99, 'critical-low'],
      ['sodium', 120, 'mmol/L', 135, 145, 'critical-low'],
    ]);
  });

  it('reads the arrows a PDF draws in the Symbol font', async () => {
    const cols = [40, 150, 190, 230, 300];
    const page = [
      ...placedTable([['Test', 'Result', '', 'Units', 'Reference'], ['Potassium', '6.8', '', 'mmol/L', '3.5-5.1'], ['Glucose', '38', '', 'mg/dL', '70-99'], ['Sodium', '124', '', 'mmol/L', '135-145']], cols, 120),
      { text: '↑↑', x: 190, y: 134, font: 'symbol' as const }, { text: '↓↓', x: 190, y: 148, font: 'symbol' as const }, { text: '↓', x: 190, y: 162, font: 'symbol' as const },
    ];
    expect(await pdfCoded(await renderPlacedPdf([page]))).toEqual([
      ['potassium', 6.8, 'mmol/L', 3.5, 5.1, 'critical-high'],
      ['glucose', 38, 'mg/dL', 70, 99, 'critical-low'],
      ['sodium', 124, 'mmol/L', 135, 145, 'low'],
    ]);
  });
});

describe('pdf7: the patient\'s letterhead and the page footer are no results', () => {
  it('reads no result from demographic label lines (age and sex, MRN, page x of y, printed date)', () => {
    expect(coded(lines(
      'Patient Name : Mrs. ANITA RAO  Age/Gender : 52 Yrs/Female',
      'Name: DOE, JOHN   Sex/Age: M/61   DOB: 01/30/1957',
      'Test        Result   Units    Reference',
      'Sodium      131 L    mmol/L   135-145',
      'DOE, JOHN MRN 552014 Page 1 of 2  Printed 11/30/2026 09:12',
      'Potassium   4.0      mmol/L   3.5-5.1',
      'DOE, JOHN MRN 552014 Page 2 of 2  Printed 11/30/2026 09:12',
    ))).toEqual([['sodium', 131, 'mmol/L', 135, 145, 'low'], ['potassium', 4, 'mmol/L', 3.5, 5.1, 'normal']]);
  });

  it('reads none from them in a PDF either', async () => {
    const text = lines('Patient Name : Mrs. ANITA RAO     Age/Gender : 52 Yrs/Female', 'Glucose  92  mg/dL  70-99', 'RAO, ANITA MRN 552014 Page 1 of 1     Printed 11/30/2026 09:12');
    expect(await pdfCoded(await renderTextAsPdf(text))).toEqual([['glucose', 92, 'mg/dL', 70, 99, 'normal']]);
  });
});

/**
 * (pdf7 review) What the review found: turned text that is no table (a margin note, a diagonal watermark) turned the
 * page; a text's tables side by side ran to the end of the file; a fixed-width row split by its cells' order; a word
 * over the next row's name completed the row above.
 */
describe('pdf7 review: a page is turned only by turned text that makes its table', () => {
  const SHORT = [['Test', 'Result', 'Units', 'Reference'], ['Sodium', '131', 'mmol/L', '135-145'], ['Glucose', '92', 'mg/dL', '70-99']];
  const SHORT_ROWS = [['sodium', 131, 'mmol/L', 135, 145, 'low'], ['glucose', 92, 'mg/dL', 70, 99, 'normal']];
  const cols = [50, 200, 260, 330];
  const note = 'Electronically verified report. Check it at the laboratory portal with the code printed on the first page. Not valid without it.';

  it('reads a short upright table beside a long margin note turned 90°', async () => {
    const page = [...placedTable(SHORT, cols, 110), { text: note, x: 25, y: 700, size: 7, rotate: 90 }];
    expect(await pdfCoded(await renderPlacedPdf([page]))).toEqual(SHORT_ROWS);
  });

  it('reads such a page second, after a page with no note', async () => {
    const first = placedTable([['Test', 'Result', 'Units', 'Reference'], ['Potassium', '4.0', 'mmol/L', '3.5-5.1']], cols, 110);
    const second = [...placedTable(SHORT, cols, 110), { text: note, x: 25, y: 700, size: 7, rotate: 90 }];
    expect(await pdfCoded(await renderPlacedPdf([first, second]))).toEqual([['potassium', 4, 'mmol/L', 3.5, 5.1, 'normal'], ...SHORT_ROWS]);
  });

  it('reads a short table under a diagonal watermark (52°, printed three times), the watermark no line', async () => {
    const mark = 'SPECIMEN COPY - NOT FOR CLINICAL DECISIONS';
    const page = [...placedTable(SHORT, cols, 110), ...[[30, 640], [90, 700], [150, 760]].map(([x, y]) => ({ text: mark, x: x!, y: y!, size: 30, rotate: 52 }))];
    const { lines: read } = await extractPdfLines(await renderPlacedPdf([page]));
    expect(read.some((l) => l.text.includes('SPECIMEN'))).toBe(false);
    expect(await pdfCoded(await renderPlacedPdf([page]))).toEqual(SHORT_ROWS);
  });
});

describe('pdf7 review: where two tables side by side end', () => {
  const SBS = [
    'Test         Result  Units     Ref.        Test        Result  Units    Ref.',
    'Sodium       131     mmol/L    135-145     Glucose     92      mg/dL    70-99',
    'Potassium    4.0     mmol/L    3.5-5.1     Calcium     9.4     mg/dL    8.6-10.3',
  ];
  const SBS_ROWS = [
    ['sodium', 131, 'mmol/L', 135, 145, 'low'], ['potassium', 4, 'mmol/L', 3.5, 5.1, 'normal'],
    ['glucose', 92, 'mg/dL', 70, 99, 'normal'], ['calcium', 9.4, 'mg/dL', 8.6, 10.3, 'normal'],
  ];

  it('ends them at a blank line: a full-width table after it reads as one', () => {
    expect(coded(lines(...SBS, '',
      'LIPIDS',
      'Test                 Result    Units        Reference Range',
      'Total Cholesterol    232       mg/dL        <200',
      'Triglycerides        120       mg/dL        <150',
    ))).toEqual([...SBS_ROWS, ['total-cholesterol', 232, 'mg/dL', null, 200, 'high'], ['triglycerides', 120, 'mg/dL', null, 150, 'normal']]);
  });

  it('ends them at a section title (words only, on one side), and at a row whose value stands under the right names', () => {
    expect(coded(lines(...SBS,
      'THYROID',
      'TSH                                        2.1     mIU/L    0.4-4.0',
      'Free T4                                    1.2     ng/dL    0.8-1.8',
    ))).toEqual([...SBS_ROWS, ['thyroid-stimulating-hormone', 2.1, 'm[IU]/L', 0.4, 4, 'normal'], ['free-t4', 1.2, 'ng/dL', 0.8, 1.8, 'normal']]);
    expect(coded(lines(...SBS,
      'Magnesium                                  2.1              1.7-2.2',
    ))).toEqual([...SBS_ROWS, ['magnesium', 2.1, null, 1.7, 2.2, 'normal']]);
  });

  it('ends them in a PDF at a section title over a full-width table', async () => {
    const SL = [40, 130, 170, 220];
    const SR = [320, 410, 450, 500];
    const page = [
      ...placedTable(SIDE_LEFT.slice(0, 3), SL, 110), ...placedTable(SIDE_RIGHT.slice(0, 3), SR, 110),
      { text: 'LIPIDS', x: 40, y: 170 },
      ...placedTable([['Test', 'Result', 'Units', 'Reference Range'], ['Total Cholesterol', '232', 'mg/dL', '<200'], ['Triglycerides', '120', 'mg/dL', '<150']], [40, 250, 330, 420], 185),
    ];
    expect(await pdfCoded(await renderPlacedPdf([page]))).toEqual([
      SIDE_ROWS[0], SIDE_ROWS[1], SIDE_ROWS[4], SIDE_ROWS[5],
      ['total-cholesterol', 232, 'mg/dL', null, 200, 'high'], ['triglycerides', 120, 'mg/dL', null, 150, 'normal'],
    ]);
  });

  it('splits a fixed-width row by place though it has as many cells as the headers (a flag the left header has no column for)', () => {
    expect(coded(lines(
      'Test         Result     Units     Ref.        Test        Result  Flag  Units    Ref.',
      'Sodium       131   L    mmol/L    135-145     Glucose     92            mg/dL    70-99',
      'Potassium    4.0        mmol/L    3.5-5.1     Calcium     9.4           mg/dL    8.6-10.3',
    ))).toEqual(SBS_ROWS);
  });
});

describe('pdf7 review: a word over the next row\'s name is that name\'s', () => {
  it('leaves `Free` / `Direct` to the row under it, the row above keeping its own name', () => {
    expect(coded(lines(
      'Test          Result  Units   Reference',
      'Testosterone  520     ng/dL   264-916',
      'Free',
      'Testosterone  9.1     pg/mL   8.7-25.1',
      'Bilirubin     0.9     mg/dL   0.1-1.2',
      'Direct',
      'Bilirubin     0.2     mg/dL   0.0-0.3',
    ))).toEqual([
      ['testosterone', 520, 'ng/dL', 264, 916, 'normal'], ['testosterone-free', 9.1, 'pg/mL', 8.7, 25.1, 'normal'],
      ['total-bilirubin', 0.9, 'mg/dL', 0.1, 1.2, 'normal'], ['direct-bilirubin', 0.2, 'mg/dL', 0, 0.3, 'normal'],
    ]);
  });
});
