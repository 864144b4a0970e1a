import { type Documented, keyedCases, keyedScore, keyedSetTests } from '../../testing/keyed-sets.js';

/*
 * Laboratory printouts of 34 countries (keyed set 21, testing/data/keyed-printouts): fixed-width LIS and portal
 * printouts, inline lists, Markdown and CSV exports, in English and 18 other languages, with 15 snippets holding no
 * result — 100 snippets, 446 rows, keyed by a helper who read only the catalog's keys, units and molar masses and the
 * keyed sets' format, never the reader (its README). First run (2026-12-07, on the session's first reader 1d69f794 and on
 * the reader of that hour alike): 406 of 446 rows as keyed, 7 rows of tests not keyed. After the rules made from it
 * (outofrange, basflag, frenchto, vnlabel, negpower, optimalbound, names29, diffcols, nonreactive; docs/labs.md): 432 of
 * 446, 1; 436 after a Brazilian leucogram's per cent and count columns (diffcols), 437 after the Hungarian minute (`ml/perc`). Where the reader and the key differ, the reader's reading is listed with its reason; each still fails if the
 * reader stops reading it so.
 */
const cases = keyedCases(new URL('../../testing/data/keyed-printouts/keyed.tsv', import.meta.url));

/** Snippets the reader reads otherwise than keyed: the case's id → what it reads, and why. */
const DOCUMENTED: Documented = {
  R001: { read: ['total-cholesterol||normal|186|mg/dL|..200', 'hdl-cholesterol||low|38|mg/dL|40..', 'triglycerides||high|171|mg/dL|..150', 'ldl-cholesterol||high|115|mg/dL|..100', 'cholesterol-hdl-ratio||normal|4.9|{ratio}|..5', 'non-hdl-cholesterol||high|148|mg/dL|..130'], why: 'the cholesterol/HDL ratio normalized in the catalog\'s `{ratio}` (the key leaves a ratio unnormalized). Convention' },
  R019: { read: ['thyroid-stimulating-hormone||normal|2.1|m[IU]/L|0.27..4.2', 'free-t4||normal|1.2|ng/dL|12..22', 'testosterone||normal|277|ng/dL|8.64..29', 'shbg||normal|52|nmol/L|18.3..54.1', 'prolactin||normal|13.5|ng/mL|86..324', 'vitamin-b12||normal|312|pg/mL|197..771'], why: 'prolactin in mU/L converted to ng/mL by the catalog\'s factor (the keyer converted no international units). Convention' },
  R021: { read: ['total-cholesterol||null|228|mg/dL|', 'triglycerides||null|124|mg/dL|', 'hdl-cholesterol||null|46.8|mg/dL|', 'non-hdl-cholesterol||null|181|mg/dL|', 'ldl-cholesterol||null|157|mg/dL|', 'cholesterol-hdl-ratio||null|4.9|{ratio}|'], why: 'the cholesterol/HDL ratio normalized in the catalog\'s `{ratio}` (the key leaves a ratio unnormalized). Convention' },
  R029: { read: ['iron||normal|117|ug/dL|5..30', 'transferrin||normal|260|mg/dL|2..3.6', '?Saturation||normal|||10..45', 'ferritin||high|560|ng/mL|30..500'], why: '`Saturation` alone under an iron panel\'s heading is no name the catalog knows (the transferrin\'s saturation only by the panel). Left' },
  R035: { read: ['vitamin-d||null|14.6|ng/mL|', 'vitamin-b12||low|198|pg/mL|211..911'], why: 'a vitamin D\'s tiers on a `Reference Range :` line under the row (`DEFICIENCY : <20 ng/ml || …`) are not taken as its range\'s text. Left' },
  R056: { read: ['urine-ph||normal|6|[pH]|5..8', 'glucose-in-urine|negativ|normal|||text', 'ketones-in-urine|1+|abnormal|||text', 'nitrite-in-urine|negativ|normal|||text'], why: 'urine pH normalized as the catalog\'s `[pH]` (the key leaves it unnormalized). Convention' },
  R057: { read: ['glucose||high|102|mg/dL|60..100', 'insulin||normal|18.4|u[IU]/mL|2.6..24.9', 'homa-ir||high|4.63|{index}|..2.5', 'homocysteine||high|16.8|umol/L|..15', 'hs-crp||normal|0.9|mg/L|..1', 'alanine-aminotransferase||normal|28|U/L|..50'], why: 'HOMA-IR normalized as the catalog\'s `{index}` (the key leaves it unnormalized). Convention' },
  R094: { read: ['testosterone||normal|283|ng/dL|8.33..30.19', 'shbg||normal|47.3|nmol/L|18.3..54.1', 'estradiol||high|44.1|pg/mL|..146', 'prolactin||normal|10.1|ng/mL|73..407'], why: 'prolactin in mU/L converted to ng/mL by the catalog\'s factor (the keyer converted no international units). Convention' },
  R095: { read: ['glucose||normal|92.2|mg/dL|4.11..5.89', 'insulin||normal|11.6|u[IU]/mL|2.6..24.9', 'homa-ir||normal|2.64|{index}|..2.7', 'vitamin-b12||low|187|pg/mL|197..771'], why: 'HOMA-IR normalized as the catalog\'s `{index}` (the key leaves it unnormalized). Convention' },
};

keyedSetTests('keyed set 21: laboratory printouts of 34 countries, keyed blind', cases, DOCUMENTED, { n: 100, words: 'hundred' });

/*
 * Keyed set 22 (testing/data/keyed-printouts-heldout): 80 more printouts of 36 countries (562 rows, 12 snippets with no
 * result), keyed blind by a second helper. Held out for the session that made it (2026-12-07: 501 of 562 rows as keyed, 11
 * rows beyond a snippet's keyed count, 26 rows of tests its keys do not name, on that session's first reader and last
 * alike); the next session (2026-12-07, twenty-first) tuned on it after keying set 23 below: 549 of 562, none beyond,
 * none unkeyed (slavicto, normunten, names30, pricecell, onerange, cumulplus, seecomment, mayora, bracketplus, postcode,
 * noteclause; docs/labs.md). Its differences left are conventions, listed as for set 21.
 */
const set22 = keyedCases(new URL('../../testing/data/keyed-printouts-heldout/keyed.tsv', import.meta.url));

