import { coded, opts } from '../../testing/reader.js';
import { parseTextReport } from './text-report.parser.js';

/*
 * (cumul) Cumulative reports of Australian and New Zealand laboratories: one column per collection (dates across the
 * top, the newest on the right), the rows' analytes down the side with their unit and reference range after the last
 * column. The report's own result is the newest date's column; an older column's value or flag is never the result's.
 * The header lines are labelled many ways (`Collected Date`, `Collection Date`, `Coll. Date`, `Date Collected`; `Lab
 * Number`, `Lab No.`, `Lab Ref`, `Request No`, `Episode`, `Accession`), or a dates line stands alone or over a time
 * line only. Every expected row below is written from the printed lines (made up), not from the reader's output.
 */

const lines = (...l: string[]) => l.join('\n');
/** A line of the made-up tables: the label, then each cell right-aligned to end at 34, 47 and 60, then the rest. */
const cols = (label: string, cells: readonly string[], tail = '') => {
  let out = label;
  cells.forEach((c, i) => {
    out = out.padEnd(34 + 13 * i - c.length) + c;
  });
  return tail ? `${out.padEnd(64)}${tail}` : out;
};
const DATES = ['14/03/24', '16/09/24', '18/03/25'];
const REQUESTS = ['24-7710214', '24-3319002', '25-1182733'];
const SHBG = cols('SHBG', ['31', '27', '22'], 'nmol/L     18-54');
const CREATININE = cols('Creatinine', ['88', '92', '95'], 'umol/L     60-110');
const READ = [['shbg', 22, 'nmol/L', 18, 54, 'normal'], ['creatinine', 95, 'umol/L', 60, 110, 'normal']];

