import { catalog, coded, opts, rowsOf } from '../../testing/reader.js';
import { codeRows } from './coding.js';
import { parseTextReport } from './text-report.parser.js';

/*
 * (nameprefix) Rows read with the right value, range and flag but no catalog key: the name carries a prefix (a date, a
 * specimen's dotted letter, a panel's label) or is a local name the catalog lacks. Every expected answer is written
 * from the printed line (made-up lines), not from the reader's output.
 */

const key = (name: string) => catalog.matchName(name)?.key;

describe('nameprefix: a date printed before the name (a UK GP record)', () => {
  it('reads the name without the date, and never the date as the value', () => {
    expect(coded([
      'Test results - GP record',
      '12-Mar-2025  Serum TSH level   2.1 mU/L   [0.35 - 5.5]',
      // (nameprefix review) A day over 12: the date reads one way (`12/03/2025` alone would not: see below).
      '25/03/2025  Serum ferritin level   34 ug/L   [15 - 300]',
      '2025-03-12 09:14  Serum sodium level   139 mmol/L   [133 - 146]',
      '12-Mar-25  Serum vitamin B12 level   210 ng/L   [197 - 771]',
    ].join('\n'))).toEqual([
      ['thyroid-stimulating-hormone', 2.1, 'mU/L', 0.35, 5.5, 'normal'],
      ['ferritin', 34, 'ug/L', 15, 300, 'normal'],
      ['sodium', 139, 'mmol/L', 133, 146, 'normal'],
      ['vitamin-b12', 210, 'ng/L', 197, 771, 'normal'],
    ]);
    expect(rowsOf('12-Mar-2025  Serum TSH level   2.1 mU/L   [0.35 - 5.5]')[0]!.name).toBe('Serum TSH level');
  });

  it('leaves alone what is no date before a name', () => {
    // A date alone, a cumulative table's date cell: no name follows it, nothing is read as before.
    expect(coded('Date        Glucose  HbA1c\n12/03/2025  5.4      41')).toEqual([]);
    expect(coded('Collected 12-Mar-2025 09:14\nFerritin  34 ug/L  15 - 300')).toEqual([['ferritin', 34, 'ug/L', 15, 300, 'normal']]);
  });
});

describe('nameprefix: a specimen letter with a point (India)', () => {
  it('reads S., P., B. and Sr. as the serum, plasma and blood prefixes', () => {
    expect(coded([
      'S. Ferritin             34         ng/mL       13 - 150',
      'S. Creatinine           0.9        mg/dL       0.7 - 1.3',
      'S.Uric Acid             7.9        mg/dL       3.5 - 7.2',
      'P. Glucose              92         mg/dL       70 - 100',
      'B. Hemoglobin           13.9       g/dL        13 - 17',
      'Sr. Calcium             9.4        mg/dL       8.5 - 10.5',
    ].join('\n'))).toEqual([
      ['ferritin', 34, 'ng/mL', 13, 150, 'normal'],
      ['creatinine', 0.9, 'mg/dL', 0.7, 1.3, 'normal'],
      ['uric-acid', 7.9, 'mg/dL', 3.5, 7.2, 'high'],
      ['glucose', 92, 'mg/dL', 70, 100, 'normal'],
      ['hemoglobin', 13.9, 'g/dL', 13, 17, 'normal'],
      ['calcium', 9.4, 'mg/dL', 8.5, 10.5, 'normal'],
    ]);
  });

  it('keeps the letter where it is part of the name or names another sample', () => {
    // Serum's haemoglobin is another test; P. before amylase the pancreatic isoenzyme; B. before lymphocytes the B cells;
    // initials (`P.T.`) and organisms (`S. aureus`, `P. falciparum`) are no prefix and name.
    for (const name of ['S. Hemoglobin', 'P. Amylase', 'B. Lymphocytes', 'P.T.', 'S. aureus', 'P. falciparum']) expect([name, key(name)]).toEqual([name, undefined]);
  });
});

