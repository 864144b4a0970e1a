import { keyedCases, keyedScore, readKeyed } from '../../testing/keyed-sets.js';

/*
 * Laboratory results in prose (keyed sets 17 and 18, testing/data/keyed-prose-clinical and keyed-prose-patients):
 * clinicians' discharge summaries, letters, emergency notes and case reports, and patients' forum posts, e-mails and
 * messages, in five languages, with vitals, doses, scores, targets and earlier values around the results; 11 documents
 * with no result. Keyed by two helpers who read only the catalog and the keyed sets' format and conventions, never the
 * reader (their READMEs), committed before any rule looked at them (fa827a42, 7773ec29).
 *
 * First run on the seventeenth session's first reader (f7df2b70): set 17 38 of 139 rows as keyed, set 18 95 of 132, no
 * row more than keyed in either. Prose is the reader's weakest form (docs/labs.md, "Prose, keyed blind"): most of set
 * 17 is still unread, so these sets are held to a floor — rows read as keyed, and no row of no result — rather than
 * snippet by snippet; each rule made from them has its own cases below, with what the line means as the expectation.
 */
const clinical = keyedCases(new URL('../../testing/data/keyed-prose-clinical/keyed.tsv', import.meta.url));
const patients = keyedCases(new URL('../../testing/data/keyed-prose-patients/keyed.tsv', import.meta.url));
/*
 * Sets 19 and 20 (the eighteenth session's; keyed-prose-messages, keyed-prose-letters), written the same way: patients'
 * chats with an AI assistant, SMS and portal notices, nurse notes, prior authorizations, longevity consults, research
 * letters, dictations, messages in five languages (19); gender-affirming, fertility, bariatric, sports, growth and
 * occupational-health letters, e-mails, an appeal, blogs and diaries, five languages (20). First runs on 0eef450b: set
 * 19 33 of 152 as keyed, 4 rows of tests not keyed; set 20 27 of 166, 4 such rows, one snippet reading one row more than
 * keyed. Set 19's rows were then looked at and rules made from them; set 20 was held out (only its totals looked at).
 */
const messages = keyedCases(new URL('../../testing/data/keyed-prose-messages/keyed.tsv', import.meta.url));
const letters = keyedCases(new URL('../../testing/data/keyed-prose-letters/keyed.tsv', import.meta.url));


describe('results in prose, keyed blind', () => {
  // Each set: its snippets and keyed rows, the floor of rows read as keyed, and the most rows read beyond a snippet's keyed
  // count and of tests no keyed row of the snippet names. Set 17's one such row, IN03's `Motif : suivi … sous
  // lévothyroxine 100 µg/j.` (a dose read as an unknown test), is gone since a day in French is a dose's; set 18's two are gone too: TF02's `CRP - under 1 mg/L` (a
  // censored result in words, read `<1` since the nineteenth session) and IN02's `PCR: <0,5 mg/L` (CRP's Romance name, the
  // CRP since a mass per volume says so); set 20's, held out: as its first run (docs/labs.md). (worldnames, twenty-first
  // session: set 19 112 → 113, held-out set 20 42 → 43 — names of other languages, world-names.ts.)
  it.each([
    ['set 17 (clinicians)', 26, 139, 82, 0, 0, clinical],
    ['set 18 (patients)', 26, 132, 116, 0, 0, patients],
    ['set 19 (messages)', 31, 152, 113, 0, 0, messages],
    ['set 20 (letters, held out)', 31, 166, 43, 1, 4, letters],
  ] as const)('%s: %i snippets, %i rows; at least %i read as keyed, at most %i beyond and %i of tests not keyed', async (_set, snippets, rows, floor, beyond, unkeyed, cases) => {
    expect(cases).toHaveLength(snippets);
    const s = await keyedScore(cases);
    expect(s.keyed).toBe(rows);
    expect(s.exact).toBeGreaterThanOrEqual(floor);
    expect(s.extra).toBeLessThanOrEqual(beyond);
    expect(s.unkeyed).toBeLessThanOrEqual(unkeyed);
  });

  // (Set 20's NR05, a sports-medicine screening letter, reads its title as an unknown test: its first run's one row more
  // than keyed, left — the set is held out.)
  it('no snippet keyed with no result reads a row (set 20 aside)', async () => {
    for (const c of [...clinical, ...patients, ...messages].filter((x) => x.rows.length === 0)) expect([c.id, await readKeyed(c.text)]).toEqual([c.id, []]);
  });
});

