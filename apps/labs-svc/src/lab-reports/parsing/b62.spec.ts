import { resultsOf } from '../../testing/reader.js';

/*
 * (b62) Batch 62's layouts: a Vietnamese EMR's result records as a JavaScript object, its names a Vietnamese
 * phrase joined by a hyphen to the analyser's code; a Vietnamese result slip's Markdown table (Vietnamese headers, the
 * range in parentheses with the unit after it, `Cholesterol TP`); a chatbot's numbered list with `Result:` after the
 * name; a Japanese check-up's `血清クレアチニン`. Every expected row is written from the printed (made-up) lines.
 */

const lines = (...l: string[]) => l.join('\n');
/** [biomarker or ?name, value, unit, range text, flag] of each coded row. */
const short = (text: string) => resultsOf(text).map((c) => [c.biomarker?.key ?? `?${c.name}`, c.value, c.unit ?? null, c.range.text ?? null, c.flag ?? null]);

describe('b62: a name in the report\'s language joined to the analyser\'s code', () => {
  it('the code read where the name as printed is unknown (`Số lượng bạch cầu-WBC*`, `%Bạch cầu lympho-LY%`, `…-RDW-CV*`)', () => {
    expect(short(lines(
      'Số lượng bạch cầu-WBC*  13.2  G/L  4.0 - 10.0',
      '%Bạch cầu lympho-LY%  11.4  %  16.8 - 45.3',
      'Phân bố kích thước hồng cầu-RDW-CV*  12.4  %  11.8 - 13.4',
    ))).toEqual([
      ['white-blood-cell-count', 13.2, '10*9/L', '4.0 - 10.0', 'high'],
      ['lymphocytes', 11.4, '%', '16.8 - 45.3', 'low'],
      ['red-cell-distribution-width', 12.4, '%', '11.8 - 13.4', 'normal'],
    ]);
  });

  it('a code the catalog does not read, or one in lower case, leaves the name unknown', () => {
    const rows = short(lines(
      'Số lượng hồng cầu có nhân-NRBC#  0.01  G/L  0.0 - 0.02',
      'Số lượng bạch cầu-wbc  13.2  G/L  4.0 - 10.0',
    ));
    expect(rows.map((r) => r[0])).toEqual(['?Số lượng hồng cầu có nhân-NRBC#', '?Số lượng bạch cầu-wbc']);
  });

  it('an English name under a heading line stays as read: the code after a hyphen is read only after words beyond ASCII', () => {
    expect(short(lines('Inflammation', '  hs-CRP                  0.3 mg/L      In range      (< 1.0 mg/L)')).map((r) => r[0])).toEqual(['hs-crp']);
    expect(short(lines('Some comment about the sample drawn fasting', 'hs-CRP  0.6  mg/L  <1.0')).map((r) => r[0])).toEqual(['hs-crp']);
  });

  it('two-letter analyser codes with their sign (`NE#`, `LY%`, `MO#`, `BA%`) are the differential\'s; without the sign no name', () => {
    expect(short(lines('NE#  10.7  G/L  1.7 - 7.5', 'MO#  0.9  G/L  0.3 - 0.9', 'BA%  0.2  %  0.3 - 1.2')).map((r) => r[0]))
      .toEqual(['neutrophils-absolute', 'monocytes-absolute', 'basophils']);
    expect(short('BA  0.2  %  0.3 - 1.2').map((r) => r[0])).not.toContain('basophils');
  });
});

