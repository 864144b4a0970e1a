import type { Cell, SourceLine } from './parse.types.js';
import { isStatusPhrase, isStatusWords, normalizeFlag } from './flags.js';
import { ownEntry } from './memo.js';
import { comparatorOf, decodeReferences, isDateToken, isQualitativeAnswer, isUnitToken, looseFlagAfterValue, labelKey, withLatinLettersPlain, numericRangeAt, parseFlagToken, parseValueToken, qualitativeValueAt, rangeWordsAt, splitStuckUnit, tokenize, trailingParenthesis, withoutEmojiAround, withoutValueEmoji, beforeEnding, CJK_SCRIPTS, FLAG_LABEL_WORDS, UNIT_LABEL_WORDS, VALUE_LABEL_WORDS, VALUE_LABEL_WORDS_OTHER_LANGUAGES, RANGE_SIDE_WORDS } from './tokens.js';
import { fullYear, parseDayMonthDate, parsePrintedDate, printedYearMonth } from './dates.js';
import { OPTIMAL_LABEL, STANDARD_RANGE_LABELS } from './reference-range.js';
import { toUcum } from './units.js';
import { eastAsianWidth } from 'get-east-asian-width';

/**
 * The table under a report's rows, whatever carried it: Markdown and HTML tables (cells by index), fixed-width text
 * (cells are runs separated by two or more spaces, placed by character) and PDF text (runs separated by a column gap,
 * placed in points). A column header names the columns; each later row's cells are given to the column they sit
 * under (by index for real tables, by overlap with the header's extent otherwise).
 */

/**
 * (tierrole) `tier`: a column of one risk category among several (`| Result | Optimal | Moderate | High |`: tierColumns,
 * Column.tier); its cells are the row's tiers, range text after their labels, never a range with bounds nor the flag.
 */
export type ColumnRole = 'name' | 'value' | 'unit' | 'range' | 'tier' | 'flag' | 'previous' | 'date' | 'other';

export interface Column {
  role: ColumnRole;
  x: number;
  end: number;
  /** A unit the header gives for the whole column: `Reference Range (mg/L)`. */
  unit?: string;
  /** A column of each row's specimen (`Specimen`, `Materiaal`): `Urine portie` there makes the row a urine analyte. */
  specimen?: boolean;
  /** A flag column headed `Status`: it may hold the report's status (`F`inal, `C`orrected, `A`mended) rather than a flag. */
  status?: boolean;
  /** A value column headed `Value / Unit`: its rows may print the unit with the value or in a cell of its own. */
  joint?: boolean;
  /** (labs49fix) A range column headed as the status's too (`Reference/Status`): its cells' status word is the flag. */
  statusToo?: boolean;
  /** A range column headed as one of its bounds (`Alsó` and `Felső`, `Min` and `Max`, `Low` and `High`). */
  bound?: 'low' | 'high';
  /** (set 9, AG04) A range column headed by a sex (`Male`, `Female`): its label, printed before the cell's range. */
  sexLabel?: string;
  /**
   * A column of the panel or request each row belongs to, printed before the column of the row's own test name
   * (`| Badanie | Parametr | …` with `| Morfologia krwi | Leukocyty | …`, `| Osad moczu | Leukocyty | …`): not part of
   * the name; it names the row's test only when the row's name cell is empty, and a urine panel makes the row urine's.
   */
  panel?: boolean;
  /**
   * (labs34fix) A value or range column of a differential's counts beside one of its percentages (`| Teste | Valor (%) |
   * Valor Absoluto | Ref. % | Ref. Absoluto |`, `| Test | % | Absolute | Ref. % | Ref. Absolute |`): each row is two
   * results, the percentage with the range of its own column and the count with the range of its.
   */
  absolute?: boolean;
  /**
   * A lower or upper bound column beside a column of the whole range (`| L | H | Norma |`): read only on a row whose
   * range cell is empty or a dash.
   */
  spareBound?: 'low' | 'high';
  /**
   * (labsrobfix2) A `Description` column after the result beside another name column: remarks on the test, unless a row's
   * cell there says which analyte the test is (`| Bilirubin | … | Direct |`, `| 718-7 | … | Hemoglobin |`).
   */
  remarks?: boolean;
  /**
   * (b67c) A flag column no header names, after the range column a row's flag fell in (assignRow,
   * flagAfterRangeColumn): its words that are no flag token (`(above)`, `(sopra)`) give way to the printed range where it
   * says otherwise, as after a range on a line.
   */
  afterRange?: boolean;
  /**
   * (tworanges) A column of an optimal range beside the laboratory's range column (a consumer or longevity lab's export:
   * `Optimal Range  Standard Range`): its header as printed. Its cells are no range of the row (the range column's
   * are), only the row's comment (`Optimal Range: 72 - 86`).
   */
  optimal?: string;
  /**
   * (b59) A column of one risk category among columns of several after the result (`| Result | Optimal | Moderate | High
   * |`, a cardiometabolic panel's; `Desirable | Borderline | Very High`): the category's label as printed. The row's
   * tiers are its range as text (each cell after its label), no bounds and no flag (tierColumns). (tierrole) Such a
   * column's role is `tier`, not `range`: what reads a range column's cells as a range (its bounds, its place before
   * the result, its header's extent) never reads a tier's.
   */
  tier?: string;
  /** (b59) The tier's place counted from the first category (`Optimal` 0, `Moderate` 1, `High` 2), however printed. */
  tierOrder?: number;
  /**
   * (cells) A column of each row's method (`TECHNOLOGY`, `Method`): a long name printed one space from it may carry the
   * row's method word at its end (splitNameBeforeMethod).
   */
  method?: boolean;
  /**
   * (hdrroles) The value column of a cumulative table headed by dates, the newest (headerColumns): its date as an ISO
   * timestamp (midnight UTC, or the printed time), where the header prints a whole date that reads one way — the
   * collection date of every result read from the column. None for a month or a year.
   */
  collectedAt?: string;
}

/**
 * (cards review) `Test result(s)`, `Test value`, `Your test result`: the value column's header (ROLE_WORDS) where it is
 * the table's one value header and not its first column. A first column so headed (`| Test Results | Value | Units |`,
 * `Test Result,Result,Units,Range`) is the test's name column — the first column of a table names each row's test —
 * and so is such a cell beside a column headed `Result` or `Value`; where another column names the test (`| Test |
 * Result | Test Value | Units |`) it is a column of its own, never a second value column (the row's value is the
 * plainly headed column's).
 */
const TEST_VALUE_HEADER = /^(?:test results?|test values?|your test results?)$/;

/** The headers of a column that names each row's specimen (SPECIMEN_HEADER; an `other` column of ROLE_WORDS). */
const SPECIMEN_WORDS = 'specimen|specimen type|sample|sample type|materiaal|material|materiale|probe|probenart';
/** Headers of a column that names each row's specimen. */
const SPECIMEN_HEADER = new RegExp(`^(?:${SPECIMEN_WORDS})$`);

/** (cells) The headers of a column of each row's method (METHOD_HEADER; an `other` column of ROLE_WORDS). */
export const METHOD_WORDS = 'method|methodology|technology|technique|principle|methode|methodik|metoda|metodo';
/** (cells) Headers of a column of each row's method. */
const METHOD_HEADER = new RegExp(`^(?:${METHOD_WORDS})$`);

/**
 * Headers of a column of the panel, profile or request each row belongs to, printed before the column of the row's test
 * (`| Badanie | Parametr |`, `| Panel | Test |`, `| Examination | Test |`), in English and the languages of European
 * reports. A name column before another under any other header (`| Test | Description |`) is no panel's.
 */
const PANEL_HEADER = /^(?:panel|panels|panel name|test panel|profile|profiles|profile name|test profile|group|groups|test group|section|department|category|order|order name|request|examination|examinations|investigation|investigations|badanie|badania|pakiet|profil|grupa|zlecenie|untersuchung|gruppe|kategorie|onderzoek|groep|esame|esami|gruppo|profilo|examen|examenes|grupo|perfil|exame|exames|bilan|groupe|categorie|categoria)$/;
/**
 * (exports) Headers of a column that names the analyte itself, beside a column of the test ordered (headerColumns):
 * only words ROLE_WORDS reads as a name's (review: `Markers`, `Analytes` head no name column, and the test's column
 * took the values).
 */
const ANALYTE_HEADER = /^(?:component|analyte|biomarker|parameter|parameters)$/;
/** (exports review) Words of an analyte's column ROLE_WORDS does not read: a delimited header with one is not read (withUnknownColumns). */
const UNREAD_ANALYTE_HEADER = /^(?:components|component name|analytes|analyte name|biomarkers|markers?)$/;

/**
 * (tworanges) Headers of a column of optimal ranges are reference-range.ts OPTIMAL_LABEL's (`Optimal Range`, `Optimal`,
 * `Ideal`, `Target Range`): a consumer or longevity lab prints one beside the laboratory's own range column (`Standard
 * Range`, `Reference Range`, `Lab Range`, `Normal Range`). Known only beside such a column (headerColumns); without one
 * the header reads as before (none). Beside one, the consumer labs' own labels of the laboratory's range
 * (STANDARD_RANGE_LABELS: `Standard` alone, `Standard Range`) head the range column.
 */
const STANDARD_BESIDE_OPTIMAL = new RegExp(`^(?:${STANDARD_RANGE_LABELS.join('|')})$`);

/**
 * (b59) Risk categories heading columns of their own after the result: the first the category a result should be in
 * (TIER_FIRST: `Optimal`, `Desirable`, `Normal`, `Low Risk`), the ones after it the others (TIER_NEXT: `Moderate`,
 * `Borderline`, `High`, `Very High`, `High Risk`). The first may carry a caption before its label (`Risk Category Ranges
 * Optimal`: TIER_CAPTION's words), as a header spanning the tier columns is printed over the first.
 */
const TIER_FIRST = /^(?:optimal|optimum|ideal|desirable|normal|acceptable|favou?rable|low risk)$/;
const TIER_NEXT = /^(?:moderate|borderline|borderline high|intermediate|average|above optimal|near optimal|above desirable|(?:moderate|average|intermediate|increased|high|very high) risk|high|very high|elevated|undesirable|unfavou?rable)$/;
const TIER_CAPTION = /^(?:(?:risk|reference|result|range|ranges|category|categories|interpretation)\s+)+/;

/**
 * (b59) The columns of risk categories among a header's cells (their words: headerWords), each with its label as printed
 * and its place counted from the first category — a run of two or more cells side by side, TIER_FIRST's at one end of
 * it and TIER_NEXT's the others (`Optimal  Moderate  High`, or printed the other way round, `High  Moderate  Optimal`),
 * where the header has a result's column (VALUE_LABEL_WORDS: `Result`, `Value`) and no range column of its own (a
 * laboratory's range beside them stays the range: `Reference Range  High`). Otherwise none (`Low  High`: bound
 * columns; `Low  Normal  High`: the columns a result is printed in by its status; `Normal  High`: the range and what
 * lies above it — a `Normal` first needs two categories after it).
 */
function tierColumns(cells: readonly Cell[], words: readonly string[]): Map<number, { label: string; order: number }> {
  const tiers = new Map<number, { label: string; order: number }>();
  const first = (k: number) => TIER_FIRST.test((words[k] ?? '').replace(TIER_CAPTION, ''));
  const next = (k: number) => TIER_NEXT.test(words[k] ?? '');
  const low = (k: number) => /^(?:low|very low|below)$/.test(words[k] ?? '');
  for (let a = 0; a < words.length; a++) {
    if (!first(a) && !next(a)) continue;
    let b = a + 1;
    while (b < words.length && next(b)) b++;
    // The run `a..b-1`: its first category at its start (then the others after it), or at its end (printed reversed).
    // A first category that is also a reference range's heading (`Normal`, `Acceptable`) makes tiers only with two
    // others beside it: `Normal | High` alone is the laboratory's range and what lies above it.
    const runOf = (f: number) => (/^(?:normal|acceptable)$/.test((words[f] ?? '').replace(TIER_CAPTION, '')) ? 3 : 2);
    const forward = first(a) && b - a >= runOf(a) && !low(a - 1);
    const backward = !forward && b < words.length && first(b) && b - a + 1 >= runOf(b) && !low(b + 1);
    const end = backward ? b + 1 : b;
    if (!forward && !backward) {
      a = b - 1;
      continue;
    }
    const outside = (k: number) => k < a || k >= end;
    if (!words.some((w, k) => outside(k) && headerRoleOfWords(w)?.role === 'value')) return tiers;
    if (words.some((w, k) => outside(k) && headerRoleOfWords(w)?.role === 'range')) return tiers;
    for (let k = a; k < end; k++) {
      const printed = cells[k]!.text.trim().replace(/[*_]/g, '').split(/\s+/);
      const label = words[k]!.replace(TIER_CAPTION, '').split(' ').length;
      tiers.set(k, { label: printed.slice(-label).join(' '), order: backward ? end - 1 - k : k - a });
    }
    return tiers;
  }
  return tiers;
}

/** Headers of a column of lower bounds, of upper bounds, and of either. */
// (exports) Also the range's name before or after the bound (an export's `Reference Range Low`, `Ref High`, `Normal
// Min`, `Low Reference Limit`). (normunten) German's `Norm unten`/`Norm oben`, `Untergrenze`, `unterer Referenzwert`.
const LOWER_BOUND_HEADER = /^(?:also|also hatar|min|minimum|low|lower|lower limit|untere grenze|untergrenze|dolna granica|(?:norm|ref|referenz)(?:bereich|wert)? unten|unterer (?:norm|referenz|grenz)wert|limita inferioara|(?:reference|ref|normal)(?: range| interval)? (?:low|lower|min|minimum)(?: limit| bound| value)?|(?:low|lower) (?:reference|ref|normal)(?: range| interval)?(?: limit| bound| value)?)$/;
const UPPER_BOUND_HEADER = /^(?:felso|felso hatar|max|maximum|high|upper|upper limit|obere grenze|obergrenze|gorna granica|(?:norm|ref|referenz)(?:bereich|wert)? oben|oberer (?:norm|referenz|grenz)wert|limita superioara|(?:reference|ref|normal)(?: range| interval)? (?:high|upper|max|maximum)(?: limit| bound| value)?|(?:high|upper) (?:reference|ref|normal)(?: range| interval)?(?: limit| bound| value)?)$/;
const BOUND_HEADER = new RegExp(`${LOWER_BOUND_HEADER.source}|${UPPER_BOUND_HEADER.source}`);
/** (labs50fix review) Whether a header's words (headerWords) head one bound's column (`Alsó`, `Untere Grenze`, `Max`). */
export const isBoundHeader = (words: string): boolean => BOUND_HEADER.test(words);

/** (labs49fix) A header of the reference and the status in one column (`Reference/Status`, `Status / Range`). */
const REFERENCE_AND_STATUS = new RegExp(String.raw`^(?:(?:reference|ref|normal|range|(?:reference|ref|normal) range) (?:status|flag)`
  + String.raw`|(?:status|flag) (?:reference|ref|range|reference range))$`);

/**
 * A column of remarks (`Comments`, `Notes`; (labs50fix) Indonesian `Keterangan`, `Catatan`): no result's cells in a
 * table; a JSON record's remark (json-records.ts).
 */
const COMMENT_HEADER = /^(comment|comments|notes|keterangan|catatan)$/;

/**
 * (jp2) `判定`, `판정` (judgement): a check-up's grade column, a status column (ROLE_WORDS, headerColumns). (fixjp) The
 * same in English, as a Japanese or Korean check-up's English version heads it (`Judgment`, `Judgement`): its letters
 * (`A` within normal limits … `D` treatment required) are grades, no flag (Column.grade).
 */
const JUDGEMENT_HEADERS = ['判定', '판정', 'judgment', 'judgement'];
/**
 * Headers of a column of previous results (`Previous`, `Prior result`, `Last result`, `Previous value`), and (cards)
 * the labels of a previous result on a card's line of its own (namesPreviousResult: `Previous: 102 mg/dL`).
 */
// (set 14, DL02) `Last` alone heads the last result's column too (`Test  Result  Units  Ref range  Trend  Last`).
const PREVIOUS_HEADER = /^(previous|previous results?|previous values?|previous readings?|prior|prior results?|prior values?|last|last results?|last values?|earlier results?|previous result and date)$/;
/**
 * Words that head a value column but label no card's value (tokens.ts VALUE_LABEL_WORDS, which ROLE_WORDS reads too):
 * `Values`, `Patient`, `Current`, `Finding(s)`, `In range` over a table's results; on a card's line of its own they are
 * no label of the value under them (`Patient: Jane Doe`).
 */
const VALUE_HEADER_WORDS = `values|patient|patient value|patient result|patient's result|current result|current`
  + '|finding|findings|current result and flag|in range|out of range|within range|outside range'
  // (set 7, VN09) A visit note's or flowsheet's column of this visit's results beside a prior one (`Today (10/27/25)
  // Prior (05/19/25)  Reference`, `Latest`, `Most recent`): the value column; the prior's is PREVIOUS_HEADER's.
  + '|today|today s result|today s results|todays result|results today|latest|latest result|latest value|most recent|most recent result|most recent value|this visit';
/**
 * The same in Dutch, Polish, Portuguese, Spanish and French (`Uitslag`, `Waarde`, `Wynik`, `Valor`, `Valeur`; (robust3)
 * Italian `Valore`, German `Wert`, `Messwert`): a value column's header; as a card's label before its value only the
 * words the card knows (tokens.ts VALUE_LABEL_WORDS_OTHER_LANGUAGES).
 */
const VALUE_HEADER_OTHER_LANGUAGES = 'uitslag|testuitslag|resultaat|waarde|wynik|valeur|valor|valore|wert|messwert';
/** What the words of a header cell mean (lower case, punctuation to spaces, a trailing unit in parentheses removed). */
const ROLE_WORDS: [RegExp, ColumnRole][] = [
  // (fixjp) `Test item`, `Check item`: an East Asian report's English header over the tests' names (`検査項目`).
  [/^(test|tests|test name|test description|name|parameter|parameters|investigation|investigations|analyte|component|description|examination|determination|assay|biomarker|lab test|test item|test items|check item|check items|examination item|examination items)$/, 'name'],
  // (set 8) A specialty report's first column (`Metabolic Markers in Urine`, `Nutritional Markers`, `Biomarkers`,
  // `Metals`, `Elements`, `Nutrients`).
  // (`Marker` alone heads a claims or orders export's column as well: exports.spec.)
  [/^(?:metabolic|nutritional|nutrient|cardiometabolic|inflammatory|intestinal|gi|health|key|other) markers?(?: in (?:urine|serum|plasma|blood|stool|saliva))?$|^markers? in (?:urine|serum|plasma|blood|stool|saliva)$|^(?:(?:toxic|essential|nutrient|trace) )?(?:metals|elements)$|^nutrients$|^analytes$/, 'name'],
  // The same headers in the languages of European reports (Dutch, German, Polish, Italian, Spanish, Portuguese, French).
  [/^(bepaling|onderzoek|untersuchung|analyt|badanie|badania|esame|esami|analisi|prueba|pruebas|examen|determinacion|parametro|parametr|parametry|analisis|exame|exames|analise|analises|analyse|analyses|teste|testes)$/, 'name'],
  // (labs34fix: `Teste`, `Valor`, Portuguese and Spanish.) A card's value label in those languages (tokens.ts
  // VALUE_LABEL_WORDS_OTHER_LANGUAGES: `Resultado`, `Résultat`, `Ergebnis`) and header words of a table's own.
  [new RegExp(String.raw`^(?:${VALUE_LABEL_WORDS_OTHER_LANGUAGES}|${VALUE_HEADER_OTHER_LANGUAGES})$`), 'value'],
  [/^(eenheid|einheit|jednostka|jednostki|u m|unita|unita di misura|unidad|unidades|unidade|unite|unites)$/, 'unit'],
  [/^(onder en bovengrens|referentiewaarde|referentiewaarden|referentie|normaalwaarde|normaalwaarden|referenzbereich|referenzwerte|referenzwert|referenz|normalwert|normalwerte|norm|normbereich|normwerte|zakres referencyjny|zakres|norma|wartosci referencyjne|valori di riferimento|intervallo di riferimento|valori normali|valores de referencia|valor de referencia|rango de referencia|intervalo de referencia|valeurs de reference|valeurs normales|valeurs usuelles|valeurs habituelles|intervalle de reference)$/, 'range'],
  // Hungarian, Czech and Romanian headers (`Vizsgálat  Eredmény  Mértékegység  Referencia tartomány`, `Vyšetření
  // Výsledek  Jednotka  Referenční meze`, `Analiza  Rezultat  UM  Interval biologic de referință`).
  // (labs45fix) Czech OpenLIMS: `Výkon Název metody` (procedure, method's name), `Rozměr` (dimension: the unit),
  // `Hodnocení` (evaluation: a bar graphic, no flag).
  [/^(vizsgalat|vizsgalat neve|megnevezes|vysetreni|analyza|analiza|analize|denumire analiza|nazev metody|vykon nazev metody|nazev vysetreni)$/, 'name'],
  [/^(eredmeny|mert ertek|vysledek|hodnota|rezultat|rezultate)$/, 'value'],
  [/^(mertekegyseg|m e|jednotka|jednotky|um|rozmer)$/, 'unit'],
  [/^(hodnoceni)$/, 'other'],
  [/^(referencia tartomany|referencia ertek|referencia|normal ertek|referencni meze|referencni interval|referencni hodnoty|ref meze|interval biologic de referinta|interval de referinta|valori de referinta|valori normale)$/, 'range'],
  [/^(interpretatie|interpretacja|interpretazione|interpretacion|interpretacao|vlag|minosites|jelzes)$/, 'flag'],
  // (labs50fix) Indonesian and Malay headers (`Pemeriksaan  Hasil  Satuan  Nilai Rujukan  Keterangan`, Malay `Ujian
  // Keputusan  Unit  Julat Rujukan`), also a JSON record's keys (`hasil`, `satuan`, `nilai_rujukan`: headerRoleOfWords).
  [/^(pemeriksaan|jenis pemeriksaan|nama pemeriksaan|nama tes|ujian|nama ujian)$/, 'name'],
  [/^(hasil|hasil pemeriksaan|hasil tes|keputusan)$/, 'value'],
  [/^(satuan|unit ukuran)$/, 'unit'],
  [/^(nilai rujukan|nilai normal|nilai referensi|rujukan|julat rujukan|julat normal)$/, 'range'],
  // (turkhdr, review 33) Turkish headers (`Tetkik Adı  Sonuç  Birim  Referans Aralığı  Durum`) — written from knowledge.
  [/^(tetkik|tetkik adi|tetkikler|test adi|parametre|inceleme)$/, 'name'],
  [/^(sonuc|sonuclar|test sonucu)$/, 'value'],
  [/^(birim|birimi)$/, 'unit'],
  [/^(referans araligi|referans degeri|referans degerleri|referans|normal degerler|normal deger)$/, 'range'],
  [/^(durum|yorum)$/, 'flag'],
  // (b62) Vietnamese headers (`Tên xét nghiệm  Kết quả  Đơn vị  Khoảng tham chiếu`, `Chỉ số  Kết quả  Trị số bình
  // thường`, `QT/PPXN` the method's code), folded: a range header is any of up to two words before `tham chiếu`
  // (reference: `Khoảng`, `Giá trị`, `Trị số`), or the normal value's words.
  [/^(ten xet nghiem|xet nghiem|ten chi so|chi so|thong so|noi dung xet nghiem|ten dich vu)$/, 'name'],
  [/^(ket qua|ket qua xet nghiem)$/, 'value'],
  [/^(don vi|don vi tinh|dvt)$/, 'unit'],
  [/^(?:(?:[a-z]+ ){0,2}tham chieu|(?:tri so|chi so|gia tri) binh thuong|csbt)$/, 'range'],
  [/^(qt ppxn|ppxn|phuong phap|phuong phap xet nghiem)$/, 'other'],
  // (jp2) Japanese, Chinese (simplified and traditional) and Korean headers (`項目  結果  単位  基準値`, `检验项目  检验结果
  // 单位  参考区间  提示`, `검사항목  결과  단위  참고치  판정`), as cjkHeaderWords writes them (the letters alone, no spaces).
  // `判定`, `판정` (judgement) head a flag column that may hold a check-up's grade (`A` no finding, `C` follow-up): a
  // status column's (headerColumns), whose letter alone is no flag; `前回値` (the previous result) a previous column.
  [/^(項目|検査項目|検査名|项目|检验项目|项目名称|檢驗項目|項目名稱|검사항목|검사명)$/, 'name'],
  [/^(結果|検査結果|結果値|今回値|结果|检验结果|檢驗結果|결과|검사결과)$/, 'value'],
  [/^(単位|单位|單位|단위)$/, 'unit'],
  [/^(基準値|基準範囲|参考基準値|参考范围|参考值|参考区间|參考範圍|參考值|參考區間|참고치|참고범위)$/, 'range'],
  [new RegExp(`^(${[...JUDGEMENT_HEADERS, '提示'].join('|')})$`), 'flag'],
  // (kprev) The Korean and Chinese previous result (`이전결과(2024-03-15)`, `上次结果`, `前次結果`), as the Japanese.
  [/^(前回値|前回|前回結果|이전결과|이전|전회결과|지난결과|上次结果|上次結果|前次结果|前次結果|历史结果|歷史結果)$/, 'previous'],
  // (b57) Russian, Ukrainian and Bulgarian headers, as cyrillicHeaderWords writes them (`Показатель  Результат  Единицы
  // Референсные значения  Статус`; `Показник  Результат  Одиниці виміру  Референтні значення`; `Изследване  Резултат
  // Мерна единица  Референтни стойности`). `Норма` heads a range column, as the range's label it is (`(норма: 3.5-5.1)`).
  [/^(показатель|показатели|исследование|наименование|наименование исследования|наименование показателя|название|параметр|тест|анализ|показник|показники|дослідження|назва|назва показника|найменування|показател|изследване|изследвания|параметър)$/, 'name'],
  [/^(результат|результаты|значение|результат исследования|резултат|резултати|стойност)$/, 'value'],
  [/^(единицы|единица|единицы измерения|единица измерения|ед изм|ед|размерность|одиниці|одиниця|одиниці виміру|од вим|единици|мерна единица|мерни единици)$/, 'unit'],
  [/^(референсные значения|референсный интервал|референтные значения|референтный интервал|референсные пределы|нормальные значения|норма|нормы|референтні значення|референсні значення|референтний інтервал|референтни стойности|референтни граници|референтен интервал)$/, 'range'],
  [/^(статус|флаг|отклонение|оценка|відхилення|оцінка|отклонение от нормы)$/, 'flag'],
  [/^(комментарий|комментарии|примечание|коментар|примітка|забележка)$/, 'other'],
  // (cards) `Result`, `Value`, `Test result`, `Your test result`: a card's value label (tokens.ts VALUE_LABEL_WORDS),
  // heading a column as it labels a card's line; and header words of a table's own (VALUE_HEADER_WORDS).
  [new RegExp(String.raw`^(?:${VALUE_LABEL_WORDS}|${VALUE_HEADER_WORDS})$`), 'value'],
  // A card's unit and flag labels (tokens.ts UNIT_LABEL_WORDS, FLAG_LABEL_WORDS) head those columns too.
  [new RegExp(`^(?:${UNIT_LABEL_WORDS})$`), 'unit'],
  // (pdf7) `Ref.` alone too (a narrow range column's header: `Test  Result  Units  Ref.`).
  [/^(reference range|reference ranges|normal ranges|ranges|range|ref range|ref\.? range|ref\.?|reference interval|reference|references|reference value|reference values|normal range|normal values|normal value|bio ref interval|biological reference interval|biological ref interval|ref interval|standard range|expected value|expected values|normal|reference range units|reference interval units)$/, 'range'],
  // (set 28) One column of the unit's target and the reference (`Target / Ref`, `Ref/Target`, a dialysis unit's trend
  // report): the row's range, as the unit's reference is its target.
  [/^(?:target ref|target reference|target reference range|ref target|reference target|target range ref)$/, 'range'],
  // (labs35fix review: Spanish and Portuguese `Estado`, the status — `Bajo`, `Normal`, `Alto` — as `Status` is.)
  [new RegExp(`^(?:${FLAG_LABEL_WORDS}|status|estado|abnormal|abn|abn flag|abnormal flag|h l|indicator|interpretation)$`), 'flag'],
  // (fixr) Both statuses in one header (`In Range / Out of Range`): one column of the status (`HIGH`, or blank), not
  // Function Health's two value columns that each of those words heads alone (VALUE_HEADER_WORDS).
  // (set 8, MN06) A metals report's `Within / Outside` (the reference's) column of flag words.
  [/^(?:in range out of range|out of range in range|within range out of range|in range out of range flag|within outside|inside outside|within outside range|within outside reference)$/, 'flag'],
  // (labs49fix) One column of the reference and the status (`Reference/Status`, `Range / Flag`, `Status/Reference`:
  // `High (Normal <1000)`, a transcription's): a range column, its status word read before the parenthesis
  // (text-report.parser's statusBeforeReference).
  [REFERENCE_AND_STATUS, 'range'],
  // A range printed as its lower and upper bound in columns of their own (Hungarian `Alsó  Felső`, `Min  Max`,
  // `Low  High`): range columns, each headed as one bound.
  [BOUND_HEADER, 'range'],
  [PREVIOUS_HEADER, 'previous'],
  // Any header of dates and times (`Collected On`, `Collection Date/Time`, `Reported`, `Result Date`, `Received`).
  [/^(datum|afnamedatum|data|fecha|date de prelevement)$/, 'date'],
  // (`measurement_date`, a database export's column: `Measurement Date`, `Measured On`.) (labsreadfix) A result's word
  // makes no date column without `date` or `time` (`Reported result` is the value's, `Result date` a date's).
  [/^(?=.*\b(?:date|time|collect|collected|collection|reported|received|drawn|verified|released|authori[sz]ed)\b)(?=.*\b(?:date|time)\b|(?!.*\bresults?\b))(?:(?:date|time|collect|collected|collection|reported|report|received|drawn|verified|released|authori[sz]ed|sample|specimen|result|measurement|measured|observation|test|of|on|and)(?: |$))+$/, 'date'],
  // (labs35fix) A column of trend marks against the previous sample (`Tendencia`, `Tendência`, `Trend`, `Tendenz`,
  // `Tendance`: `⬆️`, `↓`): no flag, the range says how a result stands.
  [/^(trend|trends|tendencia|tendencias|tendenz|tendance|tendenza|tendens)$/, 'other'],
  // (labs35fix review) So is a column of the change since the previous result (`Change`, `Change vs last`, `Delta`,
  // `Cambio`, `Variación`, `Variação`, `Veränderung`, `Δ`: `⬆️ +0.8`): a trend, no flag.
  [/^(?:change|changes|delta|cambio|cambios|variacion|variacao|variazione|veranderung|anderung)(?: (?:vs|versus|from|since|to|over) (?:the )?(?:last|previous|prior|prev)(?: result| value| test)?)?$/, 'other'],
  [COMMENT_HEADER, 'other'],
  // A row's method, specimen, instrument, site or code (METHOD_WORDS, SPECIMEN_WORDS: one list each for both).
  [new RegExp(`^(?:${METHOD_WORDS}|${SPECIMEN_WORDS}|instrument|site|site code|lab|lab code|performing lab|performing site|loinc|code|loinc code|loinc number|loinc num|test code|bron|source)$`), 'other'],
];

