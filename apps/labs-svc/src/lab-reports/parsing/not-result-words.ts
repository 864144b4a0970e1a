/**
 * (vocab) The words that say a key, a label or a list holds no laboratory's results: statistics, settings and display,
 * quality control, turnaround, targets and limits, prices and catalogues, nutrition. Each word stands here once, in
 * the group of its meaning; each rule (below, and in result-list.ts) is the union of the groups it needs. Entries are
 * regular-expression fragments: `targets?` is target or targets, `p\d+` a percentile's key (`p2_5`, `p97`).
 *
 * JSON keys are matched on their words as keyWords gives them (json-records.ts: lower case, accents folded, a word of
 * letters and digits), so the whole-word rules (`^(?:…)$`) take plain ASCII words; LIMIT_WORDS looks for its words
 * anywhere in a phrase (a key's words joined by spaces, a record's status or comment).
 *
 * Where two rules differ in a word with no reason given when they were written, each keeps what it took (these lists
 * grew one rule at a time; see the notes on PRICES, TARGETS_OTHER_LANGUAGES, CATALOGUES, NUTRITION_INTAKE and
 * NOT_RESULT_HOLDER): merging them would change what the reader reads.
 */

/** Statistics of many results, English, Spanish, French, German (a population's `mean`/`sd`/`n`, percentiles `p2_5`). */
export const STATISTICS = [
  'mean', 'means', 'avg', 'average', 'averages', 'median', 'mode', 'sd', 'sds', 'stdev', 'stddev', 'std', 'dev', 'deviation',
  'cv', 'variance', 'var', 'n', 'count', 'counts', 'min', 'max', 'minimum', 'maximum', 'lowest', 'highest', 'percentile',
  'percentiles', String.raw`p\d+`, String.raw`q\d`, 'quantile', 'quantiles', 'quartile',
  'media', 'promedio', 'mediana', 'desviacion', 'desvio', 'varianza', 'percentil',
  'moyenne', 'ecart',
  'mittelwert', 'standardabweichung', 'streuung',
] as const;

/** A key holding statistics or the population they are of (`summary`, `stats`, `cohort`, `resumen`, `Verteilung`). */
export const STATISTICS_HOLDERS = [
  'summary', 'summaries', 'stats', 'statistics', 'statistic', 'cohort', 'population', 'distribution',
  'resumen', 'estadisticas', 'statistik', 'verteilung', 'kohorte',
] as const;

/** An app's display settings and a chart's axes (`default`, `decimals`, `yMin`, `colour`; `predeterminado`, `padrão`). */
export const DISPLAY = [
  'default', 'defaults', 'fallback', 'decimals', 'decimal', 'precision', 'digits', 'step', 'steps', 'tick', 'ticks', 'scale',
  'axis', 'axes', 'ymin', 'ymax', 'xmin', 'xmax', 'color', 'colour', 'display',
  'predeterminado', 'decimales', 'defaut', 'padrao',
] as const;

/** A chart or a trend of results over time, as a key holding a list (`chart`, `graph`, `trends`, `gráfico`). */
export const CHARTS = ['chart', 'charts', 'graph', 'plot', 'trend', 'trends', 'grafico'] as const;

/** A key holding an app's or a device's configuration (`config`, `preferences`, `ajustes`, `Einstellungen`). */
export const CONFIGURATION = ['config', 'configuration', 'preferences', 'configuracion', 'ajustes', 'einstellungen'] as const;

/**
 * A setting, as a key holding a list or a dictionary and in a limit's phrase (NOT_RESULT_HOLDER, LIMIT_WORDS): alone
 * here because LIMIT_WORDS takes no other word of CONFIGURATION.
 */
export const SETTINGS = ['settings?'] as const;

/** A device's or a prescription's set figures (a dialysis machine's set point, the prescribed dialysate). */
export const SET_FIGURES = ['set ?points?', 'prescribed', 'dialysate'] as const;

