import { catalog, coded, opts } from '../../testing/reader.js';
import { parseTextReport } from './text-report.parser.js';

/*
 * Mechanisms found by keyed set 22 (laboratory printouts of 36 countries keyed blind, held out for one session and tuned
 * on from the next: testing/data/keyed-printouts-heldout), each with a negative. The lines here are written for these
 * tests, not copied from the set; expected rows are what the printed line says — value, unit, bounds and flag as a
 * laboratory professional reads them — not the reader's output.
 */

const lines = (...l: string[]) => l.join('\n');

describe('slavicto: Polish, Czech and Slovak `do`, Czech `až`, Dutch `tot` between two bounds', () => {
  it.each([
    ['Glukoza                101     mg/dl     70 do 99', ['glucose', 101, 'mg/dL', 70, 99, 'high']],
    ['S-Kreatinin             98     µmol/l    64 až 104', ['creatinine', 98, 'umol/L', 64, 104, 'normal']],
    ['Kalium                 4,2     mmol/l    3,5 tot 5,1', ['potassium', 4.2, 'mmol/L', 3.5, 5.1, 'normal']],
  ] as const)('%s', (line, row) => {
    expect(coded(line)).toEqual([row]);
  });

  it('`do` before one number stays an upper bound, and a decreasing pair is no range', () => {
    expect(coded('Triglicerydy           156     mg/dl     do 150')).toEqual([['triglycerides', 156, 'mg/dL', null, 150, 'high']]);
    expect(coded('Glukoza                101     mg/dl     99 do 70')).not.toEqual([['glucose', 101, 'mg/dL', 70, 99, 'high']]);
  });
});

describe('normunten: an export\'s lower and upper bound columns headed in German', () => {
  it('`Norm unten` and `Norm oben` are the range; an empty one leaves that side open', () => {
    expect(coded(lines(
      'Datum;Analyse;Wert;Einheit;Norm unten;Norm oben;Kennzeichen',
      '02.03.2025;Kalium;5,6;mmol/l;3,5;5,1;H',
      '02.03.2025;CK;96;U/l;;170;',
      '02.03.2025;eGFR;79;ml/min;60;;',
    ))).toEqual([
      ['potassium', 5.6, 'mmol/L', 3.5, 5.1, 'high'],
      ['creatine-kinase', 96, 'U/L', null, 170, 'normal'],
      ['egfr', 79, 'mL/min', 60, null, 'normal'],
    ]);
  });
});

describe('names30: names of set 22\'s laboratories', () => {
  it.each([
    ['TSH, Sensitive, S', 'thyroid-stimulating-hormone'],
    ['White Blood Cell', 'white-blood-cell-count'],
    ['Anticorpi anti-tireoperossidasi (AbTPO)', 'thyroid-peroxidase-antibody'],
    ['Anticuerpos anti-tiroperoxidasa', 'thyroid-peroxidase-antibody'],
    ['AbTg', 'thyroglobulin-antibody'],
    ['Paratormona (PTH intacta)', 'parathyroid-hormone'],
    ['ПСА общ', 'prostate-specific-antigen'],
    ['Kreatininas', 'creatinine'],
    ['Šlapimo rūgštis', 'uric-acid'],
    ['Magnis', 'magnesium'],
    ['Kolesterool', 'total-cholesterol'],
    ['LDL-kolesterool', 'ldl-cholesterol'],
    ['Triglütseriidid', 'triglycerides'],
    ['Glükoos (paastu)', 'glucose'],
    ['25-OH D-vitamiin', 'vitamin-d'],
  ])('%s is %s', (name, key) => {
    expect(catalog.matchName(name)?.key).toBe(key);
  });

  it('a plural only of a word of four letters or more; other words stay unknown', () => {
    expect(catalog.matchName('Glucose, ultrasensitive')).toBeUndefined();
    expect(catalog.matchName('White Blood Cel')).toBeUndefined();
    expect(catalog.matchName('Anticorpi anti-tireoglobulina')?.key).not.toBe('thyroid-peroxidase-antibody');
  });
});