/**
 * A column of previous results headed in the languages of European reports (Portuguese and Spanish, French, Italian,
 * German, Dutch: `Resultados anteriores`, `Résultats antérieurs`, `Vorwerte`): a header word only among a table's own
 * cells (HTML, Markdown, CSV), where each row's cells are the header's by index; over fixed-width text or a PDF, right
 * after the result's column, or where the rows print their numbers under it (`standsUnder`, text-report.parser
 * rowsStandUnder). A report whose rows are not printed under its header's words (`Hemoglobina    15.1 g/dl    13.0 -
 * 17.0    14.8    14.6`) has the row reader read its previous results as the numbers after a range.
 */
const PREVIOUS_IN_OTHER_LANGUAGES = /^(resultados? anterior(?:es)?|valor(?:es)? anterior(?:es)?|anterior(?:es)?|resultats? anterieurs?|resultats? precedents?|valeurs? precedentes?|anteriorites?|risultat[oi] precedent[ei]|valor[ei] precedent[ei]|precedent[ei]|vorwerte?|vorbefund|vorige uitslag|vorige waarde)$/;

function previousInOtherLanguage(text: string): ReturnType<typeof roleOf> {
  const { words } = headerWords(text);
  if (PREVIOUS_IN_OTHER_LANGUAGES.test(words)) return { role: 'previous', words };
  const key = labelKey(text);
  return WORLD_PREVIOUS_KEYS.has(key) ? { role: 'previous', words: key } : null;
}

/**
 * (world-words) Previous results' headers of world-words.tsv (header-previous): read where PREVIOUS_IN_OTHER_LANGUAGES
 * is — a table's own cells, right after the result's column over fixed-width text, or where the rows stand under them.
 */
const WORLD_PREVIOUS_HEADERS: readonly string[] = [
    'Aiempi tulos', 'Ankstesnis rezultatas', 'Ant.', 'Anterior', 'Antériorité', 'Antériorités', 'Dernier résultat',
    'Edellinen', 'Edellinen tulos', 'Eelmine', 'Eelmine tulemus', 'Előző eredmény', 'Előző érték', 'Forrige',
    'Forrige resultat', 'Forrige svar', 'Fyrri niðurstaða', 'Föreg. resultat', 'Föregående', 'Hasil Lalu',
    'Hasil Sebelumnya', 'Histórico', 'Iepriekšējais rezultāts', 'Korábbi eredmény', 'Kết quả lần trước',
    'Kết quả trước', 'Last Result', 'Letzter Wert', 'Minulý výsledek', 'Poprzedni wynik', 'Poprzednie', 'Precedente',
    'Precedenti', 'Predchádzajúci', 'Predchádzajúci výsledok', 'Prejšnji izvid', 'Prejšnji rezultat',
    'Prethodni nalaz', 'Prethodni rezultat', 'Previous', 'Previous Result', 'Previous Value', 'Prior Result',
    'Précédent', 'Předchozí', 'Předchozí výsledek', 'Resultado anterior', 'Resultados anteriores', 'Resultat anterior',
    'Rezultat anterior', 'Rezultate anterioare', 'Rezultati i mëparshëm', 'Risultato precedente', 'Résultat antérieur',
    'Résultats antérieurs', 'Son Sonuç', 'Síðasta gildi', 'Tidigare resultat', 'Tidligere resultat',
    'Ultimo risultato', 'Valoare anterioară', 'Valor anterior', 'Valore precedente', 'Vorbefund', 'Vorbefunde',
    'Vorige', 'Vorige uitslag', 'Vorige waarde', 'Vorwert', 'Vorwerte', 'Wynik poprzedni', 'Önceki Sonuç',
    'Önceki Sonuçlar', 'Último resultado', 'Προηγ.', 'Προηγούμενη τιμή', 'Προηγούμενο αποτέλεσμα',
    'Попередній результат', 'Пред. результат', 'Предишен резултат', 'Предходен резултат', 'Предыдущее значение',
    'Предыдущий результат', 'Претходни налаз', 'Претходни резултат', 'קודם', 'תוצאה קודמת', 'النتيجة السابقة',
    'جواب قبلی', 'نتیجه قبلی', 'ผลครั้งก่อน', 'ผลเดิม', '上次結果', '上次结果', '前々回', '前回', '前回値', '前回結果', '前次', '前次結果',
    '前次结果', '历史结果', '이전 결과', '이전결과', '전회결과', '전회치',
];
const WORLD_PREVIOUS_KEYS = new Set(WORLD_PREVIOUS_HEADERS.map(labelKey));

/**
 * (cards review) Whether a label names a previous result, as a previous column's header does in any language the
 * headers know (PREVIOUS_HEADER, PREVIOUS_IN_OTHER_LANGUAGES: `Previous`, `Last result`, `Antériorité`, `Vorige
 * uitslag`, `Resultado anterior`): text-report.parser reads a card's line so labelled (`Previous: 102 mg/dL`) as the
 * row's comment, from these lists and no copy of them.
 */
export function namesPreviousResult(label: string): boolean {
  const { words } = headerWords(label);
  return PREVIOUS_HEADER.test(words) || PREVIOUS_IN_OTHER_LANGUAGES.test(words);
}

/**
 * (hdrroles) Words in a header's parenthesis that say whose or which system's values the column holds, not their unit
 * (`Reference range (adult)`, `(Adult Male)`, `(men/women)`, `Result (SI)`, `(conventional)`, `(fasting)`, `(serum)`).
 * (set 8, MN01) And a range column's side in words (`Reference Range (greater than)`, a SpectraCell table's): read as
 * a unit, it became every row's unit.
 */
const NOT_HEADER_UNIT = /^(?:(?:adults?|child|children|paediatric|pediatric|infants?|newborns?|neonates?|men|women|males?|females?|m|f|both|sexes|si|units?|conventional|conv|us|metric|international|fasting|non|nonfasting|random|serum|plasma|urine|blood|whole|capillary|venous|arterial|aged?|and|or|over|under|all|ages|greater|less|than|above|below|more|higher|lower|equal|to)(?:[\s,&/+-]+|$))+$/i;

/** Whether a header cell's parenthesis at its end holds a unit (`(mg/dL)`, `(%)`, `(U/L)`), not words or a date. */
function isHeaderUnit(inside: string): boolean {
  return /[/%]|^[a-zµμ]{1,4}\/?/i.test(inside) && !/^\d/.test(inside) && !NOT_HEADER_UNIT.test(inside.trim());
}

/** (camelhdr) One word of two or more capitalised parts, perhaps ending in capitals (`TestName`, `RefHigh`, `PatientID`). */
const CAMEL_CASE_WORDS = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+\p{Lu}*$|^\p{Lu}\p{Ll}+\p{Lu}{2,}$/u;
function headerWords(text: string): { words: string; unit?: string } {
  // (leftfix) `/^(.*?)\s*\(([^)]*)\)\s*$/` in one pass (trailingParenthesis): the regex cost the square of a run of spaces.
  const paren = trailingParenthesis(text.trim());
  const m = paren ? [text, ...paren] : null;
  // `Previous (12/01/2024)`: the date of the previous results, not part of the header's words.
  if (m && isDateToken(m[2]!.trim())) return { words: m[1]!.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim() };
  // `Resultado em 28/05/19`, `Result on 05/28/2019`, `Ergebnis vom 28.05.2019`: the date the column's results are of,
  // after a preposition, is no part of the header's words either (labs31fix).
  const dated = /^(.*?\p{L})\s+(?:em|de|del|du|on|of|from|vom|am|van|dd\.?)\s+(\S+)$/iu.exec(text.trim());
  if (dated && isDateToken(dated[2]!)) return headerWords(dated[1]!);
  const printed = m && isHeaderUnit(m[2]!) ? m[1]! : text;
  // (camelhdr, set 25) A database export's column names in camel case (`TestName`, `RefLow`, `AbnFlag`): the words apart.
  const head = CAMEL_CASE_WORDS.test(printed.trim()) ? printed.trim().replace(/(\p{Ll})(?=\p{Lu})/gu, '$1 ') : printed;
  // Accents dropped (`Résultat`, `Wartości`), as the header words above are written.
  // (b62) Vietnamese đ has no accent to drop: a d (`Đơn vị`, the unit); (turkhdr) nor the Turkish dotless ı (`Referans
  // Aralığı`): tokens.ts withLatinLettersPlain.
  const words = withLatinLettersPlain(head).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return { words, ...(m && head !== text ? { unit: m[2]!.trim() } : {}) };
}

/**
 * (labs50fix) What a column header's words (lower case, ASCII, one space between words: `nilai rujukan`) name, as
 * ROLE_WORDS reads them, and whether they head a column of remarks (COMMENT_HEADER): a JSON record's key is read
 * through the same vocabulary (json-records.ts classify), so every language the headers know works for records too.
 */
export function headerRoleOfWords(words: string): { role: ColumnRole; comment: boolean } | null {
  for (const [re, role] of ROLE_WORDS) if (re.test(words)) return { role, comment: COMMENT_HEADER.test(words) };
  const world = worldHeaderRole(words);
  return world ? { role: world, comment: false } : null;
}

/** Whether a cell's text heads a result's column (`Result`, `Resultado`, `Wert`, `結果`), as a header row reads it. */
export function headsValueColumn(text: string): boolean {
  return roleOf(text)?.role === 'value';
}

/** Whether a cell's text is a column header's words (`VALORES DE REFERENCIA`, `Result`, `Units`). */
export function isHeaderWords(text: string): boolean {
  // (Words: a `%` alone, PERCENT_HEADER's sign, is a unit's too.)
  return Boolean(roleOf(text)?.words);
}

/**
 * `Value / Unit`, `Result and Units`: one column holding the value and its unit (a C-CDA narrative table's). Words
 * printed apart (`Result Units`, two columns a PDF's gaps ran together) are two columns.
 */
const VALUE_WITH_UNIT = /^\s*(?:value|result)s?\s*(?:\/|&|\band\b)\s*units?\s*$/i;

/**
 * (jp2) The words of a header cell in Han, Kana or Hangul alone (`検査項目`, `参考 区间`, `검사 항목`, `基準値(mg/dL)`):
 * its letters without spaces or signs, a unit in parentheses after them apart as headerWords keeps it; null for a
 * cell with a Latin letter or a digit (headerWords reads those), without East Asian letters, or longer than any
 * header's words with their unit (40 characters: a long line of text is no header cell, and is not read through).
 */
const NOT_CJK_LETTERS = new RegExp(`[^${CJK_SCRIPTS}]+`, 'gu');
function cjkHeaderWords(text: string): { words: string; unit?: string } | null {
  if (text.length > 40) return null;
  const paren = trailingParenthesis(text.trim());
  // (kprev) A date in parentheses after the words (`이전결과(2024-03-15)`, `前回値(15.03.2024)`: the previous result's
  // day, as tokens.ts isDateToken reads one) is no part of them, nor a unit.
  const dated = paren && isDateToken(paren[1].trim());
  const head = paren && (isHeaderUnit(paren[1]) || dated) ? paren[0] : text;
  if (/[\p{Script=Latin}\d]/u.test(head)) return null;
  const words = head.replace(NOT_CJK_LETTERS, '');
  return words ? { words, ...(head !== text && !dated ? { unit: paren![1].trim() } : {}) } : null;
}

/**
 * (b57) The words of a header cell in Cyrillic letters alone (`Показатель`, `Референсные значения`, `Ед. изм.`,
 * `Мерна единица`): lower case, `ё` as `е`, each run of other signs one space, a unit in parentheses after them apart as
 * headerWords keeps it; null for a cell with a Latin letter or a digit (headerWords reads those), without a Cyrillic
 * letter, or longer than 40 characters (as cjkHeaderWords).
 */
function cyrillicHeaderWords(text: string): { words: string; unit?: string } | null {
  if (text.length > 40) return null;
  const paren = trailingParenthesis(text.trim());
  const head = paren && isHeaderUnit(paren[1]) ? paren[0] : text;
  if (/[\p{Script=Latin}\d]/u.test(head) || !/\p{Script=Cyrillic}/u.test(head)) return null;
  const words = head.toLowerCase().replace(/ё/g, 'е').replace(/[^\p{Script=Cyrillic}]+/gu, ' ').trim();
  return words ? { words, ...(head !== text ? { unit: paren![1].trim() } : {}) } : null;
}

function roleOf(text: string): { role: ColumnRole; words: string; unit?: string; joint?: boolean; absolute?: boolean; qualified?: boolean } | null {
  // (labs35fix review) `Δ`, `Δ%`, `∆ vs last`: the change since the previous result (ROLE_WORDS' trend columns).
  if (/^[Δ∆](?:\s*%|\s+\p{L}.*)?$/u.test(text.trim())) return { role: 'other', words: 'delta' };
  const { words, unit } = headerWords(text);
  if (!words) {
    const cjk = cjkHeaderWords(text) ?? cyrillicHeaderWords(text);
    const role = cjk && ROLE_WORDS.find(([re]) => re.test(cjk.words))?.[1];
    if (role) return { role, words: cjk.words, ...(cjk.unit ? { unit: cjk.unit } : {}) };
    const world = worldHeaderRole(text);
    return world ? { role: world, words: labelKey(text) } : partOrCountHeader(text);
  }
  if (VALUE_WITH_UNIT.test(text)) return { role: 'value', words, joint: true };
  for (const [re, role] of ROLE_WORDS) if (re.test(words)) return { role, words, ...(unit ? { unit } : {}) };
  const qualified = qualifiedRole(words);
  if (qualified) return { role: qualified, words, qualified: true, ...(unit ? { unit } : {}) };
  const world = worldHeaderRole(text);
  if (world) return { role: world, words, ...(unit ? { unit } : {}) };
  return partOrCountHeader(text);
}

/**
 * (world-words) Column headers of 43 languages from a helper's vocabulary (world-words.tsv): the result's and the
 * range's (header-result, header-range; a word also printed in another category left out,
 * `Норма` a range's header and a normal answer), asked after every rule above: `Svar`, `Tulos`, `Befund`, `Wartość`,
 * `Αποτέλεσμα`, `النتيجة` over the result. Not its names', units', flags', dates' and other columns' headers: the reader
 * knew all but a few, and those few made a header of lines its rows do not stand under (Polish `Jedn.` over rows with a
 * flag before the value, German `Beurteilung` over a column of tiers). Its previous results' headers are
 * previousInOtherLanguage's (WORLD_PREVIOUS_HEADERS): over fixed-width text after a range only where the rows stand
 * under them (a Portuguese `Resultados anteriores` whose rows do not, read as a column, lost 22 rows). Keyed as
 * tokens.ts labelKey folds a cell.
 */
const WORLD_HEADERS: Readonly<Partial<Record<ColumnRole, readonly string[]>>> = {
  range: [
    'Bio. Ref. Interval', 'Biological Ref. Interval', 'Biological Reference Interval', 'Chỉ số bình thường',
    'Giá trị bình thường', 'Giá trị tham chiếu', 'Harga Normal', 'Interval biologic de referință',
    'Interval de referinta', 'Interval de referință', 'Interval de referència', 'Intervali referent',
    'Intervalle de référence', 'Intervallo di riferimento', 'Intervalo de referencia', 'Intervalo de referência',
    'Julat Normal', 'Julat Rujukan', 'Khoảng tham chiếu', 'Nilai Acuan', 'Nilai Normal', 'Nilai Referensi',
    'Nilai Rujukan', 'Normaalwaarde', 'Normaalwaarden', 'Normal Değerler', 'Normal Range', 'Normal Values',
    'Normalbereich', 'Normalne vrednosti', 'Normalområde', 'Normas robežas', 'Normbereich', 'Normes', 'Normwert',
    'Normwerte', 'Normál érték', 'Przedział referencyjny', 'Range di riferimento', 'Rango de referencia',
    'Rango normal', 'Ref Range', 'Ref. Aralık', 'Ref. Range', 'Ref. hodnoty', 'Ref. interval', 'Ref. meze',
    'Ref. rozmezí', 'Ref. vrednosti', 'Ref. vrijednosti', 'Ref.-Ber.', 'Ref.-Bereich', 'Ref.interval', 'Ref.intervall',
    'Ref.område', 'Ref.waarde', 'Referans Aralığı', 'Referans Değer', 'Referans Değerleri', 'Referanseintervall',
    'Referanseområde', 'Referanseverdi', 'Reference Interval', 'Reference Intervals', 'Reference Range',
    'Reference Values', 'Referenceinterval', 'Referenceområde', 'References intervāls', 'Referencia tartomány',
    'Referencia érték', 'Referenciatartomány', 'Referencinės reikšmės', 'Referensintervall', 'Referensområde',
    'Referensvärde', 'Referentie', 'Referentie-interval', 'Referentiewaarde', 'Referentiewaarden',
    'Referentinės reikšmės', 'Referentne vrednosti', 'Referentne vrijednosti', 'Referentni interval',
    'Referentni raspon', 'Referentsvahemik', 'Referentsväärtus', 'Referentsväärtused', 'Referenzbereich',
    'Referenzintervall', 'Referenzwert', 'Referenzwerte', 'Referenčne vrednosti', 'Referenčni interval',
    'Referenčno območje', 'Referenčné hodnoty', 'Referenčné rozmedzie', 'Referenční hodnoty', 'Referenční meze',
    'Referenční rozmezí', 'Referenčný interval', 'Rujukan', 'Standard Range', 'Trị số bình thường', 'V.R.', 'VR',
    'Val. Ref.', 'Val. de référence', 'Val. ref.', 'Val. referencia', 'Val. referência', 'Val. rif.', 'Val. usuelles',
    'Valeurs de réf.', 'Valeurs de référence', 'Valeurs normales', 'Valeurs usuelles', 'Valor de referencia',
    'Valor de referência', 'Valores de Referência', 'Valores de referencia', 'Valores de referência',
    'Valores normais', 'Valores normales', 'Valori de referinta', 'Valori de referință', 'Valori di riferimento',
    'Valori normale', 'Valori normali', 'Valors de referència', 'Valors normals', 'Viitealue', 'Viitearvo',
    'Viitearvot', 'Viiteväli', 'Viðmið', 'Viðmiðunargildi', 'Viðmiðunarmörk', 'Vlerat normale', 'Vlerat referente',
    'Wartości prawidłowe', 'Wartości referencyjne', 'Zakres normy', 'Zakres referencyjny', 'Όρια αναφοράς',
    'Εύρος αναφοράς', 'Τιμές αναφοράς', 'Φυσιολογικά όρια', 'Φυσιολογικές τιμές', 'Реф. вредности', 'Реф. значения',
    'Реф. стойности', 'Референсные значения', 'Референсные пределы', 'Референсный интервал', 'Референсні значення',
    'Референтен интервал', 'Референтне вредности', 'Референтни граници', 'Референтни интервал', 'Референтни стойности',
    'Референтний інтервал', 'Референтные значения', 'Референтні значення', 'Референтні межі', 'טווח ייחוס',
    'טווח תקין', 'ערכי ייחוס', 'ערכים תקינים', 'القيم الطبيعية', 'القيم المرجعية', 'المدى المرجعي', 'المعدل الطبيعي',
    'المعدل المرجعي', 'محدوده طبیعی', 'محدوده مرجع', 'محدوده نرمال', 'مقادیر مرجع', 'ค่าปกติ', 'ค่าปกติอ้างอิง',
    'ค่ามาตรฐาน', 'ค่าอ้างอิง', 'ช่วงค่าปกติ', '参考值', '参考值范围', '参考区间', '参考基準値', '参考范围', '參考值', '參考值範圍', '參考區間', '參考範圍',
    '基準値', '基準値範囲', '基準範囲', '正常値', '正常值', '正常範圍', '生物参考区间', '기준치', '정상범위', '정상치', '참고범위', '참고치', '참고치범위',
  ],
  value: [
    'Befund', 'Değer', 'Eredmény', 'Ergebnis', 'Esito', 'Gildi', 'Hasil', 'Hasil Pemeriksaan', 'Hodnota', 'Izvid',
    'Keputusan', 'Kết quả', 'Messwert', 'Nalaz', 'Niðurstaða', 'Niðurstöður', 'Observed Value', 'Reikšmė', 'Result',
    'Resultaat', 'Resultado', 'Resultados', 'Resultat', 'Resultats', 'Results', 'Rezultat', 'Rezultatas', 'Rezultate',
    'Rezultati', 'Rezultāts', 'Risultati', 'Risultato', 'Résultat', 'Résultats', 'Sonuc', 'Sonuç', 'Sonuçlar', 'Svar',
    'Tulemus', 'Tulokset', 'Tulos', 'Uitslag', 'Valeur', 'Valoare', 'Valor', 'Valore', 'Value', 'Vastus', 'Verdi',
    'Vlera', 'Vrednost', 'Vrijednost', 'Värde', 'Værdi', 'Výsledek', 'Výsledok', 'Waarde', 'Wartość', 'Wert', 'Wynik',
    'Your Value', 'Érték', 'Αποτέλεσμα', 'Αποτελέσματα', 'Τιμή', 'Вредност', 'Значение', 'Значення', 'Налаз',
    'Резултат', 'Результат', 'Результаты', 'Стойност', 'תוצאה', 'النتيجة', 'جواب', 'نتیجه', 'ผล', 'ผลการตรวจ',
    'ผลตรวจ', '今回値', '检测结果', '检验结果', '検査結果', '檢查結果', '檢驗值', '檢驗結果', '测定值', '測定値', '結果', '結果値', '结果', '结果值', '검사결과',
    '결과', '결과값', '결과치',
  ],
};
const WORLD_HEADER_ROLES = new Map(Object.entries(WORLD_HEADERS).flatMap(([role, words]) => words!.map((w) => [labelKey(w), role as ColumnRole] as const)));
/** The role WORLD_HEADERS gives a header cell, or undefined. */
function worldHeaderRole(text: string): ColumnRole | undefined {
  return WORLD_HEADER_ROLES.get(labelKey(text));
}

