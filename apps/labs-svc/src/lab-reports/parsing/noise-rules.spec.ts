import { readKeyed } from '../../testing/keyed-sets.js';

/*
 * The sixteenth session's rules against numbers that are no results (docs/labs.md, "Noise"), held to cases of review 22:
 * a helper who never read the reader wrote them, with what a laboratory professional expects, to probe each rule's
 * edges — a real result on either side of it stays a result. Expectations are the reviewer's, not the reader's output.
 */
const text = (...lines: string[]) => `${lines.join('\n')}\n`;
const keys = async (t: string) => (await readKeyed(t)).map((r) => r.split('|').slice(0, 3).join('|'));

describe('numbers that are no results', () => {
  it.each([
    ['a salutation in German, with the age after it', text('Sehr geehrte Frau Schmidt (w, 56 J.),', 'anbei Ihre Laborwerte vom 12.03.2024:', 'Ferritin   12   ng/ml   15-150   L'), ['ferritin||low']],
    ['salutations in French and German', text('Chère Madame Dubois (F, 45 ans),', 'Cher Monsieur Martin, 3 résultats ci-dessous :', 'Lieber Herr Müller (m, 72 J.),'), []],
    ['salutations in Portuguese and Spanish', text('Prezada Sra. Costa (F, 38 anos),', 'Querida Ana, 29 años:', 'Estimado Sr. López (M, 51 años):'), []],
    ['salutations in Czech, Polish and Dutch', text('Vážená paní Nováková (Ž, 52 let),', 'Szanowny Panie Kowalski (M, 47 lat),', 'Beste meneer Jansen (M, 60 jaar),'), []],
    ['an English letter before an inline result', text('Dear Ms. Patel (F, 39 yrs),', 'Your recent results:', 'Vitamin B12: 185 pmol/L (ref 145-569)'), ['vitamin-b12||normal']],
    ['a legend of LDL categories in Spanish', text('LDL: óptimo < 100, casi óptimo 100-129, limítrofe 130-159, alto 160-189, muy alto >= 190 mg/dL'), []],
    ['footnotes that open a bracket and never close it', text('(Ca corrected for albumin: Ca + 0.02 x (40 - albumin g/L), ref 2.20-2.60 mmol/L', '(calculated from Na - (Cl + HCO3), ref 8-16 mmol/L'), []],
    ['words in place of a result after the name\'s colon, in Hungarian', text('Kálium: nem végezhető (ref 3,5-5,1 mmol/l)', 'Nátrium: hemolizált (ref 136-145 mmol/l)', 'CRP: elmaradt (ref <5 mg/l)'), []],
    ['words in place of a result in Czech and Slovak', text('Draslík   hemolýza   mmol/l   3,8-5,1', 'Glukóza   zrušeno   mmol/l   3,9-5,6', 'Sodík   nevykonané   mmol/l   136-145'), []],
    ['an order\'s codes, tests and quantities in Portuguese', text('Código TUSS   Descrição                                     Qtd.', '40302733      Hemoglobina glicada (A1c)                     1', '40316521      Testosterona total                            1'), []],
    ['a bill\'s tests, quantities and prices', text('Code     Test                    Qty   Price', '82728    Ferritin                1     25.00', '84443    TSH                     1     30.00'), []],
  ])('%s', async (_what, t, expected) => {
    expect(await keys(t)).toEqual(expected);
  });

  it.each([
    ['a name in brackets that closes them', text('(Free) T4   16.1   pmol/L   12.0-22.0'), ['free-t4||normal']],
    ['a result whose comment names a cancelled earlier sample', text('Kreatinin   0,92   mg/dL   0,67-1,17   (önceki numune iptal)'), ['creatinine||normal']],
    ['a censored result before its unit and a range of tiers', text('Oestradiol  <40  pmol/L    Follicular 70-530; Luteal 180-800; Postmenopausal <100'), ['estradiol|<40|null']],
    ['an inline result after a colon', text('CRP: 3.2 mg/l (ref <5 mg/l)'), ['c-reactive-protein||normal']],
    ['a report\'s table after a bill\'s', text('Code     Test                    Qty   Price', '82728    Ferritin                1     25.00', '', 'Test        Result   Units   Range', 'Ferritin    45       ng/mL   30-400'), ['ferritin||normal']],
    ['a 24-hour urine\'s names with the collection after a dash', text('Procedure                           Result   Units  Ref Interval', 'Creatinine, Urine - per 24h         1150     mg/d   600-1800', 'Cortisol, Free, Urine - per 24h     38       ug/d   4-50'), ['?Creatinine, Urine - per 24h||normal', '?Cortisol, Free, Urine - per 24h||normal']],
    ['a specimen\'s name before the test\'s', text('Urine - Protein   30   mg/dL   0-15'), ['proteins-in-urine||high']],
    ['a censored result before ranges by sex and a third group', text('Testosterone, total   <0.4   nmol/L   Male 8.6-29.0; Female 0.3-1.7; Child <0.5'), ['testosterone|<0.4|null']],
  ])('stays a result: %s', async (_what, t, expected) => {
    expect(await keys(t)).toEqual(expected);
  });
});
