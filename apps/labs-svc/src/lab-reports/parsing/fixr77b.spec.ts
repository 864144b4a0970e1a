import { catalog, coded, codedWithRangeText, hl7Results, opts } from '../../testing/reader.js';
import { parseReferenceRange } from './reference-range.js';

/*
 * (fixr77b) Shapes the probe sets rev73, rev76 and rev77 left: a high-sensitivity troponin I, a LOINC short name with a
 * challenge's timing, a culture sent as `SEE NOTE` with its result in the NTEs, an unknown ratio printed without a
 * unit, an optimal range's label before the row's only range, tier lists whose bounds carry `%` or whose label
 * follows a colon. Every line is made up in the shape printed.
 */

const lines = (...l: string[]) => l.join('\n');
/** [key, value, valueText, unit, range text, flag, comment] of each row an HL7 message reads. */
const hl7 = (...segments: string[]) => hl7Results(...segments)
  .map((r) => [r.biomarker?.key ?? `?${r.name}`, r.value, r.valueText ?? null, r.unit ?? null, r.range.text ?? null, r.flag ?? null, r.comment ?? null]);

describe('fixr77b: a high-sensitivity troponin I is the catalog\'s troponin I', () => {
  it('the sensitivity word after a comma, before the name or after it', () => {
    expect(catalog.match('Troponin I, high sensitivity')?.key).toBe('troponin-i');
    expect(catalog.match('Troponin I, highly sensitive')?.key).toBe('troponin-i');
    expect(catalog.match('Troponin I HS')?.key).toBe('troponin-i');
    expect(coded('Troponin I, high sensitivity   12   ng/L   <16')).toEqual([['troponin-i', 12, 'ng/L', null, 16, 'normal']]);
  });

  it('negatives: troponin T stays troponin T; an analyte with no sensitive assay stays unknown', () => {
    expect(catalog.match('Troponin T, high sensitivity')?.key).toBe('troponin-t');
    expect(catalog.match('Glucose, ultrasensitive')).toBeUndefined();
    expect(catalog.match('Ferritin, high sensitivity')).toBeUndefined();
  });
});

describe('fixr77b: a LOINC short name with a challenge\'s timing names its analyte', () => {
  it('`Glucose 2h p 75 g Glc PO SerPl-mCnc`, `Glucose p fast SerPl-mCnc`: the glucose', () => {
    expect(catalog.match('Glucose 2h p 75 g Glc PO SerPl-mCnc')?.key).toBe('glucose');
    expect(catalog.match('Glucose 3h p 100 g Glc PO SerPl-mCnc')?.key).toBe('glucose');
    expect(catalog.match('Glucose p fast SerPl-mCnc')?.key).toBe('glucose');
    expect(catalog.match('Cortisol 1h p ACTH SerPl-mCnc')?.key).toBe('cortisol');
  });

  it('an HL7 OBX under such a name and a LOINC code the catalog does not map reads the analyte', () => {
    expect(hl7('OBX|1|NM|1518-0^Glucose 2h p 75 g Glc PO SerPl-mCnc^LN^9911^GTT 2 HOUR^L||152|mg/dL|<140|H|||F')).toEqual([
      ['glucose', 152, null, 'mg/dL', '<140', 'high', null],
    ]);
  });

  it('negatives: a short name without its system, a ratio of parts and a name with a value after it are as before', () => {
    expect(catalog.match('Glucose 2h p 75 g Glc PO')).toBeUndefined();
    expect(catalog.match('CK MB SerPl-Rto')).toBeUndefined();
    expect(catalog.match('Glucose SerPl-mCnc')?.key).toBe('glucose');
    expect(catalog.match('Glucose p SerPl-mCnc')).toBeUndefined();
  });
});

describe('fixr77b: an HL7 result sent as a pointer to its notes', () => {
  it('`SEE NOTE` with NTE lines under it: the row, its answer in the comment', () => {
    expect(hl7('OBX|1|TX|600-7^Bacteria Bld Cult^LN^7701^BLOOD CULTURE^L||SEE NOTE||||||F', 'NTE|1||', 'NTE|2||Result: No growth after 5 days.')).toEqual([
      ['?Bacteria Bld Cult', null, 'SEE NOTE', null, null, null, 'Result: No growth after 5 days.'],
    ]);
    expect(hl7('OBX|1|ST|630-4^Bacteria Ur Cult^LN||See comment||||||F', 'NTE|1||Mixed growth, probable contamination.')).toEqual([
      ['?Bacteria Ur Cult', null, 'See comment', null, null, null, 'Mixed growth, probable contamination.'],
    ]);
  });

  it('negatives: without notes under it, pending or cancelled, or a comment OBX, no row', () => {
    expect(hl7('OBX|1|TX|600-7^Bacteria Bld Cult^LN||SEE NOTE||||||F', 'OBX|2|NM|2345-7^Glucose^LN||95|mg/dL|70-99|N|||F').map((r) => r[0])).toEqual(['glucose']);
    expect(hl7('OBX|1|TX|600-7^Bacteria Bld Cult^LN||SEE NOTE||||||F', 'NTE|1||')).toEqual([]);
    expect(hl7('OBX|1|ST|2345-7^Glucose^LN||PENDING||||||F', 'NTE|1||Sample received late.')).toEqual([]);
    expect(hl7('OBX|1|ST|2345-7^Glucose^LN||CANCELLED||||||F', 'NTE|1||Haemolysed sample, please repeat.')).toEqual([]);
  });
});

