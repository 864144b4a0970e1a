/**
 * What a number printed with separators means: the one place that decides whether a `,` or a `.` groups thousands
 * or marks the decimals. `parseNumber` (a token), `parseReferenceRange` (a range's numbers), the tokenizer's
 * `smallNumbersOnly` (the numbers after a count's unit) and the text reader's `readGroupedNumbers` (a row's value and
 * range again, once the report is read) all ask it.
 */

/** How a report writes its decimals: with a point (`5.4`) or with a comma (`5,4`). */
export type DecimalMark = '.' | ',';

/** What is known about a number besides its digits; nothing known reads a point as the decimal, as most reports do. */
export interface NumberContext {
  /** How the report writes its decimals (`reportDecimalMark`); a point when not said. */
  decimalMark?: DecimalMark;
  /** The row's unit is a plain count per volume (`/µL`, `cells/mm3`): a count is a whole number. */
  countUnit?: boolean;
  /**
   * The row's biomarker is measured on a scale that never reaches a thousand (a relative density, a pH, a ratio, a
   * percentage of a whole): a thousands reading of its value is impossible.
   */
  smallScale?: boolean;
  /** The row prints no unit (a specific gravity `1.020`). */
  unitless?: boolean;
  /** The row's range as printed. */
  rangeText?: string;
  /** The row's range bounds, when the number is the row's value (never when it is one of the range's own numbers). */
  range?: { low?: number; high?: number };
  /**
   * (mend18) What the file's own numbers say of the mark that is not its decimal one, where a file format fixes the
   * decimal mark (HealthOne, LDT: a comma): it groups thousands (true: ranges `150.000-400.000`, `1.234.567`), or it
   * is a decimal too (false: a lone `1.250` is 1.25). Not said: the rules below decide.
   */
  otherMarkGroups?: boolean;
}

/**
 * A number as printed, its separators decided: `1,025`, `250.000`, `1.234.567`, `4.500.000,5`, `1,234.5`, the Indian
 * `1,50,000`, and for a count `250 000`. Null when the text is no number of digits and separators (`1.2.3`, `12,3,45`).
 *
 * - Groups repeated (`1.234.567`) or followed by the other mark (`4.500,5`, `1,234.5`) group thousands.
 * - One mark with other than three digits after it (`3,5`, `1.25`), or after a lone zero (`0,311`, `0.450`) or four
 *   digits and more (`1234,567`), is the decimal mark.
 * - One mark before three digits (`1,025`, `1.234`) is what `groupsThousands` says.
 */
export function readPrintedNumber(printed: string, context: NumberContext = {}): number | null {
  const plain = /^(\d+)(?:([.,])(\d+))?$/.exec(printed);
  if (plain) {
    const [, whole, mark, fraction] = plain;
    if (!mark || !fraction) return Number(whole);
    return groupsThousands(whole!, mark as DecimalMark, fraction, context) ? Number(whole! + fraction) : Number(`${whole}.${fraction}`);
  }
  // Indian lakh and crore grouping (`1,50,000` = 150000, `12,34,567`): commas before pairs of digits, then three. Two
  // commas or more: no decimal comma reads so, in any report.
  const lakh = /^([1-9]\d?)((?:,\d{2})+),(\d{3})(?:\.(\d+))?$/.exec(printed);
  if (lakh) return Number(`${lakh[1]}${lakh[2]!.replace(/,/g, '')}${lakh[3]}${lakh[4] ? `.${lakh[4]}` : ''}`);
  const grouped = /^([1-9]\d{0,2})((?:([., ])\d{3})(?:\3\d{3})*)(?:([.,])(\d+))?$/.exec(printed);
  if (!grouped) return null;
  const [, head, groups, separator, mark, fraction] = grouped;
  // `1.234.5` marks nothing; spaces group only a count's digits (`250 000 /µL`, the tokenizer joins those itself).
  if (mark === separator || (separator === ' ' && !context.countUnit)) return null;
  return Number(`${head}${groups!.replace(/[., ]/g, '')}${mark ? `.${fraction}` : ''}`);
}

/**
 * Whether one mark before three digits (`1,025`, `1.234`) groups thousands, in this order:
 * 1. in a plain count per volume, yes (`8,500/µL`, `250.000 /µl`: a count of cells is a whole number);
 * 1b. on a scale that never reaches a thousand, no (`Specific Gravity 1,025` in a point report is 1.025: a relative
 *    density of 1025 is no urine's, nor a pH, a ratio or a percentage of a whole in the thousands);
 * 2. the report's decimal mark is a decimal (`Kreatinin 1,025` in a report of `13,5` and `0,9` is 1.025; `TSH 1.234`
 *    in a report of `2.45` is 1.234);
 * 2a. (commarange) a comma where the row's range writes a decimal comma — after a lone zero or before one, two or four
 *    and more digits (`0,270 - 4,200`, `3,5 - 5,1`) — is a decimal too, the value's and the range's other bounds alike
 *    (`TSH 1,006 µIU/ml 0,270 - 4,200` is 1.006 in 0.27–4.2, in a report whose point decimals elsewhere made its mark a
 *    point): the row writes its decimals with commas;
 * 2b. (mend18) where a record file's own numbers said what its other mark is (`otherMarkGroups`), that;
 * 3. a comma in a point report groups thousands, whatever its range says: the results printed so are the ones far
 *    above it (`AST 5,025 U/L 5-40`, `CK 30,500 U/L 30-200`, `Triglycerides 1,025 mg/dL <150`), and a reading that
 *    put them back in range would hide exactly them;
 * 4. a point in a comma report is a decimal in a row without a unit or whose range prints points between digits (a
 *    specific gravity `1.025` and `1.005 - 1.030`: the row writes its decimals with points), and where the value read
 *    so lies in a range printed to hundredths and read as thousands does not (`TSH 1.234 mU/l 0,27 - 4,20`: a test
 *    measured that finely; `CK 30.500 U/l 26 - 192` and `PSA 1.234 ng/ml < 4,0` group thousands, as the report's
 *    convention says);
 * 5. otherwise, yes: the other mark groups thousands (`Ferritin 1.234 ng/ml 30-400` in a comma report).
 */
