import { coded } from '../../testing/reader.js';

/*
 * (exports) What patients export from portals and apps and upload as text: CSV downloads whose header carries columns
 * the reader has no word for (the resulting lab, a category, an optimal zone, a result level), JSON whose range is an
 * object of its bounds, and FHIR R4 resources (an Observation, a Bundle of them, a DiagnosticReport with contained
 * Observations, a bulk export's NDJSON). Every expected row is written from the made-up text, not from the reader.
 */

const lines = (...l: string[]) => l.join('\n');

describe('exports: a CSV header with columns the reader has no word for', () => {
  it('a column of the resulting lab, a category, an optimal zone or a result level beside known columns is a column of its own', () => {
    expect(coded(lines(
      '"Component","Value","Units","Reference Range","Flag","Resulting Lab"',
      '"SHBG","58","nmol/L","10 - 50","High","Quest Diagnostics"',
      '"Prolactin","9.8","ng/mL","4.0 - 15.2","","Quest Diagnostics"',
    ))).toEqual([['shbg', 58, 'nmol/L', 10, 50, 'high'], ['prolactin', 9.8, 'ng/mL', 4, 15.2, 'normal']]);
    expect(coded(lines(
      'Biomarker,Category,Result,Unit,Reference Range,Status',
      'ApoB,Heart,92,mg/dL,<90,Above Range',
      'Zinc,Nutrients,94,ug/dL,60-130,In Range',
    ))).toEqual([['apolipoprotein-b', 92, 'mg/dL', null, 90, 'high'], ['zinc', 94, 'ug/dL', 60, 130, 'normal']]);
    expect(coded(lines(
      '"Biomarker","Your Result","Unit","Optimized Zone","Lab Reference Range"',
      '"Cortisol","21.8","ug/dL","10 - 15","6.2 - 19.4"',
      '"Ferritin","41","ng/mL","60 - 150","30 - 400"',
    ))).toEqual([['cortisol', 21.8, 'ug/dL', 6.2, 19.4, 'high'], ['ferritin', 41, 'ng/mL', 30, 400, 'normal']]);
    expect(coded(lines(
      'Biomarker,Result,Unit,Reference Range,Result Level',
      'TSH,4.9,mIU/L,0.45 - 4.5,Above normal range',
      'Free T4,1.1,ng/dL,0.8 - 1.8,Normal',
    ))).toEqual([['thyroid-stimulating-hormone', 4.9, 'm[IU]/L', 0.45, 4.5, 'high'], ['free-t4', 1.1, 'ng/dL', 0.8, 1.8, 'normal']]);
  });

  it('bounds headed with the range\'s name, a test\'s date column, and a component beside the test ordered', () => {
    // (`Reference Range Low` empty: the range is its upper bound alone.)
    expect(coded(lines('Name,Value,Unit,Reference Range Low,Reference Range High', 'Glucose,104,mg/dL,70,99', 'Homocysteine,13.1,umol/L,,10.3')))
      .toEqual([['glucose', 104, 'mg/dL', 70, 99, 'high'], ['homocysteine', 13.1, 'umol/L', null, 10.3, 'high']]);
    expect(coded(lines('"Biomarker","Your Result","Unit","Lab Reference Range","Test Date"', '"Vitamin D","38","ng/mL","30 - 100","Mar 14, 2026"')))
      .toEqual([['vitamin-d', 38, 'ng/mL', 30, 100, 'normal']]);
    expect(coded(lines('"Test","Component","Value","Units","Reference Range"', '"LIPID PANEL","HDL Cholesterol","47","mg/dL",">39"', '"T4, FREE","Free T4","1.18","ng/dL","0.82 - 1.77"')))
      .toEqual([['hdl-cholesterol', 47, 'mg/dL', 39, null, 'normal'], ['free-t4', 1.18, 'ng/dL', 0.82, 1.77, 'normal']]);
  });

  it('a line of words with commas that names no result column, or with more unknown cells than known ones, heads nothing', () => {
    expect(coded(lines('Patient,Address,City,Phone,Insurer', 'Sodium,139,mmol/L,135-145,x'))).toEqual([]);
    expect(coded(lines('Test,Result,Category,Owner,Colour,Size', 'Sodium,139,Chem,Lee,Red,Big'))).toEqual([]);
  });
});

describe('exports: a JSON range written as an object of its bounds', () => {
  it('`"range": {"low": …, "high": …}` (or min/max, or one bound) is the record\'s range', () => {
    const json = JSON.stringify({ panels: [{ panel: 'Hormones', markers: [
      { name: 'Estrone', value: 48, unit: 'pg/mL', range: { low: 12, high: 72 }, status: 'normal' },
      { name: 'HbA1c', value: 5.1, unit: '%', range: { high: 5.6 }, status: 'normal' },
      { name: 'Omega-3 Index', value: 7.4, unit: '%', range: { min: 8 }, status: 'low' },
    ] }] }, null, 2);
    expect(coded(json)).toEqual([
      ['estrone', 48, 'pg/mL', 12, 72, 'normal'], ['hemoglobin-a1c', 5.1, '%', null, 5.6, 'normal'], ['omega-3-index', 7.4, '%', 8, null, 'low']]);
  });
});