const text = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('the rules made from the prose sets', () => {
  it.each([
    // A patient's `result / range unit FLAG` (set 18 TR03's form, these lines made up).
    ['a result and its range parted by a slash', text('Total T 1,042 / 264-916 ng/dL HIGH', 'HDL 38 / >39 mg/dL LOW'), ['testosterone||high|1040|ng/dL|264..916', 'hdl-cholesterol||low|38|mg/dL|39..']],
    ['a flag said in a bracket, the range after it', text('FSH 38.2 IU/L (flagged high)', 'haemoglobin 118 g/L (flagged low, range 120-150)'), ['follicle-stimulating-hormone||high|38.2|m[IU]/mL|', 'hemoglobin||low|11.8|g/dL|120..150']],
    ['`sat` for saturation after its test', text('Iron sat 11 % (20-50)'), ['transferrin-saturation||low|11|%|20..50']],
    ['`Sensitive` before estradiol\'s short name', text('Sensitive E2 41 / 7.6-42.6 pg/mL'), ['estradiol||normal|41|pg/mL|7.6..42.6']],
    // A case report's sentence (set 17 CR01's form, this sentence made up).
    ['a journal\'s reference range with a comma and its unit', text('Hemoglobin was 10.2 g/dL (reference range, 12-16 g/dL).'), ['hemoglobin||low|10.2|g/dL|12..16']],
    ['counts per microlitre with thousands commas after a verb of finding', text('Laboratory tests revealed a white blood cell count of 12,300/μL and platelets 450,000/μL.'), ['white-blood-cell-count||null|12.3|10*3/uL|', 'platelet-count||null|450|10*3/uL|']],
    ['a panel\'s lead with a time inside, items `a … of`, an earlier value in brackets', text('Labs on admission were notable for a white blood cell count of 15.8 K/uL, sodium of 131 mmol/L and creatinine 1.32 mg/dL (baseline 0.9 in 2023).'),
      ['white-blood-cell-count||null|15.8|10*3/uL|', 'sodium||null|131|mmol/L|', 'creatinine||null|1.32|mg/dL|']],
    ['grams per cent and a count per cubic millimetre in an Indian summary', text('Investigations: Hb 13.8 gm%, platelet count 48,000/cumm, SGOT 112 IU/L.'), ['hemoglobin||null|13.8|g/dL|', 'platelet-count||null|48|10*3/uL|', 'aspartate-aminotransferase||null|112|U/L|']],
    ['a point groups thousands in a sentence of decimal commas (an Italian letter)', text('Esami: NT-proBNP 4.820 pg/mL, ferritina 64 ng/mL, potassio 5,1 mmol/L.'), ['nt-probnp||null|4820|pg/mL|', 'ferritin||null|64|ng/mL|', 'potassium||null|5.1|mmol/L|']],
    ['a change written before the value: the value after it is the result', text('FT4 went from 11.8 to 15.6 pmol/L (10-22)', 'FT3 3.6 → 4.4 pmol/L (3.5-6.5)', 'Ferritin rose to 45 ug/L'),
      ['free-t4||normal|1.21|ng/dL|10..22', 'free-t3||normal|2.86|pg/mL|3.5..6.5', 'ferritin||null|45|ng/mL|']],
    ['`came back` with no preposition', text('ApoB came back 118 mg/dL and Lp(a) 12 nmol/L.'), ['apolipoprotein-b||null|118|mg/dL|', 'lipoprotein-a||null|12|nmol/L|']],
    ['German `AK` and Polish `anty-` for antibody', text('TPO-AK 410 IU/ml (<34)', 'anty-TPO 187 IU/ml (<34)'), ['thyroid-peroxidase-antibody||high|410|U/mL|..34', 'thyroid-peroxidase-antibody||high|187|U/mL|..34']],
    ['French `à` before the value, `N` labelling the range', text('TSH à 6,8 mUI/L (N : 0,4–4,0), anticorps anti-TPO à 412 UI/mL (N < 34).'), ['thyroid-stimulating-hormone||high|6.8|m[IU]/L|0.4..4', 'thyroid-peroxidase-antibody||high|412|U/mL|..34']],
    ['Portuguese `TGP` and `TGO` alone, a range labelled `VR` and `v.n.`', text('TGP 44 U/L (VR: 10-41), TSH 3.1 mIU/L (v.n. < 4.5).', 'TGO 30 U/L'), ['alanine-aminotransferase||high|44|U/L|10..41', 'thyroid-stimulating-hormone||normal|3.1|m[IU]/L|..4.5', 'aspartate-aminotransferase||null|30|U/L|']],
    ['a status with a degree before `at`', text('Lipoprotein(a) is markedly raised at 182 nmol/L, and apolipoprotein B is 1.05 g/L.'), ['lipoprotein-a||high|182|nmol/L|', 'apolipoprotein-b||null|105|mg/dL|']],
  ])('%s', async (_what, t, expected) => {
    expect(await readKeyed(t)).toEqual(expected);
  });

  it.each([
    ['a bracket of weeks after a value is no range', text('TSH was 2.5 mIU/L (3-4 weeks).')],
    ['a hair analysis\'s `mg%` is no serum result', text('Your TEI hair test is in: Calcium 168 mg% and Magnesium 14.2 mg% = a calcium shell.')],
    ['a threshold said with `a … of` and no verb of finding', text('For women, a hemoglobin of 12 g/dL is the threshold.')],
    ['a slash between two numbers that are no range', text('BP 120 / 80 mmHg')],
    ['a summary restating a change, both values with their unit', text('- The cholesterol levels increased from 236 mg/dL to 268 mg/dL.')],
  ])('no row: %s', async (_what, t) => {
    expect((await readKeyed(t)).filter((r) => !r.startsWith('?'))).toEqual([]);
  });
});

/*
 * Review 23: 55 cases a helper wrote without reading the reader, on the edges of the rules above, with what a
 * laboratory professional expects (`/work/notes/review23/cases.txt`). 27 read differently from the session's first
 * reader, all as the reviewer expects; these are some of them, and the reviewer's cases of no result, with the
 * reviewer's expectations.
 */
describe('review 23: the prose rules\' edges', () => {
  it.each([
    ['R04 a Spanish flag word after `result / range`', 'Glucosa 126 / 70-100 mg/dL ALTO', ['glucose||high|126|mg/dL|70..100']],
    ['R05 decimal commas and a German flag word', 'Kalium 5,9 / 3,5-5,1 mmol/l HOCH', ['potassium||high|5.9|mmol/L|3.5..5.1']],
    ['R06 decimal commas stay decimals (not 132)', 'Créatinine 1,32 / 0,60-1,10 mg/dL ÉLEVÉ', ['creatinine||high|1.32|mg/dL|0.6..1.1']],
    ['R14 a count\'s flag and range in the bracket', 'Neutrophils 1.2 x10^9/L (flagged low, range 2.0-7.5)', ['neutrophils-absolute||low|1.2|10*3/uL|2..7.5']],
    ['R16 a flag about an earlier result is no flag', 'TSH 2.1 mIU/L (previously flagged high in 2022)', ['thyroid-stimulating-hormone||null|2.1|m[IU]/L|']],
    ['R27 `to` for the dash and the unit after the bounds', 'TSH was 6.8 mIU/L (normal 0.4 to 4.0 mIU/L).', ['thyroid-stimulating-hormone||high|6.8|m[IU]/L|0.4..4']],
    ['R45 a time and a day in the lead are no values', 'Labs drawn at 0600 on day 2 revealed a potassium of 3.1 mmol/L and a magnesium of 0.6 mmol/L.', ['potassium||null|3.1|mmol/L|', 'magnesium||null|1.46|mg/dL|']],
    ['R47 an earlier value and its year in brackets', 'creatinine 1.32 mg/dL (baseline 0.9 in 2023)', ['creatinine||null|1.32|mg/dL|']],
    ['R51 an age in brackets is no range', 'PSA 4.8 ng/mL (age 67)', ['prostate-specific-antigen||null|4.8|ng/mL|']],
    ['R52 a dose in brackets is no row', 'TSH 0.08 mIU/L (on levothyroxine 150 mcg)', ['thyroid-stimulating-hormone||null|0.08|m[IU]/L|']],
  ])('%s', async (_what, line, expected) => {
    expect(await readKeyed(`${line}\n`)).toEqual(expected);
  });

  it.each([
    ['R07 a blood pressure', 'BP 142/88 mmHg HIGH'],
    ['R08 a date and an interval', 'Testosterone drawn 12/05/2023 / repeat in 6-8 weeks'],
    ['R09 a dose and its interval', 'Paracetamol 1 g / 4-6 hours PRN'],
    ['R15 a flag about the sample', 'Sample haemolysed (flagged by lab, repeat requested)'],
    ['R20 pulse oximetry', 'O2 sat 94% on room air'],
    ['R22 Saturday', 'Sat 14/06: ferritin sample sent, result pending'],
    ['R25 sensitive to a drug', 'Patient is sensitive to levothyroxine, now on 25 mcg daily.'],
    ['R33 a treatment threshold', 'Filgrastim was started when the ANC fell below 500/μL.'],
    ['R34 a transfusion threshold', 'Transfuse platelets if the count falls below 10,000/cumm.'],
    ['R37 an infusion\'s strength', 'Dextrose 5 gm% infusion at 100 ml/hr'],
    ['R39 a threshold after a verb of finding', 'Studies have shown that a hemoglobin of less than 7 g/dL warrants transfusion.'],
    ['R40 a goal', 'The goal is an LDL of less than 70 mg/dL.'],
    ['R46 labs planned', 'Labs on Monday will include a sodium and potassium, with a creatinine of the morning sample to follow.'],
    ['R54 a threshold\'s definition', 'Lp(a) is considered raised at 125 nmol/L or above.'],
    // The eighteenth session's (set 17 ED01 and EN03 had read these as unknown tests): a note's list of findings, a
    // header's fields with a date run together.
    ['an ECG\'s findings', 'ECG: NSR at 84, no acute ST changes, QTc 438 ms.'],
    ['a visit\'s header', 'TELEHEALTH VISIT SUMMARY (video)    Clinic    Visit date: 09/26/2025    Duration: 25 min'],
    // A goal's sentence in another language (review 23 had found the Spanish one read as an unknown test, left then).
    ['a goal in Spanish', 'El objetivo es una HbA1c de menos de 7 %.'],
    ['a goal in German', 'Das Ziel ist ein LDL von unter 70 mg/dl.'],
    ['a goal in Italian', 'Il target è un LDL sotto 70 mg/dL.'],
  ])('no row: %s', async (_what, line) => {
    expect(await readKeyed(`${line}\n`)).toEqual([]);
  });
});

