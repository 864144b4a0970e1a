import { coded, resultsOf } from '../../testing/reader.js';

// (mend12) Misfires of fixabg a reviewer found with made-up lines (review cr8), each failing before this change.
const lines = (...l: string[]) => l.join('\n');
const keys = (text: string) => coded(text).map((r) => r[0]);

describe('mend12: an analyser\'s input values end', () => {
  it('results printed after the inputs with no blank line between are read (they print a range)', () => {
    expect(keys(lines('Input values', 'T             37.0    C', 'FiO2          21      %', 'pH            7.40             7.35 - 7.45',
      'pCO2          5.2     kPa      4.7 - 6.0', 'pO2           11.8    kPa      10.0 - 13.3'))).toEqual(
      expect.arrayContaining(['carbon-dioxide-partial-pressure', 'oxygen-partial-pressure']));
  });

  it('a blank line ends them: rows with no range after it are read', () => {
    expect(keys(lines('Input values', 'T  37.0 °C', 'FiO2  21 %', '', 'Patient: DOE, JANE  Page 2', 'Sodium        139 mmol/L', 'Potassium     4.4 mmol/L')))
      .toEqual(['sodium', 'potassium']);
  });

  it('negatives: the inputs themselves stay no results', () => {
    expect(keys(lines('Input values', '  T                  37.0  °C', '  FO2(I)             28.0  %', '  ctHb(est)          14.0  g/dL', '',
      'Blood gas values', '  pO2   9.2  kPa  [11.0 - 14.4]'))).toEqual(['oxygen-partial-pressure']);
  });
});

describe('mend12: a body fluid\'s table ends at the next table\'s header', () => {
  it('blood rows under a second header after a CSF\'s rows are the blood\'s', () => {
    expect(keys(lines('Cerebrospinal fluid   Result   Units   Reference', 'Glucose          2.1      mmol/L  2.2 - 3.9',
      'Protein          0.9      g/L     0.15 - 0.45', '', 'Test             Result   Units   Reference',
      'Glucose          5.6      mmol/L  3.9 - 6.1', 'Sodium           139      mmol/L  135 - 145', 'Hemoglobin       13.5     g/dL    13.0 - 17.0')).slice(-3))
      .toEqual(['glucose', 'sodium', 'hemoglobin']);
  });

  it('negatives: the fluid\'s own header right under its heading keeps the fluid\'s rows off the blood\'s keys', () => {
    expect(keys(lines('SEMEN ANALYSIS', 'Test   Result   Units   Reference', 'pH     7.9      -       >= 7.2'))).not.toContain('ph-arterial');
  });
});

describe('mend12: Lac and a red count per millilitre', () => {
  it('Lac in a coagulation panel is no lactate; in a unit of lactate it is', () => {
    expect(keys(lines('COAGULATION SCREEN', 'Lac   1.35   ratio   <1.20   H'))).not.toContain('lactate');
    expect(keys(lines('COAGULATION', 'Lac   Positive'))).not.toContain('lactate');
    expect(keys('Lac   2.4   mmol/L   0.5 - 1.6')).toEqual(['lactate']);
  });

  it('a red count printed per millilitre is kept as printed, not a thousandfold too low', () => {
    const [rbc] = resultsOf('RBC  4.52  x10^6/mL  4.20 - 5.40');
    expect(rbc?.unit).not.toBe('10*6/mL');
    expect(rbc?.value).toBe(4.52);
  });
});
