import { catalog, codedWithRangeText, opts, resultsOf } from '../../testing/reader.js';
import { codeRows } from './coding.js';
import { parseHl7 } from './hl7.parser.js';

// (mend13) Misfires of fixr76 and fixr78 a reviewer found with made-up lines (review cr9), each failing before.
const hl7Keys = (...obx: string[]) => codeRows(parseHl7(['MSH|^~\\&|LIS|LAB|EHR|H|20250301120000||ORU^R01|9|P|2.3.1', 'OBR|1|||PANEL', ...obx].join('\r'), opts).rows,
  catalog, '2026-01-01T00:00:00.000Z').results.map((r) => [r.biomarker?.key ?? `?${r.name}`, r.valueText ?? r.value]);

describe('mend13: HL7', () => {
  it('a blood bank\'s and a point-of-care test\'s one-letter answers under a local code set are results', () => {
    expect(hl7Keys('OBX|1|CE|ABO^ABO group^99BB||A||||||F', 'OBX|2|CE|RHD^Rh(D) type^99BB||P||||||F', 'OBX|3|CE|DAT^Direct antiglobulin test^99BB||P||||||F',
      'OBX|4|CWE|PREG^Pregnancy test urine^99LOC||N||||||F')).toEqual([['?ABO group', 'A'], ['?Rh(D) type', 'P'], ['?Direct antiglobulin test', 'P'], ['?Pregnancy test urine', 'N']]);
  });

  it('negatives: an analyser\'s true/false flags stay no results', () => {
    expect(hl7Keys('OBX|1|IS|13105^Lymphocytosis^99MRC||T||||||F', 'OBX|2|IS|13112^Increased Mid Cells^99MRC||F||||||F')).toEqual([]);
  });

  it('a text OBX of words that are no answer is no result; an answer is one', () => {
    expect(hl7Keys('OBX|1|TX|CLIN^Clinical details^L||Tired all||Normal range||||F', 'OBX|2|TX|SQ^Specimen quality^L||Lipaemic||Acceptable||||F')).toEqual([]);
    expect(hl7Keys('OBX|1|TX|56888-1^HIV 1+2 Ab^LN||NON-REACTIVE||NON-REACTIVE|N|||F')).toHaveLength(1);
  });
});

describe('mend13: two name columns', () => {
  it('the longest cell the catalog knows names the row, not the abbreviation after it', () => {
    const key = (row: string) => codedWithRangeText(['| Parameter | Test Name | Result | Unit | Reference Range |', '|---|---|---|---|---|', row].join('\n'))[0]?.[0];
    expect(key('| Freies T4 | T4 | 15 | pmol/L | 12 - 22 |')).toBe('free-t4');
    expect(key('| LDL-Cholesterin | Chol | 3.1 | mmol/L | 0 - 3.0 |')).toBe('ldl-cholesterol');
    expect(key('| Bilirubin direkt | Bili | 0.2 | mg/dL | 0 - 0.3 |')).toBe('direct-bilirubin');
    // Negatives: fixr76's own rows.
    expect(key('| Leukozyten | Lc | 18.9 | G/L | 3.00 - 10.5 |')).toBe('white-blood-cell-count');
  });
});

describe('mend13: an unknown name with its unit in its range\'s brackets is not read', () => {
  it('a repeat\'s, a previous result\'s, a dialysate\'s, a water test\'s line is no result', () => {
    expect(resultsOf('Repeat 5.9 (3.5 - 5.1 mmol/L)')).toEqual([]);
    expect(resultsOf('Previous 4.8 (3.5 - 5.1 mmol/L)')).toEqual([]);
    expect(resultsOf('Dialysate potassium 2 (1 - 4 mmol/L)')).toEqual([]);
    expect(resultsOf('Hardness 180 (60 - 120 mg/L)')).toEqual([]);
  });
});