const DOCUMENTED_22: Documented = {
  H001: { read: ['total-cholesterol||high|212|mg/dL|..200', 'hdl-cholesterol||normal|58|mg/dL|50..', 'triglycerides||normal|96|mg/dL|..150', 'ldl-cholesterol||high|133|mg/dL|..100', 'cholesterol-hdl-ratio||normal|3.7|{ratio}|..5', 'non-hdl-cholesterol||high|154|mg/dL|..130', 'apolipoprotein-b||high|104|mg/dL|..90', 'lipoprotein-a||normal|38|nmol/L|..75'], why: 'the cholesterol/HDL ratio normalized in the catalog\'s `{ratio}` (the key leaves a ratio unnormalized). Convention' },
  H003: { read: ['thyroid-stimulating-hormone||high|6.12|m[IU]/L|0.3..4.2', 'free-t4||normal|0.94|ng/dL|0.9..1.7', 'thyroid-peroxidase-antibody||high|212|U/mL|..9', 'thyroglobulin-antibody|<1.8|normal|1.8|[IU]/mL|..4'], why: 'the TPO antibody in IU/mL normalized as the catalog\'s U/mL, one unit for this assay as laboratories print it (the keyer took no IU for U). Convention' },
  H009: { read: ['testosterone||normal|410|ng/dL|8.64..29', 'testosterone-free||normal|69.5|pg/mL|0.2..0.62', 'shbg||normal|41.8|nmol/L|18.3..54.1', 'estradiol||normal|28.3|pg/mL|41.4..159', 'prolactin||normal|13.6|ng/mL|86..324', 'luteinizing-hormone||normal|4.1|m[IU]/mL|1.7..8.6', 'follicle-stimulating-hormone||normal|5.2|m[IU]/mL|1.5..12.4'], why: 'prolactin in mIU/L converted to ng/mL by the catalog\'s factor (the keyer converted no international units). Convention' },
  H010: { read: ['sodium||normal|139|mmol/L|133..146', 'potassium||normal|4.6|mmol/L|3.5..5.3', 'urea||high|47.4|mg/dL|2.5..7.8', 'creatinine||high|1.27|mg/dL|59..104', 'egfr||null|61|mL/min/{1.73_m2}|', 'hemoglobin-a1c||high|6.18|%|20..41', 'total-cholesterol||null|217|mg/dL|', 'hdl-cholesterol||null|46.4|mg/dL|', 'non-hdl-cholesterol||null|170|mg/dL|', 'triglycerides||null|168|mg/dL|', 'cholesterol-hdl-ratio||null|4.7|{ratio}|'], why: 'HbA1c in mmol/mol (IFCC) converted to the catalog\'s per cent by the master equation, and the cholesterol/HDL ratio in `{ratio}` (the key converts neither). Convention' },
  H013: { read: ['glucose||normal|97.3|mg/dL|3.6..6', 'hemoglobin-a1c||normal|5.8|%|..6', 'total-cholesterol||high|228|mg/dL|..5.2', 'triglycerides||normal|106|mg/dL|..1.7', 'hdl-cholesterol||normal|54.5|mg/dL|1..', 'ldl-cholesterol||high|153|mg/dL|..3.5', 'non-hdl-cholesterol||high|174|mg/dL|..4.2', 'cholesterol-hdl-ratio||null|4.2|{ratio}|', 'apolipoprotein-b||high|112|mg/dL|..1.05'], why: 'the cholesterol/HDL ratio normalized in the catalog\'s `{ratio}` (the key leaves a ratio unnormalized). Convention' },
  H016: { read: ['testosterone||normal|485|ng/dL|8.6..29', 'shbg||normal|38|nmol/L|15..50', 'testosterone-free||normal|98.1|pg/mL|200..600', 'luteinizing-hormone||normal|5.1|m[IU]/mL|1.5..9', 'follicle-stimulating-hormone||normal|6.4|m[IU]/mL|1.5..12', 'prolactin||normal|10|ng/mL|45..375', 'prostate-specific-antigen||normal|0.86|ng/mL|..2.5'], why: 'prolactin in mIU/L converted to ng/mL by the catalog\'s factor (the keyer converted no international units). Convention' },
  H025: { read: ['total-cholesterol||high|214|mg/dL|..200', 'triglycerides||high|168|mg/dL|..150', 'hdl-cholesterol||low|46|mg/dL|50..', 'ldl-cholesterol||high|134|mg/dL|..100', 'vldl-cholesterol||high|34|mg/dL|..30', 'non-hdl-cholesterol||high|168|mg/dL|..130', 'cholesterol-hdl-ratio||normal|4.7|{ratio}|3.5..5', 'apolipoprotein-a1||normal|128|mg/dL|105..205', 'apolipoprotein-b||normal|112|mg/dL|55..125', 'lipoprotein-a||high|||..30'], why: 'the cholesterol/HDL ratio normalized in the catalog\'s `{ratio}` (the key leaves a ratio unnormalized). Convention' },
  H032: { read: ['glucose||normal|96|mg/dL|70..100', 'insulin||normal|18.2|u[IU]/mL|2.6..24.9', 'c-peptide||normal|2.9|ng/mL|1.1..4.4', 'homa-ir||high|4.3|{index}|..2.5', 'hemoglobin-a1c||normal|5.4|%|4.8..5.9', 'hepatitis-c-antibody|Reactive|abnormal|||text'], why: 'HOMA-IR normalized as the catalog\'s `{index}` (the key leaves it unnormalized). Convention' },
  H036: { read: ['thyroid-stimulating-hormone||high|4.92|m[IU]/L|0.27..4.2', 'free-t4||normal|1.05|ng/dL|0.93..1.7', 'thyroid-peroxidase-antibody||high|138|U/mL|0..34', 'thyroglobulin-antibody|<10|normal|10|[IU]/mL|0..115', 'vitamin-d||low|18.3|ng/mL|30..100', 'vitamin-b12||normal|264|pg/mL|197..771', 'ferritin||low|11.2|ng/mL|13..150'], why: 'the TPO antibody in IU/mL normalized as the catalog\'s U/mL, one unit for this assay as laboratories print it (the keyer took no IU for U). Convention' },
  H048: { read: ['thyroid-stimulating-hormone||normal|3.42|m[IU]/L|0.4..4', 'free-t4||low|0.98|ng/dL|10.3..17', 'free-t3||normal|3.1|pg/mL|2..4.4', 'thyroid-peroxidase-antibody||high|287|U/mL|..34', 'thyroglobulin-antibody||normal|42|[IU]/mL|..115'], why: 'the TPO antibody in UI/mL normalized as the catalog\'s U/mL, one unit for this assay as laboratories print it (the keyer took no IU for U). Convention' },
  H063: { read: ['thyroid-stimulating-hormone||high|5.86|m[IU]/L|0.27..4.2', 'free-t4||normal|0.963|ng/dL|12..22', 'free-t3||normal|2.67|pg/mL|3.1..6.8', 'thyroid-peroxidase-antibody||high|412|U/mL|..34', 'thyroglobulin-antibody||high|156|[IU]/mL|..115'], why: 'the TPO antibody in kIU/l normalized as the catalog\'s U/mL, one unit for this assay as laboratories print it (the keyer took no IU for U). Convention' },
  H080: { read: ['glucose||high|104|mg/dL|70..99', 'insulin||normal|14.6|u[IU]/mL|2.6..24.9', 'c-peptide||normal|2.4|ng/mL|1.1..4.4', 'homa-ir||high|3.75|{index}|..2.5', 'homocysteine||normal|11.2|umol/L|..12', 'hs-crp||normal|0.9|mg/L|..3', 'folate||normal|6.8|ng/mL|4.6..18.7'], why: 'HOMA-IR normalized as the catalog\'s `{index}` (the key leaves it unnormalized). Convention' },
};

keyedSetTests('keyed set 22: laboratory printouts of 36 countries, keyed blind', set22, DOCUMENTED_22, { n: 80, words: 'eighty' });

/*
 * Keyed set 23 (testing/data/keyed-printouts-heldout2): 80 printouts of other laboratories and countries (536 rows, 12
 * snippets with no result), keyed blind by a third helper who read only the catalog's keys and sets 21's and 22's
 * READMEs. Held out for the twenty-first session (first run 495 of 536, 8 beyond, 19 unkeyed; after world-names.ts
 * 503, 7, 10); tuned on from the twenty-second, once set 24 was keyed and held out: 522 of 536. Its differences left
 * are the conventions below, each documented; every other snippet reads as keyed.
 */
const set23 = keyedCases(new URL('../../testing/data/keyed-printouts-heldout2/keyed.tsv', import.meta.url));