describe('pricecell: a price column headed with its currency in brackets', () => {
  it('a Turkish price list (`Fiyat (TL)`) has no results', () => {
    expect(coded(lines(
      'Tetkik                              Fiyat (TL)',
      'HbA1c                               450',
      'TSH                                 380',
      'Ferritin                            480',
    ))).toEqual([]);
  });

  it('a result column with a unit in brackets is still read (`Result (mg/dL)` is no price)', () => {
    expect(coded(lines(
      'Test                                Result (mg/dL)',
      'Glucose                             95',
      'Cholesterol                         182',
    ))).toEqual([
      ['glucose', 95, 'mg/dL', null, null, null],
      ['total-cholesterol', 182, 'mg/dL', null, null, null],
    ]);
  });
});

describe('onerange: a French NFS line with per cent, count and one range', () => {
  it('the range after the count is the count\'s; the per cent has none (the per cent had taken the count\'s range, flagged high)', () => {
    expect(coded(lines(
      'NUMÉRATION GLOBULAIRE                  Résultat                 Valeurs de référence',
      'Leucocytes                             7,10 G/l                 4,05 à 11,00',
      'FORMULE LEUCOCYTAIRE',
      'Polynucléaires neutrophiles            61,2 %      4,35 G/l     1,78 à 6,95',
      'Lymphocytes                            28,0 %      1,99 G/l     1,32 à 3,57',
    ))).toEqual([
      ['white-blood-cell-count', 7.1, '10*9/L', 4.05, 11, 'normal'],
      ['neutrophils', 61.2, '%', null, null, null],
      ['neutrophils-absolute', 4.35, '10*9/L', 1.78, 6.95, 'normal'],
      ['lymphocytes', 28, '%', null, null, null],
      ['lymphocytes-absolute', 1.99, '10*9/L', 1.32, 3.57, 'normal'],
    ]);
  });

  it('a line with a range for each is read as before', () => {
    expect(coded('Neutrophile  56,8 %  42,0-77,0  3,92 /nl  1,5-7,7')).toEqual([
      ['neutrophils', 56.8, '%', 42, 77, 'normal'],
      ['neutrophils-absolute', 3.92, '/nL', 1.5, 7.7, 'normal'],
    ]);
  });
});

describe('cumulplus: a German cumulative report\'s `+` flags', () => {
  it('the newest column\'s value with its `+`, an older `n.b.` cell (nicht bestimmt) no unit', () => {
    expect(coded(lines(
      '                             14.01.2025      08.10.2024      Einheit      Referenzbereich',
      'Cholesterin                  231 +           248 +           mg/dl        < 200',
      'HDL-Cholesterin              64              59              mg/dl        > 45',
      'Homocystein                  12,4 +          n.b.            µmol/l       < 12,0',
    ))).toEqual([
      ['total-cholesterol', 231, 'mg/dL', null, 200, 'high'],
      ['hdl-cholesterol', 64, 'mg/dL', 45, null, 'normal'],
      ['homocysteine', 12.4, 'umol/L', null, 12, 'high'],
    ]);
  });

  it('`Vorwert` right after the result\'s column heads the earlier results', () => {
    expect(coded(lines(
      'Test                 Ergebnis        Vorwert         Einheit      Referenzbereich',
      'Cholesterin          231 +           248 +           mg/dl        < 200',
      'Triglyceride         104             131             mg/dl        < 150',
    ))).toEqual([
      ['total-cholesterol', 231, 'mg/dL', null, 200, 'high'],
      ['triglycerides', 104, 'mg/dL', null, 150, 'normal'],
    ]);
  });

  it('a urine grade `2 +` is no value flagged `+`', () => {
    expect(coded(lines(
      'Test                 Ergebnis        Einheit      Referenzbereich',
      'Eiweiß im Urin       2 +                          negativ',
    ))).not.toContainEqual(expect.arrayContaining([2, '+']));
  });
});

describe('cumulplus: the French `bas` apart after a value under a header whose range comes first', () => {
  it('`Ferritine  20 - 300  12  bas  µg/l` is low; `élevé` reads as before', () => {
    expect(coded(lines(
      'Analyse                          Valeurs de référence       Résultat           Unité',
      'Ferritine                        20-300                     12      bas        µg/l',
      'Prolactine                       4.8-23.3                   31.2    élevé      µg/l',
    ))).toEqual([
      ['ferritin', 12, 'ug/L', 20, 300, 'low'],
      ['prolactin', 31.2, 'ug/L', 4.8, 23.3, 'high'],
    ]);
  });
});