describe('nameprefix: a panel named before a colon', () => {
  it('reads the name after the panel', () => {
    expect(coded([
      'E/U/Cr: SODIUM       137         mmol/L      135 - 145',
      'U&E: Potassium       5.6         mmol/L      3.5 - 5.2',
      'LFT: ALT             28          U/L         0 - 40',
    ].join('\n'))).toEqual([
      ['sodium', 137, 'mmol/L', 135, 145, 'normal'],
      ['potassium', 5.6, 'mmol/L', 3.5, 5.2, 'high'],
      ['alanine-aminotransferase', 28, 'U/L', 0, 40, 'normal'],
    ]);
  });

  it('reads no other label as a panel', () => {
    for (const name of ['Urine: Sodium', '2 hr: Glucose', 'Previous: Glucose', 'Father: Glucose']) expect([name, key(name)]).toEqual([name, undefined]);
  });
});

describe('nameprefix: a hormone clinic\'s names in Portuguese, Spanish, French, Italian and German', () => {
  it('reads the rows', () => {
    expect(coded([
      'Testosterona Livre  8,9  ng/dL  3,4 a 24,6',
      'TSH ultrasensible  1,62 mUI/L  (0,27-4,20)',
      'DFG estimé (CKD-EPI)  88 mL/min/1,73m²  (>60)',
    ].join('\n'))).toEqual([
      ['testosterone-free', 8.9, 'ng/dL', 3.4, 24.6, 'normal'],
      ['thyroid-stimulating-hormone', 1.62, 'm[IU]/L', 0.27, 4.2, 'normal'],
      ['egfr', 88, 'mL/min/{1.73_m2}', 60, null, 'normal'],
    ]);
  });

  it.each([
    ['Testosterona livre calculada', 'testosterone-free'], ['Freies Testosteron', 'testosterone-free'], ['Testosteron, frei', 'testosterone-free'],
    ['Globulina Ligadora de Hormônios Sexuais', 'shbg'], ['Globulina Fijadora de Hormonas Sexuales', 'shbg'], ['Sexualhormon-bindendes Globulin', 'shbg'],
    ['Hormônio Luteinizante', 'luteinizing-hormone'], ['Hormone lutéinisante', 'luteinizing-hormone'], ['Ormone luteinizzante', 'luteinizing-hormone'],
    ['Luteinisierendes Hormon', 'luteinizing-hormone'],
    ['Hormônio Folículo Estimulante', 'follicle-stimulating-hormone'], ['Hormona Foliculoestimulante', 'follicle-stimulating-hormone'],
    ['Hormone folliculo-stimulante', 'follicle-stimulating-hormone'], ['Ormone follicolo stimolante', 'follicle-stimulating-hormone'],
    ['Follikelstimulierendes Hormon', 'follicle-stimulating-hormone'],
    ['Prolattina', 'prolactin'], ['Sulfato de DHEA', 'dhea-sulfate'], ['Sulfate de déhydroépiandrostérone', 'dhea-sulfate'], ['SDHEA', 'dhea-sulfate'],
    ['DHEA solfato', 'dhea-sulfate'], ['Factor de crecimiento insulínico tipo 1', 'somatomedin-c'],
    ['Antígeno Prostático Específico', 'prostate-specific-antigen'], ['Antigène prostatique spécifique', 'prostate-specific-antigen'],
    ['TSH ultrassensível', 'thyroid-stimulating-hormone'], ['Tirotropina', 'thyroid-stimulating-hormone'], ['Hormônio Tireoestimulante', 'thyroid-stimulating-hormone'],
    ['TSH us', 'thyroid-stimulating-hormone'],
    ['Tiroxina Livre', 'free-t4'], ['T4 Livre', 'free-t4'], ['Freies T4', 'free-t4'], ['Freies Thyroxin', 'free-t4'],
    ['T3 Livre', 'free-t3'], ['Triyodotironina Libre', 'free-t3'], ['Freies Trijodthyronin', 'free-t3'],
    ['Proteína C Reativa Ultrassensível', 'hs-crp'], ['PCR ultrasensible', 'hs-crp'], ['CRP hochsensitiv', 'hs-crp'],
    ['Proteina C reattiva ad alta sensibilità', 'hs-crp'], ['Homocisteína', 'homocysteine'], ['Cianocobalamina', 'vitamin-b12'],
    ['Hémoglobine glyquée', 'hemoglobin-a1c'], ['Emoglobina glicosilata', 'hemoglobin-a1c'], ['Glykiertes Hämoglobin', 'hemoglobin-a1c'],
    ['17-beta estradiolo', 'estradiol'], ['Débit de filtration glomérulaire estimé', 'egfr'],
  ])('%s is %s', (name, expected) => {
    expect(key(name)).toBe(expected);
  });

  it('reads no name the catalog has no entry for as another test', () => {
    // Ionised calcium, plasma free haemoglobin and free cortisol are other tests; PCR alone is also the polymerase chain
    // reaction; a glomerular filtration rate not said to be estimated may be measured.
    for (const name of ['Cálcio livre', 'Freies Hämoglobin', 'Cortisol libre', 'PCR', 'Débit de filtration glomérulaire']) expect([name, key(name)]).toEqual([name, undefined]);
    // (cat7) Free PSA and bioavailable testosterone have entries of their own since catalog v7: never PSA, never testosterone.
    for (const name of ['PSA Livre', 'PSA libre', 'Freies PSA', 'PSA libero']) expect([name, key(name)]).toEqual([name, 'prostate-specific-antigen-free']);
    expect(key('Testosterona Biodisponível')).toBe('testosterone-bioavailable');
  });
});