const DOCUMENTED_23: Documented = {
  P011: { read: ['total-t4||normal|8.1|ug/dL|4.5..12.5', 'total-t3||normal|112|ng/dL|0.8..2', 'thyroid-stimulating-hormone||normal|3.9|m[IU]/L|0.4..4.5', 'thyroid-peroxidase-antibody||normal|12|U/mL|..35', 'vitamin-d||low|14.2|ng/mL|30..100', 'ferritin||normal|18|ng/mL|13..150', 'vitamin-b12||normal|245|pg/mL|187..883'], why: 'the TPO antibody in IU/mL normalized as the catalog\'s U/mL (set 22\'s H003: one unit for the same antibody)' },
  P018: { read: ['hemoglobin||normal|12.8|g/dL|117..153', 'creatinine||normal|0.837|mg/dL|45..90', 'total-cholesterol||normal|224|mg/dL|3.3..6.9', 'ldl-cholesterol||normal|151|mg/dL|2..5.3', 'hdl-cholesterol||normal|54.1|mg/dL|1..2.7', 'triglycerides||normal|115|mg/dL|0.45..2.6', 'glucose||normal|97.3|mg/dL|4.2..6', 'hemoglobin-a1c||normal|5.72|%|27..42', 'thyroid-stimulating-hormone||normal|2.1|m[IU]/L|0.4..4', 'ferritin||low|12|ng/mL|13..150'], why: 'HbA1c in mmol/mol (IFCC) converted to the catalog\'s % (NGSP); the keyer keeps it with no normalized value (set 22\'s convention)' },
  P021: { read: ['hemoglobin||normal|13.8|g/dL|134..167', 'white-blood-cell-count||normal|5.4|10*3/uL|3.4..8.2', 'platelet-count||normal|212|10*3/uL|150..360', 'creatinine||normal|1.11|mg/dL|60..100', 'glucose||high|112|mg/dL|4..6', 'total-cholesterol||high|217|mg/dL|..5', 'ldl-cholesterol||high|147|mg/dL|..3', 'hdl-cholesterol||normal|46.4|mg/dL|1..', 'triglycerides||normal|142|mg/dL|..1.7', 'vitamin-d||normal|24.8|ng/mL|50..', 'hemoglobin-a1c||normal|5.9|%|20..42'], why: 'HbA1c in mmol/mol converted to % (set 22\'s convention)' },
  P023: { read: ['testosterone||normal|329|ng/dL|8.6..29', 'shbg||normal|52|nmol/L|18..54', 'testosterone-free||abnormal|53.6|pg/mL|0.2..0.62', 'luteinizing-hormone||normal|5.1|m[IU]/mL|1.7..8.6', 'follicle-stimulating-hormone||normal|7.8|m[IU]/mL|1.5..12.4', 'estradiol||normal|26.7|pg/mL|41..159', 'prolactin||normal|8.4|ng/mL|4..15.2', 'prostate-specific-antigen||normal|1.4|ng/mL|..4'], why: 'a star the legend calls low (`verlaagd`) is read abnormal: a star names no side, and reading the range\'s side for every sideless flag lost 62 tuning rows (tried, twenty-second session). Disputable / left' },
  P025: { read: ['testosterone||normal|536|ng/dL|8.64..29', 'shbg||normal|41.2|nmol/L|18.3..54.1', 'estradiol||normal|38.7|pg/mL|41.4..159', 'prolactin||normal|14.7|ng/mL|86..324', 'thyroid-stimulating-hormone||normal|2.84|m[IU]/L|0.4..4', 'free-t4||normal|1.16|ng/dL|9..19', 'cortisol||normal|17.7|ug/dL|123..626', 'dhea-sulfate||normal|228|ug/dL|2.41..11.6'], why: 'prolactin in mIU/L converted to the catalog\'s ng/mL (set 22\'s convention)' },
  P028: { read: ['glucose||normal|95.5|mg/dL|3.9..6', 'insulin||normal|18.4|u[IU]/mL|2.6..24.9', 'homa-ir||high|4.33|{index}|..2', 'hemoglobin-a1c||normal|5.8|%|4..6', 'uric-acid||normal|6.93|mg/dL|202..417', 'gamma-glutamyl-transferase||normal|64|U/L|10..71'], why: 'HOMA-IR in the catalog\'s {index} (set 22\'s convention)' },
  P041: { read: ['thyroid-stimulating-hormone||normal|2.8|m[IU]/L|0.45..4.5', 'free-t4||normal|1.2|ng/dL|0.8..1.8', 'free-t3||normal|3.1|pg/mL|2.3..4.2', 'thyroid-peroxidase-antibody||high|45|U/mL|..34'], why: 'the TPO antibody in IU/mL normalized as the catalog\'s U/mL (set 22\'s H003)' },
  P045: { read: ['vitamin-d||low|19.2|ng/mL|50..175', 'ferritin||normal|52|ng/mL|30..400', 'hemoglobin-a1c||normal|5.45|%|..42', 'total-cholesterol||high|209|mg/dL|..5', 'hdl-cholesterol||normal|61.9|mg/dL|1..', 'triglycerides||normal|79.7|mg/dL|..1.7'], why: 'HbA1c in mmol/mol converted to % (set 22\'s convention)' },
  P046: { read: ['testosterone||normal|467|ng/dL|8.64..29', 'shbg||normal|48.1|nmol/L|18.3..54.1', 'estradiol||normal|33|pg/mL|41.4..159', 'prolactin||normal|9.91|ng/mL|86..324', 'cortisol||high|22.2|ug/dL|133..537', 'dhea-sulfate||normal|214|ug/dL|4.34..12.2', 'prostate-specific-antigen||normal|0.72|ng/mL|0..2.5'], why: 'prolactin in mIU/L converted to ng/mL (set 22\'s convention)' },
  P048: { read: ['hemoglobin-a1c||high|6.6|%|..6', 'glucose||high|133|mg/dL|3.6..6', 'creatinine||normal|0.95|mg/dL|50..120', 'egfr||normal|88|mL/min/{1.73_m2}|60..', 'ldl-cholesterol||normal|112|mg/dL|..3.5', 'hemoglobin-a1c||high|6.9|%|..6', 'glucose||high|142|mg/dL|3.6..6', 'creatinine||normal|0.894|mg/dL|50..120', 'ldl-cholesterol||normal|131|mg/dL|..3.5'], why: 'a portal\'s rows of an older collection date (2024-Aug-19) are read too, each a result of its own date; the keyer keyed the newest date\'s only. Disputable / left' },
  P050: { read: ['testosterone||normal|283|ng/dL|8.6..29', 'shbg||normal|28|nmol/L|15..50', 'testosterone-free||normal|66.3|pg/mL|150..550', 'luteinizing-hormone||normal|3.4|m[IU]/mL|1.5..9.3', 'follicle-stimulating-hormone||normal|4.1|m[IU]/mL|1.4..18.1', 'prolactin||normal|8.49|ng/mL|45..375', 'estradiol||normal|26.1|pg/mL|..150'], why: 'prolactin in mIU/L converted to ng/mL (set 22\'s convention)' },
  P053: { read: ['total-cholesterol||high|232|mg/dL|..200', 'triglycerides||high|210|mg/dL|..150', 'hdl-cholesterol||low|36|mg/dL|40..', 'ldl-cholesterol||high|154|mg/dL|..100', 'vldl-cholesterol||high|42|mg/dL|..30', 'non-hdl-cholesterol||high|196|mg/dL|..130', 'cholesterol-hdl-ratio||high|6.44|{ratio}|3..5', 'ldl-hdl-ratio||high|4.28|{ratio}|1.5..3.5'], why: 'ratios printed without a unit in the catalog\'s {ratio} (set 22\'s convention)' },
  P060: { read: ['prothrombin-time||high|14.8|s|11..13.5', 'inr||high|1.32|{ratio}|0.8..1.2', 'partial-thromboplastin-time||normal|31.2|s|25..36.5', 'fibrinogen||normal|320|mg/dL|2..4', 'd-dimer-feu||normal|0.42|ug/mL|0..0.5'], why: 'the INR in the catalog\'s {ratio} (set 22\'s convention)' },
  P069: { read: ['white-blood-cell-count||high|12.6|10*3/uL|4..11', 'neutrophils||high|78.2|%|40..75', 'lymphocytes||low|15.1|%|20..45', 'hemoglobin||low|10.9|g/dL|12..16', 'platelet-count||low|136|10*3/uL|150..450', 'malaria-antigen|Positive|abnormal|||text'], why: 'the answer\'s qualifier `(P. falciparum)` is read apart from the answer `Positive`. Left' },
  P076: { read: ['sodium||normal|141|mmol/L|133..146', 'potassium||normal|4.9|mmol/L|3.5..5.3', 'urea||normal|35.4|mg/dL|2.5..7.8', 'creatinine||high|1.17|mg/dL|45..84', 'egfr||low|50|mL/min/{1.73_m2}|60..', '?Ca1cium (adjusted)||normal|||2.2..2.6', 'albumin||normal|4.4|g/dL|35..50', 'prostate-specific-antigen||normal|0.31|ng/mL|0..4.5'], why: '`Ca1cium (adjusted)` is read as an unknown test (a calcium corrected for the albumin is no measured calcium); the keyer left it out' },
  P077: { read: ['hemoglobin||normal|13.1|g/dL|13..17', 'glucose||high|146|mg/dL|70..110', 'glucose||high|238|mg/dL|..140', 'creatinine||normal|1.1|mg/dL|0.6..1.4', 'total-cholesterol||normal|201|mg/dL|150..250'], why: 'the post-prandial `BLOOD SUGAR (PP)` is read as a glucose against its own `Upto 140`; the keyer left it out (a timed glucose has no key of its own). Disputable / left' },
};