describe('cumul: a cumulative table\'s header labelled in words of any kind', () => {
  it('the words before the first date label the dates line, whatever they are; the request numbers\' line is any words and as many numbers', () => {
    for (const dates of ['Collected Date', 'Collection Date', 'Coll. Date', 'Date Collected', 'Collected', 'Date']) {
      for (const requests of ['Lab Number', 'Lab No.', 'Lab Ref', 'Request No', 'Episode', 'Accession']) {
        const text = lines(cols(dates, DATES), cols(requests, REQUESTS, 'Units      Reference'), SHBG, CREATININE);
        expect([dates, requests, coded(text)]).toEqual([dates, requests, READ]);
      }
    }
  });

  it('a dates line alone, over a time line, or under the request numbers heads the table too', () => {
    expect(coded(lines(cols('Collected Date', DATES), SHBG, CREATININE))).toEqual(READ);
    expect(coded(lines(cols('Date', DATES), SHBG, CREATININE))).toEqual(READ);
    expect(coded(lines(cols('Collected Date', DATES), cols('Collected Time', ['08:05', '07:50', '08:10'], 'Units      Reference'), SHBG, CREATININE))).toEqual(READ);
    expect(coded(lines(cols('Date', DATES), cols('Time', ['08:05', '07:50', '08:10']), SHBG, CREATININE))).toEqual(READ);
    // A time line without a label.
    expect(coded(lines(cols('Collected Date', DATES), cols('', ['08:05', '07:50', '08:10'], 'Units      Reference'), SHBG, CREATININE))).toEqual(READ);
    expect(coded(lines(cols('Lab Number', REQUESTS), cols('Collected Date', DATES, 'Units      Reference'), '', SHBG, CREATININE))).toEqual(READ);
  });

  it('dates that say their order (`2024-03-14`, `14-Mar-24`) say the newest column, on either side', () => {
    expect(coded(lines(cols('Collected', ['2024-03-14', '2024-09-16', '2025-03-18']), SHBG, CREATININE))).toEqual(READ);
    expect(coded(lines(cols('Collected', ['14-Mar-24', '16-Sep-24', '18-Mar-25']), SHBG, CREATININE))).toEqual(READ);
    expect(coded(lines(cols('Collected', ['18-Mar-25', '16-Sep-24', '14-Mar-24']), cols('SHBG', ['22', '27', '31'], 'nmol/L     18-54')))).toEqual([READ[0]]);
  });

  it('plain numbers under the dates are a row\'s values, not request numbers, unless a request label or header words say so', () => {
    expect(coded(lines(cols('Date', DATES), cols('Testosterone', ['11.2', '13.8', '16.4']), SHBG)).map((r) => [r[0], r[1]]))
      .toEqual([['testosterone', 16.4], ['shbg', 22]]);
    expect(coded(lines(cols('Date', DATES), cols('Lab No', ['3333', '2222', '1111']), SHBG))).toEqual([READ[0]]);
  });

  it('a number in the name (`CA 125`, one space after a word of capitals) is the name\'s when the row has a value more than columns', () => {
    expect(coded(lines(cols('Date', DATES), cols('Lab No', REQUESTS, 'Units      Reference'), cols('CA 125', ['30', '28', '25'], 'U/mL       <35'))))
      .toEqual([['cancer-antigen-125', 25, 'U/mL', null, 35, 'normal']]);
  });

  it('a whole report: headings and blank lines inside the table, a row printed in the newest column only, the comment after it', () => {
    const text = lines(
      'QML PATHOLOGY                                                         CUMULATIVE REPORT',
      'Patient:  MOCKINGTON, Casey              DOB: 22/07/1975    Sex: M      UR No: Q0000000',
      '',
      'Collected Date            14/03/24     16/09/24     18/03/25',
      'Collected Time               08:05        07:50        08:10',
      'Lab Number              24-7710214   24-3319002   25-1182733    Units           Reference',
      '',
      'TESTOSTERONE STUDIES',
      'Testosterone                  12.4         27.9        33.6H    nmol/L          (  8.6-29.0 )',
      'SHBG                            31           27           22    nmol/L          (   18-54   )',
      'LH                             5.2          0.9        <0.3L    IU/L            (  1.5-9.3  )',
      '',
      'FULL BLOOD COUNT',
      'Haemoglobin                    148         184H         176     g/L             (  130-180  )',
      'Haematocrit                   0.44        0.56H        0.51     L/L             ( 0.40-0.52 )',
      '',
      'GENERAL CHEMISTRY',
      'Creatinine                      88           92           95    umol/L          (   60-110  )',
      'eGFR                           >90          >90           88    mL/min/1.73m2   (      >59  )',
      'Apolipoprotein B                                        1.18H   g/L             (    <1.00  )',
      '',
      'Comment (18/03/25): Haematocrit has improved since venesection in 09/24. Testosterone remains',
      'above the reference interval at trough.',
    );
    expect(coded(text)).toEqual([
      ['testosterone', 33.6, 'nmol/L', 8.6, 29, 'high'],
      ['shbg', 22, 'nmol/L', 18, 54, 'normal'],
      ['luteinizing-hormone', 0.3, '[IU]/L', 1.5, 9.3, 'low'],
      ['hemoglobin', 176, 'g/L', 130, 180, 'normal'],
      ['hematocrit', 0.51, 'L/L', 0.4, 0.52, 'normal'],
      ['creatinine', 95, 'umol/L', 60, 110, 'normal'],
      ['egfr', 88, 'mL/min/{1.73_m2}', 59, null, 'normal'],
      ['apolipoprotein-b', 1.18, 'g/L', null, 1, 'high'],
    ]);
  });

  it('a row with values in some columns only: the value under the newest date, else no result of this report (a warning); rows after it are still read', () => {
    const text = lines(cols('Date', DATES), cols('Lab No', REQUESTS, 'Units      Reference'),
      cols('Ferritin', ['45'], 'ug/L       30-300'),
      cols('Apolipoprotein B', ['', '', '1.18H'], 'g/L        <1.00'),
      SHBG, CREATININE);
    const read = parseTextReport(text, opts);
    expect(coded(text)).toEqual([['apolipoprotein-b', 1.18, 'g/L', null, 1, 'high'], ...READ]);
    expect(read.warnings.some((w) => w.code === 'no-value' && /Ferritin/.test(w.message))).toBe(true);
  });

  it('a flag printed apart after an older column\'s value is that column\'s, never the newest value\'s', () => {
    const text = lines(cols('Date', DATES), cols('Lab No', REQUESTS, 'Units      Reference'),
      'Haemoglobin                    148        184 H         176     g/L        130-180',
      'LH                             5.2        0.9 L       <0.3 L    IU/L       1.5-9.3');
    expect(coded(text)).toEqual([['hemoglobin', 176, 'g/L', 130, 180, 'normal'], ['luteinizing-hormone', 0.3, '[IU]/L', 1.5, 9.3, 'low']]);
  });
});

