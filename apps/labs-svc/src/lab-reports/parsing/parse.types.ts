/** What a parser read from one row of a report, before coding: everything as printed. */
export interface RawRow {
  /** The test name as printed (stray characters removed, lines joined). */
  name: string;
  /** The number, when the result is one (OCR noise repaired). */
  value: number | null;
  /** The result as printed when it is not a plain number: `<5.0`, `Negative`. */
  valueText?: string;
  comparator?: Comparator;
  unit?: string;
  /**
   * (labs38fix) A token printed where the unit goes that no unit reader reads, under a name the catalog knows, on a row
   * whose value and range are clean (`PCV 41.2 m 36 - 45`, `MCHC 29.8 pg % 31 - 36`: misprints): left out of the row,
   * which reads with no unit; coding warns of it (`unit-not-read`).
   */
  unreadUnit?: string;
  /** The reference range as printed (`3.5-5.0`, `<200`, `>=40`, `Negative`). */
  rangeText?: string;
  /**
   * A range given as numbers (structured input). (fixl) Its bounds' strictness where a reader read them from the text
   * (`< 10.000`, a grouped bound re-read: strict); inclusive where not said.
   */
  range?: { low?: number; high?: number; lowInclusive?: boolean; highInclusive?: boolean };
  /**
   * (labs38fix) The range's bounds were given as number fields and no text was printed (a JSON record's
   * `"Index_Min_Number":13.5, "Index_Max_Number":17.5`): the range has no text, none is made up from the bounds.
   */
  boundsWithoutText?: boolean;
  /** (fix38b) The range text says no bounds to flag from (`< 20 (deficient)`, a tier that is not the normal one): the text alone. */
  rangeTextOnly?: boolean;
  /** (tiers) The range is interpretation tiers read alone where the range goes (text-report.parser.ts tiersAlone): asked by tiersFit and tiersReadTwice, which clear it. */
  tiersAlone?: true;
  /** The flag as printed (`H`, `LL`, `*`, `High`). */
  flag?: string;
  /** A flag already in our vocabulary (structured input). */
  normalizedFlag?: string;
  /** 1-based line (text, PDF) or segment (HL7) number. */
  line: number;
  page?: number;
  /** A code the report gave (HL7 OBX-3). */
  code?: { system: string; code: string; display?: string };
  /** When the report gives a time per result (HL7, JSON). */
  collectedAt?: string;
  /** A catalog key or LOINC given by structured input. */
  biomarkerRef?: string;
  /**
   * Method, evaluation and comment lines printed with the row (`Method - Hexokinase`, `Eval: …`, HL7 NTE, free text
   * under the row), as printed, one line each joined by a newline.
   */
  comment?: string;
  /**
   * The specimen a section of the report (or an HL7 order) names: `urine` (`Urinalysis`, `Urine Examination`) makes
   * coding prefer the urine analyte; `venous` or `capillary` blood (`Venous Blood Gas`, OBR-15 `Venous`) keeps a row
   * from being coded as an arterial analyte; `fluid` (`Cerebrospinal Fluid`, `Pleural fluid`) keeps it from being coded as
   * the catalog's blood or urine analyte (the catalog has no body-fluid analytes: such a row is unknown).
   */
  specimen?: 'urine' | 'venous' | 'capillary' | 'fluid';
  /**
   * The row's own specimen cell named it (`Materiaal: Urine portie`), not a heading over many rows: the row is the
   * urine analyte or an unknown one, never the blood analyte of the same name.
   */
  specimenOfRow?: boolean;
  /**
   * (labs48xml review) Only the row's code may name its analyte, never its name: an XML result's LOINC code the catalog
   * lacks where the name's analyte has other codes (`2161-8` urine creatinine printed `Creatinine`): unknown unless
   * the code is known.
   */
  codeOnly?: boolean;
  /**
   * (labs42fix review) The reader took the row's unit, `%`, from its range's bounds (`29 (24-39%)`), none printed
   * beside the value: the text reader keeps it only where the catalog measures the name in per cent alone or does not
   * know the name (not `Neutrophils 4.1 (40-75%)`, as often the absolute count), and drops this mark (finishRow).
   */
  percentFromRange?: boolean;
  /** (labs34fix review) Under a heading of lymphocyte subsets (`Lymphocyte Subsets`): `B-Lymphocytes` there are the B cells. */
  lymphocyteSubsets?: boolean;
  /**
   * (jp2 review 2) Under a heading of blood, a blood gas or chemistry (`Blood gas`, `血液ガス`, `生化学`) that ended a
   * urine section: coding never takes the row as the urine's for its neighbours (`pH  7.40` under `血液ガス`, right
   * after the urine's `pH  6.5`, is the blood's).
   */
  bloodSection?: boolean;
  /**
   * (mend16) Under a heading of the urine's microscopy or sediment (`Microscopy`, `Sediment`, `Mikroskopie`): a count of
   * what the microscope sees (`Leucocytes  Nil  [Nil]` the sediment's white cells), never the strip's pad.
   */
  sediment?: boolean;
}

/** Adds a method, evaluation or comment line to a row's comment (one line each, in the order printed). */
export function appendComment(row: Pick<RawRow, 'comment'>, text: string): void {
  row.comment = row.comment ? `${row.comment}\n${text}` : text;
}

export type Comparator = '<' | '<=' | '>' | '>=';

export interface ParseWarning {
  code: string;
  message: string;
  line?: number;
  page?: number;
  text?: string;
}

export interface ParsedReport {
  layout: string;
  rows: RawRow[];
  warnings: ParseWarning[];
  /** When the specimens were collected, if the report says (ISO 8601). */
  collectedAt?: string;
  /** When the report was produced, if it says: the fallback for collectedAt. */
  reportedAt?: string;
}

/** A line of text with where it came from. */
export interface SourceLine {
  text: string;
  line: number;
  page?: number;
  /**
   * The line's cells when the source knows them: table cells (Markdown, HTML; `x` is the column index) or text runs
   * separated by a column gap (PDF: `x` and `end` in points; fixed-width text: in characters). Absent: the reader
   * splits the text at runs of two or more spaces.
   */
  cells?: Cell[];
  /** Whether `cells` are a table's own cells (Markdown, HTML): column by index, empty cells kept. */
  tableCells?: boolean;
  /** HTML: which `<table>` of the source the row is in (0 for the first): a new table does not take the columns of the one before. */
  table?: number;
  /** (fixr85a) A plain text's line as printed, before its dot leaders were read as a gap or a colon (toLines). */
  printed?: string;
  /**
   * (review 26) A line of results in prose that prose-clauses.ts left whole to the prose reader: its results one a line,
   * as that reader would have given them, for the readers after the prose reader when it reads none of it.
   */
  clauses?: string[];
}

/** A cell of a line: its text and where it starts and ends on the line. */
export interface Cell {
  text: string;
  x: number;
  end: number;
  /** HTML: how many columns the cell spans (`colspan`), when more than one. */
  span?: number;
}