keyedSetTests('keyed set 23: laboratory printouts of other laboratories, keyed blind', set23, DOCUMENTED_23, { n: 80, words: 'eighty' });

/*
 * Keyed set 24 (testing/data/keyed-printouts-heldout3): 80 snippets of the layouts a US, UK, Canadian or Australian
 * clinic receives as text — pdftotext of multi-page hospital and commercial reports, HL7 v2 results, OCR of scans as
 * Markdown and HTML, portal and e-mail copies, CSV exports, a quarter not in English (516 rows, 10 snippets with no
 * result) — keyed blind by a fifth helper who read only the catalog's keys and sets 21–23's READMEs. Held out for the
 * twenty-second session (first run 468 of 516, 1 beyond, 10 unkeyed; 469 after that session's rules); tuned on from the
 * twenty-third, once set 25 was keyed and held out: 497 of 516, none beyond, 3 unkeyed (bracketunit, telaag, diffslash,
 * spacedmol, agebracket, calcunit, sameanswer, hanletter, names; printouts32.spec.ts, docs/labs.md). Its differences
 * left are the conventions below, each documented; every other snippet reads as keyed.
 */
const set24 = keyedCases(new URL('../../testing/data/keyed-printouts-heldout3/keyed.tsv', import.meta.url));

const DOCUMENTED_24: Documented = {
  Q001: { read: ['testosterone||normal|512|ng/dL|250..1100', 'testosterone-free||normal|48.6|pg/mL|35..155', 'shbg||normal|44|nmol/L|22..77', 'estradiol||high|41|pg/mL|..39', 'prostate-specific-antigen||normal|1.4|ng/mL|..4', 'glucose||high|104|mg/dL|65..99', 'blood-urea-nitrogen||normal|17|mg/dL|7..25', 'creatinine||normal|1.08|mg/dL|0.7..1.3', 'egfr||normal|80|mL/min/{1.73_m2}|60..', 'sodium||normal|139|mmol/L|135..146', 'potassium||normal|4.6|mmol/L|3.5..5.3', 'chloride||normal|103|mmol/L|98..110', 'carbon-dioxide||normal|26|mmol/L|20..32', 'calcium||normal|9.5|mg/dL|8.6..10.3', 'total-protein||normal|7.1|g/dL|6.1..8.1', 'albumin||normal|4.5|g/dL|3.6..5.1', 'globulin-total||normal|2.6|g/dL|1.9..3.7', 'albumin-globulin-ratio||normal|1.7|{ratio}|1..2.5', 'total-bilirubin||normal|0.7|mg/dL|0.2..1.2', 'alkaline-phosphatase||normal|68|U/L|36..130', 'aspartate-aminotransferase||normal|31|U/L|10..40', 'alanine-aminotransferase||high|52|U/L|9..46', 'hemoglobin-a1c||high|5.8|%|..5.7'], why: 'the A/G ratio printed without a unit in the catalog’s {ratio} (set 22’s convention)' },
  Q005: { read: ['testosterone||normal|410|ng/dL|8.6..29', 'shbg||normal|38|nmol/L|15..50', 'testosterone-free||normal|83.6|pg/mL|200..620', 'luteinizing-hormone||normal|4.1|m[IU]/mL|1.5..9.3', 'follicle-stimulating-hormone||normal|5.2|m[IU]/mL|1.5..12.4', 'prolactin||normal|10|ng/mL|86..324', 'estradiol||normal|26.7|pg/mL|..150', 'prostate-specific-antigen||normal|0.82|ng/mL|..2.5', 'iron||normal|123|ug/dL|5..30', 'transferrin||normal|260|mg/dL|2..3.6', 'transferrin-saturation||normal|34|%|15..45', 'ferritin||normal|186|ng/mL|30..500'], why: 'prolactin in mIU/L converted to the catalog’s ng/mL (set 22’s convention)' },
  Q007: { read: ['hs-crp||high|1.6|mg/L|..1', '?MYELOPEROXIDASE (MPO)||normal|||..470', 'homocysteine||high|13.8|umol/L|..11.4', 'insulin||normal|9.6|u[IU]/mL|..18.4', 'total-cholesterol||high|214|mg/dL|..200', 'hdl-cholesterol||normal|48|mg/dL|40..', 'triglycerides||high|162|mg/dL|..150', 'ldl-cholesterol||high|134|mg/dL|..100', 'non-hdl-cholesterol||high|166|mg/dL|..130', 'cholesterol-hdl-ratio||normal|4.5|{ratio}|..5', 'apolipoprotein-b||high|97|mg/dL|..90', 'ldl-particle-number||high|1620|nmol/L|..1138', 'lipoprotein-a||high|182|nmol/L|..75'], why: 'a ratio printed without a unit in the catalog’s {ratio} (set 22’s convention)' },
  Q009: { read: ['testosterone||normal|340|ng/dL|8.64..29', 'shbg||normal|52|nmol/L|18.3..54.1', 'testosterone-free||low|54.5|pg/mL|0.198..0.619', 'luteinizing-hormone||normal|6.2|m[IU]/mL|1.7..8.6', 'follicle-stimulating-hormone||normal|8.8|m[IU]/mL|1.5..12.4', 'prolactin||high|19|ng/mL|86..324', 'estradiol||normal|32.1|pg/mL|41.4..159', 'thyroid-stimulating-hormone||normal|2.1|m[IU]/L|0.27..4.2', 'free-t4||normal|1.1|ng/dL|12..22', 'cortisol||normal|14.9|ug/dL|166..507', 'vitamin-d||null|15.2|ng/mL|text'], why: 'prolactin in mIU/L converted to ng/mL (set 22’s convention)' },
  Q011: { read: ['hemoglobin-a1c||high|6.18|%|20..41', 'total-cholesterol||null|240|mg/dL|', 'hdl-cholesterol||null|54.1|mg/dL|', 'non-hdl-cholesterol||null|186|mg/dL|', 'triglycerides||null|168|mg/dL|', 'ldl-cholesterol||null|151|mg/dL|', 'cholesterol-hdl-ratio||null|4.4|{ratio}|', 'vitamin-b12||normal|248|pg/mL|180..914', 'folate||low|3.1|ng/mL|3.9..26.8', 'ferritin||normal|41|ng/mL|13..150'], why: 'HbA1c in mmol/mol converted to % and a ratio in {ratio} (set 22’s convention)' },
  Q014: { read: ['urine-color|YELLOW|normal|||text', 'urine-appearance|CLEAR|normal|||text', 'specific-gravity-urine||normal|1.02|{ratio}|1.001..1.035', 'urine-ph||normal|6|[pH]|5..8', 'glucose-in-urine|NEGATIVE|normal|||text', 'bilirubin-in-urine|NEGATIVE|normal|||text', 'ketones-in-urine|TRACE|abnormal|||text', 'hemoglobin-urine-presence|NEGATIVE|normal|||text', 'nitrite-in-urine|NEGATIVE|normal|||text', 'leukocyte-esterase-urine|1+|abnormal|||text'], why: 'specific gravity in {ratio} and pH in [pH], the catalog’s units (set 21’s R056)' },
  Q015: { read: ['hemoglobin-a1c||high|6.1|%|..5.7', 'total-cholesterol||normal|187|mg/dL|..200', 'hdl-cholesterol||normal|52|mg/dL|40..', 'triglycerides||normal|96|mg/dL|..150', 'ldl-cholesterol||high|115|mg/dL|..100', 'cholesterol-hdl-ratio||normal|3.6|{ratio}|..5', 'non-hdl-cholesterol||high|135|mg/dL|..130', 'vitamin-d||normal|41|ng/mL|30..100'], why: 'a ratio sent with `(calc)` alone in its unit field in the catalog’s {ratio} (set 22’s convention)' },
  Q019: { read: ['thyroid-stimulating-hormone||high|5.9|m[IU]/L|0.4..4', 'free-t4||normal|0.785|ng/dL|9..19', 'free-t3||normal|2.73|pg/mL|2.6..6', 'thyroid-peroxidase-antibody||high|188|U/mL|..35', 'thyroglobulin-antibody||normal|42|[IU]/mL|..115'], why: 'the TPO antibody in IU/mL normalized as the catalog’s U/mL (set 22’s H003)' },
  Q020: { read: ['glucose-urine-mass|Negative|normal|||text', 'ketones-urine-mass|Negative|normal|||text', 'nitrite-in-urine|Positive|abnormal|||text', 'leukocyte-esterase-urine|2+|abnormal|||text', 'urine-ph||normal|6.5|[pH]|5..8', 'hepatitis-c-antibody|Nonreactive|normal|||text', 'sars-cov-2-test|Not Detected|normal|||text'], why: 'a dipstick’s glucose and ketones sent under the quantitative LOINC codes 5792-7 and 5797-6 are read as those codes’ catalog tests (the keyer took the qualitative ones by the answer); pH in [pH]. Disputable / left' },
  Q023: { read: ['thyroid-stimulating-hormone||normal|1.82|m[IU]/L|0.4..4.5', 'free-t4||normal|1.3|ng/dL|0.8..1.8', 'free-t3||low|2.2|pg/mL|2.3..4.2', 'thyroid-peroxidase-antibody||high|67|U/mL|..9', 'reverse-t3||normal|22|ng/dL|8..25', 'cortisol||normal|14.1|ug/dL|4..22'], why: 'the TPO antibody in IU/mL normalized as the catalog’s U/mL (set 22’s H003)' },
  Q024: { read: ['hemoglobin||normal|14.2|g/dL|130..170', 'ferritin||high|512|ng/mL|30..400', 'vitamin-d||normal|28.4|ng/mL|50..175', 'hemoglobin-a1c||normal|5.72|%|20..41', 'prostate-specific-antigen||normal|2.8|ng/mL|..4', 'testosterone||normal|565|ng/dL|8.6..29'], why: 'HbA1c in mmol/mol converted to % (set 22’s convention)' },
  Q028: { read: ['glucose||high|133|mg/dL|3..6', 'hemoglobin-a1c||high|6.91|%|20..41', 'creatinine||normal|0.871|mg/dL|45..84', 'egfr|>90|normal|90|mL/min/{1.73_m2}|60..', 'total-cholesterol||normal|162|mg/dL|..5', 'triglycerides||high|230|mg/dL|..1.7'], why: 'HbA1c in mmol/mol converted to % (set 22’s convention)' },
  Q046: { read: ['anti-mullerian-hormone||normal|1.6|ng/mL|7.1..57.9', 'dhea-sulfate||normal|251|ug/dL|1.8..10', 'somatomedin-c||normal|168|ng/mL|11..38.6', 'prolactin||normal|13.6|ng/mL|102..496', 'testosterone||high|54.8|ng/dL|0.3..1.7', 'shbg||normal|42|nmol/L|32..128'], why: 'prolactin in mIU/L converted to ng/mL (set 22’s convention)' },
  Q072: { read: ['testosterone||normal|512|ng/dL|175..781', 'testosterone-free||normal|98|pg/mL|3.4..24.6', 'estradiol||normal|29.4|pg/mL|..39.8', 'dhea-sulfate||normal|218|ug/dL|88.9..427', 'vitamin-d||null|27.1|ng/mL|'], why: 'a vitamin D’s reference given as two tier sentences (`Maior que 20 ng/mL: população saudável`) is not kept as the range’s text. Left' },
};