function groupsThousands(whole: string, mark: DecimalMark, fraction: string, context: NumberContext): boolean {
  if (fraction.length !== 3 || !/^[1-9]\d{0,2}$/.test(whole)) return false;
  if (context.countUnit) return true;
  if (context.smallScale) return false;
  if (mark === (context.decimalMark ?? '.')) return false;
  if (mark === ',' && RANGE_DECIMAL_COMMA.test(context.rangeText ?? '')) return false;
  if (context.otherMarkGroups !== undefined) return context.otherMarkGroups;
  if (mark === ',') return true;
  if (context.unitless || /\d\.\d/.test(context.rangeText ?? '')) return false;
  const decimal = Number(`${whole}.${fraction}`);
  return !(printedToHundredths(context.rangeText) && inRange(decimal, context.range) && !inRange(Number(whole + fraction), context.range));
}

/** (commarange) A decimal comma in a range: after a lone zero, or before one, two or four and more digits (`0,270`, `3,5`). */
const RANGE_DECIMAL_COMMA = /(?<![\d.,])(?:0,\d+|\d+,(?:\d{1,2}|\d{4,}))(?![\d.,])/;

/** A range whose two bounds are printed with two decimals or more (`0,27 - 4,20`). */
function printedToHundredths(rangeText: string | undefined): boolean {
  const bounds = rangeText?.match(/\d+(?:[.,]\d+)?/g) ?? [];
  return bounds.length === 2 && bounds.every((b) => /[.,]\d{2,}$/.test(b));
}

function inRange(value: number, range: NumberContext['range']): boolean {
  if (range?.low === undefined && range?.high === undefined) return false;
  return (range.low ?? -Infinity) <= value && value <= (range.high ?? Infinity);
}

/**
 * A number inside a text, as printed: digits with points or commas between them, not part of a longer number (a
 * point before it is a leading-zero decimal, `.67`; two points, `4,0..10,0`, separate a range), and for a count
 * digits grouped by spaces (`150 000 - 400 000`).
 */
const NUMBER_IN_TEXT = /(?<![\d,])(?<![^.]\.)(?<!^\.)\d+(?:[.,]\d+)*/g;
const COUNT_IN_TEXT = /(?<![\d,])(?<![^.]\.)(?<!^\.)(?:[1-9]\d{0,2}(?: \d{3})+(?!\d)|\d+(?:[.,]\d+)*)/g;

/** A text with each of its printed numbers written plainly (`1.234,5` → `1234.5`); a number not read stays as printed. */
export function plainNumbers(text: string, context: NumberContext = {}): string {
  return text.replace(context.countUnit ? COUNT_IN_TEXT : NUMBER_IN_TEXT, (n) => String(readPrintedNumber(n, context) ?? n));
}

/** A time of day written with a point (`08.30 Uhr`, `14.05 h`): no decimal of the report. */
const CLOCK_TIME = /(?<![\d.,])(?:[01]?\d|2[0-3])\.[0-5]\d\s*(?:Uhr|h)\b/gi;

/**
 * A number that names a version, a page or a document rather than measures anything (`Befundversion 2.1`, `Version
 * 3.02`, `v2.1`, `Rev. 1.4`, `Seite 1.2`, `Page 2.1`, `Formular-Nr. 12.10`): a word ending in version, number or
 * Nummer, or one of their short forms as a word of its own, then the number. No decimal of the report.
 */
const LABELLED_IDENTIFIER = /(?:\b\p{L}*(?:version|nummer|number)\b|\b(?:vers|revision|rev|seite|page|nr|no)\b\.?|\bv(?=\d))\s*[:#]?\s*\d+(?:\.\d+)+/giu;

/**
 * How a report writes its decimals: with a comma when two or more result rows print a comma decimal (`13,5`, `0,311`;
 * a stray `1,2` in a note says nothing) and no number in the text has a point before one, two or four and more digits
 * (`5.4`; dates `01.03.2025`, times `08.30 Uhr` and version or document numbers `Befundversion 2.1` are none); with a
 * point otherwise.
 */
export function reportDecimalMark(text: string, resultLines: readonly string[]): DecimalMark {
  const commaDecimal = /(?<![\d.,])(?:\d+,\d{1,2}|0,\d+)(?![\d.,])/;
  return resultLines.filter((t) => commaDecimal.test(t)).length >= 2 && !writesPointDecimals(text) ? ',' : '.';
}

/** Whether a text has a number with a point before one, two or four and more digits (`5.4`; no date, time or version number). */
export function writesPointDecimals(text: string): boolean {
  return /(?<![\d.,])\d+\.(?:\d{1,2}|\d{4,})(?![\d.,])/.test(text.replace(CLOCK_TIME, '').replace(LABELLED_IDENTIFIER, ''));
}