/*
 * Review 24: a reviewer who read the change's code found readings it made wrong (a dose's bracket taken as the range, a
 * point decimal read as thousands, an `a … of` threshold before the verb, the middle of a chain of changes). Their lines,
 * with what they mean as the expectation.
 */
describe('review 24: readings the first form of the prose rules made wrong', () => {
  it.each([
    ['a dose\'s range in brackets is no range of the result', 'Vitamin D was 22 ng/mL (1000-2000 IU).', ['vitamin-d||null|22|ng/mL|']],
    ['a bracket in another unit than the value\'s is no range', 'Her TSH was 4.5 mIU/L (2 to 3 mg), ferritin 20 ng/mL and B12 400 pg/mL.', ['thyroid-stimulating-hormone||null|4.5|m[IU]/L|', 'ferritin||null|20|ng/mL|', 'vitamin-b12||null|400|pg/mL|']],
    ['a value under one keeps its point in a sentence of decimal commas', 'Esami: creatinina 1,1 mg/dL, TSH 0.005 mIU/L, potassio 5,1 mmol/L.', ['creatinine||null|1.1|mg/dL|', 'thyroid-stimulating-hormone||null|0.005|m[IU]/L|', 'potassium||null|5.1|mmol/L|']],
    ['a chemical name\'s locants are no decimal comma', 'Her 1,25-dihydroxyvitamin D was 45 pg/mL, PTH 1.250 pg/mL and calcium 9 mg/dL.', ['parathyroid-hormone||null|1.25|pg/mL|', 'calcium||null|9|mg/dL|']],
    ['the last of a chain of changes is the result', 'TSH 5.1 -> 3.2 -> 1.8', ['thyroid-stimulating-hormone||null|||']],
    ['`with a … of` a threshold after the result is no item', 'My ferritin was 25 ng/mL with a ferritin of 50 ng/mL being ideal for hair.', ['ferritin||null|25|ng/mL|']],
  ])('%s', async (_what, line, expected) => {
    expect(await readKeyed(`${line}\n`)).toEqual(expected);
  });
});

/*
 * The eighteenth session's rules, made from set 17's unread rows and set 19's first run (keyed-prose-messages, keyed
 * blind and committed before any rule looked at it): a flag in words or letters after a value (in a bracket that opens
 * with it, after a dash), a bracket that remarks on a value in words, a portal's `(High; standard range …)`, a comment
 * after a range's dash that runs on into more results. Lines made up in those forms; the expectation is what each says.
 */
describe('flags and remarks after a value in prose', () => {
  it.each([
    ['a remark in a bracket, a flag opening a bracket with a remark after it', 'Most recent labs: WBC 9.8 K/uL, Hgb 8.4 g/dL (1 unit PRBC on day 6), K 2.8 (critical low, called by the lab; repleted with KCl 40 mEq PO x 2), albumin 2.4 g/dL.',
      ['white-blood-cell-count||null|9.8|10*3/uL|', 'hemoglobin||null|8.4|g/dL|', 'potassium||critical-low|||', 'albumin||null|2.4|g/dL|']],
    ['a flag\'s letter in a bracket', 'Rest of panel: Na 136, Cr 1.9 (H), BUN 38 (H).', ['sodium||null|||', 'creatinine||high|||', 'blood-urea-nitrogen||high|||']],
    ['a critical flag after a dash', 'Bloods: Na 128, K 6.6 - critically high, phoned by the lab, eGFR 19.', ['sodium||null|||', 'potassium||critical-high|||', 'egfr||null|||']],
    ['a flag after a dash and the range, more results after it', 'Labs reviewed: Lp(a) 87 mg/dL (<30) - high, ApoB 82 mg/dL, LDL-C 118 mg/dL.',
      ['lipoprotein-a||high|||..30', 'apolipoprotein-b||null|82|mg/dL|', 'ldl-cholesterol||null|118|mg/dL|']],
    ['a remark in words in a bracket', 'Labs: ALT 44 U/L (fasting), AST 30 U/L, GGT 50 U/L.', ['alanine-aminotransferase||null|44|U/L|', 'aspartate-aminotransferase||null|30|U/L|', 'gamma-glutamyl-transferase||null|50|U/L|']],
    ['a portal\'s flag and its standard range in one bracket', '- Glucose: 112 mg/dL (High; standard range 70 - 99 mg/dL)', ['glucose||high|112|mg/dL|70..99']],
  ])('%s', async (_what, line, expected) => {
    expect(await readKeyed(`${line}\n`)).toEqual(expected);
  });
});

/*
 * A range's label read as a flag, and earlier results labelled in other languages (set 19 RS01 and IN03's forms, these
 * lines made up): a high value had been flagged normal by its bracket's `normal range`; an earlier result under a label
 * saying `previous` in Polish had been read as a second result (and alone as an unknown test).
 */
