import { coded } from '../../testing/reader.js';

/*
 * What keyed set 27 (testing/data/keyed-printouts-heldout6) found once it was tuned on, in the twenty-sixth session:
 * each mechanism with a negative. The lines are made up in the shapes the set printed; expected rows are what a reader
 * of the printout takes from it — the test, value, unit, bounds and flag — not the reader's output.
 */

const lines = (...l: string[]) => l.join('\n');

describe('sentence stops: an after-visit summary writes each result as a sentence', () => {
  it('`- Potassium: 3.3 mmol/L (Low). Normal range: 3.5 - 5.1 mmol/L`: the range sentence is the result\'s, the flag printed', () => {
    expect(coded(lines(
      'Lab Results from Today\'s Visit',
      '- Potassium: 3.3 mmol/L (Low). Normal range: 3.5 - 5.1 mmol/L',
      '- Glucose: 84 mg/dL. Normal range: 70 - 99 mg/dL',
      '- Hemoglobin: 10.8 g/dL (Low). Normal range: 11.6 - 15.0 g/dL',
    ))).toEqual([
      ['potassium', 3.3, 'mmol/L', 3.5, 5.1, 'low'],
      ['glucose', 84, 'mg/dL', 70, 99, 'normal'],
      ['hemoglobin', 10.8, 'g/dL', 11.6, 15, 'low'],
    ]);
  });

  it('a flag word and its stop ending the line (`Potassium 3.3 mmol/L Low.`, `(L).`) is the row\'s flag', () => {
    expect(coded('Potassium: 3.3 mmol/L Low.')).toEqual([['potassium', 3.3, 'mmol/L', null, null, 'low']]);
    expect(coded('Potassium 3.3 mmol/L (L).')).toEqual([['potassium', 3.3, 'mmol/L', null, null, 'low']]);
  });

  it('a stop after a word that is no flag leaves the line as printed (a sentence of a comment stays unread)', () => {
    expect(coded('Potassium chloride 20 mEq tablet, take 1 tablet daily.')).toEqual([]);
  });
});

describe('remarks after a result\'s range: a goal or an earlier value, no reason to refuse the sentence', () => {
  it('`– our target for you is under 70`, `; we like to see it under 9`: the lab\'s range is read, the clinic\'s goal is not', () => {
    expect(coded(lines(
      'Your ApoB came back at 112 mg/dL (lab range <90) – our target for you is under 70.',
      'Homocysteine was 13.8 umol/L (lab range 0.0-14.5); we like to see it under 9.',
    ))).toEqual([
      ['apolipoprotein-b', 112, 'mg/dL', null, 90, 'high'],
      ['homocysteine', 13.8, 'umol/L', 0, 14.5, 'normal'],
    ]);
  });

  it('`, better than the 4.1 you had in October`, `, after a value of 245 ng/dL in January`: the earlier value is no row', () => {
    expect(coded(lines(
      'hs-CRP was 2.4 mg/L (lab range 0.0-3.0), better than the 4.1 you had in October.',
      'His total testosterone was 212 ng/dL (reference 264–916), after a value of 245 ng/dL in January.',
    ))).toEqual([
      ['hs-crp', 2.4, 'mg/L', 0, 3, 'normal'],
      ['testosterone', 212, 'ng/dL', 264, 916, 'low'],
    ]);
  });

  it('a remark that names another test with its value is no remark: the sentence is refused as before', () => {
    expect(coded('His total testosterone was 212 ng/dL (reference 264–916), and his LH was 2.1 IU/L last time.')).toEqual([]);
  });

  it('a delta check\'s note under a row (no verb before its value) stays no prose: its repeat of the value is no row', () => {
    expect(coded(lines(
      'Haemoglobin   168     g/L             (130-180)',
      '  Delta check: Hb 168 g/L (previous 146 on 08/07/2025); testosterone therapy noted on the request form.',
    ))).toEqual([['hemoglobin', 168, 'g/L', 130, 180, 'normal']]);
  });
});
