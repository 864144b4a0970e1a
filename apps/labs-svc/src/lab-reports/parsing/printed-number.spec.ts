import { plainNumbers, readPrintedNumber, reportDecimalMark, type NumberContext } from './printed-number.js';

/*
 * What a grouped number means (labsfix, leftover a of issue 9). Expected answers are written from the printed
 * numbers and where they come from: the brief's cases and rows of real reports in the tuning set (file named).
 */

const comma: NumberContext = { decimalMark: ',' };
const count: NumberContext = { countUnit: true };

describe('readPrintedNumber: one mark before three digits, decided by the report, the unit and the range', () => {
  it.each([
    // The brief: a decimal-comma report's `1,025` (a specific gravity, a creatinine) is 1.025, its range's bounds too.
    ['1,025', { ...comma, rangeText: '1,005 - 1,030' }, 1.025],
    ['1,005', { ...comma, rangeText: '1,005 - 1,030' }, 1.005],
    ['1,025', { ...comma, unitless: true }, 1.025],
    // The brief: a count per µL in a decimal-point report (es_inline_biometria_quimica_bullets.txt `Leucocitos: 8,500/μL`).
    ['8,500', count, 8500],
    ['280,000', count, 280000],
    // The brief: a count per µl grouped by points (`Thrombozyten 250.000 /µl 150.000-400.000`), in any report.
    ['250.000', count, 250000],
    ['150.000', { ...comma, ...count, rangeText: '150.000-400.000' }, 150000],
    // A count's groups apart by spaces (`150 000 - 400 000`); not a count: not joined.
    ['150 000', count, 150000],
    ['150 000', {}, null],
    // Nothing known (a token read before the report is): a comma groups thousands (inline_health_dashboard_sample.txt
    // `12,500 /µL (Reference: 4,000-11,000)`), a point is the decimal (labcorp_tests_result_flag.txt `0.450-4.500`).
    ['4,000', {}, 4000],
    ['0.450', {}, 0.45],
    ['4.500', {}, 4.5],
    // A lone zero before the mark: always a decimal (bodylight_czech_virtual_patient_k1.md `0,311`, `[0,117..0,305]`).
    ['0,311', {}, 0.311],
    ['0,117', count, 0.117],
    // Not three digits after the mark, or four before it: a decimal, whatever the report.
    ['13,5', {}, 13.5],
    ['1.25', comma, 1.25],
    ['1234,567', {}, 1234.567],
    // A point in a comma report: thousands in a row with a unit and a range that prints none (`Ferritin 1.234 ng/ml
    // 30-400`), a decimal where the value read so lies in a range printed to hundredths (`TSH 1.234 mU/l 0,27 - 4,20`),
    // where the range prints points (`1.005 - 1.030`) or where the row has no unit (a specific gravity `1.020`).
    ['1.234', { ...comma, rangeText: '30-400', range: { low: 30, high: 400 } }, 1234],
    ['1.234', { ...comma, rangeText: '0,27 - 4,20', range: { low: 0.27, high: 4.2 } }, 1.234],
    ['1.025', { ...comma, rangeText: '1.005 - 1.030' }, 1.025],
    ['1.020', { ...comma, unitless: true }, 1.02],
    // A range of whole numbers or one decimal says nothing in a comma report: German labs group thousands with a point
    // (a review's probes: `CK 30.500 U/l 26 - 192`, `Ferritin 15.400 ng/ml 15 - 150`; `PSA 1.234 ng/ml < 4,0`,
    // `Triglyceride 1.025 mg/dl < 150`).
    ['30.500', { ...comma, rangeText: '26 - 192', range: { low: 26, high: 192 } }, 30500],
    ['15.400', { ...comma, rangeText: '15 - 150', range: { low: 15, high: 150 } }, 15400],
    ['1.234', { ...comma, rangeText: '< 4,0', range: { high: 4 } }, 1234],
    ['1.025', { ...comma, rangeText: '< 150', range: { high: 150 } }, 1025],
    // A comma in a point report groups thousands whatever the range (a review's probes of US and Indian reports: `AST
    // (SGOT) 5,025 U/L 5-40`, `CK, Total 30,500 U/L 30-200`, `Ferritin 1,250 ng/mL 1.0 - 300.0`; `Triglycerides 1,025
    // mg/dL <150`, `CK 1,025 U/L 0-200`, `hCG 1,025 mIU/mL <5`, `Ferritin > 1,500 ng/mL 30-400`, `Ferritin 1,000 ng/mL
    // 1-1,000`); even where a decimal would lie in it (`Creatinine 1,025 mg/dL 0.60-1.20`: the report's convention,
    // and a value a person must look at).
    ['5,025', { rangeText: '5-40', range: { low: 5, high: 40 } }, 5025],
    ['30,500', { rangeText: '30-200', range: { low: 30, high: 200 } }, 30500],
    ['1,250', { rangeText: '1.0 - 300.0', range: { low: 1, high: 300 } }, 1250],
    ['1,025', { rangeText: '<150', range: { high: 150 } }, 1025],
    ['1,025', { rangeText: '0-200', range: { low: 0, high: 200 } }, 1025],
    ['1,025', { rangeText: '<5', range: { high: 5 } }, 1025],
    ['1,500', { rangeText: '30-400', range: { low: 30, high: 400 } }, 1500],
    ['1,000', { rangeText: '1-1,000', range: { low: 1, high: 1000 } }, 1000],
    ['1,025', { rangeText: '0.60-1.20', range: { low: 0.6, high: 1.2 } }, 1025],
    // Groups repeated, or followed by the other mark: thousands in any report.
    ['1.234.567', {}, 1234567],
    ['4.500.000,5', {}, 4500000.5],
    ['4.500,5', {}, 4500.5],
    ['1,234.5', comma, 1234.5],
    ['1,234,567', comma, 1234567],
    // Not a number of digits and marks.
    ['1.234.5', {}, null],
    ['12,3,45', {}, null],
    // Indian lakh grouping (labsleft): pairs of digits before the last three, in any report and any row.
    ['1,50,000', {}, 150000],
    ['1,50,000', comma, 150000],
    ['12,34,567', {}, 1234567],
    ['4,50,000', count, 450000],
  ] as const)('%j in %j → %j', (printed, context, expected) => {
    expect(readPrintedNumber(printed, context as NumberContext)).toBe(expected);
  });

  it('plainNumbers writes each number of a range as read, leaving a leading-zero decimal and two-dot ranges intact', () => {
    expect(plainNumbers('1,005 - 1,030', comma)).toBe('1.005 - 1.03');
    expect(plainNumbers('150 000 - 400 000', count)).toBe('150000 - 400000');
    expect(plainNumbers('4,0..10,0')).toBe('4..10');
    expect(plainNumbers('.67 - 1.17')).toBe('.67 - 1.17');
  });

  it('reportDecimalMark: a comma when two result rows print comma decimals and no number prints a point decimal', () => {
    const rows = ['Hämoglobin  13,5  g/dl  12,0 - 16,0', 'Kreatinin  1,025  mg/dl  0,50 - 1,10'];
    expect(reportDecimalMark(`${rows.join('\n')}\nDatum: 01.03.2025`, rows)).toBe(',');
    expect(reportDecimalMark(rows.join('\n'), rows.slice(0, 1))).toBe('.');
    expect(reportDecimalMark(`${rows.join('\n')}\nTSH  2.45  mU/l`, rows)).toBe('.');
    // A time of day with a point in the letterhead is no decimal (a review's probe: `Probeneingang: 01.03.2025 08.30
    // Uhr` had made a comma report's `Kreatinin 1,250` 1250).
    expect(reportDecimalMark(`Probeneingang: 01.03.2025 08.30 Uhr\nBefund: 14.05 h\n${rows.join('\n')}`, rows)).toBe(',');
  });
});