describe('a range\'s label is no flag; `previous` in other languages', () => {
  it.each([
    ['`normal range` opening the bracket, a unit after the bounds', 'Total cholesterol 6.4 mmol/L (normal range 3.0-5.0 mmol/L)', ['total-cholesterol||high|247|mg/dL|3..5']],
    ['a label\'s colon, a side in words and a full stop after the bracket', 'Total cholesterol: 6.4 mmol/L (normal range: below 5.0 mmol/L).', ['total-cholesterol||high|247|mg/dL|..5']],
    ['`normal above` a bound, a full stop after the bracket', 'HDL cholesterol: 1.3 mmol/L (normal above 1.0).', ['hdl-cholesterol||normal|50.3|mg/dL|1..']],
    ['an earlier result under a Polish label after today\'s', 'Wyniki: testosteron 4,1 ng/ml, SHBG 30 nmol/l. Poprzednie badanie w styczniu: testosteron 2,78 ng/ml.',
      ['testosterone||null|410|ng/dL|', 'shbg||null|30|nmol/L|']],
  ])('%s', async (_what, line, expected) => {
    expect(await readKeyed(`${line}\n`)).toEqual(expected);
  });

  it.each([
    ['English', 'Previous test in January: testosterone 278 ng/dL.'],
    ['Polish', 'Poprzednie badanie w styczniu: testosteron 2,78 ng/ml.'],
    ['German', 'Vorwert im Januar: Testosteron 2,78 ng/ml.'],
    ['Spanish', 'Análisis anterior (enero): testosterona 2,78 ng/mL.'],
  ])('no row, not even an unknown test\'s: an earlier result labelled in %s', async (_what, line) => {
    expect(await readKeyed(`${line}\n`)).toEqual([]);
  });
});

/*
 * Other languages' prose and lists of results in prose with some ranges bracketed (set 19 IN01, IN02, IN05 and AI03's
 * forms, these lines made up): `is` and the articles in Dutch, Swedish and German, `and` in other languages, a flag's
 * word in a bracket in any language flags.ts reads, a flag after a bracketed range; a list whose results are some
 * bracketed and two or more not is the prose reader's whole (prose-clauses.ts had read the bracketed ones alone).
 */
describe('results in other languages\' prose, lists with some ranges bracketed', () => {
  it.each([
    ['Dutch `is` after `Uw` and `Het`, a Dutch flag in a bracket', 'Uw Hb is 7,1 mmol/l. Het ferritine is 9 µg/l (laag). Uw TSH is 2,3 mU/l.',
      ['hemoglobin||null|11.4|g/dL|', 'ferritin||low|9|ng/mL|', 'thyroid-stimulating-hormone||null|2.3|m[IU]/L|']],
    ['Swedish `är` after a gloss in brackets, `och` between results', 'Blodvärdet (Hb) är 162 g/L och EVF 0,49.', ['hemoglobin||null|16.2|g/dL|', 'hematocrit||null|||']],
    ['German `liegt bei`', 'Das Ferritin liegt bei 9 µg/l.', ['ferritin||null|9|ng/mL|']],
    ['flags after bracketed ranges, results without ranges between them', 'Labs: free T 28.1 pg/mL (8.7-25.1) high, estradiol 41.7 pg/mL, hematocrit 53.9% (37.5-51.0) H, PSA 0.9.',
      ['testosterone-free||high|28.1|pg/mL|8.7..25.1', 'estradiol||null|41.7|pg/mL|', 'hematocrit||high|53.9|%|37.5..51', 'prostate-specific-antigen||null|||']],
    ['a Spanish list: flags in brackets, a bracketed bound, `y`, a dotted thousand', 'Analítica: ApoB 128 mg/dL (elevada), Lp(a) 214 nmol/L (< 75), HbA1c 5,8 %, triglicéridos 189 mg/dL, GGT 64 U/L (alta) y plaquetas 245.000/µL.',
      ['apolipoprotein-b||high|128|mg/dL|', 'lipoprotein-a||high|214|nmol/L|..75', 'hemoglobin-a1c||null|5.8|%|', 'triglycerides||null|189|mg/dL|', 'gamma-glutamyl-transferase||high|64|U/L|', 'platelet-count||null|245|10*3/uL|']],
  ])('%s', async (_what, line, expected) => {
    expect(await readKeyed(`${line}\n`)).toEqual(expected);
  });

  it('a name ending on another language\'s verb is no unknown test', async () => {
    expect(await readKeyed('Fastande blodsocker var 6,6 mmol/L.\n')).not.toContainEqual(expect.stringMatching(/^\?.*\bvar\|/u));
  });
});

/*
 * A status said after results, a target in a bracket after a value, a flag after a dash before the range's bracket, a
 * draw's date and time before the name (set 17 DS02, CL03 and set 19 PA01, LC01's forms, these lines made up).
 */
describe('statuses after results, targets beside them, a draw\'s date and time', () => {
  it.each([
    ['a status after one result', 'Prolactin 9.8 ng/mL was within normal limits.', ['prolactin||normal|9.8|ng/mL|']],
    ['`both` after two results: theirs, not the one before them', 'Investigations: Hb 13.8 gm%, SGOT 112 IU/L and SGPT 86 IU/L, both deranged.',
      ['hemoglobin||null|13.8|g/dL|', 'aspartate-aminotransferase||abnormal|112|U/L|', 'alanine-aminotransferase||abnormal|86|U/L|']],
    ['`were both within normal limits` and what the patient was on', 'ALT 34 U/L and CK 162 U/L were both within normal limits on the high-intensity statin.',
      ['alanine-aminotransferase||normal|34|U/L|', 'creatine-kinase||normal|162|U/L|']],
    ['a clinic\'s target in a bracket, a flag after a dash before the lab\'s range', 'Cardiometabolic: your ApoB is 104 mg/dL (our target for you is <60 given your family history), Lp(a) 162 nmol/L - elevated (lab reference <75), hs-CRP 0.6 mg/L.',
      ['apolipoprotein-b||null|104|mg/dL|', 'lipoprotein-a||high|162|nmol/L|..75', 'hs-crp||null|0.6|mg/L|']],
    ['a draw\'s date, a comma, its time and a colon before the name', '04/22/2025, 7:50 AM: total testosterone 241 ng/dL (reference 264-916 ng/dL)', ['testosterone||low|241|ng/dL|264..916']],
    // (A day that reads both ways alone, `05/06/2025`, keeps the name as any such leading date does: never an old result
    // undated. Its order from another line of the report: `numbered draws keep their dates` below.)
    ['and an item\'s number before the date', '2) 05/16/2025, 8:05 AM: total testosterone 218 ng/dL (reference 264-916 ng/dL)', ['testosterone||low|218|ng/dL|264..916']],
    ['one unit said for a list\'s results at its end', 'Here they are: total cholesterol 6.2, HDL 1.1, LDL 4.3, triglycerides 1.9, all mmol/L.',
      ['total-cholesterol||null|240|mg/dL|', 'hdl-cholesterol||null|42.5|mg/dL|', 'ldl-cholesterol||null|166|mg/dL|', 'triglycerides||null|168|mg/dL|']],
    ['when a result was taken, in words after it', 'Labs: potassium 3.1 mmol/L on the morning of the procedure, sodium 138 mmol/L.', ['potassium||null|3.1|mmol/L|', 'sodium||null|138|mmol/L|']],
    ['a status in Swedish after two results, a decimal comma in the last', 'Kreatinin 96 µmol/L och kalium 4,2 mmol/L är normala.', ['creatinine||normal|1.09|mg/dL|', 'potassium||normal|4.2|mmol/L|']],
    ['Swedish `något förhöjda` (somewhat raised)', 'P-Glukos (fastande) 6,6 mmol/L och HbA1c 49 mmol/mol är något förhöjda.', ['glucose||high|119|mg/dL|', 'hemoglobin-a1c||high|6.63|%|']],
    ['Italian `sono nella norma`', 'Creatinina 0,9 mg/dL e potassio 4,1 mmol/L sono nella norma.', ['creatinine||normal|0.9|mg/dL|', 'potassium||normal|4.1|mmol/L|']],
    ['`both normal` after a list is its status, no unit', 'Labs: sodium 139 mmol/L, potassium 4.1 mmol/L, both normal.', ['sodium||normal|139|mmol/L|', 'potassium||normal|4.1|mmol/L|']],
  ])('%s', async (_what, line, expected) => {
    expect(await readKeyed(`${line}\n`)).toEqual(expected);
  });
});