/**
 * (labs47fix) A header word after a word saying whose the column's text is (`Source unit`, `Source reference interval`,
 * `Source flag`, `Printed range`, `Lab units`, `Original result`, `Reported value`: a transcription's columns of what
 * the report printed): the column the header word names — a name, a value, a unit, a range or a flag, not a date nor
 * any other column's. `Row` names the test's column only so (`Report row`, `Source row`: the report's row a result is
 * on); alone it heads a column of row numbers.
 */
const HEADER_QUALIFIER = /^(?:source|printed|lab|laboratory|original|reported|report|transcribed|stated) (.+)$/;
const QUALIFIED_ROLES: readonly ColumnRole[] = ['value', 'unit', 'range', 'flag'];
/**
 * (labs47fix review) The words after a qualifier that head the test's column: a row's or a test's (`Report row`,
 * `Source test`, `Lab analyte`), not `name` nor `description` (`Lab name` is the laboratory's, `Lab description` a
 * method's text).
 */
const QUALIFIED_NAME = /^(?:row|row name|test|tests|test name|analyte|parameter|component|investigation|examination|assay|biomarker)$/;
function qualifiedRole(words: string): ColumnRole | null {
  const rest = HEADER_QUALIFIER.exec(words)?.[1];
  if (!rest) return null;
  if (QUALIFIED_NAME.test(rest)) return 'name';
  const role = ROLE_WORDS.find(([re]) => re.test(rest))?.[1];
  return role && QUALIFIED_ROLES.includes(role) ? role : null;
}

/**
 * (hdrroles) Words that make a header cell another column than the one its role word names: a previous or dated result
 * (`Previous result`, `Result date`), a method, code, comment or specimen (`Result comment`, `Reference number`), a
 * decision limit or a bound (`Critical value`, `Target range`, `Lower limit of range`), another copy or reading of the
 * result (`Converted result`, `Absolute value`, `Result %`) — as words anywhere in the cell.
 */
const CONTAINED_BLOCKERS = new RegExp(String.raw`\b(?:previous|prior|last|earlier|former|old|older|past|history|historical|cumulative|trend|change|delta|date|dates|time|times|day|days|week|weeks|month|months|year|years|collected|collection|drawn|received|method|methods|methodology|technique|principle|code|codes|loinc|comments?|notes?|remarks?|specimen|sample|instrument|analy[sz]er|device|site|performed|performing|ordered|order|target|goal|optimal|ideal|desirable|critical|panic|alert|action|decision|expected|predicted|therapeutic|toxic|category|categories|risk|tier|percentile|score|deviation|mean|average|median|low|high|min|max|minimum|maximum|lower|upper|limit|limits|bound|bounds|absolute|relative|percent|percentage|converted|conversion|equivalent|alternate|alternative|second|other|number|no|nr|num|id|identifier|graph|chart|bar|plot)\b`);
/**
 * (hdrroles) The same in the languages of European reports: previous (`anterior`, `antérieur`, `precedente`, `vorige`,
 * `Vorwert`, `vorherig`), date (`fecha`, `Datum`, `data`), method (`método`, `Methode`), comment (`comentario`,
 * `Kommentar`, `Bemerkung`), critical and target (`crítico`, `kritisch`, `objetivo`, `Zielwert`).
 */
const CONTAINED_BLOCKERS_OTHER_LANGUAGES = /\b(?:anterior|anteriores|anterieurs?|anteriorites?|precedents?|precedentes?|precedenti|vorige|vorig|vorwerte?|vorherige?n?|vorbefund|fruhere?n?|ultimos?|ultimas?|dernier|derniere|fecha|datum|data|date|metodo|methode|kommentar|bemerkung|comentarios?|commentaire|critico|critica|kritisch|objetivo|zielwert|cible)\b/;
/** (hdrroles) Words before a role word that say whose the column is (`Lab reference interval`, `Test units`): no role of their own there. */
const CONTAINED_QUALIFIER = /^(?:source|printed|lab|laboratory|original|reported|report|transcribed|stated|test|tests|lab test)$/;
/** (hdrroles) Role words too weak to name a column from among other words (`Patient information`, `Current status`). */
const CONTAINED_WEAK = /^(?:patient|current|finding|findings|normal|in range|out of range|within range|outside range)$/;
/** (hdrroles) A phrase after the role word that says of what or for whom (`Units of measure`, `Reference range for adults`). */
const CONTAINED_TAIL = / (?:of|for|in|at|per|by|as|from|with|according|de|del|des|du|di|da|der|fur|para|pour)\b.*$/;
/**
 * (hdrroles review) Words of whom after a role word in the languages of European and Latin American reports, accents
 * stripped (`Referencia pediátrica`, `Referenzbereich Erwachsene`, `Valeurs adultes`): qualifiers, as NOT_HEADER_UNIT's.
 */
const POPULATION_OTHER_LANGUAGES = /^(?:pediatric[oa]s?|pediatrique|pediatrisch|adult[oa]s?|adultes?|adulti|erwachsene|kinder|ninos?|ninas?|enfants?|bambini|criancas|hombres?|mujer(?:es)?|varon(?:es)?|masculino|femenino|hommes?|femmes?|manner|frauen|uomini|donne|homens|mulheres)$/;
const CONTAINED_ROLES: readonly ColumnRole[] = ['value', 'unit', 'range', 'flag'];

/**
 * (hdrroles) A header cell that no header's words name as a whole but that contains one role word among words of no
 * role (`Units of measure`, `Reference range for adults`, `Lab reference interval`, `Measured value`, `Obtained result`,
 * `Abnormal flag`): the column of that role — a value, a unit, a range or a flag. Null where the cell holds words of two
 * roles (`Result unit`, `Patient name`), another column's words (CONTAINED_BLOCKERS), a digit, or more than six
 * words. A cell whose last words are another column's own (`Reference lab`, `Result comment`) is that column, of its own. A parenthesis at its end is the column's unit where it
 * holds one (isHeaderUnit), else words about the column (`(adult)`), none of its role.
 */
function containedRole(text: string): { role: ColumnRole; words: string; unit?: string; contained: true } | null {
  let head = text.trim();
  let unit: string | undefined;
  for (let paren = trailingParenthesis(head); paren; paren = trailingParenthesis(head)) {
    if (unit === undefined && isHeaderUnit(paren[1])) unit = paren[1].trim();
    head = paren[0].trim();
  }
  if (/[()]/.test(head)) return null;
  const words = head.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  if (!words || /\d/.test(words) || words.split(' ').length > 6) return null;
  const tokens = words.replace(CONTAINED_TAIL, '').split(' ');
  // The last words another column's own (ROLE_WORDS' `other`: `lab`, `method`, `code`, `comment`): that column, of its
  // own (`Reference lab`, `Result comment`, `Test method`).
  for (let i = 1; i < tokens.length; i++) {
    const last = headerRoleOfWords(tokens.slice(i).join(' '));
    if (last) {
      if (last.role === 'other') return { role: 'other', words, contained: true };
      break;
    }
  }
  // (A previous result's words in another language, `Resultados anteriores`, `Vorwerte`: never the result's column.)
  if (CONTAINED_BLOCKERS.test(words) || CONTAINED_BLOCKERS_OTHER_LANGUAGES.test(words)) return null;
  let role: ColumnRole | null = null;
  /** Where the last phrase of the role ends: only words of whom or which system (NOT_HEADER_UNIT's) may follow it. */
  let end = 0;
  for (let i = 0; i < tokens.length;) {
    let found = 0;
    let phraseRole: ColumnRole | null = null;
    for (let j = Math.min(tokens.length, i + 5); j > i && !found; j--) {
      const r = headerRoleOfWords(tokens.slice(i, j).join(' '));
      if (r) [found, phraseRole] = [j, r.role];
    }
    if (!found || !phraseRole) {
      i++;
      continue;
    }
    const phrase = tokens.slice(i, found).join(' ');
    i = found;
    if ((CONTAINED_QUALIFIER.test(phrase) && found < tokens.length) || CONTAINED_WEAK.test(phrase)) continue;
    if (!CONTAINED_ROLES.includes(phraseRole) || (role && role !== phraseRole)) return null;
    role = phraseRole;
    end = found;
  }
  // (hdrroles review) A role word followed by words that name another thing (`Reference lab address`, `Range lab
  // phone`, `Result site`) names nothing: the role word is the cell's last, or followed only by a phrase of what or
  // whom (CONTAINED_TAIL: `for adults`), a parenthesis (`(SI)`, `(male)`) or such words alone (`Reference range adults`).
  // Such a cell is a column of its own (`other`), as a cell whose last words are another column's.
  if (role && tokens.slice(end).some((t) => !NOT_HEADER_UNIT.test(t) && !POPULATION_OTHER_LANGUAGES.test(t))) return { role: 'other', words, contained: true };
  return role ? { role, words, contained: true, ...(unit ? { unit } : {}) } : null;
}

/**
 * (labs34fix) A value or range header of a differential's two readings (ABSOLUTE_HEADER, PERCENT_HEADER): `Valor
 * Absoluto`, `Absolute Count`, `Ref. Absoluto` (the count's, `absolute`), `Valor (%)` (as any header with its unit),
 * `Ref. %`, `Valor relativo` (the percentage's, its unit `%`); `Ref.` is the range's header there.
 */
const ABSOLUTE_HEADER = /(?:\babsolut[oa]s?\b|\babsolute(?:\s+count)?\b|\babs\b\.?|#)\s*$/i;
const PERCENT_HEADER = /(?:%|\(%\)|\brelativ[oa]s?\b|\brelative\b|\bpercentu?al\b|\bpercentage\b)\s*$/i;
function partOrCountHeader(text: string): { role: ColumnRole; words: string; unit?: string; absolute?: boolean } | null {
  const absolute = beforeEnding(text.trim(), ABSOLUTE_HEADER);
  const percent = absolute ? null : beforeEnding(text.trim(), PERCENT_HEADER);
  const rest = (absolute ?? percent)?.[1]?.trim();
  // (`#` alone heads a column of row numbers as often: only after a word, `Valor #`.)
  if (rest === undefined || (absolute && !rest && /^#$/.test(text.trim()))) return null;
  const { words } = headerWords(rest);
  // The value's header, the range's (`Ref.`, `Referência`, `Reference`), or none (a column headed `%` or `Absolute`).
  const role: ColumnRole | null = !words ? 'value' : /^(?:ref|refer[eê]ncia|referencia|reference|ref range|intervalo|vr)$/.test(words) ? 'range'
    : ROLE_WORDS.find(([re]) => re.test(words))?.[1] ?? null;
  if (role !== 'value' && role !== 'range') return null;
  return { role, words, ...(absolute ? { absolute: true } : role === 'value' ? { unit: '%' } : {}) };
}

/**
 * (labs35fix review) How many value columns a line of column headers announces after its first cell (`Differential
 * Abs (x10^9/L)  %`: two, a count's and a percentage's; `Result  Units  Range`: one). A header cell counts when it
 * heads a value, a previous value, a count (`Abs`, `Absolute`, with its unit in parentheses or not) or a part (`%`).
 * Null when a cell after the first is no header's.
 */
export function valueColumnsAnnounced(text: string): number | null {
  const roles = textCells(text).slice(1).map((c) => (roleOf(c.text) ?? partOrCountHeader(headerWords(c.text).words))?.role);
  if (!roles.length || roles.some((r) => r === undefined)) return null;
  return roles.filter((r) => r === 'value' || r === 'previous').length;
}

/**
 * (labs45fix) A header cell that is a date, perhaps with a time of day after it (`14. 10. 2020 10:30`, `18.5.2016`,
 * `2020-10-14`, `14/10/2020 07:30`): its sort keys read day first and month first (the same for a dotted or ISO date,
 * which say their order), or null when the cell is anything else (`Ref. meze`, `Result (12/2024)`).
 */
function headerDate(text: string): [number, number] | null {
  const cell = text.trim();
  const m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(cell)
    ?? /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(cell);
  // (fixjp) A year first with slashes or dots (`2026/11/20`, `2026.11.20`: Japan's, China's, Korea's order) says its
  // order as an ISO date does.
  // (set 28) A monitoring flowsheet's day and month alone, its visit's label after it (`03/05 S4`, `03/01 CD2`: a
  // stimulation day, a cycle day): a date of no year (year 0, which sorts the columns and dates none of them: isoOfKey).
  const dayMonth = m ? null : DAY_MONTH_VISIT.exec(cell);
  if (dayMonth) {
    const [a, b] = [Number(dayMonth[1]), Number(dayMonth[2])];
    const at = (mo: number, d: number) => (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? (mo * 100 + d) * 10000 : NaN);
    const [dayFirst, monthFirst] = [at(b, a), at(a, b)];
    return Number.isNaN(dayFirst) && Number.isNaN(monthFirst) ? null : [dayFirst, monthFirst];
  }
  const iso = m ? null : /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(cell)
    ?? /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(cell);
  if (!m && !iso) return namedHeaderDate(cell) ?? headerMonth(cell) ?? headerPeriod(cell);
  const key = (y: number, mo: number, d: number, h: string | undefined, mi: string | undefined) =>
    mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? ((y * 100 + mo) * 100 + d) * 10000 + Number(h ?? 0) * 100 + Number(mi ?? 0) : NaN;
  if (iso) {
    const k = key(Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[4], iso[5]);
    return Number.isNaN(k) ? null : [k, k];
  }
  const y = fullYear(Number(m![3]));
  const dayFirst = key(y, Number(m![2]), Number(m![1]), m![4], m![5]);
  // A dotted date is day first (Central Europe's `14. 10. 2020`); a slashed one may be either.
  const monthFirst = text.includes('.') ? dayFirst : key(y, Number(m![1]), Number(m![2]), m![4], m![5]);
  if (Number.isNaN(dayFirst) && Number.isNaN(monthFirst)) return null;
  return [dayFirst, monthFirst];
}

/** (set 28) A flowsheet's label over its rows' names, its columns the visits' dates. */
const VISIT_LABEL = /^(?:visit|visits|visit date|date of visit|cycle day)$/;
/** (set 28) A day and a month and a visit's short label after them (`03/05 S4`, `03/01 CD2`, `12/02 D8`). */
const DAY_MONTH_VISIT = /^(\d{1,2})\/(\d{1,2})\s+(?:CD|SD|S|D|W|V|Day\s?|Wk\s?)\d{1,2}$/i;

/** (set 9) A header cell of one sex's range column. */
const SEX_COLUMN = /^(?:male|female|males|females|men|women)$/i;

/** (set 9) A month's name and a two-digit year (`Jan-24`, `Sept'25`; not `Jan 15`, a US month and day): groups month, year. */
const MONTH_TWO_DIGIT_YEAR = /^((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]{0,6})?)[-'](\d{2})$/i;

/**
 * (hdrroles) A header cell of a date with its month's name (`15 Jan 2026`, `15-Jan-2026`, `15-Jan-26`, `Jan 15, 2026`,
 * `January 15 2026`; a time of day after it left out): its sort key as headerDate's (one, as such a date says its
 * order), or null.
 */
function namedHeaderDate(cell: string): [number, number] | null {
  const dayFirst = /^\d{1,2}[- ][A-Za-z]{3,9}\.?[- ](?:\d{4}|\d{2})(?:\s+\d{1,2}:\d{2})?$/.test(cell);
  const monthFirst = !dayFirst && /^[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}(?:\s+\d{1,2}:\d{2})?$/.test(cell);
  const iso = dayFirst ? parseDayMonthDate(cell) : monthFirst ? parsePrintedDate(cell) : undefined;
  const d = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!d) return null;
  const key = ((Number(d[1]) * 100 + Number(d[2])) * 100 + Number(d[3])) * 10000;
  return [key, key];
}

/**
 * (hdrroles) A header cell of a period longer than a month: a year alone (`2025`, 1900–2099) or a quarter (`Q1 2026`,
 * `2026 Q1`): its sort key as headerMonth's, the year's last month or the quarter's (so a year sorts after its months).
 * A year alone heads a column only beside another (headerColumns: `| Test | 2024 | 2025 |`); one alone is no header.
 */
const YEAR_HEADER = /^(?:19|20)\d{2}$/;
/**
 * (hdrroles review) Whether a dated header cell names a year or a quarter only (`2025`, `Q1 2026`, `Result 2025`): no
 * digit but the period's, no month's name.
 */
function periodCell(text: string): boolean {
  const t = text.trim();
  if (headerPeriod(t)) return true;
  const rest = t.replace(/\bQ[1-4]\b/gi, ' ').replace(/\b(?:19|20)\d{2}\b/g, ' ');
  return rest !== t && !/\d/.test(rest) && !/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.test(rest);
}

function headerPeriod(cell: string): [number, number] | null {
  if (YEAR_HEADER.test(cell)) {
    const key = (Number(cell) * 100 + 12) * 100 * 10000;
    return [key, key];
  }
  const before = /^Q([1-4])\s*((?:19|20)\d{2})$/i.exec(cell);
  const after = before ? null : /^((?:19|20)\d{2})\s*Q([1-4])$/i.exec(cell);
  if (!before && !after) return null;
  const [quarter, year] = before ? [Number(before[1]), Number(before[2])] : [Number(after![2]), Number(after![1])];
  const key = (year * 100 + quarter * 3) * 100 * 10000;
  return [key, key];
}

/** (set 26) A visit's label and its date in brackets (datedValueHeader); `Previous (date)` is a previous result's, not here. */
const VISIT_WITH_DATE = /^(?:baseline|today|current|latest|screening|initial|repeat|follow[- ]?up|(?:pre|post)[- ]?(?:treatment|therapy|trt)|(?:week|wk|month|day|visit|cycle)\s*\d{1,3})\s*[(\[]\s*([^()[\]]+?)\s*[)\]]$/iu;
/** The most words a header cell of a result's word and its date has (datedValueHeader). */
const MOST_DATED_HEADER_WORDS = 12;

/**
 * (hdrroles) A header cell of a value's words and a date (`Result on 15/01/2026`, `Result (15/01/2026)`, `15/01/2026
 * Result`, `Wert 15.01.2026`, `Valor em 2026-01-15`, `Result - Jan 2026`): the date's sort keys (headerDate), as a
 * column headed by the date alone — one of a cumulative table's result columns. Null unless the words are a value
 * column's header (ROLE_WORDS: not `Previous`, whose dated column is a previous result's as before).
 */
function datedValueHeader(text: string): [number, number] | null {
  const tokens = text.trim().split(/\s+/);
  // A result's word and a date are a few words (`Resultado del 15 de enero de 2026`: 7); every split of a longer cell
  // was tried, each joining and reading the whole cell again — quadratic in its words (a 2,450-word name cell took
  // 170 ms, 78 of them 14 s: bench-labs).
  if (tokens.length < 2 || tokens.length > MOST_DATED_HEADER_WORDS) return null;
  // (set 26) A serial table's visit before its date in brackets (`Baseline (10/14/24)`, `Week 6 (12/02/24)`, `Today
  // (03/06/25)`: a monitoring summary's columns): a result column of that date, as `Result (date)` is.
  const visit = VISIT_WITH_DATE.exec(text.trim());
  if (visit) return headerDate(visit[1]!);
  const valueWords = (w: string) => headerRoleOfWords(headerWords(w.replace(/\s+(?:on|of|from|at|du|del|de|vom|am|van|em|dd\.?)$/i, '').replace(/[\s:,–-]+$/, '')).words)?.role === 'value';
  const dateOf = (d: string) => headerDate(d.replace(/^[(\[]\s*|\s*[)\]]$/g, '').replace(/^[-–:,]\s*/, ''));
  for (let k = 1; k < tokens.length; k++) {
    const before = tokens.slice(0, k).join(' ');
    const after = tokens.slice(k).join(' ');
    if (/\p{L}/u.test(before) && valueWords(before)) {
      const date = dateOf(after);
      if (date) return date;
    }
    if (/^\d/.test(before) && valueWords(after)) {
      const date = dateOf(before);
      if (date) return date;
    }
  }
  return null;
}

/** (hdrroles) The ISO timestamp (UTC) of a headerDate key of a whole date, or undefined for a month's or a period's. */
function isoOfKey(key: number): string | undefined {
  if (Number.isNaN(key) || isMonthKey(key)) return undefined;
  const [y, mo, d, h, mi] = [Math.floor(key / 1e8), Math.floor(key / 1e6) % 100, Math.floor(key / 1e4) % 100, Math.floor(key / 100) % 100, key % 100];
  // (set 28) A date of no year (DAY_MONTH_VISIT) dates no result.
  if (y === 0) return undefined;
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi));
  return date.getUTCDate() === d ? date.toISOString() : undefined;
}

/**
 * (labs47fix) A header cell of a year and a month alone (`2026-01`, `01/2026`, `Jan 2026`: printedYearMonth): its sort
 * key as headerDate's, the day 0 (no date has it), which says the column is of a month.
 */
function headerMonth(cell: string): [number, number] | null {
  const ym = printedYearMonth(cell);
  if (!ym) return null;
  const key = (ym.year * 100 + ym.month) * 100 * 10000;
  return [key, key];
}

/** The month of a headerDate key, and whether the key is of a month alone (headerMonth: day 0). */
const monthOfKey = (key: number) => Math.floor(key / 1e6);
const isMonthKey = (key: number) => Math.floor(key / 1e4) % 100 === 0;