describe('seecomment: `see the comment` in other languages is no result', () => {
  it.each(['Ver comentario', 'Voir commentaire', 'Siehe Kommentar', 'Vedi commento'])('TSH  %s', (said) => {
    expect(coded(lines(
      'Examen                              Resultado       Unidad               Valor de referencia',
      'Creatinina                          0,71            mg/dL                0,51 - 0,95',
      `TSH                                 ${said}`,
    ))).toEqual([['creatinine', 0.71, 'mg/dL', 0.51, 0.95, 'normal']]);
  });
});

describe('mayora, bracketplus: Latin American `Mayor a 60`, `Menor a 5` and a `(+)` flag', () => {
  it('the bounds and the flag', () => {
    expect(coded(lines(
      'Examen                              Resultado       Unidad               Valor de referencia',
      'GGT                                 52     (+)      U/L                  Hasta 40',
      'VFG estimada (CKD-EPI)              98              mL/min/1,73 m²       Mayor a 60',
      'Proteína C reactiva                 2,1             mg/L                 Menor a 5',
    ))).toEqual([
      ['gamma-glutamyl-transferase', 52, 'U/L', null, 40, 'high'],
      ['egfr', 98, 'mL/min/{1.73_m2}', 60, null, 'normal'],
      ['c-reactive-protein', 2.1, 'mg/L', null, 5, 'normal'],
    ]);
  });
});

describe('postcode, noteclause: a letterhead\'s postal code and town, a formula and a note\'s bracket are no rows', () => {
  it('none of them is read; the result after them is', () => {
    expect(coded(lines(
      'BIOLAB        Laboratoire de biologie médicale        69003 Villeurbanne',
      'HOMA-IR                        3.1                             Up to 2.5',
      '  HOMA-IR = fasting insulin (µIU/mL) x fasting glucose (mg/dL) / 405',
      'Comments:',
      '  PSA reference interval is age-related (45-54 years: < 2.5 ug/L).',
    ))).toEqual([['homa-ir', 3.1, '{index}', null, 2.5, 'high']]);
  });

  it('a test\'s own row with a number of five digits and a unit, and a known name with a bracket, are read', () => {
    expect(coded(lines(
      'Platelets              250000       /uL        150000 - 400000',
      'Vitamin D (25-OH)      32           ng/mL      30 - 100',
    ))).toEqual([
      ['platelet-count', 250000, '/uL', 150000, 400000, 'normal'],
      ['vitamin-d', 32, 'ng/mL', 30, 100, 'normal'],
    ]);
  });
});