/** Quality control and calibration: a QC run's `target`/`sd` beside its `lot`, `level`, `assigned` and `observed` values. */
export const QUALITY_CONTROL = [
  'qc', 'control', 'controls', 'lot', 'lots', 'level', 'levels', 'assigned', 'expected', 'observed', 'bias', 'calibrator',
  'lote', 'nivel', 'asignado', 'esperado', 'stufe',
] as const;

/** A key holding calibration data. */
export const CALIBRATION_HOLDERS = ['calibration', 'kalibrierung', 'calibracion'] as const;

/** A test menu's turnaround (`tatDays`, `hours`, `días`, `jours`, `Tage`). */
export const TURNAROUND = ['tat', 'turnaround', 'days', 'hours', 'dias', 'horas', 'jours', 'heures', 'tage', 'stunden'] as const;

/** A target or a goal, in English: a number to reach, no measurement (every rule of targets takes these). */
export const TARGETS = ['targets?', 'goals?'] as const;

/**
 * Target and goal in Spanish, French, German, Portuguese, Italian (`objetivo`, `meta`, `cible`, `Zielwert`, `alvo`): a
 * key's word only (NOT_RESULT_WORD); LIMIT_WORDS and result-list.ts's NOT_RESULTS take the English words only.
 */
export const TARGETS_OTHER_LANGUAGES = ['objetivo', 'meta', 'cible', 'sollwert', 'zielwert', 'alvo', 'obiettivo'] as const;

/** A threshold, a cut-off or a limit (LIMIT_WORDS; result-list.ts's THRESHOLD_LABEL with its `trigger`). */
export const THRESHOLDS = ['thresholds?', 'cut-?offs?', 'limits?'] as const;

/** An alert's or an alarm's level, a critical (call, panic) value. */
export const ALERTS = ['alerts?', 'alarms?', 'critical', 'panic', 'call values?'] as const;

/** A decision or a diagnostic limit. */
export const DECISION = ['decision', 'diagnostic'] as const;

/** A side of a limit (`highGlucose`, `glucoseLower`) and a warning: with ALERTS, no test's name in a dictionary's key. */
export const LIMIT_SIDES = ['high', 'low', 'hi', 'lo', 'upper', 'lower', 'warn', 'warning'] as const;

/**
 * A price, in English, singular (`price`, `cost`): a key's word of NOT_RESULT_WORD and of PRICE_WORD. The plurals,
 * fees and other languages (PRICES_MORE) are PRICE_WORD's only: NOT_RESULT_WORD, which rules out a list with such a
 * key anywhere (and a dictionary's key as a test's name), was given `price` and `cost` alone.
 */
export const PRICES = ['price', 'cost'] as const;

/** More words of a price (`precioUSD`, `Preis`, `cena`, `mrp`): PRICE_WORD's only (see PRICES). */
export const PRICES_MORE = [
  'prices', 'costs', 'fee', 'fees', 'charge', 'charges', 'tariff', 'mrp', 'precio', 'precios', 'preco', 'precos', 'prix', 'preis',
  'prezzo', 'cena', 'cennik', 'costo', 'coste', 'tarifa', 'tarif', 'importe', 'harga', 'biaya', 'fiyat', 'ucret',
] as const;

/**
 * (set 28, review 45) More words of a price list's label in prose, with PRICES and PRICES_MORE (result-list.ts
 * PRICE_LABEL: `Custo dos exames:`, `Os exames custam:`, `Precio de los exámenes:`): the inflections, accents and verbs
 * a sentence prints, and a bill's or a discount's words. A label's only, not a record key's (PRICE_WORD).
 */
export const PRICES_IN_PROSE = [
  'pricing', 'invoice', 'billing', 'discount', 'discounts', 'custo', 'custos', 'custa', 'custam', 'custar', 'preço', 'preços', 'desconto',
  'valores a pagar', 'costos', 'cuesta', 'cuestan', 'descuento', 'coût', 'coûts', 'cout', 'couts', 'coûtent', 'coutent', 'tarifs',
  'remise', 'kosten', 'kostet', 'preise', 'gebühr', 'gebühren', 'gebuhr', 'gebuhren', 'rechnung', 'rabatt',
] as const;