describe('readPrintedNumber on a scale that never reaches a thousand (labsleft)', () => {
  it.each([
    // A relative density, a ratio, a pH, a percentage: one mark before three digits is a decimal in any report.
    ['1,025', { smallScale: true }, 1.025],
    ['1,025', { smallScale: true, decimalMark: ',' }, 1.025],
    ['1.025', { smallScale: true, decimalMark: ',', rangeText: '< 150' }, 1.025],
    // A count per volume is whole before anything else.
    ['1,025', { smallScale: true, countUnit: true }, 1025],
    // Not known to be small: the point report's comma groups thousands.
    ['1,025', {}, 1025],
  ] as const)('%j in %j → %j', (printed, context, expected) => {
    expect(readPrintedNumber(printed, context as NumberContext)).toBe(expected);
  });
});

describe('reportDecimalMark: version, page and document numbers say nothing of the decimals (labsleft)', () => {
  const rows = ['Hämoglobin  13,5  g/dl  12,0 - 16,0', 'Kreatinin  1,025  mg/dl  0,50 - 1,10'];
  it.each(['Befundversion 2.1', 'Version: 3.02', 'Seite 1.2', 'Formular-Nr. 12.10', 'LIS v2.1'])('%j in the footer: still a comma report', (footer) => {
    expect(reportDecimalMark(`${rows.join('\n')}\n${footer}`, rows)).toBe(',');
  });
  it('a point decimal that measures something still makes a point report (`Fibrinogeno 2.5 g/l`)', () => {
    expect(reportDecimalMark(`${rows.join('\n')}\nFibrinogeno 2.5 g/l`, rows)).toBe('.');
  });
});

describe('readPrintedNumber: a row whose range writes a decimal comma writes its value so (commarange)', () => {
  // The tuning set's cz_euc_pdf_text_…: a Czech report whose `<0.6` and `4.3` made its mark a point, and whose TSH row
  // prints `1,006  0,270 - 4,200  uIU/ml` (a TSH of a thousand is no one's; its range 0.27–4.2 is the usual one).
  it.each([
    ['1,006', { rangeText: '0,270 - 4,200' }, 1.006],
    ['4,200', { rangeText: '0,270 - 4,200' }, 4.2],
    ['1,500', { rangeText: '3,5 - 5,1' }, 1.5],
    // No decimal comma in the range: a point report's comma groups thousands, as the results far above it are printed.
    ['5,025', { rangeText: '5-40' }, 5025],
    ['1,500', { rangeText: '1,000 - 4,000' }, 1500],
    // A count per volume is whole before anything else.
    ['8,500', { countUnit: true, rangeText: '4,5 - 11,0' }, 8500],
  ] as const)('%j in %j → %j', (printed, context, expected) => {
    expect(readPrintedNumber(printed, context as NumberContext)).toBe(expected);
  });
});
