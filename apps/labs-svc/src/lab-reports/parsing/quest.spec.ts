import { coded, opts, rowsOf } from '../../testing/reader.js';
import { parseReferenceRange } from './reference-range.js';
import { parseTextReport } from './text-report.parser.js';

/*
 * (quest) Quest Diagnostics' patient reports (the PDF's text, as MyQuest prints them): a row's unit printed only on the
 * `Reference Range:` line under its value; interpretation lines under a row (`Optimal:  > or = 30 ng/mL`) and the
 * lower-case rest of a comment's sentence (`factor, treating to a non-HDL-C goal of <100 mg/dL`), never rows; the
 * last page's footer (`EXAMPLE, MARCUS T - 00417733   Page 2 - End of Report`), never a row; and the performing
 * site's code after a row's range (`Z4M`) with no header over it. Every expected row is written from the printed
 * lines, as a clinician reads them: [biomarker or ?name, value, unit, low, high, flag].
 */

describe('quest: the unit a `Reference Range:` line prints under a row printed without one', () => {
  it('is the row\'s unit', () => {
    expect(coded('Ferritin                                   41\n   Reference Range: 16-232 ng/mL'))
      .toEqual([['ferritin', 41, 'ng/mL', 16, 232, 'normal']]);
    expect(coded('Cholesterol, Total                         212 H\n   Reference Range: <200 mg/dL'))
      .toEqual([['total-cholesterol', 212, 'mg/dL', null, 200, 'high']]);
    expect(coded('HDL Cholesterol                            58\n   Reference Range: > OR = 50 mg/dL'))
      .toEqual([['hdl-cholesterol', 58, 'mg/dL', 50, null, 'normal']]);
    expect(coded('Insulin                                    7.1\n   Reference Range: <18.4 uIU/mL'))
      .toEqual([['insulin', 7.1, 'u[IU]/mL', null, 18.4, 'normal']]);
    expect(coded('Vitamin B12                                1,247 H\n   Reference Range: 200-1100 pg/mL'))
      .toEqual([['vitamin-b12', 1247, 'pg/mL', 200, 1100, 'high']]);
  });

  it('is the row\'s unit with a note after it (`(calc)`), and where the line prints the unit alone', () => {
    expect(coded('Non HDL Cholesterol                        154 H\n   Reference Range: <130 mg/dL (calc)'))
      .toEqual([['non-hdl-cholesterol', 154, 'mg/dL', null, 130, 'high']]);
    expect(coded('LDL-Cholesterol                            129 H\n   Reference Range: mg/dL (calc)'))
      .toEqual([['ldl-cholesterol', 129, 'mg/dL', null, null, 'high']]);
    expect(coded('HS CRP                                     0.6\n   Reference Range: mg/L'))
      .toEqual([['hs-crp', 0.6, 'mg/L', null, null, null]]);
  });

  it('is each row\'s own, one range line under each', () => {
    expect(coded('Testosterone, Total                        34\n   Reference Range: 2-45 ng/dL\nTestosterone, Free                         3.1\n   Reference Range: 0.2-5.0 pg/mL'))
      .toEqual([['testosterone', 34, 'ng/dL', 2, 45, 'normal'], ['testosterone-free', 3.1, 'pg/mL', 0.2, 5, 'normal']]);
  });

  it('leaves a row with its own unit as it was (the same unit on the range line, or another)', () => {
    expect(coded('Ferritin  41  ng/mL\n   Reference Range: 16-232 ng/mL')).toEqual([['ferritin', 41, 'ng/mL', 16, 232, 'normal']]);
    // A range line in another dimension is not the row's (nor its unit).
    expect(coded('Glucose  95  mg/dL\n   Reference range: 3.9-5.5 mmol/L')).toEqual([['glucose', 95, 'mg/dL', null, null, null]]);
  });

  it('takes no unit from a range line that prints none (`(calc)` is no unit)', () => {
    expect(rowsOf('Chol/HDLC Ratio                            3.7\n   Reference Range: <5.0 (calc)'))
      .toEqual([{ name: 'Chol/HDLC Ratio', value: 3.7, rangeText: '<5.0 (calc)' }]);
  });
});