/** The index of the newest of the header's dates (headerDate), or -1 when reading them day or month first disagree. */
function newestDate(headed: readonly ([number, number] | null)[]): number {
  // (labs47fix) Beside a column headed by its month alone every date is compared by its month: `2026-01` and `2026-01-15`
  // (or two columns of `2026-01`) name no newest, as two columns of one date do.
  const byMonth = headed.some((d) => d && isMonthKey(d[0]));
  const dates = byMonth ? headed.map((d) => d && ([monthOfKey(d[0]), monthOfKey(d[1])] as [number, number])) : headed;
  const newest = (k: 0 | 1) => dates.reduce((best, d, i) => (d && !Number.isNaN(d[k]) && (best < 0 || d[k] > dates[best]![k]) ? i : best), -1);
  // (labs45fix review) Two columns of the newest date (`14.10.2024  14.10.2024`) name no newest (as newestSide).
  const tied = (k: 0 | 1, at: number) => at >= 0 && dates.some((d, i) => i !== at && d && d[k] === dates[at]![k]);
  const [n0, n1] = [newest(0), newest(1)];
  const a = tied(0, n0) ? -1 : n0;
  const b = tied(1, n1) ? -1 : n1;
  const valid = (k: 0 | 1) => dates.every((d) => !d || !Number.isNaN(d[k]));
  if (valid(0) && valid(1)) {
    if (a === b) return a;
    // A cumulative table prints its columns in the order they were drawn: of two readings that disagree, the one whose
    // three or more dates run in order, oldest to newest either way, is the table's (`03/04/25 … 11/04/25` month first:
    // March to November; day first it would jump from December back to July).
    const [inOrder0, inOrder1] = [inOrder(dates, 0), inOrder(dates, 1)];
    return inOrder0 !== inOrder1 ? (inOrder0 ? a : b) : -1;
  }
  return valid(0) ? a : valid(1) ? b : -1;
}

/** Do three or more of a header's dates, read day (0) or month (1) first, run strictly one way across the columns? */
function inOrder(dates: readonly ([number, number] | null)[], k: 0 | 1): boolean {
  const keys = dates.flatMap((d) => (d ? [d[k]] : []));
  if (keys.length < 3) return false;
  const steps = keys.slice(1).map((key, i) => Math.sign(key - keys[i]!));
  return steps.every((s) => s === 1) || steps.every((s) => s === -1);
}

/**
 * (set 14, CU03) A header printed over two lines, the second holding the first's dates (`Test Name  Result  Result
 * Result  Reference  Units` / `09/15/25  06/02/25  02/10/25  Interval`: a cumulative report's header wrapped): the
 * header's cells with the line below's joined to each (`Result 09/15/25`, `Reference Interval`), or null where the line
 * below is no such continuation — two dates at least, its other cells a header's words, each cell under one of the
 * header's and no two under the same one.
 */
export function withHeaderDatesBelow(cells: readonly Cell[], below: readonly Cell[]): Cell[] | null {
  const under = below.filter((c) => c.text.trim());
  if (under.filter((c) => headerDate(c.text)).length < 2) return null;
  const owner = under.map((b) => {
    const over = cells.flatMap((c, i) => (c.text.trim() && c.x < b.end && b.x < c.end ? [i] : []));
    return over.length === 1 ? over[0]! : -1;
  });
  if (owner.includes(-1) || new Set(owner).size !== owner.length) return null;
  const joined = (c: Cell, b: Cell): Cell => ({ ...c, text: `${c.text.trim()} ${b.text.trim()}`, x: Math.min(c.x, b.x), end: Math.max(c.end, b.end) });
  // A cell below that is no date goes on with the header's words above it (`Reference` / `Interval`).
  if (!under.every((b, k) => headerDate(b.text) || isHeaderWords(joined(cells[owner[k]!]!, b).text))) return null;
  return cells.map((c, i) => {
    const b = under[owner.indexOf(i)];
    return b ? joined(c, b) : c;
  });
}

/**
 * The columns of a header row, or null when the row is not a header: every non-empty cell is a header word, there is
 * a value column, and a name column or at least two other known roles.
 */
export function headerColumns(cells: readonly Cell[], ownCells = false, unknown?: Set<number>, standsUnder?: (cell: Cell) => boolean): Column[] | null {
  const filled = cells.filter((c) => c.text.trim());
  if (filled.length < 2) return null;
  // (labs45fix) A cell that is a date (with its time) heads a column of results of that date (headerDate).
  // (hdrroles) A year alone (`2025`, headerPeriod) is a period's column only beside another year's. A value's words and
  // a date (datedValueHeader: `Result on 15/01/2026`) head a cumulative table's column too, beside another dated one or
  // beside a column headed as the result (`| Result | Result (02/07/2025) |`: the dated one an earlier result's); alone
  // (`RESULTS 02/17/25`) such a cell is no date's column and the header reads as before.
  const dates = cells.map((c) => headerDate(c.text));
  // (set 9, CU06) Months with two-digit years, two or more and no other date in the header (`Jan-24  May-24  Oct-24
  // Mar-25`, a spreadsheet's `mmm-yy`): each the month of 20YY — read as no date, the row's oldest value was its result.
  // (Review 16) Only where the months so read run one way in print order, and their years too (`Jan-08  Jan-24  Feb-11`,
  // `Dec-28  Jan-04`: a month and its day, read so, make an older column the newest — no header then, as before.)
  const monthsOfYears = cells.map((c) => MONTH_TWO_DIGIT_YEAR.exec(c.text.trim()));
  const monthKeys = monthsOfYears.map((m) => (m ? headerMonth(`${m[1]} 20${m[2]}`) : null));
  const months = monthKeys.flatMap((key, k) => (monthsOfYears[k] ? [key?.[0] ?? NaN] : []));
  const years = monthsOfYears.flatMap((m) => (m ? [Number(m[2])] : []));
  const oneWay = (xs: number[], strict: boolean) => xs.every((x, i) => i === 0 || (strict ? x > xs[i - 1]! : x >= xs[i - 1]!)) || xs.every((x, i) => i === 0 || (strict ? x < xs[i - 1]! : x <= xs[i - 1]!));
  if (months.length >= 2 && !dates.some(Boolean) && !months.some(Number.isNaN) && oneWay(months, true) && oneWay(years, false)) {
    monthKeys.forEach((key, k) => { if (key) dates[k] = key; });
  }
  // (hdrroles review) So is a quarter (`Q1 2026`): one alone at a header's end is no column of results.
  const periods = cells.flatMap((c, k) => (headerPeriod(c.text.trim()) ? [k] : []));
  if (periods.length === 1) dates[periods[0]!] = null;
  const datedValues = cells.map((c, k) => (dates[k] ? null : datedValueHeader(c.text)));
  const plainValue = () => cells.some((c, k) => !dates[k] && !datedValues[k] && roleOf(c.text)?.role === 'value');
  if (datedValues.some(Boolean) && (dates.filter(Boolean).length + datedValues.filter(Boolean).length >= 2 || plainValue())) datedValues.forEach((d, k) => { if (d) dates[k] = d; });
  if (cells.some((c, k) => c.text.trim() && !dates[k] && /\d/.test(headerWords(c.text).words))) return null;
  // (hdrroles review) Labels of dates, each followed by its date (`Collected  15 Jan 2026 08:10  Received  16 Jan 2026
  // 09:02`, `Date of collection 15-Jan-2026  Date reported 16-Jan-2026`): a report's metadata, no header. Two such pairs,
  // or one after another cell; a date column's label first with the dates after it (`Collected Date  14/10/2020
  // 15/10/2020`, cumul) stays a header.
  const filledAt = cells.flatMap((c, k) => (c.text.trim() ? [k] : []));
  const labelled = filledAt.filter((k, i) => !dates[k] && i + 1 < filledAt.length && dates[filledAt[i + 1]!] && roleOf(cells[k]!.text)?.role === 'date');
  if (labelled.length >= 2 || labelled.some((k) => k !== filledAt[0])) return null;
  const columns: Column[] = [];
  let titled = false;
  /** Whether a column was headed as a differential's percentage or count only (`partOrCountHeader`). */
  let partOrCount = false;
  /** The columns headed `%` alone (signs only: a differential's percentages beside its counts, or no header). */
  const signOnly = new Set<number>();
  /** (labs47fix review) The columns headed by a qualifier and a header word (qualifiedRole: `Lab units`, `Report row`). */
  const qualified = new Set<number>();
  /** (hdrroles) The columns headed by a cell that contains a role word among others (containedRole: `Units of measure`). */
  const contained = new Set<number>();
  // The columns headed as a panel's (PANEL_HEADER).
  const panelHeaded = new Set<number>();
  // (exports) The columns headed as the analyte's (ANALYTE_HEADER: `Component`, `Biomarker`).
  const analyteHeaded = new Set<number>();
  // (labsrobfix) The columns headed `Description`.
  const described = new Set<number>();
  // (tworanges) Whether a cell heads a column of optimal ranges (OPTIMAL_LABEL): then `Standard` alone heads the range.
  const words = cells.map((c) => headerWords(c.text).words);
  const optimalHeaded = words.some((w) => OPTIMAL_LABEL.test(w));
  // (cards review) The cells headed `Test result(s)`, `Test value` (TEST_VALUE_HEADER), and whether another cell heads
  // the value's column (`Result`, `Value`).
  const testWorded = words.map((w) => TEST_VALUE_HEADER.test(w));
  // (Each cell's role looked up once, and only where a cell is so headed: every candidate header line comes here.)
  const cellRoles = testWorded.some(Boolean) ? words.map((w) => headerRoleOfWords(w)?.role) : [];
  const valueHeaded = cellRoles.some((r, k) => !testWorded[k] && r === 'value');
  const nameHeaded = cellRoles.includes('name');
  // (b59) Columns of risk categories after the result (tierColumns), each with its category's label: (tierrole) columns
  // of their own role, `tier`.
  const tiers = tierColumns(cells, words);
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    const tier = tiers.get(i);
    if (tier) {
      columns.push({ role: 'tier', x: c.x, end: c.end, tier: tier.label, tierOrder: tier.order });
      continue;
    }
    // (tworanges) An optimal range's column: its cells are the row's comment, not its range (Column.optimal).
    if (optimalHeaded && OPTIMAL_LABEL.test(words[i]!)) {
      columns.push({ role: 'other', x: c.x, end: c.end, optimal: c.text.trim() });
      continue;
    }
    if (optimalHeaded && STANDARD_BESIDE_OPTIMAL.test(words[i]!)) {
      columns.push({ role: 'range', x: c.x, end: c.end });
      continue;
    }
    if (PANEL_HEADER.test(words[i]!)) panelHeaded.add(columns.length);
    if (ANALYTE_HEADER.test(words[i]!)) analyteHeaded.add(columns.length);
    if (/^descriptions?$/.test(words[i]!)) described.add(columns.length);
    // An empty header cell, or one of signs only (`><`, `#`: a column of expand buttons or row numbers), names nothing.
    // (`%` heads a differential's percentages: PERCENT_HEADER.)
    if (!c.text.trim() || (!/[\p{L}\p{N}]/u.test(c.text) && !/^\(?%\)?$/.test(c.text.trim()))) {
      columns.push({ role: 'other', x: c.x, end: c.end });
      continue;
    }
    if (dates[i]) {
      columns.push({ role: 'previous', x: c.x, end: c.end });
      continue;
    }
    // `L` and `H` side by side (`| L | H |`): a lower and an upper bound column, as `Low  High` are.
    if (/^L$/.test(c.text.trim()) && /^H$/.test(cells[i + 1]?.text.trim() ?? '')) {
      columns.push({ role: 'range', x: c.x, end: c.end, bound: 'low' }, { role: 'range', x: cells[i + 1]!.x, end: cells[i + 1]!.end, bound: 'high' });
      i++;
      continue;
    }
    // (labsrob) `H` before `L` in cells of their own (`| H | L |`, a table's columns in another order): the upper and
    // the lower bound's columns too. (Printed apart on a text line, `H  L` may be one flag column's header: `h l`.)
    if (ownCells && /^H$/.test(c.text.trim()) && /^L$/.test(cells[i + 1]?.text.trim() ?? '')) {
      columns.push({ role: 'range', x: c.x, end: c.end, bound: 'high' }, { role: 'range', x: cells[i + 1]!.x, end: cells[i + 1]!.end, bound: 'low' });
      i++;
      continue;
    }
    if (testWorded[i] && (i === 0 || valueHeaded)) {
      columns.push({ role: nameHeaded ? 'other' : 'name', x: c.x, end: c.end });
      continue;
    }
    // (hdrroles) Or a cell that contains one role word among others (containedRole: `Units of measure`).
    // Not where a text's cell is two headers run together (splitHeaderCell below: `Ref. range Site Code`).
    // (set 9, AG04) A column headed by a sex (`Male  Female`, `Men  Women`: each sex's range): a range column whose
    // cells are read with their label (`Male 13.2-17.1 Female 11.7-15.5`), the interval the service takes by the
    // patient's sex (reference-range.ts intervalForSex) — read bare, the two ranges' text said neither's sex.
    if (SEX_COLUMN.test(c.text.trim())) {
      columns.push({ role: 'range', x: c.x, end: c.end, sexLabel: c.text.trim() });
      continue;
    }
    // (set 9, CU07) `F` right after a date's cell (`08/14/25  F  02/03/25  F`): that date's flag column.
    // (vorwert) Over fixed-width text, where it follows the result's column straight (`Test  Ergebnis  Vorwert  Einheit
    // Referenzbereich`, a German cumulative print whose rows stand under their header). (prevalign) After the range only
    // where the rows stand under it (standsUnder: `Referenzbereich  Vorwerte` over `0,70 - 1,20  1,25 +  12.03.25`);
    // a report printing its cells four spaces apart (`Resultados  Valores de Referência  Resultados anteriores`) does not.
    const afterValue = () => i > 0 && roleOf(cells[i - 1]!.text)?.role === 'value';
    const previousHeaded = () => { const p = previousInOtherLanguage(c.text); return p && (ownCells || afterValue() || standsUnder?.(c)) ? p : null; };
    const known = roleOf(c.text) ?? previousHeaded() ?? (/^F$/.test(c.text.trim()) && i > 0 && dates[i - 1] ? roleOf('Flag') : null);
    const r: ReturnType<typeof roleOf> & { contained?: true } | null = known ?? (ownCells || !splitHeaderCell(c) ? containedRole(c.text) : null);
    if (r?.qualified) qualified.add(columns.length);
    if (r?.contained) contained.add(columns.length);
    if (r && !r.words) signOnly.add(columns.length);
    else if (r && !r.qualified && !r.contained && !ROLE_WORDS.some(([re]) => re.test(r.words)) && !worldHeaderRole(r.words) && !VALUE_WITH_UNIT.test(c.text) && r.role !== 'previous') partOrCount = true;
    if (r) {
      const specimen = r.role === 'other' && SPECIMEN_HEADER.test(r.words);
      const method = r.role === 'other' && METHOD_HEADER.test(r.words);
      const status = r.role === 'flag' && (r.words === 'status' || r.words === 'estado' || JUDGEMENT_HEADERS.includes(r.words));
      const bound = LOWER_BOUND_HEADER.test(r.words) ? 'low' : UPPER_BOUND_HEADER.test(r.words) ? 'high' : undefined;
      const statusToo = r.role === 'range' && REFERENCE_AND_STATUS.test(r.words);
      columns.push({ role: r.role, x: c.x, end: c.end, ...(r.unit ? { unit: r.unit } : {}), ...(specimen ? { specimen } : {}), ...(method ? { method } : {}), ...(status ? { status } : {}), ...(r.joint ? { joint: true } : {}), ...(bound ? { bound } : {}), ...('absolute' in r && r.absolute ? { absolute: true } : {}), ...(statusToo ? { statusToo } : {}) });
      continue;
    }
    // A header word printed apart from the rest of its header (`Ref.   range`): the two cells are one column.
    const next = cells[i + 1];
    const joined = next?.text.trim() ? roleOf(`${c.text} ${next.text}`) : null;
    if (joined) {
      columns.push({ role: joined.role, x: c.x, end: next!.end, ...(joined.unit ? { unit: joined.unit } : {}) });
      i++;
      continue;
    }
    // Two headers printed close enough to read as one cell (`Result Units`): one column each, placed by their characters.
    // (hdrroles) Not a table's own cell (Markdown, HTML: one cell is one column, by index).
    const parts = ownCells ? null : splitHeaderCell(c);
    if (parts) {
      columns.push(...parts);
      continue;
    }
    // A section's title printed where the name column's header goes (`CHEMISTRY   Current   Units   Ref Range`): the
    // name column, when the other cells are all header words (checked below, as for a header without a name).
    // (fixjp) So is `Item` (`Item  Unit  Reference  2025/11/14  2026/11/20  Judgment`, a check-up's English version of
    // `項目`): the name column only beside two columns of other roles — a list's `| Item | Finding |` is no results
    // table.
    if (i === 0 && /^[A-Za-z][A-Za-z &/.-]*$/.test(c.text.trim())) {
      columns.push({ role: 'name', x: c.x, end: c.end });
      // (set 28) A flowsheet's `Visit` over its rows' names, beside two dated columns or more (`Visit  03/01 CD2  03/05 S4
      // …`, a fertility clinic's monitoring sheet): the names' header, as `Test` is — no title that needs other columns.
      titled = !(VISIT_LABEL.test(words[i]!) && dates.filter(Boolean).length >= 2);
      continue;
    }
    // (exports) A delimited export's header (csvLines): a cell of words the reader has no role for (`Resulting Lab`,
    // `Category`, `Optimized Zone`, `Result Level`) is a column of its own, read as none, where `unknown` is given.
    if (unknown && i > 0) {
      unknown.add(i);
      columns.push({ role: 'other', x: c.x, end: c.end });
      continue;
    }
    return null;
  }
  // (labs47fix review) A qualified header (`Lab units`, `Report row`, `Original result`) beside a column that holds its
  // role unqualified (`Units`, `Test`, `Result`), or beside one qualified before it: another column, the laboratory's
  // or the transcription's copy (`| Units | Lab units |`), never a second name, value or unit column.
  for (const k of qualified) {
    const role = columns[k]!.role;
    if (columns.some((c, j) => j !== k && c.role === role && (!qualified.has(j) || j < k))) columns[k] = { role: 'other', x: columns[k]!.x, end: columns[k]!.end };
  }
  // (hdrroles) So is a column headed by a cell containing a role word (`Lab reference range for children`) beside one
  // that holds the role as a whole (`Reference range`), or beside another such cell before it: a column of its own.
  for (const k of contained) {
    const role = columns[k]!.role;
    if (columns.some((c, j) => j !== k && c.role === role && (!contained.has(j) || j < k))) columns[k] = { role: 'other', x: columns[k]!.x, end: columns[k]!.end };
  }
  // A row of qualified headers with no name column (`| Reported value | Source unit | Original result | Lab range |` in
  // a table's middle) heads no table: such headers are a transcription's columns beside the test's (`Report row`).
  if ([...qualified].some((k) => columns[k]!.role !== 'other') && !columns.some((c) => c.role === 'name')) return null;
  // Columns of a count (`Valor Absoluto`) only beside a value column of the percentage; a header of such columns
  // (PERCENT_HEADER, ABSOLUTE_HEADER) without both is no header this reader knows.
  // (A `%` alone over a column is no header then: a column of its own, as any cell of signs only.)
  if ((partOrCount || signOnly.size) && !(columns.some((c) => c.absolute && c.role === 'value') && columns.some((c) => c.role === 'value' && !c.absolute))) {
    if (partOrCount) return null;
    for (const k of signOnly) columns[k] = { role: 'other', x: columns[k]!.x, end: columns[k]!.end };
  }
  // (labs45fix) Columns headed by dates (a cumulative report's: `Název metody   14. 10. 2020 10:30   18. 5. 2016 12:15
  // Ref. meze   Rozměr`) and none headed as the result: the newest date's column is the result, the others previous
  // results, whichever side the newest is printed on. Dates whose order depends on reading them day or month first
  // (`03/04/25  04/03/25`) name no newest: no header.
  if (dates.some(Boolean) && !columns.some((c) => c.role === 'value')) {
    // (hdrroles review) Result columns headed by years or quarters only (no day's or month's date): results only beside a
    // unit or range column (or a unit in a header cell) — else a table of counts or limits by year (`| Test | 2024 | 2025
    // |` of test volumes, a guideline's targets by edition), no header.
    if (cells.every((c, k) => !dates[k] || periodCell(c.text)) && !columns.some((c) => c.role === 'unit' || c.role === 'range' || c.unit)) return null;
    const newest = newestDate(dates);
    if (newest < 0) return null;
    const at = columns.findIndex((c) => c.x === cells[newest]!.x);
    if (at < 0) return null;
    // (hdrroles) The newest date is the collection date of the column's results, where it is a whole date that reads one
    // way: the date says its order, or every date of the header reads validly in one order only (`15/01/2026`).
    const [dayFirst, monthFirst] = dates[newest]!;
    const validAll = (k: 0 | 1) => dates.every((d) => !d || !Number.isNaN(d[k]));
    const key = dayFirst === monthFirst || (validAll(0) && !validAll(1)) ? dayFirst : validAll(1) && !validAll(0) ? monthFirst : NaN;
    const collectedAt = isoOfKey(key);
    columns[at] = { ...columns[at]!, role: 'value', ...(collectedAt ? { collectedAt } : {}) };
    // (set 9, CU07) A flag column right after an earlier date's column (`08/14/25  F  02/03/25  F`) flags that earlier
    // result, never the row's: a column of its own.
    // (Review 16) Only where the header has a flag column per date (two or more): one `Flag` column after the oldest date
    // of a newest-first table is the result's own.
    if (columns.filter((c) => c.role === 'flag').length >= 2) {
      columns.forEach((c, j) => {
        if (c.role === 'flag' && columns[j - 1]?.role === 'previous') columns[j] = { role: 'other', x: c.x, end: c.end };
      });
    }
    // (cumul) The first cell, a date column's words (`Date`, `Collected Date`, `Collection Date`), is the label of the
    // dates printed after it: it stands over the rows' names, not over a column of dates.
    if (columns[0]!.role === 'date' && !dates[0] && !columns.some((c) => c.role === 'name')) columns[0] = { ...columns[0]!, role: 'name' };
  }
  const roles = new Set(columns.map((c) => c.role));
  if (!roles.has('value')) return null;
  // (tworanges) An optimal range's column with no column of the laboratory's range beside it: no header, as before
  // (which range such a table's rows print is not said by a second column).
  // (tierrole) Tier columns count as that range: `Optimal` heading the first of them (`| Result | Optimal | Moderate |
  // High |`) is a tier's label, no optimal range's column.
  if (optimalHeaded && !roles.has('range') && !roles.has('tier')) return null;
  const others = [...roles].filter((r) => r !== 'other' && r !== 'value' && (r !== 'name' || !titled)).length;
  if ((!roles.has('name') || titled) && others < 2) return null;
  // A header that does not name its first column (Markdown `| | Result | Range |`) still has names there.
  if (!roles.has('name') && columns[0]!.role === 'other') columns[0]!.role = 'name';
  // Two name columns side by side before the result (`| Badanie | Parametr | Wynik |`, `| Panel | Test | Result |`),
  // those before the last headed as a panel's: the last is each row's test, the ones before it the panel the row
  // belongs to. (Under other headers, `| Test | Description |`, both are the test's name as before.)
  const valueAt = columns.findIndex((c) => c.role === 'value');
  // (labsrobfix) A `Description` column after the result beside another name column (`| Investigation | Result | Unit |
  // Reference Range | Description |`): a column of remarks on the test (`Marker of kidney function`), neither its name
  // nor part of it. (Before the result, or alone, it names the test: `| Description | Value / Unit |`.) (labsrobfix2) A
  // row's cell there that says which analyte the test is still names it (readColumns: describedName).
  const beforeNames = columns.flatMap((c, k) => (c.role === 'name' ? [k] : []));
  for (const k of beforeNames) {
    if (k > valueAt && described.has(k) && beforeNames.some((j) => !described.has(j))) columns[k] = { role: 'other', x: columns[k]!.x, end: columns[k]!.end, remarks: true };
  }
  const names = columns.flatMap((c, k) => (c.role === 'name' ? [k] : []));
  // (exports) The last of them headed as the analyte's (`| Test | Component | Value |`, a portal's order and its
  // component; `| Test | Biomarker | Result |`, a kit and its marker), the ones before it not: those are the panel's.
  const analyteLast = names.length >= 2 && analyteHeaded.has(names.at(-1)!) && names.slice(0, -1).every((k) => !analyteHeaded.has(k));
  if (names.length >= 2 && names.every((k, j) => k < valueAt && (j === 0 || k === names[j - 1]! + 1) && (j === names.length - 1 || panelHeaded.has(k) || analyteLast))) {
    for (const k of names.slice(0, -1)) columns[k] = { ...columns[k]!, role: 'other', panel: true };
  } else if (names.length >= 2 && names.filter((k) => !panelHeaded.has(k)).length === 1) {
    // (labsrob) In any other order (`| Badanie | Norma | Wynik | Parametr |`, the test's column printed last): the one
    // name column not headed as a panel's is the test's, the panel-headed ones the panel's, wherever they stand.
    for (const k of names) if (panelHeaded.has(k)) columns[k] = { ...columns[k]!, role: 'other', panel: true };
  }
  // A lower and an upper bound column beside a column of the whole range (`| L | H | Norma |`, `| Min | Max | Reference
  // range |`): the bounds say again what the range says; the range column is the row's range, and the bounds are read
  // only where it is empty (`| 70 | 99 | - |`). (tierrole) Tier columns are no whole range: bounds beside them stay the
  // row's range.
  if (columns.some((c) => c.role === 'range' && !c.bound) && columns.some((c) => c.bound)) {
    columns.forEach((c, k) => {
      if (c.bound) columns[k] = { role: 'other', x: c.x, end: c.end, spareBound: c.bound };
    });
  }
  return secondUnitSetAside(columns);
}