describe('cumul: the dates on the line with the unit\'s and the range\'s headers', () => {
  const header = 'Date              16/09/24     18/03/25    Units      Reference';

  it('a section heading under the dates header is a heading: the row under it keeps its own name', () => {
    expect(coded(lines(header, 'GENERAL CHEMISTRY', 'SHBG                    27           22    nmol/L     18-54',
      'Creatinine              92           95    umol/L     60-110'))).toEqual(READ);
    expect(coded(lines('Collection Date   16/09/24     18/03/25    Units      Reference', 'GENERAL CHEMISTRY',
      'SHBG                    27           22    nmol/L     18-54'))).toEqual([READ[0]]);
  });

  it('a flag glued to a value, or a comparator, in an older column leaves the row readable, and the newest value keeps only its own flag', () => {
    expect(coded(lines(header, 'Haemoglobin           184H          176    g/L        130-180'))).toEqual([['hemoglobin', 176, 'g/L', 130, 180, 'normal']]);
    expect(coded(lines(header, 'eGFR                   >90           88    mL/min/1.73m2     >59'))).toEqual([['egfr', 88, 'mL/min/{1.73_m2}', 59, null, 'normal']]);
    expect(coded(lines(header, 'Haemoglobin            176          184H    g/L        130-180'))).toEqual([['hemoglobin', 184, 'g/L', 130, 180, 'high']]);
  });
});