describe('quest: interpretation lines and comments under a row are no rows', () => {
  it('reads `> or =` as `>=` wherever a range is read', () => {
    expect(parseReferenceRange('> or = 30 ng/mL')).toMatchObject({ low: 30 });
    expect(parseReferenceRange('> or = 30 ng/mL').high).toBeUndefined();
    expect(coded('Vitamin D, 25-OH, Total, IA                38\n   Reference Range: > or = 30 ng/mL'))
      .toEqual([['vitamin-d', 38, 'ng/mL', 30, null, 'normal']]);
  });

  it('makes no row of `Optimal:  > or = 30 ng/mL` under a vitamin D row, which keeps its own range', () => {
    const tiers = '   Vitamin D Status         25-OH Vitamin D:\n   Deficiency:                    <20 ng/mL\n   Insufficiency:             20 - 29 ng/mL\n   Optimal:                 > or = 30 ng/mL';
    expect(coded(`Vitamin D, 25-OH, Total, IA                38\n   Reference Range: 30-100 ng/mL\n${tiers}`))
      .toEqual([['vitamin-d', 38, 'ng/mL', 30, 100, 'normal']]);
    expect(coded('Vitamin D  38  ng/mL  30-100\n   Deficiency:                    <20 ng/mL\n   Insufficiency:             20 - 29 ng/mL\n   Optimal:                 > or = 30 ng/mL'))
      .toEqual([['vitamin-d', 38, 'ng/mL', 30, 100, 'normal']]);
    expect(coded('Vitamin D  38  ng/mL  30-100\n   Optimal:                 > or = 30 ng/mL')).toEqual([['vitamin-d', 38, 'ng/mL', 30, 100, 'normal']]);
  });

  it('makes no row of the lower-case rest of a sentence under a line left unread', () => {
    const text = [
      'Non HDL Cholesterol                        154 H',
      '   Reference Range: <130 mg/dL (calc)',
      '   For patients with diabetes plus 1 major ASCVD risk',
      '   factor, treating to a non-HDL-C goal of <100 mg/dL',
      '   (LDL-C of <70 mg/dL) is considered a therapeutic option.',
    ].join('\n');
    expect(coded(text)).toEqual([['non-hdl-cholesterol', 154, 'mg/dL', null, 130, 'high']]);
  });

  it('still reads a row in lower case under a line of words, and one under a line left unread that the catalog knows', () => {
    expect(coded('Some comment about the sample drawn fasting\nhs-CRP  0.6  mg/L  <1.0')).toEqual([['hs-crp', 0.6, 'mg/L', null, 1, 'normal']]);
    expect(coded('For patients with 2 risk factors see below\neGFR  95  mL/min/1.73m2  >59'))
      .toEqual([['egfr', 95, 'mL/min/{1.73_m2}', 59, null, 'normal']]);
  });
});

