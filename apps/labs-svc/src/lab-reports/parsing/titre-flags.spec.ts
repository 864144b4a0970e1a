import { hl7Results, readResults, resultsOf } from '../../testing/reader.js';
import { titreFlag } from './flags.js';

/*
 * A titre (an antibody's highest reacting dilution, printed `1:N`) held against a titre's reference range. The expected
 * flags are what a laboratory prints beside such rows (a higher denominator is more antibody: ANA 1:320 against `<1:80`
 * is flagged H, as the probe set's Canadian immunology report prints it), written from that convention, not the code.
 */
const flagOf = (text: string) => resultsOf(text).map((r) => [r.biomarker?.key ?? `?${r.name}`, r.valueText, r.flag]);

describe('titres are flagged against a titre range', () => {
  it('above an upper limit high, below it normal, at an exclusive limit high, at an inclusive one normal', () => {
    expect(flagOf(['ANA Titre  1:320  <1:80', 'ANA  1:40  <1:80', 'ANA  1:80  <1:80', 'ANA  1:40  <=1:40', 'ANA  1:80  ≤1:40'].join('\n'))).toEqual([
      ['antinuclear-antibody', '1:320', 'high'],
      ['antinuclear-antibody', '1:40', 'normal'],
      ['antinuclear-antibody', '1:80', 'high'],
      ['antinuclear-antibody', '1:40', 'normal'],
      ['antinuclear-antibody', '1:80', 'high'],
    ]);
  });

  it('an inline row with its range labelled, and a name the catalog does not know that says it is a titre', () => {
    expect(flagOf('ANA: 1:160 (Ref: <1:80)\nMycoplasma pneumoniae Ab Titre  1:160  <1:40\n')).toEqual([
      ['antinuclear-antibody', '1:160', 'high'],
      ['?Mycoplasma pneumoniae Ab Titre', '1:160', 'high'],
    ]);
  });

  it('a printed flag is the lab\'s and stays, whatever the range says', () => {
    expect(flagOf('ANA  1:160  A  <1:40\nANA  1:40  H  <1:80\n')).toEqual([
      ['antinuclear-antibody', '1:160', 'abnormal'],
      ['antinuclear-antibody', '1:40', 'high'],
    ]);
  });

  it('an HL7 titre (OBX value 1:320, range <1:80) and a JSON record\'s', async () => {
    const hl7 = hl7Results('OBX|1|ST|5048-4^ANA titer^LN||1:320||<1:80||||F');
    expect(hl7.map((r) => [r.valueText, r.flag])).toEqual([['1:320', 'high']]);
    const json = await readResults(JSON.stringify({ results: [{ test: 'ANA', result: '1:40', referenceRange: '<1:80' }, { test: 'ANA', result: '1:640', referenceRange: '<1:80' }] }));
    expect(json.map((r) => [r.biomarker?.key, r.valueText, r.flag])).toEqual([['antinuclear-antibody', '1:40', 'normal'], ['antinuclear-antibody', '1:640', 'high']]);
  });

  it('a censored titre is read with a titre range after it (flagged when every dilution it stands for is on one side), never alone', () => {
    expect(flagOf(['ANA Titre  <1:40  <1:80', 'ANA  > 1:1280  H  < 1:40', 'ANA: <1:40 (Ref: <1:80)', 'ANA Titre  <1:160  <1:80'].join('\n'))).toEqual([
      ['antinuclear-antibody', '<1:40', 'normal'],
      ['antinuclear-antibody', '>1:1280', 'high'],
      ['antinuclear-antibody', '<1:40', 'normal'],
      ['antinuclear-antibody', '<1:160', null],
    ]);
    // Alone it may be the range of a row whose result was not printed.
    expect(flagOf('ANA  <1:40\nANA Titre  < 1:80\n')).toEqual([]);
  });

  it('dilutions of two doubled (cold agglutinins: 1:32, 1:512) under a name ending in agglutinins; a clock time is none', () => {
    expect(flagOf('Cold agglutinins  1:512  H  <1:64\nCold agglutinins: 1:32 (Ref: <1:64)\n')).toEqual([
      ['?Cold agglutinins', '1:512', 'high'],
      ['?Cold agglutinins', '1:32', 'normal'],
    ]);
    // `1:04` is four minutes past one, not a dilution; `1:30` neither (no doubling denominator).
    expect(flagOf('Cold agglutinins  1:04  <1:64\nANA Titre  1:30  <1:80\n')).toEqual([]);
  });

  it('titreFlag: censored titres only when every dilution they stand for is on one side; ranges above; nothing else', () => {
    expect(titreFlag('<1:20', '<1:40')).toBe('normal');
    expect(titreFlag('>1:1280', '<1:80')).toBe('high');
    expect(titreFlag('<1:160', '<1:80')).toBeNull();
    // A range from below (a protective titre, `>=1:40`): under it low, at it normal.
    expect(titreFlag('1:20', '>=1:40')).toBe('low');
    expect(titreFlag('1:40', '>=1:40')).toBe('normal');
    expect(titreFlag('1:40', '>1:40')).toBe('low');
    // A dilution with no comparison (the screening dilution, or a limit?), a number, a word: no flag.
    expect(titreFlag('1:160', '1:80')).toBeNull();
    expect(titreFlag('160', '<1:80')).toBeNull();
    expect(titreFlag('Positive', '<1:80')).toBeNull();
    expect(titreFlag('1:160', '<80')).toBeNull();
    // A result that is no doubling dilution (a clock time, `1:30`; a stored unknown row's text) is no titre.
    expect(titreFlag('1:30', '<1:80')).toBeNull();
    expect(titreFlag('1:04', '<1:80')).toBeNull();
  });
});