describe('b62: a Vietnamese result slip', () => {
  it('Vietnamese headers; the range in parentheses with its unit after it; `TP` (toàn phần) and `liên hợp` after the noun', () => {
    expect(short(lines(
      '| Tên xét nghiệm | Kết quả | Khoảng tham chiếu | QT/PPXN |',
      '| --- | --- | --- | --- |',
      '| SGPT (ALT) | 17.8 | (<41) U/L | SHLS/DTN/03 (SH) |',
      '| Cholesterol TP | 4.63 | (3.85 - 5.87) mmol/L | SHLS/DTN/10 (SH) |',
      '| Bilirubin Liên hợp | 1.94 | (<3.40) µmol/L | SHLS/DTN/05 (SH) |',
    ))).toEqual([
      ['alanine-aminotransferase', 17.8, 'U/L', '<41', 'normal'],
      ['total-cholesterol', 4.63, 'mmol/L', '3.85 - 5.87', 'normal'],
      ['direct-bilirubin', 1.94, 'umol/L', '<3.40', 'normal'],
    ]);
  });

  it('`Đơn vị` heads the unit column, `Trị số bình thường` the range\'s', () => {
    expect(short(lines(
      '| Chỉ số | Kết quả | Đơn vị | Trị số bình thường |',
      '| --- | --- | --- | --- |',
      '| Glucose | 5.12 | mmol/L | 4.1 - 5.9 |',
      '| Natri | 138.7 | mmol/L | 135 - 145 |',
    ))).toEqual([
      ['glucose', 5.12, 'mmol/L', '4.1 - 5.9', 'normal'],
      ['sodium', 138.7, 'mmol/L', '135 - 145', 'normal'],
    ]);
  });

  it('a parenthesis then a word that is no unit stays as printed', () => {
    const rows = short(lines('| Test | Result | Reference |', '| --- | --- | --- |', '| Glucose | 5.1 | (3.9 - 6.4) fasting |'));
    expect(rows[0]?.[3]).not.toBe('3.9 - 6.4');
  });

  it('`máu` (blood) after a name is the specimen; `Âm tính` an answer of absence', () => {
    expect(short("var d = { Datas: [{ TestName: 'Lipase máu*', Result: '28.9', NormalRange: '< 60.0', Unit: 'U/L' }, { TestName: 'SARS-CoV-2', Result: 'Âm tính', NormalRange: 'Âm tính', Unit: null }] };"))
      .toEqual([
        ['lipase', 28.9, 'U/L', '< 60.0', 'normal'],
        ['sars-cov-2-test', null, null, 'Âm tính', 'normal'],
      ]);
  });
});

describe('b62: a chatbot\'s list with a value label after the name', () => {
  it('`**Name:** Result: value unit, Reference Value: range`: the label is no part of the name; `6.1%,` a percentage', () => {
    expect(short(lines(
      '1. **Glike Hemoglobin (Hb A1c):** Result: 6.1%, Reference Value: 4 - 5.6%',
      '   - Indicates Prediabetes (Normal: < 5.7%, Prediabetes: 5.7-6.4%, Diabetes: > 6.4%)',
      '',
      '2. **Kolesterol:** Result: 262 mg/dL, Reference Value: < 200 mg/dL',
    ))).toEqual([
      ['hemoglobin-a1c', 6.1, '%', '4 - 5.6', 'high'],
      ['total-cholesterol', 262, 'mg/dL', '< 200', 'high'],
    ]);
  });

  it('a label with no number after it, or a line of the label alone, is read as before', () => {
    expect(short('Kolesterol: Result: pending')).toEqual([]);
    expect(short('Hematocrit 40%, 36 - 46')).toEqual([['hematocrit', 40, '%', '36 - 46', 'normal']]);
  });
});

describe('b62: a Japanese check-up', () => {
  it('血清 (serum) before a name the reader knows (`血清クレアチニン`)', () => {
    expect(short('血清クレアチニン  0.92  mg/dL').map((r) => r[0])).toEqual(['creatinine']);
  });
});

