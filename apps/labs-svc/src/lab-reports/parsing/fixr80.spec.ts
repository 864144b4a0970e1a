import { catalog, codedWithRangeText, ldtLine, opts, rangeTextRow } from '../../testing/reader.js';
import { codeRows } from './coding.js';
import { readReport } from './report-reader.js';

/*
 * (fixr80) Two European lab-result record formats a blind probe found the reader did not read: Belgian HealthOne
 * (Medidoc-derived) lab files (`A1\…`, `L1\<request>\<code>\<name>\<range>\<unit>\<flag>\<value>\`) and German LDT
 * (Labordatenträger, xDT: `LLLFFFF<content>` lines, one field each). Every record below is made up in the format's
 * documented shape; none is copied from a probe file.
 */

const lines = (...l: string[]) => l.join('\r\n');
/** A text upload read as the service reads it: its layout and [key, value, valueText, unit, range text, low, high, flag] rows. */
async function read(text: string) {
  const parsed = await readReport('text', Buffer.from(text, 'utf8'), opts);
  const results = codeRows(parsed.rows, catalog, '2026-01-01T00:00:00.000Z').results;
  return {
    layout: parsed.layout,
    rows: results.map((r) => { const [key, value, unit, text, low, high, flag] = rangeTextRow(r); return [key, value, r.valueText ?? null, unit, text, low, high, flag]; }),
    results,
    parsed,
  };
}


describe('fixr80: Belgian HealthOne lab files', () => {
  const header = ['A1\\R-0042\\LABO EXEMPLE\\', 'A2\\R-0042\\DUPONT\\MARIE\\F\\02031961\\', 'A3\\R-0042\\Rue Test 5\\1000\\BRUXELLES\\',
    'A4\\R-0042\\Dr Exemple\\14022024\\\\C\\'];

  it('reads L1 records: code, name, range, unit, flag, value last', async () => {
    const r = await read(lines(...header,
      'L1\\R-0042\\GLU\\Glucose\\70-110\\mg/dL\\\\95\\',
      'L1\\R-0042\\KAL\\Potassium\\3.5-5.1\\mmol/L\\+\\5.9\\',
      'L1\\R-0042\\HB\\Hémoglobine\\12.0-16.0\\g/dL\\-\\10.1\\',
      'L1\\R-0042\\ALT\\ALT\\<41\\U/L\\*\\30\\',
      'L1\\R-0042\\CRP\\CRP\\<5\\mg/L\\H\\<1\\',
      'END'));
    expect(r.layout).toBe('healthone');
    expect(r.rows).toEqual([
      ['glucose', 95, null, 'mg/dL', '70-110', 70, 110, 'normal'],
      ['potassium', 5.9, null, 'mmol/L', '3.5-5.1', 3.5, 5.1, 'high'],
      ['hemoglobin', 10.1, null, 'g/dL', '12.0-16.0', 12, 16, 'low'],
      ['alanine-aminotransferase', 30, null, 'U/L', '<41', null, 41, 'abnormal'],
      ['c-reactive-protein', 1, '<1', 'mg/L', '<5', null, 5, 'high'],
    ]);
    // A4's date (ddMMyyyy) is the request's: the rows' collection date.
    expect(r.results.every((x) => x.collectedAt === '2024-02-14T00:00:00.000Z')).toBe(true);
  });

  it('section titles and repeated records with no value are no rows; a name ending in its own unit drops it', async () => {
    const r = await read(lines(...header,
      'L1\\R-0042\\TCHIM\\CHIMIE\\\\\\\\\\',
      'L1\\R-0042\\NA\\Sodium mmol/L\\136-145\\mmol/L\\\\140\\',
      'L1\\R-0042\\NA\\Sodium mmol/L\\136-145\\mmol/L\\\\\\',
      'L1\\R-0042\\UR\\Gl.blancs\\<10\\/µL\\*\\48\\'));
    expect(r.rows).toEqual([
      ['sodium', 140, null, 'mmol/L', '136-145', 136, 145, 'normal'],
      [expect.any(String), 48, null, '/uL', '<10', null, 10, 'abnormal'],
    ]);
  });

  it('a record continuing a result (same code, no name) and L5 protocol text are its comment, never rows', async () => {
    const r = await read(lines(...header,
      'L1\\R-0042\\TSH\\TSH\\0.27-4.20\\mU/L\\\\1.8\\',
      'L1\\R-0042\\TSH\\\\Dosage sur automate\\',
      'L5\\R-0042\\TSH\\\\\\\\\\Contrôle dans 3 mois\\'));
    expect(r.rows).toEqual([['thyroid-stimulating-hormone', 1.8, null, 'mU/L', '0.27-4.20', 0.27, 4.2, 'normal']]);
    expect(r.results[0]!.comment).toBe('Dosage sur automate\nContrôle dans 3 mois');
  });

  it('a text value is read as text', async () => {
    const r = await read(lines(...header, 'L1\\R-0042\\HBSAG\\Antigène HBs\\Négatif\\\\\\Négatif\\'));
    expect(r.rows).toEqual([[expect.any(String), null, 'Négatif', null, 'Négatif', null, null, 'normal']]);
  });

  it('a second patient in the same file is not read, with a warning', async () => {
    const r = await read(lines(...header, 'L1\\R-0042\\GLU\\Glucose\\70-110\\mg/dL\\\\95\\',
      'A1\\R-0043\\LABO EXEMPLE\\', 'A2\\R-0043\\MARTIN\\LUC\\M\\05061970\\', 'L1\\R-0043\\GLU\\Glucose\\70-110\\mg/dL\\\\120\\'));
    expect(r.rows.map((x) => x[1])).toEqual([95]);
    expect(r.parsed.warnings.map((w) => w.code)).toContain('other-patient');
  });

  it('negative: an ordinary text with backslashes or an `A1\\` line among prose is not a HealthOne file', async () => {
    const prose = await read(lines('Results saved in C:\\labs\\2024\\report.txt', 'Glucose 95 mg/dL 70-110', 'Sodium 140 mmol/L 136-145'));
    expect(prose.layout).not.toBe('healthone');
    expect(prose.rows.map((x) => x[0])).toEqual(['glucose', 'sodium']);
    const mixed = await read(lines('A1\\note\\', 'Glucose 95 mg/dL 70-110'));
    expect(mixed.layout).not.toBe('healthone');
    expect(mixed.rows.map((x) => x[0])).toEqual(['glucose']);
  });
});

