import { catalog, codedWithRangeText as coded } from '../../testing/reader.js';

/*
 * (b61) Batch 61's layouts: a Canadian laboratory's printed lines `Test Flag Result Reference Range - Units`, where an
 * abnormal result carries the letter `A` between its name and its value (`Platelet Count A 128 150-400 10*9/L`). Every
 * expected row below is written from the printed (made-up) lines, not from the reader's output.
 */

const lines = (...l: string[]) => l.join('\n');

describe('b61: an abnormal flag letter `A` between a known name and its value', () => {
  it('`Name A value range unit` with the value outside the range: the letter is the row\'s flag, abnormal, not the name\'s', () => {
    expect(coded(lines(
      'Test Flag Result Reference Range - Units',
      'Platelet Count A 128 150-400 10*9/L',
      'LDL Cholesterol A 3.42 1.50-3.00 mmol/L',
      'TSH 1.76 0.32-5.04 mU/L',
    ))).toEqual([
      ['platelet-count', 128, '10*9/L', '150-400', 150, 400, 'abnormal'],
      ['ldl-cholesterol', 3.42, 'mmol/L', '1.50-3.00', 1.5, 3, 'abnormal'],
      ['thyroid-stimulating-hormone', 1.76, 'mU/L', '0.32-5.04', 0.32, 5.04, 'normal'],
    ]);
  });

  it('the range before the unit or after it, the unit after the value: the same', () => {
    expect(coded('Ferritin A 512 ug/L 30-400')).toEqual([['ferritin', 512, 'ug/L', '30-400', 30, 400, 'abnormal']]);
  });

  it('not a flag: an `A` that is the name\'s (Vitamin A, Hepatitis A), a value inside the range, no range, no lab unit', () => {
    expect(coded('Vitamin A 0.4 0.7-2.8 umol/L')).toEqual([['vitamin-a', 0.4, 'umol/L', '0.7-2.8', 0.7, 2.8, 'low']]);
    expect(coded('Lipoprotein A 150 <75 nmol/L')).toEqual([['lipoprotein-a', 150, 'nmol/L', '<75', null, 75, 'high']]);
    // Names the catalog does not know without their `A` either: the letter stays the name's, as before.
    for (const line of ['Hepatitis A 12.4 <1.0 S/CO', 'Apolipoprotein A 0.8 1.0-1.6 g/L', 'Hemoglobin A 12 13-17 g/dL']) {
      expect(coded(line).map((r) => r[0])).toEqual([`?${line.split(/ \d/)[0]}`]);
    }
    // The value inside its range: an `A` there would contradict the range; the line is not read as flagged.
    expect(coded('Platelet Count A 228 150-400 10*9/L').map((r) => r[6])).not.toContain('abnormal');
    // No range to show the value abnormal: the letter is not taken as a flag.
    expect(coded('Platelet Count A 128 10*9/L').map((r) => r[6])).not.toContain('abnormal');
  });
});