describe('b62 review: the words before the hyphen decide whether the code is read alone', () => {
  it('a urine word among them: the urine\'s test when the catalog has one (`…nước tiểu-GLU`, `İdrar…-GLU`), else unknown', () => {
    expect(short(lines(
      'Glucose trong nước tiểu-GLU  Âm tính  Âm tính',
      'Độ pH nước tiểu-PH  5.5  5.0 - 8.0',
      'Hồng cầu trong nước tiểu-ERY  Âm tính  Âm tính',
      'İdrar glukozu-GLU  Negatif  Negatif',
    )).map((r) => r[0])).toEqual(['glucose-in-urine', 'urine-ph', 'erythrocytes-in-urine', 'glucose-in-urine']);
    expect(short(lines(
      'Kreatinin w moczu-CREA  9.1  mmol/L',
      'Créatinine des urines-CREA  7.9  mmol/L',
      'Glucosa en líquido cefalorraquídeo-GLU  3.2  mmol/L  2.2 - 3.9',
    )).map((r) => r[0])).toEqual(['?Kreatinin w moczu-CREA', '?Créatinine des urines-CREA', '?Glucosa en líquido cefalorraquídeo-GLU']);
  });

  it('a modifier against the code (`Free-`, `Pro-`, `hs-`, `Anti-`, `anty-`) or an antibody, ionised or free word among them: not the code alone', () => {
    expect(short(lines(
      'Hàm lượng Free-T4  15.3  pmol/L  12 - 22',
      'Hàm lượng Pro-BNP  85  pg/mL  < 125',
      'Hàm lượng hs-CRP  0.8  mg/L  < 1.0',
      'Hàm lượng Free-PSA  0.3  ng/mL',
      'Kháng thể kháng Anti-TG  20  IU/mL  < 115',
      'Антитела к ТГ-TG  20  МЕ/мл  0 - 115',
      'Protilátky proti tyreoglobulinu-TG  40  kIU/l  0 - 115',
      'Przeciwciała przeciw tyreoglobulinie anty-TG  30  IU/ml  < 115',
      'Canxi ion hoá-CA  1.18  mmol/L  1.12 - 1.32',
      'Wapń zjonizowany-CA  1.2  mmol/l  1.15 - 1.35',
    )).map((r) => r[0])).toEqual([
      '?Hàm lượng Free-T4', '?Hàm lượng Pro-BNP', '?Hàm lượng hs-CRP', '?Hàm lượng Free-PSA', '?Kháng thể kháng Anti-TG',
      '?Антитела к ТГ-TG', '?Protilátky proti tyreoglobulinu-TG', '?Przeciwciała przeciw tyreoglobulinie anty-TG', '?Canxi ion hoá-CA',
      '?Wapń zjonizowany-CA',
    ]);
  });

  it('the local name\'s own word against the code, a blood word or a free word with a free code, still reads the code', () => {
    expect(short(lines(
      'Thời gian Prothrombin-PT  13.1  s  10.0 - 14.0',
      'Tyroxin volný-FT4  16.2  pmol/l  12 - 22',
      'Đường huyết máu-GLU  5.6  mmol/L  3.9 - 6.4',
      'Celková kyselina močová-UA  380  µmol/l  202 - 417',
      'Định lượng Free-T4  15.3  pmol/L  12 - 22',
    )).map((r) => r[0])).toEqual(['prothrombin-time', 'free-t4', 'glucose', 'uric-acid', 'free-t4']);
  });
});

describe('b62 review: Vietnamese answers and labels', () => {
  it('a conclusion\'s or a result\'s label answered in words is no row (`Kết luận: Âm tính`, as `Conclusion: Negative`)', () => {
    expect(short(lines('Kết luận: Âm tính', 'Kết quả: Dương tính', 'Nhận xét: Dương tính'))).toEqual([]);
    expect(short('HBsAg: Dương tính').map((r) => r[0])).toEqual(['hepatitis-b-surface-antigen']);
  });

  it('`Âm tính` / `Dương tính` against a range `Âm tính`: normal and abnormal, as `Negative` / `Positive`', () => {
    expect(short(lines(
      '| Xét nghiệm | Kết quả | Giá trị tham chiếu |',
      '| --- | --- | --- |',
      '| Anti-HIV | Âm tính | Âm tính |',
      '| Anti-HCV | DƯƠNG TÍNH | Âm tính |',
    )).map((r) => [r[0], r[4]])).toEqual([['hiv-1-antibody', 'normal'], ['hepatitis-c-antibody', 'abnormal']]);
  });

  it('`TPHA`, `TPPA` (the haemagglutination and particle agglutination assays of Treponema pallidum antibody) are that antibody', () => {
    expect(short(lines(
      '| Xét nghiệm | Kết quả | Giá trị tham chiếu |',
      '| --- | --- | --- |',
      '| TPPA | Dương tính | Âm tính |',
      '| TPHA | Âm tính | Âm tính |',
    )).map((r) => [r[0], r[4]])).toEqual([['treponema-pallidum-antibody', 'abnormal'], ['treponema-pallidum-antibody', 'normal']]);
  });

  it('a value label in bold (`**Result:**`) or Vietnamese (`Kết quả:`) after the name\'s colon', () => {
    expect(short(lines(
      '3. **Ferritin:** **Result:** 45 ng/mL, **Reference Value:** 30 - 400 ng/mL',
      '- Creatinin: Kết quả: 95 µmol/L (Tham chiếu: 62 - 106)',
    ))).toEqual([
      ['ferritin', 45, 'ng/mL', '30 - 400', 'normal'],
      ['creatinine', 95, 'umol/L', '62 - 106', 'normal'],
    ]);
    expect(short('3. **Ferritin:** **Result:** pending')).toEqual([]);
  });
});