/**
 * (set 16, I24) A quantity or a sum ordered, billed or paid, as an order's or a bill's column is headed (`Qtd.`, `Qty`,
 * `Menge`, `Amount`): with PRICES and PRICES_MORE, ORDER_COLUMN's words.
 */
export const QUANTITIES = [
  'qty', 'qtd', 'qte', 'qt', 'quantity', 'quantities', 'quantidade', 'cantidad', 'cant', 'menge', 'anzahl', 'quantite', 'quantita', 'ilosc',
  'aantal', 'amount', 'billed', 'paid',
] as const;

/** Currency codes a price key carries (`precioUSD`, `priceInr`), and a column of them (CURRENCY, in capitals). */
export const CURRENCY_CODES = ['usd', 'eur', 'gbp', 'inr', 'idr', 'mxn', 'brl', 'pln', 'vnd'] as const;

/**
 * More currency codes, as a column's values only (CURRENCY), not a key's word of PRICE_WORD (no reason was given; as a
 * key's word `try`, `pen`, `cop` would be English words).
 */
export const CURRENCY_CODES_MORE = [
  'try', 'jpy', 'cny', 'rmb', 'aud', 'cad', 'chf', 'zar', 'ngn', 'kes', 'php', 'myr', 'thb', 'ars', 'cop', 'clp', 'pen', 'sar', 'aed',
  'egp', 'rub', 'uah', 'krw', 'sgd', 'nzd', 'hkd', 'pkr', 'bdt', 'lkr', 'npr',
] as const;

/**
 * A key holding a test menu, a catalogue or a price list (`menu`, `catalogo`, `oferta`, `tarifas`). `tarifas` is here
 * only: PRICE_WORD takes `tarifa` and `tarif`, not the plural, as a key's word of a record.
 */
export const CATALOGUES = ['menu', 'catalog', 'catalogue', 'catalogo', 'catalogos', 'katalog', 'oferta', 'tarifas'] as const;

/**
 * What one takes in: a diet, an intake, supplements (NUTRITION_HOLDER, and result-list.ts's NOT_RESULTS, which takes
 * no word of NUTRITION_LABELS).
 */
export const NUTRITION_INTAKE = ['diet', 'intake', 'supplements?'] as const;

/** A nutrition label's or a meal plan's words (`nutrition`, `facts`, `servings`, `ingredients`). */
export const NUTRITION_LABELS = [
  'nutrition', 'nutritional', 'nutrient', 'nutrients', 'facts', 'dietary', 'meal', 'meals', 'food', 'foods', 'serving', 'servings',
  'ingredients',
] as const;

/** A list's sort order (`sortOrder`, `displayOrder`). */
export const ORDER_WORDS = ['order', 'sort'] as const;

/** Words joined to a statistic's or a display's (`yValue`, `byLevel`): no results with them; alone, nothing said. */
export const JOINED_WORDS = ['y', 'x', 'value', 'values', 'val', 'by'] as const;

/** Every group, by name: each word stands in one only (not-result-words.spec.ts). */
export const GROUPS: Record<string, readonly string[]> = {
  STATISTICS, STATISTICS_HOLDERS, DISPLAY, CHARTS, CONFIGURATION, SETTINGS, SET_FIGURES, QUALITY_CONTROL, CALIBRATION_HOLDERS,
  TURNAROUND, TARGETS, TARGETS_OTHER_LANGUAGES, THRESHOLDS, ALERTS, DECISION, LIMIT_SIDES, PRICES, PRICES_MORE, CURRENCY_CODES,
  CURRENCY_CODES_MORE, CATALOGUES, NUTRITION_INTAKE, NUTRITION_LABELS, ORDER_WORDS, JOINED_WORDS, QUANTITIES,
};

/** The groups' words as one alternation (`a|b|c`), for a rule to put in its own anchors or bounds. */
export const alternation = (...groups: readonly (readonly string[])[]): string => groups.flat().join('|');

/** A whole word of one of the groups (`^(?:…)$`, as case goes: keyWords gives lower case). */
const wholeWord = (...groups: readonly (readonly string[])[]): RegExp => new RegExp(`^(?:${alternation(...groups)})$`);

