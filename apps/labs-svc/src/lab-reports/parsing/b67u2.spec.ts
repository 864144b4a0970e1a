import { resultsOf } from '../../testing/reader.js';

/*
 * (b67u2) Urine sections in other languages, second pass: two-word answers against a reference of words (split at the
 * column gap), the flag of a colour or an aspect against the word its reference prints whatever reader read the row
 * (a header's columns, a colon), a urinalysis's sub-headings (cytology, sediment, physical and chemical parts) that
 * keep the section, the strip's leukocytes named by the strip, and a few names (`pH-Wert`, `Esterasi leucocitaria`,
 * `Nitriti  assenti`, `Emazie  rare`). Every line is made up.
 */

const lines = (...l: string[]) => l.join('\n');
/** [key, valueText, range text, flag] of each row read. */
const words = (text: string) => resultsOf(text).map((r) => [r.biomarker?.key ?? `?${r.name}`, r.valueText ?? null, r.range.text ?? null, r.flag ?? null]);
const keys = (text: string) => resultsOf(text).map((r) => r.biomarker?.key ?? `?${r.name}`);

describe('b67u2: urine sections in other languages, second pass', () => {
  it('a two-word answer against a reference of words is split at the column gap; one base colour normal (labs52fix)', () => {
    expect(words(lines('ESAME URINE', 'Colore                          giallo paglierino     giallo paglierino'))).toEqual([
      ['urine-color', 'giallo paglierino', 'giallo paglierino', 'normal'],
    ]);
    // ((fixu) A dark shade against a reference that is none is a concentrated urine: abnormal, normal before.)
    expect(words(lines('ECBU', 'Couleur                       Jaune foncé       Jaune'))).toEqual([['urine-color', 'Jaune foncé', 'Jaune', 'abnormal']]);
    // ((sameanswer) The same colour after a colon is normal too, as on a text line: no flag before, the evaluation's keys'
    // convention, which probe set rev67 and keyed sets 21–24 do not share.)
    expect(words(lines('EAS', 'Cor.......................: Amarelo citrino             Amarelo citrino'))).toEqual([
      ['urine-color', 'Amarelo citrino', 'Amarelo citrino', 'normal'],
    ]);
  });

  it('a clouded aspect against a clear reference on a text line is abnormal, in each language', () => {
    expect(words(lines('ECBU', 'Aspect   Trouble   Clair'))).toEqual([['urine-appearance', 'Trouble', 'Clair', 'abnormal']]);
    expect(words(lines('EAS', 'Aspecto   Ligeiramente turvo     Límpido'))).toEqual([['urine-appearance', 'Ligeiramente turvo', 'Límpido', 'abnormal']]);
    expect(words(lines('Esame urine', 'Aspetto   torbido   limpido'))).toEqual([['urine-appearance', 'torbido', 'limpido', 'abnormal']]);
    expect(words(lines('Urinstatus', 'Klarheit   leicht trüb   klar', 'Farbe   gelb   gelb'))).toEqual([
      ['urine-clarity', 'leicht trüb', 'klar', 'abnormal'],
      ['urine-color', 'gelb', 'gelb', 'normal'],
    ]);
    // ((sameanswer) Under a header's columns or after a colon the same word against itself is normal, as on a text line:
    // it kept no flag before, the evaluation keys' convention. (fixu) A clouded answer against a clear reference is
    // abnormal there too.)
    expect(words(lines('Urinstatus', 'Untersuchung   Ergebnis   Referenzbereich', 'Klarheit   leicht trüb   klar', 'Farbe   gelb   gelb'))).toEqual([
      ['urine-clarity', 'leicht trüb', 'klar', 'abnormal'],
      ['urine-color', 'gelb', 'gelb', 'normal'],
    ]);
  });

  it('negative: the same aspect is normal; a clear answer against a clouded reference and a colour against a non-colour get no flag', () => {
    expect(words(lines('Esame urine', 'Aspetto   limpido   limpido'))).toEqual([['urine-appearance', 'limpido', 'limpido', 'normal']]);
    expect(words(lines('Urinstatus', 'Farbe   hellgelb   gelb'))).toEqual([['urine-color', 'hellgelb', 'gelb', 'normal']]);
    expect(words(lines('URINALYSIS', 'Appearance   Clear   Cloudy'))[0]![3]).toBeNull();
  });

  it('French: a cytology sub-heading keeps the urine section; the strip\'s leukocytes are the esterase', () => {
    expect(keys(lines("EXAMEN D'URINE - BANDELETTE ET CYTOLOGIE", 'Leucocytes (bandelette)  Négatif  Négatif', 'Cytologie quantitative',
      'Leucocytes 8 /mm3 < 10', 'Hématies 25 /mm3 < 10'))).toEqual(['leukocyte-esterase-urine', 'leukocytes-in-urine', 'erythrocytes-in-urine']);
  });

  it('Portuguese: EXAME FÍSICO, EXAME QUÍMICO and SEDIMENTOSCOPIA are parts of the EAS', () => {
    expect(keys(lines('EAS - ELEMENTOS ANORMAIS E SEDIMENTOSCOPIA', 'EXAME FÍSICO', 'Cor: Amarelo citrino', 'EXAME QUÍMICO', 'pH 6,0',
      'SEDIMENTOSCOPIA', 'Leucócitos...: 3.000 /mL  até 10.000 /mL', 'Hemácias...: 2.000 /mL  até 10.000 /mL')))
      .toEqual(['urine-color', 'urine-ph', 'leukocytes-in-urine', 'erythrocytes-in-urine']);
    expect(keys(lines('Urinstatus', 'Mikroskopisches Sediment', 'Erythrozyten 2 /Gesichtsfeld'))).toEqual(['erythrocytes-in-urine']);
  });

  it('negative: a blood heading after a urine section ends it, in each language; a blood count with no urine heading stays blood', () => {
    expect(keys(lines('ECBU', 'Cytologie quantitative', 'Hématies 25 /mm3', 'Hémogramme', 'Leucocytes 7,2 G/L   4,0 - 10,0')))
      .toEqual(['erythrocytes-in-urine', 'white-blood-cell-count']);
    expect(keys(lines('EAS', 'SEDIMENTOSCOPIA', 'Hemácias 2 p/c', 'HEMOGRAMA', 'Leucócitos 6.500 /mm3   4.000 a 10.000')))
      .toEqual(['erythrocytes-in-urine', 'white-blood-cell-count']);
    expect(keys(lines('Esame urine', 'Sedimento', 'Emazie 2 /campo', 'Emocromo', 'Leucociti 6,2 10^3/µL   4,0 - 10,0')))
      .toEqual(['erythrocytes-in-urine', 'white-blood-cell-count']);
    expect(keys(lines('Urinstatus', 'Sediment', 'Erythrozyten 2 /Gesichtsfeld', 'Blutbild', 'Leukozyten 6,2 /nl   4,0 - 10,0')))
      .toEqual(['erythrocytes-in-urine', 'white-blood-cell-count']);
    expect(keys(lines('EAS', 'Hemácias 2 p/c', 'Velocidade de hemossedimentação', 'VHS 12 mm/h'))).toEqual(['erythrocytes-in-urine', 'erythrocyte-sedimentation-rate']);
    expect(keys(lines('Leucocytes 7,2 G/L   4,0 - 10,0'))).toEqual(['white-blood-cell-count']);
    expect(keys(lines('Hématologie', 'Leucocytes 7,2 G/L   4,0 - 10,0', 'Hématies 4,5 T/L   4,0 - 5,5'))).toEqual(['white-blood-cell-count', 'red-blood-cell-count']);
  });

  it('names: pH-Wert, Nitriti assenti, Esterasi leucocitaria, a count in words (Emazie rare)', () => {
    expect(keys(lines('Urinstatus', 'pH-Wert   6,0   5,0 - 8,0'))).toEqual(['urine-ph']);
    expect(words(lines('ESAME URINE', 'Nitriti   assenti   assenti', 'Esterasi leucocitaria   assente   assente'))).toEqual([
      ['nitrite-in-urine', 'assenti', 'assenti', 'normal'],
      ['leukocyte-esterase-urine', 'assente', 'assente', 'normal'],
    ]);
    expect(words(lines('ESAME URINE', 'Sedimento', 'Emazie  rare', 'Leucociti  rari'))).toEqual([
      ['erythrocytes-in-urine', 'rare', null, null],
      ['leukocytes-in-urine', 'rari', null, null],
    ]);
    expect(keys(lines('EAS', 'Hemácias   raras'))).toEqual(['erythrocytes-in-urine']);
    expect(keys(lines('ECBU', 'Hématies   rares'))).toEqual(['erythrocytes-in-urine']);
  });

  it('negative: a count in words outside urine reads nothing; pH-Wert in a blood gas is no urine pH', () => {
    expect(keys(lines('Emocromo', 'Emazie  rare', 'Sodio 140 mmol/L'))).toEqual(['sodium']);
    expect(keys(lines('Blutgasanalyse', 'pH-Wert 7,40   7,35 - 7,45'))).not.toContain('urine-ph');
  });
});