describe('nameprefix: a number inside a name the catalog knows', () => {
  it('is the name\'s, not the value', () => {
    expect(coded('Vitamina D 25 hidroxi  27,4 ng/mL  30 - 100')).toEqual([['vitamin-d', 27.4, 'ng/mL', 30, 100, 'low']]);
    expect(coded('VITAMINA D - 25 HIDROXI\nResultado: 27,4 ng/mL')).toEqual([['vitamin-d', 27.4, 'ng/mL', null, null, null]]);
  });

  it('leaves a value before words that make no name as it was', () => {
    expect(coded('Glucose  5.4  Fasting  3.9 - 5.5')).toEqual([['glucose', 5.4, null, 3.9, 5.5, 'normal']]);
  });
});

describe('nameprefix review: a leading date is the row\'s collection date, so a history is not read as today\'s results', () => {
  // Made-up lines from review 12 (expected readings written before either build ran).
  const dated = (text: string) => codeRows(parseTextReport(text, opts).rows, catalog, '2026-01-01T00:00:00.000Z').results
    .map((c) => [c.biomarker?.key ?? `?${c.name}`, c.value, c.flag, c.collectedAt]);
  it('each dated TSH of a GP record\'s history keeps its own date', () => {
    expect(dated(['12-Mar-2025 Serum TSH level 2.1 mU/L 0.27 - 4.2', '10-Jan-2024 Serum TSH level 6.3 mU/L 0.27 - 4.2'].join('\n'))).toEqual([
      ['thyroid-stimulating-hormone', 2.1, 'normal', '2025-03-12T00:00:00.000Z'], ['thyroid-stimulating-hormone', 6.3, 'high', '2024-01-10T00:00:00.000Z']]);
  });
  it('a numeric date reads by the report\'s order where another date says it; one that reads both ways keeps the row unknown', () => {
    expect(dated(['Hemoglobin 13.5 g/dL 12.0 - 16.0', 'Previous results:', '25/01/2025 Hemoglobin 10.9 g/dL 12.0 - 16.0', '12/01/2025 Hemoglobin 11.2 g/dL 12.0 - 16.0'].join('\n')))
      .toEqual([['hemoglobin', 13.5, 'normal', '2026-01-01T00:00:00.000Z'], ['hemoglobin', 10.9, 'low', '2025-01-25T00:00:00.000Z'],
        ['hemoglobin', 11.2, 'low', '2025-01-12T00:00:00.000Z']]);
    expect(dated(['Hemoglobin 13.5 g/dL 12.0 - 16.0', 'Previous results:', '12/01/2025 Hemoglobin 10.9 g/dL 12.0 - 16.0'].join('\n')).map((r) => r[0]))
      .toEqual(['hemoglobin', '?12/01/2025 Hemoglobin']);
  });
});