/**
 * (labs50fix review) Words that make a number a limit, not a measurement: a target or goal, a threshold or cut-off, a
 * device's setting, an alert's or alarm's level, a critical (call, panic) value, a decision or diagnostic limit. A
 * record with an empty range place that says one of them (its status, its comment), or a list held under such a key
 * (`settings`, `goals`), is no result with its range left out (rule 5). Anywhere in a phrase, any case.
 */
export const LIMIT_WORDS = new RegExp(String.raw`\b(?:${alternation(TARGETS, THRESHOLDS, SETTINGS, SET_FIGURES, ALERTS, DECISION)})\b`, 'i');

/**
 * (kvdump) A key's word that makes it no test's name in a dictionary of results by name (`highGlucoseAlert`,
 * `glucoseLower`): a limit's side or a warning. An alert's and an alarm's words (it listed `alert`, `alerts`, `alarm`
 * too) are LIMIT_WORDS's, which the same rule asks first.
 */
export const LIMIT_SIDE_WORD = wholeWord(LIMIT_SIDES);

/**
 * (recshape review) A key's word that names statistics, settings, quality control, display or a catalogue's figures
 * (English, Spanish, Portuguese, Italian, French, German where cheap): a list with such a key is no laboratory's results
 * by shape (a reference catalogue's `default`, an app's `decimals`, a chart's `yMin`, a test menu's `tatDays`, a QC
 * run's `target`/`sd`, a device's `mean`/`lowest`/`highest`, a population's `mean`/`sd`/`n`, percentiles `p2_5`).
 */
export const NOT_RESULT_WORD = wholeWord(STATISTICS, DISPLAY, TARGETS, TARGETS_OTHER_LANGUAGES, QUALITY_CONTROL, TURNAROUND, PRICES);

/** (recshape review) Words joined to the above only (`sortOrder`, `displayOrder`, `y`, `x`): alone or with them, no results. */
export const NOT_RESULT_JOINED = wholeWord(ORDER_WORDS, JOINED_WORDS);

/** (recshape review) A list's sort order: a key of NOT_RESULT_WORD and NOT_RESULT_JOINED words only says it when it has one. */
export const ORDER_WORD = wholeWord(ORDER_WORDS);

/**
 * (recshape review) A key holding a list, or a key around it, that names statistics, settings or a catalogue. The rule
 * that asks it (json-records.ts's notResultHolder) takes NOT_RESULT_WORD's words as well but for `n`, `level` and
 * `count`, so those it shared with it (`percentiles`, `axes`, `axis`, `qc`) stand there only.
 */
export const NOT_RESULT_HOLDER = wholeWord(STATISTICS_HOLDERS, CONFIGURATION, SETTINGS, CHARTS, CATALOGUES, CALIBRATION_HOLDERS);

/**
 * (recshape) A key's word that names a price (a test menu's `precioUSD`, `price`, `Preis`, `cena`, `mrp`): a list of
 * tests with prices is no results, however its other columns look.
 */
export const PRICE_WORD = wholeWord(PRICES, PRICES_MORE, CURRENCY_CODES);

/**
 * (set 16, I24) A header cell's words (folded) that head an order's or a bill's column of quantities or prices (`Qtd.`,
 * `Qty`, `Price`, `Amount`, `Preis`, `Precio`): text-report.parser.ts orderListRows.
 */
export const ORDER_COLUMN = wholeWord(PRICES, PRICES_MORE, QUANTITIES);

/** (recshape, review 33) Currency signs as a price column prints them (`$`, `€`, `₹`, `Rs.`, `R$`), as a regex source. */
const CURRENCY_SIGNS = String.raw`[$€£¥₹₺₫₽₴]|Rs\.?|R\$`;
/** (pricecell) Local abbreviations of currencies a price list prints after its header word (`TL`, `zł`, `Kč`, `Ft`, `lei`, `Rp`, `RM`). */
const LOCAL_CURRENCY_ABBREVIATIONS = ['tl', 'ytl', 'zł', 'zl', 'kč', 'kc', 'ft', 'lei', 'rp', 'rm'] as const;

