import { type Documented, keyedCases, keyedSetTests } from '../../testing/keyed-sets.js';

/*
 * HL7 v2 result messages of many laboratory systems (keyed set 11, testing/data/keyed-hl7): LOINC and local codes,
 * units as laboratories write them (HL7 escapes), structured numerics and censored values, word and coded answers,
 * result statuses (preliminary, corrected, cannot obtain, pending, deleted), every form of OBX-7 range, mixed panels in
 * several OBR groups, and messages with no result (an order, all pending, all cancelled, an ACK, narrative only): 40
 * messages, 260 rows, keyed by a helper who read only the catalog and the keyed sets' format, never the reader (its
 * README), committed (89f88506) before its first run. First run (on the session's first reader a0b9bcf3 and on the
 * session's reader alike): 36 of 40 messages, 254 of 260 rows, 8 read otherwise. After the rule made from it (OBX-11
 * `O`, an order's detail, is no result): 37 of 40, 254 of 260, 6. Where the reader and the key differ, the reader's
 * reading is listed with its reason; each still fails if the reader stops reading it so.
 */
const cases = keyedCases(new URL('../../testing/data/keyed-hl7/keyed.tsv', import.meta.url));

/** Snippets the reader reads otherwise than keyed: the case's id → what it reads, and why (docs/labs.md, "HL7 v2 messages"). */
const DOCUMENTED: Documented = {
  SN03: { read: ['hepatitis-b-surface-antigen|Negative|normal|||text', 'hepatitis-c-antibody|Non-reactive|normal|||text', 'treponema-pallidum-antibody|Non-reactive|normal|||text', 'nitrite-in-urine|Negative|normal|||text', 'glucose-in-urine|Negative|normal|||text', 'protein-urine-presence|Trace|abnormal|||text', 'leukocyte-esterase-urine|Positive|abnormal|||text'], why: 'word answers against an expected word in OBX-7 with no OBX-8 flag (`Non-reactive` against `Non-reactive`, `NEG^Negative` against `Negative`): the reader computes the flag from the expected answer (normal), as it computes a numeric one from a numeric range; the keyer leaves it null when none is printed. Convention' },
  SN04: { read: ['antinuclear-antibody|1:160|abnormal|||text', 'rheumatoid-factor|<10|normal|10|[IU]/mL|..14', 'antistreptolysin-o|<25|null|||0..200', 'salmonella-typhi-o-antibody|1:40|normal|||text', 'erythrocyte-sedimentation-rate||normal|12|mm/h|0..20'], why: '`^<^25` (a sender\'s structured numeric with the comparator in the number\'s component): read as `<25` with no number, so neither normalized nor flagged (the keyer: 25, normal); a titre `1:40` against `<1:80` is flagged normal by the reader (the keyer: null, no flag printed). Left / convention' },
  SN06: { read: ['?SARS-CoV-2 RNA NAA+probe Ql (Resp)|Not detected|normal|||text', 'insulin|<2.0|low|2|u[IU]/mL|2.6..24.9', 'c-peptide||low|0.62|ng/mL|0.8..3.85', 'glucose||normal|71|mg/dL|70..99', 'ketones-in-urine|Negative|normal|||text'], why: '`94500-6^SARS-CoV-2 RNA NAA+probe Ql (Resp)^LN`: the catalog\'s SARS-CoV-2 test has no LOINC and no alias of LOINC\'s long name, so the row keeps its name (flag computed normal from the expected answer). Left' },
};

keyedSetTests('keyed set 11: HL7 v2 result messages of many laboratory systems, keyed blind', cases, DOCUMENTED, { n: 40, words: 'forty' });
