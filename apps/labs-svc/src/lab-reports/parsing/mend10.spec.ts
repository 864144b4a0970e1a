import { coded } from '../../testing/reader.js';

// (mend10) A card's name label, its result and its range on one line (an EHR's export, review cr7's `Test: Glucose
// Result: 5.2 mmol/L   Reference range: 3.9-5.5`): before, the unknown name `Test: Glucose Result`.
const lines = (...l: string[]) => l.join('\n');

describe('mend10: a name label and a card\'s fields on one line', () => {
  it('the name after its label is the row\'s name, the fields its value and range', () => {
    expect(coded(lines(
      'Test: Glucose   Result: 5.2 mmol/L   Reference range: 3.9-5.5',
      'Test: HbA1c     Result: 6.1 %        Reference range: 4.0-5.6',
      'Analyte: Creatinine   Result: 88 umol/L   Ref: 60-110',
    ))).toEqual([
      ['glucose', 5.2, 'mmol/L', 3.9, 5.5, 'normal'],
      ['hemoglobin-a1c', 6.1, '%', 4, 5.6, 'high'],
      ['creatinine', 88, 'umol/L', 60, 110, 'normal'],
    ]);
  });

  it('negatives: a name the catalog does not know keeps the line as it was; a header of labels reads nothing', () => {
    expect(coded('Test: Zonulin   Result: 45 ng/mL   Reference range: 0-107').map((r) => r[1])).toEqual([45]);
    expect(coded('Test: Final   Result: Final   Reference: 24-118734')).toEqual([]);
    expect(coded('Name: Jane Doe     DOB: 01/02/1970     Sex: F')).toEqual([]);
  });
});