/**
 * (countries) A second unit column after a whole set of result, unit and range columns (`TEST  RESULT (SI)  UNIT
 * REFERENCE (SI)  RESULT (CONV)  UNIT  REFERENCE (CONV)`: a hospital printing each result in SI and in conventional
 * units, the second result's and range's headers read as other columns): the unit of the same measurement again in
 * other units. Set aside — the two units had been read as one (`mmol/L mg/dL`) and the result left unnormalized. Two
 * unit columns and one result column only (twounits reads a header whose two result columns are both headed so), the
 * first result, unit and range before the second unit; not in a cumulative table (dated result columns) or beside a
 * differential's count column.
 */
function secondUnitSetAside(columns: Column[]): Column[] {
  const at = (role: ColumnRole) => columns.flatMap((c, k) => (c.role === role ? [k] : []));
  const units = at('unit');
  const values = at('value');
  const firstSet = [values[0], units[0], at('range')[0]];
  // (One result column: where both results' headers read as results, twounits reads the two groups.)
  if (units.length !== 2 || values.length !== 1 || firstSet.some((k) => k === undefined || k > units[1]!) || columns.some((c) => c.collectedAt || c.absolute)) return columns;
  return columns.map((c, k) => (k === units[1] ? { role: 'other', x: c.x, end: c.end } : c));
}

/** `Result Units` → a column for each header in the cell, its extent in proportion to where its words are. */
function splitHeaderCell(cell: Cell): Column[] | null {
  // (set 9, CU06) The name's header with `(units)` after it (`Test (units)`): one name column, the units printed in
  // each name's bracket (`Iron (ug/dL)`) — split, the names were read as the units' column.
  const unitsInName = /^(.+?)\s*\((?:units?|uom)\)$/i.exec(cell.text.trim());
  if (unitsInName && roleOf(unitsInName[1]!)?.role === 'name') return [{ role: 'name', x: cell.x, end: cell.end }];
  const words = [...cell.text.matchAll(/\S+/g)].map((m) => ({ text: m[0], at: m.index }));
  if (words.length < 2 || words.length > 6) return null;
  const scale = (cell.end - cell.x) / Math.max(cell.text.length, 1);
  const out: Column[] = [];
  let i = 0;
  while (i < words.length) {
    let found = 0;
    let role: ReturnType<typeof roleOf> = null;
    for (let j = words.length; j > i && !found; j--) {
      role = roleOf(words.slice(i, j).map((w) => w.text).join(' '));
      if (role) found = j;
    }
    // (hdrroles) No two parts of one role (`Normal reference range` is one range column), and no part of one word that
    // heads another column than a name, value, unit, range or flag's (`Reference lab`: the performing laboratory's
    // column, one header; `Ref. range Site Code` is two).
    if (!found || !role) return null;
    const part = words.slice(i, found);
    if (out.some((o) => o.role === role!.role) || (part.length === 1 && !(['name', 'value', 'unit', 'range', 'flag'] as ColumnRole[]).includes(role.role))) return null;
    const last = words[found - 1]!;
    out.push({ role: role.role, x: cell.x + words[i]!.at * scale, end: cell.x + (last.at + last.text.length) * scale, ...(role.unit ? { unit: role.unit } : {}) });
    i = found;
  }
  return out.length >= 2 ? out : null;
}

/**
 * Gives each cell of a row to a column. Table cells go by index. Positioned cells go to the column their extent
 * overlaps most (a right-aligned number under a left-aligned header still overlaps it); a cell that overlaps none
 * goes to the nearest column that starts at or before it. A row with as many filled cells as there are columns gives
 * one to each, in order. Returns the text per column (cells joined by a space).
 */
export function assignCells(printed: readonly Cell[], columns: readonly Column[], byIndex: boolean, knows?: (name: string) => boolean, knowsWord?: (word: string) => boolean): string[] {
  return cellsByColumn(printed, columns, byIndex, knows, knowsWord).map((cells) => cells.map((c) => c.text.trim()).join(' '));
}

/**
 * Where a column's cells may stand: from halfway between the column before's header end and its header's start to
 * halfway between its header's end and the next one's start (the first and the last run on).
 */
function columnExtent(columns: readonly Column[], k: number): { start: number; stop: number } {
  return {
    start: k === 0 ? -Infinity : (columns[k]!.x + columns[k - 1]!.end) / 2,
    stop: k === columns.length - 1 ? Infinity : (columns[k]!.end + columns[k + 1]!.x) / 2,
  };
}