/*
 * Reviews 25 and 26 of the eighteenth session's rules. Review 25: 67 cases a helper wrote without reading the reader
 * (`/work/notes/review25/cases.txt`), the reviewer's expectations: 22 read as expected on 0eef450b, 48 after (none worse).
 * Review 26: a helper who read the change's code and found wrong readings; its lines, with what they mean.
 */
describe('reviews 25 and 26 of the prose rules', () => {
  it.each([
    ['R25 a status after results, a dose after `on`', 'ALT 34 U/L and CK 162 U/L were both within normal limits on atorvastatin 40 mg.', ['alanine-aminotransferase||normal|34|U/L|', 'creatine-kinase||normal|162|U/L|']],
    ['R35 `Your … is`, a bound with its unit in the bracket, a full stop', 'Your total cholesterol is 5.6 mmol/L (normal range: below 5.0 mmol/L).', ['total-cholesterol||high|217|mg/dL|..5']],
    ['R62 a German date and time with `Uhr` before the name', '11.03.2025, 08:15 Uhr: TSH 3,9 mU/l (0,27-4,20)', ['thyroid-stimulating-hormone||normal|3.9|m[IU]/L|0.27..4.2']],
    ['English `anterior` is no `previous`', 'Anterior pituitary: TSH 2.1 mU/L, LH 5.0 IU/L, FSH 6.1 IU/L, prolactin 250 mIU/L.',
      ['thyroid-stimulating-hormone||null|2.1|m[IU]/L|', 'luteinizing-hormone||null|5|m[IU]/mL|', 'follicle-stimulating-hormone||null|6.1|m[IU]/mL|', 'prolactin||null|11.8|ng/mL|']],
    ['a list the prose reader refuses (its plan) is read result by result', 'Hb 98 g/L (130-170), MCV 72 fL (80-100), ferritin 6 ug/L, CRP 12 mg/L; plan iron.',
      ['hemoglobin||low|9.8|g/dL|130..170', 'mean-corpuscular-volume||low|72|fL|80..100']],
    ['a comment after a range\'s dash ends at the comma before the next result', 'Potassium 5.9 mmol/L (3.5-5.1) - haemolysed, sodium 140 mmol/L', ['potassium||high|5.9|mmol/L|3.5..5.1', 'sodium||null|140|mmol/L|']],
    ['a status never overrides a printed range', 'Hb 135 g/L (120-150), ferritin 9 ug/L and B12 120 ng/L were low.', ['hemoglobin||normal|13.5|g/dL|120..150', 'ferritin||low|9|ng/mL|', 'vitamin-b12||low|120|pg/mL|']],
    ['a status is of the results after the last comma', 'My TSH was 8.1 mU/L, but ALT 30 U/L and AST 25 U/L are normal.', ['thyroid-stimulating-hormone||null|8.1|m[IU]/L|', 'aspartate-aminotransferase||normal|25|U/L|']],
    ['a target beside a range in one bracket: the range stays', 'LDL 3.1 mmol/L (goal <1.8, range <3.0), HDL 1.2 mmol/L.', ['ldl-cholesterol||high|120|mg/dL|..3', 'hdl-cholesterol||null|46.4|mg/dL|']],
    ['a range after the flag in its bracket stays', 'Testosterone 40 nmol/L (high, ref 8.6-29), SHBG 20 nmol/L.', ['testosterone||high|1150|ng/dL|8.6..29', 'shbg||null|20|nmol/L|']],
    ['`(abnormal)` is a flag', 'TSH 0.01 mU/L (abnormal), free T4 40 pmol/L (high).', ['thyroid-stimulating-hormone||abnormal|0.01|m[IU]/L|', 'free-t4||high|3.11|ng/dL|']],
    ['a dose in UI with a remark is no result', 'Vitamina D 50.000 UI (dosis alta), ferritina 30 ng/mL, TSH 2,1 mU/L.', ['ferritin||null|30|ng/mL|', 'thyroid-stimulating-hormone||null|2.1|m[IU]/L|']],
    ['a dose\'s bracket stays, the results after it read', 'Vitamin D3 4000 IU (Thorne), ferritin 30 ng/mL, TSH 2.1 mU/L.', ['ferritin||null|30|ng/mL|', 'thyroid-stimulating-hormone||null|2.1|m[IU]/L|']],
    ['a remark after a range\'s dash', 'Na 128 (135-145), K 3.1, Cl 95, HCO3 30 (22-29) — chased.', ['sodium||low|||135..145', 'potassium||null|||', 'chloride||null|||', 'carbon-dioxide||high|||22..29']],
    ['`still flagged` after a dash', 'Panel: triglycerides 142 mg/dL, HDL 38 mg/dL - still flagged low, hs-CRP 2.9 mg/L.', ['triglycerides||null|142|mg/dL|', 'hdl-cholesterol||low|38|mg/dL|', 'hs-crp||null|2.9|mg/L|']],
    ['Dutch `en` before a possessive', 'Uw ferritine is 11 µg/l (laag) en uw Hb is 7,4 mmol/l.', ['ferritin||low|11|ng/mL|', 'hemoglobin||null|11.9|g/dL|']],
  ])('%s', async (_what, line, expected) => {
    expect(await readKeyed(`${line}\n`)).toEqual(expected);
  });

  it.each([
    ['a status of an earlier test', 'Vitamin D 18 ng/mL was low on the last test.'],
    ['a status of something else after a comma', 'Ferritin 9, mood was low.'],
    ['Nordic `i` (in) before a month: January\'s value is no result', 'Ferritin 12 µg/L i januari och 45 µg/L nu, Hb 120 g/L.'],
  ])('no row: %s', async (_what, line) => {
    expect(await readKeyed(`${line}\n`)).toEqual([]);
  });
});