describe('cumul: lines that are no cumulative header (negatives)', () => {
  it('a patient\'s date of birth before another date labels no dates line: its rows are not read as a cumulative table\'s', () => {
    const text = lines('Date of Birth   22/07/1975   14/03/2025', 'Testosterone    12.4   33.6   nmol/L   8.6-29.0', 'Sodium   140   mmol/L   135-145');
    expect(coded(text)).toEqual([['sodium', 140, 'mmol/L', 135, 145, 'normal']]);
    const dob = lines(cols('Date of Birth', ['22/07/75', '03/02/80']), cols('Lab No', ['A1', 'A2']), cols('Glucose', ['5.0', '6.1'], 'mmol/L   3.9-5.6'));
    expect(coded(dob).filter((r) => r[1] === 6.1)).toEqual([]);
  });

  it('one collection date above an ordinary table leaves the table as printed', () => {
    const table = ['Test        Result   Units    Range', 'Sodium      140      mmol/L   135-145', 'Glucose     5.5      mmol/L   3.0-6.0'];
    const read = [['sodium', 140, 'mmol/L', 135, 145, 'normal'], ['glucose', 5.5, 'mmol/L', 3, 6, 'normal']];
    expect(coded(lines('Collected: 12/03/2025', ...table))).toEqual(read);
    expect(coded(lines('Collected Date: 12/03/2025   Reported: 13/03/2025', ...table))).toEqual(read);
    expect(coded(lines('Collected Date   12/03/2025', 'Lab Number   25-1182733', 'Sodium   140   mmol/L   135-145'))).toEqual([read[0]]);
  });

  it('a table with a `Previous` column reads its `Result` column', () => {
    expect(coded(lines('Collected: 18/03/2025', 'Test        Result   Previous   Units    Range', 'Glucose     5.5      5.1        mmol/L   3.0-6.0',
      'Sodium      140      138        mmol/L   135-145'))).toEqual([['glucose', 5.5, 'mmol/L', 3, 6, 'normal'], ['sodium', 140, 'mmol/L', 135, 145, 'normal']]);
    expect(coded(lines('Test        Result   Previous (16/09/24)   Units    Range', 'Glucose     5.5      5.1                   mmol/L   3.0-6.0')))
      .toEqual([['glucose', 5.5, 'mmol/L', 3, 6, 'normal']]);
  });

  it('a dates line over rows of one value each leaves them as printed', () => {
    expect(coded(lines(cols('Collected Date', ['14/03/24', '18/03/25']), 'Sodium   140   mmol/L   135-145'))).toEqual([['sodium', 140, 'mmol/L', 135, 145, 'normal']]);
  });

  it('dates that read both ways (day-first and month-first both in order) still read no column, whatever their label, unless a header word names one', () => {
    const both = ['01/06/25', '02/05/25', '03/04/25'];
    const text = lines(cols('Collected Date', both), cols('Glucose', ['5.5', '6.8H', '5.1'], 'mmol/L   3.0-6.0'));
    const read = parseTextReport(text, opts);
    expect(read.rows).toEqual([]);
    expect(read.warnings.some((w) => /which column/.test(w.message))).toBe(true);
    expect(coded(lines(cols('', ['Latest', '', '']), text)).map((r) => [r[0], r[1]])).toEqual([['glucose', 5.5]]);
  });
});