describe('fixr80: German LDT (xDT) files', () => {
  const head = [ldtLine('8000', '8220'), ldtLine('9212', 'LDT1014.01'), ldtLine('8000', '8201'), ldtLine('8301', '20240305'), ldtLine('8302', '20240306'),
    ldtLine('3101', 'Muster'), ldtLine('3103', '01011960')];

  it('reads one result per 8410 test block: value, unit, limit indicator, range bounds or text', async () => {
    const r = await read(lines(...head,
      ldtLine('8410', 'GLU'), ldtLine('8411', 'Glucose'), ldtLine('8420', '132'), ldtLine('8421', 'mg/dl'), ldtLine('8422', '+'), ldtLine('8461', '70'), ldtLine('8462', '100'),
      ldtLine('8410', 'K'), ldtLine('8411', 'Kalium'), ldtLine('8420', '3,1'), ldtLine('8421', 'mmol/l'), ldtLine('8422', '--'), ldtLine('8460', '3,5 - 5,1'),
      ldtLine('8410', 'HBSAG'), ldtLine('8411', 'HBs-Antigen'), ldtLine('8480', 'negativ'), ldtLine('8460', 'negativ'),
      ldtLine('8410', 'FERR'), ldtLine('8411', 'Ferritin'), ldtLine('8420', '250'), ldtLine('8421', 'ng/ml'), ldtLine('8422', '!'),
      ldtLine('8410', 'ALT'), ldtLine('8411', 'GPT (ALT)'), ldtLine('8420', '<5'), ldtLine('8421', 'U/l'), ldtLine('8461', '0'), ldtLine('8462', '35')));
    expect(r.layout).toBe('ldt');
    expect(r.rows).toEqual([
      ['glucose', 132, null, 'mg/dL', '70-100', 70, 100, 'high'],
      ['potassium', 3.1, null, 'mmol/L', '3,5 - 5,1', 3.5, 5.1, 'low'],
      ['hepatitis-b-surface-antigen', null, 'negativ', null, 'negativ', null, null, 'normal'],
      ['ferritin', 250, null, 'ng/mL', null, null, null, 'abnormal'],
      ['alanine-aminotransferase', 5, '<5', 'U/L', '0-35', 0, 35, 'normal'],
    ]);
  });

  it('comments (8470) are the test\'s comment, never a result; a test with no result is no row', async () => {
    const r = await read(lines(...head,
      ldtLine('8410', 'HEPC'), ldtLine('8411', 'Hepatitis C'),
      ldtLine('8410', 'HCVRNA'), ldtLine('8411', 'HCV-RNA'), ldtLine('8421', 'IU/ml'), ldtLine('8480', 'nicht nachweisbar'),
      ldtLine('8470', 'Nachweisgrenze: 15 IU/ml'), ldtLine('8470', '(Methode 2024)')));
    expect(r.rows).toEqual([['?HCV-RNA', null, 'nicht nachweisbar', '[IU]/mL', null, null, null, null]]);
    expect(r.results[0]!.comment).toBe('Nachweisgrenze: 15 IU/ml\n(Methode 2024)');
  });

  it('the collection date of the test (8432) is its rows\'; the report date (8302) the fallback', async () => {
    const r = await read(lines(...head, ldtLine('8410', 'NA'), ldtLine('8411', 'Natrium'), ldtLine('8432', '04032024'), ldtLine('8420', '140'), ldtLine('8421', 'mmol/l'),
      ldtLine('8410', 'CL'), ldtLine('8411', 'Chlorid'), ldtLine('8420', '101'), ldtLine('8421', 'mmol/l')));
    expect(r.results.map((x) => x.collectedAt)).toEqual(['2024-03-04T00:00:00.000Z', '2024-03-04T00:00:00.000Z']);
    expect(r.parsed.reportedAt).toBe('2024-03-06T00:00:00.000Z');
  });

  it('no LDT line is read by the text reader (length and field digits are no name or value)', async () => {
    const r = await read(lines(...head, ldtLine('8410', 'X1'), ldtLine('8421', 'kIU/ml'), ldtLine('8470', 'untere Grenze: 0,5 kIU/ml')));
    expect(r.layout).toBe('ldt');
    expect(r.rows).toEqual([]);
  });

  it('negative: numbers at line starts that are no LDT lines (no consistent length prefix, prose among them)', async () => {
    const table = await read(lines('1234567 Glucose 95 mg/dL 70-110', '2345678 Sodium 140 mmol/L 136-145'));
    expect(table.layout).not.toBe('ldt');
    // (Read by the text reader, as before: its values, whatever it makes of the numbers before the names.)
    expect(table.rows.map((x) => x[1])).toEqual([95, 140]);
    const mixed = await read(lines(ldtLine('8410', 'GLU'), 'Glucose 95 mg/dL 70-110'));
    expect(mixed.layout).not.toBe('ldt');
  });
});