keyedSetTests('keyed set 24: the layouts a clinic receives as text, keyed blind', set24, DOCUMENTED_24, { n: 80, words: 'eighty' });

/*
 * Keyed set 25 (testing/data/keyed-printouts-heldout4): 80 snippets of what a longevity and hormone clinic receives as
 * text from sources sets 21–24 did not use — consumer and functional-medicine dashboards (biomarker pages, DUTCH and
 * other hormone panels), PDF text from extractors other than `pdftotext -layout` (raw reading order, cells glued, one
 * value per line, two columns side by side), hospital laboratories of countries the earlier sets had little of, OCR of
 * photographed and faxed paper, and structured exports (FHIR-like text, C-CDA, CSV with unusual column orders): 524
 * rows, 10 snippets with no result — keyed blind by a sixth helper who read only the catalog's keys and sets 21–24's
 * READMEs. Held out for the twenty-third session (first run 396 of 524, none beyond, 16 unkeyed; 408 after that
 * session's rules made from its families' descriptions); tuned on from the twenty-fourth, once set 26 was keyed and held
 * out: 493 of 524, none beyond, 4 unkeyed (gluedcells, colblocks' header word, pagedcells, dateline, prevcells,
 * pipedelim, camelhdr, OCR zeros, calcline, status before `Reference`, age group after a unit, empty `Flag:`,
 * `Interpretation:` codes, names; printouts33.spec.ts, docs/labs.md). Its differences left are below, each documented;
 * every other snippet reads as keyed.
 */
const set25 = keyedCases(new URL('../../testing/data/keyed-printouts-heldout4/keyed.tsv', import.meta.url));

