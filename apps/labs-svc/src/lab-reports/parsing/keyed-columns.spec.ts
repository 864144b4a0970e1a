import { type Documented, keyedCases, keyedSetTests } from '../../testing/keyed-sets.js';

/*
 * A laboratory printout's columns (keyed set 14, testing/data/keyed-columns): previous-result and cumulative columns
 * (newest left or right, blank older cells, headers over two lines), delta and trend columns, site, method, status
 * and LOINC columns, tables with no header, multi-page printouts with letterheads and footers, names on their own
 * line or wrapped, and 7 documents with no result: 41 snippets, 264 rows, keyed by a helper who read only the catalog
 * and the keyed sets' format, never the reader (its README), committed before any rule looked at it. First run on the
 * fifteenth session's first reader (2a2936d7): 226 of 264 rows as keyed — 229 counting the unknown tests' units by the
 * corpus convention (keyed-portals CS01) — and 7 under keys no keyed row has. After the session's rules (a previous
 * result in brackets after a row, a cumulative table's dates read in their order, a flag glued to an older value, a
 * header's dates on the line under it, a bracketed range under a name alone, `Last` and `Total`, a population after a
 * name, a bound after the unit before a cumulative table's dates, a name wrapped under its values): 257 as keyed, 260
 * counting the convention, 1 under other keys. Where the reader and the key differ, the reader's reading is listed with its reason;
 * each still fails if the reader stops reading it so.
 */
const cases = keyedCases(new URL('../../testing/data/keyed-columns/keyed.tsv', import.meta.url));

const CONVENTION = 'tests the catalog does not know keep their printed names and units and are not normalized (keyed-portals CS01\'s convention); the keyer normalized them — otherwise read as keyed';

/** Snippets the reader reads otherwise than keyed: the case's id → what it reads, and why (docs/labs.md, "Columns"). */
const DOCUMENTED: Documented = {
  PV05: { read: ['ferritin||normal|212|ng/mL|24..336', 'iron||normal|141|ug/dL|59..158', 'total-iron-binding-capacity||normal|262|ug/dL|250..450', '?UIBC||normal|||111..343', 'transferrin-saturation||high|54|%|20..50', 'vitamin-b12||normal|612|pg/mL|232..1245', 'vitamin-d||normal|41.5|ng/mL|30..100'], why: CONVENTION },
  CU02: { read: ['sodium||normal|139|mmol/L|133..146', 'potassium||high|5.6|mmol/L|3.5..5.3', 'urea||normal|36.6|mg/dL|2.5..7.8', 'creatinine||high|1.27|mg/dL|59..104', 'egfr||null|67|mL/min/{1.73_m2}|', 'albumin||normal|4.4|g/dL|35..50', '?Adjusted Ca||normal|||2.2..2.6', 'alanine-aminotransferase||normal|38|U/L|0..41', 'total-bilirubin||normal|0.526|mg/dL|0..21'], why: CONVENTION },
  NL02: { read: ['testosterone||normal|585|ng/dL|2.49..8.36', 'shbg||normal|38.4|nmol/L|18.3..54.1', '?Freier Androgen-Index||normal|||35..92.6', 'dhea-sulfate||normal|312|ug/dL|88.9..427', 'somatomedin-c||normal|198|ng/mL|94..252', 'estradiol||normal|29.6|pg/mL|11.3..43.2', 'prolactin||high|17.9|ng/mL|4..15.2'], why: CONVENTION },
  NH02: { read: ['testosterone||normal|623|ng/dL|8.6..29', 'shbg||normal|41|nmol/L|18.3..54.1', 'testosterone-free||null|119|pg/mL|text', 'estradiol||normal|36.2|pg/mL|41..159', 'c-reactive-protein||normal|3.2|mg/L|..5', 'hepatitis-b-surface-antigen|Negative|normal|||text'], why: '`See note` where the range goes is kept as the range\'s text (the keyer: no range), and `Negative` against a `Negative` range is normal, as the reader flags an expected answer (the keyer: no flag). Disputed' },
  NH04: { read: ['white-blood-cell-count||normal|6.8|10*3/uL|3.9..10.2', 'hemoglobin||normal|15.9|g/dL|13.5..17.2', 'hematocrit||normal|47.2|%|39.5..50.5', 'platelet-count||normal|231|10*3/uL|146..328', 'creatinine||normal|1.08|mg/dL|0.7..1.2', 'egfr||normal|81|mL/min/{1.73_m2}|60..', 'uric-acid||normal|6.9|mg/dL|3.4..7', 'alanine-aminotransferase||normal|38|U/L|..50', 'gamma-glutamyl-transferase||high|61|U/L|..60', 'c-reactive-protein||normal|1.4|mg/L|..5', 'prostate-specific-antigen||null|0.9|ng/mL|text', 'hepatitis-c-antibody|negativ|normal|||text'], why: '`s. Kommentar` where the range goes is kept as the range\'s text (the keyer: no range), and `negativ` against a `negativ` range is normal (the keyer: no flag), as NH02. Disputed' },
  NR07: { read: ['prostate-specific-antigen|<2.0|normal|2|ng/mL|..3'], why: 'a laboratory\'s directory of reference intervals by age band: the PSA\'s row of bounds alone (`<2.0  <3.0  <4.5`) read as a censored result against the next band\'s bound; every other row (intervals only) is no row. Left' },
};

keyedSetTests('a laboratory printout\'s columns, keyed by a reviewer who never read the reader', cases, DOCUMENTED, { n: 41, words: 'forty-one' });