/*
 * Review of the change since 0757ca12: an item's number before a draw's date had its date taken off the name but not
 * given to the row (the row read at the upload's date), and the report's order of day and month was not read from such
 * lines (`05/06/2025` read both ways, its row left under an unknown name).
 */
describe('numbered draws keep their dates', () => {
  it('each result of a numbered list of dated draws is dated by its line, the order of day and month from the other', async () => {
    const { analyzeReport } = await import('./report-reader.js');
    const { catalog } = await import('../../testing/reader.js');
    const text = '1) 04/22/2025, 7:50 AM: total testosterone 241 ng/dL (reference 264-916 ng/dL)\n2) 05/06/2025, 8:05 AM: total testosterone 218 ng/dL (reference 264-916 ng/dL)\n';
    const { results } = await analyzeReport('text', Buffer.from(text), catalog, new Date('2026-01-01T00:00:00Z'));
    expect(results.map((r) => [r.biomarker?.key, r.value, r.collectedAt])).toEqual([
      ['testosterone', 241, '2025-04-22T00:00:00.000Z'],
      ['testosterone', 218, '2025-05-06T00:00:00.000Z'],
    ]);
  });
});

/*
 * The nineteenth session's rules, made from set 19's dictations, nurse notes and prior authorizations (these lines made
 * up in their forms): numbers and units in words (spoken.ts), a results label before one result, a full stop after a
 * bare value, one-result sentences after a sentence of results, `which is low`, and the day a value was drawn.
 */
describe('dictated numbers, labels and stops in notes', () => {
  it.each([
    ['numbers in words after a test\'s name, a clinician\'s `one thirty-nine`', 'Potassium four point one, sodium one thirty-nine, creatinine 1.18 and eGFR sixty-two.',
      ['potassium||null|||', 'sodium||null|||', 'creatinine||null|||', 'egfr||null|||']],
    ['units in words, `which is low`', 'Free testosterone was thirty-eight picograms per mil, which is low.', ['testosterone-free||low|38|pg/mL|']],
    ['`percent`, a homophone before `point`', 'His hemoglobin A1c is six point nine percent. Potassium for point two, sodium 140.', ['hemoglobin-a1c||null|6.9|%|', 'potassium||null|||', 'sodium||null|||']],
    ['`two hundred forty-one` and nanograms per deciliter', 'Total testosterone was two hundred forty-one nanograms per deciliter.', ['testosterone||null|241|ng/dL|']],
    ['a comparator in words ending its clause', 'Labs: troponin I less than 0.01, lactate 1.9.', ['troponin-i|<0.01|null|||', 'lactate||null|||']],
    ['a results label before one result', 'Labs: TSH 2.1 mIU/L', ['thyroid-stimulating-hormone||null|2.1|m[IU]/L|']],
    ['`Bloods:` and `Thyroid:` labels, a range after', 'Bloods: Hb 128 g/L (115-165)', ['hemoglobin||normal|12.8|g/dL|115..165']],
    ['a full stop after a bare value', 'Ferritin 34.', ['ferritin||null|||']],
    ['a one-result sentence under a results label', 'Labs: creatinine 1.6, potassium 4.1. Glucose 284.', ['creatinine||null|||', 'potassium||null|||', 'glucose||null|||']],
    ['a one-result sentence after a sentence of results', 'Sodium 139, potassium 4.4, creatinine 0.9. LDL 62. Next paragraph.', ['sodium||null|||', 'potassium||null|||', 'creatinine||null|||', 'ldl-cholesterol||null|||']],
    ['a status with `inappropriately`', 'SHBG 22 nmol/L. LH 2.1 and FSH 3.4, both inappropriately normal.', ['shbg||null|22|nmol/L|', 'luteinizing-hormone||normal|||', 'follicle-stimulating-hormone||normal|||']],
    ['`most recent` before the name, the day drawn after the value', 'Most recent HbA1c 8.6% on 05/29/2025, eGFR 71 on the same draw.', ['hemoglobin-a1c||null|8.6|%|', 'egfr||null|||']],
    ['a vitamin\'s letter before the word (Nordic, Finnish, Turkish)', 'D-vitamin 45 nmol/L (50-150)\nB12 vitamini 162 pg/mL', ['vitamin-d||low|18|ng/mL|50..150', 'vitamin-b12||null|162|pg/mL|']],
    ['Portuguese `de` before a value, `de jejum`, a bound `até` in brackets, a status word in a bracket', 'Exames: glicemia de jejum 126 mg/dL, hemoglobina glicada de 7,1%, TGP 44 U/L (VR até 41), vitamina D 24 ng/mL (insuficiente).',
      ['glucose||null|126|mg/dL|', 'hemoglobin-a1c||null|7.1|%|', 'alanine-aminotransferase||high|44|U/L|..41', 'vitamin-d||low|24|ng/mL|']],
    ['a French semicolon with a space before it, in a line of sentences', 'Bilan : TSH à 5,2 mUI/L (N : 0,4–4,0). Ferritine à 22 µg/L ; vitamine B12 normale. Glycémie à jeun 0,95 g/L.',
      ['thyroid-stimulating-hormone||high|5.2|m[IU]/L|0.4..4', 'ferritin||null|22|ng/mL|', 'glucose||null|95|mg/dL|']],
    ['Turkish: a per cent sign before its number, `açlık kan şekeri`', 'açlık kan şekeri 104 mg/dL, HbA1c %5,9, insülin 18,6 µIU/mL, HOMA-IR 4,8 yazıyor.',
      ['glucose||null|104|mg/dL|', 'hemoglobin-a1c||null|5.9|%|', 'insulin||null|18.6|u[IU]/mL|']],
  ])('%s', async (_what, line, expected) => {
    expect(await readKeyed(`${line}\n`)).toEqual(expected);
  });

  it.each([
    ['number words that are no value', 'Potassium was checked twice; follow up in four weeks, one of the two tubes haemolysed.'],
    ['a comparator that is a category\'s, in a table', 'LDL cholesterol        Less than 100 mg/dL        Optimal'],
    ['a comparator with a target after it', 'LDL less than 100 mg/dL is optimal.'],
    ['a label that makes the value a goal', 'Goal: LDL 70 mg/dL'],
    ['a label of an earlier value', 'Previous: TSH 4.0 mIU/L'],
    ['a plan after results', 'Plan: metformin 1000.'],
  ])('no row: %s', async (_what, line) => {
    expect(await readKeyed(`${line}\n`)).toEqual([]);
  });

  it('a value is dated by the day drawn after it, when the day reads one way', async () => {
    const { analyzeReport } = await import('./report-reader.js');
    const { catalog } = await import('../../testing/reader.js');
    const text = 'Fasting plasma glucose 176 mg/dL on 05/29/2025, HbA1c 8.6% on 01/14/2025, creatinine 1.1 mg/dL on 03/04/2025.\n';
    const { results } = await analyzeReport('text', Buffer.from(text), catalog, new Date('2026-01-01T00:00:00Z'));
    expect(results.map((r) => [r.biomarker?.key, r.value, r.collectedAt])).toEqual([
      ['glucose', 176, '2025-05-29T00:00:00.000Z'],
      ['hemoglobin-a1c', 8.6, '2025-01-14T00:00:00.000Z'],
      // 03/04 reads both ways: no day of its own (the report's date then).
      ['creatinine', 1.1, expect.not.stringMatching(/^2025-0[34]-0[34]/)],
    ]);
  });
});