const DOCUMENTED_25: Documented = {
  R008: { read: ['estradiol||high|48|pg/mL|10..26', 'progesterone||high|1.9|ng/mL|0.1..0.5', 'testosterone||normal|24|ng/dL|15..65', 'shbg||normal|88|nmol/L|30..120', 'dhea-sulfate||normal|72|ug/dL|30..220', 'thyroid-stimulating-hormone||normal|1.8|m[IU]/L|0.5..3', 'free-t4||normal|1.3|ng/dL|0.7..2.5', 'thyroid-peroxidase-antibody||normal|12|U/mL|0..150'], why: 'the TPO antibody in IU/mL read in the catalog’s U/mL (the same number for this antibody); the keyer leaves it unnormalized (set 25’s README)' },
  R012: { read: ['testosterone||normal|513|ng/dL|8.64..29', 'testosterone-free||normal|91.7|pg/mL|0.2..0.62', 'shbg||normal|41.2|nmol/L|18.3..54.1', '?Free androgen index||normal|||35..92.6', 'estradiol||normal|38.7|pg/mL|41.4..159', 'luteinizing-hormone||normal|5.2|m[IU]/mL|1.7..8.6', 'follicle-stimulating-hormone||normal|4.1|m[IU]/mL|1.5..12.4', 'prolactin||high|18.5|ng/mL|86..324', 'ferritin||low|28|ng/mL|30..400'], why: 'prolactin in mIU/L converted to ng/mL by the catalog’s WHO-standard factor; the keyer leaves an IU against a mass unit unnormalized' },
  R013: { read: ['testosterone||normal|343|ng/dL|8.64..29', 'shbg||high|62|nmol/L|18.3..54.1', '?Free androgen index||low|||24.5..113.3', 'estradiol||normal|24|pg/mL|41.4..159', 'prolactin||normal|9.91|ng/mL|86..324'], why: 'prolactin in mIU/L converted to ng/mL by the catalog’s WHO-standard factor; the keyer leaves an IU against a mass unit unnormalized' },
  R015: { read: ['thyroid-stimulating-hormone||high|4.82|m[IU]/L|0.4..4.5', 'free-t4||normal|1|ng/dL|0.8..1.8', 'free-t3||normal|2.7|pg/mL|2.3..4.2', 'reverse-t3||normal|19|ng/dL|8..25', 'thyroid-peroxidase-antibody||high|61|U/mL|..9', 'thyroglobulin-antibody|<1|normal|1|[IU]/mL|..1'], why: 'the TPO antibody in IU/mL read in the catalog’s U/mL (the same number for this antibody); the keyer leaves it unnormalized (set 25’s README)' },
  R018: { read: ['glucose||normal|97|mg/dL|65..99', 'insulin||high|21.3|u[IU]/mL|2..19.6', 'c-peptide||high|3.4|ng/mL|0.8..3.1', 'hemoglobin-a1c||normal|5.6|%|4.8..5.6', 'homa-ir||high|5.1|{index}|..2.5', 'leptin||normal|18.4|ng/mL|4.7..23.7', 'uric-acid||normal|5.1|mg/dL|2.5..7'], why: 'HOMA-IR printed with no unit is an index, normalized as {index}; the keyer gives a row without a printed unit no normalized value' },
  R030: { read: ['glucose||high|101|mg/dL|65..99', 'testosterone||normal|455|ng/dL|250..1100', 'creatinine||normal|0.98|mg/dL|0.7..1.3', 'testosterone-free||normal|61.2|pg/mL|35..155', 'egfr||normal|91|mL/min/{1.73_m2}|60..', 'prostate-specific-antigen||normal|2.2|ng/mL|..4', 'uric-acid||normal|6.1|mg/dL|4..8', 'thyroid-stimulating-hormone||normal|1.84|m[IU]/L|0.4..4.5', 'gamma-glutamyl-transferase||high|48|U/L|3..40', 'vitamin-d||low|27|ng/mL|30..100', 'alanine-aminotransferase||normal|27|U/L|9..46', 'ferritin||normal|144|ng/mL|38..380', 'total-cholesterol||normal|198|mg/dL|..200', 'hemoglobin-a1c||high|5.8|%|..5.7', 'hdl-cholesterol||normal|47|mg/dL|40..', 'insulin||normal|9.4|u[IU]/mL|2..19.6', 'ldl-cholesterol||high|121|mg/dL|..100', 'hs-crp||normal|1.2|mg/L|..3', 'triglycerides||normal|149|mg/dL|..150', 'homocysteine||high|11.8|umol/L|..11.4', 'apolipoprotein-b||high|95|mg/dL|..90', 'lipoprotein-a||normal|31|nmol/L|..75'], why: 'two tables side by side on each line: every row read as keyed, in the order the lines print them (left, right, left…); the keyer listed the left table first' },
  R035: { read: ['white-blood-cell-count||normal|6.2|10*3/uL|4.5..11', 'neutrophils||normal|62.1|%|40..74', 'red-blood-cell-count||normal|5.48|10*6/uL|4.5..5.9', 'lymphocytes||normal|27.4|%|19..48', 'hemoglobin||normal|16.1|g/dL|13.5..17.5', 'monocytes||normal|7.2|%|3.4..9', 'hematocrit||normal|48.9|%|41..53', 'eosinophils||normal|2.6|%|0..7', 'mean-corpuscular-volume||normal|89.2|fL|80..100', 'basophils||normal|0.7|%|0..1.5', 'mean-corpuscular-hemoglobin||normal|29.4|pg|26..34', 'neutrophils-absolute||normal|3.85|10*3/uL|1.8..7.7', 'mean-corpuscular-hemoglobin-concentration||normal|32.9|g/dL|31..37', 'lymphocytes-absolute||normal|1.7|10*3/uL|1..4.8', 'red-cell-distribution-width||high|15.1|%|11.5..14.5', 'monocytes-absolute||normal|0.45|10*3/uL|0.2..0.95', 'platelet-count||low|142|10*3/uL|150..400', 'eosinophils-absolute||normal|0.16|10*3/uL|0..0.5'], why: 'two tables side by side on each line: every row read as keyed, in the order the lines print them (left, right, left…); the keyer listed the left table first' },
  R036: { read: ['thyroid-stimulating-hormone||high|5.21|m[IU]/L|0.45..4.5', 'total-t4||normal|6.9|ug/dL|4.5..12', 'free-t4||normal|1.08|ng/dL|0.82..1.77', 'free-t3||normal|2.9|pg/mL|2..4.4', 'thyroid-peroxidase-antibody||high|58|U/mL|0..34', 'thyroglobulin-antibody||high|1.4|[IU]/mL|0..0.9'], why: 'the TPO antibody in IU/mL read in the catalog’s U/mL (the same number for this antibody); the keyer leaves it unnormalized (set 25’s README)' },
  R040: { read: ['thyroid-stimulating-hormone||high|6.8|m[IU]/L|0.4..4', 'free-t4||normal|0.932|ng/dL|10..20', 'free-t3||normal|2.67|pg/mL|3.5..6.5', 'thyroid-peroxidase-antibody||high|87|U/mL|..6', 'folate||normal|12.4|ng/mL|10..', 'vitamin-d||normal|23.2|ng/mL|50..150'], why: 'the TPO antibody in IU/mL read in the catalog’s U/mL (the same number for this antibody); the keyer leaves it unnormalized (set 25’s README)' },
  R043: { read: ['testosterone||low|208|ng/dL|8.6..29', 'shbg||normal|52|nmol/L|18.3..54.1', 'luteinizing-hormone||normal|2.1|m[IU]/mL|1.7..8.6', 'follicle-stimulating-hormone||normal|2.9|m[IU]/mL|1.5..12.4', 'prolactin||normal|9.34|ng/mL|86..324', 'estradiol||normal|16.6|pg/mL|41.4..159', 'hemoglobin-a1c||high|6.18|%|20..41'], why: 'prolactin in mIU/L converted to ng/mL by the catalog’s WHO-standard factor; the keyer leaves an IU against a mass unit unnormalized; HbA1c in mmol/mol converted to the catalog’s per cent (IFCC to NGSP); the keyer leaves mmol/mol unnormalized' },
  R044: { read: ['ferritin||low|18|ng/mL|20..500', 'iron||low|50.3|ug/dL|10..30', 'transferrin||normal|340|mg/dL|2..3.6', 'transferrin-saturation||low|11|%|15..45', 'vitamin-b12||normal|266|pg/mL|170..800', 'folate||normal|9.27|ng/mL|8.8..', 'hemoglobin-a1c||normal|5.72|%|..41'], why: 'HbA1c in mmol/mol converted to the catalog’s per cent (IFCC to NGSP); the keyer leaves mmol/mol unnormalized' },
  R046: { read: ['hemoglobin||null|15.2|g/dL|text', 'hematocrit||null|45.6|%|text', 'platelet-count||normal|256|10*3/uL|150..400', 'glucose||high|115|mg/dL|3.9..6', 'creatinine||null|1.11|mg/dL|text', 'uric-acid||high|7.6|mg/dL|text', 'gamma-glutamyl-transferase||null|38|U/L|text', 'ferritin||null|310|ng/mL|text', 'total-cholesterol||high|217|mg/dL|..5.2', 'ldl-cholesterol||high|147|mg/dL|..3.4', 'glucose-in-urine|2+|abnormal|||text'], why: 'ranges printed for each sex (`M: 13.0 - 17.0  F: 11.5 - 15.5`) stay text in the reader; the service takes the patient’s sex’s interval from the record (report-parser.service.ts intervalForSex), not from the sex printed on the report, which the keyer used' },
  R052: { read: ['testosterone||normal|485|ng/dL|8.6..29', 'testosterone-free||normal|82.2|pg/mL|160..600', 'shbg||normal|44|nmol/L|18..54', 'estradiol||normal|34.3|pg/mL|41..159', 'ferritin||low|22|ng/mL|30..400', 'thyroid-stimulating-hormone||normal|2.1|m[IU]/L|0.4..4', 'free-t4||normal|1.17|ng/dL|12..22', 'hemoglobin-a1c||normal|5.45|%|27..42'], why: 'HbA1c in mmol/mol converted to the catalog’s per cent (IFCC to NGSP); the keyer leaves mmol/mol unnormalized' },
  R053: { read: ['testosterone||normal|271|ng/dL|8.64..29', 'shbg||high|61.2|nmol/L|18.3..54.1', 'testosterone-free||low|45.6|pg/mL|0.198..0.619', 'estradiol||normal|24|pg/mL|41.4..159', 'prolactin||normal|11.6|ng/mL|86..324', 'thyroid-stimulating-hormone||normal|3.21|m[IU]/L|0.27..4.2', 'ferritin||high|412|ng/mL|30..400'], why: 'prolactin in mIU/L converted to ng/mL by the catalog’s WHO-standard factor; the keyer leaves an IU against a mass unit unnormalized' },
  R055: { read: ['testosterone||null|402|ng/dL|text', 'shbg||null|48.6|nmol/L|text', 'estradiol||null|29.5|pg/mL|text', 'prostate-specific-antigen||normal|0.94|ng/mL|..4', 'hemoglobin||abnormal|13.1|g/dL|text', 'ferritin||abnormal|24|ng/mL|text', 'glucose||normal|102|mg/dL|70..110'], why: 'ranges printed for each sex (`Hombres: … / Mujeres: …`) stay text in the reader; the service takes the patient’s sex’s interval from the record (intervalForSex); the keyer used the printed sex' },
  R062: { read: ['ferritin||normal|42|ng/mL|30..500', 'c-reactive-protein|<1|normal|1|mg/L|..5', 'hemoglobin-a1c||high|6.91|%|20..40', 'vitamin-d||low|19.2|ng/mL|50..150', 'thyroid-stimulating-hormone||normal|2.2|m[IU]/L|0.3..4.5', 'free-t4||normal|1.01|ng/dL|10..20'], why: 'HbA1c in mmol/mol converted to the catalog’s per cent (IFCC to NGSP); the keyer leaves mmol/mol unnormalized' },
  R064: { read: ['?Testost eron||normal|||2.5..8.4', 'shbg||normal|39|nmol/L|18.3..54.1', 'estradiol||normal|31|pg/mL|11..44', 'prostate-specific-antigen||normal|2.1|ng/mL|..4', 'dhea-sulfate||normal|180|ug/dL|0.4..2.9', 'prolactin||high|17.9|ng/mL|4..15.2'], why: 'OCR’s `Testost eron` (a space inside the word) is left unknown rather than joined on a guess' },
  R066: { read: ['?TC||null|||', 'hdl-cholesterol||null|38|mg/dL|', 'triglycerides||null|165|mg/dL|', 'ldl-cholesterol||null|141|mg/dL|', 'non-hdl-cholesterol||null|174|mg/dL|', 'cholesterol-hdl-ratio||null|5.6|{ratio}|', 'glucose||null|98|mg/dL|'], why: '`TC` is not read as the total cholesterol (South Asian counts print `TC` for the total white count: the tuning gate caught it); the ratio with no unit printed is normalized as {ratio}' },
  R072: { read: ['testosterone||normal|412|ng/dL|264..916', 'prostate-specific-antigen||normal|2.9|ng/mL|0..4', 'hemoglobin-a1c||high|6|%|4..5.6', 'gamma-glutamyl-transferase||high|72|U/L|8..61', 'cystatin-c||normal|0.88|mg/L|0.53..0.95', '?eGFR (cystatin C)||normal|||60..'], why: '`eGFR (cystatin C)` stays unknown, as accuracy.spec.ts decides (a cystatin eGFR is another equation and another LOINC than the catalog’s creatinine eGFR); the keyer keyed the eGFR' },
};