/** (recshape) A column of currency codes or signs (`USD`, `€`, `Rs.`): a price list's. */
export const CURRENCY = new RegExp(String.raw`^(?:${alternation(CURRENCY_CODES, CURRENCY_CODES_MORE).toUpperCase()}|${CURRENCY_SIGNS})$`);

/**
 * (pricecell) A price column's header with its currency in brackets after it (`Fiyat (TL)`, `Price (USD)`, `Preis (€)`,
 * `Cena (zł)`): CURRENCY's codes and signs in any case, and LOCAL_CURRENCY_ABBREVIATIONS. The header's word without it
 * is ORDER_COLUMN's.
 */
export const CURRENCY_IN_BRACKETS = new RegExp(String.raw`\s*[([]\s*(?:${alternation(CURRENCY_CODES, CURRENCY_CODES_MORE, LOCAL_CURRENCY_ABBREVIATIONS)}|${CURRENCY_SIGNS})\s*[)\]]\s*$`, 'iu');

/** (kvdump) A key of a nutrition label or a diet (`nutrition`, `nutrients`, `facts`, `intake`): its amounts are no results. */
export const NUTRITION_HOLDER = wholeWord(NUTRITION_LABELS, NUTRITION_INTAKE);

/**
 * (prose19) The word `previous` (an earlier result's) in the languages of the keyed sets' letters and messages: German
 * (`Vorwert`, `vorherige`, `früher`), Dutch (`vorige`, `eerder`), Swedish (`tidigare`, `föregående`, `förra`), Polish
 * (`poprzednie`, `wcześniejszy`), Spanish and Portuguese (`anteriores`, `previo`, `prévio`; `anterior` only before a bracket or a
 * stop, `Análisis anterior (enero):`, not English's anatomy, `Anterior pituitary: TSH …`, review 26), French (`précédent`,
 * `antérieur`), Italian (`precedente`), Turkish (`önceki`). Matched as a whole word of letters (PREVIOUS_WORD).
 */
export const PREVIOUS_OTHER_LANGUAGES = [
  'vorwerte?', 'vorherige[nrs]?', 'früher(?:e[nrs]?)?', 'vorige', 'eerdere?', 'tidigare', 'föregående', 'förra',
  'poprzedni\\p{L}*', 'wcześniejsz\\p{L}*', 'wcześniej', 'anteriores', 'anteriormente', 'anterior(?=\\s*(?:[(:,;.]|$))', 'previ[oa]s?', 'prévi[oa]s?',
  'précédent\\p{L}*', 'antérieur\\p{L}*', 'precedent[ei]', 'önceki',
] as const;
/** (prose19) A word of PREVIOUS_OTHER_LANGUAGES or English `previous`, `prior`, `earlier`, whole (letters on neither side). */
export const PREVIOUS_WORD = new RegExp(String.raw`(?<!\p{L})(?:previous(?:ly)?|prior|earlier|${alternation(PREVIOUS_OTHER_LANGUAGES)})(?!\p{L})`, 'iu');

/**
 * (prose19) `is` or `was` between a test's name and its value in the languages of the keyed sets' letters and messages
 * (`Uw TSH is 2,3 mU/l`, `Blodvärdet (Hb) är 162 g/L`, `Ferritin liegt bei 9 µg/l`, `la HbA1c es 7,1 %`, `o LDL foi 151`, `il potassio è 5,1`, `la TSH est
 * à 6,8`, `testosteron wynosi 2,41`): German, Swedish, Spanish, Portuguese, Italian, French and Polish (Dutch `is` and
 * `was` are English's). Wherever result-list.ts's prose reader reads English's `is` (VERB: between a name and a
 * value, opening a wrapped line), and ending a name the catalog does not know (text-report.parser.ts sentenceWordsName).
 */
export const BE_VERB_ABROAD = String.raw`ist|war|liegt\s+bei|lag\s+bei|beträgt|betrug|är|var|ligger\s+på|låg\s+på|es|era|está|estaba|fue|é|foi|estava|è|risulta|est(?:\s+à)?|était|wynosi|wynosił[ao]?|jest|był[ao]?`;