/*
 * Review 27: 70 cases a helper wrote without reading the reader, on the edges of the rules above, with what a laboratory
 * professional expects (`/work/notes/review27/cases.txt`): 34 read as expected before them, 60 after (none worse). Some
 * of them, with the reviewer's expectations.
 */
describe('review 27: dictations, labels and stops in notes', () => {
  it.each([
    ['R01 Dictated words: \"four point one\" is 4.1 and \"one thirty-nine\" is 139, each with its ow', 'ED note, dictated.\nLabs back: potassium four point one millimoles per liter, sodium one thirty-nine millimoles per liter.', ['potassium||null|4.1|mmol/L|', 'sodium||null|139|mmol/L|']],
    ['R03 \"Two hundred forty-one picograms per mil\" is 241 pg/mL and \"eleven point two nanograms', 'Neuropathy workup: B12 two hundred forty-one picograms per mil, folate eleven point two nanograms per milliliter.', ['vitamin-b12||null|241|pg/mL|', 'folate||null|11.2|ng/mL|']],
    ['R05 \"For point nine\" right after the test\'s name is the recognizer\'s homophone for \"four', 'Repeat potassium for point nine millimoles per liter after oral replacement. Discontinue KCl.', ['potassium||null|4.9|mmol/L|']],
    ['R07 \"Both elevated\" is a stated high for each, and international units per liter of an enzym', 'Liver panel: ALT sixty-two international units per liter and AST forty-four international units per liter, both elevated.\nAdvised to cut down on alcohol.', ['alanine-aminotransferase||high|62|U/L|', 'aspartate-aminotransferase||high|44|U/L|']],
    ['R09 \"One oh two\" is the dictated 102, and \"five point nine percent\" is 5.9 %.', 'Fasting glucose one oh two milligrams per deciliter, A1c five point nine percent. Prediabetes counseling given.', ['glucose||null|102|mg/dL|', 'hemoglobin-a1c||null|5.9|%|']],
    ['R12 \"One twenty-eight\" is the result; \"less than one hundred\" is a target, so there is no', 'LDL one twenty-eight milligrams per deciliter today. Target is less than one hundred given diabetes.', ['ldl-cholesterol||null|128|mg/dL|']],
    ['R18 \", which is low\" is a stated low; \"one point five liters\" is a fluid restriction.', 'Sodium one twenty-eight millimoles per liter, which is low. Fluid restrict to one point five liters per day.', ['sodium||low|128|mmol/L|']],
    ['R21 A \"Labs:\" label before one result does not change it, and mIU/L is m[IU]/L.', 'Telehealth check-in, fatigue improved.\nLabs: TSH 3.4 mIU/L', ['thyroid-stimulating-hormone||null|3.4|m[IU]/L|']],
    ['R23 ug/L equals ng/mL, and 18 is below the printed 30-400, so the flag is low.', 'Lab results: ferritin 18 ug/L (30-400)\nIron infusion discussed.', ['ferritin||low|18|ng/mL|30..400']],
    ['R31 This is a \"Chemistry:\" label, and 5.3 is above the printed 3.5-5.1.', 'Chemistry: K 5.3 mmol/L (3.5-5.1)\nHemolysis not reported.', ['potassium||high|5.3|mmol/L|3.5..5.1']],
    ['R38 Under a \"Labs:\" label, the second sentence continues the results.', 'Labs: creatinine 1.9, potassium 4.6. Glucose 231.', ['creatinine||null|||', 'potassium||null|||', 'glucose||null|||']],
    ['R46 \", which is elevated\" applies to the TSH only.', 'TSH 7.9 mIU/L, which is elevated; free T4 1.1 ng/dL.', ['thyroid-stimulating-hormone||high|7.9|m[IU]/L|', 'free-t4||null|1.1|ng/dL|']],
    ['R48 \"Drawn on\" gives a date, and the insulin \"on the same draw\" has no unit.', 'Glucose 182 mg/dL drawn on 05/14/2025, insulin 31 on the same draw.', ['glucose||null|182|mg/dL|', 'insulin||null|||']],
    ['R67 \"Twenty-two point four nanograms per milliliter, which is low\" gives the value, the unit', 'Vitamin D twenty-two point four nanograms per milliliter, which is low. Start D3.', ['vitamin-d||low|22.4|ng/mL|']],
    ['R68 \"All milligrams per deciliter\" applies to each of the four lipids, and \"one fifty-six\"', 'Lipid panel: total cholesterol two hundred twelve, HDL forty-eight, triglycerides one fifty-six, LDL one thirty-three, all milligrams per deciliter.', ['total-cholesterol||null|212|mg/dL|', 'hdl-cholesterol||null|48|mg/dL|', 'triglycerides||null|156|mg/dL|', 'ldl-cholesterol||null|133|mg/dL|']],
    ['R70 \"Less than zero point three milligrams per liter\" is a censored result keyed <0.3; micro', 'Cardiometabolic panel: hs-CRP less than zero point three milligrams per liter, homocysteine nine point one micromoles per liter.', ['hs-crp|<0.3|null|0.3|mg/L|', 'homocysteine||null|9.1|umol/L|']],
  ])('%s', async (_what, t, expected) => {
    expect(await readKeyed(`${t}\n`)).toEqual(expected);
  });

  it.each([
    ['R10 Targets in words (\"aim for an A1c less than seven percent\", \"LDL less than seventy\") a', 'Discussed goals with patient: aim for an A1c less than seven percent and an LDL less than seventy.\nWill recheck both in three months.'],
    ['R11 An education sheet\'s comparators are thresholds, not the patient\'s results.', 'Understanding your cholesterol: an LDL less than 100 mg/dL is optimal.\nAn HDL greater than 60 mg/dL is considered protective.'],
    ['R15 \"One of the two\", \"three times\" and a pending TSH carry no result.', 'Patient is one of the two siblings followed here for Hashimoto\'s.\nSeen three times this year; TSH from last week still pending.'],
    ['R17 \"Two tablets\" is a dose and \"two weeks\" an interval, although a test\'s name follows.', 'Tylenol two tablets at bedtime as needed.\nRecheck sodium in two weeks given thiazide.'],
    ['R19 A correction limit in words is a treatment threshold, not a result.', 'Hyponatremia protocol: do not raise sodium more than eight millimoles per liter in twenty-four hours.'],
    ['R20 A dose of potassium chloride is not a potassium result.', 'Give potassium chloride forty milliequivalents by mouth times one now.'],
    ['R25 A \"Goal:\" label makes the LDL a treatment target, and ezetimibe 10 mg is a dose.', 'Cardiology follow-up after stent.\nGoal: LDL 55 mg/dL\nAdd ezetimibe 10 mg.'],
    ['R28 A \"Target:\" label makes the A1c a goal.', 'Plan for type 2 diabetes\nTarget: HbA1c 6.5 %\nTitrate semaglutide monthly.'],
    ['R34 Bare numbers after drug and supplement names in a med reconciliation are doses.', 'Meds reconciled today. Continue levothyroxine. Vitamin D 2000. Metformin 500.'],
    ['R59 Critical-value call limits are policy thresholds.', 'Critical value policy: call the provider for potassium greater than six point zero or less than two point eight.'],
    ['R60 A B12 injection dose and an interval are not results.', 'B12 one thousand micrograms IM monthly; recheck level in twelve weeks.'],
    ['R61 An eGFR cut-off for a drug is a threshold.', 'Hold metformin if eGFR falls below thirty.'],
    ['R63 This is a teaching sentence whose comparator is a diagnostic cut-off.', 'Ferritin less than 30 suggests iron deficiency even when hemoglobin is normal.'],
    ['R64 These are an age, a count of admissions and an aspirin dose.', 'Fifty-one year old man with two prior admissions for DKA. Takes aspirin eighty-one daily.'],
    ['R66 \"For two weeks\" after a test\'s name is a duration, not the homophone of \"four point tw', 'Hold potassium for two weeks, then recheck.'],
  ])('no row: %s', async (_what, t) => {
    expect(await readKeyed(`${t}\n`)).toEqual([]);
  });
});