keyedSetTests('keyed set 25: what a longevity clinic receives as text from other sources, keyed blind', set25, DOCUMENTED_25, { n: 80, words: 'eighty' });

/*
 * Keyed set 26 (testing/data/keyed-printouts-heldout5): 80 snippets from sources sets 21–25 did not use — EHR patient
 * portals and aggregators (MyChart, HealtheLife, healow, the NHS App, a SOAP note's labs paragraph, results pasted into
 * a chat), laboratories of countries the earlier sets had little or none of (India, Pakistan, Brazil, Turkey, Poland,
 * Italy, France, the Netherlands, Finland, Japan, China, Indonesia, Egypt, Israel, Romania, Ukraine, Saudi Arabia, the
 * UAE, most in their own language), point-of-care and analyser printouts (i-STAT, Piccolo, Afinion, blood gases,
 * glucometers), hormone and menopause clinics' panels, and damaged text (skewed OCR, merged columns, wrapped cells, Word
 * and Excel copies, page breaks mid-table): 497 rows, 10 snippets with no result — keyed blind by a seventh helper who
 * read only the catalog's keys and sets 21–25's READMEs, held out: no rule is made from it. Its first run (2026-12-07,
 * twenty-fourth session, at 26a6c71a): **389 of 497 rows as keyed, 5 beyond a snippet's keyed count, 31 rows of tests
 * its keys do not name**; 393 after that session's and the next's rules made from other sets. Tuned on from the
 * twenty-fifth session, once set 27 was keyed and held out (slides, visits, source and date cells, spaced tables,
 * quoted mail, meters, age-labelled ranges, TT/FT, skewed brackets, age in brackets, OCR RN, `flagged High`: printouts34.spec.ts): **446 of 497, 3 beyond, 13 unkeyed**; 447 with the twenty-sixth session's rules from set 27. Its
 * differences left are not yet documented case by case (set 25's are): the reader is held to that floor and those
 * ceilings; docs/labs.md lists the kinds left.
 */
const heldOut5 = keyedCases(new URL('../../testing/data/keyed-printouts-heldout5/keyed.tsv', import.meta.url));

describe('keyed set 26: portals, countries, point-of-care printouts, hormone clinics and damaged text, keyed blind, tuned on', () => {
  it('80 snippets, 497 rows: at least 447 read as keyed, at most 3 beyond and at most 13 of tests not keyed', async () => {
    expect(heldOut5).toHaveLength(80);
    const s = await keyedScore(heldOut5);
    expect(s.keyed).toBe(497);
    expect(s.exact).toBeGreaterThanOrEqual(447);
    expect(s.extra).toBeLessThanOrEqual(3);
    expect(s.unkeyed).toBeLessThanOrEqual(13);
  });
});

