import { sideBySideTables } from './side-by-side.js';
import { proseClausesApart, wrappedProseJoined } from './prose-clauses.js';
import { BE_VERB_ABROAD, CURRENCY_IN_BRACKETS, ORDER_COLUMN, PREVIOUS_WORD } from './not-result-words.js';
import { runOnRowsApart } from './run-on.js';
import { fullYear, parseDayMonthDate, parsePrintedDate, printedYearMonth } from './dates.js';
import { analyserSymbol, BODY_SURFACE, foldName, LONGEST_NAME, namesBloodCells, normalizeName, saysRedCells, urineInEnglish, withoutObservation } from './catalog.js';
import { isPerFieldUnit, isStripAnswer, namesEsrShort, rowRange, STRIP_GRADE } from './coding.js';
import { countSpan, DURATION, flagFromRange, flagSide, isStatusPhrase, isStatusWords, normalizeFlag, noteSaysStarFlags, onScale, phraseGivesWay, statusBesideFlag } from './flags.js';
import { appendComment, type Cell, type Comparator, type ParsedReport, type ParseWarning, type RawRow, type SourceLine } from './parse.types.js';
import { reportDecimalMark, writesPointDecimals, type DecimalMark, type NumberContext } from './printed-number.js';
import { CJK_RANGE_LABEL, EQUALS_LABEL, GROUP_NEGATION, groupWord, isCensoredTitre, isRiskWord, isTitreRangeOfResult, isTitreResult, LAB_RANGE_LABEL, namesReferenceRange, openRangeAbove, OPTIMAL_LABEL, OPTIMAL_RANGE_NOUNS, OPTIMAL_RANGE_WORDS, parseReferenceRange, PEAK_WORD, POPULATION_WORD, AGE_LEAD, AGE_WORD, AGE_YEAR_WORD, RANGE_NAME_LABELS, readsAsRange, REFERENCE_LABEL, SEX_LABEL, STANDARD_RANGE_LABELS, tierAfterColon, TIER_WORDS_EN } from './reference-range.js';
import { isScript, jsonModuleData, jsonTables, nameValueEntries, readJsonCellRows, readJsonRecords, stripWordAnswer, URINE_WORD } from './json-records.js';
import { readXmlRecords } from './xml-records.js';
import { columnBlocksAsRows } from './column-blocks.js';
import { readFhirRecords } from './fhir-records.js';
import { chatMessageTexts } from './chat.js';
import { withSpokenResults } from './spoken.js';
import { answerSentencesApart, secondResultSplit, strayStopsApart, withoutPastResultLines, withoutAgeGroupsAfterRanges, withoutSiteCodeLines, withoutPreviousCellLines, isDateAlone, withDoubledSlashUnit, withoutButtonCell, withoutDateCell, bracketsClosedBelow, withCodeApartFromValue, withoutCommentAfterRange, withFlagWordAfterRow, withoutNameEmphasis, withoutOlderResultsAfterRange, withRangeBeforeDatedValue, percentAndCountApart, differentialGroupsApart, COLUMN_COUNT_UNIT, WHITE_CELL_KIND, withCriticalMarkOnFlag, saysStarsCritical, saysStarAbnormal, withoutTrailingEmoji, withoutValueLabelAfterName, withUnitAfterRangeTidied, tidiedLineText, withoutStopAfterValue, withoutSentenceStops, withBoundWordValue } from './line-tidy.js';
import { ARTICLES_ABROAD, beyondSample, PER_DAY, namesDose, namesOtherSpecimen, NON_BLOOD_LEAD, OTHER_SPECIMEN_WORDS, readResultLists, specimenWordCount, splitOutsideBrackets, URINE_WORDS } from './result-list.js';
import { assignCells, assignRow, singleSpacedColumns, cellKind, csvLines, METHOD_WORDS, decodeHtmlText, expandTabs, headerColumns, withHeaderDatesBelow, headerRoleOfWords, headsValueColumn, headerWithOtherColumns, htmlLines, inferColumns, isHeaderWords, isMarkdownRule, looksLikeHtml, markdownCells, namesPreviousResult, stripStrayTags, textCells, unemphasizedCells, valueColumnsAnnounced, withinColumnHeader, withinRangeHeader, type Column } from './table.js';
import {
  ASSAY_METHOD_WORDS, RANGE_AND, RANGE_BETWEEN, RANGE_FROM, RANGE_TO_WORD, looseFlagAfterValue, FRENCH_LOW_FLAG, PLUS_FLAG, cleanToken, comparatorApartAt, comparatorOf, FOREIGN_TO, FRENCH_ABOVE, FRENCH_BELOW, FRENCH_TO, isAnswerInWords, isColourAnswer, wordAgainstWordFlag, isCountPerVolume, isAspectAnswer, isQualitativeAnswer, isDateToken, isSideLetter, isOtherLanguageFlagWord, sideLetter, isTimeToken, isUnitNoise, isUnitToken, namesNoResult, bodyMeasurement, DOSE_AMOUNT, firstNotAResult, notAResultAt, numericRangeAt, orEqualAt, parseFlagToken, parseNumber, parseValueToken, qualitativeValueAt, mayBeginQualitativeValue, LONGEST_ANSWER,
  BOUND_WORD_SOURCE, DASH, isBareVolume, perBareVolume, RANGE_TO, rangeWordsAt, splitStuckUnit, tierLabel, tokenize, trailingParenthesis, UP_TO_PT_ES, withoutMarks, withoutTrailingParenthesis, withoutValueEmoji,
  PLAIN_NUMBER, halfWidth, labelKey, upperBoundAfter, VALUE_LABEL_WORDS, VALUE_LABEL_WORDS_OTHER_LANGUAGES, UNIT_LABEL_WORDS, FLAG_LABEL_WORDS, RANGE_SIDE_WORDS, YEAR_WORDS, AGE_WORD_AFTER,
} from './tokens.js';
import { TIME_UNITS, TIME_WORDS_OF_ANY_TEXT, timeWords, wordAlternation } from './time-units.js';
import { AMOUNT_FRACTION, convertCountingIuAsU, isBloodCountUcum, isCellCountUnit, isCountUcum, toUcum, unitsConvertible } from './units.js';

export interface TextParseOptions {
  /** Whether the catalog knows a name: lets a row with neither unit nor range through, and decides names over two lines. */
  knows?: (name: string) => boolean;
  /** (cells review) Whether a word is a word of any name the catalog knows (table.ts splitNameBeforeMethod). */
  knowsWord?: (word: string) => boolean;
  /** Whether the catalog knows a name as an analyte this number and unit can be (`Ht  170`, a height, is no haematocrit). */
  knowsAs?: (name: string, value: number | null, unit?: string) => boolean;
  /** Whether the catalog knows a name as a urine analyte: under a urine heading, a word answer to it is a result. */
  knowsInUrine?: (name: string) => boolean;
  /** Whether a name is a test answered in words (in urine, `Colour`, `Clarity`): an inline `Name: words` line is its result. */
  answersInWords?: (name: string, inUrine?: boolean) => boolean;
  /** (labsreadfix) Whether a urine analyte's name is answered in words by the strip (`Urine protein`: its presence). */
  answersInUrine?: (name: string) => boolean;
  /** (labs50fix review) The kind of words a test answers in (catalog.ts answerKind). */
  answerKind?: (name: string, inUrine?: boolean) => 'color' | 'aspect' | 'presence' | undefined;
  /**
   * Whether the catalog measures a name, printed with this unit or none, on a scale that never reaches a thousand (a
   * relative density, a pH, a ratio, a percentage of a whole): `1,025` there cannot be 1025.
   */
  smallScale?: (name: string, unit?: string) => boolean;
  /**
   * Whether a name the catalog knows with a number after it (`CA 125`) owns that number rather than reading it as the
   * result of the name without it (`Ca` = 125), given the unit printed after the number.
   */
  ownsNumber?: (name: string, withNumber: string, unit?: string) => boolean;
  /** (labs39fix) Whether the catalog reads two names as the same analyte (a name continued on the next line: another test?). */
  sameAnalyte?: (a: string, b: string) => boolean;
  /** (tiers) Whether laboratories print interpretation tiers for the analyte a name reads as (tiersFit). */
  printsTiers?: (name: string) => boolean;
  /** (mend27) Whether the second name reads as a narrower form of the first's analyte (catalog.ts narrows). */
  narrows?: (a: string, b: string) => boolean;
  /**
   * (mend1) A row's name with the word in brackets printed after its value (`Calcium` and `ionisé`): the name to read
   * (the name alone, or with the word), or null where the row is better unread.
   */
  nameWithBracket?: (name: string, word: string) => string | null;
  /** Whether the catalog measures a name in this unit (a `%` run against a name's front is the unit of a percentage only). */
  measuresIn?: (name: string, unit: string) => boolean;
  /** (prose review) What one of a unit is in the unit the catalog measures a name in (catalog.ts unitFactor). */
  unitFactor?: (name: string, unit: string) => number | undefined;
  /** (labs50fix review) The least count per microlitre of a name the catalog counts per volume (catalog.ts perMicrolitreFloor). */
  perMicrolitreFloor?: (name: string) => number | undefined;
  /** Whether the catalog measures a name in this unit and no other quantity under it (HbA1c in `%`; not `Lymphocytes`, a count's name too). */
  measuresOnlyIn?: (name: string, unit: string) => boolean;
  /** The ion's charge the catalog gives a name (1 for sodium: its `mEq/L` is `mmol/L`), null when it gives none. */
  chargeOf?: (name: string) => number | null;
  /** (twounits) The molar mass the catalog gives a name's analyte (glucose 180.156), null when it gives none. */
  molarMassOf?: (name: string) => number | null;
  /**
   * Set by parseReportLines for the whole report (printsArrowsOnly): it prints arrows for flags on some rows and no
   * header names a previous result's column, so a lone `1` before a value above its range may be an OCR'd up arrow.
   */
  arrowMayReadAsOne?: boolean;
  /**
   * (labs37fix review) Set by parseReportLines for the whole report (namesColumnAfterUnit): a header names a column
   * after the unit's (`Test  Limit  Unit  Result`), so four digits after a row's unit may be that column's number.
   */
  columnAfterUnit?: boolean;
  /** (fix53) Set by knowingIn under a urine heading: a row there may be a strip's grade with its plus first (`+ 2`). */
  urineSection?: boolean;
}

/** Layouts recognised in a report's text; each has its own reader or its own variations of the row reader. */
export type TextLayout = 'labcorp' | 'quest' | 'epic-mychart' | 'generic';

/** Splits a text into numbered lines (BOM and CR removed, tabs expanded to the printer's tab stops: table.ts, expandTabs). */
export function toLines(text: string): SourceLine[] {
  // Markdown escapes (`3.25\\*`, `\\*Paired …`; fixr83: `\\~ mg/dL`, a reference cell's tilde): the character itself. A broken bar ruling columns off (French hospital
  // systems: `Leucocytes ¦x10*9/L ¦4.97 ¦4.09-11`) is a gap between cells, as two spaces are. Bars between
  // tab-separated cells (`Hemoglobina\t|\t15.2\t|\t13.5 — 17.5\t|\tg/dl`: a table kept as text) make a Markdown row.
  // A table drawn with box-drawing characters (`│ Hemoglobin │ 12.8 │ g/dL │`, a console's or a query tool's output) is
  // the Markdown table it draws (boxDrawnAsMarkdown). One box-drawing line between two numbers (`137─147`, a range
  // typed with the character the table is drawn with) is a range's dash.
  // (labs35fix) An emoji arrow (`⬆️`, `⬇️`) is the arrow it draws (`↑`, `↓`), read where a plain arrow is; (labs47fix)
  // any other emoji before or after a value (`| 🔵 15.10 |`) is decoration, not read (withoutValueEmoji, both).
  // (pipetables) A table with bars between its cells only (`Biomarker | Your value | Optimal | Standard range`) is the
  // Markdown table it draws too (barePipesAsMarkdown).
  return barePipesAsMarkdown(boxDrawnAsMarkdown(text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)))
    .map((t) => withoutValueEmoji(t.replace(/(\d) ?[─━](?![─━]) ?(?=\d)/g, '$1-')))
    .map((t, i) => ({ text: expandTabs(barsBetweenTabs(withoutLeaders(withoutDateAfterRange(brokenBarsAsGaps(t.replace(/\\([*_~])/g, '$1')))))), line: i + 1, printed: t }));
}

/** A month and a year ending a line (`March 2024`, `Sept 2022`, `Aug. 2023`): the date after a result (fixr87, below too). */
const MONTH_YEAR_AT_END = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?[ \t]+(?:19|20)\d\d[ \t]*$`;

/**
 * (fixr85d) A month and year after a row's bracketed range, perhaps after its flag (`Zinc: 59 ug/dL (62-104), July
 * 2014`, `TPO Ab: 781 IU/mL (<5) H, August 2014`, `TSI: 44% (<140) August 2014`: a patient's post giving each result's
 * month): the date the result was taken, not a column of the row — left off, so the row reads as without it. Only after
 * a bracket with a number in it that follows a number on the line (a value and its range); a heading's `(units) July
 * 2014` keeps its month.
 */
const DATE_AFTER_RANGE = new RegExp(String.raw`(\([^()\d]*\d[^()]*\)(?:[ \t]*[HL])?)(?:[ \t]*[,;])?[ \t]+` + MONTH_YEAR_AT_END, 'i');
function withoutDateAfterRange(t: string): string {
  // (A line ending in a year only is asked; the bracket's digits are found in one pass: `[^()\d]*` before the first.)
  if (!/(?:19|20)\d\d[ \t]*$/.test(t)) return t;
  const m = t.includes('(') ? DATE_AFTER_RANGE.exec(t) : null;
  if (m && /\d/.test(t.slice(0, m.index))) return t.slice(0, m.index) + m[1]!;
  const u = DATE_AFTER_UNIT.exec(t);
  return u ? t.slice(0, u.index) + u[1]! : t;
}

/**
 * (fixr87) The same month and year right after a value and its unit (`Ferritin (15-300) - 45ug/L March 2024`, `Sodium
 * - 131 mmol/L Sept 2022`: the range before the value, or none): the date the result was taken, left off. Only after a
 * number and a unit of a quantity per another (a slash in it: `ug/L`, `mIU/L`) or a per cent, glued or after a space;
 * a month after a bare number (`rising to 532 Sept 2023`) or after a word (`in March 2024`) keeps it.
 */
const DATE_AFTER_UNIT = new RegExp(String.raw`(\d[ \t]?(?:[A-Za-zµμ][^\s()/]*\/[^\s()]*[A-Za-z]|%))(?:[ \t]*[,;])?[ \t]+` + MONTH_YEAR_AT_END, 'i');

/**
 * (labsleftfix) Each broken bar and the spaces around it as a gap of three spaces. Cut at the bars and trimmed, not
 * `/\s*¦\s*\/g`: that regex tried a run of spaces from each of its spaces (a line of 200,000 spaces with no bar took
 * tens of seconds).
 */
function brokenBarsAsGaps(t: string): string {
  if (!t.includes('¦')) return t;
  const parts = t.split('¦');
  return parts.map((p, k) => (k === 0 ? p.trimEnd() : k === parts.length - 1 ? p.trimStart() : p.trim())).join('   ');
}

/** A row of a table drawn with box-drawing characters: it starts with a vertical line and has two at least. */
const BOX_ROW = /^\s*[│┃║]/;
const BOX_VERTICAL = /[│┃║]/g;
/**
 * A rule of such a table (`┌───┬───┐`, `├───┼───┤`, `└───┴───┘`, `╞═══╪═══╡`), or of one drawn in ASCII (`+-----+-----+`,
 * the border a database console prints): rule characters and spaces only.
 */
const BOX_RULE = /^\s*(?:[─━═┄┅┈┉╌╍┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╒╓╕╖╘╙╛╜╞╟╡╢╤╥╧╨╪╫╭╮╯╰┏┓┗┛┣┫┳┻╋]*[─━═][─━═┄┅┈┉╌╍┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╒╓╕╖╘╙╛╜╞╟╡╢╤╥╧╨╪╫╭╮╯╰┏┓┗┛┣┫┳┻╋ ]*|\+[-=]{3,}(?:\+[-=]{3,})*\+)\s*$/;

/**
 * A table drawn with box-drawing characters is read as the Markdown table it draws: each row's vertical lines are
 * Markdown's bars; the rule under the first row (the header) is Markdown's rule under a header, and every other rule
 * (the box's top and bottom, a line between body rows) is no line. A vertical line in text that is no such row (`A │ B`)
 * is kept. (ASCII rows, `| a | b |`, are Markdown rows already; only their `+---+` borders are read here.)
 */
function boxDrawnAsMarkdown(lines: string[]): string[] {
  if (!lines.some((t) => BOX_RULE.test(t))) return lines;
  const isBoxRow = (t: string) => BOX_ROW.test(t) && (t.match(BOX_VERTICAL) ?? []).length >= 2;
  const isRow = (t: string | undefined) => t !== undefined && (isBoxRow(t) || /^\s*\|.*\|\s*$/.test(t));
  // Rows read since the last line that is neither a row nor a rule: one when the rule under a header is reached.
  let rows = 0;
  return lines.map((t, i) => {
    if (BOX_RULE.test(t)) {
      if (rows === 1 && isRow(lines[i + 1])) {
        const header = lines[i - 1]!.replace(BOX_VERTICAL, '|').trim().replace(/^\|/, '').replace(/\|$/, '');
        rows += 1;
        return `|${' --- |'.repeat(header.split('|').length)}`;
      }
      return '';
    }
    if (isRow(t)) {
      rows += 1;
      return isBoxRow(t) ? t.replace(BOX_VERTICAL, '|') : t;
    }
    rows = 0;
    return t;
  });
}

/**
 * (pipetables) The cells of a line with bars between its cells and none at its start (`ApoB | 71 mg/dL | <60 | <90`):
 * three at least, each bar with a space on both sides (or the line's end after it: an empty last cell). Null for a
 * Markdown row (its bar first), a line of two cells (`Name | value`), and bars with no spaces around them (HL7
 * segments, `OBX|1|NM|…`; a delimited export).
 */
function barePipeCells(t: string): string[] | null {
  const s = t.trim();
  // (The rule under such a header, `---|:---:|---`, GitHub's table without outer bars: its cells, spaced or not.)
  if (!s.startsWith('|') && s.includes('|') && isMarkdownRule(s)) return s.replace(/\|$/, '').split('|').map((c) => c.trim());
  if (s.startsWith('|') || !s.includes(' | ') || /\S\||\|\S/.test(s)) return null;
  const cells = s.split('|').map((c) => c.trim());
  return cells.length >= 3 ? cells : null;
}

/**
 * (pipetables) A table printed with bars between its cells but none at the lines' ends and no rule under its header (a
 * spreadsheet's or a portal's export pasted as text, some OCR tools: `Biomarker | Your value | Optimal | Standard
 * range`) is read as the Markdown table it draws, so its header's columns are read as a Markdown header's (an optimal
 * column beside the standard range, a previous result's, a range before the result): each of its lines is written as a
 * Markdown row. A line whose cells are a column header (headerColumns, as a Markdown header's are), followed at once by
 * a line of as many cells, starts one; each later line of as many cells is a row of it (across a section heading),
 * until a blank line, a line of bars with another number of cells, or another table's header (below). A single line,
 * two-cell lines and a line that heads nothing where no table runs — the first, or one after a table's end (prose
 * with bars, a medication list's header) — with the lines under it are kept as they are.
 */
function barePipesAsMarkdown(lines: string[]): string[] {
  if (!lines.some((t) => t.includes(' | '))) return lines;
  const cells = lines.map(barePipeCells);
  const asRow = (c: readonly string[]) => `| ${c.join(' | ')} |`;
  let width = 0;
  return lines.map((t, i) => {
    const c = cells[i];
    // (pipetables review) A blank line ends the table; so does a line of its count of cells with words, none of them
    // holding a digit or a qualitative answer (`Drug | Dose | Frequency`, `Patient | Age | Sex`: another table's
    // header; a rule `---|---` has no words), which is then looked at afresh as a header of its own — else a
    // medication list or a patient's line of the same count would be read as rows of the lab table above it.
    if (!t.trim()) width = 0;
    if (!c) return t;
    const heads = c.some((x) => /\p{L}/u.test(x)) && c.every((x) => !/\d/.test(x) && cellKind(x) !== 'qualitative');
    if (width && c.length === width && !heads) return asRow(c);
    width = 0;
    if (cells[i + 1]?.length === c.length && headerColumns(c.map((text, x) => ({ text, x, end: x + 1 })), true)) {
      width = c.length;
      return asRow(c);
    }
    return t;
  });
}

/**
 * (hdrother) A Markdown or HTML table's header with cells of no known role beside known ones (table.ts
 * headerWithOtherColumns): its columns, the unknown ones read as none. Not where the cells under an unknown one are of
 * a kind no known column takes (ranges, units, flags: `| Test | Result | Units | Intervalo biológico |`, the only range
 * under a word the reader lacks): dropped, they would be lost; the table is then read as before (no header). An alarm
 * limit's column (`Critical value`) holds ranges that are no row's: it is read as none whatever its cells.
 */
function otherColumnsHeader(cells: readonly Cell[], line: SourceLine, lines: readonly SourceLine[]): Column[] | null {
  const read = headerWithOtherColumns(cells);
  if (!read) return null;
  const { columns, unknown, alarms } = read;
  if (columns.length !== cells.length) return null;
  const below: Cell[][] = [];
  for (let i = lines.indexOf(line) + 1; i < lines.length && below.length < 40; i++) {
    const l = lines[i]!;
    if (line.table !== undefined ? l.table !== line.table : !markdownCells(l.text)) break;
    if (isMarkdownRule(l.text)) continue;
    const own = l.cells ?? markdownCells(l.text);
    if (own) below.push(own);
  }
  const has = (role: Column['role']) => columns.some((c) => c.role === role || (role === 'range' && c.bound));
  // (An alarm limit's column, `Critical value`, holds ranges that are never the row's: dropped as meant.)
  for (const k of unknown) {
    if (alarms.has(k)) continue;
    const kinds = below.map((r) => r[k]?.text.trim() ?? '').filter(Boolean).map((t) => cellKind(t));
    if (!kinds.length) continue;
    for (const role of ['range', 'unit', 'flag'] as const) {
      if (!has(role) && kinds.filter((kind) => kind === role).length * 2 >= kinds.length) return null;
    }
  }
  return columns;
}

/**
 * Dot leaders between a name and its value (`Hemoglobina................: 14,60 g/dL`, `Resultado.....: 88 mg/dL`,
 * `Glucose........ 95`): a label's colon when one ends them, else a gap between cells. Four dots at least, after a
 * letter, digit, bracket or dot of the name, and something printed after them.
 */
function withoutLeaders(t: string): string {
  // (And a body-surface unit broken at its area, `ml/min/1,73 m²`, is one unit again: `ml/min/1,73m²`.)
  // (fixr82) Leaders after a closing bracket and a space, before a word (`(>20) .........  Low`, a retyped panel's flag
  // set off from its range): a gap too — read from their second dot, they left a stray `.` after the range.
  return t.replace(/(\/1[.,]73)\s+(m[²2](?![\p{L}\d])|m\^2)/gu, '$1$2').replace(/(?<=[)\]])[ \t]+\.{4,}[ \t]*(?=\p{L})/gu, '   ')
    // (mend22, review cr16) Leaders with a space before them, between a name or a unit and a number (`Glucose ..........
    // 92 mg/dL ...... 70-99`): a gap (before the rule below, which would read them from their second dot).
    .replace(/(?<=[\p{L}\p{N}])[ \t]+\.{4,}[ \t]*(?=[<>≤≥]?\d)/gu, '   ')
    // (set 12, BR02) Leaders set apart by spaces between any two cells (`645 ............ ng/dL ...... 264-916`: after
    // the value, after the unit): a gap (read by the rule below from their second dot, they left a stray `.`).
    .replace(/(?<=\S)[ \t]+\.{4,}[ \t]+(?=\S)/gu, '   ')
    .replace(/(?<=[\p{L}\p{N})\].])\.{4,}[ \t]*(:?)[ \t]*(?=\S)/gu, (_m, colon: string) => (colon ? ': ' : '   '))
    // (fixr85d) Leaders of spaced dots, as PDF text extraction gives a printed leader's dots one by one (`Sodium (Na) .
    // . . . . . . : 141 mmol/L 133 - 145`, `Glucose . . . . .: 80 mg/dL`): the same label's colon or gap. Four dots at
    // least, after a space that follows the name, or fewer ended by the label's colon (`Sedimentation rate . . . : 2`,
    // `Neutrophils (NEUT) . : 74 %`); an abbreviation's points (`T. Chol`) are no leader.
    .replace(/(?<=[\p{L}\p{N})\]])[ \t]+\.(?:[ \t]\.){3,}[ \t]*(:?)[ \t]*(?=\S)/gu, (_m, colon: string) => (colon ? ': ' : '   '))
    .replace(/(?<=[\p{L}\p{N})\]])[ \t]+\.(?:[ \t]\.){0,2}[ \t]*:(?!:)[ \t]*(?=\S)/gu, ': ');
}

/**
 * A line of tab-separated cells with a bar between them (`Badanie\t\t|\tWynik\t|\tZakres\t| Jednostki`), not a
 * Markdown row (which starts with its bar): the bars divide its cells, so it is read as the Markdown row it is
 * without its outer bars (the tabs' widths, set for another screen, say nothing of the columns). A line needs a tab
 * next to one of its bars and two bars, so a bar in a name or in prose (`A | B`) is kept.
 */
function barsBetweenTabs(t: string): string {
  if (/^\s*\|/.test(t) || !/\t\||\|\t/.test(t) || (t.match(/\|/g) ?? []).length < 2) return t;
  return `| ${t.split('|').map((c) => c.replace(/\s+/g, ' ').trim()).join(' | ')} |`;
}

/**
 * Reads a lab report's text (as a lab prints it, as PDF extraction or OCR gives it: plain, Markdown or HTML).
 * (robust3) A text that looked like NDJSON but was too broken to read as such (fhir-records.ts) is read as any text,
 * and its read carries the warning why (how many lines were no JSON): a read of nothing fails with that reason.
 */
export function parseTextReport(text: string, opts: TextParseOptions = {}): ParsedReport {
  const declined: ParseWarning[] = [];
  const read = readTextReport(text, opts, declined);
  return declined.length ? { ...read, warnings: [...read.warnings, ...declined] } : read;
}

function readTextReport(text: string, opts: TextParseOptions, declined: ParseWarning[]): ParsedReport {
  // (labs38fix) Result records kept as JSON or a JS data module (`{"test": "Haemoglobin", "result": "11.9", …}`): read
  // as data (json-records.ts); a text that is no such data, or holds no record, is read as printed lines.
  // (labs40fix) Also data assigned inside a script that wraps it (`(function () { $scope.d = [ … ]; })();`: SCRIPT).
  // (labs46fix) And a script that starts with a comment or another statement (SCRIPT_STATEMENT: `// results`,
  // `prisma.labResult.create(…)`, `import …`): its data may come after them.
  // (scripts6) Full-width forms and other scripts' digits as the ASCII they stand for (halfWidth), here once for every
  // caller (report-reader.ts passes a text upload as it came).
  text = halfWidth(text);
  const unmarked = text.replace(/^\uFEFF/, '');
  // (labs48xml) An XML document (a CCR or C-CDA download, a LIS export) is read as XML (xml-records.ts); an HTML or
  // XHTML page, XML not well-formed and any other text are read below as before.
  const xml = readXmlRecords(unmarked, opts);
  if (xml) return xml;
  // (exports) FHIR JSON (a Bundle, a DiagnosticReport with contained Observations, an Observation, a bulk export's
  // NDJSON) is read as its Observations (fhir-records.ts); a text holding none is read below as before.
  const fhir = /^\s*[[{]/.test(unmarked) ? readFhirRecords(unmarked, opts, declined) : null;
  if (fhir) return fhir;
  // The JSON text's or JS data module's data, parsed once for both readings (null: none, or not looked for).
  let data: ReturnType<typeof jsonModuleData> = null;
  let dump: ReturnType<typeof nameValueEntries> | null = null;
  if (/^\s*(?:[[{]|export\b|module\.exports\b|(?:const|let|var)\s)/.test(unmarked) || isScript(unmarked)) {
    data = jsonModuleData(unmarked);
    // (labs50fix) A section's or a list's name over records says their specimen as a heading does (headingSpecimen).
    const records = readJsonRecords(unmarked, { ...opts, headingSpecimen, partOfExamination }, data);
    if (records) return records;
    // (labs41fix) Rows as arrays of string cells, no keys (an OCR table extractor's JSON): read as the Markdown table
    // they are, each table apart (a blank line between), its header rows too.
    const tables = jsonTables(data);
    if (tables) return parseReportLines(textLines(tables.map((t) => t.map((row) => `| ${row.join(' | ')} |`).join('\n')).join('\n\n'), 1, false, opts.knows), opts);
    // (recshape) Arrays of cells that are not all strings (numbers as numbers, null cells): read by their columns'
    // shapes (json-records.ts readJsonCellRows); none read, the text is read below as before.
    const cells = readJsonCellRows(unmarked, { ...opts, headingSpecimen, partOfExamination }, data);
    if (cells) return cells;
    // (kvdump) A dictionary of results by name (`{"Glucose": "95 mg/dL (70-99)", "TSH": "2.1 mIU/L"}`): each entry read
    // as the line `Name: value` is (dumpRows); none read, the text is read below as before.
    dump = nameValueEntries(unmarked, data, opts);
    const rows = dumpRows(dump.entries, opts);
    if (rows.length) return { layout: 'json-records', rows, warnings: [] };
  }
  const page = looksLikeHtml(text);
  // (labscode) A text that is source code reads no results: its lines are no report's (pako.js read 86 rows, all
  // invented: `s1 %= 65521` as 65521 in `%=`). Data (a JSON text, a JS data module) and an HTML page are never taken
  // for code: their records and tables are read as before.
  if (!data && !page) {
    const shape = codeShapedLines(unmarked, opts);
    if (isSourceCode(shape)) {
      return { layout: 'source-code', rows: [], warnings: [{ code: 'source-code', message: `The text is source code (${shape.code} of its ${shape.lines} lines are code): no results are read` }] };
    }
  }
  if (page) {
    const html = text.replace(/^\uFEFF/, '');
    return parseReportLines(isTextWithHtmlTables(html) ? textWithHtmlTableLines(html, opts.knows) : htmlLines(html), opts);
  }
  const read = parseReportLines(textLines(text, 1, false, opts.knows, opts.sameAnalyte), opts);
  return data ? { ...read, rows: read.rows.filter((row) => dataLineRow(row, opts) && !dump?.held.has(row.name.replace(/^[\s"'`]+|[\s"'`:]+$/g, '').toLowerCase())) } : read;
}

/**
 * (kvdump) The rows of a dictionary of results by name (json-records.ts nameValueEntries): each entry read as the line
 * `Name: value` (parseInlineRow), kept under the entry's own name, a name the catalog knows, when it reads as a result
 * does: a range, a unit the catalog measures that name in (a label's `"Sodium": "140 mg"` is an amount), or a word
 * answer under a name the catalog answers in words. A plain number (`"Glucose": 95`, read with no unit as the line
 * `Glucose: 95` is) only in a dictionary with two or more entries read so.
 */
function dumpRows(entries: { name: string; value: string | number; line: number; object: number }[], opts: TextParseOptions): RawRow[] {
  const read = entries.map((e) => {
    const value = typeof e.value === 'number' ? String(e.value) : e.value.trim();
    // (kvdump review) A signed number (`-12 mg/dL`, `+5`) is a change since the last result, no result.
    if (!value || value.includes('\n') || /^[+\u2212-]\s*\d/.test(value)) return null;
    const row = parseInlineRow(`${e.name}: ${value}`, opts);
    if (!row || row.name !== e.name || !opts.knows?.(row.name)) return null;
    const ranged = row.rangeText !== undefined || row.range?.low !== undefined || row.range?.high !== undefined;
    const measured = row.unit !== undefined && opts.measuresIn?.(row.name, row.unit) === true;
    const answered = row.unit === undefined && row.value === null && row.valueText !== undefined && opts.answersInWords?.(row.name) === true;
    const plain = typeof e.value === 'number' && row.unit === undefined && row.value !== null;
    if (row.unit !== undefined && !measured) return null;
    return ranged || measured || answered ? { row: { ...row, line: e.line }, object: e.object, plain: false, ranged } : plain ? { row: { ...row, line: e.line }, object: e.object, plain: true, ranged: false } : null;
  });
  // Per object: its entries read in their own right (strict), its plain numbers, whether one has its range.
  const strict = new Map<number, number>();
  const plainCount = new Map<number, number>();
  for (const r of read) if (r) (r.plain ? plainCount : strict).set(r.object, ((r.plain ? plainCount : strict).get(r.object) ?? 0) + 1);
  // (kvdump review) A laboratory's result is printed with its reference range; an object none of whose entries has one
  // is a patient's goals, a plan, a projection, a recipe's composition or a criterion under a key no list names
  // (`"plan": {"LDL": "<100 mg/dL"}`, `"ORS": {"Sodium": "75 mmol/L"}`) — it reads nothing.
  const withRange = new Set(read.filter((r) => r?.ranged).map((r) => r!.object));
  return read
    .filter((r): r is NonNullable<typeof r> => r !== null && withRange.has(r.object) && (strict.get(r.object) ?? 0) >= (r.plain ? 2 : 1) && (strict.get(r.object) ?? 0) + (plainCount.get(r.object) ?? 0) >= 2)
    .map((r) => r.row);
}

/**
 * (jsonfall) A row read from a line of JSON data (or a JS data module) that holds no result record: its lines are
 * `"key": value,` properties, no printed report's (a nutrition label's `"vdr": "7%"`, an app's `"highGlucoseAlert":
 * "180 mg/dL"`, a product list's prices). Kept only when it reads as a key-value dump of results does: a name the
 * catalog knows, with a range, and a unit (if any) the catalog measures that name in (`"Glucose": "95 mg/dL (70-99)"`;
 * a label's `"sodium": "140 mg"` is an amount, no concentration).
 */
function dataLineRow(row: RawRow, opts: TextParseOptions): boolean {
  if (!opts.knows?.(row.name)) return false;
  // (kvdump review) With its reference range, as a dump's object must have (dumpRows): a line without one is a goal's,
  // a plan's or a composition's as often as a result's (`"LDL": "<90 mg/dL"`, `"Sodium": "130 mmol/L"` in a recipe).
  const ranged = row.range?.low !== undefined || row.range?.high !== undefined;
  return ranged && (row.unit === undefined || opts.measuresIn?.(row.name, row.unit) === true);
}

/**
 * A declaration, which only code has and every program has many of: a function's, a variable's, a class's, an
 * import, C's preprocessor, Go's, Java's and C's modifiers. A report's rows ending in `);` or `;`, its OCR's `}` lines
 * and `//` remarks, and notes that start with `return` or `if (` look like statements; no report declares.
 * Tested apart from CODE_LINE_STARTS, which holds the other code-shaped line starts (counted apart: isSourceCode).
 * (labsleft) Those of more languages, each by its keyword in the case the language writes it (lower case; SQL's in
 * upper or lower case): Ruby, shell, Rust, Kotlin, Swift, C#, Perl, R, PHP, SQL's statements (a table's creation, a
 * row's insertion, a query) and CSS's rules — a report's line starts with a capital or a number, and one that starts
 * lower case (a patient's `my TSH: 2.4`, an OCR's `glucose = 95`) matches none of them.
 */
const DECLARATION = [
  /^#\s*(?:include|define|ifn?def|endif|pragma|undef)\b/,
  // (labsleftfix) A `def` with its parameters' bracket against the name (`def f(x):`, Ruby's `def self.of(text)`), or
  // apart from it on a line that ends in Python's colon (`def f (x):`): `def recheck (3 mo)`, `def diabetic` are a
  // patient's notes (Ruby's `def value` with no parameters goes uncounted: its file has other declarations).
  /^(?:async\s+)?def\s+(?:self\.)?[A-Za-z_]\w*[?!]?(?:\(|\s+\(.*\):$)/,
  /^(?:export\s+)?(?:async\s+)?function\b/,
  /^(?:export\s+)?(?:var|let|const)\s+[A-Za-z_${[]/,
  /^(?:export\s+)?(?:abstract\s+)?class\s+[A-Za-z_$][\w$]*\s*(?:[:({]|extends\b|implements\b|$)/,
  // (labsleftfix) An import, an export and a modifier with the syntax they have in code, not the word and any words
  // after it (`import from labcorp 03/2026`, `export to dr lee`, `private lab, paid out of pocket`, `public health lab`):
  // `import a.b` (`as c`, `, d`) alone on its line or JavaScript's, Java's and Go's (`import {`, `import x from '…'`,
  // `import "fmt"`, `import (`, `import a.b.C;`), Python's `from a import b`; `export` of a declaration, a list, a
  // default or a shell variable (`export {`, `export default`, `export NAME=`); Go's `func`/`package` with their
  // syntax; Java's and C's modifiers on a line that ends a declaration (`;`, `{`) or opens a method (`public Name(…)`).
  /^import\s+(?:[\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+(?:\s+as\s+\w+)?)*;?$|[{*'"(]|type\s+\{|[\w$]+\s*(?:,\s*\{|from\s+['"]))/,
  /^(?:from\s+[\w.]+\s+import\s|export\s+(?:default\b|[{*]|(?:async\s+)?function\b|(?:abstract\s+)?class\b|const\b|let\b|var\b|type\b|interface\b|enum\b|[A-Za-z_]\w*=)|func\s+(?:\([^)]*\)\s*)?[A-Za-z_]\w*\s*[(\[]|package\s+[a-z][\w.]*;?$)/,
  // (readfixB) The modifiers matched once, atomically (a lookahead's capture, then the capture): `(?:word\s+)+` gave a
  // long run of spaces back one at a time to every split, quadratic (`public`, 40,000 spaces, `x`: 4.2 s).
  /^(?=((?:(?:public|private|protected|static|internal)\s+)+))\1(?:[^;{}]*[;{]$|(?:[\w<>[\],.?]+\s+)*[A-Za-z_]\w*\s*\((?:\s*\)|\s*[A-Za-z_][\w<>[\].?]*\s+[A-Za-z_]\w*[\s,)]).*$)/,
  // (labsleft) Ruby's: `class Name < Base`, `module Name`, `require 'x'`, `attr_reader :x` (and `def`, above).
  /^(?:class\s+[A-Z]\w*(?:::[A-Z]\w*)*\s*(?:<\s*[A-Z][\w:]*)?|module\s+[A-Z]\w*(?:::[A-Z]\w*)*)$/,
  /^(?:require(?:_relative)?\s*\(?\s*['"][^'"]+['"]\s*\)?;?|attr_(?:reader|writer|accessor)\s+:\w+.*)$/,
  // Shell's: a `#!` line, a function `name() {`, `local`/`readonly`/`declare` of a variable.
  /^#!\s*\/\S+/,
  // (labsleftfix) A function `name() {` with its brace on its line (with the brace on the next line alone:
  // codeShapedLines); a form's empty `Remarks ()` is none. `local`/`readonly`/`declare` of a variable set (`local x=`)
  // or with its options (`declare -a xs`): `local lab` is a patient's note.
  /^[A-Za-z_][\w-]*\s*\(\)\s*\{$/,
  /^(?:local|readonly|declare|typeset)\s+(?:(?:-\w+\s+)+[A-Za-z_]\w*(?:=|$)|[A-Za-z_]\w*=)/,
  // Rust's, Kotlin's, Swift's, C#'s, Perl's, R's and PHP's: `fn`/`fun` name, `struct`/`enum`/`trait`/`impl`/
  // `interface`/`namespace` and a name, `use a::b;`, `using A.B;`, `val x =`, `let mut x`, `my $x`, `sub name {`,
  // `x <- function(`, `library(x)`, `<?php`.
  /^(?:pub(?:\([\w:]+\))?\s+)?(?:async\s+)?(?:fn|fun)\s+[A-Za-z_]\w*\s*[(<]/,
  // (labsleftfix: one class for the name's characters and the spaces after it — a class with a space then `\s*` split
  // a run of spaces every way, 237 s on `struct a`, 200,000 spaces and `!`.)
  /^(?:pub(?:\([\w:]+\))?\s+)?(?:struct|enum|trait|impl|interface|namespace)\s+[A-Za-z_][\w:.<>,\s]*(?:\{|;|$|for\s|where\s|:)/,
  /^(?:use\s+[\w:]+(?:::\{[^}]*\}|::\*)?|using\s+(?:static\s+)?[A-Z][\w.]*);$/,
  /^(?:(?:val|let\s+mut)\s+[A-Za-z_]\w*|(?:my|our)\s+(?:[$@%]\w+|\(\s*[$@%]\w+))\s*[:=;),]/,
  /^sub\s+[A-Za-z_]\w*\s*\{?$/,
  /^(?:[A-Za-z_.][\w.]*\s*<-\s*function\s*\(|library\([\w.]+\)$)/,
  /^<\?php\b/,
  // SQL's (upper or lower case, as written): a table's, view's, index's … creation, alteration or removal; a row's
  // insertion, update or deletion; a query (`SELECT … FROM`, or `SELECT` and its columns alone on the line).
  /^(?:(?:CREATE(?:\s+OR\s+REPLACE)?|ALTER|DROP)(?:\s+(?:TEMP|TEMPORARY|UNIQUE|MATERIALIZED))?\s+(?:TABLE|VIEW|INDEX|FUNCTION|PROCEDURE|TRIGGER|SCHEMA|DATABASE|SEQUENCE|TYPE|EXTENSION)|(?:create(?:\s+or\s+replace)?|alter|drop)(?:\s+(?:temp|temporary|unique|materialized))?\s+(?:table|view|index|function|procedure|trigger|schema|database|sequence|type|extension))\s/,
  /^(?:INSERT\s+INTO|DELETE\s+FROM|insert\s+into|delete\s+from)\s+[\w."`]+|^(?:UPDATE\s+[\w."`]+\s+SET|update\s+[\w."`]+\s+set)\s/,
  /^(?:SELECT\s.*\bFROM\s|select\s.*\bfrom\s|SELECT(?:\s+DISTINCT)?(?:$|\s+(?:\*|[\w.]+(?:\s*,\s*[\w.*]+)+,?|\w+\.[\w*]+,?)$))/,
  // CSS's at-rules and rules: `@media print {`, `@import url(…);`, a selector before its block (`td.value {`, `:root {`,
  // `a:hover, a:focus {`), a rule on one line (`body { font-size: 10pt; }`).
  /^@(?:import|media|font-face|keyframes|supports|charset|namespace|page|layer|-webkit-keyframes)\b/,
  // (Each compound selector and each combinator reads one way only: a line that is no rule fails in time linear in it.)
  /^(?:[a-z][\w-]*|\*|(?=[.#:[]))(?:[.#][\w-]+|:{1,2}[\w-]+(?:\([^)]*\))?|\[[^\]]*\])*(?:(?:\s*[>+~,]\s*|\s+)(?:[a-z][\w-]*|\*|(?=[.#:[]))(?:[.#][\w-]+|:{1,2}[\w-]+(?:\([^)]*\))?|\[[^\]]*\])*)*\s*\{(?:\s*[a-z-]+\s*:[^{};]+;)*\s*\}?$/,
];

/**
 * (labscode) Lines only code has, each by a reason (the trimmed line; case counts: code's keywords are lower case, a
 * report's sentence starts with a capital):
 * - a comment of C, JavaScript, Java, Go, CSS (`//`, `/*`) — a report's line starts so only as OCR junk;
 * - C's preprocessor (`#include`, `#define`, `#ifdef` …): no space after `#`, unlike a Markdown heading;
 * - a declaration: `def name(`, `function`, `var`/`let`/`const` and a name, `class Name` with `(`, `:`, `{`,
 *   `extends` or nothing after it, `import` (`from x import`), `export`, Go's `func`/`package`, Java's and C's
 *   `public`/`private`/`protected`/`static`;
 * - a statement: `return`, `if (`, `for (`, `while (`, `switch (`, `catch (`, `} else`/`} catch`/`} finally`; Python's
 *   block heads (`if x:`, `for x in y:`, `else:`, `try:`, `except …:`), lower case and ending in the colon;
 * - a block's bracket: a line ending in `{` after `)`, `=>`, `else`, `try`, `do`, or after a selector or a head with no
 *   colon, semicolon, quote or bracket (`function f() {`, `td.result {`); not a key's `: {`
 *   or `[{` (data); a line that is only closing brackets (`}`, `};`, `});`, `})();`), not `},` (an item of data);
 * - a call statement ending in `);`, with no other semicolon (a CSV row ending `(H);` has several), that starts with a
 *   lower-case word, a bracket, a dotted name's call (`console.log(`, `p->f(`) or a call of a name with `_`
 *   (`Py_DECREF(`): a printed row ending `(70-99);` starts with its capitalised name;
 * - an assignment statement ending in `;` to a lower-case name or path (`s1 %= 65521;`, `dest[i] = src[i];`).
 * A European CSV's `;` at a line's end, a Markdown `*` bullet, a `#` heading, `Key: value` and HL7 segments are none.
 */
const CODE_LINE_STARTS = [
  /^\/[/*]/,
  /^return(?:$|[\s;(])/,
  /^(?:if|for|while|switch|catch)\s*\(/,
  /^\}\s*(?:else|catch|finally)\b/,
  /^(?:(?:if|elif|for|while|with|except)\s.*|else|try|finally|except):$/,
  // (labsleft) A block's end word alone (Ruby's `end`, shell's `fi`, `done`, `esac`, `then`, `do`, `else`; Ruby's
  // `begin`, `rescue`, `ensure`), a Ruby block head (`… do |b|`), shell's tests and loops (`if [ -f "$f" ]; then`,
  // `for f in *.txt; do`, `case "$x" in`, `  0) echo none ;;`, `[ -d "$d" ] || …`), a shell or Ruby command
  // (`echo`, `puts`, `exit 0`, `set -e`), a shell variable set to a quote, a variable or a command (`OUT="${1}"`,
  // `n=$(wc -l)`), a SQL query's clause or comment (`FROM results r`, `WHERE …`, `-- note`), a SQL column's
  // definition (`value NUMERIC(10, 2),`), a CSS property (`margin: 0 auto;`, `--accent: #c00;`), a Python call or
  // assignment to lower-case names with a bracket, a quote or a name on its right (`print(x)`, `s1 = (s1 + b) % m`,
  // `@s1 = seed`). A report's `Glucose = 95 mg/dL`, `ALT: 30 U/L;` start with a capital.
  /^(?:end|fi|done|esac|then|do|else|begin|rescue|ensure)$/,
  /^[a-z_@][\w.@:]*(?:\([^)]*\))?\s+do(?:\s*\|[^|]*\|)?$/,
  /^(?:(?:if|elif|while|until)\s+\[\[?\s.*\]\]?\s*;\s*then|for\s+[A-Za-z_]\w*\s+in\s.*;\s*do|case\s.+\sin|[\w*|"$-]+\)\s.*;;|\[\[?\s.*\]\]?\s*(?:\|\||&&).*)$/,
  /^(?:echo|puts|printf|exit|set|shift|source|continue|break)(?:\s+(?:[-"'$(\d\w]).*)?$/,
  /^[A-Za-z_]\w*=(?:["'$(`]).*$/,
  /^(?:FROM|JOIN|LEFT\s+JOIN|INNER\s+JOIN|WHERE|ORDER\s+BY|GROUP\s+BY|HAVING|LIMIT|VALUES|UNION)\s.*$|^--\s+[A-Za-z]/,
  /^[a-z_][a-z0-9_]*\s+(?:SERIAL|BIGSERIAL|INTEGER|INT|BIGINT|SMALLINT|VARCHAR|CHAR|TEXT|NUMERIC|DECIMAL|REAL|FLOAT|DOUBLE|BOOLEAN|BOOL|DATE|TIMESTAMP|TIMESTAMPTZ|TIME|UUID|JSONB?|BLOB|serial|integer|int|bigint|varchar|text|numeric|decimal|real|boolean|date|timestamp|uuid|jsonb?)\b.*,?$/,
  /^--?[a-z][a-z-]*\s*:\s*[^;{}\s][^;{}]*;$/,
  /^(?:@{1,2}|self\.)?[a-z_][a-z0-9_]*(?:\.[a-z_]\w*)*(?:\s*,\s*[a-z_][a-z0-9_]*)*\s*(?:[-+*/%&|^]|<<|>>|\/\/|\*\*)?=\s*(?=.*(?:[(\[{"']|\b[a-z_][a-z0-9_]*\b)).+$|^[a-z_][\w.]*\(.*\)$/,
];
const CODE_LINE_ENDS = [
  /(?:\)|=>|\belse|\btry|\bdo)\s*\{$|^[^:;"'{}[\]]*[^:;"'{}[\]\s]\s*\{$/,
  /^\}\)*(?:\(\))?;?$/,
  /^(?:[a-z_$}).]|[A-Za-z_$][\w$]*(?:(?:\.|->)[A-Za-z_$][\w$]*)+\(|[A-Za-z_$][\w$]*_[\w$]*\()[^;]*\);$/,
  /^[a-z_$][\w$.]*(?:\[[^\]]*\])*\s*(?:[-+*/%&|^]|<<|>>>?)?=\s*[^=\s].*;$/,
];


/** Whether a trimmed line that declares nothing (DECLARATION, tested first) is code-shaped (CODE_LINE_STARTS, CODE_LINE_ENDS). */
function isCodeShaped(t: string): boolean {
  return CODE_LINE_STARTS.some((r) => r.test(t)) || (/[{};]$/.test(t) && CODE_LINE_ENDS.some((r) => r.test(t)));
}

/**
 * (labscode) A text's non-blank lines and how many of them are code-shaped. Lines inside `<script>` and `<style>`
 * blocks are not counted: a saved portal page's scripts are not its text.
 */
function codeShapedLines(text: string, opts: TextParseOptions = {}): { lines: number; code: number; declarations: number; results: number } {
  let lines = 0;
  let code = 0;
  let declarations = 0;
  let results = 0;
  let inBlock = false;
  const kept: string[] = [];
  for (const l of text.split(/\r\n|\r|\n/)) {
    if (/<(?:script|style)\b/i.test(l)) inBlock = true;
    if (inBlock) {
      if (/<\/(?:script|style)\s*>/i.test(l)) inBlock = false;
      continue;
    }
    const t = l.trim();
    if (t) kept.push(t);
  }
  for (const [i, t] of kept.entries()) {
    lines++;
    // (labsleftfix) A line that reads as a result is never code (`glucose = 150 mg/dl (70-99) h` is a Python
    // assignment's shape): counted apart (isSourceCode).
    if (readsAsResult(t, opts)) {
      results++;
      continue;
    }
    // A declaration is code-shaped: DECLARATION is tested here, once; CODE_LINE_STARTS (isCodeShaped) holds the rest.
    // (labsleftfix) A shell function's head alone (`usage()`) declares when its brace is the next line; Ruby's `def
    // name` with no parameters when an `end` alone closes it within twenty lines (a patient's `def recheck` has none).
    if (DECLARATION.some((r) => r.test(t)) || (/^[A-Za-z_][\w-]*\s*\(\)$/.test(t) && kept[i + 1] === '{')
      || (/^def\s+(?:self\.)?[a-z_]\w*[?!]?$/.test(t) && kept.slice(i + 1, i + 21).includes('end'))) {
      declarations++;
      code++;
    } else if (isCodeShaped(t)) code++;
  }
  return { lines, code, declarations, results };
}

/**
 * (labsleftfix) Whether a trimmed line reads as a lab result: a name (words that start with a letter, a known
 * analyte's or any, with `=` or `:` after it or not), a number, then a unit (units.ts toUcum knows it) and/or a range
 * (`70-99`, `(0.4 - 4.5)`, `(<100)`, `>40`), a flag (`H`, `l`, `high`, `*`) and a remark in brackets (`(fasting)`), and
 * nothing else. A name the catalog does not know needs both the unit and the range. Code's lines are none: an
 * operator, a quote, a bracket or a semicolon among the name's words or after the number (`s1 = (s1 + b) % 65521`,
 * `char g[] = "Glucose 95 mg/dL";`, `width: 100%;`). The reader's own row test (parseRowLine) is not asked: it reads
 * some code lines as rows (`s1 %= 65521`: 65521 in `%=`), and every line of a program would pass through it.
 */
function readsAsResult(t: string, opts: TextParseOptions): boolean {
  if (t.length > 160 || !/\d/.test(t)) return false;
  const tokens = t.split(/\s+/);
  if (tokens.length > 14) return false;
  const at = tokens.findIndex((w) => /^[<>≤≥]?\d+(?:[.,]\d+)?$/.test(w));
  if (at < 1 || at > 6) return false;
  const words = tokens.slice(0, at);
  if (/^[=:]$/.test(words[words.length - 1]!)) words.pop();
  if (!words.length) return false;
  words[words.length - 1] = words[words.length - 1]!.replace(/[=:]$/, '');
  if (!words.every((w) => /^\(?[A-Za-z][\w.\-/',%]*\)?$/.test(w))) return false;
  let k = at + 1;
  const unit = k < tokens.length && toUcum(tokens[k]!) !== null && !/^(?:[hHlL]|HH|LL)$/.test(tokens[k]!);
  if (unit) k++;
  const rest = tokens.slice(k).map((w) => ` ${w}`).join('');
  const m = /^(\s\(?\s?(?:[<>≤≥]=?\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?[-–]\s?\d+(?:[.,]\d+)?)\s?\)?)?(?:\s(?:[HLhlA]|HH|LL|[Hh]igh|[Ll]ow|HIGH|LOW|\*{1,2}))?(?:\s\([^()]*\))?$/.exec(rest);
  if (!m) return false;
  const range = m[1] !== undefined;
  return (unit && range) || ((unit || range) && opts.knows?.(words.join(' ')) === true);
}

/**
 * (labscode) Source code: a quarter of its non-blank lines code-shaped, twenty at least, and five declarations at
 * least. Measured: the tuning set's reports at most 10 % (and 10 lines); source code at least 28 % (Python,
 * json/decoder.py), TypeScript 33–81 %, C 38–57 %, Go 54–60 %, CSS 44–47 %, JavaScript 70–82 %. Ruby, shell and SQL
 * (5–14 %) are not caught. The declarations (labscode review): made-up reports with rows ending `(70-99);` under
 * lower-case names (a blood gas's pH, pCO2), OCR's `}` border lines, `//` remarks or notes starting `return`/`if (`
 * reached the share with no declaration and read nothing; a program declares (pako.js, validator.js, Python's
 * argparse and json decoder all far more than five); CSS declares nothing and is no longer caught.
 * (labsleft) With the declarations and statements of more languages (DECLARATION, CODE_LINE_STARTS) made-up Ruby
 * (78 % of 27 lines, 9 declarations), shell (93 %, 5), SQL (93 %, 11) and CSS (67 %, 9, its rules) are caught; and a
 * short file (half its lines code-shaped, eight at least, three declarations: a ten-line Python script, 90 %, 3). The
 * tuning set's texts: at most 10 lines and 10 % code-shaped, at most two declarations — lower-cased whole, the same.
 */
function isSourceCode(shape: { lines: number; code: number; declarations: number; results: number }): boolean {
  return shape.results * 10 < shape.lines && ((shape.code >= 20 && shape.code * 4 >= shape.lines && shape.declarations >= 5)
    || (shape.code >= 8 && shape.code * 2 >= shape.lines && shape.declarations >= 3));
}

/**
 * (set 9, DF04, DF07) A section's title and a row on one line, a column gap between (`HEMATOLOGY    WBC 6.2 x10^9/L
 * (4.0-10.0)`, `MANUAL DIFFERENTIAL (smear reviewed)    WBC 6.5 K/uL  [4.0-11.0]`): two lines, the title (a heading)
 * and the row — read as one, the title's words were the row's name (`?HEMATOLOGY WBC`). Only where the row after the
 * gap reads with a name the catalog knows and a unit or a range, the title is words in capitals without a digit or a
 * colon that the catalog does not know, printed on no other line, and the title and the name together are no name it
 * knows (`SERUM    Sodium …`).
 */
const SECTION_TITLE_WORD = /\b(?:hematology|haematology|chemistry|biochemistry|differential|panel|profile|lipids?|thyroid|endocrinology|hormones?|cbc|fbc|cmp|bmp|immunology|coagulation|vitamins?|minerals?|diabetes|cardiac|renal|liver|metabolic|inflammation|results?)\b/i;
const TITLE_THEN_ROW = /^(\s*\p{L}[^\d:]{2,60}?)\s{3,}(\p{L}[^\s]*(?:\s\S+)*?\s+[<>]?\d.*)$/u;
function titleApartFromRow(text: string, knows: ((name: string) => boolean) | undefined, repeated: ReadonlySet<string>): string[] {
  if (!knows || text.length > 300 || !/\s{3,}/.test(text)) return [text];
  const m = TITLE_THEN_ROW.exec(text);
  if (!m) return [text];
  const title = m[1]!.trim();
  // A title in capitals (a bracket after it aside): a panel's column printed on the rows (`Morfologia krwi    Leukocyty
  // 6,42 …`, `Elektrolity    Sód  138,42 …`) is a column of the table, no title — nor is one repeated on several lines.
  const letters = title.replace(/\([^()]*\)/g, '').replace(/[^\p{L}]/gu, '');
  if (letters.length < 4 || letters !== letters.toUpperCase() || repeated.has(title.toLowerCase())) return [text];
  // (review 16) And a section's words (SECTION_TITLE_WORD): a test's name in capitals before a word the catalog knows
  // (`DUST MITE    IgE 2.40 kUA/L`, `FREE    T4 1.3`, `SYNOVIAL FLUID    WBC …`, `CRITICAL    Potassium 6.8`) is one
  // name, or a specimen or a flag — never a title.
  if (!SECTION_TITLE_WORD.test(title)) return [text];
  // The row's name: its words before its value; a unit or a range after the value.
  const row = /^(\p{L}.*?)\s+[<>]?\d[\d.,]*\s*(?:[HL]\s+)?(?:\S*[\p{L}%µμ/]|[([]?\s*\d[\d.,]*\s*[-–])/u.exec(m[2]!);
  const name = row ? cleanName(row[1]!) : '';
  if (!name || !knows(name) || knows(cleanName(title)) || knows(`${title} ${name}`)) return [text];
  return [m[1]!, m[2]!];
}

/** (set 9) The first cells (before a gap of three spaces) printed on two lines or more, lower-cased (titleApartFromRow). */
function repeatedTitles(lines: readonly SourceLine[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const { text } of lines) {
    const first = /^\s*(\S.*?)\s{3,}\S/.exec(text)?.[1]?.toLowerCase();
    if (!first) continue;
    if (seen.has(first)) repeated.add(first);
    seen.add(first);
  }
  return repeated;
}

/**
 * A printout's lines; one with stray tags (a page's footer) loses them, a Markdown row keeps its cells. Of an HTML page
 * (the text around its tables) the entities and superscripts are decoded as a table cell's are.
 */
function textLines(text: string, firstLine = 1, html = false, knows?: (name: string) => boolean, sameAnalyte?: (a: string, b: string) => boolean): SourceLine[] {
  // (text7) In this order: a chat export's or dated log's lines without their stamps (chat.ts: no date, time nor
  // chat's sender before a result); then on each line (line-tidy.ts) a portal's button copied as its last cell
  // (`View trend`, `Details`), emoji after its range and a comment after its range set off by a dash; below, a name in
  // bold before its `=` or `:` as the name (`*HBsAg (ICT)* = Non-Reactive`). (A range broken after its dash is joined
  // in readRows: wrappedBoundsJoined.)
  // (mend5) A second result after a status and a dash is read as a line of its own (secondResultSplit).
  // (fixr79) So is each of several `name value (range). unit` results retyped on one line, their stray full stops left
  // out (strayStopsApart); a unit's slash typed twice (`kU//L`) is its one slash (withDoubledSlashUnit); (fixr82) older
  // dated results typed after a row's range, or dots left after it, are left out (withoutOlderResultsAfterRange); a per
  // cent and a count of one cell type with their two ranges are two lines (percentAndCountApart); a flag's word before
  // the value (`MCHC: Low at 31.2`) is read after the row (withFlagWordAfterRow).; (mend22) a range typed after the name and one
  // dated result after it is read in a row's order (withRangeBeforeDatedValue).
  // (cards2) A card's fields printed on one line (`Your result: 28 ng/mL    Optimized zone: 40 - 80    Lab reference: 30 -
  // 100`) are read one a line (cardFieldLines); a card's name after its label (`Biomarker: Vitamin D`) as the name.
  // (fixr86) A clinical code in brackets glued to the value after it (`(XE2q0)139`: an NHS GP record) is set apart from
  // it first (withCodeApartFromValue).
  // (colblocks) A table printed one column after another (a PDF's text in reading order) as its rows.
  const printed = columnBlocksAsRows(wrappedProseJoined(singleSpacedColumns(bracketsClosedBelow(toLines(text))), knows, sameAnalyte), knows);
  const titlesRepeated = repeatedTitles(printed);
  // (set 9, FX04; review 16) A critical value's stars apart from its flag read as critical where the report says so.
  const starsCritical = saysStarsCritical(text);
  // (review of set 19) A value a sample gives under a name the catalog knows (withoutStopAfterValue).
  const sampleValue = (name: string, value: number) => knows?.(name) === true && !beyondSample(name, value);
  const lines = chatMessageTexts(withoutSiteCodeLines(withoutPreviousCellLines(withoutAgeGroupsAfterRanges(withoutPastResultLines(printed)))).map((l) => ({ ...l, text: starsCritical ? withCriticalMarkOnFlag(tidiedLineText(l.text)) : tidiedLineText(l.text) })), knows).flatMap((l) => previousResultApart(l.text, knows).map((t) => ({ ...l, text: t }))).flatMap((l) => percentAndCountApart(withRangeBeforeDatedValue(withoutOlderResultsAfterRange(withCodeApartFromValue(withSpokenResults(l.text, knows))), knows), knows).map((p) => withBoundWordValue(withFlagWordAfterRow(p, knows), knows)).flatMap((p) => titleApartFromRow(p, knows, titlesRepeated)).flatMap((p) => differentialGroupsApart(p, knows)).flatMap((p) => strayStopsApart(withDoubledSlashUnit(p), knows)).flatMap((p) => answerSentencesApart(p, knows)).flatMap((s) => secondResultSplit(s, knows)).flatMap((t) => cardFieldLines(t, knows)).map((t) => ({ ...l, text: withoutStopAfterValue(withoutSentenceStops(withoutNameLabel(withoutPageCounterCell(t, knows), knows), knows), sampleValue) }))).map((l) => ({ ...l, text: withUnitAfterRangeTidied(withoutValueLabelAfterName(withoutCommentAfterRange(withoutTrailingEmoji(withoutButtonCell(withoutDateCell(l.text))), knows))), line: l.line + firstLine - 1 }));
  const decoded = (t: string) => (html ? decodeHtmlText(t) : t);
  return csvLines(lines.map((l) => ({ ...l, text: decoded(l.text.includes('|') ? l.text : withoutNameEmphasis(unemphasizedCells(stripStrayTags(l.text)))) })));
}

/**
 * (cards2) A consumer report's card fields on one line, apart by three spaces or a tab, each a label of one to three
 * words and a colon: the value's first (`Your result:`, VALUE_LABEL), then at least one range's (`Lab reference:`,
 * `Reference range:`: RANGE_LINE; `Optimized zone:`, `Optimal range:`: OTHER_RANGE_LINE) — each field a line of its
 * own, indented as the line was, as a card copied one field a line prints them. Any other line as it is.
 */
function cardFieldLines(text: string, knows?: (name: string) => boolean): string[] {
  const all = text.trim().split(CARD_FIELD_GAP);
  if (all.length < 2) return [text];
  const indent = /^\s*/.exec(text)![0];
  // (mend10) The card's name on the line before its fields, after its label (`Test: Glucose   Result: 5.2 mmol/L
  // Reference range: 3.9-5.5`): a line of its own, as withoutNameLabel reads one — a name the catalog knows only.
  const label = all.length > 2 ? NAME_LABEL.exec(all[0]!) : null;
  const named = label !== null && knows?.(label[2]!.trimEnd()) === true;
  const [first, ...rest] = named ? all.slice(1) : all;
  const result = first !== undefined && rest.length > 0 && [first, ...rest].every((f) => CARD_FIELD_LABEL.test(f)) ? VALUE_LABEL.exec(first)?.[1]?.trim() : undefined;
  if (result === undefined) return [text];
  // (mend9) One card: a value label once, each range's label once (cards side by side print them again, and their
  // names on the line above: read as fields a line, one card's value would meet the other's name), at least one range,
  // and a result after the value's label (`Result: Final   Reference: 24-118734` is a header's status and a specimen's
  // number).
  const ranges = rest.filter((f) => RANGE_LINE.test(f)).length;
  const others = rest.filter((f) => OTHER_RANGE_LINE.test(f)).length;
  if (rest.some((f) => VALUE_LABEL.test(f)) || ranges > 1 || others > 1 || ranges + others === 0) return [text];
  if (!CARD_RESULT.test(result) && !isQualitativeAnswer(result)) return [text];
  return [...(named ? [all[0]!] : []), first!, ...rest].map((f) => `${indent}${f}`);
}
/** (mend9) A card's result after its label: a number, censored or not. */
const CARD_RESULT = /^[<>≤≥]?\s*-?\d/;
/** (cards2) The gap before a card field's label on its line: three spaces or a tab, then a label and its colon. */
// (From after a printed character only: tried at every space of a long run, the gap cost the square of the run.)
const CARD_FIELD_GAP = /(?<=\S)(?:\s{3,}|\t+)(?=\p{L}[\p{L}'’-]*(?:\s\p{L}[\p{L}'’-]*){0,2}\s*:\s)/u;
/** (cards2) A field: one to three words, a colon, something after it. */
const CARD_FIELD_LABEL = /^\p{L}[\p{L}'’-]*(?:\s\p{L}[\p{L}'’-]*){0,2}\s*:\s*\S/u;
/**
 * (cards2) A card's name after the label of what it names, on a line of its own (`Biomarker: Vitamin D`, `Marker:
 * hsCRP`, `Test: Ferritin`): the name, indented as the line was — only a name the catalog knows, nothing after it.
 */
function withoutNameLabel(text: string, knows?: (name: string) => boolean): string {
  const m = NAME_LABEL.exec(text);
  const name = m?.[2]!.trimEnd();
  return name && knows?.(name) ? `${m![1]}${name}` : text;
}
// (The name to the line's end, trimmed after: a lazy name before `\s*$` cost the square of a long run of spaces.)
// (families) A FHIR resource's or a portal's `Observation:`, `Component:`, `Lab test:` too.
const NAME_LABEL = /^(\s*)(?:biomarkers?|markers?|analytes?|tests?|test name|parameters?|observation|component|lab test|lab|code|display)\s*:\s*(\S.*)$/i;

const HTML_TABLE = /<table[\s>][\s\S]*?<\/table\s*>/gi;

/**
 * A text document with HTML tables in it, as OCR tools and wiki pages write one (Markdown with `<table>` blocks): no
 * block markup (`<p>`, `<div>`, `<br>` …) outside its tables, so its own line breaks, not tags, divide its lines.
 */
function isTextWithHtmlTables(html: string): boolean {
  const outside = html.replace(HTML_TABLE, '');
  if (outside === html || /<\/?(?:p|div|br|li|ul|ol|h[1-6]|html|body|head|span|pre|font|center|section|article)\b/i.test(outside)) return false;
  // A rule or a quote between a Markdown page's rows or a printout's lines (`<hr>` under a Markdown table) is no page's
  // markup; in a page that marks its text up (`<b>Glucose</b>: 105 mg/dL<hr>`, whose source lines HTML ignores) or
  // writes it on one line, it is.
  if (!/<\/?(?:hr|dl|dt|dd|blockquote)\b/i.test(outside) || /^\s*\|.*\|/m.test(outside)) return true;
  return !/<\/?(?:b|i|em|strong|u|small|big|sup|sub|a)\b/i.test(outside) && outside.split('\n').filter((l) => l.trim()).length > 1;
}

/** Its lines: the text's own outside its tables (Markdown rows keep their cells), each table's rows as HTML rows. */
function textWithHtmlTableLines(html: string, knows?: (name: string) => boolean): SourceLine[] {
  const out: SourceLine[] = [];
  const lineAt = (offset: number) => html.slice(0, offset).split('\n').length;
  let last = 0;
  let table = 0;
  for (const m of html.matchAll(HTML_TABLE)) {
    out.push(...textLines(html.slice(last, m.index), lineAt(last), true, knows));
    const first = lineAt(m.index);
    out.push(...htmlLines(m[0]).map((l) => ({ ...l, line: l.line + first - 1, ...(l.table !== undefined ? { table } : {}) })));
    table++;
    last = m.index + m[0].length;
  }
  out.push(...textLines(html.slice(last), lineAt(last), true, knows));
  return out;
}

/**
 * A layout's rows with the rows of result lists read before it (result-list.ts), in the order of their lines. A prose
 * sentence's line that names a test the layout's rows already gave (`Hemoglobin 9.8 and MCV 72, consistent with iron
 * deficiency.` under the table that printed them) restates them, or compares: it adds nothing (labs27c).
 */
function withListed(rows: RawRow[], read: { rows: RawRow[]; prose: Set<RawRow> }): RawRow[] {
  const key = (r: RawRow) => `${r.page ?? 0}:${r.line}`;
  const named = new Set(rows.map((r) => r.name.trim().toLowerCase()));
  const restating = new Set([...read.prose].filter((r) => named.has(r.name.trim().toLowerCase())).map(key));
  const listed = read.rows.filter((r) => !(read.prose.has(r) && restating.has(key(r))));
  return listed.length ? [...rows, ...listed].sort((a, b) => (a.page ?? 0) - (b.page ?? 0) || a.line - b.line) : rows;
}

/**
 * The longest line read, in characters. A report's line is a row, a heading or a paragraph (the longest of the tuning
 * set's 3,209 rows' files: 1,363); reading a line costs more than its length (runs of thousands of digits: 10,000 took
 * 1.6 s, 20,000 6.5 s, on labs-svc's event loop), so a longer one — a file that is no printout — is not read, and a
 * warning says so.
 */
const LONGEST_LINE = 5000;

/** Reads lines of a report: the layout decides the reader; dates come from the header lines of any layout. */
/** (mend19) `Total count` before its value (`Total count 8500 /cumm`, `Total count: 14290`): group 1 the value, 2 the unit. */
const TOTAL_COUNT = /\btotal\s+count\b(?!\s*[([])\s*[:=-]?\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*([^\s,;()]+))?/iu;
/** (mend19) A white count per microlitre's unit (or none), and one per thousand or per litre's tenth power. */
const PER_MICROLITRE = /^(?:cells\/)?(?:\/?(?:cu\.?\s?mm|cmm|c\.mm|mm3|mm³|[uµμ]l))$/iu;
const THOUSANDS = /^(?:x\s?)?(?:10\s?\^?\s?[39]|10[³⁹]|thou|k)\/(?:[uµμ]l|l|cu\.?mm|cmm|mm3)$/iu;
/** (mend19) Words of another count's block: platelets, red cells, sperm, and their units' sizes (`million`, `lakhs`). */
const NOT_WHITE_BLOCK = /\b(?:platelets?|plt|thrombocytes?|rbcs?|red|erythrocytes?|sperms?|semen|seminal|million|mill|lakhs?|lacs?)\b/iu;
const WHITE_HEADING = /\b(?:wbcs?|tlc|leu[ck]ocytes?|white)\b/iu;
const DIFFERENTIAL_NAME = /\b(?:neutrophils?|lymphocytes?|monocytes?|eosinophils?|basophils?|polymorphs?|differential|dlc)\b/iu;

/**
 * (mend19, review cr13 of fixr79) `Total count` is the white cell count in an Indian CBC's leucocyte block (`Total Count
 * (TC)` beside the differential; a doctor-Q&A's `Haemoglobin 14.1, Total count 14290, Neutrophils 88, …`), but a
 * platelets' or a red cells' total under their headings (`PLATELETS` / `Total count 2.5 lakhs/cumm`, `RBC` / `Total count
 * 4.8 mill/cumm`) and a semen analysis' too. Named the white count (`Total count (WBC)`) only with a white count's size
 * (1,000 to 100,000 per microlitre or none, or 0.5 to 100 per thousand or 10^9/L), no unit or heading of another
 * block (NOT_WHITE_BLOCK) in the line or in the nearest heading above, and a leucocyte heading above or a differential's
 * name on the line or within three lines of it.
 */
function whiteTotalCountNamed(printed: SourceLine[]): SourceLine[] {
  if (!printed.some((l) => TOTAL_COUNT.test(l.text))) return printed;
  return printed.map((l, i) => {
    const m = TOTAL_COUNT.exec(l.text);
    if (!m) return l;
    const value = Number(m[1]!.replace(/,/g, ''));
    const unit = m[2]?.trim() ?? '';
    const unitless = !unit || /^\p{L}/u.test(unit) && !/\//.test(unit) && !PER_MICROLITRE.test(unit);
    const sized = ((unitless || PER_MICROLITRE.test(unit)) && value >= 1000 && value <= 100000) || (THOUSANDS.test(unit) && value >= 0.5 && value <= 100);
    if (!sized || NOT_WHITE_BLOCK.test(l.text.slice(0, m.index + m[0].length))) return l;
    // The nearest heading above: a line of no digit, among the six lines before (blank lines skipped).
    let heading: string | undefined;
    for (let k = i - 1, seen = 0; k >= 0 && seen < 6; k--) {
      const t = printed[k]!.text.trim();
      if (!t) continue;
      seen++;
      if (!/\d/.test(t)) {
        heading = t;
        break;
      }
    }
    if (heading && NOT_WHITE_BLOCK.test(heading)) return l;
    const near = printed.slice(Math.max(0, i - 3), i + 4).map((x) => x.text).join('\n');
    if (!(heading && WHITE_HEADING.test(heading)) && !DIFFERENTIAL_NAME.test(near)) return l;
    const at = m.index + m[0].search(/count/iu) + 'count'.length;
    return { ...l, text: `${l.text.slice(0, at)} (WBC)${l.text.slice(at)}` };
  });
}

export function parseReportLines(printed: SourceLine[], opts: TextParseOptions = {}): ParsedReport {
  const tooLong = printed.filter((l) => l.text.length > LONGEST_LINE);
  if (tooLong.length) {
    const blanked = parseReportLines(printed.map((l) => (l.text.length > LONGEST_LINE ? { ...l, text: '' } : l)), opts);
    const warnings: ParseWarning[] = tooLong.map((l) => ({
      code: 'line-too-long', message: `A line of ${l.text.length} characters (more than ${LONGEST_LINE}) was not read`,
      line: l.line, ...(l.page ? { page: l.page } : {}),
    }));
    return { ...blanked, warnings: [...warnings, ...blanked.warnings] };
  }
  // (b60) A report's rows run on in one line (PDF text joined without its line breaks): read as the rows they are.
  printed = runOnRowsApart(printed, opts.knows);
  // (fixr87) Several results in one sentence of a post (`TSH 1.33 miu/L [0.27 - 4.2} and Serum T4 13.5 pm/L [12.0 -
  // 22.0]; Other results included …`): read result by result (prose-clauses.ts).
  printed = proseClausesApart(printed, opts.knows, opts.knowsWord, opts.knowsInUrine);
  // (pdf7) Two tables side by side under a header printed twice: the left table's lines, then the right one's.
  printed = sideBySideTables(printed);
  opts = { ...opts, arrowMayReadAsOne: opts.arrowMayReadAsOne ?? printsArrowsOnly(printed), columnAfterUnit: opts.columnAfterUnit ?? namesColumnAfterUnit(printed) };
  // Results run on one line separated by semicolons (`PS-Kreatinin 94; B-Hemoglobin 11,5L; …`): read apart (result-list.ts).
  // (mend19) `Total count` in a leucocyte block: the white cell count (whiteTotalCountNamed).
  printed = whiteTotalCountNamed(printed);
  const listed = readResultLists(printed, opts);
  const lines = allergenColumnsOff(rangeBarLabelsDropped(valueFirstLines(valuesAfterRanges(withoutGluedCodes(withoutPageMarks(listed.lines, opts))), opts)));
  const layout = detectLayout(lines);
  const dates = findDates(lines);
  if (layout === 'epic-mychart') {
    // The result lists' lines were blanked above: their rows join the cards' rows.
    const epic = readEpic(lines, opts);
    return { layout, ...epic, rows: withListed(epic.rows, listed), ...dates };
  }
  const ruled = cumulativeColumn(lines);
  const unruled = unruledCumulativeColumn(ruled.lines);
  const cumulative = { lines: unruled.lines, warnings: [...ruled.warnings, ...unruled.warnings] };
  const read = readRows(cumulative.lines, opts);
  // (text7) A sentence that sets a target, or a tiered comment under a row, read as a row under a name no test has:
  // none (notATestsName).
  read.rows = read.rows.filter((r) => !notATestsName(r, opts));
  // (fixr79) A lab's recommended levels listed under a line that introduces them, and a risk table's tiers: none
  // (targetListed, tierNamed).
  // (mend19) Only a list shaped as targets (targetListed): a line of a target's words ending in a colon, or a heading of
  // them alone, over two or more bounds of different tests, and those tests printed again later with their values.
  const beforeTargets = read.rows;
  read.rows = read.rows.filter((r) => !tierNamed(r, opts) && !targetListed(r, cumulative.lines, beforeTargets, opts));
  // (fixjp) A letterhead's contact line (a street address, a telephone, a web address, an accreditation) read as a row
  // under a name no test has: none (contactRow).
  read.rows = read.rows.filter((r) => !contactRow(r, opts));
  // (set 15–16) A legend of tiers, each a label and its bounds (`CKD stage by eGFR: G1 >=90  G2 60-89  G3a 45-59 …`,
  // `Triglicéridos: normal < 150, limítrofe 150-199, alto 200-499, muy alto >= 500 mg/dL`), read as a row of one of its
  // bounds; a formula's fragment (`Anion Gap = Na - (Cl + CO2)`); a row under an order's or a bill's header (`Code  Test
  // Qty  Price`): none (legendRow, FRAGMENT_NAME, linesUnderOrderHeader).
  const textOfLine = new Map(cumulative.lines.map((l) => [l.line, l.text]));
  const underOrder = linesUnderOrderHeader(cumulative.lines);
  read.rows = read.rows.filter((r) => !legendRow(r, textOfLine.get(r.line)) && !FRAGMENT_NAME.test(r.name.trim()) && !underOrder.has(r.line)
    && !(notesClause(r) && !opts.knows?.(r.name.trim())));
  for (const row of read.rows) namedByCode(row, opts);
  // `Normal: 0.7 - 1.3`, `Bajo (deseable): < 100` in a range column: a label that names the reference range is not
  // part of it (once the lines under a row have continued its range: `Desirable : < 200` over `Borderline: 200-239`
  // are tiers, kept as printed).
  // (fixr81) A range column of tiers wrapped under a row beside a method column: joined first, as printed (tiersUnderMethodRow).
  tiersUnderMethodRow(cumulative.lines, read.rows);
  for (const row of read.rows) if (row.rangeText) row.rangeText = unlabelled(row.rangeText);
  labRangeOverOptimal(cumulative.lines, read.rows);
  tierListUnderRow(cumulative.lines, read.rows);
  tiersUnderTierRow(cumulative.lines, read.rows);
  oneBoundBracketsOff(read.rows);
  readGroupedNumbers(cumulative.lines, read.rows, opts);
  readEquivalentRanges(read.rows, opts);
  tiersReadTwice(read.rows, opts);
  starAFlags(read.rows);
  gradeLettersNoFlag(lines, read.rows);
  flagLegendLetters(lines, read.rows);
  flagLegendStars(lines, read.rows);
  expectedAnswerOverRows(lines, read.rows);
  // (mend14, review cr10) A date-first journal's rows of older dates stay rows, each with its own date (datedRows): the
  // service stores every result at its own collection date, so a GP record's print gives the trend (fixige had dropped
  // them as previous results: an AKI's creatinine of 180 the day before, an INR diary, an eGFR history lost).
  return { layout, rows: datedRows(withListed(read.rows, listed), printed), warnings: [...cumulative.warnings, ...read.warnings], ...dates };
}

/**
 * (fixige) A specific IgE table's line (ImmunoCAP and the like): an allergen's code column before its name (`d1`, `f13`,
 * `k82`: a letter or two and a number) and a class column after the unit (`0` to `6`: the result's band, no flag and no
 * value): `d1  D. pteronyssinus  18.60  kU/L  4  <0.35`. Only in an IgE unit (kU/L, kUA/L, IU/mL), the value a number
 * (censored too); the code a column of its own before a name, the class a column of its own after the unit. Both are
 * blanked (spaces, so every other cell keeps its place under the header); so are the header's `Code` and `Class` words
 * over them. The name, value, unit and range are read as any row's. (mend16) The code's column may stand after the
 * name too (`Allergen  Code  Result  Unit  Class` / `Peanut  f13  3.20  kUA/L  2`: the code had joined the name).
 */
const ALLERGEN_ROW = /^(\s*)(?:([A-Za-z]{1,2}\d{1,4})(\s{2,}|\t+))?(\p{L}.*?)(\s{2,}|\t+)(?:([A-Za-z]{1,2}\d{1,4})(\s{2,}|\t+))?([<>]?\s*\d+(?:[.,]\d+)?)(\s+)(kUA?\/L|kU\/l|kUA\/l|KU\/L|kIU\/L|IU\/mL)(\s+)((?:class\s*)?[0-6](?:\/[0-6])?)(?=\s{2,}|\t|\s*$)(?!\s*(?:[-–]|to\b))/iu;
/** (mend15) A specific IgE class's word in its column after the class (the band's name), the line's end after it. */
const CLASS_WORD_AFTER = /^(\s{2,}|\t+)((?:very\s+)?(?:low|moderate|high|negative|positive|absent|undetectable|equivocal|borderline))(?=\s*$)/i;
/** (fixige) An IgE unit anywhere in a line, the allergen rule's first test. */
const IGE_UNIT_IN_LINE = /\bk(?:U|IU)A?\/l\b|\bIU\/mL\b/i;
function allergenColumnsOff(lines: SourceLine[]): SourceLine[] {
  const blank = (s: string) => s.replace(/[^\t]/g, ' ');
  let any = false;
  // (mend16) Which of the two columns each allergen row printed (mend17: by its line's index).
  const printed = new Map<number, { code: boolean; cls: boolean }>();
  const out = lines.map((l, i) => {
    // (A table's row is short: a long line, a run of spaces a hostile upload prints, is never tried.)
    const m = l.text.length <= 200 && IGE_UNIT_IN_LINE.test(l.text) ? ALLERGEN_ROW.exec(l.text) : null;
    if (!m || (!m[2] && !m[12])) return l;
    any = true;
    printed.set(i, { code: Boolean(m[2] || m[6]), cls: Boolean(m[12]) });
    const code = m[2] ? blank(m[2]) : '';
    // (mend16) The code's column after the name (`Allergen  Code  Result …`: `cat dander  e1  3.20  kUA/L  2`) blanked too.
    const codeAfter = m[6] ? `${blank(m[6])}${m[7]!}` : '';
    // (mend15, review cr10) The class's word after it (`1  Low`, `2  Moderate`, `0  Negative`: its band's name, a column
    // of its own) is no flag and no range: blanked with the class (`Hazelnut 0.40 kUA/L 1 Low` had been flagged low).
    const rest = l.text.slice(m[0].length);
    const band = m[12] ? CLASS_WORD_AFTER.exec(rest) : null;
    return { ...l, text: `${m[1]}${code}${m[3] ?? ''}${m[4]}${m[5]}${codeAfter}${m[8]}${m[9]}${m[10]}${m[11]}${blank(m[12]!)}${band ? `${band[1]}${blank(band[2]!)}${rest.slice(band[0].length)}` : rest}` };
  });
  if (!any) return lines;
  // The header over such rows: its `Code` and `Class` cells blanked (a line of no digit whose cells are header words).
  // (mend16, review cr10) Or one of them, over rows that printed that column, in a header that heads a result or a unit
  // column too (`Allergen  Result  Units  Class`): left in, the header was no header, and its line became the first
  // half of the next row's name where that opened in lower case (`f13 Peanut`, `cat dander`).
  // (mend17, review cr11) Only the header of the allergen rows' own block (the nearest header above them, down to the
  // next), and only where most of that block's rows are allergen rows: a chemistry table's `Test  Result  Units  Class`
  // further down, or a `Test  Code  Result  Units` over a mixed table (one IgE among a hepatitis and a B12 row, their
  // codes a column of their own), keeps its words and its columns.
  const hasCode = (t: string) => /(?:^|\s)code(?:\s{2,}|\t)/i.test(t);
  const hasClass = (t: string) => /(?:^|\s)class(?:\s{2,}|\t|\s*$)/i.test(t);
  const headsResult = (t: string) => /(?:^|\s)(?:results?|values?|units?)(?:\s{2,}|\t|\s*$)/i.test(t);
  const isHeader = (t: string) => !/\d/.test(t) && (headsResult(t) || (hasCode(t) && hasClass(t)));
  const blockWords = new Map<number, string>();
  for (let h = 0; h < out.length; h++) {
    if (!isHeader(out[h]!.text)) continue;
    let rows = 0; let allergens = 0; let code = false; let cls = false;
    for (let i = h + 1; i < out.length && !isHeader(out[i]!.text); i++) {
      if (!/\d/.test(out[i]!.text)) continue;
      rows++;
      const p = printed.get(i);
      if (!p) continue;
      allergens++; code ||= p.code; cls ||= p.cls;
    }
    if (allergens * 2 > rows) blockWords.set(h, [code && hasCode(out[h]!.text) ? 'code' : '', cls && hasClass(out[h]!.text) ? 'class' : ''].filter(Boolean).join('|'));
  }
  return out.map((l, i) => {
    if (/\d/.test(l.text)) return l;
    const both = hasCode(l.text) && hasClass(l.text);
    const words = both ? 'code|class' : blockWords.get(i) ?? '';
    if (!words) return l;
    return { ...l, text: l.text.replace(new RegExp(String.raw`(^|\s)(${words})(?=\s{2,}|\t|\s*$)`, 'gi'), (_all, b: string, w: string) => b + blank(w)) };
  });
}

/**
 * (text7) A word that sets a target (`your doctor mentioned a target GGT < 60 U/l`, `the nurse set a goal HbA1c < 7 %`):
 * after another word of the name, a sentence's — the number after it is the target, no result. (A label that starts
 * its line, `Target: <200 mg/dL`, is read as a range under its row, OTHER_RANGE_LINE.) (text7 review) Only in a
 * sentence's shape, a test's name after the word: `goal` or `aim` after a word, or `target` after an article or a verb
 * (`a target LDL`, `set target HbA1c`) — a blood film's `target cells`, `RBC target cells`, `Poikilocytes, target` or
 * `Red cells - target forms` is a row's name.
 */
const TARGET_IN_SENTENCE = /\S\s+(?:an?\s+|the\s+)?(?:goals?|aim)\s+\p{L}|\b(?:an?|the|your|our|set|sets|mentioned|recommends?|recommended|is|are|was|were)\s+targets?\s+(?!(?:cells?|forms?)\b)\p{L}/iu;
/**
 * (fixc) `target`/`goal` ending a name of five words or more, the sentence's (`For patients at high cardiovascular
 * risk consider LDL-C target` before `<1.8 mmol/L`): the number after it is the target.
 */
const TARGET_ENDING_NAME = /^(?:\S+\s+){4,}(?:targets?|goals?)\s*:?\s*$/iu;
/** (mend5) A target's number: printed with a comparator, in signs or words (`<1.8`, `below 100`). */
const TARGET_COMPARATOR = /^\s*(?:[<>≤≥]|(?:below|above|under|over|less|more|at\s+least|at\s+most)\b)/iu;

/**
 * (mend5) fixc's rule narrowed: only when the number after `target`/`goal` carries a comparator and the row prints
 * nothing else, no range (`… consider LDL-C target <1.8 mmol/L`). A row whose name ends on the word and that prints
 * a value and a range (`INR on warfarin therapy - target  2.6  2.0 - 3.0`, `LDL-C high risk patients target  3.4
 * mmol/L  < 1.8`) is a row.
 */
function targetEndingName(row: RawRow): boolean {
  if (!TARGET_ENDING_NAME.test(row.name)) return false;
  if (row.rangeText?.trim() || row.range) return false;
  return row.comparator !== undefined || TARGET_COMPARATOR.test(row.valueText ?? '');
}

/**
 * (fixr79) A line that introduces a list of levels to reach, no results (`For low risk people, recommended levels are
 * (according to the lab):`, `Targets:`, `Your optimal levels should be`, `Desirable levels`): a word of a target, a
 * recommendation, a desirable, optimal or ideal level, or `should be`, in a text of no digit.
 */
const TARGET_INTRO = /\b(?:recommended|recommendations?|targets?|goals?|desir(?:e)?able|optimal|ideal|should\s+be|aim\s+for)\b/iu;
/**
 * (mend19, review cr13) A line of a list of levels: a name, a comparator, a number and perhaps a unit, nothing else (no
 * range, no flag, no second value: `LDL <  130 mg/dL`, `TC (total cholesterol) < 200 mg/dL`, `Chol/HDL ratio < 4.4`).
 * Group 1 the name.
 */
const BOUND_LINE = /^\s*(\p{L}[^<>≤≥]*?)\s*[<>≤≥]\s*\d+(?:[.,]\d+)?\s*(?:[^\s\d()<>≤≥][^\s()<>≤≥]*)?\s*$/u;
/**
 * (mend19) What only mentions a target, introducing no list of them: boilerplate (`should be interpreted`, `should be
 * individualised`, a participle after `should be`), an ideal or a goal of something else than a level (`Ideal sample`,
 * `Ideal collection`, `Goal-directed`, `goal is to`, `Ideal if fasting`), an organisation's or a person's name (`Ideal
 * Diagnostics Pvt Ltd`, `Optimal Labs Inc.`, `Dr. Goal`).
 */
const TARGET_MENTIONED = /\bshould\s+be\s+\p{L}+ed\b|\b(?:ideal|goal|target|optimal)\s+(?:samples?|specimens?|collections?|tubes?|times?|if|for\s+(?:sepsis|the|a|an))\b|-directed\b|\bgoal\s+is\s+to\b|\b(?:Labs?|Laborator(?:y|ies)|Diagnostics?|Pathology|Inc|Ltd|Pvt|LLC|Clinic|Hospital|Cent(?:re|er))\b|\bDr\.?\s+\p{Lu}/u;
/** (mend19) A table's column words: two of them in a line make a header (`Test  Result  Target`, `Test  Result  Optimal range`). */
const COLUMN_WORD = /\b(?:tests?|results?|units?|reference|flags?|analytes?|parameters?|investigations?|ranges?|intervals?|status)\b/giu;
/**
 * (mend19) A heading of a target's words alone with a noun of levels (`Targets:`, `Desirable levels`, `Recommended levels
 * are:`, `Your optimal levels should be`, `Treatment goals`) — a bare adjective (`Optimal`, `Desirable`: a consumer
 * report's group of results in range) is none.
 */
const TARGET_HEADING_WORD = /^(?:targets?|goals?|recommended|recommendations|desir(?:e)?able|optimal|ideal|treatment|levels?|values|your|the|are|should|be)$/iu;
const TARGET_LEVEL_NOUN = /^(?:targets|goals|recommendations|levels?|values)$/iu;
function targetHeading(text: string): boolean {
  const words = text.replace(/:\s*$/u, '').trim().split(/\s+/u).filter(Boolean);
  return words.length > 0 && words.length <= 6 && words.every((w) => TARGET_HEADING_WORD.test(w)) && words.some((w) => TARGET_LEVEL_NOUN.test(w));
}

/**
 * (fixr79) Whether a row is a level to reach listed under a line that introduces targets. (mend19, review cr13: the first
 * rule took any digit-free line near a target word — boilerplate, a lab's name, a table's header, a consumer banner, a
 * patient's message — and dropped real censored results.) Now only a list shaped as targets: the row's value a
 * comparator's bound with no range and no flag, on a line of a bound alone (BOUND_LINE) carrying no other row; the
 * list (its neighbouring such lines) holds two bounds or more of different names; above it (up to two blank lines) a
 * paragraph of up to three lines with no digit, a target's word, nothing that only mentions one (TARGET_MENTIONED) and
 * no table header; and either that paragraph is a heading of a target's words alone (targetHeading) or it ends in a
 * colon and a test of the list is printed again later with a value and no comparator (the patient's own result, `LDL
 * 97` after `LDL < 130 mg/dL`). A line that carries any other result stops the walk.
 */
function targetListed(row: RawRow, lines: readonly SourceLine[], rows: readonly RawRow[], opts: TextParseOptions): boolean {
  if (!row.comparator || row.rangeText?.trim() || row.range || row.flag) return false;
  const at = (l: SourceLine) => rows.filter((r) => r.line === l.line && (r.page ?? 0) === (l.page ?? 0));
  const k0 = lines.findIndex((l) => l.line === row.line && (l.page ?? 0) === (row.page ?? 0));
  if (k0 < 0) return false;
  const blank = (t: string | undefined) => !t?.trim();
  const listLine = (l: SourceLine) => !blank(l.text) && BOUND_LINE.test(l.text)
    && at(l).every((r) => r.comparator && !r.rangeText?.trim() && !r.range && !r.flag);
  if (!listLine(lines[k0]!)) return false;
  let top = k0;
  while (top > 0 && listLine(lines[top - 1]!)) top--;
  let bottom = k0;
  while (bottom + 1 < lines.length && listLine(lines[bottom + 1]!)) bottom++;
  const names = new Set(lines.slice(top, bottom + 1).map((l) => foldName(BOUND_LINE.exec(l.text)![1]!)));
  if (names.size < 2) return false;
  let k = top - 1;
  let gaps = 0;
  while (k >= 0 && blank(lines[k]!.text) && gaps < 2) {
    k--;
    gaps++;
  }
  const intro: string[] = [];
  while (k >= 0 && !blank(lines[k]!.text) && intro.length < 3) intro.unshift(lines[k--]!.text);
  // A paragraph longer than three lines, or a line of a result above it, is no introduction.
  if (!intro.length || (k >= 0 && !blank(lines[k]!.text))) return false;
  const text = intro.map((t) => t.trim()).join(' ');
  if (/\d/.test(text) || !TARGET_INTRO.test(text) || TARGET_MENTIONED.test(text) || (text.match(COLUMN_WORD)?.length ?? 0) >= 2) return false;
  if (intro.length === 1 && targetHeading(text)) return true;
  if (!/:\s*$/u.test(text)) return false;
  // The list's tests printed again after it with a value of their own: the patient's results, the list their targets.
  const listRows = lines.slice(top, bottom + 1).flatMap(at);
  const end = lines[bottom]!;
  const after = (r: RawRow) => (r.page ?? 0) > (end.page ?? 0) || ((r.page ?? 0) === (end.page ?? 0) && r.line > end.line);
  const same = (a: string, b: string) => foldName(a) === foldName(b) || (opts.sameAnalyte?.(a, b) ?? false);
  return rows.some((r) => after(r) && !r.comparator && r.value !== null && listRows.some((l) => same(l.name, r.name)));
}

/**
 * (fixr79) A risk table's tier as a row's name (`Recommended < 4.5 (< 4.0)`, `Very low, 1/2 average  < 3.4 (< 3.3)`,
 * `Moderate, 2x average 9.5 (7.0)`): a name of tier words only (a level's, a risk's, a multiple of the average), which
 * names no test.
 */
const RISK_TIER_WORD = /^(?:recommended|very|low|lower|average|moderate(?:ly)?|high|higher|optimal|desirable|borderline|normal|elevated|ideal|acceptable|near|above|below|risk|intermediate|increased|half|times|mild|severe|x?\d+(?:[.,]\d+)?x?|\d+\/\d+)$/iu;
/** (mend20) A unit of a concentration: an amount, a mass or activity per volume (`mmol/L`, `mg/dL`, `ng/mL`, `U/L`). */
const CONCENTRATION_UNIT = /^(?:[munpfµμk]?(?:mol|g|eq|iu|u|kat)|m?iu|u)\s*\/\s*(?:[dcmµμun]?l)$/i;
function tierNamed(row: RawRow, opts: TextParseOptions): boolean {
  const words = row.name.replace(/[,;:()]/g, ' ').trim().split(/\s+/u).filter(Boolean);
  if (!words.length || !words.every((w) => RISK_TIER_WORD.test(w)) || !words.some((w) => /\p{L}{3}/u.test(w))) return false;
  // (mend20, review cr14) A concentration printed after the value and no bound (`Average  8.1 mmol/L`, a glucose
  // sensor's summary): a measurement, no tier's line.
  if (row.unit && CONCENTRATION_UNIT.test(row.unit.trim()) && !row.comparator && !row.rangeText?.trim() && !row.range) return false;
  return !opts.knows?.(row.name.trim());
}

/**
 * (text7) A tier of a comment inside a name (`Borderline: 3.4-5.4 ng/mL. Deficient` before `<3.4 ng/mL.`): a label, a
 * colon and a range with its unit — what a tiered range note prints under its row, never a test's name.
 */
const TIER_IN_NAME = /\p{L}\s*:\s*[<>≤≥]?\s*\d+(?:[.,]\d+)?\s*[-–]\s*\d+(?:[.,]\d+)?\s*[A-Za-zµμ%]/u;

/**
 * (text7) A quotation inside a name (`Dr Lee's comment: “All fine – recheck in` before `6 months.”`): a label, a colon
 * and an opening quote — someone's words quoted, never a test's name.
 */
const QUOTE_IN_NAME = /:\s*[“"‘«]\s*\p{L}/u;

/**
 * (set 15, N06, N22) A bound in words ending a name (`LDL ("bad") cholesterol  Less than 100 mg/dL  Optimal`, an
 * education sheet's tier; `… usually rises by at least 35% over 48 hours`): the number after it is a tier's or a
 * sentence's limit, no result — a laboratory prints a censored result with its sign (`<5`).
 */
const BOUND_WORDS_ENDING_NAME = /(?:^|\s)(?:less|lower|more|greater|higher)\s+than\s*:?\s*$|(?:^|\s)(?:at\s+(?:least|most)|up\s+to|below|above)\s*:?\s*$/iu;
/**
 * (set 15, N22) A sentence read as a name: an article and a verb or an adverb of a sentence among its words (`In a viable
 * intrauterine pregnancy serum hCG usually rises by`), never in a test's name.
 */
// (review 25) The article capitalised too, opening the name (`Your total cholesterol is` before `5.6 mmol/L`). (Review of
// prose19) Anchored: unanchored, both look-aheads ran to the name's end from every place in it.
const SENTENCE_IN_NAME = /^(?=.*(?:^|\s)(?:[Aa]|[Aa]n|[Tt]he|[Yy]our|[Oo]ur)\s)(?=.*(?:^|\s)(?:is|are|was|were|usually|rises?|falls?|should|may|can|will|means|indicates|suggests)(?:\s|$))/u;
/**
 * (prose19) The same in the languages of the prose reader's other verbs (result-list.ts ARTICLES_ABROAD, not-result-words.ts
 * BE_VERB_ABROAD): an article or a possessive and `is` inside the name, both whole words (`El objetivo es una HbA1c de
 * menos de` before `7 %`, `Das Ziel ist ein LDL von unter` before `70 mg/dl`: a goal's sentence, read as an unknown test).
 */
const SENTENCE_ABROAD_IN_NAME = new RegExp(String.raw`^(?=.*(?<!\p{L})(?:${ARTICLES_ABROAD})\s)(?=.*\s(?:${BE_VERB_ABROAD})\s)`, 'iu');
/**
 * (prose19) A whole date inside a name, after something of it (`TELEHEALTH VISIT SUMMARY … Visit date: 09/26/2025 Duration` before `25 min`;
 * a date opening the name is the result's own, `15/01/2024Vitamin D`):
 * a header's fields run together, no test's name — a date column stands apart from the name, and no test is named by a
 * day.
 */
const DATE_IN_NAME = /^.+?(?<![\d/.-])(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d\d|(?:19|20)\d\d[/.-]\d{1,2}[/.-]\d{1,2})(?![\d/.-])/u;
/**
 * (prose19) A finding's value inside a name, more words after its comma (`ECG: NSR at 84, no acute ST changes, QTc`
 * before `438 ms`): a note's list of findings, the number after it another finding's, no result of a test so named.
 */
// (review 27) Or a censored value with no verb before it (`eGFR >90, urine albumin to creatinine ratio` before `12 mg/g`):
// a list's earlier item, its comparator glued.
const FINDING_IN_NAME = /(?:(?:^|\s)(?:at|of|is|was)\s+[<>]?|\s[<>≤≥]\s?)\d+(?:[.,]\d+)?\s*[\p{L}%/]*\s*,\s+\p{L}/iu;

/**
 * (prose19) A label before the name's colon that says `previous` in any language it knows (`Previous test in January:
 * testosterone`, `Poprzednie badanie w styczniu: testosteron`, `Vorwert im Januar: Testosteron`): an earlier result,
 * no row of this report.
 */
function pastLabelled(name: string): boolean {
  const colon = name.lastIndexOf(':');
  return colon > 0 && PREVIOUS_WORD.test(name.slice(0, colon));
}

/**
 * (set 16, I20) A letter's salutation before a number (`Dear Mr. Mehta (M, 44 yrs),`): a greeting, no test's name. Not
 * `Hi`, a haemagglutination inhibition's abbreviation (`HI titre`).
 */
const SALUTATION = /^(?:dear|hello|hola|estimad[oa]s?|querid[oa]s?|prezad[oa]s?|sehr\s+geehrte[rn]?|liebe[rn]?|ch[eè]re?s?|gentile|egregi[oa]|v[aá][zž]en[ýyáa]|szanown[ya]|geachte|beste|hej)\s+\p{L}/iu;

/**
 * (review 22, R22-43) Words in place of a result after the name's colon, its range after them (`CRP: not done (ref <5
 * mg/l)`, `CRP: elmaradt (ref <5 mg/l)`): the range's bound had been read as a censored result under a name holding them.
 */
function noResultAfterLabel(name: string): boolean {
  const colon = name.indexOf(':');
  return colon > 0 && notAResultAt(tokenize(name.slice(colon + 1)), 0) !== null;
}

/**
 * (text7) Whether a row's name, one the catalog does not know, is a target's sentence, a tiered comment's label or a
 * quotation; (set 15–16) a bound in words at its end, a sentence, or a letter's salutation; words in place of a result
 * after its colon.
 */
function notATestsName(row: RawRow, opts: TextParseOptions): boolean {
  const name = row.name;
  if (!TARGET_IN_SENTENCE.test(name) && !TIER_IN_NAME.test(name) && !QUOTE_IN_NAME.test(name) && !targetEndingName(row)
    && !BOUND_WORDS_ENDING_NAME.test(name) && !SENTENCE_IN_NAME.test(name) && !SENTENCE_ABROAD_IN_NAME.test(name) && !SALUTATION.test(name.trim()) && !noResultAfterLabel(name)
    && !DATE_IN_NAME.test(name) && !FINDING_IN_NAME.test(name) && !pastLabelled(name)) return false;
  return !opts.knows?.(name.trim());
}

/**
 * (fixjp) What a letterhead's contact line prints and no result's line does: a web or e-mail address (`www.lab.ro`,
 * `https://…`, `info@lab.com`); a telephone's or fax's label before its number, seven signs or more (`Tel (02)
 * 8723-0101`, `Phone: +63 2 8555 0101`, `Fax 021.555.0142`; not `pH 7.33`); an accreditation's (`RENAR LM 1092`,
 * `ISO 15189`, `CLIA #`, `License No. 13-0027`; not a method's `CLIA`); a street address, its house number before or after the street's word (`279 E.
 * Rodriguez Sr. Ave.`, `Calea Floreasca nr. 111`, `Rua Augusta 5`). Its numbers are no result: the house's, the
 * telephone's, the accreditation's.
 */
const WEB_ADDRESS = /(?:^|[\s(|<])(?:https?:\/\/|www\.)\S|[\w.+-]+@[\w-]+\.[\w.]+/i;
const PHONE_LABEL = /(?<!\p{L})(?:tel|tél|telephone|téléphone|phone|fax|mobile|hotline|helpline|tlf|telefon|telefono|teléfono|telefone|telp)\.?\s*(?:no\.?|nr\.?|#)?\s*[:.]?\s*[+(]?\d[\d\s().\/-]{5,}\d/iu;
// (mend7) An accreditation body's or licence's code only: the word `accredited` (`Zinc *not accredited`,
// `Calprotectin (accredited)`) marks a test's row, no letterhead.
const ACCREDITATION = /(?<!\p{L})(?:renar|iso\s*(?:15189|17025|9001)|clia\s*(?:#|no\.?|id)|nabl|licen[cs]e\s*(?:no\.?|nr\.?|number|#))(?!\p{L})/iu;
/** (fixjp) A street's word in an address, capitalised (`Ave.`, `Street`, `Calea`, `Strada`, `Rua`) or in capitals. */
const STREET_WORDS = ['Ave', 'Avenue', 'St', 'Street', 'Rd', 'Road', 'Blvd', 'Boulevard', 'Lane', 'Highway', 'Calea', 'Strada', 'Str', 'Ulica', 'Rua', 'Avenida', 'Calle', 'Strasse', 'Straße']
  .flatMap((w) => [w, w.toUpperCase()]).join('|');
const STREET_ADDRESS = new RegExp(String.raw`(?<![\p{L}\d.,-])\d{1,5}[A-Za-z]?\s+(?:\p{Lu}[\p{L}'-]*\.?\s+){0,4}(?:${STREET_WORDS})\.?(?=[\s,]|$)`
  + String.raw`|(?<!\p{L})(?:${STREET_WORDS})\.?\s+(?:\p{Lu}[\p{L}'-]*\.?\s+){1,3}(?:(?:nr|no)\.?\s*)?\d{1,5}[A-Za-z]?(?=[\s,]|$)`, 'u');

/**
 * (fixjp) Whether a row is read from a letterhead's contact line: what it was read from (its name, value, unit and
 * range as printed; not the rest of its line, which may run on through other rows) holds a web address, a telephone,
 * an accreditation or a street address, under a name the catalog does not know.
 */
function contactRow(row: RawRow, opts: TextParseOptions): boolean {
  // (mend7) A row with a value, a unit the reader knows and a range with a bound is a result, whatever it holds.
  const range = rowRange(row);
  if (row.value !== null && toUcum(row.unit) !== null && (range.low !== undefined || range.high !== undefined)) return false;
  const printed = [row.name, row.valueText ?? row.value, row.unit, row.rangeText].filter((p) => p !== undefined && p !== null).join(' ');
  // (mend7) A web address in the name, value or unit only: one after the range is a comment's (`< 100
  // www.labtestsonline.org`).
  const named = [row.name, row.valueText ?? row.value, row.unit].filter((p) => p !== undefined && p !== null).join(' ');
  return (WEB_ADDRESS.test(named) || PHONE_LABEL.test(printed) || ACCREDITATION.test(printed) || STREET_ADDRESS.test(printed) || postalCodeAndTown(row))
    && !opts.knows?.(row.name.trim());
}

/**
 * (postcode) A postal code and its town read as a value and its unit (`CERBA  Laboratoire de biologie médicale  95310
 * Saint-Ouen-l'Aumône`, `13353 Berlin`): a whole number of four or five digits, then a capitalised word no unit reader
 * knows (a town's name, perhaps hyphenated or with an apostrophe).
 */
function postalCodeAndTown(row: RawRow): boolean {
  // (review 33) Never a row with a range (`CD4 absolute  1250 Cells  500 - 1500`), nor a count's word (`25000 Copies`).
  return row.value !== null && /^\d{4,5}$/.test(String(row.valueText ?? row.value)) && row.unit !== undefined && !row.rangeText?.trim()
    && /^\p{Lu}\p{Ll}+(?:[-'’]\p{L}+)*$/u.test(row.unit) && toUcum(row.unit) === null && !COUNT_WORD_UNIT.test(row.unit);
}
/** Words a count is printed in where a unit goes (`Cells`, `Copies`, `Units`, `Colonies`, `Kopien`, `Copias`, `Events`). */
const COUNT_WORD_UNIT = /^(?:cells?|copies|copy|units?|colonies|particles|events|kopien|copias|copie|cellules|zellen)$/i;

/**
 * (set 15–16) One tier of a legend: a label (a word or a code, `G3a`, `normal`, `alto`) and its interval or bound (`60-89`,
 * `>=90`, `< 150`).
 */
const LABELLED_BOUND = /(?<![\p{L}\d.,])\p{L}[\p{L}\d]*\.?\s*:?\s*(?:[<>≤≥]=?\s*\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s*[-–]\s*\d+(?:[.,]\d+)?)(?=[\s,;|.]|$)/gu;
/** The fewest tiers that make a line a legend. */
const FEWEST_LEGEND_TIERS = 3;

/**
 * (set 15–16) Whether a row is a bound of a legend of tiers: its value printed as a bound (`>=90`, `>= 500`) on a line of
 * three tiers or more, each a label and its bounds, and read after two of them (they are in its name: `Triglicéridos:
 * normal < 150, limítrofe 150-199, alto 200-499, muy alto` before `>= 500 mg/dL`) or before a tier's label where its unit
 * goes (`G1` before `>=90`, `G2` after it). A censored result before its unit and a range of tiers (`Oestradiol  <40
 * pmol/L  Follicular 70-530; Luteal 180-800; Postmenopausal <100`) is a result.
 */
function legendRow(row: RawRow, text: string | undefined): boolean {
  if (!/^\s*[<>≤≥]/.test(row.valueText ?? '')) return false;
  if (text === undefined || (text.match(LABELLED_BOUND)?.length ?? 0) < FEWEST_LEGEND_TIERS) return false;
  return (row.name.match(LABELLED_BOUND)?.length ?? 0) >= 2 || TIER_CODE.test(row.unit?.trim() ?? '');
}

/** (set 15, N03) A tier's code read where a unit goes (`G2`, `G3a`, `A1`): letters, then digits, perhaps a letter. */
const TIER_CODE = /^\p{Lu}{1,2}\d{1,2}\p{Ll}?$/u;

/** How far above its rows an order's header is looked for (lines). */
const ORDER_HEADER_REACH = 60;

/**
 * (set 16, I24) The lines under a header of an order or a bill (`Código TUSS  Descrição  Qtd.`, `Code  Test  Qty  Price`),
 * by line number: lines whose nearest line above that reads as a header (two cells or more, no digit), 60 lines up at
 * most, heads a quantity's or a price's column (not-result-words.ts ORDER_COLUMN) and no result's (table.ts
 * headsValueColumn). Their numbers are quantities and prices: no rows (the HbA1c of a requisition had been read with the
 * value `1`). A report's own header above the rows (`Test  Result  Units`) keeps them. One pass over the lines.
 */
function linesUnderOrderHeader(lines: readonly SourceLine[]): Set<number> {
  const under = new Set<number>();
  let header: { at: number; order: boolean } | undefined;
  lines.forEach((l, i) => {
    if (header?.order && i - header.at <= ORDER_HEADER_REACH) under.add(l.line);
    // The line's cells as the table reader has them (a table's own, a Markdown row's, runs apart by a column gap).
    // (pricecell) A price's currency in brackets after the header's word (`Fiyat (TL)`) is dropped, the word heading the
    // column — in a price list's header of two cells only (`Tetkik  Fiyat (TL)`; review 33: `Patient Name  Age/Sex
    // Amount (Rs.)`, a results table's `… Referans Aralığı  Ücret (TL)` are none).
    const printed = l.cells ?? markdownCells(l.text) ?? textCells(l.text);
    const priced = printed.filter((c) => c.text.trim()).length === 2;
    const cells = printed.map((c) => ({ printed: c.text, folded: foldName(priced && /[([]/.test(c.text) ? c.text.replace(CURRENCY_IN_BRACKETS, '') : c.text) })).filter((c) => c.folded);
    if (cells.length < 2 || cells.some((c) => /\d/.test(c.folded))) return;
    header = { at: i, order: cells.some((c) => ORDER_COLUMN.test(c.folded)) && !cells.some((c) => headsValueColumn(c.printed)) };
  });
  return under;
}

/** (set 15, N09) A name that opens a bracket and never closes it (`(Cl` of `Anion Gap = Na - (Cl + CO2)`): a fragment. */
const FRAGMENT_NAME = /^\([^)]*$/u;

/**
 * (noteclause) A note's clause read as a row: a formula, its name words on both sides of an equals sign (`HOMA-IR =
 * fasting insulin (µIU/mL) x fasting glucose (mg/dL) / 405`), or a sentence's bracket opened in the name and closed in
 * the unit (`PSA reference interval is age-related (45-54 years: < 2.5 ug/L).`). Only under a name the catalog does
 * not know (checked where it is used).
 */
function notesClause(row: RawRow): boolean {
  const name = row.name;
  // (review 33) A calculated result printed with its formula has a range (`LDL calc = CT - (HDL + TG/5)  132 mg/dL  <
  // 130`, `Anion gap = Na - (Cl + HCO3)  12 mmol/L  8 - 16`): a result; a formula in a note has none.
  if (/\p{L}\S*\s*=\s*\p{L}/u.test(name)) return !/\d/.test(row.rangeText ?? '');
  // The bracket opened in the name holds a number (an age's or a tier's: `(45-54 years`), not a name's words
  // (`Anti-TPO (Thyroperoxidase Ab  12  (IU/mL)`, a result whose unit closes its own bracket).
  const open = name.lastIndexOf('(');
  return open > name.lastIndexOf(')') && /\d/.test(name.slice(open)) && /\)\.?$/.test(row.unit ?? '');
}

/** An arrow printed as a value's flag (`↑69.01`, `RDW-SD  ↑  45.1`, `13.3 ▼`), or the bullet OCR makes of one glued to the value (`•0.66`). */
const PRINTED_ARROW = /[↑↓▲▼]\s*\d|\d\s*[↑↓▲▼](?!\S)|(?:^|\s)•\d/u;
/** A word of a header that names an earlier result's column (`Test  Result  Previous  Range`, `上次结果`). */
const PREVIOUS_COLUMN = /(?:^|\s)(?:previous|prior|last|earlier|former|before)(?:\s|$)|上次|前次|历史结果/iu;
/** A word of a header that names the result's column. */
const RESULT_COLUMN = /(?:^|\s)(?:results?|values?|current|today)(?:\s|$)|结果/iu;

/**
 * Whether a `1` before a value may be an up arrow OCR read as the digit (oneReadForArrow): only in a report that prints
 * arrows as flags on its rows — OCR that turns one arrow into `1` turns others into arrows or bullets, not all into
 * `1` — and in which no header line names a previous result's column (`Test Result Previous Range Units`: there
 * `Magnesium 1 2.8 1.7-2.2` is a result of 1 and an earlier one of 2.8).
 */
/** (labs37fix review) A unit column's header cell, in the languages the reader reads. */
const UNIT_HEADER_CELL = /^(?:units?|unidad(?:es)?|unid\.?|unidade|einheit|unité|unite|eenheid|enhet(?:er)?|yksikkö|jednostka|uom)$/iu;

/**
 * (labs37fix review) Whether a header line (no digits; three or more cells apart by two spaces, a tab or a bar, none of
 * more than three words) names a column after the unit's (`Test  Limit  Unit  Result`, `Analyte  Previous  Units  Current`).
 */
function namesColumnAfterUnit(lines: readonly SourceLine[]): boolean {
  return lines.some((l) => {
    if (/\d/.test(l.text)) return false;
    const cells = l.text.split(/\s{2,}|\t|\|/).map((c) => c.trim().replace(/[*_:]+/g, '').trim()).filter(Boolean);
    if (cells.length < 3 || cells.some((c) => c.split(/\s+/).length > 3)) return false;
    const at = cells.findIndex((c) => UNIT_HEADER_CELL.test(c));
    return at >= 0 && at < cells.length - 1;
  });
}

function printsArrowsOnly(lines: readonly SourceLine[]): boolean {
  const header = (t: string) => !/\d/.test(t) && PREVIOUS_COLUMN.test(t) && RESULT_COLUMN.test(t);
  return lines.some((l) => PRINTED_ARROW.test(l.text)) && !lines.some((l) => header(l.text));
}

/**
 * `*A` printed as a row's flag: alto (high) where Spanish and Portuguese printouts mark `*A`/`*B`, abnormal where
 * English and HL7 ones print `A`. High only for a number not inside or below its range (`LEUCOCITOS *A 18.64 10³/µL
 * 4.5 - 11.0`), or, with no range to tell, in a report that prints `*B` too; otherwise abnormal (`Hemoglobin *A 9.0
 * g/dL 12.0-16.0` is below its range: not high), and always for an answer in words (`Nitrite Positive *A`).
 */
function starAFlags(rows: RawRow[]): void {
  const starB = rows.some((r) => /^\*b$/i.test(r.flag ?? ''));
  for (const row of rows) {
    if (!/^\*a$/i.test(row.flag ?? '') || row.normalizedFlag) continue;
    if (row.value === null) {
      row.normalizedFlag = 'abnormal';
      continue;
    }
    const range = rowRange(row);
    const bounded = range.low !== undefined || range.high !== undefined;
    const high = bounded ? flagFromRange(row.value, row.comparator, row.valueText, range) === 'high' : starB;
    row.normalizedFlag = high ? 'high' : 'abnormal';
  }
}

/**
 * (fixjp) A legend of grade letters, as a check-up prints its judgment's (`A = Within normal limits   B = Slightly
 * abnormal   C = Re-examination …   D = Treatment …`): a letter, `=`, then words. A legend is a grade's where its
 * letters run from `A` in the alphabet's order (`A`, `B`, `C` at least, on one line or on lines one after another); a
 * flag's legend (`H = High  L = Low  A = Abnormal`) is none.
 * (mend7) `=` only: a letter and a colon is a label (`Hepatitis A: Negative`, a performing sites' footer `A: Main
 * Laboratory  B: Microbiology`). A legend whose letter means a flag (`A = Alto  B = Bajo`: normalizeFlag reads a
 * side or abnormal, in any language it knows) is a flag's legend, whatever its letters' order; a line with no legend
 * letter ends the run.
 */
const LEGEND_LETTER = /(?:^|\s)([A-G])\s*=\s*(?=\p{L})/gu;
/** The fewest letters of such a legend (`A`, `B`, `C`). */
const FEWEST_GRADES = 3;

/** (mend7) Whether a legend letter's meaning (the words after its `=`, up to the next letter) is a flag's. */
function flagMeaning(meaning: string): boolean {
  const flag = normalizeFlag(meaning.trim().replace(/[\s,;.]+$/, ''));
  return flag !== null && flag !== 'normal';
}

/**
 * A line's legend entries (LEGEND_LETTER, or another legend's marks: flagLegendStars' STAR_LEGEND_MARK): each mark, its
 * meaning (the words to the next mark) and where it stands.
 */
function legendEntries(text: string, mark: RegExp = LEGEND_LETTER): { letter: string; meaning: string; index: number }[] {
  const letters = [...text.matchAll(mark)];
  return letters.map((m, i) => ({ letter: m[1]!, meaning: text.slice(m.index! + m[0].length, letters[i + 1]?.index ?? text.length), index: m.index! }));
}

/** The letters of a report's grade legend (LEGEND_LETTER), or none. */
function gradeLegend(lines: readonly SourceLine[]): Set<string> {
  let run: string[] = [];
  let grades: string[] = [];
  for (const l of lines) {
    const entries = legendEntries(l.text);
    if (entries.length === 0) run = [];
    for (const { letter, meaning } of entries) {
      run = flagMeaning(meaning) ? []
        : letter === String.fromCharCode('A'.charCodeAt(0) + run.length) ? [...run, letter] : letter === 'A' ? ['A'] : [];
      if (run.length >= FEWEST_GRADES && run.length > grades.length) grades = run;
    }
  }
  return new Set(grades);
}

/**
 * (fixjp) A row's flag that is one of the report's grade letters (gradeLegend): a grade, which says how far a result
 * is from the normal and not which way — no flag (`A` is within normal limits, not HL7's abnormal; `B` slightly
 * abnormal, not bajo's low; `C` re-examination, not critical). The printed range flags the row.
 */
function gradeLettersNoFlag(lines: readonly SourceLine[], rows: RawRow[]): void {
  if (!rows.some((r) => r.flag && /^[A-G]$/.test(r.flag))) return;
  const grades = gradeLegend(lines);
  for (const row of rows) {
    if (!row.flag || !grades.has(row.flag)) continue;
    delete row.flag;
    delete row.normalizedFlag;
  }
}

/**
 * (set 27) A legend that says what its flag letters mean (`IND.: A = Alto, B = Bajo.`, a Dominican laboratory's: `A` its
 * high, not HL7's abnormal): a row flagged with one of its letters takes the legend's word (flags.ts normalizeFlag reads
 * it). Only a legend of two letters at least, each a side's (flagMeaning); one letter alone might be a grade's.
 */
function flagLegendLetters(lines: readonly SourceLine[], rows: RawRow[]): void {
  if (!rows.some((r) => r.flag && /^[A-G]$/.test(r.flag))) return;
  for (const l of lines) {
    const entries = legendEntries(l.text);
    if (entries.length < 2) continue;
    const meanings = new Map<string, string>();
    for (const { letter, meaning } of entries) {
      const word = meaning.trim().replace(/[\s,;.]+$/, '').split(/[\s,;.]+/)[0]!;
      if (flagMeaning(word)) meanings.set(letter, word);
    }
    if (meanings.size < 2 || meanings.size !== entries.length) continue;
    for (const row of rows) if (row.flag && meanings.has(row.flag) && !row.normalizedFlag) row.flag = meanings.get(row.flag)!;
    return;
  }
}

/**
 * (set 28) A legend that gives its star marks a side each (`*  result above the reference interval      **  result
 * below the reference interval`, a Canadian clinic's summary; `* = High  ** = Low`): a row flagged with one of its marks
 * takes that side — read alone, two stars were a critical or an abnormal mark. Only a legend of two marks at least on
 * one line, each naming one side (its words' flags, not both sides), the sides apart; (review 45) the line
 * opening with its first mark, each meaning the reference's side (STAR_SIDE_OF, STAR_SIDE_NOT), and no row re-flagged
 * against its own printed bounds.
 */
function flagLegendStars(lines: readonly SourceLine[], rows: RawRow[]): void {
  if (!rows.some((r) => r.flag && /^\*{1,3}$/.test(r.flag.trim()))) return;
  for (const l of lines) {
    // (As printed: lineText takes a star opening the line for a bullet.)
    const text = l.text.trim();
    if (!text.includes('*') || text.length > 300) continue;
    const marks = legendEntries(text, STAR_LEGEND_MARK);
    if (marks.length < 2 || marks[0]!.index !== 0) continue;
    const sides = new Map<string, 'High' | 'Low'>();
    for (const { letter, meaning } of marks) {
      // The sides its words name (flags.ts normalizeFlag: `above`, `high`, `raised`, `below`, `decreased` …), one only.
      const named = new Set(meaning.split(/[^\p{L}]+/u).map((w) => flagSide(normalizeFlag(w))).filter((f) => f === 'high' || f === 'low'));
      if (named.size === 1 && STAR_SIDE_OF.test(meaning) && !STAR_SIDE_NOT.test(meaning)) sides.set(letter, named.has('high') ? 'High' : 'Low');
    }
    if (sides.size !== marks.length || new Set(sides.values()).size < 2) continue;
    for (const row of rows) {
      const side = row.flag && !row.normalizedFlag ? sides.get(row.flag.trim()) : undefined;
      // (review 45) Never against the row's printed bounds: a value inside or on the other side keeps its mark as printed.
      const { low, high } = row.range ?? (row.rangeText ? parseReferenceRange(row.rangeText) : {});
      const against = row.value !== null && ((side === 'High' && high !== undefined && row.value <= high) || (side === 'Low' && low !== undefined && row.value >= low));
      if (side && !against) row.flag = side;
    }
    return;
  }
}
/**
 * (set 28) A line that says the answer expected of every test under it (`Expected result for every drug class:
 * Negative`, `Expected result: Negative`, a workplace drug screen's): each answer row after it with no range of its own
 * takes that answer as its range (the text an answer is judged against: `Negative` normal, `Positive` not) — the
 * line's words no row either. Only an answer the reader knows (isQualitativeAnswer), and only rows of an answer.
 */
function expectedAnswerOverRows(lines: readonly SourceLine[], rows: RawRow[]): void {
  if (!rows.some((r) => r.value === null && r.valueText && r.rangeText === undefined)) return;
  for (const l of lines) {
    const m = EXPECTED_ANSWER_LINE.exec(lineText(l.text).trim());
    if (!m || !isQualitativeAnswer(m[1]!)) continue;
    for (let k = rows.length - 1; k >= 0; k--) {
      const row = rows[k]!;
      if (row.line === l.line && row.value === null) rows.splice(k, 1);
      else if (row.line > l.line && row.value === null && row.valueText && row.rangeText === undefined) row.rangeText = m[1]!;
    }
    return;
  }
}
const EXPECTED_ANSWER_LINE = /^(?:the\s+)?expected\s+(?:result|answer|value)s?(?:\s+for\s+(?:every|each|all)\s+[\p{L} -]{1,30}?)?\s*[:=]\s*(\p{L}[\p{L} -]{1,20}?)\.?$/iu;

/** (set 28) A star mark of a legend: one to three stars at the line's start or after a space, then its meaning's words. */
const STAR_LEGEND_MARK = /(?:^|\s)(\*{1,3})(?:\s+|\s*[=:]\s*)(?=\p{L})/gu;
/**
 * (review 45) The legend's meanings name the reference's side (`above the reference interval`, `High`, `below normal`),
 * not a change from the last result, a risk or a sample's index (`* Higher than previous`, `* Low risk`, `** High
 * haemolysis index`): such a legend re-flags nothing. The legend opens its line with a mark (STAR_LEGEND_MARK: a star
 * before a space or `=`, never Markdown's bold `**Note:**`).
 */
const STAR_SIDE_OF = /\b(?:reference|ref|range|normal|interval|limits?|high|low)\b/i;
const STAR_SIDE_NOT = /\b(?:previous|prior|last|earlier|risk|h(?:a)?emolys[ie]s|index|icteric|lipa?emic|delta)\b/i;

/**
 * `40,6HCT Αιματοκρίτης 40-52%` (pdf-parse's text of a Greek laboratory's report): the value column printed first and
 * run against the code that starts the name, the range last with its unit against its upper bound.
 */
const VALUE_FIRST = /^\s*(\d+(?:[.,]\d+)?)([A-Z][A-Za-z]{0,4}\s+\S.*?)\s+(\d+(?:[.,]\d+)?\s*-\s*\d+(?:[.,]\d+)?)(%|[A-Za-zµμ][A-Za-zµμ/0-9.*^]*)?\s*$/;

/**
 * A line printed value first: the number run against a code the catalog knows (`40,6HCT`), or against the Latin code
 * before a name in another script the catalog knows (`58,3Ne Ουδετερόφιλα`), and no number between the name and the
 * range. Digits glued to a word of an ordinary row (`24Hr Urine Protein 120 mg/24hr 0-150`, `25OH Vitamin D 32 ng/mL
 * 30-100`, a serial `1Total Cholesterol 180 mg/dL 0-200`) are part of its name, the row already in reading order.
 */
function valueFirst(text: string, opts: TextParseOptions): RegExpExecArray | null {
  const m = VALUE_FIRST.exec(text);
  if (!m || !opts.knows) return null;
  const name = m[2]!.trim();
  const [code, ...rest] = name.split(/\s+/);
  if (rest.some((w) => parseValueToken(w) !== null)) return null;
  const otherScript = rest.some((w) => /\p{L}/u.test(w) && !/\p{Script=Latin}/u.test(w));
  return opts.knows(code!) || (otherScript && opts.knows(name)) ? m : null;
}

/**
 * `78(A) GLUCOSA mg/dL 60-100`, `5.9 NITROGENO UREICO mg/dL 6-20`, `185.00 COLESTEROL TOTAL mg/dL DESEABLE < 200` (a
 * Mexican SwissLab PDF's text): the result column printed first, apart from the name, a mark in parentheses against
 * it, then the unit and the range (a label before it allowed).
 */
const VALUE_FIRST_APART = /^\s*(\d+(?:[.,]\d+)?)(\([A-Za-z*]{1,2}\))?\s+(\p{L}.*\S)\s*$/u;

/**
 * A line printed value first and apart: a name the catalog knows, no number in it, a unit, and a range with bounds
 * (after a word that labels it, if any) and nothing after the range.
 */
function valueFirstApart(text: string, opts: TextParseOptions): { value: string; mark?: string; name: string; unit: string; range: string } | null {
  const m = VALUE_FIRST_APART.exec(text);
  if (!m || !opts.knows) return null;
  const t = tokenize(m[3]!);
  for (let j = 1; j < t.length - 1; j++) {
    if (/\d/.test(t[j - 1]!)) return null;
    if (!isUnitToken(t[j]!) || parseValueToken(t[j]!)) continue;
    const from = t.length > j + 2 && REFERENCE_LABEL.test(t[j + 1]!.replace(/:$/, '')) ? j + 2 : j + 1;
    const range = numericRangeAt(t, from);
    if (!range || from + range.span !== t.length) continue;
    const name = t.slice(0, j).join(' ');
    if (!opts.knows(name)) continue;
    return { value: m[1]!, ...(m[2] ? { mark: m[2] } : {}), name, unit: t[j]!, range: t.slice(j + 1).join(' ') };
  }
  return null;
}

/** The bounds of a value-first line's range, a label before it (`DESEABLE < 200`, `Normal: 70-99`) left out. */
function apartRange(printed: string): ReturnType<typeof parseReferenceRange> {
  return parseReferenceRange(printed.replace(/^\S+:?\s+(?=[<>≤≥\d])/, ''));
}

/** A header's first column that names a quantity, an item, a code, a price, a year or a date, not a result. */
const NOT_RESULT_COLUMN = /^(?:cant|cantidad|qty|quantity|item|ítem|items|no|nº|n°|#|c[óo]digo|code|precio|price|a[ñn]o|year|fecha|date)\.?$/iu;

/**
 * Whether the leading numbers of a block of value-first lines look like results: not when they are all whole and all
 * equal (`1` on every row: a quantity column), or count up by a constant step (`10`, `20`, `30`; two rows only by one),
 * or by one or two (`1`, `2`, `4`, `5`: item numbers, one skipped), or are all years (`2019`, `2021`), or are all
 * round tens half of them far from their rows' ranges; nor under a header whose first column names a quantity, an item,
 * a code, a price, a year or a date (`Cant. Prueba Unidad Referencia`, `Precio por prueba:`).
 */
function valueFirstNumbersLikeResults(block: { value: string; mark?: string; range: string }[], above: string): boolean {
  const first = above.trim().split(/\s+/)[0] ?? '';
  if (NOT_RESULT_COLUMN.test(first)) return false;
  if (block.some((a) => a.mark || !/^\d+$/.test(a.value))) return true;
  const n = block.map((a) => Number(a.value));
  if (n.length < 2) return true;
  const steps = n.slice(1).map((v, i) => v - n[i]!);
  if (steps.every((d) => d === 0)) return false;
  if (n.length === 2 ? steps[0] === 1 : steps.every((d) => d === steps[0]! && d > 0) || steps.every((d) => d === 1 || d === 2)) return false;
  if (n.every((v) => v >= 1900 && v <= 2100)) return false;
  const far = block.filter((a, i) => {
    const range = apartRange(a.range);
    return (range.high !== undefined && n[i]! > range.high * 5) || (range.low !== undefined && n[i]! < range.low / 5);
  });
  return !(n.every((v) => v > 0 && v % 10 === 0) && far.length * 2 >= n.length);
}

/**
 * Lines so printed, laid out in the order the reader reads (`HCT Αιματοκρίτης  40,6 %  40-52`, `GLUCOSA  78 mg/dL
 * 60-100`): only where two lines or more are printed so (one such line is as likely a sentence that starts with a
 * number). A mark against the values that stands on a value inside its range (`78(A)` in 60-100: a laboratory's
 * accreditation mark) is no flag on any of them; another (`(H)` on values above their ranges only) is their flag.
 */
function valueFirstLines(lines: SourceLine[], opts: TextParseOptions): SourceLine[] {
  const read = lines.map((l) => valueFirst(l.text, opts));
  let apart = lines.map((l, i) => (read[i] ? null : valueFirstApart(l.text, opts)));
  // A block of such lines whose numbers do not look like results (an order's or a form's rows numbered, a quantity
  // column, years, a price list: no result printed) reads nothing (labs29fix2).
  for (let i = 0; i < apart.length; i++) {
    if (!apart[i]) continue;
    let end = i;
    while (end + 1 < apart.length && apart[end + 1]) end++;
    const block = apart.slice(i, end + 1) as NonNullable<(typeof apart)[number]>[];
    if (!valueFirstNumbersLikeResults(block, i > 0 ? lines[i - 1]!.text : '')) for (let j = i; j <= end; j++) apart[j] = null;
    i = end;
  }
  if (read.filter(Boolean).length + apart.filter(Boolean).length < 2) return lines;
  const inRange = (a: NonNullable<(typeof apart)[number]>) => {
    const value = parseNumber(a.value);
    const range = apartRange(a.range);
    return value !== null && (range.low !== undefined || range.high !== undefined) && flagFromRange(value, undefined, a.value, range) === 'normal';
  };
  const notFlags = new Set(apart.filter((a) => a?.mark && inRange(a)).map((a) => a!.mark!.toUpperCase()));
  return lines.map((l, i) => {
    const m = read[i];
    if (m) return { ...l, text: `${m[2]!.trim()}  ${m[1]}${m[4] ? ` ${m[4]}` : ''}  ${m[3]}` };
    const a = apart[i];
    if (!a) return l;
    const flag = a.mark && !notFlags.has(a.mark.toUpperCase()) ? ` ${a.mark}` : '';
    return { ...l, text: `${a.name}  ${a.value}${flag}  ${a.unit}  ${a.range}` };
  });
}

/**
 * `NAME  unit  0.55-1.020.9`: a name, a unit, then a range with the value column run against its upper bound.
 * (redos) The name ends on no space (`(?<!\s)`): the lazy name grew through a run of spaces and `\s+` scanned the rest
 * of the run from each of its places, the square of its length; a name ending in a space never matched first (the
 * name before that run, tried earlier, reads the same spaces), so the match is the same.
 */
const VALUE_AFTER_RANGE = /^(?:\([A-Za-z*]{1,2}\)\s+)?(\p{L}[^\d]*?)(?<!\s)\s+(\S+)\s+(\d+)([.,])(\d+)(\s*[-–]\s*)(\d+)\4(\d+)\4(\d+)\s*$/u;

/**
 * `(A) CREATININA mg/dL 0.55-1.020.9`, `ACIDO URICO mg/dL 2.60-6.004.6` (a Mexican laboratory's PDF text: the result
 * column printed after the range and run against it): the upper bound keeps the decimals of the lower one (`1.02`,
 * `6.00`) and the rest, itself a decimal number (`0.9`, `4.6`), is the value — where a name without digits comes
 * first, then a unit, and only where two lines or more are printed so (a range never carries two decimal marks in
 * its upper bound). A whole lower bound (`60-10087`) says nothing of where the upper bound ends: left as printed.
 * The mark before the name (`(A)`) is left out.
 */
function valuesAfterRanges(lines: SourceLine[]): SourceLine[] {
  const read = lines.map((l) => {
    const m = VALUE_AFTER_RANGE.exec(l.text);
    if (!m || !isUnitToken(m[2]!) || m[8]!.length <= m[5]!.length) return null;
    const upper = `${m[7]}${m[4]}${m[8]!.slice(0, m[5]!.length)}`;
    const value = `${m[8]!.slice(m[5]!.length)}${m[4]}${m[9]}`;
    if (value.startsWith('0') && !value.startsWith(`0${m[4]}`)) return null;
    return `${m[1]!.trim()}  ${value}  ${m[2]}  ${m[3]}${m[4]}${m[5]}${m[6]}${upper}`;
  });
  if (read.filter(Boolean).length < 2) return lines;
  return lines.map((l, i) => (read[i] ? { ...l, text: read[i]! } : l));
}

/**
 * (cards) The range bar's labels of MyChart's phone app dropped: under a result's range (`Normal range: 0.76 - 1.27
 * mg/dL`) the app prints its bar's ends, the range's bounds, one a line (`0.76` / `1.27`), then `Value` and the value.
 * Lines of a number alone that is one of the range's bounds (each once, the low one first) straight under the range
 * line are the bar's labels where the value's label comes next (`Value`, alone or before its value, VALUE_LABEL's
 * words), or where both bounds are printed and a value follows them — the value is what comes after them, never a label
 * (a silently wrong value). One bound alone before a labelled line holding no number (`30` / `Result: Low-normal`) is
 * the value. A value that is one of its bounds (`Value` / `0.76`; `0.76` with no value after it) is left
 * as printed. (The bar's two labels on one line, `0.76    1.27`, are readEpic's.)
 */
function rangeBarLabelsDropped(lines: SourceLine[]): SourceLine[] {
  /** The next line with text from index `k` on, or -1 (a line of a table's cells ends the search). */
  const filledFrom = (k: number): number => {
    for (let j = k; j < lines.length; j++) if (lines[j]!.cells || lines[j]!.text.trim()) return lines[j]!.cells ? -1 : j;
    return -1;
  };
  const dropped = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.cells ? '' : lineText(lines[i]!.text);
    const printed = text ? rangeOnItsLine(text) ?? EPIC_RANGE_LABEL.exec(text)?.[1] : undefined;
    if (!printed) continue;
    const { low, high } = parseReferenceRange(printed);
    if (low === undefined || high === undefined) continue;
    /** The label lines' indexes, and the bound each prints. */
    const labels: number[] = [];
    const bounds: number[] = [];
    let next = filledFrom(i + 1);
    while (next >= 0 && labels.length < 2) {
      const t = lineText(lines[next]!.text);
      const n = /^\d+(?:[.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : NaN;
      // The low bound first, the high one after it (or the high one alone).
      if (!(labels.length === 0 ? n === low || n === high : n === high && bounds[0] === low)) break;
      labels.push(next);
      bounds.push(n);
      next = filledFrom(next + 1);
    }
    if (!labels.length || next < 0) continue;
    const after = lineText(lines[next]!.text);
    // (cards review) One bound alone before a labelled line with no number in it (`30` / `Result: Low-normal`) is the
    // value, the label's words its comment: a bar prints both bounds, or one before the value's label alone or with
    // the value (`Value` / `1.31`, `Value: 1.31`).
    const valueLabel = CARD_LABEL_ALONE.exec(after)?.[1] !== undefined || (isValueLabel(after) && (labels.length === 2 || /\d/.test(after)));
    if (valueLabel || (labels.length === 2 && valueOnly(after) !== null)) for (const k of labels) dropped.add(k);
  }
  return dropped.size ? lines.filter((_, k) => !dropped.has(k)) : lines;
}

/** A heading with the code column run against its last word or parenthesis (`Общий анализ крови1001`, `(CBC)1001`). */
const GLUED_CODE_HEADING = /(?:\p{Ll}{3,}|\))(\d{1,4})$/u;
/** A row's range at the end of its line, the code column run against the upper bound (`3.89 - 9.231001`). */
const GLUED_CODE_RANGE = /(\d+)[.,](\d+)(\s*[-–]\s*)(\d+)[.,](\d+)$/;

/**
 * The lines without the code column a PDF's text extraction ran against each line's end (pypdf of a Russian
 * laboratory's report: `ОБЩИЙ АНАЛИЗ КРОВИ (CBC)1001`, `Лейкоциты (WBC) 5.76 3.89 - 9.231001`, `Калий 4.78 3.50 -
 * 5.1058`). Only where two headings or more show a code glued on and two ranges or more carry one of those codes
 * after their lower bound's decimals (`9.231001` after `3.89`); a range's upper bound then keeps the decimals of its
 * lower one (`9.23`, `5.10`, `34.5`), the rest being the code. Other lines are left as printed. A heading's footnote
 * mark or a sign-off's user name (`Renal profile1`, `Document QF-LAB-07 Issue3`, `Authorised by: jsmith1`) is no code
 * the ranges carry: `0.7 - 1.25` keeps its digits. A code of one digit is no evidence (it reads as a range's last
 * decimal: `1.0 - 1.53` under `Issue3`).
 */
function withoutGluedCodes(lines: SourceLine[]): SourceLine[] {
  const headings = lines.filter((l) => GLUED_CODE_HEADING.test(l.text.trim()) && !GLUED_CODE_RANGE.test(l.text.trim()));
  if (headings.length < 2) return lines;
  const codes = new Set(headings.map((l) => GLUED_CODE_HEADING.exec(l.text.trim())![1]!).filter((code) => code.length > 1));
  const carried = (range: RegExpExecArray | null) => Boolean(range && codes.has(range[5]!.slice(range[2]!.length)));
  if (lines.filter((l) => carried(GLUED_CODE_RANGE.exec(l.text.trimEnd()))).length < 2) return lines;
  return lines.map((l) => {
    const text = l.text.trimEnd();
    const range = GLUED_CODE_RANGE.exec(text);
    if (range) {
      const decimals = range[2]!.length;
      if (range[5]!.length <= decimals) return l;
      const high = `${range[4]}${text[range.index + range[1]!.length]}${range[5]!.slice(0, decimals)}`;
      return { ...l, text: `${text.slice(0, range.index)}${range[1]}${text[range.index + range[1]!.length]}${range[2]}${range[3]}${high}` };
    }
    const heading = GLUED_CODE_HEADING.exec(text);
    return heading && headings.includes(l) ? { ...l, text: text.slice(0, text.length - heading[1]!.length) } : l;
  });
}

/**
 * (fix5) A range in equivalents for a value in moles or the reverse (`Sodium 150 mmol/L 135-145 mEq/L`), read as text
 * alone by parseTail (it knows no charge): for an ion of charge 1 (sodium, potassium, chloride, bicarbonate: the
 * catalog's charge) one unit is the other (unitsAgree), and the range is read as printed — no longer its text alone —
 * when the value lies on its scale. Another charge (magnesium, calcium) or none known: the text alone.
 */
function readEquivalentRanges(rows: RawRow[], opts: TextParseOptions): void {
  for (const row of rows) {
    if (!row.rangeTextOnly || !row.rangeText || !row.unit || row.value === null || row.range) continue;
    const t = tokenize(row.rangeText);
    const range = numericRangeAt(t, 0);
    if (!range || t.length !== range.span + 1) continue;
    const printed = t[range.span]!;
    if (opts.chargeOf?.(row.name) !== 1 || !/eq\//.test(`${toUcum(row.unit)} ${toUcum(printed)}`) || !unitsAgree(row.unit, printed, 1)) continue;
    const { low, high } = parseReferenceRange(range.text);
    if (low === undefined && high === undefined) continue;
    if (onScale(row.value, { low, high })) delete row.rangeTextOnly;
  }
}

/** (mend18) A text as a regular expression matching it literally. */
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** (mend18) A range as a label-free text: one bound or an interval. */
const BARE_RANGE = String.raw`(?:[<>≤≥]=?\s*\d[\d.,]*|\d[\d.,]*\s*(?:[-–]|to)\s*\d[\d.,]*)`;
/** (mend18) The laboratory's range under or after an optimal one: `Lab range 15-150`, `(Lab 15-150)`, `Reference: 50-200`, `(ref 0.7-1.0)`. */
const LAB_RANGE_AFTER = new RegExp(String.raw`^\(?\s*(?:lab(?:oratory)?|ref(?:erence)?|normal|standard)\.?(?:\s+(?:ref(?:erence)?\.?\s+)?(?:range|interval|values?))?\s*[:=]?\s*(${BARE_RANGE})\s*\)?$`, 'i');
/** (mend20) A bare interval (`8.6-29.0`): the laboratory's range after an optimal one where the line brackets it. */
const BARE_INTERVAL = /^\d[\d.,]*\s*[-–]\s*\d[\d.,]*$/;
/** (mend18) An optimal range's label and its range, then the laboratory's (LAB_RANGE_AFTER), joined in one text. */
const OPTIMAL_THEN_LAB = new RegExp(String.raw`^(?:${OPTIMAL_RANGE_WORDS})(?:\s+(?:${OPTIMAL_RANGE_NOUNS}))?\s*[:=]?\s*${BARE_RANGE}\s+(.+)$`, 'i');

/**
 * (mend18, review cr12) An optimal range's label before the row's range (`Ferritin  40  ng/mL  Optimised 70-150`, read
 * as the row's range since fixr77b) with the laboratory's own range on the line under it (`(Lab 15-150)`, `Lab range
 * 15-150`, `Reference 50-200`) or after it in the joined text (`Optimum: >75 Reference 50-200`; mend20: a bare interval
 * in brackets, `Optimum 15-30  (8.6-29.0)`): the laboratory's range
 * is the row's, the optimal one its comment. A line under that was read as a row of its own is left.
 */
function labRangeOverOptimal(lines: readonly SourceLine[], rows: RawRow[]): void {
  const byLine = new Map(lines.map((l) => [`${l.page ?? 0}:${l.line}`, l]));
  const rowLines = new Set(rows.map((r) => `${r.page ?? 0}:${r.line}`));
  for (const row of rows) {
    if (!row.rangeText || row.range) continue;
    const joined = OPTIMAL_THEN_LAB.exec(row.rangeText.trim());
    const printedLine = byLine.get(`${row.page ?? 0}:${row.line}`)?.text ?? '';
    const joinedLab = joined ? LAB_RANGE_AFTER.exec(joined[1]!.trim()) : null;
    // (mend20, review cr14) An optimal range's label, its range, then a bare interval the line prints in brackets
    // (`Optimum 15-30  (8.6-29.0)`, read as the range `15-30 8.6-29.0`): the bracketed interval is the laboratory's.
    const two = /^(\S+)\s+(\S+)$/.exec(row.rangeText.trim());
    const bracketed = two && BARE_INTERVAL.test(two[1]!) && BARE_INTERVAL.test(two[2]!)
      ? new RegExp(String.raw`\b((?:${OPTIMAL_RANGE_WORDS})(?:\s+(?:${OPTIMAL_RANGE_NOUNS}))?)\s*[:=]?\s*${escapeRegExp(two[1]!)}\s*\(\s*${escapeRegExp(two[2]!)}\s*\)\s*$`, 'i').exec(printedLine.trimEnd())
      : null;
    if (two && bracketed) {
      appendComment(row, `${bracketed[1]} ${two[1]}`);
      row.rangeText = two[2]!;
      delete row.rangeTextOnly;
      continue;
    }
    if (joined && joinedLab) {
      appendComment(row, row.rangeText.trim().slice(0, row.rangeText.trim().length - joined[1]!.length).trim());
      row.rangeText = joinedLab[1]!;
      delete row.rangeTextOnly;
      continue;
    }
    const printed = printedLine;
    const label = new RegExp(String.raw`\b((?:${OPTIMAL_RANGE_WORDS})(?:\s+(?:${OPTIMAL_RANGE_NOUNS}))?)\s*[:=]?\s*${escapeRegExp(row.rangeText.trim())}\s*$`, 'i').exec(printed.trimEnd());
    if (!label) continue;
    const key = `${row.page ?? 0}:${row.line + 1}`;
    const under = byLine.get(key)?.text.trim();
    const lab = under && !rowLines.has(key) ? LAB_RANGE_AFTER.exec(under) : null;
    if (!lab) continue;
    appendComment(row, `${label[1]} ${row.rangeText.trim()}`);
    row.rangeText = lab[1]!;
    delete row.rangeTextOnly;
  }
}

/** (fixr81) A bound or an interval as a tier prints it: `<25`, `>= 175`, `25-50`, `140 - 250`. */
const TIER_BOUND = String.raw`(?:[<>≤≥]=?\s*\d[\d.,]*|\d[\d.,]*\s*[-–]\s*\d[\d.,]*)`;
/**
 * (fixr81) A header whose last column is the method (`Test Name Result Unit Bio. Ref. Interval Method`: Indian
 * laboratories' pdf text), after a result and a range column.
 */
const METHOD_LAST_HEADER = /^(?:test|investigation|parameter)s?\b.*\bresults?\b.*\b(?:interval|range|ref(?:erence)?\.?)\s+method(?:ology)?$/i;
/** (fixr81) Signs of a bound or an interval printed apart (`<`, `>/=`, `-`, `:`), a range's words too in a wrapped cell. */
const BOUND_SIGN = /^(?:[<>≤≥]=?|[<>]\/=|[-–:=,])$/;
/** (fixr81) Words of a tier's label beside TIER_WORD's (`Above desirable`, `Undesirable/high risk`). */
const TIER_LABEL_EXTRA = /^(?:above|below|undesirable|un)$/i;

/** (fixr81) Whether a token is a range column's (a number, a bound's sign, a unit, or a tier's words), not a method's. */
function rangeCellToken(token: string): boolean {
  if (/\d/.test(token) || BOUND_SIGN.test(token)) return true;
  if (toUcum(token) && isUnitToken(token)) return true;
  const words = token.split(/[/():,;]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => TIER_WORD.test(w) || TIER_LABEL_EXTRA.test(w));
}

/** (mend23) A token of words alone (no number, no bound's sign, no colon): a tier's word or a method's. */
const wordsAlone = (token: string) => !/[\d:]/.test(token) && !BOUND_SIGN.test(token) && !/^[<>≤≥]/.test(token) && !(toUcum(token) && isUnitToken(token));

/**
 * (mend23) Whether the tier's words from token k on, after a bound on the same line (`Non-diabetic: < 5.7 High
 * Performance Liquid Chromatography`), are the method's: a tier's word is the range's only when its cell goes on with a
 * colon, a sign or a number (`< 5.7 Prediabetes: 5.7`); words before the method's on the line are the method's name.
 * Words at the line's start or end are left to the range (a cell wrapped: `Low risk Direct` over `>=60 mg/dL`).
 */
function methodWordsAfterBound(t: readonly string[], k: number): boolean {
  if (!wordsAlone(t[k]!) || !t.slice(0, k).some((w) => /\d/.test(w))) return false;
  let n = k;
  while (n < t.length && wordsAlone(t[n]!) && rangeCellToken(t[n]!)) n++;
  return n < t.length && !rangeCellToken(t[n]!);
}

/**
 * (fixr81) A text of a range column and a method column after it, on one line (`Desirable: < 200 Enzymatic (CHO-`,
 * `<40mg/dL Detergent`, `Detergent`): the range's tokens up to the first token no range's (rangeCellToken), the rest
 * the method's. Null when the method's part holds a number (then it is no method).
 */
function rangeBeforeMethod(text: string): { range: string; method: string } | null {
  const t = text.trim().split(/\s+/).filter(Boolean);
  let k = 0;
  while (k < t.length && rangeCellToken(t[k]!) && !methodWordsAfterBound(t, k)) k++;
  const method = t.slice(k).join(' ');
  return /\d/.test(method) ? null : { range: t.slice(0, k).join(' '), method };
}

/**
 * (fixr81) A row under a header whose last column is the method (METHOD_LAST_HEADER), whose range is a tier's label
 * and bound, then the method's words (`Cholesterol - Total 224 mg/dL Desirable: < 200 Enzymatic (CHO-POD)`): the row
 * is its name, value and unit, the range the range's tokens (rangeBeforeMethod), the method left out. The lines under
 * it continue the range (tiersUnderMethodRow). Only under a name the catalog knows, a value with its unit, and a
 * method's part of words alone.
 */
function rowWithMethodAfterRange(text: string, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  const split = methodRowSplit(text);
  if (!split || !opts.knows) return null;
  const row = parseRowLine(split.head, opts);
  if (!row || row.value === null || !row.unit || row.rangeText || !opts.knows(row.name)) return null;
  return { ...row, rangeText: split.range, ...(/\d/.test(split.range) ? {} : { rangeTextOnly: true as const }) };
}

/** (fixr81) A row's line as its name, value and unit (`head`), then its range's and its method's parts (rowWithMethodAfterRange). */
function methodRowSplit(text: string): { head: string; range: string } | null {
  const t = text.trim().split(/\s+/);
  const at = t.findIndex((w, i) => i > 0 && parseValueToken(w) !== null && i + 1 < t.length && isUnitToken(t[i + 1]!) && !parseValueToken(t[i + 1]!));
  if (at < 0) return null;
  const rest = rangeBeforeMethod(t.slice(at + 2).join(' '));
  if (!rest || !rest.range || !rest.method || !/\p{L}/u.test(rest.range)) return null;
  return { head: t.slice(0, at + 2).join(' '), range: rest.range };
}

/**
 * (fixr81) The lines under a row read by rowWithMethodAfterRange: the range column's wrapped text and the method
 * column's beside it (`mg/dL`, `Moderate (borderline)`, `200–239 mg/dL`, `<40mg/dL Detergent`, `POD)`). Each line's range
 * part (rangeBeforeMethod) joins the row's range; a line of method words alone is skipped. The range so joined is tiers:
 * text alone, no bounds and no flag. Ends at a blank line, a line read as a row, a line with a number in the method's
 * place, a line of more than three words none a range's (a note), or ten lines.
 */
function tiersUnderMethodRow(lines: readonly SourceLine[], rows: RawRow[]): void {
  if (!lines.some((l) => METHOD_LAST_HEADER.test(l.text.trim()))) return;
  const byLine = new Map(lines.map((l) => [`${l.page ?? 0}:${l.line}`, l]));
  const rowLines = new Set(rows.map((r) => `${r.page ?? 0}:${r.line}`));
  for (const row of rows) {
    const printed = byLine.get(`${row.page ?? 0}:${row.line}`)?.text ?? '';
    const split = row.rangeText ? methodRowSplit(printed) : null;
    if (!split || !row.rangeText!.startsWith(split.range)) continue;
    const parts = [split.range];
    for (let n = row.line + 1; n <= row.line + 10; n++) {
      const key = `${row.page ?? 0}:${n}`;
      const text = byLine.get(key)?.text.trim() ?? '';
      if (!text || rowLines.has(key)) break;
      const part = rangeBeforeMethod(text);
      if (!part || (!part.range && part.method.split(/\s+/).length > 3)) break;
      if (part.range) parts.push(part.range);
    }
    if (parts.length === 1) continue;
    row.rangeText = parts.join(' ');
    row.rangeTextOnly = true;
  }
}

/** (fixr81) A tier's line alone: its label and its bound (`insufficient 25-50`, `toxic >250`). */
const TIER_LINE_ALONE = new RegExp(String.raw`^(\p{L}+(?:\s+\p{L}+)?)\s+${TIER_BOUND}$`, 'u');

/**
 * (fixr81) A row whose line prints one tier between its value and its unit (TIER_BEFORE_UNIT: `vitamin d 83 deficient
 * <25 nmol/l`), with the list's next tiers each on a line of its own under it (`insufficient 25-50`, blank lines
 * between as a post prints them): those lines join the row's range text, as the tiers of one list. Only lines of a
 * tier's label (isTierLabel) and its bound alone, not read as rows; the first other line ends the list.
 */
function tiersUnderTierRow(lines: readonly SourceLine[], rows: RawRow[]): void {
  const byLine = new Map(lines.map((l) => [`${l.page ?? 0}:${l.line}`, l]));
  const rowLines = new Set(rows.map((r) => `${r.page ?? 0}:${r.line}`));
  for (const row of rows) {
    if (!row.rangeTextOnly || !row.rangeText) continue;
    const printed = TIER_BEFORE_UNIT.exec(byLine.get(`${row.page ?? 0}:${row.line}`)?.text.trim() ?? '');
    if (!printed || !isTierLabel(printed[2]!)) continue;
    const joined: string[] = [];
    for (let n = row.line + 1, blanks = 0; blanks <= 2; n++) {
      const key = `${row.page ?? 0}:${n}`;
      const text = byLine.get(key)?.text.trim() ?? '';
      if (!text) {
        if (!byLine.has(key) && n > row.line + 8) break;
        blanks++;
        continue;
      }
      const tier = TIER_LINE_ALONE.exec(text.replace(/\s+/g, ' '));
      if (!tier || rowLines.has(key) || !isTierLabel(tier[1]!)) break;
      joined.push(text.replace(/\s+/g, ' '));
      blanks = 0;
    }
    if (joined.length) row.rangeText = [row.rangeText, ...joined].join(' ');
  }
}

/**
 * (mend18) A row's only range a healthy tier's line (`<1 : Low risk`, whose bounds parseReferenceRange keeps) with the
 * list's next tier printed on the line under it, not joined to it (a name's second line `(HS-CRP)` between): the
 * list's first tier, text only, as the list joined is.
 */
function tierListUnderRow(lines: readonly SourceLine[], rows: RawRow[]): void {
  const byLine = new Map(lines.map((l) => [`${l.page ?? 0}:${l.line}`, l]));
  for (const row of rows) {
    if (!row.rangeText || row.range || row.rangeTextOnly || !tierAfterColon(row.rangeText)) continue;
    const under = byLine.get(`${row.page ?? 0}:${row.line + 1}`)?.text.trim().split(/\s{2,}/).pop();
    if (under && tierAfterColon(under)) row.rangeTextOnly = true;
  }
}

/**
 * A row's value and range read again once the whole report is read, now that the report's decimal mark, the row's
 * unit and its range are known (`readPrintedNumber` decides, the rules are there): `Thrombozyten  250.000  /µl
 * 150.000-400.000` is 250000 cells in 150000–400000, `Kreatinin  1,025` in a report of `13,5` and `0,9` is 1.025, and
 * `Ferritin  1.234  ng/ml  30-400` there is 1234. Only a value printed so on the row's own line is read again, and
 * only a row that prints a mark before three digits (or a count's groups apart by spaces) is looked at.
 */
function readGroupedNumbers(lines: readonly SourceLine[], rows: RawRow[], opts: TextParseOptions): void {
  // (commarange) A printed line split into several (a run-on line of a PDF's text, its results apart) keeps its number in
  // each part: a row's printed line is whichever part holds its value.
  const byLine = new Map<string, SourceLine[]>();
  for (const l of lines) byLine.set(`${l.page ?? 0}:${l.line}`, [...(byLine.get(`${l.page ?? 0}:${l.line}`) ?? []), l]);
  const partsOf = (row: RawRow) => byLine.get(`${row.page ?? 0}:${row.line}`) ?? [];
  let mark: DecimalMark | undefined;
  const decimalMark = () => (mark ??= reportDecimalMark(lines.map((l) => l.text).join('\n'), rows.map((r) => partsOf(r).map((l) => l.text).join('\n'))));
  let points: boolean | undefined;
  const pointDecimals = () => (points ??= writesPointDecimals(lines.map((l) => l.text).join('\n')));
  for (const row of rows) {
    const parts = partsOf(row);
    const found = row.value !== null ? parts.map((l) => ({ l, token: groupedValueToken(l.text, row.value!) })).find((p) => p.token) : undefined;
    const line = found?.l ?? parts.at(-1);
    const valueToken = found?.token;
    if (!valueToken && !GROUPED.test(row.rangeText ?? '')) continue;
    // (robust3) A row of a semicolon-separated export (its cells the fields of its line) in a text that writes no point
    // decimal: the export's locale writes decimal commas (the semicolon is its list separator where the comma is the
    // decimal mark), whatever its rows print, so a point before three digits groups thousands (`CK;1.234;U/l;< 190`,
    // `Thrombozyten;250.000;/µl;150.000 - 400.000`) and a comma is a decimal (`Spez. Gewicht;1,015;;1,005 - 1,030`),
    // value and range alike (readPrintedNumber's rules for a comma report).
    const semicolonExport = Boolean(line?.tableCells && line.cells && !line.text.includes('|') && line.text.includes(';') && !pointDecimals());
    const context: NumberContext = {
      decimalMark: semicolonExport ? ',' : decimalMark(), countUnit: Boolean(row.unit && (isCountPerVolume(row.unit) || COUNT_PER_ML.test(row.unit.trim()))), unitless: !row.unit?.trim(), rangeText: row.rangeText,
      smallScale: opts.smallScale?.(row.name, row.unit),
    };
    const range = parseReferenceRange(row.rangeText, context);
    if (!row.range) {
      const printedRange = parseReferenceRange(row.rangeText);
      // (fixl) With the bounds' strictness as printed (`< 10.000`: below ten thousand, the bound itself outside).
      if (range.low !== printedRange.low || range.high !== printedRange.high) {
        row.range = { low: range.low, high: range.high, ...(range.lowInclusive === false ? { lowInclusive: false } : {}), ...(range.highInclusive === false ? { highInclusive: false } : {}) };
      }
    }
    const value = valueToken ? parseValueToken(valueToken, { ...context, range }) : null;
    if (!value) continue;
    row.value = value.value;
    if (row.valueText !== undefined && value.comparator) row.valueText = value.text;
  }
}

/** A mark before three digits (`1,025`, `250.000`), or a count's groups apart by spaces (`150 000`). */
const GROUPED = /(?<![\d.,])[1-9]\d{0,2}[.,\s]\d{3}(?!\d)/;

/** The token of a line that printed a row's value with one mark before three digits (`1,025`, `<1.234`, `7,800/µL`). */
function groupedValueToken(text: string, value: number): string | undefined {
  // Most lines print no such number: no need to split them into tokens.
  if (!/\d[.,]\d{3}(?!\d)/.test(text)) return undefined;
  // (robust3) Cells apart by `|` (Markdown) or `;` (a semicolon-separated export's fields) are apart as by spaces.
  return tokenize(text.replace(/[|;]/g, ' ')).map((t) => splitStuckUnit(t)?.[0] ?? t)
    .find((t) => /^[<>]?=?[1-9]\d{0,2}[.,]\d{3}$/.test(t) && parseValueToken(t)?.value === value);
}

/** The labels of a cumulative report's request numbers and dates: with a colon (`REQUESTS_LINE`), or a colon or not (`COLUMN_…`). */
const REQUESTS_LABEL = String.raw`(?:req(?:uest)?\.?\s*(?:no|number|#)\.?|lab\.?\s*no\.?|accession\s*(?:no\.?)?)`;
const DATES_LABEL = String.raw`(?:date|collected|coll\.?\s*date)`;
const REQUESTS_LINE = new RegExp(String.raw`^\s*${REQUESTS_LABEL}\s*:\s*(\S.*)$`, 'i');
const DATES_LINE = new RegExp(String.raw`^\s*${DATES_LABEL}\s*:\s*(\S.*)$`, 'i');
const CUMULATIVE_VALUE = /^(?:[<>]=?)?-?\d+(?:[.,]\d+)?(?:HH|LL|H|L|A|\*)?$|^\*$/;
/**
 * The words of a label of a person's date of birth (`DOB`, `Date of Birth`, `Birth date`, `Naissance`, `Fecha de
 * nacimiento`, `Geburtsdatum`): a patient detail's label (PATIENT_DETAIL_LABEL), and (cumul) never a dates line's.
 */
const BIRTH_LABEL = String.raw`d\.?o\.?b\.?|date of birth|birth\s*date|(?:date de )?naissance|(?:fecha de )?nacimiento|geburtsdatum`;

/** (cumul) A token of a line and the characters it stands on. */
interface PlacedToken { text: string; start: number; end: number }
const placedTokens = (text: string): PlacedToken[] => [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));

/**
 * Whether a cumulative row's first number, at `first`, may be its name's (`CA 125`, `Vitamin B 12`): a whole number
 * one space after a word of three capitals at most.
 */
function mayBeNameNumber(tokens: readonly PlacedToken[], first: number): boolean {
  return first > 0 && tokens[first]!.start - tokens[first - 1]!.end === 1 && /^\d+$/.test(tokens[first]!.text) && /^[A-Z]{1,3}$/.test(tokens[first - 1]!.text);
}

/**
 * Whether a cumulative row's values run to its end (`upTo`) and the last is a bound (`eGFR  55  58  >60`): the range,
 * printed where an empty column and the unit leave it, not a value.
 */
function boundEndsRow(tokens: readonly PlacedToken[], upTo: number): boolean {
  return upTo === tokens.length && /^[<>]/.test(tokens[upTo - 1]?.text ?? '');
}

/** The warning for a cumulative table's row with nothing (or `*`, not reported) in this report's column. */
function noColumnValue(line: SourceLine, name: string, text: string): ParseWarning {
  return { code: 'no-value', message: `"${name}" has no result in this report's column of a cumulative report`, line: line.line, ...(line.page ? { page: line.page } : {}), text: text.trim().slice(0, 300) };
}

/**
 * A cumulative report (hospital printouts: `Req No:` / `Date:` / `Time:` over a rule of dashes, one column per
 * request, the oldest first): the report's own results are the last request's column, the others are earlier
 * results. Each row becomes the name, that column's value, the unit and the range; a row with nothing (or `*`, not
 * reported) in that column is no result of this report — a warning, never an earlier column's value. The rule's
 * dashes give the columns; the block ends at the first line that is neither such a row nor a heading.
 */
function cumulativeColumn(input: SourceLine[]): { lines: SourceLine[]; warnings: ParseWarning[] } {
  // Most reports have no requests line: nothing to lay out again then (spacing aside, a line's text is its cells').
  if (!input.some((l) => REQUESTS_LINE.test(l.text))) return { lines: input, warnings: [] };
  const warnings: ParseWarning[] = [];
  const lines = [...input];
  // A PDF's lines carry their cells in points: laid out again in characters (as `pdftotext -layout` prints them), so
  // that the columns of the rule line and of the values line up as they do in a fixed-width printout.
  const texts = laidOutInCharacters(lines);
  const dayFirst = documentDayFirst(texts);
  for (let i = 0; i < lines.length; i++) {
    const req = REQUESTS_LINE.exec(texts[i]!);
    if (!req) continue;
    const requests = req[1]!.trim().split(/\s+/);
    let d = i + 1;
    while (d < lines.length && d <= i + 2 && !DATES_LINE.test(texts[d]!)) d++;
    const datesText = d < lines.length ? DATES_LINE.exec(texts[d]!)?.[1] : undefined;
    // The dates line may end with a specimen word (`Arterial`): the dates are its leading tokens.
    const dates = datesText ? datesText.trim().split(/\s+/).filter((t) => isDateToken(t)) : [];
    if (!dates.length || dates.length !== requests.length) continue;
    let r = d + 1;
    while (r < lines.length && r <= d + 3 && !/^[\s_-]*[_-]{4,}[\s_-]*$/.test(texts[r]!)) r++;
    if (r >= lines.length || r > d + 3) continue;
    const segments = [...texts[r]!.matchAll(/[_-]+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    // Value columns, then the unit's and the range's.
    const valueColumns = segments.length - 2;
    if (valueColumns < dates.length) continue;
    // Most printouts put the oldest request first; one whose dates run the other way has its own column first. Dates
    // that read both ways say neither, as in a table without a rule: a header word over a column does, else none is read.
    const order = newestSide(dates, dayFirst);
    const ownIndex = order === 'first' ? 0 : order === 'both' ? headedColumn(texts, d, [d, i]) : dates.length - 1;
    const own = segments[ownIndex ?? 0]!;
    const rest = segments[valueColumns]!;
    // The names stand left of the first value column; without that room this is no cumulative table.
    if (segments[0]!.start === 0) continue;
    // Nothing changes unless a row of the table is read: a `Lab No:` / `Date:` header over a ruled table of another
    // layout is left to the other readers as it was.
    const edits = new Map<number, string>();
    const found: ParseWarning[] = [];
    let read = 0;
    /** This report's result of a row (`*` or none: a warning, and the line read as nothing). */
    const emit = (k: number, name: string, value: string | undefined, tail: string) => {
      if (ownIndex === null) {
        found.push(undecidedColumn(lines[k]!, name, texts[k]!));
        edits.set(k, '');
        return;
      }
      if (value === undefined || value === '*') {
        found.push(noColumnValue(lines[k]!, name, texts[k]!));
        edits.set(k, '');
        return;
      }
      edits.set(k, `${name}  ${value}  ${tail}`.trimEnd());
      read++;
    };
    for (let k = r + 1; k < lines.length; k++) {
      const text = texts[k]!;
      if (!text.trim()) continue;
      if (!/\d/.test(text)) continue; // a heading (`White Cell Differential`, `Full Blood Count (Whole Blood)`)
      const tokens = placedTokens(text);
      // A row with a result in every request's column is read by order: its columns need not line up with the rule's
      // (a printout re-spaced by OCR or by a viewer). Only a row with empty columns needs their positions.
      const first = tokens.findIndex((t) => CUMULATIVE_VALUE.test(t.text));
      let upTo = first;
      while (upTo >= 0 && upTo < tokens.length && CUMULATIVE_VALUE.test(tokens[upTo]!.text)) upTo++;
      // Not when the first number may be the name's (`CA 125`, `Vitamin B 12`: a whole number one space after a word
      // of capitals), nor when the last number ends the row with a comparator (`eGFR  55  58  >60`: the range, printed
      // where an empty column and unit leave it): the columns' positions decide those rows.
      if (first > 0 && upTo - first === dates.length && /^[A-Za-z(]/.test(tokens[0]!.text) && !mayBeNameNumber(tokens, first) && !boundEndsRow(tokens, upTo)) {
        emit(k, tokens.slice(0, first).map((t) => t.text).join(' '), tokens[first + (ownIndex ?? 0)]!.text, tokens.slice(upTo).map((t) => t.text).join('  '));
        continue;
      }
      const name = text.slice(0, segments[0]!.start).trim();
      const inValues = tokens.filter((t) => t.start >= segments[0]!.start && t.end <= rest.start - 1);
      if (!/^[A-Za-z(]/.test(name) || !inValues.length || !inValues.every((t) => CUMULATIVE_VALUE.test(t.text))) break;
      // A value ends inside its column (right-aligned; a flag may stand one place past it).
      const value = inValues.find((t) => t.end > own.start && t.end <= own.end + 2);
      emit(k, name, value?.text, tokens.filter((t) => t.start >= rest.start - 1).map((t) => t.text).join('  '));
    }
    if (!read && !found.length) continue;
    for (let k = i; k <= r; k++) if (k === i || k > d - 1) edits.set(k, '');
    // The line is read again from its new text: a PDF line's cells (in points) are not its cells any more.
    for (const [k, text] of edits) {
      const { cells: _cells, ...line } = lines[k]!;
      lines[k] = { ...line, text };
    }
    warnings.push(...found);
  }
  return { lines, warnings };
}

/** (cumul) A birth word (BIRTH_LABEL) anywhere in a label or line: `Fecha nacimiento/toma`, `Name  Sex  DOB  Collected`. */
const BIRTH_WORD = new RegExp(String.raw`(?<!\p{L})(?:${BIRTH_LABEL})(?!\p{L})`, 'iu');
const BIRTH_WORDS = new RegExp(BIRTH_WORD.source, 'giu');
/**
 * (cumul) A dates line's label that says collection dates: DATES_LABEL's words (and `collection`) alone — `Date`,
 * `Collected`, `Collected Date`, `Coll. Date`, `Date Collected`, `Collection Date`; not `Collected/Received`,
 * `Reporting period`.
 */
const KNOWN_DATES_LABEL = new RegExp(String.raw`^(?:(?:${DATES_LABEL}|collection)\s*)+:?$`, 'i');
/** `Lab No  3333  2222  1111`: a request numbers' label, over numbers that could be a row's values. */
const REQUESTS_LABEL_ONLY = new RegExp(String.raw`^${REQUESTS_LABEL}\s*:?$`, 'i');
/**
 * A flag printed apart next to a cumulative column's value (`184 H  176`). (cumulplus) Or German `+` (above the range),
 * an arrow (`231 +  248 +`, Labor Berlin's: the legend says `+ oberhalb des Referenzbereichs`); not `-`, a range's dash.
 */
const CUMULATIVE_FLAG = /^(?:HH|LL|H|L|A|\+|↑|↓)$/;
/** A cumulative column's value with its flag: a letter glued (`184H`), a sign or an arrow apart (`231 +`), as each is read. */
const withCumulativeFlag = (value: string, flag: string) => (flag && !/^\p{L}/u.test(flag) ? `${value} ${flag}` : value + flag);

/**
 * (cumul) A line of a cumulative table's header read as columns: its label (the words before the first token with a
 * digit — `Collected Date`, `Coll. Date`, `Lab Number`, `Episode`; none on a line of times alone), the tokens with a
 * digit after it (one per column: dates, times, request numbers) and the words after those (`Units  Reference`, or
 * nothing). Null when a word after the columns has a digit (a row's unit and range) or the label starts with no letter.
 */
function headerLineCells(text: string): { label: string; cells: PlacedToken[]; tail: string } | null {
  const tokens = placedTokens(text);
  const first = tokens.findIndex((t) => /\d/.test(t.text));
  if (first < 0) return null;
  let end = first;
  while (end < tokens.length && /\d/.test(tokens[end]!.text)) end++;
  if (tokens.slice(end).some((t) => /\d/.test(t.text))) return null;
  const label = tokens.slice(0, first).map((t) => t.text).join(' ');
  if (label && !/^\p{L}/u.test(label)) return null;
  return { label, cells: tokens.slice(first, end), tail: end < tokens.length ? text.slice(tokens[end]!.start).trim() : '' };
}

/**
 * (cumul) A cumulative table's dates line (`Date  14/02/25  21/08/25  19/11/25`, `Collected Date: 14/03/24  16/09/24
 * 18/03/25`): a label of four words at most but a person's (BIRTH_WORD: `Date of Birth`, `Fecha nacimiento/toma`),
 * then two dates or more and nothing else; `known` when the label says collection dates (KNOWN_DATES_LABEL). Null for
 * any other line.
 */
function cumulativeDatesLine(text: string): { cells: PlacedToken[]; known: boolean; bare: boolean } | null {
  const line = headerLineCells(text);
  if (!line || line.tail || line.cells.length < 2 || !line.cells.every((c) => isDateToken(c.text))) return null;
  // (b68) Dates alone, no label (a US hospital's cumulative summary: the dates over the value columns, above the header).
  if (!line.label) return { cells: line.cells, known: false, bare: true };
  if (line.label.split(' ').length > 4 || BIRTH_WORD.test(line.label)) return null;
  return { cells: line.cells, known: KNOWN_DATES_LABEL.test(line.label), bare: false };
}

/** (b68) Whether a token stands over or under a column's date: its characters and the date's (two either side) meet. */
const standsAt = (t: PlacedToken, c: PlacedToken) => t.start < c.end + 2 && t.end > c.start - 2;

/**
 * (b68) A line of times alone under a bare dates line (`0630  0545`, `06:30  05:45`): one time of day a date (four
 * digits, hours and minutes, or isTimeToken's), each standing at its date (standsAt). Four digits are a year or a
 * value elsewhere: only here, placed so, a time.
 */
function bareTimesLine(text: string, cells: readonly PlacedToken[]): boolean {
  const tokens = placedTokens(text);
  return tokens.length === cells.length && tokens.every((t, i) => (/^(?:[01]\d|2[0-3])[0-5]\d$/.test(t.text) || isTimeToken(t.text)) && standsAt(t, cells[i]!));
}

/**
 * (cumul) Whether a line next to a cumulative table's dates line is another line of its header: a label or none, as
 * many tokens with a digit as there are dates (`Lab Number  24-7710214  24-3319002  25-1182733`, `Time  08:05  07:50
 * 08:10`), then header words (`Units  Reference`) or nothing. Plain numbers there (`3333  2222  1111`) may be a row's
 * values: they are request numbers only under a request numbers' label or before header words. What the line says:
 * `times`, `requests` (no date among its cells), `dates` (another line of dates), or null when it is none.
 */
function cumulativeHeaderLine(text: string, columns: number): 'times' | 'requests' | 'dates' | null {
  const line = headerLineCells(text);
  if (!line || line.cells.length !== columns || BIRTH_WORD.test(line.label)) return null;
  if (line.tail && !line.tail.split(/\s{2,}/).every((cell) => isHeaderWords(cell))) return null;
  if (!line.tail && line.cells.every((c) => CUMULATIVE_VALUE.test(c.text)) && !REQUESTS_LABEL_ONLY.test(line.label)) return null;
  return line.cells.every((c) => isTimeToken(c.text)) ? 'times' : line.cells.some((c) => isDateToken(c.text)) ? 'dates' : 'requests';
}

/**
 * (cumul) Whether a birth word on the line above a dates line (`Name  Sex  DOB  Collected` over `TESTPERSON, Sam  M
 * 22/07/1975  14/03/2025`) stands over one of its dates: a patient's details, no table's header.
 */
function birthWordOver(above: string | undefined, cells: readonly PlacedToken[]): boolean {
  for (const m of above?.matchAll(BIRTH_WORDS) ?? []) {
    const [start, end] = [m.index!, m.index! + m[0].length];
    if (cells.some((c) => c.start < end + 2 && c.end > start - 2)) return true;
  }
  return false;
}

/**
 * (cumul) A row of a cumulative table: its name (the words before its first value), its values in print order and the
 * rest (unit, range). A flag printed apart between two values (`184 H  176`, `176  H 184`) is the nearer value's, by
 * the spaces either side, and no value's midway. A whole number one space after a word of three capitals at most
 * starts no values when the row has one value more than columns (`CA 125   30   28   25`: the name's). The last
 * number is no value when a dash and a number follow it (`140  135 - 145`: a spaced range's low bound), nor when it is
 * a bound that ends the row (boundEndsRow) right of the last column (`columnsEnd`: `eGFR  55  58        >60`). Null
 * when the line starts with no letter or has no value.
 */
function cumulativeRow(text: string, columns: number, columnsEnd: number, columnsStart = -Infinity): { name: string; values: PlacedToken[]; rest: string } | null {
  const tokens = placedTokens(text);
  let first = tokens.findIndex((t) => CUMULATIVE_VALUE.test(t.text));
  if (first <= 0 || !/^\p{L}/u.test(tokens[0]!.text)) return null;
  // (set 14, CU04) A bound after the unit's cell, printed left of the first date (`Oestradiol  pmol/l  <150  ·  96  121
  // 142  118`, the oldest date's cell blank): the range's cell, as `80-100` is — not the oldest date's value. (Review 21:
  // a `<1` under the first date, the range's cell blank, is that date's value.)
  const bound = tokens[first]!;
  const unitBefore = tokens[first - 1];
  if (/^[<>]/.test(bound.text) && bound.end < columnsStart && unitBefore && loneUnit(unitBefore.text) !== null && /[/%^]/.test(unitBefore.text)
    && bound.start - unitBefore.end >= 2 && CUMULATIVE_VALUE.test(tokens[first + 1]?.text ?? '') && !/^[<>]/.test(tokens[first + 1]!.text)) first++;
  const valuesFrom = (from: number) => {
    const values: (PlacedToken & { at: number })[] = [];
    let k = from;
    let flagAfter = '';
    for (; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (CUMULATIVE_VALUE.test(t.text)) {
        values.push({ ...t, text: /\d$/.test(t.text) ? withCumulativeFlag(t.text, flagAfter) : t.text, at: k });
        flagAfter = '';
        continue;
      }
      const before = values[values.length - 1];
      const next = tokens[k + 1];
      if (!CUMULATIVE_FLAG.test(t.text) || !before || !next || !CUMULATIVE_VALUE.test(next.text)) break;
      const [gapBefore, gapAfter] = [t.start - before.end, next.start - t.end];
      if (gapBefore < gapAfter && /\d$/.test(before.text)) values[values.length - 1] = { ...before, text: withCumulativeFlag(before.text, t.text), end: t.end };
      else if (gapAfter < gapBefore) flagAfter = t.text;
    }
    return { values, k };
  };
  let read = valuesFrom(first);
  if (mayBeNameNumber(tokens, first) && read.values.length === columns + 1) read = valuesFrom(++first);
  let { values, k } = read;
  const last = values[values.length - 1];
  if (last && ((/^[-–—]$/.test(tokens[k]?.text ?? '') && /^\d/.test(tokens[k + 1]?.text ?? '')) || (boundEndsRow(tokens, k) && last.start > columnsEnd))) {
    values = values.slice(0, -1);
    k = last.at;
  }
  // (set 9, CU02) The unit's and the range's cells printed between the name and the dates (`TSH   mIU/L   0.45-4.50
  // 2.14  3.88  5.02 H`): after the name's first column gap, every cell reads as a unit or a range — the row's rest,
  // not words of its name. (Review 16) A unit of a slash, a per cent or a power (`mIU/L`, `%`, `10^9/L`), not a word the
  // unit reader also takes (`Arterial  pH`, `Chol/HDL  Ratio`: a name in two cells).
  const slashed = (c: string) => loneUnit(c) !== null && /[/%^]/.test(c);
  const named = tokens.slice(0, first);
  const gap = named.findIndex((t, j) => j > 0 && t.start - named[j - 1]!.end >= 2);
  const cellsAfter = gap > 0 ? cellsOfTokens(named.slice(gap)) : [];
  const before = cellsAfter.length && cellsAfter.every((c) => slashed(c) || readsAsRange(c)) ? cellsAfter : [];
  // (set 9, CU02) A flag one space after the last value (`5.02 H`, then a column gap or the line's end) is that value's,
  // as one between two values is the nearer one's — not the row's rest, where it read as the row's flag. (Review 16)
  // Only where the row prints its unit elsewhere: `2.10 L` alone is litres.
  const lastValue = values[values.length - 1];
  if (lastValue && /\d$/.test(lastValue.text) && CUMULATIVE_FLAG.test(tokens[k]?.text ?? '') && tokens[k]!.start - lastValue.end === 1
    && (!tokens[k + 1] || tokens[k + 1]!.start - tokens[k]!.end > 1)
    && (before.some(slashed) || tokens.slice(k + 1).some((t) => slashed(t.text.replace(/^\(|\)$/g, ''))))) {
    values[values.length - 1] = { ...lastValue, text: withCumulativeFlag(lastValue.text, tokens[k]!.text), end: tokens[k]!.end };
    k++;
  }
  const name = (before.length ? named.slice(0, gap) : named).map((t) => t.text).join(' ');
  return { name, values, rest: [...tokens.slice(k).map((t) => t.text), ...before].join('  ') };
}

/** (set 9) Placed tokens joined into the cells a column gap (two spaces or more) parts. */
function cellsOfTokens(tokens: readonly PlacedToken[]): string[] {
  const cells: string[] = [];
  tokens.forEach((t, j) => {
    if (j > 0 && t.start - tokens[j - 1]!.end < 2) cells[cells.length - 1] += ` ${t.text}`;
    else cells.push(t.text);
  });
  return cells;
}

/**
 * A cumulative table without a rule of dashes (Australian and New Zealand pathology providers: a dates line, perhaps
 * time and request-number lines, one column per collection, the newest on the right, then the unit and the
 * reference). (cumul) The dates line is a label of words and two dates or more (cumulativeDatesLine); the lines next to
 * it with as many times or request numbers (cumulativeHeaderLine) are its header too. The table is one when its dates'
 * label says collection dates (`Date`, `Collected Date`), a request numbers' line stands next to it, or it has three
 * dates or more; two dates under another label (`Collected/Received`, `Reporting period`) only over a line of times,
 * and only when they say which is the newer (not the same day, not both ways). No birth word on the line above may
 * stand over a date. Each row with a value in every column (`Cholesterol  6.1H  5.4  4.9  mmol/L  (<5.5)`) becomes the
 * name, this report's column's value, the unit and the range. A row with values in some columns only is placed by
 * where its values stand, aligned as the table's whole rows align theirs under the dates (their ends, else their
 * starts, within two characters): its value under this report's date, or no result of this report (a warning). The
 * block ends at the first line with digits that is no such row, or a row whose values cannot be placed (it and the
 * lines after it are left as they were).
 */
function unruledCumulativeColumn(input: SourceLine[]): { lines: SourceLine[]; warnings: ParseWarning[] } {
  if (!input.some((l) => /\d[/.-]\w/.test(l.text) && cumulativeDatesLine(l.text))) return { lines: input, warnings: [] };
  const lines = [...input];
  const warnings: ParseWarning[] = [];
  // The lines' texts, kept as the tables read blank their lines; the report's day-first reading, asked once.
  const texts = lines.map((l) => l.text);
  const dayFirst = documentDayFirst(texts);
  for (let d = 0; d < lines.length; d++) {
    const dated = /\d[/.-]\w/.test(texts[d]!) ? cumulativeDatesLine(texts[d]!) : null;
    if (!dated || birthWordOver(texts[d - 1], dated.cells)) continue;
    const { cells } = dated;
    const dates = cells.map((c) => c.text);
    const n = dates.length;
    // The header: the dates line and the lines of times and request numbers next to it.
    const said = new Set<string>();
    let top = d;
    let bottom = d;
    for (let kind; top > 0 && d - top < 2 && (kind = cumulativeHeaderLine(texts[top - 1]!, n)); top--) said.add(kind);
    for (let kind; bottom + 1 < lines.length && bottom - d < 3 && (kind = cumulativeHeaderLine(texts[bottom + 1]!, n)); bottom++) said.add(kind);
    // (b68) A bare dates line (no label) is a table's header only over a line of its times or none, then a header of
    // column words (`CHEMISTRY   UNITS   REF RANGE`) before the first line with digits; its rows' values stand at the
    // dates (checked below), and its dates must say which is the newest.
    const { bare } = dated;
    if (bare) {
      if (top !== d || [...said].some((kind) => kind !== 'times')) continue;
      if (bottom === d && bottom + 1 < lines.length && bareTimesLine(texts[bottom + 1]!, cells)) bottom++;
      let h = bottom + 1;
      while (h < lines.length && !/\d/.test(texts[h]!) && !texts[h]!.trim().split(/\s{2,}/).some((cell) => isHeaderWords(cell))) h++;
      // (set 9, CU03) Or three dates or more over a line of their draw times, rows right under them (`11/02/24  02/11/25
      // 05/20/25  08/26/25` / `07:55  08:10  07:42  08:05` / `WBC  K/uL  6.1  5.8  7.4  6.6  [4.0-10.5]`): read first
      // in print order, the oldest column's value was the row's.
      if ((h >= lines.length || /\d/.test(texts[h]!)) && !(n >= 3 && bottom > d)) continue;
    }
    const confirmed = dated.known || said.has('requests') || n >= 3;
    if (!bare && !confirmed && !said.has('times')) continue;
    // Which column is this report's: dates that read both ways (`01/06/25  02/05/25  03/04/25`: newest first day-first,
    // last month-first) or fall on one day do not say; a header word over one (`Latest`, `Current`, `Today`, `Result`)
    // does, else none is read — in a table its label, request numbers or count of dates say is one.
    const order = newestSide(dates, dayFirst);
    if ((order === null || order === 'both') && (!confirmed || bare)) continue;
    // The rows, to the first line with digits that is no row of the table's columns.
    const block: { k: number; name: string; values: PlacedToken[]; rest: string }[] = [];
    let k = bottom + 1;
    for (; k < lines.length; k++) {
      const text = texts[k]!;
      if (!text.trim() || !/\d/.test(text)) continue;
      const row = cumulativeRow(text, n, cells[n - 1]!.end, cells[0]!.start);
      if (!row || !row.values.length || row.values.length > n) break;
      // Values in some columns only stand under the dates: from a little left of the first (a comparator, a value wider
      // than its date) to two characters past the last (a flag).
      if (row.values.length < n && (row.values[0]!.start < cells[0]!.start - 4 || row.values[row.values.length - 1]!.end > cells[n - 1]!.end + 2)) break;
      block.push({ k, ...row });
    }
    // How the whole rows align their values under the dates: by their ends, else by their starts. Without a whole row
    // the table's columns are not known: nothing changes.
    const whole = block.filter((r) => r.values.length === n);
    if (!whole.length) continue;
    // (b68) Under a bare dates line every whole row's values stand at their dates (printed centred under them, or so).
    if (bare && !whole.every((r) => r.values.every((v, i) => standsAt(v, cells[i]!)))) continue;
    const header = Array.from({ length: bottom - top + 1 }, (_, j) => top + j);
    const ownIndex = order === 'first' ? 0 : order === 'last' ? n - 1 : headedColumn(texts, d, header);
    const alignedBy = (edge: 'start' | 'end') => whole.every((r) => r.values.every((v, i) => Math.abs(v[edge] - cells[i]![edge]) <= 2));
    const edge = alignedBy('end') ? 'end' : alignedBy('start') ? 'start' : null;
    /** The column a value of a row with empty columns stands in, or -1 when its place does not say one. */
    const columnOf = (v: PlacedToken) => {
      const near = edge ? cells.flatMap((c, i) => (Math.abs(v[edge] - c[edge]) <= 2 ? [i] : []))
        : bare ? cells.flatMap((c, i) => (standsAt(v, c) ? [i] : [])) : [];
      return near.length === 1 ? near[0]! : -1;
    };
    const edits = new Map<number, string>();
    const unread: ParseWarning[] = [];
    let end = k;
    for (const row of block) {
      let value: string | undefined;
      if (row.values.length === n) value = row.values[ownIndex ?? 0]!.text;
      else {
        const placed = row.values.map(columnOf);
        if (placed.some((c) => c < 0) || new Set(placed).size < placed.length) {
          end = row.k;
          break;
        }
        value = ownIndex === null ? undefined : row.values[placed.indexOf(ownIndex)]?.text;
      }
      if (ownIndex === null) {
        edits.set(row.k, '');
        unread.push(undecidedColumn(lines[row.k]!, row.name, texts[row.k]!));
        continue;
      }
      if (value === undefined || value === '*') {
        edits.set(row.k, '');
        unread.push(noColumnValue(lines[row.k]!, row.name, texts[row.k]!));
        continue;
      }
      edits.set(row.k, `${row.name}  ${value}  ${row.rest}`.trimEnd());
    }
    // Nothing changes unless a whole row is read before a row that cannot be placed.
    if (!block.some((r) => r.k < end && r.values.length === n)) continue;
    warnings.push(...unread);
    // The dates, times and request numbers are the table's header, no rows.
    for (const h of header) edits.set(h, '');
    for (const [e, text] of edits) {
      const { cells: _cells, ...line } = lines[e]!;
      lines[e] = { ...line, text };
      texts[e] = text;
    }
    d = end - 1;
  }
  return { lines, warnings };
}

/**
 * Ranges printed in a block under the table, by test name (`Reference Ranges :` / `TOTAL CHOLESTEROL : Desirable :
 * < 200 mg/dL Borderline High : 200-239 mg/dL …`): the range of the row above of that name that has none. Only lines
 * that made no row themselves, naming exactly one row read before them.
 * (rangelabels) A line may list several tests' ranges, each a name, a colon and a range, apart by two spaces or more
 * (Thyrocare's footer `T3 : 60-200 ng/dL   T4 : 4.5-12 ug/dL   TSH : 0.3-5.5 uIU/mL`, under rows named `TOTAL
 * TRIIODOTHYRONINE (T3)` …): each range is the row's of its name, or, where no row is printed with that name, of the
 * one row of the report the catalog reads as the same analyte (`opts.sameAnalyte`) — only a row with no range, above the
 * line, whose unit agrees with the range's (a range in mmol/L is no row's in mg/dL). A test printed on two rows, or
 * named twice on the line, takes none.
 */
function rangesListedBelow(lines: readonly SourceLine[], rows: RawRow[], warnings: ParseWarning[], opts: TextParseOptions = {}): void {
  const key = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();
  // The one row of each name (null: the name is printed on several rows, none of which the line names alone).
  const byName = new Map<string, RawRow | null>();
  for (const r of rows) byName.set(key(r.name), byName.has(key(r.name)) ? null : r);
  const rowLines = new Set(rows.map((r) => `${r.page ?? 0}:${r.line}`));
  const above = (row: RawRow, line: SourceLine) => (row.page ?? 0) < (line.page ?? 0) || ((row.page ?? 0) === (line.page ?? 0) && row.line < line.line);
  /** The row a listed name names: the one printed with that name, else the one row the catalog reads as its analyte. */
  const sameAnalyte = new Map<string, RawRow | null>();
  const named = (name: string): RawRow | null => {
    const k = key(name);
    if (byName.has(k)) return byName.get(k) ?? null;
    if (!opts.sameAnalyte || !opts.knows?.(name)) return null;
    // (Once a name: a footer repeated down a long report asks the rows once.)
    if (!sameAnalyte.has(k)) {
      let one: RawRow | null = null;
      let count = 0;
      for (const r of rows) {
        // (rangelabels review) Not a glucose of another kind: a fasting range is no post-prandial or random glucose's.
        if (!opts.sameAnalyte(name, r.name) || sampleTiming(name) !== sampleTiming(r.name)) continue;
        one = r;
        if (++count > 1) break;
      }
      sameAnalyte.set(k, count === 1 ? one : null);
    }
    return sameAnalyte.get(k)!;
  };
  const taken = (line: SourceLine) => {
    for (let i = warnings.length - 1; i >= 0; i--) {
      if (warnings[i]!.line === line.line && (warnings[i]!.page ?? 0) === (line.page ?? 0)) warnings.splice(i, 1);
    }
  };
  /** (rangelabels review) Each row's ranges from lines listing several tests, and the lines that gave them. */
  const listedFor = new Map<RawRow, { range: string; line: SourceLine }[]>();
  /** The last line with text that made no row: a heading over a listed line (`Pregnancy, 1st trimester :-`). */
  let over: SourceLine | null = null;
  for (const line of lines) {
    if (rowLines.has(`${line.page ?? 0}:${line.line}`)) { over = null; continue; }
    const overThis = over;
    if (line.text.trim()) over = line;
    const m = LISTED_RANGE.exec(line.text);
    const row = m ? byName.get(key(m[1]!)) : undefined;
    // The text must read as a range: `HbA1c : 6.2 % on 03/01/2024 (previous)` is a note about the row, its warning kept.
    if (row && readsAsRange(m![2]!)) {
      if (row.rangeText || !above(row, line)) continue;
      row.rangeText = m![2]!.replace(/\s+/g, ' ').trim();
      taken(line);
      continue;
    }
    const listed = rangesListed(line.text);
    if (!listed) continue;
    // (rangelabels review) Under a heading naming a group of patients (`Children (1-10 yrs) :`, `Pregnancy, 1st
    // trimester :-`): that group's ranges, not the patient's known to be.
    if (overThis && GROUP_HEADING.test(overThis.text) && !ADULTS_HEADING.test(overThis.text)) continue;
    // A row named twice on the line (`Hb : 13.5-17.5 g/dL   Hb : 12.0-15.5 g/dL`: by sex, or tiers) takes neither.
    const parts = listed.map(([name, range]) => [named(name), range] as const);
    const times = new Map<RawRow, number>();
    for (const [r] of parts) if (r) times.set(r, (times.get(r) ?? 0) + 1);
    let read = false;
    for (const [r, range] of parts) {
      if (!r || times.get(r)! > 1) continue;
      // (rangelabels review) A row with no unit takes no listed range (`Creatinine  88` under `Creatinine : 0.6-1.2
      // mg/dL`: its 88 is plainly µmol/L).
      if (!r.unit || r.rangeText || r.range || !above(r, line) || rangeUnitDisagrees(r.unit, range, opts.chargeOf?.(r.name))) continue;
      listedFor.set(r, [...(listedFor.get(r) ?? []), { range, line }]);
      read = true;
    }
    if (read) taken(line);
  }
  // (rangelabels review) A row given two different ranges by listed lines (one per group: pregnancy's and adults')
  // takes none; the same range again (a footer repeated on each page) is one.
  for (const [r, given] of listedFor) if (new Set(given.map((g) => g.range)).size === 1) r.rangeText = given[0]!.range;
}

/** (rangelabels review) A heading of a group of patients over a listed line (pregnancy, children, an age, a sex). */
const GROUP_HEADING = /\b(?:pregnan\w*|trimester|gestation\w*|child\w*|paediatric|pediatric|infants?|newborns?|neonat\w*|boys?|girls?|adolescen\w*|elderly|males?|females?|men|women|(?:\d+\s*-\s*)?\d+\s*(?:yrs?|years?|months?)|gestantes?|crian\w*|niñ\w*|embaraz\w*|grávidas?|homens|mulheres|hombres|mujeres)\b/i;
/** (rangelabels review) A heading of adults (`Adults :-`, `Adultos`): the listed ranges are the usual ones. */
const ADULTS_HEADING = /^\W*(?:adults?|adultos?|adultes?|erwachsene)\b/i;

/**
 * (rangelabels review) The timing of a glucose's sample a name says (fasting, post-prandial, random, an hour of a
 * tolerance test), '' when none: a listed range is no other timing's.
 */
function sampleTiming(name: string): string {
  const n = name.toLowerCase();
  if (/\b(?:fasting|fbs|fbg|fpg|f\.b\.s|nüchtern|jejum|ayunas|ayuno|à jeun|a jeun|basal)\b/.test(n)) return 'fasting';
  if (/\b(?:pp|ppbs|ppbg|post[\s-]?prandial|postprandial|after meal)\b/.test(n)) return 'pp';
  if (/\b(?:random|rbs|rbg|casual)\b/.test(n)) return 'random';
  const hour = /\b(\d)\s*(?:h|hr|hrs|hour|hours)\b/.exec(n);
  return hour ? `${hour[1]}h` : '';
}

/** A name, a colon and what follows it, with a digit: a listed range (rangesListedBelow). */
const LISTED_RANGE = /^\s*([A-Za-z][^:]{0,60}?)\s*:\s*(\S.*\d.*)$/;

/**
 * (rangelabels) The names and ranges a line lists (`T3 : 60-200 ng/dL   T4 : 4.5-12 ug/dL`): each part of it, apart by
 * two spaces or more (a name and its colon alone joined to the range after it), a name, a colon and a range that reads
 * as one; null unless every part is such.
 */
function rangesListed(text: string): [string, string][] | null {
  if (!text.includes(':')) return null;
  const parts: string[] = [];
  for (const part of text.trim().split(/\s{2,}/)) {
    if (parts.length && /:$/.test(parts[parts.length - 1]!)) parts[parts.length - 1] += ` ${part}`;
    else parts.push(part);
  }
  const out: [string, string][] = [];
  for (const part of parts) {
    const m = LISTED_RANGE.exec(part);
    if (!m || !readsAsRange(m[2]!)) return null;
    out.push([m[1]!.trim(), m[2]!.replace(/\s+/g, ' ').trim()]);
  }
  return out.length ? out : null;
}

/**
 * Each line's text with its cells placed at the character column their position gives (`x` over the width of a
 * character, estimated from the cells' own text): a PDF line laid out as a fixed-width printout. Lines without cells
 * in points (text, Markdown, HTML) keep their text.
 */
function laidOutInCharacters(lines: readonly SourceLine[]): string[] {
  const widths = lines.flatMap((l) => (l.cells && !l.tableCells ? l.cells : []))
    .filter((c) => c.text.length >= 3).map((c) => (c.end - c.x) / c.text.length).sort((a, b) => a - b);
  const char = widths[Math.floor(widths.length / 2)];
  if (!char) return lines.map((l) => l.text);
  return lines.map((l) => {
    if (!l.cells || l.tableCells || !l.cells.length) return l.text;
    let out = '';
    for (const c of l.cells) {
      const at = Math.round(c.x / char);
      out += ' '.repeat(Math.max(out ? 1 : 0, at - out.length)) + c.text;
    }
    return out;
  });
}

/**
 * An HTML table one cell wider than the Markdown header over it (`| Test | Result | Unit | Range |` over rows of five
 * cells): the header's columns with a flag column where the table has one — the one column past the name whose cells
 * are all flags or empty, one flag at least. Null when no column, or more than one, is such. Worked out once per table.
 */
function flagColumnAdded(columns: readonly Column[], table: number, lines: readonly SourceLine[], cache: Map<number, Column[] | null>): Column[] | null {
  if (cache.has(table)) return cache.get(table)!;
  const rows = lines.filter((l) => l.table === table && l.cells?.length === columns.length + 1).map((l) => l.cells!.map((c) => c.text.trim()));
  // (Not a sign that may stand for nothing: `-`, `+`, `<`, `>`.)
  const flag = (t: string | undefined) => Boolean(t && !/^[-+<>]$/.test(t) && normalizeFlag(t) !== null);
  const flagsOnly = (j: number) => rows.every((r) => !r[j] || flag(r[j])) && rows.some((r) => flag(r[j]));
  const at = Array.from({ length: columns.length }, (_, k) => k + 1).filter(flagsOnly);
  const out = at.length === 1 && !columns.some((c) => c.role === 'flag')
    ? [...columns.slice(0, at[0]), { role: 'flag' as const, x: at[0]!, end: at[0]! }, ...columns.slice(at[0])] : null;
  cache.set(table, out);
  return out;
}

/** The warning for a cumulative table's row when its dates do not say which column is this report's. */
function undecidedColumn(line: SourceLine, name: string, text: string): ParseWarning {
  return { code: 'no-value', message: `"${name}": the dates of this cumulative report do not say which column is this report's`, line: line.line, ...(line.page ? { page: line.page } : {}), text: text.trim().slice(0, 300) };
}

/**
 * Which end of a row of dates is the newest (`03/03/24 02/02/24 01/01/24`: `first`): `first`, `last`, `both` when the
 * dates read newest first one way and newest last the other (day-first one way, month-first the other: `01/06/25 …
 * 03/04/25`), or null when they say nothing.
 */
function newestSide(dates: readonly string[], dayFirst: () => boolean | null): 'first' | 'last' | 'both' | null {
  const sides = new Set(dateReadings(dates, dayFirst).map(([first, last]) => (first > last ? 'first' : first < last ? 'last' : null)));
  return sides.has('first') && sides.has('last') ? 'both' : sides.size === 1 ? [...sides][0]! : null;
}

/**
 * The dates' first and last as numbers (yyyymmdd) under each reading, day-first and month-first, that reads every date
 * of the row as one (`12/01/25 15/02/25 08/03/25`: day-first only, by its middle date). Of two such, those that put the
 * dates in order, then the one the report's other dates are printed in (`dayFirst`, documentDayFirst: `Collected:
 * 25/03/2025`), if they say. (cumul) A date that says its order (`2024-03-14`, `14-Mar-24`) is the same date under both.
 */
function dateReadings(dates: readonly string[], dayFirst: () => boolean | null): (readonly [number, number])[] {
  if (dates.length < 2) return [];
  const key = (date: string, dayFirst: boolean): number | null => {
    // (cumul) A date that says its order (`2024-03-14`, `14-Mar-24`) reads one way only.
    if (!/^\d{1,2}[/.-]\d{1,2}[/.-]\d+$/.test(date)) {
      const said = parseDayMonthDate(date);
      return said ? Number(said.slice(0, 10).replace(/-/g, '')) : null;
    }
    const [a, b, y] = date.split(/[/.-]/).map(Number) as [number, number, number];
    const [d, m] = dayFirst ? [a, b] : [b, a];
    if (m < 1 || m > 12 || d < 1 || d > 31) return null;
    return fullYear(y) * 10000 + m * 100 + d;
  };
  let readings = [true, false].map((dayFirst) => ({ dayFirst, keys: dates.map((date) => key(date, dayFirst)) }))
    .filter((r): r is { dayFirst: boolean; keys: number[] } => r.keys.every((k) => k !== null));
  const inOrder = readings.filter((r) => r.keys.every((k, i) => i === 0 || k >= r.keys[i - 1]!) || r.keys.every((k, i) => i === 0 || k <= r.keys[i - 1]!));
  if (inOrder.length) readings = inOrder;
  const printed = readings.length > 1 ? dayFirst() : null;
  if (printed !== null) readings = readings.filter((r) => r.dayFirst === printed);
  return readings.map((r) => [r.keys[0]!, r.keys[r.keys.length - 1]!] as const);
}

/**
 * (cumul) The report's day-first reading (printedDayFirst of its lines' `texts`), read the first time a table asks and
 * kept: a report of many cumulative tables reads its lines once, not once a table.
 */
function documentDayFirst(texts: readonly string[]): () => boolean | null {
  let read: boolean | null | undefined;
  return () => (read === undefined ? (read = printedDayFirst(texts)) : read);
}

/**
 * Whether the report prints its dates day-first (true: `25/03/2025`, `13.01.25`) or month-first (false: `03/25/2025`),
 * by the dates that can be read one way only; null when none says, or they say both.
 */
function printedDayFirst(texts: readonly string[]): boolean | null {
  const ways = new Set<boolean>();
  for (const text of texts) {
    for (const m of text.matchAll(/(?<![\d.,/-])(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d.,/-]*\d)/g)) {
      const [a, b] = [Number(m[1]), Number(m[3])];
      if (a > 12 && a <= 31 && b >= 1 && b <= 12) ways.add(true);
      if (b > 12 && b <= 31 && a >= 1 && a <= 12) ways.add(false);
    }
  }
  return ways.size === 1 ? [...ways][0]! : null;
}

/**
 * The column a header word names as this report's (`Latest`, `Current`, `Today`, `Result`, `This report`) on a line
 * next to the table's header lines (`header`: the dates line `d`, the request numbers', the times'): the date whose
 * column the word stands over. Null without one.
 */
function headedColumn(texts: readonly string[], d: number, header: readonly number[]): number | null {
  // The columns start where the dates line's tokens from its first date on do.
  const tokens = placedTokens(texts[d]!);
  const first = tokens.findIndex((t) => isDateToken(t.text));
  if (first < 0) return null;
  const starts = tokens.slice(first).map((t) => t.start);
  for (let h = Math.max(0, Math.min(...header) - 2); h <= Math.min(texts.length - 1, Math.max(...header) + 1); h++) {
    const m = /\b(?:latest|current|today|result|this report)\b/i.exec(texts[h]!);
    if (!m) continue;
    if (header.includes(h)) {
      // The word may stand in place of a date or number's header on its own line only: not a column.
      continue;
    }
    const at = m.index;
    let best = 0;
    for (let i = 1; i < starts.length; i++) if (Math.abs(starts[i]! - at) < Math.abs(starts[best]! - at)) best = i;
    return best;
  }
  return null;
}

export function detectLayout(lines: SourceLine[]): TextLayout {
  const all = lines.map((l) => l.text).join('\n');
  // The structure of MyChart's result blocks (`Normal range: 74 - 106 mg/dL` over the value), not the portal's name: a
  // page copied from a newer MyChart (`Component / Your Value / Standard Range`) names MyChart in its footer.
  // `Standard Range:` and `Reference range:` head a block as `Normal range:` does (readEpic reads all three), where the
  // block goes on to its value (`Value`, the graph's axis labels or the value); under a result (a consumer lab's card)
  // such a line is that result's range.
  const filled = lines.filter((l) => l.text.trim());
  const blockValue = (text: string | undefined) => text !== undefined && (/^value:?$/i.test(text) || (/^[\d<>.]/.test(text) && epicValue(tokenize(text)) !== null)
    || tokenize(text).every((t) => parseValueToken(t) !== null));
  // A block is a name over the label (a line of words, no value) and, unless the label is `Normal range:`, a value under
  // it; a label under a line that printed its value (`Glucose 105 mg/dL` / `Reference range: 70 - 99`) is a card's.
  // MyChart's when its blocks outnumber the cards' ranges (the majority's layout; a tie is the cards'): a card report
  // with a couple of name/range/value blocks among more cards stays generic and keeps its cards' ranges, and one lone
  // number anywhere (a page number, a year in a footer) after a card's range does not make a report MyChart's.
  let blocks = 0;
  let cards = 0;
  filled.forEach((l, i) => {
    const text = l.text.trim();
    const normal = /^Normal range:/i.test(text);
    if (!normal && !EPIC_RANGE_LABEL.test(text)) return;
    if (i > 0 && isNameFragment(filled[i - 1]!.text.trim()) && !EPIC_RANGE_LABEL.test(filled[i - 1]!.text.trim())) {
      if (normal || blockValue(filled[i + 1]?.text.trim())) blocks++;
    } else if (i > 0) cards++;
  });
  if (blocks > cards) return 'epic-mychart';
  if (/Laboratory Corporation of America|\bLabCorp\b/i.test(all)) return 'labcorp';
  if (/Quest Diagnostics/i.test(all)) return 'quest';
  return 'generic';
}

const COLLECTED = /^(?:date collected|collection date|date of collection|collected date|collected on|collected|specimen collected|specimen collection date|date drawn|drawn)\s*:?\s*(.+)$/i;
const REPORTED = /^(?:report generated|date reported|reported on|reported|report date|date of report|printed on|printed)\s*:?\s*(.+)$/i;

function findDates(lines: SourceLine[]): { collectedAt?: string; reportedAt?: string } {
  let collectedAt: string | undefined;
  let reportedAt: string | undefined;
  for (const { text } of lines) {
    const t = text.trim();
    const c = COLLECTED.exec(t);
    if (c && !collectedAt) collectedAt = parsePrintedDate(c[1]!);
    const r = REPORTED.exec(t);
    if (r && !reportedAt) reportedAt = parsePrintedDate(r[1]!);
  }
  return { ...(collectedAt ? { collectedAt } : {}), ...(reportedAt ? { reportedAt } : {}) };
}

const HEADER_WORDS = new Set(['test', 'tests', 'name', 'result', 'results', 'current', 'previous', 'flag', 'flags', 'units', 'unit', 'reference', 'range', 'interval', 'normal', 'value', 'date', 'and', 'ref', 'lab', 'component', 'your', 'standard', 'high', 'low', 'comment']);

/** `Test  Result  Units  Reference Range`: a column header (mostly header words, at least two of the key ones). */
/**
 * A column header that names a low and a high bound and no result (`Test  Lab Low  Optimal Range  Lab High`, `Test
 * Low High`): the table under it holds ranges, not results.
 */
function boundsOnlyHeader(text: string): boolean {
  const words = text.toLowerCase().split(/[\s/]+/).filter(Boolean);
  return words.includes('low') && words.includes('high') && !words.some((w) => /^(?:results?|values?|your|current|patient|observed)$/.test(w));
}

/**
 * A row of a table of bounds (`TSH 0.5 1.3-1.8 5.0`, `| Ferritin | 30 | 50-150 | 400 |`): a name and then numbers and
 * intervals alone, no unit, no flag — any other line is past the table.
 */
const BOUND = String.raw`[<>≤≥]?\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?`;
const BOUNDS_ROW = new RegExp(String.raw`^[^\d\s<>≤≥].*?(?:\s+${BOUND}){2,}$`);
const isBoundsRow = (text: string) => BOUNDS_ROW.test(text.trim());

/**
 * (fixige) A line of three cells or more, no digit, whose first cell heads the tests' column (`Test`, `Parameter`,
 * `Investigation`) and whose other cells but one are header words (`Result  Units  Therapeutic range`): a column header
 * whatever its one unknown cell.
 */
function headerWordsLine(cells: readonly Cell[]): boolean {
  const filled = cells.map((c) => c.text.trim()).filter(Boolean);
  if (filled.length < 3 || filled.some((c) => /\d/.test(c))) return false;
  if (headerRoleOfWords(filled[0]!.toLowerCase())?.role !== 'name') return false;
  const rest = filled.slice(1);
  return rest.filter((c) => isHeaderWords(c)).length >= Math.max(2, rest.length - 1);
}

/** A page's own count (`Page 2 of 3`, `page 1/2`): in a text with no PDF pages, where a page ends (repeatedOnPages). */
const PAGE_OF_PAGES = /\bpage\s*\d+\s*(?:of|\/)\s*\d+\b/i;

/** (set 9) A cell of an order's or a price list's header, and one that only such a header has (orderListHeader). */
const ORDER_LIST_CELL = /^(?:tests?|test name|tests? ordered|panel(?:\s*\/\s*test)?|profile|(?:test |order |lab )?code|cpt(?: codes?)?|tube(?: type)?|container|specimen|price|cost|fee|biomarkers|markers|tat|turnaround(?: time)?|description)$/;
const ORDER_LIST_ONLY = /^(?:(?:test |order |lab )?code|cpt(?: codes?)?|tube(?: type)?|container|price|cost|fee|biomarkers|markers|tat|turnaround(?: time)?)$/;

/**
 * (set 9) A header of a requisition's or a price list's columns (`Test  Code  CPT  Tube`, `Panel / Test  Biomarkers
 * Price`): every cell one of ORDER_LIST_CELL, one at least an order's or a price's own (ORDER_LIST_ONLY), and no
 * column of results (a `Result`, `Value` or `Units` cell is none of them).
 */
function orderListHeader(cells: readonly Cell[]): boolean {
  const words = cells.map((c) => c.text.trim().toLowerCase().replace(/\s+/g, ' ')).filter(Boolean);
  return words.length >= 2 && words.every((w) => ORDER_LIST_CELL.test(w)) && words.some((w) => ORDER_LIST_ONLY.test(w));
}

function isColumnHeader(text: string): boolean {
  const words = text.toLowerCase().split(/[\s/]+/).filter(Boolean);
  if (words.length < 2 || /\d/.test(text)) return false;
  const key = words.filter((w) => ['result', 'results', 'units', 'unit', 'reference', 'range', 'interval', 'flag', 'test'].includes(w)).length;
  return key >= 2 && words.filter((w) => HEADER_WORDS.has(w)).length >= words.length - 1;
}

/**
 * A patient-detail label alone on its line (a report header's box, its content in the next box): `Name`, `Patient
 * Name`, `Patient ID`, `Age/Gender`, `Sex`, `DOB`, `Report ID`, `Referred By`, `Phone No.`, `Collection Date`, `MRN`.
 */
const PATIENT_DETAIL_LABEL = new RegExp(String.raw`^(?:patient(?:'s)?\s+(?:name|id|no\.?|number)|name|patient|age|sex|gender|(?:age|sex|gender)\s*\/\s*(?:age|sex|gender)|${BIRTH_LABEL}|mrn|uhid|(?:report|sample|specimen|lab|registration|reg\.?|accession|visit|bill|barcode)\s*(?:id|no\.?|number)|referred by|ref\.?\s*by|referring (?:doctor|physician)|consultant|(?:phone|mobile|contact)(?:\s*no\.?)?|(?:collection|report|registration|receiving|received|sample|reported|collected)\s+(?:date|on|at|time)(?:\s*(?:\/|&)\s*time)?)\s*[:.]?$`, 'i');

/**
 * (pdf7) In a row's name, what only a letterhead or a footer prints: a patient-detail label with its colon or its
 * number (`Patient Name :`, `Age/Gender`, `Sex/Age`, `DOB:`, `MRN 662019`, `UHID:`), a page mark (`Page 1 of`, `Page 2`
 * ending the name: its count or number read as the value) or a printing date (`Printed 11/30/2026`). No test's name
 * holds one.
 */
const DEMOGRAPHIC_IN_NAME = new RegExp(String.raw`(?:^|[\s,;|])(?:(?:age|sex|gender)\s*\/\s*(?:age|sex|gender)\b|(?:patient(?:'s)?\s+(?:name|id)|${BIRTH_LABEL}|mrn|uhid)\s*(?:[:#]|\s\d))|(?:^|\s)page\s+\d{1,4}(?:\s+of(?:\s+\d{1,4})?)?$|(?:^|\s)printed\s+(?:on\s+)?\d`, 'i');

/** `Patient: …`, `DOB: …`, `Ordering Physician: …`, `Collected on Apr 10, 2025`: a label and its value, not a result. */
function isMetadata(text: string): boolean {
  return /^[A-Za-z][A-Za-z .'/#()&-]{0,40}:\s*\S/.test(text) || COLLECTED.test(text) || REPORTED.test(text) || isPageCounter(text);
}

const isSeparator = (text: string) => /^[-=_*.·•\s]+$/.test(text);

/**
 * A line that is about the report, not a result: dates and times alone (`01/02/2025 08:30 AM`), page marks
 * (`Page 2`, `- 2 -`, `Continued on next page`), report status lines (`Final Report`, `*** End of Report ***`).
 */
export function isInterlude(text: string): boolean {
  const t = text.trim();
  const tokens = t.split(/\s+/);
  if (tokens.every((w) => isDateToken(w) || isTimeToken(w))) return true;
  // (dateline) A date with its month in words alone (`Feb 12, 2025`, `12 February 2025 08:05`): a portal's card prints
  // the result's date between its name and its value.
  if (isDateAlone(t)) return true;
  if (isPageCounter(t) || PAGE_STATUS.test(t)) return true;
  return /^(?:-\s*\d+\s*-|\(?continued(?: on next page| from previous page)?\)?|\**\s*(?:end of report|final report|preliminary report|corrected report)\s*\**)$/i.test(t)
    || PORTAL_STATUS.test(t) || starredFooter(t);
}

/**
 * (b68) A footer between asterisks whose parts, apart by a dash, comma or bar, are each a report status or a page
 * counter: `*** END OF REPORT - PAGE 2 ***`, `*** PAGE 2 ***`, `** End of report, page 1 of 3 **`. Not a row flagged
 * with asterisks (`POTASSIUM  6.6 ***`: the line must start with them).
 */
function starredFooter(t: string): boolean {
  const inner = /^\*+\s*(\S.*?)\s*\*+$/.exec(t)?.[1];
  if (!inner) return false;
  return inner.split(/\s+[-–—|]\s+|\s*[,;|]\s*/).every((part) => /^(?:end of (?:report|page)|final report|preliminary report|corrected report|continued(?: on next page| from previous page)?)$/i.test(part) || isPageCounter(part));
}

/**
 * (labs56) A page counter: the word (English, Portuguese, Spanish, Italian, French, German, Polish), a colon or full
 * stop perhaps after it, its number, perhaps the count (`Page 2`, `Pág.: 1 / 18`, `Página: 3/12`, `Página 2 de 5`,
 * `Seite 1/2`, `Page: 2 of 5`). (fix56) Not `pg`: the picogram (`MCH` / `pg 29`, a unit before its value).
 */
const PAGE_COUNTER_SOURCE = String.raw`(?:page|p[áa]g|p[áa]gina|seite|blatt|strona|side|sida|sivu|strana|str[aá]nka)\.?\s*:?\s*\d{1,4}(?:\s*(?:of|de|di|sur|von|z|\/)\s*\d{1,4})?`;
const PAGE_COUNTER = new RegExp(`^${PAGE_COUNTER_SOURCE}$`, 'i');
/** (set 24) A page counter as a line's first cell, other cells after it (`Seite 1 von 2    Auftrag …`): group 1 with its indent. */
const PAGE_COUNTER_CELL = new RegExp(String.raw`^(\s*${PAGE_COUNTER_SOURCE})(?=\s{2,}|\t)`, 'i');

/**
 * (quest) A page's number and what follows it, as Quest prints it last on a page: `Page 2 - End of Report`, `Page 1 -
 * Continued on Page 2`.
 */
const PAGE_STATUS_WORDS = String.raw`end\s+of\s+report|continued\s+on\s+page\s+\d{1,4}`;
const PAGE_STATUS = new RegExp(String.raw`^page\s+\d{1,4}\s*-\s*(?:${PAGE_STATUS_WORDS})$`, 'i');

/** (quest) A page mark ending a line: `Page 2 - End of Report`, `Page 1 - Continued on Page 2`, `Page 1 of 2`. */
const PAGE_MARK_ENDING = new RegExp(String.raw`(?:^|\s)page\s+\d{1,4}\s*(?:-\s*(?:${PAGE_STATUS_WORDS})|of\s+\d{1,4})$`, 'i');

/** (quest) What a line prints before its page mark (PAGE_MARK_ENDING), or null for a line without one. */
function beforePageMark(text: string): string | null {
  const m = PAGE_MARK_ENDING.exec(text);
  return m ? text.slice(0, m.index) : null;
}

/**
 * (quest) A page's footer: a line that ends in its page mark (PAGE_MARK_ENDING) after words — the patient's name and
 * id (Quest: `EXAMPLE, MARCUS T - 00417733   Page 2 - End of Report`). Never a row (`EXAMPLE, MARCUS T` = 417733); a
 * page mark alone is isInterlude's, and one after a row is no part of it (withoutPageMarks).
 */
function isPageFooter(text: string): boolean {
  const before = beforePageMark(text.trim());
  // (quest review) Words and an id (a number of five digits or more) only: a line with a row's numbers before its page
  // mark that reads as no row (withoutPageMarks read those that do) is warned of as unread, as any such line.
  return before !== null && /\p{L}/u.test(before) && (before.match(/\d+(?:[.,]\d+)*/g) ?? []).every((n) => /^\d{5,}$/.test(n));
}

/**
 * (quest review) A page mark printed after a row on its line (`Glucose 95 mg/dL 65-99 Page 1 of 2`, `… Page 2 -
 * Continued on Page 3`: the page's text run into its last row): no part of the row, which is read without it — where
 * what is before the mark reads as a row with its value and a unit or range (parseRowLine); else the line is a footer
 * (isPageFooter) or as printed. Lines of a source that knows its cells are left as they are.
 */
function withoutPageMarks(lines: SourceLine[], opts: TextParseOptions): SourceLine[] {
  return lines.map((l) => {
    if (l.cells || !/page/i.test(l.text)) return l;
    const before = beforePageMark(l.text.trimEnd());
    const row = before !== null && /\p{L}/u.test(before) ? parseRowLine(before.trim(), opts) : null;
    return row && row.value !== null && (row.unit || row.rangeText) ? { ...l, text: before! } : l;
  });
}

/** (labs56; fix56) A page counter on a line of its own (PAGE_COUNTER): never a row. The one test of it (isMetadata, isInterlude, readRows). */
function isPageCounter(text: string): boolean {
  return PAGE_COUNTER.test(text.trim());
}

/**
 * (labs35fix) A result's status as a patients' portal prints it on a line of its own (Swedish `Slutsvar`, final;
 * `Preliminärsvar`, `Delsvar`, `Kompletterande svar`; Norwegian and Danish `Endelig svar`, `Foreløpig svar`), and the
 * link it prints under each result to draw its history (`Graf`, `Visa graf`, `Graph`, `Show graph`): words about the
 * page, never a test's name.
 */
const PORTAL_STATUS = /^(?:slutsvar|preliminärt? ?svar|preliminärsvar|delsvar|kompletterande svar|endelig(?:t)? svar|foreløbigt? svar|foreløpig svar|graf|visa graf|vis graf|graph|show graph|view graph)$/i;

/**
 * A method's name in parentheses ending a line, capitalised (`(Cromatografia Líquida)`), with the spaces before it.
 * (redos3) Only from the first of those spaces (`(?<!\s)`): tried from each, a run of spaces cost its square (78
 * lines of `Калий 4.5`, 4,900 spaces and `x`: 3.9 s with the two lazy names before a parenthesis below).
 */
const METHOD_AT_END = /(?<!\s)\s*\(\p{Lu}[^()]*\)\s*$/u;

/** (set 25) A LOINC long name's property in brackets and its system after it (`[Moles/volume] in Serum or Plasma`). */
const LOINC_PROPERTY_TAIL = /\s\[[A-Za-z.# ]+(?:\/[A-Za-z.# ]+)?\](?:\s+(?:in|by)\s+[^[\]]+)?$/;
/** A line of words that may be a heading, or the first half of a name printed over two lines. */
function isNameFragment(text: string, knows?: (name: string) => boolean): boolean {
  // The body surface an eGFR is given per (`eGFR using creatinine (CKD-EPI) per 1.73 square metres`, SNOMED's name a UK
  // GP record prints) is part of the name, not a value.
  const tokens = tokenize(text.replace(BODY_SURFACE, ' '));
  // A name has a letter: a row of empty cells (`| | | |`) waits for no value.
  // A method in parentheses after the name (`Hemoglobina Glicada (A1c) [NGSP] (Cromatografia Líquida de Alta
  // Definição)`: capitalised, as a method's name is) does not make a name of six words or fewer too long to be one.
  const method = METHOD_AT_END.exec(text);
  const short = method ? tokenize(text.slice(0, method.index)).length <= 6 : false;
  // A name ending in dotted initials (`M.C.V.`, `Total W. B. C.`: three letters or more, as the catalog joins them) ends
  // in no sentence's full stop, when the catalog knows it (`Dr. A.B.C.`, `M.D.` are no test's).
  const stop = /[.!?]$/.test(text) && !(knows && DOTTED_INITIALS_END.test(text) && knows(text));
  // (nameprefix) A number inside a name the catalog knows, a word after it (`VITAMINA D - 25 HIDROXI`, `VITAMIN D 25
  // HYDROXY`: the 25-hydroxyvitamin D, its value on the next line), is the name's own, no value.
  // (prose) The catalog is asked last, once the cheap tests leave the answer to it: a line of prose (a sentence's full
  // stop, more than eight words) is no name whatever it says, and a walk through the catalog's rules for a name it does
  // not know costs more than the rest of the line's reading.
  // (set 25) Nor does a LOINC long name's property and system (`Sex hormone binding globulin [Moles/volume] in Serum or
  // Plasma`, a FHIR rendering's code display): the words before its bracket are the name's.
  const loinc = tokens.length > 8 ? LOINC_PROPERTY_TAIL.exec(text) : null;
  const loincShort = loinc ? tokenize(text.slice(0, loinc.index)).length <= 6 : false;
  if (!/\p{L}/u.test(text) || stop || !(tokens.length <= 8 || short || loincShort)) return false;
  const numbers = tokens.some((t) => parseValueToken(t));
  return !numbers || (knows !== undefined && !parseValueToken(tokens[tokens.length - 1]!) && /\p{L}/u.test(tokens[tokens.length - 1]!) && knows(cleanName(text)));
}

/** A value box printed with its colon, the number alone after it (`: 11.8`, `:11400`, `: <5`). */
const COLON_BOX = /^\s*:\s*([<>≤≥]?\s*\d+(?:[.,]\d+)?)\s*$/;

/** `M.C.V.`, `Total R.B.C.`, `W. B. C.`: a name ending in three dotted initials or more. */
const DOTTED_INITIALS_END = /(?<!\p{L})\p{L}\.(?:\s?\p{L}\.){2,}$/u;

/**
 * An OCR box dump's value box printed with the colon between label and value (`HEMOGLOBIN` / `: 11.8` / `g/dl`,
 * `W.B.C.Count` / `:11400`): under a name the catalog knows, the number alone is the value (a time, `: 08:00 AM`, or
 * a value under `Page`, `Date`, `Dr.`, is none).
 */
function colonValuesUnderNames(lines: SourceLine[], known: (name: string) => boolean): SourceLine[] {
  const boxes = lines.map((l, i) => {
    const m = !l.cells && i > 0 ? COLON_BOX.exec(l.text) : null;
    if (!m) return null;
    const prev = lineText(lines[i - 1]!.text);
    return prev && !lines[i - 1]!.cells && isNameFragment(prev, known) && known(prev) ? m[1]! : null;
  });
  // (labsfix31) A lone box is the value only when a line that describes it follows it (`: 11.8` / `g/dl`); otherwise
  // only in a report that prints two colon boxes or more (a box dump's layout): `Sodium` / `: 3` / prose is no result.
  // (Boxes under a column of names count too: `HEMOGLOBIN` / `PLATELET COUNT` / `: 13.2` / `: 250000`; a box under a
  // word the catalog does not know, `Page` / `: 2`, does not: labsfix31b.)
  const many = lines.filter((l, i) => boxes[i] !== null || (i > 0 && !l.cells && COLON_BOX.test(l.text) && !lines[i - 1]!.cells && COLON_BOX.test(lines[i - 1]!.text))).length >= 2;
  /**
   * The first line after a box, blank lines skipped, describes its value (labsfix31b): the row's other parts alone —
   * a unit, a range, a flag, in any order (`g/dl`, `mg/dL 0.6-1.2`, `(3.5-5.1)`, `H`) — or the condition the sample
   * was taken under (`Fasting`), or the next test's row (`Platelets  250 x10^3/uL  150-400`: the box is then one of a
   * list of results, as in a box dump). Prose (`see comment below`, `specimen haemolysed`) describes no value.
   */
  const described = (i: number): boolean => {
    let j = i + 1;
    while (j < lines.length && !lines[j]!.cells && lines[j]!.text.trim() === '') j++;
    const next = lines[j];
    if (!next || next.cells) return false;
    const text = next.text.trim();
    return readsAsRowParts(text) || SAMPLE_CONDITION_LINE.test(text) || knownRowLine(text, known);
  };
  return lines.map((l, i) => (boxes[i] !== null && (many || described(i)) ? { ...l, text: boxes[i]! } : l));
}

/** A line that only says the condition a sample was taken under (`Fasting`, `(Random)`, `Post-prandial`). */
const SAMPLE_CONDITION_LINE = /^\(?(?:fasting|fasted|non-?\s?fasting|not\s+fasting|random|basal|post-?\s?prandial)\)?$/i;

/** A line that is a known test's row: its name, then a value (`Platelets  250 x10^3/uL  150-400`). */
function knownRowLine(text: string, known: (name: string) => boolean): boolean {
  const t = tokenize(text);
  const at = t.findIndex((w) => parseValueToken(w) !== null);
  return at > 0 && known(t.slice(0, at).join(' '));
}

/** What a header said about the table under it. */
interface TableState {
  columns: Column[];
  /** Cells are a table's own (Markdown, HTML): by index. */
  byIndex: boolean;
  /** The HTML `<table>` the header is in, and its number of cells: a later table as wide continues it (a next page). */
  source?: { table: number; width: number };
  /** A header of a Markdown table's (own cells, in no HTML table): its number of cells. */
  width?: number;
}

/**
 * A line's text: a Markdown heading's (`## Creatinine` → `Creatinine`), a list item's without its bullet or number
 * (`- WBC: 8.5 …`, `2. Sodium 139 …`), a trailing comment (`  # Low`) dropped.
 */
function lineText(raw: string): string {
  // (labs36fix) `149 g/l (Details: UCUM codeg/dL = 'g/dL')`: a rendered FHIR resource's note of the code behind what it
  // printed (a FHIR implementation guide's page) is no part of the line; the printed unit stays the row's.
  // (Each expression only where its literal is: unanchored, they cost the square of a long run of spaces.)
  const trimmed = rangeLineUnemphasized(raw.trim());
  const details = trimmed.includes('(Details:') ? trimmed.replace(/\s*\(Details:[^()]*\)/g, '') : trimmed;
  const item = boldLabel(fhirField(details).replace(/^#{1,6}\s+/, '').replace(/^(?:[-*•·▪◦]|\d{1,2}[.)])\s+(?=[\p{L}(]|\*\*\p{L})/u, ''));
  // (From the start of a run of spaces only: the same match, without trying every space of a long run.)
  const uncommented = item.includes('#') ? item.replace(/(?<!\s)\s{2,}#(?!\d).*$/, '') : item;
  return statusCellAsFlag(uncommented.replace(/^\*\*(.*)\*\*$/, '$1').trim());
}

/**
 * (fixr86) A range line set wholly in emphasis, with or without a bullet before it (`* *Reference Range: 133 to 146*`,
 * `- _Ref range: 15 - 300_`, `**Normal range: 2.0 - 3.6**`), as an LLM or a note app re-sets a results list in Markdown
 * (`* **Serum Sodium:** 139 mmol/L` and its range on the next bullet): the range line without its marks, read as the
 * same line printed plain is (RANGE_LINE: under its row, the row's range). Only a line whose text inside the marks is
 * a range line: an italic note (`* *Note: 25-50 is noted as inadequate*`) or any other italic is left as printed.
 */
function rangeLineUnemphasized(text: string): string {
  return rangeLineEmphasized(text) ?? text;
}
/** (fixr86) The range line inside the emphasis of a line wholly emphasized (rangeLineUnemphasized), or undefined. */
function rangeLineEmphasized(raw: string): string | undefined {
  const text = raw.trim();
  if (!/[*_]$/.test(text)) return undefined;
  const m = /^(?:[-*•·▪◦]\s+)?(\*{1,2}|_{1,2})([^\s*_](?:[^*_]*[^\s*_])?)\1$/u.exec(text);
  return m && RANGE_LINE.test(m[2]!) ? m[2]! : undefined;
}

/**
 * (labs36fix review) Lines that may stand between a result and the table of its bounds (a rendered FHIR Observation):
 * its flag (`Flag: Low`, from `**interpretation**:`) and a heading naming the reference range (`ReferenceRanges`,
 * `**referenceRange**:`, `Reference range`).
 */
const BETWEEN_ROW_AND_BOUNDS = new RegExp(String.raw`^(?:(?:${FLAG_LABEL_WORDS}|status)\s*[:=].*|\**\s*reference\s*(?:ranges?|intervals?)\s*\**\s*:?\s*\**)$`, 'i');

/**
 * (labs36fix review) Whether a bounds table's Text (`134-167 g/l`) prints the row's unit, or none: a unit after its
 * last number that is not the row's (`190-400 nmol/l` under `149 g/l`, or any unit under a row without one) is another
 * result's range.
 */
function unitAgrees(text: string, rowUnit: string | undefined): boolean {
  const printed = text.trim().replace(/^(?:[<>≤≥]=?\s*)?\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?\s*/, '').trim();
  if (!printed || !/\p{L}|%/u.test(printed)) return true;
  if (!rowUnit) return false;
  const a = toUcum(printed);
  const b = toUcum(rowUnit);
  return a && b ? a === b : printed.toLowerCase() === rowUnit.toLowerCase();
}

/**
 * (labs36fix) A rendered FHIR resource's field, its element's name in bold before the colon (`**status**: Final`,
 * `**performer**: Fimlab`, `**code**: Hemoglobiini`: an implementation guide's page of an Observation): `code` names
 * the test (its text alone, the name over the `**value**:` line), `interpretation` is the flag (read as a card's
 * `Flag:` line, FLAG_LABEL); any other field is a label and its text (metadata), never a name waiting for a value.
 */
function fhirField(text: string): string {
  const m = /^\*\*([a-z][A-Za-z]*)\*\*:\s*(\S.*)$/.exec(text);
  if (!m || /\d/.test(m[2]!.charAt(0))) return text;
  return m[1] === 'code' ? m[2]! : m[1] === 'interpretation' ? `Flag: ${m[2]}` : `${m[1]}: ${m[2]}`;
}

/**
 * A status cell ending a list item's row after a `|` (`- **ALT:** 19 U/L | Reference: < 41 | ✅ Normal`, `… | ⚠️
 * **BELOW NORMAL**`, `… | ✅`), as note apps and chat summaries print a result's status: marks (emoji, check marks,
 * emphasis) around a status phrase, or a check mark alone. It is the row's flag, read as the flag word it says (a
 * mark or emphasis alone is no flag word, and the row was lost for it); a warning sign alone says only that the
 * result is off, and the range says which way (no flag printed). Only on a line with a number that is no Markdown
 * table's row (a table's flag column is read by its header), and only for a phrase that names a status.
 */
function statusCellAsFlag(text: string): string {
  if (/^\|/.test(text) || !/\d/.test(text) || !text.includes('|')) return text;
  const m = STATUS_CELL.exec(text);
  if (!m || !/\d/.test(m[1]!)) return text;
  const marks = m[2]!;
  const phrase = (m[3] ?? '').replace(/\s+/g, ' ').toLowerCase();
  const flag = phrase ? STATUS_PHRASE_FLAG[phrase] : /[✅✓✔]/u.test(marks) ? 'Normal' : '';
  if (flag === undefined) return text;
  return flag ? `${m[1]!.trimEnd()} ${flag}` : m[1]!.trimEnd();
}

/** Marks a status cell may carry around its phrase: emoji and their variation selectors, check marks, emphasis. */
const STATUS_MARK = String.raw`[\p{Extended_Pictographic}\u{FE0F}\u{200D}✓✔✗✘*_\s]`;
/** A line's last `|` cell of marks and at most one status phrase (STATUS_PHRASE_FLAG's). */
const STATUS_CELL = new RegExp(String.raw`^(.*?)\s*\|\s*((?:${STATUS_MARK})*?)\s*(?:\*\*|__|\*|_)?\s*([A-Za-z]+(?: [A-Za-z]+){0,2})?\s*(?:\*\*|__|\*|_)?(?:${STATUS_MARK})*\s*$`, 'u');
/** Status phrases and the flag word each is: within the range, below it, above it. */
const STATUS_PHRASE_FLAG: Readonly<Record<string, string>> = {
  normal: 'Normal', 'within normal': 'Normal', 'within range': 'Normal', 'in range': 'Normal', 'within normal range': 'Normal',
  low: 'Low', 'below normal': 'Low', 'below range': 'Low', 'below normal range': 'Low',
  high: 'High', 'above normal': 'High', 'above range': 'High', 'above normal range': 'High',
};

/**
 * A note's or a chat summary's bullet with its name in bold (`**AST (SGOT):** 16 U/L (Reference: 11-34 U/L) *High*`,
 * as ChatGPT and note apps write one): the name without the asterisks, its colon the label/value separator, when a
 * value (a number, with or without its comparator) follows it; a bold label over words (`**Goal:** LDL < 70`) stays
 * as it is. On any line with a number, a trailing italic that is no flag word (`*Prediabetes*`, `*Impaired Fasting
 * Glucose*`) is the row's comment, dropped; an italic flag (`*High*`) is kept.
 */
function boldLabel(text: string): string {
  const m = /^\*\*([^*:]*\p{L}[^*:]*?)\s*(?::\s*\*\*|\*\*\s*:)\s*(?=[<>≤≥]?\s*[-+]?\d)/u.exec(text);
  const line = m ? `${m[1]!.trim()}: ${text.slice(m[0].length)}` : text;
  // (Only after a number: a line of words ending in an italic, `Note: see below *important*`, is no row anyway.)
  // (labsfix31b: any comment, numbers in it or not — `30 *recheck in 6 weeks*`, `1.1 mg/dL *stable since 2021*`; only a
  // span that reads as the row's own parts, flags, units and ranges, is read without its asterisks: `128 *L  mmol/L
  // 135-145 *`, `131 *L 135-145*`, `2.1 *mIU/L*`.)
  // (The italic span closes the line: a line that does not end in an asterisk is not asked — the expression costs the
  // square of a run of digits.)
  return /\d/.test(line) && /\*\s*$/.test(line) ? line.replace(/(\d\S*(?:\s.*)?)\s+\*(\p{L}[^*]*?)\*\s*$/u, (all: string, before: string, words: string) =>
    (normalizeFlag(words) ? all : readsAsRowParts(words) ? `${before} ${words.trim()}` : before)) : line;
}

/**
 * Whether words are nothing but a row's parts after its value: flags, units and ranges, a range in parentheses or
 * not (`L  mmol/L   135-145`, `(3.5-5.1)`).
 */
function readsAsRowParts(words: string): boolean {
  const t = tokenize(unparenthesizeRanges(words.trim()));
  let k = 0;
  while (k < t.length) {
    const range = numericRangeAt(t, k);
    if (range) k += range.span;
    else if (parseFlagToken(t[k]!) || (isUnitToken(t[k]!) && !parseValueToken(t[k]!))) k++;
    else return false;
  }
  return t.length > 0;
}

/**
 * `Ref: 70-99`, `Reference range: 3.5 - 5.0`, `Normal: <200`: a range on a line of its own (card layouts). (labs35fix)
 * Also the Swedish, Norwegian and Danish labels (`Referensintervall: 137-144`, `Referanseområde:`, `Referenceinterval:`);
 * (rangelabels) and every label reference-range.ts's RANGE_NAME_LABELS knows, in each report language (`Valor de
 * referência: 22 a 322 ng/mL`, `Valores de referencia:`, `Valeurs de référence :`, `Referenzbereich:`, `VN:`), the
 * one list the labels in a result's parentheses are read from as well. (cards) A consumer lab's own labels of the
 * laboratory's range (STANDARD_RANGE_LABELS: `Standard: 10 - 50 nmol/L`, `Lab range:`) head such a line as well; its
 * optimal range's line (`Optimal: 20 - 40`) is OTHER_RANGE_LINE's, the row's comment. (mixed) `Range 0-199 mg/dL` with
 * no label before it and no colon, as a phone's health records print it under each result: a range's line too. (set 28)
 * So Swedish `Normalintervall 134–170 g/L`, `Normalintervall under 5,0 mmol/L` (a consumer service's card).
 */
const RANGE_LINE = new RegExp(String.raw`^(?:(?:referencerange|ref(?:erence)?\.?(?:\s+(?:range|interval|value|values))?|v\.?\s?r\.?|v\.\s?ref\.?|normal(?:\s+(?:range|values?))?|${STANDARD_RANGE_LABELS.join('|')}|bio\.?\s*ref\.?\s*interval|${RANGE_NAME_LABELS.join('|')})\s*[:=]|(?:(?:reference|normal|standard|lab|laboratory)\s+)?(?:range|interval)(?=\s+[<>≤≥]?\s*\d)|(?:normalintervall|referensintervall)(?=\s+(?:[<>≤≥]|under|över)?\s*\d))\s*(.+)$`, 'iu');

/**
 * The range a line of its own prints after its label (RANGE_LINE), or undefined. (labs36fix) A colon after the range,
 * apart from it, is a filler the system prints after every line (`V.R.: 1 - 3 :`); runs of spaces inside it are one
 * (`60  - 110 mg/dl`).
 */
const OPTIMAL_AFTER_RANGE = new RegExp(String.raw`(?<=\d[^\s]*(?:\s+\S+)?)\s{2,}(?:${OPTIMAL_RANGE_WORDS})(?:\s+(?:${OPTIMAL_RANGE_NOUNS}))?\s*[:=]?\s*[<>≤≥]?\s*\d.*$`, 'i');
/** (portals review) A line without its last cell where that is a status (flags.ts isStatusPhrase: a consumer card's `Lab range 4.8-5.6 %  Out of range`). */
function withoutStatusCellAtEnd(text: string): string {
  const trimmed = text.trimEnd();
  const gap = trimmed.lastIndexOf('  ');
  return gap >= 0 && isStatusPhrase(trimmed.slice(gap).trim()) ? trimmed.slice(0, gap) : text;
}
function rangeOnItsLine(text: string): string | undefined {
  // (small) A sentence's full stop after the range (`Reference range: 264-916 ng/dL.`, a portal's or a letter's line).
  // (portals) An optimal range printed after it, apart (`Lab range 8.7-25.1 pg/mL    Optimal range 15-25 pg/mL`, a
  // consumer service's card): the laboratory's range alone (the optimal one the catalog has its own of).
  const range = RANGE_LINE.exec(withoutStatusCellAtEnd(text.trim()))?.[1]!.trim().replace(OPTIMAL_AFTER_RANGE, '').replace(/\s+:$/, '').replace(/(?<=[\p{L}\d%)])\.$/u, '').replace(/\s{2,}/g, ' ');
  return range !== undefined && LAB_REFERENCE_LABEL.test(text.trim()) && isSpecimenNumber(range) ? undefined : range;
}

/**
 * (mend9) `Lab reference:` and `Laboratory reference:` head a consumer card's laboratory range (cards2) and, on other
 * reports, the specimen's number (`Laboratory reference: 12-0042`, `Lab reference: 2024-118734`).
 */
const LAB_REFERENCE_LABEL = /^lab(?:oratory)?\.?\s+ref(?:erence)?\.?\s*[:=]/i;
/**
 * (mend9) Two whole numbers joined by a hyphen with no space that read as a number, not an interval: the second not
 * above the first (`2291-04`), a part printed with a leading zero and three digits or more (`12-0042`), a year before
 * four digits or more (`2024-118734`), or bounds a thousandfold apart (`24-118734`). (`15-150`, `150000-450000` are
 * intervals.)
 */
function isSpecimenNumber(text: string): boolean {
  const m = /^(\d+)-(\d+)$/.exec(text);
  if (!m) return false;
  const [low, high] = [Number(m[1]), Number(m[2])];
  return high <= low || /^0\d{2,}$/.test(m[1]!) || /^0\d{2,}$/.test(m[2]!) || (/^(?:19|20)\d\d$/.test(m[1]!) && m[2]!.length >= 4) || (low > 0 && high / low >= 1000);
}

/**
 * (quest) Whether a line read as a row (`factor, treating to a non-HDL-C goal of <100 mg/dL`) reads as the rest of the
 * sentence on the line above it: one cell in lower case (no run of spaces between columns), its number with no unit and
 * range after it (`omega-3 index   6.8 %   >8.0` is a row), under a line of words that does not end its sentence (no
 * full stop) and is no row's cells either.
 */
function sentenceGoesOn(above: string, text: string, row: Pick<RawRow, 'unit' | 'rangeText'>): boolean {
  const [a, t] = [above.trim(), text.trim()];
  return /^[a-z]/.test(t) && !/\s{2,}/.test(t) && !(row.unit && row.rangeText)
    && /^[\p{L}(]/u.test(a) && !/\s{2,}/.test(a) && !/[.!?]$/.test(a);
}

/**
 * (quest) The unit a range line prints (rangeOnItsLine's text): after its bounds (unitAfterBounds: `16-232 ng/mL`,
 * `<200 mg/dL`, `> OR = 50 mg/dL`, `<5.7 % of total Hgb`), stuck to the last (withoutUnitAfter: `16-232ng/mL`,
 * `<150mg/dL`), or alone (`mg/dL`, Quest's line for a result with no reference); a note in parentheses after it no part
 * of it (`<130 mg/dL (calc)`, `mg/dL (calc)`). Only a unit UCUM reads; undefined where none is printed (`<5.0 (calc)`).
 * `alone`: the unit printed with no bounds only.
 */
function unitOfRangeLine(rangeText: string, alone = false): string | undefined {
  const text = rangeText.replace(/\s*\([^()]*\)$/, '').trim();
  const bounds = withoutUnitAfter(text);
  const unit = alone ? (/^\S+$/.test(text) ? text : undefined) : unitAfterBounds(text) ?? (bounds !== text ? text.slice(bounds.length).trim() : undefined);
  return unit !== undefined && isUnitToken(unit) && !parseValueToken(unit) && toUcum(unit) !== null ? unit : undefined;
}

/**
 * (quest) A row printed with its value alone (`Ferritin   41`, `Cholesterol, Total   212 H`) under which a range line
 * prints a unit (`Reference Range: 16-232 ng/mL`: Quest's and MyQuest's layout, the unit printed on the range line
 * only): that unit is the row's. A row with its own unit keeps it (a range line in another unit is refused before
 * this: rangeUnitDisagrees, unitNotMeasured); a value in words takes none, nor does a value far off the range's scale
 * (onRangeScale with a factor of ten: `Glucose  95` over `3.9-5.5 mmol/L` is no 95 mmol/L).
 */
function unitFromRangeLine(row: RawRow, rangeText: string): void {
  if (row.unit || row.value === null) return;
  const unit = unitOfRangeLine(rangeText);
  if (unit && onRangeScale(row.value, rangeText, undefined, 10)) row.unit = unit;
}

/**
 * (quest review) A range line under a row printed without its unit, in a unit the catalog knows the row's test is never
 * measured in (`INR  1.1` / `Range: 11.0-13.5 s` / `Prothrombin Time  12.4 s`; `Hematocrit  42` / `Range: 13.5-17.5
 * g/dL`): not the row's range, as rangeUnitDisagrees says of a row printing its unit — the next row's. A name known in
 * urine is left alone (the line may be its urine test's: `WBC  3` / `Reference Range: < OR = 5 /HPF`).
 */
function unitNotMeasured(row: RawRow, rangeText: string, opts: TextParseOptions): boolean {
  if (row.unit || !opts.measuresIn || !opts.knows?.(row.name) || opts.knowsInUrine?.(row.name)) return false;
  const unit = unitOfRangeLine(rangeText) ?? unitOfRangeLine(rangeText, true);
  return unit !== undefined && !measuredIn(row.name, unit, opts);
}

/**
 * (quest review) Whether a row refuses a range line printed under it: the line prints another unit than the row's
 * (rangeUnitDisagrees), or the row prints none and its test is never measured in the line's (unitNotMeasured).
 */
function refusesRangeLine(row: RawRow, rangeText: string, opts: TextParseOptions): boolean {
  return rangeUnitDisagrees(row.unit, rangeText, opts.chargeOf?.(row.name)) || unitNotMeasured(row, rangeText, opts);
}

/**
 * (labs45fix review) A line labelled as a diagnosis (`Dg: 250 E119 ZP:205`, `Dx: E11.9`, `Diagnosis: E11.9 Type 2
 * diabetes`, `Diagnose:`, `ICD-10: D50.9`, `Diagnóza:`): the patient's diagnosis and its codes, never a result row.
 */
const DIAGNOSIS_LABEL = /^(?:(?:dg|dx)\.?(?:\s*[:=]|\s)|(?:diagn|diagnos[ie]s|diagnose|diagnosen|diagnostico|diagnóstico|diagnostic|diagnóza|diagnoza|icd(?:[- ]?10)?(?:[- ]?(?:cm|codes?))?)\.?\s*[:=])/i;

/** (labs45fix review) An ICD-10 code's shape: `I10`, `H169`, `E11.9`, `C50.91`. */
const ICD10_CODE = /^[A-Z]\d{2}(?:\d|\.\d{1,2})?$/;

/**
 * `Result: 6.5%`, `Value: 92 mg/dL`, `Test result: 9.8 nmol/L`: a card's value line under its name (tokens.ts
 * VALUE_LABEL_WORDS); `Resultado:`, `Résultat:`, `Risultato:`, `Ergebnis:` are the same label in Spanish, Portuguese,
 * French, Italian and German (VALUE_LABEL_WORDS_OTHER_LANGUAGES), and `=` alone before the value (`=   4.53 mil./µL`,
 * the PyMuPDF text of a Romanian bulletin) says the same.
 */
const VALUE_LABEL = new RegExp(String.raw`^(?:(?:${VALUE_LABEL_WORDS}|${VALUE_LABEL_WORDS_OTHER_LANGUAGES})\s*[:=]|=|(?:${VALUE_LABEL_WORDS})(?=\s+[<>≤≥]?\s*-?\d))\s*(.+)$`, 'i');
/** A card's value label (VALUE_LABEL), as printed or in Markdown's emphasis (`**Result**: **18**`: boundwords). */
function isValueLabel(text: string): boolean {
  return VALUE_LABEL.test(text.trim()) || VALUE_LABEL.test(text.replace(/\*\*|__/g, '').trim());
}
/**
 * `Unit: ng/mL`, `Units ng/mL`, `Unit of measure: pg/mL`: a card's unit line under its value (with a colon or without;
 * with or without its label alone on the line above, see `cardLabelsJoined`). The label's words: tokens.ts UNIT_LABEL_WORDS.
 */
const UNIT_LABEL = new RegExp(String.raw`^(?:${UNIT_LABEL_WORDS})(?:\s*[:=]\s*|\s+)(\S+)$`, 'i');
/** (statuscard) A status's words alone on a line: one to four words of letters (`In Range`, `Out of Range`). */
const STATUS_WORDS_ALONE = /^\p{L}+(?: \p{L}+){0,3}$/u;
/** (statuscard) `Status: Below range`: a card's status line under its value. */
const STATUS_LABEL = /^status\s*[:=]\s*(\S.{0,40})$/i;
/** `Flag: H`, `Flag High`: a card's flag line under its value (tokens.ts FLAG_LABEL_WORDS). */
const FLAG_LABEL = new RegExp(String.raw`^(?:${FLAG_LABEL_WORDS})(?:\s*[:=]\s*|\s+)(\S.*)$`, 'i');
/** (fixk) A card's value and its `Flag: X` after it on the same line (FLAG_LABEL's words): the value, the flag. */
const VALUE_FLAG_AFTER = new RegExp(String.raw`^(.*\S)\s+(?:${FLAG_LABEL_WORDS})\s*[:=]\s*(\S.*)$`, 'i');
/**
 * A card's label alone on its line, its content on the next: `Value`, `Result`, `Your value`, `Test result`
 * (VALUE_LABEL_WORDS), `Unit(s)`, `Flag`.
 */
const CARD_LABEL_ALONE = new RegExp(String.raw`^(?:(${VALUE_LABEL_WORDS})|(${UNIT_LABEL_WORDS})|(${FLAG_LABEL_WORDS}))\s*:?$`, 'i');
/** A tier of a range on a line of its own: a bound or an interval, with a label (`5.7-6.4% (Pre-diabetic)`, `>= 6.5 Diabetic`). */
const RANGE_TIER = new RegExp(String.raw`^(?:[<>≤≥]=?\s*)?-?\d[\d.,]*\s*%?(?:\s*${RANGE_TO}\s*-?\d[\d.,]*\s*%?)?\s*(?:\(?[A-Za-z][A-Za-z .-]*\)?)?$`);

/**
 * (methodline; review 31) A line that only names an assay's method: up to eight words, no digit, every word a method's
 * (`IMMUNOMETRIC QUANTITATIVE ASSAY`, `Chemiluminescence Immunoassay`, `Method: ECLIA`, `(Photometric)`: tokens.ts
 * ASSAY_METHOD_WORDS, table.ts METHOD_WORDS and the stems beside them) or a filler of one — never a line that names an analyte too (`Vitamin K
 * Assay`, `Hepcidin ELISA`, `Copper ICP MS`: the next test's name).
 */
/** (methodline) The small words between a method's words (`Assay by ECLIA`, `Method of the …`): no method's word alone. */
const METHOD_FILLER_WORDS = 'by|of|on|with|and|the';
const METHOD_FILLER = new RegExp(`^(?:${METHOD_FILLER_WORDS})$`, 'i');
const METHOD_LINE_WORD = new RegExp(String.raw`^(?:${METHOD_WORDS}|assay|quantitative|qualitative|automated|sandwich|${METHOD_FILLER_WORDS}|immunometric|immunoturbidimetr\p{L}*|immunochemilumin\p{L}*|photometr\p{L}*|colorimetr\p{L}*|enzymatic|turbidimetr\p{L}*|nephelometr\p{L}*|chemiluminescen\p{L}*|electrochemiluminescen\p{L}*|spectrophotometr\p{L}*|chromatograph\p{L}*|${ASSAY_METHOD_WORDS})$`, 'iu');
function isMethodLine(text: string): boolean {
  const words = text.replace(/[():,.;]/g, ' ').trim().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 8 && !/\d/.test(text) && words.some((w) => !METHOD_FILLER.test(w)) && words.every((w) => METHOD_LINE_WORD.test(w));
}

/** A row whose range is printed as tiers under it (`readRows`): the row, its line's indent, and where its value starts. */
interface TiersOwner {
  row: RawRow;
  indent: number;
  valueAt: number | null;
}

/** `Reference Range`, `Reference interval:`, `Normal range` alone on a line: the label of tiers printed under it. */
const RANGE_LABEL_ALONE = /^(?:reference|ref\.?|normal|biological reference)(?:\s+(?:range|ranges|interval|intervals|values?))?\s*:?$/i;
/** A line of one to three words and nothing else (`Female`, `Adult Males`): a population's line over its tiers. */
const WORDS_ALONE = /^\p{L}[\p{L}'.-]*(?:\s+\p{L}[\p{L}'.-]*){0,2}$/u;

/**
 * A tier of a range with its label first (`Optimal  <1.0`, `Follicular Phase  19-144`, `Postmenopausal  < OR = 31`,
 * `Moderate  75-125 nmol/L`): words that name no test the catalog knows, then one bound or interval (and its unit) ending
 * the line.
 */
function labelledTier(text: string, opts: TextParseOptions): boolean {
  const t = tokenize(text);
  const j = t.findIndex((w) => /^[<>≤≥]|^-?\d/.test(w));
  if (j < 1 || !t.slice(0, j).every((w) => /\p{L}/u.test(w))) return false;
  const r = numericRangeAt(t, j);
  if (!r) return false;
  const end = j + r.span;
  if (end !== t.length && !(end === t.length - 1 && isUnitToken(t[end]!) && !parseValueToken(t[end]!))) return false;
  const label = t.slice(0, j).join(' ');
  return !(opts.knows?.(label) ?? false) && !(opts.knowsInUrine?.(label) ?? false);
}

/**
 * A reference label alone on its line, its range on the lines under it: `Valor de referência:`, `Valores de
 * referencia:`, `Reference range:` (Portuguese, Spanish, English, French, Italian and German).
 */
const REFERENCE_LABEL_LINE = /^(?:valor(?:es)? de refer[êe]ncia|valor(?:es)? de referencia|valor(?:es)? normais|valor(?:es)? normales|intervalo de refer[êe]ncia|rango de referencia|reference (?:range|ranges|interval|intervals|values?)|ref\.? range|normal (?:range|values)|standard range|valeurs? de r[ée]f[ée]rence|valori di riferimento|intervallo di riferimento|referenzbereich|normbereich)\s*:?$/i;

/** A number as a bound prints it (`-0.5`, `4,2`), as a regular expression's source. */
const LABEL_N = String.raw`-?\d+(?:[.,]\d+)?`;
/** Two bounds (`135.0 - 145.0`, `0,4 to 4,0`, `136 ~ 146`: RANGE_TO), and a comparator and one bound (`< 42.0`), as sources. */
const TWO_BOUNDS = String.raw`${LABEL_N}\s*${RANGE_TO}\s*${LABEL_N}`;
const ONE_BOUND = String.raw`[<>≤≥]=?\s*${LABEL_N}`;
/** One bound or one interval and nothing else: `250 a 425`, `>=126`, `Até 2,7`, `Hasta 34`, `up to 5`. */
const BOUND_ALONE = new RegExp(String.raw`^(?:(?:${UP_TO_PT_ES}|${BOUND_WORD_SOURCE}|inferior\s+a|superior\s+a|<=|>=|=<|=>|<|>|≤|≥)\s*${LABEL_N}|${LABEL_N}\s*(?:${RANGE_TO}|a|à|bis)\s*${LABEL_N})$`, 'iu');

/**
 * A range line under a reference label alone (REFERENCE_LABEL_LINE): one bound or interval (BOUND_ALONE), its unit
 * after it or against its last number, perhaps after a label and a colon (a population's, a tier's, the reference's:
 * `Homens : 30 a 400 ng/mL`, `Diabetes mellitus : >=126 mg/dL`, `ADULTOS: 33 a 193 µg/dL`). Its parts, or null.
 */
function rangeLineUnderLabel(text: string): { label?: string; labelAfter?: boolean; bounds: string; range: string; unit?: string } | null {
  const m = /^(\p{L}[\p{L}\p{M} .'-]{0,40}?)\s*:\s*(\S.*)$/u.exec(text.trim());
  const after = m ? null : LABEL_AFTER_BOUND.exec(text.trim());
  const body = (m ? m[2]! : after ? after[1]! : text).trim();
  const t = tokenize(body).flatMap((w) => splitRangeUnit(w) ?? [w]);
  const unit = t.length >= 2 && isUnitToken(t[t.length - 1]!) && !parseValueToken(t[t.length - 1]!) ? t.pop() : undefined;
  const bounds = t.join(' ');
  if (!BOUND_ALONE.test(bounds)) return null;
  const r = parseReferenceRange(bounds);
  if (r.low === undefined && r.high === undefined) return null;
  const label = m ? { label: m[1]! } : after ? { label: after[2]!, labelAfter: true } : {};
  return { ...label, bounds, range: unit ? `${bounds} ${unit}` : bounds, ...(unit ? { unit } : {}) };
}

/**
 * (fix9) A range line under a reference label with its tier's or population's words after the bound and a colon
 * (`Acima de 20 ng/mL: população geral saudável`, `30 a 60 ng/mL: grupos de risco (idosos, gestantes)`): the bound
 * with its unit (group 1, a digit or a unit ending it) and the words (group 2, a letter first, no further colon).
 */
const LABEL_AFTER_BOUND = /^([^:]{0,40}?[\d\p{L}/%µ])\s*:\s*(\p{L}[^:]{0,80})$/u;

/**
 * (groups) A line of units alone that repeats the units of the results' columns once per reference group (a blood
 * count's differential: `%  /mm3` under `Resultado`, then again under each group, `Adultos`, `Crianças`: `%  /mm3  %
 * /mm3  %  /mm3`): the results' units (two at least, each its own cell) and the groups' count, or null.
 */
function unitColumnsHeader(line: SourceLine): { units: string[]; cells: Cell[]; groups: number } | null {
  const text = lineText(line.text);
  const cells = printedCells(line.text, text).filter((c) => c.text.trim());
  const t = cells.map((c) => c.text.trim());
  if (t.length < 4 || t.length > 4 * GROUPS_MOST || !t.every((u) => isUnitToken(u) && !parseValueToken(u) && toUcum(u) !== null)) return null;
  // (groups review) A percentage and a count, alternating (a differential's): two units of one quantity repeated
  // (`mg/dL  mmol/L  mg/dL  mmol/L`) are the conventional and SI columns of one result and its range, not groups.
  const m = 2;
  const isPercent = (u: string) => u === '%';
  const isCount = (u: string) => !isPercent(u) && (isCountPerVolume(u) || COUNT_UNIT_CELL.test(u));
  if (t.length % m || t.length / m < 2 || !((isPercent(t[0]!) && isCount(t[1]!)) || (isCount(t[0]!) && isPercent(t[1]!)))) return null;
  return t.every((u, i) => toUcum(u) === toUcum(t[i % m]!)) ? { units: t.slice(0, m), cells, groups: t.length / m - 1 } : null;
}

/**
 * (groups) The rows under a line of units repeated per group (unitColumnsHeader): each line under it (to the first that
 * is none; blank lines apart) a name the catalog knows, then cells placed under the header's units by position — the results' numbers
 * under the first units (one may be missing: `LEUCÓCITOS  6.020` has its count alone), then each group's ranges under
 * the same units again (`40-70    1.480 a 7.700    30-64   1.200 a 9.600`). Each result is a row in its column's unit,
 * its range the groups' ranges in that unit as printed (`40-70 30-64`: text, no bounds, unless every group prints
 * one: parseReferenceRange); a number alone there (an earlier result) makes the line none. A range cell under a result
 * left empty is no one's (`100`, the white count's per cent).
 */
function rowsUnderUnitColumns(lines: readonly SourceLine[], opts: TextParseOptions): Map<SourceLine, Omit<RawRow, 'line'>[]> {
  const out = new Map<SourceLine, Omit<RawRow, 'line'>[]>();
  let header: ReturnType<typeof unitColumnsHeader> = null;
  let afterBlank = false;
  for (const line of lines) {
    // (groups review) After a blank line only a row with both results (a percentage and a count) goes on: a single
    // result there (`PLAQUETAS  250000 …`) is no differential's, and ends the rows.
    const text = lineText(line.text);
    if (!text) {
      afterBlank = true;
      continue;
    }
    const found = unitColumnsHeader(line);
    if (found) {
      header = found;
      afterBlank = false;
      continue;
    }
    if (!header) continue;
    const read = rowUnderUnitColumns(line, text, header, opts);
    if (read && !(afterBlank && read.length < header.units.length)) out.set(line, read);
    else header = null;
    afterBlank = false;
  }
  return out;
}

/** (groups review) A count's unit as a differential's header prints it (`/mm3`, `x10^9/L`, `10³/µL`, `mil/mm3`). */
const COUNT_UNIT_CELL = /^(?:(?:x|×)?\s*10\s*(?:\^|\*|e)?\s*[0-9³⁹⁶]+|mil|cells?)?\s*\/\s*(?:[µμu]l|mm3|mm³|l|cmm|cumm)$/i;

/** (groups review) Whether the catalog measures a test in per cent (a differential's percentage; not a count: leukocytes, platelets). */
function measuredInPercent(name: string, opts: TextParseOptions): boolean {
  return opts.measuresIn ? opts.measuresIn(name, '%') : true;
}

/** (groups) One line under a line of units repeated per group (rowsUnderUnitColumns): its rows, or null. */
function rowUnderUnitColumns(line: SourceLine, text: string, header: NonNullable<ReturnType<typeof unitColumnsHeader>>, opts: TextParseOptions): Omit<RawRow, 'line'>[] | null {
  const cells = printedCells(line.text, text).filter((c) => c.text.trim());
  const name = cleanName(cells[0]?.text ?? '');
  if (cells.length < 2 || !/\p{L}/u.test(name) || /\d/.test(name) || !opts.knows?.(name)) return null;
  const m = header.units.length;
  // Each cell under the header's unit nearest it (by their middles), in order, one a unit.
  const middle = (c: Cell) => (c.x + c.end) / 2;
  const placed: string[] = [];
  let last = -1;
  for (const c of cells.slice(1)) {
    let best = 0;
    for (let i = 1; i < header.cells.length; i++) if (Math.abs(middle(header.cells[i]!) - middle(c)) < Math.abs(middle(header.cells[best]!) - middle(c))) best = i;
    if (best <= last) return null;
    placed[best] = c.text.trim().replace(/\s+/g, ' ');
    last = best;
  }
  // (groups review) A count never lands under the percentage (`Leucócitos  6020 …  4000 a 11000`, a cell left of its
  // column's middle): a result over 100, or of a test not measured in per cent, goes with its groups' cells under the
  // count of each group, where that is empty.
  const percent = header.units.indexOf('%');
  const result = placed[percent];
  if (result !== undefined && (Number(parseValueToken(result)?.value) > 100 || !measuredInPercent(name, opts))) {
    for (let g = 0; g <= header.groups; g++) {
      const from = g * m + percent;
      const to = g * m + (1 - percent);
      if (placed[from] !== undefined && placed[to] === undefined) { placed[to] = placed[from]!; delete placed[from]; }
    }
    if (placed[percent] !== undefined) return null;
  }
  const rows: Omit<RawRow, 'line'>[] = [];
  for (let i = 0; i < m; i++) {
    const printed = placed[i];
    if (printed === undefined) continue;
    const value = parseValueToken(printed);
    if (!value || value.value === null || value.comparator) return null;
    const ranges: string[] = [];
    for (let g = 1; g <= header.groups; g++) {
      const range = placed[i + g * m];
      if (range === undefined) continue;
      if (!COLUMN_RANGE_CELL.test(range)) return null;
      ranges.push(range);
    }
    rows.push({ name, value: value.value, unit: header.units[i]!, ...(ranges.length ? { rangeText: ranges.join(' ') } : {}) });
  }
  return rows.length ? rows : null;
}

/**
 * (groups) Whether a line is one or more groups' labelled ranges and nothing else (`Homem: até 7 mm`, `Female
 * 12.0-15.5`) that go on a row's range of labelled groups (`Mulher: até 15 mm`): the two read as labelled groups
 * whole (groupRangesAt, every group labelled, no label twice).
 */
function groupsContinued(row: RawRow, line: string): boolean {
  if (!row.rangeText || row.value === null) return false;
  // (groups review) Each line is read once: the row's labels so far are kept with it (CONTINUED), the line's must be
  // others; GROUPS_CONTINUED_MOST lines at most. (A range with bounds is one labelled group alone: groupRangesAt.)
  let state = CONTINUED.get(row);
  if (!state) {
    const above = labelledGroupsOf(tokenize(row.rangeText), row.unit);
    if (!above || (row.range && above.length !== 1)) return false;
    state = { labels: new Set(above), lines: 0 };
  }
  if (state.lines >= GROUPS_CONTINUED_MOST) return false;
  const under = labelledGroupsOf(tokenize(line), row.unit);
  if (!under || under.some((l) => state!.labels.has(l))) return false;
  for (const l of under) state.labels.add(l);
  state.lines++;
  CONTINUED.set(row, state);
  return true;
}

/** (groups review) The labels of a text that is labelled groups' ranges and nothing else (groupRangesAt, each labelled), or null. */
function labelledGroupsOf(tokens: readonly string[], unit: string | undefined): string[] | null {
  const g = groupRangesAt(tokens, 0, unit, () => false);
  return g && g.span === tokens.length && g.parts.length > 0 && g.labels.length === g.parts.length ? g.labels : null;
}

/** (groups review) A row's group labels read so far and the lines of groups continued under it (groupsContinued). */
const CONTINUED = new WeakMap<RawRow, { labels: Set<string>; lines: number }>();

/** (groups review) The most lines of other groups' ranges that go on a row's range (a few sexes, ages, phases). */
const GROUPS_CONTINUED_MOST = 8;

/**
 * (groups) A line that is the labelled ranges of several groups and nothing else (`Homens: 30 a 400 ng/mL   Mulheres: 15
 * a 150 ng/mL`: groupRangesAt, every group labelled), as each group's text — each one a range line under a reference
 * label (rangeLineUnderLabel) — or null.
 */
function groupRangeLines(text: string): string[] | null {
  const tokens = tokenize(text);
  const groups = groupRangesAt(tokens, 0, undefined, () => false);
  if (!groups || groups.span !== tokens.length || groups.parts.length < 2) return null;
  return groups.parts.every((p) => rangeLineUnderLabel(p)?.label !== undefined) ? groups.parts : null;
}

/**
 * Whether a range line under a reference label (`read`, its label's `block` so far) is a row of its own printed
 * `Name: value unit`: its label is a test the catalog knows (a population's or a tier's, `Homens`, `Mujeres`,
 * `Diabetes`, is none), or its unit disagrees with the row's or with the first range line's. A line without a label
 * names nothing: it stays the block's (a range in another unit, `3,9 a 5,5 mmol/L` under mg/dL, is then not used).
 */
function labelledRowUnderLabel(read: NonNullable<ReturnType<typeof rangeLineUnderLabel>>, block: { row: RawRow | null; lines: readonly string[] }, opts: TextParseOptions): boolean {
  if (!read.label) return false;
  // (fix9) Words after the bound name no test (a row prints its name first): only the unit may say it is none of the block's.
  if (!read.labelAfter && (opts.knows?.(read.label) || opts.knowsInUrine?.(read.label))) return true;
  // After the first range line, a label goes on the block only when it names a population, a tier or the reference
  // (`Mujeres:`, `Diabetes mellitus:`, `Deseable:`); any other (`PCR: <0.5 mg/dL`, `PSA libre: <0.5 ng/mL`: a test the
  // catalog does not know) is a row of its own.
  if (!read.labelAfter && block.lines.length && !REFERENCE_LABEL.test(read.label.trim()) && !read.label.split(/\s+/).some((w) => POPULATION_WORD.test(w) || TIER_WORD.test(w))) return true;
  if (!read.unit) return false;
  const charge = block.row ? opts.chargeOf?.(block.row.name) : undefined;
  const first = block.lines.length ? rangeLineUnderLabel(block.lines[0]!) : null;
  return Boolean((block.row?.unit && !unitsAgree(block.row.unit, read.unit, charge)) || (first?.unit && !unitsAgree(first.unit, read.unit, charge)));
}

/**
 * The range text the lines under a reference label give: one line's bounds without its unit (`250 a 425`, `Até 150`),
 * after a label that only says it is the reference (`ADULTOS:`, `Normal:`, as `unlabelled` reads one); a line under a
 * population's or a tier's label, or several lines, as printed (text only: which applies is not said).
 */
function rangeUnderLabel(lines: readonly string[]): string {
  if (lines.length > 1) return lines.join(' ');
  const line = lines[0]!;
  const read = rangeLineUnderLabel(line)!;
  if (!read.label) return read.bounds;
  return unlabelled(line) !== line ? read.bounds : line;
}

/**
 * The range the lines under a reference label give (rangeUnderLabel) as the row's. (fix9) Several lines, one with its
 * words after the bound (`Acima de 20 ng/mL: população geral` / `30 a 60 ng/mL: grupos de risco`: tiers), are text with
 * no bounds: which applies is not said, and the words after a bound do not make it a labelled interval the range reads.
 */
function takeRangeUnderLabel(row: RawRow, lines: readonly string[]): void {
  row.rangeText = rangeUnderLabel(lines);
  if (lines.length > 1 && lines.some((l) => rangeLineUnderLabel(l)?.labelAfter)) row.rangeTextOnly = true;
}

/** `NORMAL`, `HIGH`, `Low`, `H`: a status on a line of its own. */
/** `Optimal range: 40-80 ng/mL`, `Target: <100`: a range other than the reference range, on a line of its own. */
const OTHER_RANGE_LINE = new RegExp(String.raw`^(?:${OPTIMAL_RANGE_WORDS}|desirable)(?:\s+(?:${OPTIMAL_RANGE_NOUNS}))?\s*[:=]\s*(.+)$`, 'i');
/**
 * (cards) `Previous: 102 mg/dL (Sep 2024)`, `Prior: 5.9 %`, `Last result: 88 mg/dL`, `Previous value (03/2024): 4.1`,
 * `Resultado anterior: 96`, `Antériorité : 70 µg/L`: a test's earlier result on a line of its own after its label (a
 * portal's or a consumer lab's card) — no result of its own, and never the value of the name it is printed under. The
 * label (a parenthesis after it, a date, apart) is one a previous result's column is headed by (table.ts's
 * namesPreviousResult, in each language it knows); `Last` alone is none (`Last: Smith` may be a surname's label).
 */
const PREVIOUS_RESULT_LABEL = /^([^:=]{1,80})[:=]\s*\S/;
/** Whether a line is a previous result after its label (PREVIOUS_RESULT_LABEL; the label at most 80 characters). */
function isPreviousResultLine(text: string): boolean {
  const label = PREVIOUS_RESULT_LABEL.exec(text.trim())?.[1];
  return label !== undefined && namesPreviousResult(label.replace(/\([^()]{0,40}\)\s*$/, ''));
}

/**
 * (prevlabel) A previous result's label on a row's own line, set off from the row by two spaces, `;`, `|`, a dash or a
 * bracket, and a number after it (`Creatinine   0.9 mg/dL   0.6 - 1.2 mg/dL   Previous: 1.0 mg/dL`, `Glicose.....: 98
 * mg/dL   70 a 99 mg/dL   anterior: 95 mg/dL`, `Ferritin 22 ng/mL (30-400) (Prior: 35)`): groups 1 what sets it off,
 * 2 the label (words one space apart: `L   Prior:` is a flag and the label). Each such place on the line is tried
 * (`Ref: 70-99   Previous: 95`: the second).
 */
const PREVIOUS_LABEL_AT = /( {2,}\(?|\s*[;|]\s*\(?|\s+[-–—]\s+\(?|\s*\()(\p{L}[^\s:=()\d]*(?: [^\s:=()\d]+){0,5}(?:\s*\([^()]{0,40}\))?)\s*[:=]\s*(?=[<>≤≥]?\s*\d)/gu;
/** (prevlabel review) A number standing alone on a row (its value), not a digit of its name (`HbA1c`, `CA 19-9`, `Free T4`, `25-OH`). */
const STANDALONE_NUMBER = /(?:^|\s)[<>≤≥]?\d+(?:[.,]\d+)?(?=$|\s|[%/A-Za-zµμ])/u;
/**
 * (prevlabel review) A current result's label (`Current:`, `Today:`, `Latest:`, `This result:`, `Atual:`, and a card's
 * value labels, tokens.ts VALUE_LABEL_WORDS: `Result:`, `Your result:`): the result comes after the previous one.
 */
const CURRENT_LABEL = new RegExp(String.raw`(?:^|\s)(?:${VALUE_LABEL_WORDS}|(?:current|today|now|latest|this|actual|atual|actuel|aktuell)(?:\s+(?:result|value|visit|test))?)\s*[:=]`, 'i');
/** (prevlabel review) A card's value label the reader knows (`Your result:`, `Result:`: tokens.ts VALUE_LABEL_WORDS) opening the row. */
const CARD_VALUE_LABEL = new RegExp(String.raw`^\s*(?:${VALUE_LABEL_WORDS})\s*[:=]`, 'i');
/**
 * (prevlabel review) What after a previous result, past a gap, is the row's: a range (a bound or two, `up to` one, a
 * reference range's or a group's label before one) or the row's flag alone (`H`, `Critical`).
 */
function rowsTail(tail: string): boolean {
  if (/^\(?\s*(?:[<>≤≥]=?\s*\d|\d+(?:[.,]\d+)?\s*(?:[-–]|to)\s*\d)|^up to\s+\d/i.test(tail)) return true;
  const label = /^(\p{L}[\p{L}\p{M} .]{0,30}?)\s*[:=]?\s*[<>≤≥]?\s*\d/u.exec(tail)?.[1];
  if (label !== undefined && (namesReferenceRange(label) || groupWord(label.trim().split(/\s+/)[0]!))) return true;
  return tail.split(/\s+/).length <= 2 && normalizeFlag(tail) !== null;
}

/**
 * (prevlabel) The line as the row and its previous result on a line of its own after it — which the reader keeps as
 * the row's comment (isPreviousResultLine), as it does where the previous result is printed under the row. On one line
 * the previous result was read as part of the row: the row lost (`Previous: 1.0 mg/dL` no range, nor a unit the
 * reader would take), its range lost, or a row invented under the name `HbA1c 6.1 % Prior`. Only a label
 * namesPreviousResult knows, after a row with a value of its own (STANDALONE_NUMBER). (prevlabel review) Not where a
 * current result's label follows (`HbA1c   Previous: 7.9 %   Current: 9.4 %   <5.7`: the row's value is the current
 * one — split, the bound was read as the result); past a gap after the previous result, a range or a flag is the row's,
 * a labelled note (`Target: <7`) stays with the previous result, and anything else — a second result beside it —
 * leaves the line whole. A line of more than 300 characters, a table's row (two bars or more), or a line with no such
 * label, is left whole.
 */
function previousResultApart(text: string, knows?: (name: string) => boolean): string[] {
  // (A Markdown or pipe table's row keeps its cells: its previous result is a column's.)
  if (text.length > 300 || !/[:=]/.test(text) || /^\s*\||\|.*\|/.test(text)) return [text];
  for (const m of text.matchAll(PREVIOUS_LABEL_AT)) {
    const row = text.slice(0, m.index);
    if (!STANDALONE_NUMBER.test(row) || !namesPreviousResult(m[2]!.replace(/\([^()]{0,40}\)\s*$/, '').trim())) continue;
    // The previous result as printed, from its label (`Antériorité : 78 µmol/L (12/02/2024)`).
    const printed = text.slice(m.index! + m[1]!.length);
    const rest = text.slice(m.index! + m[0].length);
    // (A current result's label after it, or before it where no card's value label the reader knows: left whole.)
    if (CURRENT_LABEL.test(rest) || (CURRENT_LABEL.test(row) && !CARD_VALUE_LABEL.test(row))) return [text];
    const head = printed.length - rest.length;
    // Bracketed, it ends at its bracket; what follows it is the row's (`(Previous: 35 ng/mL) Ref 30-400`).
    if (m[1]!.endsWith('(')) {
      const close = rest.indexOf(')');
      if (close < 0) return [row.trimEnd(), printed.trim()];
      const after = rest.slice(close + 1).trim();
      return [`${row.trimEnd()}${after ? ` ${after}` : ''}`, printed.slice(0, head + close).trim()];
    }
    const gap = rest.search(/ {2,}\S/);
    if (gap < 0) return [row.trimEnd(), printed.trim()];
    const tail = rest.slice(gap).trim();
    if (rowsTail(tail)) return [`${row.trimEnd()}   ${tail}`, printed.slice(0, head + gap).trim()];
    const note = /^(\p{L}[\p{L}\p{M} .'’-]{0,30}?)\s*[:=]/u.exec(tail)?.[1];
    if (note !== undefined && !knows?.(note.trim())) return [row.trimEnd(), printed.trim()];
    return [text];
  }
  return [text];
}

/** (tworanges) A word of an optimal range's label anywhere in a line: the one test of a line without one. */
const OPTIMAL_WORD = new RegExp(`\\b(?:${OPTIMAL_RANGE_WORDS})\\b`, 'i');
/** (tworanges) The most words of a label before a labelled range (`Lab reference range`). */
const RANGE_LABEL_WORDS = 3;
/** (tworanges) A token that only separates two labelled ranges (`Optimal < 80 | Standard < 90`, `… / …`, `… - …`). */
const BETWEEN_RANGES = /^(?:[|/;,•·]|[-–—])$/;
/** (tworanges) A year (1900–2099) printed in a range's place: a date (`03-2025`), never a bound. */
const PRINTED_YEAR = /^(?:19|20)\d{2}$/;
/** (tworanges) A month and a two-digit year (`03-25`, `12-24`): a date, never a range, beside an optimal range. */
const MONTH_TWO_DIGIT_YEAR = /^(?:0[1-9]|1[0-2])[-/.]\d{2}$/;

/** (tworanges) A range after its label on a line (labelledRangeAt): its tokens' span, its kind, its range (and unit). */
interface LabelledRange { from: number; to: number; kind: 'optimal' | 'lab'; range: string[] }

/**
 * (tworanges) The range (numericRangeAt, with bounds) starting at token `at`, and a unit after it: `72-86`, `65 - 99
 * mg/dL`, `<=18.4 uIU/mL`, a closing bracket or separator against its last token; its span from `from` (its label's
 * first token, or `at`). Null when no range starts there.
 */
function rangeWithUnitAt(tokens: readonly string[], from: number, at: number, kind: LabelledRange['kind']): LabelledRange | null {
  const window = tokens.slice(at, at + 6).map((t) => t.replace(/[,;)\]]+$/, ''));
  const range = numericRangeAt(window, 0);
  if (!range) return null;
  let to = at + range.span;
  const closed = /[,;)\]]$/.test(tokens[to - 1]!);
  const unit = !closed && to < tokens.length && isUnitToken(tokens[to]!) && !parseValueToken(tokens[to]!) && !labelledRangeAt(tokens, to) ? tokens[to]!.replace(/[,;)\]]+$/, '') : null;
  if (unit) to++;
  return { from, to, kind, range: [...window.slice(0, range.span), ...(unit ? [unit] : [])] };
}

/**
 * (tworanges) A range after an optimal range's label (OPTIMAL_LABEL) or the laboratory's (LAB_RANGE_LABEL) at token
 * `j`: `Optimal: 72-86`, `Standard Range 65 - 99`, `(Optimal 50-150`, `Reference range: <=18.4 uIU/mL`, the label's
 * colon against it or apart, an opening bracket before it, a unit after the range. Null when no such label and range
 * with bounds start there.
 */
function labelledRangeAt(tokens: readonly string[], j: number): LabelledRange | null {
  for (let words = RANGE_LABEL_WORDS; words >= 1; words--) {
    if (j + words > tokens.length) continue;
    const label = tokens.slice(j, j + words);
    // (Only the last word of a label may carry its colon: `Optimal: 72-86  Standard: 65-99` is two labels.)
    if (label.slice(0, -1).some((w) => /[:：]$/.test(w))) continue;
    const text = label.join(' ').replace(/^[([]/, '').replace(/[:：]$/, '');
    const kind = OPTIMAL_LABEL.test(text) ? 'optimal' : LAB_RANGE_LABEL.test(text) ? 'lab' : null;
    if (!kind) continue;
    const r = rangeWithUnitAt(tokens, j, j + words + (/^[:：=]$/.test(tokens[j + words] ?? '') ? 1 : 0), kind);
    if (r) return r;
  }
  return null;
}

/**
 * (tworanges) Whether a bare range's tokens print a date instead (`03-2025`, `12-2024`, `2024-12`, `12-24`): a year
 * among its numbers, or a month and a two-digit year — a collection month beside an optimal range, never its bounds.
 */
function printsDate(range: readonly string[]): boolean {
  const printed = range.join('');
  return (printed.match(/\d+(?:[.,]\d+)?/g) ?? []).some((n) => PRINTED_YEAR.test(n)) || MONTH_TWO_DIGIT_YEAR.test(printed) || printedYearMonth(printed) !== null;
}

/**
 * (tworanges) The laboratory's range printed bare, with no label, right next to the optimal range `o`: after it with
 * only separators between (`Optimal 72-86  65-99`, `Optimal: 72-86 | 65-99`), or before it at the range's place, only
 * a unit between it and the value (`101 mg/dL 65-99  Optimal: 72-86`). Not a range with a word before it (`Low <40
 * Optimal >=60`, `Optimal 72-86 High >125`: a tier's cut-off, not the laboratory's range) and not a date (printsDate).
 * Null when there is none.
 */
function bareRangeBeside(tokens: readonly string[], valueAt: number, o: LabelledRange): LabelledRange | null {
  let at = o.to;
  while (at < tokens.length && BETWEEN_RANGES.test(tokens[at]!)) at++;
  const after = at < tokens.length ? rangeWithUnitAt(tokens, at, at, 'lab') : null;
  if (after) return printsDate(after.range) ? null : after;
  let end = o.from;
  while (end > valueAt + 1 && BETWEEN_RANGES.test(tokens[end - 1]!)) end--;
  for (let k = valueAt + 1; k < end; k++) {
    // Only the value, or the value and its unit, before it.
    if (k - valueAt > 2 || (k - valueAt === 2 && !(isUnitToken(tokens[k - 1]!) && !parseValueToken(tokens[k - 1]!)))) return null;
    const before = rangeWithUnitAt(tokens, k, k, 'lab');
    if (before && before.to === end) return printsDate(before.range) ? null : before;
  }
  return null;
}

/**
 * (tworanges) A row whose line prints an optimal range beside the laboratory's range (a consumer or longevity lab's
 * export: `Glucose  101  mg/dL  Optimal: 72-86  Standard: 65-99`, `Ferritin 45 ng/mL (Optimal 50-150; Reference
 * 30-400)`, `… 65-99  Optimal: 72-86`): the row as the line reads without the optimal range — the laboratory's range,
 * labelled (its label dropped, as a reference label is) or bare right next to the optimal one (bareRangeBeside), is
 * the row's range and flags it — and the optimal range as printed its comment. Only after the value, and only where
 * the row reads with that range. With no such second range (an optimal range alone, beside a tier's cut-off, a date, a
 * population's, an earlier result's label) the line reads as before. Two bare ranges with no label say neither is the
 * laboratory's (groupRangesAt): no label, no pair.
 */
function rowWithOptimalRange(text: string, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  if (!OPTIMAL_WORD.test(text)) return null;
  const tokens = tokenize(text);
  const valueAt = tokens.findIndex((t) => parseValueToken(t) !== null);
  if (valueAt < 1) return null;
  const ranges: LabelledRange[] = [];
  for (let j = valueAt + 1; j < tokens.length;) {
    const r = labelledRangeAt(tokens, j);
    if (r) ranges.push(r);
    j = r ? r.to : j + 1;
  }
  const optimal = ranges.filter((r) => r.kind === 'optimal');
  const labelled = ranges.filter((r) => r.kind === 'lab');
  if (optimal.length !== 1 || labelled.length > 1) return null;
  const o = optimal[0]!;
  const bare = labelled.length ? null : bareRangeBeside(tokens, valueAt, o);
  const l = labelled[0] ?? bare;
  if (!l) return null;
  // The laboratory's range next to the optimal one (only separators between): the two are one pair.
  const between = tokens.slice(Math.min(o.to, l.to), Math.max(o.from, l.from));
  if (between.some((t) => !BETWEEN_RANGES.test(t))) return null;
  const pair = { from: Math.min(o.from, l.from), to: Math.max(o.to, l.to) };
  // A bare pair ends the line, or a printed flag does (`Optimal 72-86  65-99  H`): a word after it (`65-99 Borderline`,
  // `100-125 Prediabetes`) may make it a tier's range, and the line reads as before.
  const trailing = tokens.slice(pair.to).filter((t) => !BETWEEN_RANGES.test(t) && !/^[)\]]$/.test(t));
  if (bare && (trailing.length > 1 || (trailing.length === 1 && !parseFlagToken(trailing[0]!)))) return null;
  const rest = [...tokens.slice(0, pair.from), ...l.range, ...tokens.slice(pair.to)].join(' ');
  const row = parseRowLine(rest, opts) ?? parseInlineRow(rest, opts);
  if (!row || !row.rangeText || (row.value === null && !row.valueText)) return null;
  // (The laboratory's range is the one the row read: not a range before it, `Male 13.5-17.5`.)
  const squeezed = (t: string) => t.replace(/\s+/g, '');
  if (!squeezed(l.range.join(' ')).startsWith(squeezed(row.rangeText))) return null;
  appendComment(row, tokens.slice(o.from, o.to).join(' ').replace(/^[([]/, '').replace(/[,;)\]]+$/, ''));
  return row;
}
/**
 * (labs35fix review) Whether the nearest line of column headers above a line (within 80 lines: a line whose cells
 * after the first are all header words) announces two value columns or more (valueColumnsAnnounced: `Abs  %`,
 * `Result  Previous`).
 */
function twoValueColumnsAbove(lines: readonly SourceLine[], at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 80; j--) {
    const values = valueColumnsAnnounced(lineText(lines[j]!.text));
    if (values !== null) return values >= 2;
  }
  return false;
}

/** A value without a unit and a lone zero after it (`0.41 0`): the value (group 1). */
const STRAY_ZERO = /^\s*(\d+[.,]\d+)\s+0\s*$/;

/** A line saying the value is outside its reference range (English, Swedish, Norwegian, Danish), a full stop perhaps after it. */
const OUTSIDE_RANGE_LINE = /^(?:(?:the\s+)?(?:value|result)\s+(?:is\s+|lies\s+)?outside\s+(?:the\s+)?reference\s+(?:range|interval)|(?:värdet|resultatet)\s+(?:ligger\s+|är\s+)?utanför\s+referensintervall(?:et)?|(?:verdien|resultatet)\s+(?:ligger\s+|er\s+)?utenfor\s+referanse(?:område|intervall)(?:t|et)?|(?:værdien|resultatet)\s+(?:ligger\s+|er\s+)?uden\s+for\s+referenceinterval(?:let)?)\.?$/i;
const STATUS_LINE = /^(normal|high|low|abnormal|critical(?: high| low)?|h|l|hh|ll|a|▲|▼|above high reference limit|below low reference limit|within reference range|outside reference range)$/i;

/**
 * Rows of every table-like layout: LabCorp, Quest, fixed-width, Markdown and HTML tables, PDF tables (by column
 * header when there is one, by the order of the tokens when not), inline `Name: value unit (Ref: range)` lines, and
 * cards (a name on its own line, the value below it, then `Ref: …` and a status). Headings and metadata are skipped;
 * method and comment lines are not rows; any other line is a warning. A heading line directly followed by a row
 * joins the row's name when together they name a biomarker the catalog knows (or the row's name is plainly a
 * continuation); a name alone on its line binds to a value alone on the next.
 */
/**
 * A range printed twice on one line, the second glued to the first (`100 to 199 mg/dL100 - 199 mg/dL`, `>39 mg/dL>39
 * mg/dL`): a portal page copied from the browser gives its visible text and then the screen reader's. The first,
 * when the two are one range (the same bounds, the same unit or none); else the line as printed.
 */
/**
 * `3.5 - 5.1 mmol/L (serum)`, `70-99 mg/dL fasting`, `3.5-5.1 mmol/L   Verified`: a range line's text that starts with
 * bounds, then perhaps a unit, then words only (a specimen, a qualifier, a status): a range with its note, as printed.
 */
function rangeThenWords(text: string): boolean {
  const t = tokenize(text);
  const r = numericRangeAt(t, 0);
  if (!r) return false;
  const k = r.span + (t[r.span] !== undefined && isUnitToken(t[r.span]!) && /[A-Za-zµμ%/]/.test(t[r.span]!) && toUcum(t[r.span]) ? 1 : 0);
  const rest = t.slice(k);
  return (rest.length > 0 || k > r.span) && rest.every((w) => /^\(?[A-Za-z][A-Za-z-]*\)?[,.;]?$/.test(w));
}

export function rangePrintedOnce(text: string): string {
  const read = (part: string) => {
    const t = tokenize(part.trim());
    const r = numericRangeAt(t, 0);
    if (!r || t.length > r.span + 1 || (t.length === r.span + 1 && !isUnitToken(t[r.span]!))) return null;
    return { bounds: r.text.replace(/\s+/g, '').replace(/[–—]|\bto\b/g, '-'), unit: t[r.span] };
  };
  // (Glued after a letter, a `%` or a bracket; after a digit only before a comparator: `1.73m2>59 mL/min/1.73m2`.)
  for (const m of text.matchAll(/(?<=[A-Za-zµμ%)\]])(?=[<>≤≥]?\d)|(?<=\d)(?=[<>≤≥]\d)/g)) {
    const [first, second] = [read(text.slice(0, m.index)), read(text.slice(m.index))];
    if (first && second && first.bounds === second.bounds && (first.unit ?? '') === (second.unit ?? '')) return text.slice(0, m.index).trim();
  }
  return text;
}

/**
 * A free-text row whose range was cut at its dash (or its wave dash, `3.3〜`), the upper bound alone on the next line
 * under the lower one (`Potassium   4.1   mmol/L   3.5 -` / `                           5.1`): one line. Only a bare
 * number greater than the lower bound and printed under it (within two characters of its column) is the bound, for
 * the dash and the wave dash alike; a page number at the margin is not.
 * (text7) In free text under no header of columns (`Calcium 9.1 mg/dL 8.7 -` / `10.2`, `Vitamin D: 45 ng/mL, ref 30 -`
 * / `100`: OCR's or a narrow page's wrap), the bound may also be wrapped back to the margin — still only a number
 * greater than the lower bound (`60 -` over a page's `1` stays open). Under a header (`Result  Previous`), a number at
 * the margin is another column's, as before.
 */
function wrappedBoundsJoined(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  /** Whether a header of columns (two words of a header at least, apart) was printed above. */
  let headed = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!headed && !l.cells && /\S {2,}\S/.test(l.text) && !/\d/.test(l.text)) {
      const cells = l.text.trim().split(/ {2,}/);
      headed = cells.length >= 2 && cells.every((c) => isHeaderWords(c));
    }
    // (Only a line that ends in a dash is asked, and only its last 64 characters (review 6: unanchored at the start, the
    // expression costs the square of a run of digits — 57 s on 200,000 digits and ` x〜`); no bound is that long.)
    const tail = l.cells || !/[-–—〜]\s*$/.test(l.text) ? null : l.text.slice(-64);
    const found = tail === null ? null : /(\d+(?:[.,]\d+)?)\s*([-–—〜])\s*$/.exec(tail);
    const cut = found ? Object.assign(found, { index: found.index + l.text.length - tail!.length }) : null;
    const next = lines[i + 1];
    const bound = cut && next && !next.cells ? /^(\s*)(\d+(?:[.,]\d+)?)\s*$/.exec(next.text) : null;
    // (jp2 review) A wave dash's lower bound (`3.3〜`, 3.3 and over: tokens.ts reads it an open bound) above a lone
    // greater number printed under it: the range wrapped (`3.3〜8.6`), never the open bound. (jp2 review 2) Under it
    // only, as for the dash: a number elsewhere (a page number at the margin) leaves the open bound as printed.
    const margin = bound !== null && bound[1]!.length === 0 && !headed && cut![2] !== '〜';
    if (cut && bound && (Math.abs(bound[1]!.length - cut.index) <= 2 || margin) && /\S\s+\S/.test(l.text.slice(0, cut.index))
      && Number(bound[2]!.replace(',', '.')) > Number(cut[1]!.replace(',', '.'))) {
      out.push({ ...l, text: `${l.text.trimEnd()}${cut[2] === '〜' ? '' : ' '}${bound[2]}` });
      i++;
      continue;
    }
    out.push(l);
  }
  return out;
}

/**
 * A unit printed under a unit label: a token the unit reader codes (`pg/mL`, `10^3/uL`) or a unit word (`ratio`,
 * `index`), not any letter and digit (`3B`, `7A`: a ward).
 */
function realUnit(token: string): boolean {
  return isUnitToken(token) && !parseValueToken(token) && (toUcum(token) !== null || /^[A-Za-z]+\.?$/.test(token));
}

/**
 * A card's label alone on its line and its content on the next (`Estradiol` / `Value` / `82` / `Unit` / `pg/mL`: a
 * patient portal's card copied one box a line): one labelled line, `Value: 82`, `Unit: pg/mL`, read as the card's
 * labelled lines are. Only when the content is what the label says: a value alone under a value label, a unit (no
 * number, no test the catalog knows) under a unit label, a status under a flag label — a header printed one word a line
 * (`RESULT` / `REF. RANGE` / `UNIT`) is left as it is. (A reference label alone keeps its own reading:
 * REFERENCE_LABEL_LINE, whose range may run over several lines.)
 */
function cardLabelsJoined(lines: SourceLine[], opts: TextParseOptions): SourceLine[] {
  const out: SourceLine[] = [];
  /** Line `k`'s text when it is a line of text (no table row), '' otherwise. */
  const alone = (k: number): string => (k >= 0 && k < lines.length && !lines[k]!.cells ? lineText(lines[k]!.text).trim() : '');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const label = l.cells ? null : CARD_LABEL_ALONE.exec(lineText(l.text));
    const next = lines[i + 1];
    const content = label && next && !next.cells ? lineText(next.text).trim() : '';
    const fits = label && content && (label[1] ? valueOnly(content) !== null
      : label[2] ? /^\S+$/.test(content) && realUnit(content) && !opts.knows?.(cleanName(content))
        : STATUS_LINE.test(content));
    // A value label over a column of values (`Hemoglobin` / `MCV` / `Result` / `14.2 g/dL` / `91 fL`: two names alone
    // above it, or another value alone under its content) is a column header, no card's label: left as it is.
    const column = label?.[1] && fits && ((alone(i - 1) && alone(i - 2) && [alone(i - 1), alone(i - 2)].every((t) => !/\d/.test(t) && isNameFragment(t)))
      || (alone(i + 2) && valueOnly(alone(i + 2)) !== null));
    if (label && fits && !column) {
      out.push({ ...next!, text: `${lineText(l.text).replace(/\s*:$/, '')}: ${content}` });
      i++;
      continue;
    }
    out.push(l);
  }
  return out;
}

/**
 * Whether a layout of names over a run of values (readRows' current and previous columns; `nameOf`: value index → name
 * index) fits the printed units: every value's unit one the catalog measures its name's test in, and all the values of
 * one name in one unit — a test's earlier result is printed in the unit of its current one (labsfix31b).
 */
function unitsFitNames(units: readonly (string | undefined)[], names: readonly string[], nameOf: (k: number) => number,
  measuresIn: (name: string, unit: string) => boolean): boolean {
  return units.every((u, k) => u !== undefined && measuresIn(cleanName(names[nameOf(k)]!), u)
    && units.every((other, j) => nameOf(j) !== nameOf(k) || (other !== undefined && sameUnit(other, u))));
}

function readRows(input: SourceLine[], opts: TextParseOptions): { rows: RawRow[]; warnings: ParseWarning[] } {
  /** A name line of a test the catalog knows that is no header word (`Test`, `ABSOLUTE COUNTS`). */
  const knownName = (n: string) => Boolean(opts.knows?.(cleanName(n))) && !HEADER_WORDS.has(n.trim().toLowerCase());
  const lines = colonValuesUnderNames(cardLabelsJoined(wrappedBoundsJoined(isPit(input) ? input.map((l) => ({ ...l, text: l.text.replace(/^\d{3} ?/, '').replace(/~[A-Z]{2}\d*~/g, '') })) : input), opts),
    knownName);
  /** (fixr81) A header whose last column is the method: rows whose range is followed by the method's words (rowWithMethodAfterRange). */
  const methodLast = lines.some((l) => METHOD_LAST_HEADER.test(l.text.trim()));
  /** (mixed) What the document is besides a laboratory's (MeasuresBeside): a glucose monitor's summary, a DEXA scan. */
  const beside: MeasuresBeside = {
    glucoseMonitor: lines.some((l) => GLUCOSE_MONITOR_SUMMARY.test(l.text)),
    androidGynoid: lines.some((l) => /\bandroid\b/i.test(l.text)) && lines.some((l) => /\bgynoid\b/i.test(l.text)),
    invoice: lines.some((l) => INVOICE_WORDS.test(l.text)),
  };
  /** The differential's rows of a percentage and a count in bare cells (percentsBesideCounts), by line. */
  const bareDifferential = percentsBesideCounts(lines, opts);
  const aligned = alignedColumns(lines, bareDifferential, opts);
  const underUnitColumns = rowsUnderUnitColumns(lines, opts);
  // (set 9, PG05) A result's row printed at the top of two pages (a summary of abnormal results on page 1, then the detail
  // on page 2) is no letterhead: its last copy is read (the row's name known to the catalog, with a unit or a range).
  const letterhead = repeatedOnPages(lines, (text) => {
    const r = parseRowLine(text, opts);
    return Boolean(r && (r.value !== null || r.valueText) && (r.unit || r.rangeText) && opts.knows?.(r.name));
  });
  /** Markdown header rows (a row with its rule under it): they name columns, never a section. */
  const markdownHeaders = new Set(lines.filter((l, i) => !l.cells && markdownCells(l.text) && lines[i + 1] && isMarkdownRule(lines[i + 1]!.text)));
  const rows: RawRow[] = [];
  // The line a row's unit was read from when it stood alone on the line after the value (the card rule).
  const unitFromLine = new Map<RawRow, number>();
  const warnings: ParseWarning[] = [];
  /** Whether the report prints a percentage's range after the count beside it (looked for at the first such line). */
  let percentRanges: boolean | undefined;
  let pending: SourceLine | null = null;
  /**
   * Name lines printed in bold (`**Urine Albumin and Urine**`): a heading when it reads as one (a specimen's, an absolute
   * count's: `sectionOf`), the first half of the name under it only when the two together name a test the catalog knows
   * (`**Alanine**` / `aminotransferase  61`); any other bold line is a first half as a plain one is (`**Plasma free**` /
   * `metanephrines  0.3`).
   */
  const boldNames = new Set<SourceLine>();
  const readsAsHeading = (t: string) => {
    const s = sectionOf(t);
    return Boolean(s && (s.specimen || s.absolute));
  };
  // (urinept) Never a heading of a part of the urine's examination (`exame microscópico do sedimento`, `Elementos
  // anormais`, `Chemical examination`, printed in lower case where no capitals make it a heading): no name's first half.
  const joinsUnder = (p: SourceLine, name: string) => !isExaminationPart(p.text.trim()) && (boldNames.has(p) && readsAsHeading(p.text)
    ? Boolean(opts.knows?.(`${p.text.trim()} ${name}`)) : joinsName(p.text.trim(), name, opts));
  /** The name lines in a row before a value (`Estimated GFR (eGFR):` / `GFR by MDRD Formula`): the known one names it. */
  let names: string[] = [];
  /** (fix54) Whether the first of `names` was printed right under a row (its value, unit or range): maybe its method. */
  let namesAfterRow = false;
  /** Blank lines since `pending`: a name over two lines has none; a card's name and value may have some. */
  let gap = 0;
  let table: TableState | null = null;
  /** The Markdown tables' headers read so far (TableState with its width), in order. */
  const markdownTables: TableState[] = [];
  let headerJustSet = false;
  /** The last row read, while lines under it may still complete it (continuation of a range, a card's range or status). */
  let open: RawRow | null = null;
  /** What the section heading the rows are under says about them; it carries over page breaks until the next heading. */
  let section: Section = {};
  /**
   * Under a column header of bounds with no result column (boundsOnlyHeader): whether its table is one of cells (a
   * Markdown or HTML table, which a blank line ends) or printed; until the table ends (isBoundsRow), the next header or
   * heading.
   */
  let boundsOnly: 'cells' | 'printed' | null = null;
  /** (set 9) The page of an order's or a price list's header (orderListHeader) the lines read are under, or null. */
  let orderList: { page: number | undefined } | null = null;
  /**
   * `Specimen Type : Urine`: a report of one specimen says so once in its header; its headings (`CHEMISTRY`,
   * `MICROSCOPY`) do not say it again, so every section under that line is of that specimen unless a heading names
   * another — until a specimen line names another (`Specimen: Serum`, the next request of the same printout).
   */
  let reportSpecimen: Section['specimen'];
  /** Where the rows of the current section begin (a heading that opens a section starts it again). */
  let sectionStart = 0;
  /**
   * A urine specimen line printed after rows of the section (`Glucose  100 mg/dL` … `Specimen: Urine`): it is about
   * those rows when no row follows it in the section — applied when the section ends (a heading, the end of the
   * report), cancelled when a row comes first (then it was the heading of the rows after it).
   */
  let specimenBelow: { from: number; to: number } | null = null;
  const specimenBelowEnds = () => {
    const below = specimenBelow;
    specimenBelow = null;
    if (!below) return;
    const block = rows.slice(below.from, below.to).filter((r) => !r.specimen);
    // Only rows that read as a urine report's: one of them is a strip's answer (`Protein  Trace`) or a test the catalog
    // knows in urine and not in blood (`Nitrite`, `Specific Gravity`), so that a serum panel over a stray specimen line
    // stays serum.
    const strip = (r: RawRow) => r.value === null && isStripAnswer((r.valueText ?? '').trim());
    const urineLike = (r: RawRow) => strip(r) || (opts.knowsInUrine?.(r.name) && !opts.knows?.(r.name));
    // And every row a urine analyte (as coding's inferUrine reads one): a name the catalog knows in urine, and for one
    // it knows in blood too a strip's answer, a per-field unit, a strip's answer as its range or no numeric range —
    // `Glucose  250 mg/dL  70-99` (a serum range) or `C-Reactive Protein  Negative` keeps the block as printed.
    const urineCompatible = (r: RawRow) => Boolean(opts.knowsInUrine?.(r.name)) && (!opts.knows?.(r.name) || strip(r)
      || isPerFieldUnit(r.unit) || !/\d/.test(r.rangeText ?? ''));
    if (!block.some(urineLike) || !block.every(urineCompatible)) return;
    for (const r of block) r.specimen = 'urine';
  };
  /** Per HTML table under a Markdown header: the header's columns with the table's flag column added (null: none). */
  const flagColumns = new Map<number, Column[] | null>();
  /** Headings seen so far: one printed again (a letterhead on every page) does not end the section. */
  const seen = new Set<string>();
  const heading = (line: string, printed?: string) => {
    // (fixu) A line of a table's column headers (`Résultat   Valeurs usuelles`, `RISULTATO   VALORI DI RIFERIMENTO`)
    // names no section: the rows under it stay the section's. A heading with the columns' header words after it, a
    // column apart (`EXAME FÍSICO      Valores de referência`), is the heading alone (headingBeforeHeader).
    const text = headingBeforeHeader(line);
    // (mend4) A column header line whose first cell names a blood specimen (`Serum  Result  Reference`, `Blood tests
    // Result  Units`, `Sang  Résultat  Valeurs usuelles`) ends a urine section: the rows under it are the blood's.
    if (section.specimen === 'urine' && text !== line && BLOOD_HEADING.test(foldName(line.trim().split(/\s{2,}/)[0]!))) section = withoutUrine(section);
    if (text === null) return;
    const key = text.trim().toLowerCase();
    // (b66r) A range line printed over no row (its row unread: `### LDL direct: "174"` / `Normal range: 0 - 99 mg/dL`)
    // ends at a section's heading or a Markdown heading that names no test: never the range of the first row under it.
    // (mend1) A heading that opens a section — one sectionOf reads something of (a specimen, vitals, absolute counts,
    // subsets; sectionOf's `{}` is any short line's, a row's own name among them) or a blood section's (BLOOD_SECTION:
    // `RENAL FUNCTION`) — that names no test: a layout printing its ranges over their rows keeps the range over the
    // row's name line (`Normal range: 135 - 145 mmol/L` / `Sodium` / `131 mmol/L`, `**TSH**`, `### Total Cholesterol`),
    // and over a Markdown heading that says nothing of what is examined (`#### Result`: PART_OF_SECTION).
    if (rangeAbove && !opts.knows?.(cleanName(text)) && (opensSection(text, opts)
      || (markdownHeadingLevel(printed) !== undefined && !PART_OF_SECTION.test(text.trim())))) rangeAbove = null;
    // A line in angle brackets alone (`<TIPO II>`, the examination's type under `URINA`) marks the section it is in;
    // it opens none.
    if (/^<[^<>]+>$/.test(key)) return;
    if (seen.has(key)) return;
    seen.add(key);
    const read = sectionOf(text);
    // (fixabg) An analyser's heading of its input values only as a line of its own: `Patient values  Reference values`
    // names a table's columns, the patient's results under it.
    const s = read?.inputs && text.trim() !== line.trim() ? {} : read;
    boundsOnly = null;
    // A heading of a blood test (`HAEMATOLOGY`, `LIPID PROFILE`) under a urine specimen line is another request's
    // (not a strip's name over its answer: `Blood` / `Negative`).
    if (s && reportSpecimen && !s.specimen && BLOOD_SECTION.test(text) && !opts.knowsInUrine?.(text)) reportSpecimen = undefined;
    if (s) {
      // (labs49fix review) Whether the section has a row yet: a label line keeps it only before its first.
      const rowsYet = rows.length > sectionStart;
      specimenBelowEnds();
      sectionStart = rows.length;
      // `PHYSICAL EXAMINATION`, `MICROSCOPY` under `URINE ROUTINE EXAMINATION`: a part of the urine's examination.
      const level = markdownHeadingLevel(printed);
      const within = withinMarkdownSection(section, text, level, rowsYet);
      // (review2's find) So is a `Routine` subheading (`URINALYSIS` / `Routine` / `Color  Yellow`): the routine part of
      // the urine's examination, never a specimen of its own — within a urine section only.
      // (fixabg) And a part of a body fluid's examination (`SEMEN ANALYSIS` / `Macroscopic` / `pH  7.9`): the fluid's.
      const examined = section.specimen === 'urine' && (isExaminationPart(text.trim()) || ROUTINE_PART.test(text.trim())) ? 'urine'
        : section.specimen === 'fluid' && isExaminationPart(text.trim()) ? 'fluid' : undefined;
      const specimen = s.specimen ?? reportSpecimen ?? examined ?? (within ? section.specimen : undefined);
      // (labs49fix) A section a Markdown heading opened keeps its level under the headings within it.
      const opened = within ? section.level : level;
      // (jp2 review 2) A heading of blood, a blood gas or chemistry ends the urine's rows before its first row too: no
      // row under it is the urine's for the urine row printed just above (bloodHeading).
      const blood = !specimen && !s.urineToo && bloodHeading(text, opts);
      section = { ...s, ...(specimen ? { specimen } : {}), title: text.trim(), ...(opened !== undefined ? { level: opened } : {}), ...(blood ? { blood } : {}) };
    }
  };
  const at = (line: SourceLine) => ({ line: line.line, ...(line.page ? { page: line.page } : {}) });
  /** Each line's place in `lines`, for the rules that look ahead of a line (once, not a search per look). */
  const indexOfLine = new Map(lines.map((l, k) => [l, k] as const));
  /** The same by a line's page and number, for a copy of a line (a name waiting): a lookup, not a search per value. */
  const indexOfNumber = new Map(lines.map((l, k) => [`${l.page ?? ''}:${l.line}`, k] as const));
  /** The name of a value alone among the name lines waiting above it (the value-under-name reader's choice). */
  /**
   * (fixige) Whether a name line and the lower-case line under it are one name wrapped: the catalog knows them together,
   * or the first line's name before its comma (`Troponin I, high` / `sensitivity`: a test, then its qualifier's words).
   */
  const wrapsName = (first: string, joined: string) => Boolean(opts.knows?.(cleanName(joined))
    || (first.includes(',') && opts.knows?.(cleanName(first.slice(0, first.indexOf(','))))));
  const nameOfValue = (candidates: string[], valueLine?: SourceLine): string | undefined => {
    // (fixige) The last two name lines one name wrapped (`Troponin I, high` / `sensitivity`: the second goes on in lower
    // case) where the catalog knows them together.
    const wrapped = candidates.length >= 2 && /^\p{Ll}/u.test(candidates.at(-1)!.trim()) ? `${candidates.at(-2)!.trim()} ${candidates.at(-1)!.trim()}` : '';
    if (wrapped && wrapsName(candidates.at(-2)!, wrapped)) return wrapped;
    // (set 25) Or in capitals (`Non-HDL` / `Cholesterol`, a viewer's copy wrapping a name cell): where the catalog reads the
    // two together as the first line's analyte — the second alone is another test's name (`Cholesterol`), not this value's.
    // Only a first line of two words at most and no list's marks (a panel's title over the name, `Thyroid Panel With TSH;
    // TPO Ab`, is none).
    const first = candidates.at(-2)?.trim() ?? '';
    const capital = candidates.length >= 2 && opts.knows && opts.sameAnalyte && first.split(/\s+/).length <= 2 && !/[;,:]/.test(first)
      ? `${first} ${candidates.at(-1)!.trim()}` : '';
    // Or a first line that names no test and a second that names another than the two together (`FREE` / `T4`: the free
    // T4, not the total).
    if (capital && opts.knows!(cleanName(capital)) && (opts.knows!(cleanName(first)) ? opts.sameAnalyte!(cleanName(first), cleanName(capital)) : /^\p{L}[\p{L}-]*$/u.test(first))
      && !opts.sameAnalyte!(cleanName(candidates.at(-1)!), cleanName(capital))) return capital;
    const knownNames = opts.knows ? candidates.filter((n) => opts.knows!(cleanName(n))) : [];
    const names = knownNames.filter((n) => !HEADER_WORDS.has(n.trim().toLowerCase()));
    // (review 20) Two names of different tests the catalog knows over one value alone (`Free T4` / `Free T3` / `4.2
    // pmol/L  (3.1 - 6.8)`: no value follows it): the one right above it, the other having no result. (Two values
    // or more under them, a box dump's `HAEMOGLOBIN` / `PLATELETS` / `: 12.6` / `: 310000`, are the names' in order.)
    const nearestOfTwo = valueLine && names.length >= 2 && opts.sameAnalyte && !opts.sameAnalyte(names.at(-2)!, names.at(-1)!) && !valueFollows(valueLine);
    const known = (nearestOfTwo ? names.at(-1) : names[0]) ?? knownNames[0];
    // None known: the nearest of the name lines printed together above the value that reads as a test's name
    // (labs54fix: one field a line, `Test Report Status` / `COAGULATION` / `FREE PROTEIN S, PLASMA` / `FREE PROTEIN
    // S` / `76`, `Modified IFCC` / `SGOT/SGPT` / `0.74`: the lines above it are a header, a group's heading, the row
    // above's method or unit), never a title (`THYROID FUNCTION TEST REPORT` that waited above it through the
    // patient's lines), a unit alone, a column header, a sentence or a patient's label; else the first but a title.
    // (The name printed twice, a heading over it spaced otherwise, `Urea/Creatinine Ratio` / `Urea / Creatinine
    // Ratio`: as first printed.)
    // (fix54) Only where the lines above it are no name of it: the nearest is the first that reads as a name, or the
    // second when the first was printed right under a row (its method), or the line above it reads as none (a group's
    // heading, `COAGULATION`) or is its name printed with more (`FREE PROTEIN S, PLASMA` / `FREE PROTEIN S`, `Serum
    // Copper` / `Copper`). Else the first that reads as a name: the
    // line under it is its method, its specimen or its name's second half (`Ammonia` / `Enzymatic` / `45`, `Factor
    // VIII` / `Activity` / `85`, `Anti Mullerian` / `Hormone` / `2.5`).
    let at = candidates.length - 1;
    while (at >= 0 && !readsAsTestName(candidates[at]!)) at--;
    const nearest = candidates[at];
    const prior = candidates[at - 1];
    const takesNearest = at <= 0 || (namesAfterRow && at === 1) || (prior !== undefined && (!readsAsTestName(prior)
      || nameLetters(prior).includes(nameLetters(nearest!))));
    const chosen = nearest === undefined ? undefined : takesNearest ? nearest : candidates.find(readsAsTestName);
    return known ?? (chosen !== undefined ? candidates.find((n) => nameLetters(n) === nameLetters(chosen)) : undefined)
      ?? candidates.find((n) => !isTitle(n));
  };
  /** (fix54) The nearest line above a line that prints any text (a name waiting is a copy of its line: by its number). */
  const lineAbove = (line: SourceLine): SourceLine | undefined => {
    const at = indexOfLine.get(line) ?? indexOfNumber.get(`${line.page ?? ''}:${line.line}`) ?? -1;
    for (let i = at - 1; i >= 0; i--) if (lines[i]!.text.trim()) return lines[i];
    return undefined;
  };
  /** (fix54) The last bound in words with its unit read as a goal, no row's (a goals table's line). */
  let lastGoal: SourceLine | null = null;
  /** (labs36fix review) The text of the next line that prints any. */
  const nextTextLine = (line: SourceLine): string | undefined => {
    for (let i = indexOfLine.get(line)! + 1; i < lines.length; i++) {
      const t = lineText(lines[i]!.text);
      if (t) return t;
    }
    return undefined;
  };
  /** A name's letters only: two lines naming one test the same way (`Lymphocytes` twice) are one name. */
  const nameLetters = (n: string) => cleanName(n).toLowerCase().replace(/[^\p{L}]+/gu, '');
  /**
   * Comments: the row the line just before belonged to (the row itself or its comment), which free text directly
   * under it continues; and comment lines printed between a name on its own line and its value (a card's
   * `(Method: Calculated)`), for the row that value makes.
   */
  let commentFor: { row: RawRow; indent: number; text: string } | null = null;
  let pendingNotes: SourceLine[] = [];
  /** Method lines inside a table cell (`HEMOGLOBIN<br>Method - Photometric`): the comment of the row that line makes. */
  let lineNotes: { line: SourceLine; texts: string[] } | null = null;
  /** A `Range:` line printed over its row (see below): the range of the next row made. */
  let rangeAbove: string | null = null;
  /** The row whose range a `Reference:` line gave: tiers printed on the lines under it continue that range. */
  let rangeFor: RawRow | null = null;
  /** The row a `Reference Range` line alone came under (no range of its own): the tiers printed under it are its range. */
  let tiersUnder: TiersOwner | null = null;
  /** (labs56) A row whose range is tiers printed right of its value (TIER_AFTER_VALUE): the row and the line it was last given one on. */
  let tiersRight: { row: RawRow; at: number } | null = null;
  /** A row as `tiersUnder` holds it: where its line printed its name (the indent) and its value. */
  const tiersOwner = (row: RawRow): TiersOwner => {
    const printed = lines.find((l) => l.line === row.line)?.text ?? '';
    const cells = textCells(printed.trimEnd());
    const value = cells.slice(1).find((c) => /^(?:[<>≤≥]|-?\d)/.test(c.text.trim()));
    return { row, indent: indentOf(printed), valueAt: value ? value.x : null };
  };
  /**
   * Under a reference label alone on its line (`Valor de referência:`, `Valores de referencia:`, `Reference range:`):
   * the row it gives its range to (null: none that lacks one) and the range lines read under it so far.
   */
  let underRangeLabel: { row: RawRow | null; lines: string[] } | null = null;
  /** (fixr85a) Lines of a range column read with the result line beside it (rangeColumnBeside): no rows of their own. */
  const inRangeColumnOfRow = new Set<SourceLine>();
  /** A patient-detail label alone on its line (`Age/Gender`, `Patient ID`) was read: the next line is its content. */
  let detailContent = false;
  /**
   * Whether a printed line is a tier of `owner`'s range: a labelled tier (`labelledTier`) indented under the row's name
   * (the tiers end at the first line at or left of its margin: `LP-PLA2 ACTIVITY  <=123  nmol/min/mL` printed flush
   * under them is a row), whose bound starts left of the row's value column (a line with its bound under the value is
   * a row printed indented), and which does not read as a row in another unit than the row's (`ZINC PP  <35 ug/dL`
   * under a CRP in mg/L: a row, not a tier; `High  >3.0 mg/L` under it is a tier, and so is any line named as tiers are,
   * `High`, `Optimal`). `words` lets a line of words alone through instead (a population's, `Female`).
   */
  const tierOf = (owner: TiersOwner, printed: string, text: string, words = false): boolean => {
    if (indentOf(printed) <= owner.indent) return false;
    if (words) return WORDS_ALONE.test(text);
    if (!labelledTier(text, opts)) return false;
    const bound = [...printed.matchAll(/\S+/g)].slice(1).find((m) => /^(?:[<>≤≥]|-?\d)/.test(m[0]));
    if (owner.valueAt !== null && bound && bound.index! >= owner.valueAt) return false;
    const row = parseRowLine(text, opts);
    return !(row && row.value !== null && row.unit && !namesNoResult(row.name) && !(owner.row.unit && unitsAgree(owner.row.unit, row.unit, opts.chargeOf?.(owner.row.name))));
  };
  /**
   * Whether a tier of `owner`'s follows `line` (see below): on the next line with text, or on the one after it under a
   * line of words alone (`Female` / `Follicular Phase  19-144`).
   */
  const tierAhead = (line: SourceLine, owner: TiersOwner): boolean => {
    const next: SourceLine[] = [];
    for (let i = indexOfLine.get(line)! + 1; i < lines.length && next.length < 2; i++) {
      if (lineText(lines[i]!.text)) next.push(lines[i]!);
    }
    const [first, second] = next.map((l) => [l.text, lineText(l.text)] as const);
    return Boolean(first && (tierOf(owner, first[0], first[1]) || (tierOf(owner, first[0], first[1], true) && second && tierOf(owner, second[0], second[1]))));
  };
  /** Names printed as a column whose values follow as a column (see below): the names still waiting for theirs. */
  let namesInColumn: string[] = [];
  /**
   * The values alone printed from `line` on before the next line that names a test the catalog knows (unit, range and
   * `:` lines between them are skipped): their numbers, whether each has a unit or range of its own (on its line or on
   * a line after it, before the next value: a column of results read by OCR prints them; a column of codes, accession
   * or serial numbers, prices or earlier results does not), and the index of the line that ends them.
   */
  const valuesColumn = (line: SourceLine): { values: (number | null)[]; printed: string[]; units: (string | undefined)[]; at: number[]; described: boolean; end: number } => {
    const values: (number | null)[] = [];
    const printed: string[] = [];
    const units: (string | undefined)[] = [];
    const at: number[] = [];
    const has: boolean[] = [];
    let i = indexOfLine.get(line)!;
    for (; i < lines.length; i++) {
      const text = lineText(lines[i]!.text).trim();
      if (!text || /^[:=–-]$/.test(text)) continue;
      const v = valueOnly(text);
      if (v) {
        values.push(v.value);
        printed.push(text);
        units.push(v.unit);
        at.push(i);
        has.push(Boolean(v.unit || v.rangeText));
      } else if ((isUnitToken(text) && !parseValueToken(text)) || /^[<>]?\d[\d.,]*\s*(?:[-–]\s*\d[\d.,]*)?\s*(?:%|\/?[A-Za-zµμ][\w/µμ]*)?$/.test(text)) {
        if (has.length) has[has.length - 1] = true;
        if (units.length && units[units.length - 1] === undefined && isUnitToken(text) && !parseValueToken(text)) units[units.length - 1] = text;
      } else break;
    }
    return { values, printed, units, at, described: has.every(Boolean), end: i };
  };
  /** The text of the next line with text after `line`, trimmed (undefined at the report's end). */
  const nextTextAfter = (line: SourceLine): string | undefined => {
    for (let i = indexOfLine.get(line)! + 1; i < lines.length; i++) {
      const text = lineText(lines[i]!.text).trim();
      if (text) return text;
    }
    return undefined;
  };
  /** (review 20) The next line with text after `line` holds a value, a box's colon perhaps before it (`: 310000`). */
  const valueFollows = (line: SourceLine): boolean => {
    const text = nextTextAfter(line);
    return text !== undefined && valueOnly(text.replace(/^[:=]\s*/, '')) !== null;
  };
  /**
   * The next line with text after `line` is a value alone (`110`, `7.39`, `2.0 mg/dL`): no range (`0.4 -4.5`, `80-200`),
   * no unit alone.
   */
  const valueAloneAfter = (line: SourceLine): boolean => {
    const text = nextTextAfter(line);
    if (text === undefined || readsAsRange(text)) return false;
    const t = tokenize(text);
    return t.length >= 1 && t.length <= 2 && parseValueToken(t[0]!) !== null
      && (t.length === 1 || (isUnitToken(t[1]!) && !parseValueToken(t[1]!)));
  };
  /** Lines of earlier results printed after the current ones under a run of names (see below): not read. */
  const earlierTaken = new Set<SourceLine>();
  /** (set 14, CU03) Lines that carried the dates of the header above them (withHeaderDatesBelow): read with it. */
  const headerContinuations = new Set<SourceLine>();
  /** Range lines already given to the rows printed before them as a block (see below). */
  const rangesTaken = new Set<SourceLine>();
  /** Name lines already given to values printed before them (see below): read, not names of what follows. */
  const namesTaken = new Set<SourceLine>();
  /**
   * Values alone from `line` on (unit, range and `:` lines between them skipped), then as many lines each naming a
   * distinct test the catalog knows: those names and their lines (null: not so printed; two values at least).
   */
  const namesAfterValues = (line: SourceLine): { names: string[]; lines: SourceLine[] } | null => {
    const column = valuesColumn(line);
    const values = column.values.length;
    let i = column.end;
    // Not a column of results: a value without a unit or range of its own (earlier results, codes), or numbers that
    // run 1, 2, 3 (a serial number's column).
    if (values < 2 || !column.described || column.values.every((v, k) => v === k + 1)) return null;
    const found: { names: string[]; lines: SourceLine[] } = { names: [], lines: [] };
    for (; i < lines.length && found.names.length < values; i++) {
      const text = lineText(lines[i]!.text).trim();
      if (!text) break;
      if (!isNameFragment(text) || !knownName(text)) break;
      found.names.push(text);
      found.lines.push(lines[i]!);
    }
    const letters = new Set(found.names.map(nameLetters));
    // Names followed by their own values (`Neutrophils` / `Lymphocytes` / `:` / `62` …) are not these values' names.
    const after = lines.slice(i).map((l) => lineText(l.text).trim()).find(Boolean);
    if (after && (/^[:=]$/.test(after) || valueOnly(after))) return null;
    // Names followed by a column header (`Result`, `Value`) or by a name with its own value (`Platelets  250`): a table
    // of their own begins there, the values above are not theirs (labs27cfix2).
    // (A header printed alone over its first value, `Result` / `14.2 g/dL`, comes here joined as a card's labelled
    // value, `Result: 14.2 g/dL`: the same header.)
    if (after && (after.toLowerCase().split(/[\s/]+/).every((w) => HEADER_WORDS.has(w)) || VALUE_LABEL.test(after))) return null;
    const inline = /^(\p{L}[^\d]*?)\s+[<>]?\d/u.exec(after ?? '');
    if (inline && knownName(inline[1]!)) return null;
    return found.names.length === values && letters.size === values ? found : null;
  };
  /** The row a value alone made under a name alone: the name may go on under the value (OCR of a wrapped cell). */
  let namedAbove: RawRow | null = null;
  /** (status) A name line's status ending it (statusEndingName), by the pending line it left; the rows flagged by one. */
  const statusOfName = new Map<SourceLine, string>();
  const flaggedOverValue = new Set<RawRow>();
  /** (fixc) The other range line (`Optimal: < 90`) under a row flagged by a status over its value, by that row. */
  const cardRanges = new Map<RawRow, { text: string; line: string }>();
  /**
   * (pdf7) Whether the next line with text is a row whose name, after `words` (the line's own text), names another test
   * than its own (`HDL` over `Cholesterol  52  mg/dL`): the words are the first line of that row's name. Once a line:
   * the answer is kept by line (each asks it with its own words; reading the next row is the cost).
   */
  const beginsNext = new Map<SourceLine, boolean>();
  const beginsNextRowName = (line: SourceLine, words: string): boolean => {
    const known = beginsNext.get(line);
    if (known !== undefined) return known;
    let begins = false;
    for (let i = indexOfLine.get(line)! + 1; i < lines.length; i++) {
      const text = lineText(lines[i]!.text);
      if (!text) continue;
      const name = parseRowLine(text, opts)?.name.trim();
      const joined = name ? `${words} ${name}` : '';
      begins = Boolean(name && opts.knows?.(joined) && !(opts.sameAnalyte?.(joined, name) ?? false));
      break;
    }
    beginsNext.set(line, begins);
    return begins;
  };
  /** Whether the next line with text after `line` is a value alone (looked for only when a name was cut, below). */
  const valueOnlyNext = (line: SourceLine): boolean => {
    for (let i = indexOfLine.get(line)! + 1; i < lines.length; i++) {
      const text = lineText(lines[i]!.text);
      if (text) return valueOnly(text) !== null;
    }
    return false;
  };
  /**
   * (b57) The lines of a tier block under a range line printed alone (one field a line): label lines of words (one or
   * two to a tier: a label wrapped) and bare range lines, alternating, from the label under `line` to the last label
   * (or the last range, when no value follows it: labels printed before their ranges); null unless a label and another
   * range follow, or past eight ranges. A blank line ends the block. (b57 review) So does a label line that names a test
   * the catalog knows or is followed by a value alone (the next row's name: `Elevado` / `TRIGLICERIDOS` / `Metodo: …` /
   * `145`), a label that names no tier, population or stage (namesTierOnItsLine: `Pus Cells`, a result printed one
   * field a line), and a range that does not follow on from the one before it (followsOn: `0 a 199` / `200 a 239`,
   * `30 - 100` / `20 - 29`, `< 150` / `150 a 199`; not `1.005 - 1.030` / `2 - 4`) — save a stage left out of a numbered
   * series (`30 a 44` / `Estadio 3B, …` / `0 a 15` / `Estadio 5, …`: the next range past the last in the block's way,
   * between two labels of the same word and a number).
   */
  const tierLinesUnder = (line: SourceLine): SourceLine[] | null => {
    const bareRange = (text: string) => {
      const t = tokenize(text);
      const r = numericRangeAt(t, 0);
      return r && r.span === t.length ? r : null;
    };
    const first = bareRange(lineText(line.text));
    if (!first) return null;
    let prev = parseReferenceRange(first.text);
    let direction: 'up' | 'down' | null = null;
    const out: SourceLine[] = [];
    let label: SourceLine[] = [];
    let lastLabel = '';
    let ranges = 0;
    for (let j = indexOfLine.get(line)! + 1; j < lines.length; j++) {
      const text = lineText(lines[j]!.text);
      if (!text) break;
      const bare = bareRange(text);
      if (bare) {
        const labelText = label.map((l) => lineText(l.text)).join(' ');
        if (!label.length || !namesTierOnItsLine(labelText)) break;
        const next = parseReferenceRange(bare.text);
        // A numbered series of stages may leave one out (`Estadio 3B` / `0 a 15` after `30 a 44`, no stage 4 printed):
        // past a gap, in the block's way, only between two labels of the same word and a number.
        const stage = (t: string) => /^(\p{L}+)\s+\d/u.exec(t.trim())?.[1]?.toLowerCase();
        const side: 'up' | 'down' | null = followsOn(prev, next, direction)
          ?? (direction && stage(labelText) && stage(labelText) === stage(lastLabel) && beyond(prev, next, direction) ? direction : null);
        if (!side) break;
        lastLabel = labelText;
        // Tiers are a few (eight at most): a longer run of ranges and words is no tier block (and its text not one range).
        if (++ranges > 8) return null;
        direction = side;
        prev = next;
        out.push(...label, lines[j]!);
        label = [];
        continue;
      }
      // A label opens on a letter and prints no range or value of its own (a stage's number may be in it: `Estadio 3A`).
      const t = tokenize(text);
      if (t.length > 6 || label.length >= 2 || !/^\p{L}/u.test(text)
        || t.some((w, k) => numericRangeAt(t, k) !== null || (k > 0 && /^\d+(?:[.,]\d+)?$/.test(w) && /^\d/.test(t[k + 1] ?? '')))
        || opts.knows?.(cleanName(text)) || valueAloneAfter(lines[j]!)) break;
      label.push(lines[j]!);
    }
    // The last tier's label after its range (`240 a 600` / `Elevado`); a last range with a value alone under it is the
    // next card's (its name the label before it: `Sodium` / `135 - 145` / `140`), not a tier.
    if (label.length && namesTierOnItsLine(label.map((l) => lineText(l.text)).join(' '))) out.push(...label);
    else if (out.length && valueOnlyNext(out[out.length - 1]!)) {
      out.pop();
      ranges--;
      while (out.length && !bareRange(lineText(out[out.length - 1]!.text))) out.pop();
    }
    return ranges >= 1 && out.length ? out : null;
  };
  // Cards whose range comes before their value (`Sodium` / `Range: 135 - 145` / `140 mmol/L`): a name over a range line
  // over a value alone. Where the report prints none, a line of words between a row and its range line is a note.
  /** (rangelabels) The texts of the next `count` lines with text after `line` (lineText), fewer at the report's end. */
  const textsAfter = (line: SourceLine, count: number): string[] => {
    const out: string[] = [];
    for (let j = indexOfLine.get(line)! + 1; j < lines.length && out.length < count; j++) {
      const text = lineText(lines[j]!.text);
      if (text) out.push(text);
    }
    return out;
  };
  /**
   * (mend2) Lines of a bracketed range (BRACKETED_BOUNDS_LINE) next to another such line, blank lines between only: a
   * list of tiers, cycle phases or groups (`- (< 20 ng/mL)` / `- (20 - 29 ng/mL)` / `- (30 - 100 ng/mL)`) — which of
   * them is the reference, a person decides; none is the range of the row above.
   */
  const bracketLineRuns = new Set<SourceLine>();
  {
    let last: SourceLine | null = null;
    for (const l of lines) {
      const t = lineText(l.text);
      if (!t) continue;
      const bracket = isBracketedBoundsLine(t);
      if (bracket && last) {
        bracketLineRuns.add(last);
        bracketLineRuns.add(l);
      }
      last = bracket ? l : null;
    }
  }
  /**
   * (mend2) Whether the report's last bracket of bounds alone (no run) is followed directly by a line with letters and a
   * number (a row): in a layout printing ranges above their rows the last row comes after the last range; under them, the
   * last range after the last row. (`(2 - 10)` / `Glucose 92 mg/dL` / `(70 - 99 mg/dL)` / `Urea 31 mg/dL` / `(15 - 45
   * mg/dL)`: a stray bracket over the first row shows no layout.)
   */
  let rowAfterLastBracket = false;
  {
    let afterBracket = false;
    for (const l of lines) {
      const t = lineText(l.text);
      if (!t) continue;
      const bare = RANGE_IN_BRACKETS_LINE.exec(t);
      if (bare && !bare[1] && !bracketLineRuns.has(l) && bracketedBounds(bare[2]!.trim().replace(/\s+/g, ' '), undefined)) {
        afterBracket = true;
        rowAfterLastBracket = false;
        continue;
      }
      // (pagedcells) A page's counter or footer after the last bracket (`Page 2 of 2`) is no row.
      if (afterBracket) rowAfterLastBracket = /\p{L}/u.test(t) && /\d/.test(t) && !isBracketedBoundsLine(t) && !isPageCounter(t) && !isPageFooter(t);
      afterBracket = false;
    }
  }
  /** (mend2) Whether the report's first bracket of bounds alone has been seen; whether it showed ranges above rows. */
  let bracketBoundsSeen = false;
  let rangesAboveRows = false;
  const rangesFirst = lines.some((l, i) => {
    if (!RANGE_LINE.test(lineText(l.text))) return false;
    let prev: SourceLine | undefined;
    for (let j = i - 1; j >= 0 && !prev; j--) if (lineText(lines[j]!.text)) prev = lines[j];
    return Boolean(prev && isNameFragment(lineText(prev.text), knownName) && valueOnlyNext(l));
  });
  /** The row a line of words came directly under (`Glucose  105 mg/dL` / `Fasting specimen`), while that line waits. */
  let noteOf: RawRow | null = null;
  /** (quest) The last line left unread (the end of readRows' loop): a sentence whose lower-case rest may follow it. */
  let unreadLine: SourceLine | null = null;
  const labelledUnread: SourceLine[] = [];
  const note = (row: RawRow, line: SourceLine, text: string) => {
    appendComment(row, text);
    commentFor = { row, indent: indentOf(line.text), text };
  };
  const unattached = (notes: SourceLine[]) => {
    for (const n of notes) warnings.push({ code: 'comment-not-attached', message: 'A method or comment line that follows no result', ...at(n), text: n.text.trim().slice(0, 300) });
  };
  /**
   * A table row's name from the name line printed over it (`Alanine` / `Aminotransferase   61 H   U/L   7-56`): its
   * whole name when the row's cell has none, the first half of it when the two are one name (as for printed rows).
   */
  const nameFromAbove = (r: Omit<RawRow, 'line'>) => {
    const p = pending as SourceLine | null;
    if (!p) return;
    // (fixige) A name wrapped over two lines above a table's value line (`Troponin I, high` / `sensitivity` / `  47  ng/L
    // <16  H`): its two lines, where the second goes on in lower case and the catalog knows them together.
    const wrapped = names.length >= 2 ? names[names.length - 2]!.trim() : '';
    if (!r.name && wrapped && /^\p{Ll}/u.test(p.text.trim()) && wrapsName(wrapped, `${wrapped} ${p.text.trim()}`)) r.name = `${wrapped} ${p.text.trim()}`;
    if (!r.name) r.name = p.text.trim();
    else if (gap === 0 && joinsUnder(p, r.name)) r.name = `${p.text.trim()} ${r.name}`;
  };
  /**
   * (b64 review and mend) Whether a line above this one, below the vital signs heading it is under (VITALS_HEADING),
   * names a laboratory's results or a blood gas (LAB_RESULTS_TITLE): looked at only for an oxygen saturation there.
   */
  const labTitleSinceVitals = (line: SourceLine): boolean => {
    const here = indexOfLine.get(line) ?? indexOfNumber.get(`${line.page ?? ''}:${line.line}`);
    if (here === undefined) return false;
    for (let k = here - 1; k >= 0; k--) {
      const t = lines[k]!.text.replace(/[*_#]+/g, ' ').trim();
      if (VITALS_HEADING.test(t)) return false;
      if (LAB_RESULTS_TITLE.test(t)) return true;
    }
    return false;
  };
  const push = (printed: Omit<RawRow, 'line'>, line: SourceLine) => {
    // Under a header of bounds and no result (`Test  Lab Low  Optimal Range  Lab High`: a table of ranges someone
    // keeps, labs31fix) the numbers of a row are limits, not a result: no row.
    if (boundsOnly) return null;
    // (fixr82) A name that is a finding about a test, a flag's word before a name the catalog knows (`Low lymphocyte
    // count: 0.912/nL`, a post's title; `High ferritin 420`): a sentence about a result, not a test's name — no row.
    // (A name the catalog knows whole, `High Sensitivity CRP`, `Low Density Lipoprotein`, is read.)
    // (mend22, review cr16) Only where the line prints no range and no flag: with a range (`High Glucose 7.8 mmol/L
    // (3.9-5.5)`) it is a result, the word its flag where the range agrees (flagWordAsFlag), else kept as printed.
    if (flagWordBeforeKnownName(printed.name, opts)) {
      if (!printed.rangeText && !printed.range && !printed.flag) {
        warnings.push(unread(line, 'text-not-read'));
        return null;
      }
      printed = flagWordAsFlag(printed) ?? printed;
    }
    // (fixabg) Under an analyser's heading of its input values (`Input values` / `T  37.0 °C` / `FO2(I)  28.0 %`): what
    // was entered, no result. (mend12) Only a row with no range: a value entered has none, a result printed after the
    // inputs with no blank line between (`pH  7.40  7.35 - 7.45`) has one.
    if (section.inputs && !printed.rangeText) return null;
    // (b64) Under a heading of the vital signs (VITALS_HEADING), an oxygen saturation is the pulse oximeter's
    // (`Oxygen Saturation: 98.0%`, `SpO2 97 %`), no blood gas's result: no row. (The other vital signs are no names of
    // results anywhere: tokens.ts NOT_AN_ANALYTE. A table under the heading, with no heading of its own, still reads.)
    // (b64 review and mend) Only where the row prints no range: a pulse oximeter's line never does, a blood gas's
    // saturation does (`O2 Sat  86 %  95-99` in a table after the vitals block, or under a title the reader takes for no
    // heading: `Arterial blood gas on 2 L oxygen, drawn 09:40`).
    // A line between the heading and the row that names a laboratory's results or a blood gas (`Arterial blood gas on 2
    // L oxygen, drawn 09:40`, `Labs drawn at 14:20:`: too long, or too plain, to open a section) ends the block too.
    if (section.vitals && PULSE_OXIMETRY_NAME.test(foldName(printed.name).trim()) && !printsBounds(printed.rangeText) && !labTitleSinceVitals(line)) return null;
    // (invented) A name that ends in a comparison (`Diabetes: >/=` over `6.50%`, `Compatível com diabetes : Superior
    // ou igual a 6,5 %`) is a tier's label: the number after it is the tier's bound, not a result (the text is not
    // read). (review, review 2) Unless the catalog knows the whole label before the comparison (`eGFR  >/=  90`,
    // `High Sensitivity CRP  >/=  3.0`) and it is no tier's label: a tier's or a population's word is one when it is
    // the label itself (`Desirable below 200`, `High: >/= 240`, `Homens  >/=  40`) or has a colon after it (`HDL
    // Homens: >/= 40`). A sign after a known name becomes the value's comparator (egfr `>=90`). A comparison in words
    // after one (`Ferritin  less than  15  ng/mL`) is let through unchanged, as on main: the words stay in the name,
    // so the row reads an unknown `?Ferritin less than` of 15, not censored (left: no words-to-comparator mapping here).
    const comparison = comparisonEnd(printed.name);
    if (comparison) {
      const label = comparison.label.replace(/^[-–•*\s]+/, '');
      const tierLike = (w: string) => tierWord(w) || POPULATION_WORD.test(w);
      // (The word before each colon: a split, linear on any name.)
      const beforeColons = printed.name.split(':').slice(0, -1).map((part) => (part.trimEnd().split(/\s+/).at(-1) ?? '').replace(/^[-–•*]+/, ''));
      // (review 5) A population's word anywhere in the label, in parentheses or after a comma (`HDL Cholesterol (Men)
      // >/= 40`, `Hemoglobin, adults >/= 13`), is a reference table's population, not a patient's result.
      const tier = tierLike(label) || beforeColons.some(tierLike) || label.split(/[^\p{L}]+/u).some((w) => POPULATION_WORD.test(w));
      if (!label || tier || !knownName(label)) {
        warnings.push(unread(line, 'text-not-read'));
        return null;
      }
      if (comparison.sign && printed.value !== null && !printed.comparator) {
        printed = { ...printed, name: comparison.label, comparator: comparison.sign, valueText: `${comparison.sign}${printed.value}` };
      }
    }
    // (labs39fix) `Soit` ('that is', French) where a name goes, under a percentage's row (`Polynucléaires neutrophiles
    // 55 %` / `Soit  3.1  G/L`): the same cells counted, in a count unit — the row above's name, without its `%`
    // (coding reads a differential's name in a count unit as the absolute count). Alone, or under another row, no name.
    const percentRow = rows[rows.length - 1];
    // (`G/L`, `T/L` there are giga and tera per litre, as French reports count cells.)
    const thatIs = THAT_IS.test(printed.name.trim()) && percentRow && printed.unit && (isCountPerVolume(printed.unit) || isCellCountUnit(printed.unit))
      && (percentRow.unit ? toUcum(percentRow.unit) === '%' : /%\s*\)?$/.test(percentRow.name));
    // (fix39b) Only for a percentage whose absolute count the catalog knows (`Polynucléaires neutrophiles absolute`):
    // `Hématocrite 42 %` / `Soit 4.2 G/L` is no count of the haematocrit, and stays unknown.
    const counted = thatIs ? percentRow.name.replace(/\s*\(?%\)?\s*$/, '').trim() : '';
    const row = thatIs && opts.knows?.(`${counted} absolute`) ? { ...printed, name: counted } : printed;
    // (mend4) A row in a unit urine is never printed in (bloodOnlyUnit: `Hémoglobine  13.5 g/dL`, `Leucocytes  7.2 G/L`
    // under a column header repeated after a page break) ends a urine section: it and the rows after it are the blood's.
    if (section.specimen === 'urine' && bloodOnlyUnit(row.unit, row.value)) section = withoutUrine(section);
    const r = finishRow(inSection(panelPrefixed({ ...row, ...at(line) }, opts), section), opts);
    // (Never one in a blood count's unit: `White cells  6.2  10*9/L` under `Blood and urine tests` is the blood's.)
    if (section.urineToo && !r.specimen && opts.knowsInUrine?.(r.name) && !opts.knows?.(r.name) && !isBloodCountUnit(r.unit)) r.specimen = 'urine';
    // Rows under a heading that names their analyte (`BILIRRUBINAS` / `Total`, `Conjugada`): a name that names nothing
    // alone is the heading's analyte's when together they name a test the catalog knows.
    // (keysfix) Known as a whole, not through the name's bracket alone (`InsideTracker - Blood Analysis Summary` /
    // `Magnesium (RBC)`: the joined name read only as its `(RBC)`, the red cell count; the title and `Magnesium` no name).
    // (set 25) Not a title that is the row's own name (a card's name line read as a heading too: doubled, `eGFR (cystatin
    // C) eGFR (cystatin C)` had read as the cystatin C).
    if (section.title && opts.knows && r.name && section.title.trim() !== r.name.trim() && !opts.knows(r.name) && opts.knows(`${section.title} ${r.name}`)
      && !joinsThroughBracket(section.title, r.name, opts)) r.name = `${section.title} ${r.name}`;
    // (labs53fix) The leukocytes answered as a strip answers (`Leucocytes  NEGATIVE`, `WBC  1+`) under the urine's
    // chemical or dipstick part (`Chemical`, `Dipstick`): the strip's leukocyte esterase pad, not the microscope's count.
    // (fixu) So under a urine heading that names the strip among its words (`Urinstatus (Mittelstrahlurin, Teststreifen)`,
    // `Examen d'urine - bandelette`): `Leukozyten  ++`, a grade, is the pad's; a count (`Leucocytes  8 /mm3`) stays one.
    if (r.specimen === 'urine' && section.title && stripHeading(section.title) && leukocytesAlone(r.name.trim(), opts) && r.value === null
      && STRIP_GRADE_OR_WORD(r.valueText ?? '') && (opts.knows?.(`${r.name.trim()} esterase`) || opts.knowsInUrine?.(`${r.name.trim()} esterase`))) r.name = `${r.name.trim()} esterase`;
    // (fixu) A urine's colour or aspect answered in words against the words its range prints, whatever reader read the
    // line (a header's columns: `Farbe  gelb  gelb`; a colon: `Aspecto....: Ligeiramente turvo  Límpido`): flagged as
    // colourAgainstColour and aspectAgainstAspect flag the same on a line of its own (wordAgainstWordFlag). Only words
    // against words: a number on either side is no answer of the kind, and gets no flag here.
    if (r.specimen === 'urine' && r.value === null && !r.flag && !r.normalizedFlag && r.valueText && r.rangeText && !/\d/.test(r.valueText + r.rangeText)) {
      const kind = opts.answerKind?.(r.name, true);
      const flag = kind === 'color' || kind === 'aspect' ? wordAgainstWordFlag(kind, r.valueText, r.rangeText) : null;
      if (flag === 'abnormal') r.normalizedFlag = flag;
    }
    // A line printed the same on several pages (a letterhead's address, a footer) is not a result.
    if (letterhead.has(line)) {
      pending = null;
      return r;
    }
    // (leftfix) `Seen` after a label no microscope answers (`Status: Seen`, `Doctor: Seen`, `Blood: Seen` outside
    // urine): no result (seenAnswers).
    if (r.value === null && SEEN_ALONE.test(r.valueText ?? '') && !seenAnswers(r, section, opts)) {
      warnings.push(unread(line, 'text-not-read'));
      pending = null;
      return r;
    }
    // A line shaped like a row that is no lab result (`High >= 240 mg/dL`, `LOQ 0.5 mg/L`, `Weight 72 kg`,
    // `Atorvastatin 20 mg`): not a row, and not dropped silently either.
    if (notALabResult(r, opts, beside, rows)) {
      warnings.push(unread(line, 'text-not-read'));
      pending = null;
      return r;
    }
    // (fixh) A unit glued to the full stop that ends the line (`Sodium 140 mmol/L.`) is the unit without it. (Not one
    // before the value, `MCH` / `Pg. 31`: an abbreviation's own point, kept as printed.)
    if (r.unit && sentenceStopAfterUnit(r.unit) && lineText(line.text).trimEnd().endsWith(r.unit.trim())) r.unit = r.unit.trim().slice(0, -1);
    // `(Creatinine)  0.127  mmol/L` under `Creatinine  127  umol/L`: the same result restated in another unit, in
    // parentheses — the row above's comment, not a second result.
    const restated = /^\(([^()]+)\)$/.exec(r.name.trim());
    const above = rows[rows.length - 1];
    if (restated && above && above === open && above.name.trim().toLowerCase() === restated[1]!.trim().toLowerCase()) {
      appendComment(above, lineText(line.text).trim());
      pending = null;
      return r;
    }
    if (rangeAbove && !r.rangeText && !r.range && !rangeUnitDisagrees(r.unit, rangeAbove, opts.chargeOf?.(r.name))) {
      r.rangeText = rangeAbove;
      const openAbove = openRangeAbove(rangeAbove);
      if (openAbove) r.range = openAbove;
    }
    rangeAbove = null;
    for (const n of pendingNotes) appendComment(r, lineText(n.text));
    pendingNotes = [];
    if (lineNotes?.line === line) {
      for (const t of lineNotes.texts) appendComment(r, t);
      lineNotes = null;
    }
    rows.push(r);
    specimenBelow = null;
    open = r;
    commentFor = { row: r, indent: indentOf(line.text), text: '' };
    pending = null;
    names = [];
    gap = 0;
    return r;
  };
  // A urine strip printed without its heading (`Glucose  Not detected`, `Ketones  Not detected`, `Protein  Not
  // detected`): its lines are a urine section of their own.
  const strip = stripLines(lines, opts);
  /** The section the strip's lines interrupted, while they are read. */
  let beforeStrip: Section | null = null;
  let boundsTable: { low: number; high: number; text: number; row: RawRow | null; rows: number } | null = null;
  /** (labs36fix review) Whether a line other than a flag or a reference-range heading came after the row read last. */
  let sinceRow = { rows: 0, interrupted: false };
  let previous: { text: string; md: boolean; rows: number } | null = null;
  /** (hdrroles) Whether the last line that was not blank was a table's own cells (Markdown, HTML). */
  let lastLineCells = false;
  /** (fixr86) The number of rows read when the last Markdown heading's line came (-1: none yet). */
  let headingAfterRow = -1;
  /** (mend26) Whether that heading names a test the catalog knows (`### Potassium`), not a section or a note (`## Notes`). */
  let headingNamesTest = false;
  /** (fixr86) The number of rows read before the last line with text was read (rowOnLineAbove: whether that line read one). */
  let rowsBeforeLastText = 0;
  for (const line of lines) {
    if (markdownHeadingLevel(line.text) !== undefined) {
      headingAfterRow = rows.length;
      headingNamesTest = Boolean(opts.knows?.(cleanName(lineText(line.text))));
    }
    // (fixr86) Whether the line with text before this one read a row (every line before it is read by now).
    const rowOnLineAbove = rows.length > rowsBeforeLastText;
    if (line.text.trim()) rowsBeforeLastText = rows.length;
    if (inRangeColumnOfRow.has(line)) continue;
    if (previous) {
      if (rows.length !== previous.rows || rows.length !== sinceRow.rows) sinceRow = { rows: rows.length, interrupted: false };
      else if (previous.text && !previous.md && !isSeparator(previous.text) && !BETWEEN_ROW_AND_BOUNDS.test(previous.text)) sinceRow.interrupted = true;
    }
    if (strip.has(line) && !beforeStrip && !section.specimen) {
      beforeStrip = section;
      section = { ...section, specimen: 'urine' };
    } else if (beforeStrip && !strip.has(line) && lineText(line.text)) {
      // (robust) The examination's next part after the strip (`MICROSCOPY`, `Microscopic examination`) is the same
      // urine's: the section stays urine's for the heading to open it as such (a report whose `Specimen: Urine` line
      // is gone, the head of the page cut).
      if (!isExaminationPart(lineText(line.text))) section = beforeStrip;
      beforeStrip = null;
    }
    const text = lineText(line.text);
    // (mend12) A blank line ends an analyser's input values (`Input values` / `T  37.0 °C` / `FiO2  21 %` / blank /
    // `Blood gas values`): a heading the reader does not know may follow it, or none.
    if (section.inputs && !text.trim()) section = { ...section, inputs: false };
    const md = line.cells ? null : markdownCells(line.text);
    previous = { text, md: !!md, rows: rows.length };
    if (md && isMarkdownRule(line.text)) {
      // The rule under a Markdown header: a header we did not recognise starts a table we cannot read by columns.
      if (!headerJustSet) table = null;
      headerJustSet = false;
      continue;
    }
    headerJustSet = false;
    // (labs36fix) A table of bounds alone under a result (`| - | **Low** | **High** | **Text** |` / `| * | 134 | 167 |
    // 134-167 g/l |`: a rendered FHIR Observation's referenceRange, headed by nothing but Low, High and Text): its first
    // line is the range of the row read last, when no other row came between and that row has none — its Text as
    // printed when it reads as a range, else its two bounds. (labs36fix review) Only the range of the SAME observation:
    // nothing between the row and the table but blank lines, the row's flag (`**interpretation**: Low`) and a heading
    // naming the reference range (`### ReferenceRanges`, `**referenceRange**:`) — another observation's heading, its
    // `**code**:`, a label or a prose line (`Previous results`) between, and the table is not the row's; nor when the
    // Text prints a unit other than the row's (`190-400 nmol/l` under `149 g/l`).
    const boundWords = md?.map((c) => c.text.replace(/\*/g, '').trim().toLowerCase());
    if (boundWords && boundWords.includes('low') && boundWords.includes('high') && boundWords.every((w) => ['', '-', 'low', 'high', 'text'].includes(w))) {
      const owner = rows[rows.length - 1];
      boundsTable = { low: boundWords.indexOf('low'), high: boundWords.indexOf('high'), text: boundWords.indexOf('text'), row: owner && !sinceRow.interrupted ? owner : null, rows: rows.length };
      continue;
    }
    if (boundsTable && md) {
      const b = boundsTable;
      boundsTable = null;
      const cell = (k: number) => (k >= 0 ? md[k]?.text.trim() ?? '' : '');
      const low = parseNumber(cell(b.low));
      const high = parseNumber(cell(b.high));
      if (b.row && rows.length === b.rows && !b.row.rangeText && (low !== null || high !== null)) {
        const printed = cell(b.text);
        if (!unitAgrees(printed, b.row.unit)) continue;
        b.row.rangeText = printed && readsAsRange(printed) ? printed : low !== null && high !== null ? `${cell(b.low)}-${cell(b.high)}` : low !== null ? `>=${cell(b.low)}` : `<=${cell(b.high)}`;
        continue;
      }
    } else if (text && !md) boundsTable = null;
    const specimenLine = SPECIMEN_LINE.exec(text);
    if (!specimenLine && otherSpecimenCell(text)) {
      reportSpecimen = 'fluid';
      section = { ...section, specimen: 'fluid' };
    }
    if (specimenLine) {
      const was = reportSpecimen;
      // (readfixA) A specimen line naming a body fluid alone (`Specimen: CSF`, `Sample: Pleural fluid`) makes the rows fluid's.
      reportSpecimen = urineAlone(specimenLine[1]!) ? 'urine' : fluidAlone(specimenLine[1]!) || otherSpecimenAlone(specimenLine[1]!) ? 'fluid' : undefined;
      if (reportSpecimen === 'urine' && rows.length > sectionStart) specimenBelow = { from: sectionStart, to: rows.length };
      if (reportSpecimen) section = { ...section, specimen: reportSpecimen };
      else if (section.specimen === 'urine' && (was || /\b(?:blood|serum|plasma|edta|sst)\b/i.test(specimenLine[1]!))) section = section.absolute ? { absolute: true } : {};
    }
    if (!text || isSeparator(text)) {
      if (pending) gap++;
      tiersUnder = null;
      underRangeLabel = null;
      commentFor = null;
      // A blank line ends a Markdown, HTML or CSV table: a note under it is the table's, not its last row's.
      // (hdrroles) Where the line before the blank was the table's (a row of its own cells): a row read from plain lines
      // after the table (`IRON :` / `84` / `28-170 ug/dL`, a PDF converter's cells one a line, blank lines between) goes
      // on over blank lines as without the table above, whether or not its header was known.
      if (table?.byIndex && lastLineCells) open = null;
      // (A printed table of bounds goes on over blank lines: a forum post spaces every line of it.)
      if (boundsOnly === 'cells') boundsOnly = null;
      orderList = null;
      continue;
    }
    lastLineCells = Boolean(line.tableCells || md);
    // (labs56) A tier under the one printed right of a row's value (`- Risco aumentado : 5,7 a 6,4 %` under `-Hemoglobina
    // glicada:  5,4 %  - Normal : Inferior a 5,7 %`), on the next line: the row's range goes on, never a row of its own.
    const right = tiersRight as { row: RawRow; at: number } | null;
    tiersRight = null;
    if (right && indexOfLine.get(line) === right.at + 1 && !md && tierLineUnder(line.text, right.row.rangeText ?? '', opts)) {
      right.row.rangeText = `${right.row.rangeText} ${line.text.trim().replace(/\s+/g, ' ')}`;
      tiersRight = { row: right.row, at: right.at + 1 };
      continue;
    }
    // (labs56) A page counter on its line (`Pág.: 1 / 18`, `Página 2 de 5`: isPageCounter, isInterlude's too) is skipped
    // before anything reads it (`Pág.: 1 / 18` read as a name, a value and a unit `/`).
    // (set 24) So is a footer line that opens with one, the report's number and the patient's name after a gap (`Seite 1
    // von 2        Auftrag 2502110874 - SCHRÖDER, Matthias`: under a header, read as a row `Seite 1 von` of value 2).
    if (!md && (isPageCounter(text) || PAGE_COUNTER_CELL.test(text))) {
      open = null;
      continue;
    }
    if (!pending && pendingNotes.length) {
      unattached(pendingNotes);
      pendingNotes = [];
    }
    const notes = lineNotes as { line: SourceLine; texts: string[] } | null;
    if (notes) {
      unattached([{ ...notes.line, text: notes.texts.join(' ') }]);
      lineNotes = null;
    }
    const byIndex = Boolean(line.tableCells || md);
    let tableCells = line.cells ?? md;
    if (tableCells?.some((c) => c.text.includes('\n'))) {
      // A cell over several lines: its method and comment lines are the row's comment, the rest its text.
      const texts: string[] = [];
      tableCells = tableCells.map((c) => {
        const keep: string[] = [];
        for (const part of c.text.split('\n')) (keep.length && commentKind(part) ? texts : keep).push(part);
        return { ...c, text: keep.join(' ') };
      });
      if (texts.length) lineNotes = { line, texts };
    }
    const cells: Cell[] = tableCells ?? printedCells(line.text, text);
    const filled = cells.filter((c) => c.text.trim()).length;
    if (headerContinuations.has(line)) continue;
    // (labs39fix) `NREF` ('no reference') after a name or where the range goes (`Ferritin NREF (10-291) 41`,
    // `Ferritin 41 NREF`): no part of the name and no range.
    const flat = byIndex ? inRowOrder(cells.map((c) => c.text.trim()).filter(Boolean)).join('  ') : text.replace(NO_REFERENCE, '');
    // (set 9, NR01, NR02) A header of an order's or a price list's columns and no result's (`Test  Code  CPT  Tube`,
    // `Panel / Test  Biomarkers  Price`: orderListHeader): the lines under it, to a blank line or a results table's
    // header, are tests ordered or priced, never results — their order codes, CPT codes and biomarker counts were read
    // as values (`Hemoglobin A1c  001453  83036  LAV`: an HbA1c of 1453).
    if (filled >= 2 && orderListHeader(cells)) {
      orderList = { page: line.page };
      table = null;
      pending = null;
      open = null;
      continue;
    }
    // (review 16) The list ends at a blank line, a results table's header, a line with no digit (a heading: `RESULTS`)
    // or a page's break (the PDF's next page, a form feed, `Page 2 of 3`: as repeatedOnPages parts pages), and at a row
    // with a unit or a range and no price: a requisition's lines print codes, a price list's prices, neither a unit.
    if (orderList) {
      const pageBreak = line.page !== orderList.page || /\f/.test(line.text) || PAGE_OF_PAGES.test(line.text);
      const asRow = /\d/.test(flat) && !pageBreak && !headerColumns(cells, byIndex) ? parseRowLine(flat, opts) : undefined;
      if (asRow !== undefined && !(asRow && (asRow.unit || asRow.rangeText) && !/[$€£]/u.test(flat))) {
        warnings.push(unread(line, 'unreadable-line'));
        continue;
      }
      orderList = null;
    }
    const before = commentFor as { row: RawRow; indent: number; text: string } | null;
    commentFor = null;
    // A table of bounds ends at its first line that is not one of its rows (prose, a result with its unit, another
    // header, a printed line under a table of cells): the results printed after it are read (labsfix3132).
    if (boundsOnly && (!isBoundsRow(flat) || (boundsOnly === 'cells') !== byIndex)) boundsOnly = null;

    // A page's header or footer line with a page mark in one of its cells (`Page 1 of 2   Printed 03/03/2025   Lab ref
    // 25-123456`): no row, and what waits across the page break still waits.
    // (quest) So is a line that ends in its page mark after the patient's name and id (isPageFooter), in one cell or more.
    // (b68) And a footer between asterisks (`*** END OF REPORT - PAGE 2 ***`: starredFooter), read as a row before.
    if ((filled >= 2 && cells.some((c) => isInterlude(c.text) && /\bpage\b/i.test(c.text))) || (!byIndex && (isPageFooter(flat) || starredFooter(flat.trim())))) {
      open = null;
      continue;
    }
    // (groups) A row under a line of units repeated per group (`%  /mm3  %  /mm3  %  /mm3`): its results, each with its
    // groups' ranges (rowsUnderUnitColumns).
    const byUnitColumns = underUnitColumns.get(line);
    if (byUnitColumns) {
      for (const r of byUnitColumns) push(r, line);
      continue;
    }
    // A report header printed one box a line (OCR of a photographed report: `Patient ID` / `:` / `PN2` / `Age/Gender` /
    // `20/Male`): a patient-detail label alone on its line and the line under it (after lone marks, `:`, `"`) are the
    // report's metadata — the label waits for no value, and its content (`20/Male`) is no value of a name above it.
    // (A line under the label that names a test the catalog knows, or is a row of one, or another label, is read as any
    // line is.)
    const single = !byIndex && filled <= 1;
    if (detailContent && single && /^[\p{P}\p{S}]+$/u.test(flat.trim())) continue;
    const detailAbove = detailContent;
    detailContent = false;
    // (Between a name alone and its value, `Ferritin` / `Report Date` / `14/03/2024` / `22`, `Glucose` / `Collection
    // Date` / `…` / `Your Value` / `110 mg/dL`: the label and its content are skipped, the name still waits — labs28afix.)
    // (Asked only where a detail label or its content is skipped: the catalog's answer for a name it does not know is a
    // walk through all its rules, and the name waiting may be any line of a text that is no report.)
    const nameWaits = () => Boolean(pending && knownName((pending as SourceLine).text.trim()));
    if (single && PATIENT_DETAIL_LABEL.test(flat.trim())) {
      if (!nameWaits()) {
        pending = null;
        names = [];
        open = null;
      }
      detailContent = true;
      continue;
    }
    const detailRow = detailAbove && single ? parseRowLine(flat, opts) : null;
    if (detailAbove && single && !opts.knows?.(cleanName(flat)) && !(detailRow && opts.knows?.(detailRow.name)) && !commentKind(flat)) {
      if (!nameWaits()) {
        pending = null;
        names = [];
        open = null;
      }
      continue;
    }
    // A method, evaluation or comment line belongs to the row above it (or to the row a name waiting for its value
    // makes); with no row to belong to, a note is a warning, a site or specimen line is the report's metadata.
    const kind = commentKind(flat);
    if (kind) {
      const o = open as RawRow | null;
      if (kind === 'site') {
        if (before) note(before.row, line, flat);
      } else if (o && !letterhead.has(line)) note(o, line, flat);
      else if (pending && COMMENT_LABEL_ALONE.test(flat) && names.length <= 1 && namesAfterRow && !nameWaits()) {
        // (labs54fix) A comment's label alone (`Comment:`, `Interpretation :`) under a name waiting for its value opens
        // the comment of the rows above: the line waiting there (a row's method, `Calculated`) names nothing under it —
        // an interpretation's table (`≤5.6` / `Normal` / `5.7-6.4`) has no name line, and is no row.
        // (fix54) Only a line printed right under a row, alone, that the catalog does not know: a name over the label
        // (`Ferritin` / `Comment:` / `45`, `Zinc` / `Interpretation :` / `85` first on its page) still waits for it.
        unattached([...pendingNotes, line]);
        pendingNotes = [];
        pending = null;
        names = [];
      } else if (pending) pendingNotes.push(line);
      else unattached([line]);
      continue;
    }
    // A numbered caption (`TABLE 70.2 Cerebrospinal Fluid Results on Admission`) heads the table under it.
    const caption = /^(?:table|tab\.)\s*\d+(?:\.\d+)*[.:]?\s+(\S.*)$/i.exec(flat.trim());
    if (caption) {
      heading(caption[1]!);
      pending = null;
      open = null;
      continue;
    }
    // (b67u) A Brazilian urinalysis's heading with its type in figures (`URINA TIPO 1`, `EAS - Urina tipo 1`, `Exame de
    // urina tipo 1`): a heading, no row of a name `Urina tipo` and a value 1.
    if (!byIndex && URINE_TYPE_HEADING.test(foldName(flat))) {
      heading(flat);
      pending = null;
      open = null;
      continue;
    }
    // `Reference Range` alone on its line under a row printed without one (Quest: `HS CRP  0.8  mg/L` / `Reference Range`
    // / `Optimal  <1.0` / `Average  1.0-3.0` / `High  >3.0`): the tiers under it, each a label and one bound or
    // interval, are the row's range as printed (no bounds: which tier is the reference is not said), and so is a line of
    // words alone among them when a tier follows it (a population's, `Female` over its phases). The tiers are printed
    // indented under the row's name (`tierOf`); any other line ends them and is read as it is: a row of a test the
    // catalog knows is never a tier.
    const tiersAbove = tiersUnder as TiersOwner | null;
    tiersUnder = null;
    if (tiersAbove && (tierOf(tiersAbove, line.text, flat) || (tierOf(tiersAbove, line.text, flat, true) && tierAhead(line, tiersAbove)))) {
      const tier = flat.replace(/\s+/g, ' ').trim();
      const owner = tiersAbove.row;
      owner.rangeText = owner.rangeText ? `${owner.rangeText} ${tier}` : tier;
      tiersUnder = tiersAbove;
      continue;
    }
    const under = open as RawRow | null;
    if (under && !under.rangeText && !under.range && under === rows[rows.length - 1] && RANGE_LABEL_ALONE.test(flat)) {
      const owner = tiersOwner(under);
      if (tierAhead(line, owner)) {
        tiersUnder = owner;
        continue;
      }
    }
    // `RESULTADO: 96 µg/dL` / `Valor de referência:` / `ADULTOS: 33 a 193 µg/dL` (a Brazilian laboratory's PDF text): the
    // range lines under a reference label alone — an interval or a bound (`250 a 425 µg/dL`, `Até 150`), or one with its
    // population's or tier's label (`Homens : 30 a 400 ng/mL`, `Diabetes mellitus : >=126 mg/dL`) — are the range of the
    // row above the label, and never rows of their own. The first line that is none ends them, and so does a line labelled
    // with a test the catalog knows (`Troponin I: <0.01 ng/mL`, `eGFR: >90 mL/min/1.73m2`: the next rows, printed
    // `Name: value`) or in another unit than the row's or the first range line's: it is read as any line is.
    const underLabel = underRangeLabel as { row: RawRow | null; lines: string[] } | null;
    underRangeLabel = null;
    const underRead = underLabel ? rangeLineUnderLabel(flat) : null;
    // (groups) A line of several groups' labelled ranges side by side (`Mulheres: 23 a 442 ng/mL   Homens: 34 a 500
    // ng/mL`): each group a range line of the block, as if printed one under the other (the range then their text whole).
    const groupLines = underLabel && !underRead ? groupRangeLines(flat) : null;
    if (underLabel && groupLines && groupLines.every((g) => !labelledRowUnderLabel(rangeLineUnderLabel(g)!, underLabel, opts))) {
      underLabel.lines.push(...groupLines);
      const row = underLabel.row;
      if (row && !rangeUnitDisagrees(row.unit, rangeLineUnderLabel(underLabel.lines[0]!)!.range, opts.chargeOf?.(row.name))) takeRangeUnderLabel(row, underLabel.lines);
      underRangeLabel = underLabel;
      continue;
    }
    if (underLabel && underRead && !labelledRowUnderLabel(underRead, underLabel, opts)) {
      underLabel.lines.push(flat.trim());
      const row = underLabel.row;
      if (row && !rangeUnitDisagrees(row.unit, rangeLineUnderLabel(underLabel.lines[0]!)!.range, opts.chargeOf?.(row.name))) takeRangeUnderLabel(row, underLabel.lines);
      underRangeLabel = underLabel;
      continue;
    }
    if (REFERENCE_LABEL_LINE.test(flat.trim())) {
      const o = open as RawRow | null;
      underRangeLabel = { row: o && o === rows[rows.length - 1] && !o.rangeText && !o.range ? o : null, lines: [] };
      continue;
    }
    const tiersOf = rangeFor as RawRow | null;
    rangeFor = null;
    // Tiers of a range printed under its `Reference:` line (`5.7-6.4% (Pre-diabetic)`, `≥6.5% (Diabetic)`).
    // (A lone number is no tier: a page number, a year in a footer.)
    // (fixr86) Nor is a Markdown heading (`### **6. Physical Measurements**` under `* *Reference Range: 8.2 to 11.9*`):
    // it starts the next section, its number is the section's.
    if (tiersOf && RANGE_TIER.test(flat) && !/^\d+$/.test(flat.trim()) && markdownHeadingLevel(line.text) === undefined) {
      tiersOf.rangeText = `${tiersOf.rangeText} ${flat}`;
      rangeFor = tiersOf;
      continue;
    }
    // `Unit: pg/mL`, `Units ng/mL` under a card's value: the row's unit (the same unit again is no news; another unit
    // than the one its value printed is the row's comment). `Flag: H` there: its flag.
    const unitLabel = UNIT_LABEL.exec(flat.trim());
    const unitRow = open as RawRow | null;
    /** The card a label's line under its value speaks of: the row read last, still open, no name waiting for a value. */
    const cardRow = unitRow && unitRow === rows[rows.length - 1] && !pending ? unitRow : null;
    const unitText = unitLabel?.[1] ?? '';
    // (A real unit: one the unit reader codes, or a unit word; `Unit: 3B`, `Unit 7A` name a ward — labs28afix.)
    if (unitLabel && cardRow && realUnit(unitText)) {
      if (!cardRow.unit) cardRow.unit = unitText;
      else if (!unitsAgree(cardRow.unit, unitText, opts.chargeOf?.(cardRow.name))) appendComment(cardRow, flat.trim());
      continue;
    }
    // (`Unit 7A` alone with no real unit after the label: a ward's line, no row `Unit` = 7.)
    if (unitLabel && !pending && !realUnit(unitText) && /^[A-Za-z]?\d+[A-Za-z]?$/.test(unitText)) continue;
    const flagLabel = FLAG_LABEL.exec(flat.trim());
    // (set 25) Or a code with its meaning in brackets (`Interpretation: LL (Critical low)`: flags.ts normalizeFlag).
    if (flagLabel && cardRow && (STATUS_LINE.test(flagLabel[1]!.trim()) || (flagLabel[1]!.includes('(') && normalizeFlag(flagLabel[1]!.trim()) !== null))) {
      cardRow.flag ??= flagLabel[1]!.trim();
      continue;
    }
    // (statuscard) A card's status line under its value (`Status: Below range`, `Status: Low`, `Status: Optimal`, a
    // consumer dashboard's): the row's flag where the words say one (normalizeFlag), and no line between the value and
    // its range either way (the range line after it had been lost, and the flag with it). So are a dashboard's status
    // words alone (`In Range`, `Above Range`) between a value with no range and the range's line after it
    // (`Testosterone, Total` / `612 ng/dL` / `In Range` / `264–916 ng/dL`).
    if (cardRow) {
      const statusLabel = STATUS_LABEL.exec(flat.trim());
      if (statusLabel) {
        if (normalizeFlag(statusLabel[1]!.trim())) cardRow.flag ??= statusLabel[1]!.trim();
        continue;
      }
      if (cardRow.rangeText === undefined && STATUS_WORDS_ALONE.test(flat.trim()) && normalizeFlag(flat.trim())
        && readsAsRange(lineText(lines[indexOfLine.get(line)! + 1]?.text ?? ''))) {
        cardRow.flag ??= flat.trim();
        continue;
      }
    }
    // `Result: 6.5%` under a name on its own line: that name's value; (methodline) also in Markdown's emphasis, label and
    // value alike (`**Result**: **18** Upto 5 mg/l`), as isValueLabel reads it.
    const labelled = VALUE_LABEL.exec(flat) ?? (/\*\*|__/.test(flat) ? VALUE_LABEL.exec(flat.replace(/\*\*|__/g, '')) : null);
    if (labelled && pending) {
      // (fixk) The card's flag printed after its value on the value's line (`Your result: 2.8 mmol/L     Flag: LL`, a
      // portal's result block): the row's flag (FLAG_LABEL), the value read without it.
      const flagAfter = VALUE_FLAG_AFTER.exec(labelled[1]!);
      const flagged = flagAfter && STATUS_LINE.test(flagAfter[2]!.trim()) ? flagAfter : null;
      const value = valueOnly(flagged ? flagged[1]! : labelled[1]!);
      if (value && flagged) value.flag ??= flagged[2]!.trim();
      if (value) {
        // (After `=` alone the name is read whole, as on one line: `Corrected Calcium` / `= 2.40 mmol/L` is no calcium.)
        const printedName = (pending as SourceLine).text.trim();
        push({ name: flat.trimStart().startsWith('=') ? cleanName(printedName) : bindableName(printedName, opts), ...value }, line);
        continue;
      }
      // (fixr85a) The value's line with the range column beside it, that column printed over several lines of tiers
      // (`Resultado: 318 ng/dL` / `Homens adultos`, `21 a 49 anos: 165 a 753 ng/dL`, … under it in the same column):
      // the row is the value's, its range the column's lines joined (rangeColumnBeside), never lost for the column.
      const column = rangeColumnBeside(line, labelled[1]!, lines, indexOfLine.get(line)!);
      if (column) {
        const printedName = (pending as SourceLine).text.trim();
        const row = push({ name: bindableName(printedName, opts), ...column.value, ...column.range }, line);
        if (row) for (const l of column.lines) inRangeColumnOfRow.add(l);
        continue;
      }
    }
    // Under a fixed-width header, a line with text in the range column alone continues the range of the row above
    // (`Desirable : < 200` / `Borderline: 200-239` / `High : > 240`), as a Markdown table's next cells do.
    // A range cut at its dash (`3.5 -`), its upper bound alone on the next line (`5.1`): the range continues — under a
    // header, only when that number sits in the range column (not a previous result: `30 -` / `| | | | | 22 |`).
    // (groups) Another group's labelled range alone on the line under a row whose range is labelled groups (`12 mm
    // Mulher: até 15 mm` / `Homem: até 7 mm`, the range column wrapped): the row's range goes on (groupsContinued).
    const grouped = open as RawRow | null;
    if (grouped && grouped === rows[rows.length - 1] && !pending && !byIndex && lines[indexOfLine.get(line)! - 1]?.text.trim() && groupsContinued(grouped, flat)) {
      grouped.rangeText = `${grouped.rangeText} ${flat.trim().replace(/\s+/g, ' ')}`;
      // (groups review) Several groups now: no bounds (a lone group's were the row's).
      delete grouped.range;
      continue;
    }
    const dashed = open as RawRow | null;
    if (dashed?.rangeText && !dashed.range && /\d\s*[-–—]$/.test(dashed.rangeText) && filled === 1 && /^\d+(?:[.,]\d+)?$/.test(flat)
      && (!table || inRangeColumn(cells, table.columns, Boolean(table.byIndex && byIndex)))) {
      dashed.rangeText = `${dashed.rangeText} ${flat}`;
      continue;
    }
    if (table && !table.byIndex && !byIndex && filled === 1 && open) {
      const values = assignCells(cells, table.columns, false);
      const at = values.findIndex(Boolean);
      const cell = cells.find((c) => c.text.trim())!;
      // The text starts in the range column (a sentence from the left margin that runs under it is no range).
      // (tierrole) Or in a tier's column (`<1.0` alone under `Optimal`): the row's tiers go on with it after that tier's
      // label, text only (continueTiers) — never the row's range with bounds.
      const col = table.columns[at];
      if ((col?.role === 'range' || col?.role === 'tier') && cell.x >= col.x - 2 && (readsAsRange(values[at]!) || tierLabelledRange(values[at]!))) {
        const o = open as RawRow;
        if (col.role === 'tier') continueTiers(o, [{ label: col.tier ?? '', text: values[at]! }]);
        else o.rangeText = o.rangeText ? `${o.rangeText} ${values[at]}` : values[at]!;
        continue;
      }
    }
    // A comment over several lines: the next line continues it when it reads as the same sentence (starts in lower
    // case, is indented under it, or the comment broke after a comma or a dash) and is not a row of a known test.
    if (before?.text && !byIndex && continuesComment(before, line, flat)) {
      const row = parseRowLine(flat, opts);
      if (!row || !opts.knows?.(row.name)) {
        note(before.row, line, flat);
        continue;
      }
    }

    // A column header starts (or restarts, on a new page) a table.
    // (labs54fix) Not a patient's label and its content (`Patient Name :   Test Patient`: the patient's name may hold
    // header words), printed text or not: the report's metadata.
    const detailLabelled = /^([^:]{1,40}:)\s*\S/.exec(flat.trim());
    if (filled >= 2 && !(detailLabelled && PATIENT_DETAIL_LABEL.test(detailLabelled[1]!))) {
      // (set 14, CU03) The header's dates on the line below it (withHeaderDatesBelow): one header, that line no other.
      // (Looked for only where the line below holds two dates' digits at least: every line of two cells comes here.)
      const nextLine = byIndex ? undefined : lines[indexOfLine.get(line)! + 1];
      const datesBelow = nextLine && !nextLine.cells && (nextLine.text.match(DATE_DIGITS) ?? []).length >= 2;
      const withDates = datesBelow ? withHeaderDatesBelow(cells, printedCells(nextLine!.text, lineText(nextLine!.text))) : null;
      const dated = withDates ? headerColumns(withDates, byIndex) : null;
      if (dated) headerContinuations.add(nextLine!);
      const columns = dated ?? headerColumns(cells, byIndex, undefined, byIndex ? undefined : (c) => rowsStandUnder(c, lines, indexOfLine.get(line)! + 1)) ?? (byIndex ? otherColumnsHeader(cells, line, lines) : null);
      if (columns) {
        // (fixabg) A header whose name column's cell names a specimen other than blood and urine (`SEMEN ANALYSIS
        // Result  Units  Lower reference limit`): the section of that specimen opens, as the heading alone opens it.
        const first = cells.find((c) => c.text.trim())?.text.trim();
        if (first && cells[0]?.text.trim() && !isHeaderWords(first) && sectionOf(first)?.specimen === 'fluid') heading(first);
        // (mend12) Another table's header after a body fluid's rows (`Test  Result  Units  Reference` under a CSF's
        // glucose and protein): the fluid's table has ended, its rows the blood's again. (Right under the fluid's
        // heading, before a row, the header is the fluid's table's own.) So do an analyser's input values.
        else if (section.specimen === 'fluid' && rows.length > sectionStart) section = { ...section, specimen: undefined };
        if (section.inputs) section = { ...section, inputs: false };
        table = { columns, byIndex, ...(line.table !== undefined ? { source: { table: line.table, width: cells.length } } : byIndex ? { width: cells.length } : {}) };
        // (b64 review and mend) A column header ends a vital signs block: its table is the laboratory's.
        if (section.vitals) section = { ...section, vitals: false };
        if (md && table.width !== undefined) markdownTables.push(table);
        headerJustSet = true;
        pending = null;
        open = null;
        continue;
      }
    }

    // Another HTML table of another width (a signature block under the results): the header does not name its columns.
    const source = table?.source;
    if (source && line.table !== undefined && line.table !== source.table && cells.length !== source.width) table = null;
    // So is an HTML table of another width under a Markdown table's header (a page of Markdown with `<table>` blocks):
    // narrower, its cells would take the wrong columns; wider (a flag, a previous result, a comment, a row number more),
    // the cells past the header would be glued onto its last column (the range).
    // One cell wider by a column of flags only (`H`, `L` or nothing on every row of that table), it is the header with a
    // flag column there.
    const widened = table && !source && table.width !== undefined && line.table !== undefined && cells.length === table.width + 1
      ? flagColumnAdded(table.columns, line.table, lines, flagColumns) : null;
    if (table && !source && table.width !== undefined && line.table !== undefined && cells.length !== table.width && !widened) table = null;
    // (labs34fix, review) A Markdown row with text in cells past its header's last column. Where an earlier Markdown
    // header of the report is exactly as wide as the row, the row goes on with that header's table under another
    // header (a page's header repeated over the next page's part of the table: `| Teste | Valor | Unidade | Referência |
    // Status |` over `| Eosinófilos | 3,1 | 212/µL | 0,2 a 8,5 | 100 a 500/µL | Normal |`): it and the rows after it
    // are read by that header. Else it is read by its header when the cells past its last column are a flag alone (the
    // row's flag: `| Glucose | 132 | mg/dL | 70 - 99 | H |`) or words, a note (the row's comment: `| Ferritin | 8 |
    // ng/mL | 15 - 150 | low iron stores, repeat in 3 months |`); numbers there (`| Eosinophils | 2.2 | 160/uL | 0.5 -
    // 6.0 | 40 - 500/uL |`: another table's columns) say the header does not name the row's cells: the row is left to
    // the readers below.
    let pastHeader: string[] = [];
    let widerThanHeader = false;
    if (table && md && byIndex && table.width !== undefined && line.table === undefined && cells.slice(table.width).some((c) => c.text.trim())) {
      const current: TableState = table;
      const resumed = [...markdownTables].reverse().find((t) => t !== current && t.width === cells.length);
      pastHeader = resumed ? [] : cells.slice(current.width).map((c) => c.text.trim()).filter(Boolean);
      if (resumed) table = resumed;
      else if (!((pastHeader.length === 1 && parseFlagToken(pastHeader[0]!)) || pastHeader.every(isNoteCell))) widerThanHeader = true;
    }
    // (fixige) A line of column-header words that headerColumns did not take (a table's header printed again with a
    // column word it lacks: `Test  Result  Units  Therapeutic range`) is never a row under the header above it (the
    // first cell's `Test` no testosterone, `Result` no value): no row, and the table's columns stay.
    // (mend14, review cr10) Not a line whose last cell answers a test (`Test result        Positive`: a qualitative result).
    if (table && !byIndex && (isColumnHeader(flat) || headerWordsLine(cells)) && !isQualitativeAnswer(cells.map((c) => c.text.trim()).filter(Boolean).at(-1) ?? '')) {
      pending = null;
      open = null;
      continue;
    }
    /** A row under a column header whose result cell could not be read (see readColumns): the name its cells give. */
    let unreadCell: { name: string } | null = null;
    // Under a header: cells by column.
    // (diffcols) Not a differential's line of a percentage and a count (percentsBesideCounts): its counts agree with
    // its percentages and its range is the count's, whatever one `Reference` column beside `Relative  Absolute` seems
    // to say (read by the header, the count's range went on the percentage). It is read as one below.
    if (table && !widerThanHeader && (filled >= 2 || (byIndex && filled >= 1)) && !bareDifferential.has(line)) {
      const view: TableState = widened ? { ...table, columns: widened } : table;
      // Under a header with a flag column, a comparator printed in that column (`11.2  <  12.0 - 16.0`) is the flag.
      const flagColumn = !tableCells ? view.columns.find((c) => c.role === 'flag') : undefined;
      const inFlag = (c: Cell) => Boolean(flagColumn && c.x < flagColumn.end + 2 && c.end > flagColumn.x - 2);
      const rowCells = flagColumn ? printedCells(line.text, text, inFlag) : pastHeader.length ? cells.slice(0, view.width) : cells;
      // (ocrlis) A heading above (`Endocrine`, `Chemistry`: a line naming no test the catalog knows) over a row whose first
      // cell names one is no name the row's cells follow: that cell is the row's name, as without the heading.
      const above = pending as SourceLine | null;
      const firstCell = rowCells.find((c) => c.text.trim())?.text.trim() ?? '';
      const afterName = above !== null && !(knownName(firstCell) && !knownName(above.text.trim()));
      const { columns: rowColumns, values: columnValues } = assignRow(rowCells, view.columns, view.byIndex && byIndex, { afterName, knows: (n) => Boolean(opts.knows?.(cleanName(n))), knowsWord: opts.knowsWord });
      const inRange = withinRangeHeader(rowCells, view.columns, view.byIndex && byIndex);
      // A specimen column that says urine (`Urine portie`) makes the row's analyte the urine one, as a heading would;
      // so does a panel column that names urine (`Badanie ogólne moczu`, `Osad moczu`, `Urinalysis`), and the row's
      // words are then read as a urine section's are (`Azotyny  nieobecne`).
      // (A panel of both, `Kidney function (blood and urine)`, `Klirens kreatyniny (surowica i mocz)`, says nothing of the row.)
      const urinePanel = columnValues.some((v, i) => rowColumns[i]?.panel && /\burin(?:e|alysis)\b/i.test(urineInEnglish(v)) && !PANEL_BLOOD_WORD.test(v));
      const inUrine = /\burine\b/i.test(urineInEnglish(columnValues.filter((_, i) => rowColumns[i]?.specimen).join(' '))) || urinePanel;
      // (set 9, CU06) A cumulative table's row with its newest date's cell empty and an earlier date's filled (`Folate
      // (ng/mL)  >3.0  14.2` under `Ref  Jan-24 … Mar-25`): no result of this report — read in print order, its range
      // was its value.
      const valueAt = rowColumns.findIndex((c) => c.role === 'value');
      const name = columnValues.find((v, i) => rowColumns[i]?.role === 'name' && v.trim())?.trim();
      // (review 16) Only under a table of dates (a dated value column, or two earlier columns at least): a value printed
      // out of its column under a `Result  Previous` header is read as before.
      const cumulative = rowColumns.some((c) => c.role === 'value' && c.collectedAt) || rowColumns.filter((c) => c.role === 'previous').length >= 2;
      if (cumulative && name && valueAt >= 0 && !columnValues[valueAt]!.trim()
        && columnValues.some((v, i) => rowColumns[i]?.role === 'previous' && parseValueToken(tokenize(v)[0] ?? ''))) {
        warnings.push(noColumnValue(line, name, flat));
        open = null;
        continue;
      }
      const read = readColumns(columnValues, rowColumns, knowingIn(urinePanel ? 'urine' : section.specimen, opts, section.urineToo), inRange, Boolean(md));
      if (read.kind === 'row') {
        // A result with no name in its row nor above it cannot be a result: a warning, not a row.
        let nameless = false;
        // An open range in a cell (`60 -`) stays text: its upper bound may be wrapped onto the next row (`3.5 -` /
        // `| | | | 5.1 |`), which joins it as a continuation. Only a card's `Range:` line and HL7 read it as that bound and up.
        // (hdrroles) A cumulative table's newest date column: its date is the row's collection date (Column.collectedAt).
        const collectedAt = rowColumns.find((c) => c.role === 'value' && c.collectedAt)?.collectedAt;
        for (const r of read.rows) {
          if (inUrine) Object.assign(r, { specimen: 'urine', specimenOfRow: true });
          if (collectedAt && !r.collectedAt) r.collectedAt = collectedAt;
          if (pastHeader.length === 1 && parseFlagToken(pastHeader[0]!) && !r.flag) r.flag = pastHeader[0]!;
          else if (pastHeader.length) appendComment(r, pastHeader.join(' '));
          nameFromAbove(r);
          if (r.name) push(r, line);
          else nameless = true;
        }
        if (nameless && !letterhead.has(line)) warnings.push(unread(line, 'unreadable-line'));
        continue;
      }
      if (read.kind === 'continuation') {
        const o = open as RawRow | null;
        if (o && read.tiers) continueTiers(o, read.tiers);
        else if (o) o.rangeText = o.rangeText ? `${o.rangeText} ${read.text}` : read.text;
        continue;
      }
      if (read.kind === 'no-result') {
        if (read.reason) warnings.push(notAResult(line, read.name, read.reason));
        else if (read.name) warnings.push({ code: 'no-value', message: `"${read.name}" has no result`, ...at(line), text: flat.slice(0, 300) });
        open = null;
        continue;
      }
      // A result cell that cannot be read: the row is left to the readers below (`17/40` by the printed order), and
      // is a warning where they would otherwise take it for a heading.
      if (read.kind === 'unreadable') unreadCell = { name: read.name };
      // In a table's own cells (Markdown, HTML, CSV) only the printed order may read it, and only under the name its
      // name cell gives: `| Bar | abc 5 |` is no result `Bar abc` of 5.
      if (read.kind === 'unreadable' && byIndex && view.byIndex && !markdownHeaders.has(line) && !letterhead.has(line)) {
        // The printed order is the header's: a range column printed before the result column (`| Test | Reference |
        // Result |`) is read after it, as a row prints them (name, result, unit, range, flag).
        // (tierrole) Under tier columns, wherever printed, the row is read in that order too, its tiers left out (read
        // with the result, `| ESR | 17/40 | <20 | 20-40 | >40 |` had `20-40` for its range and 20 for its result), and
        // they are the row's range as text after (tiersOfRow).
        const roleIndex = (role: Column['role']) => view.columns.findIndex((c) => c.role === role);
        const rangeFirst = roleIndex('range') >= 0 && roleIndex('range') < roleIndex('value');
        const tiered = roleIndex('tier') >= 0;
        const values = rangeFirst || tiered ? assignCells(cells, view.columns, true) : [];
        const inRoleOrder = (['name', 'value', 'unit', 'range', 'flag'] as const)
          .map((role) => values.filter((v, i) => view.columns[i]!.role === role && v.trim()).join(' ')).filter(Boolean).join('  ');
        const row = parseRowLine(rangeFirst || tiered ? inRoleOrder : flat, opts) ?? answerApart(flat, opts);
        const tiers = tiered ? tiersOfRow(values, view.columns) : '';
        if (row && row.name === read.name && tiers && !row.rangeText) Object.assign(row, { rangeText: tiers, rangeTextOnly: true });
        if (row && row.name === read.name) push(row, line);
        else {
          warnings.push(unread(line, 'unreadable-line'));
          pending = null;
          open = null;
        }
        continue;
      }
      // (labs54fix) A value alone, a flag word after it (`41.7  High` under a name alone, one field a line under a
      // header), is no heading though printed under the name column: read below as a value under its name.
      if (read.kind === 'heading' && !(parseValueToken(tokenize(flat)[0] ?? '') && valueOnly(flat))) {
        heading(read.name);
        pending = { ...line, text: read.name };
        if (EMPHASIZED_LINE.test(line.text)) boldNames.add(pending);
        gap = 0;
        open = null;
        continue;
      }
    }

    // No header, but the rows line up: cells by the columns their alignment gives (a row needs the evidence a
    // printed row needs: a unit, a range, a flag or a name the catalog knows).
    // ((diffcols) A differential's line of a percentage and a count has no columns here: alignedColumns leaves it out.)
    const columns = table ? undefined : aligned.get(line);
    // (ocrlis) Not a line of two panels side by side (sideBySideRows): its columns are two rows', read below.
    // (The line read in print order, once: the panels' test and byOrder below ask for it alike.)
    const lineRow = columns && !byIndex ? parseRowLine(flat, opts) : undefined;
    // Undefined where not tried (no aligned columns): tried once more below, with the section's options.
    const panels = lineRow === undefined ? undefined : lineRow ? null : sideBySideRows(flat, opts);
    if (columns && !panels) {
      const read = readColumns(assignCells(cells, columns, false), columns, opts);
      // Where the printed order already reads the same result, it is kept (it reads more of a row's parts).
      const byOrder = read.kind === 'row' && read.rows.length === 1 ? (lineRow === undefined ? parseRowLine(flat, opts) : lineRow) ?? rowWithRangesUnwrapped(flat, opts) : null;
      // (A count is read as printed, `0.3  x10^3/uL  150 - 400`, whatever scale its range seems to be on: the catalog
      // holds no range of a count to choose a scale by.)
      const same = byOrder && read.kind === 'row' && byOrder.value === read.rows[0]!.value && byOrder.valueText === read.rows[0]!.valueText;
      if (read.kind === 'row' && !same) {
        // A qualitative answer in the result column is a result too: the column says so.
        const evident = read.rows.filter((r) => (r.name || pending) && (r.unit || r.rangeText || r.flag || r.valueText || (opts.knows?.(r.name || pending!.text.trim()) ?? false)));
        if (evident.length === read.rows.length) {
          for (const r of read.rows) {
            nameFromAbove(r);
            push(r, line);
          }
          continue;
        }
      } else if (read.kind === 'no-result') {
        if (read.reason) warnings.push(notAResult(line, read.name, read.reason));
        else warnings.push({ code: 'no-value', message: `"${read.name}" has no result`, ...at(line), text: flat.slice(0, 300) });
        open = null;
        continue;
      }
    }

    // Under a urine heading a name the catalog knows only in urine (`Protein  +`, `Blood  +`) is evidence too, and so
    // is what urine microscopy counts (`Squamous Epithelial Cells  +`, `Hyaline casts  2+`), known or not.
    const rowOpts = knowingIn(section.specimen, opts, section.urineToo);
    // `Optimal range: <80 mg/dL`, `Target: <200 mg/dL` under a row (a consumer lab's page, a portal's card): a range
    // other than the reference range, the row's comment — no result named `Optimal range` or `Target`.
    const otherRange = OTHER_RANGE_LINE.exec(flat);
    const last = open as RawRow | null;
    if (otherRange && last && last === rows[rows.length - 1] && readsAsRange(otherRange[1]!.trim())) {
      appendComment(last, flat);
      // (fixc) Under a card whose status was printed over its value (`In Range`, `Above Range`): the range that status
      // was judged against, where the card prints no other (cardRanges, after the text is read).
      if (flaggedOverValue.has(last) && !cardRanges.has(last)) cardRanges.set(last, { text: otherRange[1]!.trim(), line: flat.trim() });
      continue;
    }
    // (cards) `Previous: 102 mg/dL (Sep 2024)` under a card: the earlier result, the row's comment — no row `Previous`;
    // between a name and its value (`ApoB` / `Previous: 102 mg/dL` / `96 mg/dL`) it is passed over, the name still
    // waiting for its value.
    if (!byIndex && isPreviousResultLine(flat)) {
      if (last && last === rows[rows.length - 1] && !pending) appendComment(last, flat.trim());
      continue;
    }
    // (labs42fix) A dated line of results, several on it between semicolons, a quoted comment after the last
    // (`6 Mar. 2012: Glucose fasting 5.9* mmol/L (3.4 to 5.4): 'A fasting glucose …'`, `HbA1c-NGSP (4.0-6.0%): 5.9%;
    // HbA1c-IFCC (20-42 mmol/mol): 41 mmol/mol;`): each result a row (resultsApart).
    // (labs54fix) A bound in words and its unit alone on a line (`Less than 180 mg/dL`, `More than 40 mg/dL`): a range or
    // a goal, never a row named `Less than` nor the value of a name above it (a goals table: `HbA1c` / `Less than 7%`) —
    // the range of the row it is printed under when that row has none and prints its unit (`Glucose` / `105` / `mg/dL`
    // / `Less than 140 mg/dL`), else no row. (Without a unit, `Less than 5` under a name alone is a censored value.)
    const boundInWords = !byIndex && VALUE_BOUND_WORDS.test(flat.trim()) ? valueOnly(flat, false) : null;
    if (boundInWords?.unit && boundInWords.value !== null) {
      if (last && last === rows[rows.length - 1] && !pending && last.value !== null && !last.rangeText && !last.range && last.unit
        && unitsAgree(last.unit, boundInWords.unit, opts.chargeOf?.(last.name))) {
        last.rangeText = flat.trim();
        continue;
      }
      // (fix54) Under a name waiting for its value (`CRP` / `Less than 5 mg/L`, `eGFR` / `Greater than 90 mL/min/1.73m2`):
      // that name's censored value, as `Less than 5` without its unit reads — but not a goal's label: one under a goal
      // not read just above it (`2 Hours after meal` / `Less than 180 mg/dL` / `HbA1c` / `Less than 7%`), nor a name the
      // catalog does not know under a row printed without a range (`Total Cholesterol` / `210` / `mg/dL` / `Desirable` /
      // `Less than 200 mg/dL`).
      const waiting = pending as SourceLine | null;
      const candidates = waiting ? (names.length ? names : [waiting.text.trim()]) : [];
      const name = waiting && lastGoal !== lineAbove(waiting) ? nameOfValue(candidates) : undefined;
      const goalLabel = name !== undefined && !knownName(name) && last && last === rows[rows.length - 1] && last.value !== null
        && !last.rangeText && !last.range;
      if (name !== undefined && !goalLabel) {
        namedAbove = push({ name: bindableName(name, opts), ...boundInWords }, line);
        continue;
      }
      warnings.push(unread(line, 'text-not-read'));
      lastGoal = line;
      pending = null;
      names = [];
      open = null;
      continue;
    }
    const apart = resultsApart(flat, rowOpts);
    if (apart) {
      for (const r of apart) push(r, line);
      continue;
    }
    // Inline: `Hemoglobin: 11.2 g/dL (Ref: 12.0 - 15.5)`. (labs42fix) A range in parentheses before the colon
    // (`HbA1c-IFCC (20-42 mmol/mol): 41 mmol/mol`) is the row's range, not a part of its name: rowWithRangeBeforeValue.
    // (tworanges) An optimal range labelled beside the laboratory's on the row (`Glucose  101  mg/dL  Optimal: 72-86
    // Standard: 65-99`, `Glucose: 101 mg/dL (Optimal 72-86; Reference 65-99)`): the laboratory's is the range.
    const inline = rowWithOptimalRange(flat, rowOpts) ?? (/\)\s*:/.test(flat) ? rowWithRangeBeforeValue(flat, rowOpts) : null) ?? parseInlineRow(flat, rowOpts, () => nextTextLine(line));
    if (inline) {
      push(inline, line);
      continue;
    }

    // Values alone printed before their names (OCR of a table read column by column: `6.1` / `%` / `2-10%` / `:` /
    // `0.3` / `%` / `0-1%` / `Monocytes` / `Basophils`): where no name waits, the row above is whole, and as many
    // test names the catalog knows follow the values as a column, the values are those names' in order; the name
    // lines are then read (labs27c).
    if (!pending && !namesInColumn.length && rows.length && open === rows[rows.length - 1] && open.unit && open.rangeText && valueOnly(flat)) {
      const after = namesAfterValues(line);
      if (after) {
        namesInColumn = after.names;
        for (const l of after.lines) namesTaken.add(l);
      }
    }
    if (namesTaken.has(line) || earlierTaken.has(line)) continue;
    // Ranges printed as a block after their rows (OCR read column by column: `342` / `/uL` / `{#} MPV` / `9.8` / `fL` /
    // `{#} IPF:` / `3.10` / `%` / `150-450/uL` / `6.78-13.46 fL` / `0-5%`): as many range lines, each with a unit,
    // as the rows just read that have none, each unit the row's in order — those rows' ranges (labs27c).
    if (rangesTaken.has(line)) continue;
    if (open && open === rows[rows.length - 1] && !open.rangeText && RANGE_WITH_UNIT.test(flat)) {
      const block: { range: string; unit: string; line: SourceLine }[] = [];
      let end = indexOfLine.get(line)!;
      for (; end < lines.length; end++) {
        const m = RANGE_WITH_UNIT.exec(lineText(lines[end]!.text).trim());
        if (!m) break;
        block.push({ range: m[1]!.trim(), unit: m[2]!.trim(), line: lines[end]! });
      }
      const owners = rows.slice(-block.length);
      // Not those rows' ranges: more rows without a range just before them than the block has lines (which rows the
      // ranges are is not known), or a line of a legend's tiers after it (`Borderline high` / `High`: the ranges are
      // the tiers', not the rows').
      let rangeless = 0;
      while (rangeless < rows.length && !rows[rows.length - 1 - rangeless]!.rangeText && rows[rows.length - 1 - rangeless]!.value !== null) rangeless++;
      const next = lines.slice(end).map((l) => lineText(l.text).trim()).find(Boolean);
      const prev = lines.slice(0, indexOfLine.get(line)!).reverse().map((l) => lineText(l.text).trim()).find(Boolean);
      const legendLine = (t: string | undefined) => Boolean(t && !valueOnly(t) && !opts.knows?.(cleanName(t))
        && (LEGEND_TIER.test(t) || slashLegend(t, opts)));
      // Ranges that continue one another (`4.0-5.6` / `5.7-6.4` / `6.5-15.0`): the bands of one scale, not one row each.
      // Three bands at least without a legend: two rows' own ranges may meet by chance (`1.7-2.2` / `2.3-4.7`,
      // magnesium's and phosphorus's) (labs27cfix3).
      const bands = block.map((b) => b.range.split(/\s*[-–]\s*/).map((x) => Number(x.replace(',', '.'))));
      const tiled = block.length >= 3 && bands.every((b, k) => k === 0 || (b[0]! > bands[k - 1]![1]! && b[0]! - bands[k - 1]![1]! <= stepOf(block[k - 1]!.range.split(/\s*[-–]\s*/)[1]!) + 1e-9));
      const legend = legendLine(next) || legendLine(prev) || tiled;
      if (block.length >= 2 && owners.length === block.length && rangeless === block.length && !legend && owners.every((r, k) => r.value !== null && r.unit && !r.rangeText
        && readsAsRange(block[k]!.range) && unitsAgree(r.unit, block[k]!.unit, opts.chargeOf?.(r.name)))) {
        owners.forEach((r, k) => { r.rangeText = block[k]!.range; });
        for (const b of block) rangesTaken.add(b.line);
        continue;
      }
      // A block whose rows are not known (fewer ranges than rows without one, a legend's tiers): no row's, not even
      // the first range the last row's, though printed under it (review of labs27c).
      if (block.length >= 2 && open.unit && unitsAgree(open.unit, block[0]!.unit, opts.chargeOf?.(open.name))) {
        for (const b of block) rangesTaken.add(b.line);
        continue;
      }
    }
    // A value alone after a column of names whose values follow as a column (see below): the next name's.
    if (namesInColumn.length) {
      const value = valueOnly(flat);
      if (value) {
        namedAbove = push({ name: bindableName(namesInColumn.shift()!, opts), ...value }, line);
        pending = null;
        names = [];
        continue;
      }
      if (isNameFragment(flat) && opts.knows?.(cleanName(flat))) namesInColumn = [];
    }
    // A card's range and status, under the value they belong to.
    const o = open as RawRow | null;
    // A unit wrapped onto the next line (`mL/min/` + `1.73m2`, `x10E3/` + `uL`): the row's unit continues.
    // (`mL/min/1.73` + `m2` too: a unit cut after a slash, a point or a digit.)
    if (o?.unit && (!toUcum(o.unit) || /[/.\d]$/.test(o.unit)) && /^\S{1,12}$/.test(flat) && !parseValueToken(flat) && toUcum(`${o.unit}${flat}`)) {
      o.unit = `${o.unit}${flat}`;
      continue;
    }
    // (set 14, NL04) A name wrapped onto the line under its row, the values on the first line (`Hemoglobin A1c/Hemoglobin
    // .total in  5.9  H  4.0-5.6  %` / `  Blood`, a LOINC long name): the row's name goes on, where the catalog knows
    // neither the first line's words nor the next line's alone and knows them together.
    const wrappedRest = flat.trim();
    if (o && o === rows[rows.length - 1] && !o.biomarkerRef && WRAPPED_NAME_REST.test(wrappedRest) && opts.knows && !opts.knows(cleanName(o.name))
      && !opts.knows(cleanName(wrappedRest)) && opts.knows(cleanName(`${o.name} ${wrappedRest}`))) {
      o.name = `${o.name} ${wrappedRest}`;
      continue;
    }
    // …and the range printed after the rest of the unit (`mL/min/` + `1.73m2   >60`).
    if (o?.unit && !o.rangeText && (!toUcum(o.unit) || /[/.\d]$/.test(o.unit))) {
      const t = tokenize(flat);
      const r = t.length >= 2 && !parseValueToken(t[0]!) && toUcum(`${o.unit}${t[0]}`) ? numericRangeAt(t, 1) : null;
      if (r && 1 + r.span === t.length) {
        o.unit = `${o.unit}${t[0]}`;
        o.rangeText = t.slice(1).join(' ');
        continue;
      }
    }
    // A `Range:` line: the open row's range when it reads as one and its unit, if it prints one, is the row's. Printed
    // under a name not yet given its value, or in another unit than the open row's, it is the range of the row that
    // comes next (`Range: 135 - 145 mmol/L` / `Sodium  140 mmol/L` under `Glucose  105 mg/dL`).
    // (b66r) A range in brackets on the line under a row, alone or after a status said of it (`* Within normal range
    // (12.0 - 16.0 g/dL)`, `* Lower than normal range (4.2 - 5.9 mill/cumm)`, `* (12.0 - 16.0 g/dL)`: an answer's
    // bullet under its `### Name: value` heading): the range of the row directly above (blank lines between only), when
    // it has none and takes the line's unit (refusesRangeLine); its unit where it printed none, its flag from the words
    // (flagOfRangeStatus). Never a row of its own.
    const statusRange = RANGE_IN_BRACKETS_LINE.exec(flat);
    // (mend2) A bracket line in a run of them (tiers, cycle phases: bracketLineRuns) is no row's range; a bracket of
    // bounds alone where no row stands directly above it, the first such line of the report and no run, shows a layout
    // that prints its ranges ABOVE their rows where a row follows the report's last such line (rowAfterLastBracket)
    // (`- (135 - 145 mmol/L)` / `- Sodium: 140 mmol/L` / `- (3.5 - 5.1 mmol/L)` / …): from there on no bracket line is
    // the range of the row above; one of bounds alone is the next row's (rangeAbove, with its unit check).
    const inBracketRun = bracketLineRuns.has(line);
    if (statusRange && !statusRange[1] && !inBracketRun) {
      const alone = bracketedBounds(statusRange[2]!.trim().replace(/\s+/g, ' '), undefined);
      if (alone && !bracketBoundsSeen) {
        bracketBoundsSeen = true;
        if (rowAfterLastBracket && !(o && o === rows[rows.length - 1] && !pending && !sinceRow.interrupted)) rangesAboveRows = true;
      }
      if (alone && rangesAboveRows) {
        rangeAbove = alone;
        continue;
      }
    }
    const upward = !inBracketRun && !rangesAboveRows;
    const bracketed = upward && statusRange && o && o === rows[rows.length - 1] && !pending && !sinceRow.interrupted && o.value !== null && !o.rangeText && !o.range
      ? bracketedBounds(statusRange[2]!.trim().replace(/\s+/g, ' '), o.unit, opts.chargeOf?.(o.name)) : undefined;
    if (statusRange && o && bracketed && o.value !== null && !refusesRangeLine(o, bracketed, opts)) {
      const bounds = bracketed;
      // (mend2) A side's words before one bound on that side (`* Above normal range (> 150 mg/dL)`): where the abnormal
      // zone starts, not the normal range — the words' flag, no bounds.
      const zone = statusRange[1] ? rangeStatusSide(statusRange[1]) : undefined;
      if (zone && boundOfAbnormalZone(zone, bounds)) {
        if (!o.flag) o.flag = flagOfAbnormalZone(zone, o.value, bounds);
        continue;
      }
      o.rangeText = bounds;
      unitFromRangeLine(o, bounds);
      if (statusRange[1] && !o.flag) o.flag = flagOfRangeStatus(rangeStatusSide(statusRange[1]), o.value, bounds);
      rangeFor = o;
      continue;
    }
    // (b66r2) Any other words before the bracketed range (`* Borderline high (desirable: < 200 mg/dL)`, `* Above optimal
    // (< 100 mg/dL)`, `- Dans la norme (187 - 883 pg/mL)`, `* Ligeramente por encima del rango (3,5 - 5,1 mmol/L)`): a
    // status of the row directly above, on the same terms, where statusLabelOfBounds takes the words as one (a target's
    // label in the bracket, `desirable:`, is the range's, its bound the row's range); the flag the words' side where the
    // flag words read one (labelSide), else the range's.
    const wordsRange = statusRange ? null : WORDS_THEN_BRACKETED_RANGE.exec(flat);
    if (upward && wordsRange && o && o === rows[rows.length - 1] && !pending && !sinceRow.interrupted && o.value !== null && !o.rangeText && !o.range) {
      const inner = wordsRange[2]!.trim().replace(/\s+/g, ' ');
      const bounds = bracketedBounds(unlabelled(inner), o.unit, opts.chargeOf?.(o.name));
      if (bounds && !refusesRangeLine(o, bounds, opts) && statusLabelOfBounds(wordsRange[1]!, o.value, bounds, true)) {
        o.rangeText = bounds;
        unitFromRangeLine(o, bounds);
        if (labelSide(wordsRange[1]!) && !o.flag) o.flag = flagOfRangeStatus('outside', o.value, bounds);
        rangeFor = o;
        continue;
      }
    }
    const printedRange = rangeOnItsLine(flat);
    // (quest) `Reference Range: mg/dL (calc)` under a row printed with its value alone (`LDL-Cholesterol  129 H`): a
    // range line that prints the unit and no bounds (Quest's, for a result it gives no reference): the row's unit.
    const unitOnly = printedRange && o && o === rows[rows.length - 1] && !pending && !o.unit && !o.rangeText && o.value !== null
      && !unitNotMeasured(o, printedRange, opts) && unitOfRangeLine(printedRange, true);
    if (unitOnly && o) {
      o.unit = unitOnly;
      continue;
    }
    if (printedRange && (readsAsRange(printedRange) || rangeThenWords(printedRange) || openRangeAbove(printedRange))) {
      // (fixr86) A range line under a Markdown heading printed after the last row (`- **Ferritin**: 45 ug/L` / `### Iron
      // studies` / `- Reference range: 15 - 300`) is no range of a row above the heading: the heading starts another
      // section. It is read as a range printed over the row under it (rangeAbove), as with no row above.
      // (mend26) Only under a heading that names a test (`### Potassium` / `Reference range: 3.5 - 5.3` / `Result: 4.1
      // mmol/L`): that test's range, printed over its result. Under a heading that names none (`## Notes`, `## Reference`,
      // `### Iron studies`) the range line is left unread: it is no row's above the heading, and the first row under it
      // may be any other test (`Haemoglobin 140 g/L` had taken the ferritin's `15 - 300` above it).
      if (headingAfterRow === rows.length) {
        // (No row read yet: a report printing its ranges over its rows under headings, `## Lipid Panel` / `Normal range: <
        // 200 mg/dL` / `### Total Cholesterol`, keeps its range over the row, as before.)
        if (headingNamesTest || rows.length === 0) rangeAbove = printedRange;
        else warnings.push(unread(line, 'unreadable-line'));
        continue;
      }
      // (fixr86) A range line set in emphasis (`* *Reference Range: 133 to 146*`, an LLM's re-set list: lineText) is the
      // range of the row read on the line right above it, and of no other: after a note (`* *Note: …*`), a paragraph or
      // a line that read no row it is left unread, as before — such a list prints each range right under its result.
      if (rangeLineEmphasized(line.text) && !rowOnLineAbove) {
        warnings.push(unread(line, 'unreadable-line'));
        continue;
      }
      // A note between the row and its range (`Glucose  105 mg/dL` / `Fasting specimen` / `Range: 70 - 99`) does not
      // close the row, unless the report prints its cards' ranges before their values.
      const above = noteOf as RawRow | null;
      if (pending && above && above === rows[rows.length - 1] && names.length === 1 && !rangesFirst && !above.rangeText
        && !refusesRangeLine(above, printedRange, opts)) {
        above.rangeText = printedRange;
        unitFromRangeLine(above, printedRange);
        const openAbove = openRangeAbove(printedRange);
        if (openAbove) above.range = openAbove;
        appendComment(above, (pending as SourceLine).text.trim());
        pending = null;
        names = [];
        noteOf = null;
        open = above;
        rangeFor = above;
        continue;
      }
      const refused = Boolean(o && refusesRangeLine(o, printedRange, opts));
      const another = Boolean(pending) || refused;
      // A range refused by the row it is printed under is no next row's either where that row prints a range line of
      // its own under it: the refusing row's comment (`Creatinine  88 umol/L` / `Range: 0.7 - 1.3 mg/dL` / `Albumin  40
      // g/L` / `Range: 3.5 - 5.0 g/dL`: albumin does not take creatinine's range). Where the next row has none, the
      // report prints its ranges over their rows, and it is the next row's.
      // (rangelabels) The next two lines with text looked for only here, not the rest of the report cleaned for each
      // range line (the square of a report of range lines).
      const [nextRow, underIt] = o && refused && !pending && !rangesFirst ? textsAfter(line, 2) : [];
      if (o && refused && !pending && !rangesFirst && nextRow !== undefined && !RANGE_LINE.test(nextRow) && RANGE_LINE.test(underIt ?? '')) {
        appendComment(o, flat);
        continue;
      }
      if (o && !o.rangeText && !another) {
        o.rangeText = printedRange;
        unitFromRangeLine(o, printedRange);
        // `Range: 90 - ` on a line of its own is whole: an open range, that bound and up.
        const openAbove = openRangeAbove(o.rangeText);
        if (openAbove) o.range = openAbove;
        rangeFor = o;
        continue;
      }
      // (mend5) A card's labelled reference line after a comment that closed the card (`Optimal: 50 - 80` / `Vitamin D
      // supports bone and immune health.` / `Reference interval: 30 - 100 ng/mL`): the card's range, never the next
      // card's. Only under a card that printed its status over its value (flaggedOverValue), no name waiting.
      const card = rows[rows.length - 1];
      if (!o && !pending && names.length === 0 && !rangesFirst && card && flaggedOverValue.has(card) && !card.rangeText && !card.range
        && !refusesRangeLine(card, printedRange, opts)) {
        card.rangeText = printedRange;
        unitFromRangeLine(card, printedRange);
        continue;
      }
      if (!o || another) {
        rangeAbove = printedRange;
        continue;
      }
    }
    if (STATUS_LINE.test(flat) && o && !o.flag) {
      o.flag = flat;
      continue;
    }
    // (labs54fix) An answer in words on its line under a row answered in words with no range (`LUPUS ANTICOAGULANT` /
    // `ABSENT` / `ABSENT`, one field a line): the absence the range reader reads (`Absent`, `Negative`, `Nil`) is the
    // row's range, as on one line (`Absent  Absent`) — never the name of a value to come.
    if (o && o === rows[rows.length - 1] && !pending && o.value === null && o.valueText && isAnswerInWords(o.valueText) && !o.rangeText && !o.range
      && isAnswerInWords(flat) && parseReferenceRange(flat).expected === 'negative') {
      o.rangeText = flat.trim();
      continue;
    }
    // (labs35fix) `Värdet ligger utanför referensintervall` (Swedish: the value lies outside the reference interval), the
    // line a portal prints under a result it marked: the row's abnormal flag when it printed none (it says no side), and
    // no line of its own — never the name of the next value.
    if (OUTSIDE_RANGE_LINE.test(flat) && o && o === rows[rows.length - 1]) {
      o.flag ??= 'outside reference range';
      continue;
    }
    // A card prints its unit and range on their own lines after the value (`103` / `mL/min/1.73m2 74 - 138`, `Ratio` / `6 - 22`).
    if (o && o.value !== null && (!o.unit || !o.rangeText) && o === rows[rows.length - 1]) {
      // `[4.44 - 5.61] / mil./µL` (a Romanian bulletin): the range in brackets, then a slash and the row's unit.
      const bracketed = /^(\[[^\]]*\d[^\]]*\])\s*\/\s*(\S+)$/.exec(flat);
      if (bracketed && !o.rangeText && readsAsRange(bracketed[1]!) && isUnitToken(bracketed[2]!) && (!o.unit || unitsAgree(o.unit, bracketed[2]!, opts.chargeOf?.(o.name)))) {
        o.rangeText = bracketed[1]!;
        o.unit ??= bracketed[2]!;
        continue;
      }
      // `4000-10000/ul` under a value in `/ul` (OCR of a cell per line): the range with the row's own unit per volume
      // against its last bound — read so only when that unit is the row's (`0-5/µL` alone stays as printed) (labs27c).
      const perVolume = /^(\d+(?:[.,]\d+)?\s*[-–]\s*\d+(?:[.,]\d+)?)(\/[A-Za-zµμ]+)$/.exec(flat);
      if (perVolume && o.unit && !o.rangeText && readsAsRange(perVolume[1]!) && unitsAgree(o.unit, perVolume[2]!, opts.chargeOf?.(o.name))) {
        o.rangeText = perVolume[1]!;
        continue;
      }
      // (A unit printed against the range's last bound, `4,2-5,5x10^6/µl`, is apart from it; a range in parentheses,
      // `(3.5-5.1)`, is read without them, as on a row's line: labsfix31b.)
      const printedTokens = tokenize(rangePrintedOnce(unparenthesizeRanges(flat))).flatMap((w) => splitRangeUnit(w) ?? [w]);
      // (set 9, WR07) The value's flag first on that line (`Hemoglobin  17.6` / `H  g/dL  13.0-17.0`): the row's flag,
      // the rest its unit and range — only where the rest reads so whole.
      const led = !o.flag && !o.unit && printedTokens.length >= 2 && CUMULATIVE_FLAG.test(printedTokens[0]!.replace(/\*$/, '')) && isUnitToken(printedTokens[1]!) && !parseValueToken(printedTokens[1]!);
      const ledRange = led ? numericRangeAt(printedTokens, 2) : null;
      const ledFlag = led && (printedTokens.length === 2 || (ledRange && 2 + ledRange.span === printedTokens.length)) ? printedTokens[0] : undefined;
      const ledTokens = ledFlag ? printedTokens.slice(1) : printedTokens;
      // (set 27) Or last, after the unit and the range (`Iron, Total 164` / `mcg/dL 45 - 160 H`, a phone's copy of a
      // portal): the row's flag, where the unit and the range before it read so whole.
      const lastFlag = !ledFlag && !o.flag && !o.unit && ledTokens.length >= 3 && CUMULATIVE_FLAG.test(ledTokens.at(-1)!.replace(/\*$/, ''))
        && isUnitToken(ledTokens[0]!) && !parseValueToken(ledTokens[0]!) && numericRangeAt(ledTokens.slice(0, -1), 1)?.span === ledTokens.length - 2 ? ledTokens.at(-1) : undefined;
      const t = lastFlag ? ledTokens.slice(0, -1) : ledTokens;
      // (A line that names a test the catalog knows, `RDW-CV` under a row printed without a unit, is the next row's name;
      // so is one the unit reader accepts too, `T3`, `pH`, `Mg`, `K`, when a value alone follows it: a unit line under a
      // value is never followed by a value of its own in this layout — labs28afix.)
      const nameNext = t.length === 1 && opts.knows?.(cleanName(t[0]!)) && (!toUcum(t[0]!) || valueAloneAfter(line));
      const unitFirst = !o.unit && t.length >= 1 && isUnitToken(t[0]!) && !parseValueToken(t[0]!) && !nameNext ? 1 : 0;
      const range = numericRangeAt(t, unitFirst);
      if ((unitFirst && t.length === 1) || (range && unitFirst + range.span === t.length && !o.rangeText)) {
        if (unitFirst) o.unit = t[0]!;
        if (ledFlag ?? lastFlag) o.flag = ledFlag ?? lastFlag;
        if (unitFirst && t.length === 1) unitFromLine.set(o, line.line);
        if (range) o.rangeText = t.slice(unitFirst).join(' ');
        // (b57) Tiers printed one field a line under the value: the range line, then a label line (or two: a label
        // wrapped), then another range line and its label… (`100 a 200` / `Bajo Riesgo` / `201 a 239` / `Riesgo
        // Moderado` / `240 a 500` / `Alto riesgo`): the row's range is their text whole, no bounds and no flag (as tiers
        // printed on one line are), the lines no rows of their own.
        const tiers = range && !unitFirst ? tierLinesUnder(line) : null;
        if (tiers) {
          o.rangeText = [o.rangeText!, ...tiers.map((l) => lineText(l.text))].join(' ');
          o.rangeTextOnly = true;
          for (const l of tiers) earlierTaken.add(l);
        }
        continue;
      }
      // …or the range, then the unit (`135 - 145 mmol/L`, as a portal's cells copied one per line print it), the value's
      // own unit again when the value printed one (`212 mg/dL` / `100 to 199 mg/dL`).
      const unitAfter = range && range.span + 1 === t.length ? t[range.span]! : undefined;
      if (!unitFirst && unitAfter && !o.rangeText && isUnitToken(unitAfter) && (!o.unit || unitsAgree(o.unit, unitAfter, opts.chargeOf?.(o.name)))) {
        o.rangeText = t.slice(0, range!.span).join(' ');
        o.unit ??= unitAfter;
        continue;
      }
    }

    // A value line without a name under a row (French printouts): the differential's count under its percentage
    // (`Polynucléaires neutrophiles  54.0  %` / `1577  /mm3  1500 à 7500`) is a result of its own, named as the row
    // (coding reads a differential in a count unit as the absolute count); the same result again in another unit
    // (`CREATININE  8,3  mg/l` / `73,5  umol/l  53,1 à 97,4`) is the row's comment.
    if (o && o === rows[rows.length - 1] && o.unit && !pending) {
      const again = parseValueToken(tokenize(flat)[0] ?? '') ? valueOnly(flat) : null;
      if (again?.unit) {
        // A percentage's count under it (a differential's) is a result of its own; a percentage restated in another
        // unit (HbA1c `36 mmol/mol` under `5.4 %`, a haematocrit `0.42 L/L` under `42 %`) is the row again.
        if (toUcum(o.unit) === '%' && isCountUnit(again.unit)) push({ name: o.name, ...again }, line);
        else appendComment(o, flat);
        continue;
      }
    }

    // A value line led by a flag mark under a name waiting for its value (`GLUCOSA` / `METODOLOGIA: …` / `*B  58.0
    // mg/dL 74.0 - 106.0`) is that name's value: the mark is no name of its own.
    const flagLed = Boolean(pending) && FLAG_LED_VALUE.test(flat) && valueOnly(flat) !== null;
    // (fixige) So is a line that opens with a number and reads whole as a value with its unit, range and flag (`47  ng/L
    // <16  H` under `Troponin I, high` / `sensitivity`): no row named by its first tokens.
    const valueLed = !flagLed && Boolean(pending) && /^[<>≤≥]? ?\d/.test(flat.trimStart()) && valueOnly(flat)?.unit !== undefined;
    // A name and an answer in words alone (`answerApart`) make a row only inside a table: a Markdown, HTML or CSV
    // table's cells, or fixed-width text under a header that names a result column.
    const inTable = byIndex || Boolean(table && !table.byIndex);
    const quoted = RESULT_IN_PARENTHESIS.exec(flat);
    // (silent) Results after their names' colons, several on the line (labelledSegments): each one's row, where a
    // reading of the whole line would take the first and drop the others.
    const segmented = byIndex ? null : labelledSegments(flat, rowOpts);
    // (review) Three or more without their ranges: the line is read as it was (its first result, perhaps), and warned of —
    // the others were dropped in silence.
    if (segmented === 'unranged') warnings.push({ ...unread(line, 'unreadable-line'), message: 'This line holds several results, not all of which could be read' });
    else if (segmented) {
      for (const r of segmented) push(r, line);
      continue;
    }
    // (prose2) A sentence of plain words with one number in it reads no row (readsNothingAt): the row readers are not run.
    const row = readsNothingAt(flat) ? null : withDecimalRejoined(flat, rowOpts, flagLed || valueLed ? null : quoted ? rowWithResultInParenthesis(quoted, rowOpts) : rowWithRangeBeforeValue(flat, rowOpts) ?? rowAsPrinted(flat, rowOpts) ?? rowWithRangesUnwrapped(flat, rowOpts) ?? rowWithUnitInRange(flat, rowOpts)
      ?? rowWithGroupsAfterRanges(flat, rowOpts) ?? rowWithRestatedUnit(flat, rowOpts) ?? rowWithSecondColumnGroup(flat, rowOpts) ?? rowWithRemarkAfterRange(flat, rowOpts) ?? rowWithWordedRange(flat, rowOpts) ?? rowWithLabelAfterRange(flat, rowOpts) ?? rowWithTiersBeforeUnit(flat, rowOpts)
      ?? rowWithGarbledRange(flat, rowOpts) ?? (methodLast ? rowWithMethodAfterRange(flat, rowOpts) : null)
      ?? rowWithUnitOnBounds(flat, rowOpts) ?? (inTable ? answerApart(flat, rowOpts) : null) ?? rowWithCellsScrambled(flat, rowOpts)
      ?? colourAgainstColour(flat, rowOpts) ?? gradeAgainstGrade(flat) ?? stripWordAgainstWord(flat, rowOpts, section.specimen === 'urine')
      ?? (section.specimen === 'urine' ? aspectAgainstAspect(flat, rowOpts) ?? wordAloneInUrine(flat, rowOpts) ?? gradeSignInUrine(flat, opts) : null));
    // (labs52fix) A numbered note's sentence (`2.Test conducted on EDTA whole blood at 37 °C.`, `2. Test …`): a line
    // opening with a note's number whose text is a sentence (isSentence: a full stop after four words or more, mostly
    // of letters) is a note, not a row named by its first words — where that name is of three words or more and one
    // the catalog does not know (`1. Glucose 95 mg/dL 70-100` is a numbered row).
    if (row && NUMBERED_NOTE.test(line.text) && isSentence(flat.replace(NUMBERED_NOTE, '').trim()) && row.name.split(/\s+/).length >= 3
      && !opts.knows?.(row.name)) {
      const o = open as RawRow | null;
      if (o && !letterhead.has(line)) note(o, line, flat);
      else unattached([line]);
      continue;
    }
    // (labsrobfix) A name's rest that ends in a number of its own (`Insulin-like  growth` / `factor 1   180  ng/mL`): no
    // row alone (`factor`, 1, then 180); the two lines read as one, when the catalog knows the name so read.
    const above = pending as SourceLine | null;
    const whole = !row && !flagLed && !quoted && above && gap === 0 && /^[a-z]/.test(flat) ? parseRowLine(`${above.text.trim()} ${flat}`, rowOpts) : null;
    if (whole && opts.knows?.(cleanName(whole.name))) {
      push(whole, line);
      continue;
    }
    // A report that prints the percentage's range beside the count on one line does so on every line.
    if (!row) percentRanges ??= lines.some((l) => showsPercentRange(lineText(l.text)));
    // (labs56) A row whose first range tier follows its value on the line (TIER_AFTER_VALUE): the row, the tiers its
    // range as printed (no bounds, no flag: which tier is the reference is not said); the tiers under it go on it.
    const tiered = row || md ? null : TIER_AFTER_VALUE.exec(flat.trim());
    const tieredValue = tiered ? parseValueToken(tiered[2]!) : null;
    if (tiered && tieredValue?.value != null && isUnitToken(tiered[3]!) && toUcum(tiered[3]!) && namesTier(tiered[4]!)) {
      const tieredRow: Omit<RawRow, 'line'> = { name: cleanName(tiered[1]!), value: tieredValue.value, unit: tiered[3]!,
        rangeText: tiered[4]!.replace(/\s+/g, ' ').trim(), rangeTextOnly: true };
      // (The row pushed is the one the tiers go on, whatever finishRow named it.)
      const pushed = push(tieredRow, line);
      if (pushed && rows.at(-1) === pushed) tiersRight = { row: pushed, at: indexOfLine.get(line)! };
      continue;
    }
    // (labs56) `Eritroblastos....: 0,00 %   0 %`: a value and a lone zero in its unit, the range of a cell none is
    // expected of (ZERO_RANGE_ROW: a value of 0 or a rare cell's name, zeroRangeName) — one row, not a percentage and a count.
    const zero = row ? null : ZERO_RANGE_ROW.exec(flat.trim());
    const zeroValue = zero ? parseValueToken(zero[2]!)?.value : null;
    if (zero && zeroValue != null && zeroRangeName(zero[1]!, zeroValue)) {
      push({ name: cleanName(zero[1]!), value: zeroValue, unit: zero[3]!, rangeText: '0', range: { low: 0, high: 0 } }, line);
      continue;
    }
    const pair = bareDifferential.get(line) ?? (row ? null : percentCountAndRanges(flat) ?? percentAndCount(flat, percentRanges))
      ?? (row || byIndex ? null : panels !== undefined ? panels : sideBySideRows(flat, rowOpts, true));
    if (pair) {
      for (const r of pair) push(r, line);
      continue;
    }
    // (quest) The lower-case rest of a sentence left unread on the line right above (`For patients with diabetes plus 1
    // major ASCVD risk` / `factor, treating to a non-HDL-C goal of <100 mg/dL`, a comment under a Quest row's range
    // line): unread as well, never a row `factor, treating to a non-HDL-C goal of` = 100 — unless the catalog knows the
    // name (`hs-CRP  0.6  mg/L`, a test's name printed in lower case). Only a line that reads as the sentence going on
    // (sentenceGoesOn); the line dropped is no sentence for the next (`omega-3 index   6.8 %   >8.0` under it stays a row).
    const restOfUnread = !byIndex && unreadLine !== null && lines[indexOfLine.get(line)! - 1] === unreadLine;
    if (row && restOfUnread && !opts.knows?.(row.name) && sentenceGoesOn(unreadLine!.text, text, row)) {
      warnings.push(unread(line, 'unreadable-line'));
      unreadLine = null;
      pending = null;
      open = null;
      continue;
    }
    if (row) {
      const p = pending as SourceLine | null;
      if (p && gap === 0 && joinsUnder(p, row.name)) row.name = `${p.text.trim()} ${row.name}`;
      if (!inTable) bracketsOff(row);
      push(row, line);
      continue;
    }
    // A value alone under a name alone: one row.
    const p = pending as SourceLine | null;
    if (p) {
      // (labs35fix) A lone `0` after a value printed without a unit (`0.41 0`: a portal's empty unit cell copied as a
      // zero) is no unit and no second result: the value alone, under a name alone.
      // (labs35fix review) Not under a header of two value columns (`Differential  Abs (x10^9/L)  %`: `0.02 0` is a count
      // and its percentage, the 0 the second column's): there neither is read (twoValueColumnsAbove).
      // (labs52fix) A method in brackets before the value, on the line under the name (`ERYTHROCYTE SEDIMENTATION RATE
      // (ESR)` / `(Capillary photometry)14`, glued or spaced): the value, the method no part of it — under a name the
      // catalog knows, the bracket holding words only.
      const methodLed = METHOD_LED_VALUE.exec(flat);
      const value = valueOnly(flat) ?? (STRAY_ZERO.test(flat) && !twoValueColumnsAbove(lines, indexOfLine.get(line) ?? 0) ? valueOnly(flat.replace(STRAY_ZERO, '$1')) : null)
        ?? (methodLed && gap === 0 && knownName(p.text.trim()) ? valueOnly(methodLed[1]!) : null);
      // Names printed as a column, then their values as one (OCR of a table read column by column: `Neutrophils (abs)`
      // / `Lymphocytes (abs)` / … / `:` / `9261.12 [H]` / `/uL` / `1575-8800/uL` / `:` / `623.04 [L]` / …): when every
      // name line above is a test the catalog knows and as many values alone follow before the next name, they are
      // the names' in order (labs27c).
      // (A heading over the column, `ABSOLUTE COUNTS`, is no name of it.) Only under a value: every use of the column
      // below is, and asking the catalog about each name line waiting above every line of a long text cost seconds.
      const column = value ? names.slice(Math.max(0, names.findIndex(knownName))) : [];
      // (A column header under it, over the values, `Result`, is no name of it either: labs27cfix2.)
      while (column.length > 2 && column[column.length - 1]!.toLowerCase().split(/[\s/]+/).every((w) => HEADER_WORDS.has(w))) column.pop();
      const distinctKnown = value && column.length >= 2 && column.every(knownName) && new Set(column.map(nameLetters)).size === column.length;
      // As many numbers follow with neither unit nor range, each a whole number of five digits or more (`83036` /
      // `84443` / `82728`: codes, accession numbers) or each an amount of money (`450.00` / `1200.00`: prices): no
      // values of these names, nor of the first (review of labs27c).
      const ahead = distinctKnown ? valuesColumn(line) : null;
      const first = ahead ? { values: ahead.values.slice(0, column.length), printed: ahead.printed.slice(0, column.length) } : null;
      if (ahead && first && !ahead.described && ahead.values.length >= column.length
        && (first.values.every((v) => v !== null && Number.isInteger(v) && v >= 10000) || first.printed.every((t) => /^\d+\.00$/.test(t)))) {
        pending = null;
        names = [];
        continue;
      }
      // Otherwise, as many values each with its unit or range: the names' values in order.
      if (value && ahead?.described && ahead.values.length === column.length) {
        namesInColumn = column.slice(1);
        namedAbove = push({ name: bindableName(column[0]!, opts), ...value }, line);
        continue;
      }
      // As many values again, or twice as many and more, each with its own unit, the units of every run of them fitting
      // the names in order (`Hemoglobin` / `Hematocrit` / `13.5 g/dL` / `40 %` / `12.9 g/dL` / `39 %`: current and
      // previous columns copied one box a line): the first run is the names' values, the later runs earlier results,
      // not read (labs28afix). Only when the units tell this layout from the other one — each name's values one after
      // the other (labsfix31, labsfix31b): `Chloride` / `Sodium` / `101 mmol/L` / `99 mmol/L` / … fits both and is not
      // read; `Sodium` / `Potassium` / `Glucose` / `140 mmol/L` / `4.1 mmol/L` / `95 mg/dL` / … fits only the names in
      // order (potassium is in no mg/dL), though one unit fits two of the names.
      const n = column.length;
      if (value && ahead?.described && opts.measuresIn && ahead.values.length > n && ahead.values.length % n === 0
        && unitsFitNames(ahead.units, column, (k) => k % n, opts.measuresIn)
        && !unitsFitNames(ahead.units, column, (k) => Math.floor(k / (ahead.values.length / n)), opts.measuresIn)) {
        namesInColumn = column.slice(1);
        for (let k = ahead.at[n]!; k < ahead.end; k++) earlierTaken.add(lines[k]!);
        namedAbove = push({ name: bindableName(column[0]!, opts), ...value }, line);
        continue;
      }
      // Two tests or more the catalog knows printed as a run of names with no value between them, then as many values
      // alone or more, not each with its unit or range (boxes of an OCR'd table out of order: `MPV` / `PDW` / `8` /
      // `7.5 - 11.5` / `9`): which value is whose is not printed, so none is read (a warning, not a guess). (Fewer values
      // than names, `PLATELETS` / `Platelet Count` / `255`: a heading over its one name, read as before.)
      if (value && ahead && ahead.values.length >= column.length) {
        warnings.push(unread(line, 'unreadable-line'));
        pending = null;
        names = [];
        open = null;
        continue;
      }
      if (value) {
        const candidates = names.length ? names : [p.text.trim()];
        // A column header's word alone (`Test` over `BLOOD COUNT (CBC)` / `Hemoglobin`: `TEST` is also a short name
        // of testosterone) names the column, not the value, when another of the lines names a test (labs27c).
        const name = nameOfValue(candidates, line);
        if (name !== undefined) {
          namedAbove = push({ name: bindableName(name, opts), ...value }, line);
          // (status) The status that ended the name's line is the value's flag where the value line printed none; its
          // range, read from a later line, may still make it give way (below).
          const status = statusOfName.get(p);
          if (namedAbove && status !== undefined && name === p.text.trim() && !namedAbove.flag) {
            namedAbove.flag = status;
            flaggedOverValue.add(namedAbove);
          }
          continue;
        }
      }
    }
    const stop = notAResultRow(flat);
    if (stop) {
      warnings.push(notAResult(line, stop.name, stop.reason));
      pending = null;
      open = null;
      continue;
    }
    if (isColumnHeader(flat)) {
      pending = null;
      open = null;
      boundsOnly = !boundsOnlyHeader(flat) ? null : byIndex ? 'cells' : 'printed';
      continue;
    }
    // A patient, date or page line (or a letterhead printed again) between a name and its value does not break them.
    // (b57) Not a heading seen before with a value alone right under it that names a test the catalog knows, or where
    // no name waiting above it does: a one-test block's heading printed again as its result's name (`ACIDO URICO` /
    // `METODO: …` / a page's header lines / `ACIDO URICO` / `5.1` / `mg/dL` / `3.4 a 7`, one field a line; `SD LDL` /
    // … / `sd LDL` / `2.8`), the value's name — not the header line over it. A section's heading printed again under a
    // test's name (`Glucosa` / `BIOQUIMICA` / `88 mg/dL`) is still skipped.
    if (isMetadata(flat) || isInterlude(flat) || (pending && seen.has(flat.trim().toLowerCase())
      && !((opts.knows?.(flat) || !names.some((n) => opts.knows?.(cleanName(n)))) && valueOnlyNext(line)))) {
      // (silent) A test's name and a number after its colon that no reading took (`Glucose: 98  102  95  70-99`, `Hb:
      // 13.2 g/dL   Hct: 40 %   MCV: 82 fL`): a result not read, never a report's detail skipped in silence.
      if (isMetadata(flat) && labelledResult(flat, opts)) labelledUnread.push(line);
      open = null;
      continue;
    }
    // A table row whose result cell cannot be read is no heading: it is a warning, never dropped silently.
    if (unreadCell && !markdownHeaders.has(line) && !letterhead.has(line) && isNameFragment(flat)) {
      warnings.push(unread(line, 'unreadable-line'));
      pending = null;
      open = null;
      continue;
    }
    // (labs39fix) The rest of a row's name printed alone on the next line (`MEAN CORPUSCULAR HEMOGLOBIN  30.2  Low
    // 31.5 - 34.5 g/dL` / `CONCENTRATION`: a PDF's name column wrapped): the row is the longer name's when the catalog
    // knows the two together as another analyte than the first half (here the MCHC, never a second MCH) — unless the
    // line names a test of its own (`A1C`), a value alone follows it (the next row's name over its value), it is a
    // heading in another case than the name (`Glucose 95 mg/dL` / `FASTING PANEL`), or a blank line stands between (then
    // the row is read as neither, below).
    const wrapped = rows[rows.length - 1];
    const rowAbove = wrapped && wrapped === (open as RawRow | null) && !line.tableCells && !wrapped.page === !line.page
      && lines[(indexOfLine.get(line) ?? 0) - 1]?.line === wrapped.line ? wrapped : null;
    // (pdf7) Directly under its row, words the catalog knows alone complete it too (`Hemoglobin  6.0 High  %` / `A1c`,
    // `Mean Corpuscular Hb  31.9  g/dL` / `Concentration (MCHC)`, `Mean Corpuscular  82.3  fL` / `Volume (MCV)`: a
    // narrow name column wrapped), and a digit inside a word is no value (`A1c`) — unless a value alone follows (as
    // above), the words begin the next row's name as another test (`HDL` over `Cholesterol  52  mg/dL`: the first line
    // of that name, printed over it), or the row's name ends in its abbreviation (`Aspartato aminotransferase (AST)` /
    // `Alanina aminotransferase (ALT)`: a whole name, the next test's over its method and value).
    const completes = (r: RawRow, adjacent = false) => opts.knows && isNameFragment(flat)
      && (adjacent ? !/(?:^|\s)[<>]?\d/.test(flat) && (!opts.knows(flat) || !/[)\]]$/.test(r.name.trim()))
        : !/\d/.test(flat) && !opts.knows(flat))
      && sameCase(flat, r.name) && opts.knows(`${r.name} ${flat}`) && !(opts.sameAnalyte?.(`${r.name} ${flat}`, r.name) ?? false)
      // (fix39b) Not a specimen's or a section's word (`Glucose 5.2 3.9 - 5.5 mmol/L` / `Urine`: the next section's
      // heading, never glucose in urine), and only when the catalog measures the whole in the row's unit (`hemoglobin
      // 14.1 … g/dL` / `glycated`: an HbA1c is no g/dL).
      && !SPECIMEN_OR_SECTION.test(foldName(flat)) && !(r.unit && opts.measuresIn?.(`${r.name} ${flat}`, r.unit) === false)
      && !valueOnlyNext(line)
      // (pdf7 review) Directly under its row, words that begin the next row's name as another test do not complete it,
      // known alone or not (`HDL` over `Cholesterol  52  mg/dL`; `Free` over `Testosterone  9.1  pg/mL`, `Direct` over
      // `Bilirubin  0.2  mg/dL`: the row above keeps its own name). Looked at last: it reads the next line.
      && !(adjacent && beginsNextRowName(line, flat));
    if (rowAbove && completes(rowAbove, true)) {
      rowAbove.name = `${rowAbove.name} ${flat}`;
      namedAbove = null;
      continue;
    }
    // With blank lines alone between (a layout that spaces its rows): which name the row has cannot be told, so it is
    // read as neither — never as the first half's test with the other's values.
    const here = indexOfLine.get(line) ?? 0;
    let k = here - 1;
    while (k >= 0 && !lines[k]!.text.trim()) k--;
    if (wrapped && !line.tableCells && k < here - 1 && lines[k]?.line === wrapped.line && !wrapped.page === !line.page && completes(wrapped)) {
      rows.pop();
      warnings.push(unread(lines[k]!, 'unreadable-line'));
      open = null;
      namedAbove = null;
      continue;
    }
    // The rest of a name the value line cut in two (`Thyroid Stimulating` / `2.1 0.4 - 4.0` / `Hormone (TSH)`): the
    // row its first half named, when that half is no test the catalog knows and the two together are one.
    const cut = namedAbove;
    namedAbove = null;
    // Not when a value alone follows it: then it is the next row's name over its value (a card: `Estimated Average` /
    // `5.9 %` / `Glucose` / `105 mg/dL`).
    if (cut && cut === (open as RawRow | null) && cut === rows[rows.length - 1] && opts.knows && !opts.knows(cut.name) && isNameFragment(flat) && opts.knows(`${cut.name} ${flat}`)
      && !valueOnlyNext(line)) {
      cut.name = `${cut.name} ${flat}`;
      continue;
    }
    // A row of a table's own cells whose words all stand outside its name column (a note spanning the table, `<td
    // colspan=8>Toelichting …</td>` under the `Bron` column) names no test: no name waits on it. One cell spanning
    // every column (`<td colspan=5>Urinalysis</td>` under `Date | Test | …`) is the table's heading, whatever its index.
    const acrossTable = Boolean(table && line.cells?.[0]?.text.trim() && (line.cells[0].span ?? 1) >= table.columns.length
      && line.cells.slice(1).every((c) => !c.text.trim()));
    const outsideNames = Boolean(table && line.tableCells && line.cells && table.byIndex && table.columns.some((c) => c.role === 'name') && !acrossTable
      && !assignCells(line.cells, table.columns, true).some((v, i) => table!.columns[i]?.role === 'name' && v.trim()));
    // (fixc) A status in words on a line of its own between a name and its value (a portal's card copied one field a
    // line: `Apolipoprotein B (ApoB)` / `In Range` / `82` / `mg/dL`): the flag of the value under it, as a status ending
    // the name's line is (statusEndingName) — no name of its own.
    if (pending && gap === 0 && !byIndex && !line.tableCells && !statusOfName.has(pending) && isStatusWords(flat)) {
      statusOfName.set(pending, flat.trim().replace(/\s+/g, ' '));
      continue;
    }
    // (methodline) An assay's method on a line of its own between a name the catalog knows and its value (`### CRP
    // (NYCOCARD)` / `**IMMUNOMETRIC QUANTITATIVE ASSAY**` / `**Result**: **18** Upto 5 mg/l`, an Indian report's card):
    // the method, no name of its own — read as one, it invented a row and lost the CRP.
    if (pending && !byIndex && !line.tableCells && isMethodLine(flat.replace(/\*\*|__/g, '').trim()) && opts.knows?.(pending.text) && !opts.knows(flat)) continue;
    if (isNameFragment(flat, knownName) && !outsideNames) {
      // (status) A status in words ending the name's line a column apart (Everlywell's card: `Free T4        NORMAL` over
      // `1.3  ng/dL`): the flag of the value under it, no part of the name.
      const ended = byIndex ? null : statusEndingName(flat, opts);
      const nameText = ended?.name ?? flat;
      // (A table's header row of one header word, `| | | VALORES DE REFERENCIA |`, opens no section.)
      if (!markdownHeaders.has(line) && !(line.tableCells && isHeaderWords(flat))) heading(nameText, line.text);
      // A name line after a blank line starts the names over: what waited above the blank is not this value's.
      noteOf = !pending && open === rows[rows.length - 1] ? open : null;
      if (!pending || gap > 0) {
        names = [];
        namesAfterRow = open !== null && open === rows[rows.length - 1];
      }
      names.push(nameText);
      pending = { ...line, text: nameText };
      if (ended) statusOfName.set(pending, ended.status);
      if (EMPHASIZED_LINE.test(line.text)) boldNames.add(pending);
      gap = 0;
      open = null;
      continue;
    }
    // A row of empty cells (`| | | |`) says nothing: no name waits on it, no warning is due.
    if (!/[\p{L}\p{N}]/u.test(flat)) continue;
    // Free text directly under a row (no blank line between: `This test was performed using …`, or words indented
    // under it: `   Reviewed by pathologist.`) is its comment.
    const indentedProse = before !== null && indentOf(line.text) > before.indent && !/\d/.test(flat) && flat.split(/\s+/).length >= 2;
    if (before && !byIndex && (isSentence(flat) || indentedProse) && !letterhead.has(line)) {
      note(before.row, line, flat);
      continue;
    }
    pending = null;
    open = null;
    warnings.push(unread(line, /\d/.test(flat) ? 'unreadable-line' : 'text-not-read'));
    unreadLine = line;
  }
  unattached(pendingNotes);
  // (status) A status over the value (statusEndingName) gives way to the range printed under it where it names no side
  // or another (flags.ts phraseGivesWay: `Free T3   NORMAL` over 4.8 against 2.5 - 4.3 is high).
  // (fixc) A card's status was judged against the one range the card prints: an other range's line (`Optimal: < 90`)
  // under it is its range where no reference range was printed (a `Standard:` or `Reference range:` line keeps it the
  // comment). Without a status over the value an optimal range is never the row's.
  for (const [r, other] of cardRanges) {
    if (r.rangeText || r.range) continue;
    r.rangeText = other.text;
    const rest = r.comment?.split('\n').filter((l) => l !== other.line).join('\n');
    if (rest) r.comment = rest;
    else delete r.comment;
  }
  for (const r of flaggedOverValue) if (r.flag && phraseGivesWay(normalizeFlag(r.flag)!, flagByPrintedRange(r))) delete r.flag;
  specimenBelowEnds();
  rangesListedBelow(lines, rows, warnings, opts);
  unitsPrintedApart(lines, rows, unitFromLine);
  for (let i = rows.length - 1; i >= 0; i--) {
    const r = rows[i]!;
    if (!bareUnknownNumber(r, opts)) continue;
    rows.splice(i, 1);
    warnings.push({ code: 'unreadable-line', message: 'This line could not be read as a result', line: r.line, ...(r.page ? { page: r.page } : {}), text: `${r.name} ${r.value}` });
  }
  // `3.25*` over a footnote `*Paired random blood glucose …`: the star points to the footnote, it flags nothing
  // (unless the footnote says it is a flag: `*Abnormal result`). So does `(*)` over `(*) Resultado confirmado por
  // repetição …` (a result confirmed by a second run).
  // (`* Lipaemic sample.`: a star and a space before the words is the mark too, not a list's bullet, when a row has it.)
  const starred = rows.some((r) => r.flag === '*');
  const footnote = lines.find((l) => /^\s*(?:\*|\(\*\)\s*)(?=\p{L})/u.test(lineText(l.text)) || (starred && /^\s*\*\s+(?=\p{L})/u.test(l.text)));
  // A footnote about the range (`(*) Valore al di fuori dell'intervallo di riferimento`) says the star is a flag, and
  // so does one that calls the value pathological (`(*) Valor patológico`). Only the phrase counts: a footnote naming
  // the reference alone (`*Performed at reference laboratory`, `*Reference ranges apply to fasting samples`) flags nothing.
  // A footnote about the sample's quality (`*Pathologic haemolysis index`, `*Hämolytische Probe`) speaks of the
  // specimen, not of the value: its mark flags nothing, whatever word it qualifies the sample with. A sentence of its
  // own that says the mark is a flag (`*Abnormal result. Results may be affected by haemolysis …`) keeps it, whatever
  // the other sentences say of the sample.
  // A footnote that opens on the sample's quality (`*Haemolysed specimen. Potassium may be falsely high.`) is about the
  // sample throughout: a direction in a later sentence is what the sample may do to a value, not a flag. Only a
  // sentence that says what the mark is (`Abnormal result`, `* denotes results outside the reference range`) keeps it.
  if (footnote && !noteSaysStarFlags(footnote.text, lineText)) {
    for (const r of rows) if (r.flag === '*' || r.flag === '(*)') delete r.flag;
  }
  // (set 23) A legend that says the star marks an abnormal value, none a critical one (line-tidy.ts saysStarAbnormal):
  // `H*` and `L*` are high and low.
  if (rows.some((r) => r.flag && /^[HL]\*$/i.test(r.flag.trim())) && saysStarAbnormal(lines.map((l) => lineText(l.text)))) {
    for (const r of rows) if (r.flag && /^[HL]\*$/i.test(r.flag.trim())) r.flag = r.flag.trim().slice(0, 1);
  }
  const told = new Set([...rows.map((r) => r.line), ...warnings.map((w) => w.line)]);
  for (const line of labelledUnread) if (!told.has(line.line)) warnings.push(unread(line, 'unreadable-line'));
  // (silent) A name and an answer in words with the same answer as its range (`Белок  отрицательно  г/л
  // отрицательно`, `Ωμέγα  Negative  Negative`: a name in a script the catalog does not know, namedInLetters) that
  // nothing reads: warned of, never dropped in silence.
  // (portals review) So is a name the catalog does not know with such an answer alone (`HIV 1/2 Ag/Ab  Reactive`: a
  // positive result had been dropped in silence), digits allowed in the name.
  for (const line of input) {
    if (told.has(line.line)) continue;
    const cells = lineText(line.text).trim().split(/\s{2,}|\t/);
    const answer = cells[1]?.trim() ?? '';
    if (cells.slice(1).some((c) => /\d/.test(c)) || !/\p{L}/u.test(cells[0]!) || isQualitativeAnswer(cells[0]!.trim()) || !isQualitativeAnswer(answer)) continue;
    if ((cells.length >= 3 && cells.at(-1)!.trim().toLowerCase() === answer.toLowerCase() && !/\d/.test(cells[0]!))
      || (cells.length === 2 && !isAspectAnswer(answer))) warnings.push(unread(line, 'unreadable-line'));
  }
  return { rows, warnings };
}

/**
 * (silent) A `label: value` line whose label is a test's name the catalog knows (the whole label, or its first words
 * before a gap: `Glucose   Previous: 95`) and whose value starts with a number standing alone or a titre (`98`, `<0.5`,
 * `1:160`): a result, where isMetadata would take it for a report's detail (`Collected: 12/01/2025`, `Patient: …`).
 * Words or a range first (`Vitamin D: 20-29 insufficiency`, `Ferritin: repeat in 3 months`, `eGFR: Stage 2 CKD
 * 60-89`) are a note's.
 */
function labelledResult(flat: string, opts: TextParseOptions): boolean {
  const colon = flat.indexOf(':');
  if (colon < 0 || !opts.knows) return false;
  const label = flat.slice(0, colon).trim();
  const name = [label, label.split(/\s{2,}/)[0]!].find((n) => opts.knows!(n));
  const value = flat.slice(colon + 1).trim();
  const tokens = value.split(/\s+/);
  // (review) Not a detail that opens with a count, a time, a dose or a year (`Glucose: 2 hour post 75 g load`,
  // `Cortisol: 8 AM collection`, `Sodium: 2 g/day restriction`, `Cholesterol: 2018 guidelines`), nor a unit's
  // equivalence (`Creatinine: 1 mg/dL = 88.4 umol/L`): after the number nothing, another number, the next label, or a
  // unit the catalog measures the test in with no words after it (`Potassium: 2 mmol/L increase since last draw`,
  // `Iron: 65 mg elemental iron daily`, `Hb: 2 units PRBC transfused` are notes).
  if (!name || !/^[<>≤≥]?\d+(?:[.,]\d+)?$|^\d+:\d+$/.test(tokens[0]!) || /=/.test(value) || /^(?:19|20)\d{2}$/.test(tokens[0]!)) return false;
  // What follows: nothing, a number, or the next label (`Previous Glucose: 105`, `Cortisol PM: 5`, `Fasting: Yes`: a
  // capital first, so that a unit before a label, `mg   Potassium: 350`, is none).
  const goesOn = (rest: string) => rest === '' || /^[<>≤≥]?\d/.test(rest) || /^\p{Lu}[^:]{0,40}:/u.test(rest);
  const after = (k: number) => tokens.slice(k).join(' ');
  return goesOn(after(1)) || (opts.measuresIn?.(name, tokens[1]!) === true && goesOn(after(2)));
}


/** (jp2) A Japanese, Chinese or Korean heading's words (`words`, a pattern's body) alone on the line, bracketed or not (`【…】`, `［…］`, `(…)`). */
function cjkHeading(words: string): RegExp {
  return new RegExp(String.raw`^[【［[(（]?\s*(?:${words})\s*[】］\])）]?$`, 'u');
}

/**
 * (jp2 review 2) A Japanese, Chinese or Korean heading of blood, a blood gas or chemistry, alone or bracketed
 * (`血液ガス`, `血液ガス分析`, `【動脈血ガス】`, `生化学`, `【血液一般】`, `血气分析`, `血常规`, `生化检验`, `혈액검사`,
 * `생화학`): the rows under it are the blood's.
 */
const CJK_BLOOD_HEADING = cjkHeading(String.raw`(?:動脈|静脈|動脈血|静脈血)?(?:血液)?ガス(?:分析)?(?:検査)?|血液(?:一般|学|生化学)?(?:検査)?|生化学?(?:的)?(?:検査|检验|检查)?|血清(?:学)?(?:検査)?|血气分析|血常规|혈액(?:검사)?|생화학(?:검사)?`);

/**
 * (jp2 review 2) Whether a heading names blood, a blood gas or chemistry (BLOOD_SECTION, CJK_BLOOD_HEADING), not a test
 * the catalog knows in urine (`Blood`, a strip's pad over its answer).
 */
function bloodHeading(text: string, opts: TextParseOptions): boolean {
  const t = text.trim();
  return (BLOOD_SECTION.test(t) || CJK_BLOOD_HEADING.test(t)) && !opts.knowsInUrine?.(t);
}

/**
 * (fixu) A heading line read for its section (heading): null for a line of column headers alone, two cells or more a
 * column apart (two spaces or more) each header words (isHeaderWords: `Résultat   Valeurs usuelles`); the first cell
 * for a heading followed by such cells (`EXAME FÍSICO      Valores de referência`); else the line as it is.
 */
function headingBeforeHeader(text: string): string | null {
  const cells = text.trim().split(/\s{2,}/);
  if (cells.length < 2 || !cells.slice(1).every((c) => isHeaderWords(c))) return text;
  return isHeaderWords(cells[0]!) ? null : cells[0]!;
}

/** (mend4) A section with its urine specimen taken off (a blood table's rows begin under it). */
function withoutUrine(section: Section): Section {
  const { specimen: _urine, ...rest } = section;
  return rest;
}

/**
 * (mend4) A unit a urine's result is never printed in: a blood count's (isBloodCountUnit: `10*9/L`, `x10^12/L`; the
 * French `G/L`, `T/L`, giga and tera per litre, in its capital), a haemoglobin's grams per decilitre, the red cell
 * indices' femtolitres and picograms, or grams per litre above ten (`Protéines  72 g/L`: a serum's protein; a urine's
 * is a fraction of a gram).
 */
function bloodOnlyUnit(unit: string | undefined, value: number | null | undefined): boolean {
  const u = unit?.trim();
  if (!u) return false;
  if (isBloodCountUnit(u) || /^[GT]\/L$/.test(u)) return true;
  const ucum = toUcum(u);
  return ucum === 'g/dL' || ucum === 'fL' || ucum === 'pg' || (ucum === 'g/L' && typeof value === 'number' && value > 10);
}

/** Headings of what is measured in blood only: under a urine specimen line, they begin another request's rows. */
const BLOOD_SECTION = /\b(?:ha?ematology|blood|fbc|cbc|coagulation|clotting|lipids?|thyroid|serum|plasma|liver function|lft|renal function|u\s*&\s*e|electrolytes|hormones?|endocrin\w*|immunology|serology|iron studies|tumou?r markers?|blood gas|abg|vbg|diabetes|hba1c)\b/i;

/**
 * (b67u) Cells counted per millilitre, plain (`/mL`, `/ml`, `células/mL`): a Brazilian urinalysis's sediment counts
 * (`Leucócitos  3.000 /mL`, `até 10.000 /mL`), whole numbers whose point groups thousands, as a count per microlitre's.
 */
const COUNT_PER_ML = /^(?:cells?|c[eé]lulas?|cels?)?\s*\/\s*ml$/i;

/**
 * A unit only a blood count is printed in: a billion cells per litre or more (`10*9/L`, `x10^12/L`, `K/uL`,
 * `x10^3/uL`). Not a count per microlitre (`/uL`, `/mm3`) nor millions per litre (`x10^6/L`), which urine's cells are
 * counted in too.
 */
function isBloodCountUnit(unit: string | undefined): boolean {
  return isBloodCountUcum(toUcum(unit));
}

/** A count of cells per volume, plain (`/mm3`, `cells/cumm`) or scaled (`x10^3/uL`, `G/L`, `10*9/L`). */
function isCountUnit(unit: string): boolean {
  return isCountPerVolume(unit) || isCountUcum(toUcum(unit));
}

/** A name ending in a parenthesis opened on a comparison and not closed (`DEFICIENT (below`, `(less than`, `(>`). */
const OPEN_COMPARISON = new RegExp(String.raw`\((?:below|above|under|over|less|greater|more|up to|(?:${FRENCH_BELOW}|${FRENCH_ABOVE})(?![a-zé])|[<>≤≥])[^()]*$`, 'i');

/** (fix53) The parts of a urine's examination that are the strip's (EXAMINED_PARTS, STRIP_PART). */
const STRIP_PARTS = 'chemical|dipstick';
/** The parts of a urine's examination as English headings name them (EXAMINATION_PART, PART_OF_SECTION). */
const EXAMINED_PARTS = `physical|${STRIP_PARTS}|microscopic(?:al)?|microscopy|macroscopic`;
/** (fix53) The words after a part's name in its heading (`Chemical Examination`; EXAMINATION_PART, STRIP_PART). */
const EXAMINATION_WORDS = String.raw`(?:\s+(?:examination|exam|analysis|findings))?`;
/** (fix53) An examination's word before its part's name in Portuguese and Spanish (`Exame químico`; EXAMINATION_PART, STRIP_PART). */
const EXAMINED_IN_ROMANCE = String.raw`(?:exame|examen|an[aá]lise|an[aá]lisis)\s+`;
/**
 * (b67u) The parts of a urinalysis as German, Italian and French print them (`Sediment`, `Urinsediment` aside: a
 * heading of its own; `Sedimento urinario`, `Sédiment urinaire`, `Esame chimico-fisico`, `Esame microscopico`, `Examen
 * microscopique`, `Examen chimique`, `Cytologie urinaire`): within a urine section they keep it (isExaminationPart).
 */
const OTHER_LANGUAGE_PARTS = String.raw`s[eé]diment(?:o)?(?:\s+urin(?:ario|aire))?|esame\s+(?:chimico(?:[\s-]+fisico)?|fisico(?:[\s-]+chimico)?|microscopico)|examen\s+(?:chimique|physique|microscopique|cytologique)|cytologie(?:\s+urinaire)?|mikroskopie|mikroskopisch|teststreifen|streifentest`;
/**
 * A heading of a part of an examination (`PHYSICAL EXAMINATION`, `Chemical Examination:`, `MICROSCOPY`; not
 * `BIOCHEMICAL`, a blood section as often); (labs53fix) or of two parts together (`Physical / Macroscopic`).
 */
const EXAMINATION_PART = new RegExp(String.raw`^(?:(?:${EXAMINED_PARTS})(?:\s*(?:\/|&|and)\s*(?:${EXAMINED_PARTS}))?${EXAMINATION_WORDS}|${EXAMINED_IN_ROMANCE}(?:f[ií]sico|qu[ií]mico|microsc[oó]pico)(?:\s+(?:do|del)\s+sedimento(?:\s+urin[aá]rio)?)?|sedimento(?:\s+urin[aá]rio)?|elementos\s+anormais|${OTHER_LANGUAGE_PARTS})\s*:?$`, 'i');

/**
 * A part of the urine's examination: `PHYSICAL EXAMINATION` as a lab prints its parts, in capitals; written
 * `Physical Examination:` it is as often a doctor's examination of the patient (`Appearance: Pale`, `Colour:
 * Jaundiced` are no urine results), so only the lab's other parts (`Chemical Examination:`, `Microscopy`) may be.
 */
function isExaminationPart(heading: string): boolean {
  // (labs53fix) Two parts named together (`Physical / Macroscopic`, `Physical & Chemical`) are the lab's, however printed.
  return (EXAMINATION_PART.test(heading) && (!/^physical\b/i.test(heading) || heading === heading.toUpperCase() || /[/&]|\band\b/i.test(heading)))
    || partInOtherLanguage(heading);
}

/**
 * (b67u2) A urinalysis's part in French, Portuguese, Spanish, Italian or German, by its words (folded): every word one
 * of a part's (URINE_PART_WORD: the cytology, the sediment and its microscopy, the physical and chemical parts as
 * adjectives, the strip) or of the words around them (URINE_PART_FILLER: `exame`, `quantitative`, `urinaire`, `do`),
 * one at least a part's (`Cytologie quantitative`, `SEDIMENTOSCOPIA`, `Exame físico-químico`, `Mikroskopisches
 * Sediment`, `Examen microscopique du culot`). A noun of a blood section (`Chimie`, `Química`, `Hémogramme`) or any
 * other word (a specimen's, `sang`) is none: the heading ends the section as before.
 */
function partInOtherLanguage(heading: string): boolean {
  const words = foldName(heading).split(/[\s-]+/).filter(Boolean);
  return words.length > 0 && words.length <= 6 && words.some((w) => URINE_PART_WORD.test(w)) && words.every((w) => URINE_PART_WORD.test(w) || URINE_PART_FILLER.test(w));
}
/** (b67u2) A part's word, folded (partInOtherLanguage): no `sedimentação` (an ESR's), no noun of chemistry (`química`, `chimie`). */
const URINE_PART_WORD = /^(?:sediment|sedimento|sedimentos|sediments|sedimentoscopia|sedimentoscopie|harnsediment|urinsediment|culot|cytologie|cytologique|citologia|citologico|zytologie|zytologisch\w*|microscopico|microscopica|microscopique|microscopia|microscopie|mikroskopie|mikroskopisch\w*|macroscopico|macroscopique|fisico|physique|physikalisch\w*|quimico|chimico|chimique|chemisch\w*|fisicoquimico|bandelette|bandelettes|teststreifen|streifentest|tira|striscia|anormais|anormales)$/;
/** (b67u2) The words around a part's in its heading (partInOtherLanguage). */
const URINE_PART_FILLER = /^(?:exame|examen|esame|analise|analisis|analisi|analyse|untersuchung|befund|quantitative?|quantitatif|quantitativ[ao]|qualitative?|qualitatif|qualitativ[ao]|cuantitativ[ao]|cualitativ[ao]|urinaire|urinario|urinaria|urinari|fisica|quimica|chimica|reactiva|reagente|reattiva|elementos|do|da|de|del|della|dello|du|des|d|e|et|y|und|ed|la|le|der|des)$/;

const SPECIMEN_LINE = /^\s*(?:specimen(?:\s+type)?|sample(?:\s+type)?)\s*[:=]\s*(\S.*)$/i;

/**
 * (readfixA) A specimen line that names a body fluid and no blood or urine (`CSF`, `Pleural fluid`, `Ascitic fluid`,
 * `Synovial`, `Body fluid`; sectionOf's words): not `Serum and CSF` (a pair for an index), which says no one specimen.
 */
function fluidAlone(text: string): boolean {
  const t = text.toLowerCase();
  return /\b(?:cerebrospinal|csf|pleural|ascitic|peritoneal|synovial|pericardial|fluids?)\b/.test(t) && !/\b(?:blood|serum|plasma|urine|msu)\b/.test(t);
}

/**
 * (set 13, HT01) A specimen named in a cell of a report's head line (`Hair Tissue Mineral Analysis    Sample: scalp hair,
 * first 1.25 in from the scalp`, `… Sample: saliva …`): the cell after `Sample:` or `Specimen:`, where it names hair,
 * nails or saliva first and no blood, serum, plasma or urine — the rows are that specimen's, never blood's (a hair's
 * `Magnesium  14.2  mg%` had been a serum magnesium of 14.2 mg/dL, a saliva's cortisol a serum cortisol of 0.42 ug/dL).
 * A line that begins with the label is SPECIMEN_LINE's, read so too. (Not stool: the catalog holds its faecal
 * haemoglobin, read under such a line as before.)
 */
function otherSpecimenCell(text: string): boolean {
  // (The label looked for first, then what stands before it: a run of spaces before every position had made a line of
  // 4,900 spaces cost its square — bench-labs' CSV rows of `Калий`, 240 ms → 1.9 s.)
  if (!/sample|specimen/i.test(text)) return false;
  const m = SPECIMEN_CELL.exec(text);
  return Boolean(m && /(?:\t|\s{2}|\|\s*)$/.test(text.slice(Math.max(0, m.index - 3), m.index)) && otherSpecimenAlone(m[1]!));
}
function otherSpecimenAlone(text: string): boolean {
  return OTHER_SPECIMEN_ALONE.test(text.trim()) && !/\b(?:blood|serum|plasma|urine|msu|spot)\b/i.test(text);
}
const SPECIMEN_CELL = /(?<![\p{L}])(?:specimens?(?:[ \t]+type)?|sample(?:[ \t]+type)?)[ \t]*[:=][ \t]*(\S[^\t|]{0,80}?)(?=\t|\s{2}|\s?\||$)/iu;
const OTHER_SPECIMEN_ALONE = /^(?:(?:scalp|head|pubic|body)\s+)?(?:hair|nails?|saliva)\b/i;

/**
 * A specimen line that names urine and nothing else (`Urine`, `Random urine`, `MSU`, `Urine Type Not Stated`): not
 * `Serum, Urine` (the specimens of several sections), nor a sentence that mentions urine (`urine drug screen sent
 * separately`), which says nothing of the rows around it.
 */
function urineAlone(text: string): boolean {
  const words = text.toLowerCase().replace(/[(),;.:/-]/g, ' ').split(/\s+/).filter(Boolean);
  return words.some((w) => w === 'urine' || w === 'msu') && words.every((w) => URINE_SPECIMEN_WORDS.has(w));
}

const URINE_SPECIMEN_WORDS = new Set(['urine', 'msu', 'random', 'spot', 'early', 'morning', 'first', 'second', 'mid', 'stream', 'midstream',
  'clean', 'catch', 'catheter', 'catheterised', 'catheterized', 'timed', '24', 'hour', 'hours', 'hr', 'hrs', 'h', '24h', '24hr', 'fresh', 'void',
  'voided', 'sample', 'specimen', 'collection', 'type', 'not', 'stated', 'unspecified', 'unknown']);

/**
 * What urine microscopy reports (cells, casts, crystals, organisms), by name; not a note about them (`Note squamous
 * cells  +`, `Comment: bacteria +`, `Please see cells …`). In Portuguese and Spanish the noun comes first (`Células
 * epiteliais`, `Cilindros hialinos`, `Cristales de oxalato`). (labs49fix) A qualifier in parentheses after the name
 * says which cells, not that the row is something else (`Epithelial Cells (Non-Renal)`, `Casts (Hyaline)`).
 */
const URINE_MICROSCOPY = /^(?:(?!(?:notes?|comments?|please|see|refer|if|the|any|report(?:ed)?|pathology|lab(?:oratory)?)\b)(?:[A-Za-z]+\s+){0,3}(?:cells?|casts?|crystals?|bacteria|yeasts?|mucus(?: threads)?|spermatozoa|trichomonas)|(?:c[eé]lulas|cilindros|cristais|cristales|bact[eé]rias|leveduras|levaduras)(?:\s+[\p{L}]+){0,3})(?:\s*\([^()]+\))?$/iu;

/**
 * The lines of a urine strip printed without a heading: three or more lines together, each a name the catalog knows in
 * urine answered in words (`Glucose  Not detected`, `Ketones  Trace`, `Protein  Negative`), pH or a specific gravity
 * among them. Names blood shares (`Glucose`) are the strip's only in such company: one alone stays as printed. Not
 * under a heading of another specimen (`STOOL ROUTINE EXAMINATION`, `SEMEN ANALYSIS`, `CSF`: `Blood  Absent`, `Pus
 * Cells  Absent`, `pH  6.5` are the stool's or the semen's), until a heading of urine or of blood.
 */
function stripLines(lines: readonly SourceLine[], opts: TextParseOptions): Set<SourceLine> {
  const out = new Set<SourceLine>();
  if (!opts.knowsInUrine) return out;
  let run: SourceLine[] = [];
  let answered = 0;
  let otherSpecimen = false;
  const end = () => {
    if (answered >= 3 && !otherSpecimen) for (const l of run) out.add(l);
    run = [];
    answered = 0;
  };
  for (const line of lines) {
    const text = lineText(line.text);
    if (!text) continue;
    // (robust) A Markdown row is judged by its name and result cells (`| Color | Yellow | Yellow | Normal |`: the
    // reference and status cells after them are no part of the answer).
    const cells = line.cells ? null : markdownCells(line.text);
    const named = cells && cells.length >= 3 ? `${cells[0]!.text.trim()}  ${cells[1]!.text.trim()}` : null;
    const kind = named ? stripLineKind(named, opts, true) : stripLineKind(text, opts);
    if (!kind) {
      end();
      // A heading: words only, none of them an answer (`Blood  Absent` is a row, not a heading of blood).
      const words = tokenize(text);
      if (!/\d/.test(text) && words.length <= 6 && !words.some((w) => isAnswerInWords(w))) {
        // Another specimen's heading opens its section; any other heading ends it (`CUE`, `PHYSICAL EXAMINATION`,
        // `CLINICAL BIOCHEMISTRY`), but for the parts of an examination (`MICROSCOPY`, `CHEMICAL EXAMINATION`: that
        // specimen's still) and a name and its answer apart (`Consistency   Semi solid`), no heading. A list of the
        // specimens received (`Samples received: Blood, Urine, Stool`) is no section of any.
        const folded = foldName(text);
        if (namesOtherSpecimen(folded)) otherSpecimen = true;
        else if (specimenWordCount(folded) >= 2 || opensUrineSection(text) || BLOOD_SECTION.test(text)
          || (!/\S\s{2,}\S/.test(line.text.trim()) && !(isExaminationPart(text) && !/^(?:physical|macroscopic)\b/i.test(text)))) otherSpecimen = false;
      }
      continue;
    }
    run.push(line);
    if (kind === 'answer') answered++;
  }
  end();
  return out;
}

/**
 * (robust) A table row's answer that says the row is urine's when its name is: a strip's word (`Negative`, `Trace`,
 * `2+`: stripLineKind) or, under a name the catalog knows in urine only (`Color`, `Appearance`), any answer in words
 * (`Yellow`, `Clear`: a member of the strip's run, no evidence of it); a microscope's name (URINE_MICROSCOPY:
 * `Epithelial Cells (Non-Renal)`, `Casts`, `Bacteria`) answered in words of presence (`None seen`, `Absent`) is evidence as
 * a strip's word is.
 */
function tableStripKind(name: string, answer: string, opts: TextParseOptions): 'answer' | 'member' | null {
  if (!name || !answer || !/^\p{L}[\p{L} ]*$/u.test(answer)) return null;
  if (URINE_MICROSCOPY.test(name) && !opts.knows?.(name) && (isAnswerInWords(answer) || isStripAnswer(answer) || /^none(?: seen)?$/i.test(answer))) return 'answer';
  if (opts.knowsInUrine!(name) && !opts.knows?.(name) && answer.split(' ').length <= 2) return 'member';
  return null;
}

/**
 * (labs53fix) A heading of the urine's strip part (`Chemical`, `CHEMICAL EXAMINATION`, `Dipstick`, `Exame químico`).
 * (fix53) Built from EXAMINATION_PART's pieces.
 */
/** (fixu) A heading of the urine's strip part (STRIP_PART) or one that names the strip among its words (STRIP_WORD). */
const stripHeading = (title: string): boolean => STRIP_PART.test(title) || foldName(title).split(/[\s-]+/).some((w) => STRIP_WORD.test(w));
/** (fixu) The strip's own word, folded (`Teststreifen`, `Streifentest`, `Dipstick`, `Bandelette`, `Striscia`): no other test's. */
const STRIP_WORD = /^(?:teststreifen|streifentest|urinstreifen|dipstick|bandelettes?|striscia|strisce)$/;
const STRIP_PART = new RegExp(String.raw`^(?:(?:${STRIP_PARTS})${EXAMINATION_WORDS}|${EXAMINED_IN_ROMANCE}qu[ií]mico)\s*:?$`, 'i');
/**
 * (labs53fix) The leukocytes named alone, as a strip's pad or the microscope's count is. (fix53) As the catalog names
 * them (`Leucocytes`, `WBC`, `Leucócitos`, `Leukozyten`: the analyte of `Leukocytes`), not an English list.
 */
const leukocytesAlone = (name: string, opts: TextParseOptions): boolean => Boolean(opts.sameAnalyte?.(name, 'Leukocytes'));
/** (fix53) A strip's grade with its plus first, glued or apart (`+2`, `+ 3`). */
const PLUS_FIRST_GRADE = /^\+\s?[1-4]$/;
/**
 * (fix53, review2) Whether a name is one a strip grades: any under a urine heading (knowingIn's urineSection: `WBC
 * + 2` under `Chemical`, the pad readRows renames), elsewhere one the catalog answers in words of presence in urine
 * (`Protein`, `Glucose, Urine`).
 */
const gradedWithPlusFirst = (name: string, opts: TextParseOptions): boolean => Boolean(opts.urineSection) || opts.answerKind?.(name, true) === 'presence';
/** (leftfix) A range that holds a signed number: a minus before its first number, or a plus before any (`-2 - +2`, `-3 to 3`, `(+1)`). */
const SIGNED_RANGE = /^\(?\s?[-−]\s?\d|\+\s?\d/;
/**
 * (leftfix) What a grade with its plus first (`+ 2`, `+2`, `+1`) after a name no strip grades (gradedWithPlusFirst) is,
 * by the range printed with it — one rule for a table's cells and a text line: the grade (`grade`) against a range in
 * words (`Negative`, `Normal`, `Nil`: a range that expects an answer), the signed number (`number`) against a range of
 * signed numbers (`-2 - +2`, a base excess's); otherwise nothing. (fix4) A unit printed with it no longer makes it a
 * number (`Potassium  +3  mmol/L  3.5-5.1`, `Glucose, serum  +1  mg/dL  70-99`, `CRP  +2  mg/L  <5`: a grade printed
 * against a numeric range or none is no number, and read as one it is a believable low).
 */
function plusFirstReading(rangeText: string | undefined): 'grade' | 'number' | null {
  const range = rangeText?.trim() ?? '';
  if (range && parseReferenceRange(range).expected !== undefined) return 'grade';
  if (SIGNED_RANGE.test(range)) return 'number';
  return null;
}
/** (labs53fix) A strip's answer of presence or grade (`Negative`, `Trace`, `1+`, `++`, `+ 2`: coding.ts STRIP_GRADE), no count. */
const STRIP_GRADE_OR_WORD = (text: string): boolean => isAnswerInWords(text) || STRIP_GRADE.test(text.trim());

/** Whether a heading opens a section of urine, or of blood and urine (sectionOf, read once). */
function opensUrineSection(text: string): boolean {
  const section = sectionOf(text);
  return section?.specimen === 'urine' || Boolean(section?.urineToo);
}


/** The most words a urine strip's test name has, with room to spare (the catalog's longest urine name has 7: `Specific gravity of Urine by Test strip`). */
const STRIP_NAME_WORDS = 10;
/**
 * (prose2) The most words a strip's answer has, as stripLineKind asks (isStripAnswer, isAnswerInWords): an answer in words
 * (LONGEST_ANSWER), a colour with its shades (six: `very pale straw yellow very pale`), a grade or a count's range
 * (three: `5 - 10`). A text of more words is none.
 */
const STRIP_ANSWER_WORDS = Math.max(LONGEST_ANSWER, 6);

/** A strip's line: a urine name answered in words (`answer`), or a unitless number of pH or specific gravity (`number`). */
function stripLineKind(text: string, opts: TextParseOptions, cells = false): 'answer' | 'number' | 'member' | null {
  if (cells) {
    const [name, answer] = text.split('  ') as [string, string];
    const own = stripLineKind(`${name} ${answer}`, opts);
    return own ?? tableStripKind(name, answer ?? '', opts);
  }
  const tokens = tokenize(text);
  // A name of at most STRIP_NAME_WORDS words: trying every prefix of a long line cost the square of its length (a
  // 3,000-character line of short words took 4.5 s here alone, 12,000 characters 56 s).
  // The answer after the name is looked at before the name: asking the catalog about a name in urine tries about ten
  // spellings of it, and most lines (prose, code, a table of numbers) have no answer in words, so no name to ask about.
  // (prose2) Nor is a rest longer than a strip's answer (STRIP_ANSWER_WORDS) looked at: the first names tried are those
  // that leave the rest short enough.
  for (let k = Math.max(1, tokens.length - STRIP_ANSWER_WORDS); k < Math.min(tokens.length, STRIP_NAME_WORDS + 1); k++) {
    const rest = tokens.slice(k).join(' ');
    const answered = isStripAnswer(rest) || isAnswerInWords(rest);
    if (!answered && !(k === tokens.length - 1 && parseValueToken(rest))) continue;
    const name = tokens.slice(0, k).join(' ');
    if (!opts.knowsInUrine!(name)) continue;
    if (answered) return 'answer';
    if (/^(?:ph|sg|sp\.? ?gr\.?|specific gravity)$/i.test(name)) return 'number';
  }
  return null;
}

/** Under a urine heading, a name the catalog knows only in urine and what urine microscopy counts are evidence too, and a urine name answers in words. */
function knowingIn(specimen: Section['specimen'], opts: TextParseOptions, urineToo = false): TextParseOptions {
  // Under a heading of blood and urine, a name known only in urine is known, and answers in words as the urine's does.
  if (urineToo && specimen === undefined && opts.knowsInUrine) {
    return {
      ...opts,
      knows: (n: string) => Boolean(opts.knows?.(n) || opts.knowsInUrine!(n)),
      answersInWords: (n: string) => Boolean(opts.answersInWords?.(n) || (!opts.knows?.(n) && opts.answersInWords?.(n, true))),
    };
  }
  if (specimen !== 'urine' || !opts.knowsInUrine) return opts;
  return {
    ...opts,
    knows: (n: string) => Boolean(opts.knows?.(n) || opts.knowsInUrine!(n) || URINE_MICROSCOPY.test(n)),
    answersInWords: (n: string) => Boolean(opts.answersInWords?.(n, true)),
    urineSection: true,
  };
}

/** The text when it is one unit alone (`mg/dL`, `x10^3/uL`): a line's, or a bracket's. */
function loneUnit(t: string): string | null {
  return /^\S+$/.test(t) && isUnitToken(t) && Boolean(toUcum(t)) ? t : null;
}

/**
 * A units column printed as a block after its rows (OCR of a scan reads a table column by column: the rows' names,
 * values and ranges, then `mIU/L` / `ng/dL` / `pg/mL` each on its own line): a run of two or more lines that are each
 * one unit alone gives its units, in order, to the rows just above it that have none — only when exactly as many rows
 * without a unit (and with a number) precede it, and the row after it has its unit, so that no unit goes to another
 * row than the one it was printed for.
 */
function unitsPrintedApart(lines: readonly SourceLine[], rows: RawRow[], unitFromLine: ReadonlyMap<RawRow, number>): void {
  // A row whose unit is a lone unit line of the block was given it by the card rule (the unit on the line after the
  // value): the first line of a block printed right under the rows. It is unit-less for the block.
  const unitless = (r: RawRow, block: ReadonlySet<number>) => !r.unit || block.has(unitFromLine.get(r) ?? -1);
  let run: { line: number; unit: string }[] = [];
  /** Rows are in line order: the first row at or after the run (rows before it are rows[0..next)). */
  let next = 0;
  const flush = () => {
    if (run.length >= 2) {
      const block = new Set(run.map((u) => u.line));
      const first = run[0]!.line;
      while (next < rows.length && rows[next]!.line < first) next++;
      let k = 0;
      while (k < next && unitless(rows[next - 1 - k]!, block)) k++;
      const target = rows.slice(next - k, next);
      // Rows after the block without a unit either: the block may be theirs, printed before them (`COAGULATION` /
      // `INR 1.1` / `CHEMISTRY` / `mmol/L` / `mmol/L` / `Sodium 140` …) — no unit goes to a row it may not be for.
      const after = rows[next];
      const theirs = after !== undefined && !after.unit && after.value !== null;
      if (k === run.length && !theirs && target.every((r) => r.value !== null)) target.forEach((r, i) => (r.unit = run[i]!.unit));
    }
    run = [];
  };
  for (const l of lines) {
    const text = lineText(l.text).trim();
    if (!text) continue;
    const unit = loneUnit(text);
    if (unit) run.push({ line: l.line, unit });
    else flush();
  }
  flush();
}

/**
 * A unit of an amount given or weighed alone (tokens.ts DOSE_AMOUNT). (b64 review and mend) The international unit as
 * other languages print it, alone (a concentration prints a volume after it: `UI/L`, `IE/ml`): `UI` (French, Spanish,
 * Portuguese, Italian), `IE` (German, Dutch), `ME`/`МЕ` (Russian, Ukrainian, Bulgarian) — `Vitamina D: 2000 UI (una vez
 * semanal)` is a dose.
 */
const DOSE_UNIT = new RegExp(`^(?:${DOSE_AMOUNT})$`, 'i');

/**
 * An amount over a time or a body weight, no volume in it (`U/h`, `g/kg`, `mg/kg/min`, `mcg/kg/min`: `mcg` a
 * microgram as `ug` is): an infusion's rate or a dose per kilogram. A clearance (`mL/min`) or an osmolality (`mOsm/kg`, with its range) is not one.
 */
// (review of set 17) A day in French, Portuguese, Spanish, German and Nordic (result-list.ts PER_DAY: `100 µg/j`, `mg/dia`,
// `mg/Tag`, `mg/døgn`), and a sentence's full stop after it (`… sous lévothyroxine 100 µg/j.`).
const RATE_OR_DOSE_UNIT = new RegExp(String.raw`^(?:[mµμunk]?g|mcg|[mµμ]?mol|[mµμ]?eq|u|iu|ui|units?)(?:\/(?:kg|h|hr|hour|min|${PER_DAY}))+\.?$`, 'i');

/** (cat7 review) A RATE_OR_DOSE_UNIT per day alone (`mg/d`, `mmol/day`): a 24-hour urine's excretion as well as a dose. */
const PER_DAY_UNIT = new RegExp(String.raw`^[^/]+\/(?:${PER_DAY})\.?$`, 'i');

/**
 * (names) A dose's amount per week, per dose, or international units per day (`140 mg/wk`, `0.5 mg/week`, `500
 * units/wk`, `100 mcg/dose`, `5000 IU/day`): a protocol's or a medication list's, never a sample's result, whatever
 * the name (`Testosterone cypionate`, `Vitamin D3`) or a range: a DOSE_AMOUNT, a nanogram, `u`/`ui` or a millilitre
 * per week or dose. (A mass per day may be a 24-hour urine's excretion: RATE_OR_DOSE_UNIT's rule.)
 */
const DOSING_UNIT = new RegExp(String.raw`^(?:(?:${DOSE_AMOUNT}|ng|ui|u|ml)\s*\/\s*(?:wk|wks|week|weeks|dose)|(?:iu|ui|units?)\s*\/\s*(?:d|day))$`, 'i');

/** A name ending in a parenthesis opened on a number it never closes (`Optimal level ( 75`). */
const RANGE_OPENED_IN_NAME = new RegExp(String.raw`\(\s*[<>≤≥]?\s*-?\d[\d.,]*\s*${RANGE_TO}?\s*$`);

/** (labs56) The heading of a test's earlier results (Portuguese, Spanish, English, French, Italian, German). */
const EARLIER_RESULTS_LABEL = /^(?:resultados?\s+anteriores|previous\s+results?|earlier\s+results?|prior\s+results?|r[ée]sultats?\s+ant[ée]rieurs?|risultati\s+precedenti|vorbefunde?|fr[üu]here\s+(?:werte|befunde))\s*:?$/i;

/** (labs56) A name that is an amount: a number and a unit with a slash or a per cent sign (`93 mg/dL`, `5,6 %`). */
function amountAsName(name: string): boolean {
  const m = /^[<>]?\d+(?:[.,]\d+)*\s*([^\s\d.,]\S*)$/.exec(name.trim());
  return Boolean(m && /[/%]/.test(m[1]!) && toUcum(m[1]!));
}

/** (labs56) A result column's title (English, Portuguese, Spanish, French, Italian, German). */
const RESULT_TITLE = /^(?:results?|resultados?|r[ée]sultats?|risultat[oi]|ergebnis(?:se)?)$/i;

/**
 * (labs56) A header of column titles read as a name (`Resultado  Adultos  Crianças (Menores de 8 anos)`: the result's
 * column, then the reference groups'): a result's title first, then population words (POPULATION_WORD, at least one)
 * and header words only, what stands in a parenthesis (an age's qualifier, cut short by the number) aside.
 */
function populationsHeader(name: string): boolean {
  const words = name.replace(/\([^()]*\)?/g, ' ').toLowerCase().split(/[\s/]+/).filter(Boolean);
  if (words.length < 2 || !RESULT_TITLE.test(words[0]!)) return false;
  const rest = words.slice(1);
  return rest.some((w) => POPULATION_WORD.test(w)) && rest.every((w) => POPULATION_WORD.test(w) || HEADER_WORDS.has(w) || RESULT_TITLE.test(w));
}

/** (leftfix) `Seen` alone as a row's answer (tokens.ts PRESENCE_VALUES reads it wherever `Not seen` is read). */
const SEEN_ALONE = /^\s*seen\s*$/i;
/** (leftfix) A heading of what a microscope examines (`URINE MICROSCOPY`, `PERIPHERAL SMEAR`, `STOOL EXAMINATION`). */
const MICROSCOPY_SECTION = /microscop|smear|\bfilm\b|stool|faec|\bfec(?:al|es)\b|urin|parasit|sediment|wet\s+mount/i;
/** (leftfix) What a microscope finds, named in a row (`Zeta Parasite`, `Pus cells`, `Hyaline casts`, `Yeast`, `Ova`); (fix4) and a stool's occult blood, `Seen` or `Not seen` with no heading too. */
const MICROSCOPE_FINDING = /\b(?:occult\s+blood|parasites?|cells?|casts?|crystals?|bacteri(?:a|um)|yeasts?|ova|cysts?|trophozoites?|microfilari(?:a|ae)|eggs?|hyphae|spores?|trichomonas|worms?|larvae?)\b/i;

/**
 * (leftfix) Whether `Seen` answers a row: a name the catalog knows as answering presence (`Malaria Parasite`), a row
 * under urine or under a heading of microscopy, a smear or stool, or a name of what a microscope finds (parasites,
 * cells, casts, crystals, bacteria, yeast, ova). An unknown label elsewhere (`Status: Seen`, `Verified: Seen`, `Blood:
 * Seen` outside urine) is no test answered.
 */
function seenAnswers(row: RawRow, section: Section, opts: TextParseOptions): boolean {
  const name = row.name.trim();
  return opts.answerKind?.(name, row.specimen === 'urine') === 'presence' || row.specimen === 'urine'
    || MICROSCOPY_SECTION.test(section.title ?? '') || MICROSCOPE_FINDING.test(name);
}

/** (mend19) A name of a total over a collection: `24 h`, `24-hour`, `24hr`, urine, excretion, a collection. */
const COLLECTION_NAME = /\b24\s*-?\s*(?:h|hrs?|hours?)\b|\b(?:urine|urinary|excretion|collection)\b/iu;
/** (mend19) A mass (`mg`, `g`, `ug`, `mcg`), its sentence's full stop glued or none. */
const MASS_AMOUNT = /^(?:[mµμu]?g|mcg)\.?$/iu;
/**
 * (mend19, review cr13) Whether a row in a mass is a collection's total, no dose: its name says a collection
 * (COLLECTION_NAME) and no dose's words (namesDose: `taking`, `daily`, `tablets`), or the catalog measures it per day.
 */
function collectionTotal(row: RawRow, opts: TextParseOptions): boolean {
  const unit = row.unit?.trim() ?? '';
  if (!MASS_AMOUNT.test(unit)) return false;
  const name = tierLabel(row.name);
  return (COLLECTION_NAME.test(name) && !namesDose(name)) || (opts.measuresIn?.(name, `${unit.replace(/\.$/, '')}/d`) ?? false);
}

/**
 * (mixed) What a document holds besides a laboratory's results, which makes a name the catalog knows another
 * measurement's: a continuous glucose monitor's summary (its indicator or its time in range printed,
 * GLUCOSE_MONITOR_SUMMARY), whose `Average Glucose` is the sensor's mean, no laboratory's estimated average glucose; a
 * DEXA scan (its android and gynoid regions printed), whose `A/G Ratio` is theirs, no albumin/globulin ratio.
 */
interface MeasuresBeside {
  glucoseMonitor: boolean;
  androidGynoid: boolean;
  /** (set 12, NR04) The document is an invoice or a receipt (INVOICE_WORDS): its tests' numbers are prices. */
  invoice?: boolean;
}
const INVOICE_WORDS = /\b(?:tax invoice|invoice|receipt|amount due|total due|cashier|subtotal|amount paid)\b/i;
const GLUCOSE_MONITOR_SUMMARY = /\b(?:gmi|glucose management indicator|time in (?:range|target)|% time cgm is active|ambulatory glucose profile|agp report|sensor usage|days with cgm data)\b/i;
/** (mixed) A mean glucose's name that does not say the laboratory estimated it from an HbA1c (`Average Glucose`, `Avg glucose`, `Mean glucose`). */
const MEAN_GLUCOSE_NAME = /^(?:avg\.?|average|mean)(?: sensor)?(?: blood)? glucose$/i;
/** (review 12) A name of the HbA1c (`HbA1c`, `Hemoglobin A1c`, `Glycated haemoglobin`, `Glycohemoglobin`) — the row an eAG prints under. */
const HBA1C_NAME = /a1c|glyc?at|glycohemoglobin/i;

/** (set 23, review 37) Words of a date's or a sample's label (a name before a date in the unit's place). */
const DATE_LABEL_WORDS = /date|time|coll|receiv|report|drawn|print|verif|releas|spec/i;
/** (optimalbound) An optimal, target, desirable or recommended level's label ending a name (`… Optimal level`, `Target`). */
// (review 31) With its noun (`Optimal level`, `Target range`) or after a sentence's stop or a colon: a viral load's
// `HIV-1 RNA Target  <20  copies/mL` is a result.
const OPTIMAL_LEVEL_ENDING = new RegExp(String.raw`(?:[.:;]\s*(?:${OPTIMAL_RANGE_WORDS}|desirable|recommended)(?:\s+(?:${OPTIMAL_RANGE_NOUNS}))?|\s(?:${OPTIMAL_RANGE_WORDS}|desirable|recommended)\s+(?:${OPTIMAL_RANGE_NOUNS}))$`, 'i');
function notALabResult(row: RawRow, opts: TextParseOptions, beside: MeasuresBeside = { glucoseMonitor: false, androidGynoid: false },
  before: readonly RawRow[] = []): boolean {
  const ranged = Boolean(row.rangeText || row.range);
  // (mixed) A body measurement by its unit (`Protein (kg)  8.9`, `ALMI  8.62  kg/m2`: tokens.ts bodyMeasurement): no
  // laboratory's, whatever the catalog knows.
  if (bodyMeasurement(row.name, row.unit)) return true;
  // (set 23) A date where the unit goes, under a name the catalog does not know and with no range (`Collection
  // Date/Time: 02/27/25 0710`, `Collected: 02/27/25 0710`: a time of day without its colon read as the value): a
  // report's metadata, no result. No unit is a date.
  // (Review 37) Only under a name of a date's or a sample's words (`Collected`, `Date/Time`, `SPEC: SERUM COLL`): an
  // unknown test with a date after it (`Zonulin  45  02/27/25`) stays a row to be mapped.
  if (!ranged && row.unit && isDateToken(row.unit.trim()) && DATE_LABEL_WORDS.test(row.name) && !(opts.knows?.(tierLabel(row.name)) ?? false)) return true;
  // (review 15) A name that ends in a below-the-detection-limit mark (`Giardia <dl` before `<5.00e3`): the mark is the
  // result, which the reader does not read as one; the number after it is the bound, no value.
  if (/(?:^|\s)<\s?(?:dl|lod|loq|mdl)$/iu.test(row.name.trim())) return true;
  // (set 12, NR04) In an invoice or a receipt, a test's number with neither unit nor range (`Vitamin D 25-OH 1400.00`):
  // its price, no result.
  if (beside.invoice && !ranged && !row.unit && row.value !== null && !row.flag) return true;
  // (set 8, NR07) An ordinal where the unit goes (`5th`, `95th`: a population's percentile table read across, `LDL-C
  // 720 5th`): no unit, and the number beside it no result — not with a range printed (`TSH  2.1  0.4-4.0  1st
  // trimester`, a trimester's range: review 15).
  if (!ranged && /^\d{1,3}(?:st|nd|rd|th)$/iu.test(row.unit?.trim() ?? '')) return true;
  // (mixed) A glucose monitor's mean and a DEXA's android/gynoid ratio (MeasuresBeside). (Review 12) Not where the row
  // prints a range, nor an average glucose right under an HbA1c (the row read before it, of `before`), nor an A/G ratio
  // after an albumin or a globulin: a laboratory's, in a report that mentions a monitor's GMI or a DEXA in a comment.
  // The rows before are looked at only where the document is such a one.
  if (beside.glucoseMonitor && !ranged && MEAN_GLUCOSE_NAME.test(tierLabel(row.name)) && !HBA1C_NAME.test(before.at(-1)?.name ?? '')) return true;
  if (beside.androidGynoid && !ranged && /^a\s*\/\s*g(?:\s+ratio)?$/i.test(tierLabel(row.name)) && !before.some((x) => /albumin|globulin/i.test(x.name))) return true;
  // (mixed) A name that ends on a goal with no range and no flag (`… protein goal  120 g/day`, a note's sentence): a
  // level aimed at, no result. (With a range, `Hemoglobin A1c goal  6.8 %  <7.0` is a row: fixc, mend5.)
  if (/\sgoals?$/i.test(row.name.trim()) && !ranged && !row.flag && !(opts.knows?.(tierLabel(row.name)) ?? false)) return true;
  // (optimalbound) So is a bound after an optimal or target level's label ending the name, with no range and no flag
  // (`Vitamin D, 25-OH: LC/MS/MS. Optimal level > or = 30 ng/mL`, a performing site's footnote): the level aimed at, its
  // bound read as a censored result had invented a row.
  if (row.comparator && !ranged && !row.flag && OPTIMAL_LEVEL_ENDING.test(row.name.trim())) return true;
  // (pdf7) A name that holds the patient's details or the page's footer (`Patient Name : Mrs. … Age/Gender` over `47
  // Yrs/Female`, `BROOKS, ALAN MRN 662019 Page 1 of` over `1`): a letterhead's or a footer's line, its number the
  // patient's age or the page's.
  if (DEMOGRAPHIC_IN_NAME.test(row.name)) return true;
  // (labs56) `Adultos: 33- 193 µg/dL`, `Homens: …`, `Children: …`: a population's label (POPULATION_WORD) and its colon
  // is a range's, never a test's name.
  const label = /^\s*(\p{L}+)\s*:/u.exec(row.name);
  if (label && POPULATION_WORD.test(label[1]!)) return true;
  if (populationsHeader(row.name)) return true;
  // (statuswords review) A name that is a status phrase whole (`Above range  104 mg/dL`: the test's name not printed
  // on the line, its status before the value) names no test.
  if (isStatusPhrase(row.name)) return true;
  // (labs56) An earlier results' table under a test (`Resultados Anteriores:` / its dates / `93 mg/dL   87 mg/dL`):
  // neither its heading nor a value and its unit (`93 mg/dL` before `87 mg/dL`) is a test's name.
  if (EARLIER_RESULTS_LABEL.test(row.name.trim()) || amountAsName(row.name)) return true;
  // (fixk) A note that says what a value was reported as (`CORRECTED ON 11/12 AT 0944: PREVIOUSLY REPORTED AS 4.4 U/L`,
  // under a corrected row: its previous value), REPORTED_AS ending the name: no result of its own.
  if (REPORTED_AS.test(row.name.trim())) return true;
  // (labs56) Millimetres (`mm`, tokens.ts LENGTH_UNITS) only under a test the catalog measures in mm/h (an ESR):
  // `Nodule size  12 mm`, an earlier results' line (`14 mm  11 mm`) is no lab result.
  // (fixu) Or under an ESR's short name with its hour or method (`VS (1h)  12  mm`, `VSG 1ª hora  28  mm`: namesEsrShort).
  if (row.unit?.trim() === 'mm' && !(opts.measuresIn?.(row.name, 'mm/h') ?? false) && !namesEsrShort(row.name, true)) return true;
  // (fixr79) The unit with a sentence's full stop glued to it (`… supplementing daily with iron 26mg.`) is a dose's too.
  // (mend19, review cr13) Not a mass under a name of a collection's total (`Urine protein (24 h) 450 mg.`, `24 hr urine
  // protein 1.2 g`, `Protein excretion: 350 mg.`: collectionTotal), stop or none.
  if (row.unit && DOSE_UNIT.test(row.unit.trim().replace(/\.$/, '')) && !row.rangeText && !collectionTotal(row, opts)) return true;
  // (fixh) A comment's sentence that ends on its number and unit (`… osmolality. Corrected sodium for glucose approx.
  // 127 mmol/L.`): the unit glued to the sentence's full stop, no range or flag, after a name the catalog does not know
  // that reads as a sentence's words (sentenceWordsName). A name the catalog knows (`Sodium 140 mmol/L.`), or one in a
  // name's capitals (`Some New Marker Assay 12 mg/L.`), keeps its row.
  if (row.unit && sentenceStopAfterUnit(row.unit) && !row.rangeText && !row.flag && sentenceWordsName(row.name)
    && !(opts.knows?.(tierLabel(row.name)) ?? false)) return true;
  if (row.unit && DOSING_UNIT.test(row.unit.trim())) return true;
  // `Lower than optimal ( 25 - 75 nmol/L)`: a parenthesis the name opens on a number and does not close holds the
  // "value" too — a tier's range in parentheses after its label, not a result (labs31fix).
  if (RANGE_OPENED_IN_NAME.test(row.name)) return true;
  // labs29fix2: a rate or a dose per kilogram under a name the catalog does not know, no range printed. (cat7 review) Under
  // one it knows, an amount per day stays a row (a 24-hour urine's excretion, `Protein  150 mg/d` under `24-Hour Urine`),
  // while an amount per kilogram, hour or minute (`Glucose  5 mg/kg/min`, `Insulin  2 units/h`: an infusion) is none
  // unless the catalog measures the name in it.
  if (row.unit && RATE_OR_DOSE_UNIT.test(row.unit.trim()) && !row.rangeText
    && !(opts.knows?.(tierLabel(row.name)) && PER_DAY_UNIT.test(row.unit.trim())) && !(opts.measuresIn?.(tierLabel(row.name), row.unit) ?? false)) return true;
  const name = tierLabel(row.name);
  // `TAT  2  h` is a turnaround time; `TAT  3.2  ug/L` the thrombin-antithrombin complex, a result.
  const noResult = namesNoResult(name, ranged) || (/^tat$/i.test(name) && /^(?:min|mins|minutes|h|hr|hrs|hours|days?)$/i.test(row.unit?.trim() ?? ''))
    // (fixabg) `T  37.0 °C`: a blood-gas analyser's temperature (the patient's, entered), in degrees; `T` is no test.
    || (/^t$/i.test(name) && /^(?:°|º|deg\.?\s?)?\s?[CF]$/i.test(row.unit?.trim() ?? ''))
    // A label, a sentence, a control answered in words in a table's result column (`Overall interpretation  Negative`,
    // `Internal control  Detected`): as `answerApart` refuses them.
    || (row.value === null && isQualitativeAnswer(row.valueText ?? '') && labelAnswered(row.name));
  // (mend16, review cr8) The condition a sample was taken under naming a row measured in a unit of a quantity
  // (`fasting  5.4 mmol/L  3.5 - 6.0`, `Fasting  92 mg/dL` under a tolerance test's heading: its first timepoint): a
  // result, kept under its printed name. A fasting status is answered in words or hours (`Fasting  Yes`, `Fasting  12 h`).
  if (noResult && conditionMeasured(name, row)) return false;
  // Unless the catalog knows the name (asked only then: the name is rarely one of those).
  return noResult && !(opts.knows?.(name) ?? false) && !(opts.knowsInUrine?.(name) ?? false);
}

/** (mend16) A sample's condition (SAMPLE_CONDITION_LINE: `fasting`) as a row's name, its value a number in a unit of a quantity other than time (mend17: of a concentration). */
function conditionMeasured(name: string, row: RawRow): boolean {
  if (row.value === null || !SAMPLE_CONDITION_LINE.test(name.trim())) return false;
  const ucum = toUcum(row.unit?.trim() ?? '');
  // (mend17, review cr11) A concentration's or an activity's unit alone, per a volume or a mass (`mmol/L`, `mg/dL`,
  // `u[IU]/mL`, `U/L`, `mOsm/kg`): `Fasting  0 %`, `Fasting  70 kg`, `Fasting  36.8 °C` are a form's fields.
  return ucum !== null && !Object.hasOwn(TIME_UNITS, ucum) && CONCENTRATION_UCUM.test(ucum);
}
/** (mend17) A UCUM unit per a volume or a mass (or a molar amount: `mmol/mol`). */
const CONCENTRATION_UCUM = /^[^/]+\/(?:[munpfdc]?L|10\*\d+\/?L|[munpk]?g|[mu]?mol)$/;

/**
 * (fixh) A unit with the full stop of a sentence glued to it (`mmol/L.`): the unit without it reads as one (toUcum) and
 * the whole does not (`sec.`, an abbreviation's own full stop, reads as seconds).
 */
function sentenceStopAfterUnit(unit: string): boolean {
  const u = unit.trim();
  return u.length > 1 && u.endsWith('.') && toUcum(u) === null && toUcum(u.slice(0, -1)) !== null;
}

/**
 * (fixh) A name that reads as a sentence's words, not a test's: five words or more, three of them after the first
 * beginning in lower case (`Corrected sodium for glucose approx`, `blood gas and serum osmolality. Corrected …`), or a
 * full stop inside it before another word (a sentence ended in it).
 */
function sentenceWordsName(name: string): boolean {
  // (mend4) Not a long name of lower-case words alone (`Ionised calcium on blood gas 1.18 mmol/L.`, `Urine albumin to
  // creatinine ratio 2.1 mg/mmol.`: a test's name as a sentence, its result): a sentence's end inside it before a
  // capital, a word of approximation before the value (`… approx.`, `about`, `around`, `roughly`, `~`) or a verb.
  // A name ending on a sentence's verb (`In hospital your sodium was`, `The ideal for your LDL is`) is one too.
  return /\p{Ll}{2}\.\s+\p{Lu}/u.test(name) || APPROXIMATELY_BEFORE_VALUE.test(name.trim()) || NAME_ENDS_IN_VERB.test(name.trim());
}
/** A name ending on a sentence's verb, English's or (prose19) another language's (`Blodvärdet (Hb) är` before `162 g/L`). */
const NAME_ENDS_IN_VERB = new RegExp(String.raw`\s(?:is|was|were|are|${BE_VERB_ABROAD})$`, 'iu');
/** (fixk) The end of a note saying what a value was reported or given as (`previously reported as`, `resulted as`). */
const REPORTED_AS = /\b(?:reported|resulted|released|given|called)\s+as$/i;
/** (mend4) A word of approximation ending a name, before its value: `approx.`, `about`, `around`, `roughly`, `circa`, `~`. */
const APPROXIMATELY_BEFORE_VALUE = /(?:^|\s)(?:approx\.?|approximately|about|around|roughly|circa|ca\.|~)$/iu;

/** (b65) A name that ends in a preposition (`… on`, `… at`, `(on`, `, with`): the number after it is a quantity in a phrase. */
const QUANTITY_AFTER_PREPOSITION = /(?:^|[\s(,])(?:on|at|in|with|via|over|after|for|from|under|by|per|con|en|sous|mit|unter|bei)\s*$/i;

/**
 * A bare number beside a name the catalog does not know, with no unit, range or flag to say it was measured (known
 * once the whole report is read: a card prints its unit and range on the lines after the value), is what a table's
 * metadata rows hold (`| Booking No | 81034 | | |`, `Mobile  03336544368`), not a result.
 */
function bareUnknownNumber(row: RawRow, opts: TextParseOptions): boolean {
  // A lone letter other than H, L or A after the number is a unit of time or temperature (`Fasting 12 h`, `Stored at
  // 4 C`) at least as often as a flag: no evidence on its own.
  // (b65) So is H, L or A after a number a preposition governs (`Arterial blood gas on 2 L`, `ABG on 2 L`, `Blood gas
  // (on 2 L)`, `Sampled at 2 H`: QUANTITY_AFTER_PREPOSITION): a title's flow or time, its unit; no test's name ends in
  // a preposition (`Inhibin B  210  H` stays flagged, as does `Potassium 2 L` under a name the catalog knows).
  const letter = row.flag !== undefined && /^[A-Za-z]$/.test(row.flag);
  const flagged = row.flag !== undefined && !(letter && (!/^[HLA]$/.test(row.flag!) || QUANTITY_AFTER_PREPOSITION.test(row.name)));
  if (row.value === null || row.unit || row.rangeText || flagged) return false;
  // A short name its number cannot be (`Ht  170` on a vitals line: a height, no haematocrit) is no name known here.
  if (opts.knowsAs && opts.knows?.(row.name) && !opts.knowsAs(row.name, row.value)) return true;
  return !(knowingIn(row.specimen, opts).knows?.(row.name) ?? false) && !(opts.knowsInUrine?.(row.name) ?? false);
}

/**
 * (labs54fix) A name line that may name the value under it: no title, unit alone, column header or its words alone,
 * sentence, comment, patient's label, or words wholly in brackets (a method: `(Quimioluminescência)`).
 */
function readsAsTestName(text: string): boolean {
  const t = text.trim();
  return !isTitle(t) && !/^\(.*\)$/.test(t) && !loneUnit(t) && !isColumnHeader(t) && !t.toLowerCase().split(/[\s/]+/).every((w) => HEADER_WORDS.has(w))
    && !isSentence(t) && !commentKind(t) && !PATIENT_DETAIL_LABEL.test(t) && !SPECIMEN_ALONE.test(t) && !DISCIPLINE_ALONE.test(t);
}

/** (fix54) A laboratory discipline's name alone, a group's heading (`COAGULATION`, `SPECIAL CHEMISTRY`, `Haematology`). */
const DISCIPLINE_ALONE = /^(?:(?:clinical|special|routine|general)\s+)?(?:haematology|hematology|coagulation|biochemistry|chemistry|serology|immunology|immunochemistry|endocrinology|microbiology|pathology)$/i;

/** (fix54) A specimen's name alone on its line (`Serum`, `SERUM`, `Plasma`, `Whole Blood`, `Urine`): no test's name. */
const SPECIMEN_ALONE = new RegExp(String.raw`^(?:(?:whole|venous|arterial|capillary|edta)\s+)?(?:blood|serum|plasma|${URINE_WORDS}|${OTHER_SPECIMEN_WORDS})(?:\s+(?:sample|specimen))?$`, 'iu');

/**
 * (keysfix) Whether a title joined to a name ending in a bracket of the red cells' words (`Some Heading` / `Folate
 * (RBC)`) is known only through the bracket: the joined name reads as the bracket's words alone do (the red cell count),
 * and the title with the words before the bracket reads nothing. A title joins a name only when the whole is a name the
 * catalog knows. (keysfix review) Only the red cells' brackets: another bracket read alone names the row's analyte
 * itself (`Hemoglobin (HbA1c)`), whatever line stands above it.
 */
function joinsThroughBracket(title: string, name: string, opts: TextParseOptions): boolean {
  const parts = trailingParenthesis(name.trim());
  if (!parts || !parts[0] || !opts.sameAnalyte || !saysRedCells(parts[1])) return false;
  return opts.sameAnalyte(`${title} ${name}`, parts[1]) && !opts.knows?.(`${title} ${parts[0]}`);
}

/** A report's, section's or panel's title (`THYROID FUNCTION TEST REPORT`, `Lipid Panel`, `Liver Function Tests`). */
function isTitle(text: string): boolean {
  return /\b(report|panel|profile|results?|tests|laboratory|laboratories|department|division|section|summary|markers|pathway)\s*:?$/i.test(text.trim());
}

/**
 * Words of a sentence that test names do not use. (hormones) Also a method note's (`assuming`, `according`; not `from`,
 * `using` or `based`, which names of calculated tests use: `eGFR calculated from creatinine using CKD-EPI 2021`,
 * `Corrected calcium based on albumin`).
 */
const PROSE_WORDS = /^(the|is|are|was|were|has|have|been|be|should|may|can|this|that|these|which|when|if|please|for|with|as|by|than|not|no|your|you|assuming|assumes|assumed|according|unless|whether|because)$/i;
/** (hormones) A footnote's mark opening a line (`(b)`, `(1)`, `1)`, `*`, `†`): a note, not a test's name. */
const FOOTNOTE_MARK = /^(?:\(?[a-z1-9]\)|[*†‡§]+)$/;

/**
 * A name that is the start of a sentence: six words or more, two of them words of prose — (hormones) a footnote's mark
 * opening it counts as one (`(b) Free testosterone calculated (Vermeulen) from total testosterone and SHBG, assuming
 * albumin 4.3 g/dL.`: a method note read as a row named by it).
 */
export function isProseName(name: string): boolean {
  const words = name.split(/\s+/);
  const prose = words.filter((w) => PROSE_WORDS.test(w)).length;
  // (set 10, UK02) Or a long one that ends on `of` with a word of prose in it (`Free testosterone calculated (Vermeulen)
  // from total testosterone, SHBG and an assumed albumin of` before `43 g/L.`): a footnote's sentence, its amount no
  // result. (Review 16: `an` as a prose word had made `PSA ratio (free/total), valid only for an elevated PSA` one.)
  return (words.length >= 6 && prose + (FOOTNOTE_MARK.test(words[0]!) ? 1 : 0) >= 2) || (words.length >= 8 && prose >= 1 && /^of$/i.test(words.at(-1)!));
}

/**
 * The cells of a printed line where they are printed: a header indented more than its rows (`      Test name   Result`)
 * keeps its columns over theirs. Only a line whose text changed beyond its spaces (a Markdown heading) is split as read.
 */
function printedCells(raw: string, text: string, apart?: (comparator: Cell) => boolean): Cell[] {
  return raw.trim() === text ? textCells(raw.trimEnd(), apart) : textCells(text, apart);
}

/**
 * (prevalign) Whether a table's rows print their numbers under a header's cell: a previous results' header in another
 * language after the range over fixed-width text or a PDF (`Forrige resultat`, `Resultados anteriores`) heads a column
 * only so. Of the first twelve rows below the header (lines of three cells or more, up to the next header or the
 * same header again, forty lines at most), at most one in five has a cell running across the cell's left edge, and half at least have a cell starting
 * under it. A report whose rows are printed four spaces apart, not under its header (`Hemoglobina    15.1 g/dl    13.0 -
 * 17.0    14.8    14.6`), crosses it on most rows; one whose value lines under names of their own are short (`0.74
 * mg/dL    0.20 - 1.00    0.81`) reaches it on few: its header names no column there, and the row reader reads the
 * numbers after the range as previous results (read by the header, a method line under the name became the name).
 */
function rowsStandUnder(cell: Cell, lines: readonly SourceLine[], from: number): boolean {
  let rows = 0;
  let across = 0;
  let under = 0;
  // (review 38r) Rows of answers too (`HIV-AK  positiv  negativ  negativ`: a serology's table, no digit in it); forty
  // lines at most (a report of other languages' headers, which isColumnHeader does not stop at, was read to its end from
  // each of them).
  const header = lineText(lines[from - 1]!.text);
  for (let k = from; k < lines.length && k < from + 40 && rows < 12; k++) {
    const l = lines[k]!;
    const text = lineText(l.text);
    if (!text) continue;
    if (isColumnHeader(text) || text === header) break;
    const cs = (l.cells ?? printedCells(l.text, text)).filter((c) => c.text.trim());
    if (cs.length < 3) continue;
    rows++;
    if (cs.some((c) => c.x < cell.x - 1 && c.end > cell.x)) across++;
    if (cs.some((c) => c.x >= cell.x - 1 && c.x < cell.end)) under++;
  }
  return rows >= 2 && across * 5 <= rows && under * 2 >= rows;
}

/**
 * (review 38r) A page's counter printed before a row on its line (`Page 1 of 2    Potassium  4.1  mmol/L  3.5 - 5.1`, a
 * PDF's footer and the next page's first row run together): the row, the counter's place left blank so that its cells
 * keep their columns. Only before a name the catalog knows: a line that opens with a counter is otherwise a footer (the
 * order and the patient after it), which the row reader skips whole.
 */
function withoutPageCounterCell(text: string, knows?: (name: string) => boolean): string {
  const counter = PAGE_COUNTER_CELL.exec(text)?.[1];
  const next = counter ? /^\s*(\S+(?: \S+)*)/.exec(text.slice(counter.length))?.[1] : undefined;
  return next && knows?.(next) ? ' '.repeat(counter!.length) + text.slice(counter!.length) : text;
}

/** Leading spaces of a printed line. */
const indentOf = (text: string) => expandTabs(/^[ \t]*/.exec(text)![0]).length;

/** Whether a line continues the comment printed on the line before it. */
function continuesComment(before: { indent: number; text: string }, line: SourceLine, flat: string): boolean {
  if (/^[a-z(]/.test(flat)) return true;
  if (/[,;:\-–]$/.test(before.text)) return true;
  const indent = indentOf(line.text);
  return indent > 0 && indent > before.indent;
}

/** (labs54fix) A comment's or an interpretation's label alone on its line (`Comment:`, `Interpretation :`, `Notes -`). */
const COMMENT_LABEL_ALONE = /^\(?(?:comments?|notes?|interpretations?|remarks?)\s*[-:.]\s*$/i;

/**
 * (prose2) A line that cannot read a row, told cheaply before the row readers run (a 200 KB text of prose held a parse
 * thread 0.7 s, most of it in them): a sentence of eight words or more, single-spaced, every word letters alone but one
 * plain number (digits alone), not first and with three words or more after it, and a full stop glued to its last word
 * (`the level window of buffer 12 read and each value after it.`), the word after the number no unit, flag, answer or
 * range in words. The words that may be a value are the number and the answer words before it (`Normal`, `High`): the
 * readers read the unit, range and flag right after a value and leave the words after them, so a value followed by a
 * plain word reads no row (checked, not proven: no reader took any of some 21,000 made-up sentences of this shape, of
 * catalog names, units, flags, answers and range words, each read in six surroundings — a urine section, under a column
 * header, between rows, under a name line).
 */
export function readsNothingAt(text: string): boolean {
  const n = text.length;
  if (n < 16 || text.charCodeAt(n - 1) !== 46 /* . */) return false;
  let words = 0;
  let number = -1;
  let start = 0;
  for (let k = 0; k <= n; k++) {
    const c = k < n ? text.charCodeAt(k) : 32;
    if (c === 32) {
      const end = k === n ? n - 1 : k;
      if (end <= start) return false;
      const first = text.charCodeAt(start);
      if (first >= 48 && first <= 57) {
        if (number >= 0 || words === 0 || k === n) return false;
        for (let j = start; j < end; j++) if (text.charCodeAt(j) < 48 || text.charCodeAt(j) > 57) return false;
        number = words;
      } else {
        for (let j = start; j < end; j++) if ((text.charCodeAt(j) | 32) < 97 || (text.charCodeAt(j) | 32) > 122) return false;
      }
      words++;
      start = k + 1;
    }
  }
  if (words < 8 || number < 1 || words - number - 1 < 3) return false;
  // The word after the number none a value's tail may begin with: a unit, a flag, an answer or a range in words
  // (`… 40 Neg pg High …` reads a row: a range, a unit and a flag, the words after them left).
  const after = text.slice(0, -1).split(' ').slice(number + 1);
  return !isUnitToken(after[0]!) && !parseFlagToken(after[0]!) && !qualitativeValueAt(after, 0) && !rangeWordsAt(after, 0);
}

/** A line of prose: four words or more ending in a full stop, or more than eight words of mostly letters. */
function isSentence(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  const lettered = words.filter((w) => /^[A-Za-z][A-Za-z'’,;:.()-]*$/.test(w)).length;
  return (words.length >= 4 && /[.!]$/.test(text) && lettered >= words.length * 0.6) || (words.length > 8 && lettered >= words.length * 0.75);
}

/**
 * (leaders) A first cell that holds its name's value after a colon (`Promielócitos: 0,00 %`, the dotted leaders of
 * `Promielócitos.............: 0,00 %` closed up): the line's own reading reads it (a name, its value, then the rest);
 * in a block of such lines that line up, the columns put the whole cell in the name and read the second value as the
 * result (a page break after three of them: a row lost and one invented with `: 0,00 %` in its name).
 */
const VALUE_AFTER_COLON = /\p{L}[^:]*:\s*[<>≤≥]?\s*\d+(?:[.,]\d+)*(?:\s*[^\s\d:]\S{0,11})?$/u;

/**
 * The columns of headerless tables (fixed-width text, PDF rows placed by position): lines of three or more cells
 * that start with a name and hold a result are grouped into blocks (a column header, a Markdown or HTML table, a new
 * page or five lines of something else end a block), and each block's columns are inferred from the alignment of
 * its cells (table.ts, inferColumns). Lines of a block whose cells do not line up get no columns. (diffcols) A
 * differential's line of a percentage and a count (`differential`, percentsBesideCounts) is read by itself: it is no
 * line of the block and its cells say nothing of the block's columns (its count's cell would be one more value column).
 */
function alignedColumns(lines: readonly SourceLine[], differential: ReadonlyMap<SourceLine, unknown> = new Map(), opts: TextParseOptions = {}): Map<SourceLine, Column[]> {
  const out = new Map<SourceLine, Column[]>();
  let block: { line: SourceLine; cells: Cell[] }[] = [];
  let others = 0;
  /** (diffcols review) The differential's lines met since the block began: their cells, for a block too short alone. */
  let beside: Cell[][] = [];
  const close = () => {
    // (diffcols review) A block's lines alone first; when they are too few to show their columns (`Platelets  250
    // 10.5  150-400` over a differential: a result and a previous one), with the differential's lines beside them, as
    // before diffcols — the differential's lines get no columns either way, nor a percentage's line of a cell the
    // catalog counts that the differential's reading declined (`Neutrophils  78.0 %  8.42  H  1.80-7.70`: the line's
    // own reading takes its percentage and count apart; the columns would put the count's range on the percentage). A
    // count with a previous result (`Lymphocytes  2.10  1.90  1.00-4.80`, no `%`) gets them (review 9).
    const knows = (n: string) => Boolean(opts.knows?.(cleanName(n)));
    const alone = inferColumns(block.map((b) => b.cells), knows);
    const withBeside = !alone && block.length && beside.length ? inferColumns([...block.map((b) => b.cells), ...beside], knows) : null;
    const declinedPercent = (b: { cells: Cell[] }) => b.cells.some((c) => /%/.test(c.text)) && Boolean(opts.knows?.(`${cleanName(b.cells[0]!.text)} absolute`));
    if (alone) for (const b of block) out.set(b.line, alone);
    else if (withBeside) for (const b of block) if (!declinedPercent(b)) out.set(b.line, withBeside);
    block = [];
    beside = [];
    others = 0;
  };
  for (const line of lines) {
    const text = lineText(line.text);
    if (text && differential.has(line)) {
      beside.push((line.cells ?? printedCells(line.text, text)).filter((c) => c.text.trim()));
      others = 0;
      continue;
    }
    if (!text) continue;
    if (line.tableCells || markdownCells(line.text)) {
      close();
      continue;
    }
    const cells = (line.cells ?? printedCells(line.text, text)).filter((c) => c.text.trim());
    if (block.length && line.page !== block[block.length - 1]!.line.page) close();
    if (cells.length >= 2 && headerColumns(cells)) {
      close();
      continue;
    }
    const candidate = cells.length >= 3 && /[A-Za-z]/.test(cells[0]!.text) && !isMetadata(text) && !VALUE_AFTER_COLON.test(cells[0]!.text)
      && cells.slice(1).some((c) => ['number', 'qualitative'].includes(cellKind(c.text)));
    if (candidate) {
      block.push({ line, cells });
      others = 0;
    } else if ((block.length || beside.length) && ++others >= 5) close();
  }
  close();
  return out;
}

const normalLine = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Lines printed the same on two or more pages, at the top or the foot of each (the first eight or last five lines of
 * its page): letterheads and footers. A row printed again in the middle of a page (a summary of abnormal results
 * repeated in the detail) is not one; (set 9) nor, at the top of the next page, the last copy of a line that reads as a
 * result's row (`resultRow`: a summary page's results printed again at the top of the detail's page). Pages are the
 * PDF's, or in text the parts between form feeds and `Page n of m` lines.
 */
function repeatedOnPages(lines: readonly SourceLine[], resultRow: (text: string) => boolean = () => false): Set<SourceLine> {
  const pages: { line: SourceLine; text: string }[][] = [];
  let page: { line: SourceLine; text: string }[] = [];
  let current: number | undefined;
  for (const line of lines) {
    const text = normalLine(line.text.replace(/\f/g, ' '));
    if (line.page !== undefined && line.page !== current && page.length) {
      pages.push(page);
      page = [];
    }
    current = line.page;
    if (line.page === undefined && line.text.includes('\f') && page.length) {
      pages.push(page);
      page = [];
    }
    if (text) page.push({ line, text });
    if (line.page === undefined && PAGE_OF_PAGES.test(text)) {
      pages.push(page);
      page = [];
    }
  }
  if (page.length) pages.push(page);
  const seenOn = new Map<string, { pages: Set<number>; lines: SourceLine[]; edge: boolean }>();
  pages.forEach((onPage, p) => onPage.forEach(({ line, text }, i) => {
    const entry = seenOn.get(text) ?? { pages: new Set<number>(), lines: [], edge: true };
    entry.pages.add(p);
    entry.lines.push(line);
    entry.edge &&= i < 8 || i >= onPage.length - 5;
    seenOn.set(text, entry);
  }));
  return new Set([...seenOn.values()].filter((e) => e.pages.size > 1 && e.edge)
    .flatMap((e) => (resultRow(e.lines[0]!.text) ? e.lines.slice(0, -1) : e.lines)));
}

function notAResult(line: SourceLine, name: string, reason: string): ParseWarning {
  return {
    code: 'not-a-result',
    message: `"${name}" was not read: the report says "${reason}"`,
    line: line.line,
    ...(line.page ? { page: line.page } : {}),
  };
}

/** `Glucose  Pending`, `Potassium  Cancelled`: a named row whose result is not there. */
function notAResultRow(text: string): { name: string; reason: string } | null {
  const tokens = tokenize(text);
  const said = firstNotAResult(tokens, 1);
  if (!said) return null;
  const name = cleanName(tokens.slice(0, said.at).join(' '));
  return /[A-Za-z]/.test(name) ? { name, reason: said.reason } : null;
}

/**
 * A value line led by a flag mark (`*B	58.0 mg/dL 74.0 - 106.0`, `*A  204.0 U/L`, `H  6.8 %`, `↑ 5.9 mmol/L`): the
 * mark, then a tab or spaces, then the number. A star before a letter here is a flag (alto/bajo), not a footnote's mark.
 */
const FLAG_LED_VALUE = /^\s*(?:\*[ABHLabhl]|[▲▼↑↓△▽]|HH|LL|H|L)\s+(?=[<>≤≥]?=?\s*-?\d)/;

/**
 * Method, comment and evaluation lines that belong to the row above (`Method - …`, `Eval: …`, `Comment: …`, `NTE …`):
 * `note`; a performing site or specimen line (`Performed at: …`, `Specimen: Serum`): `site`.
 */
export function commentKind(text: string): 'note' | 'site' | null {
  // A footnote: one mark glued to its first word (`*Paired random blood glucose 7.17 mmol/L.`, `†Repeat advised`) —
  // not a bullet (`* WBC …`, a space after it) nor emphasis (`*Glucose*`, `**H**`).
  // (Nor a flag mark before a value line, `*B  58.0 mg/dL`: FLAG_LED_VALUE with a value only after it, as `flagLed`
  // reads one. `*L 2 replicates averaged`, `*A 1:10 dilution was performed` are footnotes whose words start with a digit.)
  if (/^\s*[*†‡§](?=[A-Za-z])/.test(text) && !/^\s*\*[^*]*\*/.test(text) && !(FLAG_LED_VALUE.test(text) && valueOnly(text) !== null)) return 'note';
  // `Metodología:`, `Método :`, `Méthode :`, `Metodo:` (a method in Spanish, Portuguese, French and Italian) are notes too.
  // (labsrobfix2) A line of words wholly in one pair of brackets (`(repeat in 3 months)`, `(calculated by Friedewald)`):
  // a remark on the row above, never a row of its own (`(repeat in` = 3 months). Not a range or a unit alone, nor a
  // word or two that may be a name's rest (`(direct dialysis)`, `(Serum)`).
  const bracketed = /^\(([A-Za-z][^()]*)\)$/.exec(text.trim())?.[1]?.trim();
  if (bracketed && tokenize(bracketed).length >= 3 && !readsAsRange(bracketed) && !loneUnit(bracketed)) return 'note';
  const m = /^\(?(eval(?:uation)?|method|methodology|metodolog[ií]a|m[ée]todo|m[ée]thode|comment|comments|note|notes|please note|interpretation|remark|remarks|nte|specimen|sample type|performed (?:at|by)|tested at|site)\b\s*[-:.]/i.exec(text.trim());
  if (!m) return null;
  // (set 25) `Interpretation: LL (Critical low)`, `Interpretation: H`: a card's flag (read as `Flag:` is), no note.
  if (/^interpretation$/i.test(m[1]!)) {
    const said = text.trim().slice(m[0].length).trim();
    if (said.length <= 40 && normalizeFlag(said) !== null) return null;
  }
  return /^(specimen|sample type|performed|tested at|site)/i.test(m[1]!) ? 'site' : 'note';
}

/** (b57) Words before a test's name that make another analyte of it: small dense, oxidized, antibodies to, non-, free. */
const ANALYTE_MODIFIER = /^(?:sd|small|dense|ox|oxidi[sz]ed|anti|non|free)$/i;

/**
 * A name that is glued to a title (`Lab Results Summary Alanine Aminotransferase`): when the catalog does not know
 * the whole but knows its last words, those.
 */
function bindableName(name: string, opts: TextParseOptions): string {
  const clean = cleanName(name);
  const knows = opts.knows;
  if (!knows || knows(clean)) return clean;
  const words = clean.split(' ');
  for (let i = 1; i < words.length; i++) {
    // (b57) Not a known name right after a word that makes another analyte of it (`sd LDL`, small dense LDL; `ox LDL`,
    // oxidized; `anti`, `non`, `free`: the whole name, unknown, is the row's where no other tail is known). (b57 review)
    // Only right after: a known name further on is still the row's (`Non Fasting Glucose`, the glucose; a title's
    // `Small Bowel Biopsy Ref Calcium`, the calcium), as before batch 57.
    if (ANALYTE_MODIFIER.test(words[i - 1]!)) continue;
    // (fixl) Nor a tail that starts inside a bracket (`Cholesterol (HDL, LDL)`: `LDL)` is a word of the title's list).
    const head = words.slice(0, i).join(' ');
    if ((head.match(/\(/g)?.length ?? 0) > (head.match(/\)/g)?.length ?? 0)) continue;
    const tail = words.slice(i).join(' ');
    // (set 25) Nor a bracket after the name (`eGFR (cystatin C)`: what the eGFR is estimated from, no test of its own).
    if (tail.startsWith('(')) continue;
    if (tail.length >= 3 && knows(tail)) return shortNameDisagrees(head, tail, opts) ? clean : tail;
  }
  return clean;
}

/**
 * (fixr85b) A heading of a short name, a spaced hyphen and a full name (`FSH - HORMONIO LUTEINIZANTE`, as Brazilian
 * laboratories title each test) whose short name is itself a test's name and another test than the full name's: the
 * two say different analytes, and a wrong one is worse than none — the whole name, which the catalog reads as nothing
 * (codeDashFullName), stays the row's. A title that names no test before the hyphen (`Hormones - LH`) leaves the name
 * after it the row's, as before; so do two parts that agree (`LH - HORMONIO LUTEINIZANTE`, read whole already).
 */
function shortNameDisagrees(head: string, tail: string, opts: TextParseOptions): boolean {
  const short = /^(.*?\S)\s+[-–]$/.exec(head)?.[1] ?? (/^[-–]\s/.test(tail) ? head : undefined);
  if (!short || short.split(' ').length > 3 || !opts.knows?.(short)) return false;
  // (mend27, review cr22) A short name is an abbreviation (`FSH`, `TSH`, `HbA1c`, `T4`): a word in lower case (`Protein -
  // Albumin`, a section's word over its test) titles the row, as before.
  if (/\p{Ll}{3}/u.test(short)) return false;
  const full = tail.replace(/^[-–]\s+/, '');
  if (!opts.knows?.(full)) return false;
  // (A short name that is a word of the full name or its first letters, `T3 - Reverse T3`, `NEUT - Neutrophil count`:
  // one test's two forms, as hl7.parser's localCodeDisagrees reads a code beside its text.)
  const s = short.toLowerCase();
  if (full.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((w) => w === s || (s.length >= 3 && w.startsWith(s)))) return false;
  // (mend27, review cr22) A full name of a narrower form of the short name's test (`HB - HEMOGLOBINA GLICADA`): one test.
  return opts.sameAnalyte?.(short, full) === false && opts.narrows?.(short, full) !== true;
}

/** (set 14, CU03) A date's digits as a header prints them (`09/15/25`, `12.02.2024`, `14. 10. 2020`, `2024-02-12`): withHeaderDatesBelow's gate. */
const DATE_DIGITS = /\d{1,4}[/.-]\s?\d{1,2}[/.-]\s?\d{2,4}/g;

/** (set 14, NL04) The rest of a wrapped name on a line of its own: up to three words of letters, no digits. */
const WRAPPED_NAME_REST = /^\p{L}[\p{L}.'-]*(?: \p{L}[\p{L}.'-]*){0,2}$/u;

/**
 * (set 14, NL01; review 20) A value line whose range is printed in brackets, round or square, a flag perhaps after it
 * (`31 nmol/L    (11-80)`, `6.8 mIU/L    (0.27 - 4.20)    H`, `1.9 ng/mL    [1.0 - 3.5]` under a name on its own
 * line), as a row's line prints it: read with the brackets off the range. Only a bracket that holds a range alone, after
 * the value.
 */
function bracketedRangeTail(text: string, tokens: readonly string[]): Tail | null {
  if (!tokens.length || !parseValueToken(tokens[0]!)) return null;
  let found = false;
  const unbracketed = text.replace(BRACKETED_SEGMENT, (all, inner: string) => (readsAsRange(inner.trim()) ? ((found = true), ` ${inner.trim()} `) : all));
  return found ? parseTail(['_', ...tokenize(unbracketed)], 1) : null;
}
const BRACKETED_SEGMENT = /(?<=\s)[([]([^()[\]]+)[)\]](?=\s|$)/g;
/**
 * A line that is only a value (`94.6 mg/dL`, `6.1 (H)`, `Negative`), or a value with its unit and range
 * (`46.00 mg/dL 46 - 174`, `mg/dL <20`): what a card or a native PDF prints under the name. With `withRange` false, no
 * range may follow (a table's value cell).
 */
function valueOnly(text: string, withRange = true): Omit<RawRow, 'line' | 'name'> | null {
  // (labs34fix) `Inferior a 0,40`, `Superior a 90`, `menor que 5`, `less than 0.5` leading a value cell: a censored result,
  // its words the comparator.
  const bounded = VALUE_BOUND_WORDS.exec(text.trim());
  const tokens = tokenize(bounded ? `${bounded[1] ? '<' : '>'} ${text.trim().slice(bounded[0].length)}` : text);
  // `mg/dL <20`: the unit printed before the value (not a value printed against its unit: `46.00mg/dL  46 - 174`).
  if (tokens.length >= 2 && isUnitToken(tokens[0]!) && !parseValueToken(tokens[0]!) && !splitStuckUnit(tokens[0]!) && parseValueToken(tokens[1]!)) tokens.splice(0, 2, tokens[1]!, tokens[0]!);
  // `H 6.8 %`: the flag printed before the value in its cell (`*B  58.0mg/dL`: a star flag, before a value against its
  // unit too, as FLAG_LED_VALUE reads a value line led by a flag).
  else if (tokens.length >= 2 && /^[([]?(H|L|HH|LL|H\*|L\*|A|▲|▼|↑|↓)[)\]]?$/.test(tokens[0]!) && parseValueToken(tokens[1]!)) tokens.splice(0, 2, tokens[1]!, tokens[0]!);
  else if (tokens.length >= 2 && /^\*[ABHLabhl]$/.test(tokens[0]!) && (parseValueToken(tokens[1]!) || splitStuckUnit(tokens[1]!))) tokens.splice(0, 2, tokens[1]!, tokens[0]!);
  // (cumulplus) A number and a plus or (in a table's value cell, read without its range) `bas` apart (`231 +`, `10.8  bas`:
  // looseFlagAfterValue): the value and its flag, as the row reader reads them.
  const loose = looseFlagAfterValue(tokens, !withRange);
  if (loose) {
    const plain = valueOnly(tokens[0]!, withRange);
    return plain && !plain.flag ? { ...plain, flag: loose } : plain;
  }
  const tail = parseTail(['_', ...tokens], 1) ?? bracketedRangeTail(text, tokens);
  // A previous result (and its date) may follow the value on a card's value line (`6.5 6.2 10/01/2022 % <5.7`).
  if (!tail || (tail.hadPrevious && !withRange) || (!withRange && tail.rangeText)) return null;
  const { hadPrevious: _p, ...row } = tail;
  return row;
}

/**
 * (fixr85a) A bound printed somewhere in a range column's text: an interval (`165 a 753`, `0,4-4,2`, `3,5 to 5,1`, `6h
 * - 10h` too), a comparator before a number (`< 5,0`, `>=126`) or a bound's words before one (`inferior a 20`,
 * `superior a 100`, `inferiores a 0,95`, `up to 46`, `bis 5`).
 */
const COLUMN_BOUND = /(?:^|[\s:(|])(?:[<>≤≥]=?\s*\d|\d+(?:[.,]\d+)?(?:\s*[a-zµ]{1,4})?\s*(?:-|–|—|~|a|à|to|bis|al)\s*(?:[<>]\s*)?\d)|\b(?:inferior(?:es)?|superior(?:es)?|at[ée]|hasta|up to|bis|below|above|under|over|less than|more than|menor(?:es)? que|mayor(?:es)? que)\s+(?:ou igual\s+)?(?:a\s+)?\d/iu;
/**
 * (fixr85a) A note printed in a range column (`Atenção para novo intervalo de referência a partir de 11/10/2021`,
 * `Attention: new reference interval from …`, `Note: …`): it ends the range, it is none of it.
 */
const COLUMN_NOTE = /^(?:aten[çc][ãa]o|atenci[óo]n|attention|achtung|hinweis|nota|notas|note|notes|remarque|avviso|obs\.?|observa[çc][ãa]o)\b/iu;

/**
 * (fixr85a) A value line under its test's heading (`Resultado: 318 ng/dL`, `Result: 4.2 mIU/mL`, after VALUE_LABEL)
 * whose range column, right of the value after a wide gap (three spaces or more), is printed over several lines: the
 * tiers of a range by sex, age, menstrual phase, pregnancy, Tanner stage or time of collection (`Homens adultos` / `21 a
 * 49 anos: 165 a 753 ng/dL` / `A partir de 50 anos: 86 a 788 ng/dL` / `Mulheres adultas` / …), each line under the
 * column's first (at its column or right of it), blank lines between (two at most). The column ends at a line printed
 * left of it (the next row, a note paragraph, `Resultados Anteriores:`), at a note in the column (COLUMN_NOTE) or after
 * forty lines. Read only where the line does not read as a value with its range (valueOnly): the value and its unit
 * before the gap, and the column's lines joined by a space, each as printed (its own spacing kept) — text only, no
 * bounds and no flag where the column has more than one line (which tier applies is not said); one line alone that
 * reads as one labelled or plain range (`Adultos.: 2,5 a 4,5 mg/dL`) gives its bounds. The column must print a bound
 * somewhere (COLUMN_BOUND) and its first line be no earlier result (`Previous: 573 ng/mL`) nor a second value: else null,
 * and the line is read as before. The value, the range and the column's lines below the value's line.
 */
function rangeColumnBeside(line: SourceLine, labelled: string, lines: readonly SourceLine[], at: number): {
  value: Omit<RawRow, 'line' | 'name'>; range: Pick<RawRow, 'rangeText' | 'rangeTextOnly' | 'range'>; lines: SourceLine[];
} | null {
  const gap = /\s{3,}/.exec(labelled.trim());
  if (!gap) return null;
  const head = labelled.trim().slice(0, gap.index);
  const first = labelled.trim().slice(gap.index + gap[0].length).trim();
  const value = valueOnly(head, false);
  if (!value || value.value === null || value.value === undefined || !first) return null;
  if (isPreviousResultLine(first) || valueOnly(first, false) || COLUMN_NOTE.test(first)) return null;
  // (A second card's value label beside the first's, `Your result: 64 ng/mL`, cards side by side: no range column, mend9.)
  if (first.split(/\s{3,}/).some((cell) => isValueLabel(cell))) return null;
  const x = line.text.lastIndexOf(first);
  if (x < 24) return null;
  // The column's lines as printed, dot leaders kept (`7 dias......: 0,32 a 12,27`), where only the leaders differ.
  const asPrinted = (read: string, printed: string | undefined) => (printed !== undefined && withoutLeaders(printed).trim() === read ? printed.trim() : read);
  const printedLine = line.printed ?? '';
  const headAt = printedLine.indexOf(head);
  const parts = [asPrinted(first, headAt >= 0 ? printedLine.slice(headAt + head.length) : undefined)];
  const taken: SourceLine[] = [];
  for (let k = at + 1, blanks = 0; k < lines.length && k <= at + 40; k++) {
    const next = lines[k]!;
    const t = next.text.trim();
    if (!t) {
      if (++blanks > 2) break;
      continue;
    }
    const indent = next.text.search(/\S/);
    if (indent < x - 2 || COLUMN_NOTE.test(t) || isPageCounter(t)) break;
    parts.push(asPrinted(t, next.printed));
    taken.push(next);
    blanks = 0;
  }
  if (!parts.some((p) => COLUMN_BOUND.test(p))) return null;
  if (parts.length === 1) {
    const read = rangeLineUnderLabel(first);
    if (!read) return { value, range: { rangeText: parts[0]!, rangeTextOnly: true }, lines: taken };
    const bounds = parseReferenceRange(read.bounds);
    const text = read.unit && parts[0]!.endsWith(read.unit) ? parts[0]!.slice(0, parts[0]!.length - read.unit.length).trim() : parts[0]!;
    return { value, range: { rangeText: text, range: { low: bounds.low, high: bounds.high, lowInclusive: true, highInclusive: true } }, lines: taken };
  }
  return { value, range: { rangeText: parts.join(' '), rangeTextOnly: true }, lines: taken };
}

/**
 * (labs34fix review) A cell of a note (`low iron stores, repeat in 3 months`, `on levothyroxine 50 mcg`): a word of
 * four letters or more that is no unit, flag or bound word.
 */
function isNoteCell(text: string): boolean {
  return tokenize(text).some((t) => /^\p{L}{4,}[,.;:]?$/u.test(t) && !isUnitToken(t) && !parseFlagToken(t));
}

/**
 * Words of a bound before a number, at the start of a value cell: below (`inferior a`, `inférieur à`, `inf. à`, `menor
 * que`/`de`, `less than`: group 1) or above (`superior a`, `supérieur à`, `sup. à`, `mayor`/`maior que`, `greater than`,
 * `more than`), in the languages `tokens.ts`'s bound words know.
 */
const VALUE_BOUND_WORDS = new RegExp(String.raw`^(?:((?:${FRENCH_BELOW})\s*${FRENCH_TO}|menor\s+(?:que|de)|less\s+than)|(?:${FRENCH_ABOVE})\s*${FRENCH_TO}|ma[iy]or\s+(?:que|de)|greater\s+than|more\s+than)\s+(?=\d)`, 'i');

/**
 * (invented) The words of a comparison before a bound that a tier's phrase (TIER_BOUND_WORDS) and a tier's label
 * ending in one (comparisonEnd) share — shared by those two only: a value's bound in words (VALUE_BOUND_WORDS, above),
 * a name's open parenthesis (OPEN_COMPARISON) and reference-range.ts's BOUND, ABOVE_WORD, BELOW_WORD, UP_TO_WORD and
 * RANGE_WORD keep their own lists, which differ (Slavic words, `upto`, no Portuguese or Spanish words). The words:
 * `inferior`/`superior`/`menor`/`maior`/`mayor` (`ou igual`, `o igual`) `a`/`que`/`de`, `igual a`, French
 * `inférieur`/`supérieur` (`ou égal`) `à` (FRENCH_BELOW, FRENCH_ABOVE), `abaixo de`, `acima de`, `até`/`ate`/`hasta`
 * (UP_TO_PT_ES), `desde`, `below`, `above`, `under`, `over`, `less`/`greater`/`more`/`higher`/`lower than` (`or equal
 * to`), `up to`.
 */
// (fixr83) The plurals too (`resultados inferiores a 0,95`, `valores superiores a`: a sentence's bound).
const COMPARISON_WORDS = String.raw`(?:(?:inferior|superior|menor|maior|mayor)(?:es)?(?:\s+(?:ou|o)\s+igual)?\s+(?:a|que|de)|igual\s+(?:a|que|de)|(?:${FRENCH_BELOW}|${FRENCH_ABOVE})(?:\s+ou\s+[ée]gale?s?)?\s*${FRENCH_TO}|abaixo\s+de|acima\s+de|${UP_TO_PT_ES}|desde|below|above|under|over|(?:less|greater|more|higher|lower)\s+than(?:\s+or\s+equal\s+to)?|up\s+to)`;
/** A comparison's sign (`<`, `>=`, `≥`, `>/=`, `=<`). */
const COMPARISON_SIGN = String.raw`(?:[<>≤≥]\s?\/?\s?=?|=\s?[<>])`;
const TIER_BOUND_WORDS = String.raw`(?:${COMPARISON_WORDS}|${COMPARISON_SIGN})`;
/**
 * (invented) A comparison ending a text, as a tier's label ends before its bound (`Diabetes: >/=` over `6.50%`,
 * `Compatível com diabetes : Superior ou igual a`): its words (COMPARISON_WORDS) after no letter, or its sign apart
 * from the word before it (`WBC<` is an OCR's stray sign), a colon perhaps after it. A test's name may end so too: a
 * censored result printed with its sign apart (`eGFR  >/=  90`), which the reader tells by the name (push).
 */
const COMPARISON_END = new RegExp(String.raw`(?:(?<![\p{L}\p{N}])${COMPARISON_SIGN}|(?<!\p{L})${COMPARISON_WORDS})\s?:?$`, 'iu');

/**
 * (invented) A name that ends in a comparison: the label before it (its colon left out) and the comparison's sign
 * when it is one, in tokens.ts comparatorOf's spelling (`>/=` and `>/` read `>=`, `≥=` reads `>=`); or null.
 */
function comparisonEnd(name: string): { label: string; sign?: Comparator } | null {
  const text = name.trimEnd();
  const m = COMPARISON_END.exec(text.slice(-60));
  if (!m) return null;
  // (The spaces and colons before the comparison trimmed from the end in one pass: `[\s:]+$` tried a run of spaces
  // inside the name from each of its places.)
  let end = text.length - m[0].length;
  while (end > 0 && (text[end - 1] === ':' || /\s/.test(text[end - 1]!))) end--;
  const label = text.slice(0, end);
  const sign = comparatorOf(m[0].replace(/[\s:]/g, '').replace(/\/=?/, '=').replace(/(?<=[≤≥])=/, ''));
  return sign ? { label, sign } : { label };
}
/**
 * (labs56) A range's tier, its label first and a colon (`- Normal : Inferior a 5,7 %`, `Pré-diabetes: 5,7 a 6,4%`,
 * `Diabetes: superior ou igual a 6,5 %`): a dash perhaps, words, a colon, a bound in words or signs or an interval,
 * perhaps its unit. As a source, and a line of it alone.
 */
const TIER_SOURCE = String.raw`(?:-\s*)?\p{L}[\p{L}\p{M}'.\s-]{0,60}?\s*:\s*(?:${TIER_BOUND_WORDS}\s*)?\d+(?:[.,]\d+)?(?:\s*(?:a|-|–|to)\s*\d+(?:[.,]\d+)?)?\s*(?:%|[A-Za-zµμ]{0,8}\/[A-Za-zµμ0-9]{1,8})?`;
const TIER_PHRASE = new RegExp(`^${TIER_SOURCE}$`, 'iu');
/**
 * (fix9) A tier's range after its label in any report language (`Limítrofe: 200 - 239`, `Alto: >= 240`, `Riesgo alto:
 * > 160`): the label's words each a tier's (tierWord), the rest a range (readsAsRange, whose words are English only).
 */
function tierLabelledRange(text: string): boolean {
  const m = /^([^:]{1,40}):\s*(\S.*)$/u.exec(text.trim());
  return Boolean(m && m[1]!.trim().split(/\s+/).every(tierWord) && readsAsRange(m[2]!));
}

/** (labs56) A tier's word (TIER_WORD), alone or as the first part of a hyphened word (`Pré-diabetes`, `No-HDL`). */
const tierWord = (w: string): boolean => TIER_WORD.test(w) || TIER_WORD.test(w.split('-')[0]!);

/** (labs56) Whether a tier's label (before its colon) has a tier's word (TIER_WORD: `Normal`, `Risco`, `Diabetes`). */
function namesTier(tier: string): boolean {
  return tier.split(':')[0]!.split(/[\s-]+/).some((w) => TIER_WORD.test(w));
}

/**
 * (fix56) Whether a line under a row whose first tier follows its value (TIER_AFTER_VALUE; `first` that tier) is its
 * next tier: a tier's phrase (TIER_PHRASE) whose label starts or (fix5) ends with a tier's word (`Risco aumentado`,
 * `Diabetes mellitus`; `Tolerância à glicose diminuída`, `Near optimal`, `Consistent with diabetes`, `Muito alto`), or
 * is dashed like a dashed first tier or indented, and has a tier's word (namesTier) — and is no name the catalog knows
 * with a value and its unit (`High sensitivity CRP : 2,1 mg/L`: the next result, not a tier). A tier's word only inside
 * the label (`Colesterol de baixa densidade : 110 mg/dL`, a name the catalog does not know) is no tier. (fix5) A label
 * that only ends with a tier's word broke the chain partway before (`Diabetes mellitus : Superior a 126 mg/dL` read as
 * a row after `Tolerância à glicose diminuída` was lost).
 */
function tierLineUnder(raw: string, first: string, opts: TextParseOptions): boolean {
  const text = raw.trim();
  if (!TIER_PHRASE.test(text) || !namesTier(text)) return false;
  const colon = text.indexOf(':');
  const label = text.slice(0, colon).replace(/^-\s*/, '').trim();
  const after = text.slice(colon + 1).trim();
  const words = label.split(/\s+/);
  // (lead, review 6) A lone value (with or without its unit) after a name the catalog knows — the whole label, or the
  // label before a last word that may be a status (`HDL Cholesterol Normal : 55 mg/dL`, `Colesterol No-HDL : 150`) —
  // is the next result, not a tier (fix5's labels ending in a tier's word had swallowed them);
  // `Consistent with diabetes : 6.5 %` names no test and stays a tier.
  const lone = VALUE_AND_UNIT.test(after) || PLAIN_NUMBER.test(after);
  if (lone && (opts.knows?.(cleanName(label)) || (words.length > 1 && opts.knows?.(cleanName(words.slice(0, -1).join(' ')))))) return false;
  const startsOrEndsWithTier = tierWord(words[0]!) || tierWord(words.at(-1)!);
  const dashedLikeFirst = /^-/.test(text) && /^-/.test(first.trim());
  return startsOrEndsWithTier || dashedLikeFirst || /^\s{2,}/.test(raw);
}

/**
 * (b57 review) Whether a tier's label printed on its own line(s) under a range (tierLinesUnder) names a tier, a
 * population or a stage: a word of TIER_WORD (tierWord: `Deseable`, `Riesgo Moderado`, `Insufficiency`), of
 * POPULATION_WORD (`Adulto sano`) or STAGE_WORD, or a numbered stage first (`Estadio 3A, …`, `Grado 2, leve`: a word
 * and a number, perhaps a letter after it). `Pus Cells`, `Anion gap calc` name none: results, no tiers.
 */
function namesTierOnItsLine(text: string): boolean {
  if (/^\p{L}+\s+(?:\d+[A-Za-z]?|[IVX]+)(?:[,:.]|\s|$)/u.test(text.trim())) return true;
  return text.split(/[\s,;:()/]+/).filter(Boolean).some((w) => tierWord(w) || POPULATION_WORD.test(w) || STAGE_WORD.test(w));
}

/**
 * (b57 review) Whether the range `next` follows on from `prev` in a tier block: going up, its lower bound at or one
 * printed step above prev's upper (`0 a 199` / `200 a 239`; `< 150` / `150 a 199`; `130` / `130 a 189`); going down, its
 * upper bound at or one step below prev's lower (`30 - 100` / `20 - 29`). The step is one unit of the finer of the two
 * bounds' last printed decimal (199 → 200, 1.3 → 1.4). Once a block goes one way (`direction`), it goes on that way.
 */
function followsOn(prev: { low?: number; high?: number }, next: { low?: number; high?: number }, direction: 'up' | 'down' | null): 'up' | 'down' | null {
  const decimals = (n: number): number => (String(n).split('.')[1] ?? '').length;
  const near = (below: number, above: number): boolean => {
    const gap = above - below;
    return gap >= -1e-9 && gap <= 10 ** -Math.max(decimals(below), decimals(above)) + 1e-9;
  };
  if (direction !== 'down' && prev.high !== undefined && next.low !== undefined && near(prev.high, next.low)) return 'up';
  if (direction !== 'up' && prev.low !== undefined && next.high !== undefined && near(next.high, prev.low)) return 'down';
  return null;
}

/** (b57 review) Whether the range `next` lies wholly past `prev` going `direction` (up: above its upper bound; down: below its lower). */
function beyond(prev: { low?: number; high?: number }, next: { low?: number; high?: number }, direction: 'up' | 'down'): boolean {
  return direction === 'up'
    ? prev.high !== undefined && next.low !== undefined && next.low > prev.high
    : prev.low !== undefined && next.high !== undefined && next.high < prev.low;
}

/**
 * (fix5) A value and its unit alone (`2,1 mg/L`, `6.5 %`): a number then one token with a letter or `%`, at most 40
 * characters. The cap keeps the test linear: without it a run of 200,000 digits took 49 s (the number and `\S*` share
 * the digits); with it 1 ms.
 */
const VALUE_AND_UNIT = /^(?=.{1,40}$)\d+(?:[.,]\d+)?\s*\S*[A-Za-zµμ%]\S*$/u;

/**
 * (labs56) A row whose range's first tier follows its value and unit on the line (`-Hemoglobina glicada-A1C:   5,4 %
 * - Normal : Inferior a 5,7 %`): group 1 the name, 2 the value, 3 the unit, 4 the tier.
 */
const TIER_AFTER_VALUE = new RegExp(String.raw`^(-?\p{L}[^:]{0,80}?)\s*:\s*(\d+(?:[.,]\d+)?)\s*(%|[^\s\d.,]\S{0,23})\s+(${TIER_SOURCE})$`, 'iu');

/** (labs56) A name at a line's start: words of letters and marks, no digit, `%` or colon (each word's end the only place it may end). */
const LEADING_NAME = String.raw`\p{L}[^\d%:\s]*(?:\s+[^\d%:\s]+)*`;

/**
 * (labs56) A name, a value in per cent or a count per volume, then a lone `0` in the same unit ending the line
 * (`Eritroblastos....: 0,00 %   0 %`, `Blastos  0 /mm3  0 /mm3`): the zero is the range, 0 to 0 — (fix56) only where
 * the value is itself 0 or the name is a cell none is expected of in blood (zeroRangeName); `Basophils  1 %  0 %` (a
 * value and an earlier one, no header) is no zero range.
 */
const ZERO_RANGE_ROW = new RegExp(String.raw`^(${LEADING_NAME})(?:\s*:\s*|\s+)(\d+(?:[.,]\d+)?)\s*(%|\/mm3|\/[uµμ]L)\s+0\s*\3$`, 'u');

/**
 * (fix56) A cell none is expected of in a blood count, whose range may be a lone zero (ZERO_RANGE_ROW). RARE_CELL, on
 * the name with its accents folded (fix5: `Linfócitos atípicos` is `Linfocitos atipicos`): blasts, erythroblasts and
 * normoblasts (`blast` in every language), promyelocytes, myelocytes and metamyelocytes (`myelocyt` EN/FR, `mielocit`
 * PT/ES/IT, `myelozyt` DE), atypical cells (`atyp` EN/DE/FR: atypical, atypische, atypiques; `atip` PT/ES/IT: atípicos,
 * atipici), plasma cells (`plasmocyt`/`plasmacyt` EN/FR, `plasmocit` PT/ES, `plasmazell` DE, `plasma cell`), NRBC.
 */
const RARE_CELL = /blast|myelocyt|mielocit|myelozyt|\bnrbc\b|nucleated\s+r|\bat[iy]p|plasm[oa]cyt|plasmocit|plasmazell|plasma\s+cell/i;
function zeroRangeName(name: string, value: number): boolean {
  return value === 0 || RARE_CELL.test(name.normalize('NFD').replace(/\p{M}/gu, ''));
}

/** (labs56) A range of a leucogram's column: two bounds with a `to` (`40 a 80`, `1.700 a 8.000`, `0-5`) or one number (`0`). */
const COLUMN_RANGE = String.raw`\d+(?:[.,]\d+)*(?:\s*(?:a|à|-|–|to)\s*\d+(?:[.,]\d+)*)?`;
/** (groups) A group's range cell under a unit: two bounds and their `to` (`40-70`, `1.480 a 7.700`, `740 a 5.500`) and nothing else. */
const COLUMN_RANGE_CELL = /^\d+(?:[.,]\d+)*\s*(?:a|à|-|–|to)\s*\d+(?:[.,]\d+)*$/;
/**
 * (labs56) A differential's line of four cells: the name, the percentage, the absolute count with its unit, the
 * percentage's range with `%` and the count's range with its unit (`Neutrófilos....: 58,0 %   2.970 /mm3   40 a 70 %
 * 1.500 a 7.000 /mm3`, `Neutrophils  60 %  3.6 x10^9/L  40-75 %  2.0-7.5 x10^9/L`; the units glued or apart).
 */
const PERCENT_COUNT_RANGES = new RegExp(String.raw`^(${LEADING_NAME})(?:\s*:\s*|\s+)(\d+(?:[.,]\d+)?)\s*%\s+(\d+(?:[.,]\d+)*)\s*(${COLUMN_COUNT_UNIT})\s+(${COLUMN_RANGE})\s*%\s+(${COLUMN_RANGE})\s*(${COLUMN_COUNT_UNIT})$`, 'u');

/**
 * (labs56) PERCENT_COUNT_RANGES's two results: the percentage with its range, the count with its (the count per volume
 * in both cells). A range printed as one number (`0`) is that number to itself (rare cells: none expected). Both rows
 * keep the printed name: the unit tells the count from the percentage (coding.ts differentialByUnit).
 */
function percentCountAndRanges(text: string): [Omit<RawRow, 'line'>, Omit<RawRow, 'line'>] | null {
  const m = PERCENT_COUNT_RANGES.exec(text.trim());
  if (!m) return percentRangeThenCount(text);
  const [, printedName, percentText, countText, unit, percentRange, countRange, rangeUnit] = m;
  if (!isCountUcum(toUcum(unit!)) || !sameUnit(unit!, rangeUnit!)) return null;
  const name = cleanName(printedName!);
  const percent = parseValueToken(percentText!);
  const count = parseValueToken(countText!);
  if (!percent || !count || percent.value === null || count.value === null) return null;
  const ranged = (printed: string): Pick<RawRow, 'rangeText' | 'range'> => {
    const text = printed.replace(/\s+/g, ' ').trim();
    const single = PLAIN_NUMBER.test(text) ? parseNumber(text) : null;
    return single === null ? { rangeText: text } : { rangeText: text, range: { low: single, high: single } };
  };
  return [
    { name, value: percent.value, unit: '%', ...ranged(percentRange!) },
    { name, value: count.value, unit: unit!, ...ranged(countRange!) },
  ];
}

/**
 * (fixr85d) A differential's line in the order percentage, its range, then the absolute count with its unit and no
 * range of its own (`Lymphocytes (LYM) : 16 % 20 - 45 1.26 K/ul`: a printout whose count range column is empty). The
 * range is two bounds within 0–100 (a percentage's), the percentage at most 100, the count's unit a count per volume.
 */
const PERCENT_RANGE_THEN_COUNT = new RegExp(String.raw`^(${LEADING_NAME})(?:\s*:\s*|\s+)(\d+(?:[.,]\d+)?)\s*%\s+(\d+(?:[.,]\d+)?\s*(?:-|–|to)\s*\d+(?:[.,]\d+)?)\s*%?\s+(\d+(?:[.,]\d+)?)\s*(${COLUMN_COUNT_UNIT})$`, 'u');


/** (fixr85d) PERCENT_RANGE_THEN_COUNT's two results: the percentage with its range, the count without one. */
function percentRangeThenCount(text: string): [Omit<RawRow, 'line'>, Omit<RawRow, 'line'>] | null {
  const m = PERCENT_RANGE_THEN_COUNT.exec(text.trim());
  if (!m) return null;
  const [, printedName, percentText, rangeText, countText, unit] = m;
  if (!isCountUcum(toUcum(unit!)) || !WHITE_CELL_KIND.test(printedName!)) return null;
  const percent = parseValueToken(percentText!);
  const count = parseValueToken(countText!);
  const range = parseReferenceRange(rangeText!.replace(/\s+/g, ' ').trim());
  if (!percent || !count || percent.value === null || count.value === null || percent.value > 100) return null;
  if (range.low === undefined || range.high === undefined || range.low > range.high || range.high > 100) return null;
  const name = cleanName(printedName!);
  return [
    { name, value: percent.value, unit: '%', rangeText: rangeText!.replace(/\s+/g, ' ').trim() },
    { name, value: count.value, unit: unit! },
  ];
}

/**
 * `Neutrophils  41.5%  3.02 x10E3/uL  1.8-7.7`: a percentage and a count in one field are two results — the
 * percentage, and the absolute count with what follows it (its unit and range).
 */
function percentAndCount(text: string, reportShowsPercentRanges = false): [Omit<RawRow, 'line'>, Omit<RawRow, 'line'>] | null {
  const m = /^([A-Za-z][^\d%]*?)\s+(\d+(?:[.,]\d+)?)\s*%\s+(\d+(?:[.,]\d+)?(?:\s+.*)?)$/.exec(text.trim());
  if (!m) return null;
  const name = cleanName(m[1]!);
  const percent = parseValueToken(m[2]!);
  const count = valueOnly(m[3]!);
  if (!percent || !count || count.value === null || !(count.unit || count.rangeText)) return null;
  if (percentsRange(percent.value, count, reportShowsPercentRanges)) {
    const { rangeText, flag: _f, ...bare } = count;
    return [{ name, value: percent.value, unit: '%', rangeText, ...(count.flag ? { flag: count.flag } : {}) }, { ...bare, name: `${name} (Absolute)` }];
  }
  return [{ name, value: percent.value, unit: '%' }, { ...count, name: `${name} (Absolute)` }];
}

/** A differential's row in bare cells (bareDifferentialCells): its name, numbers, their printed cells and its range. */
interface BareDifferentialCells {
  name: string;
  percent: number;
  count: number;
  /** (diffcols) The percentage's `%` and the count's unit, when printed (`55.0 %`, `3.30 x10^3/uL`). */
  percentUnit?: '%';
  countUnit?: string;
  /** Half the last printed digit's step of the percentage and of the count (`58` 0.5, `4.10` 0.005): their rounding. */
  percentStep: number;
  countStep: number;
  range: string;
  low: number;
  high: number;
  /** (fixc) The percentage's own range, where the row prints two (`48.1  1.74  40.0 - 75.0  1.80 - 7.70`; `range` the count's). */
  percentRange?: string;
  /** (fixc) A flag printed after the two ranges (`… 1.80 - 7.70   *`): the count's, its range the last printed. */
  flag?: string;
  /** (diffslash) A flag on the percentage (`46.2%H  3.36H`): the percentage's; one on the count is `flag`. */
  percentFlag?: string;
}

/** (diffslash) A differential's number with a flag glued or spaced after it (`46.2%H`, `3.36H`, `46.2 % H`). */
// (review 38r) In small letters too (`75.2%h  6.10h`), and `C` (critical: its side is the range's).
const NUMBER_THEN_FLAG = /^(\d+(?:[.,]\d+)?(?:\s*%)?)\s*(HH|LL|H|L|A|C|\*)$/i;
/**
 * (diffslash) A differential's two ranges in one cell, the percentage's then the count's, a slash between (`40.0-74.0% /
 * 1.80-7.70`, under a header `DIFFERENTIAL (% / ABS)`): groups 1 and 2.
 */
// (review 38r) The count's unit may follow its range (`40.0-74.0 % / 1.80-7.70 K/cmm`): group 3.
const SLASHED_RANGES = /^(\d+(?:[.,]\d+)?\s*(?:-|–|to)\s*\d+(?:[.,]\d+)?)\s*%?\s*\/\s*(\d+(?:[.,]\d+)?\s*(?:-|–|to)\s*\d+(?:[.,]\d+)?)(?:\s+(\S+))?$/;

/** (diffcols) A differential's number cell and what follows the number in it (`55.0 %`, `3.30 x10^3/uL`, `10^9/L` apart). */
const NUMBER_AND_UNIT_CELL = /^(\d+(?:[.,]\d+)?)(?:\s+(\S.*)|([^\d\s.,].*))?$/;

/**
 * A differential's row printed as four cells (`Neutrófilos  68.0  4.624  2.1 a 7.6`: an OCR table one cell wider than
 * its `| | Result | Reference |` header, or a printout's columns): the name of a cell the catalog counts (it knows the
 * name's absolute count), a percentage (0 to 100), a count, and one range. Its cells, or null. (diffcols) The
 * percentage may carry its `%` and the count its unit (`55.0 %  3.30 x10^3/uL  1.80-7.70`, `55.0%  3.30 K/uL`), glued,
 * spaced or in a column of their own (`55.0   %   3.30   10^9/L`): nothing else (a `%` on the count, a unit on the
 * percentage, a flag: the row is no such line).
 */
function bareDifferentialCells(line: SourceLine, opts: TextParseOptions): BareDifferentialCells | null {
  const own = line.cells ?? markdownCells(line.text);
  const printed = (own ? own.map((c) => c.text.trim()) : lineText(line.text).split(/\s{2,}|\t/).map((c) => c.trim())).filter(Boolean);
  // (diffcols) A `%` or a count's unit in a cell of its own goes with the number before it: the percentage's or the
  // count's (not the range's: `0  %` there is a percentage's range).
  const cells: string[] = [];
  // (diffslash) A flag after the percentage or the count, glued or spaced (`46.2%H  3.36H`): that number's.
  const numberFlags: (string | undefined)[] = [];
  for (const printedCell of printed) {
    const last = cells.length === 2 || cells.length === 3 ? cells[cells.length - 1]! : '';
    const withFlag = cells.length === 1 || cells.length === 2 ? NUMBER_THEN_FLAG.exec(printedCell) : null;
    const c = withFlag ? withFlag[1]! : printedCell;
    if (withFlag) numberFlags[cells.length] = withFlag[2]!;
    if (PLAIN_NUMBER.test(last) && (c === '%' || isCountUnit(c))) cells[cells.length - 1] = `${last} ${c}`;
    else cells.push(c);
  }
  // (diffslash) Both ranges in one cell, a slash between: the percentage's and the count's cells.
  const slashed = !own && cells.length === 4 ? SLASHED_RANGES.exec(cells[3]!) : null;
  if (slashed && slashed[3] !== undefined && !(isCountUnit(slashed[3]) && PLAIN_NUMBER.test(cells[2]!))) return null;
  if (slashed) cells.splice(2, 2, slashed[3] !== undefined ? `${cells[2]} ${slashed[3]}` : cells[2]!, slashed[1]!, slashed[2]!);
  // (fixc) Or five cells, the percentage's range and the count's both printed (a header naming the two columns and
  // their two ranges: `%  Absoluto (x10^3/µL)  Ref. %  Ref. Abs.`), a flag perhaps after them (the count's: it is printed
  // after the count's range; in the other order of ranges, after the percentage's, it is left off the row).
  const flagged = cells.length === 6 ? parseFlagToken(cells[5]!) : null;
  if (flagged) cells.pop();
  // (Both ranges bare intervals, `40.0 - 75.0`, `1.80 - 7.70`, on a printed line: a range printed with its unit or `%`
  // is another layout's, PERCENT_COUNT_RANGES'; a table's own cells are read by its header's columns.)
  const ranges = !own && cells.length === 5 && COLUMN_RANGE_CELL.test(cells[3]!) && COLUMN_RANGE_CELL.test(cells[4]!)
    ? [parseReferenceRange(cells[3]!), parseReferenceRange(cells[4]!)] : null;
  if (ranges && ranges.some((r) => r.low === undefined || r.high === undefined)) return null;
  if ((cells.length !== 4 && !ranges) || !/^\p{L}/u.test(cells[0]!)) return null;
  const percentCell = NUMBER_AND_UNIT_CELL.exec(cells[1]!);
  const countCell = NUMBER_AND_UNIT_CELL.exec(cells[2]!);
  if (!percentCell || !countCell) return null;
  const percentUnit = percentCell[2] ?? percentCell[3];
  const countUnit = countCell[2] ?? countCell[3];
  if ((percentUnit !== undefined && percentUnit !== '%') || (countUnit !== undefined && !isCountUnit(countUnit))) return null;
  const name = cleanName(cells[0]!);
  const percent = parseValueToken(percentCell[1]!)?.value;
  const count = parseValueToken(countCell[1]!)?.value;
  if (percent == null || count == null || percent > 100 || !opts.knows?.(`${name} absolute`)) return null;
  // (fixc) Of two ranges the count's is the one whose top lies nearer (in ratio) the count, the other the percentage's.
  const apart = (top: number, v: number) => Math.abs(Math.log(top / v));
  const countFirst = ranges !== null && percent > 0 && count > 0
    && apart(ranges[0]!.high!, count) + apart(ranges[1]!.high!, percent) < apart(ranges[0]!.high!, percent) + apart(ranges[1]!.high!, count);
  const countAt = ranges ? (countFirst ? 3 : 4) : 3;
  const range = parseReferenceRange(cells[countAt]!);
  if (range.low === undefined && range.high === undefined) return null;
  return {
    name, percent, count, ...(percentUnit ? { percentUnit: '%' as const } : {}), ...(countUnit ? { countUnit } : {}),
    percentStep: roundingOf(percentCell[1]!, percent), countStep: roundingOf(countCell[1]!, count),
    range: cells[countAt]!, low: range.low ?? -Infinity, high: range.high ?? Infinity,
    ...(ranges ? { percentRange: cells[countFirst ? 4 : 3]! } : {}), ...(flagged && !countFirst ? { flag: flagged } : numberFlags[2] ? { flag: numberFlags[2] } : {}),
    ...(numberFlags[1] ? { percentFlag: numberFlags[1] } : {}),
  };
}

/** Half the step of a printed number's last digit as read (`58` 0.5, `4.10` 0.005, `4.624` read 4624: 0.5). */
function roundingOf(printed: string, value: number): number {
  const decimals = Number.isInteger(value) ? 0 : (/[.,](\d+)$/.exec(printed)?.[1]?.length ?? 0);
  return 0.5 * 10 ** -decimals;
}

/**
 * The white cell counts a differential's count over its percentage may be: per litre in billions (1 to 25 ×10^9/L, a
 * percent's count 0.01 to 0.25) or per microlitre (1,000 to 25,000/µL, 10 to 250).
 */
const WHITE_CELLS_PER_PERCENT: readonly (readonly [number, number])[] = [[0.01, 0.25], [10, 250]];
/** How far apart (each way) rows' counts over percentages may be beyond their printed rounding and still agree. */
const DIFFERENTIAL_TOLERANCE = 1.1;

/**
 * Whether rows of bare numbers read as a differential's percentages and counts (percentsBesideCounts): every count
 * over its percentage is one white cell count over 100 — the rows' quotients (each within its printed rounding, and
 * 10 % each way) have one in common, and it is a white cell count's (WHITE_CELLS_PER_PERCENT). A row with a 0 says
 * nothing and is exempt; at least one row must say it. And one row's range is the count's beyond doubt: on a count per
 * microlitre's scale (over 100), or its percentage more than twice its top (`58  4.10  2.0 - 7.5`, not `7  1.2  1 - 5`,
 * an eosinophils' percentage's range as well). A previous result or a second date beside each result (`8.2  6.5`,
 * `78  66`) gives quotients that disagree or no white cell count.
 */
function countsAgree(rows: readonly BareDifferentialCells[]): boolean {
  let low = 0;
  let high = Infinity;
  let said = 0;
  for (const r of rows) {
    if (r.percent === 0 || r.count === 0 || r.percent <= r.percentStep) continue;
    low = Math.max(low, (r.count - r.countStep) / (r.percent + r.percentStep) / DIFFERENTIAL_TOLERANCE);
    high = Math.min(high, ((r.count + r.countStep) / (r.percent - r.percentStep)) * DIFFERENTIAL_TOLERANCE);
    said++;
  }
  if (!said || low > high || !WHITE_CELLS_PER_PERCENT.some(([a, b]) => low <= b && high >= a)) return false;
  return rangesOnCountsScale(rows);
}

/** (diffcols review 9) Whether a differential row's range is printed in per cent (`2-10 %`, `1 - 6%`): the percentage's. */
function rangeInPercent(r: BareDifferentialCells): boolean {
  return r.range.includes('%');
}

/**
 * (diffcols reviews 8 and 9) Whether a differential's ranges are on its counts' scale rather than its percentages':
 * the ranges' tops summed over the group lie nearer (in ratio) the counts summed than the percentages summed. Over the
 * group, so one abnormal row does not decide: an eosinophilia `12 %  0.96  0-5` lies nearer its count though the range
 * is the percentage's, a monocytopenia `0.8 %  0.05  0.20-1.00` nearer its percentage though the range is the count's;
 * the large cells' rows outweigh them (percentages' tops 75 + 45 + 10 + 6 + 1 against percentages summing to about 100;
 * counts' tops 7.7 + 4.8 + 1.0 + 0.5 + 0.2, or per microlitre a thousand times that, against a white count). A group
 * mixing both kinds of range reads by the larger cells' (their ranges dominate the sum). A range with no top counts its
 * lower bound.
 */
function rangesOnCountsScale(rows: readonly BareDifferentialCells[]): boolean {
  // (Rows whose range is printed in per cent are the percentages' whatever the rest are, and say nothing of the rest.)
  let tops = 0;
  let percents = 0;
  let counts = 0;
  for (const r of rows) {
    if (rangeInPercent(r)) continue;
    tops += Number.isFinite(r.high) ? r.high : Number.isFinite(r.low) ? r.low : 0;
    percents += r.percent;
    counts += r.count;
  }
  if (!(tops > 0) || !(percents > 0) || !(counts > 0)) return false;
  return Math.abs(Math.log(tops / counts)) < Math.abs(Math.log(tops / percents));
}

/**
 * A column header that names the two number columns otherwise than a percentage then a count: dates (`05/06/2025`),
 * a previous or current result (`Previous`, `Anterior`, `Antérieur`, `Vorwert`, `Actual`, `Today`), or the count
 * before the percentage (`Absolute  %  Reference (%)`). Lower-case, without accents.
 */
const OTHER_COLUMNS = /\b(?:previous|prev|prior|earlier|last|anterior(?:es)?|anterieure?s?|precedente?s?|precedenti|vorwert\w*|vorbefund\w*|vorherig\w*|letzte\w*|ultim[oa]s?|current|today|actual|atual|aktuell|heute|hoy|oggi|trend|history|historique|historico)\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/;
/** A header's word for a count (`Absolute`, `Abs`, `#`, `x10^9/L`, `/uL`), before a percentage's: see OTHER_COLUMNS. */
const COUNT_COLUMN = /\babs\w*|\bcount\b|#|10\^?\*?\d|\/\s*(?:u|mc)l\b|\/mm3/;
const PERCENT_COLUMN = /%|\bpercent\w*|\bpct\b|\brelativ\w*|\bporcentaje\b/;

/**
 * (fixc) The units a differential's column header prints for its two number columns: `%` in the percentage's cell
 * (`%`, `Valor (%)`), the count's unit in its cell (`Absoluto (x10^3/µL)`, `Abs x10^9/L`, a cell `x10^9/L` alone) —
 * never a range's column (`Ref. %`, `Ref. Abs.`), nor a column named in words only (`Relative  Absolute`: no unit said).
 */
function columnUnits(header: SourceLine | null): { percent?: '%'; count?: string } {
  if (!header) return {};
  const out: { percent?: '%'; count?: string } = {};
  for (const cell of lineText(header.text).split(/\s{2,}|\t|\|/).map((c) => c.trim()).filter(Boolean)) {
    const t = cell.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (/\b(?:ref|reference|referencia|range|rango|intervalo|valores?)\b/.test(t)) continue;
    if (!out.percent && t.includes('%')) {
      out.percent = '%';
      continue;
    }
    if (out.count === undefined && COUNT_COLUMN.test(t)) {
      const unit = [/\(([^()]+)\)/.exec(cell)?.[1], ...cell.split(/\s+/)].find((u) => u && isCountUnit(u.trim()));
      if (unit) out.count = unit.trim();
    }
  }
  return out;
}

/** Whether a table's column header names its number columns otherwise than a percentage, then a count (OTHER_COLUMNS). */
function namesOtherColumns(header: SourceLine | null): boolean {
  // (A row of results over the rows is no header: a number alone in a cell.)
  if (!header || lineText(header.text).split(/\s{2,}|\t|\|/).some((c) => PLAIN_NUMBER.test(c.trim()))) return false;
  // (Accents dropped, the punctuation of dates and `%` kept: not foldName.)
  const t = lineText(header.text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (OTHER_COLUMNS.test(t)) return true;
  const count = COUNT_COLUMN.exec(t);
  const percent = PERCENT_COLUMN.exec(t);
  return Boolean(count && percent && count.index < percent.index);
}

/**
 * A heading under another specimen's that keeps it (`CEREBROSPINAL FLUID` / `Cell differential`, `Cell count`,
 * `Microscopy`, `Results`): its cells, their count or differential, or a part of the examination.
 */
const SPECIMEN_CELLS_HEADING = /\b(?:cells?|cell count|differential|diff|count|cytology|citolog\w*|recuento|diferencial|formula|zellzahl|zelldifferenzierung|zellen|cellules|cellulaire)\b/;

/**
 * The rows of a table (an HTML table, or consecutive lines) of a differential's bare percentages and counts
 * (bareDifferentialCells), by line: the percentage (no unit printed, no range) and the absolute count with the range —
 * when the counts agree with the percentages (countsAgree), no column header names the two number columns otherwise
 * (namesOtherColumns: dates, a previous result, the count first), and not under another specimen's heading (`CSF`,
 * `Pleural fluid`, `Urinalysis`, and its sub-headings: SPECIMEN_CELLS_HEADING). A blank line or a heading ends the
 * rows read together (not within an HTML table); a row whose two numbers both lie in the range (`0.0  0.0  0.0 a 0.2`)
 * is read as its table's other rows are.
 */
function percentsBesideCounts(lines: readonly SourceLine[], opts: TextParseOptions): Map<SourceLine, [Omit<RawRow, 'line'>, Omit<RawRow, 'line'>]> {
  const out = new Map<SourceLine, [Omit<RawRow, 'line'>, Omit<RawRow, 'line'>]>();
  let group: { line: SourceLine; cells: BareDifferentialCells }[] = [];
  /** The group's column header, when one names its columns (namesOtherColumns). */
  let header: SourceLine | null = null;
  /** The last line that is no row of the group, and whether a blank line came after it. */
  let above: SourceLine | null = null;
  let blank = false;
  /** Each HTML table's first line (its header), and the line over the rule of the Markdown table read now. */
  const tableHeads = new Map<number, SourceLine>();
  let markdownHeader: SourceLine | null = null;
  /** Under a heading of another specimen than blood (a fluid, urine): its sub-headings keep it, another heading ends it. */
  let otherSpecimen = false;
  let groupOther = false;
  const close = () => {
    if (group.length && !groupOther && !namesOtherColumns(header) && countsAgree(group.map((g) => g.cells))) {
      // (fixc) The header's units where the row prints none (`%`, `Absoluto (x10^3/µL)`).
      const units = columnUnits(header);
      for (const { line, cells: c } of group) {
        // (diffcols review 9) A range printed with `%` (`2-10 %`) is the percentage's, whatever the group's others are.
        // (fixc) With two ranges printed, each its own (bareDifferentialCells).
        const percentRange = c.percentRange === undefined && rangeInPercent(c);
        const percentUnit = c.percentUnit ?? units.percent;
        const countUnit = c.countUnit ?? units.count;
        out.set(line, [
          { name: c.name, value: c.percent, ...(percentUnit ? { unit: percentUnit } : {}),
            ...(percentRange ? { rangeText: c.range } : c.percentRange !== undefined ? { rangeText: c.percentRange } : {}),
            ...(c.percentFlag ? { flag: c.percentFlag } : {}) },
          { name: `${c.name} (Absolute)`, value: c.count, ...(countUnit ? { unit: countUnit } : {}), ...(percentRange ? {} : { rangeText: c.range }),
            ...(c.flag ? { flag: c.flag } : {}) },
        ]);
      }
    }
    group = [];
  };
  for (const line of lines) {
    if (line.table !== undefined && !tableHeads.has(line.table)) tableHeads.set(line.table, line);
    if (!line.text.trim()) {
      // A blank line ends printed rows (an HTML table's rows are its own, whatever lines stand between them).
      if (group.length && group[0]!.line.table === undefined) close();
      blank = true;
      markdownHeader = null;
      continue;
    }
    const markdown = line.cells ? null : markdownCells(line.text);
    if (isMarkdownRule(line.text)) {
      markdownHeader = blank ? null : above;
      continue;
    }
    if (!markdown) markdownHeader = null;
    const cells = /\d/.test(line.text) ? bareDifferentialCells(line, opts) : null;
    if (!cells) {
      close();
      const text = lineText(line.text);
      const words = tokenize(text);
      // A heading: a few words alone on the line, no number, no table row.
      if (!/\d/.test(text) && words.length && words.length <= 8 && !markdown && !(line.cells && line.cells.length > 1) && !/\S\s{2,}\S/.test(text)) {
        const folded = foldName(text).toLowerCase();
        const section = sectionOf(text);
        if (namesOtherSpecimen(folded) || section?.specimen === 'fluid' || section?.specimen === 'urine') otherSpecimen = true;
        // (A blood heading ends it: `COMPLETE BLOOD COUNT` is no fluid's cell count.)
        else if (BLOOD_SECTION.test(text) || BLOOD_HEADING.test(folded)) otherSpecimen = false;
        else if (!(otherSpecimen && (SPECIMEN_CELLS_HEADING.test(folded) || partOfExamination(text) || isExaminationPart(text)))) otherSpecimen = false;
      }
      above = line;
      blank = false;
      continue;
    }
    if (group.length && group[0]!.line.table !== line.table) close();
    if (!group.length) {
      // An HTML table's header is its first line, a Markdown table's the line over its rule, a printout's the line over
      // the rows.
      header = line.table !== undefined ? tableHeads.get(line.table) ?? null : markdown ? markdownHeader : blank ? null : above;
      groupOther = otherSpecimen;
    }
    group.push({ line, cells });
    blank = false;
  }
  close();
  return out;
}

/**
 * Whether the range after a count beside its percentage is the percentage's. It is when the percentage falls inside it
 * and the count does not, and the range is on a percentage's scale: printed with `%`, or beyond any count in thousands
 * per microlitre (an upper bound over 20 ×10⁹/L: `Neutrófilos  58.2 %  3.67 x 10^3/μl  40.00 - 80.00`, a report
 * printing the percentage's range only). A count outside a range it could have (`Neutrophils  4.0 %  0.08 x10^9/L
 * 2.0-7.5`) keeps it: it is abnormal. Once a report has shown its ranges to be the percentages' (`reportShows`), every
 * range there up to 100 is the percentage's unless only the count falls inside it (`Eosinófilos  3.1 %  0.2 x 10^3/μl  1.00 -
 * 6.00`).
 */
function percentsRange(percent: number | null, count: { value: number | null; unit?: string; rangeText?: string }, reportShows: boolean): boolean {
  const range = parseReferenceRange(count.rangeText);
  if (range.low === undefined || range.high === undefined || percent === null || count.value === null || range.high > 100) return false;
  const inside = (v: number) => v >= range.low! && v <= range.high!;
  // Both outside, the report's own habit decides: the percentage's (`Eosinophils  9.0 %  0.80 x10^3/uL  1.00 - 6.00`,
  // an eosinophilia, is high, not a low count).
  if (reportShows) return inside(percent) || !inside(count.value);
  const percentScale = /%/.test(count.rangeText ?? '') || (/^10\*(?:3\/uL|9\/L)$/.test(toUcum(count.unit ?? '') ?? '') && range.high > 20);
  return percentScale && inside(percent) && !inside(count.value);
}

/** Whether a line prints a count beside its percentage with the percentage's range after the count (see `percentsRange`). */
function showsPercentRange(text: string): boolean {
  const m = /^([A-Za-z][^\d%]*?)\s+(\d+(?:[.,]\d+)?)\s*%\s+(\d+(?:[.,]\d+)?(?:\s+.*)?)$/.exec(text.trim());
  const count = m ? valueOnly(m[3]!) : null;
  return Boolean(m && count && percentsRange(parseValueToken(m[2]!)?.value ?? null, count, false));
}

/** (boundwords) The words of a bound before its number in brackets: BOUND_WORDS', `até`/`hasta`, `above`, `below`. */
const BOUND_WORDS_BEFORE = String.raw`(?:${BOUND_WORD_SOURCE}|${UP_TO_PT_ES}|above|below)`;

/**
 * A range in parentheses; its bound words are `tokens.ts`'s (`inf.`, `inférieur(e)(s)`, `sup.`, … never `inf` alone).
 * (labs48fix) Its `to` a tilde too (`(3.3 ~ 6.1)`: tokens.ts RANGE_TO). (boundwords) Or the words of a bound before its
 * number (tokens.ts BOUND_WORDS: `(mayor de 40)`, `(bis 5)`, `(up to 3.0)`; `(above 40)`, `(hasta 34)`). (fixr82) Or a
 * full stop typed for the dash, a space after it (`(12. 22)`: tokens.ts numericRangeAt reads whole bounds so).
 * (frenchto) Or the French `à` and German `bis` between the bounds (`(4,28 à 6,00)`, tokens.ts FOREIGN_TO), as they
 * read without the brackets; (rangewords) so is an interval in words (`(von 135 bis 145)`, `(between 70 and 99)`).
 * (bracketyear) Never a calendar year alone (`Free T4 (2019) - 14.2 pmol/L`: when the result was taken, not a bound —
 * read as one, the line's words after it became the row of value 2019).
 */
const PARENTHESIZED_RANGE = new RegExp(String.raw`\((?!\s*(?:19|20)\d\d\s*\))\s*(${RANGE_FROM}\s+-?[\d.,]+\s+${RANGE_TO_WORD}\s+-?[\d.,]+|${RANGE_BETWEEN}\s+-?[\d.,]+\s+${RANGE_AND}\s+-?[\d.,]+|(?:(?:${FRENCH_BELOW}|${FRENCH_ABOVE})(?<![fp])\s*(?:${FRENCH_TO}\s+)?|${BOUND_WORDS_BEFORE}\s+)?(?:[<>≤≥]=?\s*)?-?[\d.,]+(?:\s*${RANGE_TO}\s*-?[\d.,]+|\s+${FOREIGN_TO}\s+-?[\d.,]+|(?<=\d\.)\s+\d+(?=\s*\)))?(?:[x×]10\^?\d+\/[A-Za-zµμ]+)?)\s*\)`, 'gi');

/**
 * A range in square brackets, as the NHS online record prints one after the unit (`142 mmol/L [135.0 - 145.0]`,
 * `[> 5.4]`, `[< 42.0]`): two bounds or a comparator and one, so a lone number (`[1]`, `[12]`, a footnote or a
 * citation) is never a range. (boundwords) Or the words of a bound before its number (`[mayor de 40]`, `[below 200]`).
 */
const BRACKETED_RANGE = new RegExp(String.raw`\[\s*((?:${ONE_BOUND})|(?:${TWO_BOUNDS})|(?:(?:${BOUND_WORDS_BEFORE}|(?:${FRENCH_BELOW}|${FRENCH_ABOVE})(?<![fp])\s*${FRENCH_TO})\s+${LABEL_N}))(?:\s+([^\s\d[\]][^\s[\]]{0,15}(?:\s+[^\s[\]]{1,12}){0,2}))?\s*\]`, 'gi');
/**
 * (bracketunit) A range in square brackets without them, with the unit printed inside after its bounds (`[16 - 79
 * ng/dL]`, `[<= 39 pg/mL]`, a telehealth summary's) as it is printed after a range outside them; anything else inside
 * after the bounds (`[1 - 2 see note]`) leaves the brackets as printed.
 */
// (review 38r) A unit of spaced parts (`x 10^9/L`, `mmol / L`) is read joined.
const bracketedRangeUnwrapped = (all: string, range: string, unit?: string) => {
  if (unit === undefined) return ` ${range} `;
  const joined = unit.replace(/\s+/g, '');
  return isUnitToken(joined) && !parseValueToken(joined) ? ` ${range} ${joined} ` : all;
};

/**
 * (prose19) parseRowLine of a line as printed; but where that reads a flag and a bracket on the line opens with a range's
 * label (`Total cholesterol 6.4 mmol/L (normal range 3.0-5.0 mmol/L)`), the line with its ranges out of their
 * parentheses first: read as printed, the label's `normal` had been the row's flag, a high value flagged normal.
 */
function rowAsPrinted(text: string, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  const row = parseRowLine(text, opts);
  return row?.flag && LABEL_OPENS_BRACKET.test(text) ? rowWithRangesUnwrapped(text, opts) ?? row : row;
}
/** (prose19) A bracket that opens with a range's label of a status's word (`(normal range`, `(Normal:`, `(normal 3.5`). */
const LABEL_OPENS_BRACKET = /\(\s*(?:normal|high|low)\b(?:\s+(?:range|values?|limits?|interval)\b|\s*[:=]|\s+[<>≤≥]?\s*\d)/iu;

/**
 * parseRowLine of a line with its ranges out of their parentheses (unparenthesizeRanges), after the line as printed
 * read none: null where that changes nothing (the same text reads the same, and a line read twice cost twice).
 */
function rowWithRangesUnwrapped(text: string, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  const unwrapped = unparenthesizeRanges(text);
  return unwrapped === text ? null : parseRowLine(unwrapped, opts);
}

/** What a pair of parentheses or square brackets holds (no bracket inside; up to 120 characters): opening, text, closing. */
const BRACKETS = /([([])([^()[\]]{1,120})([)\]])/g;
/** (rangelabels) A label, then its colon (or an equals sign) and what it labels: `VR: 0,70 - 1,10 g/L`, `Valor de referência: 70 a 99`. */
const LABEL_THEN_COLON = /^(\p{L}[^:=]{0,40}?)\s*[:=]\s*(\S.*)$/u;
/**
 * (rangelabels) A label of letters, then a number or a bound's sign without a colon between: `VR 0,70 - 1,10`, `Ref. 3.9 -
 * 6.1`. (prose19) Or a bound's words (BOUND_WORDS_BEFORE, the reader's one list of them, and `under`, `over`: `normal
 * range below 5.0 mmol/L`: the label had been `normal range below`, no range's, and the bracket's `normal` was read as
 * the row's flag when words followed the bracket).
 */
const LABEL_BEFORE_NUMBER = new RegExp(String.raw`^(\p{L}[\p{L}\p{M} .]{0,40}?)\s+((?:(?:${BOUND_WORDS_BEFORE}|under|over)\s+)?(?:[<>≤≥]=?\s*)?-?\d.*)$`, 'iu');

/**
 * (rangelabels) A range in parentheses or square brackets after a label that names the reference range (REFERENCE_LABEL,
 * whose labels of the range in each report language are RANGE_NAME_LABELS; `N` before its colon): `(VR: 0,70 - 1,10
 * g/L)`, `(VR 0,70 - 1,10)`, `(Valor de referência: 70 a 99 mg/dL)`, `[Valeurs de référence : 30 - 400]`, `(N: 0.3 -
 * 5.5)` is the range (and its unit), without the brackets and the label, as the same range printed after its label
 * without brackets reads (`VR: 0,70 - 1,10 g/L`). Only a range with bounds (numericRangeAt), perhaps a unit after it, and
 * nothing else; any other text in brackets is left as printed — a tier's, a population's or an earlier result's label
 * (`(Diabetes: >= 126)`, `(Male: 13.5 - 17.5)`, `(Previous: 25)`), and words (`(Normal 3 months ago)`).
 */
function labelledRangeUnwrapped(all: string, open: string, inner: string, close: string): string {
  if ((open === '(') !== (close === ')') || !/\d/.test(inner)) return all;
  const text = inner.trim();
  // (`(Ref <=5)`: the `=` of a bound is no label's.)
  const colon = LABEL_THEN_COLON.exec(text);
  const m = colon && (namesReferenceRange(colon[1]!) || /^n$/i.test(colon[1]!.trim())) ? colon : LABEL_BEFORE_NUMBER.exec(text);
  if (!m || (m !== colon && !namesReferenceRange(m[1]!))) return all;
  const t = tokenize(m[2]!);
  const range = numericRangeAt(t, 0);
  if (!range || !(range.span === t.length || (range.span === t.length - 1 && isUnitToken(t[t.length - 1]!) && !parseValueToken(t[t.length - 1]!)))) return all;
  return ` ${m[2]!.trim()} `;
}

/**
 * `(3.5-5.2)`, `(< 5)`, `(Inf. 60)`, `(inf. à 38)`: a range in parentheses, without them (a flag in parentheses, `(H)`,
 * stays).
 */
function unparenthesizeRanges(text: string): string {
  return text.replace(BRACKETS, labelledRangeUnwrapped).replace(PARENTHESIZED_RANGE, ' $1 ')
    .replace(BRACKETED_RANGE, bracketedRangeUnwrapped)
    // (nonreactive) A serology's expected answer in square brackets (`[Non réactif]`, `[Négatif]`: a French report's), as
    // one in parentheses reads — only a negative's or a non-reactive's words (review 31: `Glucose  95  mg/dL  [Nil]`
    // became a urine glucose).
    .replace(/\[\s*(\p{L}[^[\]\d]{0,30}?)\s*\]/gu, (all: string, inner: string) => (/reacti|réacti|reagente|reattivo|reaktif|negati|négati/i.test(inner) && rangeWordsAt(tokenize(inner), 0) === tokenize(inner).length ? ` ${inner} ` : all))
    // `(See Below )`, `( SEE-BELOW)`: a range given elsewhere on the report.
    .replace(/\(\s*(see[\s-]+(?:below|note|comment))\s*\)/gi, ' $1 ')
    .replace(/\s+/g, ' ').trim();
}

/**
 * (labs39fix) A row, its range in parentheses, then what the writer added after it (a forum post's `B12 480 (211 -
 * 911) 38%`, its position through the range; `Folate 6.10 (> 5.38) unhelpfully there is no range`): group 1 the row
 * up to its range, group 2 a percentage alone, group 3 a remark in words (two or more, no digit).
 */
const REMARK_AFTER_RANGE = /^(.*\S\s*\([^()]*\d[^()]*\))\s+(?:(\d+(?:[.,]\d+)?\s?%)|(\p{L}[\p{L}'’.,!?-]*(?:\s+[\p{L}'’.,!?-]+)+))\s*$/u;

/**
 * (labs39fix) A row whose parenthesised range is followed by a percentage alone or a remark in words
 * (REMARK_AFTER_RANGE): the row with its range, the rest no part of it — only under a name the catalog knows, when
 * the row up to its range reads with that range. (Numbers after a range that are results — previous columns,
 * `41.5%  3.02` — are read where they are, before this is tried.)
 */
function rowWithRemarkAfterRange(text: string, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  const m = REMARK_AFTER_RANGE.exec(text);
  if (!m || !opts.knows) return null;
  const head = m[1]!;
  // (remarkafter) Or an inline row, its name before a colon, whose parenthesis may hold a label before its bounds
  // (`HDL: 1.12 mmol/L (низкий риск: >1.0)  НА НИЖНЕЙ ГРАНИЦЕ`: a chat summary's remark after its range, the emoji
  // between them gone).
  const row = head.search(PARENTHESIZED_RANGE) >= 0 ? parseRowLine(unparenthesizeRanges(head), opts) ?? labelledInlineRow(head, opts) : labelledInlineRow(head, opts);
  // (fix39b) A percentage after the range of a test the catalog measures in % (`HbA1c 48 (20 - 41) 6.5%`) may be the
  // result itself, in the other unit: no row rather than one that drops it.
  if (m[2] && row && opts.measuresIn?.(row.name, '%')) return null;
  return row && row.rangeText && (row.value !== null || row.valueText) && opts.knows(row.name) ? row : null;
}

/**
 * (remarkafter; review 31) An inline row (parseInlineRow) whose parenthesis is a range: bounds that read, or a label and
 * its colon before a bound (`(низкий риск: >1.0)`) — not a dose's or a time's words (`Magnesium: 400 mg (2 capsules)`,
 * `Cortisol: 18 ug/dL (8 AM)`), which with a remark after them are a medication list's or a note's, no result.
 */
function labelledInlineRow(head: string, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  const row = parseInlineRow(head, opts);
  if (!row?.rangeText) return null;
  const range = parseReferenceRange(row.rangeText);
  const labelled = LABEL_THEN_COLON.exec(row.rangeText.trim());
  return range.low !== undefined || range.high !== undefined || /^(?:[<>≤≥]=?\s*)?\d/.test(labelled?.[2] ?? '') ? row : null;
}

/**
 * (labs39fix) A value, then in parentheses a number and words that end the line (`Vit d 88 (50 is sufficient for
 * most)`: a writer's word for the range): group 1 the name and value, group 2 what the parentheses hold.
 */
const WORDED_RANGE = /^(.*\S)\s*\(\s*(\d+(?:[.,]\d+)?\s+\p{L}[^()\d]*?)\s*\)\s*$/u;

/** (fix39b) A word of comparison or of a target, what makes a number in words a range (`or more`, `is optimal`). */
const RANGE_WORDS = /\b(?:more|less|above|below|over|under|greater|higher|lower|at least|minimum|maximum|sufficient|optimal|optimum|ideal|target|normal|adequate|desirable|recommended|acceptable|insufficient|deficient|deficiency|range)\b/i;

/**
 * (labs39fix) A row whose range is a number said in words (WORDED_RANGE): the range as printed, no bounds — only
 * under a name the catalog knows, when what stands before the parentheses reads as a row with a value and no range.
 */
function rowWithWordedRange(text: string, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  const m = WORDED_RANGE.exec(text);
  // (Words, two or more, the first no unit: `(75 nmol/L)` is the value restated, `(50 ng/mL)` no sentence.)
  const words = m ? m[2]!.trim().split(/\s+/).slice(1) : [];
  if (!m || !opts.knows || words.length < 2 || isUnitToken(words[0]!)) return null;
  // (fix39b) Only words that compare or set a target (`50 is sufficient`, `75 or more is optimal`): `(3 weeks ago)`,
  // `(2 hours after eating)`, `(2 tablets daily since March)` are remarks, no range.
  if (!RANGE_WORDS.test(words.join(' '))) return null;
  const row = parseRowLine(m[1]!, opts);
  if (!row || row.value === null || row.rangeText || !opts.knows(row.name)) return null;
  return { ...row, rangeText: m[2]!.replace(/\s+/g, ' ') };
}

/**
 * (fixr81) A row, then in parentheses a range and a label of words after it, ending the line (`Iron - 13.4 umol/l (5.8 -
 * 34.5 Optimal)`, `(≤34.0 optimal)`, `(<25 Deficiency)`: a retyped private-lab report): group 1 the row up to the
 * parentheses, group 2 the range, group 3 the label.
 */
const LABEL_AFTER_RANGE = /^(.*\S)\s*\(\s*([<>≤≥]?=?\s*\d[^()]*?\d)\s+(\p{L}[\p{L}\p{M} ]{0,30}?)\s*\)\s*$/u;

/**
 * (fixr81) A row whose parenthesised range has its label after it (LABEL_AFTER_RANGE), only under a name the catalog
 * knows and when the range is bounds alone (numericRangeAt over all of it): a label that names the reference range
 * (REFERENCE_LABEL: `Optimal`, `Normal`, `reference range`) is dropped, the range read as without it (as `(Optimal:
 * 5.8 - 34.5)` is); a tier's label (every word a TIER_WORD: `Deficiency`, `Diabetes`) keeps the range as text, no
 * bounds and no flag from it (the other tiers are not printed). Any other words (a population's `Male`, an earlier
 * result's `last year`) leave the line as it was.
 */
function rowWithLabelAfterRange(text: string, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  const m = LABEL_AFTER_RANGE.exec(text);
  if (!m || !opts.knows) return null;
  const [, head, range, label] = m as unknown as [string, string, string, string];
  const t = tokenize(range);
  if (numericRangeAt(t, 0)?.span !== t.length) return null;
  if (namesReferenceRange(label)) {
    const row = parseRowLine(unparenthesizeRanges(`${head} (${range.trim()})`), opts);
    return row && row.rangeText && row.value !== null && opts.knows(row.name) ? row : null;
  }
  // (mend23) A flag's word after the bounds (`(12.0 - 15.0 Low)`, `(0.7 - 1.0 Low normal)`): the range's bounds kept, the
  // flag the bounds' (the coder's, from them); the word says no tier. A population's words (`(13.5 - 17.5 Male)`,
  // `(8.6 - 29 Male adult)`): the range read as `13.5 - 17.5 Male` unbracketed is, its bounds and the bounds' text.
  if (FLAG_AFTER_RANGE.test(label.trim()) || label.trim().split(/\s+/).every((w) => POPULATION_LABEL_WORD.test(w))) {
    const row = parseRowLine(unparenthesizeRanges(`${head} (${range.trim()})`), opts);
    return row && row.rangeText && row.value !== null && !row.flag && opts.knows(row.name) ? row : null;
  }
  // (mend23) A tier's label (isTierLabel: no flag's word), or words of a tier with a flag's word among them (`Low risk`).
  const words = label.trim().split(/\s+/);
  if (!isTierLabel(label) && !(words.length > 1 && words.every((w) => TIER_WORD.test(w)))) return null;
  const row = parseRowLine(unparenthesizeRanges(head), opts);
  if (!row || row.value === null || row.rangeText || !opts.knows(row.name)) return null;
  return { ...row, rangeText: `${range.trim()} ${label.trim()}`, rangeTextOnly: true };
}

/** (mend23) A population's word after a range's bounds (`Male`, `Female`, `adult`, `women`). */
const POPULATION_LABEL_WORD = /^(?:males?|females?|men|women|man|woman|adults?|children|child|boys?|girls?)$/i;
/** (mend23) A flag's word alone after a range's bounds, or the range's low or high end said (`Low normal`). */
const FLAG_AFTER_RANGE = /^(?:h|l|high|low|abnormal|elevated|increased|decreased|(?:low|high)[\s-]+normal)$/i;

/**
 * (fixr81) A row, then a tier's label and its bound before the unit (`vitamin d (25oh) 83 deficient <25 nmol/l`,
 * `vitamin b12 241 deficient <145 pmol/l new range`: a retyped Blue Horizon report, whose other tiers follow on lines of
 * their own): group 1 the row up to its value, group 2 the label (one or two words), group 3 the bound, group 4 the
 * unit; words after it (`new range`) are a remark.
 */
const TIER_BEFORE_UNIT = new RegExp(String.raw`^(.*\d)\s+(\p{L}+(?:\s+\p{L}+)?)\s+(${TIER_BOUND})\s+(\S+)((?:\s+\p{L}+){0,3})\s*$`, 'u');
/** (mend23) A flag's single word printed after the unit (`… <25 nmol/l Low`): the row's flag column. */
const FLAG_AFTER_UNIT = /^(?:h|l|high|low)$/i;
/**
 * (fixr81) A row, then tiers each in its parentheses, then the unit (`Vitamin D (25OH) L 22 (deficient <25) (insufficient
 * 25-50) (consider reducing dose >175) nmol/L`): group 1 the row up to its value, group 2 the tiers, group 3 the unit.
 */
const TIERS_IN_PARENS = /^(.*\d)\s*((?:\(\s*\p{L}[^()]*?\d[^()]*\)\s*){1,5})(\S+)\s*$/u;
/** (fixr81) One parenthesised tier: a label and its bound (`deficient <25`), group 1 the label. */
const TIER_IN_PARENS = new RegExp(String.raw`^\(\s*(\p{L}+(?:\s+\p{L}+)?)\s+${TIER_BOUND}\s*\)$`, 'u');
/** (fixr81) Any other parenthesised note of a tier table: words and a number (`(consider reducing dose >175)`, `(above 800 stop)`). */
const NOTE_IN_PARENS = new RegExp(String.raw`^\(\s*[\p{L} ]*?\s*(?:${TIER_BOUND}|\d[\d.,]*)(?:\s+[\p{L} ]+)?\s*\)$`, 'u');
/** (fixr81) Words that are a flag's (or a reference's) where a tier label would stand: `low 12 - 15` is a flag and a range. */
const FLAG_OR_NORMAL_WORD = /^(?:h|l|high|low|normal|abnormal|elevated|increased|decreased|positive|negative|very|optimal|desirable)$/i;

/** (fixr81) Whether words are a tier's label: every word a TIER_WORD, none a flag's or a reference's word. */
function isTierLabel(label: string): boolean {
  const words = label.trim().split(/\s+/);
  return !namesReferenceRange(label) && words.every((w) => TIER_WORD.test(w) && !FLAG_OR_NORMAL_WORD.test(w));
}

/**
 * (fixr81) A row whose range is printed as tiers between its value and its unit (TIER_BEFORE_UNIT, TIERS_IN_PARENS):
 * the row read without them, the tiers its range as text, no bounds and no flag from them (a printed flag letter before
 * the value stays the row's). Only under a name the catalog knows, when the first tier's label is a tier's (isTierLabel:
 * `deficient`, `insufficient`; not `low 12 - 15`, a flag and a range), every other parenthesised note a label and a
 * number, the unit a unit, and the row so read has a value and no range of its own.
 */
function rowWithTiersBeforeUnit(text: string, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  if (!opts.knows) return null;
  let head: string, tiers: string, unit: string;
  let flag: string | undefined;
  const bare = TIER_BEFORE_UNIT.exec(text);
  const inParens = bare ? null : TIERS_IN_PARENS.exec(text);
  if (bare) {
    if (!isTierLabel(bare[2]!)) return null;
    [head, tiers, unit] = [bare[1]!, `${bare[2]} ${bare[3]!.trim()}`, bare[4]!];
    // (mend23) One flag's word after the unit (`Vitamin D 18 deficient <25 nmol/l Low`) is the row's flag.
    const after = bare[5]!.trim();
    if (FLAG_AFTER_UNIT.test(after)) flag = after;
  } else if (inParens) {
    const groups = inParens[2]!.match(/\([^()]*\)/g) ?? [];
    const first = TIER_IN_PARENS.exec(groups[0]!.replace(/\s+/g, ' '));
    if (!first || !isTierLabel(first[1]!) || !groups.every((g) => NOTE_IN_PARENS.test(g.replace(/\s+/g, ' ')))) return null;
    [head, tiers, unit] = [inParens[1]!, groups.map((g) => g.replace(/\s+/g, ' ')).join(' '), inParens[3]!];
  } else return null;
  if (!isUnitToken(unit) || parseValueToken(unit)) return null;
  const row = parseRowLine(unparenthesizeRanges(`${head} ${unit}`), opts);
  if (!row || row.value === null || row.rangeText || !row.unit || !opts.knows(row.name)) return null;
  return { ...row, rangeText: tiers, rangeTextOnly: true, ...(flag && !row.flag ? { flag } : {}) };
}

/**
 * A parenthesised range that holds its unit (`(20 - 150 ug/L)`, `(<3.0 mg/L)`, after the bounds as Blue Horizon
 * prints it) or a label and its unit before the bounds (`(Ref range: pmol/L 9.0 - 20.0)`), at the end of a line.
 * Bounds are two numbers or a comparator and one: a lone amount (`(500 mg)`, a dose) is no range.
 */
// (set 25) The label's colon may be left out before the bounds (`(normal <3.0 mg/L)`).
const RANGE_IN_PARENS = new RegExp(String.raw`^\(\s*((?:ref(?:erence)?\.?(?:\s+(?:range|interval))?|normal(?:\s+range)?|range)\s*(?:[:=]\s*|\s+(?=[<>≤≥]|\d)))?(?:(\S+)\s+)?((?:${ONE_BOUND})|(?:${TWO_BOUNDS}))(?:\s+(\S+))?\s*\)\s*$`, 'i');
/** (leftfix) How far from a line's end its parenthesised range may open (a label, a unit, two bounds and a unit fit in far fewer). */
const RANGE_IN_PARENS_REACH = 200;
/**
 * A line ending in RANGE_IN_PARENS (`[line, before, label, unitBefore, bounds, unitAfter]`), or null: the parenthesis at the
 * line's end read from its opening, tried from the first `(` within RANGE_IN_PARENS_REACH of the end, and the line
 * before it. (leftfix) Once one regex, `^(.*?)\s*\(…`, whose lazy start and the `\s*` after it scanned a run of spaces
 * from every start: the square of its length (a quarter of a second at 20,000 spaces).
 */
function rangeHoldingUnit(text: string): (string | undefined)[] | null {
  const t = text.trimEnd();
  if (!t.endsWith(')')) return null;
  for (let open = t.indexOf('(', Math.max(0, t.length - RANGE_IN_PARENS_REACH)); open >= 0; open = t.indexOf('(', open + 1)) {
    const m = RANGE_IN_PARENS.exec(t.slice(open));
    if (!m) continue;
    const before = t.slice(0, open).trimEnd();
    // (`.` reads no line's end.)
    return /[\n\r\u2028\u2029]/.test(before) ? null : [text, before, m[1], m[2], m[3], m[4]];
  }
  return null;
}

/**
 * (fixr76) A row whose ranges follow its value as tiers, each range then its group in brackets, parted by commas (`Hb
 * 11.4 14 to 18 g/dL (males), 12 to 16 g/dL (females)`, `HCT 34 40 to 55% (males), 36 to 48% (females)`: a teaching
 * page's print): the ranges, as printed, are the range's text — tiers, no bounds — and the unit they print (one, the
 * same for every tier) the row's, when the value prints none. Only two tiers or more parted by commas, semicolons or spaces,
 * each group a reference group's word (groupWord: a sex, a population, a phase), under a name the catalog knows.
 */
const TIER_AFTER_RANGE = /(-?\d+(?:[.,]\d+)?)\s*(?:-|–|to)\s*(-?\d+(?:[.,]\d+)?)\s*(%|[^\s(),%]+)?\s*\(\s*(\p{L}[\p{L}-]*)\s*\)/giu;
function rowWithGroupsAfterRanges(text: string, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  if (text.length > 400 || !/\)\s*$/.test(text)) return null;
  const tiers = [...text.matchAll(TIER_AFTER_RANGE)];
  if (tiers.length < 2 || !tiers.every((m) => groupWord(m[4]!))) return null;
  // The tiers end the line, one after the other, a comma, a semicolon or spaces between them. (mend11) Apart by spaces
  // alone too (`Estradiol  80  pg/mL  30-400 (follicular) 50-500 (luteal)`): rangenote.spec had pinned that line as no
  // row — its point was that the first interval is no range with a note; the row itself is the patient's result.
  const first = tiers[0]!.index!;
  let at = first;
  for (const m of tiers) {
    if (!(m.index === first ? /^\s*$/ : /^\s*[,;]?\s*$/).test(text.slice(at, m.index!))) return null;
    at = m.index! + m[0].length;
  }
  if (text.slice(at).trim()) return null;
  const units = new Set(tiers.map((m) => (m[3] ? toUcum(m[3]) ?? '?' : '')));
  if (units.size !== 1 || units.has('?')) return null;
  const unit = tiers[0]![3];
  const row = parseRowLine(text.slice(0, first).trimEnd(), opts);
  if (!row || row.value === null || row.rangeText || !opts.knows?.(row.name)) return null;
  if (row.unit && unit && toUcum(row.unit) !== toUcum(unit)) return null;
  return { ...row, ...(!row.unit && unit ? { unit } : {}), rangeText: text.slice(first).trim().replace(/\s+/g, ' ') };
}

/**
 * (fixr82) A range whose dash was lost, its bounds run together into one number of two decimal points, then the unit in
 * the same parenthesis (`Free T3 - 4.51 (3.16.8 pmol/L)`, a retyped panel's `3.1-6.8`): groups 1 the row before it,
 * 2 the run-together bounds, 3 the unit.
 */
const GARBLED_RANGE_WITH_UNIT = /^(.*\d)\s*\(\s*(\d+\.\d+\.\d+)\s+([^\s()]+)\s*\)\s*$/u;
/**
 * (fixr82) A row whose range is garbled so (GARBLED_RANGE_WITH_UNIT): the row with the unit, the range's text as printed
 * and no bounds (which bounds were meant is not known: no flag is made from them). Only a value, a unit UCUM reads and
 * a name the catalog knows, with no unit printed after the value.
 */
function rowWithGarbledRange(text: string, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  const m = GARBLED_RANGE_WITH_UNIT.exec(text);
  if (!m || !isUnitToken(m[3]!) || !toUcum(m[3]!)) return null;
  const row = parseRowLine(m[1]!, opts);
  if (!row || row.value === null || row.unit || row.rangeText || row.flag || !opts.knows?.(row.name)) return null;
  return { ...row, unit: m[3]!, rangeText: m[2]! };
}

/**
 * A row whose parenthesised range holds the unit (rangeHoldingUnit): the unit is the row's when the value prints
 * none (and must agree when it does); a unit after the bounds stays in the range's text as printed (`20 - 150 ug/L`),
 * a label and a unit before them do not (`9.0 - 20.0`). Null unless the rest reads as a row with these bounds.
 */

function rowWithUnitInRange(text: string, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  const m = rangeHoldingUnit(text);
  if (!m) return rowWithUnitInRangeThenStatus(text, opts);
  const [, before, label, unitBefore, bounds, unitAfter] = m;
  const unit = unitBefore ?? unitAfter;
  if ((unitBefore && (!label || unitAfter)) || (!unit && !label) || (unit && !(isUnitToken(unit) && toUcum(unit)))) return null;
  const row = parseRowLine(`${before!} ${bounds!}`, opts, unit);
  if (!row || row.value === null || row.rangeText !== bounds) return null;
  // (A test the catalog knows, or a row with its printed flag: `Dose 5 (10 - 20 mg)` is a prescription's.) A time is
  // the row's unit only for a test measured in one (a prothrombin time's `s`): `(20 - 30 min)` after another name is
  // how long something lasted, `Level = H 4 (2 - 3 min)` no result (labsfix3132).
  // (mend13, review cr9) fixr78 had read a test the catalog does not know in a unit per a volume too (`Active B12 89.9
  // (37.5 - 150 pmol/L)`): withdrawn — the same shape is a repeat's or a previous result's line (`Repeat 5.9 (3.5 - 5.1
  // mmol/L)`), a dialysate's or an infusion's prescription, a water test's, a meter's target, each then a result.
  if (!(opts.knows?.(row.name) || row.flag) || (unit && DOSE_UNIT.test(unit))) return null;
  if (unit && TIME_UNIT.test(unit) && !opts.measuresIn?.(row.name, unit)) return null;
  if (unit && row.unit && !unitsAgree(row.unit, unit, opts.chargeOf?.(row.name))) return null;
  return { ...row, unit: row.unit ?? unit, rangeText: unitAfter ? `${bounds!} ${unitAfter}` : bounds! };
}

/**
 * (b64 review and mend) A status in words after the parenthesised range holding the unit, a dash or a colon before it
 * or none (`Glucose 95 (70-99 mg/dL) Normal`, `Potassium 3.1 (3.5-5.1 mmol/L) - Low`): the row rowWithUnitInRange reads
 * without it, the status its flag (a flag read from the line itself wins). Words that are no status (normalizeFlag)
 * leave the line unread, as before.
 */
const STATUS_AFTER_PARENTHESIS = /^(.*\))\s*(?:[-–—:]\s*)?(\p{L}[\p{L}\p{M}]*(?:\s+\p{L}[\p{L}\p{M}]*){0,3})\s*$/u;
function rowWithUnitInRangeThenStatus(text: string, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  const m = STATUS_AFTER_PARENTHESIS.exec(text.trimEnd());
  if (!m || !normalizeFlag(m[2]!)) return null;
  const row = rangeHoldingUnit(m[1]!) ? rowWithUnitInRange(m[1]!, opts) : null;
  return row && { ...row, flag: row.flag ?? m[2]! };
}

/**
 * (unitrange) A range whose bounds each print the unit, or the first of them does (`30 ng/mL - 100 ng/mL`, `264
 * ng/dL-916 ng/dL`, `62 µmol/L–106 µmol/L`, `(65 mg/dL to 99 mg/dL)`, `40 ng/mL - 80`): the two bounds, the dash or
 * `to` between, the first bound's unit (lazy, so that `ng/dL-916` leaves the dash), then perhaps the second's. Never
 * from inside a number or a word; nothing but a space or a closing bracket after it. (read of the change) Each unit at
 * most 25 characters (`mL/min/1.73m2` is 13): unbounded, the two units ran over digits and dashes and a 4,900-character
 * token of `1a-1a-…(` took 28.5 s (cubic); bounded, linear.
 */
const UNIT_ON_BOUNDS = new RegExp(String.raw`(?<![\p{L}\p{N}.,/^])(${LABEL_N})\s*(%|[A-Za-zµμ][^\s()[\]<>≤≥]{0,24}?)\s*(${RANGE_TO})\s*(${LABEL_N})(?:\s*(%|[A-Za-zµμ][^\s()[\]<>≤≥]{0,24}))?(?=$|[\s)\]])`, 'giu');

/**
 * (unitrange) The text with each range UNIT_ON_BOUNDS finds printed with its unit once, after its bounds (`30 - 100
 * ng/mL`), as the row readers read it: only where the unit is a lab unit (UCUM reads it), the second bound prints the
 * same unit or none, and the lower bound is below the upper. Two units on two bounds say nothing of one range, and
 * `95 mg/dL - 92` (a dash as an empty cell, then an earlier result) has no lower bound above its upper one.
 */
function unitOnBoundsOnce(text: string): { text: string; bounds: string[] } {
  const bounds: string[] = [];
  const once = text.replace(UNIT_ON_BOUNDS, (all, low: string, unit: string, to: string, high: string, again: string | undefined) => {
    const [l, h] = [parseNumber(low), parseNumber(high)];
    if (!isUnitToken(unit) || !toUcum(unit) || (again !== undefined && !sameUnit(unit, again)) || l === null || h === null || l >= h) return all;
    bounds.push(`${low} ${to} ${high}`);
    return `${low} ${to} ${high} ${unit}`;
  });
  return { text: once, bounds };
}

/**
 * (unitrange) A row whose range prints the unit on its bounds (unitOnBoundsOnce), read as the same line with the unit
 * once after the bounds is: its bounds and the flag from them where the unit is the value's (or the value prints
 * none); where it is another, what parseTail makes of a range in another unit (rangeInOtherUnit: bounds converted
 * where UCUM converts them, `120 g/L - 160 g/L` for a value in g/dL; the text alone where only a molar mass would,
 * `70 mg/dL - 99 mg/dL` for glucose in mmol/L). Null unless the range read is those bounds (never the value), and a dose's
 * unit (`500 mg - 1000 mg`) only under a name the catalog knows. Tried after the line as printed read nothing.
 */
function rowWithUnitOnBounds(text: string, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  const once = unitOnBoundsOnce(text);
  if (!once.bounds.length) return null;
  const row = parseRowLine(once.text, opts) ?? rowWithRangesUnwrapped(once.text, opts) ?? rowWithUnitInRange(once.text, opts);
  if (!row || row.value === null || !once.bounds.some((b) => row.rangeText?.startsWith(b))) return null;
  if (!opts.knows?.(row.name) && row.unit && DOSE_UNIT.test(row.unit)) return null;
  return row;
}

/**
 * Units of time (`s`, `min`, `h`, `days`; labs35fix review: `seg.`, `segs`), every spelling of time-units.ts's TIME_UNITS
 * with or without a full stop: a lab unit only for a test the catalog measures in one.
 */
const TIME_UNIT = new RegExp(`^(?:${wordAlternation(timeWords(['s', 'min', 'h', 'd', 'wk', 'mo', 'a']))})\\.?$`, 'i');
/**
 * A name, then its result in parentheses after a word that says so (`a. HEMOGLOBIN (Hasil pemeriksaan 15,4 g/dL)`, a
 * case study's heading; `Hemoglobin (result 13.1 g/dL)`), with its unit or a flag word or both, an outline's letter or
 * number perhaps before the name, a range perhaps after the parenthesis.
 */
const RESULT_IN_PARENTHESIS = /^(?:[a-z]\.\s+|\d{1,2}\.\s+)?(\p{L}(?:[^()]*?[^()\s])?)\s*\(\s*(?:hasil(?:\s+pemeriksaan)?|results?|resultado|ergebnis|r[ée]sultat|risultato|uitslag)\s*(?::\s*)?([<>]?\d[\d.,]*)\s+([^()\s]+)(?:\s+([^()\s]+))?\s*\)\s*(?:(-?\d+(?:[.,]\d+)?\s*(?:-|–)\s*\d+(?:[.,]\d+)?)\s*)?$/iu;

/**
 * The row RESULT_IN_PARENTHESIS prints, read as `name value unit range` with the flag word printed inside the
 * parenthesis, when the catalog knows the name; otherwise none — the
 * words before the parenthesis may be a sentence or a heading run into the line (the name is then no test's).
 */
function rowWithResultInParenthesis(m: RegExpExecArray, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  if (!opts.knows?.(m[1]!.trim())) return null;
  const tail = resultTail(m[3]!, m[4]);
  if (!tail) return null;
  // A range after the parenthesis (`Ferritin (result 12 ng/mL) 30-400`) is the row's.
  const row = parseRowLine(`${m[1]!.trim()} ${m[2]!}${tail.unit ? ` ${tail.unit}` : ''}${m[5] ? ` ${m[5]}` : ''}`, opts);
  return row && row.value !== null ? { ...row, ...(tail.flag ? { flag: tail.flag } : {}) } : null;
}

/**
 * What follows the value inside RESULT_IN_PARENTHESIS: a unit, a flag word (`13.1 high`, `13.1 L`), or a unit then a
 * flag word (`12 ng/mL H`); null for anything else. A value with neither is no result: `Glucose (results 2023)` is a
 * year.
 */
function resultTail(first: string, second: string | undefined): { unit?: string; flag?: string } | null {
  if (second !== undefined) {
    const flag = parseFlagToken(second);
    return isUnitToken(first) && flag ? { unit: first, flag } : null;
  }
  if (isUnitToken(first)) return { unit: first };
  const flag = parseFlagToken(first);
  return flag ? { flag } : null;
}

/**
 * (b58) A row's cells in another order than name, value, unit and range, as OCR emits a table row's text boxes in the
 * order it found them (`13.5 - 18.0 9.2 g/dL Haemoglobin`, `% 01 - 06 0.3 Eosinophils`, `7.4 fL MPV 7.9 - 13.7`, `RBC
 * Count mill/cu.mm 4.7 - 6.0 3.5`): where the line is nothing but one name the catalog knows (its words together), one
 * range of two bounds, one plain number and one unit UCUM reads, and the value does not follow the name straight nor
 * lead the line straight before it (those orders are the other readers', which may refuse them: fix38b, labs29fix), the
 * row read in the usual order. Short lines only.
 */
function rowWithCellsScrambled(text: string, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  if (!opts.knows) return null;
  const tokens = tokenize(text);
  if (tokens.length < 4 || tokens.length > 12) return null;
  let range: { at: number; span: number } | null = null;
  const numbers: number[] = [];
  const units: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const r = numericRangeAt(tokens, k);
    if (r && (r.span > 1 || /\d[-–~]\d/.test(tokens[k]!))) {
      if (range) return null;
      range = { at: k, span: r.span };
      k += r.span - 1;
    } else if (PLAIN_NUMBER.test(tokens[k]!)) numbers.push(k);
    else if (isUnitToken(tokens[k]!) && toUcum(tokens[k]!) !== null && !/^\p{L}{4,}$/u.test(tokens[k]!)) units.push(k);
  }
  if (!range || numbers.length !== 1 || units.length !== 1) return null;
  const taken = new Set([numbers[0]!, units[0]!]);
  for (let k = range.at; k < range.at + range.span; k++) taken.add(k);
  const rest = tokens.map((_, k) => k).filter((k) => !taken.has(k));
  if (rest.length === 0 || rest.some((k, j) => j > 0 && k !== rest[j - 1]! + 1)) return null;
  // (The usual order is the other readers': a value straight after the name is theirs to read or refuse; so is a number
  // first on the line straight before the name, the value-first layout, whose readers refuse row numbers, quantities
  // and years there: labs29fix, labs29fix2.)
  if ((rest[0] === 0 && numbers[0] === rest.at(-1)! + 1) || (numbers[0] === 0 && rest[0] === 1)) return null;
  const name = tokens.slice(rest[0], rest.at(-1)! + 1).join(' ');
  if (!/\p{L}/u.test(name) || !opts.knows(cleanName(name))) return null;
  const rangeText = tokens.slice(range.at, range.at + range.span).join(' ');
  const row = parseRowLine(`${name} ${tokens[numbers[0]!]} ${tokens[units[0]!]} ${rangeText}`, opts);
  if (!row || row.value === null || !opts.knows(cleanName(row.name)) || !row.rangeText) return null;
  return scrambledValuePlausible(row.value, parseReferenceRange(row.rangeText)) ? { ...row, rangeText: asPrinted(text, row.rangeText) } : null;
}

/**
 * (b58 review) Whether the one number of a scrambled row (rowWithCellsScrambled) may be its value: with no column to
 * say which cell is the value, a number after an interpretation table's range is as often a year (`2023`), a
 * footnote's mark or a grade (`LDL mg/dL 130 - 159 1`, `eGFR … 60 - 89 2`) as a result. No year-like whole number
 * (1900–2099), and a value on the range's scale: from a twentieth of its low bound to twenty times its high one, and
 * where the low bound is 0, at least a fiftieth of the high one. (A result further out than that, printed in a scrambled
 * order, is left unread: no row rather than one made of a footnote.)
 */
function scrambledValuePlausible(value: number, range: { low?: number; high?: number }): boolean {
  if (Number.isInteger(value) && value >= 1900 && value <= 2099) return false;
  const { low, high } = range;
  if (low === undefined || high === undefined || high <= 0) return false;
  if (value > high * 20) return false;
  return low > 0 ? value >= low / 20 : value >= high / 50;
}

/**
 * A name, a range of two bounds in parentheses, then the value (`TSH (0,4 - 4,0) 2,1`, `ft3 ( 2,3 - 4,2 ) --- 2,7
 * pg/ml`: a patient's notes, the range copied first), perhaps through a run of dashes or a colon; the value's unit
 * apart or against it (`2,7pg/ml`, labsrob2: a unit starts with a letter or µ).
 */
const RANGE_BEFORE_VALUE = new RegExp(String.raw`^([^()\d\s](?:[^()]*?[^()\s])?)\s*\(\s*((${TWO_BOUNDS})(?:\s*(%|[A-Za-zµμ][^\s()]*))?)\s*\)\s*(?:(?:-{1,3}|–|—|:)\s*)?([<>]?\d+(?:[.,]\d+)?)(?:(%{1,2})|(?:\s+|(?=[A-Za-zµμ]))(\S+))?\.?(?=\s|$)(.*)$`, 'u');

/**
 * A row printed with its range before its value (RANGE_BEFORE_VALUE): read as the same row printed in the usual order,
 * name, value, unit, range; only when that reads the range (what follows the unit is kept after it).
 */
function rowWithRangeBeforeValue(text: string, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  const m = RANGE_BEFORE_VALUE.exec(text.trim());
  // (Only a name the catalog knows, and no span of years: `Page (1 - 2) 3`, `Hemoglobin (2019 - 2021) 13.5` are no range.)
  if (!m || !/\p{L}/u.test(m[1]!) || !opts.knows?.(m[1]!.trim()) || /\b(?:19|20)\d\d\b/.test(m[3]!)) return null;
  // (labs42fix) The range's own unit inside its parenthesis (`HbA1c-IFCC (20-42 mmol/mol): 41 mmol/mol`, `Glucose
  // random (3.4 to 7.7 mmol/L): 6.4`): a unit the reader knows, that of the value when the value prints one (else the
  // row's), the range's text keeping it as printed; a value with `%` glued to it (`5.9%`, a doubled `5.9%%`) prints `%`.
  const rangeUnit = m[4];
  if (rangeUnit && (!isUnitToken(rangeUnit) || isAmountUnit(rangeUnit))) return null;
  const printed = m[6] ? '%' : m[7];
  const unit = printed && isUnitToken(printed) ? printed : '';
  if (rangeUnit && unit && !unitsAgree(unit, rangeUnit, opts.chargeOf?.(m[1]!.trim()))) return null;
  // (labs42fix review) The value printed without a unit takes the range's only on the range's scale (onRangeScale:
  // not `Glucose (3.9-5.5 mmol/L): 99`, in mg/dL; `HbA1c (4.0-6.0%): 48`, in mmol/mol), and a range's `%` only under a
  // name the catalog measures in per cent alone (not `Neutrophils (40-75%): 4.1`, the count): else no row from here.
  if (rangeUnit && !unit) {
    // (A value below or above a limit, `<0.01`, `>90`, only on its side: `TSH (0.4-4.0 mU/L): <0.01` is in mU/L.)
    const value = Number(m[5]!.replace(/^[<>]/, '').replace(',', '.'));
    if (!onRangeScale(value, m[3]!, m[5]![0] === '<' ? '<' : m[5]![0] === '>' ? '>' : undefined)) return null;
    if (toUcum(rangeUnit) === '%' && !opts.measuresOnlyIn?.(m[1]!.trim(), '%')) return null;
  }
  const rest = `${printed && !unit ? ` ${printed}` : ''}${m[8] ?? ''}`.trim();
  // A dose, not a result (`Iron (10 - 20) 15 mg daily`, `Insulin (10 - 20) 15 units at bedtime`): after the value only
  // a flag word, and a unit, if any, of what a lab measures, not an amount given (labsfix33).
  if ((unit && isAmountUnit(unit)) || !rest.split(/\s+/).every((w) => w === '' || parseFlagToken(w))) return null;
  // `Glucose (01.03 - 05.03) 95 mg/dL`: the parenthesis is the days the value covers; the row is read without it.
  const bounds = isDateSpan(m[3]!) ? '' : rangeUnit ? ` (${m[2]!})` : ` ${m[3]!}`;
  const valueUnit = unit || rangeUnit || '';
  const usual = `${m[1]!.trim()} ${m[5]!}${valueUnit ? ` ${valueUnit}` : ''}${bounds}${rest ? ` ${rest}` : ''}`;
  // (The usual order with the unit inside the range's parenthesis is rowWithUnitInRange's.)
  const row = parseRowLine(usual, opts) ?? (rangeUnit ? rowWithUnitInRange(usual, opts) : null);
  return row && row.value !== null && (row.rangeText || !bounds) ? row : null;
}

/**
 * (labs42fix) A date leading a line, then a colon (`6 Mar. 2012:`, `12/03/2012:`, `2012-03-06:`, `March 6, 2012:`): the
 * day the results after it were taken, as a patient copies one request a line — no part of a name.
 */
const DATE_LEAD = /^(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\.?,?\s+(?:19|20)\d\d|\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d|(?:19|20)\d\d-\d\d-\d\d)\s*:\s*(?=\S)/u;
/** (labs42fix) A quoted comment after a colon ending a row (`…(3.4 to 5.4): 'A fasting glucose level of …'`). */
const QUOTED_COMMENT = /^(.*?\d.*?\S)\s*:\s*(['‘"“]\s*\p{L}.*)$/u;
/** What QUOTED_COMMENT needs, looked for in one pass before it runs. */
const QUOTE_AFTER_COLON = /:\s*['‘"“]\s*\p{L}/u;

/**
 * (labs42fix review) The request's name as a label before the first of several results on a line (`GLYCATED
 * HAEMOGLOBIN (HBA1c): HbA1c-NGSP …`, `SERUM/PLASMA GLUCOSE: …`, `Serum: …`): a name the catalog knows, printed in
 * capitals, or blood's specimen — never another specimen's (`Urine: Glucose 2.8 mmol/L` is no blood glucose; `CSF:`,
 * `Stool:`), nor a word in lower case the catalog does not know (`Father: Glucose 7.2 mmol/L`: not the patient's).
 */
function requestLabel(part: string, opts: TextParseOptions): RegExpExecArray | null {
  const label = /^([^:;]{2,60}?):\s*(?=\p{L})/u.exec(part);
  if (!label) return null;
  const words = foldName(label[1]!);
  // (labs42fix review) A specimen other than blood in the label: the prose lists' NON_BLOOD_LEAD.
  if (NON_BLOOD_LEAD.test(words)) return null;
  const capitals = !/\p{Ll}/u.test(label[1]!.replace(/\([^()]*\)/g, '')) && /\p{Lu}{2}/u.test(label[1]!);
  return opts.knows?.(label[1]!.trim()) || capitals || LABEL_BLOOD.test(words) ? label : null;
}

/** (labs42fix) A part of a line read as one result under a name the catalog knows, or null. */
function knownResult(text: string, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  const row = rowWithRangeBeforeValue(text, opts) ?? parseInlineRow(text, opts) ?? parseRowLine(text, opts) ?? rowWithRangesUnwrapped(text, opts)
    ?? rowWithUnitInRange(text, opts) ?? rowWithUnitOnBounds(text, opts);
  return row && row.value !== null && opts.knows?.(row.name) ? row : null;
}

/**
 * (labs42fix) A line of results as a patient copies a laboratory's reports, one request a line: a date leading it
 * (DATE_LEAD), several results between semicolons outside brackets (a range `(3.4 to 5.4; diabetic >6.9)` is one
 * part), the request's name as a label before the first (`GLYCATED HAEMOGLOBIN (HBA1c): HbA1c-NGSP (4.0-6.0%):
 * 5.9%`), a quoted comment after the last (QUOTED_COMMENT, the row's comment). Read only when one of these is there
 * and every part reads as a result under a name the catalog knows (a `;` table's cells, a list of doses or targets
 * do not); otherwise null, and the line is read as before.
 */
function resultsApart(flat: string, opts: TextParseOptions): Omit<RawRow, 'line'>[] | null {
  let text = flat.trim();
  const dated = DATE_LEAD.exec(text);
  if (dated) text = text.slice(dated[0].length);
  // A quote after a colon first: QUOTED_COMMENT's two lazy groups cost the square of a long line's length.
  const quoted = QUOTE_AFTER_COLON.test(text) ? QUOTED_COMMENT.exec(text) : null;
  if (quoted) text = quoted[1]!;
  const parts = splitOutsideBrackets(text, '([').map((p) => p.text.trim()).filter(Boolean);
  if (!parts.length || (parts.length < 2 && !dated && !quoted)) return null;
  const rows: Omit<RawRow, 'line'>[] = [];
  for (const [i, part] of parts.entries()) {
    let row = knownResult(part, opts);
    // The request's name before the first result (`GLYCATED HAEMOGLOBIN (HBA1c): HbA1c-NGSP …`): a label, when the
    // part does not read whole.
    const label = !row && i === 0 ? requestLabel(part, opts) : null;
    if (label) row = knownResult(part.slice(label[0].length), opts);
    // (text7) An SMS's sentences around its results (`Dear Client, your results for Lab No. 123 are ready. FBS
    // 6.8mmol/L (3.9-5.6) H; …; Urea 5.0mmol/L (2.8-7.2). Cont'd`): the first result after a sentence's end, the last
    // before one — tried only where the part does not read whole, on a line of several results.
    const sentences = !row && parts.length > 1 && (i === 0 || i === parts.length - 1) ? resultInSentences(part, i === 0, opts) : null;
    if (sentences) {
      rows.push(...sentences);
      continue;
    }
    if (!row) return null;
    rows.push(row);
  }
  if (quoted) {
    const last = rows[rows.length - 1]!;
    rows[rows.length - 1] = { ...last, comment: last.comment ? `${last.comment}\n${quoted[2]!.trim()}` : quoted[2]!.trim() };
  }
  return rows;
}

/**
 * (text7) A sentence's end inside a line: `.`, `!` or `?` after a letter or a closing bracket, then a space and a
 * letter (`are ready. FBS`, `(2.8-7.2). Cont'd`, `H. Collect`); a decimal point (`5.6`) and an abbreviation glued to
 * its word (`T.Chol`) are none.
 */
const SENTENCE_STOP = /(?<=[\p{L})\]])[.!?]\s+(?=\p{L})/gu;
/** How many of a part's sentence ends are tried (the first after it, the last before it): a result is near its part's edge. */
const SENTENCE_TRIES = 4;

/**
 * (text7) The known results a list's first part prints after a sentence (`first`: the text after one of its last
 * sentence ends, the last first) or its last part before one (the text before one of its first sentence ends), or null.
 * (text7 review) With them, the whole sentences next to that one that are known results too, in their order (`Hb 13.5
 * g/dL. WBC 6.2 x10^9/L; …`: Hb, then WBC), up to the first that is none (`… are ready.`).
 */
function resultInSentences(part: string, first: boolean, opts: TextParseOptions): Omit<RawRow, 'line'>[] | null {
  const ends = [...part.matchAll(SENTENCE_STOP)];
  const tried = first ? ends.slice(-SENTENCE_TRIES).reverse() : ends.slice(0, SENTENCE_TRIES);
  for (const end of tried) {
    const text = first ? part.slice(end.index + end[0].length) : part.slice(0, end.index);
    const row = knownResult(text, opts);
    if (!row) continue;
    const rows = [row];
    const at = ends.indexOf(end);
    // The sentences beside it, away from the list: before it for the first part, after it for the last.
    for (let j = at; first ? j >= 0 : j < ends.length; j += first ? -1 : 1) {
      const from = first ? (j > 0 ? ends[j - 1]!.index + ends[j - 1]![0].length : 0) : ends[j]!.index + ends[j]![0].length;
      const to = first ? ends[j]!.index : j + 1 < ends.length ? ends[j + 1]!.index : part.length;
      const next = knownResult(part.slice(from, to), opts);
      if (!next) break;
      if (first) rows.unshift(next);
      else rows.push(next);
    }
    return rows;
  }
  return null;
}

/** A unit of an amount given (`mg`, `IU`, `units`, `mg/day`), not of a concentration, count or activity measured. */
function isAmountUnit(unit: string): boolean {
  return DOSE_UNIT.test(unit.trim()) || RATE_OR_DOSE_UNIT.test(unit.trim());
}

/**
 * Two bounds that are both a day and a month (`01.03 - 05.03`: dd.mm, two digits each, a real day and month): a span
 * of dates, not a range of values.
 */
const BOUNDS_TO = new RegExp(String.raw`\s*${RANGE_TO}\s*`);
function isDateSpan(bounds: string): boolean {
  const sides = bounds.split(BOUNDS_TO);
  return sides.length === 2 && sides.every((b) => {
    const d = /^(\d\d)\.(\d\d)$/.exec(b);
    return d !== null && Number(d[1]) >= 1 && Number(d[1]) <= 31 && Number(d[2]) >= 1 && Number(d[2]) <= 12;
  });
}

/** A value and its unit, then the same result in another unit in parentheses (`0.91 g/L (5.05 mmol/L)`). */
const RESTATED_AMOUNT = new RegExp(String.raw`(${LABEL_N}\s*([A-Za-zµμ%][^\s()]*))\s*\(\s*(${LABEL_N}\s*([A-Za-zµμ%][^\s()]*))\s*\)`);
/** A range, then the same range in another unit in parentheses (`0.74 – 1.06 (4.11 – 5.89)`; labsreadfix: any `to`, RANGE_TO). */
const RESTATED_RANGE = new RegExp(String.raw`(${TWO_BOUNDS})\s*\(\s*${TWO_BOUNDS}\s*\)`);
/**
 * (twounits) A range in parentheses, then the same range in another unit in parentheses too (`(7.2-11.7)  (64-104)`,
 * `(<2,00)  (<5,17)`): group 1 the first, kept in its parentheses.
 */
const RESTATED_RANGE_PARENTHESIZED = new RegExp(String.raw`(\(\s*(?:${TWO_BOUNDS}|${ONE_BOUND})\s*\))\s*\(\s*(?:${TWO_BOUNDS}|${ONE_BOUND})\s*\)`);

/** (twounits) The number a restated amount starts with (`5.05` of `5.05 mmol/L`). */
const LEADING_NUMBER = new RegExp(`^${LABEL_N}`);

/**
 * A row that prints its result again in a second unit in parentheses, and perhaps its range too (`Glycémie  0.91 g/L
 * (5.05 mmol/L)  0.74 – 1.06 (4.11 – 5.89)`, a French bilan): the first is the result; the second is its comment, and
 * a parenthesised range after the range, on such a line only, is that range restated. (twounits) The ranges in
 * parentheses too (`9.8 mg/L  (86.7 µmol/L)  (7.2-11.7)  (64-104)`); and not where the second amount, converted
 * through the catalog's molar mass (amountConverted), is not the first's (sameAmount): `0.91 g/L (7.05 mmol/L)` is no
 * glucose restated, and the line reads nothing, as a line of unknown columns. (Units that do not convert so restate
 * as before.)
 */
function rowWithRestatedUnit(text: string, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  // (No parenthesis, no restated amount: the expression costs the square of a run of digits, on every line.)
  const amount = text.includes('(') ? RESTATED_AMOUNT.exec(text) : null;
  if (!amount || !isUnitToken(amount[2]!) || !isUnitToken(amount[4]!) || sameUnit(amount[2]!, amount[4]!)) return null;
  const restated = amount[3]!;
  const rest = `${text.slice(0, amount.index)}${amount[1]!}${text.slice(amount.index + amount[0].length)}`.replace(RESTATED_RANGE, '$1').replace(RESTATED_RANGE_PARENTHESIZED, '$1');
  const row = parseRowLine(rest, opts) ?? rowWithRangesUnwrapped(rest, opts);
  if (!row || row.value === null || !row.unit) return null;
  const again = parseNumber(LEADING_NUMBER.exec(restated)?.[0] ?? '');
  const converted = again === null ? null : amountConverted(row.name, row.value, row.unit, amount[4]!, opts);
  if (converted !== null && !sameAmount(row.value, converted, again!)) return null;
  return { ...row, comment: row.comment ? `${restated}\n${row.comment}` : restated };
}

/** (labs53fix) A unit's kind, for a result restated in another unit: a mass or an amount of substance per volume. */
function concentrationKind(unit: string): 'mass' | 'substance' | null {
  const ucum = toUcum(unit);
  if (!ucum) return null;
  return /^[munpf]?g\/[dcm]?L$/.test(ucum) ? 'mass' : /^[munpf]?(?:mol|eq)\/[dcm]?L$/.test(ucum) ? 'substance' : null;
}

/**
 * (labs53fix) Whether a second unit printed after a row's restates its result: another unit (not the same printed
 * otherwise, `mg/dl` and `mg/dL`: that is a previous result's column) of the same quantity — one that converts with a
 * factor of 1 (`meq/L` and `mmol/L` for an ion of charge 1), two units the catalog measures the test in (`mg/dL` and
 * `umol/L` for creatinine), or, for a test it does not know, units that convert into each other (`g/dL`, `g/L`) or a
 * mass and an amount of substance per volume (the conventional and the SI unit of one concentration).
 */
function restatesInUnit(name: string, first: string, second: string, opts: TextParseOptions): boolean {
  if (sameUnit(first, second)) return false;
  if (unitsAgree(first, second, opts.chargeOf?.(name))) return true;
  if (opts.knows?.(name)) return Boolean(opts.measuresIn?.(name, first) && opts.measuresIn?.(name, second));
  const [a, b] = [toUcum(first), toUcum(second)];
  if (a && b && convertCountingIuAsU(1, a, b) !== null) return true;
  const [ka, kb] = [concentrationKind(first), concentrationKind(second)];
  return ka !== null && kb !== null && ka !== kb;
}

/** (twounits) A UCUM unit of an amount per volume (`mg/dL`, `umol/L`, `U/L`, `10*9/L`). */
const PER_VOLUME_UCUM = /\/[dcmunp]?L$/;

/**
 * (twounits) Whether a second amount printed on a result's line is that result in another unit: a unit that restates
 * the first (restatesInUnit), and, where the two convert into each other (through the catalog's molar mass and charge
 * for the name: `9.8 mg/L` and `86.7 µmol/L` of creatinine, `5.8 mmol/L` and `104.4 mg/dL` of glucose), a number that
 * agrees with the first converted — within the rounding of both as printed and 2 % for the factor a laboratory uses
 * (88.4 or 88.42 for creatinine, 18 for glucose). A number that does not (`9.8 mg/L  120 µmol/L`) is another result: a
 * previous one, or a misprint.
 */
function restatedAmount(name: string, value: number, unit: string, again: number, againUnit: string, opts: TextParseOptions, asBefore = false): boolean {
  if (!restatesInUnit(name, unit, againUnit, opts)) return false;
  const converted = amountConverted(name, value, unit, againUnit, opts);
  // Units that do not convert so: a mass and an amount of substance per volume (the molar mass unknown), or where
  // `asBefore` (the layout labs53fix read: both groups' value, unit and range) any units restatesInUnit takes (HbA1c's
  // `%` and `mmol/mol`) — never two units of time (`4 min  10 s`, one duration) or a percentage and a count.
  if (converted === null) return asBefore || (concentrationKind(unit) !== null && concentrationKind(againUnit) !== null);
  if (sameAmount(value, converted, again)) return true;
  // (twounits review) Urea in mmol/L beside its nitrogen in mg/dL (`Urea  5.0 mmol/L  2.5-7.1  14 mg/dL  7-20`: the
  // conventional partner of urea is the BUN), converted through the nitrogen's mass.
  const ureaMass = opts.molarMassOf?.('Urea');
  if (ureaMass && opts.molarMassOf?.(name) === ureaMass) {
    const [a, b] = [toUcum(unit), toUcum(againUnit)];
    const asNitrogen = a && b ? convertCountingIuAsU(value, a, b, { molarMass: opts.molarMassOf?.('Urea nitrogen') ?? null, charge: null }) : null;
    return asNitrogen !== null && sameAmount(value, asNitrogen, again);
  }
  return false;
}

/**
 * (twounits) A value in another unit of an amount per volume, through the catalog's molar mass and charge for the name;
 * null where the units do not convert so. (Amounts per volume only: a fraction's units convert as numbers, not as the
 * scales they are — HbA1c's `%` and `mmol/mol` are the NGSP's and the IFCC's.)
 */
function amountConverted(name: string, value: number, unit: string, againUnit: string, opts: TextParseOptions): number | null {
  const [a, b] = [toUcum(unit), toUcum(againUnit)];
  if (!a || !b || !PER_VOLUME_UCUM.test(a) || !PER_VOLUME_UCUM.test(b)) return null;
  return convertCountingIuAsU(value, a, b, { molarMass: opts.molarMassOf?.(name) ?? null, charge: opts.chargeOf?.(name) ?? null });
}

/** (twounits) Whether a printed number is another's converted, within the rounding of both as printed and 2 %. */
function sameAmount(value: number, converted: number, again: number): boolean {
  /** Half the last printed digit's place (`5.8`: 0.05). */
  const half = (n: number) => 0.5 * 10 ** -(/\.(\d+)$/.exec(String(Math.abs(n)))?.[1]!.length ?? 0);
  const slack = (value === 0 ? 0 : Math.abs(converted) * half(value) / Math.abs(value)) + half(again) + 0.02 * Math.abs(again);
  return Math.abs(converted - again) <= slack;
}

/**
 * (labs53fix) Two column groups on one line, the conventional and the SI (`Creatinine  1.50  mg/dl  0.60~1.20  132.60
 * umol/L 53.04~106.08`): the first group (value, unit, range) is the row; the second, complete too (a value, a unit and
 * a range after it) and in a unit that restates the first (restatesInUnit), is the same result again, the row's
 * comment. A second group in the same unit (a previous result's column) or in a unit of another quantity reads nothing,
 * as before.
 * (twounits) Each group in any order the row reader reads (value, range and unit: `FBS  5.8  4.1 - 5.9 mmol/L  104.4
 * 74 - 106 mg/dL`, a Philippine report's SI and conventional columns; value and unit alone, `1,55 g/L  4,01 mmol/L`), a
 * flag after either value, the ranges in parentheses; and the two values first, then their two ranges (`9.8 mg/L
 * 86.7 µmol/L  (7.2-11.7)  (64-104)`, a French bilan's columns): the first value's range is the first. The second
 * amount must be the first's in its unit (restatedAmount); the first group must end where the second begins (a word
 * between, `… 70-99  Potassium  4.2 mmol/L …`, is another test's name: two tests on one line).
 */
function rowWithSecondColumnGroup(text: string, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  const tokens = tokenize(unparenthesizeRanges(text));
  // (A group's place is tried where a value stands between the end of one and the start of another; a few tries, each
  // reading the line's two halves, at most.)
  let tries = 0;
  for (let k = tokens.length - 2; k >= 2 && tries < 3; k--) {
    const again = parseValueToken(tokens[k]!);
    if (!again || again.comparator || again.value === null) continue;
    const before = tokens[k - 1]!;
    const after = tokens[k + 1]!;
    const endsGroup = (isUnitToken(before) && !parseValueToken(before)) || parseFlagToken(before) !== null || /\d$/.test(before);
    const startsGroup = (isUnitToken(after) && !parseValueToken(after)) || parseFlagToken(after) !== null || numericRangeAt(tokens, k + 1) !== null;
    if (!endsGroup || !startsGroup) continue;
    tries++;
    const first = tokens.slice(0, k).join(' ');
    const row = parseRowLine(first, opts);
    if (!row || row.value === null || !row.unit || row.comment || !endsWithPart(first, row)) continue;
    // The two values first, then the two ranges: the first range is the first value's.
    const unitAt = isUnitToken(after) && !parseValueToken(after) && !row.rangeText ? k + 1 : -1;
    const rangesAt = unitAt < 0 ? -1 : unitAt + 1 + (parseFlagToken(tokens[unitAt + 1] ?? '') !== null ? 1 : 0);
    const r1 = rangesAt < 0 ? null : numericRangeAt(tokens, rangesAt);
    const r2 = r1 ? numericRangeAt(tokens, rangesAt + r1.span) : null;
    if (r1 && r2) {
      const end = rangesAt + r1.span + r2.span;
      const whole = parseRowLine([...tokens.slice(0, k), ...tokens.slice(rangesAt, rangesAt + r1.span), ...tokens.slice(end)].join(' '), opts);
      if (!whole || whole.value !== row.value || !whole.rangeText || whole.unit !== row.unit) return null;
      if (!restatedAmount(row.name, row.value, row.unit, again.value, tokens[unitAt]!, opts)) return null;
      return { ...whole, comment: [...tokens.slice(k, rangesAt), ...tokens.slice(rangesAt + r1.span, end)].join(' ') };
    }
    const rest = tokens.slice(k).join(' ');
    const second = parseRowLine(`${row.name} ${rest}`, opts);
    if (!second || second.value !== again.value || !second.unit || second.comment || !endsWithPart(rest, second)) continue;
    // (A second range with no first: the range may be either's — the row is read with none.)
    const asBefore = Boolean(row.rangeText && second.rangeText) && isUnitToken(after) && !parseValueToken(after);
    if (!restatedAmount(row.name, row.value, row.unit, second.value, second.unit, opts, asBefore)) return null;
    return { ...row, comment: rest };
  }
  return null;
}

/** (ocrlis) A number, a point, a space and one to three digits before a column gap or the line's end (`24. 1`). */
const SPACED_DECIMAL = /(?<=\s)(\d+)\. (\d{1,3})(?=\s{2,}|$)/;

/**
 * (b58) The same in a range's bound: before the range's dash (`60. 00-82.00`) or after it (`0-40. 00`, `96. 00-108. 00`),
 * as OCR spaces a point of a scanned report's range column. Only a bound of two numbers and a dash next to the point.
 */
// (The dash as printed or as OCR reads it, the Han numeral one: tokens.ts HAN_ONE_TO.)
const SPACED_DECIMAL_BOUND = /(?<![\d.])(\d+)\. (\d{1,3})(?=[-–一]\d)|(?<=\d[-–一])(\d+)\. (\d{1,3})(?![\d.])/g;

/** (b58) A text with OCR's spaced points joined: the value's (SPACED_DECIMAL, the first) and the range bounds' (all). */
function decimalsRejoined(text: string): string {
  return text.replace(SPACED_DECIMAL, '$1.$2')
    .replace(SPACED_DECIMAL_BOUND, (_m, a?: string, b?: string, c?: string, d?: string) => (a !== undefined ? `${a}.${b}` : `${c}.${d}`));
}

/**
 * (ocrlis) OCR's space after a decimal point (`Estradiol, Sensitive   24. 1   pg/mL`: read as it is printed, a name
 * `Estradiol, Sensitive 24` of the value 1): where the row read names no test the catalog knows, the line read again
 * with the point's digits joined, when that reading names one. Any other row as it was.
 * (b58) Where the line reads no row at all too; and the points joined are the value's (the first spaced one,
 * SPACED_DECIMAL) and every spaced point of a range's bound (SPACED_DECIMAL_BOUND: `CK 84.70  24. 00-195.00 U/L`, no row
 * as printed): decimalsRejoined. A row of a test the catalog knows, read as printed, is kept as it is, even with a
 * bound's point spaced (its range then the text as printed, no bounds).
 */
function withDecimalRejoined(text: string, opts: TextParseOptions, row: Omit<RawRow, 'line'> | null): Omit<RawRow, 'line'> | null {
  if (!opts.knows || (row && opts.knows(cleanName(row.name)))) return row;
  const joined = decimalsRejoined(text);
  const again = joined === text ? null : parseRowLine(joined, opts);
  if (again && again.value !== null && opts.knows(cleanName(again.name))) return again;
  return row ?? withLostPointsRejoined(text, opts) ?? withoutTrailingDebris(text, opts);
}

/**
 * (fixr85a) OCR's debris at a line's end (a photo's stray marks read as `t`, `1 性` after the row's last cell:
 * `游离前列腺特异性抗原0.031         t`): one to three tokens of one character each — a small Latin letter, a digit or a
 * Han character, never a capital (a flag's letter) — after a space. Where the line reads no row with them, it is read
 * without them, and kept only where that reading names a test the catalog knows, in Chinese characters (a Chinese
 * report's photo; elsewhere a last token alone is a footnote's letter or a number the reader refuses, `HDL mg/dL 40 - 59
 * 1`, `Cholesterol 210 mg/dL b`: left as they were), and has a value.
 */
const DEBRIS_TOKEN = /^[a-z0-9\p{Script=Han}]$/u;
function withoutTrailingDebris(text: string, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  // (Token by token from the line's end, not one regular expression over the line: no backtracking over long gaps.)
  let end = text.trimEnd().length;
  let dropped = 0;
  while (dropped < 3) {
    const start = text.lastIndexOf(' ', end - 1) + 1;
    if (start <= 0 || !DEBRIS_TOKEN.test(text.slice(start, end))) break;
    end = text.slice(0, start).trimEnd().length;
    dropped++;
  }
  const rest = text.slice(0, end);
  if (!dropped || !/\d/.test(rest)) return null;
  const again = parseRowLine(rest, opts);
  return again && again.value !== null && HAN_IN_NAME.test(again.name) && opts.knows?.(cleanName(again.name)) ? again : null;
}
/** (fixr85a) A name printed in Chinese characters (a Chinese report's OCR, where photo debris ends lines). */
const HAN_IN_NAME = /\p{Script=Han}/u;

/**
 * (fixr85a) OCR's space where a decimal point was lost (a Tesseract reading of a scanned blood count: `4 84` for 4.84,
 * `0 27` for 0.27, a range `0 5-5` for 0.5–5, `4 09-5.74` for 4.09–5.74): one digit, one space and one or two digits,
 * after a column gap (two spaces at least) — the value's (the first such, before another gap) and a range's lower bound
 * (before its dash). Never a number of two digits or more before the
 * space (`10 9/L`, a count's unit), nor digits apart by more than one space (a row number and its code).
 */
const LOST_POINT_VALUE = /(?<=\s{2})(\d) (\d{1,2})(?=\s{2,})/;
const LOST_POINT_BOUND = /(?<=\s{2})(\d) (\d{1,2})(?=[-–~]\d)/g;

/**
 * (mend28, review cr23 of fixr85a) Whether two numbers a space apart are OCR's lost point and not two whole numbers (a
 * count and its percent `4 55 %`, a number with a space inside `1 38` beside `135-145`, a footnote's number before a
 * range `1 15-150`): the line prints its test with decimals — a decimal number elsewhere on it (`3 50-9.50`,
 * `0.11-0.28`) — or each such number begins with a zero no whole number begins with (a value `0 27`, two digits after
 * the zero; a bound `0 5-5`). Else the line is no lost point: left unread, never an invented value.
 */
function lostPointsLikely(text: string): boolean {
  const value = LOST_POINT_VALUE.exec(text);
  const bounds = [...text.matchAll(LOST_POINT_BOUND)];
  let rest = text;
  for (const m of [...(value ? [value] : []), ...bounds]) rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
  if (/\d[.,]\d/.test(rest)) return true;
  return (!value || (value[1] === '0' && value[2]!.length === 2)) && bounds.every((m) => m[1] === '0');
}

/** (fixr85a) A text with OCR's lost points read back (LOST_POINT_VALUE, LOST_POINT_BOUND). */
function lostPointsRejoined(text: string): string {
  return text.replace(LOST_POINT_VALUE, '$1.$2')
    .replace(LOST_POINT_BOUND, '$1.$2');
}

/**
 * (fixr85a) A line no reader reads as printed, read again with OCR's lost points rejoined (lostPointsRejoined): kept
 * only where that reading names a test the catalog knows and has a value. A range read so keeps its text as printed
 * (`0 5-5`, the report's own characters) and takes the rejoined bounds (0.5–5); a value is the rejoined number.
 */
function withLostPointsRejoined(text: string, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  const joined = lostPointsRejoined(text);
  if (joined === text || !lostPointsLikely(text)) return null;
  const again = parseRowLine(joined, opts);
  if (!again || again.value === null || !opts.knows?.(cleanName(again.name))) return null;
  const read = again.rangeText;
  if (!read || text.includes(read)) return again;
  const printed = text.trim().split(/\s{2,}/).find((c) => lostPointsRejoined(`  ${c}`).trim() === read);
  if (!printed) return again;
  const bounds = parseReferenceRange(read);
  if (bounds.low === undefined && bounds.high === undefined) return again;
  return { ...again, rangeText: printed, range: { low: bounds.low, high: bounds.high, lowInclusive: bounds.lowInclusive ?? true, highInclusive: bounds.highInclusive ?? true } };
}

/**
 * (ocrlis) Two panels printed side by side and flattened onto one line (a scanned two-column page: `Haemoglobin  15.2
 * g/dl  13.0-17.0      Sodium  139  mmol/l  136-145`): the line splits at a gap of three spaces or more before a word
 * into two halves, each a whole row of a test the catalog knows (a value, and a unit or a range, nothing after them),
 * of two analytes, both with a range or both without. The first gap that splits it so; a few tries at most. Null for
 * any other line.
 * (b58) With `oneHalf` (a line of no aligned columns), where no gap splits it so: the one half that is a whole row, when
 * the other is a row OCR garbled past reading — a name (a word, or a row number and a word) and a plain number apart
 * after it (`MCY 红细胞平均体积  84.2  80.0-100.0红REU8      中性粒细胞百分比78.6  55.0-65.0  %`: the right half
 * only). The first such gap's; none where both halves are whole (the rule above decides those).
 */
function sideBySideRows(text: string, opts: TextParseOptions, oneHalf = false): Omit<RawRow, 'line'>[] | null {
  if (!opts.knows) return null;
  /** A half's row, its range in brackets or not (`(70-99)`), when it is whole. */
  const whole = (part: string) => {
    const read = (text: string) => {
      const plain = unparenthesizeRanges(text);
      const row = parseRowLine(plain, opts);
      return row !== null && row.value !== null && Boolean(row.unit || row.rangeText) && !row.comment && opts.knows!(cleanName(row.name))
        && endsWithPart(plain, row) ? row : null;
    };
    // (b58) A half with a point OCR spaced (`18. 30  0-40. 00 U/L`) read again with it joined (decimalsRejoined), as
    // withDecimalRejoined reads a line (before the range's brackets are dropped: that closes the value's column gap).
    const joined = decimalsRejoined(part);
    return read(part) ?? (joined !== part ? read(joined) : null);
  };
  let tries = 0;
  let single: Omit<RawRow, 'line'>[] | null = null;
  let refused = false;
  // (b58) The right half may open with its row number (`…  U/L      31 HCY 同型半胱氨酸  7.45 …`: a numbered table).
  for (const gap of text.matchAll(/ {3,}(?=\p{L}|\d{1,3} +\p{L})/gu)) {
    if (++tries > 4) break;
    const left = text.slice(0, gap.index).trim();
    const right = text.slice(gap.index! + gap[0].length).trim();
    if (!/\d/.test(left) || !/\d/.test(right)) continue;
    const a = whole(left);
    const b = a || oneHalf ? whole(right) : null;
    // (ocrlis review) Two panels' rows are two tests printed alike: the same test again is its previous result or the
    // same result in another unit (`Glucose  95 mg/dL 70-99   Glucose  92 mg/dL 70-99`, `Sodium (prev)  141`), and a
    // half without the range the other prints is a value restated in a comment (`eGFR 72 mL/min >60   Creatinine 1.0
    // mg/dL`): neither is a second row.
    if (a && b) {
      // (tiers) A range of text alone (tiers, groups: rangeTextOnly) is either: such a row is printed beside one with a
      // range or without.
      const ranged = (r: Omit<RawRow, 'line'>) => (r.rangeTextOnly ? undefined : Boolean(r.rangeText));
      const alike = ranged(a) === undefined || ranged(b) === undefined || ranged(a) === ranged(b);
      if (alike && !(opts.sameAnalyte?.(cleanName(a.name), cleanName(b.name)) ?? false)) return [a, b];
      // (b58 review) Refused, the next gap is tried, as before b58; a line whose halves were both whole is no line of
      // one garbled half (oneHalf: none of its halves alone).
      refused = true;
      continue;
    }
    if (oneHalf && !single && (a || b) && garbledRow(a ? right : left)) single = [(a ?? b)!];
  }
  return refused ? null : single;
}

/**
 * (silent) Several results on one line, each after its name's colon, apart by column gaps (`Hb: 13.2 g/dL   Hct: 40 %
 * MCV: 82 fL`, `Sodium: 140   Potassium: 4.1   Chloride: 102`, `WBC: 6.2  RBC: 4.5  Hgb: 13.9`): a new segment at each
 * cell that opens with a label and its colon, each segment read as the inline line `Name: value …` is (parseInlineRow).
 * Every segment must be a test the catalog knows, under the label as printed, with a number for its value and its
 * range, and no two the same analyte (a test again is its previous result); else null — the line stays whole, and a
 * line of them read by none is warned of (labelledResult).
 */
function labelledSegments(text: string, opts: TextParseOptions): Omit<RawRow, 'line'>[] | 'unranged' | null {
  if (!opts.knows || !/:/.test(text)) return null;
  const segments: string[] = [];
  for (const cell of text.trim().split(/\s{2,}/)) {
    if (LABEL_OPENS.test(cell)) segments.push(cell);
    else if (segments.length) segments[segments.length - 1] += `  ${cell}`;
    else return null;
  }
  if (segments.length < 2) return null;
  const rows: Omit<RawRow, 'line'>[] = [];
  let unranged = false;
  for (const segment of segments) {
    const label = cleanName(segment.slice(0, segment.indexOf(':')));
    const row = parseInlineRow(segment, opts);
    if (!row || row.value === null || row.name !== label || !opts.knows(label)) return null;
    // A unit the catalog does not measure the test in is an amount's (`Sodium: 140 mg`: a label's, a dose's).
    if (row.unit !== undefined && opts.measuresIn?.(label, row.unit) === false) return null;
    if (rows.some((r) => r.name.toLowerCase() === label.toLowerCase() || opts.sameAnalyte?.(r.name, label))) return null;
    // (review) Each with its range: a line of names and values alone is a list of goals, limits, critical values,
    // conversion factors, QC values or earlier results as often as of this report's results (`Your treatment goals:` /
    // `LDL: 70 mg/dL   HbA1c: 7.0 %`). Three or more such are warned of (`unranged`; a reading of the whole line took
    // the first and dropped the others in silence); two read as before (sideBySideRows), or are warned of where nothing
    // reads them (labelledResult).
    if (!row.rangeText && row.range?.low === undefined && row.range?.high === undefined) unranged = true;
    rows.push(row);
  }
  if (unranged) return segments.length >= 3 ? 'unranged' : null;
  // Every value censored (`LDL: <70   HbA1c: <7`) is a list of goals as often as of results.
  return rows.every((r) => r.comparator) ? null : rows;
}
/** (silent) A cell that opens with a label and its colon before a number (`Hct: 40 %`, `Glucose (fasting): 98`). */
const LABEL_OPENS = /^\p{L}[^:]{0,40}:\s*[<>≤≥]?\d/u;

/**
 * (b58) A half of a line that is a row OCR garbled past reading (sideBySideRows): a name's word first (after a row
 * number, if printed: letters, perhaps a digit read for a letter, `AP0A`, `C4` — no label's colon, no range or decimal
 * number, `M:4.0~8.5`, `Normal:` being the other columns of the same row), and a plain number apart after it — not a
 * date's or a note's text, nor a name alone.
 */
function garbledRow(part: string): boolean {
  const words = part.trim().split(/\s+/);
  const start = /^\d{1,3}\.?$/.test(words[0] ?? '') ? 1 : 0;
  const first = words[start] ?? '';
  return /^\p{L}[\p{L}\p{M}\d&#%'’“”ˇ_-]*$/u.test(first) && words.slice(start + 1).some((w) => /^\d+(?:\.\d+)?$/.test(w));
}

/** (twounits) Whether a row read from a text ends with its range, its unit or its flag as printed (nothing after them). */
function endsWithPart(text: string, row: Omit<RawRow, 'line'>): boolean {
  return [row.rangeText, row.unit, row.flag].some((part) => part && text.endsWith(part));
}

/** A line, or a Markdown row of one cell, printed wholly in bold (`**Liver function tests**`, `|**Full Blood Count**|`). */
const EMPHASIZED_LINE = /^\s*\|?\s*(\*\*|__)[^*_|]+\1\s*(?:\|\s*)*$/;

/** PIT (a legacy report format): every line starts with a three-digit line code; `~FG02~` are display codes. */
function isPit(lines: readonly SourceLine[]): boolean {
  const filled = lines.filter((l) => l.text.trim());
  return filled.length >= 3 && filled.every((l) => /^\d{3}( |$)/.test(l.text));
}

type ColumnsRead =
  | { kind: 'row'; rows: Omit<RawRow, 'line'>[] }
  /** (tierrole) `tiers`: a row of tiers alone (tierCells), the row above's tiers go on with them (continueTiers). */
  | { kind: 'continuation'; text: string; tiers?: TierCell[] }
  | { kind: 'no-result'; name: string; reason?: string }
  | { kind: 'heading'; name: string }
  /** A result cell that holds something other than a result (`abc def`): the row cannot be read. */
  | { kind: 'unreadable'; name: string }
  | { kind: 'none' };

/**
 * Whether a row's one printed cell may be the upper bound of the range above: in the range column (a table's cell under
 * the range header; in fixed width within its header's extent), or in fixed width back at the name's margin (a PDF's
 * line wrapped there) — not under a previous result's, a date's or another column.
 */
function inRangeColumn(cells: readonly Cell[], columns: readonly Column[], byIndex: boolean): boolean {
  const at = assignCells(cells, columns, byIndex).findIndex(Boolean);
  const role = columns[at]?.role;
  // (tierrole) Or within a tier column's own header (a tier cut at its dash, `75 -` / `125`): the tier goes on.
  return (role === 'range' && withinRangeHeader(cells, columns, byIndex)) || (role === 'tier' && withinColumnHeader(cells, columns, byIndex, at))
    || (!byIndex && role === 'name');
}

/** (tierrole) One of a row's tiers: its column's label (Column.tier) and the row's cell there. */
interface TierCell {
  label: string;
  text: string;
}

/**
 * (tierrole) A row's tier cells (Column.tier), the first category first however the columns are printed (`High
 * Moderate  Optimal`), empty cells left out.
 */
function tierCells(values: readonly string[], columns: readonly Column[]): TierCell[] {
  return values.flatMap((v, i) => (columns[i]!.role === 'tier' && v.trim() ? [i] : []))
    .sort((a, b) => (columns[a]!.tierOrder ?? 0) - (columns[b]!.tierOrder ?? 0))
    .map((i) => ({ label: columns[i]!.tier ?? '', text: values[i]!.trim() }));
}

/** (tierrole) A row's tiers as text (tierCells): each cell after its label (`Optimal <150 Moderate 150-199`); empty where none. */
function tiersOfRow(values: readonly string[], columns: readonly Column[]): string {
  return tierCells(values, columns).map((t) => `${t.label} ${t.text}`).join(' ');
}

/**
 * (tierrole) More of a row's tiers, printed on a line of their own under it (a tier column's cell wrapped, or the row's
 * tiers under it): after its tiers, each after its label; where it has no range text, its range text — tiers, text
 * only, no bounds. A tier cut at its dash (`Moderate 150-`) goes on without its label again (`199` under `Moderate`).
 */
function continueTiers(row: RawRow, cells: readonly TierCell[]): void {
  const printed = row.rangeText ?? '';
  const cut = (t: TierCell) => {
    const at = printed.lastIndexOf(`${t.label} `);
    return at >= 0 && (at === 0 || /\s/.test(printed[at - 1]!)) && /^[^\p{L}]*[-–—]\s*$/u.test(printed.slice(at + t.label.length + 1));
  };
  const text = cells.map((t, k) => (k === 0 && cut(t) ? t.text : `${t.label} ${t.text}`)).join(' ');
  if (row.rangeText) row.rangeText = `${row.rangeText} ${text}`;
  else Object.assign(row, { rangeText: text, rangeTextOnly: true });
}

/** Blood, serum or plasma named in English or the languages of European reports (a panel of blood and urine). */
const PANEL_BLOOD_WORD = /(?<![\p{L}])(?:blood|serum|plasma|krew|krwi|surowica|surowicy|osocze|osocza|sang|sangre|sangue|suero|siero|blut|bloed)(?![\p{L}])/iu;

/** A cell of dashes alone (`-`, `--`, `----`, `—`, `–`): nothing printed there, or (dashInResult) a negative answer. */
const DASH_CELL = new RegExp(`^${DASH}+$`);
/** (labsreadfix) A token of one to three dashes (DASH): an empty cell among a row's tokens, unless between two numbers. */
const DASH_TOKEN = new RegExp(`^${DASH}{1,3}$`);

/**
 * (labs47fix review) Dashes alone in a row's result cell: no result (`none`) where the row is a number's — a unit
 * cell, a range cell with a number (`| Glucose | — | mg/dL | 70 - 99 |`), or dated columns whose other cells hold
 * numbers (`| Glucose | — | 88 |`: a test not done on the newest date). Otherwise, under a name the catalog answers in
 * words (`| HIV 1/2 Antibody | - | Non-reactive |`, a urine strip's `| Nitrite | - | Negative |`), one dash is the
 * negative answer as `+` is the positive one (`answer`, read as the text `-`), and a run of them (`---`) a cell left
 * blank (`none`; not the reference's word read in its place). Under any other name the row is read as before the
 * dash rule (`before`).
 */
function dashInResult(dash: string, name: string, unitText: string, rangeText: string, previous: readonly string[], opts: TextParseOptions): 'none' | 'answer' | 'before' {
  if (unitText || /\d/.test(rangeText) || previous.some((v) => parseValueToken(tokenize(v)[0] ?? ''))) return 'none';
  if (!name || !opts.answersInWords?.(name, true)) return 'before';
  return dash.length === 1 ? 'answer' : 'none';
}

/**
 * (twounits) A row's columns as two groups, a value's with its range and unit columns and then another value's with
 * its own (readColumns): `first` the columns with the second group's as others, `second` the second value's as the
 * result and the first's as others, `group` the second group's columns. Null unless the first value's group has a
 * range or unit column and the second value column (a second result column, or one inferred as a previous result's) is
 * followed by a range or unit column of its own.
 */
function restatedColumns(printedValues: readonly string[], headed: readonly Column[]): { first: Column[]; second: Column[]; group: number[] } | null {
  const valueAt = headed.findIndex((c) => c.role === 'value');
  if (valueAt < 0 || headed.some((c) => c.absolute || c.bound || c.spareBound)) return null;
  // (twounits review) A name column after the value's (`| Test | Result | Unit | Range | Test | Result | Unit | Range
  // |`): two panels side by side, two tests — no result restated.
  if (headed.some((c, i) => i > valueAt && c.role === 'name')) return null;
  const againAt = headed.findIndex((c, i) => i > valueAt && (c.role === 'value' || c.role === 'previous'));
  if (againAt < 0 || !printedValues[againAt]?.trim()) return null;
  // (tierrole) A value's tier columns are of its group as a range column is.
  const ranged = (c: Column) => c.role === 'range' || c.role === 'tier' || c.role === 'unit';
  const groupRole = (c: Column) => ranged(c) || c.role === 'flag';
  if (!headed.slice(valueAt + 1, againAt).some(ranged)) return null;
  let end = againAt + 1;
  while (end < headed.length && groupRole(headed[end]!)) end++;
  if (!headed.slice(againAt + 1, end).some(ranged)) return null;
  const group = Array.from({ length: end - againAt }, (_, j) => againAt + j);
  const other = (c: Column): Column => ({ role: 'other', x: c.x, end: c.end });
  const first = headed.map((c, i) => (group.includes(i) ? other(c) : c));
  const second = headed.map((c, i) => (i === againAt ? { role: 'value' as const, x: c.x, end: c.end } : group.includes(i) ? c
    : i >= valueAt && (c.role === 'value' || groupRole(c)) ? other(c) : c));
  return { first, second, group };
}

/** A row from the text of each column (see readRows). */
function readColumns(printedValues: string[], headed: readonly Column[], opts: TextParseOptions = {}, withinRange = false, ownCells = false): ColumnsRead {
  // (labs34fix) A differential's percentage and count in columns of their own, each with its range column (`| Teste |
  // Valor (%) | Valor Absoluto | Ref. % | Ref. Absoluto | Status |`): two results, each read with its own columns. A
  // flag column says which of the two it is about no more than the row does: each is flagged by its own range. A
  // percentage of 100 (the white cells' own row: `| Leucócitos | 100 | 6.850/µL | 100 | … |`) is the whole, no result.
  if (headed.some((c) => c.absolute && c.role === 'value')) {
    // (set 9, DF01, DF03) A unit or range column printed after the count's value column and before another value column
    // (`Test  Result  Units  Ref  Absolute  Units  Ref`, `Test  %  Ref (%)  Absolute  Units  Ref (abs)`) is the count's:
    // read with the percentage too, the count's unit went on the percentage and neither had its range.
    const owner = (k: number) => {
      for (let j = k - 1; j >= 0; j--) if (headed[j]!.role === 'value') return Boolean(headed[j]!.absolute);
      return false;
    };
    // (Where the header names the count's range itself, `Ref. Absoluto`, its columns are as headed.)
    const named = headed.some((c) => c.absolute && c.role !== 'value');
    const countsOwn = headed.map((c, k) => Boolean(c.absolute) || (!named && (c.role === 'unit' || c.role === 'range') && c.unit !== '%' && owner(k)));
    // (A percentage's value column headed `%` has its unit: the one unit column is the count's.)
    const ownUnit = headed.some((c) => c.role === 'value' && !c.absolute && c.unit === '%');
    // Each reading only where its value cell holds something (`WBC  5.9  x10^9/L  4.0-10.5` under both: the one
    // result, not read again as the other column's).
    const filledIn = (count: boolean) => printedValues.some((v, i) => headed[i]!.role === 'value' && Boolean(headed[i]!.absolute) === count && v.trim());
    const unitsApart = ownUnit || headed.filter((u) => u.role === 'unit').length > 1;
    const other = (c: Column): Column => ({ role: 'other', x: c.x, end: c.end });
    const plain = ({ absolute: _a, ...own }: Column): Column => own;
    // (review 16) A row that fills one value column only (`WBC` under `Result` beside `Absolute`) is read with every unit
    // and range column (`alone`): the other value column alone is left out.
    const readAs = (count: boolean, alone = false) => readColumns(printedValues, headed.map((c, k): Column => {
      if (c.role === 'value' && countsOwn[k] !== count) return other(c);
      if (alone) return plain(c);
      // (tierrole) Tier columns (never a count's) go with the percentage's reading, as a range column not a count's does.
      const others = c.role === 'flag' || ((c.role === 'range' || c.role === 'tier') && countsOwn[k] !== count) || (c.role === 'unit' && unitsApart && countsOwn[k] !== count);
      return others ? other(c) : plain(c);
    }), opts, withinRange, ownCells);
    const [partFilled, countFilled] = [filledIn(false), filledIn(true)];
    if (partFilled !== countFilled) return readAs(countFilled, true);
    const part = readAs(false);
    const count = readAs(true);
    if (part.kind !== 'row' || count.kind !== 'row') return part.kind === 'row' ? part : count.kind === 'row' ? count : part;
    const parts = part.rows.filter((r) => !(r.value === 100 && (!r.rangeText || /^100(?:[.,]0+)?\s*%?$/.test(r.rangeText.trim()))));
    // A count printed with no unit and a point or comma before three digits (`4.392`, `1.000 a 4.000`): a thousands
    // separator or a decimal mark, no unit to say which (the count per microlitre or per nanolitre): no count read.
    const countCells = printedValues.filter((_, i) => headed[i]!.absolute).join(' ');
    const ambiguous = count.rows.every((r) => !r.unit) && /(?<![\d.,])\d{1,3}[.,]\d{3}(?![\d.,])/.test(countCells);
    return { kind: 'row', rows: [...parts, ...(ambiguous ? [] : count.rows)] };
  }
  // (twounits) The result again in another unit, in a value column of its own with its range and unit columns after it
  // (`FBS  5.8  4.1 - 5.9 mmol/L  104.4  74 - 106 mg/dL`: a Philippine report's SI and conventional columns, aligned
  // or under `Result  Reference  Unit  Result  Reference  Unit`): the first group's columns are the row's, the second's
  // its comment — where the first group has a range or unit column of its own and the second value is the first's in
  // its unit (restatedAmount). A previous result's column (`Result  Units  Range  Previous`) is none such.
  const again = restatedColumns(printedValues, headed);
  if (again) {
    const first = readColumns(printedValues, again.first, opts, withinRange, ownCells);
    const second = first.kind === 'row' && first.rows.length === 1 ? readColumns(printedValues, again.second, opts, withinRange, ownCells) : null;
    const [row, other] = [first.kind === 'row' ? first.rows[0] : undefined, second?.kind === 'row' && second.rows.length === 1 ? second.rows[0] : undefined];
    // (twounits review) Only under a name the catalog knows: its units and molar mass check the second value (an unknown
    // name's, `Glucose Urea` of two panels joined, would take any mass beside any substance concentration).
    if (row?.value != null && row.unit && other?.value != null && other.unit && opts.knows?.(row.name) && restatedAmount(row.name, row.value, row.unit, other.value, other.unit, opts)) {
      const printed = printedValues.filter((v, i) => again.group.includes(i) && v.trim()).join(' ');
      return { kind: 'row', rows: [{ ...row, comment: row.comment ? `${printed}\n${row.comment}` : printed }] };
    }
  }
  // A flag letter under a bound column's header (`| Test | Result | L | H | Units |` with `| Potassium | 2.9 | L | |`:
  // columns of low and high flags headed by their letter): the row's flag; a number there is a bound.
  const columns = headed.map((c, i): Column => ((c.bound || c.spareBound) && parseFlagToken(printedValues[i]?.trim() ?? '') && parseNumber(printedValues[i]!.trim()) === null
    ? { role: 'flag', x: c.x, end: c.end } : c));
  // A dash alone in a unit, range or flag cell (`| 0 | - | - | - |`) is an empty cell.
  const values = printedValues.map((v, i) => (columns[i]!.role !== 'value' && columns[i]!.role !== 'name' && DASH_CELL.test(v.trim()) ? '' : v));
  // (review 33) A unit run on against a previous result's cell, one space apart (`1,02 (12/03/24) g/l` under
  // `Antériorité  Unité`), where the unit's cell is empty: the unit's.
  const unitAt = columns.findIndex((c) => c.role === 'unit');
  const previousAt = values.findIndex((v, i) => columns[i]!.role === 'previous' && v.trim());
  if (unitAt > previousAt && previousAt >= 0 && !values[unitAt]!.trim()) {
    const runOn = /^(.*\S)\s(\S+)$/.exec(values[previousAt]!.trim());
    if (runOn && isUnitToken(runOn[2]!) && parseValueToken(runOn[2]!) === null) [values[previousAt], values[unitAt]] = [runOn[1]!, runOn[2]!];
  }
  const get = (role: Column['role']) => values.filter((_, i) => columns[i]!.role === role && values[i]).join(' ').trim();
  // (b59) Cells under columns of risk categories ((tierrole) role `tier`) are no range cell: the row's tiers, below.
  const tierText = tiersOfRow(values, columns);
  // A row whose own name cell is empty under a panel column (`| OB | | 60 |`): the panel names its test.
  let name = cleanName(get('name') || values.filter((v, i) => columns[i]!.panel && v).join(' '));
  name = describedName(name, values.filter((v, i) => columns[i]!.remarks && v.trim()).join(' ').trim(), opts);
  // (fixr76) Two name columns (`| Parameter | Test Name |`: a hospital export's German name, then an abbreviation or an
  // English name, `| Leukozyten | Lc |`, `| Basophile | Absolute Basophil count |`), their cells joined a name the
  // catalog does not know: the cell it knows names the row — the later one first (the more particular: the absolute
  // count of `Basophile`), else the earlier (`Lc` is no name it knows).
  const nameCells = values.filter((v, i) => columns[i]!.role === 'name' && v.trim()).map((v) => cleanName(v));
  // (mend13, review cr9) The longest cell it knows, not the later: `Freies T4 | T4`, `Calcium ionisiert | Ca`,
  // `LDL-Cholesterin | Chol` — the abbreviation names a wider analyte than the name before it.
  if (nameCells.length >= 2 && opts.knows && !opts.knows(name)) name = nameCells.filter((n) => opts.knows!(n)).sort((a, b) => b.length - a.length)[0] ?? name;
  let valueText = get('value');
  // (onerange) A percentage in the result's cell and a count with its unit in a previous result's cell (`52,6 %  3,07
  // G/l`, a column the numbers' alignment made, no header over it): the differential's count, not an earlier result.
  const previousCells = values.filter((v, i) => columns[i]!.role === 'previous' && v.trim());
  const countCell = previousCells.length === 1 && /^\d+(?:[.,]\d+)?\s*%$/.test(valueText) ? /^(\d+(?:[.,]\d+)?)\s*(\S+)$/.exec(previousCells[0]!.trim()) : null;
  if (countCell && isCellCountUnit(countCell[2]!)) valueText = `${valueText} ${previousCells[0]!.trim()}`;
  // A long name that runs into the result column (`Alanine Aminotransferase (ALT/SGPT) 45`): its last word is the
  // value — unless the value is printed elsewhere in the row (then the number is the name's: `EGFR CKD-EPI 2021`).
  const valueElsewhere = values.some((v, i) => v && columns[i]!.role !== 'name' && parseValueToken(tokenize(v)[0] ?? ''));
  const overflow = !valueText && !valueElsewhere ? /^(.*[A-Za-z)\]].*?)\s+([<>]?=?\d[\d.,]*)$/.exec(name) : null;
  if (overflow && parseValueToken(overflow[2]!) && tokenize(overflow[1]!).length >= 2) {
    name = cleanName(overflow[1]!);
    valueText = overflow[2]!;
  }
  // (status) A status in words before the value in the result cell (`Low  243`, `Within range  4.1` under DUTCH's
  // `Result`): the row's flag, read after its range (below), the rest the value.
  const statusLed = statusLedValue(valueText);
  if (statusLed) valueText = statusLed.value;
  // `Ref: <=0.10` in the range column: the label is not the range.
  // (hl7md) A method's word after the unit in its cell (`mcg/dL (calc)`, `% (calc)`: a computed result) is no part of it.
  const unitText = get('unit').replace(/\s+ref(?:erence)?\.?\s*:\s*/i, ' ').replace(/(\S)\s+(\S+)\s*$/, (all, end: string, last: string) => (isUnitNoise(last) ? end : all));
  // (labsrobfix) Bound columns printed upper first (`| H | L |`): the range reads from the lower bound's cell to the upper's.
  const boundFirst = (i: number) => (columns[i]!.bound === 'low' ? 0 : columns[i]!.bound === 'high' ? 2 : 1);
  const rangeCells = values.flatMap((v, i) => (columns[i]!.role === 'range' && v ? [i] : []));
  // (readfixB) One bound cell filled, the other empty (`| Sodium | 150 | mmol/L | 145 | |` under `| H | L |`): a limit on
  // its own side (`<=145`), not a bare number.
  const lone = rangeCells.length === 1 ? rangeCells[0]! : -1;
  const loneBound = lone >= 0 && /^\d+(?:[.,]\d+)?$/.test(values[lone]!.trim()) ? columns[lone]!.bound : undefined;
  const rangePrinted = loneBound ? `${loneBound === 'low' ? '>=' : '<='}${values[lone]!.trim()}`
    : rangeCells.every((i) => columns[i]!.bound)
      ? [...rangeCells].sort((a, b) => boundFirst(a) - boundFirst(b)).map((i) => values[i]).join(' ').trim()
      // (set 9, AG04) Each sex's range column read with its label (Column.sexLabel) — one range where both print the same.
      : rangeCells.some((i) => columns[i]!.sexLabel) && new Set(rangeCells.map((i) => values[i]!.trim().replace(/\s+/g, ' '))).size > 1
        ? rangeCells.map((i) => `${columns[i]!.sexLabel ? `${columns[i]!.sexLabel} ` : ''}${values[i]!.trim()}`).join(' ')
      : get('range');
  let rangeText = rangePrinted.replace(/^ref(?:erence)?\.?\s*:\s*/i, '');
  // (fixr76) The result printed again at the head of the range cell (`| 18.9 | G/L | 18.9 3.00 - 10.5 |`, `| 321 | mg/L |
  // 321 < 5 |`: a hospital export's): no part of the range — where the rest reads as a range.
  const valueCell = get('value').trim();
  if (valueCell && /^[<>]?\d/.test(valueCell) && rangeText.startsWith(`${valueCell} `) && readsAsRange(rangeText.slice(valueCell.length).trim())) rangeText = rangeText.slice(valueCell.length).trim();
  // (labs49fix) `High (Normal <1000)`, `Normal (<=45) - Insulin Sensitive`: a status word, the reference in parentheses.
  const statusColumn = columns.some((c) => c.role === 'range' && c.statusToo);
  const status = statusBeforeReference(rangeText, statusColumn);
  if (status) rangeText = status.range;
  // `[ * ] 74 - 106`, `[H] 3.5-5.0` (Chilean printouts): a flag in brackets before the range is the row's flag.
  const rangeFlag = RANGE_LEADING_FLAG.exec(rangeText);
  if (rangeFlag) rangeText = rangeText.slice(rangeFlag[0].length);
  // `(4.00-10.00)`: a range cell printed whole in parentheses is that range.
  const enclosed = /^\(\s*([^()]+?)\s*\)$/.exec(rangeText);
  if (enclosed && readsAsRange(enclosed[1]!)) rangeText = enclosed[1]!;
  // (b62) `(<41) U/L`, `(3.85 - 5.87) mmol/L`: a range in parentheses, then its unit, is that range with its unit after
  // it (as `3.85 - 5.87 mmol/L` is read), a unit token alone after the parenthesis.
  const enclosedBeforeUnit = /^\(\s*([^()]+?)\s*\)\s+(\S+)$/.exec(rangeText);
  if (enclosedBeforeUnit && readsAsRange(enclosedBeforeUnit[1]!) && isUnitToken(enclosedBeforeUnit[2]!)) rangeText = `${enclosedBeforeUnit[1]!} ${enclosedBeforeUnit[2]!}`;
  // (fixr) `[4,00 - 5,20]`, `[150 - 400]`: a range cell printed whole in square brackets, two bounds and a dash or `to`
  // between them, is that range, as on a text line (bracketsOff). Central European notation keeps its brackets as
  // printed (`[4,0..10,0]`, `[<100]`: bodylight_czech's key), and so does any other bracketed cell.
  const squared = BRACKETED_INTERVAL.exec(rangeText.trim());
  if (squared && readsAsRange(squared[1]!)) rangeText = squared[1]!;
  // (cells review) `Fasting    70 - 99`: a label naming the range, printed apart from it, given its colon (spacedLabel).
  rangeText = spacedLabel(rangeText);
  // An empty or dash range cell beside bound columns (`| 70 | 99 | - |` under `| L | H | Norma |`): the bounds are the
  // row's range.
  const spare = (b: 'low' | 'high') => values.find((v, i) => columns[i]!.spareBound === b && v.trim())?.trim() ?? '';
  const spareBounds = !rangeText && /^\d+(?:[.,]\d+)?$/.test(spare('low')) && /^\d+(?:[.,]\d+)?$/.test(spare('high'));
  if (spareBounds) rangeText = `${spare('low')} ${spare('high')}`;
  const flagText = get('flag');
  if (!valueText) {
    // The value printed out of its column (`142 H mg/dL` run together under Units): the row's cells in print order.
    // (labs45fix review) Not a previous result's cell: an empty result cell beside one (`Sodium,139,,135-145,mmol/L`
    // under `Test,2024-01-10,2025-03-02,…`) is no result this time, and 139 an earlier one.
    const ordered = values.filter((v, i) => v && columns[i]!.role !== 'name' && columns[i]!.role !== 'previous').join(' ');
    if (name && parseValueToken(tokenize(ordered)[0] ?? '')) {
      const inOrder = valueOnly(ordered.replace(/(^|\s)ref(?:erence)?\.?:\s*/i, ' ').trim());
      if (inOrder) return { kind: 'row', rows: [{ name, ...inOrder }] };
    }
    if (!name && rangeText && !unitText) return { kind: 'continuation', text: rangeText };
    // (tierrole) Tiers alone on a row with no name (`| | | | <1.0 | | |`, a tier cell wrapped): the row above's tiers.
    if (!name && tierText && !unitText && !flagText) return { kind: 'continuation', text: tierText, tiers: tierCells(values, columns) };
    if (name && !unitText && !rangeText && !flagText) return /[A-Za-z]/.test(name) ? { kind: 'heading', name } : { kind: 'none' };
    if (name) return { kind: 'no-result', name };
    return { kind: 'none' };
  }
  // (labs47fix) A dash alone in the result cell (`| Glucose | — | 88 |` under dated columns, the newest first: a test not
  // done on that date; `| Myoglobin | – | ng/ml | 23 - 72 |`): no result. Not read in print order either, which would
  // take an older date's value (`88`) or the range's first number for the result.
  const dash = DASH_CELL.test(valueText) ? dashInResult(valueText, name, unitText, rangeText, values.filter((v, i) => v && columns[i]!.role === 'previous'), opts) : null;
  if (dash === 'none') return { kind: 'no-result', name };
  const dashAnswer = dash === 'answer' ? { value: null, valueText: '-' } : null;
  const valueTokens = tokenize(valueText);
  const reason = dashAnswer ? null : notAResultAt(valueTokens, 0);
  if (reason) return { kind: 'no-result', name, reason };
  // `41.5%  3.02`: a percentage and a count in one field are two results.
  // (onerange) The count with its unit in the cell (`52,6 %  3,07 G/l`, a French NFS's result column; `G/l` giga per litre).
  const twoMatch = /^(-?\d+(?:[.,]\d+)?)\s*%\s+(-?\d+(?:[.,]\d+)?)(?:\s*(\S+))?$/.exec(valueText);
  const two = twoMatch && (!twoMatch[3] || isCellCountUnit(twoMatch[3])) ? twoMatch : null;
  // Under a header, a word answer in the result column of a test the catalog knows is its result (`Colour  Yellow`).
  const worded = wordedAnswer(valueText, opts.knows?.(name) ?? false);
  // `35 (80% lymphocytes)`: a remark in parentheses after the value is said about it, it is not part of it.
  // `0.72/Grens`, `30/Pos`, `0.09/Neg` (a serology index with its reading after a slash): the index is the value, the
  // reading a remark about it (kept as the comment), never a unit.
  const reading = two || worded ? null : /^([<>]?=?\d[\d.,]*)\s*\/\s*((?:neg|pos|grens|negati(?:ef|ve|vo|f)|positi(?:ef|ve|vo|f)|borderline|equivocal|dubieus|twijfelachtig)\.?)$/i.exec(valueText);
  if (reading) valueText = `${reading[1]} (${reading[2]})`;
  const remark = two || worded ? null : /^(\S+)\s+\(([^()]*[A-Za-z]{3}[^()]*)\)$/.exec(valueText);
  const remarked = remark ? valueOnly(remark[1]!, false) : null;
  // (The reading is never read as the value's unit, even when it looks like one: `5/neg.` is 5, the unit the column's.)
  const value = dashAnswer ?? (two ? valueOnly(`${two[1]} %`, false) : (reading ? null : valueOnly(valueText, false)) ?? remarked ?? worded)
    ?? gradeSignCell(name, valueText, rangeText, opts);
  // (labsleft, leftfix) A grade with its plus first alone in the result cell (`+ 2`, `+2`) under a name no strip grades
  // (gradedWithPlusFirst): what plusFirstReading says once the row's unit and range are read, below.
  const plusFirst = value && value.value === null && PLUS_FIRST_GRADE.test(value.valueText ?? '') && !gradedWithPlusFirst(name, opts) ? value.valueText! : null;
  if (!value) return { kind: 'unreadable', name };
  const row: Omit<RawRow, 'line'> = { name, ...value, ...(remarked && value === remarked ? { comment: remark![2]!.trim() } : {}) };
  // (tworanges) An optimal range's cell (`Optimal Range  Standard Range`, a consumer lab's export): informational, the
  // row's comment with its header; the range is the laboratory's column (the catalog's own optimal ranges give status).
  columns.forEach((c, i) => {
    if (c.optimal && values[i]?.trim()) appendComment(row, `${c.optimal}: ${values[i]!.trim()}`);
  });
  // A number printed against the unit (outside the range header's extent) taken as the range's first.
  let boundInUnit = false;
  // A unit column that also holds the range (`mL/min/1.73m2 90 - 120`). A label and its value there (`Tests pending:
  // 1`, a footer's second field) is no unit.
  // (labsrob2) A flag's star or arrow alone in the unit column, the unit at the start of the range column after it
  // (`Glicemia   101   *   mg/dL   70 - 100` printed wider: the star column under `U.M.`): the row's flag, no unit.
  // (An `L` alone there under a known test not measured in litres is the flag: codeRows, fixnm's LONE_LITRE.)
  const unitFlag = (/^(?:\*{1,3}|[↑↓▲▼])$/.test(unitText.trim()) && isUnitToken(rangeText.trim().split(/\s+/)[0] ?? '')) ? unitText.trim() : undefined;
  if (unitText && !unitFlag && !isUnitNoise(unitText) && !/^[A-Za-z][A-Za-z .'-]*:\s*\S/.test(unitText)) {
    const ut = unitText.split(/\s+/);
    const rest = ut.slice(1).join(' ');
    if (ut.length > 1 && isUnitToken(ut[0]!) && numericRangeAt(tokenize(rest), 0)) {
      row.unit ??= ut[0]!;
      if (!rangeText || rangeText === unitText) rangeText = rest;
    } else if (ut.length === 2 && isUnitToken(ut[0]!) && parseNumber(ut[1]!) !== null && /^\d+(?:[.,]\d+)?$/.test(rangeText)) {
      // `10*9/L 4,4` and `11,3`: a lower bound that ran into the unit's column, its upper bound under the range's.
      row.unit ??= ut[0]!;
      rangeText = `${ut[1]} ${rangeText}`;
      boundInUnit = true;
    } else {
      // (labs50fix) A count's bare volume in the unit column (`uL` beside platelets): per that volume.
      const perVolume = row.value === null || !isBareVolume(unitText) ? null : perBareVolume(unitText, name, opts, row.value, bareVolumeBounds(rangeText));
      if (perVolume) row.unit ??= perVolume;
      else if (!misprintedUnit(unitText, name, row.value, opts)) row.unit ??= unitText;
    }
  }
  // A range column that starts with the unit (`mL/min/1.73m2 Ref: >=60`): the unit is the row's. (hl7md) A method's
  // word after it (`mcg/dL (calc) 250-425`: a unit cell with its `(calc)` run into the range's) is neither's.
  if (rangeText && !row.unit) {
    const rt = rangeText.split(/\s+/);
    const noise = rt.length > 2 && isUnitNoise(rt[1]!) ? 1 : 0;
    const rest = rt.slice(1 + noise).join(' ').replace(/^ref(?:erence)?\.?\s*:\s*/i, '');
    if (rt.length > 1 && isUnitToken(rt[0]!) && !parseValueToken(rt[0]!) && numericRangeAt(tokenize(rest), 0)) {
      row.unit = rt[0]!;
      rangeText = rest;
    }
  }
  const rangeCell = rangeText;
  const unitElsewhere = row.unit;
  // (A range cell printed before the result's cannot hold a unit column run into it: unit columns follow the result.
  // (tierrole) A range column's place, not a tier's: tiers are no range cell.)
  const rangeAt = columns.findIndex((c) => c.role === 'range');
  const rangeFirst = rangeAt >= 0 && rangeAt < columns.findIndex((c) => c.role === 'value');
  // A range column that also holds the unit (`65-99 mg/dL`, `<100 mg/dL (calc)`, `<150mg/dL` printed against it): the
  // unit is the row's. So is a unit followed by what it is a part of (`<5.7 % of total Hgb`) on a row that prints no
  // unit, not even in its name, where that unit is the test's own measure: the catalog measures the test in it and no
  // other quantity under its name (HbA1c in %), or the name says it is a fraction (`% Free PSA`, `Free PSA percent`).
  // Those words are the unit's, said once more in the row's comment. Otherwise the range is another measure's than
  // the value's, kept as printed: `Lymphocytes  2.1  20-40 % of WBC` (a count, as likely as a percentage), `Albumin
  // 4.2  55-65 % of total protein` (g/dL), `Glucose (mmol/L)  3.25  50-75% of serum glucose`.
  if (rangeText && !row.unit) {
    const rt = tokenize(rangeText).flatMap((t) => splitRangeUnit(t) ?? [t]);
    const r = numericRangeAt(rt, 0) ?? upToBoundAt(rt);
    const printedRest = r ? rt.slice(r.span).filter((w) => !isUnitNoise(w)) : [];
    // A unit of two words (`mm/1 hour`) is one unit.
    const rest = printedRest.length === 2 && /\//.test(printedRest[0]!) && toUcum(printedRest.join(' ')) ? [printedRest.join(' ')] : printedRest;
    const nameUnit = nameUnitOf(name);
    const ownMeasure = (unit: string) => Boolean(opts.measuresOnlyIn?.(name, unit)) || (toUcum(unit) === '%' && FRACTION_NAME.test(name));
    const partOf = rest.length >= 3 && isUnitToken(rest[0]!) && /^of$/i.test(rest[1]!) && rest.slice(2).every((w) => /^\p{L}[\p{L}.-]*$/u.test(w))
      && !(nameUnit && looksLikeUnit(nameUnit[2]!)) && ownMeasure(rest[0]!);
    // (Not another population's bound, `39-117; Criança<400`: populationBound.)
    if (r && rest.length === 1 && isUnitToken(rest[0]!) && !populationBound(rest[0]!)) {
      row.unit = rest[0]!;
      rangeText = rt.slice(0, r.span).join(' ');
    } else if (r && partOf) {
      row.unit = rest[0]!;
      appendComment(row, rest.join(' '));
      rangeText = rt.slice(0, r.span).join(' ');
    } else if (r && rest.length === 0 && rt.length > r.span) {
      // `<5.0 (calc)`: how the result was had is no part of the range.
      rangeText = rt.slice(0, r.span).join(' ');
    } else if (!r) {
      // `mg/dL (calc)`, `uIU/mL`, `/HPF`, `S/CO`: a range column holding only the unit (the range, if any, is printed
      // under the row). A letter over a letter only per litre (`U/L`, `g/L`), and two answers are no unit: a word with a
      // slash that is none (`N/A`, `M/F`, `Pos/Neg`) stays the range column's text. Beside an answer in words (`Glicose
      // Negativo  mg/dL`: a strip's pad printed with the unit of the amounts it may read) it measures nothing: no unit.
      const words = rt.filter((w) => !isUnitNoise(w));
      const unitAlone = words.length === 1 && isUnitToken(words[0]!) && !readsAsRange(words[0]!)
        && !/^[A-Za-z]\/[A-KM-Za-km-z]$/.test(words[0]!) && !TWO_ANSWERS.test(words[0]!);
      if (unitAlone) {
        if (row.value !== null || !row.valueText || !isQualitativeAnswer(row.valueText)) row.unit = words[0]!;
        rangeText = '';
      } else if (answerPerField(words)) {
        // (labs49fix) `None seen /lpf`: the normal answer, then the microscope field it is counted per — the row's unit,
        // as after a numeric range (`0-5 /hpf`).
        row.unit = words[words.length - 1]!;
        rangeText = words.slice(0, -1).join(' ');
      }
    }
  }
  // (pipetables) A unit after a range the lines above read no bounds of at its start — a label first (`Follicular: 77 -
  // 921 pmol/L` in a `Reference Range - Units` column), Quest's `> OR = 60 mL/min/1.73m2` — is the value's unit too
  // where the row prints none, as after `77 - 921 pmol/L`; the range is its text without it (withoutUnitAfter). A
  // performing site's code run into the cell from a column after the range's (`> OR = 60 mL/min/1.73m2 EN` under
  // `Lab`) is no part of either; a unit the catalog does not measure the test in (`EN` itself) is none.
  if (rangeText && !row.unit && row.value !== null) {
    const words = rangeText.split(' ');
    const site = rangeAt >= 0 && rangeAt < columns.length - 1 && words.length > 1 && SITE_CODE.test(words[words.length - 1]!);
    const text = site ? words.slice(0, -1).join(' ') : rangeText;
    const bare = withoutUnitAfter(text);
    const unit = text.slice(bare.length).trim();
    // (pipetables review) Only where the value lies on the range's scale — within three times its numbers either way
    // (onScale), a one-sided bound standing for both: `Hemoglobin  13.5  Female: 120 - 160 g/L`, `Cholesterol  5.2
    // Desirable: < 200 mg/dL`, `HbA1c  42  Non-diabetic: 4.0 - 5.6 %` print the value in another unit than the range's,
    // and leave it with none, as before. (A value far below a one-sided upper bound, `CRP  0.2  Desirable: < 3.0 mg/L`,
    // is then left with none too.)
    const bounds = (bare.slice(bare.lastIndexOf(':') + 1).match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => Number(n.replace(',', '.')));
    const scaled = bounds.length > 0 && onScale(row.value, { low: Math.min(...bounds), high: Math.max(...bounds) }, 3);
    if (bare !== text && scaled && measuredIn(name, unit, opts) && !(SITE_CODE.test(unit) && toUcum(unit) === unit)) {
      row.unit = unit;
      rangeText = bare;
    } else if (bare !== text && bounds.length && !scaled && bare.includes(':')) {
      // (fixr) A labelled group's interval (reference-range.ts groupIntervalLabel: its bounds the range's) with a unit
      // the value is not on the scale of (`Hemoglobin  13.5  Female: 120 - 160 g/L`): its text only, never its numbers
      // against the value.
      row.rangeTextOnly = true;
    }
  }
  const printedUnit = row.unit?.replace(/\u00a0/g, ' ');
  if (rangeText && printedUnit && rangeText.startsWith(`${printedUnit} `)) rangeText = rangeText.slice(printedUnit.length + 1).trim();
  // `3.4-10.8 x10E3/uL`: the row's unit repeated after the range is not part of it.
  if (rangeText && printedUnit && rangeText.endsWith(` ${printedUnit}`)) rangeText = rangeText.slice(0, -printedUnit.length - 1).trim();
  if (rangeText) row.rangeText = ownCells && unitInRangeCell(rangeCell, unitElsewhere, rangeFirst) ? rangeCell : withoutUnitAfter(rangeText);
  // (b59) The row's risk categories (`Optimal <200 Moderate 200-239 High >=240`): its range as printed, each cell after
  // its column's label — tiers, text alone: no bounds, and no flag from them.
  if (tierText && !row.rangeText) Object.assign(row, { rangeText: tierText, rangeTextOnly: true });
  // (lead, review 6) A range cell ending in another unit than the row's (`| Glucose | 150 | mg/dL | 3.9-5.5 mmol/L |`)
  // is read as on a text line (rangeInOtherUnit): its unit kept in the text, never its numbers against the value's unit
  // (the cell's unit had been dropped and 150 mg/dL flagged high against 3.9-5.5).
  const otherUnit = rangeText && row.rangeText && row.rangeText !== rangeText && row.unit && row.value !== null ? rangeText.slice(row.rangeText.length).trim() : '';
  const [rowUcum, otherUcum] = otherUnit ? [toUcum(row.unit), toUcum(otherUnit)] : [null, null];
  const asOther = rowUcum && otherUcum && !sameUnit(otherUnit, row.unit!) ? rangeInOtherUnit(row.value!, rowUcum, row.rangeText!, otherUcum) : {};
  // (Where the range reads as it did, `> 60 mL/min/1.73m2` under mL/min, its text stays as it was read.)
  if (asOther.rangeTextOnly || asOther.range) Object.assign(row, asOther, { rangeText: `${row.rangeText} ${otherUnit}` });
  // `4,4  11,3` under a header of a lower and an upper bound column (`Alsó  Felső`, `Min  Max`), or both within one
  // range header's own extent (`Referencia tartomány` over both; one Markdown or HTML cell under it): the two bounds,
  // when the first is below the second. Two numbers past a range header, or one of them against the unit, are no
  // range (previous results printed to its right without a header of their own: `41.5   2023`, `38  52`).
  const boundColumns = (columns.some((c) => c.bound === 'low') && columns.some((c) => c.bound === 'high')) || spareBounds;
  const bounds = boundColumns || (withinRange && !boundInUnit) ? /^(\d+(?:[.,]\d+)?)\s+(\d+(?:[.,]\d+)?)$/.exec(row.rangeText ?? '') : null;
  const [low, high] = bounds ? [parseNumber(bounds[1]!), parseNumber(bounds[2]!)] : [null, null];
  if (low !== null && high !== null && low < high) row.range = { low, high };
  // A `Status` column's letter (`C`orrected, `A`mended) is the report's status, not the abnormal flag the same letter
  // is elsewhere: there only a flag that says which way or normal (`H`, `LOW`, `NORMAL`) or a word (`Abnormal`) is one.
  const asFlag = (v: string) => normalizeFlag(cleanToken(v.trim()));
  const flagCells = values.filter((v, i) => columns[i]!.role === 'flag' && v.trim()
    && !(columns[i]!.status && asFlag(v) === 'abnormal' && cleanToken(v.trim()).length < 2));
  // Two flag columns (`Flag  H` and `Abnormal  *`, `Interpretatie` and a `Status` of `final`): the one whose cell says
  // which way (`H`, `LL`, `↑`) before one that says only abnormal (`*`, `A`, `C`), before any other.
  const directional = (v: string) => /high|low/.test(asFlag(v) ?? '');
  const oneFlag = flagCells.length > 1 ? flagCells.find(directional) ?? flagCells.find((v) => asFlag(v)) : undefined;
  const flagPrinted = flagCells.join(' ').trim();
  if (oneFlag) row.flag = cleanToken(oneFlag.trim());
  else if (flagPrinted && flagPrinted !== '-') row.flag = cleanToken(flagPrinted);
  else if (unitFlag) row.flag = unitFlag;
  else if (rangeFlag && rangeFlag[1] !== 'A') row.flag = (rangeFlag[1] ?? rangeFlag[2])!;
  else if (status?.flag && statusWordIsFlag(status, row, statusColumn, columns.some((c) => c.role === 'flag'))) row.flag = status.flag;
  if (status?.remark) appendComment(row, status.remark);
  // (statuswords) A status phrase in a flag or status cell (Function Health's `Out of Range`, `In Range`; statusPhraseAt)
  // gives way to the row's printed range where it names no side or another, as on a line (phraseGivesWay).
  // (b65) So does one in brackets whole (`(Out of range)`, `(In range)`): the words inside.
  const phrase = row.flag ? tokenize(row.flag.replace(/^\(([^()]*)\)$/, '$1')) : [];
  if (phrase.length > 1 && statusPhraseAt(phrase, 0) === phrase.length && phraseGivesWay(normalizeFlag(row.flag)!, flagByPrintedRange(row))) delete row.flag;
  // (status) The status before the value is the flag where no other cell printed one and the range does not contradict
  // it (phraseGivesWay); a flag that says another side stays where the range agrees with it, else the row is left to
  // the readers below (flags.ts statusBesideFlag, statusBeforeValue's rule too).
  if (statusLed) {
    if (!flagBesideStatus(row, statusLed.status)) return { kind: 'unreadable', name };
  }
  foreignFlagWordGivesWay(row);
  // (b67c) A flag in a column of its own after the range's, no header over it (Column.afterRange: `3.5 - 5.1  (above)`):
  // words that are no flag token give way to the printed range where it says otherwise, as after a range on a line
  // (flagPhraseToEnd); a flag token (`H`, `(high)`) stays the printed flag, as there.
  if (row.flag && columns.some((c) => c.afterRange) && !parseFlagToken(row.flag)) {
    const said = normalizeFlag(row.flag);
    if (said && phraseGivesWay(said, flagByPrintedRange(row))) delete row.flag;
  }
  // (flagcol) `B` (bas, bajo) under a flag column: the low flag where the range agrees; (cyrflag) `Н`, `В` on their side.
  if (row.flag && isSideLetter(row.flag)) sideLetterFlag(row, columns.some((c) => c.role === 'flag'));
  if (plusFirst !== null) {
    // (leftfix) The grade against a range in words (`| CRP | +1 | Negative |`, abnormal); the signed number against a
    // signed range (`| Base Excess | +2 | -2 - +2 |`); otherwise no result (`| Sodium | + 2 | 135-145 |`, fix4: `| CRP |
    // + 2 | mg/L | <5 |` too, whatever unit is printed), as on a text line (parseRowLine).
    const reading = plusFirstReading(row.rangeText);
    if (reading === null) return { kind: 'no-result', name, reason: plusFirst };
    if (reading === 'number') {
      row.value = Number(plusFirst.slice(-1));
      delete row.valueText;
    }
  }
  if (!row.unit) {
    const headerUnit = columns.find((c) => c.role === 'range' && c.unit)?.unit ?? columns.find((c) => c.role === 'value' && c.unit)?.unit;
    if (headerUnit) row.unit = headerUnit;
  }
  if (!two) return { kind: 'row', rows: [row] };
  const count = valueOnly(two[2]!, false)!;
  const { rangeText: _r, flag: _f, ...base } = row;
  // (onerange) A count printed with its unit in the cell takes the row's range, as on a line (percentAndCount), unless
  // the range is the percentage's (percentsRange): the percentage had taken a count's range and been flagged by it.
  if (two[3] && !percentsRange(row.value ?? null, { value: count.value, unit: two[3], rangeText: row.rangeText }, false)) {
    const { rangeText: _pr, flag: _pf, ...percentOnly } = row;
    return { kind: 'row', rows: [{ ...percentOnly, unit: '%' }, { ...row, ...count, name: `${name} (Absolute)`, unit: two[3] }] };
  }
  return { kind: 'row', rows: [{ ...row, unit: '%' }, { ...base, ...count, name: `${name} (Absolute)`, ...(two[3] ? { unit: two[3] } : unitText && !isUnitNoise(unitText) ? { unit: unitText } : {}) }] };
}

/** (labs49fix) Words of an answer, then a per-field unit (`None seen /lpf`, `Negative /hpf`): see readColumns. */
function answerPerField(words: readonly string[]): boolean {
  const unit = words[words.length - 1];
  if (words.length < 2 || !isPerFieldUnit(unit)) return false;
  return words.slice(0, -1).every((w) => /^\p{L}+$/u.test(w));
}

/**
 * (labs49fix) A status word, then the reference in parentheses, in one range cell (`High (<100)`, `**Low** (Normal
 * >=30.5)`, `High (Normal <1000, Borderline-High 1300-1599)`), a remark perhaps after it (`Normal (<=45) - Insulin
 * Sensitive`, `Normal (>20.5) - Pattern A`): the word is the printed flag (a flag column's, where one is printed, comes
 * first), the parenthesis the range, and the remark the row's comment — no part of the range, so a number in it is no
 * bound. The row reader reads `High (<100)` after a value so already. `Normal` before the parenthesis is the status
 * only under a header of both (`Reference/Status`); under a range header alone it labels the range, as on a printed
 * line (`Normal (70-99)`: the flag from the range). A word that is no flag (`Fasting (70-99)`, `Adults (<200)`), or a
 * parenthesis that holds no range (`High (see note)`), leaves the cell as it was.
 */
function statusBeforeReference(cell: string, statusColumn: boolean): StatusAndReference | null {
  // (labs49fix review) Under a header of both, a cell of the status word alone (`High`, `**Normal**`) is the flag, and
  // no range's text (read as one, `Normal` was a qualitative range, and made the row a urine strip's).
  if (statusColumn && STATUS_WORD_ALONE.test(cell.trim()) && normalizeFlag(cell.trim())) return { range: '', flag: cell.trim() };
  const m = STATUS_THEN_REFERENCE.exec(cell.trim());
  const flag = m ? normalizeFlag(m[1]!) : null;
  // (A unit after the parenthesis, `High (<100) mg/dL`, is no remark: the cell is left as it was. A unit has a letter:
  // `Normal (70-99) - 110` is a remark, the number no unit. The parenthesis must read as a range, bounds or tiers:
  // `High (2 hours after meal)` is no range.)
  const inner = m?.[2]!.trim() ?? '';
  if (!m || !flag || !REFERENCE_IN_PARENTHESES.test(inner) || !readsAsRange(inner)) return null;
  const parsed = parseReferenceRange(inner);
  if (parsed.expected !== undefined) return null;
  if (m[3] && /\p{L}/u.test(m[3]) && toUcum(m[3].trim())) return null;
  const isLabel = flag === 'normal' && !statusColumn;
  return { range: inner, parsed, ...(isLabel ? {} : { flag: m[1]! }), ...(m[3] ? { remark: m[3].trim() } : {}) };
}

/**
 * (status) A result cell that starts with a status in words (flags.ts isStatusWords) before its value (`Low 243`,
 * `Within range 4.1`, `ABOVE NORMAL 5.9`): the status and the value's text; null for any other cell.
 */
function statusLedValue(cell: string): { status: string; value: string } | null {
  const t = tokenize(cell);
  for (let span = Math.min(5, t.length - 1); span >= 1; span--) {
    if (!parseValueToken(t[span]!) || !isStatusWords(t.slice(0, span).join(' '))) continue;
    return { status: t.slice(0, span).join(' '), value: t.slice(span).join(' ') };
  }
  return null;
}

/** (labs49fix review) A status word alone in a cell, bold or not (`High`, `**Low**`, `Critical High`, `H`). */
const STATUS_WORD_ALONE = /^(?:\*\*|__)?\p{L}+(?: \p{L}+)?(?:\*\*|__)?$/u;

/**
 * (labs49fix review) Whether statusBeforeReference's word is the row's flag. Under a header of the reference and the
 * status (`Reference/Status`) it is, as printed. Where a flag column is printed (even blank for the row) that column
 * says the flag, and the word in the range cell is none. Under a range header alone the word may be a label of the
 * range's or a risk's (`hs-CRP  0.6  Low (<1.0)`: low risk, not a low result): it is the flag only where it agrees
 * with the value against the range in the parenthesis (`High (70-99)` beside 131); otherwise (beside 92, or a range of
 * tiers with no bounds to check) the flag comes from the range.
 */
function statusWordIsFlag(status: StatusAndReference, row: Omit<RawRow, 'line'>, statusColumn: boolean, flagColumn: boolean): boolean {
  if (flagColumn) return false;
  if (statusColumn) return true;
  const range = status.parsed;
  if (!range || (range.low === undefined && range.high === undefined)) return false;
  const fromRange = flagFromRange(row.value, row.comparator, row.valueText, range);
  const printed = flagSide(normalizeFlag(status.flag));
  return fromRange !== null && (printed === flagSide(fromRange) || (printed === 'abnormal' && fromRange !== 'normal'));
}

/**
 * What statusBeforeReference reads: the status word (none for a label), the range's text (and the range it reads as,
 * read once), the remark after it.
 */
interface StatusAndReference { flag?: string; range: string; parsed?: ReturnType<typeof parseReferenceRange>; remark?: string }

/** A word (bold or not), a parenthesis, and a remark after it, a dash perhaps between: `Normal (…) - Pattern A`. */
const STATUS_THEN_REFERENCE = new RegExp(String.raw`^(?:\*\*|__)?([A-Za-z]{3,})(?:\*\*|__)?\s*\(([^()]+)\)(?:\s+(?:${DASH}\s+)?([^()]+))?$`);
/** A range, bare or after its label (`<100`, `70-99`, `Normal >=30.5`, `Normal: <100`, `Normal <1000, Borderline …`). */
const REFERENCE_IN_PARENTHESES = /^(?:\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*)?:?\s*)?(?:[<>≤≥]=?\s*)?-?\d/u;

/**
 * A printed flag in square brackets or parentheses, its spaces kept (`[ * ]`, `[H]`, `(L)`, `(A)`), or a star, before a
 * range in the same cell: the row's flag, and the range after it is read (`(L) 135 - 145`). `(A)` is no flag there
 * (`Tests marked (A) are UKAS accredited`): the range is read and the flag comes from it. Other letters in
 * parentheses (`(N) 0.4 - 4.0`) are no flag, and the cell stays text.
 */
const RANGE_LEADING_FLAG = /^(?:[[(]\s*(\*{1,2}|HH|LL|H|L|A)\s*[\])]|(\*{1,2}))\s+(?=\S)/;

/**
 * An upper bound printed after `Upto` or `Up to` at the start of a range cell (`Upto 4.4 pg/ml`, Indian reports): its
 * span, so that a unit after it is read as a unit after any range is.
 */
function upToBoundAt(tokens: readonly string[]): { span: number } | null {
  const lead = /^upto$/i.test(tokens[0] ?? '') ? 1 : /^up$/i.test(tokens[0] ?? '') && /^to$/i.test(tokens[1] ?? '') ? 2 : 0;
  return lead && /^\d+(?:[.,]\d+)?$/.test(tokens[lead] ?? '') ? { span: lead + 1 } : null;
}

/**
 * A Markdown table's range cell holding a range and then its unit, apart: the cell is the range's text as printed, unit
 * and all, since the cell's pipes bound what belongs to the range — a range in words where the row prints its unit
 * nowhere else (`13 to 18 gm/dl`, `Upto 5 mg/l`: a phrase with its unit), or one bound in the very spelling of the
 * value's own unit in a range column before the result's (`| < 190 mg/dl | 224 mg/dl |`). A range in symbols beside a bare value (`65-99 mg/dL`, `<150
 * mg/dL`: a table whose unit column ran into the range's) or beside a value with its unit (`135-145 mmol/L` beside
 * `143.8 mmol/L`) keeps only its bounds, as an HTML cell does (the keys of those earlier reports), and on a line of text
 * a unit after the range may be the row's unit column (`> 60 mL/min/1.73m2` keeps `> 60`).
 */
function unitInRangeCell(cell: string, unitElsewhere: string | undefined, rangeFirst: boolean): boolean {
  const unit = / (\S+\/\S+ \S+)$/.exec(cell) ?? / (\S+)$/.exec(cell);
  const inWords = /^(?:up\s*to\b|-?\d+(?:[.,]\d+)?\s+to\s+-?\d)/i.test(cell);
  const oneBoundAsValue = rangeFirst && /^[<>≤≥]/.test(cell) && Boolean(unit && unitElsewhere && unitElsewhere.toLowerCase() === unit[1]!.toLowerCase());
  return Boolean(unit && ((inWords && !unitElsewhere) || oneBoundAsValue) && /[A-Za-zµμ%]/.test(unit[1]!) && !/^[(\[]/.test(unit[1]!) && toUcum(unit[1]) && readsAsRange(cell.slice(0, unit.index)));
}

/**
 * A range's text without a unit printed after the whole range, in any spelling (`> 60 mL/min/1.73m2` beside `72
 * mL/min`), apart or glued to its last bound (`0.70 - 1.30mg/dL`).
 */
function withoutUnitAfter(rangeText: string): string {
  for (const unit of [/ (\S+)$/.exec(rangeText), /(?<=\d)([A-Za-zµμ]\S*)$/.exec(rangeText)]) {
    // (A bare number is no unit, though UCUM reads one: `Sup. 70 - 99` keeps its 99.)
    if (unit && /[A-Za-zµμ%]/.test(unit[1]!) && toUcum(unit[1]) && readsAsRange(rangeText.slice(0, unit.index))) return rangeText.slice(0, unit.index).trim();
  }
  return rangeText;
}

/**
 * A table's own cells (Markdown, HTML, CSV) in the order a printed row gives its parts — name, result, unit, range,
 * flag — when the table prints a range or a status before the result (`| Glucose | NORMAL | 70-99 | 82.4 mg/dL |`):
 * read in its own order, the range and status would join the name. Any other row keeps its order.
 */
function inRowOrder(cells: string[]): string[] {
  const kinds = cells.map((c) => cellKind(c));
  const result = kinds.indexOf('number');
  if (kinds[0] !== 'text' || result < 2 || kinds.indexOf('number', result + 1) >= 0) return cells;
  const before = kinds.slice(1, result);
  if (!before.every((k) => k === 'range' || k === 'flag' || k === 'unit')) return cells;
  const rank: Record<string, number> = { number: 1, unit: 2, range: 3, flag: 4 };
  return [cells[0]!, ...cells.slice(1).map((c, i) => ({ c, r: rank[kinds[i + 1]!] ?? 5, i })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.c)];
}

/** Two answers a range column offers (`Pos/Neg`, `Yes/No`, `Reactive/Non-reactive`): no unit. */
const TWO_ANSWERS = /^(?:pos(?:itive)?|neg(?:ative)?|yes|no|(?:non-?)?reactive|normal|abnormal|present|absent)\/(?:pos(?:itive)?|neg(?:ative)?|yes|no|(?:non-?)?reactive|normal|abnormal|present|absent)$/i;

/** What a section heading says about the rows under it. */
interface Section {
  /** `Absolute Leucocyte Count`: differential counts under it are absolute counts. */
  absolute?: boolean;
  specimen?: RawRow['specimen'];
  /** The heading's words (`BILIRRUBINAS`): the first half of a row's name that names nothing alone (`Total`, `Conjugada`). */
  title?: string;
  /** A heading of blood and urine (`Blood and Urine Chemistry`): a name the catalog knows only in urine is the urine's. */
  urineToo?: boolean;
  /** (labs34fix review) A heading of lymphocyte subsets (LYMPHOCYTE_SUBSETS): `B-Lymphocytes` under it are the B cells. */
  subsets?: boolean;
  /** (labs49fix) The level of the Markdown heading that opened the section (`#` 1), if one did. */
  level?: number;
  /** (jp2 review 2) A heading of blood, a blood gas or chemistry (bloodHeading): its rows are no urine by their neighbours. */
  blood?: boolean;
  /** (b64) A heading of the vital signs (VITALS_HEADING): an oxygen saturation under it is the pulse oximeter's. */
  vitals?: boolean;
  /** (fixabg) A blood-gas analyser's heading of the values entered into it (ANALYSER_INPUT_HEADING): no results under it. */
  inputs?: boolean;
}

/**
 * (fixabg) A blood-gas analyser's heading of what was entered into it, not measured (`Input values`, `Entered values`:
 * the patient's temperature, the inspired oxygen, a haemoglobin typed in): the whole heading. (Not `Patient values`: a
 * portal's heading of its results as well — a row read from an entered temperature costs less than every row lost.)
 */
const ANALYSER_INPUT_HEADING = /^(?:input|inputs|entered) values?\s*:?$/i;
/**
 * (fixabg) A blood-gas analyser's section heading, the whole line (`Blood gas values`, `Oximetry values`, `Electrolyte
 * values`, `Metabolite values`, `Calculated values`, `Temperature corrected values`; any line of one to three words and
 * `values`, no test's name ending so): no first half of the name under it (`Oximetry values` / `ctHb  13.1`).
 */
const ANALYSER_SECTION_HEADING = /^(?:[\p{L}-]+\s+){1,3}values\s*:?$/iu;

/**
 * (b64) A heading of the vital signs, the whole heading (`## Vitals`, `Vital Signs:`, `VITAL SIGNS`): the pulse
 * oximeter's oxygen saturation under it is no laboratory result (a blood gas's saturation is read under its own heading,
 * or none).
 */
const VITALS_HEADING = /^(?:vitals?|vital signs?|vital sign measurements|vitals? (?:and|&) measurements)\s*:?$/i;
/** (b64 review and mend) Words of a laboratory's results or a blood gas in a title (never `Blood Pressure`). */
const LAB_RESULTS_TITLE = /\b(?:lab(?:oratory|s)?|results?|chemistry|(?:blood|arterial|venous|capillary) gas(?:es)?|abg|vbg|ha?ematology|cbc|fbc|panel|profile)\b/i;
/** (b64 review and mend) Whether a row's range text holds a bound (`95-99`, `> 94`): words alone (`on room air`) hold none. */
function printsBounds(rangeText: string | undefined): boolean {
  if (!rangeText) return false;
  const r = parseReferenceRange(rangeText);
  return r.low !== undefined || r.high !== undefined;
}
/** (b64) An oxygen saturation's names as a vital signs block prints them (folded: foldName); not `SaO2`, the arterial blood's. */
const PULSE_OXIMETRY_NAME = /^(?:oxygen saturation|o2 sat(?:uration)?|sp ?o2|spo2 %|pulse ox(?:imetry)?|sat(?:uration)? o2)$/;

/** (labs49fix) A Markdown heading's level (`# Urinalysis` 1, `## Results` 2); undefined for any other line. */
function markdownHeadingLevel(printed: string | undefined): number | undefined {
  const hashes = /^\s*(#{1,6})\s/.exec(printed ?? '');
  return hashes ? hashes[1]!.length : undefined;
}

/** (labs49fix) A label and its text on one line (`Lab: Labcorp Burlington`, `Collection Date: May 1, 2025`). */
const LABEL_AND_TEXT = /^\p{L}[\p{L}\p{M} .'/-]{0,30}:\s*\S/u;

/**
 * (labs49fix review) A deeper heading that is a part of the section's examination, or says nothing of what is examined
 * (`## Results`, `### Physical`, `### Chemical Analysis`, `### Microscopic Examination`, `## Dipstick`, `### Sediment`):
 * not another panel's name (`### Basic Metabolic Panel`, `## Chemistry`).
 */
const PART_OF_SECTION = new RegExp(String.raw`^(?:(?:abnormal |test |lab )?results?|findings|(?:${EXAMINED_PARTS}|sediment)(?:\s+(?:examination|exam|analysis|findings|properties|results?))?)\s*:?$`, 'i');

/**
 * (labs49fix) Whether a heading that names no specimen stays within the section a Markdown heading opened (`#
 * Urinalysis, Complete`), which keeps its specimen: a deeper Markdown heading (`## Results`, `### Chemical Analysis`)
 * or a label line (`**Lab:** Labcorp Burlington`) under it. A Markdown heading of the same or a higher level (`#
 * Lipid Panel`), or any other line read as a heading, opens a section of its own, as before. (labs49fix review) Only
 * a deeper heading that is a part of the examination or a generic one (PART_OF_SECTION: not `### Basic Metabolic
 * Panel`, `## Chemistry`), and only a label line before the section's first row (`**Ordered By:** …` after the urine's
 * table may head another request's) and not one naming another specimen (`**Specimen:** Serum`).
 */
function withinMarkdownSection(section: Section, text: string, level: number | undefined, rowsYet: boolean): boolean {
  if (section.level === undefined || !section.specimen) return false;
  const plain = text.replace(/\*\*|__/g, '').trim();
  if (level !== undefined) return level > section.level && (PART_OF_SECTION.test(plain) || isExaminationPart(plain));
  const specimen = SPECIMEN_LINE.exec(plain);
  if (specimen && !(section.specimen === 'urine' && urineAlone(specimen[1]!))) return false;
  return !rowsYet && LABEL_AND_TEXT.test(plain);
}

/**
 * A heading of lymphocyte subsets, folded (`Lymphocyte Subsets`, `Lymfocyttsubpopulasjoner`, `Lymphozytendifferenzierung`,
 * `Subpoblaciones linfocitarias`, `Immunophenotyping`), or of one lineage's cells (`B-celler`, `T cells`, `NK-Zellen`).
 */
const LYMPHOCYTE_SUBSETS = /(?:lymph|lymf|limf|linf)\w*?\s?(?:sub\s?sets?|sub\s?pop\w*|sub\s?grup\w*|under\s?grupp\w*|typing|typisierung|differenzierung|phenotyp\w*|fenotip\w*)|\bsub\s?pop\w*\s+(?:de\s+)?(?:lymph|lymf|limf|linf)|immun\w*?(?:phenotyp|fenotyp|fenotip)\w*|^(?:b|t|nk)\s(?:cells?|celler|zellen|celulas|celule)\b/;

/** Blood's words (urine's: result-list.ts URINE_WORDS, one list with the prose lists' lead-ins). */
const BLOOD_WORD = String.raw`(?:blood|sangre|sangue|sang|blut\w*)`;
/** (labs42fix review) A label of blood's specimens only (`Serum`, `Plasma`, `Blood`, `Serum/Plasma`). */
const LABEL_BLOOD = new RegExp(String.raw`^(?:(?:serum|plasma|whole blood|blood|venous|capillary|${BLOOD_WORD})\s*)+$`);

/** The words of a serum or plasma specimen (BOTH_SPECIMENS, BLOOD_HEADING). */
const SERUM_WORD = 'serum|suero|siero|soro|plasma';

/**
 * A heading of two specimens, blood and urine (folded: `&` is `and`, a slash or a dash a space): one naming serum or
 * plasma (`Serum / Urine Chemistry`, `Plasma-Urine Osmolality`, `Bioquímica (soro/urina)`), blood before urine
 * (`BLOOD/URINE CHEMISTRY`, `Blood, Urine and Stool Examination`, `Blut- und Harnuntersuchung`), or urine and blood
 * joined by a word for `and` (`Urine and Blood Tests`, `BIOQUÍMICA EN SANGRE Y ORINA`). Urine first and its strip's
 * pads after it (`URINE - BLOOD, PROTEIN, GLUCOSE`) is the urine's.
 */
const BOTH_SPECIMENS = new RegExp(String.raw`\b(?:${SERUM_WORD})\b|\b${BLOOD_WORD}\b.*\b${URINE_WORDS}|\b${URINE_WORDS}\s+(?:and|y|und|e|et|i)\s+${BLOOD_WORD}\b`);

/**
 * (jp2 review) A Japanese or Chinese heading of the urine's examination, alone or bracketed (`尿検査`, `【尿一般検査】`,
 * `尿定性`, `尿沈渣`, `尿常规`, `尿液分析`): its rows are the urine's (`比重` its specific gravity, `pH` its pH). A line
 * that is `尿` (urine) alone, or `【尿】`, is one too: a specimen's heading, as `Urine` alone is in English.
 */
const CJK_URINE_HEADING = cjkHeading(String.raw`尿(?:一般|定性|沈渣|化学)?(?:検査)?|尿常规|尿液(?:分析|检查|常规)?`);

/**
 * (cyrillic review) Urine in Ukrainian and Russian words, whole (`ЗАГАЛЬНИЙ АНАЛІЗ СЕЧІ`, `ОБЩИЙ АНАЛИЗ МОЧИ`): folding
 * keeps no Cyrillic letter, so URINE_WORDS never sees them; `Сечовина`, `Мочевина` (urea) are other words. With a
 * word for blood beside it (`Аналіз крові та сечі`) the heading is both specimens', as BOTH_SPECIMENS.
 */
const CYRILLIC_OTHER_SPECIMEN_HEADING = /(?<!\p{L})(?:кала|калу|кал|копрограмма|копрограма|мазок|мазка|мокрота|мокроты|мокротиння|спермограмма|спермограма|эякулята|еякуляту|ликвора|ліквору)(?!\p{L})/iu;
/**
 * (world-words) A urine examination's heading in 43 languages, as world-words.tsv's helper wrote them (section-urinalysis,
 * section-urine-sediment, and urine alone as a specimen's heading: `Urinanalys`, `Virtsan perustutkimus`, `Общий анализ
 * мочи`, `EGO`, `Sedimento urinario`, `Vizeletvizsgálat`, `Γενική ούρων`, `소변검사`, `尿沉渣`), the whole heading only and
 * only the ones that name the urine (not `Sediment`, `Mikroskopie` alone: a blood film's too). Under one not known, a
 * urine strip's glucose or protein with its number had read as the blood's. Keyed as tokens.ts labelKey folds a line.
 */
const WORLD_URINE_HEADINGS: readonly string[] = [
  'Urinanalys', 'U-sticka', 'Urinsediment', 'U-sediment', 'Urin', 'Biochimie urinaire', 'Examen des urines',
  "Analyse d'urine", 'Cytologie urinaire', 'Sédiment urinaire', 'Urine', 'Urines', 'Virtsan perustutkimus',
  'Virtsan kemiallinen seulonta', 'Virtsan sedimentti', 'Virtsan solut', 'Virtsa', 'Общий анализ мочи', 'Анализ мочи',
  'ОАМ', 'Микроскопия осадка мочи', 'Моча', 'Разовая порция мочи', 'Утренняя моча', 'Examen general de orina', 'EGO',
  'Sistemático de orina', 'Análisis de orina', 'Orina completa', 'Bioquímica de orina', 'Sedimento urinario',
  'Sedimento de orina', 'Orina', 'Orina reciente', 'Orina aislada', 'Esame urine', 'Esame urine completo',
  'Esame chimico-fisico delle urine', '尿常规', '尿液分析', '尿液常规', '尿干化学', '尿沉渣', '尿沉渣分析', '尿液有形成分', '尿', '尿液', '随机尿', '晨尿',
  'Urinstatus', 'Urin-Status', 'Harnstatus', 'Urinuntersuchung', 'Urinanalyse', 'Harnsediment', 'Harn', 'Spontanurin',
  'Mittelstrahlurin', 'Urina tipo I', 'Urina Tipo 1', 'Urina tipo 1', 'Urinálise', 'Exame de urina',
  'Sumário de urina', 'Exame de urina rotina', 'Sedimento urinário', 'Urina', 'Urina isolada', 'Urina jato médio',
  'Urina recente', '尿検査', '尿一般検査', '尿定性', '尿一般', '尿沈渣', '尿沈渣検査', '随時尿', '尿中', 'Examen complet de urină',
  'Examen complet de urina', 'Sumar de urină', 'Sumar urina', 'Sediment urinar',
  'Sediment urinar - examen microscopic', 'Urină', 'Badanie ogólne moczu', 'Mocz - badanie ogólne', 'Badanie moczu',
  'Osad moczu', 'Mocz', 'Mocz poranny', 'Mocz przygodny', '尿液常規', '尿液檢查', '一般尿液檢查', '尿液沉渣', 'Vizeletvizsgálat',
  'Vizelet általános', 'Vizelet', 'Vizelet üledék', 'Vizeletüledék', 'Загальний аналіз сечі', 'Аналіз сечі',
  'Дослідження сечі', 'Мікроскопія осаду сечі', 'Сеча', 'Разова порція сечі', 'Γενική ούρων', 'Γενική εξέταση ούρων',
  'Εξέταση ούρων', 'Ούρα', 'Ίζημα ούρων', '요검사', '소변검사', '요화학', '요침사', '요침사검사', '소변 현미경검사', '소변', '뇨', 'Urina tipo II',
  'Urina II', 'Urina Tipo II', 'Moč chemicky', 'Moč - chemicky', 'Močový sediment', 'Moč - sediment', 'Moč', 'Урина',
  'Изследване на урина', 'Химично изследване на урина', 'Уринен седимент', 'Седимент на урината', 'Urinundersøgelse',
  'Urinstix', 'Urinmikroskopi', 'Tam İdrar Tahlili', 'Tam İdrar Analizi', 'İdrar Analizi', 'İdrar Mikroskopisi',
  'İdrar', 'Spot idrar', 'Urineonderzoek', 'Urine-analyse', 'Urinesediment', 'Portie urine', 'Urinundersøkelse',
  'Urinstiks', "Sistemàtic d'orina", "Anàlisi d'orina", 'Sediment urinari', "Sediment d'orina",
  'Kompletni pregled urina', 'Pregled urina', 'Sediment urina', 'Seč', 'Vyšetrenie moču', 'Sediment moču',
  'Analiza urina', 'Tổng phân tích nước tiểu', 'Nước tiểu', 'Xét nghiệm nước tiểu', 'Cặn lắng nước tiểu',
  'Soi cặn nước tiểu', 'Urīna analīze', 'Urīna izmeklēšana', 'Urīna nogulsnes', 'Urīna sediments', 'Urīns',
  'Bendras šlapimo tyrimas', 'Šlapimo tyrimas', 'Šlapimo nuosėdos', 'Šlapimo nuosėdų mikroskopija', 'Šlapimas',
  'Urinalisa', 'Urin Lengkap', 'Urinalisis', 'Sedimen Urin', 'Урин', 'Преглед урина', 'Седимент урина',
  'Analiza e urinës', 'Sedimenti urinar', 'Urinë', 'تحليل البول', 'فحص البول', 'الفحص المجهري للبول', 'بول', 'البول',
  'Þvagrannsókn', 'Þvagstix', 'Þvagsmásjá', 'Smásjárskoðun þvags', 'Þvag', 'בדיקת שתן', 'שתן כללית', 'משקע שתן', 'שתן',
  'การตรวจปัสสาวะ', 'ปัสสาวะ', 'ตะกอนปัสสาวะ', 'آزمایش کامل ادرار', 'تجزیه ادرار', 'رسوب ادرار', 'ادرار', 'Urinalysis',
  'URINALYSIS', 'Urine Routine', 'Urine Analysis', 'Complete Urine Examination', 'Urine Routine Examination',
  'Urine Dipstick', 'Urine Microscopy', 'Urine Sediment', 'Microscopic Urinalysis', 'Urine, Random', 'Spot Urine',
];
const WORLD_URINE_HEADING_KEYS = new Set(WORLD_URINE_HEADINGS.map(labelKey));
const CYRILLIC_URINE_HEADING = /(?<!\p{L})(?:сечі|сеча|мочи|моча)(?!\p{L})/iu;
const CYRILLIC_BLOOD_WORD = /(?<!\p{L})(?:крові|кров|крови|кровь)(?!\p{L})/iu;

/**
 * (b65) A body fluid named by how it was drawn or by its joint (lower-cased; sectionOf): an aspirate of a joint, a knee,
 * a bursa (`aspirate`, `aspiration`), a joint's or knee's fluid, or the procedure's name (`arthrocentesis`,
 * `paracentesis`, `thoracentesis`, `pericardiocentesis`). Not a bone marrow's aspirate (a marrow's count, its own words).
 */
const FLUID_DRAWN_HEADING = /\b(?:(?:joint|knee|hip|shoulder|elbow|ankle|wrist|bursal?)\b[^.]{0,24}\b(?:aspirates?|aspiration|fluid)|(?<!marrow\s)aspirates?\b[^.]{0,12}\((?:knee|hip|shoulder|elbow|ankle|wrist|joint)\)|arthrocentesis|paracentesis|thoracentesis|pericardiocentesis)\b/;
/** (boundwords review) A body fluid's heading in other languages than English, folded (sectionOf). */
const FLUID_HEADING_OTHER_LANGUAGES = /\b(?:liquor|lcr|l\.c\.r\.?|cefalorraqu\w*|cefalo-?rraqu\w*|cephalo-?rachidien\w*|liquido (?:pleural|sinovial|ascitico|peritoneal|pericardico)|liquide (?:pleural|synovial|d ascite|ascitique|peritoneal)|liquido sinoviale|liquido pleurico|liquido ascitico|pleurapunktat|aszites)\b/;

/** (b67u) A urinalysis's heading with its type in figures, folded (`urina tipo 1`, `eas urina tipo i`, `exame de urina tipo 1`). */
const URINE_TYPE_HEADING = /^(?:eas )?(?:exame (?:de )?)?urina tipo (?:1|i)$/;
/**
 * (b67u) A urinalysis's heading in French that urineInEnglish's words miss (folded): `ECBU` (examen
 * cytobactériologique des urines), and (mend3, the cr2 review) `urines`/`urinaire` only after an examination's word
 * (`Examen des urines`, `Bandelette urinaire`, `Cytologie urinaire`, `Analyse d'urines`, `Examen cytobactériologique
 * des urines`): alone anywhere in a short line they opened a urine section at a clinical note (`Infection urinaire`), a
 * test's name (`Protéines urinaires`) or a heading of both specimens (`Biochimie sanguine et urinaire`, `Bilan sanguin
 * - urines`), and the blood count after it read as urine's. (`Esame delle urine` reads `urine` already.)
 */
const OTHER_LANGUAGE_URINE_HEADING = /\b(?:ecbu|e c b u)\b|\b(?:examens?|bandelettes?|cytologie|analyses?|bilan|s[eé]diment|chimie|biochimie|recueil|prelevement)(?:\s+[a-z]+)?\s+(?:des\s+|d\s*'?\s*|de\s+l\s*'?\s*)?urin(?:es|aires?)\b/;
/**
 * (b67u; mend3) Brazilian `EAS` (elementos anormais e sedimento) first on the line, in capitals, alone or before a dash,
 * a colon or `Urina` (`EAS`, `EAS - Urina tipo I`): never a word inside another heading, nor a laboratory's name (`Eas
 * Diagnostics`).
 */
const urineHeadingEas = (text: string) => /^\s*EAS(?:\s*(?:[-–:(]|$)|\s+(?:urina|URINA)\b)/.test(text);

/** (tempurine) A semen analysis's heading, folded, the whole line (an optional colon after it). */
const SEMEN_ANALYSIS_HEADING = /^(?:(?:semen|seminal(?: fluid)?) analysis|analise (?:do )?(?:semen|seminal)|analisis (?:de )?semen|espermi?ograma|seminograma|spermi?ogram(?:me)?|spermiogramm)\s*:?$/;

/**
 * The section a heading opens, or null when the line is not one that changes the rows' meaning: any other heading
 * (`Lipid Panel`, `Complete Blood Count`) ends the previous section's meaning.
 */
function sectionOf(text: string): Section | null {
  // (`İDRAR BİYOKİMYASI`: urine in another language is urine.)
  const t = urineInEnglish(text).toLowerCase();
  // (prose2) The line folded once, for each test below that reads it folded.
  const folded = foldName(text);
  // `Cerebrospinal Fluid Results`, `Pleural fluid`: rows under it are not blood's (nor urine's) analytes.
  const words = tokenize(text).length;
  // (b65) And a fluid named by how it was drawn or by its joint (`Joint aspirate (knee), cell count`, `Knee aspirate`,
  // `Joint fluid analysis`, `Arthrocentesis`, `Paracentesis`): an aspirate's cell count is no blood count.
  if (words <= 8 && (/\b(cerebrospinal|csf|pleural|ascitic|peritoneal|synovial|pericardial)\b|\bbody fluids?\b/.test(t) || FLUID_DRAWN_HEADING.test(t))) return { specimen: 'fluid' };
  // (boundwords review) The same in Spanish, Portuguese, French, Italian and German (`LÍQUIDO CEFALORRAQUÍDEO`, `LCR`,
  // `Liquor`, `Líquido sinovial`, `Liquide ascitique`): a CSF's glucose is no blood glucose.
  if (words <= 8 && FLUID_HEADING_OTHER_LANGUAGES.test(folded)) return { specimen: 'fluid' };
  // (tempurine) A semen analysis's own heading, the whole line (`SEMEN ANALYSIS`, `ESPERMOGRAMA`, `Seminograma`): its
  // rows (`pH  7.8`, `Volume  3.0 mL`) are the semen's, no urine's nor blood's. Only the whole heading: any line naming
  // another specimen opened such a section in a first form, and a test's own name (`Fecal Hemoglobin`, `Saliva
  // cortisol`, `Swab collected at 08:30`) then made every blood row after it unknown (review 7).
  if (SEMEN_ANALYSIS_HEADING.test(folded.trim())) return { specimen: 'fluid' };
  // (fixu) A urine heading, a dash or a colon, then the parts of its examination (`EXAMEN D'URINE - BANDELETTE ET
  // CYTOLOGIE QUANTITATIVE`): the urine's section, however many words the parts take.
  const parts = words > 6 ? /^(.+?)\s+[-–:]\s+(.+)$/.exec(text.trim()) : null;
  if (parts && isExaminationPart(parts[2]!) && sectionOf(parts[1]!)?.specimen === 'urine') return { specimen: 'urine' };
  if (words > 6) return null;
  if (VITALS_HEADING.test(text.replace(/[*_#]+/g, ' ').trim())) return { vitals: true };
  if (ANALYSER_INPUT_HEADING.test(text.trim())) return { inputs: true };
  // (diffcols) Not a column header that names a percentage's column beside the count's (`WBC DIFFERENTIAL  Relative
  // Absolute  Reference`, `Differential  %  Absolute`): the rows under it are a percentage and a count each.
  if (/\babsolute\b|\babs\b/.test(t) && /count|leu[ck]ocyte|differential|wbc|cells/.test(t) && !PERCENT_COLUMN.test(t)) return { absolute: true };
  // German names the urine's examination in one word (`Urinstatus`, `Harnsediment`, `Urin-Untersuchung`); not
  // `Harnstoff` (urea) nor `Harnsäure` (uric acid), blood tests.
  const urine = /\burin(e|alysis)\b|\bu\/?a\b|\br\/e\b|urine examination/.test(t)
    || /\b(?:urin|harn) ?(?:status|sediment|untersuchung|analyse|befund|streifen|teststreifen|stix)\b/.test(folded)
    || OTHER_LANGUAGE_URINE_HEADING.test(folded) || urineHeadingEas(text)
    || CJK_URINE_HEADING.test(text.trim()) || WORLD_URINE_HEADING_KEYS.has(labelKey(text));
  // A heading of two specimens (BOTH_SPECIMENS) is no urine section: its rows are each as printed, a name the catalog
  // knows only in urine the urine's (`Ketones  Trace` under `Blood and Urine Chemistry`).
  if (urine) return BOTH_SPECIMENS.test(folded) ? { urineToo: true } : { specimen: 'urine' };
  // (portals review) A stool's, a smear's, a sputum's or a semen's examination in Russian or Ukrainian (`Анализ кала`,
  // `Копрограмма`, `Мазок`, `Мокрота`, `Спермограмма`): its cells counted per field are no urine's nor blood's.
  // Not a row of such a test answered on its line (`Кал на скрытую кровь  отрицательно`: a stool's occult blood).
  if (CYRILLIC_OTHER_SPECIMEN_HEADING.test(text) && words <= 6 && !/\d/.test(text) && !tokenize(text).some((w, i, all) => isQualitativeAnswer(all.slice(i).join(' ')))) return { specimen: 'fluid' };
  if (CYRILLIC_URINE_HEADING.test(text)) return CYRILLIC_BLOOD_WORD.test(text) ? { urineToo: true } : { specimen: 'urine' };
  // (tempurine review) Portuguese and Spanish `venosa`/`venoso` (`GASOMETRIA VENOSA`, `Gasometría venosa`) too.
  if (/\bvenous\b|\bvbg\b|\bvenos[ao]\b/.test(t)) return { specimen: 'venous' };
  if (/\bcapillary\b|\bcbg\b/.test(t)) return { specimen: 'capillary' };
  if (LYMPHOCYTE_SUBSETS.test(folded)) return { subsets: true };
  return {};
}

/**
 * (mend1) Whether a heading opens a section of its own: sectionOf reads something of it (a specimen, two specimens,
 * vitals, absolute counts, lymphocyte subsets) or it is a blood section's heading (bloodHeading) — not merely a short
 * line, which sectionOf answers `{}` for.
 */
function opensSection(text: string, opts: TextParseOptions): boolean {
  const s = sectionOf(text);
  return Boolean(s && (s.specimen || s.urineToo || s.vitals || s.absolute || s.subsets)) || bloodHeading(text, opts);
}

/**
 * (labs50fix review) Whether a heading names a part of a urine's examination or says nothing of what is examined, as a
 * deeper Markdown heading keeps its section's urine (PART_OF_SECTION, EXAMINATION_PART: `Results`, `Chemical`,
 * `Microscopic Examination`, `Sediment`): for a named group of records nested in a urinalysis's.
 */
function partOfExamination(text: string): boolean {
  const plain = text.trim();
  return PART_OF_SECTION.test(plain) || EXAMINATION_PART.test(plain);
}

/**
 * (labs50fix) The specimen a heading names, as sectionOf reads one (`URINALISA`, `Urinalysis`, `Urine`: urine;
 * `Venous Blood Gas`: venous; `CSF`: fluid), null for a heading of blood (`Serum`, `Blood Chemistry`, `Kimia Darah`)
 * or of two specimens, and undefined for one that names no specimen: for records in JSON, under a section's name.
 */
function headingSpecimen(text: string): RawRow['specimen'] | null | undefined {
  const section = sectionOf(text);
  if (section?.specimen) return section.specimen;
  if (section?.urineToo || BLOOD_HEADING.test(foldName(text))) return null;
  return undefined;
}
/** (labs50fix) A heading of blood's specimens (`Serum`, `Plasma`, `Blood Chemistry`, `Kimia Darah`, Indonesian darah). */
const BLOOD_HEADING = new RegExp(String.raw`\b(?:${SERUM_WORD}|darah|${BLOOD_WORD})\b`);

const DIFFERENTIAL = /^(neutrophils?|segmented neutrophils|lymphocytes?|lymphs|monocytes?|monos|eosinophils?|eos|basophils?|basos?|immature granulocytes)$/i;

function inSection(row: RawRow, section: Section): RawRow {
  if (section.absolute && DIFFERENTIAL.test(row.name.trim())) row.name = `${row.name.trim()} (Absolute)`;
  if (section.specimen) row.specimen = section.specimen;
  if (section.subsets) row.lymphocyteSubsets = true;
  if (section.blood && !row.specimen) row.bloodSection = true;
  // (mend16, review cr10) Under a heading of the urine's microscopy or sediment that names no strip (SEDIMENT_HEADING).
  // (mend17, review cr11) Only a heading of that part alone (SEDIMENT_ALONE): `URINE ROUTINE & MICROSCOPY`,
  // `URINALYSIS WITH MICROSCOPY`, `Urine microscopy and culture` head the strip's rows too.
  if (row.specimen === 'urine' && section.title && sedimentAlone(section.title) && !stripHeading(section.title)) row.sediment = true;
  return row;
}

/**
 * (mend16) A heading of the urine's microscopy or its sediment (`MICROSCOPY`, `Urine microscopy`, `Microscopic
 * examination`, `Sediment`, `Harnsediment`, `Mikroskopie`, `Sedimento urinario`, `Examen microscopique`), folded; not
 * an ESR's sedimentation. (mend17, review cr11) Not a cytology's (`URINE CYTOLOGY`: another test).
 */
const SEDIMENT_HEADING = /microscop|mikroskop|sediment(?!a[tcç])|culot/;
/**
 * (mend17, review cr11) The words such a heading may print besides (the urine's, an examination's, a preposition): a
 * heading with any other word names the whole test or another part too (`urinalysis`, `routine`, `complete`, `R/E`,
 * `culture`, `reflex`, parts joined by `&`, `and`, `with`, `w/`).
 */
const SEDIMENT_ALONE_WORD = /^(?:urine?|urinary|urinaire|urinari[oa]|urinaria|orina|harn|urin|microscop\w*|mikroskop\w*|(?:harn|urin)?sediment[oe]?s?|culot|examination|exam|examen|esame|untersuchung|analysis|analyse|of|the|de|del|des|du|la|der|di|dell|nel|im)$/;
function sedimentAlone(title: string): boolean {
  const folded = foldName(title);
  return SEDIMENT_HEADING.test(folded) && folded.split(' ').every((w) => SEDIMENT_ALONE_WORD.test(w));
}

/** (set 15, N12) A urine collection's qualifier: per 24 hours, per volume, random, spot, timed, first morning. */
const COLLECTION_QUALIFIER = /^(?:per\s+)?(?:24\s*-?\s*(?:h|hr|hrs|hours?)|volume|random|spot|timed|first\s+morning|(?:early\s+)?morning|day)$/i;

/**
 * `Urinalysis - Glucose`, `Lipid Panel: LDL`: a panel printed before the analyte's name. When the catalog knows the
 * analyte and not the whole, the name is the analyte's and the panel says what a section heading would (its specimen).
 */
function panelPrefixed(row: RawRow, opts: TextParseOptions): RawRow {
  const m = /^(.+?)\s+[-–:]\s+(.+)$/.exec(row.name.trim());
  if (!m || !opts.knows || opts.knows(row.name)) return row;
  // `SHBG - GLOBULINA LIGADORA DE HORMÔNIOS SEXUAIS`: a test's abbreviation (capitals, five at most) before its name
  // spelled out in words the catalog does not know (three at least, naming no specimen: `UA - Urine Analysis Panel`
  // stays a panel) is that test — unless the words carry a qualifier the abbreviation lacks (`T4 - TIROXINA LIVRE`,
  // `CK - MB ISOENZYME MASS`, `PSA - FREE TO TOTAL RATIO`): then the whole name is coded (unknown is better than wrong).
  if (/^[A-Z][A-Z0-9-]{1,4}$/.test(m[1]!) && opts.knows(m[1]!) && !opts.knows(m[2]!) && tokenize(m[2]!).length >= 3 && !sectionOf(m[2]!)?.specimen
    && !NAME_QUALIFIER.test(foldName(m[2]!))) {
    row.name = m[1]!;
    return row;
  }
  // (fixr85b) A test's short name before the dash that is another test than the name after it (`FSH - HORMONIO
  // LUTEINIZANTE`, `TSH - Luteinizing Hormone`): no panel's title — the two parts disagree, and the whole name, which
  // the catalog reads as nothing, stays the row's (shortNameDisagrees).
  if (/^[-–]$/.test(row.name.trim().slice(m[1]!.length).trim()[0] ?? '') && shortNameDisagrees(`${m[1]!} -`, m[2]!, opts)) return row;
  // (set 15, N12) A collection's qualifier after the dash (`Creatinine, Urine - per 24h`, `Sodium, Urine - Random`,
  // `… - per volume`): the name before it is the test's, no panel's title — the whole name stays (it had become `per 24h`).
  if (COLLECTION_QUALIFIER.test(m[2]!.trim())) return row;
  const section = sectionOf(m[1]!);
  // A urine panel names the specimen: the analyte is read in urine even where the catalog knows its name only there.
  if (!section || (!opts.knows(m[2]!) && !section.specimen)) return row;
  row.name = m[2]!;
  if (section.specimen) row.specimen = section.specimen;
  return row;
}

/**
 * (labsrobfix2) A row's name with its cell under a `Description` column of remarks after the result (Column.remarks):
 * the description is the name when the test cell is a code or a panel's title the catalog does not know and the
 * description names an analyte it knows (`| 718-7 | 13.5 | … | Hemoglobin |`, `| Lipid profile | 190 | … | Total
 * cholesterol |`); it is part of the name when the two together name another analyte than the test cell alone
 * (`| Bilirubin | … | Direct |`, `| T4 | … | Free |`), or when it is a word or two that makes the test another
 * (NAME_QUALIFIER: `| Calcium | … | Ionized |`, no analyte the catalog knows, so unknown rather than total calcium); a
 * remark otherwise (`Marker of kidney function`, `| Hb | … | Hemoglobin |`, `| Free T4 | … | Direct dialysis |`).
 */
function describedName(name: string, described: string, opts: TextParseOptions): string {
  if (!name || !described || !opts.knows) return name;
  const known = opts.knows(name);
  const code = /^\d{1,7}-\d$/.test(name) || (/^[A-Z0-9][A-Z0-9._-]*$/.test(name) && /\d/.test(name));
  if (!known && (code || isTitle(name)) && opts.knows(described)) return cleanName(described);
  const joined = `${name} ${described}`;
  const same = (a: string) => opts.sameAnalyte?.(a, name) ?? false;
  if (opts.knows(joined)) return same(joined) ? name : cleanName(joined);
  if (tokenize(described).length <= 2 && NAME_QUALIFIER.test(foldName(described)) && !same(`${name} (${described})`)) return cleanName(joined);
  return name;
}

/** Words that make a test another (free, MB, bone, a ratio, a fraction, an isoenzyme, direct, ionized), in folded text. */
const NAME_QUALIFIER = /\b(?:free|livres?|libres?|freie?s?|mb|bone|ossea|osseo|knochen|ratio|razao|relacao|relacion|quotient|fraction|fracao|fraccion|subfraction|subfracao|isoenzym\w*|isoenzim\w*|direct\w*|diret\w*|indirect\w*|indiret\w*|ioni[sz]\w*|ionic\w*|ionico|ionica)\b/;

/** (labs56) A multiplier word in parentheses at the end of a name (`Hemácias (milhões)`, `Plaquetas (mil)`, `RBC (millions)`). */
const NAME_MULTIPLIER = /\(\s*(milh[õo]es|millones|millions?|mil|miles|thousands?)\s*\)\s*$/i;
/**
 * A unit in parentheses at the end of a name (`Hemoglobin (g/dL)`, `WBC (×10³/µL)`, `혈색소(g/dL)`): it is the row's
 * unit. [name, before, inside], or null; (leftfix) read in one pass (tokens.ts trailingParenthesis), no longer
 * `/^(.*?)\s*\(([^()]*)\)\s*$/`, whose cost was the square of a run of spaces.
 */
const nameUnitOf = (name: string): [string, string, string] | null => {
  const parts = trailingParenthesis(name, true);
  return parts ? [name, ...parts] : null;
};
/** A name that says its result is a fraction of a whole (`% Free PSA`, `Free PSA percent`, `Pct saturation`). */
const FRACTION_NAME = /%|\bper ?cent(?:age)?\b|\bpct\b/i;

/** (fixr82) A flag's word, then the rest of a name (FLAG_WORD_BEFORE_KNOWN_NAME). */
const FLAG_WORD_BEFORE_NAME = /^(?:low|high|elevated|raised|decreased|increased)\s+(\p{L}.*)$/iu;
/**
 * (fixr82) Whether a row's name is a flag's word before a name the catalog knows, and not itself a name the catalog
 * knows (`Low lymphocyte count`, not `High Sensitivity CRP`).
 */
function flagWordBeforeKnownName(name: string, opts: TextParseOptions): boolean {
  const m = FLAG_WORD_BEFORE_NAME.exec(name.trim());
  return Boolean(m && opts.knows && !opts.knows(name.trim()) && opts.knows(m[1]!.replace(/[\s:]+$/, '')));
}

/** (mend22) The flag's words of FLAG_WORD_BEFORE_NAME above the range and below it. */
const HIGH_FLAG_WORD = /^(?:high|elevated|raised|increased)$/i;
/**
 * (mend22, review cr16) A row whose name is a flag's word before a known name (flagWordBeforeKnownName), its range
 * printed and no flag (`Low Hemoglobin 101 g/L (115-165)`): the rest is the name and the word the flag — only where
 * the value lies on the side of the range the word says (above its upper bound for `High`, below its lower for `Low`);
 * otherwise none (the row is kept under its printed name).
 */
function flagWordAsFlag(row: Omit<RawRow, 'line'>): Omit<RawRow, 'line'> | null {
  const m = /^(\p{L}+)\s+(\p{L}.*)$/u.exec(row.name.trim());
  if (!m || row.flag || row.value === null || !row.rangeText) return null;
  const bounds = parseReferenceRange(row.rangeText);
  const high = HIGH_FLAG_WORD.test(m[1]!);
  const agrees = high ? bounds.high !== undefined && row.value > bounds.high : bounds.low !== undefined && row.value < bounds.low;
  return agrees ? { ...row, name: m[2]!.replace(/[\s:]+$/, ''), flag: high ? 'H' : 'L' } : null;
}

/** Last touches for every row read from text: a unit printed in the name moves to the unit; `calc` is no unit. */
function finishRow(row: RawRow, opts: TextParseOptions = {}): RawRow {
  if (row.unit && isUnitNoise(row.unit)) delete row.unit;
  // `% Neutrophils`: the percentage sign is the unit, unless the catalog names the whole (`% Free Testosterone`).
  const pct = /^%\s+(.+)$/.exec(row.name);
  if (pct && opts.knows && !opts.knows(row.name) && opts.knows(pct[1]!)) {
    row.name = pct[1]!;
    row.unit ??= '%';
  }
  // (labs56) `Hemácias (milhões)`, `Plaquetas (mil)`: a multiplier word in the name's parentheses scales a unit printed
  // per volume alone (`/mm3`, `/µL`): `4,62 /mm3` is millions per microlitre, not 4.62 cells.
  const times = NAME_MULTIPLIER.exec(row.name);
  if (times && times.index > 0 && row.unit && toUcum(row.unit) === '/uL' && /^\//.test(row.unit.trim())) {
    row.name = row.name.slice(0, times.index).trim();
    row.unit = `${/^(?:mil|miles|thousands?)$/i.test(times[1]!) ? '10^3' : '10^6'}${row.unit.trim()}`;
  }
  const m = nameUnitOf(row.name);
  if (m && m[1] && namedInLetters(m[1], opts) && looksLikeUnit(m[2]!)) {
    row.name = m[1].replace(/[,:]+$/, '').trim();
    row.unit ??= m[2]!.trim();
  }
  // `Нейтрофилы, % 55 47-72`: a `%` the name ends with is the row's unit when none is printed after the value (the name
  // keeps it, the catalog names the percentage so — labsfix3132).
  if (!row.unit && /(?:,\s*%|\(\s*%\s*\))\s*$/.test(row.name)) row.unit = '%';
  // `Eosinophil count` in 10^9/L (`Eosinophil count - observation`, SNOMED's name): a count of a white cell type is
  // its absolute count.
  const count = /^(?:total\s+|absolute\s+)?(neutrophil|lymphocyte|monocyte|eosinophil|basophil)s?\s+count$/i.exec(withoutObservation(row.name.trim()));
  if (count && row.unit !== '%') row.name = `${count[1]}s (Absolute)`;
  // (labs42fix review) A `%` taken from a per-cent range (`Neutrophils 4.1 (40-75%)`, `Ferritin 45 (10-20%)`), none
  // printed beside the value: the unit only where the catalog measures the name in per cent alone (`Hematocrit 42
  // (36-46%)`, `Transferrin saturation 25 (20-50%)`) or does not know it (`T3 Uptake: 31 (24-39%)`). Elsewhere no unit,
  // and the range only where the value is on its scale (within a fifth of its low bound and five times its high:
  // `Neutrophils 62 (40-75%)`, not the count `4.1`).
  if (row.percentFromRange) {
    delete row.percentFromRange;
    if (row.unit === '%' && opts.knows?.(row.name) && !opts.measuresOnlyIn?.(row.name, '%')) {
      delete row.unit;
      if (row.rangeText && !onRangeScale(row.value, row.rangeText)) delete row.rangeText;
    }
  }
  // (labs42fix) A unit UCUM's grammar reads only as a prefixed time over a volume (`uh/dL`, micro-hours per decilitre:
  // a misprint of `ug/dL`), under a name the catalog knows and does not measure in it: no unit (batch 38's convention
  // for a misprint — which unit was meant is not known).
  if (row.unit && TIME_OVER_VOLUME.test(toUcum(row.unit) ?? '') && opts.knows?.(row.name) && opts.measuresIn?.(row.name, row.unit) === false) delete row.unit;
  return row;
}

/**
 * (fixr85a) A row number or none, an analyser's code in capitals (two characters at least; a hyphened part, `%` or `#`
 * after it) and Han words alone.
 */
const NUMBERED_CODE_HAN = /^(?:\d{1,3}\.?\s+)?(?=\S{2})([A-Z][A-Z0-9]{0,5}(?:-[A-Z]{2,4})?[%#]?)\s+(\p{Script=Han}+)$/u;
/**
 * (fixr85a) A row named by an analyser's code and the test's name in Chinese, perhaps after its row number (`24 P-LCR
 * 大血小板比率`, `P-LCR 大血小板比率`, a bilingual blood count's row), none of which the catalog knows: the row is
 * named by its code (`P-LCR`), the name the row carries in every language — not by its row number, which is no part
 * of any name.
 */
function namedByCode(row: RawRow, opts: TextParseOptions): void {
  const numbered = NUMBERED_CODE_HAN.exec(row.name.trim());
  if (numbered && opts.knows && !opts.knows(row.name) && !opts.knows(numbered[1]!) && !opts.knows(numbered[2]!)) row.name = numbered[1]!;
}

/**
 * (labs56; fix5) What a range printed in another unit than its value's gives the row (see parseTail, where a text line
 * reads it; a table's range cell the same, readColumns): the bounds converted into the value's unit where UCUM converts
 * them and the value lies on their scale; where the printed numbers fit the value as well as the converted ones (lead,
 * review 6: `Hemoglobin 7.0 g/dL  13-17 g/L`, a misprinted unit, had been flagged high against 1.3-1.7), or the units
 * convert only through a molar mass or a charge, or they do not convert and the value lies off the numbers (within
 * twice), the text alone: no bounds, no flag.
 */
function rangeInOtherUnit(value: number, valueUnit: string, rangeNumbers: string, rangeUnit: string): { rangeTextOnly?: true; range?: { low?: number; high?: number } } {
  const converted = convertedBounds(rangeNumbers, rangeUnit, valueUnit);
  if (converted) {
    const ambiguous = converted.factor !== 1 && onScale(value, converted.printed);
    if (!onScale(value, converted) || ambiguous) return { rangeTextOnly: true };
    return converted.factor !== 1 ? { range: { low: converted.low, high: converted.high } } : {};
  }
  return unitsConvertible(valueUnit, rangeUnit) || !onRangeScale(value, rangeNumbers, undefined, 2) ? { rangeTextOnly: true } : {};
}

/**
 * (fix5) A range's printed bounds (`120-160`, `< 4.0`) in `from` converted into `to` (UCUM; an international unit read
 * as a unit: convertCountingIuAsU), with the factor and the bounds as printed; null when the units do not convert (mass and amount, `mEq/L` and
 * `mmol/L`: no molar mass or charge here) or the range has no bounds.
 */
function convertedBounds(rangeText: string, from: string, to: string): { low?: number; high?: number; factor: number; printed: { low?: number; high?: number } } | null {
  // (review 6) An amount fraction and a per cent never convert here (units.ts AMOUNT_FRACTION: HbA1c's IFCC and NGSP units).
  if (AMOUNT_FRACTION.test(from) !== AMOUNT_FRACTION.test(to) && (from === '%' || to === '%')) return null;
  const factor = convertCountingIuAsU(1, from, to);
  const { low, high } = parseReferenceRange(rangeText);
  if (factor === null || (low === undefined && high === undefined)) return null;
  const convert = (b: number | undefined) => (b === undefined ? undefined : factor === 1 ? b : convertCountingIuAsU(b, from, to) ?? undefined);
  return { low: convert(low), high: convert(high), factor, printed: { low, high } };
}

/**
 * (labs42fix review) Whether a value lies on the scale of a range of two bounds (`3.9-5.5`, `3.5 to 5.2`, `40-75%`):
 * from a fifth of the low bound to five times the high one (`factor`, 5 unless told). A value on another scale
 * (`Glucose (3.9-5.5 mmol/L): 99`, in mg/dL; `Neutrophils 4.1 (40-75%)`, a count) is not read against it.
 */
function onRangeScale(value: number | null, rangeText: string, comparator?: '<' | '>', factor = 5): boolean {
  const { low, high } = parseReferenceRange(rangeText);
  if (value === null || low === undefined || high === undefined) return true;
  return onScale(value, { low: comparator === '<' ? undefined : low, high: comparator === '>' ? undefined : high }, factor);
}

/** (labs42fix) A prefixed hour or minute over a volume in UCUM (`uh/dL`, `mh/L`): no quantity a laboratory reports. */
const TIME_OVER_VOLUME = /^[munpfµ](?:h|min)\/[mudc]?L$/;

/** A unit in letters alone in a name's parentheses (`(fL)`, `(sec)`, `(segundos)`): seconds from time-units.ts's TIME_UNITS, not `(S)` (serum). */
const LETTER_UNIT_IN_NAME = new RegExp(`^(?:fl|pg|ratio|index|${wordAlternation(timeWords(['s'], ['s', ...TIME_WORDS_OF_ANY_TEXT]))}|mmhg|iu|units?)$`, 'i');

/** Whether a parenthesised word is a unit (`g/dL`, `%`, `fL`, `×10³/µL`), not an abbreviation (`T3`, `SGOT`, `Absolute`). */
function looksLikeUnit(s: string): boolean {
  const t = s.trim();
  if (!t || /^(abs|absolute|calc|calculated|direct|total|free|fasting|random)$/i.test(t)) return false;
  if (t === '%' || /\//.test(t)) return toUcum(t) !== null || /^[x×]?10/.test(t);
  return LETTER_UNIT_IN_NAME.test(t);
}

/**
 * (cells review) A range cell's label printed apart from its one range, with no colon (`Fasting    70 - 99`,
 * `Desirable      < 200`, `(  Adult   13 - 17  )`: table.ts keeps it in the range column): a label that names the range
 * or the condition it is given for (REFERENCE_LABEL: `Fasting`, `Optimal`, `Adultos`, `Nüchtern`, as the line reader's
 * labelBeforeRange reads one) is given its colon, `Fasting: 70 - 99`, so that unlabelled reads it once the lines under
 * the row have continued its range (a tier run, `Desirable  < 200` over `Borderline  200 - 239`, stays text) — the
 * bounds where the range is one. Any other label — a tier's (`Deficient      < 50`), a population's (`Male     13.5 -
 * 17.5`) — is left as printed: text, no bounds; so is a text whose bounds are read as printed (`Normal >=30.5`).
 */
function spacedLabel(text: string): string {
  const enclosed = /^[(\[]\s*([^()[\]]+?)\s*[)\]]$/.exec(text.trim());
  const m = /^(\p{L}[\p{L}\p{M} .]{0,30}?)\s+(\S[^:]*)$/u.exec(enclosed ? enclosed[1]! : text.trim());
  return m && namesReferenceRange(m[1]!) && !boundsOf(text) && boundsOf(m[2]!) ? `${m[1]}: ${m[2]!.trim()}` : text;
}

/** (cells review) Whether a range's text reads with a bound (`70 - 99`, `< 200`, `Normal >=30.5`), not as tiers or words. */
function boundsOf(text: string): boolean {
  const range = parseReferenceRange(text.trim());
  return range.low !== undefined || range.high !== undefined;
}

/**
 * `Deseable: <200`, `Optimal: <100`, `Valor de referencia: 70-100` in a result's parentheses: a label that names a
 * reference range (`REFERENCE_LABEL`) before one range with bounds is that range's label, and the range is what
 * follows it. Any other label — a tier or a risk (`Diabetes: >=6.5`, `Riesgo alto: >160`, `Prediabetes: 100-125`), a
 * population (`Male: 13.5-17.5`, `Mujeres: …`) or an earlier result (`Previous: <5`) — is kept as printed: range text
 * with no bounds, and no flag from it.
 */
function unlabelled(text: string): string {
  // (labs41fix) `≥90 = Normal`, `>1.0 = Desirable`: a range with the label that names it after an equals sign is the
  // range alone (as `Normal: ≥90`); a tier's label (`>240 = High`) is kept as printed.
  const after = EQUALS_LABEL.exec(text);
  if (after && namesReferenceRange(after[2]!)) {
    const range = parseReferenceRange(after[1]!.trim());
    if (range.low !== undefined || range.high !== undefined) return after[1]!.trim();
  }
  const m = /^(\p{L}[\p{L}\p{M} .]{0,30}?)(?:\s*\(([\p{L}\p{M} .]{1,30})\))?\s*:\s*([^:]+)$/u.exec(text);
  // (vnlabel) A label that names the range itself before its bounds with no colon (`v.n. 30 - 100`, `VR 70-99`, `Norm
  // 3,5 - 5,1`: RANGE_NAME_LABELS, LAB_RANGE_LABEL — no condition's or tier's, `Optimal <1.0` stays a tier's text): the
  // bounds — where the range does not read with its label (`Normal >=30.5` does, and keeps its text as printed).
  const bare = m ? null : parseReferenceRange(text);
  const spaced = !bare || bare.low !== undefined || bare.high !== undefined ? null : LABEL_BEFORE_NUMBER.exec(text);
  if (spaced && LAB_RANGE_LABEL.test(spaced[1]!.trim()) && !POPULATION_WORD.test(spaced[1]!.trim())) {
    const range = parseReferenceRange(spaced[2]!.trim());
    if (range.low !== undefined || range.high !== undefined) return spaced[2]!.trim();
  }
  // `Bajo (deseable): < 100` (low, desirable): a tier's name with a reference label in parentheses is that label — not
  // a population's (`Female (adult): 12.0-15.5`, `Children (fasting): 60-100`: another person's range, kept as text).
  if (!m || !namesReferenceRange(m[2] ?? m[1]!)) return text;
  if (m[2] !== undefined && m[1]!.split(/\s+/).some((w) => POPULATION_WORD.test(w))) return text;
  const range = parseReferenceRange(m[3]!.trim());
  return range.low !== undefined || range.high !== undefined ? m[3]!.trim() : text;
}

/** A tier's words in the report languages besides English (TIER_WORDS_EN): TIER_WORD's and BAND_WORD's both. */
const TIER_WORDS_OTHER_LANGUAGES = String.raw`riesgo|risco|rischio|risque|diab[eé]tico|pr[eé]-?diabetes|alterad[ao]s?|deseable|desej[aá]vel|desiderabile|souhaitable|lim[ií]trofe|l[ií]mite|alt[oa]s?|baj[oa]s?|baix[oa]s?|elevad[oa]s?|[oó]ptim[oa]|[oó]tim[oa]|ottimale|normale|intermediate|intermedi[oa]|moderad[oa]|severe|sever[oa]|deficiencia|defici[eê]ncia|carenza|insuficiencia|insufici[eê]ncia|suficiencia|sufici[eê]ncia|t[oó]xic[oa]|insufficienza|sufficienza|tossicit[aà]|toxicidad|toxicidade|possibile|posible|poss[ií]vel|adequate|adecuad[oa]|adequad[oa]|target|objetivo|goal`;
/**
 * A word that names a tier of a range (a risk, a grade, a diagnosis a bound marks), in the report languages seen:
 * `Diabetes mellitus : >=126`, `Glicemia de jejum alterada: 100 a 125`, `Riesgo alto: >160`, `Borderline high: 200-239`.
 */
const TIER_WORD = new RegExp(String.raw`^(?:${TIER_WORDS_EN}|${TIER_WORDS_OTHER_LANGUAGES}|intoler[aâ]ncia|grave|meta|aumentad[oa]|disminuid[oa]|diminu[ií]d[oa]|negative|negativ[oa]|positive|positiv[oa]|indeterminate|indeterminad[oa]|equivocal|reactive|reactiv[oa]|reagente|n[aã]o|no|sin|sem)$`, 'iu');



// (`N` alone is a label: `(N: 70-99)`; not the N of `(Non-fasting: <175)` nor of `[Note 3]`.)
// (cr2 leftover) Each label a whole word: `Normale`, `Normales` (Italian, Spanish) are no `Normal` label and a letter
// left over (`(Normale: 70 - 110)` read the range `e: 70 - 110`); they go to the status-label reading (WITHIN_NORM).
const RANGE_LABEL = String.raw`(?:(?:ref(?:erence)?\.?(?:\s+(?:ranges?|intervals?))?|normal(?:\s+ranges?)?|range|n)(?![a-zà-ÿ])\s*[:=]?\s*)?`;
const QUALITATIVE_RANGE = 'negative|non[- ]?reactive|not detected';
/**
 * An inline result's range: in parentheses (`(Ref: 3.5-5.0)`), or in square brackets (`[Reference: 4.5-11.0 x
 * 10^3/uL]`), labelled or not.
 */
const INLINE_RANGE = new RegExp(
  String.raw`\(\s*${RANGE_LABEL}([^()]*?\d[^()]*|${QUALITATIVE_RANGE})\s*\)|\[\s*${RANGE_LABEL}([^[\]]*?\d[^[\]]*|${QUALITATIVE_RANGE})\s*\]`,
  'i',
);

/**
 * (b66r) A status said of the range, printed before its bounds inside the range's parenthesis (`(Dentro del rango
 * normal: 13.0 - 18.0 g/dL)`, `(Fuera del rango normal: 30 - 200 mg/dL)`, `(Within normal range: 3.5 - 5.2 g/dL)`), or
 * before the parenthesis on a line of its own (`Lower than normal range (4.2 - 5.9 mill/cumm)`): a side — within, in,
 * inside, above, higher than, below, lower than, outside, out of; `dentro`, `por encima`, `por debajo`, `fuera` — and
 * the normal or reference range (or its limits) it is said of. Not a range's label alone (`Normal range:`), a tier
 * (`Borderline high:`) nor a population (`Female adult:`).
 */
const RANGE_STATUS_WORDS = String.raw`(?:(?:within|in|inside|outside|out\s+of|above|below|lower\s+than|higher\s+than)\s+(?:the\s+)?(?:normal|reference)\s+(?:range|limits)|(?:dentro|fuera|por\s+encima|por\s+debajo)\s+(?:del|de\s+los)\s+(?:rangos?|valores|l[ií]mites)\s+(?:normal(?:es)?|de\s+referencia))`;
/** (b66r) A line of a range in brackets alone, or after RANGE_STATUS_WORDS: the words (if any), the bounds. */
const RANGE_IN_BRACKETS_LINE = new RegExp(String.raw`^(?:(${RANGE_STATUS_WORDS})\s*:?\s*)?\(\s*([<>≤≥]?\s*-?\d[^()]*)\)\s*\.?$`, 'iu');
/** RANGE_STATUS_WORDS before the bounds (a colon between or not): the words, the bounds after them. */
const RANGE_STATUS_LABEL = new RegExp(String.raw`^(${RANGE_STATUS_WORDS})\s*:?\s*(?=[<>≤≥]?\s*-?\d)`, 'iu');

/**
 * (b66r) A bracket's text (RANGE_IN_BRACKETS_LINE) as a row's range: the text where readsAsRange reads it; or, for a
 * row printing its own unit, bounds and that unit again as one word the range reader's unit check does not take alone
 * (`4500 - 11000 cumm` under `WBC Count: 8200 cumm`): the bounds, the unit being the row's. Undefined otherwise.
 */
function bracketedBounds(text: string, rowUnit: string | undefined, charge?: number | null): string | undefined {
  // (mend2) An age band (`40 - 49 years`, `18 - 65 años`, `40 - 50 y`) is never a value's range.
  if (AGE_BAND.test(text)) return undefined;
  if (readsAsRange(text)) return text;
  const t = tokenize(text);
  const r = numericRangeAt(t, 0);
  const word = r && t.length === r.span + 1 ? t[r.span]! : undefined;
  // (The row's `cumm` is read per cubic millimetre, `/cumm`: the range's word as the row's unit was read.)
  if (!word || !rowUnit || !/^\p{L}+$/u.test(word) || !(unitsAgree(rowUnit, word, charge) || unitsAgree(rowUnit, `/${word}`, charge))) return undefined;
  return text.slice(0, text.lastIndexOf(word)).trim();
}

/** (mend2) Bounds whose unit is an age (`40 - 49 years`, `18 - 65 años`, `40-50 y`, `Jahre`, `ans`, `anni`): an age band. */
const AGE_BAND = new RegExp(String.raw`\d\s*(?:${YEAR_WORDS}|y)(?![\p{L}\p{N}])`, 'iu');

/**
 * (mend2) A line of a bracketed range, alone or with words before or after it (`(< 20 ng/mL)`, `* Normal (< 5.7 %)`,
 * `(3.5 - 12.5 IU/L follicular phase)`, `* (< 5.7 %) Normal`): no digit outside the bracket, the bracket opening with a
 * bound (a comparison, or a number, a dash and a number), perhaps after a label of its own.
 */
const BRACKETED_BOUNDS_LINE = /^[^\d()]*\(\s*(?:\p{L}[\p{L}\p{M} ]{0,30}?\s*:\s*)?(?:[<>≤≥]=?\s*-?\d|-?\d[\d.,]*\s*[-–]\s*-?\d)[^()]*\)[^\d()]*$/u;
function isBracketedBoundsLine(text: string): boolean {
  return BRACKETED_BOUNDS_LINE.test(text);
}

/**
 * (mend2) Whether a side said of a range (`Above normal range`, `Below normal range`) comes before one bound on that same
 * side (`> 150 mg/dL`, `< 30 ng/mL`): the bound says where the abnormal zone starts; read as the range, it would invert
 * the normal range.
 */
function boundOfAbnormalZone(side: 'normal' | 'high' | 'low' | 'outside', rangeText: string): boolean {
  const r = parseReferenceRange(rangeText);
  if (side === 'high') return r.low !== undefined && r.high === undefined;
  if (side === 'low') return r.high !== undefined && r.low === undefined;
  return false;
}

/**
 * (mend3) The flag a value gets against the bound where an abnormal zone starts (boundOfAbnormalZone: `Above normal
 * range (> 150)`): in the zone, the zone's side; short of it, normal — the words give way to the bound as a status
 * gives way to a range (flagOfRangeStatus). No bound read: the words' side.
 */
function flagOfAbnormalZone(side: 'normal' | 'high' | 'low' | 'outside', value: number, boundText: string): string {
  const r = parseReferenceRange(boundText);
  if (side === 'high' && r.low !== undefined) return value > r.low || (value === r.low && r.lowInclusive !== false) ? 'High' : 'Normal';
  if (side === 'low' && r.high !== undefined) return value < r.high || (value === r.high && r.highInclusive !== false) ? 'Low' : 'Normal';
  return side === 'high' ? 'High' : side === 'low' ? 'Low' : 'Abnormal';
}

/** The side RANGE_STATUS_WORDS say: within the range, above or below it, or outside it (no side named). */
function rangeStatusSide(words: string): 'normal' | 'high' | 'low' | 'outside' {
  const w = words.trim().toLowerCase();
  if (/^(?:within|in|inside|dentro)\b/.test(w)) return 'normal';
  if (/^(?:above|higher|por\s+encima)\b/.test(w)) return 'high';
  if (/^(?:below|lower|por\s+debajo)\b/.test(w)) return 'low';
  return 'outside';
}

/**
 * (b66r; mend3) The flag a status said of a range gives a value (rangeStatusSide): where the bounds read, the side of the
 * value against them, whatever the words say — a status in words gives way to a printed range that says otherwise, as
 * everywhere in the reader (flags.ts phraseGivesWay): `Within normal range (12.0 - 16.0)` beside 10 is low, `Normal (70 -
 * 99)` beside 150 high (the words name the range; an answer that misreads its own numbers is not believed). The
 * words' side only where no bound reads (`outside`: Abnormal).
 */
function flagOfRangeStatus(side: 'normal' | 'high' | 'low' | 'outside', value: number, rangeText: string): string {
  const flag = flagAgainstBounds(value, rangeText) ?? (side === 'outside' ? 'abnormal' : side);
  return flag.charAt(0).toUpperCase() + flag.slice(1);
}

/** The side of a value against a range's printed bounds (flags.ts flagFromRange), or null where no bound reads. */
function flagAgainstBounds(value: number, rangeText: string): 'high' | 'low' | 'normal' | null {
  const range = parseReferenceRange(rangeText);
  if (range.low === undefined && range.high === undefined) return null;
  return flagFromRange(value, undefined, undefined, range) as 'high' | 'low' | 'normal' | null;
}

/**
 * (b66r2) Words ending in a colon before bounds that parse, in a range's parenthesis after a value (`(Low: 80 - 100
 * fL)`, `(Slightly below the normal range: 12.0 - 15.5 g/dL)`, `(Dans la norme : 12,0 - 16,0 g/dL)`, `(Por encima de lo
 * recomendado: < 130 mg/dL)`): the words, the bounds. Letters, spaces, apostrophes and hyphens only, up to eight words.
 */
const WORDS_BEFORE_BOUNDS = /^(\p{L}[\p{L}\p{M}'’ -]{0,60}?)\s*:\s*([<>≤≥]?=?\s*-?\d[^:]*)$/u;
/**
 * (b66r2) Words, then a range in brackets, alone on a line (a bullet's, its mark gone): the words, the bracket's text —
 * its bounds, perhaps after a label of its own (`desirable: < 200 mg/dL`).
 */
const WORDS_THEN_BRACKETED_RANGE = /^(\p{L}[\p{L}\p{M}'’ -]{0,60}?)\s*:?\s*\(\s*((?:\p{L}[\p{L}\p{M} ]{0,30}?\s*:\s*)?[<>≤≥]?=?\s*-?\d[^()]*)\)\s*\.?$/u;
/** (b66r2) A modifier of a status's side (`slightly`, `borderline`, `ligeramente`, `légèrement`): no part of its side. */
const SIDE_MODIFIER = /^(?:slightly|mildly|moderately|markedly|significantly|very|borderline|somewhat|ligeramente|levemente|discretamente|muy|algo|un poco|l[ée]g[eè]rement|tr[eè]s|un peu|leicht|lievemente)\s+/iu;
/**
 * (b66r2) A status of being within the norm in French or Spanish (`Dans la norme`, `Dentro de la normalidad`, `Normale`);
 * (fixu) within the normal values or limits (`Dans les valeurs normales`, `Dans les limites normales`, `Dentro de los
 * valores normales`, `Dentro dos valores normais`, `Nei limiti della norma`).
 */
const WITHIN_NORM = /^(?:dans (?:la|les) normes?|dans la normale|dans les (?:valeurs|limites) normales|normales?|conforme|dentro de (?:la normalidad|lo normal|los l[ií]mites|los valores normales)|dentro (?:dos|da) (?:valores normais|normalidade)|nei limiti(?: della norma)?|nella norma|en rango|normal(?:es)?)$/iu;
/** (b66r2) A label's words that name a diagnosis, a risk or a tier's grade: a tier's range, never the row's reference. */
const TIER_LABEL_WORDS = /\b(?:pr[eé]-?diab\p{L}*|diab[eé]t\p{L}*|risks?|riesgos?|risco|rischio|risque|toxic\p{L}*|t[oó]xic\p{L}*|moderate|moderad[oa]|intermedi\p{L}*|borderline|l[ií]mite|lim[ií]trofe|impaired|alterad[oa]s?|intoler\p{L}*|average|near|grey|gray|zone|equivocal|indeterminate)\b/iu;
/** (mend3) Words naming a critical or panic zone, in the languages the labels are read in. */
const CRITICAL_ZONE_WORDS = /\b(?:critical|critic[oa]|cr[ií]tic[oa]s?|critique|kritisch\p{L}*|panic|p[aâ]nico|alert\p{L}*|alarm\p{L}*|alerta)\b/iu;
/** (b66r2) A state below a need (`Insufficient`, `Deficient`, `Carence`): low, for the check of a label against its bounds. */
const SHORT_OF_WORDS = /^(?:insufficien\p{L}*|deficien\p{L}*|insuficien\p{L}*|insuffisan\p{L}*|carence|carenza|d[ée]ficit\p{L}*)$/iu;

/**
 * (b66r2) The side a status label says, read by the reader's flag words (normalizeFlag: FLAG_TOKENS, the phrase lists
 * of tokens.ts, RANGE_SIDE_WORDS, STATUS_PHRASE) on the label, its modifier (SIDE_MODIFIER) aside, or on its first
 * words (`Above optimal` → above; `Au-dessus de l'objectif` → au-dessus; `Por encima de lo recomendado` → por
 * encima); within the norm (WITHIN_NORM) normal. Undefined where nothing reads.
 */
function labelSide(label: string): 'normal' | 'high' | 'low' | 'abnormal' | undefined {
  let l = label.trim().toLowerCase().replace(/\s+/g, ' ');
  while (SIDE_MODIFIER.test(l)) l = l.replace(SIDE_MODIFIER, '');
  if (WITHIN_NORM.test(l)) return 'normal';
  const words = l.split(' ');
  for (let n = words.length; n > 0; n--) {
    const f = flagSide(normalizeFlag(words.slice(0, n).join(' ')));
    if (f === 'normal' || f === 'high' || f === 'low' || f === 'abnormal') return f;
  }
  return undefined;
}

/**
 * (b66r2) Whether a label before bounds (WORDS_BEFORE_BOUNDS) is a status said of the row against its reference, the
 * bounds being that reference: not a population's (`Female adult:`, `Mujeres:`), an earlier result's (`Previous:`),
 * nor a tier's (TIER_LABEL_WORDS: `Borderline high:`, `Prediabetes:`, `Riesgo alto:`; on a bullet before a bracket,
 * `bullet`, words that read a side are the row's status even so: `* Borderline high (desirable: < 200)`); a label saying a side (or a
 * state short of a need, `Insufficient`) whose bounds hold the value is a tier's range too (`Insufficient: 20 - 29`
 * beside 24; `High: 200 - 239` beside 221). A label saying normal is a status, whatever the value; words that say no
 * side (`Non-fasting:`, a condition's or a group's) are no status.
 */
function statusLabelOfBounds(label: string, value: number, rangeText: string, bullet = false): boolean {
  const words = label.trim().split(/[\s'’-]+/);
  if (words.some((w) => POPULATION_WORD.test(w)) || namesPreviousResult(label)) return false;
  if (TIER_LABEL_WORDS.test(label) && !(bullet && labelSide(label))) return false;
  const range = parseReferenceRange(rangeText);
  if (range.low === undefined && range.high === undefined) return false;
  const side = labelSide(label) ?? (words.some((w) => SHORT_OF_WORDS.test(w)) ? 'low' : undefined);
  // Words that say no side nor a state short of a need (`Non-fasting:`, `Smokers:`, `Luteal phase:`): a condition's or a
  // group's range, kept as printed.
  if (side === undefined) return false;
  // (mend3) A zone named abnormal, critical or a panic (`Abnormal: > 145`, `Critical: < 2.5`, `Panic: > 6.5`,
  // `Kritisch:`): where the trouble starts, never the row's reference.
  if (side === 'abnormal' || CRITICAL_ZONE_WORDS.test(label)) return false;
  if (side === 'normal') return true;
  return flagFromRange(value, undefined, undefined, range) === side;
}

/** (hl7md) A range's label and words without a number in parentheses (`(Ref: see note)`): no range given. */
const RANGE_IN_WORDS = /\(\s*((?:ref(?:erence)?\.?(?:\s+(?:range|interval))?|normal\s+range|range)\s*:\s*\p{L}[^()\d]*)\)/iu;

/**
 * (labs36fix review) Names of the tests whose result is a time (a clotting or bleeding time, a prothrombin or a partial
 * thromboplastin time, a clot's retraction or lysis), folded, in English, Spanish, Portuguese, French and German.
 */
const TIMED_TEST = /\b(?:bleeding|clotting|coagulation|clot|retraction|lysis|prothrombin|thromboplastin|thrombin|sangria|sangrado|sangramento|coagulacion|coagulacao|protrombina|tromboplastina|trombina|retraccion|lisis|saignement|coagulation|thrombine|blutungszeit|gerinnungszeit|blutung|gerinnung|pt|aptt|ptt|tp|ttp|ttpa|tpt|inr)\b/;

/** (labs36fix review) A name of the time of day (`Hora`, `Hora de toma`, `Time`, `Heure`, `Uhrzeit`): its `8 h 30 min` a clock's. */
const CLOCK_NAME = /^(?:hora|horario|horário|time|hour|heure|uhrzeit|ora)\b/i;

/**
 * (labsrob2) A value with a power of ten against it, no volume (`6.37x10.e3`, `7.2x10^3`, `4.1×10E9`): the mantissa,
 * `10` and the exponent (powersWithTheirUnit).
 */
const VALUE_AGAINST_POWER = /^(\d+(?:[.,]\d+)?)[*x×](10)(?:\^|\*\*|\.?E)(\d{1,2})$/i;
/** A count's volume printed apart from its power of ten (`/uL`, `1/µl`, `/mm3`, `/l`). */
const PER_VOLUME = /^1?\/(?:[uµμ]l|mm3|l)$/i;
/**
 * (labsgap) A power of ten with no exponent (`x10`), against a value (`7.2x10`) or apart: its exponent lost.
 * (gapfix) Not `*10`: `6.4*10/uL` glued reads no row, so neither does `6.4 *10 /uL` (a star is a flag's mark as well:
 * `*10/uL` joined was read as a flag and the convertible `10/uL`, the value scaled to a hundredth).
 */
const POWER_WITHOUT_EXPONENT = /^(\d+(?:[.,]\d+)?)?([x×]10)$/i;

/**
 * (labsgap) A power of ten whose exponent was lost in extraction (`7.2x10 /uL`, `6.1 x10 /uL`), its volume printed
 * apart: the value as printed, the unit as printed against it (`x10/uL`), as the line printed glued reads it
 * (`7.2x10/uL`). No exponent is guessed and the value is never scaled.
 */
function lostExponentJoined(tokens: string[]): string[] {
  const out = [...tokens];
  for (let j = 1; j + 1 < out.length; j++) {
    const m = POWER_WITHOUT_EXPONENT.exec(out[j]!);
    if (!m || !PER_VOLUME.test(out[j + 1]!) || (!m[1] && !parseValueToken(out[j - 1]!))) continue;
    const unit = `${m[2]!}${out[j + 1]!.replace(/^1/, '')}`;
    out.splice(j, 2, ...(m[1] ? [m[1], unit] : [unit]));
  }
  return out;
}

/**
 * Inline results: `Name: value [unit] [flag] (Ref|Reference|Normal[ range]: range) [flag]` (or the range in square brackets), or without the range when
 * the catalog knows the name or a unit is given. `Date: 15/03/2024` and other labels are not rows.
 */
export function parseInlineRow(text: string, opts: TextParseOptions = {}, next?: () => string | undefined): Omit<RawRow, 'line'> | null {
  // A name may start with any letter (`Üre`, `Éosinophiles`, `Ácido úrico`), or with the `%` or `#` of a blood count's
  // percentage or absolute count against a letter (`%Eosinofilos :3.0 %`, `#NEUT :3.92 x10.e3/uL`, labs36fix). A
  // doubled colon (`Glicemia......: :98.0`, a colon, then the value's own) is one.
  // (b66r2) A name emphasised with its colon inside (`**Colesterol LDL:** "163" mg/dL (…)`): the name and its colon.
  const m = /^((?:[\p{L}(]|[%#](?=\p{L}))[^:]{0,80}?)\s*:\s*(?::\s*)?(.+)$/u.exec(text.trim().replace(/^(\*\*|__)([^*_:]{1,80}?)\s*:\s*\1(?=\s)/u, '$2:'));
  if (!m) return null;
  const name = cleanName(m[1]!);
  if (isProseName(name) && !opts.knows?.(name)) return null;
  // `Result: 6.5%`, `Reference: <5.7`: labels of a card's lines, not names of results.
  if (isValueLabel(text) || RANGE_LINE.test(text.trim()) || DIAGNOSIS_LABEL.test(text.trim())) return null;
  // A number inside the name means the colon belongs to something else (`TOTAL 170 Reference Range: <200`), unless
  // the catalog knows the name with its number (`CA 125`, `IGF 1`).
  if (tokenize(name).slice(1).some((t) => parseValueToken(t)) && !opts.knows?.(name)) return null;
  // (b66r2) A name with a parenthesis it does not close (`Borderline high (desirable: < 200 mg/dL)` cut at the label's
  // colon) is no name: the colon is inside the bracket.
  if ((m[1]!.match(/\(/g)?.length ?? 0) > (m[1]!.match(/\)/g)?.length ?? 0)) return null;
  // (b66r2) A value in quotation marks, guillemets or curly quotes (`« 1,85 » g/L`, `“148”`): the value.
  let rest = withoutFootnotes(m[2]!.trim().replace(/^[«“"]\s*([<>≤≥]?\s*-?\d[\d.,]*)\s*[»”"](?=\s|$)/u, '$1'));
  let rangeText: string | undefined;
  let comment: string | undefined;
  let ref = INLINE_RANGE.exec(rest);
  // `Protein: 1+ (30 mg/dL)`, `Glucose: 95 mg/dL (5.3 mmol/L)`: an amount alone in parentheses is the result again (a
  // strip's grade as a concentration, another unit), not its range: the row's comment; a range may still follow.
  // A labelled amount (`(Ref: 30 mg/L)`) is the range's bound as the lab prints it.
  if (ref && isLoneAmount((ref[1] ?? ref[2])!) && !labelledRange(ref)) {
    comment = (ref[1] ?? ref[2])!.trim();
    rest = `${rest.slice(0, ref.index)} ${rest.slice(ref.index + ref[0].length)}`.trim();
    ref = INLINE_RANGE.exec(rest);
  }
  // (hl7md) A range label with words and no number in parentheses (`(Ref: see note)`, `(Reference range: varies with
  // cycle phase)`): the range is not given here — the row's comment, neither its range nor part of its value.
  const inWords = ref ? null : RANGE_IN_WORDS.exec(rest);
  if (inWords) {
    comment = inWords[1]!.trim();
    rest = `${rest.slice(0, inWords.index)} ${rest.slice(inWords.index + inWords[0].length)}`.trim();
  }
  /** (b66r) A status said of the range before its bounds in the parenthesis (RANGE_STATUS_LABEL): its side. */
  let statusSaid: ReturnType<typeof rangeStatusSide> | undefined;
  /** (b66r2) Words before the bounds that may be a status label, and the range's text as printed. */
  let labelled: { label: string; text: string } | undefined;
  /** (mend2) A side's status before a one-sided bound of the abnormal zone: the side, for the flag; no bounds. */
  let abnormalZone: ReturnType<typeof rangeStatusSide> | undefined;
  /** (mend3) The bound printed after that status: where the zone starts (flagOfAbnormalZone). */
  let zoneBound = '';
  if (ref) {
    rangeText = unlabelled((ref[1] ?? ref[2])!.trim());
    const status = RANGE_STATUS_LABEL.exec(rangeText);
    const boundsAfter = status ? rangeText.slice(status[0].length).trim() : '';
    // (mend2) The status before an age band (`(Within normal range: 40-49 years)`) gives no bounds: kept as printed. A
    // side's status before one bound on that side (`(Above normal range: > 150 mg/dL)`: where the abnormal zone starts)
    // neither: the text kept, the flag the status's (abnormalZone).
    if (status && AGE_BAND.test(boundsAfter)) {
      // kept as printed
    } else if (status && boundOfAbnormalZone(rangeStatusSide(status[1]!), boundsAfter)) {
      abnormalZone = rangeStatusSide(status[1]!);
      zoneBound = boundsAfter;
    } else if (status) {
      statusSaid = rangeStatusSide(status[1]!);
      rangeText = boundsAfter;
    } else {
      // (b66r2) Any other words ending in a colon before bounds that parse: a status label, decided against the value
      // once it is read (statusLabelOfBounds); the bounds meanwhile, so the row reads as with a bare range.
      const words = WORDS_BEFORE_BOUNDS.exec(rangeText);
      if (words && words[1]!.trim().split(/\s+/).length <= 8 && boundsOf(words[2]!) && !AGE_BAND.test(words[2]!)) {
        labelled = { label: words[1]!.trim(), text: rangeText };
        rangeText = words[2]!.trim();
      }
    }
    let after = rest.slice(ref.index + ref[0].length);
    // `(Ref: 30-100). Levels below 20 ng/mL indicate deficiency; …`: a sentence after the range is the row's comment.
    // (b66r2) So is prose set off by a dash or a comma (`… ng/mL) - this fits with the low hemoglobin.`, `…), which
    // suggests …`): three words or more that no flag word reads (`(…) - High` stays the row's flag).
    const prose = /^\s*(?:,|[-–—])\s+(\p{L}[\p{L}\p{M}'’-]*(?:\s+\S+){2,})$/u.exec(after);
    const sentence = /^\s*[.;]\s+(\S.*)$/.exec(after)
      ?? (prose && !normalizeFlag(prose[1]!) && !isStatusPhrase(prose[1]!) && !/\d/.test(prose[1]!) ? prose : null);
    if (sentence) {
      comment = comment ? `${comment}\n${sentence[1]!.trim()}` : sentence[1]!.trim();
      after = '';
    }
    rest = `${rest.slice(0, ref.index)} ${after}`.trim();
  }
  const tokens = tokenize(rest);
  if (!tokens.length || isDateToken(tokens[0]!) || COLLECTED.test(text) || REPORTED.test(text)) return null;
  // (labs36fix) `Tiempo de Coagulacion: 7 minutos 12 segundos`: a time in two units is one result, kept as printed (no
  // value in either unit alone); a range may follow it, nothing else. (labs36fix review) Only a test's time: a name the
  // catalog measures in seconds or minutes, a name of a clotting test's time (TIMED_TEST), or a name with its range on
  // the line or on the next line (`V.R.: 2 - 6`) — `Collected: 2 h 30 min`, `Ayuno: 12 horas 30 minutos` or
  // `Duración: 24 h 0 min` are a report's particulars, and a clock time (`Hora: 07 h 45 min`, `Time: 8 h 30 min`) never a
  // result.
  const duration = DURATION.exec(rest);
  if (duration) {
    // (labs36fix review) The range's short label (`VR 120 - 300`, `Ref: 5 - 10 min`) is no part of it.
    const after = rest.slice(duration[0].length).trim().replace(/^(?:v\.?\s?r\.?|v\.\s?ref\.?|ref\.?|ref(?:erence)?\s+range|range)\s*:?\s*(?=[<>≤≥]?\s*\d)/i, '');
    if (after && (rangeText || !readsAsRange(after))) return null;
    const range = rangeText ?? (after || undefined);
    const clock = CLOCK_NAME.test(name) || (/^0\d$/.test(duration[1]!) && /^h/i.test(duration[2]!));
    const following = clock ? undefined : next?.();
    const nextRange = following ? rangeOnItsLine(following) : undefined;
    const timed = (opts.measuresIn?.(name, 's') ?? false) || (opts.measuresIn?.(name, 'min') ?? false) || TIMED_TEST.test(foldName(name));
    if (clock || !(timed || range || (nextRange && readsAsRange(nextRange)))) return null;
    return { name, value: null, valueText: duration[0].replace(/\s+/g, ' '), ...(range ? { rangeText: range } : {}), ...(comment ? { comment } : {}) };
  }
  // (labsrob2) A value against a power of ten whose volume stands apart (`:6.37x10.e3 /uL`, `:7.2x10^3 /uL`): read as
  // parseRowLine reads it (powersWithTheirUnit: the value and the power with its volume, or the plain count where the
  // range is printed whole), not split at the `x` as a unit against the value.
  if (VALUE_AGAINST_POWER.test(tokens[0]!) && PER_VOLUME.test(tokens[1] ?? '')) {
    const read = powersWithTheirUnit(['_', ...tokens, ...(rangeText ? tokenize(rangeText) : [])]);
    tokens.splice(0, 2, read[1]!, read[2]!);
  }
  // (labsgap) Its exponent lost (`:7.2x10 /uL`): the value and the unit as printed (lostExponentJoined).
  if (POWER_WITHOUT_EXPONENT.exec(tokens[0]!)?.[1] && PER_VOLUME.test(tokens[1] ?? '')) tokens.splice(0, tokens.length, ...lostExponentJoined(['_', ...tokens]).slice(1));
  // (labsgap) A titre (`ANA: 1:40`, `ANA titer: 1:160  (<1:80)`): the answer as printed (titreRow).
  const titre = titreRow(['_', ...tokens], 1, name, opts, rangeText);
  if (titre) return { ...titre, name, ...(comment ? { comment } : {}) };
  const stuck = splitStuckUnit(tokens[0]!);
  if (stuck) tokens.splice(0, 1, ...stuck);
  // (A label's line is as often `Test: Complete Blood Count` or `Sex: Male`: only a test answered in words takes words.)
  const tail = parseTail(['_', ...tokens], 1) ?? wordedTail(rest, opts.answersInWords?.(name) ?? false);
  if (!tail || tail.hadPrevious) return null;
  const { hadPrevious: _p, ...row } = tail;
  // (fix9) Groups' ranges are kept as the line prints them, as on a row without its colon (asPrinted).
  if (GROUPS_READ.has(tail) && row.rangeText) row.rangeText = asPrinted(rest, row.rangeText);
  if (rangeText && row.rangeText) return null;
  const out: Omit<RawRow, 'line'> = { name, ...row, ...(rangeText ? { rangeText } : {}), ...(comment ? { comment } : {}) };
  // (labs42fix) `T3 Uptake: 29 (24-39%)`: a value printed without a unit, its range's bounds in per cent, is in per
  // cent (the unit printed with the range), as parseTail reads the same row without its colon.
  if (!out.unit && out.value !== null && rangeText && PERCENT_RANGE.test(rangeText.replace(/\s+/g, ''))) {
    out.unit = '%';
    out.percentFromRange = true;
  }
  // (b64) `White Blood Cell Count: 7.5 (4.0-10.0 K/uL) - Normal`, `Sodium: 139 (135-145 mmol/L)`: a value printed
  // without a unit, its range's parenthesis holding one after the bounds, is in that unit, as the same row without its
  // colon reads (rowWithUnitInRange) and a Quest row takes its range line's (unitFromRangeLine). The range keeps its
  // text as printed.
  else if (!out.unit && out.value !== null && rangeText) {
    const unit = unitInRangeParenthesis(name, out.value, rangeText, opts);
    if (unit) out.unit = unit;
  }
  // (b66r) The status printed before the range's bounds is the row's flag, where the bounds read and no flag of its
  // own is printed (flagOfRangeStatus).
  if (statusSaid && out.value !== null && !out.flag && rangeText && readsAsRange(rangeText)) out.flag = flagOfRangeStatus(statusSaid, out.value, rangeText);
  if (abnormalZone && out.value !== null && !out.flag && out.rangeText === rangeText) out.flag = flagOfAbnormalZone(abnormalZone, out.value, zoneBound);
  // (b66r2) Words ending in a colon before the bounds: a status label where statusLabelOfBounds says so — the bounds
  // the range, the flag the label's side where the flag words read one (labelSide), else the range's; otherwise the
  // range's text as printed, as before.
  if (labelled && rangeText && out.rangeText === rangeText) {
    if (out.value === null || !statusLabelOfBounds(labelled.label, out.value, rangeText)) out.rangeText = labelled.text;
    else if (!out.flag && labelSide(labelled.label)) out.flag = flagOfRangeStatus('outside', out.value, rangeText);
  }
  // (labs36fix) `%Eosinofilos :3.0 %`, `#NEUT :3.92 x10.e3/uL`: a `%` against the name is the percentage of the cells
  // it names, a `#` their absolute count — the bare name where the catalog knows it and the unit agrees (per cent, or
  // none, for `%`, as gluedUnitBeforeName reads `%Neutrophils`; a count per volume for `#`); otherwise the name keeps
  // its sign (`%LUC`, `#LUC`, or `#NEUT` without a count's unit: no percentage read for a count).
  const sign = /^([%#])(?=\p{L})/u.exec(m[1]!.trim())?.[1];
  if (sign) {
    const bare = cleanName(m[1]!.trim().slice(1));
    const ucum = out.unit ? toUcum(out.unit) : null;
    const fits = sign === '%' ? (!out.unit || ucum === '%') && (opts.measuresIn?.(bare, '%') ?? false)
      : isCountUcum(ucum) && (opts.knows?.(bare) ?? false);
    out.name = fits ? bare : `${sign}${bare}`;
    if (fits && sign === '%' && !out.unit) out.unit = '%';
  }
  // A qualitative answer (`Detected`, `Negative`, `No growth`, `A+`) is a result's, whatever the name.
  const qualitative = out.value === null && out.valueText !== undefined && !out.comparator;
  const evidence = out.rangeText || out.unit || out.flag || qualitative || (opts.knows?.(name) ?? false);
  return evidence && namedInLetters(name, opts) ? out : null;
}

/**
 * (b64) The unit printed after the bounds of a `Name:` line's parenthesised range (parseInlineRow), for a value printed
 * without one: a lab unit UCUM reads, under a name the catalog knows and measures in it (`Hemoglobin: 13.1 (12.0-16.0
 * fL)` takes none), the value on the range's scale within a factor of ten (`Glucose: 5.4 (70-99 mg/dL)`, in mmol/L,
 * takes none), never a dose's unit, and a time only for a test measured in one (rowWithUnitInRange's guards).
 */
function unitInRangeParenthesis(name: string, value: number, rangeText: string, opts: TextParseOptions): string | undefined {
  const unit = unitOfRangeLine(rangeText);
  if (!unit || !opts.knows?.(name) || DOSE_UNIT.test(unit) || !measuredIn(name, unit, opts)) return undefined;
  if (TIME_UNIT.test(unit) && !opts.measuresIn?.(name, unit)) return undefined;
  return onRangeScale(value, rangeText, undefined, 10) ? unit : undefined;
}

/**
 * A unit run against the capital that starts the name after it (`мкмоль/лБилирубин`, `Ед/лАСТ`, `%Гематокрит`,
 * `10^12/лЭритроциты`, `флСредний`): a unit with a slash or a per cent sign, or a Cyrillic unit word in lower case
 * before a capital (a Latin word could be the name's own first letters: `pHValue`, `mgCa`). `row`: the rest read as a
 * row, where finding the split already read it.
 */
function gluedUnitBeforeName(text: string, opts: TextParseOptions): GluedUnit | null {
  if (restsRead?.opts === opts) return gluedUnitSplit(text, opts);
  const outer = restsRead;
  restsRead = { opts, rows: new Map() };
  try {
    return gluedUnitSplit(text, opts);
  } finally {
    restsRead = outer;
  }
}

/** A unit run against a name: the unit, the text after it, and that text read as a row where the split read it. */
interface GluedUnit {
  unit: string;
  rest: string;
  row?: Omit<RawRow, 'line'> | null;
}

/**
 * The rests of a line already read as rows while its glued unit is looked for, and the options they were read with.
 * Each split of the first token reads the rest, whose own first token is split again: without them the same rests
 * were read over and over, twice as often for every unit a run of them grew by (`ab/ab/ab/…`: a line of 61 characters
 * took 0.5 s, one of 100 minutes). One line's, dropped when its read ends.
 */
let restsRead: { opts: TextParseOptions; rows: Map<string, Omit<RawRow, 'line'> | null> } | null = null;

/**
 * The longest unit read as run against a name in one case (`ммоль/лкалий`): twice the catalog's longest
 * (`mL/min/{1.73_m2}`). Every split of such a token is asked of UCUM, whose reading grows with the text: a token of
 * 2,000 characters with slashes in it took 5 s. A unit before a capital (`mg/dLGlucose`) is one question per line and
 * has no bound: an annotated unit (`U/L{37_degrees_celsius_ifcc_method}`) is longer than any bound's worth.
 */
const GLUED_UNIT_LONGEST = 32;

/** parseRowLine of a rest of the line gluedUnitBeforeName is splitting, once per rest. */
function restAsRow(rest: string, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  const rows = restsRead!.rows;
  if (!rows.has(rest)) rows.set(rest, parseRowLine(rest, opts));
  return rows.get(rest) as Omit<RawRow, 'line'> | null;
}

function gluedUnitSplit(text: string, opts: TextParseOptions): GluedUnit | null {
  const m = /^\s*(\S*?[^\s\p{Lu}])(?=\p{Lu}\p{L})(\S.*)$/u.exec(text);
  if (m && (/[%/]/.test(m[1]!) || /^[\u0430-\u044f]+$/.test(m[1]!)) && unitBeforeName(m[1]!)) return { unit: m[1]!, rest: m[2]! };
  // The same in one case (`ммоль/лкалий`, `МКМОЛЬ/ЛКРЕАТИНИН`): the unit ends where the rest is a name the catalog
  // knows by its words (not by an abbreviation in parentheses after them, which any split would keep).
  const first = /^\s*(\S+)/.exec(text)?.[1] ?? '';
  if (first !== first.toLowerCase() && first !== first.toUpperCase()) return null;
  for (let i = 1; i < Math.min(first.length, GLUED_UNIT_LONGEST + 1); i++) {
    const unit = first.slice(0, i);
    if (!/\p{L}/u.test(first[i]!) || !(/[%/]/.test(unit) || /^[\u0400-\u04ff]+$/.test(unit)) || !unitBeforeName(unit)) continue;
    const rest = text.trimStart().slice(i);
    const row = restAsRow(rest, opts);
    const name = row && withoutTrailingParenthesis(row.name);
    if (name && opts.knows?.(name)) return { unit, rest, row };
  }
  return null;
}

/**
 * Whether what is run against a name's front can be a unit: a UCUM unit with a letter in it, or a per cent sign
 * (`10^9/л`, `Ед/л`, `%`). A date or a fraction is none (`15/01/2024Vitamin D  32  30-100` is dated, not in `15/01/2024`).
 */
function unitBeforeName(unit: string): boolean {
  return (unit === '%' || /\p{L}/u.test(unit)) && Boolean(toUcum(unit));
}

/**
 * Whether a row's name is a name: Latin letters, or a name in another script the catalog knows (`Калий`, `Глюкоза`):
 * an unknown name without Latin letters (`心率`, a vital sign; `Дата`) is no result's.
 */
function namedInLetters(name: string, opts: TextParseOptions): boolean {
  return /[A-Za-z]/.test(name) || (/\p{L}/u.test(name) && (opts.knows?.(name) ?? false));
}

/**
 * A text without the footnote marks in square brackets (`[1]`, `[see note 2]`, `[Note 3]`): a bracket holds a range
 * only when it has bounds or a normal answer (`[Reference: 4.5-11.0 x 10^3/uL]`, `[Negative]`); a flag (`[H]`) stays,
 * and a unit (`7.5 [x10^3/uL]`) is the value's unit, printed without its brackets.
 */
function withoutFootnotes(text: string): string {
  return text.replace(/\[[^[\]]*\]/g, (bracket) => {
    const inner = bracket.slice(1, -1).trim();
    if (loneUnit(inner)) return ` ${inner} `;
    const ref = INLINE_RANGE.exec(bracket);
    return ref && ref[2] !== undefined && !boundedRange(ref[2]) ? ' ' : bracket;
  }).replace(/\s{3,}/g, '  ').trim();
}

/** A range text with bounds or a normal answer (`4.5-11.0 x 10^3/uL`, `>60`, `Negative`), not a note's number. */
function boundedRange(text: string): boolean {
  const r = parseReferenceRange(text.trim());
  return r.low !== undefined || r.high !== undefined || r.expected !== undefined;
}

/** Whether an inline range match has a label before its text (`(Ref: 30 mg/L)`, `[Normal: 25 ng/mL]`). */
function labelledRange(ref: RegExpExecArray): boolean {
  return !ref[0].slice(1).trimStart().startsWith((ref[1] ?? ref[2])!);
}

/** One number and a unit, nothing else (`30 mg/dL`): an amount, which no range is. */
function isLoneAmount(text: string): boolean {
  const t = tokenize(text);
  return t.length === 2 && /^-?\d/.test(t[0]!) && parseNumber(t[0]!) !== null && isUnitToken(t[1]!);
}

/** wordedAnswer() as a row's tail (a word answer never has a previous result). */
function wordedTail(text: string, named: boolean): Tail | null {
  const worded = wordedAnswer(text, named);
  return worded && { ...worded, hadPrevious: false };
}

/**
 * An answer in words (`Colour  Yellow`, `Color: Amber`, `Clarity: Slightly Cloudy`): one to three words and no number,
 * where the name allows one (`named`), is the test's result. A flag after the words is the row's flag (`Hazy H`,
 * `Dark Yellow Abnormal`), and words a column apart after the answer are the normal answer, its range (`Turbid   Clear`).
 */
function wordedAnswer(text: string, named: boolean): Omit<Tail, 'hadPrevious'> | null {
  const printed = text.trim();
  // (Letters of any alphabet: `lekko mętny`, `nieobecna`.)
  if (!named || !/^\p{L}[\p{L} -]{1,40}$/u.test(printed)) return null;
  const tokens = printed.split(/\s+/);
  // (A flag alone is the answer: `Color: Normal`.)
  const flag = tokens.length > 1 ? parseFlagToken(tokens[tokens.length - 1]!) : null;
  const [answer, normal, ...more] = (flag ? printed.slice(0, printed.lastIndexOf(' ')).trim() : printed).split(/\s{2,}/);
  const isWords = (t: string | undefined) => t === undefined || (/^\p{L}/u.test(t) && t.split(/\s+/).length <= 3);
  if (more.length || !isWords(answer) || !isWords(normal)) return null;
  // `Pending`, `Not Performed`, `See note`, `Test cancelled`: words in place of a result that is not there (the
  // caller's line then reads as such a row: a warning, as in a table).
  if (notAResultAt(answer!.split(/\s+/), 0)) return null;
  return { value: null, valueText: answer!, ...(normal ? { rangeText: normal } : {}), ...(flag ? { flag } : {}) };
}

function unread(line: SourceLine, code: 'unreadable-line' | 'text-not-read'): ParseWarning {
  return {
    code,
    message: code === 'unreadable-line' ? 'This line could not be read as a result' : 'This text is not a result and was not read',
    line: line.line,
    ...(line.page ? { page: line.page } : {}),
    text: line.text.trim().slice(0, 300),
  };
}

function joinsName(fragment: string, name: string, opts: TextParseOptions): boolean {
  // A parenthesis opened on the line above and closed on this one (`Free Thyroxine (Free` / `T4) 1.3 0.8 - 1.8`):
  // one name, even when its closing half alone reads as another test (`T4`).
  const open = (t: string) => (t.match(/\(/g)?.length ?? 0) - (t.match(/\)/g)?.length ?? 0);
  if (open(fragment) > 0 && open(name) < 0) return true;
  const joined = `${fragment} ${name}`;
  const knows = opts.knows;
  if (knows) {
    // (keysfix) Known as a whole, not through the name's bracket alone (`Some Heading` / `Folate (RBC)`; joinsThroughBracket).
    if (knows(joined) && !joinsThroughBracket(fragment, name, opts)) return true;
    if (knows(name)) return false;
  }
  // (robust) Nor is a name the catalog knows in urine (`color  YELLOW`, `appearance  CLEAR` under `PHYSICAL /
  // MACROSCOPIC`): in lower case as in capitals, it is a test's own name, not the end of the line above.
  if (opts.knowsInUrine?.(name) && !opts.knowsInUrine(joined)) return false;
  // A line that opens with a run of marks (`*++++ EXPLORATION D'UNE ANOMALIE LIPIDIQUE`, `=== Lipids`) is a heading
  // set off as one, never a name's first half.
  if (/^[*+=#~_]{2,}/.test(fragment)) return false;
  // (fixabg) An analyser's symbol (`cBase(Ecf)c`, `FO2Hb`: catalog.ts analyserSymbol, known or not) is a name whole.
  if (analyserSymbol(name.trim()) !== undefined) return false;
  // (labsrobfix) A rest that opens with a bracket (`Free T4 (Serum)` / `(direct dialysis)  1.2`) qualifies the name
  // above, whatever that line ends with: no name of its own.
  return /[,/(&-]$/.test(fragment) || /^\(/.test(name) || (/^[a-z]/.test(name) && !endsName(fragment));
}

/**
 * (labsrob) Whether a line of words is no first half of a name, so that a name in lower case under it (a report that
 * prints its names so, or one row so) is not its rest: a specimen's heading (`PLASMA`, `Serum`), a name closed by its
 * specimen in brackets (`Anti-Factor Xa Assay (Plasma)`), or a row of cells of its own (words apart by a column gap:
 * `Urine Protein Excretion      g/D      ( <0.15 )`, a row with no value).
 */
function endsName(fragment: string): boolean {
  const specimen = (t: string) => LABEL_BLOOD.test(foldName(t)) || /^urine$/.test(foldName(t));
  const closing = /\(([^()]+)\)$/.exec(fragment);
  // (labsrobfix) A column gap makes a row of cells only when what follows it reads as a cell: a double space inside a
  // name (`Lipoprotein  associated` / `phospholipase A2  150`, a justified PDF line) is no gap.
  const parts = fragment.split(/ {2,}|\t/).map((p) => p.trim()).filter(Boolean);
  return specimen(fragment) || Boolean(closing && specimen(closing[1]!)) || parts.slice(1).some(readsAsCell)
    // (fixabg) Nor an analyser's section heading (`Oximetry values` / `ctHb  13.1 g/dL`).
    || ANALYSER_SECTION_HEADING.test(fragment.trim());
}

/**
 * (labsrobfix) Whether a part of a line after a column gap reads as a row's cell: a unit (`g/D`), a range, bracketed or
 * not (`( <0.15 )`, `70-99`), a value alone (`5.4`), or words with a date or a time (`Collected 08:00`); not words of a
 * name (`associated`, `B12`).
 */
function readsAsCell(part: string): boolean {
  // (readfixB) The bracket's inside trimmed after the match, not by `\s*` around a lazy `(.*?)`: that retried every
  // split of a long run of spaces (no-break spaces from a PDF or a web page: 4,000 of them took 20 s).
  const inner = /^[([](.*)[)\]]$/.exec(part)?.[1]?.trim() ?? part;
  if (!inner) return false;
  if (loneUnit(inner) || readsAsRange(inner) || (/^\S+$/.test(inner) && parseValueToken(inner))) return true;
  return tokenize(part).some((t) => isDateToken(t) || (/\d/.test(t) && isTimeToken(t)));
}

/**
 * (labs39fix) A Unit column's cell of Latin letters alone that is none of the reader's word units, that the reader's
 * unit table does not map (UCUM's grammar alone may read it: `PR`, petaroentgen) and that the catalog does not measure
 * the row's test in (`PR`, an LLM's misreading of `pg` in `| TCMH | 29.0 | PR | 25.7-32.2 |`): no unit — the row is
 * read without one. A word the table maps stands (`wpw`, Polish per field); so does any cell under a name the catalog
 * does not know, and one that makes the name another quantity (`| Ht | 170 | cm |`, a height).
 */
function misprintedUnit(cell: string, name: string, value: number | null, opts: TextParseOptions): boolean {
  const t = cell.trim();
  if (!/^[A-Za-z]+$/.test(t) || isUnitToken(t) || !opts.knows?.(name) || opts.measuresIn?.(name, t) !== false) return false;
  // (A unit that says the row is no such test, `| Ht | 170 | cm |` a height, is kept: it is what tells.)
  if (opts.knowsAs && !opts.knowsAs(name, value, t)) return false;
  // (fix39b) An arbitrary unit (`AU`, `RU`, `EU`, `COI`, `CO`, `S`: an immunoassay's), and the front of a unit the catalog
  // measures the test in (`mm` of `mm/h` for the ESR, `nmol` of `nmol/L` for Lp(a)), are the printed unit.
  if (ARBITRARY_UNIT.test(t) || UNIT_TAILS.some((tail) => opts.measuresIn?.(name, `${t}${tail}`))) return false;
  // Only a cell UCUM's grammar reads as another unit (`PR`, petaroentgen) is a misprint; one it cannot read stands.
  const ucum = toUcum(t);
  return ucum !== null && ucum === t;
}

/** (fix39b) Arbitrary units of immunoassays, letters only: arbitrary, relative, ELISA units, cut-off indices. */
const ARBITRARY_UNIT = /^(?:AU|RU|EU|U|IU|UI|COI|CO|S|SCO|GPL|MPL|APL|index|ratio)$/i;

/** (fix39b) What may follow the front of a unit printed alone in its cell (`mm` → `mm/h`, `nmol` → `nmol/L`). */
const UNIT_TAILS = ['/L', '/l', '/dL', '/mL', '/h', '/hr', '/min', '/kg', '/mol', '/24h', '/d'] as const;

/**
 * (fix39b) Words that name a specimen or a report's section (in folded text): a line of them under a row is a heading,
 * never the rest of the row's name (`Urine` under `Glucose …`, `URINE` under `BILIRUBIN …`).
 */
const SPECIMEN_OR_SECTION = new RegExp(String.raw`\b(?:blood|whole blood|serum|plasma|venous|capillary|arterial|urine|urines|urinary|urinalysis|urin|harn|sang|sangre|sangue|chemistry|biochemistry|haematology|hematology|serology|immunology|${OTHER_SPECIMEN_WORDS})\b`);

/** (labs39fix) `NREF` printed after a word: a laboratory's mark that it gives no reference value of its own. */
const NO_REFERENCE = /(?<=\S)\s+NREF(?=\s|$)/gi;

/** (labs39fix) `Soit` ('that is', French): the name of a count printed under its percentage's row. */
const THAT_IS = /^soit\s*:?$/i;

/**
 * (labs39fix) Whether a line of words is printed in the case of a name it may continue: both in capitals, or neither
 * (`CONCENTRATION` under `MEAN CORPUSCULAR HEMOGLOBIN`; `FASTING PANEL` under `Glucose` is a heading).
 */
function sameCase(words: string, name: string): boolean {
  const capitals = (t: string) => /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t);
  return capitals(words) === capitals(name);
}

/**
 * (gluedcells) A row whose cells a PDF's text extraction ran together (pdf-parse, a viewer's copy: `Sodium
 * Lvl141mmol/L135-145`, `Estradiol44.1 pg/mL (H)7.6 - 42.6 pg/mL`, `eGFR (CKD-EPI)64mL/min/1.73m2>=60`, `Creatinine
 * Lvl1.31mg/dL0.70-1.30H`): a name the catalog knows, the value against it, a unit UCUM reads (a flag after it) and a
 * range, then nothing but the unit again or a flag — the line with its cells apart, as printed with spaces, or null.
 * Not where the name's last characters and the value's first digits may be one name (`Free T41.2ng/dL`, `Vitamin
 * B12450pg/mL`: the catalog knows `Free T4` and `Vitamin B12`), nor on a line printed with gaps between its cells.
 */
function ungluedCells(text: string, opts: TextParseOptions): string | null {
  const t = text.trim();
  if (!opts.knows || /\s{2}/.test(t) || !/[\p{L})\]][<>]?\d/u.test(t)) return null;
  // (Each place a letter or a bracket meets a value may end the name: `HbA1c5.9%4.0-5.6H` ends it after `HbA1c`.)
  for (let i = 1; i < t.length; i++) {
    if (!/[\p{L})\]]/u.test(t[i - 1]!) || !/[\d<>]/.test(t[i]!)) continue;
    const read = ungluedAt(t.slice(0, i), t.slice(i), opts.knows, opts.sameAnalyte);
    if (read) return read;
  }
  return null;
}

/** (gluedcells) ungluedCells' reading with the name ending before `tail`, or null. */
function ungluedAt(name: string, tail: string, knows: (name: string) => boolean, sameAnalyte?: (a: string, b: string) => boolean): string | null {
  const m = GLUED_VALUE.exec(tail);
  if (!m || !knows(name.trim())) return null;
  const [, comparator = '', value, rest] = m as unknown as [string, string | undefined, string, string];
  for (let k = 1; k <= value.length; k++) {
    const longer = `${name}${value.slice(0, k)}`;
    if (knows(longer) && !(sameAnalyte?.(name, longer) ?? false)) return null;
  }
  for (let p = 1; p < rest.length; p++) {
    const c = rest[p]!;
    if (!/[\d<>≤≥]/.test(c) || (/\d/.test(c) && /[\d.,^*Ee+xX-]/.test(rest[p - 1]!))) continue;
    const cell = GLUED_UNIT_FLAG.exec(rest.slice(0, p).trim());
    if (!cell || !isUnitToken(cell[1]!) || toUcum(cell[1]!) === null) continue;
    const range = GLUED_RANGE.exec(rest.slice(p));
    if (!range) continue;
    const after = range[2]!.trim();
    const unitAgain = after.startsWith(cell[1]!) ? after.slice(cell[1]!.length).trim() : after;
    if (unitAgain !== '' && parseFlagToken(unitAgain.replace(/^\((.+)\)$/, '$1')) === null) continue;
    return [name.trim(), `${comparator}${value}`, cell[1]!, cell[2] ?? cell[3] ?? '', range[1]!, after].filter((x) => x !== '').join('  ');
  }
  return null;
}
/** (gluedcells) A value against the name, then a unit's first character (after one space at most), and the rest. */
const GLUED_VALUE = /^([<>]=?)?(\d+(?:[.,]\d+)?)(?=\s?[\p{L}%µμ])(.*)$/u;
/** (gluedcells) A unit, then perhaps a flag in brackets or alone (`pg/mL (H)`, `% H`). */
const GLUED_UNIT_FLAG = /^(\S+?)(?:\s*(\([HL]{1,2}\))|\s+([HL]{1,2}))?$/;
/** (gluedcells) A range of two bounds or one bound with its comparator, and what follows it. */
const GLUED_RANGE = /^((?:[<>≤≥]=?\s*\d+(?:[.,]\d+)?)|(?:\d+(?:[.,]\d+)?\s*-\s*\d+(?:[.,]\d+)?))(.*)$/;

/** A row of the row layouts, or null. The name is everything before the first position where the rest reads as a row. */
export function parseRowLine(text: string, opts: TextParseOptions = {}, unitInRange?: string): Omit<RawRow, 'line'> | null {
  // The unit column run against the name (`ммоль/лКалий 4.78 3.50 - 5.10`, `10^9/лЛейкоциты (WBC) 5.76`, `%Гематокрит`:
  // a PDF's text extraction that put the right-hand unit column first, with no space): the row's unit.
  const glued = gluedUnitBeforeName(text, opts);
  if (glued) {
    // (The rest as a row: read already where the split was found by reading it.)
    const row = glued.row !== undefined ? glued.row : parseRowLine(glued.rest, opts);
    // A per cent sign is the unit only before a name the catalog measures in per cent, on a row that prints no other
    // unit (`%Neutrophils 60 40-75`); otherwise it is the name's own (`%Free Testosterone 2.1 % 1.5-4.2` is the free
    // fraction, not the free testosterone in ng/dL; `%Saturation`, `%Retic`), and the line is read as printed.
    if (glued.unit !== '%') return row && !row.unit ? { ...row, unit: glued.unit } : row;
    if (row && (!row.unit || toUcum(row.unit) === '%') && opts.measuresIn?.(row.name, '%')) return { ...row, unit: row.unit ?? glued.unit };
    // (The name's own, on a row that prints no unit, `%Saturation  25  20 - 50`: per cent is still what it is in.)
    if (row && !row.unit && row.value !== null && !row.valueText) return { ...row, name: `${glued.unit}${row.name}`, unit: glued.unit };
  }
  // (gluedcells) The cells of a row run together by a PDF's text extraction: read apart (ungluedCells).
  const apart = ungluedCells(text, opts);
  if (apart) {
    const row = parseRowLine(apart, opts, unitInRange);
    if (row && row.value !== null) return row;
  }
  // (labs36fix) `Value: 149 g/l`, `**value**: 149 g/l` with no name over it (the name's line lost, or never printed): a
  // card's value label names no test — no row `?Value` (parseInlineRow declines it as well).
  if (isValueLabel(text) || DIAGNOSIS_LABEL.test(text.trim())) return null;
  // (fixr85b) A numbered label before the row (`Tube No. 5  Glucose 5.4 mmol/L 3.9-5.5`, `Sample Nr. 12  Potassium …`:
  // the tube's or the sample's number, a column of its own): the row after it, where that reads with a name the catalog
  // knows and a unit. The label alone (`Tube No. 5`) or before words that read no such row reads as before.
  const numbered = NUMBERED_LABEL.exec(text);
  // (mend27, review cr22) Not a label that names the sample (`Urine No. 2  Protein 0.30 g/L`): the row after it would
  // read as the blood's test; the line reads as before.
  if (numbered && !NUMBERED_SPECIMEN.test(numbered[0])) {
    const after = parseRowLine(text.slice(numbered[0].length), opts, unitInRange);
    if (after && after.unit && opts.knows?.(after.name)) return after;
  }
  let tokens = temperatureJoined(trailingPointsRead(lostExponentJoined(powersWithTheirUnit(arrowsAfterValues(tokenize(text)))), opts), opts);
  // (labs45fix review) A diagnosis code (ICD-10's shape: `K01`, `D25`, `E11.9`) printed last, past the value and at
  // least one more cell (its unit or range: `Natrium  141  mmol/l  135 - 145  K01`), is the row's code, no unit: dropped.
  // Straight after the value (`Glucose  105  E11.9`) it is read as before (the unit's cell).
  const first = tokens.findIndex((t) => parseValueToken(t) !== null);
  if (tokens.length >= 4 && first >= 1 && tokens.length - 1 - first >= 2 && ICD10_CODE.test(tokens[tokens.length - 1]!)) tokens.pop();
  // (labs36fix) A time in two units (`7 min 12 s`, `:7 minutos 12 segundos`) is one duration (parseInlineRow reads it
  // after a colon): never its second number alone, with the first in the name.
  if (tokens.some((_, k) => DURATION.test(tokens.slice(k, k + 4).join(' ').replace(/^:/, '')))) return null;
  // `ESR (mm/h)  17/40  10/20`: two readings in one result (the first and second hour), kept as printed, with the
  // range as text — only under a name the catalog knows (a slash between numbers is also a date or a page).
  const paired = PAIRED_READINGS.exec(tokens.join(' '));
  if (paired && opts.knows?.(paired[1]!)) return { name: cleanName(paired[1]!), value: null, valueText: paired[2]!, ...(paired[3] ? { rangeText: paired[3] } : {}) };
  /**
   * (prose) What the split before token `i` reads once the name's gates let it through: undefined to go on to the next
   * split, else the line's reading (a row, or null: none).
   */
  const readAt = (i: number, name: string): Omit<RawRow, 'line'> | null | undefined => {
    // (wordratio) Two words about a slash where the value goes (`Cholesterol, Total/HDL  4.1  <5.0`, `PSA, Free/Total
    // 0.18`): the end of the name of a ratio, not a unit printed before the value, where the name with them is another
    // analyte the catalog knows. A unit UCUM reads (`mmol/L`) stays a unit.
    if (WORDS_ABOUT_SLASH.test(tokens[i]!) && toUcum(tokens[i]!) === null && opts.knows?.(`${name} ${tokens[i]}`)
      && !(opts.sameAnalyte?.(name, `${name} ${tokens[i]}`) ?? true)) return undefined;
    const arrow = oneReadForArrow(tokens, i, name, opts);
    if (arrow) return arrow;
    const led = flagBeforeValue(tokens, i, opts, unitInRange);
    if (led) return led;
    const status = statusBeforeValue(text, tokens, i, opts);
    if (status) return status;
    if (flagLedUnknown(tokens, i, opts)) return null;
    // (labs37fix review) An all-digit code after the unit (`1216`) may be dropped only where no header names a column
    // after the unit and no other number stands before the value: elsewhere it may be the result (`Test Limit Unit
    // Result`), and the row is not read rather than read with the other number.
    const digitsMayBeCode = !opts.columnAfterUnit && !tokens.slice(0, i).some((t) => parseValueToken(t) !== null);
    // (fix38b) A misprinted unit between the value and its range (labs38fix's `misprintedUnitRow`) is no longer read
    // without it: a token there is as often another scale's unit (`mM`, `uM`, `mmo`, `gl`, `K`) or a qualifier that
    // makes it another analyte (`PP`, `D`, `ion`, `HDL`) — the row reads nothing, as before labs38fix.
    // (Whether the catalog knows the name is asked only if the tail needs it: a name per word of every line, most of
    // them with no value after them, each a walk through the catalog's rules when it knows none.)
    // (fix53, review2) A grade with its plus first (`+ 2`, `+1`: tokens.ts qualitativeValueAt) is one answer after a
    // name answered as a strip's pad is (gradedWithPlusFirst). (leftfix) After another, glued or apart, it is what
    // plusFirstReading says, as in a table's cell: the grade against a range in words, the signed number against a
    // signed range (fix4: a unit after it no longer makes it one). (fix4) Else a plain number straight after it is the
    // row's value, under the name (`Sodium  +2  140  mmol/L  135-145`: sodium 140, the plus-first token dropped; leftfix
    // had dropped the line, and before it a later split had read `?Sodium +2`). Else the line reads nothing: a later
    // split would name the row with the plus (`CRP  +2  <5  mg/L` was `?CRP +2` 5, a range read as the value).
    const plus = tokens[i] === '+' && /^[1-4]$/.test(tokens[i + 1] ?? '') ? 2 : /^\+[1-4]$/.test(tokens[i]!) ? 1 : 0;
    let tail: Tail | null;
    if (plus && !gradedWithPlusFirst(name, opts)) {
      const knows = () => opts.knows?.(name) ?? false;
      const graded = parseTail(tokens, i, knows, digitsMayBeCode);
      const signed = parseTail([...tokens.slice(0, i), tokens[i + plus - 1]!.slice(-1), ...tokens.slice(i + plus)], i, knows, digitsMayBeCode);
      const later = PLAIN_NUMBER.test(tokens[i + plus] ?? '') ? parseTail([...tokens.slice(0, i), ...tokens.slice(i + plus)], i, knows, digitsMayBeCode) : null;
      if (graded && graded.value === null && PLUS_FIRST_GRADE.test(graded.valueText ?? '') && plusFirstReading(graded.rangeText) === 'grade') tail = graded;
      else if (signed && signed.value !== null && plusFirstReading(signed.rangeText) === 'number') tail = signed;
      else if (later && later.value !== null) tail = later;
      else return null;
    } else tail = parseTail(tokens, i, () => opts.knows?.(name) ?? false, digitsMayBeCode);
    if (!tail) return undefined;
    if (!tiersFit(tail, name, opts)) return undefined;
    const evidence = tail.unit || tail.rangeText || tail.flag || tail.hadPrevious || (opts.knows?.(name) ?? false);
    if (!evidence) return undefined;
    // (groups review) Groups' ranges (groupRangesAt) are a test's only under a name the catalog knows, in a unit it is
    // measured in or none: a dose's or a diet's amounts by population (`Paracetamol 500 mg Adults: 1-2`, `Calcium 1000
    // mg/day Adults: …`, `Vitamin D3 1000 IU …`) are no result.
    // (fix9) An ESR's millimetres (esrMillimetres: `VS 1h  12 mm  Homme : < 15 mm  Femme : < 20 mm`) are its unit.
    if (GROUPS_READ.get(tail) === 'groups' && !(tail.unit && esrMillimetres(name, tail.unit, opts))
      && (!opts.knows?.(name) || (tail.unit && !measuredIn(name, tail.unit, opts)))) return undefined;
    const { hadPrevious: _p, ...row } = tail;
    if (GROUPS_READ.has(tail) && row.rangeText) row.rangeText = asPrinted(text, row.rangeText);
    if (row.rangeText && spanOfTime(text, row.rangeText)) withoutRange(row);
    const rowName = abbreviationLed(withoutRowNumber(name, opts), opts);
    // (mend1) A word in brackets after the value is tried with the name, as a bracket after the name is: another
    // analyte, a word about the sample, or one that changes the analyte (unknown, or no row) — never silently the name's.
    const bracket = BRACKET_AFTER_VALUE.get(tail);
    const named = bracket && opts.nameWithBracket ? opts.nameWithBracket(rowName, bracket) : rowName;
    if (named === null) return null;
    return { name: named, ...row };
  };
  /** (prose) The gates that end the line's reading (`breaks` below) of splits that read nothing, not yet asked. */
  const unasked: (() => boolean)[] = [];
  // (redos3) Whether a number stands alone inside the name read so far (tokens 1 .. i - 1; the first word may be one),
  // asked of each word once as the name grows over it, not of the whole name again at each split.
  let numberInName = false;
  for (let i = 1; i < tokens.length; i++) {
    // A row is looked for at every word of a line, and each try reads the rest of it: past the longest name the catalog
    // is asked about (LONGEST_NAME, in characters — a letter-spaced name has a word per letter), no name follows (a
    // line of 1,600 short words cost 2.4 s).
    const printed = tokens.slice(0, i).join(' ');
    if (printed.length > LONGEST_NAME) break;
    if (i > 1 && !numberInName) numberInName = numberInsideName(tokens[i - 1]!, tokens[i - 2]!);
    const name = cleanName(printed);
    if (!namedInLetters(name, opts)) continue;
    // A parenthesis the name opens and does not close on a comparison (`Status: DEFICIENT (below  20 ng/mL)`): the
    // number is the sentence's, inside it, not a result. A name's own parenthesis left open (`Vitamin D (25-OH  30`,
    // a scan that lost the `)`, a name wrapped onto the next line) still has its value.
    if (OPEN_COMPARISON.test(name)) continue;
    // Prose that mentions a number (`… defined as a level below 20 ng/mL.`) is a comment, not a row.
    // (prose) Asked as the gates below are: where the split reads a row.
    const proseEnds = isProseName(name) ? () => !opts.knows?.(name) : null;
    const titre = titreRow(tokens, i, name, opts);
    if (titre) return unasked.some((b) => b()) || proseEnds?.() ? null : titre;
    // A number standing alone inside a name means the split is wrong (`LDL 1 3 4`); the first word may be one (`17 OH …`),
    // and an equation's year may follow its name (`EGFR CKD-EPI 2021`), and a name the catalog knows may end in its
    // own number (`IGF 1`, `CA 125`).
    // (prose) Whether the catalog knows the name with the number inside it or after it (`CA 125`, `Vitamin D 25 Hydroxy`)
    // is asked only where the split would read a row (or end the line's reading): a split that reads nothing goes on
    // to the next whatever the catalog says, and a line of prose asked the catalog about every name with its number
    // and the words after it, each a walk through all its rules (`the level of buffer 5 read and`, a name no test has).
    // A gate that ends the reading (`breaks`) and was not asked is asked when a later split reads a row: any that holds
    // makes the line read nothing, as it did when asked first.
    const gated = tokens;
    const at = i;
    const numbered = numberInName;
    const breaks = proseEnds || numbered ? () => Boolean(proseEnds?.()) || (numbered && !opts.knows?.(name) && !nameGoesOn(gated, at, opts)) : null;
    const skips = i < tokens.length - 1 && parseValueToken(tokens[i]!) ? () => namesOwnNumber(gated, at, name, opts) || nameGoesOn(gated, at + 1, opts) : null;
    // (labs50fix) A count's bare volume after its value (`Trombosit 261,000 uL 150,000 - 440,000`): per that volume.
    // The range after it is read only when the next token is a volume at all (the cheap test first: every value of
    // every split of every line comes here).
    // (labsleft) Or after the value's flag (`Platelets 450,000 H uL 150,000 - 400,000`: value, flag, unit, as parseTail
    // reads them; the flag was taken for a word of the unit's place before).
    const volumeAt = tokens[i + 1] === undefined ? -1 : isBareVolume(tokens[i + 1]!) ? i + 1
      : tokens[i + 2] !== undefined && isBareVolume(tokens[i + 2]!) && parseFlagToken(tokens[i + 1]!) ? i + 2 : -1;
    const counted = volumeAt > 0 ? parseValueToken(tokens[i]!) : null;
    const perVolume = counted ? perBareVolume(tokens[volumeAt]!, name, opts, counted.value, bareVolumeBounds(tokens.slice(volumeAt + 1).join(' '))) : null;
    // (prose) A count's volume read into the tokens (the later splits read them so): the gates asked first, as before.
    const asked = Boolean(perVolume);
    if (perVolume) {
      if (unasked.some((b) => b()) || breaks?.()) return null;
      unasked.length = 0;
      if (skips?.()) continue;
      tokens = [...tokens.slice(0, volumeAt), perVolume, ...tokens.slice(volumeAt + 1)];
    }
    const read = readAt(i, name);
    if (read === undefined) {
      if (!asked && breaks) unasked.push(breaks);
      continue;
    }
    if (!asked) {
      if (unasked.some((b) => b()) || breaks?.()) return null;
      unasked.length = 0;
      if (skips?.()) continue;
    }
    return read;
  }
  return null;
}

/**
 * A word inside a name (after its first) that is a number standing alone, the name split in the wrong place (`LDL 1
 * 3 4`): a value or a value with its unit against it — not a year after a name of letters and a dash (`EGFR CKD-EPI
 * 2021`, the equation's), the word before it `previous`.
 */
/**
 * (urinept) A temperature printed after a urine test's name (`Densidade a 15 ºC  1.018`, `Specific gravity at 15 C
 * 1.020`; OCR's `a 150 C`, its `º` read as a 0): the measurement's conditions, one word of the name (`15 ºC`), never the
 * row's value with `C` its unit. Only after `a`/`at`/`à` following a name the catalog knows in urine; the catalog drops it
 * from the name (catalog.ts AT_TEMPERATURE). (tempurine) Or in blood: an enzyme's `Alkaline phosphatase at 37 C`, a gas's
 * `pH a 37 ºC` — the catalog reads the name without it in either (matchName's atTemperature), the section says which.
 */
function temperatureJoined(tokens: string[], opts: TextParseOptions): string[] {
  const k = tokens.findIndex((t, j) => j >= 2 && /^\d{1,3}$/.test(t) && /^(?:a|at|à)$/i.test(tokens[j - 1]!) && /^[º°˚]?C\.?$/i.test(tokens[j + 1] ?? ''));
  if (k < 0) return tokens;
  const name = cleanName(tokens.slice(0, k - 1).join(' '));
  if (!opts.knowsInUrine?.(name) && !opts.knows?.(name)) return tokens;
  return [...tokens.slice(0, k), `${tokens[k]} ${tokens[k + 1]}`, ...tokens.slice(k + 2)];
}

function numberInsideName(word: string, previous: string): boolean {
  return Boolean((parseValueToken(word) && !(/^(19|20)\d{2}\]?$/.test(word) && /[A-Za-z]-?[A-Za-z]/.test(previous))) || splitStuckUnit(word));
}

/** (labsgap) The word of a titre: `… titre`, `… titer`, a Widal agglutination's. (gapfix) Ending the name, after a word. */
const TITRE_NAME = /\S\s+(?:titres?|titers?|widal|agglutinins?)$/i;

/**
 * (gapfix) Whether a name is a titre's: one the catalog answers in words (`ANA`, `Salmonella typhi O`), one ending in
 * its titre word (`ANA titre`, `ASO titer`) or in `agglutinins` (`Cold agglutinins`: a titre by nature), or `Widal`
 * before a name the catalog answers (`Widal Salmonella typhi H`).
 * Never with `:` or `,` inside it (`ANA: Positive, titre` is a sentence, `Widal test collected at` no test's name, and
 * `Titre` alone a dilution header).
 */
function namesTitre(name: string, opts: TextParseOptions): boolean {
  if (/[:,]/.test(name)) return false;
  if (opts.answersInWords?.(name) || TITRE_NAME.test(name)) return true;
  const widal = /^widal\s+(\S.*)$/i.exec(name);
  return !!widal && (opts.answersInWords?.(widal[1]!) ?? false);
}

/**
 * (labsgap) A titre after its name (`Salmonella typhi O  1:160`, `ANA  1:320  <1:80`, `ANA titre 1:160`): the answer
 * as printed (`valueText`), never the number 1 or 160. Only under a titre's name (namesTitre) and a doubling dilution
 * (reference-range.ts isTitreResult), and only with nothing after it but a printed flag and a titre after a comparison as the
 * range (`<1:80`; `Titre  1:20  1:40  1:80`, a dilution header, reads nothing). (gapfix) A range printed under its
 * label (`labelled`, an inline line's `(Ref: <1:80)`) is that range only with nothing but the flag between. A censored
 * titre (`<1:40`, `> 1:1280`: isCensoredTitre) is a result only with such a range after it (`ANA  <1:40  <1:80`); alone
 * (`ANA  <1:40`) it may be the range of a row whose result is missing, and reads nothing.
 */
function titreRow(tokens: readonly string[], i: number, name: string, opts: TextParseOptions, labelled?: string): Omit<RawRow, 'line'> | null {
  // A censored titre (`<1:40`, `> 1:1280`), the comparison glued or spaced: only with a titre's range after it (below).
  const comparison = (t: string | undefined) => t !== undefined && comparatorOf(t) !== undefined;
  const spaced = comparison(tokens[i]) && isCensoredTitre(`${tokens[i]}${tokens[i + 1] ?? ''}`);
  // (The dilution of a spaced censored titre, `< 1:80`, is no titre of its own: that titre or nothing.)
  if (!spaced && i > 0 && comparison(tokens[i - 1])) return null;
  const censored = spaced || isCensoredTitre(tokens[i] ?? '');
  if (!(censored || isTitreResult(tokens[i] ?? '')) || tokens.slice(0, i).some((t) => /\d:\d/.test(t)) || !namesTitre(name, opts)) return null;
  const valueText = spaced ? `${tokens[i]}${tokens[i + 1]}` : tokens[i]!;
  if (spaced) i++;
  let k = i + 1;
  const flag = k < tokens.length ? parseFlagToken(tokens[k]!) : null;
  if (flag) k++;
  // (A titre alone after it, `1:80  1:160`, may be a previous result or a threshold; an answer word, `Negative`, says
  // nothing of which titre is one: no row.)
  if (labelled !== undefined && k < tokens.length) return null;
  const rest = labelled ?? tokens.slice(k).join(' ');
  if (rest && !isTitreRangeOfResult(rest)) return null;
  // (A censored titre alone, `ANA  <1:40`, may be the range with no result printed: no row.)
  if (censored && !rest) return null;
  return { name, value: null, valueText, ...(rest ? { rangeText: rest } : {}), ...(flag ? { flag: tokens[i + 1]! } : {}) };
}

/** (labs52fix) A method in brackets, words only, then the value (`(Capillary photometry)14`, `(Westergren) 14 mm/hr`): the rest. */
const METHOD_LED_VALUE = /^\((?=[^()]*\p{L}{3})[^()\d]+\)\s*(\d.*)$/u;

/** (labs52fix) A note's number at the start of a line, glued to its first word or spaced (`2.Test …`, `3. ESR …`, `1) …`). */
const NUMBERED_NOTE = /^\s*\d{1,2}[.)]\s*(?=\p{Lu}\p{Ll})/u;

/**
 * (labs52fix) A name led by its abbreviation and a dash (`HCM-Hb Corpuscular Media`, `VCM-Volumen Corpuscular Medio`,
 * `CHCM-Conc.Hb Corpuscular Media`): where the catalog does not know the whole, the full name when it knows it (no
 * longer the abbreviation alone: review1). Only capitals (two to six) before the dash and a capital after it: a
 * hyphenated name (`Anti-TPO`, `HbA1c-IFCC`, `RDW-SD`, `Pro-BNP`) is the catalog's to read as printed. On a line all in
 * lower case, only an abbreviation that is the full name's initials (`hcm-hb corpuscular media`; robustdelta).
 */
function abbreviationLed(name: string, opts: TextParseOptions): string {
  // A line printed all in lower case (`hcm-hb corpuscular media`, as a lower-casing export or OCR gives it) loses the
  // capitals that mark the abbreviation: there the abbreviation must be the full name's initials.
  const lower = !/\p{Lu}/u.test(name);
  const m = (lower ? /^([a-z]{2,6})-(\p{Ll}[\p{L}\p{M}.]*(?:\s+\S+)+)$/u : /^([A-Z]{2,6})-(\p{Lu}[\p{L}\p{M}.]*(?:\s+\S+)+)$/u).exec(name);
  if (!m || !opts.knows || opts.knows(name)) return name;
  if (lower && m[2]!.split(/[\s./-]+/).filter(Boolean).map((w) => w[0]!.toUpperCase()).join('') !== m[1]!.toUpperCase()) return name;
  // (set 8) A full name is two words at least outside its brackets: one letter and a bracket after the dash (`HDL-P
  // (Total)`, an NMR panel's HDL particle number) is the whole name's abbreviation, no name of its own — read as `P
  // (Total)` it was stored as phosphorus.
  if (m[2]!.replace(/\([^()]*\)/gu, ' ').trim().split(/\s+/u).length < 2) return name;
  // (review1) The full name only, never the abbreviation alone: initials that happen to be a known abbreviation over a
  // name the catalog does not know (`RF-Random Factor`, `tg-total glutathione`) are no rheumatoid factor or
  // triglycerides — a wrong biomarker is worse than an unknown one.
  return opts.knows(m[2]!) ? m[2]! : name;
}

/** (fixr85b) A label of one or two words, a number sign (`No.`, `Nr.`, `Nº`, `#`) and its number, before a name. */
const NUMBERED_LABEL = /^\s*\p{L}[\p{L}.]*(?: \p{L}[\p{L}.]*)?\s+(?:No\.?|Nr\.?|N[º°]\.?|#)\s?\d{1,6}\s+(?=\p{L})/u;

/** (mend27) A sample's word other than blood's in a numbered label (`Urine No. 2`, `Harn Nr. 1`, `Stool #3`, `CSF No. 1`). */
const NUMBERED_SPECIMEN = /\b(?:urine|urin|harn|orina|urina|stool|faeces|feces|stuhl|csf|liquor|sputum|semen|saliva|fluid)\b/i;

/** Words after a number that make it a part of the name (a time, a count, an order: `2 h Glucose`, `24 Hour Urine`, `1st …`). */
const NUMBER_OWNING_WORD = /^(?:h|hr|hrs|hours?|mins?|minutes?|d|days?|x|st|nd|rd|th|%)(?![\p{L}])/iu;

/**
 * A numbered table's row number before the name (`2 E2 雌二醇 ↑69.01 …`, `3 Testo 0.66 …`): no part of it. Only where
 * the catalog knows the name without the number and not with it (`17 OH Progesterone`, `25 OH Vitamin D` keep theirs),
 * and the number is no time or count of the name's (`2 h Glucose`).
 */
function withoutRowNumber(name: string, opts: TextParseOptions): string {
  const m = /^\d{1,3}\s+(\p{L}.*)$/u.exec(name);
  if (!m || !opts.knows || NUMBER_OWNING_WORD.test(m[1]!) || opts.knows(name) || !opts.knows(m[1]!)) return name;
  return m[1]!;
}

/**
 * Flag words printed between a name and its value (`CRP = H 7.60`, `Serum iron level LO 8`): upper case only. A
 * letter alone only after an equals sign (`Test H 7.60` may be a table's H column, or a name's own letter).
 */
const FLAG_BEFORE_VALUE = /^(?:H|L|A|HI|LO|HH|LL)$/;
const FLAG_WORD_BEFORE_VALUE = /^(?:HI|LO|HH|LL)$/;

/**
 * A flag printed before the value (`CRP = H 7.60 (<3.0 mg/L)`, `WBC LO 3.58`, as UK private laboratories and GP
 * records print one): the row's flag, not the name's last word. Only where the catalog knows the name without the
 * letters and not with them (`Factor H`, `Vitamin H` keep theirs), and a value follows; a flag after the value that
 * says otherwise leaves the line unread.
 */
function flagBeforeValue(tokens: readonly string[], i: number, opts: TextParseOptions, unitInRange?: string): Omit<RawRow, 'line'> | null {
  const at = flagLettersBefore(tokens, i);
  if (!at) return null;
  const { equals, letters } = at;
  const name = cleanName(tokens.slice(0, equals ? i - 2 : i - 1).join(' '));
  // (labs44fix) A single `H`/`L` after a name the catalog knows without it (`Glucose H 6.42 mmol/l 3.3-6.0`, Bulgarian
  // PDF lines) is the flag too, when a lab unit follows the value and a numeric range, if printed, agrees with it.
  // (b61) And a single `A` (abnormal: LifeLabs' printed `Test | Flag | Result | Reference Range - Units`, `Platelet Count
  // A 128 150-400 10*9/L`), on the same terms but with the value outside a printed numeric range, on either side.
  const single = !equals && opts.knows?.(name) === true && (letters === 'H' || letters === 'L' || letters === 'A');
  if (!(equals || single || (opts.knows?.(name) && FLAG_WORD_BEFORE_VALUE.test(letters)))) return null;
  if (opts.knows?.(cleanName(tokens.slice(0, i).join(' ')))) return null;
  const tail = parseTail([...tokens.slice(0, i - 1), ...tokens.slice(i)], i - 1);
  if (!tail || tail.hadPrevious || (tail.flag && normalizeFlag(tail.flag) !== normalizeFlag(letters))) return null;
  if (single && !singleFlagLetterAgrees(letters, tail.value ?? null, tail.comparator, tail.unit, tail.rangeText)) return null;
  // (labs44fix review) Not a haemoglobin's variant letter (`Hemoglobin H 2 %`, HbA/C/E/F/H/S: the letter is the name's),
  // and only in a unit the catalog measures the name's test in (haemoglobin in `%` is no total haemoglobin).
  // (fixr79) A unit the catalog does not measure the name in is no bar where a numeric range is printed and the value
  // lies on the letter's side of it (singleFlagLetterAgrees: `Anti thyroglobulin abs H 978 (<115) kU/L`, an antibody in
  // kU/L where the catalog prints IU/mL): the range says the letter is the flag.
  const ranged = (() => { const r = parseReferenceRange(tail.rangeText); return r.low !== undefined || r.high !== undefined; })();
  if (single && ((HAEMOGLOBIN_NAME.test(name) && HAEMOGLOBIN_VARIANT_LETTER.test(letters)) || (opts.measuresIn && !opts.measuresIn(name, tail.unit ?? '') && !ranged))) return null;
  // (A name the catalog does not know needs a lab unit, after the value or inside the range (`unitInRange`, from
  // rowWithUnitInRange): `x = L 5`, `Level = H 4 (2 - 3)` and `Level = H 4 (2 - 3 min)` are no results — labsfix3132.)
  if (!opts.knows?.(name) && !isLabUnit(tail.unit ?? unitInRange)) return null;
  const { hadPrevious: _p, ...row } = tail;
  return { name: withoutRowNumber(name, opts), ...row, flag: tail.flag ?? letters };
}

/**
 * (status) A name's line that ends in a status in words a column apart (flags.ts isStatusWords; Everlywell's card:
 * `Free T4                 NORMAL`, `Free T3                 ABOVE NORMAL`, the value on the line under it): the name
 * and the status. Only where the catalog does not know the whole line as a name, and letters are left before the gap;
 * null for any other line.
 */
function statusEndingName(text: string, opts: TextParseOptions): { name: string; status: string } | null {
  const m = /^(.*\S)(?:\t| {2,})\s*(\S(?:.*\S)?)\s*$/.exec(text.trim());
  if (!m || !/\p{L}/u.test(m[1]!) || / {2,}|\t/.test(m[2]!) || !isStatusWords(m[2]!)) return null;
  const name = m[1]!.trim();
  if (opts.knows?.(cleanName(text))) return null;
  return { name, status: m[2]!.replace(/\s+/g, ' ') };
}

/**
 * (status) A status in words printed in a cell of its own between the name and the value (`b-Pregnanediol   Low   243
 * ng/mg   600 - 2000`, `Testosterone   Within range   4.1   ng/mg   2.3 - 14`: a DUTCH urine hormone table's result
 * column; `Ferritin   High   410   ng/mL`): the row's flag, never the end of its name (flags.ts isStatusWords). Only
 * with a column gap on both sides of it (two spaces or a tab: `b-Pregnanediol Low 243` may be a name's own word), a
 * name before it the catalog does not know with the word (as flagBeforeValue asks), and a unit after the value — or a
 * range under a name the catalog knows (`INR   High   1.8   0.8 - 1.2`; `Ratio   Normal   3.2   <5.0`, neither, may be
 * a name's own word and stays the name's, as before). The printed range decides where the word names no side or
 * another (flags.ts phraseGivesWay: `Normal` beside a value below its range is low). A flag after the value that says
 * another side leaves the line unread (flags.ts statusBesideFlag): a contradiction is not guessed at, and the word is
 * no name's either. Null where the line is no such row.
 */
function statusBeforeValue(text: string, tokens: readonly string[], i: number, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  if (i < 2 || !/^\p{L}{2,}$/u.test(tokens[i - 1]!) || !(parseValueToken(tokens[i]!) || splitStuckUnit(tokens[i]!))) return null;
  let span = 0;
  for (let s = Math.min(5, i - 1); s >= 1 && !span; s--) if (isStatusWords(tokens.slice(i - s, i).join(' '))) span = s;
  if (!span) return null;
  const phrase = tokens.slice(i - span, i).join(' ');
  // The phrase a cell of its own, the value's cell after it.
  const cells = text.split(/\t| {2,}/).map((c) => c.trim().replace(/\s+/g, ' ')).filter(Boolean);
  const at = cells.indexOf(phrase);
  if (at < 1 || cells[at + 1]?.split(' ')[0] !== tokens[i]) return null;
  const name = cleanName(tokens.slice(0, i - span).join(' '));
  if (!namedInLetters(name, opts) || opts.knows?.(cleanName(tokens.slice(0, i).join(' ')))) return null;
  const known = () => opts.knows?.(name) ?? false;
  const tail = parseTail([...tokens.slice(0, i - span), ...tokens.slice(i)], i - span, known);
  if (tail && !tiersFit(tail, name, opts)) return null;
  if (!tail || tail.hadPrevious || tail.value === null || !(tail.unit || (tail.rangeText && known()))) return null;
  const { hadPrevious: _p, ...row } = tail;
  if (!flagBesideStatus(row, phrase)) return null;
  return { name: withoutRowNumber(name, opts), ...row };
}

/** (labs44fix review) A haemoglobin's name a variant's letter may follow (`Hemoglobin H`, `Hb S`): HbA, HbC, HbE, HbF, HbH, HbS. */
const HAEMOGLOBIN_NAME = /^(?:h(?:a)?emoglobin|hb|хемоглобин|гемоглобин)$/i;
const HAEMOGLOBIN_VARIANT_LETTER = /^[ACEFHS]$/;

/**
 * (labs44fix) A single flag letter before the value: read as one only with a lab unit after the value, and, where a
 * numeric range is printed, with the value on the side of it the letter says (`Glucose H 6.42 mmol/l 3.3-6.0`). (b61)
 * `A`, which names no side, only with a numeric range printed and the value outside it.
 */
function singleFlagLetterAgrees(letters: string, value: number | null, comparator: RawRow['comparator'], unit: string | undefined, rangeText: string | undefined): boolean {
  if (!isLabUnit(unit) || value === null) return false;
  const range = parseReferenceRange(rangeText);
  if (range.low === undefined && range.high === undefined) return letters !== 'A' && (!rangeText || range.expected === undefined);
  const flag = flagFromRange(value, comparator, undefined, range);
  if (letters === 'A') return flag === 'high' || flag === 'low';
  return flag === (letters === 'H' ? 'high' : 'low');
}

/** A unit a lab reports in: a time (`min`, `h`, `days`) is how long something lasted as well. */
const isLabUnit = (unit: string | undefined): boolean => Boolean(unit?.trim()) && !TIME_UNIT.test(unit!.trim());

/**
 * `Level = H 4 (2 - 3)`, `Score = L 2`: flag letters after an equals sign and before a value, under a name the catalog
 * does not know and with no lab unit (flagBeforeValue declined it) — a score or a grade as well as a result, and which
 * the line does not say: it reads no row (not one named `Level = H` either), as a doubtful row is dropped (labsfix3132).
 */
function flagLedUnknown(tokens: readonly string[], i: number, opts: TextParseOptions): boolean {
  if (i < 3 || !flagLettersBefore(tokens, i)?.equals || !opts.knows) return false;
  return !opts.knows(cleanName(tokens.slice(0, i - 2).join(' '))) && !opts.knows(cleanName(tokens.slice(0, i).join(' ')));
}

/**
 * Flag letters (FLAG_BEFORE_VALUE) just before the value at token `i`, and whether an equals sign stands before them
 * (`Anti-Thyroglobulin Abs = H >4000`: it ends the name, known or not; there the letters may be in lower case,
 * `crp = h 5.40`, as a name typed or converted in lower case prints them); null when there are none.
 */
function flagLettersBefore(tokens: readonly string[], i: number): { equals: boolean; letters: string } | null {
  if (i < 2 || !(parseValueToken(tokens[i]!) || splitStuckUnit(tokens[i]!))) return null;
  const equals = tokens[i - 2] === '=';
  const letters = equals ? tokens[i - 1]!.toUpperCase() : tokens[i - 1]!;
  // (b61) `A` only without an equals sign (flagBeforeValue's single letter): `Level = A 4` stays as it was read.
  if (equals && letters === 'A') return null;
  return FLAG_BEFORE_VALUE.test(letters) ? { equals, letters } : null;
}

/**
 * `PRL 垂体泌乳素 1 33.76 2.7-15.2 ng/ml`: an up arrow in the flag column before the value that OCR read as the digit
 * one. Read so only where nothing else makes sense of the line: a `1` alone between a name the catalog knows (a row
 * number before it aside) and a value with a numeric range, the value above the range's upper bound (what the arrow
 * says) — a `1` that were the result would leave the next number without a place. And only in a report that prints
 * arrows on other rows under no previous result's column (printsArrowsOnly): elsewhere `TSH 1 5.6 0.4-4.0` is a result
 * of 1 with an earlier result or a second reading after it, and the line stays unread rather than read wrong.
 */
function oneReadForArrow(tokens: readonly string[], i: number, name: string, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  if (!opts.arrowMayReadAsOne || tokens[i] !== '1' || i + 2 >= tokens.length || !parseValueToken(tokens[i + 1]!)) return null;
  const known = withoutRowNumber(name, opts);
  if (!opts.knows?.(known)) return null;
  const tail = parseTail(tokens, i + 1);
  if (!tail || tail.flag || tail.hadPrevious || tail.value === null || tail.comparator || !tail.rangeText) return null;
  const high = parseReferenceRange(tail.rangeText).high;
  if (high === undefined || tail.value <= high) return null;
  const { hadPrevious: _p, ...row } = tail;
  return { name: known, ...row, flag: '↑' };
}

/**
 * Words that make a name a label over a conclusion rather than a test's, in English and the European reports'
 * languages (accents folded): an overall, final or previous result, an interpretation, a conclusion, a summary, an
 * impression, a comment or an observation (`Overall interpretation`, `Final result`, `Conclusie`, `Conclusión`,
 * `Observação`, `Previous HBsAg`). A label when the name starts with one, or ends with one of those that sum up.
 */
const LABEL_FIRST = /^(?:overall|final|previous|prior|interpretation|conclusions?|summary|impression|comments?|observations?|remarks?|notes?|algemeen|eind|definitief|vorige|eerdere|interpretatie|conclusie|samenvatting|indruk|commentaar|opmerkingen|opmerking|general|geral|global|globale|complessivo|definitivo|finale|definitif|definitive|anterior|previo|precedente|precedent|anterieur|anterieure|interpretacion|interpretacao|interpretazione|conclusion|conclusao|conclusione|resumen|resumo|riepilogo|sommario|resume|synthese|impresion|impressao|impressione|comentarios?|commento|commenti|commentaires?|observacion|observaciones|observacao|observacoes|osservazioni|osservazione|remarques?|nota)$/;
const LABEL_LAST = /^(?:interpretation|conclusions?|summary|impression|comments?|interpretatie|conclusie|samenvatting|interpretacion|interpretacao|interpretazione|conclusion|conclusao|conclusione|resumen|resumo|riepilogo|resume|synthese)$/;
/**
 * (b62 review) The same labels in Vietnamese, two words each (folded: `Kết luận` a conclusion, `Kết quả` a result,
 * `Nhận xét` a remark, `Ghi chú` a note, `Bình luận` a comment, `Đánh giá` an assessment): a label when the name starts
 * with one (`Kết luận: Dương tính`, as `Conclusion: Positive`).
 */
const LABEL_FIRST_VI = /^(?:ket luan|ket qua|nhan xet|ghi chu|binh luan|danh gia)$/;
/** A screening named alone (`Screening`, `- Screening`, `Dépistage`): a heading's word, not a test (`Drug screen` names one). */
const SCREENING_ALONE = /^(?:screening|screen|depistage|cribado|rastreio|rastreamento)$/;
/**
 * What a report prints beside its results with an answer of the same words, that no laboratory measured in the patient:
 * the run's controls (`Internal control  Detected`, `Positive control  Positive`), the family's history, the specimen's
 * own integrity, quality or appearance (`Sample integrity  Satisfactory`, `Specimen appearance  Clear`). (A specimen's
 * adequacy is an answer the issue lists: `Specimen adequacy  Adequate` stays a row.)
 */
const NOT_THE_PATIENTS = /\b(?:internal|positive|negative|extraction|amplification|inhibition) control\b|\bcontrol(?:e|o)? (?:interno|interne|positi\w*|negati\w*)\b|\bfamily history\b|\bantecedentes familiares\b|\bantecedents familiaux\b|\b(?:sample|specimen|echantillon|muestra|amostra|campione) (?:integrity|quality|appearance|qualite|calidad|qualidade|qualita)\b/;
/** Words of a name that asks how something looks: only such a name takes an aspect word (`Clear`, `Limpide`) for an answer. */
const APPEARANCE_NAME = /\b(?:aspect|aspects|appearance|aspecto|aspetto|aussehen|clarity|limpidez|limpidite|liquide|liquido|fluid|serum|serique)\b/;
/** A lower-case word no name ends with: a verb or a function word, the middle of a sentence (`The antibody screen was`). */
const SENTENCE_END = /^(?:was|is|were|are|be|been|being|states|stated|shows|showed|shown|reports|reported|reads|remains|remained|appears|appeared|seems|seemed|found|noted|revealed|the|a|an|of|and|or|to|for|with|by|as|at|on|in|not)$/;

/**
 * A name and a qualitative answer in words the reader knows (`Negative`, `Negatief`, `Limpide`, `No growth`), printed a
 * column apart with nothing else on the line, inside a table (`readRows` asks only there: a Markdown, HTML or CSV
 * table's cells, or fixed-width text under a header that names a result column): a row, whatever the name — the word
 * says a result is there, as a unit or a range does. Outside a table such a line is as often a label, a legend, a
 * sentence, a control or an examination's finding (`Overall interpretation  Negative`, `P  Positive`, `Patient states
 * Positive`, `Lungs  Clear`), and no row. Only for a name the catalog knows neither in blood nor in urine (one it knows
 * answers in words as its section allows), of three letters at least and not opened by a digit or a comparator (a
 * legend's `P`, an interpretation's `>=1.10 index`); not a heading (one word in capitals: `SEROLOGY`), nor ending with a
 * verb or a function word (`Hepatitis B surface antigen was`), nor a column's or a note's label (`Interpretation`,
 * `Result`, `Haemolysis`, `Final result`, `Conclusie`), nor the run's controls, the family's history or the specimen's
 * quality (`NOT_THE_PATIENTS`), nor a name that is itself two columns (`Nitritos  Negativo  Neg.`: a result and a
 * previous one). An aspect word (`Clear`) answers only a name that asks how something looks (`APPEARANCE_NAME`).
 */
/**
 * (fixige) A name of an immunofluorescence's pattern (`ANA Pattern`, `IIF pattern`, `Staining pattern`). (mend16,
 * review cr10) Only a name that says the staining or the antibody it is of (`ANA`, `ANCA`, `HEp-2`, `IIF`, `IFA`,
 * `antinuclear`, `fluorescence`, `staining`): `Urine pattern  Mixed`, `Growth pattern  Diffuse` are no results.
 */
const PATTERN_NAME = /\b(?:ana|anf|anca|c-?anca|p-?anca|ama|asma|hep-?2|iif|ifa|ift|if|antinuclear|anti-?nuclear|nuclear|cytoplasmic|antibod(?:y|ies)|immunofluorescen\w*|fluorescen\w*|stain(?:ing)?)\b.*\bpattern(?:\s*\d{1,2})?$/i;
/**
 * (mend17, review cr11) Any name of a pattern (`Pattern`, `Pattern 2`, `AC pattern`, `Primary pattern`, `SMA pattern`,
 * `DFS pattern`: under an ANA its name says no more than that), a number after it allowed.
 */
const ANY_PATTERN_NAME = /(?:^|\b)pattern(?:\s*\d{1,2})?$/i;
/**
 * (fixige) An immunofluorescence's pattern (`Speckled`, `Fine speckled`, `Homogeneous`, `Nucleolar`, `Speckled and
 * nucleolar`): its answer in words. (mend17, review cr11) A staining pattern's own word (IF_PATTERN_DISTINCT: no other
 * pattern is speckled, nucleolar or perinuclear) answers any pattern's name (ANY_PATTERN_NAME); a vague word alone
 * (IF_PATTERN_VAGUE: `Mixed`, `Diffuse`, `Granular`, which a urine's, a growth's or a bleeding's pattern is too)
 * answers only a name that says the immunofluorescence (PATTERN_NAME).
 */
const IF_PATTERN_MODIFIER = String.raw`(?:(?:fine|coarse|dense fine|fine granular|large|discrete|multiple)\s+)?`;
const IF_PATTERN_DISTINCT_WORD = String.raw`(?:speckled|homogene?ous|nucleolar|centromere|cytoplasmic|peripheral|rim|membranous|nuclear dots?|mitotic|perinuclear|atypical(?:\s+(?:[pcx]-?)?anca)?|[pc]-?anca)(?:\s*\((?:[pcx]-?anca|perinuclear|cytoplasmic)\))?`;
const IF_PATTERN_VAGUE_WORD = String.raw`(?:mixed|diffuse|granular)`;
const IF_PATTERN_WORD = String.raw`${IF_PATTERN_MODIFIER}(?:${IF_PATTERN_DISTINCT_WORD}|${IF_PATTERN_VAGUE_WORD})`;
const IF_PATTERN = new RegExp(String.raw`^${IF_PATTERN_WORD}(?:\s*(?:,|and|\+|\/|&)\s*${IF_PATTERN_WORD})?$`, 'i');
const IF_PATTERN_DISTINCT = new RegExp(String.raw`(?:^|[\s,+/&])${IF_PATTERN_MODIFIER}${IF_PATTERN_DISTINCT_WORD}(?=$|[\s,+/&])`, 'i');
/** (mend17) A pattern's name answered in a pattern's words: a distinctive word under any pattern's name, a vague one under an immunofluorescence's. */
function patternAnswered(name: string, answer: string): boolean {
  if (answer.length > 60 || !IF_PATTERN.test(answer)) return false;
  return PATTERN_NAME.test(name) || (ANY_PATTERN_NAME.test(name) && IF_PATTERN_DISTINCT.test(answer));
}

function answerApart(text: string, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  const cells = text.trim().split(/\s{2,}|\t/);
  const answer = cells[1]?.trim() ?? '';
  const pattern = cells.length === 2 && patternAnswered(cells[0]!.trim(), answer);
  if (cells.length !== 2 || !(isQualitativeAnswer(answer) || pattern)) return null;
  const name = cleanName(cells[0]!);
  // (mend17) A pattern's number (`Pattern 2`) is no value.
  if ((name.match(/\p{L}/gu)?.length ?? 0) < 3 || /^[\d<>≤≥=]/.test(name) || (parseValueToken(tokenize(name).at(-1) ?? '') && !(pattern && ANY_PATTERN_NAME.test(name))) || isProseName(name)) return null;
  if (opts.knows?.(name) || opts.knowsInUrine?.(name) || isHeaderWords(name) || namesNoResult(name) || commentKind(`${name}:`)) return null;
  const words = name.split(/\s+/);
  if (words.length === 1 && name === name.toUpperCase() && /\p{Lu}/u.test(name)) return null;
  if (labelAnswered(name)) return null;
  if (isAspectAnswer(answer) && !APPEARANCE_NAME.test(foldedName(name))) return null;
  return { name, value: null, valueText: answer };
}

/**
 * (labs52fix) A colour answer, then the colour its range prints, on a text line (`Colour  Pale yellow  Light Yellow`,
 * `Color Yellow Yellow`): the result and its range, as a table's cells read them — under a name the catalog answers
 * in colours (answerKind `color`: a urine's colour), both sides colour words (isColourAnswer), split where both are.
 */
function colourAgainstColour(text: string, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  const words = text.trim().split(/\s+/);
  if (words.length < 3 || words.length > 8) return null;
  for (let i = 1; i <= Math.min(3, words.length - 2); i++) {
    const name = cleanName(words.slice(0, i).join(' '));
    if (opts.answerKind?.(name, true) !== 'color') continue;
    // (b67u2) Where the line prints a column gap after the name, the answer and the range split at the gap (`Colore
    // giallo paglierino     giallo paglierino`, `Couleur   Jaune foncé   Jaune`: two-word colours read whole); else
    // the split where both halves are one colour printed twice, else the first where both are colours.
    const splits: number[] = [];
    for (let k = i + 1; k < words.length; k++) if (isColourAnswer(words.slice(i, k).join(' ')) && isColourAnswer(words.slice(k).join(' '))) splits.push(k);
    if (!splits.length) continue;
    const atGap = splits.find((k) => gapBefore(text, words, k));
    const twice = splits.find((k) => foldName(words.slice(i, k).join(' ')) === foldName(words.slice(k).join(' ')));
    const k = atGap ?? twice ?? splits[0]!;
    const [answer, range] = [words.slice(i, k).join(' '), words.slice(k).join(' ')];
    // A shade of the range's colour (`Pale yellow` against `Light Yellow`: one base) normal, as the records reader
    // reads it (labs51fix); another colour (`Red` against `Yellow`) no flag (wordAgainstWordFlag).
    // (fixu) A dark shade against a reference that is none (`Jaune foncé` against `Jaune`) abnormal (wordAgainstWordFlag).
    const flag = wordAgainstWordFlag('color', answer, range);
    return { ...answerAgainstRange(name, answer, range, flag === 'normal'), ...(flag === 'abnormal' ? { normalizedFlag: flag } : {}) };
  }
  return null;
}

/** (b67u2) Whether the text prints a column gap (two spaces or a tab) before its k-th word (the words split at spaces). */
function gapBefore(text: string, words: string[], k: number): boolean {
  let at = 0;
  const trimmed = text.trim();
  for (let w = 0; w < k; w++) at = trimmed.indexOf(words[w]!, at) + words[w]!.length;
  return /^(?:\s{2,}|\t)/.test(trimmed.slice(at));
}

/**
 * (b67u) Under a urine heading, an aspect answer, then the aspect its range prints (`Aussehen  trüb  klar`, `Aspect
 * Trouble  Clair`, `Aspetto  limpido  limpido`, `Appearance  Cloudy  Clear`): the result and its range, as
 * colourAgainstColour reads a colour's — under a name the catalog answers in aspects (answerKind `aspect`), both sides
 * aspect words (isAspectAnswer). The same word is normal; a clouded answer against a clear range abnormal; else no flag.
 * Outside a urine section such a line stays unread (a serum's or a fluid's aspect is no urine's).
 */
function aspectAgainstAspect(text: string, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  const words = text.trim().split(/\s+/);
  if (words.length < 3 || words.length > 6) return null;
  for (let i = 1; i <= Math.min(3, words.length - 2); i++) {
    const name = cleanName(words.slice(0, i).join(' '));
    if (opts.answerKind?.(name, true) !== 'aspect') continue;
    for (let k = i + 1; k < words.length; k++) {
      const answer = words.slice(i, k).join(' ');
      const range = words.slice(k).join(' ');
      if (!isAspectAnswer(answer) || !isAspectAnswer(range)) continue;
      const flag = wordAgainstWordFlag('aspect', answer, range);
      return { ...answerAgainstRange(name, answer, range, flag === 'normal'), ...(flag === 'abnormal' ? { normalizedFlag: flag } : {}) };
    }
  }
  return null;
}

/**
 * (labsgap) A strip's word, then the word its range prints, on a text line (`Urobilinogen  Normal  Normal`,
 * `Urobilinogen Small Normal`): the answer and its range, normal when the same word — the records reader's
 * stripWordAnswer (a strip's word, no answer of presence, colour or clarity, against a word), under the records
 * reader's conditions: a name the catalog knows in urine, under a urine heading (`inUrine`) or saying urine. A number
 * range (`Normal  0.2-1.0 mg/dL`) is none: `Normal` there may be a status with its result lost.
 */
function stripWordAgainstWord(text: string, opts: TextParseOptions, inUrine: boolean): Omit<RawRow, 'line'> | null {
  const words = text.trim().split(/\s+/);
  if (words.length < 3 || words.length > 8) return null;
  // (The words before the name: the catalog is asked about a name in urine only where they are a strip's.)
  for (let i = 1; i <= words.length - 2; i++) {
    for (let k = i + 1; k <= Math.min(i + 2, words.length - 1); k++) {
      const [answer, range] = [words.slice(i, k).join(' '), words.slice(k).join(' ')];
      if (!stripWordAnswer(answer, range)) continue;
      const name = cleanName(words.slice(0, i).join(' '));
      if (!(inUrine || URINE_WORD.test(name)) || !opts.knowsInUrine?.(name)) continue;
      return answerAgainstRange(name, answer, range, answer.toLowerCase() === range.toLowerCase());
    }
  }
  return null;
}

/** (labs52fix) A microscopy count's grade in words: how many cells, casts or crystals a field shows. */
const GRADE_WORDS = 'few|occasional|rare|many|plenty|numerous';
const GRADE_WORD = new RegExp(`^(?:${GRADE_WORDS}|moderate)$`, 'i');
/**
 * (review2's find) The microscope's grades of cells counted per field (`RBC  FEW`, `WBC  RARE`) for the blood cells'
 * short names (namesBloodCells), which URINE_MICROSCOPY's `… cells` does not reach: GRADE_WORD but `moderate`, a strip's
 * answer too (`WBC  Moderate` under a chemical heading is the esterase's).
 */
const MICROSCOPE_GRADE = new RegExp(`^(?:${GRADE_WORDS})$`, 'i');
/**
 * (b67u2) The microscope's grades in Italian, Portuguese, Spanish, French and German, folded (`Emazie  rare`, `Leucociti
 * rari`, `Hemácias  raras`, `Hématies  rares`, `Erythrozyten  vereinzelt`, `numerosi`, `nombreux`): under a urine heading,
 * after the red or white cells' name in any language (CELLS_IN_ANY_LANGUAGE, the catalog's words: `Emazie`, `Hemácias`),
 * a count in words, as `RBC  Rare` is.
 */
const OTHER_LANGUAGE_GRADE = /^(?:rare|rares|rari|rara|raras|raros|scarse|scarsi|escasos|escasas|vereinzelt|vereinzelte|numerose|numerosi|numerosas|numerosos|nombreux|nombreuses|zahlreich|zahlreiche|frequenti|frequentes|occasionnels|occasionnelles|ocasionais|ocasionales|occasionali)$/;
/** (b67u2) The red or white cells' names as the catalog's words read them (normalizeName: `Emazie`, `Leucócitos`, `Hématies`). */
const CELLS_IN_ANY_LANGUAGE = /^(?:erythrocytes|leukocytes)$/;
/** (review2's find) A `Routine` subheading within a urine section (`Routine`, `ROUTINE EXAMINATION:`). */
const ROUTINE_PART = /^routine(?:\s+(?:examination|exam|analysis))?\s*:?$/i;

/**
 * (labs52fix) Urine microscopy's grade in words against the grade its range prints (`Epithelial Cells  Few  Few`,
 * `Bacteria  Many  Few`): the answer and its range, under a name of what the microscope counts (URINE_MICROSCOPY:
 * cells, casts, crystals, bacteria …); the same word normal, another no flag (which grade is more is not read).
 */
function gradeAgainstGrade(text: string): Omit<RawRow, 'line'> | null {
  const words = text.trim().split(/\s+/);
  if (words.length < 3 || !GRADE_WORD.test(words.at(-1)!) || !GRADE_WORD.test(words.at(-2)!)) return null;
  const name = cleanName(words.slice(0, -2).join(' '));
  if (!URINE_MICROSCOPY.test(name)) return null;
  const [answer, range] = [words.at(-2)!, words.at(-1)!];
  return answerAgainstRange(name, answer, range, answer.toLowerCase() === range.toLowerCase());
}

/** An answer in words against the answer its range prints (colourAgainstColour, stripWordAgainstWord, gradeAgainstGrade): normal where they agree, else no flag. */
function answerAgainstRange(name: string, answer: string, range: string, agrees: boolean): Omit<RawRow, 'line'> {
  return { name, value: null, valueText: answer, rangeText: range, ...(agrees ? { normalizedFlag: 'normal' } : {}) };
}

/**
 * (labs53fix) Under a urine heading, a name and its answer in words alone, a column apart, with no range printed: a
 * colour after a name the catalog answers in colours (`Color  AMBER`), an aspect after one it answers in aspects
 * (`Transparency  HAZY`, `Clarity  Cloudy`), a grade after a name of what the microscope counts (`Epithelial Cells
 * MANY`, `Bacteria  FEW`, `Mucus Threads  FEW`: URINE_MICROSCOPY). Outside a urine section such lines stay unread (a
 * stool's `Colour  Brown`, a note's `Bacteria  few`).
 */
function wordAloneInUrine(text: string, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  const cells = text.trim().split(/\s{2,}|\t/);
  if (cells.length === 1) return colourOrAspectAfterOneSpace(cells[0]!, opts);
  if (cells.length !== 2) return null;
  const name = cleanName(cells[0]!);
  const answer = cells[1]!.trim();
  const kind = opts.answerKind?.(name, true);
  const read = (kind === 'color' && isColourAnswer(answer)) || (kind === 'aspect' && isAspectAnswer(answer))
    || (GRADE_WORD.test(answer) && URINE_MICROSCOPY.test(name)) || (MICROSCOPE_GRADE.test(answer) && namesBloodCells(name))
    || (OTHER_LANGUAGE_GRADE.test(foldName(answer)) && (namesBloodCells(name) || CELLS_IN_ANY_LANGUAGE.test(normalizeName(name))))
    || normalUrobilinogen(name, answer, opts);
  return read ? { name, value: null, valueText: answer } : null;
}

/**
 * (urinept) Under a urine heading, a colour or an aspect one space after the name the catalog answers in it (`Cor
 * AMARELA`, `Cor Amarelo citrino`, `Color Amarillo claro`, `Aspecto Límpido`), and urobilinogen's `Normal`
 * (`Urobilinogênio NORMAL`): OCR and plain text keep one space where a column stood. The answer is the line's last one
 * to three words; the name before it must be the catalog's colour or aspect test (or its urobilinogen), so `Cor` in a
 * sentence, or a stool's `Colour Brown` outside urine, is never asked.
 */
function colourOrAspectAfterOneSpace(text: string, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  const words = text.split(' ');
  for (let k = 1; k <= Math.min(3, words.length - 1); k++) {
    const name = cleanName(words.slice(0, -k).join(' '));
    const answer = words.slice(-k).join(' ');
    if (!/\p{L}/u.test(name)) continue;
    const kind = isColourAnswer(answer) || isAspectAnswer(answer) ? opts.answerKind?.(name, true) : undefined;
    if ((kind === 'color' && isColourAnswer(answer)) || (kind === 'aspect' && isAspectAnswer(answer)) || normalUrobilinogen(name, answer, opts)) {
      return { name, value: null, valueText: answer };
    }
  }
  return null;
}

/**
 * (urinept) `Normal` after the catalog's urobilinogen (`Urobilinogen  Normal`, `Urobilinogênio NORMAL`, `Urobilinógeno
 * Normal`): the strip's answer for that pad, whose normal is a trace it does not grade. No other name's: `Normal`
 * alone answers no presence.
 */
function normalUrobilinogen(name: string, answer: string, opts: TextParseOptions): boolean {
  return /^normal$/i.test(answer) && Boolean(opts.sameAnalyte?.(name, 'Urobilinogen'));
}

/**
 * (urinegap) A dipstick's grade printed as a sign, bracketed or not (`(-)`, `-`, `(±)`, `±`, `(+-)`, `(+)`, `(2+)`,
 * `(+++)`, `1+`; full-width `（－）` as half-width): the strip's answer, as `Negative`, `Trace`, `2+` are.
 */
const GRADE_SIGN = /^(?:\((?:-|±|\+\/?-|\+{1,4}|[1-4]\+)\)|-|±|\+\/?-|\+{1,4}|[1-4]\+)$/;
/** (urinegap) The line's two cells, a name and a dipstick's sign (GRADE_SIGN), a column apart: else null. */
function nameAndGradeSign(text: string): { name: string; answer: string } | null {
  const cells = text.trim().split(/\s{2,}|\t|\u3000/);
  if (cells.length !== 2 || !/\p{L}/u.test(cells[0]!)) return null;
  const answer = cells[1]!.trim();
  return GRADE_SIGN.test(halfWidth(answer).replace(/\s+/g, '')) ? { name: cleanName(cells[0]!), answer } : null;
}
/**
 * (urinegap) Under a urine heading, a name the catalog knows in urine and a dipstick's sign alone (`Protein  (-)`,
 * `蛋白  (±)`, `Blood  (2+)`): that test's answer, as printed. A name it does not know in urine makes no row.
 */
function gradeSignInUrine(text: string, opts: TextParseOptions): Omit<RawRow, 'line'> | null {
  const read = nameAndGradeSign(text);
  // (review 7, lead) Not a name that also heads a blood section (`BLOOD  -`, `Blood gas  -`, `LIVER FUNCTION  (+)`: a
  // heading printed with a mark, whose rows are the blood's), nor a pad read in numbers (`pH  -`, `Specific Gravity  -`:
  // a dash there is "not done", no grade). Any other line of a name and a sign is read as before (a heading).
  if (!read || BLOOD_SECTION.test(read.name) || NUMERIC_PAD.test(read.name.trim())) return null;
  return opts.knowsInUrine?.(read.name) ? { name: read.name, value: null, valueText: read.answer } : null;
}

/**
 * (fixjp) A dipstick's sign alone in a table's result cell (`(±)`, `(2+)`, `(-)` under a check-up's dated result
 * column) after a name the catalog knows in urine (`Urine Protein`, `Occult Blood`): that test's answer, as
 * gradeSignInUrine reads the line of a name and a sign under a urine heading. Not a pad read in numbers, nor a name
 * that may head a blood section (`Blood`, `Liver function`) unless the row's range is an answer (`(-)`, `Negative`).
 */
function gradeSignCell(name: string, cell: string, rangeText: string, opts: TextParseOptions): { value: null; valueText: string } | null {
  const answer = cell.trim();
  if (!GRADE_SIGN.test(halfWidth(answer).replace(/\s+/g, '')) || NUMERIC_PAD.test(name.trim())) return null;
  if (BLOOD_SECTION.test(name) && parseReferenceRange(rangeText).expected === undefined) return null;
  return opts.knowsInUrine?.(name) ? { value: null, valueText: answer } : null;
}

/** (review 7, lead) The strip's pads read in numbers, not grades: pH and specific gravity. */
const NUMERIC_PAD = /^(?:ph|s\.?\s?g\.?|sp\.?\s?gr?\.?|specific gravity|(?:尿)?比重|比重[(（]尿[)）])$/iu;

const foldedName = (name: string) => withoutMarks(name).toLowerCase();

/**
 * Whether a name answered in words is no test's but a sentence's, a label's or what is not the patient's: its last
 * word a verb or a function word (`Hepatitis B surface antigen was`), a label over a conclusion (`LABEL_FIRST`,
 * `LABEL_LAST`, a screening named alone), a control, the family's history, the specimen's quality (`NOT_THE_PATIENTS`).
 */
function labelAnswered(name: string): boolean {
  if (SENTENCE_END.test(name.split(/\s+/).at(-1) ?? '')) return true;
  const folded = foldedName(name);
  const words = folded.split(/[\s/,:;()-]+/).filter(Boolean);
  return LABEL_FIRST.test(words[0] ?? '') || LABEL_LAST.test(words.at(-1) ?? '') || (words.length === 1 && SCREENING_ALONE.test(words[0]!))
    || LABEL_FIRST_VI.test(words.slice(0, 2).join(' ').replace(/đ/g, 'd'))
    || NOT_THE_PATIENTS.test(folded);
}

/**
 * A count written in powers of ten (`6.12*10**3`, `5.01×10^6`, `212x10^3`) with its unit per volume printed apart
 * (`1/µl`, `/µL`, `/l` in a unit column) is the number in that power's unit: `6.12` in `10^3/µl`. The power joins the
 * value's unit only when such a unit follows on the row and no other unit stands between.
 */
function powersWithTheirUnit(tokens: string[]): string[] {
  const out = [...tokens];
  for (let j = 1; j < out.length; j++) {
    // Glued to its unit (`6.5x10^3/uL  4000-11000`), only a range on the plain scale changes it.
    const g = /^(\d+(?:[.,]\d+)?)[*x×]10(?:\^|\*\*|E)(\d{1,2})(\/(?:[uµμ]l|mm3|l))$/i.exec(out[j]!);
    if (g) {
      const mantissa = Number(g[1]!.replace(',', '.'));
      const plainCount = Number((mantissa * 10 ** Number(g[2])).toPrecision(12));
      if (onPlainScale(out, j + 1, mantissa, plainCount)) out.splice(j, 1, String(plainCount), g[3]!);
      continue;
    }
    // (Printed apart from it, `0.3  x10^3/uL  150 - 400`, a count is read as printed: the catalog holds no range of a
    // count to tell a plain-scale range from one on the printed scale.)
    // (labsrob2) The power's marker as `.e` too (`6.37x10.e3  /uL`), as printed apart (`6.37 x10.e3 /uL`).
    const m = VALUE_AGAINST_POWER.exec(out[j]!);
    if (!m) continue;
    const u = out.findIndex((t, k) => k > j && PER_VOLUME.test(t));
    if (u < 0 || out.slice(j + 1, u).some((t) => isUnitToken(t))) continue;
    const per = out[u]!.replace(/^1/, '');
    out.splice(u, 1);
    // A range printed as plain counts (`6.5x10^3  /uL  4000-11000`): the value is read on the range's scale, 6500 /uL.
    const plain = Number((Number(m[1]!.replace(',', '.')) * 10 ** Number(m[3])).toPrecision(12));
    if (onPlainScale(out, j + 1, Number(m[1]!.replace(',', '.')), plain)) out.splice(j, 1, String(plain), per);
    else out.splice(j, 1, m[1]!, `10^${m[3]}${per}`);
  }
  return out;
}

/**
 * Whether the first range after `from` (`4000-11000`) is printed on the plain scale of a count written in powers of ten:
 * its upper bound reaches the power itself (`6.5x10^3 /uL  4000-11000`, `500x10^3/uL  <450000`: counts per microlitre
 * printed whole), or, an upper bound alone, lies near the plain count and far above the printed one (`0.9x10^3/uL
 * <500`), or whole bounds the plain count lies in or near (`0.3x10^3/uL  40 - 440`). Another range below the power
 * (`Platelets  8x10^3/uL  150-400`, `3x10^3/uL  150 - 400`, `6.12*10**3  4.0-11.0`) is on the printed scale, however
 * far the count lies outside it.
 */
function onPlainScale(tokens: readonly string[], from: number, scaled: number, plain: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const r = numericRangeAt(tokens, k);
    if (!r) continue;
    const range = parseReferenceRange(r.text);
    const high = range.high ?? range.low;
    if (high === undefined || high <= 0 || scaled <= 0) return false;
    // An upper bound alone (`<500`, `0 - 500`) below the power that the plain count lies near (within ten times) and
    // the printed count a hundred times below (`Eosinophils  0.9x10^3/uL  <500`: 900 /uL against 500, not 0.9 against
    // 500) is printed whole as well. Not a range with a lower bound: a count far below it on the printed scale is a
    // critically low one (`Platelets  3x10^3/uL  150 - 400`: 3, low — not 3000, high).
    const near = !range.low && plain / high <= 10 && plain / high >= 0.1 && scaled / high < 0.01;
    // Both bounds whole numbers with the plain count in or near them (within twice) and the printed count a hundred
    // times below the upper (`Absolute Eosinophil Count  0.3x10^3/uL  40 - 440`: 300 /uL, not 0.3 against 40).
    const whole = range.low !== undefined && range.high !== undefined && /^\d+-\d+$/.test(r.text.replace(/\s+/g, ''))
      && plain >= range.low * 0.5 && plain <= range.high * 2 && scaled * 100 <= range.high;
    return high >= (plain / scaled) * 0.999 || near || whole;
  }
  return false;
}

/**
 * An arrow printed before its value, in a flag column left of the result (`RDW-SD  ↑  45.1  35.1 — 43.9  fl`,
 * `Glukoza ↑103`), is the value's flag: it is read after the value, where a flag stands, never as a word of the name.
 * Only an arrow after a word (the name's end), never one after a number (`45.1 ↑ 44.0`: the flag of the value before).
 * So is a star before a flag's letter (`*A`, `*B`).
 */
function arrowsAfterValues(tokens: string[]): string[] {
  const out = [...tokens];
  /** A number with letters glued after an arrow (lettersGluedAt), read once for the test and the splice. */
  let lettered: string | undefined;
  // (redos3) Whether a value (or one with its unit against it) stands before `j`, and a value among out[1 .. j - 2]:
  // each token asked once as the loop passes it (a splice moves only tokens from `j` on). A scan of the line before
  // each star or arrow was the square of its length (40 lines of 2,450 ` *`: 35 s).
  let valueOrStuck = false;
  let valueOrStuckSeen = 0;
  const valueOrStuckBefore = (j: number) => {
    for (; valueOrStuckSeen < j && !valueOrStuck; valueOrStuckSeen++) valueOrStuck = Boolean(parseValueToken(out[valueOrStuckSeen]!) || splitStuckUnit(out[valueOrStuckSeen]!));
    return valueOrStuck;
  };
  let value = false;
  let valueSeen = 1;
  const valueFromSecondBefore = (end: number) => {
    for (; valueSeen < end && !value; valueSeen++) value = Boolean(parseValueToken(out[valueSeen]!));
    return value;
  };
  for (let j = 1; j < out.length; j++) {
    if (parseValueToken(out[j - 1]!)) continue;
    // A star before a flag's letter (`LEUCOCITOS *A  18.64 10³/µL`: alto; `*B` bajo, `*H`, `*L`) is such a mark too: no
    // name ends in one. (A letter without the star may: `Vitamin A  0.45`, `Hepatitis B`.)
    // Only before a value with more after it (its unit, its range): before a number ending the line (`Factor *A 5`) the
    // mark may be a part of the name or a footnote's, and nothing shows a result.
    if (/^\*[ABHLabhl]$/.test(out[j]!) && j + 2 < out.length && (parseValueToken(out[j + 1]!) || splitStuckUnit(out[j + 1]!))) {
      out.splice(j, 2, out[j + 1]!, out[j]!);
      j++;
      continue;
    }
    // (labs52fix) A star alone between the name and the value (`Glucosa * 187 mg/dL [70-100]`, a Chilean LIS's
    // out-of-range mark in a column before the result) is that value's printed flag, as `187 * mg/dL` is: read after
    // the value (a footnote that says the star is something else still takes it, as it takes one after a value). Only
    // before the line's first value with more after it (its unit, its range), and never a star first on the line
    // (`* Glucosa 130`: the name's mark) nor one after the value (`3,6 g/L * 1,7 - 3,4`: the value's already).
    // (With its unit against it, `* 187mg/dL`, the value, the star, then the unit, as the arrow below.)
    // (fixr78) The star glued to the value (`Ferritin. *280 ug/L 13.00 - 150.00`, `Thyroglobulin Antibody. *291.000
    // IU/mL 0.00 - 115.00`: a patient's copy of a private lab's out-of-range mark) is that mark as `* 280` prints it:
    // the value, then the star. On the same terms: the line's first value, with more after it.
    if (/^\*[<>]?\.?\d/.test(out[j]!) && j + 1 < out.length && !valueOrStuckBefore(j)) {
      const rest = out[j]!.slice(1);
      const stuck = parseValueToken(rest) ? null : splitStuckUnit(rest);
      if (parseValueToken(rest) || stuck) {
        out.splice(j, 1, ...(stuck ? [stuck[0], '*', stuck[1]] : [rest, '*']));
        j += stuck ? 2 : 1;
        continue;
      }
    }
    if (out[j] === '*' && j + 1 < out.length && !valueOrStuckBefore(j)) {
      const stuck = parseValueToken(out[j + 1]!) ? null : splitStuckUnit(out[j + 1]!);
      if (stuck) {
        out.splice(j, 2, stuck[0], '*', stuck[1]);
        j += 2;
        continue;
      }
      if (j + 2 < out.length && parseValueToken(out[j + 1]!)) {
        out.splice(j, 2, out[j + 1]!, out[j]!);
        j++;
        continue;
      }
    }
    // After a value and its unit, before a range (`WBC  12.1  x10^9/L  ↑  4.0 - 11.0`), the arrow is that value's flag.
    if (ARROW_TOKEN.test(out[j]!) && valueFromSecondBefore(j - 1) && /^-?\d[\d.,]*\s*-/.test(numericRangeAt(out, j + 1)?.text ?? '')) continue;
    const glued = ARROW_GLUED.exec(out[j]!);
    if (glued && parseValueToken(glued[2]!)) out.splice(j, 1, glued[2]!, glued[1]!);
    else if (ARROW_TOKEN.test(out[j]!) && j + 1 < out.length && parseValueToken(out[j + 1]!)) out.splice(j, 2, out[j + 1]!, out[j]!);
    // (labsrob2) Before a value with its unit against it (`↑ 7.93mmol/L`): the value, the arrow, then the unit, as
    // printed apart (`↑ 7.93 mmol/L`).
    else if (ARROW_TOKEN.test(out[j]!) && j + 1 < out.length && splitStuckUnit(out[j + 1]!)) {
      const [value, unit] = splitStuckUnit(out[j + 1]!)!;
      out.splice(j, 2, value, out[j]!, unit);
      j++;
    } else if (ARROW_TOKEN.test(out[j]!) && j + 1 < out.length && (lettered = lettersGluedAt(out, j + 1))) {
      // (labsgap) Before a number with letters glued that are no unit (`↑ 130abcd  62 - 106`, OCR's noise): the
      // arrow says the number is the value; the letters are dropped, no unit read. Only with a range after it.
      out.splice(j, 2, lettered, out[j]!);
    } else continue;
    j++;
  }
  return out;
}

/**
 * (labsgap) The number of a token that is a number with letters glued after it that are no unit, no flag and no
 * power (`130abcd`), where a range follows it (arrowsAfterValues: only after an arrow); undefined otherwise.
 */
function lettersGluedAt(tokens: readonly string[], i: number): string | undefined {
  const m = /^(\d+(?:[.,]\d+)?)(\p{L}{2,})$/u.exec(tokens[i]!);
  if (!m || !parseValueToken(m[1]!) || isUnitToken(m[2]!) || normalizeFlag(m[2]!) !== null) return undefined;
  // (gapfix) Nor an ordinal or a time owning its number (`1st`, `2nd`, `2hrs`, `3days`: NUMBER_OWNING_WORD, TIME_UNIT).
  if (NUMBER_OWNING_WORD.test(m[2]!) || TIME_UNIT.test(m[2]!)) return undefined;
  return /^-?\d[\d.,]*\s*-/.test(numericRangeAt(tokens, i + 1)?.text ?? '') ? m[1] : undefined;
}

/**
 * Whether the number after a name (`tokens[i]`) is the name's own: together they are a name the catalog knows, and the
 * number cannot be the result of the name without it. Another result after it says so (`CA 125  41  U/mL`,
 * `Anti-HIV 1  Non-Reactive`); else the catalog decides from the unit printed after it (`CA 125  U/mL  <35` prints no
 * result, not calcium = 125; `Ca  125  mg/L  86 - 102` is calcium; `ApoB  100  mg/dL` is apo B = 100, one test either way).
 */
function namesOwnNumber(tokens: readonly string[], i: number, name: string, opts: TextParseOptions): boolean {
  const withNumber = cleanName(tokens.slice(0, i + 1).join(' '));
  if (!opts.knows?.(withNumber)) return false;
  // A number followed by an interval (`Eosinophils  03  01 - 06  %`) is the result before its range, not the name's
  // (a laboratory's code, `Testosterone 01  450`, is followed by the result): the catalog decides as for a unit.
  const range = numericRangeAt(tokens, i + 1);
  const interval = /^-?\d[\d.]*-/.test(range?.text ?? '');
  if ((parseValueToken(tokens[i + 1]!) && !interval) || qualitativeValueAt(tokens, i + 1)) return true;
  // A name's own number (`Apolipoprotein B 100`, no laboratory's `0N` code) before a range printed first, with the
  // result after it (`Apolipoprotein B 100  60 - 130  mg/dL  90`): the result is the number after the range.
  if (range && interval && !/^0\d$/.test(tokens[i]!)) {
    let k = i + 1 + range.span;
    if (tokens[k] !== undefined && isUnitToken(tokens[k]!) && !parseValueToken(tokens[k]!)) k++;
    if (tokens[k] !== undefined && parseValueToken(tokens[k]!)) return true;
  }
  const unit = isUnitToken(tokens[i + 1]!) ? tokens[i + 1] : undefined;
  return opts.ownsNumber?.(name, withNumber, unit) ?? true;
}

/**
 * (nameprefix) Whether the name read so far (`tokens[0 .. i - 1]`, a number inside it or last: `Vitamina D 25`) goes on
 * over words to a name the catalog knows (`Vitamina D 25 hidroxi  27,4 ng/mL`, `Vitamin D 25 Hydroxy  27.4`): up to three
 * words, each with a letter and none a value, a unit or a flag. The number is then the name's, not the result.
 */
function nameGoesOn(tokens: readonly string[], i: number, opts: TextParseOptions): boolean {
  if (!opts.knows) return false;
  for (let j = i; j < Math.min(tokens.length - 1, i + 3); j++) {
    const t = tokens[j]!;
    if (!/\p{L}/u.test(t) || parseValueToken(t) || parseFlagToken(t)) return false;
    // (small) A word that is also a unit ends the name, unless it completes one the catalog knows and a value follows it
    // (`Omega 3 Index  6.2  %`: `Index` reads as UCUM's {index}).
    if (isUnitToken(t)) return parseValueToken(tokens[j + 1]!) !== null && opts.knows(cleanName(tokens.slice(0, j + 1).join(' ')));
    if (opts.knows(cleanName(tokens.slice(0, j + 1).join(' ')))) return true;
  }
  return false;
}

const PAIRED_READINGS = /^([A-Za-z][^\d]*?)\s+(\d+(?:[.,]\d+)?\/\d+(?:[.,]\d+)?)(?:\s+(\d+(?:[.,]\d+)?\/\d+(?:[.,]\d+)?))?$/;

function cleanName(name: string): string {
  // A footnote mark in braces before the name (`{#} MPV`: not under the accreditation's scope) is no part of it (labs27c).
  // (labs37fix) An analyser's serial record number glued before the test code (`!003fTRIG`: a `!`, the record's number,
  // its type letter, in either case) is the transmission's, no part of the name.
  const marked = name.replace(SERIAL_RECORD_PREFIX, '').replace(/^\s*[{(\[][#*†‡§]+[})\]]\s*/, '');
  return withoutLeadingDate(withoutEndingSign(withoutEdgeMarks(marked)).replace(/\s+/g, ' ').trim());
}

/**
 * (nameprefix) A date, perhaps with its time, printed before the name (`12-Mar-2025  Serum TSH level`, `12/03/2025
 * Serum ferritin level`, `2025-03-12 09:14 Ferritin`: a UK GP record's export, EMIS or SystmOne, prints each result's
 * date first): the day the sample was taken, no part of the name. A day and a month (a month's number or its English
 * name) and a year of four digits (two after a month's name), the day and the month real; ISO's year first. (prose19) A
 * comma before the time and a colon after them (`04/22/2025, 7:50 AM: total testosterone`, a letter's list of draws;
 * review 25: `11.03.2025, 08:15 Uhr: TSH`).
 * Left as it is when no name follows (a cumulative table's date cell) — and never read as a value.
 */
const LEADING_DATE = /^(?:(\d{1,2})([-/.])(\d{1,2})\2(?:19|20)\d\d|(\d{1,2})([- ])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\5(?:(?:19|20)\d\d|\d\d)|(?:19|20)\d\d-(\d\d)-(\d\d))(?:,?[ T]\d{1,2}:\d\d(?::\d\d)?(?: ?(?:[ap]m|uhr|h))?)?:? (?=\p{L})/iu;
/**
 * LEADING_DATE at a text's start, (prose19) after an item's number too (`1) 04/22/2025, 7:50 AM: total testosterone`, a
 * letter's list of draws): the match, and where the text after it starts. withoutLeadingDate's and datedRows' one reading.
 */
function leadingDate(text: string): { m: RegExpExecArray; end: number } | null {
  const item = /^\d{1,2}[.)]\s+(?=\d)/u.exec(text)?.[0] ?? '';
  const m = LEADING_DATE.exec(text.slice(item.length));
  return m ? { m, end: item.length + m[0].length } : null;
}
function withoutLeadingDate(name: string): string {
  const d = leadingDate(name);
  // (A real day in either order, dd/mm or mm/dd: datedRows gives the row the date, or the name back.)
  return d && (parseDayMonthDate(d.m[0], 'dmy') ?? parseDayMonthDate(d.m[0], 'mdy')) ? name.slice(d.end) : name;
}

/** (nameprefix review) The order a report's numeric leading dates print day and month in, where one of them says. */
function leadingDateOrder(texts: readonly string[]): 'dmy' | 'mdy' | undefined {
  let dmy = false;
  let mdy = false;
  for (const text of texts) {
    // (review of prose19) The dates leadingDate reads (an item's number before one too), numeric day and month.
    const n = leadingDate(text)?.m;
    if (!n?.[1] || !n[3]) continue;
    if (Number(n[1]) > 12) dmy = true;
    if (Number(n[3]) > 12) mdy = true;
  }
  return dmy && !mdy ? 'dmy' : mdy && !dmy ? 'mdy' : undefined;
}

/**
 * (nameprefix review) A row printed after a date of its own (`12-Mar-2025  Serum TSH level  2.1`, `25/01/2025
 * Hemoglobin 10.9` under `Previous results:`): the date is the row's collection's, so a history's old results are not
 * taken for today's (withoutLeadingDate left it out of the name).
 */
function datedRows(rows: RawRow[], printed: readonly SourceLine[]): RawRow[] {
  if (!rows.length) return rows;
  const texts = new Map(printed.map((l) => [`${l.page ?? 0}:${l.line}`, withoutEdgeMarks(l.text).replace(/\s+/g, ' ')]));
  let order: 'dmy' | 'mdy' | undefined | null = null;
  /** (set 26) The lines that print the report's own day (reportDayLines), found once, when a row first asks. */
  let dayLines: string[] | undefined;
  return rows.map((r) => {
    if (r.collectedAt) return r;
    // (review of prose19) After an item's number too, as withoutLeadingDate took it off the name: its row had been undated.
    const m = leadingDate(texts.get(`${r.page ?? 0}:${r.line}`) ?? '')?.m;
    if (!m || r.name.startsWith(m[0].trim())) return r;
    if (order === null) order = leadingDateOrder([...texts.values()]);
    // (review 25) A date of dots is a day's first (`11.03.2025`: German, Nordic, Slavic), whatever the report's other dates.
    const date = parseDayMonthDate(m[0], order ?? (m[2] === '.' ? 'dmy' : undefined));
    // A date that reads both ways, in a report that does not say which: the name keeps it, the row unknown as before
    // — never an old result undated. (set 26) Unless the report prints that date as its own elsewhere too (`Printed
    // 03/11/2025 06:40` over a meter's `03/11/2025 06:02  Glucose`): whichever way it reads, the row is of the report's day.
    if (!date && reportDay((dayLines ??= reportDayLines(texts)), m)) return r;
    return date ? { ...r, collectedAt: date } : { ...r, name: `${m[0].trim()} ${r.name}` };
  });
}

const REPORT_DAY_LABEL = /\b(?:printed|reported|report(?:\s+date)?|collected|collection(?:\s+date)?|drawn|received|run\s+date|date\s+of\s+(?:collection|report))\b/iu;
const EARLIER_WORDS = /\b(?:previous|prior|earlier|history|historical|comparison|compared|since|last|old|cumulative)\b/iu;
/**
 * (set 26, review 40r) The lines that label the report's own day (`Printed 03/11/2025`, `Reported`, `Report date`,
 * `Collected`), not starting with a row's date, and saying nothing of earlier results (`Previous result 04/06/2025
 * reviewed`, `results since …`: an old row's date printed in a history's heading had made it today's).
 */
function reportDayLines(texts: ReadonlyMap<string, string>): string[] {
  return [...texts.values()].filter((t) => REPORT_DAY_LABEL.test(t) && !EARLIER_WORDS.test(t) && !leadingDate(t));
}
/** (set 26) Whether a row's leading numeric date (its day, month and year as printed) is on one of those lines. */
function reportDay(dayLines: readonly string[], m: RegExpExecArray): boolean {
  if (!m[1] || !m[3] || !dayLines.length) return false;
  const printed = m[0].trim().split(/[ ,T]/)[0]!;
  const within = new RegExp(String.raw`(?<![\d/.-])${printed.replace(/[.]/g, '\\.')}(?![\d/.-])`);
  return dayLines.some((t) => within.test(t));
}

/** The marks and spaces before a name and after it that cleanName leaves out (`**Glucose*`, `> Sodium;`). */
const NAME_LEAD_MARKS = new Set([...'*#>"\'`|_~^•·']);
const NAME_TRAIL_MARKS = new Set([...'*"\'`|_~^•·;']);
const SIGN_ENDINGS = new Set([...':=-–.']);

/**
 * (redos) What `/^[*#>\s"'`|_~^•·]+|[*\s"'`|_~^•·;]+$/g` took away, in one pass from each end: the regex tried the
 * trailing run from each place of a run of spaces inside the name, the square of its length.
 */
function withoutEdgeMarks(text: string): string {
  let start = 0;
  while (start < text.length && (NAME_LEAD_MARKS.has(text[start]!) || /\s/.test(text[start]!))) start++;
  let end = text.length;
  while (end > start && (NAME_TRAIL_MARKS.has(text[end - 1]!) || /\s/.test(text[end - 1]!))) end--;
  return text.slice(start, end);
}

/**
 * (redos) What `/\s*[:=\-–.]+$/` took away (`Glucose :`, `Sodium =`), found from the end: the run of signs that ends
 * the text and the spaces before it. The regex tried `\s*` from each place of a run of spaces, the square of its length.
 */
function withoutEndingSign(text: string): string {
  let end = text.length;
  while (end > 0 && SIGN_ENDINGS.has(text[end - 1]!)) end--;
  if (end === text.length) return text;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** (labs37fix) An analyser's code after a result's unit: four digits or capitals, a digit among them (`00CF`, `1216`, `G3BD`). */
const TRAILING_CODE = /^(?=[A-Z]*\d)[0-9A-Z]{4}$/;

/** (labs37fix) A serial record's prefix before a test code: `!`, a record number, a record-type letter (`!003fTRIG`). */
const SERIAL_RECORD_PREFIX = /^\s*!\d{1,4}[A-Za-z](?=\p{L})/u;

/**
 * (labs37fix) A number printed with a trailing point (`264.  mg/dL`, an analyser's fixed-point output) is that number,
 * where a unit follows it: a point after a number elsewhere (`1. Glucose`, a sentence's end) is left as printed.
 */
function trailingPointsRead(tokens: string[], opts: TextParseOptions): string[] {
  // (labs42fix review) Before a range only under a name the catalog knows, and never after a year (`The result came
  // back in 2019. (3.5-5.5)`, `Step 2. (3-5)`: a sentence's end, not a row).
  const strayBeforeRange = (k: number) => rangeInParensAt(tokens, k + 1) && !/^[<>]?(?:19|20)\d\d\.$/.test(tokens[k]!)
    && (opts.knows?.(cleanName(tokens.slice(0, k).join(' '))) ?? false);
  return tokens.map((t, k) => (/^[<>]?\d+\.$/.test(t) && k > 0 && ((isUnitToken(tokens[k + 1] ?? '') && !parseValueToken(tokens[k + 1]!)) || strayBeforeRange(k)) ? t.slice(0, -1) : t));
}

/**
 * (labs42fix) A range of two bounds in parentheses at `k` (`(32.40-128.00)`, `( 3.5 - 5.0 )` as tokenize joins it): after
 * a whole number with a point (`SHBG 186. (32.40-128.00)`, a stray point typed after the value), the point is no decimal.
 */
function rangeInParensAt(tokens: readonly string[], k: number): boolean {
  // (The same range without its parentheses, as unparenthesizeRanges prints it: `32.40-128.00`.)
  const inner = /^\((.*\d.*)\)$/.exec(tokens[k] ?? '');
  const r = inner ? numericRangeAt(tokenize(inner[1]!), 0) : numericRangeAt(tokens, k);
  return r !== null && /\d[-–]/.test(r.text);
}

/**
 * (spanrange) A range a word of time follows in the line (`2-3 weeks`, `6–8 months`, `18-65 years`, `3-7 days`,
 * `6-8 Wochen`: AGE_WORD_AFTER's words; `6-8 wks`, `2-3 hrs`, `8-10 am`: SPAN_WORD_AFTER's) is a span of time or an age band, never the result's reference range
 * (`TSH 2.5 mU/L 2-3 weeks after starting` was flagged against 2–3). Seconds and minutes are not among the words: a
 * clotting time's range prints its unit after it (`PT  12.5  11.0-13.5 sec`). A range text not found as printed is
 * left as read.
 */
function spanOfTime(text: string, rangeText: string): boolean {
  const at = text.lastIndexOf(rangeText);
  if (at < 0 || !/\d$/.test(rangeText)) return false;
  const after = text.slice(at + rangeText.length);
  return AGE_WORD_AFTER.test(after) || SPAN_WORD_AFTER.test(after);
}
/**
 * (spanrange, review cr26) The words of a span AGE_WORD_AFTER (an age's) lacks: weeks and hours cut short (`6-8 wks`,
 * `2-3 hrs post meal`), hours, and a time of day (`8-10 am`: a cortisol's hours of collection).
 */
const SPAN_WORD_AFTER = /^\s*(?:wks?|hrs?|hours?|[ap]\.?m\.?)(?![\p{L}])/iu;

function withoutRange(row: Pick<RawRow, 'rangeText' | 'range' | 'rangeTextOnly' | 'boundsWithoutText'>): void {
  delete row.rangeText;
  delete row.range;
  delete row.rangeTextOnly;
  delete row.boundsWithoutText;
}

interface Tail extends Omit<RawRow, 'line' | 'name'> {
  hadPrevious: boolean;
}

/**
 * (fixr85b) An enzyme assay's temperature as a method column prints it: 25, 30 or 37 degrees Celsius (IFCC's 37 °C, the
 * older 25 and 30 °C), the degree sign glued or apart, or a `C` apart after the number (`37 C`, a plain-text export's).
 * Another number (`38.5°C`, a patient's temperature) is none.
 */
const ASSAY_TEMPERATURE = /^(?:25|30|37)[°º˚]?C?$/;
function withoutAssayTemperature(rest: readonly string[]): string[] {
  const out: string[] = [];
  for (let j = 0; j < rest.length; j++) {
    const t = rest[j]!;
    const next = rest[j + 1] ?? '';
    if (ASSAY_TEMPERATURE.test(t) && /[°º˚C]$/.test(t)) continue;
    if (/^(?:25|30|37)$/.test(t) && /^[°º˚]?C$/.test(next)) {
      j++;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** An analyser's model name as a method column prints it (`i2000SR`, `AU5800`, `XN-1000`, `Cobas8000`, `DxI800`): letters then digits, at least three characters. */
const ANALYSER_MODEL = /^(?=\S{3})[A-Za-z][A-Za-z-]*\d[A-Za-z0-9-]*$/;

/**
 * (quest) A performing site's code as Quest prints it last on a row (`Z4M`, `EZ`, `AMD`, `QTE`): two to four capitals
 * and digits, a capital among them. Read as one only after a row's numeric range and unit, where UCUM reads it as no
 * unit and it is no flag (parseTail).
 */
const QUEST_SITE_CODE = /^(?=[0-9A-Z]*[A-Z])[0-9A-Z]{2,4}$/;

/**
 * (quest review) Quest's site code with a digit among its capitals (`Z4M`, `Q2A`): no unit UCUM reads, no flag — after a
 * range printed without a unit it is the site's code too (QUEST_SITE_CODE), where capitals alone (`AMD`) may be a unit.
 */
function siteCodeOfDigits(token: string): boolean {
  return QUEST_SITE_CODE.test(token) && /\d/.test(token) && /^[A-Z]/.test(token) && toUcum(token) === null && !parseFlagToken(token);
}

/** A performing-lab site code printed in its own column at the end of a row (`01`, `UL`, `[570]`). */
const SITE_CODE = /^(\d{2}|[A-Z]{2}|\[[A-Z0-9]{1,6}\])$/;

/**
 * Units written as a word that a unit column before the value column prints (`VGM  fL  94.4  79.6-94`): only those
 * that are no word of a test's name (not `S` of Protein S, `U`, `ratio` or `index`).
 */
const WORD_UNIT_BEFORE_VALUE = /^(?:fl|pg|ng|ug|mg|kg|iu|meq|mmhg|mosm|secs?|min|ms)$/i;

/** (wordratio) Two words of letters about a slash, each of two letters at least (`Total/HDL`, `Free/Total`). */
const WORDS_ABOUT_SLASH = /^\p{L}{2,}\/\p{L}{2,}$/u;

// (ocrlis) A side letter with two or three stars (`20.6H***`: critical on that side) and three stars alone (`450***`: a
// mark no flag normalizeFlag knows, left off — the range decides, as for `***` in a flag cell) too, as `H*` and `*` are.
// (pdf7) A critical value's double arrow stuck to it (`6.8↑↑`, `38⇊`) too, before the single arrow.
const STUCK_FLAG = /^([<>]?=?-?[0-9OolI]*[.,]?[0-9OolI]+)[([]?(HH|LL|H\*{1,3}|L\*{1,3}|H|L|A|\*{3}|\*|▲▲|▼▼|↑↑|↓↓|⇈|⇊|▲|▼|↑|↓)[)\]]?$/;
/** How a token STUCK_FLAG reads ends: a flag, or the bracket closed after it. */
const STUCK_FLAG_END = /[HLA*▲▼↑↓⇈⇊)\]]$/;
/** (pdf7) An arrow as a token of its own: one (`↑`), or a critical value's double arrow (`↑↑`, `⇈`). */
const ARROW_TOKEN = /^(?:([▲▼↑↓])\1?|[⇈⇊])$/;
/** (pdf7) Such an arrow glued before its value (`↑69.01`, `↑↑6.8`): the arrow, then the number. */
const ARROW_GLUED = /^(▲▲|▼▼|↑↑|↓↓|[⇈⇊▲▼↑↓])(\d[\d.,]*)$/;

/** A legend's tier (`Borderline high`, `Optimal`, `Deficient`): words that name a band of values, not a test. */
const LEGEND_TIER = /^(?:(?:very|near|borderline|moderately|mildly)\s+)?(?:high|low|optimal|desirable|normal|elevated|risk|deficien(?:t|cy)|insufficien(?:t|cy)|sufficien(?:t|cy)|toxic(?:ity)?|ideal|acceptable|above\s+optimal|increased\s+risk|borderline)\b/iu;

/**
 * A legend printed as its tiers or populations separated by slashes (`Non-diabetic / Prediabetic / Diabetic`, `Male /
 * Female`, `Children/Adults`): two parts at least, each one to three words of letters, none a test the catalog knows,
 * each naming a tier or a population (a word of LEGEND_TIER, TIER_WORD or POPULATION_WORD, `non-`/`pre-` before it
 * allowed): a section's heading (`Serology / Immunology`) or a signature is none (labs27cfix3).
 */
function slashLegend(text: string, opts: TextParseOptions): boolean {
  const parts = text.split('/').map((p) => p.trim());
  const tier = (p: string) => LEGEND_TIER.test(p) || p.split(/\s+/).some((w) => {
    const bare = w.replace(/^(?:non|pre|post)-?(?=\p{L}{3})/iu, '');
    return [w, bare].some((x) => TIER_WORD.test(x) || POPULATION_WORD.test(x) || /^diabetics?$/iu.test(x));
  });
  return parts.length >= 2 && parts.every((p) => /^\p{L}[\p{L}'-]*(?:\s+\p{L}[\p{L}'-]*){0,2}$/u.test(p) && !opts.knows?.(p) && tier(p));
}

/** The step of a printed number's last decimal (`5.6`: 0.1, `150`: 1). */
function stepOf(printed: string): number {
  const decimals = /[.,](\d+)$/.exec(printed.trim())?.[1]?.length ?? 0;
  return 10 ** -decimals;
}

/** A range line with its unit after it, apart or against its last bound (`150-450/uL`, `6.78-13.46 fL`, `0-5%`). */
const RANGE_WITH_UNIT = /^(\d+(?:[.,]\d+)?\s*[-–]\s*\d+(?:[.,]\d+)?)\s*(%|\/[A-Za-zµμ]+|10\^?\d{1,2}\/[A-Za-zµμ]+|[A-Za-zµμ][A-Za-zµμ/0-9.*^]*)$/;

/** A count's unit that starts with its power of ten, however printed (`10x3/uL`, `10E9/L`, `10^6/µL`). */
const POWER_OF_TEN_UNIT = /^10\s*[xX×eE*^]\s*\d{1,2}\s*\//;

/** A range or a bound with a unit printed against its last number (`<150mg/dL`, `70-99mg/dL`, `3.5-5.1mmol/L`; not `0-5/µL`, a range per volume kept as printed). */
const RANGE_STUCK_UNIT = /^((?:[<>≤≥]=?)?-?\d+(?:[.,]\d+)?(?:[-–]-?\d+(?:[.,]\d+)?)?)(%|[A-Za-zµμ][A-Za-zµμ/0-9.*^²³]*)$/;

/**
 * `<150mg/dL` → `<150`, `mg/dL`; null for a token that is a value, or whose tail is no unit, or that is a unit whole
 * (`10E3/uL`, `10e9/L`, `10x3/uL`: a power of ten, not a bound `10` before `E3/uL`).
 */
function splitRangeUnit(token: string): [string, string] | null {
  // The shape first: it is asked of every token after a name, and UCUM's reading of a token it has not seen is slow.
  const m = RANGE_STUCK_UNIT.exec(token);
  if (!m || parseValueToken(token) || toUcum(token) !== null || POWER_OF_TEN_UNIT.test(token)) return null;
  return isUnitToken(m[2]!) && (m[2] === '%' || /[A-Za-zµμ]/.test(m[2]!)) ? [m[1]!, m[2]!] : null;
}

/** `8,0tys/µl*`: a value with a unit the laboratory marks with a star run against it → the value and the unit. */
function gluedMarked(token: string): [string, string] | null {
  if (!/^[^*\s]+\*$/.test(token) || parseValueToken(token)) return null;
  const stuck = splitStuckUnit(token.slice(0, -1));
  return stuck && toUcum(`${stuck[1]}*`) === null ? stuck : null;
}

/** (labs42fix) Two bounds with a per cent sign against the last (`0-4.2%`, `24-39%`), the range kept in its text. */
const PERCENT_BOUNDS = String.raw`(-?\d+(?:[.,]\d+)?[-–]\d+(?:[.,]\d+)?)%`;
/** (labs42fix) That range alone in parentheses (`(0-4.2%)`), as a row's tail prints it. */
const PERCENT_RANGE_IN_PARENS = new RegExp(`^\\(${PERCENT_BOUNDS}\\)$`);
/** (labs42fix) That range as rangeAt reads its token. */
const PERCENT_RANGE = new RegExp(`^${PERCENT_BOUNDS}$`);

/** The part of a row after its name; null when the tokens from `start` are not a row. */
function parseTail(input: readonly string[], start: number, knownName: () => boolean = () => false, digitsMayBeCode = false): Tail | null {
  // (labs42fix review) Whether the `%` unit came from a per-cent range (`29 (24-39%)`): marked for finishRow.
  const percent = { fromRange: false };
  const reading: TiersReading = { referenceFirst: 'defer' };
  let tail = parseTailRead(input, start, knownName, digitsMayBeCode, percent, reading);
  // (tiers) Tiers alone whose first is named as the laboratory's range, left to that label's reading, which read nothing:
  // read again as tiers alone (tiersAlone).
  if (!tail && reading.referenceFirst === 'deferred') {
    percent.fromRange = false;
    tail = parseTailRead(input, start, knownName, digitsMayBeCode, percent, { referenceFirst: 'read' });
  }
  if (tail && percent.fromRange && tail.unit === '%') tail.percentFromRange = true;
  if (tail) {
    foreignFlagWordGivesWay(tail);
    sideLetterFlag(tail);
  }
  return tail;
}

/**
 * (cyrflag review, b65) A flag word or phrase of another language than English (tokens.ts isOtherLanguageFlagWord:
 * `повышен`, `понижен`, `erhöht`, `elevado`, `por debajo`, `unterhalb Referenzbereich`) gives way to the row's printed
 * range where it names another side, as an English status phrase does (flags.ts phraseGivesWay): `Кальций общий  2.0
 * ммоль/л  2.15-2.55  повышен` is low, the numbers decide a contradiction. Not the letters (`H`, `L`: their own rule;
 * `B`, `Н`, `В`: sideLetterFlag).
 */
function foreignFlagWordGivesWay(row: Pick<Tail, 'flag' | 'value' | 'comparator' | 'valueText' | 'rangeText' | 'range' | 'rangeTextOnly'>): void {
  const said = row.flag && isOtherLanguageFlagWord(row.flag) ? normalizeFlag(row.flag) : null;
  if (said && phraseGivesWay(said, flagByPrintedRange(row))) delete row.flag;
}

/**
 * (flagcol) A row's flag that is a side letter alone (tokens.ts sideLetter: `B`, bas, bajo: low; (cyrflag) the Cyrillic
 * `Н` low, `В` high), read in a flag position: the letter's side on a numeric value — where a range is printed, only
 * when the value lies on that side of it (the flag must say what the line prints); otherwise no flag, the range
 * decides (`Créatinine  145  µmol/L  60-110  B`). With no range printed, `B` only under a header's flag column
 * (`flagColumn`; `Н` and `В` never, sideLetter's `rangeOnly`): in a row alone `Glucose  105  mg/dL  B` may end in a
 * footnote's or a site's letter, and a flag lost is safer than a direction made up. Kept as printed in `flag`, its
 * meaning in `normalizedFlag` (normalizeFlag reads no `B`: HL7's `B` is `better`).
 */
function sideLetterFlag(row: Pick<RawRow, 'flag' | 'normalizedFlag' | 'value' | 'comparator' | 'valueText' | 'rangeText' | 'range'>, flagColumn = false): void {
  // (cyrflag) The Cyrillic `Н` (low) and `В` (high) alike, on their side, and only where a range is printed (sideLetter).
  const letter = row.flag ? sideLetter(row.flag) : null;
  if (!letter || row.normalizedFlag) return;
  const printed = row.range ?? (/\d/.test(row.rangeText ?? '') ? parseReferenceRange(row.rangeText!) : null);
  const byRange = row.value !== null && printed && (printed.low !== undefined || printed.high !== undefined) ? flagFromRange(row.value, row.comparator, row.valueText, printed) : null;
  if (row.value === null || row.value === undefined || (byRange !== null && flagSide(byRange) !== letter.side) || (byRange === null && (!flagColumn || letter.rangeOnly))) delete row.flag;
  else row.normalizedFlag = byRange ?? letter.side;
}

/**
 * The tokens of a row's tail as parseTailRead reads them (the ones before `start` as they are): a flag, a unit or a
 * reference label run against its value or range split off (`145H` → `145 H`), a comparator printed apart joined to its
 * number, a unit printed before the value put after it. Each token from `start` is read from itself, the tokens
 * before it back to `start` and `input[start]`; the comparator and the unit before the value from the first three.
 */
function tailTokens(input: readonly string[], start: number, percent: { fromRange: boolean }): { tokens: string[]; markedUnit: string | null } {
  // `145H` → `145 H`
  const tokens: string[] = input.slice(0, start);
  // The unit read without the laboratory's star after it (`tys/µl*`), if any.
  let markedUnit: string | null = null;
  // (redos) The units printed between the value and the token read (input[start + 1 .. start + k - 1]), gathered as
  // the tokens are read, each asked once: a unit that is no value, and the first two of those that are no flag either
  // (none or one is all the per-cent range asks). A scan of the row before each token was the square of its length
  // (a line of 700 `(1-2%)` after a value: 0.4 s).
  let unitBefore = false;
  const unitsBeforeFlagless: string[] = [];
  let seenTo = start + 1;
  const seeUnitsBefore = (k: number) => {
    for (; seenTo < start + k; seenTo++) {
      const w = input[seenTo]!;
      if (!isUnitToken(w) || parseValueToken(w)) continue;
      unitBefore = true;
      if (unitsBeforeFlagless.length < 2 && !parseFlagToken(w)) unitsBeforeFlagless.push(w);
    }
  };
  for (const [k, t] of input.slice(start).entries()) {
    // (ocrlis) Three stars printed apart right after the value (`20.6 ***  g/dL`) are left off as glued ones are (STUCK_FLAG).
    if (k === 1 && t === '***' && parseValueToken(input[start]!)) continue;
    // (Only a token that ends as a flag does: on a long run of digits the expression costs its square.)
    // (robustdelta) An `O` against an `H` is a hydroxy group, no zero and a high flag: `Vitamin D 25OH`, `17OH` (an
    // OCR's O for 0 is read between digits, `1O5H`, not before the flag letter).
    const stuck = STUCK_FLAG_END.test(t) ? STUCK_FLAG.exec(t) : null;
    const m = stuck && /[Oo]$/.test(stuck[1]!) && stuck[2]!.startsWith('H') ? null : stuck;
    // `<150mg/dL`, `70-99mg/dL`, `40mg/dL` after `> OR =`: a range (or its bound) with the unit printed against it,
    // past the result, is the range and the unit.
    // Only where the row prints no unit of its own before it (`5  x10^6/L  ( <2x10^6/L )` keeps its range as printed).
    // (splitRangeUnit first: it fails for almost every token, and the look back is a scan of the row.)
    const split = k > 0 ? splitRangeUnit(t) : null;
    const ranged = split && (seeUnitsBefore(k), !unitBefore) ? split : null;
    // `2.920 */mm3`, `2,19 *g/l` (French printouts): a star against the unit after the value is the value's flag.
    const starred = k > 0 && /^\*[^*\s]/.test(t) && parseValueToken(input[start + k - 1] ?? '') && isUnitToken(t.slice(1)) ? t.slice(1) : null;
    // `8,0 tys/µl*`, `43 %*` (a Polish laboratory's OCR'd printout, every row so): a star after the unit is a mark of
    // the laboratory's (an accredited method, a footnote), no part of the unit and no flag — unless the star is the
    // unit's own (`mL/min/1.73m*`, a lost superscript two).
    const marked = k > 0 && /^[^*\s]+\*$/.test(t) && toUcum(t) === null && parseValueToken(input[start + k - 1] ?? '') && !parseValueToken(t.slice(0, -1)) && isUnitToken(t.slice(0, -1)) ? t.slice(0, -1) : null;
    // (labs42fix) `29 (24-39%)`, `3.18% (0-4.2%)`: a range in parentheses with a per cent sign against its last bound
    // is the range (its text as printed, with the sign), never the unit; a row that printed no unit before it is in
    // per cent, the unit printed with its range. After a unit other than per cent it stays as it was.
    const percentRange = k > 0 ? PERCENT_RANGE_IN_PARENS.exec(t) : null;
    // (The value's own unit may be run against it: `3.18%`.)
    const stuckFirst = percentRange && !parseValueToken(input[start] ?? '') ? splitStuckUnit(input[start] ?? '') : null;
    const unitsBefore = percentRange ? (seeUnitsBefore(k), [...(stuckFirst ? [stuckFirst[1]] : []), ...unitsBeforeFlagless]) : [];
    if (percentRange && unitsBefore.length === 0 && parseValueToken(input[start] ?? '')) {
      tokens.push('%', `${percentRange[1]!}%`);
      percent.fromRange = true;
    }
    else if (percentRange && unitsBefore.length === 1 && toUcum(unitsBefore[0]!) === '%') tokens.push(`${percentRange[1]!}%`);
    else if (m && parseValueToken(m[1]!)) tokens.push(...(m[2] === '***' ? [m[1]!] : [m[1]!, m[2]!]));
    else if (t.endsWith('*') && starredSpan(t)) tokens.push(...starredSpan(t)!);
    else if (ranged) tokens.push(...ranged);
    else if (starred) tokens.push(starred, '*');
    else if (marked) {
      tokens.push(marked);
      markedUnit ??= marked;
    } else {
      // (The same unit run against the value, `8,0tys/µl*`; a reference label run against its range, `Ref:70-99`.)
      const glued = k === 0 ? gluedMarked(t) : null;
      const reference = k > 0 ? gluedReference(t) : null;
      if (glued) {
        tokens.push(...glued);
        markedUnit ??= glued[1];
      } else tokens.push(...(reference ?? [t]));
    }
  }
  // `< 0.5` where the result goes: a comparator printed apart from its number is the result's (`<0.5`).
  if (comparatorApartAt(tokens, start)) tokens.splice(start, 2, `${tokens[start]}${tokens[start + 1]}`);
  // (quest) Quest's `> or = 30`, `< OR =5.0` there (at least, at most): one comparator, the result's (`>=30`), as
  // `>= 30` is — never `> or` the end of the name before a value 30 (`Optimal:  > or = 30 ng/mL`, a tier's line).
  const orEqual = orEqualAt(tokens, start);
  if (orEqual) tokens.splice(start, orEqual.span, `${orEqual.comparator}=${orEqual.bound}`);
  if (tokens[start] !== undefined && !parseValueToken(tokens[start]!)) {
    const stuck = splitStuckUnit(tokens[start]!);
    if (stuck) tokens.splice(start, 1, ...stuck);
    // A unit column before the value column (`Cholesterol  mmol/L  6.3  <4.5`): a unit with a slash, then a value.
    // A number in parentheses after it, or a bound ending the line, is the range (`g/D  ( <0.15 )`, nothing in the
    // result column), not the value.
    else if ((/[/%]/.test(tokens[start]!) || WORD_UNIT_BEFORE_VALUE.test(tokens[start]!)) && isUnitToken(tokens[start]!) && tokens[start + 1] !== undefined && !/^\(/.test(tokens[start + 1]!)
      && (tokens[start + 2] !== undefined || !/^[<>≤≥]/.test(tokens[start + 1]!)) && parseValueToken(tokens[start + 1]!)) {
      tokens.splice(start, 2, tokens[start + 1]!, tokens[start]!);
    }
  }
  return { tokens, markedUnit };
}

/**
 * (redos3) Whether a token where the value goes (tailTokens') can begin one as parseTailRead reads it: a number (with a
 * comparator), a span or count per field (a digit first), or a qualitative answer's first word (qualitativeValueAt).
 */
function mayBeginValue(token: string): boolean {
  return parseValueToken(token) !== null || /^\s*\d/.test(token) || mayBeginQualitativeValue(token);
}

function parseTailRead(input: readonly string[], start: number, knownName: () => boolean, digitsMayBeCode: boolean, percent: { fromRange: boolean }, reading: TiersReading): Tail | null {
  // (redos3) The token where the value goes, read from the next four tokens alone (tailTokens reads it from no more):
  // a row is looked for at every word of a line, and each try read the whole rest of it, the square of its length
  // (80 lines of `A` and 2,490 ` <`: 5.8 s) — only a token that can begin a value has the rest read.
  const head = tailTokens(input.slice(0, start + 4), start, { fromRange: false }).tokens[start];
  if (head === undefined || !mayBeginValue(head)) return null;
  const { tokens, markedUnit } = tailTokens(input, start, percent);
  // `calc` where a unit goes says how the value was found, not what it is in; a dash alone is an empty cell
  // (`Present  -  -`), unless it stands between two numbers (`3.5 - 5.0`).
  for (let i = tokens.length - 1; i > start; i--) {
    // (names) A plus before the upper bound after a negative lower one (`-2.0 - +2.0`) is its sign (upperBoundAfter).
    const lower = parseNumber(tokens[i - 1] ?? '');
    const dash = DASH_TOKEN.test(tokens[i]!) && !(lower !== null && upperBoundAfter(lower, tokens[i + 1]) !== null);
    if (isUnitNoise(tokens[i]!) || dash) tokens.splice(i, 1);
  }
  // `1 +`, `3 +  Negative`: a dipstick's answer printed apart from its plus (`1+`) when no unit and no numeric range
  // follow — not a result of 1 flagged high (`Kalium 4 + mmol/L` is 4, high).
  if (/^[1-4]$/.test(tokens[start] ?? '') && tokens[start + 1] === '+' && !isUnitToken(tokens[start + 2] ?? '')
    && !tokens.some((_, i) => i > start + 1 && numericRangeAt(tokens, i))) {
    tokens.splice(start, 2, `${tokens[start]}+`);
  }
  const n = tokens.length;
  let k = start;
  // Nothing where the result goes (a row of empty cells, `| | | |`): no row, rather than a read past the end.
  if (k >= n) return null;
  const out: Tail = { value: null, hadPrevious: false };
  // A count per microscope field in three words (`1 a 2/campo`, Portuguese and Spanish: `a` is `to`): a span, kept
  // as printed as PER_FIELD_COUNT's one-word form is — not a value of 1 in a unit `2/campo`.
  const perFieldSpan = k + 3 <= n && /^(?:a|to)$/i.test(tokens[k + 1]!) && PER_FIELD_COUNT.test(tokens.slice(k, k + 3).join(' '));
  // (labsleft) The same span apart from its per-field unit (`1-2 /HPF`, `3 - 5  LPB`, `0-1 /LPF`): the span as printed,
  // the unit the row's, as the record reader reads `"1 - 2"` with `"/HPF"` (coding flags it against its range).
  // (A star against the span's upper bound, `1 - 2*`, `3-5*`, apart since starredSpan: the flag, before the unit.)
  const spanWords = perFieldSpan ? 0 : countSpan(tokens[k]) ? 1 : k + 3 <= n && DASH_TOKEN.test(tokens[k + 1]!) && countSpan(tokens.slice(k, k + 3).join(' ')) ? 3 : 0;
  const starAfterSpan = spanWords > 0 && /^\*{1,2}$/.test(tokens[k + spanWords] ?? '') ? 1 : 0;
  const spanApart = spanWords > 0 && k + spanWords + starAfterSpan < n && isPerFieldUnit(tokens[k + spanWords + starAfterSpan]!);
  const v = perFieldSpan || spanApart ? null : parseValueToken(tokens[k]!);
  if (perFieldSpan) {
    out.valueText = tokens.slice(k, k + 3).join(' ');
    k += 3;
  } else if (spanApart) {
    out.valueText = tokens.slice(k, k + spanWords).join(' ');
    if (starAfterSpan) out.flag = tokens[k + spanWords]!;
    out.unit = tokens[k + spanWords + starAfterSpan]!;
    k += spanWords + starAfterSpan + 1;
  } else if (v) {
    out.value = v.value;
    if (v.comparator) {
      out.comparator = v.comparator;
      out.valueText = v.text;
    }
    k++;
  } else if (PER_FIELD_COUNT.test(tokens[k] ?? '')) {
    // `50-60/f`, `4-6/HPF`: cells counted per microscope field, as a span — kept as printed.
    out.valueText = tokens[k]!;
    k++;

  } else {
    const q = qualitativeValueAt(tokens, k);
    if (!q) return null;
    out.valueText = tokens.slice(k, k + q).join(' ');
    k += q;
  }
  k = readFlag(tokens, k, out);
  // The previous result and its date: `98 05/01/2023`, `22 High 05/01/2023`, `<5.0 04/13/2022`.
  if (k < n && parseValueToken(tokens[k]!)) {
    if (tokens[k + 1] !== undefined && isDateToken(tokens[k + 1]!)) {
      k += 2;
      out.hadPrevious = true;
    } else if (tokens[k + 1] !== undefined && parseFlagToken(tokens[k + 1]!) && tokens[k + 2] !== undefined && isDateToken(tokens[k + 2]!)) {
      k += 3;
      out.hadPrevious = true;
    }
  }
  if (/^(reference|ref\.?)$/i.test(tokens[k] ?? '') && /^(range|interval):?$/i.test(tokens[k + 1] ?? '')) {
    // Quest: `Reference Range: <200 mg/dL OPTIMAL`.
    k += 2;
    const r = rangeAt(tokens, k);
    if (!r) return null;
    k += r.span;
    if (k < n && isUnitToken(tokens[k]!)) out.unit = tokens[k++];
    out.rangeText = [r.text, ...tokens.slice(k)].join(' ');
    return out;
  }
  // (text7 review) A comma after the unit (`45 ng/mL, ref 30 - 100`) is the sentence's, no part of the unit.
  if (k < n && isUnitToken(tokens[k]!) && !rangeWordsAt(tokens, k) && !labelledRangeToken(tokens[k]!)) out.unit = tokens[k++]!.replace(/(?<=\S),$/, '');
  // `mg/mmol Creat`, `mg/g creatinine`: a ratio's unit printed with the analyte it is per.
  if (out.unit && k < n && /^[A-Za-z]+$/.test(tokens[k]!) && toUcum(`${out.unit} ${tokens[k]}`)) out.unit = `${out.unit} ${tokens[k++]}`;
  // (`Normal` of `Normal Range: 15-150` is the label's word, not the row's flag; so is `Normal` alone before a range with
  // bounds: `Cholesterol  210 mg/dL  Normal < 200` is above its range, not normal.)
  const labelBeforeRange = k < n - 1 && REFERENCE_LABEL.test(tokens[k]!.replace(/:$/, '')) && numericRangeAt(tokens, k + 1) !== null;
  if (!twoWordRangeLabel(tokens, k, out) && !labelBeforeRange) k = readFlag(tokens, k, out);
  // (fixnm) Tiers in one cell parted by slashes (`Eksiklik: <20 / Yetersizlik: 20-30 / Yeterli: 30-100  Düşük`): the
  // tiers are the range's text (no bounds: the reader knows no tier the patient's), a flag after them the row's.
  const slashed = out.value !== null && !out.rangeText ? slashedTiersAt(tokens, k) : null;
  if (slashed) {
    out.rangeText = slashed.text;
    out.rangeTextOnly = true;
    return readFlag(tokens, slashed.end, out) === n ? out : null;
  }
  // A word in parentheses where the unit or range goes says when or how the sample was taken (`Glucose  5.2
  // (Fasting)  3.0-6.0`, `Cortisol  450  nmol/L  (AM)  140-690`): no unit, and no reason to lose the row. A range
  // given elsewhere (`(SEE-BELOW)`) is the range's text, read without its parentheses.
  // (b65) Any language's letters (`(nüchtern)`); a flag's word there that is no flag token alone (`(bas)`, low:
  // normalizeFlag's OTHER_LANGUAGE_FLAG_PHRASES) is the row's flag.
  if (k < n && /^\(\p{L}[\p{L}\p{M}-]*\)$/u.test(tokens[k]!) && !/^\(see\b/i.test(tokens[k]!) && !isUnitToken(tokens[k]!) && !parseFlagToken(tokens[k]!)) {
    if (out.value !== null && !out.flag && normalizeFlag(tokens[k]!)) out.flag = tokens[k]!.slice(1, -1);
    // (mend1) A word that is no flag may still change the analyte (`Calcium  1.20 mmol/L  (ionisé)`): kept for the
    // row's name to be tried with it (TextParseOptions.nameWithBracket).
    else if (out.value !== null) BRACKET_AFTER_VALUE.set(out, tokens[k]!.slice(1, -1));
    k++;
  }
  // (b64) Two to four words in brackets ending the row after its value, no range (`LDL: 102 mg/dL (Near optimal)`,
  // `Estimated Avg Glucose: 99 mg/dL (Good control)`: the report's word on the value): no reason to lose the row either —
  // a flag's phrase there (`(Above range)`, `(Out of range)`) is its flag, other words give none; a dose's or an
  // intake's words (`(once daily)`, `(one tablet a day)`) never end a result's row, and `(See Below)` is a range given
  // elsewhere (the range's text, read below).
  if (out.value !== null && !out.rangeText && k < n) {
    const words = WORDS_IN_BRACKETS_ENDING.exec(tokens.slice(k).join(' '))?.[1];
    if (words && !DOSE_WORDS.test(words) && !/^see\b/i.test(words)) {
      if (!out.flag && normalizeFlag(words)) out.flag = words;
      k = n;
    }
  }
  // (tiers) Interpretation tiers alone where the range goes, to the line's end: the tiers' text is the range (no bounds,
  // no flag from them: which tier is the patient's normal is not the reader's to pick).
  const tiers = tiersAlone(tokens, k, start, out, knownName, reading);
  if (tiers) {
    out.rangeText = tiers;
    out.rangeTextOnly = true;
    return out;
  }
  // A label before the range (`Ref: <=0.10`, `Normal: 4.0-11.0`).
  if (k < n - 1 && /^(ref|ref\.|reference|normal|range|ref\.?range):$/i.test(tokens[k]!) && rangeAt(tokens, k + 1)) k++;
  // The same label in two words, with or without its colon, between the unit and the range of a one-line row
  // (`Estradiol  82 pg/mL Reference Range 15-350`, `Sodium 140 mmol/L Normal range: 135-145`): no part of the range.
  else if (twoWordRangeLabel(tokens, k, out)) k += 2;
  // A word that labels the reference range, with or without its colon, before a range with bounds (`mg/dL  DESEABLE
  // < 200`, `Desirable: <200`, `Optimal 40-60`): the range is what follows it, as `unlabelled` reads a range column's.
  // (groups) Not a population's (`Adultos:`) that opens the ranges of several groups (`Adultos: 0,6 a 1,2  Crianças: 0,3 a
  // 0,7`): it labels its group there (groupRangesAt).
  else if (k < n - 1 && REFERENCE_LABEL.test(tokens[k]!.replace(/:$/, '')) && numericRangeAt(tokens, k + 1)
    && !(out.value !== null && groupWord(tokens[k]!) && (groupRangesAt(tokens, k, out.unit, knownName)?.parts.length ?? 0) >= 2)) k++;
  // (fix9) A label that names the laboratory's range (`V.R.:`, `Ref:`, `Valores de referencia:`: LAB_RANGE_LABEL) before
  // the ranges of groups or sexes (`V.R.: Varones 13,5 a 17,5 - Mujeres 12,0 a 16,0`) labels no group: the ranges are
  // read after it (sexRangesAt, groupRangesAt below), as without it — the row had been lost.
  else if (out.value !== null && k < n - 1 && LAB_RANGE_LABEL.test(tokens[k]!.replace(/[:：]$/, ''))
    && (sexRangesAt(tokens, k + 1) || groupRangesAt(tokens, k + 1, out.unit, knownName))) k++;
  // (labs38fix) A status word between the value (its unit) and the bounds (`HEMOGLOBIN  11.9  Below  13.5  17.5`, an
  // app's `Index status` column before its two bound columns; `… High 4.0 - 11.0`): the row's flag, and the bounds
  // its range — not a range `Below 13.5` with the upper bound left over. Two plain numbers ending the row (the lower
  // first) or a range with both bounds; `Below 13.5` alone is still the range `below 13.5`.
  // (statuswords) A status phrase there (`Apolipoprotein B  104 mg/dL  Above range  (< 90 mg/dL)`, Superpower's; `Below
  // normal`, `In range`, `Out of range`: statusPhraseAt) before a range: the phrase is the flag, the range read after
  // it — whatever bounds the range has, as a phrase is never a range's label. A flag letter read before it stays where
  // it says the same side; another side leaves the line unread (as after a range: flagPhraseToEnd).
  let phraseBeforeRange: string | undefined;
  if (out.value !== null && !out.rangeText) {
    const span = statusPhraseAt(tokens, k);
    const said = span ? normalizeFlag(tokens.slice(k, k + span).join(' ')) : null;
    if (said && (rangeAt(tokens, k + span) || boundsEndingRow(tokens, k + span))) {
      // (flags.ts statusBesideFlag; the range, read after the phrase, is judged once read: below.)
      const beside = statusBesideFlag(said, out.flag, null);
      if (beside === 'unread') return null;
      if (beside === 'phrase') out.flag = phraseBeforeRange = tokens.slice(k, k + span).join(' ');
      k += span;
    }
  }
  if (out.value !== null && !out.rangeText) {
    const word = !out.flag && k < n && /^(?:below|above)$/i.test(tokens[k]!) ? tokens[k]! : undefined;
    const read = !word && out.flag && (STATUS_BEFORE_BOUNDS.test(out.flag) || out.flag === phraseBeforeRange) && tokens[k - 1] === out.flag.split(' ').at(-1) ? out.flag : undefined;
    const at = word ? k + 1 : k;
    const two = (word || read) ? boundsEndingRow(tokens, at) : null;
    if (two) {
      // (fix38b) The word is the flag only where the bounds agree with it (`Hemoglobin  11.9 g/dL  Normal  13.5  17.5`
      // is below its range: `Normal` labels the range there); else the flag is the bounds'.
      if (statusAgrees(word ?? read!, out.value, two)) out.flag = word ?? read;
      else delete out.flag;
      out.rangeText = two.text;
      out.range = { low: two.low, high: two.high };
      return out;
    }
    const both = word ? numericRangeAt(tokens, at) : null;
    if (word && both) {
      const bounds = parseReferenceRange(both.text);
      if (bounds.low !== undefined && bounds.high !== undefined) {
        if (statusAgrees(word, out.value, { low: bounds.low, high: bounds.high })) out.flag = word;
        k++;
      }
    }
  }
  // (labsleft) A range per sex ending the row (`M: 4.0~8.5 F: 3.5~7.0`, `Male 13.5-17.5 / Female 12.0-15.5`): its
  // whole text is the range (sexRangesAt), a flag perhaps after it.
  // (groups) The ranges of several groups side by side, labelled by any population's words or printed as columns under
  // a header of groups (groupRangesAt): the whole text is the range, as by sex.
  // (groups, second review) One labelled group alone (`Female: 12.0-15.5`, `Postmenopausal: <30`) and two unlabelled
  // ranges are text too: the reader knows no patient's group (groupRangesAt).
  const sexes = out.value !== null ? sexRangesAt(tokens, k) : null;
  const bySex = sexes ?? (out.value !== null ? groupRangesAt(tokens, k, out.unit, knownName) : null);
  if (bySex) {
    out.rangeText = bySex.text;
    GROUPS_READ.set(out, sexes ? 'sexes' : 'groups');
    k = readFlag(tokens, k + bySex.span, out);
    return k === n ? out : null;
  }
  // (fixnm) A stage's or a population's label and a range in one bracket (`Estradiol 212 pg/mL  (mid-cycle
  // 131-1655)`, a chat line's): the range's text, label and all; one group's interval is its bounds (parseReferenceRange,
  // GROUP_LABEL_SPACE: the lead's fixr decision, with or without the label's colon).
  const labelledBracket = out.value !== null && !out.rangeText ? labelledBracketRangeAt(tokens, k) : null;
  if (labelledBracket) {
    out.rangeText = labelledBracket.text;
    return readFlag(tokens, k + labelledBracket.span, out) === n ? out : null;
  }
  const r = rangeAt(tokens, k);
  const rangeFrom = k;
  // `Leukocyty  8,0  tys/µl*  3,8  10,0`: two plain numbers ending a row after its value and a unit the laboratory
  // marks with a star (the Polish printout's layout: bounds in two columns without a header over them), the first below
  // the second, are its lower and upper bound. Without that mark two numbers there are as often previous results
  // (`Glucose 95 mg/dL 92 97`), a cumulative report's earlier columns, a date's month and year (`12 2025`), a page's
  // numbers or a dose's schedule (`Metformin 500 mg 1 2`): no range.
  const low = !r && out.value !== null && out.unit && out.unit === markedUnit && k === n - 2 && /^\d+(?:[.,]\d+)?$/.test(tokens[k]!) && /^\d+(?:[.,]\d+)?$/.test(tokens[k + 1]!)
    ? [parseNumber(tokens[k]!), parseNumber(tokens[k + 1]!)] : null;
  if (low && low[0] !== null && low[1] !== null && low[0] < low[1]) {
    out.rangeText = `${tokens[k]} ${tokens[k + 1]}`;
    out.range = { low: low[0], high: low[1] };
    return out;
  }
  if (r) {
    out.rangeText = r.text;
    k += r.span;
    // (labs38fix) A tier's label after a one-bound range (`TOTAL CHOLESTEROL  171 mg/dl  < 200.0 (desirable)`): the
    // range is the bound. A tiered range whole (`< 200.0 (desirable) 200.0 - 239.0 (borderline) >= 240.0 (high)`):
    // its text as printed, which gives no bounds and no flag — the last tier's `(high)` is no flag of the row.
    // (fix38b) Only a normal tier's label (`(desirable)`, `(optimal)`, `(normal)`) leaves the bound as the range; another
    // (`< 20 (deficient)`, `>= 126 (diabetes)`, `>= 160 (high)`, `> 40 (men)`) is a tier or a population, not the range:
    // the whole text, with no bounds and no flag. A printed flag's letters (`(H)`, `(HH)`, `(LL)`) are the flag.
    // (b65m) Nor a range-side word (`< 200 (oberhalb)`, `> 15 (below)`: RANGE_SIDE_WORDS): the row's flag, read after the
    // range (flagPhraseToEnd), the bound kept.
    if (/^[<>≤≥]/.test(r.text) && k < n && TIER_LABEL.test(tokens[k]!) && !FLAG_LETTERS_IN_PARENS.test(tokens[k]!)
      && !RANGE_SIDE_WORDS.has(tokens[k]!.slice(1, -1).toLowerCase())) {
      const tiers = tiersToEnd(tokens, k + 1);
      if (tiers) {
        out.rangeText = [r.text, ...tokens.slice(k)].join(' ');
        return out;
      }
      if (k === n - 1) {
        if (NORMAL_TIER.test(tokens[k]!)) return out;
        out.rangeText = [r.text, tokens[k]].join(' ');
        out.rangeTextOnly = true;
        return out;
      }
    }
    // `39-117; Criança<400`: another population's bound after the range, its label glued to it, ends the row — one
    // range text of two populations (parseReferenceRange keeps it as text, no bounds), not a unit `Criança<400`.
    if (k === n - 1 && populationBound(tokens[k]!)) {
      out.rangeText = `${r.text}; ${tokens[k]}`;
      return out;
    }
    // `35 a 70; risco <35`, `35 to 70; risk <35`: a risk tier's one bound after an interval is the range's text too (the
    // semicolon between is no token): riskTierAfter.
    const risk = riskTierAfter(tokens, k, r.text);
    if (risk) {
      out.rangeText = risk.text;
      k += risk.span;
    }
    // (quest review) Not Quest's site code of letters and digits ending the row (`Chol/HDLC Ratio  3.7  <5.0  Z4M`): no unit.
    if (!out.unit && k < n && isUnitToken(tokens[k]!) && !(k === n - 1 && siteCodeOfDigits(tokens[k]!))) out.unit = tokens[k++];
    // `203 μmol/L  62-115 μmol/L`: the row's unit repeated after its range is not another part of the row.
    else if (out.unit && k < n && sameUnit(tokens[k]!, out.unit)) k++;
    // (labs56) Another unit after the range, ending the line (`CHCM  33,0 g/dL  31,0 a 36,0 %`: a misprint of the range's
    // unit): the row keeps its value's unit and the range as printed, its unit with it. (fix5) Where UCUM converts the
    // range's unit into the value's (`135-145 mEq/L` for a value in mmol/L is read later, by the ion's charge:
    // readEquivalentRanges), the bounds converted into the value's unit (`Hemoglobin 9.0 g/dL 120-160 g/L`: 12-16 g/dL;
    // a factor of 1, `TSH 5.5 uIU/mL 0.4-4.0 mIU/L`: the bounds as printed), kept when the value lies on their scale
    // (between a fifth of the low and five times the high), else the text alone (`Hemoglobin 11.0 g/dL 12.0-16.0 g/L`:
    // a misprinted unit, 1.2-1.6 g/dL). (fix56) Units that convert only through a molar mass the reader does not know
    // (units.ts unitsConvertible: `Calcio 9,5 mg/dL 2,1-2,6 mmol/L`, on the value's scale by chance): the text alone.
    // Units that do not convert: the bounds where the value lies near them (onRangeScale within twice: `Hematocrit 42 %
    // 13-17 g/dL` is another test's range), else the text alone (no bounds, no flag). Never the row dropped.
    else if (out.unit && k === n - 1 && out.value !== null && isUnitToken(tokens[k]!) && toUcum(tokens[k]!) && toUcum(out.unit)) {
      out.rangeText = `${r.text} ${tokens[k]}`;
      Object.assign(out, rangeInOtherUnit(out.value, toUcum(out.unit)!, r.text, toUcum(tokens[k]!)!));
      k++;
    }
  }
  // (rangenote) A bracket of words after the range (and its unit) is the range's note (`264-916 (fasting)`, `3.7-9.5
  // ng/ml (morning)`, `1-10 μU/ml (optimal)`): kept in the range's text, its bounds as rangeNoteAt says.
  const note = r && /\d/.test(r.text) && out.rangeText === r.text ? rangeNoteAt(tokens, k, r.text, out.value, Boolean(out.unit) || knownName()) : null;
  if (note) {
    out.rangeText = `${r!.text} ${note.text}`;
    if (!note.bounds) out.rangeTextOnly = true;
    k += note.span;
  }
  // (statuswords) The phrase before the range gives way to it where it names no side or another (phraseGivesWay).
  if (phraseBeforeRange !== undefined && out.flag === phraseBeforeRange && phraseGivesWay(normalizeFlag(phraseBeforeRange)!, flagByPrintedRange(out))) delete out.flag;
  // (bands) The laboratory's interpretation bands after its reference range, to the line's end, a printed flag perhaps
  // between (`Vitamin D  32  ng/mL  30-100  Insufficiency 20-29`, `HbA1c  5.9  %  4.0-5.6  Prediabetes 5.7-6.4`, `LDL  130
  // mg/dL  <100  Optimal <100, Near optimal 100-129`, `1.04-1.56 , препоръчани стойности >1.2`): the row's comment, as a
  // method's or an NTE line is; the reference range and its bounds the row's — the line had been dropped whole
  // (bandsToEnd).
  // Only after a reference range printed as the laboratory's (after the value, its unit, a flag's letters or a label of
  // the laboratory's range: `Ref:`), never one a tier's or a status's word labels (`Optimal 72-86  Borderline 100-125`,
  // `Low <40  Optimal >=60`: the reviewed tiers beside an optimal range, which read as before).
  if (r && out.value !== null && !out.rangeTextOnly && /\d/.test(out.rangeText ?? '') && (out.unit || knownName()) && laboratoryRangeAfter(tokens[rangeFrom - 1])) {
    // A flag's token first is the row's flag only where the bands do not begin with it (`Low risk <1.0`).
    const note = (at: number) => bandsToEnd(tokens, at) ?? labelledNoteToEnd(tokens, at);
    const whole = note(k);
    const flagged = !whole && k < n && parseFlagToken(tokens[k]!) && !out.flag ? 1 : 0;
    const bands = whole ?? (flagged ? note(k + 1) : null);
    const bounds = out.range ?? parseReferenceRange(out.rangeText);
    if (bands && (bounds.low !== undefined || bounds.high !== undefined)) {
      if (flagged) out.flag = tokens[k]!;
      appendComment(out, bands);
      return out;
    }
  }
  const flaggedBefore = out.flag !== undefined;
  const flagAt = k;
  k = readFlag(tokens, k, out);
  // (flagwords review) A flag word after a numeric range that begins a label with more words or a bound after it
  // (`70-99  High risk`, `0-5  Low risk`, `0-5  High sensitivity assay`, `3.5-5.3  Critical low <2.5`), the whole no
  // flag normalizeFlag knows, is no flag of the row: the range decides (a value in range had read high or critical).
  if (r && /\d/.test(r.text) && !flaggedBefore && out.flag !== undefined && /^[A-Za-z]{3,}/.test(out.flag) && k < n
    && /^[\p{L}<>≤≥]/u.test(tokens[k]!) && normalizeFlag(tokens.slice(flagAt).join(' ')) === null) delete out.flag;
  // (labsleftfix) A star after the range (`70-99*`, `0.6-1.2**`, `135 - 145 *`) on a row whose number lies within it
  // is a footnote's mark, not the flag (the range's flag then: normal); outside it (`Sodium 150 mmol/L 135-145*`) it
  // is the printed flag, as a star on the value always is (`95*`, `"1 - 2*"`).
  if (r && !flaggedBefore && out.flag !== undefined && /^\*{1,2}$/.test(out.flag) && out.value !== null
    && flagFromRange(out.value, out.comparator, out.valueText, parseReferenceRange(r.text)) === 'normal') delete out.flag;
  // (fix2) A status phrase whose first word alone reads as a flag (`В норме`, in the norm: the Cyrillic `В` is a side
  // letter, high): the phrase, read whole (flagPhraseToEnd), not the letter with a word left over.
  if (!flaggedBefore && out.flag !== undefined && k > flagAt && k < n && tokens.slice(flagAt).every((w) => /^\p{L}+$/u.test(w))
    && normalizeFlag(tokens.slice(flagAt).join(' ')) !== null) {
    delete out.flag;
    k = flagAt;
  }
  k = flagPhraseToEnd(tokens, k, out, knownName);
  if (out.unit || out.rangeText) {
    // The previous result (and its date) printed after the range (`49 30-100 ng/mL 58.0 10/10/2025 UL`).
    // (ocrlis) The date may be in brackets (`4,35 (12/05/26)`: a French compte rendu's Antériorités column).
    const dated = (t: string) => isDateToken(t.replace(/^\((.+)\)$/, '$1'));
    if (k < n - 1 && parseValueToken(tokens[k]!) && (dated(tokens[k + 1]!) || SITE_CODE.test(tokens[k + 1]!))) {
      k += dated(tokens[k + 1]!) ? 2 : 1;
    }
    // Numbers alone after a numeric range end the row: the previous results' columns (`Sodium  150  mmol/L  135 - 145
    // 148`, `Plaquettes  520 000  /mm3  150 000 - 400 000  505 000`; two of them under `Resultados anteriores`:
    // `Hemoglobina  15.1 g/dl  13.0 - 17.0  14.8  14.6`), up to three earlier results.
    const previous = n - k;
    if (previous >= 1 && previous <= 3 && /\d/.test(out.rangeText ?? '') && tokens.slice(k).every((t) => parseValueToken(t) && !isDateToken(t))) {
      k = n;
      out.hadPrevious = true;
    }
    // A performing-site column (`01`, `UL`, `EZ`) closes the row. (quest) So does Quest's site code after a numeric range
    // and the row's unit, with no header over it (`LH  0.2 L  1.5-9.3 mIU/mL  Z4M`: QUEST_SITE_CODE).
    if (k === n - 1 && SITE_CODE.test(tokens[k]!)) return out;
    if (k === n - 1 && out.value !== null && (out.unit || siteCodeOfDigits(tokens[k]!)) && /\d/.test(out.rangeText ?? '') && QUEST_SITE_CODE.test(tokens[k]!)
      && toUcum(tokens[k]!) === null && !parseFlagToken(tokens[k]!)) return out;
    // Date columns after a full row (collected, reported: `03/01/2025 08:15  03/01/2025 14:20`) close it: a date is
    // not a value, and the row is no less a row for having one.
    let d = k;
    while (d < n && isDateToken(tokens[d]!)) {
      d++;
      while (d < n && isTimeToken(tokens[d]!)) d++;
    }
    if (d > k && d === n) return out;
  }
  // A label glued by a colon to numbers that names no population, tier or stage (`Glucose 92 mg/dL Ward:3-4`,
  // `Tel:555-1234`, `Days:1-5`; namesRangeLabel) ends a row that has its value and unit: no range, and no reason to lose
  // the row (labsfix31).
  if (k === n - 1 && out.value !== null && out.unit && !out.rangeText) {
    const glued = LABEL_GLUED_RANGE.exec(tokens[k]!);
    if (glued && /\p{L}/u.test(glued[1]!) && /^[\d.,:/-]+$/.test(glued[2]!) && /\d/.test(glued[2]!) && !namesRangeLabel(glued[1]!)) return out;
  }
  // (labs37fix) One code after a value and its unit, on a row with no range (`GLU  102  mg/dL  00CF`, `TRIG 264. mg/dL
  // 1216`: an analyser's four-character code or checksum per result, its meaning not printed): no part of the row, and
  // never its value — a number stands before the unit already. Only under a name the catalog knows and after a unit
  // UCUM reads (`Tarih: 16 Eylül 2025` is a date; an OCR'd row's lost-dash range `1343` under a name it does not know).
  // (The code as printed: `00D8` after a unit glued to its value is not split as a bound and its unit.)
  const last = input[input.length - 1] ?? '';
  if (k < n && tokens.slice(k).join('') === last && out.value !== null && out.unit && toUcum(out.unit) !== null && !out.rangeText && !out.flag
    && TRAILING_CODE.test(last) && (/[A-Z]/.test(last) || digitsMayBeCode) && knownName()) return out;
  // A method column after a full row (`3 mm/hr <=10 Capillary Photometry`): words without digits, not a row's part.
  // (labs52fix) Its words may hold any Latin letter (`UV Cinético`, `Jaffé Compensado`, `Solubilización`), as the
  // ASCII ones do: a letter outside ASCII had made the whole line no row.
  // An analyser's model there (`51.00 40.37-161.48pmol/L i2000SR`, `… ECLIA Cobas8000`, `… AU5800`): a word of letters
  // and digits that starts with a letter and is no unit, no flag and no site code — after a unit and a numeric range.
  // (b68) In a method cell of words (one of three letters or more beside it: `IFCC without P5P`, `IFCC with P5P`) such a
  // word may be one a unit could be by its shape but that names none (toUcum: `P5P`, pyridoxal 5'-phosphate): a word of
  // the method's, no row's unit — the row had been dropped. Not a word UCUM reads as a unit, nor a power of ten
  // (`x10E3`): the line stays unread, as before.
  // (fixr85b) An assay's temperature in the method cell (`IFCC 37°C`, `37 C`, `Szasz 37 °C`, `30ºC`: the enzymes'
  // reference temperatures) is the method's too, dropped before its words are judged: the row had been lost.
  const rest = withoutAssayTemperature(tokens.slice(k));
  const methodWords = rest.some((t) => /^\p{Script=Latin}{3,}$/u.test(t) && METHOD_WORD.test(t) && !parseFlagToken(t));
  if (k < n && out.unit && out.rangeText && rest.every((t) => (METHOD_WORD.test(t) && !parseFlagToken(t))
    || (/\d/.test(out.rangeText!) && ANALYSER_MODEL.test(t) && (!isUnitToken(t) || (methodWords && toUcum(t) === null && !/^[xX×]10/.test(t)))
      && !parseFlagToken(t) && !SITE_CODE.test(t)))) return out;
  return k === n ? out : null;
}

/**
 * (labs52fix) A row of a text line whose range is printed in square brackets with its bounds against the dash or the
 * comparator (`Glucosa 95 mg/dL [70-100]`, `[<=0.8]`): the range is what the brackets hold, as `[70 - 100]`
 * (unparenthesizeRanges) and `(70-100)` read on such a line — the brackets are no part of its text. (A table's range
 * cell is kept as printed, brackets and all, and so is Central European notation with two dots, `[4,0..10,0]`.)
 */
function bracketsOff(row: { rangeText?: string }): void {
  const m = row.rangeText !== undefined ? /^\[((?:(?!\.\.)[^[\]])+)\]$/.exec(row.rangeText) : null;
  if (m && readsAsRange(m[1]!)) row.rangeText = m[1]!;
}

/**
 * (fix2) A one-bound range printed whole in square brackets (`[<200]`, `[> 40]`, `[<=0.8]`), in a table's range cell as
 * on a text line (bracketsOff): the range is what the brackets hold. Unless the report prints its two-bound ranges in
 * Central European notation, two dots between the bounds inside brackets (`[4,0..10,0]`): its one-bound ranges keep their
 * brackets as printed, as its two-bound ones do.
 */
function oneBoundBracketsOff(rows: readonly { rangeText?: string }[]): void {
  if (rows.some((r) => r.rangeText !== undefined && TWO_DOT_BRACKETED.test(r.rangeText))) return;
  for (const row of rows) {
    const m = row.rangeText !== undefined ? ONE_BOUND_BRACKETED.exec(row.rangeText.trim()) : null;
    if (m && readsAsRange(m[1]!)) row.rangeText = m[1]!;
    // (fixige) So is a worded range whole in square brackets (`Protein  +  [Nil]`, `Nitrite  Positive  [Negative]`):
    // the words.
    const w = row.rangeText !== undefined && row.rangeText.length <= 80 ? WORDS_BRACKETED.exec(row.rangeText.trim()) : null;
    if (w) row.rangeText = w[1]!;
  }
}

/** (fixige) Words alone, one to four, whole in square brackets (`[Nil]`, `[Not detected]`, `[Pale yellow]`): what they hold (group 1). */
const WORDS_BRACKETED = /^\[\s*(\p{L}[\p{L}'-]*(?:[ /]\p{L}[\p{L}'-]*){0,3})\s*\]$/u;

/** (fix2) A comparator and one bound, whole in square brackets (`[<200]`, `[ >= 1,5 ]`): what they hold (group 1). */
const ONE_BOUND_BRACKETED = /^\[\s*((?:[<>≤≥]=?|=<|=>)\s*\d[\d.,]*)\s*\]$/;
/** (fix2) Two bounds with two dots between them inside square brackets (`[0,5..1,2]`): Central European notation. */
const TWO_DOT_BRACKETED = /^\[\s*-?\d[\d,.]*?\d?\s*\.\.\s*-?\d[\d.,]*\s*\]$/;

/** (fixr) A range cell's two bounds and the dash or `to` between them, whole in square brackets: the bounds (group 1). */
const BRACKETED_INTERVAL = new RegExp(String.raw`^\[\s*(-?\d[\d.,]*\s*${RANGE_TO}\s*-?\d[\d.,]*)\s*\]$`);

/** (labs52fix) A word of a method column after a row's range: Latin letters (accented too) and the marks methods print. */
const METHOD_WORD = /^\p{Script=Latin}[\p{Script=Latin}\p{M}(),.\-/&]*$/u;

/** (labs38fix) A status word an app prints between a result and its bounds (`Below`, `Above`, `High`, `Low`, `Normal`). */
const STATUS_BEFORE_BOUNDS = /^(?:below|above|high|low|normal)$/i;

/** (fix38b) Whether a status word before two bounds says what they say of the value (`Below` a value under the lower bound). */
function statusAgrees(word: string, value: number | null | undefined, bounds: { low: number; high: number }): boolean {
  return value !== null && value !== undefined && normalizeFlag(word) === flagFromRange(value, undefined, undefined, bounds);
}

/** (labs38fix) Two plain numbers that end a row, the lower first (`13.5  17.5`): its lower and upper bound. */
function boundsEndingRow(tokens: readonly string[], at: number): { low: number; high: number; text: string } | null {
  if (at !== tokens.length - 2 || !/^\d+(?:[.,]\d+)?$/.test(tokens[at]!) || !/^\d+(?:[.,]\d+)?$/.test(tokens[at + 1]!)) return null;
  const [low, high] = [parseNumber(tokens[at]!), parseNumber(tokens[at + 1]!)];
  return low !== null && high !== null && low < high ? { low, high, text: `${tokens[at]} ${tokens[at + 1]}` } : null;
}

/** (b64) Two to four words of letters in brackets, the whole of what is left of a row: the words. */
const WORDS_IN_BRACKETS_ENDING = /^\((\p{L}[\p{L}\p{M}'’-]*(?:\s+\p{L}[\p{L}\p{M}'’-]*){1,3})\)$/u;
/** (b64) Words of a dose or an intake (`once daily`, `one tablet a day`, `at night`): a prescription's, no result's. */
const DOSE_WORDS = /\b(?:daily|weekly|monthly|nightly|once|twice|thrice|times|tablets?|tabs?|capsules?|caps?|doses?|drops?|puffs?|sachets?|a\s+(?:day|week)|per\s+(?:day|week)|at\s+(?:night|bedtime))\b/i;
/** (labs38fix) A tier's label in parentheses after its range (`(desirable)`, `(borderline)`, `(high)`). */
const TIER_LABEL = /^\([A-Za-z][A-Za-z-]*\)$/;
/** (fix38b) A normal tier's label: the one-bound range before it is the reference range. */
const NORMAL_TIER = /^\((?:desirable|optimal|normal|recommended|target|sufficient|acceptable|reference|ideal)\)$/i;
/** (fix38b) A printed flag's letters in parentheses (`(H)`, `(HH)`, `(LL)`, `(A)`): a flag, never a tier's label. */
const FLAG_LETTERS_IN_PARENS = /^\((?:H|L|HH|LL|HI|LO|A|AA|N|C|CH|CL)\)$/i;

/** (bands) A printed flag's letters beside a range (`H`, `L*`, `HH`, `N`, a star or three): never a band's label. */
const FLAG_LETTERS = /^(?:[HLAN]{1,2}\*?|\*{1,3})$/;

/**
 * (bands) Whether the token before a range leaves it the laboratory's reference range: the value or its unit (a digit, a
 * unit UCUM reads), a flag's letters (`H`, `L*`, `HH`, a star, an arrow), or a label of the laboratory's range (`Ref:`,
 * `Reference:`, `Normal:`, `V.R.:`). A word of a tier or a status (`Optimal`, `Low`, `Desirable`) is none.
 */
function laboratoryRangeAfter(token: string | undefined): boolean {
  if (token === undefined) return false;
  if (/\d/.test(token) || (isUnitToken(token) && toUcum(token) !== null)) return true;
  if (FLAG_LETTERS.test(token) || /^[↑↓▲▼]$/.test(token)) return true;
  return /^(?:ref|ref\.|reference|normal|range|ref\.?range):$/i.test(token) || LAB_RANGE_LABEL.test(token.replace(/[:：]$/, ''));
}

/**
 * (tiers) German tier words (`wünschenswert: < 5,2  grenzwertig: 5,2 - 6,2  erhöht: > 6,2`, `erniedrigt`, `erwünscht`,
 * `Mangel`): a band's label in a German report (BAND_WORD). And a `zone` (`Optimal zone`, `Grey zone`: Lp(a) risk).
 */
const BAND_WORDS_GERMAN = String.raw`w[üu]nschenswert|erw[üu]nscht|grenzwertig|grenzbereich|erh[öo]ht|erniedrigt|vermindert|mangel|hoch|niedrig|risiko`;

/**
 * (bands review) The words an interpretation band's label holds, at least one in each: the tiers' words (TIER_WORDS_EN,
 * TIER_WORDS_OTHER_LANGUAGES — TIER_WORD's without its answers `negative`, `positive`, `no`) and those of a
 * recommendation, a glycaemia's or a CKD stage's (`G3a`). An allow-list: a review found every label a block-list missed (a sex, age,
 * phase or pregnancy in Polish, Turkish, German…) giving the first range bounds and a flag.
 */
const BAND_WORD = new RegExp(String.raw`^(?:${TIER_WORDS_EN}|${TIER_WORDS_OTHER_LANGUAGES}|mod[eé]r[eé]e?|carence|insuffisance|toxique|hyperglyc\p{L}*|recommended|recomendad[oa]s?|recommand[eé]e?s?|empfohlen\p{L}*|raccomandat[oa]|препоръчан\p{L}*|g[1-5][ab]?|stage|undesirable|${BAND_WORDS_GERMAN}|zone|gr[ae]y)$`, 'iu');

/** (tiers) Whether a band's label word says an interpretation (BAND_WORD), or one of its parts does (`Borderline-High`). */
const bandWord = (word: string): boolean => {
  const w = word.replace(/[:：]$/, '');
  return BAND_WORD.test(w) || (w.includes('-') && w.split('-').some((part) => part && BAND_WORD.test(part)));
};

/** (tiers) A tier's bound or interval with a per cent sign against it (`<5.7%`, `≥6.5%`, `4-8%`). */
const BOUND_WITH_PERCENT = /^(?:[<>≤≥]=?\d[\d.,]*|\d[\d.,]*[-–]\d[\d.,]*)%$/;

/** (tiers) A CKD stage's label (`G1`, `G3a`, `G3b`): a band's label, never a unit (`G` is giga in UCUM). */
const STAGE_LABEL = /^G[1-5][ab]?:?$/i;

/** (bands) A band's label: one to four words, each beginning with a letter (`G3a`: a stage), a colon after the last or not. */
const BAND_LABEL_WORD = /^\p{L}[\p{L}\p{N}\p{M}'’.-]*:?$/u;

/**
 * (bands) Interpretation bands from `at` to the line's end: one or more of a label of words (BAND_LABEL_WORD: `Prediabetes`,
 * `Near optimal`, `Insufficiency:`) and a range (rangeAt), a comma or semicolon between (or before the first); their text
 * as printed (without a leading comma), or null.
 * Never a population's, a sex's or a phase's label (groupWord: `Male 13.5-17.5` after `12.0-16.0` says whose that range
 * is, and the reader knows no patient's group), a flag alone (`High 160-189` is a band only with another word:
 * `High risk`), a label of a previous result or date (`Previous`, `Prior`, `Last`), a dose's words (namesDose:
 * `70-99; dose <5`), nor a word of time or age (`1 a 23 meses: 3,3 a 5,2`: the first range an age band's).
 */
function bandsAt(tokens: readonly string[], at: number): { text: string; bands: number; bounds: number[]; labels: string[] } | null {
  // (tiers) A bound with its per cent sign against it (`<5.7%`, `4-8%`): the bound, then its unit.
  const t = tokens.slice(at).flatMap((w) => (/^[,;:]$/.test(w) ? [] : [w.replace(/[,;]$/, '')]))
    .flatMap((w) => (BOUND_WITH_PERCENT.test(w) ? [w.slice(0, -1), '%'] : [w]));
  if (tokens[at] !== undefined && /^[,;]$/.test(tokens[at]!)) at++;
  if (!t.length) return null;
  let j = 0;
  let worded = false;
  let bands = 0;
  const bounds: number[] = [];
  const labels: string[] = [];
  while (j < t.length) {
    const start = j;
    while (j < t.length && j - start < 4 && BAND_LABEL_WORD.test(t[j]!) && (STAGE_LABEL.test(t[j]!) || !(toUcum(t[j]!) && isUnitToken(t[j]!)))) j++;
    const label = t.slice(start, j);
    // A flag's letters first (`H  Diabetes: >=6.5 %`) are the row's flag, never a band's label (the caller reads them so).
    if (label.length && FLAG_LETTERS.test(label[0]!)) return null;
    if (!label.length || label.some(groupWord) || /^(?:prev|previous|prior|last|before|anterior|vorher)/i.test(label[0]!) || namesDose(label.join(' '))) return null;
    // A word of time or age after a range (`1 a 23 meses: 3,3 a 5,2`, `18-65 years`: spanOfTime's words) makes the range
    // an age band's or a span's, not the laboratory's reference range: no bands.
    if (AGE_WORD_AFTER.test(label[0]!) || SPAN_WORD_AFTER.test(label[0]!)) return null;
    // (bands review) A band's label says an interpretation (BAND_WORD): any other word may name whose range follows — a
    // sex, an age, a phase, a pregnancy, a time of day in a language no list holds (`Kobiety 12.0-16.0`, `40-49 yaş:`,
    // `Lutealna 1,7-27`, `Ciąża 0,1-2,5`, `Neugeborene`, `7-10 Uhr:`) — or a dose's, a page's, another analyte's (`Page
    // 1-2`, `Potassium 3.5-5.1`): the line reads as before.
    if (!label.some(bandWord)) return null;
    labels.push(label.join(' ').replace(/[:：]$/, '').toLowerCase());
    // A flag's word alone (`High`, `Alto:`) labels a band only among bands another label's words name (`Borderline high
    // 150-199  High 200-499`): alone after the range (`High 160-189`) it may be the row's flag and a previous range.
    if (!(label.length === 1 && (parseFlagToken(label[0]!) || normalizeFlag(label[0]!.replace(/:$/, '')) !== null))) worded = true;
    const range = rangeAt(t, j);
    if (!range || !/\d/.test(range.text)) return null;
    j += range.span;
    bands++;
    const { low, high } = parseReferenceRange(range.text);
    bounds.push(...[low, high].filter((b): b is number => b !== undefined));
    // The band's unit after its bounds (`Diabetes: >=6.5 %`), never the next stage's label (`G2`).
    if (j < t.length && isUnitToken(t[j]!) && toUcum(t[j]!) !== null && !STAGE_LABEL.test(t[j]!)) j++;
  }
  return worded ? { text: tokens.slice(at).join(' '), bands, bounds, labels } : null;
}

/** (tiers) How far apart a value and its tiers' bounds may be: a value on the tiers' scale lies within this factor of them. */
const TIERS_SCALE = 20;

/**
 * (tiers) Interpretation tiers printed alone where the reference range goes (`Vitamin D  18.0  ng/mL  Deficiency: <20
 * Insufficiency: 20-29  Sufficiency: 30-100`, `Total Cholesterol  195  mg/dL  Desirable: <200  Borderline High: 200-239
 * High: >=240`, `HDL  45  mg/dL  Low <40  Optimal >=60`): two or more bands (bandsAt: each label says an interpretation,
 * BAND_WORD) from `k` to the line's end, after a value and its unit under a name the catalog knows. Their text, or null.
 * The issue's "tiered text kept as text": no bounds and no flag from them — the laboratory printed no range apart from
 * its tiers, and a desirable tier is not the patient's normal for the reader to pick. A flag's word read just before
 * them that the tiers read with is the first tier's label (`Low  <40  Optimal  >=60`, `Low risk: <1.0  Average risk: …`),
 * not the row's flag; a flag's letters before the tiers (`L  Deficiency: <20 …`), or a flag before such a word (`L  Low
 * <40 …`, `Low  Low <40 …`), stay the row's.
 * What the review of a first attempt (reverted 2026-12-05) found, each refused here:
 * - a value not on the tiers' scale is another test's row beside them (`Calcium  9.1  mg/dL  Desirable: <200
 *   Borderline High: 200-239`): the value within TIERS_SCALE of the tiers' lowest and highest bound;
 * - a name ending in a tier's word is an interpretation line, its "value" a tier's bound (`Total Cholesterol Desirable
 *   < 200 , Borderline High 200 - 239`);
 * - a dose or a year where the value goes has no unit of the analyte: a unit and a known name, both;
 * - a reference table's row under the same test's result (`Vitamin D  50  nmol/L  Deficiency: <50 …`): tiersReadTwice
 *   drops a tiers-alone row whose name another row of the report holds;
 * - two columns on one line (`Glucose  95  mg/dL   Vitamin D  18.0  ng/mL  Deficiency: <20 …`): `Vitamin D 18.0` is no
 *   band (its label says no interpretation), so the tiers must begin where the glucose's range would.
 */
function tiersAlone(tokens: readonly string[], k: number, start: number, out: Tail, knownName: () => boolean, reading: TiersReading): string | null {
  if (out.value === null || out.rangeText || !out.unit || k >= tokens.length || !knownName()) return null;
  const nameEnd = (tokens[start - 1] ?? '').replace(/[:：]$/, '');
  if (BAND_WORD.test(nameEnd)) return null;
  // A flag's word read just before them (`Low <40 …`, `Low risk: <1.0 …`) is the first tier's label where the tiers
  // read only with it, or where without it the first label is one word another tier's label ends in (`risk` of
  // `Average risk`): a flag dropped is a smaller harm than one invented. Else it stays the row's flag (`250  High
  // Desirable <200 …`).
  const flagWord = out.flag !== undefined && k > start && tokens[k - 1] === out.flag && !FLAG_LETTERS.test(out.flag) && !/^[↑↓▲▼]$/.test(out.flag);
  const after = bandsAt(tokens, k);
  const endsAnother = (b: NonNullable<ReturnType<typeof bandsAt>>) => !b.labels[0]!.includes(' ') && b.labels.slice(1).some((l) => l.endsWith(` ${b.labels[0]}`));
  const withWord = flagWord && (!after || endsAnother(after)) ? bandsAt(tokens, k - 1) : null;
  const bands = withWord ?? after;
  if (!bands || bands.bands < 2 || !bands.bounds.length) return null;
  // A first tier named as the laboratory's range (`Normal: <5.7`, `Optimal <90`, `Desirable: <200`: REFERENCE_LABEL) is
  // left to the readings of such a label (the range, the other tiers its comment), as before; read as tiers alone only
  // where they read nothing (parseTail's second reading).
  if (REFERENCE_LABEL.test(bands.labels[0]!) && reading.referenceFirst !== 'read') {
    reading.referenceFirst = 'deferred';
    return null;
  }
  const lowest = Math.min(...bands.bounds);
  const highest = Math.max(...bands.bounds);
  if (out.value > highest * TIERS_SCALE || out.value * TIERS_SCALE < lowest) return null;
  // A year where the value goes (`LDL  1999  mg/dL  Optimal …`): a whole number of a year's digits far above the tiers.
  if (Number.isInteger(out.value) && out.value >= 1900 && out.value <= 2099 && out.value > highest * 5) return null;
  // A desirable first tier's bound where the value goes (`LDL Cholesterol  100  mg/dL  Optimal: <100  Near optimal:
  // 100-129 …` under `Reference table:`): a reference table's line, its number the cut-off it begins with. (A value at
  // another first tier's bound is a result's: `HDL  1,0  mmol/l  erniedrigt: < 1,0 …`; a legend of the same test under
  // its result is tiersReadTwice's.)
  if (out.value === bands.bounds[0] && REFERENCE_LABEL.test(bands.labels[0]!)) return null;
  if (withWord) {
    // The flag read with that word, as one (`L  Low <40 …`, `Low  Low <40 …`: readFlag joins a letter and a word of one
    // side): the token before it is the row's flag; else the word was the label's alone.
    const before = tokens[k - 2];
    if (k - 2 > start && before !== undefined && parseFlagToken(before)) out.flag = before;
    else delete out.flag;
  }
  out.tiersAlone = true;
  return bands.text;
}

/** (tiers) Whether a reading of a tail may take tiers alone whose first tier is named as the laboratory's range (tiersAlone). */
interface TiersReading { referenceFirst: 'defer' | 'deferred' | 'read' }

/**
 * (tiers) Whether a tail read with tiers alone (`tiersAlone`) fits its row's name: an analyte laboratories print
 * interpretation tiers for (the catalog's `printsTiers`: guideline tiers, interpretation-tiers.v1.ts), in a unit the
 * catalog measures it in. A value printed beside another test's tiers (`Sodium  140  mmol/L  Desirable: <200 …`) or a
 * dose's (`Vitamin D  1000  IU  Deficiency: <20 …`, `Ferritin  65  mg …`) is no such row. Any other tail fits.
 */
function tiersFit(tail: Tail, name: string, opts: TextParseOptions): boolean {
  if (!tail.tiersAlone) return true;
  // A concentration the catalog cannot convert is still one (`Lp(a)  48  mg/dL`, the catalog's in nmol/L); a dose's
  // amount (`IU`, `mg`, `ug`) or a rate (`IU/day`) is none.
  return Boolean(opts.printsTiers?.(name) && tail.unit && (measuredIn(name, tail.unit, opts) || PER_VOLUME_UCUM.test(toUcum(tail.unit) ?? '')));
}

/**
 * (tiers) A row read with tiers alone as its range (tiersAlone) under a name another row of the report holds, read
 * otherwise, is that test's interpretation table or a summary's repeat, not a second result (`Vitamin D  50  nmol/L  Deficiency: <50 …`
 * under the vitamin D's result, a summary block printing a result again): dropped, the other row kept.
 */
function tiersReadTwice(rows: RawRow[], opts: TextParseOptions): void {
  const tiers = rows.map((r) => r.tiersAlone === true);
  for (const r of rows) delete r.tiersAlone;
  if (!tiers.includes(true)) return;
  // The rows read otherwise (two rows of one analyte both with tiers, a cumulative report's dates, are both kept), of
  // one analyte by its name as printed or as the catalog reads it (`Vitamin D, 25-Hydroxy` and `Vitamin D`).
  const otherwise = rows.filter((_, i) => !tiers[i]).map((r) => cleanName(r.name));
  const same = (name: string) => otherwise.some((o) => o.toLowerCase() === name.toLowerCase() || (opts.sameAnalyte?.(o, name) ?? false));
  for (let i = rows.length - 1; i >= 0; i--) if (tiers[i] && same(cleanName(rows[i]!.name))) rows.splice(i, 1);
}

/** (bands) The bands' text to the line's end (bandsAt), or null. */
function bandsToEnd(tokens: readonly string[], at: number): string | null {
  return bandsAt(tokens, at)?.text ?? null;
}

/** (bands) A label of the previous result (`Previous:`, `Prev.`, `Vorwert:`, `Anterior:`, `Précédent :`), its colon against it or apart. */
const PREVIOUS_LABEL = /^(?:prev\.?|previous|prior|last|vorwert|anterior|précédent|precedente|precedent)(?:\s*result)?:?$/i;
/** (bands) A label of the method or the analyser (`Method:`, `Méthode :`, `Método:`, `Analyzer:`, `Instrument:`). */
const METHOD_LABEL = /^(?:method|methods|méthode|methode|método|metodo|methodik|technique|técnica|assay|analy[sz]er|instrument):?$/i;

/**
 * (bands) A labelled note after the reference range to the line's end: the previous result (PREVIOUS_LABEL, then one
 * value and perhaps its date, in brackets or not: `Previous: 0.9 (12/03/2024)`, `Vorwert: 5,8 (03.2024)`) or the method
 * (METHOD_LABEL, then words: `Method: Jaffe kinetic`); its text as printed, or null. The row's comment, never its value.
 */
function labelledNoteToEnd(tokens: readonly string[], at: number): string | null {
  const t = tokens.slice(at).filter((w) => w !== ':');
  if (!t.length) return null;
  if (PREVIOUS_LABEL.test(t[0]!) && t.length >= 2 && t.length <= 3 && parseValueToken(t[1]!)
    && (t.length === 2 || isDateToken(t[2]!.replace(/^\((.+)\)$/, '$1')) || /^\(\d{1,2}[./]\d{2,4}\)$/.test(t[2]!))) return tokens.slice(at).join(' ');
  if (METHOD_LABEL.test(t[0]!) && t.length >= 2 && t.length <= 6 && t.slice(1).every((w) => /^\p{L}[\p{L}\p{N}\p{M}'’.\/-]*$/u.test(w))) return tokens.slice(at).join(' ');
  return null;
}

/** (rangenote) What a range's note in brackets holds: one to five words of letters, none with a digit. */
const RANGE_NOTE = /^\((\p{L}[\p{L}\p{M}'’./-]*(?:\s+\p{L}[\p{L}\p{M}'’./-]*){0,4})\)$/u;

/**
 * (rangenote) A bracket of words after a result line's range, from `at` (`(fasting)`, `(morning)`, `(Age Dependent)`,
 * `(adult male)`, `(Postmenopausal)`): the range's note — its span in tokens, its text, and whether the range keeps its
 * bounds. Words only (RANGE_NOTE): a bracket with a number is a second range, a previous result or a date (`(70 - 99
 * mg/dL)`, `(prev 480)`), and stays unread; a flag (`(H)`, `(High)`, `(Above range)`: readFlag's and flagPhraseToEnd's),
 * a site code (`(EN)`), a unit (`(U/L)`), `calc` and `(see below)` are no note. The note names whose range it is or how
 * the sample was taken; the range (`range`, its printed text) keeps its bounds unless the note names a population (a
 * sex, an age group, a cycle's phase: groupWord — `264-916 (male)`, `0.5-1.7 (Postmenopausal)`), as a population's
 * label before a range (`Male: 250-1100`) and after a one-bound range (`> 40 (men)`) leave the text alone: the reader
 * knows no patient's group. A tier's word other than a normal tier's (`100-125 (prediabetes)`: tierWord, NORMAL_TIER)
 * makes the range a tier's band, text too; after a bound alone only a normal tier's word keeps it (`< 200
 * (desirable)`), as fix38b reads one word there.
 */
function rangeNoteAt(tokens: readonly string[], at: number, range: string, value: number | null, vouched: boolean): { span: number; text: string; bounds: boolean } | null {
  if (!tokens[at]?.startsWith('(')) return null;
  let end = at;
  while (end < tokens.length && end < at + 5 && !tokens[end]!.endsWith(')')) end++;
  if (end >= tokens.length || !tokens[end]!.endsWith(')')) return null;
  const text = tokens.slice(at, end + 1).join(' ');
  const m = RANGE_NOTE.exec(text);
  if (!m) return null;
  const inner = m[1]!;
  if (parseFlagToken(text) || normalizeFlag(inner) !== null || isStatusPhrase(inner) || SITE_CODE.test(inner) || isUnitNoise(inner)
    || /^see\b/i.test(inner) || (isUnitToken(inner) && toUcum(inner))) return null;
  // (rangenote review) A dose's line is no result with a note: a dose's words (result-list.ts namesDose: `(daily)`,
  // `(twice daily)`, `(at bedtime)`, `(tablets)`), or a value off the range's scale (onRangeScale: `Iron 65 mg 1-2`).
  // A line with neither a unit nor a name the catalog knows (`vouched`: `Tel 555 1234-5678 (office)`) takes no note.
  if (!vouched || namesDose(inner) || !onRangeScale(value, range)) return null;
  const words = inner.split(/\s+/);
  const normal = (w: string) => NORMAL_TIER.test(`(${w})`);
  const otherTier = words.some((w) => tierWord(w) && !normal(w));
  const bounds = parseReferenceRange(range);
  const interval = bounds.low !== undefined && bounds.high !== undefined;
  const keeps = !words.some(groupWord) && !otherTier && (interval || words.some(normal));
  return { span: end - at + 1, text, bounds: keeps };
}

/** (fixnm) The most tokens a labelled range in brackets spans (labelledBracketRangeAt: `(mid-cycle 131 - 1655)`). */
const LABELLED_BRACKET_TOKENS = 5;

/**
 * (fixnm) A bracket at `at` holding a label that names whom or when a range is for (a group's word, groupWord, or a stage's:
 * `mid-cycle`, `follicular`, `adult`; a tier's, `(Optimal <90)`, is read as before), its colon or none, and one range,
 * nothing else (`(mid-cycle 131-1655)`, `(Follicular: 12 - 166)`): the bracket's inner text and its tokens' span, or null.
 */
function labelledBracketRangeAt(tokens: readonly string[], at: number): { text: string; span: number } | null {
  if (!tokens[at]?.startsWith('(') || tokens[at]!.length < 2) return null;
  let end = at;
  while (end < tokens.length && end < at + LABELLED_BRACKET_TOKENS && !tokens[end]!.endsWith(')')) end++;
  if (end >= tokens.length || !tokens[end]!.endsWith(')')) return null;
  const inner = tokens.slice(at, end + 1).join(' ').slice(1, -1).trim();
  const label = /^(\p{L}[\p{L}\p{M}-]*):?\s+(?=\S)/u.exec(inner);
  if (!label || !(groupWord(label[1]!) || STAGE_WORD.test(label[1]!))) return null;
  const rest = tokenize(inner.slice(label[0].length));
  return numericRangeAt(rest, 0)?.span === rest.length ? { text: inner, span: end - at + 1 } : null;
}

/** (fixnm) The most words a tier's label in a slashed cell has (slashedTiersAt: `Vitamin D Deficiency:`). */
const SLASHED_TIER_LABEL_WORDS = 3;
/** (fixnm) A tier label's last word, its colon against it (`Eksiklik:`, `Deficient:`). */
const TIER_LABEL_END = /^\p{L}[\p{L}\p{M}'-]*:$/u;

/**
 * (fixnm) Tiers of a range printed in one cell, parted by slashes, from `at`: each a label of words ending in a colon
 * and a bound or an interval (`Eksiklik: <20 / Yetersizlik: 20-30 / Yeterli: 30-100`, `Deficient: <20 / Sufficient:
 * 30-100`). Two tiers at least; their text and the token after the last, or null.
 */
function slashedTiersAt(tokens: readonly string[], at: number): { text: string; end: number } | null {
  let j = at;
  let tiers = 0;
  while (j < tokens.length) {
    if (tiers > 0 && tokens[j] !== '/') break;
    const start = tiers > 0 ? j + 1 : j;
    let w = start;
    while (w < tokens.length && w < start + SLASHED_TIER_LABEL_WORDS - 1 && /^\p{L}/u.test(tokens[w]!) && !tokens[w]!.endsWith(':')) w++;
    const r = TIER_LABEL_END.test(tokens[w] ?? '') ? numericRangeAt(tokens, w + 1) : null;
    if (!r) return null;
    j = w + 1 + r.span;
    tiers++;
  }
  return tiers >= 2 ? { text: tokens.slice(at, j).join(' '), end: j } : null;
}

/**
 * (labs38fix) The further tiers of a tiered range to the row's end, from `at` (`200.0 - 239.0 (borderline) >= 240.0
 * (high)`): each a numeric range and its label; false when there are none or anything else follows.
 */
function tiersToEnd(tokens: readonly string[], at: number): boolean {
  let j = at;
  let tiers = 0;
  while (j < tokens.length) {
    const r = numericRangeAt(tokens, j);
    if (!r || !TIER_LABEL.test(tokens[j + r.span] ?? '')) return false;
    j += r.span + 1;
    tiers++;
  }
  return tiers > 0;
}

/** Whether a range that prints its unit (`135 - 145 mmol/L`) prints another than a row's: it is another row's range. */
function rangeUnitDisagrees(unit: string | undefined, rangeText: string, charge?: number | null): boolean {
  const printed = unitAfterBounds(rangeText);
  return Boolean(unit && printed && !unitsAgree(unit, printed, charge));
}

/** The unit a range prints after its bounds (`135 - 145 mmol/L`, `<5.7 % of total Hgb`: the token after them), or undefined. */
function unitAfterBounds(rangeText: string): string | undefined {
  const t = tokenize(rangeText);
  const range = numericRangeAt(t, 0);
  const printed = range && t.length > range.span ? t[range.span]! : undefined;
  return printed !== undefined && isUnitToken(printed) ? printed : undefined;
}

/**
 * Two printed units of one measure on one scale: the same unit (`sameUnit`), or the same under another name (`U/L`
 * and `IU/L`, `mU/L` and `mIU/L`, `10^9/L` and `10^3/uL`; `mEq/L` and `mmol/L` for an ion of charge 1): UCUM converts
 * one into the other with a factor of exactly 1, an international unit read as a unit. Units that convert with another
 * factor (`mg/L` and `mg/dL`, `g/L` and `g/dL`) do not agree: a range in one is not the other's. A unit UCUM does not
 * know agrees only as printed.
 */
function unitsAgree(a: string, b: string, charge?: number | null): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const [ua, ub] = [toUcum(a), toUcum(b)];
  if (!ua || !ub) return false;
  if (ua === ub) return true;
  // convertUnit's charge: an equivalent is a mole for an ion of charge 1 and for what the catalog gives no charge
  // (`Lithium`, unknown to it); only a known other charge (magnesium, calcium: 2) keeps mEq/L and mmol/L apart.
  return convertCountingIuAsU(1, ua, ub, { charge: charge ?? 1 }) === 1;
}

/** Two printed units that are the same unit (`μmol/L` and `umol/L`, `mg/dl` and `mg/dL`). */
function sameUnit(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const ua = toUcum(a);
  return ua !== null && ua === toUcum(b);
}

const PER_FIELD_COUNT = /^\d+\s*(?:-|a|to)\s*\d+\s*\/\s*(?:f|fld|field|hpf|lpf|campo|campos|c)$/i;

/**
 * (labsleft) A range or a count's span printed as one token with a star against its upper bound (`135-145*`, `3-5*`,
 * `4-6/HPF*`): the token and the star apart, the star then read as after a number (`135 - 145*`, `118*`: STUCK_FLAG
 * splits those) — the printed flag, unless a footnote says the star is something else (noteSaysStarFlags). Null for
 * any other token (`<200*` is STUCK_FLAG's; a unit's own star `mL/min/1.73m*` is no span).
 * (readfixB) On the range (`135-145*`) with the row's value within it the star is no flag whatever a footnote says:
 * labsleftfix's rule in parseTail (a footnote's mark, the range's flag then: normal) wins; on the value's span
 * (`"3-5*"`) or with the value outside the range it is the printed flag.
 */
function starredSpan(token: string): [string, string] | null {
  const m = /^(\d[^*\s]*\d(?:\/[A-Za-z]+)?)(\*{1,2})$/.exec(token);
  if (!m) return null;
  return numericRangeAt([m[1]!], 0)?.span === 1 || PER_FIELD_COUNT.test(m[1]!) ? [m[1]!, m[2]!] : null;
}


function readFlag(tokens: readonly string[], k: number, out: Tail): number {
  if (k >= tokens.length) return k;
  // A star ending a row after its range, the row flagged already (`Sodium  128 *L  mmol/L  135-145 *`): a footnote's
  // mark, no second flag (labsfix31).
  if (out.flag && out.rangeText && k === tokens.length - 1 && /^\*+$/.test(tokens[k]!)) return k + 1;
  // `15.2* 10^3/uL … H`: a star on the value is a footnote mark when a flag in letters follows; the letters are the flag.
  if (out.flag && !(/^\*+$/.test(out.flag) && /^[([]?[A-Za-z]{1,2}[)\]]?$/.test(tokens[k]!) && parseFlagToken(tokens[k]!))) return k;
  const word = tokens[k]!.toLowerCase();
  if ((word === 'critical' || word === 'crit' || word === 'panic') && /^(high|low)$/i.test(tokens[k + 1] ?? '')) {
    out.flag = `${tokens[k]} ${tokens[k + 1]}`;
    return k + 2;
  }
  // `7,9 +  g/dl` (German and Austrian reports print `+` high and `-` low after the number): the plus is its flag when
  // the row has a unit or a numeric range. (A dash there is read as an empty cell; the range then gives the low flag.)
  // (bracketplus) Chilean and Argentine reports print it in brackets (`48  (+)  U/L  Hasta 40`): the same flag.
  // (review 33) The bracketed one only before or with a numeric range: after a urine strip's concentration (`Cetonas  15
  // (+)  mg/dL`) it is the pad's grade, no side of a range.
  if (out.value !== null && PLUS_FLAG.test(tokens[k]!)) {
    const rangeAfter = () => numericRangeAt(tokens, k + 1) !== null || (isUnitToken(tokens[k + 1] ?? '') && numericRangeAt(tokens, k + 2) !== null);
    const bare = tokens[k] === '+';
    if (/\d/.test(out.rangeText ?? '') || (bare && (out.unit !== undefined || isUnitToken(tokens[k + 1] ?? ''))) || rangeAfter()) {
      out.flag = '+';
      return k + 1;
    }
  }
  // (basflag) The French `Bas`/`Basse` (low) straight after a numeric value, before a range of two bounds, its unit
  // perhaps between (`Ferritine  18  Bas  µg/L  20 - 200`): its flag — the row's range after it, so that the row is one
  // printed in that order (not a range-first row's: `T4 libre  12.0-22.0  10.8  bas  pmol/l`). Nowhere else a token alone — `BAS` is the basophils' as often (review
  // 31: `Eosinophils 0.2 10^9/L  BAS  <0.1 10^9/L`, `EOS  2  BAS`).
  if (out.value !== null && out.value !== undefined && out.unit === undefined && FRENCH_LOW_FLAG.test(tokens[k]!) && k + 1 < tokens.length
    && /^\d/.test(numericRangeAt(tokens, isUnitToken(tokens[k + 1]!) ? k + 2 : k + 1)?.text ?? '')) {
    out.flag = tokens[k]!;
    return k + 1;
  }
  // (flagcol) `B` (bas, bajo), (cyrflag) `Н`, `В` after a numeric value, its unit or its range: read here, kept by
  // sideLetterFlag only where the range agrees.
  const f = parseFlagToken(tokens[k]!) ?? (out.value !== null && out.value !== undefined && isSideLetter(tokens[k]!) ? cleanToken(tokens[k]!) : null);
  if (f) {
    out.flag = f;
    // `13.3 ▼ (L)`, `28 ↑ H`: an arrow and a letter that say the same are one flag (the letters kept).
    const again = tokens[k + 1] !== undefined ? parseFlagToken(tokens[k + 1]!) : null;
    // (cyrflag review) A side letter and the arrow of its side (`3.5-5.1  В  ↑`, `B  ↓`): one flag, the letter kept.
    const fSide = normalizeFlag(f) ?? sideLetter(f)?.side ?? null;
    if (again && normalizeFlag(again) !== null && normalizeFlag(again) === fSide) {
      out.flag = /^[a-z]/i.test(again) ? again : f;
      return k + 2;
    }
    return k + 1;
  }
  return k;
}

/**
 * (flagwords) A flag in words ending the row (two to five words normalizeFlag knows: SNOMED's `Below low reference
 * limit`, `Above high reference limit`, `Outside reference range`, as a UK GP record prints a result's interpretation
 * after its range; Dutch `Boven referentiewaarde`): the row's flag — after a numeric range (in square brackets, in
 * parentheses or bare), or after a unit under a name the catalog knows. A flag read before it (`121 L g/L …`) that says
 * the same side stays; a star gives way to the words; one that says another side leaves the phrase unread (and the
 * row with it, as a contradiction is not guessed at). Returns where reading goes on (`k` when nothing was read).
 */
function flagPhraseToEnd(tokens: readonly string[], k: number, out: Tail, knownName: () => boolean): number {
  const left = tokens.length - k;
  // (statuswords) The phrase in Markdown emphasis whole (`*In range*`, `**Out of range**`): normalizeFlag reads it so.
  // (b65) Or in brackets whole (`(Out of range)`, `(Valor elevado)`, `(unterhalb Referenzbereich)`): the words inside.
  const bracketed = /^\(\p{L}/u.test(tokens[k] ?? '') && /\)$/.test(tokens[tokens.length - 1]!);
  if (left < (bracketed ? 1 : 2) || left > 5 || !(bracketed || /^(?:\*{1,2}|_{1,2})?\p{L}/u.test(tokens[k]!))) return k;
  if (!(/\d/.test(out.rangeText ?? '') || (out.unit && knownName()))) return k;
  const joined = tokens.slice(k).join(' ');
  const phrase = bracketed ? joined.slice(1, -1) : joined;
  if (bracketed && /[()]/.test(phrase)) return k;
  const said = normalizeFlag(phrase);
  if (!said) return k;
  // (flagwords review) The printed range decides where the words name no side (`Outside reference range`: the side
  // the value lies on, as before the words were read) or contradict it (`150  135-145  Within reference range`): the
  // words are read, no flag set from them; a letter or star before them stays.
  // (statuswords: the rule shared, flags.ts phraseGivesWay.)
  const agrees = !phraseGivesWay(said, flagByPrintedRange(out));
  if (out.flag === undefined || /^\*{1,2}$/.test(out.flag)) {
    if (agrees) out.flag = phrase;
  } else if (flagSide(normalizeFlag(out.flag)) !== flagSide(said)) return k;
  // (flagwords review) A critical phrase after a letter of its side (`6.9 H … Critical high`) is the critical flag.
  else if (agrees && (said === 'critical-high' || said === 'critical-low')) out.flag = phrase;
  return tokens.length;
}

/**
 * (statuswords) A phrase at `k` of two to five words of letters that begins as a status phrase does (above, below, in,
 * within, out, outside) and that normalizeFlag reads as a flag: flags.ts STATUS_PHRASE's (`Above range`, `Below normal`,
 * `In range`, `Out of range`, `Within normal limits`) and normalizeFlag's other phrases of those words (`Above high
 * reference limit`); its tokens, the longest; 0 where none. A range's label (`Normal range`) and a tier (`Borderline
 * high`, `Optimal`) are none.
 */
function statusPhraseAt(tokens: readonly string[], k: number): number {
  if (!/^(?:above|below|in|within|out|outside)$/i.test(tokens[k] ?? '')) return 0;
  for (let span = Math.min(5, tokens.length - k); span >= 2; span--) {
    const words = tokens.slice(k, k + span);
    if (words.every((w) => /^\p{L}+$/u.test(w)) && normalizeFlag(words.join(' '))) return span;
  }
  return 0;
}

/**
 * (statuswords) A status phrase before a row's value (`High`, `Out of Range`) and the row's printed flag, judged together
 * (flags.ts statusBesideFlag): the phrase becomes the flag, the printed one stays, or neither (a side the range
 * contradicts). False where they cannot be told apart: the row is not read.
 */
function flagBesideStatus(row: Pick<Tail, 'value' | 'comparator' | 'valueText' | 'rangeText' | 'range' | 'rangeTextOnly' | 'flag'>, phrase: string): boolean {
  const beside = statusBesideFlag(normalizeFlag(phrase)!, row.flag, flagByPrintedRange(row));
  if (beside === 'unread') return false;
  if (beside === 'phrase') row.flag = phrase;
  else if (beside === 'none') delete row.flag;
  return true;
}

/**
 * (statuswords) The flag a row's printed numeric range gives its value (its bounds as read, `range`, where the reader
 * set them: two bound columns, a range in another unit); null with no numeric range or no numeric value.
 */
function flagByPrintedRange(row: Pick<Tail, 'value' | 'comparator' | 'valueText' | 'rangeText' | 'range' | 'rangeTextOnly'>): ReturnType<typeof flagFromRange> {
  if (row.value === null || row.value === undefined || !/\d/.test(row.rangeText ?? '') || row.rangeTextOnly) return null;
  return flagFromRange(row.value, row.comparator, row.valueText, row.range ? { ...parseReferenceRange(row.rangeText!), ...row.range } : parseReferenceRange(row.rangeText!));
}

/**
 * A range's label in two words, with or without its colon (`Reference Range`, `Normal Range:`, `Ref Interval`), at
 * `k`, a range after it, on a row with a numeric value.
 */
function twoWordRangeLabel(tokens: readonly string[], k: number, out: Tail): boolean {
  return k < tokens.length - 2 && out.value !== null && /^(?:ref\.?|reference|normal)$/i.test(tokens[k]!) && /^(?:range|interval|values?):?$/i.test(tokens[k + 1]!)
    && rangeAt(tokens, k + 2) !== null;
}

/**
 * A risk's word and one bound after an interval (`35 a 70` then `risco <35`, `35 to 70` then `risk < 35`, `40 a 60` then
 * `riesgo >60`: a lipid's range with the tier that lies beyond it): the interval's text, a semicolon, the tier — one
 * range text that parseReferenceRange reads (the interval's bounds where the tier lies beyond its own bound, else the
 * text alone). Any other word before a bound (`70-99 dose <5`, `ward <5`) is no tier: null.
 */
function riskTierAfter(tokens: readonly string[], k: number, interval: string): { span: number; text: string } | null {
  if (k >= tokens.length - 1 || !isRiskWord(tokens[k]!)) return null;
  const bound = numericRangeAt(tokens, k + 1);
  if (!bound || !/^[<>≤≥]/.test(tokens[k + 1]!)) return null;
  const range = parseReferenceRange(interval);
  if (range.low === undefined || range.high === undefined) return null;
  return { span: 1 + bound.span, text: `${interval}; ${tokens[k]} ${tokens.slice(k + 1, k + 1 + bound.span).join('')}` };
}

/**
 * A population's bound with its label glued to it (`Criança<400`, `Children>=100`): another range than the one before
 * it on the row, never a unit (units carry no comparator).
 */
function populationBound(token: string): boolean {
  const m = /^(\p{L}+)[<>≤≥]=?\d/u.exec(token);
  return Boolean(m && POPULATION_WORD.test(m[1]!));
}

/** A range with its label run against it by a colon, ASCII or full-width (`Tanner5期：6.5-30.6`, `Adult:3.5-5.0`). */
const LABEL_GLUED_RANGE = /^(\p{L}[\p{L}\p{N}]{0,19})[:：](\S+)$/u;

/** A stage or phase a range is given for (`Tanner5`, `Stage II`, `Follicular`), beside POPULATION_WORD and TIER_WORD. */
const STAGE_WORD = /^(?:tanner|stage|phase|follicular|luteal|ovulat(?:ion|ory)|mid-?cycle|menopaus(?:e|al)|trimester)$/i;

/**
 * Whether a label glued to a range names whom or when the range is for: a population (`Female`, `男性`), a tier
 * (`Optimal`), a stage or phase (`Tanner5期`, `Follicular`). Any other word is no range label: a dose, a schedule, a
 * phone, a ward or a date (`Days:1-5`, `Dose:1-2`, `Tel:555-1234`, `Ward:3-4`, `Date:12-05`); nor is `Age:18-65`,
 * the ages a range is for and no bounds of the result.
 */
function namesRangeLabel(label: string): boolean {
  if (CJK_RANGE_LABEL.test(label)) return true;
  const word = label.replace(/\d+$/, '');
  return POPULATION_WORD.test(word) || TIER_WORD.test(word) || STAGE_WORD.test(word) || /^(?:tanner|stage|phase)(?:i{1,3}|iv|v)$/i.test(label);
}

/**
 * A label that only says "the reference" glued by its colon to a range (`Ref:70-99`, `Range:3.5-5.1`, `Norma:135-145`,
 * `Fasting:70-99`; REFERENCE_LABEL), the label and the range apart, as printed with a space (`Ref: 70-99`): a range
 * label, not a stray word that ends the row (labsfix31b). A label that names a population, a tier or a stage is left
 * whole (labelledRangeToken reads it), and so is any other word (`Ward:5-6`, `Tel:555-0142`).
 */
function gluedReference(token: string): [string, string] | null {
  const m = LABEL_GLUED_RANGE.exec(token);
  if (!m || namesRangeLabel(m[1]!) || !REFERENCE_LABEL.test(m[1]!) || numericRangeAt([m[2]!], 0)?.span !== 1) return null;
  return [`${m[1]}:`, m[2]!];
}

/**
 * One token that is a range with its label against it (`Tanner5期：6.5-30.6`): the range as printed, label and all (its
 * bounds are read as parseReferenceRange reads a labelled range: a population's kept as text). Only a label that
 * names a population, a tier or a stage (namesRangeLabel).
 */
function labelledRangeToken(token: string): boolean {
  const m = LABEL_GLUED_RANGE.exec(token);
  return Boolean(m && /\p{L}/u.test(m[1]!) && namesRangeLabel(m[1]!) && numericRangeAt([m[2]!], 0)?.span === 1 && /\d\s*[-–]\s*\d|^[<>≤≥]/.test(m[2]!));
}

/** (labsleft) The most tokens one range of a range per sex takes (`4.0 - 8.5`: three), with room to spare. */
const SEX_RANGE_TOKENS = 5;

/**
 * (labsleft) A range per sex (`M: 4.0~8.5 F: 3.5~7.0`, `Male 13.5-17.5 / Female 12.0-15.5`, `M 0.7 - 1.3, F 0.6-1.1`)
 * at `k`: a sex's label (SEX_LABEL; its colon against it or apart) then a numeric range, again for the other sex, a
 * `/`, `,`, `;` or `|` between them (apart, or a comma or semicolon against the range). Both sexes, each once. Its
 * text is the row's range: its tokens, one space between (leftfix: not quite as printed — a `;` or `|` between the
 * sexes is not kept, `M 0.7-1.3; F 0.6-1.1` is `M 0.7-1.3 F 0.6-1.1`; a `/` or a spaced `,` is); parseReferenceRange
 * reads it as one range per sex — no bounds, and no flag: the
 * reader knows no patient's sex, and neither sex's bounds are chosen for it. (Each range is looked for in a few tokens
 * only: linear in the line.)
 */
function sexRangesAt(tokens: readonly string[], k: number): { span: number; text: string } | null {
  const n = tokens.length;
  const sexes = new Set<'m' | 'f'>();
  let j = k;
  for (let label = SEX_LABEL.exec(tokens[j] ?? ''); label; label = SEX_LABEL.exec(tokens[j] ?? '')) {
    const sex = label[1] ? 'm' : 'f';
    if (sexes.has(sex)) return null;
    sexes.add(sex);
    const at = tokens[j + 1] === ':' ? j + 2 : j + 1;
    const window = tokens.slice(at, at + SEX_RANGE_TOKENS);
    const range = numericRangeAt(window.map((t) => t.replace(/[,;]$/, '')), 0);
    // (A range with both bounds or a bound after its comparison: `4.0~8.5`, `0.7 - 1.3`, `<50`.)
    if (!range || !/\d\s*(?:[-–~]|to)\s*\d|^[<>≤≥]/i.test(window.slice(0, range.span).join(' '))) return null;
    j = at + range.span;
    if (/[,;]$/.test(tokens[j - 1]!)) continue;
    if (j < n && /^[/,;|]$/.test(tokens[j]!)) j++;
  }
  if (sexes.size < 2) return null;
  // (review 22) Another group's range after both sexes' (`Male 8.6-29.0; Female 0.3-1.7; Child <0.5`): no range per sex
  // alone — groupRangesAt reads them all (the row had been unreadable).
  if (j < n && groupWord(tokens[j]!)) return null;
  // (A separator left at the end is no part of the range.)
  const end = /^[/,;|]$/.test(tokens[j - 1]!) ? j - 1 : j;
  return { span: j - k, text: tokens.slice(k, end).join(' ').replace(/[,;]$/, '') };
}




/** (groups) The most groups one row prints ranges for (sexes, ages, populations: a report's few columns); more is no row of groups. */
const GROUPS_MOST = 8;

/** (groups) The most words of one group's label (`Não fumantes`, `Adult males`): more is a sentence, not a label. */
const GROUP_LABEL_WORDS = 3;

/** (groups) Two bounds with a `to` between them as printed (`13,5 a 17,5`, `40-50`, `4.0~8.5`, `3,5 bis 5,1`). */
const TWO_BOUNDS_PRINTED = new RegExp(String.raw`\d\s*(?:${RANGE_TO}|${FOREIGN_TO})\s*-?\d`, 'iu');
/** (groups) One bound after its comparison as printed (`<3.8`, `< 5.5`, `até 15`, `up to 40`, `hasta 34`). */
const ONE_BOUND_PRINTED = new RegExp(String.raw`^(?:[<>≤≥]|${UP_TO_PT_ES}\s|up\s+to\s)`, 'iu');

/**
 * (groups) The reference ranges of several groups side by side ending a row, at `k` (by sex, age or population: the
 * groups' columns of a Brazilian blood count, `4,50 a 6,10  4,00 a 5,40  4,07 a 5,37`, under `Homens  Mulheres
 * Crianças` printed over them; `Homens: 13,5 a 17,5  Mulheres: 12,0 a 15,5`; `Adultos: 0,6 a 1,2 Crianças: 0,3 a 0,7`;
 * `непушачи <3.8 , пушачи < 5.5`). Each group is a label of group words (groupWord; its colon against it or apart) or
 * none, then a range, the row's unit (or another) perhaps after it, a `/`, `,`, `;` or `|` perhaps between groups. Two
 * groups at least, or one labelled, reaching the row's end (or a flag: the caller reads it). Labelled, the labels differ and each range
 * has both bounds or one after its comparison. Unlabelled (under a name the catalog knows only), each range has both
 * bounds and overlaps the one before it: the bands of a tier table (`<150  150-199  200-499`, `70-99  100-125`) and
 * the conventional and SI ranges of two unit systems (`0.6-1.2  53-106`) do not, and are no groups. The text is the
 * tokens as printed (units too), one space between; parseReferenceRange reads it as text with no bounds (the reader
 * knows no patient's group), or, every group printing one range, as that range. `parts` is each group's text.
 * (Each range is looked for in a few tokens only: linear in the line.)
 */
function groupRangesAt(tokens: readonly string[], k: number, unit: string | undefined, knownName: () => boolean): GroupRanges | null {
  const n = tokens.length;
  const labels = new Set<string>();
  const bounds: { low: number; high: number }[] = [];
  const parts: string[] = [];
  const ranges: string[] = [];
  let labelled = 0;
  let j = k;
  while (j < n) {
    const from = j;
    let words = 0;
    // (hormones) The cycle's peak before a phase's word (`Pico ovulatorio:`) is the label's word too.
    // (portals) And after one (`Mid-cycle Peak 3.1-17.7`, Quest's FSH and LH).
    const labelWord = (t: number) => groupWord(tokens[t]!) || (PEAK_WORD.test(tokens[t]!) && ((t + 1 < n && groupWord(tokens[t + 1]!)) || (t > j && groupWord(tokens[t - 1]!))));
    while (words < GROUP_LABEL_WORDS && j + words < n && labelWord(j + words) && !numericRangeAt(tokens, j + words)) words++;
    if (words && tokens.slice(j, j + words).every((w) => GROUP_NEGATION.test(w.replace(/[:：]$/, '')))) return null;
    // (ageband) An age band after the group's words or as its label (`Men 19-49 y:`, `Male >=50 Y:`, `19-49 y:`, `Age
    // 40-44:`, `Over 20 years:`): part of the label — read as the first range, it lost the row its range.
    const lead = words === 0 ? (tokens[j]?.replace(/[:：]$/, '') ?? '') : '';
    const led = AGE_LEAD.test(lead) ? 1 : 0;
    const band = ageBandAt(tokens, j + words + led, AGE_WORD.test(lead));
    if (band) words += led + band;
    // (Unlabelled ranges are groups only under a name the catalog knows: asked once, before the first.)
    if (!words && parts.length === 0 && !knownName()) return null;
    let at = j + words;
    if (tokens[at] === ':' || tokens[at] === '：') at++;
    const window = tokens.slice(at, at + SEX_RANGE_TOKENS).map((t) => t.replace(/[,;]$/, ''));
    const range = numericRangeAt(window, 0);
    // (rev5) A group's word after the last range with no range of its own (`70-99  Adult`, `12.0-15.5  F`) labels no
    // group: it is counted only with its range, so one range before it is no group's and the row reads as before.
    if (!range) break;
    if (words) {
      const label = tokens.slice(j, j + words).join(' ').replace(/[:：]$/, '').toLowerCase();
      if (labels.has(label)) return null;
      labels.add(label);
      labelled++;
    }
    const printed = window.slice(0, range.span).join(' ');
    const two = TWO_BOUNDS_PRINTED.test(printed);
    if (!two && !(words && ONE_BOUND_PRINTED.test(printed))) return null;
    const read = two ? parseReferenceRange(range.text) : null;
    if (read && read.low !== undefined && read.high !== undefined) bounds.push({ low: read.low, high: read.high });
    ranges.push(printed);
    j = at + range.span;
    // The range's unit after it (`130 a 450 x10³/mm3`, `até 15 mm`), unless it is the next group's label.
    if (!/[,;]$/.test(tokens[j - 1]!) && j < n && isUnitToken(tokens[j]!) && !groupWord(tokens[j]!) && !parseFlagToken(tokens[j]!)
      && (!unit || unitsAgree(unit, tokens[j]!))) {
      j++;
    }
    parts.push(tokens.slice(from, j).join(' ').replace(/[,;]$/, ''));
    if (parts.length > GROUPS_MOST) return null;
    if (/[,;]$/.test(tokens[j - 1]!)) continue;
    if (j < n && /^[/,;|]$/.test(tokens[j]!)) j++;
  }
  // (One group's labelled range alone is the row's range too, as text: `Mulher: até 15 mm`, the other group's perhaps on
  // the line under it — groupsContinued.)
  if (parts.length === 0 || (parts.length === 1 && labelled === 0)) return null;
  if (labelled === 0) {
    if (!knownName() || bounds.length !== parts.length) return null;
    for (let i = 1; i < bounds.length; i++) {
      if (Math.max(bounds[i]!.low, bounds[i - 1]!.low) >= Math.min(bounds[i]!.high, bounds[i - 1]!.high)) return null;
    }
    // (groups, second review) Two unlabelled ranges are as often a standard and an optimal range, the conventional and
    // the SI one, a range and an earlier result's, as two groups' columns under a header that names them (`Homens
    // Mulheres`): which one is the patient's the row does not say, so both are the range's text, with no bounds and no
    // flag — taking the first flagged a woman's normal haemoglobin low against the men's range.
  }
  // (A separator left at the end is no part of the range. The units are, the last one too: the text is as printed.)
  const end = /^[/,;|]$/.test(tokens[j - 1]!) ? j - 1 : j;
  const text = tokens.slice(k, end).join(' ').replace(/[,;]$/, '');
  // (groups, second review) One labelled group alone is text with no bounds too: its label may be another group's than
  // the patient's (`Sex: Female` over `Hemoglobin 12.5 g/dL Male: 13.5-17.5` was flagged low; `Postmenopausal: <30` on
  // a man's estradiol high), and the reader knows no patient's sex, age or phase.
  return { span: j - k, text, parts, labels: [...labels] };
}

/** (ageband) A year's word after an age (reference-range.ts AGE_YEAR_WORD), its full stop or colon apart. */
const YEAR_TOKEN = new RegExp(String.raw`^(?:${AGE_YEAR_WORD})\.?$`, 'iu');
/** (ageband) An age or two as printed in a band (`19-49`, `>=50`, `≥ 50` glued, `65+`), a year's word glued after it perhaps. */
const AGE_NUMBERS = new RegExp(String.raw`^((?:[<>≤≥]=?)?(\d{1,3})(?:[-–](\d{1,3}))?\+?)((?:${AGE_YEAR_WORD})\.?)?$`, 'iu');
/**
 * (ageband) The tokens of an age band at `at` that labels a group's range: ages (one token, or `19 - 49` as three),
 * then a year's word (glued, `49y`, or its own token) and perhaps a colon — the year's word required unless `Age`
 * came before it, where a colon will do (`Age 40-44:`). Ages are below 130 and rise. 0 when there is none.
 */
function ageBandAt(tokens: readonly string[], at: number, aged: boolean): number {
  let j = at;
  let band = tokens[j];
  if (band === undefined) return 0;
  if (/^\d{1,3}$/.test(band) && /^[-–]$/.test(tokens[j + 1] ?? '') && /^\d{1,3}\D*$/.test(tokens[j + 2] ?? '')) {
    band = `${band}-${tokens[j + 2]}`;
    j += 2;
  }
  let closed = /[:：]$/.test(band);
  const m = AGE_NUMBERS.exec(band.replace(/[:：]$/, ''));
  if (!m || Number(m[2]) >= 130 || (m[3] !== undefined && (Number(m[3]) >= 130 || Number(m[3]) <= Number(m[2])))) return 0;
  j++;
  let years = m[4] !== undefined;
  if (!years && !closed && tokens[j] !== undefined && YEAR_TOKEN.test(tokens[j]!.replace(/[:：]$/, ''))) {
    years = true;
    closed = /[:：]$/.test(tokens[j]!);
    j++;
  }
  if (!closed && (tokens[j] === ':' || tokens[j] === '：')) {
    closed = true;
    j++;
  }
  return years || (aged && closed) ? j - at : 0;
}

/** (groups review) The ranges of groups a row ends with (groupRangesAt): its span and text, each group's text and label. */
interface GroupRanges { span: number; text: string; parts: string[]; labels: string[] }

/**
 * (fix9) Millimetres printed for an ESR's mm/h: under a name the catalog measures in mm/h, or an ESR's short name with
 * its hour or method (`VS 1h`, `VSG 1ª hora`: namesEsrShort) — the rows readRows keeps in `mm` (labs56, fixu).
 */
function esrMillimetres(name: string, unit: string, opts: TextParseOptions): boolean {
  return unit.trim() === 'mm' && ((opts.measuresIn?.(name, 'mm/h') ?? false) || namesEsrShort(name, true));
}

/** (groups review) Whether the catalog measures a name in a unit as printed or as its UCUM (`T/L`: 10*12/L); true when it cannot say. */
function measuredIn(name: string, unit: string, opts: TextParseOptions): boolean {
  if (!opts.measuresIn || opts.measuresIn(name, unit)) return true;
  const ucum = toUcum(unit);
  if (ucum !== null && ucum !== unit && opts.measuresIn(name, ucum)) return true;
  // (b66r) International units are an enzyme's units as the unit check reads them (`Normal range: 44 - 121 IU/L`
  // under an alkaline phosphatase the catalog measures in U/L): `[IU]` as `U`.
  const units = ucum?.includes('[IU]') ? ucum.replace(/\[IU\]/g, 'U') : undefined;
  return units !== undefined && opts.measuresIn(name, units);
}

/** (groups) The tails whose range is the ranges of several groups (parseTail): their text is then read as printed (asPrinted). */
const GROUPS_READ = new WeakMap<Tail, 'sexes' | 'groups'>();
/** (mend1) The word in brackets a row printed after its value (and unit) that is no flag (`(ionisé)`, `(nüchtern)`). */
const BRACKET_AFTER_VALUE = new WeakMap<Tail, string>();

/** (groups) The longest range text asPrinted looks for in its line (a few groups' ranges and units; more is left as read). */
const AS_PRINTED_LONGEST = 160;

/**
 * (groups) A range's text as its line prints it, one space between words: the tokens' text (`130 a 450 x10³/mm3 140 a
 * 500`) with the spaces the tokenizer took out of a word put back (`x 10³/mm3`). The text as read when the line holds
 * it already, or none that reads so (or the text is longer than AS_PRINTED_LONGEST, the line than LONGEST_LINE: the
 * longest the text reader reads). (The pattern is the text's characters, each an optional space apart: one way to match
 * at each place, the text's length times the line's at most: under 10 ms.)
 */
/** (fix9) Between two words of a range's text as printed (asPrinted): a space, or a dash alone between spaces. */
const GAP_AS_PRINTED = ' (?:[-–—] )?';

function asPrinted(line: string, text: string): string {
  const flat = line.replace(/\s+/g, ' ');
  if (flat.includes(text) || text.length > AS_PRINTED_LONGEST || flat.length > LONGEST_LINE) return text;
  // (fix9) A dash printed alone between two groups (`Varones 13,5 a 17,5 - Mujeres 12,0 a 16,0`: parseTailRead drops it as
  // an empty cell) is put back where the line prints it.
  const pattern = text.split(' ').map((w) => [...w].map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join(' ?')).join(GAP_AS_PRINTED);
  return new RegExp(pattern, 'u').exec(flat)?.[0] ?? text;
}

function rangeAt(tokens: readonly string[], k: number): { span: number; text: string } | null {
  if (k < tokens.length && labelledRangeToken(tokens[k]!)) return { span: 1, text: tokens[k]! };
  const numeric = numericRangeAt(tokens, k);
  if (numeric) return { span: numeric.span, text: tokens.slice(k, k + numeric.span).join(' ') };
  // (labs42fix) `0-4.2%` after a value in per cent (parseTail): the range, its sign kept in its text.
  const percent = k < tokens.length ? PERCENT_RANGE.exec(tokens[k]!) : null;
  if (percent && numericRangeAt([percent[1]!], 0)) return { span: 1, text: tokens[k]! };
  const words = rangeWordsAt(tokens, k);
  if (words) return { span: words, text: tokens.slice(k, k + words).join(' ') };
  return null;
}

/** A newer MyChart page's column header (`Component`, `Your Value`, `Standard Range`), on one line or one per line. */
const EPIC_HEADER = /^(?:component|your value|standard range|normal range|reference range)(?:\s+(?:component|your value|standard range|normal range|reference range))*$/i;

/**
 * A block's name from the lines over its range: all of them (a name printed over two lines), but a title over the name
 * (`Basic Metabolic Panel` / `Glucose`) is not part of it — the lines after the title when they name what the catalog
 * knows and the whole does not, and the title is whole (no bracket or comma left open).
 */
function epicName(names: readonly string[], opts: TextParseOptions): string {
  const whole = names.join(' ');
  if (names.length < 2 || !opts.knows || opts.knows(whole)) return whole;
  for (let k = 1; k < names.length; k++) {
    const title = names.slice(0, k).join(' ');
    const open = (title.match(/\(/g) ?? []).length !== (title.match(/\)/g) ?? []).length || /[,(/&+-]$/.test(title);
    if (!open && opts.knows(names.slice(k).join(' '))) return names.slice(k).join(' ');
  }
  return whole;
}

/** The range labels of MyChart's result blocks. */
const EPIC_RANGE_LABEL = /^(?:normal|reference|standard)\s+range:?\s*(.*)$/i;

/**
 * Epic MyChart: a block per result — the name (over one or more lines), `Normal range: 74 - 106 mg/dL`, the
 * graph's axis labels (`74    106`) or `Value`, then the value (with a flag, if any).
 */
function readEpic(lines: SourceLine[], opts: TextParseOptions): { rows: RawRow[]; warnings: ParseWarning[] } {
  const rows: RawRow[] = [];
  const warnings: ParseWarning[] = [];
  let nameLines: SourceLine[] = [];
  let range: { text?: string; unit?: string; bounds: number[] } | null = null;
  const reset = () => {
    nameLines = [];
    range = null;
  };
  for (const line of lines) {
    const text = line.text.trim();
    if (!text || isSeparator(text)) {
      if (!range) nameLines = [];
      continue;
    }
    const nr = EPIC_RANGE_LABEL.exec(text);
    if (nr && nameLines.length) {
      range = epicRange(nr[1]!);
      continue;
    }
    if (range) {
      const current: { text?: string; unit?: string; bounds: number[] } = range;
      if (/^value:?$/i.test(text)) continue;
      const tokens = tokenize(text);
      const numbers = tokens.map((t) => parseValueToken(t));
      if (tokens.length === 2 && numbers.every((x) => x && !x.comparator) && current.bounds.length === 2
        && numbers[0]!.value === current.bounds[0] && numbers[1]!.value === current.bounds[1]) continue;
      const value = epicValue(tokens);
      if (value) {
        rows.push({
          name: epicName(nameLines.map((l) => l.text.trim()), opts),
          ...value,
          ...(value.unit ? {} : current.unit ? { unit: current.unit } : {}),
          ...(current.text ? { rangeText: current.text } : {}),
          line: line.line,
          ...(line.page ? { page: line.page } : {}),
        });
        reset();
        continue;
      }
      warnings.push(unread(line, 'unreadable-line'));
      continue;
    }
    if (isMetadata(text) || isColumnHeader(text) || EPIC_HEADER.test(text)) {
      nameLines = [];
      continue;
    }
    if (isNameFragment(text)) {
      nameLines.push(line);
      continue;
    }
    // Some MyChart exports print a whole row on one line.
    const row = parseRowLine(text, opts);
    if (row) rows.push({ ...row, line: line.line, ...(line.page ? { page: line.page } : {}) });
    else warnings.push(unread(line, /\d/.test(text) ? 'unreadable-line' : 'text-not-read'));
    nameLines = [];
  }
  return { rows, warnings };
}

function epicRange(rest: string): { text?: string; unit?: string; bounds: number[] } {
  const tokens = tokenize(rest);
  const numeric = numericRangeAt(tokens, 0);
  const span = numeric?.span ?? rangeWordsAt(tokens, 0);
  if (!span) return { ...(rest ? { text: rest } : {}), bounds: [] };
  const text = tokens.slice(0, span).join(' ');
  const unit = tokens.slice(span).join(' ') || undefined;
  const bounds = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(numeric?.text ?? '');
  return { text, ...(unit ? { unit } : {}), bounds: bounds ? [Number(bounds[1]), Number(bounds[2])] : [] };
}

/** `92`, `92 (H)`, `92 mg/dL`, `145 High`, `Negative`. */
function epicValue(tokens: string[]): Omit<RawRow, 'line' | 'name' | 'rangeText'> | null {
  const tail = parseTail(['_', ...tokens], 1);
  if (!tail || tail.rangeText || tail.hadPrevious) return null;
  const { hadPrevious: _p, ...row } = tail;
  return row;
}

/** (labs50fix review) A range's bounds as numbers (none for text without bounds): for perBareVolume's magnitude check. */
function bareVolumeBounds(text: string): number[] {
  if (!text.trim()) return [];
  const r = parseReferenceRange(text);
  return [r.low, r.high].filter((b): b is number => b !== undefined);
}
