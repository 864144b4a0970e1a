import { coded } from '../../testing/reader.js';

// (small) Two leftovers of the 2026-12-03 sessions' probes: a known name with a number inside it and a last word that is
// also a unit (`Omega 3 Index`: `Index` reads as UCUM's {index}), and a range line ended by a sentence's full stop.
describe('small: a unit word that completes a known name; a full stop after a range line', () => {
  it('reads a known name whose number is followed by a word that is also a unit', () => {
    expect(coded('Omega 3 Index  6.2  %  >8.0')).toEqual([['omega-3-index', 6.2, '%', 8, null, 'low']]);
    expect(coded('Omega 3 Index 6.2 %')).toEqual([['omega-3-index', 6.2, '%', null, null, null]]);
    // A unit word that completes no name still ends it: the value before it is the row's.
    expect(coded('Glucose  92  mg/dL  70-99')).toEqual([['glucose', 92, 'mg/dL', 70, 99, 'normal']]);
    expect(coded('HOMA-IR  1.2  Index  <2.0')).toEqual([['homa-ir', 1.2, '{index}', null, 2, 'normal']]);
  });

  it('reads a range line that ends in a full stop', () => {
    expect(coded('Testosterone  650  ng/dL\nReference Range: 264-916 ng/dL.')).toEqual([['testosterone', 650, 'ng/dL', 264, 916, 'normal']]);
    expect(coded('Testosterone  650  ng/dL\nReference range: 264-916.')).toEqual([['testosterone', 650, 'ng/dL', 264, 916, 'normal']]);
    expect(coded('HbA1c  6.1  %\nReference Range: 4.0-5.6 %.')).toEqual([['hemoglobin-a1c', 6.1, '%', 4, 5.6, 'high']]);
  });
});