describe('cumul review: two dates under a free label are no cumulative header', () => {
  const table = ['', 'Test                 Result       Reference Range     Units', 'Sodium               140          135 - 145           mmol/L',
    'Potassium            4.1          3.5 - 5.1           mmol/L', 'Glucose              5.5          3.9 - 6.1           mmol/L'];
  const read = [['sodium', 140, 'mmol/L', 135, 145, 'normal'], ['potassium', 4.1, 'mmol/L', 3.5, 5.1, 'normal'], ['glucose', 5.5, 'mmol/L', 3.9, 6.1, 'normal']];

  it('a line of two dates of another kind (received, reported, a period, a vaccine) over an ordinary table with spaced ranges leaves it as printed', () => {
    for (const above of ['Collected/Received:   12/03/2025   13/03/2025', 'Requested / Reported     01/02/25     03/02/25',
      'Reporting period   01/01/2025   31/03/2025', 'Hepatitis B vaccine given   12/01/2020   12/07/2020']) {
      expect([above, coded(lines(above, ...table))]).toEqual([above, read]);
    }
  });

  it('dates on the same day, or dates that read both ways, above an ordinary table delete none of its rows and warn of none', () => {
    for (const above of ['Collected / Reported   12/03/2025   12/03/2025', 'Specimen dates   01/06/2025   02/05/2025']) {
      const out = parseTextReport(lines(above, ...table), opts);
      expect([above, coded(lines(above, ...table))]).toEqual([above, read]);
      expect([above, out.warnings.filter((w) => /cumulative/.test(w.message))]).toEqual([above, []]);
    }
  });

  it('a birth date on the label or in the header above (`Naissance`, `nacimiento`, `DOB` over the date) is no collection\'s', () => {
    expect(coded(lines('Naissance / Prélèvement   22/07/1975   14/03/2025', '', 'Analyse              Résultat     Valeurs de référence   Unités',
      'Glucose              5,5          3,9 - 6,1              mmol/L'))).toEqual([['glucose', 5.5, 'mmol/L', 3.9, 6.1, 'normal']]);
    expect(coded(lines('Fecha nacimiento/toma   22/07/1975   14/03/2025', '', 'Prueba               Resultado    Rango                  Unidades',
      'Glucosa              92           70 - 110               mg/dL'))).toEqual([['glucose', 92, 'mg/dL', 70, 110, 'normal']]);
    expect(coded(lines('Name                     Sex   DOB           Collected', 'TESTPERSON, Sam          M     22/07/1975    14/03/2025', '',
      'Test                     Result     Ref. Range        Units', 'Haemoglobin              142        130 - 180         g/L')))
      .toEqual([['hemoglobin', 142, 'g/L', 130, 180, 'normal']]);
    // Three dates are a cumulative header's count, but not under a birth word.
    expect(coded(lines('Birth / Collected / Reported   22/07/1975   14/03/2025   15/03/2025', 'Sodium   140   mmol/L   135-145')))
      .toEqual([['sodium', 140, 'mmol/L', 135, 145, 'normal']]);
  });

  it('a month-first pair and a `%  Abs` differential under two dates keep their columns', () => {
    expect(coded(lines('Collected/Received   03/12/2025   03/13/2025', '', 'TEST                 RESULT    FLAG   REFERENCE       UNITS',
      'Free T4              1.2              0.8 - 1.8       ng/dL'))).toEqual([['free-t4', 1.2, 'ng/dL', 0.8, 1.8, 'normal']]);
    const diff = coded(lines('Collected/Reported   12/03/2025   13/03/2025', '', 'Test              %       Abs      Units     Range',
      'Neutrophils       60      4.2      x10^9/L   2.0-7.5'));
    expect(diff.find((r) => r[0] === 'neutrophils-absolute')).toEqual(['neutrophils-absolute', 4.2, '10*9/L', 2, 7.5, 'normal']);
  });

  it('a spaced range after a known label\'s two columns is the range, not a column', () => {
    expect(coded(lines(cols('Collected Date', ['14/03/24', '18/03/25']), cols('Sodium', ['139', '143'], '135 - 145  mmol/L'))))
      .toEqual([['sodium', 143, 'mmol/L', 135, 145, 'normal']]);
  });
});

describe('cumul review: a flag printed apart and a range in an empty column', () => {
  it('a flag printed apart is the nearer value\'s (newest first: `176  H 184  148` is 176, normal); equidistant, no value\'s', () => {
    expect(coded(lines('Date                    03/18/2025   09/16/2024   03/14/2024',
      'Haemoglobin                    176        H 184          148    g/L        130-180'))).toEqual([['hemoglobin', 176, 'g/L', 130, 180, 'normal']]);
    expect(coded(lines(cols('Date', DATES), 'Potassium                      4.1        H 5.6          4.4    mmol/L     3.5-5.2')))
      .toEqual([['potassium', 4.4, 'mmol/L', 3.5, 5.2, 'normal']]);
    // `H` five characters from 120 and five from 95: neither's.
    const equidistant = `${cols('Creatinine', ['88', '120']).padEnd(52)}H${''.padEnd(5)}95    umol/L     60-110`;
    expect(coded(lines(cols('Date', DATES), equidistant))).toEqual([['creatinine', 95, 'umol/L', 60, 110, 'normal']]);
  });

  it('a range printed in an empty newest column and unit (`eGFR  55  58  >60`) is no value: a warning, and the rows after it read', () => {
    const text = lines(cols('Collected Date', DATES), CREATININE,
      'eGFR                            55           58                            >60', cols('Urea', ['5.1', '6.0', '6.2'], 'mmol/L     2.5-7.5'));
    const out = parseTextReport(text, opts);
    expect(coded(text)).toEqual([READ[1], ['urea', 6.2, 'mmol/L', 2.5, 7.5, 'normal']]);
    expect(out.warnings.some((w) => w.code === 'no-value' && /eGFR/.test(w.message))).toBe(true);
  });
});
