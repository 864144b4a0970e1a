import { coded } from '../../testing/reader.js';

// (cards2) A consumer report's biomarker cards (made-up, in the shape probe rev75's zones summary printed): the name
// after a `Biomarker:` label, the card's fields on one line, an optimized zone beside the laboratory's reference.
const lines = (...l: string[]) => l.join('\n');

describe('cards2: a consumer report\'s cards with labelled fields', () => {
  it('the fields on one line: the result, the laboratory\'s reference as the range (the optimized zone a comment)', () => {
    expect(coded(lines(
      'Biomarker: Vitamin D',
      '  Your result: 26 ng/mL        Optimized zone: 40 - 80        Lab reference: 30 - 100',
      '  Status: Needs work',
      '',
      'Biomarker: Ferritin',
      '  Your result: 64 ng/mL        Optimized zone: 40 - 120       Lab reference: 15 - 150',
      '  Status: Optimized',
    ))).toEqual([
      ['vitamin-d', 26, 'ng/mL', 30, 100, 'low'],
      ['ferritin', 64, 'ng/mL', 15, 150, 'normal'],
    ]);
  });

  it('one field a line, an `Optimized zone:` before the `Lab reference:`: each card keeps its own reference', () => {
    expect(coded(lines(
      'Cortisol (AM)',
      '  Your result: 21.4 ug/dL',
      '  Optimized zone: 10 - 18',
      '  Lab reference: 6.2 - 19.4',
      '',
      'Magnesium',
      '  Your result: 2.1 mg/dL',
      '  Lab reference: 1.6 - 2.6',
    ))).toEqual([
      ['cortisol', 21.4, 'ug/dL', 6.2, 19.4, 'high'],
      ['magnesium', 2.1, 'mg/dL', 1.6, 2.6, 'normal'],
    ]);
  });

  it('negatives: a patient\'s header, two results on one line and a label before a value read as before', () => {
    expect(coded('Name: Jane Doe     DOB: 01/02/1970     Sex: F')).toEqual([]);
    expect(coded('Sodium: 140 mmol/L     Potassium: 4.1 mmol/L')).toEqual([
      ['sodium', 140, 'mmol/L', null, null, null], ['potassium', 4.1, 'mmol/L', null, null, null]]);
    // A label before a name the catalog does not know stays the line's.
    expect(coded(lines('Marker: Blue top tube', '  Your result: 5 mL'))).toEqual([]);
  });
});
