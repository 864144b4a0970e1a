import { resultsOf } from '../../testing/reader.js';

/*
 * (b67u) Urinalyses printed in German, Italian, Portuguese (Brazil) and French: their section headings (`Urinstatus`,
 * `Esame urine`, `EAS`, `Urina tipo I`, `ECBU`, `Bandelette urinaire`, a `Sedimento` part within), the urine's meaning
 * of the blood's names under them, the local names of the urine-only tests (colour, appearance, density, pH) and the
 * local answers in words (colours, clarity, absent/present, traces), one word or two. Every line is made up.
 */

const lines = (...l: string[]) => l.join('\n');
/** [key, value, valueText, unit] of each row read. */
const read = (text: string) => resultsOf(text).map((r) => [r.biomarker?.key ?? `?${r.name}`, r.value, r.valueText ?? null, r.unit ?? null]);
const keys = (text: string) => resultsOf(text).map((r) => r.biomarker?.key ?? `?${r.name}`);

describe('b67u: urine sections in other languages', () => {
  it('German: Urinstatus with colour and appearance answered then referenced, pH and the leukocytes in urine', () => {
    expect(read(lines('Urinstatus', 'Farbe   gelb   gelb', 'Aussehen   trüb   klar', 'pH   5,0   5,0 - 8,0', 'Leukozyten   25 /µl   < 25'))).toEqual([
      ['urine-color', null, 'gelb', null],
      ['urine-appearance', null, 'trüb', null],
      ['urine-ph', 5, null, '[pH]'],
      ['leukocytes-in-urine', 25, null, '/uL'],
    ]);
    const [colour, aspect] = resultsOf(lines('Urinstatus', 'Farbe   gelb   gelb', 'Aussehen   trüb   klar'));
    expect([colour!.flag, aspect!.flag]).toEqual(['normal', 'abnormal']);
  });

  // (A density printed without its point, `1020`, is kept as printed: the tuning keys write it so, es_sacyl's `Densidad 1015`.)
  it('Italian: Esame urine, two-word colour, aspect, Peso specifico, Glucosio, traces, a Sedimento part counted per field', () => {
    expect(read(lines('ESAME URINE', 'Colore   giallo paglierino', 'Aspetto limpido', 'Peso specifico 1020', 'Glucosio  assente  assente',
      'Proteine  tracce  assente', 'Sedimento', 'Leucociti 3 /campo   0 - 5', 'Emazie 2 /campo'))).toEqual([
      ['urine-color', null, 'giallo paglierino', null],
      ['urine-appearance', null, 'limpido', null],
      ['specific-gravity-urine', 1020, null, '{ratio}'],
      ['glucose-in-urine', null, 'assente', null],
      ['protein-urine-presence', null, 'tracce', null],
      ['leukocytes-in-urine', 3, null, '/[HPF]'],
      ['erythrocytes-in-urine', 2, null, '/[HPF]'],
    ]);
  });

  it('Portuguese (Brazil): EAS with a two-word colour, Aspecto, Densidade, pH and a count per mL in thousands', () => {
    expect(read(lines('EAS', 'Cor: Amarelo citrino', 'Aspecto: Límpido', 'Densidade 1.020', 'pH 6,0   5,0 a 7,0', 'Leucócitos 3.000 /mL', 'Hemácias 2 p/c'))).toEqual([
      ['urine-color', null, 'Amarelo citrino', null],
      ['urine-appearance', null, 'Límpido', null],
      ['specific-gravity-urine', 1.02, null, '{ratio}'],
      ['urine-ph', 6, null, '[pH]'],
      ['leukocytes-in-urine', 3000, null, '/mL'],
      ['erythrocytes-in-urine', 2, null, '/[HPF]'],
    ]);
    expect(keys(lines('URINA TIPO I', 'pH 6,0', 'Leucócitos 3.000 /mL'))).toEqual(['urine-ph', 'leukocytes-in-urine']);
  });

  it('French: ECBU with colour and aspect answered then referenced, Densité, pH, red cells per mm3 and white cells per field', () => {
    expect(read(lines('ECBU', 'Couleur  Jaune  Jaune', 'Aspect  Trouble  Clair', 'Densité 1,030', 'pH 5,0  5,0 - 8,0', 'Glucose  présent  absent',
      'Hématies 25 /mm3   < 10', 'Leucocytes 12 /champ   < 5'))).toEqual([
      ['urine-color', null, 'Jaune', null],
      ['urine-appearance', null, 'Trouble', null],
      ['specific-gravity-urine', 1.03, null, '{ratio}'],
      ['urine-ph', 5, null, '[pH]'],
      ['glucose-in-urine', null, 'présent', null],
      ['erythrocytes-in-urine', 25, null, '/uL'],
      ['leukocytes-in-urine', 12, null, '/[HPF]'],
    ]);
    expect(keys(lines('Bandelette urinaire', 'pH 6,0', 'Leucocytes 12 /champ'))).toEqual(['urine-ph', 'leukocytes-in-urine']);
    expect(keys(lines('Examen cytobactériologique des urines', 'Hématies 25 /mm3'))).toEqual(['erythrocytes-in-urine']);
  });

  it('a Brazilian heading with its type in figures (URINA TIPO 1), colon forms, a graded aspect; German and Italian clarity', () => {
    expect(read(lines('URINA TIPO 1', 'Cor: Amarelo citrino', 'Aspecto: Ligeiramente turvo', 'Leucócitos: 5.000 /mL   até 10.000 /mL'))).toEqual([
      ['urine-color', null, 'Amarelo citrino', null],
      ['urine-appearance', null, 'Ligeiramente turvo', null],
      ['leukocytes-in-urine', 5000, null, '/mL'],
    ]);
    expect(read(lines('Urinstatus', 'Klarheit: klar', 'Trübung  trüb  klar'))).toEqual([
      ['urine-clarity', null, 'klar', null],
      ['urine-clarity', null, 'trüb', null],
    ]);
    expect(keys(lines('Esame urine', 'Limpidezza: limpido'))).toEqual(['urine-clarity']);
  });

  it('negative: a line naming urine with other figures than its type is no heading of that kind (its rows as before)', () => {
    expect(keys(lines('Urina tipo 1 10 mL', 'Glicose 90 mg/dL'))).toEqual(['glucose']);
    expect(keys(lines('Hemograma', 'Leucócitos 5.000 /mm3   4.000 a 10.000'))).toEqual(['white-blood-cell-count']);
  });

  it('German red cells per field of view (/Gesichtsfeld) under a Harnsediment', () => {
    expect(read(lines('Harnsediment', 'Erythrozyten 2 /Gesichtsfeld'))).toEqual([['erythrocytes-in-urine', 2, null, '/[HPF]']]);
  });

  it('negative: a blood section after a urine section is blood again; a blood gas pH stays arterial', () => {
    expect(keys(lines('ECBU', 'Hématies 25 /mm3', '', 'Hématologie', 'Leucocytes 6,2 G/L   4,0 - 10,0'))).toEqual(['erythrocytes-in-urine', 'white-blood-cell-count']);
    expect(read(lines('Hämatologie', 'Leukozyten 6,2 /nl   4,0 - 10,0'))).toEqual([['white-blood-cell-count', 6.2, null, '/nL']]);
    expect(keys(lines('Blutgasanalyse', 'pH 7,40   7,35 - 7,45'))).toEqual(['ph-arterial']);
    expect(keys(lines('Emogasanalisi', 'pH 7,40   7,35 - 7,45'))).toEqual(['ph-arterial']);
  });

  it('negative: Italian red cells and glucose in a blood count or chemistry stay the blood\'s', () => {
    expect(keys(lines('Emocromo', 'Leucociti 6,2 10^3/µL   4,0 - 10,0', 'Emazie 4,8 10^6/µL   4,2 - 5,4'))).toEqual(['white-blood-cell-count', 'red-blood-cell-count']);
    expect(keys(lines('Chimica clinica', 'Glucosio 95 mg/dl   70 - 110'))).toEqual(['glucose']);
    expect(keys(lines('Glucosio 95 mg/dl   70 - 110'))).toEqual(['glucose']);
  });

  it('negative: a local urine name outside a urine section with a word that is no answer reads no row', () => {
    expect(keys(lines('Klinische Chemie', 'Farbe   kräftig', 'Natrium 140 mmol/l'))).toEqual(['sodium']);
    expect(keys(lines('Note', 'Aspetto generale buono', 'Sodio 140 mmol/L'))).toEqual(['sodium']);
    expect(keys(lines('Couleur  bleu', 'Sodium 140 mmol/L'))).toEqual(['sodium']);
  });

  it('negative: EAS and ECBU only as a heading word, not inside a name; a count per mL in a blood section is no urine count', () => {
    expect(keys(lines('Hemograma', 'Leucócitos 6.500 /mm3   4.000 a 10.000'))).toEqual(['white-blood-cell-count']);
    expect(read(lines('Hemograma', 'Leucócitos 6.500 /mm3'))[0]![1]).toBe(6500);
  });
});