describe('review 33: the rules\' edges, each from the printed line', () => {
  it('a differential whose one range is the percentage\'s keeps it on the percentage (the count has none)', () => {
    expect(coded(lines(
      'Full Blood Count          Result                  Reference',
      'WBC                       7.0 x10^9/L             4.0 - 11.0',
      'Neutrophils               60 %   4.2 x10^9/L      40 - 75',
    ))).toEqual([
      ['white-blood-cell-count', 7, '10*9/L', 4, 11, 'normal'],
      ['neutrophils', 60, '%', 40, 75, 'normal'],
      ['neutrophils-absolute', 4.2, '10*9/L', null, null, null],
    ]);
  });

  it('a Turkish results table with a price column is read (`Sonuç`, `Birim`, `Referans Aralığı` are its columns)', () => {
    expect(coded(lines(
      'Tetkik Adı               Sonuç      Birim      Referans Aralığı     Ücret (TL)',
      'Glukoz                   95         mg/dL      70 - 99              120',
      'Kolesterol               182        mg/dL      < 200                150',
    ))).toEqual([
      ['glucose', 95, 'mg/dL', 70, 99, 'normal'],
      ['total-cholesterol', 182, 'mg/dL', null, 200, 'normal'],
    ]);
  });

  it('a form\'s line with `Amount (Rs.)` is no price list\'s header', () => {
    expect(coded(lines(
      'Patient Name    Age/Sex    Amount (Rs.)',
      'Haemoglobin  13.5 g/dL  13.0 - 17.0',
    ))).toEqual([['hemoglobin', 13.5, 'g/dL', 13, 17, 'normal']]);
  });

  it('a calculated result printed with its formula and a range is a row; a count in `Cells` or `Copies` is no postal code', () => {
    const rows = coded(lines(
      'LDL calc = CT - (HDL + TG/5)  132 mg/dL  < 130',
      'CD4 absolute  1250 Cells  500 - 1500',
      'HBV DNA  25000 Copies  < 20',
    ));
    expect(rows.map((r) => [r[1], r[3], r[4]])).toEqual([[132, null, 130], [1250, 500, 1500], [25000, null, 20]]);
  });

  it('`BAS` on the line under `Eosinophiles` is the next cells\' label, no low flag', () => {
    expect(coded(lines('Eosinophiles', '0,2 BAS', 'Basophiles', '0,05 G/l')).every((r) => r[5] !== 'low')).toBe(true);
  });

  it('a unit run on against an earlier result\'s dated cell is the row\'s unit', () => {
    expect(coded(lines(
      'Analyse              Résultat        Antériorité     Unité        Valeurs de référence',
      'Glucose              1,30 H          1,02 (12/03/24) g/l          0,70 - 1,10',
    ))).toEqual([['glucose', 1.3, 'g/L', 0.7, 1.1, 'high']]);
  });

  it('`(+)` after a urine strip\'s concentration is no high flag', () => {
    expect(coded(lines('Hemoglobin 14.2 g/dL 12.0 - 16.0', 'Cetonas  15 (+)  mg/dL')).some((r) => r[5] === 'high')).toBe(false);
  });

  it('`DO` in capitals between two bounds, as LIS printouts write it', () => {
    expect(coded('GLUKOZA              5,2     MMOL/L     3,9 DO 6,1')).toEqual([['glucose', 5.2, 'mmol/L', 3.9, 6.1, 'normal']]);
  });
});

describe('worldnames: names of the common tests in 43 languages, whole (world-names.ts)', () => {
  it.each([
    ['抗Tg抗体', 'thyroglobulin-antibody'],
    ['항Tg항체', 'thyroglobulin-antibody'],
    ['遊離PSA', 'prostate-specific-antigen-free'],
    ['ノンHDLコレステロール', 'non-hdl-cholesterol'],
    ['DHEA-황산염', 'dhea-sulfate'],
    ['Järn', 'iron'],
    ['Glukos', 'glucose'],
  ])('%s is %s', (name, key) => {
    expect(catalog.matchName(name)?.key).toBe(key);
  });

  it('a name the rules read rightly reads as before, and the thyroglobulin antibody is no triglycerides in a row', () => {
    expect(catalog.matchName('Triglycerides')?.key).toBe('triglycerides');
    expect(catalog.matchName('HDL Cholesterol')?.key).toBe('hdl-cholesterol');
    expect(coded('抗Tg抗体        12.0     IU/mL     <28')).toEqual([['thyroglobulin-antibody', 12, '[IU]/mL', null, 28, 'normal']]);
  });
});

describe('worldnames: high, low, pending and see-the-comment words of the same helper\'s table', () => {
  it('Swedish `hög`, Hungarian `alacsony`, Polish `niski` after a value with no range are its flags (the rows had been lost)', () => {
    expect(coded('Kolesterol      6,8        mmol/L      hög')).toEqual([['total-cholesterol', 6.8, 'mmol/L', null, null, 'high']]);
    expect(coded('Kalcium         1,9        mmol/l      alacsony')).toEqual([['calcium', 1.9, 'mmol/L', null, null, 'low']]);
    expect(coded('Żelazo          41         µg/dl       niski')).toEqual([['iron', 41, 'ug/dL', null, null, 'low']]);
  });

  it('`se kommentar`, `folyamatban` in a result\'s place are no result, and the warning says why', () => {
    for (const said of ['se kommentar', 'folyamatban']) {
      const read = parseTextReport(lines('Natrium  140  mmol/L  137 - 145', `Kalium  ${said}`), opts);
      expect(read.rows.map((r) => r.name)).toEqual(['Natrium']);
      expect(read.warnings.map((w) => w.code)).toEqual(['not-a-result']);
      expect(read.warnings[0]!.message).toContain(said);
    }
  });
});
