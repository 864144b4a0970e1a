import { overlapOf, sameReport, sameTemplate, sameText, shinglesOf, twins } from '../../../../scripts/split-overlap-score.js';
import { closest, reportsOf } from '../../../../scripts/split-overlap.js';

/*
 * The accuracy corpus's split holds: no report is in both tuning/ and evaluation/ (docs/labs.md, "The split"). The
 * texts are compared as shingles and only opaque ids are printed, so this neither shows nor lists the evaluation set.
 */

const REPORT = [
  'COMPLETE BLOOD COUNT',
  'Haemoglobin            13.1   g/dL      13.0 - 17.0',
  'Total Leucocyte Count  7.40   10^3/uL   4.0 - 10.0',
  'Platelet Count         231    10^3/uL   150 - 410',
  'Mean Corpuscular Volume 88.2  fL        83 - 101',
  'LIVER FUNCTION TEST',
  'Bilirubin Total        0.62   mg/dL     0.3 - 1.2',
  'Alanine Aminotransferase 23   U/L       0 - 50',
  'Aspartate Aminotransferase 19 U/L       0 - 50',
  'Alkaline Phosphatase   81     U/L       30 - 120',
  'Comments: sample received at the collection centre in good condition, processed at the reference laboratory.',
].join('\n');

describe('the accuracy split: the same report in both sets, told from the same printed template', () => {
  it('reads another extraction of one report (other layout, OCR case and spacing) as the same report', () => {
    const ocr = REPORT.toLowerCase().replace(/ {2,}/g, ' | ').replace(/Haemoglobin/i, 'Haemoglobin');
    const o = overlapOf(shinglesOf(REPORT), shinglesOf(ocr));
    expect(sameReport(o)).toBe(true);
  });

  it('reads a part cut out of a report (its blood count alone) as the same report', () => {
    const part = REPORT.split('\n').slice(0, 5).join('\n') + '\nComments: sample received at the collection centre in good condition, processed at the reference laboratory.';
    expect(sameReport(overlapOf(shinglesOf(REPORT), shinglesOf(part)))).toBe(true);
  });

  it('reads the report with every value replaced (as every tuning file\'s are after its first run) as the same text: twins', () => {
    const other = REPORT.replace('13.1', '15.6').replace('7.40', '5.15').replace('231', '388').replace('88.2', '91.0')
      .replace('0.62', '1.05').replace(/ 23 /, ' 41 ').replace(/ 19 /, ' 27 ').replace(/ 81 /, ' 102 ');
    const o = overlapOf(shinglesOf(REPORT), shinglesOf(other));
    expect([sameReport(o), sameText(o), twins(o), sameTemplate(o)]).toEqual([false, true, true, false]);
  });

  it('reads a copy with decimal commas as the same report', () => {
    const o = overlapOf(shinglesOf(REPORT), shinglesOf(REPORT.replace(/(\d)\.(\d)/g, '$1,$2')));
    expect(sameReport(o)).toBe(true);
  });

  it('reads the same laboratory\'s layout over other tests as the same template, no twin', () => {
    const layout = [
      'COMPLETE BLOOD COUNT',
      'Haemoglobin            15.2   g/dL      13.0 - 17.0',
      'Total Leucocyte Count  5.10   10^3/uL   4.0 - 10.0',
      'THYROID PROFILE',
      'Thyroid Stimulating Hormone 2.1 uIU/mL 0.4 - 4.2',
      'Free Thyroxine         1.2    ng/dL     0.9 - 1.7',
      'Total Triiodothyronine 110    ng/dL     80 - 200',
      'LIPID PROFILE',
      'Total Cholesterol      182    mg/dL     0 - 200',
      'HDL Cholesterol        48     mg/dL     40 - 60',
      'Comments: sample received at the collection centre in good condition, processed at the reference laboratory.',
    ].join('\n');
    const o = overlapOf(shinglesOf(REPORT), shinglesOf(layout));
    expect([twins(o), sameTemplate(o)]).toEqual([false, true]);
  });

  it('reads another lab\'s report of the same tests as neither', () => {
    const another = [
      'Patient results - Chemistry',
      'Test            Result  Flag  Units   Reference',
      'ALT (SGPT)      23            U/L     7-56',
      'AST (SGOT)      19            U/L     10-40',
      'ALP             81            U/L     44-147',
      'Bilirubin, Total 0.62         mg/dL   0.1-1.2',
      'Hemoglobin      13.1          g/dL    13.5-17.5',
      'WBC             7.40          K/uL    4.5-11.0',
    ].join('\n');
    const o = overlapOf(shinglesOf(REPORT), shinglesOf(another));
    expect([sameReport(o), sameTemplate(o)]).toEqual([false, false]);
  });

  it('a three-line file of common words is no report\'s twin', () => {
    const o = overlapOf(shinglesOf(REPORT), shinglesOf('Alkaline Phosphatase 81 U/L 30 - 120'));
    expect(sameReport(o)).toBe(false);
  });

  it('no tuning report is the twin of an evaluation report (the same report, or the same text with other values)', () => {
    const root = new URL('./', import.meta.url);
    const evaluation = reportsOf('evaluation', root);
    const found = reportsOf('tuning', root).map((t) => ({ file: t.name, ...closest(t, evaluation) })).filter((c) => twins(c.overlap));
    expect(found.map((t) => `${t.file} = evaluation file ${t.id}`)).toEqual([]);
  });
});
