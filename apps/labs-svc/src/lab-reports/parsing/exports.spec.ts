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

  it('a line of words with commas that names no result column, or with more unknown cells than known ones, heads nothing', () => {
    expect(coded(lines('Patient,Address,City,Phone,Insurer', 'Sodium,139,mmol/L,135-145,x'))).toEqual([]);
    expect(coded(lines('Test,Result,Category,Owner,Colour,Size', 'Sodium,139,Chem,Lee,Red,Big'))).toEqual([]);
  });
});