describe('fixr80: a Polish name', () => {
  it('`Fosfataza zasadowa` is alkaline phosphatase', () => {
    expect(codedWithRangeText('| Fosfataza zasadowa | 69,8 | U/l | 40 - 120 |')).toEqual([
      ['alkaline-phosphatase', 69.8, 'U/L', '40 - 120', 40, 120, 'normal'],
    ]);
  });
});

describe('fixr80: French names and a kilo-international unit of these files', () => {
  it('`Réserve alcaline` (bicarbonate), `Parathormone` (PTH), `Ac. anti-peroxydase` (anti-TPO); `kIU/ml`', async () => {
    const r = await read(lines('A1\\Q-7\\LABO\\', 'A2\\Q-7\\NOM\\PRENOM\\M\\01011980\\',
      'L1\\Q-7\\RA\\Réserve alcaline\\22-29\\mmol/L\\\\25\\', 'L1\\Q-7\\PTH\\Parathormone\\15-65\\ng/L\\\\40\\',
      'L1\\Q-7\\TPO\\Ac. anti-peroxydase\\<34\\UI/mL\\\\12\\'));
    expect(r.rows.map((x) => [x[0], x[3]])).toEqual([['carbon-dioxide', 'mmol/L'], ['parathyroid-hormone', 'ng/L'], ['thyroid-peroxidase-antibody', '[IU]/mL']]);
    const v = await read(lines(ldtLine('8000', '8201'), ldtLine('8410', 'HBV'), ldtLine('8411', 'HBV-DNA'), ldtLine('8420', '1,2'), ldtLine('8421', 'kIU/ml')));
    expect(v.rows.map((x) => x[3])).toEqual(['k[IU]/mL']);
  });

  it('negative: `Réserve` or `Parathormone` inside another name stays as it was', () => {
    expect(codedWithRangeText('Réserve alcaline calculée 25 mmol/L 22-29').map((x) => x[0])).not.toContain('parathyroid-hormone');
  });
});