describe('fixr77b: an unknown ratio printed without a unit', () => {
  it('is in the ratio\'s unit, as the catalog\'s ratios are', () => {
    expect(coded(lines('Test  Result  Units  Reference', 'dRVVT Ratio   1.45        (0.80-1.20)   H'))).toEqual([['?dRVVT Ratio', 1.45, '{ratio}', 0.8, 1.2, 'high']]);
    expect(hl7('OBX|1|NM|PTR^Prothrombin Ratio^L||1.1||0.9-1.2|N|||F').map((r) => r[3])).toEqual(['{ratio}']);
  });

  it('negatives: a ratio with its unit printed, an unknown name that is no ratio, a word answer', () => {
    expect(coded('Urine protein/creatinine ratio 32 mg/mmol <15')[0]?.[2]).toBe('mg/mmol');
    expect(coded(lines('Test  Result  Units  Reference', 'Factor VIII activity   85        (50-150)'))[0]?.[2]).toBeNull();
    expect(hl7('OBX|1|ST|LAR^Lupus anticoagulant ratio^L||Negative||Negative|N|||F').map((r) => r[3])).toEqual([null]);
  });
});

describe('fixr77b: an optimal range\'s label before the row\'s only range', () => {
  it('`Optimized 30-100`, `Optimum 30-100`: the row\'s range, as `Optimal 30-100` is', () => {
    expect(coded('Vitamin D 41 ng/mL Optimized 30-100')).toEqual([['vitamin-d', 41, 'ng/mL', 30, 100, 'normal']]);
    expect(coded('25-OH Vitamin D 22 ng/mL Optimised 30-100')).toEqual([['vitamin-d', 22, 'ng/mL', 30, 100, 'low']]);
    expect(coded('Ferritin 120 ng/mL Optimum 50-150')).toEqual([['ferritin', 120, 'ng/mL', 50, 150, 'normal']]);
    expect(coded(lines('Test          Result   Unit     Reference', 'Vitamin B12   640      pg/mL    Optimized 400-900'))).toEqual([['vitamin-b12', 640, 'pg/mL', 400, 900, 'normal']]);
  });

  it('negatives: beside the laboratory\'s range the optimal one is a comment; `Optimal` as before', () => {
    expect(codedWithRangeText('Glucose 101 mg/dL Optimized: 72-86 Standard: 65-99')).toEqual([['glucose', 101, 'mg/dL', '65-99', 65, 99, 'high']]);
    expect(coded('Vitamin D 41 ng/mL Optimal 30-100')).toEqual([['vitamin-d', 41, 'ng/mL', 30, 100, 'normal']]);
  });
});

describe('fixr77b: a tier list in the range column', () => {
  it('a bound with a tier\'s label after a colon is that tier\'s, no bound of the reference', () => {
    // (mend18, review cr12) `<1 : Low risk` alone is the healthy tier's line, a row's only range: its bounds kept (mend18.spec.ts).
    expect(parseReferenceRange('>3 : High risk')).toEqual({ text: '>3 : High risk' });
    expect(parseReferenceRange('1 - 3 : Average risk')).toEqual({ text: '1 - 3 : Average risk' });
    expect(parseReferenceRange('>=6.5 : Diabetic')).toEqual({ text: '>=6.5 : Diabetic' });
  });

  it('negatives: a label that names the reference range, or a group, keeps the bounds', () => {
    expect(parseReferenceRange('<200 : Desirable')).toMatchObject({ high: 200 });
    expect(parseReferenceRange('Below 5.7 : Normal')).toMatchObject({ high: 5.7 });
    expect(parseReferenceRange('3.5 - 5.0 : Adults')).toMatchObject({ low: 3.5, high: 5 });
    expect(parseReferenceRange('Normal : <1')).toMatchObject({ high: 1 });
  });

  it('tier lines whose bounds each carry `%` go on the row\'s range under a fixed-width header', () => {
    const report = lines(
      ' INVESTIGATION              METHOD        VALUE      UNITS      REFERENCE',
      '',
      ' GLYCOSYLATED HB (A1C)      HPLC          5.9        %          Below 5.7% : Normal',
      '                                                                5.7% - 6.4% : Prediabetic',
      '                                                                >=6.5% : Diabetic',
      '',
      ' UREA                       KINETIC       31         mg/dL      15 - 40',
    );
    expect(codedWithRangeText(report)).toEqual([
      ['hemoglobin-a1c', 5.9, '%', 'Below 5.7% : Normal 5.7% - 6.4% : Prediabetic >=6.5% : Diabetic', null, null, null],
      ['urea', 31, 'mg/dL', '15 - 40', 15, 40, 'normal'],
    ]);
    expect(parseReferenceRange('5.7% - 6.4%')).toMatchObject({ low: 5.7, high: 6.4 });
  });

  it('negatives: a percentage on one bound, or a percent and another unit, as before', () => {
    expect(parseReferenceRange('5.7-6.4%')).toMatchObject({ low: 5.7, high: 6.4 });
    expect(parseReferenceRange('50-75% of serum glucose')).toEqual({ text: '50-75% of serum glucose' });
  });
});