/** The printed cells assignCells gives each column, in print order. */
function cellsByColumn(printed: readonly Cell[], columns: readonly Column[], byIndex: boolean, knows?: (name: string) => boolean, knowsWord?: (word: string) => boolean): Cell[][] {
  const out: Cell[][] = columns.map(() => []);
  const overrun = byIndex ? printed : splitOverrunValues(printed, columns);
  const method = byIndex || !knows ? null : splitNameBeforeMethod(overrun, columns, knows, knowsWord);
  const range = byIndex ? null : splitValueBeforeRange(method?.cells ?? overrun, columns);
  const cells = range?.cells ?? method?.cells ?? overrun;
  const split = method || range ? { placed: new Map([...(method?.placed ?? []), ...(range?.placed ?? [])]) } : null;
  // As many filled cells as columns: one each, in order, whatever their alignment. (robfix) Not when one is the rest of
  // a unit the cell before began (`x10^9  /L`): the two are one column's, and a column is empty.
  const filled = cells.filter((c) => c.text.trim());
  // (robfix) joined[i]: cell i is the rest of the unit cell i - 1 began (`mmol  /L`); asked once, here and in byKindInOrder.
  const joined = byIndex ? [] : filled.map((c, i) => unitPieceAfter(filled[i - 1], c));
  // (status) Not where the first cell starts under the second column's header or past it: the first column is empty on
  // that row (DUTCH's `Category  Test  Result  Units  Normal Range`, its rows indented under `Test`), and the cells are
  // placed by their positions.
  const firstEmpty = !byIndex && columns.length > 1 && filled[0] !== undefined && filled[0].x >= columns[1]!.x;
  // (cells) Unless the cells' kinds or a flag in an unheaded gap say the order is not the header's (inOrderDoubt). The
  // kinds (kindInOrder) read once, for the doubt and a doubted row's misfits (placementCost) alike.
  const kinds = !byIndex && filled.length === columns.length && !joined.some(Boolean) && !firstEmpty ? filled.map((c) => kindInOrder(c.text)) : null;
  const doubt = kinds ? inOrderDoubt(filled, kinds, columns) : null;
  if (doubt === 'none') return filled.map((c) => [c]);
  cells.forEach((cell, index) => {
    if (!cell.text.trim()) return;
    if (byIndex) {
      out[Math.min(index, columns.length - 1)]!.push(cell);
      return;
    }
    // (cells) A cell split from another (splitNameBeforeMethod, splitValueBeforeRange): the column it was split for.
    const own = split?.placed.get(cell);
    if (own !== undefined) {
      out[own]!.push(cell);
      return;
    }
    let best = -1;
    let bestOverlap = 0;
    columns.forEach((_col, i) => {
      const { start, stop } = columnExtent(columns, i);
      const overlap = Math.min(stop, cell.end) - Math.max(start, cell.x);
      if (overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    });
    if (best < 0) {
      best = 0;
      columns.forEach((col, i) => {
        if (col.x <= cell.x) best = i;
      });
    }
    // (labsrobfix2) Words after a name's cell that start left of the result column's header (`Thyroxine  free`,
    // `Lipoprotein  associated` under `Test   Result`): the rest of the name, printed after a double space, not a result
    // (a result printed left of its header is a number or an answer, `Negative`, right-aligned under it).
    const name = columns.findIndex((c) => c.role === 'name');
    if (columns[best]!.role === 'value' && name >= 0 && name < best && out[name]!.length && cell.x < columns[best]!.x - 1 && wordsOfName(cell.text)) best = name;
    out[best]!.push(cell);
  });
  // (A doubted row's misfits are counted once, for byKindInOrder and the comparison below alike.)
  const costs = doubt ? placementCost(filled, joined, columns, kinds!) : undefined;
  const placed = byIndex ? out : byKindInOrder(filled, joined, columns, out, costs) ?? out;
  // (cells) A row the order was doubted for keeps it unless its placement by position and kind fits with fewer misfits
  // (placementCost), or as few where the doubt is a flag in a gap (`Potassium  5.8  H  mmol/L`: in order, the flag under
  // Units and the unit under Reference Range fit as well as placed).
  if (costs) {
    const { cost } = costs;
    const inOrder = cost(filled.map((_, i) => i));
    const byPlace = cost(filled.map((c) => placed.findIndex((cells) => cells.includes(c))));
    if (byPlace > inOrder || (byPlace === inOrder && doubt === 'kinds')) return filled.map((c) => [c]);
  }
  return placed;
}

/**
 * (cells) What doubts that a row of as many filled cells as its header has columns is one cell a column, in order:
 * `kinds` where a cell's kind does not fit the column the order gives it (misfit: `INR  1.4  H  0.8 - 1.2` under `Test
 * Result  Ref. Range  Units` would put the flag under the range's header and the range under the unit's; a range of
 * one bound, `< 190`, fits a value's column too, a censored result), `flag` where a cell is a flag printed where no
 * header cell is (in the gap between two: `Testosterone  33.6  H  nmol/L` under the same header, the row missing its
 * range) — a letter that is a unit too (`L` litres, `h` hours) only when another cell of the row is the unit (`Urine
 * Volume  1.5  L  0.8 - 2.0` keeps its litres: flagNotUnit) and that the order puts under a column other than the
 * flag's; else `none`. A doubted row is placed by its cells' positions and kinds too (cellsByColumn, byKindInOrder), as
 * a row of fewer cells is, and the two placements compared.
 */
function inOrderDoubt(filled: readonly Cell[], kinds: readonly CellKind[], columns: readonly Column[]): 'none' | 'kinds' | 'flag' {
  const censored = (i: number) => kinds[i] === 'range' && parseValueToken(tokenize(filled[i]!.text).join('')) !== null;
  if (kinds.some((kind, i) => misfit(kind, columns[i]!.role) > 0 && !(censored(i) && misfit('number', columns[i]!.role) === 0))) return 'kinds';
  // (set 14, CU05) A cell printed wholly outside the column the order gives it, where a cell of a kind that fits more
  // than one column may stand (`Triglycerides  1.21  2.04  ·  <1.70  mmol/L` under three dated columns and `Reference`,
  // an older draw's cell blank: in order, the range `<1.70` fell under the oldest date as a censored result and the
  // unit under `Reference`): placed by position and kind too, and the two placements compared.
  // Only a cell right of its column (a column before it left blank), not left of it (a mark in a gap, `62,7  *  нмоль/л`).
  if (filled.some((c, i) => kinds[i] !== 'text' && c.x >= columnExtent(columns, i).stop)) return 'kinds';
  // (cells review) Not where the order gives the flag the flag's column (`HbA1c  6.1  H  %  4.0 - 5.6  01` under `Test
  // Result  Flag  Units  Range  Lab`, its flag printed left of its header): in order, each cell fits.
  return filled.some((c, i) => kinds[i] === 'flag' && columns[i]!.role !== 'flag' && flagNotUnit(filled, kinds, i)
    && !columns.some((col) => c.x < col.end && c.end > col.x)) ? 'flag' : 'none';
}

/**
 * (flagcol) Whether a flag cell of a row is no unit: a letter that is a unit too (`L` litres, `h` hours: toUcum) is
 * the row's unit unless another of its cells is.
 */
function flagNotUnit(filled: readonly Cell[], kinds: readonly CellKind[], i: number): boolean {
  return toUcum(filled[i]!.text.trim()) === null || kinds.some((kind, j) => j !== i && kind === 'unit');
}

/** (robust) How a cell of a kind fits a column of a role: 0 where it may stand there, 1 where it may not. */
function misfit(kind: CellKind, role: ColumnRole): number {
  if (kind === 'text' || role === 'other') return 0;
  // (A name's words may read as a unit or an answer: `Fehérvérsejtszám`, `Color`.)
  if (role === 'name') return kind === 'number' || kind === 'range' || kind === 'date' ? 1 : 0;
  return FITS[kind].includes(role) ? 0 : 1;
}

/** (robust) The columns a cell of a kind may stand in (misfit). */
// (tierrole) A tier's column takes what a range's does: its cells are ranges printed after their labels (`<150`,
// `150-199`), the bound of one (`40`), a word (`N/A`) or the unit after a range.
const FITS: Record<Exclude<CellKind, 'text'>, readonly ColumnRole[]> = {
  number: ['value', 'previous', 'range', 'tier'],
  range: ['range', 'tier', 'value'],
  unit: ['unit', 'range', 'tier'],
  flag: ['flag', 'value', 'unit', 'previous'],
  date: ['date', 'previous'],
  qualitative: ['value', 'range', 'tier', 'flag', 'previous'],
};

/**
 * (robust) Whether a cell of a kind may follow one of another kind in one column of a role: in a name's or another
 * column any cell, and words anywhere; in the value's a unit or a flag after a cell of another kind that is no unit
 * (`2,8  %`, `7.9  Low` under `Result and Flag`); in a previous result's a date or a flag; in the range's its second
 * bound after the first (`4,4  11,3`), a unit, or (cells) a range after the words that label it (`Deficient      < 50`,
 * `Desirable:   < 200`: `labelled`, see rangeLabel); in the unit's (robfix) the rest of a unit printed in two pieces
 * (`mmol  /L`, `x10^9  /L`: `joined`, see unitPieceAfter). Any other two cells (two units, a range and a number, two
 * values, two flags) are two columns' cells.
 */
function sharesColumn(before: CellKind, kind: CellKind, role: ColumnRole, joined = false, labelled = false): boolean {
  if (role === 'name' || role === 'other' || kind === 'text') return true;
  if (role === 'unit') return joined;
  if (role === 'value') return before !== kind && (kind === 'unit' || kind === 'flag') && before !== 'unit';
  if (role === 'previous') return kind === 'date' || kind === 'flag';
  // (tierrole) A tier's column as a range's: its cells are ranges too.
  if (role === 'range' || role === 'tier') return (before === 'number' && kind === 'number') || kind === 'unit' || (labelled && kind === 'range');
  return false;
}

/**
 * (cells) Words that may label a range printed apart from it in the range column (a tier's or a group's: `Deficient`,
 * `Desirable:`, `Adult male`): letters only, a colon perhaps after them, none a unit or a flag. Placed in the unit's
 * column (where words may stand too), the label had been read into the unit (`nmol/L Deficient`) and the tier's bound
 * alone as the range.
 */
function rangeLabel(text: string): boolean {
  const t = tokenize(text);
  return t.length > 0 && t.length <= 4 && t.every((w) => /^\p{L}[\p{L}'-]*:?$/u.test(w) && !parseFlagToken(w) && !isUnitToken(w.replace(/:$/, '')));
}

/**
 * (robfix) Whether a cell is the rest of a unit the cell before began, printed two spaces apart (`mmol  /L`, `mg  /dl`,
 * `x10^9  /L`, `x10E3  /uL`): a unit of one token starting with a slash after one token that is a unit or an amount's
 * (`mmol`, which alone reads as a word), the two one unit together.
 */
function unitPieceAfter(before: Cell | undefined, cell: Cell): boolean {
  const piece = cell.text.trim();
  const first = before?.text.trim() ?? '';
  return /^\/[^\s/]+$/.test(piece) && cellKind(piece) === 'unit' && /^[^\s/]+$/.test(first) && (cellKind(first) === 'unit' || AMOUNT.test(first)) && isUnitToken(first + piece);
}

/** (robfix) An amount's unit as printed before a slash (tokens.ts SPACED_UNIT's): `mmol`, `mg`, `IU`, `cells`. */
const AMOUNT = /^(?:[mµμunpfk]?(?:g|mol|eq|osm|u|iu|ui)|cells|[wr]bcs?)$/i;

/**
 * (robust) What a cell holds for byKindInOrder (cellKind), where a unit is one for sure: a unit starting with a digit
 * or a sign — a signed number (`+1.7%` under `Status`, a change since the last result), a count per field (`50-60/f`)
 * — is no unit but text, whose column its position says. Of the powers of ten starting with a digit, only one written
 * `10*` or `10^` (`10*9/L`, `10^9/L`) stays a unit; `10.e3/uL` is text by that rule, and `10E9/L` a number already
 * (cellKind). One after an `x` (`x10^9`, `x10E3`) starts with no digit and is a unit.
 */
function kindInOrder(text: string): CellKind {
  const kind = cellKind(text);
  return kind === 'unit' && /^[+\-−±]?\d/.test(text.trim()) && !/^10\s*[*^]/.test(text.trim()) ? 'text' : kind;
}

/** The misfits of a row's placements (placementCost): of cell i in column k after cell i - 1 in column j, and of a whole placement. */
interface PlacementCost {
  step: (i: number, k: number, j: number | undefined) => number;
  cost: (assign: readonly number[]) => number;
}

/**
 * (robust) The misfits of a row's cells placed in columns (byKindInOrder; (cells) cellsByColumn compares a doubted
 * order by them), the cells read by their kinds (kindInOrder): `step(i, k, j)` the misfits of cell i in column k after
 * cell i - 1 in column j, `cost` those of a whole placement (the column of each cell).
 */
function placementCost(filled: readonly Cell[], joined: readonly boolean[], columns: readonly Column[], kinds: readonly CellKind[] = filled.map((c) => kindInOrder(c.text))): PlacementCost {
  // (A unit after the value in its column, `2,8  %`, is the value's: it misfits only alone there. (robfix) A unit whose
  // rest is the next cell, `mmol` of `mmol  /L`, is the unit column's: it misfits in the value's.)
  // (flagcol) Under a header with a flag column, a flag in the unit's column misfits (`Glucose   105   mg/dL   H` printed
  // with other gaps than its header: the flag had been read as a second unit and lost) — a letter that is a unit too
  // (`L` litres, `h` hours, toUcum) only when another cell of the row is the unit (`Urine volume  1.5  L  0.8-2.0` keeps
  // its litres). And under such a header a result's cell (a number or an answer) placed past the value column into a
  // unit, range or flag column while the value column stays empty (the cell before it, the row's name, left of the
  // value column) misfits when the next cell could fill the range column (a range or an answer):
  // `Hepatitis B Surface Ag   Negative   Negative` under `Test  Result  Units  Reference Range  Flag` had its answer
  // under the range's header and its range under the flag's. A lone cell under the range's header, `HBsAg  Negative`
  // with nothing under Result, stays the range (no result made of it); so does a line with no cell before the number,
  // `6.50%` under the range's header, a range's wrapped line. (tierrole) A tier's column (a range's) is such a column too.
  const flagColumn = columns.some((c) => c.role === 'flag');
  const valueAt = columns.findIndex((c) => c.role === 'value');
  // (portals) Its unit between them too (`Total Testosterone  842  ng/dL  264-916  600-900` under `Marker  Result  Units
  // Lab Range  Optimal  Flag`, a consumer export's row with no flag: placed by position, the value went under the range's
  // header and the range under the optimal's, no misfit counted, and the row read no value).
  const rangeNext = (j: number) => kinds[j] === 'range' || kinds[j] === 'qualitative';
  const skipsValue = (i: number, k: number, before: number | undefined) => (flagColumn && valueAt >= 0 && k > valueAt && before !== undefined && before < valueAt
    && (kinds[i] === 'number' || kinds[i] === 'qualitative') && (rangeNext(i + 1) || (kinds[i + 1] === 'unit' && rangeNext(i + 2)))
    && ['unit', 'range', 'tier', 'flag'].includes(columns[k]!.role) ? 1 : 0);
  // (status) A status in words (flags.ts isStatusWords: `Low`, `Within range`, a DUTCH table's result column before the
  // value) misfits in the name column or a panel's: no test is named `Low`, and the name before it would take it as its
  // last word.
  const statusWords = filled.map((c, i) => kinds[i] === 'flag' && isStatusWords(c.text));
  const rangeAt = columns.findIndex((c) => c.role === 'range');
  const unitAt = columns.findIndex((c) => c.role === 'unit');
  /** (portals) Whether a cell in column k, after one in column `before`, leaves the column at `at` (a role's) empty behind it. */
  const skips = (at: number, before: number | undefined, k: number) => at >= 0 && (before ?? -1) < at && at < k;
  const own = (i: number, k: number, before: number | undefined) => (columns[k]!.role === 'value' && joined[i + 1] ? 1
    : statusWords[i] && (columns[k]!.role === 'name' || columns[k]!.panel) ? 1
    // (portals) A range in an optimal range's column misfits where the cell before it stands left of the laboratory's
    // range column, which it leaves empty: a range goes there first (the same row's ranges `264-916  600-900` had both
    // gone under `Optimal`, the row with no range). A second range after the first (`0.0-4.0  <2.5`) is the optimal's.
    : kinds[i] === 'range' && columns[k]!.optimal !== undefined && skips(rangeAt, before, k) ? 1
    // (portals) So does a unit first in the range's column where the cell before it stands left of the unit's column,
    // which it leaves empty (`842  ng/dL  264-916` had put `ng/dL` under `Lab Range`, and the range after it under
    // `Optimal`).
    : kinds[i] === 'unit' && columns[k]!.role === 'range' && skips(unitAt, before, k) ? 1
    : kinds[i] === 'unit' && columns[k]!.role === 'value' && before === k && kinds[i - 1] === 'number' ? 0
      : kinds[i] === 'flag' && columns[k]!.role === 'unit' && flagColumn && flagNotUnit(filled, kinds, i) ? 1 : misfit(kinds[i]!, columns[k]!.role) + skipsValue(i, k, before));
  const labels = filled.map((c, i) => kinds[i] === 'text' && rangeLabel(c.text));
  // (status) A value after a status in words shares the result column with it (`Low  243` under DUTCH's `Result`).
  const afterStatus = (i: number, k: number) => statusWords[i - 1] === true && kinds[i] === 'number' && columns[k]!.role === 'value';
  // The misfits of cell i in column k after cell i - 1 in column j: its own, and one more when it cannot share j's column.
  const step = (i: number, k: number, j: number | undefined) => own(i, k, j)
    + (j === k && !afterStatus(i, k) && !sharesColumn(kinds[i - 1]!, kinds[i]!, columns[k]!.role, joined[i], labels[i - 1]) ? 1 : 0);
  const cost = (assign: readonly number[]) => assign.reduce((sum, k, i) => sum + step(i, k, assign[i - 1]), 0);
  return { step, cost };
}

/**
 * (robust) Positioned cells given to columns by their kinds in print order, where the positions give a column a cell
 * its kind does not fit or two cells that cannot share it: a row printed with other gaps than its header's (respaced,
 * other column widths) — `Triglycerides  112.30  mg/dl  10~150  1.27  mmol/L 0.11~1.70` under two groups of `Result
 * Unit Reference`, whose `1.27` fell under the first range header, `WBC  7,4  10*9/L  4,4  11,3` whose lower bound fell
 * under the unit's. Of the placements that keep the printed order (each cell to a column at or right of the one
 * before), the one with the fewest misfits (misfit, sharesColumn), then the nearest the printed positions; it replaces
 * the positions' only when it has fewer misfits. Null when it has not, and (robfix) for a row of more than 2 × columns + 2
 * cells. A step per cell and column (the least cost left of a column kept as the columns are gone through). `costs`:
 * the row's placementCost where the caller has counted it already (a doubted row's, cellsByColumn).
 */
function byKindInOrder(filled: readonly Cell[], joined: readonly boolean[], columns: readonly Column[], placed: readonly Cell[][], costs?: PlacementCost): Cell[][] | null {
  // (robfix) A row of more than twice as many cells as its header has columns (and two) is no row respaced: not tried.
  if (filled.length < 2 || columns.length < 2 || filled.length > 2 * columns.length + 2) return null;
  const { step, cost } = costs ?? placementCost(filled, joined, columns);
  const at = new Map(placed.flatMap((cells, k) => cells.map((c) => [c, k] as const)));
  const printed = filled.map((c) => at.get(c) ?? -1);
  if (printed.some((k) => k < 0)) return null;
  const before = cost(printed);
  if (before === 0) return null;
  // Distance of a cell from a column's extent.
  const away = (cell: Cell, k: number) => {
    const { start, stop } = columnExtent(columns, k);
    return Math.max(0, start - cell.end, cell.x - stop);
  };
  // misfits[i][k], distance[i][k]: the least cost of cells 0..i with cell i in column k, misfits first, then distance
  // (compared as a pair); from[i][k] the column of cell i - 1 there.
  const n = filled.length;
  const m = columns.length;
  const less = (misfitsA: number, distanceA: number, misfitsB: number, distanceB: number) => misfitsA < misfitsB || (misfitsA === misfitsB && distanceA < distanceB);
  const misfits: number[][] = [];
  const distance: number[][] = [];
  const from: number[][] = [];
  for (let i = 0; i < n; i++) {
    misfits.push(new Array<number>(m).fill(Infinity));
    distance.push(new Array<number>(m).fill(Infinity));
    from.push(new Array<number>(m).fill(-1));
    // (robfix) The least cost of cell i - 1 in a column left of k, kept as k goes right (its first such column): a step
    // per cell and column, not one per column before it too.
    let left = -1;
    for (let k = 0; k < m; k++) {
      const far = away(filled[i]!, k);
      if (i === 0) {
        misfits[0]![k] = step(0, k, undefined);
        distance[0]![k] = far;
        continue;
      }
      if (left >= 0) {
        misfits[i]![k] = misfits[i - 1]![left]! + step(i, k, left);
        distance[i]![k] = distance[i - 1]![left]! + far;
        from[i]![k] = left;
      }
      const priorMisfits = misfits[i - 1]![k]!;
      const priorDistance = distance[i - 1]![k]!;
      if (priorMisfits === Infinity) continue;
      const same = priorMisfits + step(i, k, k);
      if (less(same, priorDistance + far, misfits[i]![k]!, distance[i]![k]!)) {
        misfits[i]![k] = same;
        distance[i]![k] = priorDistance + far;
        from[i]![k] = k;
      }
      if (left < 0 || less(priorMisfits, priorDistance, misfits[i - 1]![left]!, distance[i - 1]![left]!)) left = k;
    }
  }
  let k = 0;
  for (let j = 1; j < m; j++) if (less(misfits[n - 1]![j]!, distance[n - 1]![j]!, misfits[n - 1]![k]!, distance[n - 1]![k]!)) k = j;
  const assign: number[] = [];
  for (let i = n - 1; i >= 0; i--) {
    assign[i] = k;
    k = from[i]![k]!;
  }
  if (cost(assign) >= before) return null;
  const out: Cell[][] = columns.map(() => []);
  filled.forEach((c, i) => out[assign[i]!]!.push(c));
  return out;
}

/**
 * (labsrobfix2) A cell of words a name continues with: letters only (no number, unit, flag or answer), in lower case
 * first (`free`, `associated`; `Collected by  Nurse Smith` is a label and its content, a heading of no test).
 */
function wordsOfName(text: string): boolean {
  const t = tokenize(text);
  return t.length > 0 && /^\p{Ll}/u.test(t[0]!) && t.every((w) => /^\p{L}[\p{L}'-]*$/u.test(w) && !parseFlagToken(w) && !isUnitToken(w)) && qualitativeValueAt(t, 0) === 0;
}

/**
 * Whether what a row prints in a range column lies within that column's header: one table cell (Markdown, HTML), or
 * positioned cells that lie under the header cell: they overlap its extent and none starts past it (two characters'
 * slack, as elsewhere). (robust) A row printed with other gaps than its header (respaced: `4,4` starting a little
 * left of `Referencia tartomány`, `7,90` ending a little right of it) is still under it. Numbers printed past the
 * header (previous results without a header of their own) are not within it.
 */
export function withinRangeHeader(printed: readonly Cell[], columns: readonly Column[], byIndex: boolean): boolean {
  // (tierrole) A range column's, never a tier's: two numbers under `Optimal` are no bounds of the row's range.
  return withinColumnHeader(printed, columns, byIndex, columns.findIndex((c) => c.role === 'range'));
}

/** (tierrole) The same for the column at index `i` (withinRangeHeader): whether what a row prints there lies within its header. */
export function withinColumnHeader(printed: readonly Cell[], columns: readonly Column[], byIndex: boolean, i: number): boolean {
  if (i < 0) return false;
  const cells = cellsByColumn(printed, columns, byIndex)[i]!;
  if (byIndex) return cells.length === 1;
  const col = columns[i]!;
  return cells.length > 0 && cells.every((c) => c.x <= col.end + 2) && cells.some((c) => c.x < col.end) && cells.some((c) => c.end > col.x);
}

/**
 * A row's cells given to columns (assignCells), where a `Value / Unit` header is over two printed columns: the rows
 * decide. A row whose cell under it holds the value alone and the next cell the unit alone (a header cell spanning
 * both, `<th colspan="2">`, or a blank header cell after it) gets a unit column after the value column; a row printing
 * `105 mg/dL` in one cell keeps the one column. Returns the columns the row was read by and its text per column.
 */
export function assignRow(cells: readonly Cell[], columns: readonly Column[], byIndex: boolean, names: NameGuard = {}): { columns: readonly Column[]; values: string[] } {
  // (flagcol) A header that names no name column (`Result  Flag  Range`, `Result  Units  Range`): the row's first cell,
  // printed apart before a value cell (a number or an answer), is the row's name — `HbA1c`, `T4`, `Mg`, `CA125` read as
  // unit tokens — given a column of its own; the rest are placed as before. (Given to the value column, `HbA1c  6.1` had
  // read as the value 6.1 in a unit `HbA1c`, a row with no name.) Not after a name printed alone on the line above (a
  // card: `Neutrophils` / `%  55  40-75`, the first cell is the unit), and not a flag or a unit the catalog does not know
  // as a name (`H  105  mg/dL`, `%  55`): isNameCell. Words the catalog does not know are a name only when the rest
  // reads as a result (readsAsResult): `Specimen  1  of  2`, `Room  12  Ward  B`, `Footnote  1  Refer to comment` are no
  // rows. And only when the rest then fits the header's columns (misfit): `Sodium  141  mmol/L  135-145` under `Result
  // Flag  Range` would put its unit under Flag (one cell a column) and lose it; it is left to the row reader, as before.
  if (!byIndex && !names.afterName && !columns.some((c) => c.role === 'name')) {
    const filled = cells.filter((c) => c.text.trim());
    const first = filled[0]?.text.trim() ?? '';
    if (filled.length >= 2 && isNameCell(first, names.knows) && ['number', 'qualitative'].includes(cellKind(filled[1]!.text))
      && (names.knows?.(first) || readsAsResult(filled.slice(1)))) {
      const rest = assignRow(filled.slice(1), columns, false);
      if (rest.values.every((v, i) => !v.trim() || misfit(cellKind(v), rest.columns[i]!.role) === 0)) {
        return { columns: [{ role: 'name', x: filled[0]!.x, end: filled[0]!.end }, ...rest.columns], values: [first, ...rest.values] };
      }
    }
  }
  const k = columns.findIndex((c) => c.joint);
  const bare = (text: string | undefined) => {
    const t = tokenize(text ?? '');
    return t.length === 1 && (parseValueToken(t[0]!) !== null || qualitativeValueAt(t, 0) === 1);
  };
  const unitAlone = (text: string | undefined) => cellKind(text ?? '') === 'unit';
  const withUnit = (values: string[], unit: string) => ({
    columns: [...columns.slice(0, k + 1), { role: 'unit' as const, x: columns[k]!.x, end: columns[k]!.end }, ...columns.slice(k + 1)],
    values: [...values.slice(0, k + 1), unit, ...values.slice(k + 1)],
  });
  if (k >= 0 && byIndex && bare(cells[k]?.text)) {
    // A blank header cell over the units: that column is the unit column.
    if (columns[k + 1]?.role === 'other' && unitAlone(cells[k + 1]?.text)) {
      return { columns: columns.map((c, i) => (i === k + 1 ? { ...c, role: 'unit' as const } : c)), values: assignCells(cells, columns, true) };
    }
    // One cell more than the header has, after the value: the unit's (blank when the result has none).
    if (cells.length === columns.length + 1 && (unitAlone(cells[k + 1]?.text) || !cells[k + 1]!.text.trim())) {
      return withUnit(assignCells([...cells.slice(0, k + 1), ...cells.slice(k + 2)], columns, true), cells[k + 1]!.text.trim());
    }
  }
  if (k >= 0 && !byIndex) {
    // Positioned cells: a bare value under the header, then a unit alone that starts before the next column does.
    const filled = cells.filter((c) => c.text.trim());
    const at = filled.findIndex((c, i) => i > 0 && bare(c.text) && c.end > columns[k]!.x && unitAlone(filled[i + 1]?.text) && filled[i + 1]!.x < (columns[k + 1]?.x ?? Infinity));
    if (at > 0) return withUnit(assignCells(filled.filter((_, i) => i !== at + 1), columns, false), filled[at + 1]!.text.trim());
  }
  const placed = cellsByColumn(byIndex ? cells : withFlagOnValue(cells, columns), columns, byIndex, names.knows, names.knowsWord);
  return (byIndex ? null : flagAfterRangeColumn(placed, columns)) ?? { columns, values: placed.map((cs) => cs.map((c) => c.text.trim()).join(' ')) };
}

/**
 * (set 8, SH02) A flag printed in a cell of its own two spaces after the value, under a header with no flag column
 * (`Progesterone (saliva)    182  H    pg/mL    12-100` under `Test Name  Result  Units  Range`): the value's, one cell
 * with it. Placed by its position, the flag fell under `Units` and was read as the row's unit (`H`; `L`, a litre), the
 * unit joined the range. Only a flag nearer the value than the cell after it, and a letter that is also a unit (`L`)
 * only where a unit's cell follows in the row.
 */
function withFlagOnValue(cells: readonly Cell[], columns: readonly Column[]): readonly Cell[] {
  if (columns.some((c) => c.role === 'flag')) return cells;
  const filled = cells.filter((c) => c.text.trim());
  const at = filled.findIndex((c, i) => {
    const flag = filled[i + 1];
    if (!flag || cellKind(c.text) !== 'number' || !/^\d/.test(c.text.trim()) || !parseFlagToken(flag.text.trim()) || /\s/.test(flag.text.trim())) return false;
    const gap = flag.x - c.end;
    const next = filled[i + 2];
    if (gap > 3 || (next && next.x - flag.end <= gap)) return false;
    return toUcum(flag.text.trim()) === null || filled.slice(i + 2).some((d) => cellKind(d.text) === 'unit');
  });
  if (at < 0) return cells;
  const [value, flag] = [filled[at]!, filled[at + 1]!];
  const merged: Cell = { text: `${value.text.trimEnd()}${' '.repeat(flag.x - value.end)}${flag.text.trim()}`, x: value.x, end: flag.end };
  return cells.flatMap((c) => (c === value ? [merged] : c === flag ? [] : [c]));
}

/**
 * (b67c) A flag printed in a column of its own after the range column, with no header over it (`Potassium  5.4  mmol/L
 * 3.5 - 5.1  (above)` under `Test  Result  Units  Reference`; `(sopra)`, `(oberhalb)`, `(abaixo)`, `above`): the
 * range column is the header's last, so the cell falls in it, and had been read as the range's text. Where the range
 * column is the row's last filled one and its last cell, apart from the range by the column gap, is a flag
 * (flagCellAfterRange), that cell is the row's flag, in a flag column of its own after the range's (Column.afterRange)
 * — read as on a line: a flag token (`H`, `(high)`) is the printed flag, words normalizeFlag reads otherwise (`(above)`,
 * `(oberhalb)`) give way to a range that says otherwise (text-report.parser.ts readColumns, flagPhraseToEnd). Not
 * under a header with a flag column (the flag is that column's); not a unit's letter (`L`, `h`) where the row has
 * no unit cell.
 */
function flagAfterRangeColumn(placed: readonly Cell[][], columns: readonly Column[]): { columns: Column[]; values: string[] } | null {
  if (columns.some((c) => c.role === 'flag')) return null;
  let r = -1;
  placed.forEach((cs, i) => {
    if (cs.some((c) => c.text.trim())) r = i;
  });
  const inRange = r >= 0 && columns[r]!.role === 'range' ? placed[r]!.filter((c) => c.text.trim()) : [];
  if (inRange.length < 2) return null;
  const flag = inRange[inRange.length - 1]!;
  const range = inRange.slice(0, -1).map((c) => c.text.trim()).join(' ');
  if (!flagCellAfterRange(range, flag.text.trim())) return null;
  const unitCell = placed.some((cs, i) => columns[i]!.role === 'unit' && cs.some((c) => c.text.trim()));
  if (!unitCell && toUcum(flag.text.trim()) !== null) return null;
  const values = placed.map((cs) => cs.map((c) => c.text.trim()).join(' '));
  return {
    columns: [...columns.slice(0, r + 1), { role: 'flag', x: flag.x, end: flag.end, afterRange: true }, ...columns.slice(r + 1)],
    values: [...values.slice(0, r), range, flag.text.trim(), ...values.slice(r + 1)],
  };
}

/**
 * (b67c) Whether a cell after a range cell is a flag (flagAfterRangeColumn): normalizeFlag reads it (`(above)`,
 * `(sotto)`, `H`, `↑`, `HIGH`), it holds no number and at most three words, and the cell before it reads as a range
 * whole (`3.5 - 5.1`, `< 200`, `4,0 - 10,0`). A word in brackets after a one-sided range that is a tier's label
 * (`>= 240  (high)`, `< 200  (normal)`) is that tier's, as on a line (text-report.parser.ts parseTailRead); a printed
 * flag's letters (`(H)`) and a range-side word (`< 200  (above)`: RANGE_SIDE_WORDS) are flags there too. Words that
 * are no flag (`(adults)`, `(fasting)`, `Erwachsene`) leave the cell as it was.
 */
function flagCellAfterRange(range: string, cell: string): boolean {
  if (/\d/.test(cell) || !normalizeFlag(cell)) return false;
  const inner = cell.replace(/^\((.*)\)$/, '$1').trim();
  if (!inner || inner.split(/\s+/).length > 3) return false;
  const t = tokenize(range);
  const r = numericRangeAt(t, 0);
  if (!r || !(r.span === t.length || (r.span === t.length - 1 && isUnitToken(t[t.length - 1]!)))) return false;
  const tierLabel = /^[<>≤≥]/.test(range) && /^\([A-Za-z][A-Za-z-]*\)$/.test(cell) && !/^\((?:H|L|HH|LL|HI|LO|A|AA|N|C|CH|CL)\)$/i.test(cell)
    && !RANGE_SIDE_WORDS.has(inner.toLowerCase());
  return !tierLabel;
}

/**
 * A name as long as its column, printed one space from the value (`Mean Corpuscular Vol(MCV) 84.1` under `TEST` and
 * `RESULT`): the number ending a name cell that reaches under the value column's header, where no cell of its own is,
 * is the value. (robust) It may start a character or two left of the header (the row printed with other gaps than
 * its header's): a decimal that starts at most two characters left of the header and runs into the column
 * (`Mean Platelet Volume (MPV) 10.4`); a whole number there is the name's own (`Interleukin 10` with its result pending:
 * robfix). Not a name's own number (`Cancer Antigen CA 125`: after a code in capitals), nor when a number is printed
 * further right (that is the value: `CA 125    18.0  U/mL`) — (set 28) under a column other than an earlier result's.
 * (set 28) The column reached may be an earlier result's (a flowsheet's oldest date, the newest last).
 */
function splitOverrunValues(cells: readonly Cell[], columns: readonly Column[]): Cell[] {
  return cells.flatMap((cell) => {
    const at = columns.findIndex((col) => col.x > cell.x);
    const next = columns[at];
    const tail = overrunTail(cell.text.trimEnd());
    // (set 28) Or an earlier result's column first (`Progesterone (ng/mL) 0.31  0.42 …` under a flowsheet's dates, the
    // newest last): the number is that column's, the name the row's.
    if (!next || (next.role !== 'value' && next.role !== 'previous') || columns[at - 1]?.role !== 'name' || !tail || cell.x + cell.text.trimEnd().length <= next.x) return [cell];
    // (robfix) Starting left of the header: two characters at most, and a decimal (`Interleukin 10`, pending, is a name).
    const start = cell.x + tail.index + 1;
    if (start < next.x && (start < next.x - 2 || !/^[<>]?\d+[.,]\d+$/.test(tail.value))) return [cell];
    if (cells.some((c) => c !== cell && c.text.trim() && c.x < next.end + 1 && c.end > next.x)) return [cell];
    if (/(?:^|\s)[A-Z]{1,4}$/.test(cell.text.slice(0, tail.index)) && /^\d+$/.test(tail.value)) return [cell];
    // (set 28) A number under an earlier result's column is no value of this row (`Testosterone, Total 682 ng/dL
    // 03/08/2025  341 ng/dL` under `Marker  Latest  Date  Previous`, a consumer aggregator's table).
    const under = (c: Cell) => [...columns].reverse().find((k) => k.x <= c.x + 2);
    if (next.role === 'value' && cells.some((c) => c.x > cell.end && cellKind(c.text) === 'number' && under(c)?.role !== 'previous')) return [cell];
    // (set 8, GI05) Nor when a censored value and then a range are printed further right (`Pancreatic Elastase 1  >500
    // >200  mcg/g`): that is the value and its range; split, `1` had been the value and `>500 >200` one range.
    const later = cells.filter((c) => c.x > cell.end && c.text.trim());
    if (later.length >= 2 && censoredCell(later[0]!.text) && cellKind(later[1]!.text) === 'range') return [cell];
    return [{ text: cell.text.slice(0, tail.index), x: cell.x, end: cell.x + tail.index }, { text: tail.text, x: start, end: start + tail.text.length }];
  });
}

/** (set 8, GI05) A cell of one censored number (`>500`, `<0.5`, `<= 3`): a value with its comparator, or a one-sided range. */
function censoredCell(text: string): boolean {
  const t = tokenize(text);
  const joined = t.length === 2 && comparatorOf(t[0]!) ? `${t[0]}${t[1]}` : t.length === 1 ? t[0]! : '';
  return parseValueToken(joined)?.comparator !== undefined;
}

/**
 * (cells) A value (its unit, a flag perhaps) printed one space from its range, in one cell that starts under the value
 * column's header and runs on under the range column's (`18.0 g/dL (13.0-17.7)` under `Test  Result  Reference range`):
 * two cells, the value's and the range's, each given to its column (`placed`). By its overlap the whole cell went to the
 * range column, leaving the value column empty, and a range in parentheses there is none the row's printed order reads
 * (the row was lost). Only where no other cell of the row starts under either column or between them, and where the
 * cell splits at a space into a value (cellKind `number`, four words at most) and a range, bare or in parentheses
 * (rangePart); the first such space.
 */
function splitValueBeforeRange(cells: readonly Cell[], columns: readonly Column[]): { cells: Cell[]; placed: Map<Cell, number> } | null {
  const v = columns.findIndex((c) => c.role === 'value');
  // (tierrole) Or the first tier's column after the value's (`162 <150` run from `Result` under `Optimal`): the value
  // and that tier's cell.
  const r = columns.findIndex((c, k) => k > v && (c.role === 'range' || c.role === 'tier'));
  if (v < 0 || r < 0) return null;
  const value = columnExtent(columns, v);
  const range = columnExtent(columns, r);
  const at = cells.findIndex((c) => c.text.trim() && c.x >= value.start && c.x < value.stop && c.end > range.start);
  const cell = cells[at];
  if (!cell || cells.some((c) => c !== cell && c.text.trim() && c.x >= value.start && c.x < range.stop)) return null;
  // (A value with its unit and a flag or two is four words at most: a long cell is not read at every space.)
  for (let p = cell.text.indexOf(' '), words = 1; p > 0 && words <= 4; p = cell.text.indexOf(' ', p + 1), words++) {
    const [before, after] = [cell.text.slice(0, p).trimEnd(), cell.text.slice(p + 1).trim()];
    if (cellKind(before) !== 'number' || !rangePart(after)) continue;
    const left = { text: before, x: cell.x, end: cell.x + before.length };
    const right = { text: after, x: cell.end - after.length, end: cell.end };
    return { cells: [...cells.slice(0, at), left, right, ...cells.slice(at + 1)], placed: new Map([[left, v], [right, r]]) };
  }
  return null;
}

/**
 * (cells) A long name printed one space from the row's method (`HIGH SENSITIVITY C-REACTIVE PROTEIN (HS-CRP)
 * IMMUNOTURBIDIMETRY 3.4` under `TEST NAME  TECHNOLOGY  VALUE …`), in one cell that starts left of a method column's
 * header (Column.method) and runs on past its start: the name's, the method's and (printed one space after the
 * method) the value's cells, each given to its column (`placed`). The method is the cell's last word before the value,
 * of the method column's kind of text — a word in capitals, of letters, dots and hyphens (`IMMUNOTURBIDIMETRY`,
 * `C.L.I.A`, `ENZYMATIC`), no unit, reaching under the method header — and only where the catalog knows
 * the name without it and not with it (`BILIRUBIN DIRECT` run under a narrow `Method` header stays whole), (cells
 * review) where the word is no word of any name the catalog knows (knowsWord: `PSA FREE`, `CALCIUM IONIZED`, `SODIUM
 * URINE`, `IRON BINDING CAPACITY UNSATURATED` are names, their last words a name's) and no later cell of the row is
 * words (a method printed in its own cell). The value is split off only where no later cell is a
 * number.
 */
function splitNameBeforeMethod(cells: readonly Cell[], columns: readonly Column[], knows: (name: string) => boolean, knowsWord?: (word: string) => boolean): { cells: Cell[]; placed: Map<Cell, number> } | null {
  const m = columns.findIndex((c) => c.method);
  const name = columns.findIndex((c) => c.role === 'name');
  const v = columns.findIndex((c) => c.role === 'value');
  if (m < 0 || name < 0 || name > m || v < 0) return null;
  const col = columns[m]!;
  const at = cells.findIndex((c) => c.text.trim() && c.x < col.x && c.end > col.x);
  const cell = cells[at];
  if (!cell || cells.slice(at + 1).some((c) => cellKind(c.text) === 'text')) return null;
  const parts = /^(.*\S) ([A-Z][A-Z.-]*[A-Z.])(?: (\S+))?$/.exec(cell.text.trimEnd());
  if (!parts) return null;
  const [before, word, after] = [parts[1]!, parts[2]!, parts[3]];
  const wordAt = cell.x + before.length + 1;
  if (wordAt + word.length <= col.x || (word.match(/[A-Z]/g)?.length ?? 0) < 3 || toUcum(word) !== null) return null;
  if (after !== undefined && (!parseValueToken(after) || cells.slice(at + 1).some((c) => cellKind(c.text) === 'number'))) return null;
  if (!knows(before) || knows(`${before} ${word}`) || knowsWord?.(word) !== false) return null;
  const nameCell = { text: before, x: cell.x, end: cell.x + before.length };
  const methodCell = { text: word, x: wordAt, end: wordAt + word.length };
  const valueCell = after === undefined ? null : { text: after, x: methodCell.end + 1, end: methodCell.end + 1 + after.length };
  const placed = new Map<Cell, number>([[nameCell, name], [methodCell, m]]);
  if (valueCell) placed.set(valueCell, v);
  return { cells: [...cells.slice(0, at), nameCell, methodCell, ...(valueCell ? [valueCell] : []), ...cells.slice(at + 1)], placed };
}

/** (cells) A range's cell: a range (cellKind), or one printed whole in parentheses (`(13.0-17.7)`, `( < 5.0 )`). */
function rangePart(text: string): boolean {
  const inside = /^\(\s*([^()]+?)\s*\)$/.exec(text)?.[1];
  return cellKind(inside ?? text) === 'range';
}

/**
 * The value ending a name cell (splitOverrunValues): its last word a value (`84.1`), or (pipetables) a value and the
 * unit printed with it (`Absolute Neutrophils 9.2 K/uL`, `9.2K/uL` glued: MyChart's `Your Value` column holds both) —
 * a unit units.ts knows, so a name's own last words (`Interleukin 6 Receptor`) are no value with a unit. `index` is
 * where the space before the value is, `value` the number's token, `text` the value with its unit.
 */
function overrunTail(text: string): { index: number; value: string; text: string } | null {
  // (pipetables review) A mass alone (`g`, `mg`) is no result's unit but a challenge's dose ending its name
  // (`Glucose, 2 Hr Post 75 g`, `Insulin, 2 h post 75 g`): not taken.
  const known = (unit: string) => /[A-Za-zµμ%]/.test(unit) && isUnitToken(unit) && toUcum(unit) !== null && !/^(?:[kmuµμn]|mc)?g$/i.test(unit);
  const last = / (\S+)$/.exec(text);
  if (!last) return null;
  if (parseValueToken(last[1]!)) return { index: last.index, value: last[1]!, text: last[1]! };
  const stuck = splitStuckUnit(last[1]!);
  if (stuck && parseValueToken(stuck[0]) && known(stuck[1])) return { index: last.index, value: stuck[0], text: last[1]! };
  const two = / (\S+) (\S+)$/.exec(text);
  if (two && parseValueToken(two[1]!) && known(two[2]!)) return { index: two.index, value: two[1]!, text: `${two[1]} ${two[2]}` };
  return null;
}

type CellKind = 'number' | 'range' | 'unit' | 'flag' | 'date' | 'qualitative' | 'text';

/** (flagcol) What assignRow is told of a row's name: whether a name was printed alone on the line above, and the catalog's names. */
interface NameGuard {
  afterName?: boolean;
  knows?: (name: string) => boolean;
  /** (cells review) Whether a word is a word of any name the catalog knows (splitNameBeforeMethod). */
  knowsWord?: (word: string) => boolean;
}

/**
 * (flagcol) Whether a cell can be a row's name where the columns give it none: words (no number, range, date, flag or
 * answer), or a unit token the catalog knows as a name (`HbA1c`, `T4`, `Mg`: isUnitToken takes letters with digits).
 * A flag (`H`, `N`) or a unit it does not know (`%`, `mg/dL`) is none.
 */
function isNameCell(text: string, knows: ((name: string) => boolean) | undefined): boolean {
  const kind = cellKind(text);
  return kind === 'text' || (kind === 'unit' && Boolean(knows?.(text.trim())));
}

/**
 * (flagcol) Whether the cells after a row's first (a value cell first) show a result, not a line of words and numbers
 * (`1  of  2`, `12  Analyzer  4`): a unit or a flag with the value (`141mmol/L`, `105 H`), a unit units.ts toUcum knows
 * right after it (not a word further on: `Ward  B`, B the bel), or a range or a flag in a later cell.
 */
function readsAsResult(cells: readonly Cell[]): boolean {
  const t = tokenize(cells[0]?.text ?? '');
  if (cellKind(cells[0]?.text ?? '') === 'number' && (t.length > 1 || splitStuckUnit(t[0] ?? '') !== null)) return true;
  if (cells[1] && cellKind(cells[1].text) === 'unit' && toUcum(cells[1].text.trim()) !== null) return true;
  return cells.slice(1).some((c) => ['range', 'flag'].includes(cellKind(c.text)));
}

/** A number with a flag's capitals glued after it (cellKind). */
const FLAG_GLUED = /^[<>]?\d+(?:[.,]\d+)?(?:HH|LL|H\*?|L\*?)$/;

/** What a cell of a headerless table holds, from its text alone. */
export function cellKind(text: string): CellKind {
  const t = tokenize(text);
  if (!t.length) return 'text';
  if (t.length === 1 && isDateToken(t[0]!)) return 'date';
  const range = numericRangeAt(t, 0);
  // A range, with the unit printed after it (`65-99 mg/dL`, `<100 mg/dL (calc)`).
  if (range && t.slice(range.span).every((w, i) => (i === 0 && isUnitToken(w)) || /^\(?calc\.?\)?$/i.test(w))) return 'range';
  const first = parseValueToken(t[0]!) ?? (splitStuckUnit(t[0]!) ? parseValueToken(splitStuckUnit(t[0]!)![0]) : null);
  if (first && !range && (t.slice(1).every((w) => parseFlagToken(w) || isUnitToken(w)) || looseFlagAfterValue(t, true) !== null)) return 'number';
  // (portals) A number with its date in brackets (`412 (08/12/2024)`, Labcorp's `Previous result` cell): a number's
  // cell, whose columns are a value's or a previous result's — as text it fitted the unit's column, and was read as the
  // row's unit where the flag's cell before it was empty.
  if (first && !range && t.length === 2 && /^\(.*\)$/.test(t[1]!) && isDateToken(t[1]!.slice(1, -1))) return 'number';
  if (t.length === 1 && parseFlagToken(t[0]!)) return 'flag';
  // A number with its flag's capital letters glued on (`5.90H`, `17.4L*`: a cumulative table's cells, where every
  // column's value carries its own flag) is a number's cell, no unit (`H` hours and `L` litres are lower case here
  // only as units: `24h`, `1.5l` stay units).
  if (t.length === 1 && FLAG_GLUED.test(t[0]!)) return 'number';
  // (statuswords) A status phrase in words alone (`Above range`, `In range`, `Out of range`: a consumer service's status
  // column between the value and the range) is a flag's cell. Only such a phrase (flags.ts isStatusPhrase): other
  // words normalizeFlag knows (`Critical high`, `Above high reference limit`) stay text here, as before.
  if (t.length > 1 && t.length <= 5 && t.every((w) => /^\p{L}+$/u.test(w)) && isStatusPhrase(t.join(' '))) return 'flag';
  if (t.length === 1 && isUnitToken(t[0]!)) return 'unit';
  const q = qualitativeValueAt(t, 0);
  if (q && t.slice(q).every((w) => parseFlagToken(w))) return 'qualitative';
  if (rangeWordsAt(t, 0) === t.length) return 'range';
  return 'text';
}

/**
 * (statuswords) A range cell printed whole in parentheses with its unit inside (`(< 90 mg/dL)`, `(65 - 99 mg/dL)`:
 * Superpower's column after its status words) on a row with no other range cell: the row's range, as readColumns
 * reads such a cell (its `enclosed` range). Beside a range cell it is something else — the range in a second unit
 * (`3.9-5.5  (70 - 99 mg/dL)`), a date or a footnote (`70-99  (12-03)`) — and joined to the range would spoil it.
 */
function enclosedRangeCell(cell: Cell, row: readonly Cell[]): boolean {
  const inside = /^\(\s*([^()]+?)\s*\)$/.exec(cell.text.trim())?.[1];
  if (!inside) return false;
  const t = tokenize(inside);
  const range = numericRangeAt(t, 0);
  if (!range || range.span !== t.length - 1 || !isUnitToken(t[range.span]!) || toUcum(t[range.span]!) === null) return false;
  return !row.some((c) => c.x !== cell.x && cellKind(c.text) === 'range');
}

/**
 * The columns of a table printed without a header (fixed-width text, PDF), from the alignment of its cells: cells of
 * the rows that overlap on the line belong to one column; a column is what most of its cells are — numbers (the
 * first such column is the result, later ones previous results), ranges, units, flags, dates — and text columns left
 * of the result are the name. Null when the rows do not line up (two cells of one row in one column), when fewer than
 * three rows are given, or when no single result column stands out.
 */
export function inferColumns(rows: readonly (readonly Cell[])[], knows?: (name: string) => boolean): Column[] | null {
  if (rows.length < 3) return null;
  const all = rows.flatMap((cells, row) => cells.filter((c) => c.text.trim()).map((c) => ({ ...c, row })));
  all.sort((a, b) => a.x - b.x);
  const clusters: { x: number; end: number; cells: typeof all }[] = [];
  for (const c of all) {
    const last = clusters[clusters.length - 1];
    if (last && c.x < last.end) {
      last.end = Math.max(last.end, c.end);
      last.cells.push(c);
    } else clusters.push({ x: c.x, end: c.end, cells: [c] });
  }
  if (clusters.length < 2) return null;
  if (clusters.some((cl) => new Set(cl.cells.map((c) => c.row)).size !== cl.cells.length)) return null;
  const roles: ColumnRole[] = [];
  let valueSeen = false;
  for (const [i, cl] of clusters.entries()) {
    const counts = new Map<CellKind, number>();
    for (const c of cl.cells) {
      const kind = enclosedRangeCell(c, rows[c.row]!) ? 'range' : cellKind(c.text);
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    const n = cl.cells.length;
    const share = (k: CellKind) => (counts.get(k) ?? 0) / n;
    let role: ColumnRole = 'other';
    if (share('number') + share('qualitative') >= 0.6 && share('number') > 0) role = valueSeen ? 'previous' : 'value';
    else if (share('range') >= 0.6) role = 'range';
    else if (share('unit') >= 0.6) role = 'unit';
    else if (share('flag') >= 0.6) role = 'flag';
    else if (share('date') >= 0.6) role = 'date';
    else if (!valueSeen && (i === 0 || roles.every((r) => r === 'name')) && share('text') >= 0.5) role = 'name';
    if (role === 'value') valueSeen = true;
    roles.push(role);
  }
  // (flagcol) The first column, straight before the result's, is the names' when each of its cells can be a name (isNameCell):
  // names that read as unit tokens (`HbA1c`, `T4`, `Mg`, `B12`) and the catalog knows are names there, not a unit column
  // before the result; a column of flags (`H`, `N`, `L`) or of units (`mg/dL`) stays no name column.
  if ((roles[0] === 'unit' || roles[0] === 'flag' || roles[0] === 'other') && roles[1] === 'value' && clusters[0]!.cells.every((c) => isNameCell(c.text, knows))) roles[0] = 'name';
  if (roles[0] !== 'name' || roles.filter((r) => r === 'value').length !== 1) return null;
  const columns = clusters.map((cl, i) => ({ role: roles[i]!, x: cl.x, end: cl.end }));
  // (outofrange) Quest's `In Range` / `Out Of Range` columns copied without their header: the number column after the
  // result's holds the results the first leaves empty, each with its flag (`58` … / `22 L` …) — no row has both. One
  // result column, then, spanning the two; read as previous results, the flagged rows were lost.
  const v = roles.indexOf('value');
  if (roles[v + 1] === 'previous') {
    const rowsOf = (cl: (typeof clusters)[number]) => new Set(cl.cells.map((c) => c.row));
    const [inRange, outOfRange] = [rowsOf(clusters[v]!), rowsOf(clusters[v + 1]!)];
    const flagged = clusters[v + 1]!.cells.every((c) => { const t = tokenize(c.text); return t.length === 2 && parseFlagToken(t[1]!) !== null && parseValueToken(t[0]!) !== null; });
    // (review 31) Two flagged results or more: one lone flagged number is as often an older result of a test not
    // repeated this time.
    if (flagged && outOfRange.size >= 2 && ![...outOfRange].some((r) => inRange.has(r))) columns.splice(v, 2, { role: 'value', x: clusters[v]!.x, end: clusters[v + 1]!.end });
  }
  return columns;
}

/**
 * A line's tabs expanded to the tab stops of a printer (every 8 characters), so that a printout whose runs of spaces
 * were saved as tabs (`unexpand`) keeps its columns where they were printed. A tab always separates: one that would
 * leave a single space between two cells goes on to the next stop.
 */
export function expandTabs(text: string): string {
  if (!text.includes('\t')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '\t') {
      out += ch;
      continue;
    }
    let width = 8 - (out.length % 8);
    if (width < 2 && /\S$/.test(out) && /^[^\s]/.test(text.slice(i + 1))) width += 8;
    out += ' '.repeat(width);
  }
  return out;
}

/**
 * Cells of a text line: runs separated by two or more spaces or a tab, placed by character. A comparator printed
 * apart from its number (`<  0,5`, `>   90`) is one cell with it: the censored result, not a cell of its own (which
 * would make a column of `<` signs and push the name or the value out of place). `apart` says where a comparator
 * cell stays a cell of its own (a header's flag column: joinComparators).
 */
export function textCells(text: string, apart?: (comparator: Cell) => boolean): Cell[] {
  const cells: Cell[] = [];
  const re = /\S+(?: \S+)*/g;
  const expanded = expandTabs(text);
  const at = printedColumns(expanded);
  for (let m = re.exec(expanded); m; m = re.exec(expanded)) {
    const cell = withoutRuleBars(m[0], m.index);
    if (cell) cells.push({ text: cell.text, x: at(cell.x), end: at(cell.x + cell.text.length) });
  }
  return joinComparators(joinPaddedBrackets(cells), apart);
}

/**
 * (fixr) A fixed-width cell without the vertical bars of a table's rules that OCR or a text export left beside it
 * (` WBC  |  12.6   H  | K/uL  |  4.0-11.0`): a bar alone is no cell, and a bar one space before or after a cell's
 * words (`| K/uL`, `mg/dL |`) no part of it. A bar inside a cell's words (`A|B`, `Test | Result` printed tight) is kept.
 * Null when nothing is left.
 */
function withoutRuleBars(text: string, x: number): { text: string; x: number } | null {
  if (!text.includes('|')) return { text, x };
  if (/^[|¦](?: [|¦])*$/.test(text)) return null;
  const lead = /^[|¦] /.exec(text)?.[0].length ?? 0;
  const rest = text.slice(lead).replace(/ [|¦]$/, '');
  return { text: rest, x: x + lead };
}

/** A text with no character at or above U+1100, where East Asian Width's wide and fullwidth characters begin. */
const NARROW_ONLY = /^[\u0000-\u10ff]*$/;

/**
 * The printed column of each character offset of a line: an offset itself, except after East Asian wide and fullwidth
 * characters (Unicode's East Asian Width, get-east-asian-width; ambiguous ones narrow), each of which takes two columns
 * where a printer or a monospaced font places them. A character outside the Basic Multilingual Plane is placed at its first
 * half.
 */
function printedColumns(text: string): (offset: number) => number {
  if (NARROW_ONLY.test(text)) return (offset) => offset;
  const cols: number[] = [0];
  let wide = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const low = unit >= 0xdc00 && unit <= 0xdfff && i > 0 && text.codePointAt(i - 1)! > 0xffff;
    const width = low ? 0 : eastAsianWidth(text.codePointAt(i)!);
    if (width === 2) wide = true;
    cols.push(cols[i]! + width);
  }
  return wide ? (offset) => cols[offset]! : (offset) => offset;
}

/**
 * (cells) Brackets padded apart from what they enclose (`(   18-54   )`, `(  60-110)`, `[ 3.5-5.1   ]`: a range column
 * centred in its brackets) → one cell of the bracket's text without the padding (`(18-54)`), placed from the opening
 * bracket to the closing one, as it would be printed unpadded. Only where a bracket stands alone as a cell (the
 * padding is a cell gap) and the cells from an opening bracket to its closing one hold no other bracket: a unit's own
 * bracket (`mL/min/(1.73_m2)`), `(calc)` and a bracket printed tight (`(18-54)`) are one cell already. Alone, the
 * opening bracket had been a cell of words, read into the unit column (`nmol/L (`).
 */
function joinPaddedBrackets(cells: readonly Cell[]): Cell[] {
  if (!cells.some((c) => /^[([\])]$/.test(c.text))) return [...cells];
  const out: Cell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const joined = paddedBracketAt(cells, i);
    out.push(joined?.cell ?? cells[i]!);
    if (joined) i += joined.span - 1;
  }
  return out;
}

/** (cells) The cell of padded brackets starting at cell i (joinPaddedBrackets) and how many cells it takes, or null. */
function paddedBracketAt(cells: readonly Cell[], i: number): { cell: Cell; span: number } | null {
  const first = cells[i]!.text;
  const open = first[0];
  if ((open !== '(' && open !== '[') || /[()[\]]/.test(first.slice(1))) return null;
  const close = open === '(' ? ')' : ']';
  for (const span of [2, 3]) {
    const part = cells.slice(i, i + span);
    if (part.length < span) return null;
    const last = part[span - 1]!.text;
    if (part.slice(1, -1).some((c) => /[()[\]]/.test(c.text))) return null;
    if (!last.endsWith(close) || /[()[\]]/.test(last.slice(0, -1))) continue;
    if (first !== open && last !== close) return null;
    const inner = [first.slice(1), ...part.slice(1, -1).map((c) => c.text), last.slice(0, -1)].map((t) => t.trim()).filter(Boolean).join(' ');
    return inner ? { cell: { text: `${open}${inner}${close}`, x: cells[i]!.x, end: part[span - 1]!.end }, span } : null;
  }
  return null;
}

/**
 * `<` then `0,5` as cells → one cell `< 0,5` (the comparator's start, the number's end), for text and PDF rows alike.
 * Only a lone value (with its unit at most) joins: a range after a comparator (`<  12.0 - 16.0`) says the comparator
 * is a flag (`<` below the range, printed in a flag column), and so does a comparator cell `apart` says is in one.
 */
export function joinComparators(cells: Cell[], apart?: (comparator: Cell) => boolean): Cell[] {
  const out: Cell[] = [];
  for (const c of cells) {
    const prev = out[out.length - 1];
    const words = c.text.trim().split(/\s+/);
    const lone = Boolean(parseValueToken(words[0]!)) && !comparatorOf(words[0]![0]!) && (words.length === 1 || (words.length === 2 && isUnitToken(words[1]!) && !parseValueToken(words[1]!)));
    if (prev && comparatorOf(prev.text.trim()) && lone && !apart?.(prev)) out[out.length - 1] = { text: `${prev.text.trim()} ${c.text.trim()}`, x: prev.x, end: c.end };
    else out.push(c);
  }
  return out;
}

/** The delimiters of an export's fields: a comma, (robust2) a European export's semicolon, (pipedelim) a bar. */
type Delimiter = ',' | ';' | '|';

/** (robust3) A delimited line's next field (double quotes around one keep its delimiters) and the delimiter after it, if any. */
const delimitedField = (d: Delimiter) => {
  const e = d === '|' ? '\\|' : d;
  return new RegExp(String.raw`\s*(?:"((?:[^"]|"")*)"|([^${e}]*))\s*(${e}|$)`, 'g');
};
const DELIMITED_FIELD: Record<Delimiter, RegExp> = { ',': delimitedField(','), ';': delimitedField(';'), '|': delimitedField('|') };

/**
 * The fields of a comma-separated line (double quotes around a field keep its commas), or null with fewer than three;
 * a spreadsheet's text marks taken off. (robust2) Or of a semicolon-separated one (`;`): a European export's, whose numbers print a decimal comma.
 */
function csvFields(text: string, delimiter: Delimiter = ','): string[] | null {
  const fields: string[] = [];
  const re = DELIMITED_FIELD[delimiter];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    fields.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!.trim());
    if (!m[3]) break;
  }
  if (fields.length < 3) return null;
  // (set 27) A spreadsheet's text mark, an apostrophe opening every field that has text (`"'27.8 "`, `"'H "`: Textract's
  // CSV download, Excel's "stored as text"): no part of the fields.
  const filled = fields.filter((f) => f.trim());
  return filled.length && filled.every((f) => /^'(?!')/.test(f.trim())) ? fields.map((f) => f.trim().replace(/^'/, '').trim()) : fields;
}

/** (pipedelim) A line of fields parted by bars with no space beside any, two bars at least. */
const PIPE_FIELDS = /^[^|\s](?:[^|]*\|){2,}[^|]*$/;
const pipeDelimited = (text: string) => PIPE_FIELDS.test(text) && !/\s\||\|\s/.test(text);

/**
 * Comma-separated tables (a CSV export, OCR output): a line whose fields are a column header starts one, and each
 * following line with as many fields is a row of it, its cells by index. A line with another number of fields (a
 * `4,000-11,000` range unquoted) ends the table and is read as text.
 * (robust2) Semicolon-separated tables alike (a European export: `Hämoglobin;13,5;g/dl;12,0 - 16,0`), the header's
 * words those of every header (`Analyt;Ergebnis;Einheit;Referenzbereich`, `Analyse;Résultat;Unité;…`); a comma
 * header is looked for first, as before. A block of two or more such lines without a header, each of as many fields
 * (three or more), is read as the printed lines they are (semicolonBlocks): `13,5` and `12,0 - 16,0` as in a printout.
 */
export function csvLines(lines: SourceLine[]): SourceLine[] {
  let width = 0;
  let delimiter: Delimiter = ',';
  const read = lines.map((line) => {
    const text = line.text.trim();
    // (pipedelim, set 25) Bars with no space beside any (`TestName|Value|Unit|RefLow|RefHigh`, a database's pipe-delimited
    // export) delimit fields as commas do, under a line that heads the columns (HL7's segments head none).
    const piped = pipeDelimited(text);
    if (line.cells || text.startsWith('|') || !(text.includes(',') || text.includes(';') || piped)) {
      if (text) width = 0;
      return line;
    }
    if (width) {
      const all = text.includes(delimiter) ? csvFields(text, delimiter) : null;
      // (set 27) A delimiter ending a row (`Sodium,136,mmol/L,135-145,`, a spreadsheet's export) is no field of it.
      const fields = all && all.length > width && all.slice(width).every((f) => !f.trim()) ? all.slice(0, width) : all;
      if (fields && fields.length === width) return { ...line, cells: fields.map((f, i) => ({ text: f, x: i, end: i + 1 })), tableCells: true };
    }
    width = 0;
    for (const sep of [',', ';', '|'] as const) {
      if (sep === '|' ? !piped : !text.includes(sep)) continue;
      const fields = csvFields(text, sep);
      const header = fields ? withUnknownColumns(fields.map((f, i) => ({ text: f, x: i, end: i + 1 }))) : null;
      if (header) {
        [width, delimiter] = [header.length, sep];
        return { ...line, cells: header, tableCells: true };
      }
    }
    return line;
  });
  return semicolonBlocks(read);
}

/**
 * (robust2) A semicolon-separated line's fields (three or more) outside a table, or null. A heuristic, not a format's
 * rule: an export writes its fields against the semicolon (`Hämoglobin;13,5;g/dl`), prose mostly puts a space after
 * one (`… (4.0-6.0%): 5.9%; HbA1c-IFCC …`), so a line with a semicolon before a space is taken for no export's.
 * (robust3) Nor is a line of a Markdown or pipe table (`| Hemoglobin | 14.1 | g/dL | M:13.5-17.5;F:12.0-15.5 |`):
 * its cells are the `|`'s, a semicolon inside one is the cell's own text.
 */
function semicolonFields(line: SourceLine): string[] | null {
  const text = line.text.trim();
  return !line.cells && text.includes(';') && !text.includes('|') && !/;[ \t]/.test(text) ? csvFields(text, ';') : null;
}

/**
 * (robust3) Whether a semicolon-separated line's fields are an export's row: one field a bare value (a number, a
 * censored number `<0,6`, a qualitative word `negativ`) and another a bare name (letters, no number apart from them).
 * A list's items each hold a name with its value (`Na 140;K 4.1;Cl 102`, `Na:140;K:4.1`, `Glucose 95 mg/dL;HbA1c
 * 5.6 %`): no field is either, and the line reads as the list it is (as before robust2).
 */
function exportRowFields(fields: readonly string[]): boolean {
  const bareValue = (f: string) => {
    const t = f.replace(/^([<>≤≥]=?)\s+(?=\d)/, '$1');
    return (!/\s/.test(t) && parseValueToken(t) !== null) || isQualitativeAnswer(f);
  };
  const bareName = (f: string) => /\p{L}/u.test(f) && !/(?:^|[\s:=])[<>≤≥]?\d/.test(f) && !isQualitativeAnswer(f);
  return fields.some(bareValue) && fields.some(bareName);
}

/**
 * (robust2) Lines of as many semicolon-separated fields as the line before or after them (no header): printed lines,
 * their fields apart as a printout's cells are (three spaces between), read as any printed line is.
 * (robust3) Only lines whose fields are an export's row (exportRowFields): two lines of a list of as many items
 * (`Na 140;K 4.1;Cl 102` over `BUN 15;Cr 0.9;Glu 98`) read as the list, as before robust2.
 */
function semicolonBlocks(lines: SourceLine[]): SourceLine[] {
  const fields = lines.map((line) => {
    const f = semicolonFields(line);
    return f && exportRowFields(f) ? f : null;
  });
  const near = (i: number, j: number) => fields[j] && fields[j]!.length === fields[i]!.length;
  return lines.map((line, i) => (fields[i] && (near(i, i - 1) || near(i, i + 1)) ? { ...line, text: fields[i]!.join('   ') } : line));
}

/**
 * (exports) A delimited export's header with columns the reader has no word for beside the ones it reads (a portal's
 * `"Component","Value","Units","Reference Range","Flag","Resulting Lab"`; an app's `Biomarker,Category,Result,Unit,
 * Reference Range,Status`): each field is a column of its own, so an unknown one is a column read as none — its cell
 * emptied, as an empty header cell heads nothing. Only where the known cells name the test's column and the result's
 * and outnumber the unknown ones (a line of words with commas, `Patient,Address,City,Phone`, heads nothing). The
 * header's cells (as they are where no cell is unknown), or null for no header; headerColumns is called once a line.
 */
function withUnknownColumns(cells: Cell[]): Cell[] | null {
  const unknown = new Set<number>();
  const columns = headerColumns(cells, true, unknown);
  if (!columns) return null;
  // No unknown cell: the header as headerColumns reads it without `unknown` (the same columns).
  if (!unknown.size) return cells;
  const filled = cells.filter((c) => c.text.trim()).length;
  if (unknown.size * 2 >= filled || !columns.some((c) => c.role === 'name') || !columns.some((c) => c.role === 'value')) return null;
  // (exports review) And a column a result has beside its value (a unit, a range or its bounds, (tierrole) tiers, a
  // flag): a claims export's `Date,Description,Value,Paid,Claim Number`, an order list's `Test,Patient,Ordered By` and a
  // medication list's `Name,Current,Dose` are no results' headers. An analyte's column under a word not read as a name's
  // (`Test,Marker,Result,…`) would give the values to the test's column: no header.
  if (!columns.some((c) => c.role === 'unit' || c.role === 'range' || c.role === 'tier' || c.role === 'flag' || c.bound)) return null;
  if ([...unknown].some((k) => UNREAD_ANALYTE_HEADER.test(headerWords(cells[k]!.text).words))) return null;
  return cells.map((c, k) => (unknown.has(k) ? { ...c, text: '' } : c));
}

/**
 * (hdrother) Words over a column of alarm limits (`Critical value`, `Critical limits`, `Panic`, `Alert range`): never the
 * row's range, read as another column.
 */
const CRITICAL_HEADER = /\b(?:critical|criticals|critico|critica|kritisch|kritische|critique|panic|alert|alarm)\b/;

/**
 * (hdrother) A Markdown or HTML table's header (its own cells) with cells the reader has no role for beside the ones it
 * reads (`| Test | Result | Units | Reference Range | Ordering Provider |`, `| Analyte | Container | Result | Units |`,
 * a cell in a language the header words lack): each unknown cell heads a column of its own, read as none, as
 * withUnknownColumns reads a delimited export's. Only where the known cells name the test's column (by a header word,
 * not a title in the first cell), the result's, and a unit, range or flag column, and are at least as many as the
 * unknown ones; every unknown cell is a few words (at most four) of letters, none a value, unit, range or flag. A
 * column headed by an alarm limit's words (CRITICAL_HEADER) is another column, never the range. The columns and the
 * unknown cells' and the alarm limits' indexes, or null (the caller checks the rows under such a header too: readers of text lines).
 */
export function headerWithOtherColumns(cells: readonly Cell[]): { columns: Column[]; unknown: Set<number>; alarms: Set<number> } | null {
  const unknown = new Set<number>();
  const read = headerColumns(cells, true, unknown);
  if (!read || !unknown.size || read.length !== cells.length) return null;
  const filled = cells.flatMap((c, k) => (c.text.trim() ? [k] : []));
  const known = filled.filter((k) => !unknown.has(k));
  if (unknown.size > known.length) return null;
  for (const k of unknown) {
    const text = cells[k]!.text.trim();
    const words = text.split(/\s+/);
    if (words.length > 4 || !words.every((w) => /^[\p{L}][\p{L}'’./&-]*$/u.test(w)) || cellKind(text) !== 'text') return null;
    if (UNREAD_ANALYTE_HEADER.test(headerWords(text).words)) return null;
  }
  const columns = read.map((c, k) => (c.role !== 'other' && CRITICAL_HEADER.test(headerWords(cells[k]?.text ?? '').words) ? { role: 'other' as const, x: c.x, end: c.end } : c));
  // The test's column by a header word (`Test`, `Analyte`): a first cell of other words (titled) is no name's header here.
  const nameAt = columns.findIndex((c) => c.role === 'name');
  if (nameAt < 0 || headerRoleOfWords(headerWords(cells[nameAt]?.text ?? '').words)?.role !== 'name') return null;
  if (!columns.some((c) => c.role === 'value')) return null;
  if (!columns.some((c) => c.role === 'unit' || c.role === 'range' || c.role === 'flag' || c.bound)) return null;
  const alarms = new Set(cells.flatMap((c, k) => (CRITICAL_HEADER.test(headerWords(c.text).words) ? [k] : [])));
  return { columns, unknown, alarms };
}

/** `| a | b |` → its cells (empty ones kept); null for a line that is not a Markdown table row. */
export function markdownCells(text: string): Cell[] | null {
  const t = text.trim();
  if (!t.startsWith('|') || t.length < 3) return null;
  // (fixr) A bar that opens a line and no other (`| Glucose   141   H   mg/dL   70-99`: OCR of a ruled table's left
  // edge) makes no Markdown row: the line is read as printed (textCells drops the bar).
  if (!t.slice(1).includes('|')) return null;
  const inner = t.replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|').map((c, i) => ({ text: unmark(c), x: i, end: i + 1 }));
}

/**
 * A Markdown cell's text: emphasis (`**26 mg/dL**`), line breaks (`<br>`) and inline HTML (`<span class="…">10,96</span>`,
 * what page generators wrap a coloured value in) are not content; entities are their characters (`&#181;g/l`).
 * A tag starts with a letter after `<`, so `<5.7` and `< 200` stay ranges.
 */
/**
 * A cell's text in Markdown emphasis whole (`**26 mg/dL**`, `_High_`): the text inside. (labsrobfix2) Not a cell of
 * marks alone (`***`: three stars flag a critical or high result in some laboratories' flag columns), which is its marks.
 */
const WHOLE_EMPHASIS = /^(\*{1,2}|_{1,2})(?=.*[^*_\s])(\S(?:.*\S)?)\1$/;

function unmark(cell: string): string {
  // (marks review) Emoji around a cell's words (`🚨 Critical`, `⚠️ **Out of range**`, `✅ Normal`, `🩸 Hemoglobin`) are
  // decoration: the words alone, so a status cell reads as the same words without them do (`Critical` beside a value
  // below its range critical-low, `Out of range` the range's side). A cell of marks alone (`✅`) is left as printed.
  return cell.split(/<br\s*\/?>/i).map((part) => withoutEmojiAround(decode(scripts(part).replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, ' ')).trim()).replace(WHOLE_EMPHASIS, '$2').replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
}

/**
 * `x10<sup>3</sup>/µL`, `m<sup>2</sup>`, `CO<sub>2</sub>`: digits superscript to a ten or a metre are a power (`x10^3`,
 * `m^2`), a subscript part of its word. A ten is a power's base only when it is a number of its own (not the end of
 * `110` or `1.10`) and something says it is a unit's: a multiplication sign before it, a count per volume after it
 * (`/µL`, `/L`), or with no unit after it an exponent a count unit uses (3 and up). Before any other unit
 * (`10<sup>1</sup> U/L`) the ten is the value and the digits a footnote's mark. Digits superscript to any other number (`110<sup>1</sup>`, `4.2<sup>2</sup>`) are a
 * footnote's mark: the value is the number alone. Any other superscript (a flag `5.9<sup>H</sup>`, a footnote
 * `Sodium<sup>1</sup>`) is a word apart, as other tags are.
 */
function scripts(html: string): string {
  return html
    .replace(/(\d+(?:[.,]\d+)*|(?<![A-Za-z])m)<sup\b[^>]*>\s*([-+−]?\d+)\s*<\/sup>/gi, (whole, base: string, exp: string, at: number, s: string) => {
      if (/^m$/i.test(base)) return `${base}^${exp}`;
      const after = s.slice(at + whole.length);
      // A unit after the power: a count per volume (`/µL`, `/L`, `/mm3`, `cells/µL`) makes it one; any other (`U/L`,
      // `mg/dL`) says the ten is the value and the digits its footnote.
      const unitAfter = /^\s*([^\s<]+)/.exec(after)?.[1];
      const perVolume = unitAfter !== undefined && /^(?:cells?)?\/\s*(?:[µμu]l|mcl|l|mm3|mm³|cmm|cumm|hpf|lpf)(?![A-Za-z])/i.test(unitAfter);
      const power = base === '10' && (/[x×*]\s*$/i.test(s.slice(0, at)) || perVolume || (!unitAfter?.match(/^[A-Za-zµμ%]/) && Math.abs(Number(exp.replace('−', '-'))) >= 3));
      return power ? `10^${exp}` : `${base} `;
    })
    .replace(/<sub\b[^>]*>\s*([^<]*?)\s*<\/sub>/gi, '$1');
}

/** `|---|:--:|`: the rule under a Markdown header. */
export function isMarkdownRule(text: string): boolean {
  return /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/.test(text.trim());
}

/**
 * Whether a text is an HTML document or fragment to be read by its elements: one with a table (what OCR tools and lab
 * portals emit), or a page without one whose results are list items or paragraphs (`<li>Glucosa: 95 mg/dl …</li>`) —
 * a text that starts as a document (`<!DOCTYPE`, `<html>`, `<body>`, after an XML declaration or not) or whose non-empty lines are mostly markup — unless
 * it holds a Markdown table (a page pasted with one, or Markdown with inline HTML) or a `<pre>` printout, whose lines
 * are read as printed. A printout with a few tags in it (a footer `<p>Confidential</p>`) is a printout:
 * `stripStrayTags` takes the tags off its lines.
 */
export function looksLikeHtml(text: string): boolean {
  if (/<table[\s>]/i.test(text) && /<\/t[dh]>/i.test(text)) return true;
  // A Markdown table in the page, or a `<pre>` printout (a FHIR narrative): read as the lines they are.
  if (/^\s*\|/m.test(text) || /<pre[\s>]/i.test(text) || text.split('\n').some((l) => l.includes('|') && isMarkdownRule(l))) return false;
  // (hl7md) An XHTML page opens with its XML declaration (`<?xml version="1.0"?>`, then `<!DOCTYPE html …>` or `<html`:
  // Tesseract's hOCR, whose lines are mostly a tag alone).
  if (/^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?<(?:!doctype|html|body)[\s>]/i.test(text)) return true;
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);
  return lines.length > 0 && lines.filter((l) => /^<[A-Za-z/!][^>]*>.*>$/.test(l)).length * 2 > lines.length;
}

/**
 * A printout's line with the tags of a page left in it (`<p>Confidential</p><p>Printed 01/03/2025</p>`): block tags
 * become a column's gap, inline tags go. Superscripts and subscripts (`10<sup>3</sup>/µL`) and a `<` that opens no
 * tag (`<200`) stay.
 */
export function stripStrayTags(text: string): string {
  if (!/<\/?[A-Za-z]/.test(text)) return text;
  return text
    .replace(/<\/?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|blockquote|h[1-6]|html|body|head|title|section|article|header|footer|center|table|tr|td|th)\b[^<>]*>/gi, '  ')
    .replace(/<\/?(?:span|b|i|u|strong|em|font|small|big)\b[^<>]*>/gi, '')
    .replace(/^\s+$/, '');
}

/**
 * (labsrob2) A printout's row with whole cells in Markdown emphasis (`**LDL-C**   **110 mg/dL**   0-99 mg/dL   **High**`:
 * OCR and language-model tools print an abnormal row in bold, and a Markdown table printed as fixed-width text keeps
 * it): the cells' text, as a Markdown cell's (unmark). Only a cell whole — from the line's start or a gap of two spaces
 * or a tab to the next gap or the line's end — on a line of two cells or more; the marks become spaces (the columns
 * stay where they were printed; at the line's start the closing mark takes the opening one's place). `**value**: 47`,
 * `**Date:** May 1` and a bold heading alone are left as printed.
 * (readfixB) A gap of spaces is taken from its first space only (`(?<! )`): from every space of a long run ` {2,}` was
 * tried again (a 100 KB line of spaces, 11 s).
 */
const EMPHASIZED_CELL = /(^|\t|(?<! ) {2,})(\*\*|__)([^\s*_](?:(?! {2}|\t)[^*])*?[^\s*_]|[^\s*_])\2(?=\t| {2,}|\s*$)/g;
export function unemphasizedCells(text: string): string {
  if (!/\*\*|__/.test(text) || !/\S(?:\t| {2,})\S/.test(text.trim())) return text;
  return text.replace(EMPHASIZED_CELL, (_m, gap: string, _mark: string, cell: string) => (gap ? `${gap}  ${cell}  ` : `${cell}    `));
}

const ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", micro: 'µ', deg: '°', plusmn: '±', times: '×', le: '≤', ge: '≥',
  ndash: '–', mdash: '—', minus: '−', sup1: '¹', sup2: '²', sup3: '³',
};

function decode(s: string): string {
  return decodeReferences(s, (name) => ownEntry(ENTITIES, name.toLowerCase()));
}

/**
 * A line of text outside a page's tables, its tags already stripped (`stripStrayTags`): what a cell's text is decoded
 * to — a power in superscript (`x10<sup>9</sup>/L`) a power, any other superscript a word apart, entities the
 * characters they name (`&lt;0.01`, `10&sup3;/&micro;L`, `70&ndash;99`).
 */
export function decodeHtmlText(text: string): string {
  if (!/[<&]/.test(text)) return text;
  return decode(scripts(text).replace(/<\/?(?:sup|sub)\b[^<>]*>/gi, ' '));
}

/**
 * A cell's text; a line break inside it (`HEMOGLOBIN<br>Method - Photometric`) is kept as `\n`. An emoji before or
 * after its value is decoration and an emoji arrow (`⬆️`) the arrow it draws, as on a line of text (withoutValueEmoji).
 */
// (labsrob2) A cell in Markdown emphasis whole (`<td>**110 mg/dL**</td>`: a language model's HTML keeps the Markdown it
// bolded the abnormal value with) is its text, as a Markdown cell's is (unmark).
const cellText = (html: string) => html.split(/<br\s*\/?>/i).map((part) => withoutValueEmoji(decode(scripts(part).replace(/<[^>]*>/g, ' '))).replace(/\s+/g, ' ').trim()
  .replace(WHOLE_EMPHASIS, '$2')).filter(Boolean).join('\n');

/**
 * The 1-based line of a character offset in `text`: the lines' starts found once, each offset looked up by bisection
 * (a slice and a split per offset made the cost grow with the text's length times its rows).
 */
export function lineOfOffset(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * HTML → lines: each table row is a line whose cells are its `<td>`/`<th>` cells; text outside tables becomes lines
 * at its block boundaries. Line numbers are those of the source where each row or block starts. Scripts and styles
 * are dropped.
 */
export function htmlLines(html: string): SourceLine[] {
  const lineAt = lineOfOffset(html);
  const out: SourceLine[] = [];
  const body = html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, (m) => m.replace(/[^\n]/g, ' '));
  const rowRe = /<tr[\s>][\s\S]*?<\/tr>/gi;
  let last = 0;
  /** `<table>` elements opened so far: each row says which one it is in. */
  let tables = 0;
  const textBlocks = (from: number, to: number) => {
    const chunk = body.slice(from, to);
    // A `<` not opening a tag (`(Normal: <200)` written by hand, not as `&lt;`) is text. (hl7md) An XML declaration or
    // processing instruction (`<?xml version="1.0"?>`) is markup; it stops at the next `<` (review: `<?` repeated without a
    // `>` had each scanned to the chunk's end).
    const blockRe = /[^<]+|<[A-Za-z/!][^>]*>|<\?[^<>]*\?>|</g;
    let pending = '';
    let pendingAt = from;
    // (labsrob2) A heading's level (`<h1>` 1 … `<h6>` 6): its text is read as the Markdown heading it is (`# Urinalysis,
    // Complete`), so a page's headings open and keep sections as a Markdown text's do (withinMarkdownSection).
    let level = 0;
    const flush = () => {
      const t = decode(pending).replace(/\s+/g, ' ').trim();
      if (t) out.push({ text: level && !t.startsWith('#') ? `${'#'.repeat(level)} ${t}` : t, line: lineAt(pendingAt) });
      pending = '';
    };
    for (let m = blockRe.exec(chunk); m; m = blockRe.exec(chunk)) {
      const tok = m[0];
      if (tok.length > 1 && tok.startsWith('<')) {
        const block = /^<(\/?)(p|div|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|table|thead|tbody|section|article|header|footer|br|hr|pre)\b/i.exec(tok);
        if (block) {
          flush();
          const heading = /^h([1-6])$/i.exec(block[2]!);
          level = heading && !block[1] ? Number(heading[1]) : 0;
        }
        continue;
      }
      if (!pending.trim()) pendingAt = from + m.index;
      pending += tok;
    }
    flush();
  };
  // (fixh) Cells spanning rows (`<td rowspan="5">CBC</td>`, a panel's name beside its tests; `<th rowspan="2">Units</th>`
  // beside a two-row header's `Value | Flag`): each row below it holds one cell fewer, which had shifted its cells left
  // under the wrong columns. Such a cell is carried into every row it spans, at its column slot (a cell spanning n
  // columns takes n slots), so each row's cells line up with the header's. Per table; a table without `rowspan` reads as
  // before.
  let carry = new Map<number, { text: string; width: number; rows: number }>();
  let carryTable = -1;
  for (let m = rowRe.exec(body); m; m = rowRe.exec(body)) {
    textBlocks(last, m.index);
    tables += body.slice(last, m.index).match(/<table[\s>]/gi)?.length ?? 0;
    const table = Math.max(tables - 1, 0);
    if (table !== carryTable) [carry, carryTable] = [new Map(), table];
    const printed = [...m[0].matchAll(/<t([dh])([^>]*)>([\s\S]*?)<\/t\1>/gi)].map((c) => {
      const span = Number(/\bcolspan\s*=\s*["']?(\d+)/i.exec(c[2]!)?.[1] ?? 1);
      const rows = Number(/\browspan\s*=\s*["']?(\d+)/i.exec(c[2]!)?.[1] ?? 1);
      return { text: cellText(c[3]!), span: Math.max(span, 1), rows };
    });
    const placed: { text: string; span: number }[] = [];
    const next = new Map<number, { text: string; width: number; rows: number }>();
    let slot = 0;
    const taken = new Set<number>();
    const carried = () => {
      for (let c = carry.get(slot); c && !taken.has(slot); c = carry.get(slot)) {
        placed.push({ text: c.text, span: c.width });
        taken.add(slot);
        slot += c.width;
      }
    };
    for (const p of printed) {
      carried();
      if (p.rows > 1) next.set(slot, { text: p.text, width: p.span, rows: p.rows - 1 });
      placed.push(p);
      slot += p.span;
    }
    if (printed.length) {
      for (const s of [...carry.keys()].filter((k) => k >= slot).sort((a, b) => a - b)) {
        for (; slot < s; slot++) placed.push({ text: '', span: 1 });
        carried();
      }
      // Each carried cell spends one of its rows on this row (a malformed row whose cells overlap its slot too).
      for (const [k, c] of carry) if (--c.rows <= 0) carry.delete(k);
      for (const [k, c] of next) carry.set(k, c);
    }
    const cells = placed.map(({ text, span }, i): Cell => ({ text, x: i, end: i + 1, ...(span > 1 ? { span } : {}) }));
    if (cells.length) out.push({ text: cells.map((c) => c.text.replace(/\n/g, ' ')).filter(Boolean).join('  '), line: lineAt(m.index), cells, tableCells: true, table });
    last = m.index + m[0].length;
  }
  textBlocks(last, body.length);
  return unitsFromHeader(out).sort((a, b) => a.line - b.line);
}

/**
 * A table whose header names columns by their unit (`| | % | x10^9/L | VALORES DE REFERENCIA |`: a differential's
 * percentage and count side by side): each number under such a header cell carries that unit, as if printed after
 * it (`Neutrofilos  68.0 %  8.024 x10^9/L  2.1 a 7.6`), and the header cell names nothing more. Only a first row of
 * a table whose cells are empty, header words or units, with a unit cell and no number cell.
 */
function unitsFromHeader(lines: SourceLine[]): SourceLine[] {
  const seen = new Set<number>();
  const units = new Map<number, Map<number, string>>();
  for (const l of lines) {
    if (!l.tableCells || l.table === undefined || seen.has(l.table)) continue;
    seen.add(l.table);
    const cells = l.cells ?? [];
    const byIndex = new Map<number, string>();
    let ok = cells.some((c) => c.text.trim());
    cells.forEach((c, i) => {
      const t = c.text.trim();
      if (!t || isHeaderWords(t)) return;
      if (!/\s/.test(t) && isUnitToken(t) && parseValueToken(t) === null) byIndex.set(i, t);
      else ok = false;
    });
    if (ok && byIndex.size) units.set(l.table, byIndex);
  }
  if (!units.size) return lines;
  const headers = new Set<SourceLine>();
  for (const t of units.keys()) headers.add(lines.find((l) => l.tableCells && l.table === t)!);
  return lines.map((l) => {
    const byIndex = l.tableCells && l.table !== undefined ? units.get(l.table) : undefined;
    if (!byIndex) return l;
    if (headers.has(l)) {
      const cells = l.cells!.map((c, i) => (byIndex.has(i) ? { ...c, text: '' } : c));
      return { ...l, cells, text: cells.map((c) => c.text).filter(Boolean).join('  ') };
    }
    const cells = l.cells!.map((c, i) => (byIndex.has(i) && parseValueToken(c.text.trim()) !== null ? { ...c, text: `${c.text.trim()} ${byIndex.get(i)}` } : c));
    return { ...l, cells, text: cells.map((c) => c.text.replace(/\n/g, ' ')).filter(Boolean).join('  ') };
  });
}

/**
 * (set 26) A table whose columns a copy (an Excel range pasted into a web form, its tabs turned into spaces) printed one
 * space apart: a header of four or more header words one space apart with the range's bounds in two columns (`Test
 * Result Unit Low High Flag`; `Ref Low` one column) over rows of a name, then a value and the cells after it, one space apart — two
 * spaces an empty cell between them (`ApoB 104 mg/dL  90 H`: no Low). Laid out again in columns, each cell in its
 * header's column, so that the reader reads them as it reads any fixed-width table. The rows run to a blank line or a
 * line that is no such row; a row with more cells than the header, or none, ends the table.
 */
const SINGLE_SPACED_VALUE = /^[<>≤≥]?\d+(?:[.,]\d+)?$/;
export function singleSpacedColumns(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | undefined;
  for (let i = 0; i < lines.length - 1; i++) {
    const header = singleSpacedHeader(lines[i]!);
    if (!header) continue;
    const rows: string[][] = [];
    for (let k = i + 1; k < lines.length; k++) {
      const l = lines[k]!;
      if (l.cells || /\t| {3}/.test(l.text.trim())) break;
      const tokens = l.text.trim().split(' ');
      // A value glued to its unit in the name's words (`Oestradiol 301,5pmol/L`) is no such row.
      const v = tokens.findIndex((t) => SINGLE_SPACED_VALUE.test(t) || /^[<>]?\d+(?:[.,]\d+)?\p{L}/u.test(t));
      if (v >= 0 && !SINGLE_SPACED_VALUE.test(tokens[v]!)) break;
      if (v < 1 || !tokens.slice(0, v).every((t) => t !== '') || !/\p{L}/u.test(tokens.slice(0, v).join(' '))) break;
      const cells = [tokens.slice(0, v).join(' '), ...tokens.slice(v)];
      if (cells.length > header.length) break;
      // (review 40r) A row short of a cell with no empty one marked and a flag last (`ApoB 104 mg/dL 90 H`: one space
      // where two mark an empty Low) says not which bound it prints: left as printed (its 90 had become a lower bound).
      if (cells.length < header.length && !cells.includes('') && normalizeFlag(cells[cells.length - 1]!) !== null && !SINGLE_SPACED_VALUE.test(cells[cells.length - 1]!)) {
        rows.push([]);
        continue;
      }
      rows.push(cells);
    }
    if (rows.filter((r) => r.length).length < 2) continue;
    const table = [header, ...rows];
    const widths = header.map((_h, c) => Math.max(...table.map((r) => (r[c] ?? '').length)));
    const laid = table.map((r) => (r.length ? r.map((cell, c) => cell.padEnd(widths[c]!)).join('   ').trimEnd() : null));
    out ??= [...lines];
    laid.forEach((text, j) => { if (text !== null) out![i + j] = { ...lines[i + j]!, text }; });
    i += rows.length;
  }
  return out ?? lines;
}
/** A header of SINGLE_SPACED_HEADER_WORDS or more words one space apart, each a header word (two-word ones joined). */
const SINGLE_SPACED_HEADER_WORDS = 4;
function singleSpacedHeader(l: SourceLine): string[] | null {
  const text = l.text.trim();
  if (l.cells || text.length > 120 || / {2}|\t/.test(text) || /\d/.test(text)) return null;
  const words = text.replace(/\b(ref(?:erence)?\.?|normal)\s+(range|interval|values?)\b/giu, '$1\u00a0$2').replace(/\b(ref\.?|reference)\s+(low|high)\b/giu, '$1\u00a0$2').split(' ');
  if (words.length < SINGLE_SPACED_HEADER_WORDS || !words.every((w) => isHeaderWords(w.replace(/\u00a0/g, ' ')))) return null;
  const cells = words.map((w) => w.replace(/\u00a0/g, ' '));
  // Only a header of bounds in two columns (`Low High`, `Ref Low  Ref High`): what one space apart cannot be read as
  // printed — a range in one cell (`Reference interval`) is read as before.
  const bound = (re: RegExp) => cells.some((c) => re.test(c.toLowerCase().replace(/\.$/, '')));
  return bound(LOWER_BOUND_HEADER) && bound(UPPER_BOUND_HEADER) ? cells : null;
}