describe('quest: a page footer with the patient\'s name and id is no row', () => {
  it('reads no row of `NAME - id   Page 2 - End of Report`', () => {
    expect(coded('Test Name                                  In Range       Out Of Range      Reference Range             Lab\nPROLACTIN                                   8.4                             2.0-18.0 ng/mL              Z4M\nEXAMPLE, MARCUS T - 00417733                                                          Page 2 - End of Report'))
      .toEqual([['prolactin', 8.4, 'ng/mL', 2, 18, 'normal']]);
    expect(coded('Ferritin  41  ng/mL  16-232\n\nEXAMPLE, MARCUS T - 00417733      Page 2 - End of Report')).toEqual([['ferritin', 41, 'ng/mL', 16, 232, 'normal']]);
  });

  // (A negative test: main read no row of these either; what changed is the warning, tested below.)
  it('reads no row of `Page 1 - Continued on Page 2` or `Page 1 of 2` after a name and id', () => {
    expect(coded('Ferritin  41  ng/mL  16-232\nEXAMPLE, MARCUS T - 00417733      Page 1 - Continued on Page 2\nSodium  140  mmol/L  135-145'))
      .toEqual([['ferritin', 41, 'ng/mL', 16, 232, 'normal'], ['sodium', 140, 'mmol/L', 135, 145, 'normal']]);
    expect(coded('Ferritin  41  ng/mL  16-232\nEXAMPLE, MARCUS T - 00417733      Page 1 of 2')).toEqual([['ferritin', 41, 'ng/mL', 16, 232, 'normal']]);
  });

  it('warns of no unread line for such a footer: it is the page\'s, as `Page 1 of 2` alone is', () => {
    const warned = (text: string) => parseTextReport(text, opts).warnings.map((w) => w.code);
    expect(warned('Ferritin  41  ng/mL  16-232\nEXAMPLE, MARCUS T - 00417733      Page 1 - Continued on Page 2')).toEqual([]);
    expect(warned('Ferritin  41  ng/mL  16-232\nEXAMPLE, MARCUS T - 00417733 Page 2 - End of Report')).toEqual([]);
    expect(warned('Ferritin  41  ng/mL  16-232\nEXAMPLE, MARCUS T - 00417733      Page 1 of 2')).toEqual([]);
    expect(warned('Ferritin  41  ng/mL  16-232\nPage 2 - End of Report')).toEqual([]);
  });

  it('leaves a name line without a page phrase, and a page mark alone, as they were', () => {
    expect(coded('SMITH, JOHN A\nFerritin  41  ng/mL  16-232')).toEqual([['ferritin', 41, 'ng/mL', 16, 232, 'normal']]);
    expect(coded('Glucose  95  mg/dL  70-99\nPage 2\nSodium  140  mmol/L  135-145'))
      .toEqual([['glucose', 95, 'mg/dL', 70, 99, 'normal'], ['sodium', 140, 'mmol/L', 135, 145, 'normal']]);
  });
});

describe('quest: a performing site\'s code after a row\'s range, with no header', () => {
  it('is no part of the row', () => {
    expect(coded('LH   0.2 L   1.5-9.3 mIU/mL   Z4M')).toEqual([['luteinizing-hormone', 0.2, 'm[IU]/mL', 1.5, 9.3, 'low']]);
    expect(coded('Prolactin   8.4   2.0-18.0 ng/mL   Z4M')).toEqual([['prolactin', 8.4, 'ng/mL', 2, 18, 'normal']]);
    expect(coded('LH   0.2 L   1.5-9.3 mIU/mL   Z4M\nEXAMPLE, MARCUS T - 00417733      Page 2 - End of Report\nCLIENT SERVICES: 866.697.8378      SPECIMEN: QD418820E     PAGE 2 OF 2'))
      .toEqual([['luteinizing-hormone', 0.2, 'm[IU]/mL', 1.5, 9.3, 'low']]);
  });

  it('leaves a unit after the range a unit (another unit of the row\'s)', () => {
    expect(coded('TSH 5.5 uIU/mL 0.4-4.0 mIU/L')).toEqual([['thyroid-stimulating-hormone', 5.5, 'u[IU]/mL', 0.4, 4, 'high']]);
    expect(coded('Sodium  140  135-145  mmol/L  EZ')).toEqual([['sodium', 140, 'mmol/L', 135, 145, 'normal']]);
  });
});

describe('quest review: the lower-case rest of a sentence is the only line under an unread line it drops', () => {
  const panel = ['omega-3 index          6.8 %        >8.0', 'ldl particle number    1450 nmol/L  <1000', 'vitamin k2             0.9 ng/mL    0.2-3.2'];
  const read = [['omega-3-index', 6.8, '%', 8, null, 'low'], ['ldl-particle-number', 1450, 'nmol/L', null, 1000, 'high'], ['?vitamin k2', 0.9, 'ng/mL', 0.2, 3.2, 'normal']];

  it('reads lower-case rows printed in columns under a line left unread', () => {
    for (const over of ['OMEGA-3 PANEL 4 MARKERS', 'For patients with diabetes plus 1 major ASCVD risk', 'Specimen received 2 hours after draw at room temp', '** 2 results outside range **']) {
      expect(coded([over, ...panel].join('\n'))).toEqual(read);
    }
  });

  it('drops no second line after the rest of a sentence', () => {
    const text = ['For patients with diabetes plus 1 major ASCVD risk', 'factor, treating to a non-HDL-C goal of <100 mg/dL', 'vitamin k2             0.9 ng/mL    0.2-3.2'].join('\n');
    expect(coded(text)).toEqual([['?vitamin k2', 0.9, 'ng/mL', 0.2, 3.2, 'normal']]);
  });

  it('does not take a line under a sentence that ended in a full stop as its rest', () => {
    expect(coded('Specimen received 2 hours after draw at room temp.\nvitamin k2 0.9 ng/mL')).toEqual([['?vitamin k2', 0.9, 'ng/mL', null, null, null]]);
  });
});