/*
 * Keyed set 27 (testing/data/keyed-printouts-heldout6): 80 snippets from sources sets 21–26 did not use — results inside
 * clinical prose (discharge summaries, referral and clinic letters, GP and handover notes, telehealth summaries),
 * laboratories of sixteen countries none of the earlier sets had (the Dominican Republic, Costa Rica, Paraguay,
 * Kazakhstan, Armenia, North Macedonia, Albania, Bosnia, Algeria, Senegal, Oman, Tanzania, Moldova, Iraq, Bolivia,
 * Georgia; thirteen in their language), the text of other extraction tools (pdfplumber, PyMuPDF, Tika, Acrobat, Textract,
 * OCR of phones and Tesseract), records (C-CDA and Blue Button narratives, FHIR rendered as text, cumulative reports,
 * exports, notifications) and specialist monitoring (gender-affirming hormones, GLP-1 and weight clinics, athletes,
 * kidney, diabetes, INR, oncology, thyroid, menopause, TRT): 436 rows, 10 snippets with no result — keyed blind by an
 * eighth helper who read only the catalog's keys and sets 21–26's READMEs, held out until set 28 was keyed. Its first
 * run (2026-12-07, twenty-fifth session, at 8c537064): **329 of 436 rows as keyed, 3 beyond a snippet's keyed count, 7
 * rows of tests its keys do not name**; 331 after that session's rules from set 26. Tuned on from the twenty-sixth
 * session (sentence stops, remarks after a range, letters' lists and wraps, spreadsheet exports, flag legends, handover
 * notes, FHIR text: printouts35.spec.ts; review 43's mends): **376 of 436, 3 beyond, 6 unkeyed**. The reader is held to that floor and
 * those ceilings; docs/labs.md lists the kinds left.
 */
const heldOut6 = keyedCases(new URL('../../testing/data/keyed-printouts-heldout6/keyed.tsv', import.meta.url));

describe('keyed set 27: clinical prose, sixteen more countries, other extractors, records and specialist monitoring, keyed blind, tuned on', () => {
  it('80 snippets, 436 rows: at least 376 read as keyed, at most 3 beyond and at most 6 of tests not keyed', async () => {
    expect(heldOut6).toHaveLength(80);
    const s = await keyedScore(heldOut6);
    expect(s.keyed).toBe(436);
    expect(s.exact).toBeGreaterThanOrEqual(376);
    expect(s.extra).toBeLessThanOrEqual(3);
    expect(s.unkeyed).toBeLessThanOrEqual(6);
  });
});

/*
 * Keyed set 28 (testing/data/keyed-printouts-heldout7): 80 snippets from sources sets 21–27 did not use — direct-to-
 * consumer and longevity reports (InsideTracker, SiPhox, Bluecrest, Fountain Life …), dialysis units' monthly labs,
 * fertility and IVF monitoring, sports-medicine and insurance examinations, pharmacies' point-of-care tests, fourteen
 * more countries (Uzbekistan, Azerbaijan, Belarus, Mongolia, Cambodia, Myanmar, Rwanda, Cameroon, Côte d'Ivoire,
 * Mozambique, Guatemala, Panama, Trinidad, Montenegro), and documents' forms (CSV trackers, flowsheets, portals, fax
 * OCR, PDF-to-Markdown and CSV converters, translated copies, clinical notes): 460 rows, 10 snippets with no result —
 * keyed blind by a ninth helper who read only the catalog's keys and sets 21–27's READMEs, held out until set 29 was
 * keyed. Its first run (2026-12-07, twenty-sixth session, at 7af2ad59): **357 of 460 rows as keyed, 2 beyond a
 * snippet's keyed count, 13 rows of tests its keys do not name**; 358 at that session's end. Tuned on from the
 * twenty-seventh session (consumer cards' statuses and optimal ranges, brands' target columns, LaTeX comparators,
 * dialysis and fertility flowsheets, star and expected-answer legends, slash lists, world names: printouts36.spec.ts;
 * review 45's mends): **429 of 460, 1 beyond, 4 unkeyed**. The reader is held to that floor and those ceilings.
 */
const heldOut7 = keyedCases(new URL('../../testing/data/keyed-printouts-heldout7/keyed.tsv', import.meta.url));

describe('keyed set 28: consumer and longevity reports, dialysis, fertility, sports and insurance, pharmacies, fourteen more countries and document forms, keyed blind, tuned on', () => {
  it('80 snippets, 460 rows: at least 429 read as keyed, at most 1 beyond and at most 4 of tests not keyed', async () => {
    expect(heldOut7).toHaveLength(80);
    const s = await keyedScore(heldOut7);
    expect(s.keyed).toBe(460);
    expect(s.exact).toBeGreaterThanOrEqual(429);
    expect(s.extra).toBeLessThanOrEqual(1);
    expect(s.unkeyed).toBeLessThanOrEqual(4);
  });
});

/*
 * Keyed set 29 (testing/data/keyed-printouts-heldout8): 80 snippets from sources sets 21–28 did not use — hormone and
 * longevity clinics' monitoring (TRT, menopause, GLP-1, rapamycin), specialty monitoring (transplant drug levels,
 * pre-chemotherapy checks, methotrexate, lithium, anti-Xa, neonatal jaundice, care homes, OPAT), dynamic and timed tests
 * (Synacthen, OGTTs, GnRH stimulation, troponin protocols, saline suppression, day curves), laboratory systems not used
 * before (Orion, TrakCare, i.s.h.med, Sunrise, SoftLab, Harvest, Telepath, OpenELIS, OpenMRS, PowerChart, e-Nabız …),
 * twenty-five more countries and documents' forms: 474 rows, 10 snippets with no result — keyed blind by a tenth helper
 * who read only the catalog's keys and sets 21–28's READMEs, held out: no rule is made from it. Its first run
 * (2026-12-07, twenty-seventh session, at 2105207e): **355 of 474 rows as keyed, 2 beyond a snippet's keyed count, 13
 * rows of tests its keys do not name**. The reader is held to that floor and those ceilings.
 */
const heldOut8 = keyedCases(new URL('../../testing/data/keyed-printouts-heldout8/keyed.tsv', import.meta.url));

describe('keyed set 29: hormone and specialty monitoring, dynamic tests, more laboratory systems, twenty-five more countries and document forms, keyed blind and held out', () => {
  it('80 snippets, 474 rows: at least 355 read as keyed, at most 2 beyond and at most 13 of tests not keyed', async () => {
    expect(heldOut8).toHaveLength(80);
    const s = await keyedScore(heldOut8);
    expect(s.keyed).toBe(474);
    expect(s.exact).toBeGreaterThanOrEqual(355);
    expect(s.extra).toBeLessThanOrEqual(2);
    expect(s.unkeyed).toBeLessThanOrEqual(13);
  });
});

/*
 * Keyed set 30 (testing/data/keyed-printouts-heldout9): 60 snippets from sources sets 21–29 did not use — blood-donation
 * and plasma-centre screens, occupational and travel medicine, bariatric and nutrition clinics' micronutrients,
 * telehealth thyroid and PCOS panels, cardiology and sleep clinics, primary-care exports not used before, fourteen more
 * countries and eleven more languages (bilingual Welsh, Basque, Hindi and Samoan reports among them), forwarded e-mails,
 * phone screenshots, footnote markers and text range bars: 330 rows, 8 snippets with no result — keyed blind by an
 * eleventh helper who read only the catalog's keys and sets 21–29's READMEs, held out: no rule is made from it. Its
 * first run (2026-12-07, twenty-seventh session, at ea0bcbc3): **259 of 330 rows as keyed, 0 beyond a snippet's keyed
 * count, 21 rows of tests its keys do not name**. The reader is held to that floor and those ceilings.
 */
const heldOut9 = keyedCases(new URL('../../testing/data/keyed-printouts-heldout9/keyed.tsv', import.meta.url));

describe('keyed set 30: donors, occupational and travel medicine, nutrition, telehealth, cardiology, fourteen more countries and more document forms, keyed blind and held out', () => {
  it('60 snippets, 330 rows: at least 259 read as keyed, none beyond and at most 21 of tests not keyed', async () => {
    expect(heldOut9).toHaveLength(60);
    const s = await keyedScore(heldOut9);
    expect(s.keyed).toBe(330);
    expect(s.exact).toBeGreaterThanOrEqual(259);
    expect(s.extra).toBeLessThanOrEqual(0);
    expect(s.unkeyed).toBeLessThanOrEqual(21);
  });
});