/*
 * Review 28: a helper who read the change's code (`/work/notes/review28/findings.md`) found new wrong rows and a
 * quadratic date pattern; its lines, with what they mean, and the day a value was drawn.
 */
describe('review 28 of the dictation and note rules', () => {
  it.each([
    ['`six and a half`', 'His A1c was six and a half percent.', ['hemoglobin-a1c||null|6.5|%|']],
    ['`milli international units`, a recognizer\'s spaced prefix', 'Her TSH was two point one milli international units per liter.', ['thyroid-stimulating-hormone||null|2.1|m[IU]/L|']],
    ['a goal after results keeps the result it names again', 'LDL 130 mg/dL, HDL 45 mg/dL. LDL 70.', ['ldl-cholesterol||null|130|mg/dL|', 'hdl-cholesterol||null|45|mg/dL|']],
    ['`deficient` after a value', 'Iron 40 ug/dL, deficient.', ['iron||low|40|ug/dL|']],
    ['a censored result in words in a row\'s value place', 'CRP - under 1 mg/L - 0-5\nPSA: less than 0.1 ng/mL', ['c-reactive-protein|<1|normal|1|mg/L|0..5', 'prostate-specific-antigen|<0.1|null|0.1|ng/mL|']],
    ['`PCR` in a mass per volume is the Romance languages\' CRP; answered in words it stays unknown', 'PCR: <0,5 mg/L\nPCR 186 mg/L\nPCR: negativo',
      ['c-reactive-protein|<0.5|null|0.5|mg/L|', 'c-reactive-protein||null|186|mg/L|', '?PCR|negativo|null|||']],
  ])('%s', async (_what, line, expected) => {
    expect(await readKeyed(`${line}\n`)).toEqual(expected);
  });

  it.each([
    ['a number in words that is part of a name', 'CA one twenty-five.\nVitamin D three.\nFree T four.'],
    ['`to` before `point` is a preposition', 'His creatinine came back to point nine.'],
    ['comparators in words of a plan, a condition or a goal', 'Transfuse if hemoglobin less than 7 g/dL.\nKeep your LDL less than 100 mg/dL.\nGoal LDL less than 70 mg/dL.\nStart insulin if A1c greater than 10 percent.'],
    ['a whole number after `at` is a time or an age', 'Testosterone at forty and at fifty.\nDraw cortisol at eight.'],
    ['`percent` in sentences of no result', 'Weight loss of 5 percent.\nStatins lower LDL by 50 percent.'],
    ['a dose per kilogram', 'Insulin 0.5 units per kilogram.'],
    ['remarks of a guideline, a doubt or another fluid', 'LDL 190 mg/dL, consider familial hypercholesterolemia.\nFerritin 15 ng/mL, diagnostic of iron deficiency.\nGlucose 55 mg/dL, from the drain.\nPotassium 6.5 mmol/L, hemolyzed.'],
    ['doses and years with a full stop', 'Medications:\nLevothyroxine 50 mcg daily.\nVitamin D 2000.\nMagnesium 400.\nGlucose 2019.'],
    ['a dose after results', 'Sodium 139, potassium 4.1, creatinine 1.0. Iron 325.'],
  ])('no row: %s', async (_what, text) => {
    expect((await readKeyed(`${text}\n`)).filter((r) => !/^(?:sodium|potassium|creatinine)\|/.test(r))).toEqual([]);
  });

  it('two dated values of one test are two rows, each of its day; a day of dots is the day first; no year to come', async () => {
    const { analyzeReport } = await import('./report-reader.js');
    const { catalog } = await import('../../testing/reader.js');
    const text = 'HbA1c 7.9% on 02/14/2025, 8.6% on 05/29/2025.\nHbA1c 48 mmol/mol on 11.03.2025, glucose 6.1 mmol/L on 05/29/2099.\n';
    const { results } = await analyzeReport('text', Buffer.from(text), catalog, new Date('2026-01-01T00:00:00Z'));
    expect(results.map((r) => [r.biomarker?.key, r.value, r.collectedAt?.slice(0, 10)])).toEqual([
      ['hemoglobin-a1c', 7.9, '2025-02-14'],
      ['hemoglobin-a1c', 8.6, '2025-05-29'],
      ['hemoglobin-a1c', 48, '2025-03-11'],
      ['glucose', 6.1, expect.not.stringMatching(/^2099/)],
    ]);
  });
});