describe('quest review: a range line in a unit the row above is not measured in', () => {
  it('is the next row\'s, and the row above keeps its name and unit', () => {
    expect(coded('INR                    1.1\nRange: 11.0-13.5 s\nProthrombin Time       12.4 s'))
      .toEqual([['inr', 1.1, '{ratio}', null, null, null], ['prothrombin-time', 12.4, 's', 11, 13.5, 'normal']]);
    expect(coded('Hematocrit             42\nRange: 13.5-17.5 g/dL\nHemoglobin             14.8 g/dL'))
      .toEqual([['hematocrit', 42, null, null, null, null], ['hemoglobin', 14.8, 'g/dL', 13.5, 17.5, 'normal']]);
  });

  it('gives no unit to a value far off its scale (95 against 3.9-5.5 mmol/L)', () => {
    expect(coded('Glucose                95\n   Reference range: 3.9-5.5 mmol/L')[0]![2]).not.toBe('mmol/L');
  });
});

describe('quest review: a page mark after a row', () => {
  it('leaves a line whose row before it reads as none warned of, as any such line', () => {
    const warned = (text: string) => parseTextReport(text, opts).warnings.map((w) => w.code);
    expect(warned('Glucose 95 mg/dL 65-99\nSodium ?? 135-145 see note Page 1 of 2')).not.toEqual([]);
  });

  it('is dropped, and the row read', () => {
    expect(coded('Glucose 95 mg/dL 65-99 Page 1 of 2\nSodium 140 mmol/L 135-145\nPotassium 4.2 mmol/L 3.5-5.1 Page 2 - Continued on Page 3'))
      .toEqual([['glucose', 95, 'mg/dL', 65, 99, 'normal'], ['sodium', 140, 'mmol/L', 135, 145, 'normal'], ['potassium', 4.2, 'mmol/L', 3.5, 5.1, 'normal']]);
  });
});

describe('quest review: the unit of a range line', () => {
  it('is read stuck to its bound, and before words about it', () => {
    expect(coded('Ferritin                                   41\n   Reference Range: 16-232ng/mL')).toEqual([['ferritin', 41, 'ng/mL', 16, 232, 'normal']]);
    expect(coded('Triglycerides                              88\n   Reference Range: <150mg/dL')).toEqual([['triglycerides', 88, 'mg/dL', null, 150, 'normal']]);
    // (Its bound is not read yet: `<5.7 % of total Hgb` is no range parseReferenceRange reads; the unit is.)
    expect(coded('Hemoglobin A1c                             5.4\n   Reference Range: <5.7 % of total Hgb')[0]!.slice(0, 3)).toEqual(['hemoglobin-a1c', 5.4, '%']);
  });

  it('is not a site code after a range with no unit', () => {
    expect(coded('Chol/HDLC Ratio   3.7   <5.0   Z4M')).toEqual([['cholesterol-hdl-ratio', 3.7, '{ratio}', null, 5, 'normal']]);
  });
});

describe('quest review: a range line in a unit of the urine test of the name', () => {
  it('is the row\'s under a urinalysis (`WBC  3` / `< OR = 5 /HPF`)', () => {
    expect(coded('URINALYSIS, COMPLETE\nWBC                                        3\n   Reference Range: < OR = 5 /HPF'))
      .toEqual([['leukocytes-in-urine', 3, '/[HPF]', null, 5, 'normal']]);
  });
});
